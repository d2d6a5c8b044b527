"""Krpan Stroji: a Slovenian maker of tractor-mounted forestry winches, mulchers and hay rakes, on TYPO3 with
bootstrap_package (TYPO3 10 / bootstrap_package 11 on Bootstrap 4, upgraded to TYPO3 12 / bootstrap_package 14 on
Bootstrap 5 in 2023: new accordion markup, <main> for the content <div>, new asset paths).

Fairly clean. The policy is a header element, a text element and an accordion element whose collapsed items are
the policy's sections (sections in collapsed accordions). Per visit: Cloudflare Web Analytics' beacon with the
request's rayId at the end of <body>. Sticky: the "Sejmi" box in the footer (the next agricultural fair where the
maker exhibits: AGRA, Agritechnica, Interforst, ...), TYPO3's ?timestamp cache-busters. Declaration `#page-content`
is valid before and after the upgrade.
"""
import datetime as dt
import html

import common as C

URL = "https://www.krpan-stroji.si/sl/varstvo-osebnih-podatkov"

MESECI = ["januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta", "septembra", "oktobra",
          "novembra", "decembra"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MESECI[d.month - 1], d.year)


POLICY = """# Varstvo osebnih podatkov

Zadnja posodobitev: {UPDATED}

V družbi Krpan Stroji d.o.o. že od leta 1978 razvijamo in izdelujemo gozdarske vitle, mulčerje, obračalnike in zgrabljalnike za kmetije in gozdarje. Vaše zaupanje nam je pomembno, zato z osebnimi podatki, ki nam jih zaupate kot kupec, uporabnik naših strojev, obiskovalec spletne strani ali sejemskega prostora, ravnamo skrbno in v skladu s Splošno uredbo o varstvu podatkov (GDPR) ter Zakonom o varstvu osebnih podatkov (ZVOP-2).

V nadaljevanju pojasnjujemo, katere podatke zbiramo, za kaj jih uporabljamo, koliko časa jih hranimo in kakšne pravice imate.

## Upravljavec osebnih podatkov

@ Krpan Stroji d.o.o.
@ Industrijska cesta 14
@ 3311 Šempeter v Savinjski dolini
@ Matična številka: 5873541000, ID za DDV: SI41227581
@ Telefon: +386 3 710 12 00
@ E-pošta: info@krpan-stroji.si

Imenovali smo pooblaščeno osebo za varstvo osebnih podatkov, ki je dosegljiva na [dpo@krpan-stroji.si](mailto:dpo@krpan-stroji.si) ali po pošti na zgornjem naslovu s pripisom »za pooblaščeno osebo«.

## Katere osebne podatke zbiramo

Obdelujemo le podatke, ki jih potrebujemo za določen namen:

- kontaktne podatke (ime in priimek, naslov, telefon, e-pošta), ko nam pošljete povpraševanje, naročite katalog ali se prijavite na predstavitev strojev;
- podatke o kmetijskem gospodarstvu (naziv, KMG-MID številka), kadar potrebujete ponudbo ali predračun za prijavo na javni razpis za nakup kmetijske mehanizacije;
- podatke o stroju (tip, serijska številka, datum nakupa, prodajalec) ob registraciji garancije in pri servisu;
- fotografije in opise okvar, ki nam jih pošljete ob reklamaciji;
- podatke o uporabi strojev (obratovalne ure, napake, lokacija) za stroje z vgrajenim modulom Krpan Connect;
- podatke o uporabi spletne strani, ki jih zbiramo s piškotki, kadar v to privolite.

## Nameni, pravne podlage in roki hrambe

| Namen | Pravna podlaga | Rok hrambe |
| Odgovori na povpraševanja in priprava ponudb | ukrepi pred sklenitvijo pogodbe | 2 leti |
| Registracija garancije in reševanje garancijskih zahtevkov | izvajanje pogodbe | 5 let po izteku garancije |
| Izdaja računov in knjigovodske evidence | zakonska obveznost (ZDDV-1) | 10 let po koncu leta izdaje računa |
| Obveščanje o novostih, akcijah in sejmih (e-novice) | privolitev | do preklica privolitve |
| Varnostna obvestila in odpoklici strojev | zakoniti interes in zakonska obveznost glede varnosti proizvodov | življenjska doba stroja, največ 15 let |
| Delovanje storitve Krpan Connect | izvajanje pogodbe | 3 leta od zajema podatkov |

Po izteku roka hrambe podatke izbrišemo ali anonimiziramo. Anonimizirane podatke o obratovanju strojev uporabljamo za razvoj in izboljšave izdelkov.

## Storitev Krpan Connect

Gozdarski vitli in mulčerji serije Pro imajo lahko vgrajen telematski modul Krpan Connect. Modul prek mobilnega omrežja pošilja podatke o delovanju stroja, lastnik pa jih spremlja v aplikaciji Krpan Connect: opozorila o servisnih intervalih, obremenitev vitla, napake in lokacijo stroja ob kraji. Storitev vklopi prodajalec ob predaji stroja, če se z lastnikom tako dogovorita. Modul lahko kadar koli izklopite v aplikaciji ali pri pooblaščenem serviserju; po izklopu podatkov ne zbiramo več.

## Sejmi in tovarniške predstavitve

Na sejmih in dnevih odprtih vrat fotografiramo in snemamo dogajanje za objavo na spletni strani in družbenih omrežjih. O tem vas obvestimo ob vhodu na razstavni prostor. Če ne želite biti na posnetkih, nam to povejte, posnetke, na katerih ste prepoznavni, pa na vašo zahtevo odstranimo.

## Pooblaščeni prodajalci in obdelovalci

Stroje Krpan prodajamo prek mreže pooblaščenih prodajalcev in serviserjev. Če nam pošljete povpraševanje, ga lahko posredujemo prodajalcu, ki je pristojen za vašo regijo, da vam pripravi ponudbo in se z vami dogovori za predstavitev. Prodajalci so samostojni upravljavci podatkov, ki jih od nas prejmejo.

Pri poslovanju nam pomagajo tudi obdelovalci, s katerimi imamo sklenjene pogodbe o obdelavi osebnih podatkov:

| Obdelovalec | Storitev | Sedež |
| Neoserv d.o.o. | gostovanje spletne strani in e-pošte | Slovenija |
| Microsoft Ireland Operations Ltd. | Microsoft 365 (e-pošta, dokumenti) | Irska |
| Google Ireland Limited | Google Analytics | Irska |
| The Rocket Science Group LLC | pošiljanje e-novic (Mailchimp) | ZDA |
| Cybot A/S | upravljanje privolitev za piškotke (Cookiebot) | Danska |

## Zaposlitev

Če se prijavite na prosto delovno mesto ali nam pošljete odprto prijavo, vaše podatke iz življenjepisa in spremnega pisma uporabimo samo za izbirni postopek. Prijave neizbranih kandidatov hranimo šest mesecev po koncu postopka, nato jih izbrišemo. Z vašo izrecno privolitvijo prijavo hranimo dve leti in vas obvestimo o novih prostih delovnih mestih v proizvodnji, razvoju ali servisu.

## Prenos podatkov v tretje države

Nekateri obdelovalci lahko podatke obdelujejo tudi v ZDA. Prenos poteka na podlagi okvira za zasebnost podatkov EU-ZDA ali standardnih pogodbenih določil, ki jih je sprejela Evropska komisija. Podatkov ne prenašamo v druge tretje države.

## Vaše pravice

Kot posameznik, na katerega se nanašajo osebni podatki, imate pravico:

- do dostopa do svojih osebnih podatkov in do kopije podatkov;
- do popravka netočnih podatkov;
- do izbrisa podatkov (»pravica do pozabe«), kadar zanje ni več pravne podlage;
- do omejitve obdelave;
- do prenosljivosti podatkov;
- do ugovora obdelavi, ki temelji na zakonitem interesu;
- da kadar koli prekličete privolitev, ne da bi to vplivalo na zakonitost obdelave pred preklicem.

Zahtevo nam pošljite na [dpo@krpan-stroji.si](mailto:dpo@krpan-stroji.si). Odgovorili vam bomo brez nepotrebnega odlašanja, najpozneje v enem mesecu. Če menite, da obdelava vaših podatkov krši predpise, lahko vložite pritožbo pri nadzornem organu:

@ Informacijski pooblaščenec Republike Slovenije
@ Dunajska cesta 22, 1000 Ljubljana
@ gp.ip@ip-rs.si, www.ip-rs.si

## Piškotki

Spletna stran uporablja nujne piškotke, brez katerih ne deluje pravilno, in – le z vašo privolitvijo – analitične piškotke Google Analytics ter piškotke za prikaz videoposnetkov z YouTuba. Privolitev lahko kadar koli spremenite ali prekličete prek ikone v spodnjem levem kotu strani. Podroben seznam piškotkov z nameni in časom trajanja je prikazan v nastavitvah piškotkov.

## Varnost podatkov

Osebne podatke varujemo z organizacijskimi in tehničnimi ukrepi: dostop do njih imajo le zaposleni, ki jih potrebujejo pri svojem delu, komunikacija s spletno stranjo je šifrirana, podatki Krpan Connect pa so shranjeni v podatkovnem centru v Evropski uniji. Zaposleni so zavezani k varovanju poslovne skrivnosti in osebnih podatkov.

## Spremembe

Politiko varstva osebnih podatkov redno pregledujemo in jo po potrebi posodobimo. O bistvenih spremembah bomo registrirane uporabnike storitve Krpan Connect obvestili po e-pošti.
"""

EDITS = [
    {"note": "retention of sales enquiries shortened (2 years -> 1 year)",
     "repl": [("| Odgovori na povpraševanja in priprava ponudb | ukrepi pred sklenitvijo pogodbe | 2 leti |",
               "| Odgovori na povpraševanja in priprava ponudb | ukrepi pred sklenitvijo pogodbe | 1 leto |")]},
    {"note": "processor added to the table: Pipedrive CRM",
     "repl": [("| Microsoft Ireland Operations Ltd. | Microsoft 365 (e-pošta, dokumenti) | Irska |",
               "| Microsoft Ireland Operations Ltd. | Microsoft 365 (e-pošta, dokumenti) | Irska |\n"
               "| Pipedrive OÜ | vodenje povpraševanj in ponudb (CRM) | Estonija |")]},
    {"note": "words inserted: fuel consumption added to Krpan Connect machine data",
     "repl": [("(obratovalne ure, napake, lokacija)", "(obratovalne ure, porabo goriva, napake, lokacija)")]},
    {"note": "section added: video surveillance at the factory and showroom (a new accordion item)",
     "repl": [("## Piškotki\n",
               "## Videonadzor\n\n"
               "Vhod v tovarno, parkirišče in razstavni prostor v Šempetru so zaradi varovanja premoženja in varnosti "
               "zaposlenih pod videonadzorom. Obvestilo o videonadzoru je nameščeno ob vseh vhodih. Posnetki se "
               "hranijo 30 dni, nato se samodejno prepišejo, razen če so potrebni kot dokaz v postopku.\n\n"
               "## Piškotki\n")]},
    {"note": "phone number changed (+386 3 710 12 00 -> +386 3 710 12 50)",
     "repl": [("@ Telefon: +386 3 710 12 00", "@ Telefon: +386 3 710 12 50")]},
    {"note": "typo fixed (prodajalcev was written prodajalev)", "bump": False,
     "repl": [("mreže pooblaščenih prodajalev", "mreže pooblaščenih prodajalcev")]},
]

POLICY = POLICY.replace("mreže pooblaščenih prodajalcev", "mreže pooblaščenih prodajalev")

# ---------------------------------------------------------------- noise

FAIRS = [  # (month, day, days, name, place) of the fairs where the maker exhibits, yearly unless odd/even
    ((4, 8), 2, "Kmetijsko-obrtni sejem Komenda", "Komenda", "every"),
    ((8, 24), 6, "Mednarodni kmetijsko-živilski sejem AGRA", "Gornja Radgona", "every"),
    ((11, 12), 5, "Agritechnica", "Hannover", "odd"),
    ((7, 10), 4, "Interforst", "München", "2022,2026"),
    ((2, 7), 5, "Fieragricola", "Verona", "2024,2026"),
]


def _next_fair(when):
    best = None
    for (m, d), days, name, place, rule in FAIRS:
        for y in range(when.year, when.year + 3):
            if rule == "odd" and y % 2 == 0:
                continue
            if "," in rule and str(y) not in rule.split(","):
                continue
            start = dt.datetime(y, m, d)
            if start + dt.timedelta(days=days) >= when:
                if best is None or start < best[0]:
                    best = (start, days, name, place)
                break
    return best


def noise(rng, when, i, prev):
    bp14 = when >= dt.datetime(2023, 6, 14)
    p = prev or {}
    old = p.get("assets")
    if old is None or old["bp14"] != bp14 or rng.random() < 0.2:
        ts = C.epoch(when) - rng.randint(3600, 40 * 86400)
        assets = {"bp14": bp14, "ts": ts, "theme": C.hexs(rng, 32), "cb": ts - rng.randint(86400, 30 * 86400)}
    else:
        assets = old
    start, days, name, place = _next_fair(when)
    return {"assets": assets, "fair": (start.date().isoformat(), days, name, place),
            "ray": C.hexs(rng, 16), "beacon": p.get("beacon") if p.get("beacon") and rng.random() > 0.1
            and p["beacon"][:4] == str(when.year) else "%d.%d.%d" % (when.year, rng.randint(1, when.month), rng.randint(0, 3))}


LABELS = {"assets": "TYPO3 asset cache-busters / bootstrap_package upgrade", "fair": "next-fair box in the footer",
          "ray": "Cloudflare beacon rayId (end of body)", "beacon": "Cloudflare beacon version"}

# ---------------------------------------------------------------- render

UID_HEADER, UID_TEXT, UID_ACC = 312, 313, 314


def _frame(uid, ctype, inner, bp14):
    if bp14:
        return ('<div id="c%d" class="frame frame-default frame-type-%s frame-layout-default frame-size-default '
                'frame-height-default frame-background-none frame-space-before-none frame-space-after-none '
                'frame-no-backgroundimage"><div class="frame-group-container"><div class="frame-group-inner">'
                '<div class="frame-container frame-container-default"><div class="frame-inner">%s</div></div></div>'
                '</div></div>' % (uid, ctype, inner))
    return ('<div id="c%d" class="frame frame-default frame-type-%s frame-layout-0 frame-background-none '
            'frame-no-backgroundimage frame-space-before-none frame-space-after-none"><div class="frame-container">'
            '<div class="frame-inner">%s</div></div></div>' % (uid, ctype, inner))


def _rte(blocks):
    out = []
    for b in blocks:
        if b[0] == "table":
            out.append('<div class="table-responsive">%s</div>' % C.block_html(b, {"table": "contenttable"}))
        else:
            out.append(C.block_html(b))
    return "".join(out)


def _accordion(secs, bp14):
    items = []
    for n, (title, body) in enumerate(secs, 1):
        t = C.inline_html(title)
        if bp14:
            items.append(
                '<div class="accordion-item"><h2 class="accordion-header" id="accordion-heading-%(u)d-%(n)d">'
                '<button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" '
                'data-bs-target="#accordion-%(u)d-%(n)d" aria-expanded="false" aria-controls="accordion-%(u)d-%(n)d">'
                '<span class="accordion-title-link-text">%(t)s</span></button></h2><div id="accordion-%(u)d-%(n)d" '
                'class="accordion-collapse collapse" aria-labelledby="accordion-heading-%(u)d-%(n)d" '
                'data-bs-parent="#accordion-%(u)d"><div class="accordion-body"><div class="accordion-content '
                'accordion-content-left"><div class="accordion-content-item accordion-content-text">%(b)s</div></div>'
                '</div></div></div>' % {"u": UID_ACC, "n": n, "t": t, "b": _rte(body)})
        else:
            items.append(
                '<div class="accordion-item card"><div class="accordion-header card-header" '
                'id="accordion-heading-%(u)d-%(n)d"><h4 class="accordion-title card-title"><a '
                'href="#accordion-%(u)d-%(n)d" class="accordion-title-link collapsed" data-toggle="collapse" '
                'data-parent="#accordion-%(u)d" aria-expanded="false" aria-controls="accordion-%(u)d-%(n)d">'
                '<span class="accordion-title-link-text">%(t)s</span><span class="accordion-title-link-state">'
                '</span></a></h4></div><div id="accordion-%(u)d-%(n)d" class="accordion-collapse collapse" '
                'data-parent="#accordion-%(u)d" aria-labelledby="accordion-heading-%(u)d-%(n)d"><div '
                'class="accordion-body card-body"><div class="accordion-content accordion-content-left"><div '
                'class="accordion-content-item accordion-content-text">%(b)s</div></div></div></div></div>'
                % {"u": UID_ACC, "n": n, "t": t, "b": _rte(body)})
    return '<div class="accordion" id="accordion-%d">%s</div>' % (UID_ACC, "".join(items))


def render(state, blocks, when):
    a = state["assets"]
    bp14 = a["bp14"]
    head, secs = C.split_sections(blocks)
    h1, intro = head[0], head[1:]
    if bp14:
        header_ce = '<header class="frame-header"><h1 class="element-header "><span>%s</span></h1></header>' % \
            C.inline_html(h1[1])
    else:
        header_ce = '<header><h1 class="element-header ">%s</h1></header>' % C.inline_html(h1[1])
    content = (_frame(UID_HEADER, "header", header_ce, bp14) + "\n"
               + _frame(UID_TEXT, "text", _rte(intro), bp14) + "\n"
               + _frame(UID_ACC, "accordion", _accordion(secs, bp14), bp14))
    ts = a["ts"]
    if bp14:
        css = ('<link rel="stylesheet" href="/typo3temp/assets/bootstrappackage/css/theme-%s.css?%d" media="all">\n'
               '<link rel="stylesheet" href="/_assets/5c4f0a2e9b71d3e8a6c2f10b4d7e9a31/Css/krpan.min.css?%d" media="all">'
               % (a["theme"], ts, ts))
        js = ('<script src="/_assets/d0f14ee7b9d3b1f0a5b2ac6c0f8e7e11/JavaScript/Dist/bootstrap.bundle.min.js?%d"></script>\n'
              '<script src="/_assets/d0f14ee7b9d3b1f0a5b2ac6c0f8e7e11/JavaScript/Dist/bootstrap.accordion.min.js?%d"></script>\n'
              '<script src="/_assets/5c4f0a2e9b71d3e8a6c2f10b4d7e9a31/JavaScript/krpan.min.js?%d"></script>' % (ts, ts, ts))
        gen = "TYPO3 CMS"
        main_open, main_close = '<main id="page-content" class="bp-page-content main-section">', "</main>"
    else:
        css = ('<link rel="stylesheet" type="text/css" href="/typo3temp/assets/bootstrappackage/css/theme-%s.css?%d" media="all">\n'
               '<link rel="stylesheet" type="text/css" href="/typo3conf/ext/krpan_site/Resources/Public/Css/krpan.min.css?%d" media="all">'
               % (a["theme"], ts, ts))
        js = ('<script src="/typo3conf/ext/bootstrap_package/Resources/Public/Contrib/bootstrap4/js/bootstrap.min.js?%d" type="text/javascript"></script>\n'
              '<script src="/typo3conf/ext/bootstrap_package/Resources/Public/JavaScript/Dist/bootstrap.accordion.min.js?%d" type="text/javascript"></script>\n'
              '<script src="/typo3conf/ext/krpan_site/Resources/Public/JavaScript/krpan.min.js?%d" type="text/javascript"></script>' % (ts, ts, ts))
        gen = "TYPO3 CMS"
        main_open, main_close = '<div id="page-content" class="bp-page-content main-section">', "</div>"
    phone = next(l for b in blocks if b[0] == "addr" for l in b[1] if l.startswith("Telefon: "))[9:]
    fs, fdays, fname, fplace = state["fair"]
    fstart = dt.date.fromisoformat(fs)
    fend = fstart + dt.timedelta(days=fdays)
    fair = ('<div class="footer-fair"><p class="footer-fair-label">Sejmi</p><p><strong>%s</strong><br>%s, %d.–%d. %d. %d</p>'
            '<p><a href="/sl/novice/sejmi" class="btn btn-sm btn-outline-light">Vsi sejmi in predstavitve</a></p></div>'
            % (html.escape(fname), html.escape(fplace), fstart.day, fend.day, fend.month, fend.year)
            if fstart.month == fend.month else
            '<div class="footer-fair"><p class="footer-fair-label">Sejmi</p><p><strong>%s</strong><br>%s, %d. %d.–%d. %d. %d</p>'
            '<p><a href="/sl/novice/sejmi" class="btn btn-sm btn-outline-light">Vsi sejmi in predstavitve</a></p></div>'
            % (html.escape(fname), html.escape(fplace), fstart.day, fstart.month, fend.day, fend.month, fend.year))
    nav = [("/sl/gozdarski-vitli", "Gozdarski vitli"), ("/sl/mulcerji", "Mulčerji"),
           ("/sl/obracalniki-in-zgrabljalniki", "Obračalniki in zgrabljalniki"), ("/sl/krpan-connect", "Krpan Connect"),
           ("/sl/prodajalci", "Prodajalci in servis"), ("/sl/o-podjetju", "O podjetju"), ("/sl/kontakt", "Kontakt")]
    nav_html = "".join('<li class="nav-item"><a href="%s" id="nav-item-%d" class="nav-link" title="%s">'
                       '<span class="nav-link-text">%s</span></a></li>' % (u, 20 + k, t, t)
                       for k, (u, t) in enumerate(nav))
    if when >= dt.datetime(2023, 10, 15):
        beacon = ('<script defer src="https://static.cloudflareinsights.com/beacon.min.js/v84a3a4012de94ce1a686ba8c167c359c1696973893317" '
                  'integrity="sha512-euoFGowhlaLqXsPWQ48qSkBSCFs3DPRyiwVu3FjR96cMPx+Fr+gpWRhIafcHwqwCqWS42RZhIudOvEI+Ckf6MA==" '
                  'data-cf-beacon=\'{"rayId":"%s","version":"%s","token":"7a2d5c91e04b4f6c8d3e1a9b0c6f4e2d","r":1,'
                  '"server_timing":{"name":{"cfCacheStatus":true,"cfEdge":true,"cfExtPri":true,"cfL4":true,'
                  '"cfOrigin":true,"cfSpeedBrain":true},"location_startswith":null}}\' crossorigin="anonymous"></script>'
                  % (state["ray"], state["beacon"]))
    else:
        beacon = ('<script defer src="https://static.cloudflareinsights.com/beacon.min.js" '
                  'data-cf-beacon=\'{"rayId":"%s","token":"7a2d5c91e04b4f6c8d3e1a9b0c6f4e2d","version":"%s",'
                  '"si":100}\' crossorigin="anonymous"></script>' % (state["ray"], state["beacon"]))
    year = when.year
    return """<!DOCTYPE html>
<html dir="ltr" lang="sl-SI">
<head>

<meta charset="utf-8">
<!-- 
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-%(year)d of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->


<title>Varstvo osebnih podatkov | Krpan Stroji</title>
<meta name="generator" content="%(gen)s">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<meta name="robots" content="index,follow">
<meta name="description" content="Kako Krpan Stroji d.o.o. obdeluje in varuje osebne podatke kupcev, uporabnikov strojev in obiskovalcev spletne strani.">
<meta property="og:title" content="Varstvo osebnih podatkov">
<meta property="og:site_name" content="Krpan Stroji">
<meta name="twitter:card" content="summary">
<meta name="apple-mobile-web-app-capable" content="no">
<meta name="google" content="notranslate">

%(css)s

<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="3f0e2b7a-91c4-4d5e-b2a8-6c1d9e0f4a73" data-blockingmode="auto" data-culture="SL" type="text/javascript"></script>
<link rel="canonical" href="%(url)s"/>
<link rel="alternate" hreflang="sl-SI" href="https://www.krpan-stroji.si/sl/varstvo-osebnih-podatkov"/>
<link rel="alternate" hreflang="de-DE" href="https://www.krpan-stroji.si/de/datenschutz"/>
<link rel="alternate" hreflang="en-GB" href="https://www.krpan-stroji.si/en/privacy"/>
<link rel="alternate" hreflang="x-default" href="https://www.krpan-stroji.si/sl/varstvo-osebnih-podatkov"/>
</head>
<body id="p57" class="page-57 pagelevel-1 language-0 backendlayout-default layout-default">

<div id="top"></div><div class="body-bg"><a class="%(skipcls)s" href="#page-content"><span>Skoči na vsebino</span></a><header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top navbar-fixed-top"><div class="container container-mainnavigation"><a class="navbar-brand navbar-brand-image" title="Krpan Stroji" href="/sl/"><img class="navbar-brand-logo-normal" src="/fileadmin/krpan/logo/krpan-stroji.svg" alt="Krpan Stroji logo" height="52" width="180"></a><button class="navbar-toggler collapsed" type="button" %(toggle)s="collapse" %(target)s="#mainnavigation" aria-controls="mainnavigation" aria-expanded="false" aria-label="Preklopi navigacijo"><span class="navbar-toggler-icon"></span></button><nav aria-label="Glavna navigacija" id="mainnavigation" class="collapse navbar-collapse"><ul class="navbar-nav">%(nav)s</ul></nav><ul class="navbar-nav navbar-lang"><li class="nav-item active"><a class="nav-link" href="/sl/varstvo-osebnih-podatkov" hreflang="sl-SI">SL</a></li><li class="nav-item"><a class="nav-link" href="/de/datenschutz" hreflang="de-DE">DE</a></li><li class="nav-item"><a class="nav-link" href="/en/privacy" hreflang="en-GB">EN</a></li></ul></div></header><nav class="breadcrumb-section" aria-label="Drobtinice"><div class="container"><p class="visually-hidden sr-only" id="breadcrumb">Nahajate se tukaj:</p><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/sl/" title="Domov"><span class="breadcrumb-text">Domov</span></a></li><li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">Varstvo osebnih podatkov</span></li></ol></div></nav>%(main_open)s<!--TYPO3SEARCH_begin--><div class="section section-default">
%(content)s
</div><!--TYPO3SEARCH_end-->%(main_close)s<footer id="page-footer" class="bp-page-footer"><section class="section footer-section footer-section-content"><div class="container"><div class="section-row"><div class="section-column footer-section-content-column footer-section-content-column-left"><div class="frame frame-default frame-type-text"><div class="frame-inner"><p><strong>Krpan Stroji d.o.o.</strong><br>Industrijska cesta 14<br>3311 Šempeter v Savinjski dolini</p><p><a href="tel:%(tel)s">%(phone)s</a><br><a href="mailto:info@krpan-stroji.si">info@krpan-stroji.si</a></p></div></div></div><div class="section-column footer-section-content-column footer-section-content-column-middle">%(fair)s</div><div class="section-column footer-section-content-column footer-section-content-column-right"><ul class="list-unstyled"><li><a href="/sl/prodajalci">Poiščite prodajalca</a></li><li><a href="/sl/servis/rezervni-deli">Rezervni deli</a></li><li><a href="/sl/garancija">Registracija garancije</a></li><li><a href="/sl/kariera">Kariera</a></li></ul></div></div></div></section><section class="section footer-section footer-section-meta"><div class="frame frame-default frame-background-none frame-space-before-none frame-space-after-none"><div class="frame-container"><div class="frame-inner"><div class="footer-meta"><ul id="meta_menu" class="meta-menu"><li><a href="/sl/varstvo-osebnih-podatkov" title="Varstvo osebnih podatkov">Varstvo osebnih podatkov</a></li><li><a href="/sl/splosni-pogoji" title="Splošni pogoji">Splošni pogoji</a></li><li><a href="/sl/impresum" title="Impresum">Impresum</a></li><li><a href="javascript: Cookiebot.renew()">Nastavitve piškotkov</a></li></ul></div><div class="footer-copyright"><p>© %(year)d Krpan Stroji d.o.o. Vse pravice pridržane.</p></div></div></div></div></section></footer><a class="scroll-top" title="Na vrh" href="#top"><span class="scroll-top-icon"></span></a></div>
%(js)s
%(beacon)s
</body>
</html>""" % {"year": year, "gen": gen, "css": css, "js": js, "url": URL, "nav": nav_html,
              "skipcls": "visually-hidden-focusable page-skip-link" if bp14 else "sr-only sr-only-focusable page-skip-link",
              "toggle": "data-bs-toggle" if bp14 else "data-toggle", "target": "data-bs-target" if bp14 else "data-target",
              "main_open": main_open, "main_close": main_close,
              "tel": phone.replace(" ", ""), "phone": phone, "content": content, "fair": fair, "beacon": beacon}


PAGE = {
    "service": "Krpan Stroji",
    "url": URL,
    "lang": "sl",
    "platform": "TYPO3 10 + bootstrap_package 11 -> TYPO3 12 + bootstrap_package 14, behind Cloudflare",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("CF-Cache-Status", "DYNAMIC"), ("X-UA-Compatible", "IE=edge"),
                      ("Content-Language", "sl")),
    "n": 32,
    "start": dt.date(2021, 5, 3),
    "end": dt.date(2025, 3, 28),
    "hours": (0, 12),
    "policy": POLICY,
    "first_updated": dt.date(2021, 2, 11),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#page-content"},
}
