"""Czech mutual insurer (a.s. owned by its member fire brigades) on Sitecore 9.3 with SXA (Razor/MVC renderings).

The policy is an SXA Rich Text component in the main column; the title is a Page Title component above it; a
Link List with related PDFs and a "Kontaktujte nás" promo sit in the side column. Per visit: the anti-forgery
token of the search box and the newsletter form (`__RequestVerificationToken`). Per theme publish (sticky): the
`?t=` timestamps on SXA's optimized-min.css/js. Fairly clean otherwise.
"""
import datetime as dt

import common as C

POLICY = """
# Zásady zpracování osobních údajů

Tyto zásady jsou účinné od {UPDATED}.

Moravská vzájemná pojišťovna, a.s., je pojišťovnou, kterou vlastní její členové. Ochrana osobních údajů našich klientů, pojištěných, poškozených i obchodních partnerů je pro nás samozřejmostí. V tomto dokumentu vysvětlujeme, jak s osobními údaji zacházíme v souladu s nařízením Evropského parlamentu a Rady (EU) 2016/679 (GDPR) a zákonem č. 110/2019 Sb., o zpracování osobních údajů.

## 1. Správce osobních údajů

Správcem osobních údajů je:

@ Moravská vzájemná pojišťovna, a.s.
@ Dornych 1083/47
@ 617 00 Brno
@ IČO: 26012345, zapsaná v obchodním rejstříku vedeném Krajským soudem v Brně, oddíl B, vložka 4567

## 2. Pověřenec pro ochranu osobních údajů

Jmenovali jsme pověřence pro ochranu osobních údajů. Kontaktovat jej můžete e-mailem na adrese [poverenec@mvpoj.cz](mailto:poverenec@mvpoj.cz) nebo písemně na adrese sídla pojišťovny s označením „Pověřenec“.

## 3. Jaké osobní údaje zpracováváme

Zpracováváme zejména tyto kategorie osobních údajů:

- identifikační údaje (jméno, příjmení, rodné číslo nebo datum narození, číslo dokladu totožnosti);
- kontaktní údaje (adresa, telefon, e-mail);
- údaje o pojištěném majetku, vozidle nebo hospodářském zvířectvu;
- údaje o pojistných událostech a škodách;
- údaje o zdravotním stavu, pokud jsou nezbytné pro pojištění osob nebo šetření újmy na zdraví;
- platební údaje (číslo bankovního účtu, historie plateb pojistného).

## 4. Účely a právní základ zpracování

| Účel | Právní základ | Doba uložení |
| Uzavření a správa pojistné smlouvy | plnění smlouvy, plnění právní povinnosti | po dobu trvání smlouvy a 10 let po jejím zániku |
| Šetření pojistných událostí | plnění smlouvy, oprávněný zájem | 10 let od ukončení šetření |
| Prevence a odhalování pojistných podvodů | oprávněný zájem, plnění právní povinnosti | 10 let od ukončení šetření |
| Opatření proti legalizaci výnosů z trestné činnosti | plnění právní povinnosti | 10 let od ukončení obchodního vztahu |
| Nahrávání telefonických hovorů na zákaznické lince | oprávněný zájem | 1 rok od uskutečnění hovoru |
| Zasílání obchodních sdělení stávajícím klientům | oprávněný zájem | do vznesení námitky |
| Zasílání obchodních sdělení ostatním osobám | souhlas | do odvolání souhlasu, nejdéle 5 let |

Doba uložení se může prodloužit, pokud probíhá soudní, správní nebo trestní řízení, v němž mohou být údaje potřebné. Po uplynutí doby uložení údaje bezpečně vymažeme nebo anonymizujeme tak, aby je již nebylo možné spojit s konkrétní osobou. Anonymizované údaje používáme pro statistiku škodovosti a tvorbu sazebníků.

Údaje o zdravotním stavu zpracováváme jen v rozsahu, který nám umožňuje zákon č. 277/2009 Sb., o pojišťovnictví, a pouze pro účely pojištění.

### Členové a sbory dobrovolných hasičů

Jako vzájemná pojišťovna pojišťujeme také sbory dobrovolných hasičů a jejich členy v rámci rámcové smlouvy se Sdružením hasičů. V takovém případě nám údaje o členech předává sbor nebo okresní sdružení, a to v rozsahu jméno, příjmení, datum narození a funkce ve sboru. Tyto údaje používáme výhradně ke správě pojištění úrazu a odpovědnosti při zásahu nebo výcviku a k vyřízení pojistných událostí. Obchodní sdělení členům sborů nezasíláme, pokud nám k tomu nedali souhlas.

### Výkon hlasovacích práv akcionářů

Pokud jste akcionářem pojišťovny nebo zástupcem členské organizace na valné hromadě, zpracováváme vaše identifikační údaje, počet a druh akcií a záznam o hlasování. Právním základem je plnění právní povinnosti podle zákona o obchodních korporacích. Zápisy z valných hromad uchováváme po dobu existence společnosti.

## 5. Odkud údaje získáváme

Osobní údaje získáváme především od vás, a to při sjednání pojištění, při hlášení pojistné události nebo při komunikaci s námi. Dále je můžeme získat od pojistníka, pokud jste pojištěnou osobou, od pojišťovacích zprostředkovatelů, od ostatních pojišťoven prostřednictvím informačního systému pro prevenci pojistných podvodů a z veřejných rejstříků, jako je obchodní rejstřík nebo katastr nemovitostí.

## 6. Komu osobní údaje předáváme

Osobní údaje mohou být předány těmto příjemcům:

- pojišťovacím zprostředkovatelům, kteří pro nás sjednávají pojištění;
- zajišťovnám;
- znalcům, likvidátorům a asistenčním službám;
- poskytovatelům IT služeb, tisku a doručování korespondence;
- orgánům veřejné moci, pokud to ukládá zákon, například České národní bance nebo Policii ČR.

Do třetích zemí mimo Evropský hospodářský prostor osobní údaje zpravidla nepředáváme. Výjimkou může být sjednání cestovního pojištění, kdy je předání nezbytné pro poskytnutí asistence v zahraničí.

## 7. Automatizované rozhodování

Při online sjednání pojištění vozidla nebo domácnosti výši pojistného stanovuje automatizovaně náš sazebník na základě údajů, které uvedete. Máte právo na lidský zásah, vyjádření svého stanoviska a napadení rozhodnutí.

## 8. Vaše práva

Máte právo:

- na přístup k osobním údajům;
- na opravu nepřesných údajů;
- na výmaz, pokud již údaje nepotřebujeme a neukládá nám je zákon uchovávat;
- na omezení zpracování;
- na přenositelnost údajů;
- vznést námitku proti zpracování založenému na oprávněném zájmu;
- kdykoli odvolat udělený souhlas.

Na vaši žádost odpovíme bez zbytečného odkladu, nejpozději do jednoho měsíce od jejího obdržení. Ve složitějších případech můžeme lhůtu prodloužit o další dva měsíce; o prodloužení vás budeme informovat. Abychom vaše údaje nepředali nesprávné osobě, můžeme vás požádat o ověření totožnosti. Uplatnění práv je zdarma.

Svá práva můžete uplatnit na kterékoli naší pobočce, e-mailem nebo písemně. Pokud se domníváte, že zpracováním porušujeme předpisy, můžete podat stížnost u Úřadu pro ochranu osobních údajů, Pplk. Sochora 27, 170 00 Praha 7.

## 9. Prevence pojistných podvodů

Pojistné podvody zvyšují pojistné všem poctivým klientům. Proto si s ostatními pojišťovnami vyměňujeme informace o podezřelých pojistných událostech prostřednictvím informačního systému, který provozuje Česká asociace pojišťoven, a to v souladu se zákonem o pojišťovnictví. Do systému se zapisují jen údaje nezbytné k odhalení podvodu, například identifikace účastníků, vozidla a okolnosti škody. Na základě záznamu v systému nikdy nezamítneme pojistné plnění automaticky; každý případ posoudí náš zaměstnanec.

## 10. Zabezpečení

Osobní údaje chráníme technickými a organizačními opatřeními. Přístup k nim mají pouze pověření zaměstnanci a smluvní partneři, kteří jsou vázáni mlčenlivostí. Naše systémy pravidelně testujeme a aktualizujeme.

## 11. Cookies

Informace o tom, jak používáme soubory cookies na našich webových stránkách, najdete v dokumentu [Zásady používání cookies](/cookies).
"""

EDITS = [
    {"note": "Czech Insurers' Bureau (Česká kancelář pojistitelů) added to the recipients list",
     "repl": [("- zajišťovnám;\n", "- zajišťovnám;\n- České kanceláři pojistitelů v souvislosti s pojištěním odpovědnosti z provozu vozidla;\n")]},
    {"note": "retention of recorded hotline calls changed from 1 year to 3 years",
     "repl": [("| oprávněný zájem | 1 rok od uskutečnění hovoru |", "| oprávněný zájem | 3 roky od uskutečnění hovoru |")]},
    {"note": "word 'elektronicky' inserted (rights may be exercised electronically via the client portal), no new date",
     "bump": False,
     "repl": [("na kterékoli naší pobočce, e-mailem nebo písemně.",
               "na kterékoli naší pobočce, e-mailem, elektronicky v klientském portálu Moje MVP nebo písemně.")]},
    {"note": "new section on whistleblower reports (zákon o ochraně oznamovatelů, 2023)",
     "repl": [("## 11. Cookies", "## 11. Oznamovatelé\n\nPokud podáte oznámení prostřednictvím našeho vnitřního oznamovacího systému podle zákona č. 171/2023 Sb., o ochraně oznamovatelů, zpracováváme vaše osobní údaje pouze v rozsahu nezbytném pro prošetření oznámení. Totožnost oznamovatele chráníme a záznamy uchováváme 5 let od přijetí oznámení.\n\n## 12. Cookies")]},
    {"note": "DPO e-mail address changed to dpo@mvpoj.cz",
     "repl": [("[poverenec@mvpoj.cz](mailto:poverenec@mvpoj.cz)", "[dpo@mvpoj.cz](mailto:dpo@mvpoj.cz)")]},
]


def fmt_date(d):
    return "%d. %d. %d" % (d.day, d.month, d.year)


def noise(rng, when, i, prev):
    prev = prev or {}
    def theme():
        t = when - dt.timedelta(days=rng.randint(1, 40), seconds=rng.randint(0, 86400))
        return t.strftime("%Y%m%dT%H%M%SZ")
    return {
        "rvt": (C.alnum(rng, 108, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                C.alnum(rng, 108, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")),
        "theme": C.keep_or(rng, prev.get("theme"), 0.1, theme),
    }


LABELS = {"rvt": "__RequestVerificationToken (search, newsletter)", "theme": "SXA theme ?t= timestamps (publish)"}


def render(state, blocks, when):
    h1 = blocks[0]
    body = blocks[1:]
    t = state["theme"]
    r1, r2 = state["rvt"]
    return """<!DOCTYPE html>
<!--[if lt IE 7]>      <html class="no-js lt-ie9 lt-ie8 lt-ie7"> <![endif]-->
<!--[if IE 7]>         <html class="no-js lt-ie9 lt-ie8"> <![endif]-->
<!--[if IE 8]>         <html class="no-js lt-ie9"> <![endif]-->
<!--[if gt IE 8]><!-->
<html class="no-js" lang="cs-CZ">
<!--<![endif]-->
<head>
<link href="/-/media/Base-Themes/Core-Libraries/styles/optimized-min.css?t=%(t)s" rel="stylesheet" /><link href="/-/media/Base-Themes/Main-Theme/styles/optimized-min.css?t=%(t)s" rel="stylesheet" /><link href="/-/media/Themes/MVP/MVP/MVP/styles/pre-optimized-min.css?t=%(t)s" rel="stylesheet" />
    <title>Zásady zpracování osobních údajů | Moravská vzájemná pojišťovna</title>
    <link rel="canonical" href="https://www.mvpoj.cz/o-nas/ochrana-osobnich-udaju" />
    <meta property="og:title"  content="Zásady zpracování osobních údajů"><meta property="og:url"  content="https://www.mvpoj.cz/o-nas/ochrana-osobnich-udaju">
    <meta  name="description" content="Jak Moravská vzájemná pojišťovna zpracovává osobní údaje klientů a jaká práva máte.">
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-K7Q2M4P');</script>
<!-- End Google Tag Manager -->
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="a1f3c9e2-4b5d-4c6e-8f70-91a2b3c4d5e6" data-blockingmode="auto" type="text/javascript"></script>
</head>
<body class="default-device bodyclass">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7Q2M4P" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<div id="wrapper">
    <header>
        <div id="header" class="container">
<div class="row">
<div class="component image file-type-icon-media-link col-6 col-md-3">
    <div class="component-content">
<a title="Moravská vzájemná pojišťovna" href="/"><img src="/-/media/Project/MVP/logo/mvp-logo.svg?h=56&amp;iar=0&amp;w=210&amp;hash=4B1C9F0E2D7A6B5C3E8F9A0B1C2D3E4F" alt="Moravská vzájemná pojišťovna" width="210" height="56" /></a>
    </div>
</div>
<div class="component search-box col-6 col-md-3 horizontal" data-properties='{"endpoint":"/sxa/search/results/","suggestionEndpoint":"/sxa/search/suggestions/","suggestionsMode":"ShowSearchResultsAsPredictions","resultPage":"/vyhledavani","targetSignature":"searchresults","v":"{B1A7C2D3-E4F5-4A6B-9C8D-7E6F5A4B3C2D}","s":"{7A8B9C0D-1E2F-4A3B-8C4D-5E6F7A8B9C0D}","p":5,"l":"cs-CZ","languageSource":"CurrentLanguage","searchResultsSignature":"","itemid":"{3F2E1D0C-9B8A-4766-A554-433221100FED}","minSuggestionsTriggerCharacterCount":2}'>
    <div class="component-content">
<form action="/vyhledavani" method="get"><input name="__RequestVerificationToken" type="hidden" value="%(r1)s" />
<label for="textBoxSearch">Hledat</label><input type="text" class="search-box-input" autocomplete="off" name="textBoxSearch" maxlength="100" placeholder="Hledat na webu" />
<input type="submit" class="search-box-button" value="Hledat" /></form>
    </div>
</div>
<div class="component navigation col-12 navigation-main navigation-main-horizontal">
    <div class="component-content">
<nav>
<ul class="clearfix">
<li class=" level1 item0 odd first rel-level1"><div class="navigation-title field-navigationtitle"><a title="Pojištění majetku" href="/pojisteni-majetku">Majetek</a></div></li>
<li class=" level1 item1 even rel-level1"><div class="navigation-title field-navigationtitle"><a title="Pojištění vozidel" href="/pojisteni-vozidel">Vozidla</a></div></li>
<li class=" level1 item2 odd rel-level1"><div class="navigation-title field-navigationtitle"><a title="Zemědělství" href="/zemedelstvi">Zemědělci</a></div></li>
<li class=" level1 item3 even rel-level1"><div class="navigation-title field-navigationtitle"><a title="Pro hasiče" href="/hasici">Pro hasiče</a></div></li>
<li class=" level1 item4 odd last rel-level1"><div class="navigation-title field-navigationtitle"><a title="Hlášení škod" href="/hlaseni-skod">Nahlásit škodu</a></div></li>
</ul>
</nav>
    </div>
</div>
</div>
        </div>
    </header>
    <main>
        <div id="content" class="container">
<div class="row">
<div class="component breadcrumb navigation-title col-12">
    <div class="component-content">
        <nav><ol>
<li class="breadcrumb-item home"><div class="navigation-title field-navigationtitle"><a title="Úvod" href="/">Úvod</a></div><div class="separator">/</div></li>
<li class="breadcrumb-item"><div class="navigation-title field-navigationtitle"><a title="O nás" href="/o-nas">O nás</a></div><div class="separator">/</div></li>
<li class="breadcrumb-item last"><div class="navigation-title field-navigationtitle"><a title="Ochrana osobních údajů" href="/o-nas/ochrana-osobnich-udaju">Ochrana osobních údajů</a></div></li>
        </ol></nav>
    </div>
</div>
<div class="col-12 col-lg-8">
<div class="row">
<div class="component title col-12">
    <div class="component-content">
<div class="field-title"><h1>%(h1)s</h1></div>    </div>
</div>
<div class="component rich-text col-12">
    <div class="component-content">
%(body)s
    </div>
</div>
</div>
</div>
<div class="col-12 col-lg-4">
<div class="row">
<div class="component link-list col-12 file-list">
    <div class="component-content">
<h3>Související dokumenty</h3>
<ul>
<li class="item0 odd first"><div class="field-link"><a href="/-/media/Files/MVP/GDPR/informace-o-zpracovani-osobnich-udaju.pdf" data-variantitemid="{0C1D2E3F-4A5B-4C6D-8E7F-8091A2B3C4D5}" data-variantfieldname="Link">Informace o zpracování osobních údajů (PDF)</a></div></li>
<li class="item1 even"><div class="field-link"><a href="/-/media/Files/MVP/GDPR/formular-uplatneni-prav.pdf" data-variantitemid="{0C1D2E3F-4A5B-4C6D-8E7F-8091A2B3C4D5}" data-variantfieldname="Link">Formulář pro uplatnění práv subjektu údajů</a></div></li>
<li class="item2 odd last"><div class="field-link"><a href="/cookies" data-variantitemid="{0C1D2E3F-4A5B-4C6D-8E7F-8091A2B3C4D5}" data-variantfieldname="Link">Zásady používání cookies</a></div></li>
</ul>
    </div>
</div>
<div class="component promo col-12 promo-contact">
    <div class="component-content">
<div class="field-promotext"><h3>Kontaktujte nás</h3><p>Zákaznická linka <a href="tel:+420544123123">544 123 123</a><br>Po–Pá 7:30–17:00</p></div>
    </div>
</div>
</div>
</div>
</div>
        </div>
    </main>
    <footer>
        <div id="footer" class="container">
<div class="row">
<div class="component rich-text col-12 col-md-6 footer-newsletter">
    <div class="component-content">
<form action="/api/newsletter/subscribe" method="post"><input name="__RequestVerificationToken" type="hidden" value="%(r2)s" />
<label for="nl-email">Odebírejte novinky</label><input id="nl-email" type="email" name="email" placeholder="váš@email.cz"><button type="submit">Přihlásit</button></form>
    </div>
</div>
<div class="component link-list col-12 col-md-6 footer-links">
    <div class="component-content">
<ul><li><a href="/o-nas/ochrana-osobnich-udaju">Ochrana osobních údajů</a></li><li><a href="/cookies">Cookies</a></li><li><a href="javascript:Cookiebot.renew()">Nastavení cookies</a></li><li><a href="/povinne-informace">Povinně uveřejňované informace</a></li></ul>
    </div>
</div>
<div class="component plain-html col-12">
    <div class="component-content">
<p class="copyright">© %(year)d Moravská vzájemná pojišťovna, a.s.</p>    </div>
</div>
</div>
        </div>
    </footer>
</div>
<script src="/-/media/Base-Themes/Core-Libraries/scripts/optimized-min.js?t=%(t)s"></script><script src="/-/media/Base-Themes/XA-API/Scripts/optimized-min.js?t=%(t)s"></script><script src="/-/media/Base-Themes/Main-Theme/scripts/optimized-min.js?t=%(t)s"></script><script src="/-/media/Base-Themes/Search-Theme/Scripts/optimized-min.js?t=%(t)s"></script>    <!-- /#wrapper -->
</body>
</html>
""" % {"t": t, "r1": r1, "r2": r2, "h1": C.inline_html(h1[1]), "body": C.blocks_html(body), "year": when.year}


PAGE = {
    "service": "Moravska vzajemna pojistovna",
    "url": "https://www.mvpoj.cz/o-nas/ochrana-osobnich-udaju",
    "lang": "cs",
    "platform": "Sitecore 9.3 SXA (MVC renderings)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Cache-Control", "private"), ("X-Frame-Options", "SAMEORIGIN"),
                      ("Content-Language", "cs-CZ")],
    "n": 28,
    "start": dt.date(2023, 1, 18),
    "end": dt.date(2025, 10, 2),
    "hours": (6, 18),
    "policy": POLICY,
    "first_updated": dt.date(2022, 11, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.mvpoj.cz/o-nas/ochrana-osobnich-udaju",
                    "select": ["#content .field-title h1", "#content .col-lg-8 .rich-text"]},
}
