"""Kystmarin (Norwegian Bokmål), a marine-equipment shop in Tromsø and Bodø with a web shop on Shopify (Dawn theme,
Online Store 2.0), behind Shopify's Cloudflare edge. The privacy policy is Shopify's built-in policy page
(/policies/privacy-policy: `.shopify-policy__container` with the title and the TinyMCE body in `.rte`)."""
import base64
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import mwkit as K  # noqa: E402

POLICY = """
# Personvernerklæring

Sist oppdatert: {UPDATED}

Kystmarin AS tar personvernet ditt på alvor. Denne personvernerklæringen forklarer hvordan vi samler inn og bruker personopplysninger når du handler i nettbutikken vår på kystmarin.no, besøker butikkene våre i Tromsø og Bodø eller kontakter kundeservice. Erklæringen gjelder også for nyhetsbrevet og kundeklubben Kystmarin Klubb.

## 1. Behandlingsansvarlig

Kystmarin AS er behandlingsansvarlig for personopplysningene som beskrives i denne erklæringen. Daglig leder har det overordnede ansvaret for at behandlingen skjer i samsvar med personopplysningsloven.

@ Kystmarin AS (org.nr. 918 456 213)
@ Stakkevollvegen 41
@ 9010 Tromsø
@ E-post: [personvern@kystmarin.no](mailto:personvern@kystmarin.no)
@ Telefon: 77 60 12 40

## 2. Hvilke personopplysninger vi behandler

Vi behandler bare opplysninger vi trenger for å levere varer og tjenester til deg:

- Kontaktinformasjon: navn, adresse, e-postadresse og telefonnummer.
- Ordreinformasjon: hvilke varer du har kjøpt, leveringsmåte, betalingsmåte og eventuelle reklamasjoner.
- Kundekonto: passord (kryptert), lagrede adresser og ordrehistorikk dersom du oppretter en konto.
- Kundeklubb: fødselsdato, båttype og båtens lengde dersom du oppgir dette for å få tilpassede tilbud.
- Teknisk informasjon: IP-adresse, nettlesertype og hvordan du bruker nettsiden, i den grad du har samtykket til dette.

Vi lagrer ikke kortnummeret ditt. Betalinger med kort, Vipps og Klarna behandles av betalingsleverandørene.

## 3. Formål og behandlingsgrunnlag

Vi bruker personopplysningene til å behandle bestillingen din, levere varene, håndtere retur og reklamasjon og gi deg kundeservice. Grunnlaget er at behandlingen er nødvendig for å oppfylle kjøpsavtalen med deg (personvernforordningen artikkel 6 nr. 1 bokstav b).

Vi er pålagt å oppbevare regnskapsmateriale etter bokføringsloven. Denne behandlingen skjer for å oppfylle en rettslig forpliktelse (artikkel 6 nr. 1 bokstav c).

Nyhetsbrev, tilbud fra kundeklubben og analyseinformasjonskapsler bruker vi bare når du har samtykket (artikkel 6 nr. 1 bokstav a). Du kan når som helst trekke tilbake samtykket ved å bruke avmeldingslenken i e-posten eller endre innstillingene under «Min konto».

## 4. Databehandlere og andre mottakere

Vi deler personopplysninger med leverandører som hjelper oss med å drive nettbutikken. Alle leverandørene har inngått databehandleravtale med oss eller er selvstendig behandlingsansvarlige for sin del av behandlingen.

| Leverandør | Formål | Land |
| Shopify International Ltd. | Nettbutikkplattform og drift av kundekonto | Irland |
| Vipps AS | Betaling med Vipps | Norge |
| Klarna Bank AB (publ) | Faktura og delbetaling | Sverige |
| Posten Norge AS (Bring) | Frakt og sporing av pakker | Norge |
| PostNord AS | Frakt og levering til hentested | Norge |
| Google Ireland Ltd. | Analyse av trafikk på nettsiden (Google Analytics 4) | Irland |

Vi selger aldri personopplysningene dine til andre.

## 5. Overføring til land utenfor EU/EØS

Enkelte av leverandørene våre, blant annet Shopify og Google, kan behandle personoplysninger i Canada og USA. Slik overføring skjer på grunnlag av EU-kommisjonens beslutninger om tilstrekkelig beskyttelsesnivå, herunder EU–US Data Privacy Framework, eller EU-kommisjonens standard personvernbestemmelser.

## 6. Hvor lenge vi lagrer opplysningene

Ordre- og betalingsinformasjon lagres i fem år etter utgangen av regnskapsåret, slik bokføringsloven krever. Kundekontoer som ikke har vært i bruk på 3 år, slettes automatisk etter at vi har varslet deg på e-post. Henvendelser til kundeservice slettes 24 måneder etter at saken er avsluttet. Opplysninger om reklamasjoner lagres så lenge reklamasjonsfristen løper, det vil si inntil fem år etter kjøpet.

## 7. Informasjonskapsler (cookies)

Nettsiden bruker nødvendige informasjonskapsler for at handlekurven og innloggingen skal fungere. Analyse- og markedsføringskapsler settes bare dersom du samtykker i samtykkebanneret. Du kan endre valget ditt når som helst via lenken «Innstillinger for informasjonskapsler» nederst på siden.

## 8. Dine rettigheter

Du har rett til å:

- be om innsyn i hvilke personopplysninger vi har om deg,
- få rettet uriktige eller ufullstendige opplysninger,
- få slettet opplysninger vi ikke lenger har grunnlag for å behandle,
- kreve at behandlingen begrenses,
- motta opplysningene dine i et strukturert og maskinlesbart format (dataportabilitet),
- protestere mot behandling som bygger på vår berettigede interesse.

Send henvendelsen til [personvern@kystmarin.no](mailto:personvern@kystmarin.no). Vi svarer innen 30 dager. Mener du at vi behandler personopplysningene dine i strid med regelverket, kan du klage til Datatilsynet ([www.datatilsynet.no](https://www.datatilsynet.no)).

## 9. Endringer i personvernerklæringen

Vi kan oppdatere denne erklæringen når vi endrer tjenestene våre eller når regelverket endres. Datoen øverst viser når erklæringen sist ble endret. Ved vesentlige endringer varsler vi kunder med konto på e-post.
"""

EDITS = [
    {"note": "retention of unused customer accounts shortened from 3 to 2 years",
     "repl": [("som ikke har vært i bruk på 3 år", "som ikke har vært i bruk på 2 år")]},
    {"note": "processor row added to the table: Klaviyo (newsletter e-mails)",
     "repl": [("| Google Ireland Ltd. | Analyse av trafikk på nettsiden (Google Analytics 4) | Irland |",
               "| Google Ireland Ltd. | Analyse av trafikk på nettsiden (Google Analytics 4) | Irland |\n"
               "| Klaviyo Inc. | Utsending av nyhetsbrev og e-post fra kundeklubben | USA |")]},
    {"note": "typo fixed (personoplysninger), date unchanged", "bump": False,
     "repl": [("kan behandle personoplysninger i Canada", "kan behandle personopplysninger i Canada")]},
    {"note": "processor renamed in the table: Vipps AS -> Vipps MobilePay AS",
     "repl": [("| Vipps AS | Betaling med Vipps |", "| Vipps MobilePay AS | Betaling med Vipps |")]},
    {"note": "subsection added to section 3: workshop repairs and engine service",
     "repl": [("endre innstillingene under «Min konto».",
               "endre innstillingene under «Min konto».\n\n"
               "### Verksted og service\n\n"
               "Når du leverer påhengsmotor, kartplotter eller annet utstyr til service i verkstedet vårt, "
               "registrerer vi navn, telefonnummer, utstyrets serienummer og hva som skal utføres. Vi sender deg "
               "SMS når arbeidet er ferdig. Opplysningene brukes også ved garantikrav overfor produsenten og "
               "lagres i fem år etter at oppdraget er fakturert.")]},
    {"note": "phone number of the controller changed",
     "repl": [("@ Telefon: 77 60 12 40", "@ Telefon: 77 60 12 55")]},
]


def fmt_date(d):
    return "%d. %s %d" % (d.day, K.MONTHS["nb"][d.month - 1], d.year)


UPGRADE = dt.datetime(2024, 3, 5, 9, 0)   # Dawn 12.0.0 -> 13.0.1 installed as a new theme and published

THEMES = {
    False: {"t": "14", "id": "131846979842", "version": "12.0.0", "group": "sections--16224583164162"},
    True: {"t": "19", "id": "136402649346", "version": "13.0.1", "group": "sections--16885204877570"},
}


def _announcement(loc):
    d = loc.date()
    y = d.year
    e = K.easter(y)
    if dt.date(y, 11, 18) <= d <= dt.date(y, 11, 30):
        first = ("Black Week: Opptil 40 % på utvalgte kartplottere og ekkolodd", "/collections/black-week")
    elif d.month == 12:
        first = ("Julegaver til båtfolket – gavekort fra 250 kr", "/products/gavekort")
    elif d.month in (1, 2):
        first = ("Vintersalg: Opptil 30 % på elektronikk fra Garmin og Simrad", "/collections/elektronikk")
    elif e - dt.timedelta(days=16) <= d <= e + dt.timedelta(days=1):
        first = ("Påskesalg: 20 % på tauverk, fendere og fortøyning", "/collections/fortoyning")
    elif d < dt.date(y, 6, 16) and d.month >= 3:
        first = ("Båtpussen er i gang! Bunnstoff, polish og voks på tilbud", "/collections/batpuss")
    elif d < dt.date(y, 8, 16) and d.month >= 6:
        first = ("Bestill før kl. 14 – vi sender samme dag hele sommeren", "/pages/frakt-og-levering")
    else:
        first = ("Opplag: Presenninger, bukker og frostvæske til vinterlagring", "/collections/opplag")
    return (first, ("Fri frakt på bestillinger over 1 500 kr", "/pages/frakt-og-levering"),
            ("Klikk og hent i butikkene i Tromsø og Bodø", "/pages/butikker"))


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "cet")
    up = when >= UPGRADE
    theme = THEMES[up]
    saved = C.keep_or(rng, p.get("assets") if p.get("theme") == theme["id"] else None, 0.12,
                      lambda: C.epoch(when - dt.timedelta(days=rng.randint(1, 25), minutes=rng.randint(0, 1400))))
    return {
        "cf": ("%s%s" % (rng.choice("789"), C.hexs(rng, 15)),
               base64.b64encode(("%d.000000" % (C.epoch(when) - rng.randint(0, 2))).encode()).decode()),
        "event": C.uuid4(rng),
        "announcement": _announcement(loc),
        "theme": theme["id"],
        "assets": saved,
        "year": loc.year,
    }


LABELS = {
    "cf": "Cloudflare challenge-platform snippet (ray id, timestamp) per request",
    "event": "trekkie eventMetadataId per request",
    "announcement": "announcement-bar slides (seasonal campaign)",
    "theme": "theme published (Dawn 12 -> 13: theme id, t/ index, section group ids)",
    "assets": "theme asset ?v= stamps (theme file saved)",
    "year": "footer copyright year",
}

MENU = [("Elektronikk", "elektronikk"), ("Fortøyning og ankring", "fortoyning"), ("Sikkerhet", "sikkerhet"),
        ("Båtpuss og vedlikehold", "batpuss"), ("Motor og deler", "motor-og-deler"), ("Klær", "klaer"),
        ("Fiske", "fiske"), ("Tilbud", "tilbud")]


def _rte(blocks):
    """The policy body as Shopify's TinyMCE policy editor stores it: some paragraphs pasted from Word keep
    data-mce-fragment spans, tables are plain width=100% tables with a bold first row."""
    n = [0]

    def para(v, inl):
        n[0] += 1
        if n[0] in (3, 6, 7, 11):
            return '<p><span data-mce-fragment="1">%s</span></p>' % inl(v)
        return "<p>%s</p>" % inl(v)

    def table(rows, inl):
        head = "<tr>%s</tr>" % "".join("<td><strong>%s</strong></td>" % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return '<table width="100%%">\n<tbody>\n%s\n%s\n</tbody>\n</table>' % (head, body)

    return K.render_blocks(blocks, para=para, table=table,
                           addr=lambda lines, inl: "<p>%s</p>" % "<br>".join(inl(x) for x in lines), sep="\n")


def _v(name, ts):
    return "%s%d" % (K.digits_hash("kystmarin/" + name, 19), ts)


def render(state, blocks, when):
    theme = THEMES[state["theme"] == THEMES[True]["id"]]
    t, g, ts = theme["t"], theme["group"], state["assets"]
    ray, cft = state["cf"]
    title, rest = K.title_and_rest(blocks)
    asset = lambda name: "//www.kystmarin.no/cdn/shop/t/%s/assets/%s?v=%s" % (t, name, _v(name, ts))  # noqa: E731
    slides = []
    for n, (text, url) in enumerate(state["announcement"], 1):
        slides.append("""            <div class="slideshow__slide slider__slide grid__item grid--1-col" id="Slide-%(g)s__announcement-bar-%(n)d" role="group" aria-roledescription="Kunngjøring" aria-label="%(n)d av 3" tabindex="-1">
              <div class="announcement-bar__announcement" role="region" aria-label="Kunngjøring">
                  <a href="%(url)s" class="announcement-bar__link link link--text focus-inset animate-arrow"><p class="announcement-bar__message h5">
                      <span>%(text)s</span><svg viewBox="0 0 14 10" fill="none" aria-hidden="true" focusable="false" class="icon icon-arrow" xmlns="http://www.w3.org/2000/svg"><path fill-rule="evenodd" clip-rule="evenodd" d="M8.537.808a.5.5 0 01.817-.162l4 4a.5.5 0 010 .708l-4 4a.5.5 0 11-.708-.708L11.793 5.5H1a.5.5 0 010-1h10.793L8.646 1.354a.5.5 0 01-.109-.546z" fill="currentColor"></path></svg>
                    </p></a>
              </div>
            </div>""" % {"g": g, "n": n, "url": url, "text": K.esc(text)})
    menu = "\n".join("""              <li><a id="HeaderMenu-%s" href="/collections/%s" class="header__menu-item list-menu__item link link--text focus-inset"><span>%s</span></a></li>"""
                     % (u, u, K.esc(m)) for m, u in MENU)
    trekkie = ('{"Trekkie":{"appName":"storefront","development":false,"defaultAttributes":{"shopId":61734912002,'
               '"isMerchantRequest":null,"themeId":%s,"themeCityHash":"%s","contentLanguage":"nb","currency":"NOK",'
               '"eventMetadataId":"%s"},"isServerSideCookieWritingEnabled":true,"monorailRegion":"shop_domain",'
               '"enabledBetaFlags":["bbcf04e6"]},"Session Attribution":{},"S2S":{"facebookCapiEnabled":true,'
               '"source":"trekkie-storefront-renderer","apiClientId":580111}}'
               % (theme["id"], K.digits_hash("city" + theme["id"], 20), state["event"]))
    doc = """<!doctype html>
<html class="js" lang="nb">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="theme-color" content="">
    <link rel="canonical" href="https://www.kystmarin.no/policies/privacy-policy"><link rel="icon" type="image/png" href="//www.kystmarin.no/cdn/shop/files/kystmarin-favicon.png?crop=center&height=32&v=1667390521&width=32"><link rel="preconnect" href="https://fonts.shopifycdn.com" crossorigin><title>
      Personvernerklæring
 &ndash; Kystmarin</title>

<meta property="og:site_name" content="Kystmarin">
<meta property="og:url" content="https://www.kystmarin.no/policies/privacy-policy">
<meta property="og:title" content="Personvernerklæring">
<meta property="og:type" content="website">
<meta property="og:description" content="Båtutstyr, elektronikk, fortøyning og sikkerhetsutstyr. Butikker i Tromsø og Bodø – rask levering i hele Norge.">
<meta name="twitter:card" content="summary_large_image">

    <script src="%(constants)s" defer="defer"></script>
    <script src="%(pubsub)s" defer="defer"></script>
    <script src="%(global)s" defer="defer"></script><script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.start');</script><meta name="facebook-domain-verification" content="q7m2c0x8hn4y1k5lrt9v3wzj6dpe0a">
<meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/61734912002/digital_wallets/dialog">
<script async="async" src="/checkouts/internal/preloads.js?locale=nb-NO"></script>
<script id="shopify-features" type="application/json">{"accessToken":"6c3d1f0a9b8e7d6c5b4a39281706f5e4","betas":["rich-media-storefront-analytics"],"domain":"www.kystmarin.no","predictiveSearch":true,"shopId":61734912002,"locale":"nb"}</script>
<script>var Shopify = Shopify || {};
Shopify.shop = "kystmarin.myshopify.com";
Shopify.locale = "nb";
Shopify.currency = {"active":"NOK","rate":"1.0"};
Shopify.country = "NO";
Shopify.theme = {"name":"Dawn","id":%(theme_id)s,"schema_name":"Dawn","schema_version":"%(version)s","theme_store_id":887,"role":"main"};
Shopify.theme.handle = "null";
Shopify.theme.style = {"id":null,"handle":null};
Shopify.cdnHost = "www.kystmarin.no/cdn";
Shopify.routes = Shopify.routes || {};
Shopify.routes.root = "/";</script>
<script type="module">!function(o){(o.Shopify=o.Shopify||{}).modules=!0}(window);</script>
<script>!function(o){function n(){var o=[];function n(){o.push(Array.prototype.slice.apply(arguments))}return n.q=o,n}var t=o.Shopify=o.Shopify||{};t.loadFeatures=n(),t.autoloadFeatures=n()}(window);</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"policy"}</script>
<script>
  window.ShopifyAnalytics = window.ShopifyAnalytics || {};
  window.ShopifyAnalytics.meta = window.ShopifyAnalytics.meta || {};
  window.ShopifyAnalytics.meta.currency = 'NOK';
  var meta = {"page":{"pageType":"policy"}};
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
    trekkie.config = %(trekkie)s;
    trekkie.load = function(config) { trekkie.config = config || {}; };
    trekkie.load(trekkie.config);
  })();
</script>
<script class="boomerang">
(function () {
  window.BOOMR = window.BOOMR || {};
  window.BOOMR.themeName = "Dawn";
  window.BOOMR.themeVersion = "%(version)s";
  window.BOOMR.shopId = 61734912002;
  window.BOOMR.themeId = %(theme_id)s;
  window.BOOMR.renderRegion = "gcp-europe-west1";
})();
</script>
<script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.end');</script>
    <link href="%(base_css)s" rel="stylesheet" type="text/css" media="all" />
    <link rel="preload" as="font" href="//www.kystmarin.no/cdn/fonts/assistant/assistant_n4.9120912a469cad1cc292572851508ca49d12e768.woff2" type="font/woff2" crossorigin>
    <script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');
    if (Shopify.designMode) { document.documentElement.classList.add('shopify-design-mode'); }
    </script>
  </head>

  <body class="gradient animate--hover-default">
    <a class="skip-to-content-link button visually-hidden" href="#MainContent">
      Gå videre til innholdet
    </a>
<link href="%(slideshow_css)s" rel="stylesheet" type="text/css" media="all" />
<!-- BEGIN sections: header-group -->
<div id="shopify-section-%(g)s__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section"><div class="utility-bar color-scheme-2 gradient utility-bar--bottom-border">
  <div class="page-width utility-bar__grid">
    <slideshow-component class="announcement-bar" role="region" aria-roledescription="Karusell" aria-label="Kunngjøringslinje">
      <div class="announcement-bar-slider slider-buttons">
        <button type="button" class="slider-button slider-button--prev" name="previous" aria-label="Forrige kunngjøring" aria-controls="Slider-%(g)s__announcement-bar"><svg aria-hidden="true" focusable="false" class="icon icon-caret" viewBox="0 0 10 6"><path fill-rule="evenodd" clip-rule="evenodd" d="M9.354.646a.5.5 0 00-.708 0L5 4.293 1.354.646a.5.5 0 00-.708.708l4 4a.5.5 0 00.708 0l4-4a.5.5 0 000-.708z" fill="currentColor"></path></svg></button>
        <div class="grid grid--1-col slider slider--everywhere" id="Slider-%(g)s__announcement-bar" aria-live="polite" aria-atomic="true" data-autoplay="true" data-speed="5">
%(slides)s
        </div>
        <button type="button" class="slider-button slider-button--next" name="next" aria-label="Neste kunngjøring" aria-controls="Slider-%(g)s__announcement-bar"><svg aria-hidden="true" focusable="false" class="icon icon-caret" viewBox="0 0 10 6"><path fill-rule="evenodd" clip-rule="evenodd" d="M9.354.646a.5.5 0 00-.708 0L5 4.293 1.354.646a.5.5 0 00-.708.708l4 4a.5.5 0 00.708 0l4-4a.5.5 0 000-.708z" fill="currentColor"></path></svg></button>
      </div>
    </slideshow-component>
    <div class="localization-wrapper"></div>
  </div>
</div>
</div><div id="shopify-section-%(g)s__header" class="shopify-section shopify-section-group-header-group section-header"><link rel="stylesheet" href="%(menu_css)s" media="print" onload="this.media='all'">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
    <h2 class="header__heading">
        <a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
            <img src="//www.kystmarin.no/cdn/shop/files/kystmarin-logo.png?v=1667390488&amp;width=600" alt="Kystmarin" srcset="//www.kystmarin.no/cdn/shop/files/kystmarin-logo.png?v=1667390488&amp;width=180 180w, //www.kystmarin.no/cdn/shop/files/kystmarin-logo.png?v=1667390488&amp;width=270 270w" width="180" height="42.0" loading="eager" class="header__heading-logo motion-reduce" sizes="(max-width: 360px) 50vw, 180px">
          </div></a>
    </h2>
    <nav class="header__inline-menu">
            <ul class="list-menu list-menu--inline" role="list">
%(menu)s
            </ul>
    </nav>
    <div class="header__icons header__icons--localization header-localization">
      <details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Søk"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false" viewBox="0 0 18 19" fill="none"><path fill-rule="evenodd" clip-rule="evenodd" d="M11.03 11.68A5.784 5.784 0 112.85 3.5a5.784 5.784 0 018.18 8.18zm.26 1.12a6.78 6.78 0 11.72-.7l5.4 5.4a.5.5 0 11-.71.7l-5.41-5.4z" fill="currentColor"/></svg></span></summary></details></details-modal>
      <a href="https://shopify.com/61734912002/account?locale=nb&amp;region_country=NO" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Logg inn</span></a>
      <a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Handlekurv</span></a>
    </div>
  </header>
</sticky-header>
</div>
<!-- END sections: header-group -->

    <main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
      <div class="shopify-policy__container">
        <div class="shopify-policy__title">
          <h1>%(title)s</h1>
        </div>

        <div class="shopify-policy__body">
          <div class="rte">
              %(policy)s
          </div>
        </div>
      </div>
    </main>

    <!-- BEGIN sections: footer-group -->
<div id="shopify-section-%(g)s__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-3 gradient section-%(g)s__footer-padding">
    <div class="footer__content-top page-width">
        <div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet ">
            <div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Kundeservice</h2>
              <ul class="footer-block__details-content list-unstyled">
                <li><a href="/pages/kontakt" class="link link--text list-menu__item list-menu__item--link">Kontakt oss</a></li>
                <li><a href="/pages/frakt-og-levering" class="link link--text list-menu__item list-menu__item--link">Frakt og levering</a></li>
                <li><a href="/pages/retur-og-reklamasjon" class="link link--text list-menu__item list-menu__item--link">Retur og reklamasjon</a></li>
                <li><a href="/policies/terms-of-service" class="link link--text list-menu__item list-menu__item--link">Kjøpsvilkår</a></li>
                <li><a href="/policies/privacy-policy" class="link link--text list-menu__item list-menu__item--link list-menu__item--active" aria-current="page">Personvernerklæring</a></li>
              </ul>
            </div>
            <div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Butikkene våre</h2>
              <div class="footer-block__details-content rte"><p>Tromsø: Stakkevollvegen 41<br>Bodø: Sjøgata 17</p><p>Man–fre 09–17, lør 10–15</p></div>
            </div>
        </div>
        <div class="footer-block--newsletter">
            <div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Meld deg på nyhetsbrevet</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer" /><input type="hidden" name="utf8" value="✓" /><input type="hidden" name="contact[tags]" value="newsletter">
                  <div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--%(g)s__footer" type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="E-post" required><label class="field__label" for="NewsletterForm--%(g)s__footer">E-post</label><button type="submit" class="newsletter-form__button field__button" name="commit" id="Subscribe" aria-label="Abonner">Abonner</button></div></div></form></div>
        </div>
    </div>
  <div class="footer__content-bottom">
    <div class="footer__content-bottom-wrapper page-width">
      <div class="footer__column footer__column--info">
          <div class="footer__payment"><span class="visually-hidden">Betalingsmåter</span><ul class="list list-payment" role="list"><li class="list-payment__item"><svg class="icon icon--full-color" viewBox="0 0 38 24" xmlns="http://www.w3.org/2000/svg" role="img" width="38" height="24" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li><li class="list-payment__item"><svg class="icon icon--full-color" viewBox="0 0 38 24" xmlns="http://www.w3.org/2000/svg" role="img" width="38" height="24" aria-labelledby="pi-klarna"><title id="pi-klarna">Klarna</title></svg></li><li class="list-payment__item"><svg class="icon icon--full-color" viewBox="0 0 38 24" xmlns="http://www.w3.org/2000/svg" role="img" width="38" height="24" aria-labelledby="pi-vipps"><title id="pi-vipps">Vipps</title></svg></li></ul></div>
        <div class="footer__copyright caption">
          <small class="copyright__content">&copy; %(year)d, <a href="/" title="">Kystmarin</a></small>
          <small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com/no?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Drevet av Shopify</a></small>
          <ul class="policies list-unstyled"><li><small class="copyright__content"><a href="/policies/privacy-policy">Personvernerklæring</a></small></li><li><small class="copyright__content"><a href="/policies/terms-of-service">Vilkår for bruk</a></small></li></ul>
        </div>
      </div>
    </div>
  </div>
</footer>
</div>
<!-- END sections: footer-group -->

    <script>
      window.shopUrl = 'https://www.kystmarin.no';
      window.routes = {
        cart_add_url: '/cart/add',
        cart_change_url: '/cart/change',
        cart_update_url: '/cart/update',
        cart_url: '/cart',
        predictive_search_url: '/search/suggest',
      };
      window.cartStrings = {
        error: `Det oppstod en feil under oppdatering av handlekurven. Prøv på nytt.`,
        quantityError: `Du kan bare legge til [quantity] av denne varen i handlekurven.`,
      };
    </script>
  <script>(function(){function c(){var b=a.contentDocument||a.contentWindow.document;if(b){var d=b.createElement('script');d.innerHTML="window.__CF$cv$params={r:'%(ray)s',t:'%(cft)s'};var a=document.createElement('script');a.nonce='';a.src='/cdn-cgi/challenge-platform/scripts/jsd/main.js';document.getElementsByTagName('head')[0].appendChild(a);";b.getElementsByTagName('head')[0].appendChild(d)}}if(document.body){var a=document.createElement('iframe');a.height=1;a.width=1;a.style.position='absolute';a.style.top=0;a.style.left=0;a.style.border='none';a.style.visibility='hidden';document.body.appendChild(a);if('loading'!==document.readyState)c();else if(window.addEventListener)document.addEventListener('DOMContentLoaded',c);else{var e=document.onreadystatechange||function(){};document.onreadystatechange=function(b){e(b);'loading'!==document.readyState&&(document.onreadystatechange=e,c())}}}})();</script></body>
</html>
""" % {"constants": asset("constants.js"), "pubsub": asset("pubsub.js"), "global": asset("global.js"),
       "base_css": asset("base.css"), "slideshow_css": asset("component-slideshow.css"),
       "menu_css": asset("component-list-menu.css"), "theme_id": theme["id"], "version": theme["version"],
       "trekkie": trekkie, "g": g, "slides": "\n".join(slides), "menu": menu, "title": K.esc(title),
       "policy": _rte(rest), "year": state["year"], "ray": ray, "cft": cft}
    return doc


PAGE = {
    "service": "Kystmarin",
    "url": "https://www.kystmarin.no/policies/privacy-policy",
    "lang": "nb",
    "platform": "Shopify Online Store 2.0, Dawn theme (12.0.0, then 13.0.1), Cloudflare edge",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "cloudflare"), ("Vary", "Accept"), ("X-Frame-Options", "DENY"),
                      ("X-ShopId", "61734912002"), ("X-Storefront-Renderer-Rendered", "1"),
                      ("Content-Language", "nb")],
    "n": 30,
    "start": dt.date(2023, 2, 1),
    "end": dt.date(2024, 11, 30),
    "hours": (0, 12),
    "policy": POLICY,
    "first_updated": dt.date(2022, 10, 24),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.kystmarin.no/policies/privacy-policy",
        "select": ".shopify-policy__container",
    },
}
