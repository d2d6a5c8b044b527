"""Zahnarztpraxis Dr. Lea Brunner, Winterthur: a one-dentist practice on Jimdo Creator (layout with a sidebar).

The page "Impressum & Datenschutz" holds the Impressum (which changes on its own: team, UID, photo credits) and
then the Datenschutzerklärung, as Jimdo modules (`j-header`, `j-text`, `j-table`, `j-hr`) in `#content_area`.
The declaration is a range: from the module holding the policy's h1 to the end of `#content_area`.
Noise: `jimdoData.cstok` per visit, `cacheJsKey`/`cacheCssKey` per Jimdo deployment (asset URLs), the sidebar's
"Aktuell" box (Praxisferien, Weihnachtsöffnungszeiten, Dentalhygiene-Aktion) and the Impressum above the policy.
Swiss spelling (ss, no ß), guillemets.
"""
import datetime as dt
import html

import common as C

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def fmt_date(d):
    return "Stand: %d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
# Datenschutzerklärung

{UPDATED}

Wir freuen uns über Ihren Besuch auf unserer Website und über Ihr Vertrauen in unsere Praxis. Der Schutz Ihrer Personendaten ist uns ein wichtiges Anliegen, insbesondere weil wir als Zahnarztpraxis regelmässig besonders schützenswerte Gesundheitsdaten bearbeiten. In dieser Datenschutzerklärung informieren wir Sie darüber, welche Personendaten wir bei Ihrem Besuch der Website, bei der Online-Terminbuchung und im Rahmen der Behandlung bearbeiten, zu welchen Zwecken wir dies tun und welche Rechte Ihnen zustehen.

Diese Datenschutzerklärung richtet sich nach dem Bundesgesetz über den Datenschutz (DSG), dem Patientinnen- und Patientengesetz des Kantons Zürich sowie, soweit anwendbar, nach der Datenschutz-Grundverordnung der Europäischen Union (DSGVO).

## 1. Verantwortliche Stelle

Verantwortlich für die Datenbearbeitung ist:

@ Zahnarztpraxis Dr. med. dent. Lea Brunner
@ Rosenbergstrasse 14
@ 8400 Winterthur
@ Telefon 052 212 34 56
@ praxis@zahnarzt-brunner.ch

Fragen zum Datenschutz richten Sie bitte schriftlich an die oben genannte Adresse oder per E-Mail an praxis@zahnarzt-brunner.ch. Wir beantworten Ihre Anfrage in der Regel innerhalb von 30 Tagen.

## 2. Welche Daten wir bearbeiten

Im Rahmen der zahnmedizinischen Behandlung bearbeiten wir insbesondere folgende Personendaten:

- Personalien wie Name, Vorname, Geburtsdatum, Geschlecht, Adresse, Telefonnummer und E-Mail-Adresse
- Angaben zu Ihrer Krankenversicherung, Unfallversicherung oder Invalidenversicherung sowie die AHV-Nummer, soweit diese für die Abrechnung erforderlich ist
- Gesundheitsdaten aus dem Anamnesebogen, zum Beispiel Allergien, Vorerkrankungen, Schwangerschaft und eingenommene Medikamente
- Befunde, Diagnosen, Behandlungspläne, Kostenvoranschläge und Behandlungsberichte
- Röntgenbilder, intraorale Fotografien, digitale Abformungen und Modelle
- Korrespondenz mit Ihnen, mit zuweisenden Ärztinnen und Ärzten, Spezialistinnen und Spezialisten sowie Versicherern
- Rechnungs- und Zahlungsdaten

Diese Daten stammen in erster Linie von Ihnen selbst. Weitere Angaben erhalten wir mit Ihrem Einverständnis oder auf gesetzlicher Grundlage von vor- und mitbehandelnden Fachpersonen, von Ihrer Versicherung oder von Ihrer gesetzlichen Vertretung.

## 3. Zweck der Datenbearbeitung

Wir bearbeiten Ihre Personendaten, um Sie zahnmedizinisch zu untersuchen, zu beraten und zu behandeln, um die Behandlung zu dokumentieren, Termine zu vereinbaren und Sie an Termine zu erinnern, um unsere Leistungen abzurechnen sowie um gesetzliche Pflichten zu erfüllen. Die Bearbeitung erfolgt gestützt auf den Behandlungsvertrag, auf gesetzliche Aufbewahrungs- und Dokumentationspflichten und, wo nötig, gestützt auf Ihre Einwilligung.

Für die Erinnerung an Recall-Termine und an die jährliche Dentalhygiene verwenden wir Ihre Kontaktdaten nur, wenn Sie dem zugestimmt haben. Sie können diese Zustimmung jederzeit widerrufen, zum Beispiel am Empfang oder per E-Mail.

## 4. Aufbewahrung der Patientendokumentation

Die Patientendokumentation bewahren wir so lange auf, wie es für die Behandlung erforderlich ist und die gesetzlichen Vorschriften es verlangen. Danach werden die Daten gelöscht oder anonymisiert.

| Unterlagen | Aufbewahrungsdauer | Grundlage |
| Krankengeschichte, Befunde und Röntgenbilder | 10 Jahre nach der letzten Behandlung | Patientinnen- und Patientengesetz des Kantons Zürich |
| Rechnungen und Buchungsbelege | 10 Jahre | Obligationenrecht (Art. 958f OR) |
| Online-Terminanfragen ohne Behandlung | 6 Monate | berechtigtes Interesse |
| Bewerbungsunterlagen | 3 Monate nach Abschluss des Verfahrens | Einwilligung |

## 5. Weitergabe von Daten an Dritte

Wir unterstehen dem Berufsgeheimnis nach Art. 321 des Strafgesetzbuches. Ihre Daten geben wir nur weiter, wenn Sie eingewilligt haben, wenn eine gesetzliche Pflicht besteht oder wenn dies für die Behandlung und Abrechnung notwendig ist. Folgende Stellen können Daten von uns erhalten:

| Empfänger | Zweck | Sitz |
| Zahntechnisches Labor Meier & Partner AG | Herstellung von Kronen, Brücken und Prothesen | Winterthur |
| Zahnärztekasse AG | Rechnungsstellung und Inkaso | Wädenswil |
| Kranken-, Unfall- und Invalidenversicherungen | Kostengutsprache und Abrechnung | Schweiz |
| OneDoc SA | Online-Terminbuchung | Genf |
| Jimdo GmbH | Hosting dieser Website | Hamburg, Deutschland |

Unser IT-Dienstleister und der Anbieter unserer Praxissoftware können im Rahmen von Wartungsarbeiten Zugriff auf Daten erhalten; sie sind vertraglich zur Verschwiegenheit verpflichtet. Eine Übermittlung in Länder ohne angemessenes Datenschutzniveau findet nicht statt.

## 6. Online-Terminbuchung

Für die Online-Terminbuchung nutzen wir den Dienst OneDoc der OneDoc SA, Genf. Wenn Sie über unsere Website einen Termin buchen, werden Ihr Name, Ihre Kontaktangaben, der gewünschte Termin und der von Ihnen angegebene Grund des Besuchs an OneDoc übermittelt und dort in der Schweiz gespeichert. Bitte geben Sie im Freitextfeld keine ausführlichen Gesundheitsangaben ein; diese besprechen wir gerne persönlich mit Ihnen. Weitere Informationen finden Sie in der [Datenschutzerklärung von OneDoc](https://www.onedoc.ch/de/datenschutz).

## 7. Besuch unserer Website

Beim Aufruf unserer Website werden durch unseren Hosting-Anbieter Jimdo automatisch Informationen erfasst, die Ihr Browser übermittelt: IP-Adresse, Datum und Uhrzeit des Zugriffs, aufgerufene Seite, Referrer-URL, Browsertyp und Betriebssystem. Diese Server-Logfiles dienen der Sicherheit und dem stabilen Betrieb der Website und werden nach spätestens 14 Tagen gelöscht.

Unsere Website verwendet Cookies, die für den Betrieb technisch notwendig sind, sowie mit Ihrer Einwilligung Cookies für eine anonymisierte Besucherstatistik. Ihre Auswahl können Sie jederzeit über den Link «Cookie-Richtlinie» am Seitenende ändern. Wir setzen keine Werbe- oder Tracking-Dienste ein.

Auf der Kontaktseite ist eine Karte von Google Maps eingebunden. Die Karte wird erst geladen, wenn Sie darauf klicken; dabei werden Daten an die Google Ireland Limited übermittelt.

## 8. Datensicherheit

Wir treffen angemessene technische und organisatorische Massnahmen, um Ihre Daten vor Verlust, unbefugtem Zugriff und Missbrauch zu schützen. Dazu gehören eine verschlüsselte Datensicherung, ein Berechtigungskonzept für unser Praxisteam, die regelmässige Schulung aller Mitarbeitenden und die verschlüsselte Übertragung dieser Website über HTTPS. Unsere Mitarbeitenden sind zur Verschwiegenheit verpflichtet.

## 9. Ihre Rechte

Sie haben im Rahmen des anwendbaren Datenschutzrechts insbesondere folgende Rechte:

- Auskunft über die von uns bearbeiteten Personendaten und Einsicht in Ihre Patientendokumentation
- Herausgabe oder Übertragung Ihrer Patientendokumentation an eine Fachperson Ihrer Wahl
- Berichtigung unrichtiger Daten
- Löschung von Daten, soweit keine Aufbewahrungspflicht entgegensteht
- Widerruf einer erteilten Einwilligung mit Wirkung für die Zukunft

Für die Herausgabe von Kopien der Dokumentation kann eine angemessene Gebühr erhoben werden, wenn der Aufwand unverhältnismässig ist. Wenn Sie der Ansicht sind, dass wir Ihre Daten nicht rechtmässig bearbeiten, können Sie sich an den Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten (EDÖB) in Bern wenden.

## 10. Änderungen

Wir können diese Datenschutzerklärung jederzeit anpassen. Es gilt die jeweils aktuelle, auf unserer Website veröffentlichte Fassung.
"""

EDITS = [
    {"note": "HIN Health Info Net AG added to the recipients table (encrypted e-mail with specialists)",
     "repl": [("| Zahnärztekasse AG | Rechnungsstellung und Inkaso | Wädenswil |\n",
               "| Zahnärztekasse AG | Rechnungsstellung und Inkaso | Wädenswil |\n"
               "| HIN Health Info Net AG | verschlüsselte E-Mail-Kommunikation mit Fachpersonen | Wallisellen |\n")]},
    {"note": "retention of the patient record changed from 10 to 20 years (limitation periods, Art. 60 OR)",
     "repl": [("| 10 Jahre nach der letzten Behandlung | Patientinnen- und Patientengesetz des Kantons Zürich |",
               "| 20 Jahre nach der letzten Behandlung | Patientinnen- und Patientengesetz des Kantons Zürich, "
               "Verjährungsfristen nach Art. 60 OR |")]},
    {"note": "typo fixed: 'Inkaso' -> 'Inkasso' (no new date)", "bump": False,
     "repl": [("Rechnungsstellung und Inkaso", "Rechnungsstellung und Inkasso")]},
    {"note": "new telephone number of the practice",
     "repl": [("@ Telefon 052 212 34 56", "@ Telefon 052 511 20 30")]},
    {"note": "revised DSG (1 September 2023): law reference updated and a section on disclosure abroad added, "
             "'Änderungen' renumbered to 11",
     "repl": [("nach dem Bundesgesetz über den Datenschutz (DSG),",
               "nach dem revidierten Bundesgesetz über den Datenschutz (DSG), das seit dem 1. September 2023 in "
               "Kraft ist,"),
              ("## 10. Änderungen",
               "## 10. Bekanntgabe ins Ausland\n\n"
               "Ihre Patientendaten werden in der Schweiz gespeichert. Die Daten unserer Website werden von Jimdo "
               "in Deutschland und damit in einem Staat mit angemessenem Datenschutzniveau gemäss Anhang 1 der "
               "Datenschutzverordnung (DSV) bearbeitet. Sollten im Einzelfall Daten in einen Staat ohne "
               "angemessenen Schutz bekannt gegeben werden, stützen wir uns auf die Standardvertragsklauseln der "
               "Europäischen Kommission, die der EDÖB anerkannt hat.\n\n"
               "## 11. Änderungen")]},
    {"note": "words inserted: no advertising, retargeting or tracking services",
     "repl": [("Wir setzen keine Werbe- oder Tracking-Dienste ein.",
               "Wir setzen keine Werbe-, Retargeting- oder Tracking-Dienste ein.")]},
]

PAGE_ID = 2142342215
H1_MODULE = 12874011622


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}
    st["cstok"] = C.hexs(rng, 32)
    st["deploy"] = C.keep_or(rng, prev.get("deploy"), 0.3, lambda: [C.hexs(rng, 32), C.hexs(rng, 32),
                                                                    C.hexs(rng, 7)])
    # the sidebar's "Aktuell" box follows the calendar
    d = when.date()
    if d.month == 7 or (d.month == 8 and d.day < 10):
        akt = ("Praxisferien", "Vom %d. Juli bis %d. August %d bleibt unsere Praxis geschlossen. In dringenden "
               "Fällen wenden Sie sich an den zahnärztlichen Notfalldienst Winterthur: 0844 500 300."
               % (14 + d.year % 3, 1 + d.year % 4, d.year))
    elif d.month == 12 or (d.month == 1 and d.day < 8):
        y = d.year if d.month == 12 else d.year - 1
        akt = ("Öffnungszeiten über die Festtage", "24. Dezember bis 2. Januar %d geschlossen. Wir wünschen "
               "Ihnen schöne Festtage und einen guten Start ins neue Jahr!" % (y + 1))
    elif d.month in (3, 4, 9, 10):
        akt = ("Dentalhygiene im %s" % MONTHS[d.month - 1], "Neupatientinnen und Neupatienten erhalten diesen "
               "Monat kurzfristig Termine bei unserer Dentalhygienikerin. Jetzt online buchen!")
    else:
        akt = ("Neu bei uns", "Wir bieten neu Termine am Samstagvormittag an (alle zwei Wochen, 8 bis 12 Uhr).")
    st["aktuell"] = list(akt)
    # the Impressum above the policy changes on its own
    team = ["Dr. med. dent. Lea Brunner, eidg. dipl. Zahnärztin", "Sandra Frei, Dentalhygienikerin HF"]
    if d >= dt.date(2022, 3, 1):
        team.insert(1, "med. dent. Marco Keller, eidg. dipl. Zahnarzt")
    if d >= dt.date(2023, 8, 15):
        team.append("Elif Demir, Dentalassistentin EFZ")
    uid = "CHE-412.318.907" if d >= dt.date(2022, 1, 1) else None
    photos = "Atelier Sonnenlicht, Winterthur" if d < dt.date(2023, 5, 1) else "Nadja Suter Fotografie, Zürich"
    st["impressum"] = [team, uid, photos]
    return st


LABELS = {"cstok": "jimdoData cstok token (per visit)",
          "deploy": "Jimdo deployment: cacheJsKey/cacheCssKey and asset URLs",
          "aktuell": "sidebar 'Aktuell' box (holidays, promotions)",
          "impressum": "Impressum above the policy (team, UID, photo credits)"}


def _txt(s):
    return C.inline_html(s)


def _text_inner(b):
    kind, v = b
    if kind == "p":
        return "<p>%s</p>" % _txt(v)
    if kind == "ul":
        return "<ul>\n%s\n</ul>" % "\n".join("<li>%s</li>" % _txt(x) for x in v)
    if kind == "addr":
        return "<p>%s</p>" % "<br />\n".join(_txt(x) for x in v)
    raise ValueError(kind)


def _modules(blocks, base_id):
    """Jimdo modules: a header module per heading, a table module per table, one text module for the run of
    paragraphs and lists between them."""
    out, run, mid = [], [], [base_id]

    def nid():
        mid[0] += 100
        return mid[0]

    def flush():
        if run:
            m = nid()
            out.append('<div id="cc-m-%d" class="j-module n j-text ">%s</div>' % (m, "\n".join(run)))
            del run[:]

    for n, b in enumerate(blocks):
        kind, v = b
        if kind in ("h1", "h2", "h3"):
            flush()
            m = base_id if n == 0 else nid()
            out.append('<div id="cc-m-%d" class="j-module n j-header "><%s class="" id="cc-m-header-%d">%s</%s>'
                       '</div>' % (m, kind, m, _txt(v), kind))
        elif kind == "table":
            flush()
            m = nid()
            head = "\n".join("<th>%s</th>" % _txt(x) for x in v[0])
            body = "\n".join("<tr>\n%s\n</tr>" % "\n".join("<td>%s</td>" % _txt(x) for x in r) for r in v[1:])
            out.append('<div id="cc-m-%d" class="j-module n j-table "><div class="jtable-wrapper"><table '
                       'class="j-table-content" cellspacing="0" cellpadding="3">\n<thead>\n<tr>\n%s\n</tr>\n'
                       '</thead>\n<tbody>\n%s\n</tbody>\n</table></div></div>' % (m, head, body))
        else:
            run.append(_text_inner(b))
    flush()
    return "\n".join(out)


NAV = [("Startseite", "/"), ("Praxis & Team", "/praxis-team/"), ("Behandlungen", "/behandlungen/"),
       ("Dentalhygiene", "/dentalhygiene/"), ("Notfall", "/notfall/"), ("Kontakt & Anfahrt", "/kontakt-anfahrt/")]


def render(state, blocks, when):
    cs, (jskey, csskey, rev) = state["cstok"], state["deploy"]
    team, uid, photos = state["impressum"]
    phone = next((l[8:] for b in blocks if b[0] == "addr" for l in b[1] if l.startswith("Telefon ")),
                 "052 212 34 56")
    jd = ('{"isTestserver":false,"isLcJimdoCom":false,"isJimdoHelpCenter":false,"isProtectedPage":false,'
          '"cstok":"%s","cacheJsKey":"%s","cacheCssKey":"%s","cdnUrl":"https:\\/\\/assets.jimstatic.com\\/",'
          '"minUrl":"https:\\/\\/assets.jimstatic.com\\/app\\/cdn\\/min\\/file\\/","authUrl":"https:\\/\\/a.jimdo.'
          'com\\/","webPath":"https:\\/\\/www.zahnarzt-brunner.ch\\/","appUrl":"https:\\/\\/a.jimdo.com\\/",'
          '"cmsLanguage":"de_DE","isFreePackage":false,"mobile":false,"isDevkitTemplateUsed":true,'
          '"isTemplateInheritanceEnabled":true,"isSpecialModule":false,"pageType":"page","pageId":%d,'
          '"pageFlags":{"isCookieBannerEnabled":true},"isShop":false,"websiteId":"s3a7d21c9e4f08b12",'
          '"isDraftMode":false,"tplId":"1802","jimdoBuild":"%s"}' % (cs, jskey, csskey, PAGE_ID, rev))
    nav = "\n".join('<li id="cc-nav-view-%d" class="jmd-nav__list-item-0"><a href="%s" data-link-title="%s">%s</a>'
                    '</li>' % (2142341915 + 100 * k, u, t, t) for k, (t, u) in enumerate(NAV))
    imp_lines = ["Zahnarztpraxis Dr. med. dent. Lea Brunner", "Rosenbergstrasse 14", "8400 Winterthur",
                 "Telefon " + phone, "praxis@zahnarzt-brunner.ch"]
    imp = [
        '<div id="cc-m-12874010122" class="j-module n j-header "><h1 class="" id="cc-m-header-12874010122">'
        'Impressum</h1></div>',
        '<div id="cc-m-12874010222" class="j-module n j-text "><p>%s</p>\n<p><strong>Berufsbezeichnung:</strong> '
        'Zahnärztin, eidgenössisches Diplom (verliehen in der Schweiz), Mitglied der SSO Schweizerische '
        'Zahnärzte-Gesellschaft.<br />\n<strong>Aufsichtsbehörde:</strong> Gesundheitsdirektion des Kantons '
        'Zürich</p>%s\n<p><strong>Praxisteam:</strong></p>\n<ul>\n%s\n</ul>\n<p><strong>Haftungsausschluss:</strong> '
        'Die Inhalte dieser Website wurden mit grösster Sorgfalt erstellt. Für die Richtigkeit, Vollständigkeit '
        'und Aktualität der Inhalte übernehmen wir keine Gewähr. Die Informationen ersetzen keine persönliche '
        'Beratung in unserer Praxis.</p>\n<p><strong>Fotos:</strong> %s</p></div>'
        % ("<br />\n".join(imp_lines),
           ("\n<p><strong>UID:</strong> %s</p>" % uid) if uid else "",
           "\n".join("<li>%s</li>" % html.escape(t) for t in team), html.escape(photos)),
        '<div id="cc-m-12874010422" class="j-module n j-hr ">    <hr />\n</div>',
    ]
    akt_t, akt_b = state["aktuell"]
    return """<!DOCTYPE html>
<html lang="de-CH">
<head>
    <meta http-equiv="content-type" content="text/html; charset=utf-8"/>
    <title>Impressum &amp; Datenschutz - Zahnarztpraxis Dr. Lea Brunner Winterthur</title>
<meta name="description" content="Impressum und Datenschutzerklärung der Zahnarztpraxis Dr. med. dent. Lea Brunner in Winterthur."/>
<meta name="robots" content="index, follow, archive"/>
<meta property="st:section" content="Impressum und Datenschutzerklärung der Zahnarztpraxis Dr. med. dent. Lea Brunner in Winterthur."/>
<meta name="generator" content="Jimdo Creator"/>
<meta name="twitter:card" content="summary"/>
<meta property="og:title" content="Impressum &amp; Datenschutz"/>
<meta property="og:type" content="website"/>
<meta property="og:url" content="https://www.zahnarzt-brunner.ch/impressum-datenschutz/"/>
<link rel="canonical" href="https://www.zahnarzt-brunner.ch/impressum-datenschutz/"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="shortcut icon" href="https://image.jimcdn.com/app/cms/image/transf/dimension=16x16:format=png/path/s3a7d21c9e4f08b12/image/i4b2e8a1c07d5f3e9/version/1618406112/image.png"/>
<link href="https://assets.jimstatic.com/web.css.%(css)s.css" rel="stylesheet" type="text/css"/>
<link href="https://assets.jimstatic.com/web_unresponsive.css.%(css)s.css" rel="stylesheet" type="text/css"/>
<link href="https://assets.jimstatic.com/ckies.css.%(js)s.css" rel="stylesheet" type="text/css"/>
<link href="https://www.zahnarzt-brunner.ch/app/stylesheet/css/layout-8b71c24d1e.css" rel="stylesheet" type="text/css"/>
<script type="text/javascript">
//<![CDATA[
var jimdoData = %(jd)s;
//]]>
</script>
<script src="https://assets.jimstatic.com/ckies.js.%(js)s.js"></script>
<script src="https://assets.jimstatic.com/cookieControl.js.%(js)s.js"></script>
<script>window.CookieControlSet.setToOff();</script>
<style type="text/css" media="all">
#cc-m-12874010222 p { margin-bottom: .6em; }
.j-table-content td { vertical-align: top; }
</style>
</head>
<body class="body cc-page cc-pagemode-default cc-content-parent j-m-header-styles j-m-text-styles j-m-table-styles j-m-hr-styles j-m-spacing-styles j-m-callToAction-styles j-m-googlemaps-styles j-footer-styles" id="page-%(pid)d">
<div id="cc-inner" class="cc-content-parent">
<div class="jtpl-main cc-content-parent">
  <div class="jtpl-header">
    <div class="jtpl-logo"><div id="cc-website-logo" class="cc-single-module-element"><div id="cc-m-12873985222" class="j-module n j-imageSubtitle "><figure class="cc-imagewrapper cc-m-image-align-1"><a href="https://www.zahnarzt-brunner.ch/"><img srcset="https://image.jimcdn.com/app/cms/image/transf/dimension=320x10000:format=png/path/s3a7d21c9e4f08b12/image/i8c1f4d2e9b0a7c35/version/1618405720/image.png 320w" sizes="(min-width: 320px) 320px, 100vw" id="cc-m-imagesubtitle-image-12873985222" src="https://image.jimcdn.com/app/cms/image/transf/dimension=320x10000:format=png/path/s3a7d21c9e4f08b12/image/i8c1f4d2e9b0a7c35/version/1618405720/image.png" alt="Zahnarztpraxis Dr. Lea Brunner" class="" data-src-width="640" data-src-height="160"/></a></figure></div></div></div>
    <nav class="jtpl-navigation" data-container="navigation"><div class="j-nav-variant-nested"><ul class="cc-nav-level-0 j-nav-level-0">
%(nav)s
</ul></div></nav>
  </div>
  <div class="jtpl-content content-options cc-content-parent">
    <div class="jtpl-content__inner content-options-inner cc-content-parent">
      <div id="content_area" data-container="content"><div id="content_start"></div>
<div id="cc-matrix-3412345678">
%(imp)s
%(policy)s
</div></div>
    </div>
  </div>
  <aside class="jtpl-sidebar sidebar-options"><div class="jtpl-sidebar__inner sidebar-options-inner">
    <div data-container="sidebar"><div id="cc-matrix-3412340022">
<div id="cc-m-12873990122" class="j-module n j-header "><h2 class="" id="cc-m-header-12873990122">Aktuell</h2></div>
<div id="cc-m-12873990222" class="j-module n j-text "><p><strong>%(akt_t)s</strong></p>
<p>%(akt_b)s</p></div>
<div id="cc-m-12873990322" class="j-module n j-callToAction "><div class="j-calltoaction-wrapper j-calltoaction-align-1"><a class="j-calltoaction-link j-calltoaction-link-style-1" data-action="button" href="https://www.onedoc.ch/de/zahnarzt/winterthur/pab2x/dr-med-dent-lea-brunner" target="_blank">Termin online buchen</a></div></div>
<div id="cc-m-12873990422" class="j-module n j-header "><h2 class="" id="cc-m-header-12873990422">Öffnungszeiten</h2></div>
<div id="cc-m-12873990522" class="j-module n j-text "><p>Mo&ndash;Do 7.30&ndash;12.00 und 13.30&ndash;18.00<br />
Fr 7.30&ndash;14.00</p>
<p>Zahnärztlicher Notfalldienst: 0844 500 300</p></div>
</div></div>
  </div></aside>
  <footer class="jtpl-footer footer-options"><div class="jtpl-footer__inner footer-options-inner">
    <div id="contentfooter" data-container="footer">
      <div class="leftrow">
        <a rel="nofollow" href="javascript:window.print();"><span class="print-link-icon"></span>Druckversion</a> | <a href="/about/" title="Impressum">Impressum</a> | <a href="/j/privacy">Datenschutz</a> | <a id="cookie-policy" href="javascript:window.CookieControl.showCookieSettings();">Cookie-Richtlinie</a> | <a href="/sitemap/">Sitemap</a>
      </div>
      <div class="rightrow"><span class="loggedout"><a rel="nofollow" id="login" href="/login">Anmelden</a></span></div>
    </div>
  </div></footer>
</div>
</div>
<div id="loginbox" class="hidden"><div id="loginbox-header"><a class="cc-close" title="Dieses Element zuklappen" href="#">zuklappen</a><div class="c"></div></div><div id="loginbox-content"><div id="resendpw"></div><div id="loginboxOuter"></div></div></div>
<div id="loginbox-darklayer" class="hidden"></div>
<script src="https://assets.jimstatic.com/web.js.%(js)s.js" async="true"></script>
<script src="https://assets.jimstatic.com/at.js.%(js)s.js"></script>
</body>
</html>
""" % {"css": csskey, "js": jskey, "jd": jd, "pid": PAGE_ID, "nav": nav, "imp": "\n".join(imp),
       "policy": _modules(blocks, H1_MODULE), "akt_t": html.escape(akt_t), "akt_b": html.escape(akt_b)}


PAGE = {
    "service": "Zahnarztpraxis Brunner",
    "url": "https://www.zahnarzt-brunner.ch/impressum-datenschutz/",
    "lang": "de-CH",
    "platform": "Jimdo Creator",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "nginx"), ("Cache-Control", "no-cache, no-store, must-revalidate"),
                      ("X-Frame-Options", "SAMEORIGIN")],
    "n": 30,
    "start": dt.date(2021, 6, 2),
    "end": dt.date(2024, 10, 28),
    "policy": POLICY,
    "first_updated": dt.date(2021, 5, 3),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"select": [{"startBefore": "#cc-m-%d" % H1_MODULE, "endAfter": "#content_area"}]},
}
