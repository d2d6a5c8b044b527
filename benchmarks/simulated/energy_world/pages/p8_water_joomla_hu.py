"""Hungarian regional water utility on Joomla, upgraded from 3.10 (Protostar-based template) to 4.4 (Cassiopeia
child template) in February 2024: the policy is a com_content article; inside the .item-page the curators select
sit the article-info block with the hit counter ("Találatok") and last-modified stamp (re-saved now and then) and
the print/e-mail icons (the declaration removes them); outside it a live outage/water-cut list, the monthly
water-meter reading window banner, a per-session form token in the e-ügyfélszolgálat login module (and J4's
csrf.token script option), media version hashes per Joomla update."""
import datetime as dt
import random

import common as C

MONTHS = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
          "október", "november", "december"]

URL = "https://www.hegyaljaviz.hu/ugyfelszolgalat/adatkezelesi-tajekoztato"

POLICY = """
## Adatkezelési tájékoztató

Hatályba lépés napja: {UPDATED}

A Hegyaljai Víziközmű Zrt. (a továbbiakban: Szolgáltató) ivóvíz-szolgáltatást, valamint szennyvízelvezetést és -tisztítást végez Tokaj-Hegyalja és a Bodrogköz 38 településén. Jelen tájékoztató célja, hogy az Európai Parlament és a Tanács (EU) 2016/679 rendelete (általános adatvédelmi rendelet, a továbbiakban: GDPR), valamint az információs önrendelkezési jogról és az információszabadságról szóló 2011. évi CXII. törvény (Infotv.) alapján tájékoztassa felhasználóinkat és ügyfeleinket személyes adataik kezeléséről.

### 1. Az adatkezelő adatai

@ Név: Hegyaljai Víziközmű Zrt.
@ Székhely: 3910 Tokaj, Bajcsy-Zsilinszky utca 27.
@ Cégjegyzékszám: 05-10-000612
@ Adószám: 11062845-2-05
@ Telefon: +36 47 552 100
@ E-mail: ugyfelszolgalat@hegyaljaviz.hu

A Szolgáltató adatvédelmi tisztviselője dr. Kovács Eszter, akit az adatvedelem@hegyaljaviz.hu e-mail-címen vagy a székhely postacímén érhet el.

### 2. A kezelt személyes adatok köre

A víziközmű-szolgáltatás nyújtása során az alábbi személyes adatokat kezeljük:

- a felhasználó neve, születési neve, anyja neve, születési helye és ideje;
- lakcíme, levelezési címe, telefonszáma és e-mail-címe;
- a felhasználási hely címe és helyrajzi száma, a felhasználó azonosítója (vevőkód) és a szerzödés száma;
- a vízmérő gyári száma, a mérőállások és a fogyasztás mennyisége;
- számlázási és fizetési adatok, csoportos beszedési megbízás esetén a bankszámlaszám;
- az ügyfélszolgálati megkeresések tartalma és a telefonos beszélgetések hangfelvétele;
- az ingatlan tulajdonjogát vagy használati jogát igazoló okiratok adatai.

Nem természetes személy felhasználók (gazdálkodó szervezetek, társasházak, intézmények) esetében a kapcsolattartó nevét, beosztását, telefonszámát és e-mail-címét kezeljük.

### 3. Az adatkezelés célja, jogalapja és időtartama

| Az adatkezelés célja | Jogalap | Időtartam |
| Víziközmű-szolgáltatási szerződés megkötése és teljesítése | GDPR 6. cikk (1) bekezdés b) és c) pont, a víziközmű-szolgáltatásról szóló 2011. évi CCIX. törvény | a szerződés megszűnését követő 5 év |
| Mérőleolvasás, számlázás és díjbeszedés | GDPR 6. cikk (1) bekezdés c) pont, 58/2013. (II. 27.) Korm. rendelet | a számviteli törvény alapján 8 év |
| Hátralékok és követelések kezelése | GDPR 6. cikk (1) bekezdés f) pont | a követelés elévüléséig, legfeljebb 5 év |
| Panaszkezelés | GDPR 6. cikk (1) bekezdés c) pont, a fogyasztóvédelemről szóló 1997. évi CLV. törvény | 5 év |
| Telefonos ügyfélszolgálat hangfelvételei | GDPR 6. cikk (1) bekezdés c) pont | 5 év |
| Üzemzavarokról szóló SMS- és e-mail-értesítés | GDPR 6. cikk (1) bekezdés a) pont (hozzájárulás) | a hozzájárulás visszavonásáig |
| A weboldal látogatóinak adatai (sütik) | GDPR 6. cikk (1) bekezdés a) és f) pont | legfeljebb 1 év |

### 4. Mérőállás bejelentése és az E-ügyfélszolgálat

A mérőállást bejelentheti az E-ügyfélszolgálaton, a telefonos diktálórendszerben, SMS-ben vagy mobilalkalmazásunkban. Ehhez a vevőkódot, a vízmérő gyári számát és a mérőállást kérjük. Az E-ügyfélszolgálatra történő regisztrációhoz nevét, vevőkódját és e-mail-címét kell megadnia; jelszavát kizárólag titkosított formában tároljuk. Az E-ügyfélszolgálaton igényelhet elektronikus számlát is, amelyet a megadott e-mail-címre küldünk.

Üzemzavart, csőtörést vagy szennyvízdugulást a 0–24 órában hívható hibabejelentő telefonszámon jelenthet be. Ilyenkor a bejelentő nevét, telefonszámát és a hiba helyét rögzítjük, hogy a hibaelhárításról visszajelzést adhassunk. A hibabejelentő vonalon folytatott beszélgetésekről hangfelvétel készül.

Felhasználóváltozás esetén, például az ingatlan eladásakor, a korábbi és az új felhasználó adatait, valamint az átadáskor leolvasott mérőállást a felhasználóváltozás bejelentésére szolgáló nyomtatvány alapján rögzítjük.

### 5. Adatfeldolgozók

A Szolgáltató az alábbi adatfeldolgozókat veszi igénybe:

| Adatfeldolgozó | Tevékenység |
| Magyar Posta Zrt. (1138 Budapest, Dunavirág utca 2–6.) | számlák kézbesítése, postai befizetések feldolgozása |
| Borsodi Nyomda és Postázó Kft. | számlák nyomtatása és borítékolása |
| Zempléni Informatika Kft. | az ügyviteli és számlázó rendszer üzemeltetése |
| Északi Követeléskezelő Kft. | lejárt tartozások behajtása |

Az adatfeldolgozók a személyes adatokat kizárólag a Szolgáltató utasításai szerint, a szerződésben meghatározott célra kezelhetik.

### 6. Adattovábbítás

Jogszabályi kötelezettség alapján személyes adatokat továbbíthatunk a Magyar Energetikai és Közmű-szabályozási Hivatalnak, a bíróságnak, a végrehajtónak, a nyomozó hatóságnak, valamint a felhasználási hely szerinti önkormányzatnak, ha a felhasználó szociális támogatást igényel. Az adatokat kizárólag a jogszabályban meghatározott körben és célra, a feladat ellátásához szükséges mértékben továbbítjuk. Harmadik országba vagy nemzetközi szervezet részére személyes adatot nem továbbítunk.

### 7. Kamerás megfigyelés

Ügyfélszolgálati irodáinkban, valamint vízműtelepeink és szennyvíztisztító telepeink területén elektronikus megfigyelőrendszert (kamerát) üzemeltetünk vagyonvédelmi és személybiztonsági célból, jogos érdekünk alapján (GDPR 6. cikk (1) bekezdés f) pont). A kamerák elhelyezéséről a bejáratoknál kihelyezett tájékoztató táblák adnak tájékoztatást. A felvételeket – felhasználás hiányában – 30 napig őrizzük meg, ezt követően automatikusan törlődnek. A felvételekbe csak az erre kijelölt munkatársak tekinthetnek be.

### 8. Sütik (cookie-k)

Weboldalunk a működéséhez szükséges munkamenet-sütiket használ, amelyek a böngésző bezárásával törlődnek. Hozzájárulása esetén a látogatottsági adatok elemzéséhez a Google Analytics sütijeit is alkalmazzuk. A sütik használatához adott hozzájárulását a weboldal alján található „Süti beállítások” hivatkozáson keresztül bármikor módosíthatja vagy visszavonhatja.

### 9. Adatbiztonság

A Szolgáltató megfelelő technikai és szervezési intézkedésekkel gondoskodik a személyes adatok biztonságáról, így különösen a jogosulatlan hozzáférés, megváltoztatás, továbbítás, nyilvánosságra hozatal, törlés vagy megsemmisítés elleni védelemről. A személyes adatokhoz csak azok a munkatársak férnek hozzá, akiknek feladataik ellátásához erre szükségük van. Informatikai rendszereinket rendszeresen frissítjük, az adatokról biztonsági mentést készítünk, és a mentéseket a székhelytől elkülönített helyen őrizzük. Adatvédelmi incidens esetén az incidenst 72 órán belül bejelentjük a Hatóságnak, és ha az incidens valószínűsíthetően magas kockázattal jár az Ön jogaira nézve, Önt is haladéktalanul tájékoztatjuk.

### 10. Az érintettek jogai

Ön jogosult:

- tájékoztatást kérni személyes adatai kezeléséről, és hozzáférni azokhoz;
- kérni pontatlan adatai helyesbítését;
- kérni adatai törlését, ha az adatkezelésnek nincs jogalapja;
- kérni az adatkezelés korlátozását;
- kérni az adatok hordozhatóságát;
- tiltakozni a jogos érdeken alapuló adatkezelés ellen;
- hozzájárulását bármikor visszavonni.

Kérelmét ügyfélszolgálati irodáinkban, postán vagy az adatvedelem@hegyaljaviz.hu címen nyújthatja be. A kérelem benyújtásakor személyazonosságát igazolnia kell, hogy adatait illetéktelen személy ne ismerhesse meg. A kérelmet legkésőbb egy hónapon belül teljesítjük vagy indokolással elutasítjuk.

### 11. Jogorvoslat

Ha úgy ítéli meg, hogy személyes adatai kezelése sérti a GDPR rendelkezéseit, panaszt nyújthat be a Nemzeti Adatvédelmi és Információszabadság Hatósághoz (1055 Budapest, Falk Miksa utca 9–11.; levelezési cím: 1363 Budapest, Pf. 9.; www.naih.hu). Jogai megsértése esetén bírósághoz is fordulhat; a per – választása szerint – a lakóhelye vagy tartózkodási helye szerint illetékes törvényszék előtt is megindítható.
"""

EDITS = [
    {"note": "typo fixed: 'szerzödés' -> 'szerződés'", "bump": False,
     "repl": [("(vevőkód) és a szerzödés száma;", "(vevőkód) és a szerződés száma;")]},
    {"note": "new data-protection officer",
     "repl": [("adatvédelmi tisztviselője dr. Kovács Eszter, akit", "adatvédelmi tisztviselője dr. Szabó Gergely, akit")]},
    {"note": "SMS provider added to the processors table",
     "repl": [("| Északi Követeléskezelő Kft. | lejárt tartozások behajtása |",
               "| Északi Követeléskezelő Kft. | lejárt tartozások behajtása |\n"
               "| Sms-Szolgáltató Bt. | üzemzavarokról szóló SMS-értesítések kiküldése |")]},
    {"note": "section 4/A added on remote-read (smart) water meters",
     "repl": [("### 5. Adatfeldolgozók",
               "### 4/A. Távleolvasású vízmérők\n\n"
               "Egyes településeken rádiós távleolvasású vízmérőket szerelünk fel. Ezek a vízmérők naponta egy "
               "mérőállást, valamint a szivárgásra és a mérő megbontására utaló riasztásokat továbbítanak. Az "
               "adatokat a számlázáshoz, a rejtett csőtörések felderítéséhez és a felhasználó értesítéséhez "
               "használjuk fel, óránkénti fogyasztási adatot nem gyűjtünk. A napi mérőállásokat 8 évig őrizzük meg.\n\n"
               "### 5. Adatfeldolgozók")]},
    {"note": "cookie data retention 1 year -> 13 months",
     "repl": [("(1) bekezdés a) és f) pont | legfeljebb 1 év |", "(1) bekezdés a) és f) pont | legfeljebb 13 hónap |")]},
]


def fmt_date(d):
    return "%d. %s %d." % (d.year, MONTHS[d.month - 1], d.day)


UPGRADE = dt.datetime(2024, 2, 12)

PLACES = [("Tokaj", "Rákóczi utca"), ("Tarcal", "Fő utca"), ("Mád", "Batthyány utca"), ("Tolcsva", "Kossuth utca"),
          ("Sárospatak", "Árpád utca"), ("Bodrogkeresztúr", "Petőfi utca"), ("Szerencs", "Ondi út"),
          ("Sátoraljaújhely", "Kazinczy utca"), ("Erdőbénye", "Vasút utca"), ("Bodrogolaszi", "Ady Endre utca")]


def noise(rng, when, i, prev):
    prev = prev or {}
    j4 = when >= UPGRADE
    ver = "4.4.3" if j4 else rng.choice(["3.10.11"]) if when < dt.datetime(2023, 1, 20) else "3.10.12"

    def media():
        return {"ver": ver, "v": C.hexs(rng, 32) if not j4 else C.hexs(rng, 20)}
    pm = prev.get("media")
    st = {"media": media() if (pm is None or pm["ver"] != ver) else pm}
    st["token"] = C.hexs(rng, 32)
    days = (when - dt.datetime(2021, 1, 1)).days
    st["hits"] = 12400 + days * 9 + rng.randint(0, 6)
    pr = prev.get("resave")
    st["resave"] = (when - dt.timedelta(days=rng.randint(0, 9), hours=rng.randint(0, 9))) if (
        pr is None or rng.random() < 0.08) else pr
    n = rng.choice([0, 0, 1, 1, 1, 2, 2, 3])
    items = []
    for place, street in rng.sample(PLACES, n):
        h = rng.randint(7, 15)
        items.append((place, street, rng.randint(1, 120), rng.choice(["csőtörés", "hálózati karbantartás",
                                                                     "tolózár csere", "bekötés"]), h,
                      h + rng.choice([2, 3, 4, 6])))
    st["outages"] = items
    first = when.date().replace(day=1)
    start = first + dt.timedelta(days=(17 - first.weekday()) % 7 + 14)  # the third week's Monday
    st["diktalas"] = (start, start + dt.timedelta(days=4))
    return st


LABELS = {"media": "Joomla media version hashes (Joomla update, 3.10 -> 4.4 upgrade)",
          "token": "form token of the login module / csrf.token (per session)",
          "hits": "article hit counter in the article-info block (inside .item-page, removed)",
          "resave": "article modified stamp in article-info (re-saved; inside .item-page, removed)",
          "outages": "'Üzemzavarok, vízhiány' list in the sidebar",
          "diktalas": "water-meter reading window banner above the content"}


def _hu_date(d):
    return "%d. %s %02d." % (d.year, MONTHS[d.month - 1], d.day)


def _parse_hu(s):
    y, m, d = s.replace(".", "").split()
    return dt.date(int(y), MONTHS.index(m) + 1, int(d))


_SAVED = {}


def render(state, blocks, when):
    j4 = state["media"]["ver"].startswith("4")
    mv = state["media"]["v"]
    tok = state["token"]
    title = blocks[0][1]
    body = C.blocks_html(blocks[1:], cls={"table": "table table-bordered"}, sep="\n")
    eff = _parse_hu([b[1] for b in blocks if b[0] == "p" and b[1].startswith("Hatályba lépés napja:")][0]
                    .split(":", 1)[1])
    rs = state["resave"]
    if _SAVED.get("body") != body:  # the editor saved a changed article: modified = a few days before the capture
        _SAVED["body"] = body
        _SAVED["at"] = when - dt.timedelta(days=1 + when.day % 4, hours=when.hour % 5, minutes=17)
    mod = max(rs, _SAVED["at"], dt.datetime(eff.year, eff.month, eff.day, 9, 12, 40) - dt.timedelta(days=3))
    moddate = mod.strftime("%Y-%m-%dT%H:%M:%S") + ("+02:00" if 4 <= mod.month <= 10 else "+01:00")
    hits = state["hits"]
    d0, d1 = state["diktalas"]
    dikt = ("<p><strong>Vízmérő-állás diktálás:</strong> %d. %s %d–%d. között. Mérőállását bejelentheti az "
            "E-ügyfélszolgálaton, a +36 47 552 190-es telefonszámon vagy SMS-ben.</p>"
            % (d0.year, MONTHS[d0.month - 1], d0.day, d1.day))
    if state["outages"]:
        out = "".join("<li><strong>%s, %s %d.</strong> – %s miatt %02d:00 és %02d:00 óra között szünetel a "
                      "vízszolgáltatás.</li>" % o for o in state["outages"])
        out = "<ul class=\"uzemzavar-lista\">%s</ul>" % out
    else:
        out = "<p>Jelenleg nincs bejelentett üzemzavar.</p>"
    out += "<p class=\"small\">Frissítve: %s</p>" % when.strftime("%Y.%m.%d. %H:%M")
    menu = [("/", "Kezdőlap", 101), ("/lakossagi-ugyfeleknek", "Lakossági ügyfeleknek", 102),
            ("/uzleti-ugyfeleknek", "Üzleti ügyfeleknek", 103), ("/ugyfelszolgalat", "Ügyfélszolgálat", 104),
            ("/vizminoseg", "Vízminőség", 105), ("/rolunk", "Rólunk", 106)]
    ret = "aHR0cHM6Ly93d3cuaGVneWFsamF2aXouaHUvdWd5ZmVsc3pvbGdhbGF0L2FkYXRrZXplbGVzaS10YWpla296dGF0bw=="
    if not j4:
        nav = "".join('<li class="item-%d%s"><a href="%s" >%s</a></li>' % (n, " default" if n == 101 else (
            " active deeper parent" if n == 104 else ""), h, l) for h, l, n in menu)
        return """<!DOCTYPE html>
<html lang="hu-hu" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="%(url)s" />
	<meta name="keywords" content="víziközmű, ivóvíz, szennyvíz, Tokaj, Hegyalja" />
	<meta name="author" content="Webmester" />
	<meta name="description" content="Hegyaljai Víziközmű Zrt. - ivóvíz-szolgáltatás és szennyvízkezelés" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>Adatkezelési tájékoztató - Hegyaljai Víziközmű Zrt.</title>
	<link href="/templates/hegyalja/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/templates/hegyalja/css/template.css?%(mv)s" rel="stylesheet" />
	<link href="https://fonts.googleapis.com/css?family=Open+Sans:400,700&amp;subset=latin-ext" rel="stylesheet" />
	<script src="/media/jui/js/jquery.min.js?%(mv)s"></script>
	<script src="/media/jui/js/jquery-noconflict.js?%(mv)s"></script>
	<script src="/media/jui/js/jquery-migrate.min.js?%(mv)s"></script>
	<script src="/media/system/js/caption.js?%(mv)s"></script>
	<script src="/media/jui/js/bootstrap.min.js?%(mv)s"></script>
	<script src="/templates/hegyalja/js/template.js?%(mv)s"></script>
	<script>
jQuery(window).on('load',  function() {
				new JCaption('img.caption');
			});jQuery(function($){ initTooltips(); $("body").on("subform-row-add", initTooltips); function initTooltips (event, container) { container = container || document;$(container).find(".hasTooltip").tooltip({"html": true,"container": "body"});} });
	</script>
	<!--[if lt IE 9]><script src="/media/jui/js/html5.js?%(mv)s"></script><![endif]-->
</head>
<body class="site com_content view-article no-layout no-task itemid-147">
	<div class="body" id="top">
		<div class="container">
			<header class="header" role="banner">
				<div class="header-inner clearfix">
					<a class="brand pull-left" href="/">
						<img src="https://www.hegyaljaviz.hu/images/logo/hegyaljaviz-logo.png" alt="Hegyaljai Víziközmű Zrt." />
					</a>
					<div class="header-search pull-right">
						<div class="search">
	<form action="/ugyfelszolgalat/adatkezelesi-tajekoztato" method="post" class="form-inline" role="search">
		<label for="mod-search-searchword93" class="element-invisible">Keresés...</label> <input name="searchword" id="mod-search-searchword93" maxlength="200"  class="inputbox search-query input-medium" type="search" placeholder="Keresés..." />		<input type="hidden" name="task" value="search" />
		<input type="hidden" name="option" value="com_search" />
		<input type="hidden" name="Itemid" value="147" />
	</form>
</div>
					</div>
				</div>
			</header>
			<nav class="navigation" role="navigation">
				<div class="navbar pull-left">
					<a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse">
						<span class="element-invisible">Navigáció ki-be kapcsolása</span>
						<span class="icon-bar"></span>
						<span class="icon-bar"></span>
						<span class="icon-bar"></span>
					</a>
				</div>
				<div class="nav-collapse">
					<ul class="nav menu nav-pills mod-list">
%(nav)s</ul>
				</div>
			</nav>
			<div class="moduletable diktalas">
				<div class="custom alert alert-info"  >
	%(dikt)s</div>
			</div>
			<div class="row-fluid">
				<main id="content" role="main" class="span9">
					<!-- Begin Content -->
							<div class="moduletable">
						<div aria-label="Morzsamenü" role="navigation">
	<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">
					<li class="active">
				<span class="divider icon-location"></span>
			</li>
							<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
											<a itemprop="item" href="/" class="pathway"><span itemprop="name">Kezdőlap</span></a>
											<span class="divider">
							<img src="/media/system/images/arrow.png" alt="" />						</span>
										<meta itemprop="position" content="1">
				</li>
							<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
											<a itemprop="item" href="/ugyfelszolgalat" class="pathway"><span itemprop="name">Ügyfélszolgálat</span></a>
											<span class="divider">
							<img src="/media/system/images/arrow.png" alt="" />						</span>
										<meta itemprop="position" content="2">
				</li>
							<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active">
					<span itemprop="name">
						Adatkezelési tájékoztató					</span>
					<meta itemprop="position" content="3">
				</li>
		</ul>
</div>
		</div>

					<div id="system-message-container">
	</div>

					<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="hu-HU" />
	
		
			<div class="page-header">
		<h2 itemprop="headline">
			%(title)s		</h2>
							</div>
							
<div class="icons">
	
					<div class="btn-group pull-right">
				<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-52" aria-label="Felhasználói eszközök"
				data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">
					<span class="icon-cog" aria-hidden="true"></span>
					<span class="caret" aria-hidden="true"></span>
				</button>
								<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-52">
											<li class="print-icon"> <a href="/ugyfelszolgalat/adatkezelesi-tajekoztato?tmpl=component&amp;print=1" title="Cikk nyomtatása &lt; Adatkezelési tájékoztató &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow">			<span class="icon-print" aria-hidden="true"></span>
		Nyomtatás	</a> </li>
																<li class="email-icon"> <a href="/component/mailto/?tmpl=component&amp;template=hegyalja&amp;link=6a2f1b7e0c94d3a85e1f27b6c0d9a4e3f8b71c25" title="Hivatkozás küldése egy ismerősnek" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow">			<span class="icon-envelope" aria-hidden="true"></span>
		E-mail	</a> </li>
														</ul>
			</div>
		
	</div>
			
		
						<dl class="article-info muted">

		
			<dt class="article-info-term">
									Részletek							</dt>

			
			
			
			
			
		
												<dd class="modified">
				<span class="icon-calendar" aria-hidden="true"></span>
				<time datetime="%(moddate)s" itemprop="dateModified">
					Utolsó frissítés: %(modhu)s				</time>
			</dd>			
										<dd class="hits">
					<span class="icon-eye-open" aria-hidden="true"></span>
					<meta itemprop="interactionCount" content="UserPageVisits:%(hits)d" />
					Találatok: %(hits)d			</dd>						</dl>
	
	
		
								<div itemprop="articleBody">
		%(body)s	</div>

	
							</div>

					<!-- End Content -->
				</main>
									<div id="aside" class="span3">
						<!-- Begin Right Sidebar -->
						<div class="well uzemzavar"><h3 class="page-header">Üzemzavarok, vízhiány</h3>

<div class="custom uzemzavar"  >
	%(out)s</div>
</div><div class="well "><h3 class="page-header">E-ügyfélszolgálat</h3><form action="/ugyfelszolgalat/adatkezelesi-tajekoztato" method="post" id="login-form" class="form-inline">
		<div class="userdata">
		<div id="form-login-username" class="control-group">
			<div class="controls">
									<div class="input-prepend">
						<span class="add-on">
							<span class="icon-user hasTooltip" title="Felhasználónév"></span>
							<label for="modlgn-username" class="element-invisible">Felhasználónév</label>
						</span>
						<input id="modlgn-username" type="text" name="username" class="input-small" tabindex="0" size="18" placeholder="Felhasználónév" />
					</div>
							</div>
		</div>
		<div id="form-login-password" class="control-group">
			<div class="controls">
									<div class="input-prepend">
						<span class="add-on">
							<span class="icon-lock hasTooltip" title="Jelszó">
							</span>
								<label for="modlgn-passwd" class="element-invisible">Jelszó							</label>
						</span>
						<input id="modlgn-passwd" type="password" name="password" class="input-small" tabindex="0" size="18" placeholder="Jelszó" />
					</div>
							</div>
		</div>
				<div id="form-login-submit" class="control-group">
			<div class="controls">
				<button type="submit" tabindex="0" name="Submit" class="btn btn-primary login-button">Bejelentkezés</button>
			</div>
		</div>
					<ul class="unstyled">
							<li>
					<a href="/e-ugyfelszolgalat/regisztracio">
					Regisztráció <span class="icon-arrow-right"></span></a>
				</li>
							<li>
					<a href="/e-ugyfelszolgalat/elfelejtett-jelszo">
					Elfelejtette jelszavát?</a>
				</li>
						</ul>
		<input type="hidden" name="option" value="com_users" />
		<input type="hidden" name="task" value="user.login" />
		<input type="hidden" name="return" value="%(ret)s" />
		<input type="hidden" name="%(tok)s" value="1" />	</div>
	</form>
</div>
						<!-- End Right Sidebar -->
					</div>
							</div>
		</div>
	</div>
	<!-- Footer -->
	<footer class="footer" role="contentinfo">
		<div class="container">
			<hr />
			<div class="custom"  >
	<p>Hegyaljai Víziközmű Zrt. · 3910 Tokaj, Bajcsy-Zsilinszky utca 27. · Hibabejelentés (0–24 óra): <a href="tel:+3680552100">06 80 552 100</a></p></div>
			<p class="pull-right">
				<a href="#top" id="back-top">
					Vissza a tetejére				</a>
			</p>
			<p>
				&copy; %(year)d Hegyaljai Víziközmű Zrt.			</p>
		</div>
	</footer>
	
</body>
</html>
""" % {"url": URL, "mv": mv, "nav": nav, "dikt": dikt, "title": title, "moddate": moddate,
           "modhu": _hu_date(mod), "hits": hits, "body": body, "out": out, "ret": ret, "tok": tok, "year": when.year}
    # Joomla 4.4, Cassiopeia child template
    nav = "".join('<li class="nav-item item-%d%s"><a href="%s" >%s</a></li>' % (n, " default" if n == 101 else (
        " active deeper parent" if n == 104 else ""), h, l) for h, l, n in menu)
    return """<!DOCTYPE html>
<html lang="hu-hu" dir="ltr">

<head>
    <meta charset="utf-8">
	<meta name="author" content="Webmester">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="Hegyaljai Víziközmű Zrt. - ivóvíz-szolgáltatás és szennyvízkezelés">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>Adatkezelési tájékoztató - Hegyaljai Víziközmű Zrt.</title>
	<link href="/media/templates/site/cassiopeia_hegyalja/images/favicon.svg" rel="icon" type="image/svg+xml">
	<link href="/media/templates/site/cassiopeia_hegyalja/images/favicon.ico" rel="alternate icon" type="image/vnd.microsoft.icon">

    <link href="/media/system/css/joomla-fontawesome.min.css?%(mv)s" rel="lazy-stylesheet" /><noscript><link href="/media/system/css/joomla-fontawesome.min.css?%(mv)s" rel="stylesheet" /></noscript>
	<link href="/media/templates/site/cassiopeia/css/template.min.css?%(mv)s" rel="stylesheet" />
	<link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?%(mv)s" rel="stylesheet" />
	<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet" />
	<link href="/media/templates/site/cassiopeia_hegyalja/css/user.css?%(mv)s" rel="stylesheet" />
	<style>:root {
		--hue: 204;
		--template-bg-light: #f0f4fb;
		--template-text-dark: #495057;
		--template-text-light: #ffffff;
		--template-link-color: #0b5c9e;
		--template-special-color: #0b3f6b;
	}</style>

    <script src="/media/vendor/metismenujs/js/metismenujs.min.js?1.4.0" defer></script>
	<script src="/media/templates/site/cassiopeia/js/mod_menu/menu-metismenu.min.js?%(mv)s" defer></script>
	<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Hiba","MESSAGE":"Üzenet","NOTICE":"Megjegyzés","WARNING":"Figyelmeztetés","JCLOSE":"Bezárás","JOK":"OK","JOPEN":"Megnyitás"},"system.paths":{"root":"","rootFull":"https:\\/\\/www.hegyaljaviz.hu\\/","base":"","baseFull":"https:\\/\\/www.hegyaljaviz.hu\\/"},"csrf.token":"%(tok)s"}</script>
	<script src="/media/system/js/core.min.js?%(mv)s"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?%(mv)s" defer></script>
	<script src="/media/vendor/bootstrap/js/bootstrap-es5.min.js?5.3.2" nomodule defer></script>
	<script src="/media/system/js/messages-es5.min.js?%(mv)s" nomodule defer></script>
	<script src="/media/vendor/bootstrap/js/collapse.min.js?5.3.2" type="module"></script>
	<script src="/media/system/js/messages.min.js?%(mv)s" type="module"></script>
</head>

<body class="site com_content wrapper-static view-article no-layout no-task itemid-147 has-sidebar-right">
    <header class="header container-header full-width">

        
        
                    <div class="grid-child">
                <div class="navbar-brand">
                    <a class="brand-logo" href="/">
                        <img loading="eager" decoding="async" src="https://www.hegyaljaviz.hu/images/logo/hegyaljaviz-logo.svg" alt="Hegyaljai Víziközmű Zrt." width="260" height="64">                    </a>
                                    </div>
            </div>
        
                    <div class="grid-child container-nav">
                                    
<nav class="navbar navbar-expand-lg" aria-label="Főmenü">
    <button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Navigáció ki-be kapcsolása">
        <span class="icon-menu" aria-hidden="true"></span>
    </button>
    <div class="collapse navbar-collapse" id="navbar1">
        <ul class="mod-menu mod-menu_dropdown-metismenu metismenu mod-list ">
%(nav)s</ul>
    </div>
</nav>

                                                    <div class="container-search">
                        <form class="mod-finder js-finder-searchform form-search" action="/kereses" method="get" role="search"><label for="mod-finder-searchword91" class="visually-hidden finder">Keresés</label><div class="mod-finder__search input-group"><input type="text" name="q" id="mod-finder-searchword91" class="js-finder-search-query form-control" value="" placeholder="Keresés..."><button class="btn btn-primary" type="submit"><span class="icon-search icon-white" aria-hidden="true"></span> Keresés</button></div><input type="hidden" name="Itemid" value="160"></form>
                    </div>
                            </div>
            </header>

    <div class="site-grid">

                    <div class="container-banner full-width">
                <div class="moduletable diktalas">
        
<div id="mod-custom112" class="mod-custom custom">
    %(dikt)s</div>
</div>

            </div>
        
        
        
        
        <div class="grid-child container-component">
            <nav class="mod-breadcrumbs__wrapper" aria-label="Morzsamenü">
    <ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">
                    <li class="mod-breadcrumbs__divider float-start">
                <span class="divider icon-location icon-fw" aria-hidden="true"></span>
            </li>
        
                            <li class="mod-breadcrumbs__item breadcrumb-item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Kezdőlap</span></a>                    <meta itemprop="position" content="1">
                </li>
                            <li class="mod-breadcrumbs__item breadcrumb-item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/ugyfelszolgalat" class="pathway"><span itemprop="name">Ügyfélszolgálat</span></a>                    <meta itemprop="position" content="2">
                </li>
                            <li class="mod-breadcrumbs__item breadcrumb-item active" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><span itemprop="name">Adatkezelési tájékoztató</span>                    <meta itemprop="position" content="3">
                </li>
            </ol>
    </nav>

            
            <div id="system-message-container" aria-live="polite"></div>

            <main>
            <div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
    <meta itemprop="inLanguage" content="hu-HU">
    
    
        <div class="page-header">
        <h2 itemprop="headline">
            %(title)s        </h2>
                            </div>
        
        
            <dl class="article-info text-muted">

            <dt class="article-info-term">
                        Részletek                    </dt>

        
        
        
        
        
    
                        <dd class="modified">
    <span class="icon-calendar icon-fw" aria-hidden="true"></span>
    <time datetime="%(moddate)s" itemprop="dateModified">
        Utolsó frissítés: %(modhu)s    </time>
</dd>
            
                        <dd class="hits">
    <span class="icon-eye icon-fw" aria-hidden="true"></span>
    <meta itemprop="interactionCount" content="UserPageVisits:%(hits)d">
    Találatok: %(hits)d</dd>
                        </dl>
    
    
        
                                                <div itemprop="articleBody" class="com-content-article__body">
        %(body)s    </div>

        
                                        </div>

            </main>
            
        </div>

                    <div class="grid-child container-sidebar-right">
                <div class="sidebar-right card uzemzavar">
            <h3 class="card-header ">Üzemzavarok, vízhiány</h3>        <div class="card-body">
                
<div id="mod-custom118" class="mod-custom custom">
    %(out)s</div>
    </div>
</div>
<div class="sidebar-right card ">
            <h3 class="card-header ">E-ügyfélszolgálat</h3>        <div class="card-body">
                <form id="login-form-16" class="mod-login" action="/ugyfelszolgalat/adatkezelesi-tajekoztato" method="post">

    
    <div class="mod-login__userdata userdata">
        <div class="mod-login__username form-group">
                            <div class="input-group">
                    <input id="modlgn-username-16" type="text" name="username" class="form-control" autocomplete="username" placeholder="Felhasználónév">
                    <label for="modlgn-username-16" class="visually-hidden">Felhasználónév</label>
                    <span class="input-group-text" title="Felhasználónév">
                        <span class="icon-user icon-fw" aria-hidden="true"></span>
                    </span>
                </div>
                    </div>

        <div class="mod-login__password form-group">
                            <div class="input-group">
                    <input id="modlgn-passwd-16" type="password" name="password" autocomplete="current-password" class="form-control" placeholder="Jelszó">
                    <label for="modlgn-passwd-16" class="visually-hidden">Jelszó</label>
                    <button type="button" class="btn btn-secondary input-password-toggle">
                        <span class="icon-eye icon-fw" aria-hidden="true"></span>
                        <span class="visually-hidden">Jelszó megjelenítése</span>
                    </button>
                </div>
                    </div>

        <div class="mod-login__submit form-group">
            <button type="submit" name="Submit" class="btn btn-primary w-100">Bejelentkezés</button>
        </div>

                    <ul class="mod-login__options list-unstyled">
                <li>
                    <a href="/e-ugyfelszolgalat/elfelejtett-jelszo">
                    Elfelejtette jelszavát?</a>
                </li>
                <li>
                    <a href="/e-ugyfelszolgalat/regisztracio">
                    Regisztráció <span class="icon-register" aria-hidden="true"></span></a>
                </li>
            </ul>
        <input type="hidden" name="option" value="com_users">
        <input type="hidden" name="task" value="user.login">
        <input type="hidden" name="return" value="%(ret)s">
        <input type="hidden" name="%(tok)s" value="1">    </div>
    </form>
    </div>
</div>

            </div>
        
        
            </div>

            <footer class="container-footer footer full-width">
            <div class="grid-child">
                
<div id="mod-custom93" class="mod-custom custom">
    <p>Hegyaljai Víziközmű Zrt. · 3910 Tokaj, Bajcsy-Zsilinszky utca 27. · Hibabejelentés (0–24 óra): <a href="tel:+3680552100">06 80 552 100</a></p>
<p>&copy; %(year)d Hegyaljai Víziközmű Zrt.</p></div>

            </div>
        </footer>
    
            <a href="#top" id="back-top" class="back-to-top-link" aria-label="Vissza a tetejére">
            <span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
        </a>
    
    
</body>

</html>
""" % {"mv": mv, "nav": nav, "dikt": dikt, "title": title, "moddate": moddate, "modhu": _hu_date(mod),
       "hits": hits, "body": body, "out": out, "ret": ret, "tok": tok, "year": when.year}


PAGE = {
    "service": "Hegyaljai Víziközmű",
    "url": URL,
    "lang": "hu",
    "platform": "Joomla 3.10 (Protostar-based template) -> Joomla 4.4 (Cassiopeia child template), com_content article",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("X-Powered-By", "PHP/8.1.27"),
                      ("Expires", "Wed, 17 Aug 2005 00:00:00 GMT"), ("Cache-Control", "no-store, no-cache, must-revalidate, post-check=0, pre-check=0"),
                      ("Pragma", "no-cache")),
    "n": 31,
    "start": dt.date(2022, 5, 1),
    "end": dt.date(2025, 9, 15),
    "policy": POLICY,
    "first_updated": dt.date(2022, 3, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".item-page", "remove": [".article-info", ".icons"]},
}
