"""SemAgro: a Romanian seed, fertiliser and plant-protection e-shop on Shopify (Dawn theme, upgraded 9 -> 13 -> 15).

Fairly clean. Per visit: the storefront request id in the analytics meta script and the web-pixels session id.
Sticky: the announcement-bar carousel in the header (the month's sowing tip, "Sfatul lunii", and a rotating shipping
or voucher promotion); theme asset `?v=` stamps after each theme edit; Dawn upgrades (schema_version, a few header
classes). All outside the declared `.shopify-policy__container` (Shopify's own policy template).
"""
import datetime as dt
import html
import json

import common as C

URL = "https://semagro.ro/policies/privacy-policy"

LUNI = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie",
        "noiembrie", "decembrie"]


def fmt_date(d):
    return "%d %s %d" % (d.day, LUNI[d.month - 1], d.year)


POLICY = """# Politica de confidențialitate

Ultima actualizare: {UPDATED}

SC SemAgro Distribuție SRL („SemAgro”, „noi”) administrează magazinul online semagro.ro, prin care vindem semințe de legume și cereale, material săditor, îngrășăminte, biostimulatori și produse de protecție a plantelor. În această politică îți explicăm ce date personale colectăm atunci când vizitezi magazinul, plasezi o comandă sau te abonezi la newsletter, de ce le folosim și ce drepturi ai.

Prelucrăm datele în conformitate cu Regulamentul (UE) 2016/679 („GDPR”) și cu Legea nr. 190/2018 privind măsuri de punere în aplicare a GDPR.

## Cine este operatorul datelor

@ SC SemAgro Distribuție SRL
@ CUI RO31457802, J26/1180/2013
@ Str. Gheorghe Doja nr. 112, Târgu Mureș, jud. Mureș, 540146
@ E-mail: date.personale@semagro.ro
@ Telefon: 0265 210 455

## Ce date colectăm

### Date pe care ni le furnizezi

- nume și prenume, adresă de livrare și de facturare, telefon și e-mail, atunci când plasezi o comandă;
- denumirea fermei sau a societății, CUI și numărul de înregistrare, dacă soliciți factură pe persoană juridică;
- seria și numărul certificatului de utilizator profesional de produse de protecție a plantelor, atunci când cumperi produse care, potrivit legii, se vând numai utilizatorilor profesionali;
- mesajele pe care ni le trimiți prin formularul de contact, pe e-mail sau pe WhatsApp, inclusiv fotografiile culturilor trimise pentru recomandări;
- adresa de e-mail, dacă te abonezi la newsletter.

### Date pe care le colectăm automat

Când vizitezi magazinul, platforma Shopify și instrumentele noastre de analiză colectează informații despre dispozitivul tău: adresa IP, tipul browserului, paginile vizitate, produsele adăugate în coș și modul în care ai ajuns pe site. Pentru aceasta folosim module cookie și tehnologii similare, descrise mai jos.

## De ce folosim datele tale

| Scop | Temei juridic | Cât timp păstrăm datele |
| Procesarea și livrarea comenzilor, retururi și garanții | executarea contractului (art. 6 alin. (1) lit. b) GDPR) | 3 ani de la ultima comandă |
| Emiterea facturilor și evidența contabilă | obligație legală (Legea contabilității nr. 82/1991) | 10 ani |
| Verificarea certificatului pentru produse de protecție a plantelor | obligație legală | 5 ani de la vânzare |
| Trimiterea newsletterului cu oferte și calendarul lucrărilor agricole | consimțământ | până la dezabonare |
| Răspunsuri la întrebări și recomandări agronomice | interes legitim | 2 ani |
| Analiza traficului și prevenirea fraudei | interes legitim | 26 de luni |

## Cui dezvăluim datele

Nu vindem datele tale. Le transmitem doar partenerilor care ne ajută să îți livrăm comanda și să administrăm magazinul, cu care am încheiat acorduri de prelucrare a datelor:

| Partener | Rol | Țara |
| Shopify International Limited | platforma magazinului online | Irlanda |
| Netopia Financial Services SA | procesarea plăților cu cardul | România |
| FAN Courier Express SRL | livrarea coletelor | România |
| SmartBill SRL | emiterea facturilor | România |
| Klaviyo Inc. | trimiterea newsletterului | SUA |
| Google Ireland Limited | Google Analytics și Google Ads | Irlanda |
| Meta Platforms Ireland Limited | Meta Pixel | Irlanda |

Când plătești cu cardul, datele cardului sunt introduse direct pe pagina securizată a procesatorului de plăți; noi nu avem acces la ele.

Putem divulga date autorităților publice (de exemplu, ANAF sau Autorității Naționale Fitosanitare) atunci când legea ne obligă.

## Transferuri în afara Spațiului Economic European

Unii parteneri (de exemplu, Shopify, Klaviyo sau Google) pot prelucra date în Statele Unite ale Americii. În aceste cazuri ne bazăm pe Cadrul UE–SUA privind confidențialitatea datelor sau pe clauzele contractuale standard adoptate de Comisia Europeană.

## Module cookie

Folosim module cookie strict necesare pentru funcționarea coșului de cumpărături și a contului de client. Cookie-urile de analiză și de marketing (Google Analytics, Google Ads, Meta Pixel) sunt plasate doar dacă îți dai acordul în bannerul afișat la prima vizită. Îți poți schimba oricând opțiunea din linkul „Preferințe cookie” din subsolul paginii.

## Drepturile tale

Conform GDPR, ai următoarele drepturi:

- dreptul de acces la datele tale;
- dreptul la rectificarea datelor inexacte;
- dreptul la ștergerea datelor („dreptul de a fi uitat”);
- dreptul la restricționarea prelucrării;
- dreptul la portabilitatea datelor;
- dreptul de a te opune prelucrării bazate pe interesul nostru legitim;
- dreptul de a-ți retrage consimțământul în orice moment, fără a afecta legalitatea prelucrării anterioare.

Pentru a-ți exercita drepturile, scrie-ne la [date.personale@semagro.ro](mailto:date.personale@semagro.ro). Îți răspundem în cel mult o lună de la primira cererii. Dacă nu ești mulțumit de răspunsul nostru, poți depune o plângere la Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP):

@ B-dul G-ral. Gheorghe Magheru nr. 28-30, Sector 1, București, 010336
@ www.dataprotection.ro

## Comenzi telefonice și pe WhatsApp

Mulți clienți ne comandă telefonic sau pe WhatsApp, mai ales în sezonul de însămânțări. În aceste cazuri, consultantul nostru introduce comanda în magazin în numele tău, cu aceleași date pe care le-ai fi completat singur. Conversațiile pe WhatsApp le păstrăm cel mult 12 luni, iar apelurile telefonice nu le înregistrăm. Dacă ne trimiți fotografii cu plante bolnave sau cu dăunători, le folosim doar pentru a-ți recomanda un tratament și nu le publicăm fără acordul tău.

## Contul de client

Îți poți crea un cont pentru a urmări comenzile și pentru a reface rapid comenzile de sezon. În cont păstrăm adresele de livrare, istoricul comenzilor și, dacă este cazul, datele certificatului de utilizator profesional. Poți șterge contul oricând din pagina „Contul meu” sau scriindu-ne; păstrăm însă facturile atât timp cât ne obligă legea.

## Recenzii și fotografii

Când lași o recenzie la un produs, publicăm prenumele tău, inițiala numelui de familie, județul și textul recenziei. Fotografiile cu recolta pe care ni le trimiți le publicăm pe site sau pe paginile noastre de Facebook și Instagram numai cu acordul tău explicit.

## Securitatea datelor

Magazinul folosește conexiuni criptate (HTTPS). Accesul la comenzi și la datele clienților îl au doar angajații care se ocupă de vânzări, livrări și contabilitate, fiecare cu cont propriu și autentificare în doi pași.

## Minori

Magazinul nu se adresează persoanelor sub 16 ani și nu colectăm cu bună știință date de la acestea.

## Modificări ale politicii

Putem actualiza această politică atunci când schimbăm modul în care prelucrăm datele sau când se modifică legislația. Versiunea în vigoare este întotdeauna cea publicată pe această pagină, cu data ultimei actualizări menționată la început.
"""

EDITS = [
    {"note": "courier added to the processors table: Sameday (easybox lockers)",
     "repl": [("| FAN Courier Express SRL | livrarea coletelor | România |",
               "| FAN Courier Express SRL | livrarea coletelor | România |\n"
               "| Delivery Solutions SA (Sameday) | livrarea coletelor la adresă și în lockerele easybox | România |")]},
    {"note": "typo fixed (primira -> primirea)", "bump": False,
     "repl": [("de la primira cererii", "de la primirea cererii")]},
    {"note": "sentence added: certificate validity checked in the national phytosanitary register",
     "repl": [("Pentru aceasta folosim module cookie și tehnologii similare, descrise mai jos.",
               "Pentru aceasta folosim module cookie și tehnologii similare, descrise mai jos.\n\n"
               "Înainte de a expedia produsele de protecție a plantelor destinate utilizatorilor profesionali, "
               "verificăm valabilitatea certificatului tău în evidența publicată de Autoritatea Națională "
               "Fitosanitară. Dacă certificatul nu este valabil, anulăm acea parte a comenzii și te anunțăm "
               "telefonic.")]},
    {"note": "retention of agronomic Q&A shortened (2 years -> 1 year)",
     "repl": [("| Răspunsuri la întrebări și recomandări agronomice | interes legitim | 2 ani |",
               "| Răspunsuri la întrebări și recomandări agronomice | interes legitim | 1 an |")]},
    {"note": "phone number changed (0265 210 455 -> 0365 808 120)",
     "repl": [("@ Telefon: 0265 210 455", "@ Telefon: 0365 808 120")]},
    {"note": "words inserted: fodder crop seeds added to what the shop sells",
     "repl": [("vindem semințe de legume și cereale,", "vindem semințe de legume, cereale și plante furajere,")]},
]

# ---------------------------------------------------------------- noise

SFATURI = {  # the month's sowing tip shown in the announcement bar
    1: "Sfatul lunii: verifică germinația semințelor păstrate din anul trecut",
    2: "Sfatul lunii: semănăm roșiile și ardeii pentru răsaduri în spații protejate",
    3: "Sfatul lunii: în martie semănăm mazărea, ceapa și morcovul direct în grădină",
    4: "Sfatul lunii: aplică primul tratament la pomi înainte de înflorire",
    5: "Sfatul lunii: plantăm răsadurile de roșii după 10 mai, când trece pericolul brumei",
    6: "Sfatul lunii: fertilizează foliar culturile de legume la 10–14 zile",
    7: "Sfatul lunii: semănăm varza de toamnă și fasolea verde pentru a doua recoltă",
    8: "Sfatul lunii: pregătim terenul pentru rapiță; semănatul începe la sfârșitul lunii",
    9: "Sfatul lunii: semănăm grâul de toamnă între 1 și 20 octombrie în sudul țării",
    10: "Sfatul lunii: încorporează îngrășămintele cu fosfor și potasiu la arătura de toamnă",
    11: "Sfatul lunii: plantăm usturoiul și bulbii de lalele înainte de îngheț",
    12: "Sfatul lunii: fă-ți planul de culturi și comandă din timp semințele pentru primăvară",
}

PROMOS = [
    "Transport gratuit la comenzi de peste 350 lei",
    "Livrare în 24–48 de ore în toată țara",
    "Cod VARA10: 10% reducere la semințele de legume",
    "Sezonul de însămânțări: -15% la îngrășămintele granulate",
    "Plata în rate cu cardurile partenere, fără dobândă",
]


def _dawn(when):
    if when < dt.datetime(2023, 11, 1):
        return "9.0.0", 124875391234
    if when < dt.datetime(2025, 2, 1):
        return "13.0.1", 136512904518
    return "15.2.0", 148210773902


def noise(rng, when, i, prev):
    ver, theme_id = _dawn(when)
    p = prev or {}

    def assets():
        base = 1670000000 + int((when - dt.datetime(2023, 1, 1)).total_seconds())
        return {"ver": ver, "theme_id": theme_id, "t": 4 + (theme_id % 7),
                "v": {k: "%d%d" % (rng.randint(10 ** 9, 10 ** 10 - 1), base + rng.randint(-5000, 0))
                      for k in ("constants", "pubsub", "global", "base", "component-cart-drawer",
                                "component-localization-form", "details-disclosure", "search-form", "cart")}}
    th = p.get("theme")
    theme = assets() if th is None or th["ver"] != ver or rng.random() < 0.18 else th
    promo = C.keep_or(rng, p.get("promo"), 0.3, lambda: rng.choice(PROMOS))
    return {"theme": theme, "promo": promo, "tip": SFATURI[when.month],
            "req": C.uuid4(rng) + "-" + str(C.epoch(when)), "session": C.uuid4(rng).upper()}


LABELS = {"theme": "theme asset ?v= stamps / Dawn upgrade", "promo": "announcement-bar promotion (header)",
          "tip": "announcement-bar sowing tip of the month (header)",
          "req": "storefront request id (analytics script)", "session": "web pixels session id"}

# ---------------------------------------------------------------- render


def render(state, blocks, when):
    th = state["theme"]
    v = th["v"]
    cdn = "//semagro.ro/cdn/shop/t/%d/assets/" % th["t"]

    def asset(name, ext="js"):
        key = name
        return "%s%s.%s?v=%s" % (cdn, name, ext, v[key])
    dawn15 = th["ver"].startswith("15")
    title = blocks[0][1]
    body = "\n".join(C.block_html(b) for b in blocks[1:])
    slides = [state["tip"], state["promo"]]
    slides_html = "".join(
        '<div class="slideshow__slide slider__slide grid__item grid--1-col" id="Slide-sections--16204%d__announcement-bar-%d" '
        'role="group" aria-roledescription="Anunț" aria-label="%d din %d" tabindex="-1"><div class="announcement-bar__announcement" '
        'role="region" aria-label="Anunț"><p class="announcement-bar__message h5"><span>%s</span></p></div></div>'
        % (th["t"], k + 1, k + 1, len(slides), html.escape(s)) for k, s in enumerate(slides))
    theme_json = json.dumps({"name": "Dawn", "id": th["theme_id"], "schema_name": "Dawn",
                             "schema_version": th["ver"], "theme_store_id": 887, "role": "main"},
                            separators=(",", ":"))
    meta = json.dumps({"page": {"pageType": "policy", "requestId": state["req"]}}, separators=(",", ":"))
    pixels = json.dumps({"shopId": 61874203651, "storefrontBaseUrl": "https://semagro.ro",
                         "extensionsBaseUrl": "https://extensions.shopifycdn.com/cdn/shopifycloud/web-pixels-manager",
                         "surface": "storefront-renderer", "enabledBetaFlags": [],
                         "webPixelsConfigList": [{"id": "shopify-app-pixel", "configuration": "{}", "eventPayloadVersion": "v1",
                                                  "runtimeContext": "STRICT", "scriptVersion": "0450", "apiClientId": "shopify-pixel",
                                                  "type": "APP", "privacyPurposes": ["ANALYTICS", "MARKETING"]}],
                         "isMerchantRequest": False, "initData": {"shop": {"name": "SemAgro", "paymentSettings": {"currencyCode": "RON"},
                                                                            "myshopifyDomain": "semagro-ro.myshopify.com",
                                                                            "countryCode": "RO", "storefrontUrl": "https://semagro.ro"},
                                                                   "customerPrivacy": {"analyticsProcessingAllowed": False,
                                                                                       "marketingAllowed": False,
                                                                                       "preferencesProcessingAllowed": False,
                                                                                       "saleOfDataAllowed": False},
                                                                   "cart": None, "checkout": None, "productVariants": [],
                                                                   "purchasingCompany": None},
                         "sessionId": state["session"]}, ensure_ascii=False, separators=(",", ":"))
    header_cls = ("header header--middle-left header--mobile-center page-width header--has-menu header--has-social "
                  "header--has-account header--has-localizations" if dawn15 else
                  "header header--middle-left header--mobile-center page-width header--has-menu")
    menu = [("/collections/seminte-legume", "Semințe de legume"), ("/collections/seminte-cereale", "Cereale și furaje"),
            ("/collections/ingrasaminte", "Îngrășăminte"), ("/collections/protectia-plantelor", "Protecția plantelor"),
            ("/collections/sisteme-irigatie", "Irigații"), ("/blogs/calendarul-gradinarului", "Calendarul grădinarului")]
    menu_html = "".join('<li><a href="%s" class="header__menu-item list-menu__item link link--text focus-inset">'
                        '<span>%s</span></a></li>' % (u, t) for u, t in menu)
    pol = [("/policies/privacy-policy", "Politica de confidențialitate"), ("/policies/terms-of-service", "Termeni și condiții"),
           ("/policies/refund-policy", "Politica de retur"), ("/policies/shipping-policy", "Politica de livrare"),
           ("/pages/preferinte-cookie", "Preferințe cookie"), ("https://anpc.ro/ce-este-sal/", "ANPC – SAL")]
    pol_html = "".join('<li><a href="%s" class="link link--text list-menu__item list-menu__item--link">%s</a></li>' % (u, t)
                       for u, t in pol)
    return """<!doctype html>
<html class="js" lang="ro">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="theme-color" content="">
    <link rel="canonical" href="https://semagro.ro/policies/privacy-policy"><link rel="preconnect" href="https://cdn.shopify.com" crossorigin><link rel="icon" type="image/png" href="//semagro.ro/cdn/shop/files/favicon-semagro.png?crop=center&height=32&v=1675262019&width=32">

    <title>
      Politica de confidențialitate
 &ndash; SemAgro</title>

<meta property="og:site_name" content="SemAgro">
<meta property="og:url" content="https://semagro.ro/policies/privacy-policy">
<meta property="og:title" content="Politica de confidențialitate">
<meta property="og:type" content="website">
<meta property="og:description" content="Semințe, îngrășăminte și produse de protecția plantelor pentru grădină și fermă, livrate în toată țara.">
<meta name="twitter:card" content="summary_large_image">

    <script src="%(constants)s" defer="defer"></script>
    <script src="%(pubsub)s" defer="defer"></script>
    <script src="%(global)s" defer="defer"></script><script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.start');</script><meta name="shopify-checkout-api-token" content="a41f6c0e9b7d23c58f1e04a6b2d9c713"><meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/61874203651/digital_wallets/dialog">
<script async="async" src="/checkouts/internal/preloads.js?locale=ro-RO"></script>
<script id="shopify-features" type="application/json">{"accessToken":"a41f6c0e9b7d23c58f1e04a6b2d9c713","betas":["rich-media-storefront-analytics"],"domain":"semagro.ro","predictiveSearch":true,"shopId":61874203651,"locale":"ro"}</script>
<script>var Shopify = Shopify || {};
Shopify.shop = "semagro-ro.myshopify.com";
Shopify.locale = "ro";
Shopify.currency = {"active":"RON","rate":"1.0"};
Shopify.country = "RO";
Shopify.theme = %(theme)s;
Shopify.theme.handle = "null";
Shopify.theme.style = {"id":null,"handle":null};
Shopify.cdnHost = "semagro.ro/cdn";
Shopify.routes = Shopify.routes || {};
Shopify.routes.root = "/";</script>
<script type="module">!function(o){(o.Shopify=o.Shopify||{}).modules=!0}(window);</script>
<script>(function() {
  var __webPixelsConfig = %(pixels)s;
  window.webPixelsManagerAPI = window.webPixelsManagerAPI || [];
})();</script>
<script>
  window.ShopifyAnalytics = window.ShopifyAnalytics || {};
  window.ShopifyAnalytics.meta = window.ShopifyAnalytics.meta || {};
  window.ShopifyAnalytics.meta.currency = 'RON';
  var meta = %(meta)s;
  for (var attr in meta) {
    window.ShopifyAnalytics.meta[attr] = meta[attr];
  }
</script>
<script class="analytics">(function () {
    var customDocumentWrite = function(content) {
      var jquery = null;
      if (window.jQuery) { jquery = window.jQuery; } else if (window.Checkout && window.Checkout.$) { jquery = window.Checkout.$; }
      if (jquery) { jquery('body').append(content); }
    };
    window.ShopifyAnalytics.lib = window.ShopifyAnalytics.lib || {};
  })();</script>
<link rel="stylesheet" media="screen" href="//semagro.ro/cdn/shopifycloud/shop-js/modules/v2/styles.css">
<script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.end');</script>

    <link href="%(base)s" rel="stylesheet" type="text/css" media="all" />
<link rel="stylesheet" href="%(cartdrawer)s" media="print" onload="this.media='all'">
<script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');
    if (Shopify.designMode) {
      document.documentElement.classList.add('shopify-design-mode');
    }
    </script>
  </head>

  <body class="gradient animate--hover-default">
    <a class="skip-to-content-link button visually-hidden" href="#MainContent">
      Treci direct la conținut
    </a>
<!-- BEGIN sections: header-group -->
<div id="shopify-section-sections--16204%(t)d__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section"><link href="%(localization)s" rel="stylesheet" type="text/css" media="all" />
<div class="utility-bar color-scheme-3 gradient utility-bar--bottom-border">
  <div class="page-width utility-bar__grid"><slideshow-component class="announcement-bar" role="region" aria-roledescription="Carusel" aria-label="Bară de anunțuri"><div class="announcement-bar-slider slider-buttons"><button type="button" class="slider-button slider-button--prev" name="previous" aria-label="Anunțul anterior" aria-controls="Slider-sections--16204%(t)d__announcement-bar"><svg aria-hidden="true" focusable="false" class="icon icon-caret" viewBox="0 0 10 6"><path fill-rule="evenodd" clip-rule="evenodd" d="M9.354.646a.5.5 0 00-.708 0L5 4.293 1.354.646a.5.5 0 00-.708.708l4 4a.5.5 0 00.708 0l4-4a.5.5 0 000-.708z" fill="currentColor"></path></svg></button><div class="grid grid--1-col slider slider--everywhere" id="Slider-sections--16204%(t)d__announcement-bar" aria-live="polite" aria-atomic="true" data-autoplay="true" data-speed="5">%(slides)s</div><button type="button" class="slider-button slider-button--next" name="next" aria-label="Anunțul următor" aria-controls="Slider-sections--16204%(t)d__announcement-bar"><svg aria-hidden="true" focusable="false" class="icon icon-caret" viewBox="0 0 10 6"><path fill-rule="evenodd" clip-rule="evenodd" d="M9.354.646a.5.5 0 00-.708 0L5 4.293 1.354.646a.5.5 0 00-.708.708l4 4a.5.5 0 00.708 0l4-4a.5.5 0 000-.708z" fill="currentColor"></path></svg></button></div></slideshow-component></div>
</div>
</div><div id="shopify-section-sections--16204%(t)d__header" class="shopify-section shopify-section-group-header-group section-header"><link rel="stylesheet" href="%(disclosure)s" media="print" onload="this.media='all'">
<script src="%(details)s" defer="defer"></script>
<script src="%(search)s" defer="defer"></script>
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="%(header_cls)s">
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img src="//semagro.ro/cdn/shop/files/logo-semagro.svg?v=1675262019&amp;width=180" alt="SemAgro" srcset="//semagro.ro/cdn/shop/files/logo-semagro.svg?v=1675262019&amp;width=180 180w" width="180" height="54.0" loading="eager" class="header__heading-logo motion-reduce" sizes="(max-width: 360px) 50vw, 180px"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">%(menu)s</ul></nav>
<div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Căutare"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"><use href="#icon-search"></use></svg></span></summary></details></details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" focusable="false" class="icon icon-account" fill="none" viewBox="0 0 18 19"><use href="#icon-account"></use></svg><span class="visually-hidden">Autentificare</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" fill="none"><use href="#icon-cart-empty"></use></svg><span class="visually-hidden">Coș</span></a></div>
</header></sticky-header>
</div>
<!-- END sections: header-group -->

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

    <!-- BEGIN sections: footer-group -->
<div id="shopify-section-sections--16204%(t)d__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-2 gradient section-sections--16204%(t)d__footer-padding"><div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Informații</h2><ul class="footer-block__details-content list-unstyled">%(pol)s</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Magazinul din Târgu Mureș</h2><div class="footer-block__details-content rte"><p>Luni–Vineri 8:00–17:00, Sâmbătă 8:00–13:00</p><p>Comenzi telefonice: <a href="tel:+40744318902">0744 318 902</a></p></div></div>
<div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Abonează-te la calendarul lucrărilor</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer" /><input type="hidden" name="utf8" value="✓" /><input type="hidden" name="contact[tags]" value="newsletter"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--16204%(t)d__footer" type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="E-mail" required><label class="field__label" for="NewsletterForm--sections--16204%(t)d__footer">E-mail</label><button type="submit" class="newsletter-form__button field__button" name="commit" id="Subscribe" aria-label="Abonează-te"><svg viewBox="0 0 14 10" fill="none" aria-hidden="true" focusable="false" class="icon icon-arrow" xmlns="http://www.w3.org/2000/svg"><use href="#icon-arrow"></use></svg></button></div></div></form></div>
</div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info"><div class="footer__payment"><span class="visually-hidden">Metode de plată</span><ul class="list list-payment" role="list"><li class="list-payment__item"><svg class="icon icon--full-color" viewBox="0 0 38 24" xmlns="http://www.w3.org/2000/svg" role="img" width="38" height="24" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li><li class="list-payment__item"><svg class="icon icon--full-color" viewBox="0 0 38 24" xmlns="http://www.w3.org/2000/svg" role="img" width="38" height="24" aria-labelledby="pi-master"><title id="pi-master">Mastercard</title></svg></li></ul></div><div class="footer__copyright caption"><small class="copyright__content">&copy; %(year)d, <a href="/" title="">SemAgro</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://ro.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Oferit de Shopify</a></small></div></div></div></div>
</footer>
</div>
<!-- END sections: footer-group -->

    <ul hidden><li id="a11y-refresh-page-message">Alegerea unei selecții determină reîmprospătarea întregii pagini.</li><li id="a11y-new-window-message">Se deschide într-o fereastră nouă.</li></ul>
    <script>window.shopUrl = 'https://semagro.ro';
      window.routes = {cart_add_url: '/cart/add', cart_change_url: '/cart/change', cart_update_url: '/cart/update', cart_url: '/cart', predictive_search_url: '/search/suggest'};
      window.cartStrings = {error: `A apărut o eroare la actualizarea coșului. Încearcă din nou.`, quantityError: `Poți adăuga doar [quantity] din acest articol în coș.`};
    </script>
    <script src="%(cartjs)s" defer="defer"></script>
  </body>
</html>
""" % {"constants": asset("constants"), "pubsub": asset("pubsub"), "global": asset("global"),
       "base": asset("base", "css"), "cartdrawer": asset("component-cart-drawer", "css"),
       "localization": asset("component-localization-form", "css"), "disclosure": asset("component-localization-form", "css"),
       "details": asset("details-disclosure"), "search": asset("search-form"), "cartjs": asset("cart"),
       "theme": theme_json, "pixels": pixels, "meta": meta, "t": th["t"], "slides": slides_html,
       "header_cls": header_cls, "menu": menu_html, "pol": pol_html, "title": C.inline_html(title), "body": body,
       "year": when.year}


PAGE = {
    "service": "SemAgro",
    "url": URL,
    "lang": "ro",
    "platform": "Shopify (Dawn 9 -> 13 -> 15)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-ShopId", "61874203651"), ("X-Sorting-Hat-ShopId", "61874203651"),
                      ("Vary", "Accept"), ("Powered-By", "Shopify"), ("CF-Cache-Status", "DYNAMIC")),
    "n": 28,
    "start": dt.date(2023, 2, 6),
    "end": dt.date(2025, 10, 20),
    "hours": (0, 12),
    "policy": POLICY,
    "first_updated": dt.date(2023, 1, 24),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".shopify-policy__container"},
}
