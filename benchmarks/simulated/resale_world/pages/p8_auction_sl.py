"""Dražbena hiša Ljubljanica - sl auction house for art, antiques and coins - Laravel (Blade, Bootstrap 4) until
the redesign of September 2024, then Laravel + Livewire 3 + Tailwind; the next-auction teaser sits in the text."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import rkit as K  # noqa: E402

URL = "https://www.drazbe-ljubljanica.si/varstvo-osebnih-podatkov"
REDESIGN = dt.datetime(2024, 9, 2)


def fmt_date(d):
    return "%d. %d. %d" % (d.day, d.month, d.year)


POLICY = """
# Politika varstva osebnih podatkov

Veljavno od {UPDATED}

Dražbena hiša Ljubljanica d.o.o. organizira dražbe umetnin, starin, numizmatike in nakita v dvorani in prek spleta. V tej politiki pojasnjujemo, katere osebne podatke obdelujemo o prodajalcih, kupcih, dražiteljih in obiskovalcih spletnega mesta ter kakšne pravice imate.

## Upravljavec

@ Dražbena hiša Ljubljanica d.o.o.
@ Trubarjeva cesta 23
@ 1000 Ljubljana
@ matična številka 8412775000
@ [varstvo@drazbe-ljubljanica.si](mailto:varstvo@drazbe-ljubljanica.si)

## Pooblaščena oseba za varstvo podatkov

Pooblaščena oseba za varstvo osebnih podatkov je odvetniška družba Kralj in partnerji o.p., d.o.o., dosegljiva na [dpo@kralj-partnerji.si](mailto:dpo@kralj-partnerji.si).

## Katere podatke obdelujemo

- ime in priimek, naslov, telefonska številka in e-poštni naslov;
- podatki iz osebnega dokumenta, ki jih zberemo ob registraciji za dražbo in ob prevzemu predmetov v prodajo;
- davčna številka in številka transakcijskega računa za izplačilo kupnine;
- oddane ponudbe, pisna naročila in kupljeni predmeti;
- podatki o uporabi spletnega mesta in piškotki.

## Nameni in pravne podlage

Osebne podatke obdelujemo za sklenitev in izvajanje pogodbe o prodaji na dražbi in komisijske pogodbe, za izvedbo dražbe in obračun, za izpolnjevanje obveznosti po Zakonu o preprečevanju pranja denarja in financiranja terorizma (ZPPDFT-2), ki velja za trgovce z umetninami pri poslih nad 10.000 evrov, ter za izpolnjevanje davčnih obveznosti. Na podlagi vaše privolitve vam pošiljamo kataloge in e-novice o prihodnjih dražbah.

## Spletno dražbovanje

Za spletno dražbovanje uporabljamo lastno platformo. Ob registraciji preverimo vašo istovetnost in določimo limit ponudb. Vaše ponudbe se shranjujejo skupaj s časovnim žigom in IP-naslovom, da lahko v primeru spora dokažemo potek dražbe.

## Obdelovalci

| Obdelovalec | Namen | Država |
| Hetzner Online GmbH | Gostovanje spletnega mesta in platforme | Nemčija |
| Stripe Payments Europe Ltd | Plačila s kartico | Irska |
| Pošta Slovenije d.o.o. | Dostava kupljenih predmetov | Slovenija |
| Mailgun Technologies Inc. | Pošiljanje e-novic | ZDA |

## Hramba podatkov

Podatke, zbrane po ZPPDFT-2, hranimo 10 let po zadnjem poslu. Računovodske listine hranimo 10 let po koncu poslovnega leta. Podatke za pošiljanje e-novic hranimo do preklica privolitve.

## Vaše pravice

Imate pravico do dostopa, popravka, izbrisa, omejitve obdelave, prenosljivosti in ugovora. Privolitev lahko kadar koli prekličete. Pritožbo lahko vložite pri [Informacijskem pooblaščencu](https://www.ip-rs.si).

## Piškotki

Spletno mesto uporablja nujne piškotke za prijavo in oddajanje ponudb ter, z vašo privolitvijo, analitične piškotke. Nastavitve piškotkov lahko kadar koli spremenite prek povezave v nogi strani.

## Prodajalci

Ko nam zaupate predmete v prodajo, sklenemo komisijsko pogodbo, v kateri navedemo vaše podatke, opis predmetov, izklicne cene in provizijo. Vaše ime kupcem ne razkrijemo, razen če to zahteva zakon ali če se s tem izrecno strinjate.

## Avtomatizirano odločanje

Ne sprejemamo odločitev, ki bi temeljile izključno na avtomatizirani obdelavi in bi imele za vas pravne učinke. Limit ponudb ob registraciji za spletno dražbovanje določi naš sodelavec.
"""

EDITS = [
    {"note": "processor replaced: Mailgun (US) -> Brevo (France) for newsletters",
     "repl": [("| Mailgun Technologies Inc. | Pošiljanje e-novic | ZDA |", "| Sendinblue SAS (Brevo) | Pošiljanje "
               "e-novic | Francija |")]},
    {"note": "new paragraph: online bidding via third-party platform (LiveAuctioneers) next to own platform",
     "repl": [("da lahko v primeru spora dokažemo potek dražbe.", "da lahko v primeru spora dokažemo potek dražbe."
               "\n\nZa izbrane dražbe omogočamo dražbovanje tudi prek platforme LiveAuctioneers. V tem primeru "
               "platforma kot samostojni upravljavec obdeluje podatke, ki jih vnesete ob registraciji pri njej.")]},
    {"note": "DPO changed (law firm -> named in-house DPO)",
     "repl": [("je odvetniška družba Kralj in partnerji o.p., d.o.o., dosegljiva na [dpo@kralj-partnerji.si](mailto:"
               "dpo@kralj-partnerji.si).", "je mag. Petra Zupančič, dosegljiva na [dpo@drazbe-ljubljanica.si](mailto:"
               "dpo@drazbe-ljubljanica.si).")]},
    {"note": "words inserted without a new date (payout of the price to sellers)", "bump": False,
     "repl": [("za izplačilo kupnine;", "za izplačilo kupnine prodajalcem;")]},
    {"note": "address moved (Trubarjeva 23 -> Dunajska cesta 156, 1000 Ljubljana) and ID document copies kept 5 years",
     "repl": [("@ Trubarjeva cesta 23", "@ Dunajska cesta 156"),
              ("Podatke, zbrane po ZPPDFT-2, hranimo 10 let po zadnjem poslu.", "Podatke, zbrane po ZPPDFT-2, hranimo "
               "10 let po zadnjem poslu, kopije osebnih dokumentov pa 5 let.")]},
]

AUCTIONS = ["Slovenska umetnost 19. in 20. stoletja", "Numizmatika in filatelija", "Nakit in ure",
            "Starine in pohištvo", "Sodobna umetnost", "Grafika in fotografija"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"csrf": C.alnum(rng, 40), "session": C.alnum(rng, 20)}
    s["mix"] = K.deploy(rng, prev.get("mix"), 0.25, when, 20)
    s["bidders"] = rng.randint(3, 61)
    return s


LABELS = {"csrf": "Laravel csrf-token meta and form _token", "session": "Livewire component id / snapshot checksum",
          "mix": "Mix/Vite asset hash (?id= / build file names)",
          "bidders": "footer 'trenutno licitira' online bidders count"}


def next_auction(when):
    d = K.next_date(when, dt.date(2022, 1, 22), 35)
    name = AUCTIONS[((d - dt.date(2022, 1, 22)).days // 35) % len(AUCTIONS)]
    return d, name, (d - when.date()).days


def render(s, blocks, when):
    d, name, days = next_auction(when)
    new = when >= REDESIGN
    csrf = s["csrf"]
    if not new:
        teaser = ('<div class="card next-auction mb-4"><div class="card-body"><h5 class="card-title">Naslednja dražba'
                  '</h5><p class="card-text">%s, %s ob 18.00 &middot; še %d dni</p><a href="/drazbe/prihajajoce" class'
                  '="btn btn-outline-dark btn-sm">Katalog</a></div></div>' % (C.esc(name), fmt_date(d), days))
        body = C.render_blocks(blocks[1:], tags={"table": ' class="table table-sm"'}, sep="\n")
        cut = body.index("<h2>")
        main = ('<div class="container page-content py-5"><div class="row"><div class="col-lg-8 legal">'
                '<h1 class="mb-4">%s</h1>%s%s%s</div><div class="col-lg-4"><div class="list-group"><a class="list-'
                'group-item" href="/pogoji-drazbe">Pogoji dražbe</a><a class="list-group-item active" href="/varstvo-'
                'osebnih-podatkov">Varstvo osebnih podatkov</a></div></div></div></div>'
                % (C.esc(blocks[0][1]), body[:cut], teaser, body[cut:]))
        head = ('<link href="/css/app.css?id=%s" rel="stylesheet">' % s["mix"])
        foot = '<script src="/js/app.js?id=%s"></script>' % s["mix"][::-1]
        nav = ('<nav class="navbar navbar-expand-lg navbar-light bg-white border-bottom"><a class="navbar-brand" '
               'href="/">Dražbena hiša Ljubljanica</a><ul class="navbar-nav ml-auto"><li class="nav-item"><a class="nav'
               '-link" href="/drazbe">Dražbe</a></li><li class="nav-item"><a class="nav-link" href="/prodaja">Prodajte'
               ' pri nas</a></li><li class="nav-item"><a class="nav-link" href="/kontakt">Kontakt</a></li></ul></nav>')
    else:
        snap = json.dumps({"data": {"auctionId": 180 + (d - dt.date(2022, 1, 22)).days // 35},
                           "memo": {"id": s["session"], "name": "next-auction-teaser",
                                    "path": "varstvo-osebnih-podatkov",
                                    "method": "GET", "children": [], "errors": [], "locale": "sl"},
                           "checksum": C.det_sha(csrf, s["session"])[:64]}, separators=(",", ":"))
        teaser = ('<div wire:snapshot="%s" wire:effects="[]" wire:id="%s" class="next-auction not-prose my-8 '
                  'rounded-lg '
                  'border border-stone-300 bg-stone-50 p-5"><p class="text-sm uppercase tracking-wide text-stone-500">'
                  'Naslednja dražba</p><p class="mt-1 text-lg font-semibold">%s</p>'
                  '<p class="text-stone-700">%s ob 18.00'
                  ' &middot; še %d dni</p><a href="/drazbe/prihajajoce" class="mt-3 inline-block underline">Katalog</a>'
                  '</div>' % (C.attr(snap), s["session"], C.esc(name), fmt_date(d), days))
        body = C.render_blocks(blocks[1:], sep="\n")
        cut = body.index("<h2>Obdelovalci")
        main = ('<main class="mx-auto max-w-6xl px-4 py-12 lg:grid lg:grid-cols-4 lg:gap-12"><aside class="hidden lg:'
                'block"><ul class="space-y-2 text-sm"><li><a href="/pogoji-drazbe">Pogoji dražbe</a></li><li><a class='
                '"font-semibold" href="/varstvo-osebnih-podatkov">Varstvo osebnih podatkov</a></li></ul></aside>'
                '<article id="legal" class="prose prose-stone max-w-none lg:col-span-3"><h1>%s</h1>%s%s%s</article>'
                '</main>' % (C.esc(blocks[0][1]), body[:cut], teaser, body[cut:]))
        head = ('<link rel="preload" as="style" href="/build/assets/app-%s.css"><link rel="stylesheet" href="/build/'
                'assets/app-%s.css"><script type="module" src="/build/assets/app-%s.js"></script>'
                % (s["mix"][:8], s["mix"][:8], s["mix"][8:16]))
        foot = ('<script src="/livewire/livewire.min.js?id=%s" data-csrf="%s" data-update-uri="/livewire/update" '
                'data-navigate-once="true"></script>' % (s["mix"][12:20], csrf))
        nav = ('<header class="border-b border-stone-200 bg-white"><div class="mx-auto flex max-w-6xl items-center '
               'justify-between px-4 py-4"><a href="/" class="font-serif text-xl">Ljubljanica</a>'
               '<nav class="flex gap-6 '
               'text-sm"><a href="/drazbe">Dražbe</a><a href="/prodaja">Prodajte pri nas</a><a href="/kontakt">Kontakt'
               '</a></nav></div></header>')
    return ('<!DOCTYPE html>\n<html lang="sl">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="csrf-token" content="%s">\n'
            '<title>Varstvo osebnih podatkov - Dražbena hiša Ljubljanica</title>\n'
            '%s\n</head>\n<body>\n%s\n%s\n'
            '<footer class="site-footer"><p>Spletna dražba: trenutno licitira %d uporabnikov</p>'
            '<form method="POST" action="/e-novice"><input type="hidden" name="_token" value="%s" autocomplete="off">'
            '<input type="email" name="email" placeholder="E-pošta"><button type="submit">Prijava na e-novice</button>'
            '</form><p>&copy; %d Dražbena hiša Ljubljanica d.o.o.</p></footer>\n%s\n</body>\n</html>\n'
            % (csrf, head, nav, main, s["bidders"], csrf, when.year, foot))


PAGE = {
    "service": "Drazbena hisa Ljubljanica", "url": URL, "lang": "sl-SI", "platform": "Laravel (Blade/Bootstrap, then "
    "Livewire 3 + Tailwind)",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 5, 1), "end": dt.date(2026, 5, 31), "hours": (2, 8, 13),
    "policy": POLICY, "first_updated": dt.date(2022, 1, 10), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article#legal"], "remove": [".next-auction"]},
    "history": [{"fetch": URL, "select": [".page-content .legal"], "remove": [".next-auction"],
                 "validUntil": "2024-09-02T00:00:00Z"}],
}
