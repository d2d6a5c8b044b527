"""Kilpi VPN (Finnish VPN), privacy policy from Contentful rich text on Nuxt 2 (server-rendered, v-html of
@contentful/rich-text-html-renderer), upgraded to Nuxt 3 (rich-text-vue-renderer, fragment comments, __NUXT_DATA__)
on 2024-06-11; the declared `.legal-page__content` stays valid.

Noise: the header's "your IP / unprotected" widget (sticky, changes with the crawler's address), the campaign bar
with a days-left countdown (per capture), the footer's server count (monthly), the _nuxt build hashes, and the
Vue scoped-style data-v-* attribute on the declared container itself (changes when the component is rebuilt)."""
import datetime as dt
import html
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

URL = "https://kilpivpn.com/fi/tietosuojakaytanto"
NUXT3_SINCE = dt.datetime(2024, 6, 11, 8, 0, 0)


def fmt_date(d):
    return "%d.%d.%d" % (d.day, d.month, d.year)


POLICY = """
# Tietosuojakäytäntö

Päivitetty {UPDATED}

Kilpi VPN on suomalainen VPN-palvelu, jonka tehtävä on suojata yksityisyyttäsi verkossa. Siksi keräämme sinusta mahdollisimman vähän tietoja. Tässä tietosuojakäytännössä kerromme, mitä tietoja käsittelemme, kun käytät Kilpi VPN -sovelluksia, verkkosivustoamme tai asiakastukeamme, miksi käsittelemme niitä ja miten voit käyttää oikeuksiasi.

## 1. Rekisterinpitäjä

@ Kilpi Security Oy
@ Porkkalankatu 24
@ 00180 Helsinki
@ Y-tunnus: 3012345-6

Tietosuojaan liittyvissä kysymyksissä voit ottaa yhteyttä tietosuojavastaavaamme osoitteessa [privacy@kilpivpn.com](mailto:privacy@kilpivpn.com).

## 2. Emme tallenna lokeja verkkoliikenteestäsi

Kilpi VPN noudattaa tiukkaa lokittomuuden periaatetta. Emme missään vaiheessa tallenna:

- mitä verkkosivuja avaat tai mitä palveluja käytät,
- lähettämiesi tai vastaanottamiesi tiedostojen sisältöä,
- DNS-kyselyitäsi,
- alkuperäistä IP-osoitettasi yhdistettynä VPN-istuntoon,
- yhteyden aikaleimoja, joista käyttösi voitaisiin päätellä.

Lokittomuuden on tarkastanut riippumaton tilintarkastusyhteisö viimeksi vuonna 2023, ja tarkastusraportti on luettavissa [läpinäkyvyyssivullamme](/fi/lapinakyvyys). Palvelimemme toimivat ainoastaan keskusmuistissa (RAM), joten niille ei jää pysyvää tallennetta uudelleenkäynnistyksen jälkeen.

## 3. Mitä tietoja käsittelemme

- **Tilitiedot:** sähköpostiosoite, salasanan tiiviste ja tilauksen tyyppi. Voit myös luoda tilin pelkällä tilinumerolla ilman sähköpostiosoitetta.
- **Maksutiedot:** maksutapa, maksun ajankohta ja summa. Korttitietoja emme näe, sillä maksut käsittelee maksupalveluntarjoajamne.
- **Yhteyden tekniset tiedot:** samanaikaisten yhteyksien määrä tilillä sekä palvelinkohtainen kokonaiskuormitus. Näitä tietoja ei voi yhdistää yksittäiseen käyttäjään.
- **Sovelluksen diagnostiikka:** kaatumisraportit ja suorituskykytiedot vain, jos olet antanut siihen luvan sovelluksen asetuksissa.
- **Asiakastuki:** viestiesi sisältö ja liitteet, jotka lähetät meille.

Emme koskaan myy tietojasi, emmekä käytä niitä kohdennettuun mainontaan.

### Verkkosivuston käyttö

Kun vierailet verkkosivustollamme, palvelimemme käsittelee IP-osoitettasi ja selaimesi tietoja sivun näyttämiseksi. Sivun yläreunassa näkyvä IP-osoitteesi ja sijaintisi selvitetään selaimessasi hetkellisesti, eikä niitä tallenneta. Analytiikkaa käytämme vain, jos olet hyväksynyt analytiikkaevästeet, ja tällöinkin IP-osoitteet lyhennetään ennen tallentamista.

### Sovellusten käyttöoikeudet

Sovelluksemme pyytävät vain toiminnan kannalta välttämättömiä käyttöoikeuksia. Android-sovellus tarvitsee oikeuden VPN-yhteyden muodostamiseen ja ilmoitusten näyttämiseen. Jaetun tunneloinnin asetuksia varten sovellus lukee laitteellesi asennettujen sovellusten luettelon, mutta luetteloa ei lähetetä palvelimillemme. Sijaintitietoja sovellus ei käytä: lähin palvelin valitaan yhteyden viiveen perusteella.

### Mistä tiedot saadaan

Saamme tiedot pääosin sinulta itseltäsi, kun luot tilin, teet tilauksen tai otat yhteyttä asiakastukeen. Jos ostat tilauksen sovelluskaupan kautta, saamme Applelta tai Googlelta tiedon tilauksen voimassaolosta ja tunnisteen, jolla tilaus liitetään tiliisi. Emme saa sovelluskaupoilta nimeäsi, osoitettasi tai maksukorttisi tietoja. Jos saavut sivustollemme yhteistyökumppanin suosittelulinkin kautta, saamme kumppanin tunnisteen, jotta voimme maksaa kumppanille palkkion. Tunnistetta ei yhdistetä käyttämiisi verkkopalveluihin.

## 4. Käsittelyn tarkoitukset ja oikeusperusteet

| Tarkoitus | Oikeusperuste | Säilytysaika |
| Palvelun tarjoaminen ja tilin hallinta | sopimus | tilauksen voimassaolo ja 24 kuukautta sen päättymisestä |
| Maksujen käsittely ja kirjanpito | lakisääteinen velvoite | 6 vuotta tilikauden päättymisestä |
| Väärinkäytösten estäminen | oikeutettu etu | 90 päivää |
| Sovelluksen kehittäminen diagnostiikan avulla | suostumus | 12 kuukautta |
| Uutiskirjeet ja tarjoukset | suostumus | suostumuksen peruuttamiseen asti |
| Asiakastuki | sopimus | 24 kuukautta tukipyynnön sulkemisesta |

## 5. Tietojen vastaanottajat

Käytämme huolellisesti valittuja palveluntarjoajia, jotka käsittelevät tietoja vain meidän lukuumme ja ohjeidemme mukaisesti:

| Palveluntarjoaja | Tehtävä | Sijainti |
| UpCloud Oy | tilipalvelimien ylläpito | Suomi |
| Stripe Payments Europe Ltd | korttimaksujen käsittely | Irlanti |
| Zendesk, Inc. | asiakastuki | EU / Yhdysvallat |
| Sentry (Functional Software, Inc.) | kaatumisraportit | Yhdysvallat |
| Brevo SAS | uutiskirjeiden lähettäminen | Ranska |

Voimme luovuttaa tietoja viranomaisille vain, jos lainsäädäntö meitä siihen velvoittaa. Koska emme tallenna verkkoliikenteeseen liittyviä lokeja, emme pysty luovuttamaan tietoja siitä, mitä käyttäjämme tekevät verkossa. Julkaisemme kerran vuodessa läpinäkyvyysraportin saamistamme viranomaispyynnöistä. Kaikkien palveluntarjoajiemme kanssa on tehty henkilötietojen käsittelysopimus, ja arvioimme niiden tietoturvan ennen yhteistyön aloittamista.

## 6. Siirrot EU:n ja ETA:n ulkopuolelle

Osa palveluntarjoajistamme on Yhdysvalloissa. Tällöin siirto perustuu EU:n ja Yhdysvaltojen väliseen tietosuojakehykseen tai Euroopan komission hyväksymiin vakiosopimuslausekkeisiin. Lisäksi olemme arvioineet siirtojen riskit ja varmistaneet, että tiedot salataan siirron ja säilytyksen aikana.

## 7. Tietoturva

Käytämme VPN-yhteyksissä WireGuard- ja OpenVPN-protokollia sekä vahvaa salausta. Tilitietokannat on salattu, pääsy tuotantoympäristöön on rajattu ja suojattu monivaiheisella tunnistautumisella, ja henkilöstömme on sitoutunut vaitioloon. Tietoturvamme toimivuutta testaavat säännöllisesti ulkopuoliset asiantuntijat, ja ylläpidämme julkista haavoittuvuuspalkkio-ohjelmaa, jonka kautta tietoturvatutkijat voivat ilmoittaa löytämistään ongelmista. Sovellustemme lähdekoodi on julkisesti tarkasteltavissa. Mahdollisista tietoturvaloukkauksista ilmoitamme tietosuojavaltuutetulle ja tarvittaessa sinulle ilman aiheetonta viivytystä.

## 8. Sinun oikeutesi

Sinulla on oikeus:

- saada pääsy tietoihisi ja saada niistä jäljennös,
- oikaista virheelliset tiedot,
- pyytää tietojesi poistamista,
- rajoittaa tietojesi käsittelyä,
- siirtää tietosi järjestelmästä toiseen,
- vastustaa oikeutettuun etuun perustuvaa käsittelyä,
- peruuttaa antamasi suostumus milloin tahansa.

Voit poistaa tilisi itse tilinhallinnassa tai lähettämällä pyynnön osoitteeseen [privacy@kilpivpn.com](mailto:privacy@kilpivpn.com). Vastaamme pyyntöihin kuukauden kuluessa. Koska tallennamme sinusta hyvin vähän tietoja, voimme joutua pyytämään sinua kirjautumaan tilillesi tai vahvistamaan henkilöllisyytesi tilisi sähköpostiosoitteen kautta ennen kuin toteutamme pyynnön. Näin varmistamme, ettei kukaan muu pääse käsiksi tietoihisi. Jos olet luonut tilin pelkällä tilinumerolla, tarvitsemme pyynnön yhteydessä tilinumerosi. Pyyntöjen käsittely on maksutonta, mutta voimme periä kohtuullisen maksun tai kieltäytyä pyynnöstä, jos se on selvästi perusteeton tai kohtuuton. Jos katsot, että tietojesi käsittelyssä on rikottu tietosuojalainsäädäntöä, voit tehdä valituksen valvontaviranomaiselle:

@ Tietosuojavaltuutetun toimisto
@ Lintulahdenkuja 4
@ 00530 Helsinki
@ [tietosuoja.fi](https://tietosuoja.fi)

## 9. Lapset

Palvelumme on tarkoitettu täysi-ikäisille. Alle 16-vuotias voi käyttää Kilpi VPN:ää huoltajan hankkiman perhetilauksen kautta, jolloin huoltaja hallinnoi tiliä ja vastaa sen tiedoista. Jos huomaamme, että olemme vahingossa keränneet tietoja lapselta ilman huoltajan suostumusta, poistamme tiedot viipymättä.

## 10. Automaattinen päätöksenteko

Emme tee sinua koskevia päätöksiä pelkästään automaattisesti siten, että niillä olisi oikeudellisia tai vastaavia vaikutuksia. Väärinkäytösten estämiseksi järjestelmämme voi kuitenkin tilapäisesti rajoittaa tiliä, jos samalla tilillä havaitaan poikkeuksellisen monta samanaikaista yhteyttä. Tällaisen rajoituksen tarkistaa aina asiakastukemme työntekijä, jos pyydät sitä.

## 11. Evästeet

Verkkosivustollamme käytetään välttämättömiä evästeitä sekä suostumuksellasi analytiikkaevästeitä. Sovelluksissamme ei ole mainosseurantaa. Lisätietoja on [evästekäytännössämme](/fi/evasteet). Voit muuttaa evästeasetuksiasi milloin tahansa sivuston alareunan Evästeasetukset-linkistä.

## 12. Muutokset tähän käytäntöön

Päivitämme tätä käytäntöä, kun palvelumme tai lainsäädäntö muuttuu. Ilmoitamme olennaisista muutoksista sähköpostitse tai sovelluksessa vähintään 30 päivää ennen niiden voimaantuloa.
"""

EDITS = [
    {"note": "processor added: Paddle as reseller/merchant of record",
     "repl": [("| Stripe Payments Europe Ltd | korttimaksujen käsittely | Irlanti |",
               "| Stripe Payments Europe Ltd | korttimaksujen käsittely | Irlanti |\n"
               "| Paddle.com Market Ltd | jälleenmyynti ja maksujen käsittely | Iso-Britannia |")]},
    {"note": "account data retention cut from 24 to 12 months after the subscription ends",
     "repl": [("tilauksen voimassaolo ja 24 kuukautta sen päättymisestä",
               "tilauksen voimassaolo ja 12 kuukautta sen päättymisestä")]},
    {"note": "subsection on the Threat Protection DNS filter added to section 3",
     "repl": [("### Verkkosivuston käyttö",
               "### Uhkasuojaus\n\nJos otat käyttöön Uhkasuojaus-toiminnon, sovellus vertaa avaamiesi "
               "verkkotunnusten nimiä haitallisten sivustojen estolistaan. Vertailu tehdään laitteellasi tai "
               "VPN-palvelimen muistissa, eikä estettyjä tai sallittuja verkkotunnuksia tallenneta. Sovellus "
               "näyttää vain laitteella säilytettävän laskurin estetyistä uhista.\n\n"
               "### Verkkosivuston käyttö")]},
    {"note": "typo fixed ('maksupalveluntarjoajamne' -> 'maksupalveluntarjoajamme'), no new date", "bump": False,
     "repl": [("maksupalveluntarjoajamne", "maksupalveluntarjoajamme")]},
    {"note": "controller's address changed (office move)",
     "repl": [("@ Porkkalankatu 24\n@ 00180 Helsinki", "@ Salmisaarenranta 7 H\n@ 00180 Helsinki")]},
]

IPS = [("51.158.%d.%d", "Scaleway", "Ranska"), ("141.94.%d.%d", "OVH SAS", "Ranska"),
       ("5.75.%d.%d", "Hetzner Online GmbH", "Saksa"), ("95.216.%d.%d", "Hetzner Online GmbH", "Suomi")]

CAMPAIGNS = {1: "Tammikuun ale", 2: "Talviale", 3: "Kevätale", 4: "Kevätale", 5: "Kevätale", 6: "Kesäale",
             7: "Kesäale", 8: "Kesäale", 9: "Syysale", 10: "Syysale", 11: "Black Friday", 12: "Joulutarjous"}


def noise(rng, when, i, prev):
    p = prev or {}

    def ip():
        fmt, isp, country = rng.choice(IPS)
        return (fmt % (rng.randint(1, 254), rng.randint(1, 254)), isp, country)

    nuxt3 = when >= NUXT3_SINCE
    if p.get("nuxt3") != nuxt3:
        p = {}
    nxt = dt.date(when.year + (when.month == 12), when.month % 12 + 1, 1)
    days_left = (nxt - when.date()).days
    return {
        "nuxt3": nuxt3,
        "ip": C.keep_or(rng, p.get("ip"), 0.1, ip),
        "campaign": (CAMPAIGNS[when.month], 68 + (when.year * 7 + when.month * 3) % 13, days_left),
        "servers": 2810 + ((when.year - 2022) * 12 + when.month) * 17,
        "build": C.keep_or(rng, p.get("build"), 0.15,
                           lambda: [C.alnum(rng, 8, "abcdef0123456789" if not nuxt3 else
                                            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                                    for _ in range(5)] + [C.uuid4(rng)]),
        "scope": C.keep_or(rng, p.get("scope"), 0.06, lambda: [C.hexs(rng, 8) for _ in range(4)]),
        "entry": C.keep_or(rng, p.get("entry"), 0.12, lambda: C.hexs(rng, 12)),
    }


LABELS = {"nuxt3": "Nuxt 2 -> Nuxt 3 upgrade (template change)", "ip": "header 'your IP' widget",
          "campaign": "campaign bar with days-left countdown", "servers": "footer server count",
          "build": "_nuxt build hashes", "scope": "Vue scoped data-v-* ids (one on the declared container)",
          "entry": "Contentful entry revision"}


def _inl(t):
    return C.inline_html(t)


def rt_html(blocks, frag=False):
    """Contentful rich text as the renderers emit it: paragraphs in list items and table cells, tables without
    thead; Nuxt 3's vue renderer adds fragment comments."""
    out = []
    o, c = ("<!--[-->", "<!--]-->") if frag else ("", "")
    for kind, v in blocks:
        if kind in ("h1", "h2", "h3"):
            out.append("<%s>%s</%s>" % (kind, _inl(v), kind))
        elif kind == "p":
            out.append("<p>%s</p>" % _inl(v))
        elif kind in ("ul", "ol"):
            out.append("<%s>%s%s%s</%s>" % (kind, o, "".join("<li><p>%s</p></li>" % _inl(x) for x in v), c, kind))
        elif kind == "table":
            rows = ["<tr>%s</tr>" % "".join("<th><p>%s</p></th>" % _inl(x) for x in v[0])]
            rows += ["<tr>%s</tr>" % "".join("<td><p>%s</p></td>" % _inl(x) for x in r) for r in v[1:]]
            out.append("<table><tbody>%s%s%s</tbody></table>" % (o, "".join(rows), c))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br/>".join(_inl(x) for x in v))
    return (o if frag else "") + "".join(out) + (c if frag else "")


def rt_json(blocks):
    nodes = []
    for kind, v in blocks:
        if kind in ("h1", "h2", "h3"):
            nodes.append({"nodeType": "heading-" + kind[1], "content": [{"nodeType": "text", "value": v}]})
        elif kind in ("p",):
            nodes.append({"nodeType": "paragraph", "content": [{"nodeType": "text", "value": v}]})
        elif kind == "addr":
            nodes.append({"nodeType": "paragraph", "content": [{"nodeType": "text", "value": "\n".join(v)}]})
        elif kind in ("ul", "ol"):
            nodes.append({"nodeType": "unordered-list" if kind == "ul" else "ordered-list",
                          "content": [{"nodeType": "list-item", "content": [{"nodeType": "paragraph", "content": [
                              {"nodeType": "text", "value": x}]}]} for x in v]})
        elif kind == "table":
            nodes.append({"nodeType": "table", "content": [{"nodeType": "table-row", "content": [
                {"nodeType": "table-cell", "content": [{"nodeType": "paragraph", "content": [
                    {"nodeType": "text", "value": x}]}]} for x in r]} for r in v]})
    return {"nodeType": "document", "data": {}, "content": nodes}


def render(s, blocks, when):
    title = blocks[0][1]
    body_blocks = blocks[1:]
    ip, isp, country = s["ip"]
    camp, pct, days = s["campaign"]
    b = s["build"]
    sc = s["scope"]
    servers = "{:,}".format(s["servers"]).replace(",", "\u00a0")
    days_txt = "huomenna" if days == 1 else "%d päivän kuluttua" % days
    nav = ("<ul class=\"legal-nav__list\" data-v-{sc3}><li data-v-{sc3}><a href=\"/fi/kayttoehdot\" data-v-{sc3}>"
           "Käyttöehdot</a></li><li data-v-{sc3}><a href=\"/fi/tietosuojakaytanto\" aria-current=\"page\" "
           "class=\"nuxt-link-exact-active nuxt-link-active\" data-v-{sc3}>Tietosuojakäytäntö</a></li>"
           "<li data-v-{sc3}><a href=\"/fi/evasteet\" data-v-{sc3}>Evästeet</a></li><li data-v-{sc3}><a "
           "href=\"/fi/lapinakyvyys\" data-v-{sc3}>Läpinäkyvyysraportti</a></li></ul>").format(sc3=sc[3])
    if s["nuxt3"]:
        nav = nav.replace(' class="nuxt-link-exact-active nuxt-link-active"',
                          ' class="router-link-active router-link-exact-active"')
    app = """<div class="app" data-v-{sc0}><div class="promo-bar" data-v-{sc0}><span class="promo-bar__name" data-v-{sc0}>{camp}:</span> Kilpi VPN 2 vuotta −{pct} % + 3 kk kaupan päälle <span class="promo-bar__timer" data-v-{sc0}>· Tarjous päättyy {days_txt}</span> <a href="/fi/hinnoittelu?coupon={coupon}" class="promo-bar__cta" data-v-{sc0}>Hyödynnä tarjous</a></div> <header class="site-header" data-v-{sc1}><div class="ip-status ip-status--unprotected" data-v-{sc1}><span data-v-{sc1}>IP-osoitteesi: <strong data-v-{sc1}>{ip}</strong></span> <span data-v-{sc1}>Palveluntarjoaja: {isp}</span> <span data-v-{sc1}>Sijainti: {country}</span> <span class="ip-status__state" data-v-{sc1}>Tila: Suojaamaton</span></div> <div class="site-header__bar container" data-v-{sc1}><a href="/fi" class="site-header__logo{active}" data-v-{sc1}><img src="/logo-kilpi.svg" alt="Kilpi VPN" width="132" height="32" data-v-{sc1}></a> <nav class="site-header__nav" data-v-{sc1}><a href="/fi/ominaisuudet" data-v-{sc1}>Ominaisuudet</a> <a href="/fi/palvelimet" data-v-{sc1}>Palvelimet</a> <a href="/fi/hinnoittelu" data-v-{sc1}>Hinnoittelu</a> <a href="/fi/lataa" data-v-{sc1}>Lataa</a> <a href="https://tuki.kilpivpn.com/hc/fi" data-v-{sc1}>Tuki</a></nav> <a href="https://my.kilpivpn.com/login?lang=fi" class="btn btn--ghost" data-v-{sc1}>Kirjaudu</a> <a href="/fi/hinnoittelu" class="btn btn--primary" data-v-{sc1}>Hanki Kilpi VPN</a></div></header> <main class="legal-page" data-v-{sc2}><div class="container legal-page__grid" data-v-{sc2}><aside class="legal-nav" data-v-{sc2}>{nav}</aside> <article class="legal-page__content rich-text" data-v-{sc2}><h1 class="legal-page__title" data-v-{sc2}>{title}</h1> <div class="rich-text__body" data-v-{sc2}>{body}</div></article></div></main> <footer class="site-footer" data-v-{sc0}><div class="container" data-v-{sc0}><p class="site-footer__stats" data-v-{sc0}>Yli {servers} palvelinta 94 maassa</p> <ul class="site-footer__links" data-v-{sc0}><li data-v-{sc0}><a href="/fi/meista" data-v-{sc0}>Meistä</a></li><li data-v-{sc0}><a href="/fi/ura" data-v-{sc0}>Ura</a></li><li data-v-{sc0}><a href="/fi/tietosuojakaytanto" data-v-{sc0}>Tietosuoja</a></li><li data-v-{sc0}><a href="/fi/evasteet" data-v-{sc0}>Evästeasetukset</a></li></ul> <p class="site-footer__copy" data-v-{sc0}>© {year} Kilpi Security Oy · Made in Finland</p></div></footer></div>""".format(
        sc0=sc[0], sc1=sc[1], sc2=sc[2], camp=camp, pct=pct, days_txt=days_txt,
        coupon=camp.upper().replace(" ", "").replace("Ä", "A") + str(when.year), ip=ip, isp=isp, country=country,
        active=" router-link-active" if s["nuxt3"] else " nuxt-link-active",
        nav=nav, title=html.escape(title), body=rt_html(body_blocks, frag=s["nuxt3"]), servers=servers,
        year=when.year)
    entry = {"sys": {"id": "5aKq0rTxWm3hYbL2cN8vPe", "type": "Entry", "revision": int(s["entry"][:2], 16) % 40 + 3,
                     "updatedAt": "%sT%s" % (when.date() - dt.timedelta(days=int(s["entry"][2:4], 16) % 30),
                                             "09:14:22.118Z"), "locale": "fi"},
             "fields": {"title": title, "slug": "tietosuojakaytanto", "body": rt_json(body_blocks)}}
    if not s["nuxt3"]:
        js = ["/_nuxt/%s.js" % h for h in b[:4]]
        payload = ("window.__NUXT__=(function(a,b,c,d){return {layout:\"default\",data:[{page:%s}],fetch:{},"
                   "error:null,state:{geo:{ip:\"%s\",country:\"%s\",protected:false},i18n:{routeParams:{}}},"
                   "serverRendered:true,routePath:\"\\u002Ffi\\u002Ftietosuojakaytanto\",config:{_app:{basePath:"
                   "\"\\u002F\",assetsPath:\"\\u002F_nuxt\\u002F\",cdnURL:null}}}}(\"fi\",false,null,\"FI\"));"
                   % (json.dumps(entry, ensure_ascii=False), ip, country))
        return ("""<!doctype html>
<html data-n-head-ssr lang="fi" data-n-head="%%7B%%22lang%%22:%%7B%%22ssr%%22:%%22fi%%22%%7D%%7D">
  <head >
    <title>Tietosuojakäytäntö | Kilpi VPN</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" data-hid="description" name="description" content="Lue, miten Kilpi VPN käsittelee tietojasi. Emme tallenna lokeja verkkoliikenteestäsi."><meta data-n-head="ssr" data-hid="og:title" property="og:title" content="Tietosuojakäytäntö | Kilpi VPN"><link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico"><link data-n-head="ssr" rel="canonical" href="%(url)s"><link data-n-head="ssr" rel="alternate" hreflang="en" href="https://kilpivpn.com/privacy-policy"><link data-n-head="ssr" rel="alternate" hreflang="sv" href="https://kilpivpn.com/sv/integritetspolicy"><script data-n-head="ssr" data-hid="gtm-script">if(!window._gtm_init){window._gtm_init=1;(function(w,n,d,m,e,p){w[d]=(w[d]==1||n[d]=='yes'||n[d]==1||n[m]==1||(w[e]&&w[e][p]&&w[e][p]()))?1:0})(window,navigator,'doNotTrack','msDoNotTrack','external','msTrackingProtectionEnabled');(function(w,d,s,l,x,y){w[x]={};w._gtm_inject=function(i){w[x][i]=1;w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','_gtm_ids','_gtm_inject')}</script><link rel="preload" href="%(js0)s" as="script"><link rel="preload" href="%(js1)s" as="script"><link rel="preload" href="%(js2)s" as="script"><link rel="preload" href="%(js3)s" as="script"><link rel="stylesheet" href="/_nuxt/css/%(css)s.css">
  </head>
  <body >
    <noscript data-n-head="ssr" data-hid="gtm-noscript" data-pbody="true"><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-NX4F2KQ&" height="0" width="0" style="display:none;visibility:hidden" title="gtm"></iframe></noscript><div data-server-rendered="true" id="__nuxt"><!----><div id="__layout">%(app)s</div></div><script>%(payload)s</script><script src="%(js0)s" defer></script><script src="%(js1)s" defer></script><script src="%(js2)s" defer></script><script src="%(js3)s" defer></script>
  </body>
</html>
""" % {"url": URL, "js0": js[0], "js1": js[1], "js2": js[2], "js3": js[3], "css": b[4], "app": app,
       "payload": payload})
    data = json.dumps([["ShallowReactive", 1], {"data": 2, "state": 5, "once": 8, "_errors": 9,
                                                "serverRendered": 11, "path": 12},
                       ["ShallowReactive", 3], {"legal-tietosuojakaytanto-fi": 4}, entry,
                       ["Reactive", 6], {"$sgeo": 7}, {"ip": ip, "country": country, "protected": False},
                       ["Set"], ["ShallowReactive", 10], {"legal-tietosuojakaytanto-fi": -1}, True,
                       "/fi/tietosuojakaytanto"], ensure_ascii=False, separators=(",", ":"))
    return ("""<!DOCTYPE html>
<html lang="fi" data-capo=""><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tietosuojakäytäntö | Kilpi VPN</title>
<link rel="stylesheet" href="/_nuxt/entry.%(css)s.css">
<link rel="stylesheet" href="/_nuxt/LegalPage.%(b3)s.css">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%(b0)s.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%(b1)s.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%(b2)s.js">
<link rel="prefetch" as="image" type="image/svg+xml" href="/_nuxt/flags.%(b3)s.svg">
<script type="module" src="/_nuxt/%(b0)s.js" crossorigin></script>
<meta name="description" content="Lue, miten Kilpi VPN käsittelee tietojasi. Emme tallenna lokeja verkkoliikenteestäsi.">
<meta property="og:title" content="Tietosuojakäytäntö | Kilpi VPN">
<link rel="canonical" href="%(url)s">
<link rel="alternate" hreflang="en" href="https://kilpivpn.com/privacy-policy">
<link rel="alternate" hreflang="sv" href="https://kilpivpn.com/sv/integritetspolicy">
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-NX4F2KQ');</script></head><body><div id="__nuxt"><!--[-->%(app)s<!--]--></div><div id="teleports"></div><script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">%(data)s</script>
<script>window.__NUXT__={};window.__NUXT__.config={public:{contentfulSpace:"x7q2mb1k9d0f",contentfulEnv:"master",gtm:{id:"GTM-NX4F2KQ"}},app:{baseURL:"/",buildId:"%(bid)s",buildAssetsDir:"/_nuxt/",cdnURL:""}}</script></body></html>
""" % {"css": b[4][:8], "b0": b[0], "b1": b[1], "b2": b[2], "b3": b[3], "url": URL, "app": app, "data": data,
       "bid": b[5]})


PAGE = {
    "service": "Kilpi VPN",
    "url": URL,
    "lang": "fi",
    "platform": "Nuxt 2 -> Nuxt 3 (2024-06) on Contentful, Vercel",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Vercel"), ("X-Vercel-Cache", "MISS"), ("Cache-Control", "public, max-age=0, must-revalidate"),
                      ("Strict-Transport-Security", "max-age=63072000")),
    "n": 31,
    "start": dt.date(2022, 8, 15),
    "end": dt.date(2025, 4, 30),
    "hours": (3, 15),
    "policy": POLICY,
    "first_updated": dt.date(2022, 3, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".legal-page__content"},
}
