"""Sťahuj.sk (Slovak; Bratislava, Trnava, Žilina, Košice): van rental for house moves, a custom Nette 3 application
(Latte templates, Nette Forms with CSRF protection, Naja AJAX snippets, Bootstrap 5, Webpack assets versioned by
file time). The policy is a Latte page in `article.legal-text`; nothing volatile inside it. Around it: the header's
'Dnes voľné' live count of free vans per branch (a Naja snippet), the sidebar reservation form's `_token_` per
request, a 'just booked' social-proof toast, the seasonal offer strip and the daily price from the pricing table
(raised once), the app.css/app.js ?v= stamps on deploys."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import mvkit as K  # noqa: E402

URL = "https://www.stahuj.sk/ochrana-osobnych-udajov"

POLICY = """
# Ochrana osobných údajov

Posledná aktualizácia: {UPDATED}

Spoločnosť STAHUJ RENT s. r. o. prevádzkuje požičovňu dodávok a sťahovacích vozidiel na pobočkách v Bratislave, Trnave, Žiline a Košiciach a webovú stránku www.stahuj.sk. V tomto dokumente vysvetľujeme, ako spracuvame vaše osobné údaje, keď si u nás rezervujete alebo prenajmete vozidlo, a aké práva máte podľa nariadenia (EÚ) 2016/679 (GDPR) a zákona č. 18/2018 Z. z. o ochrane osobných údajov.

## 1. Prevádzkovateľ

@ STAHUJ RENT s. r. o.
@ Vajnorská 142
@ 831 04 Bratislava
@ IČO: 53 418 227
@ zapísaná v Obchodnom registri Mestského súdu Bratislava III, oddiel: Sro, vložka č. 149372/B

Vo veciach ochrany osobných údajov nás môžete kontaktovať e-mailom na [gdpr@stahuj.sk](mailto:gdpr@stahuj.sk) alebo telefonicky na čísle +421 2 3300 8140.

## 2. Aké údaje spracúvame

- identifikačné údaje: meno, priezvisko, dátum narodenia, číslo občianskeho preukazu alebo pasu;
- údaje z vodičského preukazu: číslo, skupiny vodičského oprávnenia, dátum vydania a platnosti;
- kontaktné údaje: adresa, e-mail, telefónne číslo;
- údaje o prenájme: vozidlo, pobočka, dátum a čas vyzdvihnutia a vrátenia, stav tachometra a paliva, fotografie vozidla pri odovzdaní a prevzatí;
- platobné údaje: údaje o zaplatenej zábezpeke (kaucii) a o platbách; údaje o platobnej karte spracúva výlučne platobná brána GoPay;
- údaje z GPS jednotky vozidla: poloha, rýchlosť a počet najazdených kilometrov počas prenájmu;
- údaje o priestupkoch a škodách: pokuty, nezaplatené mýto alebo diaľničná známka, dopravné nehody počas prenájmu.

## 3. Účely a právne základy spracúvania

| Účel | Právny základ | Doba uchovávania |
| Rezervácia a uzatvorenie zmluvy o nájme vozidla | plnenie zmluvy | 10 rokov od skončenia zmluvy |
| Overenie vodičského oprávnenia | plnenie zmluvy | počas trvania nájmu |
| Sledovanie polohy vozidla cez GPS | oprávnený záujem (ochrana majetku) | 90 dní |
| Vymáhanie pokút, škôd a nezaplateného nájomného | oprávnený záujem | do vyriešenia nároku |
| Vedenie účtovníctva | zákonná povinnosť | 10 rokov |
| Zasielanie newslettera s akciami | súhlas | do odvolania súhlasu |

Poskytnutie údajov z občianskeho a vodičského preukazu je podmienkou uzatvorenia zmluvy; bez nich vám vozidlo nemôžeme odovzdať.

## 4. Príjemcovia osobných údajov

- GoPay s.r.o., ako prevádzkovateľ platobnej brány;
- Allianz – Slovenská poisťovňa, a.s., pri riešení poistných udalostí;
- dodávateľ GPS systému našich vozidiel;
- autoservisy a odťahové služby;
- Policajný zbor a správne orgány, ak ide o dopravný priestupok spáchaný počas prenájmu;
- naša účtovná kancelária a poskytovateľ rezervačného systému.

## 5. Prenos do tretích krajín

Vaše osobné údaje spracúvame v Európskej únii. Ak niektorý z našich dodávateľov (napríklad Google pri meraní návštevnosti) spracúva údaje mimo EÚ, prenos je zabezpečený štandardnými zmluvnými doložkami Európskej komisie.

## 6. Vaše práva

Máte právo na prístup k svojim údajom, na ich opravu a vymazanie, na obmedzenie spracúvania, na prenosnosť údajov a právo namietať proti spracúvaniu založenému na oprávnenom záujme. Súhlas so zasielaním newslettera môžete kedykoľvek odvolať kliknutím na odkaz v každom e-maile.

Ak sa domnievate, že spracúvanie vašich údajov je v rozpore so zákonom, môžete podať návrh na začatie konania na Úrad na ochranu osobných údajov Slovenskej republiky, Hraničná 12, 820 07 Bratislava 27 ([www.dataprotection.gov.sk](https://www.dataprotection.gov.sk)).

## 7. Súbory cookie

Naša stránka používa nevyhnutné súbory cookie a so súhlasom aj analytické súbory cookie služby Google Analytics. Nastavenia môžete kedykoľvek zmeniť cez odkaz „Nastavenia cookies“ v pätičke stránky.

## 8. Zmeny tohto dokumentu

Tento dokument môžeme priebežne aktualizovať. Aktuálne znenie je vždy zverejnené na tejto stránke.
"""

EDITS = [
    {"note": "GPS location retention shortened from 90 to 30 days",
     "repl": [("| Sledovanie polohy vozidla cez GPS | oprávnený záujem (ochrana majetku) | 90 dní |",
               "| Sledovanie polohy vozidla cez GPS | oprávnený záujem (ochrana majetku) | 30 dní |")]},
    {"note": "typo fixed (spracuvame -> spracúvame), date unchanged", "bump": False,
     "repl": [("ako spracuvame vaše osobné údaje", "ako spracúvame vaše osobné údaje")]},
    {"note": "list item added: dashcam recordings after an accident",
     "repl": [("- údaje z GPS jednotky vozidla: poloha, rýchlosť a počet najazdených kilometrov počas prenájmu;",
               "- údaje z GPS jednotky vozidla: poloha, rýchlosť a počet najazdených kilometrov počas prenájmu;\n"
               "- záznam z palubnej kamery vozidla, ak dôjde k dopravnej nehode alebo poškodeniu vozidla;")]},
    {"note": "payment gateway replaced: GoPay renamed to Stripe in two places",
     "repl": [("spracúva výlučne platobná brána GoPay;", "spracúva výlučne platobná brána Stripe;"),
              ("- GoPay s.r.o., ako prevádzkovateľ platobnej brány;",
               "- Stripe Payments Europe, Ltd., ako prevádzkovateľ platobnej brány;")]},
    {"note": "registered address changed",
     "repl": [("@ Vajnorská 142\n@ 831 04 Bratislava", "@ Galvaniho 15/A\n@ 821 04 Bratislava")]},
    {"note": "recipient added: online identity verification provider",
     "repl": [("- naša účtovná kancelária a poskytovateľ rezervačného systému.",
               "- naša účtovná kancelária a poskytovateľ rezervačného systému;\n"
               "- Veriff OÜ, ak si zvolíte online overenie totožnosti pri rezervácii.")]},
]


def fmt_date(d):
    return K.long_date(d, "sk")


BRANCHES = [("ba", "Bratislava"), ("tt", "Trnava"), ("za", "Žilina"), ("ke", "Košice")]
VANS = ["Ford Transit L3H2", "Iveco Daily 16 m³", "Renault Master 13 m³", "VW Crafter L4H3", "Citroën Jumper L2H2"]
NAMES = ["Peter", "Jana", "Martin", "Zuzana", "Tomáš", "Lucia", "Michal", "Katarína", "Juraj", "Veronika"]
CITY_GEN = {"ba": "z Bratislavy", "tt": "z Trnavy", "za": "zo Žiliny", "ke": "z Košíc"}


def _offer(loc):
    d = loc.date()
    if d.month in (6, 7, 8):
        return ("leto", "Letná sezóna sťahovania: rezervujte aspoň 14 dní vopred a získate 10 % zľavu")
    if d.month == 12 or (d.month == 1 and d.day <= 6):
        return ("vianoce", "Počas sviatkov máme otvorené aj 27. – 30. decembra. Stihnite sťahovanie ešte tento rok!")
    if d.weekday() >= 3:
        return ("vikend", "Víkendová akcia: dodávka od piatku 16:00 do pondelka 9:00 za cenu 2 dní")
    return ("studenti", "Študenti a sťahovanie na internát: 15 % zľava s ISIC kartou")


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "sk")
    ver = p.get("ver")
    if ver is None or rng.random() < 0.12:
        ver = int(C.epoch(when)) - rng.randint(3600, 20 * 86400)
    free = tuple((b, rng.choice([0, 1, 1, 2, 2, 3, 4, 5])) for b, _ in BRANCHES)
    booked = (rng.choice(NAMES), rng.choice([b for b, _ in BRANCHES]), rng.randrange(len(VANS)),
              rng.randint(2, 55))
    return {
        "ver": ver,
        "token": C.alnum(rng, 10, "abcdefghijklmnopqrstuvwxyz0123456789") + C.b64tok(rng, 20),
        "free": free,
        "booked": booked,
        "offer": _offer(loc),
        "price": 45 if when >= dt.datetime(2025, 2, 1) else 39,
    }


LABELS = {
    "ver": "app.css/app.js ?v= file-time stamps (deploy)",
    "token": "Nette Forms CSRF _token_ of the reservation form",
    "free": "'Dnes voľné' free vans per branch (Naja snippet)",
    "booked": "'just booked' social-proof toast",
    "offer": "seasonal/weekday offer strip",
    "price": "daily price 'od N €' in the header and sidebar (price list change)",
}


def _latte(blocks):
    return K.render_blocks(blocks, tags={"table": ' class="table table-sm table-striped"'},
                           addr=lambda lines, inl: '<address>%s</address>' % "<br>\n\t\t\t\t".join(inl(x)
                                                                                                  for x in lines),
                           sep="\n\t\t\t\t")


def render(state, blocks, when):
    title, rest = K.split_title(blocks)
    branches = dict(BRANCHES)
    free = " · ".join('<span class="availability__branch availability__branch--%s">%s: <strong>%s</strong></span>'
                      % (b, branches[b], "%d×" % n if n else "obsadené") for b, n in state["free"])
    name, bcode, van, mins = state["booked"]
    okey, otext = state["offer"]
    price = state["price"]
    opts = "".join('<option value="%s">%s</option>' % (b, K.esc(n)) for b, n in BRANCHES)
    moved = any(k == "addr" and any("Galvaniho" in x for x in v) for k, v in blocks)
    addr = "Galvaniho 15/A, 821 04 Bratislava" if moved else "Vajnorská 142, 831 04 Bratislava"
    return K.fill("""<!DOCTYPE html>
<html lang="sk">
<head>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>Ochrana osobných údajov | Sťahuj.sk – požičovňa dodávok na sťahovanie</title>
	<meta name="description" content="Ako Sťahuj.sk spracúva osobné údaje zákazníkov požičovne dodávok.">
	<link rel="canonical" href="https://www.stahuj.sk/ochrana-osobnych-udajov">
	<link rel="stylesheet" href="/dist/app.css?v=@@ver@@">
	<link rel="icon" type="image/png" href="/favicon-32x32.png">
	<script>
		window.dataLayer = window.dataLayer || [];
		function gtag(){dataLayer.push(arguments);}
		gtag('consent', 'default', {'ad_storage': 'denied', 'ad_user_data': 'denied', 'ad_personalization': 'denied', 'analytics_storage': 'denied', 'wait_for_update': 500});
	</script>
	<script async src="https://www.googletagmanager.com/gtag/js?id=G-S8TQ4HX2NC"></script>
	<script>gtag('js', new Date()); gtag('config', 'G-S8TQ4HX2NC');</script>
	<script src="/dist/app.js?v=@@ver@@" defer></script>
</head>

<body class="page page--legal">
	<div class="offer-strip offer-strip--@@okey@@">
		<div class="container">@@otext@@</div>
	</div>
	<header class="header">
		<div class="container header__inner">
			<a href="/" class="header__logo"><img src="/img/logo-stahuj.svg" alt="Sťahuj.sk" width="150" height="40"></a>
			<nav class="header__nav">
				<ul class="nav">
					<li class="nav-item"><a class="nav-link" href="/dodavky">Dodávky</a></li>
					<li class="nav-item"><a class="nav-link" href="/cennik">Cenník</a></li>
					<li class="nav-item"><a class="nav-link" href="/pobocky">Pobočky</a></li>
					<li class="nav-item"><a class="nav-link" href="/stahovacie-potreby">Sťahovacie potreby</a></li>
					<li class="nav-item"><a class="nav-link" href="/casto-kladene-otazky">Časté otázky</a></li>
					<li class="nav-item"><a class="nav-link" href="/kontakt">Kontakt</a></li>
				</ul>
			</nav>
			<a href="/rezervacia" class="btn btn-primary header__cta">Rezervovať od @@price@@ € / deň</a>
		</div>
		<div id="snippet-availability-widget" class="availability">
			<div class="container">Dnes voľné: @@free@@</div>
		</div>
	</header>

	<div id="snippet--flashes"></div>

	<main class="main">
		<div class="container">
			<nav aria-label="breadcrumb">
				<ol class="breadcrumb">
					<li class="breadcrumb-item"><a href="/">Úvod</a></li>
					<li class="breadcrumb-item active" aria-current="page">Ochrana osobných údajov</li>
				</ol>
			</nav>
			<div class="row g-5">
				<div class="col-lg-8">
					<article class="legal-text">
				<h1>@@title@@</h1>
				@@body@@
					</article>
				</div>
				<div class="col-lg-4">
					<aside class="reservation-box">
						<h2 class="reservation-box__title">Rýchla rezervácia</h2>
						<p class="reservation-box__price">Dodávky od <strong>@@price@@ €</strong> / deň vrátane DPH a 200 km</p>
<form action="/ochrana-osobnych-udajov?do=reservationForm-submit" method="post" id="frm-reservationForm" class="ajax">
							<div class="mb-3">
								<label for="frm-reservationForm-branch" class="form-label">Pobočka</label>
								<select name="branch" id="frm-reservationForm-branch" required data-nette-rules='[{"op":":filled","msg":"Vyberte pobočku."}]' class="form-select"><option value="">Vyberte pobočku</option>@@opts@@</select>
							</div>
							<div class="mb-3">
								<label for="frm-reservationForm-from" class="form-label">Vyzdvihnutie</label>
								<input type="datetime-local" name="from" id="frm-reservationForm-from" required data-nette-rules='[{"op":":filled","msg":"Zadajte dátum vyzdvihnutia."}]' class="form-control">
							</div>
							<div class="mb-3">
								<label for="frm-reservationForm-to" class="form-label">Vrátenie</label>
								<input type="datetime-local" name="to" id="frm-reservationForm-to" required data-nette-rules='[{"op":":filled","msg":"Zadajte dátum vrátenia."}]' class="form-control">
							</div>
							<input type="submit" name="send" class="btn btn-primary w-100" value="Zobraziť voľné dodávky">
<input type="hidden" name="_token_" value="@@token@@"><input type="hidden" name="_do" value="reservationForm-submit"></form>
					</aside>
				</div>
			</div>
		</div>
	</main>

	<div class="toast-social-proof" role="status" aria-live="polite" data-naja-snippet-append>
		<img src="/img/vans/@@vanimg@@.webp" alt="" width="48" height="32">
		<p><strong>@@name@@ @@city@@</strong> si pred @@mins@@ minútami rezervoval(a) @@van@@</p>
	</div>

	<footer class="footer">
		<div class="container">
			<div class="row">
				<div class="col-md-4"><p class="footer__title">Sťahuj.sk</p><p>STAHUJ RENT s. r. o.<br>@@addr@@</p></div>
				<div class="col-md-4"><p class="footer__title">Zákaznícka linka</p><p><a href="tel:+421233008140">+421 2 3300 8140</a><br>Po – Pi 7:30 – 19:00, So 8:00 – 14:00</p></div>
				<div class="col-md-4"><p class="footer__title">Informácie</p><ul class="list-unstyled"><li><a href="/obchodne-podmienky">Obchodné podmienky</a></li><li><a href="/ochrana-osobnych-udajov">Ochrana osobných údajov</a></li><li><a href="#" data-cc="show-preferencesModal">Nastavenia cookies</a></li></ul></div>
			</div>
			<p class="footer__copy">© 2019 – @@year@@ STAHUJ RENT s. r. o.</p>
		</div>
	</footer>
</body>
</html>
""", ver=state["ver"], okey=okey, otext=K.esc(otext), price=price, free=free, title=K.esc(title),
                  body=_latte(rest), opts=opts, token=state["token"], vanimg=C.det_sha(VANS[van])[:8],
                  name=K.esc(name), city=K.esc(CITY_GEN[bcode]), mins=mins, van=K.esc(VANS[van]),
                  addr=K.esc(addr), year=when.year)


PAGE = {
    "service": "Stahuj.sk",
    "url": URL,
    "lang": "sk",
    "platform": "Nette 3 (Latte, Nette Forms CSRF, Naja snippets), Bootstrap 5, nginx + PHP-FPM",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "nginx"), ("X-Powered-By", "Nette Framework 3"), ("X-Frame-Options",
                      "SAMEORIGIN"), ("Cache-Control", "no-store, no-cache, must-revalidate"), ("Pragma",
                                                                                             "no-cache"),
                      ("Vary", "X-Requested-With")],
    "n": 30,
    "start": dt.date(2024, 1, 8),
    "end": dt.date(2025, 9, 30),
    "hours": (5, 11, 17, 23),
    "policy": POLICY,
    "first_updated": dt.date(2023, 4, 24),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": URL,
        "select": "article.legal-text",
    },
}
