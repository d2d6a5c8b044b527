"""Agrotek Savo Oy (tractor and farm-machinery dealer with a spare-parts web shop, Iisalmi), Finnish: Shopify, Dawn
theme (9.0.0, upgraded to 12.0.0 in March 2024). Per-request __st reqid and analytics requestId; the announcement
bar is changed by the merchant now and then. Policy in Shopify's own policy template. Fairly clean."""
import datetime as dt
import html

import common as C

URL = "https://www.agroteksavo.fi/policies/privacy-policy"
UPGRADE = dt.datetime(2024, 3, 18, 9, 0, 0)

POLICY = """# Tietosuojakäytäntö

Päivitetty {UPDATED}

Tämä on Agrotek Savo Oy:n EU:n yleisen tietosuoja-asetuksen (2016/679) ja tietosuojalain (1050/2018) mukainen rekisteri- ja tietosuojaseloste. Seloste koskee verkkokauppamme asiakkaita, kone- ja varaosamyymälämme sekä huoltokorjaamon asiakkaita ja uutiskirjeen tilaajia.

## 1. Rekisterinpitäjä

@ Agrotek Savo Oy (Y-tunnus 2345678-9)
@ Konetie 4, 74100 Iisalmi
@ puh. 017 812 3400
@ [asiakaspalvelu@agroteksavo.fi](mailto:asiakaspalvelu@agroteksavo.fi)

## 2. Rekisteriasioista vastaava yhteyshenkilö

@ Jari Kinnunen, talouspäällikkö
@ puh. 040 123 4567
@ [jari.kinnunen@agroteksavo.fi](mailto:jari.kinnunen@agroteksavo.fi)

Kaikissa henkilötietojen käsittelyyn liittyvissä kysymyksissä voit olla yhteydessä yllä mainittuun yhteyshenkilöön. Yrityksellämme ei ole velvollisuutta nimetä tietosuojavastaavaa, koska emme käsittele henkilötietoja laajamittaisesti emmekä käsittele erityisiä henkilötietoryhmiä.

## 3. Rekisterin nimi

Agrotek Savo Oy:n asiakasrekisteri, joka sisältää verkkokaupan, konekaupan ja huoltokorjaamon asiakastiedot sekä uutiskirjeen tilaajarekisterin. Tietosuojaselosteen voimassa oleva versio on aina saatavilla verkkokauppamme alatunnisteen linkistä, ja pyynnöstä toimitamme sen myös paperisena myymälästämme.

## 4. Henkilötietojen käsittelyn tarkoitus ja oikeusperuste

Käsittelemme henkilötietoja seuraaviin tarkoituksiin:

- verkkokauppatilausten käsittely, toimitus ja laskutus sekä palautusten ja reklamaatioiden hoitaminen,
- uusien ja käytettyjen koneiden kauppa, vaihtokoneiden arviointi ja rahoitusjärjestelyt,
- huolto-, takuu- ja korjaustöiden tilaaminen ja toteuttaminen,
- asiakassuhteen hoitaminen ja kehittäminen sekä asiakasviestintä,
- suoramarkkinointi ja uutiskirjeet,
- kirjanpitoa ja verotusta koskevien lakisääteisten velvoitteiden täyttäminen.

Käsittelyn oikeusperusteena on asiakkaan ja rekisterinpitäjän välinen sopimus, rekisterinpitäjän oikeutettu etu asiakassuhteen perusteella, rekisterinpitäjän lakisääteinen velvoite sekä uutiskirjeen osalta rekisteröidyn suostumus.

Kun haet rahoitusta uuden tai käytetyn koneen hankintaan, välitämme hakemuksesi tiedot valitsemallesi rahoitusyhtiölle, joka tekee luottopäätöksen ja toimii tältä osin itsenäisenä rekisterinpitäjänä. Emme tee asiakkaitamme koskevia päätöksiä pelkästään automaattisen käsittelyn perusteella emmekä käytä henkilötietoja profilointiin.

## 5. Rekisterin tietosisältö

Rekisteriin voidaan tallentaa seuraavia tietoja:

- nimi, yrityksen tai tilan nimi ja Y-tunnus,
- osoite, puhelinnumero ja sähköpostiosoite,
- tilaus-, osto- ja laskutushistoria,
- koneiden tiedot: merkki, malli, valmistenumero, rekisteritunnus ja käyttötunnit,
- huolto- ja korjaushistoria,
- maksutapa ja maksun tila (emme tallenna korttitietoja),
- markkinointiluvat ja -kiellot sekä asiakkaan kanssa käyty viestintä.

Jos myyt koneesi välityksellämme, julkaisemme koneen tiedot ja kuvat käytettyjen koneiden myynti-ilmoituksessa omilla sivuillamme ja konekauppaportaaleissa. Ilmoituksessa ei julkaista myyjän nimeä tai yhteystietoja, vaan ostajat ottavat yhteyttä suoraan myyjäämme.

Asiakaspalvelu- ja huoltopuheluita ei nauhoiteta. Sähköpostitse ja verkkokaupan yhteydenottolomakkeella saapuneet viestit tallennetaan asiakasrekisteriin, jotta voimme palata asiaan myöhemmin esimerkiksi takuuasioissa.

Kun tuot koneen huoltokorjaamoon, kirjaamme työtilaukseen myös koneen tuojan nimen ja puhelinnumeron, vian kuvauksen, tehdyt työt ja käytetyt varaosat. Verkkokaupan asiakastilin luominen on vapaaehtoista: voit tehdä tilauksen myös vieraana, jolloin tietojasi käytetään ainoastaan kyseisen tilauksen käsittelyyn.

## 6. Säännönmukaiset tietolähteet

Tiedot saadaan asiakkaalta itseltään verkkokaupassa, myymälässä, puhelimitse tai sähköpostitse. Koneiden tietoja voidaan täydentää valmistajien takuu- ja huoltojärjestelmistä sekä Traficomin ajoneuvoliikennerekisteristä. Yritysasiakkaiden tietoja voidaan päivittää julkisista lähteistä, kuten YTJ-palvelusta. Osoitetietoja voidaan päivittää myös Postin osoitepalvelusta, jotta laskut ja tiedotteet löytävät perille muuton jälkeen.

## 7. Tietojen säännönmukaiset luovutukset ja siirrot EU:n tai ETA:n ulkopuolelle

Emme myy tai vuokraa asiakastietoja kolmansille osapuolille. Käytämme seuraavia palveluntarjoajia, jotka käsittelevät henkilötietoja lukuumme:

| Palveluntarjoaja | Käyttötarkoitus |
| Shopify International Limited (Irlanti) | verkkokauppa-alusta |
| Paytrail Oyj | verkkomaksujen välitys |
| Posti Oy ja Matkahuolto Oy | pakettien toimitus |
| Visma Solutions Oy | laskutus ja kirjanpito |
| Mailchimp (Intuit Inc.) | uutiskirjeiden lähettäminen |

Takuuasioissa välitämme tarpeelliset tiedot koneen valmistajalle tai maahantuojalle. Lisäksi luovutamme tietoja viranomaisille, kuten Verohallinnolle, silloin kun lainsäädäntö meitä siihen velvoittaa, ja rekisteröitävien koneiden kaupoissa teemme omistajanvaihdosilmoituksen Traficomille. Shopify ja Mailchimp voivat siirtää tietoja Kanadaan ja Yhdysvaltoihin. Kanadan osalta siirto perustuu Euroopan komission tietosuojan riittävyyttä koskevaan päätökseen ja Yhdysvaltojen osalta komission hyväksymiin vakiosopimuslausekkeisiin.

## 8. Evästeet

Verkkokauppamme käyttää evästeitä ostoskorin ja kassan toimintaan sekä, suostumuksesi perusteella, kävijäseurantaan ja markkinointiin. Voit muuttaa evästeasetuksiasi milloin tahansa sivuston alareunan evästeasetuksista tai selaimesi asetuksista.

Välttämättömät evästeet muistavat ostoskorisi sisällön ja pitävät kassan istunnon voimassa. Niitä ei voi kytkeä pois, koska verkkokauppa ei toimi ilman niitä. Analytiikkaevästeiden avulla seuraamme esimerkiksi sitä, mitä varaosia haetaan eniten ja millä laitteilla sivustoa käytetään; tiedot käsitellään koottuina, eikä yksittäistä kävijää tunnisteta. Markkinointievästeillä kohdennamme mainontaa sosiaalisessa mediassa henkilöille, jotka ovat vierailleet verkkokaupassamme. Evästesuostumuksesi tallennetaan, jotta evästebanneria ei näytetä jokaisella käynnillä uudelleen. Välttämättömät evästeet säilyvät enintään vuoden, analytiikkaevästeet enintään kaksi vuotta ja markkinointievästeet enintään kolme kuukautta.

## 9. Tietojen säilytysaika

Verkkokaupan asiakastiedot säilytetään kolme (3) vuotta viimeisestä ostosta. Koneiden ja huoltohistorian tiedot säilytetään koneen omistuksen ajan, jotta voimme palvella sinua takuu- ja huoltoasioissa. Kirjanpitoon liittyvät tositteet säilytetään kirjanpitolain edellyttämän ajan, eli kuusi (6) vuotta tilikauden päättymisestä. Konekauppojen kauppakirjat ja rahoitussopimukset säilytetään kymmenen (10) vuotta mahdollisten vastuukysymysten selvittämiseksi. Uutiskirjeen tilaajan tiedot poistetaan, kun tilaus perutaan. Uutiskirje lähetetään noin kerran kuukaudessa, ja jokaisessa viestissä on linkki, jonka kautta tilauksen voi perua.

## 10. Rekisterin suojauksen periaatteet

Rekisterin tiedot säilytetään palveluntarjoajien suojatuissa järjestelmissä, joihin on pääsy vain niillä työntekijöillämme, jotka tarvitsevat tietoja työtehtäviensä hoitamiseen. Käyttö edellyttää henkilökohtaisia käyttäjätunnuksia ja salasanoja. Verkkokaupan tietoliikenne on suojattu SSL-salauksella. Järjestelmistä otetaan säännöllisesti varmuuskopiot, ja käyttöoikeudet tarkistetaan aina, kun työntekijän tehtävät muuttuvat tai työsuhde päättyy. Paperiset asiakirjat, kuten allekirjoitetut kauppakirjat ja huoltomääräimet, säilytetään lukituissa tiloissa, ja tarpeettomaksi käyneet paperiasiakirjat hävitetään tietoturvallisesti. Henkilökuntaamme sitoo vaitiolovelvollisuus, ja palveluntarjoajiemme kanssa on tehty tietosuoja-asetuksen 28 artiklan mukaiset sopimukset.

## 11. Rekisteröidyn oikeudet

Sinulla on oikeus:

- tarkastaa, mitä tietoja sinusta on tallennettu,
- vaatia virheellisen tiedon oikaisemista,
- vaatia tietojesi poistamista, jos niiden käsittelylle ei ole enää perustetta,
- vastustaa tietojesi käsittelyä tai pyytää käsittelyn rajoittamista,
- siirtää toimittamasi tiedot järjestelmästä toiseen,
- peruuttaa antamasi suostumus ja kieltää suoramarkkinointi.

Pyynnöt tulee lähettää kirjallisesti tai sähköpostitse kohdassa 2 mainitulle yhteyshenkilölle. Voimme pyytää sinua todistamaan henkilöllisyytesi ennen pyynnön käsittelyä. Oikeuksien käyttäminen on maksutonta. Vastaamme pyyntöihin viimeistään kuukauden kuluessa, ja jos emme voi toteuttaa pyyntöäsi, kerromme syyn kirjallisesti. Jos katsot, että henkilötietojesi käsittelyssä on rikottu tietosuojasäädöksiä, voit tehdä valituksen valvontaviranomaiselle:

@ Tietosuojavaltuutetun toimisto
@ Lintulahdenkuja 4, 00530 Helsinki
@ Postiosoite: PL 800, 00531 Helsinki
@ [tietosuoja@om.fi](mailto:tietosuoja@om.fi)
"""

EDITS = [
    {"note": "processor added to the table (Klarna: invoice and instalments)",
     "repl": [("| Paytrail Oyj | verkkomaksujen välitys |",
               "| Paytrail Oyj | verkkomaksujen välitys |\n| Klarna Bank AB (publ) | lasku- ja osamaksupalvelu |")]},
    {"note": "phrase added: text-message bulletin subscribers in scope",
     "repl": [("huoltokorjaamon asiakkaita ja uutiskirjeen tilaajia.",
               "huoltokorjaamon asiakkaita sekä uutiskirjeen ja tekstiviestitiedotteiden tilaajia.")]},
    {"note": "web-shop customer data retention: 3 -> 2 years",
     "repl": [("säilytetään kolme (3) vuotta viimeisestä ostosta", "säilytetään kaksi (2) vuotta viimeisestä ostosta")]},
    {"note": "contact person changed (name, title, phone, e-mail)",
     "repl": [("@ Jari Kinnunen, talouspäällikkö\n@ puh. 040 123 4567\n"
               "@ [jari.kinnunen@agroteksavo.fi](mailto:jari.kinnunen@agroteksavo.fi)",
               "@ Minna Hyvönen, toimistopäällikkö\n@ puh. 040 765 4321\n"
               "@ [minna.hyvonen@agroteksavo.fi](mailto:minna.hyvonen@agroteksavo.fi)")]},
    {"note": "section 12 added: camera surveillance in the shop, workshop and machine yard",
     "repl": [("@ [tietosuoja@om.fi](mailto:tietosuoja@om.fi)",
               "@ [tietosuoja@om.fi](mailto:tietosuoja@om.fi)\n\n"
               "## 12. Kameravalvonta\n\n"
               "Myymälässämme, huoltokorjaamossa ja konepihalla on tallentava kameravalvonta omaisuuden ja "
               "henkilöiden turvallisuuden varmistamiseksi sekä rikosten ennaltaehkäisemiseksi ja selvittämiseksi. "
               "Kameravalvonnasta ilmoitetaan kylteillä. Tallenteita säilytetään enintään 30 vuorokautta, ellei niitä "
               "tarvita rikoksen selvittämiseen. Tallenteita voidaan luovuttaa poliisille.")]},
]

ANNOUNCEMENTS = [
    "Varaosatilaukset arkisin klo 14 mennessä lähtevät samana päivänä",
    "Ilmainen toimitus yli 150 € varaosatilauksiin",
    "Kevätkampanja: öljy- ja suodatinpaketit -15 % toukokuun loppuun",
    "Tervetuloa osastollemme FarmariExpoon!",
    "Käytetyt koneet: katso päivittyvä konelistamme",
    "Joulun aukioloajat: myymälä suljettu 24.–26.12.",
    "Syyshuoltokampanja: puimurin ja traktorin kausihuolto nyt edullisesti",
]


def fmt_date(d):
    return "%d.%d.%d" % (d.day, d.month, d.year)


def fi_offset(when):
    y = when.year

    def last_sunday(m):
        d = dt.date(y, m, 31)
        return d - dt.timedelta(days=(d.weekday() + 1) % 7)
    a = dt.datetime.combine(last_sunday(3), dt.time(1))
    b = dt.datetime.combine(last_sunday(10), dt.time(1))
    return 10800 if a <= when < b else 7200


def noise(rng, when, i, prev):
    prev = prev or {}
    theme = "12.0.0" if when >= UPGRADE else "9.0.0"
    ann = C.keep_or(rng, prev.get("announcement"), 0.25, lambda: ANNOUNCEMENTS[rng.randrange(len(ANNOUNCEMENTS))])
    assets = prev.get("assets") if prev.get("theme") == theme else None
    assets = C.keep_or(rng, assets, 0.1, lambda: [str(rng.randint(10 ** 19, 10 ** 20 - 1)) for _ in range(6)])
    return {"theme": theme, "announcement": ann, "assets": assets,
            "request": "%s-%d" % (C.uuid4(rng), C.epoch(when)), "visitor": C.hexs(rng, 12)}


LABELS = {"theme": "Dawn theme 9.0.0 -> 12.0.0 upgrade (header/footer markup, asset paths)",
          "announcement": "announcement bar text (merchant)", "assets": "theme asset ?v= stamps",
          "request": "__st reqid / analytics requestId per request", "visitor": "__st visitor id"}

MENU = [("Etusivu", "/"), ("Varaosat", "/collections/varaosat"), ("Öljyt ja voiteluaineet", "/collections/oljyt"),
        ("Suodattimet", "/collections/suodattimet"), ("Uudet koneet", "/pages/uudet-koneet"),
        ("Käytetyt koneet", "/pages/kaytetyt-koneet"), ("Huolto", "/pages/huolto"), ("Yhteystiedot", "/pages/yhteystiedot")]


def render(st, blocks, when):
    v12 = st["theme"] == "12.0.0"
    tid, tnum, sg = (("142318755611", "12", "sections--21174652305691") if v12
                     else ("128734560411", "7", "sections--19543847682331"))
    a = st["assets"]
    cdn = "//www.agroteksavo.fi/cdn/shop/t/%s/assets/" % tnum
    h1 = blocks[0]
    body = C.blocks_html(blocks[1:])
    menu = "".join('<li><a href="%s" class="header__menu-item list-menu__item link link--text focus-inset">'
                   '<span>%s</span></a></li>' % (u, html.escape(t)) for t, u in MENU)
    ann = html.escape(st["announcement"])
    if v12:
        announcement = ('<div id="shopify-section-%s__announcement-bar" class="shopify-section shopify-section-group-'
                        'header-group announcement-bar-section"><link href="%scomponent-slideshow.css?v=%s" '
                        'rel="stylesheet" type="text/css" media="all" />\n<link href="%scomponent-slider.css?v=%s" '
                        'rel="stylesheet" type="text/css" media="all" />\n<div class="utility-bar color-scheme-2 '
                        'gradient utility-bar--bottom-border"><div class="page-width utility-bar__grid"><div class='
                        '"announcement-bar" role="region" aria-label="Ilmoitus"><div class="page-width"><p class='
                        '"announcement-bar__message h5"><span>%s</span></p></div></div><div class="localization-'
                        'wrapper"></div></div></div></div>' % (sg, cdn, a[4], cdn, a[5], ann))
    else:
        announcement = ('<div id="shopify-section-%s__announcement-bar" class="shopify-section shopify-section-group-'
                        'header-group announcement-bar-section"><div class="announcement-bar color-accent-1 gradient" '
                        'role="region" aria-label="Ilmoitus" ><div class="page-width">\n                <p class='
                        '"announcement-bar__message center h5">\n                  <span>%s</span></p>\n              '
                        '</div></div>\n</div>' % (sg, ann))
    return """<!doctype html>
<html class="no-js" lang="fi">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="theme-color" content="">
    <link rel="canonical" href="https://www.agroteksavo.fi/policies/privacy-policy"><link rel="preconnect" href="https://cdn.shopify.com" crossorigin><link rel="icon" type="image/png" href="//www.agroteksavo.fi/cdn/shop/files/agrotek-favicon.png?crop=center&height=32&v=1661412398&width=32">

    <title>
      Tietosuojakäytäntö
 &ndash; Agrotek Savo</title>

    

<meta property="og:site_name" content="Agrotek Savo">
<meta property="og:url" content="https://www.agroteksavo.fi/policies/privacy-policy">
<meta property="og:title" content="Tietosuojakäytäntö">
<meta property="og:type" content="website">
<meta property="og:description" content="Traktorit, maatalouskoneet, varaosat ja huolto Ylä-Savossa.">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="Tietosuojakäytäntö">


    <script src="{cdn}constants.js?v={a0}" defer="defer"></script>
    <script src="{cdn}pubsub.js?v={a1}" defer="defer"></script>
    <script src="{cdn}global.js?v={a2}" defer="defer"></script>
    <script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.start');</script><meta name="facebook-domain-verification" content="k3v9x0b2q7m1r5t8w4y6z2a1c3e5g7">
<meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/58213456/digital_wallets/dialog">
<meta name="shopify-checkout-api-token" content="9c1e5a3f7b2d4e6a8c0b1d3f5e7a9c2b">
<script async="async" src="/checkouts/internal/preloads.js?locale=fi-FI"></script>
<script id="shopify-features" type="application/json">{{"accessToken":"9c1e5a3f7b2d4e6a8c0b1d3f5e7a9c2b","betas":["rich-media-storefront-analytics"],"domain":"www.agroteksavo.fi","predictiveSearch":true,"shopId":58213456,"locale":"fi"}}</script>
<script>var Shopify = Shopify || {{}};
Shopify.shop = "agrotek-savo.myshopify.com";
Shopify.locale = "fi";
Shopify.currency = {{"active":"EUR","rate":"1.0"}};
Shopify.country = "FI";
Shopify.theme = {{"name":"Dawn","id":{tid},"schema_name":"Dawn","schema_version":"{tver}","theme_store_id":887,"role":"main"}};
Shopify.theme.handle = "null";
Shopify.theme.style = {{"id":null,"handle":null}};
Shopify.cdnHost = "www.agroteksavo.fi/cdn";
Shopify.routes = Shopify.routes || {{}};
Shopify.routes.root = "/";</script>
<script type="module">!function(o){{(o.Shopify=o.Shopify||{{}}).modules=!0}}(window);</script>
<script>!function(o){{function n(){{var o=[];function n(){{o.push(Array.prototype.slice.apply(arguments))}}return n.q=o,n}}var t=o.Shopify=o.Shopify||{{}};t.loadFeatures=n(),t.autoloadFeatures=n()}}(window);</script>
<script id="shop-js-analytics" type="application/json">{{"pageType":"policy"}}</script>
<script>
  window.ShopifyAnalytics = window.ShopifyAnalytics || {{}};
  window.ShopifyAnalytics.meta = window.ShopifyAnalytics.meta || {{}};
  window.ShopifyAnalytics.meta.currency = 'EUR';
  var meta = {{"page":{{"pageType":"policy","requestId":"{req}"}}}};
  for (var attr in meta) {{
    window.ShopifyAnalytics.meta[attr] = meta[attr];
  }}
</script>
<script class="boomerang">
(function () {{
  window.BOOMR = window.BOOMR || {{}};
  window.BOOMR.themeName = "Dawn";
  window.BOOMR.themeVersion = "{tver}";
  window.BOOMR.shopId = 58213456;
  window.BOOMR.themeId = {tid};
  window.BOOMR.renderRegion = "gcp-europe-west1";
  window.BOOMR.url = "https://cdn.shopify.com/shopifycloud/boomerang/shopify-boomerang-1.0.0.min.js";
}})();
</script>
<script id="__st">var __st={{"a":58213456,"offset":{offset},"reqid":"{req}","pageurl":"www.agroteksavo.fi\\/policies\\/privacy-policy","u":"{visitor}","p":"policy"}};</script>
<script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.end');</script>


    <link href="{cdn}base.css?v={a3}" rel="stylesheet" type="text/css" media="all" />
<link rel="stylesheet" href="{cdn}component-predictive-search.css?v={a4}" media="print" onload="this.media='all'"><script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');
    if (Shopify.designMode) {{
      document.documentElement.classList.add('shopify-design-mode');
    }}
    </script>
  </head>

  <body class="gradient">
    <a class="skip-to-content-link button visually-hidden" href="#MainContent">
      Siirry sisältöön
    </a><!-- BEGIN sections: header-group -->
{announcement}<div id="shopify-section-{sg}__header" class="shopify-section shopify-section-group-header-group section-header"><link rel="stylesheet" href="{cdn}component-list-menu.css?v={a5}" media="print" onload="this.media='all'">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-background-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu">
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img src="//www.agroteksavo.fi/cdn/shop/files/agrotek-savo-logo.png?v=1661412398&amp;width=600" alt="Agrotek Savo" srcset="//www.agroteksavo.fi/cdn/shop/files/agrotek-savo-logo.png?v=1661412398&amp;width=180 180w, //www.agroteksavo.fi/cdn/shop/files/agrotek-savo-logo.png?v=1661412398&amp;width=270 270w" width="180" height="54.0" loading="eager" class="header__heading-logo motion-reduce" sizes="(max-width: 360px) 50vw, 180px"></div></a>
<nav class="header__inline-menu">
  <ul class="list-menu list-menu--inline" role="list">{menu}</ul>
</nav>
<div class="header__icons">
  <details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Haku"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false" viewBox="0 0 18 19"><path fill-rule="evenodd" clip-rule="evenodd" d="M11.03 11.68A5.784 5.784 0 112.85 3.5a5.784 5.784 0 018.18 8.18zm.26 1.12a6.78 6.78 0 11.72-.7l5.4 5.4a.5.5 0 11-.71.7l-5.41-5.4z" fill="currentColor"/></svg></span></summary></details></details-modal>
  <a href="https://shopify.com/58213456/account?locale=fi&region_country=FI" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Kirjaudu sisään</span></a>
  <a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Ostoskori</span></a>
</div>
</header></sticky-header>
</div>
<!-- END sections: header-group -->

    <main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
      <div class="shopify-policy__container">
        <div class="shopify-policy__title">
          <h1>{h1}</h1>
        </div>

        <div class="shopify-policy__body">
          <div class="rte">
              {body}
          </div>
        </div>
      </div>
    </main>

    <!-- BEGIN sections: footer-group -->
<div id="shopify-section-{sg}__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-background-1 gradient section-{sg}__footer-padding"><div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet "><div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Asiakaspalvelu</h2><ul class="footer-block__details-content list-unstyled"><li><a href="/pages/toimitusehdot" class="link link--text list-menu__item list-menu__item--link">Toimitusehdot</a></li><li><a href="/pages/yhteystiedot" class="link link--text list-menu__item list-menu__item--link">Yhteystiedot</a></li><li><a href="/policies/privacy-policy" class="link link--text list-menu__item list-menu__item--link list-menu__item--active">Tietosuojakäytäntö</a></li></ul></div><div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Agrotek Savo Oy</h2><div class="footer-block__details-content rte"><p>Konetie 4, 74100 Iisalmi<br/>Myymälä ma–pe 7.30–17, la 9–13<br/>Huolto 017 812 3420</p></div></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info"><div class="footer__payment"><span class="visually-hidden">Maksutavat</span><ul class="list list-payment" role="list"><li class="list-payment__item">Visa</li><li class="list-payment__item">Mastercard</li><li class="list-payment__item">MobilePay</li></ul></div></div></div>
<div class="footer__content-bottom-wrapper page-width footer__content-bottom-wrapper--center"><div class="footer__copyright caption"><small class="copyright__content">&copy; {year}, <a href="/" title="">Agrotek Savo</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com/fi?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Palvelun tarjoaa Shopify</a></small><ul class="policies list-unstyled"><li><small class="copyright__content"><a href="/policies/refund-policy">Palautusoikeus</a></small></li><li><small class="copyright__content"><a href="/policies/privacy-policy">Tietosuojakäytäntö</a></small></li><li><small class="copyright__content"><a href="/policies/terms-of-service">Käyttöehdot</a></small></li><li><small class="copyright__content"><a href="/policies/shipping-policy">Toimituskäytäntö</a></small></li><li><small class="copyright__content"><a href="/policies/contact-information">Yhteystiedot</a></small></li></ul></div></div></div>
</footer>
</div>
<!-- END sections: footer-group -->

    <ul hidden>
      <li id="a11y-refresh-page-message">Valinnan tekeminen johtaa sivun täydelliseen päivitykseen.</li>
      <li id="a11y-new-window-message">Avautuu uuteen ikkunaan.</li>
    </ul>

    <script>
      window.shopUrl = 'https://www.agroteksavo.fi';
      window.routes = {{
        cart_add_url: '/cart/add',
        cart_change_url: '/cart/change',
        cart_update_url: '/cart/update',
        cart_url: '/cart',
        predictive_search_url: '/search/suggest',
      }};
      window.cartStrings = {{
        error: `Ostoskorin päivityksessä tapahtui virhe. Yritä uudelleen.`,
        quantityError: `Voit lisätä ostoskoriin vain [quantity] kappaletta tätä tuotetta.`,
      }};
    </script>
  </body>
</html>
""".format(cdn=cdn, a0=a[0], a1=a[1], a2=a[2], a3=a[3], a4=a[4], a5=a[5], tid=tid, tver=st["theme"],
           req=st["request"], offset=fi_offset(when), visitor=st["visitor"], announcement=announcement, sg=sg,
           menu=menu, h1=C.inline_html(h1[1]), body=body, year=when.year)


PAGE = {
    "service": "Agrotek Savo",
    "url": URL,
    "lang": "fi",
    "platform": "Shopify, Dawn theme 9.0.0 -> 12.0.0",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-ShopId", "58213456"), ("X-Shopify-Stage", "production"),
                      ("Powered-By", "Shopify"), ("Content-Language", "fi")),
    "n": 29,
    "start": dt.date(2022, 9, 5),
    "end": dt.date(2025, 3, 31),
    "hours": (2, 7, 11),
    "policy": POLICY,
    "first_updated": dt.date(2022, 6, 20),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".shopify-policy__container"},
}
