"""Biblioteken i Mälardalen - sv regional library consortium - Sitevision (text portlets), Matomo."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lkit as K  # noqa: E402
from lkit import C  # noqa: E402

URL = "https://www.bibliotekenimalardalen.se/om-oss/personuppgifter.html"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["sv"][d.month - 1], d.year)


POLICY = """
# Så behandlar vi dina personuppgifter

Senast reviderad {UPDATED}

Biblioteken i Mälardalen är ett samarbete mellan sju kommuner. Här beskriver vi hur vi behandlar personuppgifter när du har ett lånekort, lånar e-böcker, bokar rum eller deltar i våra aktiviteter. Behandlingen sker enligt dataskyddsförordningen (GDPR) och bibliotekslagen (2013:801).

## Personuppgiftsansvarig

@ Kultur- och fritidsnämnden, Västerås stad
@ Stadshuset, 721 87 Västerås
@ Telefon: 021-39 00 00
@ [biblioteket@vasteras.se](mailto:biblioteket@vasteras.se)

Du når kommunens dataskyddsombud på [dataskyddsombud@vasteras.se](mailto:dataskyddsombud@vasteras.se).

## Vilka uppgifter vi behandlar

- Namn, personnummer, adress, e-postadress och telefonnummer.
- Vilka medier du har lånat just nu, dina reservationer och eventuella avgifter.
- PIN-kod till lånekortet (lagras krypterad).
- Uppgifter om vårdnadshavare för barn under 15 år.

När du har lämnat tillbaka ett lån raderas kopplingen mellan dig och mediet efter fyra veckor, om det inte finns en skuld kvar.

## Varför vi behandlar uppgifterna

Vi behandlar uppgifterna för att kunna låna ut medier, skicka påminnelser och meddela när en reservation kan hämtas. Den rättsliga grunden är allmänt intresse enligt bibliotekslagen. Nyhetsbrev skickar vi bara om du har samtyckt.

## Vilka vi delar uppgifterna med

Vi säljer aldrig dina uppgifter. Följande leverantörer behandlar uppgifter för vår räkning:

| Leverantör | Uppgift | Land |
| Axiell Sverige AB | Bibliotekssystem Quria | Sverige |
| Elib AB | E-böcker och e-ljudböcker | Sverige |
| BiblioTeket AB | Digital meröppet-inpassering | Sverige |
| Microsoft Ireland Operations Ltd | E-post | Irland |

## Hur länge vi sparar uppgifterna

Lånekortsuppgifter sparas så länge kortet används. Har kortet inte använts på tre år raderas uppgifterna automatiskt, om det inte finns skulder. Loggar från meröppet-inpasseringen sparas i 30 dagar.

## Dina rättigheter

Du har rätt att få veta vilka uppgifter vi har om dig, att få felaktiga uppgifter rättade och i vissa fall att få uppgifter raderade. Du kan också klaga hos Integritetsskyddsmyndigheten ([imy.se](https://www.imy.se)).
"""

EDITS = [
    {"note": "supplier replaced: Elib -> BorrowBox (Bolinda Digital) for e-books",
     "repl": [("| Elib AB | E-böcker och e-ljudböcker | Sverige |",
               "| Bolinda Digital Ltd (BorrowBox) | E-böcker och e-ljudböcker | Irland |")]},
    {"note": "staffless-access log retention 30 -> 90 days",
     "repl": [("inpasseringen sparas i 30 dagar.", "inpasseringen sparas i 90 dagar.")]},
    {"note": "list item added: room booking data",
     "repl": [("- Uppgifter om vårdnadshavare",
               "- Bokningar av grupprum och datorer.\n- Uppgifter om vårdnadshavare")]},
    {"note": "typo fixed without a new date (bibliotekslagen reference)", "bump": False,
     "repl": [("bibliotekslagen (2013:801).", "bibliotekslagen (SFS 2013:801).")]},
    {"note": "controller's phone number changed (Kontaktcenter)",
     "repl": [("@ Telefon: 021-39 00 00", "@ Telefon: 021-39 10 00 (Kontaktcenter)")]},
    {"note": "paragraph added: sms reminders via Link Mobility",
     "repl": [("Nyhetsbrev skickar vi bara om du har samtyckt.", "Nyhetsbrev skickar vi bara om du har samtyckt.\n\n"
               "Om du har valt påminnelser via sms skickas ditt telefonnummer till Link Mobility AB, som "
               "levererar meddelandet.")]},
]

EVENTS = ["Bokcirkel: nordiska deckare", "Språkcafé på svenska", "Sagostund för 3–5 år", "Släktforskning för "
          "nybörjare", "Digitalhjälp: BankID och Kivra", "Författarbesök", "Lovaktivitet: bygg i Minecraft"]
LIBS = ["Stadsbiblioteket Västerås", "Köpings bibliotek", "Sala stadsbibliotek", "Arboga bibliotek"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"jsid": C.hexs(rng, 32).upper()}
    s["sv"] = C.keep_or(rng, prev.get("sv"), 0.3, lambda: "%d.%d" % (rng.randint(7, 11), rng.randint(0, 3)))
    s["ev"] = C.keep_or(rng, prev.get("ev"), 0.9, lambda: tuple(rng.sample(range(len(EVENTS)), 3)))
    s["open"] = [rng.choice(["10–19", "10–16", "11–15", "Stängt", "07–22 (meröppet)"]) for _ in LIBS]
    s["modified"] = prev.get("modified")
    return s


LABELS = {"jsid": "Sitevision JSESSIONID in the login link", "sv": "Sitevision version in /sitevision/ asset URLs",
          "ev": "'Evenemang' list", "open": "'Öppet idag' opening hours box",
          "modified": "'Sidan uppdaterades' stamp (page's last publish)"}


def render(s, blocks, when):
    pub = C.saved_at(s, blocks, K.local(when, "eu"), "modified", lag=(60, 40000))
    tags = {"h2": ' class="subheading"', "p": ' class="normal"', "table": ' class="sv-table"'}
    text = C.render_blocks(blocks[1:], tags=tags)
    ev = "".join('<li class="sv-channel-item"><a href="/evenemang/%d">%s</a> <span>%s</span></li>'
                 % (k, C.esc(EVENTS[k]), fmt_date((when + dt.timedelta(days=2 + 3 * n)).date()))
                 for n, k in enumerate(s["ev"]))
    op = "".join("<li>%s: %s</li>" % (C.esc(l), h) for l, h in zip(LIBS, s["open"]))
    return ('<!DOCTYPE html>\n<html lang="sv" class="sv-no-js sv-template-sida">\n<head>\n<meta charset="utf-8">\n'
            '<title>Så behandlar vi dina personuppgifter - Biblioteken i Mälardalen</title>\n'
            '<link rel="stylesheet" href="/sitevision/system-resource/%s/css/portlets.css">\n'
            '<script src="/sitevision/system-resource/%s/js/jquery.js"></script>\n</head>\n'
            '<body class="sv-responsive env-m-around--0"><div class="sv-layout" id="svid10_5e6f7a1b17c3d2a9e8f1">'
            '<header class="sv-layout sv-template-layout" id="svid10_5e6f7a1b17c3d2a9e8f2"><a href="/">Biblioteken i '
            'Mälardalen</a> <a href="/mina-sidor;jsessionid=%s">Logga in</a></header>\n'
            '<main class="sv-layout sv-template-layout" id="svid10_5e6f7a1b17c3d2a9e8f3">'
            '<div class="sv-text-portlet sv-use-margins" id="svid12_5e6f7a1b17c3d2a9e901"><div class="sv-text-'
            'portlet-content"><h1 class="heading">%s</h1></div></div>\n'
            '<div class="sv-text-portlet sv-use-margins pagecontent" id="svid12_5e6f7a1b17c3d2a9e902">'
            '<div id="Text1"></div><div class="sv-text-portlet-content">\n%s\n</div></div>\n'
            '<div class="sv-html-portlet sv-portlet"><p class="sv-page-updated">Sidan uppdaterades: %s</p></div>'
            '</main>\n<aside class="sv-layout"><div class="sv-portlet"><h2>Öppet idag</h2><ul>%s</ul></div>'
            '<div class="sv-channel sv-portlet"><h2>Evenemang</h2><ul>%s</ul></div></aside>\n'
            '<footer class="sv-layout"><p>Biblioteken i Mälardalen · <a href="/om-webbplatsen/kakor.html">Kakor</a>'
            ' · <a href="/om-webbplatsen/tillganglighetsredogorelse.html">Tillgänglighetsredogörelse</a></p></footer>'
            '</div>\n<script>var _paq = window._paq = window._paq || []; _paq.push(["trackPageView"]);</script>\n'
            '</body>\n</html>\n'
            % (s["sv"], s["sv"], s["jsid"], C.esc(blocks[0][1]), text, pub.strftime("%Y-%m-%d %H:%M"), op, ev))


PAGE = {
    "service": "Biblioteken i Malardalen", "url": URL, "lang": "sv", "platform": "Sitevision",
    "content_type": "text/html;charset=UTF-8",
    "n": 30, "start": dt.date(2022, 1, 20), "end": dt.date(2026, 4, 20), "hours": (4, 10, 16),
    "policy": POLICY, "first_updated": dt.date(2021, 10, 5), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "gold_md": lambda b: C.blocks_md(b[1:], URL),
    "declaration": {"fetch": URL, "select": [".pagecontent .sv-text-portlet-content"]},
}
