"""Coiffure Haarwerk - de-CH hair salon chain (Zürich, Winterthur, Baden) - TYPO3 v11 -> v12 (bootstrap_package),
each policy section a text content element; Salonkee booking widget as a plugin element; Matomo."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import skit as K  # noqa: E402
from skit import C  # noqa: E402

URL = "https://www.haarwerk-coiffure.ch/datenschutz"


def fmt_date(d):
    return "%d. %s %d" % (d.day, K.MONTHS["de"][d.month - 1], d.year)


POLICY = """
# Datenschutzerklärung

Stand: {UPDATED}

Die Haarwerk Coiffure GmbH nimmt den Schutz Ihrer Personendaten ernst. Diese Datenschutzerklärung informiert Sie darüber, welche Daten wir bearbeiten, wenn Sie online einen Termin buchen, unsere Salons besuchen oder unsere Website nutzen. Massgebend sind das schweizerische Datenschutzgesetz (DSG) und, soweit anwendbar, die Datenschutz-Grundverordnung der EU (DSGVO).

## Verantwortliche Stelle

@ Haarwerk Coiffure GmbH
@ Langstrasse 112, 8004 Zürich
@ Telefon: 044 241 55 20
@ E-Mail: [datenschutz@haarwerk-coiffure.ch](mailto:datenschutz@haarwerk-coiffure.ch)

## Welche Daten wir bearbeiten

- Kontaktangaben wie Name, Telefonnummer und E-Mail-Adresse;
- Termin- und Behandlungsdaten, zum Beispiel gewünschte Leistung, Coiffeuse oder Coiffeur und Farbrezepturen;
- Angaben zu Allergien oder Unverträglichkeiten, sofern Sie uns diese mitteilen;
- Zahlungsangaben bei Vorauszahlungen und Gutscheinen;
- technische Daten beim Besuch unserer Website, etwa IP-Adresse, Datum und Uhrzeit des Zugriffs.

## Zweck der Bearbeitung

Wir bearbeiten Ihre Daten, um Termine zu vereinbaren und Ihnen Erinnerungen zu senden, um unsere Dienstleistungen fachgerecht zu erbringen, um Gutscheine und Zahlungen abzuwickeln sowie um Sie, sofern Sie eingewilligt haben, über Aktionen und Neuigkeiten zu informieren.

## Online-Terminbuchung

Für die Online-Terminbuchung setzen wir den Dienst Salonkee der Salonkee S.A., Luxemburg, ein. Die von Ihnen eingegebenen Daten werden auf Servern in der Europäischen Union gespeichert. Sie erhalten eine Bestätigung sowie eine Erinnerung per E-Mail oder SMS.

## Weitere Dienstleister

| Dienstleister | Zweck | Standort |
| Hostpoint AG | Hosting der Website | Schweiz |
| Salonkee S.A. | Terminbuchung | Luxemburg |
| Matomo (selbst gehostet) | Webanalyse | Schweiz |
| SumUp Payments Ltd. | Kartenzahlung im Salon | Irland |

## Aufbewahrung

Kundendaten bewahren wir auf, solange Sie unsere Dienstleistungen in Anspruch nehmen, und löschen sie spätestens 3 Jahre nach Ihrem letzten Besuch. Geschäftsbücher und Belege bewahren wir während 10 Jahren auf, wie es das Obligationenrecht vorschreibt.

## Ihre Rechte

Sie haben das Recht, Auskunft über Ihre Personendaten zu verlangen, unrichtige Daten berichtigen zu lassen und die Löschung Ihrer Daten zu verlangen, soweit keine gesetzliche Aufbewahrungspflicht besteht. Eine Einwilligung können Sie jederzeit widerrufen. Sie können sich zudem beim Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten (EDÖB) beschweren.

## Änderungen

Wir können diese Datenschutzerklärung jederzeit anpassen. Es gilt die auf dieser Website veröffentlichte Fassung.
"""

EDITS = [
    {"note": "revDSG (Sept 2023): sentence on data transfers abroad added to 'Weitere Dienstleister'",
     "repl": [("| SumUp Payments Ltd. | Kartenzahlung im Salon | Irland |", "| SumUp Payments Ltd. | Kartenzahlung "
               "im Salon | Irland |\n\nDaten werden nur in Staaten bekanntgegeben, deren Gesetzgebung einen "
               "angemessenen Schutz gewährleistet, namentlich in die EU und den EWR.")]},
    {"note": "processor replaced: SumUp -> Wallee (Swiss) for card payments",
     "repl": [("| SumUp Payments Ltd. | Kartenzahlung im Salon | Irland |", "| wallee AG | Kartenzahlung im Salon "
               "| Schweiz |")]},
    {"note": "phone number changed", "repl": [("@ Telefon: 044 241 55 20", "@ Telefon: 044 555 12 80")]},
    {"note": "typo fixed 'Coiffeuse oder Coiffeur' -> 'Coiffeuse oder Coiffeur Ihrer Wahl'", "bump": False,
     "repl": [("gewünschte Leistung, Coiffeuse oder Coiffeur und", "gewünschte Leistung, Coiffeuse oder Coiffeur "
               "Ihrer Wahl und")]},
    {"note": "retention 3 -> 2 years after last visit",
     "repl": [("spätestens 3 Jahre nach Ihrem letzten Besuch", "spätestens 2 Jahre nach Ihrem letzten Besuch")]},
    {"note": "new section: newsletter via Brevo",
     "repl": [("## Aufbewahrung", "## Newsletter\n\nFür den Versand unseres Newsletters nutzen wir Brevo (Sendinblue "
               "SAS, Paris). Sie können sich jederzeit über den Link in jeder Ausgabe abmelden.\n\n## Aufbewahrung")]},
    {"note": "controller address moved within Zürich",
     "repl": [("@ Langstrasse 112, 8004 Zürich", "@ Badenerstrasse 141, 8004 Zürich")]},
]

OPEN = {0: (9, 18), 1: (9, 19), 2: (9, 19), 3: (9, 20), 4: (9, 19), 5: (8, 16)}


def noise(rng, when, i, prev):
    prev = prev or {}
    t = K.local(when, 1, 2)
    s = {"merged": (C.hexs(rng, 32) if prev.get("merged") is None or rng.random() < 0.3 else prev["merged"][0],
                    C.epoch(when) - rng.randint(60, 86400 * 5))}
    s["version"] = "12" if when >= dt.datetime(2024, 10, 1) else "11"
    o = OPEN.get(t.weekday())
    s["open"] = bool(o and o[0] <= t.hour < o[1])
    s["slots"] = rng.randint(0, 14)
    s["chash"] = C.hexs(rng, 32)
    return s


LABELS = {"merged": "typo3temp merged CSS hash and ?timestamp", "version": "TYPO3 v11 -> v12 generator meta",
          "open": "header 'Jetzt geöffnet' status", "slots": "Salonkee widget 'freie Termine heute' (plugin element)",
          "chash": "footer newsletter form cHash"}


def render(s, blocks, when):
    head, secs = C.split_sections(blocks[1:])
    cid = [411]

    def frame(inner, typ="text"):
        cid[0] += 1
        return ('<div id="c%d" class="frame frame-default frame-type-%s frame-layout-0 frame-background-none '
                'frame-space-before-none frame-space-after-none"><div class="frame-container"><div class="frame-inner">'
                '%s</div></div></div>' % (cid[0], typ, inner))

    parts = [frame('<header class="frame-header"><h1 class="element-header text-left"><span>%s</span></h1></header>'
                   % C.inline_html(blocks[0][1]) + C.render_blocks(head), "header")]
    for n, (t, bl) in enumerate(secs):
        parts.append(frame('<header class="frame-header"><h2 class="element-header"><span>%s</span></h2></header>'
                           '<div class="ce-bodytext">%s</div>' % (C.inline_html(t), C.render_blocks(
                               bl, tags={"table": ' class="contenttable"'}))))
        if n == 2:
            parts.append('<div id="c498" class="frame frame-default frame-type-list frame-layout-0"><div class="'
                         'salonkee-widget"><p>Heute noch %d freie Termine</p><a href="https://salonkee.ch/salon/'
                         'haarwerk-coiffure">Termin buchen</a></div></div>' % s["slots"])
    h, ts = s["merged"]
    return (
        '<!DOCTYPE html>\n<html dir="ltr" lang="de-CH">\n<head>\n\n<meta charset="utf-8">\n<!--\n\tThis website is '
        'powered by TYPO3 - inspiring people to share!\n\tTYPO3 is a free open source Content Management Framework '
        'initially created by Kasper Skaarhoj and licensed under GNU/GPL.\n\tTYPO3 is copyright 1998-%d of Kasper '
        'Skaarhoj. Extensions are copyright of their respective owners.\n\tInformation and contribution at https://'
        'typo3.org/\n-->\n<title>Datenschutz | Haarwerk Coiffure</title>\n<meta name="generator" content="TYPO3 CMS"'
        '/>\n<meta name="application-name" content="TYPO3 CMS v%s" />\n<link rel="stylesheet" href="/typo3temp/'
        'assets/compressed/merged-%s-min.css.gzip?%d" media="all">\n</head>\n<body id="p27" class="page-27 '
        'pagelevel-1 language-0 backendlayout-default layout-default">\n<div id="top"></div><div class="body-bg">\n'
        '<header id="page-header" class="bp-page-header navbar navbar-mainnavigation"><div class="container"><a class='
        '"navbar-brand" href="/"><img src="/fileadmin/haarwerk/logo.svg" alt="Haarwerk Coiffure"></a><span class="'
        'opening-status">%s</span><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/salons">'
        'Salons</a></li><li class="nav-item"><a class="nav-link" href="/preise">Preise</a></li><li class="nav-item">'
        '<a class="nav-link" href="/termin">Termin</a></li></ul></div></header>\n<div id="page-content" class="bp-'
        'page-content main-section"><main id="page-main"><!--TYPO3SEARCH_begin-->\n<div class="section section-'
        'default">%s</div>\n<!--TYPO3SEARCH_end--></main></div>\n<footer id="page-footer" class="bp-page-footer">'
        '<form action="/newsletter?tx_newsletter%%5Baction%%5D=subscribe&amp;cHash=%s" method="post"><input type='
        '"email" name="email"><button>Anmelden</button></form><p>© Haarwerk Coiffure GmbH</p></footer>\n</div>\n'
        '<script src="/typo3temp/assets/compressed/merged-%s-min.js.gzip?%d"></script>\n<!-- Matomo --><script>var _'
        'paq=window._paq=window._paq||[];_paq.push(["trackPageView"]);</script>\n</body>\n</html>\n'
        % (K.local(when, 1, 2).year, s["version"], h, ts, "Jetzt geöffnet" if s["open"] else "Zurzeit geschlossen",
           "\n".join(parts), s["chash"], h[::-1], ts))


PAGE = {
    "service": "Haarwerk Coiffure", "url": URL, "lang": "de-CH", "platform": "TYPO3 v11/v12 bootstrap_package",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 6, 1), "end": dt.date(2026, 5, 31), "hours": (6, 12, 18),
    "policy": POLICY, "first_updated": dt.date(2022, 2, 15), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#page-main .frame-type-header", "#page-main .frame-type-text"]},
}
