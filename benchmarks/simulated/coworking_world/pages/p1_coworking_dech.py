"""Raumstation (Swiss German), a coworking network in Zürich, Bern and Basel. TYPO3 11 LTS with bootstrap_package 12
(frame wrappers, typo3temp merged assets, felogin member login in the header) until the agency's relaunch on
16 April 2024: TYPO3 12 LTS with its own site package on fluid_styled_content (plain frames, /_assets/ paths, a
__RequestToken in the login form), the content now in `main#inhalt` (declaration history)."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import cwkit as K  # noqa: E402

POLICY = """
# Datenschutzerklärung

Stand: {UPDATED}

Die Raumstation Coworking AG (nachfolgend «Raumstation», «wir» oder «uns») betreibt Coworking-Spaces, Sitzungszimmer und Eventflächen in Zürich, Bern und Basel. In dieser Datenschutzerklärung informieren wir Sie darüber, welche Personendaten wir bearbeiten, wenn Sie unsere Website besuchen, einen Arbeitsplatz oder ein Sitzungszimmmer buchen, Mitglied werden oder an einem unserer Community-Events teilnehmen.

## 1. Verantwortliche Stelle

Verantwortlich für die Datenbearbeitung ist:

@ Raumstation Coworking AG
@ Hohlstrasse 117
@ 8004 Zürich
@ UID: CHE-412.587.309

Bei Fragen zum Datenschutz erreichen Sie uns unter [datenschutz@raumstation.ch](mailto:datenschutz@raumstation.ch) oder telefonisch unter +41 44 552 18 40.

## 2. Welche Daten wir bearbeiten

Wir bearbeiten insbesondere folgende Kategorien von Personendaten:

- Stammdaten wie Name, Firma, Rechnungsadresse, E-Mail-Adresse und Telefonnummer;
- Vertrags- und Buchungsdaten wie gebuchte Arbeitsplätze, Sitzungszimmer, Mitgliedschaftsmodell und Vertragsdauer;
- Zahlungsdaten wie Zahlungsart, Rechnungen und Zahlungseingänge (Kreditkartendaten werden ausschliesslich von unserem Zahlungsdienstleister bearbeitet);
- Zutrittsdaten, d.h. die Nummer Ihres Badges sowie Datum und Uhrzeit, zu denen Sie unsere Standorte betreten;
- technische Daten wie IP-Adresse, Gerätetyp und die von Ihrem Gerät im Gäste-WLAN verwendete MAC-Adresse;
- Angaben, die Sie uns freiwillig mitteilen, etwa im Mitgliederprofil oder bei der Anmeldung zu Events.

## 3. Zwecke der Bearbeitung

Wir bearbeiten Ihre Personendaten, um Mitgliedschafts- und Buchungsverträge abzuschliessen und abzuwickeln, den Zutritt zu unseren Standorten zu ermöglichen, Rechnungen zu stellen, die Sicherheit unserer Räumlichkeiten und unserer IT zu gewährleisten sowie mit Ihnen zu kommunizieren. Mit Ihrer Einwilligung senden wir Ihnen zudem unseren Newsletter mit Informationen zu Events und Angeboten.

Für Mitglieder mit einer Geschäftsadresse (Domizil) nehmen wir Post und Pakete entgegen und bewahren sie bis zur Abholung auf. Dabei erfassen wir den Absender, das Eingangsdatum und die Abholung.

## 4. Zutrittssystem und Videoüberwachung

Unsere Standorte sind mit einem elektronischen Zutrittssystem ausgestattet. Die Zutrittsprotokolle werden während 90 Tagen aufbewahrt und nur ausgewertet, wenn dies zur Aufklärung eines Sicherheitsvorfalls erforderlich ist.

Die Eingangsbereiche am Standort Zürich werden videoüberwacht. Die Aufnahmen werden nach 72 Stunden automatisch gelöscht, sofern sie nicht zur Aufklärung eines Vorfalls benötigt werden.

## 5. Weitergabe an Dritte und Auftragsbearbeiter

Wir geben Personendaten nur weiter, soweit dies für die genannten Zwecke erforderlich ist. Wir arbeiten insbesondere mit folgenden Dienstleistern zusammen:

| Dienstleister | Zweck | Standort |
| Nexudus Ltd. | Mitgliederverwaltung, Buchungen und Rechnungsstellung | Vereinigtes Königreich |
| Stripe Payments Europe Ltd. | Zahlungsabwicklung | Irland |
| Salto Systems S.L. | Elektronisches Zutrittssystem | Spanien |
| Infomaniak Network SA | Hosting der Website und E-Mail | Schweiz |
| Mailchimp (Intuit Inc.) | Versand des Newsletters | USA |

Bei Übermittlungen in Länder ohne angemessenes Datenschutzniveau stützen wir uns auf die Standardvertragsklauseln der Europäischen Kommission, die vom Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten (EDÖB) anerkannt sind.

## 6. Cookies und Webanalyse

Unsere Website verwendet Cookies, die für den Betrieb erforderlich sind. Analyse-Cookies setzen wir nur mit Ihrer Einwilligung ein, die Sie über unser Cookie-Banner erteilen und jederzeit widerrufen können. Für die Webanalyse nutzen wir Matomo, das auf Servern in der Schweiz betrieben wird; IP-Adressen werden dabei gekürzt.

## 7. Aufbewahrungsdauer

Wir bewahren Personendaten so lange auf, wie es für die Zwecke, für die sie erhoben wurden, erforderlich ist. Vertrags- und Buchhaltungsunterlagen bewahren wir während zehn Jahren auf, wie es das Obligationenrecht verlangt. Angaben zu Interessenten, die keinen Vertrag abschliessen, löschen wir nach zwölf Monaten.

## 8. Ihre Rechte

Sie haben im Rahmen des anwendbaren Datenschutzrechts das Recht, Auskunft über Ihre Personendaten zu verlangen, unrichtige Daten berichtigen und Daten löschen zu lassen, der Bearbeitung zu widersprechen sowie die Herausgabe Ihrer Daten in einem gängigen elektronischen Format zu verlangen. Eine erteilte Einwilligung können Sie jederzeit widerrufen. Richten Sie Ihr Gesuch an die oben genannte Adresse.

Sie haben zudem das Recht, sich beim Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten (EDÖB) zu beschweren.

## 9. Änderungen

Wir können diese Datenschutzerklärung jederzeit anpassen. Es gilt die jeweils auf unserer Website veröffentlichte Fassung.
"""

EDITS = [
    {"note": "rights section adapted to the revised Swiss FADP (revDSG): legal basis named, sentence on automated "
             "individual decisions added",
     "repl": [("Sie haben im Rahmen des anwendbaren Datenschutzrechts das Recht,",
               "Sie haben gemäss dem revidierten Bundesgesetz über den Datenschutz (DSG) das Recht,"),
              ("Richten Sie Ihr Gesuch an die oben genannte Adresse.",
               "Richten Sie Ihr Gesuch an die oben genannte Adresse. Wir treffen keine automatisierten "
               "Einzelentscheidungen im Sinne von Art. 21 DSG.")]},
    {"note": "typo fixed (Sitzungszimmmer), date unchanged", "bump": False,
     "repl": [("ein Sitzungszimmmer buchen", "ein Sitzungszimmer buchen")]},
    {"note": "newsletter processor replaced in the table: Mailchimp (USA) -> Brevo (France)",
     "repl": [("| Mailchimp (Intuit Inc.) | Versand des Newsletters | USA |",
               "| Brevo (Sendinblue SAS) | Versand des Newsletters | Frankreich |")]},
    {"note": "access log retention changed from 90 to 180 days",
     "repl": [("Die Zutrittsprotokolle werden während 90 Tagen aufbewahrt",
               "Die Zutrittsprotokolle werden während 180 Tagen aufbewahrt")]},
    {"note": "new location Luzern inserted in the intro",
     "repl": [("in Zürich, Bern und Basel.", "in Zürich, Bern, Basel und Luzern.")]},
    {"note": "data protection phone number changed",
     "repl": [("telefonisch unter +41 44 552 18 40.", "telefonisch unter +41 43 508 22 10.")]},
]

RELAUNCH = dt.datetime(2024, 4, 16, 6, 0)


def fmt_date(d):
    return "%d. %s %d" % (d.day, K.MONTHS["de"][d.month - 1], d.year)


LOCATIONS = [("Zürich Kreis 5", (8, 0), (18, 0), 64), ("Bern Länggasse", (8, 0), (17, 0), 38),
             ("Basel Gundeli", (8, 30), (17, 30), 30)]

EVENTS = ["Community-Zmittag", "Founders Apéro", "Workshop: MWST für Freelancer", "Yoga am Mittag", "Pitch Night",
          "Feierabendbier auf der Dachterrasse", "Fotoshooting fürs LinkedIn-Profil", "Input: KI im Büroalltag",
          "Velo-Service im Hof", "Jassabend"]


def _live(rng, loc):
    out = []
    for name, (oh, om), (ch, cm), cap in LOCATIONS:
        t = loc.hour * 60 + loc.minute
        if loc.weekday() < 5 and oh * 60 + om <= t < ch * 60 + cm:
            free = rng.randint(2, cap // 2)
            out.append((name, "offen", "Empfang offen bis %02d:%02d · %d Flex-Desks frei" % (ch, cm, free)))
        else:
            out.append((name, "zu", "Empfang geschlossen · Zutritt für Mitglieder mit Badge rund um die Uhr"))
    return tuple(out)


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "ch")
    gen = "v12" if when >= RELAUNCH else "v11"
    st = {
        "gen": gen,
        "assets": C.keep_or(rng, p.get("assets") if p.get("gen") == gen else None, 0.12,
                            lambda: (C.hexs(rng, 32), C.hexs(rng, 32), C.epoch(when) - rng.randint(3600, 20 * 86400))),
        "live": _live(rng, loc),
        "events": K.upcoming(loc.date() + dt.timedelta(days=1), (1, 3), EVENTS, 3, "raumstation"),
        "token": ("eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiIsImtpZCI6IntcInR5cGVcIjpcIm5vbmNlXCIsXCJuYW1lXCI6XCIi"
                  + C.alnum(rng, 22) + "." + C.alnum(rng, 180) + "." + C.alnum(rng, 43)) if gen == "v12" else None,
    }
    # a cache flush rewrites the merged files: same hashes, new ?timestamp
    return K.differs(rng, prev, st, "assets", lambda: st["assets"][:2] + (C.epoch(when) - rng.randint(60, 7200),))


LABELS = {
    "gen": "TYPO3 11 + bootstrap_package -> TYPO3 12 relaunch (new markup, /_assets/ paths)",
    "assets": "merged/compressed CSS and JS file hashes and ?timestamp (cache flush, deploy)",
    "live": "top bar: reception open/closed per location and free flex desks (uncached USER_INT)",
    "events": "footer: next community events (tx_news list, moves with the date)",
    "token": "felogin __RequestToken in the header's member login (TYPO3 12, per request)",
}


def _uid(text):
    return K.hint(380, 990, "raumstation-ce", text)


def _body(blocks):
    return K.render_blocks(blocks, addr=lambda lines, inl: "<p>%s</p>" % "<br>".join(inl(x) for x in lines))


def _content_v11(blocks):
    title, head, secs = K.groups(blocks)
    wrap = ('<div id="c%d" class="frame frame-default frame-type-%s frame-layout-default frame-size-default '
            'frame-height-default frame-background-none frame-space-before-none frame-space-after-none '
            'frame-no-backgroundimage">\n<div class="frame-group-container">\n<div class="frame-group-inner">\n'
            '<div class="frame-container frame-container-default">\n<div class="frame-inner">\n%s\n</div>\n</div>\n'
            '</div>\n</div>\n</div>')

    def hdr(tag, t):
        return ('<header class="frame-header">\n<%s class="element-header ">\n<span>%s</span>\n</%s>\n</header>'
                % (tag, C.inline_html(t), tag))

    def table(rows):
        head = "".join('<th scope="col">%s</th>' % C.inline_html(x) for x in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r) for r in rows[1:])
        return ('<div class="table-responsive">\n<table class="ce-table table table-striped">\n<thead><tr>%s</tr>'
                '</thead>\n<tbody>%s</tbody>\n</table>\n</div>' % (head, body))

    out = [wrap % (_uid("h1"), "header", hdr("h1", title)), wrap % (_uid("intro"), "text", _body(head))]
    for h, bl in secs:
        parts, cur, first = [], [], True
        for b in bl + [None]:
            if b is None or b[0] == "table":
                if cur or first:
                    inner = (hdr("h2", h) + "\n" if first else "") + _body(cur)
                    out.append(wrap % (_uid(h + str(len(parts))), "text", inner))
                    parts.append(1)
                    first = False
                cur = []
                if b is not None:
                    out.append(wrap % (_uid(h + "table"), "table", table(b[1])))
            else:
                cur.append(b)
    return "\n\n".join(out)


def _content_v12(blocks):
    title, head, secs = K.groups(blocks)
    out = ['<div id="c%d" class="frame frame-default frame-type-header frame-layout-0"><header><h1 class="">%s</h1>'
           '</header></div>' % (_uid("h1"), C.inline_html(title)),
           '<div id="c%d" class="frame frame-default frame-type-text frame-layout-0">%s</div>'
           % (_uid("intro"), _body(head))]
    for h, bl in secs:
        parts, cur, first = [], [], True
        for b in bl + [None]:
            if b is None or b[0] == "table":
                if cur or first:
                    inner = ('<header><h2 class="">%s</h2></header>' % C.inline_html(h) if first else "") + _body(cur)
                    out.append('<div id="c%d" class="frame frame-default frame-type-text frame-layout-0">%s</div>'
                               % (_uid(h + str(len(parts))), inner))
                    parts.append(1)
                    first = False
                cur = []
                if b is not None:
                    rows = b[1]
                    thead = "".join("<th>%s</th>" % C.inline_html(x) for x in rows[0])
                    tbody = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r)
                                    for r in rows[1:])
                    out.append('<div id="c%d" class="frame frame-default frame-type-table frame-layout-0"><table '
                               'class="ce-table"><thead><tr>%s</tr></thead><tbody>%s</tbody></table></div>'
                               % (_uid(h + "table"), thead, tbody))
            else:
                cur.append(b)
    return "\n".join(out)


NAV = [("Standorte", "standorte"), ("Mitgliedschaften", "mitgliedschaften"), ("Sitzungszimmer", "sitzungszimmer"),
       ("Events", "events"), ("Community", "community"), ("Kontakt", "kontakt")]


def _events_html(events, gen):
    items = []
    for d, t in events:
        wd = K.WEEKDAYS["de"][d.weekday()]
        where = K.hpick(["Zürich", "Bern", "Basel"], "ev-loc", d.isoformat())
        if gen == "v11":
            items.append('<div class="news-item"><span class="news-list-date"><time datetime="%s">%s, %02d.%02d.'
                         '</time></span> <a href="/events/%s" title="%s">%s – %s</a></div>'
                         % (d.isoformat(), wd, d.day, d.month, K.slug(t), K.attr(t), where, K.esc(t)))
        else:
            items.append('<li class="event-teaser"><time datetime="%s">%s, %02d.%02d.</time> <a href="/events/%s">'
                         '<span class="event-teaser__place">%s</span> %s</a></li>'
                         % (d.isoformat(), wd, d.day, d.month, K.slug(t), where, K.esc(t)))
    return "\n".join(items)


def _status_html(live, gen):
    if gen == "v11":
        return "\n".join('<li class="topbar-status__item topbar-status__item--%s"><strong>%s</strong> %s</li>'
                         % ("open" if s == "offen" else "closed", K.esc(n), K.esc(t)) for n, s, t in live)
    return "\n".join('<span class="status-pill status-pill--%s" data-location="%s">%s: %s</span>'
                     % (s, K.slug(n), K.esc(n), K.esc(t)) for n, s, t in live)


def render(state, blocks, when):
    a1, a2, ts = state["assets"]
    year = when.year
    if state["gen"] == "v11":
        nav = "\n".join('<li class="nav-item"><a href="/%s" id="nav-item-%d" class="nav-link" title="%s">'
                        '<span class="nav-link-text">%s</span></a></li>' % (u, 20 + n, t, t)
                        for n, (t, u) in enumerate(NAV))
        return """<!DOCTYPE html>
<html dir="ltr" lang="de-CH">
<head>

<meta charset="utf-8">
<!-- 
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-%(year)d of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->


<title>Datenschutz - Raumstation Coworking</title>
<meta http-equiv="x-ua-compatible" content="IE=edge">
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<meta name="robots" content="index,follow">
<meta property="og:title" content="Datenschutz">
<meta property="og:site_name" content="Raumstation Coworking">
<meta name="twitter:card" content="summary">
<meta name="apple-mobile-web-app-capable" content="no">
<meta name="google" content="notranslate">

<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-%(a1)s-%(a2)s.css?%(ts)d" media="all">


<script id="usercentrics-cmp" src="https://app.usercentrics.eu/browser-ui/latest/loader.js" data-settings-id="qT7vN2kR_" async></script>
<link rel="prev" href="/impressum"><link rel="next" href="/agb">
<link rel="canonical" href="https://www.raumstation.ch/datenschutz"/>

<link rel="alternate" hreflang="de-CH" href="https://www.raumstation.ch/datenschutz"/>
<link rel="alternate" hreflang="en" href="https://www.raumstation.ch/en/privacy"/>
<link rel="alternate" hreflang="x-default" href="https://www.raumstation.ch/datenschutz"/>
</head>
<body id="p57" class="page-57 pagelevel-1 language-0 backendlayout-default layout-default">
<div id="top"></div><div class="body-bg"><a class="visually-hidden-focusable page-skip-link" href="#page-content"><span>Zum Hauptinhalt springen</span></a>
<div class="topbar"><div class="container"><ul class="topbar-status">
%(status)s
</ul></div></div>
<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top navbar-fixed-top">
<div class="container container-mainnavigation">
<a class="navbar-brand navbar-brand-image" title="Raumstation Coworking" href="/"><img class="navbar-brand-logo-normal" src="/typo3conf/ext/raumstation_theme/Resources/Public/Images/raumstation-logo.svg" alt="Raumstation Coworking" height="52" width="180"></a>
<button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#mainnavigation" aria-controls="mainnavigation" aria-expanded="false" aria-label="Navigation umschalten"><span class="navbar-toggler-icon"></span></button>
<nav aria-label="Hauptnavigation" id="mainnavigation" class="collapse navbar-collapse">
<ul class="navbar-nav">
%(nav)s
</ul>
<div class="member-login dropdown"><a class="btn btn-outline-light dropdown-toggle" href="#" data-bs-toggle="dropdown">Member-Login</a>
<div class="dropdown-menu">
<form spellcheck="false" method="post" target="_top" action="/login?tx_felogin_login%%5Baction%%5D=login&amp;tx_felogin_login%%5Bcontroller%%5D=Login&amp;cHash=2f0c6a4e1b9d8c7f3a5e6d4b2c1a0f9e">
<div>
<input type="hidden" name="__referrer[@extension]" value="Felogin" />
<input type="hidden" name="__referrer[@controller]" value="Login" />
<input type="hidden" name="__referrer[@action]" value="login" />
<input type="hidden" name="__referrer[arguments]" value="YTowOnt9c4b5e0f1d2a3b4c5d6e7f8091a2b3c4d5e6f708" />
<input type="hidden" name="__referrer[@request]" value="{&quot;@extension&quot;:&quot;Felogin&quot;,&quot;@controller&quot;:&quot;Login&quot;,&quot;@action&quot;:&quot;login&quot;}9b1e2f3a4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f" />
<input type="hidden" name="__trustedProperties" value="{&quot;user&quot;:1,&quot;pass&quot;:1,&quot;submit&quot;:1,&quot;logintype&quot;:1,&quot;pid&quot;:1}4e8f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f" />
</div>
<label for="tx-felogin-input-username">Benutzername</label><input id="tx-felogin-input-username" type="text" name="user" required="required" />
<label for="tx-felogin-input-password">Passwort</label><input id="tx-felogin-input-password" type="password" name="pass" required="required" />
<input type="submit" value="Anmelden" name="submit" />
<input type="hidden" name="logintype" value="login" /><input type="hidden" name="pid" value="12@8f3e5a1c2b4d6e8f0a1b2c3d4e5f6a7b8c9d0e1f" />
</form>
</div></div>
</nav>
</div>
</header>
<nav class="breadcrumb-section" aria-label="Brotkrumennavigation"><div class="container"><p class="visually-hidden" id="breadcrumb">Sie sind hier:</p><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/" title="Home"><span class="breadcrumb-text">Home</span></a></li><li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">Datenschutz</span></li></ol></div></nav>
<div id="page-content" class="bp-page-content main-section">
<!--TYPO3SEARCH_begin-->
<div class="section section-default">
%(content)s
</div>
<!--TYPO3SEARCH_end-->
</div>
<footer id="page-footer" class="bp-page-footer">
<section class="section footer-section footer-section-content"><div class="container"><div class="section-row"><div class="section-column footer-section-content-column footer-section-content-column-left">
<div id="c31" class="frame frame-default frame-type-news_newsliststicky frame-layout-default"><div class="frame-container"><div class="frame-inner"><header class="frame-header"><h3 class="element-header "><span>Nächste Events</span></h3></header>
<div class="news"><div class="news-list-view" id="news-container-31">
%(events)s
</div></div></div></div></div>
</div><div class="section-column footer-section-content-column footer-section-content-column-right">
<div id="c32" class="frame frame-default frame-type-text frame-layout-default"><div class="frame-container"><div class="frame-inner"><p>Raumstation Coworking AG<br>Hohlstrasse 117, 8004 Zürich<br><a href="mailto:hallo@raumstation.ch">hallo@raumstation.ch</a></p></div></div></div>
</div></div></div></section>
<section class="section footer-section footer-section-meta"><div class="container"><div class="frame frame-default frame-type-footer"><ul class="footer-meta-navigation"><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/agb">AGB</a></li></ul><p class="footer-copyright">© %(year)d Raumstation Coworking AG</p></div></div></section>
</footer>
</div>
<script src="/typo3temp/assets/compressed/merged-%(a2)s-%(a1)s.js?%(ts)d"></script>
<script>var _paq = window._paq = window._paq || [];_paq.push(['disableCookies']);_paq.push(['trackPageView']);(function(){var u="https://stats.raumstation.ch/";_paq.push(['setTrackerUrl', u+'matomo.php']);_paq.push(['setSiteId', '1']);var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);})();</script>
</body>
</html>""" % {"year": year, "a1": a1, "a2": a2, "ts": ts, "status": _status_html(state["live"], "v11"),
              "nav": nav, "content": _content_v11(blocks), "events": _events_html(state["events"], "v11")}
    nav = "\n".join('<li class="mainnav__item"><a class="mainnav__link" href="/%s">%s</a></li>' % (u, t)
                    for t, u in NAV)
    return """<!DOCTYPE html>
<html lang="de-CH">
<head>

<meta charset="utf-8">
<!-- 
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-%(year)d of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->

<title>Datenschutz | Raumstation Coworking</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="index,follow">
<meta property="og:title" content="Datenschutz">
<meta name="twitter:card" content="summary">

<link rel="stylesheet" href="/_assets/%(a1)s/Css/main.min.css?%(ts)d" media="all">
<link rel="preload" href="/_assets/%(a1)s/Fonts/Inter-Variable.woff2" as="font" type="font/woff2" crossorigin>
<script id="usercentrics-cmp" src="https://web.cmp.usercentrics.eu/ui/loader.js" data-settings-id="qT7vN2kR_" async></script>

<link rel="canonical" href="https://www.raumstation.ch/datenschutz"/>
<link rel="alternate" hreflang="de-CH" href="https://www.raumstation.ch/datenschutz"/>
<link rel="alternate" hreflang="en" href="https://www.raumstation.ch/en/privacy"/>
<link rel="alternate" hreflang="x-default" href="https://www.raumstation.ch/datenschutz"/>
</head>
<body class="page page--57 layout--default">
<a class="skiplink" href="#inhalt">Direkt zum Inhalt</a>
<div class="statusbar" aria-live="polite">
%(status)s
</div>
<header class="site-header">
<div class="site-header__inner">
<a class="site-header__logo" href="/"><img src="/_assets/%(a1)s/Images/raumstation-logo.svg" alt="Raumstation Coworking" width="180" height="52"></a>
<nav class="mainnav" aria-label="Hauptnavigation"><ul class="mainnav__list">
%(nav)s
</ul></nav>
<details class="member-login"><summary>Member-Login</summary>
<form spellcheck="false" method="post" target="_top" action="/login?tx_felogin_login%%5Baction%%5D=login&amp;tx_felogin_login%%5Bcontroller%%5D=Login&amp;cHash=7a1d9e3c5b2f4a6e8d0c1b3a5f7e9d2c">
<div>
<input type="hidden" name="__referrer[@extension]" value="Felogin" />
<input type="hidden" name="__referrer[@controller]" value="Login" />
<input type="hidden" name="__referrer[@action]" value="login" />
<input type="hidden" name="__referrer[arguments]" value="YTowOnt91f2e3d4c5b6a7f8e9d0c1b2a3f4e5d6c7b8a9f0e" />
<input type="hidden" name="__referrer[@request]" value="{&quot;@extension&quot;:&quot;Felogin&quot;,&quot;@controller&quot;:&quot;Login&quot;,&quot;@action&quot;:&quot;login&quot;}0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c" />
<input type="hidden" name="__trustedProperties" value="{&quot;user&quot;:1,&quot;pass&quot;:1,&quot;submit&quot;:1,&quot;logintype&quot;:1,&quot;pid&quot;:1}a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6" />
<input type="hidden" name="__RequestToken" value="%(token)s" />
</div>
<label for="tx-felogin-input-username">Benutzername</label><input id="tx-felogin-input-username" type="text" name="user" required="required" autocomplete="username" />
<label for="tx-felogin-input-password">Passwort</label><input id="tx-felogin-input-password" type="password" name="pass" required="required" autocomplete="current-password" />
<input type="submit" value="Anmelden" name="submit" />
<input type="hidden" name="logintype" value="login" /><input type="hidden" name="pid" value="12@3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b" />
</form>
</details>
</div>
</header>
<nav class="breadcrumb" aria-label="Sie sind hier"><ol><li><a href="/">Home</a></li><li aria-current="page">Datenschutz</li></ol></nav>
<main id="inhalt" class="page-main">
<!--TYPO3SEARCH_begin-->
%(content)s
<!--TYPO3SEARCH_end-->
</main>
<footer class="site-footer">
<div class="site-footer__events"><h3>Nächste Events</h3><ul class="event-teasers">
%(events)s
</ul><a class="site-footer__more" href="/events">Alle Events</a></div>
<div class="site-footer__address"><p>Raumstation Coworking AG<br>Hohlstrasse 117, 8004 Zürich<br><a href="mailto:hallo@raumstation.ch">hallo@raumstation.ch</a></p></div>
<ul class="site-footer__meta"><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/agb">AGB</a></li><li>© %(year)d Raumstation Coworking AG</li></ul>
</footer>
<script src="/_assets/%(a1)s/JavaScript/main.min.js?%(ts)d" defer></script>
<script src="/_assets/%(a2)s/JavaScript/matomo.js?%(ts)d" defer data-site-id="1" data-tracker="https://stats.raumstation.ch/"></script>
</body>
</html>""" % {"year": year, "a1": a1, "a2": a2, "ts": ts, "status": _status_html(state["live"], "v12"),
              "nav": nav, "content": _content_v12(blocks), "events": _events_html(state["events"], "v12"),
              "token": state["token"]}


PAGE = {
    "service": "Raumstation",
    "url": "https://www.raumstation.ch/datenschutz",
    "lang": "de-CH",
    "platform": "TYPO3 11 + bootstrap_package, relaunched on TYPO3 12 (own site package) in April 2024",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Apache"), ("Content-Language", "de-CH"), ("X-Frame-Options", "SAMEORIGIN")],
    "n": 30,
    "start": dt.date(2023, 3, 1),
    "end": dt.date(2025, 1, 31),
    "hours": (5, 7, 9, 12, 14, 19),
    "policy": POLICY,
    "first_updated": dt.date(2022, 11, 8),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.raumstation.ch/datenschutz",
        "select": "main#inhalt",
    },
    "history": [
        {"fetch": "https://www.raumstation.ch/datenschutz", "select": "#page-content",
         "validUntil": C.iso(RELAUNCH)},
    ],
}
