"""VSO Oceľ, a.s. (steelworks: rebar, wire rod, sections), Slovak, windows-1250: ASP.NET WebForms 4.x master page.
ViewState, EventValidation and ScriptResource keys per visit; today's date in the top bar. Otherwise clean."""
import datetime as dt
import html

import common as C

URL = "https://www.vso-ocel.sk/sk/ochrana-osobnych-udajov.aspx"
GEN = ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra",
       "novembra", "decembra"]
DAYS = ["pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa"]

POLICY = """# Ochrana osobných údajov

Dátum poslednej aktualizácie: {UPDATED}

Spoločnosť VSO Oceľ, a.s. venuje ochrane osobných údajov náležitú pozornosť. V súlade s článkami 13 a 14 Nariadenia Európskeho parlamentu a Rady (EÚ) 2016/679 o ochrane fyzických osôb pri spracúvaní osobných údajov (ďalej len „GDPR“) a so zákonom č. 18/2018 Z. z. o ochrane osobných údajov vám poskytujeme informácie o tom, aké osobné údaje spracúvame, na aké účely, na akom právnom základe, komu ich poskytujeme a aké práva máte ako dotknutá osoba.

## 1. Prevádzkovateľ

@ VSO Oceľ, a.s.
@ Priemyselný areál 1
@ 017 01 Považská Bystrica
@ IČO: 36 123 456
@ zapísaná v Obchodnom registri Okresného súdu Trenčín, oddiel: Sa, vložka č. 10123/R

## 2. Zodpovedná osoba

Prevádzkovateľ určil zodpovednú osobu, na ktorú sa môžete obrátiť vo všetkých otázkach týkajúcich sa spracúvania vašich osobných údajov:

@ e-mail: [zodpovedna.osoba@vso-ocel.sk](mailto:zodpovedna.osoba@vso-ocel.sk)
@ tel.: +421 42 430 1111
@ písomne na adrese sídla prevádzkovateľa s označením „Zodpovedná osoba – neotvárať“

## 3. Účely spracúvania, právne základy a doba uchovávania

| Účel spracúvania | Právny základ | Doba uchovávania |
| Uzatváranie a plnenie zmlúv s odberateľmi a dodávateľmi | čl. 6 ods. 1 písm. b) GDPR | 10 rokov od skončenia zmluvného vzťahu |
| Vedenie účtovníctva a daňová evidencia | čl. 6 ods. 1 písm. c) GDPR, zákon č. 431/2002 Z. z. o účtovníctve | 10 rokov nasledujúcich po roku, ktorého sa týkajú |
| Vybavovanie dopytov, objednávok a reklamácií | čl. 6 ods. 1 písm. b) a f) GDPR | 3 roky od vybavenia |
| Výberové konania na voľné pracovné miesta | čl. 6 ods. 1 písm. b) GDPR, pri databáze uchádzačov súhlas | do skončenia výberového konania, pri súhlase 1 rok |
| Evidencia návštev a vjazdov vozidiel do areálu | čl. 6 ods. 1 písm. f) GDPR | 1 rok |
| Monitorovanie areálu kamerovým systémom | čl. 6 ods. 1 písm. f) GDPR | 72 hodín, pri zaznamenaní udalosti do jej vyšetrenia |
| Bezpečnosť a ochrana zdravia pri práci zamestnancov dodávateľov | čl. 6 ods. 1 písm. c) GDPR, zákon č. 124/2006 Z. z. | 5 rokov |

Oprávneným záujmom prevádzkovateľa je najmä ochrana majetku, zdravia a bezpečnosti osôb v priemyselnom areáli, v ktorom sa nachádzajú elektrická oblúková pec, valcovne a železničná vlečka, ako aj preukazovanie, uplatňovanie a obhajovanie právnych nárokov.

Osobné údaje získavame predovšetkým priamo od vás, napríklad pri uzatváraní zmluvy, pri vstupe do areálu alebo pri zaslaní životopisu. Údaje o kontaktných osobách obchodných partnerov nám spravidla poskytuje ich zamestnávateľ, údaje o vodičoch prepravca, ktorý vykonáva prepravu v našom mene.

Poskytnutie osobných údajov na účely plnenia zmluvy je zmluvnou požiadavkou a ich neposkytnutie môže znamenať, že zmluvu nebude možné uzavrieť alebo splniť. Poskytnutie osobných údajov vyžadovaných osobitnými predpismi, napríklad v oblasti účtovníctva alebo bezpečnosti a ochrany zdravia pri práci, je zákonnou požiadavkou. Vstup do areálu bez zaevidovania návštevy nie je z bezpečnostných dôvodov možný.

## 4. Kategórie príjemcov

Osobné údaje môžu byť poskytnuté týmto kategóriám príjemcov:

- sprostredkovatelia, ktorí pre nás zabezpečujú prevádzku a podporu informačných systémov,
- poskytovateľ bezpečnostnej služby, ktorý zabezpečuje ochranu areálu a vrátnicu,
- prepravcovia a špeditéri pri doprave valcovaných výrobkov,
- banky, poisťovne a audítor,
- orgány verejnej moci, najmä daňový úrad, inšpektorát práce, súdy a orgány činné v trestnom konaní, ak nám to ukladá osobitný predpis.

So sprostredkovateľmi máme uzatvorené zmluvy podľa článku 28 GDPR, ktoré ich zaväzujú spracúvať osobné údaje výlučne podľa našich pokynov a zabezpečiť ich primeranú ochranu.

## 5. Prenos osobných údajov do tretích krajín

Osobné údaje neprenášame do krajín mimo Európskeho hospodárskeho priestoru. Ak by to bolo v budúcnosti potrebné, uskutoční sa prenos len na základe rozhodnutia Európskej komisie o primeranosti alebo štandardných zmluvných doložiek.

## 6. Súbory cookies

Naša webová stránka používa nevyhnutné súbory cookies, ktoré zabezpečujú jej správne fungovanie, a so súhlasom používateľa aj analytické súbory cookies nástroja Google Analytics. Svoj súhlas môžete kedykoľvek odvolať v nastaveniach súborov cookies v pätičke stránky alebo v nastaveniach vášho prehliadača.

Pri používaní nástroja Google Analytics je IP adresa návštevníka pred uložením skrátená, takže ju nie je možné priradiť ku konkrétnej osobe. Údaje o návštevnosti uchovávame 14 mesiacov a používame ich výlučne na zlepšovanie obsahu a štruktúry našej webovej stránky.

## 7. Práva dotknutej osoby

Ako dotknutá osooba máte právo:

- požadovať prístup k svojim osobným údajom,
- na opravu nesprávnych alebo neúplných osobných údajov,
- na vymazanie osobných údajov, ak na ich spracúvanie už neexistuje právny základ,
- na obmedzenie spracúvania osobných údajov,
- na prenosnosť údajov, ktoré ste nám poskytli na základe zmluvy alebo súhlasu,
- namietať proti spracúvaniu osobných údajov na základe oprávneného záujmu,
- kedykoľvek odvolať súhlas so spracúvaním osobných údajov bez toho, aby to malo vplyv na zákonnosť spracúvania pred jeho odvolaním.

Svoje práva si môžete uplatniť písomne na adrese sídla prevádzkovateľa alebo elektronicky prostredníctvom zodpovednej osoby. Na vašu žiadosť odpovieme bez zbytočného odkladu, najneskôr do jedného mesiaca od jej doručenia.

## 8. Podanie návrhu na začatie konania

Ak sa domnievate, že spracúvanie vašich osobných údajov je v rozpore s GDPR alebo so zákonom č. 18/2018 Z. z., máte právo podať návrh na začatie konania dozornému orgánu:

@ Úrad na ochranu osobných údajov Slovenskej republiky
@ Hraničná 12
@ 820 07 Bratislava 27
@ tel.: +421 2 3231 3214
@ e-mail: [statny.dozor@pdp.gov.sk](mailto:statny.dozor@pdp.gov.sk)

## 9. Automatizované rozhodovanie

Pri spracúvaní osobných údajov nedochádza k automatizovanému individuálnemu rozhodovaniu ani k profilovaniu.

## 10. Bezpečnosť osobných údajov

Prijali sme primerané technické a organizačné opatrenia, ktoré zodpovedajú rizikám spracúvania, najmä riadenie prístupových oprávnení, šifrovanie prenosu údajov, pravidelné zálohovanie a poučenie oprávnených osôb o povinnosti mlčanlivosti. Systém manažérstva informačnej bezpečnosti spoločnosti je certifikovaný podľa normy ISO/IEC 27001. Tieto informácie pravidelne preskúmavame a aktualizujeme; aktuálne znenie je vždy zverejnené na tejto stránke.
"""

EDITS = [
    {"note": "typo fixed: 'osooba' -> 'osoba' (date line not bumped)", "bump": False,
     "repl": [("Ako dotknutá osooba máte právo:", "Ako dotknutá osoba máte právo:")]},
    {"note": "CCTV retention changed: 72 hours -> 15 days",
     "repl": [("| 72 hodín, pri zaznamenaní udalosti do jej vyšetrenia |",
               "| 15 dní, pri zaznamenaní udalosti do jej vyšetrenia |")]},
    {"note": "recipient category added (attendance and canteen system provider)",
     "repl": [("- poskytovateľ bezpečnostnej služby, ktorý zabezpečuje ochranu areálu a vrátnicu,",
               "- poskytovateľ bezpečnostnej služby, ktorý zabezpečuje ochranu areálu a vrátnicu,\n"
               "- poskytovateľ dochádzkového a stravovacieho systému,")]},
    {"note": "data protection officer's e-mail address changed",
     "repl": [("@ e-mail: [zodpovedna.osoba@vso-ocel.sk](mailto:zodpovedna.osoba@vso-ocel.sk)",
               "@ e-mail: [dpo@vso-ocel.sk](mailto:dpo@vso-ocel.sk)")]},
    {"note": "section 11 added: whistleblowing (Act 54/2019)",
     "repl": [("aktuálne znenie je vždy zverejnené na tejto stránke.",
               "aktuálne znenie je vždy zverejnené na tejto stránke.\n\n"
               "## 11. Oznamovanie protispoločenskej činnosti\n\n"
               "Osobné údaje oznamovateľov a osôb uvedených v oznámení spracúvame na účel prijímania, preverovania "
               "a evidovania oznámení podľa zákona č. 54/2019 Z. z. o ochrane oznamovateľov protispoločenskej "
               "činnosti. Právnym základom je čl. 6 ods. 1 písm. c) GDPR. Oznámenia evidujeme po dobu troch rokov "
               "odo dňa ich doručenia. Totožnosť oznamovateľa je chránená a poskytneme ju len orgánom, ktorým to "
               "umožňuje zákon.")]},
]


def fmt_date(d):
    return "%d. %d. %d" % (d.day, d.month, d.year)


def noise(rng, when, i, prev):
    prev = prev or {}
    deploy = C.keep_or(rng, prev.get("build"), 0.1, lambda: {"t": "%x" % (0x8db0000000000000 + rng.getrandbits(52)),
                                                            "css": rng.randint(100, 999)})
    pool = C.keep_or(rng, prev.get("apppool"), 0.45, lambda: [C.b64tok(rng, 60).replace("+", "-").replace("/", "_")
                                                            .rstrip("=") for _ in range(3)])
    local = when + dt.timedelta(hours=1)
    return {"build": deploy, "apppool": pool,
            "viewstate": (C.b64tok(rng, 1500 + rng.randint(0, 3) * 3), C.b64tok(rng, 90)),
            "today": "%s %d. %s %d" % (DAYS[local.weekday()], local.day, GEN[local.month - 1], local.year)}


LABELS = {"build": "build (WebResource t=, CSS version)", "apppool": "ScriptResource.axd keys (app pool recycle)",
          "viewstate": "__VIEWSTATE / __EVENTVALIDATION per visit", "today": "today's date in top bar"}

MENU = [("Úvod", "/sk/default.aspx"), ("O spoločnosti", "/sk/o-spolocnosti.aspx"), ("Produkty", "/sk/produkty.aspx"),
        ("Kvalita a certifikáty", "/sk/kvalita.aspx"), ("Životné prostredie", "/sk/zivotne-prostredie.aspx"),
        ("Kariéra", "/sk/kariera.aspx"), ("Médiá", "/sk/media.aspx"), ("Kontakt", "/sk/kontakt.aspx")]


def render(st, blocks, when):
    b = st["build"]
    k = st["apppool"]
    vs, ev = st["viewstate"]
    h1 = blocks[0]
    body = C.blocks_html(blocks[1:], {"table": "tabulka"}, sep="\n        ")
    body = body.replace('<table class="tabulka">', '<table class="tabulka" border="1" cellpadding="4" cellspacing="0">')
    menu = "\n".join('\t\t\t<li><a href="%s">%s</a></li>' % (u, html.escape(t))
                       for t, u in MENU)
    return ("""

<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="sk" lang="sk">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=windows-1250" /><meta http-equiv="X-UA-Compatible" content="IE=edge" /><title>
	Ochrana osobných údajov | VSO Oceľ, a.s.
</title><link href="/App_Themes/VSO/css/styles.css?v={css}" rel="stylesheet" type="text/css" /><link href="/App_Themes/VSO/css/print.css?v={css}" rel="stylesheet" type="text/css" media="print" /><link rel="shortcut icon" href="/favicon.ico" />
<script type="text/javascript">
  var _gaq = _gaq || [];
</script>
<meta name="description" content="Informácie o spracúvaní osobných údajov v spoločnosti VSO Oceľ, a.s." /><meta name="keywords" content="VSO Oceľ, ochrana osobných údajov, GDPR" /></head>
<body>
    <form name="aspnetForm" method="post" action="./ochrana-osobnych-udajov.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBgIBD2QWAgIBDxYCHgRUZXh0{vs}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>


<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHCZinHsmTftbBz8ARFqQG4SmTbTGQGNsxByiuhhp7M8BL__qlDclA2&amp;t={t}" type="text/javascript"></script>


<script src="/ScriptResource.axd?d={k0}&amp;t={t2}" type="text/javascript"></script>
<script src="/ScriptResource.axd?d={k1}&amp;t={t2}" type="text/javascript"></script>
<div>

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="7A3C5E21" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAW{ev}" />
</div>
        <script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'aspnetForm', [], [], [], 90, 'ctl00');
//]]>
</script>

        <div id="horna-lista">
            <div class="obal">
                <span id="ctl00_lblDnes" class="dnes">Dnes je {today}</span>
                <div class="jazyky"><a id="ctl00_hlSK" class="aktivny" href="/sk/ochrana-osobnych-udajov.aspx">SK</a> | <a id="ctl00_hlEN" href="/en/personal-data-protection.aspx">EN</a> | <a id="ctl00_hlDE" href="/de/datenschutz.aspx">DE</a></div>
                <div id="ctl00_pnlHladaj" class="hladaj" onkeypress="javascript:return WebForm_FireDefaultButton(event, &#39;ctl00_btnHladaj&#39;)">
	<input name="ctl00$txtHladaj" type="text" id="ctl00_txtHladaj" class="hladaj-text" placeholder="Hľadať..." /><input type="submit" name="ctl00$btnHladaj" value="Hľadaj" id="ctl00_btnHladaj" class="hladaj-tlacidlo" />
</div>
            </div>
        </div>
        <div id="hlavicka">
            <div class="obal">
                <a id="ctl00_hlLogo" class="logo" href="/sk/default.aspx"><img id="ctl00_imgLogo" src="/App_Themes/VSO/img/logo-vso.png" alt="VSO Oceľ, a.s." style="border-width:0px;" /></a>
                <ul id="menu">
{menu}
                </ul>
            </div>
        </div>
        <div id="obsah" class="obal">
            <div id="ctl00_pnlNavigacia" class="navigacia">
	<a href="/sk/default.aspx">Úvod</a> &raquo; <span>Ochrana osobných údajov</span>
</div>
            <div id="lavy-stlpec">
                <ul class="podmenu">
                    <li><a href="/sk/o-spolocnosti.aspx">O spoločnosti</a></li>
                    <li><a href="/sk/povinne-zverejnovane-informacie.aspx">Povinne zverejňované informácie</a></li>
                    <li><a class="aktivny" href="/sk/ochrana-osobnych-udajov.aspx">Ochrana osobných údajov</a></li>
                    <li><a href="/sk/eticky-kodex.aspx">Etický kódex</a></li>
                </ul>
            </div>
            <div id="pravy-stlpec">
                
    <div id="ctl00_cphContent_pnlArticle" class="clanok">
	
        <h1>{h1}</h1>
        {body}
    
</div>
    <div class="tlac"><a id="ctl00_cphContent_hlTlac" href="javascript:window.print();">Vytlačiť stránku</a></div>

            </div>
            <div class="cistic"></div>
        </div>
        <div id="paticka">
            <div class="obal">
                <p>&copy; 2008 - {year} VSO Oceľ, a.s. | Priemyselný areál 1, 017 01 Považská Bystrica | tel.: +421 42 430 1000 | <a href="mailto:info@vso-ocel.sk">info@vso-ocel.sk</a></p>
                <p><a href="/sk/ochrana-osobnych-udajov.aspx">Ochrana osobných údajov</a> | <a href="/sk/cookies.aspx">Nastavenia cookies</a> | <a href="/sk/mapa-stranky.aspx">Mapa stránky</a></p>
            </div>
        </div>
    

<script type="text/javascript">
//<![CDATA[
WebForm_AutoFocus('ctl00_txtHladaj');//]]>
</script>
</form>
    <script type="text/javascript">
        (function (i, s, o, g, r, a, m) {{
            i['GoogleAnalyticsObject'] = r; i[r] = i[r] || function () {{ (i[r].q = i[r].q || []).push(arguments) }}, i[r].l = 1 * new Date(); a = s.createElement(o),
            m = s.getElementsByTagName(o)[0]; a.async = 1; a.src = g; m.parentNode.insertBefore(a, m)
        }})(window, document, 'script', 'https://www.google-analytics.com/analytics.js', 'ga');
        ga('create', 'UA-1234567-3', 'auto');
        ga('set', 'anonymizeIp', true);
        ga('send', 'pageview');
    </script>
</body>
</html>
""").format(css=b["css"], vs=vs, t=b["t"][:18], k0=k[0], k1=k[1], t2="%x" % (int(b["t"], 16) // 7), ev=ev,
            today=st["today"], menu=menu, h1=C.inline_html(h1[1]), body=body, year=when.year).replace("\n", "\r\n")


PAGE = {
    "service": "VSO Ocel",
    "url": URL,
    "lang": "sk",
    "platform": "ASP.NET WebForms 4.8 (master page, ScriptManager), IIS",
    "content_type": "text/html; charset=windows-1250",
    "encoding": "windows-1250",
    "extra_headers": (("Cache-Control", "private"), ("Server", "Microsoft-IIS/10.0"),
                      ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET")),
    "n": 29,
    "start": dt.date(2021, 9, 1),
    "end": dt.date(2024, 12, 15),
    "hours": (3, 4, 10, 16),
    "policy": POLICY,
    "first_updated": dt.date(2021, 5, 25),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#ctl00_cphContent_pnlArticle"},
}
