"""STK Pod Hájem - cs vehicle inspection station (STK + emissions) - Nette 3 / Latte, Bootstrap 5, Naja, its own
online booking. The template's 'next free slot' box sits INSIDE the selected `article.text-page` (removed by the
declaration); the opening-hours status, holiday notice, price list and the forms' CSRF token are outside."""
import base64
import datetime as dt

import common as C
import dwkit as K

URL = "https://www.stkpodhajem.cz/ochrana-osobnich-udaju"
BASE = "https://www.stkpodhajem.cz"


def fmt_date(d):
    return "%d. %d. %d" % (d.day, d.month, d.year)


POLICY = """
# Zásady zpracování osobních údajů

Účinné od {UPDATED}

Společnost STK Pod Hájem s.r.o. provozuje stanici technické kontroly a stanici měření emisí v Brně. Při své činnosti
zpracovává osobní údaje zákazníků, provozovatelů a řidičů vozidel i návštěvníků webových stránek. V těchto zásadách
vysvětlujeme, jaké údaje zpracováváme, proč to děláme, komu je předáváme a jaká máte práva podle nařízení Evropského
parlamentu a Rady (EU) 2016/679 (GDPR) a zákona č. 110/2019 Sb., o zpracování osobních údajů.

## Správce osobních údajů

@ STK Pod Hájem s.r.o., IČO 27712345
@ Hájecká 1285/12, 618 00 Brno
@ e-mail: [gdpr@stkpodhajem.cz](mailto:gdpr@stkpodhajem.cz)
@ tel.: +420 545 123 456

## Jaké osobní údaje zpracováváme

- identifikační údaje: jméno a příjmení, u podnikatelů název a IČO;
- kontaktní údaje: telefon a e-mail uvedené při online objednávce;
- údaje o vozidle: registrační značka, VIN, údaje z osvědčení o registraci vozidla, stav počítadla ujeté vzdálenosti;
- fotodokumentace vozidla pořízená při technické prohlídce;
- záznamy z kamerového systému v prostoru stanice;
- platební údaje: číslo dokladu, částka a způsob platby.

## Proč osobní údaje zpracováváme

| Účel | Právní základ |
| provedení technické prohlídky a měření emisí | plnění právní povinnosti (zákon č. 56/2001 Sb.) |
| správa online objednávek a připomenutí termínu | plnění smlouvy |
| vedení účetnictví a daňové evidence | plnění právní povinnosti |
| kamerový systém (ochrana majetku a osob) | oprávněný zájem |
| upozornění na konec platnosti technické prohlídky | souhlas |

Poskytnutí údajů potřebných k provedení technické prohlídky je zákonným požadavkem. Bez nich prohlídku nelze provést.

Údaje o vozidle získáváme z předloženého osvědčení o registraci vozidla a z registru silničních vozidel, do kterého
má stanice technické kontroly ze zákona přístup. Kontaktní údaje nám poskytujete sami při objednání termínu.

## Komu osobní údaje předáváme

Údaje o provedené technické prohlídce včetně fotodokumentace zapisujeme do Informačního systému technických prohlídek
(IS TP), jehož správcem je Ministerstvo dopravy. Na vyžádání předáváme údaje také Policii České republiky, obecním
úřadům obcí s rozšířenou působností a dalším orgánům veřejné moci.

Dále využíváme tyto zpracovatele:

- Reservanto s.r.o. – systém online objednávek;
- SMSbrána.cz – zasílání SMS připomínek termínu;
- Ecomail.cz s.r.o. – e-mailová upozornění na konec platnosti prohlídky;
- externí účetní kancelář.

Osobní údaje nepředáváme do zemí mimo Evropskou unii.

## Jak dlouho osobní údaje uchováváme

- protokoly o technické prohlídce a fotodokumentace: po dobu stanovenou vyhláškou č. 211/2018 Sb.;
- online objednávky: 1 rok od termínu prohlídky;
- kamerové záznamy: 7 dní, v případě škodní události do jejího vyřešení;
- účetní doklady: 10 let;
- údaje pro zasílání upozornění: do odvolání souhlasu.

## Kamerový systém

Prostory stanice, zejména zkušební linky a parkoviště, jsou monitorovány kamerovým systémem se záznamem. Kamery jsou
označeny piktogramem u vjezdu. Záznam není využíván ke sledování zaměstnanců ani zákazníků mimo účel ochrany majetku a
zdraví.

## Vaše práva

Máte právo:

- požadovat přístup ke svým osobním údajům;
- požadovat opravu nepřesných údajů;
- požadovat výmaz údajů, pokud pro jejich zpracování není právní důvod;
- požadovat omezení zpracování;
- vznést námitku proti zpracování založenému na oprávněném zájmu;
- na přenositelnost údajů;
- kdykoli odvolat souhlas se zasíláním upozornění.

Žádost můžete podat e-mailem nebo osobně na stanici. Vyřídíme ji bez zbytečného odkladu, nejpozději do jednoho měsíce.

Pokud se domníváte, že zpracováním porušujeme předpisy, můžete podat stížnost u Úřadu pro ochranu osobních údajů,
Pplk. Sochora 27, 170 00 Praha 7, [www.uoou.cz](https://www.uoou.cz).

## Zabezpečení osobních údajů

Přístup k informačnímu systému stanice mají pouze oprávnění technici a pracovníci příjmu, každý pod vlastním
přihlašovacím účtem. Záznamy z kamerového systému jsou uloženy v uzamčené místnosti a po uplynutí doby uložení se
automaticky přepisují. Zpracovatelé jsou smluvně zavázáni k mlčenlivosti a k přijetí odpovídajících technických a
organizačních opatření.

## Cookies

Naše webové stránky používají nezbytné cookies pro fungování online objednávek. Analytické cookies (Google Analytics)
používáme pouze s vaším souhlasem, který můžete kdykoli změnit v nastavení cookies v patičce stránky.
"""

EDITS = [
    {"note": "camera recordings kept 72 hours instead of 7 days",
     "repl": [("- kamerové záznamy: 7 dní, v případě", "- kamerové záznamy: 72 hodin, v případě")]},
    {"note": "SMS processor replaced (SMSbrána.cz -> GoSMS s.r.o.)",
     "repl": [("- SMSbrána.cz – zasílání SMS připomínek termínu;",
               "- GoSMS s.r.o. – zasílání SMS připomínek termínu;")]},
    {"note": "supervisory authority's web address moved to uoou.gov.cz (link text and target), no new date",
     "bump": False,
     "repl": [("[www.uoou.cz](https://www.uoou.cz)", "[www.uoou.gov.cz](https://uoou.gov.cz)")]},
    {"note": "sentence added on what the inspection photos show (VIN, odometer, plates)",
     "repl": [("(IS TP), jehož správcem je Ministerstvo dopravy.",
               "(IS TP), jehož správcem je Ministerstvo dopravy. Fotografie zachycují vozidlo zepředu a zezadu, "
               "jeho\nregistrační značku, VIN a stav počítadla ujeté vzdálenosti; osoby na nich nezachycujeme.")]},
    {"note": "station phone number changed",
     "repl": [("@ tel.: +420 545 123 456", "@ tel.: +420 530 331 920")]},
    {"note": "e-mail reminders processor removed (Ecomail.cz), reminders now sent by SMS only",
     "repl": [("- Ecomail.cz s.r.o. – e-mailová upozornění na konec platnosti prohlídky;\n", "")]},
]

HOLIDAYS = [(1, 1), (5, 1), (5, 8), (7, 5), (7, 6), (9, 28), (10, 28), (11, 17), (12, 24), (12, 25), (12, 26)]
EASTER_MON = [dt.date(2022, 4, 18), dt.date(2023, 4, 10), dt.date(2024, 4, 1), dt.date(2025, 4, 21),
              dt.date(2026, 4, 6)]
PRICES = [(dt.date(2021, 1, 1), (1100, 650)), (dt.date(2023, 3, 1), (1250, 700)), (dt.date(2024, 1, 1), (1350, 750)),
          (dt.date(2025, 1, 1), (1420, 790)), (dt.date(2026, 1, 1), (1480, 820))]
DEPLOYS = [(dt.date(2021, 9, 6), 1630912211), (dt.date(2022, 6, 13), 1655115674), (dt.date(2023, 2, 20), 1676897305),
           (dt.date(2023, 10, 2), 1696233910), (dt.date(2024, 5, 27), 1716802447), (dt.date(2025, 1, 13), 1736757032),
           (dt.date(2025, 9, 8), 1757325381), (dt.date(2026, 4, 20), 1776671204)]
DNY = ["po", "út", "st", "čt", "pá", "so", "ne"]


def holidays(year):
    return [dt.date(year, m, d) for m, d in HOLIDAYS] + [e for e in EASTER_MON if e.year == year]


def workday(d):
    return d.weekday() < 5 and d not in holidays(d.year)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    lt = K.local(when, "CET")
    s["token"] = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(30))).decode()
    # next free slot: from the next working day on, in 20-minute steps 6:40-16:40
    d = lt.date() + dt.timedelta(days=1 + rng.choice([0, 0, 1, 1, 2, 4]))
    while not workday(d):
        d += dt.timedelta(days=1)
    mins = 400 + 20 * rng.randint(0, 30)
    s["termin"] = (d.isoformat(), "%d:%02d" % (mins // 60, mins % 60))
    open_now = workday(lt.date()) and (6 * 60 + 30) <= lt.hour * 60 + lt.minute < 17 * 60 + 30
    s["status"] = ("open", 5 * rng.randint(1, 9)) if open_now else ("closed", 0)
    near = [h for h in holidays(lt.year) + holidays(lt.year + 1) if 0 <= (h - lt.date()).days <= 8]
    s["svatek"] = near[0].isoformat() if near else None
    s["ceny"] = K.phase(when, PRICES)
    s["deploy"] = K.phase(when, DEPLOYS)
    s["hodnoceni"] = 640 + (when.date() - dt.date(2022, 1, 1)).days // 4
    return s


LABELS = {"token": "callback form _token_ (Nette CSRF protection, per session)",
          "termin": "'Nejbližší volný termín' box (inside the article, removed)",
          "status": "top bar open/closed status and waiting time", "svatek": "public holiday closure notice",
          "ceny": "sidebar price list (STK, emissions)", "deploy": "asset ?v= filemtime on deploys",
          "hodnoceni": "footer Google rating count"}


def kc(n):
    return "%s Kč" % K.digits_group(n, "\u00a0")


def render(s, blocks, when):
    d = dt.date.fromisoformat(s["termin"][0])
    box = ('<aside class="box-termin" id="snippet-nearestSlot-slot">\n\t\t\t<span class="box-termin__label">'
           'Nejbližší volný termín</span>\n\t\t\t<strong class="box-termin__date">%s %s v %s</strong>\n'
           '\t\t\t<span class="box-termin__type">osobní automobil (M1)</span>\n'
           '\t\t\t<a href="/objednavka" class="btn btn-primary btn-sm">Objednat se online</a>\n\t\t</aside>'
           % (DNY[d.weekday()], "%d. %d." % (d.day, d.month), s["termin"][1]))
    title = blocks[0][1]
    body = C.render_blocks(blocks[1:], tags={"table": ' class="table table-striped"'}, sep="\n\t\t")
    if s["status"][0] == "open":
        status = ('<span class="topbar__status topbar__status--open">Dnes otevřeno 6:30–17:30</span>'
                  '<span class="topbar__wait">Aktuální čekací doba: cca %d min</span>' % s["status"][1])
    else:
        status = '<span class="topbar__status topbar__status--closed">Nyní zavřeno</span>'
    notice = ""
    if s["svatek"]:
        h = dt.date.fromisoformat(s["svatek"])
        notice = ('<div class="alert alert-warning notice mb-0 rounded-0" role="alert"><div class="container">'
                  'Upozornění: %s je státní svátek, stanice bude zavřena.</div></div>\n'
                  % ("%d. %d. %d" % (h.day, h.month, h.year)))
    stk, em = s["ceny"]
    phone = "+420 530 331 920" if "530 331 920" in repr(blocks) else "+420 545 123 456"
    v = s["deploy"]
    return (
        '<!DOCTYPE html>\n<html lang="cs">\n<head>\n\t<meta charset="utf-8">\n'
        '\t<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '\t<title>Ochrana osobních údajů | STK Pod Hájem Brno</title>\n'
        '\t<meta name="description" content="Zásady zpracování osobních údajů stanice technické kontroly STK Pod '
        'Hájem.">\n\t<link rel="canonical" href="%s">\n'
        '\t<link rel="stylesheet" href="/assets/dist/main.css?v=%d">\n'
        '\t<script src="/assets/dist/main.js?v=%d" defer></script>\n'
        '\t<script async src="https://www.googletagmanager.com/gtag/js?id=G-B3N7STK2PH"></script>\n'
        '</head>\n\n<body class="page page--ochrana-osobnich-udaju">\n'
        '\t<div class="topbar"><div class="container d-flex gap-3">%s<a class="ms-auto" href="tel:%s">%s</a>'
        '</div></div>\n'
        '\t<header class="header">\n\t\t<nav class="navbar navbar-expand-lg"><div class="container">\n'
        '\t\t\t<a class="navbar-brand" href="/"><img src="/assets/img/logo-stk-pod-hajem.svg" alt="STK Pod Hájem" '
        'width="180" height="48"></a>\n\t\t\t<ul class="navbar-nav ms-auto">\n'
        '\t\t\t\t<li class="nav-item"><a class="nav-link" href="/technicka-prohlidka">Technická prohlídka</a></li>\n'
        '\t\t\t\t<li class="nav-item"><a class="nav-link" href="/mereni-emisi">Měření emisí</a></li>\n'
        '\t\t\t\t<li class="nav-item"><a class="nav-link" href="/cenik">Ceník</a></li>\n'
        '\t\t\t\t<li class="nav-item"><a class="nav-link" href="/kontakt">Kontakt</a></li>\n'
        '\t\t\t\t<li class="nav-item"><a class="btn btn-primary ms-lg-3" href="/objednavka">Objednat termín</a></li>\n'
        '\t\t\t</ul>\n\t\t</div></nav>\n\t</header>\n\n'
        '\t<div id="snippet--flashes"></div>\n%s\n'
        '\t<main class="main py-5"><div class="container"><div class="row g-5">\n'
        '\t<div class="col-lg-8">\n\t\t<article class="text-page">\n\t\t<h1>%s</h1>\n\t\t%s\n\t\t%s\n'
        '\t\t</article>\n\t</div>\n'
        '\t<div class="col-lg-4">\n\t\t<div class="sidebar-box">\n\t\t\t<h2 class="h5">Ceník</h2>\n'
        '\t\t\t<table class="table table-sm"><tr><td>Technická prohlídka – osobní automobil</td><td class="text-end">%s'
        '</td></tr><tr><td>Měření emisí – zážehový motor</td><td class="text-end">%s</td></tr><tr><td>Evidenční '
        'kontrola</td><td class="text-end">%s</td></tr></table>\n\t\t\t<a href="/cenik">Kompletní ceník</a>\n'
        '\t\t</div>\n\t\t<div class="sidebar-box">\n\t\t\t<h2 class="h5">Otevírací doba</h2>\n'
        '\t\t\t<p>Po–Pá 6:30–17:30<br>So a Ne zavřeno</p>\n\t\t</div>\n\t</div>\n'
        '\t</div></div></main>\n\n'
        '\t<footer class="footer py-5"><div class="container"><div class="row">\n'
        '\t\t<div class="col-md-4"><p><strong>STK Pod Hájem s.r.o.</strong><br>Hájecká 1285/12<br>618 00 Brno</p>'
        '<p class="footer__rating">Google ★ 4,7 (%s hodnocení)</p></div>\n'
        '\t\t<div class="col-md-8">\n\t\t\t<h2 class="h5">Zavoláme vám zpět</h2>\n'
        '\t\t\t<form action="/ochrana-osobnich-udaju?do=callbackForm-form-submit" method="post" '
        'id="frm-callbackForm-form" class="ajax row g-2">\n'
        '\t\t\t\t<div class="col-sm-8"><input type="tel" name="phone" class="form-control" placeholder="Telefon" '
        'required data-nette-rules=\'[{"op":":filled","msg":"Vyplňte prosím telefon."}]\' id="frm-callbackForm-form-'
        'phone"></div>\n\t\t\t\t<div class="col-sm-4"><input type="submit" name="_submit" class="btn btn-primary '
        'w-100" value="Odeslat"></div>\n'
        '\t\t\t\t<input type="hidden" name="_token_" value="%s"><input type="hidden" name="_do" '
        'value="callbackForm-form-submit">\n\t\t\t</form>\n\t\t</div>\n\t</div>\n'
        '\t<p class="footer__copy">© %d STK Pod Hájem s.r.o. · <a href="/ochrana-osobnich-udaju">Ochrana osobních '
        'údajů</a> · <a href="#" data-cc="show-preferencesModal">Nastavení cookies</a></p>\n'
        '\t</div></footer>\n'
        '\t<script src="/assets/dist/vendor/cookieconsent.umd.js?v=%d"></script>\n'
        '</body>\n</html>\n'
        % (URL, v, v, status, phone.replace(" ", ""), phone, notice, C.esc(title), box, body,
           kc(stk), kc(em), kc(300), K.digits_group(s["hodnoceni"], "\u00a0"), s["token"],
           K.local(when, "CET").year, v))


PAGE = {
    "service": "STK Pod Hajem", "url": URL, "lang": "cs-CZ", "platform": "Nette Framework (Latte)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "nginx"), ("X-Powered-By", "Nette Framework 3"), ("Vary", "X-Requested-With"),
                      ("Cache-Control", "no-store, no-cache, must-revalidate")),
    "n": 30, "start": dt.date(2022, 2, 10), "end": dt.date(2026, 10, 28), "hours": (4, 10, 16),
    "policy": POLICY, "first_updated": dt.date(2021, 12, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": "article.text-page", "remove": ".box-termin"},
}
