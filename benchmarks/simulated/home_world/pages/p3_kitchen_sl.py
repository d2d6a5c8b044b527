"""A Slovenian kitchen studio on Joomla: Protostar on Joomla 3.10, then Cassiopeia on Joomla 4.4 after the upgrade.

The policy is a com_content article. Inside the declared `.item-page` sits the article-info block with the hit
counter (it grows between visits) and the "last modified" stamp (it moves when an editor re-saves the article,
also without a text change): the declaration removes `.article-info`, as a curator would. Around it: the
quote-request form's CSRF token (a hidden input named by the token in 3.10; `csrf.token` in the script options in
4.4), the showroom's open/closed module (by the Ljubljana clock), mod_random_image's kitchen photo (random per
request), the media version query strings, and the Joomla 3 → 4 upgrade (the declaration stays valid: Joomla 4 keeps
the `item-page` class).
"""
import datetime as dt
import html

import common as C

MONTHS_GEN = ["januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta", "septembra",
              "oktobra", "novembra", "decembra"]
MONTHS_NOM = ["januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust", "september", "oktober",
              "november", "december"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS_GEN[d.month - 1], d.year)


POLICY = """# Politika zasebnosti

Zadnja sprememba: {UPDATED}

V podjetju Mlinar kuhinje d.o.o. načrtujemo, izdelujemo in montiramo kuhinje po meri. Pri tem potrebujemo nekatere vaše osebne podatke: za pripravo ponudbe, izmero prostora, izdelavo 3D izrisa, dobavo in montažo ter za reševanje garancijskih zahtevkov. V tej politiki zasebnosti pojasnjujemo, katere podatke obdelujemo, zakaj, kako dolgo jih hranimo in kakšne pravice imate. Podatke obdelujemo v skladu s Splošno uredbo o varstvu podatkov (GDPR) in Zakonom o varstvu osebnih podatkov (ZVOP-2).

## 1. Upravljavec osebnih podatkov

@ Mlinar kuhinje d.o.o.
@ Tržaška cesta 132
@ 1000 Ljubljana
@ Matična številka: 6543218000
@ ID za DDV: SI 48217735
@ E-pošta: zasebnost@kuhinje-mlinar.si

Za vprašanja o varstvu osebnih podatkov nas lahko pokličete na 01 420 55 60 (od ponedeljka do petka med 8. in 16. uro) ali nam pišete na zgornji e-naslov.

## 2. Katere podatke zbiramo in zakaj

### Povpraševanje in ponudba

Ko nam prek obrazca na spletni strani, po e-pošti ali v salonu pošljete povpraševanje, zberemo vaše ime in priimek, e-naslov, telefonsko številko, naslov objekta ter opis želene kuhinje (tloris, mere, želeni materiali in aparati). Te podatke uporabimo za pripravo ponudbe in za dogovor o terminu. Pravna podlaga je izvajanje ukrepov na vašo zahtevo pred sklenitvijo pogodbe.

### Izmera na domu in 3D izris

Za natančno ponudbo naš svetovalec pride na izmero. Zapišemo mere prostora, položaj priključkov za vodo, elektriko in odvod ter po potrebi fotografiramo prostor. Fotografije uporabljamo samo za načrtovanje vaše kuhinje in jih ne objavljamo brez vašega izrecnega pisnega soglasja.

### Pogodba, dobava in montaža

Ob sklenitvi pogodbe obdelujemo podatke, ki so potrebni za izdelavo, dobavo, montažo in izdajo računa. Monterjem posredujemo vaše ime, naslov in telefonsko številko ter podatke o terminu montaže. Pri plačilu na obroke posredujemo podatke izbrani banki ali leasing hiši, ki za odobritev kredita kot samostojni upravljavec pridobi še druge podatke.

### Reference

Če se strinjate, lahko fotografije vaše nove kuhinje objavimo med referencami na spletni strani in na družbenih omrežjih. Na fotografijah ni razviden vaš naslov, ljudje pa niso prepoznavni. Soglasje lahko kadar koli prekličete in fotografije bomo v 14 dneh odstranili.

### Garancija in reklamacije

Na kuhinje dajemo 5-letno garancijo. Za uveljavljanje garancijkih zahtevkov hranimo pogodbo, račun, načrt kuhinje in zapisnik o prevzemu.

### Obisk salona

V razstavnem salonu se lahko dogovorite za brezplačno svetovanje. Termin si lahko rezervirate tudi prek spletnega obrazca, pri čemer potrebujemo vaše ime, telefonsko številko in želeni termin. Podatke o terminu izbrišemo 3 mesece po obisku, razen če na njihovi podlagi pripravimo ponudbo.

### Dnevi odprtih vrat in nagradne igre

Ob dnevih odprtih vrat občasno organiziramo nagradne igre. Za sodelovanje potrebujemo vaše ime, priimek in kontakt, za prevzem nagrade, vredne več kot 42 evrov, pa tudi davčno številko, saj moramo nagrado prijaviti davčnemu organu. Pravila posamezne nagradne igre so objavljena na spletni strani.

### E-novice

Če se naročite na e-novice, vam občasno pošljemo novosti o materialih, akcijah in dnevih odprtih vrat v salonu. Soglasje lahko kadar koli prekličete s klikom na povezavo v vsakem sporočilu.

## 3. Roki hrambe

| Vrsta podatkov | Rok hrambe |
| Povpraševanja in ponudbe, ki niso vodile do pogodbe | 2 leti od izdaje ponudbe |
| Pogodbe, načrti kuhinj in zapisniki o prevzemu | 10 let po izteku garancije |
| Računi in knjigovodske listine | 10 let po koncu poslovnega leta |
| Fotografije prostora z izmere | do zaključka montaže, nato jih izbrišemo |
| E-naslovi za e-novice | do preklica soglasja |

Po izteku rokov hrambe podatke izbrišemo ali anonimiziramo. Papirne dokumente uničimo tako, da jih ni mogoče obnoviti.

## 4. Komu posredujemo podatke

Vaših podatkov ne prodajamo. Posredujemo jih le zunanjim izvajalcem, ki za nas opravljajo posamezne storitve in so z nami sklenili pogodbo o obdelavi osebnih podatkov:

| Obdelovalec | Storitev | Sedež |
| PRO-MONT d.o.o. | montaža kuhinj in priklop aparatov | Ljubljanska cesta 44, 1236 Trzin |
| Microsoft Ireland Operations Ltd. | e-pošta in shranjevanje dokumentov (Microsoft 365) | Dublin, Irska |
| The Rocket Science Group LLC (Mailchimp) | pošiljanje e-novic | Atlanta, ZDA |
| Gostovanje Plus d.o.o. | gostovanje spletne strani | Celovška cesta 150, 1000 Ljubljana |

Z vsemi obdelovalci imamo sklenjene pisne pogodbe, ki zagotavljajo enako raven varstva podatkov, kot jo zagotavljamo sami. Podatkov ne prenašamo v tretje države, razen če je zagotovljena ustrezna raven varstva, na primer na podlagi sklepa Evropske komisije ali standardnih pogodbenih določil.

Podatke posredujemo tudi proizvajalcem vgradnih aparatov, kadar je treba uveljavljati garancijo za aparat, ter državnim organom, kadar to zahteva zakon.

## 5. Piškotki

Naša spletna stran uporablja nujne piškotke, ki omogočajo delovanje obrazcev in zapomnijo vaše nastavitve piškotkov. Analitične piškotke (Google Analytics) namestimo le, če v pasici za piškotke to dovolite. Izbiro lahko kadar koli spremenite s klikom na povezavo »Nastavitve piškotkov« v nogi strani.

## 6. Vaše pravice

V zvezi z obdelavo osebnih podatkov imate pravico:

- do dostopa do svojih osebnih podatkov in do kopije podatkov;
- do popravka netočnih podatkov;
- do izbrisa podatkov, kadar za njihovo obdelavo ni več pravne podlage;
- do omejitve obdelave;
- do prenosljivosti podatkov;
- do ugovora obdelavi, ki temelji na zakonitem interesu;
- da kadar koli prekličete soglasje, ne da bi to vplivalo na zakonitost obdelave pred preklicem.

Zahtevo nam pošljite na zasebnost@kuhinje-mlinar.si ali po pošti na naslov podjetja. Odgovorili vam bomo najpozneje v enem mesecu. Pred izpolnitvijo zahteve vas lahko prosimo, da potrdite svojo identiteto. Uveljavljanje pravic je brezplačno.

Če menite, da vaše podatke obdelujemo nezakonito, lahko vložite pritožbo pri nadzornem organu:

@ Informacijski pooblaščenec Republike Slovenije
@ Dunajska cesta 22
@ 1000 Ljubljana
@ E-pošta: gp.ip@ip-rs.si
@ Telefon: 01 230 97 30

## 7. Spremembe politike zasebnosti

Politiko zasebnosti bomo po potrebi posodobili. Veljavna različica je vedno objavljena na tej strani. O bistvenih spremembah bomo stranke z veljavno pogodbo obvestili po e-pošti."""

EDITS = [
    {"note": "typo fixed: 'garancijkih' → 'garancijskih' (no date bump)",
     "repl": [("Za uveljavljanje garancijkih zahtevkov", "Za uveljavljanje garancijskih zahtevkov")], "bump": False},
    {"note": "quote requests without a contract kept 1 year instead of 2",
     "repl": [("| 2 leti od izdaje ponudbe |", "| 1 leto od izdaje ponudbe |")]},
    {"note": "Pipedrive CRM added to the processors table",
     "repl": [("| Gostovanje Plus d.o.o. | gostovanje spletne strani | Celovška cesta 150, 1000 Ljubljana |",
               "| Gostovanje Plus d.o.o. | gostovanje spletne strani | Celovška cesta 150, 1000 Ljubljana |\n"
               "| Pipedrive OÜ | vodenje povpraševanj in ponudb (CRM) | Mustamäe tee 3a, 10615 Talin, Estonija |")]},
    {"note": "new section on video surveillance in the showroom added (sections renumbered)",
     "repl": [("## 5. Piškotki", "## 5. Videonadzor v salonu\n\n"
               "Razstavni salon na Tržaški cesti je zaradi varovanja ljudi in premoženja pod videonadzorom. Kamere "
               "snemajo vhod, razstavni prostor in parkirišče, ne pa tudi prostora za svetovanje. Posnetke hranimo "
               "največ 30 dni, nato se samodejno izbrišejo. Obvestilo o videonadzoru je nameščeno ob vhodu v salon.\n\n"
               "## 6. Piškotki"),
              ("## 6. Vaše pravice", "## 7. Vaše pravice"),
              ("## 7. Spremembe politike zasebnosti", "## 8. Spremembe politike zasebnosti")]},
    {"note": "phone number and office hours for privacy questions changed",
     "repl": [("na 01 420 55 60 (od ponedeljka do petka med 8. in 16. uro)",
               "na 01 420 55 75 (od ponedeljka do četrtka med 9. in 15. uro)")]},
]

J4_SINCE = dt.datetime(2023, 11, 22)
IMAGES = ["kuhinja-%02d.jpg" % k for k in range(1, 19)]


def _local(when):
    return when + dt.timedelta(hours=2 if 4 <= when.month <= 10 else 1)


def noise(rng, when, i, prev):
    p = prev or {}
    j4 = when >= J4_SINCE
    st = {}
    st["joomla"] = ("4.4.%d" % min(3 + max(0, (when - J4_SINCE).days // 120), 13)) if j4 else "3.10.%d" % (
        9 if when < dt.datetime(2023, 1, 10) else 11)
    # Joomla's media version changes with every update of the core (and when an extension is installed)
    same = p.get("mediaversion") if p.get("joomla") == st["joomla"] else None
    st["mediaversion"] = C.keep_or(rng, same, 0.05, lambda: C.hexs(rng, 32 if not j4 else 20))
    st["token"] = C.hexs(rng, 32)
    base_hits = 1480 + int((when - dt.datetime(2022, 3, 1)).days * 5.3)
    st["hits"] = base_hits + rng.randint(0, 40)
    # an editor re-saves the article now and then (category, metadata, an image alt): the stamp moves
    st["resave"] = C.keep_or(rng, p.get("resave"), 0.12,
                             lambda: (when - dt.timedelta(days=rng.randint(1, 25),
                                                          minutes=rng.randint(0, 600))).replace(microsecond=0))
    loc = _local(when)
    wd = loc.weekday()
    if wd == 6:
        st["open"] = ("closed", "Zaprto · odpremo v ponedeljek ob 9.00")
    elif wd == 5:
        st["open"] = ("open", "Odprto do 13.00") if 9 <= loc.hour < 13 else ("closed", "Zaprto · odpremo v ponedeljek ob 9.00")
    else:
        st["open"] = ("open", "Odprto do 19.00") if 9 <= loc.hour < 19 else (
            "closed", "Zaprto · odpremo jutri ob 9.00" if loc.hour >= 19 else "Zaprto · odpremo danes ob 9.00")
    st["image"] = rng.choice(IMAGES)
    return st


LABELS = {"joomla": "Joomla version (3.10 → 4.4 upgrade)", "mediaversion": "media version query strings",
          "token": "CSRF token (form token / csrf.token)", "hits": "article hit counter (inside .item-page)",
          "resave": "article modified stamp (inside .item-page)", "open": "showroom open/closed module",
          "image": "mod_random_image kitchen photo"}

MENU = [("Domov", "/", 101), ("Kuhinje po meri", "/kuhinje-po-meri", 102), ("Reference", "/reference", 103),
        ("3D načrtovalnik", "/3d-nacrtovalnik", 104), ("Aparati", "/aparati", 105), ("O nas", "/o-nas", 106),
        ("Kontakt", "/kontakt", 107)]


def _body(blocks):
    return C.blocks_html(blocks[1:], sep="\n")


def _modified(st, updated_dt):
    return max(st["resave"], updated_dt)


def _updated(blocks):
    # the date line's date back as a datetime (the article's real last save of its text)
    import re
    m = re.search(r"(\d+)\. (\w+) (\d{4})", blocks[1][1])
    return dt.datetime(int(m.group(3)), MONTHS_GEN.index(m.group(2)) + 1, int(m.group(1)), 10, 12, 31)


def render(st, blocks, when):
    title = blocks[0][1]
    body = _body(blocks)
    mod = _modified(st, _updated(blocks))
    j4 = st["joomla"].startswith("4")
    mv = st["mediaversion"]
    tok = st["token"]
    ostate, otext = st["open"]
    if not j4:
        menu = "\n".join('<li class="item-%d%s"><a href="%s" >%s</a></li>' % (
            n, " default" if n == 101 else "", u, html.escape(t)) for t, u, n in MENU)
        return """<!DOCTYPE html>
<html lang="sl-si" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="https://www.kuhinje-mlinar.si/politika-zasebnosti" />
	<meta name="keywords" content="kuhinje po meri, kuhinje Ljubljana, izris kuhinje" />
	<meta name="author" content="Administrator" />
	<meta name="description" content="Kuhinje po meri iz Ljubljane: načrtovanje, izdelava in montaža." />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>Politika zasebnosti - Kuhinje Mlinar</title>
	<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/templates/protostar/css/template.css?%(mv)s" rel="stylesheet" />
	<link href="/media/plg_system_cookiehint/css/style.css?%(mv)s" rel="stylesheet" />
	<style>
#redim-cookiehint-bottom {position: fixed; z-index: 99999; left: 0px; right: 0px; bottom: 0px; top: auto !important;}
	</style>
	<script src="/media/jui/js/jquery.min.js?%(mv)s"></script>
	<script src="/media/jui/js/jquery-noconflict.js?%(mv)s"></script>
	<script src="/media/jui/js/jquery-migrate.min.js?%(mv)s"></script>
	<script src="/media/system/js/caption.js?%(mv)s"></script>
	<script src="/media/jui/js/bootstrap.min.js?%(mv)s"></script>
	<script src="/templates/protostar/js/template.js?%(mv)s"></script>
	<script>
jQuery(window).on('load',  function() {
				new JCaption('img.caption');
			});
	</script>
	<script async src="https://www.googletagmanager.com/gtag/js?id=G-8LQ2W3ZK1M"></script>
	<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('consent', 'default', {'analytics_storage': 'denied'}); gtag('js', new Date()); gtag('config', 'G-8LQ2W3ZK1M');</script>
</head>
<body class="site com_content view-article no-layout no-task itemid-118">
	<div class="body" id="top">
		<div class="container">
			<header class="header" role="banner">
				<div class="header-inner clearfix">
					<a class="brand pull-left" href="/">
						<img src="https://www.kuhinje-mlinar.si/images/logo-mlinar.png" alt="Kuhinje Mlinar" />											</a>
					<div class="header-search pull-right">
						<div class="custom salon-status"  >
	<p class="salon-%(ostate)s"><span class="salon-label">Salon Tržaška 132:</span> <strong>%(otext)s</strong></p></div>
					</div>
				</div>
			</header>
			<nav class="navigation" role="navigation">
				<div class="navbar pull-left">
					<a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse">
						<span class="element-invisible">Preklopi navigacijo</span>
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
					<div id="system-message-container">
	</div>
					<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="sl-SI" />
		<div class="page-header">
		<h2 itemprop="headline">
			%(title)s		</h2>
							</div>
				<dl class="article-info muted">
			<dt class="article-info-term">
									Podrobnosti							</dt>
										<dd class="modified">
				<span class="icon-calendar" aria-hidden="true"></span>
				<time datetime="%(mod_iso)s" itemprop="dateModified">
					Zadnja posodobitev: %(mod_txt)s				</time>
			</dd>
											<dd class="hits">
					<span class="icon-eye-open" aria-hidden="true"></span>
					<meta itemprop="interactionCount" content="UserPageVisits:%(hits)d" />
					Zadetkov: %(hits)d			</dd>
						</dl>
								<div itemprop="articleBody">
		%(body)s 	</div>
							</div>
				</main>
				<div id="aside" class="span3">
					<div class="well "><h3 class="page-header">Brezplačen izris kuhinje</h3><form action="/politika-zasebnosti" method="post" id="mlinar-izris" class="form-vertical">
	<div class="control-group"><label for="izris-ime">Ime in priimek</label><input id="izris-ime" type="text" name="jform[ime]" class="inputbox" required /></div>
	<div class="control-group"><label for="izris-tel">Telefon</label><input id="izris-tel" type="tel" name="jform[telefon]" class="inputbox" required /></div>
	<div class="control-group"><label for="izris-opis">Kratek opis prostora</label><textarea id="izris-opis" name="jform[opis]" rows="3"></textarea></div>
	<input type="hidden" name="option" value="com_mlinarforms" /><input type="hidden" name="task" value="izris.submit" />
	<input type="hidden" name="%(tok)s" value="1" />	<button type="submit" class="btn btn-primary">Pošlji povpraševanje</button>
</form></div><div class="well "><h3 class="page-header">Naše kuhinje</h3><div class="random-image">
<a href="/reference">
	<img src="/images/reference/%(img)s" alt="%(img)s" width="260" height="173" /></a>
</div>
</div>
				</div>
			</div>
		</div>
	</div>
	<footer class="footer" role="contentinfo">
		<div class="container">
			<hr />
			<div class="custom"  >
	<p>Mlinar kuhinje d.o.o. · Tržaška cesta 132, 1000 Ljubljana · 01 420 55 50 · info@kuhinje-mlinar.si</p>
<p><a href="/splosni-pogoji">Splošni pogoji</a> · <a href="/politika-zasebnosti">Politika zasebnosti</a> · <a href="#" class="cookiehint-settings">Nastavitve piškotkov</a></p></div>
			<p class="pull-right">
				<a href="#top" id="back-top">
					Nazaj na vrh				</a>
			</p>
			<p>
				&copy; %(year)d Kuhinje Mlinar			</p>
		</div>
	</footer>
	<div id="redim-cookiehint-bottom"><div id="redim-cookiehint"><div class="cookiehead"><span class="headline">Piškotki</span></div><div class="cookiecontent"><p>Spletna stran uporablja piškotke za analitiko obiska. Več v politiki zasebnosti.</p></div><div class="cookiebuttons"><a id="cookiehintsubmit" href="https://www.kuhinje-mlinar.si/politika-zasebnosti?rCH=2" class="btn">Sprejmi</a><a id="cookiehintsubmitno" href="https://www.kuhinje-mlinar.si/politika-zasebnosti?rCH=-2" class="btn">Zavrni</a><div class="text-center" id="cookiehintinfo"></div></div><div class="clr"></div></div></div>
</body>
</html>
""" % {"mv": mv, "ostate": ostate, "otext": html.escape(otext), "menu": menu, "title": html.escape(title),
           "mod_iso": mod.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
           "mod_txt": "%02d %s %d" % (mod.day, MONTHS_NOM[mod.month - 1], mod.year),
           "hits": st["hits"], "body": body, "tok": tok, "img": st["image"],
           "year": when.year}
    menu = "\n".join('<li class="nav-item item-%d%s"><a href="%s" >%s</a></li>' % (
        n, " default" if n == 101 else "", u, html.escape(t)) for t, u, n in MENU)
    return """<!DOCTYPE html>
<html lang="sl-si" dir="ltr">

<head>
    <meta charset="utf-8">
	<meta name="author" content="Administrator">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="Kuhinje po meri iz Ljubljane: načrtovanje, izdelava in montaža.">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>Politika zasebnosti - Kuhinje Mlinar</title>
	<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
	<link href="/media/system/css/joomla-fontawesome.min.css?%(mv)s" rel="lazy-stylesheet"><noscript><link href="/media/system/css/joomla-fontawesome.min.css?%(mv)s" rel="stylesheet"></noscript>
	<link href="/media/templates/site/cassiopeia/css/template.min.css?%(mv)s" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?%(mv)s" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/user.css?%(mv)s" rel="stylesheet">
	<style>:root {
		--hue: 24;
		--template-bg-light: #f4f1ec;
		--template-text-dark: #2b2520;
		--template-special-color: #6b4a2f;
	}</style>
	<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Napaka","MESSAGE":"Sporočilo","NOTICE":"Obvestilo","WARNING":"Opozorilo","JCLOSE":"Zapri","JOK":"V redu","JOPEN":"Odpri"},"system.paths":{"root":"","rootFull":"https:\\/\\/www.kuhinje-mlinar.si\\/","base":"","baseFull":"https:\\/\\/www.kuhinje-mlinar.si\\/"},"csrf.token":"%(tok)s"}</script>
	<script src="/media/system/js/core.min.js?%(mv)s"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?%(mv)s" defer></script>
	<script src="/media/system/js/messages.min.js?%(mv)s" type="module"></script>
	<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"https://www.kuhinje-mlinar.si/#/schema/Organization/base","name":"Kuhinje Mlinar","url":"https://www.kuhinje-mlinar.si/"},{"@type":"WebSite","@id":"https://www.kuhinje-mlinar.si/#/schema/WebSite/base","url":"https://www.kuhinje-mlinar.si/","name":"Kuhinje Mlinar","publisher":{"@id":"https://www.kuhinje-mlinar.si/#/schema/Organization/base"}},{"@type":"WebPage","@id":"https://www.kuhinje-mlinar.si/#/schema/WebPage/base","url":"https://www.kuhinje-mlinar.si/politika-zasebnosti","name":"Politika zasebnosti - Kuhinje Mlinar","isPartOf":{"@id":"https://www.kuhinje-mlinar.si/#/schema/WebSite/base"},"about":{"@id":"https://www.kuhinje-mlinar.si/#/schema/Organization/base"},"inLanguage":"sl-SI"},{"@type":"Article","@id":"https://www.kuhinje-mlinar.si/#/schema/com_content/article/14","name":"Politika zasebnosti","headline":"Politika zasebnosti","inLanguage":"sl-SI","dateModified":"%(mod_iso)s","interactionStatistic":{"@type":"InteractionCounter","userInteractionCount":%(hits)d},"isPartOf":{"@id":"https://www.kuhinje-mlinar.si/#/schema/WebPage/base"}}]}</script>
	<script async src="https://www.googletagmanager.com/gtag/js?id=G-8LQ2W3ZK1M"></script>
	<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('consent', 'default', {'analytics_storage': 'denied'}); gtag('js', new Date()); gtag('config', 'G-8LQ2W3ZK1M');</script>
</head>

<body class="site com_content wrapper-static view-article no-layout no-task itemid-118 has-sidebar-right">
    <header class="header container-header full-width">
                    <div class="container-topbar">
            <div class="moduletable salon-status">
        <p class="salon-%(ostate)s"><span class="salon-label">Salon Tržaška 132:</span> <strong>%(otext)s</strong></p></div>
            </div>
                <div class="grid-child">
            <div class="navbar-brand">
                <a class="brand-logo" href="/">
                    <img loading="eager" decoding="async" src="https://www.kuhinje-mlinar.si/images/logo-mlinar.svg" alt="Kuhinje Mlinar" width="220" height="48">                </a>
                            </div>
        </div>
                    <div class="grid-child container-nav">
                <nav class="navbar navbar-expand-md" aria-label="Glavni meni">
    <button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Preklopi navigacijo">
        <span class="icon-menu" aria-hidden="true"></span>
    </button>
    <div class="collapse navbar-collapse" id="navbar1">
        <ul class="mod-menu mod-list nav ">
%(menu)s</ul>
    </div>
</nav>
            </div>
            </header>

    <div class="site-grid">
        <div class="grid-child container-component">
            <div id="system-message-container" aria-live="polite"></div>

            <main>
                <div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
    <meta itemprop="inLanguage" content="sl-SI">
        <div class="page-header">
        <h1 itemprop="headline">
            %(title)s        </h1>
                            </div>
                    <dl class="article-info text-muted">
            <dt class="article-info-term">
                        Podrobnosti                    </dt>
                    <dd class="modified">
    <span class="icon-calendar icon-fw" aria-hidden="true"></span>
    <time datetime="%(mod_iso)s" itemprop="dateModified">
        Posodobljeno: %(mod_txt4)s    </time>
</dd>
                    <dd class="hits">
    <span class="icon-eye icon-fw" aria-hidden="true"></span>
    <meta itemprop="interactionCount" content="UserPageVisits:%(hits)d">
    Zadetkov: %(hits)d</dd>
            </dl>
                    <div itemprop="articleBody" class="com-content-article__body">
        %(body)s     </div>
                                </div>

            </main>
        </div>
        <div class="grid-child container-sidebar-right">
            <div class="sidebar-right card ">
            <h3 class="card-header ">Brezplačen izris kuhinje</h3>        <div class="card-body">
                <form action="/politika-zasebnosti" method="post" id="mlinar-izris" class="form-vertical">
	<div class="control-group"><label for="izris-ime">Ime in priimek</label><input id="izris-ime" type="text" name="jform[ime]" class="form-control" required></div>
	<div class="control-group"><label for="izris-tel">Telefon</label><input id="izris-tel" type="tel" name="jform[telefon]" class="form-control" required></div>
	<div class="control-group"><label for="izris-opis">Kratek opis prostora</label><textarea id="izris-opis" name="jform[opis]" rows="3" class="form-control"></textarea></div>
	<input type="hidden" name="option" value="com_mlinarforms"><input type="hidden" name="task" value="izris.submit">
	<input type="hidden" name="%(tok)s" value="1">	<button type="submit" class="btn btn-primary">Pošlji povpraševanje</button>
</form>    </div>
</div>
<div class="sidebar-right card ">
            <h3 class="card-header ">Naše kuhinje</h3>        <div class="card-body">
                <div class="mod-randomimage random-image">
    <a href="/reference">
        <img src="/images/reference/%(img)s" alt="%(img)s" width="260" height="173" loading="lazy">    </a>
</div>
    </div>
</div>

        </div>
    </div>

    <footer class="container-footer footer full-width">
        <div class="grid-child">
            <div class="mod-custom custom">
    <p>Mlinar kuhinje d.o.o. · Tržaška cesta 132, 1000 Ljubljana · 01 420 55 50 · info@kuhinje-mlinar.si</p>
<p><a href="/splosni-pogoji">Splošni pogoji</a> · <a href="/politika-zasebnosti">Politika zasebnosti</a> · <a href="#" class="cookiehint-settings">Nastavitve piškotkov</a></p></div>

        </div>
    </footer>

            <a href="#top" id="back-top" class="back-to-top-link" aria-label="Nazaj na vrh">
            <span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
        </a>
    <div id="redim-cookiehint-bottom"><div id="redim-cookiehint"><div class="cookiehead"><span class="headline">Piškotki</span></div><div class="cookiecontent"><p>Spletna stran uporablja piškotke za analitiko obiska. Več v politiki zasebnosti.</p></div><div class="cookiebuttons"><a id="cookiehintsubmit" href="https://www.kuhinje-mlinar.si/politika-zasebnosti?rCH=2" class="btn">Sprejmi</a><a id="cookiehintsubmitno" href="https://www.kuhinje-mlinar.si/politika-zasebnosti?rCH=-2" class="btn">Zavrni</a><div class="text-center" id="cookiehintinfo"></div></div><div class="clr"></div></div></div>
</body>
</html>
""" % {"mv": mv, "ostate": ostate, "otext": html.escape(otext), "menu": menu, "title": html.escape(title),
       "mod_iso": mod.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
       "mod_txt4": "%d. %s %d" % (mod.day, MONTHS_NOM[mod.month - 1], mod.year),
       "hits": st["hits"], "body": body, "tok": tok, "img": st["image"]}


PAGE = {
    "service": "Kuhinje Mlinar",
    "url": "https://www.kuhinje-mlinar.si/politika-zasebnosti",
    "lang": "sl",
    "platform": "Joomla 3.10 (Protostar) → Joomla 4.4 (Cassiopeia)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Apache"), ("X-Powered-By", "PHP/8.1.27"), ("Expires", "Wed, 17 Aug 2005 00:00:00 GMT"),
                      ("Cache-Control", "no-store, no-cache, must-revalidate, post-check=0, pre-check=0"),
                      ("Pragma", "no-cache")],
    "n": 30,
    "start": dt.date(2022, 4, 11),
    "end": dt.date(2025, 3, 28),
    "hours": (7, 13),
    "policy": POLICY,
    "first_updated": dt.date(2022, 3, 2),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.kuhinje-mlinar.si/politika-zasebnosti",
                    "select": ".item-page", "remove": ".article-info"},
}
