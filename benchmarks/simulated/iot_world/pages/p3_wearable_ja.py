"""Wearable / fitness-band maker, Japanese, Shopify (Dawn 12 theme), the built-in /policies/privacy-policy page.

Shopify renders the policy into .shopify-policy__container (title + .rte body). Around it: an announcement bar
that rotates between a firmware-release notice, free-shipping and sale messages; app-store badges in the footer
with ratings and rating counts that move now and then; theme asset ?v= stamps that change when the theme is
published; and the per-request __st "reqid" of Shopify's analytics.
"""
import datetime as dt

import common as C

POLICY = """# プライバシーポリシー

株式会社キズナフィット（以下「当社」といいます。）は、当社が販売するスマートバンド「KIZUNA Band」シリーズ、スマートウォッチ、体組成計（以下「本製品」といいます。）、専用アプリ「KIZUNA Fit」（以下「本アプリ」といいます。）および当社オンラインストアにおけるお客様の個人情報を、以下のとおり適切に取扱います。

制定日：2019年4月1日

最終改定日：{UPDATED}

## 1. 事業者の名称、住所および代表者

@ 株式会社キズナフィット
@ 〒150-0043 東京都渋谷区道玄坂一丁目12番1号 渋谷マークシティW 22階
@ 代表取締役 山本 健一

## 2. 取得する個人情報

当社は、以下の個人情報を取得します。

- アカウント情報：氏名、ニックネーム、メールアドレス、パスワード、生年月日、性別
- 身体情報：身長、体重、体脂肪率、目標歩数などお客様が入力した情報
- 活動データ：歩数、消費カロリー、移動距離、運動の種類と時間、GPSによる運動ルート
- 健康関連データ：心拍数、睡眠時間と睡眠の質、血中酸素レベル（SpO2）、ストレス値
- 機器情報：本製品のシリアル番号、ファームウェアのバージョン、スマートフォンのOSおよび機種、広告識別子
- 購入情報：配送先住所、電話番号、購入履歴（クレジットカード情報は決済代行会社が取得し、当社は保持しません）

健康関連データは、お客様の健康状態を推知させる情報を含むため、当社はこれを取得する前に本アプリ上でお客様の同意を取得します。

## 3. 利用目的

当社は、取得した個人情報を以下の目的で利用します。

- 本製品および本アプリの機能（活動量の記録、睡眠分析、心拍アラート等）の提供
- 本製品のペアリング、ファームウェアの配信および不具合の解析
- オンラインストアでのご注文の処理、商品の発送およびアフターサービス
- お問い合わせへの対応
- 新製品、キャンペーン、イベントに関するご案内（お客様が配信を希望した場合に限ります）
- 統計データの作成および本製品・本アプリの改善（個人を特定できない形式に加工して行います）

## 4. 個人データの第三者提供

当社は、次の場合を除き、あらかじめお客様の同意を得ることなく個人データを第三者に提供しません。

- 法令に基づく場合
- 人の生命、身体または財産の保護のために必要がある場合であって、お客様の同意を得ることが困難であるとき
- 国の機関等が法令の定める事務を遂行することに対して協力する必要がある場合

お客様が本アプリで「Apple ヘルスケア」または「Google Fit」との連携を有効にした場合、お客様が選択したデータが当該サービスに送信されます。連携はいつでも本アプリの設定画面から解除できます。

## 5. 外国にある第三者への提供

当社は、本アプリのデータ保管および運用のため、以下の外国にある事業者に個人データの取扱いを委託しています。

| 提供先 | 所在国 | 取り扱う情報 | 当該国の個人情報保護制度 |
| Amazon Web Services, Inc. | アメリカ合衆国 | アカウント情報、活動データ、健康関連データ | [個人情報保護委員会の調査結果](https://www.ppc.go.jp/personalinfo/legal/kaiseihogohou/#gaikoku)をご参照ください |
| Google LLC（Firebase） | アメリカ合衆国 | 機器情報、アプリの利用状況 | 同上 |
| Zendesk, Inc. | アメリカ合衆国 | 氏名、メールアドレス、お問い合わせ内容 | 同上 |

当社は、提供先が個人情報保護法第28条第1項に規定する体制を整備していることを確認し、必要かつ適切な措置を講じています。

## 6. 個人データの保存期間

当社は、利用目的の達成に必要な期間に限り個人データを保存します。アカウントを削除された場合、活動データおよび健康関連データは退会後1年以内に消去します。ご注文に関する情報は、法令に基づき7年間保存します。

## 7. 安全管理措置

当社は、個人データの漏えい、滅失またはき損の防止その他の安全管理のため、以下の措置を講じています。

| 区分 | 主な措置 |
| 組織的安全管理措置 | 個人情報保護管理者の設置、取扱規程の策定、定期的な自己点検 |
| 人的安全管理措置 | 従業者への年1回以上の研修、秘密保持に関する誓約書の取得 |
| 物理的安全管理措置 | 入退室管理、機器の盗難防止措置 |
| 技術的安全管理措置 | 通信の暗号化（TLS 1.2以上）、保存データの暗号化、アクセス制御とログ監視 |

## 8. 保有個人データの開示等の請求

お客様は、当社に対し、保有個人データの利用目的の通知、開示、訂正・追加・削除、利用停止・消去および第三者提供の停止を請求することができます。請求は下記のお問い合わせ窓口までご連絡ください。ご本人であることを確認のうえ、遅滞なく対応いたします。なお、開示の請求については、1件につき1,000円（税込）の手数料をいただく場合があります。

## 9. Cookie等の利用について

当社オンラインストアでは、ショッピングカートの機能提供、アクセス解析および広告配信のためにCookieおよび類似の技術を使用しています。アクセス解析にはGoogle アナリティクスを利用しています。お客様はブラウザの設定によりCookieを無効にすることができますが、その場合、オンラインストアの一部機能がご利用いただけなくなることがあります。

## 10. 本ポリシーの変更

当社は、法令の改正や事業内容の変更に応じて、本ポリシーを変更することがあります。重要な変更を行う場合には、本アプリ内のお知らせまたは当社ウェブサイトにて事前に通知します。

## 11. お問い合わせ窓口

本ポリシーに関するお問い合わせ、開示等の請求は、以下の窓口までお願いいたします。

@ 株式会社キズナフィット 個人情報お問い合わせ窓口
@ メール：privacy@kizunafit.jp
@ 電話：0120-862-415（平日10:00〜17:00、土日祝日・年末年始を除く）"""

EDITS = [
    {"note": "okurigana fixed: '適切に取扱います' -> '適切に取り扱います'", "bump": False,
     "repl": [("以下のとおり適切に取扱います。", "以下のとおり適切に取り扱います。")]},
    {"note": "women's-health data (menstrual cycle) added to the list of health data",
     "repl": [("- 健康関連データ：心拍数、睡眠時間と睡眠の質、血中酸素レベル（SpO2）、ストレス値",
               "- 健康関連データ：心拍数、睡眠時間と睡眠の質、血中酸素レベル（SpO2）、ストレス値、月経周期の記録（女性の健康管理機能をご利用の場合）")]},
    {"note": "foreign-transfer table: customer-support processor changed from Zendesk to Freshworks (India)",
     "repl": [("| Zendesk, Inc. | アメリカ合衆国 | 氏名、メールアドレス、お問い合わせ内容 | 同上 |",
               "| Freshworks Inc. | アメリカ合衆国、インド | 氏名、メールアドレス、お問い合わせ内容 | 同上 |")]},
    {"note": "retention after account deletion shortened from one year to 90 days",
     "repl": [("退会後1年以内に消去します。", "退会後90日以内に消去します。")]},
    {"note": "head office moved: address, representative and phone changed",
     "repl": [("@ 〒150-0043 東京都渋谷区道玄坂一丁目12番1号 渋谷マークシティW 22階",
               "@ 〒141-0032 東京都品川区大崎二丁目1番1号 ThinkPark Tower 18階"),
              ("@ 電話：0120-862-415（平日10:00〜17:00、土日祝日・年末年始を除く）",
               "@ 電話：050-3786-4150（平日10:00〜18:00、土日祝日・年末年始を除く）")]},
]

ANNOUNCE = [
    "KIZUNA Band 5 ファームウェア v3.2.0 配信開始：睡眠スコアの精度が向上しました",
    "5,500円（税込）以上のご注文で送料無料",
    "【期間限定】KIZUNA Band 5 が最大20%OFF",
    "新製品「KIZUNA Watch S」予約受付中",
    "年末年始の配送スケジュールについて",
]


def noise(rng, when, i, prev):
    p = prev or {}
    return {
        "theme_v": C.keep_or(rng, p.get("theme_v"), 0.2, lambda: str(1690000000 + rng.randint(0, 60000000))),
        "announce": C.keep_or(rng, p.get("announce"), 0.4, lambda: rng.randrange(len(ANNOUNCE))),
        "ratings": C.keep_or(rng, p.get("ratings"), 0.3, lambda: (rng.choice(["4.6", "4.7", "4.7", "4.8"]), rng.randint(18000, 26000),
                                                                  rng.choice(["4.3", "4.4", "4.5"]), rng.randint(9000, 15000))),
        "reqid": "%s-%d" % (C.uuid4(rng), 1690000000 + i),
    }


LABELS = {"theme_v": "Dawn theme asset ?v= stamps", "announce": "announcement bar message",
          "ratings": "app-store badges: ratings and counts", "reqid": "Shopify __st reqid"}


def render(s, blocks, when):
    v = s["theme_v"]
    title = [b for b in blocks if b[0] == "h1"]
    rest = [b for b in blocks if b[0] != "h1"]
    ios, ios_n, gp, gp_n = s["ratings"]
    return """<!doctype html>
<html class="no-js" lang="ja">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="theme-color" content="">
    <link rel="canonical" href="https://kizunafit.jp/policies/privacy-policy">
    <link rel="preconnect" href="https://cdn.shopify.com" crossorigin>
    <title>プライバシーポリシー &ndash; KIZUNA FIT 公式オンラインストア</title>
    <meta property="og:site_name" content="KIZUNA FIT 公式オンラインストア">
    <meta property="og:url" content="https://kizunafit.jp/policies/privacy-policy">
    <meta property="og:type" content="website">
    <script src="//kizunafit.jp/cdn/shop/t/14/assets/constants.js?v=58251544750838685771%(v)s" defer="defer"></script>
    <script src="//kizunafit.jp/cdn/shop/t/14/assets/pubsub.js?v=158357773527763999511%(v)s" defer="defer"></script>
    <script src="//kizunafit.jp/cdn/shop/t/14/assets/global.js?v=149496944046504657681%(v)s" defer="defer"></script>
    <script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.start');</script>
    <meta name="shopify-checkout-api-token" content="3f6c1d0b9a8e7f6a5b4c3d2e1f0a9b8c">
    <meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/61234567890/digital_wallets/dialog">
    <script id="shopify-features" type="application/json">{"accessToken":"3f6c1d0b9a8e7f6a5b4c3d2e1f0a9b8c","betas":["rich-media-storefront-analytics"],"domain":"kizunafit.jp","predictiveSearch":false,"shopId":61234567890,"locale":"ja"}</script>
    <script>var Shopify = Shopify || {};
Shopify.shop = "kizuna-fit.myshopify.com";
Shopify.locale = "ja";
Shopify.currency = {"active":"JPY","rate":"1.0"};
Shopify.country = "JP";
Shopify.theme = {"name":"Dawn 12.0 - KIZUNA","id":138765432101,"schema_name":"Dawn","schema_version":"12.0.0","theme_store_id":887,"role":"main"};
Shopify.routes = Shopify.routes || {};
Shopify.routes.root = "/";</script>
    <script>(function() {
  var __st={"a":61234567890,"offset":32400,"reqid":"%(reqid)s","pageurl":"kizunafit.jp\\/policies\\/privacy-policy","u":"8c2f4e6a1b3d","p":"policy"};
  window.ShopifyAnalytics = window.ShopifyAnalytics || {};
  window.ShopifyAnalytics.meta = {"currency":"JPY","page":{"pageType":"policy"}};
})();</script>
    <script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.end');</script>
    <link href="//kizunafit.jp/cdn/shop/t/14/assets/base.css?v=165191016556652226921%(v)s" rel="stylesheet" type="text/css" media="all" />
  </head>
  <body class="gradient">
    <a class="skip-to-content-link button visually-hidden" href="#MainContent">コンテンツに進む</a>
    <div id="shopify-section-sections--16372036911321__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section"><div class="utility-bar color-scheme-2 gradient utility-bar--bottom-border">
      <div class="page-width utility-bar__grid"><div class="announcement-bar" role="region" aria-label="告知">
        <div class="page-width"><p class="announcement-bar__message h5"><span>%(announce)s</span></p></div>
      </div>
      <div class="localization-wrapper"><localization-form class="small-hide medium-hide"><form method="post" action="/localization" id="HeaderCountryFormNoScript" accept-charset="UTF-8" class="localization-form" enctype="multipart/form-data"><input type="hidden" name="form_type" value="localization" /><input type="hidden" name="utf8" value="✓" /><input type="hidden" name="_method" value="put" /><input type="hidden" name="return_to" value="/policies/privacy-policy" />
        <button type="button" class="disclosure__button localization-form__select" aria-expanded="false">日本 | JPY ¥</button></form></localization-form></div></div></div></div>
    <div id="shopify-section-sections--16372036911321__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
      <header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
        <a href="/" class="header__heading-link link link--text focus-inset"><img src="//kizunafit.jp/cdn/shop/files/kizuna_logo.png?v=1681203344&amp;width=600" alt="KIZUNA FIT 公式オンラインストア" width="140" height="32" class="header__heading-logo motion-reduce"></a>
        <nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
          <li><a href="/collections/smart-band" class="header__menu-item list-menu__item link link--text focus-inset"><span>スマートバンド</span></a></li>
          <li><a href="/collections/smartwatch" class="header__menu-item list-menu__item link link--text focus-inset"><span>スマートウォッチ</span></a></li>
          <li><a href="/collections/scale" class="header__menu-item list-menu__item link link--text focus-inset"><span>体組成計</span></a></li>
          <li><a href="/pages/app" class="header__menu-item list-menu__item link link--text focus-inset"><span>アプリ</span></a></li>
          <li><a href="/pages/support" class="header__menu-item list-menu__item link link--text focus-inset"><span>サポート</span></a></li>
        </ul></nav>
        <div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">ログイン</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">カート</span></a></div>
      </header></sticky-header></div>
    <main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
      <div class="shopify-policy__container">
        <div class="shopify-policy__title">
          %(title)s
        </div>
        <div class="shopify-policy__body">
          <div class="rte">
%(body)s
          </div>
        </div>
      </div>
    </main>
    <div id="shopify-section-sections--16372036813017__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient section-sections--16372036813017__footer-padding">
      <div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
        <div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">ガイド</h2><ul class="footer-block__details-content list-unstyled">
          <li><a href="/pages/shipping" class="link link--text list-menu__item list-menu__item--link">配送・送料について</a></li>
          <li><a href="/policies/refund-policy" class="link link--text list-menu__item list-menu__item--link">返品・交換について</a></li>
          <li><a href="/policies/legal-notice" class="link link--text list-menu__item list-menu__item--link">特定商取引法に基づく表記</a></li>
          <li><a href="/policies/privacy-policy" class="link link--text list-menu__item list-menu__item--link list-menu__item--active" aria-current="page">プライバシーポリシー</a></li></ul></div>
        <div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">KIZUNA Fit アプリ</h2><div class="footer-block__details-content rte">
          <p><a href="https://apps.apple.com/jp/app/kizuna-fit/id1456789012" class="app-badge app-badge--ios"><img src="//kizunafit.jp/cdn/shop/files/badge_appstore_ja.svg?v=1662011020" alt="App Storeからダウンロード" width="120" height="40"></a> <span class="app-rating">★ %(ios)s（%(ios_n)s件の評価）</span></p>
          <p><a href="https://play.google.com/store/apps/details?id=jp.kizunafit.app" class="app-badge app-badge--android"><img src="//kizunafit.jp/cdn/shop/files/badge_googleplay_ja.png?v=1662011020" alt="Google Play で手に入れよう" width="135" height="40"></a> <span class="app-rating">★ %(gp)s（%(gp_n)s件のレビュー）</span></p>
        </div></div>
        <div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">ニュースレター</h2>
          <form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer" /><input type="hidden" name="utf8" value="✓" /><input type="hidden" name="contact[tags]" value="newsletter">
            <div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--16372036813017__footer" type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="メールアドレス" required><label class="field__label" for="NewsletterForm--sections--16372036813017__footer">メールアドレス</label><button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="登録"></button></div></div></form></div></div>
      </div></div>
      <div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; %(year)d, <a href="/" title="">KIZUNA FIT 公式オンラインストア</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com/ja?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></small></div></div>
    </footer></div>
    <script src="//kizunafit.jp/cdn/shop/t/14/assets/details-disclosure.js?v=13653116266235556501%(v)s" defer="defer"></script>
    <script src="//kizunafit.jp/cdn/shop/t/14/assets/localization-form.js?v=161644695336821385561%(v)s" defer="defer"></script>
  </body>
</html>
""" % {"v": v, "reqid": s["reqid"], "announce": ANNOUNCE[s["announce"]], "title": C.blocks_html(title),
       "body": C.blocks_html(rest), "ios": ios, "ios_n": "{:,}".format(ios_n), "gp": gp, "gp_n": "{:,}".format(gp_n),
       "year": when.year}


PAGE = {
    "service": "KIZUNA FIT",
    "url": "https://kizunafit.jp/policies/privacy-policy",
    "lang": "ja",
    "platform": "Shopify (Dawn 12)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-ShopId", "61234567890"), ("X-Shopify-Stage", "production"), ("Server", "cloudflare"),
                      ("Content-Language", "ja")),
    "n": 29,
    "start": dt.date(2023, 6, 1),
    "end": dt.date(2025, 12, 1),
    "hours": (0, 1, 12, 13),
    "policy": POLICY,
    "first_updated": dt.date(2023, 4, 1),
    "fmt_date": lambda d: "%d年%d月%d日" % (d.year, d.month, d.day),
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://kizunafit.jp/policies/privacy-policy", "select": ".shopify-policy__container"},
}
