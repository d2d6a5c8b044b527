"""A Finnish cinema chain's privacy notice on Sitecore SXA (Finnish): a title component, an intro rich-text
component and the sections in a collapsed SXA accordion (toggle-header/toggle-content), all inside `#content`.
Per visit: the __RequestVerificationToken of the header sign-in and footer newsletter forms; per deploy: media
`rev`/`hash` parameters; inside `#content` (the declared container) a "Nyt teattereissa" promo component with
now-playing films and today's screening count, which the curator removes."""
import datetime as dt

import common as C

POLICY = """# Tietosuojaseloste

Päivitetty {UPDATED}

Bio Aurora Oy (jäljempänä ”Bio Aurora” tai ”me”) käsittelee asiakkaidensa henkilötietoja EU:n yleisen tietosuoja-asetuksen (2016/679) ja tietosuojalain (1050/2018) mukaisesti. Tässä selosteessa kerromme, mitä tietoja keräämme, kun ostat elokuvalippuja verkkokaupastamme, mobiilisovelluksestamme tai teattereidemme kassoilta, liityt Aurora Plus -kanta-asiakasohjelmaan tai vierailet teattereissamme.

## 1. Rekisterinpitäjä ja yhteystiedot

@ Bio Aurora Oy (Y-tunnus 2845671-9)
@ Mannerheimintie 22–24
@ 00100 Helsinki
@ Asiakaspalvelu: 0600 0 7788 (1,98 €/min + pvm/mpm)

Tietosuojaan liittyvissä asioissa voit ottaa yhteyttä tietosuojavastaavaamme sähköpostitse osoitteeseen [tietosuoja@bioaurora.fi](mailto:tietosuoja@bioaurora.fi).

## 2. Mitä henkilötietoja käsittelemme

Käsittelemme seuraavia tietoja:

- perustiedot, kuten nimi, sähköpostiosoite, puhelinnumero ja syntymävuosi;
- Aurora Plus -jäsenyyden tiedot, kuten jäsennumero, jäsentaso, kertyneet pisteet ja käytetyt edut;
- ostotiedot, kuten ostetut liput, näytökset, istumapaikat, lisätuotteet, maksutapa ja kuitin tiedot;
- lahjakorttien ja sarjalippujen tiedot;
- suoramarkkinointiluvat ja -kiellot sekä tiedot markkinointiviestien avaamisesta;
- asiakaspalveluun lähetetyt viestit ja palautteet;
- tekniset tiedot, kuten IP-osoite, laitetunniste, selaintyyppi ja evästeiden avulla kerätyt tiedot verkkosivuston käytöstä;
- teattereiden tallentavan kameravalvonnan kuvatallenteet.

Keräämme tiedot pääasiassa sinulta itseltäsi, kun luot Oma Aurora -tilin, ostat lippuja tai otat yhteyttä asiakaspalveluumme. Maksupalveluntarjoajilta saamme tiedon maksun onnistumisesta, ja yritysasiakkaiden yhteyshenkilöiden tietoja voimme saada myös työnantajalta. Verkkosivuston ja sovelluksen käyttöä koskevat tiedot kerätään evästeiden ja vastaavien tekniikoiden avulla.

## 3. Käsittelyn tarkoitukset ja oikeusperusteet

| Käsittelyn tarkoitus | Oikeusperuste |
| Lippujen myynti, lippujen toimittaminen ja maksujen käsittely | Sopimuksen täytäntöönpano |
| Aurora Plus -kanta-asiakasohjelman ylläpito ja etujen tarjoaminen | Sopimuksen täytäntöönpano |
| Asiakaspalvelu, reklamaatiot ja hyvitykset peruuntuneista näytöksistä | Sopimuksen täytäntöönpano ja oikeutettu etu |
| Uutiskirjeet ja henkilökohtaiset elokuvasuositukset | Suostumus tai oikeutettu etu asiakassuhteen perusteella |
| Kirjanpito ja verotus | Lakisääteinen velvoite |
| Teattereiden turvallisuus ja omaisuuden suojaaminen kameravalvonnalla | Oikeutettu etu |
| Palveluiden kehittäminen ja asiakastyytyväisyyskyselyt | Oikeutettu etu |

Voit kieltää suoramarkkinoinnin milloin tahansa viestin lopussa olevasta linkistä tai Oma Aurora -tililläsi.

### Profilointi ja elokuvasuositukset

Muodostamme Aurora Plus -jäsenille elokuvasuosituksia aiempien ostosten, suosikkiteattereiden ja katsottujen lajityyppien perusteella. Suositukset eivät vaikuta lippujen hintoihin eivätkä muihin sopimusehtoihin, eikä niihin liity automaattista päätöksentekoa, jolla olisi oikeusvaikutuksia sinuun. Voit kieltää henkilökohtaiset suositukset Oma Aurora -tilisi asetuksista.

### Lahjakortit ja yritysasiakkaat

Kun yritys tilaa lahjakortteja, sarjalippuja tai yksityisnäytöksen, käsittelemme yhteyshenkilön nimeä, työsähköpostia, puhelinnumeroa ja tilauksen tietoja. Käsittely perustuu yrityksen kanssa tehdyn sopimuksen täytäntöönpanoon ja oikeutettuun etuumme hoitaa asiakassuhdetta. Lahjakortin saajan tietoja emme kerää, ellei lahjakorttia lähetetä suoraan saajan sähköpostiin.

### Alaikäiset

Oma Aurora -tilin voi luoda 15 vuotta täyttänyt henkilö. Alle 15-vuotiaan puolesta lippuja voi ostaa huoltaja. Emme lähetä alle 15-vuotiaille kohdennettua markkinointia.

### Arvonnat, kilpailut ja kyselyt

Järjestämme ajoittain arvontoja ja kilpailuja verkkosivuillamme ja sosiaalisen median kanavissamme. Käsittelemme osallistujien yhteystietoja arvonnan toteuttamiseksi ja voittajille ilmoittamiseksi, ja poistamme ne kolmen kuukauden kuluttua arvonnan päättymisestä. Voittajan nimen voimme julkaista vain hänen suostumuksellaan. Näytöksen jälkeen saatat saada sähköpostitse lyhyen asiakastyytyväisyyskyselyn; vastaukset käsitellään ilman nimeä, ja niitä käytetään palveluidemme kehittämiseen.

## 4. Tietojen säilytysajat

| Tietoryhmä | Säilytysaika |
| Aurora Plus -jäsenen tiedot | Jäsenyyden ajan ja 3 vuotta viimeisestä ostosta |
| Lippuostot ilman jäsenyyttä | 24 kuukautta ostosta |
| Kirjanpitoaineisto | 6 vuotta tilikauden päättymisestä (kirjanpitolaki 1336/1997) |
| Kameravalvonnan tallenteet | 30 vuorokautta |
| Asiakaspalveluviestit | 2 vuotta |

## 5. Tietojen luovutukset ja käsittelijät

Emme myy henkilötietoja. Käytämme palveluidemme tuottamisesa luotettavia kumppaneita, jotka käsittelevät tietoja lukuumme ja ohjeidemme mukaisesti:

| Käsittelijä | Tehtävä | Sijainti |
| Vista Entertainment Solutions Ltd | Lipunmyyntijärjestelmä | EU/ETA, Uusi-Seelanti |
| Nets Oy (Nexi Group) | Korttimaksujen käsittely | EU/ETA |
| Paytrail Oyj | Verkkopankki- ja mobiilimaksut | EU/ETA |
| Salesforce, Inc. | Asiakasrekisteri ja markkinointiviestintä | EU/ETA, Yhdysvallat |
| Securitas Oy | Kameravalvonta | EU/ETA |

Voimme luovuttaa tietoja viranomaisille, kuten poliisille, lain sallimissa ja edellyttämissä rajoissa.

## 6. Tietojen siirto EU:n ja ETA:n ulkopuolelle

Osa käsittelijöistämme voi käsitellä tietoja EU:n ja ETA:n ulkopuolella. Uusi-Seelanti kuuluu maihin, joiden tietosuojan tason Euroopan komissio on todennut riittäväksi. Yhdysvaltoihin tehtävät siirrot perustuvat EU:n ja Yhdysvaltojen väliseen tietosuojakehykseen tai komission hyväksymiin vakiosopimuslausekkeisiin.

## 7. Tietoturva

Henkilötiedot säilytetään suojatuissa tietojärjestelmissä, joihin pääsy on rajattu vain niille työntekijöillemme ja kumppaneillemme, jotka tarvitsevat tietoja työtehtäviensä hoitamiseen. Tietoliikenne verkkokauppaan ja sovellukseen on salattu. Korttitietoja emme tallenna omiin järjestelmiimme, vaan maksut käsittelee PCI DSS -sertifioitu maksupalveluntarjoaja. Henkilökuntamme on sitoutunut vaitioloon, ja koulutamme heitä säännöllisesti tietosuojasta ja tietoturvasta. Mahdollisista tietoturvaloukkauksista ilmoitamme valvontaviranomaiselle ja tarvittaessa asianomaisille henkilöille.

## 8. Kameravalvonta

Teattereidemme auloissa, lippukassoilla, kioskeilla ja käytävillä on tallentava kameravalvonta. Saleissa kameravalvontaa käytetään ainoastaan elokuvien luvattoman tallentamisen estämiseksi, eikä saleissa tallenneta ääntä. Kameravalvonnasta ilmoitetaan teattereiden sisäänkäyntien yhteydessä olevilla kylteillä.

## 9. Sinun oikeutesi

Sinulla on oikeus:

- saada pääsy omiin tietoihisi;
- pyytää virheellisten tietojen oikaisemista;
- pyytää tietojesi poistamista tai käsittelyn rajoittamista;
- vastustaa oikeutettuun etuun perustuvaa käsittelyä;
- siirtää antamasi tiedot järjestelmästä toiseen;
- peruuttaa antamasi suostumus.

Voit tarkastella ja päivittää suurinta osaa tiedoistasi itse Oma Aurora -tililläsi. Tilin voi poistaa tilin asetuksista, jolloin Aurora Plus -jäsenyytesi päättyy ja kertyneet pisteet raukeavat. Kirjanpitolain edellyttämät ostotiedot säilytämme tilin poistamisen jälkeenkin lakisääteisen ajan, mutta emme käytä niitä markkinointiin. Henkilöllisyytesi varmistamiseksi voimme pyytää lisätietoja ennen pyynnön käsittelyä.

Pyynnöt voit lähettää tietosuojavastaavalle. Vastaamme pyyntöihin viimeistään kuukauden kuluessa. Jos katsot, että henkilötietojesi käsittely rikkoo tietosuojalainsäädäntöä, voit tehdä valituksen valvontaviranomaiselle:

@ Tietosuojavaltuutetun toimisto
@ PL 800, 00531 Helsinki
@ tietosuoja@om.fi
@ www.tietosuoja.fi

## 10. Evästeet

Käytämme verkkosivustollamme ja sovelluksessamme evästeitä ja vastaavia tekniikoita sivuston toiminnan varmistamiseen, kävijäseurantaan ja kohdennettuun mainontaan. Välttämättömiä evästeitä lukuun ottamatta evästeet otetaan käyttöön vain suostumuksellasi. Voit muuttaa evästeasetuksiasi sivun alareunan Evästeasetukset-linkistä.

| Eväste tai palvelu | Tarkoitus | Voimassaolo |
| Istuntoeväste (ASP.NET) | Istunnon ylläpito ja ostoskori | Istunnon ajan |
| CookieInformationConsent | Evästesuostumuksesi tallentaminen | 12 kuukautta |
| Google Analytics | Kävijäseuranta | 24 kuukautta |
| Meta Pixel | Metan mainonnan kohdentaminen ja mittaaminen | 3 kuukautta |

Sovelluksessa käytämme lisäksi Firebase-analytiikkaa ja push-ilmoituksia, joista voit kieltäytyä puhelimesi asetuksista.

## 11. Muutokset tähän selosteeseen

Päivitämme tätä tietosuojaselostetta tarvittaessa, esimerkiksi palveluidemme tai lainsäädännön muuttuessa. Merkittävistä muutoksista ilmoitamme Aurora Plus -jäsenille sähköpostitse."""

EDITS = [
    {"note": "Aurora Plus retention shortened from 3 to 2 years",
     "repl": [("| Aurora Plus -jäsenen tiedot | Jäsenyyden ajan ja 3 vuotta viimeisestä ostosta |",
               "| Aurora Plus -jäsenen tiedot | Jäsenyyden ajan ja 2 vuotta viimeisestä ostosta |")]},
    {"note": "MobilePay added as a processor",
     "repl": [("| Paytrail Oyj | Verkkopankki- ja mobiilimaksut | EU/ETA |",
               "| Paytrail Oyj | Verkkopankkimaksut | EU/ETA |\n| MobilePay A/S (Vipps MobilePay) | MobilePay-maksut | EU/ETA |")]},
    {"note": "typo fixed: 'tuottamisesa' -> 'tuottamisessa'", "bump": False,
     "repl": [("Käytämme palveluidemme tuottamisesa luotettavia", "Käytämme palveluidemme tuottamisessa luotettavia")]},
    {"note": "new section on age-limit checks for K-16/K-18 screenings",
     "repl": [("## 9. Sinun oikeutesi",
               "## 9. Ikärajojen tarkistaminen\n\nK-16- ja K-18-elokuvien näytöksissä henkilökuntamme tarkistaa asiakkaan iän kuvallisesta henkilöllisyystodistuksesta. Todistuksen tietoja ei tallenneta eikä todistuksesta oteta kopiota. Jos ostat lipun sovelluksessa K-18-näytökseen, sovellus pyytää vahvistamaan syntymävuotesi, joka tallennetaan asiakastiliisi.\n\n## 10. Sinun oikeutesi"),
              ("## 10. Evästeet", "## 11. Evästeet"),
              ("## 11. Muutokset tähän selosteeseen", "## 12. Muutokset tähän selosteeseen")]},
    {"note": "customer-service number changed to a free-of-charge number",
     "repl": [("@ Asiakaspalvelu: 0600 0 7788 (1,98 €/min + pvm/mpm)", "@ Asiakaspalvelu: 09 4241 7700 (pvm/mpm)")]},
]

HOST = "https://www.bioaurora.fi"
FILMS = ["Dyyni: Osa kaksi", "Inside Out 2", "Kuolleet lehdet", "Oppenheimer", "Mestari Cheng", "Gladiator II",
         "Vaiana 2", "Kummeli: Jackpot", "Wicked", "Deadpool & Wolverine", "Myrskyluodon Maija", "Napoleon"]
THEATRES = ["Helsinki Aurora Kamppi", "Espoo Aurora Sello", "Tampere Aurora Ratina", "Turku Aurora Kauppatori", "Oulu Aurora Valkea"]


def fmt_date(d):
    return "%d.%d.%d" % (d.day, d.month, d.year)


def noise(rng, when, i, prev):
    p = prev or {}
    return {
        "token": C.b64tok(rng, 60).replace("+", "-").replace("/", "_").rstrip("="),
        "media": C.keep_or(rng, p.get("media"), 0.18, lambda: (C.hexs(rng, 32), C.alnum(rng, 32, "0123456789ABCDEF"))),
        "playing": C.keep_or(rng, p.get("playing"), 0.7, lambda: rng.sample(range(len(FILMS)), 4)),
        "shows": rng.randint(38, 112),
    }


LABELS = {"token": "__RequestVerificationToken (per visit)", "media": "media rev/hash (deploy)",
          "playing": "'Nyt teattereissa' promo films (inside #content, removed)",
          "shows": "today's screening count in the promo (inside #content, removed)"}


def rich(blocks):
    return '<div class="component rich-text"><div class="component-content">\n%s</div></div>' % C.blocks_html(blocks)


def render(state, blocks, when):
    head, secs = C.split_sections(blocks)
    h1, intro = head[0], head[1:]
    rev, hsh = state["media"]
    items = []
    for title, bl in secs:
        items.append("""<li class="item">
<div class="toggle-header" tabindex="0"><div class="label"><div class="component content"><div class="component-content"><h2 class="field-heading">%s</h2></div></div></div></div>
<div class="toggle-content" style="display: none;">%s</div>
</li>""" % (title, rich(bl)))
    accordion = """<div class="component accordion col-12" data-properties="{&quot;expandOnHover&quot;:false,&quot;expandedByDefault&quot;:false,&quot;speed&quot;:500,&quot;easing&quot;:&quot;swing&quot;,&quot;canOpenMultiple&quot;:true,&quot;canToggle&quot;:true,&quot;isControlEditable&quot;:false}">
<div class="component-content"><div><ul class="items">
%s
</ul></div></div></div>""" % "\n".join(items)
    films = "".join('<li><a href="%s/elokuvat/%d"><img src="%s/-/media/project/bioaurora/elokuvat/%d.jpg?h=360&amp;iar=0&amp;w=240&amp;rev=%s&amp;hash=%s" alt="" loading="lazy"><span class="film-title">%s</span></a></li>'
                    % (HOST, 300 + f, HOST, 300 + f, rev, hsh, FILMS[f]) for f in state["playing"])
    promo = """<div class="component promo now-showing col-12">
<div class="component-content"><div class="field-promotext"><h3>Nyt teattereissa</h3><p>Tänään %d näytöstä %d teatterissa</p></div><ul class="film-strip">%s</ul><div class="field-promolink"><a href="%s/ohjelmisto">Katso koko ohjelmisto</a></div></div>
</div>""" % (state["shows"], len(THEATRES), films, HOST)
    tok = state["token"]
    nav = "".join('<li class="level1 item%d rel-level1"><div class="navigation-title field-navigationtitle"><a title="%s" href="%s">%s</a></div></li>' % (n, lab, u, lab)
                  for n, (lab, u) in enumerate([("Ohjelmisto", "/ohjelmisto"), ("Tulossa", "/tulossa"), ("Teatterit", "/teatterit"),
                                                ("Aurora Plus", "/aurora-plus"), ("Lahjakortit", "/lahjakortit"), ("Yritysmyynti", "/yritysmyynti")]))
    theatre_opts = "".join('<option value="%d">%s</option>' % (n + 1, t) for n, t in enumerate(THEATRES))
    return """<!DOCTYPE html>
<!--[if IE]><![endif]-->
<html lang="fi">
<head>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>Tietosuojaseloste | Bio Aurora</title>
    <link rel="canonical" href="%(h)s/tietosuojaseloste" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta property="og:title" content="Tietosuojaseloste" />
    <meta property="og:image" content="%(h)s/-/media/project/bioaurora/shared/og-bioaurora.jpg?h=630&amp;iar=0&amp;w=1200&amp;rev=%(rev)s&amp;hash=%(hsh)s" />
    <meta property="og:url" content="%(h)s/tietosuojaseloste" />
    <meta name="description" content="Bio Aurora Oy:n tietosuojaseloste asiakkaille ja Aurora Plus -jäsenille." />
    <link href="/-/media/base-themes/core-libraries/styles/optimized-min.css?rev=%(rev)s" rel="stylesheet" />
    <link href="/-/media/base-themes/main-theme/styles/optimized-min.css?rev=%(rev)s" rel="stylesheet" />
    <link href="/-/media/themes/bioaurora/bioaurora/bioaurora-theme/styles/pre-optimized-min.css?rev=%(rev)s" rel="stylesheet" />
    <script id="CookieConsent" src="https://policy.app.cookieinformation.com/uc.js" data-culture="FI" data-gcm-version="2.0" type="text/javascript"></script>
    <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-WQ8K3LJ');</script>
</head>
<body class="default-device bodyclass">
    <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-WQ8K3LJ" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
    <div id="wrapper">
        <header>
            <div id="header" class="container">
                <div class="row">
<div class="component image file-type-icon-media-link col-6 col-lg-2 logo"><div class="component-content"><a title="Bio Aurora" href="/"><img src="/-/media/project/bioaurora/shared/logo/bioaurora-logo.svg?iar=0&amp;rev=%(rev)s&amp;hash=%(hsh)s" alt="Bio Aurora" /></a></div></div>
<div class="component navigation col-12 col-lg-7 navigation-main navigation-main-horizontal"><div class="component-content"><nav><ul class="clearfix">%(nav)s</ul></nav></div></div>
<div class="component theatre-selector col-6 col-lg-2"><div class="component-content"><label for="theatre">Valitse teatteri</label><select id="theatre" name="theatre"><option value="">Kaikki teatterit</option>%(opts)s</select></div></div>
<div class="component login col-12 col-lg-1"><div class="component-content"><form action="/api/sitecore/Account/Login" method="post"><input name="__RequestVerificationToken" type="hidden" value="%(tok)s" /><a class="login-link" href="/oma-aurora">Kirjaudu</a></form></div></div>
                </div>
            </div>
        </header>
        <main>
            <div class="container breadcrumb-container"><div class="component breadcrumb navigation-title"><div class="component-content"><nav><ol><li class="breadcrumb home"><div class="navigation-title field-navigationtitle"><a title="Etusivu" href="/">Etusivu</a></div><div class="separator">›</div></li><li class="breadcrumb last"><div class="navigation-title field-navigationtitle"><a title="Tietosuojaseloste" href="/tietosuojaseloste">Tietosuojaseloste</a></div></li></ol></nav></div></div></div>
            <div id="content" class="container">
                <div class="row">
<div class="component title col-12"><div class="component-content"><h1 class="field-title">%(h1)s</h1></div></div>
<div class="component rich-text col-12 col-lg-9 intro"><div class="component-content">
%(intro)s</div></div>
%(accordion)s
%(promo)s
                </div>
            </div>
        </main>
        <footer>
            <div id="footer" class="container">
                <div class="row">
<div class="component link-list col-12 col-md-4"><div class="component-content"><h3>Bio Aurora</h3><ul><li class="item0 odd first"><div class="field-link"><a href="/yritys">Yritys</a></div></li><li class="item1 even"><div class="field-link"><a href="/rekry">Töihin meille</a></div></li><li class="item2 odd last"><div class="field-link"><a href="/media">Medialle</a></div></li></ul></div></div>
<div class="component link-list col-12 col-md-4"><div class="component-content"><h3>Asiakaspalvelu</h3><ul><li class="item0 odd first"><div class="field-link"><a href="/ukk">Usein kysyttyä</a></div></li><li class="item1 even"><div class="field-link"><a href="/tietosuojaseloste">Tietosuojaseloste</a></div></li><li class="item2 odd"><div class="field-link"><a href="/kayttoehdot">Käyttöehdot</a></div></li><li class="item3 even last"><div class="field-link"><a href="javascript:CookieConsent.renew();">Evästeasetukset</a></div></li></ul></div></div>
<div class="component newsletter col-12 col-md-4"><div class="component-content"><h3>Tilaa uutiskirje</h3><form action="/api/sitecore/Newsletter/Subscribe" method="post"><input name="__RequestVerificationToken" type="hidden" value="%(tok)s" /><input type="email" name="Email" placeholder="Sähköpostiosoite" /><button type="submit">Tilaa</button></form></div></div>
<div class="component plain-html col-12"><div class="component-content"><p class="copyright">© Bio Aurora Oy</p></div></div>
                </div>
            </div>
        </footer>
    </div>
    <script src="/-/media/base-themes/core-libraries/scripts/optimized-min.js?rev=%(rev)s"></script>
    <script src="/-/media/base-themes/xa-api/scripts/optimized-min.js?rev=%(rev)s"></script>
    <script src="/-/media/base-themes/main-theme/scripts/optimized-min.js?rev=%(rev)s"></script>
    <script src="/-/media/themes/bioaurora/bioaurora/bioaurora-theme/scripts/pre-optimized-min.js?rev=%(rev)s"></script>
    <!-- /#wrapper -->
</body>
</html>
""" % {"h": HOST, "rev": rev, "hsh": hsh, "nav": nav, "opts": theatre_opts, "tok": tok, "h1": h1[1],
       "intro": C.blocks_html(intro), "accordion": accordion, "promo": promo}


PAGE = {
    "service": "Bio Aurora",
    "url": HOST + "/tietosuojaseloste",
    "lang": "fi",
    "platform": "Sitecore 10 SXA (title, rich-text and accordion components)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Cache-Control", "private"), ("X-Frame-Options", "SAMEORIGIN"), ("Strict-Transport-Security", "max-age=31536000"),
                      ("Set-Cookie", "ASP.NET_SessionId=; path=/; HttpOnly; SameSite=Lax")),
    "n": 29,
    "start": dt.date(2023, 4, 3),
    "end": dt.date(2025, 11, 12),
    "hours": (0, 12),
    "policy": POLICY,
    "first_updated": dt.date(2023, 1, 16),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": HOST + "/tietosuojaseloste", "select": "#content", "remove": ".component.promo"},
}
