"""A Swedish consumer-rights association's "Integritet & cookies" page built with Wix (Thunderbolt renderer): TWO
documents on one page, the integrity policy in one rich-text component (#comp-lk9x2m4q, what the declaration
selects) and the cookie policy in another below it. Wix rich text: font_N classes on every p/h/li, bold as
styled spans, no tables (the policy uses lists). Noise: Thunderbolt bundle version and the CSS-module class hashes
on each component (attribute-only, also on the selected element) change with Wix's frequent releases; the
fedops requestId and the viewer model's request data per visit; the "Vi är 38 214 medlemmar" strip in the
header counts members."""
import datetime as dt
import html
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MANADER = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MANADER[d.month - 1], d.year)


POLICY = """# Integritetspolicy

Senast uppdaterad: {UPDATED}

Konsumenternas Röst är en ideell och partipolitiskt obunden förening som arbetar för att stärka konsumenternas ställning. Vi ger råd till enskilda konsumenter, driver opinion och företräder våra medlemmar i frågor om bland annat boende, el, bank och resor. I den här policyn beskriver vi hur vi behandlar dina personuppgifter när du är medlem, kontaktar vår rådgivning, prenumererar på vårt nyhetsbrev eller besöker vår webbplats.

## Personuppgiftsansvarig

Konsumenternas Röst, organisationsnummer 802456-7781, är personuppgiftsansvarig för behandlingen av dina personuppgifter.

@ Konsumenternas Röst
@ Götgatan 48
@ 118 26 Stockholm
@ E-post: integritet@konsumenternasrost.se

## Vilka personuppgifter behandlar vi?

- Kontaktuppgifter: namn, adress, e-postadress och telefonnummer.
- Medlemsuppgifter: medlemsnummer, medlemsform, datum för inträde och betalningar av medlemsavgift.
- Uppgifter i rådgivningsärenden: din beskrivning av problemet, avtal, kvitton och korrespondens med företaget som du bifogar.
- Tekniska uppgifter: IP-adress, webbläsare och hur du använder webbplatsen, om du har samtyckt till analyskakor.

Vi ber dig att inte skicka känsliga personuppgifter, till exempel uppgifter om hälsa, i onödan. Om ett ärende kräver det behandlar vi sådana uppgifter med särskild försiktighet.

## Varför behandlar vi dina uppgifter och med vilket stöd?

- **Medlemskap:** för att administrera ditt medlemskap, ta emot medlemsavgifter och skicka medlemstidningen. Rättslig grund: avtal.
- **Rådgivning:** för att hjälpa dig i ditt ärende och, om du vill, kontakta företaget för din räkning. Rättslig grund: berättigat intresse, och avtal när du är medlem.
- **Opinionsbildning och statistik:** för att sammanställa avidentifierad statistik över vanliga konsumentproblem som vi använder i vår påverkan. Rättslig grund: berättigat intresse.
- **Nyhetsbrev:** för att skicka nyheter och inbjudningar. Rättslig grund: samtycke.
- **Bokföring:** för att uppfylla bokföringslagens krav. Rättslig grund: rättslig förpliktelse.

## Så använder vi ärenden i vårt påverkansarbete

När många konsumenter hör av sig om samma problem, till exempel oskäliga avgifter hos ett elbolag eller inställda resor, använder vi ärendena för att driva frågan mot företag, branschorganisationer och myndigheter. Vi beskriver då problemet i generella termer och lämnar aldrig ut namn eller andra uppgifter som kan identifiera dig. Om vi vill berätta om just ditt fall i media eller i en skrivelse frågar vi dig först, och du kan när som helst ångra ditt samtycke.

## Undersökningar och tester

Ibland ber vi medlemmar att delta i enkäter om exempelvis elavtal, banktjänster eller resegarantier, eller att testa produkter inför våra jämförelser. Deltagandet är frivilligt. Svaren sammanställs så att enskilda personer inte kan identifieras, och kontaktuppgifterna används bara för att administrera undersökningen och eventuell ersättning. Vi raderar svarens koppling till dig senast sex månader efter att undersökningen har avslutats.

## Om du företräds av någon annan

Om en anhörig, god man eller förvaltare kontaktar rådgivningen för din räkning behandlar vi uppgifter om både dig och ombudet. Vi ber då om en fullmakt eller ett förordnande innan vi lämnar ut uppgifter i ärendet.

## Medlemstidningen och event

Som medlem får du vår tidning Konsumentnytt fyra gånger per år. Adressuppgifterna lämnas till tryckeriet och distributören enbart för att tidningen ska kunna skickas till dig. Om du anmäler dig till ett medlemsmöte, ett webbinarium eller vår årliga konsumentdag behandlar vi ditt namn, din e-postadress och eventuella önskemål om specialkost eller tillgänglighet. Sådana uppgifter raderas senast en månad efter evenemanget.

## Kakor på webbplatsen

Längre ned på den här sidan finns vår cookiepolicy, där vi beskriver vilka kakor webbplatsen använder och hur du ändrar dina val. Analyskakor används bara om du har samtyckt till dem i cookiebannern.

## Hur länge sparar vi uppgifterna?

Medlemsuppgifter sparas så länge du är medlem och i ett år därefter. Rådgivningsärenden sparas i tre år efter att ärendet avslutats, så att vi kan hjälpa dig om problemet återkommer. Bokföringsunderlag sparas i sju år enligt bokföringslagen. Prenumeranter på nyhetsbrevet finns kvar i vårt register tills de avregistrerar sig.

## Vem delar vi uppgifterna med?

Vi säljer aldrig dina uppgifter. Vi använder följande personuppgiftsbiträden, som bara får behandla uppgifterna enligt våra instruktioner:

- Wix.com Ltd, som driftar vår webbplats och våra formulär. Israel har av EU-kommissionen bedömts ha en adekvat skyddsnivå.
- Swedbank AB och Swish, för betalning av medlemsavgifter.
- Mailchimp (The Rocket Science Group LLC), för utskick av nyhetsbrev. Överföringen till USA sker med stöd av EU-kommissionens standardavtalsklausuler.

I rådgivningsärenden kontaktar vi det berörda företaget endast om du har bett oss om det. Vi kan också hänvisa dig till Allmänna reklamationsnämnden (ARN) eller till din kommunala konsumentvägledning.

## Dina rättigheter

Du har rätt att begära tillgång till dina personuppgifter, få felaktiga uppgifter rättade, få uppgifter raderade, begära begränsning av behandlingen och invända mot behandling som grundar sig på berättigat intresse. Du har också rätt till dataportabilitet. Om behandlingen grundar sig på samtycke kan du när som helst återkalla ditt samtycke.

Kontakta oss på integritet@konsumenternasrost.se om du vill utöva dina rättigheter. Vi svarar inom en månad.

Om du anser att vi behandlar dina personuppgifter felaktigt kan du lämna klagomål till Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm, [www.imy.se](https://www.imy.se).

## Säkerhet

Vi skyddar dina uppgifter med behörighetsstyrning, tvåstegsverifiering för våra anställda och krypterade förbindelser. Endast de rådgivare som arbetar med ditt ärende har tillgång till det. Om en personuppgiftsincident ändå inträffar anmäler vi den till IMY och informerar dig om den kan innebära en risk för dig.

## Barn

Vår rådgivning riktar sig till vuxna. Barn under 13 år kan inte prenumerera på nyhetsbrevet, och ungdomsmedlemskap för personer mellan 13 och 18 år kräver vårdnadshavares godkännande.

## Ändringar

Vi kan komma att uppdatera den här policyn. Den senaste versionen finns alltid på den här sidan, och vid större förändringar informerar vi våra medlemmar i medlemstidningen eller via e-post."""

COOKIES = """# Cookiepolicy

En kaka (cookie) är en liten textfil som lagras i din webbläsare. Vår webbplats är byggd med Wix, som använder nödvändiga kakor för säkerhet och för att webbplatsen ska fungera, till exempel svSession, hs och XSRF-TOKEN.

Med ditt samtycke använder vi även analyskakor från Google Analytics för att förstå hur webbplatsen används. Du kan när som helst ändra ditt val genom att klicka på Cookieinställningar längst ned på sidan.

Enligt lagen om elektronisk kommunikation ska alla som besöker en webbplats med kakor få information om kakorna och samtycka till dem, utom när kakan är nödvändig för att leverera en tjänst som du uttryckligen har begärt."""

EDITS = [
    {"note": "words inserted in the intro: 'driver opinion, påverkar beslutsfattare och' (no date change)",
     "bump": False,
     "repl": [("Vi ger råd till enskilda konsumenter, driver opinion och",
               "Vi ger råd till enskilda konsumenter, driver opinion, påverkar beslutsfattare och")]},
    {"note": "processor bullet added: Fortnox for bookkeeping",
     "repl": [("- Swedbank AB och Swish, för betalning av medlemsavgifter.",
               "- Swedbank AB och Swish, för betalning av medlemsavgifter.\n- Fortnox AB, för bokföring och fakturering av medlemsavgifter.")]},
    {"note": "advice-case retention shortened from three to two years",
     "repl": [("Rådgivningsärenden sparas i tre år efter att ärendet avslutats",
               "Rådgivningsärenden sparas i två år efter att ärendet avslutats")]},
    {"note": "new section on the advice chat before 'Dina rättigheter'",
     "repl": [("## Dina rättigheter", "## Chatt med rådgivningen\n\n"
               "På vardagar kan du chatta med våra rådgivare via chattfunktionen på webbplatsen. Chatten "
               "tillhandahålls av Wix och konversationen sparas i 90 dagar, därefter raderas den om den inte har "
               "lett till ett rådgivningsärende.\n\n## Dina rättigheter")]},
    {"note": "office moved to a new address",
     "repl": [("@ Götgatan 48\n@ 118 26 Stockholm", "@ Sankt Eriksgatan 117\n@ 113 43 Stockholm")]},
]


def _wix_inline(t):
    return C.inline_html(
        t, bold=lambda raw: '<span style="font-weight:bold;" class="wixui-rich-text__text">%s</span>' % html.escape(raw, quote=False),
        link=lambda url, label: '<a href="%s" target="_blank" class="wixui-rich-text__text"><span style="text-decoration:underline;" class="wixui-rich-text__text">%s</span></a>'
        % (html.escape(url), html.escape(label, quote=False)))


def _wix_rich(blocks):
    out = []
    font = {"h1": "font_0", "h2": "font_2", "h3": "font_4"}
    for kind, v in blocks:
        if kind in font:
            out.append('<%s class="%s wixui-rich-text__text">%s</%s>' % (kind, font[kind], _wix_inline(v), kind))
        elif kind == "p":
            out.append('<p class="font_8 wixui-rich-text__text">%s</p>' % _wix_inline(v))
        elif kind == "ul":
            out.append('<ul class="font_8 wixui-rich-text__text">%s</ul>' % "".join(
                '<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">%s</p></li>' % _wix_inline(x) for x in v))
        elif kind == "addr":
            out.append('<p class="font_8 wixui-rich-text__text">%s</p>' % '<br class="wixui-rich-text__text">'.join(_wix_inline(x) for x in v))
        else:
            raise ValueError(kind)
        out.append('<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">&#8203;</span></p>') if kind == "ul" else None
    return "".join(x for x in out if x)


TB = ["1.13804.0", "1.13977.0", "1.14110.0", "1.14265.0", "1.14433.0", "1.14591.0", "1.14760.0", "1.14902.0",
      "1.15032.0", "1.15188.0", "1.15344.0", "1.15501.0"]


def noise(rng, when, i, prev):
    prev = prev or {}
    d = when.date()

    def newtb():
        k = TB.index(prev["tb"][0]) + 1 if prev.get("tb") else 0
        k = min(k, len(TB) - 1)
        return (TB[k], C.hexs(rng, 8), C.alnum(rng, 6), C.alnum(rng, 6))
    tb = C.keep_or(rng, prev.get("tb"), 0.45, newtb)
    members = 36900 + (d - dt.date(2022, 1, 1)).days * 2 + rng.randint(0, 30)
    return {"tb": tb, "req": "%d.%d" % (C.epoch(when), rng.randint(10 ** 14, 10 ** 15 - 1)),
            "members": members, "visitor": C.uuid4(rng)}


LABELS = {"tb": "Wix Thunderbolt release (bundle hash, CSS-module classes)", "req": "fedops requestId",
          "members": "member counter strip", "visitor": "viewer model visitor id"}


def render(s, blocks, when):
    tbv, bh, c1, c2 = s["tb"]
    cls = "%s %s" % (c1, c2)
    pol = _wix_rich(blocks)
    cook = _wix_rich(C.parse_src(COOKIES))
    model = json.dumps({"site": {"metaSiteId": "b4e2f1a7-3c9d-4e8b-a6f0-1d2c3b4a5e6f", "siteId": "0c7e1b2a-9f4d-4c3e-8a5b-6d7e8f9a0b1c",
                                 "externalBaseUrl": "https://www.konsumenternasrost.se", "isResponsive": False},
                        "requestUrl": "https://www.konsumenternasrost.se/integritet", "viewerVersion": tbv,
                        "visitorId": s["visitor"], "siteRevision": 287, "language": {"userLanguage": "sv", "siteLanguage": "sv"},
                        "fleetConfig": {"fleetName": "thunderbolt-renderer-users-gradual", "type": "GA", "code": 0}},
                       separators=(",", ":"))
    members = "{:,}".format(s["members"]).replace(",", "\u00a0")
    return """<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset='utf-8'>
  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="generator" content="Wix.com Website Builder"/>
  <link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/4e7a1c_2b9f0d3e8a6c4b1f~mv2.png/v1/fill/w_192%%2Ch_192%%2Clg_1%%2Cusm_0.66_1.00_0.01/4e7a1c_2b9f0d3e8a6c4b1f~mv2.png" type="image/png"/>
  <script type="text/javascript">window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
  <script type="application/json" id="wix-fedops">{"data":{"site":{"metaSiteId":"b4e2f1a7-3c9d-4e8b-a6f0-1d2c3b4a5e6f","isHttps":true,"isCached":false},"requestId":"%(req)s","frogOnUserDomain":false,"viewerVersion":"%(tbv)s"}}</script>
  <script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%(bh)s.bundle.min.js" async></script>
  <title>Integritet &amp; cookies | Konsumenternas Röst</title>
  <meta name="description" content="Så behandlar Konsumenternas Röst dina personuppgifter."/>
  <link rel="canonical" href="https://www.konsumenternasrost.se/integritet"/>
  <meta property="og:title" content="Integritet &amp; cookies | Konsumenternas Röst"/>
  <style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11);}#comp-lk9x2m4q{width:980px;}</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div><div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX" data-testid="screenWidthContainerBgCenter"></div></div><div class="CJF7A2"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-kz3a8b1c" class="%(cls)s comp-kz3a8b1c wixui-image"><a href="https://www.konsumenternasrost.se" target="_self"><img src="https://static.wixstatic.com/media/4e7a1c_logo~mv2.png/v1/fill/w_180,h_60,al_c,q_85/logo.png" alt="Konsumenternas Röst" width="180" height="60"/></a></div>
<nav id="comp-kz3a8b2d" aria-label="Webbplats" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu"><li><a href="https://www.konsumenternasrost.se/radgivning" class="wixui-horizontal-menu__item">Rådgivning</a></li><li><a href="https://www.konsumenternasrost.se/vi-tycker" class="wixui-horizontal-menu__item">Vi tycker</a></li><li><a href="https://www.konsumenternasrost.se/nyheter" class="wixui-horizontal-menu__item">Nyheter</a></li><li><a href="https://www.konsumenternasrost.se/om-oss" class="wixui-horizontal-menu__item">Om oss</a></li></ul></nav>
<div id="comp-kz3a8b3e" class="%(cls)s comp-kz3a8b3e wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">Vi är <span style="font-weight:bold;" class="wixui-rich-text__text">%(members)s</span> medlemmar – <a href="https://www.konsumenternasrost.se/bli-medlem" target="_self" class="wixui-rich-text__text">bli medlem du också!</a></p></div>
</div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="yf3mk" class="dBAkHi theme-vars yf3mk"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containeryf3mk" class="Containeryf3mk SPY_vo"><div data-mesh-id="Containeryf3mkinlineContent" data-testid="inline-content" class=""><div data-mesh-id="Containeryf3mkinlineContent-gridContainer" data-testid="mesh-container-content">
<section id="comp-lk9x1a0b" tabindex="-1" class="Oqnisf comp-lk9x1a0b wixui-section" data-block-level-container="ClassicSection"><div id="bgLayers_comp-lk9x1a0b" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div><div data-mesh-id="comp-lk9x1a0binlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-lk9x1a0binlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-lk9x2m4q" class="%(cls)s comp-lk9x2m4q wixui-rich-text" data-testid="richTextElement">%(pol)s</div>
<div id="comp-lk9x5r7t" class="%(cls)s comp-lk9x5r7t wixui-rich-text" data-testid="richTextElement">%(cook)s</div>
</div></div></section>
</div></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="CJF7A2"><div id="comp-kz3a9f1a" class="%(cls)s comp-kz3a9f1a wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">© Konsumenternas Röst · <a href="https://www.konsumenternasrost.se/integritet" class="wixui-rich-text__text">Integritet &amp; cookies</a> · <a href="#" data-cookie-settings class="wixui-rich-text__text">Cookieinställningar</a></p></div></div></footer>
</div></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div>
<script type="application/json" id="wix-viewer-model">%(model)s</script>
</body>
</html>
""" % {"req": s["req"], "tbv": tbv, "bh": bh, "cls": cls, "members": members, "pol": pol, "cook": cook, "model": model}


PAGE = {
    "service": "Konsumenternas Rost",
    "url": "https://www.konsumenternasrost.se/integritet",
    "lang": "sv",
    "platform": "Wix (Thunderbolt)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Pepyaka"), ("Cache-Control", "no-cache")],
    "n": 28,
    "start": dt.date(2022, 4, 1),
    "end": dt.date(2025, 10, 15),
    "hours": (7, 19),
    "policy": POLICY,
    "first_updated": dt.date(2021, 12, 6),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.konsumenternasrost.se/integritet", "select": "#comp-lk9x2m4q"},
}
