"""Bräuning Maschinenbau (grinding machines, Reutlingen): TYPO3 8.7 with css_styled_content, relaunched in March 2023
on TYPO3 12 LTS with bootstrap_package 13 (sections in a collapsed accordion). Trade-fair countdown in the top bar."""
import datetime as dt
import html

import common as C

URL = "https://www.braeuning-maschinenbau.de/de/datenschutz"
RELAUNCH = dt.datetime(2023, 3, 6, 0, 0, 0)

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]

FAIRS = [
    ("EMO Milano 2021", dt.date(2021, 10, 4), dt.date(2021, 10, 9), "Pad. 13, Stand C12"),
    ("GrindTec 2022", dt.date(2022, 3, 22), dt.date(2022, 3, 25), "Halle 5, Stand 5090"),
    ("AMB 2022", dt.date(2022, 9, 13), dt.date(2022, 9, 17), "Halle 4, Stand 4C52"),
    ("EMO Hannover 2023", dt.date(2023, 9, 18), dt.date(2023, 9, 23), "Halle 11, Stand B42"),
    ("GrindingHub 2024", dt.date(2024, 5, 14), dt.date(2024, 5, 17), "Halle 10, Stand C31"),
    ("AMB 2024", dt.date(2024, 9, 10), dt.date(2024, 9, 14), "Halle 4, Stand 4D41"),
    ("EMO Hannover 2025", dt.date(2025, 9, 22), dt.date(2025, 9, 26), "Halle 11, Stand B42"),
]

POLICY = """# Datenschutzerklärung

Stand: {UPDATED}

Wir freuen uns über Ihr Interesse an unserem Unternehmen, unseren Schleif- und Fräsmaschinen sowie unseren Serviceleistungen. Der Schutz Ihrer personenbezogenen Daten ist uns ein wichtiges Anliegen. Nachfolgend informieren wir Sie gemäß Art. 13 und 14 der Datenschutz-Grundverordnung (DSGVO) darüber, welche Daten wir beim Besuch unserer Website, bei Anfragen, im Kundenservice und im Bewerbungsverfahren verarbeiten.

## 1. Verantwortlicher

Verantwortlich für die Datenverarbeitung im Sinne der DSGVO ist:

@ Bräuning Maschinenbau GmbH & Co. KG
@ Carl-Zeiss-Straße 18
@ 72770 Reutlingen
@ Telefon: +49 7121 9484-0
@ E-Mail: [info@braeuning-maschinenbau.de](mailto:info@braeuning-maschinenbau.de)

## 2. Datenschutzbeauftragter

Unseren externen Datenschutzbeauftragten erreichen Sie unter:

@ DSB Süd GmbH – Dr. Jörg Pfeiffer
@ Lindenstraße 4
@ 72764 Reutlingen
@ Telefon: +49 7121 38865-12
@ E-Mail: [datenschutz@braeuning-maschinenbau.de](mailto:datenschutz@braeuning-maschinenbau.de)

## 3. Bereitstellung der Website und Server-Logfiles

Bei jedem Aufruf unserer Website erfasst unser System automatisiert Daten und Informationen vom Computersystem des aufrufenden Rechners. Folgende Daten werden dabei vorübergehend in sogenannten Logfiles gespeichert:

- IP-Adresse des anfragenden Rechners (gekürzt nach sieben Tagen)
- Datum und Uhrzeit des Zugriffs
- Name und URL der abgerufenen Seite
- Website, von der aus der Zugriff erfolgt (Referrer-URL)
- verwendeter Browser und ggf. das Betriebssystem Ihres Rechners

Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO. Unser berechtigtes Interesse liegt in der Sicherstellung eines störungsfreien Betriebs und der Sicherheit unserer Systeme. Die Logfiles werden nach 14 Tagen gelöscht, sofern sie nicht zur Aufklärung eines Sicherheitsvorfalls benötigt werden.

## 4. Cookies und Einwilligungsverwaltung

Wir setzen technisch notwendige Cookies ein, damit die Website funktioniert, z. B. um Ihre Spracheinstellung und Ihre Auswahl im Cookie-Banner zu speichern. Statistik- und Marketing-Cookies setzen wir nur mit Ihrer Einwilligung nach § 25 Abs. 1 TTDSG in Verbindung mit Art. 6 Abs. 1 lit. a DSGVO. Ihre Einwilligung können Sie jederzeit über den Link „Cookie-Einstellungen“ im Fußbereich der Website mit Wirkung für die Zukunft widerrufen.

Für die Verwaltung der Einwilligungen nutzen wir die Consent-Management-Plattform Usercentrics. Dabei werden Ihre Einwilligungsentscheidung, eine anonyme Nutzerkennung sowie Datum und Uhrzeit des Besuchs gespeichert, um die Einwilligung nach Art. 7 Abs. 1 DSGVO nachweisen zu können.

## 5. Kontaktformular, E-Mail und Serviceanfragen

Wenn Sie uns über das Kontaktformular, per E-Mail oder telefonisch kontaktieren, verarbeiten wir Ihre Angaben (Name, Firma, E-Mail-Adresse, Telefonnummer, Maschinentyp und Seriennummer sowie Ihre Nachricht), um Ihre Anfrage zu bearbeiten. Rechtsgrundlage ist Art. 6 Abs. 1 lit. b DSGVO, soweit Ihre Anfrage auf den Abschluss oder die Durchführung eines Vertrags gerichtet ist, im Übrigen Art. 6 Abs. 1 lit. f DSGVO.

Anfragen und Angebote speichern wir in unserem CRM-System. Die Daten werden gelöscht, wenn die Anfrage abschließend bearbeitet ist und keine gesetzlichen Aufbewahrungspflichten entgegenstehen; Angebote und Geschäftsbriefe bewahren wir gemäß § 257 HGB sechs Jahre, Buchungsbelege gemäß § 147 AO zehn Jahre auf.

## 6. Fernservice und Maschinendaten

Für Maschinen mit unserem Fernservice-Modul **BRÄUNING Connect** verarbeiten wir im Rahmen des Servicevertrags Betriebs- und Zustandsdaten der Maschine, zum Beispiel Spindellaufzeiten, Fehlermeldungen und Softwarestände. Diese Daten beziehen sich in der Regel nicht auf Personen. Soweit Ihre Mitarbeiter eine Fernwartungssitzung freigeben, protokollieren wir den Namen des freigebenden Bedieners sowie Zeitpunkt und Dauer der Sitzung. Rechtsgrundlage ist Art. 6 Abs. 1 lit. b und f DSGVO. Die Protokolle werden nach 24 Monaten gelöscht.

## 7. Messen und Veranstaltungen

Auf Messen erfassen wir Ihre Visitenkarte oder scannen Ihr Messeticket, wenn Sie dies wünschen, um Ihnen Informationen und Angebote zuzusenden. Rechtsgrundlage ist Art. 6 Abs. 1 lit. b bzw. lit. f DSGVO. Sie können der Nutzung für Werbezwecke jederzeit widersprechen.

## 8. Bewerbungen

Bewerbungen über unser [Karriereportal](/de/karriere) oder per E-Mail verarbeiten wir zur Durchführung des Bewerbungsverfahrens (§ 26 BDSG, Art. 88 DSGVO). Nach Abschluss des Verfahrens werden die Unterlagen abgelehnter Bewerberinnen und Bewerber nach sechs Monaten gelöscht, es sei denn, Sie haben einer längeren Speicherung für künftige Stellenangebote zugestimmt.

## 9. Empfänger und Auftragsverarbeiter

Innerhalb unseres Unternehmens erhalten nur die Stellen Zugriff auf Ihre Daten, die diese zur Erfüllung der genannten Zwecke benötigen. Darüber hinaus setzen wir sorgfältig ausgewählte Dienstleister ein, die in unserem Auftrag und nach unseren Weisungen tätig sind (Art. 28 DSGVO):

| Dienstleister | Zweck | Sitz |
| Mittwald CM Service GmbH & Co. KG | Hosting der Website | Deutschland |
| Usercentrics GmbH | Einwilligungsverwaltung | Deutschland |
| CAS Software AG | CRM-System | Deutschland |
| softgarden e-recruiting GmbH | Karriereportal und Bewerbermanagement | Deutschland |
| TeamViewer Germany GmbH | Fernwartung | Deutschland |

Eine Übermittlung in Drittländer außerhalb des Europäischen Wirtschaftsraums findet nur statt, soweit dies zur Vertragserfüllung mit Ihnen erforderlich ist, etwa bei der Lieferung einer Maschine an einen Standort außerhalb der EU über unsere Vertriebspartner, oder soweit geeignete Garantien nach Art. 46 DSGVO bestehen.

## 10. Webanalyse mit Matomo

Mit Ihrer Einwilligung nutzen wir die Open-Source-Software Matomo, die auf unseren eigenen Servern betrieben wird. Ihre IP-Adresse wird dabei um zwei Bytes gekürzt, sodass eine Zuordnung zu Ihnen nicht möglich ist. Die Nutzungsdaten werden nicht an Dritte weitergegeben und nach 13 Monaten gelöscht.

## 11. YouTube-Videos

Auf einigen Produktseiten binden wir Videos von YouTube im erweiterten Datenschutzmodus ein. Eine Verbindung zu den Servern der Google Ireland Limited wird erst hergestellt, wenn Sie das Video durch Klick aktivieren. Dabei können Daten auch in die USA übermittelt werden. Rechtsgrundlage ist Ihre Einwilligung nach Art. 6 Abs. 1 lit. a DSGVO.

## 12. Ihre Rechte

Sie haben gegenüber uns folgende Rechte hinsichtlich der Sie betreffenden personenbezogenen Daten:

- Recht auf Auskunft (Art. 15 DSGVO)
- Recht auf Berichtigung (Art. 16 DSGVO)
- Recht auf Löschung (Art. 17 DSGVO)
- Recht auf Einschränkung der Verarbeitung (Art. 18 DSGVO)
- Recht auf Datenübertragbarkeit (Art. 20 DSGVO)
- Recht auf Widerruf erteilter Einwilligungen (Art. 7 Abs. 3 DSGVO)

### Widerspruchsrecht

Soweit wir Ihre Daten auf Grundlage berechtigter Interessen verarbeiten, haben Sie das Recht, aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit Wiederspruch einzulegen (Art. 21 DSGVO). Der Verwendung Ihrer Daten für Direktwerbung können Sie jederzeit ohne Angabe von Gründen widersprechen.

### Beschwerderecht

Sie haben zudem das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren. Die für uns zuständige Aufsichtsbehörde ist:

@ Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg
@ Lautenschlagerstraße 20
@ 70173 Stuttgart

## 13. Datensicherheit

Wir verwenden innerhalb des Website-Besuchs das verbreitete TLS-Verfahren in Verbindung mit der jeweils höchsten Verschlüsselungsstufe, die von Ihrem Browser unterstützt wird. Darüber hinaus bedienen wir uns geeigneter technischer und organisatorischer Sicherheitsmaßnahmen, um Ihre Daten gegen zufällige oder vorsätzliche Manipulationen, Verlust, Zerstörung oder gegen den Zugriff unberechtigter Dritter zu schützen.

## 14. Änderungen dieser Datenschutzerklärung

Wir passen diese Datenschutzerklärung an, sobald Änderungen an unserer Website, unseren Diensten oder der Rechtslage dies erforderlich machen. Es gilt die jeweils auf dieser Seite veröffentlichte Fassung.
"""

EDITS = [
    {"note": "processor added to the recipients table (Microsoft Ireland: Teams and e-mail)",
     "repl": [("| TeamViewer Germany GmbH | Fernwartung | Deutschland |",
               "| TeamViewer Germany GmbH | Fernwartung | Deutschland |\n"
               "| Microsoft Ireland Operations Limited | Videokonferenzen (Microsoft Teams) und E-Mail | Irland |")]},
    {"note": "data protection officer's phone number changed",
     "repl": [("+49 7121 38865-12", "+49 7121 38865-40")]},
    {"note": "typo fixed: 'Wiederspruch' -> 'Widerspruch' (date line not bumped)", "bump": False,
     "repl": [("jederzeit Wiederspruch einzulegen", "jederzeit Widerspruch einzulegen")]},
    {"note": "subsection added under 11: LinkedIn company page (joint controllership)",
     "repl": [("Rechtsgrundlage ist Ihre Einwilligung nach Art. 6 Abs. 1 lit. a DSGVO.\n\n## 12. Ihre Rechte",
               "Rechtsgrundlage ist Ihre Einwilligung nach Art. 6 Abs. 1 lit. a DSGVO.\n\n"
               "### LinkedIn-Unternehmensseite\n\n"
               "Wir unterhalten eine Unternehmensseite auf LinkedIn. Für die Verarbeitung der Seiten-Insights sind "
               "wir gemeinsam mit der LinkedIn Ireland Unlimited Company verantwortlich (Art. 26 DSGVO). LinkedIn "
               "stellt uns ausschließlich anonymisierte Statistiken zur Verfügung. Ihre Rechte können Sie auch "
               "direkt gegenüber LinkedIn geltend machen.\n\n## 12. Ihre Rechte")]},
    {"note": "law renamed: TTDSG -> TDDDG",
     "repl": [("§ 25 Abs. 1 TTDSG", "§ 25 Abs. 1 TDDDG")]},
]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def fair_teaser(when):
    day = when.date()
    for name, a, b, booth in FAIRS:
        if b >= day:
            if a > day:
                n = (a - day).days
                return name, a, b, booth, ("noch %d Tage" % n) if n != 1 else "noch 1 Tag"
            return name, a, b, booth, "Tag %d von %d – wir sind live dabei" % ((day - a).days + 1, (b - a).days + 1)
    raise ValueError(when)


def noise(rng, when, i, prev):
    prev = prev or {}
    tpl = "typo3-12-bootstrap-package" if when >= RELAUNCH else "typo3-8-css-styled-content"
    if prev.get("template") != tpl:
        deploy = None
    else:
        deploy = prev.get("deploy")
    deploy = C.keep_or(rng, deploy, 0.12, lambda: {"css": C.hexs(rng, 32), "js": C.hexs(rng, 32),
                                                    "t": C.epoch(when) - rng.randint(3600, 40 * 86400),
                                                    "assets": C.hexs(rng, 32), "year": when.year})
    st = {"template": tpl, "deploy": deploy, "fair": fair_teaser(when)}
    if tpl.startswith("typo3-8"):
        gen = when - dt.timedelta(minutes=rng.randint(3, 23 * 60))
        st["cache"] = (gen.strftime("%d-%m-%y %H:%M"), (gen + dt.timedelta(days=1)).strftime("%d-%m-%y %H:%M"))
    else:
        st["nonce"] = C.b64tok(rng, 24).rstrip("=")
    return st


LABELS = {"template": "TYPO3 8 -> TYPO3 12 relaunch (whole template)", "deploy": "asset hashes (deploy)",
          "fair": "trade-fair countdown in top bar", "cache": "'Cached page generated' comment",
          "nonce": "CSP nonce per request"}

NAV = [("Produkte", "/de/produkte"), ("Service", "/de/service"), ("Branchen", "/de/branchen"),
       ("Unternehmen", "/de/unternehmen"), ("Karriere", "/de/karriere"), ("News & Messen", "/de/news-messen"),
       ("Kontakt", "/de/kontakt")]


def fair_html(f, cls):
    name, a, b, booth, left = f
    return ('<div class="%s"><span class="fair-name">%s</span> · <span class="fair-date">%d.–%d. %s %d</span> · '
            '<span class="fair-booth">%s</span> · <strong class="fair-countdown">%s</strong> '
            '<a href="/de/news-messen/messetermine">Termin vereinbaren</a></div>'
            % (cls, html.escape(name), a.day, b.day, MONTHS[b.month - 1], b.year, html.escape(booth), left))


def render_old(st, blocks, when):
    d = st["deploy"]
    cls = {"p": "bodytext", "addr": "bodytext", "table": "contenttable"}
    h1 = blocks[0]
    body = C.blocks_html(blocks[1:], cls)
    nav = "".join('<li><a href="%s">%s</a></li>' % (u, html.escape(t))
                  for t, u in NAV)
    return """<!DOCTYPE html>
<html lang="de-DE">
<head>

<meta charset="utf-8">
<!-- 
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2018 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->

<base href="https://www.braeuning-maschinenbau.de/">

<title>Bräuning Maschinenbau: Datenschutz</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="robots" content="index,follow">


<link rel="stylesheet" type="text/css" href="typo3temp/assets/compressed/merged-{css}-{css2}.css?{t}" media="all">



<script src="typo3temp/assets/compressed/merged-{js}-{js2}.js?{t}" type="text/javascript"></script>

<script id="usercentrics-cmp" src="https://app.usercentrics.eu/browser-ui/latest/loader.js" data-settings-id="Vx3kQ8rZp" async></script>
<script type="text/plain" data-usercentrics="Matomo">
  var _paq = window._paq = window._paq || [];
  _paq.push(['trackPageView']);
  _paq.push(['enableLinkTracking']);
  (function() {{
    var u="https://stats.braeuning-maschinenbau.de/";
    _paq.push(['setTrackerUrl', u+'matomo.php']);
    _paq.push(['setSiteId', '1']);
    var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];
    g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);
  }})();
</script>
</head>
<body id="page-42">
<div id="topbar">
  <div class="container">
    {fair}
    <ul class="lang-switch"><li class="act">DE</li><li><a href="/en/privacy-policy">EN</a></li><li><a href="/fr/protection-des-donnees">FR</a></li></ul>
  </div>
</div>
<div id="header">
  <div class="container">
    <a id="logo" href="/de/"><img src="fileadmin/templates/braeuning/img/logo-braeuning.png" width="240" height="52" alt="Bräuning Maschinenbau"></a>
    <ul id="mainnav">{nav}</ul>
    <form id="searchform" action="de/suche" method="get"><input type="text" name="tx_indexedsearch_pi2[search][sword]" placeholder="Suchbegriff"><input type="submit" value="Suchen"></form>
  </div>
</div>
<div id="breadcrumb"><div class="container"><a href="/de/">Startseite</a> &gt; Datenschutz</div></div>
<div class="container">
  <div class="row">
    <div id="content" class="col-md-9 col-md-push-3">
<!--TYPO3SEARCH_begin-->
	<div id="c217" class="csc-default"><div class="csc-header csc-header-n1"><h1 class="csc-firstHeader">{h1}</h1></div>{body}</div>
<!--TYPO3SEARCH_end-->
    </div>
    <div id="sidebar" class="col-md-3 col-md-pull-9">
      <ul class="subnav"><li><a href="/de/impressum">Impressum</a></li><li class="active"><a href="/de/datenschutz">Datenschutz</a></li><li><a href="/de/agb">AGB</a></li><li><a href="/de/compliance">Compliance</a></li></ul>
      <div id="c12" class="csc-default"><div class="contactbox"><h3>Ihr Kontakt</h3><p class="bodytext">Vertrieb Deutschland<br>+49 7121 9484-120<br><a href="mailto:vertrieb@braeuning-maschinenbau.de">vertrieb@braeuning-maschinenbau.de</a></p></div></div>
    </div>
  </div>
</div>
<div id="footer">
  <div class="container">
    <p>© {year} Bräuning Maschinenbau GmbH &amp; Co. KG · Carl-Zeiss-Straße 18 · 72770 Reutlingen</p>
    <ul><li><a href="/de/impressum">Impressum</a></li><li><a href="/de/datenschutz">Datenschutz</a></li><li><a href="#" onclick="UC_UI.showSecondLayer();return false;">Cookie-Einstellungen</a></li></ul>
  </div>
</div>
</body>
</html>
<!-- Cached page generated {cache}. Expires {cache_exp} -->
<!-- Parsetime: 0ms -->""".format(css=d["css"], css2=d["js"][:16] + d["css"][16:], t=d["t"], js=d["js"],
                                  js2=d["css"][:16] + d["js"][16:], fair=fair_html(st["fair"], "messe-teaser"),
                                  nav=nav, h1=C.inline_html(h1[1]), body=body, year=when.year,
                                  cache=st["cache"][0], cache_exp=st["cache"][1])


FRAME = ('<div id="c{uid}" class=" frame frame-default frame-type-{ctype} frame-layout-default frame-size-default '
         'frame-height-default frame-background-none frame-space-before-none frame-space-after-none '
         'frame-no-backgroundimage"><div class="frame-group-container"><div class="frame-group-inner">'
         '<div class="frame-container frame-container-default"><div class="frame-inner">{inner}</div></div></div>'
         '</div></div>')


def render_new(st, blocks, when):
    d = st["deploy"]
    nonce = st["nonce"]
    head, secs = C.split_sections(blocks)
    h1 = head[0]
    intro = ('<header class="frame-header"><h1 class="element-header  "><span>%s</span></h1></header>'
             % C.inline_html(h1[1]) + C.blocks_html(head[1:]))
    items = []
    for n, (title, sub) in enumerate(secs):
        iid = 281 + n
        items.append(
            '<div class="accordion-item">'
            '<h2 class="accordion-header" id="accordion-heading-219-{iid}">'
            '<button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" '
            'data-bs-target="#accordion-219-{iid}" aria-expanded="false" aria-controls="accordion-219-{iid}">'
            '<span class="accordion-title-link-text">{t}</span></button></h2>'
            '<div id="accordion-219-{iid}" class="accordion-collapse collapse" '
            'aria-labelledby="accordion-heading-219-{iid}" data-bs-parent="#accordion-219">'
            '<div class="accordion-body"><div class="accordion-content accordion-content-left">'
            '<div class="accordion-content-item accordion-content-text">{b}</div></div></div></div></div>'
            .format(iid=iid, t=C.inline_html(title), b=C.blocks_html(sub, {"table": "table table-striped"})))
    acc = '<div class="accordion" id="accordion-219">' + "\n".join(items) + "</div>"
    content = (FRAME.format(uid=218, ctype="text", inner=intro) + "\n\n\n"
               + FRAME.format(uid=219, ctype="accordion", inner=acc))
    nav = "\n".join(
        '<li class="nav-item"><a id="nav-item-%d" href="%s" class="nav-link" title="%s" aria-current="false">'
        '<span class="nav-link-text">%s</span></a></li>' % (12 + k, u, html.escape(t), html.escape(t))
        for k, (t, u) in enumerate(NAV))
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


<title>Datenschutz | Bräuning Maschinenbau</title>
<meta http-equiv="x-ua-compatible" content="IE=edge">
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<meta name="robots" content="index,follow">
<meta name="twitter:card" content="summary">
<meta name="apple-mobile-web-app-capable" content="no">
<meta name="google" content="notranslate">

<link rel="stylesheet" href="/typo3temp/assets/bootstrappackage/css/theme-{css}.css?{t}" media="all" nonce="{nonce}">
<link rel="stylesheet" href="/_assets/{assets}/Css/braeuning.min.css?{t}" media="all" nonce="{nonce}">


<script id="usercentrics-cmp" src="https://app.usercentrics.eu/browser-ui/latest/loader.js" data-settings-id="Vx3kQ8rZp" async nonce="{nonce}"></script>


<link rel="canonical" href="https://www.braeuning-maschinenbau.de/de/datenschutz">
<link rel="alternate" hreflang="de-DE" href="https://www.braeuning-maschinenbau.de/de/datenschutz">
<link rel="alternate" hreflang="en-GB" href="https://www.braeuning-maschinenbau.de/en/privacy-policy">
<link rel="alternate" hreflang="x-default" href="https://www.braeuning-maschinenbau.de/de/datenschutz">
</head>
<body id="p42" class="page-42 pagelevel-1 language-0 backendlayout-default layout-default">

<div id="top"></div><div class="body-bg">
<a class="visually-hidden-focusable page-skip-link" href="#page-content"><span>Zum Hauptinhalt springen</span></a>
<a class="visually-hidden-focusable page-skip-link" href="#page-footer"><span>Zur Fußzeile springen</span></a>
<div class="bp-topbar">{fair}</div>
<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top navbar-fixed-top">
<div class="container container-mainnavigation">
<a class="navbar-brand navbar-brand-image" title="Bräuning Maschinenbau" href="/de/"><img class="navbar-brand-logo-normal" src="/fileadmin/braeuning/logo/braeuning-logo.svg" alt="Bräuning Maschinenbau logo" height="52" width="240"></a>
<button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#mainnavigation" aria-controls="mainnavigation" aria-expanded="false" aria-label="Navigation umschalten"><span class="navbar-toggler-icon"></span></button>
<nav aria-label="Hauptnavigation" id="mainnavigation" class="collapse navbar-collapse">
<ul class="navbar-nav">
{nav}
</ul>
</nav>
</div>
</header>
<div class="section section-small section-breadcrumb">
<div class="container">
<nav aria-label="Brotkrümelnavigation"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/de/" title="Startseite"><span class="breadcrumb-text">Startseite</span></a></li><li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">Datenschutz</span></li></ol></nav>
</div>
</div>
<div id="page-content" class="bp-page-content main-section">
<!--TYPO3SEARCH_begin-->
<div class="section section-default">
{content}
</div>
<!--TYPO3SEARCH_end-->
</div>
<footer id="page-footer" class="bp-page-footer">
<section class="section footer-section footer-section-content">
<div class="container"><div class="section-row"><div class="section-column footer-section-content-column footer-section-content-column-left">
<div id="c9" class=" frame frame-default frame-type-text frame-layout-default"><div class="frame-inner"><p><strong>Bräuning Maschinenbau GmbH &amp; Co. KG</strong><br>Carl-Zeiss-Straße 18<br>72770 Reutlingen<br>+49 7121 9484-0</p></div></div>
</div></div></div>
</section>
<section class="section footer-section footer-section-meta">
<div class="frame frame-background-none frame-space-before-none frame-space-after-none"><div class="frame-container"><div class="frame-inner">
<div class="footer-info-section"><div class="footer-copyright"><p>© {year2} Bräuning Maschinenbau GmbH &amp; Co. KG</p></div></div>
<div class="footer-meta-section"><nav aria-label="Meta-Navigation" class="footer-meta"><ul class="footer-meta-list"><li><a href="/de/impressum">Impressum</a></li><li><a href="/de/datenschutz">Datenschutz</a></li><li><a href="/de/agb">AGB</a></li><li><a href="#" onclick="UC_UI.showSecondLayer();return false;">Cookie-Einstellungen</a></li></ul></nav></div>
</div></div></div>
</section>
</footer>
<a class="scroll-top" title="Nach oben rollen" href="#top"><span class="scroll-top-icon"></span><span class="scroll-top-text">Nach oben rollen</span></a>
</div>
<script src="/typo3conf/ext/bootstrap_package/Resources/Public/Contrib/bootstrap/dist/js/bootstrap.bundle.min.js?{t}" nonce="{nonce}"></script>
<script src="/_assets/{assets}/JavaScript/Dist/bootstrap.accordion.min.js?{t}" nonce="{nonce}"></script>
<script src="/typo3temp/assets/compressed/merged-{js}.js?{t}" nonce="{nonce}"></script>
<script type="text/plain" data-usercentrics="Matomo" nonce="{nonce}">
var _paq = window._paq = window._paq || [];
_paq.push(['trackPageView']);_paq.push(['enableLinkTracking']);
(function(){{var u="https://stats.braeuning-maschinenbau.de/";_paq.push(['setTrackerUrl',u+'matomo.php']);_paq.push(['setSiteId','1']);var d=document,g=d.createElement('script'),s=d.getElementsByTagName('script')[0];g.async=true;g.src=u+'matomo.js';s.parentNode.insertBefore(g,s);}})();
</script>
</body>
</html>""".format(year=d["year"], css=d["css"], t=d["t"], nonce=nonce, assets=d["assets"], js=d["js"],
                  fair=fair_html(st["fair"], "bp-topbar-fair"), nav=nav, content=content, year2=when.year)


def render(st, blocks, when):
    if st["template"].startswith("typo3-8"):
        return render_old(st, blocks, when)
    return render_new(st, blocks, when)


PAGE = {
    "service": "Braeuning Maschinenbau",
    "url": URL,
    "lang": "de",
    "platform": "TYPO3 8.7 (css_styled_content) -> TYPO3 12 LTS with bootstrap_package 13",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("X-Frame-Options", "SAMEORIGIN"), ("Vary", "Accept-Encoding")),
    "n": 30,
    "start": dt.date(2021, 4, 7),
    "end": dt.date(2024, 11, 20),
    "hours": (1, 3, 5, 9),
    "policy": POLICY,
    "first_updated": dt.date(2021, 2, 15),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#page-content"},
    "history": [{"fetch": URL, "select": "#content", "validUntil": C.iso(RELAUNCH)}],
}
