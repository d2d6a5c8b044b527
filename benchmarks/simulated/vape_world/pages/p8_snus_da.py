"""Dampkompagniet - da e-cigarette, e-liquid and nicotine-pouch web shop with stores in Aarhus and Odense - Shopify
(Dawn theme), system policy page /policies/privacy-policy; age-verification app, announcement bar."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vkit as K  # noqa: E402
from vkit import C  # noqa: E402

URL = "https://dampkompagniet.dk/policies/privacy-policy"


def fmt_date(d):
    return "%d. %s %d" % (d.day, K.month("da", d), d.year)


POLICY = """
# Privatlivspolitik

Senest opdateret: {UPDATED}

Dampkompagniet ApS driver webshoppen dampkompagniet.dk og butikkerne i Aarhus og Odense. Vi sælger
e-cigaretter, e-væsker og nikotinposer og sælger kun til personer over 18 år. I denne privatlivspolitik
beskriver vi, hvordan vi behandler dine personoplysninger.

## Dataansvarlig

@ Dampkompagniet ApS
@ Frederiks Allé 94
@ 8000 Aarhus C
@ CVR-nr. 40218833
@ E-mail: [kontakt@dampkompagniet.dk](mailto:kontakt@dampkompagniet.dk)
@ Telefon: 86 12 40 77

## Hvilke oplysninger indsamler vi?

- navn, adresse, e-mail og telefonnummer, når du handler hos os;
- alder, som vi kontrollerer med MitID ved køb af nikotinholdige produkter;
- ordrehistorik og point i vores kundeklub Damp+;
- oplysninger om din enhed og din brug af webshoppen via cookies.

## Formål og retsgrundlag

Vi behandler dine oplysninger for at kunne levere dine varer og håndtere reklamationer (opfyldelse af
købsaftalen), for at overholde bogføringsloven og reglerne om aldersgrænser for salg af tobak og e-cigaretter
(retlig forpligtelse) og for at sende dig nyhedsbreve, hvis du har givet samtykke.

## Aldersverifikation

Efter lov om elektroniske cigaretter må vi ikke sælge til personer under 18 år. Ved bestilling bekræfter du din
alder med MitID gennem vores leverandør. Vi modtager kun besked om, hvorvidt du er fyldt 18 år, og gemmer ikke
dit CPR-nummer.

## Modtagere af oplysninger

| Modtager | Formål | Land |
| Shopify International Ltd. | Drift af webshop | Irland |
| PostNord Danmark | Levering af pakker | Danmark |
| GLS Denmark | Levering til pakkeshops | Danmark |
| Nets (Nexi Group) | Betaling med kort og MobilePay | Danmark |
| Signicat AS | Aldersverifikation med MitID | Norge |

Shopify kan overføre oplysninger til Canada og USA. Overførslen sker på grundlag af EU-Kommissionens
standardkontraktbestemmelser.

## Hvor længe gemmer vi dine oplysninger?

Ordreoplysninger gemmes i 5 år efter udgangen af regnskabsåret, jf. bogføringsloven. Medlemskab af Damp+ og
dine point slettes, hvis du ikke har handlet hos os i 24 måneder.

## Dine rettigheder

Du har ret til indsigt i de oplysninger, vi behandler om dig, til berigtigelse og sletning, til at begrænse
behandlingen, til dataportabilitet og til at gøre indsigelse. Du kan til enhver tid trække dit samtykke tilbage.

Du kan klage til Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, [www.datatilsynet.dk](https://www.datatilsynet.dk).
"""

EDITS = [
    {"note": "payment row: Nets replaced by Viva Wallet; MobilePay mentioned separately",
     "repl": [("| Nets (Nexi Group) | Betaling med kort og MobilePay | Danmark |",
               "| Viva Payments S.A. | Betaling med kort | Grækenland |\n| MobilePay A/S | Betaling med MobilePay | "
               "Danmark |")]},
    {"note": "new paragraph: ban on flavoured e-liquids and nicotine pouch rules (2022 law)",
     "repl": [("og gemmer ikke\ndit CPR-nummer.", "og gemmer ikke\ndit CPR-nummer.\n\nSiden 1. april 2022 må vi "
               "ikke sælge e-væsker med andre smage end tobak og mentol. Vi registrerer derfor ikke køb af sådanne "
               "produkter.")]},
    {"note": "phone number changed (no new date)", "bump": False,
     "repl": [("@ Telefon: 86 12 40 77", "@ Telefon: 70 20 41 88")]},
    {"note": "club retention 24 -> 36 months",
     "repl": [("i 24 måneder.", "i 36 måneder.")]},
    {"note": "list item added: store purchases (kundeklub scanned at the till)",
     "repl": [("- ordrehistorik og point i vores kundeklub Damp+;",
               "- ordrehistorik og point i vores kundeklub Damp+;\n- køb i vores butikker, når du scanner dit Damp+ "
               "medlemskort;")]},
    {"note": "controller moved (Frederiks Allé 94 -> Søren Frichs Vej 38K, 8230 Åbyhøj)",
     "repl": [("@ Frederiks Allé 94\n@ 8000 Aarhus C", "@ Søren Frichs Vej 38K\n@ 8230 Åbyhøj")]},
]

THEMES = [("2021-06-01", 130817474710, "Dawn 2.5.0", "t/3"), ("2023-02-14", 131964715286, "Dawn 8.0.0", "t/9"),
          ("2024-11-05", 142889011478, "Dawn 15.1.0", "t/14")]
ANNOUNCE = {"bf": "BLACK WEEK: Op til 30 % på udvalgte kits", "xmas": "Bestil inden 20. december – så når det frem "
            "til jul", "summer": "Fri fragt på ordrer over 299 kr. hele sommeren", "sales": "Januarudsalg i butikkerne",
            None: "Fri fragt over 399 kr. · Levering 1-2 hverdage"}


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"ids": (C.uuid4(rng), C.uuid4(rng), C.b64tok(rng, 18)), "ann": K.season(when)}
    s["theme"] = C.versioned([(dt.date.fromisoformat(d), (tid, name, t)) for d, tid, name, t in THEMES], when)
    s["v"] = 1650000000 + (C.epoch(when) - 1650000000) // 86400 // 23 * 1987000
    s["dst"] = C.eu_summer(when)
    return s


LABELS = {"ids": "Shopify pageview/session uuids and CSP nonce per request", "ann": "announcement bar by season",
          "theme": "published theme (Dawn upgrades: id, path)", "v": "asset ?v= timestamps", "dst": "__st offset"}


def render(s, blocks, when):
    pv, sess, nonce = s["ids"]
    tid, tname, tp = s["theme"]
    v = s["v"]
    title, rest = blocks[0], blocks[1:]
    body = C.render_blocks(rest)
    return ('<!doctype html>\n<html class="no-js" lang="da">\n<head>\n<meta charset="utf-8">\n'
            '<title>Privatlivspolitik &ndash; Dampkompagniet</title>\n<link rel="canonical" href="%s">\n'
            '<link href="//dampkompagniet.dk/cdn/shop/%s/assets/base.css?v=%d" rel="stylesheet" type="text/css" '
            'media="all" />\n'
            '<script nonce="%s">var Shopify = Shopify || {};Shopify.shop = "dampkompagniet.myshopify.com";Shopify.'
            'locale = "da";Shopify.currency = {"active":"DKK","rate":"1.0"};Shopify.country = "DK";Shopify.theme = '
            '{"name":"%s","id":%d,"schema_name":"Dawn","role":"main"};Shopify.cdnHost = "dampkompagniet.dk/cdn";'
            '</script>\n'
            '<script nonce="%s">window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta'
            ' = {"currency":"DKK","page":{"pageType":"policy","requestId":"%s"}};var __st={"a":58213377,"offset":%d,'
            '"reqid":"%s","pageurl":"dampkompagniet.dk\\/policies\\/privacy-policy","u":"%s","p":"policy"};</script>\n'
            '</head>\n<body class="gradient">\n<a class="skip-to-content-link button visually-hidden" href="#'
            'MainContent">Spring til indholdet</a>\n'
            '<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar" '
            'role="region" aria-label="Meddelelse"><div class="page-width"><p class="announcement-bar__message '
            'h5"><span>%s</span></p></div></div></div>\n'
            '<div id="shopify-section-header" class="shopify-section section-header"><sticky-header class="header-'
            'wrapper color-background-1 gradient"><header class="header header--middle-left page-width header--has-'
            'menu"><a href="/" class="header__heading-link link link--text focus-inset"><img src="//dampkompagniet.dk'
            '/cdn/shop/files/dampkompagniet-logo.png?v=1654001122&amp;width=300" alt="Dampkompagniet" class="header__'
            'heading-logo"></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">'
            '<li><a href="/collections/e-cigaretter" class="header__menu-item list-menu__item link">E-cigaretter</a>'
            '</li><li><a href="/collections/e-vaesker" class="header__menu-item list-menu__item link">E-væsker</a>'
            '</li><li><a href="/collections/nikotinposer" class="header__menu-item list-menu__item link">Nikotinposer'
            '</a></li><li><a href="/pages/butikker" class="header__menu-item list-menu__item link">Butikker</a></li>'
            '<li><a href="/pages/damp-plus" class="header__menu-item list-menu__item link">Damp+</a></li></ul></nav>'
            '<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span '
            'class="visually-hidden">Kurv</span></a></header></sticky-header></div>\n'
            '<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">\n'
            '<div class="shopify-policy__container">\n<div class="shopify-policy__title"><h1>%s</h1></div>\n'
            '<div class="shopify-policy__body"><div class="rte">\n%s\n</div></div>\n</div>\n</main>\n'
            '<div id="shopify-section-footer" class="shopify-section"><footer class="footer color-background-1 '
            'gradient section-footer-padding"><div class="footer__content-bottom"><div class="footer__copyright '
            'caption"><small class="copyright__content">&copy; %d, <a href="/" title="">Dampkompagniet</a></small>'
            '<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://da.shopify.com?utm_'
            'campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Leveret af Shopify</a></small>'
            '<ul class="policies list-unstyled"><li><a href="/policies/refund-policy">Refusionspolitik</a></li><li>'
            '<a href="/policies/privacy-policy">Privatlivspolitik</a></li><li><a href="/policies/terms-of-service">'
            'Servicevilkår</a></li></ul></div></div></footer></div>\n'
            '<div id="age-verification-popup" class="avp-overlay" style="display:none"><div class="avp-box"><p>Du skal '
            'være fyldt 18 år for at handle hos Dampkompagniet.</p><button class="avp-yes">Jeg er over 18</button>'
            '<button class="avp-no">Jeg er under 18</button></div></div>\n'
            '<script src="//dampkompagniet.dk/cdn/shop/%s/assets/global.js?v=%d" defer="defer"></script>\n'
            '<script nonce="%s" id="web-pixels-manager-setup">(function e(e,d,r,n,o){window.webPixelsManager='
            '"%s";})();</script>\n</body>\n</html>\n'
            % (URL, tp, v, nonce, tname, tid, nonce, pv, 7200 if s["dst"] else 3600, pv, sess,
               C.esc(ANNOUNCE[s["ann"]]), C.inline_html(title[1]), body, when.year, tp, v + 11, nonce, sess))


PAGE = {
    "service": "Dampkompagniet", "url": URL, "lang": "da-DK", "platform": "Shopify (Dawn)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 1, 20), "end": dt.date(2026, 6, 10), "hours": (3, 9, 15, 21),
    "policy": POLICY, "first_updated": dt.date(2021, 8, 30), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".shopify-policy__container"]},
}
