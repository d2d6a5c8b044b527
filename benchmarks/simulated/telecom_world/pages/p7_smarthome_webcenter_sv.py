"""Hemvik (Göteborg) - sv-SE - Oracle WebCenter Sites 12c, served as ISO-8859-1, a smart-home device maker.

The legal page holds three documents as tabs (Integritetspolicy, Cookiepolicy, Användarvillkor för appen), all in
the HTML; the cookie and app-terms tabs are edited on their own schedule. The privacy tab's `.article-detail`
holds the policy and an `.article-tools` bar (PDF download via a Satellite blob URL whose blobwhere changes when
the PDF is regenerated, "Publicerad" stamp). Around: ;jsessionid= appended to navigation links for cookie-less
visitors, a render comment with the serving node and time, Eloqua site tracking with a per-visit GUID, an Oracle
Maxymiser test on the hero, chat-support availability (open/closed, queue), a firmware/app version box, rotating
product promos."""
import datetime as dt
import common as C

URL = "https://www.hemvik.se/sv/integritetspolicy"
MAN = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november",
       "december"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MAN[d.month - 1], d.year)


POLICY = """
# Integritetspolicy för Hemvik-appen och Hemvik-enheter

Senast uppdaterad: {UPDATED}

Hemvik AB tillverkar smarta termostater, rörelsesensorer, dörrlås och kameror samt appen Hemvik Home. Här beskriver vi hur vi behandlar personuppgifter när du använder våra produkter, appen och vår webbplats.

## Personuppgiftsansvarig

Hemvik AB (org.nr 556912-4471), Lindholmspiren 7, 417 56 Göteborg, är personuppgiftsansvarig. Vårt dataskyddsombud nås på [dataskydd@hemvik.se](mailto:dataskydd@hemvik.se).

## Vilka uppgifter vi samlar in

- kontouppgifter: namn, e-postadress och lösenord (lagrat som hash);
- enhetsdata: serienummer, firmwareversion, temperatur, energiförbrukning och händelser från sensorer;
- videoklipp från kameror, om du har aktiverat molnlagring;
- uppgifter om hemmets plats, om du använder geofencing för att styra värmen när du lämnar eller kommer hem.

## Varför vi behandlar uppgifterna

Vi behandlar uppgifterna för att tillhandahålla appen och molntjänsten, för att skicka larm och notiser, för att uppdatera enheternas firmware och för att ge support.

Med ditt samtycke använder vi anonymiserad energidata för att förbättra våra algoritmer för värmestyrning.

## Mottagare

Vi anlitar personuppgiftsbiträden för drift av molntjänsten (Microsoft Ireland Operations Ltd, Azure-datacenter i Sverige) och för kundsupport. Om du kopplar Hemvik till en röstassistent delas enhetsstatus med den leverantören.

## Lagringstid

| Uppgift | Lagringstid |
| Kontouppgifter | tills du raderar kontot |
| Enhetshändelser | 24 månader |
| Videoklipp i molnet | 30 dagar |

## Dina rättigheter

Du har rätt att få tillgång till, rätta, radera och flytta dina uppgifter samt att invända mot behandling. Du kan radera ditt konto direkt i appen under Inställningar. Du kan lämna klagomål till [Integritetsskyddsmyndigheten (IMY)](https://www.imy.se/).
"""

EDITS = [
    {"note": "recipients: customer-support processor named (Zendesk Inc.)",
     "repl": [("och för kundsupport. Om du kopplar", "och för kundsupport (Zendesk Inc., med EU-baserad datalagring). Om du kopplar")]},
    {"note": "retention: cloud video clips 30 -> 14 days",
     "repl": [("| Videoklipp i molnet | 30 dagar |", "| Videoklipp i molnet | 14 dagar |")]},
    {"note": "consent sentence reworded (pseudonymised energy data, energy reports), silent", "bump": False,
     "repl": [("Med ditt samtycke använder vi anonymiserad energidata för att förbättra våra algoritmer för värmestyrning.",
               "Med ditt samtycke använder vi pseudonymiserad energidata för att förbättra värmestyrningen och för att ta fram personliga energirapporter till dig.")]},
    {"note": "new section 'Barn och familjemedlemmar' before the rights section",
     "repl": [("## Dina rättigheter", "## Barn och familjemedlemmar\n\nHemvik Home riktar sig inte till barn under 13 år. Du kan bjuda in familjemedlemmar till ditt hem i appen; de får då se enheternas status men inte dina kontouppgifter.\n\n## Dina rättigheter")]},
    {"note": "retention table: new row for geofencing positions (7 days)",
     "repl": [("| Videoklipp i molnet |", "| Positioner för geofencing | 7 dagar |\n| Videoklipp i molnet |")]},
]

COOKIES = [
    "Vi använder nödvändiga cookies för inloggning och kundvagn samt, med ditt samtycke, analyscookies (Adobe Analytics) och marknadsföringscookies.",
    "Vi använder nödvändiga cookies för inloggning och kundvagn samt, med ditt samtycke, analyscookies (Adobe Analytics, Oracle Maxymiser) och marknadsföringscookies (Meta, Google).",
    "Vi använder nödvändiga cookies för inloggning och kundvagn. Analys- och marknadsföringscookies sätts endast om du godkänner dem i cookieinställningarna. Du kan ändra ditt val när som helst.",
]
TERMS = [
    "Appen Hemvik Home får användas för att styra Hemvik-enheter i ditt eget hem. Hemvik ansvarar inte för avbrott i tredje parts tjänster.",
    "Appen Hemvik Home får användas för att styra Hemvik-enheter i ditt eget hem och i fritidshus som du disponerar. Hemvik ansvarar inte för avbrott i tredje parts tjänster.",
    "Appen Hemvik Home får användas för att styra Hemvik-enheter i hem som du disponerar. Abonnemanget Hemvik Plus förnyas månadsvis och kan sägas upp i appen.",
]
PROMOS = [("Nyhet: Hemvik Lås 2", "Lås upp med mobilen eller en engångskod till hantverkaren."),
          ("Termostat T3", "Spara upp till 20 % på uppvärmningen."),
          ("Kamera Ute", "Molnlagring ingår första månaden."),
          ("Startpaket Trygg", "Rörelsesensor, dörrsensor och hubb för 1 490 kr.")]
NODES = ["wcs-prod-01", "wcs-prod-02", "wcs-prod-03"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["session"] = (C.hexs(rng, 32).upper(), C.uuid4(rng))
    s["render"] = (rng.choice(NODES), when + dt.timedelta(seconds=rng.randint(-40, 0)))
    s["cookies_tab"] = 0 if when < dt.datetime(2022, 6, 1) else (1 if when < dt.datetime(2024, 9, 15) else 2)
    s["terms_tab"] = 0 if when < dt.datetime(2023, 3, 1) else (1 if when < dt.datetime(2025, 5, 1) else 2)
    s["pdf"] = C.keep_or(rng, prev.get("pdf"), 0.3, lambda: (1482937460000 + rng.randint(0, 99999),
                                                             (when - dt.timedelta(days=rng.randint(0, 15))).strftime("%Y-%m-%d")))
    open_ = 8 <= when.hour + 1 <= 17 and when.weekday() < 5
    s["chat"] = (open_, rng.randint(1, 12) if open_ else 0)
    s["mm"] = rng.choice(["default", "varA", "varB"])
    s["versions"] = ("3.%d.%d" % (2 + (when.year - 2021), when.month), "2.%d.%d" % ((when.year - 2021), when.month % 7),
                     "5.%d.%d" % ((when.year - 2021) * 3 + when.month // 4, rng.randint(0, 3)))
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.5, lambda: rng.randrange(len(PROMOS)))
    return s


LABELS = {
    "session": "per-visit ;jsessionid= in nav links and Eloqua GUID",
    "render": "render comment (serving node, time)",
    "cookies_tab": "cookie-policy tab (another document on the page) edited",
    "terms_tab": "app-terms tab (another document on the page) edited",
    "pdf": "PDF blob link and 'Publicerad' stamp in the privacy tab's tools bar",
    "chat": "chat-support availability box",
    "mm": "Oracle Maxymiser hero variant",
    "versions": "firmware/app version box",
    "promo": "product promo rotated",
}


def _latin1(s):
    return "".join(c if ord(c) < 256 else "&#%d;" % ord(c) for c in s)


def render(s, blocks, when):
    js, guid = s["session"]
    node, rt = s["render"]
    sess = ";jsessionid=" + js
    body = C.blocks_html(blocks, {"table": "data-table"})
    blobwhere, pub = s["pdf"]
    open_, q = s["chat"]
    chat = ('<div class="chat-box chat-box--open"><p><strong>Chatta med Hemvik-support</strong></p><p>Öppet nu &ndash; väntetid cirka %d min</p>'
            '<button class="chat-box__start">Starta chatt</button></div>' % q) if open_ else (
        '<div class="chat-box chat-box--closed"><p><strong>Chatta med Hemvik-support</strong></p><p>Chatten är stängd. Vi öppnar vardagar kl. 08.00.</p>'
        '<a href="/sv/support%s">Sök i supportartiklar</a></div>' % sess)
    t, fw_c, app = s["versions"]
    pt, pd = PROMOS[s["promo"]]
    hero = {"default": "Tryggt och smart hemma", "varA": "Ditt hem. Dina data.", "varB": "Vi tar din integritet på allvar"}[s["mm"]]
    nav = "".join('<li><a href="%s%s">%s</a></li>' % (u, sess, l) for u, l in
                  [("/sv/produkter", "Produkter"), ("/sv/app", "Appen"), ("/sv/support", "Support"), ("/sv/om-hemvik", "Om Hemvik")])
    page = ('<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">\n'
            '<title>Integritetspolicy - Hemvik</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<link rel="stylesheet" type="text/css" href="/Hemvik/css/hemvik-main.css">\n'
            '<script type="text/javascript" src="//service.maxymiser.net/api/eu/hemvik.se/a41f7c/mmapi.js"></script>\n'
            '<script type="text/javascript">var _elqQ = _elqQ || [];_elqQ.push([\'elqSetSiteId\', \'1947362841\']);'
            '_elqQ.push([\'elqUseFirstPartyCookie\', \'trk.hemvik.se\']);_elqQ.push([\'elqTrackPageView\']);'
            'var elqCustomerGUID = "%s";</script>\n'
            '</head>\n<body class="legal-page">\n<div id="fw-wrapper">\n'
            '<div class="fw-header"><a href="/sv%s" class="logo"><img src="/cs/Satellite?blobcol=urldata&amp;blobheader=image%%2Fsvg%%2Bxml&amp;blobkey=id&amp;'
            'blobtable=MungoBlobs&amp;blobwhere=1482937452210&amp;ssbinary=true" alt="Hemvik"></a><ul class="fw-nav">%s</ul>'
            '<a class="fw-login" href="https://app.hemvik.se/login">Logga in</a></div>\n'
            '<div class="fw-hero fw-hero--%s"><p>%s</p></div>\n'
            '<div class="fw-content" id="main" data-asset-type="Page" data-asset-id="1482937461234">\n'
            '<ul class="legal-tabs" role="tablist"><li role="presentation" class="active"><a href="#tab-integritet" role="tab" aria-selected="true">Integritetspolicy</a></li>'
            '<li role="presentation"><a href="#tab-cookies" role="tab">Cookiepolicy</a></li><li role="presentation"><a href="#tab-villkor" role="tab">Användarvillkor för appen</a></li></ul>\n'
            '<div class="tab-content">\n'
            '<div class="tab-pane active" role="tabpanel" id="tab-integritet" data-asset-type="HV_Article" data-asset-id="1482937461301">\n'
            '<div class="article-detail">\n<div class="article-tools"><a class="pdf" href="/cs/Satellite?blobcol=urldata&amp;blobheader=application%%2Fpdf&amp;blobkey=id&amp;'
            'blobtable=MungoBlobs&amp;blobwhere=%d&amp;ssbinary=true">Ladda ner som PDF</a> <span class="published">Publicerad %s</span></div>\n'
            '<div class="article-body">\n%s\n</div>\n</div>\n</div>\n'
            '<div class="tab-pane" role="tabpanel" id="tab-cookies" data-asset-type="HV_Article" data-asset-id="1482937461302">\n'
            '<div class="article-detail"><div class="article-body"><h1>Cookiepolicy</h1><p>%s</p>'
            '<p><a href="#" class="cookie-settings">Ändra cookieinställningar</a></p></div></div>\n</div>\n'
            '<div class="tab-pane" role="tabpanel" id="tab-villkor" data-asset-type="HV_Article" data-asset-id="1482937461303">\n'
            '<div class="article-detail"><div class="article-body"><h1>Användarvillkor för appen Hemvik Home</h1><p>%s</p></div></div>\n</div>\n'
            '</div>\n'
            '<div class="fw-aside">%s<div class="version-box"><h3>Senaste versioner</h3><ul><li>Termostat T3 firmware %s</li>'
            '<li>Kamera Ute firmware %s</li><li>Hemvik Home-appen %s</li></ul></div>'
            '<div class="promo-box"><h3>%s</h3><p>%s</p><a href="/sv/produkter%s">Läs mer</a></div></div>\n'
            '</div>\n'
            '<div class="fw-footer"><p>Hemvik AB &middot; Lindholmspiren 7 &middot; 417 56 Göteborg</p>'
            '<ul><li><a href="/sv/integritetspolicy%s">Integritetspolicy</a></li><li><a href="/sv/kontakt%s">Kontakt</a></li></ul>'
            '<p>&copy; %d Hemvik AB</p></div>\n</div>\n'
            '<script type="text/javascript" src="/sites/Hemvik/js/hemvik-legal.js"></script>\n'
            '</body>\n</html>\n'
            '<!-- pagename=Hemvik/Page/LegalLayout c=Page cid=1482937461234 rendered by %s at %s -->\n'
            % (guid, sess, nav, s["mm"], hero, blobwhere, pub, body, COOKIES[s["cookies_tab"]], TERMS[s["terms_tab"]],
               chat, t, fw_c, app, pt, pd, sess, sess, sess, when.year, node, rt.strftime("%Y-%m-%d %H:%M:%S")))
    return _latin1(page)


PAGE = {
    "service": "Hemvik", "url": URL, "lang": "sv-SE", "platform": "Oracle WebCenter Sites",
    "content_type": "text/html; charset=ISO-8859-1", "encoding": "iso-8859-1",
    "extra_headers": (("Server", "Oracle-HTTP-Server"), ("X-Powered-By", "Servlet/3.0 JSP/2.2")),
    "n": 31, "start": dt.date(2021, 3, 15), "end": dt.date(2026, 6, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 1, 11), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#tab-integritet .article-detail"], "remove": [".article-tools"]},
}
