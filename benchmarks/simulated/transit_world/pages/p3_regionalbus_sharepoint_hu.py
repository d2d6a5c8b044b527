"""PannonBusz (a Hungarian regional bus operator, a former Volán company): a SharePoint Server 2016 publishing site
(custom master page on Seattle: s4-workspace, DeltaPlaceHolderMain, an ArticleLeft-style page layout with the
policy in the PublishingPageContent RichHtmlField and a web-part zone below it).

Noise: per request __REQUESTDIGEST (with its time stamp), __VIEWSTATE, g_correlationId and
_spPageContextInfo's clientServerTimeDelta date; siteClientTag and _layouts ?rev= hashes per cumulative update;
a Content Query web part "Forgalmi információk" (current diversions and disruptions with its refresh time) in the
page layout's web-part zone *inside* the tracked `.pb-article` (removed by `.ms-webpart-zone`)."""
import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

URL = "https://www.pannonbusz.hu/utazasi-informaciok/Lapok/adatkezelesi-tajekoztato.aspx"
HU_MONTHS = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
             "október", "november", "december"]


def fmt_date(d):
    return "%d. %s %d." % (d.year, HU_MONTHS[d.month - 1], d.day)


POLICY = """# Adatkezelési tájékoztató

A PannonBusz Közlekedési Zrt. (a továbbiakban: **Társaság**) elkötelezett utasai, ügyfelei és weboldala látogatói személyes adatainak védelme iránt. Jelen tájékoztató az Európai Parlament és a Tanács (EU) 2016/679 rendelete (általános adatvédelmi rendelet, a továbbiakban: GDPR), valamint az információs önrendelkezési jogról és az információszabadságról szóló 2011. évi CXII. törvény (a továbbiakban: Infotv.) alapján ismerteti, hogyan kezeljük a személyes adatokat a menetrend szerinti helyközi és helyi autóbusz-közlekedés során.

Hatályos: {UPDATED}

## 1. Az adatkezelő

@ PannonBusz Közlekedési Zrt.
@ 8200 Veszprém, Pápai út 41.
@ Cégjegyzékszám: 19-10-500612
@ Ügyfélszolgálat: +36 88 520 600, ugyfelszolgalat@pannonbusz.hu

## 2. Adatvédelmi tisztviselő

A Társaság adatvédelmi tisztviselőt nevezett ki, akihez a személyes adatok kezelésével kapcsolatos minden kérdésben fordulhat:

- név: dr. Kovács Eszter
- e-mail: adatvedelem@pannonbusz.hu
- telefon: +36 88 520 644
- levelezési cím: 8200 Veszprém, Pápai út 41., „Adatvédelmi tisztviselő” megjelöléssel

## 3. Az egyes adatkezelések

Az alábbiakban adatkezelési célonként ismertetjük a kezelt adatok körét, az adatkezelés jogalapját és időtartamát. Az összesítő táblázat a fejezet végén található.

### 3.1. Online jegy- és bérletvásárlás

A webáruházban és a mobilalkalmazásban történő jegy- és bérletvásárlás során kezeljük a vásárló nevét, e-mail-címét, a megvásárolt jegy vagy bérlet adatait, valamint a fizetés azonosítóját. Az adatkezelés jogalapja a szerződés teljesítése (GDPR 6. cikk (1) bekezdés b) pont). A számviteli bizonylatokat a számvitelről szóló 2000. évi C. törvény alapján 8 évig őrizzük meg.

### 3.2. Bérletigazolvány és kedvezményes utazás

A havi és negyedéves bérletek a bérletigazolvánnyal együtt érvényesek, ezért a bérleten feltüntetjük az igazolvány számát. Kedvezményes utazás esetén a jegyvizsgáló ellenőrzi a kedvezményre jogosító igazolványt (például diákigazolványt vagy a 65. életévet betöltött utasok személyazonosító okmányát), de annak adatait nem rögzíti.

### 3.3. Jegyellenőrzés és pótdíjazás

Ha az utas érvényes menetjegy vagy bérlet nélkül utazik, a jegyvizsgáló a személyszállítási szolgáltatásokról szóló 2012. évi XLI. törvény alapján pótdíjat szab ki, és rögzíti az utas nevét, lakcímét, születési helyét és idejét, valamint anyja nevét. Az adatokat a pótdíj megfizetéséig, meg nem fizetés esetén a követelés elévüléséig, legfeljebb 5 évig kezeljük.

### 3.4. Panaszkezelés

Az utasok panaszait írásban, telefonon és személyesen is fogadjuk. A panaszról felvett jegyzőkönyvet és a válasz másolatát a fogyasztóvédelemről szóló 1997. évi CLV. törvény alapján öt évig őrizzük meg. A telefonos ügyfélszolgálat hívásait a hívás elején adott tájékoztatás mellett rögzítjük.

### 3.5. Kamerás megfigyelés a járműveken

Autóbuszaink egy része az utasok és a járművezetők biztonsága, valamint a vagyonvédelem érdekében kamerarendszerrel felszerelt. A kamerával megfigyelt járműveket matrica jelzi. A felvételeket 30 napig tároljuk, ezt követően azok automatikusan törlődnek, kivéve, ha azokat hatósági vagy bírósági eljárásban felhasználják.

### 3.6. Talált tárgyak

A járműveken talált tárgyak visszaadásakor rögzítjük az átvevő nevét, lakcímét, személyazonosító okmányának számát és az átvétel időpontját. Az adatokat az átadástól számított 1 évig őrizzük meg.

### 3.7. Hírlevél és forgalmi értesítések

Hírlevelünkre és a járatokat érintő forgalmi értesítésekre a weboldalon iratkozhat fel. Ehhez e-mail-címét és – ha megadja – a kedvelt járatok számát kezeljük. Az adatkezelés jogalapja az Ön hozzájárulása, amelyet bármikor visszavonhat a levelek alján található leiratkozási hivatkozással. A leiratkozást követően adatait haladéktalanul töröljük.

### 3.8. Automatikus utasszámlálás

Egyes autóbuszainkon az ajtók felett infravörös utasszámláló érzékelők működnek, amelyek a fel- és leszálló utasok számát rögzítik. Az érzékelők képet nem készítenek, és az utasok azonosítására alkalmas adatot nem gyűjtenek, ezért a rögzített adatok nem minősülnek személyes adatnak. Az adatokat a menetrend tervezéséhez és a járatsűrűség meghatározásához használjuk fel.

| Adatkezelés | Jogalap | Megőrzési idő |
| Online jegy- és bérletvásárlás | szerződés teljesítése | 8 év |
| Jegyellenőrzés, pótdíjazás | jogi kötelezettség | a pótdíj megfizetéséig, legfeljebb 5 év |
| Panaszkezelés | jogi kötelezettség | 5 év |
| Kamerás megfigyelés | jogos érdek | 30 nap |
| Talált tárgyak | jogi kötelezettség | 1 év |
| Hírlevél | hozzájárulás | a hozzájárulás visszavonásáig |

## 4. Adatfeldolgozók

A Társaság az alábbi adatfeldolgozókat veszi igénybe:

| Adatfeldolgozó | Tevékenység |
| InfoBusz Informatikai Kft. | menetrendi és jegyértékesítési rendszer üzemeltetése |
| OTP Mobil Kft. | online bankkártyás fizetés lebonyolítása (SimplePay) |
| Magyar Posta Zrt. | levelek kézbesítése |
| Microsoft Ireland Operations Ltd. | weboldal, levelezés és irodai alkalmazások tárhelye |

Az adatfeldolgozók a személyes adatokat kizárólag a Társaság utasításai szerint kezelhetik, saját céljaikra nem használhatják fel.

## 5. Adattovábbítás

Személyes adatot harmadik személynek csak jogszabályi kötelezettség alapján továbbítunk, így különösen a rendőrség, az ügyészség, a bíróság, valamint a fogyasztóvédelmi hatóság részére, azok megkeresésére. Harmadik országba személyes adatot nem továbbítunk.

## 6. Adatbiztonság

A Társaság megfelelő technikai és szervezési intézkedésekkel gondoskodik az adatok biztonságáról. Az informatikai rendszerekhez csak az arra feljogosított munkatársak férnek hozzá, a hozzáféréseket naplózzuk, és a személyes adatokat tartalmazó rendszereket rendszeresen mentjük. Az online fizetések során a bankkártyaadatokat kizárólag a fizetési szolgáltató rendszerében kell megadni; azokat a Társaság nem látja és nem tárolja. Munkatársaink titoktartási kötelezettséget vállalnak, és évente adatvédelmi képzésen vesznek részt.

## 7. Az érintettek jogai

Ön jogosult arra, hogy:

- tájékoztatást kérjen személyes adatai kezeléséről, és hozzáférjen azokhoz;
- kérje adatai helyesbítését vagy kiegészítését;
- kérje adatai törlését, ha az adatkezelés jogalapja megszűnt;
- kérje az adatkezlés korlátozását;
- tiltakozzon a jogos érdeken alapuló adatkezelés ellen;
- hozzájárulását bármikor visszavonja;
- kérje adatai hordozható formában történő kiadását.

Kérelmét a fenti elérhetőségeken terjesztheti elő. A kérelemre legkésőbb egy hónapon belül válaszolunk. A kérelem teljesítése ingyenes; ha azonban a kérelem egyértelműen megalapozatlan vagy túlzó, észszerű díjat számíthatunk fel, vagy megtagadhatjuk a kérelem teljesítését.

## 8. Jogorvoslat

Ha úgy ítéli meg, hogy személyes adatai kezelése sérti a jogszabályokat, panaszt nyújthat be a Nemzeti Adatvédelmi és Információszabadság Hatóságnál:

@ Nemzeti Adatvédelmi és Információszabadság Hatóság
@ 1055 Budapest, Falk Miksa utca 9–11.
@ Postacím: 1363 Budapest, Pf. 9.
@ Telefon: +36 1 391 1400
@ E-mail: ugyfelszolgalat@naih.hu

Jogai megsértése esetén bírósághoz is fordulhat; a per – választása szerint – a lakóhelye vagy tartózkodási helye szerinti törvényszék előtt is megindítható.

## 9. Sütik

Weboldalunk a működéséhez szükséges munkamenet-sütiket használ. Látogatottsági statisztikai sütiket csak az Ön hozzájárulása esetén helyezünk el; a hozzájárulás a weboldal alján található „Süti beállítások” hivatkozással bármikor módosítható."""

EDITS = [
    {"note": "typo fixed: 'adatkezlés' -> 'adatkezelés' (no new date)", "bump": False,
     "repl": [("kérje az adatkezlés korlátozását;", "kérje az adatkezelés korlátozását;")]},
    {"note": "DPO phone number changed",
     "repl": [("- telefon: +36 88 520 644", "- telefon: +36 88 520 699")]},
    {"note": "processor added: on-board camera system maintenance",
     "repl": [("| Magyar Posta Zrt. | levelek kézbesítése |",
               "| Magyar Posta Zrt. | levelek kézbesítése |\n"
               "| Watchbus Biztonságtechnikai Kft. | a járműfedélzeti kamerarendszer karbantartása, felvételek kimentése hatósági megkeresésre |")]},
    {"note": "CCTV retention shortened from 30 to 15 days (section 3.5 and the table)",
     "repl": [("A felvételeket 30 napig tároljuk", "A felvételeket 15 napig tároljuk"),
              ("| Kamerás megfigyelés | jogos érdek | 30 nap |", "| Kamerás megfigyelés | jogos érdek | 15 nap |")]},
    {"note": "new subsection 3.9: contactless bank-card ticket purchase on board",
     "repl": [("a menetrend tervezéséhez és a járatsűrűség meghatározásához használjuk fel.",
               "a menetrend tervezéséhez és a járatsűrűség meghatározásához használjuk fel.\n\n"
               "### 3.9. Bankkártyás jegyvásárlás a járművön\n\n"
               "A járművezetőnél érintéses bankkártyával vagy mobiltelefonnal is vásárolhat menetjegyet. Ilyenkor "
               "a fizetési terminál a kártyaszám maszkolt változatát (első hat és utolsó négy számjegy), a "
               "tranzakció összegét, idejét és a jármű azonosítóját továbbítja a Társaság részére. A teljes "
               "kártyaszámot nem ismerjük meg.\n\n"
               "Az adatokat a tranzakciók elszámolása és a visszatérítési kérelmek kezelése céljából, a "
               "szerződés teljesítése jogcímén kezeljük, és a számviteli előírások szerint 8 évig őrizzük meg.")]},
]

NEWS = [
    "Útlezárás miatt a 2105-ös járat Herend érintése nélkül, terelőúton közlekedik",
    "Pápa, Fő tér: a helyi járatok megállóhelye ideiglenesen a Kossuth utcába kerül",
    "Tanítási szünet: a 08-as jelzésű járatok nem közlekednek",
    "Balatonfüred, autóbusz-állomás: a jegypénztár felújítás miatt zárva tart",
    "Ajka – Veszprém: hétvégén pótlóbuszok a vasútvonal karbantartása miatt",
    "Tapolca: a Batsányi téri megállóhely áthelyezése",
    "Nyári menetrend a Balaton-felvidéki vonalakon",
    "Sűrű köd miatt a Bakonyban késések várhatók",
    "Várpalota: útfelújítás miatt a helyi járatok módosított útvonalon közlekednek",
    "Ünnepi közlekedési rend: munkaszüneti napi menetrend",
    "Zirc – Győr: csatlakozásbiztosítás a vasúti járatokhoz",
]


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}
    st["siteClientTag"] = C.keep_or(rng, prev.get("siteClientTag"), 0.08,
                                    lambda: (rng.randint(0, 9), rng.choice(["16.0.5422.1000", "16.0.5439.1000",
                                                                            "16.0.5452.1000", "16.0.5469.1000"]),
                                             C.b64tok(rng, 16)[:22]))
    st["requestdigest"] = "0x" + C.hexs(rng, 128).upper()
    st["viewstate"] = "/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIF" + C.b64tok(rng, 420)
    st["correlation"] = C.uuid4(rng)
    st["traffic"] = C.keep_or(rng, prev.get("traffic"), 0.65,
                              lambda: [(k, when.date() - dt.timedelta(days=rng.randint(0, 6))) for k in
                                       rng.sample(range(len(NEWS)), 3)])
    loc = when + dt.timedelta(hours=1)
    st["traffic_refreshed"] = loc.strftime("%Y.%m.%d. ") + "%02d:%02d" % (loc.hour, (loc.minute // 5) * 5)
    return st


LABELS = {"siteClientTag": "SharePoint cumulative update (siteClientTag, ?rev= hashes)",
          "requestdigest": "__REQUESTDIGEST", "viewstate": "__VIEWSTATE", "correlation": "g_correlationId",
          "traffic": "Forgalmi információk web part items (inside .pb-article, removed)",
          "traffic_refreshed": "Forgalmi információk refresh time (inside .pb-article, removed)"}


def rte(blocks):
    """The RichHtmlField as SharePoint's RTE saves it: ms-rteTable tables, ms-rteElement headings."""
    out = []
    for b in blocks:
        k, v = b
        if k == "h2":
            out.append('<h2 class="ms-rteElement-H2">%s</h2>' % C.inline_html(v))
        elif k == "h3":
            out.append('<h3 class="ms-rteElement-H3">%s</h3>' % C.inline_html(v))
        elif k == "table":
            rows = ['<tr class="ms-rteTableHeaderRow-default">%s</tr>' % "".join(
                '<th class="ms-rteTableHeaderFirstCol-default" rowspan="1" colspan="1" style="width:%d%%;">%s</th>'
                % (100 // len(v[0]), C.inline_html(x)) for x in v[0])]
            for n, r in enumerate(v[1:]):
                rows.append('<tr class="%s">%s</tr>' % (
                    "ms-rteTableOddRow-default" if n % 2 == 0 else "ms-rteTableEvenRow-default",
                    "".join('<td class="ms-rteTableEvenCol-default" rowspan="1" colspan="1">%s</td>'
                            % C.inline_html(x) for x in r)))
            out.append('<table width="100%%" class="ms-rteTable-default" cellspacing="0"><tbody>%s</tbody></table>'
                       % "".join(rows))
        else:
            out.append(C.block_html(b))
    return "".join(out)


def render(st, blocks, when):
    tagn, ver, rev = st["siteClientTag"]
    rv = rev.replace("+", "%2B").replace("/", "%2F") + "%3D%3DTAG0"
    loc = when + dt.timedelta(hours=1)
    digest = "%s,%s -0000" % (st["requestdigest"], when.strftime("%d %b %Y %H:%M:%S"))
    items = "".join(
        '<li class="dfwp-item"><div class="item"><div class="link-item"><a href="/hirek/Lapok/forgalmi-%d.aspx" '
        'title="">%s – %s</a><div class="description"></div></div></div></li>' % (
            1400 + k, d.strftime("%Y.%m.%d."), html.escape(NEWS[k])) for k, d in st["traffic"])
    return """<!DOCTYPE html>
<html dir="ltr" lang="hu-HU">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge" /><meta http-equiv="Expires" content="0" /><meta name="viewport" content="width=device-width, initial-scale=1" /><meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><meta name="msapplication-TileColor" content="#0072C6" /><title>
	Adatkezelési tájékoztató
</title><link rel="stylesheet" type="text/css" href="/_layouts/15/1038/styles/Themable/corev15.css?rev=%(rv)s"/>
<link rel="stylesheet" type="text/css" href="/Style%%20Library/PannonBusz/css/pannonbusz.min.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=%(rv)s"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvtsjOePWILLZ8NFBMBpwV3hCxMAQN1Bc-0ddJxuD1SOb9r3b6QhYy7bmRnM7yM_Bw92D5fEyU9YWWc0VUtFLmvb1-WKtPxAj3O2FAl9aRMnuE7VCoA2&amp;t=ffffffffecf19baa"></script>
<script type="text/javascript" src="/_layouts/15/blank.js?rev=%(rv)s"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=dwY9oWetJoJoVpgL6Zq8OFLB0b3YhZ1q1V5f3rr4qN7jGCCvZxGT3pJq8z5g2ACbbbVrYR6TFt7qXMKYQ6D6cb0FD5zz5KrpKyE_cd4Xt3UWL8B7hnOEcdjsmP7b5q2pAUwbE6AoSAD2Hz5MZXUtwB4t1eRY1&amp;t=ffffffffecf19baa"></script>
<script type="text/javascript">RegisterSod("initstrings.js", "\\u002f_layouts\\u002f15\\u002f1038\\u002finitstrings.js?rev=%(rv)s");</script>
<script type="text/javascript">RegisterSod("strings.js", "\\u002f_layouts\\u002f15\\u002f1038\\u002fstrings.js?rev=%(rv)s");RegisterSodDep("strings.js", "initstrings.js");</script>
<script type="text/javascript">RegisterSod("sp.init.js", "\\u002f_layouts\\u002f15\\u002fsp.init.js?rev=%(rv)s");</script>
<script type="text/javascript">RegisterSod("sp.res.resx", "\\u002f_layouts\\u002f15\\u002fScriptResx.ashx?culture=hu\\u00252Dhu\\u0026name=SP\\u00252ERes\\u0026rev=%(rv)s");</script>
<script type="text/javascript">RegisterSod("sp.ui.dialog.js", "\\u002f_layouts\\u002f15\\u002fsp.ui.dialog.js?rev=%(rv)s");RegisterSodDep("sp.ui.dialog.js", "sp.init.js");RegisterSodDep("sp.ui.dialog.js", "sp.res.resx");</script>
<script type="text/javascript">RegisterSod("core.js", "\\u002f_layouts\\u002f15\\u002fcore.js?rev=%(rv)s");RegisterSodDep("core.js", "strings.js");</script>
<link type="text/xml" rel="alternate" href="/utazasi-informaciok/_vti_bin/spsdisco.aspx" />
<link rel="canonical" href="https://www.pannonbusz.hu:443/utazasi-informaciok/Lapok/adatkezelesi-tajekoztato.aspx" />
<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-21938471-1']); _gaq.push(['_gat._anonymizeIp']); _gaq.push(['_trackPageview']); (function() { var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true; ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js'; var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s); })();</script>
</head>
<body onhashchange="if (typeof(_spBodyOnHashChange) != 'undefined') _spBodyOnHashChange();"><div id="imgPrefetch" style="display:none">
<img src="/_layouts/15/images/spcommon.png?rev=%(rv)s" />
</div>
<form method="post" action="./adatkezelesi-tajekoztato.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOTlPn_ShowSettings" id="MSOTlPn_ShowSettings" value="False" />
<input type="hidden" name="MSOGallery_SelectedLibrary" id="MSOGallery_SelectedLibrary" value="" />
<input type="hidden" name="MSOGallery_FilterString" id="MSOGallery_FilterString" value="" />
<input type="hidden" name="MSOTlPn_Button" id="MSOTlPn_Button" value="none" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="%(digest)s" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="MSOSPWebPartManager_ExitingDesignMode" id="MSOSPWebPartManager_ExitingDesignMode" value="false" />
<input type="hidden" name="MSOWebPartPage_Shared" id="MSOWebPartPage_Shared" value="" />
<input type="hidden" name="MSOLayout_LayoutChanges" id="MSOLayout_LayoutChanges" value="" />
<input type="hidden" name="MSOLayout_InDesignMode" id="MSOLayout_InDesignMode" value="" />
<input type="hidden" name="_wpSelected" id="_wpSelected" value="" />
<input type="hidden" name="_wzSelected" id="_wzSelected" value="" />
<input type="hidden" name="MSOSPWebPartManager_OldDisplayModeName" id="MSOSPWebPartManager_OldDisplayModeName" value="Browse" />
<input type="hidden" name="MSOSPWebPartManager_StartWebPartEditingName" id="MSOSPWebPartManager_StartWebPartEditingName" value="false" />
<input type="hidden" name="MSOSPWebPartManager_EndWebPartEditing" id="MSOSPWebPartManager_EndWebPartEditing" value="false" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%(vs)s" />
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

<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;

var g_correlationId = '%(corr)s';
var g_wsaQoSEnabled = false;
var g_wsaQoSDataPoints = [];
var g_wsaRUMEnabled = false;
var g_wsaLCID = 1038;
var g_wsaListTemplateId = 850;
var g_wsaSiteTemplateId = 'CMSPUBLISHING#0';
var _spPageContextInfo={"webServerRelativeUrl":"/utazasi-informaciok","webAbsoluteUrl":"https://www.pannonbusz.hu/utazasi-informaciok","siteAbsoluteUrl":"https://www.pannonbusz.hu","serverRequestPath":"/utazasi-informaciok/Lapok/adatkezelesi-tajekoztato.aspx","layoutsUrl":"_layouts/15","webTitle":"Utazási információk","webTemplate":"39","tenantAppVersion":"0","isAppWeb":false,"webLogoUrl":"_layouts/15/images/siteicon.png","webLanguage":1038,"currentLanguage":1038,"currentUICultureName":"hu-HU","currentCultureName":"hu-HU","clientServerTimeDelta":new Date("%(iso)s") - new Date(),"updateFormDigestPageLoaded":new Date("%(iso)s"),"siteClientTag":"%(tagn)d$$%(ver)s","crossDomainPhotosEnabled":false,"webUIVersion":15,"webPermMasks":{"High":16,"Low":200769},"pageListId":"{7c1e5b2a-94d3-4f08-b6a1-0d2e8c9f3b47}","pageItemId":42,"pagePersonalizationScope":1,"alertsEnabled":false,"customMarkupInCalculatedFieldDisabled":true,"siteServerRelativeUrl":"/","allowSilverlightPrompt":"True","isSiteAdmin":false};
//]]>
</script>

<script src="/_layouts/15/blank.js?rev=%(rv)s" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
if (typeof(DeferWebFormInitCallback) == 'function') DeferWebFormInitCallback();function WebForm_OnSubmit() {
UpdateFormDigest('\\u002futazasi-informaciok', 1440000);if (typeof(_spFormOnSubmitWrapper) != 'undefined') {return _spFormOnSubmitWrapper();} else {return true;};
return true;
}
//]]>
</script>

<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="BAB98CB3" />
</div>
	<div id="ms-designer-ribbon">
		<div id="s4-ribbonrow" style="display:none"></div>
	</div>
	<div id="s4-workspace" class="ms-core-overlay">
		<div id="s4-bodyContainer">
			<header class="pb-header">
				<div class="pb-header__top">
					<a class="pb-header__logo" href="/"><img src="/Style%%20Library/PannonBusz/img/pannonbusz-logo.svg" alt="PannonBusz Közlekedési Zrt." /></a>
					<div class="pb-header__contact">Ügyfélszolgálat: <a href="tel:+3688520600">+36 88 520 600</a></div>
					<div class="pb-header__search"><input type="search" class="ms-srch-sb-searchText" placeholder="Keresés a webhelyen..." title="Keresés a webhelyen..." /><a class="ms-srch-sb-searchLink" href="javascript: {}" title="Keresés"><img src="/_layouts/15/images/searchresultui.png?rev=%(rv)s" class="ms-srch-sb-searchImg" alt="Keresés" /></a></div>
				</div>
				<nav class="pb-header__nav" role="navigation">
					<div id="zz1_TopNavigationMenu" class=" noindex ms-core-listMenu-horizontalBox">
						<ul id="zz2_RootAspMenu" class="root ms-core-listMenu-root static">
							<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/menetrend"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Menetrend</span></span></a></li>
							<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/jegyek-berletek"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Jegyek, bérletek</span></span></a></li>
							<li class="static selected"><a class="static selected menu-item ms-core-listMenu-item ms-displayInline ms-core-listMenu-selected ms-navedit-linkNode" href="/utazasi-informaciok"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Utazási információk</span><span class="ms-hidden">Jelenleg kijelölt</span></span></a></li>
							<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/hirek"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Hírek</span></span></a></li>
							<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/rolunk"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Rólunk</span></span></a></li>
						</ul>
					</div>
				</nav>
			</header>
			<div id="contentRow">
				<div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList">
					<div class="ms-core-navigation" role="navigation">
						<div id="ctl00_PlaceHolderLeftNavBar_QuickLaunchNavigationManager">
							<div id="zz3_V4QuickLaunchMenu" class=" noindex ms-core-listMenu-verticalBox">
								<ul id="zz4_RootAspMenu" class="root ms-core-listMenu-root static">
									<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/utazasi-informaciok/Lapok/utazasi-feltetelek.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Utazási feltételek</span></span></a></li>
									<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/utazasi-informaciok/Lapok/talalt-targyak.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Talált tárgyak</span></span></a></li>
									<li class="static selected"><a class="static selected menu-item ms-core-listMenu-item ms-displayInline ms-core-listMenu-selected ms-navedit-linkNode" href="/utazasi-informaciok/Lapok/adatkezelesi-tajekoztato.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Adatkezelési tájékoztató</span></span></a></li>
									<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/utazasi-informaciok/Lapok/panaszkezeles.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Panaszkezelés</span></span></a></li>
								</ul>
							</div>
						</div>
					</div>
				</div>
				<div id="contentBox" aria-live="polite" aria-relevant="all">
					<div id="notificationArea" class="ms-notif-box"></div>
					<div id="DeltaPageStatusBar">
						<div id="pageStatusBar"></div>
					</div>
					<div id="DeltaPlaceHolderMain">
						<a id="mainContent" name="mainContent" tabindex="-1"></a>
						<div class="pb-article">
							<h1 class="pb-article__title">%(title)s</h1>
							<div class="pb-article__content">
								<div id="ctl00_PlaceHolderMain_PageContent__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_PageContent_label">%(body)s</div>
								<div class="ms-clear"></div>
							</div>
							<div class="pb-article__zone">
								<div class="ms-webpart-zone ms-fullWidth">
	<div id="MSOZoneCell_WebPartWPQ3" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
		<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">
			<div class="ms-webpart-chrome-title" id="WebPartWPQ3_ChromeTitle">
				<span title="Forgalmi információk - Tartalomlekérdezés: az aktuális forgalmi változások" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>Forgalmi információk</span><span id="WebPartCaptionWPQ3"></span></nobr></h2></span>
			</div><div WebPartID="3f0cb6e2-1d47-4a8e-9c35-7b2e61f0a9d4" HasPers="false" id="WebPartWPQ3" width="100%%" class="ms-WPBody noindex " allowDelete="false" style="" ><div id="cbqwpctl00_ctl40_g_3f0cb6e2_1d47_4a8e_9c35_7b2e61f0a9d4" class="cbq-layout-main"><ul class="dfwp-column dfwp-list" style="width:100%%" >%(items)s</ul><div class="pb-traffic__updated">Frissítve: %(refreshed)s</div></div><div class="ms-clear"></div></div>
		</div>
	</div>
</div>
							</div>
						</div>
						<div style='display:none' id='hidZone'></div>
					</div>
				</div>
			</div>
			<footer class="pb-footer">
				<div class="pb-footer__inner">
					<p>PannonBusz Közlekedési Zrt. · 8200 Veszprém, Pápai út 41. · Ügyfélszolgálat: +36 88 520 600</p>
					<ul class="pb-footer__links">
						<li><a href="/utazasi-informaciok/Lapok/adatkezelesi-tajekoztato.aspx">Adatkezelési tájékoztató</a></li>
						<li><a href="/Lapok/impresszum.aspx">Impresszum</a></li>
						<li><a href="/Lapok/akadalymentesitesi-nyilatkozat.aspx">Akadálymentesítési nyilatkozat</a></li>
						<li><a href="javascript:void(0)" class="pb-cookie-settings">Süti beállítások</a></li>
					</ul>
					<p class="pb-footer__copy">© %(year)d PannonBusz Közlekedési Zrt.</p>
				</div>
			</footer>
		</div>
	</div>
<div id="pb-cookie" class="pb-cookie" role="dialog" aria-label="Süti beállítások"><p>A weboldal a működéshez szükséges sütiket használ. Statisztikai sütiket csak az Ön hozzájárulásával helyezünk el.</p><button type="button" class="pb-cookie__accept">Elfogadom</button> <button type="button" class="pb-cookie__reject">Csak a szükségesek</button></div>
<script type="text/javascript" src="/Style%%20Library/PannonBusz/js/pannonbusz.min.js"></script>

<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;var _fV4UI = true;
function _RegisterWebPartPageCUI()
{
    var initInfo = {editable: false,isEditMode: false,allowWebPartAdder: false,listId: "{7c1e5b2a-94d3-4f08-b6a1-0d2e8c9f3b47}",itemId: 42,recycleBinEnabled: true,enableMinorVersioning: true,enableModeration: true,forceCheckout: true,rootFolderUrl: "\\u002futazasi-informaciok\\u002fLapok",itemPermissions:{High:16,Low:200769}};
    SP.Ribbon.WebPartComponent.registerWithPageManager(initInfo);
}
ExecuteOrDelayUntilScriptLoaded(_RegisterWebPartPageCUI, "sp.ribbon.js");
//]]>
</script>
</form>
<span id="DeltaPlaceHolderUtilityContent"></span>
</body>
</html>
""" % {"rv": rv, "digest": digest, "vs": st["viewstate"], "corr": st["correlation"],
       "iso": when.strftime("%Y-%m-%dT%H:%M:%S") + ".%07dZ" % (int(st["requestdigest"][2:8], 16) % 10000000),
       "tagn": tagn, "ver": ver, "title": html.escape(blocks[0][1]), "body": rte(blocks[1:]),
       "items": items, "refreshed": st["traffic_refreshed"], "year": loc.year}


PAGE = {
    "service": "PannonBusz",
    "url": URL,
    "lang": "hu",
    "platform": "SharePoint Server 2016 publishing site (custom Seattle master, RichHtmlField + web-part zone)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Cache-Control", "private, max-age=0"), ("Server", "Microsoft-IIS/10.0"),
                      ("X-SharePointHealthScore", "0"),
                      ("MicrosoftSharePointTeamServices", "16.0.0.5422"), ("X-AspNet-Version", "4.0.30319"),
                      ("X-Powered-By", "ASP.NET")),
    "n": 29,
    "start": dt.date(2022, 1, 10),
    "end": dt.date(2024, 12, 15),
    "policy": POLICY,
    "first_updated": dt.date(2021, 9, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#DeltaPlaceHolderMain .pb-article", "remove": [".ms-webpart-zone"]},
}
