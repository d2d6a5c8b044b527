"""Vestfjord Renovasjon IKS (Norwegian Bokmål; inter-municipal waste company), Enonic XP 7 with a custom app,
Siteimprove analytics, Cookie Information. Volatile INSIDE the selected article.article-page: the .article-meta 'Sist endret'
stamp (the content's modifiedTime, which moves on any save) and the 'Var denne siden nyttig?' feedback form with its
per-request token; both removed by the declaration. Outside: driftsmeldinger (delayed collection due to snow, holiday
changes), /_/asset/ build timestamps, the tømmekalender teaser."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wkit as K  # noqa: E402

C = K.C
URL = "https://www.vestfjord-renovasjon.no/personvern"


def fmt_date(d):
    return "%d. %s %d" % (d.day, K.MONTHS["nb"][d.month - 1], d.year)


POLICY = """
# Personvernerklæring

Oppdatert {UPDATED}

Vestfjord Renovasjon IKS er et interkommunalt selskap eid av sju kommuner. Vi henter husholdningsavfall, driver gjenvinningsstasjoner og tømmer slamavskillere og tette tanker. Denne erklæringen forklarer hvordan vi behandler personopplysninger om deg som abonnent, kunde på gjenvinningsstasjonene eller bruker av nettsidene og appen Min renovasjon.

## Behandlingsansvarlig

Vestfjord Renovasjon IKS, org.nr. 971 234 567, er behandlingsansvarlig. Daglig leder har det overordnede ansvaret. Du kan kontakte personvernombudet vårt på [personvernombud@vestfjord-renovasjon.no](mailto:personvernombud@vestfjord-renovasjon.no).

## Hvilke opplysninger behandler vi?

- Navn, adresse og gårds- og bruksnummer for eiendommen, som vi får fra kommunens eiendomsregister.
- Abonnementstype, beholderstørrelse, brikkenummer og tømmehistorikk.
- Registreringsnummer på kjøretøy og antall besøk på gjenvinningsstasjonene.
- Telefonnummer og e-postadresse hvis du har registrert deg for varsler i appen.
- Henvendelser til kundeservice, inkludert bilder du sender oss av beholdere og avvik.

## Formål og rettslig grunnlag

Vi behandler opplysningene for å utføre den lovpålagte renovasjonsordningen etter forurensningsloven og de kommunale renovasjonsforskriftene, jf. personvernforordningen artikkel 6 nr. 1 bokstav e. Gebyrene faktureres av kommunene, og vi oversender grunnlaget for gebyrberegningen til dem.

Skiltgjenkjenning ved innkjøringen til gjenvinningsstasjonene bruker vi for å kontrollere antall gratis besøk per husstand.

## Databehandlere

| Databehandler | Tjeneste | Land |
| Norkart AS | Kartdata og adresseregister | Norge |
| Renovasjonsetaten (Avfallsplattform) | Ruteplanlegging og tømmedata | Norge |
| Netcompany Norway AS | Drift av appen Min renovasjon | Norge |
| Siteimprove A/S | Analyse av nettsidene | Danmark |

## Lagringstid

Tømmehistorikk lagres i 5 år. Opplysninger om besøk på gjenvinningsstasjonene slettes etter 2 år. Bilder fra skiltgjenkjenning slettes etter 24 timer.

## Dine rettigheter

Du har rett til innsyn, retting og i noen tilfeller sletting av opplysningene dine. Du kan også protestere mot behandlingen. Du kan klage til [Datatilsynet](https://www.datatilsynet.no) hvis du mener vi behandler opplysningene dine i strid med regelverket.
"""

EDITS = [
    {"note": "processor replaced: Netcompany -> Sortere AS (app)",
     "repl": [("| Netcompany Norway AS | Drift av appen Min renovasjon | Norge |",
               "| Sortere AS | Drift av appen Min renovasjon | Norge |")]},
    {"note": "plate recognition images retention 24 hours -> 7 days",
     "repl": [("slettes etter 24 timer.", "slettes etter 7 dager.")]},
    {"note": "new section: cameras on refuse trucks",
     "repl": [("## Databehandlere", "## Kamera på renovasjonsbilene\n\nRenovasjonsbilene har kamera som "
               "fotograferer beholderen ved tømming. Bildene brukes for å dokumentere feilsortering og "
               "slettes etter 30 dager.\n\n## Databehandlere")]},
    {"note": "Siteimprove row removed (analytics dropped)",
     "repl": [("\n| Siteimprove A/S | Analyse av nettsidene | Danmark |", "")]},
    {"note": "words inserted ('(matrikkelnummer)'), no new date",
     "bump": False, "repl": [("gårds- og bruksnummer for eiendommen", "gårds- og bruksnummer (matrikkelnummer) for "
                              "eiendommen")]},
]

DRIFT = [(dt.date(2022, 12, 12), dt.date(2022, 12, 20), "Forsinket henting på grunn av snø og glatte veier i Lofoten."),
         (dt.date(2023, 12, 18), dt.date(2024, 1, 3), "Endrede hentedager i jule- og nyttårsuken."),
         (dt.date(2024, 12, 16), dt.date(2025, 1, 3), "Endrede hentedager i jule- og nyttårsuken."),
         (dt.date(2025, 2, 3), dt.date(2025, 2, 12), "Stengt fergesamband: henting i Værøy utsettes."),
         (dt.date(2025, 12, 15), dt.date(2026, 1, 2), "Endrede hentedager i jule- og nyttårsuken.")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"fb": C.b64tok(rng, 16)}
    s["asset"] = C.keep_or(rng, prev.get("asset"), 0.35, lambda: str(C.epoch(when) * 1000 - rng.randint(10**6, 10**9)))
    s["drift"] = next((t for a, b, t in DRIFT if a <= when.date() <= b), None)
    s["kal"] = (rng.choice(["Restavfall", "Papir og plast", "Matavfall", "Glass og metall"]), rng.randint(1, 9))
    s["resave"] = C.keep_or(rng, prev.get("resave"), 0.15, lambda: rng.randint(5, 600))
    return s


LABELS = {"fb": "INSIDE: feedback form token (removed)", "asset": "Enonic /_/asset/ build timestamp",
          "drift": "driftsmeldinger banner", "kal": "tømmekalender teaser",
          "resave": "INSIDE: editor re-save moving 'Sist endret' (removed)", "pub": "INSIDE: modifiedTime (removed)"}


def render(s, blocks, when):
    lt, off = K.local(when, "nb")
    mod = K.saved_at(s, blocks, when, lag=(120, 5000))
    mod = max(mod, when - dt.timedelta(minutes=s["resave"])) if s["resave"] < 400 else mod
    ml, _ = K.local(mod, "nb")
    body = K.render_blocks(blocks[2:], tags={"table": ' class="table"'})
    drift = ('<div class="driftsmelding" role="alert"><strong>Driftsmelding:</strong> %s</div>' % K.esc(s["drift"])
             if s["drift"] else "")
    kd = lt.date() + dt.timedelta(days=s["kal"][1])
    return """<!DOCTYPE html>
<html lang="nb">
<head>
<meta charset="utf-8">
<title>Personvernerklæring - Vestfjord Renovasjon</title>
<link rel="stylesheet" href="/_/asset/no.vestfjord.web:%(asset)s/css/main.css">
<script async src="https://siteimproveanalytics.com/js/siteanalyze_6012345.js"></script>
</head>
<body>
<header class="site-header"><a href="/" class="logo"><img src="/_/asset/no.vestfjord.web:%(asset)s/img/logo.svg" alt="Vestfjord Renovasjon"></a>
<nav><ul><li><a href="/tommekalender">Tømmekalender</a></li><li><a href="/gjenvinningsstasjoner">Gjenvinningsstasjoner</a></li><li><a href="/sortering">Sortering</a></li><li><a href="/kontakt">Kontakt oss</a></li></ul></nav></header>
%(drift)s
<main id="main">
<article class="article-page">
<h1>%(h1)s</h1>
<p class="ingress">%(ing)s</p>
<div class="article-meta"><span>Sist endret: <time datetime="%(iso)s">%(md)s</time></span></div>
<div class="rich-text">%(body)s</div>
<form class="feedback" action="/_/service/no.vestfjord.web/feedback" method="post"><fieldset><legend>Var denne siden nyttig?</legend><input type="hidden" name="token" value="%(fb)s"><button name="svar" value="ja">Ja</button><button name="svar" value="nei">Nei</button></fieldset></form>
</article>
<aside class="teaser-kalender"><h2>Neste tømming</h2><p>%(kf)s: %(kd)s</p><a href="/tommekalender">Se hele tømmekalenderen</a></aside>
</main>
<footer class="site-footer"><p>Vestfjord Renovasjon IKS · Storgata 40, 8305 Svolvær · 76 06 60 00</p></footer>
</body>
</html>
""" % {"asset": s["asset"], "drift": drift, "h1": K.esc(blocks[0][1]), "ing": C.inline_html(blocks[1][1]),
       "iso": ml.strftime("%Y-%m-%dT%H:%M:%S") + C.offset_str(off), "md": ml.strftime("%d.%m.%Y %H:%M"),
       "body": body, "fb": s["fb"], "kf": s["kal"][0], "kd": "%d. %s" % (kd.day, K.MONTHS["nb"][kd.month - 1])}


PAGE = {
    "service": "Vestfjord Renovasjon", "url": URL, "lang": "nb", "platform": "Enonic XP 7",
    "content_type": "text/html;charset=UTF-8",
    "n": 30, "start": dt.date(2022, 6, 1), "end": dt.date(2026, 4, 20), "hours": (2, 5, 8),
    "policy": POLICY, "first_updated": dt.date(2022, 1, 27), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article.article-page"], "remove": [".article-meta", "form.feedback"]},
}
