"""Lumen Net (Bratislava) - sk-SK - Umbraco (8 with the Grid layout, then 13 with Block Grid from June 2024),
a fixed-line/FTTH broadband ISP.

Until the migration each policy section is a rich-text cell of the Umbraco Grid (`.rte-content`), with an
address-availability checker macro (Umbraco Forms: ufprt + __RequestVerificationToken) and a live "Stav siete"
(network status) cell between the cells of the same column, and a customer-line hours cell (also `.rte-content`)
in the side column; ClientDependency `cdv` and media `rnd` cache-busters. After the migration the same sections
are Block Grid items (`data-content-element-type-alias="richTextBlock"`) among a checker block and a status block,
Smidge bundles, a new header: the declaration's selector changes, so the page has a history entry."""
import datetime as dt
import hashlib
import common as C

URL = "https://www.lumennet.sk/ochrana-osobnych-udajov"
MES = ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra",
       "novembra", "decembra"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MES[d.month - 1], d.year)


POLICY = """
# Ochrana osobných údajov

Účinné od: {UPDATED}

Spoločnosť Lumen Net s.r.o. poskytuje pevný optický a rádiový prístup k internetu a IPTV. V tomto dokumente vysvetľujeme, ako spracúvame osobné údaje zákazníkov, záujemcov o pripojenie a návštevníkov nášho webu.

## Prevádzkovateľ

@ Lumen Net s.r.o.
@ Mlynské nivy 48, 821 09 Bratislava
@ IČO: 47 281 936
@ [osobneudaje@lumennet.sk](mailto:osobneudaje@lumennet.sk)

## Aké údaje spracúvame

- identifikačné údaje: meno, priezvisko, dátum narodenia, číslo dokladu totožnosti;
- kontaktné údaje a adresu inštalácie;
- prevádzkové údaje: IP adresy pridelené vášmu pripojeniu, časy pripojenia a objem prenesených dát;
- údaje o koncovom zariadení: MAC adresu a sériové číslo routera, ktorý vám zapožičiavame.

## Na aké účely

Údaje spracúvame na uzavretie a plnenie zmluvy o pripojení, na inštaláciu a servis, na fakturáciu a vymáhanie pohľadávok a na plnenie povinností podľa zákona č. 452/2021 Z. z. o elektronických komunikáciách.

Pri overení dostupnosti pripojenia spracúvame adresu, ktorú zadáte, len na zistenie technických možností a neuchovávame ju.

## Komu údaje poskytujeme

Údaje poskytujeme montážnym partnerom, ktorí u vás inštalujú pripojenie, poskytovateľovi tlačových a poštových služieb a orgánom verejnej moci, ak to ustanovuje zákon.

## Ako dlho údaje uchovávame

| Údaje | Doba uchovávania |
| Zmluvná dokumentácia | počas trvania zmluvy a 4 roky po jej skončení |
| Prevádzkové údaje | 6 mesiacov |
| Faktúry | 10 rokov |
| Záznamy hovorov so zákazníckou linkou | 3 mesiace |

## Vaše práva

Máte právo na prístup k údajom, na ich opravu, vymazanie, obmedzenie spracúvania, prenosnosť a právo namietať. Ak sa domnievate, že spracúvame údaje nezákonne, môžete podať návrh na začatie konania na [Úrad na ochranu osobných údajov Slovenskej republiky](https://dataprotection.gov.sk/uoou/).
"""

EDITS = [
    {"note": "new section 'Vzdialená správa zariadení' (TR-069 remote router management) before recipients",
     "repl": [("## Komu údaje poskytujeme", "## Vzdialená správa zariadení\n\nRouter, ktorý vám zapožičiavame, spravujeme vzdialene (protokol TR-069), aby sme mohli aktualizovať jeho firmvér a riešiť poruchy. Pritom vidíme nastavenia siete Wi-Fi a zoznam pripojených zariadení, nie však obsah vašej komunikácie.\n\n## Komu údaje poskytujeme")]},
    {"note": "retention table: customer-line call recordings 3 -> 6 months",
     "repl": [("| Záznamy hovorov so zákazníckou linkou | 3 mesiace |", "| Záznamy hovorov so zákazníckou linkou | 6 mesiacov |")]},
    {"note": "recipients: customer-line operator CallPoint Slovakia s.r.o. added (silent, date not bumped)", "bump": False,
     "repl": [("poskytovateľovi tlačových a poštových služieb a orgánom", "poskytovateľovi tlačových a poštových služieb, prevádzkovateľovi našej zákazníckej linky (CallPoint Slovakia s.r.o.) a orgánom")]},
    {"note": "controller address changed (Mlynské nivy 48 -> Prievozská 4D)",
     "repl": [("@ Mlynské nivy 48, 821 09 Bratislava", "@ Prievozská 4D, 821 09 Bratislava")]},
    {"note": "availability-check sentence reworded: address kept up to 30 days with phone number on callback request",
     "repl": [("Pri overení dostupnosti pripojenia spracúvame adresu, ktorú zadáte, len na zistenie technických možností a neuchovávame ju.",
               "Pri overení dostupnosti pripojenia spracúvame adresu, ktorú zadáte, na zistenie technických možností. Ak nás požiadate o spätné zavolanie, uchováme ju spolu s vaším telefónnym číslom najviac 30 dní.")]},
]

MIGRATION = dt.datetime(2024, 6, 3)
TARIFFS = [("Optik 300", "15,90"), ("Optik 1000", "24,90"), ("Rádio 50", "12,90"), ("Optik 300 + TV Štart", "21,90"),
           ("Optik 2000 Gamer", "34,90")]
LOCALITIES = ["Petržalka", "Ružinov", "Senec", "Pezinok", "Trnava – Linčianska", "Dubnica nad Váhom", "Nitra – Chrenová"]
HOURS = [
    "Zákaznícka linka 0850 123 456 je k dispozícii v pracovné dni od 8:00 do 20:00 a cez víkend od 9:00 do 17:00.",
    "Počas sviatkov je zákaznícka linka 0850 123 456 k dispozícii od 9:00 do 15:00. Poruchy hláste nepretržite.",
    "Zákaznícka linka 0850 123 456: Po – Pi 8:00 – 20:00. Nahlásenie poruchy online nájdete v Moja Lumen.",
]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["tokens"] = (C.hexs(rng, 256).upper(), C.b64tok(rng, 64).replace("+", "-").replace("/", "_"))
    s["platform"] = "block-grid" if when >= MIGRATION else "grid"
    s["cdv"] = C.keep_or(rng, prev.get("cdv"), 0.3, lambda: rng.randint(1000000000, 2147483647))
    s["status"] = tuple(sorted(rng.sample(LOCALITIES, rng.choice([0, 0, 1, 1, 2, 3]))))
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.45, lambda: rng.randrange(len(TARIFFS)))
    s["hours"] = 1 if (when.month == 12 and when.day > 18) or (when.month == 1 and when.day < 7) or \
        (when.month == 4 and when.day < 22 and when.day > 12) else (0 if when.year < 2023 else 2)
    s["rnd"] = C.keep_or(rng, prev.get("rnd"), 0.2, lambda: 132000000000000000 + rng.randint(0, 10 ** 16))
    return s


LABELS = {
    "tokens": "per-visit tokens (Umbraco Forms ufprt, __RequestVerificationToken)",
    "platform": "Umbraco 8 Grid -> Umbraco 13 Block Grid migration (markup and selector change)",
    "cdv": "ClientDependency cdv / Smidge bundle version",
    "status": "live network-status cell (reported outages) inside the content column",
    "promo": "tariff promo in the header rotated",
    "hours": "customer-line hours cell in the side column (holiday hours)",
    "rnd": "media rnd cache-buster",
}


def _udi(text):
    return hashlib.md5(text.encode()).hexdigest()


def render(s, blocks, when):
    ufprt, rvt = s["tokens"]
    head, secs = C.split_sections(blocks)
    tcls = {"table": "table"}
    cells = [C.blocks_html(head, tcls)] + [C.blocks_html([("h2", h)] + bl, tcls) for h, bl in secs]
    keys = ["intro"] + [h for h, _ in secs]
    checker_form = ('<form action="/ochrana-osobnych-udajov" enctype="multipart/form-data" id="form%s" method="post">'
                    '<input name="__RequestVerificationToken" type="hidden" value="%s" />'
                    '<div class="umbraco-forms-page"><fieldset class="umbraco-forms-fieldset"><legend>Overte si dostupnosť pripojenia</legend>'
                    '<div class="umbraco-forms-field adresa shortanswer"><label for="adresa" class="umbraco-forms-label">Ulica a číslo, obec</label>'
                    '<div class="umbraco-forms-field-wrapper"><input type="text" name="adresa" id="adresa" class="text" /></div></div></fieldset>'
                    '<div class="umbraco-forms-navigation row-fluid"><input type="submit" class="btn primary" value="Overiť" name="__next" /></div></div>'
                    '<input name="ufprt" type="hidden" value="%s" /></form>' % (_udi("checker")[:32], rvt, ufprt))
    if s["status"]:
        st = ('<p class="network-status network-status--issue">Aktuálne riešime poruchu v lokalitách: %s. '
              'Predpokladané obnovenie do %s.</p>' % (", ".join(s["status"]),
                                                       (when + dt.timedelta(hours=4)).strftime("%H:00")))
    else:
        st = '<p class="network-status network-status--ok">Sieť funguje bez hlásených porúch.</p>'
    status = '<h3 class="network-status__title">Stav siete</h3>%s<p class="network-status__time">Aktualizované %s</p>' % (
        st, when.strftime("%d.%m.%Y %H:%M"))
    tname, tprice = TARIFFS[s["promo"]]
    promo = '<a class="promo-strip" href="/internet/%s">%s len za %s € mesačne</a>' % (
        tname.lower().replace(" ", "-").replace("+", ""), tname, tprice)
    hours = HOURS[s["hours"]]
    if s["platform"] == "grid":
        rows = []
        for n, c in enumerate(cells):
            rows.append('<div class="row clearfix">\n<div class="col-md-12 column">\n<div class="rte-content">\n%s\n</div>\n</div>\n</div>' % c)
            if n == 2:
                rows.append('<div class="row clearfix">\n<div class="col-md-12 column">\n<div class="umb-macro-holder AvailabilityChecker">%s</div>\n</div>\n</div>' % checker_form)
        rows.append('<div class="row clearfix">\n<div class="col-md-12 column">\n<div class="network-status-widget" data-refresh="120">%s</div>\n</div>\n</div>' % status)
        main = ('<div class="umb-grid">\n<div class="grid-section">\n<div >\n<div class=\'container\'>\n<div class="row clearfix">\n'
                '<div class="col-md-8 column">\n<div >\n%s\n</div>\n</div>\n'
                '<div class="col-md-4 column">\n<div >\n<div class="row clearfix">\n<div class="col-md-12 column">\n<div class="rte-content">\n<h3>Máte otázku?</h3>\n<p>%s</p>\n</div>\n</div>\n</div>\n</div>\n</div>\n'
                '</div>\n</div>\n</div>\n</div>\n</div>' % ("\n".join(rows), hours))
        css = '<link href="/DependencyHandler.axd?s=L2Nzcy9tYWluLmNzczsvY3NzL2dyaWQuY3NzOw&amp;t=Css&amp;cdv=%d" type="text/css" rel="stylesheet"/>' % s["cdv"]
        js = '<script src="/DependencyHandler.axd?s=L3NjcmlwdHMvanF1ZXJ5Lm1pbi5qczsvc2NyaXB0cy9hcHAuanM7&amp;t=Javascript&amp;cdv=%d" type="text/javascript"></script>' % s["cdv"]
        header = ('<header class="header"><div class="container"><a href="/" class="logo"><img src="/media/1042/lumennet-logo.png?rnd=%d" alt="Lumen Net" /></a>'
                  '<nav class="nav"><ul><li><a href="/internet">Internet</a></li><li><a href="/televizia">Televízia</a></li>'
                  '<li><a href="/podpora">Podpora</a></li><li><a href="https://moja.lumennet.sk/">Moja Lumen</a></li></ul></nav></div>%s</header>'
                  % (s["rnd"], promo))
    else:
        items = []

        def item(alias, inner, key):
            return ('<div class="umb-block-grid__layout-item" data-content-element-type-alias="%s" '
                    'data-content-element-type-key="%s" data-element-udi="umb://element/%s" data-col-span="12" data-row-span="1" '
                    'style=" --umb-block-grid--item-column-span: 12; --umb-block-grid--item-row-span: 1; ">\n%s\n</div>'
                    % (alias, C.det_uuid("type", alias), _udi(key), inner))
        for n, c in enumerate(cells):
            items.append(item("richTextBlock", '<div class="block-rte">\n%s\n</div>' % c, keys[n]))
            if n == 2:
                items.append(item("availabilityCheckerBlock", '<div class="block-checker">%s</div>' % checker_form, "checker"))
        items.append(item("networkStatusBlock", '<div class="block-status" data-refresh="120">%s</div>' % status, "status"))
        main = ('<div class="page-layout container">\n<div class="page-layout__main">\n'
                '<div class="umb-block-grid" data-grid-columns="12" style="--umb-block-grid--grid-columns: 12;">\n'
                '<div class="umb-block-grid__layout-container">\n%s\n</div>\n</div>\n</div>\n'
                '<aside class="page-layout__aside"><div class="contact-card"><h3>Máte otázku?</h3><p>%s</p></div></aside>\n</div>'
                % ("\n".join(items), hours))
        css = '<link href="/sb/site-css.css.v%d" rel="stylesheet" />' % s["cdv"]
        js = '<script src="/sb/site-js.js.v%d" type="text/javascript"></script>' % s["cdv"]
        header = ('<header class="site-header"><div class="site-header__inner"><a href="/" class="site-header__logo">'
                  '<img src="/media/jx3bd0qf/lumennet-logo-2024.svg?rnd=%d" alt="Lumen Net" /></a>'
                  '<nav class="site-nav" aria-label="Hlavná navigácia"><a href="/internet">Internet</a><a href="/televizia">Televízia</a>'
                  '<a href="/pre-firmy">Pre firmy</a><a href="/podpora">Podpora</a></nav>'
                  '<a class="btn btn--ghost" href="https://moja.lumennet.sk/">Moja Lumen</a></div>%s</header>' % (s["rnd"], promo))
    return ('<!DOCTYPE html>\n<html lang="sk">\n<head>\n<meta charset="utf-8" />\n<title>Ochrana osobných údajov - Lumen Net</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n%s\n'
            '<script src="https://cdn.cookie-script.com/s/7d1f0c5e3b9a4e2f8c6d1a0b9e8f7c6d.js" charset="UTF-8"></script>\n'
            '</head>\n<body class="page-textpage">\n%s\n<main id="content">\n%s\n</main>\n'
            '<footer class="footer"><div class="container"><p>© %d Lumen Net s.r.o. | <a href="/ochrana-osobnych-udajov">Ochrana osobných údajov</a> | '
            '<a href="/cookies">Cookies</a> | <a href="/vseobecne-podmienky">Všeobecné podmienky</a></p>'
            '<p>Podnik poskytujúci siete a služby registrovaný na <a href="https://www.teleoff.gov.sk/">Úrade pre reguláciu elektronických komunikácií a poštových služieb</a>.</p></div></footer>\n'
            '%s\n</body>\n</html>\n' % (css, header, main, when.year, js))


PAGE = {
    "service": "Lumen Net", "url": URL, "lang": "sk-SK", "platform": "Umbraco",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2021, 1, 15), "end": dt.date(2026, 5, 31),
    "policy": POLICY, "first_updated": dt.date(2020, 10, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["[data-content-element-type-alias=\"richTextBlock\"]"]},
    "history": [{"fetch": URL, "select": [".umb-grid .col-md-8 .rte-content"], "validUntil": "2024-06-03T00:00:00Z"}],
}
