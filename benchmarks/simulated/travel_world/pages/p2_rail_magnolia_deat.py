"""Alpenbahn (Austrian rail operator) - de-AT - Magnolia CMS 6 (light module, CKEditor text component).

One flat text component holds the Datenschutzerklärung and, after it, a second document ("Informationen zur
Videoüberwachung") that the operator edits on its own schedule; the h1 sits in the stage above. The declaration is
a range: from the stage title to the video document's heading. CKEditor 4 wrote named entities (&auml; &bdquo;
&sect; ...) until the May 2024 relaunch (CKEditor 5, raw UTF-8). Disruption alerts are injected between stage and
text (inside the range). Resource URLs carry Magnolia's ~timestamp~cache fingerprint; forms a
mgnlModelExecutionUUID."""
import datetime as dt
import html
from html.entities import codepoint2name
import common as C

URL = "https://www.alpenbahn.at/de/service/rechtliches/datenschutz.html"
MONATE = ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONATE[d.month - 1], d.year)


POLICY = """
# Datenschutzerklärung

Stand: {UPDATED}

Die Alpenbahn Personenverkehr AG (im Folgenden „Alpenbahn“) nimmt den Schutz Ihrer personenbezogenen Daten ernst. In dieser Datenschutzerklärung informieren wir Sie gemäß Art. 13 und 14 DSGVO darüber, welche Daten wir beim Kauf von Tickets, bei der Nutzung der Alpenbahn-App und auf unseren Websites verarbeiten.

## 1. Verantwortlicher

Verantwortlich für die Datenverarbeitung ist die Alpenbahn Personenverkehr AG, Am Hauptbahnhof 2, 1100 Wien, FN 248731 k.

Unseren Datenschutzbeauftragten erreichen Sie unter datenschutz@alpenbahn.at oder postalisch unter der oben genannten Anschrift mit dem Zusatz „z. H. Datenschutzbeauftragter“.

## 2. Ticketkauf und Kundenkonto

Beim Kauf eines Tickets verarbeiten wir Vor- und Nachname, Geburtsdatum (bei personalisierten Tickets und Ermäßigungen), E-Mail-Adresse, Zahlungsdaten sowie die Reisedaten (Strecke, Datum, Zugverbindung, Klasse). Rechtsgrundlage ist die Erfüllung des Beförderungsvertrags (Art. 6 Abs. 1 lit. b DSGVO).

Wenn Sie ein Kundenkonto anlegen, speichern wir zusätzlich Ihre Ermäßigungskarten (z. B. Vorteilscard, Klimaticket) und Ihre bevorzugten Verbindungen.

## 3. Fahrgastrechte und Entschädigung

Wenn Sie bei Verspätungen oder Zugausfällen eine Entschädigung beantragen, verarbeiten wir die Angaben aus Ihrem Antrag, Ihre Ticketdaten und Ihre Bankverbindung, um den Anspruch nach der Fahrgastrechteverordnung (EU) 2021/782 zu prüfen und auszuzahlen.

## 4. Empfänger

Wir geben Ihre Daten nur weiter, soweit dies für die genannten Zwecke erforderlich ist:

| Empfänger | Zweck | Sitz |
| Verkehrsverbund Ost-Region (VOR) GmbH | Einnahmenaufteilung bei Verbundtickets | Österreich |
| Payone GmbH | Zahlungsabwicklung | Deutschland |
| Alpenbahn IT Services GmbH | Betrieb des Ticketshops und der App | Österreich |

## 5. Speicherdauer

Ticket- und Buchungsdaten speichern wir für die Dauer von sieben Jahren ab Ende des Kalenderjahres, in dem die Reise stattgefunden hat (§ 132 BAO). Daten Ihres Kundenkontos löschen wir, wenn Sie das Konto schließen oder es 36 Monate nicht genutzt wurde.

## 6. Ihre Rechte

Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Datenübertragbarkeit und Widerspruch. Wenden Sie sich dazu an datenschutz@alpenbahn.at. Sie haben außerdem das Recht, Beschwerde bei der [Österreichischen Datenschutzbehörde](https://www.dsb.gv.at) einzulegen.
"""

EDITS = [
    {"note": "recipients table: new row for Wegfinder GmbH (route planning, connecting mobility)",
     "repl": [("| Alpenbahn IT Services GmbH | Betrieb des Ticketshops und der App | Österreich |",
               "| Alpenbahn IT Services GmbH | Betrieb des Ticketshops und der App | Österreich |\n"
               "| Wegfinder GmbH | Routenplanung und Verkauf von Anschlussmobilität (Leihrad, E-Scooter, Taxi) | Österreich |")]},
    {"note": "section 3 reworded: compensation claims can now be filed via the app, forwarded to the agency apf (date not bumped)",
     "bump": False,
     "repl": [("um den Anspruch nach der Fahrgastrechteverordnung (EU) 2021/782 zu prüfen und auszuzahlen.",
               "um den Anspruch nach der Fahrgastrechteverordnung (EU) 2021/782 zu prüfen und auszuzahlen. Anträge können auch in der Alpenbahn-App gestellt werden. Wenden Sie sich an die Agentur für Passagier- und Fahrgastrechte (apf), übermitteln wir dieser die zur Schlichtung erforderlichen Angaben.")]},
    {"note": "retention: dormant customer accounts deleted after 24 instead of 36 months",
     "repl": [("es 36 Monate nicht genutzt wurde", "es 24 Monate nicht genutzt wurde")]},
    {"note": "DPO contact changed: new address dsb@alpenbahn.at (both occurrences) and postal address moved",
     "repl": [("Unseren Datenschutzbeauftragten erreichen Sie unter datenschutz@alpenbahn.at oder postalisch unter der oben genannten Anschrift mit dem Zusatz „z. H. Datenschutzbeauftragter“.",
               "Unseren Datenschutzbeauftragten erreichen Sie unter dsb@alpenbahn.at oder postalisch unter Alpenbahn Personenverkehr AG, Datenschutz, Wiedner Gürtel 12, 1100 Wien."),
              ("Wenden Sie sich dazu an datenschutz@alpenbahn.at.", "Wenden Sie sich dazu an dsb@alpenbahn.at.")]},
    {"note": "new section 7 'Alpenbahn-App und Standortdaten' appended",
     "repl": [("[Österreichischen Datenschutzbehörde](https://www.dsb.gv.at) einzulegen.",
               "[Österreichischen Datenschutzbehörde](https://www.dsb.gv.at) einzulegen.\n\n## 7. Alpenbahn-App und Standortdaten\n\n"
               "Wenn Sie in der Alpenbahn-App die Standortfreigabe erteilen, verwenden wir Ihren Standort, um Ihnen nahegelegene Bahnhöfe und Abfahrten anzuzeigen. Der Standort wird nicht gespeichert und nicht mit Ihrem Kundenkonto verknüpft. Sie können die Freigabe jederzeit in den Einstellungen Ihres Geräts widerrufen.")]},
]

VIDEO = [
    ("72 Stunden", "Bahnhöfe und Fahrzeuge", "videoschutz@alpenbahn.at"),
    ("72 Stunden", "Bahnhöfe, Fahrzeuge und Park-&-Ride-Anlagen", "videoschutz@alpenbahn.at"),
    ("48 Stunden", "Bahnhöfe, Fahrzeuge und Park-&-Ride-Anlagen", "videoschutz@alpenbahn.at"),
    ("48 Stunden", "Bahnhöfe, Fahrzeuge und Park-&-Ride-Anlagen", "dsb@alpenbahn.at"),
]
VIDEO_AT = [dt.datetime(2022, 3, 1), dt.datetime(2023, 7, 15), dt.datetime(2025, 2, 1)]
ALERTS = [
    ("Streckensperre", "Zwischen Linz Hbf und Wels Hbf kommt es wegen Bauarbeiten zu Schienenersatzverkehr mit Bussen."),
    ("Verspätungen", "Aufgrund einer Signalstörung im Raum St. Pölten kommt es zu Verspätungen von bis zu 30 Minuten."),
    ("Unwetter", "Wegen starker Schneefälle ist die Strecke über den Semmering nur eingeschränkt befahrbar."),
    ("Hinweis", "Am Wochenende verkehren zwischen Salzburg Hbf und Innsbruck Hbf Ersatzbusse."),
    ("Streik", "Wegen eines Warnstreiks entfallen heute zahlreiche Verbindungen. Bitte informieren Sie sich vor Fahrtantritt."),
]
DEPARTURES = [("RJX 62", "München Hbf"), ("REX 1614", "St. Pölten Hbf"), ("WB 918", "Salzburg Hbf"),
              ("RJ 531", "Villach Hbf"), ("NJ 466", "Zürich HB"), ("REX 7", "Flughafen Wien")]
RELAUNCH = dt.datetime(2024, 5, 14)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["tokens"] = (C.uuid4(rng), C.hexs(rng, 40))
    s["alert"] = None if rng.random() < 0.45 else rng.randrange(len(ALERTS))
    s["departures"] = tuple((k, "%02d:%02d" % (rng.randint(6, 22), rng.choice(range(0, 60, 5))), rng.choice([0, 0, 0, 5, 10, 25]))
                            for k in sorted(rng.sample(range(len(DEPARTURES)), 4)))
    s["fare"] = C.keep_or(rng, prev.get("fare"), 0.4, lambda: rng.choice(["9,90", "14,90", "19,90", "12,90"]))
    s["deploy"] = C.keep_or(rng, prev.get("deploy"), 0.35,
                            lambda: (when - dt.timedelta(hours=rng.randint(2, 400), seconds=rng.randint(0, 3599)))
                            .strftime("%Y-%m-%d-%H-%M-%S-") + "%03d" % rng.randint(0, 999))
    s["design"] = "v2" if when >= RELAUNCH else "v1"
    s["video"] = sum(1 for d in VIDEO_AT if when >= d)
    return s


LABELS = {
    "tokens": "per-visit tokens (mgnlModelExecutionUUID, CSRF token)",
    "alert": "disruption alert box injected between stage and text (inside the declaration's range)",
    "departures": "live departures board in sidebar",
    "fare": "'Sparschiene ab' fare teaser",
    "deploy": "Magnolia resource ~timestamp~cache fingerprints",
    "design": "relaunch: new header/footer, CKEditor 5 (raw UTF-8 instead of named entities)",
    "video": "second document on the same page (video surveillance notice) edited",
}


def ent(s, on):
    """CKEditor 4 with config.entities: named entities for every non-ASCII character that has one."""
    if not on:
        return s
    return "".join("&%s;" % codepoint2name[ord(c)] if ord(c) > 127 and ord(c) in codepoint2name else c for c in s)


def text_html(b, on):
    kind, v = b
    il = lambda t: ent(C.inline_html(t), on)
    if kind in ("h2", "h3"):
        return "<%s>%s</%s>" % (kind, il(v), kind)
    if kind == "p":
        return "<p>%s</p>" % il(v)
    if kind == "ul":
        return "<ul>\n" + "".join("\t<li>%s</li>\n" % il(x) for x in v) + "</ul>"
    if kind == "table":
        head = "".join('\t\t\t<th scope="col">%s</th>\n' % il(x) for x in v[0])
        body = "".join("\t\t<tr>\n" + "".join("\t\t\t<td>%s</td>\n" % il(x) for x in r) + "\t\t</tr>\n" for r in v[1:])
        return ('<table class="table table--striped">\n\t<thead>\n\t\t<tr>\n%s\t\t</tr>\n\t</thead>\n\t<tbody>\n%s\t</tbody>\n</table>'
                % (head, body))
    raise ValueError(kind)


def render(s, blocks, when):
    uuid, csrf = s["tokens"]
    v1 = s["design"] == "v1"
    ts = s["deploy"]
    h1, rest = blocks[0], blocks[1:]
    text = "\n\n".join(text_html(b, v1) for b in rest)
    vr, vwhere, vmail = VIDEO[s["video"]]
    video = ('<h2 id="videoueberwachung">Informationen zur Videoüberwachung</h2>\n\n'
             '<p>In %s setzen wir zum Schutz von Fahrgästen, Mitarbeiterinnen und Mitarbeitern sowie unseres Eigentums '
             'Videoüberwachung ein. Die Aufnahmen werden nach %s automatisch gelöscht, sofern sie nicht zur Aufklärung '
             'eines Vorfalls benötigt werden.</p>\n\n<p>Auskunft zu Videoaufzeichnungen erhalten Sie unter %s.</p>\n\n'
             '<h2 id="cookie-einstellungen">Cookie-Einstellungen</h2>\n\n<p>Ihre Einwilligung in Cookies können Sie jederzeit '
             'in den <a href="#" class="js-cookie-settings">Cookie-Einstellungen</a> ändern.</p>' % (html.escape(vwhere), vr, vmail))
    video = ent(video, v1)
    if s["alert"] is None:
        alert = ""
    else:
        t, msg = ALERTS[s["alert"]]
        alert = ('<div class="m-traffic-alert m-traffic-alert--warning" role="status">\n<p class="m-traffic-alert__title">%s</p>\n'
                 '<p class="m-traffic-alert__text">%s <a href="/de/reiseinfo/verkehrsmeldungen.html">Alle Verkehrsmeldungen</a></p>\n</div>\n'
                 % (ent(t, v1), ent(html.escape(msg), v1)))
    deps = "\n".join('<li class="departures__row"><span class="departures__train">%s</span> <span class="departures__dest">%s</span> '
                     '<span class="departures__time">%s</span>%s</li>' % (DEPARTURES[k][0], ent(DEPARTURES[k][1], v1), t,
                                                                           (' <span class="departures__delay">+%d</span>' % d) if d else "")
                     for k, t, d in s["departures"])
    res = "/.resources/alpenbahn-theme/webresources"
    if v1:
        header = ('<header class="header">\n<div class="header__inner"><a class="header__logo" href="/de.html"><img src="%s/img/logo~%s~cache.svg" alt="Alpenbahn"></a>\n'
                  '<nav class="header__nav"><ul><li><a href="/de/tickets.html">Tickets</a></li><li><a href="/de/reiseinfo.html">Reiseinfo</a></li>'
                  '<li><a href="/de/angebote.html">Angebote</a></li><li><a href="/de/service.html">Service</a></li></ul></nav>\n'
                  '<div class="header__lang"><a href="/de/service/rechtliches/datenschutz.html" class="is-active">DE</a> | <a href="/en/service/legal/privacy.html">EN</a></div>\n'
                  '</div>\n</header>' % (res, ts))
        footer = ('<footer class="footer">\n<p>&copy; %d Alpenbahn Personenverkehr AG</p>\n<ul class="footer__links"><li><a href="/de/service/rechtliches/impressum.html">Impressum</a></li>'
                  '<li><a href="/de/service/rechtliches/datenschutz.html">Datenschutz</a></li><li><a href="/de/service/rechtliches/agb.html">Tarifbestimmungen</a></li></ul>\n</footer>' % when.year)
    else:
        header = ('<header class="o-header o-header--sticky">\n<div class="o-header__meta"><a href="/de/service/kundenservice.html">Kundenservice 05 1717</a>'
                  '<button class="o-header__lang" aria-haspopup="listbox">Deutsch</button></div>\n'
                  '<div class="o-header__main"><a class="o-header__logo" href="/de.html"><img src="%s/img/brand/alpenbahn-logo~%s~cache.svg" alt="Alpenbahn"></a>\n'
                  '<nav class="o-header__nav" aria-label="Hauptnavigation"><ul><li><a href="/de/tickets.html">Tickets &amp; Angebote</a></li>'
                  '<li><a href="/de/reiseinfo.html">Reiseinfo</a></li><li><a href="/de/klimaticket.html">Klimaticket</a></li><li><a href="/de/service.html">Hilfe &amp; Kontakt</a></li></ul></nav>\n'
                  '<a class="o-header__login" href="/de/mein-konto.html">Anmelden</a></div>\n</header>' % (res, ts))
        footer = ('<footer class="o-footer">\n<div class="o-footer__cols"><div><p class="o-footer__title">Alpenbahn</p><p>Am Hauptbahnhof 2, 1100 Wien</p></div>'
                  '<div><p class="o-footer__title">Rechtliches</p><ul><li><a href="/de/service/rechtliches/impressum.html">Impressum</a></li>'
                  '<li><a href="/de/service/rechtliches/datenschutz.html">Datenschutz</a></li><li><a href="/de/service/rechtliches/tarifbestimmungen.html">Tarifbestimmungen</a></li>'
                  '<li><a href="/de/service/rechtliches/barrierefreiheit.html">Barrierefreiheit</a></li></ul></div></div>\n'
                  '<p class="o-footer__copy">&copy; %d Alpenbahn Personenverkehr AG</p>\n</footer>' % when.year)
    booking = ('<div class="m-booking">\n<form action="/de/tickets/suche.html" method="post" class="m-booking__form">\n'
               '<input type="hidden" name="mgnlModelExecutionUUID" value="%s">\n<input type="hidden" name="csrf" value="%s">\n'
               '<label>Von <input name="from" value="Wien Hbf"></label>\n<label>Nach <input name="to" placeholder="Zielbahnhof"></label>\n'
               '<label>Hinfahrt <input type="date" name="date" value="%s"></label>\n<button type="submit">Verbindung suchen</button>\n</form>\n'
               '<p class="m-booking__teaser">Sparschiene ab &euro; %s</p>\n</div>' % (uuid, csrf, when.strftime("%Y-%m-%d"), s["fare"]))
    return ('<!DOCTYPE html>\n<html lang="de-AT">\n<head>\n<meta charset="UTF-8">\n<title>Datenschutzerkl%s - Alpenbahn</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            '<link rel="stylesheet" href="%s/css/main~%s~cache.css">\n'
            '<script src="%s/js/vendor/cookieconsent~%s~cache.js" defer></script>\n'
            '</head>\n<body class="page-content-page">\n%s\n'
            '<nav class="breadcrumb" aria-label="Brotkrumennavigation"><ol><li><a href="/de.html">Startseite</a></li>'
            '<li><a href="/de/service.html">Service</a></li><li><a href="/de/service/rechtliches.html">Rechtliches</a></li><li>Datenschutz</li></ol></nav>\n'
            '<div class="stage stage--small">\n<div class="stage__content">\n<h1 class="stage__title">%s</h1>\n</div>\n</div>\n'
            '<div class="content-wrapper">\n<main class="main" id="main">\n%s'
            '<div class="text-section" id="c-3f6a1e02-8d4b-4c7e-9b21-5a0d7e6c4f18">\n%s\n\n%s\n</div>\n</main>\n'
            '<aside class="sidebar">\n%s\n<div class="m-departures" data-station="8100002">\n<p class="m-departures__title">Abfahrten Wien Hbf</p>\n<ul>\n%s\n</ul>\n</div>\n</aside>\n'
            '</div>\n%s\n'
            '<script src="%s/js/main~%s~cache.js"></script>\n</body>\n</html>\n'
            % (ent("ä", v1) if v1 else "ä", res, ts, res, ts, header, ent(html.escape(h1[1], quote=False), v1), alert, text, video,
               booking, deps, footer, res, ts))


PAGE = {
    "service": "Alpenbahn", "url": URL, "lang": "de-AT", "platform": "Magnolia CMS 6",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": (("Server", "Apache"), ("X-Magnolia-Registration", "Registered")),
    "n": 31, "start": dt.date(2021, 1, 20), "end": dt.date(2026, 7, 31), "hours": (1, 7, 13, 19),
    "policy": POLICY, "first_updated": dt.date(2020, 9, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL,
                    "select": [{"startBefore": ".stage__title", "endBefore": "#videoueberwachung"}],
                    "remove": [".m-traffic-alert"]},
}
