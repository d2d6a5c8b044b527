"""Kiertokaari Ympäristöpalvelut (Finnish private waste management and skip hire), Next.js on Vercel with Contentful:
pages router until a rebuild on the app router in October 2024 (CSS Modules class hashes change: declaration
history). Well built: everything volatile is outside the selected policy body: the CSP nonce on every script, buildId
and chunk hashes per deploy, __NEXT_DATA__ / RSC payload, the skip-hire price teaser's A/B variant, the 'Ajankohtaista'
latest posts, the seasonal (garden waste / Christmas) banner."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wkit as K  # noqa: E402

C = K.C
URL = "https://www.kiertokaari.fi/tietosuoja"
REBUILD = dt.datetime(2024, 10, 8, 6, 0)


def fmt_date(d):
    return "%d.%d.%d" % (d.day, d.month, d.year)


POLICY = """
# Tietosuojaseloste

Päivitetty {UPDATED}

Tämä tietosuojaseloste koskee Kiertokaari Ympäristöpalvelut Oy:n asiakasrekisteriä. Tarjoamme jätehuoltopalveluita kotitalouksille, taloyhtiöille ja yrityksille sekä vaihtolava- ja suursäkkipalveluita rakennustyömaille Uudellamaalla ja Pirkanmaalla.

## Rekisterinpitäjä

@ Kiertokaari Ympäristöpalvelut Oy (Y-tunnus 2912345-6)
@ Kuormatie 4, 01510 Vantaa
@ Asiakaspalvelu 010 555 1200
@ [tietosuoja@kiertokaari.fi](mailto:tietosuoja@kiertokaari.fi)

Tietosuoja-asioissa yhteyshenkilö on lakiasiainpäällikkö Anna Virtanen.

## Mitä tietoja käsittelemme

- asiakkaan nimi, osoite, puhelinnumero ja sähköpostiosoite;
- kiinteistön tiedot, astioiden koko ja määrä sekä tyhjennysrytmi;
- yritysasiakkaiden Y-tunnus ja laskutustiedot;
- tilaus-, tyhjennys- ja laskutushistoria;
- jäteautojen paikkatiedot ja astioiden RFID-tunnisteiden lukutiedot;
- asiakaspalvelun puhelutallenteet ja sähköpostit.

## Käsittelyn tarkoitus ja peruste

Käsittelemme tietoja jätehuoltosopimuksen täyttämiseksi, tyhjennysten suunnittelemiseksi ja laskuttamiseksi. Jätelain mukaan meidän on pidettävä kirjaa kuljetetuista jätteistä ja toimitettava tiedot kunnalle ja valvontaviranomaisille. Puheluita tallennamme oikeutetun etumme perusteella palvelun laadun varmistamiseksi ja erimielisyyksien selvittämiseksi.

Suoramarkkinointia lähetämme vain, jos olet antanut siihen suostumuksen tai olet nykyinen asiakkaamme.

## Henkilötietojen käsittelijät

| Käsittelijä | Tehtävä | Sijainti |
| Tieto Finland Oy | Asiakas- ja laskutusjärjestelmä | Suomi |
| Vercel Inc. | Verkkosivujen palvelin | EU |
| Contentful GmbH | Sisällönhallinta | EU |
| Elisa Oyj | Puhelinpalvelut | Suomi |
| Posti Messaging Oy | E-laskut ja paperilaskut | Suomi |

## Säilytysaika

Laskutustietoja säilytetään 10 vuotta kirjanpitolain mukaan. Tyhjennyshistoria säilytetään 5 vuotta. Puhelutallenteet poistetaan 12 kuukauden kuluttua.

## Rekisteröidyn oikeudet

Sinulla on oikeus saada pääsy tietoihisi, oikaista virheelliset tiedot, pyytää tietojen poistamista ja vastustaa käsittelyä. Voit tehdä valituksen [tietosuojavaltuutetun toimistolle](https://tietosuoja.fi).
"""

EDITS = [
    {"note": "processor added: Ecomond Oy (bin RFID identification)",
     "repl": [("| Elisa Oyj | Puhelinpalvelut | Suomi |",
               "| Elisa Oyj | Puhelinpalvelut | Suomi |\n| Ecomond Oy | Astioiden RFID-tunnistus | Suomi |")]},
    {"note": "call recordings retention 12 months -> 6 months",
     "repl": [("Puhelutallenteet poistetaan 12 kuukauden kuluttua.",
               "Puhelutallenteet poistetaan 6 kuukauden kuluttua.")]},
    {"note": "contact person changed (Anna Virtanen -> Mikko Laine, DPO)",
     "repl": [("yhteyshenkilö on lakiasiainpäällikkö Anna Virtanen.",
               "yhteyshenkilö on tietosuojavastaava Mikko Laine.")]},
    {"note": "typo fixed (Tieto Finland -> Tietoevry Finland), no new date", "bump": False,
     "repl": [("| Tieto Finland Oy |", "| Tietoevry Finland Oy |")]},
    {"note": "paragraph added: customer data transferred to municipal waste company (2023 waste law reform)",
     "repl": [("Suoramarkkinointia lähetämme",
               "Kun kunta siirtää biojätteen ja pakkausjätteen kuljetuksen kunnan järjestämäksi, luovutamme "
               "asiakkaan yhteystiedot ja astiatiedot kunnan jätehuoltoyhtiölle jätelain 143 §:n nojalla.\n\n"
               "Suoramarkkinointia lähetämme")]},
    {"note": "address changed: Kuormatie 4, 01510 Vantaa -> Ruukinkuja 2, 02330 Espoo",
     "repl": [("@ Kuormatie 4, 01510 Vantaa", "@ Ruukinkuja 2, 02330 Espoo")]},
]

POSTS = ["Puutarhajätteen keräys alkaa", "Biojätteen erilliskeräys laajenee", "Joulun jätehuolto-ohjeet",
         "Vaihtolavan tilaaminen remonttiin", "Uudet sähköiset jäteautot Vantaalla", "Pakkausjätteen lajittelu"]
POSTS_T = K.pool_dates("kiertokaari-posts", dt.date(2021, 9, 1), dt.date(2026, 12, 31), 30)
DEPLOYS = K.deploys("kiertokaari-deploys", dt.date(2022, 1, 1), dt.date(2026, 12, 31), 20, nhex=21)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"nonce": C.b64tok(rng, 16), "trace": C.hexs(rng, 32)}
    s["build"] = C.versioned(DEPLOYS, when)
    s["ab"] = C.keep_or(rng, prev.get("ab"), 0.5, lambda: rng.choice(["a", "b"]))
    s["posts"] = tuple(t for _, t in K.latest(POSTS_T, POSTS, when))
    m = when.month
    s["season"] = "puutarha" if m in (4, 5, 9, 10) else ("joulu" if m == 12 else None)
    return s


LABELS = {"nonce": "CSP nonce on scripts", "trace": "Vercel/Sentry trace id", "build": "buildId / chunk hashes",
          "ab": "price-teaser A/B variant", "posts": "'Ajankohtaista' latest posts", "season": "seasonal banner"}


def render(s, blocks, when):
    b, n = s["build"], s["nonce"]
    new = when >= REBUILD
    cls = ("Policy_body__x7Kq2", "Layout_main__3fPzA") if not new else ("page_legal__Zr81v", "layout_main__qW2hD")
    body = K.render_blocks(blocks, tags={"table": ' class="%s"' % ("Table_table__aQ1x9" if not new else
                                                                    "rich_table__p0L3m")})
    teaser = ("Vaihtolava alkaen 189 € (sis. alv)" if s["ab"] == "a" else "Tilaa vaihtolava – toimitus jo huomenna")
    posts = "".join('<li><a href="/ajankohtaista/%d">%s</a></li>' % (POSTS.index(t) + 40, K.esc(t)) for t in s["posts"])
    banner = {"puutarha": "Puutarhajätesäkki nyt -20 %", "joulu": "Joulun ajan tyhjennykset: katso muutokset",
              None: ""}[s["season"]]
    banner = '<div class="Banner_root__Ks9d1">%s</div>' % banner if banner else ""
    if new:
        data = ('<script nonce="%s">self.__next_f.push([1,"1:HL[\\"/_next/static/css/%s.css\\",'
                '\\"style\\"]\\n"])</script>'
                % (n, b[:16]))
        chunks = '<script src="/_next/static/chunks/app/tietosuoja/page-%s.js" async nonce="%s"></script>' % (b[:16], n)
    else:
        data = ('<script id="__NEXT_DATA__" type="application/json" nonce="%s">%s</script>'
                % (n, json.dumps({"props": {"pageProps": {"slug": "tietosuoja", "_sentryTraceData": s["trace"]}},
                                  "page": "/[slug]", "buildId": b, "isFallback": False, "gsp": True},
                                 separators=(",", ":"))))
        chunks = '<script src="/_next/static/%s/_buildManifest.js" defer nonce="%s"></script>' % (b, n)
    return """<!DOCTYPE html><html lang="fi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Tietosuojaseloste | Kiertokaari</title><meta name="sentry-trace" content="%(trace)s-%(span)s-0"/>
<link rel="stylesheet" href="/_next/static/css/%(css)s.css" nonce="%(n)s"/></head>
<body><div id="__next">%(banner)s
<header class="Header_root__1bXy0"><a href="/"><img alt="Kiertokaari" src="/logo.svg"/></a><nav><a href="/kotitaloudet">Kotitaloudet</a><a href="/yritykset">Yritykset</a><a href="/vaihtolavat">Vaihtolavat</a><a href="/yhteystiedot">Yhteystiedot</a></nav>
<div class="Teaser_price__4kLmN" data-variant="%(ab)s">%(teaser)s</div></header>
<main class="%(main)s"><div class="%(bodycls)s">%(body)s</div>
<aside><h2>Ajankohtaista</h2><ul>%(posts)s</ul></aside></main>
<footer class="Footer_root__9PqWz"><p>© %(year)d Kiertokaari Ympäristöpalvelut Oy</p></footer></div>
%(data)s%(chunks)s</body></html>
""" % {"trace": s["trace"], "span": s["trace"][:16], "css": b[-16:], "n": n, "banner": banner, "ab": s["ab"],
       "teaser": teaser, "main": cls[1], "bodycls": cls[0], "body": body, "posts": posts, "year": when.year,
       "data": data, "chunks": chunks}


PAGE = {
    "service": "Kiertokaari", "url": URL, "lang": "fi", "platform": "Next.js on Vercel + Contentful",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 2, 20), "end": dt.date(2026, 5, 20), "hours": (0, 3, 6),
    "policy": POLICY, "first_updated": dt.date(2021, 12, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".page_legal__Zr81v"]},
    "history": [{"fetch": URL, "select": [".Policy_body__x7Kq2"], "validUntil": "2024-10-08T06:00:00Z"}],
}
