"""SignalHub (customer-data platform, Tokyo), Japanese, Gatsby 5 + Contentful (rich text via
@contentful/rich-text-react-renderer: list items and table cells wrap their text in <p>), hosted on Netlify.

Fairly clean: every Contentful publish rebuilds the site, so the webpack compilation hash and chunk names change on
every capture; the customer-logo strip ("導入企業") grows now and then and the ITreview Grid Award badge changes
by season. All outside `main article`.
"""
import datetime as dt

import common as C

URL = "https://www.signalhub.co.jp/privacy/"

POLICY = """# プライバシーポリシー

制定日：2018年10月1日　最終改定日：{UPDATED}

シグナルハブ株式会社（以下「当社」といいます。）は、カスタマーデータプラットフォーム「SignalHub」（以下「本サービス」といいます。）の提供にあたり、個人情報の保護に関する法律（以下「個人情報保護法」といいます。）その他の関係法令を遵守し、以下のとおり個人情報を適切に取り扱います。

## 1. 事業者の名称および所在地

当社の名称、住所および代表者の氏名は、以下のとおりです。

@ シグナルハブ株式会社
@ 〒150-0043 東京都渋谷区道玄坂一丁目12番1号 渋谷マークシティ ウエスト18階
@ 代表取締役 高橋 健一

## 2. 取得する個人情報

当社は、以下の個人情報を取得します。

- 本サービスのお申し込み、お問い合わせ、資料請求またはセミナーへのお申し込みの際にご提供いただく氏名、会社名、部署名、役職、メールアドレス、電話番号
- 本サービスの管理画面をご利用いただく際のログイン情報、操作履歴、IPアドレス
- 当社ウェブサイトの閲覧履歴、Cookie識別子、広告識別子、端末情報
- お客様（本サービスを導入した企業をいいます。以下同じ。）から処理の委託を受けた、お客様の顧客に関する情報

## 3. 利用目的

当社は、取得した個人情報を以下の目的で利用します。

- 本サービスの提供、運営、保守および改善のため
- 本サービスに関するお問い合わせへの対応のため
- 新機能、セミナー、イベント等のご案内のため
- 利用料金の請求のため
- 不正アクセスその他の不正行為の防止のため
- 個人を特定できない形式に加工した統計データの作成のため

## 4. 受託データの取扱い

お客様が本サービスに登録する顧客データ（会員情報、購買履歴、ウェブサイトやアプリでの行動履歴等）について、当社は個人情報保護法第27条第5項第1号に定める委託先として、お客様の指示に従ってのみ取り扱います。当社は、受託データを当社自身の目的で利用せず、他のお客様のデータと結合することもありません。

お客様の顧客の方が、ご自身の情報の開示、訂正、利用停止等をご希望される場合は、当該お客様に直接お問い合わせください。当社は、お客様からの依頼に基づき、必要な協力を行います。

## 5. 個人関連情報の取扱い

当社は、当社ウェブサイトにおいてCookie等を利用し、閲覧履歴等の個人関連情報を取得することがあります。第三者が個人関連情報を個人データとして取得することが想定される場合には、あらかじめ本人の同意が得られていることを確認した上で提供します。

当社ウェブサイトで利用している主な外部サービスは以下のとおりです。

| サービス名 | 提供事業者 | 利用目的 |
| Google Analytics 4 | Google LLC | アクセス解析 |
| Google 広告 | Google LLC | 広告配信および効果測定 |
| Meta ピクセル | Meta Platforms, Inc. | 広告配信および効果測定 |
| HubSpot | HubSpot, Inc. | マーケティングオートメーション |

Cookieの利用を希望されない場合は、ブラウザの設定によりCookieを無効にすることができます。

## 6. 第三者提供

当社は、法令に基づく場合を除き、あらかじめご本人の同意を得ることなく、個人データを第三者に提供しません。なお、利用目的の達成に必要な範囲内で個人データの取扱いを委託する場合や、合併その他の事由による事業の承継に伴って個人データが提供される場合は、第三者への提供に該当しません。

## 7. 外国にある第三者への提供

当社は、本サービスの提供に必要なクラウドサービスとして、以下の事業者を利用しています。いずれも個人情報保護委員会の規則で定める基準に適合する体制を整備しています。

| 事業者 | 所在国 | 保存場所 |
| Amazon Web Services, Inc. | アメリカ合衆国 | 日本（東京リージョン） |
| Snowflake Inc. | アメリカ合衆国 | 日本（東京リージョン） |
| Salesforce, Inc. | アメリカ合衆国 | アメリカ合衆国 |

## 8. 安全管理措置

当社は、個人データの漏えい、滅失またはき損の防止その他の安全管理のため、以下の措置を講じています。

- 個人情報保護規程の策定および従業者への定期的な教育
- 個人データを取り扱う区域の管理およびアクセス権限の制限
- 通信および保存データの暗号化、多要素認証の導入
- ISMS（ISO/IEC 27001）およびプライバシーマークの認証取得

## 9. 保有個人データの開示等の請求

ご本人またはその代理人は、当社所定の手続きにより、保有個人データの利用目的の通知、開示、訂正、追加、削除、利用停止、消去および第三者提供の停止を請求することができます。請求を行う場合は、下記の窓口までご連絡ください。なお、利用目的の通知または開示の請求については、1件につき1,000円の手数料をいただきます。

## 10. お問い合わせ窓口

個人情報の取扱いに関するお問い合わせは、以下の窓口までお願いいたします。

@ シグナルハブ株式会社 個人情報保護管理者
@ メールアドレス：privacy@signalhub.co.jp
@ 電話番号：03-6416-2890（平日10:00〜18:00）

## 11. 改定

当社は、法令の変更等に応じて本ポリシーを改定することがあります。重要な変更がある場合には、当社ウェブサイト上でお知らせします。"""

EDITS = [
    {"note": "external service added to the cookie table (LINE Tag)",
     "repl": [("| HubSpot | HubSpot, Inc. | マーケティングオートメーション |",
               "| HubSpot | HubSpot, Inc. | マーケティングオートメーション |\n| LINE Tag | LINEヤフー株式会社 | "
               "広告配信および効果測定 |")]},
    {"note": "disclosure fee abolished (sentence changed)",
     "repl": [("なお、利用目的の通知または開示の請求については、1件につき1,000円の手数料をいただきます。",
               "なお、開示等の請求に手数料はかかりません。")]},
    {"note": "office moved: address changed",
     "repl": [("@ 〒150-0043 東京都渋谷区道玄坂一丁目12番1号 渋谷マークシティ ウエスト18階",
               "@ 〒105-0001 東京都港区虎ノ門一丁目17番1号 虎ノ門ヒルズ ビジネスタワー15階")]},
    {"note": "purpose added to the purposes list (AI model improvement with anonymised data)",
     "repl": [("- 個人を特定できない形式に加工した統計データの作成のため",
               "- 個人を特定できない形式に加工した統計データの作成のため\n- 仮名加工情報を用いた本サービスの"
               "機械学習モデルの開発および改善のため")]},
    {"note": "phone number and hours changed (no date bump)", "bump": False,
     "repl": [("@ 電話番号：03-6416-2890（平日10:00〜18:00）", "@ 電話番号：03-6811-4470（平日9:30〜17:30）")]},
    {"note": "transfers table: Salesforce storage location changed to Japan",
     "repl": [("| Salesforce, Inc. | アメリカ合衆国 | アメリカ合衆国 |", "| Salesforce, Inc. | アメリカ合衆国 | 日本 |")]},
]


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


LOGOS = ["株式会社ミナトマート", "サクラ電機", "東西鉄道", "フクロウ書房", "あおば銀行", "北斗スポーツ", "Kiraku Travel",
         "まるや百貨店", "ひかり生命", "ノースゲート", "つばさ航空", "みどり住宅"]
BADGES = ["2023 Spring", "2023 Summer", "2023 Fall", "2024 Winter", "2024 Spring", "2024 Summer", "2024 Fall",
          "2025 Winter", "2025 Spring"]


def noise(rng, when, i, prev):
    prev = prev or {}
    q = (when.year - 2023) * 4 + (when.month - 1) // 3
    return {
        "build": (C.hexs(rng, 20), C.hexs(rng, 20), C.hexs(rng, 20), C.hexs(rng, 20), C.hexs(rng, 20)),
        "logos": min(len(LOGOS), 6 + (when - dt.datetime(2023, 1, 1)).days // 110),
        "badge": BADGES[max(0, min(len(BADGES) - 1, q))],
        "gatsby": "5.12.11" if when < dt.datetime(2024, 3, 1) else "5.13.3",
    }


LABELS = {"build": "webpack compilation hash and chunk names", "logos": "customer logo strip",
          "badge": "ITreview Grid Award badge", "gatsby": "Gatsby version"}


def rt(b):
    """@contentful/rich-text-react-renderer output."""
    kind, v = b
    if kind in ("ul", "ol"):
        return "<%s>%s</%s>" % (kind, "".join("<li><p>%s</p></li>" % C.inline_html(x) for x in v), kind)
    if kind == "table":
        head = "<tr>%s</tr>" % "".join("<th><p>%s</p></th>" % C.inline_html(x) for x in v[0])
        rows = "".join("<tr>%s</tr>" % "".join("<td><p>%s</p></td>" % C.inline_html(x) for x in r) for r in v[1:])
        return "<table><tbody>%s%s</tbody></table>" % (head, rows)
    return C.block_html(b)


def render(st, blocks, when):
    wh, app, fw, comp, rtm = st["build"]
    body = "".join(rt(b) for b in blocks[2:])
    logos = "".join('<li class="logo-strip-module--item--2Gm0x"><img src="//images.ctfassets.net/k3v9x2m1q8zt/%d/%s/logo.svg" alt="%s" width="140" height="48" loading="lazy"/></li>'
                    % (n + 11, C.det_sha(name)[:32], name) for n, name in enumerate(LOGOS[:st["logos"]]))
    return ("""<!DOCTYPE html><html lang="ja"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby {gv}"/><title>プライバシーポリシー | SignalHub（シグナルハブ）</title><meta name="description" content="シグナルハブ株式会社のプライバシーポリシーです。"/><meta property="og:title" content="プライバシーポリシー | SignalHub（シグナルハブ）"/><meta property="og:type" content="website"/><meta property="og:url" content="{url}"/><link rel="canonical" href="{url}"/><style data-href="/styles.{rtm8}.css" data-identity="gatsby-global-css">:root{{--color-primary:#1a56db;--color-text:#1f2937}}body{{font-family:"Noto Sans JP",sans-serif;color:var(--color-text)}}.legal-page-module--body--1xq2T table{{border-collapse:collapse;width:100%}}.legal-page-module--body--1xq2T td,.legal-page-module--body--1xq2T th{{border:1px solid #d1d5db;padding:.5rem}}</style><link rel="sitemap" type="application/xml" href="/sitemap-index.xml"/><script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start': new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0], j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src= 'https://www.googletagmanager.com/gtm.js?id='+i+dl+'';f.parentNode.insertBefore(j,f); }})(window,document,'script','dataLayer', 'GTM-PW3N8RJ');</script><link as="script" rel="preload" href="/webpack-runtime-{wh}.js"/><link as="script" rel="preload" href="/framework-{fw}.js"/><link as="script" rel="preload" href="/app-{app}.js"/><link as="script" rel="preload" href="/component---src-templates-legal-page-tsx-{comp}.js"/><link as="fetch" rel="preload" href="/page-data/privacy/page-data.json" crossorigin="anonymous"/><link as="fetch" rel="preload" href="/page-data/app-data.json" crossorigin="anonymous"/></head><body><noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-PW3N8RJ" height="0" width="0" style="display: none; visibility: hidden" aria-hidden="true"></iframe></noscript><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper"><header class="header-module--header--3bX1k"><div class="header-module--inner--1n7Qa"><a class="header-module--logo--2oPzL" href="/"><img src="/static/logo-signalhub-6c2f1a.svg" alt="SignalHub" width="168" height="32"/></a><nav class="header-module--nav--3Zk9d" aria-label="グローバルナビゲーション"><ul><li><a href="/product/">製品</a></li><li><a href="/solutions/">ソリューション</a></li><li><a href="/cases/">導入事例</a></li><li><a href="/resources/">お役立ち資料</a></li><li><a href="/seminar/">セミナー</a></li><li><a href="/company/">会社情報</a></li></ul></nav><div class="header-module--ctas--2Pz0q"><a class="button-module--secondary--1Xc3m" href="/download/">資料ダウンロード</a><a class="button-module--primary--3Qa8n" href="/contact/">お問い合わせ</a></div></div></header><main class="layout-module--main--2c8Kd"><nav class="breadcrumb-module--breadcrumb--1Hn5b" aria-label="パンくずリスト"><ol><li><a href="/">ホーム</a></li><li aria-current="page">プライバシーポリシー</li></ol></nav><article class="legal-page-module--article--3Vd8s"><header class="legal-page-module--header--2kLp4"><h1 class="legal-page-module--title--1fR9e">{h1}</h1><p class="legal-page-module--dates--3sT2w">{dates}</p></header><div class="legal-page-module--body--1xq2T">{body}</div></article><section class="logo-strip-module--section--1aE7c" aria-label="導入企業"><p class="logo-strip-module--heading--2Yq4z">業界をリードする企業に選ばれています</p><ul class="logo-strip-module--list--3mD1s">{logos}</ul><div class="logo-strip-module--badges--2Lq8v"><img src="/static/itreview-grid-award-{badge_slug}-leader.png" alt="ITreview Grid Award {badge} Leader" width="96" height="110" loading="lazy"/></div></section></main><footer class="footer-module--footer--1Kb6n"><div class="footer-module--inner--2Fd7w"><ul class="footer-module--links--3Hh1q"><li><a href="/company/">会社概要</a></li><li><a href="/security/">情報セキュリティ基本方針</a></li><li><a aria-current="page" href="/privacy/">プライバシーポリシー</a></li><li><a href="/terms/">利用規約</a></li><li><a href="/sitemap/">サイトマップ</a></li></ul><small class="footer-module--copyright--1Pq3e">© {year} SignalHub, Inc.</small></div></footer></div><div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true"></div></div><script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/privacy/";window.___webpackCompilationHash="{rtm}";/*]]>*/</script><script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping="{{\\"app\\":[\\"/app-{app}.js\\"],\\"component---src-templates-legal-page-tsx\\":[\\"/component---src-templates-legal-page-tsx-{comp}.js\\"]}}";/*]]>*/</script><script src="/webpack-runtime-{wh}.js" async></script><script src="/framework-{fw}.js" async></script><script src="/app-{app}.js" async></script></body></html>""").format(
        gv=st["gatsby"], url=URL, rtm8=rtm[:20], wh=wh, fw=fw, app=app, comp=comp, rtm=rtm,
        h1=C.inline_html(blocks[0][1]), dates=C.inline_html(blocks[1][1]), body=body, logos=logos,
        badge=st["badge"], badge_slug=st["badge"].lower().replace(" ", "-"), year=when.year)


PAGE = {
    "service": "SignalHub",
    "url": URL,
    "lang": "ja",
    "platform": "Gatsby 5 + Contentful rich text, Netlify",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "Netlify"), ("Cache-Control", "public, max-age=0, must-revalidate")),
    "n": 30,
    "start": dt.date(2023, 1, 10),
    "end": dt.date(2025, 4, 25),
    "hours": (0, 9, 15),
    "policy": POLICY,
    "first_updated": dt.date(2022, 4, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "main article"},
}
