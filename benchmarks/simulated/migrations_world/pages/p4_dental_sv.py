"""Leende Tandvård (a dental clinic chain), Swedish: a Google Docs document "published to the web" and proxied at
the clinic's address (2019) -> a Notion public page on the clinic's domain (2021) -> a Framer site (2023).

Google Docs -> Notion (a relaunch with a revised policy: online booking through a new booking system): Docs'
class soup (<p class="c4"><span class="c1">), the title as a "title" paragraph, links through google.com/url with
a per-load `ust`, each address line its own paragraph; Notion: a div per block, headings demoted to h3, list
items as separate blocks with a CSS bullet, the address as one block with <br>, links direct.
Notion -> Framer: headings promoted back to h2, a div per sentence in a Framer text stack, lists as <ul>/<ol> with
<p> inside, e-mail split with a span around the "@", links absolute.
Noise: Docs' per-load `ust`/`usg` in every link, Notion's request id and build, Framer's script nonce and
publish stamp, a rotating "Boka tid" promotion.
"""
import datetime as dt
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import mwlib as M  # noqa: E402

MANADER = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MANADER[d.month - 1], d.year)


POLICY = """# Integritetspolicy för Leende Tandvård

Senast uppdaterad: {UPDATED}

Leende Tandvård AB driver tandvårdskliniker i Göteborg, Borås och Halmstad. Vi värnar om din personliga integritet och behandlar dina personuppgifter enligt dataskyddsförordningen (GDPR), patientdatalagen och patientsäkerhetslagen. I den här policyn beskriver vi vilka uppgifter vi behandlar, varför vi gör det och vilka rättigheter du har.

## Personuppgiftsansvarig

@ Leende Tandvård AB
@ Kungsportsavenyen 21
@ 411 36 Göteborg
@ Org.nr 556789-1234

Frågor om hur vi behandlar dina uppgifter kan du skicka till vårt dataskyddsombud på [dataskydd@leendetandvard.se](mailto:dataskydd@leendetandvard.se).

## Vilka uppgifter behandlar vi?

När du är patient hos oss behandlar vi bland annat följande uppgifter:

- namn, personnummer och kontaktuppgifter
- uppgifter om din hälsa, dina tänder och tidigare behandlingar
- röntgenbilder och fotografier av dina tänder
- uppgifter om betalningar och högkostnadsskydd

Uppgifter om din hälsa är känsliga personuppgifter. Vi behandlar dem bara för att kunna ge dig god och säker vård och för att uppfylla vår skyldighet att föra journal.

## Varför behandlar vi dina uppgifter?

Vi behandlar dina uppgifter för att boka och genomföra dina besök, för att föra patientjournal, för att skicka kallelser och påminnelser och för att ta betalt och rapportera till Försäkringskassan inom det statliga tandvårdsstödet. Journaluppgifter sparas i minst tio år efter den sista anteckningen, enligt patientdatalagen.

## Vem delar vi uppgifterna med?

Vi lämnar bara ut uppgifter när lagen kräver det eller när det behövs för din vård, till exempel till Försäkringskassan, till tandtekniska laboratorier som tillverkar dina kronor och proteser, eller till en specialist som du remitteras till. Våra IT-leverantörer behandlar uppgifter för vår räkning enligt personuppgiftsbiträdesavtal.

## Dina rättigheter

Du har rätt att:

1. få veta vilka uppgifter vi behandlar om dig och få en kopia av din journal
2. få felaktiga uppgifter rättade
3. invända mot behandling som grundar sig på ett berättigat intresse
4. lämna klagomål till Integritetsskyddsmyndigheten

Observera att journaluppgifter inte kan raderas på begäran, eftersom vi enligt lag måste spara dem. Du kan läsa mer om dina rättigheter hos [Integritetsskyddsmyndigheten](https://www.imy.se/privatperson/dataskydd/dina-rattigheter/).

## Hur skyddar vi dina uppgifter?

Vi använder tekniska och organisatoriska säkerhetsåtgärder för att skydda dina personuppgifter mot obehörig åtkomst, förlust och förstörelse. Endast den personal som deltar i din vård eller som behöver uppgifterna för sitt arbete har tillgång till din journal, och all åtkomst loggas. Vi kontrollerar regelbundet loggarna för att upptäcka obehöriga läsningar.

## Överföring till länder utanför EU

Vi strävar efter att alltid behandla dina uppgifter inom EU och EES. Om en leverantör behöver behandla uppgifter utanför EU och EES säkerställer vi att överföringen sker med stöd av EU-kommissionens standardavtalsklausuler eller ett beslut om adekvat skyddsnivå.

## Ändringar i policyn

Vi kan komma att uppdatera den här integritetspolicyn. Datumet högst upp visar när policyn senast ändrades. Vid större förändringar informerar vi dig i samband med ditt nästa besök eller via SMS.

## Kameraövervakning och telefonsamtal

I våra väntrum och vid entréerna finns kameraövervakning för att förebygga stölder och skadegörelse. Kameror finns aldrig i behandlingsrummen. Inspelat material sparas i högst fjorton dagar och granskas endast om en incident har inträffat. Samtal till vår bokningscentral spelas inte in, men vi för anteckningar om ditt ärende i journalen när samtalet gäller din vård. Om du kontaktar oss via e-post ber vi dig att inte skicka känsliga uppgifter om din hälsa, eftersom vanlig e-post inte är krypterad.

## Barn och unga

Barn och unga upp till och med det år de fyller 23 år får fri tandvård i regionen. När vi behandlar barn under 18 år lämnar vi information och kallelser till vårdnadshavare, om inte barnet har nått en sådan mognad att det självt kan ta ställning till sin vård."""

EDITS = [
    {"at": 0.12, "note": "a word: 'Borås och Halmstad' -> 'Borås, Halmstad och Varberg' (a new clinic)",
     "repl": [("i Göteborg, Borås och Halmstad", "i Göteborg, Borås, Halmstad och Varberg")]},
    {"mig": 1, "note": "relaunch with a revised policy: a new section on online booking through the booking system",
     "repl": [("## Vem delar vi uppgifterna med?", "## Bokning på nätet\n\nNär du bokar tid på vår webbplats använder vi ett bokningssystem från en extern leverantör. Du loggar in med BankID, och vi får då ditt namn och personnummer. Bokningsuppgifterna sparas i tolv månader om de inte förs in i din journal.\n\n## Vem delar vi uppgifterna med?")]},
    {"at": 0.5, "note": "a list item: 'uppgifter om dina kallelser och SMS-påminnelser' added",
     "repl": [("- uppgifter om betalningar och högkostnadsskydd", "- uppgifter om betalningar och högkostnadsskydd\n- mobilnummer för SMS-påminnelser inför dina besök")]},
    {"at": 0.78, "note": "a sentence: photographs never used in marketing without consent",
     "repl": [("för att uppfylla vår skyldighet att föra journal.", "för att uppfylla vår skyldighet att föra journal. Fotografier av dina tänder används aldrig i marknadsföring utan ditt skriftliga samtycke.")]},
    {"at": 0.92, "note": "date-only update of 'Senast uppdaterad'", "repl": []},
]

PROMOS = ["Boka tid för tandhygienist – nu även på lördagar i Borås.", "Ny klinik i Varberg öppnar snart.",
          "Akuttider varje vardag kl. 8–10.", "Välkommen till Leende Tandvård!"]


def gdoc_link(u):
    if u.startswith("mailto:"):
        return u
    if u.startswith("/"):
        u = "https://www.leendetandvard.se" + u
    return "https://www.google.com/url?q=%s&sa=D&source=editors" % u


def abs_link(u):
    return "https://www.leendetandvard.se" + u if u.startswith("/") else u


# ---- phase 0: Google Docs published to the web
ST_G = {"h1": '<p class="c11 title" id="h.t3k9x1m"><span class="c14">{t}</span></p>',
        "h2": '<h2 class="c6" id="h.{id}"><span class="c10">{t}</span></h2>',
        "p": '<p class="c4"><span class="c1">{t}</span></p>', "bold": '<span class="c12">{t}</span>',
        "ul": {"outer": '<ul class="c5 lst-kix_q8w2e1r3t4y5-0 start">{items}</ul>', "item": '<li class="c3 c8 li-bullet-0"><span class="c1">{t}</span></li>'},
        "ol": {"outer": '<ol class="c5 lst-kix_z1x2c3v4b5n6-0 start" start="1">{items}</ol>', "item": '<li class="c3 c8 li-bullet-0"><span class="c1">{t}</span></li>'},
        "addr": {"outer": "{items}", "item": '<p class="c4 c13"><span class="c1">{t}</span></p>'},
        "link_attrs": ' class="c9"', "email": "plain"}


def r_gdocs(s, blocks, di, when):
    body = M.body_html(blocks, ST_G, di, )
    body = body.replace("&amp;source=editors", "&amp;source=editors&amp;ust=%d&amp;usg=%s" % (s["ust"], s["usg"]))
    return """<!DOCTYPE html><html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><title>Integritetspolicy – Leende Tandvård</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link href="https://www.gstatic.com/docs/documents/share/images/favicon_3.ico" rel="shortcut icon"></head>
<body><div id="banner"><div id="publish-banner"><span id="title">Integritetspolicy – Leende Tandvård</span><div id="interval">Uppdateras automatiskt var femte minut</div></div></div>
<div id="contents"><style type="text/css">ul.lst-kix_q8w2e1r3t4y5-0{list-style-type:none}.lst-kix_q8w2e1r3t4y5-0>li:before{content:"\\0025cf   "}.c1{color:#000000;font-weight:400;font-size:11pt;font-family:"Arial"}.c12{font-weight:700}.c9{color:#1155cc;text-decoration:underline}.title{padding-top:0pt;font-size:26pt}</style>
%s
</div><div id="footer"><div class="dash"><a href="https://docs.google.com/document/d/e/2PACX-1vQk3x9Leende7TandvardZpX0/pub?urp=gmail_link">Publicerat med Google Dokument</a> – <a href="#" id="abuse-link">Rapportera otillåten användning</a> – Uppdateras automatiskt var femte minut</div></div>
<script nonce="%s">DOCS_timing['ifl']=%d;</script></body></html>""" % (body, s["nonce"], s["ifl"])


# ---- phase 1: Notion public page
def nb(kind, inner, bid):
    return '<div data-block-id="%s" class="notion-selectable notion-%s-block">%s</div>' % (bid, kind, inner)


ST_N = {"h2": nb("sub_header", '<h3 class="notranslate" spellcheck="true">{t}</h3>', "7c0e{id:.8}"),
        "p": nb("text", '<div class="notranslate" spellcheck="true">{t}</div>', "b1d2"),
        "ul": {"outer": "{items}", "item": nb("bulleted_list", '<div class="pseudoBefore" style="--pseudoBefore--content:\'•\'"></div><div class="notranslate">{t}</div>', "c4a{n}")},
        "ol": {"outer": "{items}", "item": nb("numbered_list", '<span class="pseudoBefore" style="--pseudoBefore--content:\'{n}.\'"></span><div class="notranslate">{t}</div>', "d7f{n}")},
        "addr": {"outer": nb("text", '<div class="notranslate">{items}</div>', "e9a1"), "item": "{t}", "sep": "<br>"},
        "link_attrs": ' class="notion-link-token notion-focusable-token notion-enable-hover" rel="noopener noreferrer"'}


def r_notion(s, blocks, di, when):
    title = '<h1 class="notranslate notion-title">%s</h1>' % M.inline(blocks[0][1], ST_N)
    body = M.body_html(blocks, ST_N, di, skip={0})
    return """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Integritetspolicy för Leende Tandvård</title>
<link rel="stylesheet" href="/_assets/app-%s.css"><script>window.CONFIG={"env":"production","isAdminMode":false,"requestId":"%s","version":"23.13.%s"}</script></head>
<body class="notion-body"><div id="notion-app"><div class="notion-app-inner notion-light-theme"><div class="notion-frame">
<div class="notion-topbar"><div class="notion-topbar-breadcrumb">Leende Tandvård / Integritetspolicy</div><a href="https://www.notion.so/signup" class="notion-topbar-share">Skapa med Notion</a></div>
<div class="notion-scroller"><div class="notion-page-block">%s</div>
<div class="notion-page-content">%s</div></div>
<div class="notion-callout-footer">%s</div></div></div></div></body></html>""" % (
        s["build"][:10].lower(), s["req"], s["ver"], title, body, s["promo"])


# ---- phase 2: Framer
ST_F = {"h1": '<h1 class="framer-text framer-styles-preset-1wml6uu">{t}</h1>',
        "h2": '<h2 class="framer-text framer-styles-preset-ci2ngw">{t}</h2>',
        "sent": ('<div class="framer-1x7v3k-stack" data-framer-name="Paragraph">{t}</div>', '<div class="framer-text-line"><p class="framer-text">{t}</p></div>'),
        "ul": {"outer": '<ul class="framer-text">{items}</ul>', "item": '<li class="framer-text"><p class="framer-text">{t}</p></li>'},
        "ol": {"outer": '<ol class="framer-text">{items}</ol>', "item": '<li class="framer-text"><p class="framer-text">{t}</p></li>'},
        "addr": {"outer": '<p class="framer-text">{items}</p>', "item": "{t}", "sep": '<br class="framer-text"/>'},
        "email": "span", "email_class": "framer-text framer-styles-preset-link", "link_attrs": ' class="framer-text framer-styles-preset-link" target="_blank" rel="noopener"'}


def r_framer(s, blocks, di, when):
    body = M.body_html(blocks, ST_F, di)
    return """<!doctype html>
<!-- Made in Framer - framer.com -->
<!-- Published %s -->
<html lang="sv"><head><meta charset="utf-8"><title>Integritetspolicy | Leende Tandvård</title>
<meta name="generator" content="Framer %s"><link href="https://framerusercontent.com/sites/4xLeende/%s.css" rel="stylesheet"></head>
<body><div id="main" data-framer-hydrate-v2='{"routeId":"kP3xq1","localeId":"default"}'><div class="framer-Fh2Kq" style="min-height:100vh">
<nav class="framer-nav" data-framer-name="Nav"><a class="framer-text" href="./">Leende Tandvård</a><a class="framer-text" href="./boka">Boka tid</a></nav>
<div class="framer-promo" data-framer-name="Banner"><p class="framer-text">%s</p></div>
<div class="framer-4jq1ts" data-framer-name="Policy" data-framer-component-type="RichTextContainer">%s</div>
<footer class="framer-footer" data-framer-name="Footer"><p class="framer-text">© Leende Tandvård AB</p></footer></div></div>
<script type="module" nonce="%s" src="https://framerusercontent.com/sites/4xLeende/script_main.%s.mjs"></script></body></html>""" % (
        s["published"], s["fver"], s["build"][:12].lower(), s["promo"], body, s["nonce"], s["build"][:8].lower())


PHASES = [
    {"name": "Google Docs published to the web", "render": r_gdocs, "links": gdoc_link,
     "noise": {"ust": "count", "usg": "b64", "nonce": "b64", "ifl": "count"},
     "declaration": {"select": "#contents"}},
    {"name": "Notion public page", "since": 0.3, "render": r_notion, "links": abs_link, "oracle_same": False,
     "markup": "a div per block, headings demoted to h3, list items as separate blocks with CSS bullets, the address one block with <br>, links direct instead of through google.com/url",
     "noise": {"req": "uuid", "build": "build", "ver": "count", "promo": ("pick", PROMOS, 0.3)},
     "declaration": {"select": [".notion-page-block", ".notion-page-content"]}},
    {"name": "Framer", "since": 0.66, "render": r_framer, "links": abs_link, "oracle_same": True,
     "markup": "headings promoted to h2, a div per sentence in a text stack, lists as <ul>/<ol> with <p> inside, the e-mail address split by a span, the title in the text container",
     "noise": {"nonce": "b64", "build": "build", "fver": ("pick", ["c7b1a2e", "9d04f6b", "1e8a3c0"], 0.3),
               "published": ("pick", ["Jan 12, 2024, 9:41 AM UTC", "Mar 3, 2024, 2:15 PM UTC", "May 28, 2024, 8:02 AM UTC"], 0.25),
               "promo": ("pick", PROMOS, 0.3)},
     "declaration": {"select": "[data-framer-name='Policy']"}},
]

PAGE = {
    "service": "Leende Tandvård", "url": "https://www.leendetandvard.se/integritetspolicy",
    "start": dt.date(2019, 6, 1), "end": dt.date(2024, 10, 31), "n": 30, "hours": (3, 15),
    "policy": POLICY, "first_updated": dt.date(2019, 3, 4), "fmt_date": fmt_date,
    "edits": EDITS, "phases": PHASES,
    "labels": {"ust": "Docs link ust", "usg": "Docs link usg", "nonce": "script nonce", "ifl": "Docs timing",
               "req": "Notion request id", "build": "build hash", "ver": "Notion version", "promo": "promotion banner",
               "fver": "Framer version", "published": "Framer publish stamp"},
}
