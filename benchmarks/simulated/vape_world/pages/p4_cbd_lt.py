"""Garų Namai - lt vape and CBD shop (Vilnius, Kaunas) - WordPress + WooCommerce + Flatsome, WP Rocket cache,
Post Views Counter printing its counter INSIDE the page's .entry-content, Age Gate plugin."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vkit as K  # noqa: E402
from vkit import C  # noqa: E402

URL = "https://garunamai.lt/privatumo-politika/"


def fmt_date(d):
    return "%d m. %s %d d." % (d.year, K.month("lt", d), d.day)


POLICY = """
# Privatumo politika

Atnaujinta {UPDATED}

Ši privatumo politika taikoma UAB „Garų namai“ elektroninei parduotuvei garunamai.lt ir fizinėms parduotuvėms
Vilniuje bei Kaune. Joje paaiškiname, kokius asmens duomenis renkame, kodėl juos tvarkome ir kokias teises
turite. Elektronines cigaretes, skysčius ir jų priedus parduodame tik pilnamečiams asmenims.

## Duomenų valdytojas

@ UAB „Garų namai“, įmonės kodas 305812447
@ Ukmergės g. 223, LT-07156 Vilnius
@ El. paštas: [duomenys@garunamai.lt](mailto:duomenys@garunamai.lt)
@ Tel. +370 620 41 887

## Kokius duomenis renkame

- vardą, pavardę, el. pašto adresą ir telefono numerį;
- pristatymo adresą arba pasirinktą paštomatą;
- užsakymų istoriją ir lojalumo taškus;
- gimimo datą amžiui patikrinti;
- slapukų ir naršymo duomenis.

## Duomenų tvarkymo tikslai

Jūsų duomenis tvarkome užsakymams vykdyti ir prekėms pristatyti, buhalterinei apskaitai tvarkyti, lojalumo
programai administruoti, naujienlaiškiui siųsti (tik gavus jūsų sutikimą) ir mūsų interneto svetainės veikimui
užtikrinti.

## Amžiaus patikra

Pagal Lietuvos Respublikos tabako, tabako gaminių ir su jais susijusių gaminių kontrolės įstatymą elektroninės
cigaretės ir pildomosios talpyklos neparduodamos jaunesniems nei 18 metų asmenims. Atsiimant siuntą kurjeris
gali paprašyti asmens dokumento.

## Duomenų gavėjai

| Gavėjas | Paskirtis | Šalis |
| UAB „Hostinger“ | svetainės talpinimas | Lietuva |
| Omniva (AB „Lietuvos paštas“) | siuntų pristatymas į paštomatus | Lietuva |
| UAB „Paysera LT“ | mokėjimų apdorojimas | Lietuva |
| Omnisend UAB | naujienlaiškiai | Lietuva |
| Google Ireland Limited | svetainės lankomumo statistika | Airija |

## Duomenų saugojimo terminai

Užsakymų ir apskaitos dokumentus saugome 10 metų. Paskyros duomenis saugome, kol paskyra aktyvi; neaktyvias
paskyras ištriname po 3 metų. Naujienlaiškio prenumeratorių duomenis saugome, kol atšauksite sutikimą.

## Jūsų teisės

Turite teisę susipažinti su savo duomenimis, reikalauti juos ištaisyti ar ištrinti, apriboti jų tvarkymą,
nesutikti su tvarkymu ir teisę į duomenų perkeliamumą. Skundą galite pateikti Valstybinei duomenų apsaugos
inspekcijai (L. Sapiegos g. 17, 10312 Vilnius, [vdai.lrv.lt](https://vdai.lrv.lt)).

## Slapukai

Svetainėje naudojame būtinuosius, statistinius ir rinkodaros slapukus. Nebūtinus slapukus įrašome tik gavę jūsų
sutikimą, kurį galite bet kada pakeisti slapukų nustatymuose.
"""

EDITS = [
    {"note": "courier added: DPD Lietuva row",
     "repl": [("| UAB „Paysera LT“ |", "| UAB „DPD Lietuva“ | siuntų pristatymas kurjeriu | Lietuva |\n"
               "| UAB „Paysera LT“ |")]},
    {"note": "new paragraph on the 2022 ban on flavoured e-liquids (age-check section extended)",
     "repl": [("gali paprašyti asmens dokumento.", "gali paprašyti asmens dokumento.\n\nNuo 2022 m. liepos 1 d. "
               "Lietuvoje draudžiama prekiauti kvapiųjų medžiagų turinčiais elektroninių cigarečių skysčiais, todėl "
               "jų neparduodame ir apie jų įsigijimą duomenų nerenkame.")]},
    {"note": "inactive account deletion 3 -> 2 years",
     "repl": [("paskyras ištriname po 3 metų.", "paskyras ištriname po 2 metų.")]},
    {"note": "typo fix 'nesutikti su tvarkymu ir teisę' -> '... bei teisę' (no new date)", "bump": False,
     "repl": [("nesutikti su tvarkymu ir teisę", "nesutikti su tvarkymu bei teisę")]},
    {"note": "controller moved to Kaunas (address and phone changed)",
     "repl": [("@ Ukmergės g. 223, LT-07156 Vilnius", "@ Savanorių pr. 255, LT-50184 Kaunas"),
              ("@ Tel. +370 620 41 887", "@ Tel. +370 37 209 118")]},
    {"note": "Google Analytics row removed, sentence: no analytics data leaves the EU",
     "repl": [("| Google Ireland Limited | svetainės lankomumo statistika | Airija |\n", ""),
              ("## Duomenų saugojimo terminai", "Asmens duomenų už Europos ekonominės erdvės ribų neperduodame.\n\n"
               "## Duomenų saugojimo terminai")]},
]

DEPLOYS = K.deploys("garunamai", dt.date(2021, 7, 1), 40, 41)
SALE = {"bf": "JUODASIS PENKTADIENIS: -20 % įrenginiams", "xmas": "Kalėdinės dovanos – nemokamas pristatymas",
        "summer": "Vasaros išpardavimas", "sales": "Sausio išpardavimas", None: "Nemokamas pristatymas nuo 40 €"}


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"nonce": (C.hexs(rng, 10), C.hexs(rng, 10), C.hexs(rng, 32)), "rocket": C.epoch(when) - rng.randint(60, 20000)}
    pv = prev.get("views", 1900)
    s["views"] = pv + rng.randint(8, 140)
    s["ver"] = K.deploy(DEPLOYS, when)
    s["sale"] = K.season(when)
    return s


LABELS = {"nonce": "wc-cart-fragments / age-gate / wpApiSettings nonces", "rocket": "WP Rocket cached@ timestamp",
          "views": "Post Views Counter 'Peržiūros' INSIDE .entry-content", "ver": "theme/plugin ?ver= on updates",
          "sale": "header sale strip by season"}


def render(s, blocks, when):
    n1, n2, hsh = s["nonce"]
    ver = s["ver"]
    title, rest = blocks[0], blocks[1:]
    body = C.render_blocks(rest, tags={"table": ' class="table"'}, sep="\n\n")
    pv = ('<div class="post-views content-post post-3 entry-meta load-static"><span class="post-views-icon '
          'dashicons dashicons-chart-bar"></span> <span class="post-views-label">Peržiūros:</span> '
          '<span class="post-views-count">%s</span></div>' % C.group_digits(s["views"], " "))
    return ('<!DOCTYPE html>\n<html lang="lt-LT" class="loading-site no-js">\n<head>\n<meta charset="UTF-8" />\n'
            '<title>Privatumo politika - Garų Namai</title>\n'
            '<link rel="stylesheet" id="flatsome-main-css" href="https://garunamai.lt/wp-content/themes/flatsome/'
            'assets/css/flatsome.css?ver=3.%d.%d" type="text/css" media="all" />\n'
            '<link rel="stylesheet" id="age-gate-css" href="https://garunamai.lt/wp-content/plugins/age-gate/dist/'
            'main.css?ver=%s" type="text/css" media="all" />\n'
            '<script id="wc-cart-fragments-js-extra">var wc_cart_fragments_params = {"ajax_url":"\\/wp-admin\\/'
            'admin-ajax.php","wc_ajax_url":"\\/?wc-ajax=%%%%endpoint%%%%","cart_hash_key":"wc_cart_hash_%s",'
            '"fragment_name":"wc_fragments_%s","request_timeout":"5000"};</script>\n'
            '<script id="age-gate-js-extra">var age_gate = {"cookieDomain":"","cookieName":"age_gate","age":"18",'
            '"nonce":"%s","fallback":"https:\\/\\/garunamai.lt\\/wp-admin\\/admin-ajax.php"};</script>\n'
            '</head>\n<body class="privacy-policy page-template-default page page-id-3 theme-flatsome woocommerce-js '
            'full-width lightbox nav-dropdown-has-arrow">\n'
            '<div id="wrapper">\n<header id="header" class="header has-sticky sticky-jump"><div class="header-wrapper">'
            '<div id="top-bar" class="header-top hide-for-sticky nav-dark flex-has-center"><div class="flex-row '
            'container"><div class="flex-col flex-center"><div class="html_topbar_left"><strong>%s</strong></div>'
            '</div></div></div><div id="masthead" class="header-main"><div class="header-inner flex-row container">'
            '<div id="logo" class="flex-col logo"><a href="https://garunamai.lt/" rel="home"><img width="200" height='
            '"60" src="https://garunamai.lt/wp-content/uploads/2021/05/garu-namai-logo.png" class="header_logo" '
            'alt="Garų Namai"/></a></div><div class="flex-col hide-for-medium flex-left"><ul class="header-nav '
            'header-nav-main nav nav-left"><li class="menu-item"><a href="https://garunamai.lt/elektronines-'
            'cigaretes/" class="nav-top-link">Elektroninės cigaretės</a></li><li class="menu-item"><a href="https://'
            'garunamai.lt/skysciai/" class="nav-top-link">Skysčiai</a></li><li class="menu-item"><a href="https://'
            'garunamai.lt/cbd/" class="nav-top-link">CBD</a></li><li class="menu-item"><a href="https://garunamai.lt/'
            'parduotuves/" class="nav-top-link">Parduotuvės</a></li></ul></div><div class="flex-col flex-right">'
            '<ul class="header-nav"><li class="cart-item has-icon"><a href="https://garunamai.lt/krepselis/" class='
            '"header-cart-link"><span class="cart-price"><span class="woocommerce-Price-amount amount">0,00&nbsp;'
            '<span class="woocommerce-Price-currencySymbol">&euro;</span></span></span></a></li></ul></div></div>'
            '</div></div></header>\n'
            '<main id="main" class="">\n<div id="content" class="content-area page-wrapper" role="main">\n'
            '<div class="row row-main"><div class="large-12 col"><div class="col-inner">\n'
            '<h1 class="entry-title mb uppercase">%s</h1>\n<div class="entry-content">\n%s\n%s\n</div>\n'
            '</div></div></div>\n</div>\n</main>\n'
            '<footer id="footer" class="footer-wrapper"><div class="absolute-footer dark medium-text-center '
            'small-text-center"><div class="container clearfix"><div class="footer-primary pull-left"><div class='
            '"copyright-footer">© %d UAB „Garų namai“. Prekės skirtos tik pilnamečiams.</div></div></div></div>'
            '</footer>\n</div>\n'
            '<div class="age-gate-wrapper" data-age-gate><form class="age-gate-form" method="post"><h2 class="age-'
            'gate-heading">Ar jums jau yra 18 metų?</h2><input type="hidden" name="age_gate[nonce]" value="%s" />'
            '<button type="submit" name="age_gate[confirm]" value="1" class="age-gate-submit-yes">Taip</button>'
            '<button type="submit" name="age_gate[confirm]" value="0" class="age-gate-submit-no">Ne</button></form>'
            '</div>\n<script src="https://garunamai.lt/wp-content/themes/flatsome/assets/js/flatsome.js?ver=%s" '
            'id="flatsome-js-js"></script>\n</body>\n</html>\n'
            '<!-- This website is like a Rocket, isn\'t it? Performance optimized by WP Rocket. Learn more: '
            'https://wp-rocket.me - Debug: cached@%d -->\n'
            % (15 + int(ver[0], 16) // 6, int(ver[1], 16) % 4, ver[2:8], hsh, hsh, n1, C.esc(SALE[s["sale"]]),
               C.inline_html(title[1]), body, pv, when.year, n2, ver[:8], s["rocket"]))


PAGE = {
    "service": "Garų Namai", "url": URL, "lang": "lt-LT", "platform": "WordPress + WooCommerce + Flatsome",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 3, 1), "end": dt.date(2026, 5, 15), "hours": (0, 6, 12, 18),
    "policy": POLICY, "first_updated": dt.date(2021, 5, 25), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#content .col-inner"], "remove": [".post-views"]},
}
