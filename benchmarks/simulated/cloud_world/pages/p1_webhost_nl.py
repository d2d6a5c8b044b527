"""Bitvlak (Dutch web host): WordPress with GeneratePress and Gutenberg blocks, Complianz cookie banner, a coupon
bar above the header, a "support online" counter in the header, a promotional price-table widget in the right
sidebar, per-request REST nonces and plugin ?ver= strings that move with updates. Policy in .entry-content."""
import datetime as dt
import html

import common as C

URL = "https://www.bitvlak.nl/privacyverklaring/"

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """Laatst bijgewerkt: {UPDATED}

Bitvlak B.V. levert webhosting, VPS'en, domeinnamen en e-mailhosting aan particulieren en bedrijven. Wij vinden het belangrijk dat je weet wat we met je persoonsgegevens doen. In deze privacyverklaring leggen we uit welke gegevens we verwerken, waarom we dat doen, hoe lang we ze bewaren en welke rechten je hebt. Deze verklaring geldt voor onze website, het klantenpaneel en alle diensten die je bij ons afneemt.

## 1. Wie zijn wij?

Bitvlak B.V. is verantwoordelijk voor de verwerking van persoonsgegevens zoals beschreven in deze verklaring. Je kunt ons bereiken via de onderstaande gegevens.

@ Bitvlak B.V.
@ Lage Mosten 41
@ 4822 NK Breda
@ KvK-nummer: 71234987
@ E-mail: privacy@bitvlak.nl
@ Telefoon: 076 303 44 10

Wij hebben een functionaris voor gegevensbescherming (FG) aangesteld. Je kunt de FG rechtstreeks bereiken via fg@bitvlak.nl.

## 2. Welke persoonsgegevens verwerken wij?

Wij verwerken persoonsgegevens doordat je gebruikmaakt van onze diensten en/of omdat je deze gegevens zelf aan ons verstrekt. Het gaat om de volgende gegevens:

- Voor- en achternaam, bedrijfsnaam en btw-nummer
- Adresgegevens, telefoonnummer en e-mailadres
- Bankrekeningnummer en betaalgegevens (via onze betaalprovider)
- Gegevens die je invult bij het registreren van een domeinnaam (de zogenaamde WHOIS-gegevens)
- IP-adressen, inloggegevens en logbestanden van het klantenpaneel
- Inhoud van supporttickets, chatgesprekken en telefoongesprekken
- Gegevens over je surfgedrag op onze website (zie artikel 8 over cookies)

Op onze servers sla jij zelf gegevens op, zoals websites, databases en e-mail. Voor die gegevens ben jij de verwerkingsverantwoordelijke en zijn wij verwerker. Daarover maken we afspraken in onze [verwerkersovereenkomst](/verwerkersovereenkomst/), die onderdeel is van onze algemene voorwaarden.

## 3. Waarom verwerken wij je gegevens?

Wij verwerken je persoonsgegevens voor de volgende doelen en op basis van de volgende grondslagen:

| Doel | Grondslag |
| Het leveren en beheren van je hostingpakket, VPS of domeinnaam | Uitvoering van de overeenkomst |
| Het versturen van facturen en het afhandelen van betalingen | Uitvoering van de overeenkomst |
| Het registreren van domeinnamen bij SIDN en andere registries | Uitvoering van de overeenkomst en wettelijke verplichting |
| Het beantwoorden van supportvragen | Uitvoering van de overeenkomst |
| Het beveiligen van onze netwerken en het voorkomen van misbruik | Gerechtvaardigd belang |
| Het versturen van onze nieuwsbrief | Toestemming |
| Het voldoen aan de fiscale bewaarplicht | Wettelijke verplichting |

## 4. Hoe lang bewaren wij je gegevens?

Wij bewaren je persoonsgegevens niet langer dan strikt nodig is om de doelen te realiseren waarvoor je gegevens worden verzameld. Wij hanteren de volgende bewaartermijnen:

- Klant- en factuurgegevens: 7 jaar na het einde van de overeenkomst, vanwege de fiscale bewaarplicht
- Supporttickets en chatgesprekken: 2 jaar na het sluiten van het ticket
- Opnames van telefoongesprekken: 30 dagen
- Serverlogs en toegangslogs van het klantenpaneel: 6 maanden
- Back-ups van je hostingpakket: maximaal 30 dagen na het opzeggen van je pakket

## 5. Delen van persoonsgegevens met derden

Bitvlak verkoopt jouw gegevens niet aan derden en verstrekt deze uitsluitend indien dit nodig is voor de uitvoering van onze overeenkomst met jou of om te voldoen aan een wettelijke verplichting. Met bedrijven die jouw gegevens verwerken in onze opdracht sluiten wij een verwerkersovereenkomst om te zorgen voor eenzelfde niveau van beveiliging en vertrouwelijkheid. Wij werken onder meer met de volgende partijen:

| Partij | Doel | Locatie |
| Mollie B.V. | Betalingsverwerking | Nederland |
| SIDN | Registratie van .nl-domeinnamen | Nederland |
| Openprovider | Registratie van overige domeinnamen | Nederland |
| Freshworks Inc. | Supporttickets en live chat | Europese Unie |
| Exact Online | Boekhouding | Nederland |

Bij het registreren van een domeinnaam zijn wij verplicht jouw gegevens door te geven aan de betreffende registry. Sommige registries publiceren deze gegevens in een openbare WHOIS-database. Wij schakelen waar mogelijk de privacybescherming van de registry in.

## 6. Doorgifte buiten de Europese Economische Ruimte

Onze servers staan in datacenters in Amsterdam en Rotterdam. Wij geven jouw gegevens in principe niet door aan landen buiten de Europese Economische Ruimte. Als een van onze leveranciers dat toch doet, zorgen wij voor passende waarborgen, zoals de modelcontractbepalingen van de Europese Commissie.

## 7. Beveiliging

Wij nemen de bescherming van jouw gegevens serieus en nemen passende maatregelen om misbruik, verlies, onbevoegde toegang, ongewenste openbaarmaking en ongeoorloofde wijziging tegen te gaan. Onze datacenters zijn ISO 27001-gecertificeerd, het klantenpaneel is alleen bereikbaar via een versleutelde verbinding en je kunt tweestapsverificatie inschakelen. Medewerkers hebben alleen toegang tot gegevens als dat nodig is voor hun werk.

## 8. Cookies en vergelijkbare technieken

Bitvlak gebruikt functionele, analytische en tracking cookies. Functionele cookies zijn nodig om de website en het klantenpaneel goed te laten werken. Analytische cookies plaatsen wij via Matomo, dat wij zelf hosten; IP-adressen worden daarbij geanonimiseerd. Tracking cookies plaatsen wij alleen als je daarvoor toestemming geeft via onze cookiebanner. Je kunt je toestemming op elk moment intrekken via de link **Cookievoorkeuren** onderaan elke pagina.

## 9. Jouw rechten

Je hebt het recht om je persoonsgegevens in te zien, te corrigeren of te verwijderen. Daarnaast heb je het recht om je eventuele toestemming voor de gegevensverwerking in te trekken of bezwaar te maken tegen de verwerking van jouw persoonsgegevens, en heb je het recht op gegevensoverdraagbaarheid. Je kunt een verzoek sturen naar privacy@bitvlak.nl. Om er zeker van te zijn dat het verzoek door jou is gedaan, vragen wij je in te loggen in het klantenpaneel of een kopie van je identiteitsbewijs mee te sturen, waarbij je je pasfoto en BSN afschermt. Wij reageren zo snel mogelijk, maar binnen vier weken, op je verzoek.

Ben je niet tevreden over hoe wij met je gegevens omgaan? Dan heb je het recht een klacht in te dienen bij de [Autoriteit Persoonsgegevens](https://autoriteitpersoonsgegevens.nl/).

## 10. Wijzigingen

Wij kunnen deze privacyverklaring aanpassen. Bij belangrijke wijzigingen informeren wij je per e-mail of via het klantenpaneel. De meest recente versie vind je altijd op deze pagina."""

EDITS = [
    {"note": "retention of call recordings 30 days -> 90 days",
     "repl": [("- Opnames van telefoongesprekken: 30 dagen", "- Opnames van telefoongesprekken: 90 dagen")]},
    {"note": "processor added to the table (Postmark for transactional e-mail)",
     "repl": [("| Exact Online | Boekhouding | Nederland |",
               "| Exact Online | Boekhouding | Nederland |\n| Postmark (ActiveCampaign) | Versturen van transactionele e-mails | Verenigde Staten |")]},
    {"note": "typo fix 'tracking cookies' -> 'trackingcookies' (no date change)", "bump": False,
     "repl": [("Bitvlak gebruikt functionele, analytische en tracking cookies.",
               "Bitvlak gebruikt functionele, analytische en trackingcookies."),
              ("Tracking cookies plaatsen wij alleen", "Trackingcookies plaatsen wij alleen")]},
    {"note": "office moved: new address and phone number",
     "repl": [("@ Lage Mosten 41\n@ 4822 NK Breda", "@ Ceresstraat 19\n@ 4811 CA Breda"),
              ("@ Telefoon: 076 303 44 10", "@ Telefoon: 076 760 22 00")]},
    {"note": "new section on AI-assisted support answers added before 'Jouw rechten'",
     "repl": [("## 9. Jouw rechten", "## 9. Geautomatiseerde ondersteuning\n\nOnze supportmedewerkers gebruiken een AI-assistent om conceptantwoorden op supporttickets op te stellen. Een medewerker controleert elk antwoord voordat het wordt verstuurd. De inhoud van je ticket wordt daarbij niet gebruikt om het taalmodel te trainen en wordt binnen de Europese Unie verwerkt. Er vindt geen geautomatiseerde besluitvorming plaats die rechtsgevolgen voor je heeft.\n\n## 10. Jouw rechten"),
              ("## 10. Wijzigingen", "## 11. Wijzigingen")]},
    {"note": "sentence added on DNSSEC and registry privacy (one sentence)",
     "repl": [("Wij schakelen waar mogelijk de privacybescherming van de registry in.",
               "Wij schakelen waar mogelijk de privacybescherming van de registry in. Voor .nl-domeinnamen van particulieren worden je naam en adres niet openbaar getoond.")]},
]

PROMOS = [
    ("ZOMER50", "50% korting op je eerste jaar webhosting"),
    ("VPS25", "25% korting op alle VPS-pakketten"),
    ("NLDOMEIN", "Je .nl-domein het eerste jaar voor €0,99"),
    ("WPSTART", "WordPress Hosting nu 3 maanden gratis"),
    ("BLACKFRIDAY", "Black Friday: tot 70% korting op hosting"),
]

PRICES = [("Start", "2,49"), ("Plus", "4,99"), ("Pro", "8,99")]


def noise(rng, when, i, prev):
    prev = prev or {}
    wpver = "6.2.2" if when < dt.datetime(2023, 11, 1) else ("6.4.3" if when < dt.datetime(2024, 7, 1) else "6.6.1")
    return {
        "promo": C.keep_or(rng, prev.get("promo"), 0.35, lambda: rng.randrange(len(PROMOS))),
        "sale": C.keep_or(rng, prev.get("sale"), 0.3, lambda: [rng.choice([None, "0,99", "1,49", "1,99"])
                                                                  for _ in PRICES]),
        "support": (rng.randint(1, 7), rng.randint(1, 9)),
        "nonce": C.hexs(rng, 10),
        "cmplz": C.hexs(rng, 10),
        "wp": wpver,
        "pluginver": C.keep_or(rng, prev.get("pluginver"), 0.15,
                               lambda: "%d.%d.%d" % (rng.randint(6, 7), rng.randint(0, 4), rng.randint(0, 9))),
    }


LABELS = {"promo": "coupon bar promotion above the header", "sale": "promotional prices in the sidebar price table",
          "support": "support-online counter in the header", "nonce": "WP REST nonce", "cmplz": "Complianz nonce",
          "wp": "WordPress core upgrade (generator, ?ver=)", "pluginver": "plugin ?ver= strings"}


def _block(b):
    kind, v = b
    if kind == "h2":
        return '<h2 class="wp-block-heading">%s</h2>' % C.inline_html(v)
    if kind == "ul":
        return '<ul class="wp-block-list">%s</ul>' % "".join("<li>%s</li>" % C.inline_html(x) for x in v)
    if kind == "table":
        return '<figure class="wp-block-table is-style-stripes">%s</figure>' % C.block_html(b, {"table": "has-fixed-layout"})
    return C.block_html(b)


def render(s, blocks, when):
    wp, pv = s["wp"], s["pluginver"]
    code, ptxt = PROMOS[s["promo"]]
    online, wait = s["support"]
    body = "\n\n".join(_block(b) for b in blocks)
    rows = []
    for (name, price), sale in zip(PRICES, s["sale"]):
        if sale:
            p = '<span class="price-old">€%s</span> <span class="price-new">€%s</span><span class="per">/mnd</span><span class="badge-promo">Actie</span>' % (price, sale)
        else:
            p = '<span class="price-new">€%s</span><span class="per">/mnd</span>' % price
        rows.append('<li class="pricing-row"><span class="plan">Webhosting %s</span> %s</li>' % (name, p))
    return """<!DOCTYPE html>
<html lang="nl-NL">
<head>
	<meta charset="UTF-8">
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<meta name="viewport" content="width=device-width, initial-scale=1">
	<!-- This site is optimized with the Yoast SEO plugin v%(pv)s - https://yoast.com/wordpress/plugins/seo/ -->
	<title>Privacyverklaring - Bitvlak</title>
	<link rel="canonical" href="%(url)s" />
	<meta property="og:locale" content="nl_NL" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="Privacyverklaring - Bitvlak" />
	<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"%(url)s","url":"%(url)s","name":"Privacyverklaring - Bitvlak","isPartOf":{"@id":"https://www.bitvlak.nl/#website"},"inLanguage":"nl-NL"}]}</script>
	<!-- / Yoast SEO plugin. -->
<link rel='stylesheet' id='wp-block-library-css' href='https://www.bitvlak.nl/wp-includes/css/dist/block-library/style.min.css?ver=%(wp)s' media='all' />
<link rel='stylesheet' id='cmplz-general-css' href='https://www.bitvlak.nl/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=%(pv)s' media='all' />
<link rel='stylesheet' id='generate-style-css' href='https://www.bitvlak.nl/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all' />
<link rel='stylesheet' id='bitvlak-child-css' href='https://www.bitvlak.nl/wp-content/themes/bitvlak/style.css?ver=%(wp)s' media='all' />
<script id="wp-api-request-js-extra">
var wpApiSettings = {"root":"https:\\/\\/www.bitvlak.nl\\/wp-json\\/","nonce":"%(nonce)s","versionString":"wp\\/v2\\/"};
</script>
<meta name="generator" content="WordPress %(wp)s" />
<link rel="https://api.w.org/" href="https://www.bitvlak.nl/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="https://www.bitvlak.nl/wp-json/wp/v2/pages/3" />
<link rel='shortlink' href='https://www.bitvlak.nl/?p=3' />
			<style>.cmplz-hidden { display: none !important; }</style><!-- Matomo -->
<script>
  var _paq = window._paq = window._paq || [];
  _paq.push(['disableCookies']);
  _paq.push(['trackPageView']);
  _paq.push(['enableLinkTracking']);
  (function() { var u="https://stats.bitvlak.nl/"; _paq.push(['setTrackerUrl', u+'matomo.php']); _paq.push(['setSiteId', '1']);
    var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0]; g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s); })();
</script>
<!-- End Matomo Code -->
</head>

<body data-cmplz=1 class="privacy-policy page-template-default page page-id-3 wp-custom-logo wp-embed-responsive right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/WebPage" itemscope>
	<a class="screen-reader-text skip-link" href="#content" title="Spring naar inhoud">Spring naar inhoud</a>		<div class="top-bar top-bar-align-center">
			<div class="inside-top-bar grid-container">
				<aside id="block-12" class="widget inner-padding widget_block"><p class="coupon-bar"><strong>%(ptxt)s</strong> met code <code class="coupon-code">%(code)s</code> <a href="https://www.bitvlak.nl/webhosting/?coupon=%(code)s">Bekijk pakketten &rarr;</a></p></aside>			</div>
		</div>
				<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site"  itemtype="https://schema.org/WPHeader" itemscope>
			<div class="inside-header grid-container">
				<div class="site-logo">
					<a href="https://www.bitvlak.nl/" rel="home">
						<img  class="header-image is-logo-image" alt="Bitvlak" src="https://www.bitvlak.nl/wp-content/uploads/2022/03/bitvlak-logo.svg" width="180" height="40" />
					</a>
				</div>	<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobiele toggle">
				<button data-nav="site-navigation" class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="screen-reader-text">Menu</span></button>
			</nav>
					<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primair"  itemtype="https://schema.org/SiteNavigationElement" itemscope>
			<div class="inside-navigation grid-container">
				<div id="primary-menu" class="main-nav"><ul id="menu-hoofdmenu" class=" menu sf-menu"><li id="menu-item-21" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-21"><a href="https://www.bitvlak.nl/webhosting/">Webhosting</a></li>
<li id="menu-item-22" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-22"><a href="https://www.bitvlak.nl/wordpress-hosting/">WordPress Hosting</a></li>
<li id="menu-item-23" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-23"><a href="https://www.bitvlak.nl/vps/">VPS</a></li>
<li id="menu-item-24" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-24"><a href="https://www.bitvlak.nl/domeinnamen/">Domeinnamen</a></li>
<li id="menu-item-25" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-25"><a href="https://mijn.bitvlak.nl/">Klantenpaneel</a></li>
</ul></div>			</div>
		</nav>
		<div class="header-widget"><aside id="block-9" class="widget inner-padding widget_block"><p class="support-status"><span class="dot dot-green"></span> Support online: %(online)d collega's &middot; gem. wachttijd %(wait)d min</p></aside></div>
			</div>
		</header>

	<div class="site grid-container container hfeed" id="page">
				<div class="site-content" id="content">

	<div class="content-area" id="primary">
		<main class="site-main" id="main">

<article id="post-3" class="post-3 page type-page status-publish" itemtype="https://schema.org/CreativeWork" itemscope>
	<div class="inside-article">

			<header class="entry-header">
				<h1 class="entry-title" itemprop="headline">Privacyverklaring</h1>			</header>


		<div class="entry-content" itemprop="text">
%(body)s
		</div>

			</div>
</article>
		</main>
	</div>

	<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">
	<div class="inside-right-sidebar">
		<aside id="block-5" class="widget inner-padding widget_block"><div class="wp-block-group pricing-widget"><h2 class="wp-block-heading">Webhosting vanaf</h2>
<ul class="pricing-table">%(rows)s</ul>
<p class="pricing-note">Prijzen excl. btw. Actieprijs geldt voor het eerste jaar.</p>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="https://www.bitvlak.nl/webhosting/">Vergelijk pakketten</a></div></div></div></aside>
<aside id="block-6" class="widget inner-padding widget_block"><h2 class="wp-block-heading">Juridisch</h2><ul class="wp-block-list"><li><a href="https://www.bitvlak.nl/algemene-voorwaarden/">Algemene voorwaarden</a></li><li><a href="https://www.bitvlak.nl/verwerkersovereenkomst/">Verwerkersovereenkomst</a></li><li><a href="https://www.bitvlak.nl/abuse/">Abuse melden</a></li></ul></aside>
	</div>
</div>

	</div>
</div>


<div class="site-footer">
			<footer class="site-info" aria-label="Site"  itemtype="https://schema.org/WPFooter" itemscope>
			<div class="inside-site-info grid-container">
								<div class="copyright-bar">
					<span class="copyright">&copy; %(year)d Bitvlak B.V.</span> &bull; <a href="https://www.bitvlak.nl/privacyverklaring/">Privacyverklaring</a> &bull; <a href="#" class="cmplz-show-banner">Cookievoorkeuren</a> &bull; <a href="https://status.bitvlak.nl/">Status</a>				</div>
			</div>
		</footer>
		</div>

<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
	<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Beheer cookietoestemming</div></div>
	<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">Om de beste ervaringen te bieden, gebruiken wij technologie&euml;n zoals cookies om informatie over je apparaat op te slaan en/of te raadplegen.</div></div>
	<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepteren</button><button class="cmplz-btn cmplz-deny">Weigeren</button><button class="cmplz-btn cmplz-view-preferences">Voorkeuren bekijken</button></div>
</div></div>
<script id="cmplz-cookiebanner-js-extra">
var complianz = {"prefix":"cmplz_","user_banner_id":"1","set_cookies":[],"block_ajax_content":"","banner_version":"27","version":"%(pv)s","store_consent":"","do_not_track_enabled":"1","consenttype":"optin","region":"eu","geoip":"","dismiss_timeout":"","disable_cookiebanner":"","soft_cookiewall":"","dismiss_on_scroll":"","cookie_expiry":"365","url":"https:\\/\\/www.bitvlak.nl\\/wp-json\\/complianz\\/v1\\/","locale":"lang=nl&locale=nl_NL","set_cookies_on_root":"","cookie_domain":"","current_policy_id":"19","cookie_path":"\\/","nonce":"%(cmplz)s"};
</script>
<script defer src="https://www.bitvlak.nl/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js?ver=%(pv)s" id="cmplz-cookiebanner-js"></script>
<script src="https://www.bitvlak.nl/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0" id="generate-menu-js"></script>
<script src="https://www.bitvlak.nl/wp-includes/js/dist/api-fetch.min.js?ver=%(wp)s" id="wp-api-fetch-js"></script>

</body>
</html>
""" % dict(url=URL, wp=wp, pv=pv, nonce=s["nonce"], cmplz=s["cmplz"], ptxt=html.escape(ptxt), code=code,
           online=online, wait=wait, body=body, rows="".join(rows), year=when.year)


PAGE = {
    "service": "Bitvlak",
    "url": URL,
    "lang": "nl",
    "platform": "WordPress 6 + GeneratePress (Gutenberg), Complianz, Yoast",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "nginx"), ("X-Powered-By", "PHP/8.1.27"), ("Link", '<https://www.bitvlak.nl/wp-json/>; rel="https://api.w.org/"')],
    "n": 31,
    "start": dt.date(2022, 9, 5),
    "end": dt.date(2025, 3, 20),
    "policy": POLICY,
    "first_updated": dt.date(2022, 5, 17),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".entry-content"},
}
