"""Wassersport Kessler (German), a boat dealer with workshop, winter storage and berths at Lake Constance: TYPO3.
Until 16 April 2024 a TYPO3 9 site with the agency's 2016 template (`#content` holding the header and text content
elements, `#sidebar` beside it, Osano's cookieconsent); then relaunched on TYPO3 12 with the Bootstrap Package
(`main.maincontent-wrap` / `aside.subcontent-wrap` in a 'subnavigation right' backend layout, Usercentrics). The
curators' declaration changed with the relaunch (history file). Beside the text, an uncached plugin shows three
random used boats from the stock and the stock count; the header carries trade-fair and season hints."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import mwkit as K  # noqa: E402

POLICY = """
# Datenschutzerklärung

Stand: {UPDATED}

Wir freuen uns über Ihr Interesse an unserem Unternehmen. Der Schutz Ihrer personenbezogenen Daten ist uns ein wichtiges Anliegen. Nachfolgend informieren wir Sie gemäß Art. 13 und 14 DSGVO darüber, welche Daten wir verarbeiten, wenn Sie unsere Website besuchen, uns kontaktieren, ein Boot bei uns kaufen oder unsere Werkstatt- und Winterlagerleistungen in Anspruch nehmen.

## 1. Verantwortlicher

@ Wassersport Kessler GmbH
@ Hafenstraße 12
@ 78315 Radolfzell am Bodensee
@ Telefon: 07732 9412-0
@ E-Mail: [datenschutz@wassersport-kessler.de](mailto:datenschutz@wassersport-kessler.de)
@ Geschäftsführer: Markus Kessler

## 2. Hosting und Server-Logfiles

Unsere Website wird bei der Mittwald CM Service GmbH & Co. KG, Espelkamp, gehostet. Beim Aufruf der Website werden automatisch Informationen in sogenannten Server-Logfiles gespeichert: IP-Adresse, Datum und Uhrzeit des Zugriffs, aufgerufene Seite, Referrer-URL sowie verwendeter Browser und Betriebssystem. Die Verarbeitung erfolgt auf Grundlage von Art. 6 Abs. 1 lit. f DSGVO; unser berechtigtes Interesse liegt in der technisch fehlerfreien und sicheren Bereitstellung der Website. Die Logfiles werden nach 14 Tagen gelöscht.

## 3. Kontaktaufnahme und Bootsanfragen

Wenn Sie uns per E-Mail, Telefon oder über das Anfrageformular zu einem Neu- oder Gebrauchtboot kontaktieren, verarbeiten wir Ihre Angaben (Name, Kontaktdaten, Ihre Nachricht und ggf. Angaben zum gewünschten Boot oder zu Ihrem Boot für eine Inzahlungnahme) zur Bearbeitung Ihrer Anfrage. Rechtsgrundlage ist Art. 6 Abs. 1 lit. b DSGVO, soweit Ihre Anfrage auf den Abschluss eines Vertrags gerichtet ist, im Übrigen Art. 6 Abs. 1 lit. f DSGVO.

## 4. Probefahrten, Kaufverträge und Werkstatt

Für Probefahrten, den Abschluss von Kaufverträgen sowie für Werkstattaufträge, Winterlager und Liegeplätze verarbeiten wir Ihre Stammdaten, Angaben zum Boot (Hersteller, Typ, Rumpfnummer, Motorisierung, Bodensee-Zulassungsnummer) sowie Rechnungs- und Zahlungsdaten. Rechtsgrundlage ist Art. 6 Abs. 1 lit. b DSGVO.

Als Vertragshändler übermitteln wir für die Garantieabwicklung und Produktregistrierung Ihren Namen, Ihre Anschrift und die Rumpf- bzw. Motornummer an den jeweiligen Hersteller.

## 5. Google Maps

Auf unserer Kontaktseite binden wir Karten des Dienstes Google Maps der Google Ireland Limited ein. Die Karte wird erst geladen, wenn Sie in die Nutzung eingewilligt haben (Art. 6 Abs. 1 lit. a DSGVO). Dabei kann Ihre IP-Adresse an Server von Google in den USA übertragen werden.

## 6. Cookies und Einwilligungsverwaltung

Wir verwenden technisch notwendige Cookies sowie – nur mit Ihrer Einwilligung – Cookies für Statistikzwecke. Ihre Einwilligung können Sie jederzeit über den Link „Cookie-Einstellungen“ im Fußbereich der Website widerrufen.

## 7. Empfänger

Eine Übermittlung Ihrer Daten an Dritte erfolgt nur, soweit dies zur Vertragserfüllung erforderlich ist oder Sie eingewilligt haben. Empfänger können sein:

- Bootshersteller und Motorenhersteller (Garantie, Rückrufaktionen),
- Speditionen und Trailer-Transportunternehmen,
- unser Steuerberater,
- IT-Dienstleister, die uns beim Betrieb der Website und unserer Warenwirtschaft unterstützen.

## 8. Speicherdauer

Wir speichern personenbezogene Daten nur so lange, wie es für den jeweiligen Zweck erforderlich ist. Handels- und steuerrechtliche Aufbewahrungsfristen betragen bis zu zehn Jahre. Anfragen, aus denen kein Vertrag entsteht, löschen wir nach 12 Monaten.

## 9. Ihre Rechte

Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16 DSGVO), Löschung (Art. 17 DSGVO), Einschränkung der Verabeitung (Art. 18 DSGVO), Datenübertragbarkeit (Art. 20 DSGVO) sowie das Recht, der Verarbeitung zu widersprechen (Art. 21 DSGVO). Eine erteilte Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen.

Sie haben zudem das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren. Für uns zuständig ist der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg.
"""

EDITS = [
    {"note": "sentence added: boating licence and Lake Constance skipper's licence checked for test drives",
     "repl": [("sowie Rechnungs- und Zahlungsdaten. Rechtsgrundlage ist Art. 6 Abs. 1 lit. b DSGVO.",
               "sowie Rechnungs- und Zahlungsdaten. Bei Probefahrten mit führerscheinpflichtigen Booten lassen wir "
               "uns Ihr Bodensee-Schifferpatent vorlegen und notieren dessen Nummer. Rechtsgrundlage ist Art. 6 "
               "Abs. 1 lit. b DSGVO.")]},
    {"note": "recipient list item added: financing partner for boat loans",
     "repl": [("- Speditionen und Trailer-Transportunternehmen,",
               "- Speditionen und Trailer-Transportunternehmen,\n"
               "- Finanzierungspartner (z. B. Santander Consumer Bank AG), wenn Sie eine Bootsfinanzierung "
               "wünschen,")]},
    {"note": "typo fixed (Verabeitung), date unchanged", "bump": False,
     "repl": [("Einschränkung der Verabeitung", "Einschränkung der Verarbeitung")]},
    {"note": "section 5 rewritten: Google Maps replaced by OpenStreetMap",
     "repl": [("## 5. Google Maps\n\nAuf unserer Kontaktseite binden wir Karten des Dienstes Google Maps der Google "
               "Ireland Limited ein. Die Karte wird erst geladen, wenn Sie in die Nutzung eingewilligt haben (Art. 6 "
               "Abs. 1 lit. a DSGVO). Dabei kann Ihre IP-Adresse an Server von Google in den USA übertragen werden.",
               "## 5. OpenStreetMap\n\nAuf unserer Kontaktseite zeigen wir eine Karte von OpenStreetMap an. Die "
               "Kartenkacheln werden von unserem eigenen Server ausgeliefert; Daten an die OpenStreetMap Foundation "
               "oder andere Dritte werden dabei nicht übermittelt.")]},
    {"note": "retention of enquiries without contract shortened from 12 to 6 months",
     "repl": [("löschen wir nach 12 Monaten.", "löschen wir nach 6 Monaten.")]},
    {"note": "controller's phone number changed (new telephone system)",
     "repl": [("@ Telefon: 07732 9412-0", "@ Telefon: 07732 8047-0")]},
]


def fmt_date(d):
    return d.strftime("%d.%m.%Y")


RELAUNCH = dt.datetime(2024, 4, 16, 10, 0, 0)

STOCK = [("Bayliner VR5 Bowrider", 2019, "Mercury 4.5 l MPI 250 PS", 38900),
         ("Quicksilver Activ 605 Open", 2021, "Mercury F115 EFI", 34500),
         ("Sea Ray SPX 190", 2018, "MerCruiser 4.5 l 200 PS", 31900),
         ("Jeanneau Cap Camarat 6.5 CC", 2020, "Yamaha F150", 52900),
         ("Marex 310 Sun Cruiser", 2016, "2 × Volvo Penta D4-300", 189000),
         ("Bavaria Cruiser 34", 2014, "Volvo Penta D1-30", 79500),
         ("Hanse 315", 2019, "Yanmar 3YM15", 74900),
         ("Dehler 30 one design", 2021, "Yanmar 2YM15", 118000),
         ("Beneteau Flyer 6 Spacedeck", 2022, "Suzuki DF150", 58900),
         ("Sealine C330", 2017, "2 × Volvo Penta D4-300", 214000),
         ("Frauscher 747 Mirage", 2015, "Mercruiser 6.2 l 350 PS", 98000),
         ("Boesch 620 Costa Brava", 1998, "Chevrolet 5.7 l 260 PS", 69500),
         ("Linssen Grand Sturdy 30.0 AC", 2012, "Volvo Penta D2-55", 149000),
         ("Sunbeam 22.1", 2017, "Yanmar 1GM10", 39800),
         ("Nimbus T8", 2022, "Mercury V8 300 PS", 169000),
         ("Quicksilver Activ 555 Cabin", 2020, "Mercury F100", 27900),
         ("Saver 690 Cabin", 2019, "Suzuki DF140", 44500),
         ("Elan E4", 2018, "Volvo Penta D1-20", 96500),
         ("Bavaria S29", 2021, "Volvo Penta D4-320", 139000),
         ("Schaefer Phantom 303", 2013, "2 × Volvo Penta D4-260", 158000)]


def _hint(loc):
    d = loc.date()
    y = d.year
    boot = {2024: (dt.date(2024, 1, 20), dt.date(2024, 1, 28)), 2025: (dt.date(2025, 1, 18), dt.date(2025, 1, 26))}
    inter = {2023: (dt.date(2023, 9, 23), dt.date(2023, 10, 1)), 2024: (dt.date(2024, 9, 21), dt.date(2024, 9, 29))}
    if y in boot and boot[y][0] - dt.timedelta(days=14) <= d <= boot[y][1]:
        a, b = boot[y]
        return "Besuchen Sie uns auf der boot Düsseldorf, %d.–%s: Halle 9, Stand C12" % (a.day, b.strftime("%d.%m.%Y"))
    if y in inter and inter[y][0] - dt.timedelta(days=21) <= d <= inter[y][1]:
        a, b = inter[y]
        return "INTERBOOT Friedrichshafen %s–%s: Sie finden uns in Halle A5, Stand 312" % (
            a.strftime("%d.%m."), b.strftime("%d.%m.%Y"))
    if 3 <= d.month <= 4:
        return "Saisonstart: Jetzt Kran- und Auswinterungstermin vereinbaren!"
    if 10 <= d.month <= 11:
        return "Winterlager %d/%d: Nur noch wenige Hallenplätze frei" % (y, (y + 1) % 100)
    return None


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "cet")
    new = when >= RELAUNCH
    count = p.get("stock", 84) + rng.randint(-4, 4) if p else 84 + rng.randint(-5, 5)
    st = {
        "site": "typo3-12-bootstrap" if new else "typo3-9-kessler2016",
        "teaser": tuple(rng.sample(range(len(STOCK)), 3)),
        "stock": max(61, min(112, count)),
        "hint": _hint(loc),
        "cache": C.keep_or(rng, p.get("cache") if p.get("site") == ("typo3-12-bootstrap" if new else
                                                                      "typo3-9-kessler2016") else None, 0.15,
                           lambda: (C.hexs(rng, 32), C.hexs(rng, 32), C.epoch(when) - rng.randint(3600, 40 * 86400))),
        "year": loc.year,
    }
    return K.ensure_change(st, prev, "teaser", lambda: tuple(rng.sample(range(len(STOCK)), 3)))


LABELS = {
    "site": "relaunch: TYPO3 9 custom template -> TYPO3 12 Bootstrap Package (new markup, new selector)",
    "teaser": "three random used boats in the sidebar (uncached plugin)",
    "stock": "'Aktuell N Boote im Bestand' stock count",
    "hint": "trade-fair / season hint in the header",
    "cache": "typo3temp/_assets file stamps (cache flush, deploy)",
    "year": "footer copyright year",
}


def _price(n):
    return "{:,}".format(n).replace(",", ".") + " €"


def _teaser_items(state, new):
    items = []
    for n in state["teaser"]:
        model, year, engine, price = STOCK[n]
        slug = K.slug(model)
        if new:
            items.append('<div class="card boot-teaser"><a href="/gebrauchtboote/%s-%d" class="card-img-top"><img '
                         'loading="lazy" src="/fileadmin/_processed_/boote/%s_%s.jpg" width="400" height="267" alt="%s">'
                         '</a><div class="card-body"><h3 class="card-title h5">%s</h3><p class="card-text">Baujahr %d · '
                         '%s</p><p class="card-price">%s</p></div></div>'
                         % (slug, 1000 + n, slug, K.hex_hash(slug, 10), K.esc(model), K.esc(model), year,
                            K.esc(engine), _price(price)))
        else:
            items.append('<div class="boot"><a href="gebrauchtboote/detail/boot/%d/"><img src="uploads/tx_kesslerboote/'
                         '%s_thumb.jpg" width="180" height="120" alt=""></a><h4><a href="gebrauchtboote/detail/boot/'
                         '%d/">%s</a></h4><p>Bj. %d, %s<br><strong>%s</strong></p></div>'
                         % (1000 + n, slug, 1000 + n, K.esc(model), year, K.esc(engine), _price(price)))
    return "\n".join(items)


def _old(state, title, body, phone, when):
    h1, h2, ts = state["cache"]
    hint = ('\n    <div id="messe-hinweis"><a href="aktuelles/">%s</a></div>' % K.esc(state["hint"])
            if state["hint"] else "")
    return """<!DOCTYPE html>
<html lang="de">
<head>

<meta charset="utf-8">
<!-- 
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2019 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->

<base href="https://www.wassersport-kessler.de/">

<title>Wassersport Kessler: Datenschutz</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Bootshandel, Werkstatt und Winterlager am Bodensee: Neu- und Gebrauchtboote in Radolfzell.">


<link rel="stylesheet" type="text/css" href="typo3temp/assets/compressed/merged-%(h1)s-%(h2)s.css?%(ts)d" media="all">
<link rel="stylesheet" type="text/css" href="https://cdnjs.cloudflare.com/ajax/libs/cookieconsent2/3.1.1/cookieconsent.min.css" media="all">



<script src="typo3temp/assets/compressed/merged-%(h2)s-%(h1)s.js?%(ts)d" type="text/javascript"></script>


</head>
<body id="p42">
<div id="wrapper">
  <div id="header">
    <a href="/" id="logo"><img src="fileadmin/templates/kessler2016/img/logo-kessler.png" width="260" height="72" alt="Wassersport Kessler"></a>
    <div id="kontakt-kopf">%(phone)s · Mo–Fr 8–18 Uhr, Sa 9–13 Uhr</div>%(hint)s
  </div>
  <div id="nav">
    <ul><li><a href="neuboote/">Neuboote</a></li><li><a href="gebrauchtboote/">Gebrauchtboote</a></li><li><a href="motoren/">Motoren</a></li><li><a href="werkstatt/">Werkstatt</a></li><li><a href="winterlager/">Winterlager &amp; Liegeplätze</a></li><li><a href="kontakt/">Kontakt</a></li></ul>
  </div>
  <div id="main">
    <div id="content">
<!--TYPO3SEARCH_begin-->

	

			<div id="c187" class="frame frame-default frame-type-header frame-layout-0">
				
				
					



				
				
					

	
		<header>
			

	
			<h1 class="">
				%(title)s
			</h1>
		



			



			



		</header>
	



				
				
				
			</div>

		



	

			<div id="c188" class="frame frame-default frame-type-text frame-layout-0">
				
				
				%(body)s
				
				
			</div>

		


<!--TYPO3SEARCH_end-->
    </div>
    <div id="sidebar">
      <div class="box boote-teaser">
        <h3>Aktuelle Gebrauchtboote</h3>
%(teaser)s
        <p class="bestand"><a href="gebrauchtboote/">Aktuell %(stock)d Boote im Bestand</a></p>
      </div>
      <div class="box">
        <h3>Öffnungszeiten</h3>
        <p>Mo–Fr 8–18 Uhr<br>Sa 9–13 Uhr<br>Werkstatt: Mo–Fr 7.30–16.30 Uhr</p>
      </div>
    </div>
  </div>
  <div id="footer">
    <p>&copy; %(year)d Wassersport Kessler GmbH · Hafenstraße 12 · 78315 Radolfzell · <a href="impressum/">Impressum</a> · <a href="datenschutz/">Datenschutz</a></p>
  </div>
</div>
<script src="https://cdnjs.cloudflare.com/ajax/libs/cookieconsent2/3.1.1/cookieconsent.min.js" type="text/javascript"></script>
<script type="text/javascript">
window.addEventListener("load", function(){
window.cookieconsent.initialise({
  "palette": {"popup": {"background": "#0b3a5b"}, "button": {"background": "#f2b632"}},
  "type": "opt-in",
  "content": {"message": "Diese Website verwendet Cookies. Statistik-Cookies setzen wir nur mit Ihrer Einwilligung.", "allow": "Zulassen", "deny": "Ablehnen", "link": "Mehr erfahren", "href": "https://www.wassersport-kessler.de/datenschutz/"}
})});
</script>
</body>
</html>""" % {"h1": h1, "h2": h2, "ts": ts, "phone": K.esc(phone), "hint": hint, "title": K.esc(title),
              "body": body, "teaser": _teaser_items(state, False), "stock": state["stock"], "year": state["year"]}


def _new(state, title, body, phone, when):
    h1, h2, ts = state["cache"]
    hint = ('<div class="alert alert-info messe-hinweis mb-0 rounded-0 text-center"><a href="/aktuelles">%s</a></div>'
            % K.esc(state["hint"]) if state["hint"] else "")
    frame = ("frame frame-default frame-type-%s frame-layout-default frame-size-default frame-height-default "
             "frame-background-none frame-space-before-none frame-space-after-none frame-no-backgroundimage")
    return """<!DOCTYPE html>
<html dir="ltr" lang="de-DE">
<head>

<meta charset="utf-8">
<!-- 
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2024 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->



<title>Datenschutz | Wassersport Kessler</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<meta name="robots" content="index,follow">
<meta name="description" content="Bootshandel, Werkstatt und Winterlager am Bodensee: Neu- und Gebrauchtboote in Radolfzell.">
<meta property="og:title" content="Datenschutz">
<meta property="og:site_name" content="Wassersport Kessler">
<meta name="twitter:card" content="summary">
<meta name="apple-mobile-web-app-capable" content="no">
<meta name="google" content="notranslate">

<link rel="stylesheet" href="/typo3temp/assets/bootstrappackage/css/theme-%(h1)s.css?%(ts)d" media="all">
<link rel="stylesheet" href="/_assets/%(h2)s/Css/kessler.css?%(ts)d" media="all">



<script id="usercentrics-cmp" src="https://app.usercentrics.eu/browser-ui/latest/loader.js" data-settings-id="rT4kZ9mLq" async></script>
<link rel="canonical" href="https://www.wassersport-kessler.de/datenschutz"/>

</head>
<body id="p42" class="page-42 pagelevel-1 language-0 backendlayout-subnavigation_right layout-default">

<div id="top"></div><div class="body-bg"><a class="visually-hidden-focusable page-skip-link" href="#page-content"><span>Zum Hauptinhalt springen</span></a><a class="visually-hidden-focusable page-skip-link" href="#page-footer"><span>Zum Seitenende springen</span></a><div class="meta-bar"><div class="container"><span class="meta-bar-phone">%(phone)s</span> · <span class="meta-bar-hours">Mo–Fr 8–18 Uhr, Sa 9–13 Uhr</span></div></div>%(hint)s<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top navbar-fixed-top"><div class="container container-mainnavigation"><a class="navbar-brand navbar-brand-image" title="Wassersport Kessler" href="/"><img class="navbar-brand-logo-normal" src="/_assets/%(h2)s/Images/logo-kessler.svg" alt="Wassersport Kessler" height="52" width="200"></a><button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#mainnavigation" aria-controls="mainnavigation" aria-expanded="false" aria-label="Navigation umschalten"><span class="navbar-toggler-icon"></span></button><nav aria-label="Hauptnavigation" id="mainnavigation" class="collapse navbar-collapse"><ul class="navbar-nav"><li class="nav-item"><a href="/neuboote" class="nav-link" title="Neuboote"><span class="nav-link-text">Neuboote</span></a></li><li class="nav-item"><a href="/gebrauchtboote" class="nav-link" title="Gebrauchtboote"><span class="nav-link-text">Gebrauchtboote</span></a></li><li class="nav-item"><a href="/motoren" class="nav-link" title="Motoren"><span class="nav-link-text">Motoren</span></a></li><li class="nav-item"><a href="/werkstatt" class="nav-link" title="Werkstatt"><span class="nav-link-text">Werkstatt</span></a></li><li class="nav-item"><a href="/winterlager-liegeplaetze" class="nav-link" title="Winterlager &amp; Liegeplätze"><span class="nav-link-text">Winterlager &amp; Liegeplätze</span></a></li><li class="nav-item"><a href="/kontakt" class="nav-link" title="Kontakt"><span class="nav-link-text">Kontakt</span></a></li></ul></nav></div></header><nav class="breadcrumb-section" aria-label="Brotkrümelnavigation"><div class="container"><p class="visually-hidden" id="breadcrumb">Sie sind hier:</p><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/" title="Startseite"><span class="breadcrumb-link-title"><span class="breadcrumb-text">Startseite</span></span></a></li><li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-link-title"><span class="breadcrumb-text">Datenschutz</span></span></li></ol></div></nav><div id="page-content" class="bp-page-content main-section"><div class="section section-default"><div class="container"><div class="section-row"><main class="section-column maincontent-wrap" role="main">
<!--TYPO3SEARCH_begin-->
<div id="c187" class="%(f_header)s"><div class="frame-group-container"><div class="frame-group-inner"><div class="frame-container frame-container-default"><div class="frame-inner"><header class="frame-header"><h1 class="element-header "><span>%(title)s</span></h1></header></div></div></div></div></div>

<div id="c188" class="%(f_text)s"><div class="frame-group-container"><div class="frame-group-inner"><div class="frame-container frame-container-default"><div class="frame-inner">%(body)s</div></div></div></div></div>

<!--TYPO3SEARCH_end-->
</main><aside class="section-column subcontent-wrap" role="complementary"><div id="c301" class="frame frame-default frame-type-list frame-list-type-kesslerboote_teaser"><div class="frame-inner"><header class="frame-header"><h2 class="element-header h4"><span>Aktuelle Gebrauchtboote</span></h2></header>
%(teaser)s
<p class="bestand"><a class="btn btn-outline-primary btn-sm" href="/gebrauchtboote">Aktuell %(stock)d Boote im Bestand</a></p></div></div></aside></div></div></div></div><footer id="page-footer" class="bp-page-footer"><section class="section footer-section footer-section-content"><div class="container"><div class="section-row"><div class="section-column footer-section-content-column footer-section-content-column-left"><p><strong>Wassersport Kessler GmbH</strong><br>Hafenstraße 12 · 78315 Radolfzell am Bodensee</p></div><div class="section-column footer-section-content-column footer-section-content-column-right"><ul class="list-inline"><li class="list-inline-item"><a href="/impressum">Impressum</a></li><li class="list-inline-item"><a href="/datenschutz" class="active">Datenschutz</a></li><li class="list-inline-item"><a href="#" onclick="UC_UI.showSecondLayer(); return false;">Cookie-Einstellungen</a></li></ul></div></div></div></section><section class="section footer-section footer-section-meta"><div class="container"><div class="frame frame-small"><div class="footer-copyright"><p>&copy; %(year)d Wassersport Kessler GmbH</p></div></div></div></section></footer></div>
<script src="/_assets/%(h2)s/JavaScript/Dist/bootstrap.stickyheader.min.js?%(ts)d"></script>
<script src="/_assets/%(h2)s/JavaScript/Dist/bootstrap.smoothscroll.min.js?%(ts)d"></script>
<script src="/_assets/%(h2)s/JavaScript/Dist/bootstrap.navbar.min.js?%(ts)d"></script>
<script src="/typo3temp/assets/bootstrappackage/js/bootstrap-%(h1)s.js?%(ts)d"></script>


</body>
</html>""" % {"h1": h1, "h2": h2, "ts": ts, "phone": K.esc(phone), "hint": hint, "title": K.esc(title),
              "body": body, "teaser": _teaser_items(state, True), "stock": state["stock"], "year": state["year"],
              "f_header": frame % "header", "f_text": frame % "text"}


def render(state, blocks, when):
    title, rest = K.title_and_rest(blocks)
    addr = [b for b in rest if b[0] == "addr"][0][1]
    phone = [x for x in addr if x.startswith("Telefon")][0]
    if state["site"].startswith("typo3-12"):
        body = K.render_blocks(rest, tags={"ul": ' class="list-normal"'}, addr=lambda lines, inl: "<p>%s</p>" % (
            "<br> ".join(inl(x) for x in lines)))
        return _new(state, title, body, phone, when)
    body = K.render_blocks(rest, addr=lambda lines, inl: "<p>%s</p>" % "<br />\n".join(inl(x) for x in lines),
                           sep="\n")
    return _old(state, title, body, phone, when)


PAGE = {
    "service": "Wassersport Kessler",
    "url": "https://www.wassersport-kessler.de/datenschutz",
    "lang": "de",
    "platform": "TYPO3 9 (agency template) -> TYPO3 12 + Bootstrap Package after the April 2024 relaunch",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Apache"), ("X-Powered-By", "PHP/8.2.18"), ("Content-Language", "de")],
    "n": 31,
    "start": dt.date(2023, 3, 15),
    "end": dt.date(2025, 2, 28),
    "hours": (5, 17),
    "policy": POLICY,
    "first_updated": dt.date(2022, 12, 5),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.wassersport-kessler.de/datenschutz",
        "select": ".maincontent-wrap",
    },
    "history": [
        {"fetch": "https://www.wassersport-kessler.de/datenschutz/",
         "select": "#content",
         "validUntil": "2024-04-16T10:00:00Z"},
    ],
}
