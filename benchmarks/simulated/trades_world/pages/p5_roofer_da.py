"""Nordtag - da roofing company (Aarhus) - Drupal 10 (Olivero sub-theme), Cookiebot, Trustpilot TrustBox."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tkit as K  # noqa: E402
from tkit import C  # noqa: E402

URL = "https://www.nordtag.dk/privatlivspolitik"
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
# Privatlivspolitik

Senest opdateret {UPDATED}

Nordtag ApS udfører tagrenovering, tagudskiftning, reparationer og montering af solceller på tage i Østjylland. Her kan du læse, hvordan vi behandler dine personoplysninger, når du beder om et tilbud, får udført en opgave eller besøger nordtag.dk.

## Dataansvarlig

@ Nordtag ApS
@ Bødkervej 21, 8200 Aarhus N
@ CVR-nr. 38 41 27 55
@ E-mail: [persondata@nordtag.dk](mailto:persondata@nordtag.dk), tlf. 86 10 44 20

## Hvilke oplysninger vi behandler

- navn, adresse, telefonnummer og e-mail;
- oplysninger om ejendommen, herunder tagtype, fotos og dronebilleder af taget;
- tilbud, ordrebekræftelser, fakturaer og betalingsoplysninger;
- oplysninger til brug for håndværkerfradrag, herunder dit CPR-nummer, hvis du beder os om det.

## Formål og retsgrundlag

Vi behandler oplysningerne for at kunne give dig et tilbud, udføre og dokumentere opgaven, fakturere og håndtere reklamationer og garanti, jf. databeskyttelsesforordningens artikel 6, stk. 1, litra b og c. Dronebilleder tager vi kun efter aftale med dig. Nyhedsbrev sender vi kun med dit samtykke.

## Modtagere og databehandlere

| Modtager | Formål |
| Ordrestyring.dk ApS | sagsstyring og tilbud |
| e-conomic (Visma e-conomic A/S) | regnskab og fakturering |
| Skattestyrelsen | indberetning af håndværkerfradrag |
| Byggeriets Ankenævn | behandling af klager, hvis du klager |

## Opbevaring

Sagsoplysninger og fotos gemmer vi i 10 år efter aflevering af arbejdet, fordi der gælder en 10-årig ansvarsperiode for byggearbejder. Regnskabsmateriale gemmer vi i 5 år efter udgangen af regnskabsåret. Tilbud, der ikke bliver accepteret, sletter vi efter 12 måneder.

## Dine rettigheder

Du har ret til indsigt, berigtigelse, sletning, begrænsning af behandlingen, dataportabilitet og til at gøre indsigelse. Du kan klage til Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, [www.datatilsynet.dk](https://www.datatilsynet.dk).
"""

EDITS = [
    {"note": "Ordrestyring replaced by Minuba", "repl": [("| Ordrestyring.dk ApS | sagsstyring og tilbud |",
                                                        "| Minuba ApS | sagsstyring og tilbud |")]},
    {"note": "new paragraph: vehicle GPS tracking of employees' cars at the site",
     "repl": [("Nyhedsbrev sender vi kun med dit samtykke.", "Nyhedsbrev sender vi kun med dit samtykke.\n\n"
               "Vores firmabiler har GPS, og vi registrerer derfor, hvornår vores folk ankommer til og forlader din "
               "adresse. Oplysningerne bruges til tidsregistrering og fakturering.")]},
    {"note": "unaccepted quotes retention 12 -> 6 months", "repl": [("efter 12 måneder", "efter 6 måneder")]},
    {"note": "list item removed (CPR number no longer collected)",
     "repl": [(";\n- oplysninger til brug for håndværkerfradrag, herunder dit CPR-nummer, hvis du beder os om det.",
               ".")]},
    {"note": "address moved and phone changed", "repl": [("@ Bødkervej 21, 8200 Aarhus N", "@ Agro Food Park 13, "
                                                          "8200 Aarhus N"), ("tlf. 86 10 44 20", "tlf. 70 20 44 20")]},
    {"note": "typo fixed without new date (dronebilleder -> dronefotos)", "bump": False,
     "repl": [("Dronebilleder tager vi kun", "Dronefotos tager vi kun")]},
]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"form": ("form-" + C.b64tok(rng, 32).replace("+", "-").replace("/", "_").rstrip("="),)}
    s["tp"] = C.keep_or(rng, prev.get("tp"), 0.5,
                        lambda: (round(rng.uniform(4.5, 4.9), 1), (prev.get("tp") or (0, 310))[1] + rng.randint(2, 14)))
    s["slot"] = (rng.randint(2, 15),)
    s["agg"] = (K.deploy_hash("css", when, 2, 43), K.deploy_hash("js", when, 2, 43))
    return s


LABELS = {"form": "contact block form_build_id", "tp": "Trustpilot TrustBox score and count",
          "slot": "'Næste ledige besigtigelse' teaser", "agg": "aggregated css_/js_ file hashes"}

DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def render(s, blocks, when):
    d = K.day_after(when, s["slot"][0], 8)
    body = C.render_blocks(blocks[1:], sep="\n")
    return (
        '<!DOCTYPE html>\n<html lang="da" dir="ltr" style="--color--primary-hue:202">\n<head>\n<meta charset="utf-8" />'
        '\n<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n<title>Privatlivspolitik | Nordtag'
        '</title>\n<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language='
        'da&amp;theme=nordtag&amp;include=eJxdjEEKwzAMBD_kqk8Kiq0YU8kykpuQ359aE8phwy6" />\n'
        '<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" '
        ' data-cbid="6f2c1a7e-3b1d-4e5a-9c8f-1d2e3f4a5b6c"'
        ' data-blockingmode="auto"></script>\n</head>\n<body class="path-node page-node-type-page">\n'
        '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-'
        'wrapper"><div id="page"><header id="header" class="site-header"><div class="site-header__inner"><a href="/" '
        'rel="home" class="site-branding__logo"><img src="/themes/custom/nordtag/logo.svg" alt="Forside"></a><nav '
        'class="primary-nav"><ul class="menu primary-nav__menu"><li class="primary-nav__menu-item"><a href="/tag'
        'renovering">Tagrenovering</a></li><li class="primary-nav__menu-item"><a href="/solceller">Solceller</a></li>'
        '<li class="primary-nav__menu-item"><a href="/kontakt">Kontakt</a></li></ul></nav></div></header>\n'
        '<div id="main-wrapper" class="layout-main-wrapper"><main id="main" role="main"><div class="region region--'
        'content"><div id="block-nordtag-content" class="block block-system block-system-main-block">'
        '<article data-history-node-id="14" class="node node--type-page node--view-mode-full"><header class="node__'
        'header"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-'
        'hidden">%s</span></h1></header><div class="node__content"><div class="text-content clearfix field field--'
        'name-body field--type-text-with-summary field--label-hidden field__item">%s</div></div></article></div>\n'
        '<div class="block block-nordtag-booking"><p class="besigtigelse">Næste ledige besigtigelse: %s d. %d. %s</p>'
        '</div>\n<div class="trustpilot-widget" data-locale="da-DK" data-template-id="5419b6a8b0d04a076446a9ad" '
        'data-businessunit-id="5b2f1c9e8a7d6e0001a2b3c4"><a href="https://dk.trustpilot.com/review/nordtag.dk">'
        'TrustScore %s · %d anmeldelser</a></div>\n'
        '<div class="block block-contact"><form class="contact-message-kontakt-form" action="/contact/kontakt" '
        'method="post"><input type="hidden" name="form_build_id" value="%s" /><input type="hidden" name="form_id" '
        'value="contact_message_kontakt_form" /><input type="email" name="mail"><button>Send</button></form></div>'
        '</div></main></div>\n<footer class="site-footer"><p>Nordtag ApS · CVR 38412755 · Medlem af Dansk Byggeri'
        '</p></footer></div></div></div>\n'
        '<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/",'
        '"currentPath":"node\\/14","currentLanguage":"da"},"pluralDelimiter":"\\u0003","ajaxPageState":{"theme":'
        '"nordtag","libraries":"eJxdjEEKwzAMBD_kqk8Kiq0YU8kykpuQ359aE8phwy6"}}</script>\n'
        '<script src="/sites/default/files/js/js_%s.js?scope=footer&amp;delta=0&amp;language=da"></script>\n'
        '</body>\n</html>\n'
        % (s["agg"][0], C.esc(blocks[0][1]), body, DAYS[d.weekday()], d.day, MONTHS[d.month - 1],
           str(s["tp"][0]).replace(".", ","), s["tp"][1], s["form"][0], s["agg"][1]))


PAGE = {
    "service": "Nordtag", "url": URL, "lang": "da-DK", "platform": "Drupal 10 (Olivero sub-theme)",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 1, 20), "end": dt.date(2026, 5, 1), "hours": (4, 12, 20),
    "policy": POLICY, "first_updated": dt.date(2021, 11, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".node--type-page .page-title", ".node--type-page .field--name-body"]},
}
