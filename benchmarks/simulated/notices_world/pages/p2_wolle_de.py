"""Garnwerk Nordlicht GmbH (Flensburg), yarn shop - de-DE - WordPress + WooCommerce + Elementor, Borlabs Cookie.

"Impressum & Datenschutz": a jump menu of buttons, then one Elementor block per document (Impressum,
Haftungsausschluss, Datenschutzerklärung last), each with its own CSS ID; the Datenschutzerklärung is an
eRecht24-generated text pasted into a text-editor widget (its h1, numbered h2 sections, h3/h4 subsections).
Elementor migrated the page from sections to flexbox containers in 2024 (same IDs). Cookies (Borlabs) are a
section of the Datenschutzerklärung.
"""
import datetime as dt
import common as C

URL = "https://www.garnwerk-nordlicht.de/impressum-datenschutz/"
MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONATE[d.month - 1], d.year)


SHY = "\u00ad"
POLICY = """
# Datenschutz{S}erklärung

## 1. Datenschutz auf einen Blick

### Allgemeine Hinweise

Die folgenden Hinweise geben einen einfachen Überblick darüber, was mit Ihren personenbezogenen Daten passiert, wenn Sie diese Website besuchen. Personenbezogene Daten sind alle Daten, mit denen Sie persönlich identifiziert werden können. Ausführliche Informationen zum Thema Datenschutz entnehmen Sie unserer unter diesem Text aufgeführten Datenschutzerklärung.

### Datenerfassung auf dieser Website

#### Wer ist verantwortlich für die Datenerfassung auf dieser Website?

Die Datenverarbeitung auf dieser Website erfolgt durch den Websitebetreiber. Dessen Kontaktdaten können Sie dem Abschnitt „Hinweis zur verantwortlichen Stelle“ in dieser Datenschutzerklärung entnehmen.

#### Wie erfassen wir Ihre Daten?

Ihre Daten werden zum einen dadurch erhoben, dass Sie uns diese mitteilen. Hierbei kann es sich z. B. um Daten handeln, die Sie in ein Kontaktformular oder bei einer Bestellung eingeben.

Andere Daten werden automatisch oder nach Ihrer Einwilligung beim Besuch der Website durch unsere IT-Systeme erfasst. Das sind vor allem technische Daten (z. B. Internetbrowser, Betriebssystem oder Uhrzeit des Seitenaufrufs). Die Erfassung dieser Daten erfolgt automatisch, sobald Sie diese Website betreten.

#### Wofür nutzen wir Ihre Daten?

Ein Teil der Daten wird erhoben, um eine fehlerfreie Bereitstellung der Website zu gewährleisten. Andere Daten werden zur Abwicklung Ihrer Bestellungen und zum Versand des Newsletters verwendet, sofern Sie diesen abonniert haben.

#### Welche Rechte haben Sie bezüglich Ihrer Daten?

Sie haben jederzeit das Recht, unentgeltlich Auskunft über Herkunft, Empfänger und Zweck Ihrer gespeicherten personenbezogenen Daten zu erhalten. Sie haben außerdem ein Recht, die Berichtigung oder Löschung dieser Daten zu verlangen. Wenn Sie eine Einwilligung zur Datenverarbeitung erteilt haben, können Sie diese Einwilligung jederzeit für die Zukunft widerrufen. Außerdem haben Sie das Recht, unter bestimmten Umständen die Einschränkung der Verarbeitung Ihrer personenbezogenen Daten zu verlangen. Des Weiteren steht Ihnen ein Beschwerderecht bei der zuständigen Aufsichtsbehörde zu.

## 2. Hosting

Wir hosten die Inhalte unserer Website bei folgendem Anbieter:

### Externes Hosting

Diese Website wird extern gehostet. Die personenbezogenen Daten, die auf dieser Website erfasst werden, werden auf den Servern des Hosters gespeichert. Hierbei kann es sich v. a. um IP-Adressen, Kontaktanfragen, Meta- und Kommunikationsdaten, Vertragsdaten, Kontaktdaten, Namen, Websitezugriffe und sonstige Daten, die über eine Website generiert werden, handeln.

Das externe Hosting erfolgt zum Zwecke der Vertragserfüllung gegenüber unseren potenziellen und bestehenden Kunden (Art. 6 Abs. 1 lit. b DSGVO) und im Interesse einer sicheren, schnellen und effizienten Bereitstellung unseres Online-Angebots durch einen professionellen Anbieter (Art. 6 Abs. 1 lit. f DSGVO).

Wir setzen folgenden Hoster ein:

@ STRATO AG
@ Otto-Ostrowski-Straße 7
@ 10249 Berlin

Wir haben einen Vertrag über Auftragsverarbeitung (AVV) zur Nutzung des oben genannten Dienstes geschlossen. Hierbei handelt es sich um einen datenschutzrechtlich vorgeschriebenen Vertrag, der gewährleistet, dass dieser die personenbezogenen Daten unserer Websitebesucher nur nach unseren Weisungen und unter Einhaltung der DSGVO verarbeitet.

## 3. Allgemeine Hinweise und Pflicht{S}informationen

### Datenschutz

Die Betreiber dieser Seiten nehmen den Schutz Ihrer persönlichen Daten sehr ernst. Wir behandeln Ihre personenbezogenen Daten vertraulich und entsprechend den gesetzlichen Datenschutzvorschriften sowie dieser Datenschutzerklärung.

Wir weisen darauf hin, dass die Datenübertragung im Internet (z. B. bei der Kommunikation per E-Mail) Sicherheitslücken aufweisen kann. Ein lückenloser Schutz der Daten vor dem Zugriff durch Dritte ist nicht möglich.

### Hinweis zur verantwortlichen Stelle

Die verantwortliche Stelle für die Datenverarbeitung auf dieser Website ist:

@ Garnwerk Nordlicht GmbH
@ Norderstraße 88
@ 24939 Flensburg
@ Telefon: +49 461 318 77 20
@ E-Mail: datenschutz@garnwerk-nordlicht.de

Verantwortliche Stelle ist die natürliche oder juristische Person, die allein oder gemeinsam mit anderen über die Zwecke und Mittel der Verarbeitung von personenbezogenen Daten (z. B. Namen, E-Mail-Adressen o. Ä.) entscheidet.

### Speicherdauer

Soweit innerhalb dieser Datenschutzerklärung keine speziellere Speicherdauer genannt wurde, verbleiben Ihre personenbezogenen Daten bei uns, bis der Zweck für die Datenverarbeitung entfällt. Wenn Sie ein berechtigtes Löschersuchen geltend machen oder eine Einwilligung zur Datenverarbeitung widerrufen, werden Ihre Daten gelöscht, sofern wir keine anderen rechtlich zulässigen Gründe für die Speicherung Ihrer personenbezogenen Daten haben (z. B. steuer- oder handelsrechtliche Aufbewahrungsfristen); im letztgenannten Fall erfolgt die Löschung nach Fortfall dieser Gründe.

### Widerruf Ihrer Einwilligung zur Datenverarbeitung

Viele Datenverarbeitungsvorgänge sind nur mit Ihrer ausdrücklichen Einwilligung möglich. Sie können eine bereits erteilte Einwilligung jederzeit widerrufen. Die Rechtmäßigkeit der bis zum Widerruf erfolgten Datenverarbeitung bleibt vom Widerruf unberührt.

### Widerspruchsrecht gegen die Datenerhebung in besonderen Fällen sowie gegen Direktwerbung (Art. 21 DSGVO)

WENN DIE DATENVERARBEITUNG AUF GRUNDLAGE VON ART. 6 ABS. 1 LIT. E ODER F DSGVO ERFOLGT, HABEN SIE JEDERZEIT DAS RECHT, AUS GRÜNDEN, DIE SICH AUS IHRER BESONDEREN SITUATION ERGEBEN, GEGEN DIE VERARBEITUNG IHRER PERSONENBEZOGENEN DATEN WIDERSPRUCH EINZULEGEN. WERDEN IHRE PERSONENBEZOGENEN DATEN VERARBEITET, UM DIREKTWERBUNG ZU BETREIBEN, SO HABEN SIE DAS RECHT, JEDERZEIT WIDERSPRUCH GEGEN DIE VERARBEITUNG SIE BETREFFENDER PERSONENBEZOGENER DATEN ZUM ZWECKE DERARTIGER WERBUNG EINZULEGEN (WIDERSPRUCH NACH ART. 21 ABS. 2 DSGVO).

### Beschwerderecht bei der zuständigen Aufsichtsbehörde

Im Falle von Verstößen gegen die DSGVO steht den Betroffenen ein Beschwerderecht bei einer Aufsichtsbehörde, insbesondere in dem Mitgliedstaat ihres gewöhnlichen Aufenthalts, ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes zu. Für uns zuständig ist das Unabhängige Landeszentrum für Datenschutz Schleswig-Holstein (ULD), Holstenstraße 98, 24103 Kiel.

### Recht auf Datenübertragbarkeit

Sie haben das Recht, Daten, die wir auf Grundlage Ihrer Einwilligung oder in Erfüllung eines Vertrags automatisiert verarbeiten, an sich oder an einen Dritten in einem gängigen, maschinenlesbaren Format aushändigen zu lassen. Sofern Sie die direkte Übertragung der Daten an einen anderen Verantwortlichen verlangen, erfolgt dies nur, soweit es technisch machbar ist.

### Auskunft, Löschung und Berichtigung

Sie haben im Rahmen der geltenden gesetzlichen Bestimmungen jederzeit das Recht auf unentgeltliche Auskunft über Ihre gespeicherten personenbezogenen Daten, deren Herkunft und Empfänger und den Zweck der Datenverarbeitung und ggf. ein Recht auf Berichtigung oder Löschung dieser Daten. Hierzu sowie zu weiteren Fragen zum Thema personenbezogene Daten können Sie sich jederzeit an uns wenden.

### SSL- bzw. TLS-Verschlüsselung

Diese Seite nutzt aus Sicherheitsgründen und zum Schutz der Übertragung vertraulicher Inhalte, wie zum Beispiel Bestellungen oder Anfragen, die Sie an uns als Seitenbetreiber senden, eine SSL- bzw. TLS-Verschlüsselung. Eine verschlüsselte Verbindung erkennen Sie daran, dass die Adresszeile des Browsers von „http://“ auf „https://“ wechselt und an dem Schloss-Symbol in Ihrer Browserzeile.

## 4. Datenerfassung auf dieser Website

### Cookies

Unsere Internetseiten verwenden so genannte „Cookies“. Cookies sind kleine Datenpakete und richten auf Ihrem Endgerät keinen Schaden an. Sie werden entweder vorübergehend für die Dauer einer Sitzung (Session-Cookies) oder dauerhaft (permanente Cookies) auf Ihrem Endgerät gespeichert.

Cookies, die zur Durchführung des elektronischen Kommunikationsvorgangs, zur Bereitstellung bestimmter, von Ihnen erwünschter Funktionen (z. B. für die Warenkorbfunktion) oder zur Optimierung der Website erforderlich sind, werden auf Grundlage von Art. 6 Abs. 1 lit. f DSGVO gespeichert. Sofern eine Einwilligung zur Speicherung von Cookies abgefragt wurde, erfolgt die Speicherung der betreffenden Cookies ausschließlich auf Grundlage dieser Einwilligung (Art. 6 Abs. 1 lit. a DSGVO); die Einwilligung ist jederzeit widerrufbar.

### Einwilligung mit Borlabs Cookie

Unsere Website nutzt die Consent-Technologie von Borlabs Cookie, um Ihre Einwilligung zur Speicherung bestimmter Cookies in Ihrem Browser einzuholen und diese datenschutzkonform zu dokumentieren. Anbieter dieser Technologie ist die Borlabs GmbH, Rübenkamp 32, 22305 Hamburg. Borlabs Cookie setzt ein Cookie (borlabs-cookie), in dem Ihre erteilten Einwilligungen gespeichert werden. Die Daten werden nicht an den Anbieter von Borlabs Cookie weitergegeben.

### Server-Log-Dateien

Der Provider der Seiten erhebt und speichert automatisch Informationen in so genannten Server-Log-Dateien, die Ihr Browser automatisch an uns übermittelt. Dies sind Browsertyp und Browserversion, verwendetes Betriebssystem, Referrer URL, Hostname des zugreifenden Rechners, Uhrzeit der Serveranfrage und IP-Adresse. Eine Zusammenführung dieser Daten mit anderen Datenquellen wird nicht vorgenommen.

Die Erfassung dieser Daten erfolgt auf Grundlage von Art. 6 Abs. 1 lit. f DSGVO. Der Websitebetreiber hat ein berechtigtes Interesse an der technisch fehlerfreien Darstellung und der Optimierung seiner Website – hierzu müssen die Server-Log-Files erfasst werden.

### Kontaktformular

Wenn Sie uns per Kontaktformular Anfragen zukommen lassen, werden Ihre Angaben aus dem Anfrageformular inklusive der von Ihnen dort angegebenen Kontaktdaten zwecks Bearbeitung der Anfrage und für den Fall von Anschlussfragen bei uns gespeichert. Diese Daten geben wir nicht ohne Ihre Einwilligung weiter.

Die von Ihnen im Kontaktformular eingegebenen Daten verbleiben bei uns, bis Sie uns zur Löschung auffordern, Ihre Einwilligung zur Speicherung widerrufen oder der Zweck für die Datenspeicherung entfällt (z. B. nach abgeschlossener Bearbeitung Ihrer Anfrage). Zwingende gesetzliche Bestimmungen – insbesondere Aufbewahrungsfristen – bleiben unberührt.

### Registrierung auf dieser Website

Sie können sich auf dieser Website registrieren, um zusätzliche Funktionen wie die Bestellhistorie oder Merklisten zu nutzen. Die dazu eingegebenen Daten verwenden wir nur zum Zwecke der Nutzung des jeweiligen Angebotes, für das Sie sich registriert haben. Die bei der Registrierung abgefragten Pflichtangaben müssen vollständig angegeben werden. Anderenfalls werden wir die Registrierung ablehnen.

## 5. Newsletter

### Newsletter{S}daten

Wenn Sie den auf der Website angebotenen Newsletter beziehen möchten, benötigen wir von Ihnen eine E-Mail-Adresse sowie Informationen, welche uns die Überprüfung gestatten, dass Sie der Inhaber der angegebenen E-Mail-Adresse sind und mit dem Empfang des Newsletters einverstanden sind (Double-Opt-In-Verfahren). Die Verarbeitung erfolgt ausschließlich auf Grundlage Ihrer Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).

Für den Versand nutzen wir Mailchimp, einen Dienst der The Rocket Science Group LLC, 675 Ponce de Leon Ave NE, Suite 5000, Atlanta, GA 30308, USA. Die Datenübertragung in die USA wird auf die Standardvertragsklauseln der EU-Kommission gestützt.

Die von Ihnen zum Zwecke des Newsletter-Bezugs bei uns hinterlegten Daten werden von uns bis zu Ihrer Austragung aus dem Newsletter gespeichert und nach der Abbestellung des Newsletters aus der Verteilerliste gelöscht.

## 6. Plugins und Tools

### Google Fonts (lokales Hosting)

Diese Seite nutzt zur einheitlichen Darstellung von Schriftarten so genannte Google Fonts, die von Google bereitgestellt werden. Die Google Fonts sind lokal installiert. Eine Verbindung zu Servern von Google findet dabei nicht statt.

## 7. eCommerce und Zahlungs{S}anbieter

### Verarbeiten von Kunden- und Vertragsdaten

Wir erheben, verarbeiten und nutzen personenbezogene Kunden- und Vertragsdaten zur Begründung, inhaltlichen Ausgestaltung und Änderung unserer Vertragsbeziehungen. Rechtsgrundlage hierfür ist Art. 6 Abs. 1 lit. b DSGVO. Die erhobenen Kundendaten werden nach Abschluss des Auftrags oder Beendigung der Geschäftsbeziehung und Ablauf der ggf. bestehenden gesetzlichen Aufbewahrungsfristen gelöscht.

### Daten{S}übermittlung bei Vertragsschluss für Online-Shops und Warenversand

Wir übermitteln personenbezogene Daten an Dritte nur dann, wenn dies im Rahmen der Vertragsabwicklung notwendig ist, etwa an das mit der Lieferung der Ware betraute Unternehmen (DHL Paket GmbH) oder das mit der Zahlungsabwicklung beauftragte Kreditinstitut. Eine weitergehende Übermittlung der Daten erfolgt nicht bzw. nur dann, wenn Sie der Übermittlung ausdrücklich zugestimmt haben.

### Zahlungsdienste

Wir binden Zahlungsdienste von Drittunternehmen auf unserer Website ein. Wenn Sie einen Kauf bei uns tätigen, werden Ihre Zahlungsdaten (z. B. Name, Zahlungssumme, Kontoverbindung, Kreditkartennummer) vom Zahlungsdienstleister zum Zwecke der Zahlungsabwicklung verarbeitet. Für diese Transaktionen gelten die jeweiligen Vertrags- und Datenschutzbestimmungen der jeweiligen Anbieter. Der Einsatz der Zahlungsdienstleister erfolgt auf Grundlage von Art. 6 Abs. 1 lit. b DSGVO (Vertragsabwicklung) sowie im Interesse eines möglichst reibungslosen, komfortablen und sicheren Zahlungsvorgangs (Art. 6 Abs. 1 lit. f DSGVO).

Wir setzen folgende Zahlungsdienste ein:

- **PayPal**: Anbieter ist die PayPal (Europe) S.à.r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg.
- **Stripe** (Kreditkarte, Apple Pay, Google Pay): Anbieter ist die Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Grand Canal Dock, Dublin, Irland.

Quelle: [https://www.e-recht24.de](https://www.e-recht24.de)

Stand: {UPDATED}
""".replace("{S}", SHY)

EDITS = [
    {"note": "cookie section: legal basis now cites § 25 Abs. 1 TTDSG (TTDSG of June 2021, in force 1 Dec 2021) next to the DSGVO",
     "repl": [("Sofern eine Einwilligung zur Speicherung von Cookies abgefragt wurde, erfolgt die Speicherung der betreffenden Cookies ausschließlich auf Grundlage dieser Einwilligung (Art. 6 Abs. 1 lit. a DSGVO); die Einwilligung ist jederzeit widerrufbar.",
               "Sofern eine Einwilligung zur Speicherung von Cookies und vergleichbaren Wiedererkennungstechnologien abgefragt wurde, erfolgt die Verarbeitung ausschließlich auf Grundlage dieser Einwilligung (Art. 6 Abs. 1 lit. a DSGVO und § 25 Abs. 1 TTDSG); die Einwilligung ist jederzeit widerrufbar.")]},
    {"note": "new host: STRATO AG -> Raidboxes GmbH (Münster), sentence on the managed WordPress hosting",
     "repl": [("@ STRATO AG\n@ Otto-Ostrowski-Straße 7\n@ 10249 Berlin",
               "@ Raidboxes GmbH\n@ Hafenweg 26a\n@ 48155 Münster\n\nRaidboxes betreibt die Server ausschließlich in Rechenzentren in Deutschland.")]},
    {"note": "payment providers: Klarna (Rechnung, Ratenkauf) added (silent, 'Stand' not changed)", "bump": False,
     "repl": [("- **Stripe** (Kreditkarte, Apple Pay, Google Pay): Anbieter ist die Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Grand Canal Dock, Dublin, Irland.",
               "- **Stripe** (Kreditkarte, Apple Pay, Google Pay): Anbieter ist die Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Grand Canal Dock, Dublin, Irland.\n- **Klarna** (Rechnung, Ratenkauf): Anbieter ist die Klarna Bank AB (publ), Sveavägen 46, 111 34 Stockholm, Schweden. Klarna führt zur Entscheidung über die angebotenen Zahlungsarten eine Identitäts- und Bonitätsprüfung durch und kann hierzu Daten an Auskunfteien übermitteln.")]},
    {"note": "newsletter: Mailchimp's US transfer now based on the EU-US Data Privacy Framework (DPF) adequacy decision",
     "repl": [("Die Datenübertragung in die USA wird auf die Standardvertragsklauseln der EU-Kommission gestützt.",
               "Das Unternehmen verfügt über eine Zertifizierung nach dem „EU-US Data Privacy Framework“ (DPF). Der DPF ist ein Übereinkommen zwischen der Europäischen Union und den USA, der die Einhaltung europäischer Datenschutzstandards bei Datenverarbeitungen in den USA gewährleisten soll. Weitere Informationen hierzu erhalten Sie vom Anbieter unter folgendem Link: [https://www.dataprivacyframework.gov/participant/5479](https://www.dataprivacyframework.gov/participant/5479).")]},
    {"note": "TTDSG renamed TDDDG (May 2024); new Trusted Shops trustbadge section under Plugins und Tools",
     "repl": [("Art. 6 Abs. 1 lit. a DSGVO und § 25 Abs. 1 TTDSG", "Art. 6 Abs. 1 lit. a DSGVO und § 25 Abs. 1 TDDDG"),
              ("Eine Verbindung zu Servern von Google findet dabei nicht statt.",
               "Eine Verbindung zu Servern von Google findet dabei nicht statt.\n\n### Trusted Shops Trustbadge\n\nAuf dieser Website ist das Trusted Shops Trustbadge eingebunden, um unser Gütesiegel und gesammelte Bewertungen anzuzeigen. Anbieter ist die Trusted Shops GmbH, Subbelrather Str. 15C, 50823 Köln. Beim Aufruf des Trustbadge speichert der Webserver automatisch ein Server-Logfile mit Ihrer IP-Adresse, Datum und Uhrzeit des Abrufs. Die Einbindung erfolgt auf Grundlage Ihrer Einwilligung (Art. 6 Abs. 1 lit. a DSGVO und § 25 Abs. 1 TDDDG).")]},
]

# ---------------------------------------------------------------- the other documents (noise state)

GF = [(dt.datetime(2000, 1, 1), "Geschäftsführerin: Henrike Jessen"),
      (dt.datetime(2023, 4, 3), "Geschäftsführer: Henrike Jessen, Ole Petersen"),
      (dt.datetime(2025, 10, 13), "Geschäftsführer: Ole Petersen")]
STREIT = [(dt.datetime(2000, 1, 1), "os"), (dt.datetime(2025, 7, 28), "no-os")]
WP = [(dt.datetime(2000, 1, 1), "5.7.2", "3.2.5", "5.4.1", "2.2.30"), (dt.datetime(2021, 11, 15), "5.8.2", "3.4.8", "5.9.0", "2.2.41"),
      (dt.datetime(2022, 8, 1), "6.0.1", "3.6.8", "6.7.0", "2.2.52"), (dt.datetime(2023, 6, 5), "6.2.2", "3.13.4", "7.7.2", "2.2.63"),
      (dt.datetime(2024, 3, 11), "6.4.3", "3.20.0", "8.6.1", "3.0.4"), (dt.datetime(2025, 1, 20), "6.7.1", "3.26.5", "9.5.2", "3.1.9"),
      (dt.datetime(2025, 12, 8), "6.8.3", "3.32.1", "10.3.5", "3.3.6")]
CONTAINERS = dt.datetime(2024, 3, 11)


def at(table, when):
    cur = table[0]
    for row in table:
        if when >= row[0]:
            cur = row
    return cur


def impressum_src(s):
    streit = ("## EU-Streitschlichtung\n\nDie Europäische Kommission stellt eine Plattform zur Online-Streitbeilegung (OS) bereit: "
              "[https://ec.europa.eu/consumers/odr/](https://ec.europa.eu/consumers/odr/). Unsere E-Mail-Adresse finden Sie oben im Impressum.\n\n"
              if s["streit"] == "os" else "")
    return """
# Impressum

## Angaben gemäß § 5 {LAW}

@ Garnwerk Nordlicht GmbH
@ Norderstraße 88
@ 24939 Flensburg

@ Handelsregister: HRB 13872 FL
@ Registergericht: Amtsgericht Flensburg

**Vertreten durch:** %s

## Kontakt

@ Telefon: +49 461 318 77 20
@ E-Mail: hallo@garnwerk-nordlicht.de

## Umsatzsteuer-ID

Umsatzsteuer-Identifikationsnummer gemäß § 27 a Umsatzsteuergesetz: DE 318 442 907

## Redaktionell verantwortlich

Henrike Jessen, Norderstraße 88, 24939 Flensburg

%s## Verbraucher{S}streit{S}beilegung/Universal{S}schlichtungs{S}stelle

Wir sind nicht bereit oder verpflichtet, an Streitbeilegungsverfahren vor einer Verbraucherschlichtungsstelle teilzunehmen.
""".replace("{S}", SHY).replace("{LAW}", s["law"]) % (s["gf"].split(": ", 1)[1], streit)


HAFTUNG_SRC = """
# Haftungsausschluss

## Haftung für Inhalte

Als Diensteanbieter sind wir gemäß § 7 Abs. 1 {LAW} für eigene Inhalte auf diesen Seiten nach den allgemeinen Gesetzen verantwortlich. Nach §§ 8 bis 10 {LAW} sind wir als Diensteanbieter jedoch nicht verpflichtet, übermittelte oder gespeicherte fremde Informationen zu überwachen oder nach Umständen zu forschen, die auf eine rechtswidrige Tätigkeit hinweisen. Verpflichtungen zur Entfernung oder Sperrung der Nutzung von Informationen nach den allgemeinen Gesetzen bleiben hiervon unberührt.

## Haftung für Links

Unser Angebot enthält Links zu externen Websites Dritter, auf deren Inhalte wir keinen Einfluss haben. Deshalb können wir für diese fremden Inhalte auch keine Gewähr übernehmen. Für die Inhalte der verlinkten Seiten ist stets der jeweilige Anbieter oder Betreiber der Seiten verantwortlich. Bei Bekanntwerden von Rechtsverletzungen werden wir derartige Links umgehend entfernen.

## Urheberrecht

Die durch die Seitenbetreiber erstellten Inhalte und Werke auf diesen Seiten, insbesondere unsere Strickanleitungen und Produktfotos, unterliegen dem deutschen Urheberrecht. Die Vervielfältigung, Bearbeitung, Verbreitung und jede Art der Verwertung außerhalb der Grenzen des Urheberrechtes bedürfen der schriftlichen Zustimmung des jeweiligen Autors bzw. Erstellers.
"""

ANNOUNCE = ["Versandkostenfrei ab 49 € innerhalb Deutschlands", "Neu eingetroffen: Herbstfarben der Nordlicht-Merino",
            "Strickabend im Laden: jeden Donnerstag ab 18 Uhr", "Sockenwolle-Sale: 20 % auf ausgewählte Farben",
            "Adventskalender 2024 jetzt vorbestellen", "Wir sind vom 24.12. bis 1.1. im Urlaub – Bestellungen werden ab 2.1. versendet"]


def md(blocks, base=URL):
    out = []
    for b in blocks:
        if b[0] == "p" and b[1].startswith("#### "):
            out.append("#### " + C.inline_md(b[1][5:], base))
        else:
            out.append(C.block_md(b, base))
    return "\n\n".join(out)


def widget_html(blocks):
    out = []
    for b in blocks:
        if b[0] == "p" and b[1].startswith("#### "):
            out.append("<h4>%s</h4>" % C.inline_html(b[1][5:]))
        elif b[0] == "addr":
            out.append("<p>%s</p>" % "<br />\n".join(C.inline_html(l) for l in b[1]))
        else:
            out.append(C.block_html(b))
    return "\n".join(out)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["gf"] = at(GF, when)[1]
    s["streit"] = at(STREIT, when)[1]
    s["law"] = "DDG" if when >= dt.datetime(2024, 5, 21) else "TMG"
    s["versions"] = at(WP, when)[1:]
    s["layout"] = "containers" if when >= CONTAINERS else "sections"
    s["nonces"] = (C.hexs(rng, 10), C.hexs(rng, 10), C.hexs(rng, 10))
    s["elementor_css"] = C.keep_or(rng, prev.get("elementor_css"), 0.4, lambda: C.epoch(when) - rng.randint(600, 86400 * 30))
    s["announce"] = C.keep_or(rng, prev.get("announce"), 0.6, lambda: rng.randrange(len(ANNOUNCE)))
    s["trustbadge"] = ("4,%d" % rng.choice([86, 87, 88, 89, 90]), 1180 + i * 41 + rng.randint(0, 30))
    s["borlabs"] = C.keep_or(rng, prev.get("borlabs"), 0.15, lambda: rng.randint(1, 9))
    return s


LABELS = {
    "gf": "other document: Impressum's managing director(s) (Vertreten durch)",
    "streit": "other document: Impressum's EU-Streitschlichtung paragraph removed (ODR platform closed July 2025)",
    "law": "other documents: Impressum and Haftungsausschluss cite the DDG instead of the TMG (May 2024)",
    "versions": "WordPress / Elementor / WooCommerce / Borlabs ?ver= cache busters after updates",
    "layout": "Elementor migration from sections/columns to flexbox containers (same CSS IDs)",
    "nonces": "WordPress/WooCommerce nonces (wpApiSettings, wc_cart_fragments, search)",
    "elementor_css": "Elementor post-CSS file timestamp (?ver=)",
    "announce": "announcement bar text rotated",
    "trustbadge": "Trusted Shops rating and review count in footer",
    "borlabs": "Borlabs Cookie consent version (cookieVersion)",
}


def el(layout, eid, kind, inner, extra="", css_id=None):
    idattr = ' id="%s"' % css_id if css_id else ""
    if layout == "sections":
        if kind == "section":
            return ('<section class="elementor-section elementor-top-section elementor-element elementor-element-%s elementor-section-boxed elementor-section-height-default"%s data-id="%s" data-element_type="section">'
                    '<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-%s" data-id="%s" data-element_type="column">'
                    '<div class="elementor-widget-wrap elementor-element-populated">%s</div></div></div></section>' % (eid, idattr, eid, eid[::-1], eid[::-1], inner))
    else:
        if kind == "section":
            return ('<div class="elementor-element elementor-element-%s e-flex e-con-boxed e-con e-parent"%s data-id="%s" data-element_type="container">'
                    '<div class="e-con-inner">%s</div></div>' % (eid, idattr, eid, inner))
    return ('<div class="elementor-element elementor-element-%s elementor-widget elementor-widget-%s" data-id="%s" data-element_type="widget" data-widget_type="%s.default">'
            '<div class="elementor-widget-container">\n%s\n</div></div>' % (eid, kind, eid, kind, inner))


def render(s, blocks, when):
    wp, elv, wcv, blv = s["versions"]
    lay = s["layout"]
    n1, n2, n3 = s["nonces"]
    ts = s["elementor_css"]
    imp = widget_html(C.parse_src(impressum_src(s)))
    haf = widget_html(C.parse_src(HAFTUNG_SRC.replace("{LAW}", s["law"])))
    dse = widget_html(blocks)
    jump = ('<div class="elementor-button-wrapper"><a class="elementor-button elementor-size-sm" href="#impressum"><span class="elementor-button-text">Impressum</span></a></div>'
            '<div class="elementor-button-wrapper"><a class="elementor-button elementor-size-sm" href="#haftungsausschluss"><span class="elementor-button-text">Haftungsausschluss</span></a></div>'
            '<div class="elementor-button-wrapper"><a class="elementor-button elementor-size-sm" href="#datenschutz"><span class="elementor-button-text">Datenschutz</span></a></div>')
    content = "\n".join([
        el(lay, "2a7c91e", "section", el(lay, "5e0b3d2", "heading", '<h1 class="elementor-heading-title elementor-size-default">Impressum &amp; Datenschutz</h1>')
           + el(lay, "b41f6a8", "button", jump)),
        el(lay, "7d3e2c1", "section", el(lay, "c9a0e47", "text-editor", imp), css_id="impressum"),
        el(lay, "8f1b6d4", "section", el(lay, "e27c5b0", "text-editor", haf), css_id="haftungsausschluss"),
        el(lay, "4b9d0f3", "section", el(lay, "a63e18c", "text-editor", dse), css_id="datenschutz"),
    ])
    stars, count = s["trustbadge"]
    return ('<!doctype html>\n<html lang="de-DE">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>Impressum &amp; Datenschutz &#8211; Garnwerk Nordlicht</title>\n<meta name="robots" content="max-image-preview:large">\n'
            '<link rel="stylesheet" id="borlabs-cookie-css" href="https://www.garnwerk-nordlicht.de/wp-content/cache/borlabs-cookie/borlabs-cookie_1_de.css?ver=%s-%d" media="all">\n'
            '<link rel="stylesheet" id="woocommerce-general-css" href="https://www.garnwerk-nordlicht.de/wp-content/plugins/woocommerce/assets/css/woocommerce.css?ver=%s" media="all">\n'
            '<link rel="stylesheet" id="elementor-frontend-css" href="https://www.garnwerk-nordlicht.de/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=%s" media="all">\n'
            '<link rel="stylesheet" id="elementor-post-412-css" href="https://www.garnwerk-nordlicht.de/wp-content/uploads/elementor/css/post-412.css?ver=%d" media="all">\n'
            '<link rel="stylesheet" id="hello-elementor-css" href="https://www.garnwerk-nordlicht.de/wp-content/themes/hello-elementor/style.min.css?ver=%s" media="all">\n'
            '<script id="wp-api-request-js-extra">var wpApiSettings = {"root":"https:\\/\\/www.garnwerk-nordlicht.de\\/wp-json\\/","nonce":"%s","versionString":"wp\\/v2\\/"};</script>\n'
            '<script id="wc-cart-fragments-js-extra">var wc_cart_fragments_params = {"ajax_url":"\\/wp-admin\\/admin-ajax.php","wc_ajax_url":"\\/?wc-ajax=%%%%endpoint%%%%","cart_hash_key":"wc_cart_hash_%s","fragment_name":"wc_fragments_%s","request_timeout":"5000"};</script>\n'
            '<meta name="generator" content="WordPress %s">\n<meta name="generator" content="WooCommerce %s">\n<meta name="generator" content="Elementor %s; features: e_font_icon_svg; settings: css_print_method-external">\n'
            '<link rel="canonical" href="%s">\n</head>\n'
            '<body class="privacy-policy page-template-default page page-id-412 wp-custom-logo theme-hello-elementor woocommerce-no-js elementor-default elementor-kit-6 elementor-page elementor-page-412">\n'
            '<div class="announcement-bar" role="status"><p>%s</p></div>\n'
            '<header id="site-header" class="site-header" role="banner"><div class="site-branding"><a href="https://www.garnwerk-nordlicht.de/" class="custom-logo-link" rel="home"><img width="240" height="80" src="https://www.garnwerk-nordlicht.de/wp-content/uploads/2020/11/garnwerk-logo.svg" class="custom-logo" alt="Garnwerk Nordlicht"></a></div>'
            '<nav class="site-navigation"><ul id="menu-hauptmenue" class="menu"><li class="menu-item"><a href="/shop/">Shop</a></li><li class="menu-item"><a href="/produkt-kategorie/wolle/">Wolle</a></li>'
            '<li class="menu-item"><a href="/produkt-kategorie/anleitungen/">Anleitungen</a></li><li class="menu-item"><a href="/strickabend/">Strickabend</a></li><li class="menu-item"><a href="/ueber-uns/">Über uns</a></li></ul></nav>'
            '<form role="search" method="get" class="woocommerce-product-search" action="https://www.garnwerk-nordlicht.de/"><input type="search" name="s" placeholder="Produkte suchen&hellip;"><input type="hidden" name="post_type" value="product"><input type="hidden" name="_wpnonce" value="%s"></form>'
            '<a class="cart-contents" href="/warenkorb/" title="Warenkorb ansehen"><span class="amount">0,00&nbsp;&euro;</span> <span class="count">0 Artikel</span></a></header>\n'
            '<main id="content" class="site-main post-412 page type-page status-publish hentry">\n<div class="page-content">\n'
            '<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">\n%s\n</div>\n</div>\n</main>\n'
            '<footer id="site-footer" class="site-footer"><div class="footer-inner"><div class="trustbadge"><span class="ts-rating">%s/5,00</span> <span class="ts-count">%s Bewertungen</span> bei Trusted Shops</div>'
            '<nav class="site-navigation"><ul id="menu-footer" class="menu"><li class="menu-item"><a href="/agb/">AGB</a></li><li class="menu-item"><a href="/widerrufsbelehrung/">Widerrufsbelehrung</a></li>'
            '<li class="menu-item"><a href="/versand-zahlung/">Versand &amp; Zahlung</a></li><li class="menu-item current-menu-item"><a href="/impressum-datenschutz/" aria-current="page">Impressum &amp; Datenschutz</a></li>'
            '<li class="menu-item"><a href="#" class="borlabs-cookie-preference">Cookie-Einstellungen</a></li></ul></nav><p class="copyright">&copy; %d Garnwerk Nordlicht GmbH</p></div></footer>\n'
            '<div data-nosnippet><script id="BorlabsCookieBoxWrap" type="text/template"><div id="BorlabsCookieBox" class="BorlabsCookie" role="dialog" aria-labelledby="CookieBoxTextHeadline" aria-modal="true">'
            '<div class="bottom-center" style="display: none;"><div class="_brlbs-box-wrap"><div class="_brlbs-box"><span id="CookieBoxTextHeadline" class="_brlbs-h3">Datenschutzeinstellungen</span>'
            '<p id="CookieBoxTextDescription">Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen, diese Website und Ihre Erfahrung zu verbessern.</p>'
            '<p class="_brlbs-accept"><a href="#" class="_brlbs-btn _brlbs-btn-accept-all _brlbs-cursor" data-cookie-group="all">Alle akzeptieren</a></p></div></div></div></div></script></div>\n'
            '<script id="borlabs-cookie-js-extra">var borlabsCookieConfig = {"ajaxURL":"https:\\/\\/www.garnwerk-nordlicht.de\\/wp-admin\\/admin-ajax.php","language":"de","cookieVersion":"%d","cookieLifetime":"365","cookieDomain":"","cookiePath":"\\/"};</script>\n'
            '<script src="https://www.garnwerk-nordlicht.de/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=%s" id="elementor-frontend-js"></script>\n'
            '</body>\n</html>\n'
            % (blv, s["borlabs"], wcv, elv, ts, wp, n1, n2, n2, wp, wcv, elv, URL, ANNOUNCE[s["announce"]], n3, content,
               stars, "{:,}".format(count).replace(",", "."), when.year, s["borlabs"], elv))


PAGE = {
    "service": "Garnwerk Nordlicht", "url": URL, "lang": "de-DE", "platform": "WordPress + WooCommerce + Elementor",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Link", '<https://www.garnwerk-nordlicht.de/wp-json/>; rel="https://api.w.org/"'),),
    "n": 31, "start": dt.date(2021, 6, 1), "end": dt.date(2026, 5, 15),
    "policy": POLICY, "first_updated": dt.date(2020, 11, 24), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "gold_md": lambda blocks: md(blocks),
    "declaration": {"fetch": URL, "select": ["#datenschutz"]},
}
