"""Swedish public EV-charging network on Umbraco 13 (ASP.NET Core): Block Grid layout (umb-block-grid__layout-item
with element-type aliases and element UDIs), the policy in richTextBlock items with an app call-to-action block
between them, Smidge bundles (`/sb/...v<hash>`), Cookiebot, and an Umbraco Forms newsletter form in the footer with
a per-request __RequestVerificationToken and ufprt. Fairly clean: the only per-visit changes are the form tokens,
the Smidge bundle version after deployments, and the image cropper `rnd` cache-buster when media are re-saved."""
import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]

POLICY = """
# Integritetspolicy

Senast uppdaterad: {UPDATED}

Laddkraft Sverige AB driver ett nätverk av publika laddstationer för elbilar i Sverige och erbjuder appen Laddkraft, laddbrickor och laddabonnemang för privatpersoner och företag. I den här integritetspolicyn beskriver vi hur vi behandlar dina personuppgifter när du laddar hos oss, använder vår app eller webbplats eller kontaktar vår kundtjänst.

## Personuppgiftsansvarig

Laddkraft Sverige AB, organisationsnummer 559123-4567, är personuppgiftsansvarig för behandlingen av dina personuppgifter.

@ Laddkraft Sverige AB
@ Hammarby allé 47
@ 120 30 Stockholm

Du når vårt dataskyddsombud på [dataskydd@laddkraft.se](mailto:dataskydd@laddkraft.se).

## Vilka personuppgifter vi behandlar

Vi behandlar de personuppgifter som du lämnar till oss och de uppgifter som uppstår när du använder våra tjänster:

- kontaktuppgifter, till exempel namn, adress, e-postadress och telefonnummer;
- kontouppgifter, till exempel kundnummer, inloggningsuppgifter och valt abonnemang;
- betalningsuppgifter, till exempel kortets sista fyra siffror och fakturahistorik;
- laddningsdata, till exempel laddbrickans id, laddstation, laddpunkt, start- och sluttid, levererad energi i kWh och pris;
- fordonsuppgifter som du själv anger, till exempel registreringsnummer och bilmodell;
- positionsuppgifter från appen, om du har gett appen tillgång till din plats för att visa närmaste lediga laddpunkt;
- uppgifter från kontakter med kundtjänst, inklusive inspelade telefonsamtal.

Vi behandlar inte personuppgifer om dig som är känsliga enligt dataskyddsförordningen.

## Ändamål, rättslig grund och lagringstid

| Ändamål | Rättslig grund | Lagringstid |
| Starta, debitera och fakturera laddningar | Avtal | 7 år enligt bokföringslagen |
| Felsökning av laddstationer och support under pågående laddning | Berättigat intresse | 24 månader |
| Kundtjänst och hantering av klagomål | Avtal och berättigat intresse | 3 år efter ärendets avslut |
| Inspelning av kundtjänstsamtal för kvalitet och utbildning | Berättigat intresse | 90 dagar |
| Nyhetsbrev och erbjudanden | Samtycke | Tills du återkallar ditt samtycke |
| Förhindra bedrägerier och missbruk av laddbrickor | Berättigat intresse | 12 månader |

När vi stödjer oss på berättigat intresse har vi gjort en intresseavvägning. Du kan få ta del av den genom att kontakta oss.

## Företagskunder och bostadsrättsföreningar

Om du laddar med en bricka som din arbetsgivare eller din bostadsrättsförening har beställt, är det i regel arbetsgivaren eller föreningen som är vår kund. Vi delar då laddningsdata, till exempel tid, plats och energimängd per bricka, med kunden så att kostnaderna kan fördelas eller dras på lön som förmån. Föreningens styrelse ser vilken laddplats och bricka en laddning gäller men inte din position i övrigt. Arbetsgivaren och föreningen ansvarar själva för sin behandling av dessa uppgifter.

## Kameraövervakning vid laddstationer

På vissa snabbladdningsstationer har vi kameror för att förebygga skadegörelse och stöld av kablar. Kamerorna är skyltade, filmar endast stationens område och inspelningarna raderas automatiskt efter 14 dagar om de inte behövs för att utreda en incident. Inspelningarna lämnas bara ut till polisen eller till försäkringsbolag vid en anmäld skada.

## Roaming och laddning hos andra operatörer

När du laddar med din Laddkraft-bricka eller app hos en annan operatör, eller när en kund till en annan leverantör laddar hos oss, utbyts laddningsdata via roamingplattformar. Uppgifterna omfattar laddbrickans id, tid, plats och energimängd men inte ditt namn.

| Roamingpartner | Uppgifter som delas | Land |
| Hubject GmbH | Laddbrickans id, laddpunkt, tid och energi | Tyskland |
| Elaway AB | Laddbrickans id, laddpunkt, tid och energi | Sverige |

## Vilka vi delar uppgifter med

Vi anlitar personuppgiftsbiträden för drift av IT-system, betalningar, utskick och kundtjänst, bland annat Microsoft (Azure), Adyen (betalningar), Vonage (telefoni) och Postnord Strålfors (fakturautskick). Biträdena får bara behandla uppgifterna enligt våra instruktioner. Vi lämnar också ut uppgifter till myndigheter när vi är skyldiga enligt lag.

## Automatiserade beslut

Vi använder automatiserade kontroller för att upptäcka misstänkt missbruk av laddbrickor, till exempel när samma bricka används på två platser samtidigt. En sådan kontroll kan leda till att brickan spärras tillfälligt. Du kontaktas alltid av kundtjänst och kan begära att en medarbetare prövar beslutet.

## Överföring till tredje land

Vi strävar efter att behandla dina uppgifter inom EU och EES. Om en leverantör behandlar uppgifter utanför EU och EES använder vi EU-kommissionens standardavtalsklausuler eller EU–US Data Privacy Framework och vidtar vid behov kompletterande skyddsåtgärder.

## Laddning utan konto

Du kan också ladda hos oss utan att vara kund genom att betala med bankkort direkt i laddaren eller via en QR-kod. Då behandlar vi endast kortets sista siffror, betalningsreferens, laddpunkt, tid och energimängd för att kunna ta betalt, skicka kvitto om du begär det och hantera eventuella reklamationer. Vi kopplar inte dessa uppgifter till någon annan information om dig.

## Dina rättigheter

Du har rätt att begära tillgång till, rättelse eller radering av dina personuppgifter, att begära begränsning av behandlingen, att invända mot behandling som grundar sig på berättigat intresse och att få ut uppgifter som du lämnat till oss i ett maskinläsbart format (dataportabilitet). Du kan när som helst återkalla ett samtycke.

Om du är missnöjd med hur vi behandlar dina personuppgifter kan du lämna klagomål till Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm, [www.imy.se](https://www.imy.se).

## Cookies

Vi använder cookies på laddkraft.se. Nödvändiga cookies krävs för att webbplatsen ska fungera; övriga cookies använder vi bara om du samtycker. Läs mer i vår [cookiepolicy](/om-oss/cookiepolicy/).

## Ändringar

Vi kan komma att uppdatera den här policyn. Vid väsentliga ändringar meddelar vi dig i appen eller via e-post innan ändringarna börjar gälla. Den senaste versionen finns alltid publicerad på den här sidan.
"""

EDITS = [
    {"note": "typo fixed: personuppgifer -> personuppgifter", "bump": False,
     "repl": [("Vi behandlar inte personuppgifer om dig", "Vi behandlar inte personuppgifter om dig")]},
    {"note": "roaming partner added to the table (Gireve)",
     "repl": [("| Elaway AB | Laddbrickans id, laddpunkt, tid och energi | Sverige |",
               "| Elaway AB | Laddbrickans id, laddpunkt, tid och energi | Sverige |\n"
               "| Gireve SAS | Laddbrickans id, laddpunkt, tid och energi | Frankrike |")]},
    {"note": "call-recording retention shortened from 90 to 60 days",
     "repl": [("| Inspelning av kundtjänstsamtal för kvalitet och utbildning | Berättigat intresse | 90 dagar |",
               "| Inspelning av kundtjänstsamtal för kvalitet och utbildning | Berättigat intresse | 60 dagar |")]},
    {"note": "section added: Plug & Charge",
     "repl": [("## Vilka vi delar uppgifter med",
               "## Plug & Charge\n\n"
               "Om din bil stöder Plug & Charge (ISO 15118) och du aktiverar funktionen i appen kopplar vi ditt "
               "kundkonto till bilens kontraktscertifikat. Laddningen startar då automatiskt när kabeln ansluts. "
               "Vi behandlar certifikatets id (EMAID) och fordonets id så länge funktionen är aktiv och raderar "
               "kopplingen inom 30 dagar efter att du har stängt av den.\n\n"
               "## Vilka vi delar uppgifter med")]},
    {"note": "office address changed (Hammarby allé -> Lindhagensgatan)",
     "repl": [("@ Hammarby allé 47\n@ 120 30 Stockholm", "@ Lindhagensgatan 76\n@ 112 18 Stockholm")]},
]


def noise(rng, when, i, prev):
    prev = prev or {}
    return {
        "token": "CfDJ8" + C.alnum(rng, 150, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-"),
        "ufprt": "CfDJ8" + C.alnum(rng, 210, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-"),
        "smidge": C.keep_or(rng, prev.get("smidge"), 0.12, lambda: C.hexs(rng, 8)),
        "rnd": C.keep_or(rng, prev.get("rnd"), 0.08,
                         lambda: str(638000000000000000 + int((when - dt.datetime(2022, 1, 1)).total_seconds()) * 10000000
                                     + rng.randint(0, 9999999))),
    }


LABELS = {"token": "__RequestVerificationToken (newsletter form)", "ufprt": "Umbraco Forms ufprt token",
          "smidge": "Smidge bundle version (deployment)", "rnd": "image cropper rnd cache-buster"}


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def _item(alias, key, udi, inner):
    return ('<div class="umb-block-grid__layout-item" data-content-element-type-alias="%s" data-content-element-type-key="%s" '
            'data-element-udi="umb://element/%s" data-col-span="12" data-row-span="1" '
            'style=" --umb-block-grid--item-column-span: 12; --umb-block-grid--item-row-span: 1; ">\n%s\n</div>'
            % (alias, key, udi, inner))


def render(state, blocks, when):
    h1 = blocks[0][1]
    head, secs = C.split_sections(blocks[1:])
    groups = [head + sum(([("h2", t)] + b for t, b in secs[:3]), []), sum(([("h2", t)] + b for t, b in secs[3:]), [])]
    rte_key = "5d1f6b2e-8c47-4a3e-9f0d-2b7e6c1a9d43"
    items = [_item("richTextBlock", rte_key, C.det_sha("u", 0)[:32], '<div class="rte">\n%s\n</div>' % C.blocks_html(groups[0])),
             _item("appCtaBlock", "a9c03e71-14d2-4b8f-8e65-7f2d0c4b1e58", C.det_sha("u", 1)[:32],
                   '<aside class="app-cta"><img src="/media/qh2l0v3x/app-mockup.png?width=320&amp;height=480&amp;rnd=%s" alt="" loading="lazy">'
                   '<div class="app-cta__text"><h3>Ladda enklare med appen</h3><p>Hitta lediga laddare, starta laddningen och betala direkt i mobilen.</p>'
                   '<a class="btn btn--primary" href="https://apps.apple.com/se/app/laddkraft/id1523456789">App Store</a> '
                   '<a class="btn btn--primary" href="https://play.google.com/store/apps/details?id=se.laddkraft.app">Google Play</a></div></aside>'
                   % state["rnd"]),
             _item("richTextBlock", rte_key, C.det_sha("u", 2)[:32], '<div class="rte">\n%s\n</div>' % C.blocks_html(groups[1]))]
    nav = [("Ladda", "/ladda/"), ("Laddkarta", "/laddkarta/"), ("Priser", "/priser/"), ("Företag", "/foretag/"),
           ("Bostadsrättsföreningar", "/brf/"), ("Kundservice", "/kundservice/")]
    navh = "\n".join('<li class="nav__item"><a class="nav__link" href="%s">%s</a></li>' % (u, t) for t, u in nav)
    return """<!DOCTYPE html>
<html lang="sv">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Integritetspolicy | Laddkraft</title>
    <meta name="description" content="Så behandlar Laddkraft dina personuppgifter." />
    <link rel="canonical" href="https://www.laddkraft.se/om-oss/integritetspolicy/" />
    <script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="8e1f3a52-6d7b-4c90-a2e4-5b9c0d7f1e36" data-blockingmode="auto" type="text/javascript"></script>
    <link href="/sb/main-css.css.v%s" rel="stylesheet" />
    <script data-cookieconsent="statistics" src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M9XH4L" async></script>
</head>
<body class="page page--textPage">
    <a class="skip-link" href="#main">Hoppa till innehållet</a>
    <header class="site-header">
        <div class="container site-header__inner">
            <a class="site-header__logo" href="/"><img src="/media/2ckfbx1p/laddkraft-logo.svg" alt="Laddkraft" width="160" height="40" /></a>
            <nav class="nav" aria-label="Huvudmeny"><ul class="nav__list">
{nav}
            </ul></nav>
            <a class="btn btn--outline site-header__login" href="https://mina-sidor.laddkraft.se/">Mina sidor</a>
        </div>
    </header>
    <main id="main">
        <section class="hero hero--small">
            <div class="container"><nav class="breadcrumbs" aria-label="Brödsmulor"><a href="/">Start</a> / <a href="/om-oss/">Om oss</a> / <span>Integritetspolicy</span></nav>
            <h1 class="hero__title">{h1}</h1></div>
        </section>
        <div class="container container--narrow">
<div class="umb-block-grid" data-grid-columns="12" style="--umb-block-grid--grid-columns: 12;">
<div class="umb-block-grid__layout-container">
{items}
</div>
</div>
        </div>
    </main>
    <footer class="site-footer">
        <div class="container site-footer__grid">
            <div class="site-footer__col"><h2 class="site-footer__heading">Laddkraft</h2><p>Laddkraft Sverige AB<br />Kundservice 010-155 20 00<br />Vardagar 08–18</p></div>
            <div class="site-footer__col"><h2 class="site-footer__heading">Om oss</h2><ul><li><a href="/om-oss/">Om Laddkraft</a></li><li><a href="/om-oss/jobba-hos-oss/">Jobba hos oss</a></li><li><a href="/om-oss/integritetspolicy/">Integritetspolicy</a></li><li><a href="/om-oss/cookiepolicy/">Cookiepolicy</a></li></ul></div>
            <div class="site-footer__col site-footer__newsletter">
                <h2 class="site-footer__heading">Nyhetsbrev</h2>
                <div class="umbraco-forms-form nyhetsbrev umbraco-forms-default">
<form action="/om-oss/integritetspolicy/" enctype="multipart/form-data" id="form3b9e4c1d2f7a4e8ba0c56d1e9f2b7a04" method="post" data-app="Forms">
<input data-val="true" data-val-required="The FormId field is required." id="FormId" name="FormId" type="hidden" value="3b9e4c1d-2f7a-4e8b-a0c5-6d1e9f2b7a04" />
<input data-val="true" data-val-required="The FormName field is required." id="FormName" name="FormName" type="hidden" value="Nyhetsbrev" />
<input data-val="true" data-val-required="The PreviousClicked field is required." id="PreviousClicked" name="PreviousClicked" type="hidden" value="" />
<div class="umbraco-forms-page"><fieldset class="umbraco-forms-fieldset"><div class="umbraco-forms-field epost shortanswer mandatory alternating"><label for="a1d2" class="umbraco-forms-label">E-post <span class="umbraco-forms-indicator">*</span></label><div class="umbraco-forms-field-wrapper"><input type="email" name="a1d2" id="a1d2" class="text" value="" maxlength="255" data-val="true" data-val-required="Ange din e-postadress" /></div></div></fieldset>
<div class="umbraco-forms-navigation row-fluid"><div class="col-md-12"><button type="submit" class="btn primary" name="__next" data-form-navigate="next">Prenumerera</button></div></div></div>
<input name="__RequestVerificationToken" type="hidden" value="{token}" /><input name="ufprt" type="hidden" value="{ufprt}" /></form>
                </div>
            </div>
        </div>
        <div class="container site-footer__bottom"><p>© Laddkraft Sverige AB</p><a href="javascript: Cookiebot.renew()">Cookieinställningar</a></div>
    </footer>
    <script src="/App_Plugins/UmbracoForms/Assets/promise-polyfill/dist/polyfill.min.js?v=13.1.2" type="application/javascript"></script>
    <script src="/App_Plugins/UmbracoForms/Assets/aspnet-client-validation/dist/aspnet-validation.min.js?v=13.1.2" type="application/javascript"></script>
    <script src="/App_Plugins/UmbracoForms/Assets/themes/default/umbracoforms.min.js" type="application/javascript"></script>
    <script src="/sb/main-js.js.v{smidge}"></script>
</body>
</html>
""".replace("{nav}", navh).replace("{h1}", html.escape(h1)).replace("{items}", "\n".join(items)) \
        .replace("{token}", state["token"]).replace("{ufprt}", state["ufprt"]).replace("{smidge}", state["smidge"]) \
        .replace("%s", state["smidge"])


PAGE = {
    "service": "Laddkraft",
    "url": "https://www.laddkraft.se/om-oss/integritetspolicy/",
    "lang": "sv",
    "platform": "Umbraco 13 (Block Grid, Umbraco Forms, Smidge)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Kestrel"), ("X-Frame-Options", "SAMEORIGIN"), ("Cache-Control", "private")),
    "n": 28,
    "start": dt.date(2022, 4, 1),
    "end": dt.date(2025, 2, 28),
    "hours": (5, 17),
    "policy": POLICY,
    "first_updated": dt.date(2022, 3, 3),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.laddkraft.se/om-oss/integritetspolicy/",
                    "select": [".hero__title", ".umb-block-grid .rte"]},
}
