"""Crna Igla Tattoo Studio - sr-Latn tattoo and piercing studio (Beograd, Novi Sad) - Laravel 10 Blade + Bootstrap 5
+ Vite; the page view includes a booking-inquiry form (with the next free slot) inside its .page-content."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import skit as K  # noqa: E402
from skit import C  # noqa: E402

URL = "https://crnaigla.rs/politika-privatnosti"


def fmt_date(d):
    return "%02d.%02d.%d." % (d.day, d.month, d.year)


POLICY = """
# Politika privatnosti

Datum poslednje izmene: {UPDATED}

Crna Igla d.o.o. poštuje vašu privatnost. Ova politika objašnjava kako obrađujemo vaše podatke o ličnosti kada zakazujete tetovažu ili pirsing, šaljete upit putem sajta ili društvenih mreža i kada dolazite u naš studio, u skladu sa Zakonom o zaštiti podataka o ličnosti Republike Srbije.

## Rukovalac

@ Crna Igla d.o.o., PIB 112345678
@ Cetinjska 15, 11000 Beograd
@ Telefon: +381 63 555 1234
@ E-pošta: [privatnost@crnaigla.rs](mailto:privatnost@crnaigla.rs)

## Koje podatke prikupljamo

- ime, prezime, broj telefona i adresu e-pošte;
- datum rođenja, jer tetoviramo isključivo punoletna lica;
- podatke o zdravstvenom stanju iz upitnika pre tetoviranja (alergije, terapije, trudnoća, hronične bolesti);
- skice, reference i fotografije dela tela koje nam pošaljete;
- fotografije gotovih radova, uz vašu saglasnost;
- podatke o uplati depozita.

## Svrha i pravni osnov obrade

Podatke obrađujemo radi zakazivanja i izvođenja usluge, što predstavlja izvršenje ugovora. Podatke o zdravstvenom stanju obrađujemo na osnovu vašeg izričitog pristanka, isključivo kako bismo bezbedno izveli uslugu. Fotografije radova objavljujemo na Instagramu i sajtu samo uz vašu pisanu saglasnost.

## Primaoci podataka

Vaše podatke mogu obrađivati naši obrađivači:

| Obrađivač | Namena | Država |
| Hetzner Online GmbH | Hosting sajta | Nemačka |
| Google Ireland Ltd. (Google Workspace) | E-pošta i kalendar | Irska |
| Banca Intesa a.d. | Uplata depozita | Srbija |

Podatke ne prenosimo u zemlje koje ne obezbeđuju primeren nivo zaštite bez odgovarajućih mera zaštite.

## Rok čuvanja

Upitnik o zdravstvenom stanju i saglasnost čuvamo 5 godina od izvođenja usluge, zbog moguće odgovornosti za štetu. Upite koji nisu doveli do zakazivanja brišemo posle 6 meseci. Podatke o uplatama čuvamo u skladu sa propisima o računovodstvu.

## Vaša prava

Imate pravo na pristup, ispravku, brisanje i ograničenje obrade, pravo na prenosivost podataka i pravo na prigovor. Pristanak možete opozvati u svakom trenutku, bez uticaja na zakonitost ranije obrade. Pritužbu možete podneti Povereniku za informacije od javnog značaja i zaštitu podataka o ličnosti.

## Kolačići

Sajt koristi samo neophodne kolačiće za rad forme za upite i zaštitu od zloupotrebe.
"""

EDITS = [
    {"note": "processor added: Stripe for online deposits",
     "repl": [("| Banca Intesa a.d. | Uplata depozita | Srbija |", "| Banca Intesa a.d. | Uplata depozita | Srbija |"
               "\n| Stripe Payments Europe Ltd. | Onlajn uplata depozita | Irska |")]},
    {"note": "phone number changed", "repl": [("@ Telefon: +381 63 555 1234", "@ Telefon: +381 11 405 6789")]},
    {"note": "retention of unanswered inquiries 6 -> 3 months",
     "repl": [("brišemo posle 6 meseci", "brišemo posle 3 meseca")]},
    {"note": "sentence added: parental consent for piercing of minors 16-18", "bump": False,
     "repl": [("jer tetoviramo isključivo punoletna lica;", "jer tetoviramo isključivo punoletna lica, a pirsing "
               "maloletnicima starijim od 16 godina radimo samo uz prisustvo roditelja;")]},
    {"note": "cookies section extended: Google Analytics with consent",
     "repl": [("Sajt koristi samo neophodne kolačiće za rad forme za upite i zaštitu od zloupotrebe.",
               "Sajt koristi neophodne kolačiće za rad forme za upite i zaštitu od zloupotrebe, a uz vaš pristanak "
               "i kolačiće servisa Google Analytics za merenje posećenosti.")]},
    {"note": "controller address moved to Novi Sad branch as seat",
     "repl": [("@ Cetinjska 15, 11000 Beograd", "@ Bulevar oslobođenja 30, 21000 Novi Sad")]},
]

ARTISTS = ["Marko", "Jelena", "Stefan", "Ana"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"csrf": (C.alnum(rng, 40), C.alnum(rng, 40), C.alnum(rng, 16))}
    s["vite"] = C.keep_or(rng, prev.get("vite"), 0.3, lambda: (C.alnum(rng, 8), C.alnum(rng, 8)))
    t = K.local(when, 1, 2) + dt.timedelta(days=rng.randint(3, 30))
    s["slot"] = (rng.choice(ARTISTS), fmt_date(t.date()))
    s["works"] = C.keep_or(rng, prev.get("works"), 0.7, lambda: tuple(rng.sample(range(200, 900), 4)))
    return s


LABELS = {"csrf": "csrf-token meta, form _token and honeypot field name (per request; _token INSIDE .page-content)",
          "vite": "Vite build asset hashes", "slot": "form's 'next free slot' line INSIDE .page-content",
          "works": "'Najnoviji radovi' gallery in the footer"}


def render(s, blocks, when):
    tok, tok2, hp = s["csrf"]
    a, b = s["vite"]
    body = C.render_blocks(blocks, tags={"table": ' class="table table-striped"', "h1": ' class="display-6 mb-3"'})
    works = "".join('<div class="col-3"><a href="/radovi/%d"><img class="img-fluid rounded" src="/storage/radovi/%d_'
                    'thumb.webp" alt="Rad %d"></a></div>' % (w, w, w) for w in s["works"])
    form = ('<form method="POST" action="https://crnaigla.rs/upit" class="inquiry-form card p-4 mt-5"><input type="'
            'hidden" name="_token" value="%s" autocomplete="off"><div style="display:none"><input name="%s" type="text"'
            ' value=""></div><h3 class="h5">Imate pitanje ili želite termin?</h3><p class="text-muted small">Najbliži '
            'slobodan termin: %s, %s</p><input class="form-control mb-2" name="ime" placeholder="Ime"><textarea class="'
            'form-control mb-2" name="poruka" placeholder="Poruka"></textarea>'
            '<button class="btn btn-dark">Pošalji</button>'
            '</form>' % (tok2, hp, s["slot"][1], s["slot"][0]))
    return (
        '<!DOCTYPE html>\n<html lang="sr-Latn">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width='
        'device-width, initial-scale=1">\n<meta name="csrf-token" content="%s">\n<title>Politika privatnosti - Crna '
        'Igla Tattoo Studio</title>\n<link rel="preload" as="style" href="https://crnaigla.rs/build/assets/app-%s.css"'
        ' /><link rel="stylesheet" href="https://crnaigla.rs/build/assets/app-%s.css" /><script type="module" src="'
        'https://crnaigla.rs/build/assets/app-%s.js"></script>\n</head>\n<body class="bg-dark text-light">\n'
        '<nav class="navbar navbar-expand-lg navbar-dark"><div class="container"><a class="navbar-brand" href="/">'
        'CRNA IGLA</a><ul class="navbar-nav ms-auto"><li class="nav-item"><a class="nav-link" href="/tetovaze">'
        'Tetovaže</a></li><li class="nav-item"><a class="nav-link" href="/pirsing">Pirsing</a></li><li class="nav-'
        'item"><a class="nav-link" href="/umetnici">Umetnici</a></li><li class="nav-item"><a class="nav-link" href='
        '"/kontakt">Kontakt</a></li></ul></div></nav>\n<main class="py-5"><div class="container"><div class="row '
        'justify-content-center"><div class="col-lg-8"><div class="page-content bg-white text-dark p-4 rounded">\n%s\n'
        '%s\n</div></div></div></div></main>\n<footer class="py-5"><div class="container"><h4>Najnoviji radovi</h4>'
        '<div class="row g-2">%s</div><p class="mt-4 small">© %d Crna Igla d.o.o.</p></div></footer>\n</body>\n'
        '</html>\n' % (tok, a, a, b, body, form, works, K.local(when, 1, 2).year))


PAGE = {
    "service": "Crna Igla Tattoo", "url": URL, "lang": "sr-Latn", "platform": "Laravel 10 Blade + Bootstrap 5 + Vite",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 1, 10), "end": dt.date(2026, 1, 31), "hours": (2, 8, 14, 20),
    "policy": POLICY, "first_updated": dt.date(2021, 9, 20), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".page-content"], "remove": [".inquiry-form"]},
}
