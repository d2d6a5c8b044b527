"""IVAK (Flemish intercommunale for waste collection and recycling parks, Kempen), Drupal 9 with a custom theme,
rebuilt in June 2024 on Drupal 10 with Paragraphs (new wrappers): declaration history. Well built: everything volatile
is outside the selected body field: the recycling park open/closed status, the 'next collection' teaser of the
ophaalkalender block, drupal-settings-json ajaxPageState libraries and css/js aggregate hashes, the latest news view,
the seasonal banner."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wkit as K  # noqa: E402

C = K.C
URL = "https://www.ivak.be/privacyverklaring"
REDESIGN = dt.datetime(2024, 6, 11, 7, 0)


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["nl"][d.month - 1], d.year)


POLICY = """
# Privacyverklaring

Laatst bijgewerkt op {UPDATED}

IVAK is de intergemeentelijke vereniging voor afvalbeheer van elf Kempense gemeenten. Wij organiseren de huis-aan-huisophaling van restafval, gft, pmd, papier en karton en glas, beheren de recyclageparken en innen het diftar-tarief. Daarvoor verwerken wij persoonsgegevens van inwoners en bedrijven. In deze privacyverklaring leggen wij uit welke gegevens wij verwerken, waarom, hoe lang wij ze bijhouden en welke rechten je hebt.

## Verwerkingsverantwoordelijke

@ IVAK – Intergemeentelijke Vereniging Afvalbeheer Kempen
@ Kanaalweg 12, 2440 Geel
@ Ondernemingsnummer 0207.123.456
@ [privacy@ivak.be](mailto:privacy@ivak.be)

Onze functionaris voor gegevensbescherming is bereikbaar via [dpo@ivak.be](mailto:dpo@ivak.be) of per brief op het adres hierboven.

## Welke gegevens verwerken wij?

- Identificatiegegevens: naam, adres, rijksregisternummer en gezinssamenstelling, zoals wij die ontvangen uit het rijksregister via de gemeente.
- Gegevens over je afvalcontainers: chipnummer, volume, aantal ledigingen en gewicht per lediging.
- Gegevens over je bezoeken aan het recyclagepark: datum, uur, aangeboden fracties en hoeveelheden, nummerplaat van je voertuig.
- Betalingsgegevens: facturen, betalingen, domiciliëringen en het saldo van je diftar-rekening.
- Contactgegevens die je zelf opgeeft in het e-loket of de Recycle!-app: e-mailadres en telefoonnummer.

## Waarom verwerken wij je gegevens?

Wij verwerken je gegevens voor de uitvoering van onze opdracht van algemeen belang, zoals die volgt uit het Materialendecreet en de statuten van de vereniging: het inzamelen van huishoudelijk afval, het beheer van de recyclageparken en het aanrekenen van de diftar-kosten. Camerabeelden met nummerplaatherkenning aan de ingang van de recyclageparken gebruiken wij om de toegang te controleren en misbruik tegen te gaan.

Nieuwsbrieven en meldingen over je ophaalkalender sturen wij alleen als je daarvoor toestemming gaf. Je kan die toestemming altijd intrekken.

## Met wie delen wij je gegevens?

Wij delen je gegevens met de gemeenten die lid zijn van IVAK, met OVAM voor wettelijke rapportering en met onze verwerkers:

| Verwerker | Dienst | Locatie |
| Cipal Schaubroeck | Diftar- en facturatiesoftware | België |
| Fost Plus | Recycle!-app en ophaalkalender | België |
| Combell | Hosting van de website en het e-loket | België |
| Proximus | Telefonie en sms-meldingen | België |

Wij geven je gegevens nooit door aan derden voor commerciële doeleinden.

## Hoe lang bewaren wij je gegevens?

Diftar- en facturatiegegevens bewaren wij 7 jaar na het einde van het aanslagjaar. Camerabeelden van de recyclageparken worden na 30 dagen gewist, tenzij ze nodig zijn voor een vaststelling van sluikstorten. Gegevens over bezoeken aan het recyclagepark bewaren wij 5 jaar.

## Jouw rechten

Je hebt het recht om je gegevens in te zien, te laten verbeteren of, in bepaalde gevallen, te laten wissen. Je kan ook bezwaar maken tegen een verwerking of vragen om een verwerking te beperken. Stuur je vraag met een kopie van je identiteitskaart naar [privacy@ivak.be](mailto:privacy@ivak.be). Wij antwoorden binnen een maand.

Ben je niet tevreden over ons antwoord, dan kan je klacht indienen bij de Vlaamse Toezichtcommissie voor de verwerking van persoonsgegevens, Koning Albert II-laan 15, 1210 Brussel.
"""

EDITS = [
    {"note": "processor replaced: Combell -> Nucleus (hosting)",
     "repl": [("| Combell | Hosting van de website en het e-loket | België |",
               "| Nucleus | Hosting van de website en het e-loket | België |")]},
    {"note": "park visit retention 5 -> 3 years",
     "repl": [("bezoeken aan het recyclagepark bewaren wij 5 jaar.",
               "bezoeken aan het recyclagepark bewaren wij 3 jaar.")]},
    {"note": "list item added: itsme identification in the e-loket",
     "repl": [("e-mailadres en telefoonnummer.",
               "e-mailadres en telefoonnummer.\n- Gegevens van je aanmelding in het e-loket met itsme of je eID: "
               "de datum en het uur van aanmelding.")]},
    {"note": "address changed: Kanaalweg 12 -> Boerenkrijglaan 80, 2260 Westerlo",
     "repl": [("@ Kanaalweg 12, 2440 Geel", "@ Boerenkrijglaan 80, 2260 Westerlo")]},
    {"note": "typo fix 'Ben je niet tevreden' sentence: 'kan je klacht' -> 'kan je een klacht', no new date",
     "bump": False, "repl": [("dan kan je klacht indienen", "dan kan je een klacht indienen")]},
    {"note": "sentence removed: DPO postal address; paragraph on reuse shops added",
     "repl": [(" of per brief op het adres hierboven.", "."),
              ("Wij geven je gegevens nooit door", "Breng je spullen binnen voor de kringwinkel op het "
               "recyclagepark, dan noteren wij geen persoonsgegevens.\n\nWij geven je gegevens nooit door")]},
]

NEWS = ["Nieuwe ophaalkalender 2023 in je bus", "Recyclageparken gesloten op Paasmaandag",
        "Vanaf 1 januari: zachte plastics in de pmd-zak", "Sluikstorten kost je voortaan 350 euro",
        "Kerstbomen ophalen in januari", "Asbestzakken gratis afhalen", "Gft-container nu ook voor appartementen",
        "Nieuwe tarieven recyclagepark"]
NEWS_T = K.pool_dates("ivak-news", dt.date(2021, 9, 1), dt.date(2026, 12, 31), 35)
PARKS = ["Geel", "Westerlo", "Herentals", "Mol"]


def noise(rng, when, i, prev):
    prev = prev or {}
    lt, _ = K.local(when, "nl")
    s = {"libs": C.b64tok(rng, 18)}
    s["agg"] = C.keep_or(rng, prev.get("agg"), 0.5, lambda: C.alnum(rng, 43, "abcdefghijklmnopqrstuvwxyz0123456789_-"))
    park = rng.choice(PARKS)
    openh = lt.weekday() != 6 and 9 <= lt.hour < 17
    s["park"] = (park, "open" if openh else "gesloten")
    nd = lt.date() + dt.timedelta(days=rng.randint(1, 6))
    s["next"] = (nd.isoformat(), rng.choice(["Restafval", "Gft", "Pmd", "Papier en karton"]))
    s["news"] = tuple(t for _, t in K.latest(NEWS_T, NEWS, when))
    s["banner"] = "kerst" if lt.month == 12 else ("lente" if lt.month in (3, 4) else None)
    return s


LABELS = {"libs": "drupal-settings-json ajaxPageState.libraries", "agg": "css/js aggregate hashes",
          "park": "recycling park open/closed block", "next": "ophaalkalender 'next collection' teaser",
          "news": "latest news view", "banner": "seasonal banner"}


def render(s, blocks, when):
    nd, frac = s["next"]
    nd = dt.date.fromisoformat(nd)
    news = "".join('<div class="views-row"><a href="/nieuws/%d">%s</a></div>' % (NEWS.index(t) + 300, K.esc(t))
                   for t in s["news"])
    banner = {"kerst": "Fijne feesten! Let op: aangepaste openingsuren tijdens de kerstvakantie.",
              "lente": "Grote lenteschoonmaak? Check de drukte op de recyclageparken.", None: ""}[s["banner"]]
    banner = '<div class="site-banner" role="region">%s</div>' % banner if banner else ""
    side = ('<div class="block block-ivak-park"><p>Recyclagepark %s is nu <strong>%s</strong></p></div>'
            '<div class="block block-ivak-ophaalkalender"><p>Volgende ophaling: %s %s</p></div>'
            % (s["park"][0], s["park"][1], K.esc(frac), "%d %s" % (nd.day, K.MONTHS["nl"][nd.month - 1])))
    if when < REDESIGN:
        body = K.render_blocks(blocks)
        content = ('<article role="article" class="node node--type-page node--view-mode-full">'
                   '<div class="node__content">'
                   '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary '
                   'field--label-hidden field__item">%s</div></div></article>' % body)
        theme, drv = "ivak2019", "9.5.11"
    else:
        body = K.render_blocks(blocks, tags={"table": ' class="table table--striped"'})
        content = ('<article class="node node--page node--full"><div class="node__paragraphs">'
                   '<div class="paragraph paragraph--type--text paragraph--view-mode--default">'
                   '<div class="paragraph__content rich-text">%s</div></div></div></article>' % body)
        theme, drv = "ivak_olivero", "10.2.6"
    return """<!DOCTYPE html>
<html lang="nl-BE" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal %(dv)s (https://www.drupal.org)">
<title>Privacyverklaring | IVAK</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%(agg)s.css?delta=0&amp;language=nl&amp;theme=%(th)s&amp;include=eJx">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/18","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"nl"},"pluralDelimiter":"\\u0003","ajaxPageState":{"libraries":"%(libs)s","theme":"%(th)s","theme_token":null},"user":{"uid":0,"permissionsHash":"3f1e0a9c2b7d4e5f6a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f"}}</script>
</head>
<body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Overslaan en naar de inhoud gaan</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
%(banner)s
<header class="site-header"><a href="/" rel="home"><img src="/themes/custom/%(th)s/logo.svg" alt="IVAK"></a>
<nav role="navigation"><ul class="menu"><li><a href="/ophaling">Ophaling</a></li><li><a href="/recyclageparken">Recyclageparken</a></li><li><a href="/diftar">Diftar</a></li><li><a href="/e-loket">E-loket</a></li><li><a href="/nieuws">Nieuws</a></li></ul></nav></header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content"><h1 class="page-title visually-hidden"><span class="field field--name-title">Privacyverklaring</span></h1>
%(content)s
</div>
<aside class="layout-sidebar-first" role="complementary">%(side)s
<div class="views-element-container block"><h2>Nieuws</h2><div class="view view-nieuws view-display-id-block_1">%(news)s</div></div></aside>
</main>
<footer class="site-footer"><p>IVAK – Kanaalweg 12 – 2440 Geel – 014 56 78 90</p><p><a href="/privacyverklaring">Privacy</a> | <a href="/cookies">Cookies</a> | <a href="/toegankelijkheid">Toegankelijkheid</a></p></footer>
</div>
<script src="/sites/default/files/js/js_%(agg2)s.js?scope=footer&amp;delta=0&amp;language=nl&amp;theme=%(th)s"></script>
</body>
</html>
""" % {"dv": drv, "agg": s["agg"], "th": theme, "libs": s["libs"], "banner": banner, "content": content,
       "side": side, "news": news, "agg2": s["agg"][::-1]}


PAGE = {
    "service": "IVAK", "url": URL, "lang": "nl-BE", "platform": "Drupal 9 -> Drupal 10 + Paragraphs",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 1, 15), "end": dt.date(2026, 3, 31), "hours": (2, 4, 7),
    "policy": POLICY, "first_updated": dt.date(2021, 10, 4), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".node--page .paragraph--type--text .rich-text"]},
    "history": [{"fetch": URL, "select": [".node--type-page .field--name-body"], "validUntil": "2024-06-11T07:00:00Z"}],
}
