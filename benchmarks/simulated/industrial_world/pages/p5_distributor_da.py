"""Kjærgaard Industri A/S (industrial wholesaler with a web catalogue, Vejle), Danish: SAP Commerce Cloud (Hybris)
B2B accelerator storefront. jsessionid in every template link (the crawler has no cookie), CSRFToken per visit,
same-day dispatch cut-off countdown, weekly offer. The policy is a CMSParagraphComponent."""
import datetime as dt
import html

import common as C

URL = "https://www.kjaergaard-industri.dk/da/privatlivspolitik"
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]

POLICY = """# Privatlivspolitik

Senest opdateret: {UPDATED}

Hos Kjærgaard Industri A/S tager vi beskyttelsen af dine personoplysninger alvorligt. Som teknisk grossist leverer vi værktøj, maskiner, sikkerhedsudstyr, forbrugsvarer og reservedele til virksomheder i hele Danmark, og langt de fleste af vores kunder er virksomheder. Vi behandler derfor primært oplysninger om kontaktpersoner hos vores kunder og leverandører samt om brugere af vores webshop. I denne privatlivspolitik kan du læse, hvilke oplysninger vi behandler, hvorfor vi gør det, og hvilke rettigheder du har.

## 1. Dataansvarlig

Den dataansvarlige for behandlingen af dine personoplysninger er:

@ Kjærgaard Industri A/S
@ Industrivej 14
@ 7100 Vejle
@ CVR-nr.: 12 34 56 78
@ Telefon: 76 40 22 00
@ E-mail: [persondata@kjaergaard-industri.dk](mailto:persondata@kjaergaard-industri.dk)

## 2. Hvilke oplysninger behandler vi?

Vi behandler følgende kategorier af almindelige personoplysninger:

- navn, titel, arbejdsgiver, arbejdsadresse, arbejdstelefon og arbejds-e-mail,
- brugernavn, adgangskode (krypteret) og roller i webshoppen, herunder indkøbsgrænser og godkendelsesflow,
- ordre-, leverings- og returoplysninger, herunder leveringsadresse og rekvisitionsnummer,
- oplysninger om betaling og kredit for enkeltmandsvirksomheder,
- henvendelser til kundeservice, serviceværksted og teknisk rådgivning,
- oplysninger om din brug af webshoppen, fx søgninger, viste varer og gemte indkøbslister.

Vi behandler ikke følsomme personoplysninger eller CPR-numre.

Oplysningerne modtager vi som regel fra dig selv eller fra din arbejdsgiver, når virksomheden opretter dig som bruger af webshoppen eller som kontaktperson. Kreditoplysninger om enkeltmandsvirksomheder indhenter vi fra kreditoplysningsbureauer, og offentligt tilgængelige virksomhedsoplysninger henter vi fra CVR-registeret.

## 3. Formål, retsgrundlag og opbevaring

| Formål | Retsgrundlag | Opbevaring |
| Oprettelse og administration af kundekonto i webshoppen | GDPR art. 6, stk. 1, litra b og f | så længe kontoen er aktiv og 3 år derefter |
| Behandling af ordrer, levering, returvarer og reklamationer | GDPR art. 6, stk. 1, litra b | 5 år fra udgangen af regnskabsåret |
| Kreditvurdering af enkeltmandsvirksomheder | GDPR art. 6, stk. 1, litra f | så længe kundeforholdet består |
| Nyhedsbreve og tilbud | samtykke, jf. markedsføringslovens § 10 og GDPR art. 6, stk. 1, litra a | indtil du afmelder dig; inaktive modtagere slettes efter 24 måneder |
| Kundeservice og teknisk rådgivning | GDPR art. 6, stk. 1, litra b og f | 2 år efter sagens afslutning |
| Statistik og forbedring af webshoppen | samtykke via cookiebanneret | 13 måneder |

Vores legitime interesse er at kunne administrere kundeforholdet med virksomheder, forebygge misbrug af kredit og forbedre vores sortiment og webshop.

Vi træffer ikke afgørelser udelukkende på grundlag af automatisk behandling. Kreditgrænser for nye kunder fastsættes altid af en medarbejder i vores kreditafdeling, også når vurderingen tager udgangspunkt i oplysninger fra et kreditoplysningsbureau.

## 4. Modtagere og databehandlere

Vi videregiver dine oplysninger til fragtfirmaer, når det er nødvendigt for at levere dine varer, og til leverandører, hvis en reklamation skal behandles af producenten. Vi bruger desuden følgende databehandlere, som kun må behandle oplysningerne efter vores instruks:

| Databehandler | Opgave | Land |
| SAP Deutschland SE & Co. KG | drift af webshoppen (SAP Commerce Cloud) | Tyskland |
| Microsoft Ireland Operations Ltd. | hosting (Azure), e-mail og Office 365 | Irland |
| Cybot A/S | samtykkestyring (Cookiebot) | Danmark |
| PostNord Danmark A/S og GLS Denmark A/S | levering af pakker og paller | Danmark |
| Creditsafe Danmark ApS | kreditoplysninger | Danmark |

## 5. Overførsel til lande uden for EU/EØS

Vi overfører som udgangspunkt ikke personoplysninger til lande uden for EU/EØS. Hvis en databehandler eller underdatabehandler undtagelsesvis tilgår oplysninger fra et tredjeland, sker det på grundlag af EU-Kommissionens standardkontraktbestemmelser eller en afgørelse om tilstrækkeligt beskyttelsesniveau. Du kan få en kopi af de relevante standardkontraktbestemmelser ved at kontakte os på ovenstående e-mailadresse.

## 6. Cookies

Vi bruger cookies i webshoppen. Nødvendige cookies, fx til din indkøbskurv og dit login, sætter vi uden samtykke. Statistik- og marketingcookies sætter vi kun, hvis du har givet samtykke i cookiebanneret. Du kan til enhver tid ændre eller trække dit samtykke tilbage via linket „Cookieindstillinger“ nederst på siden.

På siden med cookieindstillinger kan du se en fuldstændig og løbende opdateret oversigt over de cookies, vi bruger, hvem der sætter dem, hvad de bruges til, og hvor længe de gemmes på din computer eller mobil.

## 7. Dine rettigheder

Efter databeskyttelsesforordningen har du en række rettigheder:

- ret til at få indsigt i de oplysninger, vi behandler om dig,
- ret til at få urigtige oplysninger berigtiget,
- ret til at få oplysninger slettet,
- ret til begrænsning af behandlingen,
- ret til dataportabilitet,
- ret til at gøre indsigelse mod behandling, der sker på grundlag af vores legitime interesse,
- ret til at trække et samtykke tilbage med virkning for fremtiden.

Hvis du vil gøre brug af dine rettigheder, skal du kontakte os på [persondata@kjaergaard-industri.dk](mailto:persondata@kjaergaard-industri.dk). Vi svarer senest en måned efter, at vi har modtaget din henvendelse. Du kan læse mere om dine rettigheder i Datatilsynets vejledning om de registreredes rettigheder på [www.datatilsynet.dk](https://www.datatilsynet.dk).

## 8. Klage til Datatilsynet

Du har ret til at indgive en klage til Datatilsynet, hvis du er utilfreds med den måde, vi behandler dine personoplysninger på:

@ Datatilsynet
@ Carl Jacobsens Vej 35
@ 2500 Valby
@ Telefon: 33 19 32 00
@ E-mail: [dt@datatilsynet.dk](mailto:dt@datatilsynet.dk)

## 9. Sikkerhed

Vi har truffet passende tekniske og organisatoriske foranstaltninger mod, at dine oplysninger hændeligt eller ulovligt bliver slettet, offentliggjort, fortabt, forringet eller kommer til uvedkommendes kendskab. Webshoppen anvender krypteret forbindelse, adgang til kundedata er begrænset til medarbejdere med et arbejdsbetinget behov, og vores systemer overvåges løbende. Hvis der alligevel sker et brud på persondatasikkerheden, som indebærer en høj risiko for dig, giver vi dig besked hurtigst muligt. Vi opdaterer denne privatlivspolitik, når der sker ændringer i vores behandling af personoplysninger.
"""

EDITS = [
    {"note": "newsletter inactivity deletion: 24 -> 12 months",
     "repl": [("inaktive modtagere slettes efter 24 måneder", "inaktive modtagere slettes efter 12 måneder")]},
    {"note": "processor added to the table (Salesforce Marketing Cloud)",
     "repl": [("| Creditsafe Danmark ApS | kreditoplysninger | Danmark |",
               "| Creditsafe Danmark ApS | kreditoplysninger | Danmark |\n"
               "| Salesforce.com Germany GmbH | udsendelse af nyhedsbreve (Marketing Cloud) | Tyskland |")]},
    {"note": "word inserted: 'kun' (recipients sentence)",
     "repl": [("Vi videregiver dine oplysninger til fragtfirmaer", "Vi videregiver kun dine oplysninger til fragtfirmaer")]},
    {"note": "company phone number changed", "repl": [("@ Telefon: 76 40 22 00", "@ Telefon: 70 20 44 00")]},
    {"note": "section 10 added: CCTV in trade counters and warehouse",
     "repl": [("når der sker ændringer i vores behandling af personoplysninger.",
               "når der sker ændringer i vores behandling af personoplysninger.\n\n"
               "## 10. Tv-overvågning\n\n"
               "Vi har tv-overvågning i vores butikker og på lageret i Vejle og Taastrup for at forebygge tyveri og "
               "sikre medarbejdere og kunder. Der er skiltet med overvågningen ved indgangene. Optagelserne "
               "opbevares i 30 dage og slettes derefter automatisk, medmindre de skal bruges i forbindelse med en "
               "konkret sag, fx en politianmeldelse.")]},
]

OFFERS = [
    ("Bosch Professional GSR 18V-60 C skruemaskine, 2 x 5,0 Ah", "1.499,00"),
    ("3M Aura 9332+ støvmaske FFP3, 10 stk.", "219,00"),
    ("Makita DGA513Z vinkelsliber 18V", "1.149,00"),
    ("Würth skæreskiver 125 x 1,0 mm, 50 stk.", "289,00"),
    ("Ejendals Tegera 517 arbejdshandsker, 12 par", "179,00"),
    ("Milwaukee M18 FPD3 slagboremaskine", "1.899,00"),
    ("SKF 6205-2RSH kugleleje, 10 stk.", "349,00"),
    ("Hultafors sikkerhedsstøvle S3, str. 36-48", "699,00"),
    ("Loctite 243 gevindlås 50 ml", "139,00"),
]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def dk_local(when):
    y = when.year

    def last_sunday(m):
        d = dt.date(y, m, 31)
        return d - dt.timedelta(days=(d.weekday() + 1) % 7)
    a = dt.datetime.combine(last_sunday(3), dt.time(1))
    b = dt.datetime.combine(last_sunday(10), dt.time(1))
    return when + dt.timedelta(hours=2 if a <= when < b else 1)


def cutoff(when):
    loc = dk_local(when)
    wd = loc.weekday()
    if wd < 5 and loc.hour < 16:
        left = dt.datetime(loc.year, loc.month, loc.day, 16, 0) - loc
        mins = left.seconds // 60
        return "Bestil inden %d t %d min, så sender vi i dag" % (mins // 60, mins % 60)
    if wd < 4:
        return "Bestil nu – så sender vi i morgen"
    return "Bestil nu – så sender vi mandag"


def noise(rng, when, i, prev):
    prev = prev or {}
    build = C.keep_or(rng, prev.get("build"), 0.15, lambda: "%02d%02d.%d" % (when.year % 100, when.month,
                                                                           rng.randint(1, 9)))
    wk = when.isocalendar()
    return {"build": build,
            "session": "%s.accstorefront-%s-%s" % (C.hexs(rng, 32).upper(), C.hexs(rng, 10), C.alnum(
                rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789")),
            "csrf": C.uuid4(rng),
            "cutoff": cutoff(when),
            "offer": OFFERS[(wk[0] * 53 + wk[1]) % len(OFFERS)]}


LABELS = {"build": "storefront build (?v=)", "session": "jsessionid in every template link",
          "csrf": "CSRFToken (forms and ACC.config)", "cutoff": "same-day dispatch cut-off countdown (USP bar)",
          "offer": "weekly offer in header"}

CATS = [("Værktøj", "/da/c/vaerktoej"), ("El-værktøj", "/da/c/el-vaerktoej"), ("Maskiner", "/da/c/maskiner"),
        ("Sikkerhed & arbejdstøj", "/da/c/sikkerhed"), ("Forbrugsvarer", "/da/c/forbrugsvarer"),
        ("Transmission", "/da/c/transmission"), ("Hydraulik & pneumatik", "/da/c/hydraulik"),
        ("Lager & logistik", "/da/c/lager")]


def render(st, blocks, when):
    sid = ";jsessionid=" + st["session"]
    csrf = st["csrf"]
    v = st["build"]

    def u(path):
        if "?" in path:
            a, b = path.split("?", 1)
            return a + sid + "?" + b
        return path + sid
    cats = "\n".join(
        '<li class="auto nav__links--primary nav__links--primary-has__sub js-enquire-has-sub">'
        '<span class="yCmsComponent nav__link js_nav__link"><a href="%s" title="%s">%s</a></span>'
        '<span class="glyphicon  glyphicon-chevron-right hidden-md hidden-lg nav__link--drill__down '
        'js_nav__link--drill__down"></span></li>' % (u(p), html.escape(t), html.escape(t)) for t, p in CATS)
    offer = st["offer"]
    policy = C.blocks_html(blocks)
    return """<!DOCTYPE html>
<html lang="da">
<head>
	<title>Privatlivspolitik | Kjærgaard Industri</title>

	<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
	<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1, user-scalable=no">

	<meta name="keywords">
<meta name="description">
<meta name="robots" content="index,follow">
<link rel="shortcut icon" type="image/x-icon" media="all" href="/_ui/responsive/theme-kjaergaard/images/favicon.ico" />
		<link rel="stylesheet" type="text/css" href="//fonts.googleapis.com/css?family=Open+Sans:400,300,300italic,400italic,600,600italic,700,700italic,800,800italic" />
<link rel="stylesheet" type="text/css" media="all" href="/_ui/responsive/theme-kjaergaard/css/style.css?v={v}"/>
		<link rel="stylesheet" type="text/css" media="all" href="/_ui/addons/b2bacceleratoraddon/responsive/common/css/b2bacceleratoraddon.css?v={v}"/>
		<link rel="stylesheet" type="text/css" media="all" href="/_ui/addons/smarteditaddon/responsive/common/css/smarteditaddon.css?v={v}"/>
		<script type="text/javascript" src="/_ui/shared/js/analyticsmediator.js"></script>
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="5f0c2a9e-7b31-4d86-a4e2-1c9b8f3d6e70" data-culture="DA" type="text/javascript" async></script>
<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':
new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
}})(window,document,'script','dataLayer','GTM-5QWX8JD');</script>
<!-- End Google Tag Manager -->
</head>

<body class="page-privacyPolicyPage pageType-ContentPage template-pages-layout-contentLayout1Page pageLabel--privatlivspolitik smartedit-page-uid-privacyPolicyPage smartedit-page-uuid-eyJpdGVtSWQiOiJwcml2YWN5UG9saWN5UGFnZSIsImNhdGFsb2dJZCI6ImtqYWVyZ2FhcmRDb250ZW50Q2F0YWxvZyIsImNhdGFsb2dWZXJzaW9uIjoiT25saW5lIn0= smartedit-catalog-version-uuid-kjaergaardContentCatalog/Online  language-da">

	<main data-currency-iso-code="DKK">
			<a href="#skip-to-content" class="skiptocontent" data-role="none">Gå til indhold</a>
			<a href="#skiptonavigation" class="skiptonavigation" data-role="none">Gå til navigation</a>


			<div class="yCmsContentSlot usp-bar container-fluid">
<div class="yCmsComponent usp-bar__item"><span class="glyphicon glyphicon-time"></span> <span class="js-cutoff-countdown">{cutoff}</span></div><div class="yCmsComponent usp-bar__item"><span class="glyphicon glyphicon-ok"></span> Over 180.000 varer på lager</div><div class="yCmsComponent usp-bar__item"><span class="glyphicon glyphicon-ok"></span> Fri fragt ved køb over 1.500 kr. ekskl. moms</div></div><header class="js-mainHeader">
		<nav class="navigation navigation--top hidden-xs hidden-sm">
			<div class="row">
				<div class="col-sm-12 col-md-4">
					<div class="nav__left js-site-logo">
						<div class="yCmsComponent yComponentWrapper">
<div class="banner__component simple-banner">
	<a href="{home}"><img title="Kjærgaard Industri"
				alt="Kjærgaard Industri" src="/medias/kjaergaard-logo.svg?context=bWFzdGVyfGltYWdlc3w0MjExfGltYWdlL3N2Zyt4bWx8aW1hZ2VzL2hjZS9oMmEvODk0NjQ3NzYwNjU1OC5zdmd8M2E5ZjE2ZDQ2ZWRk"></a>
		</div></div></div>
				</div>
				<div class="col-sm-12 col-md-8">
					<div class="nav__right">
						<ul class="nav__links nav__links--account">
							<li class="liOffcanvas">
									<a href="{login}">Log ind / Opret konto</a>
								</li>
							<li class="yCmsComponent">
<a href="{quick}" title="Hurtigordre">Hurtigordre</a></li>
<li class="yCmsComponent">
<a href="{stores}" title="Find butik">Find butik</a></li>
</ul>
					</div>
				</div>
			</div>
		</nav>
		<div class="hidden-xs hidden-sm js-secondaryNavAccount collapse" id="accNavComponentDesktopOne">
			<ul class="nav__links">

			</ul>
		</div>
		<div class="hidden-xs hidden-sm js-secondaryNavCompany collapse" id="accNavComponentDesktopTwo">
			<ul class="nav__links js-nav__links">

			</ul>
		</div>
		<nav class="navigation navigation--middle js-navigation--middle">
			<div class="container-fluid">
				<div class="row">
					<div class="mobile__nav__row mobile__nav__row--table">
						</div>
				</div>
				<div class="row desktop__nav">
					<div class="nav__left col-xs-12 col-sm-6">
						<div class="row">
							<div class="col-sm-10">
								<div class="site-search">
									<div class="yCmsComponent">
<div class="ui-front">
	<form name="search_form_SearchBox" method="get"
		action="{search}">
		<div class="input-group">
			<input type="text" id="js-site-search-input"
					class="form-control js-site-search-input" name="text" value=""
                    maxlength="100" placeholder="Søg på varenummer, EAN eller varenavn"
					data-options='{{"autocompleteUrl" : "/da/search/autocomplete/SearchBox","minCharactersBeforeRequest" : "3","waitTimeBeforeRequest" : "500","displayProductImages" : true}}'>
			<span class="input-group-btn"> <button class="btn btn-link js_search_button" type="submit" disabled="true">
						<span class="glyphicon glyphicon-search"></span>
					</button>
				</span>
		</div>
	<div>
<input type="hidden" name="CSRFToken" value="{csrf}" />
</div></form>
</div>
</div></div>
							</div>
						</div>
					</div>
					<div class="nav__right col-xs-6 col-xs-6 hidden-xs">
						<ul class="nav__links nav__links--shop_info">
							<li>
								<div class="yCmsContentSlot componentContainer">
<div class="yCmsComponent header-offer">
<a href="{offer_url}" class="header-offer__link"><span class="header-offer__label">Ugens tilbud</span> <span class="header-offer__name">{offer_name}</span> <span class="header-offer__price">Nu {offer_price} kr. ekskl. moms</span></a></div></div>
							</li>
							<li>
								<div class="yCmsContentSlot componentContainer">
<div class="yCmsComponent">
<div class="nav-cart">
	<a 	href="{cart}"
		class="mini-cart-link js-mini-cart-link"
		data-mini-cart-url="/da/cart/rollover/MiniCart"
		data-mini-cart-refresh-url="/da/cart/miniCart/SUBTOTAL"
		data-mini-cart-name="Kurv"
		data-mini-cart-empty-name="Tom kurv"
		data-mini-cart-items-text="Varer"
		>
		<div class="mini-cart-icon">
			<span class="glyphicon glyphicon-shopping-cart "></span>
		</div>
		<div class="mini-cart-price js-mini-cart-price">
				0,00 kr.</div>
			<div class="mini-cart-count js-mini-cart-count"><span class="nav-items-total">0<span class="items-desktop hidden-xs">&nbsp;varer</span></span></div>
	</a>
</div>
<div class="mini-cart-container js-mini-cart-container"></div></div></div>
							</li>
						</ul>
					</div>
				</div>
			</div>
		</nav>
		<a id="skiptonavigation"></a>
		<nav class="navigation navigation--bottom js_navigation--bottom js-enquire-offcanvas-navigation" role="navigation">
		<ul class="sticky-nav-top hidden-lg hidden-md js-sticky-user-group hidden-md hidden-lg">
			</ul>
		<div class="navigation__overflow">
			<ul data-trigger="#signedInUserOptionsToggle" class="nav__links nav__links--products js-offcanvas-links">
{cats}
</ul>
		</div>
	</nav>
</header>


		<a id="skip-to-content"></a>

			<div class="main__inner-wrapper">
				<div class="yCmsContentSlot container">
<div class="yCmsComponent">
<div class="content">{policy}</div></div></div></div>

			<footer>
				<div class="footer__top">
<div class="container">
<div class="footer__top">
	<div class="row">
		<div class="footer__left col-xs-12 col-sm-12 col-md-9">
			<div class="row">
				<div class="footer__nav--container col-xs-12 col-sm-3">
	<div class="title">Kundeservice</div>
	<ul class="footer__nav--links">
		<li class="yCmsComponent footer__link"><a href="{kontakt}" title="Kontakt os">Kontakt os</a></li>
		<li class="yCmsComponent footer__link"><a href="{levering}" title="Levering og fragt">Levering og fragt</a></li>
		<li class="yCmsComponent footer__link"><a href="{retur}" title="Returnering">Returnering</a></li>
		<li class="yCmsComponent footer__link"><a href="{handel}" title="Salgs- og leveringsbetingelser">Salgs- og leveringsbetingelser</a></li>
	</ul>
</div>
<div class="footer__nav--container col-xs-12 col-sm-3">
	<div class="title">Om Kjærgaard</div>
	<ul class="footer__nav--links">
		<li class="yCmsComponent footer__link"><a href="{om}" title="Om os">Om os</a></li>
		<li class="yCmsComponent footer__link"><a href="{job}" title="Job">Job</a></li>
		<li class="yCmsComponent footer__link"><a href="{privacy}" title="Privatlivspolitik">Privatlivspolitik</a></li>
		<li class="yCmsComponent footer__link"><a href="javascript:Cookiebot.renew()" title="Cookieindstillinger">Cookieindstillinger</a></li>
	</ul>
</div>
</div>
		</div>
		<div class="footer__right col-xs-12 col-md-3">
			<div class="footer__info">Kjærgaard Industri A/S · Industrivej 14 · 7100 Vejle · CVR 12345678</div>
			</div>
	</div>
</div>
</div>
</div>
<div class="footer__bottom">
	<div class="footer__copyright">
		<div class="container">&copy; {year} Kjærgaard Industri A/S</div>
	</div>
</div>
</footer>

		</main>

	<form name="accessiblityForm">
		<input type="hidden" id="accesibility_refreshScreenReaderBufferField" name="accesibility_refreshScreenReaderBufferField" value=""/>
	</form>
	<div id="ariaStatusMsg" class="skip" role="status" aria-relevant="text" aria-live="polite"></div>

	<script type="text/javascript">
		/*<![CDATA[*/
		ACC.addons = {{}};	//JS holder for addons properties

		ACC.addons.b2bacceleratoraddon = [];

		ACC.addons.smarteditaddon = [];

		/*]]>*/
</script>
<script type="text/javascript">
		/*<![CDATA[*/
		ACC.config.useNativeJs = false;
		ACC.config.contextPath = "";
		ACC.config.encodedContextPath = "/da";
		ACC.config.commonResourcePath = "/_ui/responsive/common";
		ACC.config.themeResourcePath = "/_ui/responsive/theme-kjaergaard";
		ACC.config.siteResourcePath = "/_ui/responsive/site-kjaergaard";
		ACC.config.rootPath = "/_ui/responsive";
		ACC.config.CSRFToken = "{csrf}";
		ACC.pwdStrengthVeryWeak = 'password.strength.veryweak';
		ACC.pwdStrengthWeak = 'password.strength.weak';
		ACC.pwdStrengthMedium = 'password.strength.medium';
		ACC.pwdStrengthStrong = 'password.strength.strong';
		ACC.pwdStrengthVeryStrong = 'password.strength.verystrong';
		ACC.pwdStrengthUnsafePwd = 'password.strength.unsafepwd';
		ACC.pwdStrengthTooShortPwd = 'password.strength.tooshortpwd';
		ACC.pwdStrengthMinCharText = 'password.strength.minchartext';
		ACC.accessibilityLoading = 'aria.pickupinstore.loading';
		ACC.accessibilityStoresLoaded = 'aria.pickupinstore.storesloaded';
		ACC.config.googleApiKey="";
		ACC.config.googleApiVersion="3.7";
		ACC.autocompleteUrl = '/da/search/autocompleteSecure';
		ACC.config.loginUrl = '/da/login';
		ACC.config.authenticationStatusUrl = '/da/authentication/status';
		/*]]>*/
	</script>
	<script type="text/javascript">
	/*<![CDATA[*/
	ACC.globalActions = {{"b2bacceleratoraddon":[]}};
	/*]]>*/
	</script>
<script type="text/javascript" src="/_ui/responsive/common/js/jquery-3.5.1.min.js"></script>
<script type="text/javascript" src="/_ui/responsive/common/js/acc.global.js?v={v}"></script>
<script type="text/javascript" src="/_ui/responsive/common/js/acc.minicart.js?v={v}"></script>
<script type="text/javascript" src="/_ui/responsive/common/js/acc.navigation.js?v={v}"></script>
<script type="text/javascript" src="/_ui/responsive/site-kjaergaard/js/kjaergaard.cutoff.js?v={v}"></script>
<script type="text/javascript" src="/_ui/addons/smarteditaddon/responsive/common/js/webApplicationInjector.js?v={v}"></script>
<script type="text/javascript" src="/_ui/addons/smarteditaddon/responsive/common/js/reprocessPage.js?v={v}"></script>
<script type="text/javascript" src="/_ui/addons/smarteditaddon/responsive/common/js/adjustComponentRenderingToSE.js?v={v}"></script>
</body>

</html>
""".format(v=v, cutoff=st["cutoff"], home=u("/da/"), login=u("/da/login"), quick=u("/da/my-account/quickOrder"),
           stores=u("/da/store-finder"), search=u("/da/search/"), csrf=csrf,
           offer_url=u("/da/ugens-tilbud"), offer_name=html.escape(offer[0]), offer_price=offer[1],
           cart=u("/da/cart"), cats=cats, policy=policy, kontakt=u("/da/kontakt"), levering=u("/da/levering"),
           retur=u("/da/returnering"), handel=u("/da/handelsbetingelser"), om=u("/da/om-os"), job=u("/da/job"),
           privacy=u("/da/privatlivspolitik"), year=when.year)


PAGE = {
    "service": "Kjaergaard Industri",
    "url": URL,
    "lang": "da",
    "platform": "SAP Commerce Cloud (Hybris) B2B accelerator storefront",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": (("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate"), ("Pragma", "no-cache"),
                      ("X-Content-Type-Options", "nosniff"), ("X-XSS-Protection", "1; mode=block"),
                      ("Content-Language", "da")),
    "n": 30,
    "start": dt.date(2021, 10, 1),
    "end": dt.date(2024, 9, 15),
    "hours": (4, 6, 9, 13, 18),
    "policy": POLICY,
    "first_updated": dt.date(2021, 6, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".main__inner-wrapper .content"},
}
