"""Austrian family winery with a Heuriger (Wachau) on TYPO3 with the Bootstrap Package: the policy is a run of
fluid_styled_content elements (a header element, text elements with their own headers, table elements) inside
`#page-content`. Per visit: TYPO3 10's "Cached page generated" debug comment the agency never switched off, and after
the upgrade to TYPO3 12.4 / Bootstrap Package 14 (early 2024: new frame wrappers, asset names, generator comment)
the per-request CSP nonces. Volatile: the "ausg'steckt" status of the Heuriger in the header bar (opening periods
and the next period's dates), the merged asset hashes, and the vineyard header image inside the declared
`#page-content`, whose processed file name (csm_..._hash) changes when TYPO3 reprocesses it (no words)."""
import datetime as dt
import html

import common as C

URL = "https://www.weingut-grubhofer.at/datenschutz"
MONTHS = ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
UPGRADE = dt.datetime(2024, 1, 29)


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
# Datenschutzerklärung

Stand: {UPDATED}

Der Schutz Ihrer persönlichen Daten ist uns ein besonderes Anliegen. Wir verarbeiten Ihre Daten daher ausschließlich auf Grundlage der gesetzlichen Bestimmungen (DSGVO, DSG, TKG 2021). In dieser Datenschutzerklärung informieren wir Sie über die wichtigsten Aspekte der Datenverarbeitung auf unserer Website, in unserem Weinshop, beim Ab-Hof-Verkauf und in unserem Heurigen.

## Verantwortlicher

@ Weingut Grubhofer
@ Inhaber: Martin Grubhofer
@ Kellergasse 7, 3610 Weißenkirchen in der Wachau
@ Telefon: +43 2715 22 318
@ E-Mail: [wein@grubhofer.at](mailto:wein@grubhofer.at)

## Welche Daten wir verarbeiten

### Besuch der Website

Beim Aufruf unserer Website speichert unser Webserver automatisch Informationen, die Ihr Browser übermittelt: IP-Adresse, Datum und Uhrzeit des Zugriffs, aufgerufene Seite, Browsertyp und Betriebssystem. Diese Server-Logfiles benötigen wir, um den sicheren Betrieb der Website zu gewährleisten (berechtigtes Interesse gemäß Art. 6 Abs. 1 lit. f DSGVO). Die Logfiles werden nach 14 Tagen automatisch gelöscht.

### Weinbestellungen und Weinshop

Wenn Sie bei uns Wein bestellen, verarbeiten wir Vor- und Nachname, Liefer- und Rechnungsadresse, E-Mail-Adresse, Telefonnummer, die bestellten Weine sowie Zahlungsinformationen. Da wir alkoholische Getränke nur an Personen ab 18 Jahren versenden, bestätigen Sie bei der Bestellung Ihr Alter; bei Abholung oder Zustellung kann ein Lichtbildausweis verlangt werden. Rechtsgrundlage ist die Vertragserfülung (Art. 6 Abs. 1 lit. b DSGVO). Rechnungsdaten bewahren wir aufgrund der unternehmensrechtlichen und steuerrechtlichen Aufbewahrungspflichten (§ 132 BAO) sieben Jahre auf.

### Tischreservierung im Heurigen, Kellerführungen und Verkostungen

Für Reservierungen im Heurigen, für Kellerführungen und Weinverkostungen benötigen wir Ihren Namen, die Personenanzahl, Datum und Uhrzeit sowie eine Telefonnummer oder E-Mail-Adresse für Rückfragen. Allergien oder Unverträglichkeiten, die Sie uns für die Heurigenjause bekanntgeben, verwenden wir nur für diesen Besuch. Reservierungsdaten löschen wir drei Monate nach dem Termin.

### Weinbrief

Wenn Sie unseren Weinbrief abonnieren, informieren wir Sie zwei- bis viermal im Jahr über neue Jahrgänge, unsere Ausg'steckt-Termine und Veranstaltungen wie das Marillenblütenfest oder die Kellergassen-Wanderung. Dafür benötigen wir Ihre E-Mail-Adresse und, freiwillig, Ihren Namen. Die Anmeldung erfolgt im Double-Opt-in-Verfahren. Sie können den Weinbrief jederzeit über den Abmeldelink in jeder Ausgabe abbestellen. Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).

### Kontaktformular und E-Mail

Wenn Sie uns per Formular oder per E-Mail kontaktieren, werden Ihre angegebenen Daten zur Bearbeitung der Anfrage und für den Fall von Anschlussfragen sechs Monate bei uns gespeichert. Diese Daten geben wir nicht ohne Ihre Einwilligung weiter.

## Auftragsverarbeiter und Empfänger

Wir setzen sorgfältig ausgewählte Dienstleister ein, die Ihre Daten ausschließlich in unserem Auftrag und nach unseren Weisungen verarbeiten. Mit allen haben wir Verträge zur Auftragsverarbeitung nach Art. 28 DSGVO abgeschlossen.

| Dienstleister | Zweck | Sitz |
| World4You Internet Services GmbH | Webhosting und E-Mail | Linz, Österreich |
| Österreichische Post AG | Versand der Weinpakete in Österreich | Wien, Österreich |
| DPD Austria GmbH | Versand in andere EU-Staaten | Wien, Österreich |
| PayPal (Europe) S.à r.l. et Cie, S.C.A. | Zahlungsabwicklung | Luxemburg |
| Stripe Payments Europe Ltd. | Kreditkartenzahlungen | Dublin, Irland |
| CleverReach GmbH & Co. KG | Versand des Weinbriefs | Rastede, Deutschland |
| Mayr & Partner Steuerberatung GmbH | Buchhaltung und Jahresabschluss | Krems an der Donau, Österreich |

Eine Übermittlung Ihrer Daten in Länder außerhalb der EU findet nicht statt. Darüber hinaus geben wir Daten nur weiter, wenn wir gesetzlich dazu verpflichtet sind, etwa an Behörden oder Gerichte.

### Gutscheine und Weinpakete als Geschenk

Wenn Sie einen Gutschein oder ein Weinpaket verschenken, verarbeiten wir neben Ihren Daten auch Name und Lieferadresse der beschenkten Person, ausschließlich für die Zustellung. Wir kontaktieren die beschenkte Person nicht zu Werbezwecken. Gutscheincodes und deren Einlösung speichern wir bis zum Ablauf der Gültigkeit von 30 Jahren gemäß den gesetzlichen Bestimmungen.

## Cookies und Webanalyse

Unsere Website verwendet technisch notwendige Cookies, etwa für den Warenkorb und die Altersabfrage beim ersten Besuch. Für die Reichweitenmessung nutzen wir Matomo, das auf unserem eigenen Server betrieben wird; IP-Adressen werden dabei um zwei Bytes gekürzt und es werden keine Daten an Dritte übermittelt. Matomo setzen wir nur ein, wenn Sie im Cookie-Banner eingewilligt haben. Ihre Einwilligung können Sie jederzeit über den Link „Cookie-Einstellungen“ im Fußbereich widerrufen.

## Eingebettete Inhalte

Auf der Seite „Anfahrt“ binden wir eine Karte von OpenStreetMap ein, die von unserem eigenen Server ausgeliefert wird. Videos aus dem Weingarten betten wir über Vimeo im erweiterten Datenschutzmodus ein; eine Verbindung zu den Servern von Vimeo wird erst hergestellt, wenn Sie das Video starten.

## Social Media

Auf unserer Website finden Sie Links zu unseren Auftritten auf Instagram und Facebook. Es handelt sich um einfache Links, keine eingebundenen Plug-ins: Daten werden erst übertragen, wenn Sie einen Link anklicken und die jeweilige Plattform besuchen. Für die Datenverarbeitung auf diesen Plattformen ist deren Betreiber verantwortlich.

## Datensicherheit

Unsere Website ist durchgehend TLS-verschlüsselt. Zugriff auf Bestell- und Kundendaten haben nur die Familienmitglieder und Mitarbeiterinnen und Mitarbeiter, die sie für ihre Arbeit benötigen. Papierunterlagen aus dem Heurigen, etwa das Reservierungsbuch, werden versperrt aufbewahrt.

## Speicherdauer

Wir speichern Ihre Daten nur so lange, wie es für den jeweiligen Zweck erforderlich ist oder gesetzliche Aufbewahrungsfristen bestehen:

| Datenkategorie | Speicherdauer |
| Server-Logfiles | 14 Tage |
| Reservierungen | 3 Monate nach dem Termin |
| Kontaktanfragen | 6 Monate |
| Bestellungen und Rechnungen | 7 Jahre |
| Weinbrief-Abonnement | bis zur Abmeldung |

## Ihre Rechte

Ihnen stehen grundsätzlich die Rechte auf Auskunft, Berichtigung, Löschung, Einschränkung, Datenübertragbarkeit und Widerspruch zu. Eine erteilte Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen. Schreiben Sie uns dazu einfach an die oben genannte E-Mail-Adresse.

Wenn Sie glauben, dass die Verarbeitung Ihrer Daten gegen das Datenschutzrecht verstößt oder Ihre datenschutzrechtlichen Ansprüche sonst in einer Weise verletzt worden sind, können Sie sich bei uns oder bei der Aufsichtsbehörde beschweren. In Österreich ist dies die Datenschutzbehörde:

@ Österreichische Datenschutzbehörde
@ Barichgasse 40–42, 1030 Wien
@ [www.dsb.gv.at](https://www.dsb.gv.at)
"""

EDITS = [
    {"note": "ready2order (the Heuriger's cash register) added to the processors table",
     "repl": [("| Mayr & Partner Steuerberatung GmbH |",
               "| ready2order GmbH | Registrierkasse im Heurigen und im Ab-Hof-Verkauf | Wien, Österreich |\n"
               "| Mayr & Partner Steuerberatung GmbH |")]},
    {"note": "typo fixed (Vertragserfülung -> Vertragserfüllung), Stand not bumped", "bump": False,
     "repl": [("Vertragserfülung", "Vertragserfüllung")]},
    {"note": "server logs kept 30 days instead of 14 (paragraph and table)",
     "repl": [("Die Logfiles werden nach 14 Tagen automatisch gelöscht.",
               "Die Logfiles werden nach 30 Tagen automatisch gelöscht."),
              ("| Server-Logfiles | 14 Tage |", "| Server-Logfiles | 30 Tage |")]},
    {"note": "subsection on online table reservations via resmio added",
     "repl": [("Reservierungsdaten löschen wir drei Monate nach dem Termin.\n",
               "Reservierungsdaten löschen wir drei Monate nach dem Termin.\n\n"
               "### Online-Reservierung\n\n"
               "Seit dem Frühjahr 2023 können Sie Tische im Heurigen auch online reservieren. Dafür nutzen wir das "
               "Reservierungssystem der resmio GmbH, München, die Ihre Angaben als unser Auftragsverarbeiter "
               "verarbeitet. Sie erhalten eine Bestätigung und am Vortag eine Erinnerung per E-Mail; eine "
               "Stornierung ist über den Link in der Bestätigung bis 24 Stunden vor dem Termin möglich.\n")]},
    {"note": "winery phone number changed",
     "repl": [("@ Telefon: +43 2715 22 318", "@ Telefon: +43 664 41 22 318")]},
    {"note": "word inserted: 'ausdrückliche' Einwilligung",
     "repl": [("Diese Daten geben wir nicht ohne Ihre Einwilligung weiter.",
               "Diese Daten geben wir nicht ohne Ihre ausdrückliche Einwilligung weiter.")]},
]

# the Heuriger's ausg'steckt periods of a year (month, day) .. (month, day)
PERIODS = [((4, 17), (5, 11)), ((7, 3), (7, 27)), ((9, 11), (10, 12)), ((11, 20), (12, 8))]


def heuriger(when):
    d = when.date()
    for y in (d.year, d.year + 1):
        for (m1, d1), (m2, d2) in PERIODS:
            a, b = dt.date(y, m1, d1), dt.date(y, m2, d2)
            if a <= d <= b:
                return "open", a, b
            if d < a:
                return "next", a, b
    raise AssertionError


def noise(rng, when, i, prev):
    prev = prev or {}
    phase = "t3v12" if when >= UPGRADE else "t3v10"
    st, a, b = heuriger(when)
    s = {
        "platform": phase,
        "assets": C.keep_or(rng, prev.get("assets") if prev.get("platform") == phase else None, 0.12,
                            lambda: (C.hexs(rng, 32), C.hexs(rng, 32), rng.randint(1600000000, 1700000000))),
        "heuriger": (st, a.isoformat(), b.isoformat()),
        "image": C.keep_or(rng, prev.get("image") if prev.get("platform") == phase else None, 0.1,
                           lambda: C.hexs(rng, 10)),
    }
    if phase == "t3v10":
        gen = when - dt.timedelta(minutes=rng.randint(3, 600))
        s["cache"] = gen.strftime("%d-%m-%y %H:%M")
    else:
        s["nonce"] = C.b64tok(rng, 30).rstrip("=")
    return s


LABELS = {"platform": "TYPO3 10 / Bootstrap Package 11 -> TYPO3 12 / Bootstrap Package 14",
          "assets": "merged CSS/JS hashes", "heuriger": "Heuriger ausg'steckt status in the header bar",
          "image": "processed header image file name (inside #page-content, no words)",
          "cache": "'Cached page generated' debug comment", "nonce": "per-request CSP nonce"}


def il(t):
    return C.inline_html(t)


def rte(b):
    kind, v = b
    if kind == "h3":
        return "<h3>%s</h3>" % il(v)
    if kind == "p":
        return "<p>%s</p>" % il(v)
    if kind == "ul":
        return "<ul>" + "".join("<li>%s</li>" % il(x) for x in v) + "</ul>"
    if kind == "addr":
        return "<p>" + "<br> ".join(il(x) for x in v) + "</p>"
    raise ValueError(kind)


def uid(key):
    return 180 + int(C.det_sha("ce", key)[:6], 16) % 900


def frame(phase, ctype, cid, inner):
    cls = ("frame frame-default frame-type-%s frame-layout-default frame-size-default frame-height-default "
           "frame-background-none frame-space-before-none frame-space-after-none frame-no-backgroundimage" % ctype
           if phase == "t3v12" else
           "frame frame-default frame-type-%s frame-layout-0 frame-background-none frame-no-backgroundimage "
           "frame-space-before-none frame-space-after-none" % ctype)
    if phase == "t3v12":
        return ('<div id="c%d" class="%s"><div class="frame-group-container"><div class="frame-group-inner">'
                '<div class="frame-container frame-container-default"><div class="frame-inner">\n%s\n'
                '</div></div></div></div></div>\n' % (cid, cls, inner))
    return ('<div id="c%d" class="%s"><div class="frame-container"><div class="frame-inner">\n%s\n'
            '</div></div></div>\n' % (cid, cls, inner))


def header(level, text):
    return '<header class="frame-header"><h%d class="element-header "><span>%s</span></h%d></header>' % (
        level, il(text), level)


def table_ce(rows):
    head = "".join('<th scope="col">%s</th>' % il(c) for c in rows[0])
    body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % il(c) for c in r) for r in rows[1:])
    return ('<div class="table-responsive"><table class="table table-striped table-hover ce-table">'
            '<thead><tr>%s</tr></thead><tbody>%s</tbody></table></div>' % (head, body))


def content(phase, blocks):
    """fluid_styled_content elements: a header CE for the h1, a text CE per h2 (tables in their own CEs)."""
    out = []
    cur_head, cur = None, []
    n = [0]

    def flush():
        if cur_head is not None or cur:
            key = cur_head or ("body", n[0])
            inner = (header(2, cur_head) + "\n" if cur_head else "") + "\n".join(rte(b) for b in cur)
            out.append(frame(phase, "text", uid(key), inner))
            n[0] += 1

    for b in blocks:
        if b[0] == "h1":
            out.append(frame(phase, "header", uid("h1"), header(1, b[1])))
        elif b[0] == "h2":
            flush()
            cur_head, cur = b[1], []
        elif b[0] == "table":
            flush()
            out.append(frame(phase, "table", uid(("table", b[1][0][0])), table_ce(b[1])))
            cur_head, cur = None, []
        else:
            cur.append(b)
    flush()
    return "".join(out)


NAV = [("/weine", "Weine"), ("/heuriger", "Heuriger"), ("/weingut", "Weingut"), ("/weingaerten", "Weingärten"),
       ("/termine", "Termine"), ("/shop", "Weinshop"), ("/kontakt", "Kontakt")]


def render(s, blocks, when):
    ph = s["platform"]
    css_h, js_h, ts = s["assets"]
    st, a, b = s["heuriger"]
    a, b = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    if st == "open":
        bar = ('<span class="heuriger-status heuriger-status--open">Ausg\'steckt!</span> Unser Heuriger hat bis '
               '%d. %s täglich ab 15 Uhr geöffnet.' % (b.day, MONTHS[b.month - 1]))
    else:
        bar = ('<span class="heuriger-status heuriger-status--closed">Derzeit zug\'sperrt.</span> Wir sind wieder '
               'ausg\'steckt von %d. %s bis %d. %s %d.' % (a.day, MONTHS[a.month - 1], b.day, MONTHS[b.month - 1],
                                                          b.year))
    nonce = ' nonce="%s"' % s["nonce"] if ph == "t3v12" else ""
    nav = "\n".join('<li class="nav-item"><a href="%s" class="nav-link" title="%s"><span class="nav-link-text">%s'
                    '</span></a></li>' % (u, t, t) for u, t in NAV)
    img = ('<div id="c%d" class="frame frame-default frame-type-image frame-layout-%s frame-background-none '
           'frame-no-backgroundimage frame-space-before-none frame-space-after-extra-small"><div class="frame-container">'
           '<div class="frame-inner"><div class="gallery-row"><div class="gallery-item gallery-item-size-1">'
           '<figure class="image"><picture><source srcset="/fileadmin/_processed_/4/2/csm_weingarten-spitzer-graben_%s'
           '.webp" type="image/webp"><img loading="lazy" src="/fileadmin/_processed_/4/2/csm_weingarten-spitzer-graben_'
           '%s.jpg" width="1280" height="420" intrinsicsize="1280x420" title="" alt=""></picture></figure></div></div>'
           '</div></div></div>\n' % (uid("image"), "default" if ph == "t3v12" else "0", s["image"], s["image"]))
    gen = ("This website is powered by TYPO3 - inspiring people to share!\n\tTYPO3 is a free open source Content "
           "Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.\n\tTYPO3 is "
           "copyright 1998-%d of Kasper Skaarhoj. Extensions are copyright of their respective owners.\n\t"
           "Information and contribution at https://typo3.org/" % (2024 if ph == "t3v12" else 2021))
    tail = ""
    if ph == "t3v10":
        exp = dt.datetime.strptime(s["cache"], "%d-%m-%y %H:%M") + dt.timedelta(days=1)
        tail = "\n<!-- Cached page generated %s. Expires %s -->" % (s["cache"], exp.strftime("%d-%m-%y %H:%M"))
    bp = "bootstrap-package-14.0.6" if ph == "t3v12" else "bootstrap-package-11.0.3"
    return """<!DOCTYPE html>
<html dir="ltr" lang="de-AT">
<head>

<meta charset="utf-8">
<!-- 
	%(gen)s
-->

<base href="https://www.weingut-grubhofer.at/">
<link rel="icon" href="/typo3conf/ext/grubhofer_sitepackage/Resources/Public/Icons/favicon.ico" type="image/vnd.microsoft.icon">
<title>Datenschutz - Weingut Grubhofer, Wachau</title>
<meta http-equiv="x-ua-compatible" content="IE=edge">
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<meta name="robots" content="index,follow">
<meta name="description" content="Datenschutzerklärung des Weinguts Grubhofer in Weißenkirchen in der Wachau.">
<meta property="og:title" content="Datenschutz">
<meta property="og:site_name" content="Weingut Grubhofer">
<meta name="twitter:card" content="summary">
<meta name="apple-mobile-web-app-capable" content="no">

<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-%(css)s-min.css.gz?%(ts)d" media="all"%(nonce)s>
<script src="/typo3temp/assets/compressed/merged-%(js)s-min.js.gz?%(ts)d"%(nonce)s></script>

<link rel="prev" href="/impressum">
<link rel="canonical" href="%(url)s">
<!-- %(bp)s -->
</head>
<body id="p17" class="page-17 pagelevel-1 language-0 backendlayout-default layout-default">

<div id="top"></div>
<div class="body-bg">

    <a class="visually-hidden-focusable page-skip-link" href="#page-content">
        <span>Zum Hauptinhalt springen</span>
    </a>
    <a class="visually-hidden-focusable page-skip-link" href="#page-footer">
        <span>Zum Fußbereich springen</span>
    </a>

    <div class="heuriger-bar" role="status">
        <div class="container">%(bar)s <a href="/heuriger">Zum Heurigen</a></div>
    </div>

    <header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top navbar-fixed-top">
        <div class="container container-mainnavigation">
            <a class="navbar-brand navbar-brand-image" title="Weingut Grubhofer" href="/">
                <img class="navbar-brand-logo-normal" src="/typo3conf/ext/grubhofer_sitepackage/Resources/Public/Images/logo-grubhofer.svg" alt="Weingut Grubhofer logo" height="52" width="180">
            </a>
            <button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#mainnavigation" aria-controls="mainnavigation" aria-expanded="false" aria-label="Navigation umschalten">
                <span class="navbar-toggler-icon"></span>
            </button>
            <nav aria-label="Hauptnavigation" id="mainnavigation" class="collapse navbar-collapse">
                <ul class="navbar-nav">
%(nav)s
                </ul>
            </nav>
        </div>
    </header>

    <nav class="breadcrumb-section" aria-label="Brotkrümelnavigation">
        <div class="container">
            <p class="visually-hidden" id="breadcrumb">Sie sind hier:</p>
            <ol class="breadcrumb">
                <li class="breadcrumb-item"><a class="breadcrumb-link" href="/" title="Startseite"><span class="breadcrumb-text">Startseite</span></a></li>
                <li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">Datenschutz</span></li>
            </ol>
        </div>
    </nav>

    <div id="page-content" class="bp-page-content main-section">
        <!--TYPO3SEARCH_begin-->
        <div class="section section-default">
%(image)s%(content)s        </div>
        <!--TYPO3SEARCH_end-->
    </div>

    <footer id="page-footer" class="bp-page-footer">
        <section class="section footer-section footer-section-content">
            <div class="container">
                <div class="section-row">
                    <div class="section-column footer-section-content-column footer-section-content-column-left">
                        <p><strong>Weingut Grubhofer</strong><br>Kellergasse 7<br>3610 Weißenkirchen in der Wachau</p>
                    </div>
                    <div class="section-column footer-section-content-column footer-section-content-column-middle">
                        <p><strong>Ab-Hof-Verkauf</strong><br>Mo bis Sa 9 bis 18 Uhr<br>und nach Vereinbarung</p>
                    </div>
                    <div class="section-column footer-section-content-column footer-section-content-column-right">
                        <p>Vinea Wachau Nobilis Districtus<br>Österreichische Weinstraße</p>
                    </div>
                </div>
            </div>
        </section>
        <section class="section footer-section footer-section-meta">
            <div class="frame frame-background-none frame-space-before-none frame-space-after-none">
                <div class="frame-container">
                    <div class="frame-inner">
                        <div class="footer-info-section">
                            <div class="footer-meta">
                                <nav aria-label="Meta-Navigation">
                                    <ul class="footer-meta-navigation">
                                        <li><a href="/impressum" title="Impressum"><span>Impressum</span></a></li>
                                        <li class="active"><a href="/datenschutz" title="Datenschutz"><span>Datenschutz</span></a></li>
                                        <li><a href="/agb" title="AGB"><span>AGB</span></a></li>
                                        <li><a href="#" class="cookie-settings" title="Cookie-Einstellungen"><span>Cookie-Einstellungen</span></a></li>
                                    </ul>
                                </nav>
                            </div>
                            <div class="footer-copyright">
                                <p>&copy; %(year)d Weingut Grubhofer. Trinken Sie mit Genuss und Verantwortung.</p>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </section>
    </footer>

    <a class="scroll-top" title="Nach oben rollen" href="#top">
        <span class="scroll-top-icon"></span>
    </a>

</div>
<div id="age-gate" class="modal fade" tabindex="-1" aria-labelledby="age-gate-title" aria-hidden="true">
    <div class="modal-dialog modal-dialog-centered"><div class="modal-content"><div class="modal-body">
        <p id="age-gate-title" class="h4">Sind Sie mindestens 18 Jahre alt?</p>
        <p>Der Verkauf alkoholischer Getränke an Jugendliche unter 18 Jahren ist nicht gestattet.</p>
        <button type="button" class="btn btn-primary" data-age-gate="yes">Ja, ich bin 18+</button>
        <a class="btn btn-outline-secondary" href="https://www.wachau.at">Nein</a>
    </div></div></div>
</div>
<script src="/typo3temp/assets/compressed/merged-%(js2)s-min.js.gz?%(ts)d"%(nonce)s></script>
<script%(nonce)s>
  var _paq = window._paq = window._paq || [];
  _paq.push(['requireConsent']);
  _paq.push(['trackPageView']);
  _paq.push(['enableLinkTracking']);
  (function() {
    var u="https://statistik.weingut-grubhofer.at/";
    _paq.push(['setTrackerUrl', u+'matomo.php']);
    _paq.push(['setSiteId', '1']);
    var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];
    g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);
  })();
</script>
<script%(nonce)s>window.cookieconsent_options = {"position":"bottom-left","content":{"message":"Wir verwenden Cookies, um unsere Website für Sie optimal zu gestalten. Statistik-Cookies (Matomo) setzen wir nur mit Ihrer Einwilligung.","dismiss":"Nur notwendige","allow":"Statistik erlauben","deny":"Ablehnen","link":"Mehr erfahren","href":"/datenschutz","policy":"Cookie-Einstellungen"},"type":"opt-in","revokable":true,"law":{"regionalLaw":false},"cookie":{"name":"cookieconsent_status","expiryDays":365}};</script>
</body>
</html>%(tail)s""" % {"gen": gen, "css": css_h, "js": js_h, "js2": C.det_sha(js_h)[:32], "ts": ts, "nonce": nonce,
                     "url": URL, "bp": bp, "bar": bar, "nav": nav, "image": img,
                     "content": content(ph, blocks), "year": when.year, "tail": tail}


PAGE = {
    "service": "Weingut Grubhofer",
    "url": URL,
    "lang": "de-AT",
    "platform": "TYPO3 10.4 / Bootstrap Package 11, upgraded to TYPO3 12.4 / Bootstrap Package 14",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("Content-Language", "de-AT"), ("Vary", "Accept-Encoding")),
    "n": 29,
    "start": dt.date(2021, 9, 6),
    "end": dt.date(2025, 3, 28),
    "hours": (6, 18),
    "policy": POLICY,
    "first_updated": dt.date(2021, 5, 25),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ["#page-content"]},
}
