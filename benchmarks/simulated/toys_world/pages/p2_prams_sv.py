"""Ekvik (Swedish pram and car-seat maker) on Optimizely CMS 12 (Episerver, ASP.NET Core), Swedish.

A standard ArticlePage: heading, date and preamble in the article header, the policy's XhtmlString in
`.article-page__body`. Fairly clean: per visit only the antiforgery token of the footer newsletter form
(EPiServerForms); per deploy the `asp-append-version` fingerprints; for some months a site-wide recall banner
(Säkerhetsmeddelande) above the header. All outside the declared `article.article-page`."""
import datetime as dt
import html

import common as C

URL = "https://www.ekvik.se/integritetspolicy/"
FORM_GUID = "3b0f5d7e-0c2b-4b8e-9f9f-61a2c03e4d5f"

POLICY = """
# Integritetspolicy

Senast uppdaterad: {UPDATED}

Ekvik designar barnvagnar, bilbarnstolar och tillbehör för familjer i hela Norden. Vi vill att du ska känna dig trygg när du handlar av oss, registrerar din produkt eller kontaktar vår kundtjänst. Här beskriver vi hur vi samlar in och använder dina personuppgifter och vilka rättigheter du har enligt dataskyddsförordningen (GDPR).

## Personuppgiftsansvarig

Ekvik Barnvagnar AB (org.nr 556712-4409) är personuppgiftsansvarig för behandlingen av dina personuppgifter.

@ Ekvik Barnvagnar AB
@ Fiskhamnsgatan 10
@ 414 58 Göteborg
@ Telefon: 031-712 40 00
@ E-post: dataskydd@ekvik.se

## Vilka personuppgifter behandlar vi?

Vi behandlar de uppgifter du själv lämnar till oss och uppgifter som uppstår när du använder våra tjänster:

- Namn, adress, e-postadress och telefonnummer
- Uppgifter om köp, leveranser, returer och betalningssätt
- Uppgifter om registrerade produkter, till exempel modell, färg, serienummer, inköpsdatum och återförsäljare
- Uppgifter som du lämnar i ärenden till kundtjänst, till exempel bilder på en skadad produkt
- Beräknat födelsedatum eller barnets födelsemånad, om du väljer att ange det för att få tips som passar barnets ålder
- Teknisk information om din enhet och hur du använder vår webbplats, till exempel IP-adress och webbläsare

Vi behandlar inga känsliga personuppgifter om dig eller ditt barn, och vi ber dig att inte lämna sådana uppgifter i fritextfält.

## Varför behandlar vi dina personuppgifter?

| Ändamål | Personuppgifter | Laglig grund | Lagringstid |
| Hantera köp, leveranser och returer i webbutiken | Kontakt- och köpuppgifter | Avtal | 36 månader efter köpet |
| Uppfylla krav i bokföringslagen | Köp- och betalningsuppgifter | Rättslig förpliktelse | 7 år efter utgången av det kalenderår då räkenskapsåret avslutades |
| Hantera garanti och reklamationer | Kontakt-, köp- och produktuppgifter | Avtal och rättslig förpliktelse | 3 år efter köpet |
| Produktregistrering | Kontakt- och produktuppgifter | Berättigat intresse | 10 år efter köpet |
| Skicka nyhetsbrev och erbjudanden | Namn, e-post och barnets födelsemånad | Samtycke | Tills du avregistrerar dig |
| Förbättra webbplatsen och mäta kampanjer | Teknisk information och cookies | Samtycke | Upp till 13 månader |

## Produktregistrering och garanti

När du registrerar din barnvagn eller bilbarnstol hos oss förlänger vi garantin med ett år. Vi använder uppgifterna för att hantera garantiärenden, för att kunna nå dig om det skulle uppstå ett säkerhetsproblem med din produkt och för att förstå hur våra produkter används och håller över tid. Vi använder inte uppgifterna från produktregistreringen för marknadsföring utan ditt samtycke.

## Barns personuppgifter

Våra tjänster riktar sig till vuxna. Vi samlar inte medvetet in personuppgifter från barn under 13 år. Om du anger ditt barns födelsemånad använder vi den endast för att anpassa våra utskick, till exempel när det är dags att byta från babyskydd till bakåtvänd bilbarnstol.

## Vem delar vi uppgifterna med?

Vi säljer inte dina personuppgifter. Vi lämnar inte ut dina personuppgifter till andra företag för deras marknadsföring. Vi anlitar leverantörer som behandlar uppgifter för vår räkning, och vi har personuppgiftsbiträdesavtal med samtliga:

| Mottagare | Syfte | Land |
| Optimizely | Drift av webbplats och webbutik | EU (Sverige) |
| Adyen | Kortbetalningar och Swish | EU (Nederländerna) |
| Klarna | Faktura och delbetalning | Sverige |
| PostNord och DHL Freight | Leveranser och returer | Sverige |
| Zendesk | Kundtjänst och reklamationsärenden | EU (Irland) |
| Rule Communication | Utskick av nyhetsbrev | Sverige |

Om du köper en Ekvik-produkt hos en återförsäljare och registrerar den hos oss kan vi dela uppgifter om köpet med återförsäljaren, om det behövs för att hantera ett garantiärende.

## Överföring till tredje land

Vi strävar efter att alltid behandla dina uppgifter inom EU/EES. Om en leverantör behandlar uppgifter utanför EU/EES säkerställer vi att överföringen sker enligt EU-kommissionens standardavtalsklausuler eller ett beslut om adekvat skyddsnivå, och vi vidtar kompletterande skyddsåtgärder när det behövs.

## Hur skyddar vi dina uppgifter?

Vi har vidtagit tekniska och organisatoriska åtgärder för att skydda dina personuppgifter mot förlust, missbruk och obehörig åtkomst. Endast medarbetare som behöver uppgifterna i sitt arbete har tillgång till dem, all kommunikation med webbplatsen är krypterad och vi följer regelbundet upp att våra leverantörer lever upp till samma krav. Om en personuppgiftsincident skulle inträffa som innebär en risk för dig meddelar vi dig och Integritetsskyddsmyndigheten enligt gällande regler.

## Mitt Ekvik-konto

Om du skapar ett konto sparar vi dina kontaktuppgifter, dina registrerade produkter och din orderhistorik så att du enkelt kan följa dina köp och garantiärenden. Kontot raderas om du begär det eller om det inte har använts på 36 månader. Innan vi raderar ett konto på grund av inaktivitet skickar vi en påminnelse till dig.

## Cookies

Vi använder cookies för att webbplatsen ska fungera, för att komma ihåg din varukorg och, om du har samtyckt, för statistik och marknadsföring. Du kan när som helst ändra dina val via länken Cookieinställningar längst ned på sidan. Läs mer i vår [cookiepolicy](/cookiepolicy/).

## Dina rättigheter

Du har rätt att:

- få information om och tillgång till de personuppgifter vi behandlar om dig (registerutdrag)
- få felaktiga uppgifter rättade
- få dina uppgifter raderade, om de inte längre behövs eller om vi inte är skyldiga att spara dem
- begära att behandlingen begränsas
- invända mot behandling som grundar sig på berättigat intresse och mot direktmarknadsföring
- få ut uppgifter du lämnat till oss i ett maskinläsbart format (dataportabilitet)
- när som helst återkalla ett samtycke

Skicka din begäran till dataskydd@ekvik.se. Vi besvarar den utan onödigt dröjsmål och senast inom en månad.

## Klagomål

Om du anser att vi behandlar dina personuppgifter felaktigt kan du lämna in ett klagomål till Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm, imy@imy.se. Vi uppskattar om du först kontaktar oss så att vi får möjlighet att rätta till felet.

## Ändringar i policyn

Vi kan komma att uppdatera denna integritetspolicy. Den senaste versionen finns alltid på ekvik.se, och vid väsentliga ändringar informerar vi dig via e-post om du har ett konto hos oss.
"""


def fmt_date(d):
    return d.strftime("%Y-%m-%d")


EDITS = [
    {"note": "word inserted: 'för deras egna marknadsföring'", "bump": False,
     "repl": [("till andra företag för deras marknadsföring", "till andra företag för deras egna marknadsföring")]},
    {"note": "processor added to the recipients table: nShift (delivery tracking)",
     "repl": [("| PostNord och DHL Freight | Leveranser och returer | Sverige |",
               "| PostNord och DHL Freight | Leveranser och returer | Sverige |\n"
               "| nShift | Leveransspårning och returportal | EU (Danmark) |")]},
    {"note": "retention of product registrations 10 -> 12 years",
     "repl": [("| Kontakt- och produktuppgifter | Berättigat intresse | 10 år efter köpet |",
               "| Kontakt- och produktuppgifter | Berättigat intresse | 12 år efter köpet |")]},
    {"note": "section added: safety notices and recalls",
     "repl": [("## Barns personuppgifter\n",
               "## Säkerhetsmeddelanden och återkallelser\n\n"
               "Om vi upptäcker ett fel som kan påverka säkerheten hos en barnvagn eller bilbarnstol kontaktar vi "
               "alla som har registrerat den aktuella modellen, via e-post, sms eller brev. Vi kan också ta emot "
               "kontaktuppgifter från återförsäljare för att nå köpare som inte har registrerat sin produkt. "
               "Behandlingen grundar sig på vår rättsliga förpliktelse enligt produktsäkerhetslagen och på ditt "
               "och barnets vitala intresse av en säker produkt.\n\n"
               "## Barns personuppgifter\n")]},
    {"note": "address changed: office moved to Lindholmen",
     "repl": [("@ Fiskhamnsgatan 10\n@ 414 58 Göteborg", "@ Lindholmsallén 12\n@ 417 55 Göteborg")]},
]

RECALLS = [
    (dt.datetime(2023, 9, 4), dt.datetime(2024, 3, 29),
     "Säkerhetsmeddelande: Vi återkallar bilbarnstolen Ekvik Trygg i-Size tillverkad mellan 2023-03-01 och "
     "2023-06-30. Sluta använda stolen och kontrollera serienumret.", "/sakerhet/aterkallelse-trygg-i-size/"),
    (dt.datetime(2024, 11, 12), dt.datetime(2025, 2, 14),
     "Viktig information: Kontrollera parkeringsbromsen på Ekvik Lätt sittvagn, årsmodell 2022. Vi byter "
     "bromsen kostnadsfritt.", "/sakerhet/latt-sittvagn-broms/"),
]


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["token"] = "CfDJ8" + C.b64tok(rng, 116).replace("+", "-").replace("/", "_").rstrip("=")
    st["fingerprint"] = C.keep_or(rng, p.get("fingerprint"), 0.2,
                                  lambda: [C.b64tok(rng, 32).replace("+", "-").replace("/", "_").rstrip("=")
                                           for _ in range(3)])
    st["recall"] = next((k for k, (a, b, t, u) in enumerate(RECALLS) if a <= when < b), None)
    return st


LABELS = {
    "token": "__RequestVerificationToken of the footer newsletter form (per visit)",
    "fingerprint": "asp-append-version ?v= fingerprints of main.css / vendor.js / main.js (deploy)",
    "recall": "site-wide recall banner (Säkerhetsmeddelande) above the header, up for some months",
}

NAV = [("Barnvagnar", "/barnvagnar/"), ("Bilbarnstolar", "/bilbarnstolar/"), ("Sittvagnar", "/sittvagnar/"),
       ("Tillbehör", "/tillbehor/"), ("Inspiration", "/inspiration/"), ("Kundservice", "/kundservice/")]


def article(blocks):
    head = blocks[:3]
    body = blocks[3:]
    assert head[0][0] == "h1" and head[1][0] == "p" and head[2][0] == "p"
    return ('<article class="article-page">\n<header class="article-page__header">\n'
            '<h1 class="article-page__heading">%s</h1>\n<p class="article-page__date">%s</p>\n'
            '<div class="article-page__preamble"><p>%s</p></div>\n</header>\n'
            '<div class="article-page__body rich-text">\n%s\n</div>\n</article>'
            % (C.inline_html(head[0][1]), C.inline_html(head[1][1]), C.inline_html(head[2][1]),
               C.blocks_html(body, cls={"table": "table table--responsive"})))


def render(st, blocks, when):
    css, vendor, mainjs = st["fingerprint"]
    alert = ""
    if st["recall"] is not None:
        t, u = RECALLS[st["recall"]][2:]
        alert = ('<div class="site-alert site-alert--warning" role="alert" data-alert-id="%s"><div class="container">'
                 '<svg class="icon icon--warning" aria-hidden="true"><use xlink:href="/dist/icons.svg#warning"></use>'
                 '</svg><p class="site-alert__text">%s <a href="%s">Läs mer</a></p></div></div>'
                 % (C.det_sha("recall", st["recall"])[:8], html.escape(t), html.escape(u)))
    nav = "".join('<li class="main-nav__item"><a class="main-nav__link" href="%s">%s</a></li>' % (h, t)
                  for t, h in NAV)
    hidden = "".join('<input type="hidden" class="Form__Element Form__SystemElement FormHidden FormHideInSummarized" '
                     'name="%s" value="%s" data-f-type="hidden" />' % kv
                     for kv in (("__FormGuid", FORM_GUID), ("__FormHostedPage", "1187"), ("__FormLanguage", "sv"),
                                ("__FormCurrentStepIndex", "0"), ("__FormSubmissionId", "")))
    return """<!DOCTYPE html>
<html lang="sv">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Integritetspolicy | Ekvik</title>
    <meta name="description" content="Så behandlar Ekvik Barnvagnar AB dina personuppgifter." />
    <meta property="og:title" content="Integritetspolicy" />
    <meta property="og:type" content="website" />
    <meta property="og:url" content="%(url)s" />
    <meta property="og:image" content="https://www.ekvik.se/globalassets/og/ekvik-og.jpg" />
    <link rel="canonical" href="%(url)s" />
    <link rel="alternate" hreflang="sv-SE" href="https://www.ekvik.se/integritetspolicy/" />
    <link rel="alternate" hreflang="nb-NO" href="https://www.ekvik.no/personvern/" />
    <link rel="alternate" hreflang="fi-FI" href="https://www.ekvik.fi/tietosuojaseloste/" />
    <link rel="alternate" hreflang="da-DK" href="https://www.ekvik.dk/privatlivspolitik/" />
    <link rel="preload" href="/dist/fonts/ekvik-sans-regular.woff2" as="font" type="font/woff2" crossorigin />
    <link href="/dist/css/main.css?v=%(css)s" rel="stylesheet" />
    <script id="CookieConsent" src="https://policy.app.cookieinformation.com/uc.js" data-culture="SV" data-gcm-version="2.0" type="text/javascript"></script>
    <script>
        window.dataLayer = window.dataLayer || [];
        window.dataLayer.push({"pageType":"ArticlePage","pageId":"1187","language":"sv","market":"SE"});
    </script>
    <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-N4X8QTR');</script>
    <script type="text/javascript">
!(function(cfg){function e(){cfg.onInit&&cfg.onInit(n)}var x,w,D,t,E,n,C=window,O=document,b=C.location,q="script",I="ingestionendpoint",L="disableExceptionTracking",j="ai.device.";"instrumentationKey"[x="toLowerCase"](),w="crossOrigin",D="POST",t="appInsightsSDK",E=cfg.name||"appInsights",(cfg.name||C[t])&&(C[t]=E),n=C[E]||function(g){var f=!1,m=!1,h={initialize:!0,queue:[],sv:"8",version:2,config:g};return h}(cfg.cfg),(C[E]=n).queue&&0===n.queue.length?(n.queue.push(e),n.trackPageView({})):e();})({
  src: "https://js.monitor.azure.com/scripts/b/ai.3.gbl.min.js",
  crossOrigin: "anonymous",
  cfg: { connectionString: "InstrumentationKey=6f1d2a77-3c0b-4e5e-a1c4-9b0f2e7d8a31;IngestionEndpoint=https://swedencentral-0.in.applicationinsights.azure.com/" }
});
    </script>
</head>
<body class="page-article">
    <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-N4X8QTR" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
    <a class="skip-link" href="#main-content">Hoppa till innehållet</a>
    %(alert)s
    <header class="site-header" data-component="SiteHeader">
        <div class="site-header__top container">
            <a class="site-header__logo" href="/" aria-label="Ekvik startsida"><svg class="logo" viewBox="0 0 120 32" aria-hidden="true"><use xlink:href="/dist/icons.svg#logo"></use></svg></a>
            <nav class="main-nav" aria-label="Huvudmeny"><ul class="main-nav__list">%(nav)s</ul></nav>
            <div class="site-header__tools">
                <button class="site-header__search-toggle" aria-expanded="false" aria-controls="site-search">Sök</button>
                <a class="site-header__dealers" href="/hitta-aterforsaljare/">Hitta återförsäljare</a>
                <a class="site-header__cart" href="/varukorg/" data-component="MiniCart" data-count="0">Varukorg <span class="badge">0</span></a>
                <div class="market-selector"><button class="market-selector__toggle" aria-expanded="false">Sverige (SEK)</button></div>
            </div>
        </div>
        <div id="site-search" class="site-search" hidden><form action="/sok/" method="get"><label class="visually-hidden" for="q">Sök</label><input id="q" name="q" type="search" placeholder="Sök produkter, reservdelar och artiklar" /></form></div>
    </header>
    <main id="main-content" class="page page--article">
        <div class="container">
            <nav class="breadcrumbs" aria-label="Brödsmulor"><ol class="breadcrumbs__list"><li class="breadcrumbs__item"><a href="/">Start</a></li><li class="breadcrumbs__item"><a href="/kundservice/">Kundservice</a></li><li class="breadcrumbs__item" aria-current="page">Integritetspolicy</li></ol></nav>
            <div class="row">
                <div class="col-lg-8 offset-lg-2">
%(article)s
                </div>
            </div>
        </div>
        <div class="content-area">
            <div class="block teaserblock teaserblock--wide"><div class="teaser"><img class="teaser__image" src="/globalassets/teasers/registrera-produkt.jpg?width=960&amp;quality=80" alt="" loading="lazy" /><div class="teaser__content"><h2 class="teaser__heading">Registrera din barnvagn</h2><p class="teaser__text">Få ett extra års garanti och säkerhetsinformation direkt till din e-post.</p><a class="button button--primary" href="/registrera-produkt/">Registrera produkt</a></div></div></div>
        </div>
    </main>
    <footer class="site-footer">
        <div class="container">
            <div class="site-footer__grid">
                <div class="site-footer__col">
                    <form method="post" novalidate="novalidate" data-f-metadata="" enctype="multipart/form-data" class="EPiServerForms" data-f-type="form" id="%(guid)s">
                        <script type="text/javascript" src="/Util/EPiServer.Forms/EPiServer.Forms.Samples/ClientResources/ViewMode/EPiServerFormsSamples.js"></script>
                        %(hidden)s
                        <input name="__RequestVerificationToken" type="hidden" value="%(token)s" />
                        <h2 class="Form__Title">Nyhetsbrev</h2>
                        <aside class="Form__Description">Tips, nyheter och erbjudanden för dig som väntar barn eller har små barn.</aside>
                        <div class="Form__Status"><div class="Form__Status__Message hide" data-f-form-statusmessage></div></div>
                        <div data-f-mainbody class="Form__MainBody">
                            <section id="__field_" data-f-type="step" data-f-element-name="__field_" class="Form__Element FormStep Form__Element--NonData" data-f-stepindex="0" data-f-element-nondata>
                                <div class="Form__Element FormTextbox FormTextbox--Email ValidationRequired" data-f-element-name="__field_1204" data-f-type="textbox" data-f-modifier="email"><label for="e1b6f3b2-4e7a-4a43-9d0c-0a5a2c1f9e71" class="Form__Element__Caption">E-post</label><input name="__field_1204" id="e1b6f3b2-4e7a-4a43-9d0c-0a5a2c1f9e71" type="email" class="FormTextbox__Input" aria-describedby="__field_1204_desc" placeholder="namn@exempel.se" data-f-datainput required aria-required="true" autocomplete="email" /><span data-f-linked-name="__field_1204" data-f-validationerror="" class="Form__Element__ValidationError" aria-live="polite" id="__field_1204_desc" role="alert" style="display:none;">*</span></div>
                                <button id="0a8f2d6c-2b51-4c1e-8d34-7f0e9a3c5b12" name="submit" type="submit" value="0a8f2d6c-2b51-4c1e-8d34-7f0e9a3c5b12" data-f-is-finalized="false" data-f-is-progressive-submit="true" data-f-type="submitbutton" data-f-element-name="__field_1205" class="Form__Element FormExcludeDataRebind FormSubmitButton">Prenumerera</button>
                            </section>
                        </div>
                    </form>
                </div>
                <div class="site-footer__col">
                    <h2 class="site-footer__heading">Kundservice</h2>
                    <ul class="site-footer__links"><li><a href="/kundservice/kontakta-oss/">Kontakta oss</a></li><li><a href="/kundservice/garanti/">Garanti och reklamation</a></li><li><a href="/kundservice/reservdelar/">Reservdelar</a></li><li><a href="/sakerhet/">Säkerhet och återkallelser</a></li><li><a href="/kopvillkor/">Köpvillkor</a></li><li><a href="/integritetspolicy/">Integritetspolicy</a></li><li><a href="/cookiepolicy/">Cookiepolicy</a></li><li><a href="javascript:CookieConsent.renew();">Cookieinställningar</a></li></ul>
                </div>
                <div class="site-footer__col">
                    <h2 class="site-footer__heading">Ekvik</h2>
                    <ul class="site-footer__links"><li><a href="/om-ekvik/">Om Ekvik</a></li><li><a href="/hallbarhet/">Hållbarhet</a></li><li><a href="/jobba-hos-oss/">Jobba hos oss</a></li><li><a href="/press/">Press</a></li></ul>
                    <ul class="site-footer__social"><li><a href="https://www.instagram.com/ekvik/" aria-label="Instagram"></a></li><li><a href="https://www.facebook.com/ekvik" aria-label="Facebook"></a></li><li><a href="https://www.youtube.com/@ekvik" aria-label="YouTube"></a></li></ul>
                </div>
            </div>
            <p class="site-footer__legal">&copy; Ekvik Barnvagnar AB. Alla priser inkl. moms.</p>
        </div>
    </footer>
    <script src="/dist/js/vendor.js?v=%(vendor)s"></script>
    <script src="/dist/js/main.js?v=%(mainjs)s"></script>
    <script type="text/javascript" src="/Util/EPiServer.Forms/EPiServer.Forms.Core/ClientResources/ViewMode/EPiServerForms_prerequisite.js"></script>
    <script type="text/javascript" src="/Util/EPiServer.Forms/EPiServer.Forms.Core/ClientResources/ViewMode/EPiServerForms.min.js"></script>
</body>
</html>
""" % dict(url=URL, css=css, vendor=vendor, mainjs=mainjs, alert=alert, nav=nav, article=article(blocks),
           guid=FORM_GUID, hidden=hidden, token=st["token"])


PAGE = {
    "service": "Ekvik",
    "url": URL,
    "lang": "sv",
    "platform": "Optimizely CMS 12 (Episerver) on ASP.NET Core",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Microsoft-IIS/10.0"), ("X-Frame-Options", "SAMEORIGIN"),
                      ("Cache-Control", "no-cache, no-store"), ("Content-Language", "sv")),
    "n": 29,
    "start": dt.date(2022, 9, 12),
    "end": dt.date(2025, 7, 20),
    "hours": (2, 14),
    "policy": POLICY,
    "first_updated": dt.date(2022, 5, 24),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "article.article-page"},
}
