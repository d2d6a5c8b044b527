"""Autentix (Slovak 2FA / identity provider), privacy policy on Kentico 12 Portal Engine, ASP.NET WebForms.

Fairly clean: per visit the page-wide <form>'s __VIEWSTATE, __EVENTVALIDATION and __CMSCsrfToken (all beside the
declared `.legal-text`), and at deploys the WebResource.axd / ScriptResource.axd `t=` build ticks."""
import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

URLSAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
URL = "https://www.autentix.sk/sk/pravne-informacie/ochrana-osobnych-udajov"

MONTHS = ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra",
          "novembra", "decembra"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
# Zásady ochrany osobných údajov

Účinné od: {UPDATED}

Spoločnosť Autentix s.r.o. prevádzkuje aplikáciu Autentix Authenticator, službu jednotného prihlásenia Autentix SSO a webovú stránku www.autentix.sk. Pri poskytovaní služieb dvojfaktorového overovania nevyhnutne spracúvame niektoré vaše osobné údaje. V tomto dokumente vysvetľujeme, aké údaje to sú, prečo ich potrebujeme, ako dlho ich uchovávame a aké máte práva.

## 1. Prevádzkovateľ

Prevádzkovateľom vašich osobných údajov je:

@ Autentix s.r.o.
@ Karadžičova 8/A
@ 821 08 Bratislava
@ IČO: 51 234 567
@ zapísaná v Obchodnom registri Mestského súdu Bratislava III, oddiel: Sro, vložka č. 128734/B

Určili sme zodpovednú osobu, ktorú môžete kontaktovať e-mailom na adrese [dpo@autentix.sk](mailto:dpo@autentix.sk) alebo telefonicky na čísle +421 2 3301 4470 v pracovných dňoch od 9:00 do 16:00.

## 2. Ako funguje naša služba a aké údaje spracúvame

Autentix Authenticator generuje jednorazové kódy a potvrdzuje prihlásenia priamo vo vašom zariadení. Tajné kľúče, z ktorých sa kódy odvodzujú, sú uložené v zabezpečenom úložisku zariadenia (Secure Enclave alebo Android Keystore) a nikdy neopúšťajú vaše zariadenie v nezašifrovanej podobe.

Spracúvame tieto kategórie osobných údajov:

- **Údaje o účte:** e-mailová adresa, telefónne číslo na obnovenie prístupu, zvolený jazyk a dátum registrácie.
- **Údaje o zariadení:** model zariadenia, verzia operačného systému a aplikácie, identifikátor pre doručovanie push notifikácií.
- **Záznamy o overení:** čas a výsledok každej žiadosti o prihlásenie, názov služby, do ktorej sa prihlasujete, IP adresa a približná poloha žiadosti (mesto a krajina).
- **Zálohy:** ak zapnete cloudovú zálohu, ukladáme vaše účty v zašifrovanej podobe. Záloha je šifrovaná heslom, ktoré poznáte iba vy, a preto k jej obsahu nemáme prístup.
- **Údaje zo zákazníckej podpory:** obsah vašej komunikácie s nami a prípadné prílohy.
- **Fakturačné údaje firemných zákazníkov:** obchodné meno, IČO, DIČ, adresa a kontaktná osoba.

Nespracúvame biometrické údaje. Overenie odtlačkom prsta alebo tvárou prebieha výlučne v operačnom systéme vášho zariadenia a aplikácia dostáva iba informáciu o tom, či bolo overenie úspešné.

## 3. Účely a právne základy spracúvania

| Účel spracúvania | Právny základ |
| Poskytovanie dvojfaktorového overovania a potvrdzovania prihlásení | plnenie zmluvy (čl. 6 ods. 1 písm. b) GDPR) |
| Odhaľovanie podozrivých prihlásení a prevencia podvodov | oprávnený záujem (čl. 6 ods. 1 písm. f) GDPR) |
| Obnovenie prístupu k účtu | plnenie zmluvy |
| Fakturácia firemných licencií | zákonná povinnosť (čl. 6 ods. 1 písm. c) GDPR) |
| Zasielanie noviniek o bezpečnosti | súhlas (čl. 6 ods. 1 písm. a) GDPR) |

Súhlas so zasielaním noviniek môžete kedykoľvek odvolať kliknutím na odkaz v každom e-maile alebo v nastaveniach účtu. Odvolanie súhlasu nemá vplyv na zákonnosť spracúvania pred jeho odvolaním.

Pri odhaľovaní podozrivých prihlásení používame automatizované vyhodnotenie rizika, ktoré zohľadňuje napríklad neobvyklú krajinu, nové zariadenie alebo veľký počet žiadostí v krátkom čase. Ak systém vyhodnotí žiadosť ako rizikovú, požiada vás o dodatočné potvrdenie. Nejde o rozhodnutie s právnymi účinkami; žiadosť môžete vždy schváliť alebo odmietnuť sami a proti zablokovaniu účtu sa môžete obrátiť na našu podporu.

## 4. Doba uchovávania

- Údaje o účte uchovávame počas trvania účtu a 30 dní po jeho zrušení.
- Záznamy o overení uchovávame 12 mesiacov, aby sme mohli vyšetriť bezpečnostné incidenty.
- Zašifrované zálohy vymažeme do 7 dní od vypnutia zálohovania alebo zrušenia účtu.
- Komunikáciu so zákazníckou podporou uchovávame 2 roky od vyriešenia požiadavky.
- Účtovné doklady uchovávame 10 rokov podľa zákona o účtovníctve.

## 5. Príjemcovia a sprostredkovatelia

Vaše údaje nepredávame. Sprístupňujeme ich iba sprostredkovateľom, ktorí pre nás zabezpečujú technickú prevádzku služby a sú viazaní zmluvou podľa čl. 28 GDPR:

| Sprostredkovateľ | Služba | Krajina |
| Microsoft Ireland Operations Ltd. | cloudová infraštruktúra (Azure) | Írsko |
| Google Ireland Ltd. | doručovanie push notifikácií (Firebase Cloud Messaging) | Írsko |
| Apple Distribution International Ltd. | doručovanie push notifikácií (APNs) | Írsko |
| Twilio Ireland Ltd. | odosielanie SMS kódov na obnovenie prístupu | Írsko |
| Freshworks Inc. | systém zákazníckej podpory | USA |

Ak sa prostredníctvom našej služby prihlasujete do služby tretej strany, napríklad do firemného systému vášho zamestnávateľa, táto tretia strana je samostatným prevádzkovateľom údajov o prihláseniach do svojej služby. Firemným zákazníkom, ktorí používajú Autentix SSO, poskytujeme záznamy o prihláseniach ich zamestnancov ako sprostredkovateľ.

## 6. Prenos údajov do tretích krajín

Niektorí naši sprostredkovatelia majú sídlo alebo materskú spoločnosť v USA. Prenos údajov do USA sa uskutočňuje na základe rámca ochrany údajov medzi EÚ a USA (EU-U.S. Data Privacy Framework) alebo štandardných zmluvných doložiek prijatých Európskou komisiou. Kópiu týchto záruk vám na požiadanie poskytneme.

## 7. Bezpečnosť

Bezpečnosť je podstatou našej služby. Komunikácia medzi aplikáciou a našimi servermi je chránená protokolom TLS 1.3 s pripnutím certifikátu, údaje v databázach sú šifrované a prístup k produkčnému prostrediu je možný iba s hardvérovým bezpečnostným kľúčom. Raz ročne si necháme vykonať nezávislý penetračný test a sme držiteľom certifikátu ISO/IEC 27001.

Ak zistíte zraniteľnosť v našich službách, nahláste ju prosím na [security@autentix.sk](mailto:security@autentix.sk). Postup nájdete v našich [zásadách zodpovedného zverejňovania](/sk/bezpecnost/zodpovedne-zverejnovanie).

## 8. Vaše práva

Ako dotknutá osoba máte právo:

- požadovať prístup k svojim osobným údajom,
- požadovať opravu nesprávnych údajov,
- požadovať vymazanie údajov,
- požadovať obmedzenie spracúvania,
- na prenosnosť údajov,
- namietať proti spracúvaniu na základe oprávneného záujmu,
- kedykoľvek odvolať súhlas.

Žiadosť nám môžete poslať e-mailom na [dpo@autentix.sk](mailto:dpo@autentix.sk) alebo ju podať priamo v aplikácii v časti Nastavenia → Súkromie. Odpovieme vám najneskôr do jedného mesiaca. Ak sa domnievate, že spracúvaním vašich údajov porušujeme predpisy, môžete podať návrh na začatie konania:

@ Úrad na ochranu osobných údajov Slovenskej republiky
@ Hraničná 12
@ 820 07 Bratislava 27
@ [dataprotection.gov.sk](https://dataprotection.gov.sk)

## 9. Súbory cookie

Naša webová stránka používa nevyhnutné súbory cookie a so súhlasom aj analytické súbory cookie. Viac informácií nájdete v [zásadách používania súborov cookie](/sk/pravne-informacie/cookies).

## 10. Zmeny zásad

Tieto zásady priebežne aktualizujeme. O podstatných zmenách vás budeme informovať e-mailom alebo oznámením v aplikácii aspoň 14 dní pred ich účinnosťou.
"""

EDITS = [
    {"note": "sentence on passkeys added to section 2",
     "repl": [("a aplikácia dostáva iba informáciu o tom, či bolo overenie úspešné.",
               "a aplikácia dostáva iba informáciu o tom, či bolo overenie úspešné. Ak si v aplikácii vytvoríte "
               "prístupový kľúč (passkey), jeho súkromná časť zostáva vo vašom zariadení a my uchovávame iba "
               "verejný kľúč a dátum jeho vytvorenia.")]},
    {"note": "retention of authentication logs cut from 12 to 6 months",
     "repl": [("Záznamy o overení uchovávame 12 mesiacov", "Záznamy o overení uchovávame 6 mesiacov")]},
    {"note": "SMS processor replaced (Twilio -> Vonage) in the processors table",
     "repl": [("| Twilio Ireland Ltd. | odosielanie SMS kódov na obnovenie prístupu | Írsko |",
               "| Vonage B.V. | odosielanie SMS kódov na obnovenie prístupu | Holandsko |")]},
    {"note": "word inserted ('bezodkladne'), no new date", "bump": False,
     "repl": [("Odpovieme vám najneskôr do jedného mesiaca.",
               "Odpovieme vám bezodkladne, najneskôr do jedného mesiaca.")]},
    {"note": "DPO phone number changed",
     "repl": [("+421 2 3301 4470", "+421 2 3301 4499")]},
]


def noise(rng, when, i, prev):
    p = prev or {}
    return {
        "viewstate": "/wEPDwULLTE" + C.b64tok(rng, rng.randint(1180, 1260)),
        "eventvalidation": "/wEdAA" + C.b64tok(rng, 118),
        "csrf": C.b64tok(rng, 32),
        "ticks": C.keep_or(rng, p.get("ticks"), 0.1,
                           lambda: (when - dt.datetime(1, 1, 1)).days * 864000000000 + rng.randint(0, 86399) * 10 ** 7),
        "wr": C.keep_or(rng, p.get("wr"), 0.1, lambda: C.alnum(rng, 92, URLSAFE)),
    }


LABELS = {"viewstate": "__VIEWSTATE (per visit)", "eventvalidation": "__EVENTVALIDATION (per visit)",
          "csrf": "__CMSCsrfToken (per visit)", "ticks": "WebResource.axd t= build ticks (deploy)",
          "wr": "WebResource.axd d= key (deploy)"}


def render(s, blocks, when):
    body = C.blocks_html(blocks, sep="\n")
    t = s["ticks"]
    wr = s["wr"]
    return """<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="sk-sk">
<head id="head"><title>
	Ochrana osobných údajov | Autentix
</title><meta name="description" content="Zásady ochrany osobných údajov spoločnosti Autentix s.r.o." /> 
<meta http-equiv="content-type" content="text/html; charset=UTF-8" /> 
<meta http-equiv="pragma" content="no-cache" /> 
<meta http-equiv="cache-control" content="no-cache" /> 
<meta http-equiv="expires" content="-1" /> 
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link href="/CMSPages/GetResource.ashx?stylesheetname=Autentix2021" type="text/css" rel="stylesheet"/>
<link href="/App_Themes/Autentix/css/site.min.css?v=4.2.11" type="text/css" rel="stylesheet"/>
<link href="/favicon.ico" type="image/x-icon" rel="shortcut icon"/>
<link href="/favicon.ico" type="image/x-icon" rel="icon"/>
<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':
new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
}})(window,document,'script','dataLayer','GTM-K7Q2M4P');</script>
<!-- End Google Tag Manager -->
</head>
<body class="LTR Chrome SKSK ContentBody" >
    <!-- Google Tag Manager (noscript) -->
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7Q2M4P" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<!-- End Google Tag Manager (noscript) -->
    <form method="post" action="/sk/pravne-informacie/ochrana-osobnych-udajov" id="form">
<div class="aspNetHidden">
<input type="hidden" name="__CMSCsrfToken" id="__CMSCsrfToken" value="{csrf}" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form'];
if (!theForm) {{
    theForm = document.form;
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


<script src="/WebResource.axd?d={wr1}&amp;t={t}" type="text/javascript"></script>

<input type="hidden" name="lng" id="lng" value="sk-SK" />
<script type="text/javascript">
	//<![CDATA[

function PM_Postback(param) {{ if (window.top.HideScreenLockWarningAndSync) {{ window.top.HideScreenLockWarningAndSync(1080); }} if(window.CMSContentManager) {{ CMSContentManager.allowSubmit = true; }}; __doPostBack('m$am',param); }}
function PM_Callback(param, callback, ctx) {{ if (window.top.HideScreenLockWarningAndSync) {{ window.top.HideScreenLockWarningAndSync(1080); }}if (window.CMSContentManager) {{ CMSContentManager.storeContentChangedStatus(); }};WebForm_DoCallback('m$am',param,callback,ctx,null,true); }}

//]]>
</script>
<script src="/ScriptResource.axd?d={wr2}&amp;t={t2}" type="text/javascript"></script>
<script src="/ScriptResource.axd?d={wr3}&amp;t={t2}" type="text/javascript"></script>
<script type="text/javascript">
	//<![CDATA[

var CMS = CMS || {{}};
CMS.Application = {{
  "language": "sk",
  "imagesUrl": "/CMSPages/GetResource.ashx?image=%5bImages.zip%5d%2f",
  "isDebuggingEnabled": false,
  "applicationUrl": "/",
  "isDialog": false,
  "isRTL": "false"
}};

//]]>
</script>
<div class="aspNetHidden">

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="A5343185" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div>
    <script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('manScript', 'form', ['tp$lt$ctl08$NewsletterSubscription$sys_pnlUpdate','p_lt_ctl08_NewsletterSubscription_sys_pnlUpdate'], [], [], 90, '');
//]]>
</script>

    <div id="ctxM">

</div>
    
<header class="site-header">
  <div class="container">
    <a href="/sk" class="site-header__logo"><img id="p_lt_ctl00_EditableImage_ucEditableImage_imgImage" src="/Autentix/media/Logo/autentix-logo.svg" alt="Autentix" /></a>
    <nav class="site-header__nav">
<ul id="menuElem" class="CMSListMenuUL">
		<li class="CMSListMenuLI"><a class="CMSListMenuLink" href="/sk/aplikacia">Aplik&#225;cia</a></li>
		<li class="CMSListMenuLI"><a class="CMSListMenuLink" href="/sk/pre-firmy">Pre firmy</a></li>
		<li class="CMSListMenuLI"><a class="CMSListMenuLink" href="/sk/cennik">Cenn&#237;k</a></li>
		<li class="CMSListMenuLI"><a class="CMSListMenuLink" href="/sk/podpora">Podpora</a></li>
		<li class="CMSListMenuLI"><a class="CMSListMenuLink" href="/sk/blog">Blog</a></li>
	</ul>
    </nav>
    <div class="site-header__actions">
      <a class="btn btn-outline" href="https://admin.autentix.sk/prihlasenie">Prihl&#225;senie pre firmy</a>
      <div class="lang-switch"><a class="lang-switch__item active" href="/sk/pravne-informacie/ochrana-osobnych-udajov">SK</a><a class="lang-switch__item" href="/cs/pravni-informace/ochrana-osobnich-udaju">CZ</a><a class="lang-switch__item" href="/en/legal/privacy-policy">EN</a></div>
    </div>
  </div>
</header>
<main class="page-content">
  <div class="container">
    <div class="breadcrumbs"><a href="/sk" class="CMSBreadCrumbsLink">Domov</a> <span class="CMSBreadCrumbsSeparator">/</span> <a href="/sk/pravne-informacie" class="CMSBreadCrumbsLink">Pr&#225;vne inform&#225;cie</a> <span class="CMSBreadCrumbsSeparator">/</span> <span  class="CMSBreadCrumbsCurrentItem">Ochrana osobn&#253;ch &#250;dajov</span>
</div>
    <div class="row">
      <aside class="col-lg-3 legal-nav">
<ul id="p_lt_ctl03_pageplaceholder_p_lt_ctl00_LegalMenu_menuElem" class="CMSListMenuUL">
		<li class="CMSListMenuLI"><a class="CMSListMenuLink" href="/sk/pravne-informacie/obchodne-podmienky">Obchodn&#233; podmienky</a></li>
		<li class="CMSListMenuHighlightedLI"><a class="CMSListMenuLinkHighlighted" href="/sk/pravne-informacie/ochrana-osobnych-udajov">Ochrana osobn&#253;ch &#250;dajov</a></li>
		<li class="CMSListMenuLI"><a class="CMSListMenuLink" href="/sk/pravne-informacie/cookies">S&#250;bory cookie</a></li>
		<li class="CMSListMenuLI"><a class="CMSListMenuLink" href="/sk/pravne-informacie/zmluva-o-spracuvani">Zmluva o spracúvaní (DPA)</a></li>
	</ul>
      </aside>
      <div class="col-lg-9">
        <div class="legal-text">
{body}
        </div>
      </div>
    </div>
  </div>
</main>
<footer class="site-footer">
  <div class="container">
    <div class="row">
      <div class="col-md-4"><img src="/Autentix/media/Logo/autentix-logo-white.svg" alt="Autentix" /><p>Bezpečné prihlásenie bez hesiel.</p></div>
      <div class="col-md-4">
        <div id="p_lt_ctl08_NewsletterSubscription_sys_pnlUpdate">
	<div class="newsletter">
          <label for="p_lt_ctl08_NewsletterSubscription_txtEmail" id="p_lt_ctl08_NewsletterSubscription_lblEmail">Bezpečnostn&#233; novinky e-mailom</label>
          <input name="p$lt$ctl08$NewsletterSubscription$txtEmail" type="text" maxlength="250" id="p_lt_ctl08_NewsletterSubscription_txtEmail" class="form-control" />
          <input type="submit" name="p$lt$ctl08$NewsletterSubscription$btnSubmit" value="Odoberať" id="p_lt_ctl08_NewsletterSubscription_btnSubmit" class="btn btn-primary" />
        </div>
</div>
      </div>
      <div class="col-md-4"><p>Autentix s.r.o.<br />Bratislava, Slovensko</p><p><a href="mailto:info@autentix.sk">info@autentix.sk</a></p></div>
    </div>
    <p class="site-footer__copy">&#169; {year} Autentix s.r.o.</p>
  </div>
</footer>

    
    

<script type="text/javascript">
//<![CDATA[
WebForm_InitCallback();//]]>
</script>
  </form>
</body>
</html>
""".format(csrf=s["csrf"], vs=s["viewstate"], ev=s["eventvalidation"], t=t, t2=t + 1234567,
           wr1=wr[:86], wr2=wr[::-1][:86] + "1", wr3=wr[5:] + wr[:5] + "2", body=body, year=when.year)


PAGE = {
    "service": "Autentix",
    "url": URL,
    "lang": "sk",
    "platform": "Kentico 12 Portal Engine (ASP.NET WebForms)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Cache-Control", "private"), ("Server", "Microsoft-IIS/10.0"),
                      ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET"),
                      ("Set-Cookie", "CMSPreferredCulture=sk-SK; expires=Thu, 31-Dec-2099 23:00:00 GMT; path=/; HttpOnly")),
    "n": 29,
    "start": dt.date(2022, 10, 3),
    "end": dt.date(2025, 6, 30),
    "policy": POLICY,
    "first_updated": dt.date(2022, 5, 25),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".legal-text"},
}
