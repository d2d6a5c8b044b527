"""Tresorio (German password manager), privacy policy on TYPO3 12 LTS with bootstrap_package 14 (Bootstrap 5),
German. The policy's title and preamble are a text content element (#c212), its sections the items of a
collapsed accordion content element (#c213); a second document, the applicants' privacy notice, is the next
content element on the same page (#c214, not declared).

Fairly clean: a CSP nonce per visit (TYPO3 12 frontend CSP) on every script/link tag, the applicants' notice
revised once (beside the declared elements), the merged-asset hash and ?timestamp at deploys."""
import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

URL = "https://www.tresorio.de/datenschutz"

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
# Datenschutzerklärung

Stand: {UPDATED}

Tresorio ist ein Passwortmanager mit Ende-zu-Ende-Verschlüsselung „Made in Germany“. Ihre Passwörter, Notizen und Dokumente werden ausschließlich auf Ihren Geräten ver- und entschlüsselt. Mit dieser Datenschutzerklärung informieren wir Sie darüber, welche personenbezogenen Daten wir bei der Nutzung unserer Apps, Browsererweiterungen und unserer Website verarbeiten, zu welchen Zwecken dies geschieht und welche Rechte Ihnen zustehen.

## 1. Verantwortlicher

Verantwortlich für die Datenverarbeitung im Sinne der Datenschutz-Grundverordnung (DSGVO) ist:

@ Tresorio GmbH
@ Kaiserstraße 94
@ 76133 Karlsruhe
@ Handelsregister: Amtsgericht Mannheim, HRB 734512
@ E-Mail: [kontakt@tresorio.de](mailto:kontakt@tresorio.de)

Unseren externen Datenschutzbeauftragten erreichen Sie unter [datenschutz@tresorio.de](mailto:datenschutz@tresorio.de) oder unter unserer Postanschrift mit dem Zusatz „z. Hd. Datenschutzbeauftragter“.

## 2. Zero-Knowledge-Prinzip

Ihr Master-Passwort verlässt niemals Ihr Gerät. Aus dem Master-Passwort wird lokal mit dem Verfahren Argon2id ein Schlüssel abgeleitet, mit dem Ihr Tresor nach dem Standard AES-256-GCM verschlüsselt wird. Auf unseren Servern liegen ausschließlich verschlüsselte Daten, die wir nicht lesen können. Wir können Ihr Master-Passwort daher weder einsehen noch zurücksetzen.

Welche Einträge Sie speichern, für welche Websites Sie Zugangsdaten hinterlegt haben und welche Inhalte Ihre Notizen haben, ist für uns technisch nicht einsehbar.

Damit Sie bei einem vergessenen Master-Passwort nicht den Zugang zu Ihren Daten verlieren, erzeugt die App bei der Einrichtung ein Notfall-Kit mit einem Wiederherstellungsschlüssel. Dieses Kit wird lokal auf Ihrem Gerät erstellt; wir erhalten davon keine Kopie. Bewahren Sie es bitte ausgedruckt oder offline an einem sicheren Ort auf. Ohne Master-Passwort und ohne Wiederherstellungsschlüssel können auch wir Ihren Tresor nicht wiederherstellen.

## 3. Welche Daten wir verarbeiten

- **Kontodaten:** E-Mail-Adresse, gewählte Sprache, Tarif, Datum der Registrierung sowie ein Prüfwert Ihres Master-Passworts, der keine Rückschlüsse auf das Passwort selbst zulässt.
- **Verschlüsselte Tresordaten:** die verschlüsselten Inhalte Ihres Tresors sowie deren Größe und der Zeitpunkt der letzten Synchronisierung.
- **Gerätedaten:** Gerätename, Betriebssystem, App-Version sowie Zeitpunkt und IP-Adresse der Anmeldung neuer Geräte.
- **Zahlungsdaten:** Rechnungsanschrift, Zahlungsart und Rechnungen. Kartendaten erhalten wir nicht.
- **Supportanfragen:** Inhalt Ihrer Nachrichten und von Ihnen übermittelte Anhänge.

Diagnosedaten wie Absturzberichte übermitteln unsere Apps nur, wenn Sie dies in den Einstellungen ausdrücklich aktiviert haben. Diese Berichte enthalten keine Inhalte Ihres Tresors.

### Familien- und Business-Konten

Nutzen Sie Tresorio im Rahmen eines Familien- oder Business-Kontos, sieht die verwaltende Person Ihren Namen, Ihre E-Mail-Adresse, den Status Ihres Kontos und die mit Ihnen geteilten Sammlungen. Auf Ihre privaten Einträge hat sie keinen Zugriff. Bei Business-Konten ist Ihr Arbeitgeber für die Verarbeitung im Rahmen der Kontoverwaltung verantwortlich; wir handeln insoweit als Auftragsverarbeiter.

## 4. Zwecke und Rechtsgrundlagen

| Zweck | Rechtsgrundlage |
| Bereitstellung und Synchronisierung Ihres Tresors | Art. 6 Abs. 1 lit. b DSGVO (Vertrag) |
| Schutz Ihres Kontos vor unbefugten Anmeldungen | Art. 6 Abs. 1 lit. f DSGVO (berechtigtes Interesse) |
| Abrechnung und Erfüllung steuerrechtlicher Pflichten | Art. 6 Abs. 1 lit. c DSGVO (rechtliche Verpflichtung) |
| Bearbeitung von Supportanfragen | Art. 6 Abs. 1 lit. b DSGVO |
| Newsletter und Produktneuigkeiten | Art. 6 Abs. 1 lit. a DSGVO (Einwilligung) |
| Fehleranalyse anhand von Diagnosedaten | Art. 6 Abs. 1 lit. a DSGVO |

Eine Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen, zum Beispiel über den Abmeldelink im Newsletter oder in den App-Einstellungen.

## 5. Empfänger und Auftragsverarbeiter

Wir geben Ihre Daten nicht an Dritte weiter, um damit Geld zu verdienen. Wir setzen sorgfältig ausgewählte Dienstleister ein, die Ihre Daten ausschließlich nach unserer Weisung verarbeiten:

| Dienstleister | Leistung | Standort |
| Hetzner Online GmbH | Hosting der Server | Deutschland |
| Stripe Payments Europe, Ltd. | Zahlungsabwicklung | Irland |
| Freshworks GmbH | Kundensupport | Deutschland |
| rapidmail GmbH | Newsletterversand | Deutschland |

Alle Server, auf denen Tresordaten gespeichert werden, befinden sich in Rechenzentren in Nürnberg und Falkenstein.

## 6. Übermittlung in Drittländer

Eine Übermittlung personenbezogener Daten in Länder außerhalb der EU findet grundsätzlich nicht statt. Soweit ein Dienstleister Unterauftragnehmer in den USA einsetzt, erfolgt dies auf Grundlage des EU-U.S. Data Privacy Framework oder von Standardvertragsklauseln der Europäischen Kommission.

## 7. Speicherdauer

- Kontodaten und verschlüsselte Tresordaten speichern wir, bis Sie Ihr Konto löschen. Danach werden sie innerhalb von 30 Tagen auch aus unseren Sicherungen entfernt.
- Serverprotokolle mit IP-Adressen löschen wir nach 14 Tagen.
- Rechnungen bewahren wir gemäß § 147 AO und § 257 HGB zehn Jahre auf.
- Supportanfragen löschen wir zwei Jahre nach Abschluss der Anfrage.

## 8. Datensicherheit

Neben der Ende-zu-Ende-Verschlüsselung schützen wir unsere Systeme durch Zwei-Faktor-Authentifizierung für alle Mitarbeitenden, regelmäßige Penetrationstests durch unabhängige Prüfer und ein Informationssicherheits-Managementsystem nach ISO/IEC 27001 auf Basis von IT-Grundschutz. Die Ergebnisse unserer Sicherheitsaudits veröffentlichen wir auf unserer Website. Sicherheitslücken können Sie uns über unser Bug-Bounty-Programm melden.

## 9. Ihre Rechte

Sie haben nach der DSGVO das Recht auf:

- Auskunft über die zu Ihrer Person gespeicherten Daten (Art. 15 DSGVO),
- Berichtigung unrichtiger Daten (Art. 16 DSGVO),
- Löschung (Art. 17 DSGVO),
- Einschränkung der Verarbeiung (Art. 18 DSGVO),
- Datenübertragbarkeit (Art. 20 DSGVO),
- Widerspruch gegen Verarbeitungen auf Grundlage berechtigter Interessen (Art. 21 DSGVO).

Ihren Tresor können Sie jederzeit in der App als verschlüsselte oder unverschlüsselte Datei exportieren. Außerdem haben Sie das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren. Zuständig für uns ist:

@ Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg
@ Lautenschlagerstraße 20
@ 70173 Stuttgart

## 10. Cookies und Reichweitenmessung auf der Website

Unsere Website verwendet nur technisch notwendige Cookies. Zur Reichweitenmessung nutzen wir eine selbst gehostete Instanz von Matomo ohne Cookies; IP-Adressen werden dabei vor der Speicherung um zwei Bytes gekürzt. In unseren Apps und Browsererweiterungen gibt es kein Tracking.

## 11. Änderungen dieser Datenschutzerklärung

Wir passen diese Datenschutzerklärung an, wenn sich unsere Dienste oder die Rechtslage ändern. Über wesentliche Änderungen informieren wir registrierte Nutzerinnen und Nutzer per E-Mail.
"""

EDITS = [
    {"note": "processor added (Mailjet for transactional e-mail)",
     "repl": [("| rapidmail GmbH | Newsletterversand | Deutschland |",
               "| rapidmail GmbH | Newsletterversand | Deutschland |\n"
               "| Mailjet SAS | Versand von System-E-Mails | Frankreich |")]},
    {"note": "subsection on breach warnings (k-anonymity hash prefix lookup) added to section 3",
     "repl": [("### Familien- und Business-Konten",
               "### Datenleck-Warnungen\n\n"
               "Wenn Sie die Funktion „Datenleck-Warnungen“ aktivieren, prüft die App, ob Ihre Passwörter oder "
               "E-Mail-Adressen in bekannten Datenlecks vorkommen. Dazu übermittelt die App nur die ersten fünf "
               "Zeichen eines SHA-1-Hashwerts an unseren Server. Das vollständige Passwort oder der vollständige "
               "Hashwert verlässt Ihr Gerät nicht.\n\n"
               "### Familien- und Business-Konten")]},
    {"note": "server log retention shortened from 14 to 7 days",
     "repl": [("Serverprotokolle mit IP-Adressen löschen wir nach 14 Tagen.",
               "Serverprotokolle mit IP-Adressen löschen wir nach 7 Tagen.")]},
    {"note": "typo fixed ('Verarbeiung' -> 'Verarbeitung'), no new date", "bump": False,
     "repl": [("Einschränkung der Verarbeiung", "Einschränkung der Verarbeitung")]},
    {"note": "company moved within Karlsruhe (address block changed)",
     "repl": [("@ Kaiserstraße 94\n@ 76133 Karlsruhe", "@ Ludwig-Erhard-Allee 10\n@ 76131 Karlsruhe")]},
]

APPLICANTS = [
    """## Datenschutzhinweise für Bewerberinnen und Bewerber

Wenn Sie sich bei uns bewerben, verarbeiten wir die Daten, die Sie uns mit Ihrer Bewerbung übermitteln, also insbesondere Name, Kontaktdaten, Lebenslauf, Zeugnisse und Ihre Angaben im Bewerbungsgespräch. Rechtsgrundlage ist § 26 BDSG in Verbindung mit Art. 88 DSGVO.

Für die Verwaltung der Bewerbungen nutzen wir die Software Personio der Personio SE & Co. KG, München. Ihre Unterlagen sind nur den an der Auswahl beteiligten Personen zugänglich.

Kommt kein Arbeitsverhältnis zustande, löschen wir Ihre Bewerbungsunterlagen sechs Monate nach Abschluss des Verfahrens, sofern Sie nicht in eine längere Speicherung für künftige Stellen eingewilligt haben.""",
    """## Datenschutzhinweise für Bewerberinnen und Bewerber

Wenn Sie sich bei uns bewerben, verarbeiten wir die Daten, die Sie uns mit Ihrer Bewerbung übermitteln, also insbesondere Name, Kontaktdaten, Lebenslauf, Zeugnisse und Ihre Angaben im Bewerbungsgespräch. Rechtsgrundlage ist Art. 6 Abs. 1 lit. b DSGVO; auf § 26 BDSG stützen wir die Verarbeitung seit dem Urteil des Europäischen Gerichtshofs vom 30. März 2023 nicht mehr.

Für die Verwaltung der Bewerbungen nutzen wir die Software Personio der Personio SE & Co. KG, München. Ihre Unterlagen sind nur den an der Auswahl beteiligten Personen zugänglich. Videointerviews führen wir über eine selbst betriebene Jitsi-Instanz.

Kommt kein Arbeitsverhältnis zustande, löschen wir Ihre Bewerbungsunterlagen sechs Monate nach Abschluss des Verfahrens, sofern Sie nicht in eine längere Speicherung für künftige Stellen eingewilligt haben.""",
]
APPLICANTS_V2 = dt.datetime(2023, 9, 4)


def noise(rng, when, i, prev):
    p = prev or {}
    return {
        "nonce": C.b64tok(rng, 30).rstrip("="),
        "deploy": C.keep_or(rng, p.get("deploy"), 0.1,
                            lambda: (C.hexs(rng, 32), C.hexs(rng, 32), C.epoch(when) - rng.randint(3600, 30 * 86400))),
        "applicants": 1 if when >= APPLICANTS_V2 else 0,
    }


LABELS = {"nonce": "CSP nonce (per visit)", "deploy": "merged asset hash and ?timestamp (deploy)",
          "applicants": "applicants' privacy notice revised (the other document on the page)"}

FRAME = ('<div id="c%d" class="frame frame-default frame-type-%s frame-layout-default frame-size-default '
         'frame-height-default frame-background-none frame-space-before-none frame-space-after-none '
         'frame-no-backgroundimage"><div class="frame-group-container"><div class="frame-group-inner">'
         '<div class="frame-container frame-container-default"><div class="frame-inner">%s</div></div></div></div>'
         '</div>')


def accordion(uid, secs):
    items = []
    for n, (h2, bl) in enumerate(secs, 1):
        items.append(
            '<div class="accordion-item">'
            '<h2 class="accordion-header" id="accordion-heading-{uid}-{n}">'
            '<button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" '
            'data-bs-target="#accordion-{uid}-{n}" aria-expanded="false" aria-controls="accordion-{uid}-{n}">'
            '<span class="accordion-title-link-text">{h}</span></button></h2>'
            '<div id="accordion-{uid}-{n}" class="accordion-collapse collapse" '
            'aria-labelledby="accordion-heading-{uid}-{n}" data-bs-parent="#accordion-{uid}">'
            '<div class="accordion-body"><div class="accordion-content accordion-content-left">'
            '<div class="accordion-content-item accordion-content-text">\n{body}\n</div></div></div></div></div>'
            .format(uid=uid, n=n, h=C.inline_html(h2), body=C.blocks_html(bl)))
    return '<div class="accordion" id="accordion-%d">\n%s\n</div>' % (uid, "\n".join(items))


def render(s, blocks, when):
    head, secs = C.split_sections(blocks)
    title = head[0][1]
    nonce = s["nonce"]
    h1, h2, ts = s["deploy"]
    c212 = FRAME % (212, "text", '<header class="frame-header"><h1 class="element-header "><span>%s</span></h1>'
                    '</header>\n%s' % (html.escape(title), C.blocks_html(head[1:])))
    c213 = FRAME % (213, "accordion", accordion(213, secs))
    ab = C.parse_src(APPLICANTS[s["applicants"]])
    c214 = FRAME % (214, "text", '<header class="frame-header"><h2 class="element-header "><span>%s</span></h2>'
                    '</header>\n%s' % (html.escape(ab[0][1]), C.blocks_html(ab[1:])))
    return """<!DOCTYPE html>
<html dir="ltr" lang="de-DE">
<head>

<meta charset="utf-8">
<!-- 
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-{year} of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->


<title>Datenschutzerklärung | Tresorio – Passwortmanager aus Deutschland</title>
<meta http-equiv="x-ua-compatible" content="IE=edge">
<meta name="generator" content="TYPO3 CMS">
<meta name="description" content="Wie Tresorio mit Ihren Daten umgeht: Zero-Knowledge-Verschlüsselung, Hosting in Deutschland, keine Weitergabe.">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<meta name="robots" content="index,follow">
<meta property="og:title" content="Datenschutzerklärung">
<meta property="og:site_name" content="Tresorio">
<meta name="twitter:card" content="summary">
<meta name="apple-mobile-web-app-capable" content="no">
<meta name="google" content="notranslate">

<link rel="stylesheet" href="/typo3temp/assets/bootstrappackage/fonts/284ba9c5345a729d38fc3d3bb72eea6caaef6180abbc77928e15e42297d05f8b/webfont.css?{ts}" media="all" nonce="{nonce}">
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-{h1}-min.css.gz?{ts}" media="all" nonce="{nonce}">



<script nonce="{nonce}">
/*<![CDATA[*/
/*TS_inlineJS*/
var _paq = window._paq = window._paq || [];
_paq.push(['disableCookies']);
_paq.push(['trackPageView']);
_paq.push(['enableLinkTracking']);
(function() {{
  var u="https://stats.tresorio.de/";
  _paq.push(['setTrackerUrl', u+'matomo.php']);
  _paq.push(['setSiteId', '1']);
  var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];
  g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);
}})();

/*]]>*/
</script>

<link rel="prev" href="/impressum"><link rel="next" href="/agb">
<link rel="canonical" href="https://www.tresorio.de/datenschutz"/>

<link rel="alternate" hreflang="de-DE" href="https://www.tresorio.de/datenschutz"/>
<link rel="alternate" hreflang="en-US" href="https://www.tresorio.de/en/privacy"/>
<link rel="alternate" hreflang="x-default" href="https://www.tresorio.de/datenschutz"/>
</head>
<body id="p42" class="page-42 pagelevel-1 language-0 backendlayout-default layout-default">

<div id="top"></div><div class="body-bg"><a class="visually-hidden-focusable page-skip-link" href="#page-content"><span>Zum Hauptinhalt springen</span></a><a class="visually-hidden-focusable page-skip-link" href="#page-footer"><span>Zur Fußzeile springen</span></a><header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top navbar-fixed-top"><div class="container container-mainnavigation"><a class="navbar-brand navbar-brand-image" title="Tresorio" href="/"><img class="navbar-brand-logo-normal" src="/_assets/9d2a0a8f3e1c6b7d4e5f60718293a4b5/Images/tresorio-logo.svg" alt="Tresorio logo" height="52" width="180"></a><button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#mainnavigation" aria-controls="mainnavigation" aria-expanded="false" aria-label="Navigation umschalten"><span class="navbar-toggler-icon"></span></button><nav aria-label="Hauptnavigation" id="mainnavigation" class="collapse navbar-collapse"><ul class="navbar-nav"><li class="nav-item"><a id="nav-item-2" href="/funktionen" class="nav-link" title="Funktionen" aria-current="false"><span class="nav-link-text">Funktionen</span></a></li><li class="nav-item"><a id="nav-item-3" href="/sicherheit" class="nav-link" title="Sicherheit" aria-current="false"><span class="nav-link-text">Sicherheit</span></a></li><li class="nav-item"><a id="nav-item-4" href="/preise" class="nav-link" title="Preise" aria-current="false"><span class="nav-link-text">Preise</span></a></li><li class="nav-item"><a id="nav-item-5" href="/business" class="nav-link" title="Business" aria-current="false"><span class="nav-link-text">Business</span></a></li><li class="nav-item"><a id="nav-item-6" href="/hilfe" class="nav-link" title="Hilfe" aria-current="false"><span class="nav-link-text">Hilfe</span></a></li><li class="nav-item"><a href="https://app.tresorio.de/login" class="nav-link nav-link-cta" title="Anmelden"><span class="nav-link-text">Anmelden</span></a></li></ul></nav></div></header><div class="breadcrumb-section"><div class="container"><p class="visually-hidden" id="breadcrumb">Sie sind hier:</p><ol class="breadcrumb" aria-labelledby="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/" title="Startseite"><span class="breadcrumb-text">Startseite</span></a></li><li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">Datenschutz</span></li></ol></div></div><div id="page-content" class="bp-page-content main-section"><!--TYPO3SEARCH_begin--><div class="section section-default">{c212}

{c213}

{c214}</div><!--TYPO3SEARCH_end--></div><footer id="page-footer" class="bp-page-footer"><section class="section footer-section footer-section-content"><div class="container"><div class="section-row"><div class="section-column footer-section-content-column footer-section-content-column-left"><div id="c5" class="frame frame-default frame-type-text frame-layout-default"><p><strong>Tresorio GmbH</strong><br>Passwörter. Sicher. Aus Karlsruhe.</p></div></div><div class="section-column footer-section-content-column footer-section-content-column-middle"><div id="c6" class="frame frame-default frame-type-menu_pages frame-layout-default"><ul><li><a href="/impressum" title="Impressum"><span>Impressum</span></a></li><li><a href="/datenschutz" title="Datenschutz"><span>Datenschutz</span></a></li><li><a href="/agb" title="AGB"><span>AGB</span></a></li><li><a href="/sicherheit/audits" title="Sicherheitsaudits"><span>Sicherheitsaudits</span></a></li></ul></div></div><div class="section-column footer-section-content-column footer-section-content-column-right"><div id="c7" class="frame frame-default frame-type-html frame-layout-default"><a class="badge-link" href="/sicherheit/audits"><img src="/fileadmin/user_upload/badges/iso27001-bsi.svg" alt="ISO 27001 auf Basis von IT-Grundschutz" width="96" height="96"></a></div></div></div></div></section><section class="section footer-section footer-section-meta"><div class="container"><div class="frame frame-small frame-background-none frame-space-before-none frame-space-after-none"><div class="frame-group-container"><div class="frame-group-inner"><div class="frame-container frame-container-default"><div class="frame-inner"><div class="footer-info-section"><div class="footer-copyright"><p>&copy; {year} Tresorio GmbH</p></div></div></div></div></div></div></div></div></section></footer><a class="scroll-top" title="Nach oben rollen" href="#top"><span class="scroll-top-icon"></span></a></div>
<script src="/typo3temp/assets/compressed/merged-{h2}-min.js.gz?{ts}" nonce="{nonce}"></script>


</body>
</html>
""".format(year=when.year, ts=ts, nonce=nonce, h1=h1, h2=h2, c212=c212, c213=c213, c214=c214)


PAGE = {
    "service": "Tresorio",
    "url": URL,
    "lang": "de",
    "platform": "TYPO3 12 LTS with bootstrap_package 14",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("Content-Language", "de"), ("Vary", "Accept-Encoding"),
                      ("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "strict-origin-when-cross-origin")),
    "n": 29,
    "start": dt.date(2022, 11, 2),
    "end": dt.date(2025, 7, 28),
    "policy": POLICY,
    "first_updated": dt.date(2022, 9, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ["#c212", "#c213"]},
}
