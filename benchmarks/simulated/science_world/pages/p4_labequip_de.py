"""Hessler Labortechnik, a listed German maker of centrifuges, incubators and pipettes: corporate site on Pimcore 11
(Twig templates, areabricks, Bootstrap 5), German.

The policy's sections are collapsed Bootstrap accordion items (an "accordion" areabrick: `<h2 class="accordion-
header"><button class="accordion-button collapsed">`), its title, date line and introduction a WYSIWYG brick
above them; all inside the declared `section#datenschutz`. Per visit: the share-price line in the meta navigation
(Xetra quote, change, time of quote) and the Symfony CSRF `_token` of the footer's newsletter form. Derived from
the date: the "meet us at" trade-fair teaser (next fair: analytica, ACHEMA, MEDICA, ...). Sticky: Pimcore's
`/cache-buster-<mtime>/` asset prefixes. All volatile parts outside the declared section.
"""
import datetime as dt
import html

import common as C

MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONATE[d.month - 1], d.year)


POLICY = """
# Datenschutzerklärung

Stand: {UPDATED}

Der Schutz Ihrer personenbezogenen Daten ist uns ein wichtiges Anliegen. Nachfolgend informieren wir Sie gemäß Art. 13 und 14 der Datenschutz-Grundverordnung (DSGVO) darüber, welche personenbezogenen Daten wir beim Besuch unserer Website www.hessler-lab.com, bei Anfragen zu unseren Produkten und Serviceleistungen sowie im Rahmen unserer Investor-Relations-Angebote verarbeiten.

## 1. Verantwortlicher und Datenschutzbeauftragter

Verantwortlicher im Sinne der DSGVO ist:

@ Hessler Labortechnik AG
@ Am Lahnhafen 7
@ 35578 Wetzlar
@ Telefon: +49 6441 9870-0
@ E-Mail: info@hessler-lab.com

Unseren externen Datenschutzbeauftragen erreichen Sie unter:

@ DSB-Consult Mittelhessen GmbH
@ Bahnhofstraße 24, 35390 Gießen
@ E-Mail: datenschutz@hessler-lab.com

## 2. Allgemeines zur Datenverarbeitung

Wir verarbeiten personenbezogene Daten nur, soweit dies zur Bereitstellung einer funktionsfähigen Website sowie unserer Inhalte und Leistungen erforderlich ist. Rechtsgrundlagen sind insbesondere Art. 6 Abs. 1 lit. a DSGVO (Einwilligung), lit. b (Vertrag und vorvertragliche Maßnahmen), lit. c (rechtliche Verpflichtung) und lit. f (berechtigtes Interesse). Soweit wir Ihre Einwilligung für den Zugriff auf Informationen in Ihrem Endgerät einholen, erfolgt dies zusätzlich auf Grundlage von § 25 Abs. 1 TTDSG.

## 3. Hosting und Server-Logfiles

Unsere Website wird von der Pixelwerk Digital GmbH betreut und in Rechenzentren der noris network AG in Nürnberg betrieben. Bei jedem Aufruf speichert der Webserver automatisch folgende Informationen:

- IP-Adresse des anfragenden Rechners
- Datum und Uhrzeit des Zugriffs
- Name und URL der abgerufenen Datei
- Referrer-URL und verwendeter Browser samt Betriebssystem
- übertragene Datenmenge und HTTP-Statuscode

Die Verarbeitung erfolgt auf Grundlage von Art. 6 Abs. 1 lit. f DSGVO; unser berechtigtes Interesse liegt in der Sicherheit und Stabilität des Angebots. Die Logfiles werden nach 7 Tagen gelöscht, sofern sie nicht zur Aufklärung eines Sicherheitsvorfalls benötigt werden.

## 4. Kontaktaufnahme, Angebots- und Serviceanfragen

Wenn Sie uns über ein Formular, per E-Mail oder telefonisch kontaktieren, verarbeiten wir Ihre Angaben (Name, Firma bzw. Institut, E-Mail-Adresse, Telefonnummer, Inhalt der Anfrage) zur Bearbeitung Ihres Anliegens. Bei Serviceanfragen verarbeiten wir zusätzlich Gerätetyp, Seriennummer, Standort des Geräts und die Fehlerbeschreibung, um Wartung, Kalibrierung oder Reparatur durchführen zu können.

### Anfragen über Fachhändler

Außerhalb Deutschlands vertreiben wir unsere Geräte teilweise über autorisierte Fachhändler. Betrifft Ihre Anfrage ein Land, in dem ein Fachhändler zuständig ist, leiten wir Ihre Anfrage an diesen weiter. Eine Liste unserer Vertriebspartner finden Sie unter [Vertrieb weltweit](/de/kontakt/vertrieb-weltweit).

Rechtsgrundlage ist Art. 6 Abs. 1 lit. b DSGVO, bei allgemeinen Anfragen Art. 6 Abs. 1 lit. f DSGVO.

## 5. Newsletter

Für unseren Produkt-Newsletter verwenden wir das Double-Opt-in-Verfahren: Nach der Anmeldung erhalten Sie eine E-Mail, in der Sie die Anmeldung bestätigen. Wir speichern Ihre E-Mail-Adresse, Zeitpunkt von Anmeldung und Bestätigung sowie die IP-Adresse, um die Einwilligung nachweisen zu können. Der Versand erfolgt über die CleverReach GmbH & Co. KG, Schafjückenweg 2, 26180 Rastede. Wir werten aus, ob und wann Newsletter geöffnet und welche Links angeklickt werden. Sie können den Newsletter jederzeit über den Abmeldelink in jeder Ausgabe abbestellen.

## 6. Cookies und Einwilligungsmanagement

Wir verwenden technisch notwendige Cookies sowie, nur mit Ihrer Einwilligung, Cookies und ähnliche Technologien für Statistik und externe Medien. Ihre Einwilligung verwalten wir mit der Consent-Management-Plattform Usercentrics der Usercentrics GmbH, Sendlinger Straße 7, 80331 München. Dabei werden Ihre Einwilligungsentscheidung, eine zufällige Geräte-ID und der Zeitpunkt gespeichert. Sie können Ihre Einwilligung jederzeit über den Link „Privatsphäre-Einstellungen“ im Fußbereich der Website anpassen oder widerrufen.

## 7. Webanalyse und Karten

Mit Ihrer Einwilligung nutzen wir Google Analytics 4 der Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Irland. Die IP-Adresse wird dabei vor der Speicherung gekürzt. Eine Übermittlung in die USA ist nicht ausgeschlossen; sie stützt sich auf das EU-U.S. Data Privacy Framework. Auf unserer Standortseite binden wir Google Maps erst nach Ihrer Einwilligung ein.

## 8. Investor Relations und Aktienkurs

Die Aktienkursanzeige und die Charts auf unserer Website werden von der EQS Group AG, Karlstraße 47, 80333 München, bereitgestellt. Beim Laden der Kursdaten wird Ihre IP-Adresse an EQS übertragen. Wenn Sie sich für den IR-Newsletter oder Finanzmitteilungen registrieren, verarbeiten wir Ihre E-Mail-Adresse und die gewählten Kategorien.

Im Zusammenhang mit der Hauptversammlung verarbeiten wir die Daten unserer Aktionärinnen und Aktionäre (Name, Anschrift, Aktienanzahl, Besitzart, Nummer der Eintrittskarte) auf Grundlage von Art. 6 Abs. 1 lit. c DSGVO in Verbindung mit den Vorschriften des Aktiengesetzes. Nähere Informationen enthält die gesonderte Datenschutzinformation für Aktionäre.

## 9. Bewerbungen

Bewerbungen nehmen wir über das Karriereportal der Personio SE & Co. KG, Seidlstraße 3, 80335 München, entgegen. Wir verarbeiten Ihre Bewerbungsunterlagen ausschließlich zur Durchführung des Bewerbungsverfahrens (§ 26 BDSG). Nach Abschluss des Verfahrens werden die Unterlagen nach sechs Monaten gelöscht, sofern Sie nicht in die Aufnahme in unseren Talentpool eingewilligt haben.

## 10. Empfänger und Auftragsverarbeiter

| Dienstleister | Zweck | Sitz |
| Pixelwerk Digital GmbH | Betreuung der Website (Pimcore) | Frankfurt am Main, Deutschland |
| noris network AG | Rechenzentrum | Nürnberg, Deutschland |
| CleverReach GmbH & Co. KG | Newsletter-Versand | Rastede, Deutschland |
| Usercentrics GmbH | Einwilligungsmanagement | München, Deutschland |
| Google Ireland Limited | Webanalyse, Karten | Dublin, Irland |
| EQS Group AG | Aktienkurse, IR-Mitteilungen | München, Deutschland |
| Personio SE & Co. KG | Bewerbermanagement | München, Deutschland |
| Salesforce.com Germany GmbH | CRM für Vertrieb und Service | München, Deutschland |

Mit allen Auftragsverarbeitern haben wir Verträge nach Art. 28 DSGVO geschlossen. Innerhalb der Hessler-Gruppe erhalten Tochtergesellschaften Daten nur, soweit sie für die Bearbeitung Ihrer Anfrage zuständig sind.

## 11. Speicherdauer

Wir löschen personenbezogene Daten, sobald der Zweck der Verarbeitung entfällt und keine gesetzlichen Aufbewahrungspflichten entgegenstehen. Handels- und steuerrechtliche Unterlagen bewahren wir sechs bzw. zehn Jahre auf (§ 257 HGB, § 147 AO). Anfragen ohne Vertragsabschluss löschen wir spätestens drei Jahre nach der letzten Kommunikation.

## 12. Ihre Rechte

Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18) und Datenübertragbarkeit (Art. 20). Eine erteilte Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen.

**Widerspruchsrecht: Soweit wir Daten auf Grundlage von Art. 6 Abs. 1 lit. f DSGVO verarbeiten, können Sie aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit Widerspruch einlegen (Art. 21 DSGVO). Der Verwendung Ihrer Daten für Direktwerbung können Sie jederzeit ohne Angabe von Gründen widersprechen.**

## 13. Beschwerderecht

Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren. Für uns zuständig ist:

@ Der Hessische Beauftragte für Datenschutz und Informationsfreiheit
@ Postfach 3163, 65021 Wiesbaden
@ [datenschutz.hessen.de](https://datenschutz.hessen.de)

## 14. Änderungen dieser Datenschutzerklärung

Wir passen diese Datenschutzerklärung an, wenn sich unsere Angebote oder die Rechtslage ändern. Es gilt jeweils die auf dieser Seite veröffentlichte Fassung.
"""

EDITS = [
    {"note": "typo fixed (Datenschutzbeauftragen -> Datenschutzbeauftragten), date kept", "bump": False,
     "repl": [("Unseren externen Datenschutzbeauftragen", "Unseren externen Datenschutzbeauftragten")]},
    {"note": "server log retention extended from 7 to 14 days",
     "repl": [("Die Logfiles werden nach 7 Tagen gelöscht,", "Die Logfiles werden nach 14 Tagen gelöscht,")]},
    {"note": "new subsection on webinars and application trainings (Zoom) in section 4",
     "repl": [("Rechtsgrundlage ist Art. 6 Abs. 1 lit. b DSGVO, bei allgemeinen Anfragen",
               "### Webinare und Anwendungsschulungen\n\n"
               "Für Online-Seminare und Anwenderschulungen nutzen wir Zoom der Zoom Video Communications, Inc. "
               "Bei der Anmeldung verarbeiten wir Name, E-Mail-Adresse, Institut und gegebenenfalls Ihre Fragen im "
               "Chat. Aufzeichnungen erstellen wir nur nach vorheriger Ankündigung; Teilnehmende können Kamera und "
               "Mikrofon ausgeschaltet lassen. Teilnahmebescheinigungen bewahren wir zwei Jahre auf.\n\n"
               "Rechtsgrundlage ist Art. 6 Abs. 1 lit. b DSGVO, bei allgemeinen Anfragen")]},
    {"note": "newsletter provider changed from CleverReach to Brevo (text and processors table)",
     "repl": [("Der Versand erfolgt über die CleverReach GmbH & Co. KG, Schafjückenweg 2, 26180 Rastede.",
               "Der Versand erfolgt über die Sendinblue GmbH (Brevo), Köpenicker Straße 126, 10179 Berlin."),
              ("| CleverReach GmbH & Co. KG | Newsletter-Versand | Rastede, Deutschland |",
               "| Sendinblue GmbH (Brevo) | Newsletter-Versand | Berlin, Deutschland |")]},
    {"note": "new external data protection officer",
     "repl": [("@ DSB-Consult Mittelhessen GmbH\n@ Bahnhofstraße 24, 35390 Gießen",
               "@ Datenschutzkanzlei Roth & Partner mbB\n@ Mainzer Landstraße 176, 60327 Frankfurt am Main")]},
]

FAIRS = [
    (dt.date(2021, 6, 24), "ACHEMA Pulse 2021", "digital", "online"),
    (dt.date(2021, 11, 18), "MEDICA 2021", "Düsseldorf", "Halle 3, Stand D74"),
    (dt.date(2022, 6, 24), "analytica 2022", "München", "Halle A3, Stand 412"),
    (dt.date(2022, 8, 26), "ACHEMA 2022", "Frankfurt am Main", "Halle 4.1, Stand B28"),
    (dt.date(2022, 11, 17), "MEDICA 2022", "Düsseldorf", "Halle 3, Stand D74"),
    (dt.date(2023, 3, 2), "LAB-SUPPLY Mainz 2023", "Mainz", "Stand 17"),
    (dt.date(2023, 9, 14), "Lab Innovations 2023", "Birmingham", "Stand H22"),
    (dt.date(2023, 11, 16), "MEDICA 2023", "Düsseldorf", "Halle 3, Stand D74"),
    (dt.date(2024, 4, 12), "analytica 2024", "München", "Halle A3, Stand 412"),
    (dt.date(2024, 6, 14), "ACHEMA 2024", "Frankfurt am Main", "Halle 4.1, Stand B28"),
    (dt.date(2024, 11, 14), "MEDICA 2024", "Düsseldorf", "Halle 3, Stand D74"),
    (dt.date(2025, 6, 13), "LAB-SUPPLY Frankfurt 2025", "Frankfurt am Main", "Stand 9"),
]


def noise(rng, when, i, prev):
    prev = prev or {}
    last = prev.get("quote", (7435, 0))[0]
    price = max(3800, last + rng.randint(-260, 260))
    chg = rng.randint(-310, 320)
    fair = next((f for f in FAIRS if f[0] >= when.date()), FAIRS[-1])
    local = when + dt.timedelta(hours=2 if 4 <= when.month <= 9 else 1)
    qt = local - dt.timedelta(minutes=rng.randint(15, 40))
    if qt.weekday() >= 5 or not (9 <= qt.hour < 17 or (qt.hour == 17 and qt.minute <= 35)):
        # outside Xetra trading hours: the last close of the previous trading day (or today's if after 17:35)
        day = qt.date() if qt.hour >= 17 and qt.weekday() < 5 else qt.date() - dt.timedelta(days=1)
        while day.weekday() >= 5:
            day -= dt.timedelta(days=1)
        qt = dt.datetime(day.year, day.month, day.day, 17, 35)
    return {
        "quote": (price, chg, qt.strftime("%d.%m.%Y, %H:%M")),
        "token": C.b64tok(rng, 32).rstrip("=").replace("+", "-").replace("/", "_"),
        "fair": fair,
        "bust": C.keep_or(rng, prev.get("bust"), 0.1, lambda: C.epoch(when) - rng.randint(86400, 9000000)),
    }


LABELS = {"quote": "share price line (meta navigation)", "token": "Symfony CSRF _token of the newsletter form",
          "fair": "next trade fair teaser", "bust": "Pimcore /cache-buster-<mtime>/ prefixes"}


def euro(cents):
    return ("%d,%02d" % (cents // 100, cents % 100))


def render(s, blocks, when):
    price, chg, qtime = s["quote"]
    arrow, cls = ("▲", "up") if chg >= 0 else ("▼", "down")
    quote = ('<div class="meta-nav__quote quote quote--%s"><a href="/de/investor-relations/aktie">Hessler-Aktie</a> '
             '<span class="quote__price">%s €</span> <span class="quote__change">%s %s%s %%</span> '
             '<span class="quote__meta">Xetra · %s · 15 Min. verzögert</span></div>'
             % (cls, euro(price), arrow, "+" if chg >= 0 else "−", euro(abs(chg)), qtime))
    fd, fname, fcity, fstand = s["fair"]
    fair = ('<div class="fair-teaser"><div class="container"><span class="fair-teaser__label">Besuchen Sie uns</span> '
            '<strong>%s</strong> · %s · bis %s · %s <a class="fair-teaser__link" href="/de/news-events/messen">'
            'Termin vereinbaren</a></div></div>' % (fname, fcity, fd.strftime("%d.%m.%Y"), fstand))
    bust = s["bust"]
    head, secs = C.split_sections(blocks)
    title = head[0][1]
    intro = "\n".join(C.block_html(b) for b in head[1:])
    items = []
    for n, (h, sb) in enumerate(secs, 1):
        items.append(
            '<div class="accordion-item">\n'
            '<h2 class="accordion-header" id="heading-ds-%(n)d"><button class="accordion-button collapsed" type="button" '
            'data-bs-toggle="collapse" data-bs-target="#collapse-ds-%(n)d" aria-expanded="false" '
            'aria-controls="collapse-ds-%(n)d">%(h)s</button></h2>\n'
            '<div id="collapse-ds-%(n)d" class="accordion-collapse collapse" aria-labelledby="heading-ds-%(n)d" '
            'data-bs-parent="#accordion-datenschutz">\n<div class="accordion-body">\n%(b)s\n</div>\n</div>\n</div>'
            % {"n": n, "h": C.inline_html(h), "b": "\n".join(C.block_html(x) for x in sb)})
    return """<!DOCTYPE html>
<html lang="de">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Datenschutzerklärung | Hessler Labortechnik AG</title>
    <meta name="description" content="Informationen zum Datenschutz bei der Hessler Labortechnik AG.">
    <link rel="canonical" href="https://www.hessler-lab.com/de/datenschutz">
    <link rel="alternate" hreflang="de" href="https://www.hessler-lab.com/de/datenschutz">
    <link rel="alternate" hreflang="en" href="https://www.hessler-lab.com/en/privacy-policy">
    <link rel="preload" href="/cache-buster-%(bust)d/static/fonts/inter-var.woff2" as="font" type="font/woff2" crossorigin>
    <link href="/cache-buster-%(bust)d/static/build/app.css" media="screen" rel="stylesheet" type="text/css">
    <link rel="icon" type="image/png" href="/static/favicon-32.png">
    <script id="usercentrics-cmp" src="https://app.usercentrics.eu/browser-ui/latest/loader.js" data-settings-id="qT4vXy9Lm" async></script>
    <script type="text/plain" data-usercentrics="Google Analytics 4" async src="https://www.googletagmanager.com/gtag/js?id=G-HSL82K1Q0P"></script>
</head>
<body class="page page--legal">
<a class="skip-link visually-hidden-focusable" href="#main">Zum Inhalt springen</a>
<header class="site-header">
    <div class="meta-nav">
        <div class="container d-flex justify-content-between align-items-center">
            %(quote)s
            <ul class="meta-nav__links">
                <li><a href="/de/karriere">Karriere</a></li>
                <li><a href="/de/investor-relations">Investor Relations</a></li>
                <li><a href="https://shop.hessler-lab.com/de/">Online-Shop</a></li>
                <li class="meta-nav__lang"><a href="/de/datenschutz" class="active">DE</a> | <a href="/en/privacy-policy">EN</a></li>
            </ul>
        </div>
    </div>
    <nav class="navbar navbar-expand-xl main-nav">
        <div class="container">
            <a class="navbar-brand" href="/de"><img src="/cache-buster-%(bust)d/static/img/hessler-logo.svg" width="190" height="44" alt="Hessler Labortechnik"></a>
            <button class="navbar-toggler" type="button" data-bs-toggle="offcanvas" data-bs-target="#offcanvasNav" aria-label="Menü öffnen"><span class="navbar-toggler-icon"></span></button>
            <div class="offcanvas offcanvas-end" id="offcanvasNav">
                <ul class="navbar-nav ms-auto">
                    <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="/de/produkte" data-bs-toggle="dropdown">Produkte</a>
                        <ul class="dropdown-menu">
                            <li><a class="dropdown-item" href="/de/produkte/zentrifugen">Zentrifugen</a></li>
                            <li><a class="dropdown-item" href="/de/produkte/inkubatoren">CO₂-Inkubatoren</a></li>
                            <li><a class="dropdown-item" href="/de/produkte/pipetten">Pipetten &amp; Dispenser</a></li>
                            <li><a class="dropdown-item" href="/de/produkte/thermomixer">Thermomixer</a></li>
                            <li><a class="dropdown-item" href="/de/produkte/verbrauchsmaterial">Verbrauchsmaterial</a></li>
                        </ul>
                    </li>
                    <li class="nav-item"><a class="nav-link" href="/de/anwendungen">Anwendungen</a></li>
                    <li class="nav-item"><a class="nav-link" href="/de/service">Service &amp; Kalibrierung</a></li>
                    <li class="nav-item"><a class="nav-link" href="/de/unternehmen">Unternehmen</a></li>
                    <li class="nav-item"><a class="nav-link" href="/de/news-events">News &amp; Events</a></li>
                    <li class="nav-item"><a class="nav-link btn btn-primary text-white ms-xl-3" href="/de/kontakt">Kontakt</a></li>
                </ul>
            </div>
        </div>
    </nav>
</header>
%(fair)s
<main id="main">
    <div class="container">
        <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/de">Startseite</a></li><li class="breadcrumb-item active" aria-current="page">Datenschutz</li></ol></nav>
    </div>
    <section id="datenschutz" class="legal-content container">
        <div class="row justify-content-center"><div class="col-lg-10">
<div class="pimcore_area_headline pimcore_area_content">
<h1 class="display-5">%(title)s</h1>
</div>
<div class="pimcore_area_wysiwyg pimcore_area_content">
<div class="wysiwyg">
%(intro)s
</div>
</div>
<div class="pimcore_area_accordion pimcore_area_content">
<div class="accordion accordion-flush" id="accordion-datenschutz">
%(items)s
</div>
</div>
        </div></div>
    </section>
</main>
<footer class="site-footer">
    <div class="container">
        <div class="row">
            <div class="col-md-4">
                <p class="site-footer__claim">Präzision für Ihr Labor. Seit 1952.</p>
                <p>Hessler Labortechnik AG<br>Am Lahnhafen 7<br>35578 Wetzlar</p>
            </div>
            <div class="col-md-4">
                <form name="newsletter" method="post" action="/de/newsletter/anmeldung" class="newsletter-form">
                    <label for="newsletter_email" class="form-label">Produkt-Newsletter</label>
                    <input type="email" id="newsletter_email" name="newsletter[email]" required="required" class="form-control" placeholder="E-Mail-Adresse">
                    <button type="submit" id="newsletter_submit" name="newsletter[submit]" class="btn btn-outline-light mt-2">Anmelden</button>
                    <input type="hidden" id="newsletter__token" name="newsletter[_token]" value="%(token)s">
                </form>
            </div>
            <div class="col-md-4">
                <ul class="site-footer__links">
                    <li><a href="/de/impressum">Impressum</a></li>
                    <li><a href="/de/datenschutz">Datenschutz</a></li>
                    <li><a href="/de/agb">AGB</a></li>
                    <li><a href="#" onclick="UC_UI.showSecondLayer(); return false;">Privatsphäre-Einstellungen</a></li>
                    <li><a href="/de/compliance/hinweisgebersystem">Hinweisgebersystem</a></li>
                </ul>
            </div>
        </div>
        <p class="site-footer__copy">© %(year)d Hessler Labortechnik AG</p>
    </div>
</footer>
<script src="/cache-buster-%(bust)d/static/build/runtime.js"></script>
<script src="/cache-buster-%(bust)d/static/build/app.js"></script>
</body>
</html>
""" % {"bust": bust, "quote": quote, "fair": fair, "title": html.escape(title), "intro": intro,
       "items": "\n".join(items), "token": s["token"], "year": when.year}


PAGE = {
    "service": "Hessler Labortechnik",
    "url": "https://www.hessler-lab.com/de/datenschutz",
    "lang": "de",
    "platform": "Pimcore 11 (Twig, areabricks, Bootstrap 5 accordion)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("X-Powered-By", "pimcore"), ("Cache-Control", "no-cache, private"),
                      ("X-Frame-Options", "SAMEORIGIN")),
    "n": 30,
    "start": dt.date(2022, 4, 1),
    "end": dt.date(2025, 3, 31),
    "policy": POLICY,
    "first_updated": dt.date(2022, 2, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.hessler-lab.com/de/datenschutz", "select": "#datenschutz"},
}
