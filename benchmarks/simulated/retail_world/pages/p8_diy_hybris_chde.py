"""Werkhof (DIY / home-improvement chain, Dietikon) - de-CH - SAP Commerce Cloud: the Accelerator storefront (JSP,
yCmsContentSlot / yCmsComponent wrappers) until April 2024, then the Composable Storefront (Spartacus, Angular SSR:
cx-storefront, cx-page-slot, _ngcontent attributes, the spartacus-app-state TransferState). The "Datenschutz &
Cookies" content page holds two documents in a tab container: the privacy statement (first tab, the tracked
document) and the cookie policy (second tab, its own edits); the declaration changes with the migration (history).
Swiss spelling (ss for ß), nDSG. Noise: the CSRFToken of the header forms and ;jsessionid= rewritten links of a
cookieless first visit (Accelerator), Dynatrace RUM's per-request rid, the store-locator widget in the header
(my store, open now / closed, today's hours, public holidays), the weekly "Aktion der Woche" slot, _ui asset
?v= versions and Angular chunk hashes, the platform migration. Noisy."""
import datetime as dt
import html
import json
import common as C

URL = "https://www.werkhof.ch/de/datenschutz"
MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONATE[d.month - 1], d.year)


POLICY = """
# Datenschutzerklärung der Werkhof Bau+Garten AG

Stand: {UPDATED}

Die Werkhof Bau+Garten AG («Werkhof», «wir») betreibt Bau- und Gartenmärkte in der Deutschschweiz, den Online-Shop werkhof.ch, die Werkhof App und das Kundenprogramm Werkhof Card. In dieser Datenschutzerklärung informieren wir Sie darüber, welche Personendaten wir bearbeiten, zu welchen Zwecken und an wen wir sie bekanntgeben. Massgebend ist das Bundesgesetz über den Datenschutz (DSG); soweit anwendbar, beachten wir auch die Datenschutz-Grundverordnung der EU (DSGVO).

## 1. Verantwortliche Stelle

Verantwortlich für die Datenbearbeitungen, die wir hier beschreiben, ist:

@ Werkhof Bau+Garten AG
@ Datenschutz
@ Riedstrasse 11
@ 8953 Dietikon
@ [datenschutz@werkhof.ch](mailto:datenschutz@werkhof.ch)

## 2. Welche Daten wir bearbeiten

Wir bearbeiten insbesondere folgende Kategorien von Personendaten:

- Stammdaten wie Name, Adresse, E-Mail-Adresse, Telefonnummer und Geburtsdatum;
- Angaben zu Einkäufen in unseren Filialen und im Online-Shop, etwa gekaufte Artikel, Preis, Datum, Filiale und Zahlungsart;
- Daten zur Werkhof Card, namentlich Kartennummer, Punktestand und eingelöste Gutscheine;
- Angaben bei der Miete von Geräten und Fahrzeugen, einschliesslich der Daten Ihres amtlichen Ausweises;
- Kommunikationsdaten aus dem Kontakt mit unserem Kundendienst, unserer Fachberatung und unserem Handwerkerservice;
- technische Daten beim Besuch unserer Website und App, wie IP-Adresse, Gerätetyp, Browser und Nutzungsverhalten;
- Aufnahmen der Videoüberwachung in unseren Filialen und auf den Parkplätzen.

## 3. Zwecke der Bearbeitung

Wir bearbeiten Personendaten vor allem, um:

- Ihre Bestellungen abzuwickeln, Waren zu liefern oder zur Abholung in der Filiale bereitzustellen;
- Garantie- und Reparaturfälle sowie Rückgaben zu bearbeiten;
- die Werkhof Card zu verwalten und Ihnen persönliche Angebote zu unterbreiten;
- Mietverträge für Geräte, Anhänger und Transporter abzuschliessen und durchzusetzen;
- Sie mit unserem Newsletter über Aktionen, Kurse und Neuheiten zu informieren, sofern Sie dies wünschen;
- unser Sortiment, unsere Filialen und unsere digitalen Angebote zu verbessern;
- Diebstahl und Betrug zu verhindern und aufzuklären;
- gesetzliche Pflichten zu erfüllen, insbesondere Aufbewahrungspflichten.

## 4. Werkhof Card

Mit der Werkhof Card sammeln Sie bei jedem Einkauf Punkte, die Sie in Einkaufsgutscheine umwandeln können. Dazu erfassen wir Ihre Einkäufe in den Filialen und im Online-Shop. Auf Grundlage dieser Einkäufe erstellen wir ein Profil Ihrer Interessen, um Ihnen passende Angebote zu machen, etwa für Gartenartikel im Frühling. Sie können dieser Auswertung jederzeit widersprechen; die Punkte erhalten Sie trotzdem.

Punkte verfallen, wenn sie nicht innerhalb von 24 Monaten nach dem Einkauf eingelöst werden.

## 5. Geräte- und Fahrzeugmiete

Wenn Sie bei uns ein Gerät, einen Anhänger oder einen Transporter mieten, erfassen wir Ihre Personalien und die Angaben Ihres Ausweises bzw. Führerausweises. Eine Kopie des Ausweises bewahren wir bis 30 Tage nach der Rückgabe auf und löschen sie danach. Bei Schäden oder Bussen aus der Mietdauer können wir Ihre Daten an die zuständigen Behörden oder an Versicherungen weitergeben.

## 6. Videoüberwachung

In unseren Filialen überwachen wir Eingänge, Kassen, Lager- und Aussenbereiche mit Kameras, um Diebstähle zu verhindern und die Sicherheit der Kundschaft und der Mitarbeitenden zu gewährleisten. Die Aufnahmen werden nach 72 Stunden automatisch gelöscht, sofern sie nicht zur Aufklärung eines Vorfalls benötigt werden.

## 6b. Online-Shop, Kundenkonto und Click & Collect

Für Bestellungen im Online-Shop können Sie ein Kundenkonto eröffnen oder als Gast bestellen. Im Kundenkonto speichern wir Ihre Adressen, Ihre Bestellhistorie, Ihre Merkliste und Ihre bevorzugte Filiale. Wählen Sie Click & Collect, informieren wir die gewählte Filiale über Ihre Bestellung und benachrichtigen Sie per E-Mail oder SMS, sobald die Ware zur Abholung bereitsteht. Bei der Abholung können wir einen Ausweis verlangen.

Wir prüfen Bestellungen auf Kauf auf Rechnung anhand Ihrer Angaben und können dazu eine Bonitätsauskunft einholen. Fällt die Prüfung negativ aus, bieten wir Ihnen andere Zahlungsarten an.

## 6c. Newsletter und Kurse

Unseren Newsletter erhalten Sie nur, wenn Sie sich dafür angemeldet und Ihre E-Mail-Adresse bestätigt haben. Wir werten aus, welche Inhalte Sie öffnen und anklicken, um den Newsletter zu verbessern. Sie können sich jederzeit über den Link am Ende jedes Newsletters abmelden.

Für unsere Kurse und Workshops, etwa zum Fliesenlegen oder zum Gärtnern, erfassen wir Ihre Anmeldung, Ihre Kontaktdaten und allfällige Zahlungen. Wir informieren Sie über Änderungen und Absagen und bitten Sie nach dem Kurs um eine freiwillige Rückmeldung.

## 6d. Datensicherheit

Wir treffen angemessene technische und organisatorische Massnahmen, um Ihre Personendaten vor unbefugtem Zugriff, Verlust und Missbrauch zu schützen, beispielsweise Verschlüsselung, Zugriffsbeschränkungen, Protokollierung und regelmässige Schulungen unserer Mitarbeitenden. Verletzungen der Datensicherheit melden wir, soweit gesetzlich vorgeschrieben, dem EDÖB und informieren die betroffenen Personen.

## 7. Weitergabe an Dritte

Wir geben Personendaten nur weiter, soweit dies für die genannten Zwecke erforderlich ist, namentlich an:

- IT-Dienstleister, insbesondere die SAP (Schweiz) AG für den Betrieb unseres Online-Shops;
- Logistikpartner wie die Schweizerische Post und Planzer Transport AG;
- Zahlungsdienstleister wie Worldline und TWINT;
- Handwerkspartner, wenn Sie einen Montage- oder Handwerkerservice buchen;
- Behörden, wenn wir gesetzlich dazu verpflichtet sind.

Wir verkaufen keine Personendaten an Dritte.

## 7a. Social Media und Werbung

Wir betreiben Seiten auf Facebook, Instagram, Pinterest und YouTube. Wenn Sie mit diesen Seiten interagieren, bearbeiten die Betreiber der Plattformen Ihre Daten in eigener Verantwortung; wir erhalten von ihnen nur zusammengefasste Statistiken über die Nutzung unserer Seiten. Nachrichten, die Sie uns über diese Plattformen senden, beantwortet unser Kundendienst.

Mit Ihrer Einwilligung setzen wir auf unserer Website Werbe-Cookies ein, um Ihnen auf anderen Websites und in sozialen Netzwerken Werbung für Produkte anzuzeigen, die Sie sich bei uns angesehen haben. Ihre Einwilligung können Sie jederzeit in den Cookie-Einstellungen widerrufen.

## 7b. Bewerbungen

Bewerben Sie sich auf eine Stelle bei Werkhof, bearbeiten wir Ihre Bewerbungsunterlagen ausschliesslich für das Bewerbungsverfahren. Nach Abschluss des Verfahrens löschen wir die Unterlagen nach sechs Monaten, ausser Sie willigen ein, dass wir sie für künftige Stellen in unserem Bewerberpool aufbewahren.

## 8. Bekanntgabe ins Ausland

Unsere Dienstleister bearbeiten Daten grundsätzlich in der Schweiz oder im Europäischen Wirtschaftsraum. Werden Daten in ein Land ohne angemessenen Datenschutz bekanntgegeben, stützen wir uns auf die Standardvertragsklauseln der Europäischen Kommission, die vom Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten (EDÖB) anerkannt sind.

## 9. Aufbewahrung

Wir bewahren Personendaten so lange auf, wie es für den jeweiligen Zweck erforderlich ist oder das Gesetz es vorschreibt. Buchhaltungsrelevante Unterlagen bewahren wir während zehn Jahren auf. Die Daten Ihres Werkhof Card-Kontos löschen wir, wenn die Karte während drei Jahren nicht benutzt wurde.

## 10. Ihre Rechte

Sie haben das Recht, Auskunft über Ihre bei uns bearbeiteten Personendaten zu verlangen, unrichtige Daten berichtigen oder Ihre Daten löschen zu lassen, der Bearbeitung zu widersprechen und Ihre Daten in einem gängigen elektronischen Format herauszuverlangen. Eine erteilte Einwilligung können Sie jederzeit widerrufen.

Für Ihre Anfrage genügt eine E-Mail an die oben genannte Adresse; wir können einen Identitätsnachweis verlangen. Sie können zudem beim [EDÖB](https://www.edoeb.admin.ch) Anzeige erstatten.

## 10a. Minderjährige

Unser Online-Shop und die Werkhof Card richten sich an Personen ab 16 Jahren. Geräte und Fahrzeuge vermieten wir nur an volljährige Personen. Erfahren wir, dass uns Daten von Kindern ohne Zustimmung der Eltern übermittelt wurden, löschen wir sie.

## 10b. Links auf andere Websites

Unsere Website enthält Links auf Websites von Herstellern, Partnern und sozialen Netzwerken. Für deren Inhalte und Datenbearbeitungen sind die jeweiligen Betreiber verantwortlich. Bitte lesen Sie deren Datenschutzerklärungen, bevor Sie dort Personendaten angeben.

Fragen zum Datenschutz beantwortet Ihnen auch unser Kundendienst in jeder Filiale sowie telefonisch von Montag bis Samstag. Er leitet Ihr Anliegen bei Bedarf an unsere Datenschutzberaterin weiter.

## 11. Änderungen

Wir können diese Datenschutzerklärung jederzeit anpassen, etwa wenn wir neue Dienstleistungen anbieten oder sich die rechtlichen Vorgaben ändern. Über wesentliche Änderungen informieren wir Sie auf unserer Website. Es gilt die auf unserer Website veröffentlichte Fassung.
"""

EDITS = [
    {"note": "processor added: Klarna for purchase on invoice",
     "repl": [("- Zahlungsdienstleister wie Worldline und TWINT;", "- Zahlungsdienstleister wie Worldline und TWINT sowie Klarna für den Kauf auf Rechnung;")]},
    {"note": "rental: ID copy deleted on return instead of kept 30 days",
     "repl": [("Eine Kopie des Ausweises bewahren wir bis 30 Tage nach der Rückgabe auf und löschen sie danach.",
               "Eine Kopie des Ausweises löschen wir unmittelbar nach der Rückgabe des Mietobjekts.")]},
    {"note": "new section on consultation appointments (kitchen and garden planning)",
     "repl": [("## 7. Weitergabe an Dritte", "## 6a. Beratungstermine\n\nBuchen Sie online einen Beratungstermin, etwa für die Küchen- oder Gartenplanung, bearbeiten wir Ihre Kontaktangaben, den gewünschten Termin und die Angaben zu Ihrem Projekt, die Sie uns freiwillig mitteilen. Planungsunterlagen bewahren wir zwei Jahre nach dem Termin auf.\n\n## 7. Weitergabe an Dritte")]},
    {"note": "Werkhof Card points expire after 36 months instead of 24 (silent, date kept)", "bump": False,
     "repl": [("innerhalb von 24 Monaten nach dem Einkauf", "innerhalb von 36 Monaten nach dem Einkauf")]},
    {"note": "data protection contact moved (new street address)",
     "repl": [("@ Riedstrasse 11\n@ 8953 Dietikon", "@ Bernstrasse 40\n@ 8952 Schlieren")]},
]

COOKIES = [("JSESSIONID", "notwendig", "Sitzung im Online-Shop", "Sitzung"),
           ("werkhof-cart", "notwendig", "Warenkorb", "30 Tage"),
           ("werkhof-store", "Funktion", "gewählte Filiale", "1 Jahr"),
           ("_ga", "Statistik", "Google Analytics", "13 Monate"),
           ("_fbp", "Marketing", "Meta Pixel", "3 Monate"),
           ("_pin_unauth", "Marketing", "Pinterest Tag", "1 Jahr")]
HOLIDAYS = {(1, 1), (1, 2), (8, 1), (12, 25), (12, 26)}
EASTER = {2022: dt.date(2022, 4, 17), 2023: dt.date(2023, 4, 9), 2024: dt.date(2024, 3, 31), 2025: dt.date(2025, 4, 20),
          2026: dt.date(2026, 4, 5)}
DEALS = [("Bosch Akku-Bohrschrauber GSR 18V-55", 129, 179), ("Gardena Gartenschlauch-Set 20 m", 39.9, 59.9),
         ("Hochbeet Lärche 120×60 cm", 149, 199), ("Makita Akku-Rasenmäher DLM382", 349, 449),
         ("Wandfarbe Alpinaweiss 10 l", 49.9, 69.9), ("Holzpellets 15 kg, Palette 66 Säcke", 429, 495),
         ("Kärcher Hochdruckreiniger K 4", 199, 259), ("Weber Gasgrill Spirit E-325", 699, 899)]
MIGRATION = dt.datetime(2024, 4, 16)


def local(when):
    dst = dt.datetime(when.year, 3, 31 - (dt.date(when.year, 3, 31).weekday() + 1) % 7, 1) <= when < \
        dt.datetime(when.year, 10, 31 - (dt.date(when.year, 10, 31).weekday() + 1) % 7, 1)
    return when + dt.timedelta(hours=2 if dst else 1)


def holiday(d):
    e = EASTER.get(d.year)
    moving = {e - dt.timedelta(days=2), e + dt.timedelta(days=1), e + dt.timedelta(days=39), e + dt.timedelta(days=50)} if e else set()
    return (d.month, d.day) in HOLIDAYS or d in moving


def store_state(when):
    t = local(when)
    d = t.date()
    if holiday(d) or d.weekday() == 6:
        hours, status = None, "Heute geschlossen"
    else:
        o, c = ((7, 30), (20, 0)) if d.weekday() < 5 else ((8, 0), (18, 0))
        if d.month == 12 and d.day in (24, 31):
            c = (16, 0)
        hours = "%d:%02d–%d:%02d" % (o + c)
        now = (t.hour, t.minute)
        status = "Jetzt geöffnet" if o <= now < c else ("Öffnet um %d:%02d" % o if now < o else "Geschlossen")
    return (hours, status)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"rid": ("RID_%d" % rng.randint(-2 ** 31, 2 ** 31), str(rng.randint(-2 ** 31, 2 ** 31)))}
    s["spartacus"] = when >= MIGRATION
    if not s["spartacus"]:
        s["csrf"] = C.uuid4(rng)
        s["jsession"] = C.hexs(rng, 32).upper() + ".accstorefront-6f9c7d5b8-" + C.alnum(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789")
    s["store"] = store_state(when)
    wk = local(when).isocalendar()
    s["deal"] = (wk[0] * 53 + wk[1]) % len(DEALS), (local(when).date() + dt.timedelta(days=5 - local(when).weekday())).isoformat()
    s["assets"] = C.keep_or(rng, prev.get("assets") if prev.get("spartacus") == s["spartacus"] else None, 0.25,
                            lambda: (str(rng.randint(2105, 2311)) + "." + str(rng.randint(1, 30)), C.hexs(rng, 16), C.hexs(rng, 16), C.hexs(rng, 7)))
    s["cookie_rows"] = 6 if when >= dt.datetime(2023, 3, 20) else 5
    return s


LABELS = {"rid": "Dynatrace RUM per-request rid / rpid in data-dtconfig",
          "spartacus": "migration from the Accelerator storefront to the Composable Storefront (Spartacus SSR)",
          "csrf": "per-visit CSRFToken of the header forms (Accelerator)",
          "jsession": ";jsessionid= rewritten links of a cookieless first visit (Accelerator)",
          "store": "store-locator widget: my store open now / closed, today's hours, holidays",
          "deal": "weekly 'Aktion der Woche' content slot",
          "assets": "_ui asset ?v= version / Angular chunk hashes (deploys)",
          "cookie_rows": "cookie policy (second tab, other document) gains a Pinterest row"}


def chf(x):
    return ("%.2f" % x).replace(".00", ".–")


def cookie_html(s):
    rows = COOKIES[:s["cookie_rows"]]
    return ('<h2>Cookie-Richtlinie</h2>\n<p>Wir verwenden Cookies und ähnliche Technologien. Notwendige Cookies setzen wir immer, alle anderen nur mit Ihrer Einwilligung, die Sie in den Cookie-Einstellungen jederzeit anpassen können.</p>\n'
            '<table class="table"><thead><tr><th>Name</th><th>Kategorie</th><th>Zweck</th><th>Speicherdauer</th></tr></thead><tbody>%s</tbody></table>'
            % "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in r) for r in rows))


def render(s, blocks, when):
    hours, status = s["store"]
    k, until = s["deal"]
    name, price, old = DEALS[k]
    u = dt.date.fromisoformat(until)
    deal = ('<div class="deal-of-week"><span class="deal-of-week__label">Aktion der Woche</span><a href="/de/p/%s">%s</a>'
            '<span class="deal-of-week__price">CHF %s</span><span class="deal-of-week__old">statt %s</span><span class="deal-of-week__until">gültig bis Sa, %d.%d.</span></div>'
            % (C.det_sha("deal", k)[:8], html.escape(name), chf(price), chf(old), u.day, u.month))
    store_txt = ("Heute %s · %s" % (hours, status)) if hours else status
    dyn = ('<script type="text/javascript" src="/ruxitagentjs_ICA7NVfqrux_10283240219110125.js" data-dtconfig="rid=%s|rpid=%s|domain=werkhof.ch|reportUrl=/rb_bf73918hzt|app=ea7c4b59f27d43eb|cuc=ll64881i|owasp=1|mel=100000|featureHash=ICA7NVfqrux|dpvc=1|lastModification=1712148000000|tp=500,50,0|rdnt=1|uxrgce=1|srbbv=2|agentUri=/ruxitagentjs_ICA7NVfqrux_10283240219110125.js"></script>'
           % s["rid"])
    pol = C.blocks_html(blocks)
    if s["spartacus"]:
        return render_spartacus(s, pol, deal, store_txt, dyn, when)
    js = ";jsessionid=" + s["jsession"]
    v = s["assets"][0]
    return """<!DOCTYPE html>
<html lang="de">
<head>
	<title>Datenschutz &amp; Cookies | Werkhof</title>
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
	<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1, user-scalable=no">
	<meta name="keywords">
	<meta name="description" content="Datenschutzerklärung und Cookie-Richtlinie der Werkhof Bau+Garten AG">
	<meta name="robots" content="index,follow">
	%(dyn)s
	<link rel="shortcut icon" type="image/x-icon" media="all" href="/_ui/responsive/theme-werkhof/images/favicon.ico" />
	<link rel="stylesheet" type="text/css" media="all" href="/_ui/responsive/theme-werkhof/css/style.css?v=%(v)s"/>
	<link rel="stylesheet" type="text/css" media="all" href="/_ui/addons/smarteditaddon/responsive/common/css/smarteditaddon.css?v=%(v)s"/>
	<link rel="canonical" href="%(url)s" />
	<link rel="alternate" hreflang="de-CH" href="%(url)s" />
	<link rel="alternate" hreflang="fr-CH" href="https://www.werkhof.ch/fr/protection-des-donnees" />
	<script>
		var ACC = { config: {} };
		ACC.config.contextPath = "";
		ACC.config.encodedContextPath = "/de";
		ACC.config.commonResourcePath = "/_ui/responsive/common";
		ACC.config.themeResourcePath = "/_ui/responsive/theme-werkhof";
		ACC.config.siteResourcePath = "/_ui/responsive/site-werkhof";
		ACC.config.rootPath = "/_ui/responsive";
		ACC.config.CSRFToken = "%(csrf)s";
		ACC.pwdStrengthVeryWeak = 'Sehr schwach';
		ACC.config.language = "de";
		ACC.autocompleteUrl = '/de/search/autocompleteSecure';
		ACC.config.isAnonymous = true;
	</script>
</head>
<body class="page-privacyAndCookies pageType-ContentPage template-pages-layout-contentLayout1Page pageLabel-datenschutz smartedit-page-uid-privacyAndCookies smartedit-page-uuid-eyJpdGVtSWQiOiJwcml2YWN5QW5kQ29va2llcyIsImNhdGFsb2dJZCI6IndlcmtoZlBDb250ZW50Q2F0YWxvZyIsImNhdGFsb2dWZXJzaW9uIjoiT25saW5lIn0= smartedit-catalog-version-uuid-werkhofContentCatalog/Online language-de">
	<main data-currency-iso-code="CHF">
		<a href="#skip-to-content" class="skiptocontent" data-role="none">Zum Inhalt springen</a>
		<a href="#skiptonavigation" class="skiptonavigation" data-role="none">Zur Navigation springen</a>
		<div class="yCmsContentSlot container">
			<div class="yCmsComponent"><div class="header-promo">%(deal)s</div></div>
		</div>
		<header class="js-mainHeader">
			<nav class="navigation navigation--top hidden-xs hidden-sm">
				<div class="row">
					<div class="col-sm-12 col-md-4">
						<div class="nav__left js-site-logo">
							<div class="yCmsComponent yComponentWrapper"><div class="banner__component simple-banner"><a href="/de%(js)s"><img title="Werkhof" alt="Werkhof Bau+Garten" src="/medias/logo-werkhof.svg?context=bWFzdGVyfGltYWdlc3w0MjE3fGltYWdlL3N2Zyt4bWx8YUdJMEwyZzBOaTg0T1RjM09EZzBNVEF3TlRFd0wyeHZaMjh1YzNabnw0YjE"></a></div></div>
						</div>
					</div>
					<div class="col-sm-12 col-md-8">
						<div class="nav__right">
							<ul class="nav__links nav__links--account">
								<li class="store-finder-widget js-store-widget" data-store-id="0142">
									<a href="/de/store-finder%(js)s" class="store-finder-widget__link"><span class="glyphicon glyphicon-map-marker"></span>
										<span class="store-finder-widget__name">Meine Filiale: Werkhof Dietikon</span>
										<span class="store-finder-widget__hours">%(store)s</span></a>
								</li>
								<li class="liOffcanvas"><a href="/de/login%(js)s">Anmelden / Registrieren</a></li>
							</ul>
						</div>
					</div>
				</div>
			</nav>
			<div class="hidden-xs hidden-sm js-secondaryNavAccount collapse" id="accNavComponentDesktopOne"><ul class="nav__links"></ul></div>
			<nav class="navigation navigation--middle js-navigation--middle">
				<div class="container-fluid">
					<div class="row desktop__nav">
						<div class="nav__left col-xs-12 col-sm-6">
							<div class="site-search">
								<div class="yCmsComponent"><div class="ui-front">
	<form name="search_form_SearchBox" method="get" action="/de/search/%(js)s">
		<div class="input-group">
			<input type="text" id="js-site-search-input" class="form-control js-site-search-input" name="text" value="" maxlength="100" placeholder="Was suchen Sie?" data-options='{"autocompleteUrl" : "/de/search/autocomplete/SearchBox","minCharactersBeforeRequest" : "3","waitTimeBeforeRequest" : "500","displayProductImages" : true}'>
			<span class="input-group-btn"><button class="btn btn-link js_search_button" type="submit" disabled="true"><span class="glyphicon glyphicon-search"></span></button></span>
		</div>
	<div>
<input type="hidden" name="CSRFToken" value="%(csrf)s" />
</div></form>
</div></div>
							</div>
						</div>
						<div class="nav__right col-xs-6 col-xs-6 hidden-xs">
							<ul class="nav__links nav__links--shop_info">
								<li><div class="yCmsComponent"><div class="nav-cart">
	<a href="/de/cart%(js)s" class="mini-cart-link js-mini-cart-link" data-mini-cart-url="/de/cart/rollover/MiniCart" data-mini-cart-refresh-url="/de/cart/miniCart/SUBTOTAL" data-mini-cart-name="Warenkorb" data-mini-cart-empty-name="Leerer Warenkorb" data-mini-cart-items-text="Artikel">
		<div class="mini-cart-icon"><span class="glyphicon glyphicon-shopping-cart "></span></div>
		<div class="mini-cart-price js-mini-cart-price hidden-xs hidden-sm">CHF 0.00</div>
		<div class="mini-cart-count js-mini-cart-count"><span class="nav-items-total">0</span></div>
	</a>
</div>
<div class="mini-cart-container js-mini-cart-container"></div></div></li>
							</ul>
						</div>
					</div>
				</div>
			</nav>
			<a id="skiptonavigation"></a>
			<nav class="navigation navigation--bottom js_navigation--bottom js-enquire-offcanvas-navigation" role="navigation">
				<ul class="sticky-nav-top hidden-lg hidden-md js-sticky-user-group hidden-md hidden-lg"></ul>
				<div class="navigation__overflow">
					<ul data-trigger="#signedInUserOptionsToggle" class="nav__links nav__links--products js-offcanvas-links">
						<li class="auto nav__links--primary"><span class="yCmsComponent nav__link js_nav__link"><a href="/de/c/werkzeug%(js)s" title="Werkzeug">Werkzeug</a></span></li>
						<li class="auto nav__links--primary"><span class="yCmsComponent nav__link js_nav__link"><a href="/de/c/garten%(js)s" title="Garten">Garten</a></span></li>
						<li class="auto nav__links--primary"><span class="yCmsComponent nav__link js_nav__link"><a href="/de/c/baustoffe%(js)s" title="Baustoffe">Baustoffe</a></span></li>
						<li class="auto nav__links--primary"><span class="yCmsComponent nav__link js_nav__link"><a href="/de/c/farben%(js)s" title="Farben &amp; Tapeten">Farben &amp; Tapeten</a></span></li>
						<li class="auto nav__links--primary"><span class="yCmsComponent nav__link js_nav__link"><a href="/de/c/bad-kueche%(js)s" title="Bad &amp; Küche">Bad &amp; Küche</a></span></li>
						<li class="auto nav__links--primary"><span class="yCmsComponent nav__link js_nav__link"><a href="/de/miete%(js)s" title="Gerätemiete">Gerätemiete</a></span></li>
					</ul>
				</div>
			</nav>
		</header>
		<a id="skip-to-content"></a>
		<div class="main__inner-wrapper">
			<div class="container">
				<div class="yCmsContentSlot breadcrumb-section"><ol class="breadcrumb"><li><a href="/de%(js)s">Startseite</a></li><li class="active">Datenschutz &amp; Cookies</li></ol></div>
				<div class="row">
					<div class="col-xs-12">
						<div class="yCmsContentSlot">
							<div class="yCmsComponent"><h1 class="headline">Datenschutz &amp; Cookies</h1></div>
						</div>
						<div class="yCmsContentSlot content-page-section">
							<div class="yCmsComponent">
<div class="tabs js-tabs tabs-responsive">
	<div class="tabhead"><a href="">Datenschutzerklärung</a><span class="glyphicon"></span></div>
	<div class="tabbody"><div class="content">
%(pol)s
	</div></div>
	<div class="tabhead"><a href="">Cookie-Richtlinie</a><span class="glyphicon"></span></div>
	<div class="tabbody"><div class="content">
%(cookies)s
	</div></div>
</div>
							</div>
						</div>
					</div>
				</div>
			</div>
		</div>
		<footer>
			<div class="footer__top"><div class="container"><div class="footer__right col-xs-12 col-md-9"><div class="row">
				<div class="footer__nav--container col-xs-12 col-sm-3"><div class="title">Service</div><ul class="footer__nav--links"><li class="yCmsComponent footer__link"><a href="/de/store-finder%(js)s">Filialen &amp; Öffnungszeiten</a></li><li class="yCmsComponent footer__link"><a href="/de/miete%(js)s">Gerätemiete</a></li><li class="yCmsComponent footer__link"><a href="/de/werkhof-card%(js)s">Werkhof Card</a></li></ul></div>
				<div class="footer__nav--container col-xs-12 col-sm-3"><div class="title">Rechtliches</div><ul class="footer__nav--links"><li class="yCmsComponent footer__link"><a href="/de/agb%(js)s">AGB</a></li><li class="yCmsComponent footer__link"><a href="/de/datenschutz%(js)s">Datenschutz &amp; Cookies</a></li><li class="yCmsComponent footer__link"><a href="/de/impressum%(js)s">Impressum</a></li></ul></div>
			</div></div></div></div>
			<div class="footer__bottom"><div class="footer__copyright"><div class="container">&copy; %(year)d Werkhof Bau+Garten AG</div></div></div>
		</footer>
	</main>
	<form name="accessiblityForm"><input type="hidden" id="accesibility_refreshScreenReaderBufferField" name="accesibility_refreshScreenReaderBufferField" value=""/></form>
	<div id="ariaStatusMsg" class="skip" role="status" aria-relevant="text" aria-live="polite"></div>
	<script src="/_ui/shared/js/analyticsmediator.js"></script>
	<script src="/_ui/responsive/common/js/jquery-3.5.1.min.js"></script>
	<script src="/_ui/responsive/common/js/acc.storefinder.js?v=%(v)s"></script>
	<script src="/_ui/responsive/common/js/acc.tabs.js?v=%(v)s"></script>
	<script src="/_ui/responsive/theme-werkhof/js/werkhof.min.js?v=%(v)s"></script>
	<script src="https://consent.cookiebot.com/uc.js" id="Cookiebot" data-cbid="3f8a1c2e-7b40-4d9e-a1f5-6c0e2b9d4a73" data-culture="DE" type="text/javascript" async></script>
</body>
</html>
""" % {"dyn": dyn, "v": v, "url": URL, "csrf": s["csrf"], "deal": deal, "js": js, "store": html.escape(store_txt),
       "pol": pol, "cookies": cookie_html(s), "year": when.year}


def render_spartacus(s, pol, deal, store_txt, dyn, when):
    _, h1, h2, ng = s["assets"]
    a = "_ngcontent-ng-c%s" % str(int(ng, 16))[:10]
    state = {"cx-state": {"cms": {"page": {"entities": {"datenschutz": {"loading": False, "success": True, "value": {"pageId": "privacyAndCookies", "template": "ContentPage1Template", "title": "Datenschutz & Cookies"}}}}},
                          "anonymousConsents": {"templates": {"loading": False, "success": True}}, "siteContext": {"language": "de", "currency": "CHF", "baseSite": "werkhof-ch"}}}
    st = json.dumps(state, ensure_ascii=False).replace('"', "&q;").replace("<", "&l;")
    return """<!DOCTYPE html><html lang="de" data-critters-container><head>
  <meta charset="utf-8">
  <title>Datenschutz &amp; Cookies | Werkhof</title>
  <base href="/">
  <meta name="occ-backend-base-url" content="https://api.werkhof.ch">
  <meta name="media-backend-base-url" content="https://api.werkhof.ch">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  %(dyn)s
  <link rel="icon" type="image/x-icon" href="favicon.ico">
<link rel="stylesheet" href="styles.%(h2)s.css" media="print" onload="this.media='all'"><noscript><link rel="stylesheet" href="styles.%(h2)s.css"></noscript><meta name="description" content="Datenschutzerklärung und Cookie-Richtlinie der Werkhof Bau+Garten AG"><meta name="robots" content="INDEX, FOLLOW"><link rel="canonical" href="%(url)s"><style ng-app-id="ng">cx-page-slot{display:block}</style></head>
<body>
  <app-root ng-version="17.3.12" ng-server-context="ssr"><cx-storefront tabindex="0" class="LandingPageTemplate stop-navigating"><cx-skip-link><div tabindex="-1" class=""><button> Zum Inhalt springen </button><button> Zur Navigation springen </button></div></cx-skip-link><header cxskiplink="cx-header" tabindex="-1" class=""><cx-page-layout section="header" class="header"><cx-page-slot position="PreHeader" class="PreHeader has-components"><cx-hamburger-menu><button type="button" aria-label="Menü" aria-controls="header-account-container, header-categories-container, header-locale-container" class="cx-hamburger" aria-expanded="false"><span class="hamburger-box"><span class="hamburger-inner"></span></span></button></cx-hamburger-menu></cx-page-slot><cx-page-slot position="SiteLinks" class="SiteLinks has-components"><app-store-widget %(a)s class="store-widget"><a %(a)s href="/de/store-finder" class="store-widget__link"><cx-icon %(a)s class="cx-icon fas fa-map-marker-alt"></cx-icon><span %(a)s class="store-widget__name">Meine Filiale: Werkhof Dietikon</span><span %(a)s class="store-widget__hours">%(store)s</span></a></app-store-widget></cx-page-slot><cx-page-slot position="SiteLogo" class="SiteLogo has-components"><cx-banner><a tabindex="0" href="/de"><cx-media class="is-initialized"><img alt="Werkhof Bau+Garten" src="https://api.werkhof.ch/medias/logo-werkhof.svg" class="ng-star-inserted"></cx-media></a></cx-banner></cx-page-slot><cx-page-slot position="SearchBox" class="SearchBox has-components"><cx-searchbox><div role="search" aria-label="Suche" class="searchbox"><label class="searchbox"><input autocomplete="off" aria-label="Suche" placeholder="Was suchen Sie?"></label></div></cx-searchbox></cx-page-slot><cx-page-slot position="MiniCart" class="MiniCart has-components"><cx-mini-cart><a aria-label="Warenkorb enthält 0 Artikel im Wert von CHF 0.00" href="/de/cart"><cx-icon class="cx-icon fas fa-shopping-cart"></cx-icon><span class="count">0</span></a></cx-mini-cart></cx-page-slot><cx-page-slot position="NavigationBar" class="NavigationBar has-components"><cx-category-navigation><cx-navigation-ui class="flyout"><nav><ul><li><a href="/de/c/werkzeug">Werkzeug</a></li><li><a href="/de/c/garten">Garten</a></li><li><a href="/de/c/baustoffe">Baustoffe</a></li><li><a href="/de/c/farben">Farben &amp; Tapeten</a></li><li><a href="/de/c/bad-kueche">Bad &amp; Küche</a></li><li><a href="/de/miete">Gerätemiete</a></li></ul></nav></cx-navigation-ui></cx-category-navigation></cx-page-slot></cx-page-layout><cx-page-layout section="navigation"><cx-page-slot position="TopHeaderSlot" class="TopHeaderSlot has-components"><app-deal-banner %(a)s>%(deal)s</app-deal-banner></cx-page-slot></cx-page-layout></header><cx-page-slot position="BottomHeaderSlot" class="BottomHeaderSlot has-components"><cx-breadcrumb><nav aria-label="Breadcrumb"><span><a href="/de">Startseite</a></span><span aria-current="page">Datenschutz &amp; Cookies</span></nav><h1>Datenschutz &amp; Cookies</h1></cx-breadcrumb></cx-page-slot><cx-global-message aria-live="assertive" aria-atomic="true" role="alert"></cx-global-message><main cxskiplink="cx-main" tabindex="-1"><router-outlet></router-outlet><cx-page-layout class="ContentPage1Template"><cx-page-slot position="Section2A" class="Section2A has-components"><cx-tab-paragraph-container><div %(a)s class="tab-paragraph-container"><button %(a)s class="active" aria-selected="true" role="tab"> Datenschutzerklärung </button><div %(a)s class="active" role="tabpanel"><cx-paragraph><div class="cx-paragraph-content">
%(pol)s
</div></cx-paragraph></div></div><div %(a)s class="tab-paragraph-container"><button %(a)s aria-selected="false" role="tab"> Cookie-Richtlinie </button><div %(a)s role="tabpanel"><cx-paragraph><div class="cx-paragraph-content">
%(cookies)s
</div></cx-paragraph></div></div></cx-tab-paragraph-container></cx-page-slot></cx-page-layout></main><footer cxskiplink="cx-footer" tabindex="-1"><cx-page-layout section="footer"><cx-page-slot position="Footer" class="Footer has-components"><cx-footer-navigation><cx-navigation-ui class="flyout"><nav><h5>Service</h5><ul><li><a href="/de/store-finder">Filialen &amp; Öffnungszeiten</a></li><li><a href="/de/miete">Gerätemiete</a></li><li><a href="/de/werkhof-card">Werkhof Card</a></li></ul></nav><nav><h5>Rechtliches</h5><ul><li><a href="/de/agb">AGB</a></li><li><a href="/de/datenschutz">Datenschutz &amp; Cookies</a></li><li><a href="/de/impressum">Impressum</a></li></ul></nav></cx-navigation-ui></cx-footer-navigation><cx-anonymous-consent-open-dialog><div class="anonymous-consents"><button>Cookie-Einstellungen</button></div></cx-anonymous-consent-open-dialog><cx-paragraph><div class="cx-paragraph-content"><p class="copyright">© %(year)d Werkhof Bau+Garten AG</p></div></cx-paragraph></cx-page-slot></cx-page-layout></footer></cx-storefront></app-root>
<script src="runtime.%(ng)s.js" type="module"></script><script src="polyfills.%(h1b)s.js" type="module"></script><script src="main.%(h1)s.js" type="module"></script>

<script id="spartacus-app-state" type="application/json">%(st)s</script></body></html>
""" % {"dyn": dyn, "h1": h1, "h1b": h1[::-1], "h2": h2, "ng": ng, "url": URL, "a": a, "store": html.escape(store_txt),
       "deal": deal, "pol": pol, "cookies": cookie_html(s), "year": when.year, "st": st}


PAGE = {
    "service": "Werkhof", "url": URL, "lang": "de-CH", "platform": "SAP Commerce Cloud (Accelerator, then Spartacus)",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": (("Server", "Apache"), ("X-Frame-Options", "SAMEORIGIN"), ("Strict-Transport-Security", "max-age=31536000")),
    "n": 30, "start": dt.date(2022, 3, 1), "end": dt.date(2025, 12, 10), "hours": (5, 9, 13, 17),
    "policy": POLICY, "first_updated": dt.date(2021, 11, 15), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["cx-tab-paragraph-container > div:first-child div[role=tabpanel] .cx-paragraph-content"]},
    "history": [{"fetch": URL, "select": [".js-tabs > .tabbody:nth-child(2)"], "validUntil": "2024-04-16T00:00:00Z"}],
}
