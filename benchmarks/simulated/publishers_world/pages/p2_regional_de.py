"""Oberland-Bote (Weilheim i. OB) - de-DE - Bavarian regional newspaper on TYPO3 (content elements, one `frame` per
section), Sourcepoint CMP with a PUR-Abo (contentpass) pay-or-consent wall, Ströer ad slots.

The ad-tech vendor table is part of the policy text (section 6 declares it: "Folgende Drittanbieter setzen wir
derzeit ein") and grows in real edits, some without a new "Stand" date; the CMP's "unsere N Partner" count is the
consent tool's, outside the selected region. Harder: a sidebar contentpass box and death-notice teasers change on
every visit; the vendor list grows silently."""
import datetime as dt
import hashlib
import common as C

URL = "https://www.oberland-bote.de/service/datenschutz"
MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONATE[d.month - 1], d.year)


POLICY = """
# Datenschutzerklärung

Stand: {UPDATED}

Wir freuen uns über Ihr Interesse an unserem Nachrichtenangebot. Der Schutz Ihrer personenbezogenen Daten ist uns ein wichtiges Anliegen. Nachfolgend informieren wir Sie gemäß Art. 13 und 14 der Datenschutz-Grundverordnung (DSGVO) darüber, welche Daten wir bei der Nutzung von oberland-bote.de, unserer App und unseres E-Papers verarbeiten.

## 1. Verantwortlicher

Verantwortlich für die Datenverarbeitung ist:

@ Oberland-Bote Verlag GmbH & Co. KG
@ Obermarkt 12
@ 82362 Weilheim i. OB
@ Telefon: 0881 6860-0
@ E-Mail: [verlag@oberland-bote.de](mailto:verlag@oberland-bote.de)

Vertreten durch die Geschäftsführer Dr. Andreas Lechner und Martina Hölzl.

## 2. Datenschutzbeauftragter

Unseren betrieblichen Datenschutzbeauftragten erreichen Sie unter [datenschutz@oberland-bote.de](mailto:datenschutz@oberland-bote.de) oder postalisch unter der oben genannten Anschrift mit dem Zusatz „z. Hd. Datenschutzbeauftragter“.

## 3. Aufruf unserer Website

Bei jedem Aufruf unserer Website übermittelt Ihr Browser automatisch Daten an unseren Server: IP-Adresse, Datum und Uhrzeit des Zugriffs, aufgerufene Seite, übertragene Datenmenge, Referrer-URL, Browsertyp und Betriebssystem. Diese Daten verarbeiten wir auf Grundlage von Art. 6 Abs. 1 lit. f DSGVO, um die Auslieferung der Website zu ermöglichen und ihre Sicherheit zu gewährleisten. Die Server-Logfiles werden nach sieben Tagen gelöscht, sofern sie nicht zur Aufklärung eines Sicherheitsvorfalls benötigt werden.

Zur schnellen und sicheren Auslieferung unserer Seiten setzen wir ein Content Delivery Network ein, das unsere Inhalte über Server in der Europäischen Union zwischenspeichert. Der Anbieter verarbeitet Ihre IP-Adresse ausschließlich in unserem Auftrag (Art. 28 DSGVO).

## 4. Cookies und Einwilligungsverwaltung

Wir setzen auf unserer Website Cookies und vergleichbare Technologien ein. Soweit diese nicht unbedingt erforderlich sind, um den von Ihnen ausdrücklich gewünschten Dienst bereitzustellen, holen wir hierfür nach § 25 Abs. 1 TTDSG Ihre Einwilligung ein. Die anschließende Verarbeitung personenbezogener Daten erfolgt auf Grundlage von Art. 6 Abs. 1 lit. a DSGVO.

Zur Verwaltung Ihrer Einwilligungen nutzen wir die Consent-Management-Plattform der Sourcepoint Technologies, Inc. Ihre Auswahl wird in einem Cookie gespeichert, damit wir Sie nicht bei jedem Besuch erneut fragen müssen. Sie können Ihre Einwilligung jederzeit über den Link „Datenschutz-Einstellungen“ am Ende jeder Seite widerrufen oder anpassen.

## 5. Werbefinanzierung und PUR-Abo

Unser lokaler Journalismus wird zu einem erheblichen Teil durch Werbung finanziert. Beim ersten Aufruf haben Sie daher die Wahl: Sie können unser Angebot mit Werbung und der Verarbeitung Ihrer Daten zu Werbe- und Analysezwecken nutzen, oder Sie entscheiden sich für das PUR-Abo, mit dem Sie unsere frei zugänglichen Inhalte ohne Werbetracking und ohne personalisierte Werbung lesen können.

Das PUR-Abo wird über die contentpass GmbH, Berlin, angeboten. Für Abschluss und Verwaltung des PUR-Abos ist contentpass eigenständig verantwortlich; wir erhalten von contentpass lediglich die Information, dass ein gültiges Abo besteht. Inhalte, die nur für Abonnentinnen und Abonnenten von OB plus zugänglich sind, sind im PUR-Abo nicht enthalten.

Mit diesem Modell folgen wir den Hinweisen der Datenschutzkonferenz, wonach eine Einwilligung auch dann freiwillig sein kann, wenn als gleichwertige Alternative ein Zugang ohne Tracking gegen ein angemessenes Entgelt angeboten wird. Wenn Sie eingeloggte Abonnentin oder eingeloggter Abonnent von OB plus sind, zeigen wir Ihnen keine personalisierte Werbung.

## 6. Werbepartner und Drittanbieter

Wenn Sie eingewilligt haben, binden wir Dienste von Werbe- und Analysepartnern ein, die mithilfe von Cookies, Pixeln und Gerätekennungen Informationen über Ihre Nutzung erheben, um Werbung auszuspielen, deren Wirksamkeit zu messen und Nutzungsprofile zu bilden. Folgende Drittanbieter setzen wir derzeit ein:

| Anbieter | Zweck | Sitz / Drittlandübermittlung |
| Google Ireland Limited (Google Ad Manager) | Ausspielung und Messung von Werbung | Irland; Übermittlung in die USA möglich |
| Ströer SSP GmbH | Vermarktung von Werbeflächen | Deutschland |
| Xandr Inc. (Microsoft) | Programmatische Werbung | USA |
| Criteo SA | Personalisierte Werbung | Frankreich |
| Taboola Europe Ltd. | Empfehlungen von Inhalten und Werbung | Vereinigtes Königreich (Angemessenheitsbeschluss) |
| INFOnline GmbH | Reichweitenmessung (IVW/agof) | Deutschland |
| Chartbeat, Inc. | Echtzeit-Analyse der Lesezeiten | USA |

Die Übermittlung in Drittländer ohne Angemessenheitsbeschluss stützen wir auf die Standardvertragsklauseln der EU-Kommission (Art. 46 Abs. 2 lit. c DSGVO). Eine vollständige Liste aller über das Transparency and Consent Framework eingebundenen Anbieter finden Sie in den Datenschutz-Einstellungen.

## 7. Abonnement, E-Paper und Nutzerkonto

Wenn Sie ein Abonnement abschließen oder ein Nutzerkonto anlegen, verarbeiten wir Name, Anschrift, E-Mail-Adresse, Telefonnummer, Bankverbindung und die Abodaten zur Vertragserfüllung (Art. 6 Abs. 1 lit. b DSGVO). Die Zustellung der gedruckten Zeitung erfolgt über unsere Zustellgesellschaft Oberland Logistik GmbH, die die dafür erforderlichen Adressdaten erhält.

Nach Vertragsende speichern wir Ihre Daten, solange gesetzliche Aufbewahrungspflichten bestehen. Handels- und steuerrechtlich relevante Unterlagen bewahren wir nach § 257 HGB und § 147 AO bis zu zehn Jahre auf.

Mit Ihrer Einwilligung oder im Rahmen des § 7 Abs. 3 UWG informieren wir Sie über eigene Angebote. Diesen Werbemitteilungen können Sie jederzeit widersprechen.

Für das E-Paper und unsere App verarbeiten wir zusätzlich eine Geräte-ID, die heruntergeladenen Ausgaben und Ihren Lesefortschritt, damit Sie auf bis zu drei Geräten weiterlesen können. Wenn Sie Push-Mitteilungen aktivieren, speichern wir ein Push-Token und die von Ihnen gewählten Orte und Themen, bis Sie die Mitteilungen wieder deaktivieren.

## 8. Newsletter

Für den Versand unserer Newsletter (u. a. „Guten Morgen, Oberland“ und Eilmeldungen) nutzen wir das Double-Opt-in-Verfahren und den Dienstleister CleverReach GmbH & Co. KG, Rastede. Wir werten aus, ob und wann ein Newsletter geöffnet und welche Links angeklickt wurden. Sie können sich jederzeit über den Abmeldelink in jeder E-Mail abmelden.

## 9. Traueranzeigen und Leserbriefe

Traueranzeigen, die in der gedruckten Ausgabe erscheinen, veröffentlichen wir auf Wunsch der Auftraggeber auch in unserem Trauerportal. Für Kondolenzen im Portal speichern wir den angegebenen Namen und den Text des Eintrags. Leserbriefe veröffentlichen wir mit Namen und Wohnort; Ihre Anschrift und Telefonnummer dienen nur der Rückfrage durch die Redaktion. Bei Gewinnspielen verwenden wir Ihre Angaben nur zur Durchführung des Gewinnspiels und zur Benachrichtigung der Gewinner; die Namen der Gewinnerinnen und Gewinner veröffentlichen wir nur mit deren Einverständnis.

## 10. Ihre Rechte

Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16 DSGVO), Löschung (Art. 17 DSGVO), Einschränkung der Verarbeitung (Art. 18 DSGVO) und Datenübertragbarkeit (Art. 20 DSGVO). Eine erteilte Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen.

**Widerspruchsrecht: Soweit wir Ihre Daten auf Grundlage berechtigter Interessen verarbeiten, können Sie aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit Widerspruch einlegen (Art. 21 DSGVO). Der Verwendung Ihrer Daten für Direktwerbung können Sie jederzeit ohne Angabe von Gründen widersprechen.**

Sie haben zudem das Recht, sich bei einer Aufsichtsbehörde zu beschweren. Zuständig für uns ist das Bayerische Landesamt für Datenschutzaufsicht (BayLDA), Promenade 18, 91522 Ansbach.

## 11. Redaktionelle Inhalte

Soweit wir personenbezogene Daten zu journalistischen Zwecken verarbeiten, gelten nach Art. 38 des Bayerischen Pressegesetzes nur eingeschränkte Vorgaben der DSGVO.

## 12. Änderungen dieser Datenschutzerklärung

Wir passen diese Datenschutzerklärung an, wenn sich unser Angebot oder die Rechtslage ändert. Es gilt die jeweils hier veröffentlichte Fassung.
"""

EDITS = [
    {"note": "vendor table: new row Seedtag Advertising S.L. (contextual advertising), 'Stand' not updated", "bump": False,
     "repl": [("| Criteo SA | Personalisierte Werbung | Frankreich |",
               "| Criteo SA | Personalisierte Werbung | Frankreich |\n| Seedtag Advertising, S.L. | Kontextbezogene Werbung | Spanien |")]},
    {"note": "data protection officer now external (Datenschutz Süd GmbH, Munich), new address",
     "repl": [("Unseren betrieblichen Datenschutzbeauftragten erreichen Sie unter [datenschutz@oberland-bote.de](mailto:datenschutz@oberland-bote.de) oder postalisch unter der oben genannten Anschrift mit dem Zusatz „z. Hd. Datenschutzbeauftragter“.",
               "Wir haben einen externen Datenschutzbeauftragten bestellt:\n\n@ Datenschutz Süd GmbH\n@ Leopoldstraße 244\n@ 80807 München\n@ E-Mail: [datenschutz@oberland-bote.de](mailto:datenschutz@oberland-bote.de)")]},
    {"note": "TTDSG renamed TDDDG; vendor table adds The Trade Desk and ID5 (identity solution)",
     "repl": [("§ 25 Abs. 1 TTDSG", "§ 25 Abs. 1 TDDDG"),
              ("| INFOnline GmbH |", "| The Trade Desk, Inc. | Programmatische Werbung, UID 2.0 | USA (EU-U.S. Data Privacy Framework) |\n| ID5 Technology SAS | Pseudonyme Nutzerkennung für Werbezwecke | Frankreich |\n| INFOnline GmbH |")]},
    {"note": "retention: booking vouchers now 8 years (Bürokratieentlastungsgesetz IV), other records 10 years",
     "repl": [("Handels- und steuerrechtlich relevante Unterlagen bewahren wir nach § 257 HGB und § 147 AO bis zu zehn Jahre auf.",
               "Buchungsbelege bewahren wir nach § 257 HGB und § 147 AO acht Jahre auf, Handelsbücher, Jahresabschlüsse und sonstige steuerlich relevante Unterlagen bis zu zehn Jahre.")]},
    {"note": "PUR-Abo now offered by the publisher itself ('OB Pur') instead of contentpass; Xandr row removed, Chartbeat row removed",
     "repl": [("Das PUR-Abo wird über die contentpass GmbH, Berlin, angeboten. Für Abschluss und Verwaltung des PUR-Abos ist contentpass eigenständig verantwortlich; wir erhalten von contentpass lediglich die Information, dass ein gültiges Abo besteht.",
               "Das PUR-Abo bieten wir unter dem Namen „OB Pur“ selbst an. Für den Abschluss verarbeiten wir Ihre E-Mail-Adresse und Zahlungsdaten zur Vertragserfüllung (Art. 6 Abs. 1 lit. b DSGVO); die Zahlungsabwicklung erfolgt über die Adyen N.V., Amsterdam. Bestehende PUR-Abos über contentpass bleiben bis zu ihrem Ablauf gültig."),
              ("| Xandr Inc. (Microsoft) | Programmatische Werbung | USA |\n", ""),
              ("| Chartbeat, Inc. | Echtzeit-Analyse der Lesezeiten | USA |\n", "")]},
]

MEIST = ["Unfall auf der B2 bei Polling: Straße stundenlang gesperrt", "Neues Baugebiet in Peißenberg: Gemeinderat sagt Ja",
         "Bauernmarkt am Marienplatz zieht Tausende an", "TSV Weilheim steigt in die Landesliga auf",
         "Ammersee: Badestelle wegen Blaualgen gesperrt", "Kreisklinik Schongau: Wie geht es mit der Notaufnahme weiter?",
         "Starkregen flutet Keller in Penzberg", "Wirtshaussterben: Traditionsgasthof schließt nach 180 Jahren",
         "Polizei sucht Zeugen nach Einbruch in Murnau", "Volksfest Weilheim: Das ist das Programm"]
TRAUER = ["Anna Huber", "Josef Schwaiger", "Maria Gschwendtner", "Georg Fischer", "Theresia Bader", "Franz Reiter",
          "Rosina Kögl", "Johann Zach", "Kreszenz Berchtold", "Anton Sailer", "Elisabeth Strobl", "Michael Wörle"]
WETTER = ["sonnig", "heiter", "bewölkt", "Regen", "Gewitter", "Schneefall", "Nebel"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["sp"] = (150 + i * 3 + rng.randint(0, 14), rng.randint(900000, 999999), C.uuid4(rng))
    s["wetter"] = (rng.choice(WETTER), rng.randint(-6, 31), rng.randint(-10, 18))
    s["meist"] = C.keep_or(rng, prev.get("meist"), 0.9, lambda: tuple(rng.sample(range(len(MEIST)), 5)))
    s["trauer"] = tuple(rng.sample(range(len(TRAUER)), 4))
    s["ads"] = (C.alnum(rng, 10), C.alnum(rng, 10), rng.randint(1, 4))
    s["cpass"] = rng.choice(["Jetzt 30 Tage kostenlos testen", "Nur 3,99 € im Monat", "Werbefrei lesen auf über 300 Seiten"])
    s["typo3"] = (rng.randint(25, 190), C.hexs(rng, 32))
    s["assets"] = C.keep_or(rng, prev.get("assets"), 0.25, lambda: rng.randint(1600000000, 1790000000))
    return s


LABELS = {"sp": "Sourcepoint message: 'unsere N Partner' count, message id, consent uuid",
          "wetter": "weather widget in header", "meist": "'Meistgelesen' rail", "trauer": "death-notice teasers (Trauerportal)",
          "ads": "Ströer ad slot ids / variant", "cpass": "contentpass box A/B copy", "typo3": "TYPO3 parse time / form token",
          "assets": "asset cache-buster timestamps"}


def _uid(text):
    return 1000 + int(hashlib.md5(text.encode()).hexdigest()[:6], 16) % 8999


def render(s, blocks, when):
    npart, msgid, cons = s["sp"]
    wz, tmax, tmin = s["wetter"]
    ts = s["assets"]
    head, secs = C.split_sections(blocks)
    frames = ['<div id="c%d" class="frame frame-default frame-type-header frame-layout-0">%s</div>'
              % (_uid("head"), C.blocks_html(head[:1], {"h1": "element-header"})),
              '<div id="c%d" class="frame frame-default frame-type-text frame-layout-0">%s</div>'
              % (_uid("intro"), C.blocks_html(head[1:]))]
    for title, bl in secs:
        frames.append('<div id="c%d" class="frame frame-default frame-type-text frame-layout-0"><header><h2 class="">%s</h2></header>%s</div>'
                      % (_uid(title.split(". ", 1)[-1]), C.inline_html(title), C.blocks_html(bl, {"table": "contenttable"})))
    main = "\n".join(frames)
    meist = "".join('<li><a href="/lokales/weilheim/artikel-%d.html">%s</a></li>' % (4300 + k * 17, MEIST[k]) for k in s["meist"])
    trauer = "".join('<li class="obit"><a href="https://trauer.oberland-bote.de/traueranzeige/%s">%s</a><span>%s</span></li>'
                     % (TRAUER[k].lower().replace(" ", "-"), TRAUER[k], (when - dt.timedelta(days=n)).strftime("%d.%m.%Y"))
                     for n, k in enumerate(s["trauer"]))
    a1, a2, var = s["ads"]
    sp = ('<div id="sp_message_container_%d" class="sp-message-container"><div class="message-component message-row">'
          '<p>Wir und unsere %d Partner verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales Nutzererlebnis zu bieten. '
          'Sie können auch ohne Werbetracking lesen: mit dem PUR-Abo.</p>'
          '<button title="Zustimmen und weiter">Zustimmen und weiter</button><button title="Zum PUR-Abo">Zum PUR-Abo</button>'
          '<a href="/service/datenschutz">Datenschutzerklärung</a></div></div>'
          '<script>window._sp_queue=[];window._sp_={config:{accountId:1847,baseEndpoint:"https://cdn.privacy-mgmt.com",propertyHref:"https://www.oberland-bote.de",consentUUID:"%s"}};</script>'
          % (msgid, npart, cons))
    return ('<!DOCTYPE html>\n<html lang="de-DE">\n<head>\n<meta charset="utf-8">\n'
            '<!--\n\tThis website is powered by TYPO3 - inspiring people to share!\n\tTYPO3 is a free open source Content Management Framework.\n-->\n'
            '<title>Datenschutzerklärung | Oberland-Bote</title>\n<meta name="generator" content="TYPO3 CMS">\n'
            '<meta name="robots" content="index,follow">\n<link rel="canonical" href="%s">\n'
            '<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-7d1c0e5a2b.css?%d" media="all">\n'
            '<script src="https://cdn.privacy-mgmt.com/unified/wrapperMessagingWithoutDetection.js" async></script>\n'
            '<script>var SDG=SDG||{};SDG.cmd=SDG.cmd||[];SDG.cmd.push(function(){SDG.Publisher.setZone("service");SDG.Publisher.setAdServerEnvironment("prod");});</script>\n'
            '</head>\n<body id="p417" class="page-417 layout-service">\n'
            '<a class="skiplink" href="#content">Zum Inhalt springen</a>\n'
            '<header class="site-header"><div class="site-header__bar"><span class="site-header__date">%s</span>'
            '<span class="weather" data-station="Weilheim">Weilheim: %s, %d° / %d°</span>'
            '<a href="https://epaper.oberland-bote.de">E-Paper</a><a href="/abo">Abo</a><a href="/login">Anmelden</a></div>'
            '<a class="site-header__logo" href="/"><img src="/_assets/1b2f9e/Images/logo-ob.svg" alt="Oberland-Bote"></a>'
            '<nav class="main-nav"><ul><li><a href="/lokales/weilheim">Weilheim</a></li><li><a href="/lokales/schongau">Schongau</a></li>'
            '<li><a href="/lokales/penzberg">Penzberg</a></li><li><a href="/lokales/murnau">Murnau</a></li><li><a href="/bayern">Bayern</a></li>'
            '<li><a href="/sport">Sport</a></li><li><a href="https://trauer.oberland-bote.de">Trauer</a></li><li><a href="/service">Service</a></li></ul></nav></header>\n'
            '<div id="sdgSlotHull-banner-%s" class="sdg-ad sdg-ad--banner" data-variant="%d"></div>\n'
            '<div class="container"><nav class="breadcrumb"><ol><li><a href="/">Startseite</a></li><li><a href="/service">Service</a></li><li>Datenschutz</li></ol></nav>\n'
            '<div class="row"><main id="content" class="col-md-8 main-content">\n<!--TYPO3SEARCH_begin-->\n%s\n<!--TYPO3SEARCH_end-->\n</main>\n'
            '<aside class="col-md-4 sidebar"><div id="sdgSlotHull-mrec-%s" class="sdg-ad sdg-ad--mrec"></div>'
            '<div class="cp-box"><p class="cp-box__title">PUR-Abo</p><p>Lesen ohne Werbetracking und personalisierte Werbung.</p><p class="cp-box__claim">%s</p>'
            '<a class="btn" href="https://www.contentpass.net/?ref=oberland-bote">Mehr erfahren</a></div>'
            '<section class="teaser-list"><h3>Meistgelesen</h3><ol>%s</ol></section>'
            '<section class="trauer-teaser"><h3>Aktuelle Traueranzeigen</h3><ul>%s</ul></section>'
            '<form class="newsletter" action="/newsletter" method="post"><input type="hidden" name="__trustedProperties" value="%s">'
            '<label>Guten Morgen, Oberland – jeden Morgen per E-Mail</label><input type="email" name="email"><button>Anmelden</button></form>'
            '</aside></div></div>\n'
            '<footer class="site-footer"><ul><li><a href="/service/impressum">Impressum</a></li><li><a href="/service/datenschutz">Datenschutz</a></li>'
            '<li><a href="#" onclick="window._sp_.gdpr.loadPrivacyManagerModal(582311);return false;">Datenschutz-Einstellungen</a></li>'
            '<li><a href="/service/agb">AGB</a></li><li><a href="/service/mediadaten">Mediadaten</a></li><li><a href="/kontakt">Kontakt</a></li></ul>'
            '<p>&copy; %d Oberland-Bote Verlag GmbH &amp; Co. KG</p></footer>\n%s\n'
            '<script src="/typo3temp/assets/compressed/merged-c03aa17e94.js?%d"></script>\n</body>\n</html>\n<!-- Parsetime: %dms -->\n'
            % (URL, ts, fmt_date(when.date()), wz, tmax, tmin, a1, var, main, a2, s["cpass"], meist, trauer,
               s["typo3"][1], when.year, sp, ts, s["typo3"][0]))


PAGE = {
    "service": "Oberland-Bote", "url": URL, "lang": "de-DE", "platform": "TYPO3 + Sourcepoint + contentpass",
    "content_type": "text/html; charset=utf-8",
    "n": 31, "start": dt.date(2022, 1, 12), "end": dt.date(2026, 5, 28),
    "policy": POLICY, "first_updated": dt.date(2021, 11, 3), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#content"]},
}
