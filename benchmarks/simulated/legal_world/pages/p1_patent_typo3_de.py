"""A Munich patent-attorney firm on TYPO3 (fluid_styled_content, a site package with Bootstrap 5), German.

One page "Impressum & Datenschutz": the Impressum content element (#c112) first, the Datenschutzerklärung in its
own text element (#c113) after it; the declaration selects #c113. The Impressum changes on its own (partners join,
the register entry), the "Aktuelles" teaser in the sidebar follows the firm's news, the footer's "Rückruf
anfordern" form (EXT:form) draws a fresh honeypot field name per request (and with it __state and
__trustedProperties), asset ?timestamps move at deploys, and in April 2024 the site is upgraded from TYPO3 11.5
to 12.4 (/_assets/ paths, a CSP nonce per response, the powered-by comment's copyright years).
"""
import datetime as dt
import html

import common as C

POLICY = """# Datenschutzerklärung

Stand: {UPDATED}

Der Schutz Ihrer personenbezogenen Daten ist uns als Patentanwaltskanzlei ein besonderes Anliegen. Patentanwältinnen und Patentanwälte unterliegen nach § 39a der Patentanwaltsordnung (PAO) der beruflichen Verschwiegenheit; diese Pflicht gilt neben den Vorschriften der Datenschutz-Grundverordnung (DSGVO) und des Bundesdatenschutzgesetzes (BDSG). Im Folgenden informieren wir Sie darüber, welche Daten wir beim Besuch dieser Website, bei der Kontaktaufnahme und im Rahmen eines Mandats verarbeiten.

## 1. Verantwortlicher

Verantwortlich für die Datenverarbeitung im Sinne von Art. 4 Nr. 7 DSGVO ist:

@ Hoffmeister & Kranz Patentanwälte PartG mbB
@ Widenmayerstraße 12
@ 80538 München
@ Telefon: +49 89 2123 4560
@ E-Mail: kanzlei@hoffmeister-kranz.de

## 2. Datenschutzbeauftragter

Unseren externen Datenschutzbeauftragen erreichen Sie unter der oben genannten Anschrift mit dem Zusatz „z. Hd. Datenschutzbeauftragter“ oder per E-Mail an datenschutz@hoffmeister-kranz.de. Anfragen an den Datenschutzbeauftragten werden vertraulich behandelt.

## 3. Aufruf dieser Website

Beim Aufruf unserer Website übermittelt Ihr Browser automatisch Informationen an den Server unseres Hosting-Dienstleisters. Dabei werden folgende Daten in Server-Logfiles gespeichert:

- IP-Adresse des anfragenden Rechners, gekürzt um das letzte Oktett
- Datum und Uhrzeit des Zugriffs
- Name und URL der abgerufenen Datei
- Website, von der aus der Zugriff erfolgt (Referrer-URL)
- verwendeter Browser und gegebenenfalls das Betriebssystem Ihres Rechners

Die Verarbeitung erfolgt auf Grundlage von Art. 6 Abs. 1 lit. f DSGVO. Unser berechtigtes Interesse liegt in der Gewährleistung eines störungsfreien Betriebs und der Sicherheit der Website. Die Logfiles werden nach sieben Tagen automatisch gelöscht, sofern sie nicht zur Aufklärung eines Sicherheitsvorfalls benötigt werden.

## 4. Cookies und Reichweitenmessung

Wir setzen nur technisch notwendige Cookies ein, etwa um Ihre Einstellungen im Einwilligungsbanner zu speichern. Rechtsgrundlage ist § 25 Abs. 2 Nr. 2 TTDSG in Verbindung mit Art. 6 Abs. 1 lit. f DSGVO.

Zur statistischen Auswertung der Seitenaufrufe nutzen wir die Open-Source-Software Matomo, die auf unserem eigenen Server betrieben wird. Matomo ist so konfiguriert, dass keine Cookies gesetzt und IP-Adressen vor der Speicherung anonymisiert werden. Eine Weitergabe der Daten an Dritte findet nicht statt. Sie können der Auswertung jederzeit über die Einstellungen im Einwilligungsbanner widersprechen.

## 5. Kontaktaufnahme

Wenn Sie uns per E-Mail, telefonisch oder über das Formular „Rückruf anfordern“ kontaktieren, verarbeiten wir Ihre Angaben (Name, Kontaktdaten, Ihr Anliegen) zur Bearbeitung der Anfrage. Rechtsgrundlage ist Art. 6 Abs. 1 lit. b DSGVO, soweit Ihre Anfrage auf die Anbahnung eines Mandats gerichtet ist, im Übrigen Art. 6 Abs. 1 lit. f DSGVO.

Bitte übersenden Sie uns vertrauliche Unterlagen zu noch nicht angemeldeten Erfindungen nicht unverschlüsselt per E-Mail. Auf Wunsch stellen wir Ihnen einen gesicherten Upload-Bereich zur Verfügung.

## 6. Mandatsbearbeitung

Im Rahmen eines Mandats verarbeiten wir die Daten unserer Mandantinnen und Mandanten sowie weiterer Beteiligter, insbesondere:

- Namen, Anschriften und Kontaktdaten von Anmeldern, Erfindern und Ansprechpartnern
- Angaben zu Erfindungen, Marken und Designs sowie zum Stand der Technik
- Vollmachten, Erfindererklärungen und Übertragungsverträge
- Rechnungs- und Zahlungsdaten

Die Verarbeitung ist für die Erfüllung des Mandatsvertrags erforderlich (Art. 6 Abs. 1 lit. b DSGVO) und beruht zudem auf unseren berufsrechtlichen und gesetzlichen Pflichten (Art. 6 Abs. 1 lit. c DSGVO).

Zur Anmeldung, Verteidigung und Durchsetzung von Schutzrechten übermitteln wir die erforderlichen Daten an das Deutsche Patent- und Markenamt (DPMA), das Europäische Patentamt (EPA), das Amt der Europäischen Union für geistiges Eigentum (EUIPO) und die Weltorganisation für geistiges Eigentum (WIPO). Angaben zu Anmeldern und Erfindern werden von diesen Ämtern in der Regel in öffentlich zugänglichen Registern veröffentlicht.

Für Schutzrechtsanmeldungen außerhalb der Europäischen Union beauftragen wir in Ihrem Auftrag Korrespondenzanwälte im jeweiligen Land. Die Übermittlung in solche Drittländer erfolgt, weil sie zur Geltendmachung von Rechtsansprüchen erforderlich ist (Art. 49 Abs. 1 lit. e DSGVO) oder auf Grundlage von Standardvertragsklauseln der EU-Kommission.

## 7. Empfänger und Auftragsverarbeiter

Wir setzen sorgfältig ausgewählte Dienstleister ein, die Ihre Daten ausschließlich nach unserer Weisung verarbeiten und mit denen wir Verträge nach Art. 28 DSGVO geschlossen haben. Soweit diese Dienstleister Zugang zu mandatsbezogenen Informationen haben, sind sie nach § 39c PAO zur Verschwiegenheit verpflichtet.

| Dienstleister | Zweck | Sitz |
| DATEV eG | Finanzbuchhaltung und Rechnungsstellung | Nürnberg, Deutschland |
| Patrix AB | Fristenverwaltung und elektronische Aktenführung | Göteborg, Schweden |
| Hetzner Online GmbH | Hosting der Website und des Upload-Bereichs | Gunzenhausen, Deutschland |
| Microsoft Ireland Operations Ltd. | E-Mail und Büroanwendungen (Microsoft 365) | Dublin, Irland |

## 8. Speicherdauer

Wir speichern personenbezogene Daten nur so lange, wie es für den jeweiligen Zweck erforderlich ist oder gesetzliche Aufbewahrungsfristen bestehen.

| Datenkategorie | Speicherdauer |
| Server-Logfiles | 7 Tage |
| Anfragen, aus denen kein Mandat entsteht | 6 Monate nach der letzten Korrespondenz |
| Handakten | 6 Jahre nach Beendigung des Mandats (§ 50 PAO) |
| Akten zu erteilten Schutzrechten | bis zum Ablauf des Schutzrechts zuzüglich 6 Jahre |
| Rechnungen und Buchungsbelege | 10 Jahre (§ 147 AO, § 257 HGB) |
| Bewerbungsunterlagen | 3 Monate nach Abschluss des Bewerbungsverfahrens |

## 9. Bewerbungen

Bewerbungen für eine Tätigkeit als Patentanwältin oder Patentanwalt, Patentanwaltskandidatin oder Patentanwaltskandidat sowie als Patent- und Markenfachangestellte verarbeiten wir zur Durchführung des Bewerbungsverfahrens (§ 26 BDSG). Wird das Verfahren ohne Einstellung beendet, löschen wir Ihre Unterlagen drei Monate nach Abschluss, sofern Sie nicht in eine längere Speicherung für künftige Stellenbesetzungen eingewilligt haben.

## 10. Ihre Rechte

Sie haben gegenüber uns folgende Rechte hinsichtlich der Sie betreffenden personenbezogenen Daten:

- Recht auf Auskunft (Art. 15 DSGVO)
- Recht auf Berichtigung (Art. 16 DSGVO) und Löschung (Art. 17 DSGVO)
- Recht auf Einschränkung der Verarbeitung (Art. 18 DSGVO)
- Recht auf Datenübertragbarkeit (Art. 20 DSGVO)
- Recht auf Widerruf einer erteilten Einwilligung mit Wirkung für die Zukunft (Art. 7 Abs. 3 DSGVO)

**Widerspruchsrecht:** Soweit wir Ihre Daten auf Grundlage von Art. 6 Abs. 1 lit. f DSGVO verarbeiten, können Sie der Verarbeitung aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit widersprechen (Art. 21 DSGVO).

Bitte beachten Sie, dass das Auskunftsrecht nach § 29 Abs. 1 Satz 2 BDSG eingeschränkt ist, soweit durch die Auskunft Informationen offenbart würden, die wegen der beruflichen Verschwiegenheit geheim gehalten werden müssen.

## 11. Beschwerderecht

Sie haben das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren. Für uns zuständig ist:

@ Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)
@ Promenade 18
@ 91522 Ansbach
@ [www.lda.bayern.de](https://www.lda.bayern.de)

## 12. Änderungen dieser Datenschutzerklärung

Wir passen diese Datenschutzerklärung an, wenn sich unsere Datenverarbeitung oder die Rechtslage ändert. Es gilt die jeweils auf dieser Seite veröffentlichte Fassung."""

EDITS = [
    {"note": "typo fixed: 'Datenschutzbeauftragen' -> 'Datenschutzbeauftragten' (date not bumped)", "bump": False,
     "repl": [("Unseren externen Datenschutzbeauftragen", "Unseren externen Datenschutzbeauftragten")]},
    {"note": "processor added to the table: DeepL SE (translation of priority documents)",
     "repl": [("| Hetzner Online GmbH | Hosting der Website und des Upload-Bereichs | Gunzenhausen, Deutschland |",
               "| Hetzner Online GmbH | Hosting der Website und des Upload-Bereichs | Gunzenhausen, Deutschland |\n"
               "| DeepL SE | Maschinelle Übersetzung von Prioritätsunterlagen und Bescheiden (DeepL Pro) | Köln, Deutschland |")]},
    {"note": "subsection added: proceedings before the Unified Patent Court (CMS of the UPC)",
     "repl": [("oder auf Grundlage von Standardvertragsklauseln der EU-Kommission.",
               "oder auf Grundlage von Standardvertragsklauseln der EU-Kommission.\n\n"
               "### Verfahren vor dem Einheitlichen Patentgericht\n\n"
               "Vertreten wir Sie vor dem Einheitlichen Patentgericht (UPC), reichen wir Schriftsätze und Anlagen über "
               "dessen elektronisches Fallverwaltungssystem (CMS) ein. Das Gericht verarbeitet diese Daten in eigener "
               "Verantwortung; Entscheidungen werden nach der Verfahrensordnung des Gerichts veröffentlicht. Auf "
               "Antrag können personenbezogene Daten in veröffentlichten Entscheidungen unkenntlich gemacht werden.")]},
    {"note": "retention for job applications changed from three to six months (table and section 9)",
     "repl": [("| Bewerbungsunterlagen | 3 Monate nach Abschluss des Bewerbungsverfahrens |",
               "| Bewerbungsunterlagen | 6 Monate nach Abschluss des Bewerbungsverfahrens |"),
              ("löschen wir Ihre Unterlagen drei Monate nach Abschluss",
               "löschen wir Ihre Unterlagen sechs Monate nach Abschluss")]},
    {"note": "the firm moved: new street address and telephone number of the controller",
     "repl": [("@ Widenmayerstraße 12\n@ 80538 München\n@ Telefon: +49 89 2123 4560",
               "@ Maximilianstraße 35\n@ 80539 München\n@ Telefon: +49 89 4520 7700")]},
]

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


UPGRADE = dt.datetime(2024, 4, 15)

NEWS = [
    (dt.date(2021, 11, 30), "Neue Gebührenordnung des EPA ab April 2022"),
    (dt.date(2022, 2, 14), "Dr. Lena Brandauer zur Partnerin ernannt"),
    (dt.date(2022, 6, 1), "Einheitspatent: Was Anmelder jetzt wissen müssen"),
    (dt.date(2022, 10, 12), "Vortrag auf dem IP-Forum München: Software-Erfindungen"),
    (dt.date(2023, 1, 16), "Sunrise Period beim UPC beginnt am 1. März 2023"),
    (dt.date(2023, 6, 1), "Das Einheitliche Patentgericht hat seine Arbeit aufgenommen"),
    (dt.date(2023, 9, 26), "JUVE Handbuch 2023/2024: Empfehlung im Patentrecht"),
    (dt.date(2024, 1, 22), "DPMA: Neue Regeln für die elektronische Akteneinsicht"),
    (dt.date(2024, 4, 8), "Webinar: Opt-out aus dem UPC nach Ablauf der Übergangszeit?"),
    (dt.date(2024, 7, 3), "Patentanwaltskandidat (m/w/d) Elektrotechnik gesucht"),
    (dt.date(2024, 9, 2), "BGH zur Erfindervergütung: Was Arbeitgeber jetzt beachten müssen"),
    (dt.date(2024, 11, 18), "EPA: Änderungen bei der Teilanmeldung ab 2025"),
    (dt.date(2025, 2, 10), "Markenanmeldungen: neue Klassifikation Nizza 13-2025"),
    (dt.date(2025, 4, 28), "JUVE Patent Ranking 2025: erneut empfohlen"),
]

PARTNERS = [
    (dt.date(2000, 1, 1), ["Dipl.-Ing. Jörg Hoffmeister, Patentanwalt, European Patent Attorney",
                           "Dr. rer. nat. Sabine Kranz, Patentanwältin, European Patent Attorney"]),
    (dt.date(2022, 2, 14), ["Dr.-Ing. Lena Brandauer, Patentanwältin, European Patent Attorney, UPC Representative"]),
    (dt.date(2023, 11, 1), ["Dipl.-Phys. Tobias Reinhold, Patentanwalt, European Patent Attorney"]),
    (dt.date(2025, 1, 1), ["Dr. Miriam Oztürk, Rechtsanwältin (Of Counsel)"]),
]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    v12 = when >= UPGRADE
    s["typo3"] = "12.4" if v12 else "11.5"
    s["assets"] = C.keep_or(rng, prev.get("assets") if prev.get("typo3") == s["typo3"] else None, 0.15,
                            lambda: C.epoch(when) - rng.randint(3600, 86400 * 9))
    s["form"] = (C.alnum(rng, 8, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"), C.hexs(rng, 40),
                 C.b64tok(rng, 96))
    if v12:
        s["nonce"] = C.b64tok(rng, 24).rstrip("=")
    s["news"] = tuple(t for d, t in sorted(NEWS, reverse=True) if d <= when.date())[:3]
    people = []
    for d, ps in PARTNERS:
        if d <= when.date():
            people.extend(ps)
    s["impressum"] = tuple(people)
    s["badge"] = "JUVE Patent 2025" if when.year >= 2025 else "JUVE Patent 2022-2024"
    return s


LABELS = {"typo3": "TYPO3 upgrade 11.5 -> 12.4", "assets": "asset ?timestamps (deploy)",
          "form": "EXT:form honeypot name, __state and __trustedProperties (per request)",
          "nonce": "CSP nonce (per response)", "news": "'Aktuelles' teaser in the sidebar",
          "impressum": "Impressum content element beside the policy (partners)",
          "badge": "rankings badge in the sidebar", "address": "firm's address in the Impressum and footer"}


def rte(blocks):
    out = []
    for kind, v in blocks:
        if kind == "table":
            head = "".join("<th>%s</th>" % C.inline_html(x) for x in v[0])
            body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r) for r in v[1:])
            out.append('<table class="contenttable"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>'
                       % (head, body))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br> ".join(C.inline_html(x) for x in v))
        else:
            out.append(C.block_html((kind, v)))
    return "\n".join(out)


def render(state, blocks, when):
    v12 = state["typo3"] == "12.4"
    ts = state["assets"]
    hp, tp, st = state["form"]
    nonce = ' nonce="%s"' % state["nonce"] if v12 else ""
    if v12:
        css = ['/_assets/9a1c5e0f3b7d2a8e4c6b1f0d9e3a7c52/Css/bootstrap.min.css?%d' % ts,
               '/_assets/9a1c5e0f3b7d2a8e4c6b1f0d9e3a7c52/Css/main.css?%d' % ts]
        js = ['/_assets/9a1c5e0f3b7d2a8e4c6b1f0d9e3a7c52/JavaScript/bootstrap.bundle.min.js?%d' % ts,
              '/_assets/9a1c5e0f3b7d2a8e4c6b1f0d9e3a7c52/JavaScript/main.js?%d' % ts,
              '/_assets/948410ace0dfa9ad00627133d9ca8a23/JavaScript/Frontend/form.js?%d' % (ts - 400)]
        copy = "1998-2024"
    else:
        css = ['/typo3temp/assets/compressed/merged-4b8e0c2f7a1d95e3c6f0b2a7d1e8c4f9-%s.css?%d'
               % (C.det_sha("css", ts)[:32], ts)]
        js = ['/typo3temp/assets/compressed/merged-8f2a6c1e9d0b3f7a5c4e2d1b0a9f8e7d-%s.js?%d'
              % (C.det_sha("js", ts)[:32], ts)]
        copy = "1998-2023"
    h = []
    h.append('<!DOCTYPE html>\n<html lang="de-DE">\n<head>\n\n<meta charset="utf-8">\n<!-- \n\tThis website is '
             'powered by TYPO3 - inspiring people to share!\n\tTYPO3 is a free open source Content Management '
             'Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.\n\tTYPO3 is copyright %s '
             'of Kasper Skaarhoj. Extensions are copyright of their respective owners.\n\tInformation and '
             'contribution at https://typo3.org/\n-->\n\n' % copy)
    h.append('<base href="https://www.hoffmeister-kranz.de/">\n<title>Impressum &amp; Datenschutz | Hoffmeister &amp; '
             'Kranz Patentanwälte</title>\n<meta name="generator" content="TYPO3 CMS">\n<meta name="viewport" '
             'content="width=device-width, initial-scale=1">\n<meta name="robots" content="noindex,follow">\n'
             '<meta property="og:title" content="Impressum &amp; Datenschutz">\n<meta name="twitter:card" '
             'content="summary">\n\n')
    for c in css:
        h.append('<link rel="stylesheet" href="%s" media="all"%s>\n' % (c, nonce))
    h.append('<link rel="icon" href="/_assets/9a1c5e0f3b7d2a8e4c6b1f0d9e3a7c52/Icons/favicon.ico" type="image/'
             'vnd.microsoft.icon">\n' if v12 else
             '<link rel="shortcut icon" href="/typo3conf/ext/hk_sitepackage/Resources/Public/Icons/favicon.ico" '
             'type="image/vnd.microsoft.icon">\n')
    h.append('<link rel="canonical" href="https://www.hoffmeister-kranz.de/impressum-datenschutz/">\n')
    h.append('<link rel="alternate" hreflang="de-DE" href="https://www.hoffmeister-kranz.de/impressum-datenschutz/">\n'
             '<link rel="alternate" hreflang="en-GB" href="https://www.hoffmeister-kranz.de/en/imprint-privacy/">\n'
             '<link rel="alternate" hreflang="x-default" href="https://www.hoffmeister-kranz.de/impressum-datenschutz/">\n')
    h.append('<script%s>\n  var _paq = window._paq = window._paq || [];\n  _paq.push(["disableCookies"]);\n  '
             '_paq.push(["trackPageView"]);\n  _paq.push(["enableLinkTracking"]);\n  (function() {\n    var u="https://'
             'stats.hoffmeister-kranz.de/";\n    _paq.push(["setTrackerUrl", u+"matomo.php"]);\n    _paq.push(["setSiteId", '
             '"1"]);\n    var d=document, g=d.createElement("script"), s=d.getElementsByTagName("script")[0];\n    g.async=true; '
             'g.src=u+"matomo.js"; s.parentNode.insertBefore(g,s);\n  })();\n</script>\n</head>\n' % nonce)
    h.append('<body id="p42" class="page-42 pagelevel-1 language-0 backendlayout-subnavigation_right layout-default">\n')
    h.append('<a class="visually-hidden-focusable" href="#page-content">Zum Inhalt springen</a>\n')
    h.append('<header class="site-header"><nav class="navbar navbar-expand-lg navbar-light" aria-label="Hauptnavigation">'
             '<div class="container"><a class="navbar-brand" href="/"><img src="/fileadmin/user_upload/logo/'
             'hoffmeister-kranz-logo.svg" width="240" height="48" alt="Hoffmeister &amp; Kranz Patentanwälte"></a>'
             '<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainnav" '
             'aria-controls="mainnav" aria-expanded="false" aria-label="Navigation umschalten"><span class="navbar-'
             'toggler-icon"></span></button><div class="collapse navbar-collapse" id="mainnav"><ul class="navbar-nav '
             'ms-auto">')
    for href, t in (("/kanzlei/", "Kanzlei"), ("/team/", "Team"), ("/patente/", "Patente"), ("/marken-designs/",
                    "Marken &amp; Designs"), ("/upc/", "UPC"), ("/aktuelles/", "Aktuelles"), ("/karriere/",
                    "Karriere"), ("/kontakt/", "Kontakt")):
        h.append('<li class="nav-item"><a class="nav-link" href="%s">%s</a></li>' % (href, t))
    h.append('</ul><ul class="navbar-nav lang-nav"><li class="nav-item active"><span class="nav-link">DE</span></li>'
             '<li class="nav-item"><a class="nav-link" href="/en/imprint-privacy/" hreflang="en-GB">EN</a></li></ul>'
             '</div></div></nav></header>\n')
    h.append('<div class="page-header"><div class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb">'
             '<li class="breadcrumb-item"><a href="/">Startseite</a></li><li class="breadcrumb-item active" '
             'aria-current="page">Impressum &amp; Datenschutz</li></ol></nav></div></div>\n')
    h.append('<main id="page-content" class="container"><div class="row"><div class="col-lg-8 maincontent">\n'
             '<!--TYPO3SEARCH_begin-->\n')
    people = state["impressum"]
    moved = any("Maximilianstraße 35" in x for k, v in blocks if k == "addr" for x in v)
    street = "Maximilianstraße 35" if moved else "Widenmayerstraße 12"
    state["address"] = street  # the Impressum and the footer follow the policy's move
    plz = "80539" if street.startswith("Max") else "80538"
    h.append('<div id="c112" class="frame frame-default frame-type-text frame-layout-0 frame-space-after-medium">'
             '<header><h1 class="">Impressum</h1></header><p><strong>Hoffmeister &amp; Kranz Patentanwälte PartG mbB'
             '</strong><br> %s<br> %s München</p><p>Telefon: +49 89 %s<br> E-Mail: kanzlei@hoffmeister-kranz.de</p>'
             '<p>Partnerschaftsregister: Amtsgericht München, PR 1873<br> USt-IdNr.: DE 812 447 196</p>'
             '<h3>Vertretungsberechtigte Partner und Berufsträger</h3><ul>%s</ul><p>Die Patentanwältinnen und '
             'Patentanwälte sind Mitglieder der Patentanwaltskammer, Tal 29, 80331 München. Berufsrechtliche '
             'Regelungen: Patentanwaltsordnung (PAO), Berufsordnung der Patentanwälte (BOPA), einsehbar unter '
             '<a href="https://www.patentanwalt.de" target="_blank" rel="noreferrer">www.patentanwalt.de</a>.</p>'
             '<p>Berufshaftpflichtversicherung: HDI Versicherung AG, HDI-Platz 1, 30659 Hannover; räumlicher '
             'Geltungsbereich: weltweit.</p></div>\n'
             % (html.escape(street), plz, "4520 7700" if street.startswith("Max") else "2123 4560",
                "".join("<li>%s</li>" % html.escape(p) for p in people)))
    head = blocks[0]
    h.append('<div id="c113" class="frame frame-default frame-type-text frame-layout-0">'
             '<header><h1 class="">%s</h1></header>%s</div>\n' % (C.inline_html(head[1]), rte(blocks[1:])))
    h.append('<!--TYPO3SEARCH_end-->\n</div>\n<aside class="col-lg-4 subcontent">')
    h.append('<div id="c57" class="frame frame-default frame-type-news_newsliststicky frame-layout-0"><header>'
             '<h2 class="">Aktuelles</h2></header><div class="news"><div class="news-list-view" id="news-container-57">')
    for n, t in enumerate(state["news"]):
        d = [d for d, x in NEWS if x == t][0]
        h.append('<div class="article articletype-0" itemscope="itemscope" itemtype="http://schema.org/Article">'
                 '<div class="header"><h3><a title="%s" href="/aktuelles/detail/%s/"><span itemprop="headline">%s'
                 '</span></a></h3></div><div class="footer"><p><span class="news-list-date"><time itemprop='
                 '"datePublished" datetime="%s">%s</time></span></p></div></div>'
                 % (html.escape(t), C.det_sha(t)[:6], html.escape(t), d.isoformat(), d.strftime("%d.%m.%Y")))
    h.append('</div></div></div>')
    h.append('<div id="c58" class="frame frame-default frame-type-image frame-layout-0"><div class="ce-image '
             'ce-center ce-above"><div class="ce-gallery" data-ce-columns="1" data-ce-images="1"><figure class="image">'
             '<img class="image-embed-item" src="/fileadmin/_processed_/6/2/csm_juve-patent-badge_%s.png" '
             'width="180" height="180" loading="lazy" alt="JUVE Patent empfohlen"></figure></div></div></div>'
             % ("3f0a9c21e4" if state["badge"] < "JUVE Patent 2025" else "b71d04e58a"))
    h.append('</aside></div></main>\n')
    # footer with the EXT:form callback form
    fid = "rueckruf-183"
    h.append('<footer class="site-footer"><div class="container"><div class="row"><div class="col-md-6">'
             '<div id="c9" class="frame frame-default frame-type-form_formframework frame-layout-0"><header>'
             '<h2 class="">Rückruf anfordern</h2></header>')
    h.append('<form enctype="multipart/form-data" method="post" id="%s" action="/impressum-datenschutz/?tx_form_'
             'formframework%%5Baction%%5D=perform&amp;tx_form_formframework%%5Bcontroller%%5D=FormFrontend&amp;'
             'cHash=%s#%s">' % (fid, C.det_sha("chash", "42")[:32], fid))
    h.append('<div><input type="hidden" name="tx_form_formframework[%s][__state]" value="%s%s">'
             '<input type="hidden" name="tx_form_formframework[__trustedProperties]" value="{&quot;%s&quot;:{&quot;'
             'text-1&quot;:1,&quot;text-2&quot;:1,&quot;checkbox-1&quot;:1,&quot;%s&quot;:1,&quot;__currentPage&quot;'
             ':1}}%s"></div>' % (fid, st, C.hexs(C.random.Random(st), 40), fid, hp, tp))
    h.append('<div class="form-group"><label class="form-label" for="%s-text-1">Name<span class="required">*</span>'
             '</label><div class="input"><input required="required" class="form-control" id="%s-text-1" type="text" '
             'name="tx_form_formframework[%s][text-1]" value=""></div></div>' % (fid, fid, fid))
    h.append('<div class="form-group"><label class="form-label" for="%s-text-2">Telefon<span class="required">*'
             '</span></label><div class="input"><input required="required" class="form-control" id="%s-text-2" '
             'type="tel" name="tx_form_formframework[%s][text-2]" value=""></div></div>' % (fid, fid, fid))
    h.append('<input autocomplete="new-%s" aria-hidden="true" id="%s-%s" style="position:absolute; margin:0 0 0 '
             '-999em;" tabindex="-1" type="text" name="tx_form_formframework[%s][%s]">' % (hp, fid, hp, fid, hp))
    h.append('<div class="form-check"><input type="hidden" name="tx_form_formframework[%s][checkbox-1]" value="">'
             '<input required="required" class="form-check-input" id="%s-checkbox-1" type="checkbox" name="tx_form_'
             'formframework[%s][checkbox-1]" value="1"><label class="form-check-label" for="%s-checkbox-1">Ich habe '
             'die Datenschutzerklärung gelesen.</label></div>' % (fid, fid, fid, fid))
    h.append('<div class="actions"><nav class="form-navigation"><div class="btn-toolbar" role="toolbar">'
             '<div class="btn-group" role="group"><span class="btn-group next submit"><button class="btn btn-primary" '
             'type="submit" name="tx_form_formframework[%s][__currentPage]" value="1">Absenden</button></span></div>'
             '</div></nav></div></form></div></div>' % fid)
    h.append('<div class="col-md-6"><p class="footer-address">Hoffmeister &amp; Kranz Patentanwälte PartG mbB<br>%s, '
             '%s München</p><ul class="footer-nav"><li><a href="/impressum-datenschutz/">Impressum &amp; Datenschutz'
             '</a></li><li><a href="#" data-cookieman-showonce="0" class="cookieman-settings">Cookie-Einstellungen</a>'
             '</li><li><a href="/barrierefreiheit/">Barrierefreiheit</a></li></ul><p class="copyright">&copy; %d '
             'Hoffmeister &amp; Kranz</p></div></div></div></footer>\n' % (html.escape(street), plz, when.year))
    h.append('<div id="cookieman-modal" data-cookieman-showonce="1" data-cookieman-accept-all-on-save="1" '
             'class="modal fade" tabindex="-1" role="dialog" aria-labelledby="cookieman-modal-title" aria-hidden="true">'
             '<div class="modal-dialog modal-lg modal-dialog-centered" role="document"><div class="modal-content">'
             '<div class="modal-header"><h5 class="modal-title" id="cookieman-modal-title">Datenschutz-Einstellungen'
             '</h5></div><div class="modal-body"><p>Wir verwenden Matomo ohne Cookies zur Reichweitenmessung. Sie '
             'können dem hier widersprechen.</p><form data-cookieman-form class="mt-3" data-cookieman-dnt-enabled='
             '"Sie haben bereits über die Do-Not-Track-Funktion Ihres Browsers der Erstellung von Nutzungsprofilen '
             'widersprochen."><div class="form-check"><input class="form-check-input" type="checkbox" name="mandatory" '
             'id="cookieman-mandatory" checked disabled><label class="form-check-label" for="cookieman-mandatory">'
             'Notwendig</label></div><div class="form-check"><input class="form-check-input" type="checkbox" '
             'name="statistics" id="cookieman-statistics"><label class="form-check-label" for="cookieman-statistics">'
             'Statistik</label></div></form></div><div class="modal-footer"><button type="button" class="btn '
             'btn-primary" data-cookieman-save data-bs-dismiss="modal">Speichern</button></div></div></div></div>\n')
    for j in js:
        h.append('<script src="%s"%s></script>\n' % (j, nonce))
    h.append('<script src="/%s/cookieman/Resources/Public/Js/cookieman.min.js?%d"%s></script>\n'
             % ("_assets/b8c1e3d25a0f47968e2d1c0b9a7f3e64" if v12 else "typo3conf/ext", ts - 7200, nonce))
    h.append('</body>\n</html>')
    return "".join(h)


PAGE = {
    "service": "Hoffmeister Kranz",
    "url": "https://www.hoffmeister-kranz.de/impressum-datenschutz/",
    "lang": "de",
    "platform": "TYPO3 11.5 -> 12.4 (fluid_styled_content, EXT:form, cookieman)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("X-Frame-Options", "SAMEORIGIN"), ("Vary", "Accept-Encoding")),
    "n": 30,
    "start": dt.date(2022, 3, 1),
    "end": dt.date(2025, 6, 20),
    "policy": POLICY,
    "first_updated": dt.date(2021, 11, 8),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.hoffmeister-kranz.de/impressum-datenschutz/", "select": "#c113"},
}
