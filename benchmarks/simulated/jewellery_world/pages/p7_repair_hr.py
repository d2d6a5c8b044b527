"""Urarska radionica Horvat (Zagreb watchmaker's workshop: repairs, batteries, servicing, some sales), a Joomla
site: Joomla 3.10 with a Protostar-based template until June 2024, then migrated to Joomla 4.4 with a Cassiopeia
child template. The policy is a com_content article; Joomla's article info block (`dl.article-info`: last-modified
date and the hit counter, which grows on every visit) sits INSIDE `.item-page`, and on Joomla 3 the print / e-mail
icons too; the declaration removes them. Sidebar modules: repair-status form (with the session's form token),
latest news, who's online."""
import datetime as dt
import hashlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import jwkit as K  # noqa: E402

POLICY = """
# Zaštita osobnih podataka

Ova pravila vrijede od {UPDATED}

Urarska radionica Horvat, obrt za popravak satova i nakita, vl. Ivan Horvat (u daljnjem tekstu: radionica) poštuje vašu privatnost. U nastavku objašnjavamo koje osobne podatke prikupljamo kada nam donesete sat na popravak, kupite sat u radionici ili nas kontaktirate putem ove web stranice, te koja su vaša prava prema Općoj uredbi o zaštiti podataka (EU) 2016/679 i Zakonu o provedbi Opće uredbe o zaštiti podataka (NN 42/18).

## Voditelj obrade

@ Urarska radionica Horvat, vl. Ivan Horvat
@ Ilica 48, 10000 Zagreb
@ OIB: 48231907564
@ Tel: +385 1 4833 221
@ E-pošta: [info@urar-horvat.hr](mailto:info@urar-horvat.hr)

## Koje podatke prikupljamo

Kada nam predate sat ili nakit na popravak, na servisni nalog upisujemo vaše ime i prezime, broj telefona i, ako ga navedete, adresu e-pošte, zajedno s opisom predmeta (marka, model, serijski broj), opisom kvara i dogovorenom cijenom. Na račune za prodane satove i obavljene usluge upisujemo samo podatke koje propisuju propisi o fiskalizaciji.

Ako nam pišete putem obrasca za kontakt ili e-poštom, obrađujemo podatke koje ste nam sami poslali. Provjera statusa popravka na ovoj stranici traži samo broj servisnog naloga i ne obrađuje druge osobne podatke.

## Svrha i pravna osnova obrade

- izvršenje ugovora o popravku ili kupoprodaji (članak 6. stavak 1. točka (b) Opće uredbe),
- obavještavanje o završetku popravka telefonom ili SMS porukom,
- ispunjavanje zakonskih obveza vođenja poslovnih knjiga i fiskalizacije računa,
- slanje satova pod jamstvom ovlaštenom servisu proizvođača kada je to potrebno.

## Primatelji podataka

Vaše osobne podatke ne prodajemo niti ih dajemo trećima radi marketinga. Podatke dijelimo samo s:

- knjigovodstvenim servisom koji vodi naše poslovne knjige,
- Poreznom upravom, radi fiskalizacije računa,
- ovlaštenim servisima proizvođača satova, kada sat šaljemo na jamstveni popravak,
- Hrvatskom poštom d.d. i GLS Croatia d.o.o., kada vam sat šaljemo poštom,
- pružateljem usluge smještaja web stranice.

## Koliko dugo čuvamo podatke

Servisne naloge čuvamo dvije godine od preuzimanja sata, kako bismo mogli odgovoriti na reklamacije i jamstvene zahtjeve. Račune i poslovne knjige čuvamo 11 godina, kako propisuje Zakon o računovodstvu. Satove koji nisu preuzeti ni godinu dana nakon obavijesti o završetku popravka čuvamo i dalje, ali podatke o vlasniku tada ograničavamo na broj naloga i broj telefona.

## Vaša prava

Imate pravo zatražiti pristup svojim osobnim podacima, njihov ispravak ili brisanje, ograničenje obrade i prenosivost podataka te uložiti prigovor na obradu. Zahtjev možete predati osobno u radionici ili ga poslati na adresu e-pošte navedenu gore. Zahtjev nam možete poslati i telefaksom na broj +385 1 4833 222. Odgovorit ćemo najkasnije u roku od mjesec dana.

Ako smatrate da obrada vaših osobnih podatak krši propise, možete podnijeti prigovor Agenciji za zaštitu osobnih podataka, Selska cesta 136, 10000 Zagreb, [azop.hr](https://azop.hr).

## Kolačići

Ova stranica koristi nužne kolačiće za rad stranice, a Google Analytics samo ako ste na to pristali u obavijesti o kolačićima. Privolu možete povući brisanjem kolačića u postavkama preglednika.
"""

EDITS = [
    {"note": "list item added: Infobip for SMS notifications",
     "repl": [("- pružateljem usluge smještaja web stranice.",
               "- Infobip d.o.o., koji za nas šalje SMS obavijesti o završetku popravka,\n"
               "- pružateljem usluge smještaja web stranice.")]},
    {"note": "sentence removed: requests by fax",
     "repl": [(" Zahtjev nam možete poslati i telefaksom na broj +385 1 4833 222.", "")]},
    {"note": "typo fixed (osobnih podatak), date unchanged", "bump": False,
     "repl": [("obrada vaših osobnih podatak krši", "obrada vaših osobnih podataka krši")]},
    {"note": "repair-order retention extended from two to three years",
     "repl": [("Servisne naloge čuvamo dvije godine od preuzimanja sata",
               "Servisne naloge čuvamo tri godine od preuzimanja sata")]},
    {"note": "phone number changed (landline replaced by a mobile number)",
     "repl": [("@ Tel: +385 1 4833 221", "@ Tel: +385 91 4833 221")]},
    {"note": "section added: video surveillance of the workshop",
     "repl": [("## Kolačići",
               "## Videonadzor\n\n"
               "Radi zaštite imovine, osobito satova koje su nam klijenti povjerili na popravak, prostor radionice "
               "nadziremo videonadzorom, o čemu vas obavještava naljepnica na ulaznim vratima. Snimke čuvamo najduže "
               "šest mjeseci, kako dopušta Zakon o provedbi Opće uredbe o zaštiti podataka, a pristup im imaju samo "
               "vlasnik radionice i tvrtka koja održava sustav.\n\n"
               "## Kolačići")]},
]

J4_FROM = dt.datetime(2024, 6, 8, 7, 0)
MEDIA = [  # (from, Joomla version, media version hash)
    (dt.date(2022, 1, 1), "3.10.11", "c0a8e1d6a9b1e5f4a2f3d7c9b0e4a6d8"),
    (dt.date(2023, 7, 20), "3.10.12", "4e2f8b1c7d3a9e6f0b5c2d8a1f7e3b9c"),
    (dt.date(2024, 6, 8), "4.4.5", "e2a4f0"),
    (dt.date(2024, 10, 14), "4.4.9", "9b7c3d"),
    (dt.date(2025, 1, 12), "4.4.10", "17af62"),
]
NEWS = [
    (dt.date(2022, 12, 20), 38, "Prelazak na euro: novi cjenik usluga"),
    (dt.date(2023, 3, 22), 39, "Ljetno računanje vremena: pomaknite sat unaprijed"),
    (dt.date(2023, 6, 12), 40, "Ljetno radno vrijeme radionice"),
    (dt.date(2023, 10, 25), 41, "Zimsko računanje vremena: pomaknite sat unatrag"),
    (dt.date(2023, 12, 12), 42, "Radno vrijeme za blagdane"),
    (dt.date(2024, 3, 5), 43, "Zamjena baterije dok čekate, bez naručivanja"),
    (dt.date(2024, 6, 10), 44, "Nova web stranica i provjera statusa popravka"),
    (dt.date(2024, 9, 2), 45, "Novo: ovlašteni servis za satove Seiko"),
    (dt.date(2024, 12, 9), 46, "Blagdansko radno vrijeme i darovni bonovi"),
    (dt.date(2025, 2, 17), 47, "Servis mehaničkih satova: što uključuje i koliko traje"),
]

_MODIFIED = {}


def fmt_date(d):
    return "%d. %s %d." % (d.day, K.MONTHS["hr"][d.month - 1], d.year)


def _guests(n):
    if n % 10 == 1 and n % 100 != 11:
        return "%d gost" % n
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "%d gosta" % n
    return "%d gostiju" % n


def noise(rng, when, i, prev):
    p = prev or {}
    loc = K.local(when, "cet")
    h = p.get("hits")
    if h is None:
        hits = 1873
    else:
        hits = h[0] + max(1, (when - h[1]).days) * rng.randint(2, 9)
    j4 = when >= J4_FROM
    media = [m for m in MEDIA if m[0] <= loc.date()][-1][1:]
    news = tuple(n for n in NEWS if n[0] <= loc.date())[-4:]
    return {
        "token": C.hexs(rng, 32),
        "joomla": media,
        "hits": (hits, when),
        "online": rng.choice([1, 1, 2, 2, 2, 3, 3, 4, 5, 7]),
        "news": tuple((n[1], n[2]) for n in reversed(news)),
        "template": "cassiopeia" if j4 else "protostar",
    }


LABELS = {
    "token": "Joomla form token of the session (repair-status form; csrf.token in J4 script options)",
    "joomla": "Joomla version and media version hash in asset URLs (updates)",
    "hits": "article hit counter in dl.article-info inside .item-page",
    "online": "'Tko je online' module (guests online)",
    "news": "latest news module in the sidebar",
    "template": "Joomla 3 Protostar-based template, then Joomla 4 Cassiopeia child (migration June 2024)",
}


def _body(blocks):
    return K.render_blocks(blocks, sep="\n", addr=lambda lines, inl: "<p>%s</p>" % "<br />".join(inl(x) for x in lines))


def render(state, blocks, when):
    title, rest = K.title_and_rest(blocks)
    key = repr(blocks)
    if key not in _MODIFIED:
        _MODIFIED[key] = when - dt.timedelta(hours=20 + 9 * (len(_MODIFIED) % 4))
    mod = K.local(_MODIFIED[key], "cet")
    mod_iso = mod.strftime("%Y-%m-%dT%H:%M:%S") + ("+02:00" if K.eu_summer(_MODIFIED[key]) else "+01:00")
    mod_txt = "%d. %s %d." % (mod.day, K.MONTHS["hr"][mod.month - 1], mod.year)
    version, mv = state["joomla"]
    hits, _ = state["hits"]
    tok = state["token"]
    phone = "+385 91 4833 221" if any("91 4833 221" in str(v) for _, v in blocks) else "01 4833 221"
    news = "\n".join('<li itemscope itemtype="https://schema.org/Article"><a href="/index.php/novosti/%d-%s" itemprop="url"><span itemprop="name">%s</span></a></li>'
                     % (n, hashlib.md5(t.encode()).hexdigest()[:6], K.esc(t)) for n, t in state["news"])
    online = "Trenutno imamo %s online" % _guests(state["online"])
    menu = ('<li class="%(c)sitem-101 default"><a href="/index.php" >Početna</a></li><li class="%(c)sitem-102"><a href="/index.php/servis-satova" >Servis satova</a></li><li class="%(c)sitem-103"><a href="/index.php/zamjena-baterije" >Zamjena baterije</a></li><li class="%(c)sitem-104"><a href="/index.php/prodaja-satova" >Prodaja satova</a></li><li class="%(c)sitem-105"><a href="/index.php/novosti" >Novosti</a></li><li class="%(c)sitem-106"><a href="/index.php/kontakt" >Kontakt</a></li>')
    status_form = """<form action="/index.php/status-popravka" method="post" class="form-status-popravka"><label for="broj-naloga">Broj servisnog naloga</label><input type="text" name="nalog" id="broj-naloga" class="%(inp)s" placeholder="npr. 24-0815" /><button type="submit" class="btn btn-primary">Provjeri</button><input type="hidden" name="option" value="com_urarstatus" /><input type="hidden" name="task" value="status.provjeri" /><input type="hidden" name="%(tok)s" value="1" /></form>"""
    cookie = """<script src="https://cdn.jsdelivr.net/npm/cookieconsent@3/build/cookieconsent.min.js" data-cfasync="false"></script>
<script>
window.cookieconsent.initialise({
  "palette": {"popup": {"background": "#2b2118"}, "button": {"background": "#c9a227"}},
  "type": "opt-in",
  "content": {"message": "Ova stranica koristi kolačiće kako bi vam pružila bolje korisničko iskustvo.", "allow": "Prihvaćam", "deny": "Odbijam", "link": "Saznajte više", "href": "/index.php/zastita-osobnih-podataka"}
});
</script>"""
    if state["template"] == "protostar":
        doc = """<!DOCTYPE html>
<html lang="hr-hr" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="https://www.urar-horvat.hr/index.php/zastita-osobnih-podataka" />
	<meta name="keywords" content="urar, servis satova, popravak satova, zamjena baterije, Zagreb, Ilica" />
	<meta name="author" content="Ivan Horvat" />
	<meta name="description" content="Urarska radionica Horvat - servis i popravak satova u Zagrebu od 1987." />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>Zaštita osobnih podataka - Urarska radionica Horvat</title>
	<link href="/templates/urar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/templates/urar/css/template.css?%(mv)s" rel="stylesheet" />
	<link href="https://fonts.googleapis.com/css?family=Open+Sans" rel="stylesheet" />
	<style>

	h1, h2, h3, h4, h5, h6, .site-title {
		font-family: 'Open Sans', sans-serif;
	}
	body.site {
		border-top: 3px solid #7b5b2e;
		background-color: #f4f0e8;
	}
	a {
		color: #7b5b2e;
	}
	</style>
	<script src="/media/jui/js/jquery.min.js?%(mv)s"></script>
	<script src="/media/jui/js/jquery-noconflict.js?%(mv)s"></script>
	<script src="/media/jui/js/jquery-migrate.min.js?%(mv)s"></script>
	<script src="/media/system/js/caption.js?%(mv)s"></script>
	<script src="/media/jui/js/bootstrap.min.js?%(mv)s"></script>
	<script src="/templates/urar/js/template.js?%(mv)s"></script>
	<script>
jQuery(window).on('load',  function() {
				new JCaption('img.caption');
			});jQuery(function($){ initTooltips(); $("body").on("subform-row-add", initTooltips); function initTooltips (event, container) { container = container || document;$(container).find(".hasTooltip").tooltip({"html": true,"container": "body"});} });
	</script>
	<!--[if lt IE 9]><script src="/media/jui/js/html5.js?%(mv)s"></script><![endif]-->
<!-- Global site tag (gtag.js) - Google Analytics -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-HK3Z8W2M1Q"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('consent', 'default', {'analytics_storage': 'denied'});
  gtag('js', new Date());
  gtag('config', 'G-HK3Z8W2M1Q');
</script>
</head>
<body class="site com_content view-article no-layout no-task itemid-112">
	<!-- Body -->
	<div class="body" id="top">
		<div class="container">
			<!-- Header -->
			<header class="header" role="banner">
				<div class="header-inner clearfix">
					<a class="brand pull-left" href="/">
						<img src="https://www.urar-horvat.hr/images/logo-urar-horvat.png" alt="Urarska radionica Horvat" />											</a>
					<div class="header-search pull-right">
						

<div class="custom"  >
	<p><strong>Radno vrijeme:</strong> pon-pet 9-19, sub 9-14<br />Ilica 48, Zagreb · %(phone)s</p></div>

					</div>
				</div>
			</header>
							<nav class="navigation" role="navigation">
					<div class="navbar pull-left">
						<a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse">
							<span class="element-invisible">Prikaži/Sakrij izbornik</span>
							<span class="icon-bar"></span>
							<span class="icon-bar"></span>
							<span class="icon-bar"></span>
						</a>
					</div>
					<div class="nav-collapse">
						<ul class="nav menu nav-pills mod-list">
%(menu)s</ul>

					</div>
				</nav>
						
			<div class="row-fluid">
								<main id="content" role="main" class="span9">
					<!-- Begin Content -->
					
					<div id="system-message-container">
	</div>

					<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="hr-HR" />
		<div class="page-header">
		<h2 itemprop="headline">
			%(title)s		</h2>
							</div>
							
<div class="icons">
	
					<div class="btn-group pull-right">
				<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-12" aria-label="Korisnički alati"
				data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">
					<span class="icon-cog" aria-hidden="true"></span>
					<span class="caret" aria-hidden="true"></span>
				</button>
								<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-12">
											<li class="print-icon"> <a href="/index.php/zastita-osobnih-podataka?tmpl=component&amp;print=1" title="Ispiši članak &lt; %(title)s &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow">			<span class="icon-print" aria-hidden="true"></span>
		Ispis	</a> </li>
																<li class="email-icon"> <a href="/index.php/component/mailto/?tmpl=component&amp;template=urar&amp;link=2b8d4a9c1e0f7b3d5a6c8e2f1d4b7a9c0e3f5d1b" title="Pošalji link prijatelju" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow">			<span class="icon-envelope" aria-hidden="true"></span>
		E-pošta	</a> </li>
														</ul>
			</div>
		
	</div>
			
		
						<dl class="article-info muted">

		
			<dt class="article-info-term">
									Detalji							</dt>

				
			
			
			
			
			
	
			
										<dd class="modified">
				<span class="icon-calendar" aria-hidden="true"></span>
				<time datetime="%(mod_iso)s" itemprop="dateModified">
					Zadnja izmjena: %(mod_txt)s				</time>
			</dd>			
										<dd class="hits">
					<span class="icon-eye-open" aria-hidden="true"></span>
					<meta itemprop="interactionCount" content="UserPageVisits:%(hits)d" />
					Pogodaka: %(hits)d			</dd>						</dl>
	
		
								<div itemprop="articleBody">
		%(body)s	</div>

	
							</div>

					<div class="clearfix"></div>
					
					<!-- End Content -->
				</main>
									<div id="aside" class="span3">
						<!-- Begin Right Sidebar -->
						<div class="well "><h3 class="page-header">Status popravka</h3>%(status)s</div><div class="well "><h3 class="page-header">Novosti</h3><ul class="latestnews mod-list">
%(news)s
</ul>
</div><div class="well "><h3 class="page-header">Tko je online</h3>
			<p>%(online)s</p>

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
	<p>© Urarska radionica Horvat, vl. Ivan Horvat · Ilica 48, 10000 Zagreb · OIB: 48231907564</p></div>

			<p class="pull-right">
				<a href="#top" id="back-top">
					Natrag na vrh				</a>
			</p>
			<p>
				&copy; %(year)d Urarska radionica Horvat			</p>
		</div>
	</footer>
	
%(cookie)s
</body>
</html>
"""
        fields = {"menu": menu % {"c": ""}, "status": status_form % {"inp": "input-medium", "tok": tok}}
    else:
        doc = """<!DOCTYPE html>
<html lang="hr-hr" dir="ltr">
<head>
    <meta charset="utf-8">
	<meta name="author" content="Ivan Horvat">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="keywords" content="urar, servis satova, popravak satova, zamjena baterije, Zagreb, Ilica">
	<meta name="description" content="Urarska radionica Horvat - servis i popravak satova u Zagrebu od 1987.">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>Zaštita osobnih podataka - Urarska radionica Horvat</title>
	<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
	<link href="/media/templates/site/cassiopeia/images/favicon.ico" rel="alternate icon" type="image/vnd.microsoft.icon">
    <link href="/media/system/css/joomla-fontawesome.min.css?%(mv)s" rel="lazy-stylesheet" /><noscript><link href="/media/system/css/joomla-fontawesome.min.css?%(mv)s" rel="stylesheet" /></noscript>
	<link href="/media/templates/site/cassiopeia/css/template.min.css?%(mv)s" rel="stylesheet" />
	<link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?%(mv)s" rel="stylesheet" />
	<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet" />
	<link href="/media/templates/site/cassiopeia_urar/css/user.css?%(mv)s" rel="stylesheet" />
	<style>:root {
		--hue: 32;
		--template-bg-light: #f4f0e8;
		--template-text-dark: #2b2118;
		--template-text-light: #ffffff;
		--template-link-color: #7b5b2e;
		--template-special-color: #2b2118;
		
	}</style>
    <script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Greška","MESSAGE":"Poruka","NOTICE":"Napomena","WARNING":"Upozorenje","JCLOSE":"Zatvori","JOK":"U redu","JOPEN":"Otvori"},"system.paths":{"root":"","rootFull":"https:\\/\\/www.urar-horvat.hr\\/","base":"","baseFull":"https:\\/\\/www.urar-horvat.hr\\/"},"csrf.token":"%(tok)s"}</script>
	<script src="/media/system/js/core.min.js?%(mv)s"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?%(mv)s" defer></script>
	<script src="/media/system/js/messages.min.js?%(mv)s" type="module"></script>
	<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"https://www.urar-horvat.hr/#/schema/Organization/base","name":"Urarska radionica Horvat","url":"https://www.urar-horvat.hr/"},{"@type":"WebSite","@id":"https://www.urar-horvat.hr/#/schema/WebSite/base","url":"https://www.urar-horvat.hr/","name":"Urarska radionica Horvat","publisher":{"@id":"https://www.urar-horvat.hr/#/schema/Organization/base"}},{"@type":"WebPage","@id":"https://www.urar-horvat.hr/#/schema/WebPage/base","url":"https://www.urar-horvat.hr/index.php/zastita-osobnih-podataka","name":"Zaštita osobnih podataka - Urarska radionica Horvat","isPartOf":{"@id":"https://www.urar-horvat.hr/#/schema/WebSite/base"},"inLanguage":"hr-HR"},{"@type":"Article","@id":"https://www.urar-horvat.hr/#/schema/com_content/article/12","name":"Zaštita osobnih podataka","headline":"Zaštita osobnih podataka","inLanguage":"hr-HR","dateModified":"%(mod_iso)s","interactionStatistic":{"@type":"InteractionCounter","userInteractionCount":%(hits)d},"isPartOf":{"@id":"https://www.urar-horvat.hr/#/schema/WebPage/base"}}]}</script>
<!-- Global site tag (gtag.js) - Google Analytics -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-HK3Z8W2M1Q"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('consent', 'default', {'analytics_storage': 'denied'});
  gtag('js', new Date());
  gtag('config', 'G-HK3Z8W2M1Q');
</script>
</head>

<body class="site com_content wrapper-static view-article no-layout no-task itemid-112 has-sidebar-right">
	<header class="header container-header full-width">

					<div class="container-topbar">
			<div class="mod-custom custom banner-overlay" id="mod-custom91">
    <p><strong>Radno vrijeme:</strong> pon-pet 9-19, sub 9-14 · Ilica 48, Zagreb · %(phone)s</p></div>

			</div>
		
		
					<div class="grid-child">
				<div class="navbar-brand">
					<a class="brand-logo" href="/">
						<img loading="eager" decoding="async" src="https://www.urar-horvat.hr/images/logo-urar-horvat.png" alt="Urarska radionica Horvat" width="260" height="70">					</a>
									</div>
			</div>
		
					<div class="grid-child container-nav">
									<ul class="mod-menu mod-list nav ">
%(menu)s</ul>

							</div>
			</header>

	<div class="site-grid">

		
		
		
		
		<div class="grid-child container-component">
			
			
			<div id="system-message-container" aria-live="polite"></div>

			<main>
			<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="hr-HR">
	
	
		<div class="page-header">
		<h1 itemprop="headline">
			%(title)s		</h1>
							</div>
		
		
	
	
		
						<dl class="article-info text-muted">

            <dt class="article-info-term">
                        Detalji                    </dt>

        
        
        
        
        
        
        
    
                        <dd class="modified">
    <span class="icon-calendar icon-fw" aria-hidden="true"></span>
    <time datetime="%(mod_iso)s" itemprop="dateModified">
        Zadnja izmjena: %(mod_txt)s    </time>
</dd>
        
                    <dd class="hits">
    <span class="icon-eye icon-fw" aria-hidden="true"></span>
    <meta itemprop="interactionCount" content="UserPageVisits:%(hits)d">
    Pogodaka: %(hits)d</dd>
            </dl>
	
	
		
								<div itemprop="articleBody" class="com-content-article__body">
		%(body)s	</div>

	
	
							</div>

			</main>
			
		</div>

				<div class="grid-child container-sidebar-right">
			<div class="sidebar-right card ">
            <h3 class="card-header ">Status popravka</h3>        <div class="card-body">
                %(status)s    </div>
</div>
<div class="sidebar-right card ">
            <h3 class="card-header ">Novosti</h3>        <div class="card-body">
                <ul class="mod-articleslatest latestnews mod-list">
%(news)s
</ul>
    </div>
</div>
<div class="sidebar-right card ">
            <h3 class="card-header ">Tko je online</h3>        <div class="card-body">
                <div class="mod-whosonline">
	<p>%(online)s</p>
</div>
    </div>
</div>

		</div>
		
		
			</div>

			<footer class="container-footer footer full-width">
			<div class="grid-child">
				<div class="mod-custom custom banner-overlay" id="mod-custom92">
    <p>© Urarska radionica Horvat, vl. Ivan Horvat · Ilica 48, 10000 Zagreb · OIB: 48231907564</p></div>

			</div>
		</footer>
	
			<a href="#top" id="back-top" class="back-to-top-link" aria-label="Natrag na vrh">
			<span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
		</a>
	
	
%(cookie)s
</body>
</html>
"""
        fields = {"menu": menu % {"c": "nav-item "}, "status": status_form % {"inp": "form-control", "tok": tok}}
    fields.update({"mv": mv, "title": K.esc(title), "mod_iso": mod_iso, "mod_txt": mod_txt, "hits": hits,
                   "body": _body(rest), "news": news, "online": online, "year": when.year, "tok": tok,
                   "phone": phone, "cookie": cookie})
    return doc % fields


PAGE = {
    "service": "Urarska radionica Horvat",
    "url": "https://www.urar-horvat.hr/index.php/zastita-osobnih-podataka",
    "lang": "hr",
    "platform": "Joomla 3.10 (Protostar-based template), migrated to Joomla 4.4 (Cassiopeia child) in June 2024",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Apache"), ("Expires", "Wed, 17 Aug 2005 00:00:00 GMT"),
                      ("Cache-Control", "no-store, no-cache, must-revalidate, post-check=0, pre-check=0"),
                      ("Pragma", "no-cache"), ("Vary", "Accept-Encoding")],
    "n": 29,
    "start": dt.date(2023, 4, 3),
    "end": dt.date(2025, 3, 28),
    "hours": (4, 11, 20),
    "policy": POLICY,
    "first_updated": dt.date(2018, 5, 25),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.urar-horvat.hr/index.php/zastita-osobnih-podataka",
        "select": ".item-page",
        "remove": [".article-info", ".item-page .icons"],
    },
}
