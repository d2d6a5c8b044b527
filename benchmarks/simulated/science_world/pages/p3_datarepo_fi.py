"""Datasampo, a Finnish research-data repository: CKAN 2.9 (Bootstrap 3) upgraded to CKAN 2.10 (Bootstrap 5) in
September 2023, the policy a ckanext-pages page (Markdown rendered), Finnish.

Fairly clean. Per visit: the footer's "n datasets from m organisations" tally (datasets are deposited every day)
and, from CKAN 2.10 on, the Flask-WTF `_csrf_token` in a `<meta>` and in the footer's language form. Sticky: the
webassets bundle hashes. The upgrade changes the whole template around the page; the declared
`section.module-content` holds only the policy in both versions.
"""
import datetime as dt
import html

import common as C

UPGRADE = dt.datetime(2023, 9, 19)


def fmt_date(d):
    return "%d.%d.%d" % (d.day, d.month, d.year)


POLICY = """
# Tietosuojaseloste

Päivitetty {UPDATED}

Tämä tietosuojaseloste kertoo, miten Datasampo-palvelu käsittelee käyttäjiensä ja tutkimusaineistojen tekijöiden henkilötietoja EU:n yleisen tietosuoja-asetuksen (2016/679) artiklojen 13 ja 14 sekä tietosuojalain (1050/2018) mukaisesti. Datasampo on tutkimusaineistojen julkaisu- ja säilytyspalvelu, johon tutkijat ja tutkimusorganisaatiot voivat tallentaa aineistojaan, kuvailla ne metatiedoin ja julkaista ne pysyvällä DOI-tunnisteella.

## 1. Rekisterinpitäjä

@ Datasampo ry
@ Y-tunnus 3187654-2
@ Åkerlundinkatu 11 C, 33100 Tampere
@ [tietosuoja@datasampo.fi](mailto:tietosuoja@datasampo.fi)

## 2. Yhteyshenkilö rekisteriä koskevissa asioissa

Palvelupäällikkö, Datasampo ry, [tuki@datasampo.fi](mailto:tuki@datasampo.fi), puh. 029 450 3100 (arkisin klo 9–15).

## 3. Tietosuojavastaava

Rekisterinpitäjn tietosuojavastaavan tavoittaa osoitteesta [tietosuojavastaava@datasampo.fi](mailto:tietosuojavastaava@datasampo.fi).

## 4. Rekisterin nimi

Datasampo-palvelun käyttäjärekisteri sekä aineistojen kuvailutietoihin sisältyvät henkilötiedot.

## 5. Henkilötietojen käsittelyn tarkoitus ja oikeusperuste

| Käsittelyn tarkoitus | Oikeusperuste |
| Käyttäjätilin luominen ja ylläpito | Sopimus (palvelun käyttöehdot) |
| Aineistojen julkaiseminen ja DOI-tunnisteiden rekisteröinti | Yleisen edun mukainen tehtävä (tieteellinen tutkimus ja tutkimusaineistojen saatavuus) |
| Aineistojen katselu- ja latausmäärien tilastointi | Rekisterinpitäjän oikeutettu etu |
| Palvelun tietoturva ja väärinkäytösten selvittäminen | Rekisterinpitäjän oikeutettu etu |
| Käyttäjätuki ja palvelua koskevat tiedotteet | Sopimus |
| Uutiskirje | Suostumus |

Henkilötietoja ei käytetä suoramarkkinointiin eikä niitä myydä kolmansille osapuolille.

Aineistojen tekijätietojen julkaiseminen on olennainen osa tieteellistä julkaisemista: tekijätiedot mahdollistavat aineistoon viittaamisen ja tutkijan ansioiden tunnustamisen. Siksi tekijätietoja ei voi piilottaa julkaistusta aineistosta, mutta voit pyytää korjaamaan virheellisen nimen tai affiliaation milloin tahansa. Uutiskirjeen tilaaminen on vapaaehtoista, eikä se ole palvelun käytön edellytys.

## 6. Rekisterin tietosisältö

### Käyttäjätilin tiedot

- nimi, sähköpostiosoite ja käyttäjätunnus
- organisaatio ja rooli organisaatiossa (esimerkiksi jäsen, editori tai ylläpitäjä)
- ORCID-tunniste, jos liität sen käyttäjätiliisi
- Haka- tai eduGAIN-kirjautumisen yhteydessä kotiorganisaatiolta saatavat tiedot: pysyvä tunniste, nimi, sähköpostiosoite ja kotiorganisaatio
- API-avaimen luontiaika ja nimi (itse avainta ei tallenneta selväkielisenä)

### Aineistojen kuvailutiedot

- tekijöiden ja yhteyshenkilöiden nimet, affiliaatiot ja ORCID-tunnisteet
- yhteyshenkilön sähköpostiosoite, jota ei näytetä julkisesti vaan johon voi ottaa yhteyttä palvelun lomakkeella
- aineiston rahoittajat ja hankenumerot

### Lokitiedot

- IP-osoite, aikaleima, selaimen tunniste ja pyydetty osoite
- rajapintakutsujen yhteydessä käytetyn API-avaimen tunniste

### Aineistojen sisältämät henkilötiedot

Tutkimusaineisto itse voi sisältää henkilötietoja, esimerkiksi haastatteluja tai kyselyvastauksia. Tällaisten tietojen osalta rekisterinpitäjänä toimii aineiston tallentanut tutkimusorganisaatio, ja Datasampo toimii henkilötietojen käsittelijänä tallentajan ohjeiden mukaisesti. Tallentaja vastaa siitä, että aineisto on anonymisoitu ennen avointa julkaisemista tai että sen saatavuutta on rajattu. Emme avaa tallennettuja tiedostoja emmekä käsittele niiden sisältöä muuten kuin teknisesti välttämättömällä tavalla, kuten virustarkistuksessa ja varmuuskopioinnissa.

## 7. Säännönmukaiset tietolähteet

Tiedot saadaan rekisteröidyltä itseltään, Haka-luottamusverkostosta kirjautumisen yhteydessä, ORCID-palvelusta käyttäjän antamalla luvalla sekä aineiston tallentajalta silloin, kun tallentaja ilmoittaa aineiston muiden tekijöiden tiedot. Tallentaja vastaa siitä, että muut tekijät tietävät tietojensa julkaisemisesta. Organisaation ylläpitäjät voivat lisätä organisaatioon jäseniä heidän sähköpostiosoitteensa perusteella, jolloin uusi jäsen saa kutsun sähköpostitse ja voi kieltäytyä jäsenyydestä.

## 8. Tietojen säilytysaika

| Tieto | Säilytysaika |
| Käyttäjätili | Tilin poistamiseen asti; käyttämättömät tilit poistetaan kolmen vuoden kuluttua viimeisestä kirjautumisesta |
| Julkaistujen aineistojen kuvailutiedot | Pysyvästi, jotta tutkimus on todennettavissa ja viittaukset säilyvät |
| Lokitiedot | 12 kuukautta |
| Tukipyynnöt | 2 vuotta pyynnön sulkemisesta |
| Uutiskirjeen tilaajatiedot | Tilauksen perumiseen asti |

Julkaistua aineistoa ei poisteta kokonaan, vaan poistetun aineiston sivulle jää hautakivisivu, jossa näkyvät aineiston kuvailutiedot ja DOI-tunniste.

## 9. Tietojen luovutukset ja käsittelijät

Julkaistujen aineistojen kuvailutiedot, myös tekijöiden nimet ja ORCID-tunnisteet, ovat avoimesti saatavilla. Ne välitetään rajapintojen (CKAN API ja OAI-PMH) kautta kansallisiin ja kansainvälisiin hakupalveluihin, kuten OpenAIREen ja Google Dataset Searchiin, sekä DataCitelle DOI-tunnisteiden rekisteröintiä varten.

Käytämme seuraavia henkilötietojen käsittelijöitä:

| Käsittelijä | Tehtävä | Sijainti |
| CSC – Tieteen tietotekniikan keskus Oy | Palvelinkapasiteetti, tallennus ja varmuuskopiot | Suomi |
| DataCite e.V. | DOI-tunnisteiden rekisteröinti ja metatietojen julkaisu | Saksa |
| Atlassian Pty Ltd (Jira Service Management) | Käyttäjätuen tikettijärjestelmä | EU ja Yhdysvallat |
| Mailjet SAS | Uutiskirjeen lähettäminen | Ranska |

Käsittelijöiden kanssa on tehty tietosuoja-asetuksen 28 artiklan mukaiset sopimukset. Tietoja voidaan luovuttaa viranomaisille, jos laki sitä edellyttää.

## 10. Tietojen siirto EU:n tai ETA:n ulkopuolelle

Tietoja ei pääsääntöisesti siirretä EU:n tai ETA:n ulkopuolelle. Jos käsittelijä käsittelee tukipyyntöjen tietoja Yhdysvalloissa, siirto perustuu EU:n ja Yhdysvaltojen väliseen tietosuojakehykseen tai Euroopan komission hyväksymiin vakiosopimuslausekkeisiin. Julkiset kuvailutiedot ovat kaikkien saatavilla kaikkialla maailmassa.

## 11. Rekisterin suojauksen periaatteet

Palvelu toimii CSC:n konesaleissa Suomessa. Yhteys palveluun on salattu (TLS), ja ylläpitäjät kirjautuvat hallintaliittymään kaksivaiheisella tunnistautumisella. Pääsy henkilötietoihin on rajattu niihin henkilöihin, jotka tarvitsevat tietoja tehtävissään, ja käyttöoikeudet tarkistetaan puolivuosittain. Varmuuskopiot salataan ja säilytetään erillisessä konesalissa. Tietoturvapoikkeamat käsitellään dokumentoidun prosessin mukaisesti, ja niistä ilmoitetaan valvontaviranomaiselle ja tarvittaessa rekisteröidyille ilman aiheetonta viivytystä.

## 12. Rekisteröidyn oikeudet

Sinulla on oikeus

- saada pääsy itseäsi koskeviin tietoihin
- vaatia virheellisten tietojen oikaisemista
- vaatia tietojen poistamista, jollei tietojen säilyttäminen ole välttämätöntä tieteellisen tutkimuksen todennettavuuden vuoksi
- vaatia käsittelyn rajoittamista
- vastustaa oikeutettuun etuun tai yleisen edun mukaiseen tehtävään perustuvaa käsittelyä
- siirtää antamasi tiedot järjestelmästä toiseen
- peruuttaa antamasi suostumus milloin tahansa

Pyynnöt voi lähettää osoitteeseen [tietosuoja@datasampo.fi](mailto:tietosuoja@datasampo.fi). Vastaamme pyyntöön viimeistään kuukauden kuluessa. Jos katsot, että henkilötietojesi käsittely rikkoo tietosuojasäädöksiä, voit tehdä valituksen valvontaviranomaiselle:

@ Tietosuojavaltuutetun toimisto
@ PL 800, 00531 Helsinki
@ [tietosuoja.fi](https://tietosuoja.fi)

## 13. Automaattinen päätöksenteko ja profilointi

Henkilötietoja ei käytetä automaattiseen päätöksentekoon eikä profilointiin. Aineistojen suosittelu etusivulla perustuu aineistojen yhteenlaskettuihin latausmääriin, ei yksittäisten käyttäjien toimintaan.

## 14. Evästeet

Palvelu käyttää istuntoevästettä kirjautumisen ylläpitämiseen ja kielivalinnan muistamiseen. Kävijätilastot kerätään itse ylläpidetyllä Matomo-analytiikalla ilman evästeitä, ja IP-osoitteista poistetaan kaksi viimeistä tavua ennen tallentamista. Aineistojen latausmäärät lasketaan COUNTER-käytännön mukaisesti niin, ettei yksittäistä käyttäjää voi tunnistaa.

| Eväste | Tarkoitus | Voimassaolo |
| ckan | Istunnon ja kirjautumisen ylläpito | Istunnon ajan |
| ckan-lang | Kielivalinnan muistaminen | 1 vuosi |
| ds-cookie-notice | Tieto siitä, että olet sulkenut evästeilmoituksen | 6 kuukautta |

## 15. Selosteen muuttaminen

Päivitämme tätä selostetta, kun palvelu tai lainsäädäntö muuttuu. Olennaisista muutoksista ilmoitamme rekisteröityneille käyttäjille sähköpostitse vähintään 30 päivää ennen muutoksen voimaantuloa. Selosteen aiemmat versiot saa pyydettäessä osoitteesta [tietosuoja@datasampo.fi](mailto:tietosuoja@datasampo.fi).
"""

EDITS = [
    {"note": "typo fixed in section 3 (Rekisterinpitäjn -> Rekisterinpitäjän), date kept", "bump": False,
     "repl": [("Rekisterinpitäjn tietosuojavastaavan", "Rekisterinpitäjän tietosuojavastaavan")]},
    {"note": "log retention shortened from 12 to 6 months",
     "repl": [("| Lokitiedot | 12 kuukautta |", "| Lokitiedot | 6 kuukautta |")]},
    {"note": "new subsection on access requests for restricted datasets",
     "repl": [("## 7. Säännönmukaiset tietolähteet",
               "### Käyttöoikeushakemukset\n\n"
               "Jos aineiston käyttö on rajattu, hakija täyttää käyttöoikeushakemuksen. Hakemukseen tallennetaan hakijan "
               "nimi, organisaatio, sähköpostiosoite, tutkimussuunnitelman tiivistelmä ja eettisen toimikunnan "
               "lausunto, jos sellainen tarvitaan. Hakemus välitetään aineiston omistajalle päätöstä varten, ja "
               "hakemukset säilytetään viisi vuotta käyttöoikeuden päättymisestä.\n\n"
               "## 7. Säännönmukaiset tietolähteet")]},
    {"note": "Sentry added to the processors table",
     "repl": [("| Mailjet SAS | Uutiskirjeen lähettäminen | Ranska |",
               "| Mailjet SAS | Uutiskirjeen lähettäminen | Ranska |\n"
               "| Functional Software, Inc. (Sentry) | Virheiden seuranta, ilman IP-osoitteita | EU (Saksa) |")]},
    {"note": "controller moved: street address changed",
     "repl": [("@ Åkerlundinkatu 11 C, 33100 Tampere", "@ Hermiankatu 12 B, 33720 Tampere")]},
    {"note": "inactive accounts now deleted after five years instead of three",
     "repl": [("käyttämättömät tilit poistetaan kolmen vuoden kuluttua",
               "käyttämättömät tilit poistetaan viiden vuoden kuluttua")]},
]


def noise(rng, when, i, prev):
    prev = prev or {}
    days = (when.date() - dt.date(2021, 1, 1)).days
    v210 = when >= UPGRADE
    st = {
        "tally": (9120 + days * 4 + rng.randint(0, 3), 171 + days // 30),
        "version": "2.10.4" if v210 else "2.9.9",
        "assets": C.keep_or(rng, prev.get("assets") if prev.get("version") == ("2.10.4" if v210 else "2.9.9")
                            else None, 0.1, lambda: (C.hexs(rng, 8), C.hexs(rng, 8))),
    }
    if v210:
        st["csrf"] = "Ij%s" % C.b64tok(rng, 30).rstrip("=").replace("+", "-").replace("/", "_") + "Ig." + \
            C.alnum(rng, 6) + "." + C.alnum(rng, 27, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    return st


LABELS = {"tally": "footer datasets/organisations tally", "version": "CKAN version (2.9 -> 2.10 upgrade)",
          "assets": "webassets bundle hashes", "csrf": "Flask-WTF _csrf_token (meta and language form)"}


def nbsp_int(n):
    s = "{:,}".format(n).replace(",", "\u00a0")
    return s


def content_html(blocks):
    out = ['<h1 class="page-heading">%s</h1>' % C.inline_html(blocks[0][1]), '<div class="ckanext-pages-content">']
    out.append(C.blocks_html(blocks[1:], cls={"table": "table table-striped table-bordered"}))
    out.append("</div>")
    return "\n".join(out)


def render(s, blocks, when):
    a1, a2 = s["assets"]
    nd, norg = s["tally"]
    title = html.escape(blocks[0][1])
    lang_opts = ('<option value="/fi/pages/tietosuojaseloste" selected="selected">suomi</option>'
                 '<option value="/sv/pages/tietosuojaseloste">svenska</option>'
                 '<option value="/en/pages/tietosuojaseloste">English</option>')
    tally = ('<p class="datasampo-stats">Datasammossa on nyt <strong>%s</strong> aineistoa <strong>%d</strong> '
             'organisaatiolta.</p>' % (nbsp_int(nd), norg))
    body = content_html(blocks)
    if s["version"].startswith("2.9"):
        return """<!DOCTYPE html>
<!--[if IE 9]> <html lang="fi" class="ie9"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="fi"  > <!--<![endif]-->
  <head>
    <meta charset="utf-8" />
      <meta name="generator" content="ckan 2.9.9" />
      <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>%(title)s - Datasampo</title>
    <link rel="shortcut icon" href="/base/images/datasampo.ico" />
    <link href="/webassets/base/%(a1)s_main.css" rel="stylesheet"/>
<link href="/webassets/ckanext-datasampo/%(a2)s_datasampo.css" rel="stylesheet"/>
  </head>
  <body data-site-root="https://datasampo.fi/" data-locale-root="https://datasampo.fi/fi/" >
    <div class="sr-only sr-only-focusable"><a href="#content">Hyppää sisältöön</a></div>
  <header class="account-masthead">
    <div class="container">
        <nav class="account not-authed" aria-label="Käyttäjätili">
          <ul class="list-unstyled">
            <li><a href="/fi/user/login">Kirjaudu sisään</a></li>
              <li><a class="sub" href="/fi/user/register">Rekisteröidy</a></li>
          </ul>
        </nav>
    </div>
  </header>
<header class="navbar navbar-static-top masthead">
    <div class="container">
      <div class="navbar-right">
        <button data-target="#main-navigation-toggle" data-toggle="collapse" class="navbar-toggle collapsed" type="button" aria-label="expand or collapse" aria-expanded="false">
          <span class="sr-only">Toggle navigation</span>
          <span class="fa fa-bars"></span>
        </button>
      </div>
      <hgroup class="header-image navbar-left">
          <a class="logo" href="/fi/"><img src="/base/images/datasampo-logo.png" alt="Datasampo" title="Datasampo" /></a>
      </hgroup>
      <div class="collapse navbar-collapse" id="main-navigation-toggle">
          <nav class="section navigation">
            <ul class="nav nav-pills">
                <li><a href="/fi/dataset/">Aineistot</a></li><li><a href="/fi/organization/">Organisaatiot</a></li><li><a href="/fi/group/">Teemat</a></li><li><a href="/fi/pages/ohjeet">Ohjeet</a></li><li><a href="/fi/about">Tietoa</a></li>
            </ul>
          </nav>
          <form class="section site-search simple-input" action="/fi/dataset/" method="get">
            <div class="field">
              <label for="field-sitewide-search">Hae aineistoja</label>
              <input id="field-sitewide-search" type="text" class="form-control" name="q" placeholder="Hae" aria-label="Hae aineistoja"/>
              <button class="btn-search" type="submit" aria-label="Lähetä"><i class="fa fa-search"></i></button>
            </div>
          </form>
      </div>
    </div>
  </header>
  <div class="main">
    <div id="content" class="container">
          <div class="flash-messages">
          </div>
          <div class="toolbar" role="navigation" aria-label="Murupolku">
              <ol class="breadcrumb">
                <li class="home"><a href="/fi/" aria-label="Etusivu"><i class="fa fa-home"></i><span> Etusivu</span></a></li>
                <li class="active"><a href="/fi/pages/tietosuojaseloste">Tietosuojaseloste</a></li>
              </ol>
          </div>
        <div class="row wrapper no-nav">
  <section class="module-content">
%(body)s
  </section>
        </div>
    </div>
  </div>
<footer class="site-footer">
  <div class="container">
    <div class="row">
      <div class="col-md-8 footer-links">
        %(tally)s
          <ul class="list-unstyled">
              <li><a href="/fi/about">Tietoa Datasammosta</a></li>
              <li><a href="/fi/pages/kayttoehdot">Käyttöehdot</a></li>
              <li><a href="/fi/pages/tietosuojaseloste">Tietosuojaseloste</a></li>
              <li><a href="/fi/pages/saavutettavuusseloste">Saavutettavuusseloste</a></li>
          </ul>
          <ul class="list-unstyled">
              <li><a href="http://docs.ckan.org/en/2.9/api/">CKAN API</a></li>
              <li><a href="http://www.ckan.org/">CKAN Association</a></li>
              <li><a href="http://www.opendefinition.org/okd/"><img src="/base/images/od_80x15_blue.png" alt="Open Data"></a></li>
          </ul>
      </div>
      <div class="col-md-4 attribution">
          <p><strong>Powered by</strong> <a class="hide-text ckan-footer-logo" href="http://ckan.org">CKAN</a></p>
          <form class="form-inline form-select lang-select" action="/util/redirect" data-module="select-switch" method="POST">
            <label for="field-lang-select">Kieli</label>
            <select id="field-lang-select" name="url" data-module="autocomplete" data-module-dropdown-class="lang-dropdown" data-module-container-class="lang-container">
              %(lang_opts)s
            </select>
            <button class="btn btn-default js-hide" type="submit">Siirry</button>
          </form>
      </div>
    </div>
  </div>
</footer>
    <script src="/webassets/base/%(a1)s_main.js" type="text/javascript"></script>
<script src="/webassets/ckanext-matomo/f0c3a9e1_matomo.js" type="text/javascript"></script>
  </body>
</html>
""" % {"title": title, "a1": a1, "a2": a2, "body": body, "tally": tally, "lang_opts": lang_opts}
    return """<!DOCTYPE html>
<!--[if IE 9]> <html lang="fi" class="ie9"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="fi"  > <!--<![endif]-->
  <head>
    <meta charset="utf-8" />
      <meta name="csrf_field_name" content="_csrf_token" />
      <meta name="_csrf_token" content="%(csrf)s" />
      <meta name="generator" content="ckan 2.10.4" />
      <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>%(title)s - Datasampo</title>
    <link rel="shortcut icon" href="/base/images/datasampo.ico" />
    <link href="/webassets/base/%(a1)s_main.css" rel="stylesheet"/>
<link href="/webassets/ckanext-datasampo/%(a2)s_datasampo.css" rel="stylesheet"/>
  </head>
  <body data-site-root="https://datasampo.fi/" data-locale-root="https://datasampo.fi/fi/" >
    <div class="visually-hidden-focusable"><a href="#content">Siirry sisältöön</a></div>
  <div class="account-masthead">
    <div class="container">
        <nav class="account not-authed" aria-label="Käyttäjätili">
          <ul class="list-unstyled">
            <li><a href="/fi/user/login">Kirjaudu sisään</a></li>
              <li><a class="sub" href="/fi/user/register">Rekisteröidy</a></li>
          </ul>
        </nav>
    </div>
  </div>
<header class="masthead">
  <div class="container">
    <nav class="navbar navbar-expand-lg navbar-light">
      <hgroup class="header-image navbar-left">
      <a class="logo" href="/fi/"><img src="/base/images/datasampo-logo.svg" alt="Datasampo" title="Datasampo" /></a>
      </hgroup>
      <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#main-navigation-toggle" aria-controls="main-navigation-toggle" aria-expanded="false" aria-label="Toggle navigation">
        <span class="fa fa-bars text-white"></span>
      </button>
      <div class="main-navbar collapse navbar-collapse" id="main-navigation-toggle">
        <ul class="navbar-nav ms-auto mb-2 mb-lg-0">
            <li><a href="/fi/dataset/">Aineistot</a></li><li><a href="/fi/organization/">Organisaatiot</a></li><li><a href="/fi/group/">Teemat</a></li><li><a href="/fi/pages/ohjeet">Ohjeet</a></li><li><a href="/fi/about">Tietoa</a></li>
        </ul>
      <form class="d-flex site-search" action="/fi/dataset/" method="get">
          <label class="d-none" for="field-sitewide-search">Hae aineistoja</label>
          <input id="field-sitewide-search" class="form-control me-2"  type="text" name="q" placeholder="Hae" aria-label="Hae aineistoja"/>
          <button class="btn" type="submit" aria-label="Lähetä"><i class="fa fa-search"></i></button>
      </form>
      </div>
    </nav>
  </div>
</header>
  <div class="main">
    <div id="content" class="container">
          <div class="flash-messages">
          </div>
          <div class="toolbar" role="navigation" aria-label="Murupolku">
              <ol class="breadcrumb">
                <li class="home"><a href="/fi/" aria-label="Etusivu"><i class="fa fa-home"></i><span> Etusivu</span></a></li>
                <li class="active"><a href="/fi/pages/tietosuojaseloste">Tietosuojaseloste</a></li>
              </ol>
          </div>
        <div class="row wrapper no-nav">
  <section class="module-content">
%(body)s
  </section>
        </div>
    </div>
  </div>
<footer class="site-footer">
  <div class="container">
    <div class="row">
      <div class="col-md-8 footer-links">
        %(tally)s
          <ul class="list-unstyled">
              <li><a href="/fi/about">Tietoa Datasammosta</a></li>
              <li><a href="/fi/pages/kayttoehdot">Käyttöehdot</a></li>
              <li><a href="/fi/pages/tietosuojaseloste">Tietosuojaseloste</a></li>
              <li><a href="/fi/pages/saavutettavuusseloste">Saavutettavuusseloste</a></li>
          </ul>
          <ul class="list-unstyled">
              <li><a href="http://docs.ckan.org/en/2.10/api/">CKAN API</a></li>
              <li><a href="http://www.ckan.org/">CKAN Association</a></li>
          </ul>
      </div>
      <div class="col-md-4 attribution">
          <p><strong>Powered by</strong> <a class="hide-text ckan-footer-logo" href="http://ckan.org">CKAN</a></p>
          <form class="lang-select" action="/util/redirect" data-module="select-switch" method="POST">
            <input type="hidden" name="_csrf_token" value="%(csrf)s"/>
            <div class="form-group">
              <label for="field-lang-select">Kieli</label>
              <select id="field-lang-select" name="url" data-module="autocomplete" data-module-dropdown-class="lang-dropdown" data-module-container-class="lang-container">
              %(lang_opts)s
              </select>
            </div>
            <button class="btn btn-default d-none " type="submit">Siirry</button>
          </form>
      </div>
    </div>
  </div>
</footer>
    <script src="/webassets/base/%(a1)s_main.js" type="text/javascript"></script>
<script src="/webassets/ckanext-matomo/7d2e4b91_matomo.js" type="text/javascript"></script>
  </body>
</html>
""" % {"title": title, "a1": a1, "a2": a2, "body": body, "tally": tally, "lang_opts": lang_opts, "csrf": s["csrf"]}


PAGE = {
    "service": "Datasampo",
    "url": "https://datasampo.fi/fi/pages/tietosuojaseloste",
    "lang": "fi",
    "platform": "CKAN 2.9 -> 2.10 with ckanext-pages",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("Vary", "Accept-Encoding,Cookie"),
                      ("Strict-Transport-Security", "max-age=31536000")),
    "n": 31,
    "start": dt.date(2021, 9, 1),
    "end": dt.date(2024, 12, 15),
    "policy": POLICY,
    "first_updated": dt.date(2021, 5, 24),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://datasampo.fi/fi/pages/tietosuojaseloste", "select": "section.module-content"},
}
