"""Kamnoseštvo Lipnik (Slovenian headstone maker, Žalec), Joomla 4 -> 5 with JoomShaper's Helix Ultimate template:
the policy is a com_content article whose info block (author, published date, hits counter) sits inside the
selected `.article-details`."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fwkit as K  # noqa: E402
from fwkit import C  # noqa: E402

POLICY = """
# Politika zasebnosti

Zadnja posodobitev: {UPDATED}

V podjetju Kamnoseštvo Lipnik d.o.o. se zavedamo, da nam osebne podatke zaupate v času, ko se poslavljate od svojih bližnjih. V tej politiki zasebnosti pojasnjujemo, katere osebne podatke obdelujemo, za katere namene in kako dolgo jih hranimo, v skladu s Splošno uredbo o varstvu podatkov (GDPR) in Zakonom o varstvu osebnih podatkov (ZVOP-2).

## Upravljavec osebnih podatkov

@ Kamnoseštvo Lipnik d.o.o.
@ Celjska cesta 27
@ 3310 Žalec
@ Matična številka: 6128541000, ID za DDV: SI48213377

Kontaktni e-naslov za vprašanja glede varstva osebnih podatkov: [zasebnost@kamnosestvo-lipnik.si](mailto:zasebnost@kamnosestvo-lipnik.si), telefon 03 571 24 60.

## Katere podatke obdelujemo in zakaj

| Namen | Osebni podatki | Pravna podlaga |
| Priprava ponudbe za nagrobnik, obnovo ali napis | ime in priimek, telefon, e-naslov, lokacija groba (pokopališče, oddelek, številka groba), fotografije obstoječega groba | ukrepi pred sklenitvijo pogodbe |
| Izdelava in postavitev nagrobnika | ime in priimek ter naslov naročnika, besedilo napisa, imena in letnice pokojnih, fotografija za porcelansko sliko | pogodba |
| Pridobitev soglasja upravljavca pokopališča | ime in priimek najemnika groba, lokacija groba, načrt nagrobnika | pogodba in zakonska obveznost |
| Računovodstvo | podatki na računih in dobavnicah | zakonska obveznost |
| Obveščanje o akcijah in vzdrževanju grobov | e-naslov, ime | privolitev |

Fotografije pokojnih, ki nam jih zaupate za izdelavo porcelanske slike ali gravure, uporabimo izključno za ta namen. Po prevzemu izdelka vam izvirne fotografije vrnemo, digitalne kopije pa izbrišemo v 30 dneh.

## Obdelovalci in uporabniki podatkov

Osebne podatke lahko posredujemo:

- upravljavcem pokopališč (za izdajo soglasja k postavitvi nagrobnika),
- izdelovalcu porcelanskih slik in emajliranih fotogarfij,
- računovodskemu servisu,
- ponudniku gostovanja spletne strani in e-pošte,
- ponudniku storitve za pošiljanje e-novic (Mailchimp, The Rocket Science Group LLC, ZDA), ob uporabi standardnih pogodbenih določil.

Podatkov ne prodajamo in jih ne posredujemo tretjim osebam za njihove trženjske namene.

## Hramba podatkov

Podatke iz povpraševanj, ki niso privedla do naročila, hranimo 1 leto. Pogodbe in podatke o naročilih hranimo 10 let po izvedbi naročila zaradi garancije na nagrobnik in morebitnih kasnejših dopolnitev napisa. Računovodske listine hranimo v rokih, ki jih določa zakonodaja. Podatke, ki jih obdelujemo na podlagi privolitve, hranimo do preklica privolitve.

## Vaše pravice

Imate pravico do dostopa do osebnih podatkov, do popravka, izbrisa in omejitve obdelave, do ugovora in do prenosljivosti podatkov ter pravico, da kadar koli prekličete privolitev. Zahtevo lahko pošljete na zgornji e-naslov ali po pošti na naslov podjetja. Na zahtevo odgovorimo najkasneje v enem mesecu.

Če menite, da obdelava vaših podatkov krši predpise, lahko vložite pritožbo pri Informacijskem pooblaščencu, Dunajska cesta 22, 1000 Ljubljana, [www.ip-rs.si](https://www.ip-rs.si).

## Piškotki

Spletna stran uporablja nujne piškotke za delovanje ter, z vašo privolitvijo, piškotke Google Analytics za merjenje obiska. Piškotke lahko kadar koli izbrišete v nastavitvah brskalnika.
"""

EDITS = [
    {"note": "table row added: 3D visualisation of the headstone",
     "repl": [("| Izdelava in postavitev nagrobnika |",
               "| Izdelava 3D vizualizacije nagrobnika | fotografije groba in okolice, mere groba | ukrepi pred "
               "sklenitvijo pogodbe |\n| Izdelava in postavitev nagrobnika |")]},
    {"note": "typo fixed (fotogarfij), date unchanged", "bump": False,
     "repl": [("emajliranih fotogarfij,", "emajliranih fotografij,")]},
    {"note": "inquiries kept 2 years instead of 1",
     "repl": [("niso privedla do naročila, hranimo 1 leto.", "niso privedla do naročila, hranimo 2 leti.")]},
    {"note": "newsletter processor changed: Mailchimp (USA, SCCs) -> Brevo (France)",
     "repl": [("(Mailchimp, The Rocket Science Group LLC, ZDA), ob uporabi standardnih pogodbenih določil.",
               "(Brevo, Sendinblue SAS, Francija).")]},
    {"note": "registered address changed (workshop moved within Žalec)",
     "repl": [("@ Celjska cesta 27\n", "@ Mariborska cesta 9\n")]},
]


def fmt_date(d):
    return "%d. %s %d" % (d.day, K.MONTHS["sl_gen"][d.month - 1], d.year)


JOOMLA = [(dt.date(2023, 1, 1), "4.2.9", "2.0.12"), (dt.date(2023, 7, 4), "4.3.3", "2.0.13"),
          (dt.date(2023, 10, 24), "4.4.0", "2.0.14"), (dt.date(2024, 1, 15), "4.4.2", "2.0.16"),
          (dt.date(2024, 6, 18), "5.1.1", "2.1.0"), (dt.date(2024, 11, 12), "5.2.1", "2.1.2")]

GALLERY = ["nagrobnik-pohorski-tonalit-01.jpg", "nagrobnik-pohorski-tonalit-02.jpg", "zarni-grob-beli-marmor.jpg",
           "dvojni-grob-impala-granit.jpg", "napis-zlate-crke-obnova.jpg", "nagrobnik-nero-assoluto.jpg",
           "zarni-grob-crni-granit-vaza.jpg", "otroski-grob-svetli-granit.jpg", "nagrobnik-rdeci-granit-zalec.jpg",
           "ciscenje-nagrobnika-pred-po.jpg", "nagrobnik-kamen-podpeski.jpg", "zarni-zid-ploscica-gravura.jpg",
           "nagrobnik-viskont-white.jpg", "spominska-plosca-bron-napis.jpg"]


def _promo(day):
    m, d = day.month, day.day
    if (m, d) >= (9, 15) and (m, d) <= (10, 25):
        return ("spomin", "Za dan spomina na mrtve: naročila za obnovo napisov in čiščenje sprejemamo do 10. oktobra.")
    if (m, d) >= (10, 26) and (m, d) <= (11, 2):
        return ("sobote", "Pred 1. novembrom je delavnica odprta tudi v soboto od 8. do 12. ure.")
    if 3 <= m <= 5:
        return ("pomlad", "Pomladna akcija: 10 % popusta na čiščenje in impregnacijo nagrobnikov.")
    return ("ogled", "Brezplačen ogled groba in izmera na terenu po vsej Savinjski regiji.")


def noise(rng, when, i, prev):
    loc, _ = K.local(when, "cet")
    ver = [v for v in JOOMLA if v[0] <= loc.date()][-1]
    return {
        "token": C.hexs(rng, 32),
        "hits": 1523 + int((loc.date() - dt.date(2023, 4, 1)).days * 3.2) + rng.randint(0, 6),
        "image": rng.choice(GALLERY),
        "promo": _promo(loc.date()),
        "joomla": (ver[1], ver[2], C.det_sha("mediaversion", ver[1])[:32]),
        "year": loc.year,
    }


LABELS = {
    "token": "csrf.token in joomla-script-options (per session)",
    "hits": "article hits counter in the article info block",
    "image": "Random Image module in the sidebar",
    "promo": "top-bar custom module (seasonal notice)",
    "joomla": "Joomla / Helix Ultimate update (media version hash on assets)",
    "year": "footer copyright year",
}

MENU = [("Domov", "/", 101), ("Nagrobniki", "/nagrobniki", 102), ("Žarni grobovi", "/zarni-grobovi", 103),
        ("Napisi in obnova", "/napisi-in-obnova", 104), ("Galerija", "/galerija", 105), ("Cenik", "/cenik", 106),
        ("Kontakt", "/kontakt", 107)]


def _article_body(blocks):
    def table(rows, inl):
        head = "<tr>%s</tr>" % "".join("<th>%s</th>" % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return '<table class="table table-bordered">\n<thead>\n%s\n</thead>\n<tbody>\n%s\n</tbody>\n</table>' % (head, body)

    return K.render_blocks(blocks, table=table,
                           addr=lambda lines, inl: "<p>%s</p>" % "<br>".join(inl(x) for x in lines))


def render(state, blocks, when):
    jver, hver, mv = state["joomla"]
    title, rest = K.title_and_rest(blocks)
    pkey, ptext = state["promo"]
    j5 = jver.startswith("5")
    menu = "".join('<li class="sp-menu-item item-%d"><a href="%s" >%s</a></li>' % (n, u, K.esc(t)) for t, u, n in MENU)
    fa = ('<link href="/media/system/css/joomla-fontawesome.min.css?%s" rel="stylesheet">\n\t' % mv) if j5 else ""
    return """<!doctype html>
<html lang="sl-si" dir="ltr">
	<head>
		
		<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
		<meta charset="utf-8">
	<meta name="author" content="Urednik">
	<meta name="description" content="Kamnoseštvo Lipnik – nagrobniki, žarni grobovi, napisi in obnova nagrobnikov v Savinjski dolini.">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>Politika zasebnosti - Kamnoseštvo Lipnik</title>
	<link href="/images/favicon.png" rel="icon" type="image/vnd.microsoft.icon">
	%(fa)s<link href="/media/vendor/joomla-custom-elements/css/joomla-alert.min.css?0.2.0" rel="stylesheet">
	<link href="/templates/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet">
	<link href="/plugins/system/helixultimate/assets/css/system-j4.min.css" rel="stylesheet">
	<link href="/templates/shaper_helixultimate/css/template.css?%(hver)s" rel="stylesheet">
	<link href="/templates/shaper_helixultimate/css/presets/preset3.css" rel="stylesheet">
	<style>.sp-megamenu-parent > li > a, .sp-megamenu-parent > li > span {font-family: 'Lora', sans-serif;text-decoration: none;}
#sp-top-bar{ background-color:#3b3b3b;color:#f1f1f1; }
</style>
	<script type="application/json" class="joomla-script-options new">{"data":{"breakpoints":{"tablet":991,"mobile":480},"header":{"stickyOffset":"100"}},"joomla.jtext":{"ERROR":"Napaka","MESSAGE":"Sporočilo","NOTICE":"Obvestilo","WARNING":"Opozorilo","JCLOSE":"Zapri","JOK":"V redu","JOPEN":"Odpri"},"system.paths":{"root":"","rootFull":"https:\\/\\/www.kamnosestvo-lipnik.si\\/","base":"","baseFull":"https:\\/\\/www.kamnosestvo-lipnik.si\\/"},"csrf.token":"%(token)s"}</script>
	<script src="/media/system/js/core.min.js?%(mv)s"></script>
	<script src="/media/vendor/bootstrap/js/bootstrap-es5.min.js?5.3.2" nomodule defer></script>
	<script src="/media/system/js/messages-es5.min.js?%(mv)s" nomodule defer></script>
	<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
	<script src="/templates/shaper_helixultimate/js/main.js?%(hver)s"></script>
	<script src="/media/system/js/messages.min.js?%(mv)s" type="module"></script>
	<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"item":{"@id":"https://www.kamnosestvo-lipnik.si/","name":"Domov"}},{"@type":"ListItem","position":2,"item":{"@id":"https://www.kamnosestvo-lipnik.si/politika-zasebnosti","name":"Politika zasebnosti"}}]}</script>
	<script>template="shaper_helixultimate";</script>
	</head>
	<body class="site helix-ultimate hu com_content com-content view-article layout-default task-none itemid-131 sl-si ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">

		
		
		<div class="body-wrapper">
			<div class="body-innerwrapper">
				
	<div class="sticky-header-placeholder"></div>
<div id="sp-top-bar">
	<div class="container">
		<div class="container-inner">
			<div class="row">
				<div id="sp-top1" class="col-lg-6">
					<div class="sp-column text-center text-lg-start">
												<div class="sp-module "><div class="sp-module-content"><div id="mod-custom121" class="mod-custom custom promo-%(pkey)s">
    <p>%(ptext)s</p></div>
</div></div>
					</div>
				</div>

				<div id="sp-top2" class="col-lg-6">
					<div class="sp-column text-center text-lg-end">
						<ul class="sp-contact-info"><li class="sp-contact-phone"><span class="fas fa-phone" aria-hidden="true"></span> <a href="tel:035712460">03 571 24 60</a></li><li class="sp-contact-mobile"><span class="fas fa-mobile-alt" aria-hidden="true"></span> <a href="tel:+38641366220">041 366 220</a></li><li class="sp-contact-email"><span class="far fa-envelope" aria-hidden="true"></span> <a href="mailto:info@kamnosestvo-lipnik.si">info@kamnosestvo-lipnik.si</a></li></ul>					</div>
				</div>
			</div>
		</div>
	</div>
</div>

<header id="sp-header">
	<div class="container">
		<div class="container-inner">
			<div class="row">
				<div id="sp-logo" class="col-auto">
					<div class="sp-column">
						<div class="logo"><a href="/">
				<img class="logo-image  d-none d-lg-inline-block" src="/images/logo-lipnik.png" alt="Kamnoseštvo Lipnik">
						</a></div>					</div>
				</div>
				<div id="sp-menu" class="col-auto flex-auto">
					<div class="sp-column d-flex justify-content-end align-items-center">
						<nav class="sp-megamenu-wrapper d-flex" role="navigation"><a id="offcanvas-toggler" aria-label="Meni" class="offcanvas-toggler-right d-flex d-lg-none" href="#"><div class="burger-icon" aria-hidden="true"><span></span><span></span><span></span></div></a><ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block">%(menu)s</ul></nav>					</div>
				</div>
			</div>
		</div>
	</div>
</header>
			<section id="sp-main-body" >

										<div class="container">
					<div class="container-inner">
						
	
<div class="row">
	
<main id="sp-component" class="col-lg-9 " >
	<div class="sp-column " >
		<div id="system-message-container" aria-live="polite">
	</div>


		
		<div class="article-details " itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="sl-SI">
	
	
					
		
		<div class="article-header">
					<h1 itemprop="headline">
				%(title)s			</h1>
									</div>
		<div class="article-can-edit d-flex flex-wrap justify-content-between">
				</div>
				<div class="article-info">

	
					<span class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person" title="Napisal: Urednik">
				<span itemprop="name">Urednik</span>	</span>
		
		
		
		
					<span class="published" title="Objavljeno: 14. marec 2021">
	<time datetime="2021-03-14T09:12:00+01:00" itemprop="datePublished">
		14. marec 2021	</time>
</span>
				
		
	
			
		
					<span class="hits">
	<meta itemprop="interactionCount" content="UserPageVisits:%(hits)d">
	Zadetkov: %(hits)d</span>
					</div>
		
		
			
		
		
	
	<div itemprop="articleBody">
		%(body)s	</div>

	
	
				
				
		
	

	<div class="article-footer-wrap">
		<div class="article-footer-top">
									<div class="article-social-share">
	<div class="social-share-icon">
		<ul>
											<li>
					<a class="facebook" onClick="window.open('https://www.facebook.com/sharer.php?u=https://www.kamnosestvo-lipnik.si/politika-zasebnosti','Facebook','width=600,height=300,left='+(screen.availWidth/2-300)+',top='+(screen.availHeight/2-150)+''); return false;" href="https://www.facebook.com/sharer.php?u=https://www.kamnosestvo-lipnik.si/politika-zasebnosti" title="Facebook">
						<span class="fab fa-facebook" aria-hidden="true"></span>
					</a>
				</li>
																											<li>
					<a class="whatsapp" href="whatsapp://send?text=https://www.kamnosestvo-lipnik.si/politika-zasebnosti" title="Whatsapp">
						<span class="fab fa-whatsapp" aria-hidden="true"></span>
					</a>
				</li>
											</ul>
		</div>
	</div>
		</div>
			</div>

	
	</div>



			</div>
</main>
<aside id="sp-right" class="col-lg-3 "><div class="sp-column "><div class="sp-module "><h3 class="sp-module-title">Iz naše galerije</h3><div class="sp-module-content"><div class="mod-randomimage random-image">
<a href="/galerija">
	<img width="260" height="347" src="/images/galerija/nagrobniki/%(image)s" alt="%(image)s" loading="lazy">
</a>
</div>
</div></div><div class="sp-module "><h3 class="sp-module-title">Delovni čas</h3><div class="sp-module-content"><div id="mod-custom124" class="mod-custom custom">
    <p>Pon–pet: 7.00–16.00<br>Sobota: po dogovoru<br>Ogled razstavnega prostora tudi izven delovnega časa po predhodnem dogovoru.</p></div>
</div></div></div></aside></div>
											</div>
				</div>
								
			</section>
			
<footer id="sp-footer">
	<div class="container">
		<div class="container-inner">
			<div class="row">
				<div id="sp-footer1" class="col-lg-12">
					<div class="sp-column ">
						<span class="sp-copyright">© %(year)d Kamnoseštvo Lipnik d.o.o. Vse pravice pridržane. <a href="/politika-zasebnosti">Politika zasebnosti</a></span>					</div>
				</div>
			</div>
		</div>
	</div>
</footer>
			</div>
		</div>

		<!-- Off Canvas Menu -->
		<div class="offcanvas-overlay"></div>
		<!-- Rendering the offcanvas style -->
		<!-- If canvas style selected then render the style -->
		<!-- otherwise (for old templates) attach the offcanvas module position -->
					<div class="offcanvas-menu">
	<div class="d-flex align-items-center p-3 pt-4">
				<a href="#" class="close-offcanvas" role="button" aria-label="Zapri meni">
			<div class="burger-icon" aria-hidden="true">
				<span></span>
				<span></span>
				<span></span>
			</div>
		</a>
	</div>
</div>
		
		

		
		<!-- Go to top -->
					<a href="#" class="sp-scroll-up" aria-label="Scroll Up"><span class="fas fa-angle-up" aria-hidden="true"></span></a>
					</body>
</html>""" % {"fa": fa, "hver": hver, "mv": mv, "token": state["token"], "pkey": pkey, "ptext": K.esc(ptext),
              "menu": menu, "title": K.esc(title), "hits": state["hits"], "body": _article_body(rest),
              "image": state["image"], "year": state["year"]}


PAGE = {
    "service": "Kamnosestvo Lipnik",
    "url": "https://www.kamnosestvo-lipnik.si/politika-zasebnosti",
    "lang": "sl",
    "platform": "Joomla 4 -> 5, Helix Ultimate template",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Apache"), ("X-Powered-By", "PHP/8.1.27"),
                      ("Cache-Control", "no-store, no-cache, must-revalidate"), ("Pragma", "no-cache"),
                      ("Expires", "Wed, 17 Aug 2005 00:00:00 GMT")],
    "n": 28,
    "start": dt.date(2023, 4, 10),
    "end": dt.date(2025, 3, 20),
    "hours": (3, 9, 15),
    "policy": POLICY,
    "first_updated": dt.date(2023, 1, 16),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.kamnosestvo-lipnik.si/politika-zasebnosti",
        "select": ".article-details",
        "remove": [".article-info", ".article-footer-wrap"],
    },
}
