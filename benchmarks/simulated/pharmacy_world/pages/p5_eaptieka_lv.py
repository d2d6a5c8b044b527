"""Dzintara aptieka - Latvian online pharmacy - Laravel 10 + Livewire 3 + Tailwind (Vite build), custom CMS pages;
a pharmacist-consultation Livewire card inside the article."""
import datetime as dt
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import pkit as K  # noqa: E402

URL = "https://www.dzintaraaptieka.lv/lv/privatuma-politika"


def fmt_date(d):
    return "%02d.%02d.%d." % (d.day, d.month, d.year)


POLICY = """
# Privātuma politika

Spēkā no {UPDATED}

SIA "Dzintara aptieka" (turpmāk – Aptieka) rūpējas par savu klientu privātumu. Šī politika skaidro, kā mēs apstrādājam personas datus, kad iepērkaties interneta aptiekā, izmantojat farmaceita konsultāciju vai lojalitātes programmu.

## Pārzinis

@ SIA "Dzintara aptieka", reģ. Nr. 40103987654
@ Jomas iela 61, Jūrmala, LV-2015
@ Tālrunis: +371 67 761 234
@ E-pasts: [dati@dzintaraaptieka.lv](mailto:dati@dzintaraaptieka.lv)

Aptiekai ir Zāļu valsts aģentūras izsniegta speciālā atļauja (licence) farmaceitiskajai darbībai un atļauja zāļu izplatīšanai tiešsaistē.

## Kādus datus mēs apstrādājam

- vārds, uzvārds, piegādes adrese, tālruņa numurs un e-pasta adrese;
- pasūtījumu vēsture un maksājumu informācija;
- recepšu informācija, ja rezervējat recepšu zāles saņemšanai aptiekā;
- jautājumi un veselības informācija, ko sniedzat farmaceita konsultācijā;
- sīkdatņu dati par vietnes lietošanu.

## Apstrādes mērķi un tiesiskais pamats

Mēs apstrādājam datus, lai izpildītu pasūtījumu (līguma izpilde), lai izsniegtu zāles saskaņā ar Farmācijas likumu (juridisks pienākums) un, ja esat devis piekrišanu, lai sūtītu jaunumus un personalizētus piedāvājumus. Veselības datus apstrādājam tikai farmaceitiskās aprūpes nodrošināšanai.

## Datu saņēmēji

- Omniva un DPD Latvija – pasūtījumu piegādei;
- Montonio Finance – maksājumu apstrādei;
- Microsoft Ireland Operations Ltd – e-pasta un mākoņpakalpojumiem;
- Veselības ministrijas E-veselības sistēma – recepšu pārbaudei.

## Glabāšanas termiņi

Pasūtījumu dati tiek glabāti 5 gadus saskaņā ar grāmatvedības prasībām. Farmaceita konsultāciju ieraksti tiek glabāti 1 gadu. Lojalitātes programmas dati tiek glabāti, kamēr esat tās dalībnieks.

## Jūsu tiesības

Jums ir tiesības piekļūt saviem datiem, tos labot, dzēst, ierobežot apstrādi, iebilst un saņemt datus pārnesamā formātā. Sūdzību varat iesniegt Datu valsts inspekcijā ([www.dvi.gov.lv](https://www.dvi.gov.lv)).
"""

EDITS = [
    {"note": "recipients: Montonio replaced by Maksekeskus AS (Makecommerce)",
     "repl": [("- Montonio Finance – maksājumu apstrādei;", "- Maksekeskus AS (MakeCommerce) – maksājumu apstrādei;")]},
    {"note": "consultation records retention 1 -> 3 years",
     "repl": [("ieraksti tiek glabāti 1 gadu.", "ieraksti tiek glabāti 3 gadus.")]},
    {"note": "new section: data protection officer",
     "repl": [("## Kādus datus mēs apstrādājam", "## Datu aizsardzības speciālists\n\nDatu aizsardzības speciālists: "
               "Elīna Kalniņa, [dpo@dzintaraaptieka.lv](mailto:dpo@dzintaraaptieka.lv).\n\n## Kādus datus mēs "
               "apstrādājam")]},
    {"note": "list item added: parcel lockers (Venipak)",
     "repl": [("- Omniva un DPD Latvija – pasūtījumu piegādei;", "- Omniva, DPD Latvija un Venipak – pasūtījumu "
               "piegādei un pakomātiem;")]},
    {"note": "phone number changed, no new date", "bump": False,
     "repl": [("@ Tālrunis: +371 67 761 234", "@ Tālrunis: +371 20 021 234")]},
]
DEPLOYS = K.deploys("p5lv", dt.date(2022, 1, 1), dt.date(2026, 12, 31), (15, 60))


def noise(rng, when, i, prev):
    s = {"csrf": C.alnum(rng, 40), "wire": (C.alnum(rng, 20), C.hexs(rng, 64))}
    s["vite"] = K.deploy(when, DEPLOYS)
    local = when + dt.timedelta(hours=3 if C.eu_summer(when) else 2)
    open_ = local.weekday() < 5 and 8 <= local.hour < 20 or local.weekday() == 5 and 9 <= local.hour < 15
    s["consult"] = (open_, rng.randint(1, 4) if open_ else 0, rng.randint(1, 25) if open_ else 0)
    s["cart"] = rng.choice([0, 0, 0, 1, 2])
    return s


LABELS = {"csrf": "Laravel csrf-token meta and _token inputs", "wire": "Livewire wire:snapshot checksums / ids",
          "vite": "Vite build asset hashes per deploy",
          "consult": "pharmacist-consultation card INSIDE the article (online now / queue)",
          "cart": "session cart count badge"}


def render(s, blocks, when):
    v = s["vite"]
    wid, chk = s["wire"]
    on, n, wait = s["consult"]
    if on:
        status = ('<span class="inline-flex items-center gap-1 text-emerald-700"><span class="h-2 w-2 rounded-full '
                  'bg-emerald-500"></span>Tiešsaistē %d farmaceiti</s'
                  'pan><p class="text-sm">Gaidīšanas laiks ~%d min</p>'
                  % (n, wait))
    else:
        status = ('<span class="text-slate-500">Farmaceiti šobrīd nav tiešsaistē</span><p class="text-sm">Atstājiet '
                  'jautājumu, atbildēsim darba laikā</p>')
    card = ('<div wire:snapshot="{&quot;data&quot;:{&quot;online&quot;:%s},&quot;memo&quot;:{&quot;id&quot;:&quot;%s'
            '&quot;,&quot;name&quot;:&quot;consultation-card&quot;},&quot;checksum&quot;:&quot;%s&quot;}" '
            'wire:effects="[]" wire:id="%s" class="consultation-card not-prose my-8 rounded-xl border p-4">'
            '<h3 class="font-semibold">Farmaceita konsultācija</h3'
            '>%s<a href="/lv/konsultacija" class="btn btn-primary">'
            'Uzdot jautājumu</a></div>' % ("true" if on else "false", wid, chk, wid, status))
    at = [k for k, b in enumerate(blocks) if b[0] == "h2"][2]
    art = K.render_with(blocks[1:], at - 1, card)
    return (
        '<!DOCTYPE html>\n<html lang="lv">\n<head>\n<meta charse'
        't="utf-8">\n<meta name="viewport" content="width=device-'
        'width, initial-scale=1">\n<meta name="csrf-token" content="%s">\n<title>Privātuma politika — Dzintara aptieka'
        '</title>\n<link rel="preload" as="style" href="https://www.dzintaraaptieka.lv/build/assets/app-%s.css" />'
        '<link rel="modulepreload" href="https://www.dzintaraapt'
        'ieka.lv/build/assets/app-%s.js" /><link rel="stylesheet"'
        ' href="https://www.dzintaraaptieka.lv/build/assets/app-%s.css" data-navigate-track="reload" /><script type='
        '"module" src="https://www.dzintaraaptieka.lv/build/assets/app-%s.js" data-navigate-track="reload"></script>\n'
        '<style>[wire\\:loading], [wire\\:loading\\.delay] {display: none;}</style>\n</head>\n'
        '<body class="font-sans antialiased bg-white text-slate-800">\n<header class="border-b"><div class="container '
        'mx-auto flex items-center justify-between py-3"><a href="/lv" class="logo"><img src="/images/logo.svg" alt="'
        'Dzintara aptieka"></a><form action="/lv/meklet" method="GET" class="search"><input type="search" name="q" '
        'placeholder="Meklēt zāles un preces"></form><a href="/lv/grozs" class="cart">Grozs <span class="badge">%d'
        '</span></a><a href="/en/privacy-policy" hreflang="en">EN</a> <a href="/ru/politika-konfidencialnosti" '
        'hreflang="ru">RU</a></div></header>\n<main class="container mx-auto py-8"><nav class="breadcrumbs text-sm">'
        '<a href="/lv">Sākums</a> / <span>Privātuma politika</span></nav>\n<article class="prose prose-slate '
        'max-w-3xl cms-page" id="page-17">\n<h1>%s</h1>\n%s\n</article>\n</main>\n<footer class="bg-slate-100 mt-12">'
        '<div class="container mx-auto py-6 text-sm"><p>SIA "Dzintara aptieka" · Licence Nr. A-2019-0123</p>'
        '<img src="/images/eu-common-logo-lv.png" alt="Kopējais logotips tiešsaistes zāļu tirdzniecībai"><form method='
        '"POST" action="/lv/jaunumi"><input type="hidden" name="_'
        'token" value="%s" autocomplete="off"><input type="email"'
        ' name="email" placeholder="E-pasts"><button>Pierakstīties</button></form><p>© %d</p></div></footer>\n'
        '<script src="/livewire/livewire.min.js?id=%s" data-csrf="%s" data-update-uri="/livewire/update" data-navigate-'
        'once="true"></script>\n</body>\n</html>\n'
        % (s["csrf"], v[:8], v[8:16], v[:8], v[8:16], s["cart"], C.inline_html(blocks[0][1]), art, s["csrf"], when.year,
           v[12:20], s["csrf"]))


PAGE = {
    "service": "Dzintara aptieka", "url": URL, "lang": "lv-LV", "platform": "Laravel + Livewire",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 6, 1), "end": dt.date(2026, 6, 30), "hours": (5, 9, 13, 17),
    "policy": POLICY, "first_updated": dt.date(2022, 3, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article.cms-page"], "remove": [".consultation-card"]},
}
