"""Kiirpakk (Tallinn) - et-EE - Craft CMS 4 (Matrix field, Redactor) behind the Blitz static cache, with SEOmatic;
a parcel-locker and courier company.

The entry template prints the title and the policy's date line in `.entry__header`, a reading-time/print meta
line, then the Matrix blocks: one Redactor text block per section, with a "Jälgi saadetist" parcel-tracking block
that the editors placed after the second section (today's tracked-parcel count; the CRAFT_CSRF_TOKEN input when
Blitz missed the cache, Blitz's injected placeholder span otherwise). Around: holiday delivery notices, the
parcel-locker count, Cookiebot, SEOmatic JSON-LD whose dateModified moves at every save, "Cached by Blitz on"
comment, dist asset hashes."""
import datetime as dt
import json
import common as C

URL = "https://www.kiirpakk.ee/privaatsuspoliitika"
KUUD = ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober",
        "november", "detsember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, KUUD[d.month - 1], d.year)


POLICY = """
# Privaatsuspoliitika

Viimati uuendatud: {UPDATED}

Kiirpakk AS (edaspidi „Kiirpakk“) pakub pakiautomaatide, kullerteenuse ja rahvusvahelise pakiveo teenuseid Eestis, Lätis ja Leedus. Selles poliitikas selgitame, kuidas töötleme saatjate, saajate ja veebilehe külastajate isikuandmeid.

## Vastutav töötleja

Kiirpakk AS, registrikood 14218873, Peterburi tee 71, 11415 Tallinn. Andmekaitsespetsialisti kontakt: [andmekaitse@kiirpakk.ee](mailto:andmekaitse@kiirpakk.ee).

## Milliseid andmeid töötleme

- saatja ja saaja nimi, telefoninumber, e-posti aadress ja aadress või valitud pakiautomaat;
- saadetise andmed: jälgimiskood, mõõtmed, kaal ja sisu kirjeldus tollivormistuse jaoks;
- pakiautomaadi kasutamise andmed: avamiskood ja ukse avamise aeg;
- kullerile antud allkiri või foto üleantud saadetisest.

## Miks me andmeid töötleme

Töötleme andmeid saadetise kohaletoimetamiseks, saajale teavituste saatmiseks SMS-i ja e-posti teel, tollivormistuseks ning kaebuste ja kahjunõuete lahendamiseks.

## Kellele andmeid edastame

Edastame andmeid partnervedajatele, kes toimetavad saadetise kohale väljaspool Eestit, ning Maksu- ja Tolliametile, kui saadetis vajab tollivormistust.

## Säilitamine

| Andmed | Säilitamise aeg |
| Saadetise andmed | 3 aastat |
| Pakiautomaatide turvakaamerate salvestised | 30 päeva |
| Klienditoe kirjavahetus | 2 aastat |

## Teie õigused

Teil on õigus tutvuda oma andmetega, nõuda nende parandamist või kustutamist ning esitada vastuväiteid. Kaebuse võite esitada [Andmekaitse Inspektsioonile](https://www.aki.ee/).
"""

EDITS = [
    {"note": "recipients: SMS gateway provider Messente Communications OÜ added",
     "repl": [("Edastame andmeid partnervedajatele", "Teavitussõnumite saatmiseks kasutame Messente Communications OÜ teenust. Edastame andmeid partnervedajatele")]},
    {"note": "new section on the courier app showing the courier's approximate location on delivery day",
     "repl": [("## Kellele andmeid edastame", "## Kulleri asukoht\n\nKohaletoimetamise päeval näitame saajale kulleri ligikaudset asukohta kaardil. Kulleri asukohaandmeid säilitame pärast saadetise üleandmist kuni 7 päeva.\n\n## Kellele andmeid edastame")]},
    {"note": "retention: locker CCTV recordings 30 -> 60 days (silent, date not bumped)", "bump": False,
     "repl": [("| Pakiautomaatide turvakaamerate salvestised | 30 päeva |", "| Pakiautomaatide turvakaamerate salvestised | 60 päeva |")]},
    {"note": "retention table: new row for signatures and hand-over photos (1 year)",
     "repl": [("| Klienditoe kirjavahetus | 2 aastat |", "| Allkirjad ja üleandmise fotod | 1 aasta |\n| Klienditoe kirjavahetus | 2 aastat |")]},
    {"note": "controller address changed (Peterburi tee 71 -> Suur-Sõjamäe 33)",
     "repl": [("Peterburi tee 71, 11415 Tallinn", "Suur-Sõjamäe 33, 11415 Tallinn")]},
]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    miss = rng.random() < 0.3
    s["csrf"] = (miss, C.alnum(rng, 86) if miss else "")
    s["nonce"] = C.hexs(rng, 16)
    s["blitz"] = when - dt.timedelta(minutes=rng.randint(0, 4000)) if not miss else when
    s["seo_modified"] = C.keep_or(rng, prev.get("seo_modified"), 0.3,
                                  lambda: (when - dt.timedelta(days=rng.randint(0, 25), seconds=rng.randint(0, 80000))))
    s["tracked"] = rng.randint(1800, 26000)
    s["lockers"] = 260 + (when.year - 2021) * 45 + when.month * 3
    m, d = when.month, when.day
    s["holiday"] = ("xmas" if (m == 12 and d >= 5) or (m == 1 and d <= 3) else
                    "jaan" if (m == 6 and 10 <= d <= 25) else
                    "black" if (m == 11 and d >= 15) else None)
    s["dist"] = C.keep_or(rng, prev.get("dist"), 0.3, lambda: C.hexs(rng, 8))
    return s


LABELS = {
    "csrf": "Blitz cache miss: real CRAFT_CSRF_TOKEN input in tracking block / injected placeholder span",
    "nonce": "per-visit script nonce",
    "blitz": "'Cached by Blitz on' comment",
    "seo_modified": "SEOmatic JSON-LD dateModified",
    "tracked": "tracked-parcels-today counter in tracking block (between Matrix blocks)",
    "lockers": "parcel-locker count in header",
    "holiday": "holiday delivery notice",
    "dist": "dist asset hashes",
}

HOLIDAY = {
    "xmas": "Jõuluperioodil on tarneajad pikemad. Viimane päev jõulupakkide saatmiseks Eesti piires on 20. detsember.",
    "jaan": "Võidupühal ja jaanipäeval (23.–24. juuni) kullerid ei sõida, pakiautomaadid töötavad tavapäraselt.",
    "black": "Black Friday nädalal võib saadetiste kohaletoimetamine võtta ühe tööpäeva kauem.",
}


def render(s, blocks, when):
    miss, csrf = s["csrf"]
    nonce = s["nonce"]
    head, secs = C.split_sections(blocks)
    h1, rest = head[0], head[1:]
    mblocks = []
    for n, (h, bl) in enumerate(secs):
        mblocks.append('<div class="matrix-block matrix-block--text" id="%s">\n<div class="redactor">\n%s\n</div>\n</div>'
                       % (C.det_sha(h)[:8], C.blocks_html([("h2", h)] + bl)))
        if n == 1:
            tok = ('<input type="hidden" name="CRAFT_CSRF_TOKEN" value="%s">' % csrf if miss else
                   '<span class="blitz-inject" id="blitz-inject-1" data-blitz-id="1" data-blitz-uri="/actions/blitz/csrf/input" '
                   'data-blitz-params="" data-blitz-property=""></span>')
            mblocks.append('<div class="matrix-block matrix-block--tracking">\n<form class="tracking-box" method="get" action="/jalgi">\n%s\n'
                           '<label for="track-code">Jälgi saadetist</label><input id="track-code" type="text" name="kood" placeholder="nt CC123456789EE">'
                           '<button type="submit">Otsi</button>\n<p class="tracking-box__stat">Täna on jälgitud %s saadetist</p>\n</form>\n</div>'
                           % (tok, "{:,}".format(s["tracked"]).replace(",", "\u00a0")))
    words = sum(len(b[1].split()) if isinstance(b[1], str) else 10 for b in blocks)
    ld = {"@context": "http://schema.org", "@graph": [{
        "@type": "WebPage", "author": {"@id": "https://www.kiirpakk.ee/#identity"},
        "copyrightHolder": {"@id": "https://www.kiirpakk.ee/#identity"}, "copyrightYear": "2019",
        "creator": {"@id": "#creator"}, "dateCreated": "2019-03-11T09:12:44+02:00",
        "dateModified": s["seo_modified"].strftime("%Y-%m-%dT%H:%M:%S+02:00"),
        "datePublished": "2019-03-11T09:12:00+02:00", "headline": "Privaatsuspoliitika", "inLanguage": "et",
        "mainEntityOfPage": URL, "name": "Privaatsuspoliitika",
        "publisher": {"@id": "#creator"}, "url": URL}]}
    holiday = ('<div class="site-notice" role="status"><p>%s</p></div>' % HOLIDAY[s["holiday"]]) if s["holiday"] else ""
    return ('<!DOCTYPE html>\n<html lang="et-EE">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>Privaatsuspoliitika | Kiirpakk</title>\n<meta name="generator" content="SEOmatic">\n'
            '<link href="%s" rel="canonical">\n<link href="https://www.kiirpakk.ee/" rel="home">\n'
            '<link rel="alternate" href="https://www.kiirpakk.ee/en/privacy-policy" hreflang="en">\n'
            '<link rel="alternate" href="https://www.kiirpakk.ee/ru/politika-konfidencialnosti" hreflang="ru">\n'
            '<meta property="og:image" content="https://www.kiirpakk.ee/uploads/images/_1200x630_crop_center-center_82_none/kiirpakk-og.jpg?mtime=1611920458">\n'
            '<link rel="stylesheet" href="/dist/css/app.%s.css">\n'
            '<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="0f3a6c1e-2b7d-4e59-8a14-c6d9b2e7f0a3" data-blockingmode="auto" type="text/javascript"></script>\n'
            '<script type="application/ld+json">%s</script>\n'
            '</head>\n<body class="template-legal">\n%s\n'
            '<header class="site-header"><a class="site-header__logo" href="/"><img src="/uploads/logo/kiirpakk.svg" alt="Kiirpakk"></a>'
            '<nav class="site-nav"><a href="/saada">Saada pakk</a><a href="/jalgi">Jälgi</a><a href="/pakiautomaadid">Pakiautomaadid</a>'
            '<a href="/ariklient">Äriklient</a><a href="/abi">Abi</a></nav>'
            '<p class="site-header__lockers">%d pakiautomaati üle Eesti</p>'
            '<nav class="lang-switch"><a href="/" aria-current="true">ET</a><a href="/en/privacy-policy">EN</a><a href="/ru/politika-konfidencialnosti">RU</a></nav></header>\n'
            '<main id="main">\n<article class="entry entry--legal">\n'
            '<div class="entry__header">\n%s\n%s\n</div>\n'
            '<p class="entry__meta"><span>Lugemisaeg %d min</span> · <a href="javascript:window.print()">Prindi</a></p>\n'
            '<div class="entry__body">\n%s\n</div>\n</article>\n</main>\n'
            '<footer class="site-footer"><p>Kiirpakk AS · Klienditugi <a href="tel:+3726123456">612 3456</a> · <a href="mailto:info@kiirpakk.ee">info@kiirpakk.ee</a></p>'
            '<p><a href="/privaatsuspoliitika">Privaatsuspoliitika</a> · <a href="/kupsised">Küpsised</a> · <a href="/uldtingimused">Üldtingimused</a></p>'
            '<p>© %d Kiirpakk AS</p></footer>\n'
            '<script src="/dist/js/app.%s.js" nonce="%s"></script>\n'
            '</body>\n</html>\n<!-- Cached by Blitz on %s -->\n'
            % (URL, s["dist"], json.dumps(ld, ensure_ascii=False), holiday, s["lockers"], C.block_html(h1),
               C.blocks_html(rest), max(2, words // 180), "\n".join(mblocks), when.year, s["dist"], nonce,
               s["blitz"].strftime("%Y-%m-%dT%H:%M:%S+02:00")))


PAGE = {
    "service": "Kiirpakk", "url": URL, "lang": "et-EE", "platform": "Craft CMS",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("X-Powered-By", "Craft CMS, Blitz"),),
    "n": 30, "start": dt.date(2021, 1, 4), "end": dt.date(2026, 7, 1),
    "policy": POLICY, "first_updated": dt.date(2020, 11, 30), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".entry--legal"], "remove": [".entry__meta", ".matrix-block--tracking"]},
}
