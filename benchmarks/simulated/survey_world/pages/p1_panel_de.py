"""Meinungswerk - de online access panel (paid surveys) - TYPO3 9 (fluid_styled_content, own template) until March
2024, then TYPO3 12 LTS with the Bootstrap Package; Usercentrics, self-hosted Matomo, felogin in the sidebar."""
import datetime as dt
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import skit as K  # noqa: E402

URL = "https://www.meinungswerk.de/datenschutz"
REDESIGN = dt.datetime(2024, 3, 18)

POLICY = K.unwrap("""
# Datenschutzerklärung

Stand: {UPDATED}

Mit dieser Datenschutzerklärung informieren wir Sie darüber, welche personenbezogenen Daten wir verarbeiten, wenn
    Sie Mitglied im Meinungswerk-Panel werden, an unseren Online-Umfragen teilnehmen oder unsere Website besuchen.
    Der Schutz Ihrer Daten und die Anonymität Ihrer Antworten sind für uns als Marktforschungsinstitut die
    Grundlage unserer Arbeit.

## 1. Verantwortlicher

@ Meinungswerk Online-Marktforschung GmbH
@ Im Mediapark 6
@ 50670 Köln
@ Telefon: +49 221 5400 6120
@ E-Mail: [datenschutz@meinungswerk.de](mailto:datenschutz@meinungswerk.de)

## 2. Datenschutzbeauftragter

Unseren externen Datenschutzbeauftragten erreichen Sie unter: Dr. Jens Hartung, DataSec Consult GmbH,
    Hohenzollernring 72, 50672 Köln, [dsb@datasec-consult.de](mailto:dsb@datasec-consult.de).

## 3. Welche Daten wir verarbeiten

- Stammdaten: Anrede, Vorname, Nachname, E-Mail-Adresse, Geburtsjahr, Postleitzahl;
- Profildaten: Haushaltsgröße, Bildungsabschluss, Beruf, Einkommensklasse und Interessen, die Sie in Ihrem
    Profil angeben;
- Ihre Antworten in Umfragen, die wir getrennt von Ihren Stammdaten unter einer Teilnehmerkennung speichern;
- Bonuspunkte, Einlösungen und die für die Auszahlung nötigen Angaben (IBAN oder PayPal-Adresse);
- technische Daten: IP-Adresse, Gerätetyp, Browser, Betriebssystem und ein Geräte-Kennwert zur Erkennung von
    Mehrfachteilnahmen.

## 4. Besondere Kategorien personenbezogener Daten

Einige Umfragen fragen nach Ihrer Gesundheit, Ihrer politischen Meinung oder Ihrer religiösen Überzeugung. Diese
    Fragen beantworten Sie nur mit Ihrer ausdrücklichen Einwilligung nach Art. 9 Abs. 2 lit. a DSGVO; Sie können
    jede solche Frage überspringen, ohne dass Ihnen Nachteile entstehen.

## 5. Zwecke und Rechtsgrundlagen

| Zweck | Rechtsgrundlage |
| Führung Ihres Panel-Kontos und Versand von Umfrage-Einladungen | Art. 6 Abs. 1 lit. b DSGVO (Teilnahmevertrag) |
| Durchführung und Auswertung von Umfragen | Art. 6 Abs. 1 lit. a DSGVO (Einwilligung) |
| Gutschrift und Auszahlung von Bonuspunkten | Art. 6 Abs. 1 lit. b und c DSGVO |
| Erkennung von Betrug und Mehrfachteilnahmen | Art. 6 Abs. 1 lit. f DSGVO (berechtigtes Interesse an
    verlässlichen Daten) |
| Newsletter und Gewinnspiele | Art. 6 Abs. 1 lit. a DSGVO (Einwilligung) |

## 6. Weitergabe an unsere Auftraggeber

Unsere Auftraggeber erhalten ausschließlich anonymisierte Ergebnisse, in der Regel als Tabellen oder als
    Datensatz ohne Namen, Adressen oder Kennungen, die einen Rückschluss auf Ihre Person erlauben. Bei
    Produkttests, für die wir Ihnen Muster zusenden, geben wir Ihre Lieferadresse nur mit Ihrer gesonderten
    Einwilligung an den Versanddienstleister weiter.

## 7. Dienstleister (Auftragsverarbeiter)

Wir setzen sorgfältig ausgewählte Dienstleister ein, die Ihre Daten nur nach unserer Weisung verarbeiten:

| Dienstleister | Zweck | Sitz |
| Hetzner Online GmbH | Hosting der Panel-Plattform | Deutschland |
| Qualtrics LLC | Umfragesoftware | USA (EU-Standardvertragsklauseln) |
| Sendinblue GmbH (Brevo) | Versand von Einladungen und Newslettern | Deutschland |
| PayPal (Europe) S.à r.l. et Cie, S.C.A. | Auszahlung von Prämien | Luxemburg |
| Imperium, LLC | Prüfung auf Mehrfachteilnahmen (RelevantID) | USA (EU-Standardvertragsklauseln) |

## 8. Übermittlung in Drittländer

Soweit Dienstleister ihren Sitz außerhalb der Europäischen Union haben, übermitteln wir Daten nur auf Grundlage
    der EU-Standardvertragsklauseln oder eines Angemessenheitsbeschlusses der Europäischen Kommission. Eine Kopie
    der Garantien erhalten Sie auf Anfrage.

## 9. Speicherdauer

Ihr Panel-Konto speichern wir, solange Sie Mitglied sind. Konten, mit denen 24 Monate lang keine Umfrage
    beantwortet wurde, löschen wir nach vorheriger Erinnerung per E-Mail.

Umfrageantworten werden spätestens 36 Monate nach Abschluss der jeweiligen Studie gelöscht oder vollständig
    anonymisiert. Belege über Auszahlungen bewahren wir zehn Jahre auf (§ 147 AO).

## 10. Cookies und Webanalyse

Für den Betrieb der Website setzen wir technisch notwendige Cookies ein. Statistiken über die Nutzung unserer
    Website erstellen wir mit der Open-Source-Software Matomo auf unseren eigenen Servern, nur wenn Sie über
    unser Cookie-Banner eingewilligt haben. Ihre Einwilligung können Sie jederzeit über den Link
    „Cookie-Einstellungen“ im Seitenfuß ändern.

## 11. Ihre Rechte

- Auskunft über die zu Ihrer Person gespeicherten Daten (Art. 15 DSGVO);
- Berichtigung unrichtiger Daten (Art. 16 DSGVO);
- Löschung (Art. 17 DSGVO) und Einschränkung der Verarbeitung (Art. 18 DSGVO);
- Datenübertragbarkeit (Art. 20 DSGVO);
- Widerpruch gegen Verarbeitungen auf Grundlage berechtigter Interessen (Art. 21 DSGVO);
- Widerruf einer Einwilligung mit Wirkung für die Zukunft (Art. 7 Abs. 3 DSGVO).

## 12. Beschwerderecht

Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren. Für uns zuständig ist die Landesbeauftragte
    für Datenschutz und Informationsfreiheit Nordrhein-Westfalen, Kavalleriestraße 2–4, 40213 Düsseldorf.

## 13. Änderungen dieser Datenschutzerklärung

Wir passen diese Datenschutzerklärung an, wenn sich unsere Verarbeitungen oder die Rechtslage ändern. Über
    wesentliche Änderungen informieren wir Panel-Mitglieder per E-Mail.
""")

EDITS = [
    {"note": "processor replaced: Sendinblue GmbH (Brevo) -> CleverReach GmbH & Co. KG for invitations/newsletters",
     "repl": [("| Sendinblue GmbH (Brevo) | Versand von Einladungen und Newslettern | Deutschland |",
               "| CleverReach GmbH & Co. KG | Versand von Einladungen und Newslettern | Deutschland |")]},
    {"note": "processor table: new row Tremendous Inc. (digital reward vouchers, USA, standard contractual clauses)",
     "repl": [("| PayPal (Europe) S.à r.l. et Cie, S.C.A. | Auszahlung von Prämien | Luxemburg |",
               "| PayPal (Europe) S.à r.l. et Cie, S.C.A. | Auszahlung von Prämien | Luxemburg |\n"
               "| Tremendous Inc. | Versand digitaler Prämien-Gutscheine | USA (EU-Standardvertragsklauseln) |")]},
    {"note": "external DPO changed (Dr. Jens Hartung, DataSec Consult -> Katharina Öztürk, Rheinland Datenschutz)",
     "repl": [("Dr. Jens Hartung, DataSec Consult GmbH,\n    Hohenzollernring 72, 50672 Köln, "
               "[dsb@datasec-consult.de](mailto:dsb@datasec-consult.de).",
               "Katharina Öztürk, Rheinland Datenschutz\n    GmbH, Agrippinawerft 22, 50678 Köln, "
               "[datenschutz@rheinland-ds.de](mailto:datenschutz@rheinland-ds.de).")]},
    {"note": "retention: inactive panel accounts deleted after 18 instead of 24 months",
     "repl": [("Konten, mit denen 24 Monate lang keine Umfrage", "Konten, mit denen 18 Monate lang keine Umfrage")]},
    {"note": "new section 'Auswertung offener Antworten mit KI' after the retention section; later ones renumbered",
     "repl": [("## 13. Änderungen", "## 14. Änderungen"), ("## 12. Beschwerderecht", "## 13. Beschwerderecht"),
              ("## 11. Ihre Rechte", "## 12. Ihre Rechte"),
              ("## 10. Cookies und Webanalyse", "## 10. Auswertung offener Antworten mit KI\n\n"
               "Freitext-Antworten werten wir teilweise mit Sprachmodellen aus, die auf Servern in der Europäischen\n"
               "    Union betrieben werden. Vorher entfernen wir Namen, E-Mail-Adressen und Telefonnummern aus den "
               "Texten;\n    die Antworten werden nicht zum Training der Modelle verwendet.\n\n"
               "## 11. Cookies und Webanalyse")]},
    {"note": "typo fixed in the rights list ('Widerpruch' -> 'Widerspruch'), no new date", "bump": False,
     "repl": [("- Widerpruch gegen", "- Widerspruch gegen")]},
]
for _e in EDITS:
    _e["repl"] = [(K.unwrap(a), K.unwrap(b)) for a, b in _e["repl"]]

SURVEYS = [("Mobilität in der Stadt", 12, 150), ("Streaming-Dienste im Vergleich", 8, 100),
           ("Ihre Lieblings-Snacks", 5, 60), ("Energiesparen im Haushalt", 15, 200), ("Online-Banking", 10, 120),
           ("Bio-Lebensmittel im Alltag", 7, 80), ("Urlaubsplanung", 14, 180), ("Haustiere und Tierfutter", 9, 110)]
SEASONS = {"advent": "Adventskalender: Jeden Tag 50 Bonuspunkte für die Tagesfrage!",
           "ostern": "Oster-Special: Doppelte Punkte auf alle Profilumfragen",
           "sommer": "Sommer-Gewinnspiel: 10 × 100 € Wunschgutschein zu gewinnen"}


def season(when):
    e = K.easter(when.year)
    if e - dt.timedelta(days=14) <= when.date() <= e + dt.timedelta(days=1):
        return "ostern"
    return K.season(when, [((12, 1), (12, 24), "advent"), ((7, 1), (8, 31), "sommer")])


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"template": "v9" if when < REDESIGN else "v12"}
    s["members"] = K.grow(when, dt.datetime(2022, 1, 1), 1184300, 96.5)
    s["survey"] = C.keep_or(rng, prev.get("survey"), 0.6, lambda: rng.randrange(len(SURVEYS)))
    s["season"] = season(when)
    stamp = lambda: C.epoch(when) - rng.randint(3600, 40 * 86400)  # noqa: E731
    s["assets"] = K.deploy_hash(rng, prev.get("assets") if prev.get("template") == s["template"] else None, 0.25,
                                lambda: (stamp(), stamp(), C.hexs(rng, 10)))
    if s["template"] == "v12":
        s["token"] = K.jwt_like(rng, {"typ": "JWT", "alg": "HS256", "kid": '{"type":"nonce","name":"%s"}'
                                      % C.alnum(rng, 22)},
                                {"scope": "core/user-auth/fe", "time": when.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                                 "params": {"pid": None}})
    return s


LABELS = {"template": "TYPO3 9 -> TYPO3 12 + Bootstrap Package redesign (March 2024)",
          "members": "header member counter (USER_INT, uncached)", "survey": "sidebar 'Aktuelle Umfrage' teaser",
          "season": "seasonal campaign bar (Advent, Easter, summer raffle)",
          "assets": "asset cache-busting timestamps and typo3temp css hash", "token": "felogin __RequestToken"}


def ce_uid(kind, sec, n):
    """A content element's uid: kept when the editor renumbers the headings or inserts other elements."""
    return 400 + int(C.det_sha("ce", kind, re.sub(r"^\d+\. ", "", sec or ""), n)[:6], 16) % 900


def groups(blocks):
    """Content elements as an editor made them: the header, the intro text, then per h2 a text element with a
    header, a table element for each table and a text element for what follows a table. Each as (kind, header,
    blocks, uid)."""
    out = [["header", blocks[0][1], [], ce_uid("header", None, 0)]]
    sec, k = None, 0
    cur = ["text", None, [], ce_uid("text", None, 0)]
    out.append(cur)
    for b in blocks[1:]:
        if b[0] == "h2":
            sec, k = b[1], 0
            cur = ["text", b[1], [], ce_uid("text", sec, 0)]
            out.append(cur)
        elif b[0] == "table":
            k += 1
            out.append(["table", None, [b], ce_uid("table", sec, k)])
            cur = ["text", None, [], ce_uid("text", sec, k)]
            out.append(cur)
        else:
            cur[2].append(b)
    return [g for g in out if g[0] != "text" or g[1] or g[2]]


def render_v9(s, blocks):
    out = []
    for kind, head, bl, uid in groups(blocks):
        hd = '<header><h%d class="">%s</h%d></header>' % (1 if kind == "header" else 2, C.esc(head),
                                                           1 if kind == "header" else 2) if head else ""
        if kind == "table":
            body = C.render_blocks(bl, tags={"table": ' class="contenttable"'})
        else:
            body = C.render_blocks(bl, tags={"ul": ' class="list-normal"'})
        out.append('<div id="c%d" class="frame frame-default frame-type-%s frame-layout-0">%s%s</div>'
                   % (uid, kind, hd, body))
    return "\n".join(out)


def render_v12(s, blocks):
    out = []
    for kind, head, bl, uid in groups(blocks):
        lvl = 1 if kind == "header" else 2
        hd = ('<header class="frame-header"><h%d class="element-header "><span>%s</span></h%d></header>'
              % (lvl, C.esc(head), lvl)) if head else ""
        if kind == "table":
            body = ('<div class="table-responsive">%s</div>'
                    % C.render_blocks(bl, tags={"table": ' class="table table-striped table-hover"'}))
        else:
            body = C.render_blocks(bl)
        out.append('<div id="c%d" class="frame frame-default frame-type-%s frame-layout-default frame-size-default '
                   'frame-height-default frame-background-none frame-space-before-none frame-space-after-none '
                   'frame-no-backgroundimage"><div class="frame-group-container"><div class="frame-group-inner">'
                   '<div class="frame-container frame-container-default"><div class="frame-inner">%s%s</div></div>'
                   '</div></div></div>' % (uid, {"header": "header", "text": "text", "table": "table"}[kind], hd,
                                           body))
    return "\n".join(out)


NAV = [("/so-funktionierts", "So funktioniert's"), ("/praemien", "Prämien"), ("/umfragen", "Umfragen"),
       ("/faq", "Häufige Fragen"), ("/ueber-uns", "Über uns")]


def render(s, blocks, when):
    t1, t2, cssh = s["assets"]
    topic, mins, pts = SURVEYS[s["survey"]]
    members = K.group(s["members"], ".")
    bar = ('<div class="campaign-bar campaign-bar--%s"><a href="/aktionen">%s</a></div>\n'
           % (s["season"], C.esc(SEASONS[s["season"]]))) if s["season"] else ""
    teaser = ('<div class="survey-teaser"><h3>Aktuelle Umfrage</h3><p class="survey-teaser__title">%s</p>'
              '<p class="survey-teaser__meta">ca. %d Minuten · %d Punkte</p><a class="btn btn-primary" '
              'href="/login">Jetzt teilnehmen</a></div>' % (C.esc(topic), mins, pts))
    usercentrics = ('<script id="usercentrics-cmp" src="https://app.usercentrics.eu/browser-ui/latest/loader.js" '
                    'data-settings-id="x7Rk2PqLm" async></script>\n')
    matomo = ('<script>var _paq = window._paq = window._paq || []; _paq.push(["requireCookieConsent"]);'
              '_paq.push(["trackPageView"]); _paq.push(["enableLinkTracking"]); (function() { var u="https://'
              'statistik.meinungswerk.de/"; _paq.push(["setTrackerUrl", u+"matomo.php"]); _paq.push(["setSiteId", '
              '"3"]); var d=document, g=d.createElement("script"), s=d.getElementsByTagName("script")[0]; g.async=true;'
              ' g.src=u+"matomo.js"; s.parentNode.insertBefore(g,s); })();</script>\n')
    if s["template"] == "v9":
        nav = "".join('<li><a href="%s">%s</a></li>' % (h, C.esc(t)) for h, t in NAV)
        return (
            '<!DOCTYPE html>\n<html lang="de">\n<head>\n\n<meta charset="utf-8">\n<!-- \n\tThis website is powered by '
            'TYPO3 - inspiring people to share!\n\tTYPO3 is a free open source Content Management Framework initially '
            'created by Kasper Skaarhoj and licensed under GNU/GPL.\n\tTYPO3 is copyright 1998-2019 of Kasper Skaarhoj.'
            ' '
            'Extensions are copyright of their respective owners.\n\tInformation and contribution at '
            'https://typo3.org/\n-->\n\n<base href="https://www.meinungswerk.de/">\n\n<title>Meinungswerk: Datenschutz'
            '</title>\n<meta name="generator" content="TYPO3 CMS">\n<meta name="robots" content="index,follow">\n\n'
            '<link rel="stylesheet" type="text/css" href="typo3temp/assets/css/%s.css?%d" media="all">\n'
            '<link rel="stylesheet" type="text/css" href="fileadmin/templates/meinungswerk/css/main.css?%d" '
            'media="all">\n%s\n</head>\n<body id="p42" class="page-42 pagelevel-1 language-0 backendlayout-2 '
            'layout-0">\n%s<div id="wrap">\n<header id="header"><div class="container"><a href="/" id="logo">'
            '<img src="fileadmin/templates/meinungswerk/img/logo.svg" alt="Meinungswerk" width="220" height="48"></a>'
            '<div class="member-count">Schon <strong>%s</strong> Mitglieder</div><nav id="mainnav"><ul>%s</ul></nav>'
            '<a class="btn btn-login" href="/login">Login</a></div></header>\n<div class="container" id="main">'
            '<div class="row">\n<div id="content" class="col-md-8">\n<!--TYPO3SEARCH_begin-->\n%s\n'
            '<!--TYPO3SEARCH_end-->\n</div>\n<aside id="sidebar" class="col-md-4">%s<div class="box box-register">'
            '<h3>Noch kein Mitglied?</h3><p>Registrieren Sie sich kostenlos und erhalten Sie 100 Startpunkte.</p>'
            '<a class="btn btn-secondary" href="/registrierung">Jetzt registrieren</a></div></aside>\n</div></div>\n'
            '<footer id="footer"><div class="container"><ul class="footer-nav"><li><a href="/impressum">Impressum</a>'
            '</li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/teilnahmebedingungen">'
            'Teilnahmebedingungen</a></li><li><a href="#" onclick="UC_UI.showSecondLayer();">Cookie-Einstellungen'
            '</a></li></ul><p>Mitglied im BVM und bei ESOMAR · © Meinungswerk Online-Marktforschung GmbH</p></div>'
            '</footer>\n</div>\n<script src="typo3temp/assets/js/%s.js?%d"></script>\n%s</body>\n</html>'
            % (cssh, t1, t2, usercentrics, bar, members, nav, render_v9(s, blocks), teaser, cssh[::-1], t1,
               matomo))
    nav = "".join('<li class="nav-item"><a class="nav-link" href="%s" title="%s"><span class="nav-link-text">%s'
                  '</span></a></li>' % (h, C.attr(t), C.esc(t)) for h, t in NAV)
    login = ('<div class="frame frame-default frame-type-felogin_login"><form spellcheck="false" method="post" '
             'name="login-form" action="/datenschutz?tx_felogin_login%%5Baction%%5D=login&amp;tx_felogin_login'
             '%%5Bcontroller%%5D=Login&amp;cHash=4c0e9a3b7d5f21e8a6b0c9d8e7f6a5b4"><div><input type="hidden" '
             'name="__referrer[@extension]" value="Felogin"><input type="hidden" name="__referrer[@controller]" '
             'value="Login"><input type="hidden" name="__referrer[@action]" value="login"><input type="hidden" '
             'name="__RequestToken" value="%s"></div><fieldset><legend>Login</legend><div><label for="tx-felogin-'
             'input-username">E-Mail</label><input type="text" id="tx-felogin-input-username" name="user" '
             'required="required"></div><div><label for="tx-felogin-input-password">Passwort</label><input '
             'type="password" id="tx-felogin-input-password" name="pass" required="required" data-rsa-encryption="">'
             '</div><div><input type="submit" value="Anmelden" name="submit"></div></fieldset></form></div>'
             % s["token"])
    return (
        '<!DOCTYPE html>\n<html dir="ltr" lang="de-DE">\n<head>\n\n<meta charset="utf-8">\n<!-- \n\tThis website is '
        'powered by TYPO3 - inspiring people to share!\n\tTYPO3 is a free open source Content Management Framework '
        'initially created by Kasper Skaarhoj and licensed under GNU/GPL.\n\tTYPO3 is copyright 1998-2024 of Kasper '
        'Skaarhoj. Extensions are copyright of their respective owners.\n\tInformation and contribution at '
        'https://typo3.org/\n-->\n\n<title>Datenschutz | Meinungswerk</title>\n<meta name="generator" '
        'content="TYPO3 CMS">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="robots" content="index,follow">\n<meta property="og:title" content="Datenschutz">\n'
        '<link rel="stylesheet" href="/typo3temp/assets/bootstrappackage/css/theme-%s.css?%d" media="all">\n'
        '<link rel="stylesheet" href="/_assets/b7b4e3f1e2c4a0d9e8f7a6b5c4d3e2f1/Css/custom.css?%d" media="all">\n%s'
        '</head>\n<body id="p42" class="page-42 pagelevel-1 language-0 backendlayout-subnavigation_right '
        'layout-default">\n<div id="top"></div><div class="body-bg body-bg-top">\n<a class="visually-hidden-'
        'focusable page-skip-link" href="#page-content"><span>Zum Hauptinhalt springen</span></a>\n%s'
        '<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default '
        'navbar-has-image navbar-top navbar-fixed-top"><div class="container container-mainnavigation">'
        '<a class="navbar-brand navbar-brand-image" title="Meinungswerk" href="/"><img class="navbar-brand-logo-'
        'normal" src="/fileadmin/meinungswerk/logo.svg" alt="Meinungswerk logo" height="52" width="200"></a>'
        '<div class="navbar-member-count">Schon <strong>%s</strong> Mitglieder</div><nav aria-label="Hauptnavigation"'
        ' id="mainnavigation" class="collapse navbar-collapse"><ul class="navbar-nav">%s</ul></nav></div></header>\n'
        '<nav class="breadcrumb-section" aria-label="Brotkrümelnavigation"><div class="container"><p class="visually'
        '-hidden" id="breadcrumb">Sie sind hier:</p><ol class="breadcrumb"><li class="breadcrumb-item"><a class='
        '"breadcrumb-link" href="/" title="Startseite"><span class="breadcrumb-text">Startseite</span></a></li>'
        '<li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">Datenschutz</span>'
        '</li></ol></div></nav>\n<div id="page-content" class="bp-page-content main-section">\n'
        '<!--TYPO3SEARCH_begin-->\n<div class="section section-default"><div class="container"><div class="section-'
        'row"><main class="section-column maincontent-wrap" role="main">\n%s\n</main>\n<aside class="section-column '
        'subcontent-wrap" role="complementary">%s%s</aside></div></div></div>\n<!--TYPO3SEARCH_end-->\n</div>\n'
        '<footer id="page-footer" class="bp-page-footer"><section class="section footer-section footer-section-meta">'
        '<div class="frame frame-background-none frame-space-before-none frame-space-after-none"><div class="frame-'
        'container"><div class="frame-inner"><div class="footer-meta"><ul class="footer-meta-navigation"><li><a href='
        '"/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/teilnahme'
        'bedingungen">Teilnahmebedingungen</a></li><li><a href="#" onclick="UC_UI.showSecondLayer();">Cookie-'
        'Einstellungen</a></li></ul></div><div class="footer-copyright"><p>Mitglied im BVM und bei ESOMAR · © '
        'Meinungswerk Online-Marktforschung GmbH</p></div></div></div></div></section></footer>\n</div>\n'
        '<script src="/typo3temp/assets/compressed/merged-%s-%s.js.gzip?%d"></script>\n</body>\n</html>'
        % (cssh, t1, t2, usercentrics + matomo, bar, members, nav, render_v12(s, blocks), teaser, login,
           cssh[:8] + C.det_sha(cssh)[:24], C.det_sha(cssh, "js")[:32], t1))


PAGE = {
    "service": "Meinungswerk", "url": URL, "lang": "de-DE", "platform": "TYPO3 9 -> TYPO3 12 + Bootstrap Package",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 2, 7), "end": dt.date(2026, 10, 30), "hours": (3, 9, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 11, 23), "fmt_date": K.de_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".maincontent-wrap"]},
    "history": [{"fetch": URL, "select": ["#content"], "validUntil": "2024-03-18T00:00:00Z"}],
}
