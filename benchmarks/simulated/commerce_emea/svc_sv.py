"""Nordljus Spel (Sweden): game studio on Gatsby + styled-components; policy split over regional tabs (EU shown)."""
import json, zlib
from common import *

NAME = "Nordljus Spel"
URL = "https://www.nordljusspel.se/sv/integritetspolicy/"
N = 25
SPAN = ("2022-01-10", "2026-02-01")
DECL = {"select": ['[data-component="legal-document"]'], "remove": ['[role="tablist"]', ".legal-updated-badge"]}
HISTORY = None
REDESIGN = None

TEXT = """
# Integritetspolicy

Gäller från och med den 1 januari 2022

Nordljus Spel AB (org.nr 559123-4567), Götgatan 22A, 118 46 Stockholm, utvecklar och ger ut datorspel. Vi behandlar personuppgifter om dig som spelar våra spel, besöker vår webbplats eller kontaktar vår support. Välj din region nedan för att läsa vilka regler som gäller för dig.

@tab eu|EU/EES
## Personuppgiftsansvarig

Nordljus Spel AB är personuppgiftsansvarig för behandlingen enligt dataskyddsförordningen (GDPR).

## Vilka uppgifter vi samlar in

- Konto- och plattformsuppgifter: användarnamn, e-postadress och ditt id på Steam, PlayStation Network, Xbox eller Epic Games.
- Speldata: framsteg, prestationer, köp i spelet och chattloggar i flerspelarläget.
- Teknisk data: IP-adress, enhetstyp, operativsystem och kraschrapporter.

## Tredjepartstjänster i våra spel

| Tjänst | Leverantör | Syfte |
| Unity Analytics | Unity Technologies | Spelstatistik och balansering |
| Epic Online Services | Epic Games, Inc. | Matchmaking och fusk-skydd |
| Sentry | Functional Software, Inc. | Kraschrapporter |
| Discord Rich Presence | Discord Inc. | Visa spelstatus i Discord |

## Lagring

Vi sparar ditt konto så länge det är aktivt. Chattloggar raderas efter 90 dagar och kraschrapporter efter 30 dagar.

## Dina rättigheter

Du har rätt att begära tillgång till, rättelse eller radering av dina uppgifter samt att invända mot viss behandling. Kontakta oss på [privacy@nordljusspel.se](mailto:privacy@nordljusspel.se). Du kan också lämna klagomål till [Integritetsskyddsmyndigheten (IMY)](https://www.imy.se).

@tab us|USA (CCPA)
## Notice to California Residents

This section applies to players who reside in California and supplements the rest of this policy under the California Consumer Privacy Act (CCPA).

## Categories of personal information

In the past 12 months we have collected identifiers, internet or network activity, and in-game purchase history. We do not sell your personal information and we do not share it for cross-context behavioral advertising.

## Your California rights

You may request to know, delete or correct the personal information we hold about you by emailing [privacy@nordljusspel.se](mailto:privacy@nordljusspel.se). We will not discriminate against you for exercising these rights.

@tab br|Brasilien (LGPD)
## Aviso para jogadores no Brasil

Para jogadores no Brasil, tratamos dados pessoais de acordo com a Lei Geral de Proteção de Dados (Lei nº 13.709/2018). Você pode exercer seus direitos de titular entrando em contato pelo e-mail [privacy@nordljusspel.se](mailto:privacy@nordljusspel.se).
"""

EDITS = {
    4: [("Chattloggar raderas efter 90 dagar", "Chattloggar raderas efter 60 dagar")],
    8: [("We do not sell your personal information and we do not share it for cross-context behavioral advertising.",
         "We do not sell your personal information. We share device identifiers with advertising partners for cross-context behavioral advertising; you can opt out through the \"Do Not Sell or Share My Personal Information\" link in the game settings.")],
    12: [("| Discord Rich Presence | Discord Inc. | Visa spelstatus i Discord |\n", ""),
         ("Gäller från och med den 1 januari 2022", "Gäller från och med den 15 juni 2023")],
    16: [("entrando em contato pelo e-mail [privacy@nordljusspel.se](mailto:privacy@nordljusspel.se).",
          "entrando em contato pelo e-mail [privacy@nordljusspel.se](mailto:privacy@nordljusspel.se). Nosso encarregado pelo tratamento de dados pessoais (DPO) pode ser contatado no mesmo endereço.")],
    21: [("- Teknisk data: IP-adress, enhetstyp, operativsystem och kraschrapporter.", "- Teknisk data: IP-adress, enhetstyp, operativsystem och kraschrapporter.\n- Röstchatt: ljud från röstchatten spelas in tillfälligt när en annan spelare anmäler dig för trakasserier."),
         ("Gäller från och med den 15 juni 2023", "Gäller från och med den 1 mars 2025")],
}

NEWS = ["Patch 1.4.2: nya kartor och balansändringar", "Frostfall säsong 3 är här!", "Vi söker en senior gameplay-programmerare",
        "Utvecklardagbok #12: ljuddesign", "Frostfall kommer till Nintendo Switch", "Sommarrea på Steam – 40 % rabatt"]


def render(text, i, rng, when):
    blocks = parse(text)
    pre, tbs = tabs(blocks[1:])
    sc = lambda n: f"sc-{tok(random.Random(f'sv-sc-{n}'), 6)} {tok(random.Random(f'sv-cls-{n}-{i // 4}'), 6)}"  # styled-components: stable + per-build
    tablist = "".join(f'<button role="tab" id="tab-{t}" aria-controls="panel-{t}" aria-selected="{"true" if k == 0 else "false"}" tabindex="{0 if k == 0 else -1}" class="{sc("TabButton")}">{esc(l)}</button>' for k, (t, l, _) in enumerate(tbs))
    panels = "".join(f'<div role="tabpanel" id="panel-{t}" aria-labelledby="tab-{t}" class="{sc("TabPanel")}"{"" if k == 0 else " hidden"}>{"".join(block_html(b) for b in bl)}</div>' for k, (t, l, bl) in enumerate(tbs))
    doc = (f'<div data-component="legal-document" class="{sc("LegalDoc")}"><h1 class="{sc("H1")}">{inline(blocks[0][1])}</h1>'
           f'<span class="legal-updated-badge {sc("Badge")}">Uppdaterad för {rng.randint(2, 20)} {"dagar" if i % 2 else "veckor"} sedan</span>'
           f'{"".join(block_html(b) for b in pre)}<div role="tablist" aria-label="Välj region" class="{sc("TabList")}">{tablist}</div>{panels}</div>')
    news = rng.sample(NEWS, 3)
    online = f"{rng.randint(3000, 40000):,}".replace(",", " ")
    pd = {"componentChunkName": "component---src-templates-legal-page-tsx", "path": "/sv/integritetspolicy/", "result": {"pageContext": {"locale": "sv", "slug": "integritetspolicy"}},
          "staticQueryHashes": [str(random.Random(f"sv-q-{i // 4}").randint(10**8, 10**10)) for _ in range(3)], "slicesMap": {}}
    return f"""<!DOCTYPE html><html lang="sv"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/>
<meta name="generator" content="Gatsby 5.{min(13, 2 + i // 3)}.0"/><title data-gatsby-head="true">Integritetspolicy | Nordljus Spel</title>
<style data-styled="" data-styled-version="5.3.{i // 5}">.{sc("H1").split()[1]}{{font-family:Inter}}</style>
<link rel="preload" href="/page-data/sv/integritetspolicy/page-data.json" as="fetch" crossOrigin="anonymous"/><link rel="preload" href="/page-data/app-data.json" as="fetch" crossOrigin="anonymous"/>
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="9a8b7c6d-5e4f-3a2b-1c0d-e9f8a7b6c5d4" data-culture="SV" type="text/javascript" async></script>
</head><body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">
<div class="{sc("Announcement")}"><p>Frostfall: Winter Update släpps om {rng.randint(1, 40)} dagar – önskelista nu på Steam!</p></div>
<header class="{sc("Header")}"><a aria-label="Nordljus Spel" href="/sv/"><svg viewBox="0 0 120 24"><path d="M0 0h10v24H0z"/></svg></a><nav class="{sc("Nav")}"><a href="/sv/spel/">Spel</a><a href="/sv/nyheter/">Nyheter</a><a href="/sv/jobb/">Jobba hos oss</a><a href="/sv/support/">Support</a></nav>
<div class="{sc("LangPicker")}"><a href="/en/privacy-policy/" hrefLang="en">English</a><a href="/sv/integritetspolicy/" hrefLang="sv" aria-current="page">Svenska</a></div></header>
<main class="{sc("Main")}">{doc}</main>
<aside class="{sc("News")}"><h2>Senaste nytt</h2><ul>{"".join(f'<li><a href="/sv/nyheter/{zlib.crc32(n.encode()) % 9999}/">{esc(n)}</a><time>{rng.randint(1, 28)} {rng.choice(["jan", "feb", "mars", "apr", "maj", "juni", "aug", "sep", "okt", "nov"])}</time></li>' for n in news)}</ul>
<p class="{sc("Online")}">Spelare online just nu: {online}</p></aside>
<footer class="{sc("Footer")}"><a href="/sv/anvandarvillkor/">Användarvillkor</a><a href="/sv/integritetspolicy/">Integritetspolicy</a><a href="/sv/cookies/">Cookies</a><a href="javascript:Cookiebot.renew()">Cookieinställningar</a>
<p>© {when.year} Nordljus Spel AB. Frostfall är ett registrerat varumärke.</p></footer>
</div><div id="gatsby-announcer" style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0, 0, 0, 0)" aria-live="assertive" aria-atomic="true"></div></div>
<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/sv/integritetspolicy/";window.___webpackCompilationHash="{hx(random.Random(f'sv-wp-{i // 4}'), 20)}";/*]]>*/</script>
<script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping={json.dumps({"app": [f"/app-{hx(random.Random(f'sv-app-{i // 4}'), 20)}.js"]})};/*]]>*/</script>
<script>window.___pageData={json.dumps(pd)}</script>
<script src="/app-{hx(random.Random(f'sv-app-{i // 4}'), 20)}.js" async></script></body></html>"""
