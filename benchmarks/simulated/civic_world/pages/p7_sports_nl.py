"""A Dutch sports federation's privacy statement on Nuxt with Storyblok as headless CMS: Nuxt 2 (SSR, window.__NUXT__
payload holding the rich text, /_nuxt/<hash>.js chunks) until 2024-05-06, then Nuxt 3 (__NUXT_DATA__ JSON payload,
entry.<hash>.js, buildId) with a new design. The statement's sections are COLLAPSED ACCORDIONS inside
section.privacy-statement (Nuxt 2: button + panel with style="display:none"; Nuxt 3: <details>/<summary>), whose
scoped-style data-v-xxxxxxxx attributes change at each deploy (attribute-only noise inside the selected
container, no curator removes it). Beside it: a "Laatste nieuws" rail (three latest news items) and a countdown to
the next national championship; chunk hashes per deploy. The declaration's selector holds in both templates."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MAANDEN[d.month - 1], d.year)


POLICY = """# Privacyverklaring

Laatst gewijzigd op {UPDATED}

De Nederlandse Atletiek- en Trailrunbond (NATB) is de landelijke sportbond voor atletiek, hardlopen en trailrunning, met ruim 420 aangesloten verenigingen en loopgroepen. Om wedstrijden te organiseren, licenties te verstrekken en onze leden te informeren verwerken wij persoonsgegevens. In deze privacyverklaring lees je welke gegevens dat zijn, waarom we ze nodig hebben en welke rechten je hebt op grond van de Algemene verordening gegevensbescherming (AVG).

## Wie is verantwoordelijk?

De NATB is verwerkingsverantwoordelijke voor de verwerkingen die in deze verklaring worden beschreven.

@ Nederlandse Atletiek- en Trailrunbond
@ Papendallaan 60
@ 6816 VD Arnhem
@ Telefoon: 026 483 41 00
@ privacy@natb.nl

Je vereniging is zelf verantwoordelijk voor de ledenadministratie van de vereniging. De NATB en de verenigingen maken daarover afspraken in het Reglement gegevensverwerking, dat onderdeel is van de statuten van de bond.

## Welke gegevens verwerken wij?

- Naam, geslacht en geboortedatum;
- adres, e-mailadres en telefoonnummer;
- relatienummer, vereniging en soort lidmaatschap;
- wedstrijdlicentie, categorie en prestaties (uitslagen, records en ranglijsten);
- kwalificaties als trainer, jurylid of official, inclusief een eventuele Verklaring Omtrent het Gedrag (VOG);
- gegevens over tuchtrechtelijke uitspraken, voor zover die op jou betrekking hebben;
- foto's en video's die tijdens wedstrijden en evenementen worden gemaakt.

## Waarvoor gebruiken we je gegevens?

| Doel | Grondslag |
| --- | --- |
| Ledenadministratie en contributie-inning via de vereniging | Uitvoering van de overeenkomst (lidmaatschap) |
| Verstrekken van wedstrijdlicenties en inschrijving voor wedstrijden | Uitvoering van de overeenkomst |
| Publiceren van uitslagen, ranglijsten en records | Gerechtvaardigd belang |
| Opleiden en registreren van trainers, juryleden en officials | Uitvoering van de overeenkomst |
| Uitvoeren van het tuchtrecht en het dopingreglement | Wettelijke verplichting en gerechtvaardigd belang |
| Versturen van de digitale nieuwsbrief | Toestemming |

## Publicatie van uitslagen

Uitslagen van wedstrijden worden met naam, vereniging, categorie en prestatie op onze website en in de uitslagendienst gepubliceerd. Dit hoort bij de wedstrijdsport: prestaties moeten controleerbaar zijn en records moeten kunnen worden erkend. Heb je een zwaarwegende reden om niet met je volledige naam in de uitslagen te verschijnen, neem dan contact met ons op; we zoeken dan samen naar een oplossing.

## Met wie delen we gegevens?

We delen je gegevens alleen als dat nodig is. Ontvangers zijn onder meer je eigen vereniging, wedstrijdorganisatoren (voor de inschrijving en tijdregistratie), het Instituut Sportrechtspraak (bij tuchtzaken), de Dopingautoriteit en World Athletics (bij internationale wedstrijden). Met onze verwerkers hebben we een verwerkersovereenkomst gesloten:

| Verwerker | Dienst |
| --- | --- |
| Sportlink Services B.V. | Ledenadministratie en wedstrijdsoftware |
| Storyblok GmbH | Contentbeheer van de website |
| Mailchimp (Intuit Inc.) | Verzending van de nieuwsbrief |
| MyLaps B.V. | Tijdregistratie bij wedstrijden |

## Hoe lang bewaren we je gegevens?

We bewaren je gegevens zolang je lid bent en tot twee jaar na het einde van je lidmaatschap. Uitslagen, records en ranglijsten bewaren we onbeperkt voor historische en statistische doeleinden. Tuchtrechtelijke uitspraken worden vijf jaar na het onherroepelijk worden van de uitspraak verwijderd. Financiële gegevens bewaren we zeven jaar, zoals de fiscale bewaarplicht voorschrijft.

## Inschrijven voor wedstrijden

Voor veel wedstrijden schrijf je je in via het inschrijfsysteem van de organiserende vereniging of via een extern platform. De organisator is dan zelf verantwoordelijk voor de gegevens die je daar invult. Wij ontvangen van de organisator alleen de uitslagen en, bij wedstrijden waarvoor een licentie nodig is, je licentienummer, zodat we kunnen controleren of je startgerechtigd bent. Voor een daglicentie bij loopevenementen verwerken we je naam, geboortedatum en e-mailadres om de bijbehorende ongevallenverzekering te regelen.

## Foto's en video's

Tijdens wedstrijden en evenementen maken fotografen in opdracht van de NATB foto's en video-opnamen, die we gebruiken voor verslaggeving op onze website en sociale media. Wil je niet herkenbaar in beeld? Meld dit dan bij de organisatie of stuur ons een e-mail; we verwijderen de betreffende foto dan zo snel mogelijk.

## Minderjarigen

Veel van onze atleten zijn jonger dan zestien jaar. Voor de inschrijving van jeugdleden vragen we via de vereniging toestemming van een ouder of verzorger, bijvoorbeeld voor het publiceren van foto's. Uitslagen van pupillen publiceren we alleen met voornaam, eerste letter van de achternaam en vereniging.

## Beveiliging

We nemen passende technische en organisatorische maatregelen om je gegevens te beveiligen tegen verlies en onrechtmatig gebruik. Medewerkers en vrijwilligers hebben alleen toegang tot de gegevens die ze voor hun taak nodig hebben en hebben een geheimhoudingsverklaring getekend. Bij een datalek handelen we volgens ons protocol en melden we het lek, als dat nodig is, binnen 72 uur bij de Autoriteit Persoonsgegevens.

## Cookies

Op onze website gebruiken we functionele en analytische cookies. Voor marketingcookies en ingesloten video's vragen we eerst je toestemming via de cookiebanner. Meer informatie vind je in onze cookieverklaring.

## Jouw rechten

Je hebt het recht om je gegevens in te zien, te laten corrigeren of te laten verwijderen. Ook kun je bezwaar maken tegen een verwerking, vragen om beperking van de verwerking en je gegevens laten overdragen. Een verzoek kun je sturen naar privacy@natb.nl. We reageren binnen vier weken.

Ben je het niet eens met de manier waarop we met je gegevens omgaan, dan kun je een klacht indienen bij de Autoriteit Persoonsgegevens, Postbus 93374, 2509 AJ Den Haag.

## Wijzigingen

We kunnen deze privacyverklaring aanpassen, bijvoorbeeld als onze dienstverlening of de wetgeving verandert. De datum bovenaan laat zien wanneer de verklaring voor het laatst is gewijzigd. Bij belangrijke wijzigingen informeren we de verenigingen via de verenigingsnieuwsbrief."""

EDITS = [
    {"note": "newsletter processor replaced: Mailchimp -> Laposta",
     "repl": [("| Mailchimp (Intuit Inc.) | Verzending van de nieuwsbrief |", "| Laposta B.V. | Verzending van de nieuwsbrief |")]},
    {"note": "word order fixed: 'gegevens laten overdragen' -> 'gegevens over laten dragen' (no date change)", "bump": False,
     "repl": [("en je gegevens laten overdragen.", "en je gegevens over laten dragen.")]},
    {"note": "sentence added: reports to Centrum Veilige Sport Nederland",
     "repl": [("het Instituut Sportrechtspraak (bij tuchtzaken),",
               "het Instituut Sportrechtspraak en het Centrum Veilige Sport Nederland (bij tuchtzaken en meldingen van grensoverschrijdend gedrag),")]},
    {"note": "disciplinary rulings retention changed from five years to five/thirty years (sexual misconduct register)",
     "repl": [("Tuchtrechtelijke uitspraken worden vijf jaar na het onherroepelijk worden van de uitspraak verwijderd.",
               "Tuchtrechtelijke uitspraken worden vijf jaar na het onherroepelijk worden van de uitspraak verwijderd. "
               "Uitspraken over seksuele intimidatie worden, conform het landelijke registratiesysteem van NOC*NSF, "
               "dertig jaar bewaard.")]},
    {"note": "phone number changed",
     "repl": [("@ Telefoon: 026 483 41 00", "@ Telefoon: 026 750 22 90")]},
]

NEWS = [
    (dt.date(2022, 10, 30), "Recordaantal deelnemers bij NK Cross in Rotterdam"),
    (dt.date(2023, 2, 19), "Vijf nationale titels bij NK Indoor Apeldoorn"),
    (dt.date(2023, 4, 16), "Nieuw Nederlands record op de marathon"),
    (dt.date(2023, 8, 27), "Sterke Nederlandse ploeg terug van WK Boedapest"),
    (dt.date(2023, 11, 12), "Trailrunners halen brons bij EK in Annecy"),
    (dt.date(2024, 2, 18), "NK Indoor: spannende finales op de 60 meter"),
    (dt.date(2024, 6, 12), "EK Rome: zes medailles voor Nederland"),
    (dt.date(2024, 8, 11), "Olympische Spelen Parijs: terugblik op een historische week"),
    (dt.date(2025, 2, 23), "NK Indoor 2025: twee nationale records"),
    (dt.date(2025, 5, 14), "Nieuwe opleiding jurylid online van start"),
    (dt.date(2025, 9, 21), "WK Tokio: finaleplaats voor estafetteploeg"),
]
NK = [dt.date(2023, 2, 18), dt.date(2023, 7, 29), dt.date(2024, 2, 17), dt.date(2024, 6, 29), dt.date(2025, 2, 22),
      dt.date(2025, 7, 26), dt.date(2026, 2, 21)]
NUXT3 = dt.date(2024, 5, 6)


def noise(rng, when, i, prev):
    prev = prev or {}
    d = when.date()
    gen = "Nuxt 3" if d >= NUXT3 else "Nuxt 2"
    nk = [x for x in NK if x >= d][0]
    same = prev.get("gen") == gen
    deploy = C.keep_or(rng, prev.get("deploy") if same else None, 0.35,
                       lambda: (C.hexs(rng, 8), C.hexs(rng, 8), C.hexs(rng, 7), C.uuid4(rng)))
    return {"gen": gen, "deploy": deploy,
            "news": tuple(t for nd, t in NEWS if nd <= d)[-3:][::-1],
            "nk": ("NK Indoor" if nk.month < 5 else "NK Baan", (nk - d).days, nk.isoformat())}


LABELS = {"gen": "Nuxt 2 -> Nuxt 3 upgrade (template change)", "deploy": "deploy: chunk hashes, data-v scopes, buildId",
          "news": "Laatste nieuws rail", "nk": "countdown to national championship"}


def _payload(blocks):
    return [{"type": b[0], "content": b[1]} for b in blocks]


def _sections(blocks, dv, gen):
    head, secs = C.split_sections(blocks)
    out = [C.blocks_html(head).replace("<h1>", '<h1 %s class="privacy-statement__title">' % dv).replace("<p>", "<p %s>" % dv)]
    out.append('<div %s class="accordion">' % dv)
    for n, (title, bl) in enumerate(secs):
        inner = C.blocks_html(bl, {"table": "table"})
        if gen == "Nuxt 2":
            out.append('<div %(dv)s class="accordion__item"><h2 %(dv)s class="accordion__heading"><button %(dv)s type="button" '
                       'aria-expanded="false" aria-controls="accordion-panel-%(n)d" id="accordion-trigger-%(n)d" class="accordion__trigger">'
                       '%(t)s<span %(dv)s class="accordion__icon"></span></button></h2><div %(dv)s id="accordion-panel-%(n)d" role="region" '
                       'aria-labelledby="accordion-trigger-%(n)d" class="accordion__panel" style="display:none;"><div %(dv)s class="rich-text">%(inner)s</div></div></div>'
                       % {"dv": dv, "n": n, "t": C.inline_html(title), "inner": inner})
        else:
            out.append('<details %(dv)s class="accordion-item"><summary %(dv)s class="accordion-item__summary"><h2 %(dv)s class="accordion-item__title">%(t)s</h2>'
                       '<svg %(dv)s class="accordion-item__chevron" width="16" height="16" aria-hidden="true"><use href="#icon-chevron"></use></svg></summary>'
                       '<div %(dv)s class="accordion-item__content rich-text">%(inner)s</div></details>'
                       % {"dv": dv, "t": C.inline_html(title), "inner": inner})
    out.append("</div>")
    return "\n".join(out)


def render(s, blocks, when):
    h1, h2, h3, bid = s["deploy"]
    dv = "data-v-" + h1
    nk_name, nk_days, nk_date = s["nk"]
    news = "".join('<li %s class="news-rail__item"><a %s href="/nieuws/%s" class="news-rail__link">%s</a></li>'
                   % ("data-v-" + h2, "data-v-" + h2, C.det_sha(t)[:6], t) for t in s["news"])
    content = _sections(blocks, dv, s["gen"])
    nav = [("Wedstrijden", "/wedstrijden"), ("Uitslagen", "/uitslagen"), ("Opleidingen", "/opleidingen"),
           ("Verenigingen", "/verenigingen"), ("Nieuws", "/nieuws")]
    if s["gen"] == "Nuxt 2":
        navh = "".join('<li data-v-%s class="main-nav__item"><a data-v-%s href="%s" class="main-nav__link">%s</a></li>' % (h2, h2, u, t) for t, u in nav)
        payload = json.dumps({"layout": "default", "data": [{"story": {"name": "Privacyverklaring", "slug": "privacy",
                              "content": {"component": "page", "body": _payload(blocks)}}}], "fetch": {}, "error": None,
                              "serverRendered": True, "routePath": "/privacy",
                              "config": {"_app": {"basePath": "/", "assetsPath": "/_nuxt/", "cdnURL": None}}},
                             ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
        return """<!doctype html>
<html lang="nl" data-n-head="%%7B%%22lang%%22:%%7B%%221%%22:%%22nl%%22%%7D%%7D">
  <head>
    <title>Privacyverklaring | NATB</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" data-hid="description" name="description" content="Lees hoe de NATB met jouw persoonsgegevens omgaat."><link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico"><link data-n-head="ssr" rel="canonical" href="https://www.natb.nl/privacy"><script data-n-head="ssr" src="https://consent.cookiebot.com/uc.js" data-cbid="6a1f3c2e-9b8d-4e7a-b5c0-2d4f6e8a0b1c" data-blockingmode="auto" type="text/javascript"></script><link rel="preload" href="/_nuxt/%(h3)s.js" as="script"><link rel="preload" href="/_nuxt/%(h3b)s.js" as="script"><link rel="preload" href="/_nuxt/%(h3c)s.js" as="script"><style data-vue-ssr-id="%(h1)s:0 %(h2)s:0">.accordion__trigger[data-v-%(h1)s]{display:flex;width:100%%;justify-content:space-between}.news-rail__item[data-v-%(h2)s]{border-bottom:1px solid #e5e7eb}</style>
  </head>
  <body>
    <div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div data-v-%(h2)s class="layout">
<header data-v-%(h2)s class="site-header"><a data-v-%(h2)s href="/" class="site-header__logo nuxt-link-active"><img data-v-%(h2)s src="/img/natb-logo.svg" alt="NATB"></a><nav data-v-%(h2)s class="main-nav"><ul data-v-%(h2)s class="main-nav__list">%(navh)s</ul></nav><a data-v-%(h2)s href="/word-lid" class="button button--primary">Word lid</a></header>
<div data-v-%(h2)s class="countdown-bar">Nog <strong data-v-%(h2)s>%(nkd)d dagen</strong> tot het %(nkn)s · <a data-v-%(h2)s href="/wedstrijden/%(nkn_slug)s-%(nkdate)s">Bestel tickets</a></div>
<main data-v-%(h2)s class="page page--content"><div data-v-%(h2)s class="container grid">
<section %(dv)s class="privacy-statement">
%(content)s
</section>
<aside data-v-%(h2)s class="news-rail"><h2 data-v-%(h2)s class="news-rail__title">Laatste nieuws</h2><ul data-v-%(h2)s>%(news)s</ul></aside>
</div></main>
<footer data-v-%(h2)s class="site-footer"><ul data-v-%(h2)s class="site-footer__links"><li data-v-%(h2)s><a data-v-%(h2)s href="/privacy" aria-current="page" class="nuxt-link-exact-active nuxt-link-active">Privacyverklaring</a></li><li data-v-%(h2)s><a data-v-%(h2)s href="/cookies">Cookieverklaring</a></li><li data-v-%(h2)s><a data-v-%(h2)s href="/contact">Contact</a></li></ul><p data-v-%(h2)s>© NATB · Papendallaan 60, Arnhem</p></footer>
</div></div></div><script>window.__NUXT__=%(payload)s</script><script src="/_nuxt/%(h3)s.js" defer></script><script src="/_nuxt/%(h3b)s.js" defer></script><script src="/_nuxt/%(h3c)s.js" defer></script>
  </body>
</html>
""" % {"h1": h1, "h2": h2, "h3": h3, "h3b": C.det_sha("b", h3)[:7], "h3c": C.det_sha("c", h3)[:7], "dv": dv,
           "navh": navh, "nkd": nk_days, "nkn": nk_name, "nkn_slug": nk_name.lower().replace(" ", "-"), "nkdate": nk_date,
           "content": content, "news": news, "payload": payload}
    navh = "".join('<li data-v-%s><a href="%s" class="nav-link" data-v-%s>%s</a></li>' % (h2, u, h2, t) for t, u in nav)
    data = json.dumps([["ShallowReactive", 1], {"data": 2, "state": 3, "once": 4, "_errors": 5, "serverRendered": 6, "path": 7},
                       {"story-privacy": {"name": "Privacyverklaring", "content": {"component": "page", "body": _payload(blocks)}}},
                       {}, ["Set"], {}, True, "/privacy"], ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return """<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Privacyverklaring · NATB</title>
<link rel="stylesheet" href="/_nuxt/entry.%(h3)s.css" crossorigin>
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%(c1)s.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%(c2)s.js">
<link rel="prefetch" as="image" type="image/svg+xml" href="/_nuxt/natb-logo.%(c3)s.svg">
<script type="module" src="/_nuxt/%(c1)s.js" crossorigin></script>
<meta name="description" content="Lees hoe de NATB met jouw persoonsgegevens omgaat.">
<link rel="canonical" href="https://www.natb.nl/privacy">
<script src="https://consent.cookiebot.com/uc.js" data-cbid="6a1f3c2e-9b8d-4e7a-b5c0-2d4f6e8a0b1c" data-blockingmode="auto"></script></head>
<body><div id="__nuxt"><div class="app" data-v-%(h2)s>
<header class="header" data-v-%(h2)s><div class="header__inner container" data-v-%(h2)s><a href="/" class="header__logo router-link-active" data-v-%(h2)s><img src="/_nuxt/natb-logo.%(c3)s.svg" alt="NATB" data-v-%(h2)s></a><nav class="header__nav" aria-label="Hoofdmenu" data-v-%(h2)s><ul data-v-%(h2)s>%(navh)s</ul></nav><a href="/word-lid" class="btn btn--accent" data-v-%(h2)s>Word lid</a></div></header>
<div class="countdown" data-v-%(h2)s><span data-v-%(h2)s>Nog %(nkd)d dagen tot het %(nkn)s</span><a href="/wedstrijden/%(nkn_slug)s-%(nkdate)s" data-v-%(h2)s>Tickets</a></div>
<main class="content-page container" data-v-%(h2)s>
<section %(dv)s class="privacy-statement prose">
%(content)s
</section>
<aside class="news-rail" data-v-%(h2)s><h2 data-v-%(h2)s>Laatste nieuws</h2><ul data-v-%(h2)s>%(news)s</ul></aside>
</main>
<footer class="footer" data-v-%(h2)s><div class="container" data-v-%(h2)s><a href="/privacy" class="router-link-active router-link-exact-active" aria-current="page" data-v-%(h2)s>Privacyverklaring</a> · <a href="/cookies" data-v-%(h2)s>Cookieverklaring</a> · <a href="/contact" data-v-%(h2)s>Contact</a></div></footer>
</div></div><div id="teleports"></div><script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">%(data)s</script>
<script>window.__NUXT__={};window.__NUXT__.config={public:{storyblok:{version:"published"}},app:{baseURL:"/",buildId:"%(bid)s",buildAssetsDir:"/_nuxt/",cdnURL:""}}</script></body>
</html>
""" % {"h2": h2, "h3": h3, "c1": C.det_sha("c1", h3)[:8], "c2": C.det_sha("c2", h3)[:8], "c3": C.det_sha("c3", h3)[:8],
       "navh": navh, "nkd": nk_days, "nkn": nk_name, "nkn_slug": nk_name.lower().replace(" ", "-"), "nkdate": nk_date,
       "dv": dv, "content": content, "news": news, "data": data, "bid": bid}


PAGE = {
    "service": "NATB Atletiek- en Trailrunbond",
    "url": "https://www.natb.nl/privacy",
    "lang": "nl",
    "platform": "Nuxt 2 then Nuxt 3 (SSR) with Storyblok",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": [("Server", "Vercel"), ("X-Powered-By", "Nuxt"), ("Cache-Control", "public, max-age=0, must-revalidate")],
    "n": 30,
    "start": dt.date(2022, 11, 20),
    "end": dt.date(2025, 11, 30),
    "hours": (0, 12),
    "policy": POLICY,
    "first_updated": dt.date(2022, 6, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.natb.nl/privacy", "select": "section.privacy-statement"},
}
