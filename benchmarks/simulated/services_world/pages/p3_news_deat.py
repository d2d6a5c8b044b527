"""Alpenpost - de-AT news publisher - Drupal 10 (Olivero-derived theme), Didomi, ÖWA, GPT ad slots, Piano."""
import datetime as dt
import common as C

URL = "https://www.alpenpost.at/service/datenschutz"
MONATE = ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]
TAGE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONATE[d.month - 1], d.year)


POLICY = """
# Datenschutzerklärung

Stand: {UPDATED}

Der Schutz Ihrer personenbezogenen Daten ist uns ein wichtiges Anliegen. In dieser Datenschutzerklärung informieren wir Sie über die Verarbeitung Ihrer Daten bei der Nutzung von alpenpost.at, der Alpenpost-App und unserer Newsletter.

## Verantwortlicher

@ Alpenpost Medien GmbH
@ Mariahilfer Straße 88
@ 1070 Wien
@ E-Mail: [datenschutz@alpenpost.at](mailto:datenschutz@alpenpost.at)

## Zugriffsdaten

Beim Aufruf unserer Website werden die IP-Adresse, Datum und Uhrzeit des Zugriffs, die aufgerufene Seite und der verwendete Browser verarbeitet. Diese Daten werden für den sicheren Betrieb der Website benötigt und nach 14 Tagen gelöscht.

## Cookies und Einwilligungsverwaltung

Für Reichweitenmessung und Werbung setzen wir Cookies und ähnliche Technologien nur mit Ihrer Einwilligung ein. Die Einwilligungen verwalten wir mit dem Dienst Cookiebot. Sie können Ihre Einwilligung jederzeit über den Link „Privatsphäre-Einstellungen“ am Ende jeder Seite widerrufen.

## Reichweitenmessung

Wir nehmen an der Österreichischen Webanalyse (ÖWA) teil. Dabei werden pseudonymisierte Nutzungsdaten an die INFOnline GmbH übermittelt, um die Reichweite unseres Angebots zu ermitteln.

## Leserkommentare

Wenn Sie einen Kommentar verfassen, speichern wir Ihren Nutzernamen, den Kommentar und den Zeitpunkt. Die IP-Adresse wird zur Abwehr von Missbrauch 12 Monate gespeichert.

## Newsletter

Für den Versand unserer Newsletter verarbeiten wir Ihre E-Mail-Adresse auf Grundlage Ihrer Einwilligung. Sie können sich jederzeit über den Abmeldelink im Newsletter abmelden.

## Ihre Rechte

Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Datenübertragbarkeit und Widerspruch. Wenn Sie glauben, dass die Verarbeitung Ihrer Daten gegen das Datenschutzrecht verstößt, können Sie sich bei der Aufsichtsbehörde beschweren. In Österreich ist dies die Datenschutzbehörde, Barichgasse 40–42, 1030 Wien.
"""

EDITS = [
    {"note": "newsletter: double-opt-in and open-rate tracking sentences added",
     "repl": [("auf Grundlage Ihrer Einwilligung. Sie können", "auf Grundlage Ihrer Einwilligung. Die Anmeldung erfolgt im Double-Opt-in-Verfahren. Wir werten aus, ob und wann ein Newsletter geöffnet wurde, um unser Angebot zu verbessern. Sie können")]},
    {"note": "consent tool changed from Cookiebot to Didomi",
     "repl": [("mit dem Dienst Cookiebot.", "mit der Consent-Management-Plattform Didomi (Didomi SAS, Paris).")]},
    {"note": "new section 'Digitalabo' (Piano subscription and payment data)",
     "repl": [("## Leserkommentare", "## Digitalabo\n\nFür den Abschluss und die Verwaltung eines Digitalabos verarbeiten wir Name, E-Mail-Adresse, Zahlungsdaten und Abo-Status. Die Abo-Verwaltung erfolgt über den Dienstleister Piano Software, Inc. Rechnungsdaten bewahren wir gemäß § 132 BAO sieben Jahre auf.\n\n## Leserkommentare")]},
    {"note": "comment IP retention shortened from 12 to 6 months",
     "repl": [("Missbrauch 12 Monate gespeichert.", "Missbrauch 6 Monate gespeichert.")]},
    {"note": "controller address moved (Mariahilfer Straße -> Lassallestraße) and DPO contact line added",
     "repl": [("@ Mariahilfer Straße 88\n@ 1070 Wien\n@ E-Mail: [datenschutz@alpenpost.at](mailto:datenschutz@alpenpost.at)", "@ Lassallestraße 9b\n@ 1020 Wien\n@ E-Mail: [datenschutz@alpenpost.at](mailto:datenschutz@alpenpost.at)\n\nUnseren Datenschutzbeauftragten erreichen Sie unter [dsb@alpenpost.at](mailto:dsb@alpenpost.at).")]},
]

HEADLINES = ["Nationalrat beschließt Budget für kommendes Jahr", "Unwetterwarnung für die Steiermark",
             "Wiener Linien: U5 nimmt Probebetrieb auf", "Rapid gewinnt Derby gegen Austria", "Inflation sinkt weiter",
             "Neue Radwege in Graz eröffnet", "Skisaison startet am Hintertuxer Gletscher", "Festspiele Salzburg: Rekord bei Besuchern",
             "ÖBB erweitern Nachtzug-Angebot", "Gastronomie klagt über Personalmangel", "Hitzewelle: 36 Grad in Wien",
             "Landtagswahl in Tirol: Ergebnis", "Energiepreise: Neue Tarife ab Herbst", "Lawinengefahr in Vorarlberg erhöht"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["tokens"] = (C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), C.hexs(rng, 16), str(rng.randint(10**12, 10**13)))
    s["dateline"] = when.date().isoformat()
    s["mostread"] = tuple(rng.sample(range(len(HEADLINES)), 5))
    s["ticker"] = rng.randrange(len(HEADLINES))
    base = {1: -1, 2: 2, 3: 7, 4: 13, 5: 17, 6: 22, 7: 25, 8: 24, 9: 19, 10: 13, 11: 7, 12: 2}[when.month]
    s["weather"] = base + rng.randint(-4, 5)
    s["changed"] = C.keep_or(rng, prev.get("changed"), 0.35, lambda: (when - dt.timedelta(hours=rng.randint(1, 300))).strftime("%d.%m.%Y, %H:%M"))
    s["ads"] = (C.hexs(rng, 8), rng.choice(["sky", "billboard", "halfpage"]))
    s["cmp"] = "didomi" if when >= dt.datetime(2023, 10, 15) else "cookiebot"
    s["js"] = C.keep_or(rng, prev.get("js"), 0.3, lambda: C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789"))
    return s


LABELS = {"tokens": "per-visit tokens (Drupal theme_token, Piano tbc id, ad correlator)",
          "dateline": "today's date in header", "mostread": "'Meistgelesen' list", "ticker": "live ticker headline",
          "weather": "Vienna weather widget temperature", "changed": "node 'Zuletzt aktualisiert' resave timestamp (inside article)",
          "ads": "ad slot sizes/correlator (one ad slot inside article body)", "cmp": "consent tool switched (Cookiebot -> Didomi markup and scripts)", "js": "Drupal aggregated asset hash (?sxyz)"}


def render(s, blocks, when):
    tt, tbc, corr = s["tokens"]
    day = "%s, %s" % (TAGE[when.weekday()], fmt_date(when.date()))
    head, secs = C.split_sections(blocks[1:])
    parts = [C.blocks_html(head)]
    for n, (title, bl) in enumerate(secs):
        parts.append("<h2>%s</h2>\n%s" % (C.inline_html(title), C.blocks_html(bl)))
        if n == 2:
            parts.append('<div class="ad-slot ad-slot--inarticle" id="div-gpt-ad-inarticle-1" data-ad-unit="/21809957681/alpenpost/service" data-correlator="%s"><span class="ad-slot__label">Anzeige</span></div>' % corr)
    body = "\n".join(parts)
    mr = "".join('<li><span class="rank">%d</span><a href="/%s">%s</a></li>' % (n + 1, "artikel/%d" % (40000 + k * 137), HEADLINES[k]) for n, k in enumerate(s["mostread"]))
    sizes = {"sky": "160x600", "billboard": "970x250", "halfpage": "300x600"}[s["ads"][1]]
    drupal_settings = ('{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/118","isFront":false,"currentLanguage":"de"},'
                       '"ajaxPageState":{"libraries":"alpenpost_theme\\/global,didomi\\/consent,piano\\/tp","theme":"alpenpost_theme","theme_token":"%s"},'
                       '"piano":{"aid":"Qm4nL2pXyZ","tbc":"%s"},"user":{"uid":0,"permissionsHash":"5b3f0d1c8e2a47a9b6c0f1e2d3c4b5a6978e0f1a2b3c4d5e6f708192a3b4c5d6"}}' % (tt, tbc))
    if s["cmp"] == "didomi":
        cmp_head = '<script src="https://sdk.privacy-center.org/loader.js" async></script>\n'
        cmp_body = '<div id="didomi-host" data-nosnippet="true" aria-hidden="true"><div class="didomi-popup-notice"><p>Wir und unsere Partner verwenden Cookies und ähnliche Technologien.</p><button id="didomi-notice-agree-button">Zustimmen</button><button>Einstellungen</button></div></div>\n'
        cmp_link = 'javascript:Didomi.preferences.show()'
    else:
        cmp_head = '<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="3e5c1a90-7b2d-4f6e-8a11-2c9d0b4e7f35" data-blockingmode="auto" type="text/javascript"></script>\n'
        cmp_body = '<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" lang="de"><div id="CybotCookiebotDialogBodyContentText">Diese Website verwendet Cookies. Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren.</div><a id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll" href="#">Alle zulassen</a></div>\n'
        cmp_link = 'javascript:Cookiebot.renew()'
    return (('<!DOCTYPE html>\n<html lang="de-AT" dir="ltr">\n<head>\n<meta charset="utf-8" />\n'
            '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n<title>Datenschutzerklärung | Alpenpost</title>\n'
            '<link rel="canonical" href="%s" />\n'
            '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language=de&amp;theme=alpenpost_theme&amp;include=eJxLz" />\n'
            + cmp_head +
            '<script>var OEWA={"s":"alpenpost","cp":"Service/Datenschutz","r":"%s"};</script>\n'
            '</head>\n<body class="path-node page-node-type-page">\n'
            '<a href="#main-content" class="visually-hidden focusable skip-link">Direkt zum Inhalt</a>\n'
            '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n'
            '<div class="ad-slot ad-slot--top" id="div-gpt-ad-top" data-size="%s"></div>\n'
            '<header class="site-header"><div class="site-header__date">%s</div>'
            '<div class="site-header__weather"><a href="/wetter/wien">Wien %d °C</a></div>'
            '<a href="/" rel="home" class="site-logo"><img src="/themes/custom/alpenpost_theme/logo.svg" alt="Startseite" /></a>'
            '<nav role="navigation" aria-labelledby="block-hauptnavigation-menu" class="block block-menu navigation menu--main"><ul class="menu">'
            '<li class="menu-item menu-item--expanded"><a href="/politik">Politik</a><ul class="menu"><li><a href="/politik/inland">Inland</a></li><li><a href="/politik/ausland">Ausland</a></li><li><a href="/politik/eu">EU</a></li></ul></li>'
            '<li class="menu-item menu-item--expanded"><a href="/wirtschaft">Wirtschaft</a><ul class="menu"><li><a href="/wirtschaft/boerse">Börse</a></li><li><a href="/wirtschaft/immobilien">Immobilien</a></li></ul></li>'
            '<li class="menu-item"><a href="/chronik">Chronik</a></li><li class="menu-item"><a href="/sport">Sport</a></li><li class="menu-item"><a href="/kultur">Kultur</a></li>'
            '<li class="menu-item"><a href="/bundeslaender">Bundesländer</a></li></ul></nav>'
            '<a class="btn-abo" href="/abo">Digitalabo</a></header>\n'
            '<div class="live-ticker"><span class="live-ticker__label">LIVE</span><a href="/live">%s</a></div>\n'
            '<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"><ol><li><a href="/">Startseite</a></li><li><a href="/service">Service</a></li><li>Datenschutz</li></ol></nav></div>\n'
            '<main role="main"><a id="main-content" tabindex="-1"></a>\n<div class="layout-content">\n'
            '<article data-history-node-id="118" class="node node--type-page node--view-mode-full">\n'
            '<h1 class="page-title"><span class="field field--name-title field--type-string">%s</span></h1>\n'
            '<div class="node__meta">Zuletzt aktualisiert: %s</div>\n'
            '<div class="social-share"><a href="https://www.facebook.com/sharer/sharer.php?u=%s">Teilen</a><a href="mailto:?subject=Datenschutzerkl%%C3%%A4rung">E-Mail</a></div>\n'
            '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">\n%s\n</div>\n'
            '</article>\n</div>\n'
            '<aside class="layout-sidebar-first" role="complementary"><div class="block block-views block-views-blockmeistgelesen-block-1"><h2>Meistgelesen</h2><ol>%s</ol></div>'
            '<div class="ad-slot ad-slot--sidebar" id="div-gpt-ad-sidebar" data-size="300x250"></div></aside>\n</main>\n'
            '<footer class="site-footer"><ul class="menu"><li><a href="/service/impressum">Impressum</a></li><li><a href="/service/datenschutz">Datenschutz</a></li>'
            '<li><a href="' + cmp_link + '">Privatsphäre-Einstellungen</a></li><li><a href="/service/agb">AGB</a></li><li><a href="/service/kontakt">Kontakt</a></li></ul>'
            '<p>© %d Alpenpost Medien GmbH</p></footer>\n</div>\n'
            + cmp_body +
            '<script type="application/json" data-drupal-selector="drupal-settings-json">%s</script>\n'
            '<script src="/sites/default/files/js/js_%s.js?scope=footer&amp;delta=0&amp;language=de&amp;theme=alpenpost_theme"></script>\n'
            '</body>\n</html>\n')
            % (URL, s["js"] + "Vx3k", corr, sizes, day, s["weather"], HEADLINES[s["ticker"]], C.inline_html(blocks[0][1]), s["changed"], URL,
               body, mr, when.year, drupal_settings, s["js"] + "Qm2p"))


PAGE = {
    "service": "Alpenpost", "url": URL, "lang": "de-AT", "platform": "Drupal 10",
    "content_type": "text/html; charset=UTF-8",
    "n": 34, "start": dt.date(2021, 1, 10), "end": dt.date(2026, 9, 20),
    "policy": POLICY, "first_updated": dt.date(2020, 9, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["h1.page-title", ".node--type-page .field--name-body"], "remove": [".ad-slot"]},
}
