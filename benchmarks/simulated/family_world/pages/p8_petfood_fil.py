"""BusogPaws PH: a Philippine pet-food subscription's Patakaran sa Privacy, Shopify's own policy page
(/policies/privacy-policy) on the Dawn theme, upgraded from Dawn 9.0.0 to 12.0.0 in July 2024 (header, announcement
slider and footer markup change; the `shopify-policy__container` stays). Per visit: the analytics requestId and the
web-pixels page id; the announcement bar's promotion rotates. Fairly clean: nothing volatile inside the container."""
import datetime as dt
import json

import common as C

URL = "https://busogpaws.ph/policies/privacy-policy"
DAWN12 = dt.datetime(2024, 7, 9)

POLICY = """# Patakaran sa Privacy

Huling na-update: {UPDATED}

Ang BusogPaws PH ay isang online na tindahan at subscription service ng pagkain, treats at iba pang pangangailangan ng aso at pusa, na ihinahatid sa inyong bahay buwan-buwan. Pinahahalagahan namin ang inyong privacy. Ipinapaliwanag ng patakarang ito kung anong personal na impormasyon ang kinokolekta namin kapag bumibisita kayo sa busogpaws.ph, nag-o-order o nag-su-subscribe, paano namin ito ginagamit at pinoprotektahan, at ano ang inyong mga karapatan sa ilalim ng Data Privacy Act of 2012 (Republic Act No. 10173).

## Sino kami

@ BusogPaws Pet Supplies Inc.
@ Unit 1203, The Trade and Financial Tower, 7th Avenue kanto ng 32nd Street
@ Bonifacio Global City, Taguig City 1634
@ Telepono: (02) 8700 1234

Mayroon kaming Data Protection Officer (DPO) na maaari ninyong sulatan sa [dpo@busogpaws.ph](mailto:dpo@busogpaws.ph).

## Anong impormasyon ang kinokolekta namin

**Impormasyong ibinibigay ninyo:**

- pangalan, email address, numero ng mobile at address para sa delivery at billing;
- impormasyon tungkol sa inyong alaga: pangalan, uri (aso o pusa), lahi, edad, timbang at mga allergy sa pagkain;
- mga detalye ng inyong subscription: produkto, dami, iskedyul ng delivery;
- mga mensahe ninyo sa aming customer service sa chat, email o Viber.

**Impormasyong awtomatikong nakokolekta:** IP address, uri ng device at browser, mga pahinang binisita ninyo, at impormasyon mula sa cookies at katulad na teknolohiya.

**Impormasyon sa pagbabayad:** Hindi namin nakikita o iniimbak ang buong numero ng inyong card. Ang pagbabayad ay pinoproseso ng aming mga payment partner.

## Paano namin ginagamit ang inyong impormasyon

| Layunin | Batayan |
| Pagproseso at pag-deliver ng order at subscription | Kontrata |
| Pagpapadala ng paalala bago ang susunod na delivery | Kontrata |
| Pagrerekomenda ng tamang pagkain at dami para sa inyong alaga | Kontrata at lehitimong interes |
| Pagsagot sa mga tanong at reklamo | Kontrata |
| Pagpapadala ng promo at newsletter | Pahintulot |
| Pag-iwas sa panloloko at pagprotekta sa aming website | Lehitimong interes |
| Pagsunod sa batas, gaya ng mga resibo at buwis | Legal na obligasyon |

### Subscription at awtomatikong pagsingil

Kapag nag-subscribe kayo, itinatago ng aming subscription partner ang isang token ng inyong card o e-wallet para awtomatikong masingil ang bawat delivery. Tatlong araw bago ang bawat singil, padadalhan namin kayo ng paalala sa email o SMS para mapalitan ninyo ang produkto, ma-skip ang isang buwan, o ma-cancel ang subscription. Kapag kinansela ninyo ang subscription, buburahin ang token sa susunod na billing cycle.

### Promo at newsletter

Padadalhan lamang namin kayo ng promo sa email, SMS o Viber kung pumayag kayo. Maaari kayong mag-unsubscribe anumang oras sa pamamagitan ng link sa bawat email, sa pag-reply ng STOP sa SMS, o sa settings ng inyong account. Hindi maaapektuhan ng pag-unsubscribe ang mga mensahe tungkol sa inyong order at delivery.

## Kanino namin ibinabahagi ang impormasyon

Hindi namin ibinebenta ang inyong personal na impormasyon. Ibinabahagi lamang namin ito sa mga kumpanyang tumutulong sa amin na patakbuhin ang serbisyo, at sa kinakailangang lawak lamang:

| Kumpanya | Gawain |
| Shopify | Platform ng aming online na tindahan |
| Recharge | Pamamahala ng subscription |
| PayMongo | Pagproseso ng bayad sa card, GCash at Maya |
| J&T Express at Ninja Van | Delivery ng mga order |
| Klaviyo | Pagpapadala ng email at SMS |
| Meta at Google | Advertising at analytics, kung pumayag kayo sa cookies |

Ang ilan sa mga kumpanyang ito ay nag-iimbak ng datos sa labas ng Pilipinas, gaya ng sa Estados Unidos at Singapore. Tinitiyak namin sa pamamagitan ng kontrata na pinoprotektahan nila ang inyong impormasyon ayon sa pamantayan ng Data Privacy Act.

## Cookies

Gumagamit ang aming website ng cookies para gumana ang cart at checkout, para matandaan ang inyong mga pinili, at, kung papayag kayo, para sa analytics at advertising. Maaari ninyong baguhin ang inyong pahintulot anumang oras sa pamamagitan ng link na Cookie Settings sa ibaba ng bawat pahina, o sa settings ng inyong browser.

## Gaano katagal namin itinatago ang impormasyon

- Impormasyon ng account at ng alaga: habang aktibo ang inyong account, at hanggang 2 taon matapos ang huling order.
- Mga rekord ng transaksyon at resibo: 5 taon, ayon sa hinihingi ng batas sa buwis.
- Mga mensahe sa customer service: 2 taon.
- Listahan ng newsletter: hanggang bawiin ninyo ang inyong pahintulot.

Pagkatapos ng mga panahong ito, binubura o ginagawa naming anonymous ang impormasyon.

## Seguridad

Gumagamit kami ng encryption (HTTPS) sa buong website, limitadong access para sa aming mga empleyado, at two-factor authentication sa aming mga system. Gayunman, walang sistemang ganap na ligtas. Kung magkaroon ng data breach na maaaring makaapekto sa inyo, aabisuhan namin kayo at ang National Privacy Commission ayon sa itinakda ng batas.

## Mga menor de edad

Ang aming serbisyo ay para sa mga may edad 18 pataas. Hindi kami sadyang nangongolekta ng impormasyon mula sa mga bata. Kung nalaman ninyong nagbigay ng impormasyon ang isang bata, makipag-ugnayan sa amin at buburahin namin ito.

## Ang inyong mga karapatan

Sa ilalim ng Data Privacy Act, may karapatan kayong:

- malaman kung pinoproseso namin ang inyong personal na impormasyon;
- ma-access at makakuha ng kopya ng inyong impormasyon;
- ipatama ang maling impormasyon;
- tumutol sa pagproseso at bawiin ang inyong pahintulot;
- ipabura o ipa-block ang inyong impormasyon;
- magsampa ng reklamo at humingi ng danyos kung nilabag ang inyong mga karapatan.

Para gamitin ang mga karapatang ito, sumulat sa [dpo@busogpaws.ph](mailto:dpo@busogpaws.ph). Sasagutin namin kayo sa loob ng 15 araw ng trabaho. Kung hindi kayo nasiyahan sa aming tugon, maaari kayong magreklamo sa National Privacy Commission sa [privacy.gov.ph](https://privacy.gov.ph).

## Mga pagbabago sa patakarang ito

Maaari naming baguhin ang patakarang ito paminsan-minsan. Ipapaalam namin sa inyo sa pamamagitan ng email ang mahahalagang pagbabago bago ito magkabisa."""

MONTHS = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre",
          "Nobyembre", "Disyembre"]


def fmt_date(d):
    return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)


EDITS = [
    {"note": "typo fixed (ihinahatid -> inihahatid), no new date", "bump": False,
     "repl": [("na ihinahatid sa inyong bahay", "na inihahatid sa inyong bahay")]},
    {"note": "delivery partner Lalamove added to the table",
     "repl": [("| J&T Express at Ninja Van | Delivery ng mga order |",
               "| J&T Express at Ninja Van | Delivery ng mga order |\n| Lalamove | Same-day delivery sa Metro Manila |")]},
    {"note": "sentence added: pet health details used only for food recommendations",
     "repl": [("**Impormasyon sa pagbabayad:**",
               "Ginagamit lamang namin ang impormasyon tungkol sa kalusugan ng inyong alaga, gaya ng allergy at "
               "timbang, para irekomenda ang tamang pagkain at hindi ito ibinabahagi sa mga advertiser.\n\n"
               "**Impormasyon sa pagbabayad:**")]},
    {"note": "transaction records retention: 5 -> 10 years",
     "repl": [("- Mga rekord ng transaksyon at resibo: 5 taon,", "- Mga rekord ng transaksyon at resibo: 10 taon,")]},
    {"note": "office phone number changed",
     "repl": [("@ Telepono: (02) 8700 1234", "@ Telepono: (02) 8876 5432")]},
    {"note": "new section on reviews and pet photos",
     "repl": [("## Cookies\n",
               "## Mga review at larawan ng alaga\n\n"
               "Kapag nag-post kayo ng review o larawan ng inyong alaga sa aming website, makikita ito ng publiko "
               "kasama ang inyong unang pangalan at ang unang letra ng inyong apelyido. Maaari naming gamitin ang "
               "larawan sa aming social media kung bibigyan ninyo kami ng pahintulot. Maaari ninyong ipabura ang "
               "inyong review anumang oras.\n\n"
               "## Cookies\n")]},
]

PROMOS = ["Libreng delivery sa Metro Manila para sa order na ₱1,500 pataas",
          "10% off sa unang subscription gamit ang code BUSOG10",
          "Bagong dating: grain-free na pagkain para sa pusa",
          "Mag-subscribe at makatipid ng 15% bawat buwan",
          "Payday sale: hanggang 20% off sa treats hanggang Linggo",
          "Libreng sample ng dental chews sa bawat bagong subscriber"]


def noise(rng, when, i, prev):
    prev = prev or {}
    return {
        "requestId": C.uuid4(rng) + "-" + str(int(C.epoch(when))),
        "pageId": C.uuid4(rng),
        "promo": C.keep_or(rng, prev.get("promo"), 0.4, lambda: sorted(rng.sample(range(len(PROMOS)), 2))),
        "dawn12": when >= DAWN12,
    }


LABELS = {"requestId": "Shopify analytics requestId", "pageId": "web-pixels page id",
          "promo": "announcement bar promotions", "dawn12": "Dawn 9.0.0 -> 12.0.0 theme upgrade"}


def render(state, blocks, when):
    d12 = state["dawn12"]
    theme = ({"name": "Dawn", "id": 138912345678, "schema_name": "Dawn", "schema_version": "12.0.0",
              "theme_store_id": 887, "role": "main"} if d12 else
             {"name": "Dawn", "id": 131204567890, "schema_name": "Dawn", "schema_version": "9.0.0",
              "theme_store_id": 887, "role": "main"})
    promos = [PROMOS[k] for k in state["promo"]]
    if d12:
        ann = ('<div class="utility-bar color-scheme-2 gradient utility-bar--bottom-border"><div class="page-width utility-bar__grid">'
               '<slideshow-component class="announcement-bar" role="region" aria-roledescription="Carousel" aria-label="Anunsyo">'
               '<div class="announcement-bar-slider slider-buttons"><div class="grid grid--1-col slider slider--everywhere" id="Slider-sections--17412345678901__announcement-bar" aria-live="polite" aria-atomic="true" data-autoplay="true" data-speed="5">%s</div></div>'
               '</slideshow-component></div></div>'
               % "".join('<div class="slideshow__slide slider__slide grid__item grid--1-col" id="Slide-sections--17412345678901__announcement-bar-%d" role="group" aria-roledescription="Anunsyo" aria-label="%d ng 2" tabindex="-1">'
                         '<div class="announcement-bar__announcement" role="region" aria-label="Anunsyo"><p class="announcement-bar__message h5"><span>%s</span></p></div></div>'
                         % (k + 1, k + 1, p) for k, p in enumerate(promos)))
        header = ('<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">'
                  '<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-social header--has-account">'
                  '<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"></summary></details></header-drawer>'
                  '<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img src="//busogpaws.ph/cdn/shop/files/busogpaws-logo.png?v=1719301234&amp;width=600" alt="BusogPaws PH" width="180" height="60" class="header__heading-logo motion-reduce"></div></a>'
                  '<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">'
                  '<li><a href="/collections/aso" class="header__menu-item list-menu__item link link--text focus-inset"><span>Para sa Aso</span></a></li>'
                  '<li><a href="/collections/pusa" class="header__menu-item list-menu__item link link--text focus-inset"><span>Para sa Pusa</span></a></li>'
                  '<li><a href="/pages/subscription" class="header__menu-item list-menu__item link link--text focus-inset"><span>Subscription</span></a></li>'
                  '<li><a href="/pages/faq" class="header__menu-item list-menu__item link link--text focus-inset"><span>FAQ</span></a></li></ul></nav>'
                  '<div class="header__icons header__icons--localization header-localization"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Mag-log in</span></a>'
                  '<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header></sticky-header>')
        css = "//busogpaws.ph/cdn/shop/t/7/assets/base.css?v=144968985024194912401719301234"
    else:
        ann = ('<div class="announcement-bar" role="region" aria-label="Anunsyo"><div class="page-width">'
               '<p class="announcement-bar__message center h5">%s</p></div></div>' % promos[0])
        header = ('<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-background-1 gradient header-wrapper--border-bottom">'
                  '<header class="header header--middle-left header--mobile-center page-width header--has-menu">'
                  '<a href="/" class="header__heading-link link link--text focus-inset"><img src="//busogpaws.ph/cdn/shop/files/logo-busogpaws.png?v=1671234567&amp;width=500" alt="BusogPaws PH" width="160" height="54" class="header__heading-logo"></a>'
                  '<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">'
                  '<li><a href="/collections/aso" class="header__menu-item list-menu__item link link--text focus-inset">Para sa Aso</a></li>'
                  '<li><a href="/collections/pusa" class="header__menu-item list-menu__item link link--text focus-inset">Para sa Pusa</a></li>'
                  '<li><a href="/pages/subscription" class="header__menu-item list-menu__item link link--text focus-inset">Subscription</a></li></ul></nav>'
                  '<div class="header__icons"><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header></sticky-header>')
        css = "//busogpaws.ph/cdn/shop/t/4/assets/base.css?v=88290808517547527771671234567"
    title, rest = blocks[0], blocks[1:]
    meta = {"currency": "PHP", "variantValues": {}, "page": {"pageType": "policy", "requestId": state["requestId"]}}
    return """<!doctype html>
<html class="no-js" lang="fil">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="theme-color" content="">
    <link rel="canonical" href="%s">
    <link rel="preconnect" href="https://cdn.shopify.com" crossorigin>
    <title>
      Patakaran sa Privacy
 &ndash; BusogPaws PH</title>
    <meta property="og:site_name" content="BusogPaws PH">
    <meta property="og:url" content="%s">
    <meta property="og:title" content="Patakaran sa Privacy">
    <meta property="og:type" content="website">
    <script src="//busogpaws.ph/cdn/shop/t/%d/assets/constants.js?v=58251544750838685771671234567" defer="defer"></script>
    <script src="//busogpaws.ph/cdn/shop/t/%d/assets/global.js?v=149496944046504657681671234567" defer="defer"></script>
    <script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.start');</script><meta name="facebook-domain-verification" content="x7k2m9q4w8e1r5t6y3u0i2o4p6a8s1">
<meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/61234567890/digital_wallets/dialog">
<script async="async" src="/checkouts/internal/preloads.js?locale=fil-PH"></script>
<script id="shopify-features" type="application/json">{"accessToken":"3b9f2c7e1a4d8b6f0e5c2a9d7b1f4e3c","betas":["rich-media-storefront-analytics"],"domain":"busogpaws.ph","predictiveSearch":true,"shopId":61234567890,"locale":"fil"}</script>
<script>var Shopify = Shopify || {};
Shopify.shop = "busogpaws.myshopify.com";
Shopify.locale = "fil";
Shopify.currency = {"active":"PHP","rate":"1.0"};
Shopify.country = "PH";
Shopify.theme = %s;
Shopify.theme.handle = "null";
Shopify.theme.style = {"id":null,"handle":null};
Shopify.cdnHost = "busogpaws.ph/cdn";
Shopify.routes = Shopify.routes || {};
Shopify.routes.root = "/";</script>
<script type="module">!function(o){(o.Shopify=o.Shopify||{}).modules=!0}(window);</script>
<script>(function() {
  var isLoaded = false;
  function asyncLoad() {
    if (isLoaded) return;
    isLoaded = true;
    var urls = ["https:\\/\\/static.rechargecdn.com\\/assets\\/js\\/widget.min.js?shop=busogpaws.myshopify.com","https:\\/\\/static.klaviyo.com\\/onsite\\/js\\/klaviyo.js?company_id=XbP4kQ\\u0026shop=busogpaws.myshopify.com"];
    for (var i = 0; i < urls.length; i++) {
      var s = document.createElement('script');
      s.type = 'text/javascript';
      s.async = true;
      s.src = urls[i];
      var x = document.getElementsByTagName('script')[0];
      x.parentNode.insertBefore(s, x);
    }
  };
  if(window.attachEvent) {
    window.attachEvent('onload', asyncLoad);
  } else {
    window.addEventListener('load', asyncLoad, false);
  }
})();</script>
<script id="__st">var __st={"a":61234567890,"offset":28800,"reqid":"%s","pageurl":"busogpaws.ph\\/policies\\/privacy-policy","u":"%s","p":"policy"};</script>
<script>window.ShopifyPaypalV4VisibilityTracking = true;</script>
<script id="web-pixels-manager-setup">(function e(e,d,r,n,o){if(void 0===o&&(o={}),!Boolean(null===(a=null===(i=window.Shopify)||void 0===i?void 0:i.analytics)||void 0===a?void 0:a.replayQueue)){var i,a;window.Shopify=window.Shopify||{};var t=window.Shopify;t.analytics=t.analytics||{};}})({shopId: 61234567890,storefrontBaseUrl: "https://busogpaws.ph",extensionsBaseUrl: "https://extensions.shopifycdn.com/cdn/shopifycloud/web-pixels-manager",surface: "storefront-renderer",enabledBetaFlags: [],webPixelsConfigList: [{"id":"shopify-app-pixel","configuration":"{}","eventPayloadVersion":"v1","runtimeContext":"STRICT","scriptVersion":"0450","apiClientId":"shopify-pixel","type":"APP","privacyPurposes":["ANALYTICS","MARKETING"]}],isMerchantRequest: false,initData: {"shop":{"name":"BusogPaws PH","paymentSettings":{"currencyCode":"PHP"},"myshopifyDomain":"busogpaws.myshopify.com","countryCode":"PH","storefrontUrl":"https://busogpaws.ph"},"customerPrivacy":{"analyticsProcessingAllowed":false,"marketingAllowed":false,"preferencesProcessingAllowed":false,"saleOfDataAllowed":false},"cart":null,"checkout":null,"productVariants":[],"purchasingCompany":null},},"https://busogpaws.ph/cdn","%s");</script>
<script>
  window.ShopifyAnalytics = window.ShopifyAnalytics || {};
  window.ShopifyAnalytics.meta = window.ShopifyAnalytics.meta || {};
  window.ShopifyAnalytics.meta.currency = 'PHP';
  var meta = %s;
  for (var attr in meta) {
    window.ShopifyAnalytics.meta[attr] = meta[attr];
  }
</script>
<script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.end');</script>
    <link href="%s" rel="stylesheet" type="text/css" media="all" />
  </head>

  <body class="gradient">
    <a class="skip-to-content-link button visually-hidden" href="#MainContent">
      Lumaktaw sa nilalaman
    </a>
<!-- BEGIN sections: header-group -->
<div id="shopify-section-sections--17412345678901__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">%s</div>
<div id="shopify-section-sections--17412345678901__header" class="shopify-section shopify-section-group-header-group section-header">%s</div>
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
<div id="shopify-section-sections--17412345678902__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-%s gradient section-sections--17412345678902__footer-padding">
<div class="footer__content-top page-width"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Sumali sa BusogPaws Club</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer" /><input type="hidden" name="utf8" value="✓" /><input type="hidden" name="contact[tags]" value="newsletter"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--17412345678902__footer" type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="Email" required><label class="field__label" for="NewsletterForm--sections--17412345678902__footer">Email</label></div></div></form></div></div>
<div class="footer__content-bottom"><div class="footer__column footer__column--info"><div class="footer__copyright caption"><small class="copyright__content">&copy; %d, <a href="/" title="">BusogPaws PH</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Pinapagana ng Shopify</a></small>
<ul class="policies list-unstyled"><li><a href="/policies/refund-policy">Patakaran sa refund</a></li><li><a href="/policies/privacy-policy">Patakaran sa privacy</a></li><li><a href="/policies/terms-of-service">Mga tuntunin ng serbisyo</a></li><li><a href="/policies/shipping-policy">Patakaran sa pagpapadala</a></li></ul></div></div></div>
</footer>
</div>
<!-- END sections: footer-group -->
  <div id="shopify-block-AVlZ0WmhOc0pVS1p3a__klaviyo_onsite_embed_1" class="shopify-block shopify-app-block"></div>
  </body>
</html>
""" % (URL, URL, 7 if d12 else 4, 7 if d12 else 4, json.dumps(theme), state["requestId"], state["pageId"],
       state["pageId"], json.dumps(meta), css, ann, header, C.inline_html(title[1]), C.blocks_html(rest),
       "scheme-1" if d12 else "background-1", when.year)


PAGE = {
    "service": "BusogPaws",
    "url": URL,
    "lang": "fil",
    "platform": "Shopify (Dawn 9.0.0 -> 12.0.0), /policies/privacy-policy",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-ShopId", "61234567890"), ("X-Sorting-Hat-ShopId", "61234567890"),
                      ("Powered-By", "Shopify")),
    "n": 30,
    "start": dt.date(2022, 10, 3),
    "end": dt.date(2025, 11, 20),
    "hours": (3, 15),
    "policy": POLICY,
    "first_updated": dt.date(2022, 8, 18),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".shopify-policy__container"},
}
