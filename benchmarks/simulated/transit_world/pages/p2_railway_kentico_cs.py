"""NŽD (a Czech national passenger railway): Kentico 12 Portal Engine (ASP.NET WebForms: __VIEWSTATE,
__CMSCsrfToken, GetResource.ashx, p_lt_zone... web-part ids, an EditableText region) until the December 2022
relaunch on Kentico Xperience 13 (ASP.NET Core MVC, Page Builder rich-text widgets, asp-append-version hashes,
OneTrust). The declaration changes at the relaunch (`history`).

Fairly clean: per-request __VIEWSTATE/__CMSCsrfToken (then __RequestVerificationToken), the header's
connection-search form prefilled with the date and time of the request (Prague time), the "Mimořádnosti"
disruption count in the top bar, deployment hashes; all outside the tracked region."""
import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

URL = "https://www.nzd.cz/cs/zasady-zpracovani-osobnich-udaju"
RELAUNCH = dt.datetime(2022, 12, 1, 4, 0, 0)
OLD_TEXT_ID = "p_lt_zoneContent_pageplaceholder_p_lt_zoneMain_EditableText_ucEditableText"


def fmt_date(d):
    return "%d. %d. %d" % (d.day, d.month, d.year)


POLICY = """# Zásady zpracování osobních údajů

Společnost Národní železniční dopravce, a.s. (dále jen „**NŽD**“ nebo „my“) zpracovává osobní údaje cestujících, zákazníků e-shopu a uživatelů aplikace Můj vlak v souladu s nařízením Evropského parlamentu a Rady (EU) 2016/679, obecným nařízením o ochraně osobních údajů (dále jen „GDPR“), a se zákonem č. 110/2019 Sb., o zpracování osobních údajů. V těchto zásadách vysvětlujeme, jaké údaje o vás zpracováváme, proč a jak dlouho, komu je předáváme a jaká máte práva.

Poslední aktualizace: {UPDATED}

## Správce osobních údajů

Správcem vašich osobních údajů je:

@ Národní železniční dopravce, a.s.
@ Seifertova 3120/40, 130 00 Praha 3
@ IČO: 281 97 452
@ zapsaná v obchodním rejstříku vedeném Městským soudem v Praze, oddíl B, vložka 14528

## Pověřenec pro ochranu osobních údajů

Jmenovali jsme pověřence pro ochranu osobních údajů, na kterého se můžete obracet ve všech záležitostech týkajících se zpracování vašich osobních údajů. Pověřence můžete kontaktovat e-mailem na adrese poverenec@nzd.cz nebo písemně na adrese sídla společnosti s označením „K rukám pověřence pro ochranu osobních údajů“.

## Jaké osobní údaje zpracováváme

- **identifikační údaje** – jméno, příjmení a datum narození, pokud jsou uvedeny na jízdence nebo na zákaznické kartě NŽD Plus;
- **kontaktní údaje** – e-mailová adresa, telefonní číslo a adresa pro doručování;
- **údaje o jízdence a cestě** – relace, datum cesty, číslo vlaku, místenka, tarif a způsob platby;
- **údaje o nároku na slevu** – věk, průkaz žáka nebo studenta, průkaz ZTP nebo ZTP/P, pokud slevu uplatňujete;
- **platební údaje** – údaje o provedené platbě; celé číslo platební karty nezpracováváme, zpracovává je výhradně provozovatel platební brány;
- **záznamy z kamerových systémů** ve vlacích a v prostorách odbavení;
- **údaje z komunikace se zákaznickým centrem**, včetně záznamu telefonního hovoru, pokud jste byli na nahrávání předem upozorněni.

## Účely a právní základy zpracování

| Účel zpracování | Právní základ | Doba uložení |
| Prodej jízdenek a plnění smlouvy o přepravě | plnění smlouvy, čl. 6 odst. 1 písm. b) GDPR | 3 roky od konce platnosti jízdenky |
| Vedení zákaznického účtu v e-shopu a v aplikaci Můj vlak | plnění smlouvy | po dobu existence účtu; neaktivní účty rušíme po 4 letech |
| Věrnostní program NŽD Plus | plnění smlouvy | po dobu členství a 1 rok po jeho ukončení |
| Kontrola jízdních dokladů a vymáhání přirážek k jízdnému | právní povinnost podle zákona č. 266/1994 Sb., o dráhách | do zaplacení přirážky, nejdéle do uplynutí promlčecí lhůty |
| Vyřizování reklamací a náhrad za zpoždění vlaků | právní povinnost podle nařízení (EU) 2021/782 o právech a povinnostech cestujících v železniční dopravě | 3 roky od vyřízení |
| Kamerové systémy ve vlacích a ve stanicích | oprávněný zájem na ochraně bezpečnosti cestujících, zaměstnanců a majetku | 72 hodin |
| Zasílání obchodních sdělení a nabídek | souhlas, u stávajících zákazníků oprávněný zájem | do odvolání souhlasu nebo vznesení námitky |
| Vedení účetnictví a plnění daňových povinností | právní povinnost podle zákona č. 563/1991 Sb., o účetnictví | 10 let |

Pokud zpracování probíhá na základě oprávněného zájmu, posoudili jsme, že náš zájem nepřevažuje nad vašimi právy a svobodami. Proti takovému zpracování můžete kdykoli vznést námitku.

## Jízdenky na jméno a slevy

Jízdenky zakoupené v e-shopu a v aplikaci Můj vlak jsou vystaveny na jméno cestujícího. Při kontrole jízdních dokladů jste povinni prokázat totožnost platným dokladem a nárok na slevu příslušným průkazem. Údaje o nároku na slevu ukládáme pouze v rozsahu nezbytném pro ověření slevy, kopie průkazů nepořizujeme.

Pokud cestujete na jízdenku zakoupenou jinou osobou, předal nám tato osoba vaše jméno a příjmení. Kupující odpovídá za to, že vás o předání údajů informoval.

## Kamerové systémy

Vybrané vlaky a prostory odbavení cestujících jsou vybaveny kamerovými systémy. Sledované prostory jsou označeny piktogramem kamery. Záznamy slouží k ochraně bezpečnosti cestujících a zaměstnanců a k ochraně majetku a uchováváme je po dobu 72 hodin. Poté jsou automaticky přepsány, pokud nejsou vyžádány orgány činnými v trestním řízení nebo nejsou potřebné k prokázání události, která se stala ve vlaku.

Kamerové záznamy nezpracováváme za účelem rozpoznávání obličejů ani k jiné formě biometrické identifikace cestujícich.

## Příjemci a zpracovatelé

Osobní údaje předáváme pouze zpracovatelům, kteří pro nás na základě smlouvy zajišťují dílčí činnosti, a dalším příjemcům v rozsahu stanoveném právními předpisy.

| Zpracovatel | Činnost |
| PlatbaNet a.s. | provoz platební brány pro e-shop a aplikaci Můj vlak |
| Datacentrum Chodov s.r.o. | provoz serverů a zálohování dat |
| Kontaktní centrum Ostrava s.r.o. | zákaznická linka a vyřizování dotazů |
| Microsoft Ireland Operations Limited | e-mailová komunikace a kancelářské aplikace |
| Google Ireland Limited | měření návštěvnosti webu (pouze s vaším souhlasem) |

Údaje o jízdenkách platných ve více integrovaných dopravních systémech sdílíme s jejich organizátory, kteří je využívají k rozúčtování tržeb mezi dopravci. Na vyžádání předáváme údaje Policii České republiky, soudům a dalším orgánům veřejné moci.

## Předávání údajů mimo Evropskou unii

Vaše osobní údaje zpracováváme zpravidla v rámci Evropské unie. Pokud některý ze zpracovatelů zpracovává údaje ve třetí zemi, děje se tak pouze na základě rozhodnutí Evropské komise o odpovídající ochraně nebo standardních smluvních doložek.

## Vaše práva

V souvislosti se zpracováním osobních údajů máte právo:

- na přístup ke svým osobním údajům;
- na opravu nepřesných údajů;
- na výmaz, pokud již údaje nejsou potřebné nebo je zpracováváme protiprávně;
- na omezení zpracování;
- na přenositelnost údajů, které jste nám poskytli;
- vznést námitku proti zpracování založenému na oprávněném zájmu a proti zasílání obchodních sdělení;
- kdykoli odvolat udělený souhlas, aniž by tím byla dotčena zákonnost zpracování před jeho odvoláním.

Svá práva můžete uplatnit e-mailem na adrese osobniudaje@nzd.cz, v zákaznickém účtu nebo osobně v kterékoli pokladně NŽD. Na žádost odpovíme nejpozději do jednoho měsíce.

Pokud se domníváte, že zpracováním dochází k porušení právních předpisů, můžete podat stížnost u Úřadu pro ochranu osobních údajů, Pplk. Sochora 27, 170 00 Praha 7, www.uoou.cz.

## Soubory cookies

Na webu nzd.cz používáme nezbytné soubory cookies, které zajišťují fungování vyhledávače spojení, košíku a přihlášení. Analytické a marketingové cookies ukládáme pouze s vaším souhlasem, který můžete kdykoli změnit v nastavení cookies v patičce webu."""

EDITS = [
    {"note": "CRM processor (Salesforce) added to the processors table",
     "repl": [("| Kontaktní centrum Ostrava s.r.o. | zákaznická linka a vyřizování dotazů |",
               "| Kontaktní centrum Ostrava s.r.o. | zákaznická linka a vyřizování dotazů |\n"
               "| Salesforce Ireland Limited | systém pro správu zákaznických požadavků a reklamací |")]},
    {"note": "typo fixed: 'cestujícich' -> 'cestujících' (no new date)", "bump": False,
     "repl": [("biometrické identifikace cestujícich.", "biometrické identifikace cestujících.")]},
    {"note": "CCTV retention extended from 72 hours to 7 days (table and CCTV section)",
     "repl": [("ve vlacích a ve stanicích | oprávněný zájem na ochraně bezpečnosti cestujících, zaměstnanců a majetku | 72 hodin |",
               "ve vlacích a ve stanicích | oprávněný zájem na ochraně bezpečnosti cestujících, zaměstnanců a majetku | 7 dnů |"),
              ("uchováváme je po dobu 72 hodin.", "uchováváme je po dobu 7 dnů.")]},
    {"note": "DPO phone number added",
     "repl": [("e-mailem na adrese poverenec@nzd.cz nebo písemně",
               "e-mailem na adrese poverenec@nzd.cz, telefonicky na čísle +420 221 104 480 nebo písemně")]},
    {"note": "new section: on-board Wi-Fi",
     "repl": [("## Předávání údajů mimo Evropskou unii",
               "## Wi-Fi ve vlacích\n\n"
               "Při připojení k bezplatné síti Wi-Fi ve vlaku zpracováváme MAC adresu vašeho zařízení, čas "
               "připojení, číslo vlaku a objem přenesených dat. Údaje potřebujeme k zajištění provozu sítě a "
               "k plnění povinností podle zákona č. 127/2005 Sb., o elektronických komunikacích, a uchováváme je "
               "po dobu 6 měsíců.\n\n"
               "Obsah vaší komunikace ani navštívené stránky nesledujeme. Přihlášení do sítě je možné bez "
               "zadání e-mailu.\n\n"
               "## Předávání údajů mimo Evropskou unii")]},
]


def prague(when):
    """Naive UTC -> Prague local time (CET/CEST: last Sunday of March/October, 01:00 UTC)."""
    def last_sunday(y, m):
        d = dt.date(y, m, 31)
        return d - dt.timedelta(days=(d.weekday() + 1) % 7)
    a = dt.datetime.combine(last_sunday(when.year, 3), dt.time(1))
    b = dt.datetime.combine(last_sunday(when.year, 10), dt.time(1))
    return when + dt.timedelta(hours=2 if a <= when < b else 1)


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {"platform": "kentico13" if when >= RELAUNCH else "kentico12"}
    new = prev.get("platform") != st["platform"]
    if st["platform"] == "kentico12":
        st["viewstate"] = C.b64tok(rng, 180)
        st["csrf"] = C.b64tok(rng, 48)
        st["deploy"] = prev.get("deploy") if not new and rng.random() > 0.15 and prev.get("deploy") else C.alnum(rng, 22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
    else:
        st["antiforgery"] = "CfDJ8" + C.alnum(rng, 150, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
        st["deploy"] = prev.get("deploy") if not new and rng.random() > 0.2 and prev.get("deploy") else C.alnum(rng, 43, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
    st["search_time"] = prague(when).strftime("%d.%m.%Y %H:%M")
    st["disruptions"] = C.keep_or(rng, prev.get("disruptions"), 0.6, lambda: rng.randint(0, 11))
    return st


LABELS = {"platform": "relaunch Kentico 12 Portal Engine -> Xperience 13 MVC (declaration history)",
          "viewstate": "__VIEWSTATE", "csrf": "__CMSCsrfToken", "antiforgery": "__RequestVerificationToken",
          "deploy": "deployment hash", "search_time": "connection search prefilled with the request time",
          "disruptions": "disruption count (Mimořádnosti) in the top bar"}


def content_html(blocks):
    out = []
    for b in blocks:
        if b[0] == "table":
            head = "".join("<th>%s</th>" % C.inline_html(x) for x in b[1][0])
            body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r) for r in b[1][1:])
            out.append('<table class="table"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (head, body))
        else:
            out.append(C.block_html(b))
    return "\n".join(out)


def render(st, blocks, when):
    title = html.escape(blocks[0][1])
    date_s, time_s = st["search_time"].split(" ")
    dis = st["disruptions"]
    dis_html = ('<a class="topbar__alert" href="/cs/mimoradnosti">Mimořádnosti v dopravě <span class="badge">%d</span></a>'
                % dis) if dis else '<a class="topbar__alert topbar__alert--ok" href="/cs/mimoradnosti">Provoz bez mimořádností</a>'
    if st["platform"] == "kentico12":
        return """<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="cs-cz">
<head id="head"><title>
	%(title)s | NŽD
</title><meta name="description" content="Informace o tom, jak Národní železniční dopravce zpracovává osobní údaje cestujících." /> 
<meta http-equiv="content-type" content="text/html; charset=UTF-8" /> 
<meta http-equiv="pragma" content="no-cache" /> 
<meta http-equiv="content-style-type" content="text/css" /> 
<meta http-equiv="content-script-type" content="text/javascript" /> 
<meta name="keywords" content="NŽD, vlak, jízdenky, osobní údaje, GDPR" /> 
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link href="/CMSPages/GetResource.ashx?stylesheetname=NZD-Main" type="text/css" rel="stylesheet"/>
<link href="/App_Themes/NZD/css/site.min.css?v=%(deploy)s" type="text/css" rel="stylesheet"/>
<link href="/favicon.ico" type="image/x-icon" rel="shortcut icon"/>
<link href="/favicon.ico" type="image/x-icon" rel="icon"/>
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-48211930-1"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('js', new Date());gtag('config', 'UA-48211930-1', { 'anonymize_ip': true });</script>
</head>
<body class="LTR Chrome CSCZ ContentBody" >
    
    <form method="post" action="/cs/zasady-zpracovani-osobnich-udaju" id="form">
<div class="aspNetHidden">
<input type="hidden" name="__CMSCsrfToken" id="__CMSCsrfToken" value="%(csrf)s" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%(vs)s" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form'];
if (!theForm) {
    theForm = document.form;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>


<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZFW3cwB8dDeLcy1lXHbD0v9F6Cw7RfEzI2X4nM0k&amp;t=637811765229275428" type="text/javascript"></script>

<input type="hidden" name="lng" id="lng" value="cs-CZ" />
<script type="text/javascript">
	//<![CDATA[

function PM_Postback(param) { if (window.top.HideScreenLockWarningAndSync) { window.top.HideScreenLockWarningAndSync(1080); } if(window.CMSContentManager) { CMSContentManager.allowSubmit = true; }; return __doPostBack('m$am',param); }
function PM_Callback(param, callback, ctx) { if (window.top.HideScreenLockWarningAndSync) { window.top.HideScreenLockWarningAndSync(1080); }if (window.CMSContentManager) { CMSContentManager.storeContentChangedStatus(); };WebForm_DoCallback('m$am',param,callback,ctx,null,true); }
//]]>
</script>
<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvkGzFxXWk-7N0sl2WFhqA9cd0BRoS2hj6VXZLb8NqVPxOrLF3CQ1bO4o8PJ9kFQ2&amp;t=7c776dc1" type="text/javascript"></script>
<script type="text/javascript">
	//<![CDATA[
var CMS = CMS || {};
CMS.Application = {
  "language": "cs",
  "imagesUrl": "/CMSPages/GetResource.ashx?image=%%5bImages.zip%%5d%%2f",
  "isDebuggingEnabled": false,
  "applicationUrl": "/",
  "isDialog": false,
  "isRTL": "false"
};

//]]>
</script>
<div class="aspNetHidden">

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="A5343185" />
	<input type="hidden" name="__SCROLLPOSITIONX" id="__SCROLLPOSITIONX" value="0" />
	<input type="hidden" name="__SCROLLPOSITIONY" id="__SCROLLPOSITIONY" value="0" />
</div>
    <script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('manScript', 'form', ['tp$lt$zoneHeader$SpojeniSearch$pnlUpdate','p_lt_zoneHeader_SpojeniSearch_pnlUpdate'], [], [], 90, '');
//]]>
</script>

    <div id="ctxM">

</div>
    
<div class="topbar"><div class="container">%(dis)s<ul class="topbar__links"><li><a href="/en/">English</a></li><li><a href="/cs/muj-ucet">Můj účet</a></li></ul></div></div>
<header class="header"><div class="container">
<a href="/cs" class="header__logo"><img src="/NZD/media/Logo/nzd-logo.png" alt="Národní železniční dopravce" /></a>
<ul id="menuElem" class="CMSListMenuUL">
	<li class="CMSListMenuLI"><a class="CMSListMenuLink" href="/cs/jizdenky">Jízdenky</a></li>
	<li class="CMSListMenuLI"><a class="CMSListMenuLink" href="/cs/jizdni-rad">Jízdní řád</a></li>
	<li class="CMSListMenuLI"><a class="CMSListMenuLink" href="/cs/slevy-a-nabidky">Slevy a nabídky</a></li>
	<li class="CMSListMenuLI"><a class="CMSListMenuLink" href="/cs/cestovani">Cestování</a></li>
	<li class="CMSListMenuLI"><a class="CMSListMenuLink" href="/cs/kontakty">Kontakty</a></li>
</ul>
</div></header>
<div id="p_lt_zoneHeader_SpojeniSearch_pnlUpdate">
	
<div class="spojeni"><div class="container">
<div class="spojeni__row"><label for="p_lt_zoneHeader_SpojeniSearch_txtFrom">Odkud</label><input name="p$lt$zoneHeader$SpojeniSearch$txtFrom" type="text" id="p_lt_zoneHeader_SpojeniSearch_txtFrom" class="form-control" placeholder="Zadejte stanici" /></div>
<div class="spojeni__row"><label for="p_lt_zoneHeader_SpojeniSearch_txtTo">Kam</label><input name="p$lt$zoneHeader$SpojeniSearch$txtTo" type="text" id="p_lt_zoneHeader_SpojeniSearch_txtTo" class="form-control" placeholder="Zadejte stanici" /></div>
<div class="spojeni__row spojeni__row--half"><label for="p_lt_zoneHeader_SpojeniSearch_txtDate">Datum</label><input name="p$lt$zoneHeader$SpojeniSearch$txtDate" type="text" value="%(date)s" id="p_lt_zoneHeader_SpojeniSearch_txtDate" class="form-control datepicker" /></div>
<div class="spojeni__row spojeni__row--half"><label for="p_lt_zoneHeader_SpojeniSearch_txtTime">Čas</label><input name="p$lt$zoneHeader$SpojeniSearch$txtTime" type="text" value="%(time)s" id="p_lt_zoneHeader_SpojeniSearch_txtTime" class="form-control timepicker" /></div>
<input type="submit" name="p$lt$zoneHeader$SpojeniSearch$btnSearch" value="Vyhledat spojení" id="p_lt_zoneHeader_SpojeniSearch_btnSearch" class="btn btn-primary" />
</div></div>

</div>
<div class="main-content"><div class="container">
<div class="breadcrumbs"><a href="/cs" class="CMSBreadCrumbsLink">Úvod</a> <span class="separator">/</span> <a href="/cs/o-nas" class="CMSBreadCrumbsLink">O nás</a> <span class="separator">/</span> <span  class="CMSBreadCrumbsCurrentItem">Zásady zpracování osobních údajů</span>
</div>
<div class="row">
<div class="col-md-9">
<h1 class="page-title">%(title)s</h1>
<div id="%(oid)s" >
	%(content)s
</div>
</div>
<div class="col-md-3">
<div class="side-box"><h3>Dokumenty ke stažení</h3><ul><li><a href="/getmedia/5a3f1c2e-8b7d-4e0a-9c61-2f4d8e7b1a30/Smluvni-prepravni-podminky.pdf.aspx">Smluvní přepravní podmínky</a></li><li><a href="/getmedia/71c2d9e4-3b8a-4f51-a6d0-9e8f7c5b2a14/Tarif-NZD.pdf.aspx">Tarif NŽD</a></li></ul></div>
</div>
</div>
</div></div>
<footer class="footer"><div class="container">
<p>&copy; %(year)d Národní železniční dopravce, a.s. | <a href="/cs/zasady-zpracovani-osobnich-udaju">Ochrana osobních údajů</a> | <a href="/cs/cookies">Cookies</a> | Zákaznická linka 221 111 122</p>
</div></footer>

    
    

<script type="text/javascript">
//<![CDATA[

theForm.oldSubmit = theForm.submit;
theForm.submit = WebForm_SaveScrollPositionSubmit;

theForm.oldOnSubmit = theForm.onsubmit;
theForm.onsubmit = WebForm_SaveScrollPositionOnSubmit;
//]]>
</script>
</form>
</body>
</html>
""" % {"title": title, "deploy": st["deploy"], "csrf": st["csrf"], "vs": st["viewstate"], "dis": dis_html,
       "date": date_s, "time": time_s, "oid": OLD_TEXT_ID, "content": content_html(blocks[1:]), "year": when.year}
    # Kentico Xperience 13 (ASP.NET Core MVC), Page Builder rich-text widgets: the policy split at its sections
    parts, cur = [], []
    for b in blocks[1:]:
        if b[0] == "h2" and len(cur) > 6:
            parts.append(cur)
            cur = []
        cur.append(b)
    parts.append(cur)
    widgets = "\n".join('<div class="rich-text">\n%s\n</div>' % content_html(p) for p in parts)
    v = st["deploy"]
    return """<!DOCTYPE html>
<html lang="cs">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>%(title)s | NŽD</title>
    <meta name="description" content="Informace o tom, jak Národní železniční dopravce zpracovává osobní údaje cestujících." />
    <link rel="canonical" href="%(url)s" />
    <link rel="alternate" hreflang="en" href="https://www.nzd.cz/en/privacy-policy" />
    <link rel="preload" href="/dist/fonts/nzd-sans-regular.woff2" as="font" type="font/woff2" crossorigin />
    <link rel="stylesheet" href="/dist/css/main.css?v=%(v)s" />
    <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-document-language="true" type="text/javascript" charset="UTF-8" data-domain-script="0190a3c6-6f2e-7b41-9d8c-5e2a1f4b7c93"></script>
    <script type="text/javascript">function OptanonWrapper() { }</script>
    <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-K8Q2ZP4');</script>
</head>
<body class="page page--content">
    <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K8Q2ZP4" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
    <a class="skip-link" href="#main">Přeskočit na obsah</a>
    <div class="topbar">
        <div class="container topbar__inner">
            %(dis)s
            <ul class="topbar__links">
                <li><a href="/en/privacy-policy" hreflang="en">English</a></li>
                <li><a href="/cs/muj-ucet" class="topbar__account">Můj účet</a></li>
            </ul>
        </div>
    </div>
    <header class="site-header">
        <div class="container site-header__inner">
            <a class="site-header__logo" href="/cs"><img src="/dist/img/nzd-logo.svg" alt="Národní železniční dopravce" width="148" height="40" /></a>
            <nav class="main-nav" aria-label="Hlavní navigace">
                <ul class="main-nav__list">
                    <li class="main-nav__item"><a class="main-nav__link" href="/cs/jizdenky">Jízdenky</a></li>
                    <li class="main-nav__item"><a class="main-nav__link" href="/cs/jizdni-rad">Jízdní řád</a></li>
                    <li class="main-nav__item"><a class="main-nav__link" href="/cs/slevy-a-nabidky">Slevy a nabídky</a></li>
                    <li class="main-nav__item"><a class="main-nav__link" href="/cs/cestovani">Cestování</a></li>
                    <li class="main-nav__item"><a class="main-nav__link" href="/cs/kontakty">Kontakty</a></li>
                </ul>
            </nav>
        </div>
    </header>
    <section class="connection-search connection-search--compact" aria-label="Vyhledat spojení">
        <form class="container connection-search__form" method="post" action="/cs/spojeni/vyhledat">
            <div class="connection-search__field"><label for="From">Odkud</label><input class="form-control" type="text" id="From" name="From" placeholder="Zadejte stanici" autocomplete="off" value="" /></div>
            <button type="button" class="connection-search__swap" aria-label="Prohodit stanice"></button>
            <div class="connection-search__field"><label for="To">Kam</label><input class="form-control" type="text" id="To" name="To" placeholder="Zadejte stanici" autocomplete="off" value="" /></div>
            <div class="connection-search__field connection-search__field--date"><label for="Date">Datum</label><input class="form-control" type="text" data-val="true" data-val-required="Zadejte datum." id="Date" name="Date" value="%(date)s" /></div>
            <div class="connection-search__field connection-search__field--time"><label for="Time">Čas</label><input class="form-control" type="text" id="Time" name="Time" value="%(time)s" /></div>
            <button type="submit" class="btn btn--primary">Vyhledat spojení</button>
        <input name="__RequestVerificationToken" type="hidden" value="%(af)s" /></form>
    </section>
    <main id="main" class="main">
        <div class="container">
            <nav class="breadcrumb" aria-label="Drobečková navigace">
                <ol class="breadcrumb__list">
                    <li class="breadcrumb__item"><a href="/cs">Úvod</a></li>
                    <li class="breadcrumb__item"><a href="/cs/o-nas">O nás</a></li>
                    <li class="breadcrumb__item" aria-current="page">Zásady zpracování osobních údajů</li>
                </ol>
            </nav>
            <div class="row">
                <div class="col-lg-8">
                    <article class="article">
                        <h1 class="article__title">%(title)s</h1>
                        <div class="article__content">
%(widgets)s
                        </div>
                    </article>
                </div>
                <aside class="col-lg-4 sidebar">
                    <div class="download-box">
                        <h2 class="download-box__title">Dokumenty ke stažení</h2>
                        <ul class="download-box__list">
                            <li><a href="/getmedia/5a3f1c2e-8b7d-4e0a-9c61-2f4d8e7b1a30/Smluvni-prepravni-podminky.pdf">Smluvní přepravní podmínky <span>PDF, 1,2 MB</span></a></li>
                            <li><a href="/getmedia/71c2d9e4-3b8a-4f51-a6d0-9e8f7c5b2a14/Tarif-NZD.pdf">Tarif NŽD <span>PDF, 3,4 MB</span></a></li>
                        </ul>
                    </div>
                    <div class="app-box">
                        <h2 class="app-box__title">Aplikace Můj vlak</h2>
                        <p>Jízdenky, poloha vlaku a mimořádnosti v telefonu.</p>
                        <a href="https://apps.apple.com/cz/app/muj-vlak/id1438922146"><img src="/dist/img/app-store-cs.svg" alt="Stáhnout v App Store" width="120" height="40" /></a>
                        <a href="https://play.google.com/store/apps/details?id=cz.nzd.mujvlak"><img src="/dist/img/google-play-cs.svg" alt="Nyní na Google Play" width="135" height="40" /></a>
                    </div>
                </aside>
            </div>
        </div>
    </main>
    <footer class="site-footer">
        <div class="container site-footer__inner">
            <div class="site-footer__col"><h2>Zákaznická linka</h2><p><a href="tel:+420221111122">221 111 122</a><br />nonstop</p></div>
            <div class="site-footer__col"><h2>Informace</h2><ul><li><a href="/cs/zasady-zpracovani-osobnich-udaju">Ochrana osobních údajů</a></li><li><a href="/cs/cookies">Cookies</a></li><li><a href="#" class="ot-sdk-show-settings">Nastavení cookies</a></li><li><a href="/cs/pristupnost">Přístupnost</a></li></ul></div>
            <p class="site-footer__copy">&copy; %(year)d Národní železniční dopravce, a.s.</p>
        </div>
    </footer>
    <script src="/dist/js/vendor.js?v=%(v)s"></script>
    <script src="/dist/js/main.js?v=%(v)s" defer></script>
</body>
</html>
""" % {"title": title, "url": URL, "v": v, "dis": dis_html, "date": date_s, "time": time_s,
       "af": st["antiforgery"], "widgets": widgets, "year": when.year}


PAGE = {
    "service": "NZD",
    "url": URL,
    "lang": "cs",
    "platform": "Kentico 12 Portal Engine (WebForms) -> Kentico Xperience 13 (ASP.NET Core MVC)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Cache-Control", "private"), ("X-Frame-Options", "SAMEORIGIN"),
                      ("Strict-Transport-Security", "max-age=31536000")),
    "n": 30,
    "start": dt.date(2021, 6, 1),
    "end": dt.date(2024, 5, 31),
    "policy": POLICY,
    "first_updated": dt.date(2021, 2, 22),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "article.article"},
    "history": [{"fetch": URL, "select": ["h1.page-title", "#" + OLD_TEXT_ID],
                 "validUntil": C.iso(RELAUNCH)}],
}
