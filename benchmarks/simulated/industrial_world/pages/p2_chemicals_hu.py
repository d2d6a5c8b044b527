"""PannonChem Nyrt. (chemicals group, Dunaújváros), Hungarian: AEM as a Cloud Service, Core Components.
Stock ticker in the header experience fragment; "last modified" stamp, PDF download box and data-layer attributes
inside the selected style-system container."""
import datetime as dt
import html
import json
import math

import common as C

URL = "https://www.pannonchem.hu/hu/adatvedelem.html"
MONTHS = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
          "október", "november", "december"]

POLICY = """# Adatkezelési tájékoztató

Hatályos: {UPDATED}

A PannonChem Vegyipari Nyrt. (a továbbiakban: PannonChem vagy Adatkezelő) elkötelezett a személyes adatok védelme iránt. Jelen tájékoztató ismerteti, hogy a www.pannonchem.hu weboldal látogatóinak, üzleti partnereink kapcsolattartóinak, befektetőinknek, álláspályázóinknak és telephelyeink látogatóinak személyes adatait milyen célból, milyen jogalapon és meddig kezeljük, valamint hogy az érintettek milyen jogokkal élhetnek. Az adatkezelésre az Európai Parlament és a Tanács (EU) 2016/679 rendelete (általános adatvédelmi rendelet, GDPR), valamint az információs önrendelkezési jogról és az információszabadságról szóló 2011. évi CXII. törvény (Infotv.) rendelkezései irányadók.

## 1. Az Adatkezelő adatai

@ PannonChem Vegyipari Nyrt.
@ Székhely: 2400 Dunaújváros, Vegyész utca 1.
@ Cégjegyzékszám: Cg. 07-10-001234
@ Adószám: 12345678-2-07
@ Telefon: +36 25 555 1000
@ E-mail: [adatvedelem@pannonchem.hu](mailto:adatvedelem@pannonchem.hu)

## 2. Az adatvédelmi tisztviselő elérhetősége

Adatvédelmi kérdéseivel közvetlenül is fordulhat adatvédelmi tisztviselőnkhöz:

@ dr. Kovács Eszter
@ E-mail: [dpo@pannonchem.hu](mailto:dpo@pannonchem.hu)
@ Telefon: +36 25 555 1234

## 3. Az adatkezelések áttekintése

Az alábbi táblázat összefoglalja a PannonChem által végzett legfontosabb adatkezeléseket:

| Az adatkezelés célja | Kezelt adatok | Jogalap | Megőrzési idő |
| Kapcsolatfelvétel webes űrlapon vagy e-mailben | név, e-mail-cím, telefonszám, cégnév, az üzenet tartalma | GDPR 6. cikk (1) f) – jogos érdek | az ügy lezárását követő 1 év |
| Üzleti partnerek kapcsolattartóinak nyilvántartása | név, beosztás, munkahelyi e-mail-cím és telefonszám | GDPR 6. cikk (1) f) – jogos érdek | a szerződés megszűnését követő 5 év |
| Biztonsági adatlapok (SDS) és termékinformációk megküldése | név, e-mail-cím, cégnév, kért termék | GDPR 6. cikk (1) b) és c) – REACH-rendelet 31. cikk | 10 év |
| Számviteli bizonylatok megőrzése | számlázási név és cím, bankszámlaszám | GDPR 6. cikk (1) c) – Számv. tv. 169. § | 8 év |
| Befektetői hírlevél és tőzsdei közzétételek értesítője | név, e-mail-cím | GDPR 6. cikk (1) a) – hozzájárulás | a hozzájárulás visszavonásáig |
| Álláspályázatok kezelése | önéletrajzban megadott adatok, motivációs levél | GDPR 6. cikk (1) a) – hozzájárulás | a kiválasztási eljárás lezárását követő 6 hónap |
| Telephelyi beléptetés | név, cégnév, gépjármű rendszáma, belépés és kilépés időpontja | GDPR 6. cikk (1) c) és f) | 90 nap |

A weboldal meglátogatásakor szervereink automatikusan naplózzák a látogató IP-címét, a látogatás időpontját, a megtekintett oldalak címét, valamint a böngésző és az operációs rendszer típusát. A naplófájlokat kizárólag a weboldal biztonságos működésének biztosítása és az esetleges támadások felderítése érdekében, jogos érdekünk alapján kezeljük, és 30 nap elteltével automatikusan töröljük.

Amennyiben a személyes adatok megadása szerződés megkötésének vagy jogszabályi kötelezettség teljesítésének feltétele, az adatok megadásának elmaradása esetén az ajánlatkérést, illetve a szerződéskötést nem tudjuk teljesíteni.

## 4. Sütik (cookie-k)

Weboldalunk a működéséhez elengedhetetlen sütiket használ. Statisztikai és marketingcélú sütiket kizárólag az Ön kifejezett hozzájárulása alapján helyezünk el, amelyet a weboldal alján található „Süti-beállítások” hivatkozásra kattintva bármikor módosíthat vagy visszavonhat. Az egyes sütikről részletes leírást a [Süti-tájékoztatóban](/hu/suti-tajekoztato.html) talál.

## 5. Adatfeldolgozók

A személyes adatokhoz a PannonChem kizárólag azon munkatársai férhetnek hozzá, akiknek feladatuk ellátásához erre szükségük van. Személyes adatait az alábbi adatfeldolgozók részére továbbítjuk, akik az adatokat kizárólag a megbízásunk alapján és utasításaink szerint kezelik:

| Adatfeldolgozó | Tevékenység | Székhely |
| Adobe Systems Software Ireland Ltd. | a weboldal üzemeltetése és tárhelyszolgáltatás | Írország |
| OneTrust Technology Limited | a sütikhez adott hozzájárulások kezelése | Egyesült Királyság |
| SAP Hungary Kft. | vállalatirányítási rendszer (SAP S/4HANA) | Magyarország |
| Magyar Telekom Nyrt. | informatikai infrastruktúra és adatközpont | Magyarország |
| Profession.hu Kft. | álláshirdetések és pályázatok fogadása | Magyarország |

## 6. Befektetői kapcsolatok és részvénykönyv

A PannonChem részvényei a Budapesti Értéktőzsdén forognak. A részvényesek adatait a részvénykönyv vezetése céljából a Polgári Törvénykönyvről szóló 2013. évi V. törvény és a tőkepiacról szóló 2001. évi CXX. törvény alapján kezeljük. A részvénykönyv vezetését a KELER Központi Értéktár Zrt. látja el. A közgyűlésen való részvétel és a szavazati jog gyakorlása céljából a részvényesi azonosítás eredményét a közgyűlést követő 5 évig őrizzük meg.

A befektetői hírlevélre a weboldal „Befektetők” menüpontjában lehet feliratkozni. A feliratkozás kettős megerősítéssel történik, a hírlevélről pedig minden levél alján található hivatkozással bármikor leiratkozhat. A hírlevél kiküldéséhez nem használunk nyomkövető pixeleket.

## 7. Adattovábbítás harmadik országba

Az Egyesült Királyságba történő adattovábbítás az Európai Bizottság megfelelőségi határozata alapján történik. Egyéb harmadik országba csak akkor továbbítunk személyes adatot, ha az adott országra megfelelőségi határozat vonatkozik, vagy az adattovábbításra az Európai Bizottság által elfogadott általános szerződési feltételek alapján kerül sor.

## 8. Adatbiztonság

Megfelelő technikai és szervezési intézkedésekkel gondoskodunk arról, hogy a személyes adatok védve legyenek a jogosulatlan hozzáférés, megváltoztatás, továbbítás, nyilvánosságra hozatal, törlés vagy megsemmisítés, valamint a véletlen megsemmisülés ellen. Informatikai rendszereink az ISO/IEC 27001 szabvány szerint tanúsítottak. A személyes adatokhoz hozzáférő munkatársainkat titoktartási kötelezettség terheli, és rendszeres adatvédelmi oktatásban részesülnek. Adatvédelmi incidens esetén a jogszabályban előírt határidőn belül értesítjük a felügyeleti hatóságot, és – ha az incidens valószínűsíthetően magas kockázattal jár – az érintetteket is.

## 9. Az érintettek jogai

Az adatkezeléssel összefüggésben Ön jogosult:

- tájékoztatást kérni személyes adatai kezeléséről és hozzáférni azokhoz (GDPR 15. cikk),
- kérni adatai helyesbítését (GDPR 16. cikk),
- kérni adatai törlését (GDPR 17. cikk),
- kérni az adatkezelés korlátozását (GDPR 18. cikk),
- élni az adathordozhatósághoz való jogával (GDPR 20. cikk),
- tiltakozni a jogos érdeken alapuló adatkezelés ellen (GDPR 21. cikk),
- hozzájárulását bármikor visszavonni, ami nem érinti a visszavonás előtti adatkezelés jogszerűségét.

Automatizált döntéshozatalt, ideértve a profilalkotást is, nem alkalmazunk.

Kérelmét a fenti elérhetőségeken terjesztheti elő. A kérelmet indokolatlan késedelem nélkül, de legfeljebb egy hónapon belül megválaszoljuk.

## 10. Jogorvoslati lehetőségek

Amennyiben úgy ítéli meg, hogy személyes adatainak kezelése sérti a jogszabályokat, panaszt tehet a Nemzeti Adatvédelmi és Információszabadság Hatóságnál:

@ Nemzeti Adatvédelmi és Információszabadság Hatóság (NAIH)
@ 1055 Budapest, Falk Miksa utca 9–11.
@ Postacím: 1363 Budapest, Pf. 9.
@ Telefon: +36 1 391 1400
@ E-mail: [ugyfelszolgalat@naih.hu](mailto:ugyfelszolgalat@naih.hu)

Jogai megsértése esetén bírósághoz is fordulhat. A per – választása szerint – a lakóhelye vagy tartózkodási helye szerinti törvényszék előtt is megindítható.
"""

EDITS = [
    {"note": "retention of contact requests: 1 year -> 2 years",
     "repl": [("az ügy lezárását követő 1 év", "az ügy lezárását követő 2 év")]},
    {"note": "processor added to the table (Workday: recruiting system)",
     "repl": [("| Profession.hu Kft. | álláshirdetések és pályázatok fogadása | Magyarország |",
               "| Profession.hu Kft. | álláshirdetések és pályázatok fogadása | Magyarország |\n"
               "| Workday Limited | toborzási és HR-rendszer | Írország |")]},
    {"note": "new data protection officer (name, e-mail, phone)",
     "repl": [("@ dr. Kovács Eszter\n@ E-mail: [dpo@pannonchem.hu](mailto:dpo@pannonchem.hu)\n@ Telefon: +36 25 555 1234",
               "@ dr. Szabó Márton\n@ E-mail: [dpo@pannonchem.hu](mailto:dpo@pannonchem.hu)\n@ Telefon: +36 25 555 1290")]},
    {"note": "section 11 added: CCTV at the plants",
     "repl": [("a lakóhelye vagy tartózkodási helye szerinti törvényszék előtt is megindítható.",
               "a lakóhelye vagy tartózkodási helye szerinti törvényszék előtt is megindítható.\n\n"
               "## 11. Kamerás megfigyelés a telephelyeken\n\n"
               "Gyártótelepeinken a vagyon, a veszélyes anyagok és a munkavállalók védelme, valamint az üzemi "
               "balesetek kivizsgálása érdekében elektronikus megfigyelőrendszert üzemeltetünk. A kamerák "
               "elhelyezéséről a bejáratoknál kihelyezett piktogramok és részletes tájékoztató adnak felvilágosítást. "
               "A felvételeket – felhasználás hiányában – 30 nap elteltével töröljük. Az adatkezelés jogalapja a "
               "GDPR 6. cikk (1) f) pontja szerinti jogos érdek, valamint a személy- és vagyonvédelmi tevékenységről "
               "szóló 2005. évi CXXXIII. törvény.")]},
    {"note": "word inserted: 'kizárólag' before the list of processors' purposes (transfer sentence)",
     "repl": [("Személyes adatait az alábbi adatfeldolgozók részére továbbítjuk",
               "Személyes adatait kizárólag az alábbi adatfeldolgozók részére továbbítjuk")]},
]


def fmt_date(d):
    return "%d. %s %d." % (d.year, MONTHS[d.month - 1], d.day)


def huf(x):
    s = "{:,}".format(int(x)).replace(",", "\u00a0")
    return s + "\u00a0Ft"


def noise(rng, when, i, prev):
    prev = prev or {}
    deploy = C.keep_or(rng, prev.get("clientlibs"), 0.15, lambda: (C.hexs(rng, 32), C.hexs(rng, 32)))
    pub = C.keep_or(rng, prev.get("published"), 0.18,
                    lambda: when - dt.timedelta(days=rng.randint(0, 9), hours=rng.randint(0, 8),
                                                minutes=rng.randint(0, 59), seconds=rng.randint(0, 59)))
    pdf = C.keep_or(rng, prev.get("pdf"), 0.12, lambda: rng.randint(380, 470))
    p0 = prev.get("ticker", {}).get("price", 3840.0)
    price = round(p0 * math.exp(rng.gauss(0, 0.035)) / 5) * 5
    chg = rng.gauss(0, 1.1)
    local = when + dt.timedelta(hours=1)
    if local.hour >= 17 or local.hour < 9 or local.weekday() >= 5:
        day = local.date()
        if local.hour < 9:
            day -= dt.timedelta(days=1)
        while day.weekday() >= 5:
            day -= dt.timedelta(days=1)
        stamp = "%04d.%02d.%02d. 17:00 (záróár)" % (day.year, day.month, day.day)
    else:
        stamp = "%04d.%02d.%02d. %02d:%02d (15 perc késleltetéssel)" % (local.year, local.month, local.day,
                                                                     local.hour, rng.randint(0, 59))
    return {"clientlibs": deploy, "published": pub, "pdf": pdf,
            "ticker": {"price": float(price), "chg": round(chg, 2), "stamp": stamp}}


LABELS = {"clientlibs": "clientlib hashes (deploy)",
          "published": "AEM republication: 'last modified' stamp and data-layer repo:modifyDate (inside container)",
          "pdf": "PDF download size (inside container, removed)", "ticker": "BÉT share-price ticker in header"}


def dl_attr(cid, ctype, mod, extra=None):
    d = {"@type": "pannonchem/components/" + ctype, "repo:modifyDate": mod}
    if extra:
        d.update(extra)
    return html.escape(json.dumps({cid: d}, ensure_ascii=False, separators=(",", ":")), quote=True)


NAV = [("Rólunk", "/hu/rolunk.html"), ("Termékek", "/hu/termekek.html"), ("Fenntarthatóság", "/hu/fenntarthatosag.html"),
       ("Befektetők", "/hu/befektetok.html"), ("Karrier", "/hu/karrier.html"), ("Média", "/hu/media.html"),
       ("Kapcsolat", "/hu/kapcsolat.html")]


def render(st, blocks, when):
    mod = C.iso(st["published"])
    head, secs = C.split_sections(blocks)
    h1 = head[0]
    comps = []
    comps.append('<div class="title"><div data-cmp-data-layer="%s" id="title-5b2e0c7a41" class="cmp-title">'
                 '<h1 class="cmp-title__text">%s</h1></div></div>'
                 % (dl_attr("title-5b2e0c7a41", "title", mod, {"dc:title": h1[1]}), C.inline_html(h1[1])))
    groups = [head[1:]] + [[("h2", t)] + b for t, b in secs]
    for n, g in enumerate(groups):
        cid = "text-%s" % C.det_sha("pannonchem-text", n)[:10]
        inner = C.blocks_html(g)
        comps.append('<div class="text"><div data-cmp-data-layer="%s" id="%s" class="cmp-text">%s</div></div>'
                     % (dl_attr(cid, "text", mod, {"xdm:text": inner}), cid, inner))
    p = st["published"] + dt.timedelta(hours=1)
    comps.append('<div class="lastmodified"><div class="cmp-lastmodified"><p class="cmp-lastmodified__text">'
                 'Az oldal utoljára frissítve: <time datetime="%s">%04d.%02d.%02d. %02d:%02d</time></p></div></div>'
                 % (mod, p.year, p.month, p.day, p.hour, p.minute))
    comps.append('<div class="download"><div data-cmp-data-layer="%s" id="download-0c6f1e92ab" class="cmp-download">'
                 '<h3 class="cmp-download__title"><a class="cmp-download__title-link" href="/content/dam/pannonchem/hu/'
                 'jogi/adatkezelesi-tajekoztato.pdf">Adatkezelési tájékoztató (PDF)</a></h3>'
                 '<dl class="cmp-download__properties"><div class="cmp-download__property cmp-download__property--size">'
                 '<dt class="cmp-download__property-label">Méret</dt><dd class="cmp-download__property-content">%d KB</dd>'
                 '</div><div class="cmp-download__property cmp-download__property--format"><dt class="cmp-download__'
                 'property-label">Formátum</dt><dd class="cmp-download__property-content">PDF</dd></div></dl>'
                 '<a class="cmp-download__action" href="/content/dam/pannonchem/hu/jogi/adatkezelesi-tajekoztato.pdf">'
                 '<span class="cmp-download__action-text">Letöltés</span></a></div></div>'
                 % (dl_attr("download-0c6f1e92ab", "download", mod), st["pdf"]))
    t = st["ticker"]
    up = t["chg"] >= 0
    chg = ("+" if up else "−") + ("%.2f" % abs(t["chg"])).replace(".", ",") + "%"
    nav = "\n".join('<li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="%s" '
                    'class="cmp-navigation__item-link">%s</a></li>' % (u, html.escape(x)) for x, u in NAV)
    page_dl = json.dumps({"page-9b8c7d6e5f": {"@type": "pannonchem/components/page", "repo:modifyDate": mod,
                                               "dc:title": h1[1], "xdm:template": "/conf/pannonchem/settings/wcm/"
                                               "templates/content-page", "xdm:language": "hu-HU", "xdm:tags": [],
                                               "repo:path": "/content/pannonchem/hu/adatvedelem.html"}},
                         ensure_ascii=False, separators=(",", ":"))
    page_dl = page_dl.replace('"', "\\x22").replace("-", "\\u002D").replace("/", "\\/")
    return """<!DOCTYPE HTML>
<html lang="hu-HU">
    <head>
    <meta charset="UTF-8"/>
    <title>Adatkezelési tájékoztató | PannonChem</title>
    
    <meta name="description" content="A PannonChem Vegyipari Nyrt. tájékoztatója a személyes adatok kezeléséről."/>
    <meta name="template" content="content-page"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    

    
    <link rel="canonical" href="https://www.pannonchem.hu/hu/adatvedelem.html"/>
    <link rel="alternate" hreflang="hu" href="https://www.pannonchem.hu/hu/adatvedelem.html"/>
    <link rel="alternate" hreflang="en" href="https://www.pannonchem.hu/en/privacy-notice.html"/>

    

    
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8" data-domain-script="7c1f0b3e-52a8-4d6e-9f11-3a0e6c2b8d45" data-document-language="true"></script>
<script type="text/javascript">
function OptanonWrapper() { }
</script>
<script src="https://assets.adobedtm.com/4f1e2d3c5b6a/9e8d7c6b5a4f/launch-2b7a9c4e1d3f.min.js" async></script>

    
    
<link rel="stylesheet" href="/etc.clientlibs/pannonchem/clientlibs/clientlib-base.lc-%(cl1)s-lc.min.css" type="text/css">
<link rel="stylesheet" href="/etc.clientlibs/pannonchem/clientlibs/clientlib-site.lc-%(cl2)s-lc.min.css" type="text/css">



    
    
    

    

    
    
    

    
</head>
    <body class="page basicpage" id="page-9b8c7d6e5f" data-cmp-link-accessibility-enabled data-cmp-link-accessibility-text="új lapon nyílik meg" data-cmp-data-layer-enabled data-cmp-data-layer-name="adobeDataLayer">
        <script>
          var dataLayerName = 'adobeDataLayer' || 'adobeDataLayer';
          window[dataLayerName] = window[dataLayerName] || [];
          window[dataLayerName].push({
              page: JSON.parse("%(page_dl)s"),
              event:'cm:loadPage',
              eventInfo: {
                  path: 'page.page\\u002D9b8c7d6e5f'
              }
          });
        </script>
        
        
            




            
<div class="root container responsivegrid">

    
    <div id="container-4d0a6b1f2c" class="cmp-container">
        


<header class="experiencefragment">
<div id="experiencefragment-1c2f3a4b5d" class="cmp-experiencefragment cmp-experiencefragment--header">


    



<div class="xf-content-height">
    


<div class="root container responsivegrid">

    
    <div id="container-8e1d2c3b4a" class="cmp-container">
        <div class="stockticker"><div class="cmp-stockticker" data-isin="HU0000123456" data-refresh="900">
<span class="cmp-stockticker__label">Részvényárfolyam</span>
<span class="cmp-stockticker__symbol">BÉT: PCHEM</span>
<span class="cmp-stockticker__price">%(price)s</span>
<span class="cmp-stockticker__change cmp-stockticker__change--%(dir)s">%(arrow)s %(chg)s</span>
<span class="cmp-stockticker__time">%(tstamp)s</span>
</div></div>
<div class="image"><div class="cmp-image" itemscope itemtype="http://schema.org/ImageObject"><a class="cmp-image__link" href="/hu.html"><img src="/content/dam/pannonchem/logo/pannonchem-logo.svg" class="cmp-image__image" itemprop="contentUrl" alt="PannonChem"/></a></div></div>
<div class="navigation"><nav id="navigation-3a4b5c6d7e" class="cmp-navigation" itemscope itemtype="http://schema.org/SiteNavigationElement" aria-label="Főmenü">
    <ul class="cmp-navigation__group">
%(nav)s
    </ul>
</nav></div>
<div class="languagenavigation"><nav class="cmp-languagenavigation"><ul class="cmp-languagenavigation__group"><li class="cmp-languagenavigation__item cmp-languagenavigation__item--active"><span class="cmp-languagenavigation__item-title">HU</span></li><li class="cmp-languagenavigation__item"><a class="cmp-languagenavigation__item-link" href="/en/privacy-notice.html" hreflang="en" lang="en" rel="alternate" title="English">EN</a></li></ul></nav></div>
<div class="search"><section id="search-7f6e5d4c3b" class="cmp-search" role="search" data-cmp-is="search" data-cmp-min-length="3" data-cmp-results-size="10"><form class="cmp-search__form" data-cmp-hook-search="form" method="get" action="/content/pannonchem/hu/adatvedelem.searchresults.json/_jcr_content/root/container/header/search" autocomplete="off"><div class="cmp-search__field"><input class="cmp-search__input" data-cmp-hook-search="input" type="text" name="fulltext" placeholder="Keresés" role="combobox" aria-autocomplete="list" aria-haspopup="true" aria-invalid="false"/></div></form></section></div>

        
    </div>

</div>


</div>
</div>
</header>
<main class="container responsivegrid">

    
    <div id="container-2f9e8d7c6b" class="cmp-container">
        


<div class="breadcrumb"><nav id="breadcrumb-6a5b4c3d2e" class="cmp-breadcrumb" aria-label="Morzsamenü">
    <ol class="cmp-breadcrumb__list" itemscope itemtype="http://schema.org/BreadcrumbList">
        <li class="cmp-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/hu.html" class="cmp-breadcrumb__item-link" itemprop="item"><span itemprop="name">Főoldal</span></a><meta itemprop="position" content="1"/></li>
        <li class="cmp-breadcrumb__item cmp-breadcrumb__item--active" aria-current="page" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><span itemprop="name">Adatvédelem</span><meta itemprop="position" content="2"/></li>
    </ol>
</nav></div>
<div class="container responsivegrid legal-document">

    
    <div id="container-0b1a2c3d4e" class="cmp-container">
        
%(comps)s

        
    </div>

</div>

        
    </div>

</main>
<footer class="experiencefragment">
<div id="experiencefragment-9d8c7b6a5f" class="cmp-experiencefragment cmp-experiencefragment--footer">
<div class="xf-content-height">
<div class="root container responsivegrid">
    <div id="container-5e4d3c2b1a" class="cmp-container">
        <div class="text"><div id="text-f00ba4c3d2" class="cmp-text"><p><b>PannonChem Vegyipari Nyrt.</b><br/>2400 Dunaújváros, Vegyész utca 1.<br/>+36 25 555 1000 | info@pannonchem.hu</p></div></div>
<div class="list"><ul id="list-1a2b3c4d5f" class="cmp-list"><li class="cmp-list__item"><a class="cmp-list__item-link" href="/hu/impresszum.html"><span class="cmp-list__item-title">Impresszum</span></a></li><li class="cmp-list__item"><a class="cmp-list__item-link" href="/hu/adatvedelem.html"><span class="cmp-list__item-title">Adatvédelem</span></a></li><li class="cmp-list__item"><a class="cmp-list__item-link" href="/hu/suti-tajekoztato.html"><span class="cmp-list__item-title">Süti-tájékoztató</span></a></li><li class="cmp-list__item"><a class="cmp-list__item-link" href="/hu/befektetok/kozzetetelek.html"><span class="cmp-list__item-title">Közzétételek</span></a></li></ul></div>
<div class="button"><button type="button" id="ot-sdk-btn" class="ot-sdk-show-settings cmp-button">Süti-beállítások</button></div>
<div class="text"><div id="text-c0ffee1234" class="cmp-text"><p>© %(year)d PannonChem Vegyipari Nyrt. Minden jog fenntartva.</p></div></div>
    </div>
</div>
</div>
</div>
</footer>

        
    </div>

</div>


            
    
    
<script src="/etc.clientlibs/core/wcm/components/commons/site/clientlibs/container.lc-0a6aff292f5cc42142779cde92054524-lc.min.js"></script>
<script src="/etc.clientlibs/core/wcm/components/commons/datalayer/v2/clientlibs/core.wcm.components.commons.datalayer.v2.lc-1e0136bad0acfb78be509234578e44f9-lc.min.js" async></script>
<script src="/etc.clientlibs/pannonchem/clientlibs/clientlib-base.lc-%(cl3)s-lc.min.js"></script>
<script src="/etc.clientlibs/pannonchem/clientlibs/clientlib-site.lc-%(cl4)s-lc.min.js"></script>



    

    

    
    
<script type="text/javascript">_satellite.pageBottom();</script>

        
    </body>
</html>
""" % {"cl1": st["clientlibs"][0], "cl2": st["clientlibs"][1], "cl3": st["clientlibs"][1][::-1],
       "cl4": st["clientlibs"][0][::-1], "page_dl": page_dl, "price": huf(t["price"]), "dir": "up" if up else "down",
       "arrow": "▲" if up else "▼", "chg": chg, "tstamp": t["stamp"], "nav": nav, "comps": "\n".join(comps),
       "year": when.year}


PAGE = {
    "service": "PannonChem",
    "url": URL,
    "lang": "hu",
    "platform": "Adobe Experience Manager as a Cloud Service (Core Components, style system)",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("X-Vhost", "publish"), ("X-Dispatcher", "dispatcher2euwest1"),
                      ("Cache-Control", "max-age=300"), ("Strict-Transport-Security", "max-age=31536000")),
    "n": 31,
    "start": dt.date(2022, 2, 1),
    "end": dt.date(2025, 6, 30),
    "hours": (2, 8, 14, 20),
    "policy": POLICY,
    "first_updated": dt.date(2021, 11, 22),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".legal-document",
                    "remove": [".cmp-lastmodified", ".cmp-download"]},
}
