"""Siffergruppen Redovisning - sv accounting and payroll bureau (Uppsala) - Squarespace 7.1 page: the policy in a
text block, the blog's summary block and a newsletter block below it in the same page section."""
import datetime as dt
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import akit as K  # noqa: E402
from akit import C  # noqa: E402

URL = "https://www.siffergruppen.se/integritetspolicy"
WEBSITE = "5f3a9c1e8b7d2a0012c4e6f1"
COLLECTION = "60b8e4f2a1c3d50017e9b2a4"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.month("sv", d), d.year)


POLICY = """
# Integritetspolicy

Senast uppdaterad {UPDATED}

Siffergruppen Redovisning AB värnar om din personliga integritet. I denna policy beskriver vi hur vi samlar in,
använder och skyddar personuppgfiter när du är kund hos oss, kontaktperson hos en kund, anställd hos en kund vars
lön vi administrerar, eller besöker vår webbplats.

## Personuppgiftsansvarig

@ Siffergruppen Redovisning AB (org.nr 556812-3476)
@ Kungsgatan 41
@ 753 21 Uppsala
@ Telefon: 018-12 34 50
@ E-post: [integritet@siffergruppen.se](mailto:integritet@siffergruppen.se)

När vi sköter löneadministration för ditt företag är ditt företag personuppgiftsansvarigt för de anställdas
uppgifter och vi är personuppgiftsbiträde. Vi tecknar då ett personuppgiftsbiträdesavtal med varje kund.

## Vilka personuppgifter behandlar vi?

- namn, personnummer, adress, telefonnummer och e-postadress;
- uppgifter om bankkonto, lön, skatt, förmåner och frånvaro för anställda hos våra kunder;
- underlag till bokföring och deklarationer, till exempel kvitton, fakturor och kontoutdrag;
- uppgifter för kundkännedom enligt penningtvättslagen, såsom legitimation och verklig huvudman.

Vi samlar i första hand in uppgifterna från dig eller från ditt företag. Uppgifter om anställda får vi från
arbetsgivaren, och vissa uppgifter hämtar vi från offentliga register som Bolagsverket, Skatteverket och
Roaring för att kontrollera identitet och verklig huvudman. Vi behandlar inte känsliga personuppgifter, utom
uppgifter om sjukfrånvaro och fackföreningsavgifter som behövs för att beräkna lön.

## Ändamål och rättslig grund

| Ändamål | Rättslig grund |
| Redovisning, bokslut och deklarationer | Avtal |
| Löneadministration och arbetsgivardeklarationer | Avtal och rättslig förpliktelse |
| Kundkännedom och kontroll enligt penningtvättslagen | Rättslig förpliktelse |
| Nyhetsbrev och inbjudningar till seminarier | Samtycke |
| Besvara frågor via kontaktformuläret | Berättigat intresse |

## Personuppgiftsbiträden

Vi anlitar leverantörer som behandlar personuppgifter för vår räkning. Alla biträden är bundna av avtal och
behandlar uppgifterna inom EU/EES.

| Leverantör | Tjänst | Land |
| Visma Spcs AB | Bokförings- och lönesystem | Sverige |
| Microsoft Ireland Operations Ltd | E-post och dokumentlagring | Irland |
| Squarespace Ireland Ltd | Webbplats och nyhetsbrev | Irland |

## Mottagare av personuppgifter

Vi lämnar ut personuppgifter när det krävs enligt lag eller för att utföra uppdraget, till exempel till
Skatteverket, Bolagsverket, Försäkringskassan, Fora, pensionsbolag och banker. Om vi misstänker penningtvätt är vi
skyldiga att rapportera till Finanspolisen, och vi får då inte informera dig om rapporteringen. Vi säljer aldrig
personuppgifter till tredje part.

## Hur vi skyddar uppgifterna

Vi har vidtagit tekniska och organisatoriska åtgärder för att skydda personuppgifterna mot förlust, obehörig
åtkomst och ändring. Åtkomst till kunduppgifter är begränsad till de medarbetare som arbetar med uppdraget, all
inloggning sker med tvåfaktorsautentisering och våra medarbetare har tystnadsplikt enligt FAR:s yrkesregler.
Underlag i pappersform förvaras i låsta skåp och makuleras säkert när de inte längre behövs.

## Hur länge sparar vi uppgifterna?

Räkenskapsinformation sparas i sju år enligt bokföringslagen. Handlingar om kundkännedom sparas i fem år efter att
affärsförbindelsen upphört enligt penningtvättslagen. Uppgifter i vårt kundregister raderas 24 månader efter att
uppdraget avslutats. Prenumeranter på nyhetsbrevet kan när som helst avregistrera sig.

## Cookies

Vår webbplats använder följande cookies:

- nödvändiga cookies för att webbplatsen ska fungera och komma ihåg ditt cookieval;
- Squarespace-cookies för säkerhet och formulär;
- Google Analytics för anonymiserad besöksstatistik, endast om du har samtyckt.

## Dina rättigheter

Du har rätt att begära tillgång till, rättelse eller radering av dina personuppgifter, att begära begränsning av
behandlingen och att invända mot behandling som grundas på berättigat intresse. Du har också rätt till
dataportabilitet. Radering kan begränsas av lagkrav, till exempel bokföringslagen.

Kontakta oss på e-postadressen ovan om du vill utöva dina rättigheter. Vi svarar inom en månad och kan behöva
be dig styrka din identitet innan vi lämnar ut uppgifter.

## Ändringar i policyn

Vi kan komma att uppdatera denna integritetspolicy, till exempel när vi byter leverantör eller när lagstiftningen
ändras. Den senaste versionen finns alltid på denna sida och datumet överst visar när den senast ändrades.

Om du är missnöjd med vår behandling kan du lämna klagomål till Integritetsskyddsmyndigheten (IMY),
[www.imy.se](https://www.imy.se).
"""

EDITS = [
    {"note": "processor table: Fortnox AB added (client portal and invoice scanning)",
     "repl": [("| Visma Spcs AB | Bokförings- och lönesystem | Sverige |",
               "| Visma Spcs AB | Bokförings- och lönesystem | Sverige |\n"
               "| Fortnox AB | Kundportal och fakturatolkning | Sverige |")]},
    {"note": "customer register retention extended from 24 to 36 months",
     "repl": [("raderas 24 månader efter att", "raderas 36 månader efter att")]},
    {"note": "controller moved: Kungsgatan 41 -> Dragarbrunnsgatan 46, Uppsala; new phone",
     "repl": [("@ Kungsgatan 41\n@ 753 21 Uppsala\n@ Telefon: 018-12 34 50",
               "@ Dragarbrunnsgatan 46\n@ 753 20 Uppsala\n@ Telefon: 018-44 60 70")]},
    {"note": "paragraph added on digital meetings (Microsoft Teams) under processors",
     "repl": [("| Squarespace Ireland Ltd | Webbplats och nyhetsbrev | Irland |",
               "| Squarespace Ireland Ltd | Webbplats och nyhetsbrev | Irland |\n\n"
               "Vid digitala möten använder vi Microsoft Teams. Vi spelar aldrig in möten utan att först ha frågat "
               "alla deltagare.")]},
    {"note": "cookie list: Google Analytics replaced by Squarespace Analytics",
     "repl": [("- Google Analytics för anonymiserad besöksstatistik, endast om du har samtyckt.",
               "- Squarespace Analytics för besöksstatistik utan spårning mellan webbplatser, endast om du har "
               "samtyckt.")]},
    {"note": "typo fixed without new date: personuppgfiter -> personuppgifter", "bump": False,
     "repl": [("personuppgfiter", "personuppgifter")]},
]

POSTS = K.make_posts(dt.date(2021, 12, 1), dt.date(2026, 6, 30), [
    "Fem saker att tänka på inför bokslutet", "Nya regler för friskvårdsbidrag", "Så fungerar ROT och RUT",
    "Räntefördelning i enskild firma", "Momsdeklaration: vanliga misstag", "Förmånsvärde för elbil",
    "K2 eller K3 – vilket regelverk passar dig?", "Digitala kvitton och bokföringslagen",
    "Ändrade regler för utdelning i fåmansbolag", "Lönekartläggning – vem måste göra den?"],
    (25, 60), random.Random("siffergruppen-posts"))


def announcement(when):
    m, y = when.month, when.year
    if m in (2, 3, 4) or (m == 5 and when.day <= 2):
        return "Deklarationen ska vara inne senast 2 maj %d – boka hjälp med din K10 i tid!" % y
    if m in (6, 7):
        return "Vi har sommarbemanning vecka 28–31. Svar på e-post kan dröja."
    if m == 12:
        return "Årsbokslut %d? Lämna in dina underlag senast 31 januari." % y
    return "Nya kunder: första mötet är alltid kostnadsfritt."


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["rollup"] = C.hexs(rng, 32)
    s["rollups"] = K.sticky(rng, prev.get("rollups"), 0.5, lambda: (C.hexs(rng, 32), C.hexs(rng, 32)))
    s["sitecss"] = K.sticky(rng, prev.get("sitecss"), 0.2, lambda: 1400 + i * 7 + rng.randint(0, 6))
    s["announcement"] = announcement(when)
    s["posts"] = K.posts_until(POSTS, when)
    return s


LABELS = {"rollup": "Squarespace common-vendors rollup hash (platform deploys)",
          "rollups": "other Squarespace rollup hashes", "sitecss": "versioned-site-css counter (style edits)",
          "announcement": "announcement bar text by season (in SQUARESPACE_CONTEXT)",
          "posts": "summary block 'Senaste från bloggen' (INSIDE the page section, removed)"}


def _summary(s):
    items = "".join(
        '<div class="summary-item summary-item-record-type-text sqs-gallery-design-autocolumns-slide"><div class='
        '"summary-content sqs-gallery-meta-container"><div class="summary-title"><a href="/blogg/%s" class="summary-'
        'title-link">%s</a></div><div class="summary-metadata-container summary-metadata-container--below-title">'
        '<div class="summary-metadata summary-metadata--primary"><time class="summary-metadata-item summary-metadata-'
        'item--date" datetime="%s">%s</time></div></div></div></div>' % (slug, C.esc(t), d.isoformat(), fmt_date(d))
        for d, t, slug in s["posts"])
    return ('<div class="sqs-block summary-v2-block sqs-block-summary-v2" data-block-type="55" id="block-yui_3_17_2_1_'
            '1630507741234_18840"><div class="sqs-block-content"><div class="summary-block-wrapper summary-block-'
            'collection-type-blog-basic-grid summary-block-setting-design-autocolumns" data-controller="Summary'
            'Block" data-block-type="55"><div class="summary-block-header"><h3 class="summary-heading">'
            '<span>Senaste från bloggen</span></h3></div><div class="summary-item-list-container sqs-gallery-'
            'container"><div class="summary-item-list sqs-gallery">%s</div></div></div></div></div>' % items)


def render(s, blocks, when):
    head = C.render_blocks(blocks, tags={"p": ' class="" style="white-space:pre-wrap;"',
                                         "h2": ' style="white-space:pre-wrap;"'}, sep="")
    ctx = ('{"facebookAppId":"314192535267336","facebookApiVersion":"v6.0","rollups":{"squarespace-announcement-'
           'bar":{"js":"//assets.squarespace.com/universal/scripts-compressed/announcement-bar-%s-min.sv-SE.js"},'
           '"squarespace-cookie-banner":{"js":"//assets.squarespace.com/universal/scripts-compressed/cookie-banner-'
           '%s-min.sv-SE.js"}},"pageType":2,"website":{"id":"%s","identifier":"siffergruppen","websiteType":1,'
           '"contentModifiedOn":%d,"cloneable":false,"hasBeenCloneable":false,"siteStatus":{},"language":"sv-SE",'
           '"timeZone":"Europe/Stockholm","machineTimeZoneOffset":%d,"timeZoneAbbr":"%s","siteTitle":"Siffergruppen '
           'Redovisning","fullSiteTitle":"Integritetspolicy \\u2014 Siffergruppen Redovisning","announcementBar'
           'Settings":{"style":2,"text":"<p>%s</p>","clickthroughUrl":{"url":"/kontakt","newWindow":false}},'
           '"templateVersion":"7.1"},"collectionId":"%s","showAnnouncementBar":true}'
           % (s["rollups"][0], s["rollups"][1], WEBSITE, C.epoch(when) * 1000 - 86400000 * (1 + s["sitecss"] % 9),
              7200000 if 4 <= when.month <= 10 else 3600000, "CEST" if 4 <= when.month <= 10 else "CET",
              C.esc(s["announcement"]).replace('"', '\\"'), COLLECTION))
    return (
        '<!doctype html>\n<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/'
        'fbml" lang="sv-SE">\n<head>\n<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<!-- This is Squarespace. --><!-- siffergruppen -->\n<base href="">\n<meta charset="utf-8" />\n'
        '<title>Integritetspolicy &mdash; Siffergruppen Redovisning</title>\n'
        '<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.'
        'squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>\n'
        '<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = %s;</script>\n'
        '<script crossorigin="anonymous" src="//assets.squarespace.com/universal/scripts-compressed/common-vendors-'
        'stable-%s-min.sv-SE.js" defer></script>\n'
        '<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/%s/'
        '%d/%s/%s/1548/site.css"/>\n</head>\n'
        '<body id="collection-%s" class="primary-button-style-solid primary-button-shape-pill header-width-full '
        'tweak-transparent-header tweak-blog-alternating-side-by-side-width-full footer-width-full '
        'form-field-style-outline header-button-style-solid view-item collection-type-page">\n'
        '<div class="sqs-announcement-bar-dropzone"></div>\n<div id="siteWrapper" class="clearfix site-wrapper">\n'
        '<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-'
        'controller="Header" data-current-styles="{}"><div class="header-inner container--fluid header-layout--with-'
        'commerce"><div class="header-title-logo"><a href="/" data-animation-role="header-element"><img src="//images.'
        'squarespace-cdn.com/content/v1/%s/1598432123456-ABCDEF/siffergruppen-logo.png?format=1500w" alt="'
        'Siffergruppen Redovisning"></a></div><div class="header-nav"><nav class="header-nav-list"><div class="header-'
        'nav-item header-nav-item--collection"><a href="/tjanster">Tjänster</a></div><div class="header-nav-item '
        'header-nav-item--collection"><a href="/om-oss">Om oss</a></div><div class="header-nav-item header-nav-item--'
        'collection"><a href="/blogg">Blogg</a></div><div class="header-nav-item header-nav-item--collection"><a '
        'href="/kontakt">Kontakt</a></div></nav></div><div class="header-actions-action header-actions-action--cta">'
        '<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/boka-mote">Boka '
        'möte</a></div></div></header>\n'
        '<main id="page" class="container" role="main">\n<article class="sections" id="sections" data-page-sections='
        '"%s">\n<section data-test="page-section" data-section-theme="white" class="page-section content-width--'
        'narrow full-width background-width--full-bleed section-height--medium horizontal-alignment--center vertical-'
        'alignment--middle white" data-section-id="%s" data-controller="SectionWrapperController">\n'
        '<div class="section-border"><div class="section-background"></div></div>\n<div class="content-wrapper">'
        '<div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-'
        '%s"><div class="row sqs-row"><div class="col sqs-col-12 span-12">\n'
        '<div class="sqs-block html-block sqs-block-html" data-block-type="2" data-sqsp-block="text" id="block-yui_3_'
        '17_2_1_1630507741234_4471"><div class="sqs-block-content"><div class="sqs-html-content">%s</div></div></div>\n'
        '%s\n'
        '<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-yui_3_17_2_1_'
        '1630507741234_22310"><div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-'
        'wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><div class="newsletter-form-header"><h2 class='
        '"newsletter-form-header-title">Prenumerera på vårt nyhetsbrev</h2><div class="newsletter-form-header-'
        'description"><p>Skatteråd och viktiga datum, en gång i månaden.</p></div></div><form class="newsletter-form" '
        'data-form-id="%s" autocomplete="on" method="POST" novalidate><div class="newsletter-form-body"><div class="'
        'newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email '
        'required"><label class="newsletter-form-field-label title">E-postadress</label><input class="newsletter-form-'
        'field-element field-element" name="email" type="email" spellcheck="false" placeholder="E-postadress"></div>'
        '</div><div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-'
        'system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-'
        'element--primary" type="submit" value="Registrera dig"><span class="newsletter-form-button-label">Registrera '
        'dig</span></button></div></div></form></div></div></div>\n'
        '</div></div></div></div></div>\n</section>\n</article>\n</main>\n'
        '<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="'
        'page-section background-width--full-bleed section-height--small" data-section-id="%s"><div class="content-'
        'wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div '
        'class="row sqs-row"><div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html" data-'
        'block-type="2"><div class="sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:'
        'pre-wrap;">Siffergruppen Redovisning AB · Auktoriserad redovisningsbyrå (FAR)</p></div></div></div></div><div '
        'class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class='
        '"sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;"><a href="/'
        'integritetspolicy">Integritetspolicy</a> · <a href="/kontakt">Kontakt</a></p></div></div></div></div></div>'
        '</div></div></div></section></footer>\n</div>\n'
        '<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-'
        'bundle.%s.js" type="text/javascript"></script>\n</body>\n</html>\n'
        % (ctx, s["rollup"], WEBSITE, s["sitecss"], COLLECTION, WEBSITE, COLLECTION, WEBSITE, COLLECTION,
           COLLECTION[:-4] + "b2a5", COLLECTION[:-4] + "b2a5", head, _summary(s), C.det_sha("form", WEBSITE)[:24],
           COLLECTION[:-4] + "b2a7", s["rollups"][1][:20]))


PAGE = {
    "service": "Siffergruppen Redovisning", "url": URL, "lang": "sv-SE", "platform": "Squarespace 7.1",
    "content_type": "text/html;charset=utf-8",
    "n": 30, "start": dt.date(2022, 3, 10), "end": dt.date(2026, 5, 15), "hours": (3, 9, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 9, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#sections .sqs-layout"],
                    "remove": [".sqs-block-summary-v2", ".sqs-block-newsletter"]},
}
