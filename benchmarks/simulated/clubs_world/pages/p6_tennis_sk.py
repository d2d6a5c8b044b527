"""TK Dunaj Bratislava - sk tennis club (courts, tennis school, tournaments) - Drupal 9 with the Olivero theme,
upgraded to Drupal 10 in June 2024 (new CSS/JS aggregate URLs); the core Statistics module shows the node's view
count in the node links inside the selected article."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ckit as K  # noqa: E402
from ckit import C  # noqa: E402

URL = "https://www.tkdunaj.sk/ochrana-osobnych-udajov"
D10 = dt.datetime(2024, 6, 18, 20, 0)


def fmt_date(d):
    return "%d. %s %d" % (d.day, K.MONTHS["sk"][d.month - 1], d.year)


POLICY = """
Účinné od: {UPDATED}

Tenisový klub Dunaj Bratislava, občianske združenie (ďalej len „klub“), spracúva osobné údaje svojich členov, hráčov, rodičov detí v tenisovej škole, zákazníkov rezervácie kurtov a návštevníkov webovej stránky v súlade s nariadením Európskeho parlamentu a Rady (EÚ) 2016/679 (GDPR) a zákonom č. 18/2018 Z. z. o ochrane osobných údajov.

## Prevádzkovateľ

@ Tenisový klub Dunaj Bratislava
@ Nábrežie arm. gen. L. Svobodu 5, 811 02 Bratislava
@ IČO: 30 812 447
@ E-mail: [gdpr@tkdunaj.sk](mailto:gdpr@tkdunaj.sk)

Klub určil zodpovednú osobu, ktorou je Mgr. Peter Kováčik, kontakt: [zodpovedna.osoba@tkdunaj.sk](mailto:zodpovedna.osoba@tkdunaj.sk).

## Aké osobné údaje spracúvame

- meno, priezvisko, titul a dátum narodenia;
- adresa trvalého pobytu a číslo občianskeho preukazu;
- telefónne číslo a e-mailová adresa;
- údaje o členstve, zaplatených členských príspevkoch a rezerváciách kurtov;
- výsledky zápasov a rebríčkové postavenie hráčov;
- záznamy z kamerového systému v areáli klubu.

## Účely a právne základy spracúvania

Osobné údaje členov spracúvame na účely vedenia evidencie členov a registrácie hráčov v Slovenskom tenisovom zväze, čo nám ukladá zákon č. 440/2015 Z. z. o športe. Údaje zákazníkov spracúvame na plnenie zmluvy o prenájme kurtu alebo o tréningoch v tenisovej škole. Na zasielanie noviniek o turnajoch a akciách klubu potrebujeme váš súhlas. Kamerový systém prevádzkujeme na základe oprávneného záujmu na ochrane majetku a bezpečnosti osôb.

## Príjemcovia

Osobné údaje poskytujeme Slovenskému tenisovému zväzu a orgánom verejnej moci, ak to vyžaduje zákon. Ďalej využívame týchto sprostredkovateľov:

| Sprostredkovateľ | Činnosť |
| WebSupport s.r.o. | hosting webovej stránky |
| Tatra banka, a.s. | platobná brána |
| MailerLite Limited | rozosielanie noviniek |

## Doba uchovávania

Údaje o členoch uchovávame počas trvania členstva a 3 roky po jeho skončení. Účtovné doklady uchovávame 10 rokov podľa zákona o účtovníctve. Záznamy z kamerového systému sa automaticky vymazávajú po 15 dňoch.

## Deti

Deti do 16 rokov prihlasuje do tenisovej školy a na turnaje ich zákonný zástupca, ktorý poskytuje aj všetky potrebné súhlasy. Tréneri majú prístup len k údajom, ktoré potrebujú na organizáciu tréningov a zápasov, najmä k menu, ročníku narodenia a kontaktu na rodiča.

## Súbory cookie

Naša webová stránka používa nevyhnutné súbory cookie, ktoré zabezpečujú jej správne fungovanie, a so súhlasom aj analytické súbory cookie služby Google Analytics, ktoré nám pomáhajú zistiť, ktoré stránky sú najnavštevovanejšie. Súhlas môžete kedykoľvek zmeniť v nastaveniach cookie v päte stránky.

## Bezpečnosť osobných údajov

Prijali sme primerané technické a organizačné opatrenia na ochranu osobných údajov pred náhodným alebo nezákonným zničením, stratou, zmenou a neoprávneným prístupom. K evidencii členov majú prístup len poverení členovia výboru klubu a tréneri, ktorí sú viazaní mlčanlivosťou. Osobné údaje neprenášame do tretích krajín mimo Európskej únie a nepoužívame ich na automatizované rozhodovanie ani profilovanie. Platobné údaje pri platbe kartou spracúva výlučne banka prevádzkujúca platobnú bránu, klub k nim nemá prístup.

## Vaše práva

Máte právo na prístup k osobným údajom, na ich opravu, vymazanie, obmedzenie spracúvania, prenosnosť a právo namietať. Súhlas môžete kedykoľvek odvolať. Ak sa domnievate, že spracúvanie vašich údajov je v rozpore s predpismi, môžete podať návrh na začatie konania [Úradu na ochranu osobných údajov Slovenskej republiky](https://dataprotection.gov.sk).

## Zmeny týchto podmienok

Tieto podmienky ochrany osobných údajov môžeme priebežne aktualizovať. Aktuálne znenie je vždy zverejnené na tejto stránke a o podstatných zmenách budeme členov informovať e-mailom.
"""

EDITS = [
    {"note": "processor table: new row (Reservanto, online court reservations)",
     "repl": [("| Tatra banka, a.s. | platobná brána |",
               "| Tatra banka, a.s. | platobná brána |\n| Reservanto s.r.o. | online rezervačný systém kurtov |")]},
    {"note": "list item changed: ID card number no longer collected (address kept)",
     "repl": [("- adresa trvalého pobytu a číslo občianskeho preukazu;", "- adresa trvalého pobytu;")]},
    {"note": "data protection officer changed (Mgr. Peter Kováčik -> JUDr. Lucia Hrušovská)",
     "repl": [("ktorou je Mgr. Peter Kováčik, kontakt:", "ktorou je JUDr. Lucia Hrušovská, kontakt:")]},
    {"note": "new paragraph: publication of tournament results and photos of junior players",
     "repl": [("Kamerový systém prevádzkujeme na základe oprávneného záujmu na ochrane majetku a bezpečnosti osôb.",
               "Kamerový systém prevádzkujeme na základe oprávneného záujmu na ochrane majetku a bezpečnosti osôb."
               "\n\nVýsledky turnajov, ktoré klub organizuje, zverejňujeme na webovej stránke a v systéme Slovenského"
               " tenisového zväzu v rozsahu meno, priezvisko, ročník narodenia a klub. Fotografie hráčov mladších"
               " ako 16 rokov zverejňujeme len so súhlasom zákonného zástupcu.")]},
    {"note": "CCTV retention shortened from 15 to 7 days",
     "repl": [("sa automaticky vymazávajú po 15 dňoch.", "sa automaticky vymazávajú po 7 dňoch.")]},
]

NEWS = ["Jarná liga družstiev štartuje", "Letný tenisový kemp pre deti", "Klubový turnaj štvorhier",
        "Výsledky majstrovstiev kraja dorastu", "Otvorenie antukových kurtov", "Zimná hala: nová sezóna",
        "Tréneri tenisovej školy 2025", "Prestavba šatní je hotová"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    base = 4200 + (when - dt.datetime(2022, 1, 1)).days * 3
    s["views"] = base + rng.randint(0, 80)
    s["form"] = C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    s["agg"] = K.deploy(rng, prev.get("agg"), 0.3, lambda: (C.alnum(rng, 43), C.alnum(rng, 43), C.hexs(rng, 6)))
    s["courts"] = tuple(sorted(rng.sample(range(7, 21), rng.randint(0, 5))))
    s["news"] = C.keep_or(rng, prev.get("news"), 0.5, lambda: tuple(rng.sample(range(len(NEWS)), 3)))
    return s


LABELS = {"views": "Statistics module view counter in node links (INSIDE article, removed)",
          "form": "search block form_build_id", "agg": "CSS/JS aggregate hashes and ajaxPageState libraries",
          "courts": "'Voľné kurty dnes' block (free court slots from the reservation system)",
          "news": "'Aktuality' views block", "core": "Drupal core major (9 -> 10 in June 2024)"}


def render(s, blocks, when):
    css, js, lib = s["agg"]
    s["core"] = "10" if when >= D10 else "9"
    if s["core"] == "10":
        css_url = ("/sites/default/files/css/css_%s.css?delta=0&amp;language=sk&amp;theme=olivero&amp;include=eJxdj%s"
                   % (css, lib))
        js_url = "/sites/default/files/js/js_%s.js?scope=footer&amp;delta=0&amp;language=sk&amp;theme=olivero" % js
    else:
        css_url = "/sites/default/files/css/css_%s.css" % css
        js_url = "/sites/default/files/js/js_%s.js" % js
    settings = json.dumps({"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": "node/12",
                                    "currentLanguage": "sk"},
                           "pluralDelimiter": "\u0003", "ajaxPageState": {"libraries": "eJx1j%s" % lib,
                                                                           "theme": "olivero"},
                           "user": {"uid": 0, "permissionsHash": C.det_sha("perm", lib)}})
    t, _ = K.local(when, "sk")
    if s["courts"] and 6 <= t.hour < 20:
        courts = "".join("<li>Kurt %d – %d:00</li>" % (1 + h % 6, h) for h in s["courts"] if h > t.hour)
        courts = "<ul>%s</ul>" % courts if courts else "<p>Dnes už nie sú voľné kurty.</p>"
    else:
        courts = "<p>Dnes už nie sú voľné kurty.</p>"
    news = "".join('<div class="views-row"><a href="/aktuality/%d">%s</a></div>' % (k + 100, C.esc(NEWS[k]))
                   for k in s["news"])
    body = C.render_blocks(blocks)
    gen = "Drupal 10 (https://www.drupal.org)" if s["core"] == "10" else "Drupal 9 (https://www.drupal.org)"
    return ('<!DOCTYPE html>\n<html lang="sk" dir="ltr" style="--color--primary-hue:120;--color--primary-satur'
            'ation:45%%;'
            '--color--primary-lightness:30">\n<head>\n<meta charset="utf-8" />\n'
            '<meta name="Generator" content="%s" />\n<meta name="MobileOptimized" content="width" />\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
            '<link rel="canonical" href="https://www.tkdunaj.sk/ochrana-osobnych-udajov" />\n'
            '<title>Ochrana osobných údajov | TK Dunaj Bratislava</title>\n'
            '<link rel="stylesheet" media="all" href="%s" />\n</head>\n'
            '<body class="path-node page-node-type-page">\n<a href="#main-content" class="visually-hidden focusable '
            'skip-link">Preskočiť na hlavný obsah</a>\n<div class="dialog-off-canvas-main-canvas" '
            'data-off-canvas-main-canvas>\n<div id="page-wrapper" class="page-wrapper"><div id="page">\n'
            '<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">'
            '<div class="site-header__fixable" data-drupal-selector="site-header-fixable"><div class="site-header__'
            'initial"><button class="sticky-header-toggle" aria-label="Sticky header"></button></div>'
            '<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__'
            'container"><div id="block-olivero-site-branding" class="site-branding"><div class="site-branding__'
            'inner"><a href="/" rel="home" class="site-branding__logo"><img src="/sites/default/files/logo-tkd.png" '
            'alt="Domov" /></a><div class="site-branding__text"><div class="site-branding__name"><a href="/" '
            'rel="home">TK Dunaj Bratislava</a></div></div></div></div><div class="header-nav-overlay" data-drupal-'
            'selector="header-nav-overlay"></div><div class="mobile-buttons"></div><div id="header-nav" '
            'class="header-nav"><div class="search-block-form block block-search-narrow" data-drupal-selector='
            '"search-block-form" id="block-olivero-search-form-narrow" role="search"><div class="content"><form '
            'action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form '
            'search-block-form"><div class="js-form-item form-item"><label for="edit-keys" class="form-item__label '
            'visually-hidden">Hľadať</label><input title="Zadajte hľadané výrazy." data-drupal-selector="edit-keys" '
            'type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search '
            'form-element form-element--type-search form-element--api-search" /></div><input autocomplete="off" '
            'data-drupal-selector="form-%s" type="hidden" name="form_build_id" value="form-%s" /><div '
            'data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">'
            '<input class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-'
            'selector="edit-submit" type="submit" id="edit-submit" value="Hľadať" /></div></form></div></div>'
            '<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" '
            'aria-labelledby="block-olivero-main-menu-menu" role="navigation"><ul class="menu primary-nav__menu '
            'primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1"><li class="primary-nav__'
            'menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/klub" class="primary-'
            'nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1">Klub</a></li><li class="'
            'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/'
            'rezervacia" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1">'
            'Rezervácia kurtov</a></li><li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__'
            'menu-item--level-1"><a href="/tenisova-skola" class="primary-nav__menu-link primary-nav__menu-link--link'
            ' primary-nav__menu-link--level-1">Tenisová škola</a></li></ul></nav></div></div></div></div></header>\n'
            '<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main">'
            '<div class="main-content"><a id="main-content" tabindex="-1"></a><div class="main-content__container '
            'container">\n<div class="region region--highlighted grid-full layout--pass--content-medium"><div '
            'data-drupal-messages-fallback class="hidden messages-list"></div></div>\n'
            '<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-'
            'page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class='
            '"field field--name-title field--type-string field--label-hidden">Ochrana osobných údajov</span></h1>'
            '</div></div>\n<main role="main" class="site-main"><div class="region region--content grid-full layout--'
            'pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system block-'
            'system-main-block"><div class="block__content">\n'
            '<article data-history-node-id="12" class="node node--type-page node--view-mode-full">\n'
            '  <div class="node__content">\n    <div class="text-content clearfix field field--name-body field--type-'
            'text-with-summary field--label-hidden field__item">%s</div>\n  </div>\n'
            '  <div class="node__links"><ul class="links inline"><li class="statistics-counter">%s zobrazení</li></ul>'
            '</div>\n</article>\n</div></div></div></main>\n'
            '<div class="region region--sidebar"><div class="views-element-container block block-views '
            'block-views-blockrezervacie-block-1" id="block-volne-kurty"><h2 class="block__title">Voľné kurty dnes'
            '</h2><div class="block__content">%s</div></div><div class="views-element-container block block-views '
            'block-views-blockaktuality-block-1"><h2 class="block__title">Aktuality</h2><div class="block__content">'
            '<div class="view-content">%s</div></div></div></div>\n'
            '</div></div></div></div>\n<footer class="site-footer"><div class="site-footer__inner container">'
            '<div class="region region--footer-bottom grid-full layout--pass--content-medium"><div class="block '
            'block-block-content"><p>© %d TK Dunaj Bratislava · <a href="/ochrana-osobnych-udajov">Ochrana '
            'osobných údajov</a></p></div></div></div></footer>\n</div></div>\n</div>\n'
            '<script type="application/json" data-drupal-selector="drupal-settings-json">%s</script>\n'
            '<script src="%s"></script>\n</body>\n</html>\n'
            % (gen, css_url, s["form"], s["form"], body, C.group_digits(s["views"], "\u00a0"), courts, news,
               when.year, settings, js_url))


PAGE = {
    "service": "TK Dunaj Bratislava", "url": URL, "lang": "sk-SK", "platform": "Drupal 9/10 (Olivero)",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 4, 1), "end": dt.date(2026, 3, 1), "hours": (5, 17),
    "policy": POLICY, "first_updated": dt.date(2022, 1, 15), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article.node--type-page"], "remove": [".node__links"]},
}
