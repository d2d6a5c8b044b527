"""Gönnerwerk (Austrian German creator-membership platform, Vienna), TYPO3 12 LTS with the bootstrap_package
theme. The policy is a page of content elements (header, text, table) in the main column; the editors also placed a
'Live-Zähler' HTML element (active supporters, paid out to creators this month) among them."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import ckit as K  # noqa: E402

URL = "https://www.goennerwerk.at/datenschutz"


def fmt_date(d):
    return "%d. %s %d" % (d.day, K.MONTHS["at"][d.month - 1], d.year)


POLICY = """
# Datenschutzerklärung

Stand: {UPDATED}

Gönnerwerk ist eine Plattform, auf der Kreative – Podcasterinnen, Autoren, Musikerinnen und Videomacher – Mitgliedschaften anbieten und von ihrem Publikum regelmäßig unterstützt werden. Der Schutz Ihrer personenbezogenen Daten ist uns ein besonderes Anliegen. Wir verarbeiten Ihre Daten ausschließlich auf Grundlage der gesetzlichen Bestimmungen (DSGVO, DSG, TKG 2021).

## Verantwortlicher

@ Gönnerwerk GmbH
@ Neubaugasse 64-66/2/14
@ 1070 Wien
@ FN 512874 m, Handelsgericht Wien
@ E-Mail: [datenschutz@goennerwerk.at](mailto:datenschutz@goennerwerk.at)

Unsere Datenschutzbeauftragte erreichen Sie unter [dsb@goennerwerk.at](mailto:dsb@goennerwerk.at).

## Welche Daten wir verarbeiten

- Registrierungsdaten: Name, E-Mail-Adresse, Passwort (verschlüsselt gespeichert);
- Profildaten von Kreativen: Künstlername, Beschreibung, Bilder, Mitgliedschaftsstufen;
- Zahlungsdaten: gewählte Zahlungsart, Zahlungsverlauf, bei Kreativen IBAN und UID-Nummer;
- Nutzungsdaten: aufgerufene Beiträge, Kommentare, Nachrichten an Kreative;
- technische Daten: IP-Adresse, Browsertyp, Zeitpunkt des Zugriffs.

## Zwecke und Rechtsgrundlagen

Wir verarbeiten Ihre Daten zur Erfüllung des Nutzungsvertrags (Art. 6 Abs. 1 lit. b DSGVO), insbesondere um Mitgliedschaften abzuwickeln, Zahlungen an Kreative auszuzahlen und Ihnen exklusive Inhalte bereitzustellen. Zur Erfüllung unserer steuer- und unternehmensrechtlichen Aufbewahrungspflichten verarbeiten wir Rechnungsdaten gemäß Art. 6 Abs. 1 lit. c DSGVO. Zur Betrugsprävention und zur Sicherheit der Plattform stützen wir uns auf unser berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO). Newsletter versenden wir nur mit Ihrer Einwilligung.

## Weitergabe an Kreative

Wenn Sie eine Mitgliedschaft abschließen, erhält die unterstützte Person Ihren Anzeigenamen, Ihre E-Mail-Adresse, die gewählte Stufe und den Beginn der Mitgliedschaft. Für Versandprämien (z. B. Postkarten oder Vinyl) wird auch Ihre Lieferadresse übermittelt. Die Kreativen sind für diese Daten selbst verantwortlich.

## Auftragsverarbeiter

| Dienstleister | Zweck | Sitz |
| Stripe Payments Europe Ltd. | Zahlungsabwicklung | Irland |
| PayPal (Europe) S.à r.l. et Cie, S.C.A. | Zahlungsabwicklung | Luxemburg |
| Hetzner Online GmbH | Hosting | Deutschland |
| Brevo SAS | E-Mail-Versand | Frankreich |

## Speicherdauer

Wir speichern Ihre Daten, solange Ihr Konto besteht. Nach Löschung des Kontos werden Profil- und Nutzungsdaten binnen 30 Tagen gelöscht. Rechnungsdaten bewahren wir gemäß § 132 BAO sieben Jahre auf.

## Cookies

Wir verwenden technisch notwendige Cookies für Anmeldung und Warenkorb. Statistik-Cookies (Matomo, selbst gehostet) setzen wir nur mit Ihrer Einwilligung.

## Ihre Rechte

Ihnen stehen grundsätzlich die Rechte auf Auskunft, Berichtigung, Löschung, Einschränkung, Datenübertragbarkeit und Widerspruch zu. Wenn Sie glauben, dass die Verarbeitung Ihrer Daten gegen das Datenschutzrecht verstößt, können Sie sich bei der Datenschutzbehörde beschweren ([www.dsb.gv.at](https://www.dsb.gv.at)).
"""

EDITS = [
    {"note": "processor replaced: Brevo -> CleverReach for e-mail",
     "repl": [("| Brevo SAS | E-Mail-Versand | Frankreich |", "| CleverReach GmbH & Co. KG | E-Mail-Versand | Deutschland |")]},
    {"note": "new DPO contact: named external DPO with phone",
     "repl": [("Unsere Datenschutzbeauftragte erreichen Sie unter [dsb@goennerwerk.at](mailto:dsb@goennerwerk.at).",
               "Unsere externe Datenschutzbeauftragte, Mag. Verena Hofstätter, erreichen Sie unter [dsb@goennerwerk.at](mailto:dsb@goennerwerk.at) oder telefonisch unter +43 1 890 45 12.")]},
    {"note": "typo fix without new date: 'grundsätzlich' sentence 'Einschränkung' -> 'Einschränkung der Verarbeitung'",
     "bump": False,
     "repl": [("Berichtigung, Löschung, Einschränkung, Datenübertragbarkeit", "Berichtigung, Löschung, Einschränkung der Verarbeitung, Datenübertragbarkeit")]},
    {"note": "new paragraph on Austrian DAC7 reporting of creators' income to the tax office",
     "repl": [("Newsletter versenden wir nur mit Ihrer Einwilligung.",
               "Newsletter versenden wir nur mit Ihrer Einwilligung.\n\nAls Plattformbetreiber sind wir nach dem DAC7-Umsetzungsgesetz (DPMG) verpflichtet, Name, Anschrift, Steuernummer und Einnahmen von Kreativen jährlich an das Finanzamt zu melden.")]},
    {"note": "table row removed: PayPal no longer offered",
     "repl": [("| PayPal (Europe) S.à r.l. et Cie, S.C.A. | Zahlungsabwicklung | Luxemburg |\n", "")]},
    {"note": "deletion period after account closure 30 -> 14 days; list item 'Nachrichten' rewritten",
     "repl": [("binnen 30 Tagen gelöscht", "binnen 14 Tagen gelöscht"),
              ("- Nutzungsdaten: aufgerufene Beiträge, Kommentare, Nachrichten an Kreative;",
               "- Nutzungsdaten: aufgerufene Beiträge, Kommentare, Umfrageantworten und Nachrichten an Kreative;")]},
]

DEPLOYS = K.deploys("goenner|deploy", dt.date(2021, 10, 1), dt.date(2026, 12, 31), 60, 10)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"token": (C.hexs(rng, 40), C.hexs(rng, 40) + C.alnum(rng, 6))}
    s["supporters"] = K.growing(when, dt.date(2022, 1, 1), 18400, 9.2, rng, 60)
    s["paid"] = rng.randint(41, 97) * 1000 + rng.randint(0, 999)
    s["asset"] = K.deploy(when, DEPLOYS)
    s["advent"] = when.month == 12
    return s


LABELS = {"token": "TYPO3 form __trustedProperties / __referrer hmac of the footer newsletter form",
          "supporters": "live counter element inside the content (active supporters)",
          "paid": "live counter: paid out this month", "asset": "typo3temp asset hashes", "advent": "Advent header"}


def ce(uid, inner, ctype="text", layout="0"):
    return ('<div id="c%d" class="frame frame-default frame-type-%s frame-layout-%s frame-background-none '
            'frame-no-backgroundimage frame-space-before-none frame-space-after-none"><div class="frame-container">'
            '<div class="frame-inner">%s</div></div></div>' % (uid, ctype, layout, inner))


def render(s, blocks, when):
    head, secs = C.split_sections(blocks)
    els = [ce(101, '<header class="frame-header"><h1 class="element-header"><span>%s</span></h1></header>'
              '<p>%s</p>' % (C.inline_html(head[0][1]), C.inline_html(head[1][1])), "header"),
           ce(102, K.render_blocks(head[2:]))]
    uid = 103
    for n, (t, bl) in enumerate(secs):
        ctype = "table" if any(b[0] == "table" for b in bl) else "text"
        tags = {"table": ' class="ce-table table table-striped"', "addr": ' class="address"'}
        els.append(ce(uid, '<header class="frame-header"><h2 class="element-header"><span>%s</span></h2></header>'
                      '<div class="ce-bodytext">%s</div>' % (C.inline_html(t), K.render_blocks(bl, tags=tags)), ctype))
        uid += 1
        if n == 1:
            els.append(ce(
                842, '<div class="live-counter" data-endpoint="/api/stats/live"><div class="live-counter__item">'
                '<span class="live-counter__value">%s</span> aktive Unterstützer:innen</div><div clas'
                's="live-counter__item">'
                '<span class="live-counter__value">€ %s</span> diesen Monat an Kreative ausgezahlt</div></div>'
                % (C.group_digits(s["supporters"], "."), C.group_digits(s["paid"], ".")), "html"))
    tp, ref = s["token"]
    a = s["asset"]
    adv = ('<div class="alert alert-info advent-bar">Adventkalender: jeden Tag ein Gönnerwerk-Creator im Porträt</div>'
           if s["advent"] else "")
    return (
        '<!DOCTYPE html>\n<html dir="ltr" lang="de-AT">\n<head>\n<meta charset="utf-8">\n<!--\n\tThis'
        ' website is powered '
        'by TYPO3 - inspiring people to share!\n\tTYPO3 is a free open source Content Management Framework initially '
        'created by Kasper Skaarhoj and licensed under GNU/GPL.\n-->\n<title>Datenschutz | Gönnerwerk</title>\n'
        '<meta name="generator" content="TYPO3 CMS">\n'
        '<link rel="stylesheet" href="/typo3temp/assets/bootstrappackage/css/theme-%s.css?%d" media="all">\n'
        '</head>\n<body id="p37" class="page-37 pagelevel-1 language-0 backendlayout-default layout-default">\n'
        '<div id="top"></div><div class="body-bg">\n%s<header id="page-header" class="bp-page-header '
        'navbar navbar-mainnavigation '
        'navbar-default navbar-has-image navbar-top"><div class="container"><a class="navbar-brand navbar-brand-image" '
        'href="/"><img class="navbar-brand-logo-normal" src="/fileadmin/gw/logo.svg" alt="Gönnerwerk"></a>'
        '<nav id="mainnavigation" class="navbar-collapse"><ul class="navbar-nav"><li class="nav-item"'
        '><a class="nav-link" '
        'href="/fuer-kreative">Für Kreative</a></li><li class="nav-item"><a class="nav-link" href="/e'
        'ntdecken">Entdecken'
        '</a></li><li class="nav-item"><a class="nav-link" href="/preise">Preise</a></li></ul></nav></div></header>\n'
        '<div class="breadcrumb-section"><div class="container"><ol class="breadcrumb"><li class="breadcrumb-item">'
        '<a href="/">Startseite</a></li><li class="breadcrumb-item active">Datenschutz</li></ol></div></div>\n'
        '<div id="page-content" class="bp-page-content main-section"><!--TYPO3SEARCH_begin-->\n'
        '<div class="section section-default"><div class="container"><main class="maincontent-wrapper" role="main">\n'
        '%s\n</main></div></div>\n<!--TYPO3SEARCH_end--></div>\n'
        '<footer id="page-footer" class="bp-page-footer"><section class="section footer-section foote'
        'r-section-content">'
        '<div class="container"><form action="/newsletter?tx_form_formframework%%5Baction%%5D=perform" method="post" '
        'id="newsletter-8" enctype="multipart/form-data"><div><input type="hidden" name="tx_form_formframework'
        '[newsletter-8][__state]" value=""><input type="hidden" name="tx_form_formframework[__referrer][@request]" '
        'value="%s"><input type="hidden" name="tx_form_formframework[__trustedProperties]" value="%s"></div>'
        '<label for="newsletter-8-email">Newsletter</label><input id="newsletter-8-email" type="email" '
        'name="tx_form_formframework[newsletter-8][email]"><button type="submit" class="btn btn-primary">Anmelden'
        '</button></form></div></section><section class="section footer-section footer-section-meta"><div '
        'class="container"><p>&copy; %d Gönnerwerk GmbH</p><ul class="footer-links"><li><a href="/impressum">Impressum'
        '</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/agb">AGB</a></li></ul></div></section>'
        '</footer>\n</div>\n<script src="/typo3temp/assets/compressed/merged-%s.js?%d"></script>\n</body>\n</html>\n'
        % (a, 1700000000 + int(a[:5], 16), adv, "\n".join(els), ref, tp, when.year, a[::-1],
           1700000000 + int(a[:5], 16)))


PAGE = {
    "service": "Gönnerwerk", "url": URL, "lang": "de-AT", "platform": "TYPO3 12 + bootstrap_package",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 1, 10), "end": dt.date(2026, 4, 30), "hours": (4, 16),
    "policy": POLICY, "first_updated": dt.date(2021, 11, 22), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#page-content .maincontent-wrapper"], "remove": ["#c842"]},
}
