"""Nachbarkreis (neighbourhood social network, Berlin) - de-DE - Gatsby site whose policy is a OneTrust Privacy Notice
embed (div.otnotice > .otnotice-menu + .otnotice-sections > section.otnotice-section with per-section uuids), the
page title outside the embed. Cloudflare challenge params per response, OneTrust cookie banner shown or not, Gatsby
compilation hash, gatsby-image lazy images loaded or not, a geolocated 'neighbours near you' counter."""
import datetime as dt
import hashlib
import common as C

URL = "https://www.nachbarkreis.de/datenschutz"
MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONATE[d.month - 1], d.year)


POLICY = """
# Datenschutzerklärung

Stand: {UPDATED}

Nachbarkreis verbindet Menschen, die in derselben Nachbarschaft wohnen. Damit das funktioniert, verarbeiten wir personenbezogene Daten – so wenige wie möglich und so transparent wie möglich. Diese Datenschutzerklärung gilt für die Website nachbarkreis.de und die Nachbarkreis-Apps für iOS und Android.

## 1. Verantwortlicher und Datenschutzbeauftragter

Verantwortlicher im Sinne der Datenschutz-Grundverordnung (DSGVO) ist die Nachbarkreis GmbH, Wiener Straße 18, 10999 Berlin, E-Mail: [datenschutz@nachbarkreis.de](mailto:datenschutz@nachbarkreis.de), vertreten durch die Geschäftsführer Jana Wolters und Malte Brinkmann.

Unseren Datenschutzbeauftragten erreichen Sie unter [dsb@nachbarkreis.de](mailto:dsb@nachbarkreis.de) oder postalisch unter der obigen Anschrift mit dem Zusatz „z. Hd. Datenschutzbeauftragter“.

## 2. Registrierung und Adressverifizierung

Für die Registrierung benötigen wir Ihren Vor- und Nachnamen, Ihre E-Mail-Adresse, ein Passwort und Ihre Wohnanschrift. Ihre Anschrift nutzen wir, um Sie Ihrer Nachbarschaft zuzuordnen; anderen Mitgliedern wird nur Ihre Straße angezeigt, nie die Hausnummer.

Um sicherzustellen, dass nur echte Nachbarinnen und Nachbarn teilnehmen, verifizieren wir Ihre Adresse per Postkarte mit einem Bestätigungscode oder über die Standortfreigabe Ihres Smartphones. Den Standort erfassen wir dabei einmalig und speichern nur das Ergebnis der Prüfung.

Nachbarkreis richtet sich an Personen ab 16 Jahren. Jüngere Personen dürfen sich nicht registrieren.

Rechtsgrundlage ist Art. 6 Abs. 1 lit. b DSGVO (Vertragserfüllung).

## 3. Beiträge, Nachrichten und Marktplatz

Beiträge, Veranstaltungen und Marktplatz-Angebote, die Sie veröffentlichen, sind für die Mitglieder Ihrer Nachbarschaft und der angrenzenden Nachbarschaften sichtbar. Private Nachrichten können nur Sie und die Empfänger lesen. Gemeldete Inhalte prüft unser Moderationsteam, um die Einhaltung unserer Nachbarschaftsregeln und der Pflichten aus dem Digital Services Act sicherzustellen.

Rechtsgrundlagen sind Art. 6 Abs. 1 lit. b DSGVO sowie für die Moderation Art. 6 Abs. 1 lit. c und f DSGVO.

### Gruppen und Veranstaltungen

Wenn Sie einer Gruppe beitreten oder einer Veranstaltung zusagen, sehen die anderen Mitglieder der Gruppe bzw. die Teilnehmenden Ihren Namen und Ihr Profilbild. Organisatorinnen und Organisatoren von Veranstaltungen erhalten eine Liste der Zusagen, aber keine Kontaktdaten.

### Benachrichtigungen

Wir informieren Sie per Push-Benachrichtigung und E-Mail über neue Nachrichten, Antworten auf Ihre Beiträge und wichtige Hinweise aus Ihrer Nachbarschaft. Welche Benachrichtigungen Sie erhalten, können Sie jederzeit in den Einstellungen festlegen. Unseren Newsletter mit Tipps und Neuigkeiten versenden wir nur mit Ihrer Einwilligung (Art. 6 Abs. 1 lit. a DSGVO); in jeder Ausgabe finden Sie einen Abmeldelink.

### Kundenservice

Wenn Sie sich an unseren Kundenservice wenden, verarbeiten wir Ihre Angaben und den Verlauf der Anfrage, um Ihr Anliegen zu bearbeiten. Anfragen werden zwei Jahre nach ihrem Abschluss gelöscht.

## 4. Cookies und ähnliche Technologien

Auf unserer Website und in unseren Apps setzen wir technisch notwendige Cookies ein. Soweit wir darüber hinaus Informationen auf Ihrem Endgerät speichern oder auslesen, etwa zur Reichweitenmessung, geschieht dies nur mit Ihrer Einwilligung nach § 25 Abs. 1 TTDSG in Verbindung mit Art. 6 Abs. 1 lit. a DSGVO. Zur Reichweitenmessung setzen wir das Analysewerkzeug Matomo ein, das auf unseren eigenen Servern in Frankfurt am Main betrieben wird; IP-Adressen werden dabei vor der Speicherung gekürzt. Ihre Einwilligung verwalten wir mit OneTrust; Sie können sie jederzeit über den Link „Cookie-Einstellungen“ im Seitenfuß widerrufen.

## 5. Empfänger und Auftragsverarbeiter

Wir geben Ihre Daten nicht an Dritte zu Werbezwecken weiter. Wir setzen sorgfältig ausgewählte Dienstleister ein, die Ihre Daten nach Art. 28 DSGVO ausschließlich nach unserer Weisung verarbeiten:

| Dienstleister | Zweck | Sitz |
| Amazon Web Services EMEA SARL | Hosting (Rechenzentrum Frankfurt am Main) | Luxemburg |
| Airship Group, Inc. | Push-Benachrichtigungen | USA |
| Zendesk, Inc. | Kundenservice | USA |
| Deutsche Post AG | Versand der Verifizierungspostkarten | Deutschland |
| OneTrust Technology Limited | Einwilligungsverwaltung | Vereinigtes Königreich |

## 6. Übermittlung in Drittländer

Soweit Dienstleister ihren Sitz in den USA oder im Vereinigten Königreich haben, erfolgt die Übermittlung auf Grundlage der Standardvertragsklauseln der EU-Kommission nach Art. 46 Abs. 2 lit. c DSGVO; für das Vereinigte Königreich besteht ein Angemessenheitsbeschluss der EU-Kommission.

## 7. Speicherdauer

Wir speichern Ihre Daten, solange Ihr Konto besteht. Nach der Löschung Ihres Kontos werden Ihre Profildaten und privaten Nachrichten innerhalb von 30 Tagen gelöscht; öffentliche Beiträge werden anonymisiert, damit Gesprächsverläufe in der Nachbarschaft verständlich bleiben. Server-Logdateien mit IP-Adressen löschen wir nach 14 Tagen. Gesetzliche Aufbewahrungspflichten nach dem Handelsgesetzbuch und der Abgabenordnung bleiben unberührt.

## 8. Ihre Rechte

Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16 DSGVO), Löschung (Art. 17 DSGVO), Einschränkung der Verarbeitung (Art. 18 DSGVO) und Datenübertragbarkeit (Art. 20 DSGVO). Eine erteilte Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen. Eine Kopie Ihrer bei uns gespeicherten Daten können Sie in der App unter „Einstellungen“ › „Meine Daten“ anfordern; wir stellen sie Ihnen innerhalb eines Monats in einem gängigen, maschinenlesbaren Format zur Verfügung.

**Widerspruchsrecht:** Soweit wir Ihre Daten auf Grundlage von Art. 6 Abs. 1 lit. f DSGVO verarbeiten, können Sie dieser Verarbeitung aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit nach Art. 21 DSGVO widersprechen.

Sie haben zudem das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren. Für uns zuständig ist die Berliner Beauftragte für Datenschutz und Informationsfreiheit, Alt-Moabit 59–61, 10555 Berlin.

## 9. Änderungen dieser Datenschutzerklärung

Wir passen diese Datenschutzerklärung an, wenn sich unsere Dienste oder die Rechtslage ändern. Über wesentliche Änderungen informieren wir Sie in der App.
"""

RETENTION = POLICY[POLICY.index("## 7. Speicherdauer"):POLICY.index("## 8. Ihre Rechte")]

EDITS = [
    {"note": "new processor Braze replaces Airship for push notifications and e-mails",
     "repl": [("| Airship Group, Inc. | Push-Benachrichtigungen | USA |",
               "| Braze, Inc. | Push-Benachrichtigungen und E-Mails | USA |")]},
    {"note": "silent: transfers to certified US recipients now based on the EU-U.S. Data Privacy Framework adequacy "
             "decision (July 2023), date not bumped", "bump": False,
     "repl": [("erfolgt die Übermittlung auf Grundlage der Standardvertragsklauseln der EU-Kommission nach Art. 46 Abs. 2 lit. c DSGVO;",
               "erfolgt die Übermittlung auf Grundlage eines Angemessenheitsbeschlusses der EU-Kommission (EU-U.S. Data Privacy Framework), sofern der Empfänger zertifiziert ist, andernfalls auf Grundlage der Standardvertragsklauseln der EU-Kommission nach Art. 46 Abs. 2 lit. c DSGVO;")]},
    {"note": "new section 'KI-gestützte Funktionen' (AI summaries of neighbourhood digest, public posts and marketplace "
             "listings used to train moderation models, legitimate interest, objection in settings); sections renumbered; "
             "§ 25 TTDSG -> TDDDG (law renamed May 2024)",
     "repl": [("nach § 25 Abs. 1 TTDSG in Verbindung", "nach § 25 Abs. 1 des Telekommunikation-Digitale-Dienste-Datenschutz-Gesetzes (TDDDG) in Verbindung"),
              ("## 4. Cookies und ähnliche Technologien",
               "## 4. KI-gestützte Funktionen\n\nFür den wöchentlichen Nachbarschafts-Überblick fassen wir öffentliche Beiträge Ihrer Nachbarschaft mit Hilfe eines Sprachmodells zusammen. Private Nachrichten werden dafür nicht verwendet.\n\nUm Betrug, Hassrede und verbotene Angebote schneller zu erkennen, trainieren wir eigene Moderationsmodelle auch mit öffentlichen Beiträgen und Marktplatz-Angeboten. Namen, Profilbilder und Adressangaben werden vor dem Training entfernt. Rechtsgrundlage ist unser berechtigtes Interesse an einer sicheren Plattform (Art. 6 Abs. 1 lit. f DSGVO). Sie können dieser Nutzung jederzeit in den Einstellungen unter „Privatsphäre“ widersprechen; Beiträge, die vor Ihrem Widerspruch bereits in ein Training eingeflossen sind, lassen sich nicht mehr aus dem Modell entfernen.\n\n## 5. Cookies und ähnliche Technologien"),
              ("## 5. Empfänger und Auftragsverarbeiter", "## 6. Empfänger und Auftragsverarbeiter"),
              ("## 6. Übermittlung in Drittländer", "## 7. Übermittlung in Drittländer"),
              ("## 7. Speicherdauer", "## 8. Speicherdauer"),
              ("## 8. Ihre Rechte", "## 9. Ihre Rechte"),
              ("## 9. Änderungen dieser", "## 10. Änderungen dieser")]},
    {"note": "retention: profile data and messages deleted within 14 days (was 30), server logs 7 days (was 14)",
     "repl": [("innerhalb von 30 Tagen gelöscht", "innerhalb von 14 Tagen gelöscht"),
              ("Server-Logdateien mit IP-Adressen löschen wir nach 14 Tagen.", "Server-Logdateien mit IP-Adressen löschen wir nach 7 Tagen.")]},
    {"note": "external data protection officer named (Dr. Henrike Saal, Datenschutzkanzlei Saal); 'Ihre Rechte' moved "
             "before 'Speicherdauer'",
     "repl": [("Unseren Datenschutzbeauftragten erreichen Sie unter [dsb@nachbarkreis.de](mailto:dsb@nachbarkreis.de) oder postalisch unter der obigen Anschrift mit dem Zusatz „z. Hd. Datenschutzbeauftragter“.",
               "Als externe Datenschutzbeauftragte haben wir Dr. Henrike Saal, Datenschutzkanzlei Saal, Torstraße 140, 10119 Berlin, benannt. Sie erreichen sie unter [dsb@nachbarkreis.de](mailto:dsb@nachbarkreis.de)."),
              (RETENTION.replace("## 7.", "## 8.").replace("innerhalb von 30 Tagen", "innerhalb von 14 Tagen").replace("nach 14 Tagen.", "nach 7 Tagen."), ""),
              ("## 9. Ihre Rechte", "## 8. Ihre Rechte"),
              ("## 10. Änderungen dieser", RETENTION.replace("## 7.", "## 9.").replace("innerhalb von 30 Tagen", "innerhalb von 14 Tagen").replace("nach 14 Tagen.", "nach 7 Tagen.") + "## 10. Änderungen dieser")]},
]

CITIES = [("Berlin-Neukölln", 18412), ("Frankfurt-Bockenheim", 6120), ("Berlin-Kreuzberg", 21877), ("Nürnberg-Gostenhof", 3390)]


def sid(title):
    h = hashlib.sha1(("otnotice|" + title).encode()).hexdigest()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["cf"] = (C.hexs(rng, 16), int(C.epoch(when)) + rng.randint(0, 40))
    s["gatsby"] = C.keep_or(rng, prev.get("gatsby"), 0.6, lambda: C.hexs(rng, 20))
    s["ot_banner"] = rng.random() < 0.75
    s["geo"] = C.keep_or(rng, prev.get("geo"), 0.25, lambda: rng.randrange(len(CITIES)))
    s["members"] = (i * 53 + rng.randint(0, 40))
    s["lazy"] = rng.choice([True, False])
    return s


LABELS = {
    "cf": "Cloudflare challenge-platform params (ray id, timestamp) per response",
    "gatsby": "Gatsby build (webpackCompilationHash, chunk names, page-data)",
    "ot_banner": "OneTrust cookie banner shown / hidden",
    "geo": "geolocated neighbourhood of the crawler IP in the sign-up teaser",
    "members": "'Nachbarn sind schon dabei' counter",
    "lazy": "gatsby-image lazy images loaded (opacity 1) or not (opacity 0)",
}


def otnotice(blocks):
    head, secs = C.split_sections(blocks)
    menu = "".join('<li class="otnotice-menu-section"><a href="#otnotice-section-%s">%s</a></li>' % (sid(t), C.inline_html(t))
                   for t, _ in secs)
    sections = ['<section class="otnotice-section" id="otnotice-section-%s"><div class="otnotice-section-content">%s</div></section>'
                % (sid("intro"), C.blocks_html(head, sep=""))]
    for t, bl in secs:
        sections.append('<section class="otnotice-section" id="otnotice-section-%s"><h2 class="otnotice-section-header">%s</h2>'
                        '<div class="otnotice-section-content">%s</div></section>' % (sid(t), C.inline_html(t), C.blocks_html(bl, sep="")))
    return ('<div id="otnotice-0c2f6a18-7b3e-4d9a-a1c5-58e2f9b4d037" class="otnotice"><div class="otnotice-content">'
            '<div class="otnotice-menu-mobile-container"><button class="otnotice-menu-mobile" aria-expanded="false">Inhalt</button></div>'
            '<ul class="otnotice-menu">%s</ul><div class="otnotice-sections">%s</div></div></div>' % (menu, "".join(sections)))


def render(s, blocks, when):
    ray, ts = s["cf"]
    g = s["gatsby"]
    city, base = CITIES[s["geo"]]
    op = "1" if s["lazy"] else "0"
    img = ('<div data-gatsby-image-wrapper="" class="gatsby-image-wrapper gatsby-image-wrapper-constrained app-promo__img"><div style="max-width:360px;display:block">'
           '<img alt="" role="presentation" aria-hidden="true" src="data:image/svg+xml;charset=utf-8,%%3Csvg height=\'720\' width=\'360\' xmlns=\'http://www.w3.org/2000/svg\' version=\'1.1\'%%3E%%3C/svg%%3E" style="max-width:100%%;display:block;position:static"></div>'
           '<img data-gatsby-image-ssr="" data-main-image="" style="opacity:%s;transition:opacity 500ms linear" sizes="(min-width: 360px) 360px, 100vw" decoding="async" loading="lazy" '
           'src="/static/%s/0a4f1/app-screens.webp" alt="Nachbarkreis-App auf dem Smartphone"></div>' % (op, g[:32]))
    header = ('<header class="Header-module--header--%s"><a href="/" class="Header-module--logo--%s" aria-label="Nachbarkreis Startseite">'
              '<svg width="150" height="32"><use href="#nk-logo"></use></svg></a><nav class="Header-module--nav--%s"><a href="/so-funktionierts">So funktioniert\'s</a>'
              '<a href="/fuer-gemeinden">Für Städte &amp; Gemeinden</a><a href="/magazin">Magazin</a><a href="https://app.nachbarkreis.de/login">Anmelden</a>'
              '<a href="https://app.nachbarkreis.de/registrieren" class="Button-module--primary--%s">Kostenlos mitmachen</a></nav></header>'
              % (g[:5], g[5:10], g[10:15], g[15:20]))
    teaser = ('<aside class="SignupTeaser-module--teaser--%s"><p>In <strong>%s</strong> sind schon <strong>%s Nachbarn</strong> dabei.</p>'
              '<a href="https://app.nachbarkreis.de/registrieren">Jetzt Nachbarschaft entdecken</a>%s</aside>'
              % (g[2:7], city, "{:,}".format(base + s["members"]).replace(",", "."), img))
    main = ('<main class="Layout-module--main--%s"><div class="LegalPage-module--wrapper--%s"><div class="LegalPage-module--header--%s">'
            '<p class="LegalPage-module--kicker--%s">Rechtliches</p><h1>%s</h1></div>%s</div>%s</main>'
            % (g[:5], g[3:8], g[6:11], g[9:14], C.inline_html(blocks[0][1]), otnotice(blocks[1:]), teaser))
    footer = ('<footer class="Footer-module--footer--%s"><div class="Footer-module--cols--%s"><ul><li><a href="/impressum">Impressum</a></li>'
              '<li><a href="/datenschutz" aria-current="page" class="active">Datenschutz</a></li><li><a href="/nutzungsbedingungen">Nutzungsbedingungen</a></li>'
              '<li><a href="/nachbarschaftsregeln">Nachbarschaftsregeln</a></li><li><button class="ot-sdk-show-settings">Cookie-Einstellungen</button></li></ul>'
              '<label for="lang">Sprache</label><select id="lang" name="lang"><option value="de" selected="">Deutsch</option><option value="en">English</option>'
              '<option value="tr">Türkçe</option></select></div><p>© %d Nachbarkreis GmbH</p></footer>' % (g[1:6], g[4:9], when.year))
    banner = ('<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-fade-in"></div><div id="onetrust-banner-sdk" class="otCenterRounded" '
              'tabindex="0" role="region" aria-label="Cookie-Banner"><div role="dialog" aria-modal="true" aria-describedby="onetrust-policy-text">'
              '<div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-twelve ot-sdk-columns">'
              '<div id="onetrust-policy"><h2 id="onetrust-policy-title">Wir respektieren Ihre Privatsphäre</h2><div id="onetrust-policy-text">'
              'Wir verwenden Cookies, um unsere Website zu verbessern. Mit „Alle akzeptieren“ stimmen Sie der Reichweitenmessung zu. '
              '<a class="ot-cookie-policy-link" href="/datenschutz" aria-label="Mehr Informationen zum Datenschutz">Mehr erfahren</a></div></div></div>'
              '<div id="onetrust-button-group-parent"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Einstellungen</button>'
              '<button id="onetrust-reject-all-handler">Alle ablehnen</button><button id="onetrust-accept-btn-handler">Alle akzeptieren</button></div></div>'
              '</div></div></div></div></div>'
              if s["ot_banner"] else
              '<div id="onetrust-consent-sdk"><div id="ot-sdk-btn-floating" class="ot-floating-button" title="Cookie-Einstellungen" '
              'style="display: none;"><div class="ot-floating-button__front"><button type="button" class="ot-floating-button__open" aria-label="Cookie-Einstellungen"></button></div></div></div>')
    cf = ("<script>(function(){function c(){var b=a.contentDocument||a.contentWindow.document;if(b){var d=b.createElement('script');"
          "d.innerHTML=\"window.__CF$cv$params={r:'%s',t:'%s'};var a=document.createElement('script');a.nonce='';a.src='/cdn-cgi/challenge-platform/scripts/jsd/main.js';"
          "document.getElementsByTagName('head')[0].appendChild(a);\";b.getElementsByTagName('head')[0].appendChild(d)}}if(document.body){var a=document.createElement('iframe');"
          "a.height=1;a.width=1;a.style.position='absolute';a.style.top=0;a.style.left=0;a.style.border='none';a.style.visibility='hidden';"
          "document.body.appendChild(a);c()}})();</script>"
          % (ray, C.base64.b64encode(("%d.000000" % ts).encode()).decode()))
    return ('<!DOCTYPE html><html lang="de"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/>'
            '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 5.13.3"/>'
            '<title>Datenschutzerklärung | Nachbarkreis</title><link rel="canonical" href="%s"/>'
            '<link as="script" rel="preload" href="/webpack-runtime-%s.js"/><link as="script" rel="preload" href="/framework-%s.js"/>'
            '<link as="script" rel="preload" href="/app-%s.js"/><link as="fetch" rel="preload" href="/page-data/datenschutz/page-data.json" crossorigin="anonymous"/>'
            '<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-document-language="true" type="text/javascript" charset="UTF-8" '
            'data-domain-script="018e4c7a-2b91-7d55-a3f0-6c9e1d2b4f87"></script>'
            '<script src="https://privacyportal-de.onetrust.com/privacy-notice-scripts/otnotice-1.0.min.js" type="text/javascript" charset="UTF-8" '
            'id="otprivacy-notice-script">settings="eyJjYWxsYmFja1VybCI6Imh0dHBzOi8vcHJpdmFjeXBvcnRhbC1kZS5vbmV0cnVzdC5jb20vcmVxdWVzdC92MS9wcml2YWN5Tm90aWNlcy9zdGF0cy92aWV3cyJ9"</script>'
            '</head><body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">%s%s%s</div>'
            '<div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true"></div></div>'
            '<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/datenschutz/";window.___webpackCompilationHash="%s";/*]]>*/</script>'
            '<script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping="{\\"app\\":[\\"/app-%s.js\\"],\\"component---src-templates-legal-page-tsx\\":[\\"/component---src-templates-legal-page-tsx-%s.js\\"]}";/*]]>*/</script>'
            '<script src="/app-%s.js" async=""></script>%s%s</body></html>'
            % (URL, g[:20], g[::-1][:20], g[1:] + "a", header, main, footer, g, g[1:] + "a", g[5:] + "0b3", g[1:] + "a", banner, cf))


PAGE = {
    "service": "Nachbarkreis", "url": URL, "lang": "de-DE", "platform": "Gatsby + OneTrust Privacy Notice",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2021, 11, 2), "end": dt.date(2026, 7, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 12, 1) - dt.timedelta(days=30), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["[class*=\"LegalPage-module--header\"] h1", ".otnotice-sections"]},
}
