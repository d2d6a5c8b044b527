"""Slovak florist on Shopify (Dawn theme), the built-in /policies/privacy-policy page.

Per visit: Shopify's `__st` reqid/u; the announcement bar's message follows the florist's calendar (Valentine's,
MDŽ, Mother's Day, wedding season, Advent, else a same-day-delivery cut-off); the shop upgrades Dawn twice
(7.0.1 -> 10.0.0 -> 13.0.1: new theme id, asset paths, section-group markup) and edits theme assets (?v=).
The policy container (.shopify-policy__container) holds nothing else.
"""
import datetime as dt
import html
import json

import common as C

MONTHS = ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra",
          "novembra", "decembra"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """# Zásady ochrany osobných údajov

Posledná aktualizácia: {UPDATED}

V kvetinárstve Kvety Margaréta si vážime dôveru, ktorú nám prejavujete, keď u nás objednávate kytice pre svojich blízkych alebo keď nám zveríte kvetinovú výzdobu svojej svadby. Tieto zásady vysvetľujú, aké osobné údaje spracúvame pri nákupe v našom e-shope, pri doručovaní kvetov a pri svadobných a eventových zákazkách, na aký účel a ako dlho ich uchovávame a aké máte práva podľa nariadenia Európskeho parlamentu a Rady (EÚ) 2016/679 (GDPR) a zákona č. 18/2018 Z. z. o ochrane osobných údajov.

## 1. Prevádzkovateľ

Prevádzkovateľom osobných údajov je:

@ Kvety Margaréta s.r.o.
@ Obchodná 42, 811 06 Bratislava
@ IČO: 51 234 567, DIČ: 2120654321
@ zapísaná v Obchodnom registri Mestského súdu Bratislava III, oddiel: Sro, vložka č. 128456/B
@ e-mail: ochrana.udajov@kvetymargareta.sk, tel.: +421 2 5263 1187

Zodpovednú osobu sme nevymenovali, pretože nám to právne predpisy neukladajú. So všetkými otázkami sa môžete obrátiť priamo na nás na uvedených kontaktoch.

## 2. Aké údaje spracúvame

- **údaje objednávateľa**: meno a priezvisko, e-mail, telefónne číslo, fakturačná adresa, pri firmách aj IČO a DIČ;
- **údaje príjemcu kvetov**: meno, adresa doručenia, telefónne číslo pre kuriéra a požadovaný čas doručenia;
- **text na darčekovú kartičku**, ktorý nám napíšete k objednávke;
- **údaje o platbe**: spôsob platby a stav úhrady (údaje o platobnej karte nevidíme, spracúva ich platobná brána);
- **údaje o svadbe či podujatí**: dátum, miesto obradu a hostiny, počet stolov, farebná schéma a inšpiračné fotografie, ktoré nám pošlete;
- **údaje o používaní webu**: IP adresa, typ zariadenia a prehliadača, navštívené stránky a obsah košíka.

## 3. Na aké účely a na akom právnom základe

| Účel | Právny základ | Doba uchovávania |
| vybavenie a doručenie objednávky | plnenie zmluvy, čl. 6 ods. 1 písm. b) GDPR | 5 rokov od doručenia |
| vystavenie faktúry a vedenie účtovníctva | zákonná povinnosť, čl. 6 ods. 1 písm. c) GDPR | 10 rokov |
| svadobná a eventová konzultácia, cenová ponuka | opatrenia pred uzavretím zmluvy, čl. 6 ods. 1 písm. b) GDPR | 1 rok od podujatia |
| zasielanie newslettera | súhlas, čl. 6 ods. 1 písm. a) GDPR | do odvolania súhlasu |
| analytika a marketingové cookies | súhlas | podľa nastavenia cookies |
| vybavenie reklamácií a právnych nárokov | oprávnený záujem, čl. 6 ods. 1 písm. f) GDPR | počas premlčacej doby |

## 4. Doručenie kvetov inej osobe

Keď objednávate kyticu pre niekoho iného, poskytujete nám osobné údaje príjemcu. Používame ich výlučne na doručenie a na telefonický kontakt v prípade, že príjemcu kuriér nezastihne. Príjemcu nekontaktujeme s ponukami a jeho údaje nepoužívame na marketing. Prosíme, uveďte iba údaje potrebné na doručenie a pri prekvapení nám to poznačte do poznámky, aby kuriér vopred nevolal.

## 5. Svadobné a eventové zákazky

Pri príprave svadobnej kytice, pierok, výzdoby obradu a hostiny potrebujeme poznať podrobnosti o vašom dni. Inšpiračné fotografie a fotografie šiat či priestorov, ktoré nám pošlete, používame iba na návrh výzdoby. Fotografie hotovej výzdoby zverejňujeme na webe a na Instagrame len s vaším predchádzajúcim súhlasom; ľudia na nich nebudú rozpoznateľní, ak si to neželáte. Fotografie z konzultácií uchovávame 6 mesiacov po svadbe, potom ich vymažeme.

## 6. Komu údaje poskytujeme

Údaje poskytujeme iba sprostredkovateľom, ktorí nám pomáhajú prevádzkovať e-shop a doručovať kvety, a to v nevyhnutnom rozsahu:

| Príjemca | Činnosť | Krajina |
| Shopify International Limited | prevádzka e-shopu a platobnej brány Shopify Payments | Írsko |
| GLS General Logistics Systems Slovakia s.r.o. | doručovanie mimo Bratislavy | Slovensko |
| Klaviyo, Inc. | zasielanie newslettera | USA |
| Google Ireland Limited | Google Analytics 4 | Írsko |
| Meta Platforms Ireland Limited | Meta Pixel a reklama na Facebooku a Instagrame | Írsko |
| SuperFaktúra, s.r.o. | fakturácia | Slovensko |

V Bratislave a okolí doručujú kvety naši vlastní kuriéri. Pri prenose údajov do USA sa opierame o rámec ochrany údajov medzi EÚ a USA alebo o štandardné zmluvné doložky Európskej komisie.

## 7. Cookies

Nevyhnutné cookies potrebujeme na fungovanie košíka a pokladne. Analytické a marketingové cookies používame iba vtedy, ak nám na to dáte súhlas v cookie lište. Svoju voľbu môžete kedykoľvek zmeniť cez odkaz „Nastavenia cookies“ v päte stránky. Zoznam jednotlivých cookies s dobou ich platnosti a poskytovateľom nájdete priamo v nastaveniach cookie lišty.

## 8. Vaše práva

Máte právo:

- požadovať prístup k svojim osobným údajom a ich kópiu;
- na opravu nesprávnych alebo neúplných údajov;
- na vymazanie údajov, ak už nie sú potrebné;
- na obmedzenie spracúvania;
- na prenosnosť údajov;
- namietať proti spracúvaniu na základe oprávneného záujmu;
- kedykoľvek odvolať súhlas, napríklad kliknutím na odkaz v každom newsletteri.

Žiadosť nám pošlite na ochrana.udajov@kvetymargareta.sk. Odpovieme do jedného mesiaca.

## 9. Bezpečnosť a profilovanie

Prístup k objednávkam majú iba zamestnanci, ktorí ich vybavujú, a to cez osobné účty chránené dvojfaktorovým overením. Kuriéri vidia v aplikácii len adresu, čas a telefón príjemcu. Platobné údaje neukladáme. Automatizované rozhodovanie ani profilovanie s právnymi účinkami nevykonávame; newsletter prispôsobujeme iba podľa toho, aké kategórie kvetov ste si u nás kúpili.

## 10. Zmeny týchto zásad

Zásady priebežne aktualizujeme, napríklad keď začneme používať novú službu alebo sa zmenia právne predpisy. Aktuálne znenie nájdete vždy na tejto stránke a o podstatných zmenách informujeme zákazníkov s účtom e-mailom.

## 11. Sťažnosť

Ak sa domnievate, že s vašimi údajmi nezaobchádzame správne, napíšte nám a pokúsime sa vec vyriešiť. Máte tiež právo podať návrh na začatie konania dozornému orgánu:

@ Úrad na ochranu osobných údajov Slovenskej republiky
@ Hraničná 12
@ 820 07 Bratislava 27
@ [dataprotection.gov.sk](https://dataprotection.gov.sk/)
"""

EDITS = [
    {"note": "sentence added: who reads the gift-card text",
     "repl": [("a jeho údaje nepoužívame na marketing.",
               "a jeho údaje nepoužívame na marketing. Text na darčekovú kartičku čítajú iba floristi, ktorí "
               "kyticu pripravujú.")]},
    {"note": "processor added to the table: Smartsupp chat",
     "repl": [("| SuperFaktúra, s.r.o. | fakturácia | Slovensko |",
               "| SuperFaktúra, s.r.o. | fakturácia | Slovensko |\n"
               "| Smartsupp.com, s.r.o. | online chat so zákazníkmi | Česko |")]},
    {"note": "retention of consultation photos: 6 -> 3 months",
     "repl": [("Fotografie z konzultácií uchovávame 6 mesiacov po svadbe",
               "Fotografie z konzultácií uchovávame 3 mesiace po svadbe")]},
    {"note": "phone number changed",
     "repl": [("tel.: +421 2 5263 1187", "tel.: +421 905 318 442")]},
    {"note": "word inserted ('vopred') in the cookies paragraph; photo consent 'predchádzajúcim' -> 'písomným'",
     "repl": [("iba vtedy, ak nám na to dáte súhlas", "iba vtedy, ak nám na to vopred dáte súhlas"),
              ("len s vaším predchádzajúcim súhlasom", "len s vaším písomným súhlasom")]},
]

THEMES = [  # (until, schema_version, theme id, t/N)
    (dt.date(2023, 4, 1), "7.0.1", 128765432101, 4),
    (dt.date(2024, 2, 15), "10.0.0", 134567890123, 7),
    (dt.date(2099, 1, 1), "13.0.1", 139876543210, 11),
]


def theme_for(d):
    for until, ver, tid, tn in THEMES:
        if d < until:
            return ver, tid, tn


def mothers_day(y):
    d = dt.date(y, 5, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(days=7)


def announcement(d):
    if dt.date(d.year, 2, 1) <= d <= dt.date(d.year, 2, 14):
        return "Valentín sa blíži – objednajte kyticu do 13. februára a doručíme ju presne 14. februára"
    if dt.date(d.year, 3, 1) <= d <= dt.date(d.year, 3, 8):
        return "MDŽ 8. marca – tulipány a frézie s doručením ešte v ten deň"
    md = mothers_day(d.year)
    if md - dt.timedelta(days=14) <= d <= md:
        return "Deň matiek %d. mája – kytice s doručením po celej Bratislave" % md.day
    if d.month in (6, 7, 8, 9):
        return "Svadobná sezóna: konzultácia svadobnej kytice zdarma – rezervujte si termín"
    if d.month == 12 and d.day <= 22:
        return "Adventné vence a vianočné aranžmány – objednávky prijímame do 22. decembra"
    return "Objednajte do 13:00 a v Bratislave doručíme ešte dnes"


def cest(when):
    """Central European summer time (last Sunday of March .. last Sunday of October)."""
    def last_sun(y, m):
        d = dt.date(y, m, 31)
        return d - dt.timedelta(days=(d.weekday() + 1) % 7)
    return last_sun(when.year, 3) <= when.date() < last_sun(when.year, 10)


def noise(rng, when, i, prev):
    prev = prev or {}
    theme = theme_for(when.date())
    assets = prev.get("assets") if prev.get("theme") == theme else None
    return {
        "reqid": "%s-%d" % (C.uuid4(rng), C.epoch(when)),
        "u": C.hexs(rng, 12),
        "theme": theme,
        "assets": C.keep_or(rng, assets, 0.15, lambda: str(rng.randint(10 ** 19, 10 ** 20 - 1))),
        "announce": announcement(when.date()),
        "offset": 7200 if cest(when) else 3600,
    }


LABELS = {"reqid": "Shopify __st reqid", "u": "Shopify __st u", "theme": "Dawn theme upgrade",
          "assets": "theme asset ?v= stamps", "announce": "announcement bar message",
          "offset": "__st offset (DST)"}


def body_html(blocks):
    return "\n".join(C.block_html(b) for b in blocks)


def render(state, blocks, when):
    ver, tid, tn = state["theme"]
    v = state["assets"]
    base = "//www.kvetymargareta.sk/cdn/shop/t/%d/assets/" % tn

    def asset(name, salt):
        return "%s%s?v=%s" % (base, name, str(int(v) + salt * 7919)[:20])

    major = int(ver.split(".")[0])
    msg = html.escape(state["announce"])
    if major >= 10:
        bar = ('<div id="shopify-section-sections--1623456789%d__announcement-bar" class="shopify-section '
               'shopify-section-group-header-group announcement-bar-section"><link href="%s" rel="stylesheet" '
               'type="text/css" media="all" />\n<div class="utility-bar color-scheme-1 gradient">\n  <div '
               'class="page-width utility-bar__grid"><div class="announcement-bar" role="region" '
               'aria-label="Oznámenie"><div class="page-width"><p class="announcement-bar__message h5">\n'
               '              <span>%s</span></p></div></div><div class="localization-wrapper">\n</div>\n'
               '  </div>\n</div>\n</div>' % (tn, asset("component-slideshow.css", 3), msg))
        header_sec = "shopify-section-sections--1623456789%d__header" % tn
        header_cls = "shopify-section shopify-section-group-header-group section-header"
    else:
        bar = ('<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar '
               'color-background-1 gradient" role="region" aria-label="Oznámenie" ><div class="page-width">\n'
               '                <p class="announcement-bar__message center h5">\n                  %s\n'
               '</p>\n              </div></div>\n</div>' % msg)
        header_sec = "shopify-section-header"
        header_cls = "shopify-section section-header"
    title = blocks[0][1]
    st = {"a": 61234567890, "offset": state["offset"], "reqid": state["reqid"],
          "pageurl": "www.kvetymargareta.sk/policies/privacy-policy", "u": state["u"], "p": "policy"}
    st_js = json.dumps(st, separators=(",", ":")).replace("/", "\\/")
    theme_js = json.dumps({"name": "Dawn", "id": tid, "schema_name": "Dawn", "schema_version": ver,
                           "theme_store_id": 887, "role": "main"}, separators=(",", ":"))
    return """<!doctype html>
<html class="no-js" lang="sk">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="theme-color" content="">
    <link rel="canonical" href="https://www.kvetymargareta.sk/policies/privacy-policy"><link rel="preconnect" href="https://cdn.shopify.com" crossorigin><link rel="icon" type="image/png" href="//www.kvetymargareta.sk/cdn/shop/files/favicon-margareta.png?crop=center&height=32&v=1667301234&width=32"><link rel="preconnect" href="https://fonts.shopifycdn.com" crossorigin><title>
      %(title)s
 &ndash; Kvety Margaréta</title>

<meta property="og:site_name" content="Kvety Margaréta">
<meta property="og:url" content="https://www.kvetymargareta.sk/policies/privacy-policy">
<meta property="og:title" content="%(title)s">
<meta property="og:type" content="website">
<meta property="og:description" content="Kvetinárstvo v centre Bratislavy – kytice s doručením v ten istý deň, svadobné kytice a výzdoba.">
<meta name="twitter:card" content="summary_large_image">

    <script src="%(a_const)s" defer="defer"></script>
    <script src="%(a_pubsub)s" defer="defer"></script>
    <script src="%(a_global)s" defer="defer"></script>
    <script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.start');</script><meta name="google-site-verification" content="pQ3uGx8wz1Zk2oVbN6aTe9YrL0cHsJ4dFmW7iKqE5Bo">
<meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/61234567890/digital_wallets/dialog">
<script async="async" src="/checkouts/internal/preloads.js?locale=sk-SK"></script>
<script id="shopify-features" type="application/json">{"accessToken":"8c5f7e2a41b9d3f06e1c4a7b2d9e8f13","betas":["rich-media-storefront-analytics"],"domain":"www.kvetymargareta.sk","predictiveSearch":true,"shopId":61234567890,"locale":"sk"}</script>
<script>var Shopify = Shopify || {};
Shopify.shop = "kvety-margareta.myshopify.com";
Shopify.locale = "sk";
Shopify.currency = {"active":"EUR","rate":"1.0"};
Shopify.country = "SK";
Shopify.theme = %(theme_js)s;
Shopify.theme.handle = "null";
Shopify.theme.style = {"id":null,"handle":null};
Shopify.cdnHost = "www.kvetymargareta.sk/cdn";
Shopify.routes = Shopify.routes || {};
Shopify.routes.root = "/";</script>
<script type="module">!function(o){(o.Shopify=o.Shopify||{}).modules=!0}(window);</script>
<script>!function(o){function n(){var o=[];function n(){o.push(Array.prototype.slice.apply(arguments))}return n.q=o,n}var t=o.Shopify=o.Shopify||{};t.loadFeatures=n(),t.autoloadFeatures=n()}(window);</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"policy"}</script>
<script id="__st">var __st=%(st)s;</script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};
window.ShopifyAnalytics.meta = window.ShopifyAnalytics.meta || {};
window.ShopifyAnalytics.meta.currency = 'EUR';
var meta = {"page":{"pageType":"policy"}};
for (var attr in meta) {
  window.ShopifyAnalytics.meta[attr] = meta[attr];
}</script>
<script class="boomerang">(function () {
  if (window.BOOMR && (window.BOOMR.version || window.BOOMR.snippetExecuted)) { return; }
  window.BOOMR = window.BOOMR || {};
  window.BOOMR.snippetStart = new Date().getTime();
  window.BOOMR.snippetExecuted = true;
  window.BOOMR.snippetVersion = 12;
  window.BOOMR.application = "storefront-renderer";
  window.BOOMR.themeName = "Dawn";
  window.BOOMR.themeVersion = "%(ver)s";
  window.BOOMR.shopId = 61234567890;
  window.BOOMR.themeId = %(tid)d;
  window.BOOMR.renderRegion = "gcp-europe-west1";
  window.BOOMR.url = "https://cdn.shopify.com/shopifycloud/boomerang/shopify-boomerang-1.0.0.min.js";
})();</script>
<script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.end');</script>

    <link href="%(a_base)s" rel="stylesheet" type="text/css" media="all" />
    <link rel="preload" as="font" href="//www.kvetymargareta.sk/cdn/fonts/assistant/assistant_n4.9120912a469cad1cc292572851508ca49d12e768.woff2" type="font/woff2" crossorigin>
    <script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');
    if (Shopify.designMode) {
      document.documentElement.classList.add('shopify-design-mode');
    }
    </script>
  </head>

  <body class="gradient animate--hover-default">
    <a class="skip-to-content-link button visually-hidden" href="#MainContent">
      Preskočiť na obsah
    </a>
%(bar)s
<div id="%(header_sec)s" class="%(header_cls)s"><sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu">
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img src="//www.kvetymargareta.sk/cdn/shop/files/logo-margareta.svg?v=1667301555&amp;width=180" alt="Kvety Margaréta" class="header__heading-logo" width="180" height="54"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list"><li><a href="/collections/kytice" class="header__menu-item list-menu__item link link--text focus-inset"><span>Kytice</span></a></li><li><a href="/collections/ruze" class="header__menu-item list-menu__item link link--text focus-inset"><span>Ruže</span></a></li><li><a href="/pages/svadby" class="header__menu-item list-menu__item link link--text focus-inset"><span>Svadby</span></a></li><li><a href="/collections/smutocne-vence" class="header__menu-item list-menu__item link link--text focus-inset"><span>Smútočná väzba</span></a></li><li><a href="/pages/kontakt" class="header__menu-item list-menu__item link link--text focus-inset"><span>Kontakt</span></a></li></ul></nav>
<div class="header__icons"><a href="/search" class="header__icon header__icon--search link focus-inset"><span class="visually-hidden">Hľadať</span></a><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Prihlásiť sa</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Košík</span></a></div>
</header></sticky-header></div>

    <main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
      <div class="shopify-policy__container">
        <div class="shopify-policy__title">
          <h1>%(title)s</h1>
        </div>

        <div class="shopify-policy__body">
          <div class="rte">
            %(body)s
          </div>
        </div>
      </div>
    </main>

    <div id="shopify-section-footer" class="shopify-section"><footer class="footer color-scheme-1 gradient section-footer-padding">
<div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading">Novinky a inšpirácie</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer" /><input type="hidden" name="utf8" value="✓" /><input type="hidden" name="contact[tags]" value="newsletter"><div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="E-mail" required><label class="field__label" for="NewsletterForm--footer">E-mail</label></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization isolate"></div><div class="footer__column footer__column--info"><div class="footer__payment"><span class="visually-hidden">Spôsoby platby</span><ul class="list list-payment" role="list"><li class="list-payment__item">Visa</li><li class="list-payment__item">Mastercard</li><li class="list-payment__item">Apple Pay</li><li class="list-payment__item">Google Pay</li></ul></div></div></div>
<div class="footer__content-bottom-wrapper page-width footer__content-bottom-wrapper--center"><div class="footer__copyright caption"><small class="copyright__content">&copy; %(year)d, <a href="/" title="">Kvety Margaréta</a></small><small class="copyright__content"><a href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore" rel="nofollow" target="_blank">Používa technológiu Shopify</a></small><ul class="policies list-unstyled"><li><small class="copyright__content"><a href="/policies/refund-policy">Zásady vrátenia peňazí</a></small></li><li><small class="copyright__content"><a href="/policies/privacy-policy">Zásady ochrany osobných údajov</a></small></li><li><small class="copyright__content"><a href="/policies/terms-of-service">Podmienky služby</a></small></li><li><small class="copyright__content"><a href="/policies/shipping-policy">Pravidlá dopravy</a></small></li></ul></div></div></div>
</footer>
</div>

    <ul hidden><li id="a11y-refresh-page-message">Výberom položky sa obnoví celá stránka.</li><li id="a11y-new-window-message">Otvorí sa v novom okne.</li></ul>
    <script>window.shopUrl = 'https://www.kvetymargareta.sk';
      window.routes = {cart_add_url: '/cart/add', cart_change_url: '/cart/change', cart_update_url: '/cart/update', cart_url: '/cart', predictive_search_url: '/search/suggest'};
      window.cartStrings = {error: `Pri aktualizácii košíka sa vyskytla chyba. Skúste to znova.`, quantityError: `Do košíka môžete pridať najviac [quantity] ks tejto položky.`};</script>
  <div id="shopify-block-AcXJ1cU5lc1dRZmRhK__consent" class="shopify-block shopify-app-block"><script src="https://cdn.shopify.com/extensions/4b1f2e9d-7c3a-4e5f-9a0b-1d2c3e4f5a6b/consentmo-gdpr-212/assets/consentmo.js" defer></script></div>
</body>
</html>
""" % {"title": html.escape(title), "a_const": asset("constants.js", 1), "a_pubsub": asset("pubsub.js", 2),
       "a_global": asset("global.js", 4), "a_base": asset("base.css", 5), "theme_js": theme_js, "st": st_js,
       "ver": ver, "tid": tid, "bar": bar, "header_sec": header_sec, "header_cls": header_cls,
       "body": body_html(blocks[1:]), "year": when.year}


PAGE = {
    "service": "Kvety Margareta",
    "url": "https://www.kvetymargareta.sk/policies/privacy-policy",
    "lang": "sk",
    "platform": "Shopify (Dawn theme)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-ShopId", "61234567890"), ("X-Shardid", "214"),
                      ("Powered-By", "Shopify"), ("Vary", "Accept")),
    "n": 31,
    "start": dt.date(2022, 2, 1),
    "end": dt.date(2025, 5, 31),
    "policy": POLICY,
    "first_updated": dt.date(2021, 9, 20),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.kvetymargareta.sk/policies/privacy-policy",
                    "select": ".shopify-policy__container"},
}
