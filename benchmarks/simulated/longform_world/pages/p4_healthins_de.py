"""BKK Weserland (Bremen) - de-DE - TYPO3 v12 (Bootstrap Package), Usercentrics, TYPO3 form framework.

A company health insurer's "Datenschutzhinweise nach Art. 13 und 14 DSGVO": numbered sections, paragraphs
numbered "(1)", "(2)" in the text itself and lettered sub-lists with nested "aa)" items, as editors type them in
the RTE. Well built; ordinary noise: TYPO3 asset cache-busting timestamps, the call-back form's HMAC fields,
the hotline's "erreichbar" status and rotating news teasers in the sidebar."""
import datetime as dt
import re
import common as C

URL = "https://www.bkk-weserland.de/datenschutz/datenschutzhinweise"


def fmt_date(d):
    return d.strftime("%d.%m.%Y")


POLICY = """
# Datenschutzhinweise nach Art. 13 und 14 DSGVO

Stand: {UPDATED}

Der Schutz Ihrer Sozialdaten ist uns ein wichtiges Anliegen. Als gesetzliche Krankenkasse und Pflegekasse verarbeiten wir Ihre personenbezogenen Daten ausschließlich im Rahmen der gesetzlichen Vorschriften, insbesondere der Datenschutz-Grundverordnung (DSGVO), des Ersten, Fünften, Zehnten und Elften Buches Sozialgesetzbuch (SGB I, SGB V, SGB X, SGB XI) sowie des Bundesdatenschutzgesetzes (BDSG). Mit diesen Hinweisen informieren wir Sie über die Verarbeitung Ihrer Daten und über die Ihnen zustehenden Rechte.

## 1. Verantwortliche Stelle

(1) Verantwortlich für die Verarbeitung Ihrer Daten ist:

@ BKK Weserland
@ Körperschaft des öffentlichen Rechts
@ Am Wall 140
@ 28195 Bremen
@ Telefon: 0421 33 09-0
@ E-Mail: [info@bkk-weserland.de](mailto:info@bkk-weserland.de)

(2) Die BKK Weserland wird durch den Vorstand vertreten. Die Pflegekasse bei der BKK Weserland ist eine eigene Körperschaft; für sie gelten diese Hinweise entsprechend.

## 2. Datenschutzbeauftragter

(1) Unseren Datenschutzbeauftragten erreichen Sie unter der oben genannten Anschrift mit dem Zusatz „Datenschutzbeauftragter“ oder per E-Mail an [datenschutz@bkk-weserland.de](mailto:datenschutz@bkk-weserland.de), telefonisch unter 0421 33 09-118.

(2) Bitte senden Sie uns Gesundheitsdaten nicht unverschlüsselt per E-Mail. Nutzen Sie hierfür das Postfach in unserer Online-Geschäftsstelle oder die BKK Weserland App.

## 3. Zwecke und Rechtsgrundlagen der Verarbeitung

(1) Wir verarbeiten Ihre Sozialdaten, soweit dies zur Erfüllung unserer gesetzlichen Aufgaben als Kranken- und Pflegekasse erforderlich ist (§ 284 SGB V, § 94 SGB XI, Art. 6 Abs. 1 Buchst. c und e DSGVO). Gesundheitsdaten verarbeiten wir auf Grundlage von Art. 9 Abs. 2 Buchst. b und h DSGVO in Verbindung mit den genannten Vorschriften des Sozialgesetzbuches.

(2) Die Aufgaben, für die wir Ihre Daten benötigen, sind insbesondere:

- a) die Feststellung des Versicherungsverhältnisses und der Mitgliedschaft, einschließlich der für die Anbahnung eines Versicherungsverhältnisses erforderlichen Daten;
- b) die Ausstellung der elektronischen Gesundheitskarte;
- c) die Feststellung der Beitragspflicht und der Beiträge, deren Tragung und Zahlung;
- d) die Prüfung der Leistungspflicht und die Erbringung von Leistungen an Versicherte, insbesondere
- > aa) Krankengeld, Kinderkrankengeld und Mutterschaftsgeld,
- > bb) Hilfsmittel, häusliche Krankenpflege und Haushaltshilfe,
- > cc) Leistungen zur medizinischen Rehabilitation und Vorsorge;
- e) die Beteiligung des Medizinischen Dienstes der Krankenversicherung (MDK);
- f) die Abrechnung mit den Leistungserbringern, einschließlich der Prüfung der Rechtmäßigkeit und Plausibilität der Abrechnung;
- g) die Durchführung von Erstattungs- und Ersatzansprüchen;
- h) die Vorbereitung, Vereinbarung und Durchführung von Verträgen zur hausarztzentrierten Versorgung, zu besonderen Versorgungsformen und zu strukturierten Behandlungsprogrammen (Disease-Management-Programme);
- i) die Durchführung des Risikostrukturausgleichs.

(3) Soweit wir Sie über unsere Leistungen und Angebote beraten, Sie an Präventionskurse erinnern oder Ihnen individuelle Gesundheitsangebote unterbreiten, die über unsere gesetzlichen Aufgaben hinausgehen, tun wir dies nur mit Ihrer Einwilligung nach Art. 6 Abs. 1 Buchst. a DSGVO. Eine erteilte Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen.

(4) Wenn Sie uns eine Anfrage über das Kontaktformular oder den Rückrufservice senden, verarbeiten wir die dort angegebenen Daten zur Bearbeitung Ihres Anliegens.

## 4. Herkunft der Daten

(1) Wir erheben Ihre Daten grundsätzlich bei Ihnen selbst. Daneben erhalten wir Daten von Dritten, soweit dies gesetzlich vorgesehen ist, insbesondere:

- a) von Ihrem Arbeitgeber im Rahmen des Meldeverfahrens nach der Datenerfassungs- und -übermittlungsverordnung (DEÜV);
- b) von anderen Sozialversicherungsträgern, zum Beispiel der Deutschen Rentenversicherung oder der Bundesagentur für Arbeit;
- c) von Ärztinnen und Ärzten, Krankenhäusern, Apotheken und anderen Leistungserbringern im Rahmen der Abrechnung (§§ 294 ff. SGB V);
- d) vom Medizinischen Dienst im Rahmen von Begutachtungen;
- e) von den Meldebehörden bei Änderungen Ihrer Anschrift.

## 5. Empfänger der Daten

(1) Ihre Sozialdaten unterliegen dem Sozialgeheimnis (§ 35 SGB I). Wir übermitteln sie nur, wenn eine gesetzliche Übermittlungsbefugnis nach den §§ 67d bis 78 SGB X besteht oder Sie eingewilligt haben.

(2) Empfänger können insbesondere sein:

- a) andere Sozialleistungsträger, zum Beispiel Rentenversicherungsträger, Unfallversicherungsträger und die Bundesagentur für Arbeit;
- b) der Medizinische Dienst der Krankenversicherung (MDK);
- c) Leistungserbringer, soweit dies für die Versorgung erforderlich ist;
- d) Ihr Arbeitgeber, soweit es um Meldungen und das Ausgleichsverfahren nach dem Aufwendungsausgleichsgesetz geht, jedoch niemals Diagnosen;
- e) Finanzbehörden, insbesondere im Rahmen der elektronischen Übermittlung der Beiträge zur Kranken- und Pflegeversicherung an das Bundeszentralamt für Steuern;
- f) Gerichte und Strafverfolgungsbehörden im Rahmen der gesetzlichen Vorschriften;
- g) das Bundesamt für Soziale Sicherung im Rahmen des Risikostrukturausgleichs.

(3) Zur Erfüllung unserer Aufgaben setzen wir Dienstleister ein, die Ihre Daten in unserem Auftrag verarbeiten (§ 80 SGB X, Art. 28 DSGVO). Dazu gehören unser Rechenzentrum, die BITMARCK Technik GmbH in Essen, Druck- und Versanddienstleister sowie Scan-Dienstleister für den Posteingang. Die Auftragsverarbeiter sind vertraglich an unsere Weisungen gebunden und werden regelmäßig kontrolliert. Eine Auftragsverarbeitung außerhalb der Europäischen Union findet nicht statt.

## 6. Dauer der Speicherung

(1) Wir speichern Ihre Daten nur so lange, wie dies für die Erfüllung unserer Aufgaben erforderlich ist. Die Löschfristen ergeben sich aus § 304 SGB V, § 107 SGB XI und den allgemeinen sozialrechtlichen Aufbewahrungsvorschriften.

(2) Insbesondere gelten folgende Fristen:

- a) Daten über Leistungen der Krankenversicherung: grundsätzlich vier Jahre nach Ablauf des Kalenderjahres, in dem die Leistung erbracht wurde;
- b) Daten über Krankengeld und sonstige Geldleistungen: zehn Jahre;
- c) Daten im Zusammenhang mit dem Risikostrukturausgleich: nach den Vorgaben der Risikostruktur-Ausgleichsverordnung;
- d) Beitrags- und Mitgliedschaftsdaten: bis zur Vollendung des 72. Lebensjahres des Versicherten, mindestens jedoch so lange, wie Ansprüche geltend gemacht werden können;
- e) Daten aus Einwilligungen: bis zum Widerruf der Einwilligung.

(3) Nach Ablauf der Fristen werden die Daten gelöscht, sofern nicht andere Aufbewahrungspflichten, etwa nach der Abgabenordnung, entgegenstehen.

## 7. Ihre Rechte

(1) Sie haben nach der DSGVO folgende Rechte:

- a) das Recht auf Auskunft über die zu Ihrer Person gespeicherten Daten (Art. 15 DSGVO, § 83 SGB X);
- b) das Recht auf Berichtigung unrichtiger Daten (Art. 16 DSGVO);
- c) das Recht auf Löschung (Art. 17 DSGVO, § 84 SGB X);
- d) das Recht auf Einschränkung der Verarbeitung (Art. 18 DSGVO);
- e) das Recht auf Datenübertragbarkeit (Art. 20 DSGVO), soweit die Verarbeitung auf einer Einwilligung beruht;
- f) das Recht auf Widerspruch gegen die Verarbeitung (Art. 21 DSGVO), soweit nicht eine gesetzliche Pflicht zur Verarbeitung besteht.

(2) Die Rechte können nach § 82a bis § 84 SGB X eingeschränkt sein, zum Beispiel wenn die Auskunft die ordnungsgemäße Erfüllung unserer Aufgaben gefährden würde.

(3) Sie haben außerdem das Recht, sich bei der zuständigen Aufsichtsbehörde zu beschweren. Für die BKK Weserland als bundesunmittelbare Krankenkasse ist dies:

@ Die Bundesbeauftragte für den Datenschutz und die Informationsfreiheit
@ Graurheindorfer Straße 153
@ 53117 Bonn
@ [www.bfdi.bund.de](https://www.bfdi.bund.de)

## 8. Pflicht zur Bereitstellung von Daten

(1) Sie sind nach § 60 SGB I verpflichtet, alle Tatsachen anzugeben, die für eine Leistung erheblich sind, und Änderungen unverzüglich mitzuteilen. Wenn Sie diesen Mitwirkungspflichten nicht nachkommen, kann die Leistung nach § 66 SGB I bis zur Nachholung der Mitwirkung ganz oder teilweise versagt werden.

(2) Für die Durchführung der Versicherung und die Ausstellung der elektronischen Gesundheitskarte sind insbesondere Name, Geburtsdatum, Anschrift, Krankenversichertennummer und ein Lichtbild erforderlich (§ 291a SGB V).

## 9. Online-Geschäftsstelle und BKK Weserland App

(1) Für die Nutzung der Online-Geschäftsstelle und der App ist eine Registrierung mit Ihrer Krankenversichertennummer erforderlich. Die Identifikation erfolgt über die Online-Ausweisfunktion des Personalausweises, über ein Videoident-Verfahren oder über einen per Post zugesandten Aktivierungscode.

(2) Dokumente, die Sie über die App hochladen, zum Beispiel Arbeitsunfähigkeitsbescheinigungen oder Rechnungen, werden verschlüsselt übertragen und in unserem Rechenzentrum gespeichert. Die App verwendet keine Tracking-Dienste Dritter. Absturzberichte werden nur mit Ihrer Einwilligung übermittelt.

(3) Die Anmeldung erfolgt mit einer Zwei-Faktor-Authentisierung. Bitte geben Sie Ihre Zugangsdaten nicht an Dritte weiter.

## 10. Automatisierte Entscheidungen

(1) Bei bestimmten Standardleistungen, zum Beispiel der Erstattung von Kosten für Präventionskurse, entscheiden wir vollautomatisiert, wenn Ihrem Antrag vollständig entsprochen wird (§ 31a SGB X). Wird Ihrem Antrag nicht oder nur teilweise entsprochen, prüft immer eine Sachbearbeiterin oder ein Sachbearbeiter Ihren Antrag.

(2) Ein Profiling im Sinne von Art. 22 DSGVO findet nicht statt.

## 11. Besondere Hinweise zu Versorgungsprogrammen

(1) Wenn Sie an einem strukturierten Behandlungsprogramm (DMP) oder an einem Vertrag zur besonderen Versorgung teilnehmen, verarbeiten wir die dafür erforderlichen Daten auf Grundlage Ihrer Teilnahmeerklärung. Die Teilnahme ist freiwillig und kann jederzeit beendet werden.

(2) Im Rahmen von Programmen zur Früherkennung von Versorgungsbedarfen nach § 25b SGB V können wir Ihre Abrechnungsdaten datengestützt auswerten, um Sie auf individuelle Gesundheitsrisiken hinzuweisen. Dieser Auswertung können Sie widersprechen.

## 12. Änderungen dieser Hinweise

(1) Wir passen diese Datenschutzhinweise an, wenn sich die Rechtslage oder unsere Verarbeitungen ändern. Es gilt die jeweils auf dieser Seite veröffentlichte Fassung.
"""

HEADS = re.findall(r"^## (\d+)\. (.+)$", POLICY, re.M)

EDITS = [
    {"note": "section 3: new paragraph (3) on the digital health applications (DiGA) inserted; (3) and (4) renumbered (4) and (5)",
     "repl": [("(3) Soweit wir Sie über unsere Leistungen", "(3) Verordnet Ihnen Ihre Ärztin oder Ihr Arzt eine digitale Gesundheitsanwendung (DiGA) oder beantragen Sie diese bei uns, verarbeiten wir die für die Genehmigung und die Abrechnung mit dem Hersteller erforderlichen Daten (§ 33a SGB V). Gesundheitsdaten, die Sie in der Anwendung selbst erfassen, erhalten wir nicht.\n\n(4) Soweit wir Sie über unsere Leistungen"),
              ("(4) Wenn Sie uns eine Anfrage über das Kontaktformular", "(5) Wenn Sie uns eine Anfrage über das Kontaktformular")]},
    {"note": "MDK renamed 'Medizinischer Dienst (MD)' in purposes and recipients lists (silent, date not bumped)", "bump": False,
     "repl": [("- e) die Beteiligung des Medizinischen Dienstes der Krankenversicherung (MDK);", "- e) die Beteiligung des Medizinischen Dienstes (MD);"),
              ("- b) der Medizinische Dienst der Krankenversicherung (MDK);", "- b) der Medizinische Dienst (MD);")]},
    {"note": "retention: nested sub-list for benefit data (aa/bb) added under a); 'Daten über Krankengeld' item reworded",
     "repl": [("- a) Daten über Leistungen der Krankenversicherung: grundsätzlich vier Jahre nach Ablauf des Kalenderjahres, in dem die Leistung erbracht wurde;",
               "- a) Daten über Leistungen der Krankenversicherung: grundsätzlich vier Jahre nach Ablauf des Kalenderjahres, in dem die Leistung erbracht wurde, davon abweichend\n- > aa) Daten über ärztliche und zahnärztliche Behandlungen, die für das Bonusprogramm benötigt werden: bis zum Ende der Teilnahme am Bonusprogramm,\n- > bb) Daten über Leistungen zur Pflege: nach den Vorgaben des § 107 SGB XI;"),
              ("- b) Daten über Krankengeld und sonstige Geldleistungen: zehn Jahre;", "- b) Daten über Krankengeld, Kinderkrankengeld und sonstige Entgeltersatzleistungen: zehn Jahre nach Ablauf des Kalenderjahres der letzten Zahlung;")]},
    {"note": "new section 10 'Elektronische Patientenakte (ePA)' inserted (opt-out ePA from 15.01.2025); sections 10-12 renumbered 11-13",
     "repl": [("## 10. Automatisierte Entscheidungen", "## 10. Elektronische Patientenakte (ePA)\n\n(1) Seit dem 15. Januar 2025 stellen wir allen Versicherten eine elektronische Patientenakte zur Verfügung, sofern sie nicht widersprochen haben (§ 342 SGB V). Die ePA wird von unserem Dienstleister IBM Deutschland GmbH in Rechenzentren in Deutschland betrieben. Wir als Krankenkasse haben keinen Zugriff auf die medizinischen Inhalte Ihrer ePA.\n\n(2) Wir stellen Abrechnungsdaten, zum Beispiel Diagnosen und verordnete Arzneimittel, in Ihre ePA ein, soweit Sie dem nicht widersprochen haben. Sie können der Einrichtung der ePA insgesamt, einzelnen Zugriffen und der Übermittlung von Daten zu Forschungszwecken jederzeit in der ePA-App oder bei unserer Ombudsstelle widersprechen.\n\n(3) Unsere Ombudsstelle erreichen Sie unter [ombudsstelle@bkk-weserland.de](mailto:ombudsstelle@bkk-weserland.de) und telefonisch unter 0421 33 09-190.\n\n## 11. Automatisierte Entscheidungen"),
              ("## 11. Besondere Hinweise zu Versorgungsprogrammen", "## 12. Besondere Hinweise zu Versorgungsprogrammen"),
              ("## 12. Änderungen dieser Hinweise", "## 13. Änderungen dieser Hinweise")]},
    {"note": "DPO phone number changed, e-mail advice now names the encrypted contact form (silent, date not bumped)", "bump": False,
     "repl": [("telefonisch unter 0421 33 09-118.", "telefonisch unter 0421 33 09-177."),
              ("Nutzen Sie hierfür das Postfach in unserer Online-Geschäftsstelle oder die BKK Weserland App.",
               "Nutzen Sie hierfür das Postfach in unserer Online-Geschäftsstelle, die BKK Weserland App oder unser verschlüsseltes [Kontaktformular](/kontakt/sicheres-kontaktformular).")]},
]

NEWS = [("Beitragssatz 2025: Zusatzbeitrag bleibt stabil", "/aktuelles/zusatzbeitrag-2025"),
        ("Neu: Videosprechstunde mit Hautärzten", "/aktuelles/videosprechstunde-dermatologie"),
        ("Bonusprogramm: Jetzt Punkte sammeln", "/aktuelles/bonusprogramm"),
        ("Grippeschutzimpfung für alle ab 60", "/aktuelles/grippeimpfung"),
        ("Elektronische Patientenakte: Das ändert sich", "/aktuelles/epa-fuer-alle"),
        ("Krankengeld bei Kinderkrankheit: neue Tage", "/aktuelles/kinderkrankengeld")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["form"] = (C.hexs(rng, 40), C.hexs(rng, 40))
    s["cachebust"] = C.keep_or(rng, prev.get("cachebust"), 0.3, lambda: str(C.epoch(when) - rng.randint(3600, 40 * 86400)))
    local = when.hour + (2 if 4 <= when.month <= 10 else 1)
    s["hotline"] = "open" if when.weekday() < 5 and 8 <= local < 18 else "closed"
    s["news"] = C.keep_or(rng, prev.get("news"), 0.5, lambda: tuple(rng.sample(range(len(NEWS)), 3)))
    s["uc"] = C.hexs(rng, 12)
    return s


LABELS = {
    "form": "TYPO3 form framework __trustedProperties / __state HMACs of the call-back form",
    "cachebust": "TYPO3 asset cache-busting timestamps",
    "hotline": "service-hotline 'jetzt erreichbar' status",
    "news": "'Aktuelles' sidebar teasers",
    "uc": "Usercentrics session hash",
}


def list_html(items):
    out = []
    for it, subs in C.nest(items):
        sub = "<ul class=\"list-unstyled list-sub\">%s</ul>" % "".join("<li>%s</li>" % C.inline_html(x) for x in subs) if subs else ""
        out.append("<li>%s%s</li>" % (C.inline_html(it), sub))
    return '<ul class="list-unstyled list-numbered">%s</ul>' % "".join(out)


def gold_md(blocks):
    out = []
    for b in blocks:
        if b[0] == "ul":
            lines = []
            for it, subs in C.nest(b[1]):
                lines.append("* " + C.inline_md(it, URL))
                lines += ["    * " + C.inline_md(x, URL) for x in subs]
            out.append("\n".join(lines))
        else:
            out.append(C.block_md(b, URL))
    return "\n\n".join(out)


def render(s, blocks, when):
    trusted, state = s["form"]
    cb = s["cachebust"]
    h1 = blocks[0]
    head, secs = C.split_sections(blocks[1:])
    ces = []
    cid = 4410
    for title, bl in [(None, head)] + secs:
        cid += 1
        inner = "\n".join(list_html(b[1]) if b[0] == "ul" else C.block_html(b) for b in bl)
        hdr = '<header class="frame-header"><h2 class="element-header"><span>%s</span></h2></header>' % C.inline_html(title) if title else ""
        ces.append('<div id="c%d" class="frame frame-default frame-type-text frame-layout-default frame-size-default frame-height-default frame-background-none frame-space-before-none frame-space-after-medium">'
                   '<div class="frame-container"><div class="frame-inner">%s<div class="ce-bodytext">%s</div></div></div></div>' % (cid, hdr, inner))
    news = "".join('<li><a href="%s">%s</a></li>' % NEWS[k] for k in s["news"])
    hot = ('<span class="status status--open">Jetzt erreichbar</span>' if s["hotline"] == "open"
           else '<span class="status status--closed">Mo–Fr 8–18 Uhr erreichbar</span>')
    return ('<!DOCTYPE html>\n<html dir="ltr" lang="de-DE">\n<head>\n\n<meta charset="utf-8">\n'
            '<!--\n\tThis website is powered by TYPO3 - inspiring people to share!\n\tTYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.\n-->\n'
            '<title>Datenschutzhinweise nach Art. 13 und 14 DSGVO - BKK Weserland</title>\n'
            '<meta name="generator" content="TYPO3 CMS">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<link rel="stylesheet" href="/typo3conf/ext/bkk_sitepackage/Resources/Public/Css/main.min.css?%s" media="all">\n'
            '<script id="usercentrics-cmp" src="https://app.usercentrics.eu/browser-ui/latest/loader.js" data-settings-id="k3Jd8Fq1m" data-session="%s" async></script>\n'
            '<link rel="canonical" href="%s">\n</head>\n<body id="p187" class="page-187 pagelevel-2 language-0 backendlayout-subnavigation_left layout-default">\n'
            '<div class="body-bg">\n<a class="visually-hidden-focusable page-skip-link" href="#page-content"><span>Zum Hauptinhalt springen</span></a>\n'
            '<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image"><div class="container">'
            '<a class="navbar-brand navbar-brand-image" title="BKK Weserland" href="/"><img class="navbar-brand-logo-normal" src="/fileadmin/templates/logo-bkk-weserland.svg" alt="BKK Weserland logo" height="52" width="180"></a>'
            '<nav id="mainnavigation" class="navbar-collapse collapse"><ul class="navbar-nav">'
            '<li class="nav-item"><a class="nav-link" href="/leistungen">Leistungen</a></li><li class="nav-item"><a class="nav-link" href="/mitgliedschaft">Mitgliedschaft</a></li>'
            '<li class="nav-item"><a class="nav-link" href="/arbeitgeber">Arbeitgeber</a></li><li class="nav-item"><a class="nav-link" href="/service">Service</a></li></ul></nav>'
            '<a class="btn btn-primary" href="https://ogs.bkk-weserland.de">Online-Geschäftsstelle</a></div></header>\n'
            '<nav class="breadcrumb-section" aria-label="Brotkrumennavigation"><div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/">Startseite</a></li>'
            '<li class="breadcrumb-item"><a class="breadcrumb-link" href="/datenschutz">Datenschutz</a></li><li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">Datenschutzhinweise</span></li></ol></div></nav>\n'
            '<div id="page-content" class="bp-page-content main-section"><div class="section section-default"><div class="container"><div class="section-row">\n'
            '<div class="section-column subcontent-wrap"><nav class="sidenav"><ul class="sidenav-list"><li><a href="/datenschutz">Datenschutz</a></li>'
            '<li class="active"><a href="/datenschutz/datenschutzhinweise">Datenschutzhinweise</a></li><li><a href="/datenschutz/website">Datenschutz auf der Website</a></li>'
            '<li><a href="/datenschutz/app">Datenschutz in der App</a></li></ul></nav>'
            '<div class="sidebar-box"><h3>Aktuelles</h3><ul>%s</ul></div></div>\n'
            '<main class="section-column maincontent-wrap" role="main">\n<!--TYPO3SEARCH_begin-->\n'
            '<div id="c4410" class="frame frame-default frame-type-header frame-layout-default"><div class="frame-container"><div class="frame-inner"><header class="frame-header"><h1 class="element-header"><span>%s</span></h1></header></div></div></div>\n'
            '%s\n<!--TYPO3SEARCH_end-->\n'
            '<div id="c4460" class="frame frame-default frame-type-form_formframework"><div class="frame-container"><div class="frame-inner">'
            '<h3>Rückruf-Service</h3><p>Wir rufen Sie gern zurück. %s</p>'
            '<form enctype="multipart/form-data" method="post" id="rueckruf-4460" action="/datenschutz/datenschutzhinweise?tx_form_formframework%%5Baction%%5D=perform&amp;cHash=0b9e4c1f2a7d8e3b5c6a9f0d1e2b3c4a">'
            '<input type="hidden" name="tx_form_formframework[rueckruf-4460][__state]" value="TzozOToiVFlQTzNcQ01TXEZvcm1cRG9tYWluXFJ1bnRpbWVcRm9ybVN0YXRlIjoy%s">'
            '<input type="hidden" name="tx_form_formframework[__trustedProperties]" value="{&quot;rueckruf-4460&quot;:{&quot;name&quot;:1,&quot;telefon&quot;:1}}%s">'
            '<input class="form-control" type="text" name="tx_form_formframework[rueckruf-4460][name]" placeholder="Name"><input class="form-control" type="tel" name="tx_form_formframework[rueckruf-4460][telefon]" placeholder="Telefon">'
            '<button class="btn btn-primary" type="submit">Rückruf anfordern</button></form></div></div></div>\n'
            '</main>\n</div></div></div></div>\n'
            '<footer id="page-footer" class="bp-page-footer"><section class="section footer-section footer-section-content"><div class="container">'
            '<p>Service-Hotline 0421 33 09-0 · <a href="/kontakt">Kontakt</a> · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · <a href="/barrierefreiheit">Barrierefreiheit</a></p>'
            '</div></section><section class="section footer-section footer-section-meta"><div class="container"><p>© %d BKK Weserland</p></div></section></footer>\n'
            '</div>\n<script src="/typo3conf/ext/bootstrap_package/Resources/Public/Contrib/bootstrap5/js/bootstrap.min.js?%s"></script>\n'
            '<script src="/typo3conf/ext/bkk_sitepackage/Resources/Public/JavaScript/main.min.js?%s"></script>\n'
            '</body>\n</html>\n'
            % (cb, s["uc"], URL, news, C.inline_html(h1[1]), "\n".join(ces), hot, state, trusted, when.year, str(int(cb) - 86400 * 30), cb))


PAGE = {
    "service": "BKK Weserland", "url": URL, "lang": "de-DE", "platform": "TYPO3 v12 (Bootstrap Package)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2021, 2, 15), "end": dt.date(2026, 6, 10),
    "policy": POLICY, "first_updated": dt.date(2020, 12, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": ["main.maincontent-wrap"], "remove": [".frame-type-form_formframework"]},
}
