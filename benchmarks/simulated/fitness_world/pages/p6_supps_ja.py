"""Japanese supplements and protein D2C shop on Shopify (Dawn theme), /policies/privacy-policy. Fairly clean: the
`__st` request id per visit, theme asset `?v=` versions and theme ids on theme publishes, an announcement bar
with sale countdowns; all outside the declared `.shopify-policy__container`."""
import datetime as dt
import html

import common as C

POLICY = """# プライバシーポリシー

株式会社ハルミナ（以下「当社」といいます。）は、当社が運営するオンラインストア「HALMINA 公式オンラインストア」（以下「本ストア」といいます。）および定期便サービスにおいて取得するお客様の個人情報を、個人情報の保護に関する法律（以下「個人情報保護法」といいます。）その他の関係法令を遵守し、以下のとおり適切に取り扱います。

## 1. 取得する個人情報

当社は、本ストアのご利用にあたり、次の個人情報を取得します。

- 氏名、住所、電話番号、メールアドレス、生年月日、性別
- 配送先の氏名、住所および電話番号
- ご注文内容、定期便のご契約内容、お支払い方法（クレジットカード番号そのものは当社では保持しません）
- アンケートやお問い合わせでお客様からご提供いただいた情報（体重・運動習慣・目的など）
- Cookie、IPアドレス、閲覧履歴、ご利用端末の情報

## 2. 利用目的

当社は、取得した個人情報を以下の目的で利用します。

- 商品の発送、定期便の管理、代金の請求およびアフターサービスのため
- ご注文やお問い合わせに関するご連絡のため
- 新商品、キャンペーン、メールマガジン、LINE公式アカウントでのお知らせ等のご案内のため（配信停止はいつでも可能です）
- お客様の目的に合わせた商品のご提案や、サービス改善のための統計データ作成のため
- 不正注文の防止および利用規約に違反する行為への対応のため

## 3. 第三者提供

当社は、次の場合を除き、あらかじめお客様の同意を得ることなく個人情報を第三者に提供しません。

- 法令に基づく場合
- 人の生命、身体または財産の保護のために必要があり、本人の同意を得ることが困難な場合
- 公衆衛生の向上または児童の健全な育成の推進のために特に必要がある場合
- 国の機関もしくは地方公共団体またはその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合

## 4. 業務委託

当社は、利用目的の達成に必要な範囲内で、個人情報の取扱いの全部または一部を以下の事業者に委託しています。委託にあたっては、個人情報を適切に取り扱っていると認められる委託先を選定し、必要かつ適切な監督を行います。

| 委託先 | 委託内容 |
| Shopify Inc. | ECサイトの運営基盤の提供 |
| ヤマト運輸株式会社 | 商品の配送 |
| 株式会社ネットプロテクションズ | 後払い決済（NP後払い） |
| 株式会社スクロール360 | 物流倉庫での受注処理・梱包 |
| LINEヤフー株式会社 | LINE公式アカウントによるメッセージ配信 |

## 5. 外国にある第三者への提供

本ストアは、カナダに所在するShopify Inc.が提供するシステムを利用しており、お客様の個人情報はShopify Inc.およびそのグループ会社が管理するサーバー（カナダ、米国その他の国）に保存されます。カナダは個人情報保護委員会により個人情報の保護に関する制度が日本と同等の水準にあると認められた国ではありませんが、連邦法である個人情報保護及び電子文書法（PIPEDA）が定められています。Shopify Inc.は個人情報の取扱いに関する規程を定め、適切な安全管理措置を講じています。

## 6. 安全管理措置

当社は、個人情報の漏えい、滅失またはき損の防止その他の安全管理のため、次の措置を講じています。

- 個人情報の取扱いに関する規程の策定および従業者への定期的な研修
- 管理システムへのアクセス権限の制限と二要素認証の導入
- 通信のSSL/TLSによる暗号化
- 委託先との間で個人情報の取扱いに関する契約の締結

## 6-2. 定期便とマイページについて

定期便をご利用のお客様については、お届け周期、次回お届け予定日、スキップ・解約の履歴をマイページで管理しています。解約後も、法令上の保存義務がある取引記録を除き、お客様がマイページから会員登録を削除されるまで、ご注文履歴を保持します。会員登録を削除された場合、当社は削除の日から30日以内にお客様の個人情報を消去または匿名化します。ただし、会計帳簿の作成に必要な取引記録は、法令に従い7年間保存します。

## 6-3. 匿名加工情報・仮名加工情報について

当社は、商品開発やサービス改善のために、個人情報を特定の個人を識別できないよう加工した統計情報を作成し、利用することがあります。この統計情報は個人を識別できる形で第三者に提供することはありません。当社が匿名加工情報を作成し第三者に提供する場合には、法令に従い、その項目および提供の方法を本ストア上で公表します。

## 7. 開示等のご請求

お客様は、当社が保有する個人データについて、利用目的の通知、開示、訂正・追加・削除、利用停止・消去および第三者提供の停止を請求することができます。ご請求の際は、下記お問い合わせ窓口までご連絡ください。ご本人確認のうえ、法令に従い遅滞なく対応いたします。なお、開示請求については1件につき1,000円（税込）の手数料をいただきます。

## 8. Cookie等の利用について

本ストアでは、サービスの利便性向上、アクセス解析および広告配信のためにCookieおよび類似の技術を使用しています。当社はGoogle アナリティクス、Meta広告、LINE Tagを利用しており、これらの事業者がCookieを通じて閲覧情報を取得することがあります。ブラウザの設定によりCookieを無効にすることができますが、その場合はカート機能など本ストアの一部をご利用いただけないことがあります。

## 9. 本ポリシーの改定

当社は、法令の改正やサービス内容の変更に応じて、本ポリシーを改定することがあります。重要な変更を行う場合には、本ストア上でお知らせします。

## 10. お問い合わせ窓口

本ポリシーに関するお問い合わせは、下記窓口までお願いいたします。

@ 株式会社ハルミナ　個人情報お問い合わせ窓口
@ 〒150-0001 東京都渋谷区神宮前五丁目28番7号 神宮前ファーストビル4階
@ 電話：0120-418-723（受付時間 平日10:00〜17:00）
@ メール：support@halmina.jp
@ 個人情報保護管理者：取締役 佐藤美咲

制定日：2021年4月1日

最終改定日：{UPDATED}"""

EDITS = [
    {"note": "logistics processor replaced (Scroll360 -> Ecolo)",
     "repl": [("| 株式会社スクロール360 | 物流倉庫での受注処理・梱包 |", "| 株式会社エコロジスティクス | 物流倉庫での受注処理・梱包・同梱物の封入 |")]},
    {"note": "processor row added (Amazon Pay)",
     "repl": [("| 株式会社ネットプロテクションズ | 後払い決済（NP後払い） |",
               "| 株式会社ネットプロテクションズ | 後払い決済（NP後払い） |\n| アマゾンジャパン合同会社 | Amazon Payによる決済 |")]},
    {"note": "disclosure fee removed",
     "repl": [("なお、開示請求については1件につき1,000円（税込）の手数料をいただきます。",
               "なお、開示請求の手数料は無料です。")]},
    {"note": "new section: reviews and UGC",
     "repl": [("## 6. 安全管理措置",
               "## 5-2. レビュー投稿について\n\n商品レビューを投稿された場合、ニックネーム、年代、投稿内容および写真は本ストア上に公開されます。"
               "レビューの管理にはYotpo Ltd.（イスラエル）のサービスを利用しています。\n\n## 6. 安全管理措置")]},
    {"note": "phone reception hours changed, no date bump", "bump": False,
     "repl": [("（受付時間 平日10:00〜17:00）", "（受付時間 平日10:00〜18:00）")]},
]

ANNOUNCE = [
    ("sale", "【期間限定】ホエイプロテイン全品20%OFF｜終了まであと{d}日"),
    ("ship", "6,000円（税込）以上のご購入で送料無料"),
    ("teiki", "定期便なら初回50%OFF・2回目以降もずっと15%OFF"),
    ("new", "新発売：ソイプロテイン 抹茶ラテ風味｜先着1,000名様にシェイカープレゼント（残り{n}個）"),
]


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def noise(rng, when, i, prev):
    prev = prev or {}
    theme = C.keep_or(rng, prev.get("theme"), 0.2, lambda: (rng.randint(5, 19), rng.randint(10 ** 18, 10 ** 19 - 1)))
    ann = C.keep_or(rng, prev.get("announcement"), 0.35, lambda: rng.randrange(len(ANNOUNCE)))
    return {"theme": theme, "announcement": ann,
            "reqid": "%s-%d" % (C.uuid4(rng), C.epoch(when)), "stock": rng.randint(12, 900)}


LABELS = {"theme": "theme publish (asset ?v= and theme id)", "announcement": "announcement bar promotion",
          "reqid": "__st request id", "stock": "announcement countdown / remaining stock"}


def render(state, blocks, when):
    tid, v = state["theme"]
    key, msg = ANNOUNCE[state["announcement"]]
    msg = msg.replace("{d}", str(7 - when.weekday())).replace("{n}", str(state["stock"]))
    title = blocks[0][1]
    body = []
    for kind, val in blocks[1:]:
        if kind == "addr":
            body.append("<p>%s</p>" % "<br>".join(C.inline_html(x) for x in val))
        elif kind == "table":
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r) for r in val[1:])
            head = "".join("<th>%s</th>" % C.inline_html(x) for x in val[0])
            body.append("<table><thead><tr>%s</tr></thead><tbody>%s</tbody></table>" % (head, rows))
        else:
            body.append(C.block_html((kind, val)))
    asset = lambda name: "//halmina.jp/cdn/shop/t/%d/assets/%s?v=%d" % (tid, name, v + len(name))
    return """<!doctype html>
<html class="no-js" lang="ja">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="theme-color" content="">
    <link rel="canonical" href="https://halmina.jp/policies/privacy-policy"><link rel="preconnect" href="https://cdn.shopify.com" crossorigin><link rel="icon" type="image/png" href="//halmina.jp/cdn/shop/files/favicon_32x32.png?crop=center&height=32&v=1651234567&width=32">
    <title>プライバシーポリシー &ndash; HALMINA 公式オンラインストア</title>
<meta property="og:site_name" content="HALMINA 公式オンラインストア">
<meta property="og:url" content="https://halmina.jp/policies/privacy-policy">
<meta property="og:title" content="プライバシーポリシー">
<meta property="og:type" content="website">
<meta property="og:description" content="毎日のカラダづくりに、続けられるおいしさを。国内製造のプロテイン・サプリメント。">
    <script src="%s" defer="defer"></script>
    <script src="%s" defer="defer"></script>
    <script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.start');</script><meta name="google-site-verification" content="q8WmZr3Ys1kT0e5bHc7nPv2LxJd9aF4gU6iNoB3tQ1E">
<meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/61834207251/digital_wallets/dialog">
<meta name="shopify-checkout-api-token" content="7c1e09b4f3d2a6e58b0c4f1a9d3e7b26">
<script async="async" src="/checkouts/internal/preloads.js?locale=ja-JP"></script>
<script id="shopify-features" type="application/json">{"accessToken":"7c1e09b4f3d2a6e58b0c4f1a9d3e7b26","betas":["rich-media-storefront-analytics"],"domain":"halmina.jp","predictiveSearch":false,"shopId":61834207251,"locale":"ja"}</script>
<script>var Shopify = Shopify || {};
Shopify.shop = "halmina-jp.myshopify.com";
Shopify.locale = "ja";
Shopify.currency = {"active":"JPY","rate":"1.0"};
Shopify.country = "JP";
Shopify.theme = {"name":"Dawn","id":%d,"schema_name":"Dawn","schema_version":"12.0.0","theme_store_id":887,"role":"main"};
Shopify.theme.handle = "null";
Shopify.theme.style = {"id":null,"handle":null};
Shopify.cdnHost = "halmina.jp/cdn";
Shopify.routes = Shopify.routes || {};
Shopify.routes.root = "/";</script>
<script type="module">!function(o){(o.Shopify=o.Shopify||{}).modules=!0}(window);</script>
<script>(function() {
  var __st={"a":61834207251,"offset":32400,"reqid":"%s","pageurl":"halmina.jp\\/policies\\/privacy-policy","u":"5c2e81a7d4f3","p":"policy"};
  window.ShopifyAnalytics = window.ShopifyAnalytics || {};
  window.ShopifyAnalytics.meta = window.ShopifyAnalytics.meta || {};
  window.ShopifyAnalytics.meta.currency = 'JPY';
  var meta = {"page":{"pageType":"policy"}};
  for (var attr in meta) { window.ShopifyAnalytics.meta[attr] = meta[attr]; }
})();</script>
<script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.end');</script>
    <link href="%s" rel="stylesheet" type="text/css" media="all" />
    <link href="%s" rel="stylesheet" type="text/css" media="all" />
  </head>
  <body class="gradient">
    <a class="skip-to-content-link button visually-hidden" href="#MainContent">コンテンツにスキップ</a>
<!-- BEGIN sections: header-group -->
<div id="shopify-section-sections--16482910273811__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section"><div class="announcement-bar color-accent-1 gradient" role="region" aria-label="告知" ><div class="page-width"><p class="announcement-bar__message h5" data-promo="%s"><span>%s</span></p></div></div>
</div><div id="shopify-section-sections--16482910273811__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-background-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<h1 class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img src="//halmina.jp/cdn/shop/files/halmina_logo.png?v=1651234890&amp;width=600" alt="HALMINA 公式オンラインストア" width="140" height="35" class="header__heading-logo motion-reduce"></div></a></h1>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list"><li><a href="/collections/protein" class="header__menu-item list-menu__item link link--text focus-inset"><span>プロテイン</span></a></li><li><a href="/collections/supplements" class="header__menu-item list-menu__item link link--text focus-inset"><span>サプリメント</span></a></li><li><a href="/pages/teiki" class="header__menu-item list-menu__item link link--text focus-inset"><span>定期便</span></a></li><li><a href="/blogs/column" class="header__menu-item list-menu__item link link--text focus-inset"><span>コラム</span></a></li></ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">ログイン</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">カート</span></a></div>
</header></sticky-header></div>
<!-- END sections: header-group -->
    <main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
      <div class="shopify-policy__container">
        <div class="shopify-policy__title">
          <h1>%s</h1>
        </div>

        <div class="shopify-policy__body">
          <div class="rte">
            %s
          </div>
        </div>
      </div>
    </main>
<!-- BEGIN sections: footer-group -->
<div id="shopify-section-sections--16482910306579__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-background-1 gradient section-sections--16482910306579__footer-padding"><div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">ご利用ガイド</h2><ul class="footer-block__details-content list-unstyled"><li><a href="/pages/faq" class="link link--text list-menu__item list-menu__item--link">よくあるご質問</a></li><li><a href="/pages/tokushoho" class="link link--text list-menu__item list-menu__item--link">特定商取引法に基づく表記</a></li><li><a href="/policies/privacy-policy" class="link link--text list-menu__item list-menu__item--link list-menu__item--active">プライバシーポリシー</a></li><li><a href="/policies/terms-of-service" class="link link--text list-menu__item list-menu__item--link">利用規約</a></li></ul></div></div></div><div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; %d, <a href="/" title="">HALMINA 公式オンラインストア</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com/jp?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></small></div></div></footer></div>
<!-- END sections: footer-group -->
    <script>window.shopUrl = 'https://halmina.jp'; window.routes = {cart_add_url: '/cart/add', cart_change_url: '/cart/change', cart_update_url: '/cart/update', cart_url: '/cart', predictive_search_url: '/search/suggest'};</script>
    <script src="%s" defer="defer"></script>
  </body>
</html>
""" % (asset("constants.js"), asset("pubsub.js"), 130000000000 + tid * 1013, state["reqid"], asset("base.css"),
       asset("component-list-menu.css"), key, html.escape(msg), html.escape(title), "\n".join(body), when.year,
       asset("global.js"))


PAGE = {
    "service": "HALMINA",
    "url": "https://halmina.jp/policies/privacy-policy",
    "lang": "ja",
    "platform": "Shopify (Dawn 12)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-ShopId", "61834207251"), ("Powered-By", "Shopify"),
                      ("X-Shopify-Stage", "production")),
    "n": 29,
    "start": dt.date(2022, 4, 1),
    "end": dt.date(2025, 1, 31),
    "hours": (0, 3, 12),
    "policy": POLICY,
    "first_updated": dt.date(2022, 4, 1) - dt.timedelta(days=40),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://halmina.jp/policies/privacy-policy", "select": ".shopify-policy__container"},
}
