"""VodoTop Expres - sk plumbing and heating (Bratislava) - WordPress + Elementor on Astra, WP Rocket, Complianz."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tkit as K  # noqa: E402
from tkit import C  # noqa: E402

URL = "https://www.vodotop-expres.sk/ochrana-osobnych-udajov/"
MONTHS = ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra",
          "novembra", "decembra"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
# Ochrana osobných údajov

Posledná aktualizácia: {UPDATED}

Spoločnosť VodoTop Expres s.r.o. poskytuje inštalatérske, kúrenárske a havarijné služby v Bratislave a okolí. V tomto dokumente vysvetľujeme, ako spracúvame osobné údaje zákazníkov, ktorí si u nás objednajú opravu, montáž alebo servis, a návštevníkov našej webovej stránky, v súlade s nariadením (EÚ) 2016/679 (GDPR) a zákonom č. 18/2018 Z. z. o ochrane osobných údajov.

## Prevádzkovateľ

@ VodoTop Expres s.r.o.
@ Vajnorská 98, 831 04 Bratislava
@ IČO: 47 812 563, zapísaná v Obchodnom registri Mestského súdu Bratislava III, oddiel Sro, vložka č. 98765/B
@ E-mail: [gdpr@vodotop-expres.sk](mailto:gdpr@vodotop-expres.sk), telefón: +421 2 4463 1180

## Aké údaje spracúvame

- identifikačné a kontaktné údaje: meno, priezvisko, telefónne číslo, e-mailová adresa;
- adresa miesta zásahu a údaje potrebné na prístup do objektu (poschodie, kód vchodu);
- popis poruchy a fotografie, ktoré nám pošlete;
- fakturačné údaje vrátane IČO a DIČ, ak objednávate ako firma;
- záznamy hovorov na havarijnej linke;
- technické údaje o návšteve webovej stránky (IP adresa, súbory cookie) podľa vášho súhlasu.

## Účely a právne základy spracúvania

Údaje spracúvame na vybavenie objednávky a vykonanie zásahu (plnenie zmluvy), na vystavenie faktúry a vedenie účtovníctva (zákonná povinnosť), na vybavenie reklamácií a uplatnenie záruky (oprávnený záujem) a na zasielanie ponúk pravidelného servisu kotlov, ak ste nám na to dali súhlas. Hovory na havarijnej linke nahrávame z dôvodu oprávneného záujmu na preukázaní obsahu objednávky; o nahrávaní vás informujeme na začiatku hovoru.

## Príjemcovia

Údaje sprístupňujeme len v nevyhnutnom rozsahu týmto príjemcom:

| Príjemca | Účel | Krajina |
| Websupport s.r.o. | hosting webovej stránky a e-mailov | Slovensko |
| KROS a.s. | fakturácia a účtovníctvo | Slovensko |
| Daktela s.r.o. | telefónna ústredňa a nahrávanie hovorov | Česko |
| Google Ireland Limited | mapy a analytika návštevnosti | Írsko |

Externým technikom, ktorí pre nás vykonávajú zásahy, odovzdávame len adresu zásahu, meno a telefónne číslo. Údaje môžeme poskytnúť aj orgánom verejnej moci, ak nám to ukladá zákon.

## Doba uchovávania

Údaje o objednávke uchovávame 4 roky od vykonania zásahu, účtovné doklady 10 rokov. Záznamy hovorov mažeme po 6 mesiacoch. Súhlas so zasielaním ponúk platí do jeho odvolania.

## Vaše práva

Máte právo na prístup k údajom, ich opravu, vymazanie, obmedzenie spracúvania a prenosnosť, právo namietať proti spracúvaniu na základe oprávneného záujmu a právo kedykoľvek odvolať súhlas. Sťažnosť môžete podať na Úrad na ochranu osobných údajov Slovenskej republiky, Hraničná 12, 820 07 Bratislava.

## Súbory cookie

Nevyhnutné súbory cookie používame vždy. Analytické a marketingové súbory cookie ukladáme len s vaším súhlasom, ktorý môžete kedykoľvek zmeniť v nastaveniach súborov cookie v päte stránky.
"""

EDITS = [
    {"note": "recipients table: new row (Pipedrive CRM for order handling)",
     "repl": [("| Daktela s.r.o. | telefónna ústredňa a nahrávanie hovorov | Česko |",
               "| Daktela s.r.o. | telefónna ústredňa a nahrávanie hovorov | Česko |\n"
               "| Pipedrive OÜ | evidencia objednávok a plánovanie zásahov | Estónsko |")]},
    {"note": "call recordings retention 6 -> 3 months", "repl": [("po 6 mesiacoch", "po 3 mesiacoch")]},
    {"note": "controller address moved (Vajnorská 98 -> Stará Vajnorská 37)",
     "repl": [("@ Vajnorská 98, 831 04 Bratislava", "@ Stará Vajnorská 37, 831 04 Bratislava")]},
    {"note": "typo fixed without new date (odvolať súhlas -> odvolať svoj súhlas)", "bump": False,
     "repl": [("kedykoľvek odvolať súhlas.", "kedykoľvek odvolať svoj súhlas.")]},
    {"note": "new list item: GPS location of the technician's vehicle",
     "repl": [("- záznamy hovorov na havarijnej linke;",
               "- záznamy hovorov na havarijnej linke;\n- poloha vozidla technika počas cesty k vám, ak sledujete "
               "príchod technika cez SMS odkaz;")]},
    {"note": "KROS replaced by SuperFaktúra; phone number changed",
     "repl": [("| KROS a.s. | fakturácia a účtovníctvo | Slovensko |",
               "| 2day s.r.o. (SuperFaktúra) | fakturácia a účtovníctvo | Slovensko |"),
              ("telefón: +421 2 4463 1180", "telefón: +421 2 2092 4411")]},
]

POSTS = ["Ako odvzdušniť radiátor pred zimou", "Kvapkajúca batéria: oprava alebo výmena?",
         "Kondenzačný kotol a dotácia Obnov dom", "Upchatý odpad: čo nerobiť", "Revízia plynu: kedy je povinná",
         "Tepelné čerpadlo v starom dome", "Zamrznuté potrubie – prvá pomoc"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"nonces": (C.hexs(rng, 10), C.hexs(rng, 10), C.hexs(rng, 10))}
    s["rocket"] = (when - dt.timedelta(minutes=rng.randint(3, 900))).strftime("%d %B %Y @ %H:%M:%S")
    s["posts"] = C.keep_or(rng, prev.get("posts"), 0.4, lambda: tuple(rng.sample(range(len(POSTS)), 3)))
    s["ver"] = (K.deploy_hash("elementor", when, 5, 6), K.deploy_hash("astra", when, 7, 6))
    s["bar"] = K.season(when, [((10, 11, 12, 1, 2), "winter"), ((5, 6, 7, 8), "summer")]) or "none"
    return s


LABELS = {"nonces": "WP REST / Elementor / WPForms nonces", "rocket": "WP Rocket cache timestamp comment",
          "posts": "footer 'Z blogu' latest posts", "ver": "plugin/theme ?ver= asset versions",
          "bar": "seasonal top bar promotion"}

BAR = {"winter": "Servis plynového kotla pred zimou so zľavou 15 % – objednajte sa do konca novembra.",
       "summer": "Leto bez starostí: montáž klimatizácie do 10 pracovných dní.",
       "none": "Havarijná služba 24/7: 0905 112 233"}


def render(s, blocks, when):
    n1, n2, n3 = s["nonces"]
    ev, av = s["ver"]
    body = C.render_blocks(blocks)
    posts = "".join('<li><a href="/blog/%d/">%s</a></li>' % (k + 100, C.esc(POSTS[k])) for k in s["posts"])
    return (
        '<!DOCTYPE html>\n<html lang="sk-SK">\n<head>\n<meta charset="UTF-8">\n'
        '<title>Ochrana osobných údajov - VodoTop Expres</title>\n'
        '<link rel="stylesheet" id="astra-theme-css-css" href="https://www.vodotop-expres.sk/wp-content/themes/astra/'
        'assets/css/minified/main.min.css?ver=4.%d.%d" media="all">\n'
        '<link rel="stylesheet" id="elementor-frontend-css" href="https://www.vodotop-expres.sk/wp-content/plugins/'
        'elementor/assets/css/frontend.min.css?ver=3.%d.%d" media="all">\n'
        '<script id="wp-api-request-js-extra">var wpApiSettings = {"root":"https:\\/\\/www.vodotop-expres.sk\\/'
        'wp-json\\/","nonce":"%s","versionString":"wp\\/v2\\/"};</script>\n'
        '</head>\n<body class="privacy-policy page-template-default page page-id-3 wp-custom-logo ast-page-builder-'
        'template ast-no-sidebar elementor-default elementor-kit-6 elementor-page elementor-page-3">\n'
        '<div class="elementor-element top-bar"><p>%s</p></div>\n'
        '<div class="hfeed site" id="page"><header class="site-header ast-primary-submenu-animation-fade header-main-'
        'layout-1" id="masthead"><div class="ast-container"><div class="site-branding"><a href="/" class="custom-logo-'
        'link"><img src="/wp-content/uploads/2021/03/vodotop-logo.svg" alt="VodoTop Expres"></a></div>'
        '<nav class="main-header-bar-navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-'
        'menu"><li class="menu-item"><a href="/instalaterske-prace/" class="menu-link">Inštalatérske práce</a></li>'
        '<li class="menu-item"><a href="/kurenie-a-kotly/" class="menu-link">Kúrenie a kotly</a></li>'
        '<li class="menu-item"><a href="/havarijna-sluzba/" class="menu-link">Havarijná služba</a></li>'
        '<li class="menu-item"><a href="/cennik/" class="menu-link">Cenník</a></li><li class="menu-item"><a href="/'
        'kontakt/" class="menu-link">Kontakt</a></li></ul></nav></div></header>\n'
        '<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area '
        'primary"><main id="main" class="site-main"><article class="post-3 page type-page status-publish ast-article-'
        'single" id="post-3"><div class="entry-content clear" itemprop="text">'
        '<div data-elementor-type="wp-page" data-elementor-id="3" class="elementor elementor-3">'
        '<section class="elementor-section elementor-top-section elementor-element elementor-element-1f2b3c4 '
        'elementor-section-boxed" data-id="1f2b3c4" data-element_type="section"><div class="elementor-container '
        'elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-'
        'element elementor-element-8d7e6f5" data-id="8d7e6f5" data-element_type="column"><div class="elementor-widget-'
        'wrap elementor-element-populated">'
        '<div class="elementor-element elementor-element-5c1e9a2 elementor-widget elementor-widget-text-editor" '
        'data-id="5c1e9a2" data-element_type="widget" data-widget_type="text-editor.default">'
        '<div class="elementor-widget-container">\n%s\n</div></div>'
        '<div class="elementor-element elementor-element-9a8b7c6 elementor-widget elementor-widget-wpforms" '
        'data-id="9a8b7c6" data-element_type="widget"><div class="elementor-widget-container"><div class="wpforms-'
        'container" id="wpforms-412"><form id="wpforms-form-412" class="wpforms-validate wpforms-form" method="post" '
        'data-token="%s"><label>Otázka k ochrane údajov</label><textarea name="wpforms[fields][2]"></textarea>'
        '<button type="submit" class="wpforms-submit">Odoslať</button></form></div></div></div>'
        '</div></div></div></section></div></div></article></main></div></div></div>\n'
        '<footer class="site-footer" id="colophon"><div class="footer-widget-area"><section class="widget widget_'
        'recent_entries"><h2 class="widget-title">Z blogu</h2><ul>%s</ul></section><section class="widget"><p>'
        'VodoTop Expres s.r.o. · <a href="/ochrana-osobnych-udajov/">Ochrana osobných údajov</a> · <a href="#" '
        'class="cmplz-show-banner">Nastavenia cookies</a></p></section></div></footer></div>\n'
        '<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin">'
        '<div class="cmplz-message"><p>Na zlepšenie služieb používame súbory cookie.</p></div><button class="cmplz-'
        'btn cmplz-accept">Prijať</button><button class="cmplz-btn cmplz-deny">Odmietnuť</button></div></div>\n'
        '<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false,'
        '"wpPreview":false,"isScriptDebug":false},"version":"3.%d.%d","urls":{"assets":"https:\\/\\/www.vodotop-'
        'expres.sk\\/wp-content\\/plugins\\/elementor\\/assets\\/"},"post":{"id":3,"title":"Ochrana osobných '
        'údajov","excerpt":""},"nonce":"%s"};</script>\n'
        '</body>\n</html>\n<!-- This website is like a Rocket, isn\'t it? Performance optimized by WP Rocket. '
        'Learn more: https://wp-rocket.me - Debug: cached@%s -->\n'
        % (int(av[:2], 16) % 9, int(av[2:4], 16) % 10, int(ev[:2], 16) % 25, int(ev[2:4], 16) % 6, n1,
           C.esc(BAR[s["bar"]]), body, n3, posts, int(ev[:2], 16) % 25, int(ev[2:4], 16) % 6, n2, s["rocket"]))


PAGE = {
    "service": "VodoTop Expres", "url": URL, "lang": "sk-SK", "platform": "WordPress + Elementor (Astra), WP Rocket",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 1, 12), "end": dt.date(2026, 4, 20), "hours": (1, 9, 17),
    "policy": POLICY, "first_updated": dt.date(2021, 9, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ['[data-id="5c1e9a2"]']},
}
