"""A Hungarian DIY/hardware store chain on SAP Commerce Cloud with the Spartacus storefront (Angular Universal SSR).

The privacy notice is a CMS paragraph component in the content page's Section2A slot; the page title is the
breadcrumb's h1 in BottomHeaderSlot (outside the declaration). Per visit: Dynatrace's injected agent tag with the
request's rid/rpid, the nearest store's open/closed badge (by the Budapest clock), the weekly offer with its live
stock count, the mini cart's aria label, and the Angular build: bundles with content hashes, `_ngcontent`/`_nghost`
ids, and in 2024 an upgrade from Angular 15 / Spartacus 5 (`serverApp-state` with &q; escapes) to Angular 17 /
Spartacus 2211 (`ng-state`, hydration `ngh` indexes also on the cx-paragraph inside the declared slot).
"""
import datetime as dt
import html
import json
import random

import common as C

MONTHS = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
          "október", "november", "december"]


def fmt_date(d):
    return "%d. %s %d." % (d.year, MONTHS[d.month - 1], d.day)


POLICY = """Hatályos: {UPDATED}

A Mester Barkács Kereskedelmi Kft. (a továbbiakban: „Mester Barkács” vagy „mi”) fontosnak tartja vásárlói személyes adatainak védelmét. Ez a tájékoztató bemutatja, hogyan kezeljük a személyes adatokat áruházainkban, a www.mesterbarkacs.hu webáruházban, a Mester Klub hűségprogramban és a Mester Barkács mobilalkalmazásban. Adatkezelésünk az Európai Parlament és a Tanács (EU) 2016/679 rendeletén (általános adatvédelmi rendelet, GDPR), valamint az információs önrendelkezési jogról és az információszabadságról szóló 2011. évi CXII. törvényen (Infotv.) alapul.

## 1. Az adatkezelő adatai

@ Mester Barkács Kereskedelmi Kft.
@ Székhely: 2040 Budaörs, Kinizsi utca 8.
@ Cégjegyzékszám: 13-09-187342
@ Adószám: 25874139-2-13
@ E-mail: adatvedelem@mesterbarkacs.hu

Adatvédelmi tisztviselőnk Dr. Kovács Eszter, aki a dpo@mesterbarkacs.hu e-mail-címen, valamint munkanapokon 9 és 15 óra között a +36 1 555 0190 telefonszámon érhető el.

## 2. Milyen adatokat, milyen célból és meddig kezelünk?

Az alábbi táblázat összefoglalja a legfontosabb adatkezeléseinket. Az adatokat kizárólag a megjelölt célból és a szükséges ideig tároljuk.

| Az adatkezelés célja | Kezelt adatok | Jogalap | Megőrzési idő |
| Webáruházi rendelés teljesítése, házhozszállítás | név, szállítási és számlázási cím, e-mail-cím, telefonszám, a rendelt termékek | szerződés teljesítése (GDPR 6. cikk (1) bek. b) pont) | a szerződés teljesítésétől számított 5 év |
| Számlázás | név, cím, adószám, a számla adatai | jogi kötelezettség (Számviteli törvény 169. §) | 8 év |
| Mester Klub hűségprogram | név, e-mail-cím, születési év, irányítószám, vásárlási előzmények, pontegyenleg | hozzájárulás (GDPR 6. cikk (1) bek. a) pont) | a klubtagság megszűnéséig |
| Hírlevél és heti akciós értesítő | név, e-mail-cím, érdeklődési kör | hozzájárulás | a hozzájárulás visszavonásáig |
| Vásárlói panaszok és jótállási ügyek intézése | név, cím, telefonszám, a panasz leírása, a vásárlást igazoló bizonylat | jogi kötelezettség (fogyasztóvédelmi törvény 17/A. §) | 5 év |
| Áruházi kamerás megfigyelés | képfelvétel | jogos érdek (vagyon- és személyvédelem) | 3 munkanap |

## 3. Rendelés, átvétel az áruházban és házhozszállítás

Webáruházi rendelésnél a rendelés teljesítéséhez szükséges adatokat kérjük el. Ha az „Átvétel az áruházban” lehetőséget választja, a kiválasztott áruház munkatársai a nevét és a rendelésszámot látják, hogy a csomagot átadhassák Önnek. Házhozszállítás esetén a futárszolgálat megkapja a nevét, a szállítási címét és a telefonszámát, hogy az átadás időpontját egyeztethesse.

A nagyméretű áruk (például építőanyag, kerti bútor, fűnyíró traktor) kiszállítását saját szállítópartnereink végzik. Ők a szállítás napján SMS-ben értesítik Önt a várható érkezési időről.

### Szerszám- és gépkölcsönzés

A kölcsönzési szerződés megkötéséhez elkérjük a nevét, lakcímét, telefonszámát, valamint személyazonosító igazolványának és lakcímkártyájának számát. Az igazolványokról másolatot nem készítünk. A kauciót bankkártyáján zároljuk, és a gép hiánytalan visszavételekor feloldjuk. A kölcsönzési adatokat a szerződés megszűnésétől számított 5 évig őrizzük meg, mert ennyi idő alatt évülnek el a szerződésből eredő igények.

### Lapszabászat és színkeverés

A lapszabászati megrendelésekhez és az egyedi színkeveréshez a nevét és a telefonszámát kérjük, hogy értesíthessük, amikor a megrendelt termék átvehető. Ha Mester Klub-tag, a kikevert szín receptjét a fiókjában is elmentjük, így később ugyanazt az árnyalatot újra megrendelheti.

### Telefonos ügyfélszolgálat

Ha telefonon keresi ügyfélszolgálatunkat, a beszélgetést a panaszok kivizsgálása és a minőségbiztosítás érdekében rögzítjük; erről a hívás elején tájékoztatjuk. A hangfelvételt a fogyasztóvédelmi törvény alapján 5 évig őrizzük meg, és kérésére a másolatát díjmentesen átadjuk.

## 4. Mester Klub hűségprogram

A Mester Klub tagjai minden vásárlás után pontokat gyűjtenek, amelyeket kuponokra válthatnak be. A pontok jóváírásához nyilvántartjuk a vásárlásai időpontját, helyét és összegét, valamint a megvásárolt termékkategóriákat. Ezek alapján személyre szabott ajánlatokat küldhetünk, ha ehhez külön hozzájárult.

A klubtagságot bármikor megszüntetheti a mobilalkalmazásban, a webáruházi fiókjában vagy bármelyik áruházunk vevőszolgálatán. A tagság megszűnésekor a fel nem használt pontok elvesznek, a vásárlási előzményeket pedig 30 napon belül töröljük.

## 5. Kamerás megfigyelés az áruházakban

Áruházainkban és parkolóinkban a vagyon és a személyek védelme érdekében elektronikus megfigyelőrendszert üzemeltetünk. A kamerák helyét a bejáratoknál elhelyezett piktogramok és tájékoztató táblák jelzik. A mosdókban, az öltözőkben és a pihenőhelyiségekben nincs kamera.

A felvételeket 3 munkanap elteltével automatikusan töröljük, kivéve, ha azokat bírósági vagy hatósági eljárásban bizonyítékként fel kell használni. Aki a felvételen szerepel, és jogának vagy jogos érdekének érvényesítéséhez szüksége van rá, kérheti, hogy a felvételt 30 napig ne töröljük.

## 6. Adatfeldolgozóink

Egyes feladatokhoz megbízható szolgáltatókat veszünk igénybe. Adatfeldolgozóink csak a mi utasításaink szerint és szerződésben rögzített adatbiztonsági feltételek mellett kezelhetik az adatokat.

| Adatfeldolgozó | Tevékenység | Székhely |
| SAP Hungary Kft. | a webáruház és a hűségprogram informatikai üzemeltetése | 1031 Budapest, Záhony utca 7. |
| GLS General Logistics Systems Hungary Kft. | csomagszállítás | 2351 Alsónémedi, GLS Európa utca 2. |
| Szállítás-Mester Bt. | nagyméretű áruk kiszállítása | 2330 Dunaharaszti, Némedi út 104. |
| Rapidmail GmbH | hírlevelek kiküldése | Augustaanlage 59, 68165 Mannheim, Németország |

Az Európai Gazdasági Térségen kívülre csak akkor továbbítunk adatot, ha az adott országra az Európai Bizottság megfelelőségi határozatot hozott, vagy ha a továbbítás az Európai Bizottság által elfogadott általános szerződési feltételeken alapul.

## 7. Sütik és webanalitika

A webáruház működéséhez elengedhetetlen sütiket hozzájárulás nélkül használjuk. Statisztikai és marketingcélú sütiket csak akkor helyezünk el, ha ehhez a sütibeállítások ablakban hozzájárult. Beállításait bármikor módosíthatja az oldal alján található „Sütibeállítások” hivatkozással. A sütikről részletesen a [Süti tájékoztatóban](/hu/HUF/suti-tajekoztato) olvashat.

## 8. Az Ön jogai

A személyes adatai kezelésével kapcsolatban Önt a következő jogok illetik meg:

- hozzáférés: tájékoztatást kérhet arról, hogy milyen adatait kezeljük;
- helyesbítés: kérheti pontatlan adatai kijavítását;
- törlés: kérheti adatai törlését, ha azok kezelésére már nincs szükség;
- az adatkezelés korlátozása;
- adathordozhatóság: kérheti, hogy adatait tagolt, géppel olvasható formában átadjuk Önnek;
- tiltakozás a jogos érdeken alapuló adatkezelés ellen;
- a hozzájárulás visszavonása, amely nem érinti a korábbi adatkezelés jogszerűségét.

Kérelmét az adatvedelem@mesterbarkacs.hu címre vagy postai úton a székhelyünkre küldheti. Kérelmére legkésőbb egy hónapon belül válaszolunk.

## 9. Jogorvoslat

Ha úgy érzi, hogy megsértettük az adatvédelmi jogait, kérjük, először forduljon hozzánk, hogy a panaszt közösen rendezhessük. Panaszt tehet a Nemzeti Adatvédelmi és Információszabadság Hatóságnál is:

@ Nemzeti Adatvédelmi és Információszabadság Hatóság (NAIH)
@ 1055 Budapest, Falk Miksa utca 9-11.
@ Telefon: +36 1 391 1400
@ E-mail: ugyfelszolgalat@naih.hu

Jogai megsértése esetén bírósághoz is fordulhat; a pert lakóhelye vagy tartózkodási helye szerinti törvényszék előtt is megindíthatja.

## 10. A tájékoztató módosítása

Ezt a tájékoztatót rendszeresen felülvizsgáljuk. A lényeges változásokról a webáruházban és a Mester Klub tagjainak e-mailben is értesítést küldünk."""

EDITS = [
    {"note": "wording fix in the CCTV section: 'pihenőhelyiségekben' → 'a munkatársak pihenőhelyiségeiben' (no date bump)",
     "repl": [("A mosdókban, az öltözőkben és a pihenőhelyiségekben nincs kamera.",
               "A mosdókban, az öltözőkben és a munkatársak pihenőhelyiségeiben nincs kamera.")],
     "bump": False},
    {"note": "a processor added to the processors table (Emarsys for the loyalty app's push messages)",
     "repl": [("| Rapidmail GmbH | hírlevelek kiküldése | Augustaanlage 59, 68165 Mannheim, Németország |",
               "| Rapidmail GmbH | hírlevelek kiküldése | Augustaanlage 59, 68165 Mannheim, Németország |\n"
               "| SAP Emarsys eMarketing Systems GmbH | a mobilalkalmazás push-értesítései | Märzstraße 1, 1150 Bécs, Ausztria |")]},
    {"note": "the DPO's phone number and hours changed",
     "repl": [("munkanapokon 9 és 15 óra között a +36 1 555 0190 telefonszámon",
               "hétfőtől csütörtökig 9 és 16 óra között a +36 1 555 0277 telefonszámon")]},
    {"note": "loyalty history retention after leaving the club changed from 30 to 90 days; a sentence on inactive members added",
     "repl": [("a vásárlási előzményeket pedig 30 napon belül töröljük.",
               "a vásárlási előzményeket pedig 90 napon belül töröljük. Ha a tagságához tartozó kártyát vagy alkalmazást "
               "három évig nem használja, a tagságát megszűntnek tekintjük, erről előtte e-mailben értesítjük.")]},
    {"note": "new section on product reviews added before 'Sütik és webanalitika' (sections renumbered)",
     "repl": [("## 7. Sütik és webanalitika", "## 7. Termékértékelések\n\n"
               "A webáruházban a megvásárolt termékeket csillagokkal és szöveges véleménnyel értékelheti. Az értékelés "
               "mellett a keresztneve és vezetékneve kezdőbetűje, valamint a vásárlás hónapja jelenik meg. Értékelését "
               "fiókjában bármikor törölheti; a törvénybe ütköző vagy sértő tartalmú értékeléseket nem tesszük közzé.\n\n"
               "## 8. Sütik és webanalitika"),
              ("## 8. Az Ön jogai", "## 9. Az Ön jogai"),
              ("## 9. Jogorvoslat", "## 10. Jogorvoslat"),
              ("## 10. A tájékoztató módosítása", "## 11. A tájékoztató módosítása")]},
    {"note": "CCTV retention wording: recordings kept 3 working days → 8 days in stores with a builder's yard",
     "repl": [("A felvételeket 3 munkanap elteltével automatikusan töröljük,",
               "A felvételeket 3 munkanap, a telepi árukiadással működő áruházakban 8 nap elteltével automatikusan töröljük,"),
              ("| jogos érdek (vagyon- és személyvédelem) | 3 munkanap |",
               "| jogos érdek (vagyon- és személyvédelem) | 3 munkanap, építőanyag-telepeken 8 nap |")]},
]

STORES = [("Budaörs", "Kinizsi utca 8."), ("Budapest – Soroksár", "Ócsai út 2."), ("Érd", "Budafoki út 40.")]

OFFERS = [
    ("Bosch PSB 500 RE ütvefúrógép", "19 990 Ft", "15 990 Ft", "bosch-psb-500-re"),
    ("Makita DF333DWYE akkus fúró-csavarozó", "42 990 Ft", "36 490 Ft", "makita-df333dwye"),
    ("Héra Prémium beltéri falfesték 10 l", "21 990 Ft", "16 990 Ft", "hera-premium-10l"),
    ("Gardena Comfort FLEX locsolótömlő 20 m", "14 990 Ft", "11 490 Ft", "gardena-comfort-flex-20"),
    ("Weber Spirit E-325 GBS gázgrill", "329 990 Ft", "289 990 Ft", "weber-spirit-e325"),
    ("Knauf Rotband gipszvakolat 30 kg", "6 290 Ft", "4 990 Ft", "knauf-rotband-30"),
    ("Kärcher K 4 Power Control magasnyomású mosó", "89 990 Ft", "74 990 Ft", "karcher-k4-pc"),
    ("Stanley FatMax szerszámosláda", "24 990 Ft", "18 990 Ft", "stanley-fatmax-lada"),
]


def _local(when):
    # Budapest: CET/CEST, roughly (last Sunday rule approximated by month)
    return when + dt.timedelta(hours=2 if 4 <= when.month <= 10 else 1)


def _phase(when):
    return 2 if when >= dt.datetime(2024, 4, 16) else 1


def _build(rng, phase):
    if phase == 1:
        return {"phase": 1, "ng": rng.choice(["15.2.9", "15.2.10"]), "cx": "5.2.2",
                "main": C.hexs(rng, 16), "runtime": C.hexs(rng, 16), "poly": C.hexs(rng, 16),
                "styles": C.hexs(rng, 16), "sc": rng.randint(40, 140)}
    return {"phase": 2, "ng": rng.choice(["17.3.4", "17.3.6", "17.3.9"]), "cx": "2211.21.0",
            "main": C.hexs(rng, 16).upper()[:8], "runtime": C.hexs(rng, 8).upper(), "poly": C.hexs(rng, 8).upper(),
            "styles": C.hexs(rng, 8).upper(), "ngc": [str(rng.randint(10 ** 9, 4 * 10 ** 9)) for _ in range(6)]}


def noise(rng, when, i, prev):
    p = prev or {}
    ph = _phase(when)
    st = {}
    old = p.get("build")
    st["build"] = _build(rng, ph) if (old is None or old["phase"] != ph) else C.keep_or(
        rng, old, 0.3, lambda: _build(rng, ph))
    st["dynatrace"] = {"rid": "RID_-%d" % rng.randint(10 ** 8, 2 * 10 ** 9),
                       "rpid": "-%d" % rng.randint(10 ** 8, 2 * 10 ** 9)}
    loc = _local(when)
    store = STORES[0]
    wd = loc.weekday()
    opens, closes = (8, 18) if wd == 6 else (7, 20)
    if opens <= loc.hour < closes:
        badge = ("open", "Nyitva %d:00-ig" % closes)
    else:
        nxt = 8 if wd == 5 else 7
        badge = ("closed", "Zárva · Nyitás: %d:00" % (nxt if loc.hour >= closes else opens))
    st["store"] = (store[0], badge)
    y, w, _ = loc.isocalendar()
    wr = random.Random("offer|%d|%d" % (y, w))
    off = wr.choice(OFFERS)
    st["offer"] = off
    st["stock"] = rng.randint(0, 38)
    st["cart"] = rng.choice([0, 0, 0, 0, 1, 2])
    return st


LABELS = {"build": "Angular/Spartacus build (bundle hashes, _ngcontent ids, framework upgrade)",
          "dynatrace": "Dynatrace agent rid/rpid", "store": "nearest store open/closed badge",
          "offer": "weekly offer banner", "stock": "live stock count in the offer banner",
          "cart": "mini cart count"}

NAV = [("Építőanyag", "epitoanyag"), ("Szerszám, gép", "szerszam-gep"), ("Festék, tapéta", "festek-tapeta"),
       ("Fürdőszoba", "furdoszoba"), ("Kert", "kert"), ("Világítás, villanyszerelés", "villanyszereles"),
       ("Lakberendezés", "lakberendezes"), ("Heti akciók", "akciok")]

FOOTER = [
    ("Vásárlás", [("Szállítási információk", "szallitas"), ("Átvétel az áruházban", "click-and-collect"),
                  ("Fizetési módok", "fizetes"), ("Elállás, visszaküldés", "visszakuldes")]),
    ("Szolgáltatások", [("Szerszámkölcsönzés", "kolcsonzes"), ("Színkeverés", "szinkeveres"),
                        ("Lapszabászat", "lapszabaszat"), ("Konyhatervezés", "konyhatervezes")]),
    ("Mester Barkács", [("Áruházaink", "store-finder"), ("Karrier", "karrier"), ("Sajtó", "sajto"),
                        ("Mester Klub", "mester-klub")]),
    ("Jogi információk", [("ÁSZF", "aszf"), ("Adatvédelmi tájékoztató", "adatvedelmi-tajekoztato"),
                          ("Süti tájékoztató", "suti-tajekoztato"), ("Impresszum", "impresszum")]),
]


def _state_json(build, content, title):
    cms = {
        "cx-state": {
            "cms": {"page": {"pageData": {"entities": {"ContentPage": {"/adatvedelmi-tajekoztato": {
                "loading": False, "error": False, "success": True,
                "value": {"pageId": "privacyPolicyPage", "template": "ContentPage1Template", "title": title,
                          "type": "ContentPage", "label": "/adatvedelmi-tajekoztato",
                          "slots": {"Section2A": {"components": [{"uid": "PrivacyPolicyParagraph",
                                                                  "typeCode": "CMSParagraphComponent",
                                                                  "flexType": "CMSParagraphComponent"}]}}}}}}}},
                    "components": {"component": {"entities": {"PrivacyPolicyParagraph": {
                        "pageContext": {"ContentPage-/adatvedelmi-tajekoztato": {"success": True}},
                        "component": {"uid": "PrivacyPolicyParagraph", "typeCode": "CMSParagraphComponent",
                                      "name": "Adatvédelmi tájékoztató szöveg", "content": content,
                                      "container": "false", "modifiedtime": "2023-01-09T08:14:51+0000"}}}}}},
            "siteContext": {"baseSite": "mesterbarkacs-hu", "language": "hu", "currency": "HUF"},
        }
    }
    return cms


def render(st, blocks, when):
    b = st["build"]
    v2 = b["phase"] == 2
    content = C.blocks_html(blocks, sep="")
    title = "Adatvédelmi tájékoztató"
    if v2:
        ids = b["ngc"]
        hc = lambda k: '_nghost-ng-c%s=""' % ids[k]
        cc = lambda k: '_ngcontent-ng-c%s=""' % ids[k]
    else:
        hc = lambda k: '_nghost-sc%d=""' % (b["sc"] + k)
        cc = lambda k: '_ngcontent-sc%d=""' % (b["sc"] + k)
    ngh = [0]

    def h(skip=0):
        # hydration index of a component host (Angular 17 only); `skip`: indexes taken by an *ngIf'd block
        if not v2:
            return ""
        ngh[0] += 1 + skip
        return ' ngh="%d"' % ngh[0]

    store, (bstate, btext) = st["store"]
    name, was, now, slug = st["offer"]
    stock = st["stock"]
    stock_txt = ("Készleten: %d db · %s" % (stock, store)) if stock > 0 else ("Elfogyott · %s – rendelhető" % store)
    nav = "".join('<li %s><cx-generic-link %s><a href="/hu/HUF/c/%s" class="cx-nav-link">%s</a></cx-generic-link></li>'
                  % (cc(1), h(), s, html.escape(t)) for t, s in NAV)
    foot = "".join(
        '<div class="wrapper" %s><span class="cx-nav-heading">%s</span><ul class="childs">%s</ul></div>'
        % (cc(2), html.escape(head), "".join('<li><cx-generic-link %s><a href="/hu/HUF/%s">%s</a></cx-generic-link></li>'
                                             % (h(), s, html.escape(t)) for t, s in items)) for head, items in FOOTER)
    cart = st["cart"]
    if v2:
        sj = json.dumps(_state_json(b, content, title), ensure_ascii=False, separators=(",", ":"))
        sj = sj.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026")
        hyd = json.dumps({"__nghData__": [{"c": {"0": [{"i": "c%s" % b["ngc"][0], "r": 1}]}}] * 2},
                         separators=(",", ":"))
        state_script = ('<script id="ng-state" type="application/json">%s</script>'
                        % (sj[:-1] + "," + hyd[1:]))
        scripts = ('<script src="runtime.%s.js" type="module"></script><script src="polyfills.%s.js" type="module">'
                   '</script><script src="main.%s.js" type="module"></script>' % (b["runtime"], b["poly"], b["main"]))
        styles = '<link rel="stylesheet" href="styles-%s.css" media="print" onload="this.media=\'all\'">' % b["styles"]
        style_tag = '<style ng-app-id="serverApp">'
        root_attrs = '%s ng-version="%s" ngh="0" ng-server-context="ssr"' % (hc(0), b["ng"])
    else:
        sj = json.dumps(_state_json(b, content, title), ensure_ascii=False, separators=(",", ":"))
        sj = (sj.replace("&", "&a;").replace('"', "&q;").replace("'", "&s;").replace("<", "&l;").replace(">", "&g;"))
        state_script = '<script id="serverApp-state" type="application/json">%s</script>' % sj
        scripts = ('<script src="runtime.%s.js" type="module"></script><script src="polyfills.%s.js" type="module">'
                   '</script><script src="main.%s.js" type="module"></script>' % (b["runtime"], b["poly"], b["main"]))
        styles = '<link rel="stylesheet" href="styles.%s.css" media="print" onload="this.media=\'all\'">' % b["styles"]
        style_tag = '<style ng-transition="serverApp">'
        root_attrs = '%s ng-version="%s"' % (hc(0), b["ng"])
    dtc = st["dynatrace"]
    dyn = ('<script type="text/javascript" src="/ruxitagentjs_ICA7NVfqrux_10283240125112507.js" data-dtconfig="'
           'app=ea7c4b59f27d43eb|cors=1|owasp=1|featureHash=ICA7NVfqrux|msl=153600|srsr=25000|rdnt=1|uxrgce=1|'
           'bp=3|ssv=4|dpvc=1|lastModification=1706183530000|tp=500,50,0|srbbv=2|agentUri=/ruxitagentjs_ICA7NVfqrux_'
           '10283240125112507.js|reportUrl=/rb_bf28599ebx|%s|%s|domain=mesterbarkacs.hu"></script>'
           % ("rid=" + dtc["rid"], "rpid=" + dtc["rpid"]))
    return """<!DOCTYPE html><html lang="hu"><head>
  <meta charset="utf-8">
  %(dyn)s
  <title>%(title)s | Mester Barkács</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="occ-backend-base-url" content="https://api.cx4m7b2q1a-mesterbar1-p1-public.model-t.cc.commerce.ondemand.com">
  <meta name="media-backend-base-url" content="https://api.cx4m7b2q1a-mesterbar1-p1-public.model-t.cc.commerce.ondemand.com">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
  <link rel="preconnect" href="https://cdn.cookielaw.org">
  <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8" data-domain-script="0187a3c2-5b1e-7f44-9d2a-61c8e04f3b97" data-document-language="true"></script>
  <script type="text/javascript">function OptanonWrapper() { window.dataLayer.push({event: 'OneTrustGroupsUpdated'}); }</script>
  <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-K7QX2PM');</script>
  %(styles)s
  %(style_tag)scx-paragraph .cx-paragraph table{width:100%%;border-collapse:collapse}cx-paragraph .cx-paragraph td,cx-paragraph .cx-paragraph th{border:1px solid #d5d9de;padding:.5rem}.mb-store-badge--open .mb-dot{background:#1e8e3e}.mb-store-badge--closed .mb-dot{background:#c5221f}</style>
  <meta name="description" content="A Mester Barkács adatvédelmi tájékoztatója: hogyan kezeljük a vásárlók személyes adatait.">
  <link rel="canonical" href="https://www.mesterbarkacs.hu/hu/HUF/adatvedelmi-tajekoztato">
  <meta name="robots" content="INDEX, FOLLOW">
</head>
<body>
  <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7QX2PM" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
  <app-root %(root_attrs)s><cx-storefront %(cc0)s tabindex="0" class="ContentPage1Template stop-navigating">
  <cx-skip-link%(h_skip)s><div tabindex="-1" class=""><button>Ugrás a fejlécre</button><button>Ugrás a fő tartalomra</button><button>Ugrás a láblécre</button></div></cx-skip-link>
  <header cxskiplink="cx-header" tabindex="-1" class="">
   <cx-page-layout section="header" class="header"%(h_hl)s>
    <cx-page-slot position="PreHeader" class="PreHeader has-components"%(h_ph)s><cx-hamburger-menu%(h_hm)s><button aria-label="Menü" aria-controls="header-account-container, header-categories-container, header-locale-container" class="cx-hamburger" type="button" aria-expanded="false"><span class="hamburger-box"><span class="hamburger-inner"></span></span></button></cx-hamburger-menu></cx-page-slot>
    <cx-page-slot position="SiteContext" class="SiteContext has-components"%(h_sc)s><div class="mb-topbar" %(cc3)s><span %(cc3)s>Ingyenes szállítás 30 000 Ft feletti rendelésnél</span><span %(cc3)s>Vevőszolgálat: +36 1 555 0100</span></div></cx-page-slot>
    <cx-page-slot position="SiteLinks" class="SiteLinks has-components"%(h_sl)s><cx-link><cx-generic-link><a href="/hu/HUF/store-finder">Áruházkereső</a></cx-generic-link></cx-link><cx-link><cx-generic-link><a href="/hu/HUF/mester-klub">Mester Klub</a></cx-generic-link></cx-link><cx-link><cx-generic-link><a href="/hu/HUF/segitseg">Segítség</a></cx-generic-link></cx-link></cx-page-slot>
    <cx-page-slot position="SiteLogo" class="SiteLogo has-components"%(h_lg)s><cx-banner%(h_bn)s><cx-generic-link><a href="/hu/HUF/" title="Mester Barkács"><cx-media class="is-initialized"><img src="/medias/mester-barkacs-logo.svg?context=bWFzdGVyfGltYWdlc3wxMjQ4fGltYWdlL3N2Zyt4bWx8aDU3L2gyMi84Nzk2MDk0NzUwNzUwLnN2Z3w" alt="Mester Barkács" loading="eager"></cx-media></a></cx-generic-link></cx-banner></cx-page-slot>
    <cx-page-slot position="SearchBox" class="SearchBox has-components"%(h_sb)s><cx-searchbox%(h_sx)s><label class="searchbox"><input role="combobox" placeholder="Mit keres? Pl. csavarbehajtó, csemperagasztó" aria-label="Keresés" aria-autocomplete="both" aria-controls="results" aria-describedby="initialDescription"><cx-icon aria-hidden="true" class="reset cx-icon fas fa-times"></cx-icon><cx-icon role="presentation" class="search cx-icon fas fa-search"></cx-icon></label></cx-searchbox></cx-page-slot>
    <cx-page-slot position="StoreBadge" class="StoreBadge has-components"%(h_st)s><mb-store-badge %(hc4)s%(h_sbg)s><a %(cc4)s href="/hu/HUF/store-finder/budaors" class="mb-store-badge mb-store-badge--%(bstate)s"><span %(cc4)s class="mb-dot"></span><span %(cc4)s class="mb-store-name">Legközelebbi áruház: %(store)s</span><span %(cc4)s class="mb-store-hours">%(btext)s</span></a></mb-store-badge></cx-page-slot>
    <cx-page-slot position="MiniCart" class="MiniCart has-components"%(h_mc)s><cx-mini-cart%(h_mcc)s><a href="/hu/HUF/cart" aria-label="A kosárban %(cart)d termék van, összesen %(carttotal)s"><cx-icon class="cx-icon fas fa-shopping-cart"></cx-icon><span class="count">%(cart)d</span></a></cx-mini-cart></cx-page-slot>
    <cx-page-slot position="NavigationBar" class="NavigationBar has-components"%(h_nb)s><cx-category-navigation%(h_cn)s><cx-navigation-ui class="flyout"><nav><ul>%(nav)s</ul></nav></cx-navigation-ui></cx-category-navigation></cx-page-slot>
   </cx-page-layout>
  </header>
  <cx-page-slot position="BottomHeaderSlot" class="BottomHeaderSlot has-components"%(h_bh)s>
   <mb-weekly-offer %(hc5)s%(h_wo)s><a %(cc5)s class="mb-weekly-offer" href="/hu/HUF/p/%(slug)s"><span %(cc5)s class="mb-weekly-offer__label">Heti ajánlat</span><span %(cc5)s class="mb-weekly-offer__name">%(oname)s</span><span %(cc5)s class="mb-weekly-offer__was">%(was)s</span><span %(cc5)s class="mb-weekly-offer__price">%(now)s</span><span %(cc5)s class="mb-weekly-offer__stock">%(stock)s</span></a></mb-weekly-offer>
   <cx-breadcrumb%(h_bc)s><nav aria-label="Morzsamenü"><span><a href="/hu/HUF/">Kezdőlap</a></span><span><a aria-current="page" href="/hu/HUF/adatvedelmi-tajekoztato">%(title)s</a></span></nav><h1>%(title)s</h1></cx-breadcrumb>
  </cx-page-slot>
  <cx-global-message aria-live="assertive" aria-atomic="true" role="status"></cx-global-message>
  <cx-page-layout cxskiplink="cx-main" tabindex="-1" class="ContentPage1Template"%(h_main)s>
   <cx-page-slot position="Section2A" class="Section2A has-components"%(h_s2a)s><cx-paragraph%(h_par)s><div class="cx-paragraph">%(content)s</div></cx-paragraph></cx-page-slot>
   <cx-page-slot position="Section2B" class="Section2B has-components"%(h_s2b)s><cx-link><cx-generic-link><a href="/hu/HUF/aszf">Általános szerződési feltételek</a></cx-generic-link></cx-link><cx-link><cx-generic-link><a href="/hu/HUF/suti-tajekoztato">Süti tájékoztató</a></cx-generic-link></cx-link><cx-link><cx-generic-link><a href="/hu/HUF/impresszum">Impresszum</a></cx-generic-link></cx-link></cx-page-slot>
  </cx-page-layout>
  <footer cxskiplink="cx-footer" tabindex="-1" class="">
   <cx-page-layout section="footer" class="footer"%(h_ft)s>
    <cx-page-slot position="Footer" class="Footer has-components"%(h_fs)s><cx-footer-navigation%(h_fn)s><cx-navigation-ui class="flyout"><nav>%(foot)s</nav></cx-navigation-ui><div class="notice">© 2016–%(year)d Mester Barkács Kereskedelmi Kft. Minden jog fenntartva.</div></cx-footer-navigation><a class="ot-sdk-show-settings" href="javascript:void(0)">Sütibeállítások</a></cx-page-slot>
   </cx-page-layout>
  </footer>
  </cx-storefront></app-root>
  %(scripts)s
  %(state_script)s
</body></html>""" % {
        "dyn": dyn, "title": title, "styles": styles, "style_tag": style_tag, "root_attrs": root_attrs,
        "cc0": cc(0), "cc3": cc(3), "cc4": cc(4), "hc4": hc(4), "cc5": cc(5), "hc5": hc(5),
        "h_skip": h(), "h_hl": h(), "h_ph": h(), "h_hm": h(), "h_sc": h(), "h_sl": h(), "h_lg": h(), "h_bn": h(),
        "h_sb": h(), "h_sx": h(), "h_st": h(), "h_sbg": h(), "h_mc": h(), "h_mcc": h(),
        "h_nb": h(), "h_cn": h(), "nav": nav, "h_bh": h(), "h_wo": h(0 if stock > 0 else 1),
        "h_bc": h(), "h_main": h(), "h_s2a": h(), "h_par": h(), "h_s2b": h(),
        "h_ft": h(), "h_fs": h(), "h_fn": h(), "foot": foot,
        "bstate": bstate, "store": html.escape(store), "btext": html.escape(btext),
        "cart": cart, "carttotal": "0 Ft" if not cart else "%d %03d Ft" % (cart * 7 + 3, cart * 490 % 1000),
        "slug": slug, "oname": html.escape(name), "was": was, "now": now, "stock": html.escape(stock_txt),
        "content": content, "year": when.year, "scripts": scripts, "state_script": state_script,
    }


PAGE = {
    "service": "Mester Barkacs",
    "url": "https://www.mesterbarkacs.hu/hu/HUF/adatvedelmi-tajekoztato",
    "lang": "hu",
    "platform": "SAP Commerce Cloud, Spartacus storefront (Angular Universal SSR)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Apache"), ("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate"),
                      ("X-Frame-Options", "SAMEORIGIN"), ("Strict-Transport-Security", "max-age=31536000")],
    "n": 31,
    "start": dt.date(2022, 9, 5),
    "end": dt.date(2025, 6, 20),
    "policy": POLICY,
    "first_updated": dt.date(2022, 5, 25),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.mesterbarkacs.hu/hu/HUF/adatvedelmi-tajekoztato",
                    "select": "cx-page-slot[position=\"Section2A\"] cx-paragraph"},
}
