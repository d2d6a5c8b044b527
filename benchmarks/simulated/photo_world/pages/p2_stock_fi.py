"""Pohjoiskuva (Finnish stock-photo agency), SvelteKit 2 SSR on Vercel with Contentful rich text: the privacy
statement and the image licence terms are two tab panels of one legal page."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import phkit as K  # noqa: E402

POLICY = """
# Tietosuojaseloste

Päivitetty {UPDATED}

Tämä tietosuojaseloste kertoo, miten Pohjoiskuva Oy käsittelee asiakkaidensa, kuvaajiensa ja verkkopalvelunsa käyttäjien henkilötietoja. Noudatamme EU:n yleistä tietosuoja-asetusta (2016/679) ja Suomen tietosuojalakia (1050/2018). Seloste koskee kuvatoimistomme verkkopalvelua pohjoiskuva.fi, kuvaajille tarkoitettua Kuvaajapalvelu-sovellusta sekä asiakaspalveluamme.

## 1. Rekisterinpitäjä ja yhteyshenkilö

@ Pohjoiskuva Oy (Y-tunnus 2876543-1)
@ Hämeentie 19
@ 00500 Helsinki
@ puh. 09 4289 3300

Tietosuojaa koskevissa asioissa voit ottaa yhteyttä tietosuojavastaavaamme sähköpostitse osoitteeseen [tietosuoja@pohjoiskuva.fi](mailto:tietosuoja@pohjoiskuva.fi).

## 2. Keiden tietoja käsittelemme?

Käsittelemme seuraavien ryhmien henkilötietoja:

- **asiakkaat**, jotka ostavat kuvalisenssejä, tekevät kuvatilauksia tai tilaavat uutiskirjeemme
- **kuvaajat**, jotka myyvät kuviaan palvelumme kautta
- **kuvissa esiintyvät henkilöt**, joiden mallisopimus on toimitettu meille
- **verkkopalvelun käyttäjät** ja muut sivuston kävijät
- **työnhakijat**, joiden tietoja käsittelemme rekrytoinnin ajan ja enintään kuusi kuukautta sen päättymisen jälkeen

## 3. Käsiteltävät henkilötiedot

| Ryhmä | Tiedot |
| Asiakkaat | nimi, yritys, sähköpostiosoite, puhelinnumero, laskutusosoite, Y-tunnus, ostetut lisenssit ja laskutustiedot |
| Kuvaajat | nimi, yhteystiedot, henkilötunnus tai Y-tunnus, pankkitilin numero (IBAN), ennakkoperintärekisteröinti, myyntiraportit ja tilitykset |
| Kuvissa esiintyvät henkilöt | nimi, syntymäaika, allekirjoitus ja valokuva mallisopimuksessa, alaikäisen huoltajan tiedot |
| Verkkopalvelun käyttäjät | IP-osoite, selaimen ja laitteen tiedot, hakusanat, katsotut ja ladatut kuvat, evästetunnisteet |

## 4. Kuvaajan julkinen profiili

Kuvaajan nimi, paikkakunta, profiilikuva ja esittelyteksti näkyvät julkisesti kuvaajasivulla sekä jokaisen kuvan tiedoissa. Kuvaaja voi muokata profiiliaan itse Kuvaajapalvelussa tai pyytää, että kuvat julkaistaan nimimerkillä. Kuvaajan yhteystietoja, verotietoja tai tilitysten summia emme näytä muille käyttäjille.

## 5. Kuvissa esiintyvät henkilöt

Jos tunnistettava henkilö esiintyy kuvassa, jota myydään kaupalliseen käyttöön, edellytämme kuvaajalta allekirjoitettua mallisopimusta. Alaikäisen mallisopimuksen allekirjoittaa huoltaja. Mallisopimusta ei näytetä asiakkaille, mutta voimme toimittaa siitä kopion, jos kuvan käyttöoikeus kyseenalaistetaan. Toimituksellisiin kuviin, kuten uutis- ja urheilukuviin, ei tarvita mallisopimusta, ja niiden käsittely perustuu sananvapauteen ja journalistiseen tarkoitukseen tietosuojalain 27 §:n mukaisesti.

Jos huomaat itsesi kuvasta, jonka julkaisemista et hyväksy, ota yhteyttä tietosuojavastaavaamme. Selvitämme asian kuvaajan kanssa ja poistamme kuvan myynnistä, jos sen julkaisemiselle ei ole perustetta.

## 6. Kuvakorit ja kuvien lataaminen

Kirjautunut käyttäjä voi tallentaa kuvia kuvakoreihin ja jakaa koreja työtovereilleen. Kuvakorien sisältö ja nimi näkyvät vain niille käyttäjille, joille kori on jaettu. Yritystilin pääkäyttäjä näkee organisaationsa käyttäjien lataamat kuvat ja lisenssit, jotta lisenssien käyttöä voidaan valvoa. Säilytämme kuvakorit niin kauan kuin tili on voimassa.

Vesileimattomat korkearesoluutioiset kuvat toimitetaan latauslinkillä, joka on voimassa seitsemän päivää. Latauslinkin käytöstä tallennetaan aika, IP-osoite ja käyttäjätunnus, jotta voimme tarvittaessa selvittää lisenssirikkomuksia.

## 7. Käsittelyn tarkoitukset ja oikeusperusteet

Käsittelemme henkilötietoja seuraaviin tarkoituksiin:

- lisenssisopimusten tekeminen, kuvien toimittaminen ja laskutus (sopimuksen täytäntöönpano)
- kuvaajasopimusten hoitaminen ja myyntipalkkioiden tilittäminen (sopimuksen täytäntöönpano ja lakisääteiset velvoitteet)
- mallisopimusten säilyttäminen, jotta voimme osoittaa kuvan käytön olevan sallittua (oikeutettu etu)
- asiakasviestintä, markkinointi ja uutiskirjeet (oikeutettu etu tai suostumus)
- palvelun kehittäminen, hakutoiminnon parantaminen ja väärinkäytösten estäminen (oikeutettu etu)
- kirjanpitolain ja verolainsäädännön velvoitteiden täyttäminen (lakisääteinen velvoite)

Yritysasiakkaille voimme lähettää sähköistä suoramarkkinointia oikeutetun edun perusteella. Kuluttaja-asiakkaille lähetämme uutiskirjeen vain suostumuksella. Voit kieltää markkinoinnin milloin tahansa uutiskirjeen lopussa olevasta linkistä tai ilmoittamalla siitä asiakaspalveluumme.

Asiakaspalvelupuhelut voidaan tallentaa palvelun laadun varmistamiseksi ja asiointien todentamiseksi. Kerromme tallentamisesta puhelun alussa. Tallenteita säilytetään kolme kuukautta.

Emme tee rekisteröityjä koskevia päätöksiä pelkästään automaattisen käsittelyn perusteella.

## 8. Säännönmukaiset tietolähteet

Saamme tiedot pääasiassa rekisteröidyltä itseltään, esimerkiksi tilin luomisen, tilauksen tai kuvaajasopimuksen yhteydesä. Mallisopimukset saamme kuvaajilta, jotka ovat pyytäneet kuvassa esiintyvältä henkilöltä suostumuksen kuvan myyntiin. Yritysasiakkaiden tietoja voimme tarkistaa ja päivittää julkisista lähteistä, kuten yritys- ja yhteisötietojärjestelmästä (YTJ). Kuvaajien verotiedot saamme kuvaajalta itseltään sekä tarvittaessa Verohallinnon ennakkoperintärekisteristä.

## 9. Tietojen luovutukset ja käsittelijät

Emme myy henkilötietoja. Kun asiakas ostaa lisenssin, kuvaajan nimi näytetään kuvatekstissä ja kuvan tiedoissa, ellei kuvaaja ole pyytänyt nimensä jättämistä pois. Kuvaajille emme luovuta asiakkaiden yhteystietoja, mutta kerromme myyntiraportissa, millä toimialalla kuvaa on käytetty.

Käytämme seuraavia palveluntarjoajia, jotka käsittelevät tietoja lukuumme:

| Palveluntarjoaja | Käyttötarkoitus | Sijainti |
| Amazon Web Services | kuvien ja tietokannan tallennus | Irlanti ja Ruotsi (EU) |
| Contentful | verkkosivujen sisällönhallinta | Saksa (EU) |
| Vercel | verkkosivujen julkaisu | EU ja Yhdysvallat |
| Stripe | korttimaksut | Irlanti (EU) |
| Procountor | laskutus ja kirjanpito | Suomi |
| Mailchimp | uutiskirjeet | Yhdysvallat |

Tietoja voidaan luovuttaa viranomaisille lain sallimissa ja edellyttämissä rajoissa, esimerkiksi Verohallinnolle kuvaajille maksettujen palkkioiden vuosi-ilmoitusta varten.

## 10. Tietojen siirto EU:n ja ETA:n ulkopuolelle

Osa palveluntarjoajistamme voi käsitellä tietoja Yhdysvalloissa. Tällöin siirto perustuu EU:n ja Yhdysvaltojen väliseen tietosuojakehykseen (Data Privacy Framework) tai Euroopan komission hyväksymiin vakiosopimuslausekkeisiin sekä tarvittaessa lisäsuojatoimiin.

## 11. Tietoturva

Henkilötiedot tallennetaan palvelimille, jotka sijaitsevat lukituissa ja valvotuissa konesaleissa. Tietoliikenne on salattu, ja pääsy järjestelmiin edellyttää kaksivaiheista tunnistautumista. Oikeus käsitellä henkilötietoja on vain niillä työntekijöillämme, jotka tarvitsevat tietoja työtehtävissään, ja heitä sitoo vaitiolovelvollisuus. Mallisopimukset säilytetään sähköisesti salattuina ja paperiset alkuperäiskappaleet lukitussa arkistossa. Teetämme säännöllisesti ulkopuolisia tietoturvatarkastuksia ja päivitämme järjestelmämme viipymättä.

## 12. Säilytysajat

| Tiedot | Säilytysaika |
| Asiakastili | tilin voimassaolon ajan ja 2 vuotta viimeisestä kirjautumisesta |
| Lisenssit ja laskut | 10 vuotta lisenssin myöntämisestä |
| Kuvaajasopimukset ja tilitykset | 10 vuotta sopimuksen päättymisestä |
| Mallisopimukset | niin kauan kuin kuva on myynnissä ja 10 vuotta sen jälkeen |
| Palvelimen lokitiedot | 12 kuukautta |

Lisenssitiedot säilytämme lisenssin koko voimassaoloajan, jotta voimme tarvittaessa osoittaa kuvan käyttöoikeuden. Kun säilytysaika päättyy, poistamme tiedot tai anonymisoimme ne. Uutiskirjeen tilaajan tiedot poistetaan, kun tilaus perutaan.

## 13. Evästeet

Käytämme verkkopalvelussa välttämättömiä evästeitä sekä suostumuksellasi analytiikka- ja markkinointievästeitä. Voit muuttaa valintojasi milloin tahansa sivun alareunan Evästeasetukset-linkistä. Kävijätilastoihin käytämme Plausible-palvelua, joka ei käytä evästeitä eikä tallenna IP-osoitteita. Lisätietoja on [evästeselosteessa](/evasteet). Välttämättömät evästeet pitävät sinut kirjautuneena ja muistavat kuvakorisi sisällön sekä evästevalintasi.

## 14. Rekisteröidyn oikeudet

Sinulla on oikeus

- saada pääsy tietoihisi ja pyytää niistä kopio
- vaatia virheellisten tietojen oikaisemista
- vaatia tietojen poistamista, jos niiden käsittelylle ei enää ole perustetta
- vaatia käsittelyn rajoittamista
- vastustaa oikeutettuun etuun perustuvaa käsittelyä ja suoramarkkinointia
- siirtää antamasi tiedot järjestelmästä toiseen
- peruuttaa suostumuksesi milloin tahansa

Pyynnöt voi lähettää osoitteeseen [tietosuoja@pohjoiskuva.fi](mailto:tietosuoja@pohjoiskuva.fi). Vastaamme pyyntöihin kuukauden kuluessa. Voimme pyytää sinua todentamaan henkilöllisyytesi ennen pyynnön käsittelyä. Jos pyyntö on ilmeisen perusteeton tai kohtuuton, voimme periä siitä hallinnollisiin kustannuksiin perustuvan maksun tai kieltäytyä toimenpiteestä. Huomaathan, että mallisopimuksen peruuttaminen ei koske kuvia, joiden käyttöoikeus on jo myyty.

## 15. Oikeus tehdä valitus

Jos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuojalainsäädäntöä, voit tehdä valituksen tietosuojavaltuutetun toimistolle (tietosuoja.fi). Toivomme kuitenkin, että otat ensin yhteyttä meihin, jotta voimme selvittää asian yhdessä.

## 16. Selosteen muuttaminen

Voimme päivittää tätä selostetta palvelun tai lainsäädännön muuttuessa. Olennaisista muutoksista ilmoitamme asiakkaillemme ja kuvaajillemme sähköpostitse. Selosteen aiemmat versiot saat pyynnöstä asiakaspalvelustamme. Kuvien käyttöoikeuksista sovitaan erikseen Kuvien lisenssiehdoissa, jotka löydät tämän sivun toiselta välilehdeltä.
"""

EDITS = [
    {"note": "newsletter processor replaced in the table: Mailchimp (US) by Brevo (France)",
     "repl": [("| Mailchimp | uutiskirjeet | Yhdysvallat |", "| Brevo | uutiskirjeet | Ranska (EU) |")]},
    {"note": "paragraph added: machine-vision keywording, no face recognition",
     "repl": [("Emme tee rekisteröityjä koskevia päätöksiä",
       "Käytämme kuvien avainsanoituksessa ja samankaltaisten kuvien haussa konenäköä. Kuvissa esiintyviä "
       "henkilöitä ei tunnisteta, eikä kasvoista muodosteta biometrisiä tunnisteita.\n\n"
       "Emme tee rekisteröityjä koskevia päätöksiä")]},
    {"note": "typo fixed (yhteydesä), date unchanged", "bump": False,
     "repl": [("kuvaajasopimuksen yhteydesä.", "kuvaajasopimuksen yhteydessä.")]},
    {"note": "server log retention shortened from 12 to 6 months",
     "repl": [("| Palvelimen lokitiedot | 12 kuukautta |", "| Palvelimen lokitiedot | 6 kuukautta |")]},
    {"note": "switchboard phone number changed",
     "repl": [("@ puh. 09 4289 3300", "@ puh. 010 231 4400")]},
    {"note": "words inserted: 'myy tai vuokraa'",
     "repl": [("Emme myy henkilötietoja.", "Emme myy tai vuokraa henkilötietoja.")]},
]

LICENCE = [
    ("3.1", "1.1.2021", None),
    ("3.2", "1.9.2022", "Kuvia tai niiden avainsanoja ei saa käyttää tekoälymallien opettamiseen eikä "
                        "koneoppimisaineistoina."),
]


def fmt_date(d):
    return "%d.%d.%d" % (d.day, d.month, d.year)


PHOTOGRAPHERS = [
    ("Aino Lehtinen", "Lappi ja revontulet", "aino-lehtinen"), ("Mikko Rautio", "Saaristomeren kesä", "mikko-rautio"),
    ("Sanna Kivelä", "Arkkitehtuuri", "sanna-kivela"), ("Juho Mäkinen", "Urheilu", "juho-makinen"),
    ("Elina Saarela", "Ruoka ja juoma", "elina-saarela"), ("Tapio Heikkilä", "Luonto ja eläimet", "tapio-heikkila"),
    ("Noora Vainio", "Ihmiset ja työelämä", "noora-vainio"), ("Ville Ojala", "Kaupunkikuvat", "ville-ojala"),
    ("Laura Niskanen", "Talvi", "laura-niskanen"), ("Olli Karjalainen", "Ilmakuvat", "olli-karjalainen"),
]


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "fi")
    days = (when.date() - dt.date(2021, 1, 1)).days
    total = 9_480_000 + days * 2_870 + rng.randint(0, 2_000)
    today = int((loc.hour * 60 + loc.minute) / 1440 * rng.randint(1900, 3400)) + rng.randint(5, 60)
    lic = 1 if when >= dt.datetime(2022, 9, 1) else 0
    return {
        "build": C.keep_or(rng, p.get("build"), 0.2,
                           lambda: tuple(C.alnum(rng, 8) for _ in range(6)) + ("svelte-" + C.alnum(
                               rng, 7, "abcdefghijklmnopqrstuvwxyz0123456789"), C.hexs(rng, 6))),
        "nonce": C.b64tok(rng, 16),
        "counter": (total, today),
        "featured": tuple(rng.sample(range(len(PHOTOGRAPHERS)), 3)),
        "licence": lic,
        "revision": C.keep_or(rng, p.get("revision"), 0.15,
                              lambda: ((p.get("revision") or (40, 17))[0] + rng.randint(1, 3), 17)),
    }


LABELS = {
    "build": "SvelteKit build: immutable chunk hashes and the svelte-… class hash (also on the selected panel)",
    "nonce": "CSP nonce on inline scripts",
    "counter": "header live counter of photos in the archive and added today",
    "featured": "featured-photographer carousel below the tabs",
    "licence": "image licence terms (the other tab panel) revised",
    "revision": "Contentful entry revision in the serialized page data",
}


def _rich(blocks):
    """@contentful/rich-text-html-renderer output: list items and table cells wrap a <p>, bold as <b>."""
    def lst(kind, items, inl):
        return "<%s>%s</%s>" % (kind, "".join("<li><p>%s</p></li>" % inl(i) for i in items), kind)

    def table(rows, inl):
        head = "<tr>%s</tr>" % "".join("<th><p>%s</p></th>" % inl(c) for c in rows[0])
        return "<table>%s%s</table>" % (head, "".join(
            "<tr>%s</tr>" % "".join("<td><p>%s</p></td>" % inl(c) for c in r) for r in rows[1:]))

    def addr(lines, inl):
        return "<p>%s</p>" % "<br/>".join(inl(x) for x in lines)

    return K.render_blocks(blocks, bold=lambda raw: "<b>%s</b>" % K.esc(raw), lst=lst, table=table, addr=addr,
                           link=lambda url, label: '<a href="%s">%s</a>' % (K.attr(url), K.esc(label)), sep="")


def _licence_html(v):
    ver, since, extra = LICENCE[v]
    s3 = ("Kuvaa ei saa myydä eteenpäin sellaisenaan, käyttää tavaramerkkinä eikä esittää tavalla, joka on "
          "kuvassa esiintyvälle henkilölle loukkaava.")
    if extra:
        s3 += " " + extra
    return ("<h1>Kuvien lisenssiehdot</h1><p>Versio %s, voimassa %s alkaen</p>"
            "<h2>1. Lisenssin myöntäminen</h2><p>Pohjoiskuva Oy myöntää asiakkaalle ei-yksinomaisen ja "
            "siirtokelvottoman oikeuden käyttää lisensoitua kuvaa tilausvahvistuksessa mainittuun "
            "käyttötarkoitukseen ja mainittuna aikana.</p>"
            "<h2>2. Sallittu käyttö</h2><ul><li><p>toimituksellinen käyttö lehdissä, kirjoissa ja "
            "verkkojulkaisuissa</p></li><li><p>markkinointikäyttö, jos lisenssiin sisältyy kaupallinen "
            "käyttöoikeus</p></li><li><p>enintään 500 000 painettua kappaletta vakiolisenssillä</p></li></ul>"
            "<h2>3. Kielletty käyttö</h2><p>%s</p>"
            "<h2>4. Tekijän nimi</h2><p>Toimituksellisessa käytössä kuvaajan nimi ja Pohjoiskuva on mainittava "
            "muodossa Kuva: Kuvaajan nimi / Pohjoiskuva.</p>"
            "<h2>5. Korvaukset</h2><p>Luvattomasta käytöstä perimme kolminkertaisen hinnaston mukaisen "
            "korvauksen.</p>" % (ver, since, K.esc(s3)))


def render(state, blocks, when):
    b = state["build"]
    start, app, node0, node7, css0, csstabs, sv, kit = b
    nonce = state["nonce"]
    total, today = state["counter"]
    rev, lrev = state["revision"]
    fmt = lambda n: "{:,}".format(n).replace(",", "\u00a0")  # noqa: E731
    cards = []
    for k in state["featured"]:
        name, theme, slug = PHOTOGRAPHERS[k]
        cards.append('<li class="card %s"><a href="/kuvaajat/%s" class="%s"><img src="https://images.ctfassets.net/'
                     'k3p9x2m1v7q4/%s/%s/%s.jpg?w=480&amp;h=320&amp;fit=fill&amp;fm=webp&amp;q=70" alt="" '
                     'loading="lazy" width="480" height="320" class="%s"> <span class="name %s">%s</span> '
                     '<span class="theme %s">%s</span></a></li>'
                     % (sv, slug, sv, C.det_sha(slug)[:22], C.det_sha(slug, 2)[:32], slug, sv, sv,
                        K.esc(name), sv, K.esc(theme)))
    lic_hidden = _licence_html(state["licence"])
    data = json.dumps({"type": "data", "data": {"page": {"slug": "tietosuoja", "title": "Tietosuojaseloste",
                                                         "sys": {"id": "5xQf1nKb2TzYw8mLp0cJrA",
                                                                 "revision": rev},
                                                         "tabs": [{"slug": "tietosuoja",
                                                                   "label": "Tietosuojaseloste"},
                                                                  {"slug": "lisenssiehdot",
                                                                   "label": "Kuvien lisenssiehdot",
                                                                   "sys": {"id": "1aBcLk9Ve3uPq7sHd2WmZo",
                                                                           "revision": lrev + state["licence"]}}]},
                                                "featured": [PHOTOGRAPHERS[k][2] for k in state["featured"]]},
                       "uses": {"url": 1}}, ensure_ascii=False, separators=(",", ":"))
    return """<!doctype html>
<html lang="fi">
	<head>
		<meta charset="utf-8" />
		<link rel="icon" href="/favicon.png" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<link rel="preconnect" href="https://images.ctfassets.net" />
		<script defer data-domain="pohjoiskuva.fi" src="https://plausible.io/js/script.js"></script>
		<link href="/_app/immutable/assets/0.%(css0)s.css" rel="stylesheet">
		<link href="/_app/immutable/assets/Tabs.%(csstabs)s.css" rel="stylesheet">
		<link rel="modulepreload" href="/_app/immutable/entry/start.%(start)s.js">
		<link rel="modulepreload" href="/_app/immutable/chunks/entry.%(start_r)s.js">
		<link rel="modulepreload" href="/_app/immutable/chunks/scheduler.%(app_r)s.js">
		<link rel="modulepreload" href="/_app/immutable/entry/app.%(app)s.js">
		<link rel="modulepreload" href="/_app/immutable/nodes/0.%(node0)s.js">
		<link rel="modulepreload" href="/_app/immutable/nodes/7.%(node7)s.js"><!--12qhfyh--><meta name="description" content="Pohjoiskuvan tietosuojaseloste ja kuvien lisenssiehdot."> <link rel="canonical" href="https://www.pohjoiskuva.fi/tietosuoja"> <meta property="og:title" content="Tietosuojaseloste | Pohjoiskuva"><!----><title>Tietosuojaseloste | Pohjoiskuva</title>
	</head>
	<body data-sveltekit-preload-data="hover">
		<div style="display: contents">   <a class="skip %(sv)s" href="#sisalto">Siirry sisältöön</a> <header class="site-header %(sv)s"><a href="/" class="logo %(sv)s" aria-label="Pohjoiskuva etusivu"><svg width="148" height="28" viewBox="0 0 148 28" aria-hidden="true"><use href="/sprite.svg#logo"></use></svg></a> <form class="search %(sv)s" action="/haku" role="search"><input type="search" name="q" placeholder="Hae kuvia, esim. revontulet" class="%(sv)s"> <button class="%(sv)s">Hae</button></form> <p class="stats %(sv)s" aria-live="polite"><strong class="%(sv)s">%(total)s</strong> kuvaa · <span class="%(sv)s">%(today)s uutta tänään</span></p> <nav class="main-nav %(sv)s" aria-label="Päävalikko"><ul class="%(sv)s"><li class="%(sv)s"><a href="/kuvat" class="%(sv)s">Kuvat</a></li> <li class="%(sv)s"><a href="/kokoelmat" class="%(sv)s">Kokoelmat</a></li> <li class="%(sv)s"><a href="/kuvaajat" class="%(sv)s">Kuvaajat</a></li> <li class="%(sv)s"><a href="/hinnasto" class="%(sv)s">Hinnasto</a></li> <li class="%(sv)s"><a href="/myy-kuviasi" class="%(sv)s">Myy kuviasi</a></li></ul></nav> <a href="/kirjaudu" class="login %(sv)s">Kirjaudu</a></header> <main id="sisalto" class="legal %(sv)s"><div class="tabs %(sv)s" role="tablist" aria-label="Ehdot ja tietosuoja"><a href="/tietosuoja" role="tab" id="tab-tietosuoja" aria-selected="true" aria-controls="panel-tietosuoja" class="tab %(sv)s active">Tietosuojaseloste</a> <a href="/lisenssiehdot" role="tab" id="tab-lisenssi" aria-selected="false" aria-controls="panel-lisenssi" tabindex="-1" class="tab %(sv)s">Kuvien lisenssiehdot</a></div> <section role="tabpanel" id="panel-tietosuoja" aria-labelledby="tab-tietosuoja" class="legal-doc %(sv)s"><!-- HTML_TAG_START -->%(policy)s<!-- HTML_TAG_END --></section> <section role="tabpanel" id="panel-lisenssi" aria-labelledby="tab-lisenssi" class="legal-doc %(sv)s" hidden><!-- HTML_TAG_START -->%(licence)s<!-- HTML_TAG_END --></section></main> <aside class="featured %(sv)s" aria-labelledby="featured-title"><h2 id="featured-title" class="%(sv)s">Kuukauden kuvaajat</h2> <ul class="carousel %(sv)s">%(cards)s</ul> <a href="/kuvaajat" class="more %(sv)s">Kaikki kuvaajat</a></aside> <footer class="site-footer %(sv)s"><ul class="%(sv)s"><li class="%(sv)s"><a href="/tietoa-meista" class="%(sv)s">Tietoa meistä</a></li> <li class="%(sv)s"><a href="/asiakaspalvelu" class="%(sv)s">Asiakaspalvelu</a></li> <li class="%(sv)s"><a href="/tietosuoja" class="%(sv)s">Tietosuoja</a></li> <li class="%(sv)s"><a href="/evasteet" class="%(sv)s">Evästeet</a></li> <li class="%(sv)s"><button type="button" class="cookie-settings %(sv)s">Evästeasetukset</button></li></ul> <p class="%(sv)s">© %(year)d Pohjoiskuva Oy · Hämeentie 19, 00500 Helsinki</p></footer>
			<script nonce="%(nonce)s">
				{
					__sveltekit_%(kit)s = {
						base: new URL(".", location).pathname.slice(0, -1),
						env: {"PUBLIC_CONTENTFUL_SPACE":"k3p9x2m1v7q4","PUBLIC_PLAUSIBLE_DOMAIN":"pohjoiskuva.fi"}
					};

					const element = document.currentScript.parentElement;

					const data = [null,%(data)s];

					Promise.all([
						import("./_app/immutable/entry/start.%(start)s.js"),
						import("./_app/immutable/entry/app.%(app)s.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 7],
							data,
							form: null,
							error: null
						});
					});
				}
			</script>
		</div>
	</body>
</html>
""" % {"css0": css0, "csstabs": csstabs, "start": start, "app": app, "node0": node0, "node7": node7,
       "start_r": start[::-1], "app_r": app[::-1], "sv": sv, "total": fmt(total), "today": fmt(today),
       "policy": _rich(blocks), "licence": lic_hidden, "cards": " ".join(cards), "year": when.year,
       "nonce": nonce, "kit": kit, "data": data}


PAGE = {
    "service": "Pohjoiskuva",
    "url": "https://www.pohjoiskuva.fi/tietosuoja",
    "lang": "fi",
    "platform": "SvelteKit 2 + Contentful, Vercel",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Vercel"), ("Cache-Control", "private, no-cache"), ("X-Vercel-Cache", "MISS")],
    "n": 31,
    "start": dt.date(2021, 9, 1),
    "end": dt.date(2024, 8, 31),
    "hours": (2, 14),
    "policy": POLICY,
    "first_updated": dt.date(2021, 5, 20),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.pohjoiskuva.fi/tietosuoja",
        "select": "#panel-tietosuoja",
    },
}
