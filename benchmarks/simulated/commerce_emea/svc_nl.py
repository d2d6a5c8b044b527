"""Bezorgkoning (Netherlands): food delivery on Nuxt 2, Cookiebot, Intercom, footnotes."""
import json
from common import *

NAME = "Bezorgkoning"
URL = "https://www.bezorgkoning.nl/privacyverklaring"
N = 28
SPAN = ("2021-04-01", "2026-01-20")
DECL = {"select": ["main .privacy-statement"], "remove": [".feedback-widget"]}
HISTORY = None
REDESIGN = None

TEXT = """
# Privacyverklaring Bezorgkoning

Laatst bijgewerkt op 12 maart 2021

Bij Bezorgkoning B.V. vinden we het belangrijk dat je weet wat we met je persoonsgegevens doen. In deze privacyverklaring lees je welke gegevens we verzamelen wanneer je via onze website of app eten bestelt, waarom we dat doen en welke rechten je hebt.

## Wie zijn wij?

Bezorgkoning B.V. (KvK 71234567) is de verwerkingsverantwoordelijke voor de verwerking van je persoonsgegevens. Ons postadres is Piet Heinkade 55, 1019 GM Amsterdam.

## Welke gegevens verwerken wij?

- Je naam, telefoonnummer en e-mailadres, zodat het restaurant en de bezorger contact met je kunnen opnemen.
- Je bezorgadres en, als je dat toestaat, je locatie^[1].
- Je bestelgeschiedenis en favoriete restaurants.
- Betaalgegevens zoals de gekozen betaalmethode; kaartgegevens worden alleen door onze betaalprovider verwerkt^[2].
- Berichten die je stuurt aan onze klantenservice.

## Waarom verwerken wij je gegevens?

We gebruiken je gegevens om je bestelling door te geven aan het restaurant, de bezorging te regelen en je op de hoogte te houden van de status. Daarnaast gebruiken we je gegevens om fraude te voorkomen en, als je daarvoor toestemming hebt gegeven, om je aanbiedingen te sturen.

## Met wie delen wij je gegevens?

- Het restaurant waar je bestelt.
- Bezorgers die voor ons of voor het restaurant werken.
- Onze betaalprovider Adyen N.V.
- Hostingpartijen en IT-leveranciers die ons platform draaien.

Wij verkopen je gegevens nooit aan derden.

## Hoe lang bewaren wij je gegevens?

Bestelgegevens bewaren we 7 jaar vanwege de fiscale bewaarplicht. Je account en de daarbij behorende gegevens verwijderen we 2 jaar nadat je voor het laatst hebt besteld.

## Jouw rechten

Je hebt het recht om je gegevens in te zien, te laten corrigeren of verwijderen, en om bezwaar te maken tegen het gebruik ervan. Stuur je verzoek naar [privacy@bezorgkoning.nl](mailto:privacy@bezorgkoning.nl). Ben je niet tevreden over hoe wij met je verzoek omgaan? Dan kun je een klacht indienen bij de [Autoriteit Persoonsgegevens](https://autoriteitpersoonsgegevens.nl/nl).

[1]: Je locatie gebruiken we alleen om restaurants in de buurt te tonen en wordt niet opgeslagen na afronding van je bestelling.
[2]: Bezorgkoning slaat geen volledige kaartnummers op.
"""

EDITS = {
    4: [("Laatst bijgewerkt op 12 maart 2021", "Laatst bijgewerkt op 2 augustus 2021"),
        ("Wij verkopen je gegevens nooit aan derden.", "Wij verkopen je gegevens nooit aan derden. Met adverteerders delen we alleen gegevens die niet tot jou te herleiden zijn.")],
    9: [("en wordt niet opgeslagen na afronding van je bestelling.", "en wordt 30 dagen na afronding van je bestelling verwijderd.")],
    13: [("Ons postadres is Piet Heinkade 55, 1019 GM Amsterdam.", "Ons postadres is Postbus 10127, 1001 EC Amsterdam.")],
    18: [("- Onze betaalprovider Adyen N.V.", "- Onze betaalprovider Adyen N.V.\n- Marketingpartners, zoals Meta en Google, als je toestemming hebt gegeven voor advertentiecookies.")],
    22: [("[Autoriteit Persoonsgegevens](https://autoriteitpersoonsgegevens.nl/nl)", "[Autoriteit Persoonsgegevens](https://www.autoriteitpersoonsgegevens.nl/nl/zelf-doen/privacyrechten/klacht-indienen-bij-de-ap)")],
    25: [("Laatst bijgewerkt op 2 augustus 2021", "Laatst bijgewerkt op 14 april 2025")],
}

RESTOS = ["Sushi Sakura", "Pizzeria Da Michele", "De Snackbar van Jan", "Wok to Go", "Burger Bros", "Shoarma Palace", "Thai Orchid",
          "Poké Perfect", "Dönerbar Istanbul", "Surinaams Eethuis Roti", "Vegan Junk Food Bar", "Indiaas Restaurant Ganesha"]


def render(text, i, rng, when):
    blocks = parse(text)
    dv = lambda name: f"data-v-{hx(random.Random(f'nl-{name}-{i // 5}'), 8)}"
    body = "".join(block_html(b, {"p": "text-body", "h2": "heading-m"}) for b in blocks[1:])
    rest = rng.sample(RESTOS, 5)
    rest_html = "".join(
        f'<li {dv("card")} class="restaurant-card"><a href="/menu/{r.lower().replace(" ", "-")}?utm_source=privacy&amp;position={k}"><strong>{esc(r)}</strong>'
        f'<span class="rating">★ {rng.uniform(3.5, 4.9):.1f} ({rng.randint(40, 2500)})</span><span class="eta">{rng.choice([15, 20, 25, 30])}–{rng.choice([35, 40, 45, 50])} min</span>'
        f'<span class="status">{rng.choice(["Nu open", "Nu open", "Gesloten · opent om 17:00", "Bestel vooruit"])}</span><span class="fee">Bezorging € {rng.choice(["0,00", "1,49", "2,49", "0,99"])}</span></a></li>'
        for k, r in enumerate(rest))
    nuxt = {"layout": "default", "data": [{"page": {"slug": "privacyverklaring", "updatedAt": when.isoformat()}}],
            "fetch": {"RestaurantsNearby:0": {"items": rest, "postcode": rng.choice(["1012", "3011", "3511", "2511", "5611"])}},
            "error": None, "state": {"session": {"id": uuid(rng), "anonId": hx(rng, 24)}, "experiments": {"checkout_v3": rng.choice([0, 1])}},
            "serverRendered": True, "routePath": "/privacyverklaring", "config": {"_app": {"basePath": "/", "assetsPath": "/_nuxt/", "cdnURL": None}}}
    helpful = rng.randint(80, 4000)
    cookiebot = ('<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-label="Cookiebot" lang="nl" class="CybotCookiebotDialogActive">'
                 '<div class="CybotCookiebotDialogContentWrapper"><h2 id="CybotCookiebotDialogBodyContentTitle">Deze website gebruikt cookies</h2>'
                 '<div id="CybotCookiebotDialogBodyContentText">We gebruiken cookies om content en advertenties te personaliseren, om functies voor social media te bieden en om ons websiteverkeer te analyseren. '
                 'Ook delen we informatie over uw gebruik van onze site met onze partners voor social media, adverteren en analyse.</div>'
                 '<button id="CybotCookiebotDialogBodyButtonDecline">Weigeren</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection">Selectie toestaan</button>'
                 '<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Alle cookies toestaan</button></div></div>')
    return f"""<!doctype html>
<html lang="nl" data-n-head="%7B%22lang%22:%7B%221%22:%22nl%22%7D%7D"><head><title>Privacyverklaring - Bezorgkoning</title><meta data-n-head="1" charset="utf-8">
<meta data-n-head="1" name="viewport" content="width=device-width,initial-scale=1"><meta data-n-head="1" data-hid="description" name="description" content="Lees hoe Bezorgkoning met je gegevens omgaat.">
<link rel="preload" href="/_nuxt/{hx(random.Random(f'nl-js-{i // 5}'), 20)}.js" as="script"><link rel="preload" href="/_nuxt/{hx(random.Random(f'nl-app-{i // 5}'), 20)}.js" as="script">
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="4f7b2c1e-8d3a-4b5c-9e6f-7a8b9c0d1e2f" data-blockingmode="auto" type="text/javascript"></script>
</head><body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div {dv("layout")} class="layout">
<header {dv("header")} class="site-header"><a href="/" class="logo" aria-label="Bezorgkoning home"></a>
<form {dv("header")} class="address-bar" action="/restaurants"><input {dv("header")} name="postcode" placeholder="Vul je postcode in"><button>Zoek restaurants</button></form>
<nav {dv("header")}><a href="/acties">Acties</a><a href="/zakelijk">Zakelijk</a><a href="/login?returnUrl=%2Fprivacyverklaring">Inloggen</a></nav></header>
<main {dv("page")} class="container"><div {dv("page")} class="privacy-statement">
<h1 {dv("page")}>{inline(blocks[0][1])}</h1>{body}
<div {dv("feedback")} class="feedback-widget"><p>Was deze pagina nuttig?</p><button>Ja</button><button>Nee</button><small>{helpful} mensen vonden dit nuttig</small></div>
</div></main>
<aside {dv("nearby")} class="nearby"><h2 {dv("nearby")}>Populair bij jou in de buurt</h2><ul>{rest_html}</ul></aside>
<section {dv("riders")} class="rider-cta"><h2>Word bezorger</h2><p>Verdien tot € {rng.choice(["15,50", "16,20", "17,00"])} per uur, inclusief fooi. Flexibele uren, eigen fiets of e-bike.</p><a href="https://werkenbij.bezorgkoning.nl/?ref=privacy">Solliciteer direct</a></section>
<footer {dv("footer")} class="site-footer"><ul><li><a href="/algemene-voorwaarden">Algemene voorwaarden</a></li><li><a href="/privacyverklaring">Privacyverklaring</a></li><li><a href="/cookieverklaring">Cookieverklaring</a></li><li><a href="/responsible-disclosure">Responsible disclosure</a></li></ul>
<p>© {when.year} Bezorgkoning B.V. Alle rechten voorbehouden.</p><div class="app-badges"><a href="https://apps.apple.com/nl/app/bezorgkoning/id1234567890">App Store</a><a href="https://play.google.com/store/apps/details?id=nl.bezorgkoning.app">Google Play</a></div></footer>
</div></div></div>
<script>window.__NUXT__={json.dumps(nuxt, ensure_ascii=False)};</script>
<script>window.intercomSettings={{app_id:"xk3j9f2a",user_hash:"{hx(rng, 64)}",anonymous_id:"{uuid(rng)}"}};(function(){{var w=window;var ic=w.Intercom;}})();</script>
{cookiebot}
<script src="/_nuxt/{hx(random.Random(f'nl-js-{i // 5}'), 20)}.js" defer></script></body></html>"""
