"""Velopunkt: a Swiss bike- and e-bike-rental network (stations at railway stations), its privacy notice a Zendesk
Guide help-centre article (Copenhagen theme, de-ch locale). The declaration selects the whole article
(`#main-content`) and removes what a curator sees moving in it: the author/"updated" block, the vote widget with its
live "n von m fanden dies hilfreich" counts, the "Haben Sie weitere Fragen?" line, "Zurück nach oben" and the
related-articles list (`.article-relatives`), all *inside* the selected article. Between visits: the CSRF token
(meta and HelpCenter.internal), the vote counts, the related articles, the article's edited_at stamp (re-saves
without text change), the theme's `?digest=` and the static.zdassets.com asset hashes on Zendesk deploys."""
import base64
import datetime as dt
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

ARTICLE_ID = 4408812345678
URL = "https://hilfe.velopunkt.ch/hc/de-ch/articles/%d-Datenschutzerkl%%C3%%A4rung" % ARTICLE_ID

POLICY = """
# Datenschutzerklärung

Stand: {UPDATED}

Die Velopunkt AG («Velopunkt», «wir») betreibt ein Netz von Velo- und E-Bike-Mietstationen an Bahnhöfen und touristischen Orten in der ganzen Schweiz sowie die Velopunkt-App. In dieser Datenschutzerklärung erläutern wir, wie wir Personendaten bearbeiten, wenn Sie bei uns ein Velo mieten, unsere App oder Website nutzen oder mit unserem Kundendienst Kontakt aufnehmen.

Wir bearbeiten Personendaten im Einklang mit dem Bundesgesetz über den Datenschutz (DSG) und, soweit anwendbar, mit der Datenschutz-Grundverordnung der Europäischen Union (DSGVO).

## 1. Verantwortliche Stelle

@ Velopunkt AG
@ Datenschutz
@ Schwarztorstrasse 31
@ 3007 Bern
@ [datenschutz@velopunkt.ch](mailto:datenschutz@velopunkt.ch)

Unsere Vertretung in der EU nach Art. 27 DSGVO ist die Velopunkt Deutschland GmbH, Kaiser-Joseph-Strasse 212, 79098 Freiburg im Breisgau, Deutschland.

## 2. Welche Daten wir bearbeiten

- **Kundenkonto:** Name, Vorname, Geburtsdatum, E-Mail-Adresse, Mobiltelefonnummer, Postadresse und bevorzugte Sprache.
- **Mietdaten:** Ausleih- und Rückgabestation, Zeitpunkt, Velo-Nummer, Mietdauer sowie bei E-Bikes die gefahrene Distanz und der Akkustand.
- **Standortdaten:** Während einer Miete übermittelt das GPS-Modul des Velos dessen Standort alle zwei Minuten. Die App verwendet den Standort Ihres Geräts nur, wenn Sie dies erlauben, um Stationen in Ihrer Nähe anzuzeigen.
- **Zahlungsdaten:** Zahlungsmittel (Kredit- oder Debitkarte, TWINT, PostFinance Card) und Transaktionsdaten. Vollständige Kartennummern werden ausschliesslich bei unserem Zahlungsdienstleister gespeichert.
- **Abonnemente:** die Kundennummer Ihres SwissPass, wenn Sie vergünstigte Tarife mit Halbtax oder GA nutzen.
- **Kommunikation:** Inhalte Ihrer Anfragen an den Kundendiesnt sowie Schadenmeldungen mit Fotos.
- **Technische Daten:** IP-Adresse, Gerätetyp, Betriebssystem, App-Version und Protokolldaten.

Für die Miete eines E-Bikes müssen Sie mindestens 16 Jahre alt sein; für Velos ohne Motor mindestens 14 Jahre. Jugendliche unter 18 Jahren benötigen die Zustimmung einer erziehungsberechtigten Person, die wir bei der Registrierung einholen.

An grösseren Stationen sind Videokameras installiert, die den Bereich der Veloständer erfassen. Die Aufnahmen werden nach sieben Tagen automatisch überschrieben und nur bei Diebstahl oder Vandalismus ausgewertet.

## 3. Zwecke und Aufbewahrung

| Zweck | Daten | Aufbewahrung |
| Abschluss und Abwicklung des Mietvertrags | Kundenkonto, Mietdaten, Zahlungsdaten | 10 Jahre (Aufbewahrungspflicht nach Obligationenrecht) |
| Auffinden gestohlener oder nicht zurückgegebener Velos | Standortdaten des Velos | 90 Tage nach Mietende |
| Schadenabwicklung und Versicherung | Schadenmeldungen, Fotos, Mietdaten | bis zum Abschluss des Falls, danach 5 Jahre |
| Kundendienst | Kommunikation | 3 Jahre |
| Newsletter | E-Mail-Adresse, Sprache | bis zur Abmeldung |
| Planung des Stationsnetzes und Verbesserung des Angebots | anonymisierte Mietdaten | unbefristet, nur anonymisiert |
| Sicherheit der App und Missbrauchsbekämpfung | technische Daten | 12 Monate |

Standortdaten verwenden wir nicht, um Ihr Fahrverhalten zu bewerten oder Profile zu erstellen. Nach Ende einer Miete sehen nur die Mitarbeitenden des Flottenmanagements den letzten Standort des Velos.

## 4. Weitergabe an Dritte

Wir geben Personendaten nur weiter, soweit dies für die genannten Zwecke nötig ist. Unsere Dienstleister bearbeiten die Daten in unserem Auftrag und sind vertraglich zu Datenschutz und Datensicherheit verpflichtet.

| Empfänger | Zweck | Land |
| Swisscom (Schweiz) AG | Hosting der App- und Buchungsserver | Schweiz |
| Datatrans AG | Zahlungsabwicklung mit Karten und PostFinance | Schweiz |
| TWINT AG | Zahlungsabwicklung mit TWINT | Schweiz |
| Zendesk, Inc. | Kundendienst und Hilfe-Center | USA |
| Google Ireland Ltd. | Karten in der App (Google Maps) | Irland, USA |
| Schweizerische Mobiliar Versicherungsgesellschaft AG | Versicherung bei Schäden und Unfällen | Schweiz |

Unsere Stationspartner, etwa Tourismusorganisationen und Hotels, erhalten nur die Velo-Nummer und den Zeitpunkt der Rückgabe, nicht aber Ihre Personendaten. Bei Diebstahl, Unfällen oder auf behördliche Anordnung geben wir Daten an die Polizei und an Strafverfolgungsbehörden weiter.

## 5. Datenbearbeitung im Ausland

Einige unserer Empfänger befinden sich in den USA, einem Land ohne angemessenes Datenschutzniveau. Die Übermittlung erfolgt gestützt auf die Standardvertragsklauseln der Europäischen Kommission, die der Eidgenössische Datenschutz- und Öffentlichkeitsbeauftragte anerkannt hat, ergänzt um die für die Schweiz nötigen Anpassungen.

## 6. Cookies und Analyse

Unsere Website und das Hilfe-Center verwenden technisch notwendige Cookies sowie, mit Ihrer Einwilligung, Google Analytics zur Analyse der Nutzung. In der App erfassen wir mit Firebase Crashlytics Absturzberichte ohne Bezug zu Ihrem Kundenkonto. Ihre Einwilligung können Sie jederzeit über die Cookie-Einstellungen am Ende jeder Seite widerrufen.

In unseren Newslettern messen wir mit Zählpixeln, ob eine E-Mail geöffnet und welche Links angeklickt wurden, um unser Angebot zu verbessern. Wenn Sie dies nicht wünschen, können Sie sich jederzeit über den Link am Ende jedes Newsletters abmelden.

## 7. Ihre Rechte

Sie haben das Recht, Auskunft über Ihre Personendaten zu verlangen, unrichtige Daten berichtigen und Daten löschen zu lassen, einer Bearbeitung zu widersprechen sowie Ihre Daten in einem gängigen elektronischen Format zu erhalten. Soweit eine Bearbeitung auf Ihrer Einwilligung beruht, können Sie diese jederzeit widerrufen.

Richten Sie Ihr Begehren an [datenschutz@velopunkt.ch](mailto:datenschutz@velopunkt.ch). Zur Prüfung Ihrer Identität können wir eine Kopie eines amtlichen Ausweises verlangen. Wir beantworten Auskunftsbegehren in der Regel innert 30 Tagen.

Sie können sich zudem an die zuständige Aufsichtsbehörde wenden:

@ Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter (EDÖB)
@ Feldeggweg 1
@ 3003 Bern
@ [www.edoeb.admin.ch](https://www.edoeb.admin.ch)

## 8. Datensicherheit

Wir schützen Ihre Daten mit angemessenen technischen und organisatorischen Massnahmen, unter anderem mit verschlüsselter Übertragung, rollenbasierten Zugriffsrechten, Zwei-Faktor-Authentifizierung für Mitarbeitende und regelmässigen Sicherheitsprüfungen unserer App. Mitarbeitende, die Zugriff auf Personendaten haben, sind zur Vertraulichkeit verpflichtet und werden regelmässig geschult.

## 9. Änderungen

Wir können diese Datenschutzerklärung jederzeit anpassen. Es gilt die jeweils aktuelle, in diesem Hilfe-Center veröffentlichte Fassung. Über wesentliche Änderungen informieren wir registrierte Kundinnen und Kunden per E-Mail oder in der App.
"""

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "Twilio added to the recipients table (SMS login codes)",
     "repl": [("| TWINT AG | Zahlungsabwicklung mit TWINT | Schweiz |",
               "| TWINT AG | Zahlungsabwicklung mit TWINT | Schweiz |\n"
               "| Twilio Ireland Limited | SMS-Codes für die Anmeldung | Irland |")]},
    {"note": "revised DSG (in force from 1 Sept 2023): reference updated, sentence on automated individual decisions",
     "repl": [("im Einklang mit dem Bundesgesetz über den Datenschutz (DSG) und,",
               "im Einklang mit dem Bundesgesetz über den Datenschutz (DSG), ab dem 1. September 2023 in seiner "
               "revidierten Fassung, und,"),
              ("Nach Ende einer Miete sehen nur die Mitarbeitenden des Flottenmanagements den letzten Standort des Velos.",
               "Nach Ende einer Miete sehen nur die Mitarbeitenden des Flottenmanagements den letzten Standort des Velos. "
               "Wir treffen keine automatisierten Einzelentscheidungen im Sinne des revidierten DSG; eine Sperrung Ihres "
               "Kontos wegen offener Beträge wird immer von einer Mitarbeiterin oder einem Mitarbeiter geprüft.")]},
    {"note": "typo fixed: 'Kundendiesnt' -> 'Kundendienst' (no new date)", "bump": False,
     "repl": [("an den Kundendiesnt sowie", "an den Kundendienst sowie")]},
    {"note": "bike GPS positions kept 30 instead of 90 days after the rental",
     "repl": [("| Standortdaten des Velos | 90 Tage nach Mietende |", "| Standortdaten des Velos | 30 Tage nach Mietende |")]},
    {"note": "US transfers now also based on the Swiss-U.S. Data Privacy Framework",
     "repl": [("Die Übermittlung erfolgt gestützt auf die Standardvertragsklauseln",
               "Die Übermittlung an zertifizierte Unternehmen erfolgt gestützt auf das Swiss-U.S. Data Privacy "
               "Framework, für das der Bundesrat am 14. August 2024 die Angemessenheit festgestellt hat, im Übrigen "
               "gestützt auf die Standardvertragsklauseln")]},
]

RELATED = ["Wie melde ich einen Schaden am Velo?", "Wie lösche ich mein Kundenkonto?",
           "Welche Daten speichert das GPS-Modul des Velos?", "Kann ich mit dem Halbtax günstiger mieten?",
           "Kann ich das Velo an einer anderen Station zurückgeben?", "Warum wurde meine Karte zweimal belastet?",
           "Wie ändere ich meine Mobiltelefonnummer?", "Was kostet ein verlorener Velo-Schlüssel?"]
SECTION = [("Datenschutzerklärung", ARTICLE_ID), ("Allgemeine Geschäftsbedingungen", 4408812345612),
           ("Nutzungsbedingungen der Velopunkt-App", 4408812345634), ("Tarife und Gebühren", 4408812345656),
           ("Schadenreglement", 4408812345690)]


def noise(rng, when, i, prev):
    prev = prev or {}
    votes = dict(prev.get("votes") or {"up": 17, "total": 26})
    add = rng.randint(0, 9)
    if add == 0 and prev:
        add = 1
    up = sum(1 for _ in range(add) if rng.random() < 0.6)
    votes = {"up": votes["up"] + up, "total": votes["total"] + add}
    related = C.keep_or(rng, prev.get("related"), 0.15, lambda: rng.sample(RELATED, rng.choice([3, 4, 5])))
    resave = prev.get("resave")
    if rng.random() < 0.12:
        resave = C.iso(when - dt.timedelta(days=rng.randint(1, 12), seconds=rng.randint(0, 86399)))
    assets = C.keep_or(rng, prev.get("assets"), 0.3, lambda: {k: C.hexs(rng, 32) for k in ("app", "jq", "shim", "vendor")})
    digest = C.keep_or(rng, prev.get("digest"), 0.1, lambda: str(int(C.epoch(when)) * 1000 - rng.randint(0, 10 ** 9)))
    return {"csrf": base64.b64encode(bytes(rng.getrandbits(8) for _ in range(64))).decode(),
            "votes": votes, "related": related, "resave": resave, "assets": assets, "digest": digest}


LABELS = {"csrf": "CSRF token (meta and HelpCenter.internal)", "votes": "vote counts inside the article (removed)",
          "related": "related articles inside the article (removed)", "resave": "edited_at stamp after a re-save (removed)",
          "assets": "static.zdassets.com asset hashes", "digest": "theme ?digest="}


def _hid(text):
    h = C.det_sha("zd-heading", text)
    crockford = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    return "h_01" + base64.b32encode(bytes.fromhex(h[:30])).decode()[:24].translate(crockford)


def body_html(blocks):
    out = []
    for kind, v in blocks:
        if kind in ("h2", "h3"):
            out.append('<%s id="%s">%s</%s>' % (kind, _hid(v), C.inline_html(v), kind))
        elif kind == "p":
            out.append("<p>%s</p>" % C.inline_html(v))
        elif kind == "ul":
            out.append("<ul>\n%s\n</ul>" % "\n".join("<li>%s</li>" % C.inline_html(i) for i in v))
        elif kind == "table":
            head = "".join("<th>%s</th>" % C.inline_html(c) for c in v[0])
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(c) for c in r) for r in v[1:])
            out.append('<figure class="wysiwyg-table"><table><thead><tr>%s</tr></thead><tbody>%s</tbody></table>'
                       '</figure>' % (head, rows))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br>".join(C.inline_html(l) for l in v))
    return "\n".join(out)


def _stand(blocks):
    m = re.match(r"Stand: (\d+)\. (\S+) (\d{4})", blocks[1][1])
    return dt.datetime(int(m.group(3)), MONTHS.index(m.group(2)) + 1, int(m.group(1)), 7, 42, 13)


def render(state, blocks, when):
    title, body = blocks[0], blocks[1:]
    edited = _stand(blocks)
    if state["resave"]:
        rs = dt.datetime.strptime(state["resave"], "%Y-%m-%dT%H:%M:%SZ")
        if rs > edited:
            edited = rs
    local = edited + dt.timedelta(hours=1 if edited.month in (11, 12, 1, 2, 3) else 2)
    v = state["votes"]
    a = state["assets"]
    theme = "/hc/theming_assets/01HZ7QK3V9D2XW4B6N8M0PJ5RT"
    sidenav = "\n".join('<li><a href="/hc/de-ch/articles/%d" class="sidenav-item%s">%s</a></li>'
                        % (aid, " current-article" if aid == ARTICLE_ID else "", html.escape(t)) for t, aid in SECTION)
    related = "\n".join('<li><a href="/hc/de-ch/related/click?data=%s" rel="nofollow">%s</a></li>'
                        % (C.det_sha(t)[:40], html.escape(t)) for t in state["related"])
    internal = {"asset_url": "//static.zdassets.com/hc/assets/", "web_widget_asset_composer_url":
                "https://static.zdassets.com/ekr/snippet.js", "current_session": {"locale": "de-ch",
                "csrf_token": state["csrf"], "shared_csrf_token": None}, "usersettings": {"has_joined": False},
                "settings": {"zopim_enabled": False, "spam_filter_enabled": True}, "current_record_id": str(ARTICLE_ID),
                "current_record_url": "/hc/de-ch/articles/%d-Datenschutzerkl%%C3%%A4rung" % ARTICLE_ID,
                "current_record_title": "Datenschutzerklärung", "current_text_direction": "ltr",
                "current_brand_id": 360001234567, "current_brand_name": "Velopunkt",
                "current_brand_url": "https://velopunkt.zendesk.com", "current_brand_active": True,
                "current_path": "/hc/de-ch/articles/%d-Datenschutzerkl%%C3%%A4rung" % ARTICLE_ID,
                "show_autocomplete_breadcrumbs": True, "user_info_changing_enabled": False,
                "has_user_profiles_enabled": False, "has_end_user_attachments": True,
                "user_aliases_enabled": False, "has_anonymous_kb_voting": True, "has_multi_language_help_center": True,
                "show_at_mentions": False, "embeddables_config": {"embeddables_web_widget": True,
                "embeddables_connect_ipms": False}, "answer_bot_subdomain": "static", "gather_plan_state": "subscribed",
                "has_article_verification": False, "has_gather": True, "has_ckeditor": True,
                "has_community_enabled": False, "has_community_badges": False, "has_user_segments": True,
                "has_answer_bot_web_form_enabled": False, "has_garden_modals": False,
                "billing_plan": "suite_growth", "locale": "de-ch", "mobile": False, "accessible_locales":
                ["de-ch", "fr-ch", "it-ch", "en-us"]}
    return """<!DOCTYPE html>
<html dir="ltr" lang="de-CH">
<head>
  <meta charset="utf-8" />
  <!-- v26912 -->


  <title>Datenschutzerklärung &ndash; Velopunkt Hilfe-Center</title>

  <meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="%(csrf)s">

  <meta name="description" content="Stand: %(stand)s Die Velopunkt AG («Velopunkt», «wir») betreibt ein Netz von Velo- und E-Bike-Mietstationen an..." /><meta property="og:image" content="https://hilfe.velopunkt.ch/hc/theming_assets/01HZ7QK3V9D2XW4B6N8M0PJ5RT/og-velopunkt.png" />
<meta property="og:type" content="website" />
<meta property="og:site_name" content="Velopunkt Hilfe-Center" />
<meta property="og:title" content="Datenschutzerklärung" />
<meta property="og:url" content="%(url)s" />
<link rel="canonical" href="%(url)s">
<link rel="alternate" hreflang="de-ch" href="%(url)s">
<link rel="alternate" hreflang="en-us" href="https://hilfe.velopunkt.ch/hc/en-us/articles/%(aid)d-Privacy-notice">
<link rel="alternate" hreflang="fr-ch" href="https://hilfe.velopunkt.ch/hc/fr-ch/articles/%(aid)d-D%%C3%%A9claration-de-protection-des-donn%%C3%%A9es">
<link rel="alternate" hreflang="it-ch" href="https://hilfe.velopunkt.ch/hc/it-ch/articles/%(aid)d-Dichiarazione-sulla-protezione-dei-dati">
<link rel="alternate" hreflang="x-default" href="https://hilfe.velopunkt.ch/hc/de-ch/articles/%(aid)d">

  <link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-%(app)s.css" media="all" id="stylesheet" />
  <link rel="stylesheet" type="text/css" href="%(theme)s/style.css?digest=%(digest)s">

  <link rel="icon" type="image/x-icon" href="%(theme)s/favicon.ico">

    <script async src="https://www.googletagmanager.com/gtag/js?id=G-V3L0P9K2XC"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-V3L0P9K2XC');
</script>


  <meta content="width=device-width, initial-scale=1.0" name="viewport" />
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8" data-domain-script="0190a7c3-5e2b-7d41-9f08-3b6c1a2d4e5f"></script>
<script type="text/javascript">function OptanonWrapper() { }</script>
  <script type="text/javascript" src="%(theme)s/script.js?digest=%(digest)s"></script>
</head>
<body class="">
  <script src="//static.zdassets.com/hc/assets/es6-shims-%(shim)s.js"></script>
<script src="//static.zdassets.com/hc/assets/vendor-%(vendor)s.js"></script>

  <a class="skip-navigation" tabindex="1" href="#main-content">Zum Hauptinhalt gehen</a>

<header class="header">
  <div class="logo">
    <a title="Startseite" href="/hc/de-ch">
      <img src="%(theme)s/velopunkt-logo.svg" alt="Startseite für Velopunkt Hilfe-Center">
    </a>
  </div>

  <div class="nav-wrapper-desktop">
    <nav class="user-nav" id="user-nav" aria-label="Benutzernavigation">
      <ul class="user-nav-list">
        <li><a href="https://www.velopunkt.ch" target="_blank">velopunkt.ch</a></li>
        <li><a class="submit-a-request" href="/hc/de-ch/requests/new">Anfrage einreichen</a></li>
      </ul>
    </nav>
      <a class="sign-in" rel="nofollow" data-auth-action="signin" title="Öffnet ein Dialogfeld" role="button" href="/hc/de-ch/signin?return_to=%(urlq)s">
        Anmelden
      </a>
  </div>
</header>

  <main role="main">
    <div class="container-divider"></div>
<div class="container">
  <div class="sub-nav">
    <nav aria-label="Aktuelle Position">
  <ol class="breadcrumbs">
    <li title="Velopunkt Hilfe-Center"><a href="/hc/de-ch">Velopunkt Hilfe-Center</a></li>
    <li title="Rechtliches"><a href="/hc/de-ch/categories/4408801122334-Rechtliches">Rechtliches</a></li>
    <li title="Datenschutz und AGB"><a href="/hc/de-ch/sections/4408809988776-Datenschutz-und-AGB">Datenschutz und AGB</a></li>
  </ol>
</nav>

    <div class="search-container">
      <svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="search-icon" aria-hidden="true"><circle cx="4.5" cy="4.5" r="4" fill="none" stroke="currentColor"/><path stroke="currentColor" stroke-linecap="round" d="M11 11L7.5 7.5"/></svg>
      <form role="search" class="search" data-search="" action="/hc/de-ch/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" /><input type="search" name="query" id="query" placeholder="Suche" autocomplete="off" aria-label="Suche" /></form>
    </div>
  </div>

  <div class="article-container" id="article-container">
    <aside class="article-sidebar" aria-labelledby="section-articles-title">
      <div class="collapsible-sidebar">
        <button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button>
        <h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Artikel in diesem Abschnitt</h2>
        <div class="collapsible-sidebar-body">
          <ul>
%(sidenav)s
          </ul>
        </div>
      </div>
    </aside>

    <article id="main-content" class="article">
      <header class="article-header">
        <h1 title="Datenschutzerklärung" class="article-title">
          %(title)s
        </h1>

        <div class="article-author">
          <div class="avatar article-avatar">
            <img src="https://velopunkt.zendesk.com/system/photos/4401/0012/3456/profile_image_4401001234567_678.png" alt="" class="user-avatar"/>
          </div>
          <div class="article-meta">
            Velopunkt Kundendienst

            <ul class="meta-group">
                <li class="meta-data"><time datetime="%(edited)s" title="%(edited_title)s" data-datetime="relative">%(edited_text)s</time></li>
                <li class="meta-data">Aktualisiert</li>
            </ul>
          </div>
        </div>
      </header>

      <section class="article-info">
        <div class="article-content">
          <div class="article-body">%(body)s</div>
        </div>
      </section>

      <footer>
        <div class="article-footer">
            <div class="article-share">
  <ul class="share">
    <li><a href="https://www.facebook.com/share.php?title=Datenschutzerkl%%C3%%A4rung&amp;u=%(urlq)s" class="share-facebook" aria-label="Facebook"><svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" aria-hidden="true"><path fill="currentColor" d="M6 0a6 6 0 01.813 11.945V7.63h1.552l.244-1.593H6.813V4.98c0-.58.187-1.094.74-1.094h.98v-1.39c-.172-.024-.536-.075-1.226-.075-1.44 0-2.285.76-2.285 2.493v1.124H3.548v1.593h1.474v4.307A6 6 0 016 0z"/></svg></a></li>
    <li><a href="https://www.linkedin.com/shareArticle?mini=true&amp;source=Velopunkt&amp;title=Datenschutzerkl%%C3%%A4rung&amp;url=%(urlq)s" class="share-linkedin" aria-label="LinkedIn"><svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" aria-hidden="true"><path fill="currentColor" d="M10.8 0A1.2 1.2 0 0112 1.2v9.6a1.2 1.2 0 01-1.2 1.2H1.2A1.2 1.2 0 010 10.8V1.2A1.2 1.2 0 011.2 0h9.6z"/></svg></a></li>
  </ul>
</div>
        </div>
          <div class="article-votes">
            <h2 class="article-votes-question" id="article-votes-label">War dieser Beitrag hilfreich?</h2>
            <div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
              <button type="button" class="button article-vote article-vote-up" data-helper="vote" data-item="article" data-type="up" data-id="%(aid)d" data-upvote-count="%(up)d" data-vote-count="%(total)d" data-vote-sum="%(sum)d" data-vote-url="/hc/de-ch/articles/%(aid)d/vote" data-value="null" data-label="%(up)d von %(total)d fanden dies hilfreich" data-selected-class="button-primary" aria-label="Dieser Beitrag war hilfreich" aria-pressed="false">Ja</button>
              <button type="button" class="button article-vote article-vote-down" data-helper="vote" data-item="article" data-type="down" data-id="%(aid)d" data-upvote-count="%(up)d" data-vote-count="%(total)d" data-vote-sum="%(sum)d" data-vote-url="/hc/de-ch/articles/%(aid)d/vote" data-value="null" data-label="%(up)d von %(total)d fanden dies hilfreich" data-selected-class="button-primary" aria-label="Dieser Beitrag war nicht hilfreich" aria-pressed="false">Nein</button>
            </div>
            <small class="article-votes-count">
              <span class="article-vote-label" data-helper="vote" data-item="article" data-type="label" data-id="%(aid)d" data-upvote-count="%(up)d" data-vote-count="%(total)d" data-vote-sum="%(sum)d" data-vote-url="/hc/de-ch/articles/%(aid)d/vote" data-value="null" data-label="%(up)d von %(total)d fanden dies hilfreich">%(up)d von %(total)d fanden dies hilfreich</span>
            </small>
          </div>

        <div class="article-more-questions">
          Haben Sie weitere Fragen? <a href="/hc/de-ch/requests/new">Anfrage einreichen</a>
        </div>
        <div class="article-return-to-top">
          <a href="#article-container">
            Zurück nach oben
            <svg xmlns="http://www.w3.org/2000/svg" class="article-return-to-top-icon" width="20" height="20" focusable="false" viewBox="0 0 12 12" aria-hidden="true"><path fill="none" stroke="currentColor" stroke-linecap="round" d="M3 4.5l2.6 2.6c.2.2.5.2.7 0L9 4.5"/></svg>
          </a>
        </div>
      </footer>

      <div class="article-relatives">
          <div data-recent-articles></div>
          <section class="related-articles" aria-labelledby="related-articles-title">
  <h2 class="related-articles-title" id="related-articles-title">Verwandte Beiträge</h2>
  <ul>
%(related)s
  </ul>
</section>
      </div>
    </article>
  </div>
</div>
  </main>

<footer class="footer">
  <div class="footer-inner">
    <a title="Startseite" href="/hc/de-ch">Velopunkt Hilfe-Center</a>
    <div class="footer-links">
      <a href="https://www.velopunkt.ch/impressum" target="_blank">Impressum</a>
      <a href="/hc/de-ch/articles/%(aid)d">Datenschutz</a>
      <a href="#" class="ot-sdk-show-settings">Cookie-Einstellungen</a>
    </div>
    <div class="footer-language-selector">
        <div class="dropdown language-selector">
          <button class="dropdown-toggle" aria-haspopup="true">Deutsch (Schweiz)</button>
          <span class="dropdown-menu dropdown-menu-end" role="menu">
              <a href="/hc/change_language/fr-ch?return_to=%%2Fhc%%2Ffr-ch%%2Farticles%%2F%(aid)d" dir="ltr" rel="nofollow" role="menuitem">Français (Suisse)</a>
              <a href="/hc/change_language/it-ch?return_to=%%2Fhc%%2Fit-ch%%2Farticles%%2F%(aid)d" dir="ltr" rel="nofollow" role="menuitem">Italiano (Svizzera)</a>
              <a href="/hc/change_language/en-us?return_to=%%2Fhc%%2Fen-us%%2Farticles%%2F%(aid)d" dir="ltr" rel="nofollow" role="menuitem">English (US)</a>
          </span>
        </div>
    </div>
  </div>
</footer>


  <!-- / -->

  <script src="//static.zdassets.com/hc/assets/de-ch.%(loc)s.js"></script>

  <script type="text/javascript">
  /*

    Greetings sourcecode lurker!

    This is for internal Zendesk and legacy usage,
    we don't support or guarantee any of these values
    so please don't build stuff on top of them.

  */

  HelpCenter = {};
  HelpCenter.account = {"subdomain":"velopunkt","environment":"production","name":"Velopunkt"};
  HelpCenter.user = {"identifier":"da39a3ee5e6b4b0d3255bfef95601890afd80709","email":null,"name":"","role":"anonymous","avatar_url":"https://assets.zendesk.com/hc/assets/default_avatar.png","is_admin":false,"organizations":[],"groups":[]};
  HelpCenter.internal = %(internal)s;
</script>

  <script src="//static.zdassets.com/hc/assets/moment-%(moment)s.js"></script>
  <script src="//static.zdassets.com/hc/assets/hc_enduser-%(enduser)s.js"></script>
  <script type="text/javascript" src="https://static.zdassets.com/ekr/snippet.js?key=5b7e2c1a-9d3f-4e8b-a6c0-1f2e3d4c5b6a" id="ze-snippet"></script>
</body>
</html>
""" % {"csrf": state["csrf"], "stand": html.escape(blocks[1][1].split(": ", 1)[1]), "url": URL, "aid": ARTICLE_ID,
       "app": a["app"], "theme": theme, "digest": state["digest"], "shim": a["shim"][:20], "vendor": a["vendor"][:20],
       "urlq": "https%3A%2F%2Fhilfe.velopunkt.ch%2Fhc%2Fde-ch%2Farticles%2F" + str(ARTICLE_ID),
       "sidenav": sidenav, "title": C.inline_html(title[1]), "edited": C.iso(edited),
       "edited_title": local.strftime("%Y-%m-%d %H:%M"),
       "edited_text": "%d. %s %d %s" % (local.day, MONTHS[local.month - 1], local.year, local.strftime("%H:%M")),
       "body": body_html(body), "up": v["up"], "total": v["total"], "sum": 2 * v["up"] - v["total"],
       "related": related, "loc": a["jq"][:20], "internal": json.dumps(internal, ensure_ascii=False, separators=(",", ":")),
       "moment": C.det_sha(a["app"], "moment")[:32], "enduser": C.det_sha(a["app"], "enduser")[:32]}


PAGE = {
    "service": "Velopunkt",
    "url": URL,
    "lang": "de-CH",
    "platform": "Zendesk Guide help centre (Copenhagen theme), article page",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-Zendesk-Origin-Server", "app-server-hc"),
                      ("Cache-Control", "max-age=0, public"), ("Content-Language", "de-CH")),
    "n": 32,
    "start": dt.date(2022, 6, 1),
    "end": dt.date(2025, 2, 28),
    "hours": (3, 11, 19),
    "policy": POLICY,
    "first_updated": dt.date(2022, 4, 4),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#main-content",
                    "remove": [".article-author", ".article-votes", ".article-more-questions",
                               ".article-return-to-top", ".article-relatives"]},
}
