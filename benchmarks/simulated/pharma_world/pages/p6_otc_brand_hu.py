"""Over-the-counter analgesic brand of a consumer-health company, Hungarian, on Adobe Experience Manager as a
Cloud Service (Core Components, responsive grid, data layer), behind Akamai. The declared container (the
"legal-page" container component) holds the title, the text component and an experience-fragment promo banner
(an image-only teaser, rotating between products, its data-layer and image timestamps changing): inside the
selected element, not removed (no words). Per response Akamai's bot-manager pixel token; sticky clientlib
hashes and the data layer's repo:modifyDate; the statutory OTC ad disclaimer and job code in the footer."""
import datetime as dt
import html
import json

import common as C

URL = "https://www.fevanol.hu/adatvedelmi-tajekoztato.html"

HONAP = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
         "október", "november", "december"]

POLICY = """# Adatvédelmi tájékoztató

Hatályos: {UPDATED}

A Vitarion Consumer Health Magyarország Kft. (a továbbiakban: „Társaság” vagy „mi”) a Fevanol® termékcsalád weboldalának (www.fevanol.hu) üzemeltetőjeként elkötelezett személyes adatai védelme iránt. Jelen tájékoztató ismerteti, hogy a weboldal használata, a kapcsolatfelvétel, a hírlevélre való feliratkozás, a nyereményjátékokban való részvétel és a mellékhatás-bejelentés során milyen személyes adatokat kezelünk, milyen célból és jogalapon, valamint milyen jogok illetik meg Önt.

## 1. Az adatkezelő adatai

@ Vitarion Consumer Health Magyarország Kft.
@ Székhely: 1138 Budapest, Váci út 141.
@ Cégjegyzékszám: 01-09-912345
@ E-mail: [adatvedelem@vitarion.hu](mailto:adatvedelem@vitarion.hu)
@ Telefon: +36 1 555 7310

Adatvédelmi tisztviselőnk elérhetősége: [dpo@vitarion.com](mailto:dpo@vitarion.com).

## 2. A kezelt adatok, az adatkezelés célja és jogalapja

| Adatkezelés | Kezelt adatok | Jogalap | Időtartam |
| Kapcsolatfelvétel | név, e-mail-cím, telefonszám, az üzenet tartalma | jogos érdek (GDPR 6. cikk (1) f) | a megkeresés lezárását követő 2 év |
| Hírlevél | név, e-mail-cím, érdeklődési kör | hozzájárulás (GDPR 6. cikk (1) a) | a hozzájárulás visszavonásáig |
| Mellékhatás-bejelentés | a bejelentő és az érintett beteg adatai, egészségügyi adatok | jogi kötelezettség (GDPR 6. cikk (1) c és 9. cikk (2) i) | a termék forgalombahozatali engedélyének megszűnését követő 10 év |
| Weboldal-statisztika | IP-cím, böngésző, meglátogatott oldalak | hozzájárulás (sütik) | legfeljebb 14 hónap |

A weboldalt nem 16 év alatti személyeknek szánjuk. 16 év alatti személy hírlevélre nem iratkozhat fel.

## 3. Mellékhatás-bejelentés

Ha Ön a Fevanol® termékek alkalmazásával összefüggésben feltételezett mellékhatást jelent be nekünk, a bejelentést a gyógyszerekre vonatkozó jogszabályok alapján kötelesek vagyunk rögzíteni, kiértékelni és továbbítani az Országos Gyógyszerészeti és Élelmezés-egészségügyi Intézetnek (OGYÉI), valamint szükség esetén az Európai Gyógyszerügynökségnek. A bejelentés adatait a Vitarion-csoport svájci anyavállalatának gyógyszerbiztonsági adatbázisában is tároljuk. Ezen adatok a jogszabályi megőrzési kötelezettség miatt nem törölhetők.

## 4. Sütik

A weboldal a működéshez feltétlenül szükséges sütiket, valamint az Ön hozzájárulása esetén statisztikai és marketingcélú sütiket használ. Hozzájárulását bármikor módosíthatja az oldal alján található „Sütibeállítások” hivatkozásra kattintva. A sütikről részletes tájékoztatást a [Sütitájékoztatóban](https://www.fevanol.hu/sutitajekoztato.html) talál.

## 5. Adatfeldolgozók

Személyes adatait az alábbi adatfeldolgozók kezelhetik a nevünkben, kizárólag utasításaink szerint:

| Adatfeldolgozó | Tevékenység |
| Adobe Systems Software Ireland Ltd. | a weboldal üzemeltetése és webanalitika |
| Salesforce.com EMEA Ltd. | hírlevélküldés (Marketing Cloud) |
| Pharmavigil Kft., 1117 Budapest, Október huszonharmadika utca 8–10. | mellékhatás-bejelentések fogadása |

Egyes adatfeldolgozók az Európai Gazdasági Térségen kívül is tárolhatnak adatokat. Ilyen esetben az Európai Bizottság általános szerződési feltételei vagy megfelelőségi határozata biztosítja a megfelelő védelmet.

### Közösségi média

A Fevanol® márka Facebook- és Instagram-oldalt is üzemeltet. Ha ezeken az oldalakon hozzászól, üzenetet küld vagy reagál bejegyzéseinkre, az adatkezelést a Meta Platforms Ireland Ltd.-vel közösen végezzük. A közösségi oldalainkon közzétett, mellékhatásra utaló hozzászólásokat a jogszabályok alapján mellékhatás-bejelentésként kezeljük, és szükség esetén üzenetben felvesszük Önnel a kapcsolatot.

### Termékminőségi panaszok

Ha termékeink minőségével kapcsolatban panaszt tesz (például sérült csomagolás, elszíneződött tabletta), a panasz kivizsgálása érdekében kezeljük nevét, elérhetőségét, a termék gyártási számát és a panasz leírását. Az adatkezelés jogalapja jogi kötelezettség, az adatokat a helyes gyártási gyakorlat szabályai szerint legalább 5 évig őrizzük meg. A panasz kivizsgálásához a terméket gyártó üzem részére is továbbíthatjuk az adatokat.

### Automatizált döntéshozatal

Személyes adatai alapján nem hozunk kizárólag automatizált adatkezelésen alapuló döntést, és profilalkotást sem végzünk. Hírleveleinket az Ön által megadott érdeklődési kör szerint csoportosítva küldjük ki.

## 6. Adatbiztonság

Megfelelő technikai és szervezési intézkedésekkel gondoskodunk arról, hogy személyes adatai ne kerülhessenek illetéktelen személyek birtokába, ne sérüljenek és ne vesszenek el. A weboldal titkosított (HTTPS) kapcsolaton keresztül érhető el.

### Adatvédelmi incidensek

Ha személyes adatait érintő adatvédelmi incidens következik be, azt a tudomásunkra jutástól számított 72 órán belül bejelentjük a Nemzeti Adatvédelmi és Információszabadság Hatóságnak, kivéve, ha az incidens valószínűsíthetően nem jár kockázattal az Ön jogaira nézve. Ha az incidens valószínűsíthetően magas kockázattal jár, Önt is haladéktalanul tájékoztatjuk. Az incidensekről nyilvántartást vezetünk.

### Kiskorúak

Termékeink egy része gyermekek számára is alkalmazható, ezért előfordulhat, hogy szülő vagy gondviselő jelent be mellékhatást gyermeke nevében. Ilyenkor a gyermek adatait – életkorát, testtömegét és egészségi állapotát – kizárólag a bejelentés kivizsgálásához és továbbításához használjuk fel. Gyermekektől közvetlenül nem gyűjtünk személyes adatot.

### Gyógyszerészeti szakembereknek szóló tartalmak

A weboldal gyógyszerészeknek és orvosoknak szóló, regisztrációhoz kötött részén a regisztrációhoz megadott nevet, e-mail-címet, működési nyilvántartási számot és munkahelyet kezeljük annak ellenőrzése céljából, hogy Ön jogosult-e a szakmai tartalmak megtekintésére. Az adatkezelés jogalapja jogi kötelezettség, mivel gyógyszert népszerűsítő szakmai tájékoztatás csak egészségügyi szakemberek részére tehető közzé. A regisztrációs adatokat a regisztráció törléséig őrizzük.

## 7. Az Ön jogai

Ön jogosult:

- tájékoztatást kérni személyes adatai kezeléséről, és másolatot kérni azokról;
- kérni adatai helyesbítését vagy kiegészítését;
- kérni adatai törlését, illetve kezelésük korlátozását;
- tiltakozni a jogos érdeken alapuló adatkezelés ellen;
- hozzájárulását bármikor visszavonni;
- kérni adatai hordozható formátumban történő kiadását.

Kérelmét a fenti elérhetőségeken nyújthatja be; arra legkésőbb egy hónapon belül válaszolunk. Panaszával a Nemzeti Adatvédelmi és Információszabadság Hatósághoz (NAIH, 1055 Budapest, Falk Miksa utca 9–11., postacím: 1363 Budapest, Pf. 9., [www.naih.hu](https://www.naih.hu)) fordulhat, illetve bírósághoz is fordulhat.

## 8. A tájékoztató módosítása

Fenntartjuk a jogot, hogy jelen tájékoztatót egyoldalúan módosítsuk. A módosításokról a weboldalon tájékoztatjuk látogatóinkat.
"""


def fmt_date(d):
    return "%d. %s %d." % (d.year, HONAP[d.month - 1], d.day)


EDITS = [
    {"note": "new section: nyereményjáték (prize draw) data processing",
     "repl": [("## 3. Mellékhatás-bejelentés", "### Nyereményjátékok\n\n"
               "Nyereményjátékaink során a résztvevők nevét, e-mail-címét, telefonszámát és a vásárlást igazoló blokk adatait kezeljük a játék lebonyolítása és a nyeremények kézbesítése céljából. Az adatkezelés jogalapja a hozzájárulás, a nyertesek adatait pedig a számviteli jogszabályok alapján 8 évig őrizzük meg. Az egyes játékok részletes szabályait a játékszabályzat tartalmazza.\n\n"
               "## 3. Mellékhatás-bejelentés")]},
    {"note": "contact-form retention 2 -> 1 year (table cell)",
     "repl": [("a megkeresés lezárását követő 2 év", "a megkeresés lezárását követő 1 év")]},
    {"note": "phone number changed",
     "repl": [("Telefon: +36 1 555 7310", "Telefon: +36 1 555 7300")], "bump": False},
    {"note": "processors: Salesforce replaced by Braze; OneTrust added",
     "repl": [("| Salesforce.com EMEA Ltd. | hírlevélküldés (Marketing Cloud) |",
               "| Braze Inc. | hírlevélküldés |\n| OneTrust Technology Ltd. | a sütihozzájárulások kezelése |")]},
    {"note": "rights: word 'írásban' inserted",
     "repl": [("Kérelmét a fenti elérhetőségeken nyújthatja be;", "Kérelmét írásban, a fenti elérhetőségeken nyújthatja be;")]},
]

PROMOS = [("fevanol-forte", "tavaszi-akcio"), ("fevanol-hot", "megfazas-szezon"), ("fevanol-junior", "gyermek-laz"),
          ("fevanol-gel", "izomfajdalom")]

MODS = [dt.datetime(2000, 1, 1), dt.datetime(2023, 10, 3), dt.datetime(2024, 6, 20), dt.datetime(2025, 1, 15),
        dt.datetime(2025, 7, 1)]


def noise(rng, when, i, prev):
    prev = prev or {}
    mod = [m for m in MODS if m <= when][-1]
    return {
        "akam": C.alnum(rng, 170, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + "=",
        "clientlib": C.keep_or(rng, prev.get("clientlib"), 0.2, lambda: (C.hexs(rng, 32), C.hexs(rng, 32))),
        "promo": C.keep_or(rng, prev.get("promo"), 0.4, lambda: (rng.randrange(len(PROMOS)), rng.randint(1690000000000, 1760000000000))),
        "modify": (mod + dt.timedelta(hours=rng.randint(7, 17), minutes=rng.randint(0, 59))) if prev.get("modbase") != mod else prev["modify"],
        "modbase": mod,
        "jobcode": "HU-FEV-%d-%04d" % (mod.year if mod.year > 2000 else 2023, 100 + MODS.index(mod) * 37),
    }


LABELS = {"akam": "Akamai bot-manager pixel token (per response)", "clientlib": "AEM clientlib hashes",
          "promo": "experience-fragment promo image inside the legal container", "modify": "data-layer repo:modifyDate",
          "modbase": "page republish (no text change)", "jobcode": "footer job code stamp"}


def _dl(cid, typ, mod, extra=None):
    d = {cid: {"@type": typ, "repo:modifyDate": mod.strftime("%Y-%m-%dT%H:%M:%SZ")}}
    if extra:
        d[cid].update(extra)
    return html.escape(json.dumps(d, ensure_ascii=False, separators=(",", ":")), quote=True)


def render(state, blocks, when):
    title = blocks[0][1]
    mod = state["modify"]
    pk, ts = state["promo"]
    prod, camp = PROMOS[pk]
    cl1, cl2 = state["clientlib"]
    return """<!DOCTYPE HTML>
<html lang="hu-HU">
    <head>
    <meta charset="UTF-8"/>
    <title>Adatvédelmi tájékoztató | Fevanol®</title>
    <meta name="template" content="legal-page"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <meta property="og:title" content="Adatvédelmi tájékoztató"/>
    <meta property="og:url" content="%(url)s"/>
    <link rel="canonical" href="%(url)s"/>
    <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-document-language="true" type="text/javascript" charset="UTF-8" data-domain-script="e81f0c2a-3b94-4d57-8e6a-1c7b2d9f0a43"></script>
    <script src="https://assets.adobedtm.com/2c7f9e1a0b34/5d8e1c4a7b92/launch-1f4e7a9c2d3b.min.js" async></script>
    <link rel="stylesheet" href="/etc.clientlibs/fevanol/clientlibs/clientlib-base.lc-%(cl1)s-lc.min.css" type="text/css">
    <link rel="stylesheet" href="/etc.clientlibs/fevanol/clientlibs/clientlib-site.lc-%(cl2)s-lc.min.css" type="text/css">
</head>
    <body class="page basicpage" id="page-7e2b1c90d4" data-cmp-link-accessibility-enabled data-cmp-link-accessibility-text="új lapon nyílik meg" data-cmp-data-layer-enabled data-cmp-data-layer-name="adobeDataLayer">
        <script>
          window.adobeDataLayer = window.adobeDataLayer || [];
          adobeDataLayer.push({
              page: JSON.parse("{\\"page\\u002D7e2b1c90d4\\":{\\"@type\\":\\"fevanol\\/components\\/page\\",\\"repo:modifyDate\\":\\"%(mod)s\\",\\"dc:title\\":\\"Adatvédelmi tájékoztató\\",\\"xdm:template\\":\\"\\/conf\\/fevanol\\/settings\\/wcm\\/templates\\/legal-page\\",\\"xdm:language\\":\\"hu-HU\\",\\"repo:path\\":\\"\\/content\\/fevanol\\/hu\\/adatvedelmi-tajekoztato.html\\"}}"),
              event:'cmp:show',
              eventInfo: { path: 'page.page\\u002D7e2b1c90d4' }
          });
        </script>
        <div class="root container responsivegrid">
    <div id="container-0b3f7a2e91" class="cmp-container">
        <div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">
    <div class="experiencefragment aem-GridColumn aem-GridColumn--default--12">
<div id="experiencefragment-header" class="cmp-experiencefragment cmp-experiencefragment--header">
<header class="cmp-header">
  <a class="cmp-header__logo" href="/hu.html"><img src="/content/dam/fevanol/logo/fevanol-logo.svg" alt="Fevanol"/></a>
  <nav class="cmp-navigation" itemscope itemtype="http://schema.org/SiteNavigationElement" aria-label="Főmenü">
    <ul class="cmp-navigation__group">
      <li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/termekek.html" class="cmp-navigation__item-link">Termékek</a></li>
      <li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/fajdalomrol.html" class="cmp-navigation__item-link">A fájdalomról</a></li>
      <li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/lazcsillapitas.html" class="cmp-navigation__item-link">Lázcsillapítás</a></li>
      <li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/patikakereso.html" class="cmp-navigation__item-link">Patikakereső</a></li>
    </ul>
  </nav>
</header>
</div>
</div>
<div class="container responsivegrid legal-page aem-GridColumn aem-GridColumn--default--12">
    <div id="container-legal-4c1e9b" class="cmp-container">
        <div class="title">
<div data-cmp-data-layer="%(dl_title)s" id="title-5a2f8e71c3" class="cmp-title">
    <h1 class="cmp-title__text">%(title)s</h1>
</div>
</div>
<div class="text">
<div data-cmp-data-layer="%(dl_text)s" id="text-91d04b6e2f" class="cmp-text">
    %(body)s
</div>
</div>
<div class="experiencefragment">
<div id="experiencefragment-2b7c91e0aa" class="cmp-experiencefragment cmp-experiencefragment--promo-%(camp)s">
<div class="xf-content-height">
<div class="image"><div data-cmp-is="image" data-cmp-lazy data-cmp-src="/content/experience-fragments/fevanol/hu/promo/%(camp)s/_jcr_content/root/image.coreimg.{.width}.jpeg/%(ts)d/%(camp)s.jpeg" data-asset-id="%(aid)s" data-cmp-data-layer="%(dl_img)s" id="image-%(iid)s" class="cmp-image" itemscope itemtype="http://schema.org/ImageObject">
    <a class="cmp-image__link" href="/termekek/%(prod)s.html" data-cmp-clickable><img src="/content/experience-fragments/fevanol/hu/promo/%(camp)s/_jcr_content/root/image.coreimg.jpeg/%(ts)d/%(camp)s.jpeg" loading="lazy" class="cmp-image__image" itemprop="contentUrl" width="1200" height="400" alt=""/></a>
    <meta itemprop="caption" content=""/>
</div></div>
</div></div>
</div>
    </div>
</div>
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12">
<div id="experiencefragment-footer" class="cmp-experiencefragment cmp-experiencefragment--footer">
<footer class="cmp-footer">
  <div class="cmp-footer__ae">
    <p><strong>Mellékhatás bejelentése:</strong> ha a Fevanol® alkalmazása során bármilyen mellékhatást tapasztal, kérjük, jelezze a <a href="mailto:mellekhatas@vitarion.hu">mellekhatas@vitarion.hu</a> címen vagy a +36 1 555 7399-es telefonszámon. Mellékhatást közvetlenül az OGYÉI-nek is bejelenthet.</p>
  </div>
  <div class="cmp-footer__pi">
    <p>Fevanol® 500 mg filmtabletta. Hatóanyag: paracetamol. Vény nélkül kapható gyógyszer.</p>
    <p><strong>A kockázatokról és a mellékhatásokról olvassa el a betegtájékoztatót, vagy kérdezze meg kezelőorvosát, gyógyszerészét!</strong></p>
  </div>
  <ul class="cmp-footer__links">
    <li><a href="/adatvedelmi-tajekoztato.html">Adatvédelmi tájékoztató</a></li>
    <li><a href="/sutitajekoztato.html">Sütitájékoztató</a></li>
    <li><a href="/jogi-nyilatkozat.html">Jogi nyilatkozat</a></li>
    <li><a href="#" class="ot-sdk-show-settings">Sütibeállítások</a></li>
  </ul>
  <p class="cmp-footer__legal">© %(year)d Vitarion Consumer Health Magyarország Kft. · %(jobcode)s · Lezárás dátuma: %(closed)s</p>
</footer>
</div>
</div>
        </div>
    </div>
</div>
        <script src="/etc.clientlibs/core/wcm/components/commons/datalayer/v2/clientlibs/core.wcm.components.commons.datalayer.v2.lc-1e0136bad0acfb78be509234578e44f9-lc.min.js"></script>
        <script src="/etc.clientlibs/fevanol/clientlibs/clientlib-site.lc-%(cl2)s-lc.min.js"></script>
    <script type="text/javascript"  src="/Hd_yZ3/8kQ/Lx/0wVb/akam/13/pixel_5f2c81a7" defer></script><noscript><img src="https://www.fevanol.hu/akam/13/pixel_5f2c81a7?a=%(akam)s&" style="visibility: hidden; position: absolute; left: -999px; top: -999px;" /></noscript>
</body>
</html>
""" % {"url": URL, "cl1": state["clientlib"][0], "cl2": cl2, "mod": mod.strftime("%Y-%m-%dT%H:%M:%SZ"),
       "dl_title": _dl("title-5a2f8e71c3", "fevanol/components/title", mod, {"dc:title": title}),
       "dl_text": _dl("text-91d04b6e2f", "fevanol/components/text", mod),
       "dl_img": _dl("image-" + C.det_sha(camp)[:10], "fevanol/components/image", mod + dt.timedelta(days=-3),
                     {"xdm:linkURL": "/termekek/%s.html" % prod}),
       "iid": C.det_sha(camp)[:10], "aid": C.det_uuid("asset", camp), "title": html.escape(title),
       "body": C.blocks_html(blocks[1:]), "camp": camp, "ts": ts, "prod": prod, "year": when.year,
       "jobcode": state["jobcode"], "closed": "%d.%02d." % (state["modbase"].year if state["modbase"].year > 2000 else 2023,
                                                          state["modbase"].month if state["modbase"].year > 2000 else 6),
       "akam": state["akam"]}


PAGE = {
    "service": "Fevanol",
    "url": URL,
    "lang": "hu-HU",
    "platform": "Adobe Experience Manager as a Cloud Service (Core Components), Akamai, OneTrust, Adobe Launch",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "AkamaiGHost"), ("X-Vhost", "publish"), ("X-Dispatcher", "dispatcher1euwest1"),
                      ("Cache-Control", "max-age=300")),
    "n": 30,
    "start": dt.date(2023, 5, 1),
    "end": dt.date(2025, 11, 15),
    "policy": POLICY,
    "first_updated": dt.date(2023, 2, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".legal-page > .cmp-container"},
}
