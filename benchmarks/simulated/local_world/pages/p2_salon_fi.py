"""Hiusateljee Kaisla, Tampere: a hair salon with a small hair-care web shop on Shopify (Dawn theme, upgraded
2.5 -> 7.0 -> 10.0 -> 12.0 over the years). The policy is Shopify's built-in privacy policy page
(`/policies/privacy-policy`): `.shopify-policy__container` with the title and a `.rte` body, clean inside;
the owner pasted a Finnish "rekisteri- ja tietosuojaseloste" into it. Fairly clean page.
Noise: the trekkie `eventMetadataId` and Boomerang's `renderRegion` per request, the theme id/version and the
`?v=` stamps of theme assets on each theme edit or upgrade, the announcement bar's seasonal promotion and the
Timma "book now" link's campaign tag.
"""
import datetime as dt
import html

import common as C


def fmt_date(d):
    return "Päivitetty %d.%d.%d" % (d.day, d.month, d.year)


POLICY = """
# Tietosuojakäytäntö

## Rekisteri- ja tietosuojaseloste

Tämä on Hiusateljee Kaisla Oy:n EU:n yleisen tietosuoja-asetuksen (GDPR) mukainen rekisteri- ja tietosuojaseloste. Seloste koskee salongin asiakkaita, ajanvarauksen käyttäjiä, verkkokaupan asiakkaita ja uutiskirjeen tilaajia.

{UPDATED}

### 1. Rekisterinpitäjä

@ Hiusateljee Kaisla Oy (Y-tunnus 3123456-7)
@ Kauppakatu 14
@ 33200 Tampere
@ puh. 040 712 3456
@ asiakaspalvelu@hiusateljeekaisla.fi

### 2. Rekisteristä vastaava yhteyshenkilö

Kaisla Virtanen, asiakaspalvelu@hiusateljeekaisla.fi, puh. 040 712 3456

### 3. Rekisterin nimi

Salongin asiakasrekisteri, ajanvarausrekisteri sekä verkkokaupan asiakas- ja tilausrekisteri.

### 4. Oikeusperuste ja henkilötietojen käsittelyn tarkoitus

EU:n yleisen tietosuoja-asetuksen mukainen oikeusperuste henkilötietojen käsittelylle on

- henkilön suostumus (dokumentoitu, vapaaehtoinen, yksilöity, tietoinen ja yksiselitteinen)
- sopimus, jossa rekisteröity on osapuolena (ajanvaraus, palvelun tuottaminen ja verkkokauppatilaus)
- laki (esimerkiksi kirjanpitolaki)
- rekisterinpitäjän oikeutettu etu (asiakassuhteen hoitaminen ja palvelun kehittäminen)

Henkilötietojen käsittelyn tarkoitus on yhteydenpito asiakkaisiin, ajanvarausten hallinta ja muistutusviestit, asiakaskortin ylläpito, verkkokaupan tilausten käsittely ja toimittaminen, laskutus sekä asiakassuhteen ylläpito ja markkinointi. Tietoja ei käytetä automatisoituun päätöksentekoon tai profilointiin.

Markkinointiviestejä, kuten uutiskirjettä ja tekstiviestitarjouksia, lähetämme vain asiakkaille, jotka ovat antaneet siihen luvan. Voit perua markkinointiluvan milloin tahansa uutiskirjeen lopussa olevasta linkistä, ilmoittamalla siitä salongissa tai lähettämällä sähköpostia osoitteeseen asiakaspalvelu@hiusateljeekaisla.fi.

### 5. Rekisterin tietosisältö

Rekisteriin tallennettavia tietoja ovat:

- nimi, puhelinnumero, sähköpostiosoite ja postiosoite
- syntymäpäivä (vapaaehtoinen, syntymäpäivätervehdystä varten)
- varatut ja toteutuneet palvelut, hinnat ja palvelun tehnyt kampaaja
- asiakaskortin tiedot, kuten värireseptit sekä ilmoitetut allergiat ja yliherkkyydet
- verkkokaupan tilaushistoria ja valittu maksutapa (emme tallenna maksukorttien tietoja)
- markkinointiluvat ja uutiskirjeen tilaus
- verkkosivuston vierailijoiden IP-osoitteet ja palvelun toiminnan kannalta välttämättömät evästeet

Allergiat ja yliherkkyydet ovat terveyttä koskevia tietoja. Kirjaamme niitä vain asiakkaan suostumuksella ja vain siltä osin kuin se on tarpeen turvallisen palvelun, kuten värikäsittelyn tai permanentin, toteuttamiseksi.

Alle 15-vuotiaan asiakkaan ajanvarauksen tekee ja palveluun suostumuksen antaa huoltaja, jonka yhteystiedot kirjataan asiakaskorttiin. Verkkokaupasta voivat tilata vain täysi-ikäiset asiakkaat.

Verkkokaupan maksut käsittelee Paytrail Oyj. Maksukortti- ja verkkopankkitiedot syötetään suoraan Paytrailin maksupalveluun, eivätkä ne välity meille. Saamme Paytraililta ainoastaan tiedon maksun onnistumisesta, maksutavasta ja maksun viitetiedot.

Säilytämme tietoja seuraavasti:

| Tieto | Säilytysaika |
| Asiakaskortti ja värireseptit | 3 vuotta viimeisestä käynnistä |
| Ajanvaraukset ja muistutusviestit | 2 vuotta varauksesta |
| Verkkokaupan tilaukset ja kirjanpitoaineisto | 6 vuotta tilikauden päättymisestä |
| Uutiskirjeen tilaajatiedot | tilauksen perumiseen asti |

### 6. Säännönmukaiset tietolähteet

Rekisteriin tallennettavat tiedot saadaan asiakkaalta muun muassa ajanvarauksen yhteydessä Timma-palvelussa, puhelimitse, sähköpostitse, salongissa käynnin yhteydessä, verkkokaupan tilauslomakkeelta sekä muista tilanteista, joissa asiakas luovuttaa tietojaan.

Verkkosivuston kävijätiedot saadaan evästeiden avulla silloin, kun vierailija on antanut niihin suostumuksensa. Lisäksi voimme saada tietoja Timma-palvelusta, jos asiakas on antanut Timmalle luvan jakaa tietonsa salongille, sekä lahjakortin ostajalta, kun lahjakortti annetaan toiselle henkilölle.

Timma Oy toimii ajanvarauksen osalta henkilötietojen käsittelijänä. Kun varaat ajan Timma-palvelun kautta, Timma käsittelee nimesi, yhteystietosi, varaamasi palvelun ja ajankohdan sekä mahdollisen lisätiedon, jonka kirjoitat varaukselle. Timma lähettää puolestamme varausvahvistuksen sekä muistutuksen tekstiviestillä tai sähköpostilla vuorokautta ennen varattua aikaa. Jos olet luonut itsellesi Timma-tunnuksen, Timma käsittelee tunnukseen liittyviä tietoja lisäksi omana rekisterinpitäjänään oman tietosuojaselosteensa mukaisesti.

### 7. Tietojen säännönmukaiset luovutukset ja tietojen siirto EU:n tai ETA:n ulkopuolelle

Tietoja ei luovuteta säännönmukaisesti muille tahoille. Käytämme seuraavia palveluntarjoajia, jotka käsittelevät tietoja lukuumme ja ohjeidemme mukaisesti:

| Palveluntarjoaja | Käyttötarkoitus | Käsittelypaikka |
| Timma Oy | ajanvaraus ja muistutusviestit | Suomi |
| Shopify International Ltd | verkkokauppa-alusta | Irlanti, Kanada ja Yhdysvallat |
| Paytrail Oyj | verkkomaksut | Suomi |
| Posti Oy | tilausten toimitus | Suomi |
| Mailchimp (Intuit Inc.) | uutiskirje | Yhdysvallat |

Tietoja voidaan siirtää EU:n tai ETA:n ulkopuolelle vain, kun palveluntarjoaja on sitoutunut Euroopan komission hyväksymiin vakiosopimuslausekkeisiin.

### 8. Rekisterin suojauksen periaatteet

Rekisterin käsittelyssä noudatetaan huolellisuutta, ja tietojärjestelmien avulla käsiteltävät tiedot suojataan asianmukaisesti. Kun rekisteritietoja säilytetään internet-palvelimilla, niiden laitteiston fyysisestä ja digitaalisesta tietoturvasta huolehditaan asiaankuuluvasti. Rekisterinpitäjä huolehtii siitä, että tallennettuja tietoja sekä palvelimien käyttöoikeuksia ja muita henkilötietojen turvallisuuden kannalta kriittisiä tietoja käsitellään luottamuksellisesti ja vain niiden työntekijöiden toimesta, joiden työnkuvaan se kuuluu. Salongin asiakaskortit ovat vain kampaajien käytössä, ja paperisia lomakkeita säilytetään lukitussa kaapissa.

### 9. Tarkastusoikeus ja oikeus vaatia tiedon korjaamista

Jokaisella rekisterissä olevalla henkilöllä on oikeus tarkastaa rekisteriin tallennetut tietonsa ja vaatia mahdollisen virheellisen tiedon korjaamista tai puutteellisen tiedon täydentämistä. Mikäli henkilö haluaa tarkastaa hänestä tallennetut tiedot tai vaatia niihin oikaisua, pyyntö tulee lähettää kirjallisesti rekisterinpitäjälle. Rekisterinpitäjä voi pyytää tarvittaessa pyynnön esittäjää todistamaan henkilöllisyytensä. Rekisterinpitäjä vastaa asiakkaalle EU:n tietosuoja-asetuksessa säädetyssä ajassa, pääsääntöisesti kuukauden kuluessa.

### 10. Muut henkilötietojen käsittelyyn liittyvät oikeudet

Rekisterissä olevalla henkilöllä on oikeus pyytää häntä koskevien henkilötietojen poistamista rekisteristä (”oikeus tulla unohdetuksi”). Niin ikään rekisteröidyillä on muut EU:n yleisen tietosuoja-asetuksen mukaiset oikeudet, kuten henkilötietojen käsittelyn rajoittaminen tietyissä tilanteissa, oikeus siirtää tiedot järjestelmästä toiseen sekä oikeus peruuttaa antamansa suostumus. Pyynnöt tulee lähettää kirjallisesti rekisterinpitäjälle. Jos katsot, että henkilötietojesi käsittelyssä on rikottu tietosuojalainsäädäntöä, voit tehdä valituksen tietosuojavaltuutetun toimistolle ([tietosuoja.fi](https://tietosuoja.fi)).

### 11. Evästeet

Verkkosivustomme ja verkkokauppamme käyttävät evästeitä seuraaviin tarkoituksiin:

- välttämättömät evästeet: ostoskori, kassa, kirjautuminen ja evästevalintojen tallentaminen
- analytiikkaevästeet: kävijämäärien ja suosituimpien sivujen seuranta
- markkinointievästeet: mainonnan kohdentaminen Facebookissa ja Instagramissa Meta-pikselin avulla

Analytiikka- ja markkinointievästeitä käytetään vain, jos olet hyväksynyt ne evästebannerissa. Voit muuttaa valintojasi milloin tahansa sivuston alalaidan linkistä ”Evästeasetukset”.
"""

EDITS = [
    {"note": "Google Analytics added to the processors table",
     "repl": [("| Mailchimp (Intuit Inc.) | uutiskirje | Yhdysvallat |",
               "| Mailchimp (Intuit Inc.) | uutiskirje | Yhdysvallat |\n"
               "| Google Ireland Ltd (Google Analytics 4) | kävijämäärien seuranta | Irlanti ja Yhdysvallat |")]},
    {"note": "contact person changed (new salon manager)",
     "repl": [("Kaisla Virtanen, asiakaspalvelu@hiusateljeekaisla.fi",
               "Emma Lahtinen, salonkipäällikkö, asiakaspalvelu@hiusateljeekaisla.fi")]},
    {"note": "retention of bookings shortened from 2 years to 12 months",
     "repl": [("| Ajanvaraukset ja muistutusviestit | 2 vuotta varauksesta |",
               "| Ajanvaraukset ja muistutusviestit | 12 kuukautta varauksesta |")]},
    {"note": "transfers to the US: EU-US Data Privacy Framework added beside the standard contractual clauses",
     "repl": [("hyväksymiin vakiosopimuslausekkeisiin.",
               "hyväksymiin vakiosopimuslausekkeisiin tai on sertifioitu EU:n ja Yhdysvaltojen väliseen "
               "tietosuojakehykseen (Data Privacy Framework).")]},
    {"note": "section 12 added: customer photos on Instagram and Facebook only with separate consent",
     "repl": [("linkistä ”Evästeasetukset”.",
               "linkistä ”Evästeasetukset”.\n\n"
               "### 12. Asiakaskuvat sosiaalisessa mediassa\n\n"
               "Julkaisemme kampauksista ja värjäyksistä otettuja kuvia Instagram- ja Facebook-tileillämme vain "
               "asiakkaan erillisellä luvalla. Pyydämme luvan aina ennen kuvaamista, eikä kasvoja näytetä ilman "
               "nimenomaista suostumusta. Voit perua luvan milloin tahansa, jolloin poistamme kuvan "
               "julkaisuistamme viimeistään seitsemän päivän kuluessa. Meta Platforms Ireland Ltd toimii näiden "
               "palvelujen osalta itsenäisenä rekisterinpitäjänä.")]},
]

THEMES = [  # (since, Dawn version, theme id)
    (dt.date(2000, 1, 1), "2.5.0", 120442781853),
    (dt.date(2022, 10, 4), "7.0.1", 136214052893),
    (dt.date(2023, 6, 12), "10.0.0", 149880267037),
    (dt.date(2024, 1, 22), "12.0.0", 163512189213),
]


def theme_at(d):
    return [t for t in THEMES if t[0] <= d][-1]


def promo(d):
    m = d.month
    if m == 11 and d.day >= 20:
        return "Black Friday: -20 % kaikista hiustenhoitotuotteista koodilla BLACK20"
    if m == 12 or (m == 11 and d.day >= 1):
        return "Joululahjaksi lahjakortti – toimitus heti sähköpostiin"
    if m in (6, 7):
        return "Kesän sävyt: vaalennukset -15 %% koko %s ajan" % ("kesäkuun" if m == 6 else "heinäkuun")
    if m in (1, 2):
        return "Tammi-helmikuun ale: kampaamotuotteet -25 % niin kauan kuin tavaraa riittää"
    return "Ilmainen toimitus yli 49 € tilauksiin – nouto salongista aina maksutta"


def noise(rng, when, i, prev):
    prev = prev or {}
    d = when.date()
    st = {}
    st["request"] = [C.uuid4(rng), rng.choice(["gcp-europe-west1", "gcp-europe-west4", "gcp-europe-west3",
                                               "gcp-us-east1"])]
    since, ver, tid = theme_at(d)
    st["theme"] = [ver, tid]
    old = prev.get("assets")
    st["assets"] = C.keep_or(rng, old if (prev.get("theme") == st["theme"]) else None, 0.25,
                             lambda: [rng.randint(10 ** 18, 10 ** 19 - 1) for _ in range(4)])
    st["promo"] = promo(d)
    st["utm"] = C.keep_or(rng, prev.get("utm"), 0.2, lambda: rng.choice(["kotisivu", "header", "varaa-nyt",
                                                                          "verkkokauppa"]))
    return st


LABELS = {"request": "trekkie eventMetadataId and Boomerang renderRegion (per request)",
          "theme": "Dawn theme upgrade (theme id, version)",
          "assets": "theme asset ?v= stamps (theme edits)",
          "promo": "announcement bar promotion",
          "utm": "Timma booking link campaign tag"}


def policy_html(blocks):
    title = blocks[0][1]
    body = "".join(C.block_html(b) for b in blocks[1:])
    return ('<div class="shopify-policy__container">\n        <div class="shopify-policy__title">\n          '
            '<h1>%s</h1>\n        </div>\n\n        <div class="shopify-policy__body">\n          '
            '<div class="rte">\n            %s\n          </div>\n        </div>\n      </div>'
            % (html.escape(title), body))


def render(state, blocks, when):
    rid, region = state["request"]
    ver, tid = state["theme"]
    v1, v2, v3, v4 = state["assets"]
    major = int(ver.split(".")[0])
    cdn = "//www.hiusateljeekaisla.fi/cdn/shop/t/%d/assets" % (4 + THEMES.index(theme_at(when.date())))
    if major >= 10:
        header = ('<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient '
                  'header-wrapper--border-bottom">')
        hdr_cls = "header header--middle-left header--mobile-center page-width header--has-menu header--has-social"
    else:
        header = '<sticky-header class="header-wrapper color-background-1 gradient header-wrapper--border-bottom">'
        hdr_cls = "header header--middle-left header--mobile-center page-width header--has-menu"
    menu = [("Etusivu", "/"), ("Palvelut ja hinnasto", "/pages/palvelut-ja-hinnasto"),
            ("Verkkokauppa", "/collections/all"), ("Lahjakortit", "/products/lahjakortti"),
            ("Tiimi", "/pages/tiimi"), ("Yhteystiedot", "/pages/yhteystiedot")]
    nav = "".join('<li><a href="%s" class="header__menu-item list-menu__item link link--text focus-inset">'
                  '<span>%s</span></a></li>' % (u, t) for t, u in menu)
    trekkie = ('{"Trekkie":{"appName":"storefront","development":false,"defaultAttributes":{"shopId":56128094365,'
               '"isMerchantRequest":null,"themeId":%d,"themeCityHash":"%s","contentLanguage":"fi",'
               '"currency":"EUR","eventMetadataId":"%s"},"isServerSideCookieWritingEnabled":true,'
               '"monorailRegion":"shop_domain","enabledBetaFlags":["bbcf04e6"]},"Session Attribution":{},'
               '"S2S":{"facebookCapiEnabled":false,"source":"trekkie-storefront-renderer","apiClientId":580111}}'
               % (tid, C.det_sha("city", tid)[:20], rid))
    footer_links = [("Tietosuojakäytäntö", "/policies/privacy-policy"),
                    ("Toimitusehdot", "/policies/terms-of-service"),
                    ("Palautusoikeus", "/policies/refund-policy"),
                    ("Toimitustapa", "/policies/shipping-policy"),
                    ("Yhteystiedot", "/policies/contact-information")]
    flinks = "".join('<li class="list-menu__item--link"><a href="%s">%s</a></li>' % (u, t)
                     for t, u in footer_links)
    return """<!doctype html>
<html class="no-js" lang="fi">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="theme-color" content="">
    <link rel="canonical" href="https://www.hiusateljeekaisla.fi/policies/privacy-policy">
    <link rel="preconnect" href="https://cdn.shopify.com" crossorigin>
    <link rel="icon" type="image/png" href="//www.hiusateljeekaisla.fi/cdn/shop/files/kaisla-favicon.png?crop=center&height=32&v=1617861204&width=32">
    <title>Tietosuojakäytäntö &ndash; Hiusateljee Kaisla</title>
    <meta property="og:site_name" content="Hiusateljee Kaisla">
    <meta property="og:url" content="https://www.hiusateljeekaisla.fi/policies/privacy-policy">
    <meta property="og:title" content="Tietosuojakäytäntö">
    <meta property="og:type" content="website">
    <meta name="twitter:card" content="summary_large_image">
    <script src="%(cdn)s/constants.js?v=%(v1)d" defer="defer"></script>
    <script src="%(cdn)s/pubsub.js?v=%(v2)d" defer="defer"></script>
    <script src="%(cdn)s/global.js?v=%(v3)d" defer="defer"></script>
    <script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.start');</script>
    <meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/56128094365/digital_wallets/dialog">
    <script async="async" src="/checkouts/internal/preloads.js?locale=fi-FI"></script>
    <script id="shopify-features" type="application/json">{"accessToken":"b1d0c64e7fe3c5b7e6a2f1a0d9c4e8b3","betas":["rich-media-storefront-analytics"],"domain":"www.hiusateljeekaisla.fi","predictiveSearch":true,"shopId":56128094365,"locale":"fi"}</script>
    <script>var Shopify = Shopify || {};
Shopify.shop = "hiusateljee-kaisla.myshopify.com";
Shopify.locale = "fi";
Shopify.currency = {"active":"EUR","rate":"1.0"};
Shopify.country = "FI";
Shopify.theme = {"name":"Dawn","id":%(tid)d,"schema_name":"Dawn","schema_version":"%(ver)s","theme_store_id":887,"role":"main"};
Shopify.theme.handle = "null";
Shopify.theme.style = {"id":null,"handle":null};
Shopify.cdnHost = "www.hiusateljeekaisla.fi/cdn";
Shopify.routes = Shopify.routes || {};
Shopify.routes.root = "/";</script>
    <script type="module">!function(o){(o.Shopify=o.Shopify||{}).modules=!0}(window);</script>
    <script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};
window.ShopifyAnalytics.meta = window.ShopifyAnalytics.meta || {};
window.ShopifyAnalytics.meta.currency = 'EUR';
var meta = {"page":{"pageType":"policy"}};
for (var attr in meta) {
  window.ShopifyAnalytics.meta[attr] = meta[attr];
}</script>
    <script class="analytics">(function () {
    var customDocumentWrite = function(content) {};
    var trekkie = window.ShopifyAnalytics.lib = window.trekkie = window.trekkie || [];
    trekkie.config = %(trekkie)s;
    window.ShopifyAnalytics.lib.page(null,{"pageType":"policy","shopifyEmitted":true});
  })();</script>
    <script class="boomerang">(function () {
  window.BOOMR = window.BOOMR || {};
  window.BOOMR.snippetStart = new Date().getTime();
  window.BOOMR.snippetVersion = 12;
  window.BOOMR.application = "storefront-renderer";
  window.BOOMR.themeName = "Dawn";
  window.BOOMR.themeVersion = "%(ver)s";
  window.BOOMR.shopId = 56128094365;
  window.BOOMR.themeId = %(tid)d;
  window.BOOMR.renderRegion = "%(region)s";
  window.BOOMR.url = "https://www.hiusateljeekaisla.fi/cdn/shopifycloud/boomerang/shopify-boomerang-1.0.0.min.js";
})();</script>
    <script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.end');</script>
    <link href="%(cdn)s/base.css?v=%(v4)d" rel="stylesheet" type="text/css" media="all" />
    <link rel="stylesheet" href="%(cdn)s/component-predictive-search.css?v=%(v2)d" media="print" onload="this.media='all'">
    <script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
  </head>

  <body class="gradient">
    <a class="skip-to-content-link button visually-hidden" href="#MainContent">Siirry sisältöön</a>
<!-- BEGIN sections: header-group -->
<div id="shopify-section-sections--%(tid)d__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section"><div class="utility-bar color-scheme-4 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region" aria-label="Ilmoitus"><div class="page-width"><p class="announcement-bar__message h5"><span>%(promo)s</span></p></div></div></div></div>
</div><div id="shopify-section-sections--%(tid)d__header" class="shopify-section shopify-section-group-header-group section-header">%(header)s
  <header class="%(hdr_cls)s">
    <h1 class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img src="//www.hiusateljeekaisla.fi/cdn/shop/files/kaisla-logo.png?v=1617861204&amp;width=180" alt="Hiusateljee Kaisla" width="180" height="54" class="header__heading-logo motion-reduce"></div></a></h1>
    <nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">%(nav)s</ul></nav>
    <div class="header__icons"><a href="https://varaa.timma.fi/hiusateljeekaisla?utm_source=%(utm)s" class="button button--primary header__booking" target="_blank">Varaa aika</a>
      <a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Kirjaudu sisään</span></a>
      <a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Ostoskori</span></a>
    </div>
  </header>
</sticky-header>
</div>
<!-- END sections: header-group -->
    <main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
      %(policy)s
    </main>
<!-- BEGIN sections: footer-group -->
<div id="shopify-section-sections--%(tid)d__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--%(tid)d__footer-padding">
  <div class="footer__content-top page-width">
    <div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
      <div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Hiusateljee Kaisla</h2><div class="footer-block__details-content footer-block-text rte"><p>Kauppakatu 14, 33200 Tampere<br/>Avoinna ti&ndash;pe 9&ndash;19, la 9&ndash;15</p></div></div>
      <div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Asiakaspalvelu</h2><ul class="footer-block__details-content list-unstyled">%(flinks)s</ul></div>
    </div>
    <div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Tilaa uutiskirje</h2>
      <form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer" /><input type="hidden" name="utf8" value="✓" /><input type="hidden" name="contact[tags]" value="newsletter"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--%(tid)d__footer" type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="Sähköposti" required><label class="field__label" for="NewsletterForm--sections--%(tid)d__footer">Sähköposti</label><button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Tilaa">Tilaa</button></div></div></form>
    </div>
  </div>
  <div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption"><small class="copyright__content">&copy; %(year)d, <a href="/" title="">Hiusateljee Kaisla</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Tehty Shopifylla</a></small></div></div></div>
</footer>
</div>
<!-- END sections: footer-group -->
    <script src="%(cdn)s/cart.js?v=%(v1)d" defer="defer"></script>
    <script id="web-pixels-manager-setup">(function e(e,d,r,n,o){ /* web pixels manager */ })(self,document,"https://www.hiusateljeekaisla.fi","c7ee44a6w5a6a1c7cp9b3f0a1cm5c1e6f2b","%(tid)d");</script>
  </body>
</html>
""" % {"cdn": cdn, "v1": v1, "v2": v2, "v3": v3, "v4": v4, "tid": tid, "ver": ver, "trekkie": trekkie,
       "region": region, "promo": html.escape(state["promo"]), "header": header, "hdr_cls": hdr_cls,
       "nav": nav, "utm": state["utm"], "policy": policy_html(blocks), "flinks": flinks, "year": when.year}


PAGE = {
    "service": "Hiusateljee Kaisla",
    "url": "https://www.hiusateljeekaisla.fi/policies/privacy-policy",
    "lang": "fi",
    "platform": "Shopify (Dawn theme)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "cloudflare"), ("Vary", "Accept"), ("X-Frame-Options", "DENY"),
                      ("Powered-By", "Shopify"), ("Content-Language", "fi")],
    "n": 31,
    "start": dt.date(2021, 4, 20),
    "end": dt.date(2024, 12, 10),
    "policy": POLICY,
    "first_updated": dt.date(2021, 4, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"select": ".shopify-policy__container"},
}
