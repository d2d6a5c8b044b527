"""BandenPlein - nl tyre webshop with fitting and APK workshops - Magento 2.4 (Adobe Commerce) with the Hyvä theme,
Page Builder CMS page, a dynamic block and the Kiyoh review widget in content.top."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gkit as K  # noqa: E402

C = K.C
URL = "https://www.bandenplein.nl/privacyverklaring"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["nl"][d.month - 1], d.year)


POLICY = """
# Privacyverklaring

Laatst bijgewerkt op {UPDATED}

BandenPlein B.V. verkoopt banden, velgen en complete wielsets via bandenplein.nl en monteert deze in haar eigen vestigingen en bij aangesloten montagepartners. Daarnaast voeren onze werkplaatsen APK-keuringen en onderhoud uit. In deze privacyverklaring lees je welke persoonsgegevens wij daarbij verwerken en waarom.

## Wie zijn wij?

@ BandenPlein B.V.
@ Kanaalweg 17
@ 3526 KL Utrecht
@ KvK-nummer 71234567

Heb je vragen over deze privacyverklaring? Neem contact op met onze functionaris gegevensbescherming via [privacy@bandenplein.nl](mailto:privacy@bandenplein.nl) of bel 030 760 12 34.

## Welke gegevens verwerken wij?

- naam, adres, e-mailadres en telefoonnummer;
- kenteken, merk, type en kilometerstand van je auto;
- bestel- en betaalgegevens, zoals de bestelde banden, de gekozen montagelocatie en het bedrag;
- gegevens over je afspraak in de werkplaats, zoals datum, tijd en de uitgevoerde werkzaamheden;
- gegevens over opgeslagen banden in ons bandenhotel, zoals profieldiepte en opslaglocatie;
- je klantaccount en je bestelgeschiedenis;
- technische gegevens, zoals IP-adres, browsertype en het gebruik van onze website.

## Waarvoor gebruiken wij je gegevens?

Wij gebruiken je gegevens om je bestelling te verwerken en te bezorgen, om je montageafspraak of APK-keuring in te plannen en uit te voeren, om je te herinneren aan de vervaldatum van je APK of aan het wisselen van je zomer- en winterbanden, en om je vragen en klachten te behandelen.

Met je kenteken halen wij de voertuiggegevens op bij de RDW, zodat wij direct zien welke bandenmaat bij jouw auto past. Na een APK-keuring melden wij het resultaat verplicht af bij de RDW.

Als je daarvoor toestemming hebt gegeven, sturen wij je onze nieuwsbrief met aanbiedingen. Je kunt je op elk moment afmelden via de link onderaan iedere nieuwsbrief.

## Met wie delen wij je gegevens?

Wij verkopen je gegevens nooit aan derden. Wij delen je gegevens alleen met partijen die wij nodig hebben om onze diensten te leveren:

- de montagepartner die je bij je bestelling kiest;
- de RDW, voor het opvragen van voertuiggegevens en het afmelden van APK-keuringen;
- PostNL en DHL, voor het bezorgen van je bestelling;
- Mollie B.V., voor de afhandeling van betalingen;
- Kiyoh, voor het versturen van uitnodigingen om een beoordeling te schrijven;
- Meta Platforms Ireland Ltd., voor het meten van advertenties via de Meta-pixel;
- onze hostingpartij in Nederland.

Met partijen die je gegevens in onze opdracht verwerken, hebben wij een verwerkersovereenkomst gesloten.

## Hoe lang bewaren wij je gegevens?

| Gegevens | Bewaartermijn |
| Klantaccount | Tot je je account verwijdert |
| Bestellingen en facturen | 7 jaar (fiscale bewaarplicht) |
| Werkorders en APK-gegevens | 2 jaar na de laatste afspraak |
| Bandenhotel | 1 jaar na het ophalen van je banden |
| Gegevens nieuwsbrief | Tot je je afmeldt |

## Cookies

Wij gebruiken functionele en analytische cookies om de website goed te laten werken en te verbeteren. Marketingcookies plaatsen wij alleen als je daarvoor toestemming geeft. Meer informatie vind je in onze [cookieverklaring](/cookieverklaring).

## Jouw rechten

Je hebt het recht om je gegevens in te zien, te laten corrigeren of te laten verwijderen. Ook kun je bezwaar maken tegen het gebruik van je gegevens of vragen om je gegevens over te dragen. Stuur je verzoek naar [privacy@bandenplein.nl](mailto:privacy@bandenplein.nl). Wij reageren binnen vier weken.

Ben je het niet eens met hoe wij met je gegevens omgaan? Dan kun je een klacht indienen bij de [Autoriteit Persoonsgegevens](https://autoriteitpersoonsgegevens.nl).
"""

EDITS = [
    {"note": "sharing list: Klarna added for pay-later payments",
     "repl": [("- Mollie B.V., voor de afhandeling van betalingen;",
               "- Mollie B.V., voor de afhandeling van betalingen;\n- Klarna Bank AB, als je achteraf betaalt;")]},
    {"note": "retention: workshop orders and APK data 2 -> 5 years after the last appointment",
     "repl": [("| Werkorders en APK-gegevens | 2 jaar na de laatste afspraak |",
               "| Werkorders en APK-gegevens | 5 jaar na de laatste afspraak |")]},
    {"note": "new section on number-plate cameras at the workshop entrances",
     "repl": [("## Met wie delen wij je gegevens?",
               "## Kentekencamera's in onze vestigingen\n\nBij de ingang van onze werkplaatsen hangen camera's die het "
               "kenteken van binnenrijdende auto's herkennen. Zo koppelen wij je auto direct aan je afspraak. De "
               "beelden worden na 28 dagen automatisch verwijderd, tenzij wij ze nodig hebben voor het afhandelen van "
               "schade of een incident.\n\n## Met wie delen wij je gegevens?")]},
    {"note": "Meta pixel removed from the sharing list", 
     "repl": [("- Meta Platforms Ireland Ltd., voor het meten van advertenties via de Meta-pixel;\n", "")]},
    {"note": "head office moved (Kanaalweg 17, 3526 KL -> Papendorpseweg 99, 3528 BJ Utrecht), phone changed",
     "repl": [("@ Kanaalweg 17\n@ 3526 KL Utrecht", "@ Papendorpseweg 99\n@ 3528 BJ Utrecht"),
              ("of bel 030 760 12 34.", "of bel 030 303 45 00.")]},
    {"note": "typo/wording fix without new date: 'vier weken' -> 'een maand'", "bump": False,
     "repl": [("Wij reageren binnen vier weken.", "Wij reageren binnen een maand.")]},
]

DYN = {"spring": ("zomerbanden", "Tijd voor zomerbanden! Plan nu je wissel in een vestiging bij jou in de buurt."),
       "autumn": ("winterbanden", "Winterbanden of all-season? Bestel vóór 1 november en monteer zonder wachttijd."),
       "winter": ("bandenhotel", "Bandenhotel: laat je zomerbanden de hele winter veilig bij ons opslaan.")}
SERVICE_HOURS = {0: (8, 20), 1: (8, 20), 2: (8, 20), 3: (8, 20), 4: (8, 20), 5: (9, 17)}


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"nonce": C.b64tok(rng, 16)}
    s["deploy"] = C.keep_or(rng, prev.get("deploy"), 0.3,
                            lambda: C.epoch(when - dt.timedelta(hours=rng.randint(2, 400))))
    loc, _ = K.local(when, "nl")
    s["service"] = K.is_open(loc, SERVICE_HOURS)
    s["kiyoh"] = (rng.choice(["9,1", "9,2", "9,2", "9,3"]), K.grow(when, dt.date(2022, 1, 1), 21840, 11.5, rng, 20))
    season = K.tyre_season(when.date())
    s["dynblock"] = season if season in DYN else ""
    s["cart"] = C.uuid4(rng)
    return s


LABELS = {"nonce": "per-request CSP nonce on inline scripts (Magento 2.4.7 CSP nonce provider)",
          "deploy": "static content deploy version (/static/versionNNN/)",
          "service": "footer customer-service open/closed line",
          "kiyoh": "Kiyoh widget score and review count (INSIDE .column.main, removed)",
          "dynblock": "seasonal Page Builder dynamic block (INSIDE .column.main, removed)",
          "cart": "private-content / section data invalidation id"}


def pb_text(html_):
    return ('<div data-content-type="text" data-appearance="default" data-element="main">%s</div>' % html_)


def render(s, blocks, when):
    nonce = s["nonce"]
    v = s["deploy"]
    score, count = s["kiyoh"]
    title = blocks[0][1]
    head_b, secs = C.split_sections(blocks[1:])
    intro = K.render_blocks(head_b)
    rest = []
    for t, bl in secs:
        rest.append(("h2", t))
        rest.extend(bl)
    rest_html = K.render_blocks(rest, tags={"table": ' class="w-full border-collapse"'})
    dyn = ""
    if s["dynblock"]:
        key, text = DYN[s["dynblock"]]
        dyn = ('<div data-content-type="dynamic_block" data-appearance="default" data-element="main">'
               '<div class="widget block block-banners" data-bind="scope: \'banner\'" data-banner-id="%d" data-types="">'
               '<ul class="banner-items"><li class="banner-item" data-banner-id="%d"><div class="banner-item-content">'
               '<div class="bg-yellow-300 rounded p-4"><p><strong>%s</strong></p><a class="btn btn-primary" href="/%s">Bekijk aanbod</a></div>'
               '</div></li></ul></div></div>' % (len(key) + 40, len(key) + 40, C.esc(text), key))
    static = "https://www.bandenplein.nl/static/version%d/frontend/Bandenplein/hyva/nl_NL" % v
    svc = ("Klantenservice is nu bereikbaar tot 20:00 uur" if s["service"]
           else "Klantenservice is gesloten · morgen vanaf 8:00 uur bereikbaar")
    return ('<!doctype html>\n<html lang="nl">\n<head>\n<meta charset="utf-8"/>\n'
            '<meta name="title" content="Privacyverklaring"/>\n<meta name="robots" content="INDEX,FOLLOW"/>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1"/>\n<title>Privacyverklaring | BandenPlein</title>\n'
            '<link rel="stylesheet" type="text/css" media="all" href="%s/css/styles.css" />\n'
            '<link rel="icon" type="image/x-icon" href="%s/Magento_Theme/favicon.ico" />\n'
            '<script nonce="%s">\n    var BASE_URL = \'https://www.bandenplein.nl/\';\n    var THEME_PATH = \'%s\';\n'
            '    var COOKIE_CONFIG = {"expires":null,"path":"\\u002F","domain":".www.bandenplein.nl","secure":true,"lifetime":"3600","cookie_restriction_enabled":false};\n'
            '    var CURRENT_STORE_CODE = \'nl\';\n    var CURRENT_WEBSITE_ID = \'1\';\n    window.hyva = window.hyva || {};\n</script>\n'
            '</head>\n<body id="html-body" class="cms-privacyverklaring cms-page-view page-layout-1column">\n'
            '<input name="form_key" type="hidden" value="" />\n<noscript><section class="message global noscript border-b-2 border-blue-500 bg-blue-50 shadow-none m-0 px-0 rounded-none font-normal">'
            '<div class="container text-center"><p><strong>JavaScript lijkt te zijn uitgeschakeld in je browser.</strong></p></div></section></noscript>\n'
            '<div class="page-wrapper"><div class="usp-bar bg-blue-900 text-white text-sm"><div class="container flex justify-between">'
            '<span>✓ Gratis montage bij 4 banden</span><span>✓ Meer dan 350 montagepartners</span><span>✓ Vandaag besteld, morgen gemonteerd</span></div></div>\n'
            '<header class="page-header"><a class="action skip sr-only focus:not-sr-only focus:absolute focus:z-40 focus:bg-white" href="#contentarea"><span>Ga naar de inhoud</span></a>'
            '<div id="header" class="relative z-30 w-full border-b shadow bg-container-lighter border-container-lighter">'
            '<div class="container flex flex-wrap items-center justify-between w-full px-6 py-3 mx-auto mt-0">'
            '<div class="order-1 sm:order-2 lg:order-1 w-full pb-2 sm:w-auto sm:pb-0"><a class="flex items-center justify-center text-xl font-medium tracking-wide text-gray-800 no-underline hover:no-underline font-title" href="https://www.bandenplein.nl/" aria-label="Ga naar de homepage">'
            '<img src="%s/images/logo.svg" alt="BandenPlein" width="189" height="53" loading="eager"></a></div>'
            '<nav class="navigation" aria-label="Hoofdmenu"><ul><li><a href="/zomerbanden">Zomerbanden</a></li><li><a href="/winterbanden">Winterbanden</a></li>'
            '<li><a href="/all-season-banden">All-season</a></li><li><a href="/velgen">Velgen</a></li><li><a href="/apk">APK &amp; onderhoud</a></li></ul></nav>'
            '<div x-data="initCartDrawer()" data-section-invalidation="%s"><a id="menu-cart-icon" href="/checkout/cart/">Winkelwagen</a></div>'
            '</div></div></header>\n'
            '<main id="maincontent" class="page-main"><a id="contentarea" tabindex="-1"></a>\n'
            '<div class="page messages"><div data-placeholder="messages"></div></div>\n'
            '<div class="columns"><div class="column main">'
            '<div class="container flex flex-col md:flex-row flex-wrap my-6 font-semibold lg:mt-8 text-md">'
            '<h1 class="text-gray-900 page-title title-font"><span class="base" data-ui-id="page-title-wrapper">%s</span></h1></div>\n'
            '<div class="kiyoh-widget flex items-center gap-2" data-kiyoh-location="1068421"><span class="kiyoh-score">%s</span>'
            '<span class="kiyoh-stars" aria-hidden="true">★★★★★</span><span class="kiyoh-count">%s beoordelingen op Kiyoh</span></div>\n'
            '<input name="page_id" type="hidden" value="12">\n'
            '<div data-content-type="row" data-appearance="contained" data-element="main"><div data-enable-parallax="0" data-parallax-speed="0.5" '
            'data-background-images="{}" data-background-type="image" data-video-loop="true" data-video-play-only-visible="true" '
            'data-video-lazy-load="true" data-video-fallback-src="" data-element="inner" style="justify-content: flex-start; display: flex; '
            'flex-direction: column; background-position: left top; background-size: cover; background-repeat: no-repeat; '
            'background-attachment: scroll; border-style: none; border-width: 1px; border-radius: 0px; margin: 0px 0px 10px; padding: 10px;">'
            '%s%s%s</div></div>\n</div></div>\n</main>\n'
            '<footer class="page-footer"><div class="footer content bg-gray-100"><div class="container py-8">'
            '<div class="footer-service"><p class="font-bold">Klantenservice</p><p>%s</p><p><a href="tel:0307601234">030 760 12 34</a></p></div>'
            '<ul class="footer-links"><li><a href="/privacyverklaring">Privacyverklaring</a></li><li><a href="/cookieverklaring">Cookieverklaring</a></li>'
            '<li><a href="/algemene-voorwaarden">Algemene voorwaarden</a></li></ul><p class="copyright">© %d BandenPlein B.V.</p></div></div></footer>\n'
            '</div>\n<script nonce="%s">window.addEventListener(\'DOMContentLoaded\', () => { hyva.initFormKey(); });</script>\n'
            '<script nonce="%s" src="%s/Hyva_Theme/js/alpine.min.js" defer></script>\n</body>\n</html>\n'
            % (static, static, nonce, static, static, s["cart"], C.esc(title), score, C.group_digits(count, "."),
               pb_text(intro), dyn, pb_text(rest_html), svc, when.year, nonce, nonce, static))


PAGE = {
    "service": "BandenPlein", "url": URL, "lang": "nl-NL", "platform": "Magento 2.4 / Hyvä, Page Builder",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 4, 1), "end": dt.date(2026, 8, 31), "hours": (1, 7, 13, 19),
    "policy": POLICY, "first_updated": dt.date(2022, 1, 24), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#maincontent .column.main"],
                    "remove": [".kiyoh-widget", "[data-content-type=\"dynamic_block\"]"]},
}
