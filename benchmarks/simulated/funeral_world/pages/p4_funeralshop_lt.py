"""Ramybės namai (Lithuanian funeral home and funeral-goods shop, Vilnius), Shopify with the Dawn theme: the policy is
Shopify's own /policies/privacy-policy page (`.shopify-policy__container`). The Dawn theme was updated twice (a new
theme copy published each time: new theme id, asset versions, header markup)."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fwkit as K  # noqa: E402
from fwkit import C  # noqa: E402

POLICY = """
# Privatumo politika

Paskutinį kartą atnaujinta: {UPDATED}

UAB „Ramybės namai“ (toliau – „mes“) teikia laidojimo paslaugas Vilniuje ir prekiauja laidojimo reikmenimis, gėlėmis ir žvakėmis internetu svetainėje ramybesnamai.lt. Šioje privatumo politikoje aprašome, kaip renkame, naudojame ir saugome jūsų asmens duomenis, kai naudojatės mūsų svetaine, perkate prekes, užsakote laidojimo ar kapų priežiūros paslaugas.

## Duomenų valdytojas

@ UAB „Ramybės namai“
@ Juozapavičiaus g. 11
@ LT-09311 Vilnius
@ Įmonės kodas 305412876

El. paštas: [privatumas@ramybesnamai.lt](mailto:privatumas@ramybesnamai.lt), tel. +370 5 212 4470.

## Kokius duomenis renkame

- Kontaktiniai duomenys: vardas, pavardė, telefono numeris, el. pašto adresas, pristatymo adresas.
- Užsakymo duomenys: įsigytos prekės ir paslaugos, kaina, mokėjimo būdas, užsakymų istorija.
- Laidojimo paslaugų duomenys: mirusiojo vardas, pavardė, gimimo ir mirties datos, mirties liudijimo duomenys, laidojimo vieta, užsakovo giminystės ryšys su mirusiuoju.
- Kapų priežiūros duomenys: kapinių pavadinimas, kapo vieta (sektorius, eilė, numeris), kapo nuotraukos prieš tvarkymą ir po jo.
- Techniniai duomenys: IP adresas, naršyklės tipas, įrenginio informacija, slapukų duomenys.

Mokėjimo kortelių duomenų mes nematome ir nesaugome – juos tvarko mokėjimo paslaugų teikėjai.

## Kam naudojame duomenis

| Tikslas | Teisinis pagrindas | Saugojimo terminas |
| Užsakymų vykdymas ir pristatymas | sutarties vykdymas | 10 metų nuo užsakymo |
| Laidojimo paslaugų organizavimas | sutarties vykdymas, teisinė prievolė | 10 metų |
| Kapų priežiūros paslaugos ir ataskaitos su nuotraukomis | sutarties vykdymas | sutarties galiojimo laikotarpiu ir 1 metus po jos pabaigos |
| Buhalterinė apskaita | teisinė prievolė | 10 metų |
| Naujienlaiškis | sutikimas | iki sutikimo atšaukimo |
| Svetainės analitika ir reklama | sutikimas | pagal slapukų galiojimo terminus |

## Duomenų gavėjai

Jūsų duomenis perduodame tik tiek, kiek būtina paslaugoms suteikti:

| Gavėjas | Paskirtis |
| Shopify International Ltd. (Airija) | el. parduotuvės platforma |
| Paysera LT, UAB | mokėjimai el. bankininkyste ir kortelėmis |
| Omniva LT, UAB ir DPD Lietuva, UAB | prekių pristatymas į paštomatus ir kurjeriu |
| Kapinių administracijos ir seniūnijos | laidojimo vietos suderinimas |
| Krematoriumai | kremavimo paslaugos |
| Google Ireland Ltd. ir Meta Platforms Ireland Ltd. | analitika ir reklama, tik gavus jūsų sutikimą |

Kai kurie paslaugų teikėjai (pavyzdžiui, Shopify) duomenis gali tvarkyti ir už Europos ekonominės erdvės ribų. Tokiais atvejais taikome Europos Komisijos patvirtintas standartines sutarčių sąlygas.

## Jūsų teisės

Jūs turite teisę susipažinti su savo duomenimis, reikalauti juos ištaisyti ar ištrinti, apriboti jų tvarkymą, nesutikti su tvarkymu, teisę į duomenų perkeliamumą ir teisę bet kada atšaukti duota sutikimą. Prašymus siųskite el. paštu. Atsakysime ne vėliau kaip per 30 dienų.

Jei manote, kad jūsų duomenys tvarkomi neteisėtai, galite pateikti skundą Valstybinei duomenų apsaugos inspekcijai (L. Sapiegos g. 17, LT-10312 Vilnius, [vdai.lrv.lt](https://vdai.lrv.lt)).
"""

EDITS = [
    {"note": "delivery partner added to the recipients table (LP Express)",
     "repl": [("| Omniva LT, UAB ir DPD Lietuva, UAB |",
               "| Omniva LT, UAB, DPD Lietuva, UAB ir AB Lietuvos paštas (LP Express) |")]},
    {"note": "typo fixed (duota -> duotą), date unchanged", "bump": False,
     "repl": [("atšaukti duota sutikimą", "atšaukti duotą sutikimą")]},
    {"note": "payment processor replaced: Paysera -> Montonio",
     "repl": [("| Paysera LT, UAB | mokėjimai el. bankininkyste ir kortelėmis |",
               "| Montonio Finance UAB | mokėjimai per bankų nuorodas ir kortelėmis |")]},
    {"note": "grave-care photos kept 2 years after the contract instead of 1",
     "repl": [("laikotarpiu ir 1 metus po jos pabaigos", "laikotarpiu ir 2 metus po jos pabaigos")]},
    {"note": "paragraph added: photo of a delivery to a grave sent to another person",
     "repl": [("Mokėjimo kortelių duomenų mes nematome",
               "Užsakydami gėlių ar žvakių pristatymą ant kapo, galite nurodyti kitą asmenį, kuriam išsiųsime "
               "pristatymo nuotrauką. Tokiu atveju patvirtinate, kad turite teisę pateikti jo kontaktinius "
               "duomenis.\n\nMokėjimo kortelių duomenų mes nematome")]},
    {"note": "phone number changed",
     "repl": [("tel. +370 5 212 4470.", "tel. +370 620 44 770.")]},
]


def fmt_date(d):
    return "%d m. %s %d d." % (d.year, K.MONTHS["lt_gen"][d.month - 1], d.day)


THEMES = [(dt.datetime(2000, 1, 1), 138912345678, "12.0.0"), (dt.datetime(2024, 2, 20, 9), 142801234567, "13.0.1"),
          (dt.datetime(2024, 10, 8, 7), 146512398765, "15.1.0")]
ASSETS = ["base.css", "constants.js", "pubsub.js", "global.js", "details-disclosure.js", "search-form.js",
          "component-cart-drawer.css", "cart-drawer.js"]


def _announce(day):
    y = day.year
    may1 = dt.date(y, 5, 1)
    mothers = may1 + dt.timedelta(days=(6 - may1.weekday()) % 7)  # first Sunday of May
    if dt.date(y, 10, 10) <= day <= dt.date(y, 11, 1):
        return ("Vėlinėms: žvakės, vainikai ir kapų sutvarkymas – užsakykite iki spalio 27 d.",
                "Pristatome į visas Vilniaus ir Kauno kapines")
    if dt.date(y, 12, 1) <= day <= dt.date(y, 12, 24):
        return ("Kalėdinės kompozicijos ant kapo – pristatome iki gruodžio 23 d.",)
    if mothers - dt.timedelta(days=12) <= day <= mothers:
        return ("Motinos dienai: gėlių pristatymas į kapines su nuotrauka",)
    return ("Nemokamas pristatymas Vilniuje užsakymams nuo 60 €", "Laidojimo paslaugos visą parą: +370 600 11 222")


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "eet")
    th = [t for t in THEMES if t[0] <= when][-1]
    same = p.get("theme") == th[1:]
    assets = p.get("assets") if same else None
    if assets is None or rng.random() < 0.15:
        base = C.epoch(when) - rng.randint(3600, 86400 * 30)
        assets = tuple("%d%d" % (rng.randint(10 ** 8, 10 ** 9 - 1), base + rng.randint(0, 500)) for _ in ASSETS)
    return {
        "request": (C.uuid4(rng), C.uuid4(rng)),
        "announce": _announce(loc.date()),
        "theme": th[1:],
        "assets": assets,
        "year": loc.year,
    }


LABELS = {
    "request": "ShopifyAnalytics requestId and trekkie eventId (per request)",
    "announce": "announcement bar (seasonal messages)",
    "theme": "Dawn theme update published (theme id, schema_version, header markup)",
    "assets": "theme asset ?v= stamps (theme edits)",
    "year": "footer copyright year",
}

MENU = [("Urnos", "/collections/urnos"), ("Karstai", "/collections/karstai"),
        ("Vainikai ir gėlės", "/collections/vainikai-ir-geles"), ("Žvakės", "/collections/zvakes"),
        ("Laidojimo paslaugos", "/pages/laidojimo-paslaugos"), ("Kapų priežiūra", "/pages/kapu-prieziura"),
        ("Kontaktai", "/pages/kontaktai")]

SHOP = "//ramybesnamai.lt/cdn/shop/t/%d/assets/%s?v=%s"


def _rte(blocks):
    return K.render_blocks(blocks, addr=lambda lines, inl: "<p>%s</p>" % "<br>".join(inl(x) for x in lines),
                           tags={"table": ' style="width: 100%;"'})


def render(state, blocks, when):
    tid, tver = state["theme"]
    a = dict(zip(ASSETS, state["assets"]))
    req, ev = state["request"]
    title, rest = K.title_and_rest(blocks)

    def asset(name):
        return SHOP % (tid, name, a[name])

    msgs = state["announce"]
    new_header = tver >= "13"
    if len(msgs) > 1 and new_header:
        ann = ('<slideshow-component class="announcement-bar" role="region" aria-roledescription="Karuselė" '
               'aria-label="Skelbimų juosta">\n<div class="announcement-bar-slider slider-buttons">\n'
               '<div class="grid grid--1-col slider slider--everywhere" id="Slider-sections--16543210987654__announcement-bar" '
               'aria-live="polite" aria-atomic="true" data-autoplay="true" data-speed="5">\n%s\n</div></div>\n'
               '</slideshow-component>' % "\n".join(
                   '<div class="slideshow__slide slider__slide grid__item grid--1-col" id="Slide-sections--16543210987654__'
                   'announcement-bar-%d" role="group" aria-roledescription="Skelbimas" aria-label="%d iš %d" tabindex="-1">'
                   '<div class="announcement-bar__announcement" role="region" aria-label="Skelbimas"><p class="announcement'
                   '-bar__message h5"><span>%s</span></p></div></div>' % (n + 1, n + 1, len(msgs), K.esc(m))
                   for n, m in enumerate(msgs)))
    else:
        ann = ('<div class="announcement-bar" role="region" aria-label="Skelbimas"><p class="announcement-bar__message '
               'h5"><span>%s</span></p></div>' % K.esc(msgs[0]))
    if new_header:
        head_open = ('<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient '
                     'header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center '
                     'page-width header--has-menu header--has-social header--has-account header--has-localizations">')
        head_close = "</header></sticky-header>"
        util = '<div class="utility-bar color-scheme-1 gradient utility-bar--bottom-border"><div class="page-width utility-bar__grid">%s</div></div>' % ann
    else:
        head_open = ('<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-background-1 gradient '
                     'header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center '
                     'page-width header--has-menu">')
        head_close = "</header></sticky-header>"
        util = '<div class="announcement-bar color-background-1 gradient">%s</div>' % ann
    menu = "\n".join('<li><a href="%s" class="header__menu-item list-menu__item link link--text focus-inset">'
                     '<span>%s</span></a></li>' % (u, K.esc(t)) for t, u in MENU)
    return """<!doctype html>
<html class="no-js" lang="lt">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="theme-color" content="">
    <link rel="canonical" href="https://ramybesnamai.lt/policies/privacy-policy"><link rel="preconnect" href="https://cdn.shopify.com" crossorigin><title>
      Privatumo politika
 &ndash; Ramybės namai</title>

<meta property="og:site_name" content="Ramybės namai">
<meta property="og:url" content="https://ramybesnamai.lt/policies/privacy-policy">
<meta property="og:title" content="Privatumo politika">
<meta property="og:type" content="website">
<meta property="og:description" content="Laidojimo paslaugos visą parą Vilniuje, urnos, karstai, vainikai ir žvakės su pristatymu į kapines.">
<meta name="twitter:card" content="summary_large_image">

    <script src="%(constants)s" defer="defer"></script>
    <script src="%(pubsub)s" defer="defer"></script>
    <script src="%(global)s" defer="defer"></script>
    <script src="%(details)s" defer="defer"></script>
    <script src="%(search)s" defer="defer"></script>
    <script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.start');</script><meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/61234567890/digital_wallets/dialog">
<script async="async" src="/checkouts/internal/preloads.js?locale=lt-LT"></script>
<script id="shopify-features" type="application/json">{"accessToken":"8d2f6a1c0b9e47d3a5f1c2e3b4d5a6f7","betas":["rich-media-storefront-analytics"],"domain":"ramybesnamai.lt","predictiveSearch":true,"shopId":61234567890,"locale":"lt"}</script>
<script>var Shopify = Shopify || {};
Shopify.shop = "ramybes-namai.myshopify.com";
Shopify.locale = "lt";
Shopify.currency = {"active":"EUR","rate":"1.0"};
Shopify.country = "LT";
Shopify.theme = {"name":"Dawn","id":%(tid)d,"schema_name":"Dawn","schema_version":"%(tver)s","theme_store_id":887,"role":"main"};
Shopify.theme.handle = "null";
Shopify.theme.style = {"id":null,"handle":null};
Shopify.cdnHost = "ramybesnamai.lt/cdn";
Shopify.routes = Shopify.routes || {};
Shopify.routes.root = "/";</script>
<script type="module">!function(o){(o.Shopify=o.Shopify||{}).modules=!0}(window);</script>
<script>!function(o){function n(){var o=[];function n(){o.push(Array.prototype.slice.apply(arguments))}return n.q=o,n}var t=o.Shopify=o.Shopify||{};t.loadFeatures=n(),t.autoloadFeatures=n()}(window);</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"policy"}</script>
<script>
  window.ShopifyAnalytics = window.ShopifyAnalytics || {};
  window.ShopifyAnalytics.meta = window.ShopifyAnalytics.meta || {};
  window.ShopifyAnalytics.meta.currency = 'EUR';
  var meta = {"page":{"pageType":"policy","requestId":"%(req)s"}};
  for (var attr in meta) {
    window.ShopifyAnalytics.meta[attr] = meta[attr];
  }
</script>
<script class="analytics">
  (function () {
    var customDocumentWrite = function(content) {
      var jquery = null;
      if (window.jQuery) { jquery = window.jQuery; } else if (window.Checkout && window.Checkout.$) { jquery = window.Checkout.$; }
      if (jquery) { jquery('body').append(content); }
    };
    var trekkie = window.ShopifyAnalytics.lib = window.trekkie = window.trekkie || [];
    trekkie.load({"Trekkie":{"appName":"storefront","development":false,"defaultAttributes":{"shopId":61234567890,"isMerchantRequest":null,"themeId":%(tid)d,"themeCityHash":"4815162342108","contentLanguage":"lt","currency":"EUR","eventMetadata":{"eventId":"%(ev)s"}},"isServerSideCookieWritingEnabled":true,"monorailRegion":"shop_domain"},"Session Attribution":{},"S2S":{"facebookCapiEnabled":true,"source":"trekkie-storefront-renderer","apiClientId":580111}});
  })();
</script>
<script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.end');</script>

    <link href="%(basecss)s" rel="stylesheet" type="text/css" media="all" />
    <link rel="stylesheet" href="%(drawercss)s" media="print" onload="this.media='all'">
  </head>

  <body class="gradient">
    <a class="skip-to-content-link button visually-hidden" href="#MainContent">
      Pereiti prie turinio
    </a>
<link rel="stylesheet" href="%(drawercss)s" media="print" onload="this.media='all'">
<script src="%(drawerjs)s" defer="defer"></script>

<cart-drawer class="drawer is-empty">
  <div id="CartDrawer" class="cart-drawer">
    <div id="CartDrawer-Overlay" class="cart-drawer__overlay"></div>
    <div class="drawer__inner" role="dialog" aria-modal="true" aria-label="Jūsų krepšelis" tabindex="-1"><div class="drawer__inner-empty">
          <div class="cart-drawer__warnings center">
            <div class="cart-drawer__empty-content">
              <h2 class="cart__empty-text">Jūsų krepšelis tuščias</h2>
              <a href="/collections/all" class="button">Tęsti apsipirkimą</a>
            </div>
          </div>
        </div></div>
  </div>
</cart-drawer>

<!-- BEGIN sections: header-group -->
<div id="shopify-section-sections--16543210987654__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">%(util)s</div>
<div id="shopify-section-sections--16543210987654__header" class="shopify-section shopify-section-group-header-group section-header">%(head_open)s<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img src="//ramybesnamai.lt/cdn/shop/files/ramybes-namai-logo.png?v=1676034120&amp;width=600" alt="Ramybės namai" width="180" height="54" class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu">
  <ul class="list-menu list-menu--inline" role="list">
%(menu)s
  </ul>
</nav>
<div class="header__icons">
  <a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Prisijungti</span></a>
  <a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Krepšelis</span></a>
</div>
%(head_close)s</div>
<!-- END sections: header-group -->

    <main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
      <div class="shopify-policy__container">
        <div class="shopify-policy__title">
          <h1>%(title)s</h1>
        </div>

        <div class="shopify-policy__body">
          <div class="rte">
            %(rte)s
          </div>
        </div>
      </div>
    </main>

    <!-- BEGIN sections: footer-group -->
<div id="shopify-section-sections--16543210987655__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--16543210987655__footer-padding">
  <div class="footer__content-top page-width">
    <div class="footer-block--newsletter">
      <div class="footer-block__newsletter">
        <h2 class="footer-block__heading inline-richtext">Naujienlaiškis</h2>
        <form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer" /><input type="hidden" name="utf8" value="✓" />
          <input type="hidden" name="contact[tags]" value="newsletter">
          <div class="newsletter-form__field-wrapper">
            <div class="field">
              <input id="NewsletterForm--sections--16543210987655__footer" type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="El. paštas" required>
              <label class="field__label" for="NewsletterForm--sections--16543210987655__footer">El. paštas</label>
              <button type="submit" class="newsletter-form__button field__button" name="commit" id="Subscribe" aria-controls="Newsletter-error--sections--16543210987655__footer" aria-label="Prenumeruoti"></button>
            </div>
          </div>
        </form>
      </div>
    </div>
  </div>
  <div class="footer__content-bottom">
    <div class="footer__content-bottom-wrapper page-width">
      <div class="footer__copyright caption">
        <small class="copyright__content">&copy; %(year)d, <a href="/" title="">Ramybės namai</a></small>
        <small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Sukurta naudojant Shopify</a></small>
        <ul class="policies list-unstyled"><li><small class="copyright__content"><a href="/policies/refund-policy">Grąžinimo politika</a></small></li><li><small class="copyright__content"><a href="/policies/privacy-policy">Privatumo politika</a></small></li><li><small class="copyright__content"><a href="/policies/terms-of-service">Paslaugų teikimo sąlygos</a></small></li></ul>
      </div>
    </div>
  </div>
</footer>
</div>
<!-- END sections: footer-group -->

    <ul hidden>
      <li id="a11y-refresh-page-message">Pasirinkus nuorodą bus iš naujo įkeltas visas puslapis.</li>
      <li id="a11y-new-window-message">Atidaromas naujame lange.</li>
    </ul>

    <script>
      window.shopUrl = 'https://ramybesnamai.lt';
      window.routes = {
        cart_add_url: '/cart/add',
        cart_change_url: '/cart/change',
        cart_update_url: '/cart/update',
        cart_url: '/cart',
        predictive_search_url: '/search/suggest',
      };
      window.cartStrings = {
        error: `Atnaujinant krepšelį įvyko klaida. Bandykite dar kartą.`,
        quantityError: `Į krepšelį galite įtraukti tik [quantity] šios prekės vnt.`,
      };
    </script>
  <div id="shopify-block-Aajk0TllTV2lJZTdoT__15683396631634586217" class="shopify-block shopify-app-block"><script id="chat-button-container" data-horizontal-position=bottom_right data-vertical-position=lowest data-icon=chat_bubble data-text=chat_with_us data-color=#4a4a4a data-secondary-color=#FFFFFF data-ternary-color=#6A6A6A data-greeting-message=Sveiki%%21+Kuo+galime+pad%%C4%%97ti%%3F data-domain=ramybesnamai.lt data-shop-domain=ramybesnamai.lt data-external-identifier=Wq3dXk9mZs1aTbV0cY7rLp8nHe2fUjGo>
  </script>
</div></body>
</html>
""" % {"constants": asset("constants.js"), "pubsub": asset("pubsub.js"), "global": asset("global.js"),
       "details": asset("details-disclosure.js"), "search": asset("search-form.js"), "tid": tid, "tver": tver,
       "req": req, "ev": ev, "basecss": asset("base.css"), "drawercss": asset("component-cart-drawer.css"),
       "drawerjs": asset("cart-drawer.js"), "util": util, "head_open": head_open, "head_close": head_close,
       "menu": menu, "title": K.esc(title), "rte": _rte(rest), "year": state["year"]}


PAGE = {
    "service": "Ramybes namai",
    "url": "https://ramybesnamai.lt/policies/privacy-policy",
    "lang": "lt",
    "platform": "Shopify (Dawn theme 12 -> 13 -> 15)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "cloudflare"), ("X-Shopify-Stage", "production"), ("X-ShopId", "61234567890"),
                      ("Powered-By", "Shopify"), ("Vary", "Accept")],
    "n": 31,
    "start": dt.date(2023, 5, 2),
    "end": dt.date(2025, 4, 30),
    "hours": (0, 6, 12, 18),
    "policy": POLICY,
    "first_updated": dt.date(2023, 2, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://ramybesnamai.lt/policies/privacy-policy",
        "select": ".shopify-policy__container",
    },
}
