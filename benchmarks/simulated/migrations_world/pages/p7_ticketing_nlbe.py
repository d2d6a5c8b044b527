"""Zaalkaart (a ticketing platform), Belgian Dutch: a Jekyll site with Markdown pages (2019) -> Nextra, MDX
with components (2021) -> Nuxt with Storyblok (2023).

Jekyll -> Nextra: headings get an anchor span and a permalink, one paragraph becomes an MDX <Callout> with an
emoji icon, the table gets Nextra's classes, e-mail split by a span, links stay relative. Nextra -> Nuxt/Storyblok
(pure): Storyblok's rich-text field has no lists the editors used, so bulleted lists become one paragraph of
"– " lines split by <br>, numbered lists hand-numbered "1)" paragraphs, the retention table a <dl>, and the
"last updated" line moves to the foot of the page: the words a selector reaches change order and gain markers.
Noise: Cloudflare's per-response challenge parameters, Next.js buildId, Nuxt's payload and Storyblok's cache
version, a rotating "nu in de verkoop" strip.
"""
import datetime as dt
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import mwlib as M  # noqa: E402

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MAANDEN[d.month - 1], d.year)


POLICY = """# Privacyverklaring van Zaalkaart

Laatst bijgewerkt op {UPDATED}

Zaalkaart bv verkoopt tickets voor concerten, voorstellingen en festivals in België namens de organisatoren van die evenementen. In deze privacyverklaring leggen we uit welke persoonsgegevens we verwerken wanneer je een ticket koopt, een account aanmaakt of onze website bezoekt, en welke rechten je hebt volgens de Algemene Verordening Gegevensbescherming (AVG).

## Wie zijn wij?

@ Zaalkaart bv
@ Kortrijksesteenweg 1092
@ 9051 Gent
@ Ondernemingsnummer BE 0712.456.389

Voor vragen over privacy kan je terecht bij onze functionaris voor gegevensbescherming via [privacy@zaalkaart.be](mailto:privacy@zaalkaart.be).

## Welke gegevens verwerken we?

- je naam en e-mailadres
- je telefoonnummer, als je dat opgeeft voor sms-meldingen
- de tickets die je koopt en de evenementen die je bezoekt
- betaalgegevens, die rechtstreeks door onze betaalprovider worden verwerkt
- technische gegevens zoals je IP-adres en browsertype

## Waarvoor gebruiken we je gegevens?

We gebruiken je gegevens om je bestelling af te handelen en je tickets te bezorgen, om je op de hoogte te houden van wijzigingen aan een evenement waarvoor je een ticket hebt, en om misbruik zoals doorverkoop tegen woekerprijzen te voorkomen. Met je toestemming sturen we je ook onze nieuwsbrief.

## Delen met organisatoren

Wanneer je een ticket koopt, geven we je naam en e-mailadres door aan de organisator van het evenement. De organisator is zelf verantwoordelijk voor wat hij daarna met die gegevens doet. Dat staat ook vermeld op de pagina van het evenement.

## Hoelang bewaren we je gegevens?

| Gegevens | Bewaartermijn |
| Bestellingen en facturen | 7 jaar, wettelijke verplichting |
| Account zonder aankopen | 2 jaar na de laatste aanmelding |
| Nieuwsbriefinschrijving | tot je je uitschrijft |

## Jouw rechten

Je hebt het recht om:

1. je gegevens in te kijken
2. onjuiste gegevens te laten verbeteren
3. je gegevens te laten wissen
4. je te verzetten tegen het gebruik voor direct marketing

Je kan een klacht indienen bij de [Gegevensbeschermingsautoriteit](https://www.gegevensbeschermingsautoriteit.be). We horen het wel graag eerst van jou, zodat we het probleem samen kunnen oplossen.

## Cookies

Meer informatie over de cookies die we gebruiken, vind je in ons [cookiebeleid](/nl/cookies).

## Beveiliging

We nemen passende technische en organisatorische maatregelen om je gegevens te beschermen tegen verlies, misbruik en ongeoorloofde toegang. Alle verbindingen met onze website zijn versleuteld, medewerkers hebben alleen toegang tot de gegevens die ze voor hun werk nodig hebben, en we laten onze systemen regelmatig testen door externe specialisten. Merken we toch een datalek op dat een risico voor jou inhoudt, dan brengen we je daar zo snel mogelijk van op de hoogte.

## Doorgifte buiten de Europese Unie

Onze servers staan in de Europese Unie. Sommige dienstverleners, zoals de leverancier van onze e-mailsoftware, kunnen gegevens verwerken buiten de Europese Economische Ruimte. In dat geval gebeurt dat alleen op basis van een adequaatheidsbesluit van de Europese Commissie of met de standaardcontractbepalingen van de Europese Commissie.

## Wijzigingen

We kunnen deze privacyverklaring aanpassen wanneer onze diensten of de wetgeving veranderen. De datum bovenaan toont wanneer de verklaring voor het laatst werd bijgewerkt. Bij belangrijke wijzigingen sturen we je een e-mail als je een account hebt.

## Toegangscontrole aan de ingang

Bij de ingang van een evenement scant de organisator de barcode van je ticket. Daarbij wordt geregistreerd dat het ticket gebruikt is, zodat niemand anders er nog mee binnen kan. Voor gepersonaliseerde tickets kan de organisator je vragen een identiteitsbewijs te tonen, maar die gegevens worden door ons niet opgeslagen. Als je je ticket doorgeeft aan een vriend via ons platform, verwerken we ook de naam en het e-mailadres van de nieuwe houder."""

EDITS = [
    {"at": 0.12, "note": "a list item: date of birth for age-restricted events",
     "repl": [("- je naam en e-mailadres", "- je naam en e-mailadres\n- je geboortedatum, voor evenementen met een leeftijdsgrens")]},
    {"at": 0.28, "note": "a sentence: the organiser may contact you about the event",
     "repl": [("Dat staat ook vermeld op de pagina van het evenement.", "Dat staat ook vermeld op de pagina van het evenement. De organisator mag je contacteren over praktische wijzigingen aan het evenement.")]},
    {"at": 0.47, "note": "a table row: resale-platform listings", "repl": [
        ("| Nieuwsbriefinschrijving |", "| Tickets op het doorverkoopplatform | 1 jaar na het evenement |\n| Nieuwsbriefinschrijving |")]},
    {"at": 0.6, "note": "date-only update of 'Laatst bijgewerkt'", "repl": []},
    {"at": 0.85, "note": "a word: 'doorverkoop tegen woekerprijzen' -> 'doorverkoop boven de nominale prijs'",
     "repl": [("doorverkoop tegen woekerprijzen", "doorverkoop boven de nominale prijs")]},
]

VERKOOP = ["Nu in de verkoop: Gentse Feesten 2021", "Nu in de verkoop: Rock Werchter", "Nu in de verkoop: Lokerse Feesten",
           "Uitverkocht: Tomorrowland weekend 1", "Nu in de verkoop: Comedy Casino Tour"]


def cf_params(s):
    return "<script>(function(){window['__CF$cv$params']={r:'%s',t:'%s'};})();</script>" % (s["ray"], s["cft"])


# ---- phase 0: Jekyll (minima)
ST_J = {"h1": '<h1 class="post-title">{t}</h1>', "h2": '<h2 id="{id}">{t}</h2>',
        "table": {"kind": "table", "outer": "<table>\n  <thead>\n    <tr>{head}</tr>\n  </thead>\n  <tbody>{body}</tbody>\n</table>"}}


def r_jekyll(s, blocks, di, when):
    title = M.block_html(blocks[0], ST_J, 0, di)
    body = M.body_html(blocks, ST_J, di, skip={0})
    return """<!DOCTYPE html>
<html lang="nl-BE"><head><meta charset="utf-8"><meta name="generator" content="Jekyll v3.8.5" /><title>Privacyverklaring | Zaalkaart</title>
<link rel="stylesheet" href="/assets/main.css?v=%s">%s</head>
<body><header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">Zaalkaart</a><nav class="site-nav"><a class="page-link" href="/nl/concerten/">Concerten</a><a class="page-link" href="/nl/theater/">Theater</a></nav></div>
<div class="verkoop-strip">%s</div></header>
<main class="page-content" aria-label="Content"><div class="wrapper"><article class="post">
<header class="post-header">%s</header>
<div class="post-content">
%s
</div></article></div></main>
<footer class="site-footer h-card"><div class="wrapper"><p>Zaalkaart bv · Gent</p></div></footer></body></html>""" % (
        s["v"], cf_params(s), s["verkoop"], title, body)


# ---- phase 1: Nextra (MDX)
ST_NX = {"h1": '<h1 class="nx-mt-2 nx-text-4xl nx-font-bold nx-tracking-tight nx-text-slate-900 dark:nx-text-slate-100">{t}</h1>',
         "h2": '<h2 class="nx-font-semibold nx-tracking-tight nx-text-slate-900 dark:nx-text-slate-100 nx-mt-10 nx-border-b nx-pb-1 nx-text-3xl">{t}<span class="nx-absolute -nx-mt-20" id="{id}"></span><a href="#{id}" class="subheading-anchor" aria-label="Permalink for this section"></a></h2>',
         "p": '<p class="nx-mt-6 nx-leading-7 first:nx-mt-0">{t}</p>',
         "ul": {"outer": '<ul class="nx-mt-6 nx-list-disc first:nx-mt-0 ltr:nx-ml-6 rtl:nx-mr-6">{items}</ul>', "item": '<li class="nx-my-2">{t}</li>'},
         "ol": {"outer": '<ol class="nx-mt-6 nx-list-decimal first:nx-mt-0 ltr:nx-ml-6 rtl:nx-mr-6">{items}</ol>', "item": '<li class="nx-my-2">{t}</li>'},
         "addr": {"outer": '<p class="nx-mt-6 nx-leading-7 first:nx-mt-0">{items}</p>', "item": "{t}", "sep": "<br/>"},
         "table": {"kind": "table", "outer": '<table class="nx-block nx-overflow-x-scroll nextra-scrollbar nx-mt-6 nx-p-0 first:nx-mt-0"><thead><tr class="nx-m-0 nx-border-t nx-border-gray-300 nx-p-0">{head}</tr></thead><tbody>{body}</tbody></table>',
                   "th": '<th class="nx-m-0 nx-border nx-border-gray-300 nx-px-4 nx-py-2 nx-font-semibold">{t}</th>',
                   "td": '<td class="nx-m-0 nx-border nx-border-gray-300 nx-px-4 nx-py-2">{t}</td>'},
         "email": "span", "email_class": "nx-text-primary-600 nx-underline", "sep": ""}


def r_nextra(s, blocks, di, when):
    parts = []
    for j, b in enumerate(blocks):
        h = M.block_html(b, ST_NX, j, di)
        if b[0] == "p" and b[1].startswith("Wanneer je een ticket koopt"):  # the organiser paragraph as an MDX <Callout>
            h = ('<div class="nextra-callout nx-overflow-x-auto nx-mt-6 nx-flex nx-rounded-lg nx-border nx-py-2 ltr:nx-pr-4 rtl:nx-pl-4 contrast-more:nx-border-current '
                 'nx-border-orange-100 nx-bg-orange-50 nx-text-orange-800"><div class="nx-select-none nx-text-xl ltr:nx-pl-3 ltr:nx-pr-2" '
                 'style="font-family:&quot;Apple Color Emoji&quot;">\U0001f4a1</div><div class="nx-w-full nx-min-w-0 nx-leading-7">%s</div></div>' % h)
        parts.append(h)
    return """<!DOCTYPE html><html lang="nl-BE" dir="ltr"><head><meta charSet="utf-8"/><title>Privacyverklaring – Zaalkaart</title>
<link rel="stylesheet" href="/_next/static/css/%s.css"/>%s</head><body><div id="__next"><div dir="ltr">
<div class="nextra-nav-container nx-sticky nx-top-0"><nav class="nx-mx-auto nx-flex nx-h-[var(--nextra-navbar-height)]"><a class="nx-flex nx-items-center" href="/nl">Zaalkaart</a><a href="/nl/concerten">Concerten</a></nav></div>
<div class="nextra-banner-container"><div class="nx-text-center">%s</div></div>
<div class="nx-mx-auto nx-flex nx-max-w-[90rem]"><article class="nx-w-full nx-break-words nextra-content nx-flex nx-min-h-[calc(100vh-var(--nextra-navbar-height))] nx-min-w-0 nx-justify-center nx-pb-8 nx-pr-[calc(env(safe-area-inset-right)-1.5rem)]"><main class="nx-w-full nx-min-w-0 nx-max-w-6xl nx-px-6 nx-pt-4 md:nx-px-12">%s</main></article></div>
<footer class="nx-bg-gray-100 nx-pb-[env(safe-area-inset-bottom)]"><div class="nx-mx-auto nx-flex nx-max-w-[90rem]">© Zaalkaart bv</div></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"__nextra_pageMap":[],"title":"Privacyverklaring"}},"page":"/nl/privacy","buildId":"%s","locale":"nl-BE"}</script></body></html>""" % (
        s["build"][:16].lower(), cf_params(s), s["verkoop"], "".join(parts), s["build"])


# ---- phase 2: Nuxt with Storyblok
ST_SB = {"h1": '<h1 data-v-3f1a2b7c class="page-hero__title">{t}</h1>', "h2": '<h2 data-v-9e8d7c6b class="rt-heading">{t}</h2>',
         "p": '<p data-v-9e8d7c6b>{t}</p>',
         "ul": {"outer": "<p data-v-9e8d7c6b>{items}</p>", "item": "\u2013 {t}", "sep": "<br>"},
         "ol": {"outer": "{items}", "item": "<p data-v-9e8d7c6b>{n}) {t}</p>"},
         "addr": {"outer": "<p data-v-9e8d7c6b>{items}</p>", "item": "{t}", "sep": "<br>"},
         "table": {"kind": "dl", "outer": '<dl data-v-5b4a3c2d class="retention-list">{items}</dl>'},
         "date": '<p data-v-9e8d7c6b class="rt-updated"><em>{t}</em></p>', "sep": ""}


def r_nuxt(s, blocks, di, when):
    title = M.block_html(blocks[0], ST_SB, 0, di)
    body = M.body_html(blocks, ST_SB, di, skip={0})
    return """<!DOCTYPE html><html lang="nl-BE" data-capo=""><head><meta charset="utf-8"><title>Privacyverklaring · Zaalkaart</title>
<link rel="stylesheet" href="/_nuxt/entry.%s.css">%s</head><body><div id="__nuxt"><div class="layout">
<header class="site-header"><a href="/nl" class="logo">Zaalkaart</a><nav><a href="/nl/concerten">Concerten</a><a href="/nl/theater">Theater</a></nav><div class="sale-ticker">%s</div></header>
<main><section class="page-hero">%s</section><div class="storyblok-richtext" data-blok-c='{"name":"richtext","space":"184213","uid":"b7e0a2d4","id":"412998107"}'>%s</div></main>
<footer class="site-footer">© Zaalkaart bv · <a href="/nl/cookies">Cookies</a></footer></div></div>
<script type="application/json" id="__NUXT_DATA__" data-ssr="true">[{"state":1,"once":2,"_errors":3,"serverRendered":4},{"$sstoryblok-cv":%d},"%s"]</script>
<script type="module" src="/_nuxt/entry.%s.js" crossorigin></script></body></html>""" % (
        s["css"][:8], cf_params(s), s["verkoop"], title, body, s["cv"], s["payload"], s["css"][8:16])


PHASES = [
    {"name": "Jekyll (Markdown)", "render": r_jekyll,
     "noise": {"ray": "nonce", "cft": "b64", "v": "build", "verkoop": ("pick", VERKOOP, 0.4)},
     "declaration": {"select": "article.post"}},
    {"name": "Nextra (MDX)", "since": 0.36, "render": r_nextra, "oracle_same": True,
     "markup": "headings with an anchor span and permalink, a paragraph in an MDX <Callout> with an emoji icon, Nextra's table classes, e-mail split by a span",
     "noise": {"ray": "nonce", "cft": "b64", "build": "build", "verkoop": ("pick", VERKOOP, 0.4)},
     "declaration": {"select": "article main"}},
    {"name": "Nuxt with Storyblok", "since": 0.7, "render": r_nuxt, "order": "date_last", "oracle_same": False,
     "markup": "bulleted lists as one paragraph of '\u2013 ' lines with <br>, numbered lists hand-numbered '1)', the table as a <dl>, the date line moved to the foot, the title into a hero",
     "noise": {"ray": "nonce", "cft": "b64", "css": "build", "cv": "count", "payload": "uuid", "verkoop": ("pick", VERKOOP, 0.4)},
     "declaration": {"select": [".page-hero", ".storyblok-richtext"]}},
]

PAGE = {
    "service": "Zaalkaart", "url": "https://www.zaalkaart.be/nl/privacy",
    "start": dt.date(2019, 1, 15), "end": dt.date(2024, 7, 31), "n": 30, "hours": (0, 12),
    "policy": POLICY, "first_updated": dt.date(2018, 12, 3), "fmt_date": fmt_date,
    "edits": EDITS, "phases": PHASES,
    "labels": {"ray": "Cloudflare ray id", "cft": "Cloudflare challenge token", "v": "css version",
               "verkoop": "on-sale strip", "build": "Next.js buildId", "css": "Nuxt asset hash",
               "cv": "Storyblok cache version", "payload": "Nuxt payload id"},
}
