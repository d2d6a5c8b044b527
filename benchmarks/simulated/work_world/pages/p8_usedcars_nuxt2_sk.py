"""AutoTrh.sk (Slovak used-car marketplace) - sk-SK - Nuxt 2 (Vue 2 SSR, BootstrapVue, scoped-CSS data-v
attributes, window.__NUXT__ state): the policy page renders CMS HTML with v-html and, in the middle, the notices
for dealers (autobazáre) as BootstrapVue collapses, closed (display:none) in the server-rendered markup; print and
PDF buttons inside the article. Noisy: live listing and online counts, "Top ponuky" car teasers with prices and
mileage, an A/B test on the header call to action, __BVID__ ids, the __NUXT__ state, hashed /_nuxt/ chunks and
data-v hashes after deploys, Smartsupp chat, and a "Black Friday" topovanie promo strip."""
import datetime as dt
import html
import json
import common as C

BASE = "https://www.autotrh.sk"
URL = BASE + "/ochrana-osobnych-udajov"
MESIACE = ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra",
           "novembra", "decembra"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MESIACE[d.month - 1], d.year)


POLICY = """
# Zásady ochrany osobných údajov

Účinné od: {UPDATED}

Spoločnosť AutoTrh s.r.o., so sídlom Mlynské nivy 45, 821 09 Bratislava, IČO: 47 812 339, zapísaná v Obchodnom registri Mestského súdu Bratislava III, oddiel Sro, vložka č. 98211/B (ďalej len „AutoTrh“ alebo „my“), prevádzkuje inzertný portál www.autotrh.sk a mobilnú aplikáciu AutoTrh. V týchto zásadách vysvetľujeme, ako spracúvame osobné údaje kupujúcich, súkromných predajcov a autobazárov v súlade s nariadením (EÚ) 2016/679 (GDPR) a zákonom č. 18/2018 Z. z. o ochrane osobných údajov.

## 1. Prevádzkovateľ a zodpovedná osoba

Prevádzkovateľom osobných údajov je AutoTrh s.r.o. Určili sme zodpovednú osobu, ktorú môžete kontaktovať na adrese [dpo@autotrh.sk](mailto:dpo@autotrh.sk) alebo písomne na adrese sídla s označením „Zodpovedná osoba“.

## 2. Aké osobné údaje spracúvame

- **Registračné údaje:** meno, e-mailová adresa, telefónne číslo, heslo v zašifrovanej podobe;
- **Údaje v inzeráte:** lokalita vozidla, fotografie, popis, VIN (ak ho uvediete), kontaktné údaje, ktoré sa rozhodnete zverejniť;
- **Komunikácia:** správy, ktoré si cez portál vymeníte s predajcom alebo kupujúcim;
- **Platobné údaje:** údaje o platbách za topovanie a zvýraznenie inzerátov, bez úplného čísla platobnej karty;
- **Údaje o používaní:** IP adresa, identifikátor zariadenia, uložené vyhľadávania, obľúbené inzeráty, história prezerania;
- **Údaje z cookies:** ak ste na to udelili súhlas, údaje o správaní na portáli na účely analýzy a personalizovanej reklamy.

## 3. Účely a právne základy spracúvania

Osobné údaje spracúvame na tieto účely:

- vytvorenie a správa používateľského účtu a zverejnenie inzerátu – plnenie zmluvy (čl. 6 ods. 1 písm. b) GDPR);
- sprostredkovanie komunikácie medzi kupujúcim a predajcom – plnenie zmluvy;
- ochrana pred podvodnými inzerátmi, kontrola ukradnutých vozidiel a bezpečnosť portálu – oprávnený záujem (čl. 6 ods. 1 písm. f) GDPR);
- fakturácia platených služieb a plnenie účtovných povinností – zákonná povinnosť (čl. 6 ods. 1 písm. c) GDPR);
- zasielanie upozornení na nové inzeráty podľa uloženého vyhľadávania – plnenie zmluvy, upozornenia môžete kedykoľvek vypnúť;
- marketingová komunikácia a personalizovaná reklama – súhlas (čl. 6 ods. 1 písm. a) GDPR).

## 4. Zverejnenie údajov v inzeráte

Údaje, ktoré uvediete v inzeráte, sú verejne dostupné všetkým návštevníkom portálu a môžu ich indexovať internetové vyhľadávače. Telefónne číslo zobrazujeme až po kliknutí na tlačidlo „Zobraziť číslo“, aby sme sťažili jeho automatizované zbieranie. Ak do popisu inzerátu uvediete VIN, zobrazí sa len jeho časť; celý VIN použijeme iba na overenie histórie vozidla.

## 5. Informácie pre predajcov a autobazáre

Ak na portáli inzerujete ako autobazár alebo iný podnikateľ, platia pre vás aj nasledujúce informácie. Rozbaľte jednotlivé časti.

%% predajcovia

### Overenie predajcu

Pri registrácii firemného účtu overujeme IČO, názov a sídlo vašej spoločnosti v Obchodnom a Živnostenskom registri a meno osoby, ktorá účet zakladá. Overené autobazáre označujeme odznakom „Overený predajca“. Údaje z overenia uchovávame počas trvania zmluvy a 3 roky po jej skončení.

### Dopyty od záujemcov (leady)

Keď záujemca kontaktuje autobazár cez formulár v inzeráte, odovzdáme autobazáru meno, e-mail, telefónne číslo a text správy záujemcu. Autobazár sa stáva samostatným prevádzkovateľom týchto údajov. Kópiu dopytu uchovávame 12 mesiacov na účely riešenia sťažností a štatistík.

### Štatistiky inzerátov

V administrácii firemného účtu vidíte počet zobrazení inzerátov, kliknutí na telefónne číslo a uložení do obľúbených. Tieto štatistiky sú agregované a neobsahujú osobné údaje návštevníkov.

### Import inzerátov cez XML a API

Ak inzeráty importujete z dealerského systému, spracúvame údaje, ktoré váš systém odošle, vrátane kontaktných údajov predajcov uvedených pri vozidlách. Za zákonnosť týchto údajov zodpovedá autobazár.

### Hodnotenia autobazárov

Kupujúci môžu po kontakte s autobazárom pridať hodnotenie. Pri hodnotení zverejníme krstné meno hodnotiaceho a mesiac hodnotenia. Autobazár môže na hodnotenie verejne odpovedať alebo ho nahlásiť, ak obsahuje osobné údaje alebo nepravdivé tvrdenia.

%% koniec

## 5a. Bezpečnosť a predchádzanie podvodom

Aby sme chránili kupujúcich pred falošnými inzerátmi, automaticky kontrolujeme nové inzeráty, napríklad či sa fotografie nepoužívajú v iných inzerátoch, či cena nie je výrazne nižšia ako trhová cena a či sa vozidlo nenachádza v databáze odcudzených vozidiel. Podozrivé inzeráty pred zverejnením posúdi náš zamestnanec. Ak inzerát zablokujeme, oznámime vám dôvod a môžete sa proti rozhodnutiu ohradiť.

Správy medzi používateľmi automaticky kontrolujeme na výskyt podvodných odkazov a žiadostí o platbu vopred. Obsah správ náš zamestnanec číta iba vtedy, ak bola správa nahlásená alebo ju systém vyhodnotil ako podozrivú.

## 5b. Cookies a podobné technológie

Na portáli používame nevyhnutné cookies, bez ktorých by portál nefungoval, a s vaším súhlasom aj analytické a reklamné cookies. Podrobnosti o jednotlivých cookies a ich dobe platnosti nájdete na stránke Cookies. Súhlas môžete kedykoľvek zmeniť cez odkaz „Nastavenia cookies“ v pätičke portálu.

## 6. Príjemcovia osobných údajov

Osobné údaje neposkytujeme tretím stranám na ich marketingové účely. Príjemcami môžu byť:

- poskytovatelia cloudových a hostingových služieb (Amazon Web Services EMEA SARL, dátové centrum vo Frankfurte);
- poskytovateľ platobnej brány (Comgate, a.s.);
- poskytovateľ nástroja na zákaznícku podporu a chat (Smartsupp.com, s.r.o.);
- poskytovatelia analytických a reklamných služieb (Google Ireland Limited, Meta Platforms Ireland Limited), iba ak ste udelili súhlas;
- orgány verejnej moci, najmä Policajný zbor SR pri vyšetrovaní podvodov a krádeží vozidiel, ak nám to ukladá zákon.

Ak si objednáte overenie histórie vozidla alebo poistenie zákonnej zodpovednosti cez našich partnerov, odovzdáme partnerovi iba údaje potrebné na vybavenie vašej objednávky. Partner vystupuje ako samostatný prevádzkovateľ a spracúva údaje podľa vlastných zásad ochrany osobných údajov, na ktoré vás upozorníme pred odoslaním objednávky.

## 7. Prenos do tretích krajín

Údaje spracúvame predovšetkým v Európskej únii. Ak niektorý z našich dodávateľov prenáša údaje do tretej krajiny, deje sa tak na základe rozhodnutia Európskej komisie o primeranosti alebo štandardných zmluvných doložiek.

Pri prenose údajov dbáme na to, aby dodávatelia prijali primerané technické a organizačné opatrenia, najmä šifrovanie údajov pri prenose a uložení a obmedzenie prístupu iba na oprávnené osoby.

## 8. Doba uchovávania

Osobné údaje v účte uchovávame, kým účet nezrušíte. Ak sa do účtu neprihlásite 3 roky, účet aj s údajmi vymažeme; 30 dní predtým vás upozorníme e-mailom. Neaktívne inzeráty vymažeme po 6 mesiacoch. Správy medzi používateľmi uchovávame 2 roky od ich odoslania. Účtovné doklady uchovávame 10 rokov podľa zákona o účtovníctve.

## 9. Vaše práva

Máte právo na prístup k osobným údajom, ich opravu a vymazanie, obmedzenie spracúvania, prenosnosť údajov a právo namietať proti spracúvaniu na základe oprávneného záujmu. Súhlas môžete kedykoľvek odvolať v nastaveniach účtu alebo v nastaveniach cookies. Žiadosti vybavíme do jedného mesiaca.

Ak sa domnievate, že spracúvaním porušujeme predpisy, môžete podať návrh na začatie konania na Úrad na ochranu osobných údajov Slovenskej republiky, Hraničná 12, 820 07 Bratislava 27.

## 9a. Mobilná aplikácia

Mobilná aplikácia AutoTrh spracúva rovnaké údaje ako webový portál. Ak povolíte notifikácie, uložíme identifikátor zariadenia na odosielanie upozornení na nové inzeráty a správy. Ak povolíte prístup k polohe, použijeme ju iba na zoradenie inzerátov podľa vzdialenosti; poloha sa neukladá. Prístup k fotoaparátu aplikácia používa iba pri pridávaní fotografií do inzerátu. Všetky oprávnenia môžete kedykoľvek zrušiť v nastaveniach telefónu.

Ak chcete uplatniť niektoré z práv, napíšte nám na kontaktné údaje zodpovednej osoby alebo použite formulár v sekcii Nastavenia účtu > Súkromie. Pred vybavením žiadosti môžeme overiť vašu totožnosť, napríklad potvrdením z e-mailovej adresy, ktorú používate v účte. Kópiu údajov vám poskytneme v štruktúrovanom strojovo čitateľnom formáte. Žiadosti vybavujeme bezplatne; ak by však boli zjavne neopodstatnené alebo neprimerané, najmä pre ich opakujúcu sa povahu, môžeme požadovať primeraný poplatok alebo odmietnuť konať.

## 10. Zmeny zásad

Tieto zásady môžeme aktualizovať. O podstatných zmenách vás budeme informovať e-mailom alebo oznámením v účte najmenej 14 dní vopred.
"""

EDITS = [
    {"note": "inside a collapsed dealer section: lead copies kept 12 -> 6 months",
     "repl": [("Kópiu dopytu uchovávame 12 mesiacov", "Kópiu dopytu uchovávame 6 mesiacov")]},
    {"note": "recipient added: VIN history provider (Cebia)",
     "repl": [("- poskytovateľ platobnej brány (Comgate, a.s.);", "- poskytovateľ platobnej brány (Comgate, a.s.);\n- poskytovateľ overenia histórie vozidla podľa VIN (Cebia, spol. s r.o.), ktorému odovzdávame iba VIN;")]},
    {"note": "new collapsed dealer section added (financing and leasing offers)",
     "repl": [("### Import inzerátov cez XML a API", "### Ponuky financovania\n\nAk autobazár pri inzeráte zobrazuje kalkulačku úveru alebo leasingu, údaje zo žiadosti záujemcu odovzdávame priamo vybranej leasingovej spoločnosti. AutoTrh nerozhoduje o schválení financovania a údaje zo žiadosti neuchováva.\n\n### Import inzerátov cez XML a API")]},
    {"note": "sentence deleted: phone number shown only after click",
     "repl": [(" Telefónne číslo zobrazujeme až po kliknutí na tlačidlo „Zobraziť číslo“, aby sme sťažili jeho automatizované zbieranie.", "")]},
    {"note": "DPO contact changed (new e-mail address) and inactive-account period 3 -> 2 years",
     "repl": [("[dpo@autotrh.sk](mailto:dpo@autotrh.sk)", "[zodpovedna.osoba@autotrh.sk](mailto:zodpovedna.osoba@autotrh.sk)"),
              ("Ak sa do účtu neprihlásite 3 roky,", "Ak sa do účtu neprihlásite 2 roky,")]},
]

MAKES = [("Škoda", ["Octavia Combi 2.0 TDI", "Superb 2.0 TDI DSG", "Fabia 1.0 TSI", "Kodiaq 4x4"]),
         ("Volkswagen", ["Golf 1.5 TSI", "Passat Variant", "Tiguan 2.0 TDI"]), ("Hyundai", ["i30 CW", "Tucson 1.6 T-GDi"]),
         ("Kia", ["Ceed SW", "Sportage 1.6 CRDi"]), ("BMW", ["320d xDrive", "X3 xDrive20d"]), ("Toyota", ["Corolla Hybrid", "RAV4 Hybrid"]),
         ("Dacia", ["Duster 1.3 TCe", "Sandero Stepway"]), ("Ford", ["Focus Kombi", "Kuga ST-Line"])]
CITIES = ["Bratislava", "Košice", "Žilina", "Nitra", "Trnava", "Banská Bystrica", "Prešov", "Trenčín", "Martin", "Poprad"]
DEPLOYS = [dt.datetime(2022, 1, 1), dt.datetime(2022, 9, 19), dt.datetime(2023, 3, 6), dt.datetime(2023, 11, 13),
           dt.datetime(2024, 5, 27), dt.datetime(2025, 2, 10)]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    dep = [k for k, d in enumerate(DEPLOYS) if when >= d][-1]
    s["release"] = dep
    s["chunks"] = C.keep_or(rng, prev.get("chunks") if prev.get("release") == dep else None, 0.5, lambda: tuple(C.hexs(rng, 7) for _ in range(4)))
    s["counts"] = (rng.randint(52000, 68000), rng.randint(300, 2600))
    s["top"] = tuple((rng.randrange(len(MAKES)), rng.randrange(4), rng.randint(2014, when.year), rng.randint(8, 260) * 1000,
                      rng.randint(45, 480) * 100, rng.randrange(len(CITIES)), rng.randint(10000000, 19999999)) for _ in range(4))
    s["ab"] = rng.choice(["A", "B"]) if when >= dt.datetime(2023, 5, 1) else "A"
    s["bvid"] = rng.randint(40, 90)
    s["promo"] = "bf%d" % when.year if (when.month == 11 and when.day >= 15) or (when.month == 12 and when.day <= 2) else ""
    return s


LABELS = {
    "release": "deploy: new data-v scoped-CSS hashes and chunk names",
    "chunks": "hashed /_nuxt/ chunk file names",
    "counts": "live listing count and users online",
    "top": "'Top ponuky' car teasers (price, mileage, city)",
    "ab": "A/B test on the header call to action",
    "bvid": "BootstrapVue __BVID__ auto ids",
    "promo": "Black Friday topovanie promo strip",
}

VHASH = ["3f2a1c8e", "7b91d0e4", "0c6e2f5a", "a41d7e93", "5e0b3c2d", "d82f6a17"]


def render(s, blocks, when):
    dv = VHASH[s["release"]]
    dva = ' data-v-%s' % dv
    segs = C.segments(blocks)
    title = segs["head"][0][1]
    head_html = C.blocks_html(segs["head"][1:], sep="")
    tail_html = C.blocks_html(segs["koniec"], sep="")
    items = C.under_headings(segs["predajcovia"], "h3")
    bv = s["bvid"]
    cards = []
    for k, (label, bl) in enumerate(items):
        cid = "__BVID__%d" % (bv + 2 * k)
        cards.append('<div%s class="card dealer-notice"><header%s role="tab" class="card-header p-0">'
                     '<button%s aria-expanded="false" aria-controls="%s" type="button" class="btn btn-link btn-block text-left collapsed">'
                     '<h3%s class="dealer-notice__title">%s</h3><svg%s viewBox="0 0 16 16" width="1em" height="1em" class="bi-chevron-down b-icon bi" aria-hidden="true"><path d="M1.646 4.646a.5.5 0 0 1 .708 0L8 10.293l5.646-5.647a.5.5 0 0 1 .708.708l-6 6a.5.5 0 0 1-.708 0l-6-6a.5.5 0 0 1 0-.708z"></path></svg></button></header>'
                     '<div%s id="%s" role="tabpanel" class="collapse" style="display:none;"><div class="card-body cms-content">%s</div></div></div>'
                     % (dva, dva, dva, cid, dva, html.escape(label), dva, dva, cid, C.blocks_html(bl, sep="")))
    total, online = s["counts"]
    teasers = []
    for mk, mi, yr, km, price, ci, lid in s["top"]:
        make, models = MAKES[mk]
        model = models[mi % len(models)]
        teasers.append('<a%s href="/inzerat/%d-%s" class="top-offer"><img%s src="https://img.autotrh.sk/%d/1_m.jpg" alt="%s %s" loading="lazy">'
                       '<div%s class="top-offer__body"><p%s class="top-offer__title">%s %s</p><p%s class="top-offer__meta">%d · %s km · %s</p>'
                       '<p%s class="top-offer__price">%s €</p></div></a>'
                       % (dva, lid, make.lower().replace("š", "s"), dva, lid, make, html.escape(model), dva, dva, make, html.escape(model), dva, yr,
                          format(km, ",").replace(",", " "), CITIES[ci], dva, format(price, ",").replace(",", " ")))
    cta = ("Predať auto" if s["ab"] == "A" else "Pridať inzerát zadarmo")
    promo = ""
    if s["promo"]:
        promo = '<div%s class="promo-strip">Black Friday: topovanie inzerátu so zľavou 50 %% do 1. decembra. <a href="/topovanie">Viac</a></div>' % dva
    ch = s["chunks"]
    nuxt_state = {"layout": "default", "data": [{"page": {"slug": "ochrana-osobnych-udajov", "title": title, "updatedAt": when.strftime("%Y-%m-%d")}}],
                  "fetch": {}, "error": None, "state": {"stats": {"listings": total, "online": online}, "auth": {"loggedIn": False, "user": None},
                                                         "abTests": {"headerCta": s["ab"]}, "i18n": {"locale": "sk"}},
                  "serverRendered": True, "routePath": "/ochrana-osobnych-udajov",
                  "config": {"apiUrl": "https://api.autotrh.sk/v2", "imgUrl": "https://img.autotrh.sk", "_app": {"basePath": "/", "assetsPath": "/_nuxt/", "cdnURL": None}}}
    return ('<!doctype html>\n<html lang="sk" data-n-head-ssr data-n-head="%%7B%%22lang%%22:%%7B%%22ssr%%22:%%22sk%%22%%7D%%7D">\n  <head>\n'
            '    <title>Ochrana osobných údajov | AutoTrh.sk</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">'
            '<meta data-n-head="ssr" data-hid="description" name="description" content="Zásady ochrany osobných údajov portálu AutoTrh.sk">'
            '<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="Ochrana osobných údajov | AutoTrh.sk">'
            '<link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico"><link data-n-head="ssr" rel="canonical" href="%s">'
            '<script data-n-head="ssr" src="https://consent.cookiefirst.com/sites/autotrh.sk-8f1c2a3b-4d5e-6f70-8192-a3b4c5d6e7f8/consent.js" async></script>'
            '<link rel="preload" href="/_nuxt/%s.js" as="script"><link rel="preload" href="/_nuxt/%s.js" as="script"><link rel="preload" href="/_nuxt/%s.js" as="script">'
            '<link rel="preload" href="/_nuxt/pages/ochrana-osobnych-udajov.%s.js" as="script"><link rel="stylesheet" href="/_nuxt/css/%s.css">\n  </head>\n'
            '  <body>\n    <div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div%s class="layout-default">'
            '%s<header%s class="site-header"><div%s class="container d-flex align-items-center"><a%s href="/" class="site-header__logo nuxt-link-active"><img%s src="/_nuxt/img/logo.3b1f2c4.svg" alt="AutoTrh.sk"></a>'
            '<nav%s class="site-header__nav"><a%s href="/osobne-auta">Osobné autá</a><a%s href="/uzitkove">Úžitkové</a><a%s href="/motorky">Motorky</a><a%s href="/autobazare">Autobazáre</a><a%s href="/magazin">Magazín</a></nav>'
            '<div%s class="site-header__stats">Aktuálne <strong%s>%s</strong> inzerátov · online <strong%s>%s</strong></div>'
            '<a%s href="/pridat-inzerat" class="btn btn-primary" data-ab="headerCta-%s">%s</a><a%s href="/prihlasenie" class="btn btn-link">Prihlásiť sa</a></div></header>'
            '<main%s class="container py-4"><nav%s aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/" target="_self">AutoTrh</a></li>'
            '<li class="breadcrumb-item active"><span aria-current="location">Ochrana osobných údajov</span></li></ol></nav>'
            '<div%s class="row"><div%s class="col-lg-8"><article%s class="legal-page"><div%s class="legal-page__tools"><button%s type="button" class="btn btn-outline-secondary btn-sm">Vytlačiť</button>'
            '<a%s href="/docs/ochrana-osobnych-udajov.pdf" class="btn btn-outline-secondary btn-sm">Stiahnuť PDF</a></div>'
            '<h1%s class="legal-page__title">%s</h1><div%s class="legal-page__content cms-content">%s</div>'
            '<div%s role="tablist" class="dealer-notices accordion">%s</div><div%s class="legal-page__content cms-content">%s</div></article></div>'
            '<aside%s class="col-lg-4"><div%s class="top-offers"><h2%s class="h5">Top ponuky</h2>%s</div></aside></div></main>'
            '<footer%s class="site-footer"><div%s class="container"><ul%s class="site-footer__links"><li%s><a%s href="/podmienky-pouzivania">Podmienky používania</a></li>'
            '<li%s><a%s href="/ochrana-osobnych-udajov" aria-current="page" class="nuxt-link-exact-active nuxt-link-active">Ochrana osobných údajov</a></li>'
            '<li%s><a%s href="/cookies">Cookies</a></li><li%s><a%s href="/cennik">Cenník</a></li><li%s><a%s href="/kontakt">Kontakt</a></li></ul>'
            '<p%s class="site-footer__copy">© 2013–%d AutoTrh s.r.o.</p></div></footer></div></div></div>'
            '<script>window.__NUXT__=%s;</script><script src="/_nuxt/%s.js" defer></script><script src="/_nuxt/pages/ochrana-osobnych-udajov.%s.js" defer></script>'
            '<script src="/_nuxt/%s.js" defer></script><script src="/_nuxt/%s.js" defer></script>\n'
            '<script type="text/javascript">var _smartsupp = _smartsupp || {};_smartsupp.key = \'5b2c8e1f0a7d3c9e4b6f1a2d8c0e3f5a7b9c1d2e\';_smartsupp.language = \'sk\';'
            'window.smartsupp||(function(d) {var s,c,o=smartsupp=function(){ o._.push(arguments)};o._=[];s=d.getElementsByTagName(\'script\')[0];c=d.createElement(\'script\');'
            'c.type=\'text/javascript\';c.charset=\'utf-8\';c.async=true;c.src=\'https://www.smartsuppchat.com/loader.js?\';s.parentNode.insertBefore(c,s);})(document);</script>\n'
            '  </body>\n</html>\n'
            % (URL, ch[0], ch[1], ch[2], ch[3], ch[0][:4] + ch[3][:3], dva, promo, dva, dva, dva, dva, dva, dva, dva, dva, dva, dva, dva, dva,
               format(total, ",").replace(",", " "), dva, format(online, ",").replace(",", " "), dva, s["ab"], cta, dva,
               dva, dva, dva, dva, dva, dva, dva, dva, dva, html.escape(title), dva, head_html, dva, "".join(cards), dva, tail_html,
               dva, dva, dva, "".join(teasers), dva, dva, dva, dva, dva, dva, dva, dva, dva, dva, dva, dva, dva, dva, when.year,
               json.dumps(nuxt_state, ensure_ascii=False, separators=(",", ":")).replace("</", "\\u003C/"), ch[0], ch[3], ch[1], ch[2]))


PAGE = {
    "service": "AutoTrh", "url": URL, "lang": "sk-SK", "platform": "Nuxt 2 (Vue 2 SSR, BootstrapVue)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Cache-Control", "no-store"), ("X-Powered-By", "Express"), ("Vary", "Accept-Encoding")),
    "n": 31, "start": dt.date(2022, 4, 1), "end": dt.date(2025, 12, 15), "hours": (4, 16),
    "policy": POLICY, "first_updated": dt.date(2022, 2, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "gold_md": lambda b: C.blocks_md(C.without_markers(b), URL),
    "declaration": {"fetch": URL, "select": ["article.legal-page"], "remove": [".legal-page__tools"]},
}
