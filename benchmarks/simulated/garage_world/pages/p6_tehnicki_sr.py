"""Auto centar Jovanović - sr (Latin) technical inspection and vehicle registration station, Novi Sad - a Laravel site
by a local agency: Blade + Bootstrap 5 with Laravel Mix until February 2025, then Tailwind + Livewire 3 with Vite."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gkit as K  # noqa: E402

C = K.C
URL = "https://www.tehnickijovanovic.rs/politika-privatnosti"
REDESIGN = dt.datetime(2025, 2, 17, 10, 0, 0)


def fmt_date(d):
    return "%d. %s %d." % (d.day, K.MONTHS["sr"][d.month - 1], d.year)


POLICY = """
# Politika privatnosti

Poslednja izmena: {UPDATED}

Auto centar Jovanović d.o.o. (u daljem tekstu: „Rukovalac”) obavlja tehnički pregled vozila i poslove registracije vozila u ime i za račun vlasnika vozila. Ova politika objašnjava koje podatke o ličnosti prikupljamo, u koje svrhe i koja prava imate u skladu sa Zakonom o zaštiti podataka o ličnosti („Službeni glasnik RS”, br. 87/2018).

## 1. Rukovalac podacima

@ Auto centar Jovanović d.o.o.
@ Temerinska 102, 21000 Novi Sad
@ PIB: 104567891, matični broj: 20345678
@ Telefon: 021 640 1122

Lice za zaštitu podataka o ličnosti je Milica Petrović, kontakt: [zastita.podataka@tehnickijovanovic.rs](mailto:zastita.podataka@tehnickijovanovic.rs).

## 2. Koje podatke prikupljamo

- ime i prezime, JMBG, adresu i broj lične karte vlasnika ili korisnika vozila;
- podatke iz saobraćajne dozvole: registarsku oznaku, broj šasije, marku, tip i godinu proizvodnje vozila;
- podatke o polisi obaveznog osiguranja od autoodgovornosti;
- rezultate tehničkog pregleda i zapisnik o tehničkom pregledu;
- broj telefona i adresu elektronske pošte, ako ih ostavite radi podsetnika;
- podatke o plaćanju usluga i taksi.

## 3. Svrha i pravni osnov obrade

Podatke obrađujemo radi obavljanja tehničkog pregleda i unosa rezultata u informacioni sistem Ministarstva unutrašnjih poslova, što je naša zakonska obaveza prema Zakonu o bezbednosti saobraćaja na putevima. Poslove registracije, zaključenja polise osiguranja i plaćanja taksi obavljamo na osnovu ugovora i ovlašćenja koje nam date. Podsetnike o isteku registracije šaljemo samo ako ste za to dali pristanak.

## 4. Kome dostavljamo podatke

- Ministarstvu unutrašnjih poslova Republike Srbije, radi registracije vozila i evidencije tehničkih pregleda;
- Agenciji za bezbednost saobraćaja, u obimu propisanom zakonom;
- osiguravajućim društvima sa kojima sarađujemo: Dunav osiguranje a.d.o. i DDOR osiguranje a.d.o.;
- bankama i platnim institucijama radi plaćanja taksi i usluga.

Vaše podatke ne prenosimo u druge države.

## 5. Rok čuvanja podataka

Zapisnike o tehničkom pregledu čuvamo 5 godina, u skladu sa propisima o tehničkom pregledu vozila. Računovodstvenu dokumentaciju čuvamo 10 godina. Podatke za podsetnike čuvamo dok ne povučete pristanak.

## 6. Vaša prava

Imate pravo na pristup podacima, ispravku, brisanje, ograničenje obrade, prenosivost podataka i pravo na prigovor. Pristanak možete opozvati u svakom trenutku, bez uticaja na zakonitost obrade pre opoziva. Zahtev možete podneti lično u našem centru ili na adresu elektronske pošte lica za zaštitu podataka.

Ako smatrate da obrada nije zakonita, imate pravo da podnesete pritužbu [Povereniku za informacije od javnog značaja i zaštitu podataka o ličnosti](https://www.poverenik.rs).

## 7. Kolačići

Naš sajt koristi neophodne kolačiće za rad sajta i, uz vašu saglasnost, kolačiće Google Analytics za statistiku posećenosti. Podešavanja kolačića možete promeniti u svakom trenutku.
"""

EDITS = [
    {"note": "phone number changed", "repl": [("@ Telefon: 021 640 1122", "@ Telefon: 021 6401 500")]},
    {"note": "insurers: Wiener Städtische added to the list",
     "repl": [("Dunav osiguranje a.d.o. i DDOR osiguranje a.d.o.;",
               "Dunav osiguranje a.d.o., DDOR osiguranje a.d.o. i Wiener Städtische osiguranje a.d.o.;")]},
    {"note": "new section on video surveillance of the inspection line",
     "repl": [("## 5. Rok čuvanja podataka",
               "## 4a. Video nadzor\n\nLinija tehničkog pregleda je pod stalnim video nadzorom, u skladu sa "
               "Pravilnikom o tehničkom pregledu vozila. Snimci se čuvaju 30 dana i dostupni su ovlašćenim licima "
               "Ministarstva unutrašnjih poslova i Agencije za bezbednost saobraćaja.\n\n## 5. Rok čuvanja podataka")]},
    {"note": "words inserted without a new date ('radi slanja podsetnika')",
     "bump": False,
     "repl": [("ako ih ostavite radi podsetnika;", "ako ih ostavite radi slanja podsetnika;")]},
    {"note": "data protection officer changed (Milica Petrović -> Nenad Ilić)",
     "repl": [("je Milica Petrović, kontakt:", "je Nenad Ilić, kontakt:")]},
    {"note": "retention of inspection records 5 -> 10 years; reminders deleted after 2 years of inactivity",
     "repl": [("Zapisnike o tehničkom pregledu čuvamo 5 godina", "Zapisnike o tehničkom pregledu čuvamo 10 godina"),
              ("Podatke za podsetnike čuvamo dok ne povučete pristanak.",
               "Podatke za podsetnike čuvamo dok ne povučete pristanak, a najduže 2 godine od poslednjeg pregleda.")]},
]

HOURS = {0: (7, 19), 1: (7, 19), 2: (7, 19), 3: (7, 19), 4: (7, 19), 5: (7, 14)}
NEWS = ["Nove cene tehničkog pregleda od 1. januara", "Registracija vozila bez nalepnice – šta treba da znate",
        "Radno vreme tokom praznika", "Tehnički pregled za motocikle – sezona je počela",
        "Koliko važi tehnički pregled?", "Plaćanje karticama na svim šalterima", "Registracija na rate bez kamate",
        "Zimska oprema obavezna od 1. novembra"]
PRICES = [(dt.date(2022, 1, 1), 3200), (dt.date(2023, 1, 1), 3600), (dt.date(2024, 1, 1), 3900),
          (dt.date(2025, 1, 1), 4200), (dt.date(2026, 1, 1), 4500)]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"csrf": (C.alnum(rng, 40), C.alnum(rng, 20), C.hexs(rng, 64))}
    s["assets"] = C.keep_or(rng, prev.get("assets"), 0.25, lambda: (C.hexs(rng, 20), C.alnum(rng, 8)))
    loc, _ = K.local(when, "sr")
    s["open"] = K.is_open(loc, HOURS)
    s["price"] = K.versioned(PRICES, when)
    yday = (when.date() - dt.date(when.year, 1, 1)).days
    s["counter"] = 120 + yday * 23 + rng.randint(0, 20)
    s["news"] = C.keep_or(rng, prev.get("news"), 0.4, lambda: K.pick(rng, NEWS, 3))
    s["template"] = "tailwind" if when >= REDESIGN else "bootstrap"
    return s


LABELS = {"csrf": "per-session csrf-token meta, _token of the reminder form, Livewire snapshot checksum",
          "assets": "Laravel Mix ?id= / Vite asset hashes on deploys", "open": "header 'Trenutno otvoreno/zatvoreno'",
          "price": "price teaser for passenger-car inspection (yearly)",
          "counter": "footer counter of vehicles inspected this year", "news": "'Najnovije vesti' list",
          "template": "site template (Bootstrap/Mix -> Tailwind/Livewire/Vite in February 2025)"}


def render(s, blocks, when):
    tok, sess, chk = s["csrf"]
    h1, h2 = s["assets"]
    status = "Trenutno otvoreno" if s["open"] else "Trenutno zatvoreno"
    title = blocks[0][1]
    body = K.render_blocks(blocks[1:])
    news = "".join('<li><a href="/vesti/%d">%s</a></li>' % (k + 12, C.esc(NEWS[k])) for k in s["news"])
    price = C.group_digits(s["price"], ".")
    counter = C.group_digits(s["counter"], ".")
    if s["template"] == "bootstrap":
        return ('<!DOCTYPE html>\n<html lang="sr-Latn">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                '<meta name="csrf-token" content="%s">\n<title>Politika privatnosti | Auto centar Jovanović</title>\n'
                '<link href="/css/app.css?id=%s" rel="stylesheet">\n</head>\n<body>\n'
                '<div class="topbar bg-dark text-white small py-1"><div class="container d-flex justify-content-between">'
                '<span><i class="bi bi-clock"></i> Pon–Pet 07–19, Sub 07–14 · <strong class="status">%s</strong></span>'
                '<span><i class="bi bi-telephone"></i> 021 640 1122</span></div></div>\n'
                '<nav class="navbar navbar-expand-lg navbar-light bg-white shadow-sm"><div class="container">'
                '<a class="navbar-brand" href="/"><img src="/images/logo.png" alt="Auto centar Jovanović" height="44"></a>'
                '<ul class="navbar-nav ms-auto"><li class="nav-item"><a class="nav-link" href="/tehnicki-pregled">Tehnički pregled</a></li>'
                '<li class="nav-item"><a class="nav-link" href="/registracija">Registracija</a></li><li class="nav-item"><a class="nav-link" href="/cenovnik">Cenovnik</a></li>'
                '<li class="nav-item"><a class="nav-link" href="/kontakt">Kontakt</a></li></ul></div></nav>\n'
                '<main class="py-5"><div class="container"><div class="row"><div class="col-lg-8">\n'
                '<div class="legal-content">\n<h1>%s</h1>\n%s\n</div>\n</div>\n'
                '<aside class="col-lg-4"><div class="card mb-4"><div class="card-body"><h5 class="card-title">Tehnički pregled</h5>'
                '<p>Putnička vozila već od <strong>%s din</strong></p><a href="/zakazivanje" class="btn btn-primary">Zakažite termin</a></div></div>'
                '<div class="card"><div class="card-body"><h5 class="card-title">Najnovije vesti</h5><ul class="list-unstyled">%s</ul></div></div></aside>'
                '</div></div></main>\n'
                '<footer class="bg-dark text-white py-4"><div class="container"><div class="row"><div class="col-md-6">'
                '<form method="POST" action="/podsetnik" class="reminder-form"><input type="hidden" name="_token" value="%s" autocomplete="off">'
                '<label for="plate">Podsetnik za registraciju</label><input type="text" id="plate" name="registracija" class="form-control" placeholder="NS 123-AB">'
                '<button class="btn btn-warning mt-2" type="submit">Prijavi se</button></form></div>'
                '<div class="col-md-6"><p class="counter">Ove godine smo pregledali <strong>%s</strong> vozila.</p>'
                '<p>© %d Auto centar Jovanović d.o.o. · <a href="/politika-privatnosti" class="text-white">Politika privatnosti</a></p></div></div></div></footer>\n'
                '<script src="/js/app.js?id=%s"></script>\n</body>\n</html>\n'
                % (tok, h1, status, C.esc(title), body, price, news, tok, counter, when.year, h2 + h1[:12]))
    snap = ('{"data":{"plate":null,"sent":false},"memo":{"id":"%s","name":"reminder-form","path":"politika-privatnosti",'
            '"method":"GET","children":[],"scripts":[],"assets":[],"errors":[],"locale":"sr"},"checksum":"%s"}' % (sess, chk))
    return ('<!DOCTYPE html>\n<html lang="sr-Latn" class="scroll-smooth">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="csrf-token" content="%s">\n<title>Politika privatnosti – Auto centar Jovanović</title>\n'
            '<link rel="preload" as="style" href="https://www.tehnickijovanovic.rs/build/assets/app-%s.css" />'
            '<link rel="stylesheet" href="https://www.tehnickijovanovic.rs/build/assets/app-%s.css" />\n'
            '<style>[wire\\:loading][wire\\:loading], [wire\\:loading\\.delay][wire\\:loading\\.delay] {display: none;}</style>\n</head>\n'
            '<body class="font-sans antialiased text-slate-800 bg-slate-50">\n'
            '<header class="bg-white border-b border-slate-200"><div class="max-w-7xl mx-auto px-4 flex items-center justify-between h-20">'
            '<a href="/" class="flex items-center gap-2"><img src="/images/logo-2025.svg" alt="Auto centar Jovanović" class="h-10"></a>'
            '<nav class="hidden md:flex gap-6 text-sm font-medium"><a href="/tehnicki-pregled">Tehnički pregled</a><a href="/registracija">Registracija</a>'
            '<a href="/cenovnik">Cenovnik</a><a href="/kontakt">Kontakt</a></nav>'
            '<div class="flex items-center gap-3"><span class="inline-flex items-center rounded-full px-3 py-1 text-xs %s">%s</span>'
            '<a href="/zakazivanje" class="rounded-lg bg-amber-400 px-4 py-2 font-semibold">Zakaži termin</a></div></div></header>\n'
            '<section class="page-hero bg-slate-900 text-white"><div class="max-w-4xl mx-auto px-4 py-12"><h1 class="text-3xl font-bold">%s</h1></div></section>\n'
            '<main id="privacy" class="max-w-4xl mx-auto px-4 py-10"><article class="prose prose-slate lg:prose-lg max-w-none">\n%s\n</article>\n'
            '<div class="mt-10 rounded-xl bg-amber-50 p-6"><p class="font-semibold">Tehnički pregled putničkog vozila od %s din</p>'
            '<a href="/zakazivanje" class="underline">Zakažite online</a></div></main>\n'
            '<section class="max-w-4xl mx-auto px-4 pb-10"><h2 class="text-xl font-bold mb-3">Najnovije vesti</h2><ul class="space-y-1">%s</ul></section>\n'
            '<footer class="bg-slate-900 text-slate-300"><div class="max-w-7xl mx-auto px-4 py-8 grid md:grid-cols-2 gap-6">'
            '<div wire:snapshot="%s" wire:effects="{&quot;listeners&quot;:[]}" wire:id="%s">'
            '<form wire:submit="save"><input type="hidden" name="_token" value="%s" autocomplete="off"><label>Podsetnik za registraciju</label>'
            '<input type="text" wire:model="plate" placeholder="NS 123-AB"><button type="submit">Prijavi se</button></form></div>'
            '<div><p>Ove godine smo pregledali <strong>%s</strong> vozila.</p><p>© %d Auto centar Jovanović d.o.o.</p></div></div></footer>\n'
            '<script src="/livewire/livewire.min.js?id=%s" data-csrf="%s" data-update-uri="/livewire/update" data-navigate-once="true"></script>\n'
            '<script type="module" src="https://www.tehnickijovanovic.rs/build/assets/app-%s.js"></script>\n</body>\n</html>\n'
            % (tok, h2, h2, "bg-green-100 text-green-800" if s["open"] else "bg-red-100 text-red-800", status,
               C.esc(title), body, price, news, C.attr(snap), sess, tok, counter, when.year, h1[:8], tok, h1[8:16]))


OLD_DECL = {"fetch": URL, "select": [".legal-content"]}

PAGE = {
    "service": "Auto centar Jovanovic", "url": URL, "lang": "sr-Latn-RS", "platform": "Laravel (Blade/Bootstrap -> Livewire/Tailwind)",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 5, 1), "end": dt.date(2026, 10, 31), "hours": (4, 10, 16),
    "policy": POLICY, "first_updated": dt.date(2021, 3, 15), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".page-hero h1", "#privacy article.prose"]},
    "history": [dict(OLD_DECL, validUntil="2025-02-17T10:00:00Z")],
}
