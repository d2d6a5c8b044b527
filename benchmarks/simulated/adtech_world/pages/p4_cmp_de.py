"""Konsentia (consent-management platform vendor, Munich), German, Drupal 10 (custom Olivero sub-theme, Paragraphs).

The policy's sections are collapsed accordion items (Paragraphs "Akkordeon": h2 button + hidden panel). Inside the
section on cookies, the vendor's own rendered cookie declaration shows the visitor's consent status, a fresh
consent ID and date, and the scanner's "last updated" date and cookie table (the scan runs monthly): the curators
remove it (#KCDeclaration). Outside: Drupal's aggregated CSS/JS file names (cache rebuild on each deploy) and the
consent banner's partner count.
"""
import datetime as dt
import html

import common as C

URL = "https://www.konsentia.de/datenschutz"

POLICY = """# Datenschutzerklärung

Stand: {UPDATED}

Wir freuen uns über Ihr Interesse an Konsentia. Der Schutz Ihrer personenbezogenen Daten ist für uns als Anbieter einer Consent-Management-Plattform nicht nur eine gesetzliche Pflicht, sondern Kern unseres Geschäfts. Nachfolgend informieren wir Sie gemäß Art. 13 und 14 der Datenschutz-Grundverordnung (DSGVO) darüber, welche Daten wir verarbeiten, wenn Sie unsere Website besuchen, unsere Plattform nutzen oder mit uns in Kontakt treten.

## 1. Verantwortlicher und Datenschutzbeauftragter

Verantwortlicher im Sinne der DSGVO ist:

@ Konsentia GmbH
@ Leopoldstraße 144
@ 80804 München
@ Telefon: +49 89 2109 4470
@ E-Mail: datenschutz@konsentia.de

Unseren Datenschutzbeauftragten erreichen Sie unter dsb@konsentia.de oder unter unserer Postanschrift mit dem Zusatz „z. Hd. Datenschutzbeauftragter“.

## 2. Verarbeitung beim Besuch unserer Website

Bei jedem Aufruf unserer Website erhebt unser Webserver automatisch Informationen, die Ihr Browser übermittelt (Server-Logfiles):

- IP-Adresse des anfragenden Endgeräts,
- Datum und Uhrzeit des Zugriffs,
- Name und URL der abgerufenen Datei,
- Referrer-URL,
- verwendeter Browser und Betriebssystem.

Die Verarbeitung erfolgt auf Grundlage von Art. 6 Abs. 1 lit. f DSGVO zur Gewährleistung eines störungsfreien Betriebs und der Sicherheit unserer Systeme. Die Logfiles werden nach 7 Tagen gelöscht, sofern sie nicht zur Aufklärung eines Sicherheitsvorfalls benötigt werden.

Zur statistischen Auswertung der Nutzung unserer Website setzen wir die Open-Source-Software Matomo ein, die wir auf unseren eigenen Servern in Deutschland betreiben. Matomo verarbeitet Ihre IP-Adresse ausschließlich in gekürzter Form; eine Zusammenführung mit anderen Daten findet nicht statt. Matomo wird nur aktiviert, wenn Sie in der Kategorie „Statistik“ eingewilligt haben. Die Auswertungen werden nach 13 Monaten gelöscht.

## 3. Cookies und ähnliche Technologien

Wir setzen auf unserer Website Cookies und vergleichbare Technologien ein. Technisch notwendige Cookies speichern wir auf Grundlage von § 25 Abs. 2 Nr. 2 TTDSG. Alle übrigen Cookies, etwa zu Statistik- oder Marketingzwecken, setzen wir nur mit Ihrer Einwilligung nach § 25 Abs. 1 TTDSG und Art. 6 Abs. 1 lit. a DSGVO ein.

Ihre Einwilligung verwalten wir selbstverständlich mit unserer eigenen Plattform. Sie können Ihre Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen oder ändern, indem Sie unten auf „Einwilligung ändern“ klicken oder den Link „Cookie-Einstellungen“ im Seitenfuß nutzen.

## 4. Nutzung der Konsentia-Plattform

Wenn Website-Betreiber unsere Consent-Management-Plattform einbinden, verarbeiten wir die Einwilligungsentscheidungen der Besucher dieser Websites ausschließlich im Auftrag des jeweiligen Betreibers gemäß Art. 28 DSGVO. Verantwortlich ist in diesem Fall der Betreiber der jeweiligen Website.

Zum Nachweis der Einwilligung (Art. 7 Abs. 1 DSGVO) speichern wir für jede Entscheidung:

- eine zufällig erzeugte Einwilligungs-ID,
- Datum und Uhrzeit der Entscheidung,
- die gewählten Kategorien und Anbieter sowie den TCF-String,
- die gekürzte IP-Adresse (die letzten beiden Oktette werden entfernt),
- die Version des angezeigten Banners und den User-Agent.

Diese Nachweise speichern wir standardmäßig für 12 Monate; der Betreiber kann eine kürzere Frist festlegen.

## 5. Kontaktaufnahme, Demo-Anfragen und Newsletter

Wenn Sie uns per Formular oder E-Mail kontaktieren oder eine Demo anfragen, verarbeiten wir Ihre Angaben (Name, Unternehmen, geschäftliche E-Mail-Adresse, Telefonnummer, Nachricht) zur Bearbeitung Ihrer Anfrage auf Grundlage von Art. 6 Abs. 1 lit. b bzw. lit. f DSGVO.

Unseren Newsletter versenden wir nur mit Ihrer ausdrücklichen Einwilligung im Double-Opt-in-Verfahren. Sie können den Newsletter jederzeit über den Abmeldelink in jeder Ausgabe abbestellen.

Für Webinare nutzen wir eine selbst gehostete BigBlueButton-Instanz. Bei der Anmeldung verarbeiten wir Ihren Namen und Ihre E-Mail-Adresse, um Ihnen den Zugangslink und im Anschluss die Aufzeichnung zu senden. Die Teilnehmerlisten löschen wir 30 Tage nach der Veranstaltung. Wir unterhalten außerdem Unternehmensseiten bei LinkedIn und XING; für die dort erhobenen Seiten-Insights sind wir mit dem jeweiligen Netzwerk gemeinsam verantwortlich (Art. 26 DSGVO).

## 6. Empfänger und Auftragsverarbeiter

Wir setzen sorgfältig ausgewählte Dienstleister ein, die wir nach Art. 28 DSGVO vertraglich gebunden haben:

| Dienstleister | Zweck | Sitz / Serverstandort |
| Hetzner Online GmbH | Hosting der Website und der Plattform | Deutschland |
| IONOS SE | E-Mail und Backups | Deutschland |
| Pipedrive OÜ | Kundenbeziehungsmanagement | Estland / EU |
| CleverReach GmbH & Co. KG | Newsletterversand | Deutschland |

Eine Übermittlung in Drittländer außerhalb der EU findet nicht statt.

## 7. Speicherdauer

Wir speichern personenbezogene Daten nur so lange, wie es für die genannten Zwecke erforderlich ist. Soweit gesetzliche Aufbewahrungspflichten bestehen, insbesondere nach § 147 AO und § 257 HGB, speichern wir die betreffenden Daten für die Dauer von sechs bzw. zehn Jahren.

## 8. Ihre Rechte

Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16 DSGVO), Löschung (Art. 17 DSGVO), Einschränkung der Verarbeitung (Art. 18 DSGVO), Datenübertragbarkeit (Art. 20 DSGVO) sowie das Recht, eine erteilte Einwilligung jederzeit zu widerrufen (Art. 7 Abs. 3 DSGVO).

**Widerspruchsrecht:** Soweit wir Ihre Daten auf Grundlage berechtigter Interessen verarbeiten, können Sie dieser Verarbeitung aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit widersprechen (Art. 21 DSGVO).

Sie haben außerdem das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren. Zuständig für uns ist das Bayerische Landesamt für Datenschutzaufsicht, Promenade 18, 91522 Ansbach.

Bitte richten Sie Anfragen zur Ausübung Ihrer Rechte möglichst per E-Mail an datenschutz@konsentia.de. Damit wir sicherstellen können, dass wir Auskünfte nicht an Unbefugte erteilen, können wir Sie in begründeten Fällen um zusätzliche Angaben zur Bestätigung Ihrer Identität bitten. Wir beantworten Ihre Anfrage innerhalb eines Monats; in komplexen Fällen kann sich diese Frist um weitere zwei Monate verlängern, worüber wir Sie informieren.

## 9. Änderungen dieser Datenschutzerklärung

Wir passen diese Datenschutzerklärung an, wenn sich unsere Verarbeitungen oder die Rechtslage ändern. Es gilt jeweils die hier veröffentlichte Fassung."""

EDITS = [
    {"note": "controller's phone number changed",
     "repl": [("@ Telefon: +49 89 2109 4470", "@ Telefon: +49 89 2109 4400")]},
    {"note": "log file retention changed from 7 to 14 days",
     "repl": [("Die Logfiles werden nach 7 Tagen gelöscht", "Die Logfiles werden nach 14 Tagen gelöscht")]},
    {"note": "sentence added on Google Consent Mode signals",
     "repl": [("Diese Nachweise speichern wir standardmäßig für 12 Monate;",
               "Soweit der Betreiber dies aktiviert, übermitteln wir die Einwilligungssignale im Rahmen des Google "
               "Consent Mode an die auf seiner Website eingebundenen Google-Dienste. Diese Nachweise speichern wir "
               "standardmäßig für 12 Monate;")]},
    {"note": "law renamed: TTDSG -> TDDDG (two references)",
     "repl": [("§ 25 Abs. 2 Nr. 2 TTDSG", "§ 25 Abs. 2 Nr. 2 TDDDG"), ("§ 25 Abs. 1 TTDSG", "§ 25 Abs. 1 TDDDG")]},
    {"note": "new section: automated decision-making (none), last section renumbered",
     "repl": [("## 9. Änderungen dieser Datenschutzerklärung", "## 9. Automatisierte Entscheidungsfindung\n\nEine "
               "automatisierte Entscheidungsfindung einschließlich Profiling im Sinne von Art. 22 DSGVO findet nicht "
               "statt.\n\n## 10. Änderungen dieser Datenschutzerklärung")]},
    {"note": "spelling fix 'Kundenbeziehungsmanagement' -> 'Kundenbeziehungs-Management' (no date bump)",
     "bump": False,
     "repl": [("| Pipedrive OÜ | Kundenbeziehungsmanagement |", "| Pipedrive OÜ | Kundenbeziehungs-Management |")]},
]

MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
WOCHENTAGE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONATE[d.month - 1], d.year)


COOKIES = [
    ("Notwendig", "KC_CONSENT", "konsentia.de", "Speichert Ihre Einwilligungsentscheidung", "1 Jahr", "HTTP"),
    ("Notwendig", "SSESS", "konsentia.de", "Sitzungscookie von Drupal, nur für angemeldete Nutzer", "Sitzung", "HTTP"),
    ("Statistik", "_pk_id.#", "konsentia.de", "Matomo: wiederkehrende Besucher erkennen", "13 Monate", "HTTP"),
    ("Statistik", "_pk_ses.#", "konsentia.de", "Matomo: Sitzung", "1 Tag", "HTTP"),
    ("Marketing", "li_sugr", "linkedin.com", "LinkedIn Insight Tag: Browser-Kennung", "3 Monate", "HTTP"),
    ("Marketing", "_gcl_au", "konsentia.de", "Google Ads Conversion Linker", "3 Monate", "HTTP"),
    ("Marketing", "bcookie", "linkedin.com", "LinkedIn: Browser-ID", "1 Jahr", "HTTP"),
    ("Präferenzen", "lang", "konsentia.de", "Speichert die Sprachauswahl", "Sitzung", "HTTP"),
]


def noise(rng, when, i, prev):
    prev = prev or {}
    scan = dt.date(when.year, when.month, 1) + dt.timedelta(days=2)
    if scan > when.date():
        scan = (dt.date(when.year, when.month, 1) - dt.timedelta(days=1)).replace(day=3)
    days = (when - dt.datetime(2022, 1, 1)).days
    return {
        "consent_id": C.b64tok(rng, 36).replace("/", "_").replace("+", "-"),
        "consent_time": (when + dt.timedelta(hours=1, seconds=rng.randint(1, 9))).strftime("%Y-%m-%d %H:%M:%S"),
        "scan": scan.isoformat(),
        "ncookies": 5 + scan.month % 4,
        "aggregate": C.keep_or(rng, prev.get("aggregate"), 0.4,
                               lambda: (C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                                        C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                                        C.alnum(rng, 6))),
        "partners": 11 + days // 120,
    }


LABELS = {"consent_id": "cookie declaration consent ID (inside policy)",
          "consent_time": "cookie declaration consent date (inside policy)",
          "scan": "cookie scan date (inside policy)", "ncookies": "scanned cookie table rows (inside policy)",
          "aggregate": "Drupal CSS/JS aggregate names", "partners": "consent banner partner count"}


def declaration_widget(st):
    t = dt.datetime.strptime(st["consent_time"], "%Y-%m-%d %H:%M:%S")
    scan = dt.date.fromisoformat(st["scan"])
    rows = COOKIES[:st["ncookies"]]
    cats = []
    for cat in ("Notwendig", "Präferenzen", "Statistik", "Marketing"):
        cr = [r for r in rows if r[0] == cat]
        trs = "".join('<tr><td class="kc-name">%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>'
                      % (html.escape(r[1]), r[2], html.escape(r[3]), r[4], r[5]) for r in cr)
        cats.append('<div class="kc-decl-cat"><h4 class="kc-decl-cat__title">%s (%d)</h4>'
                    '<table class="kc-decl-table"><thead><tr><th>Name</th><th>Anbieter</th><th>Zweck</th>'
                    '<th>Ablauf</th><th>Typ</th></tr></thead><tbody>%s</tbody></table></div>' % (cat, len(cr), trs))
    return ('<div id="KCDeclaration" class="kc-declaration" lang="de" data-kc-rendered="true">'
            '<p class="kc-decl-updated">Diese Cookie-Erklärung wurde zuletzt am %s von '
            '<a href="https://www.konsentia.de" rel="nofollow">Konsentia</a> aktualisiert.</p>'
            '<div class="kc-decl-state"><p>Ihr aktueller Status: <strong>Nur notwendige Cookies</strong>.</p>'
            '<p>Ihre Einwilligungs-ID: <span class="kc-consent-id">%s</span><br>Einwilligungsdatum: %s, %d. %s %d, '
            '%s MEZ</p><p><a href="#" class="kc-renew" onclick="window.Konsentia.renew();return false">'
            'Einwilligung ändern</a> | <a href="#" class="kc-withdraw" onclick="window.Konsentia.withdraw();'
            'return false">Einwilligung widerrufen</a></p></div>%s</div>'
            % (scan.strftime("%d.%m.%Y"), st["consent_id"], WOCHENTAGE[t.weekday()], t.day, MONATE[t.month - 1],
               t.year, t.strftime("%H:%M:%S"), "".join(cats)))


def bhtml(b):
    return C.block_html(b)


def render(st, blocks, when):
    head, secs = C.split_sections(blocks)
    h1 = head[0]
    intro = "".join(bhtml(b) for b in head[1:])
    items = []
    for n, (title, bl) in enumerate(secs):
        inner = "".join(bhtml(b) for b in bl)
        if title.startswith("3. Cookies"):
            inner += declaration_widget(st)
        items.append(
            '<div class="paragraph paragraph--type--accordion-item paragraph--view-mode--default accordion__item">'
            '<h2 class="accordion__heading"><button type="button" class="accordion__button" aria-expanded="false" '
            'aria-controls="accordion-panel-%d" id="accordion-button-%d">%s</button></h2>'
            '<div class="accordion__panel" id="accordion-panel-%d" role="region" aria-labelledby="accordion-button-%d" '
            'hidden><div class="clearfix text-formatted field field--name-field-text field--type-text-long '
            'field--label-hidden field__item">%s</div></div></div>' % (n, n, C.inline_html(title), n, n, inner))
    css_h, js_h, ver = st["aggregate"]
    return """<!DOCTYPE html>
<html lang="de" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
<link rel="canonical" href="{url}" />
<meta property="og:site_name" content="Konsentia" />
<meta property="og:title" content="Datenschutzerklärung" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/konsentia/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" hreflang="de" href="https://www.konsentia.de/datenschutz" />
<link rel="alternate" hreflang="en" href="https://www.konsentia.de/en/privacy" />

    <title>Datenschutzerklärung | Konsentia</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_{css}.css?delta=0&amp;language=de&amp;theme=konsentia&amp;include=eJxtjlEKwzAMQy_UNkcKbqolZk5cYmdjt98YZTDYlz6EeCK7FHZgJ5KEeHVrV5Nbvaw8Ag0ONqnjF7CW0" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_{css2}.css?delta=1&amp;language=de&amp;theme=konsentia&amp;include=eJxtjlEKwzAMQy_UNkcKbqolZk5cYmdjt98YZTDYlz6EeCK7FHZgJ5KEeHVrV5Nbvaw8Ag0ONqnjF7CW0" />

    <script src="https://cdn.konsentia.de/loader/v3/kc.js" data-kc-site="kns-7f31c09a" data-kc-lang="de"></script>
<script type="text/plain" data-kc-category="statistics">
  var _paq = window._paq = window._paq || [];
  _paq.push(['trackPageView']); _paq.push(['enableLinkTracking']);
  (function() {{ var u="https://stats.konsentia.de/"; _paq.push(['setTrackerUrl', u+'matomo.php']); _paq.push(['setSiteId', '1']);
  var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0]; g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s); }})();
</script>
  </head>
  <body class="path-node page-node-type-legal-page">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Direkt zum Inhalt
    </a>
    
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div id="page-wrapper" class="page-wrapper">
  <div id="page">
      <header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
  <div class="site-header__fixable" data-drupal-selector="site-header-fixable">
    <div class="site-header__initial">
      <button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false">
        <span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span>
      </button>
    </div>
    <div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">
      <div class="container site-header__inner__container">
<div id="block-konsentia-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block">
    <div class="site-branding__inner">
    <a href="/" rel="home" class="site-branding__logo"><img src="/themes/custom/konsentia/logo.svg" alt="Startseite" fetchpriority="high" /></a>
  </div>
</div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons">
  <button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Hauptmenü" aria-controls="header-nav" aria-expanded="false">
    <span class="mobile-nav-button__label">Menü</span>
    <span class="mobile-nav-button__icon"></span>
  </button>
</div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<nav  id="block-konsentia-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-konsentia-main-menu-menu" role="navigation">
  <h2 class="visually-hidden block__title" id="block-konsentia-main-menu-menu">Hauptnavigation</h2>
  <ul  class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
    <li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/plattform" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-link-system-path="node/4"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">Plattform</span></a></li>
    <li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/iab-tcf" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-link-system-path="node/7"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">IAB TCF 2.2</span></a></li>
    <li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/preise" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-link-system-path="node/9"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">Preise</span></a></li>
    <li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/wissen" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-link-system-path="node/12"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">Wissen</span></a></li>
    <li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/kontakt" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-link-system-path="node/15"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">Kontakt</span></a></li>
  </ul>
</nav>
</div>
      </div>
    </div>
  </div>
</header>
    <div id="main-wrapper" class="layout-main-wrapper layout-container">
      <div id="main" class="layout-main">
        <div class="main-content">
          <a id="main-content" tabindex="-1"></a>
          <div class="main-content__container container">
              <div class="region region--content-above grid-full layout--pass--content-medium">
    <div id="block-konsentia-page-title" class="block block-core block-page-title-block">
  <h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{h1}</span>
</h1>
</div>
<div data-drupal-messages-fallback class="hidden messages-list"></div>
  </div>
    <main role="main">
        <div class="region region--content grid-full layout--pass--content-medium" id="content">
    <div id="block-konsentia-content" class="block block-system block-system-main-block">
<article data-history-node-id="21" class="node node--type-legal-page node--view-mode-full">
  <div class="node__content">
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{intro}</div>
    <div class="field field--name-field-sections field--type-entity-reference-revisions field--label-hidden field__items accordion" data-accordion>
{items}
    </div>
  </div>
</article>
</div>
  </div>
    </main>
          </div>
        </div>
      </div>
    </div>
    <footer class="site-footer">
      <div class="site-footer__inner container">
<nav  id="block-konsentia-footer" class="block block-menu navigation menu--footer" aria-labelledby="block-konsentia-footer-menu" role="navigation">
  <h2 class="visually-hidden block__title" id="block-konsentia-footer-menu">Fußzeile</h2>
  <ul class="menu"><li class="menu__item"><a href="/impressum" class="menu__link" data-drupal-link-system-path="node/20">Impressum</a></li><li class="menu__item"><a href="/datenschutz" class="menu__link is-active" data-drupal-link-system-path="node/21" aria-current="page">Datenschutz</a></li><li class="menu__item"><a href="/agb" class="menu__link" data-drupal-link-system-path="node/22">AGB</a></li><li class="menu__item"><a href="#" class="menu__link kc-open-settings">Cookie-Einstellungen</a></li></ul>
</nav>
<div class="footer-copyright">© {year} Konsentia GmbH</div>
      </div>
    </footer>
  </div>
</div>

  </div>
    <div id="kc-banner" class="kc-banner kc-banner--bottom" role="dialog" aria-modal="false" aria-labelledby="kc-banner-title" data-kc-version="{kcv}">
  <div class="kc-banner__inner"><p id="kc-banner-title" class="kc-banner__title">Wir respektieren Ihre Privatsphäre</p>
  <p class="kc-banner__text">Wir und unsere {partners} Partner verwenden Cookies und ähnliche Technologien, um unsere Website zu analysieren und Ihnen relevante Inhalte anzuzeigen. Mit „Alle akzeptieren“ willigen Sie ein; Ihre Einwilligung können Sie jederzeit widerrufen.</p>
  <div class="kc-banner__actions"><button class="kc-btn kc-btn--secondary" data-kc-action="settings">Einstellungen</button><button class="kc-btn kc-btn--secondary" data-kc-action="deny">Nur notwendige</button><button class="kc-btn kc-btn--primary" data-kc-action="accept">Alle akzeptieren</button></div></div>
</div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/21","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"de"}},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"accordion":{{"collapsed":true}},"user":{{"uid":0,"permissionsHash":"6f1c2d3e4a5b69788f7e6d5c4b3a29180716f5e4d3c2b1a0f9e8d7c6b5a49382"}}}}</script>
<script src="/sites/default/files/js/js_{js}.js?scope=footer&amp;delta=0&amp;language=de&amp;theme=konsentia&amp;include=eJxtjlEKwzAMQy_UNkcKbqolZk5cYmdjt98YZTDYlz6EeCK7FHZgJ5KEeHVrV5Nbvaw8Ag0ONqnjF7CW0"></script>

  </body>
</html>
""".format(url=URL, css=css_h, css2=css_h[::-1], js=js_h, h1=C.inline_html(h1[1]), intro=intro,
           items="\n".join(items), year=when.year, partners=st["partners"], kcv=ver)


PAGE = {
    "service": "Konsentia",
    "url": URL,
    "lang": "de",
    "platform": "Drupal 10 (Olivero sub-theme, Paragraphs accordion), own CMP",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("X-Drupal-Cache", "HIT"), ("X-Generator", "Drupal 10 (https://www.drupal.org)"),
                      ("Cache-Control", "max-age=3600, public"), ("Content-Language", "de")),
    "n": 32,
    "start": dt.date(2022, 4, 11),
    "end": dt.date(2025, 5, 2),
    "policy": POLICY,
    "first_updated": dt.date(2022, 2, 24),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ["h1.page-title", ".node--type-legal-page .node__content"],
                    "remove": "#KCDeclaration"},
}
