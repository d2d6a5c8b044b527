"""TesseraDB (Tessera Data GmbH, Berlin) - de-DE - Hugo + Docsy (0.6 on Bootstrap 4 -> 0.10 on Bootstrap 5),
Klaro consent, "Zuletzt geändert" commit line, reading time, lead and feedback inside .td-content."""
import datetime as dt
import html
import re
import common as C

URL = "https://tesseradb.de/de/docs/rechtliches/datenschutz/"
MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONATE[d.month - 1], d.year)


POLICY = """
# Datenschutzerklärung

Stand: {UPDATED}

Diese Datenschutzerklärung informiert Sie darüber, wie die Tessera Data GmbH personenbezogene Daten verarbeitet, wenn Sie unsere Website tesseradb.de besuchen, die Open-Source-Datenbank TesseraDB herunterladen oder den Managed Service TesseraDB Cloud nutzen.

## 1. Verantwortlicher

@ Tessera Data GmbH
@ Köpenicker Straße 154a
@ 10997 Berlin
@ E-Mail: [privacy@tesseradb.de](mailto:privacy@tesseradb.de)

Unsere Datenschutzbeauftragte erreichen Sie unter [dsb@tesseradb.de](mailto:dsb@tesseradb.de) oder unter der oben genannten Anschrift mit dem Zusatz „z. Hd. Datenschutzbeauftragte“.

## 2. Besuch unserer Website

Beim Aufruf unserer Website verarbeiten wir die IP-Adresse Ihres Geräts, Datum und Uhrzeit des Zugriffs, die aufgerufene Seite, den Referrer sowie den verwendeten Browser. Die Verarbeitung ist zur Auslieferung und Absicherung der Website erforderlich (Art. 6 Abs. 1 lit. f DSGVO).

Reichweitenmessung mit Matomo findet nur statt, wenn Sie in unserem Cookie-Banner eingewilligt haben (Art. 6 Abs. 1 lit. a DSGVO, § 25 Abs. 1 TTDSG).

## 3. TesseraDB Cloud

Für die Nutzung von TesseraDB Cloud verarbeiten wir Ihre Kontodaten (Name, E-Mail-Adresse, Organisation), Abrechnungsdaten sowie Metadaten Ihrer Datenbankinstanzen wie Region, Version und Ressourcenverbrauch. Rechtsgrundlage ist die Vertragserfüllung (Art. 6 Abs. 1 lit. b DSGVO).

Die Inhalte Ihrer Datenbanken verarbeiten wir ausschließlich als Auftragsverarbeiter nach Ihren Weisungen. Einzelheiten regelt unser Auftragsverarbeitungsvertrag.

## 4. Telemetrie der Open-Source-Edition

TesseraDB sendet beim Start des Servers einmal täglich anonyme Nutzungsstatistiken (Versionsnummer, Betriebssystem, Anzahl der Knoten). Sie können die Telemetrie jederzeit in der Konfigurationsdatei mit der Einstellung telemetry: off abschalten.

## 5. Empfänger und Auftragsverarbeiter

Wir setzen sorgfältig ausgewählte Dienstleister ein, die wir nach Art. 28 DSGVO vertraglich verpflichtet haben:

| Dienstleister | Zweck | Sitz |
| IONOS SE | Hosting der Website | Deutschland |
| Amazon Web Services EMEA SARL | Betrieb von TesseraDB Cloud (Region Frankfurt) | Luxemburg |
| Stripe Payments Europe, Ltd. | Zahlungsabwicklung | Irland |
| Brevo (Sendinblue GmbH) | Versand von Service-E-Mails | Deutschland |

## 6. Speicherdauer

Server-Logfiles löschen wir nach 7 Tagen. Kontodaten speichern wir bis zur Löschung Ihres Kontos; Rechnungen bewahren wir gemäß § 147 AO zehn Jahre auf.

## 7. Ihre Rechte

Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Datenübertragbarkeit und Widerspruch. Eine erteilte Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen.

Sie haben außerdem das Recht, sich bei einer Aufsichtsbehörde zu beschweren, zum Beispiel bei der [Berliner Beauftragten für Datenschutz und Informationsfreiheit](https://www.datenschutz-berlin.de).

## 8. Änderungen

Wir passen diese Datenschutzerklärung an, wenn sich unsere Datenverarbeitung oder die Rechtslage ändert. Es gilt die jeweils hier veröffentlichte Fassung.
"""

EDITS = [
    {"note": "processors table: Hetzner Online GmbH row added (off-site backups)",
     "repl": [("| Brevo (Sendinblue GmbH) | Versand von Service-E-Mails | Deutschland |",
               "| Brevo (Sendinblue GmbH) | Versand von Service-E-Mails | Deutschland |\n| Hetzner Online GmbH | Verschlüsselte Backups von TesseraDB Cloud | Deutschland |")]},
    {"note": "telemetry of the open-source edition now opt-in instead of opt-out",
     "repl": [("TesseraDB sendet beim Start des Servers einmal täglich anonyme Nutzungsstatistiken (Versionsnummer, Betriebssystem, Anzahl der Knoten). Sie können die Telemetrie jederzeit in der Konfigurationsdatei mit der Einstellung telemetry: off abschalten.",
               "Ab Version 4.0 ist die Telemetrie standardmäßig deaktiviert. Nur wenn Sie sie in der Konfigurationsdatei mit der Einstellung telemetry: on einschalten, sendet TesseraDB einmal täglich anonyme Nutzungsstatistiken (Versionsnummer, Betriebssystem, Anzahl der Knoten).")]},
    {"note": "server log retention 7 -> 14 days (DDoS analysis)",
     "repl": [("Server-Logfiles löschen wir nach 7 Tagen.", "Server-Logfiles löschen wir nach 14 Tagen; zur Analyse von Angriffen gesperrte IP-Adressen speichern wir bis zu 30 Tage.")]},
    {"note": "data protection officer changed to an external DPO company with new address",
     "repl": [("Unsere Datenschutzbeauftragte erreichen Sie unter [dsb@tesseradb.de](mailto:dsb@tesseradb.de) oder unter der oben genannten Anschrift mit dem Zusatz „z. Hd. Datenschutzbeauftragte“.",
               "Unser externer Datenschutzbeauftragter ist die Datenschutzkanzlei Nord GmbH, Großer Burstah 31, 20457 Hamburg, erreichbar unter [dsb@tesseradb.de](mailto:dsb@tesseradb.de).")]},
    {"note": "supervisory-authority link retargeted to the complaint page (date not bumped)", "bump": False,
     "repl": [("(https://www.datenschutz-berlin.de)", "(https://www.datenschutz-berlin.de/buergerinnen-und-buerger/beschwerde-einreichen/)")]},
]

# Docsy / Hugo / Klaro releases the site ran
ERAS = [(dt.datetime(2000, 1, 1), "0.6.0", "0.101.0", "0.7.18", 4),
        (dt.datetime(2022, 11, 15), "0.6.0", "0.107.0", "0.7.18", 4),
        (dt.datetime(2023, 8, 21), "0.7.2", "0.117.0", "0.7.18", 5),
        (dt.datetime(2024, 5, 6), "0.10.0", "0.125.4", "0.7.22", 5),
        (dt.datetime(2025, 7, 1), "0.12.0", "0.147.9", "0.7.22", 5)]
COMMITS = ["Frontmatter: Beschreibung für Suchmaschinen gekürzt", "Hugo-Module aktualisiert", "Interne Links auf relref umgestellt",
           "Tippfehler in Seitentitel (EN) korrigiert", "Rechtliches: Weight der Seiten angepasst", "Menüeintrag umbenannt",
           "Docsy auf neue Version gehoben", "Zeilenumbrüche vereinheitlicht"]
LEADS = [(dt.datetime(2000, 1, 1), "Wie TesseraDB personenbezogene Daten verarbeitet"),
         (dt.datetime(2023, 5, 2), "Informationen zur Verarbeitung personenbezogener Daten auf tesseradb.de und in TesseraDB Cloud")]
RELEASES = ["TesseraDB 3.4 ist erschienen: Columnar-Storage für Analysen", "TesseraDB 4.0 mit Vektorindex – jetzt herunterladen",
            "Webinar: Hochverfügbarkeit mit TesseraDB Cloud (auf Deutsch)", "TesseraDB Cloud jetzt auch in der Region Zürich",
            "TesseraDB 5.0 ist erschienen"]


def _era(when):
    return [e for e in ERAS if when >= e[0]][-1]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["search"] = C.hexs(rng, 64)
    s["versions"] = _era(when)[1:4]
    s["css"] = C.keep_or(rng, prev.get("css"), 0.3, lambda: (C.hexs(rng, 64), C.b64tok(rng, 32)))
    s["lastmod"] = C.keep_or(rng, prev.get("lastmod"), 0.35,
                             lambda: (when - dt.timedelta(days=rng.randint(1, 45)), rng.choice(COMMITS), C.hexs(rng, 40),
                                      rng.randint(180, 990)))
    s["lead"] = [t for d, t in LEADS if when >= d][-1]
    s["release"] = C.keep_or(rng, prev.get("release"), 0.4, lambda: rng.randrange(len(RELEASES)))
    return s


LABELS = {
    "search": "offline-search-index fingerprint (changes with any page of the site)",
    "versions": "Docsy/Hugo/Klaro upgrade (Bootstrap 4 -> 5 markup, heading self-links)",
    "css": "fingerprinted main.min.css + SRI integrity",
    "lastmod": "'Zuletzt geändert' git commit line inside .td-content",
    "lead": "front-matter description (.lead) reworded for SEO",
    "release": "release banner above the content",
}


def _slug(t):
    t = t.lower()
    t = re.sub(r"[^\w\- ]", "", t)
    return re.sub(r"\s+", "-", t.strip())


def render(s, blocks, when):
    docsy, hugo, klaro = s["versions"]
    bs = _era(when)[4]
    ms = "ms" if bs == 5 else "ml"
    tgl = "data-bs-toggle" if bs == 5 else "data-toggle"
    selflink = tuple(map(int, docsy.split("."))) >= (0, 7)
    css, sri = s["css"]
    lm_date, lm_msg, lm_sha, lm_pr = s["lastmod"]

    def blk(b):
        if b[0] == "h2":
            sid = _slug(b[1])
            return '<h2 id="%s">%s%s</h2>' % (sid, C.inline_html(b[1]),
                                            '<a class="td-heading-self-link" href="#%s" aria-label="Heading self-link"></a>' % sid
                                            if selflink else "")
        if b[0] == "table":
            return C.block_html(b).replace("<table>", '<table class="table table-striped">' if bs == 4 else "<table>", 1)
        return C.block_html(b)

    content = "\n".join(blk(b) for b in blocks[1:])
    words = sum(len(str(b[1]).split()) for b in blocks)
    toc = "".join('<li><a href="#%s">%s</a></li>' % (_slug(t), html.escape(t)) for k, t in blocks if k == "h2")
    td_content = ('<div class="td-content">\n<h1>%s</h1>\n<div class="lead">%s</div>\n'
                  '<header class="article-meta">\n<div class="td-reading-time">Lesezeit: %d Minuten</div>\n</header>\n%s\n'
                  '<div class="d-print-none"><h2 class="feedback--title">Feedback</h2>'
                  '<p class="feedback--question">War diese Seite hilfreich?</p>'
                  '<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Ja</button>\n'
                  '<button class="btn btn-primary mb-4 feedback--answer feedback--answer-no">Nein</button>'
                  '<p class="feedback--response feedback--response-yes">Schön, das zu hören! Bitte <a href="https://github.com/tesseradb/website/issues/new">sagen Sie uns, wie wir uns verbessern können</a>.</p>'
                  '<p class="feedback--response feedback--response-no">Schade, das zu hören. Bitte <a href="https://github.com/tesseradb/website/issues/new">sagen Sie uns, wie wir uns verbessern können</a>.</p></div>\n<br>'
                  '<div class="td-page-meta__lastmod">Zuletzt geändert %s: <a href="https://github.com/tesseradb/website/commit/%s">%s (#%d) (%s)</a>\n</div>\n</div>'
                  % (C.inline_html(blocks[0][1]), html.escape(s["lead"]), max(1, words // 200), content,
                     fmt_date(lm_date), lm_sha, html.escape(lm_msg), lm_pr, lm_sha[:7]))
    klaro_cfg = ('<script>var klaroConfig={version:1,elementID:"klaro",storageMethod:"cookie",cookieName:"klaro",cookieExpiresAfterDays:180,'
                 'privacyPolicy:"/de/docs/rechtliches/datenschutz/",default:false,mustConsent:false,acceptAll:true,lang:"de",'
                 'services:[{name:"matomo",title:"Matomo",purposes:["analytics"],cookies:[/^_pk_.*$/]}]};</script>'
                 '<script defer data-config="klaroConfig" type="application/javascript" src="/js/klaro-%s.min.js"></script>' % klaro)
    klaro_html = ('<div id="klaro"><div class="klaro"><div class="cookie-notice" role="dialog" aria-describedby="id-cookie-notice" aria-labelledby="id-cookie-title">'
                  '<div class="cn-body"><h2 id="id-cookie-title">Cookie-Einstellungen</h2><p id="id-cookie-notice">Wir nutzen Matomo zur Reichweitenmessung, aber nur mit Ihrer Einwilligung. '
                  '<a href="/de/docs/rechtliches/datenschutz/">Datenschutzerklärung</a></p>'
                  '<div class="cn-ok"><a class="cn-learn-more" href="#" role="button">Einstellungen</a><div class="cn-buttons">'
                  '<button class="cm-btn cm-btn-danger cn-decline" type="button">Ablehnen</button><button class="cm-btn cm-btn-success" type="button">Akzeptieren</button></div></div></div></div></div></div>')
    if klaro >= "0.7.22":
        klaro_html = klaro_html.replace('<div class="klaro">', '<div class="klaro we_are_klaro">', 1)
    return ('<!doctype html>\n<html itemscope itemtype="http://schema.org/WebPage" lang="de" class="no-js">\n<head>\n'
            '<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">\n'
            '<meta name="generator" content="Hugo %s">\n<meta name="robots" content="index, follow">\n'
            '<link rel="alternate" hreflang="en" href="https://tesseradb.de/docs/legal/privacy/">\n'
            '<title>Datenschutzerklärung | TesseraDB</title>\n<meta name="description" content="%s">\n'
            '<meta property="og:title" content="Datenschutzerklärung">\n<meta property="og:url" content="%s">\n'
            '<meta property="article:modified_time" content="%s">\n<meta itemprop="dateModified" content="%s">\n'
            '<link rel="preload" href="/scss/main.min.%s.css" as="style" integrity="sha256-%s" crossorigin="anonymous">\n'
            '<link href="/scss/main.min.%s.css" rel="stylesheet" integrity="sha256-%s" crossorigin="anonymous">\n'
            '<script src="https://code.jquery.com/jquery-3.7.1.min.js" integrity="sha512-v2CJ7UaYy4JwqLDIrZUI/4hqeoQieOmAZNXBeQyjo21dadnwR+8ZaIJVT8EE2iyI61OV8e6M8PP2/4hpQINQ/g==" crossorigin="anonymous"></script>\n'
            '<script defer src="https://unpkg.com/lunr@2.3.9/lunr.min.js" integrity="sha384-203J0SNzyqHby3iU6hzvzltrWi/M41wOP5Gu+BiJMz5nwKykbkUx8Kp7iti0Lpli" crossorigin="anonymous"></script>\n'
            '%s\n</head>\n<body class="td-page td-documentation">\n<header>\n'
            '<nav class="td-navbar js-navbar-scroll"%s><div class="container-fluid flex-column flex-md-row">'
            '<a class="navbar-brand" href="/de/"><span class="navbar-brand__logo navbar-logo"><svg viewBox="0 0 32 32"><title>TesseraDB</title></svg></span><span class="navbar-brand__name">TesseraDB</span></a>'
            '<div class="td-navbar-nav-scroll %s-md-auto" id="main_navbar"><ul class="navbar-nav">'
            '<li class="nav-item"><a class="nav-link" href="/de/docs/"><span>Dokumentation</span></a></li>'
            '<li class="nav-item"><a class="nav-link" href="/de/cloud/"><span>Cloud</span></a></li>'
            '<li class="nav-item"><a class="nav-link" href="/de/blog/"><span>Blog</span></a></li>'
            '<li class="nav-item"><a class="nav-link" href="https://github.com/tesseradb/tesseradb" target="_blank" rel="noopener"><span>GitHub</span></a></li>'
            '<li class="nav-item dropdown d-none d-lg-block"><div class="dropdown"><a class="nav-link dropdown-toggle" href="#" role="button" %s="dropdown" aria-expanded="false">Deutsch</a>'
            '<ul class="dropdown-menu"><li><a class="dropdown-item" href="/docs/legal/privacy/">English</a></li></ul></div></li></ul></div>'
            '<div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div>'
            '<input type="search" class="td-search__input form-control" placeholder="Diese Seite durchsuchen…" aria-label="Diese Seite durchsuchen…" autocomplete="off" '
            'data-offline-search-index-json-src="/de/offline-search-index.%s.json" data-offline-search-base-href="/" data-offline-search-max-results="10"></div></div></div></nav>\n</header>\n'
            '<div class="td-release-banner alert alert-info mb-0 text-center" role="status"><a href="/de/blog/">%s</a></div>\n'
            '<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap">'
            '<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><div id="td-sidebar-menu" class="td-sidebar__inner"><nav class="td-sidebar-nav">'
            '<ul class="td-sidebar-nav__section"><li class="td-sidebar-nav__section-title"><a href="/de/docs/rechtliches/" class="td-sidebar-link td-sidebar-link__section">Rechtliches</a></li>'
            '<li><a class="td-sidebar-link td-sidebar-link__page" href="/de/docs/rechtliches/impressum/">Impressum</a></li>'
            '<li><a class="td-sidebar-link td-sidebar-link__page active" href="/de/docs/rechtliches/datenschutz/">Datenschutzerklärung</a></li>'
            '<li><a class="td-sidebar-link td-sidebar-link__page" href="/de/docs/rechtliches/avv/">Auftragsverarbeitungsvertrag</a></li>'
            '<li><a class="td-sidebar-link td-sidebar-link__page" href="/de/docs/rechtliches/agb-cloud/">AGB TesseraDB Cloud</a></li></ul></nav></div></aside>'
            '<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta %s-2 pb-1 pt-2 mb-0">'
            '<a href="https://github.com/tesseradb/website/tree/main/content/de/docs/rechtliches/datenschutz.md" class="td-page-meta--view" target="_blank" rel="noopener">Seite anzeigen</a>'
            '<a href="https://github.com/tesseradb/website/edit/main/content/de/docs/rechtliches/datenschutz.md" class="td-page-meta--edit" target="_blank" rel="noopener">Seite bearbeiten</a>'
            '<a href="https://github.com/tesseradb/website/issues/new?title=Datenschutzerkl%%C3%%A4rung" class="td-page-meta--issue" target="_blank" rel="noopener">Dokumentationsfehler melden</a></div>'
            '<div class="td-toc"><nav id="TableOfContents"><ul>%s</ul></nav></div></aside>'
            '<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main">'
            '<nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/de/docs/">Dokumentation</a></li>'
            '<li class="breadcrumb-item"><a href="/de/docs/rechtliches/">Rechtliches</a></li><li class="breadcrumb-item active" aria-current="page">Datenschutzerklärung</li></ol></nav>\n'
            '%s\n</main></div></div>'
            '<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row %s-md-5">'
            '<div class="td-footer__left col-6 col-sm-4 order-sm-1"><ul class="td-footer__links-list"><li class="td-footer__links-item"><a target="_blank" rel="noopener" href="https://github.com/tesseradb" aria-label="GitHub">GitHub</a></li></ul></div>'
            '<div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2"><span class="td-footer__copyright">&copy; %d Tessera Data GmbH Alle Rechte vorbehalten</span>'
            '<span class="td-footer__all_rights_reserved"><a href="/de/docs/rechtliches/impressum/">Impressum</a></span></div></div></div></footer></div>\n'
            '%s\n<script src="/js/main.min.%s.js" integrity="sha256-%s" crossorigin="anonymous"></script>\n'
            '<script src="/js/offline-search.js"></script>\n</body>\n</html>\n'
            % (hugo, html.escape(s["lead"]), URL, lm_date.strftime("%Y-%m-%dT%H:%M:%S+01:00"),
               lm_date.strftime("%Y-%m-%dT%H:%M:%S+01:00"), css, sri, css, sri, klaro_cfg,
               ' data-bs-theme="dark"' if bs == 5 else "", ms, tgl, s["search"][:32], RELEASES[s["release"]], ms, toc,
               td_content, ms, when.year, klaro_html, css[::-1][:64], sri[::-1]))


PAGE = {
    "service": "TesseraDB", "url": URL, "lang": "de-DE", "platform": "Hugo + Docsy",
    "content_type": "text/html; charset=utf-8",
    "n": 29, "start": dt.date(2021, 7, 1), "end": dt.date(2026, 2, 28),
    "policy": POLICY, "first_updated": dt.date(2021, 5, 20), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".td-content"],
                    "remove": [".lead", ".article-meta", ".td-content > .d-print-none", ".td-page-meta__lastmod"]},
}
