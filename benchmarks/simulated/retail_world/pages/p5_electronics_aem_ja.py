"""アサギリ電子 (ASAGIRI, consumer-electronics maker, Tokyo) - ja-JP - Adobe Experience Manager (Sites, core
components): title component h1, a text component with the dates and preamble, then every section of the policy
in a core-components accordion whose panels are all collapsed in the served HTML (cmp-accordion__panel--hidden,
aria-hidden); the header's region picker (cmp-languagenavigation), a "重要なお知らせ" experience fragment of
product-support notices (firmware updates, free inspection / recall notices, holiday closures) at the top of main,
the breadcrumb; Akamai Bot Manager's per-request noscript pixel token. Fairly clean: two noise features."""
import datetime as dt
import html
import common as C

URL = "https://www.asagiri.co.jp/jp/ja/privacy.html"


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


POLICY = """
# 個人情報保護方針

制定日：2005年4月1日 最終改定日：{UPDATED}

アサギリ電子株式会社（以下「当社」といいます）は、テレビ、オーディオ機器、カメラ、生活家電などの製品とサービスをお客様にお届けするにあたり、お客様の個人情報を適切に取り扱うことが重要な社会的責務であると考えています。当社は、個人情報の保護に関する法律（以下「個人情報保護法」といいます）その他の関係法令およびガイドラインを遵守し、以下のとおり個人情報を取り扱います。

## 1. 個人情報の取得

当社は、適法かつ公正な手段により個人情報を取得します。当社が取得する主な個人情報は以下のとおりです。

- 製品のユーザー登録、会員サービス「ASAGIRI ID」への登録の際にご提供いただく氏名、住所、電話番号、メールアドレス、生年月日、購入製品の型番・製造番号
- 修理・お問い合わせの際にご提供いただく情報、通話内容の録音
- 当社オンラインストアでのご注文に関する情報（配送先、購入履歴など）
- キャンペーン、アンケート、イベントへの応募の際にご提供いただく情報
- ネットワークに接続された製品およびアプリから送信される機器情報、利用状況に関する情報
- 当社ウェブサイトの閲覧履歴、Cookie、広告識別子などの情報

## 2. 利用目的

当社は、取得した個人情報を以下の目的の範囲内で利用します。

- 製品・サービスの提供、ご注文商品の配送、代金の請求
- 修理、点検、製品の安全に関する重要なお知らせ（リコール等）のご連絡
- お問い合わせへの対応、本人確認
- 新製品、キャンペーン、イベントのご案内（お客様が配信を希望された場合に限ります）
- 製品の利用状況の分析による製品・サービスの改善、新製品の開発
- 統計データの作成（特定の個人を識別できない形式に加工したものに限ります）
- 不正利用の防止、その他当社の事業に付随する業務

当社は、あらかじめお客様の同意を得た場合または法令で認められる場合を除き、上記の利用目的の範囲を超えて個人情報を取り扱いません。

## 2-2. ネットワーク接続製品およびアプリについて

当社のネットワーク対応テレビ、オーディオ機器、カメラ、生活家電およびスマートフォン用アプリ「ASAGIRI Connect」は、製品の機能を提供するため、機器の型番、製造番号、ソフトウェアのバージョン、エラー情報、設定情報などを当社のサーバーに送信します。お客様が利用状況データの送信に同意された場合に限り、視聴・操作の履歴などの利用状況を取得し、製品の改善および新製品の開発に利用します。同意は、各製品の設定メニューまたはアプリの設定画面からいつでも撤回できます。

音声操作機能をご利用の場合、音声データは音声認識サービスの提供事業者に送信されます。当社は音声データそのものを保存しません。

ソフトウェアの自動更新機能は、製品の安全性を維持するために必要な場合があります。自動更新を無効にした場合、重要な不具合の修正が適用されないことがありますのでご注意ください。

## 2-3. 要配慮個人情報の取扱い

当社は、法令に基づく場合を除き、お客様の同意なく要配慮個人情報を取得しません。補聴機能付き製品のサポートなど、業務上やむを得ず健康に関する情報をお伺いする場合は、その目的をご説明したうえで同意を取得し、当該目的の範囲でのみ利用します。

## 2-4. 未成年者の個人情報

16歳未満の方が当社の会員サービスへの登録、キャンペーンへの応募などを行う場合は、保護者の方の同意を得たうえでお手続きください。当社は、保護者の同意がないことが判明した場合、取得した個人情報を速やかに消去します。

## 3. 第三者提供

当社は、次の場合を除き、あらかじめお客様の同意を得ることなく個人情報を第三者に提供しません。

- 法令に基づく場合
- 人の生命、身体または財産の保護のために必要がある場合であって、お客様の同意を得ることが困難な場合
- 利用目的の達成に必要な範囲内で、個人情報の取扱いの全部または一部を委託する場合
- 次項に定める共同利用の場合

## 4. 共同利用

当社は、以下のとおり個人情報を共同利用します。

- 共同利用する個人情報の項目：氏名、住所、電話番号、メールアドレス、購入製品の型番・製造番号、修理履歴
- 共同利用する者の範囲：当社および当社の国内子会社であるアサギリサービス株式会社、アサギリマーケティング株式会社
- 利用目的：修理・点検サービスの提供、製品の安全に関するご連絡、製品・サービスのご案内
- 管理責任者：アサギリ電子株式会社

## 5. 業務の委託

当社は、利用目的の達成に必要な範囲で、配送、修理、コールセンター、情報システムの運用などの業務を外部に委託することがあります。この場合、個人情報を適切に取り扱うと認められる委託先を選定し、契約により安全管理措置を義務付けるとともに、必要かつ適切な監督を行います。

## 6. 外国にある第三者への提供

当社は、クラウドサービスの利用、海外のグループ会社によるサポートなどのため、個人情報を外国にある第三者に提供することがあります。この場合、個人情報保護法に従い、提供先の国の個人情報保護制度に関する情報をお客様に提供したうえで同意を取得するか、提供先において当社と同等の措置が講じられる体制を整備します。現在の主な提供先の国は、米国およびシンガポールです。

## 7. 安全管理措置

当社は、個人情報の漏えい、滅失または毀損を防止するため、以下の措置を講じています。

- 個人情報保護に関する規程の整備と従業者への定期的な教育
- 個人情報を取り扱う区域の管理、機器および書類の盗難防止
- アクセス権限の管理、不正アクセス対策、通信の暗号化
- 委託先の定期的な監査

## 8. 保有期間

当社は、利用目的の達成に必要な期間に限り個人情報を保有します。修理受付の記録は修理完了から5年間、通話録音は録音日から1年間保存し、期間経過後は速やかに消去します。

## 8-2. 修理・点検サービスにおける個人情報

修理のご依頼をいただいた場合、当社および委託先のサービスセンターは、お客様の氏名、連絡先、製品の情報、故障の状況をお伺いし、修理の実施、修理代金のご請求、修理完了のご連絡に利用します。出張修理の場合は、訪問日時の調整のためにご住所と電話番号を委託先の技術者に提供します。

修理のためにお預かりした製品に記録されているデータ（写真、録画番組、設定情報など）は、修理の過程で消去される場合があります。大切なデータは、修理をご依頼いただく前にお客様ご自身でバックアップしてください。当社は、修理の過程で製品内のデータを閲覧・複製することはありません。

## 9. Cookie等の利用

当社ウェブサイトでは、利便性の向上、アクセス状況の分析、広告配信のためにCookieおよび類似の技術を使用しています。Cookieの設定はブラウザーで変更できます。広告配信に利用される情報の詳細およびオプトアウトの方法は、[Cookieポリシー](/jp/ja/cookie-policy.html)をご覧ください。

## 10. 開示等のご請求

お客様は、当社が保有するご本人の個人情報について、利用目的の通知、開示、内容の訂正・追加・削除、利用の停止・消去、第三者への提供の停止および第三者提供記録の開示を請求することができます。ご請求の際は、所定の請求書に本人確認書類を添えて、下記窓口までご郵送ください。利用目的の通知および開示のご請求については、手数料として1回につき1,000円を申し受けます。

## 11. お問い合わせ窓口

個人情報の取扱いに関するお問い合わせ、苦情および開示等のご請求は、以下の窓口で承ります。

@ アサギリ電子株式会社 個人情報お問い合わせ窓口
@ 〒108-0075 東京都港区港南二丁目16番3号
@ 電話：0120-381-552（受付時間 平日9時～17時）

当社は、認定個人情報保護団体である一般財団法人日本情報経済社会推進協会（JIPDEC）の対象事業者です。

@ 一般財団法人日本情報経済社会推進協会 認定個人情報保護団体事務局
@ 電話：03-5860-7565

## 12. 改定

当社は、法令の改正や事業内容の変化に応じて、本方針を改定することがあります。重要な変更を行う場合は、当社ウェブサイトでお知らせします。
"""

EDITS = [
    {"note": "joint-use parties: a new subsidiary added (inside a collapsed accordion panel)",
     "repl": [("アサギリサービス株式会社、アサギリマーケティング株式会社", "アサギリサービス株式会社、アサギリマーケティング株式会社、アサギリ・ライフソリューションズ株式会社")]},
    {"note": "new section on pseudonymously processed information (APPI 2022 amendment)",
     "repl": [("## 7. 安全管理措置", "## 6-2. 仮名加工情報の取扱い\n\n当社は、製品の品質改善および新製品の開発のため、個人情報を加工して他の情報と照合しない限り特定の個人を識別できないようにした仮名加工情報を作成し、社内で利用することがあります。仮名加工情報を第三者に提供することはありません。\n\n## 7. 安全管理措置")]},
    {"note": "call recordings kept 6 months instead of 1 year (collapsed panel)",
     "repl": [("通話録音は録音日から1年間保存し", "通話録音は録音日から6か月間保存し")]},
    {"note": "disclosure fee lowered from 1,000 to 500 yen (silent, date kept)", "bump": False,
     "repl": [("手数料として1回につき1,000円", "手数料として1回につき500円")]},
    {"note": "contact office moved and phone number changed",
     "repl": [("@ 〒108-0075 東京都港区港南二丁目16番3号\n@ 電話：0120-381-552（受付時間 平日9時～17時）",
               "@ 〒141-0032 東京都品川区大崎一丁目11番1号\n@ 電話：0120-381-770（受付時間 平日10時～17時）")]},
]

NOTICES = [
    (dt.datetime(2021, 1, 1), dt.datetime(2022, 3, 31), "2021年12月6日", "電気ケトル「KT-C12」無償点検・交換のお知らせ", "/jp/ja/support/info/kt-c12.html"),
    (dt.datetime(2021, 7, 1), dt.datetime(2021, 10, 31), "2021年7月15日", "ワイヤレスイヤホン「AW-E50」ファームウェア更新のお願い", "/jp/ja/support/info/aw-e50-fw.html"),
    (dt.datetime(2022, 9, 1), dt.datetime(2023, 2, 28), "2022年9月20日", "4K液晶テレビ 一部機種の動画配信アプリ提供終了について", "/jp/ja/support/info/tv-app-eol.html"),
    (dt.datetime(2023, 6, 5), dt.datetime(2024, 6, 30), "2023年6月5日", "モバイルバッテリー「PB-10Q」回収・交換のお知らせ（重要）", "/jp/ja/support/info/pb-10q-recall.html"),
    (dt.datetime(2024, 3, 1), dt.datetime(2024, 9, 30), "2024年3月1日", "ミラーレスカメラ「Z-7 mk II」ファームウェア Ver.1.30 公開", "/jp/ja/support/info/z7mk2-fw130.html"),
    (dt.datetime(2024, 10, 15), dt.datetime(2025, 4, 30), "2024年10月15日", "サウンドバー「SB-300」一部製品の電源ケーブル無償交換について", "/jp/ja/support/info/sb-300.html"),
]


def notices(when):
    out = [n for n in NOTICES if n[0] <= when <= n[1]]
    y = when.year if when.month == 12 else when.year - 1
    if (when.month == 12 and when.day >= 10) or (when.month == 1 and when.day <= 5):
        out.append((None, None, "%d年12月10日" % y, "年末年始（%d年12月29日～%d年1月3日）のサポート窓口休業について" % (y, y + 1),
                    "/jp/ja/support/info/holiday-%d.html" % y))
    if (when.month == 4 and when.day >= 15) or (when.month == 5 and when.day <= 6):
        out.append((None, None, "%d年4月15日" % when.year, "ゴールデンウィーク期間中のサポート窓口営業について",
                    "/jp/ja/support/info/gw-%d.html" % when.year))
    return tuple((d, t, u) for _, _, d, t, u in out)


def noise(rng, when, i, prev):
    return {"akam": (C.hexs(rng, 8), C.b64tok(rng, 60)), "notices": notices(when)}


LABELS = {"akam": "Akamai Bot Manager per-request noscript pixel token",
          "notices": "product-support notices experience fragment at the top of main (firmware, recalls, holiday closures)"}

REGIONS = [("日本", "日本語", "/jp/ja/"), ("United States", "English", "/us/en/"), ("中国", "简体中文", "/cn/zh/"),
           ("台灣", "繁體中文", "/tw/zh/"), ("대한민국", "한국어", "/kr/ko/"), ("Deutschland", "Deutsch", "/de/de/"),
           ("United Kingdom", "English", "/uk/en/"), ("Singapore", "English", "/sg/en/")]


def hid(*parts):
    return C.det_sha("aem", *parts)[:10]


def render(s, blocks, when):
    head, secs = C.split_sections(blocks)
    acc = "accordion-" + hid("acc")
    items = []
    for title, bl in secs:
        iid = "%s-item-%s" % (acc, hid("item", title))
        items.append(
            '<div class="cmp-accordion__item" data-cmp-hook-accordion="item" data-cmp-data-layer="{&#34;%(i)s&#34;:{&#34;@type&#34;:&#34;asagiri/components/accordion/item&#34;}}" id="%(i)s">\n'
            '<h2 class="cmp-accordion__header">\n<button id="%(i)s-button" class="cmp-accordion__button" type="button" aria-controls="%(i)s-panel" data-cmp-hook-accordion="button" aria-expanded="false">\n'
            '<span class="cmp-accordion__title">%(t)s</span>\n<span class="cmp-accordion__icon"></span>\n</button>\n</h2>\n'
            '<div data-cmp-hook-accordion="panel" id="%(i)s-panel" class="cmp-accordion__panel cmp-accordion__panel--hidden" role="region" aria-labelledby="%(i)s-button" aria-hidden="true">\n'
            '<div class="container responsivegrid"><div id="container-%(c)s" class="cmp-container">\n'
            '<div class="text"><div id="text-%(x)s" class="cmp-text" data-cmp-data-layer="{&#34;text-%(x)s&#34;:{&#34;@type&#34;:&#34;asagiri/components/text&#34;}}">\n%(b)s\n</div></div>\n'
            '</div></div>\n</div>\n</div>'
            % {"i": iid, "t": C.inline_html(title), "c": hid("c", title), "x": hid("x", title), "b": C.blocks_html(bl)})
    nt = s["notices"]
    xf = ""
    if nt:
        xf = ('<div class="experiencefragment support-notices"><div id="experiencefragment-%s" class="cmp-experiencefragment cmp-experiencefragment--support-notice">'
              '<div class="xf-content-height"><div class="root container responsivegrid"><div id="container-%s" class="cmp-container">'
              '<div class="text"><div class="cmp-text"><p class="notice-heading"><strong>重要なお知らせ</strong></p><ul class="notice-list">%s</ul>'
              '<p class="notice-more"><a href="/jp/ja/support/info/">お知らせ一覧へ</a></p></div></div></div></div></div></div></div>\n'
              % (hid("xf"), hid("xfc"), "".join('<li><span class="notice-date">%s</span><a href="%s">%s</a></li>' % (d, u, html.escape(t)) for d, t, u in nt)))
    regions = "".join('<li class="cmp-languagenavigation__item cmp-languagenavigation__item--countrycode-%s%s"><a class="cmp-languagenavigation__item-link" href="%s" hreflang="%s" lang="%s">%s（%s）</a></li>'
                      % (u.split("/")[1].upper(), " cmp-languagenavigation__item--active" if u == "/jp/ja/" else "", u,
                         u.split("/")[2], u.split("/")[2], c, l) for c, l, u in REGIONS)
    akh, akt = s["akam"]
    return """<!DOCTYPE HTML>
<html lang="ja-JP">
    <head>
    <meta charset="UTF-8"/>
    <title>個人情報保護方針 | アサギリ電子</title>
    <meta name="keywords" content="個人情報保護方針,プライバシーポリシー,アサギリ"/>
    <meta name="description" content="アサギリ電子株式会社の個人情報保護方針です。"/>
    <meta name="template" content="content-page"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <link rel="canonical" href="%(url)s"/>
    <link rel="alternate" hreflang="ja-JP" href="%(url)s"/>
    <link rel="alternate" hreflang="en-US" href="https://www.asagiri.co.jp/us/en/privacy.html"/>
<link rel="stylesheet" href="/etc.clientlibs/asagiri/clientlibs/clientlib-base.lc-8c1d4e0f5b2a7e93d6c14f0a28b7e5d1-lc.min.css" type="text/css">
<link rel="stylesheet" href="/etc.clientlibs/asagiri/clientlibs/clientlib-site.lc-3e7a90b1c4d25f68e0a1b9c7d3f24e86-lc.min.css" type="text/css">
<script src="//assets.adobedtm.com/7f3e1b2c9a04/5d8e2a1f6b37/launch-0c4e91a2b7d3.min.js" async></script>
<script>window.adobeDataLayer = window.adobeDataLayer || [];adobeDataLayer.push({"page":{"page-2f6c0b9e1d":{"@type":"asagiri/components/page","repo:modifyDate":"2021-03-04T07:12:55Z","dc:title":"個人情報保護方針","xdm:template":"/conf/asagiri/settings/wcm/templates/content-page","xdm:language":"ja-JP","xdm:tags":[],"repo:path":"/content/asagiri/jp/ja/privacy.html"}},"event":"cmp:show","eventInfo":{"path":"page.page-2f6c0b9e1d"}});</script>
</head>
    <body class="page basicpage" id="page-2f6c0b9e1d" data-cmp-link-accessibility-enabled data-cmp-link-accessibility-text="新しいタブで開く" data-cmp-data-layer-enabled>
        <a class="skip-to-main" href="#main-content">メインコンテンツへ移動</a>
<div class="root container responsivegrid">
<div id="container-7a1e5c90d3" class="cmp-container">
<div class="experiencefragment header"><div id="experiencefragment-0d4b8e2f61" class="cmp-experiencefragment cmp-experiencefragment--header">
<header class="site-header"><div class="site-header__inner">
<div class="image logo"><div class="cmp-image"><a class="cmp-image__link" href="/jp/ja/"><img src="/content/dam/asagiri/common/logo-asagiri.svg" class="cmp-image__image" alt="ASAGIRI アサギリ電子"/></a></div></div>
<div class="navigation"><nav class="cmp-navigation" role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement" aria-label="メインメニュー"><ul class="cmp-navigation__group">
<li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/jp/ja/products.html" class="cmp-navigation__item-link">製品情報</a></li>
<li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/jp/ja/support.html" class="cmp-navigation__item-link">サポート</a></li>
<li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="https://store.asagiri.co.jp/" class="cmp-navigation__item-link">オンラインストア</a></li>
<li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/jp/ja/corporate.html" class="cmp-navigation__item-link">企業情報</a></li>
</ul></nav></div>
<div class="languagenavigation region-picker"><button class="region-picker__toggle" aria-expanded="false" aria-controls="languagenavigation-5b0e2d7c94">日本（日本語）</button>
<nav id="languagenavigation-5b0e2d7c94" class="cmp-languagenavigation" aria-label="国・地域の選択" hidden><ul class="cmp-languagenavigation__group">%(regions)s</ul></nav></div>
<div class="search"><section class="cmp-search" role="search" data-cmp-is="search" data-cmp-min-length="2" data-cmp-results-size="10"><form class="cmp-search__form" data-cmp-hook-search="form" method="get" action="/jp/ja/search.html" autocomplete="off"><div class="cmp-search__field"><i class="cmp-search__icon" data-cmp-hook-search="icon"></i><input class="cmp-search__input" data-cmp-hook-search="input" type="text" name="fulltext" placeholder="キーワードで検索" role="combobox" aria-autocomplete="list" aria-haspopup="true" aria-invalid="false"/></div></form></section></div>
</div></header>
</div></div>
<main id="main-content" class="main">
<div class="container responsivegrid">
<div id="container-b1c4e0a7d2" class="cmp-container">
<div class="breadcrumb"><nav id="breadcrumb-94c2e1a0b7" class="cmp-breadcrumb" aria-label="パンくずリスト"><ol class="cmp-breadcrumb__list" itemscope itemtype="http://schema.org/BreadcrumbList">
<li class="cmp-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/jp/ja/" class="cmp-breadcrumb__item-link" itemprop="item"><span itemprop="name">ホーム</span></a><meta itemprop="position" content="1"/></li>
<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active" aria-current="page" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><span itemprop="name">個人情報保護方針</span><meta itemprop="position" content="2"/></li>
</ol></nav></div>
%(xf)s<div class="title"><div data-cmp-data-layer="{&#34;title-6e0a3f91c2&#34;:{&#34;@type&#34;:&#34;asagiri/components/title&#34;}}" id="title-6e0a3f91c2" class="cmp-title"><h1 class="cmp-title__text">%(h1)s</h1></div></div>
<div class="text"><div id="text-1d9b7c3e05" class="cmp-text" data-cmp-data-layer="{&#34;text-1d9b7c3e05&#34;:{&#34;@type&#34;:&#34;asagiri/components/text&#34;}}">
%(intro)s
</div></div>
<div class="accordion panelcontainer">
<div id="%(acc)s" class="cmp-accordion" data-cmp-is="accordion" data-cmp-data-layer="{&#34;%(acc)s&#34;:{&#34;@type&#34;:&#34;asagiri/components/accordion&#34;}}" data-placeholder-text="false">
%(items)s
</div>
</div>
</div>
</div>
</main>
<div class="experiencefragment footer"><div id="experiencefragment-e3a7c10b58" class="cmp-experiencefragment cmp-experiencefragment--footer">
<footer class="site-footer"><ul class="site-footer__links"><li><a href="/jp/ja/sitemap.html">サイトマップ</a></li><li><a href="/jp/ja/terms.html">ご利用条件</a></li><li><a href="/jp/ja/privacy.html">個人情報保護方針</a></li><li><a href="/jp/ja/cookie-policy.html">Cookieポリシー</a></li><li><a href="#" class="ot-sdk-show-settings">Cookie設定</a></li></ul>
<p class="site-footer__copyright"><small>&copy; Asagiri Electronics Corporation</small></p></footer>
</div></div>
</div>
</div>
<script src="/etc.clientlibs/asagiri/clientlibs/clientlib-base.lc-5b2e8f0a1c7d94e36b0f2a8c1d5e7b93-lc.min.js"></script>
<script src="/etc.clientlibs/core/wcm/components/commons/datalayer/v1/clientlibs/core.wcm.components.commons.datalayer.v1.lc-70264651675213ed7f7cc5a02a00f621-lc.min.js"></script>
<script src="/etc.clientlibs/asagiri/clientlibs/clientlib-site.lc-9a4c1e7f2b0d58e3a6c2f1b7e0d4a395-lc.min.js"></script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-document-language="true" type="text/javascript" charset="UTF-8" data-domain-script="4b1e7c2a-9d3f-4e60-8a15-2c7f0b9d3e41"></script>
<script type="text/javascript" src="/akam/13/%(akh)s" defer></script>
<noscript><img src="https://www.asagiri.co.jp/akam/13/pixel_%(akh)s?a=%(akt)s" style="visibility: hidden; position: absolute; left: -999px; top: -999px;" /></noscript>
</body>
</html>
""" % {"url": URL, "regions": regions, "xf": xf, "h1": html.escape(head[0][1]), "intro": C.blocks_html(head[1:]),
       "acc": acc, "items": "\n".join(items), "akh": akh, "akt": akt.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")}


PAGE = {
    "service": "Asagiri", "url": URL, "lang": "ja-JP", "platform": "Adobe Experience Manager (core components)",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("X-Dispatcher", "dispatcher1apnortheast1"), ("X-Vhost", "publish")),
    "n": 30, "start": dt.date(2021, 6, 14), "end": dt.date(2025, 3, 31), "hours": (15, 22),
    "policy": POLICY, "first_updated": dt.date(2020, 4, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["main#main-content"],
                    "remove": [".breadcrumb", ".experiencefragment.support-notices"]},
}
