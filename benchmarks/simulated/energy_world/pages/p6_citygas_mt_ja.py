"""Japanese city-gas and electricity retailer, a static site published by Movable Type 7 and served in Shift_JIS
behind Akamai: the policy is one web page (basic policy + handling notice); per visit only the Akamai Bot Manager
pixel token changes; the header shows an occasional electricity-supply alert (需給ひっ迫注意報, winter and summer)
or year-end notice, the sidebar the three latest お知らせ (republished as news is added), and the CSS/JS
cache-busting stamp changes at a site renewal."""
import datetime as dt
import random

import common as C

POLICY = """
# 個人情報保護方針

みなと都市ガス株式会社（以下「当社」といいます。）は、都市ガスおよび電気の供給ならびにこれらに付帯する事業を営むにあたり、お客さまの個人情報を適切に取り扱うことが重要な社会的責務であると認識し、以下のとおり個人情報保護方針を定め、これを遵守します。

- 当社は、個人情報の保護に関する法律（以下「個人情報保護法」といいます。）、ガス事業法、電気事業法その他の関係法令およびガイドラインを遵守します。
- 当社は、個人情報を取得する際には利用目的を明らかにし、適正な手段により取得します。
- 当社は、取得した個人情報を利用目的の範囲内で利用し、法令に定める場合を除き、あらかじめご本人の同意を得ることなく第三者に提供しません。
- 当社は、個人情報の漏えい、滅失またはき損を防止するため、必要かつ適切な安全管理措置を講じます。
- 当社は、保有個人データの開示等のご請求および個人情報の取扱いに関する苦情・ご相談に、適切かつ迅速に対応します。
- 当社は、本方針および社内規程を継続的に見直し、その改善に努めます。

@ 制定：2005年4月1日
@ 最終改定：{UPDATED}
@ みなと都市ガス株式会社
@ 代表取締役社長　高橋　健一

## 個人情報の取扱いについて

### 1. 個人情報の利用目的

当社は、お客さまの個人情報を次の目的のために利用します。

- ガスの供給、電気の小売供給およびこれらに付帯する業務（検針、料金の計算・請求・収納、開閉栓、契約の管理など）
- ガス事業法に基づく保安業務（定期保安調査、ガス漏れ等の緊急時の対応、消費機器の調査など）
- ガス機器・住宅設備機器の販売、設置、修理、点検およびアフターサービス
- ガス・電気の需要動向の調査・分析および新たなサービスの研究開発
- 当社および提携先の商品・サービスに関するご案内（ダイレクトメール、電子メール等によるもの）
- 会員サイト「みなとガス マイページ」の運営
- お問い合わせ・ご相談への対応

### 2. 取得する個人情報

当社は、ご契約時の申込書、会員サイト、お電話等により、氏名、住所、電話番号、メールアドレス、お客さま番号、供給地点特定番号、ガス・電気のご使用量、口座またはクレジットカードの情報、ガス機器の設置状況等の情報を取得します。

### 3. 個人データの第三者提供

当社は、次の場合を除き、あらかじめご本人の同意を得ることなく、個人データを第三者に提供しません。

- 法令に基づく場合
- 人の生命、身体または財産の保護のために必要がある場合であって、ご本人の同意を得ることが困難であるとき
- 電気の託送供給のため、一般送配電事業者に必要な情報を提供する場合（電力広域的運営推進機関のスイッチング支援システムを通じた提供を含みます。）

### 4. 個人データの共同利用

当社は、以下のとおり個人データを共同利用します。

| 共同利用する者 | 共同利用する項目 | 利用目的 |
| 当社の指定工事店および指定サービス店 | 氏名、住所、電話番号、お客さま番号、ガス機器の設置状況 | ガス工事、機器の修理・点検、保安業務 |
| みなとガスエナジーサービス株式会社 | 氏名、住所、電話番号、お客さま番号、ご使用量 | 検針、料金の収納、開閉栓業務 |

個人データの管理について責任を有する者：みなと都市ガス株式会社（住所および代表者の氏名は本方針に記載のとおり）

### 5. 業務の委託

当社は、利用目的の達成に必要な範囲内で、個人データの取扱いの全部または一部を第三者に委託することがあります。この場合、当社が定める基準を満たした委託先を選定し、契約等により適切な監督を行います。

### 6. 安全管理措置

当社は、個人データの安全管理のため、次の措置を講じています。

- 組織的安全管理措置：個人情報保護管理責任者を設置し、取扱状況を定期的に点検しています。
- 人的安全管理措置：従業者に対し、個人情報の取扱いに関する研修を年1回以上実施しています。
- 物理的安全管理措置：個人データを取り扱う区域の入退室を管理し、機器や書類の盗難等を防止しています。
- 技術的安全管理措置：アクセス権限の管理、不正アクセスの防止、通信の暗号化を行っています。
- 外的環境の把握：外国において個人データを取り扱う場合には、当該国の個人情報保護に関する制度を把握したうえで安全管理措置を講じます。

### 7. 保有個人データの開示等のご請求

ご本人またはその代理人から、保有個人データの利用目的の通知、開示、訂正・追加・削除、利用停止・消去、第三者提供の停止または第三者提供記録の開示のご請求があった場合には、ご本人であることを確認のうえ、法令に従い遅帯なく対応します。ご請求の手続きについては、下記のお問い合わせ窓口までご連絡ください。なお、利用目的の通知および開示のご請求については、1件につき1,000円の手数料をいただきます。

### 8. Cookie等の利用について

当社ウェブサイトでは、利便性の向上および閲覧状況の分析のため、Cookieおよびアクセス解析ツール（Google アナリティクス）を利用しています。ブラウザの設定によりCookieを無効にすることができますが、その場合、一部のサービスがご利用いただけなくなることがあります。

### 9. スマートメーターの計量情報について

当社は、電気の小売供給にあたり、一般送配電事業者がスマートメーターにより計量した30分ごとの電力使用量を、電力広域的運営推進機関を通じて取得します。当社はこの情報を、料金の計算、ご使用量のお知らせおよび省エネルギーのご提案のために利用し、お客さまの同意なく他の目的に利用することはありません。

### 10. 匿名加工情報の取扱い

当社は、ガス・電気のご使用量等の情報から特定の個人を識別できないように加工した匿名加工情報を作成し、需要予測や新たなサービスの開発に利用することがあります。匿名加工情報を作成したときは、法令に従い、当該情報に含まれる個人に関する情報の項目を当社ウェブサイトで公表します。

### 11. お問い合わせ窓口

個人情報の取扱いに関するお問い合わせ、苦情および開示等のご請求は、下記までお願いいたします。

@ みなと都市ガス株式会社　お客さまセンター　個人情報相談窓口
@ 〒231-0002　神奈川県横浜市中区海岸通4丁目23番地
@ 電話：0120-318-460（受付時間：平日9:00〜17:00、年末年始を除く）
@ メール：privacy@minato-gas.co.jp

当社は、認定個人情報保護団体の対象事業者ではありません。
"""

EDITS = [
    {"note": "typo fixed: '遅帯なく' -> '遅滞なく'", "bump": False,
     "repl": [("法令に従い遅帯なく対応します。", "法令に従い遅滞なく対応します。")]},
    {"note": "purpose added: EV chargers",
     "repl": [("- ガス機器・住宅設備機器の販売、設置、修理、点検およびアフターサービス",
               "- ガス機器・住宅設備機器の販売、設置、修理、点検およびアフターサービス\n"
               "- 太陽光発電設備、蓄電池および電気自動車用充電設備の販売・設置ならびにこれらに関するサービス")]},
    {"note": "joint-use table: renovation subsidiary added",
     "repl": [("| みなとガスエナジーサービス株式会社 | 氏名、住所、電話番号、お客さま番号、ご使用量 | 検針、料金の収納、開閉栓業務 |",
               "| みなとガスエナジーサービス株式会社 | 氏名、住所、電話番号、お客さま番号、ご使用量 | 検針、料金の収納、開閉栓業務 |\n"
               "| みなとガスリビング株式会社 | 氏名、住所、電話番号、ガス機器の設置状況 | 住宅設備機器の交換およびリフォームのご提案 |")]},
    {"note": "paragraph on foreign cloud provider (foreign third party) added to the outsourcing section",
     "repl": [("契約等により適切な監督を行います。",
               "契約等により適切な監督を行います。\n\n"
               "なお、当社は会員サイトの運営の一部について、米国の事業者が提供するクラウドサービスを利用しています。"
               "当該事業者のサーバは日本国内に所在しますが、当社は米国の個人情報保護制度を把握したうえで、"
               "必要な安全管理措置を講じています。")]},
    {"note": "contact desk: new phone number and hours",
     "repl": [("@ 電話：0120-318-460（受付時間：平日9:00〜17:00、年末年始を除く）",
               "@ 電話：0120-318-470（受付時間：月曜日〜土曜日9:00〜18:00、祝日・年末年始を除く）")]},
]


def fmt_date(d):
    n = d.year - 2018
    return "令和%s年%d月%d日" % ("元" if n == 1 else str(n), d.month, d.day)


def _news():
    r = random.Random("minato-news")
    titles = ["ガス料金の原料費調整について（%d月検針分）", "電気料金の燃料費調整単価について（%d月分）",
              "定期保安調査のお知らせ（%d月実施地区）", "マイページのメンテナンスについて（%d月）",
              "ガス機器の点検・修理の受付について（%d月）", "検針票のペーパーレス化に関するお知らせ"]
    items, d = [], dt.date(2021, 6, 3)
    while d < dt.date(2026, 1, 1):
        t = r.choice(titles)
        m = (d.month % 12) + 1
        items.append((d, t % m if "%d" in t else t, "/news/%d/%02d%02d-%d.html" % (d.year, d.month, d.day, r.randint(1, 3))))
        d += dt.timedelta(days=r.randint(18, 45))
    return items


NEWS = _news()


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {"akam": C.b64tok(rng, 42).rstrip("=") + "==",
          "assets": "20240315" if when >= dt.datetime(2024, 3, 15) else "20220401"}
    m = when.month
    if m in (1, 2, 7, 8) and rng.random() < 0.35:
        st["alert"] = "demand"
    elif m == 12 and when.day >= 15:
        st["alert"] = "nenmatsu"
    else:
        st["alert"] = None
    st["news"] = [n for n in NEWS if n[0] <= when.date()][-3:][::-1]
    return st


LABELS = {"akam": "Akamai Bot Manager pixel token (per visit)",
          "assets": "CSS/JS ?stamp (site renewal)",
          "alert": "supply-tightness alert / year-end notice in the header",
          "news": "three latest お知らせ in the sidebar"}


def render(state, blocks, when):
    title = blocks[0][1]
    body = C.blocks_html(blocks[1:], sep="\n")
    a = state["assets"]
    if state["alert"] == "demand":
        alert = ('<div id="alert_area" class="alert_area"><p class="alert_txt"><span class="label">重要</span>'
                 '<a href="/info/setsuden.html">本日、電力需給ひっ迫注意報が発令されています。ご家庭でも無理のない範囲での'
                 '節電にご協力をお願いいたします。</a></p></div>\n')
    elif state["alert"] == "nenmatsu":
        alert = ('<div id="alert_area" class="alert_area"><p class="alert_txt"><span class="label">お知らせ</span>'
                 '<a href="/info/nenmatsu.html">年末年始のお客さまセンターの営業についてご案内します。</a></p></div>\n')
    else:
        alert = ""
    news = "\n".join('<li><span class="date">%s</span><a href="%s">%s</a></li>'
                     % (d.strftime("%Y.%m.%d"), u, t) for d, t, u in state["news"])
    return """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="Shift_JIS">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>個人情報保護方針 | みなと都市ガス株式会社</title>
<meta name="description" content="みなと都市ガス株式会社の個人情報保護方針および個人情報の取扱いについてご案内します。">
<meta name="keywords" content="みなと都市ガス,都市ガス,電気,横浜,個人情報保護方針">
<meta name="generator" content="Movable Type Pro 7.9.3">
<meta property="og:title" content="個人情報保護方針 | みなと都市ガス株式会社">
<meta property="og:type" content="article">
<meta property="og:url" content="https://www.minato-gas.co.jp/privacy/">
<meta property="og:image" content="https://www.minato-gas.co.jp/common/img/ogp.png">
<link rel="canonical" href="https://www.minato-gas.co.jp/privacy/">
<link rel="stylesheet" href="/common/css/reset.css?%(a)s">
<link rel="stylesheet" href="/common/css/style.css?%(a)s">
<link rel="stylesheet" href="/common/css/lower.css?%(a)s">
<script src="/common/js/jquery-3.6.0.min.js"></script>
<script src="/common/js/common.js?%(a)s"></script>
<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-5QX2MHD');</script>
<!-- End Google Tag Manager -->
</head>
<body id="privacy" class="lower">
<!-- Google Tag Manager (noscript) -->
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-5QX2MHD"
height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<!-- End Google Tag Manager (noscript) -->
<div id="wrapper">

<header id="header">
<div class="header_inner">
<p class="logo"><a href="/"><img src="/common/img/logo.png" alt="みなと都市ガス" width="220" height="48"></a></p>
<ul class="header_util">
<li class="emergency"><a href="/emergency/">ガス漏れ・緊急時は<strong>0120-318-119</strong></a></li>
<li><a href="/faq/">よくあるご質問</a></li>
<li><a href="/contact/">お問い合わせ</a></li>
<li class="fontsize">文字サイズ<button type="button" class="fs_normal current">標準</button><button type="button" class="fs_large">大</button></li>
</ul>
<div class="header_btn"><a href="https://mypage.minato-gas.co.jp/" class="btn_mypage">マイページ ログイン</a></div>
</div>
<nav id="gnav">
<ul>
<li><a href="/home/">ご家庭のお客さま</a></li>
<li><a href="/business/">法人のお客さま</a></li>
<li><a href="/denki/">みなとガスのでんき</a></li>
<li><a href="/procedure/">お引越し・各種お手続き</a></li>
<li><a href="/safety/">ガスの安全</a></li>
<li><a href="/company/">企業情報</a></li>
</ul>
</nav>
</header>
%(alert)s
<div class="breadcrumb">
<ol>
<li><a href="/">ホーム</a></li>
<li>個人情報保護方針</li>
</ol>
</div>

<div id="contents" class="clearfix">

<main id="main">
<article class="entry">
<h1 class="entry-title">%(title)s</h1>
<div class="entry-body">
%(body)s
</div>
</article>
<p class="pagetop"><a href="#wrapper">ページの先頭へ</a></p>
</main>
<!-- /main -->

<aside id="side">
<div class="side_box side_nav">
<h2 class="side_ttl">サイトのご利用について</h2>
<ul>
<li class="current"><a href="/privacy/">個人情報保護方針</a></li>
<li><a href="/privacy/cookie.html">Cookieの利用について</a></li>
<li><a href="/sitepolicy/">サイトポリシー</a></li>
<li><a href="/accessibility/">ウェブアクセシビリティ方針</a></li>
</ul>
</div>
<div class="side_box side_news">
<h2 class="side_ttl">お知らせ</h2>
<ul class="news_list">
%(news)s
</ul>
<p class="more"><a href="/news/">お知らせ一覧</a></p>
</div>
<div class="side_bnr">
<a href="/denki/simulation/"><img src="/common/img/bnr_simulation.png" alt="でんき料金シミュレーション ガスとセットでおトクに" width="280" height="120"></a>
</div>
</aside>
<!-- /side -->

</div>
<!-- /contents -->

<footer id="footer">
<div class="footer_inner">
<ul class="footer_nav">
<li><a href="/privacy/">個人情報保護方針</a></li>
<li><a href="/sitepolicy/">サイトポリシー</a></li>
<li><a href="/sitemap/">サイトマップ</a></li>
<li><a href="/company/kobetsu/">託送供給等約款・各種約款</a></li>
</ul>
<p class="copyright">Copyright &copy; MINATO TOSHI GAS Co.,Ltd. All Rights Reserved.</p>
</div>
</footer>

</div>
<!-- /wrapper -->
<script type="text/javascript"  src="/akam/13/6d2e3a1f"  defer></script><noscript><img src="https://www.minato-gas.co.jp/akam/13/pixel_6d2e3a1f?a=%(akam)s&" style="visibility: hidden; position: absolute; left: -999px; top: -999px;" /></noscript></body>
</html>
""" % {"a": a, "alert": alert, "title": title, "body": body, "news": news, "akam": state["akam"]}


PAGE = {
    "service": "Minato Toshi Gas",
    "url": "https://www.minato-gas.co.jp/privacy/",
    "lang": "ja",
    "platform": "Movable Type Pro 7 static publishing, Shift_JIS, behind Akamai",
    "content_type": "text/html; charset=Shift_JIS",
    "encoding": "shift_jis",
    "extra_headers": (("Server", "Apache"), ("Accept-Ranges", "bytes"), ("Vary", "Accept-Encoding")),
    "n": 27,
    "start": dt.date(2022, 5, 10),
    "end": dt.date(2025, 8, 31),
    "hours": (0, 12, 18),
    "policy": POLICY,
    "first_updated": dt.date(2022, 4, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.minato-gas.co.jp/privacy/", "select": "#main article.entry"},
}
