"""Slovak pet insurer on Magnolia CMS 6 (own Freemarker light module): /dokumenty/ochrana-osobnych-udajov.

The documents page has three tabs: the privacy notice (tracked, first panel, open), the general insurance
conditions (VPP, an excerpt; hidden panel, revised once during the period) and the pre-contract information
(hidden). Declaration selects the first panel. Per visit: the Magnolia form module's `mgnlModelExecutionUUID` in
the premium calculator beside the tabs; per publish: the `~yyyy-MM-dd-HH-mm-ss-SSS~cache` resource stamps; the
calculator's "od … € mesačne" price is an A/B test, and the header counts insured pets.
"""
import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra",
          "novembra", "decembra"]
VPP_NEW = dt.datetime(2024, 1, 1)

POLICY = """
# Informácie o spracúvaní osobných údajov

Platné od {UPDATED}

Spoločnosť Labka poisťovňa, a. s. (ďalej len „poisťovňa“ alebo „my“) poisťuje psy, mačky a ďalšie domáce zvieratá. Pri tom nevyhnutne spracúvame osobné údaje ich majiteľov. V tomto dokumente vám v súlade s nariadením Európskeho parlamentu a Rady (EÚ) 2016/679 (GDPR) a so zákonom č. 18/2018 Z. z. o ochrane osobných údajov vysvetľujeme, aké údaje spracúvame, prečo, ako dlho a aké práva máte.

## 1. Prevádzkovateľ

@ Labka poisťovňa, a. s.
@ Karadžičova 8/A
@ 821 08 Bratislava
@ IČO: 52 418 736
@ zapísaná v Obchodnom registri Mestského súdu Bratislava III, oddiel: Sa, vložka č. 7312/B

Poisťovňa podlieha dohľadu Národnej banky Slovenska.

## 2. Zodpovedná osoba

Vymenovali sme zodpovednú osobu, ktorá dohliada na ochranu osobných údajov a na ktorú sa môžete obrátiť so všetkými otázkami. Kontaktovať ju môžete e-mailom na adrese zodpovedna.osoba@labka-poistovna.sk alebo písomne na adrese sídla poisťovne s označením „Zodpovedná osoba“.

## 3. Aké osobné údaje spracúvame

- identifikačné údaje: meno, priezvisko, titul, dátum narodenia, rodné číslo (ak ho zákon vyžaduje);
- kontaktné údaje: adresa trvalého pobytu, korešpondenčná adresa, telefónne číslo a e-mailová adresa;
- údaje o poistenom zvierati: meno, druh, plemeno, dátum narodenia, číslo mikročipu a číslo pasu spoločenského zvieraťa;
- údaje o zdravotnom stave zvieraťa, ktoré nám poskytnete vy alebo váš veterinárny lekár, vrátane faktúr za ošetrenie;
- platobné údaje: číslo bankového účtu, história platieb poistného a vyplatených poistných plnení;
- záznamy komunikácie: e-maily, listy a nahrávky telefonických hovorov s naším klientskym centrom.

## 4. Účely a právne základy spracúvania

Podľa § 78 zákona č. 39/2015 Z. z. o poisťovníctve sme oprávnení spracúvať osobné údaje klientov aj bez ich súhlasu, ak je to potrebné na uzavretie a správu poistnej zmluvy. Súhlas od vás žiadame len na marketingové účely.

| Účel | Právny základ | Doba uchovávania |
| Uzavretie a správa poistnej zmluvy, výpočet poistného | plnenie zmluvy a zákon o poisťovníctve | 10 rokov od zániku poistenia |
| Likvidácia poistnej udalostí a výplata poistného plnenia | plnenie zmluvy a zákon o poisťovníctve | 10 rokov od ukončenia likvidácie |
| Ochrana a domáhanie sa práv poisťovne, predchádzanie poistným podvodom | oprávnený záujem | do právoplatného skončenia sporu |
| Plnenie povinností podľa zákona o ochrane pred legalizáciou príjmov z trestnej činnosti | zákonná povinnosť | 5 rokov od skončenia obchodného vzťahu |
| Zasielanie ponúk a noviniek e-mailom | súhlas | do odvolania súhlasu, najdlhšie 3 roky |
| Nahrávanie telefonických hovorov s klientskym centrom | oprávnený záujem (kvalita služieb a dôkaz o obsahu hovoru) | 2 roky |

### Odkiaľ údaje získavame

Väčšinu údajov nám poskytujete priamo vy pri uzatváraní poistenia alebo pri hlásení poistnej udalosti. Niektoré údaje získavame aj od tretích osôb: od finančného agenta, ktorý vám poistenie sprostredkoval, od veterinárneho lekára, ktorý vaše zviera ošetroval, alebo z centrálneho registra spoločenských zvierat, v ktorom overujeme číslo mikročipu.

### Je poskytnutie údajov povinné?

Poskytnutie údajov potrebných na uzavretie a správu poistnej zmluvy je zákonnou a zmluvnou požiadavkou. Bez nich poistnú zmluvu nie je možné uzavrieť ani vybaviť poistnú udalosť. Poskytnutie údajov na marketingové účely je dobrovoľné a súhlas môžete kedykoľvek odvolať, napríklad kliknutím na odkaz v každom našom e-maile.

## 5. Príjemcovia osobných údajov

Vaše osobné údaje sprístupňujeme len v nevyhnutnom rozsahu, a to najmä týmto príjemcom:

- zaisťovniam, s ktorými máme uzavretú zaistnú zmluvu;
- finančným agentom a sprostredkovateľom, prostredníctvom ktorých ste poistenie uzavreli;
- veterinárnym lekárom a klinikám, od ktorých si pri likvidácii vyžiadame zdravotnú dokumentáciu zvieraťa;
- poskytovateľom IT služieb, tlače a doručovania zásielok a archivácie dokumentov;
- orgánom verejnej moci, napríklad Národnej banke Slovenska, súdom a orgánom činným v trestnom konaní, ak nám to ukladá zákon.

Sprostredkovatelia, ktorých využívame, sú viazaní zmluvou a spracúvajú údaje iba podľa našich pokynov.

## 6. Prenos do tretích krajín

Osobné údaje spracúvame na území Európskej únie. Ak by bolo výnimočne potrebné preniesť ich do tretej krajiny, urobíme tak len do krajiny, ktorá podľa rozhodnutia Európskej komisie zaručuje primeranú úroveň ochrany, alebo na základe štandardných zmluvných doložiek.

## 7. Automatizované rozhodovanie

Pri online uzatváraní poistenia cez našu kalkulačku sa výška poistného určuje automaticky podľa druhu, plemena a veku zvieraťa a podľa zvoleného rozsahu krytia. Neberieme pritom do úvahy žiadne údaje o vašej osobe okrem adresy, ktorá slúži na určenie regiónu. Ak s výsledkom nesúhlasíte, môžete požiadať, aby návrh posúdil náš zamestnanec.

### Ako chránime vaše údaje

Prijali sme primerané technické a organizačné opatrenia, aby sme vaše osobné údaje chránili pred stratou, zneužitím a neoprávneným prístupom. Komunikácia s naším webom a aplikáciou je šifrovaná, prístup k údajom majú len poverení zamestnanci a pravidelne overujeme bezpečnosť našich systémov. Naši zamestnanci sú viazaní povinnosťou mlčanlivosti podľa zákona o poisťovníctve aj po skončení pracovného pomeru.

### Cookies

Informácie o tom, ako na našej webovej stránke používame súbory cookies a podobné technológie, nájdete v samostatnom dokumente [Zásady používania cookies](/dokumenty/cookies). Nastavenia cookies môžete kedykoľvek zmeniť cez odkaz v pätičke stránky.

## 8. Vaše práva

Ako dotknutá osoba máte právo:

- požadovať prístup k svojim osobným údajom a získať ich kópiu;
- na opravu nesprávnych alebo neúplných údajov;
- na vymazanie údajov, ak ich už nepotrebujeme a nemáme povinnosť ich uchovávať;
- na obmedzenie spracúvania;
- na prenosnosť údajov, ktoré ste nám poskytli;
- namietať proti spracúvaniu na základe oprávneného záujmu vrátane profilovania;
- kedykoľvek odvolať súhlas, bez toho, aby to ovplyvnilo zákonnosť spracúvania pred jeho odvolaním.

Žiadosť môžete podať e-mailom, poštou alebo osobne v našom klientskom centre. Odpovieme vám bez zbytočného odkladu, najneskôr do jedného mesiaca od doručenia žiadosti.

Ak sa domnievate, že spracúvaním vašich údajov porušujeme predpisy, môžete podať návrh na začatie konania dozornému orgánu:

@ Úrad na ochranu osobných údajov Slovenskej republiky
@ Hraničná 12
@ 820 07 Bratislava 27
@ [www.dataprotection.gov.sk](https://dataprotection.gov.sk)
"""

EDITS = [
    {"note": "typo fixed: 'poistnej udalostí' -> 'poistnej udalosti' (no new date)",
     "repl": [("Likvidácia poistnej udalostí", "Likvidácia poistnej udalosti")], "bump": False},
    {"note": "recipients list: experts and veterinary assessors added",
     "repl": [("- poskytovateľom IT služieb,",
               "- nezávislým znalcom a posudkovým veterinárnym lekárom, ak je potrebné posúdiť rozsah ošetrenia;\n"
               "- poskytovateľom IT služieb,")]},
    {"note": "DPO e-mail address changed",
     "repl": [("zodpovedna.osoba@labka-poistovna.sk", "dpo@labka-poistovna.sk")]},
    {"note": "section added on the mobile app (invoice photos for claims); later sections renumbered",
     "repl": [("## 7. Automatizované rozhodovanie",
               "## 7. Mobilná aplikácia Labka\n\nV aplikácii Labka môžete nahlásiť poistnú udalosť a odfotiť "
               "faktúru od veterinára. Fotografie a údaje z faktúry spracúvame na účel likvidácie poistnej "
               "udalosti. Ak povolíte notifikácie, zasielame vám upozornenia o stave likvidácie a o splatnosti "
               "poistného. Polohu vášho zariadenia aplikácia nezisťuje.\n\n## 8. Automatizované rozhodovanie"),
              ("## 8. Vaše práva", "## 9. Vaše práva")]},
    {"note": "retention of call recordings extended from 2 to 3 years",
     "repl": [("(kvalita služieb a dôkaz o obsahu hovoru) | 2 roky |",
               "(kvalita služieb a dôkaz o obsahu hovoru) | 3 roky |")]},
]

VPP = {
    "2023": ("VPP-DZ 01/2022", [
        ("Článok 1 – Úvodné ustanovenia", "Tieto všeobecné poistné podmienky pre poistenie domácich zvierat (ďalej len „VPP“) upravujú poistenie liečebných nákladov a zodpovednosti za škodu spôsobenú zvieraťom. Poistenie sa riadi Občianskym zákonníkom a poistnou zmluvou."),
        ("Článok 2 – Predmet poistenia", "Predmetom poistenia je pes alebo mačka vo veku od 8 týždňov do 8 rokov v čase uzavretia poistnej zmluvy, označená mikročipom a zaregistrovaná v centrálnom registri spoločenských zvierat."),
        ("Článok 3 – Čakacie doby", "Na choroby sa vzťahuje čakacia doba 30 dní od začiatku poistenia, na plánované operácie 90 dní. Na úrazy sa čakacia doba neuplatňuje."),
        ("Článok 4 – Spoluúčasť", "Poistený sa podieľa na každej poistnej udalosti spoluúčasťou 20 %, najmenej však 30 eur."),
    ]),
    "2024": ("VPP-DZ 01/2024", [
        ("Článok 1 – Úvodné ustanovenia", "Tieto všeobecné poistné podmienky pre poistenie domácich zvierat (ďalej len „VPP“) upravujú poistenie liečebných nákladov a zodpovednosti za škodu spôsobenú zvieraťom. Poistenie sa riadi Občianskym zákonníkom a poistnou zmluvou."),
        ("Článok 2 – Predmet poistenia", "Predmetom poistenia je pes alebo mačka vo veku od 8 týždňov do 9 rokov v čase uzavretia poistnej zmluvy, označená mikročipom a zaregistrovaná v centrálnom registri spoločenských zvierat."),
        ("Článok 3 – Čakacie doby", "Na choroby sa vzťahuje čakacia doba 30 dní od začiatku poistenia, na plánované operácie 60 dní. Na úrazy sa čakacia doba neuplatňuje."),
        ("Článok 4 – Spoluúčasť", "Poistený sa podieľa na každej poistnej udalosti spoluúčasťou 15 %, najmenej však 25 eur."),
        ("Článok 5 – Preventívna starostlivosť", "Ak je dojednané pripoistenie prevencie, poisťovňa uhradí náklady na očkovanie, odčervenie a ošetrenie proti kliešťom do výšky 60 eur za poistný rok."),
    ]),
}


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def _stamp(rng, when, back):
    t = when - dt.timedelta(seconds=rng.randint(3600, back))
    return t.strftime("%Y-%m-%d-%H-%M-%S-") + "%03d" % rng.randint(0, 999)


def noise(rng, when, i, prev):
    prev = prev or {}
    insured = prev.get("insured", 11840 + rng.randint(0, 200)) + rng.randint(5, 60)
    return {
        "res": C.keep_or(rng, prev.get("res"), 0.2, lambda: {"css": _stamp(rng, when, 86400 * 30),
                                                             "js": _stamp(rng, when, 86400 * 90)}),
        "form": C.uuid4(rng),
        "ab": rng.choice(["A", "B"]),
        "insured": insured,
        "vpp": "2024" if when >= VPP_NEW else "2023",
    }


LABELS = {"res": "Magnolia ~timestamp~cache resource stamps (publish)",
          "form": "per-visit mgnlModelExecutionUUID in calculator form",
          "ab": "calculator price A/B variant", "insured": "insured-pets counter in header",
          "vpp": "insurance conditions (VPP) tab revised"}


def _panel(blocks):
    return C.blocks_html(blocks, {"table": "table table-striped", "ul": "list-bullets"}, sep="\n")


def render(state, blocks, when):
    r = state["res"]
    code, arts = VPP[state["vpp"]]
    vpp = "\n".join('<h3>%s</h3>\n<p>%s</p>' % (html.escape(a), html.escape(b)) for a, b in arts)
    price = "od 3,90 € mesačne" if state["ab"] == "A" else "už od 0,13 € denne"
    ins = "{:,}".format(state["insured"]).replace(",", "&nbsp;")
    return """<!DOCTYPE html>
<html lang="sk" xml:lang="sk">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Ochrana osobných údajov | Labka poisťovňa</title>
    <meta name="description" content="Dokumenty k poisteniu psov a mačiek: informácie o spracúvaní osobných údajov, všeobecné poistné podmienky.">
    <link rel="canonical" href="https://www.labka-poistovna.sk/dokumenty/ochrana-osobnych-udajov">
    <link rel="alternate" hreflang="sk" href="https://www.labka-poistovna.sk/dokumenty/ochrana-osobnych-udajov">
    <link rel="icon" href="/.resources/labka-theme/webresources/img/favicon.ico">
    <link rel="stylesheet" href="/.resources/labka-theme/webresources/css/styles~%s~cache.css" media="all">
    <script src="/.resources/labka-theme/webresources/js/vendor/jquery-3.6.4.min~2023-02-14-10-03-11-412~cache.js"></script>
    <script>window.dataLayer = window.dataLayer || []; dataLayer.push({"pageType":"documents","pageTemplate":"labka-theme:pages/documents","abVariant":"calc-%s"});</script>
    <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8" data-domain-script="2a91c3e4-7b5d-4f08-9e61-c3d8a0f4b712" data-document-language="true"></script>
    <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-PQ4L8XN');</script>
</head>
<body class="page-documents">
<div class="top-strip"><div class="container"><span class="top-strip__claim">Poistili sme už <strong>%s</strong> psíkov a mačiek</span><span class="top-strip__phone">Klientske centrum: <a href="tel:+421232118800">02/321 188 00</a></span></div></div>
<header class="site-header">
    <div class="container">
        <a class="site-header__logo" href="/"><img src="/.resources/labka-theme/webresources/img/logo-labka.svg" alt="Labka poisťovňa"></a>
        <nav class="main-nav" aria-label="Hlavná navigácia">
            <ul class="main-nav__list">
                <li class="main-nav__item"><a href="/poistenie-psa">Poistenie psa</a></li>
                <li class="main-nav__item"><a href="/poistenie-macky">Poistenie mačky</a></li>
                <li class="main-nav__item"><a href="/skoda">Nahlásiť škodu</a></li>
                <li class="main-nav__item"><a href="/poradna">Poradňa</a></li>
                <li class="main-nav__item is-active"><a href="/dokumenty">Dokumenty</a></li>
            </ul>
        </nav>
        <a class="btn btn--primary site-header__cta" href="/kalkulacka">Vypočítať poistenie</a>
    </div>
</header>
<main id="main" class="main">
    <div class="page-hero page-hero--small"><div class="container"><nav class="breadcrumbs"><a href="/">Domov</a> <span>/</span> <a href="/dokumenty">Dokumenty</a> <span>/</span> <span>Ochrana osobných údajov</span></nav><p class="page-hero__title">Dokumenty na stiahnutie</p></div></div>
    <div class="container">
        <div class="row">
            <div class="col-lg-8 main-area">
                <div class="component tabs-component" data-component="tabs">
                    <ul class="tabs__nav" role="tablist">
                        <li role="presentation" class="tabs__nav-item is-active"><a href="#tab-gdpr" id="tab-gdpr-label" role="tab" aria-controls="tab-gdpr" aria-selected="true">Ochrana osobných údajov</a></li>
                        <li role="presentation" class="tabs__nav-item"><a href="#tab-vpp" id="tab-vpp-label" role="tab" aria-controls="tab-vpp" aria-selected="false">Všeobecné poistné podmienky</a></li>
                        <li role="presentation" class="tabs__nav-item"><a href="#tab-predzmluvne" id="tab-predzmluvne-label" role="tab" aria-controls="tab-predzmluvne" aria-selected="false">Predzmluvné informácie</a></li>
                    </ul>
                    <div class="tabs__content">
                        <div class="tabs__panel is-active" id="tab-gdpr" role="tabpanel" aria-labelledby="tab-gdpr-label">
                            <div class="component text-component">
%s
                            </div>
                        </div>
                        <div class="tabs__panel" id="tab-vpp" role="tabpanel" aria-labelledby="tab-vpp-label" hidden>
                            <div class="component text-component">
                                <h2>Všeobecné poistné podmienky pre poistenie domácich zvierat %s</h2>
%s
                                <p><a class="link-download" href="/dam/jcr:8c41b2f0-5e7a-4d19-b3c6-0f2e9a7d1c54/%s.pdf">Stiahnuť VPP v PDF</a></p>
                            </div>
                        </div>
                        <div class="tabs__panel" id="tab-predzmluvne" role="tabpanel" aria-labelledby="tab-predzmluvne-label" hidden>
                            <div class="component text-component">
                                <h2>Informácie pred uzavretím poistnej zmluvy</h2>
                                <p>Pred uzavretím zmluvy vám poskytneme dokument s kľúčovými informáciami o poistnom produkte (IPID), ktorý nájdete aj na stiahnutie nižšie.</p>
                                <p><a class="link-download" href="/dam/jcr:2f7e09d1-3b6a-4c8e-a5d4-91b0e6c7f3a2/IPID_poistenie_zvierat.pdf">IPID – Poistenie domácich zvierat (PDF)</a></p>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
            <aside class="col-lg-4 side-area">
                <div class="component calc-teaser calc-teaser--%s">
                    <p class="calc-teaser__title">Koľko stojí poistenie vášho miláčika?</p>
                    <p class="calc-teaser__price">%s</p>
                    <form class="calc-teaser__form" method="post" action="/kalkulacka">
                        <input type="hidden" name="mgnlModelExecutionUUID" value="%s">
                        <label for="calc-druh">Druh zvieraťa</label>
                        <select id="calc-druh" name="druh"><option value="pes">Pes</option><option value="macka">Mačka</option></select>
                        <label for="calc-vek">Vek</label>
                        <select id="calc-vek" name="vek"><option value="0">do 1 roka</option><option value="1">1 – 3 roky</option><option value="4">4 – 8 rokov</option></select>
                        <button type="submit" class="btn btn--primary">Vypočítať</button>
                    </form>
                </div>
                <div class="component link-list">
                    <p class="link-list__title">Súvisiace</p>
                    <ul><li><a href="/dam/jcr:aa3e61c2-0d4f-4b8a-9f71-5c2e8b0d6e13/Sadzobnik_poplatkov.pdf">Sadzobník poplatkov</a></li><li><a href="/dokumenty/cookies">Zásady používania cookies</a></li><li><a href="/reklamacny-poriadok">Reklamačný poriadok</a></li></ul>
                </div>
            </aside>
        </div>
    </div>
</main>
<footer class="site-footer">
    <div class="container">
        <div class="site-footer__cols">
            <div><p class="site-footer__title">Labka poisťovňa, a. s.</p><p>Karadžičova 8/A, 821 08 Bratislava</p></div>
            <div><p class="site-footer__title">Pre klientov</p><ul><li><a href="/skoda">Nahlásenie poistnej udalosti</a></li><li><a href="/dokumenty">Dokumenty</a></li><li><a href="/dokumenty/ochrana-osobnych-udajov">Ochrana osobných údajov</a></li><li><a href="#" class="optanon-toggle-display">Nastavenia cookies</a></li></ul></div>
        </div>
        <p class="site-footer__copy">© %d Labka poisťovňa, a. s. Poisťovňa podlieha dohľadu Národnej banky Slovenska.</p>
    </div>
</footer>
<script src="/.resources/labka-theme/webresources/js/main~%s~cache.js"></script>
</body>
</html>
""" % (r["css"], state["ab"], ins, _panel(blocks), code, vpp, code.replace(" ", "_").replace("/", "-"),
       state["ab"].lower(), price, state["form"], when.year, r["js"])


PAGE = {
    "service": "Labka poistovna",
    "url": "https://www.labka-poistovna.sk/dokumenty/ochrana-osobnych-udajov",
    "lang": "sk",
    "platform": "Magnolia CMS 6 (light module, Freemarker)",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": [("Server", "nginx"), ("Content-Language", "sk"), ("Strict-Transport-Security", "max-age=31536000")],
    "n": 31,
    "start": dt.date(2022, 6, 14),
    "end": dt.date(2025, 3, 31),
    "hours": (2, 14),
    "policy": POLICY,
    "first_updated": dt.date(2022, 5, 25),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.labka-poistovna.sk/dokumenty/ochrana-osobnych-udajov",
                    "select": "#tab-gdpr"},
}
