"""Erdőjáró Outdoor: a Hungarian camping-gear web shop on Shopify (Dawn 7.0.1, upgraded to Dawn 12.0.0 in
October 2023). The privacy policy is a Shopify store policy (/policies/privacy-policy), which the platform renders
in its own `shopify-policy__container` whatever the theme. Between visits: Shopify's platform script hashes (web
pixels manager, shop-js, portable wallets: the platform deploys several times a day), the theme's `?v=` asset stamps
when the merchant edits the theme, and the announcement bar's sale banner. All outside the policy's container."""
import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

URL = "https://erdojaro.hu/policies/privacy-policy"

POLICY = """
# Adatkezelési tájékoztató

Hatályos: {UPDATED}

Az Erdőjáró Outdoor Kft. (a továbbiakban: „Erdőjáró” vagy „mi”) az erdojaro.hu webáruház üzemeltetőjeként elkötelezett vásárlói személyes adatainak védelme iránt. Ez a tájékoztató bemutatja, milyen személyes adatokat kezelünk, milyen célból és milyen jogalapon, kik férhetnek hozzá, meddig őrizzük meg őket, és milyen jogok illetik meg Önt.

Adatkezelésünk során az Európai Parlament és a Tanács (EU) 2016/679 rendeletét (általános adatvédelmi rendelet, a továbbiakban: GDPR), valamint az információs önrendelkezési jogról és az információszabadságról szóló 2011. évi CXII. törvényt (Infotv.) alkalmazzuk.

## 1. Az adatkezelő adatai

@ Erdőjáró Outdoor Kft.
@ Székhely: 1117 Budapest, Hunyadi János út 9.
@ Cégjegyzékszám: 01-09-345678
@ Adószám: 27654321-2-43
@ E-mail: [adatvedelem@erdojaro.hu](mailto:adatvedelem@erdojaro.hu)
@ Telefon: +36 1 445 2190 (hétköznap 9 és 17 óra között)

Bemutatótermünk és személyes átvételi pontunk a székhelyünkön működik. Adatvédelmi tisztviselő kijelölésére nem vagyunk kötelesek; adatvédelmi kérdéseivel közvetlenül a fenti elérhetőségeken fordulhat hozzánk.

## 2. Milyen adatokat kezelünk és miért?

Az alábbi táblázat összefoglalja a webáruházhoz kapcsolódó adatkezeléseinket.

| Adatkezelés célja | Kezelt adatok | Jogalap | Megőrzési idő |
| Regisztráció és vásárlói fiók | név, e-mail-cím, jelszó (titkosítva), telefonszám, szállítási cím | szerződés teljesítése, GDPR 6. cikk (1) bekezdés b) pont | a fiók törléséig |
| Megrendelések teljesítése | név, szállítási és számlázási cím, telefonszám, e-mail-cím, a rendelt termékek, fizetési és szállítási mód | szerződés teljesítése, GDPR 6. cikk (1) bekezdés b) pont | a szerződés teljesítésétől számított 5 év (a Ptk. szerinti elévülési idő) |
| Számlázás | név, számlázási cím, cég esetén adószám, a vásárlás összege és tételei | jogi kötelezettség, GDPR 6. cikk (1) bekezdés c) pont és a számvitelről szóló 2000. évi C. törvény 169. §-a | 8 év |
| Hírlevél | név, e-mail-cím, a feliratkozás időpontja, érdeklődési kör | hozzájárulás, GDPR 6. cikk (1) bekezdés a) pont | a hozzájárulás visszavonásáig |
| Kosárelhagyási emlékeztető | e-mail-cím, a kosár tartalma | jogos érdek, GDPR 6. cikk (1) bekezdés f) pont | 30 nap |
| Szavatossági és jótállási ügyintézés | név, elérhetőség, a termék és a hiba leírása, fényképek | jogi kötelezettség, GDPR 6. cikk (1) bekezdés c) pont | 5 év |
| Ügyfélszolgálati megkeresések | név, e-mail-cím, telefonszám, az üzenet tartalma | jogos érdek, GDPR 6. cikk (1) bekezdés f) pont | 2 év |

A jelszavát kizárólag titkosított formában tároljuk, ahhoz munkatársaink sem férnek hozzá. Hírlevelünkre csak 16. életévét betöltött személy iratkozhat fel; a hozzájárulásást bármikor visszavonhatja a hírlevelek alján található „Leiratkozás” linkre kattintva.

A kosárelhagyási emlékeztetőt csak akkor küldjük el, ha a pénztár oldalon megadta e-mail-címét, de a rendelést nem fejezte be. Egy kosárról legfeljebb két emlékeztetőt küldünk, és az első üzenetben is leiratkozhat.

## 3. Fizetés és szállítás

Bankkártyás fizetés esetén a kártyaadatokat nem mi kezeljük: a fizetést a Shopify Payments, illetve a Barion Payment Zrt. rendszere dolgozza fel. Mi kizárólag a tranzakció azonosítóját, összegét, időpontját és eredményét látjuk. Utánvétes fizetésnél a futárszolgálat a vételárat a csomag átadásakor szedi be.

A csomag kézbesítéséhez a futárszolgálatnak átadjuk a címzett nevét, a szállítási címet, a telefonszámot és az e-mail-címet, csomagautomatás vagy csomagpontos átvétel esetén a választott átvételi pont azonosítóját is. A futárszolgálatok ezekkel az adatokkal SMS- és e-mail-értesítést küldenek a kézbesítés idejéről.

## 4. Adatfeldolgozók és címzettek

A webáruház működtetéséhez az alábbi partnereket vesszük igénybe. Adatfeldolgozóink kizárólag a mi utasításaink szerint, írásbeli szerződés alapján kezelhetik az adatokat, saját céljaikra nem használhatják fel azokat.

| Partner | Tevékenység | Székhely |
| Shopify International Limited | webáruház-platform, tárhely | Victoria Buildings, 1-2 Haddington Road, Dublin 4, Írország |
| Barion Payment Zrt. | online kártyás fizetés | 1117 Budapest, Irinyi József utca 4-20. |
| GLS General Logistics Systems Hungary Kft. | futárszolgálat | 2351 Alsónémedi, GLS Európa utca 2. |
| Foxpost Zrt. | csomagautomatás kézbesítés | 3200 Gyöngyös, Batsányi János utca 9. |
| Magyar Posta Zrt. | postai kézbesítés, MPL | 1138 Budapest, Dunavirág utca 2-6. |
| KBOSS.hu Kft. (Számlázz.hu) | elektronikus számlázás | 1031 Budapest, Záhony utca 7. |
| Klaviyo, Inc. | hírlevél és emlékeztető e-mailek küldése | 125 Summer Street, Boston, MA 02110, Amerikai Egyesült Államok |

A Shopify és a Klaviyo egyes adatokat az Európai Gazdasági Térségen kívül, az Amerikai Egyesült Államokban is tárolhat. Az adattovábbítás az EU–USA adatvédelmi keretrendszer (Data Privacy Framework) alapján, illetve az Európai Bizottság által elfogadott általános szerződési feltételek alkalmazásával történik.

Hatósági megkeresés esetén (például rendőrség, bíróság, adóhatóság) a jogszabályban előírt adatokat a megkereső szervnek átadjuk.

## 5. Sütik (cookie-k)

Weboldalunk sütiket és hasonló technológiákat használ. A sütik olyan kis adatfájlok, amelyeket a böngészője a weboldal látogatásakor tárol.

- **Feltétlenül szükséges sütik:** a kosár, a bejelentkezés és a pénztár működéséhez kellenek, ezek nélkül a webáruház nem használható.
- **Beállítási sütik:** megjegyzik a választott nyelvet és pénznemet.
- **Statisztikai sütik:** a Google Analytics 4 segítségével összesített statisztikát készítünk a látogatottságról; az IP-címeket nem tároljuk.
- **Marketing sütik:** a Meta Pixel és a Google Ads segítségével mérjük hirdetéseink hatékonyságát, és releváns ajánlatokat jelenítünk meg.

A nem feltétlenül szükséges sütiket csak az Ön hozzájárulásával helyezzük el, amelyet a sütibannerben adhat meg, és bármikor módosíthat az oldal alján található „Sütibeállítások” linkre kattintva.

## 6. Az Ön jogai

Az adatkezeléssel kapcsolatban Önt az alábbi jogok illetik meg:

- **hozzáféréshez való jog:** tájékoztatást kérhet arról, hogy kezelünk-e Önről személyes adatot, és másolatot kérhet azokról;
- **helyesbítéshez való jog:** kérheti pontatlan adatai javítását vagy hiányos adatai kiegészítését;
- **törléshez való jog:** kérheti adatai törlését, ha azok kezelésére már nincs szükség, vagy visszavonta hozzájárulását;
- **az adatkezelés korlátozásához való jog:** kérheti, hogy adatait csak tároljuk, de egyébként ne használjuk;
- **adathordozhatósághoz való jog:** kérheti, hogy az Ön által megadott adatokat géppel olvasható formában kiadjuk Önnek vagy egy másik adatkezelőnek;
- **tiltakozáshoz való jog:** tiltakozhat a jogos érdeken alapuló adatkezelés ellen;
- **a hozzájárulás visszavonásának joga:** a visszavonás nem érinti a korábbi adatkezelés jogszerűségét.

Kérelmét az [adatvedelem@erdojaro.hu](mailto:adatvedelem@erdojaro.hu) címre vagy postai úton küldheti el. Kérelmére indokolatlan késedelem nélkül, legkésőbb egy hónapon belül válaszolunk; ez a határidő indokolt esetben további két hónappal meghosszabbítható, amiről tájékoztatjuk.

## 7. Jogorvoslat

Ha úgy érzi, hogy adatkezelésünk sérti a jogait, kérjük, először keressen meg minket, hogy a problémát közösen rendezhessük. Panaszt tehet a felügyeleti hatóságnál is:

@ Nemzeti Adatvédelmi és Információszabadság Hatóság (NAIH)
@ 1055 Budapest, Falk Miksa utca 9-11.
@ Postacím: 1363 Budapest, Pf. 9.
@ Telefon: +36 1 391 1400
@ Honlap: [www.naih.hu](https://www.naih.hu)

Jogai megsértése esetén bírósághoz is fordulhat. A per – választása szerint – a lakóhelye vagy tartózkodási helye szerint illetékes törvényszék előtt is megindítható.

## 8. Adatbiztonság

A személyes adatokat titkosított (HTTPS) kapcsolaton keresztül továbbítjuk. Munkatársaink csak a feladatukhoz szükséges adatokhoz férnek hozzá, és titoktartási kötelezettség terheli őket. Adatvédelmi incidens esetén a GDPR 33. cikke szerint 72 órán belül bejelentést teszünk a NAIH-nak, és ha az incidens valószínűsíthetően magas kockázattal jár, az érintetteket is haladéktalanul értesítjük.

## 9. A tájékoztató módosítása

Fenntartjuk a jogot, hogy ezt a tájékoztatót módosítsuk, például új szolgáltatás bevezetése vagy jogszabályváltozás esetén. A módosításokat ezen az oldalon tesszük közzé; lényeges változás esetén regisztrált vásárlóinkat e-mailben is értesítjük.
"""

MONTHS = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
          "október", "november", "december"]


def fmt_date(d):
    return "%d. %s %d." % (d.year, MONTHS[d.month - 1], d.day)


EDITS = [
    {"note": "Packeta Hungary added to the processors table (parcel-point delivery)",
     "repl": [("| Magyar Posta Zrt. | postai kézbesítés, MPL | 1138 Budapest, Dunavirág utca 2-6. |",
               "| Magyar Posta Zrt. | postai kézbesítés, MPL | 1138 Budapest, Dunavirág utca 2-6. |\n"
               "| Packeta Hungary Kft. | csomagpontos kézbesítés | 1097 Budapest, Gubacsi út 6. |")]},
    {"note": "cart-abandonment reminder retention shortened from 30 to 14 days",
     "repl": [("a kosár tartalma | jogos érdek, GDPR 6. cikk (1) bekezdés f) pont | 30 nap |",
               "a kosár tartalma | jogos érdek, GDPR 6. cikk (1) bekezdés f) pont | 14 nap |")]},
    {"note": "typo fixed: 'hozzájárulásást' -> 'hozzájárulását' (no new date)", "bump": False,
     "repl": [("a hozzájárulásást bármikor", "a hozzájárulását bármikor")]},
    {"note": "seat moved to Budaörs, new phone number; showroom sentence rewritten",
     "repl": [("@ Székhely: 1117 Budapest, Hunyadi János út 9.", "@ Székhely: 2040 Budaörs, Szabadság út 117."),
              ("@ Telefon: +36 1 445 2190 (hétköznap 9 és 17 óra között)",
               "@ Telefon: +36 23 880 415 (hétköznap 8 és 16 óra között)"),
              ("Bemutatótermünk és személyes átvételi pontunk a székhelyünkön működik.",
               "Bemutatótermünk és személyes átvételi pontunk 2024 tavaszától a budaörsi raktáráruházunkban "
               "működik, ahol parkoló is rendelkezésre áll.")]},
    {"note": "new subsection on product reviews (Judge.me) and Judge.me added to the processors",
     "repl": [("Egy kosárról legfeljebb két emlékeztetőt küldünk, és az első üzenetben is leiratkozhat.",
               "Egy kosárról legfeljebb két emlékeztetőt küldünk, és az első üzenetben is leiratkozhat.\n\n"
               "### Termékértékelések\n\n"
               "Vásárlás után 14 nappal e-mailben megkérjük, hogy értékelje a megvásárolt terméket. Az értékelés "
               "önkéntes. Ha értékelést ír, a keresztnevét, vezetéknevének kezdőbetűjét, a csillagos értékelést, "
               "a szöveges véleményt és az esetleg feltöltött fényképeket a termék oldalán nyilvánosan "
               "megjelenítjük. Az értékelést bármikor kérheti törölni."),
              ("| Klaviyo, Inc. |",
               "| Judge.me Ltd. | termékértékelések gyűjtése és megjelenítése | 3rd Floor, 1 Ashley Road, "
               "Altrincham, Egyesült Királyság |\n| Klaviyo, Inc. |")]},
]

BANNERS = {
    "summer": ["Nyári kiárusítás: akár -40% sátrakra és hálózsákokra!",
               "Ingyenes szállítás 30 000 Ft feletti rendelés esetén",
               "Új: ultrakönnyű túrasátrak 1,2 kg-tól – nézd meg a kollekciót!"],
    "autumn": ["Őszi túraszezon: -20% minden túrabakancsra",
               "Black Friday: -25% a kabátokra és a pehelymellényekre",
               "Ingyenes szállítás 30 000 Ft feletti rendelés esetén"],
    "winter": ["Karácsonyi rendelések leadása december 19-ig – garantált kiszállítás ünnepek előtt",
               "Téli kiárusítás: -30% a hótalpakra és a téli hálózsákokra",
               "Ingyenes szállítás 30 000 Ft feletti rendelés esetén"],
    "spring": ["Tavaszi szezonnyitó: -15% a túrahátizsákokra a TAVASZ15 kóddal",
               "Ingyenes szállítás 30 000 Ft feletti rendelés esetén",
               "Megérkeztek az új kempingfőzők és gázpalackok"],
}

UPGRADE = dt.datetime(2023, 10, 16)


def season(when):
    return {12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring", 5: "spring", 6: "summer",
            7: "summer", 8: "summer"}.get(when.month, "autumn")


def noise(rng, when, i, prev):
    prev = prev or {}
    s = season(when)
    banner = C.keep_or(rng, prev.get("banner") if prev.get("banner") in BANNERS[s] else None, 0.4,
                       lambda: rng.choice(BANNERS[s]))
    theme = "dawn7" if when < UPGRADE else "dawn12"
    base_v = int(C.epoch(when)) - rng.randint(3600, 40 * 86400)
    assets = C.keep_or(rng, prev.get("assets") if prev.get("theme") == theme else None, 0.3, lambda: base_v)
    platform = {"wpm": "%sw%sp%sm%s" % (C.hexs(rng, 8), C.hexs(rng, 8), C.hexs(rng, 8), C.hexs(rng, 8)),
                "shopjs": "%d.%d.%d" % (when.year - 2022 + 1, rng.randint(0, 40), rng.randint(0, 9)),
                "wallets": C.hexs(rng, 40)}
    return {"banner": banner, "theme": theme, "assets": assets, "platform": platform}


LABELS = {"banner": "announcement bar (sale banner)", "theme": "theme upgrade Dawn 7.0.1 -> Dawn 12.0.0",
          "assets": "theme asset ?v= stamps", "platform": "Shopify platform script hashes (web pixels, shop-js)"}

MENU = [("Sátrak", "satrak", ["Túrasátrak", "Családi sátrak", "Kiegészítők"]),
        ("Hálózsákok", "halozsakok", ["Nyári hálózsákok", "Háromévszakos", "Téli hálózsákok", "Matracok"]),
        ("Hátizsákok", "hatizsakok", ["Túrahátizsákok", "Napi hátizsákok", "Gyerek hátizsákok"]),
        ("Ruházat", "ruhazat", ["Kabátok", "Pulóverek", "Túranadrágok", "Aláöltözet"]),
        ("Cipők", "cipok", ["Túrabakancsok", "Terepfutó cipők", "Szandálok"]),
        ("Kemping", "kemping", ["Főzők", "Edények", "Lámpák", "Kempingbútor"]),
        ("Akciók", "akciok", [])]


def rte(blocks):
    out = []
    for b in blocks:
        out.append(C.block_html(b))
    return "\n".join(out)


def asset(state, name):
    if state["theme"] == "dawn7":
        return "//cdn.shopify.com/s/files/1/0612/4471/9083/t/3/assets/%s?v=%d" % (name, state["assets"])
    return "//erdojaro.hu/cdn/shop/t/7/assets/%s?v=%d" % (name, state["assets"])


def _uuid4_like(p):
    h = C.det_sha(p["wpm"], p["wallets"])
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def head(state, when):
    p = state["platform"]
    d12 = state["theme"] == "dawn12"
    css = ["base.css", "component-list-menu.css", "component-search.css", "component-menu-drawer.css",
           "component-cart-notification.css"]
    if d12:
        css += ["component-localization-form.css", "component-mega-menu.css"]
    links = "\n    ".join('<link href="%s" rel="stylesheet" type="text/css" media="all" />' % asset(state, c)
                          for c in css)
    theme_json = ('{"name":"Dawn","id":%d,"schema_name":"Dawn","schema_version":"%s","theme_store_id":887,'
                  '"role":"main"}' % ((131948232891, "7.0.1") if not d12 else (142376910011, "12.0.0")))
    return """<!doctype html>
<html class="no-js" lang="hu">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="theme-color" content="">
    <link rel="canonical" href="https://erdojaro.hu/policies/privacy-policy">
    <link rel="preconnect" href="https://cdn.shopify.com" crossorigin>
    <link rel="icon" type="image/png" href="//erdojaro.hu/cdn/shop/files/favicon-erdojaro.png?crop=center&height=32&v=1651229101&width=32">
    <title>Adatkezelési tájékoztató &ndash; Erdőjáró Outdoor</title>

<meta property="og:site_name" content="Erdőjáró Outdoor">
<meta property="og:url" content="https://erdojaro.hu/policies/privacy-policy">
<meta property="og:title" content="Adatkezelési tájékoztató">
<meta property="og:type" content="website">
<meta property="og:description" content="Sátrak, hálózsákok, hátizsákok és túrafelszerelés a Kárpátoktól az Alpokig.">
<meta name="twitter:card" content="summary_large_image">

    <script src="%s" defer="defer"></script>
    <script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.start');</script><meta name="google-site-verification" content="qX3b7V0mH4kT9cYp2nRzW8sLdE1aFuJgO5iB6hMvNwc">
<meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/61244719083/digital_wallets/dialog">
<meta name="shopify-checkout-api-token" content="4d1b0f5ac8e93b27d6e05f1a9c2b7e84">
<script async="async" src="/checkouts/internal/preloads.js?locale=hu-HU"></script>
<script id="shopify-features" type="application/json">{"accessToken":"4d1b0f5ac8e93b27d6e05f1a9c2b7e84","betas":["rich-media-storefront-analytics"],"domain":"erdojaro.hu","predictiveSearch":true,"shopId":61244719083,"locale":"hu"}</script>
<script>var Shopify = Shopify || {};
Shopify.shop = "erdojaro-outdoor.myshopify.com";
Shopify.locale = "hu";
Shopify.currency = {"active":"HUF","rate":"1.0"};
Shopify.country = "HU";
Shopify.theme = %s;
Shopify.theme.handle = "null";
Shopify.theme.style = {"id":null,"handle":null};
Shopify.cdnHost = "erdojaro.hu/cdn";
Shopify.routes = Shopify.routes || {};
Shopify.routes.root = "/";</script>
<script type="module">!function(o){(o.Shopify=o.Shopify||{}).modules=!0}(window);</script>
<script>!function(o){function n(){var o=[];function n(){o.push(Array.prototype.slice.apply(arguments))}return n.q=o,n}var t=o.Shopify=o.Shopify||{};t.loadFeatures=n(),t.autoloadFeatures=n()}(window);</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"policy"}</script>
<script defer="defer" async type="module" src="//erdojaro.hu/cdn/shopifycloud/shop-js/modules/v2/client.init-shop-for-new-customer-accounts_%s.hu.esm.js"></script>
<script id="web-pixels-manager-setup">(function e(e,d,r,n,o){if(void 0===o&&(o={}),!Boolean(null===(a=null===(i=window.Shopify)||void 0===i?void 0:i.analytics)||void 0===a?void 0:a.replayQueue)){var i,a;window.Shopify=window.Shopify||{};var t=window.Shopify;t.analytics=t.analytics||{};var s=t.analytics;s.replayQueue=[],s.publish=function(e,d,r){return s.replayQueue.push([e,d,r]),!0}}})({shopId: 61244719083,storefrontBaseUrl: "https://erdojaro.hu",extensionsBaseUrl: "https://extensions.shopifycdn.com/cdn/shopifycloud/web-pixels-manager",surface: "storefront-renderer",enabledBetaFlags: ["ac843a20"],webPixelsConfigList: [{"id":"shopify-app-pixel","configuration":"{}","eventPayloadVersion":"v1","runtimeContext":"STRICT","scriptVersion":"0450","apiClientId":"shopify-pixel","type":"APP","privacyPurposes":["ANALYTICS","MARKETING"]}],isMerchantRequest: false,initData: {"shop":{"name":"Erdőjáró Outdoor","paymentSettings":{"currencyCode":"HUF"},"myshopifyDomain":"erdojaro-outdoor.myshopify.com","countryCode":"HU","storefrontUrl":"https://erdojaro.hu"},"customer":null,"cart":null,"checkout":null,"productVariants":[],"purchasingCompany":null}},"https://erdojaro.hu/cdn","%s",{"pageType":"policy"},"%s");</script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};
window.ShopifyAnalytics.meta = window.ShopifyAnalytics.meta || {};
window.ShopifyAnalytics.meta.currency = 'HUF';
var meta = {"page":{"pageType":"policy","requestId":"%s"}};
for (var attr in meta) {
  window.ShopifyAnalytics.meta[attr] = meta[attr];
}</script>
<script class="boomerang">(function () { window.BOOMR = window.BOOMR || {}; window.BOOMR.themeName = "Dawn"; window.BOOMR.themeVersion = "%s"; window.BOOMR.shopId = 61244719083; window.BOOMR.application = "storefront-renderer"; window.BOOMR.url = "https://erdojaro.hu/cdn/shopifycloud/boomerang/shopify-boomerang-1.0.0.min.js"; })();</script>
<script id="portable-wallets" src="https://erdojaro.hu/cdn/shopifycloud/portable-wallets/%s/portable-wallets.hu.js" defer></script>
<script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.end');</script>

    <style data-shopify>
      :root {
        --font-body-family: Assistant, sans-serif;
        --font-heading-family: "Bitter", serif;
        --color-base-text: 33, 41, 35;
        --color-base-background-1: 250, 248, 243;
        --color-base-accent-1: 46, 94, 62;
        --page-width: 120rem;
        --buttons-radius: 4px;
      }
    </style>

    %s
    <script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');
    if (Shopify.designMode) {
      document.documentElement.classList.add('shopify-design-mode');
    }
    </script>
    <!-- Google tag (gtag.js) -->
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-7HQ2XK4M9B"></script>
    <script>
      window.dataLayer = window.dataLayer || [];
      function gtag(){dataLayer.push(arguments);}
      gtag('consent', 'default', {'ad_storage': 'denied', 'analytics_storage': 'denied'});
      gtag('js', new Date());
      gtag('config', 'G-7HQ2XK4M9B');
    </script>
  </head>
""" % (asset(state, "global.js"), theme_json, p["shopjs"].replace(".", "-"), p["wpm"], p["wpm"][:8],
       _uuid4_like(p), "7.0.1" if not d12 else "12.0.0", p["wallets"], links)


def _menu(d12):
    out = []
    for n, (name, handle, subs) in enumerate(MENU, 1):
        if not subs:
            out.append('<li><a href="/collections/%s" class="header__menu-item list-menu__item link link--text '
                       'focus-inset"><span>%s</span></a></li>' % (handle, name))
            continue
        items = "".join('<li><a href="/collections/%s" class="header__menu-item list-menu__item link link--text '
                        'focus-inset caption-large">%s</a></li>' % (handle, s) for s in subs)
        tag = "header-menu" if d12 else "details-disclosure"
        out.append('<li><%s><details id="Details-HeaderMenu-%d"><summary id="HeaderMenu-%s" '
                   'class="header__menu-item list-menu__item link focus-inset"><span>%s</span>'
                   '<svg aria-hidden="true" focusable="false" class="icon icon-caret" viewBox="0 0 10 6"><path '
                   'fill-rule="evenodd" clip-rule="evenodd" d="M9.354.646a.5.5 0 00-.708 0L5 4.293 1.354.646a.5.5 '
                   '0 00-.708.708l4 4a.5.5 0 00.708 0l4-4a.5.5 0 000-.708z" fill="currentColor"></path></svg>'
                   '</summary><ul id="HeaderMenu-MenuList-%d" class="header__submenu list-menu list-menu--disclosure '
                   'gradient caption-large motion-reduce global-settings-popup" role="list" tabindex="-1">%s</ul>'
                   '</details></%s></li>' % (tag, n, handle, name, n, items, tag))
    return "\n".join(out)


def header(state):
    d12 = state["theme"] == "dawn12"
    sec = "sections--16538213859515__" if d12 else ""
    banner = html.escape(state["banner"])
    ann = ('<div id="shopify-section-%sannouncement-bar" class="shopify-section %sannouncement-bar-section">'
           '<div class="announcement-bar color-%s gradient" role="region" aria-label="Közlemény" >'
           '<div class="page-width"><p class="announcement-bar__message %s"><span>%s</span></p></div></div></div>'
           % (sec, "shopify-section-group-header-group " if d12 else "",
              "scheme-1" if d12 else "accent-1", "h5" if d12 else "center h5", banner))
    if d12:
        ann = ('<div id="shopify-section-%sannouncement-bar" class="shopify-section '
               'shopify-section-group-header-group announcement-bar-section"><link href="%s" rel="stylesheet" '
               'type="text/css" media="all" /><div class="utility-bar color-scheme-1 gradient utility-bar--bottom-'
               'border"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region" '
               'aria-label="Közlemény"><div class="page-width"><p class="announcement-bar__message h5"><span>%s'
               '</span></p></div></div><div class="localization-wrapper"></div></div></div></div>'
               % (sec, asset(state, "component-slideshow.css"), banner))
    return """  <body class="gradient%s">
    <a class="skip-to-content-link button visually-hidden" href="#MainContent">
      Ugrás a tartalomra
    </a>
%s
<div id="shopify-section-%sheader" class="shopify-section %ssection-header"><link rel="stylesheet" href="%s" media="print" onload="this.media='all'">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-%s gradient header-wrapper--border-bottom">
  <header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-social">
    <header-drawer data-breakpoint="tablet">
      <details id="Details-menu-drawer-container" class="menu-drawer-container">
        <summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menü">
          <span><svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" focusable="false" class="icon icon-hamburger" fill="none" viewBox="0 0 18 16"><path d="M1 .5a.5.5 0 100 1h15.71a.5.5 0 000-1H1zM.5 8a.5.5 0 01.5-.5h15.71a.5.5 0 010 1H1A.5.5 0 01.5 8zm0 7a.5.5 0 01.5-.5h15.71a.5.5 0 010 1H1a.5.5 0 01-.5-.5z" fill="currentColor"></path></svg></span>
        </summary>
      </details>
    </header-drawer>
    <a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
      <img src="//erdojaro.hu/cdn/shop/files/erdojaro-logo.svg?v=1651229455&amp;width=600" alt="Erdőjáró Outdoor" srcset="//erdojaro.hu/cdn/shop/files/erdojaro-logo.svg?v=1651229455&amp;width=150 150w, //erdojaro.hu/cdn/shop/files/erdojaro-logo.svg?v=1651229455&amp;width=225 225w" width="150" height="42.0" loading="eager" class="header__heading-logo motion-reduce" sizes="(max-width: 300px) 50vw, 150px">
    </div></a>
    <nav class="header__inline-menu">
      <ul class="list-menu list-menu--inline" role="list">
%s
      </ul>
    </nav>
    <div class="header__icons">
      <details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Keresés"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"><use href="#icon-search"></use></svg></span></summary></details></details-modal>
      <a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" focusable="false" class="icon icon-account" fill="none" viewBox="0 0 18 19"><path fill-rule="evenodd" clip-rule="evenodd" d="M6 4.5a3 3 0 116 0 3 3 0 01-6 0zm3-4a4 4 0 100 8 4 4 0 000-8zm5.58 12.15c1.12.82 1.83 2.24 1.91 4.85H1.51c.08-2.6.79-4.03 1.9-4.85C4.66 11.75 6.5 11.5 9 11.5s4.35.26 5.58 1.15zM9 10.5c-2.5 0-4.65.24-6.17 1.35C1.27 12.98.5 14.93.5 18v.5h17V18c0-3.07-.77-5.02-2.33-6.15-1.52-1.1-3.67-1.35-6.17-1.35z" fill="currentColor"></path></svg><span class="visually-hidden">Bejelentkezés</span></a>
      <a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" fill="none"><path d="m15.75 11.8h-3.16l-.77 11.6a5 5 0 0 0 4.99 5.34h7.38a5 5 0 0 0 4.99-5.33l-.78-11.61zm0 1h-2.22l-.71 10.67a4 4 0 0 0 3.99 4.27h7.38a4 4 0 0 0 4-4.27l-.72-10.67h-2.22v.63a4.75 4.75 0 1 1 -9.5 0zm8.5 0h-7.5v.63a3.75 3.75 0 1 0 7.5 0z" fill="currentColor" fill-rule="evenodd"/></svg><span class="visually-hidden">Kosár</span></a>
    </div>
  </header>
</sticky-header>
</div>
""" % (" animate--hover-default" if d12 else "", ann, sec, "shopify-section-group-header-group " if d12 else "",
       asset(state, "component-list-social.css"), "scheme-1" if d12 else "background-1", _menu(d12))


def footer(state, when):
    d12 = state["theme"] == "dawn12"
    sec = "sections--16538213826747__" if d12 else ""
    return """<div id="shopify-section-%sfooter" class="shopify-section%s">
<footer class="footer color-%s gradient section-%sfooter-padding">
    <div class="footer__content-top page-width">
      <div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
        <div class="footer-block grid__item footer-block--menu">
          <h2 class="footer-block__heading inline-richtext">Vásárlás</h2>
          <ul class="footer-block__details-content list-unstyled">
            <li><a href="/pages/szallitas" class="link link--text list-menu__item list-menu__item--link">Szállítás és átvétel</a></li>
            <li><a href="/pages/csere-es-visszaru" class="link link--text list-menu__item list-menu__item--link">Csere és visszaküldés</a></li>
            <li><a href="/pages/meretek" class="link link--text list-menu__item list-menu__item--link">Mérettáblázat</a></li>
            <li><a href="/pages/berles" class="link link--text list-menu__item list-menu__item--link">Sátorbérlés</a></li>
          </ul>
        </div>
        <div class="footer-block grid__item footer-block--menu">
          <h2 class="footer-block__heading inline-richtext">Erdőjáró</h2>
          <ul class="footer-block__details-content list-unstyled">
            <li><a href="/pages/rolunk" class="link link--text list-menu__item list-menu__item--link">Rólunk</a></li>
            <li><a href="/blogs/turak" class="link link--text list-menu__item list-menu__item--link">Túrablog</a></li>
            <li><a href="/pages/kapcsolat" class="link link--text list-menu__item list-menu__item--link">Kapcsolat</a></li>
          </ul>
        </div>
        <div class="footer-block grid__item">
          <h2 class="footer-block__heading inline-richtext">Ügyfélszolgálat</h2>
          <div class="footer-block__details-content rte"><p>Hétköznap 9–17 óra között<br>ugyfelszolgalat@erdojaro.hu</p></div>
        </div>
      </div>
      <div class="footer-block--newsletter">
        <div class="footer-block__newsletter">
          <h2 class="footer-block__heading inline-richtext">Iratkozz fel hírlevelünkre</h2>
          <form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer" /><input type="hidden" name="utf8" value="✓" />
            <input type="hidden" name="contact[tags]" value="newsletter">
            <div class="newsletter-form__field-wrapper">
              <div class="field">
                <input id="NewsletterForm--%sfooter" type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="E-mail-cím" required>
                <label class="field__label" for="NewsletterForm--%sfooter">E-mail-cím</label>
                <button type="submit" class="newsletter-form__button field__button" name="commit" id="Subscribe" aria-label="Feliratkozás"><svg viewBox="0 0 14 10" fill="none" aria-hidden="true" focusable="false" class="icon icon-arrow" xmlns="http://www.w3.org/2000/svg"><path fill-rule="evenodd" clip-rule="evenodd" d="M8.537.808a.5.5 0 01.817-.162l4 4a.5.5 0 010 .708l-4 4a.5.5 0 11-.708-.708L11.793 5.5H1a.5.5 0 010-1h10.793L8.646 1.354a.5.5 0 01-.109-.546z" fill="currentColor"></path></svg></button>
              </div>
            </div>
          </form>
        </div>
      </div>
    </div>
  <div class="footer__content-bottom">
    <div class="footer__content-bottom-wrapper page-width">
      <div class="footer__column footer__localization isolate"></div>
      <div class="footer__column footer__column--info">
          <div class="footer__payment">
            <span class="visually-hidden">Fizetési módok</span>
            <ul class="list list-payment" role="list">
              <li class="list-payment__item"><svg class="icon icon--full-color" viewBox="0 0 38 24" xmlns="http://www.w3.org/2000/svg" role="img" width="38" height="24" aria-labelledby="pi-master"><title id="pi-master">Mastercard</title><path opacity=".07" d="M35 0H3C1.3 0 0 1.3 0 3v18c0 1.7 1.4 3 3 3h32c1.7 0 3-1.3 3-3V3c0-1.7-1.4-3-3-3z"/><circle fill="#EB001B" cx="15" cy="12" r="7"/><circle fill="#F79E1B" cx="23" cy="12" r="7"/></svg></li>
              <li class="list-payment__item"><svg class="icon icon--full-color" viewBox="0 0 38 24" xmlns="http://www.w3.org/2000/svg" role="img" width="38" height="24" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title><path opacity=".07" d="M35 0H3C1.3 0 0 1.3 0 3v18c0 1.7 1.4 3 3 3h32c1.7 0 3-1.3 3-3V3c0-1.7-1.4-3-3-3z"/><path fill="#142688" d="M28.3 10.1H28c-.4 1-.7 1.5-1 3h1.9c-.3-1.5-.3-2.2-.6-3z"/></svg></li>
            </ul>
          </div>
        <div class="footer__copyright caption">
          <small class="copyright__content">&copy; %d, <a href="/" title="">Erdőjáró Outdoor</a></small>
          <small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Üzemeltető: Shopify</a></small>
          <ul class="policies list-unstyled">
            <li><small class="copyright__content"><a href="/policies/refund-policy">Visszatérítési szabályzat</a></small></li>
            <li><small class="copyright__content"><a href="/policies/privacy-policy">Adatkezelési tájékoztató</a></small></li>
            <li><small class="copyright__content"><a href="/policies/terms-of-service">Általános szerződési feltételek</a></small></li>
            <li><small class="copyright__content"><a href="/policies/shipping-policy">Szállítási szabályzat</a></small></li>
            <li><small class="copyright__content"><a href="/policies/contact-information">Kapcsolatfelvételi adatok</a></small></li>
            <li><small class="copyright__content"><a href="#" onclick="window.Shopify.customerPrivacy && window.Shopify.customerPrivacy.showPreferences(); return false;">Sütibeállítások</a></small></li>
          </ul>
        </div>
      </div>
    </div>
  </div>
</footer>
</div>
""" % (sec, " shopify-section-group-footer-group" if d12 else "", "scheme-1" if d12 else "background-1", sec, sec,
       sec, when.year)


def render(state, blocks, when):
    title, body = blocks[0], blocks[1:]
    d12 = state["theme"] == "dawn12"
    main = """    <main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
      <div class="shopify-policy__container">
        <div class="shopify-policy__title">
          <h1>%s</h1>
        </div>

        <div class="shopify-policy__body">
          <div class="rte">
            %s
          </div>
        </div>
      </div>
    </main>
""" % (C.inline_html(title[1]), rte(body))
    tail = """
    <ul hidden>
      <li id="a11y-refresh-page-message">Egy kiválasztott elem hatására az oldal teljesen frissül.</li>
      <li id="a11y-new-window-message">Új ablakban nyílik meg.</li>
    </ul>
    <script>
      window.shopUrl = 'https://erdojaro.hu';
      window.routes = {
        cart_add_url: '/cart/add',
        cart_change_url: '/cart/change',
        cart_update_url: '/cart/update',
        cart_url: '/cart',
        predictive_search_url: '/search/suggest',
      };
      window.cartStrings = {
        error: `Hiba történt a kosár frissítésekor. Próbáld újra.`,
        quantityError: `Legfeljebb [quantity] darabot adhatsz a kosárhoz ebből a termékből.`,
      };
      window.variantStrings = {
        addToCart: `Kosárba`,
        soldOut: `Elfogyott`,
        unavailable: `Nem elérhető`,
      };
      window.accessibilityStrings = {
        imageAvailable: `A(z) [index]. kép elérhető a galérianézetben`,
        shareSuccess: `Hivatkozás vágólapra másolva`,
      };
    </script>
    <script src="%s" defer="defer"></script>
    <script src="%s" defer="defer"></script>
    <div id="shopify-block-pandectes-gdpr-%s" class="shopify-block shopify-app-block"><script src="https://cdn.shopify.com/extensions/pandectes-gdpr-compliance/assets/pandectes-core.js" defer></script></div>
  </body>
</html>
""" % (asset(state, "predictive-search.js"), asset(state, "cart-notification.js"),
       "11398223849" if d12 else "10012239851")
    return head(state, when) + header(state) + main + footer(state, when) + tail



PAGE = {
    "service": "Erdojaro Outdoor",
    "url": URL,
    "lang": "hu",
    "platform": "Shopify (Dawn 7.0.1 -> Dawn 12.0.0), store policy page",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-ShopId", "61244719083"), ("X-Shopify-Stage", "production"), ("Powered-By", "Shopify"),
                      ("Server", "cloudflare")),
    "n": 30,
    "start": dt.date(2022, 5, 10),
    "end": dt.date(2025, 4, 20),
    "hours": (2, 14),
    "policy": POLICY,
    "first_updated": dt.date(2022, 3, 28),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".shopify-policy__container"},
}
