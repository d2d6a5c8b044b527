"""MINACA (a Japanese transit IC card / top-up service of a regional railway-and-bus group): static pages
published by Movable Type 7 (Shift_JIS, a classic corporate template: #wrapper/#header/#gnav/#topicpath,
#contents with #main and #side), behind Akamai.

Fairly clean: the only per-visit change is Akamai Bot Manager's injected script/pixel before </body> (a
per-request token, its path rotating), plus the ?v= date stamps of the common CSS/JS on template republishes;
all outside the tracked #main (the curator removes the "ページの先頭へ" link)."""
import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

URL = "https://www.minaca.jp/privacy/"


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


POLICY = """# 個人情報保護方針

株式会社みなと交通カード（以下「当社」といいます。）は、交通系ICカード「MINACA（ミナカ）」の発行および運営にあたり、お客さまの個人情報を適切に取り扱うことが当社の社会的責務であると考え、個人情報の保護に関する法律（以下「個人情報保護法」といいます。）その他の関係法令およびガイドラインを遵守し、以下のとおり個人情報保護方針を定めます。

## 1. 個人情報の取得

当社は、適法かつ公正な手段により個人情報を取得します。記名式MINACA、MINACA定期券およびモバイルMINACAのお申込みの際には、氏名、生年月日、性別、電話番号等をお申込書または会員登録画面にご記入いただきます。無記名のMINACAについては、お客さまの氏名等を取得しません。当社ウェブサイトおよびモバイルMINACAのアプリを通じて個人情報を取得する場合は、通信を暗号化して保護します。

## 2. 取得する個人情報の項目

- 氏名、生年月日、性別、電話番号、住所、メールアドレス
- MINACAのカード番号（ID番号）および定期券の情報（区間、有効期間、通学先等）
- ご利用履歴（乗車駅・降車駅、バス停、利用日時、チャージ履歴、電子マネーでのお買物履歴）
- オートチャージに登録されたクレジットカードに関する情報（カード番号の下4桁、有効期限）
- お問い合わせの内容および通話録音

## 3. 利用目的

当社は、取得した個人情報を、以下の目的の範囲内で利用します。

- MINACAの発行、再発行、払いもどし、障害対応等のサービス提供のため
- 定期券の発売および通学証明書の内容確認のため
- 紛失・盗難時の利用停止および再発行のため
- オートチャージおよびMINACAポイントサービスの提供のため
- 運賃の精算および鉄道・バス事業者間の収入配分のため
- 不正利用の防止および調査のため
- お問い合わせへの対応のため
- サービス改善および新たなサービスの検討のための統計資料の作成のため（個人を特定できない形式に加工して利用します）

当社は、利用目的を変更する場合には、変更前の利用目的と関連性を有すると合理的に認められる範囲内で行い、変更後の利用目的をご本人に通知し、または当社ウェブサイトで公表します。

## 4. 個人データの第三者提供

当社は、次の場合を除き、あらかじめご本人の同意を得ることなく、個人データを第三者に提供しません。

- 法令に基づく場合
- 人の生命、身体または財産の保護のために必要がある場合であって、ご本人の同意を得ることが困難であるとき
- 公衆衛生の向上または児童の健全な育成の推進のために特に必要がある場合であって、ご本人の同意を得ることが困難であるとき
- 国の機関もしくは地方公共団体またはその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合

また、クレジットカードによるオートチャージのお申込みの際には、カードの有効性を確認するため、お客さまの情報をクレジットカード会社に提供します。この提供については、お申込みの際にご本人の同意をいただきます。

## 5. 個人データの共同利用

当社は、以下のとおり個人データを共同利用します。

| 項目 | 内容 |
| 共同利用する個人データの項目 | 氏名、生年月日、性別、電話番号、カード番号、定期券情報、ご利用履歴 |
| 共同利用する者の範囲 | 港湾電気鉄道株式会社、みなと交通バス株式会社 |
| 利用する者の利用目的 | MINACAの発行・再発行、定期券の発売、運賃の精算、紛失時の利用停止および再発行手続き |
| 管理責任者 | 株式会社みなと交通カード（住所および代表者は「11. お問い合わせ窓口」をご覧ください） |

## 6. 個人データの取扱いの委託

当社は、利用目的の達成に必要な範囲内で、個人データの取扱いの全部または一部を外部に委託することがあります。委託にあたっては、個人情報を適切に取り扱っている事業者を選定し、委託契約において安全管理措置、秘密保持、再委託の条件等を定め、委託先に対する必要かつ適切な監督を行います。

| 委託業務 | 主な委託先 |
| ICカードシステムの運用・保守 | 株式会社トランスシステムズ |
| コールセンター業務 | 株式会社みなとコミュニケーションズ |
| カードおよび書類の発送 | 日本郵便株式会社 |

## 7. 安全管理措置

当社は、個人データの漏えい、滅失または毀損の防止その他の安全管理のために、次の措置を講じます。

- 組織的安全管理措置：個人情報保護管理者を設置し、個人データの取扱規程を定めています。
- 人的安全管理措置：従業者に対し、個人情報の取扱いに関する研修を定期的に実施しています。
- 物理的安全管理措置：個人データを取り扱う区域への入退室を管理し、機器および書類の盗難防止措置を講じています。
- 技術的安全管理措置：アクセス制御、通信の暗号化および不正アクセス対策を実施しています。
- 外的環境の把握：個人データは日本国内のデータセンターで保管しています。

## 8. 保有個人データの開示等の請求

ご本人から、保有個人データの利用目的の通知、開示、内容の訂正・追加・削除、利用の停止・消去、第三者への提供の停止、または第三者提供記録の開示のご請求があった場合には、ご本人であることを確認のうえ、法令に従って遅帯なく対応します。

開示等のご請求は、当社所定の請求書に本人確認書類の写しを添えて、下記お問い合わせ窓口あてに郵送してください。利用目的の通知および開示のご請求については、1件につき1,000円の手数料を申し受けます。

代理人によるご請求の場合は、委任状および代理人の本人確認書類の写しもあわせてお送りください。

なお、MINACAのご利用履歴は、駅の券売機およびチャージ機で直近20件までご本人が確認・印字いただけます。

## 9. 匿名加工情報の作成および提供

当社は、MINACAのご利用履歴から特定の個人を識別することができず、かつ元の個人情報を復元することができないように加工した匿名加工情報を作成し、沿線の自治体および交通事業者に提供することがあります。匿名加工情報の作成にあたっては、氏名、生年月日、電話番号およびカード番号を削除し、利用日時を1時間単位に置き換えます。

| 項目 | 内容 |
| 匿名加工情報に含まれる個人に関する情報の項目 | 乗車駅・降車駅、バス停、利用日時（1時間単位）、券種、年代、性別 |
| 提供の方法 | 暗号化した電子ファイルによる提供 |
| 提供先 | 沿線の地方公共団体、港湾電気鉄道株式会社、みなと交通バス株式会社 |

匿名加工情報の提供を受けた者に対しては、本人を識別するための照合を禁止することを契約で定めています。

## 10. Cookie等の利用

当社ウェブサイトでは、利便性の向上および利用状況の分析のため、Cookieおよびこれに類する技術を利用しています。アクセス解析にはGoogle アナリティクスを利用しており、Google社に送信される情報に氏名等の個人を特定する情報は含まれません。Cookieの利用は、ブラウザの設定により拒否することができます。

## 11. お問い合わせ窓口

個人情報の取扱いに関するお問い合わせ、ご相談および開示等のご請求は、下記の窓口までお願いいたします。

@ 株式会社みなと交通カード　お客さま相談窓口
@ 〒760-0019　香川県高松市サンポート8番3号
@ 代表取締役社長　山本　健一
@ 電話：087-811-3300（受付時間　9:00〜18:00　年中無休）
@ メール：privacy@minaca.jp

@ 制定日：2015年4月1日
@ 最終改定日：{UPDATED}

以上"""

EDITS = [
    {"note": "typo fixed: 遅帯なく -> 遅滞なく (no new date)", "bump": False,
     "repl": [("法令に従って遅帯なく対応します。", "法令に従って遅滞なく対応します。")]},
    {"note": "joint-use parties: the group's taxi company added",
     "repl": [("| 共同利用する者の範囲 | 港湾電気鉄道株式会社、みなと交通バス株式会社 |",
               "| 共同利用する者の範囲 | 港湾電気鉄道株式会社、みなと交通バス株式会社、港湾電鉄タクシー株式会社 |")]},
    {"note": "help-desk hours shortened (9:00-18:00 -> 9:00-17:00)",
     "repl": [("（受付時間　9:00〜18:00　年中無休）", "（受付時間　9:00〜17:00　年中無休）")]},
    {"note": "sentence added: inquiry system on a US cloud service (foreign environment, APPI 2022)",
     "repl": [("- 外的環境の把握：個人データは日本国内のデータセンターで保管しています。",
               "- 外的環境の把握：個人データは日本国内のデータセンターで保管しています。なお、お問い合わせ管理"
               "システムには米国の事業者が提供するクラウドサービスを利用しており、同国の個人情報の保護に関する"
               "制度を把握したうえで安全管理措置を実施しています。")]},
    {"note": "disclosure fee changed: free online, 800 yen by post; online request form added",
     "repl": [("開示等のご請求は、当社所定の請求書に本人確認書類の写しを添えて、下記お問い合わせ窓口あてに郵送してください。"
               "利用目的の通知および開示のご請求については、1件につき1,000円の手数料を申し受けます。",
               "開示等のご請求は、モバイルMINACAの会員ページから、または当社所定の請求書に本人確認書類の写しを添えて"
               "下記お問い合わせ窓口あてに郵送してください。利用目的の通知および開示のご請求については、会員ページからの"
               "ご請求は無料、郵送によるご請求は1件につき800円の手数料を申し受けます。")]},
]


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}
    st["assets"] = C.keep_or(rng, prev.get("assets"), 0.12,
                             lambda: (when.date() - dt.timedelta(days=rng.randint(1, 40))).strftime("%Y%m%d"))
    st["akam_path"] = C.keep_or(rng, prev.get("akam_path"), 0.5, lambda: C.hexs(rng, 8))
    st["akam_token"] = C.b64tok(rng, 96).replace("+", "-").replace("/", "_").rstrip("=")
    return st


LABELS = {"assets": "?v= stamp of the common CSS/JS (template republish)",
          "akam_path": "Akamai Bot Manager script path", "akam_token": "Akamai Bot Manager pixel token"}


def body(blocks):
    out = []
    for k, v in blocks:
        if k == "h2":
            out.append('<h2 class="ttl-lv2">%s</h2>' % html.escape(v))
        elif k == "p":
            out.append('<p class="txt">%s</p>' % C.inline_html(v))
        elif k == "ul":
            out.append('<ul class="list-dot">\n%s\n</ul>' % "\n".join("<li>%s</li>" % C.inline_html(x) for x in v))
        elif k == "table":
            rows = ["<tr>%s</tr>" % "".join('<th scope="col">%s</th>' % html.escape(x) for x in v[0])]
            rows += ['<tr><th scope="row">%s</th>%s</tr>' % (html.escape(r[0]), "".join(
                "<td>%s</td>" % html.escape(x) for x in r[1:])) for r in v[1:]]
            out.append('<table class="tbl-basic">\n%s\n</table>' % "\n".join(rows))
        elif k == "addr":
            if v[0].startswith("制定日"):
                out.append('<p class="txt-right">%s</p>' % "<br>\n".join(html.escape(x) for x in v))
            else:
                out.append('<div class="box-contact">\n<p>%s</p>\n</div>' % "<br>\n".join(html.escape(x) for x in v))
        else:
            out.append(C.block_html((k, v)))
    return "\n".join(out)


def render(st, blocks, when):
    v = st["assets"]
    host = "https://www.minaca.jp"
    return """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="Shift_JIS">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>個人情報保護方針｜交通系ICカード MINACA（ミナカ）</title>
<meta name="description" content="交通系ICカード「MINACA（ミナカ）」の個人情報保護方針です。">
<meta name="keywords" content="MINACA,ミナカ,ICカード,交通系IC,個人情報保護方針">
<meta property="og:title" content="個人情報保護方針｜交通系ICカード MINACA（ミナカ）">
<meta property="og:type" content="article">
<meta property="og:url" content="%(url)s">
<meta property="og:image" content="%(host)s/common/img/ogp.png">
<link rel="canonical" href="%(url)s">
<link rel="shortcut icon" href="/favicon.ico">
<link rel="stylesheet" href="/common/css/reset.css">
<link rel="stylesheet" href="/common/css/common.css?v=%(v)s">
<link rel="stylesheet" href="/common/css/page.css?v=%(v)s">
<link rel="stylesheet" href="/common/css/print.css" media="print">
<script src="/common/js/jquery-3.6.0.min.js"></script>
<script src="/common/js/common.js?v=%(v)s"></script>
<!-- Global site tag (gtag.js) - Google Analytics -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M4XJ3B"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());

  gtag('config', 'G-7QK2M4XJ3B');
</script>
</head>
<body id="privacy" class="lower">
<div id="wrapper">

<header id="header">
<div class="inner">
<p class="logo"><a href="/"><img src="/common/img/logo.png" alt="交通系ICカード MINACA みなと交通カード" width="220" height="56"></a></p>
<ul class="h-nav">
<li><a href="/faq/">よくあるご質問</a></li>
<li><a href="/contact/">お問い合わせ</a></li>
<li class="lang"><a href="/en/">English</a></li>
</ul>
<div class="h-search">
<form action="https://search.minaca.jp/" method="get">
<input type="text" name="q" value="" placeholder="サイト内検索" class="search-txt">
<input type="submit" value="検索" class="search-btn">
</form>
</div>
</div>
<nav id="gnav">
<ul>
<li><a href="/about/">MINACAとは</a></li>
<li><a href="/buy/">購入・チャージ</a></li>
<li><a href="/area/">ご利用エリア</a></li>
<li><a href="/teiki/">定期券</a></li>
<li><a href="/mobile/">モバイルMINACA</a></li>
<li><a href="/shop/">お買い物</a></li>
</ul>
</nav>
</header>
<!-- /#header -->

<div id="topicpath">
<ol>
<li><a href="/">トップ</a></li>
<li>個人情報保護方針</li>
</ol>
</div>

<div id="contents" class="clearfix">

<div id="main">
<h1 class="ttl-page"><span>%(title)s</span></h1>
<div class="section">
%(body)s
</div>
<p class="pagetop"><a href="#wrapper">ページの先頭へ</a></p>
</div>
<!-- /#main -->

<div id="side">
<div class="side-nav">
<p class="side-ttl">サイトのご利用について</p>
<ul>
<li><a href="/sitepolicy/">サイトポリシー</a></li>
<li class="current"><a href="/privacy/">個人情報保護方針</a></li>
<li><a href="/privacy/cookie.html">Cookieの利用について</a></li>
<li><a href="/kiyaku/">MINACA取扱規則</a></li>
<li><a href="/accessibility/">ウェブアクセシビリティ方針</a></li>
</ul>
</div>
<div class="side-bnr">
<a href="/mobile/"><img src="/common/img/bnr_mobile.png" alt="モバイルMINACA　スマホでタッチ" width="240" height="120"></a>
</div>
</div>
<!-- /#side -->

</div>
<!-- /#contents -->

<footer id="footer">
<div class="inner">
<ul class="f-nav">
<li><a href="/sitepolicy/">サイトポリシー</a></li>
<li><a href="/privacy/">個人情報保護方針</a></li>
<li><a href="/company/">会社概要</a></li>
<li><a href="/sitemap/">サイトマップ</a></li>
</ul>
<p class="f-group">港湾電鉄グループ</p>
<p class="copyright"><small>Copyright &copy; MINATO KOTSU CARD Co., Ltd. All Rights Reserved.</small></p>
</div>
</footer>

</div>
<!-- /#wrapper -->
<script type="text/javascript"  src="/akam/13/%(ap)s"  defer></script><noscript><img src="%(host)s/akam/13/pixel_%(ap)s?a=%(at)s&" style="visibility: hidden; position: absolute; left: -999px; top: -999px;" /></noscript></body>
</html>
""" % {"url": URL, "host": host, "v": v, "title": html.escape(blocks[0][1]), "body": body(blocks[1:]),
       "ap": st["akam_path"], "at": st["akam_token"]}


PAGE = {
    "service": "MINACA",
    "url": URL,
    "lang": "ja",
    "platform": "Movable Type 7 static pages (Shift_JIS), Akamai Bot Manager",
    "content_type": "text/html; charset=Shift_JIS",
    "encoding": "shift_jis",
    "extra_headers": (("Server", "Apache"), ("Accept-Ranges", "bytes"), ("Vary", "Accept-Encoding"),
                      ("Cache-Control", "max-age=300")),
    "n": 28,
    "start": dt.date(2021, 4, 1),
    "end": dt.date(2024, 3, 31),
    "hours": (0, 12, 18),
    "policy": POLICY,
    "first_updated": dt.date(2020, 10, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#main", "remove": [".pagetop"]},
}
