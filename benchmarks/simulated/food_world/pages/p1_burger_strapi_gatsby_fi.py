"""Kulma Burger (Helsinki) - fi-FI - Strapi (headless CMS) + Gatsby static site, rebuilt every night by a scheduled
job (so today's offer in the top bar and today's restaurant hours in the footer are baked into the HTML). Strapi's
markdown field is rendered by react-markdown inside CSS-module classes (`legal-module--body--Xy12z`) whose hashes
change whenever the stylesheet changes; webpack chunk hashes change with every code deploy; the Gatsby 4 -> 5
upgrade in October 2023 changes the head and the chunk mapping. A campaign card (seasonal loyalty offers) sits in an
<aside> inside the <article>; the declaration removes it."""
import datetime as dt
import html
import common as C

URL = "https://www.kulmaburger.fi/tietosuojaseloste/"
GATSBY5 = dt.datetime(2023, 10, 9)


def fmt_date(d):
    return "%d.%d.%d" % (d.day, d.month, d.year)


POLICY = """
# Tietosuojaseloste: Kulma Burger -sovellus ja Kulma Club

Päivitetty {UPDATED}

Tämä tietosuojaseloste kertoo, miten Kulma Burger Oy käsittelee henkilötietojasi, kun käytät Kulma Burger -mobiilisovellusta, tilaat ruokaa verkkosivuiltamme, liityt Kulma Club -kanta-asiakasohjelmaan tai asioit ravintoloissamme. Noudatamme EU:n yleistä tietosuoja-asetusta (GDPR), Suomen tietosuojalakia (1050/2018) ja sähköisen viestinnän palveluista annettua lakia.

Luethan tämän selosteen huolellisesti. Jos sinulla on kysyttävää, ota meihin yhteyttä alla olevilla yhteystiedoilla.

## Rekisterinpitäjä

@ Kulma Burger Oy (Y-tunnus 2876543-1)
@ Hämeentie 15 B
@ 00500 Helsinki
@ puhelin 010 322 4400

Tietosuojaan liittyvissä asioissa voit olla yhteydessä tietosuojavastaavaamme osoitteessa [tietosuoja@kulmaburger.fi](mailto:tietosuoja@kulmaburger.fi).

## Mitä tietoja käsittelemme

Käsittelemme sinusta seuraavia tietoja sen mukaan, mitä palveluitamme käytät:

- **Perustiedot:** nimi, sähköpostiosoite, puhelinnumero, syntymävuosi ja kieli.
- **Kulma Club -tiedot:** jäsennumero, liittymispäivä, pisteiden kertyminen ja käyttö sekä edut ja kampanjat, joihin olet osallistunut.
- **Tilaustiedot:** tilatut tuotteet, ravintola, nouto- tai toimitustapa, tilauksen ajankohta sekä lisätiedot, kuten erityisruokavaliot ja allergiat, jos kerrot ne tilauksen yhteydessä.
- **Maksutiedot:** maksutapa, maksutapahtuman tunniste ja kortin neljä viimeistä numeroa. Emme tallenna kokonaisia korttinumeroita.
- **Sijaintitiedot:** laitteen likimääräinen tai tarkka sijainti, jos sallit sen sovelluksessa.
- **Laite- ja käyttötiedot:** laitemalli, käyttöjärjestelmä, sovelluksen versio, IP-osoite, mainostunniste sekä tiedot siitä, miten käytät sovellusta ja verkkosivuja.
- **Asiakaspalvelutiedot:** palautteet, reklamaatiot, tuotevalitukset ja niihin liittyvä viestintä.

Allergia- ja ruokavaliotiedot voivat kertoa terveydentilastasi. Käsittelemme niitä vain tilauksesi valmistamiseksi emmekä liitä niitä asiakasprofiiliisi.

## Mistä saamme tietoja

Saamme tiedot pääosin sinulta itseltäsi, kun rekisteröidyt sovellukseen, teet tilauksen tai otat yhteyttä asiakaspalveluumme. Lisäksi tietoja syntyy, kun käytät sovellusta ja verkkosivuja. Kotiinkuljetuksissa saamme kuljetuskumppanilta tiedon toimituksen tilasta ja mahdollisista toimitusongelmista. Maksupalveluntarjoajalta saamme tiedon maksun onnistumisesta. Jos kirjaudut sovellukseen Apple- tai Google-tunnuksella, saamme kyseiseltä palvelulta nimesi ja sähköpostiosoitteesi.

## Käsittelyn tarkoitukset ja oikeusperusteet

| Tarkoitus | Oikeusperuste |
| Tilausten vastaanottaminen, valmistaminen ja toimittaminen | Sopimuksen täytäntöönpano |
| Kulma Club -jäsenyyden hallinnointi ja pisteiden laskeminen | Sopimuksen täytäntöönpano |
| Henkilökohtaiset tarjoukset sovelluksessa | Oikeutettu etu |
| Sähköpostimarkkinointi ja push-ilmoitukset | Suostumus |
| Petosten ja väärinkäytösten estäminen | Oikeutettu etu |
| Kirjanpito ja verotus | Lakisääteinen velvoite |
| Palvelun kehittäminen ja analytiikka | Oikeutettu etu tai suostumus |

Kun käsittely perustuu oikeutettuun etuumme, olemme tehneet tasapainotestin ja arvioineet, ettei käsittely loukkaa oikeuksiasi tai vapauksiasi. Voit pyytää tasapainotestin tiedot tietosuojavastaavaltamme.

## Kulma Club -kanta-asiakasohjelma

Kulma Club on maksuton kanta-asiakasohjelma, johon voi liittyä sovelluksessa. Jäsenenä keräät pisteitä jokaisesta sovelluksella tai jäsenkoodilla tehdystä ostosta: yksi euro kerryttää kymmenen pistettä. Pisteet vanhenevat 12 kuukauden kuluttua niiden ansaitsemisesta.

Jotta voimme tarjota sinulle kiinnostavia etuja, muodostamme ostohistoriasi perusteella asiakasprofiilin, esimerkiksi suosikkituotteistasi, tavallisesta asiointiajastasi ja suosimastasi ravintolasta. Profilointi ei tuota sinua koskevia oikeusvaikutuksia eikä vaikuta sinuun vastaavalla tavalla merkittävästi. Voit kieltää henkilökohtaiset tarjoukset sovelluksen asetuksissa, jolloin näet vain kaikille jäsenille yhteiset edut.

Jos et käytä jäsenyyttäsi 24 kuukauteen, lähetämme sinulle muistutuksen. Jos et kirjaudu sovellukseen 30 päivän kuluessa muistutuksesta, jäsenyytesi päättyy ja keräämäsi pisteet mitätöidään.

## Tilaaminen, maksaminen ja kotiinkuljetus

Sovelluksella tehdyt tilaukset välitetään valitsemasi ravintolan keittiönäytölle. Ravintolan henkilökunta näkee tilauksen sisällön, etunimesi ja noutotunnuksen. Kotiinkuljetuksissa annamme kuljetuskumppanille nimesi, toimitusosoitteesi, puhelinnumerosi ja mahdolliset toimitusohjeet.

Maksut käsittelee Adyen N.V., joka toimii maksutapahtumien osalta itsenäisenä rekisterinpitäjänä. Tallennetut maksukortit säilytetään Adyenin tokenisointipalvelussa, emmekä näe kortin tietoja. Lounasetujen maksamisessa (esimerkiksi Edenred, Smartum ja ePassi) välitämme maksun tiedot kyseiselle palveluntarjoajalle.

## Sijaintitiedot

Pyydämme lupaa laitteen sijaintiin ensimmäisellä käyttökerralla. Käytämme sijaintia vain lähimpien ravintoloiden ja arvioidun nouto- tai toimitusajan näyttämiseen. Emme tallenna sijaintihistoriaa emmekä käytä sijaintia markkinointiin. Voit perua luvan milloin tahansa puhelimesi asetuksista, jolloin voit valita ravintolan käsin.

## Evästeet ja analytiikka

Verkkosivuillamme ja sovelluksessa käytämme evästeitä ja vastaavia tekniikoita. Välttämättömät evästeet ovat tarpeen sivuston ja ostoskorin toiminnalle. Analytiikka- ja markkinointievästeitä käytämme vain suostumuksellasi, jonka voit antaa tai perua evästeasetuksista sivun alalaidasta.

Sovelluksessa käytämme Google Firebase -analytiikkaa ja Braze-viestintäalustaa. Mainostunnistetta käytämme vain, jos olet sallinut seurannan laitteesi asetuksissa. Lisätietoja löydät evästeselosteestamme.

## Tietojen vastaanottajat

Emme myy henkilötietojasi. Käytämme seuraavia palveluntarjoajia, jotka käsittelevät tietoja lukuumme ja ohjeidemme mukaisesti:

- Amazon Web Services EMEA SARL (palvelininfrastruktuuri, Irlanti ja Saksa);
- Braze Inc. (push-ilmoitukset ja sähköpostit);
- Google Ireland Ltd (Firebase-analytiikka ja virheraportit);
- Zendesk Inc. (asiakaspalvelu);
- Wolt Enterprises Oy (kotiinkuljetukset).

Osaa ravintoloistamme operoivat franchise-yrittäjät, jotka saavat tilausten käsittelyyn ja asiakaspalautteiden selvittämiseen tarvittavat tiedot. Franchise-yrittäjät ovat sitoutuneet noudattamaan tätä selostetta.

Voimme luovuttaa tietoja viranomaisille, kun laki sitä edellyttää, esimerkiksi poliisille rikoksen selvittämiseksi. Jos liiketoimintamme tai sen osa myydään, tiedot voivat siirtyä ostajalle.

## Siirrot EU- ja ETA-alueen ulkopuolelle

Osa palveluntarjoajistamme toimii Yhdysvalloissa. Siirrot perustuvat EU:n ja Yhdysvaltojen väliseen tietosuojakehykseen (Data Privacy Framework) tai Euroopan komission hyväksymiin vakiosopimuslausekkeisiin, joiden lisäksi käytämme tarvittavia lisäsuojatoimia, kuten salausta siirron ja säilytyksen aikana.

## Säilytysajat

Säilytämme tietoja vain niin kauan kuin se on tarpeen käsittelyn tarkoitusten kannalta:

- Kulma Club -jäsenen tiedot säilytetään jäsenyyden ajan ja kuusi kuukautta sen päättymisen jälkeen.
- Tilaushistoria säilytetään 36 kuukautta tilauksesta.
- Kirjanpitoaineisto säilytetään kirjanpitolain mukaisesti kuusi vuotta tilikauden päättymisestä.
- Asiakaspalveluviestit säilytetään 24 kuukautta asian käsittelyn päättymisestä.
- Ravintoloiden tallentavan kameravalvonnan tallenteet säilytetään enintään 30 päivää.

## Kampanjat, arvonnat ja kilpailut

Järjestämme ajoittain kampanjoita, arvontoja ja kilpailuja sovelluksessa ja sosiaalisessa mediassa. Käsittelemme osallistujien tietoja kampanjan toteuttamiseksi, voittajien arpomiseksi ja palkintojen toimittamiseksi. Kunkin kampanjan säännöissä kerrotaan tarkemmin, mitä tietoja kerätään ja kuinka kauan niitä säilytetään. Voittajien nimet voidaan julkaista verkkosivuillamme vain, jos voittaja on antanut siihen luvan. Osallistujien tiedot poistetaan viimeistään kolmen kuukauden kuluttua kampanjan päättymisestä, ellei kirjanpitolaki edellytä palkintojen tietojen pidempää säilyttämistä.

## Asiakaspalvelu ja reklamaatiot

Kun otat yhteyttä asiakaspalveluumme sovelluksen chatissa, sähköpostitse tai puhelimitse, käsittelemme yhteydenottosi sisältöä, yhteystietojasi ja tarvittaessa tilauksesi tietoja. Jos reklamaatio koskee tiettyä ravintolaa, välitämme sen ravintolan esihenkilölle selvitettäväksi. Voimme tallentaa asiakaspalvelupuhelut laadun varmistamiseksi ja henkilökunnan kouluttamiseksi; kerromme tallentamisesta puhelun alussa. Jos hyvitämme tilauksen, hyvitys tehdään alkuperäiselle maksuvälineelle tai Kulma Club -pisteinä.

## Kameravalvonta ravintoloissa

Ravintoloissamme on tallentava kameravalvonta henkilökunnan ja asiakkaiden turvallisuuden varmistamiseksi sekä omaisuuden suojaamiseksi. Kameravalvonnasta kerrotaan ravintolan sisäänkäynnillä olevalla kyltillä. Tallenteita katsotaan vain, jos on tarpeen selvittää esimerkiksi rikosta, vahinkoa tai riita-asiaa, ja niitä voidaan luovuttaa poliisille. Kamerat eivät kuvaa henkilökunnan taukotiloja.

## Sosiaalinen media

Meillä on tilit Instagramissa, Facebookissa ja TikTokissa. Kun seuraat meitä tai viestit kanssamme näissä palveluissa, palvelun ylläpitäjä käsittelee tietojasi omien ehtojensa mukaisesti. Meta Platforms Ireland Ltd:n kanssa olemme yhteisrekisterinpitäjiä Facebook-sivumme tilastotietojen osalta. Emme yhdistä sosiaalisen median profiiliasi Kulma Club -jäsenyyteesi ilman suostumustasi.

## Automaattinen päätöksenteko

Emme tee sinua koskevia päätöksiä pelkästään automaattisesti tavalla, jolla olisi sinuun oikeudellisia tai vastaavia merkittäviä vaikutuksia. Petosten estämiseksi järjestelmämme voi kuitenkin merkitä epätavallisen tilauksen, esimerkiksi poikkeuksellisen suuren tilauksen uudelta tililtä, tarkistettavaksi. Tällöin asiakaspalvelumme työntekijä tarkistaa tilauksen ennen sen hyväksymistä tai hylkäämistä.

## Lahjakortit ja yritysasiakkaat

Jos ostat digitaalisen lahjakortin, käsittelemme ostajan yhteystietoja ja maksutietoja sekä vastaanottajan nimeä ja sähköpostiosoitetta, jotta voimme toimittaa lahjakortin. Lahjakortin saldo ja käyttötapahtumat tallennetaan, kunnes lahjakortti on käytetty tai vanhentunut. Yritysasiakkaiden tilauksissa, kuten kokous- ja tapahtumatarjoiluissa, käsittelemme yhteyshenkilön nimeä, työsähköpostia, puhelinnumeroa ja laskutustietoja sopimuksen hoitamiseksi.

## Yksityisyysasetukset sovelluksessa

Sovelluksen asetuksissa kohdassa Profiili › Yksityisyys voit milloin tahansa sallia tai estää analytiikan ja markkinointiviestit. Valintasi tallennetaan laitteellesi ja tilillesi, jotta ne ovat voimassa myös, jos kirjaudut uudelle laitteelle. Jos poistat sovelluksen, laitteelle tallennetut tiedot poistuvat, mutta Kulma Club -tilisi säilyy, kunnes pyydät sen poistamista.

## Tietoturva

Suojaamme tiedot teknisin ja organisatorisin keinoin. Tiedonsiirto sovelluksen ja palvelimiemme välillä on salattu, ja pääsy henkilötietoihin on rajattu niille työntekijöille, jotka tarvitsevat tietoja työssään. Käyttöoikeudet tarkistetaan säännöllisesti, ja henkilökuntamme on koulutettu tietosuoja-asioihin. Jos havaitsemme tietoturvaloukkauksen, joka todennäköisesti aiheuttaa sinulle korkean riskin, ilmoitamme siitä sinulle viipymättä.

## Oikeutesi

Sinulla on oikeus:

- saada pääsy tietoihisi ja kopio niistä;
- oikaista virheelliset tai puutteelliset tiedot;
- pyytää tietojesi poistamista;
- rajoittaa käsittelyä;
- vastustaa käsittelyä, myös suoramarkkinointia ja profilointia;
- siirtää antamasi tiedot järjestelmästä toiseen;
- peruuttaa suostumuksesi milloin tahansa.

Voit käyttää oikeuksiasi sovelluksen kohdassa Profiili › Tietosuoja tai lähettämällä pyynnön osoitteeseen [tietosuoja@kulmaburger.fi](mailto:tietosuoja@kulmaburger.fi). Vastaamme pyyntöihin kuukauden kuluessa. Voimme joutua varmistamaan henkilöllisyytesi ennen pyynnön käsittelyä.

Sinulla on myös oikeus tehdä valitus valvontaviranomaiselle, joka Suomessa on tietosuojavaltuutetun toimisto ([tietosuoja.fi](https://tietosuoja.fi)).

## Lapset

Kulma Club on tarkoitettu 13 vuotta täyttäneille. Alle 13-vuotiaan jäsenyyteen tarvitaan huoltajan suostumus. Emme kohdista markkinointia tietoisesti alle 13-vuotiaille.

## Muutokset tähän selosteeseen

Voimme päivittää tätä selostetta, kun palvelumme tai lainsäädäntö muuttuvat. Kerromme olennaisista muutoksista sovelluksessa tai sähköpostitse ennen niiden voimaantuloa. Selosteen päivityspäivä näkyy sivun yläreunassa.
"""

EDITS = [
    {"note": "retention of order history shortened from 36 to 24 months",
     "repl": [("- Tilaushistoria säilytetään 36 kuukautta tilauksesta.",
               "- Tilaushistoria säilytetään 24 kuukautta tilauksesta.")]},
    {"note": "processor added (Foodora as a second delivery partner)",
     "repl": [("- Wolt Enterprises Oy (kotiinkuljetukset).",
               "- Wolt Enterprises Oy (kotiinkuljetukset);\n- Foodora Finland Oy (kotiinkuljetukset pääkaupunkiseudulla ja Tampereella).")]},
    {"note": "new section on customer satisfaction surveys",
     "repl": [("## Tietojen vastaanottajat",
               "## Asiakastyytyväisyyskyselyt\n\nTilauksen jälkeen saatamme lähettää sinulle lyhyen kyselyn sovelluksessa tai sähköpostitse. Vastaaminen on vapaaehtoista. Käytämme vastauksia ravintoloiden ja tuotteiden kehittämiseen, ja ravintolat näkevät vastaukset ilman nimeäsi.\n\n## Tietojen vastaanottajat")]},
    {"note": "sentence on the advertising identifier deleted",
     "repl": [(" Mainostunnistetta käytämme vain, jos olet sallinut seurannan laitteesi asetuksissa.", "")]},
    {"note": "controller's street address changed (head office moved)",
     "repl": [("@ Hämeentie 15 B\n@ 00500 Helsinki", "@ Sörnäisten rantatie 25 A\n@ 00500 Helsinki")]},
]

OFFERS = ["Päivän tarjous sovelluksessa: Kulma Classic -ateria 8,90 €",
          "Tänään: Tupla-juustoburger 6,50 € Kulma Club -jäsenille",
          "Päivän tarjous: kaksi cheeseburgeria 5 €",
          "Vain tänään: ilmainen kotiinkuljetus yli 25 € tilauksiin",
          "Päivän tarjous: Halloumi-burger-ateria 9,90 €",
          "Tänään tuplapisteet kaikista sovellustilauksista",
          "Päivän tarjous: isot ranskikset 1 € aterian kylkeen"]
WEEKDAYS = ["ma", "ti", "ke", "to", "pe", "la", "su"]
RESTAURANTS = [("Kamppi", ["10.30–22.00"] * 4 + ["10.30–04.00", "11.00–04.00", "11.00–22.00"]),
               ("Hakaniemi", ["10.30–21.00"] * 5 + ["11.00–21.00", "12.00–20.00"]),
               ("Tampere Keskustori", ["10.30–22.00"] * 4 + ["10.30–03.00", "11.00–03.00", "12.00–21.00"]),
               ("Turku Kauppatori", ["10.30–21.00"] * 5 + ["11.00–22.00", "12.00–20.00"])]


def campaign(when):
    m = when.month
    if m in (11, 12):
        return ("Joulun Kulma Club -kalenteri", "Avaa sovelluksessa joka päivä uusi etu 24.12. asti.", "joulukalenteri")
    if m in (6, 7, 8):
        return ("Kesän tuplapisteet", "Kerää tuplapisteet kaikista terassiaterioista elokuun loppuun.", "kesa")
    if m in (2, 3):
        return ("Laskiaisen pullaburger palasi", "Rajoitettu erä, vain sovelluksessa.", "laskiainen")
    return ("Liity Kulma Clubiin", "Saat heti 500 pistettä ja ilmaisen pirtelön ensimmäisen tilauksen yhteydessä.", "liity")


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["gatsby"] = "5.12.11" if when >= GATSBY5 else "4.24.8"
    pb = prev.get("build") if prev.get("gatsby") == s["gatsby"] else None
    s["build"] = C.keep_or(rng, pb, 0.45, lambda: tuple(C.hexs(rng, 20) for _ in range(5)))
    s["css"] = C.keep_or(rng, prev.get("css") if pb else None, 0.25, lambda: (C.hexs(rng, 20), C.alnum(rng, 5)))
    s["offer"] = OFFERS[when.toordinal() % len(OFFERS)]
    s["hours"] = "%s %d.%d." % (WEEKDAYS[when.weekday()], when.day, when.month)
    s["campaign"] = campaign(when)[2]
    return s


LABELS = {
    "gatsby": "Gatsby 4 -> 5 upgrade (head, chunk mapping)",
    "build": "webpack chunk hashes and compilation hash (code deploy)",
    "css": "global stylesheet hash and CSS-module class hashes",
    "offer": "today's offer in the top promo bar (nightly build)",
    "hours": "today's restaurant opening hours in the footer (nightly build)",
    "campaign": "seasonal Kulma Club campaign card in the article's aside",
}


def render(s, blocks, when):
    wch, app, fw, rt, tpl = s["build"]
    styles, m = s["css"]
    g5 = s["gatsby"].startswith("5")

    def cm(mod, name):
        return "%s-module--%s--%s" % (mod, name, m)

    title = blocks[0][1]
    body = "".join(C.block_html(b) for b in blocks[1:])
    ctitle, ctext, cslug = campaign(when)
    wd = when.weekday()
    hours = "".join('<li class="%s"><a href="/ravintolat/%s/">%s</a><span>%s</span></li>'
                    % (cm("footer", "restaurant"), r.lower().replace(" ", "-"), r, hs[wd]) for r, hs in RESTAURANTS)
    head_extra = ('<meta name="generator" content="Gatsby %s"/>' % s["gatsby"])
    if g5:
        title_tag = '<title data-gatsby-head="true">Tietosuojaseloste | Kulma Burger</title><meta name="description" content="Näin käsittelemme henkilötietojasi Kulma Burger -sovelluksessa ja Kulma Clubissa." data-gatsby-head="true"/>'
        mapping = ('<script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping="{\\"app\\":[\\"/app-%s.js\\"],'
                   '\\"component---src-templates-legal-page-tsx\\":[\\"/component---src-templates-legal-page-tsx-%s.js\\"]}";/*]]>*/</script>'
                   % (app, tpl))
    else:
        title_tag = '<title data-react-helmet="true">Tietosuojaseloste | Kulma Burger</title><meta data-react-helmet="true" name="description" content="Näin käsittelemme henkilötietojasi Kulma Burger -sovelluksessa ja Kulma Clubissa."/>'
        mapping = ('<script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping={"app":["/app-%s.js"],'
                   '"component---src-templates-legal-page-tsx":["/component---src-templates-legal-page-tsx-%s.js"]};/*]]>*/</script>'
                   % (app, tpl))
    return (
        '<!DOCTYPE html><html lang="fi"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/>'
        '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/>%s'
        '<style data-href="/styles.%s.css" data-identity="gatsby-global-css">@font-face{font-family:"Kulma Sans";src:url(/static/kulma-sans-bold-6d1f2.woff2) format("woff2");font-display:swap}'
        '.%s{background:#ffcb05;color:#1d1d1b;text-align:center;padding:.5rem 1rem;font-weight:700}.%s{max-width:46rem;margin:0 auto;padding:2rem 1rem}'
        '.%s h2{font-family:"Kulma Sans",sans-serif;margin-top:2.5rem}.%s table{border-collapse:collapse;width:100%%}.%s td,.%s th{border:1px solid #ddd;padding:.5rem}'
        '.%s{background:#1d1d1b;color:#fff;border-radius:1rem;padding:1.5rem;margin-top:3rem}</style>'
        '%s<link rel="icon" href="/favicon-32x32.png?v=8c1a0e0f7d3d2a1b7e3b8f0d2b7a4c11" type="image/png"/>'
        '<link rel="canonical" href="%s"/><link rel="preconnect" href="https://cms.kulmaburger.fi"/>'
        '<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="5d0b1e2a-7c3f-4e1b-9a6d-2f8e4c1b0a97" data-culture="FI" data-blockingmode="auto" type="text/javascript"></script>'
        '<link as="script" rel="preload" href="/webpack-runtime-%s.js"/><link as="script" rel="preload" href="/framework-%s.js"/>'
        '<link as="script" rel="preload" href="/app-%s.js"/><link as="script" rel="preload" href="/component---src-templates-legal-page-tsx-%s.js"/>'
        '<link as="fetch" rel="preload" href="/page-data/tietosuojaseloste/page-data.json" crossorigin="anonymous"/>'
        '<link as="fetch" rel="preload" href="/page-data/app-data.json" crossorigin="anonymous"/></head>'
        '<body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">'
        '<div class="%s" role="region" aria-label="Päivän tarjous"><p>%s</p><a href="/sovellus/">Tilaa sovelluksessa</a></div>'
        '<header class="%s"><a href="/" class="%s" aria-label="Kulma Burger etusivu"><img src="/static/kulma-logo-0f3a1.svg" alt="Kulma Burger" width="140" height="48"/></a>'
        '<nav class="%s" aria-label="Päävalikko"><ul><li><a href="/menu/">Menu</a></li><li><a href="/ravintolat/">Ravintolat</a></li>'
        '<li><a href="/kulma-club/">Kulma Club</a></li><li><a href="/tilaa/" class="%s">Tilaa nyt</a></li></ul></nav>'
        '<button type="button" class="%s" aria-expanded="false" aria-label="Avaa valikko"><span></span><span></span><span></span></button></header>'
        '<main class="%s"><nav aria-label="Murupolku" class="%s"><ol><li><a href="/">Etusivu</a></li><li><a href="/asiakaspalvelu/">Asiakaspalvelu</a></li><li aria-current="page">Tietosuojaseloste</li></ol></nav>'
        '<article class="%s"><h1 class="%s">%s</h1><div class="%s">%s</div>'
        '<aside class="%s" data-campaign="%s"><h2>%s</h2><p>%s</p><a href="/kulma-club/" class="%s">Lue lisää</a></aside></article></main>'
        '<footer class="%s"><section class="%s"><h2>Ravintolat auki tänään (%s)</h2><ul>%s</ul><a href="/ravintolat/">Kaikki ravintolat</a></section>'
        '<section class="%s"><h2>Kulma Burger</h2><ul><li><a href="/yritys/">Yritys</a></li><li><a href="/franchise/">Franchise-yrittäjäksi</a></li>'
        '<li><a href="/rekry/">Töihin Kulmalle</a></li><li><a href="/allergeenit/">Allergeenit ja ravintoarvot</a></li><li><a href="/tietosuojaseloste/">Tietosuojaseloste</a></li>'
        '<li><a href="/evasteet/">Evästeseloste</a></li><li><a href="javascript:Cookiebot.renew()">Evästeasetukset</a></li></ul></section>'
        '<p class="%s">© %d Kulma Burger Oy</p></footer></div>'
        '<div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true"></div></div>'
        '<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/tietosuojaseloste/";window.___webpackCompilationHash="%s";/*]]>*/</script>'
        '%s<script src="/webpack-runtime-%s.js" async=""></script><script src="/framework-%s.js" async=""></script><script src="/app-%s.js" async=""></script></body></html>'
        % (head_extra, styles, cm("promo", "bar"), cm("legal", "article"), cm("legal", "body"), cm("legal", "body"),
           cm("legal", "body"), cm("legal", "body"), cm("legal", "aside"), title_tag, URL, rt, fw, app, tpl,
           cm("promo", "bar"), html.escape(s["offer"]), cm("header", "header"), cm("header", "logo"), cm("header", "nav"),
           cm("header", "cta"), cm("header", "burger"), cm("layout", "main"), cm("breadcrumbs", "crumbs"),
           cm("legal", "article"), cm("legal", "title"), C.inline_html(title), cm("legal", "body"), body,
           cm("legal", "aside"), cslug, ctitle, ctext, cm("button", "primary"), cm("footer", "footer"),
           cm("footer", "hours"), s["hours"], hours, cm("footer", "links"), cm("footer", "copy"), when.year,
           wch, mapping, rt, fw, app))


PAGE = {
    "service": "Kulma Burger", "url": URL, "lang": "fi-FI", "platform": "Strapi + Gatsby",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Cache-Control", "public, max-age=0, must-revalidate"), ("Server", "Netlify")),
    "n": 30, "start": dt.date(2022, 2, 1), "end": dt.date(2025, 5, 31), "hours": (2, 14),
    "policy": POLICY, "first_updated": dt.date(2021, 11, 22), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": "main article", "remove": "main article aside"},
}
