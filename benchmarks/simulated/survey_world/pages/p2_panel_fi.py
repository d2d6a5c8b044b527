"""Mielipidetori - fi paid-opinion panel - the policy is an article of its Zendesk Guide help centre (Copenhagen
theme): article header with author and 'Päivitetty' time, votes, related articles, section sidebar, web widget."""
import datetime as dt
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import skit as K  # noqa: E402

URL = "https://tuki.mielipidetori.fi/hc/fi/articles/360014829571-Tietosuojaseloste"


def fmt_date(d):
    return "%d.%d.%d" % (d.day, d.month, d.year)


POLICY = K.unwrap("""
# Tietosuojaseloste

Päivitetty {UPDATED}

Tässä tietosuojaselosteessa kerromme, miten Mielipidetori-paneelia ylläpitävä Kvantti Tutkimus Oy käsittelee
    paneelin jäsenten, kyselyihin vastaajien ja verkkopalvelumme käyttäjien henkilötietoja. Noudatamme EU:n
    yleistä tietosuoja-asetusta (GDPR), tietosuojalakia sekä markkinatutkimusalan ICC/ESOMAR-ohjeistoa.

## 1. Rekisterinpitäjä

@ Kvantti Tutkimus Oy (Y-tunnus 2981456-3)
@ Hämeenkatu 25 B
@ 33200 Tampere
@ [tietosuoja@mielipidetori.fi](mailto:tietosuoja@mielipidetori.fi)

## 2. Tietosuojavastaava

Tietosuojavastaavamme on Laura Mäkelä. Hänet tavoittaa osoitteesta
    [tietosuoja@mielipidetori.fi](mailto:tietosuoja@mielipidetori.fi) tai postitse rekisterinpitäjän osoitteesta
    merkinnällä ”Tietosuojavastaava”.

## 3. Mitä tietoja keräämme

- nimi, sähköpostiosoite ja puhelinnumero;
- syntymävuosi, sukupuoli, postinumero ja kotitalouden koko;
- koulutus, ammatti ja tulotaso, jos ilmoitat ne profiilikyselyssä;
- vastauksesi tutkimuskyselyihin;
- kertyneet pisteet ja lunastetut palkkiot;
- tekniset tiedot, kuten IP-osoite, selaimen tyyppi ja laitetunniste väärinkäytösten estämiseksi.

Keräämme tiedot pääasiassa sinulta itseltäsi rekisteröitymisen, profiilikyselyjen ja tutkimuskyselyjen yhteydessä.
    Lisäksi saamme teknisiä tietoja laitteeltasi, kun käytät palvelua, ja tiedon lunastetuista lahjakorteista
    palkkiokumppaniltamme.

## 4. Käsittelyn tarkoitukset ja oikeusperusteet

Käsittelemme tietoja paneelijäsenyyden hoitamiseksi ja palkkioiden maksamiseksi (sopimus), kyselyjen
    toteuttamiseksi ja tulosten raportoimiseksi (suostumus), väärinkäytösten ja päällekkäisten tilien
    estämiseksi (oikeutettu etu) sekä kirjanpitovelvoitteiden täyttämiseksi (lakisääteinen velvoite).

Oikeutettuun etuun perustuvassa käsittelyssä olemme arvioineet, että etumme varmistaa tutkimusaineiston luotettavuus
    ei syrjäytä oikeuksiasi, koska käsittelemme vain välttämättömiä teknisiä tietoja emmekä käytä niitä
    markkinointiin.

## 5. Kyselyvastausten käsittely

Raportoimme tulokset asiakkaillemme aina yhdisteltyinä. Pienin raportoitava vastaajaryhmä on viisi henkilöä,
    jotta yksittäistä vastaajaa ei voi tunnistaa. Emme koskaan luovuta nimeäsi tai yhteystietojasi asiakkaalle
    ilman erillistä suostumustasi.

Jotkin kyselyt koskevat terveyttä tai muita erityisiä henkilötietoryhmiä. Näihin kysymyksiin vastaaminen on aina
    vapaaehtoista, ja käsittelemme vastauksia vain nimenomaisen suostumuksesi perusteella.

Tunnistamme päällekkäiset ja epäluotettavat vastaukset automaattisesti esimerkiksi vastausajan ja laitetunnisteen
    perusteella. Automaattinen tarkistus voi johtaa siihen, ettei kyselystä hyvitetä pisteitä. Voit pyytää, että
    työntekijämme tarkistaa asian uudelleen, ottamalla yhteyttä asiakaspalveluumme.

## 6. Pisteet ja palkkiot

Jokaisesta hyväksytysti täytetystä kyselystä saat pisteitä, jotka voit vaihtaa lahjakortteihin tai lahjoittaa
    hyväntekeväisyyteen. Pisteiden määrä riippuu kyselyn pituudesta, ja se näytetään aina kutsussa ennen kuin
    aloitat vastaamisen. Pisteet vanhenevat, jos tilillesi ei ole kirjauduttu 24 kuukauteen. Lahjakortit
    toimitetaan sähköpostiisi palkkiokumppanimme kautta.

## 7. Tietojen vastaanottajat ja käsittelijät

| Käsittelijä | Tehtävä | Sijainti |
| UpCloud Oy | Palvelinten ylläpito | Suomi |
| Zendesk, Inc. | Asiakastuki ja ohjekeskus | EU / Yhdysvallat |
| The Rocket Science Group LLC (Mailchimp) | Uutiskirjeet ja kyselykutsut | Yhdysvallat |
| Tremendous Inc. | Lahjakorttien toimitus | Yhdysvallat |

Olemme tehneet kaikkien käsittelijöiden kanssa tietojenkäsittelysopimuksen, ja ne saavat käsitellä tietoja vain
    meidän lukuumme ja ohjeidemme mukaisesti.

## 8. Tietojen siirto EU:n ja ETA:n ulkopuolelle

Kun käsittelijä sijaitsee EU:n ja ETA:n ulkopuolella, siirrot perustuvat Euroopan komission
    vakiosopimuslausekkeisiin ja tarvittaessa lisäsuojatoimiin, kuten salaukseen. Saat jäljennöksen käytetyistä
    vakiosopimuslausekkeista pyytämällä sitä tietosuojavastaavalta.

## 9. Säilytysaika

Säilytämme jäsenen tietoja jäsenyyden ajan. Jos tiliä ei ole käytetty kolmeen vuoteen, poistamme sen
    ilmoitettuamme asiasta ensin sähköpostitse. Kyselyvastaukset anonymisoidaan viimeistään kahden vuoden kuluttua
    tutkimuksen päättymisestä. Kirjanpitoaineistoa säilytetään kirjanpitolain mukaisesti kuusi vuotta.

Suojaamme tiedot salatuilla yhteyksillä, käyttöoikeuksien hallinnalla ja säännöllisillä varmuuskopioilla. Pääsy
    henkilötietoihin on vain niillä työntekijöillä, jotka tarvitsevat tietoja työssään.

## 10. Rekisteröidyn oikeudet

- oikeus tarkastaa sinusta tallennetut tiedot;
- oikeus vaatia virheellisten tietojen oikaisemista;
- oikeus vaatia tietojen poistamista ja käsittelyn rajoittamista;
- oikeus siirtää tiedot järjestelmästä toiseen;
- oikeus peruuttaa suostumuksesi milloin tahansa.

Voit käyttää oikeuksiasi tilisi asetuksista tai ottamalla yhteyttä tietosuojavastaavaan. Jos katsot, että
    tietojesi käsittely rikkoo tietosuojalainsäädäntöä, voit tehdä valituksen tietosuojavaltuutetun tomistoon
    ([tietosuoja.fi](https://tietosuoja.fi)).

## 11. Evästeet

Käytämme välttämättömiä evästeitä kirjautumiseen ja kyselyjen toimintaan. Analytiikka- ja markkinointievästeitä
    käytämme vain suostumuksellasi, jonka voit muuttaa sivuston alalaidan evästeasetuksista. Evästeiden avulla
    muistamme kirjautumisesi, kielivalintasi ja sen, mihin kyselyihin olet jo vastannut. Analytiikkaevästeistä
    saatavia tietoja käsittelemme koottuina emmekä yhdistä niitä kyselyvastauksiisi.

## 12. Muutokset

Voimme päivittää tätä tietosuojaselostetta, kun palvelumme tai lainsäädäntö muuttuu. Ilmoitamme olennaisista
    muutoksista paneelin jäsenille sähköpostitse vähintään kaksi viikkoa ennen niiden voimaantuloa. Päivitetyn
    selosteen päivämäärä näkyy tämän sivun alussa, ja aiemmat versiot saat pyynnöstä asiakaspalvelustamme.
""")

EDITS = [
    {"note": "processor replaced: Mailchimp -> Brevo (Sendinblue SAS, France) for newsletters and survey invitations",
     "repl": [("| The Rocket Science Group LLC (Mailchimp) | Uutiskirjeet ja kyselykutsut | Yhdysvallat |",
               "| Sendinblue SAS (Brevo) | Uutiskirjeet ja kyselykutsut | Ranska |")]},
    {"note": "list item added to the data collected: recordings of video interviews and online communities",
     "repl": [("- vastauksesi tutkimuskyselyihin;", "- vastauksesi tutkimuskyselyihin;\n"
               "- videohaastattelujen ja verkkokeskusteluryhmien tallenteet, jos osallistut niihin;")]},
    {"note": "points now expire after 12 months without login (was 24 months)",
     "repl": [("ei ole kirjauduttu 24 kuukauteen", "ei ole kirjauduttu 12 kuukauteen")]},
    {"note": "new section 'Alaikäiset' (minimum age 15, guardian consent for 13-14) before the cookie section",
     "repl": [("## 11. Evästeet", "## 11. Alaikäiset\n\n"
               "Paneelin jäseneksi voi liittyä 15 vuotta täyttänyt. Alle 15-vuotiaille suunnattuihin kyselyihin\n"
               "    pyydämme aina huoltajan suostumuksen, ja kutsu lähetetään huoltajan sähköpostiin.\n\n"
               "## 12. Evästeet"), ("## 12. Muutokset", "## 13. Muutokset")]},
    {"note": "typo fixed ('tietosuojavaltuutetun tomistoon' -> 'toimistoon'), no new date", "bump": False,
     "repl": [("tietosuojavaltuutetun tomistoon", "tietosuojavaltuutetun toimistoon")]},
]
for _e in EDITS:
    _e["repl"] = [(K.unwrap(a), K.unwrap(b)) for a, b in _e["repl"]]
EDITS[3]["repl"] = [EDITS[3]["repl"][1], EDITS[3]["repl"][0]]  # renumber the last section before inserting

RELATED = ["Miten poistan tilini?", "Milloin saan lahjakorttini?", "Miksi en saanut pisteitä kyselystä?",
           "Miten muutan sähköpostiosoitteeni?", "Evästekäytäntö", "Kuinka monta kyselyä saan kuukaudessa?",
           "Tilini on lukittu – mitä teen?", "Voinko lahjoittaa pisteeni hyväntekeväisyyteen?",
           "Mistä tiedän, että kyselykutsu on aito?", "Käyttöehdot"]
SECTION = [(dt.datetime(2020, 1, 1), "Tietosuojaseloste"), (dt.datetime(2020, 1, 1), "Evästekäytäntö"),
           (dt.datetime(2020, 1, 1), "Käyttöehdot"), (dt.datetime(2022, 9, 1), "Miten pyydän omat tietoni?"),
           (dt.datetime(2023, 5, 15), "Tietojen poistaminen ja tilin sulkeminen"),
           (dt.datetime(2024, 11, 4), "Tekoälyn käyttö kyselyvastausten analysoinnissa"),
           (dt.datetime(2025, 10, 20), "Tietoturvaloukkaukset ja niistä ilmoittaminen")]
NOTICES = {"joulu": "Joulun aikana lahjakorttien toimitus voi viivästyä. Asiakaspalvelu palvelee jälleen 2.1.",
           "kesa": "Asiakaspalvelumme on kesätauolla heinäkuussa – vastaamme viesteihin viiveellä."}

_LAST = {}


def noise(rng, when, i, prev):
    if i == 0:
        _LAST.clear()
    prev = prev or {}
    s = {"csrf": "hc:meta:server:" + C.b64tok(rng, 48).replace("/", "_").replace("+", "-").rstrip("=")}
    s["hc_version"] = K.deploy_hash(rng, prev.get("hc_version"), 0.5,
                                    lambda: (prev.get("hc_version") or 26480) + rng.randint(3, 90))
    s["static"] = K.deploy_hash(rng, None if s["hc_version"] != prev.get("hc_version") else prev.get("static"), 0,
                                lambda: (C.hexs(rng, 8), C.hexs(rng, 8), C.hexs(rng, 8)))
    s["theme"] = K.deploy_hash(rng, prev.get("theme"), 0.12, lambda: C.hexs(rng, 32))
    up = K.grow(when, dt.datetime(2021, 6, 1), 41, 0.081)
    s["votes"] = (up, up + K.grow(when, dt.datetime(2021, 6, 1), 12, 0.027))
    s["related"] = C.keep_or(rng, prev.get("related"), 0.35, lambda: tuple(rng.sample(range(len(RELATED)), 5)))
    s["section"] = sum(1 for t, _ in SECTION if t <= when)
    s["notice"] = K.season(when, [((12, 10), (12, 31), "joulu"), ((6, 28), (7, 31), "kesa")])
    s["resave"] = rng.random() < 0.15
    return s


LABELS = {"csrf": "csrf-token meta per request", "hc_version": "Help Center release comment (<!-- vNNNNN -->)",
          "static": "static.zdassets.com asset hashes", "theme": "theme_assets hash (theme republished)",
          "votes": "article votes count (inside the article footer, removed)",
          "related": "related articles list (inside the article, removed)",
          "section": "'Artikkelit tässä osiossa' sidebar list", "notice": "theme notification banner (seasonal)",
          "resave": "article re-saved without text change", "edited": "article header 'Päivitetty' time (removed)"}


def edited_at(s, blocks, when):
    """The article's edited_at: where a save with a new date put it, a save without one, or a re-save."""
    h = C.det_sha(repr(blocks))
    m = re.search(r"(\d+)\.(\d+)\.(\d{4})", blocks[1][1])
    d = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    prev_t = _LAST.get("t")
    if _LAST.get("h") != h:
        if prev_t is None or _LAST.get("date") != d:
            t = dt.datetime.combine(d, dt.time(7)) + dt.timedelta(seconds=int(h[:6], 16) % 30000)
        else:
            t = when - dt.timedelta(seconds=3600 + int(h[:6], 16) % 80000)
        _LAST.update(h=h, date=d)
    elif s["resave"]:
        t = when - dt.timedelta(seconds=1800 + int(h[6:12], 16) % 200000)
    else:
        return prev_t
    if prev_t is not None and t <= prev_t:
        t = prev_t + dt.timedelta(seconds=97)
    _LAST["t"] = t
    return t


def body_html(blocks):
    def heading(kind, text, inl):
        return '<%s id="h_%s">%s</%s>' % (kind, K.ulid_like("mielipidetori", text), inl(text), kind)

    def table(rows, inl):
        tr = "".join("<tr>%s</tr>" % "".join('<td style="width: %d%%;">%s</td>' % (100 // len(r), inl(c))
                                             for c in r) for r in rows)
        return ('<table style="border-collapse: collapse; width: 100%%;" border="1"><tbody>%s</tbody></table>'
                % tr)
    return C.render_blocks(blocks, heading=heading, table=table)


def render(s, blocks, when):
    t = edited_at(s, blocks, when)
    s["edited"] = t
    loc = K.eu_local(t, 2)
    fi_t = "%d. %s %d %d.%02d" % (loc.day, K.FI_MONTHS_PART[loc.month - 1], loc.year, loc.hour, loc.minute)
    up, total = s["votes"]
    js, css, loc_js = s["static"]
    sect = "".join('<li><a href="/hc/fi/articles/%d" class="sidenav-item%s">%s</a></li>'
                   % (360014829571 + 7919 * n, " current-article" if n == 0 else "", C.esc(title))
                   for n, (_, title) in enumerate(SECTION[:s["section"]]))
    rel = "".join('<li><a href="/hc/fi/related/click?data=%s" rel="nofollow">%s</a></li>'
                  % (C.det_sha("rel", k)[:40], C.esc(RELATED[k])) for k in s["related"])
    notice = ('<div class="notification notification-announcement"><div class="container"><p>%s</p></div></div>\n'
              % C.esc(NOTICES[s["notice"]])) if s["notice"] else ""
    return (
        '<!DOCTYPE html>\n<html dir="ltr" lang="fi">\n<head>\n  <meta charset="utf-8" />\n  <!-- v%d -->\n\n\n'
        '  <title>Tietosuojaseloste &ndash; Mielipidetori</title>\n\n  <meta name="csrf-param" '
        'content="authenticity_token">\n<meta name="csrf-token" content="%s">\n\n  <meta content="Tässä '
        'tietosuojaselosteessa kerromme, miten Mielipidetori-paneelia ylläpitävä Kvantti Tutkimus Oy..." '
        'name="description" /><meta property="og:type" content="website" />\n<meta property="og:site_name" '
        'content="Mielipidetori" />\n<meta property="og:title" content="Tietosuojaseloste" />\n<link rel="canonical" '
        'href="%s">\n<link rel="alternate" hreflang="fi" href="%s">\n<link rel="alternate" hreflang="sv" '
        'href="https://tuki.mielipidetori.fi/hc/sv/articles/360014829571-Dataskyddsbeskrivning">\n\n  '
        '<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-%s.css" media="all" '
        'id="stylesheet" />\n  <link rel="stylesheet" type="text/css" href="/hc/theming_assets/1182734/'
        '360003318751/style.css?digest=%s">\n\n  <link rel="icon" type="image/x-icon" href="//theme.zdassets.com/'
        'theme_assets/1182734/%s.png">\n\n    <script async src="https://www.googletagmanager.com/gtag/js?id='
        'G-4XK2P9Q1MR"></script>\n<script>\n  window.dataLayer = window.dataLayer || [];\n  function gtag()'
        '{dataLayer.push(arguments);}\n  gtag(\'js\', new Date());\n  gtag(\'config\', \'G-4XK2P9Q1MR\');\n'
        '</script>\n\n\n  <meta name="viewport" content="width=device-width, initial-scale=1.0" />\n\n</head>\n'
        '<body class="">\n  \n  \n  \n\n  <a class="skip-navigation" tabindex="1" href="#main-content">Siirry '
        'pääsisältöön</a>\n\n<header class="header">\n  <div class="logo">\n    <a title="Etusivu" href="/hc/fi">\n'
        '      <img src="//theme.zdassets.com/theme_assets/1182734/%s.svg" alt="Mielipidetori Ohjekeskus -sivun '
        'etusivu">\n    </a>\n  </div>\n\n  <div class="nav-wrapper-desktop">\n    <nav class="user-nav" '
        'id="user-nav" aria-label="Käyttäjän navigointi">\n      <ul class="user-nav-list">\n        <li><a '
        'href="https://www.mielipidetori.fi/">Mielipidetori.fi</a></li>\n        <li><a class="submit-a-request" '
        'href="/hc/fi/requests/new">Lähetä pyyntö</a></li>\n      </ul>\n    </nav>\n        <a class="sign-in" '
        'rel="nofollow" data-auth-action="signin" title="Avaa valintaikkuna" role="button" href="https://'
        'mielipidetori.zendesk.com/access?brand_id=360003318751&amp;return_to=https%%3A%%2F%%2Ftuki.mielipidetori.fi'
        '%%2Fhc%%2Ffi%%2Farticles%%2F360014829571-Tietosuojaseloste&amp;locale=fi">\n          Kirjaudu sisään\n'
        '        </a>\n  </div>\n</header>\n%s\n  <main role="main">\n    <div class="container-divider"></div>\n'
        '<div class="container">\n  <div class="sub-nav">\n    <nav aria-label="Nykyinen sijainti">\n  <ol '
        'class="breadcrumbs">\n    <li title="Mielipidetori">\n        <a href="/hc/fi">Mielipidetori</a>\n    '
        '</li>\n    <li title="Tili ja tietosuoja">\n        <a href="/hc/fi/categories/360001927452-Tili-ja-'
        'tietosuoja">Tili ja tietosuoja</a>\n    </li>\n    <li title="Tietosuoja">\n        <a href="/hc/fi/'
        'sections/360004418812-Tietosuoja">Tietosuoja</a>\n    </li>\n  </ol>\n</nav>\n\n    <div class="search-'
        'container">\n      <form role="search" class="search" data-search="" action="/hc/fi/search" accept-'
        'charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" />'
        '<input type="search" name="query" id="query" placeholder="Hae" aria-label="Hae" /></form>\n    </div>\n'
        '  </div>\n\n  <div class="article-container" id="article-container">\n    <aside class="article-sidebar" '
        'aria-labelledby="section-articles-title">\n      <div class="collapsible-sidebar">\n        <h3 '
        'id="section-articles-title" class="collapsible-sidebar-title sidenav-title">\n          Artikkelit tässä '
        'osiossa\n        </h3>\n        <ul>%s</ul>\n      </div>\n    </aside>\n\n    <article id="main-content" '
        'class="article">\n      <header class="article-header">\n        <h1 title="%s" class="article-title">\n'
        '          %s\n        </h1>\n\n        <div class="article-author">\n            <div class="avatar '
        'article-avatar">\n              <img src="https://mielipidetori.zendesk.com/system/photos/3601/2274/1139/'
        'profile_image_398415550271_1182734.png" alt="" class="user-avatar"/>\n            </div>\n          '
        '<div class="article-meta">\n              <a href="/hc/fi/profiles/398415550271-Mielipidetori-tiimi">\n'
        '                Mielipidetori-tiimi\n              </a>\n\n            <ul class="meta-group">\n'
        '                <li class="meta-data"><time datetime="%s" title="%s" data-datetime="relative">%s</time>'
        '</li>\n                <li class="meta-data">Päivitetty</li>\n            </ul>\n          </div>\n'
        '        </div>\n\n          <a class="article-subscribe button-secondary" title="Avaa valintaikkuna" '
        'rel="nofollow" role="button" data-auth-action="signin" aria-selected="false" href="/hc/fi/articles/'
        '360014829571-Tietosuojaseloste/subscription.html">Seuraa</a>\n      </header>\n\n      <section '
        'class="article-info">\n        <div class="article-content">\n          <div class="article-body">%s</div>'
        '\n\n          <div class="article-attachments">\n            <ul class="attachments">\n            </ul>\n'
        '          </div>\n        </div>\n      </section>\n\n      <footer>\n        <div class="article-footer">'
        '\n            <div class="article-share">\n  <ul class="share">\n    <li><a href="https://www.facebook.com/'
        'share.php?title=Tietosuojaseloste&u=%s" class="share-facebook" target="_blank">Facebook</a></li>\n    <li>'
        '<a href="https://www.linkedin.com/shareArticle?mini=true&source=Mielipidetori&title=Tietosuojaseloste&url='
        '%s" class="share-linkedin" target="_blank">LinkedIn</a></li>\n  </ul>\n</div>\n        </div>\n          '
        '<div class="article-votes">\n            <h2 class="article-votes-question" id="article-votes-label">'
        'Oliko tästä artikkelista apua?</h2>\n            <div class="article-votes-controls" role="group" '
        'aria-labelledby="article-votes-label">\n              <button type="button" class="button article-vote '
        'article-vote-up" data-auth-action="signin" aria-label="Tästä artikkelista oli apua" aria-pressed="false">'
        'Kyllä</button>\n              <button type="button" class="button article-vote article-vote-down" '
        'data-auth-action="signin" aria-label="Tästä artikkelista ei ollut apua" aria-pressed="false">Ei</button>\n'
        '            </div>\n            <small class="article-votes-count">\n              <span class="article-'
        'vote-label">%d / %d piti tätä hyödyllisenä</span>\n            </small>\n          </div>\n\n        '
        '<div class="article-more-questions">\n          Onko sinulla muita kysymyksiä? <a href="/hc/fi/requests/'
        'new">Lähetä pyyntö</a>\n        </div>\n        <div class="article-return-to-top">\n          <a href='
        '"#article-container">Palaa alkuun</a>\n        </div>\n      </footer>\n\n      <div class="article-'
        'relatives">\n          <div data-recent-articles></div>\n          <section class="related-articles">\n'
        '    <h2 class="related-articles-title">Aiheeseen liittyvät artikkelit</h2>\n    <ul>%s</ul>\n  </section>'
        '\n      </div>\n    </article>\n  </div>\n</div>\n\n  </main>\n\n  <footer class="footer">\n  <div '
        'class="footer-inner">\n    <a title="Etusivu" href="/hc/fi">Mielipidetori</a>\n    <div class="footer-'
        'language-selector">\n        <div class="dropdown language-selector">\n          <button class="dropdown-'
        'toggle" aria-haspopup="true">Suomi</button>\n          <span class="dropdown-menu dropdown-menu-end" '
        'role="menu">\n              <a href="/hc/change_language/sv?return_to=%%2Fhc%%2Fsv%%2Farticles%%2F'
        '360014829571" dir="ltr" rel="nofollow" role="menuitem">Svenska</a>\n          </span>\n        </div>\n'
        '    </div>\n  </div>\n</footer>\n\n\n  <!-- / -->\n\n  <script src="//static.zdassets.com/hc/assets/fi.%s.js"'
        '></script>\n  <script src="https://mielipidetori.zendesk.com/auth/v2/host/without_iframe.js" data-brand-id='
        '"360003318751" data-return-to="%s" data-theme="hc" data-locale="fi" data-auth-origin="360003318751,true,'
        'true"></script>\n\n  <script type="text/javascript">\n  HelpCenter = {};\n  HelpCenter.account = {"subdomain'
        '":"mielipidetori","environment":"production","name":"Mielipidetori"};\n  HelpCenter.user = {"identifier":'
        '"da39a3ee5e6b4b0d3255bfef95601890afd80709","email":null,"name":"","role":"anonymous","avatar_url":"https://'
        'assets.zendesk.com/hc/assets/default_avatar.png","is_admin":false,"organizations":[],"groups":[]};\n  '
        'HelpCenter.internal = {"asset_url":"//static.zdassets.com/hc/assets/","web_widget_asset_composer_url":'
        '"https://static.zdassets.com/ekr/snippet.js","current_session":{"locale":"fi","csrf_token":null,'
        '"shared_csrf_token":null},"usage_tracking":{"event":"article_viewed","data":"%s","url":"https://'
        'tuki.mielipidetori.fi/hc/activity"},"current_record_id":"360014829571","current_record_url":"/hc/fi/'
        'articles/360014829571-Tietosuojaseloste","current_record_title":"Tietosuojaseloste","current_text_direction'
        '":"ltr","current_brand_id":360003318751,"current_brand_name":"Mielipidetori","current_brand_url":"https://'
        'mielipidetori.zendesk.com","current_brand_active":true,"current_path":"/hc/fi/articles/360014829571-'
        'Tietosuojaseloste","show_autocomplete_breadcrumbs":true,"user_info_changing_enabled":false,"has_user_'
        'profiles_enabled":true,"has_end_user_attachments":true,"user_aliases_enabled":false,"has_anonymous_kb_'
        'voting":false,"has_multi_language_help_center":true,"show_at_mentions":false,"embeddables_config":'
        '{"embeddables_web_widget":true,"embeddables_help_center_auth_enabled":false,"embeddables_connect_ipms":'
        'false},"answer_bot_subdomain":"static","gather_plan_state":"subscribed","has_article_verification":false,'
        '"has_gather":true,"has_ckeditor":true,"has_community_enabled":false,"has_community_badges":false,'
        '"has_community_post_content_tagging":false,"has_gather_content_tags":false,"has_guide_content_tags":true,'
        '"has_user_segments":true,"has_answer_bot_web_form_enabled":false,"has_garden_modals":true,'
        '"theming_cookie_key":"hc-da39a3ee5e6b4b0d3255bfef95601890afd80709-2-preview","is_preview":false,'
        '"has_search_settings_in_plan":true,"theming_api_version":3,"theming_settings":{"brand_color":"#0B6E4F",'
        '"brand_text_color":"#FFFFFF","text_color":"#2F3941","link_color":"#0B6E4F","background_color":"#FFFFFF",'
        '"heading_font":"-apple-system, BlinkMacSystemFont, \'Segoe UI\', Helvetica, Arial, sans-serif",'
        '"text_font":"-apple-system, BlinkMacSystemFont, \'Segoe UI\', Helvetica, Arial, sans-serif","logo":'
        '"//theme.zdassets.com/theme_assets/1182734/%s.svg","show_brand_name":false,"favicon":"//theme.zdassets.com/'
        'theme_assets/1182734/%s.png","homepage_background_image":"//theme.zdassets.com/theme_assets/1182734/'
        '%s.jpg","community_background_image":"","community_image":"","instant_search":true,"scoped_kb_search":'
        'true,"scoped_community_search":false,"show_recent_activity":false,"show_articles_in_section":true,'
        '"show_article_author":true,"show_article_comments":false,"show_follow_article":true,'
        '"show_recently_viewed_articles":true,"show_related_articles":true,"show_article_sharing":true,'
        '"show_follow_section":true,"show_follow_post":true,"show_post_sharing":true,"show_follow_topic":true},'
        '"has_pci_credit_card_custom_field":true,"help_center_restricted":false,"is_assuming_someone_else":false,'
        '"flash_messages":[],"user_photo_url":"https://assets.zendesk.com/hc/assets/default_avatar.png",'
        '"user_preferred_locale":"fi","version":"v%d","dc_translations":{}};\n</script>\n\n  \n  <script src="//'
        'static.zdassets.com/hc/assets/moment-%s.js"></script>\n  <script type="text/javascript" src="/hc/'
        'theming_assets/1182734/360003318751/script.js?digest=%s"></script>\n  <!-- Start of mielipidetori Zendesk '
        'Widget script -->\n<script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key='
        '5c1e9f47-2b8d-4a61-9f3e-7d0c2a8b6e15"> </script>\n<!-- End of mielipidetori Zendesk Widget script -->\n'
        '</body>\n</html>\n'
        % (s["hc_version"], s["csrf"], URL, URL, css, s["theme"], C.det_sha(s["theme"], "fav")[:40],
           C.det_sha("logo")[:40], notice, sect, C.attr(blocks[0][1]), C.esc(blocks[0][1]),
           t.strftime("%Y-%m-%dT%H:%M:%SZ"), loc.strftime("%Y-%m-%d %H.%M"), fi_t, body_html(blocks[1:]),
           URL, URL, up, total, rel, loc_js, URL, C.b64tok(random_from(s), 96), C.det_sha("logo")[:40],
           C.det_sha(s["theme"], "fav")[:40], C.det_sha("hero")[:40], s["hc_version"], js, s["theme"]))


def random_from(s):
    """The usage-tracking blob is signed per request: derived from the request's csrf token."""
    return random.Random(s["csrf"])


PAGE = {
    "service": "Mielipidetori", "url": URL, "lang": "fi-FI", "platform": "Zendesk Guide (Copenhagen theme)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 1, 12), "end": dt.date(2026, 9, 25), "hours": (2, 10, 18),
    "policy": POLICY, "first_updated": dt.date(2021, 9, 30), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article#main-content"],
                    "remove": [".article-author", ".article-subscribe", "article#main-content > footer",
                               ".article-relatives"]},
}
