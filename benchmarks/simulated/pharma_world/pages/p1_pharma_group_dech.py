"""Global pharma group, Basel: corporate site on Drupal 10 hosted on Acquia Cloud (custom Bootstrap 5 sub-theme,
Paragraphs), Swiss German. Country selector and SIX share ticker in the header, a "Medienmitteilungen" rail
beside the article, the country-specific annexes as a collapsed Bootstrap accordion Paragraph inside the node
content. Drupal 9.5 -> 10.2 core upgrade in spring 2024 (once-attributes, asset paths, theme wrapper changes);
the declared container stays the same."""
import datetime as dt
import html

import common as C

URL = "https://www.aurelis-pharma.com/de-ch/datenschutz"

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]

POLICY = """# Datenschutzerklärung

Zuletzt aktualisiert: {UPDATED}

Die Aurelis Pharma AG und ihre Konzerngesellschaften (gemeinsam «Aurelis», «wir» oder «uns») nehmen den Schutz Ihrer Personendaten ernst. In dieser Datenschutzerklärung erläutern wir, welche Personendaten wir bearbeiten, wenn Sie unsere Websites besuchen, mit uns in Kontakt treten, an unseren Programmen teilnehmen oder uns ein unerwünschtes Arzneimittelereignis melden, zu welchen Zwecken wir dies tun und welche Rechte Ihnen zustehen.

Diese Erklärung gilt weltweit. Wo das Recht eines Landes zusätzliche oder abweichende Regeln vorsieht, finden Sie diese in den länderspezifischen Ergänzungen am Ende dieser Seite.

## 1. Verantwortliche Stelle

Verantwortlich für die Bearbeitung Ihrer Personendaten ist, sofern im Einzelfall nichts anderes angegeben ist:

@ Aurelis Pharma AG
@ Hochbergerstrasse 60
@ 4057 Basel
@ Schweiz

Unsere Datenschutzberaterin (Group Data Protection Officer) erreichen Sie unter [privacy@aurelis-pharma.com](mailto:privacy@aurelis-pharma.com) oder über die oben genannte Postanschrift mit dem Vermerk «Datenschutz – vertraulich».

## 2. Welche Personendaten wir bearbeiten

Je nachdem, wie Sie mit uns in Kontakt treten, bearbeiten wir insbesondere folgende Kategorien von Personendaten:

- **Kontakt- und Identifikationsdaten** wie Name, Anrede, Postanschrift, E-Mail-Adresse und Telefonnummer;
- **berufliche Angaben** bei Fachpersonen des Gesundheitswesens, etwa Fachrichtung, Institution, GLN- oder Registernummer;
- **Gesundheitsdaten**, die Sie uns im Rahmen einer Meldung zur Arzneimittelsicherheit, einer medizinischen Anfrage oder eines Patientenprogramms mitteilen;
- **Nutzungsdaten** unserer Websites wie IP-Adresse, Browsertyp, aufgerufene Seiten, Datum und Uhrzeit des Zugriffs;
- **Bewerbungsdaten**, wenn Sie sich über unser Karriereportal bei uns bewerben.

Gesundheitsdaten sind besonders schützenswerte Personendaten. Wir bearbeiten sie nur, soweit dies gesetzlich vorgeschrieben ist, Sie eingewilligt haben oder es zur Wahrung lebenswichtiger Interessen erforderlich ist.

## 3. Zwecke und Rechtsgrundlagen

Wir bearbeiten Ihre Personendaten zu den folgenden Zwecken:

| Zweck | Beispiele | Rechtsgrundlage (soweit anwendbar) |
| Arzneimittelsicherheit (Pharmakovigilanz) | Erfassung und Auswertung von Meldungen unerwünschter Wirkungen, Meldung an Behörden | Gesetzliche Pflicht |
| Medizinische Information | Beantwortung von Anfragen von Patientinnen, Patienten und Fachpersonen | Vertrag bzw. berechtigtes Interesse |
| Beziehungen zu Fachpersonen | Einladungen zu Fortbildungen, Offenlegung geldwerter Leistungen | Berechtigtes Interesse, gesetzliche Pflicht |
| Betrieb und Sicherheit der Websites | Fehleranalyse, Missbrauchsabwehr, Statistik | Berechtigtes Interesse |
| Personalgewinnung | Prüfung von Bewerbungen, Kontaktaufnahme | Vorvertragliche Massnahmen |

Wir treffen keine Entscheidungen, die ausschliesslich auf einer automatisierten Bearbeitung beruhen und Ihnen gegenüber eine rechtliche Wirkung entfalten.

## 4. Meldungen zur Arzneimittelsicherheit

Als Zulassungsinhaberin sind wir gesetzlich verpflichtet, Informationen über vermutete unerwünschte Wirkungen unserer Arzneimittel zu erfassen, zu bewerten und an die zuständigen Behörden weiterzuleiten. Meldungen enthalten in der Regel Angaben zur betroffenen Person (etwa Initialen, Alter, Geschlecht), zum Verlauf und zur meldenden Person. Wir bewahren diese Daten mindestens 10 Jahre nach Ablauf der letzten Zulassung des betreffenden Arzneimittels auf.

Auch wenn Sie uns eine Meldung ohne Ihren Namen übermitteln, benötigen wir unter Umständen Rückfragen. Wir kontaktieren Sie dafür nur über den Kanal, den Sie uns angegeben haben.

## 5. Empfänger und Bekanntgabe ins Ausland

Innerhalb der Aurelis-Gruppe erhalten nur diejenigen Stellen Zugriff auf Ihre Daten, die diese für die genannten Zwecke benötigen. Zudem setzen wir sorgfältig ausgewählte Dienstleister ein, die Personendaten in unserem Auftrag bearbeiten:

| Dienstleister | Leistung | Standort |
| Acquia Inc. | Hosting der Websites | EU (Irland), USA |
| Veeva Systems Inc. | CRM für Beziehungen zu Fachpersonen | EU (Deutschland), USA |
| ArisGlobal LLC | Datenbank für Arzneimittelsicherheit | EU (Irland), Indien |
| OneTrust LLC | Verwaltung von Einwilligungen | EU (Deutschland) |

Bekanntgaben in Länder ohne angemessenes Datenschutzniveau erfolgen nur gestützt auf die Standardvertragsklauseln der Europäischen Kommission in der vom Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten (EDÖB) anerkannten Fassung oder eine andere gesetzlich vorgesehene Garantie. Eine Kopie der Garantien erhalten Sie bei unserer Datenschutzberaterin.

## 6. Cookies und Analysewerkzeuge

Unsere Websites verwenden Cookies und ähnliche Technologien. Technisch notwendige Cookies setzen wir ohne Ihre Einwilligung; Analyse- und Marketing-Cookies nur, wenn Sie im Cookie-Banner zugestimmt haben. Sie können Ihre Auswahl jederzeit über den Link «Cookie-Einstellungen» in der Fusszeile ändern.

### Datensicherheit

Zum Schutz Ihrer Personendaten treffen wir angemessene technische und organisatorische Massnahmen, darunter Verschlüsselung bei der Übertragung, rollenbasierte Zugriffsrechte, Protokollierung und regelmässige Schulungen unserer Mitarbeitenden. Unsere Dienstleister verpflichten wir vertraglich auf gleichwertige Standards und überprüfen diese regelmässig.

## 7. Aufbewahrung

Wir bewahren Personendaten nur so lange auf, wie es für den jeweiligen Zweck erforderlich ist oder gesetzliche Aufbewahrungspflichten bestehen. Bewerbungsunterlagen löschen wir in der Regel sechs Monate nach Abschluss des Verfahrens, sofern Sie nicht in eine längere Aufbewahrung eingewilligt haben. Protokolldaten der Websites löschen wir nach 30 Tagen.

## 8. Ihre Rechte

Im Rahmen des anwendbaren Rechts haben Sie das Recht:

- Auskunft darüber zu verlangen, ob und welche Personendaten wir über Sie bearbeiten;
- unrichtige Personendaten berichtigen zu lassen;
- die Löschung oder Einschränkung der Bearbeitung zu verlangen;
- der Bearbeitung zu widersprechen und eine erteilte Einwilligung jederzeit zu widerrufen;
- Ihre Daten in einem gängigen elektronischen Format zu erhalten.

Bitte beachten Sie, dass wir Daten aus Meldungen zur Arzneimittelsicherheit aufgrund gesetzlicher Pflichten nicht löschen dürfen. Zur Ausübung Ihrer Rechte wenden Sie sich an [privacy@aurelis-pharma.com](mailto:privacy@aurelis-pharma.com). Sie haben zudem das Recht, bei der zuständigen Aufsichtsbehörde Beschwerde einzureichen.

Unsere Websites können Links zu Websites Dritter enthalten, etwa zu Fachgesellschaften oder Behörden. Für deren Inhalte und Datenbearbeitungen sind ausschliesslich die jeweiligen Betreiber verantwortlich.

## 9. Änderungen

Wir können diese Datenschutzerklärung jederzeit anpassen. Es gilt die jeweils auf dieser Seite veröffentlichte Fassung.

%% annex

## Länderspezifische Ergänzungen

### Schweiz

Für Bearbeitungen durch die Aurelis Pharma AG und die Aurelis Pharma Schweiz AG gilt das Bundesgesetz über den Datenschutz (DSG). Zuständige Aufsichtsbehörde ist der Eidgenössische Datenschutz- und Öffentlichkeitsbeauftragte, Feldeggweg 1, 3003 Bern.

### Deutschland

Verantwortlich für Bearbeitungen in Deutschland ist die Aurelis Pharma GmbH, Emil-von-Behring-Strasse 76, 60439 Frankfurt am Main. Unseren Datenschutzbeauftragten erreichen Sie unter [dsb-de@aurelis-pharma.com](mailto:dsb-de@aurelis-pharma.com). Rechtsgrundlagen sind Art. 6 Abs. 1 lit. a, b, c und f sowie Art. 9 Abs. 2 lit. i DSGVO.

### Österreich

Verantwortlich ist die Aurelis Pharma Ges.m.b.H., Wienerbergstrasse 11, 1100 Wien. Sie können Beschwerde bei der Österreichischen Datenschutzbehörde einlegen.
"""


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "processors table: Microsoft added (Microsoft 365 / Azure)",
     "repl": [("| OneTrust LLC | Verwaltung von Einwilligungen | EU (Deutschland) |",
               "| OneTrust LLC | Verwaltung von Einwilligungen | EU (Deutschland) |\n"
               "| Microsoft Ireland Operations Ltd. | Cloud-Dienste (Microsoft 365, Azure) | EU (Irland, Niederlande) |")]},
    {"note": "Austrian annex: street number corrected (11 -> 13), no date bump",
     "repl": [("Wienerbergstrasse 11, 1100 Wien", "Wienerbergstrasse 13, 1100 Wien")], "bump": False},
    {"note": "pharmacovigilance retention: 10 -> 15 years; new sentence on follow-up",
     "repl": [("mindestens 10 Jahre nach Ablauf", "mindestens 15 Jahre nach Ablauf"),
              ("über den Kanal, den Sie uns angegeben haben.",
               "über den Kanal, den Sie uns angegeben haben. Fachpersonen, die eine Meldung weiterleiten, können wir zusätzlich zur Bestätigung des Sachverhalts kontaktieren.")]},
    {"note": "Swiss annex: revDSG wording and data-protection advisor added",
     "repl": [("gilt das Bundesgesetz über den Datenschutz (DSG).",
               "gilt das revidierte Bundesgesetz über den Datenschutz (DSG) vom 25. September 2020. Die Aurelis Pharma Schweiz AG hat eine Datenschutzberaterin im Sinne von Art. 10 DSG ernannt, die Sie unter [privacy.ch@aurelis-pharma.com](mailto:privacy.ch@aurelis-pharma.com) erreichen.")]},
    {"note": "new section: Künstliche Intelligenz (AI tools in medical information)",
     "repl": [("## 9. Änderungen", "## 9. Einsatz von KI-gestützten Werkzeugen\n\n"
               "Zur Beantwortung medizinischer Anfragen setzen wir teilweise KI-gestützte Werkzeuge ein, die Entwürfe für Antworten vorschlagen. Jede Antwort wird vor dem Versand von einer Fachperson geprüft. Ihre Anfragen werden nicht zum Training allgemeiner KI-Modelle verwendet.\n\n"
               "## 10. Änderungen")]},
]

NEWS = [
    ("Aurelis erhält Swissmedic-Zulassung für Vantrelix bei schwerem Asthma", "Medienmitteilung"),
    ("Phase-III-Studie ORBIT-2 erreicht primären Endpunkt", "Medienmitteilung"),
    ("Aurelis publiziert Halbjahresergebnisse: Umsatz +7 % zu konstanten Wechselkursen", "Ad-hoc-Mitteilung"),
    ("Neues Forschungszentrum in Schlieren eröffnet", "Medienmitteilung"),
    ("Aurelis und die Universität Basel vertiefen Partnerschaft in der Immunologie", "Story"),
    ("Generalversammlung genehmigt Dividende von CHF 3.20", "Ad-hoc-Mitteilung"),
    ("Aurelis ernennt neue Chief Medical Officer", "Medienmitteilung"),
    ("Nachhaltigkeitsbericht: Scope-1- und -2-Emissionen um 38 % gesenkt", "Story"),
]

UPGRADE = dt.datetime(2024, 4, 9)


def noise(rng, when, i, prev):
    prev = prev or {}
    d10 = when >= UPGRADE
    price = 80 + 12 * ((when - dt.datetime(2022, 1, 1)).days % 97) / 97 + rng.uniform(-1.5, 1.5)
    ch = rng.uniform(-2.4, 2.4)
    return {
        "core": "10.2.5" if d10 else "9.5.11",
        "css": C.keep_or(rng, prev.get("css") if prev.get("core") == ("10.2.5" if d10 else "9.5.11") else None,
                         0.18, lambda: [C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(3)]),
        "ticker": ("%.2f" % price, "%+.2f" % ch, when.strftime("%d.%m.%Y") + " " + "%02d:%02d" % (rng.randint(9, 17), rng.randint(0, 59))),
        "news": C.keep_or(rng, prev.get("news"), 0.35, lambda: sorted(rng.sample(range(len(NEWS)), 3))),
        "nid_cache": C.keep_or(rng, prev.get("nid_cache"), 0.5, lambda: C.hexs(rng, 8)),
    }


LABELS = {"core": "Drupal core version (9.5 -> 10.2 upgrade: once-attributes, asset paths)",
          "css": "aggregated CSS/JS file hashes", "ticker": "SIX share-price ticker in the header",
          "news": "Medienmitteilungen rail beside the article", "nid_cache": "views js-view-dom-id hash of the news rail"}


def _acc(annex_blocks, d10):
    head = [b for b in annex_blocks if b[0] == "h2"]
    items = C.under_headings([b for b in annex_blocks if b[0] != "h2"], "h3")
    out = ['<div class="paragraph paragraph--type--accordion paragraph--view-mode--default">']
    out.append('<h2 class="paragraph__title">%s</h2>' % html.escape(head[0][1]))
    out.append('<div class="accordion accordion-flush" id="accordion-paragraph-1187">')
    for n, (title, blocks) in enumerate(items):
        cid = "collapse-1187-%d" % n
        once = ' data-once="bs-collapse"' if d10 else ""
        out.append('<div class="accordion-item">'
                   '<h3 class="accordion-header" id="heading-1187-%d"><button class="accordion-button collapsed" type="button" '
                   'data-bs-toggle="collapse" data-bs-target="#%s" aria-expanded="false" aria-controls="%s"%s>%s</button></h3>'
                   '<div id="%s" class="accordion-collapse collapse" aria-labelledby="heading-1187-%d" data-bs-parent="#accordion-paragraph-1187">'
                   '<div class="accordion-body clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item">%s</div></div></div>'
                   % (n, cid, cid, once, html.escape(title), cid, n, C.blocks_html(blocks)))
    out.append('</div></div>')
    return "\n".join(out)


def render(state, blocks, when):
    segs = C.segments(blocks)
    d10 = state["core"].startswith("10")
    css = state["css"]
    h1 = segs["head"][0]
    body = segs["head"][1:]
    price, ch, ts = state["ticker"]
    up = not ch.startswith("-")
    news = "\n".join(
        '<li class="views-row"><article class="node node--type-news node--view-mode-teaser">'
        '<span class="news-teaser__type">%s</span><h3 class="news-teaser__title"><a href="/de-ch/news/%d" hreflang="de">%s</a></h3></article></li>'
        % (NEWS[k][1], 41200 + k * 17, html.escape(NEWS[k][0])) for k in state["news"])
    if d10:
        libs = "aurelis_b5/global-styling,aurelis_b5/accordion,core/drupal.once,eu_cookie_compliance/eu_cookie_compliance_default,system/base,google_tag/gtag"
        scripts = ('<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>\n'
                   '<script src="/sites/default/files/js/js_%s.js?scope=footer&amp;delta=0&amp;language=de-ch&amp;theme=aurelis_b5&amp;include=eJxNyUEKgCAQQNELZR4pZmwyY3BCRqK6fa5M-KsHP4rE7GKZ"></script>' % css[1])
        csslink = '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language=de-ch&amp;theme=aurelis_b5&amp;include=eJxdjEEKwyAQRT-UiSMlzGR3KoXx" />' % css[0]
        gen = "Drupal 10 (https://www.drupal.org)"
        wrap_open = '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>'
    else:
        libs = "aurelis_b5/global-styling,aurelis_b5/accordion,core/jquery.once,eu_cookie_compliance/eu_cookie_compliance_default,system/base,google_tag/gtag"
        scripts = ('<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>\n'
                   '<script src="/sites/default/files/js/js_%s.js"></script>' % css[1])
        csslink = '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css" />' % css[0]
        gen = "Drupal 9 (https://www.drupal.org)"
        wrap_open = '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>'
    countries = [("de-ch", "Schweiz (Deutsch)"), ("fr-ch", "Suisse (Français)"), ("de-de", "Deutschland"),
                 ("de-at", "Österreich"), ("en", "Global (English)"), ("ja-jp", "日本"), ("es-mx", "México")]
    csel = "".join('<li><a href="https://www.aurelis-pharma.com/%s" lang="%s" class="country-selector__link%s">%s</a></li>'
                   % (c, c, " is-active" if c == "de-ch" else "", html.escape(t)) for c, t in countries)
    main_body = C.blocks_html(body)
    return """<!DOCTYPE html>
<html lang="de-CH" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-7HQ2K9XW1B"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments)};gtag("js", new Date());gtag("set", "developer_id.dMDhkMT", true);gtag("config", "G-7HQ2K9XW1B", {"groups":"default","page_placeholder":"PLACEHOLDER_page_location","allow_ad_personalization_signals":false});</script>
<link rel="canonical" href="%(url)s" />
<meta name="description" content="Wie die Aurelis Pharma AG Ihre Personendaten bearbeitet." />
<meta name="Generator" content="%(gen)s" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="alternate" hreflang="de-ch" href="https://www.aurelis-pharma.com/de-ch/datenschutz" />
<link rel="alternate" hreflang="fr-ch" href="https://www.aurelis-pharma.com/fr-ch/protection-des-donnees" />
<link rel="alternate" hreflang="en" href="https://www.aurelis-pharma.com/en/privacy" />
<link rel="icon" href="/themes/custom/aurelis_b5/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>Datenschutzerklärung | Aurelis Schweiz</title>
    %(csslink)s
    <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-document-language="true" type="text/javascript" charset="UTF-8" data-domain-script="3f1c7a0e-92d4-4c1b-bb8e-5d0e6a2f1c44"></script>
<script type="text/javascript">function OptanonWrapper() { }</script>
  </head>
  <body class="path-node page-node-type-legal-document">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Direkt zum Inhalt
    </a>
    %(wrap_open)s
<header class="site-header" role="banner">
  <div class="site-header__top container-xxl">
    <div class="share-ticker" data-ticker="AURN" aria-live="polite">
      <span class="share-ticker__exchange">SIX</span> <span class="share-ticker__symbol">AURN</span>
      <span class="share-ticker__price">CHF %(price)s</span>
      <span class="share-ticker__change share-ticker__change--%(dir)s">%(ch)s %%</span>
      <span class="share-ticker__time">%(ts)s, verzögert um 15 Min.</span>
    </div>
    <nav class="country-selector dropdown" aria-label="Land und Sprache wählen">
      <button class="btn dropdown-toggle country-selector__toggle" type="button" data-bs-toggle="dropdown" aria-expanded="false">Schweiz (Deutsch)</button>
      <ul class="dropdown-menu country-selector__list">%(csel)s</ul>
    </nav>
  </div>
  <div class="site-header__main container-xxl">
    <a href="/de-ch" rel="home" class="site-logo"><img src="/themes/custom/aurelis_b5/logo.svg" alt="Startseite Aurelis" width="164" height="40" /></a>
    <nav role="navigation" aria-labelledby="block-aurelis-b5-main-menu-menu" id="block-aurelis-b5-main-menu" class="block block-menu navigation menu--main">
      <h2 class="visually-hidden" id="block-aurelis-b5-main-menu-menu">Hauptnavigation</h2>
      <ul class="nav navbar-nav">
        <li class="nav-item"><a href="/de-ch/ueber-uns" class="nav-link">Über uns</a></li>
        <li class="nav-item"><a href="/de-ch/forschung" class="nav-link">Forschung &amp; Entwicklung</a></li>
        <li class="nav-item"><a href="/de-ch/produkte" class="nav-link">Produkte</a></li>
        <li class="nav-item"><a href="/de-ch/investoren" class="nav-link">Investoren</a></li>
        <li class="nav-item"><a href="/de-ch/medien" class="nav-link">Medien</a></li>
        <li class="nav-item"><a href="/de-ch/karriere" class="nav-link">Karriere</a></li>
      </ul>
    </nav>
  </div>
</header>
<main role="main" class="main-content">
  <a id="main-content" tabindex="-1"></a>
  <div class="container-xxl">
  <div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Pfad</h2><ol><li><a href="/de-ch">Startseite</a></li><li>Datenschutzerklärung</li></ol></nav></div>
  <div class="row">
  <div class="col-lg-8 region region-content">
    <div data-drupal-messages-fallback class="hidden"></div>
    <div id="block-aurelis-b5-content" class="block block-system block-system-main-block">
<article data-history-node-id="2231" class="node node--type-legal-document node--view-mode-full">
  <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">%(h1)s</span></h1>
  <div class="node__content">
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%(body)s</div>
    <div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden field__items"><div class="field__item">%(acc)s</div></div>
  </div>
  <div class="node__links"><a href="javascript:window.print()" class="print-link">Seite drucken</a></div>
</article>
    </div>
  </div>
  <aside class="col-lg-4 region region-sidebar-second" role="complementary">
    <div class="views-element-container block block-views block-views-blocknews-latest-block-1" id="block-views-block-news-latest">
      <h2 class="block-title">Medienmitteilungen</h2>
      <div class="view view-news-latest view-id-news_latest view-display-id-block_1 js-view-dom-id-%(vdom)s"><ul>%(news)s</ul>
      <a href="/de-ch/medien/medienmitteilungen" class="more-link">Alle Medienmitteilungen</a></div>
    </div>
    <div class="block block-block-content block-ae-report">
      <h2 class="block-title">Nebenwirkung melden</h2>
      <p>Möchten Sie eine vermutete Nebenwirkung eines Aurelis-Arzneimittels melden? Kontaktieren Sie uns unter +41 61 688 11 11 oder <a href="mailto:drugsafety.ch@aurelis-pharma.com">drugsafety.ch@aurelis-pharma.com</a>. Sie können Nebenwirkungen auch direkt über das Meldeportal ElViS von Swissmedic melden.</p>
    </div>
  </aside>
  </div>
  </div>
</main>
<footer class="site-footer" role="contentinfo">
  <div class="container-xxl">
    <nav class="menu--footer"><ul>
      <li><a href="/de-ch/impressum">Impressum</a></li>
      <li><a href="/de-ch/datenschutz" class="is-active" aria-current="page">Datenschutz</a></li>
      <li><a href="/de-ch/rechtliche-hinweise">Rechtliche Hinweise</a></li>
      <li><a href="#" class="ot-sdk-show-settings">Cookie-Einstellungen</a></li>
      <li><a href="/de-ch/kontakt">Kontakt</a></li>
    </ul></nav>
    <p class="site-footer__copy">© %(year)d Aurelis Pharma AG. Diese Website richtet sich an Personen mit Wohnsitz in der Schweiz.</p>
  </div>
</footer>
</div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"de-ch\\/","currentPath":"node\\/2231","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"de-ch"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"ajaxPageState":{"libraries":"%(libs)s","theme":"aurelis_b5","theme_token":null},"ajaxTrustedUrl":[],"gtag":{"tagId":"G-7HQ2K9XW1B","consentMode":true},"user":{"uid":0,"permissionsHash":"7f3c0b5a6e2b8f0d41c9a3e6b2d1f08e4c7a9b2d5e6f1a3c8b0d7e2f4a6c9b1d"}}</script>
%(scripts)s
  </body>
</html>
""" % {"url": URL, "gen": gen, "csslink": csslink, "wrap_open": wrap_open, "price": price, "ch": ch.replace(".", "."),
       "dir": "up" if up else "down", "ts": ts, "csel": csel, "h1": html.escape(h1[1]), "body": main_body,
       "acc": _acc(segs["annex"], d10), "news": news, "vdom": state["nid_cache"] + C.det_sha(state["news"])[:56],
       "year": when.year, "libs": libs, "scripts": scripts}


PAGE = {
    "service": "Aurelis Pharma Schweiz",
    "url": URL,
    "lang": "de-CH",
    "platform": "Drupal 9.5 -> 10.2 on Acquia Cloud, Bootstrap 5 sub-theme, Paragraphs accordion",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("X-Drupal-Cache", "HIT"),
                      ("Via", "varnish"), ("X-AH-Environment", "prod")),
    "n": 31,
    "start": dt.date(2023, 2, 1),
    "end": dt.date(2025, 9, 30),
    "policy": POLICY,
    "first_updated": dt.date(2022, 11, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "gold_md": lambda b: C.blocks_md(C.without_markers(b), URL),
    "declaration": {"fetch": URL, "select": ["article.node--type-legal-document .page-title",
                                              "article.node--type-legal-document .node__content"]},
}
