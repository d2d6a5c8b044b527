"""Croatian dog-walking / pet-sitting app's site on SvelteKit with Storyblok: /pravila-privatnosti.

The story's richtext is rendered with `{@html}` into `article.legal-doc` (Storyblok's markup: `<b>`, list items
wrapped in `<p>`, hard breaks), tables as a Svelte component with scoped `svelte-xxxx` classes, and an "app_cta"
block the editors dropped between two sections: app-store rating and review count that grow, and the number of
walkers online now (declaration removes `.app-cta`). Per build: `_app/immutable` hashes and the scoped class
hashes inside the article; per visit: the header's "šetača dostupno sada" counter and Storyblok's `cv`.
SvelteKit 1 (hex hashes) until November 2024, then SvelteKit 2 with Svelte 5 (base64url hashes, `<!--[-->`
hydration comments inside the article); the declaration stays valid.
"""
import datetime as dt
import html
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna",
          "listopada", "studenoga", "prosinca"]
SVELTE5_FROM = dt.datetime(2024, 11, 12)

POLICY = """
# Pravila privatnosti

Zadnja izmjena: {UPDATED}

Šapica povezuje vlasnike pasa i mačaka s provjerenim šetačima i čuvarima ljubimaca u njihovoj blizini. Da bi to funkcioniralo, moramo obrađivati neke tvoje osobne podatke. Ovim pravilima objašnjavamo koje podatke prikupljamo kada koristiš aplikaciju Šapica i internetsku stranicu sapica.hr, zašto to radimo i koja prava imaš prema Općoj uredbi o zaštiti podataka (GDPR).

## 1. Tko je voditelj obrade?

Voditelj obrade tvojih osobnih podataka je:

@ Šapica d.o.o.
@ Ilica 242
@ 10000 Zagreb
@ OIB: 48213977605
@ e-pošta: privatnost@sapica.hr

Imenovali smo službenika za zaštitu podatka kojem se možeš obratiti na adresu szp@sapica.hr.

## 2. Koje podatke prikupljamo?

Podaci koje obrađujemo ovise o tome koristiš li Šapicu kao vlasnik ljubimca ili kao šetač odnosno čuvar.

### Vlasnici ljubimaca

- ime, prezime, broj mobitela i adresa e-pošte;
- adresa na kojoj se preuzima ljubimac te, ako to želiš, upute za ulazak u zgradu i kod za ključ;
- profil ljubimca: ime, vrsta, pasmina, dob, težina, narav, prehrana, lijekovi i podaci o cijepljenju;
- podaci o rezervacijama, plaćanjima i porukama koje razmijeniš sa šetačem.

### Šetači i čuvari

- ime, prezime, datum rođenja, OIB i broj IBAN-a za isplatu zarade;
- fotografija profila, kratki opis, iskustvo i dostupnost;
- preslika osobne iskaznice i uvjerenje o nekažnjavanju koje nam dostaviš prilikom prijave;
- lokacija uređaja tijekom aktivne šetnje.

## 3. Lokacija tijekom šetnje

Kad šetač u aplikaciji pokrene šetnju, bilježimo GPS lokaciju njegova uređaja svakih nekoliko sekundi, sve dok šetnju ne završi. Vlasnik ljubimca može uživo pratiti rutu, a nakon šetnje dobiva kartu s prijeđenom udaljenošću i trajanjem. Lokaciju ne bilježimo izvan aktivne šetnje. GPS zapis šetnje čuvamo 90 dana, a nakon toga zadržavamo samo podatak o trajanju i udaljenosti. Šetač može aplikaciji uskratiti pristup lokaciji, ali tada ne može primati rezervacije šetnji, nego samo čuvanja u vlastitom domu.

## 4. Svrhe i pravne osnove obrade

| Svrha | Pravna osnova | Rok čuvanja |
| Otvaranje i vođenje korisničkog računa | Izvršenje ugovora | Dok je račun aktivan i 12 mjeseci nakon zatvaranja |
| Povezivanje vlasnika i šetača, rezervacije i komunikacija | Izvršenje ugovora | 3 godine od zadnje rezervacije |
| Provjera identiteta i nekažnjavanja šetača | Legitimni interes (sigurnost ljubimaca i korisnika) | Do kraja suradnje, najdulje 5 godina |
| Naplata usluga i isplata šetačima | Izvršenje ugovora i zakonska obveza | 11 godina (Zakon o računovodstvu) |
| Obavijesti o novostima i popustima | Privola | Do povlačenja privole |
| Rješavanje prigovora i sporova | Legitimni interes | Do pravomoćnog okončanja spora |

## 5. S kim dijelimo podatke?

Vlasnik i šetač međusobno vide samo one podatke koji su potrebni za dogovorenu uslugu: ime, fotografiju, ocjenu, adresu preuzimanja i profil ljubimca. Broj mobitela druge strane nije vidljiv, jer komunikacija ide preko aplikacije.

Svaka šetnja i svako čuvanje preko Šapice osigurani su od odgovornosti za štetu. Ako se tijekom usluge dogodi nezgoda, na primjer ozljeda ljubimca ili šteta na tuđoj imovini, podatke o rezervaciji, ljubimcu i sudionicima prosljeđujemo osiguravajućem društvu s kojim imamo ugovor, kako bi ono moglo obraditi odštetni zahtjev. Ako je potrebno, podatke dostavljamo i nadležnim tijelima, primjerice policiji ili veterinarskoj inspekciji.

Za rad aplikacije koristimo sljedeće izvršitelje obrade:

| Izvršitelj obrade | Usluga | Sjedište |
| Stripe Payments Europe Ltd. | Obrada plaćanja karticom | Irska |
| Google Cloud EMEA Ltd. | Poslužitelji, karte i push obavijesti (Firebase) | Irska |
| Infobip d.o.o. | Slanje SMS poruka i kodova za prijavu | Hrvatska |
| Intercom R&D Unlimited Company | Korisnička podrška putem chata | Irska |
| Storyblok GmbH | Upravljanje sadržajem internetske stranice | Austrija |

## 6. Prijenos podataka izvan EGP-a

Neki naši izvršitelji obrade dio podataka obrađuju u Sjedinjenim Američkim Državama. U tim slučajevima prijenos se temelji na Okviru za privatnost podataka EU-a i SAD-a ili na standardnim ugovornim klauzulama Europske komisije.

### Kako biramo šetače koje ti prikazujemo

Kad tražiš šetača, aplikacija ti prikazuje popis poredan prema udaljenosti, dostupnosti u traženom terminu, prosječnoj ocjeni i broju odrađenih šetnji. Ne donosimo odluke koje se temelje isključivo na automatiziranoj obradi i koje bi za tebe imale pravne učinke. Prijave novih šetača uvijek pregledava član našeg tima, koji razgovara s kandidatom prije nego što mu odobri profil.

### Kako štitimo tvoje podatke

Podaci se prenose isključivo šifriranom vezom, a preslike dokumenata šetača pohranjujemo šifrirane i odvojeno od ostalih podataka. Pristup njima ima samo nekoliko zaposlenika koji provode provjeru. Kodove za ulazak u zgradu i upute za ključeve šetač vidi samo za vrijeme potvrđene rezervacije. Redovito testiramo sigurnost aplikacije i sve zaposlenike obvezujemo na povjerljivost.

## 7. Tvoja prava

U svakom trenutku možeš zatražiti pristup svojim podacima, njihov ispravak ili brisanje, ograničenje obrade te prenosivost podataka. Možeš uložiti prigovor na obradu koja se temelji na legitimnom interesu i povući privolu, a da to ne utječe na zakonitost obrade prije povlačenja. Većinu podataka možeš sam urediti ili izbrisati u aplikaciji, pod **Profil** i **Postavke privatnosti**.

Ako smatraš da obrađujemo tvoje podatke protivno propisima, imaš pravo podnijeti pritužbu nadzornom tijelu:

@ Agencija za zaštitu osobnih podataka (AZOP)
@ Selska cesta 136
@ 10000 Zagreb
@ [azop.hr](https://azop.hr)

## 8. Kolačići

Naša internetska stranica koristi nužne kolačiće i, uz tvoju privolu, analitičke kolačiće. Više o tome pročitaj u [Pravilima o kolačićima](/kolacici).

## 9. Djeca

Šapicu mogu koristiti samo osobe starije od 18 godina. Šetači moraju biti punoljetni, a vlasnici ne smiju u profil ljubimca unositi podatke o djeci.

## 10. Izmjene ovih pravila

Ova pravila povremeno ažuriramo. O bitnim izmjenama obavijestit ćemo te u aplikaciji ili e-poštom najmanje 14 dana prije nego što stupe na snagu.
"""

EDITS = [
    {"note": "processor table: Onfido added for walker identity checks",
     "repl": [("| Infobip d.o.o. | Slanje SMS poruka i kodova za prijavu | Hrvatska |",
               "| Infobip d.o.o. | Slanje SMS poruka i kodova za prijavu | Hrvatska |\n"
               "| Onfido Ltd. | Provjera identiteta šetača | Ujedinjeno Kraljevstvo |")]},
    {"note": "sentence added: walkers' photos during walks",
     "repl": [("Lokaciju ne bilježimo izvan aktivne šetnje.",
               "Šetač ti tijekom šetnje može poslati fotografije ljubimca, koje ostaju spremljene u razgovoru. "
               "Lokaciju ne bilježimo izvan aktivne šetnje.")]},
    {"note": "GPS walk-track retention shortened from 90 to 30 days",
     "repl": [("GPS zapis šetnje čuvamo 90 dana", "GPS zapis šetnje čuvamo 30 dana")]},
    {"note": "typo fixed: 'zaštitu podatka' -> 'zaštitu podataka' (no new date)",
     "repl": [("za zaštitu podatka kojem", "za zaštitu podataka kojem")], "bump": False},
    {"note": "section added on reviews and ratings; later sections renumbered",
     "repl": [("## 10. Izmjene", "## 11. Izmjene"), ("## 9. Djeca", "## 10. Djeca"),
              ("## 8. Kolačići", "## 9. Kolačići"), ("## 7. Tvoja prava", "## 8. Tvoja prava"),
              ("## 6. Prijenos podataka izvan EGP-a",
               "## 6. Ocjene i recenzije\n\nNakon svake usluge vlasnik i šetač mogu jedno drugome dati ocjenu od "
               "jedne do pet šapica i napisati kratku recenziju. Ocjene i recenzije javno su vidljive na profilu "
               "šetača zajedno s imenom i prvim slovom prezimena vlasnika. Recenzije koje sadrže uvrede ili tuđe "
               "osobne podatke uklanjamo.\n\n## 7. Prijenos podataka izvan EGP-a")]},
    {"note": "office moved: new address in Zagreb",
     "repl": [("@ Ilica 242\n@ 10000 Zagreb", "@ Radnička cesta 80\n@ 10000 Zagreb")]},
]


def fmt_date(d):
    return "%d. %s %d." % (d.day, MONTHS[d.month - 1], d.year)


def _h(rng, svelte5):
    return C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") if svelte5 \
        else C.hexs(rng, 8)


def _scoped(rng):
    return "svelte-" + C.alnum(rng, 7, "abcdefghijklmnopqrstuvwxyz0123456789")


def noise(rng, when, i, prev):
    prev = prev or {}
    s5 = when >= SVELTE5_FROM
    mk = lambda: {"s5": s5, "start": _h(rng, s5), "app": _h(rng, s5), "n0": _h(rng, s5), "n7": _h(rng, s5),
                  "css": _h(rng, s5), "kit": C.alnum(rng, 7, "abcdefghijklmnopqrstuvwxyz0123456789"),
                  "cls": {k: _scoped(rng) for k in ("page", "table", "cta", "hdr")}}
    build = C.keep_or(rng, prev.get("build") if (prev.get("build") or {}).get("s5") == s5 else None, 0.25, mk)
    rating = C.keep_or(rng, prev.get("rating"), 0.3,
                       lambda: rng.choice(["4,7", "4,8", "4,8", "4,9"]))
    reviews = prev.get("reviews", 1870 + rng.randint(0, 90)) + rng.randint(0, 35)
    return {
        "build": build,
        "online": rng.randint(14, 61),
        "cv": C.keep_or(rng, prev.get("cv"), 0.6, lambda: int(C.epoch(when)) - rng.randint(60, 86400 * 3)),
        "rating": rating,
        "reviews": reviews,
    }


LABELS = {"build": "SvelteKit build hashes (_app/immutable, scoped svelte- classes in the article)",
          "online": "header 'šetača dostupno sada' counter (per visit)",
          "cv": "Storyblok cache version cv in the hydration data",
          "rating": "app-store rating in the in-article app_cta block (removed by declaration)",
          "reviews": "review count in the in-article app_cta block (removed by declaration)"}


def _rt_inline(t):
    return C.inline_html(t, bold=lambda raw: "<b>%s</b>" % html.escape(raw, quote=False),
                         link=lambda u, l: '<a href="%s" target="_self">%s</a>' % (html.escape(u), html.escape(l)))


def _block(b, cls, s5):
    kind, v = b
    if kind in ("h2", "h3"):
        return "<%s>%s</%s>" % (kind, _rt_inline(v), kind)
    if kind == "p":
        return "<p>%s</p>" % _rt_inline(v)
    if kind == "ul":
        return "<ul>%s</ul>" % "".join("<li><p>%s</p></li>" % _rt_inline(i) for i in v)
    if kind == "addr":
        return "<p>%s</p>" % "<br/>".join(_rt_inline(l) for l in v)
    if kind == "table":
        m = "<!--[-->" if s5 else ""
        e = "<!--]-->" if s5 else ""
        head = "".join('<th class="%s">%s</th>' % (cls, _rt_inline(x)) for x in v[0])
        rows = "".join('<tr class="%s">%s</tr>' % (cls, "".join('<td class="%s">%s</td>' % (cls, _rt_inline(x))
                                                                   for x in r)) for r in v[1:])
        return ('</div><div class="sb-table %s"><table class="%s"><thead><tr class="%s">%s%s%s</tr></thead>'
                '<tbody>%s%s%s</tbody></table></div><div class="richtext">' % (cls, cls, cls, m, head, e, m, rows, e))
    raise ValueError(kind)


def _article(state, blocks):
    b = state["build"]
    s5 = b["s5"]
    c = b["cls"]
    title = blocks[0][1]
    rest = blocks[1:]
    updated = rest[0]
    body = rest[1:]
    # the editors' app_cta block sits before section 5
    idx = next(k for k, x in enumerate(body) if x[0] == "h2" and x[1].startswith("5."))
    cta = ('</div><aside class="app-cta %s" data-blok-uid="7d1f4c2a-0b9e-4e36-a1c8-52e0f3b9d617">'
           '<p class="app-cta__title %s">Preuzmi aplikaciju Šapica</p>'
           '<p class="app-cta__rating %s">%s ★ · %s recenzija</p>'
           '<p class="app-cta__live %s">Trenutno je %d šetača dostupno u tvojoj blizini</p>'
           '<a class="app-cta__btn %s" href="https://apps.apple.com/hr/app/sapica/id1587234410">App Store</a>'
           '<a class="app-cta__btn %s" href="https://play.google.com/store/apps/details?id=hr.sapica.app">Google Play</a>'
           '</aside><div class="richtext">' % (c["cta"], c["cta"], c["cta"], state["rating"],
                                               "{:,}".format(state["reviews"]).replace(",", "."), c["cta"],
                                               state["online"], c["cta"], c["cta"]))
    parts = []
    for k, x in enumerate(body):
        if k == idx:
            parts.append(cta)
        parts.append(_block(x, c["table"], s5))
    open_ = "<!--[-->" if s5 else ""
    close = "<!--]-->" if s5 else ""
    return ('<article class="legal-doc %s"><header class="legal-doc__header %s"><h1 class="%s">%s</h1>'
            '<p class="legal-doc__updated %s">%s</p></header>%s<div class="richtext">%s</div>%s</article>'
            % (c["page"], c["page"], c["page"], html.escape(title), c["page"], _rt_inline(updated[1]), open_,
               "".join(parts), close))


def render(state, blocks, when):
    b = state["build"]
    c = b["cls"]
    s5 = b["s5"]
    ext = ".js"
    imm = "./_app/immutable"
    data = [None, {"type": "data", "data": {"story": {
        "name": "Pravila privatnosti", "id": 318774512, "uuid": "b6c0f2e8-3a1d-4f57-9e24-7c8d0a5b1f39",
        "full_slug": "pravila-privatnosti", "lang": "default",
        "content": {"component": "legal_page", "_uid": "e4a91b07-6c2d-4f18-8b35-0d7f2e9c4a61",
                    "body": [{"component": "richtext_section", "_uid": "7d1f4c2a-0b9e-4e36-a1c8-52e0f3b9d617"}]}},
        "cv": state["cv"]}, "uses": {"params": ["slug"]}}]
    hydr_open = "<!--[-->" if s5 else ""
    hydr_close = "<!--]-->" if s5 else ""
    nav = [("/kako-funkcionira", "Kako funkcionira"), ("/postani-setac", "Postani šetač"), ("/cijene", "Cijene"),
           ("/blog", "Savjeti"), ("/pomoc", "Pomoć")]
    navh = "".join('<li class="%s"><a href="%s" class="%s">%s</a></li>' % (c["hdr"], u, c["hdr"], t) for u, t in nav)
    return """<!doctype html>
<html lang="hr">
	<head>
		<meta charset="utf-8" />
		<link rel="icon" href="./favicon.png" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<script defer data-domain="sapica.hr" src="https://plausible.io/js/script.js"></script>
		<link href="%s/assets/0.%s.css" rel="stylesheet">
		<link href="%s/assets/_page.%s.css" rel="stylesheet">
		<link rel="modulepreload" href="%s/entry/start.%s%s">
		<link rel="modulepreload" href="%s/chunks/scheduler.%s%s">
		<link rel="modulepreload" href="%s/entry/app.%s%s">
		<link rel="modulepreload" href="%s/nodes/0.%s%s">
		<link rel="modulepreload" href="%s/nodes/7.%s%s">%s<title>Pravila privatnosti | Šapica</title><meta name="description" content="Kako Šapica obrađuje osobne podatke vlasnika ljubimaca i šetača."><meta property="og:title" content="Pravila privatnosti | Šapica"><link rel="canonical" href="https://sapica.hr/pravila-privatnosti">%s
	</head>
	<body data-sveltekit-preload-data="hover">
		<div style="display: contents">%s<header class="site-header %s"><a href="/" class="logo %s" aria-label="Šapica početna"><img src="/logo-sapica.svg" alt="Šapica" width="132" height="36" class="%s"></a>
<nav class="%s"><ul class="%s">%s</ul></nav>
<p class="live-badge %s"><span class="dot %s"></span> %d šetača dostupno sada u Zagrebu</p>
<a href="/preuzmi" class="btn btn-primary %s">Preuzmi aplikaciju</a></header>
<main class="container %s">%s</main>
<footer class="site-footer %s"><div class="footer-cols %s"><div><p class="%s">Šapica d.o.o.</p><p class="%s">Zagreb, Hrvatska</p></div><ul class="%s"><li><a href="/uvjeti-koristenja">Uvjeti korištenja</a></li><li><a href="/pravila-privatnosti" aria-current="page">Pravila privatnosti</a></li><li><a href="/kolacici">Kolačići</a></li><li><button type="button" class="linklike %s" data-cc="show-preferencesModal">Postavke kolačića</button></li></ul></div><p class="copy %s">© %d Šapica d.o.o. Sva prava pridržana.</p></footer>%s
			<script>
				{
					__sveltekit_%s = {
						base: new URL(".", location).pathname.slice(0, -1),
						env: {"PUBLIC_STORYBLOK_TOKEN":"x9Lq3Wt7ZpB2rKd0nVe5sgtt"}
					};

					const element = document.currentScript.parentElement;

					const data = %s;

					Promise.all([
						import("%s/entry/start.%s%s"),
						import("%s/entry/app.%s%s")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 7],
							data,
							form: null,
							error: null
						});
					});
				}
			</script>
		</div>
	</body>
</html>
""" % (imm, b["css"], imm, b["css"][::-1], imm, b["start"], ext, imm, b["n0"][::-1], ext, imm, b["app"], ext,
       imm, b["n0"], ext, imm, b["n7"], ext, "<!-- HEAD_svelte-1s9f3xr_START -->" if not s5 else "<!--1s9f3xr-->",
       "<!-- HEAD_svelte-1s9f3xr_END -->" if not s5 else "<!---->",
       hydr_open, c["hdr"], c["hdr"], c["hdr"], c["hdr"], c["hdr"], navh, c["hdr"], c["hdr"], state["online"],
       c["hdr"], c["page"], _article(state, blocks), c["hdr"], c["hdr"], c["hdr"], c["hdr"], c["hdr"], c["hdr"],
       c["hdr"], when.year, hydr_close, b["kit"], json.dumps(data, ensure_ascii=False, separators=(",", ":")), imm, b["start"], ext, imm,
       b["app"], ext)


PAGE = {
    "service": "Sapica",
    "url": "https://sapica.hr/pravila-privatnosti",
    "lang": "hr",
    "platform": "SvelteKit 1, then SvelteKit 2 / Svelte 5, with Storyblok",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Vercel"), ("X-Vercel-Cache", "MISS"), ("Cache-Control", "private, no-cache"),
                      ("X-Content-Type-Options", "nosniff")],
    "n": 30,
    "start": dt.date(2022, 10, 3),
    "end": dt.date(2025, 8, 14),
    "policy": POLICY,
    "first_updated": dt.date(2022, 9, 19),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://sapica.hr/pravila-privatnosti", "select": "article.legal-doc",
                    "remove": ".app-cta"},
}
