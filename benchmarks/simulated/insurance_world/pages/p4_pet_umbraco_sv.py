"""Swedish pet insurer (dogs, cats, horses) on Umbraco 13 with the Block Grid editor and Umbraco Forms.

The policy is an `article.content-page` holding the block grid: a heading block, rich-text blocks and a table
block; at its end, still inside the article, a page-feedback block ("Var den här sidan till hjälp?" with the
share of yes votes so far), which the declaration removes. Per visit: Umbraco Forms' anti-forgery token in the
quick-quote form beside the article. Sticky: the Trustpilot TrustBox text in the footer (rating, review count),
a campaign ribbon ("Just nu: …") that changes by season; feedback percentages and vote counts move often.
"""
import datetime as dt

import common as C

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]

POLICY = """
# Integritetspolicy

Senast uppdaterad: {UPDATED}

Tassa Djurförsäkring AB värnar om din personliga integritet. I den här policyn beskriver vi hur vi samlar in, använder och skyddar dina personuppgifter när du försäkrar ditt djur hos oss, anmäler en skada, besöker tassa.se eller använder appen Tassa.

## Personuppgiftsansvarig

Tassa Djurförsäkring AB, organisationsnummer 556789-1234, är personuppgiftsansvarig för behandlingen av dina personuppgifter.

@ Tassa Djurförsäkring AB
@ Box 1142
@ 111 81 Stockholm

Vi har ett dataskyddsombud som du når på [dataskydd@tassa.se](mailto:dataskydd@tassa.se).

## Vilka personuppgifter behandlar vi?

Vi behandlar uppgifter om dig som djurägare och om ditt djur:

- namn, personnummer, adress, telefonnummer och e-postadress;
- uppgifter om ditt djur, till exempel art, ras, kön, födelsedatum, chipnummer och registreringsnummer hos Jordbruksverket eller Svenska Kennelklubben;
- journaler, diagnoser och kvitton från veterinären när du anmäler en skada;
- betalningsuppgifter som bankkontonummer och uppgifter om autogiro;
- uppgifter om hur du använder vår webbplats och app, till exempel IP-adress och enhetsinformation.

Uppgifterna får vi oftast från dig, men också från veterinärkliniker, från den försäkringsförmedlare eller uppfödare som har hjälpt dig att teckna försäkringen och från offentliga register som Statens personadressregister (SPAR), så att vi har din aktuella adress. Om du har djurförsäkring via ett samarbete med en rasklubb får vi uppgifter om ditt medlemskap från klubben.

Uppgifter om ditt djurs hälsa är inte känsliga personuppgifter enligt dataskyddsförordningen, men vi behandlar dem med samma omsorg.

## Varför behandlar vi dina personuppgifter?

| Ändamål | Rättslig grund | Hur länge vi sparar uppgifterna |
| Ge dig ett prisförslag | Åtgärder inför avtal | 90 dagar om du inte tecknar försäkringen |
| Administrera din försäkring | Avtal | Så länge försäkringen gäller och sju år därefter |
| Reglera skador, även genom direktreglering med veterinärkliniken | Avtal | Sju år efter att skadan reglerats |
| Förebygga och upptäcka försäkringsbedrägerier | Berättigat intresse | Sju år efter att skadan reglerats |
| Uppfylla krav i bokföringslagen | Rättslig förpliktelse | Sju år efter utgången av det kalenderår räkenskapsåret avslutades |
| Skicka erbjudanden och nyhetsbrev | Berättigat intresse eller samtycke | Tills du säger nej till marknadsföring |

## Direktreglering med veterinären

När du besöker en ansluten klinik kan kliniken skicka skadeanmälan direkt till oss. Kliniken lämnar då uppgifter om besöket, diagnos, behandling och kostnad, och vi meddelar kliniken hur mycket försäkringen ersätter. På så vis behöver du bara betala din självrisk på plats. Om du inte vill att kliniken direktreglerar kan du betala hela kostnaden själv och skicka in kvittot i appen.

## Videosamtal med veterinär i appen

I appen kan du boka videosamtal med legitimerade veterinärer hos vår samarbetspartner. Under samtalet kan du visa ditt djur och skicka bilder. Veterinären för journal enligt lagen om verksamhet inom djurens hälso- och sjukvård och är själv ansvarig för journalen. Vi får bara veta att ett samtal har ägt rum och vilken kategori ärendet gällde, så att vi kan följa upp tjänsten och betala partnern. Samtalet spelas inte in.

## När du inte är vår kund

Vi kan behandla dina personuppgifter även om du inte själv är försäkrad hos oss, till exempel om ett djur som vi försäkrar har skadat dig eller din egendom och du kräver ersättning från djurägarens ansvarsförsäkring, om du är uppfödare och har tecknat en valpförsäkring för valpar som sedan säljs vidare, eller om du är kontaktperson hos en veterinärklinik. Vi behandlar då bara de uppgifter som behövs för att hantera ärendet.

## Vilka delar vi uppgifterna med?

Vi delar bara dina uppgifter när det behövs:

- veterinärkliniker och djursjukhus vid direktreglering;
- vårt återförsäkringsbolag;
- Svensk Försäkrings gemensamma skadeanmälningsregister (GSR) för att förebygga bedrägerier;
- leverantörer som hjälper oss med IT, utskick och betalningar;
- myndigheter när lagen kräver det.

### Personuppgiftsbiträden

| Leverantör | Tjänst | Var uppgifterna behandlas |
| Microsoft Ireland Operations Ltd | Molntjänster och e-post | EU/EES |
| Bambora AB | Kortbetalningar | Sverige |
| Bankgirocentralen BGC AB | Autogiro | Sverige |
| Postnord Strålfors AB | Utskick av brev och försäkringsbrev | Sverige |

## Överföring utanför EU/EES

Vi strävar efter att behandla dina uppgifter inom EU/EES. Om en leverantör behandlar uppgifter utanför EU/EES använder vi EU-kommissionens standardavtalsklausuler eller överför till länder som enligt kommissionen har en adekvat skyddsnivå.

## Dina rättigheter

Du har rätt att:

- få ett registerutdrag med de personupgifter vi behandlar om dig;
- få felaktiga uppgifter rättade;
- få uppgifter raderade när de inte längre behövs;
- begära att behandlingen begränsas;
- invända mot behandling som grundar sig på berättigat intresse, till exempel direktmarknadsföring;
- få ut uppgifter som du har lämnat till oss i ett maskinläsbart format (dataportabilitet).

Om du är missnöjd med hur vi behandlar dina personuppgifter kan du lämna klagomål till Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm.

## Hur skyddar vi dina uppgifter?

Vi skyddar dina personuppgifter med tekniska och organisatoriska åtgärder, till exempel kryptering, behörighetsstyrning, tvåfaktorsinloggning för våra medarbetare och loggning av vem som har tittat på ett skadeärende. Bara de medarbetare som behöver uppgifterna i sitt arbete får tillgång till dem. Vi testar regelbundet våra system och utbildar personalen i dataskydd.

## Ändringar i policyn

Vi kan komma att uppdatera den här policyn, till exempel när vi lanserar nya tjänster eller när lagstiftningen ändras. Datumet högst upp visar när policyn senast ändrades. Vid större förändringar meddelar vi dig via e-post eller i appen innan ändringen börjar gälla.

## Cookies

Vi använder cookies på tassa.se. Läs mer i vår [cookiepolicy](/om-tassa/cookies).

## Kontakta oss

Har du frågor om hur vi behandlar dina personuppgifter? Ring kundservice på 08-410 222 00, vardagar 8–17, eller skriv till [kundservice@tassa.se](mailto:kundservice@tassa.se).
"""

EDITS = [
    {"note": "new sentence: simple claims assessed automatically, with the right to a manual review",
     "repl": [("skicka in kvittot i appen.",
               "skicka in kvittot i appen. Enklare skadeanmälningar, till exempel vaccinationer och mindre veterinärbesök, bedöms automatiskt utifrån dina försäkringsvillkor. Du kan alltid begära att en skadereglerare granskar beslutet.")]},
    {"note": "processor added to the sub-processors table (Zendesk for customer service chat, outside the EEA)",
     "repl": [("| Postnord Strålfors AB |", "| Zendesk Inc. | Kundtjänst och chatt | USA (standardavtalsklausuler) |\n| Postnord Strålfors AB |")]},
    {"note": "typo fixed: 'personupgifter' -> 'personuppgifter', no new date",
     "bump": False,
     "repl": [("de personupgifter vi behandlar", "de personuppgifter vi behandlar")]},
    {"note": "quote retention changed from 90 days to 30 days",
     "repl": [("| 90 dagar om du inte tecknar försäkringen |", "| 30 dagar om du inte tecknar försäkringen |")]},
    {"note": "customer-service phone number and hours changed",
     "repl": [("Ring kundservice på 08-410 222 00, vardagar 8–17,", "Ring kundservice på 0771-82 77 82, vardagar 8–18,")]},
]

CAMPAIGNS = [
    "Just nu: teckna kattförsäkring och få första månaden gratis",
    "Just nu: 10 % rabatt på hundförsäkring första året",
    "Nyhet: Tassa Vet – videosamtal med veterinär dygnet runt",
    "Just nu: hästförsäkring med 20 % rabatt för medlemmar i Svenska Ridsportförbundet",
]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def noise(rng, when, i, prev):
    prev = prev or {}
    fb = prev.get("feedback")
    if fb is None or rng.random() < 0.7:
        votes = (fb[1] if fb else 1800) + rng.randint(3, 60)
        fb = (rng.randint(84, 93), votes)
    return {
        "rvt": "CfDJ8" + C.alnum(rng, 150, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        "feedback": fb,
        "trustpilot": C.keep_or(rng, prev.get("trustpilot"), 0.35,
                                lambda: (rng.choice(["4,6", "4,7", "4,7", "4,8"]), 11000 + i * 140 + rng.randint(0, 99))),
        "campaign": C.keep_or(rng, prev.get("campaign"), 0.2, lambda: rng.choice(CAMPAIGNS)),
    }


LABELS = {"rvt": "Umbraco Forms anti-forgery token", "feedback": "page-feedback percentages (inside article, removed)",
          "trustpilot": "Trustpilot TrustBox rating/count", "campaign": "campaign ribbon"}


def grid_item(alias, key, udi, span, inner):
    return ('<div class="umb-block-grid__layout-item" data-content-element-type-alias="%s" '
            'data-content-element-type-key="%s" data-element-udi="umb://element/%s" data-col-span="%d" data-row-span="1" '
            'style=" --umb-block-grid--item-column-span: %d; --umb-block-grid--item-row-span: 1; ">\n%s\n</div>'
            % (alias, key, udi, span, span, inner))


def render(state, blocks, when):
    items = []
    buf = []
    k = 0

    def flush():
        nonlocal buf, k
        if buf:
            k += 1
            items.append(grid_item("richTextBlock", "5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b", C.det_sha("rte", k)[:32], 12,
                                   '<div class="block-rte">\n%s\n</div>' % C.blocks_html(buf)))
            buf = []
    for b in blocks:
        if b[0] in ("h1", "h2"):
            flush()
            k += 1
            tag = b[0]
            items.append(grid_item("headingBlock", "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", C.det_sha("h", k)[:32], 12,
                                   '<%s class="block-heading block-heading--%s">%s</%s>' % (tag, "page" if tag == "h1" else "section", C.inline_html(b[1]), tag)))
        elif b[0] == "table":
            flush()
            k += 1
            items.append(grid_item("tableBlock", "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f", C.det_sha("t", k)[:32], 12,
                                   '<div class="block-table table-responsive">%s</div>' % C.block_html(b, {"table": "table table--striped"})))
        else:
            buf.append(b)
    flush()
    pct, votes = state["feedback"]
    rating, count = state["trustpilot"]
    return """<!DOCTYPE html>
<html lang="sv">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Integritetspolicy – Tassa Djurförsäkring</title>
    <meta name="description" content="Så behandlar Tassa Djurförsäkring dina personuppgifter." />
    <link rel="canonical" href="https://www.tassa.se/om-tassa/integritetspolicy" />
    <link rel="stylesheet" href="/dist/css/main.css?v=3.14.2" />
    <script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="7e2f9a1c-3b4d-4e5f-a6b7-c8d9e0f1a2b3" data-culture="sv" type="text/javascript" async></script>
    <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-NX4T8QW');</script>
    <script type="text/javascript" src="//widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js" async></script>
</head>
<body class="page page--contentPage">
    <a class="skip-link" href="#main">Hoppa till innehållet</a>
    <div class="campaign-ribbon"><a href="/kampanj">%(campaign)s</a></div>
    <header class="site-header">
        <div class="site-header__inner container">
            <a class="site-header__logo" href="/"><img src="/media/xk2bq0fd/tassa-logo.svg" alt="Tassa Djurförsäkring" width="140" height="40" /></a>
            <nav class="main-nav" aria-label="Huvudmeny">
                <ul class="main-nav__list">
                    <li class="main-nav__item"><a href="/hundforsakring">Hund</a></li>
                    <li class="main-nav__item"><a href="/kattforsakring">Katt</a></li>
                    <li class="main-nav__item"><a href="/hastforsakring">Häst</a></li>
                    <li class="main-nav__item"><a href="/smadjur">Smådjur</a></li>
                    <li class="main-nav__item"><a href="/anmal-skada">Anmäl skada</a></li>
                </ul>
            </nav>
            <a class="btn btn--secondary site-header__login" href="https://minasidor.tassa.se/">Mina sidor</a>
        </div>
    </header>
    <main id="main" class="site-main">
        <nav class="breadcrumbs container" aria-label="Brödsmulor"><ol><li><a href="/">Start</a></li><li><a href="/om-tassa">Om Tassa</a></li><li aria-current="page">Integritetspolicy</li></ol></nav>
        <div class="container content-layout">
            <article class="content-page">
<div class="umb-block-grid" data-grid-columns="12" style="--umb-block-grid--grid-columns: 12;">
<div class="umb-block-grid__layout-container">
%(items)s
</div>
</div>
                <aside class="page-feedback" data-page-id="1274">
                    <p class="page-feedback__question">Var den här sidan till hjälp?</p>
                    <div class="page-feedback__buttons"><button type="button" data-vote="yes">Ja</button><button type="button" data-vote="no">Nej</button></div>
                    <p class="page-feedback__result">%(pct)d %% av %(votes)s besökare tyckte att sidan var till hjälp.</p>
                </aside>
            </article>
            <aside class="content-sidebar">
                <div class="quote-box">
                    <h2 class="quote-box__title">Få ett prisförslag</h2>
                    <form action="/umbraco/surface/umbracoformsrender/handleform" enctype="multipart/form-data" id="form1c9e2b7a4f" method="post" class="umbraco-forms-form snabboffert umbraco-forms-default">
                        <input type="hidden" name="FormId" value="1c9e2b7a-4f3d-4e2a-8b1c-0d9e8f7a6b5c" />
                        <input type="hidden" name="FormName" value="Snabboffert" />
                        <input type="hidden" name="RecordId" value="" />
                        <input type="hidden" name="PreviousClicked" value="" />
                        <input type="hidden" name="Theme" value="default" />
                        <input type="hidden" name="RedirectToPageId" value="" />
                        <div class="umbraco-forms-field djurart"><label for="a1b2">Djurslag</label><select id="a1b2" name="a1b2"><option>Hund</option><option>Katt</option><option>Häst</option></select></div>
                        <div class="umbraco-forms-field fodelsear"><label for="c3d4">Födelseår</label><input id="c3d4" name="c3d4" type="number" /></div>
                        <input type="submit" class="btn primary" value="Visa pris" name="__next" />
                        <input name="__RequestVerificationToken" type="hidden" value="%(rvt)s" />
                    </form>
                </div>
            </aside>
        </div>
    </main>
    <footer class="site-footer">
        <div class="container site-footer__grid">
            <div class="trustpilot-widget" data-locale="sv-SE" data-template-id="5419b6a8b0d04a076446a9ad" data-businessunit-id="5b7c3e2a1f0d9e0001a2b3c4" data-style-height="24px" data-style-width="100%%" data-theme="dark">
                <a href="https://se.trustpilot.com/review/tassa.se" target="_blank" rel="noopener">Utmärkt %(rating)s av 5 baserat på %(count)s omdömen</a>
            </div>
            <ul class="site-footer__links"><li><a href="/om-tassa">Om Tassa</a></li><li><a href="/om-tassa/integritetspolicy">Integritetspolicy</a></li><li><a href="/om-tassa/cookies">Cookies</a></li><li><a href="/om-tassa/klagomal">Klagomål</a></li><li><a href="javascript:Cookiebot.renew()">Cookieinställningar</a></li></ul>
            <p class="site-footer__legal">Tassa Djurförsäkring AB står under Finansinspektionens tillsyn. © %(year)d Tassa</p>
        </div>
    </footer>
    <script src="/dist/js/main.js?v=3.14.2"></script>
    <script src="/App_Plugins/UmbracoForms/Assets/themes/default/umbracoforms.min.js" type="application/javascript"></script>
</body>
</html>
""" % {"campaign": state["campaign"], "items": "\n".join(items), "pct": pct,
       "votes": "{:,}".format(votes).replace(",", "\u00a0"), "rvt": state["rvt"], "rating": rating,
       "count": "{:,}".format(count).replace(",", "\u00a0"), "year": when.year}


PAGE = {
    "service": "Tassa Djurforsakring",
    "url": "https://www.tassa.se/om-tassa/integritetspolicy",
    "lang": "sv",
    "platform": "Umbraco 13 (Block Grid, Umbraco Forms) on ASP.NET Core",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Kestrel"), ("X-Powered-By", "ASP.NET"), ("Cache-Control", "no-cache, no-store")],
    "n": 30,
    "start": dt.date(2023, 2, 1),
    "end": dt.date(2025, 9, 15),
    "policy": POLICY,
    "first_updated": dt.date(2022, 12, 12),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.tassa.se/om-tassa/integritetspolicy", "select": "article.content-page",
                    "remove": ".page-feedback"},
}
