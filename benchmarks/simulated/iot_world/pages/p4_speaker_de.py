"""Smart-speaker and voice-assistant service, German, Nuxt 3 (SSR, Storyblok-style rich text, scoped styles).

The legal page holds three documents in tabs: the privacy policy (open), the voice-assistant supplement and the
cookie policy (hidden tab panels, still in the DOM). The declaration selects the privacy panel only. Inside that
panel sit the scoped-style data-v-* hashes (new on every deployment) and a product illustration whose image
(colour variant, A/B test) changes from visit to visit: word-free, so curators leave it. Outside: a firmware
release banner, /_nuxt/ chunk hashes, the nuxt-csurf token and the __NUXT_DATA__ payload.
"""
import datetime as dt
import html
import json

import common as C

POLICY = """# Datenschutzerklärung für Lumo Lautsprecher und den Sprachassistenten „Hey Lumo“

Stand: {UPDATED}

Der Schutz Ihrer personenbezogenen Daten ist uns wichtig. In dieser Datenschutzerklärung informieren wir Sie gemäß Art. 13 und 14 der Datenschutz-Grundverordnung (DSGVO) darüber, welche Daten wir verarbeiten, wenn Sie unsere smarten Lautsprecher, die Lumo App und den Sprachassistenten „Hey Lumo“ nutzen.

## 1. Verantwortlicher

@ Klangwerk Audio GmbH
@ Schlesische Straße 26
@ 10997 Berlin
@ E-Mail: datenschutz@lumo-audio.de
@ Handelsregister: Amtsgericht Charlottenburg, HRB 187654 B

## 2. Datenschutzbeauftragter

Unseren externen Datenschutzbeauftragten erreichen Sie unter:

@ DataGuard Compliance Services GmbH, Herr Tobias Reinhardt
@ Landsberger Straße 155, 80687 München
@ E-Mail: dsb@lumo-audio.de

## 3. Welche Daten wir verarbeiten

Je nachdem, welche Funktionen Sie nutzen, verarbeiten wir folgende Kategorien personenbezogener Daten:

- **Kontodaten:** Name, E-Mail-Adresse, Passwort (verschlüsselt gespeichert), Sprache und Land
- **Gerätedaten:** Seriennummer, Modell, Firmware-Version, MAC-Adresse, WLAN-Signalstärke, Fehlerberichte
- **Nutzungsdaten:** abgespielte Inhalte, verknüpfte Musikdienste, Lautstärke- und Equalizer-Einstellungen, Zeitpunkte der Nutzung
- **Sprachdaten:** Audioaufnahmen Ihrer Sprachbefehle nach Erkennung des Aktivierungsworts sowie deren Transkripte
- **Smart-Home-Daten:** Namen und Zustände verknüpfter Geräte (z. B. Lampen, Thermostate), sofern Sie diese mit Lumo verbinden

## 4. Zwecke und Rechtsgrundlagen

| Zweck | Rechtsgrundlage |
| Bereitstellung des Kontos und der App-Funktionen | Art. 6 Abs. 1 lit. b DSGVO (Vertragserfüllung) |
| Verarbeitung von Sprachbefehlen | Art. 6 Abs. 1 lit. b DSGVO |
| Speicherung von Sprachaufnahmen zur Verbesserung der Spracherkennung | Art. 6 Abs. 1 lit. a DSGVO (Einwilligung) |
| Firmware-Updates und Sicherheit der Geräte | Art. 6 Abs. 1 lit. f DSGVO (berechtigtes Interesse) |
| Produktanalyse in pseudonymisierter Form | Art. 6 Abs. 1 lit. f DSGVO |
| Newsletter | Art. 6 Abs. 1 lit. a DSGVO |
| Erfüllung handels- und steuerrechtlicher Aufbewahrungspflichten | Art. 6 Abs. 1 lit. c DSGVO |

## 5. Sprachaufnahmen und Aktivierungswort

Ihr Lumo Lautsprecher wartet lokal auf das Aktivierungswort „Hey Lumo“. Bis das Aktivierungswort erkannt wird, werden keine Audiodaten an unsere Server übertragen. Die blaue Leuchtanzeige zeigt Ihnen an, wann eine Aufnahme an die Cloud gesendet wird. Mit der Mikrofon-Taste können Sie die Mikrofone jederzeit physisch deaktivieren.

Sprachaufnahmen werden verschlüsselt an unsere Server in der Europäischen Union übertragen, in Text umgewandelt und zur Ausführung Ihres Befehls verwendet. Nur wenn Sie in der App unter „Datenschutz > Sprachaufnahmen“ der Option „Lumo verbessern“ zugestimmt haben, hören geschulte Mitarbeitende einen kleinen Teil der Aufnahmen in pseudonymisierter Form ab, um die Spracherkennung zu verbessern.

## 6. Empfänger und Auftragsverarbeiter

Wir setzen sorgfältig ausgewählte Dienstleister ein, die Ihre Daten ausschließlich nach unseren Weisungen verarbeiten (Art. 28 DSGVO):

| Dienstleister | Zweck | Sitz |
| Amazon Web Services EMEA SARL | Hosting der Lumo Cloud (Region Frankfurt) | Luxemburg |
| Microsoft Ireland Operations Ltd. (Azure AI Speech) | Spracherkennung | Irland |
| Zendesk, Inc. | Kundensupport | USA |
| Sendinblue GmbH (Brevo) | Versand des Newsletters | Deutschland |

Wenn Sie Musikdienste wie Spotify oder Deezer oder Smart-Home-Systeme verknüpfen, übermitteln wir die für die Ausführung Ihres Befehls erforderlichen Daten an den jeweiligen Anbieter. Für dessen Verarbeitung gelten die Datenschutzbestimmungen des Anbieters.

## 7. Übermittlung in Drittländer

Soweit Daten an Empfänger in den USA übermittelt werden, stützen wir uns auf den Angemessenheitsbeschluss der EU-Kommission zum EU-U.S. Data Privacy Framework oder, sofern der Empfänger nicht zertifiziert ist, auf die Standardvertragsklauseln der EU-Kommission (Art. 46 Abs. 2 lit. c DSGVO).

## 8. Speicherdauer

Wir speichern Ihre Daten nur so lange, wie es für die genannten Zwecke erforderlich ist:

- Kontodaten: bis zur Löschung Ihres Kontos
- Sprachaufnahmen: 18 Monate, sofern Sie sie nicht vorher in der App löschen; Transkripte ohne Einwilligung werden nach 30 Tagen gelöscht
- Fehlerberichte und Gerätelogs: 90 Tage
- Rechnungsdaten: 10 Jahre gemäß § 147 AO

## 9. Ihre Rechte

Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16 DSGVO), Löschung (Art. 17 DSGVO), Einschränkung der Verarbeitung (Art. 18 DSGVO) und Datenübertragbarkeit (Art. 20 DSGVO). Eine erteilte Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen.

**Wiederspruchsrecht:** Soweit wir Daten auf Grundlage berechtigter Interessen verarbeiten, können Sie aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit Widerspruch einlegen (Art. 21 DSGVO).

## 9a. Berechtigungen der Lumo App

Die Lumo App fragt nur die Berechtigungen an, die für die jeweilige Funktion erforderlich sind:

- **Bluetooth und lokales Netzwerk:** zur Einrichtung neuer Lautsprecher und für Multiroom-Gruppen
- **Standort (nur Android):** das Betriebssystem verlangt diese Berechtigung, um WLAN-Netzwerke in der Nähe anzuzeigen; wir speichern Ihren Standort nicht
- **Mikrofon:** nur für die optionale Raumkalibrierung „Lumo Tune“; die Messung erfolgt ausschließlich auf Ihrem Smartphone
- **Mitteilungen:** für Hinweise zu Firmware-Updates, Weckern und Timern

Sie können erteilte Berechtigungen jederzeit in den Einstellungen Ihres Smartphones widerrufen.

## 9b. Kinder

Unsere Dienste richten sich nicht an Kinder unter 16 Jahren. Ein Lumo Konto kann nur von volljährigen Personen angelegt werden. Wenn Kinder den Lautsprecher in einem Haushalt mitbenutzen, empfehlen wir, in der App den Modus „Familienfilter“ zu aktivieren, der explizite Inhalte blockiert und Käufe per Sprachbefehl deaktiviert. Sprachaufnahmen, die erkennbar von Kindern stammen, werden nicht für die Verbesserung der Spracherkennung verwendet.

## 9c. Automatisierte Entscheidungen

Wir treffen keine ausschließlich automatisierten Entscheidungen im Sinne von Art. 22 DSGVO, die Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen. Die Auswahl von Musikvorschlägen und Routinen erfolgt zwar automatisiert, Sie können diese Vorschläge aber jederzeit ändern oder abschalten.

## 9d. Datensicherheit

Wir schützen Ihre Daten durch Transportverschlüsselung (TLS), verschlüsselte Speicherung, ein rollenbasiertes Berechtigungskonzept und regelmäßige Penetrationstests. Firmware-Updates werden signiert ausgeliefert, damit nur von uns freigegebene Software auf Ihrem Lautsprecher läuft. Sicherheitslücken können Sie uns über security@lumo-audio.de melden.

## 10. Beschwerderecht

Sie haben das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren. Für uns zuständig ist die Berliner Beauftragte für Datenschutz und Informationsfreiheit, Alt-Moabit 59–61, 10555 Berlin.

## 11. Änderungen dieser Datenschutzerklärung

Wir passen diese Datenschutzerklärung an, wenn neue Funktionen hinzukommen oder sich die Rechtslage ändert. Über wesentliche Änderungen informieren wir Sie in der Lumo App."""

EDITS = [
    {"note": "typo fixed: 'Wiederspruchsrecht' -> 'Widerspruchsrecht'", "bump": False,
     "repl": [("**Wiederspruchsrecht:**", "**Widerspruchsrecht:**")]},
    {"note": "processor added: Speechmatics for on-demand transcription",
     "repl": [("| Zendesk, Inc. | Kundensupport | USA |",
               "| Speechmatics Ltd. | Transkription von Sprachbefehlen in weiteren Sprachen | Vereinigtes Königreich |\n| Zendesk, Inc. | Kundensupport | USA |")]},
    {"note": "voice-recording retention shortened from 18 months to 3 months",
     "repl": [("- Sprachaufnahmen: 18 Monate, sofern", "- Sprachaufnahmen: 3 Monate, sofern")]},
    {"note": "new paragraph: recordings not used to train generative AI models",
     "repl": [("um die Spracherkennung zu verbessern.",
               "um die Spracherkennung zu verbessern.\n\n"
               "Für die neuen generativen Antworten von „Hey Lumo“ nutzen wir ein Sprachmodell, das in unserer eigenen Cloud-Umgebung in Frankfurt betrieben wird. "
               "Ihre Sprachaufnahmen und Transkripte werden nicht zum Training dieses Modells verwendet, es sei denn, Sie haben dem ausdrücklich zugestimmt.")]},
    {"note": "external data protection officer changed",
     "repl": [("@ DataGuard Compliance Services GmbH, Herr Tobias Reinhardt\n@ Landsberger Straße 155, 80687 München",
               "@ Datenschutzkanzlei Hoffmann & Partner, Frau Dr. Miriam Kessler\n@ Friedrichstraße 95, 10117 Berlin")]},
]

VOICE_SUPPLEMENT = [
    ("h2", "Ergänzende Hinweise zum Sprachassistenten"),
    ("p", "Diese Hinweise ergänzen die Datenschutzerklärung für Nutzerinnen und Nutzer, die „Hey Lumo“ mit Skills von Drittanbietern verwenden. Wenn Sie einen Skill aktivieren, übermitteln wir Ihren Sprachbefehl als Text an den Anbieter des Skills."),
    ("ul", ["Skills von Drittanbietern sind in der App mit dem Hinweis „Drittanbieter“ gekennzeichnet.",
            "Sie können Skills jederzeit in der App unter „Skills > Meine Skills“ deaktivieren.",
            "Routinen und Erinnerungen werden in Ihrem Konto gespeichert, bis Sie sie löschen."]),
]
COOKIE_POLICY = [
    ("h2", "Cookie-Richtlinie"),
    ("p", "Auf lumo-audio.de setzen wir technisch notwendige Cookies sowie, nach Ihrer Einwilligung über unser Consent-Tool, Analyse-Cookies von Matomo (selbst gehostet) ein. Ihre Auswahl können Sie jederzeit über den Link „Cookie-Einstellungen“ im Footer ändern."),
    ("table", [["Cookie", "Zweck", "Laufzeit"], ["lumo_session", "Sitzung", "Sitzungsende"],
               ["lumo_consent", "Speicherung Ihrer Cookie-Auswahl", "12 Monate"], ["_pk_id", "Matomo-Analyse", "13 Monate"]]),
]

BANNERS = ["Firmware 5.4 für Lumo Max ist da: besserer Bass-Modus und Multiroom-Stabilität.",
           "Neu: „Hey Lumo“ versteht jetzt Schweizerdeutsch (Beta).",
           "Firmware 5.5 wird schrittweise verteilt – Ihr Lautsprecher aktualisiert sich automatisch nachts.",
           "Lumo Mini Gen 3 jetzt in Salbeigrün erhältlich."]
COLOURS = ["kreide", "anthrazit", "salbei", "terracotta"]


def noise(rng, when, i, prev):
    p = prev or {}
    return {
        "build": C.keep_or(rng, p.get("build"), 0.2, lambda: {
            "id": C.uuid4(rng), "entry": C.alnum(rng, 8), "page": C.alnum(rng, 8), "css": C.alnum(rng, 8),
            "dv": [C.hexs(rng, 8) for _ in range(3)]}),
        "banner": C.keep_or(rng, p.get("banner"), 0.3, lambda: rng.randrange(len(BANNERS))),
        "illus": rng.choice(COLOURS) + "." + C.hexs(rng, 7),
        "csrf": C.alnum(rng, 36),
    }


LABELS = {"build": "Nuxt build id, chunk hashes, scoped data-v hashes (inside the panel)",
          "banner": "firmware release banner", "illus": "A/B product illustration in the privacy panel",
          "csrf": "nuxt-csurf token"}


def _rich(blocks, dv):
    """Storyblok rich text as the Nuxt component renders it: every element carries the component's data-v."""
    out = C.blocks_html(blocks, sep="")
    for tag in ("h1", "h2", "h3", "p", "ul", "li", "table", "thead", "tbody", "tr", "th", "td"):
        out = out.replace("<%s>" % tag, '<%s data-v-%s="">' % (tag, dv))
    return out


def render(s, blocks, when):
    b = s["build"]
    dv_tabs, dv_rich, dv_hdr = b["dv"]
    tabs = [("datenschutz", "Datenschutzerklärung", None), ("sprachassistent", "Sprachassistent", VOICE_SUPPLEMENT),
            ("cookies", "Cookie-Richtlinie", COOKIE_POLICY)]
    tablist = "".join(
        '<button data-v-%s="" id="tab-%s" class="legal-tabs__tab%s" role="tab" aria-selected="%s" aria-controls="tabpanel-%s" tabindex="%s">%s</button>'
        % (dv_tabs, key, " legal-tabs__tab--active" if k == 0 else "", "true" if k == 0 else "false", key,
           "0" if k == 0 else "-1", label) for k, (key, label, _) in enumerate(tabs))
    panels = []
    for k, (key, label, doc) in enumerate(tabs):
        if doc is None:
            inner = ('<figure data-v-%s="" class="legal-illustration"><img data-v-%s="" src="/_nuxt/img/lumo-mini-%s.webp" alt="" width="320" height="200" loading="lazy"></figure>'
                     '<div data-v-%s="" class="rich-text">%s</div>' % (dv_tabs, dv_tabs, s["illus"], dv_rich, _rich(blocks, dv_rich)))
        else:
            inner = '<div data-v-%s="" class="rich-text">%s</div>' % (dv_rich, _rich(doc, dv_rich))
        panels.append('<section data-v-%s="" id="tabpanel-%s" class="legal-tabs__panel" role="tabpanel" aria-labelledby="tab-%s"%s>%s</section>'
                      % (dv_tabs, key, key, "" if k == 0 else " hidden", inner))
    payload = json.dumps([{"data": 1, "state": 2, "once": 3, "_errors": 4, "serverRendered": 5, "path": 6, "config": 7},
                          {"legal-de": 8}, {"$scsrf": 9}, ["Set"], {}, True, "/de/rechtliches/datenschutz",
                          {"public": 10, "app": 11}, {"story": "de/rechtliches/datenschutz", "tabs": ["datenschutz", "sprachassistent", "cookies"]},
                          s["csrf"], {"storyblokVersion": "published", "matomoSite": 3},
                          {"baseURL": "/", "buildId": b["id"], "buildAssetsDir": "/_nuxt/", "cdnURL": ""}],
                         ensure_ascii=False, separators=(",", ":"))
    return """<!DOCTYPE html>
<html lang="de" data-capo=""><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Datenschutz | Lumo – smarte Lautsprecher aus Berlin</title>
<link rel="stylesheet" href="/_nuxt/entry.%(css)s.css" crossorigin>
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%(entry)s.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%(page)s.js">
<link rel="prefetch" as="script" crossorigin href="/_nuxt/%(page)s.js">
<script type="module" src="/_nuxt/%(entry)s.js" crossorigin></script>
<meta name="csrf-token" content="%(csrf)s">
<meta name="description" content="Wie Klangwerk Audio personenbezogene Daten bei Lumo Lautsprechern, der Lumo App und „Hey Lumo“ verarbeitet.">
<link rel="canonical" href="https://www.lumo-audio.de/de/rechtliches/datenschutz">
<link rel="alternate" hreflang="en" href="https://www.lumo-audio.de/en/legal/privacy">
<script>var _paq = window._paq = window._paq || [];_paq.push(['requireConsent']);_paq.push(['trackPageView']);(function(){var u="https://analytics.lumo-audio.de/";_paq.push(['setTrackerUrl', u+'matomo.php']);_paq.push(['setSiteId', '3']);})();</script>
</head><body><div id="__nuxt"><div data-v-%(dvh)s="" class="layout">
<div data-v-%(dvh)s="" class="firmware-banner" role="status"><span data-v-%(dvh)s="">%(banner)s</span> <a data-v-%(dvh)s="" href="/de/support/firmware">Versionshinweise</a></div>
<header data-v-%(dvh)s="" class="site-header"><a data-v-%(dvh)s="" href="/de" class="site-header__logo" aria-label="Lumo Startseite"><svg data-v-%(dvh)s="" width="72" height="24" aria-hidden="true"><use href="#logo"></use></svg></a>
<nav data-v-%(dvh)s="" class="site-header__nav"><a data-v-%(dvh)s="" href="/de/lautsprecher">Lautsprecher</a><a data-v-%(dvh)s="" href="/de/hey-lumo">Hey Lumo</a><a data-v-%(dvh)s="" href="/de/app">App</a><a data-v-%(dvh)s="" href="/de/support">Support</a><a data-v-%(dvh)s="" href="/de/shop" class="btn btn--primary">Shop</a></nav>
<div data-v-%(dvh)s="" class="lang-switch"><button data-v-%(dvh)s="" aria-haspopup="listbox">DE</button><ul data-v-%(dvh)s="" role="listbox" hidden><li data-v-%(dvh)s="" role="option" aria-selected="true">Deutsch</li><li data-v-%(dvh)s="" role="option">English</li><li data-v-%(dvh)s="" role="option">Français</li></ul></div></header>
<main data-v-%(dvh)s="" class="legal-page"><div data-v-%(dvt)s="" class="legal-tabs"><div data-v-%(dvt)s="" class="legal-tabs__list" role="tablist" aria-label="Rechtliche Dokumente">%(tablist)s</div>
%(panels)s
</div></main>
<footer data-v-%(dvh)s="" class="site-footer"><ul data-v-%(dvh)s=""><li data-v-%(dvh)s=""><a data-v-%(dvh)s="" href="/de/rechtliches/impressum">Impressum</a></li><li data-v-%(dvh)s=""><a data-v-%(dvh)s="" href="/de/rechtliches/datenschutz" aria-current="page">Datenschutz</a></li><li data-v-%(dvh)s=""><a data-v-%(dvh)s="" href="/de/rechtliches/agb">AGB</a></li><li data-v-%(dvh)s=""><button data-v-%(dvh)s="" class="link" data-cc="show-preferencesModal">Cookie-Einstellungen</button></li></ul>
<p data-v-%(dvh)s="">© %(year)d Klangwerk Audio GmbH</p></footer>
</div></div><div id="teleports"></div><script type="application/json" id="__NUXT_DATA__" data-ssr="true">%(payload)s</script>
<script>window.__NUXT__={};window.__NUXT__.config={public:{storyblokVersion:"published",matomoSite:3},app:{baseURL:"/",buildId:"%(bid)s",buildAssetsDir:"/_nuxt/",cdnURL:""}}</script></body></html>
""" % {"css": b["css"], "entry": b["entry"], "page": b["page"], "csrf": s["csrf"], "dvh": dv_hdr, "dvt": dv_tabs,
       "banner": html.escape(BANNERS[s["banner"]]), "tablist": tablist, "panels": "\n".join(panels), "year": when.year,
       "payload": payload.replace("<", "\\u003c"), "bid": b["id"]}


PAGE = {
    "service": "Lumo Audio",
    "url": "https://www.lumo-audio.de/de/rechtliches/datenschutz",
    "lang": "de",
    "platform": "Nuxt 3 (SSR) with Storyblok rich text",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("X-Powered-By", "Nuxt"), ("Server", "nginx"), ("Vary", "Accept-Encoding")),
    "n": 30,
    "start": dt.date(2022, 3, 1),
    "end": dt.date(2025, 9, 30),
    "policy": POLICY,
    "first_updated": dt.date(2022, 1, 17),
    "fmt_date": lambda d: "%d. %s %d" % (d.day, ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                                                 "September", "Oktober", "November", "Dezember"][d.month - 1], d.year),
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.lumo-audio.de/de/rechtliches/datenschutz", "select": "#tabpanel-datenschutz"},
}
