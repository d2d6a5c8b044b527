"""A Norwegian furniture maker's Shopify store (Dawn theme): /policies/privacy-policy, written in Bokmål.

Fairly clean. Shopify's policy template: `.shopify-policy__container` with the title (h1) and `.rte` body. Per visit:
`__st.reqid` and the web pixels' page id in content_for_header; now and then a theme update (asset `?v=` stamps,
Dawn's schema version, a new theme id when a duplicate theme is published), the announcement bar's sofa lead
time, the Judge.me reviews count in the footer (it only grows). All outside the declared container.
"""
import datetime as dt
import html

import common as C

MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
          "november", "desember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """# Personvernerklæring

Sist oppdatert: {UPDATED}

Heimstad Møbelverksted AS lager sofaer, lenestoler og spisestuemøbler på fabrikken vår i Sykkylven og selger dem i nettbutikken heimstadmobler.no, i vårt eget utsalg og gjennom utvalgte forhandlere. Denne personvernerklæringen forklarer hvilke personopplysninger vi samler inn når du handler hos oss, bestiller stoffprøver, får et møbel levert eller tar kontakt med kundeservice, og hvilke rettigheter du har.

## Behandlingsansvarlig

@ Heimstad Møbelverksted AS
@ Industrivegen 14
@ 6230 Sykkylven
@ Org.nr. 912 345 678 MVA
@ E-post: personvern@heimstadmobler.no

Har du spørsmål om hvordan vi behandler personopplysninger, kan du skrive til personvern@heimstadmobler.no eller ringe kundeservice på 70 25 18 00 (hverdager 08–15).

## Hvilke opplysninger vi samler inn

Vi samler bare inn opplysninger vi trenger for å levere varene og tjenestene du ber om:

- kontaktopplysninger: navn, adresse, e-postadresse og telefonnummer;
- ordreopplysninger: hvilke møbler du har bestilt, valgt stoff eller skinn, mål, pris og leveringsdato;
- betalingsopplysninger: betalingsmåte og status for betalingen (kortnummeret ditt ser vi aldri, det behandles av betalingsleverandøren);
- leveringsopplysninger: etasje, om det finnes heis, og andre beskjeder til sjåføren;
- henvendelser til kundeservice, reklamasjoner og bilder du sender oss av et skadet møbel;
- tekniske opplysninger fra nettbutikken, som IP-adresse, nettleser og hvilke sider du har besøkt, dersom du har samtykket til informasjonskapsler.

## Hvorfor vi behandler opplysningene og rettslig grunnlag

| Formål | Rettslig grunnlag | Lagringstid |
| Behandle og levere bestillingen din | Avtale (personvernforordningen art. 6 nr. 1 bokstav b) | Fem år etter levering, på grunn av reklamasjonsfristen |
| Bokføring og regnskap | Rettslig forpliktelse (bokføringsloven) | Fem år etter regnskapsårets slutt |
| Kundeservice og reklamasjoner | Avtale og rettslig forpliktelse (forbrukerkjøpsloven) | Fem år etter siste henvendelse |
| Nyhetsbrev med nye kolleksjoner og tilbud | Samtykke (art. 6 nr. 1 bokstav a) | Til du melder deg av |
| Kundekonto i nettbutikken | Avtale | Til du sletter kontoen, eller tre år uten innlogging |
| Statistikk og markedsføring på nett | Samtykke | Se oversikten over informasjonskapsler |

Vi bruker ikke personopplysningene dine til automatiserte avgjørelser som har rettsvirkning for deg. Kredittvurdering ved kjøp på faktura eller delbetaling gjøres av Klarna, som er selvstendig behandlingsansvarlig for denne behandlingen.

## Levering av møbler

Store møbler leveres av vår egen transportavdeling eller av samarbeidende transportører. Sjåføren får navnet ditt, leveringsadressen, telefonnummeret og eventuelle beskjeder om bæring, slik at leveringen kan avtales. Du får en SMS med tidsvindu dagen før levering. Ønsker du at vi tar med det gamle møbelet ditt til gjenvinning, noterer vi dette på ordren. Vi sletter leveringsbeskjedene 60 dager etter at møbelet er levert.

## Stoffprøver og møbelrådgivning

Når du bestiller stoffprøver, bruker vi navnet og adressen din kun til å sende prøvene. Bestiller du en time for møbelrådgivning i utsalget vårt eller på video, lagrer vi tidspunktet og det du ønsker hjelp med, og sletter det seks måneder etter avtalen.

## Kameraovervåking

Utsalget og fabrikkområdet i Sykkylven er kameraovervåket for å forebygge innbrudd og skadeverk. Det er skiltet ved inngangene. Opptakene lagres i sju dager og slettes deretter automatisk, med mindre de må utleveres til politiet i forbindelse med en straffbar handling.

## Spesialtilpassede møbler

Mange av møblene våre lages på bestilling. Når du bestiller et spesialtilpasset møbel, for eksempel en sofa med egne mål eller en annen armlenemodell, lagrer vi målene, stoff- og fargevalget og eventuelle skisser du sender oss. Opplysningene brukes i produksjonen og i reklamasjonsbehandlingen, og oppbevares sammen med ordren.

## Nyhetsbrev

Melder du deg på nyhetsbrevet, får du e-post om nye kolleksjoner, stoffnyheter og salg, omtrent to ganger i måneden. Vi registrerer om du åpner e-postene og klikker på lenkene, slik at vi kan sende innhold som passer for deg. Du kan melde deg av via lenken nederst i hver e-post.

## Hvem vi deler opplysninger med

Vi selger aldri personopplysninger. Vi bruker disse databehandlerne, som bare kan behandle opplysningene etter våre instrukser:

| Databehandler | Oppgave | Land |
| Shopify International Ltd. | Drift av nettbutikken | Irland |
| Klarna Bank AB | Betaling med faktura og delbetaling | Sverige |
| Posten Norge AS (Bring) | Frakt av små varer og stoffprøver | Norge |
| Klaviyo Inc. | Utsendelse av nyhetsbrev | USA |
| Zendesk Inc. | Kundeservice | USA |

Når opplysninger overføres til USA, skjer det på grunnlag av EU–US Data Privacy Framework eller EU-kommisjonens standard personvernbestemmelser.

## Informasjonskapsler

Nettbutikken bruker informasjonskapsler som er nødvendige for at handlekurven og kassen skal fungere. Informasjonskapsler for statistikk og markedsføring (Google Analytics og Meta) bruker vi bare hvis du samtykker i cookie-banneret. Du kan når som helst endre valget ditt via lenken «Innstillinger for informasjonskapsler» nederst på siden.

## Sikkerhet

Vi beskytter personopplysningene dine med tekniske og organisatoriske tiltak, blant annet kryptert overføring, tilgangsstyring og logging. Bare ansatte som trenger opplysningene i arbeidet sitt, har tilgang til dem.

## Barn

Nettbutikken er ikke rettet mot barn under 16 år, og vi samler ikke bevisst inn opplysninger om barn. Er du under 18 år, må en forelder eller foresatt godkjenne kjøpet.

## Dine rettigheter

Du har rett til innsyn i opplysningene vi har om deg, og til å be om retting eller sletting. Du kan også be om begrensning av behandlingen, protestere mot behandling og be om å få utlevert opplysningene i et maskinlesbart format (dataportabilitet). Har du gitt samtykke, kan du når som helst trekke det tilbake. Du kan også når som helst reservere deg mot direkte markedsføring, uten å oppgi noen grunn.

Vi svarer på henvendelsen din så raskt som mulig og senest innen 30 dager. Vi kan be deg bekrefte identiteten din før vi utleverer opplysninger.

## Klage

Mener du at vi behandler personopplysningene dine i strid med regelverket, ønsker vi at du tar kontakt med oss først. Du kan også klage til Datatilsynet:

@ Datatilsynet
@ Postboks 458 Sentrum
@ 0105 Oslo
@ www.datatilsynet.no

## Endringer

Vi kan oppdatere denne erklæringen når vi endrer tjenestene våre eller når regelverket endres. Den gjeldende versjonen finner du alltid på denne siden."""

EDITS = [
    {"note": "Vipps MobilePay added to the processors table",
     "repl": [("| Klarna Bank AB | Betaling med faktura og delbetaling | Sverige |",
               "| Klarna Bank AB | Betaling med faktura og delbetaling | Sverige |\n"
               "| Vipps MobilePay AS | Betaling med Vipps | Norge |")]},
    {"note": "typo fixed: 'personopplysningene dine i strid' → 'personopplysningene dine i strid med personvernregelverket' (no date bump)",
     "repl": [("behandler personopplysningene dine i strid med regelverket,",
               "behandler personopplysningene dine i strid med personvernregelverket,")],
     "bump": False},
    {"note": "a paragraph on product reviews (Judge.me) added to the sharing section, and Judge.me to the processors",
     "repl": [("| Zendesk Inc. | Kundeservice | USA |",
               "| Zendesk Inc. | Kundeservice | USA |\n| Judge.me Ltd. | Produktanmeldelser | Storbritannia |"),
              ("## Informasjonskapsler",
               "Etter levering sender vi deg en e-post med invitasjon til å anmelde møbelet. Skriver du en anmeldelse, "
               "publiseres fornavnet ditt, forbokstaven i etternavnet og bostedskommunen sammen med anmeldelsen.\n\n"
               "## Informasjonskapsler")]},
    {"note": "customer service phone number and hours changed",
     "repl": [("ringe kundeservice på 70 25 18 00 (hverdager 08–15)",
               "ringe kundeservice på 70 25 18 40 (mandag–fredag 09–16)")]},
    {"note": "inactive customer accounts: deleted after two years instead of three",
     "repl": [("| Til du sletter kontoen, eller tre år uten innlogging |",
               "| Til du sletter kontoen, eller to år uten innlogging |")]},
    {"note": "delivery notes retention 60 → 90 days, sentence on photos at delivery added",
     "repl": [("Vi sletter leveringsbeskjedene 60 dager etter at møbelet er levert.",
               "Ved levering tar sjåføren bilde av møbelet på plass, slik at eventuelle transportskader kan "
               "dokumenteres. Vi sletter leveringsbeskjedene og bildene 90 dager etter at møbelet er levert.")]},
]

LEAD = ["Leveringstid på sofaer: 6–8 uker", "Leveringstid på sofaer: 8–10 uker", "Leveringstid på sofaer: 5–7 uker",
        "Gratis stoffprøver – bestill opptil 6 stk", "Gratis frakt på lenestoler ut måneden",
        "Vinterutsalg: opptil 30 % på utvalgte sofaer"]


def _theme(rng, prev):
    if prev is None:
        return {"id": 132456789012, "ver": "11.0.0", "v": [rng.randint(10 ** 18, 2 * 10 ** 19) for _ in range(6)]}
    t = dict(prev)
    vers = ["11.0.0", "12.0.0", "13.0.1", "15.0.0", "15.2.0"]
    k = vers.index(t["ver"])
    if k + 1 < len(vers):
        t["ver"] = vers[k + 1]
    if rng.random() < 0.4:
        t["id"] = t["id"] + rng.randint(1000, 900000)
    t["v"] = [rng.randint(10 ** 18, 2 * 10 ** 19) if rng.random() < 0.6 else x for x in prev["v"]]
    return t


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["theme"] = _theme(rng, None) if not p else (
        _theme(rng, p["theme"]) if rng.random() < 0.12 else p["theme"])
    st["reqid"] = "%s-%d" % (C.uuid4(rng), C.epoch(when) + rng.randint(-3, 0))
    st["pixels"] = C.uuid4(rng)
    st["announce"] = C.keep_or(rng, p.get("announce"), 0.2, lambda: rng.choice(LEAD))
    days = (when.date() - dt.date(2022, 1, 1)).days
    st["reviews"] = (1180 + days, round(4.78 + (days % 9) * 0.005, 2))
    return st


LABELS = {"theme": "Dawn theme update (asset ?v=, theme id, schema version)", "reqid": "__st.reqid",
          "pixels": "web pixels manager page id", "announce": "announcement bar (lead time, campaigns)",
          "reviews": "Judge.me reviews count in the footer"}

MENU = [("Sofaer", "sofaer"), ("Lenestoler", "lenestoler"), ("Spisestue", "spisestue"), ("Stoffer og skinn", "stoffer"),
        ("Utsalg", "utsalg"), ("Om oss", "om-oss")]


def render(st, blocks, when):
    t = st["theme"]
    v = t["v"]
    base = "//heimstadmobler.no/cdn/shop/t/%d/assets/" % (t["id"] % 100)
    title = blocks[0][1]
    body = C.blocks_html(blocks[1:], sep="\n")
    nrev, score = st["reviews"]
    menu = "\n".join('<li><a href="/collections/%s" class="header__menu-item list-menu__item link link--text focus-inset">'
                     '<span>%s</span></a></li>' % (s, html.escape(n)) for n, s in MENU)
    return """<!doctype html>
<html class="no-js" lang="nb">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="theme-color" content="">
    <link rel="canonical" href="https://heimstadmobler.no/policies/privacy-policy">
    <link rel="preconnect" href="https://cdn.shopify.com" crossorigin>
    <link rel="icon" type="image/png" href="//heimstadmobler.no/cdn/shop/files/favicon_heimstad.png?crop=center&height=32&v=1658393022&width=32">
    <title>Personvernerklæring &ndash; Heimstad Møbelverksted</title>
    <meta property="og:site_name" content="Heimstad Møbelverksted">
    <meta property="og:url" content="https://heimstadmobler.no/policies/privacy-policy">
    <meta property="og:title" content="Personvernerklæring">
    <meta property="og:type" content="website">
    <script src="%(base)sconstants.js?v=%(v0)d" defer="defer"></script>
    <script src="%(base)spubsub.js?v=%(v1)d" defer="defer"></script>
    <script src="%(base)sglobal.js?v=%(v2)d" defer="defer"></script>
    <script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.start');</script><meta name="google-site-verification" content="q7b3NfV0xY1hZ8mK2sC4eR6tU9wP0aL5dG3jH7kB1nM">
<meta name="shopify-checkout-api-token" content="c71a8e0d4b92f5e3a6d1c8b7f0e2a9d4">
<meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/61234567890/digital_wallets/dialog">
<script async="async" src="/checkouts/internal/preloads.js?locale=nb-NO"></script>
<script id="shopify-features" type="application/json">{"accessToken":"c71a8e0d4b92f5e3a6d1c8b7f0e2a9d4","betas":["rich-media-storefront-analytics"],"domain":"heimstadmobler.no","predictiveSearch":true,"shopId":61234567890,"locale":"nb"}</script>
<script>var Shopify = Shopify || {};
Shopify.shop = "heimstad-mobelverksted.myshopify.com";
Shopify.locale = "nb";
Shopify.currency = {"active":"NOK","rate":"1.0"};
Shopify.country = "NO";
Shopify.theme = {"name":"Dawn","id":%(tid)d,"schema_name":"Dawn","schema_version":"%(tver)s","theme_store_id":887,"role":"main"};
Shopify.theme.handle = "null";
Shopify.theme.style = {"id":null,"handle":null};
Shopify.cdnHost = "heimstadmobler.no/cdn";
Shopify.routes = Shopify.routes || {};
Shopify.routes.root = "/";</script>
<script type="module">!function(o){(o.Shopify=o.Shopify||{}).modules=!0}(window);</script>
<script>!function(o){function n(){var o=[];function n(){o.push(Array.prototype.slice.apply(arguments))}return n.q=o,n}var t=o.Shopify=o.Shopify||{};t.loadFeatures=n(),t.autoloadFeatures=n()}(window);</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"policy"}</script>
<script id="web-pixels-manager-setup">(function e(e,d,r,n,o){var i=e.webPixelsManager=e.webPixelsManager||{};i.init=function(a){i.q=i.q||[];i.q.push(a)}})(self);webPixelsManagerAPI=self.webPixelsManager.init({"shopId":61234567890,"storefrontBaseUrl":"https://heimstadmobler.no","extensionsBaseUrl":"https://extensions.shopifycdn.com/cdn/shopifycloud/web-pixels-manager","surface":"storefront-renderer","enabledBetaFlags":[],"webPixelsConfigList":[{"id":"shopify-app-pixel","configuration":"{}","eventPayloadVersion":"v1","runtimeContext":"STRICT","scriptVersion":"0450","apiClientId":"shopify-pixel","type":"APP","privacyPurposes":["ANALYTICS","MARKETING"]}],"initData":{"shop":{"name":"Heimstad Møbelverksted","paymentSettings":{"currencyCode":"NOK"},"myshopifyDomain":"heimstad-mobelverksted.myshopify.com","countryCode":"NO","storefrontUrl":"https://heimstadmobler.no"},"customer":null,"cart":null,"checkout":null,"productVariants":[],"purchasingCompany":null}},"%(pixels)s");</script>
<script id="__st">var __st={"a":61234567890,"offset":3600,"reqid":"%(reqid)s","pageurl":"heimstadmobler.no\\/policies\\/privacy-policy","u":"5e1f0a9c7d3b"};</script>
<script>window.ShopifyPaypalV4VisibilityTracking = true;</script>
<script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.end');</script>
    <link href="%(base)sbase.css?v=%(v3)d" rel="stylesheet" type="text/css" media="all" />
    <link href="%(base)scomponent-cart-drawer.css?v=%(v4)d" rel="stylesheet" type="text/css" media="all" />
    <script src="https://cdn.judge.me/widget_preloader.js" defer></script>
  </head>
  <body class="gradient">
    <a class="skip-to-content-link button visually-hidden" href="#MainContent">Hopp til innholdet</a>
    <div id="shopify-section-sections--1854097231__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section"><div class="announcement-bar color-accent-1 gradient" role="region" aria-label="Kunngjøring"><div class="page-width"><p class="announcement-bar__message h5"><span>%(announce)s</span></p></div></div></div>
    <div id="shopify-section-sections--1854097231__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-background-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
      <a href="/" class="header__heading-link link link--text focus-inset"><img src="//heimstadmobler.no/cdn/shop/files/heimstad-logo.svg?v=1658392811&width=200" alt="Heimstad Møbelverksted" class="header__heading-logo" width="200" height="42"></a>
      <nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">%(menu)s</ul></nav>
      <div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Logg inn</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Handlekurv</span></a></div>
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
    <div id="shopify-section-sections--1854097232__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-background-1 gradient section-sections--1854097232__footer-padding">
      <div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
        <div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Kundeservice</h2><ul class="footer-block__details-content list-unstyled"><li><a href="/pages/kontakt" class="link link--text list-menu__item list-menu__item--link">Kontakt oss</a></li><li><a href="/pages/levering" class="link link--text list-menu__item list-menu__item--link">Levering og montering</a></li><li><a href="/pages/reklamasjon" class="link link--text list-menu__item list-menu__item--link">Reklamasjon</a></li><li><a href="/policies/terms-of-service" class="link link--text list-menu__item list-menu__item--link">Salgsbetingelser</a></li><li><a href="/policies/privacy-policy" class="link link--text list-menu__item list-menu__item--link list-menu__item--active" aria-current="page">Personvernerklæring</a></li></ul></div>
        <div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Utsalget i Sykkylven</h2><div class="footer-block__details-content rte"><p>Industrivegen 14, 6230 Sykkylven<br>Man–fre 10–17, lør 10–15</p></div></div>
        <div class="footer-block grid__item"><a class="jdgm-all-reviews-text" href="/pages/anmeldelser"><span class="jdgm-all-reviews-text__text" data-score="%(score)s" data-number-of-reviews="%(nrev)d">Kundene gir oss %(score_txt)s av 5 stjerner basert på %(nrev_txt)s anmeldelser</span></a></div>
      </div></div>
      <div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; %(year)d, <a href="/" title="">Heimstad Møbelverksted</a></small><small class="copyright__content"><a href="#" onclick="window.privacyBanner && window.privacyBanner.showPreferences(); return false;">Innstillinger for informasjonskapsler</a></small></div></div>
    </footer></div>
    <script src="%(base)sdetails-disclosure.js?v=%(v5)d" defer="defer"></script>
  </body>
</html>
""" % {"base": base, "v0": v[0], "v1": v[1], "v2": v[2], "v3": v[3], "v4": v[4], "v5": v[5],
       "tid": t["id"], "tver": t["ver"], "pixels": st["pixels"], "reqid": st["reqid"],
       "announce": html.escape(st["announce"]), "menu": menu, "title": html.escape(title), "body": body,
       "score": "%.2f" % score, "score_txt": ("%.1f" % score).replace(".", ","), "nrev": nrev,
       "nrev_txt": "{:,}".format(nrev).replace(",", " "), "year": when.year}


PAGE = {
    "service": "Heimstad Mobelverksted",
    "url": "https://heimstadmobler.no/policies/privacy-policy",
    "lang": "nb",
    "platform": "Shopify, Dawn theme",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "cloudflare"), ("X-ShopId", "61234567890"), ("X-Shardid", "187"),
                      ("Content-Language", "nb"), ("Powered-By", "Shopify")],
    "n": 29,
    "start": dt.date(2022, 11, 14),
    "end": dt.date(2025, 8, 30),
    "hours": (5, 17),
    "policy": POLICY,
    "first_updated": dt.date(2022, 6, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://heimstadmobler.no/policies/privacy-policy",
                    "select": ".shopify-policy__container"},
}
