"""Brandt & Kollegen Steuerberatung - de tax advisers (Münster) - WordPress: Divi 4 theme until June 2024, then
Kadence with Gutenberg blocks; WP Rocket page cache, Borlabs Cookie, latest 'Mandanteninformationen' in the footer."""
import datetime as dt
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import akit as K  # noqa: E402
from akit import C  # noqa: E402

URL = "https://www.brandt-steuerberatung.de/datenschutz/"
REDESIGN = dt.datetime(2024, 6, 15)


def fmt_date(d):
    return "%d. %s %d" % (d.day, K.month("de", d), d.year)


POLICY = """
# Datenschutzerklärung

Stand: {UPDATED}

## 1. Datenschutz auf einen Blick

Der Schutz Ihrer persönlichen Daten ist uns als Steuerberatungskanzlei ein besonderes Anliegen. Neben der
Datenschutz-Grundverordnung (DSGVO) unterliegen wir der beruflichen Verschwiegenheitspflicht nach § 57 Abs. 1
Steuerberatungsgesetz (StBerG) und § 203 Strafgesetzbuch (StGB). Wir verarbeiten Ihre Daten ausschlieslich im
Rahmen der gesetzlichen Bestimmungen. Diese Datenschutzerklärung informiert Sie über Art, Umfang und Zweck der
Verarbeitung personenbezogener Daten in unserer Kanzlei und auf dieser Website.

## 2. Verantwortliche Stelle

@ Brandt & Kollegen Steuerberatungsgesellschaft mbH
@ Hafenweg 22
@ 48155 Münster
@ Telefon: 0251 987 65-0
@ E-Mail: [kanzlei@brandt-steuerberatung.de](mailto:kanzlei@brandt-steuerberatung.de)

Geschäftsführer: StB Dipl.-Kfm. Thomas Brandt, StB Anja Kollenberg. Zuständige Kammer: Steuerberaterkammer
Westfalen-Lippe, Erphostraße 43, 48145 Münster.

## 3. Datenschutzbeauftragter

Wir haben einen externen Datenschutzbeauftragten bestellt: Herr Dipl.-Inf. Klaus Meier, datenschutz-meier GmbH,
Von-Vincke-Straße 5, 48143 Münster, [dsb@datenschutz-meier.de](mailto:dsb@datenschutz-meier.de).

## 4. Verarbeitung im Rahmen des Mandats

Zur Erfüllung unseres Auftrags (Art. 6 Abs. 1 lit. b und c DSGVO) verarbeiten wir insbesondere folgende
Kategorien personenbezogener Daten:

- Stammdaten wie Name, Anschrift, Geburtsdatum, steuerliche Identifikationsnummer und Steuernummer;
- Finanz- und Belegdaten, Kontoauszüge und Angaben zu Einkünften;
- Lohn- und Gehaltsdaten Ihrer Beschäftigten einschließlich Sozialversicherungsnummer und Krankenkasse;
- Angaben zu Religionszugehörigkeit und Familienstand, soweit sie für die Besteuerung erforderlich sind.

Eine Weitergabe erfolgt nur, soweit dies gesetzlich vorgeschrieben oder für die Mandatsbearbeitung erforderlich ist,
etwa an Finanzbehörden, Sozialversicherungsträger, Berufsgenossenschaften oder Kreditinstitute.

## 5. Auftragsverarbeiter

Für die Buchführung, Lohnabrechnung und Übermittlung von Steuererklärungen nutzen wir die Software und das
Rechenzentrum der DATEV eG, Paumgartnerstraße 6-14, 90429 Nürnberg. Mit der DATEV eG besteht ein Vertrag zur
Auftragsverarbeitung nach Art. 28 DSGVO. Weitere Dienstleister setzen wir ein für:

- die Aktenvernichtung (Reisswolf Münster GmbH);
- die Wartung unserer IT-Systeme (Netzwerk Systemhaus Emsland GmbH).

## 6. Hosting

Diese Website wird bei der Host Europe GmbH, Hansestraße 111, 51149 Köln, gehostet. Beim Aufruf der Website
werden in Server-Logfiles Browsertyp, Betriebssystem, Referrer-URL, IP-Adresse und Uhrzeit der Anfrage gespeichert.
Die Logfiles werden nach sieben Tagen gelöscht. Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO.

## 7. Kontaktformular und E-Mail

Wenn Sie uns per Kontaktformular oder E-Mail Anfragen zukommen lassen, speichern wir Ihre Angaben zur Bearbeitung
der Anfrage und für mögliche Anschlussfragen. Für die Übermittlung von Unterlagen empfehlen wir Ihnen unser
verschlüsseltes Upload-Portal, da unverschlüsselte E-Mails auf dem Übertragungsweg von Dritten gelesen werden können.

## 8. Cookies und Einwilligungsverwaltung

Wir verwenden das Einwilligungs-Tool Borlabs Cookie, das nur technisch notwendige Cookies setzt und Ihre
Einwilligungsentscheidung speichert. Externe Inhalte wie Google Maps werden erst nach Ihrer Einwilligung geladen
(Art. 6 Abs. 1 lit. a DSGVO, § 25 Abs. 1 TDDDG). Sie können Ihre Einwilligung jederzeit widerrufen.

## 9. Google Maps und Terminbuchung

Auf unserer Kontaktseite binden wir nach Ihrer Einwilligung Karten des Dienstes Google Maps der Google Ireland
Limited, Gordon House, Barrow Street, Dublin 4, Irland, ein. Dabei kann Ihre IP-Adresse an Server von Google in den
USA übertragen werden. Termine für Erstgespräche können Sie telefonisch oder per E-Mail vereinbaren; die dabei
angegebenen Daten verwenden wir nur zur Terminplanung.

## 10. Bewerbungen

Bewerbungsunterlagen verarbeiten wir zur Durchführung des Bewerbungsverfahrens (§ 26 BDSG). Kommt kein
Beschäftigungsverhältnis zustande, löschen wir die Unterlagen sechs Monate nach Abschluss des Verfahrens.

## 11. Speicherdauer

Mandatsbezogene Daten bewahren wir entsprechend den gesetzlichen Aufbewahrungsfristen auf: Handakten zehn Jahre
nach Beendigung des Auftrags (§ 66 StBerG), Buchungsbelege und Jahresabschlüsse zehn Jahre, Geschäftsbriefe sechs
Jahre (§ 147 AO, § 257 HGB). Danach werden die Daten gelöscht.

## 12. Ihre Rechte

Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der
Verarbeitung (Art. 18), Datenübertragbarkeit (Art. 20) und Widerspruch (Art. 21). Das Auskunftsrecht kann durch
die berufliche Verschwiegenheitspflicht eingeschränkt sein (§ 29 BDSG).

Sie können sich bei der zuständigen Aufsichtsbehörde beschweren: Landesbeauftragte für Datenschutz und
Informationsfreiheit Nordrhein-Westfalen, Kavalleriestraße 2-4, 40213 Düsseldorf,
[www.ldi.nrw.de](https://www.ldi.nrw.de).
"""

EDITS = [
    {"note": "hosting provider replaced: Host Europe (Köln) -> Mittwald (Espelkamp)",
     "repl": [("bei der Host Europe GmbH, Hansestraße 111, 51149 Köln, gehostet.",
               "bei der Mittwald CM Service GmbH & Co. KG, Königsberger Straße 4-6, 32339 Espelkamp, gehostet.")]},
    {"note": "processor list item added: Microsoft 365 for e-mail and video meetings",
     "repl": [("- die Wartung unserer IT-Systeme (Netzwerk Systemhaus Emsland GmbH).",
               "- die Wartung unserer IT-Systeme (Netzwerk Systemhaus Emsland GmbH);\n"
               "- E-Mail, Kalender und Videobesprechungen (Microsoft Ireland Operations Ltd., Dublin, mit "
               "Datenspeicherung in der EU).")]},
    {"note": "external data protection officer changed (Meier -> Roth, DSB Nord)",
     "repl": [("Herr Dipl.-Inf. Klaus Meier, datenschutz-meier GmbH,\nVon-Vincke-Straße 5, 48143 Münster, "
               "[dsb@datenschutz-meier.de](mailto:dsb@datenschutz-meier.de).",
               "Frau Sabine Roth, DSB Nord GmbH,\nAm Mittelhafen 14, 48155 Münster, "
               "[datenschutz@dsb-nord.de](mailto:datenschutz@dsb-nord.de).")]},
    {"note": "new section: client portal DATEV Unternehmen online / Meine Steuern",
     "repl": [("## 8. Cookies und Einwilligungsverwaltung",
               "## 8. Mandantenportal\n\nFür den digitalen Belegaustausch stellen wir Ihnen DATEV Unternehmen online "
               "und die App DATEV Meine Steuern zur Verfügung. Die Anmeldung erfolgt über DATEV SmartLogin mit "
               "Zwei-Faktor-Authentifizierung. Die hochgeladenen Belege werden im Rechenzentrum der DATEV eG "
               "gespeichert und nach Ende des Mandats gelöscht, soweit keine Aufbewahrungspflicht besteht.\n\n"
               "## 9. Cookies und Einwilligungsverwaltung"),
              ("## 9. Google Maps", "## 10. Google Maps"),
              ("## 10. Bewerbungen", "## 11. Bewerbungen"),
              ("## 11. Speicherdauer", "## 12. Speicherdauer"),
              ("## 12. Ihre Rechte", "## 13. Ihre Rechte")]},
    {"note": "application documents retention shortened from six to four months",
     "repl": [("löschen wir die Unterlagen sechs Monate nach Abschluss des Verfahrens.",
               "löschen wir die Unterlagen vier Monate nach Abschluss des Verfahrens, sofern Sie nicht in eine "
               "längere Speicherung für künftige Stellen eingewilligt haben.")]},
    {"note": "typo fixed without new date: ausschlieslich -> ausschließlich", "bump": False,
     "repl": [("ausschlieslich", "ausschließlich")]},
]

NEWS = K.make_posts(dt.date(2021, 11, 3), dt.date(2026, 6, 30), [
    "Grundsteuerreform: Was Eigentümer jetzt wissen müssen", "Inflationsausgleichsprämie bis 3.000 Euro steuerfrei",
    "Homeoffice-Pauschale: sechs Euro pro Tag", "Wachstumschancengesetz verabschiedet",
    "E-Rechnung wird ab 2025 Pflicht im B2B-Bereich", "Mindestlohn steigt: Folgen für Minijobs",
    "Photovoltaik: Nullsteuersatz für kleine Anlagen", "Kassenmeldepflicht für elektronische Kassen",
    "Neue Sachbezugswerte für Verpflegung", "Aufbewahrungsfristen für Buchungsbelege verkürzt",
    "Grundfreibetrag und Kinderfreibetrag steigen", "Jahressteuergesetz: die wichtigsten Änderungen"],
    (20, 50), random.Random("brandt-news"))


def topbar(when):
    m, y = when.month, when.year
    if m in (1, 2, 3):
        return ("Belegannahme für die Einkommensteuererklärung %d: Bitte reichen Sie Ihre Unterlagen bis "
                "31. März ein." % (y - 1))
    if m in (4, 5, 6, 7):
        return "Neu: Belege digital übermitteln mit DATEV Unternehmen online – sprechen Sie uns an."
    if m in (8, 9, 10):
        return "Wir suchen Verstärkung: Steuerfachangestellte (m/w/d) in Voll- oder Teilzeit."
    return "Unsere Kanzlei ist vom 24. Dezember bis 1. Januar geschlossen. Wir wünschen frohe Festtage!"


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    built = K.cache_built(rng, when)
    s["cache"] = (C.epoch(built), C.hexs(rng, 10), C.hexs(rng, 10))
    s["topbar"] = topbar(when)
    s["news"] = K.posts_until(NEWS, when)
    s["ver"] = K.sticky(rng, prev.get("ver"), 0.3, lambda: str(C.epoch(built) - rng.randint(3600, 9 ** 6)))
    s["borlabs"] = "2.2.%d" % (55 + (when.year - 2022) * 4 + when.month // 4) if when < REDESIGN else \
        "3.1.%d" % (when.year - 2024 + when.month // 5)
    s["theme"] = "divi" if when < REDESIGN else "kadence"
    return s


LABELS = {"cache": "WP Rocket cached@ stamp and frontend nonces of the cached copy",
          "topbar": "top bar notice by season (deadlines, job ad, holidays)",
          "news": "footer 'Aktuelle Mandanteninformationen' latest three posts",
          "ver": "et-core-unified / kadence customizer CSS ?ver on saves", "borlabs": "Borlabs Cookie plugin version",
          "theme": "theme switch Divi -> Kadence (declaration history)"}

MENU = [("/kanzlei/", "Kanzlei"), ("/leistungen/", "Leistungen"), ("/leistungen/lohnbuchhaltung/", "Lohnbuchhaltung"),
        ("/mandantenportal/", "Mandantenportal"), ("/karriere/", "Karriere"), ("/kontakt/", "Kontakt")]


def _news_html(s, cls):
    return "".join('<li><a href="/aktuelles/%s/">%s</a><span class="%s">%02d.%02d.%d</span></li>'
                   % (slug, C.esc(t), cls, d.day, d.month, d.year) for d, t, slug in s["news"])


def render(s, blocks, when):
    stamp, nonce, abnonce = s["cache"]
    foot_addr = ('<p>Brandt &amp; Kollegen Steuerberatungsgesellschaft mbH<br>Hafenweg 22<br>48155 Münster</p>'
                 '<p>Mo–Do 8:00–17:00 Uhr<br>Fr 8:00–13:00 Uhr</p>')
    rocket = ("<!-- This website is like a Rocket, isn't it? Performance optimized by WP Rocket. Learn more: "
              "https://wp-rocket.me - Debug: cached@%d -->\n" % stamp)
    if s["theme"] == "divi":
        body = C.render_blocks(blocks, sep="")
        menu = "".join('<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="%s">%s</a></li>'
                       % (u, t) for u, t in MENU)
        return (
            '<!DOCTYPE html>\n<html lang="de-DE">\n<head>\n<meta charset="UTF-8" />\n'
            '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
            '<title>Datenschutz | Brandt &amp; Kollegen Steuerberatung</title>\n'
            '<meta name="robots" content="index, follow, max-image-preview:large">\n'
            "<link rel='stylesheet' id='borlabs-cookie-css' href='https://www.brandt-steuerberatung.de/wp-content/"
            "cache/borlabs-cookie/borlabs-cookie_1_de.css?ver=%s-21' type='text/css' media='all' />\n"
            "<link rel='stylesheet' id='divi-style-parent-css' href='https://www.brandt-steuerberatung.de/"
            "wp-content/themes/Divi/style-static.min.css?ver=4.24.0' type='text/css' media='all' />\n"
            '<script id="divi-custom-script-js-extra">var et_pb_custom = {"ajaxurl":"https:\\/\\/www.brandt-'
            'steuerberatung.de\\/wp-admin\\/admin-ajax.php","images_uri":"https:\\/\\/www.brandt-steuerberatung.de'
            '\\/wp-content\\/themes\\/Divi\\/images","et_frontend_nonce":"%s","subscription_failed":"Bitte '
            'überprüfen Sie die Felder unten.","et_ab_log_nonce":"%s","page_id":"187","is_ab_testing_active":"",'
            '"is_cache_plugin_active":"yes","is_shortcode_tracking":""};</script>\n'
            '<link rel="stylesheet" id="et-core-unified-187-cached-inline-styles" href="https://www.brandt-'
            'steuerberatung.de/wp-content/et-cache/187/et-core-unified-187.min.css?ver=%s" />\n'
            '</head>\n<body class="privacy-policy page-template-default page page-id-187 et_pb_button_helper_class '
            'et_fixed_nav et_show_nav et_secondary_nav_enabled et_primary_nav_dropdown_animation_fade '
            'et_header_style_left et_pb_footer_columns3 et_cover_background et_pb_gutter et_pb_gutters3 '
            'et_pb_pagebuilder_layout et_no_sidebar et_divi_theme et-db">\n'
            '<div id="page-container">\n<div id="top-header"><div class="container clearfix"><div id="et-info">'
            '<span id="et-info-phone">0251 987 65-0</span><a href="mailto:kanzlei@brandt-steuerberatung.de">'
            '<span id="et-info-email">kanzlei@brandt-steuerberatung.de</span></a></div>'
            '<div id="et-secondary-menu"><div class="et_pb_top_bar_notice">%s</div></div></div></div>\n'
            '<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container">'
            '<div class="logo_container"><a href="https://www.brandt-steuerberatung.de/"><img src="https://www.'
            'brandt-steuerberatung.de/wp-content/uploads/2021/03/brandt-logo.svg" alt="Brandt &amp; Kollegen" '
            'id="logo" data-height-percentage="60" /></a></div><div id="et-top-navigation"><nav id="top-menu-nav">'
            '<ul id="top-menu" class="nav">%s</ul></nav></div></div></header>\n'
            '<div id="et-main-area">\n<div id="main-content">\n'
            '<article id="post-187" class="post-187 page type-page status-publish hentry">\n'
            '<div class="entry-content">\n<div class="et-l et-l--post"><div class="et_builder_inner_content '
            'et_pb_gutters3">\n<div class="et_pb_section et_pb_section_0 et_section_regular"><div class="et_pb_row '
            'et_pb_row_0"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0 et_pb_css_mix_blen'
            'd_mode_passthrough '
            'et-last-child"><div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_left '
            'et_pb_bg_layout_light"><div class="et_pb_text_inner">%s</div></div></div></div></div>\n'
            '<div class="et_pb_section et_pb_section_1 et_pb_with_background et_section_regular"><div class="et_pb_row '
            'et_pb_row_1"><div class="et_pb_column et_pb_column_4_4 et_pb_column_1 et-last-child"><div class="et_pb_'
            'module et_pb_blurb et_pb_blurb_0 et_pb_text_align_center et_pb_blurb_position_top et_pb_bg_layout_dark">'
            '<div class="et_pb_blurb_content"><div class="et_pb_blurb_container"><h4 class="et_pb_module_header">'
            '<span>Fragen zum Datenschutz?</span></h4><div class="et_pb_blurb_description"><p>Rufen Sie uns an: '
            '0251 987 65-0</p></div></div></div></div></div></div></div>\n'
            '</div></div>\n</div>\n</article>\n</div>\n'
            '<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix">'
            '<div class="footer-widget"><div id="recent-posts-3" class="fwidget et_pb_widget widget_recent_entries">'
            '<h4 class="title">Aktuelle Mandanteninformationen</h4><ul>%s</ul></div></div>'
            '<div class="footer-widget"><div id="text-2" class="fwidget et_pb_widget widget_text"><h4 class="title">'
            'Kontakt</h4><div class="textwidget">%s</div></div></div>'
            '<div class="footer-widget"><div id="nav_menu-2" class="fwidget et_pb_widget widget_nav_menu"><ul>'
            '<li><a href="/impressum/">Impressum</a></li><li><a href="/datenschutz/">Datenschutz</a></li></ul></div>'
            '</div></div></div><div id="footer-bottom"><div class="container clearfix"><div id="footer-info">'
            '© %d Brandt &amp; Kollegen Steuerberatungsgesellschaft mbH</div></div></div></footer>\n'
            '</div>\n</div>\n'
            '<div data-nosnippet><script id="BorlabsCookieBoxWrap" type="text/template"><div id="BorlabsCookieBox" '
            'class="BorlabsCookie" role="dialog"><p>Wir nutzen Cookies auf unserer Website.</p></div></script></div>\n'
            "<script type='text/javascript' src='https://www.brandt-steuerberatung.de/wp-content/themes/Divi/js/"
            "scripts.min.js?ver=4.24.0' id='divi-custom-script-js'></script>\n</body>\n</html>\n%s"
            % (s["borlabs"], nonce, abnonce, s["ver"], C.esc(s["topbar"]), menu, body, _news_html(s, "post-date"),
               foot_addr, when.year, rocket))
    tables = lambda rows, inl: '<figure class="wp-block-table"><table class="has-fixed-layout">%s</table></figure>' % (
        "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows))
    body = C.render_blocks(blocks, tags={"h2": ' class="wp-block-heading"', "h1": ' class="wp-block-heading"',
                                         "ul": ' class="wp-block-list"'}, table=tables)
    menu = "".join('<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="%s"><span '
                   'class="nav-drop-title-wrap">%s</span></a></li>' % (u, t) for u, t in MENU)
    return (
        '<!doctype html>\n<html lang="de-DE" class="no-js" itemtype="https://schema.org/WebPage" itemscope>\n<head>\n'
        '<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1, '
        'minimum-scale=1">\n'
        '<title>Datenschutz – Brandt &amp; Kollegen Steuerberatung</title>\n'
        "<link rel='stylesheet' id='kadence-global-css' href='https://www.brandt-steuerberatung.de/wp-content/themes/"
        "kadence/assets/css/global.min.css?ver=1.2.%d' media='all' />\n"
        "<link rel='stylesheet' id='borlabs-cookie-custom-css' href='https://www.brandt-steuerberatung.de/wp-content/"
        "cache/borlabs-cookie/1/borlabs-cookie-1-de.css?ver=%s-%s' media='all' />\n"
        '<script id="kadence-navigation-js-extra">var kadenceConfig = {"screenReader":{"expand":"Untermen\\u00fc",'
        '"expandOf":"Untermen\\u00fc von","collapse":"Untermen\\u00fc","collapseOf":"Untermen\\u00fc von"},'
        '"breakPoints":{"desktop":"1024","tablet":768},"scrollOffset":0};</script>\n'
        '<script id="wp-api-fetch-js-after">wp.apiFetch.use( wp.apiFetch.createNonceMiddleware( "%s" ) );</script>\n'
        '</head>\n<body class="privacy-policy wp-singular page-template-default page page-id-187 wp-embed-responsive '
        'footer-on-bottom hide-focus-outline link-style-standard content-title-style-hide content-width-normal '
        'content-style-unboxed content-vertical-padding-show non-transparent-header mobile-non-transparent-header">\n'
        '<div id="wrapper" class="site wp-site-blocks">\n'
        '<div class="kadence-notice top-notice"><p>%s</p></div>\n'
        '<header id="masthead" class="site-header" role="banner"><div id="main-header" class="site-header-wrap">'
        '<div class="site-branding branding-layout-standard"><a class="brand has-logo-image" href="https://www.'
        'brandt-steuerberatung.de/" rel="home"><img src="https://www.brandt-steuerberatung.de/wp-content/uploads/'
        '2024/05/brandt-logo-2024.svg" class="custom-logo" alt="Brandt &amp; Kollegen"></a></div>'
        '<nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-'
        'standard"><div class="primary-menu-container header-menu-container"><ul id="primary-menu" class="menu">%s'
        '</ul></div></nav><div class="header-button-wrap"><a href="/kontakt/" class="button header-button">Termin '
        'vereinbaren</a></div></div></header>\n'
        '<div id="inner-wrap" class="wrap hfeed kt-clear">\n<div id="primary" class="content-area"><div class="content-'
        'container site-container"><main id="main" class="site-main" role="main"><div class="content-wrap">\n'
        '<article id="post-187" class="entry content-bg single-entry post-187 page type-page status-publish hentry">'
        '<div class="entry-content-wrap"><div class="entry-content single-content">\n%s\n</div></div></article>\n'
        '</div></main></div></div>\n</div>\n'
        '<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap">'
        '<div class="site-top-footer-wrap site-footer-row-container site-footer-focus-item"><div class="site-footer-'
        'row site-footer-row-columns-3"><section id="block-7" class="widget widget_block"><h2 class="wp-block-heading">'
        'Aktuelle Mandanteninformationen</h2><ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">'
        '%s</ul></section><section id="block-8" class="widget widget_block">%s</section><section id="block-9" '
        'class="widget widget_block"><ul><li><a href="/impressum/">Impressum</a></li><li><a href="/datenschutz/">'
        'Datenschutz</a></li><li><a href="#" class="borlabs-cookie-preference">Cookie-Einstellungen</a></li></ul>'
        '</section></div></div><div class="site-bottom-footer-wrap"><div class="footer-html inner-link-style-normal">'
        '<p>© %d Brandt &amp; Kollegen Steuerberatungsgesellschaft mbH</p></div></div></div></footer>\n'
        '</div>\n<script id="borlabs-cookie-config-js-before">var borlabsCookieConfig = {"cookieVersion":"4",'
        '"language":"de","automaticCookieDomainAndPath":true,"cookieLifetime":"60"};</script>\n'
        "<script src='https://www.brandt-steuerberatung.de/wp-content/themes/kadence/assets/js/navigation.min.js?ver="
        "1.2.%d' id='kadence-navigation-js' async></script>\n</body>\n</html>\n%s"
        % (when.year - 2020, s["borlabs"], s["ver"], nonce, C.esc(s["topbar"]), menu, body,
           _news_html(s, "wp-block-latest-posts__post-date"), foot_addr, when.year, when.year - 2020, rocket))


PAGE = {
    "service": "Brandt Steuerberatung", "url": URL, "lang": "de-DE", "platform": "WordPress (Divi, then Kadence)",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 2, 1), "end": dt.date(2026, 4, 30), "hours": (1, 7, 13),
    "policy": POLICY, "first_updated": dt.date(2021, 10, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".entry-content"]},
    "history": [{"fetch": URL, "select": ["#main-content .et_pb_text_inner"], "validUntil": "2024-06-15T00:00:00Z"}],
}
