"""Herzklopfen Regional - de-DE - a regional singles site on an old PHP/Smarty template served in ISO-8859-1: layout
tables, inline styles and <font>, PHP's trans-sid appending ?PHPSESSID=... to every relative link (the policy's own
links too), a login box, "Mitglieder online" counter, "Neue Mitglieder aus Ihrer Region" thumbnails, a
"Jetzt kostenlos anmelden" box and a weekly "Singles der Woche" teaser. The curated text keeps the links without
the session id (OTA's curated histories merge versions that differ only by link query strings)."""
import datetime as dt
import html

import common as C

URL = "https://www.herzklopfen-regional.de/datenschutz.php"
SID_CHARS = "0123456789abcdefghijklmnopqrstuv"


def fmt_date(d):
    return d.strftime("%d.%m.%Y")


POLICY = """
# Datenschutzerklärung

Stand: {UPDATED}

Der Schutz Ihrer persönlichen Daten ist uns ein besonderes Anliegen. Gerade bei einer Partnersuche im Internet geben Sie Informationen von sich preis, die sehr persönlich sind. Nachfolgend informieren wir Sie gemäß Art. 13 und 14 der Datenschutz-Grundverordnung (DSGVO) darüber, welche personenbezogenen Daten wir bei der Nutzung von herzklopfen-regional.de erheben und wie wir sie verwenden.

## 1. Verantwortlicher

Verantwortlich für die Datenverarbeitung auf dieser Website ist:

@ Herzklopfen Media GmbH
@ Niedernstraße 21
@ 33602 Bielefeld
@ Telefon: 0521 / 98 76 54-0
@ E-Mail: datenschutz@herzklopfen-regional.de

Vertreten durch den Geschäftsführer Ralf Brinkmann. Weitere Angaben finden Sie in unserem [Impressum](/impressum.php).

## 2. Datenschutzbeauftragter

Unseren betrieblichen Datenschutzbeauftragten erreichen Sie unter der oben genannten Anschrift mit dem Zusatz "z. Hd. Datenschutzbeauftragter" oder per E-Mail an datenschutz@herzklopfen-regional.de.

## 3. Welche Daten wir verarbeiten

### 3.1 Registrierung

Für die kostenlose Anmeldung benötigen wir Ihren Benutzernamen (Nickname), Ihr Geschlecht und das gesuchte Geschlecht, Ihr Geburtsdatum, Ihre Postleitzahl und Ihre E-Mail-Adresse sowie ein Passwort. Ihre E-Mail-Adresse wird im Rahmen des Double-Opt-In-Verfahrens bestätigt. Andere Mitglieder sehen Ihre E-Mail-Adresse nicht.

### 3.2 Profilangaben

Freiwillig können Sie Ihr Profil um Fotos, eine Selbstbeschreibung, Angaben zu Größe, Figur, Familienstand, Kinderwunsch, Raucher/Nichtraucher, Bildung, Beruf und Hobbys ergänzen. Angaben zu Ihrer sexuellen Orientierung, Religion oder Weltanschauung sind besondere Kategorien personenbezogener Daten im Sinne von Art. 9 DSGVO. Wir verarbeiten diese Angaben nur, wenn Sie sie freiwillig in Ihr Profil eintragen, und auf Grundlage Ihrer ausdrücklichen Einwilligung (Art. 9 Abs. 2 lit. a DSGVO). Sie können diese Angaben jederzeit in Ihrem Profil ändern oder löschen.

Neu hochgeladene Fotos und Profiltexte werden vor der Freischaltung von unserem Team geprüft (Fake-Check), um gefälschte Profile und unzulässige Inhalte zu verhindern.

### 3.3 Nachrichten und Flirtfunktionen

Wenn Sie anderen Mitgliedern Nachrichten schreiben, Flirts oder Geschenke senden oder Profile auf Ihre Favoritenliste setzen, speichern wir diese Inhalte, um die Funktionen bereitzustellen. Nachrichten werden grundsätzlich nicht gelesen. Eine Einsichtnahme durch unser Support-Team erfolgt nur, wenn ein Mitglied eine Nachricht meldet oder ein konkreter Verdacht auf Missbrauch (z. B. Betrug, Belästigung, kommerzielle Werbung) besteht.

### 3.4 Umkreissuche

Die Umkreissuche basiert auf der von Ihnen angegebenen Postleitzahl. Anderen Mitgliedern wird nur Ihr Wohnort bzw. die Region und die ungefähre Entfernung angezeigt, nicht Ihre Anschrift.

### 3.5 Server-Logfiles

Bei jedem Aufruf unserer Website speichert unser Webserver automatisch Informationen, die Ihr Browser übermittelt: IP-Adresse, Datum und Uhrzeit des Zugriffs, aufgerufene Seite, Referrer-URL, Browsertyp und Betriebssystem. Diese Daten dienen der technischen Bereitstellung und der Sicherheit unseres Angebots (Art. 6 Abs. 1 lit. f DSGVO) und werden nach 14 Tagen gelöscht, sofern sie nicht zur Aufklärung eines Missbrauchs benötigt werden.

## 4. Zwecke und Rechtsgrundlagen

Wir verarbeiten Ihre Daten zur Durchführung des Nutzungsvertrages über unsere Singlebörse (Art. 6 Abs. 1 lit. b DSGVO), zur Erfüllung gesetzlicher Pflichten, insbesondere steuer- und handelsrechtlicher Aufbewahrungspflichten (Art. 6 Abs. 1 lit. c DSGVO), auf Grundlage unserer berechtigten Interessen an einem sicheren und missbrauchsfreien Angebot (Art. 6 Abs. 1 lit. f DSGVO) sowie, soweit Sie eingewilligt haben, auf Grundlage Ihrer Einwilligung (Art. 6 Abs. 1 lit. a, Art. 9 Abs. 2 lit. a DSGVO).

## 5. VIP-Mitgliedschaft und Zahlungen

Wenn Sie eine kostenpflichtige VIP-Mitgliedschaft abschließen, verarbeiten wir Ihren Namen, Ihre Anschrift und die Zahlungsdaten zur Abwicklung des Vertrages und zur Rechnungsstellung. Je nach gewählter Zahlungsart geben wir die erforderlichen Daten an den jeweiligen Zahlungsdienstleister weiter:

- PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxemburg
- Sofort GmbH, Theresienhöhe 12, 80339 München (Sofortüberweisung)
- Micropayment GmbH, Scharnweberstraße 69, 12587 Berlin (Lastschrift, Kreditkarte)

Rechnungsdaten bewahren wir entsprechend den gesetzlichen Fristen (§ 147 AO, § 257 HGB) bis zu zehn Jahre auf.

## 6. Cookies

Wir verwenden technisch notwendige Cookies, insbesondere ein Sitzungs-Cookie, das Ihre Anmeldung während eines Besuchs speichert. Rechtsgrundlage ist § 25 Abs. 2 Nr. 2 TTDSG in Verbindung mit Art. 6 Abs. 1 lit. b DSGVO. Ist in Ihrem Browser die Annahme von Cookies deaktiviert, wird die Sitzungskennung an die Links unserer Seiten angehängt.

Cookies zu Statistik- und Marketingzwecken setzen wir nur mit Ihrer Einwilligung nach § 25 Abs. 1 TTDSG ein, die Sie über unser Cookie-Banner erteilen und jederzeit widerrufen können.

## 7. Google Analytics

Mit Ihrer Einwilligung nutzt diese Website Google Analytics, einen Webanalysedienst der Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Irland. Google Analytics verwendet Cookies, die eine Analyse Ihrer Benutzung der Website ermöglichen. Wir haben die IP-Anonymisierung aktiviert, sodass Ihre IP-Adresse innerhalb der Europäischen Union vor der Übermittlung gekürzt wird. Es kann nicht ausgeschlossen werden, dass Daten an Server der Google LLC in den USA übermittelt werden.

## 8. Newsletter und Benachrichtigungen

Über neue Nachrichten, Besucher und Partnervorschläge informieren wir Sie per E-Mail. Diese Benachrichtigungen können Sie in Ihren [Einstellungen](/einstellungen.php) einzeln abbestellen. Unseren Newsletter mit Flirttipps und Aktionen erhalten Sie nur, wenn Sie ihn ausdrücklich abonniert haben.

## 9. Weitergabe an Dritte

Eine Weitergabe Ihrer Daten an Dritte erfolgt nur, soweit dies zur Vertragsabwicklung erforderlich ist (z. B. an Zahlungsdienstleister), Sie eingewilligt haben oder wir gesetzlich dazu verpflichtet sind, etwa auf Anordnung von Strafverfolgungsbehörden. Unsere Server stehen in einem Rechenzentrum der Hetzner Online GmbH in Deutschland, mit der wir einen Vertrag zur Auftragsverarbeitung nach Art. 28 DSGVO geschlossen haben.

## 10. Speicherdauer und Löschung

Ihre Daten speichern wir, solange Ihre Mitgliedschaft besteht. Sie können Ihr Profil jederzeit unter [Profil löschen](/profil_loeschen.php) selbst löschen. Mit der Löschung werden Ihr Profil, Ihre Fotos und Ihre Nachrichten entfernt; an andere Mitglieder gesendete Nachrichten bleiben im Postfach der Empfänger erhalten, werden aber ohne Ihren Benutzernamen angezeigt. Profile, die länger als 18 Monate nicht genutzt wurden, löschen wir nach vorheriger Ankündigung per E-Mail.

## 11. Ihre Rechte

Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16 DSGVO), Löschung (Art. 17 DSGVO), Einschränkung der Verarbeitung (Art. 18 DSGVO), Datenübertragbarkeit (Art. 20 DSGVO) sowie das Recht, erteilte Einwilligungen jederzeit mit Wirkung für die Zukunft zu widerrufen.

**Widerspruchsrecht:** Soweit wir Ihre Daten auf Grundlage berechtigter Interessen verarbeiten, können Sie dieser Verarbeitung aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit widersprechen (Art. 21 DSGVO).

Wenden Sie sich hierzu an datenschutz@herzklopfen-regional.de oder nutzen Sie unser [Kontaktformular](/kontakt.php). Sie haben außerdem das Recht, sich bei einer Aufsichtsbehörde zu beschweren. Für uns zuständig ist die Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen, Kavalleriestraße 2-4, 40213 Düsseldorf.

## 12. Minderjährige

Die Nutzung von herzklopfen-regional.de ist erst ab 18 Jahren gestattet. Bei Hinweisen auf minderjährige Mitglieder sperren wir das betreffende Profil.
"""

EDITS = [
    {"note": "payments: Sofortüberweisung now via Klarna (Sofort GmbH -> Klarna Bank AB)",
     "repl": [("- Sofort GmbH, Theresienhöhe 12, 80339 München (Sofortüberweisung)",
               "- Klarna Bank AB (publ), Sveavägen 46, 111 34 Stockholm, Schweden (Sofortüberweisung, Rechnungskauf)")]},
    {"note": "photo verification: new 3.6 'Foto-Verifizierung' (selfie with gesture, compared by staff, deleted after 30 days)",
     "repl": [("### 3.5 Server-Logfiles", "### 3.5 Foto-Verifizierung\n\n"
               "Sie können Ihr Profil mit dem Siegel \"Foto geprüft\" versehen lassen. Dazu laden Sie ein Selfie hoch, auf dem Sie eine von uns vorgegebene Handgeste zeigen. Ein Mitarbeiter unseres Teams vergleicht das Selfie mit Ihren Profilfotos. Das Selfie ist für andere Mitglieder nicht sichtbar und wird 30 Tage nach der Prüfung gelöscht. Eine automatisierte biometrische Auswertung findet nicht statt.\n\n"
               "### 3.6 Server-Logfiles")]},
    {"note": "analytics: Google Analytics replaced by etracker (cookieless), section 7 rewritten",
     "repl": [("## 7. Google Analytics", "## 7. Reichweitenmessung mit etracker"),
              ("Mit Ihrer Einwilligung nutzt diese Website Google Analytics, einen Webanalysedienst der Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Irland. Google Analytics verwendet Cookies, die eine Analyse Ihrer Benutzung der Website ermöglichen. Wir haben die IP-Anonymisierung aktiviert, sodass Ihre IP-Adresse innerhalb der Europäischen Union vor der Übermittlung gekürzt wird. Es kann nicht ausgeschlossen werden, dass Daten an Server der Google LLC in den USA übermittelt werden.",
               "Zur Analyse der Nutzung unserer Website setzen wir den Dienst etracker der etracker GmbH, Erste Brunnenstraße 1, 20459 Hamburg, ein. Die Daten werden ausschließlich in Deutschland verarbeitet. Ohne Ihre Einwilligung arbeitet etracker cookielos und erhebt nur anonymisierte Daten; erst wenn Sie im Cookie-Banner zustimmen, wird ein Cookie gesetzt, das wiederkehrende Besucher erkennt. Google Analytics setzen wir nicht mehr ein.")]},
    {"note": "silent: TTDSG renamed TDDDG (two references), date not bumped", "bump": False,
     "repl": [("§ 25 Abs. 2 Nr. 2 TTDSG", "§ 25 Abs. 2 Nr. 2 TDDDG"), ("§ 25 Abs. 1 TTDSG", "§ 25 Abs. 1 TDDDG")]},
    {"note": "messages: automatic word filter for scams + retention of chat history 6 months after deletion for fraud investigations",
     "repl": [("Nachrichten werden grundsätzlich nicht gelesen.",
               "Nachrichten werden grundsätzlich nicht von Mitarbeitern gelesen. Zum Schutz vor Betrugsmaschen (sog. Romance Scam) werden Nachrichten jedoch automatisch auf typische Merkmale wie Bankverbindungen, Links zu Messenger-Diensten oder Geldforderungen geprüft; auffällige Nachrichten werden angehalten und von unserem Support-Team freigegeben oder blockiert."),
              ("an andere Mitglieder gesendete Nachrichten bleiben im Postfach der Empfänger erhalten, werden aber ohne Ihren Benutzernamen angezeigt.",
               "an andere Mitglieder gesendete Nachrichten bleiben im Postfach der Empfänger erhalten, werden aber ohne Ihren Benutzernamen angezeigt. Wurde Ihr Profil wegen eines Verstoßes gegen unsere AGB gesperrt, speichern wir den Nachrichtenverlauf noch sechs Monate, um Betrugsfälle aufzuklären und Anfragen von Strafverfolgungsbehörden beantworten zu können.")]},
]

CITIES = ["Bielefeld", "Gütersloh", "Herford", "Paderborn", "Detmold", "Minden", "Bad Salzuflen", "Lemgo", "Bünde", "Rheda-Wiedenbrück"]
NICKS = ["sonnenschein_74", "Wanderfreund", "Leselust", "Kuschelbär62", "Bikerin_OWL", "Ostwestfale", "Tanzmaus",
         "gartenzwerg", "Rotwein-Genießer", "Lebensfroh55", "Sternchen88", "nordlicht", "Fahrradfahrer", "Herzdame"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["sid"] = "".join(rng.choice(SID_CHARS) for _ in range(26))
    s["online"] = rng.randint(1900, 4600) if when.hour >= 12 else rng.randint(350, 1300)
    s["members"] = (prev.get("members") or 183412) + rng.randint(150, 2400)
    s["newbies"] = tuple((rng.randrange(len(NICKS)), rng.randint(24, 67), rng.randrange(len(CITIES)), rng.randint(100000, 999999))
                         for _ in range(4))
    s["week"] = when.isocalendar()[1]
    s["banner"] = C.keep_or(rng, prev.get("banner"), 0.5, lambda: rng.choice(["vip30", "vip50", "ostern", "none"]))
    s["year"] = when.year
    s["consent"] = "cookie-v2" if when >= dt.datetime(2022, 3, 1) else "cookie-v1"
    return s


LABELS = {
    "sid": "PHPSESSID appended to every link (trans-sid), hidden sid input",
    "online": "'Mitglieder online' counter",
    "members": "total members counter",
    "newbies": "'Neue Mitglieder aus Ihrer Region' thumbnails",
    "week": "'Singles der Woche' week number",
    "banner": "VIP promo banner",
    "year": "copyright year",
    "consent": "cookie banner script swapped (home-made -> CMP)",
}


def de_num(n):
    return "{:,}".format(n).replace(",", ".")


def render(s, blocks, when):
    sid = s["sid"]

    def L(href):
        sep = "&amp;" if "?" in href else "?"
        return "%s%sPHPSESSID=%s" % (href, sep, sid)

    def link(url, label):
        u = L(url) if url.startswith("/") else html.escape(url)
        return '<a href="%s" class="link">%s</a>' % (u, html.escape(label, quote=False))

    out = []
    for kind, v in blocks[1:]:
        if kind == "h2":
            out.append('<h2 class="ueberschrift" style="font-size:15px;color:#b3123a;margin:18px 0 6px 0;">%s</h2>' % C.inline_html(v, link=link))
        elif kind == "h3":
            out.append('<h3 style="font-size:13px;margin:12px 0 4px 0;">%s</h3>' % C.inline_html(v, link=link))
        elif kind == "p":
            out.append('<p>%s</p>' % C.inline_html(v, link=link, bold=lambda r: "<b>%s</b>" % html.escape(r, quote=False)))
        elif kind == "ul":
            out.append('<ul style="margin-top:4px;">%s</ul>' % "".join("<li>%s</li>" % C.inline_html(x, link=link) for x in v))
        elif kind == "addr":
            out.append('<p style="margin-left:15px;">%s</p>' % "<br>\n".join(C.inline_html(x, link=link) for x in v))
    policy = "\n".join(out)
    newbies = "".join(
        '<td align="center" width="25%%"><a href="%s"><img src="/bilder/thumbs/%d_s.jpg" width="64" height="80" border="0" alt=""></a><br>'
        '<font size="1"><b>%s</b>, %d<br>%s</font></td>' % (L("/profil.php?id=%d" % pid), pid, NICKS[n], age, CITIES[c])
        for n, age, c, pid in s["newbies"])
    banner = {"vip30": '<a href="%s"><img src="/bilder/banner/vip_30prozent.gif" width="468" height="60" border="0" alt="Jetzt VIP werden - 30%% sparen!"></a>' % L("/vip.php?aktion=30"),
              "vip50": '<a href="%s"><img src="/bilder/banner/vip_halber_preis.gif" width="468" height="60" border="0" alt="VIP zum halben Preis - nur bis Sonntag!"></a>' % L("/vip.php?aktion=50"),
              "ostern": '<a href="%s"><img src="/bilder/banner/osterflirt.gif" width="468" height="60" border="0" alt="Oster-Flirt-Aktion"></a>' % L("/vip.php?aktion=ostern"),
              "none": "&nbsp;"}[s["banner"]]
    nav = "".join('<tr><td class="navi" style="padding:4px 8px;border-bottom:1px solid #f2c9d3;"><a href="%s" class="navlink">%s</a></td></tr>' % (L(h), t)
                  for h, t in [("/index.php", "Startseite"), ("/suche.php", "Singles suchen"), ("/umkreis.php", "Umkreissuche"),
                               ("/singles_der_woche.php", "Singles der Woche"), ("/vip.php", "VIP-Mitgliedschaft"),
                               ("/erfolgsgeschichten.php", "Erfolgsgeschichten"), ("/flirttipps.php", "Flirt-Tipps"),
                               ("/hilfe.php", "Hilfe &amp; FAQ"), ("/kontakt.php", "Kontakt")])
    if s["consent"] == "cookie-v1":
        consent = ('<div id="cookiehinweis" style="position:fixed;bottom:0;left:0;right:0;background:#333;color:#fff;padding:8px;font-size:12px;text-align:center;">'
                   'Diese Website verwendet Cookies. Durch die weitere Nutzung stimmen Sie dem zu. <a href="%s" style="color:#fff;">Mehr erfahren</a> '
                   '<a href="javascript:cookieOk();" style="color:#ff9;">OK</a></div>' % L("/datenschutz.php"))
    else:
        consent = ('<script src="https://consent.herzklopfen-regional.de/ccm19.js?apiKey=4f1a9b2c7d3e&amp;domain=7e21c0f" referrerpolicy="origin"></script>')
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">\n<html>\n<head>\n'
            '<title>Datenschutz - Herzklopfen Regional - Singles aus Ostwestfalen-Lippe</title>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n'
            '<meta name="keywords" content="Singles Bielefeld, Partnersuche OWL, Singlebörse, Flirt, kostenlos">\n'
            '<link rel="stylesheet" href="/css/style.css?v=2019" type="text/css">\n<script type="text/javascript" src="/js/funktionen.js"></script>\n%s\n'
            '</head>\n<body bgcolor="#fdf3f5" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">\n<a name="top"></a>\n'
            '<table width="980" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#ffffff">\n'
            '<tr><td colspan="3" height="110" background="/bilder/header_bg.jpg">\n'
            '  <table width="100%%" border="0" cellspacing="0" cellpadding="0"><tr>\n'
            '  <td width="320" style="padding-left:15px;"><a href="%s"><img src="/bilder/logo_herzklopfen.gif" width="290" height="80" border="0" alt="Herzklopfen Regional"></a></td>\n'
            '  <td align="center" valign="middle"><font face="Verdana" size="2" color="#ffffff"><b>%s</b> Mitglieder online<br><font size="1">%s Singles aus OWL sind dabei</font></font></td>\n'
            '  <td width="300" align="right" style="padding-right:15px;"><form action="%s" method="post" name="loginform" style="margin:0;">\n'
            '    <input type="hidden" name="PHPSESSID" value="%s">\n'
            '    <font size="1" color="#ffffff">Benutzername</font><br><input type="text" name="nick" size="14" class="input"><br>\n'
            '    <font size="1" color="#ffffff">Passwort</font><br><input type="password" name="pass" size="14" class="input"> <input type="submit" value="Login" class="button">\n'
            '  </form><a href="%s" style="font-size:10px;color:#fff;">Passwort vergessen?</a></td>\n'
            '  </tr></table>\n</td></tr>\n'
            '<tr><td width="200" valign="top" bgcolor="#fbe4ea">\n<table width="100%%" border="0" cellspacing="0" cellpadding="0">%s</table>\n'
            '<br><div align="center"><img src="/bilder/siegel_datenschutz.gif" width="120" height="60" alt="Datenschutz geprüft"></div>\n</td>\n'
            '<td width="580" valign="top" class="content" style="padding:15px 20px;font-family:Verdana,Arial,sans-serif;font-size:12px;line-height:17px;">\n'
            '<div class="breadcrumb" style="font-size:10px;color:#999;">Sie sind hier: <a href="%s">Startseite</a> &raquo; Datenschutz</div>\n'
            '<div class="werbung" align="center" style="margin:8px 0;">%s</div>\n'
            '<h1 style="font-size:18px;color:#b3123a;">%s</h1>\n%s\n'
            '<p class="nachoben" align="right"><a href="#top">nach oben</a></p>\n'
            '<div class="druck"><a href="javascript:window.print();"><img src="/bilder/icon_drucken.gif" border="0" alt=""> Seite drucken</a></div>\n'
            '</td>\n'
            '<td width="200" valign="top" bgcolor="#fdf3f5" style="padding:10px;">\n'
            '<table width="100%%" border="0" cellspacing="0" cellpadding="6" style="border:2px solid #b3123a;background:#fff;"><tr><td>\n'
            '<font face="Verdana" size="2" color="#b3123a"><b>Jetzt kostenlos anmelden!</b></font><br>\n'
            '<form action="%s" method="post" style="margin:4px 0 0 0;"><input type="hidden" name="PHPSESSID" value="%s">\n'
            'Ich bin<br><select name="geschlecht"><option value="m">ein Mann</option><option value="w">eine Frau</option></select><br>\n'
            'und suche<br><select name="sucht"><option value="w">eine Frau</option><option value="m">einen Mann</option></select><br>\n'
            'PLZ<br><input type="text" name="plz" size="6" maxlength="5"><br><input type="submit" value="Weiter &raquo;" class="button"></form>\n'
            '<font size="1">100%% kostenlos anmelden - ohne Abo-Falle!</font></td></tr></table>\n<br>\n'
            '<table width="100%%" border="0" cellspacing="0" cellpadding="2"><tr><td colspan="4"><font face="Verdana" size="1"><b>Neue Mitglieder aus Ihrer Region</b></font></td></tr><tr>%s</tr></table>\n'
            '<br><font size="1"><a href="%s">Singles der Woche (KW %d)</a></font>\n</td></tr>\n'
            '<tr><td colspan="3" align="center" bgcolor="#b3123a" style="padding:8px;"><font face="Verdana" size="1" color="#ffffff">'
            '&copy; 2006-%d Herzklopfen Media GmbH | <a href="%s" style="color:#fff;">Impressum</a> | <a href="%s" style="color:#fff;">Datenschutz</a> | '
            '<a href="%s" style="color:#fff;">AGB</a> | <a href="%s" style="color:#fff;">Widerruf</a> | <a href="%s" style="color:#fff;">Jugendschutz</a></font></td></tr>\n'
            '</table>\n%s\n</body>\n</html>\n'
            % ("" if s["consent"] == "cookie-v1" else consent, L("/index.php"), de_num(s["online"]), de_num(s["members"]),
               L("/login.php"), sid, L("/passwort.php"), nav, L("/index.php"), banner, html.escape(blocks[0][1]), policy,
               L("/anmelden.php"), sid, newbies, L("/singles_der_woche.php"), s["week"], s["year"], L("/impressum.php"),
               L("/datenschutz.php"), L("/agb.php"), L("/widerruf.php"), L("/jugendschutz.php"),
               consent if s["consent"] == "cookie-v1" else ""))


PAGE = {
    "service": "Herzklopfen Regional", "url": URL, "lang": "de-DE", "platform": "PHP/Smarty (layout tables, trans-sid)",
    "content_type": "text/html; charset=ISO-8859-1", "encoding": "iso-8859-1",
    "n": 30, "start": dt.date(2021, 3, 15), "end": dt.date(2026, 4, 30),
    "policy": POLICY, "first_updated": dt.date(2020, 9, 21), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["td.content"], "remove": [".breadcrumb", ".werbung", ".nachoben", ".druck"]},
}
