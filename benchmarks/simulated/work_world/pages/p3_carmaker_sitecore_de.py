"""Nordstern Automobile AG (German car maker) - de-DE - "Datenschutzhinweise Nordstern Connect" on Sitecore SXA
(Experience Accelerator components: title, rich text, an accordion whose collapsed items hold the per-service
part of the notice, a model/market selector component above the notice with an ASP.NET MVC anti-forgery token).
A fairly clean page: the per-request __RequestVerificationToken, the theme's ?rev= / &hash= media parameters after
deployments and the model list of the selector growing with model launches."""
import datetime as dt
import html
import common as C

BASE = "https://www.nordstern-automobile.de"
URL = BASE + "/de/rechtliches/datenschutz-connect"
MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONATE[d.month - 1], d.year)


POLICY = """
# Datenschutzhinweise für Nordstern Connect

Stand: {UPDATED}

Mit Nordstern Connect bieten wir Ihnen digitale Dienste rund um Ihr Fahrzeug an – vom automatischen Notruf bis zur Fernsteuerung der Standklimatisierung über die App. Dafür werden Daten aus Ihrem Fahrzeug über die im Fahrzeug verbaute Kommunikationseinheit (Telematic Control Unit, TCU) an unser Backend übertragen. Mit diesen Hinweisen informieren wir Sie darüber, welche personenbezogenen Daten dabei verarbeitet werden und welche Rechte Sie haben.

## 1. Verantwortlicher und Datenschutzbeauftragter

Verantwortlich für die Datenverarbeitung im Rahmen von Nordstern Connect ist die Nordstern Automobile AG, Leopoldstraße 210, 80807 München, E-Mail: [datenschutz@nordstern-automobile.de](mailto:datenschutz@nordstern-automobile.de).

Unseren Konzerndatenschutzbeauftragten erreichen Sie unter der oben genannten Anschrift mit dem Zusatz „z. Hd. Datenschutzbeauftragter“ oder unter [dsb@nordstern-automobile.de](mailto:dsb@nordstern-automobile.de).

## 2. Fahrzeugdaten und Personenbezug

Fahrzeugdaten wie Kilometerstand, Tankfüllstand, Reifendruck oder Fehlercodes beziehen sich zunächst auf das Fahrzeug. Sie werden jedoch zu personenbezogenen Daten, sobald sie mit der Fahrzeug-Identifizierungsnummer (FIN) und damit mit dem Halter oder den Nutzern des Fahrzeugs in Verbindung gebracht werden können. Wir behandeln deshalb alle über Nordstern Connect übertragenen Fahrzeugdaten als personenbezogene Daten.

Wir verarbeiten insbesondere:

- Stammdaten Ihres Nordstern ID-Kontos (Name, E-Mail-Adresse, Mobilfunknummer, bevorzugter Servicepartner);
- Fahrzeugidentifikationsdaten (FIN, Modell, Ausstattung, Softwarestand der Steuergeräte);
- Fahrzeugstatusdaten (Kilometerstand, Füll- und Ladestand, Reichweite, Verriegelungsstatus, Warnmeldungen);
- Standortdaten, soweit ein Dienst sie benötigt und die Standortfreigabe im Fahrzeug aktiviert ist;
- Kommunikationsdaten der SIM-Karte der TCU (IMEI, ICCID, Zeitpunkt der Verbindung).

## 3. Privatsphäre-Modus

Über das Menü „Einstellungen > Datenschutz“ im Fahrzeug können Sie den Privatsphäre-Modus aktivieren. In diesem Modus werden keine Standortdaten und keine Fahrzeugstatusdaten an uns übertragen, ausgenommen sind der gesetzliche Notruf (eCall) und sicherheitsrelevante Rückrufe. Dienste, die Standortdaten benötigen, stehen im Privatsphäre-Modus nicht zur Verfügung.

## 4. Die Dienste im Einzelnen

Die folgenden Angaben gelten für Fahrzeuge, die für den deutschen Markt gebaut wurden. Welche Dienste in Ihrem Fahrzeug verfügbar sind, hängt von Modell, Modelljahr und Ausstattung ab.

%% dienste

### Notruf (eCall) und Pannenruf

Bei einem schweren Unfall löst das Fahrzeug automatisch einen Notruf an die Notrufzentrale 112 aus; Sie können den Notruf auch über die SOS-Taste im Dachhimmel auslösen. Dabei werden der Unfallzeitpunkt, die genaue Position, die Fahrtrichtung, die FIN und die Zahl der angelegten Sicherheitsgurte übermittelt. Rechtsgrundlage ist Art. 6 Abs. 1 lit. c DSGVO in Verbindung mit der Verordnung (EU) 2015/758. Die Daten werden nach 13 Stunden gelöscht.

Über die Pannenruf-Taste verbinden Sie sich mit der Nordstern Mobilitätsservice-Hotline; dabei werden Position, Fahrzeugstatus und Fehlercodes übermittelt, damit wir Hilfe schicken können. Diese Daten speichern wir für 30 Tage.

### Fernzugriff über die Nordstern App

Mit der App können Sie den Fahrzeugstatus abrufen, das Fahrzeug ver- und entriegeln, die Standklimatisierung starten und bei Elektrofahrzeugen den Ladevorgang steuern. Hierfür verarbeiten wir die Fahrzeugstatusdaten und die Befehle, die Sie in der App auslösen, auf Grundlage des Nutzungsvertrags (Art. 6 Abs. 1 lit. b DSGVO). Der jeweils letzte Fahrzeugstatus wird gespeichert, bis Sie das Fahrzeug aus Ihrem Konto entfernen; das Protokoll der Fernbefehle löschen wir nach 90 Tagen.

### Live-Verkehrsinformationen und Online-Suche

Für Verkehrsinformationen in Echtzeit und die Online-Zielsuche überträgt das Navigationssystem in regelmäßigen Abständen die Position und Geschwindigkeit des Fahrzeugs an unseren Dienstleister. Diese Daten werden ohne FIN, mit einer alle 15 Minuten wechselnden Kennung übertragen und nach 24 Stunden gelöscht.

### Fahrzeugzustand und Servicetermine

Wenn eine Wartung fällig ist oder ein Steuergerät einen Fehler meldet, übermittelt das Fahrzeug den Kilometerstand und die Fehlercodes. Mit Ihrer Einwilligung geben wir diese Daten an Ihren bevorzugten Servicepartner weiter, damit er Sie für einen Termin kontaktieren kann. Sie können die Einwilligung jederzeit in der App widerrufen.

### Software-Updates over the air

Wir prüfen, ob für die Steuergeräte Ihres Fahrzeugs Aktualisierungen verfügbar sind, und übertragen diese drahtlos. Dabei verarbeiten wir die FIN, den Softwarestand und das Ergebnis der Installation. Sicherheitsrelevante Updates spielen wir auf Grundlage unserer rechtlichen Pflichten aus der UN-Regelung Nr. 156 ein.

### Diebstahlwarnung und Fahrzeugortung

Wenn die Diebstahlwarnanlage auslöst, erhalten Sie eine Benachrichtigung in der App. Nach einem gemeldeten Diebstahl können wir auf Ihren Auftrag und nach Vorlage der polizeilichen Anzeige die Position des Fahrzeugs ermitteln und an die Polizei weitergeben. Die Ortung endet, sobald das Fahrzeug aufgefunden wurde; die Positionsdaten löschen wir 30 Tage nach Abschluss des Vorgangs.

%% tail

## Nordstern ID und Nordstern App

Für die Nutzung der Dienste benötigen Sie ein Nordstern ID-Konto. Bei der Registrierung verarbeiten wir Ihren Namen, Ihre E-Mail-Adresse und Ihr Passwort sowie, für die Verknüpfung eines Fahrzeugs als Hauptnutzer, eine Kopie Ihres Ausweisdokuments oder der Zulassungsbescheinigung Teil I, die wir nach erfolgreicher Prüfung löschen. In der App verarbeiten wir außerdem technische Daten Ihres Smartphones (Betriebssystem, App-Version, Push-Token), um Benachrichtigungen zustellen zu können.

## Speicherdauer

Soweit bei den einzelnen Diensten nichts anderes angegeben ist, speichern wir Ihre Daten, solange Ihr Nordstern ID-Konto besteht und das Fahrzeug mit Ihrem Konto verknüpft ist. Nach dem Entfernen des Fahrzeugs löschen wir die fahrzeugbezogenen Daten innerhalb von 30 Tagen, es sei denn, gesetzliche Aufbewahrungspflichten oder die Abwehr von Rechtsansprüchen erfordern eine längere Speicherung.

## 5. Empfänger

Für den Betrieb von Nordstern Connect setzen wir Auftragsverarbeiter ein, die wir sorgfältig ausgewählt und vertraglich verpflichtet haben:

- die Nordstern Connected Services GmbH, Berlin, für den Betrieb des Backends;
- die Telefónica Germany GmbH & Co. OHG, München, als Mobilfunkanbieter der TCU;
- die HERE Europe B.V., Eindhoven, für Kartendaten und Verkehrsinformationen;
- die Amazon Web Services EMEA SARL, Luxemburg, für Rechenzentren in Frankfurt am Main.

Im Notfall werden Daten an die zuständige Notrufzentrale und an den beauftragten Pannendienst übermittelt. Ihr Servicepartner erhält Daten nur, wenn Sie eingewilligt haben.

Wenn Sie Ihr Fahrzeug über Nordstern Financial Services finanziert oder geleast haben, übermitteln wir bei Zahlungsverzug keine Standortdaten an die Finanzierungsgesellschaft; eine Ortung des Fahrzeugs zu Inkassozwecken findet nicht statt.

Für die Verbesserung unserer Produkte werten wir Fahrzeugdaten ausschließlich in pseudonymisierter Form aus, etwa Fehlerhäufigkeiten bestimmter Steuergeräte oder die durchschnittliche Nutzung von Fahrerassistenzsystemen. Eine Zusammenführung mit Ihrem Nordstern ID-Konto erfolgt dabei nicht. Sie können dieser Auswertung jederzeit widersprechen.

## 6. Übermittlung in Drittländer

Grundsätzlich verarbeiten wir Ihre Daten in der Europäischen Union. Soweit Dienstleister Daten in Drittländern verarbeiten, stellen wir ein angemessenes Datenschutzniveau durch Angemessenheitsbeschlüsse der EU-Kommission oder durch Standardvertragsklauseln sicher.

## 7. Fahrerwechsel, Verkauf und Mietwagen

Wenn Sie Ihr Fahrzeug verkaufen oder dauerhaft überlassen, entfernen Sie es bitte aus Ihrem Nordstern ID-Konto und setzen Sie im Fahrzeug die Nutzerprofile zurück. Als Halter sind Sie verpflichtet, weitere Fahrer des Fahrzeugs über die Datenverarbeitung durch Nordstern Connect zu informieren.

## 8. Ihre Rechte

Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung und Datenübertragbarkeit. Soweit wir Daten auf Grundlage berechtigter Interessen verarbeiten, können Sie der Verarbeitung widersprechen. Eine erteilte Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen.

Sie haben außerdem das Recht, sich bei einer Datenschutzaufsichtsbehörde zu beschweren, insbesondere beim Bayerischen Landesamt für Datenschutzaufsicht, Promenade 18, 91522 Ansbach.

Zur Ausübung Ihrer Rechte genügt eine formlose Mitteilung an die oben genannten Kontaktdaten oder die Nutzung der Datenschutzeinstellungen in Ihrem Nordstern ID-Konto. Zur Prüfung Ihrer Identität können wir Sie bitten, die FIN Ihres Fahrzeugs oder weitere Angaben zu bestätigen, bevor wir Auskunft erteilen.

## 9. Data Act: Zugang zu Fahrzeugdaten

Sie können eine Kopie der von Ihrem Fahrzeug erzeugten Daten über das Nordstern ID-Portal anfordern oder verlangen, dass wir diese Daten an einen Dritten Ihrer Wahl, etwa eine freie Werkstatt, weitergeben. Die Bereitstellung ist für Sie kostenlos.
"""

EDITS = [
    {"note": "inside a collapsed accordion item: remote-command log retention 90 -> 30 days",
     "repl": [("das Protokoll der Fernbefehle löschen wir nach 90 Tagen.", "das Protokoll der Fernbefehle löschen wir nach 30 Tagen.")]},
    {"note": "processor added (HERE replaced by TomTom for traffic data)",
     "repl": [("- die HERE Europe B.V., Eindhoven, für Kartendaten und Verkehrsinformationen;",
               "- die HERE Europe B.V., Eindhoven, für Kartendaten;\n- die TomTom Global Content B.V., Amsterdam, für Verkehrsinformationen;")]},
    {"note": "new accordion item added (Plug & Charge for electric vehicles)",
     "repl": [("### Software-Updates over the air", "### Plug & Charge\n\nBei Elektrofahrzeugen mit Plug & Charge authentifiziert sich das Fahrzeug an kompatiblen Ladesäulen automatisch über ein Vertragszertifikat. Dabei verarbeiten wir die Vertragskennung (EMAID), den Ladepunkt, Beginn und Ende des Ladevorgangs und die geladene Energiemenge, um die Ladevorgänge mit Ihrem Ladetarif abzurechnen. Die Daten werden nach Ablauf der handelsrechtlichen Aufbewahrungsfristen gelöscht.\n\n### Software-Updates over the air")]},
    {"note": "sentence deleted in the privacy-mode section (recalls exception)",
     "repl": [(", ausgenommen sind der gesetzliche Notruf (eCall) und sicherheitsrelevante Rückrufe.", ", ausgenommen ist der gesetzliche Notruf (eCall).")]},
    {"note": "supervisory authority address changed (BayLDA moved) - not dated",
     "bump": False,
     "repl": [("Promenade 18, 91522 Ansbach.", "Promenade 27, 91522 Ansbach.")]},
]

MODELS = [(dt.datetime(2000, 1, 1), ["Nordstern A3", "Nordstern A5 Touring", "Nordstern X4", "Nordstern X6"]),
          (dt.datetime(2022, 9, 12), ["Nordstern A3", "Nordstern A5 Touring", "Nordstern X4", "Nordstern X6", "Nordstern e-Vela"]),
          (dt.datetime(2023, 10, 2), ["Nordstern A3", "Nordstern A5 Touring", "Nordstern X4", "Nordstern X6", "Nordstern e-Vela", "Nordstern e-Vela Sportback"]),
          (dt.datetime(2024, 6, 3), ["Nordstern A3", "Nordstern A5 Touring", "Nordstern X4", "Nordstern e-Vela", "Nordstern e-Vela Sportback", "Nordstern e-X5"]),
          (dt.datetime(2025, 4, 14), ["Nordstern A3", "Nordstern A5 Touring", "Nordstern e-Vela", "Nordstern e-Vela Sportback", "Nordstern e-X5", "Nordstern e-X3"])]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["token"] = C.b64tok(rng, 69).replace("+", "-").replace("/", "_").rstrip("=") + ":" + C.b64tok(rng, 69).replace("+", "-").replace("/", "_").rstrip("=")
    s["rev"] = C.keep_or(rng, prev.get("rev"), 0.35, lambda: (C.hexs(rng, 32), C.hexs(rng, 32).upper(), C.hexs(rng, 32)))
    s["models"] = [k for k, (d, _) in enumerate(MODELS) if when >= d][-1]
    return s


LABELS = {
    "token": "per-request __RequestVerificationToken in the model/market selector form",
    "rev": "SXA theme/media ?rev= and &hash= parameters (deployment)",
    "models": "model list of the model/market selector (model launches)",
}


def render(s, blocks, when):
    segs = C.segments(blocks)
    title = segs["head"][0][1]
    head_html = C.blocks_html(segs["head"][1:], sep="\n")
    items = C.under_headings(segs["dienste"], "h3")
    rev, hsh, jsrev = s["rev"]
    acc = []
    for k, (label, bl) in enumerate(items):
        acc.append('<li class="item%s" role="presentation"><div class="toggle-header" tabindex="0" role="button" aria-expanded="false" aria-controls="acc-%d">'
                   '<div class="label">%s</div></div><div class="toggle-content" id="acc-%d" role="region" style="display: none;">'
                   '<div class="component rich-text"><div class="component-content">%s</div></div></div></li>'
                   % (" first" if k == 0 else (" last" if k == len(items) - 1 else ""), k, html.escape(label), k,
                      C.blocks_html(bl, sep="")))
    acc_html = ('<div class="component accordion policy-services col-12" data-properties=\'{"expandOnHover":false,"expandedByDefault":false,"speed":500,"easing":"swing","canOpenMultiple":true,"canToggle":true,"isControlEditable":false}\'>'
                '<div class="component-content"><div><ul class="items">%s</ul></div></div></div>' % "".join(acc))
    tail_html = C.blocks_html(segs["tail"], sep="\n")
    models = MODELS[s["models"]][1]
    opts = "".join('<option value="%s">%s</option>' % (m.lower().replace(" ", "-"), html.escape(m)) for m in models)
    media = lambda p: "%s/-/media/nordstern/%s?rev=%s&amp;hash=%s" % (BASE, p, rev, hsh)  # noqa: E731
    selector = ('<div class="component model-market-selector col-12"><div class="component-content">'
                '<form action="/api/sitecore/ConnectAvailability/Check" method="post" class="mms-form">'
                '<input name="__RequestVerificationToken" type="hidden" value="%s" />'
                '<p class="mms-intro">Prüfen Sie, welche Nordstern Connect Dienste für Ihr Fahrzeug verfügbar sind.</p>'
                '<label for="mms-market">Markt</label><select id="mms-market" name="market"><option value="de" selected>Deutschland</option>'
                '<option value="at">Österreich</option><option value="ch">Schweiz</option><option value="lu">Luxemburg</option></select>'
                '<label for="mms-model">Modell</label><select id="mms-model" name="model"><option value="">Bitte wählen</option>%s</select>'
                '<label for="mms-year">Modelljahr</label><select id="mms-year" name="year">%s</select>'
                '<button type="submit" class="btn btn-primary">Verfügbarkeit prüfen</button></form></div></div>'
                % (s["token"], opts, "".join('<option>%d</option>' % y for y in range(when.year + 1, 2018, -1))))
    nav = ('<header><div id="header" class="container-fluid"><div class="row">'
           '<div class="component image file-type-icon-media-link col-2 logo"><div class="component-content"><a title="Nordstern" href="/de"><img src="%s" alt="Nordstern Automobile" width="180" height="36" /></a></div></div>'
           '<div class="component navigation navigation-main col-8"><div class="component-content"><nav><ul class="clearfix">'
           '<li class="level0 rel-level1"><div class="navigation-title field-navigationtitle"><a href="/de/modelle">Modelle</a></div></li>'
           '<li class="level0 rel-level1"><div class="navigation-title field-navigationtitle"><a href="/de/elektromobilitaet">Elektromobilität</a></div></li>'
           '<li class="level0 rel-level1"><div class="navigation-title field-navigationtitle"><a href="/de/kaufen">Kaufen &amp; Finanzieren</a></div></li>'
           '<li class="level0 rel-level1"><div class="navigation-title field-navigationtitle"><a href="/de/service">Service &amp; Zubehör</a></div></li>'
           '<li class="level0 rel-level1"><div class="navigation-title field-navigationtitle"><a href="/de/connect">Nordstern Connect</a></div></li>'
           '</ul></nav></div></div><div class="component link col-2 dealer-search"><div class="component-content"><a href="/de/haendlersuche">Händler finden</a></div></div>'
           '</div></div></header>' % media("logos/nordstern-logo.svg"))
    crumbs = ('<div class="component breadcrumb navigation-title col-12"><div class="component-content"><nav><ol>'
              '<li class="breadcrumb-item home"><div class="navigation-title field-navigationtitle"><a title="Startseite" href="/de">Startseite</a></div><div class="separator">/</div></li>'
              '<li class="breadcrumb-item"><div class="navigation-title field-navigationtitle"><a title="Rechtliches" href="/de/rechtliches">Rechtliches</a></div><div class="separator">/</div></li>'
              '<li class="breadcrumb-item last"><div class="navigation-title field-navigationtitle"><a title="Datenschutz Connect" href="/de/rechtliches/datenschutz-connect">Datenschutz Connect</a></div></li>'
              '</ol></nav></div></div>')
    footer = ('<footer><div id="footer" class="container-fluid"><div class="row">'
              '<div class="component rich-text col-12 col-md-4 footer-col"><div class="component-content"><h4>Nordstern Automobile AG</h4><p>Leopoldstraße 210<br>80807 München</p></div></div>'
              '<div class="component link-list col-12 col-md-4 footer-col"><div class="component-content"><h4>Rechtliches</h4><ul>'
              '<li class="item0 odd first"><div class="field-link"><a href="/de/rechtliches/impressum">Impressum</a></div></li>'
              '<li class="item1 even"><div class="field-link"><a href="/de/rechtliches/datenschutz">Datenschutz</a></div></li>'
              '<li class="item2 odd"><div class="field-link"><a href="/de/rechtliches/datenschutz-connect">Datenschutz Connect</a></div></li>'
              '<li class="item3 even"><div class="field-link"><a href="/de/rechtliches/cookie-richtlinie">Cookie-Richtlinie</a></div></li>'
              '<li class="item4 odd last"><div class="field-link"><a href="/de/rechtliches/verbrauchsangaben">Verbrauchs- und Emissionsangaben</a></div></li></ul></div></div>'
              '<div class="component rich-text col-12 col-md-4 footer-col"><div class="component-content"><p>Die angegebenen Verbrauchs- und Emissionswerte wurden nach dem vorgeschriebenen Messverfahren WLTP ermittelt.</p>'
              '<p>© Nordstern Automobile AG</p></div></div></div></div></footer>')
    return ('<!DOCTYPE html>\n<!--[if IE]><![endif]-->\n<html lang="de-DE">\n<head>\n'
            '<link href="%s/-/media/feature/experience-accelerator/bootstrap-4/bootstrap-4/styles/optimized-min.css?rev=%s&amp;t=20230301T102144Z&amp;hash=%s" rel="stylesheet" />'
            '<link href="%s/-/media/base-themes/main-theme/styles/optimized-min.css?rev=%s&amp;hash=%s" rel="stylesheet" />'
            '<link href="%s/-/media/themes/nordstern/nordstern/nordstern-theme/styles/pre-optimized-min.css?rev=%s&amp;hash=%s" rel="stylesheet" />\n'
            '<title>Datenschutzhinweise Nordstern Connect | Nordstern Automobile</title>\n'
            '<link rel="canonical" href="%s" />\n<meta property="og:title" content="Datenschutzhinweise Nordstern Connect" />\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1"/>\n'
            '<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-document-language="true" type="text/javascript" charset="UTF-8" data-domain-script="5e1b7c2d-93a4-4f0e-b6c1-0d8a7f3e2a19"></script>\n'
            '</head>\n<body class="default-device bodyclass">\n<div id="wrapper">\n%s\n<main>\n<div id="content" class="container">\n<div class="row">\n'
            '%s\n%s\n<div class="component title col-12"><div class="component-content"><h1 class="field-title">%s</h1></div></div>\n'
            '<div class="component rich-text policy col-12"><div class="component-content">\n%s\n</div></div>\n%s\n'
            '<div class="component rich-text policy col-12"><div class="component-content">\n%s\n</div></div>\n'
            '</div>\n</div>\n</main>\n%s\n</div>\n'
            '<script src="%s/-/media/base-themes/main-theme/scripts/optimized-min.js?rev=%s&amp;hash=%s"></script>\n'
            '<script src="%s/-/media/themes/nordstern/nordstern/nordstern-theme/scripts/pre-optimized-min.js?rev=%s&amp;hash=%s"></script>\n'
            '</body>\n</html>\n'
            % (BASE, rev, hsh, BASE, rev, hsh, BASE, rev, hsh, URL, nav, crumbs, selector, html.escape(title), head_html,
               acc_html, tail_html, footer, BASE, jsrev, hsh, BASE, jsrev, hsh))


PAGE = {
    "service": "Nordstern Automobile", "url": URL, "lang": "de-DE", "platform": "Sitecore SXA",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Cache-Control", "private"), ("X-AspNet-Version", "4.0.30319"), ("Content-Language", "de-DE")),
    "n": 30, "start": dt.date(2022, 5, 1), "end": dt.date(2025, 11, 30), "hours": (2, 14),
    "policy": POLICY, "first_updated": dt.date(2022, 3, 28), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "gold_md": lambda b: C.blocks_md(C.without_markers(b), URL),
    "declaration": {"fetch": URL, "select": ["#content .component.title .field-title", "#content .component.rich-text.policy",
                                             "#content .component.accordion.policy-services"]},
}
