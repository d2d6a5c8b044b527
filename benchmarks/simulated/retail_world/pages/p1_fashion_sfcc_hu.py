"""MODÁRIA (fashion retailer, Budapest) - hu-HU - Salesforce Commerce Cloud, Storefront Reference Architecture
(SFRA): Page-Show of a content asset, the asset's name as the hero banner's h1.page-title and its body in
div.content-asset (dwMarker comment); the header-banner content slot with the current promotion (free-shipping
threshold, seasonal sales, Black Friday with an end date), the csrf_token of the footer newsletter form on every
visit, the tracking-consent hint element, SFRA's code-version static paths. Fairly clean: two noise features."""
import datetime as dt
import html
import common as C

URL = "https://www.modaria.hu/adatvedelmi-tajekoztato.html"
SITE = "Sites-Modaria-HU-Site"
HONAP = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
         "október", "november", "december"]


def fmt_date(d):
    return "%d. %s %d." % (d.year, HONAP[d.month - 1], d.day)


POLICY = """
# Adatvédelmi tájékoztató

Hatályos: {UPDATED}

A MODÁRIA Kereskedelmi Zrt. (a továbbiakban: „MODÁRIA” vagy „mi”) elkötelezett vásárlói személyes adatainak védelme mellett. Ez a tájékoztató bemutatja, hogy a modaria.hu webáruház, a MODÁRIA mobilalkalmazás, a MODÁRIA Club hűségprogram és a magyarországi üzleteink használata során milyen személyes adatokat kezelünk, milyen célból és jogalapon, kinek adjuk át azokat, és milyen jogok illetik meg Önt az Európai Unió általános adatvédelmi rendelete (GDPR) és az információs önrendelkezési jogról és az információszabadságról szóló 2011. évi CXII. törvény (Infotv.) alapján.

## 1. Az adatkezelő

Az adatkezelő:

@ MODÁRIA Kereskedelmi Zrt.
@ 1138 Budapest, Váci út 141.
@ Cégjegyzékszám: 01-10-048923
@ Adószám: 12893457-2-41
@ E-mail: [adatvedelem@modaria.hu](mailto:adatvedelem@modaria.hu)

Adatvédelmi tisztviselőnk dr. Kerekes Anna, aki a fenti postacímen vagy a [dpo@modaria.hu](mailto:dpo@modaria.hu) e-mail-címen érhető el.

## 2. Milyen személyes adatokat kezelünk?

Attól függően, hogy Ön milyen szolgáltatásunkat veszi igénybe, az alábbi adatkategóriákat kezelhetjük:

- azonosító és elérhetőségi adatok: név, e-mail-cím, telefonszám, szállítási és számlázási cím;
- fiókadatok: jelszó (titkosított formában), születési dátum, ha megadja, kedvenc termékek és méretek;
- vásárlási adatok: rendelt termékek, rendelésszám, fizetési mód, a fizetés státusza, visszaküldések és reklamációk;
- hűségprogram-adatok: MODÁRIA Club kártyaszám, pontegyenleg, üzletben és online történt vásárlások;
- kommunikációs adatok: az ügyfélszolgálattal folytatott levelezés és telefonbeszélgetések tartalma;
- technikai adatok: IP-cím, eszköz- és böngészőtípus, a webáruházban megtekintett oldalak, sütik által gyűjtött adatok.

Bankkártyaadatait nem tároljuk: a kártyás fizetést a fizetési szolgáltató biztonságos oldalán bonyolítja le.

## 3. Az adatkezelés céljai, jogalapjai és időtartama

| Cél | Jogalap | Megőrzési idő |
| Regisztráció és vásárlói fiók kezelése | szerződés teljesítése (GDPR 6. cikk (1) b) pont) | a fiók törléséig, vagy 3 év inaktivitás után |
| Rendelések teljesítése, szállítás, visszaküldés | szerződés teljesítése | a szerződés teljesítésétől számított 5 év |
| Számlázás és könyvelés | jogi kötelezettség (GDPR 6. cikk (1) c) pont, a számvitelről szóló 2000. évi C. törvény) | 8 év |
| Hírlevél és személyre szabott ajánlatok | hozzájárulás (GDPR 6. cikk (1) a) pont) | a hozzájárulás visszavonásáig |
| MODÁRIA Club hűségprogram | szerződés teljesítése | a tagság megszűnéséig, a pontok elszámolása miatt további 1 év |
| Ügyfélszolgálat és panaszkezelés | jogi kötelezettség (a fogyasztóvédelemről szóló 1997. évi CLV. törvény) | a panaszról felvett jegyzőkönyv esetén 3 év |
| Visszaélések megelőzése, a webáruház biztonsága | jogos érdek (GDPR 6. cikk (1) f) pont) | legfeljebb 90 nap |

## 4. Vásárlás a webáruházban

Vásárláskor a rendelés teljesítéséhez szükséges adatokat kérjük el. Vendégként is vásárolhat, ilyenkor nem hozunk létre fiókot, de a rendelés adatait a fenti táblázatban megadott ideig megőrizzük.

Ha a rendelést üzletben veszi át („Click & Collect”), az átvételhez nevét és rendelésszámát átadjuk a kiválasztott üzlet munkatársainak. A házhoz szállításhoz a futárszolgálat megkapja nevét, címét és telefonszámát.

A webáruház a Salesforce Commerce Cloud platformon működik. A platform szolgáltatója adatfeldolgozóként, kizárólag a mi utasításaink szerint kezeli az adatokat, az Európai Unióban található adatközpontokban.

## 5. Hírlevél és személyre szabott ajánlatok

Ha feliratkozik hírlevelünkre, e-mailben tájékoztatjuk újdonságainkról, akcióinkról és a MODÁRIA Club ajánlatairól. A hírlevél tartalmát korábbi vásárlásai és a webáruházban megtekintett termékek alapján személyre szabhatjuk; ehhez külön hozzájárulását kérjük.

A webáruház termékajánlásait („Önnek ajánljuk”) algoritmus állítja össze a böngészési és vásárlási előzmények alapján. Ez nem minősül a GDPR 22. cikke szerinti, joghatással járó automatizált döntéshozatalnak.

A hírlevélről bármikor leiratkozhat a levelek alján található hivatkozással vagy fiókja „Értesítések” menüpontjában.

## 6. MODÁRIA Club hűségprogram

A hűségprogram tagjai minden vásárlás után pontokat gyűjtenek, amelyeket későbbi vásárlásaiknál kedvezményre válthatnak. A pontok nyilvántartásához összekapcsoljuk az online és az üzleti vásárlásokat a Club kártyaszámmal.

A tagság bármikor megszüntethető az ügyfélszolgálaton vagy a fiókban. Megszűnéskor a fel nem használt pontok elvesznek.

## 6/A. Kamerás megfigyelés az üzletekben

Üzleteinkben a vásárlók és munkatársaink biztonsága, valamint a vagyonvédelem érdekében elektronikus megfigyelőrendszert üzemeltetünk. A kamerák az eladótereket, a pénztárakat és a bejáratokat figyelik; a próbafülkékben és a mosdókban nincs kamera. A felvételeket jogos érdekünk alapján, a személy- és vagyonvédelmi tevékenységről szóló 2005. évi CXXXIII. törvény szerint legfeljebb 3 munkanapig őrizzük meg, kivéve, ha azokat hatósági vagy bírósági eljárásban fel kell használni. A kamerák elhelyezéséről az üzletek bejáratánál kihelyezett tájékoztató ad felvilágosítást.

## 6/B. Ügyfélszolgálat és hívásrögzítés

Ügyfélszolgálatunk telefonon, e-mailben és a webáruház csevegőablakában érhető el. A telefonos ügyfélszolgálattal folytatott beszélgetéseket a fogyasztóvédelmi törvény előírása szerint rögzítjük, és a hangfelvételt öt évig megőrizzük. A hívás elején erről gépi hang tájékoztatja Önt. A felvétel másolatát kérésére díjmentesen kiadjuk.

## 6/C. Termékértékelések és nyereményjátékok

Ha a webáruházban értékelést ír egy termékről, az értékelés szövegét, a csillagos minősítést és az Ön által megadott becenevet a termék oldalán nyilvánosan közzétesszük. Értékelését fiókjában bármikor törölheti.

Nyereményjátékaink részvételi szabályzata külön tájékoztatást tartalmaz az adatkezelésről. A nyertesek nevét csak hozzájárulásukkal tesszük közzé, a nyeremény átadásához szükséges adatokat pedig a játék lezárását követő egy évig őrizzük meg.

## 7. Adatfeldolgozók és címzettek

Az adatokhoz kizárólag azok a munkatársaink férnek hozzá, akiknek feladataik ellátásához erre szükségük van. Az alábbi partnereket vesszük igénybe adatfeldolgozóként:

- Salesforce.com EMEA Ltd. – a webáruház és a hírlevélküldés üzemeltetése;
- GLS General Logistics Systems Hungary Kft. – házhoz szállítás;
- OTP Mobil Kft. (SimplePay) – online bankkártyás fizetés;
- Zendesk, Inc. – ügyfélszolgálati jegykezelő rendszer;
- Google Ireland Ltd. – webanalitika, az Ön hozzájárulása esetén.

Hatósági megkeresés esetén a jogszabályban előírt adatokat átadhatjuk az eljáró hatóságnak.

## 7/A. Közösségi média és online hirdetések

Facebook-, Instagram- és TikTok-oldalainkat a közösségi platformokkal közös adatkezelőként üzemeltetjük. Ha hozzászól bejegyzéseinkhez vagy üzenetet küld nekünk, az Ön által közzétett tartalmat és profilnevét látjuk; az üzenetekre ügyfélszolgálati munkatársaink válaszolnak.

Hirdetéseink megjelenítéséhez, az Ön hozzájárulása esetén, a webáruházban elhelyezett marketingsütik segítségével hirdetési közönségeket hozhatunk létre. Hírlevél-feliratkozóink e-mail-címét titkosított (hash-elt) formában továbbíthatjuk a hirdetési platformoknak, hogy hirdetéseinket ne mutassuk meg azoknak, akik már vásárlóink. Ezt a hírlevélről való leiratkozással vagy a marketingsütik elutasításával bármikor megakadályozhatja.

## 8. Adattovábbítás az Európai Gazdasági Térségen kívülre

Egyes adatfeldolgozóink az Egyesült Államokban is kezelhetnek adatokat. Ilyen esetben a továbbítás az Európai Bizottság által elfogadott általános szerződési feltételek vagy az EU–USA adatvédelmi keretrendszer alapján történik. A garanciák másolatát az adatvédelmi tisztviselőtől kérheti.

## 9. Sütik

A webáruház sütiket használ. A működéshez elengedhetetlen sütiket hozzájárulás nélkül alkalmazzuk, a statisztikai és marketingcélú sütiket csak az Ön hozzájárulásával. Beállításait bármikor módosíthatja az oldal alján található „Sütibeállítások” hivatkozással. Részletek a [Süti tájékoztatóban](/suti-tajekoztato.html) találhatók.

## 10. Adatbiztonság

Az adatokat titkosított kapcsolaton keresztül továbbítjuk, a hozzáférést jogosultsági rendszerrel korlátozzuk, és rendszereinket rendszeresen ellenőrizzük. Adatvédelmi incidens esetén a jogszabályban előírt módon értesítjük a hatóságot és szükség esetén Önt is.

## 11. Az Ön jogai

A személyes adataival kapcsolatban Önt az alábbi jogok illetik meg:

- hozzáférés: tájékoztatást kérhet a kezelt adatairól és másolatot kaphat azokról;
- helyesbítés: kérheti pontatlan adatai javítását;
- törlés: kérheti adatai törlését, ha azok kezelésére már nincs szükség;
- az adatkezelés korlátozása;
- adathordozhatóság: kérheti, hogy adatait géppel olvasható formában megkapja;
- tiltakozás: tiltakozhat a jogos érdeken alapuló adatkezelés ellen;
- a hozzájárulás visszavonása, amely nem érinti a visszavonás előtti adatkezelés jogszerűségét.

Kérelmét az adatvédelmi tisztviselőnek küldheti meg. Kérelmére legfeljebb egy hónapon belül válaszolunk; ez a határidő indokolt esetben két hónappal meghosszabbítható.

## 12. Jogorvoslat

Ha úgy érzi, hogy adatai kezelése sérti a jogszabályokat, panaszt tehet a Nemzeti Adatvédelmi és Információszabadság Hatóságnál:

@ Nemzeti Adatvédelmi és Információszabadság Hatóság (NAIH)
@ 1055 Budapest, Falk Miksa utca 9-11.
@ Telefon: +36 1 391 1400
@ Honlap: [www.naih.hu](https://www.naih.hu)

Jogainak megsértése esetén bírósághoz is fordulhat; a per – választása szerint – a lakóhelye vagy tartózkodási helye szerinti törvényszék előtt is megindítható.

## 13. A tájékoztató módosítása

A tájékoztatót szükség szerint frissítjük. Lényeges változás esetén e-mailben vagy a webáruházban jól látható módon értesítjük regisztrált vásárlóinkat.
"""

EDITS = [
    {"note": "processor added: Foxpost parcel lockers",
     "repl": [("- OTP Mobil Kft. (SimplePay)", "- FOXPOST Zrt. – csomagautomatás kézbesítés;\n- OTP Mobil Kft. (SimplePay)")]},
    {"note": "retention: inactive customer accounts deleted after 2 years instead of 3 (table cell)",
     "repl": [("vagy 3 év inaktivitás után", "vagy 2 év inaktivitás után")]},
    {"note": "sentence deleted: 'unused points are lost when membership ends' (silent, date kept)", "bump": False,
     "repl": [(" Megszűnéskor a fel nem használt pontok elvesznek.", "")]},
    {"note": "new section on the virtual fitting room (body measurements, 30-day retention)",
     "repl": [("## 5. Hírlevél és személyre szabott ajánlatok",
               "## 4/A. Virtuális próbafülke\n\nA „Méretajánló” funkció használatakor megadott testmagasságot, testsúlyt és testalkatot kizárólag a méretajánlás elkészítéséhez használjuk. Ezeket az adatokat a Fit Analytics GmbH adatfeldolgozóként kezeli, és 30 nap elteltével automatikusan törli.\n\n## 5. Hírlevél és személyre szabott ajánlatok")]},
    {"note": "controller moved offices: new registered address",
     "repl": [("@ 1138 Budapest, Váci út 141.", "@ 1097 Budapest, Könyves Kálmán körút 12-14.")]},
]

PROMOS = [
    ("free", "INGYENES SZÁLLÍTÁS 15 000 Ft feletti rendelés esetén", None),
    ("club", "MODÁRIA Club tagként minden vásárlás után 5% pontjóváírás – <a href=\"/club.html\">Csatlakozom</a>", None),
    ("newin", "Megérkezett az új kollekció! <a href=\"/uj-termekek/\">Nézd meg most</a>", None),
    ("returns", "30 napos ingyenes visszaküldés minden online rendelésre", None),
]
SEASONAL = [((1, 2), (1, 31), "winter", "TÉLI KIÁRUSÍTÁS: akár -50% – <a href=\"/sale/\">Irány a sale!</a>"),
            ((6, 20), (7, 31), "summer", "NYÁRI VÉGKIÁRUSÍTÁS: újabb termékek akár -60% kedvezménnyel"),
            ((11, 20), (11, 30), "bf", "BLACK FRIDAY: -30% szinte mindenre, csak {END} éjfélig!"),
            ((12, 1), (12, 18), "xmas", "Karácsonyi rendelés: a {END}-ig leadott rendeléseket karácsony előtt kézbesítjük")]


def promo(rng, when, prev):
    md = (when.month, when.day)
    for a, b, key, text in SEASONAL:
        if a <= md <= b:
            if "{END}" in text:
                end = dt.date(when.year, 11, 30) if key == "bf" else dt.date(when.year, 12, 18)
                text = text.replace("{END}", "%s %d." % (HONAP[end.month - 1], end.day))
            return (key, text)
    if prev and prev[0] in [p[0] for p in PROMOS] and rng.random() < 0.6:
        return prev
    p = rng.choice(PROMOS)
    return (p[0], p[1])


def noise(rng, when, i, prev):
    prev = prev or {}
    return {"csrf": C.b64tok(rng, 96).rstrip("=").replace("+", "-").replace("/", "_") + "==",
            "promo": promo(rng, when, prev.get("promo"))}


LABELS = {"csrf": "per-visit csrf_token of the footer newsletter form",
          "promo": "header-banner content slot promotion (free shipping, Club, seasonal sale, Black Friday end date)"}

CODE_VERSION = "v1648726215043"
NAV = [("Női", "/noi/"), ("Férfi", "/ferfi/"), ("Gyerek", "/gyerek/"), ("Cipők", "/cipok/"),
       ("Kiegészítők", "/kiegeszitok/"), ("Sale", "/sale/")]


def render(s, blocks, when):
    st = "/on/demandware.static/%s/-/hu_HU/%s" % (SITE, CODE_VERSION)
    store = "/on/demandware.store/%s/hu_HU" % SITE
    h1 = blocks[0][1]
    body = C.blocks_html(blocks[1:], sep="\n")
    nav = "".join('<li class="nav-item dropdown" role="presentation"><a href="%s" id="%s" class="nav-link dropdown-toggle" '
                  'role="button" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false" tabindex="0">%s</a></li>\n'
                  % (u, u.strip("/"), t) for t, u in NAV)
    return """<!DOCTYPE html>
<html lang="hu">
<head>
<!--[if gt IE 9]><!-->
<script>//common/scripts.isml</script>
<script defer type="text/javascript" src="%(st)s/js/main.js"></script>
<script defer type="text/javascript" src="%(st)s/js/contentAssetPage.js"></script>
<!--<![endif]-->
<meta charset=UTF-8>
<meta http-equiv="x-ua-compatible" content="ie=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Adatvédelmi tájékoztató | MODÁRIA</title>
<meta name="description" content="MODÁRIA – női, férfi és gyerek divat online. Ingyenes szállítás 15 000 Ft felett, 30 napos visszaküldés."/>
<meta name="keywords" content="MODÁRIA"/>
<link rel="icon" type="image/png" href="/on/demandware.static/%(site)s/-/default/dw1c7b0e55/images/favicons/favicon-196x196.png" sizes="196x196" />
<link rel="icon" type="image/png" href="/on/demandware.static/%(site)s/-/default/dw0b8a4e19/images/favicons/favicon-32x32.png" sizes="32x32" />
<link rel="stylesheet" href="%(st)s/css/global.css" />
<link rel="stylesheet" href="%(st)s/css/contentAsset.css" />
<link rel="canonical" href="%(url)s"/>
<link rel="alternate" hreflang="hu-HU" href="%(url)s" />
<script type="text/javascript">//<!--
/* <![CDATA[ (head-active_data.js) */
var dw = (window.dw || {});
dw.ac = {
    _analytics: null,
    _events: [],
    _category: "",
    _searchData: "",
    _anact: "",
    _anact_nohit_tag: "",
    _analytics_enabled: "true",
    _timeZone: "Europe/Budapest",
    _capture: function(configs) {
        if (Object.prototype.toString.call(configs) === "[object Array]") {
            configs.forEach(captureObject);
            return;
        }
        dw.ac._events.push(configs);
    },
	capture: function() {
		dw.ac._capture(arguments);
		// send to CQ as well:
		if (window.CQuotient) {
			window.CQuotient.trackEventsFromAC(arguments);
		}
	},
    EV_PRD_SEARCHHIT: "searchhit",
    EV_PRD_DETAIL: "detail",
    EV_PRD_RECOMMENDATION: "recommendation",
    EV_PRD_SETPRODUCT: "setproduct",
    applyContext: function(context) {
        if (typeof context === "object" && context.hasOwnProperty("category")) {
        	dw.ac._category = context.category;
        }
        if (typeof context === "object" && context.hasOwnProperty("searchData")) {
        	dw.ac._searchData = context.searchData;
        }
    },
    setDWAnalytics: function(analytics) {
        dw.ac._analytics = analytics;
    },
    eventsIsEmpty: function() {
        return 0 == dw.ac._events.length;
    }
};
/* ]]> */
// -->
</script>
<script type="text/javascript">//<!--
/* <![CDATA[ (head-cquotient.js) */
var CQuotient = window.CQuotient = {};
CQuotient.clientId = 'bfkq-Modaria-HU';
CQuotient.realm = 'BFKQ';
CQuotient.siteId = 'Modaria-HU';
CQuotient.instanceType = 'prd';
CQuotient.locale = 'hu_HU';
CQuotient.fbPixelId = '__UNKNOWN__';
CQuotient.activities = [];
CQuotient.cqcid='';
CQuotient.cquid='';
CQuotient.cqeid='';
CQuotient.cqlid='';
CQuotient.apiHost='api.cquotient.com';
/* ]]> */
// -->
</script>
</head>
<body>
<div class="page" data-action="Page-Show" data-querystring="cid=adatvedelmi-tajekoztato">
<header>
    <a href="#maincontent" class="skip" aria-label="Ugrás a fő tartalomra">Ugrás a fő tartalomra</a>
<a href="#footercontent" class="skip" aria-label="Ugrás a láblécre">Ugrás a láblécre</a>
    <div class="header-banner slide-up">
        <div class="container">
            <div class="d-flex justify-content-between">
                <div></div>
                <div class="content">
                    <div class="html-slot-container">
                        <p class="header-promo header-promo--%(pkey)s">%(ptext)s</p>
                    </div>
                </div>
                <div class="close-button">
                    <button type="button" class="close" aria-label="Bezárás">
                        <span aria-hidden="true">&times;</span>
                    </button>
                </div>
            </div>
        </div>
    </div>
    <nav role="navigation">
        <div class="header container">
            <div class="row">
                <div class="col-12">
                    <div class="navbar-header brand">
                        <a class="logo-home" href="/" title="MODÁRIA Kezdőlap">
                            <img class="hidden-md-down" src="%(st)s/images/logo.svg" alt="MODÁRIA" />
                        </a>
                    </div>
                    <div class="navbar-header">
                        <div class="pull-left">
                            <div class="d-md-none search-mobile">
                                <button class="fa fa-search" aria-label="Keresés"></button>
                            </div>
                            <div class="hidden-md-down">
                                <div class="user hidden-md-down">
                                    <a href="https://www.modaria.hu/bejelentkezes" role="button" aria-label="Bejelentkezés">
                                        <i class="fa fa-sign-in" aria-hidden="true"></i>
                                        <span class="user-message">Bejelentkezés</span>
                                    </a>
                                </div>
                            </div>
                        </div>
                        <div class="pull-right">
                            <div class="search hidden-xs-down">
                                <div class="site-search">
                                    <form role="search" action="/kereses" method="get" name="simpleSearch">
                                        <input class="form-control search-field" type="text" name="q" value="" placeholder="Mit keresel?" role="combobox" aria-describedby="search-assistive-text" aria-haspopup="listbox" aria-owns="search-results" aria-expanded="false" aria-autocomplete="list" aria-activedescendant="" aria-controls="search-results" aria-label="Keresési kifejezés" autocomplete="off" />
                                        <button type="submit" name="search-button" class="fa fa-search" aria-label="Keresés"></button>
                                        <div class="suggestions-wrapper" data-url="%(store)s/SearchServices-GetSuggestions?q="></div>
                                        <input type="hidden" value="hu_HU" name="lang">
                                    </form>
                                </div>
                            </div>
                            <div class="minicart" data-action-url="%(store)s/Cart-MiniCartShow">
                                <div class="minicart-total hide-link-med">
                                    <a class="minicart-link" href="https://www.modaria.hu/kosar" title="Kosár: 0 termék" aria-label="Kosár: 0 termék" aria-haspopup="true">
                                        <i class="minicart-icon fa fa-shopping-bag"></i>
                                        <span class="minicart-quantity">0</span>
                                    </a>
                                </div>
                                <div class="popover popover-bottom"></div>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </div>
        <div class="main-menu navbar-toggleable-sm menu-toggleable-left multilevel-dropdown d-none d-md-block" id="sg-navbar-collapse">
            <div class="container">
                <div class="row">
                    <nav class="navbar navbar-expand-md bg-inverse col-12">
                        <div class="close-menu clearfix d-lg-none">
                            <div class="back pull-left"><a href="#" role="button"><span class="caret-left"></span>Vissza</a></div>
                            <div class="close-button pull-right"><a href="#" role="button">Bezárás<span aria-hidden="true">&times;</span></a></div>
                        </div>
                        <div class="menu-group" role="navigation">
                            <ul class="nav navbar-nav" role="menu">
%(nav)s                            </ul>
                        </div>
                    </nav>
                </div>
            </div>
        </div>
    </nav>
</header>
<div role="main" id="maincontent">
    <div class="hero slant-down search-banner">
        <h1 class="page-title">%(h1)s</h1>
    </div>
    <div class="container">
        <div class="row justify-content-center">
            <div class="col-sm-12 col-md-10 col-lg-8">
                <div class="content-asset"><!-- dwMarker="content" dwContentID="b2f1c9e47a3d5e8f01c6a4d2e1" -->
%(body)s
</div> <!-- End content-asset -->
            </div>
        </div>
    </div>
</div>
<footer id="footercontent">
    <div class="container">
        <div class="footer-container row">
            <div class="footer-item col-sm-3 store">
                <div class="content-asset"><!-- dwMarker="content" dwContentID="c9a0e7d13b" -->
                    <h2 class="title">Üzleteink</h2>
                    <ul class="menu-footer content"><li><a href="/uzletkereso">Üzletkereső</a></li><li><a href="/ajandekkartya.html">Ajándékkártya</a></li></ul>
                </div> <!-- End content-asset -->
            </div>
            <div class="footer-item col-sm-3 collapsible-xs">
                <div class="content-asset"><!-- dwMarker="content" dwContentID="d41e8b7a02" -->
                    <h2 class="title">Vásárlói információk</h2>
                    <ul class="menu-footer content"><li><a href="/szallitas.html">Szállítás</a></li><li><a href="/visszakuldes.html">Visszaküldés és csere</a></li><li><a href="/aszf.html">ÁSZF</a></li><li><a href="/adatvedelmi-tajekoztato.html">Adatvédelem</a></li><li><a href="/suti-tajekoztato.html">Sütik</a></li><li><a href="#" class="consent-settings">Sütibeállítások</a></li></ul>
                </div> <!-- End content-asset -->
            </div>
            <div class="col-sm-6 email-signup">
                <form role="form" class="email-signup-form" action="%(store)s/EmailSubscribe-Subscribe" method="POST">
                    <h2 class="title">Iratkozz fel hírlevelünkre, és 10%% kedvezményt adunk első rendelésedből!</h2>
                    <div class="input-group">
                        <input type="text" class="form-control" aria-label="E-mail-cím" placeholder="E-mail-cím" name="hpEmailSignUp" />
                        <input type="hidden" name="csrf_token" value="%(csrf)s"/>
                        <span class="input-group-append"><button type="submit" class="btn btn-primary subscribe-email" data-href="%(store)s/EmailSubscribe-Subscribe">Feliratkozom</button></span>
                    </div>
                </form>
            </div>
        </div>
        <div class="row">
            <div class="col-12 copyright-notice">
                <div class="content-asset"><!-- dwMarker="content" dwContentID="e7c3f0a518" -->
                    <p>&copy; 2012–%(year)d MODÁRIA Kereskedelmi Zrt. Minden jog fenntartva.</p>
                </div> <!-- End content-asset -->
            </div>
        </div>
        <div class="back-to-top" title="Vissza a tetejére"><i class="fa fa-arrow-up"></i></div>
    </div>
</footer>
</div>
<div class="error-messaging"></div>
<div class="modal-background"></div>
<div class="tracking-consent" data-caOnline="true" data-url="%(store)s/ConsentTracking-GetContent?cid=tracking_hint" data-reject="%(store)s/ConsentTracking-SetSession?consent=false" data-accept="%(store)s/ConsentTracking-SetSession?consent=true" data-accepttext="Elfogadom" data-rejecttext="Elutasítom" data-heading="Sütik és adatkezelés"></div>
<!-- Demandware Analytics code 1.0 (c) Demandware Inc. -->
<script type="text/javascript">//<!--
/* <![CDATA[ */
function trackPage() {
    try{
        var trackingUrl = "https://www.modaria.hu/on/demandware.store/%(site)s/hu_HU/__Analytics-Start";
        var dwAnalytics = dw.__dwAnalytics.getTracker(trackingUrl);
        if (typeof dw.ac == "undefined") {
            dwAnalytics.trackPageView();
        } else {
            dw.ac.setDWAnalytics(dwAnalytics);
        }
    }catch(err) {};
}
/* ]]> */
// -->
</script>
<script type="text/javascript" src="/on/demandware.static/%(site)s/-/hu_HU/%(cv)s/internal/jscript/dwanalytics-22.2.js" async="async" onload="trackPage()"></script>
<!-- Demandware Active Data (c) Demandware Inc. -->
<script type="text/javascript" src="/on/demandware.static/%(site)s/-/hu_HU/%(cv)s/internal/jscript/dwac-21.7.js" async="async"></script>
<!-- CQuotient Activity Tracking (viewPage-cquotient.js) -->
<script type="text/javascript" src="//cdn.cquotient.com/js/v2/gretel.min.js" async="async"></script>
</body>
</html>
""" % {"st": st, "store": store, "site": SITE, "url": URL, "pkey": s["promo"][0], "ptext": s["promo"][1],
       "nav": nav, "h1": html.escape(h1), "body": body, "csrf": s["csrf"], "year": when.year, "cv": CODE_VERSION}


PAGE = {
    "service": "Modaria", "url": URL, "lang": "hu-HU", "platform": "Salesforce Commerce Cloud (SFRA)",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": (("Server", "Apache"), ("Cache-Control", "no-cache, no-store, must-revalidate"),
                      ("X-Frame-Options", "SAMEORIGIN")),
    "n": 30, "start": dt.date(2022, 4, 12), "end": dt.date(2025, 11, 28), "hours": (2, 14),
    "policy": POLICY, "first_updated": dt.date(2022, 1, 17), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["h1.page-title", "#maincontent .content-asset"]},
}
