"""Niedersächsisches Landesamt für Bürger- und Verwaltungsdienste (LBV) - Datenschutzerklärung - de-DE -
Government Site Builder (GSB 10) hosted by IT.Niedersachsen.

Harder features: GSB's flat content column (#content: h1, paragraphs, h2s and "nach oben" links as siblings,
then the GSB document date "Stand: dd.mm.yyyy" set at every republish, share and print links), so the curator
uses an OTA range (start before the h1, end before .docData) and removes the "nach oben" links; the notice has its
own "Stand: <day> <month> <year>" as its last line (kept, inside the range). Every chrome link carries a
;jsessionid=… for a cookieless crawler."""
import datetime as dt
import html
import re
import common as C

URL = "https://www.lbv.niedersachsen.de/DE/Service/Datenschutz/datenschutz_node.html"
MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONATE[d.month - 1], d.year)


POLICY = """
# Datenschutzerklärung

Das Niedersächsische Landesamt für Bürger- und Verwaltungsdienste (LBV) nimmt den Schutz Ihrer personenbezogenen Daten ernst. Nachfolgend informieren wir Sie gemäß Artikel 13 und 14 der Datenschutz-Grundverordnung (DSGVO) über die Verarbeitung personenbezogener Daten bei der Nutzung dieses Internetangebots und bei der Kontaktaufnahme mit uns.

## Verantwortliche Stelle

Verantwortlich im Sinne der DSGVO und des Niedersächsischen Datenschutzgesetzes (NDSG) ist:

@ Niedersächsisches Landesamt für Bürger- und Verwaltungsdienste
@ Am Waterlooplatz 11
@ 30169 Hannover
@ Telefon: 0511 120-4400
@ E-Mail: [poststelle@lbv.niedersachsen.de](mailto:poststelle@lbv.niedersachsen.de)

## Behördliche Datenschutzbeauftragte

Sie erreichen unsere behördliche Datenschutzbeauftragte, Frau Katrin Lübbers, unter der oben genannten Anschrift mit dem Zusatz "Die Datenschutzbeauftragte" oder per E-Mail an [datenschutz@lbv.niedersachsen.de](mailto:datenschutz@lbv.niedersachsen.de).

## Bereitstellung der Internetseiten und Protokolldateien

Dieses Internetangebot wird im Auftrag des LBV von IT.Niedersachsen betrieben, dem zentralen IT-Dienstleister der niedersächsischen Landesverwaltung. IT.Niedersachsen verarbeitet die Daten als Auftragsverarbeiter nach Artikel 28 DSGVO.

Bei jedem Aufruf einer Seite werden folgende Daten vorübergehend in einer Protokolldatei gespeichert:

- IP-Adresse des anfragenden Rechners,
- Datum und Uhrzeit des Zugriffs,
- Name und URL der abgerufenen Datei,
- übertragene Datenmenge und Meldung, ob der Abruf erfolgreich war,
- verwendeter Browser und Betriebssystem,
- die Seite, von der aus die Datei angefordert wurde (Referrer).

Die Verarbeitung erfolgt auf Grundlage von Artikel 6 Absatz 1 Buchstabe e DSGVO in Verbindung mit § 3 NDSG zur Gewährleistung der Sicherheit und Funktionsfähigkeit des Internetangebots, insbesondere zur Abwehr von Angriffen. Die Protokolldaten werden nach sieben Tagen automatisch gelöscht. Eine Zusammenführung mit anderen Datenquellen findet nicht statt.

## Terminvereinbarung im Bürgerservice

Für Vorsprachen im Bürgerservice können Sie online einen Termin vereinbaren. Dabei verarbeiten wir Ihren Namen, Ihre E-Mail-Adresse, auf Wunsch Ihre Telefonnummer sowie das gewählte Anliegen und den Termin. Das Terminvergabesystem wird von IT.Niedersachsen als Auftragsverarbeiter betrieben. Sie erhalten eine Bestätigung und eine Erinnerung per E-Mail; Ihre Daten werden 14 Tage nach dem Termin gelöscht. Rechtsgrundlage ist Artikel 6 Absatz 1 Buchstabe e DSGVO in Verbindung mit § 3 NDSG.

## Informationen in Leichter Sprache und Gebärdensprache

Die Angebote in Leichter Sprache und in Deutscher Gebärdensprache sind Teil dieses Internetangebots. Die Gebärdensprachvideos werden von unserem eigenen Server ausgeliefert; es werden dabei keine Daten an Videoplattformen übertragen.

## Cookies

Dieses Internetangebot verwendet ausschließlich technisch notwendige Cookies. Ein Sitzungscookie (JSESSIONID) speichert eine zufällig erzeugte Kennung, damit die Seiten während Ihres Besuchs richtig dargestellt werden. Es wird beim Schließen des Browsers gelöscht. Die Speicherung erfolgt auf Grundlage von § 25 Absatz 2 Nummer 2 des Telekommunikation-Telemedien-Datenschutz-Gesetzes (TTDSG).

## Formular „Barriere melden“

Über das Formular „Barriere melden“ können Sie uns Mängel bei der barrierefreien Gestaltung dieses Internetangebots mitteilen. Wir verarbeiten Ihre Angaben (Name, E-Mail-Adresse, Beschreibung der Barriere) zur Erfüllung unserer Pflichten nach dem Niedersächsischen Behindertengleichstellungsgesetz (NBGG). Ihre Meldung wird nach Abschluss der Bearbeitung, spätestens nach zwei Jahren, gelöscht. Wenn Sie mit der Antwort nicht zufrieden sind, können Sie sich an die Schlichtungsstelle nach § 9d NBGG wenden; Ihre Angaben werden nur mit Ihrer Einwilligung weitergegeben.

## Kontaktaufnahme per E-Mail und Kontaktformular

Wenn Sie uns per E-Mail oder über das Kontaktformular schreiben, verarbeiten wir Ihre Angaben zur Bearbeitung Ihres Anliegens. Rechtsgrundlage ist Artikel 6 Absatz 1 Buchstabe e DSGVO in Verbindung mit § 3 NDSG. Ihre Daten werden nach Abschluss der Bearbeitung entsprechend den Aufbewahrungsfristen der Aktenordnung für die niedersächsische Landesverwaltung gelöscht.

Bitte beachten Sie, dass unverschlüsselte E-Mails auf dem Übertragungsweg von Dritten gelesen werden können. Für vertrauliche Mitteilungen empfehlen wir den Postweg.

## Links zu anderen Internetangeboten

Unser Internetangebot enthält Links auf Angebote anderer Anbieter. Für deren Inhalte und den Umgang mit Ihren Daten sind die jeweiligen Anbieter verantwortlich.

Das LBV ist auf X (ehemals Twitter) mit einem eigenen Profil vertreten. Auf unseren Seiten sind keine Social-Plugins eingebunden; Daten werden erst übertragen, wenn Sie dem Link zu unserem Profil folgen.

## Empfänger und Übermittlung in Drittländer

Ihre personenbezogenen Daten werden grundsätzlich nur innerhalb des LBV verarbeitet. Eine Übermittlung an andere öffentliche Stellen erfolgt nur, wenn dies zur Bearbeitung Ihres Anliegens erforderlich ist oder eine gesetzliche Verpflichtung besteht, etwa gegenüber Strafverfolgungsbehörden bei Angriffen auf unsere Systeme. Eine Übermittlung in Staaten außerhalb der Europäischen Union findet nicht statt.

## Speicherdauer

Soweit in dieser Datenschutzerklärung keine besondere Speicherdauer genannt ist, speichern wir Ihre Daten nur so lange, wie es für den jeweiligen Zweck erforderlich ist. Schriftgut wird nach Ablauf der Aufbewahrungsfristen dem Niedersächsischen Landesarchiv zur Übernahme angeboten oder vernichtet.

## Ihre Rechte

Sie haben gegenüber dem LBV folgende Rechte hinsichtlich der Sie betreffenden personenbezogenen Daten:

- Recht auf Auskunft (Artikel 15 DSGVO),
- Recht auf Berichtigung (Artikel 16 DSGVO),
- Recht auf Löschung (Artikel 17 DSGVO),
- Recht auf Einschränkung der Verarbeitung (Artikel 18 DSGVO),
- Recht auf Widerspruch gegen die Verarbeitung (Artikel 21 DSGVO).

Soweit die Verarbeitung auf Artikel 6 Absatz 1 Buchstabe e DSGVO beruht, können Sie aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit Widerspruch einlegen. Wir verarbeiten Ihre Daten dann nicht mehr, es sei denn, wir können zwingende schutzwürdige Gründe für die Verarbeitung nachweisen. Zur Ausübung Ihrer Rechte genügt eine formlose Mitteilung an die oben genannten Kontaktdaten.

## Beschwerderecht

Sie haben das Recht, sich bei der Aufsichtsbehörde über die Verarbeitung Ihrer personenbezogenen Daten zu beschweren. Zuständig ist:

@ Die Landesbeauftragte für den Datenschutz Niedersachsen
@ Prinzenstraße 5
@ 30159 Hannover
@ [www.lfd.niedersachsen.de](https://www.lfd.niedersachsen.de)

Stand: {UPDATED}
"""

EDITS = [
    {"note": "new behördliche Datenschutzbeauftragte (Frau Katrin Lübbers -> Herr Dr. Jens Hoppe), own 'Stand' bumped",
     "repl": [("Sie erreichen unsere behördliche Datenschutzbeauftragte, Frau Katrin Lübbers, unter der oben genannten Anschrift mit dem Zusatz \"Die Datenschutzbeauftragte\"",
               "Sie erreichen unseren behördlichen Datenschutzbeauftragten, Herrn Dr. Jens Hoppe, unter der oben genannten Anschrift mit dem Zusatz \"Der Datenschutzbeauftragte\""),
              ("## Behördliche Datenschutzbeauftragte", "## Behördlicher Datenschutzbeauftragter")]},
    {"note": "new section 'Webanalyse mit Matomo' (self-hosted at IT.Niedersachsen, IP shortened, no cookies, opt-out)",
     "repl": [("## Kontaktaufnahme per E-Mail und Kontaktformular",
               "## Webanalyse mit Matomo\n\nZur statistischen Auswertung der Nutzung unseres Internetangebots setzen wir die Open-Source-Software Matomo ein, die auf Servern von IT.Niedersachsen betrieben wird. Ihre IP-Adresse wird vor der Speicherung um zwei Bytes gekürzt, sodass eine Zuordnung zu Ihrer Person nicht möglich ist. Matomo ist so eingestellt, dass keine Cookies gesetzt werden. Die Auswertung erfolgt auf Grundlage von Artikel 6 Absatz 1 Buchstabe e DSGVO in Verbindung mit § 3 NDSG. Sie können der Auswertung hier widersprechen: [Matomo-Widerspruch](/DE/Service/Datenschutz/matomo_optout.html).\n\n## Kontaktaufnahme per E-Mail und Kontaktformular")]},
    {"note": "log retention 7 -> 14 days (silent: own 'Stand' not changed)", "bump": False,
     "repl": [("Die Protokolldaten werden nach sieben Tagen automatisch gelöscht.", "Die Protokolldaten werden nach 14 Tagen automatisch gelöscht.")]},
    {"note": "Onlinezugangsgesetz (OZG): new section on online applications via the BundID user account "
             "and the Niedersachsen service portal, mailbox delivery, deletion after 3 years' inactivity",
     "repl": [("## Links zu anderen Internetangeboten",
               "## Online-Anträge und Nutzerkonto\n\nFür Online-Anträge nutzen Sie das Serviceportal Niedersachsen. Zur Anmeldung können Sie das Nutzerkonto des Bundes (BundID) verwenden, das nach dem Onlinezugangsgesetz (OZG) als zentrales Bürgerkonto bereitsteht. Mit Ihrer Einwilligung werden die in Ihrem Nutzerkonto gespeicherten Daten (Name, Anschrift, Geburtsdatum, E-Mail-Adresse) in das Antragsformular übernommen. Verantwortlich für das Nutzerkonto ist das Bundesministerium des Innern; das LBV erhält nur die für den jeweiligen Antrag erforderlichen Daten. Bescheide können Ihnen in das Postfach Ihres Nutzerkontos zugestellt werden. Ein Nutzerkonto, das drei Jahre nicht genutzt wurde, wird nach vorheriger Benachrichtigung gelöscht.\n\n## Links zu anderen Internetangeboten")]},
    {"note": "social media: X profile given up, LBV now on Mastodon (social.niedersachsen.de) and Bluesky; right to data portability added; "
             "cookie paragraph cites TDDDG instead of TTDSG (renamed by the Digitale-Dienste-Gesetz, May 2024)",
     "repl": [("des Telekommunikation-Telemedien-Datenschutz-Gesetzes (TTDSG).", "des Telekommunikation-Digitale-Dienste-Datenschutz-Gesetzes (TDDDG)."),
              ("Das LBV ist auf X (ehemals Twitter) mit einem eigenen Profil vertreten.",
               "Das LBV hat sein Profil auf X (ehemals Twitter) im Januar 2025 aufgegeben. Sie finden uns auf Mastodon (social.niedersachsen.de) und auf Bluesky."),
              ("- Recht auf Widerspruch gegen die Verarbeitung (Artikel 21 DSGVO).",
               "- Recht auf Datenübertragbarkeit (Artikel 20 DSGVO), soweit die Verarbeitung auf Ihrer Einwilligung beruht,\n- Recht auf Widerspruch gegen die Verarbeitung (Artikel 21 DSGVO).")]},
]

TEASERS = [("Wartezeiten im Bürgerservice Hannover", "Aktuelles/wartezeiten"), ("Neue Öffnungszeiten ab 1. Juli", "Aktuelles/oeffnungszeiten"),
           ("Stellenausschreibung: Sachbearbeitung (m/w/d)", "Karriere/stellen"), ("Online-Terminvereinbarung freigeschaltet", "Aktuelles/termine"),
           ("Jahresbericht veröffentlicht", "Presse/jahresbericht"), ("Girls' und Boys' Day im LBV", "Aktuelles/girlsday")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["jsid"] = "%s.live%d" % (C.alnum(rng, 32, "0123456789ABCDEF"), rng.choice([871, 872, 891, 892]))
    s["stand"] = C.keep_or(rng, prev.get("stand"), 0.3, lambda: (when - dt.timedelta(days=rng.randint(0, 45))).date())
    s["teasers"] = C.keep_or(rng, prev.get("teasers"), 0.45, lambda: tuple(rng.sample(range(len(TEASERS)), 3)))
    s["css"] = C.keep_or(rng, prev.get("css"), 0.2, lambda: rng.randint(3, 19))
    return s


LABELS = {
    "jsid": ";jsessionid=… appended to every chrome link (GSB, cookieless visit)",
    "stand": "GSB document date 'Stand: dd.mm.yyyy' under the content (republish)",
    "teasers": "'Aktuelles' teasers in the right column",
    "css": "GSB stylesheet ?v= version",
}
TRACK = {"blocks": None}


def render(s, blocks, when):
    if TRACK["blocks"] is not None and blocks != TRACK["blocks"]:
        s["stand"] = (when - dt.timedelta(days=when.day % 3)).date()
    TRACK["blocks"] = blocks
    j = ";jsessionid=" + s["jsid"]

    def L(path):
        return path.replace(".html", ".html" + j, 1)
    h1 = blocks[0][1]
    parts = []
    for k, v in blocks[1:]:
        if k == "h2" and parts:
            parts.append('<p class="toTop"><a href="#Start">nach oben</a></p>')
        if k == "h2":
            parts.append('<h2 id="%s">%s</h2>' % (re.sub(r"[^a-z]+", "", v.lower())[:20], html.escape(v, quote=False)))
        elif k == "addr":
            parts.append("<p>%s</p>" % "<br>\n".join(C.inline_html(l) for l in v))
        elif k in ("ul", "ol"):
            parts.append("<%s>\n%s\n</%s>" % (k, "\n".join("<li>%s</li>" % C.inline_html(x) for x in v), k))
        else:
            parts.append(C.block_html((k, v)))
    parts.append('<p class="toTop"><a href="#Start">nach oben</a></p>')
    content = "\n".join(parts)
    nav = "".join('<li><a href="%s">%s</a></li>' % (L("/DE/%s/%s_node.html" % (p, p.lower())), t)
                  for t, p in [("Startseite", "Home"), ("Über uns", "UeberUns"), ("Bürgerservice", "Buergerservice"),
                               ("Verwaltungsdienste", "Verwaltungsdienste"), ("Presse", "Presse"), ("Karriere", "Karriere")])
    teas = "".join('<div class="teaser"><h3><a href="%s">%s</a></h3></div>' % (L("/DE/%s/%s.html" % (TEASERS[k][1], TEASERS[k][1].split("/")[1])), TEASERS[k][0])
                   for k in s["teasers"])
    return ('<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="UTF-8">\n'
            '<title>LBV Niedersachsen - Datenschutzerklärung</title>\n'
            '<meta name="generator" content="Government Site Builder">\n<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            '<base href="https://www.lbv.niedersachsen.de/">\n'
            '<link rel="stylesheet" href="/SiteGlobals/Frontend/Styles/normal.css?__blob=normal&amp;v=%d" type="text/css">\n'
            '<link rel="stylesheet" href="/SiteGlobals/Frontend/Styles/addon_print.css?__blob=addon_print&amp;v=%d" type="text/css" media="print">\n'
            '</head>\n<body class="gsb js-off lang-de" data-nn="4711802">\n'
            '<div id="wrapperOuter"><div id="wrapperInner">\n<a id="Start"></a>\n'
            '<h1 class="aural">Navigation und Service</h1>\n<p><em>Springe direkt zu:</em></p>\n'
            '<ul class="navSkip"><li><a href="%s#content">Inhalt</a></li><li><a href="%s#navPrimary">Hauptmenü</a></li><li><a href="%s#search">Suche</a></li></ul>\n'
            '<div id="header"><div class="con"><p class="logo"><a href="%s" title="Zur Startseite"><img src="/SiteGlobals/Frontend/Images/logo.png?__blob=normal&amp;v=3" alt="Niedersachsen - Landesamt für Bürger- und Verwaltungsdienste"></a></p>\n'
            '<div id="navServiceMeta"><h2 class="aural">Servicemenü</h2><ul>'
            '<li class="gebaerdensprache"><a href="%s" title="Informationen in Deutscher Gebärdensprache">Gebärdensprache</a></li>'
            '<li class="leichteSprache"><a href="%s" title="Informationen in Leichter Sprache">Leichte Sprache</a></li>'
            '<li><a href="%s">Barrierefreiheit</a></li><li><a href="%s">Kontakt</a></li>'
            '<li class="lang"><a href="%s" lang="en" hreflang="en" title="English">English</a></li></ul></div>\n'
            '<div id="search"><form name="searchService" action="%s" method="get" id="searchService">'
            '<input type="hidden" name="nn" value="4711802"><input type="hidden" name="resourceId" value="4711830">'
            '<label for="f4711830d4711828">Suchbegriff</label><input id="f4711830d4711828" name="templateQueryString" type="text" maxlength="100">'
            '<button type="submit" name="submit">Suchen</button></form></div>\n'
            '<div id="navPrimary"><h2 class="aural">Hauptmenü</h2><ul>%s</ul></div></div></div>\n'
            '<div id="navBreadcrumbs"><div class="con"><p class="aural">Sie sind hier:</p><ol><li><a href="%s">Startseite</a></li>'
            '<li><a href="%s">Service</a></li><li><strong>Datenschutzerklärung</strong></li></ol></div></div>\n'
            '<div id="main"><div class="con">\n<div id="content">\n<h1 class="isFirstInSlot">%s</h1>\n%s\n'
            '<div class="docData"><p>Stand: %s</p></div>\n'
            '<div class="sectionRelated"><div class="socialBookmarks"><h2 class="aural">Diese Seite</h2><ul>'
            '<li class="print"><a href="%s" title="Druckversion der Seite öffnen" target="_blank">Drucken</a></li>'
            '<li class="share"><a href="mailto:?subject=Datenschutzerkl%%C3%%A4rung&amp;body=%s">Seite teilen</a></li></ul></div></div>\n'
            '</div>\n<div id="navSecondary"><h2>Aktuelles</h2>%s</div>\n</div></div>\n'
            '<div id="footer"><div class="con"><h2 class="aural">Service</h2><ul>'
            '<li><a href="%s">Impressum</a></li><li><a href="%s">Datenschutz</a></li><li><a href="%s">Barrierefreiheit</a></li>'
            '<li><a href="%s">Barriere melden</a></li><li><a href="%s">Leichte Sprache</a></li><li><a href="%s">Gebärdensprache</a></li><li><a href="%s">Sitemap</a></li></ul>'
            '<p class="copyright">&copy; Niedersächsisches Landesamt für Bürger- und Verwaltungsdienste</p></div></div>\n'
            '</div></div>\n'
            '<script src="/SiteGlobals/Frontend/JavaScript/init/global.js?__blob=normal&amp;v=%d"></script>\n'
            '</body>\n</html>\n'
            % (s["css"], s["css"], L("/DE/Service/Datenschutz/datenschutz_node.html"), L("/DE/Service/Datenschutz/datenschutz_node.html"),
               L("/DE/Service/Datenschutz/datenschutz_node.html"), L("/DE/Home/home_node.html"),
               L("/DE/Service/Gebaerdensprache/gebaerdensprache_node.html"), L("/DE/Service/LeichteSprache/leichtesprache_node.html"),
               L("/DE/Service/Barrierefreiheit/barrierefreiheit_node.html"), L("/DE/Service/Kontakt/kontakt_node.html"),
               L("/EN/Home/home_node.html"), L("/SiteGlobals/Forms/Suche/Servicesuche_Formular.html"), nav,
               L("/DE/Home/home_node.html"), L("/DE/Service/service_node.html"), html.escape(h1, quote=False), content,
               s["stand"].strftime("%d.%m.%Y"), L("/DE/Service/Datenschutz/datenschutz_node.html") + "?view=renderPrint", URL,
               teas, L("/DE/Service/Impressum/impressum_node.html"), L("/DE/Service/Datenschutz/datenschutz_node.html"),
               L("/DE/Service/Barrierefreiheit/barrierefreiheit_node.html"), L("/DE/Service/Barrierefreiheit/barriere_melden.html"),
               L("/DE/Service/LeichteSprache/leichtesprache_node.html"), L("/DE/Service/Gebaerdensprache/gebaerdensprache_node.html"),
               L("/DE/Service/Sitemap/sitemap_node.html"), s["css"]))


PAGE = {
    "service": "Niedersächsisches Landesamt für Bürger- und Verwaltungsdienste", "url": URL, "lang": "de-DE",
    "platform": "Government Site Builder 10 (IT.Niedersachsen)", "content_type": "text/html;charset=UTF-8",
    "n": 30, "start": dt.date(2021, 2, 20), "end": dt.date(2026, 7, 10),
    "policy": POLICY, "first_updated": dt.date(2020, 6, 15), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [{"startBefore": "#content > h1", "endBefore": "#content > .docData"}],
                    "remove": ["#content .toTop"]},
}
