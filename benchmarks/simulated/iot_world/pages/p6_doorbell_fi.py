"""Smart-doorbell and camera maker, Finnish, a Zendesk Guide help-centre article (Copenhagen theme).

The policy is a help-centre article: its title in h1.article-title, its body in .article-body; the declaration
selects both. Around them: the article meta with the "updated" <time> (moves when an agent re-saves the article,
even without a text change), the follow button, the vote widget with its "x / y found this helpful" count, the
section's article list in the sidebar (per-model articles), the CSRF token and the theme's asset digest.
"""
import datetime as dt

import common as C

POLICY = """# Tietosuojaseloste – Vartija-ovikellot, -kamerat ja Vartija-sovellus

Viimeksi päivitetty: {UPDATED}

Tässä tietosuojaselosteessa kerromme, miten Vartija Home Oy käsittelee henkilötietojasi, kun käytät Vartija-ovikelloja, sisä- ja ulkokameroita, Vartija-sovellusta sekä Vartija Plus -pilvitallennuspalvelua. Noudatamme EU:n yleistä tietosuoja-asetusta (GDPR) ja Suomen tietosuojalakia.

## Rekisterinpitäjä

@ Vartija Home Oy (Y-tunnus 2987654-3)
@ Itämerenkatu 11–13
@ 00180 Helsinki
@ tietosuoja@vartijahome.fi

Tietosuoja-asioissa voit olla yhteydessä tietosuojavastaavaamme osoitteessa tietosuoja@vartijahome.fi.

## Mitä tietoja käsittelemme

- **Tilitiedot:** nimi, sähköpostiosoite, puhelinnumero, salasana (tiivisteenä) ja kieliasetus.
- **Laitetiedot:** laitteen malli, sarjanumero, laiteohjelmiston versio, Wi-Fi-verkon nimi ja signaalin voimakkuus sekä akun varaustaso.
- **Video- ja äänitallenteet:** liiketunnistuksen tai ovikellon painalluksen käynnistämät videoklipit, niiden äänet sekä reaaliaikainen kuva, kun avaat sen sovelluksessa.
- **Tapahtumatiedot:** liike-, ovikello- ja henkilötunnistustapahtumien ajankohdat sekä määrittämäsi tunnistusalueet.
- **Tukipyynnöt:** yhteydenottosi asiakastukeen ja niiden liitteet.
- **Maksutiedot:** Vartija Plus -tilauksen tiedot ja laskutushistoria. Korttitietoja käsittelee maksupalveluntarjoajamme.

## Mistä saamme tiedot

Saamme tiedot pääasiassa sinulta itseltäsi, kun luot tilin, asennat laitteen tai otat yhteyttä asiakastukeen. Laitteet tuottavat tapahtuma- ja videotietoja käytön aikana. Jos ostat laitteen jälleenmyyjältä ja rekisteröit takuun, saamme jälleenmyyjältä ostopäivän ja laitteen sarjanumeron.

## Kuvatut henkilöt ja jaetut käyttäjät

Kamerat voivat tallentaa kuvaa myös muista henkilöistä, kuten vieraista, lähettiläistä tai ohikulkijoista. Näiden tallenteiden osalta sinä toimit yleensä rekisterinpitäjänä ja Vartija Home Oy henkilötietojen käsittelijänä, joka säilyttää tallenteita puolestasi. Jos kuvattu henkilö pyytää meiltä pääsyä tallenteeseen, ohjaamme pyynnön sinulle.

Voit jakaa laitteen käyttöoikeuden perheenjäsenille tai muille käyttäjille. Jaetut käyttäjät näkevät reaaliaikaisen kuvan ja tallenteet sen mukaan, mitkä oikeudet olet heille antanut. Voit poistaa jaon milloin tahansa.

## Käsittelyn tarkoitukset ja oikeusperusteet

| Tarkoitus | Oikeusperuste |
| Laitteiden ja sovelluksen toimittaminen, ilmoitukset ja reaaliaikainen kuva | Sopimus |
| Videoklippien tallentaminen pilveen (Vartija Plus) | Sopimus |
| Laiteohjelmistopäivitykset ja tietoturvan ylläpito | Oikeutettu etu |
| Asiakastuki ja vianmääritys | Sopimus ja oikeutettu etu |
| Tuotekehitys anonymisoitujen käyttötilastojen perusteella | Oikeutettu etu |
| Markkinointiviestit | Suostumus |
| Kirjanpitoaineiston säilyttäminen | Lakisääteinen velvoite |

## Kameran käyttäjän vastuu

Kun asennat kameran tai ovikellon, vastaat itse siitä, että kuvaaminen on lainmukaista. Kotirauhan piirissä kuvaaminen on pääsääntöisesti sallittua, mutta yleisille alueille, kuten kadulle tai naapurin pihalle, ulottuvaa kuvaamista tulee välttää. Sovelluksen yksityisyysalueilla voit peittää kuvasta alueet, joita et halua tallentaa. Suosittelemme kertomaan valvontakemerasta esimerkiksi tarralla ulko-ovessa.

## Säilytysajat

| Tieto | Säilytysaika |
| Tilitiedot | Tilin voimassaoloaika ja 30 päivää tilin poistamisen jälkeen |
| Pilvitallennetut videoklipit | 30 päivää tai lyhyempi määrittämäsi aika |
| Tapahtumahistoria ilman videota | 12 kuukautta |
| Tukipyynnöt | 24 kuukautta pyynnön sulkemisesta |
| Kirjanpitoaineisto | 6 vuotta tilikauden päättymisestä |

Kun poistat videoklipin sovelluksessa, se poistetaan palvelimiltamme välittömästi ja varmuuskopioista viimeistään 35 päivän kuluessa.

## Tietojen vastaanottajat ja käsittelijät

Emme myy henkilötietojasi. Käytämme seuraavia palveluntarjoajia, jotka käsittelevät tietoja lukuunamme:

| Käsittelijä | Tehtävä | Sijainti |
| Amazon Web Services EMEA SARL | Pilvipalvelut ja videotallennus | Irlanti ja Ruotsi |
| Zendesk, Inc. | Asiakastuki | EU ja Yhdysvallat |
| Stripe Payments Europe Ltd. | Maksujen käsittely | Irlanti |
| OneSignal, Inc. | Push-ilmoitukset | Yhdysvallat |

Voimme luovuttaa videotallenteita viranomaisille vain lain niin vaatiessa, esimerkiksi poliisin esitutkintaa varten. Voit myös itse jakaa klipin sovelluksen jakotoiminnolla.

## Tietojen siirrot EU- ja ETA-alueen ulkopuolelle

Osa käsittelijöistämme sijaitsee Yhdysvalloissa. Siirrot perustuvat EU:n ja Yhdysvaltojen väliseen tietosuojakehykseen (EU-U.S. Data Privacy Framework) tai Euroopan komission hyväksymiin vakiosopimuslausekkeisiin. Videotallenteet säilytetään aina EU:n alueella.

## Tietoturva

Videokuva salataan laitteen ja palvelimen välillä sekä tallennettuna. Voit lisäksi ottaa käyttöön päästä päähän -salauksen, jolloin tallenteita voi katsoa vain sovelluksesi avaimella. Edellytämme kaksivaiheista tunnistautumista jaetuille käyttäjille ja suojaamme palvelimemme pääsynhallinnalla ja lokivalvonnalla.

## Lapset

Vartija-sovellus on tarkoitettu täysi-ikäisille. Emme tietoisesti kerää alle 15-vuotiaiden lasten henkilötietoja tilin luomisen yhteydessä. Lapset voivat kuitenkin näkyä kameroiden kuvaamissa tallenteissa, joten suosittelemme harkintaa lastenhuoneiden sisäkameroiden sijoittelussa.

## Evästeet verkkosivustollamme

Verkkosivustollamme vartijahome.fi käytämme välttämättömiä evästeitä sekä suostumuksellasi analytiikka- ja markkinointievästeitä. Voit muuttaa evästeasetuksiasi milloin tahansa sivuston alalaidan linkistä ”Evästeasetukset”. Tämä ohjekeskus käyttää vain toiminnan kannalta välttämättömiä evästeitä.

## Automaattinen päätöksenteko

Henkilötunnistus ja ajoneuvojen tunnistus tapahtuvat automaattisesti, mutta niiden perusteella ei tehdä sinua koskevia päätöksiä, joilla olisi oikeusvaikutuksia. Tunnistus ainoastaan tarkentaa saamiasi ilmoituksia, ja voit kytkeä sen pois päältä laitteen asetuksista.

## Kun luovut laitteesta

Kun myyt tai annat laitteen eteenpäin, poista se ensin tililtäsi Vartija-sovelluksessa ja palauta laite tehdasasetuksiin laitteen takana olevasta painikkeesta. Tällöin laitteelta poistuvat Wi-Fi-asetukset, tunnistusalueet ja paikallisesti tallennetut tiedot. Pilveen tallennetut videoklipit säilyvät tililläsi säilytysajan loppuun asti, ellet poista niitä itse. Uusi omistaja ei näe aiempia tallenteita.

## Asiakastuki ja etäyhteys

Asiakastukemme voi pyynnöstäsi tarkastella laitteesi tilaa, laiteohjelmiston versiota ja verkkoyhteyden laatua vikatilanteiden selvittämiseksi. Tukihenkilö ei näe reaaliaikaista kuvaa eikä tallenteita, ellet erikseen jaa yksittäistä klippiä tukipyynnön liitteenä. Tukipuhelut voidaan tallentaa palvelun laadun varmistamiseksi, ja tallentamisesta kerrotaan puhelun alussa.

## Ilmoitukset tietoturvaloukkauksista

Jos havaitsemme henkilötietojesi tietoturvaloukkauksen, joka todennäköisesti aiheuttaa riskin oikeuksillesi, ilmoitamme siitä tietosuojavaltuutetun toimistolle 72 tunnin kuluessa. Jos riski on korkea, ilmoitamme asiasta myös sinulle sovelluksessa ja sähköpostitse ja kerromme, miten voit suojata tilisi.

## Oikeutesi

Sinulla on oikeus saada pääsy tietoihisi, oikaista ne, poistaa ne, rajoittaa niiden käsittelyä, vastustaa käsittelyä, joka perustuu oikeutettuun etuun, sekä siirtää antamasi tiedot toiseen järjestelmään. Voit peruuttaa suostumuksesi milloin tahansa sovelluksen asetuksista. Jos katsot, että tietojesi käsittely rikkoo tietosuojasääntelyä, voit tehdä valituksen tietosuojavaltuutetun toimistolle ([tietosuoja.fi](https://tietosuoja.fi)).

## Muutokset tähän selosteeseen

Päivitämme tätä selostetta, kun palvelumme tai lainsäädäntö muuttuvat. Kerromme olennaisista muutoksista sovelluksessa ennen niiden voimaantuloa."""

EDITS = [
    {"note": "typo fixed: 'valvontakemerasta' -> 'valvontakamerasta'", "bump": False,
     "repl": [("kertomaan valvontakemerasta", "kertomaan valvontakamerasta")]},
    {"note": "processor added: Twilio for SMS alerts",
     "repl": [("| OneSignal, Inc. | Push-ilmoitukset | Yhdysvallat |",
               "| OneSignal, Inc. | Push-ilmoitukset | Yhdysvallat |\n| Twilio Ireland Limited | Tekstiviesti-ilmoitukset hälytyksistä | Irlanti |")]},
    {"note": "cloud clip retention extended from 30 to 60 days",
     "repl": [("| Pilvitallennetut videoklipit | 30 päivää tai lyhyempi määrittämäsi aika |",
               "| Pilvitallennetut videoklipit | 60 päivää tai lyhyempi määrittämäsi aika |")]},
    {"note": "new section on familiar-face recognition",
     "repl": [("## Tietoturva\n",
               "## Tuttujen kasvojen tunnistus\n\n"
               "Vartija Plus -tilaajat voivat ottaa käyttöön tuttujen kasvojen tunnistuksen. Toiminto muodostaa nimeämistäsi henkilöistä kasvomallit, "
               "joita käytetään vain sinun laitteissasi ilmoitusten tarkentamiseen. Kasvomallit ovat biometrisiä tietoja, ja käsittelemme niitä vain "
               "nimenomaisen suostumuksesi perusteella. Voit poistaa kasvomallit milloin tahansa, ja ne poistetaan automaattisesti, jos toiminto on ollut pois käytöstä 6 kuukautta.\n\n"
               "## Tietoturva\n")]},
    {"note": "company moved: controller address changed",
     "repl": [("@ Itämerenkatu 11–13\n@ 00180 Helsinki", "@ Keilaranta 1\n@ 02150 Espoo")]},
]

SIDEBAR = ["Tietosuojaseloste – Vartija-ovikellot, -kamerat ja Vartija-sovellus", "Käyttöehdot",
           "Vartija Plus -tilauksen ehdot", "Evästekäytäntö", "Laiteohjelmistopäivitykset: Vartija Ovikello 2",
           "Laiteohjelmistopäivitykset: Vartija Ulkokamera Pro", "Tietoturvahaavoittuvuuksien ilmoittaminen"]


def noise(rng, when, i, prev):
    p = prev or {}
    votes = p.get("votes") or (41, 48)
    if rng.random() < 0.5:
        up = rng.randint(0, 3)
        votes = (votes[0] + up, votes[1] + up + rng.randint(0, 2))
    edited = p.get("edited") or (when - dt.timedelta(days=rng.randint(20, 60), hours=rng.randint(0, 8)))
    if prev is not None and rng.random() < 0.12:
        edited = when - dt.timedelta(days=rng.randint(1, 9), hours=rng.randint(0, 8), minutes=rng.randint(0, 59))
    return {
        "csrf": "hc:meta:server:" + C.b64tok(rng, 48).replace("/", "_").replace("+", "-"),
        "digest": C.keep_or(rng, p.get("digest"), 0.15, lambda: str(rng.randint(10**19, 10**20 - 1))),
        "votes": votes,
        "edited": edited.replace(second=rng.randint(0, 59)) if edited != p.get("edited") else edited,
    }


LABELS = {"csrf": "CSRF token", "digest": "theme asset digest", "votes": "article vote counts",
          "edited": "article 'updated' timestamp (agent re-save)"}

FI_MONTHS = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
             "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"]


def render(s, blocks, when):
    title = blocks[0][1]
    body = blocks[1:]
    e = s["edited"]
    up, tot = s["votes"]
    side = "".join('<li><a href="/hc/fi/articles/44%011d" class="sidenav-item%s">%s</a></li>'
                   % (k * 7919 + 12345678, " current-article" if k == 0 else "", t) for k, t in enumerate(SIDEBAR))
    return """<!DOCTYPE html>
<html dir="ltr" lang="fi">
<head>
  <meta charset="utf-8" />
  <!-- v26880 -->
  <title>%(title)s &ndash; Vartija Tuki</title>
  <meta name="csrf-param" content="authenticity_token">
  <meta name="csrf-token" content="%(csrf)s">
  <meta name="description" content="Tässä tietosuojaselosteessa kerromme, miten Vartija Home Oy käsittelee henkilötietojasi..." /><meta property="og:image" content="https://tuki.vartijahome.fi/hc/theming_assets/01HZ8K2M4N6P8R0T2V4X6Z8B0D" />
<meta property="og:type" content="website" />
<meta property="og:site_name" content="Vartija Tuki" />
<meta property="og:title" content="%(title)s" />
<link rel="canonical" href="https://tuki.vartijahome.fi/hc/fi/articles/4412345678901-Tietosuojaseloste">
<link rel="alternate" hreflang="fi" href="https://tuki.vartijahome.fi/hc/fi/articles/4412345678901-Tietosuojaseloste">
<link rel="alternate" hreflang="sv" href="https://tuki.vartijahome.fi/hc/sv/articles/4412345678901-Dataskyddsbeskrivning">
<link rel="alternate" hreflang="en-us" href="https://tuki.vartijahome.fi/hc/en-us/articles/4412345678901-Privacy-Notice">
  <link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-f34d73e002337ab267a13449ad9d7955.css" media="all" id="stylesheet" />
  <link rel="stylesheet" type="text/css" href="/hc/theming_assets/8765432/360001234567/style.css?digest=%(digest)s">
  <link rel="icon" type="image/x-icon" href="/hc/theming_assets/01HZ8K2M4N6P8R0T2V4X6Z8B0E">
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <script src="/hc/theming_assets/8765432/360001234567/script.js?digest=%(digest)s"></script>
</head>
<body class="">
  <a class="skip-navigation" tabindex="1" href="#main-content">Siirry pääsisältöön</a>
<header class="header">
  <div class="logo"><a title="Koti" href="/hc/fi"><img src="/hc/theming_assets/01HZ8K2M4N6P8R0T2V4X6Z8B0F" alt="Vartija Tuki -ohjekeskuksen etusivu" /></a></div>
  <div class="nav-wrapper-desktop">
    <nav class="user-nav" id="user-nav" aria-label="Käyttäjän navigointi">
      <ul class="user-nav-list">
        <li><a href="https://www.vartijahome.fi/kauppa">Verkkokauppa</a></li>
        <li><a class="submit-a-request" href="/hc/fi/requests/new">Lähetä pyyntö</a></li>
        <li><div class="dropdown language-selector"><button class="dropdown-toggle" aria-haspopup="true">Suomi<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="dropdown-chevron-icon"><path fill="none" stroke="currentColor" stroke-linecap="round" d="M3 4.5l2.6 2.6c.2.2.5.2.7 0L9 4.5"/></svg></button>
          <span class="dropdown-menu dropdown-menu-end" role="menu"><a href="/hc/change_language/sv?return_to=%%2Fhc%%2Fsv%%2Farticles%%2F4412345678901" dir="ltr" rel="nofollow" role="menuitem">Svenska</a><a href="/hc/change_language/en-us?return_to=%%2Fhc%%2Fen-us%%2Farticles%%2F4412345678901" dir="ltr" rel="nofollow" role="menuitem">English (US)</a></span></div></li>
      </ul>
    </nav>
    <a class="sign-in" rel="nofollow" data-auth-action="signin" title="Avaa valintaikkuna" role="button" href="/hc/fi/signin?return_to=https%%3A%%2F%%2Ftuki.vartijahome.fi%%2Fhc%%2Ffi%%2Farticles%%2F4412345678901">Kirjaudu sisään</a>
  </div>
</header>
  <main role="main">
<div class="container-divider"></div>
<div class="container">
  <div class="sub-nav">
    <nav aria-label="Nykyinen sijainti"><ol class="breadcrumbs"><li title="Vartija Tuki"><a href="/hc/fi">Vartija Tuki</a></li><li title="Tietosuoja ja ehdot"><a href="/hc/fi/categories/360002345678-Tietosuoja-ja-ehdot">Tietosuoja ja ehdot</a></li><li title="Tietosuoja"><a href="/hc/fi/sections/360003456789-Tietosuoja">Tietosuoja</a></li></ol></nav>
    <div class="search-container"><form role="search" class="search" data-search="" action="/hc/fi/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" /><input type="search" name="query" id="query" placeholder="Hae" autocomplete="off" aria-label="Hae" /></form></div>
  </div>
  <div class="article-container" id="article-container">
    <aside class="article-sidebar" aria-labelledby="section-articles-title">
        <div class="collapsible-sidebar">
          <button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button>
          <h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Tämän osion artikkelit</h2>
          <div class="collapsible-sidebar-body"><ul>%(side)s</ul></div>
        </div>
    </aside>
    <article id="main-content" class="article">
      <header class="article-header">
        <h1 title="%(title)s" class="article-title">
          %(title)s
        </h1>
        <div class="article-author">
            <div class="avatar article-avatar"><img src="https://tuki.vartijahome.fi/system/photos/360012345678/vartija-avatar.png" alt="" class="user-avatar"/></div>
          <div class="article-meta">
            <span>Vartija-tuki</span>
            <ul class="meta-group"><li class="meta-data"><time datetime="%(eiso)s" title="%(etitle)s" data-datetime="relative">%(etext)s</time></li><li class="meta-data">Päivitetty</li></ul>
          </div>
        </div>
          <a class="article-subscribe button-primary" title="Avaa valintaikkuna" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false" href="/hc/fi/articles/4412345678901-Tietosuojaseloste/subscription.html">Seuraa</a>
      </header>
      <section class="article-info">
        <div class="article-content">
          <div class="article-body">%(body)s</div>
          <div class="article-attachments"><ul class="attachments"></ul></div>
        </div>
      </section>
      <footer>
        <div class="article-footer"><div class="article-share"><ul class="share"><li><a href="https://www.facebook.com/share.php?title=Tietosuojaseloste&amp;u=https%%3A%%2F%%2Ftuki.vartijahome.fi%%2Fhc%%2Ffi%%2Farticles%%2F4412345678901" class="share-facebook" aria-label="Facebook">Facebook</a></li><li><a href="https://www.linkedin.com/shareArticle?mini=true&amp;source=Vartija&amp;url=https%%3A%%2F%%2Ftuki.vartijahome.fi%%2Fhc%%2Ffi%%2Farticles%%2F4412345678901" class="share-linkedin" aria-label="LinkedIn">LinkedIn</a></li></ul></div></div>
          <div class="article-votes">
            <h2 class="article-votes-question" id="article-votes-label">Oliko tästä artikkelista apua?</h2>
            <div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
              <button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="Tästä artikkelista oli apua" aria-pressed="false">Kyllä</button>
              <button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="Tästä artikkelista ei ollut apua" aria-pressed="false">Ei</button>
            </div>
            <small class="article-votes-count"><span class="article-vote-label">%(up)d / %(tot)d käyttäjää piti tätä hyödyllisenä</span></small>
          </div>
        <div class="article-more-questions">Onko sinulla muita kysymyksiä? <a href="/hc/fi/requests/new">Lähetä pyyntö</a></div>
        <div class="article-return-to-top"><a href="#article-container">Palaa alkuun<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" focusable="false" viewBox="0 0 16 16" class="article-return-to-top-icon"><path fill="none" stroke="currentColor" stroke-linecap="round" d="M3 10.5l4.6-4.6c.2-.2.5-.2.7 0l4.6 4.6"/></svg></a></div>
      </footer>
      <div class="article-relatives"><div data-recent-articles></div><section class="related-articles"><h2 class="related-articles-title">Aiheeseen liittyvät artikkelit</h2><ul><li><a href="/hc/fi/related/click?data=BAh7CjobZGVzdGluYXRpb25fYXJ0aWNsZV9pZGwrCA&amp;js=1" rel="nofollow">Videoklippien poistaminen ja lataaminen</a></li><li><a href="/hc/fi/related/click?data=BAh7CjobZGVzdGluYXRpb25fYXJ0aWNsZV9pZGwrCB&amp;js=1" rel="nofollow">Yksityisyysalueiden määrittäminen</a></li></ul></section></div>
    </article>
  </div>
</div>
  </main>
<footer class="footer"><div class="footer-inner"><a title="Koti" href="/hc/fi">Vartija Tuki</a><div class="footer-language-selector"></div></div></footer>
  <script src="//static.zdassets.com/hc/assets/fi.6b1f2d3c4e5a7b8c9d0e.js"></script>
  <script type="text/javascript">
  HelpCenter = {};
  HelpCenter.account = {"subdomain":"vartijahome","environment":"production","name":"Vartija Home Oy"};
  HelpCenter.user = {"identifier":"da39a3ee5e6b4b0d3255bfef95601890afd80709","email":null,"name":"","role":"anonymous","avatar_url":"https://assets.zendesk.com/hc/assets/default_avatar.png","is_admin":false,"organizations":[],"groups":[]};
  HelpCenter.internal = {"asset_url":"//static.zdassets.com/hc/assets/","web_widget_asset_composer_url":"https://static.zdassets.com/ekr/snippet.js","current_session":{"locale":"fi","csrf_token":"%(csrf)s","shared_csrf_token":null},"settings":{"zopim_enabled":false,"spam_filter_enabled":true},"current_record_id":"4412345678901","current_record_url":"/hc/fi/articles/4412345678901-Tietosuojaseloste","current_record_title":"Tietosuojaseloste","search_results":[],"current_text_direction":"ltr","current_brand_id":360001234567,"current_host_mapping":"tuki.vartijahome.fi","current_path":"/hc/fi/articles/4412345678901-Tietosuojaseloste","authentication_domain":"https://vartijahome.zendesk.com","show_autocomplete_breadcrumbs":true,"user_info_changing_enabled":false,"has_user_profiles_enabled":false,"has_end_user_attachments":true,"user_aliases_enabled":false,"has_anonymous_kb_voting":true,"has_multi_language_help_center":true,"mobile_device":false,"is_hc_mobile":false,"is_zendesk_app":false};
  </script>
</body>
</html>
""" % {"title": C.inline_html(title), "csrf": s["csrf"], "digest": s["digest"], "side": side,
       "eiso": e.strftime("%Y-%m-%dT%H:%M:%SZ"), "etitle": e.strftime("%Y-%m-%d %H.%M"),
       "etext": "%d. %s %d %d.%02d" % (e.day, FI_MONTHS[e.month - 1], e.year, e.hour, e.minute),
       "body": C.blocks_html(body, sep=""), "up": up, "tot": tot}


PAGE = {
    "service": "Vartija Home",
    "url": "https://tuki.vartijahome.fi/hc/fi/articles/4412345678901-Tietosuojaseloste",
    "lang": "fi",
    "platform": "Zendesk Guide help centre (Copenhagen theme)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-Zendesk-Origin-Server", "app-server-5c7f9d8b4-kq2xz"),
                      ("Cache-Control", "max-age=0, public")),
    "n": 30,
    "start": dt.date(2023, 1, 10),
    "end": dt.date(2025, 12, 20),
    "policy": POLICY,
    "first_updated": dt.date(2022, 11, 30),
    "fmt_date": lambda d: "%d.%d.%d" % (d.day, d.month, d.year),
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://tuki.vartijahome.fi/hc/fi/articles/4412345678901-Tietosuojaseloste",
                    "select": [".article-title", ".article-body"]},
}
