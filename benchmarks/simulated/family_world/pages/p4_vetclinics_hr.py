"""Šapa Vet: a Croatian veterinary clinic chain's "Zaštita osobnih podataka" on Kentico 12 (Portal Engine, ASP.NET
WebForms). Per visit: __VIEWSTATE, __EVENTVALIDATION and __CMSCsrfToken in the page-wide form; the on-duty clinic
("dežurna ambulanta") bar in the header rotates weekly; an UpdatePanel "Slobodni termini" web part with live
appointment slots sits inside the editable-text zone the declaration selects, so the curator removes it."""
import datetime as dt

import common as C

URL = "https://www.sapavet.hr/zastita-osobnih-podataka"

POLICY = """# Zaštita osobnih podataka

Datum posljednje izmjene: {UPDATED}

Šapa Vet d.o.o. brine o zdravlju vaših ljubimaca u devet veterinarskih ambulanti i klinika u Zagrebu, Splitu, Rijeci i Osijeku. Pritom obrađujemo osobne podatke vlasnika ljubimaca, posjetitelja naših mrežnih stranica i korisnika online naručivanja. Ovom izjavom objašnjavamo koje podatke prikupljamo, zašto ih prikupljamo i kako ih štitimo, u skladu s Općom uredbom o zaštiti podataka (GDPR) i Zakonom o provedbi Opće uredbe o zaštiti podataka.

## 1. Voditelj obrade

@ Šapa Vet d.o.o.
@ Ulica grada Vukovara 269, 10000 Zagreb
@ OIB: 48213579604
@ e-pošta: info@sapavet.hr

Službenika za zaštitu osobnih podataka možete kontaktirati na adresi [szop@sapavet.hr](mailto:szop@sapavet.hr).

## 2. Koje podatke prikupljamo

- ime i prezime, adresu, OIB, broj telefona i adresu e-pošte vlasnika ili skrbnika ljubimca;
- podatke o ljubimcu: ime, vrstu, pasminu, dob, broj mikročipa i broj putovnice za kućne ljubimce;
- podatke iz veterinarske dokumentacije: anamnezu, nalaze, dijagnoze, terapije i cijepljenja;
- podatke o plaćanju i izdanim računima;
- podatke koje unesete pri online naručivanju termina;
- snimke videonadzora u čekaonicama i na ulazima u ambulante.

## 3. Svrhe i pravne osnove obrade

| Svrha | Pravna osnova |
| Pružanje veterinarskih usluga i vođenje veterinarske dokumentacije | Izvršenje ugovora i zakonska obveza |
| Upis cijepljenja protiv bjesnoće i označavanja mikročipom u Upisnik kućnih ljubimaca | Zakonska obveza |
| Izdavanje računa i fiskalizacija | Zakonska obveza |
| Online naručivanje i podsjetnici na termine | Izvršenje ugovora |
| Podsjetnici na cijepljenje i kontrolne preglede | Legitimni interes |
| Slanje newslettera i posebnih ponuda | Privola |
| Videonadzor radi zaštite osoba i imovine | Legitimni interes |

## 4. Online naručivanje termina

Kada se naručujete putem naše stranice ili aplikacije, tražimo vaše ime, broj mobitela, ime i vrstu ljubimca te kratak opis razloga dolaska. Podatke koristimo isključivo za rezervaciju termina i za podsjetnik koji vam šaljemo SMS porukom dan prije pregleda. Ako termin otkažete, podaci o rezervaciji brišu se nakon tri mjeseca.

Pri dolasku u ambulantu recepcija će vas zamoliti da potvrdite točnost podataka u kartonu ljubimca. Ako ste novi klijent, ispunjavate kratki upitnik o vlasniku i ljubimcu. Molimo vas da nas obavijestite o svakoj promjeni adrese ili broja telefona, jer nam ti podaci trebaju za hitne slučajeve, primjerice kada je potrebno javiti nalaz ili dogovoriti nastavak liječenja.

## 5. Podsjetnici na cijepljenje

Nakon cijepljenja ili pregleda možemo vam poslati podsjetnik za sljedeće cijepljenje, dehelmintizaciju ili kontrolu. Od primanja podsjetnika možete se odjaviti u bilo kojem trenutku, odgovorom na poruku ili na recepciji bilo koje naše ambulante.

### Hospitalizacija i hitni slučajevi

Kada ljubimac ostaje na hospitalizaciji ili dolazi u dežurnu ambulantu izvan radnog vremena, bilježimo i podatke o osobi koja je ljubimca dovela te broj telefona na kojem je dostupna tijekom liječenja. U hitnim slučajevima, kada vlasnik nije dostupan, veterinar može poduzeti nužne mjere za spašavanje života životinje, o čemu vas naknadno obavještavamo.

## 6. Primatelji podataka

Vaše podatke ne prodajemo. Dijelimo ih samo s pružateljima usluga koji za nas obrađuju podatke na temelju ugovora o obradi te s tijelima kojima smo ih dužni dostaviti.

| Primatelj | Svrha | Država |
| Infobip d.o.o. | Slanje SMS podsjetnika | Hrvatska |
| IDEXX Laboratories | Laboratorijske pretrage uzoraka | Njemačka |
| CorvusPay | Online plaćanje | Hrvatska |
| Ministarstvo poljoprivrede | Upisnik kućnih ljubimaca | Hrvatska |
| Porezna uprava | Fiskalizacija računa | Hrvatska |

Podatke ne prenosimo u treće zemlje izvan Europskog gospodarskog prostora.

## 7. Koliko dugo čuvamo podatke

Veterinarsku dokumentaciju čuvamo onoliko dugo koliko to propisuju pravila veterinarske struke, a najmanje deset godina od posljednjeg pregleda. Račune čuvamo jedanaest godina u skladu sa Zakonom o računovodstvu. Podatke za newsletter čuvamo do povlačenja privole. Snimke videonadzora čuvamo 30 dana, osim ako su potrebne kao dokaz u postupku.

Nakon isteka rokova čuvanja podatke brišemo ili ih trajno anonimiziramo, tako da se više ne mogu povezati s vama. Anonimizirane podatke, primjerice broj cijepljenih pasa po ambulanti, koristimo za planiranje zaliha cjepiva i radnog vremena.

## 8. Videonadzor

Ulazi i čekaonice naših ambulanti pod videonadzorom su, o čemu vas obavještavaju oznake na vratima. Ordinacije i operacijske dvorane nisu pod videonadzorom. Snimkama mogu pristupiti samo voditelj ambulante i ovlaštena osoba za sigurnost.

## 9. Vaša prava

Imate pravo na pristup svojim podacima, ispravak, brisanje, ograničenje obrade, prenosivost podataka i prigovor na obradu. Privolu možete povući u bilo kojem trenutku. Zahtjev možete poslati na [szop@sapavet.hr](mailto:szop@sapavet.hr) ili predati na recepciji. Odgovorit ćemo u roku od 30 dana.

Ako smatrate da vaše podatke obrađujemo protivno propisima, možete podnijeti prigovor nadzornom tijelu:

@ Agencija za zaštitu osobnih podataka (AZOP)
@ Selska cesta 136, 10000 Zagreb
@ [azop.hr](https://azop.hr)

## 10. Podaci o djeci

Naše usluge ugovaraju punoljetne osobe. Djeca mlađa od 16 godina ne mogu se sama naručiti na pregled niti otvoriti korisnički račun. Ako ljubimca na pregled dovede maloljetna osoba, podatke o vlasniku uzimamo od roditelja ili skrbnika, kojeg po potrebi i telefonski kontaktiramo.

## 11. Sigurnost podataka

Veterinarsku dokumentaciju vodimo u zaštićenom informacijskom sustavu kojem pristupaju samo veterinari, veterinarski tehničari i djelatnici recepcije, svatko u opsegu potrebnom za svoj posao. Pristup je zaštićen osobnim lozinkama i dvofaktorskom autentifikacijom, a podaci se redovito sigurnosno kopiraju u podatkovni centar u Europskoj uniji. Svi zaposlenici potpisali su izjavu o povjerljivosti.

## 12. Automatizirano odlučivanje

Ne donosimo odluke koje se temelje isključivo na automatiziranoj obradi, uključujući izradu profila, a koje bi za vas imale pravne učinke ili bi na vas značajno utjecale.

### Društvene mreže

Fotografije pacijenata na našim stranicama na Facebooku i Instagramu objavljujemo samo uz izričitu privolu vlasnika, bez njegova imena i prezimena. Privolu možete povući u bilo kojem trenutku, nakon čega ćemo fotografiju ukloniti.

## 13. Kolačići

Naše stranice koriste nužne kolačiće za rad online naručivanja te, uz vašu privolu, analitičke kolačiće. Postavke možete promijeniti u bilo kojem trenutku putem poveznice Postavke kolačića u podnožju stranice.

## 14. Izmjene izjave

Ovu izjavu povremeno ažuriramo. Datum posljednje izmjene naveden je na vrhu stranice."""

MONTHS = ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna",
          "listopada", "studenoga", "prosinca"]


def fmt_date(d):
    return "%d. %s %d." % (d.day, MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "sentence added: reminders also sent by Viber",
     "repl": [("odgovorom na poruku ili na recepciji bilo koje naše ambulante.",
               "odgovorom na poruku ili na recepciji bilo koje naše ambulante. Ako to izaberete, podsjetnike "
               "šaljemo i putem aplikacije Viber.")]},
    {"note": "processor added: Microsoft 365",
     "repl": [("| CorvusPay | Online plaćanje | Hrvatska |",
               "| CorvusPay | Online plaćanje | Hrvatska |\n| Microsoft Ireland Operations Ltd. | E-pošta i pohrana dokumenata (Microsoft 365) | Irska |")]},
    {"note": "CCTV retention extended from 30 to 60 days",
     "repl": [("Snimke videonadzora čuvamo 30 dana", "Snimke videonadzora čuvamo 60 dana")]},
    {"note": "list item added: pet insurance claims data",
     "repl": [("- podatke o plaćanju i izdanim računima;",
               "- podatke o plaćanju i izdanim računima;\n"
               "- podatke o polici osiguranja ljubimca, ako račun na vaš zahtjev šaljemo izravno osiguravatelju;")]},
    {"note": "head office address changed",
     "repl": [("@ Ulica grada Vukovara 269, 10000 Zagreb", "@ Radnička cesta 47, 10000 Zagreb")]},
]

CLINICS = [("Zagreb – Trešnjevka", "01 3456 210"), ("Zagreb – Dubrava", "01 2987 444"), ("Zagreb – Novi Zagreb", "01 6650 123"),
           ("Split – Žnjan", "021 345 678"), ("Rijeka – Zamet", "051 622 300"), ("Osijek – Retfala", "031 250 160")]
VETS = ["dr. med. vet. Ana Kovačević", "dr. med. vet. Marko Horvat", "dr. med. vet. Ivana Babić",
        "dr. med. vet. Luka Jurić", "dr. med. vet. Petra Novak", "dr. med. vet. Tomislav Marić"]


def noise(rng, when, i, prev):
    def slots():
        day = []
        for _ in range(3):
            clinic = rng.randrange(len(CLINICS))
            times = sorted(rng.sample(["08:30", "09:15", "10:00", "11:30", "13:00", "14:30", "15:15", "16:00",
                                       "17:30", "18:15", "19:00"], rng.randint(1, 3)))
            day.append((clinic, rng.choice(["danas", "sutra"]), times, rng.randrange(len(VETS))))
        return day
    return {
        "viewstate": C.b64tok(rng, rng.randint(380, 460)),
        "eventvalidation": C.b64tok(rng, 96),
        "csrf": C.b64tok(rng, 32),
        "slots": slots(),
        "duty": (when.isocalendar()[1] + when.year) % len(CLINICS),
    }


LABELS = {"viewstate": "__VIEWSTATE", "eventvalidation": "__EVENTVALIDATION", "csrf": "__CMSCsrfToken",
          "slots": "appointment slots web part inside the text zone", "duty": "on-duty clinic bar"}


def render(state, blocks, when):
    rows = []
    for clinic, day, times, vet in state["slots"]:
        rows.append('<li class="termini-widget__item"><span class="termini-widget__clinic">%s</span> '
                    '<span class="termini-widget__day">%s</span> %s <span class="termini-widget__vet">%s</span></li>'
                    % (CLINICS[clinic][0], day,
                       "".join('<a class="termini-widget__slot" href="/narucivanje?ambulanta=%d&amp;termin=%s">%s</a>'
                               % (clinic + 1, t.replace(":", ""), t) for t in times), VETS[vet]))
    widget = ('<div id="p_lt_ctl04_pageplaceholder_p_lt_ctl00_zoneContent_SlobodniTermini_upTermini" class="termini-widget">'
              '<h3 class="termini-widget__title">Slobodni termini</h3><ul class="termini-widget__list">%s</ul>'
              '<a id="p_lt_ctl04_pageplaceholder_p_lt_ctl00_zoneContent_SlobodniTermini_btnSvi" class="btn btn-outline" '
              'href="javascript:__doPostBack(&#39;p_lt$ctl04$pageplaceholder$p_lt$ctl00$zoneContent$SlobodniTermini$btnSvi&#39;,&#39;&#39;)">'
              'Prikaži sve termine</a></div>' % "".join(rows))
    duty = CLINICS[state["duty"]]
    return """<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="hr-HR">
<head id="head"><title>
	Zaštita osobnih podataka | Šapa Vet
</title><meta name="description" content="Izjava o zaštiti osobnih podataka veterinarskih ambulanti Šapa Vet." /> 
<meta charset="UTF-8" /> 
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link href="/CMSPages/GetResource.ashx?stylesheetname=SapaVet" type="text/css" rel="stylesheet"/>
<link href="/SapaVet/media/Design/favicon.ico" type="image/x-icon" rel="shortcut icon"/>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-5SVH8RT');</script>
</head>
<body class="LTR Chrome HRHR ContentBody" >
    
    <form method="post" action="/zastita-osobnih-podataka" id="form">
<div class="aspNetHidden">
<input type="hidden" name="__CMSCsrfToken" id="__CMSCsrfToken" value="%s" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />
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


<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZNZr42xUqmA1cu5uT6JWy71MV02kNwuLGL617JfsWitq8c7DStN4gjH8x9ClP3jhkA2&amp;t=637814653746327080" type="text/javascript"></script>

<input type="hidden" name="lng" id="lng" value="hr-HR" />
<script src="/CMSPages/GetResource.ashx?scriptfile=%%7e%%2fCMSScripts%%2fWebServiceCall.js" type="text/javascript"></script>
<script type="text/javascript">
	//<![CDATA[

function PM_Postback(param) { if (window.top.HideScreenLockWarningAndSync) { window.top.HideScreenLockWarningAndSync(1080); } if(window.CMSContentManager) { CMSContentManager.allowSubmit = true; }; __doPostBack('m$am',param); }
function PM_Callback(param, callback, ctx) { if (window.top.HideScreenLockWarningAndSync) { window.top.HideScreenLockWarningAndSync(1080); }if (window.CMSContentManager) { CMSContentManager.storeContentChangedStatus(); };WebForm_DoCallback('m$am',param,callback,ctx,null,true); }
//]]>
</script>
<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvmqbK1YcYZgP8TWf5MJRsRSTE1a5FW4rlXxK5pq9Xnmxd7g6uTmWNm7OUBkkQaWOO8AkAaTDtpgxUZbXN0BRrrk1&amp;t=ffffffffe6d5a9ac" type="text/javascript"></script>
<div class="aspNetHidden">

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="A5343185" />
	<input type="hidden" name="__SCROLLPOSITIONX" id="__SCROLLPOSITIONX" value="0" />
	<input type="hidden" name="__SCROLLPOSITIONY" id="__SCROLLPOSITIONY" value="0" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" />
</div>
    <script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('manScript', 'form', ['tp$lt$ctl04$pageplaceholder$p_lt$ctl00$zoneContent$SlobodniTermini$upTermini','p_lt_ctl04_pageplaceholder_p_lt_ctl00_zoneContent_SlobodniTermini_upTermini'], [], [], 90, '');
//]]>
</script>

    <div id="ctxM">

</div>
    
<div class="dezurstvo-bar"><div class="container"><strong>Dežurna ambulanta (0-24):</strong> Šapa Vet %s, tel. <a href="tel:%s">%s</a></div></div>
<header class="header">
<div class="container">
<a href="/" class="logo"><img id="p_lt_ctl01_Logo_ucEditableImage_imgImage" src="/SapaVet/media/Design/sapavet-logo.svg" alt="Šapa Vet" /></a>
<nav class="main-nav"><ul id="menuElem" class="CMSListMenuUL">
<li class="CMSListMenuLI"><a class="CMSListMenuLink" href="/usluge">Usluge</a></li>
<li class="CMSListMenuLI"><a class="CMSListMenuLink" href="/ambulante">Ambulante</a></li>
<li class="CMSListMenuLI"><a class="CMSListMenuLink" href="/cijepljenje">Cijepljenje</a></li>
<li class="CMSListMenuLI"><a class="CMSListMenuLink" href="/savjeti">Savjeti za vlasnike</a></li>
<li class="CMSListMenuLI"><a class="CMSListMenuLink" href="/kontakt">Kontakt</a></li>
</ul></nav>
<a href="/narucivanje" class="btn btn-primary header__cta">Naruči termin</a>
</div>
</header>
<div class="breadcrumbs container"><a href="/" class="CMSBreadCrumbsLink">Naslovna</a> <span class="CMSBreadCrumbsSeparator">/</span> <span  class="CMSBreadCrumbsCurrentItem">Zaštita osobnih podataka</span></div>
<div class="container main-container">
<div class="row">
<div class="col-md-8 content-text">
%s
%s
</div>
<div class="col-md-4 sidebar">
<div class="sidebar-box"><h3>Trebate pomoć?</h3><p>Nazovite najbližu ambulantu ili nam pišite na <a href="mailto:info@sapavet.hr">info@sapavet.hr</a>.</p></div>
<div class="sidebar-box"><h3>Povezani dokumenti</h3><ul><li><a href="/uvjeti-koristenja">Uvjeti korištenja</a></li><li><a href="/kolacici">Politika kolačića</a></li><li><a href="/getmedia/3f1e2d4c-5b6a-4798-8a9b-0c1d2e3f4a5b/Obrazac-zahtjeva-ispitanika.pdf">Obrazac zahtjeva ispitanika (PDF)</a></li></ul></div>
</div>
</div>
</div>
<footer class="footer">
<div class="container">
<p>Šapa Vet d.o.o. &middot; Veterinarske ambulante i klinike u Zagrebu, Splitu, Rijeci i Osijeku</p>
<p><a href="/zastita-osobnih-podataka">Zaštita osobnih podataka</a> | <a href="/kolacici">Postavke kolačića</a> | <a href="/impressum">Impressum</a></p>
<p>&copy; %d Šapa Vet. Sva prava pridržana.</p>
</div>
</footer>

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
""" % (state["csrf"], state["viewstate"], state["eventvalidation"], duty[0], duty[1].replace(" ", ""), duty[1],
       C.blocks_html(blocks), widget, when.year)


PAGE = {
    "service": "Sapa Vet",
    "url": URL,
    "lang": "hr",
    "platform": "Kentico 12 Portal Engine (ASP.NET WebForms)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Microsoft-IIS/10.0"), ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET")),
    "n": 30,
    "start": dt.date(2023, 1, 20),
    "end": dt.date(2025, 11, 30),
    "policy": POLICY,
    "first_updated": dt.date(2022, 10, 3),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".content-text", "remove": ".termini-widget"},
}
