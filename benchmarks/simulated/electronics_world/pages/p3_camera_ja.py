"""Shinonome Kogaku (camera and lens maker), Japanese, static pages published by Movable Type.

Until March 2024 the 2014 template (Movable Type Pro 7, `#wrapper > #contents > #main`, jQuery 1.12, a
`#side` column): the policy in `#main .policyBox`. On 28 March 2024 the corporate site was renewed (Movable Type
8, FLOCSS classes `l-main`/`c-richtext`, a page header with the English eyebrow): the policy in
`.l-article .c-richtext`; the declaration has a history entry for the old template. Fairly clean: Akamai's Bot Manager pixel before `</body>` carries a per-request token; the side
column's "ファームウェア アップデート情報" list (the five latest firmware releases, republished with each new
release) and the new-product banner; the `?YYYYMMDD` CSS stamps change when the stylesheets are republished.
"""
import datetime as dt
import html

import common as C

URL = "https://www.shinonome-kogaku.co.jp/privacy/"
REDESIGN = dt.datetime(2024, 3, 28, 1, 0)

POLICY = """東雲光学株式会社（以下「当社」といいます。）は、カメラ、交換レンズおよび光学機器の開発・製造・販売ならびにこれらに関連するサービスの提供を通じて、お客様からお預かりする個人情報の重要性を認識し、その保護を社会的責務と考えております。当社は、以下の方針に基づき個人情報の保護に努めます。

（1）当社は、個人情報の保護に関する法律（以下「個人情報保護法」といいます。）その他の関係法令および個人情報保護委員会のガイドラインを遵守します。

（2）当社は、個人情報を取得する際には利用目的をできる限り特定し、適法かつ公正な手段により取得します。

（3）当社は、取得した個人情報を利用目的の達成に必要な範囲内で取り扱い、目的外の利用を行わないための措置を講じます。

（4）当社は、個人情報の漏えい、滅失またはき損を防止するため、必要かつ適切な安全管理措置を講じます。

（5）当社は、ご本人からの個人情報の開示等の請求および苦情・ご相談に迅速かつ誠実に対応します。

（6）当社は、個人情報保護のための管理体制および取り組みを継続的に見直し、改善します。

@ 制定日：2005年4月1日
@ 最終改定日：{UPDATED}

@ 東雲光学株式会社
@ 代表取締役社長 高村 誠一

## 個人情報の取り扱いについて

### 1. 事業者の名称・住所・代表者

@ 東雲光学株式会社
@ 〒192-0032 東京都八王子市石川町2970番地
@ 代表取締役社長 高村 誠一

### 2. 個人情報の利用目的

当社は、取得した個人情報を以下の目的で利用します。

| 対象となるお客様 | 利用目的 |
| 製品をご購入・ご登録いただいたお客様 | 製品保証の提供、ユーザー登録の管理、ファームウェアアップデートや製品に関する重要なお知らせのご案内 |
| 修理・点検をご依頼のお客様 | 修理品の受付・見積・修理・返送、修理状況のご連絡、修理品質向上のための分析 |
| オンラインストアをご利用のお客様 | 商品の発送、代金のご請求、アフターサービスの提供 |
| 写真教室・イベントにご参加のお客様 | 受講・参加の受付、開催に関するご連絡、今後のイベントのご案内 |
| お問い合わせをいただいたお客様 | お問い合わせへの回答、対応記録の保管 |
| 当社の採用に応募された方 | 採用選考、選考結果のご連絡 |

### 3. 個人データの第三者提供

当社は、次の場合を除き、あらかじめご本人の同意を得ることなく個人データを第三者に提供しません。

- 法令に基づく場合
- 人の生命、身体または財産の保護のために必要がある場合であって、ご本人の同意を得ることが困難であるとき
- 公衆衛生の向上または児童の健全な育成の推進のために特に必要がある場合であって、ご本人の同意を得ることが困難であるとき
- 国の機関もしくは地方公共団体またはその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合であって、ご本人の同意を得ることにより当該事務の遂行に支障を及ぼすおそれがあるとき

### 4. 個人データの取り扱いの委託

当社は、利用目的の達成に必要な範囲内で、個人データの取り扱いの全部または一部を委託することがあります。この場合、当社は個人情報を適切に取り扱っていると認められる委託先を選定し、契約等において個人情報の適正な管理・機密保持等を定め、委託先に対する必要かつ適切な監督を行います。主な委託業務は、修理品の集荷・配送、オンラインストアの運営、コールセンター業務、ダイレクトメールの発想です。

### 5. 共同利用

当社は、以下のとおり個人データを共同利用します。

| 項目 | 内容 |
| 共同して利用する者の範囲 | 当社および当社の国内グループ会社（東雲光学サービス株式会社、東雲イメージング販売株式会社） |
| 利用する個人データの項目 | 氏名、住所、電話番号、メールアドレス、購入製品、製品シリアル番号、修理履歴 |
| 利用目的 | 製品保証および修理サービスの提供、製品に関する重要なお知らせのご案内 |
| 管理について責任を有する者 | 東雲光学株式会社（住所および代表者は第1項のとおり） |

### 6. 外国にある第三者への提供

当社は、ユーザー登録情報の管理およびクラウドサービスの運用のため、以下の国にある第三者に個人データを提供することがあります。提供先の国における個人情報の保護に関する制度については、[個人情報保護委員会のウェブサイト](https://www.ppc.go.jp/personalinfo/legal/kaiseihogohou/#gaikoku)でご確認いただけます。

- アメリカ合衆国（Shinonome Imaging America, Inc.、クラウドサービス提供事業者）
- ドイツ連邦共和国（Shinonome Imaging Europe GmbH）

### 7. 安全管理措置

当社は、個人データの安全管理のため、次の措置を講じています。

- 基本方針の策定：個人データの適正な取り扱いの確保のため、本方針を策定しています。
- 組織的安全管理措置：個人データの取り扱いに関する責任者を設置し、法令違反や漏えい等の事案が発生した場合の報告連絡体制を整備しています。
- 人的安全管理措置：従業者に対し、個人データの取り扱いに関する留意事項について定期的な研修を実施しています。
- 物理的安全管理措置：個人データを取り扱う区域において入退室管理を行うとともに、機器・電子媒体等の盗難防止措置を講じています。
- 技術的安全管理措置：アクセス制御により担当者および取り扱う個人情報データベース等の範囲を限定し、外部からの不正アクセスを防止する仕組みを導入しています。
- 外的環境の把握：外国において個人データを取り扱う場合、当該外国の個人情報の保護に関する制度を把握した上で安全管理措置を実施しています。

### 8. 保有個人データの開示等の請求

ご本人またはその代理人は、当社の保有個人データについて、利用目的の通知、開示（第三者提供記録の開示を含みます。）、内容の訂正・追加・削除、利用の停止・消去、第三者への提供の停止を請求することができます。請求の際は、下記のお問い合わせ窓口までご連絡ください。所定の請求書をお送りいたします。なお、利用目的の通知および開示の請求については、1件につき1,000円（税込）の手数料を申し受けます。

請求に際しては、ご本人確認のため、運転免許証、マイナンバーカード（個人番号の記載がない表面のみ）、パスポート等の本人確認書類の写しをご提出いただきます。代理人による請求の場合は、これに加えて委任状および代理人の本人確認書類をご提出ください。当社は、ご本人であることを確認したうえで、原則として2週間以内に書面または電磁的方法により回答いたします。ただし、法令の定めにより開示等に応じられない場合には、その理由を付してご通知いたします。

### 9. Cookie等の利用について

当社のウェブサイトでは、利便性の向上、アクセス状況の分析および広告配信のためにCookieを使用しています。アクセス解析にはGoogle LLCが提供するGoogle アナリティクスを利用しており、同社によりCookieを通じて利用状況が収集されることがあります。Cookieの利用を望まない場合は、ブラウザの設定により無効にすることができます。ただし、一部のサービスがご利用いただけなくなる場合があります。

### 10. お問い合わせ窓口

個人情報の取り扱いに関するお問い合わせ、苦情、開示等の請求は、下記の窓口までお願いいたします。

@ 東雲光学株式会社 お客様相談センター 個人情報お問い合わせ係
@ 〒192-0032 東京都八王子市石川町2970番地
@ フリーダイヤル：0120-318-506（受付時間：平日 9:00～17:30、土日祝日・当社休業日を除く）
@ メール：privacy@shinonome-kogaku.co.jp

### 11. 本方針の改定

当社は、法令の改正や事業内容の変更等に応じて、本方針および個人情報の取り扱いについての内容を改定することがあります。重要な変更を行う場合には、当社ウェブサイト上でお知らせいたします。改定後の内容は、本ページに掲載した時点から効力を生じるものとします。"""

EDITS = [
    {"note": "typo fixed (ダイレクトメールの発想 → 発送), no new date", "bump": False,
     "repl": [("ダイレクトメールの発想です。", "ダイレクトメールの発送です。")]},
    {"note": "purpose row added for the SHINONOME Link app",
     "repl": [("| オンラインストアをご利用のお客様 |",
               "| スマートフォンアプリ「SHINONOME Link」をご利用のお客様 | カメラとスマートフォンの接続、撮影画像への位置情報の付与、"
               "ファームウェアの配信 |\n| オンラインストアをご利用のお客様 |")]},
    {"note": "group company added to the joint-use scope",
     "repl": [("（東雲光学サービス株式会社、東雲イメージング販売株式会社）",
               "（東雲光学サービス株式会社、東雲イメージング販売株式会社、東雲オプトロニクス株式会社）")]},
    {"note": "Singapore added to the foreign third parties",
     "repl": [("- ドイツ連邦共和国（Shinonome Imaging Europe GmbH）",
               "- ドイツ連邦共和国（Shinonome Imaging Europe GmbH）\n- シンガポール共和国（Shinonome Imaging Asia Pte. Ltd.）")]},
    {"note": "disclosure fee dropped",
     "repl": [("なお、利用目的の通知および開示の請求については、1件につき1,000円（税込）の手数料を申し受けます。",
               "なお、利用目的の通知および開示の請求に手数料はかかりません。")]},
    {"note": "contact centre phone number and hours changed",
     "repl": [("@ フリーダイヤル：0120-318-506（受付時間：平日 9:00～17:30、土日祝日・当社休業日を除く）",
               "@ ナビダイヤル：0570-012-448（受付時間：平日 10:00～17:00、土日祝日・当社休業日を除く）")]},
]

FIRMWARE = [
    (dt.date(2021, 11, 9), "SX-7 ファームウェア Ver.2.10"),
    (dt.date(2022, 1, 25), "SX-5 Mark II ファームウェア Ver.1.30"),
    (dt.date(2022, 3, 15), "交換レンズ S 24-70mm F2.8 ファームウェア Ver.1.02"),
    (dt.date(2022, 6, 28), "SX-7 ファームウェア Ver.2.20"),
    (dt.date(2022, 9, 6), "SX-9 ファームウェア Ver.1.01"),
    (dt.date(2022, 12, 13), "SX-9 ファームウェア Ver.1.10"),
    (dt.date(2023, 2, 21), "交換レンズ S 70-200mm F2.8 ファームウェア Ver.1.10"),
    (dt.date(2023, 5, 30), "SX-5 Mark II ファームウェア Ver.1.40"),
    (dt.date(2023, 8, 22), "SX-9 ファームウェア Ver.1.20"),
    (dt.date(2023, 11, 7), "SX-7 ファームウェア Ver.2.30"),
    (dt.date(2024, 2, 20), "SX-9 ファームウェア Ver.2.00"),
    (dt.date(2024, 6, 11), "SX-3 ファームウェア Ver.1.01"),
    (dt.date(2024, 9, 17), "SX-9 ファームウェア Ver.2.10"),
    (dt.date(2024, 12, 10), "交換レンズ S 16-35mm F4 ファームウェア Ver.1.03"),
    (dt.date(2025, 3, 4), "SX-3 ファームウェア Ver.1.10"),
    (dt.date(2025, 6, 24), "SX-9 ファームウェア Ver.2.20"),
]

BANNERS = [
    (dt.date(2021, 1, 1), "sx-7", "SX-7"), (dt.date(2022, 8, 30), "sx-9", "SX-9 誕生"),
    (dt.date(2024, 5, 21), "sx-3", "SX-3 新登場"), (dt.date(2025, 4, 15), "s-50-f12", "S 50mm F1.2 新発売"),
]


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def noise(rng, when, i, prev):
    p = prev or {}
    d = when.date()
    design = "2024" if when >= REDESIGN else "2014"
    css = p.get("css") if p.get("css", ("",))[0] == design else None
    return {
        "firmware": tuple(f[1] for f in [f for f in FIRMWARE if f[0] <= d][-5:]),
        "banner": [b for b in BANNERS if b[0] <= d][-1][1],
        "akamai": C.b64tok(rng, 45),
        "css": C.keep_or(rng, css, 0.12, lambda: (design, (when.date() - dt.timedelta(days=rng.randint(1, 40)))
                                                   .strftime("%Y%m%d"))),
    }


LABELS = {
    "firmware": "side column: five latest firmware releases (republished on each release)",
    "banner": "side column new-product banner",
    "akamai": "Akamai Bot Manager pixel token before </body> (per request)",
    "css": "CSS/JS ?YYYYMMDD stamps (republished stylesheets) / site renewal",
}


def _fw_items(names, cls_li, cls_date, cls_link):
    out = []
    for f in [f for f in FIRMWARE if f[1] in names][::-1]:
        slug = f[1].split(" ファームウェア")[0].lower().replace(" ", "-").replace(".", "")
        out.append('<li class="%s"><span class="%s">%s</span><a class="%s" href="/support/download/firmware/%s/">%s</a></li>'
                   % (cls_li, cls_date, f[0].strftime("%Y.%m.%d"), cls_link, slug, html.escape(f[1])))
    return "\n".join(out)


AKAM = ('<script type="text/javascript"  src="/akam/13/5c1e8a2f"  defer></script>'
        '<noscript><img src="/akam/13/pixel_5c1e8a2f?a=%s" style="visibility: hidden; position: absolute; '
        'left: -999px; top: -999px;" /></noscript>')


def render(state, blocks, when):
    design, stamp = state["css"]
    banner = [b for b in BANNERS if b[1] == state["banner"]][0]
    if design == "2014":
        return _render_2014(state, blocks, when, stamp, banner)
    return _render_2024(state, blocks, when, stamp, banner)


def _body_2014(blocks):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "h2":
            out.append('<h2 class="ttl02">%s</h2>' % html.escape(b[1]))
        elif kind == "h3":
            out.append('<h3 class="ttl03">%s</h3>' % html.escape(b[1]))
        elif kind == "table":
            out.append(C.block_html(b, {"table": "tblBasic"}))
        elif kind == "ol":
            out.append(C.block_html(b, {"ol": "listNum"}))
        elif kind == "ul":
            out.append(C.block_html(b, {"ul": "listDot"}))
        elif kind == "addr":
            out.append(C.block_html(b, {"addr": "address"}))
        else:
            out.append(C.block_html(b))
    return "\n".join(out)


def _render_2014(state, blocks, when, stamp, banner):
    fw = _fw_items(state["firmware"], "clearfix", "date", "link")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Movable Type Pro 7.9.4">
<title>個人情報保護方針 | 東雲光学株式会社</title>
<meta name="description" content="東雲光学株式会社の個人情報保護方針についてご案内します。">
<meta name="keywords" content="東雲光学,SHINONOME,個人情報保護方針,プライバシーポリシー">
<meta property="og:type" content="article">
<meta property="og:title" content="個人情報保護方針 | 東雲光学株式会社">
<meta property="og:url" content="{URL}">
<meta property="og:image" content="https://www.shinonome-kogaku.co.jp/common/img/ogp.png">
<link rel="stylesheet" href="/common/css/base.css?{stamp}">
<link rel="stylesheet" href="/common/css/lower.css?{stamp}">
<link rel="stylesheet" href="/privacy/css/privacy.css?{stamp}">
<script src="/common/js/jquery-1.12.4.min.js"></script>
<script src="/common/js/common.js?{stamp}"></script>
<!-- Global site tag (gtag.js) - Google Analytics -->
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-31847520-1"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'UA-31847520-1');
  gtag('config', 'G-7RK2V0QW4B');
</script>
</head>
<body id="privacy" class="lower">
<div id="wrapper">
<div id="header">
  <div class="inner clearfix">
    <p id="logo"><a href="/"><img src="/common/img/logo.png" alt="SHINONOME 東雲光学" width="210" height="36"></a></p>
    <ul id="hNav">
      <li><a href="/global/">Global</a></li>
      <li><a href="/sitemap/">サイトマップ</a></li>
      <li><a href="/contact/">お問い合わせ</a></li>
    </ul>
    <form id="hSearch" action="/search/" method="get"><input type="text" name="q" value="" placeholder="サイト内検索"><input type="image" src="/common/img/btn_search.png" alt="検索"></form>
  </div>
  <ul id="gNav" class="clearfix">
    <li class="nav01"><a href="/products/camera/">デジタルカメラ</a></li>
    <li class="nav02"><a href="/products/lens/">交換レンズ</a></li>
    <li class="nav03"><a href="/products/accessory/">アクセサリー</a></li>
    <li class="nav04"><a href="/support/">サポート</a></li>
    <li class="nav05"><a href="/event/">写真教室・イベント</a></li>
    <li class="nav06"><a href="/corporate/">企業情報</a></li>
  </ul>
</div><!-- /#header -->
<div id="topicPath">
  <ol>
    <li><a href="/">ホーム</a></li>
    <li>個人情報保護方針</li>
  </ol>
</div>
<div id="contents" class="clearfix">
<div id="main">
<h1 class="ttl01">個人情報保護方針</h1>
<div class="policyBox">
{_body_2014(blocks)}
</div>
<p class="pagetop"><a href="#wrapper"><img src="/common/img/btn_pagetop.png" alt="ページの先頭へ"></a></p>
</div><!-- /#main -->
<div id="side">
  <div class="sideBox firmNews">
    <h2 class="sideTtl">ファームウェア アップデート情報</h2>
    <ul>
{fw}
    </ul>
    <p class="more"><a href="/support/download/firmware/">一覧を見る</a></p>
  </div>
  <div class="sideBnr"><a href="/products/camera/{banner[1]}/"><img src="/common/img/bnr_{banner[1]}.jpg" alt="{html.escape(banner[2])}" width="220" height="120"></a></div>
  <div class="sideBnr"><a href="/support/repair/"><img src="/common/img/bnr_repair.jpg" alt="修理のお申し込み" width="220" height="80"></a></div>
</div><!-- /#side -->
</div><!-- /#contents -->
<div id="footer">
  <ul class="fNav clearfix">
    <li><a href="/privacy/">個人情報保護方針</a></li>
    <li><a href="/terms/">ご利用にあたって</a></li>
    <li><a href="/cookie/">Cookieポリシー</a></li>
    <li><a href="/sitemap/">サイトマップ</a></li>
  </ul>
  <p class="copyright">Copyright &copy; SHINONOME KOGAKU CO., LTD. All Rights Reserved.</p>
</div><!-- /#footer -->
</div><!-- /#wrapper -->
{AKAM % state["akamai"].replace("=", "").replace("+", "-").replace("/", "_")}</body>
</html>
"""


def _render_2024(state, blocks, when, stamp, banner):
    fw = _fw_items(state["firmware"], "c-newsList__item", "c-newsList__date", "c-newsList__link")
    body = C.blocks_html(blocks, {"table": "c-table", "ul": "c-list", "ol": "c-list c-list--num", "addr": "c-address"})
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Movable Type 8.0.2">
<meta name="format-detection" content="telephone=no">
<title>個人情報保護方針｜東雲光学株式会社</title>
<meta name="description" content="東雲光学株式会社の個人情報保護方針についてご案内します。">
<meta property="og:type" content="article">
<meta property="og:site_name" content="東雲光学株式会社">
<meta property="og:title" content="個人情報保護方針｜東雲光学株式会社">
<meta property="og:url" content="{URL}">
<meta property="og:image" content="https://www.shinonome-kogaku.co.jp/assets/img/common/ogp.jpg">
<link rel="canonical" href="{URL}">
<link rel="icon" href="/favicon.ico">
<link rel="preconnect" href="https://fonts.googleapis.com">
<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Noto+Sans+JP:wght@400;500;700&amp;display=swap">
<link rel="stylesheet" href="/assets/css/style.css?{stamp}">
<script src="/assets/js/main.js?{stamp}" defer></script>
<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-N4X7S2P');</script>
<!-- End Google Tag Manager -->
</head>
<body class="p-privacy">
<!-- Google Tag Manager (noscript) -->
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-N4X7S2P" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<!-- End Google Tag Manager (noscript) -->
<header class="l-header js-header">
  <div class="l-header__inner">
    <a class="l-header__logo" href="/"><img src="/assets/img/common/logo.svg" alt="SHINONOME 東雲光学" width="180" height="30"></a>
    <nav class="l-gnav" aria-label="グローバルナビゲーション">
      <ul class="l-gnav__list">
        <li class="l-gnav__item"><a class="l-gnav__link" href="/products/camera/">カメラ</a></li>
        <li class="l-gnav__item"><a class="l-gnav__link" href="/products/lens/">レンズ</a></li>
        <li class="l-gnav__item"><a class="l-gnav__link" href="/products/accessory/">アクセサリー</a></li>
        <li class="l-gnav__item"><a class="l-gnav__link" href="/support/">サポート</a></li>
        <li class="l-gnav__item"><a class="l-gnav__link" href="/event/">イベント</a></li>
        <li class="l-gnav__item"><a class="l-gnav__link" href="/corporate/">企業情報</a></li>
      </ul>
    </nav>
    <button class="l-header__menuBtn js-menuBtn" type="button" aria-expanded="false" aria-controls="spMenu"><span></span><span></span><span class="u-visuallyHidden">メニュー</span></button>
  </div>
</header>
<main class="l-main" id="main">
  <div class="c-pageHeader">
    <p class="c-pageHeader__en" lang="en">PRIVACY POLICY</p>
    <h1 class="c-pageHeader__ttl">個人情報保護方針</h1>
  </div>
  <nav class="c-breadcrumb" aria-label="パンくずリスト">
    <ol class="c-breadcrumb__list">
      <li class="c-breadcrumb__item"><a href="/">トップ</a></li>
      <li class="c-breadcrumb__item" aria-current="page">個人情報保護方針</li>
    </ol>
  </nav>
  <div class="l-container l-container--2col">
    <article class="l-article">
      <div class="c-richtext">
{body}
      </div>
    </article>
    <aside class="l-aside">
      <section class="c-sideBlock">
        <h2 class="c-sideBlock__ttl">ファームウェア アップデート情報</h2>
        <ul class="c-newsList">
{fw}
        </ul>
        <a class="c-btn c-btn--small" href="/support/download/firmware/">一覧を見る</a>
      </section>
      <a class="c-sideBanner" href="/products/camera/{banner[1]}/"><img src="/assets/img/banner/{banner[1]}.webp" alt="{html.escape(banner[2])}" width="300" height="160" loading="lazy"></a>
    </aside>
  </div>
</main>
<footer class="l-footer">
  <div class="l-footer__inner">
    <ul class="l-footer__nav">
      <li><a href="/privacy/">個人情報保護方針</a></li>
      <li><a href="/terms/">ご利用にあたって</a></li>
      <li><a href="/cookie/">Cookieポリシー</a></li>
      <li><a href="/sitemap/">サイトマップ</a></li>
    </ul>
    <small class="l-footer__copy">&copy; SHINONOME KOGAKU CO., LTD.</small>
  </div>
  <a class="c-pagetop js-pagetop" href="#">ページトップへ</a>
</footer>
{AKAM % state["akamai"].replace("=", "").replace("+", "-").replace("/", "_")}</body>
</html>
"""


PAGE = {
    "service": "Shinonome Kogaku",
    "url": URL,
    "lang": "ja",
    "platform": "Movable Type static pages (2014 template, renewed March 2024)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "Apache"), ("Accept-Ranges", "bytes"), ("Vary", "Accept-Encoding")),
    "n": 30,
    "start": dt.date(2022, 4, 1),
    "end": dt.date(2025, 8, 31),
    "hours": (15, 3),
    "policy": POLICY,
    "first_updated": dt.date(2021, 10, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".l-article .c-richtext"},
    "history": [{"fetch": URL, "select": "#main .policyBox", "validUntil": "2024-03-28T01:00:00Z"}],
}
