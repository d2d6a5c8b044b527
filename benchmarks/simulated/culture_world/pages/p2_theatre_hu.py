"""A Budapest chamber theatre's data-protection notice on an ASP.NET WebForms site (Hungarian): master page with
legacy client ids, __VIEWSTATE/__EVENTVALIDATION regenerated on every visit, WebResource.axd/ScriptResource.axd
hashes per deploy, a "Ma este a színpadon" strip (tonight's play, seats left, "Telt ház" badge) in the header and
a box-office notice in the right-hand column beside the policy's panel (`#ctl00_MainContent_pnlTartalom`)."""
import datetime as dt

import common as C

HONAP = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
         "október", "november", "december"]

POLICY = """# Adatkezelési tájékoztató

Hatályos: {UPDATED}

Az Óbudai Kamaraszínház Nonprofit Kft. (a továbbiakban: Színház) elkötelezett a nézői, látogatói és partnerei személyes adatainak védelme iránt. Jelen tájékoztató az Európai Parlament és a Tanács (EU) 2016/679 rendelete (általános adatvédelmi rendelet, a továbbiakban: GDPR), valamint az információs önrendelkezési jogról és az információszabadságról szóló 2011. évi CXII. törvény (Infotv.) alapján ismerteti, hogyan kezeljük a személyes adatokat a jegyvásárlás, a bérletértékesítés, a hírlevél és a weboldal használata során.

## 1. Az adatkezelő adatai

@ Óbudai Kamaraszínház Nonprofit Kft.
@ Székhely: 1033 Budapest, Fő tér 4.
@ Cégjegyzékszám: 01-09-912345
@ Adószám: 23456789-2-41
@ Telefon: +36 1 388 2150
@ E-mail: adatvedelem@obudaikamaraszinhaz.hu

Adatvédelmi tisztviselő: dr. Kertész Anna, elérhetősége: dpo@obudaikamaraszinhaz.hu.

## 2. A kezelt adatok köre és az adatkezelés céljai

### 2.1 Online jegyvásárlás

A jegyek és bérletek online megvásárlásakor a vásárló nevét, e-mail-címét, telefonszámát, számlázási címét, a megvásárolt előadások adatait és a fizetés azonosítóját kezeljük. Az adatkezelés célja a jegyvásárlási szerződés teljesítése, a jegyek kézbesítése, előadás elmaradása vagy módosítása esetén a néző értesítése és a jegyár visszatérítése. Az adatkezelés jogalapja a szerződés teljesítése (GDPR 6. cikk (1) bekezdés b) pont).

### 2.2 Kedvezményes jegyek

Diák-, nyugdíjas- és pedagógusjegy vásárlásakor a kedvezményre jogosító igazolvány bemutatását a jegykezelő munkatársaink a bejáratnál ellenőrzik. Az igazolvány adatait nem rögzítjük, azokról másolatot nem készítünk.

### 2.3 Hírlevél

Hírlevelünkre a név és az e-mail-cím megadásával lehet feliratkozni. A hírlevélben az aktuális előadásokról, bemutatókról, jegyakciókról és a Színház programjairól tájékoztatjuk feliratkozóinkat. Az adatkezelés jogalapja az érintett hozzájárulása, amely bármikor visszavonható a hírlevelek alján található leiratkozási linkre kattintva.

### 2.4 Kamerás megfigyelés

A Színház épületében, a jegypénztárban és az előcsarnokban az élet- és vagyonvédelem érdekében elektronikus megfigyelőrendszer működik. A felvételeket felhasználás hiányában 3 munkanap elteltével töröljük. A kamerák elhelyezéséről és látószögéről a jegypénztárban részletes tájékoztatást adunk.

### 2.5 Csoportos és iskolai jegyrendelés

Iskolai osztályok, egyesületek és cégek csoportos jegyrendelése esetén a kapcsolattartó nevét, beosztását, telefonszámát és e-mail-címét, valamint a megrendelő intézmény nevét és számlázási adatait kezeljük. Az adatkezelés célja a megrendelés visszaigazolása, a jegyek átadása és a számla kiállítása; jogalapja a szerződés teljesítése, illetve a számla kiállítása tekintetében jogi kötelezettség teljesítése (GDPR 6. cikk (1) bekezdés c) pont). A csoport tagjainak személyes adatait nem kérjük el.

### 2.6 Akadálymentes jegyek és kísérők

Kerekesszékes nézőink és kísérőik részére a nézőtéren külön helyeket biztosítunk. Az ilyen jegyek foglalásakor a néző kérésére rögzítjük, hogy kerekesszékes helyre, illetve indukciós hurokkal ellátott ülésre van szüksége. Ezt az adatot kizárólag a helyfoglalás és az előadás napján nyújtott segítség megszervezésére használjuk, és az előadást követő 30 napon belül töröljük. Az adatkezelés jogalapja az érintett kifejezett hozzájárulása (GDPR 9. cikk (2) bekezdés a) pont).

### 2.7 Ajándékutalványok

Ajándékutalvány vásárlásakor a vásárló nevét, e-mail-címét és az utalvány sorszámát kezeljük az utalvány érvényességi idejének lejártáig, majd a számviteli előírások szerinti ideig. A megajándékozott személy adatait nem kérjük el.

### 2.8 Nyereményjátékok

Közösségi oldalainkon időnként jegynyereményjátékot szervezünk. A nyertesek nevét és e-mail-címét kizárólag a nyeremény átadása céljából kezeljük, majd a játék lezárását követő 30 napon belül töröljük.

## 3. Az adatok megőrzésének ideje

| Adatkör | Megőrzési idő |
| Jegyvásárlás adatai | A szerződés teljesítését követő 5 év (Ptk. általános elévülési idő) |
| Számlák és számviteli bizonylatok | 8 év (a számvitelről szóló 2000. évi C. törvény 169. §) |
| Hírlevél-feliratkozás | A hozzájárulás visszavonásáig |
| Kamerafelvételek | 3 munkanap |
| Nyereményjáték adatai | A játék lezárását követő 30 nap |

## 4. Adatfeldolgozók

A Színház az alábbi adatfeldolgozókat veszi igénybe, akikkel a GDPR 28. cikkének megfelelő szerződést kötött:

| Adatfeldolgozó | Tevékenység |
| Jegymester Informatikai Kft. (1075 Budapest, Madách Imre út 13–14.) | Online jegyértékesítési rendszer üzemeltetése |
| OTP Mobil Kft. (1143 Budapest, Hungária krt. 17–19.) | Bankkártyás fizetés (SimplePay) |
| Webszolg Hosting Kft. | A weboldal tárhelyszolgáltatása |
| Biztonság-Őr Kft. | Vagyonvédelem, kamerás megfigyelőrendszer üzemeltetése |

A bankkártyaadatokat kizárólag a fizetési szolgáltató kezeli, azokhoz a Színház nem fér hozzá.

## 5. Adattovábbítás

Személyes adatokat harmadik országba nem továbbítunk. Hatósági megkeresés esetén – jogszabályi kötelezettség alapján – a megkereső hatóság részére a szükséges adatokat átadhatjuk. Vendégjátékok és befogadott előadások esetén a jegyvásárlók adatait nem adjuk át a vendég társulatnak; az előadás elmaradásáról vagy módosításáról a nézőket minden esetben a Színház értesíti.

## 6. Az érintettek jogai

Az érintett jogosult tájékoztatást kérni a személyes adatai kezeléséről, kérheti adatai helyesbítését, törlését vagy kezelésének korlátozását, tiltakozhat az adatkezelés ellen, és élhet az adathordozhatósághoz való jogával. Kérelmét a fenti elérhetőségek bármelyikén benyújthatja; azt legfeljebb egy hónapon belül megválaszoljuk.

Jogsérelem esetén az érintett panaszt tehet a Nemzeti Adatvédelmi és Információszabadság Hatóságnál:

@ Nemzeti Adatvédelmi és Információszabadság Hatóság (NAIH)
@ 1055 Budapest, Falk Miksa utca 9–11.
@ Postacím: 1363 Budapest, Pf. 9.
@ Telefon: +36 1 391 1400
@ Honlap: www.naih.hu

Az érintett jogai megsértése esetén bírósághoz is fordulhat; a per – választása szerint – a lakóhelye vagy tartózkodási helye szerinti törvényszék előtt is megindítható.

## 7. Adatbiztonság

A Színház megfelelő technikai és szervezési intézkedésekkel gondoskodik a személyes adatok biztonságáról: a weboldal és a jegyértékesítési rendszer titkosított (HTTPS) kapcsolaton keresztül érhető el, a jegyvásárlási adatokhoz kizárólag a jegypénztár és a közönségszervezési osztály erre feljogosított munkatársai férnek hozzá, a hozzáféréseket naplózzuk. Adatvédelmi incidens esetén a GDPR 33–34. cikke szerint járunk el.

## 8. Gyermekek adatai

Online jegyvásárlásra és hírlevél-feliratkozásra 16. életévét betöltött személy jogosult. 16 év alatti gyermek személyes adatait csak a szülői felügyeletet gyakorló személy hozzájárulásával kezeljük.

## 9. Sütik

Weboldalunk a működéshez elengedhetetlen munkamenet-sütiket, valamint – az érintett hozzájárulása esetén – látogatottság mérő és marketing célú sütiket használ. A sütikről részletes tájékoztatást a [Süti tájékoztató](/sutik.aspx) oldalon talál.

## 10. A tájékoztató módosítása

A Színház fenntartja a jogot, hogy jelen tájékoztatót egyoldalúan módosítsa. A módosított tájékoztatót weboldalunkon közzétesszük."""

EDITS = [
    {"note": "typo fixed: compound written apart, 'látogatottság mérő' -> 'látogatottságmérő'", "bump": False,
     "repl": [("látogatottság mérő és marketing", "látogatottságmérő és marketing")]},
    {"note": "box-office / data-protection phone number changed",
     "repl": [("@ Telefon: +36 1 388 2150", "@ Telefon: +36 1 388 2190")]},
    {"note": "Mailchimp added as newsletter processor",
     "repl": [("| Webszolg Hosting Kft. | A weboldal tárhelyszolgáltatása |",
               "| Webszolg Hosting Kft. | A weboldal tárhelyszolgáltatása |\n| The Rocket Science Group LLC (Mailchimp, Atlanta, USA) | Hírlevelek kiküldése |"),
              ("Személyes adatokat harmadik országba nem továbbítunk.",
               "A hírlevél-kiküldés során a feliratkozók nevét és e-mail-címét az Amerikai Egyesült Államokba továbbítjuk; az adattovábbítás az EU–USA adatvédelmi keretrendszer alapján történik.")]},
    {"note": "new section on audio-visual recordings of performances",
     "repl": [("### 2.8 Nyereményjátékok",
               "### 2.8 Előadások felvétele\n\nEgyes előadásainkról archiválási és promóciós célból kép- és hangfelvétel készül. A felvétel tényéről a jegyvásárláskor és a nézőtér bejáratánál kihelyezett tájékoztatón értesítjük a nézőket. A felvételeken a nézőtér csak tömegfelvételként jelenik meg.\n\n### 2.9 Nyereményjátékok")]},
    {"note": "CCTV retention changed from 3 working days to 30 days (paragraph and table)",
     "repl": [("A felvételeket felhasználás hiányában 3 munkanap elteltével töröljük.",
               "A felvételeket felhasználás hiányában 30 nap elteltével töröljük."),
              ("| Kamerafelvételek | 3 munkanap |", "| Kamerafelvételek | 30 nap |")]},
]

HOST = "https://www.obudaikamaraszinhaz.hu"

PLAYS = [("Csehov: Sirály", "Nagyterem"), ("Molnár Ferenc: Liliom", "Nagyterem"), ("Örkény István: Tóték", "Nagyterem"),
         ("Shakespeare: Vízkereszt, vagy amire vágytok", "Nagyterem"), ("Spiró György: Csirkefej", "Stúdió"),
         ("Ibsen: Nóra", "Stúdió"), ("Kosztolányi Dezső: Édes Anna", "Nagyterem"), ("Tasnádi István: Finito", "Stúdió")]
NOTICES = [
    "A jegypénztár nyitvatartása: hétfőtől péntekig 10–19 óráig, hétvégén az előadások kezdete előtt egy órával.",
    "Nyári szünet miatt a jegypénztár zárva tart; online jegyvásárlás folyamatosan elérhető.",
    "Bérletváltás a jegypénztárban és online: a régi bérletesek helyüket augusztus 31-ig tarthatják meg.",
    "Az előadások után a jegypénztár 30 percig nyitva tart a következő évadra szóló jegyek váltására.",
]


def fmt_date(d):
    return "%d. %s %d." % (d.year, HONAP[d.month - 1], d.day)


def noise(rng, when, i, prev):
    p = prev or {}
    play = rng.randrange(len(PLAYS))
    seats = rng.choice([0, 0, 3, 7, 12, 18, 26, 41])
    return {
        "viewstate": C.b64tok(rng, rng.randint(1400, 1700)),
        "eventvalidation": C.b64tok(rng, 180),
        "axd": C.keep_or(rng, p.get("axd"), 0.12, lambda: (C.alnum(rng, 86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), 638000000000000000 + rng.randint(0, 10 ** 15))),
        "tonight": (play, seats),
        "notice": C.keep_or(rng, p.get("notice"), 0.2, lambda: rng.randrange(len(NOTICES))),
    }


LABELS = {"viewstate": "__VIEWSTATE (per visit)", "eventvalidation": "__EVENTVALIDATION (per visit)",
          "axd": "WebResource.axd/ScriptResource.axd hashes (deploy)", "tonight": "'Ma este' strip: play and seats left",
          "notice": "box-office notice in the right column"}

MENU = [("Műsor", "/musor.aspx"), ("Előadások", "/eloadasok.aspx"), ("Társulat", "/tarsulat.aspx"),
        ("Bérletek", "/berletek.aspx"), ("Jegyinformációk", "/jegyinfo.aspx"), ("Hírek", "/hirek.aspx"),
        ("Kapcsolat", "/kapcsolat.aspx")]


def render(state, blocks, when):
    axd, t = state["axd"]
    play, seats = state["tonight"]
    title, hall = PLAYS[play]
    if seats == 0:
        avail = '<span class="badge badge-telthaz">Telt ház</span>'
    else:
        avail = '<span class="szabad-helyek">Még %d szabad hely</span> <a id="ctl00_ucMaEste_lnkJegy" class="btn-jegy" href="%s/jegyvasarlas.aspx?eloadasId=%d&amp;datum=%s">Jegyvásárlás</a>' % (
            seats, HOST, 4100 + play, when.strftime("%Y%m%d"))
    menu = "".join('<li><a id="ctl00_ucFomenu_rptMenu_ctl%02d_lnkMenu" href="%s">%s</a></li>' % (n, u, lab)
                   for n, (lab, u) in enumerate(MENU))
    content = C.blocks_html(blocks, {"table": "adattabla"})
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml" lang="hu">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>
	Adatkezelési tájékoztató | Óbudai Kamaraszínház
</title><link href="/App_Themes/Szinhaz/reset.css" type="text/css" rel="stylesheet" /><link href="/App_Themes/Szinhaz/szinhaz.css" type="text/css" rel="stylesheet" /><link rel="shortcut icon" href="/favicon.ico" /><meta name="description" content="Az Óbudai Kamaraszínház adatkezelési tájékoztatója" /><meta property="og:title" content="Adatkezelési tájékoztató" /><meta property="og:site_name" content="Óbudai Kamaraszínház" />
<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-K7QX2MP');</script>
<!-- End Google Tag Manager -->
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="5b8e2d4a-71c3-4f09-9a61-0d2e9c7b1a44" data-culture="HU" data-blockingmode="auto" type="text/javascript"></script>
</head>
<body>
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7QX2MP" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
    <form method="post" action="./adatkezeles.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QW%(vs)s" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
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


<script src="/WebResource.axd?d=%(axd)s2&amp;t=%(t)d" type="text/javascript"></script>


<script src="/ScriptResource.axd?d=%(axd2)s&amp;t=%(t2)d" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=%(axd3)s&amp;t=%(t2)d" type="text/javascript"></script>
<div class="aspNetHidden">

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="B2A5C07F" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAY%(ev)s" />
</div>
        <script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'aspnetForm', ['tctl00$ucHirlevel$upHirlevel','ctl00_ucHirlevel_upHirlevel'], [], [], 90, 'ctl00');
//]]>
</script>

        <div id="oldal">
            <div id="fejlec">
                <a id="ctl00_hlLogo" class="logo" href="/default.aspx"><img id="ctl00_imgLogo" src="/images/okszinhaz_logo.svg" alt="Óbudai Kamaraszínház" /></a>
                <div id="ctl00_ucMaEste_pnlMaEste" class="ma-este">
	<span class="ma-este-cimke">Ma este a színpadon</span> <span class="ma-este-cim">%(title)s</span> <span class="ma-este-helyszin">%(hall)s, 19:00</span> %(avail)s
</div>
                <div class="nyelvvalaszto"><a id="ctl00_lnkEN" href="/en/default.aspx">English</a></div>
            </div>
            <div id="menu">
                <ul class="fomenu">%(menu)s</ul>
            </div>
            <div id="tartalom" class="ket-hasab">
                <div class="bal-hasab">
                    <div id="ctl00_MainContent_pnlTartalom" class="statikus-oldal">
	%(content)s
</div>
                </div>
                <div class="jobb-hasab">
                    <div id="ctl00_ucPenztar_pnlPenztar" class="doboz penztar">
	<h3>Jegypénztár</h3>
	<p>%(notice)s</p>
	<p>1033 Budapest, Fő tér 4.<br />Telefon: +36 1 388 2150</p>
</div>
                    <div id="ctl00_ucHirlevel_upHirlevel">
	<div class="doboz hirlevel"><h3>Hírlevél</h3><input name="ctl00$ucHirlevel$txtEmail" type="text" id="ctl00_ucHirlevel_txtEmail" placeholder="E-mail-cím" /><input type="submit" name="ctl00$ucHirlevel$btnFeliratkozas" value="Feliratkozom" id="ctl00_ucHirlevel_btnFeliratkozas" class="gomb" /></div>
</div>
                </div>
            </div>
            <div id="lablec">
                <p>© Óbudai Kamaraszínház Nonprofit Kft. · <a href="/adatkezeles.aspx">Adatkezelés</a> · <a href="/sutik.aspx">Sütik</a> · <a href="/impresszum.aspx">Impresszum</a> · <a href="/kozerdeku-adatok.aspx">Közérdekű adatok</a></p>
                <p class="tamogatok">A Színház működését Budapest Főváros III. kerület Óbuda-Békásmegyer Önkormányzata támogatja.</p>
            </div>
        </div>
    

<script type="text/javascript">
//<![CDATA[
Sys.Application.add_init(function() {
    $create(Sys.UI._UpdateProgress, {"associatedUpdatePanelId":"ctl00_ucHirlevel_upHirlevel","displayAfter":500,"dynamicLayout":true}, null, null, $get("ctl00_ucHirlevel_UpdateProgress1"));
});
//]]>
</script>
</form>
</body>
</html>
""" % {"vs": state["viewstate"], "ev": state["eventvalidation"], "axd": axd, "axd2": axd[::-1], "axd3": axd[10:] + axd[:10],
       "t": t, "t2": t + 1234567, "title": title, "hall": hall, "avail": avail, "menu": menu, "content": content,
       "notice": NOTICES[state["notice"]]}


PAGE = {
    "service": "Obudai Kamaraszinhaz",
    "url": HOST + "/adatkezeles.aspx",
    "lang": "hu",
    "platform": "ASP.NET WebForms 4.8 (master page, UpdatePanel)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Cache-Control", "private"), ("Server", "Microsoft-IIS/10.0"), ("X-AspNet-Version", "4.0.30319"),
                      ("X-Powered-By", "ASP.NET")),
    "n": 31,
    "start": dt.date(2023, 1, 9),
    "end": dt.date(2025, 6, 30),
    "hours": (1, 13),
    "policy": POLICY,
    "first_updated": dt.date(2022, 9, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": HOST + "/adatkezeles.aspx", "select": "#ctl00_MainContent_pnlTartalom"},
}
