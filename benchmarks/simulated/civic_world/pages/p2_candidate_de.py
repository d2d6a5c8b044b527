"""A Bundestag candidate's campaign site in German on WordPress with the Sunflower theme (the theme Green local
branches and candidates use): the policy in article .entry-content; a countdown band under the header to the
next election day ("Noch 37 Tage bis zur Bundestagswahl"), or a thank-you band after it; a "Termine" widget in
the footer listing the next three campaign dates (info stands, door-to-door, a rally), which rolls on with the
calendar; theme and plugin ?ver= strings change on updates (Sunflower 1.x -> 2.x)."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONATE[d.month - 1], d.year)


POLICY = """## Datenschutzerklärung

Stand: {UPDATED}

Der Schutz Ihrer persönlichen Daten ist mir ein wichtiges Anliegen. Nachfolgend informiere ich Sie darüber, welche personenbezogenen Daten beim Besuch dieser Website und bei der Kontaktaufnahme mit meinem Team verarbeitet werden und welche Rechte Sie nach der Datenschutz-Grundverordnung (DSGVO) haben.

### 1. Verantwortlicher

Verantwortlich für die Datenverarbeitung auf dieser Website im Sinne von Art. 4 Nr. 7 DSGVO ist:

@ Jonas Albrecht
@ Wahlkreisbüro Freiburg
@ Wilhelmstraße 24a
@ 79098 Freiburg im Breisgau
@ Telefon: 0761 208 447 30
@ E-Mail: kontakt@jonas-albrecht.de

Fragen zum Datenschutz können Sie jederzeit an die oben genannte E-Mail-Adresse richten. Ein Datenschutzbeauftragter ist nicht bestellt, da die gesetzlichen Voraussetzungen hierfür nicht vorliegen.

### 2. Hosting und Server-Logfiles

Diese Website wird bei der verdigado eG, Kurfürstenstraße 130, 10785 Berlin, betrieben. Die Server stehen ausschließlich in Deutschland. Mit dem Anbieter besteht ein Vertrag zur Auftragsverarbeitung nach Art. 28 DSGVO.

Bei jedem Aufruf der Website erfasst der Server automatisch folgende Informationen:

- die IP-Adresse des anfragenden Geräts, gekürzt um das letzte Oktett,
- Datum und Uhrzeit des Zugriffs,
- die aufgerufene Seite und die übertragene Datenmenge,
- die zuvor besuchte Seite (Referrer),
- Browsertyp und Betriebssystem.

Die Verarbeitung erfolgt auf Grundlage von Art. 6 Abs. 1 lit. f DSGVO. Mein berechtigtes Interesse liegt in der Sicherstellung eines störungsfreien Betriebs und der Abwehr von Angriffen. Die Logfiles werden nach 14 Tagen automatisch gelöscht.

Die Übertragung aller Inhalte dieser Website erfolgt verschlüsselt über TLS. Sie erkennen dies am Schloss-Symbol in der Adresszeile Ihres Browsers. Eine Zusammenführung der Logfile-Daten mit anderen Datenquellen findet nicht statt.

### 3. Kontaktaufnahme

Wenn Sie mir per Kontaktformular, E-Mail oder Telefon schreiben, verarbeite ich Ihre Angaben (Name, E-Mail-Adresse, gegebenenfalls Telefonnummer und Ihr Anliegen), um Ihre Anfrage zu beantworten. Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO, bei Anfragen zu einer Mitarbeit im Wahlkampf Art. 6 Abs. 1 lit. b DSGVO. Ihre Nachricht wird gelöscht, sobald sie abschließend bearbeitet ist und keine gesetzlichen Aufbewahrungspflichten entgegenstehen.

Bitte beachten Sie, dass Nachrichten mit politischem Inhalt Rückschlüsse auf Ihre politische Meinung zulassen können. Ich verarbeite solche Angaben nur, soweit Sie sie mir selbst mitteilen, und gebe sie nicht an Dritte weiter.

### 4. Newsletter

Für meinen Newsletter nutze ich den Dienst CleverReach der CleverReach GmbH & Co. KG, Schafjückenweg 2, 26180 Rastede. Für die Anmeldung benötige ich lediglich Ihre E-Mail-Adresse; die Angabe Ihres Vornamens und Ihrer Postleitzahl ist freiwillig und dient der Einladung zu Veranstaltungen in Ihrer Nähe.

Die Anmeldung erfolgt im Double-Opt-in-Verfahren: Sie erhalten eine E-Mail, in der Sie Ihre Anmeldung bestätigen. Rechtsgrundlage ist Ihre Einwilligung nach Art. 6 Abs. 1 lit. a DSGVO. Sie können den Newsletter jederzeit über den Abmeldelink am Ende jeder Ausgabe abbestellen. Nach der Abmeldung wird Ihre E-Mail-Adresse gelöscht, sofern Sie nicht ausdrücklich in eine weitere Verwendung eingewilligt haben.

### 5. Anmeldung zu Veranstaltungen und Mitmachen im Wahlkampf

Wenn Sie sich für eine Veranstaltung anmelden oder sich als Unterstützerin oder Unterstützer für Haustürgespräche, Infostände oder das Plakatieren eintragen, verarbeite ich die von Ihnen angegebenen Daten zur Organisation des Wahlkampfs. Bei öffentlichen Veranstaltungen fertigt mein Team Fotos an, die auf dieser Website und in meinen Social-Media-Kanälen veröffentlicht werden können. Auf Übersichtsaufnahmen achten wir darauf, dass einzelne Personen nicht im Mittelpunkt stehen; wer nicht fotografiert werden möchte, kann dies jederzeit dem Team vor Ort mitteilen. Diese Daten werden ausschließlich vom Wahlkampfteam genutzt und spätestens drei Monate nach dem Wahltag gelöscht.

### 6. Spenden

Spenden für meinen Wahlkampf werden nicht von mir persönlich, sondern über den Kreisverband Freiburg meiner Partei abgewickelt. Wenn Sie dem Link „Spenden" folgen, gelangen Sie auf die Spendenseite des Kreisverbands, für die dessen eigene Datenschutzerklärung gilt. Nach dem Parteiengesetz müssen Spenden über 10.000 Euro im Jahr im Rechenschaftsbericht mit Name und Anschrift veröffentlicht werden.

### 7. Eingebettete Inhalte und soziale Netzwerke

Auf dieser Website sind keine Social-Media-Plugins eingebunden. Links zu meinen Profilen auf Instagram, Mastodon und Bluesky sind einfache Verweise; erst wenn Sie sie anklicken, werden Daten an den jeweiligen Anbieter übertragen.

Videos von YouTube binde ich im erweiterten Datenschutzmodus (youtube-nocookie.com) und mit einer Zwei-Klick-Lösung ein. Eine Verbindung zu den Servern von Google wird erst hergestellt, wenn Sie das Vorschaubild anklicken. Rechtsgrundlage ist dann Ihre Einwilligung nach Art. 6 Abs. 1 lit. a DSGVO in Verbindung mit § 25 Abs. 1 TTDSG.

Wenn Sie mir auf Instagram, Mastodon oder Bluesky schreiben oder meine Beiträge kommentieren, gelten zusätzlich die Datenschutzbestimmungen der jeweiligen Plattform. Direktnachrichten beantworte ich selbst oder über mein Team; Inhalte daraus übernehme ich nicht in andere Systeme, es sei denn, Sie bitten mich ausdrücklich darum, etwa um Ihr Anliegen an eine Behörde weiterzugeben.

### 8. Cookies

Diese Website setzt keine Tracking-Cookies. Es werden lediglich technisch notwendige Cookies verwendet, etwa um Ihre Entscheidung über das Laden externer Videos zu speichern.

### 9. Speicherdauer im Überblick

| Daten | Speicherdauer |
| --- | --- |
| Server-Logfiles | 14 Tage |
| Kontaktanfragen | bis zur abschließenden Bearbeitung, höchstens 6 Monate |
| Newsletter-Anmeldung | bis zur Abmeldung |
| Unterstützerinnen und Unterstützer im Wahlkampf | bis drei Monate nach dem Wahltag |

### 10. Ihre Rechte

Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16 DSGVO), Löschung (Art. 17 DSGVO), Einschränkung der Verarbeitung (Art. 18 DSGVO) und Datenübertragbarkeit (Art. 20 DSGVO). Soweit die Verarbeitung auf einem berechtigten Interesse beruht, können Sie ihr nach Art. 21 DSGVO widersprechen. Eine erteilte Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen.

Außerdem haben Sie das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren. Zuständig ist:

@ Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg
@ Lautenschlagerstraße 20
@ 70173 Stuttgart

### 11. Änderungen

Ich passe diese Datenschutzerklärung an, wenn sich die Website oder die rechtlichen Vorgaben ändern. Es gilt jeweils die hier veröffentlichte Fassung."""

EDITS = [
    {"note": "log retention shortened from 14 to 7 days (text and table)",
     "repl": [("Die Logfiles werden nach 14 Tagen automatisch gelöscht.", "Die Logfiles werden nach 7 Tagen automatisch gelöscht."),
              ("| Server-Logfiles | 14 Tage |", "| Server-Logfiles | 7 Tage |")]},
    {"note": "law renamed: TTDSG -> TDDDG (Digitale-Dienste-Gesetz)",
     "repl": [("§ 25 Abs. 1 TTDSG.", "§ 25 Abs. 1 des Telekommunikation-Digitale-Dienste-Datenschutz-Gesetzes (TDDDG).")]},
    {"note": "constituency office phone number changed",
     "repl": [("@ Telefon: 0761 208 447 30", "@ Telefon: 0761 155 903 12")]},
    {"note": "new section on Matomo web analytics (privacy-friendly, no cookies) before Cookies",
     "repl": [("### 8. Cookies", "### 8. Reichweitenmessung mit Matomo\n\n"
               "Um zu verstehen, welche Inhalte auf Interesse stoßen, nutze ich die Open-Source-Software Matomo, "
               "die auf dem Server von verdigado betrieben wird. Matomo arbeitet ohne Cookies; Ihre IP-Adresse wird "
               "vor der Speicherung um zwei Bytes gekürzt, sodass keine Zuordnung zu Ihrer Person möglich ist. "
               "Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO.\n\n### 9. Cookies"),
              ("### 9. Speicherdauer im Überblick", "### 10. Speicherdauer im Überblick"),
              ("### 10. Ihre Rechte", "### 11. Ihre Rechte"),
              ("### 11. Änderungen", "### 12. Änderungen")]},
    {"note": "one word inserted: 'spätestens drei Monate' -> 'spätestens jedoch drei Monate' (no date change)", "bump": False,
     "repl": [("und spätestens drei Monate nach dem Wahltag gelöscht", "und spätestens jedoch drei Monate nach dem Wahltag gelöscht")]},
    {"note": "newsletter provider switched from CleverReach to Brevo, with a row in the retention table",
     "repl": [("Für meinen Newsletter nutze ich den Dienst CleverReach der CleverReach GmbH & Co. KG, Schafjückenweg 2, 26180 Rastede.",
               "Für meinen Newsletter nutze ich den Dienst Brevo der Sendinblue GmbH, Köpenicker Straße 126, 10179 Berlin. "
               "Die Daten werden auf Servern in der Europäischen Union gespeichert."),
              ("| Newsletter-Anmeldung | bis zur Abmeldung |",
               "| Newsletter-Anmeldung | bis zur Abmeldung |\n| Protokoll der Double-Opt-in-Bestätigung | 3 Jahre nach der Abmeldung |")]},
]

ELECTIONS = [
    (dt.date(2024, 6, 9), "Europa- und Kommunalwahl", "am 9. Juni"),
    (dt.date(2025, 2, 23), "Bundestagswahl", "am 23. Februar"),
    (dt.date(2026, 3, 8), "Landtagswahl", "am 8. März"),
]

KINDS = [("Infostand", "Bertoldsbrunnen"), ("Haustürwahlkampf", "Treffpunkt Stühlinger Kirchplatz"),
         ("Bürgersprechstunde", "Wahlkreisbüro, Wilhelmstraße 24a"), ("Podiumsdiskussion", "Haus der Jugend"),
         ("Radtour durch den Wahlkreis", "Start: Platz der Alten Synagoge"), ("Kundgebung", "Rathausplatz"),
         ("Plakatieren", "Treffpunkt Wahlkreisbüro"), ("Küchentischgespräch", "Littenweiler")]


def noise(rng, when, i, prev):
    prev = prev or {}
    d = when.date()
    band = ""
    for ed, name, am in ELECTIONS:
        left = (ed - d).days
        if 0 < left <= 75:
            band = "Noch <strong>%d Tage</strong> bis zur %s %s – jede Stimme zählt!" % (left, name, am)
            break
        if -21 <= left <= 0:
            band = "Danke für Ihr Vertrauen bei der %s!" % name
            break
    ev = []
    day = d + dt.timedelta(days=rng.randint(1, 3))
    for _ in range(3):
        k = rng.choice(KINDS)
        ev.append((day, "%02d:%02d" % (rng.choice([10, 11, 16, 17, 18, 19]), rng.choice([0, 0, 30])), k[0], k[1]))
        day += dt.timedelta(days=rng.randint(1, 6))
    theme = "1.9.2" if d < dt.date(2024, 9, 1) else ("2.0.4" if d < dt.date(2025, 5, 1) else "2.2.1")
    return {"band": band, "termine": tuple(ev), "theme_ver": theme,
            "wp_ver": "6.4.3" if d < dt.date(2024, 4, 10) else "6.5.2" if d < dt.date(2024, 7, 20) else
            "6.6.1" if d < dt.date(2024, 11, 25) else "6.7.1" if d < dt.date(2025, 4, 20) else "6.8.1"}


LABELS = {"band": "election countdown band", "termine": "Termine widget (next three dates)",
          "theme_ver": "Sunflower theme version in asset URLs", "wp_ver": "WordPress version (generator, ?ver=)"}

WOCHENTAGE = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]


def render(s, blocks, when):
    tv, wv = s["theme_ver"], s["wp_ver"]
    band = ('<div class="sunflower-countdown bg-primary text-white text-center py-2"><div class="container">%s</div></div>'
            % s["band"]) if s["band"] else ""
    termine = "\n".join(
        '<li class="sunflower-event"><div class="event-date"><span class="weekday">%s</span> %s um %s Uhr</div>'
        '<a href="/termine/%s-%s/">%s</a><div class="event-location">%s</div></li>'
        % (WOCHENTAGE[d.weekday()], d.strftime("%d.%m.%Y"), t, d.isoformat(), k.lower().replace(" ", "-").replace("ü", "ue").replace("ä", "ae"), k, loc)
        for d, t, k, loc in s["termine"])
    body = C.blocks_html(blocks, {"table": "wp-block-table"})
    return """<!doctype html>
<html lang="de-DE">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<title>Datenschutz &#8211; Jonas Albrecht</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="Jonas Albrecht &raquo; Feed" href="https://jonas-albrecht.de/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='https://jonas-albrecht.de/wp-includes/css/dist/block-library/style.min.css?ver=%(wv)s' media='all' />
<link rel='stylesheet' id='sunflower-style-css' href='https://jonas-albrecht.de/wp-content/themes/sunflower/style.css?ver=%(tv)s' media='all' />
<link rel='stylesheet' id='sunflower-icons-css' href='https://jonas-albrecht.de/wp-content/themes/sunflower/assets/vndr/@fortawesome/fontawesome-free/css/all.min.css?ver=%(tv)s' media='all' />
<script src="https://jonas-albrecht.de/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="https://jonas-albrecht.de/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="https://jonas-albrecht.de/wp-json/wp/v2/pages/3" />
<meta name="generator" content="WordPress %(wv)s" />
<link rel="canonical" href="https://jonas-albrecht.de/datenschutz/" />
<link rel="icon" href="https://jonas-albrecht.de/wp-content/uploads/2023/11/cropped-sonnenblume-32x32.png" sizes="32x32" />
</head>

<body class="privacy-policy page-template-default page page-id-3 wp-custom-logo wp-embed-responsive">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#primary">Zum Inhalt springen</a>
	<header id="masthead" class="site-header">
		<nav class="navbar navbar-main navbar-expand-lg navbar-light bg-white">
			<div class="container nowrap">
				<a href="https://jonas-albrecht.de/" class="custom-logo-link" rel="home"><img width="300" height="120" src="https://jonas-albrecht.de/wp-content/uploads/2023/11/logo-jonas-albrecht.png" class="custom-logo" alt="Jonas Albrecht" decoding="async" /></a>
				<div class="collapse navbar-collapse" id="navbar-main">
					<ul id="main-menu" class="navbar-nav mr-auto">
						<li class="menu-item nav-item"><a href="https://jonas-albrecht.de/ueber-mich/" class="nav-link">Über mich</a></li>
						<li class="menu-item nav-item"><a href="https://jonas-albrecht.de/themen/" class="nav-link">Themen</a></li>
						<li class="menu-item nav-item"><a href="https://jonas-albrecht.de/termine/" class="nav-link">Termine</a></li>
						<li class="menu-item nav-item"><a href="https://jonas-albrecht.de/mitmachen/" class="nav-link">Mitmachen</a></li>
						<li class="menu-item nav-item"><a href="https://jonas-albrecht.de/presse/" class="nav-link">Presse</a></li>
						<li class="menu-item nav-item"><a href="https://gruene-freiburg.de/spenden/" class="nav-link">Spenden</a></li>
					</ul>
				</div>
			</div>
		</nav>
	</header><!-- #masthead -->
	%(band)s
	<div id="content" class="container p-2 p-md-4">
		<div class="row">
			<div class="col-12 col-md-10 offset-md-1">
	<main id="primary" class="site-main">

<article id="post-3" class="display-single post-3 page type-page status-publish hentry">
	<header class="entry-header text-center">
		<h1 class="entry-title">Datenschutz</h1>	</header><!-- .entry-header -->

	<div class="entry-content">
%(body)s
	</div><!-- .entry-content -->
</article><!-- #post-3 -->

	</main><!-- #main -->
			</div>
		</div>
	</div>

	<footer id="colophon" class="site-footer">
		<div class="container site-footer-container">
			<div class="row">
				<div class="col-12 col-md-6">
					<section id="sunflower_next_events-2" class="widget widget_sunflower_next_events">
						<h2 class="widget-title">Termine</h2>
						<ul class="sunflower-events-list">
%(termine)s
						</ul>
						<a class="wp-block-button__link" href="https://jonas-albrecht.de/termine/">Alle Termine</a>
					</section>
				</div>
				<div class="col-12 col-md-6">
					<ul id="menu-footer" class="nav">
						<li class="menu-item"><a href="https://jonas-albrecht.de/impressum/">Impressum</a></li>
						<li class="menu-item current-menu-item"><a href="https://jonas-albrecht.de/datenschutz/" aria-current="page">Datenschutz</a></li>
						<li class="menu-item"><a href="https://jonas-albrecht.de/kontakt/">Kontakt</a></li>
					</ul>
					<div class="social-media-profiles">
						<a href="https://www.instagram.com/jonas.albrecht.fr/" target="_blank" title="Instagram" class="social-media-profile" rel="me"><i class="fab fa-instagram"></i></a>
						<a href="https://gruene.social/@jonasalbrecht" target="_blank" title="Mastodon" class="social-media-profile" rel="me"><i class="fab fa-mastodon"></i></a>
					</div>
				</div>
			</div>
			<div class="row"><div class="col-12 text-center small">Website erstellt mit <a href="https://sunflower-theme.de">Sunflower</a> und WordPress.</div></div>
		</div>
	</footer><!-- #colophon -->
</div><!-- #page -->
<script src="https://jonas-albrecht.de/wp-content/themes/sunflower/assets/vndr/bootstrap/dist/js/bootstrap.bundle.min.js?ver=%(tv)s" id="bootstrap-js"></script>
<script src="https://jonas-albrecht.de/wp-content/themes/sunflower/assets/js/frontend.js?ver=%(tv)s" id="frontend-js"></script>
</body>
</html>
""" % {"wv": wv, "tv": tv, "band": band, "body": body, "termine": termine}


PAGE = {
    "service": "Jonas Albrecht Wahlkreis Freiburg",
    "url": "https://jonas-albrecht.de/datenschutz/",
    "lang": "de",
    "platform": "WordPress 6 with the Sunflower theme",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "Apache"), ("Link", '<https://jonas-albrecht.de/wp-json/>; rel="https://api.w.org/"'),
                      ("Vary", "Accept-Encoding")],
    "n": 29,
    "start": dt.date(2024, 1, 20),
    "end": dt.date(2026, 2, 28),
    "hours": (6, 18),
    "policy": POLICY,
    "first_updated": dt.date(2023, 11, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://jonas-albrecht.de/datenschutz/", "select": ".entry-content"},
}
