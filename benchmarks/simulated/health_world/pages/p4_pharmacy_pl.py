"""Apteka Pod Lipą (online pharmacy shop) - pl-PL - Shopify, Dawn theme. The policy is Shopify's own
/policies/privacy-policy page (shopify-policy__container, title and .rte body, a recipients table). Noise: the
store owner's re-pastes leave <meta charset> and <span data-mce-fragment> debris inside the body; announcement
bar with the free-delivery threshold and season; a "Polecane" bestseller strip with prices and EU Omnibus
"lowest price in 30 days" lines; analytics meta with a per-request requestId, theme ids and asset ?v= stamps;
Dawn upgrades publish a new theme (new /t/NN/ asset path, new header markup) twice."""
import datetime as dt
import html
import json

import common as C

URL = "https://sklep.aptekapodlipa.pl/policies/privacy-policy"
MIES = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
        "października", "listopada", "grudnia"]


def fmt_date(d):
    return "%d %s %d r." % (d.day, MIES[d.month - 1], d.year)


POLICY = """
# Polityka prywatności

Data ostatniej aktualizacji: {UPDATED}

Administratorem Twoich danych osobowych jest Apteka Pod Lipą sp. z o.o. z siedzibą w Poznaniu, ul. Głogowska 112, 60-243 Poznań, KRS 0000712345, NIP 7792489312 (dalej: „Apteka”). Z inspektorem ochrony danych możesz się skontaktować pod adresem [iod@aptekapodlipa.pl](mailto:iod@aptekapodlipa.pl).

## Jakie dane przetwarzamy

Przetwarzamy dane podane w formularzu zamówienia (imię, nazwisko, adres dostawy, adres e-mail, numer telefonu), dane o zamówionych produktach oraz – jeżeli korzystasz z porady farmaceuty – informacje o Twoim stanie zdrowia, które nam przekażesz.

## Cele i podstawy przetwarzania

- realizacja zamówień i umowy sprzedaży (art. 6 ust. 1 lit. b RODO);
- prowadzenie dokumentacji wymaganej przez Prawo farmaceutyczne (art. 6 ust. 1 lit. c RODO);
- udzielanie porad farmaceutycznych (art. 9 ust. 2 lit. h RODO);
- marketing własnych produktów, w tym newsletter – na podstawie Twojej zgody (art. 6 ust. 1 lit. a RODO).

## Odbiorcy danych

Twoje dane przekazujemy wyłącznie podmiotom, które pomagają nam realizować zamówienia:

| Odbiorca | Cel przekazania |
| Shopify International Ltd. | obsługa sklepu internetowego |
| InPost sp. z o.o. | dostawa do Paczkomatów |
| PayU S.A. | obsługa płatności |

## Okres przechowywania

Dane związane z zamówieniami przechowujemy przez 5 lat od końca roku, w którym dokonano zakupu. Dane przetwarzane na podstawie zgody przechowujemy do czasu jej wycofania.

## Twoje prawa

Masz prawo dostępu do danych, ich sprostowania, usunięcia, ograniczenia przetwarzania, przenoszenia oraz wniesienia sprzeciwu. Przysługuje Ci również prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.

## Pliki cookies

Sklep korzysta z plików cookies. Szczegóły znajdziesz w [Polityce cookies](/pages/polityka-cookies).
"""

EDITS = [
    {"note": "recipients table: row added for DPD Polska (courier delivery)",
     "repl": [("| InPost sp. z o.o. | dostawa do Paczkomatów |",
               "| InPost sp. z o.o. | dostawa do Paczkomatów |\n| DPD Polska sp. z o.o. | dostawa kurierska |")]},
    {"note": "order-data retention changed from 5 to 6 years",
     "repl": [("przechowujemy przez 5 lat od końca roku", "przechowujemy przez 6 lat od końca roku")]},
    {"note": "complaint sentence gains the UODO postal address (silent, date not bumped)", "bump": False,
     "repl": [("Prezesa Urzędu Ochrony Danych Osobowych.", "Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 Warszawa).")]},
    {"note": "new section on online pharmacist consultations (video, notes kept 5 years)",
     "repl": [("## Okres przechowywania", "## Konsultacje z farmaceutą online\n\nJeżeli umówisz się na konsultację wideo z farmaceutą, przetwarzamy Twoje dane kontaktowe oraz informacje o stosowanych lekach. Konsultacje nie są nagrywane, a notatka farmaceuty jest przechowywana przez 5 lat.\n\n## Okres przechowywania")]},
    {"note": "data protection officer contact address changed",
     "repl": [("[iod@aptekapodlipa.pl](mailto:iod@aptekapodlipa.pl)", "[ochrona.danych@aptekapodlipa.pl](mailto:ochrona.danych@aptekapodlipa.pl)")]},
]

PRODUCTS = [("Witamina D3 2000 j.m., 120 kapsułek", 24.99, 19.99), ("Krem z filtrem SPF 50+, 50 ml", 59.99, 44.99),
            ("Probiotyk dla dorosłych, 30 kapsułek", 39.90, 31.90), ("Magnez + B6, 100 tabletek", 17.49, 12.99),
            ("Termometr bezdotykowy", 129.00, 99.00), ("Elektrolity w saszetkach, 10 szt.", 21.99, 17.59),
            ("Kwas foliowy 400 µg, 90 tabletek", 14.99, 11.49), ("Żel na komary dla dzieci, 75 ml", 27.99, 22.39)]
THEMES = [(dt.datetime(2021, 1, 1), 23, "7.0.1", 132456789012), (dt.datetime(2022, 11, 8), 31, "7.0.1", 134998877001),
          (dt.datetime(2024, 5, 21), 38, "13.0.1", 139876543210)]


def _zl(x):
    return ("%.2f" % x).replace(".", ",") + "\u00a0zł"


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["request"] = "%s-%d" % (C.uuid4(rng), int(C.epoch(when)))
    s["theme"] = [t for t in THEMES if t[0] <= when][-1][1:]
    s["asset_v"] = C.keep_or(rng, prev.get("asset_v") if prev.get("theme") == s["theme"] else None, 0.3,
                             lambda: int(C.epoch(when)) - rng.randint(3600, 3600 * 24 * 30))
    summer = when.month in (6, 7, 8)
    s["announce"] = ("199" if when.year >= 2024 else "149", "summer" if summer else ("xmas" if when.month == 12 else "std"))
    s["strip"] = C.keep_or(rng, prev.get("strip"), 0.7, lambda: tuple(rng.sample(range(len(PRODUCTS)), 4)))
    s["mce"] = C.keep_or(rng, prev.get("mce"), 0.35, lambda: rng.random() < 0.5)
    s["city"] = C.keep_or(rng, prev.get("city"), 0.4, lambda: str(rng.randint(10 ** 17, 10 ** 18)))
    return s


LABELS = {
    "request": "Shopify analytics meta.page.requestId (per request)",
    "theme": "new Dawn theme published (asset path /t/NN/, schema version, header markup)",
    "asset_v": "theme asset ?v= stamps",
    "announce": "announcement bar (free-delivery threshold, seasonal message)",
    "strip": "'Polecane produkty' bestseller strip with prices and Omnibus lowest-price lines",
    "mce": "TinyMCE paste debris in the policy body (<meta charset>, <span data-mce-fragment>) after a re-save",
    "city": "trekkie themeCityHash",
}


def body_html(blocks, mce):
    def inl(t):
        return C.inline_html(t)
    out = []
    for n, (k, v) in enumerate(blocks):
        if k in ("h2", "h3"):
            out.append("<%s>%s</%s>" % (k, inl(v), k))
        elif k == "p":
            if mce and n == 0:
                out.append('<p><meta charset="utf-8"><span data-mce-fragment="1">%s</span></p>' % inl(v))
            elif mce and "RODO" not in v and len(v) > 120:
                out.append('<p><span data-mce-fragment="1">%s</span></p>' % inl(v))
            else:
                out.append("<p>%s</p>" % inl(v))
        elif k == "ul":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % inl(x) for x in v))
        elif k == "table":
            out.append('<table width="100%%"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>'
                       % ("".join("<th>%s</th>" % inl(c) for c in v[0]),
                          "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in v[1:])))
        else:
            raise ValueError(k)
    return "\n".join(out)


def render(s, blocks, when):
    tnum, schema, tid = s["theme"]
    v = s["asset_v"]
    cdn = "//sklep.aptekapodlipa.pl/cdn/shop/t/%d/assets" % tnum
    thr, season = s["announce"]
    ann = {"std": "Darmowa dostawa od %s zł" % thr, "summer": "Lato z filtrem – darmowa dostawa od %s zł" % thr,
           "xmas": "Zamówienia złożone do 20 grudnia dostarczymy przed świętami"}[season]
    cards = []
    for k in s["strip"]:
        name, old, new = PRODUCTS[k]
        cards.append('<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card card--standard card--media">'
                     '<div class="card__content"><h3 class="card__heading h5"><a href="/products/%s" class="full-unstyled-link">%s</a></h3>'
                     '<div class="price price--on-sale"><span class="price-item price-item--sale price-item--last">%s</span> '
                     '<s class="price-item price-item--regular">%s</s></div><p class="omnibus-price">Najniższa cena z 30 dni przed obniżką: %s</p></div></div></div></li>'
                     % (k + 100, html.escape(name), _zl(new), _zl(old), _zl(old)))
    strip = ('<div id="shopify-section-sections--%d__featured_collection" class="shopify-section shopify-section-group-footer-group section">'
             '<div class="color-background-1 gradient"><div class="collection section-sections--%d__featured_collection-padding page-width">'
             '<div class="title-wrapper-with-link"><h2 class="title inline-richtext h2">Polecane produkty</h2></div>'
             '<ul class="grid product-grid contains-card--product grid--4-col-desktop grid--2-col-tablet-down" role="list">%s</ul></div></div></div>'
             % (tid, tid, "".join(cards)))
    policy = ('<div class="shopify-policy__container">\n<div class="shopify-policy__title">\n<h1>%s</h1>\n</div>\n'
              '<div class="shopify-policy__body">\n<div class="rte">\n%s\n</div>\n</div>\n</div>'
              % (C.inline_html(blocks[0][1]), body_html(blocks[1:], s["mce"])))
    if schema.startswith("13"):
        header = ('<div id="shopify-section-sections--%d__header" class="shopify-section shopify-section-group-header-group section-header">'
                  '<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">'
                  '<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-social header--has-account">'
                  '<a href="/" class="header__heading-link link link--text focus-inset"><img src="%s/logo.png?v=%d" alt="Apteka Pod Lipą" width="180" height="48" class="header__heading-logo"></a>'
                  '<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list"><li><a href="/collections/leki-bez-recepty" class="header__menu-item list-menu__item link">Leki bez recepty</a></li>'
                  '<li><a href="/collections/suplementy" class="header__menu-item list-menu__item link">Suplementy</a></li><li><a href="/collections/dermokosmetyki" class="header__menu-item list-menu__item link">Dermokosmetyki</a></li>'
                  '<li><a href="/collections/mama-i-dziecko" class="header__menu-item list-menu__item link">Mama i dziecko</a></li><li><a href="/pages/konsultacje" class="header__menu-item list-menu__item link">Porada farmaceuty</a></li></ul></nav>'
                  '<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search" aria-haspopup="dialog" aria-label="Szukaj"></summary></details></details-modal>'
                  '<a href="/account/login" class="header__icon header__icon--account link focus-inset"><span class="visually-hidden">Zaloguj się</span></a>'
                  '<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Koszyk</span></a></div></header></sticky-header></div>' % (tid, cdn, v))
    else:
        header = ('<div id="shopify-section-header" class="shopify-section section-header"><sticky-header class="header-wrapper color-background-1 gradient header-wrapper--border-bottom">'
                  '<header class="header header--middle-left page-width header--has-menu"><h1 class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset">'
                  '<img srcset="%s/logo.png?v=%d 1x" src="%s/logo.png?v=%d" loading="lazy" class="header__heading-logo" width="180" height="48" alt="Apteka Pod Lipą"></a></h1>'
                  '<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list"><li><a href="/collections/leki-bez-recepty" class="header__menu-item header__menu-item list-menu__item link link--text focus-inset">Leki bez recepty</a></li>'
                  '<li><a href="/collections/suplementy" class="header__menu-item header__menu-item list-menu__item link link--text focus-inset">Suplementy</a></li><li><a href="/collections/dermokosmetyki" class="header__menu-item header__menu-item list-menu__item link link--text focus-inset">Dermokosmetyki</a></li></ul></nav>'
                  '<div class="header__icons"><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Koszyk</span></a></div></header></sticky-header></div>' % (cdn, v, cdn, v))
    meta = {"page": {"pageType": "policy", "requestId": s["request"]}}
    trekkie = {"Trekkie": {"appName": "storefront", "development": False, "defaultAttributes": {"shopId": 61234567890, "isMerchantRequest": None,
               "themeId": tid, "themeCityHash": s["city"], "contentLanguage": "pl", "currency": "PLN"}, "isServerSideCookieWritingEnabled": True,
               "monorailRegion": "shop_domain"}}
    features = {"accessToken": "3a7c9e1f5b2d4a6c8e0f1a3b5c7d9e2f", "betas": ["rich-media-storefront-analytics"], "domain": "sklep.aptekapodlipa.pl",
                "predictiveSearch": True, "shopId": 61234567890, "locale": "pl"}
    return ('<!doctype html>\n<html class="no-js" lang="pl">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
            '<meta name="viewport" content="width=device-width,initial-scale=1">\n<meta name="theme-color" content="">\n'
            '<link rel="canonical" href="%s">\n<title>\nPolityka prywatności\n&ndash; Apteka Pod Lipą</title>\n'
            '<meta name="description" content="Polityka prywatności Apteka Pod Lipą">\n'
            '<script src="%s/constants.js?v=%d" defer="defer"></script>\n<script src="%s/global.js?v=%d" defer="defer"></script>\n'
            '<script>window.performance && window.performance.mark && window.performance.mark(\'shopify.content_for_header.start\');</script>'
            '<meta name="shopify-checkout-api-token" content="0f8e7d6c5b4a39281706f5e4d3c2b1a0">\n<meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/61234567890/digital_wallets/dialog">\n'
            '<script id="shopify-features" type="application/json">%s</script>\n'
            '<script>var Shopify = Shopify || {};\nShopify.shop = "apteka-pod-lipa.myshopify.com";\nShopify.locale = "pl";\nShopify.currency = {"active":"PLN","rate":"1.0"};\n'
            'Shopify.country = "PL";\nShopify.theme = {"name":"Dawn","id":%d,"schema_name":"Dawn","schema_version":"%s","theme_store_id":887,"role":"main"};\n'
            'Shopify.theme.handle = "null";\nShopify.theme.style = {"id":null,"handle":null};\nShopify.cdnHost = "sklep.aptekapodlipa.pl/cdn";\nShopify.routes = Shopify.routes || {};\nShopify.routes.root = "/";</script>\n'
            '<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};\nwindow.ShopifyAnalytics.meta = window.ShopifyAnalytics.meta || {};\nwindow.ShopifyAnalytics.meta.currency = \'PLN\';\nvar meta = %s;\n'
            'for (var attr in meta) {\n  window.ShopifyAnalytics.meta[attr] = meta[attr];\n}</script>\n'
            '<script class="analytics">(function () {var customDocumentWrite = function(content) {};var trekkie = window.ShopifyAnalytics.lib = window.trekkie = window.trekkie || [];'
            'trekkie.integrations = true;var config = %s;})();</script>\n'
            '<script>window.performance && window.performance.mark && window.performance.mark(\'shopify.content_for_header.end\');</script>\n'
            '<link href="%s/base.css?v=%d" rel="stylesheet" type="text/css" media="all">\n'
            '</head>\n<body class="gradient">\n<a class="skip-to-content-link button visually-hidden" href="#MainContent">Przejdź do treści</a>\n'
            '<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-accent-1 gradient" role="region" aria-label="Ogłoszenie">'
            '<div class="page-width"><p class="announcement-bar__message center h5">%s</p></div></div></div>\n%s\n'
            '<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">\n%s\n</main>\n%s\n'
            '<div id="shopify-section-footer" class="shopify-section"><footer class="footer color-background-2 gradient section-footer-padding"><div class="footer__content-top page-width">'
            '<div class="footer-block grid__item"><h2 class="footer-block__heading">Apteka Pod Lipą</h2><div class="footer-block__details-content rte"><p>ul. Głogowska 112, 60-243 Poznań<br>Kierownik apteki: mgr farm. Anna Wiśniewska<br>'
            'Zezwolenie WIF w Poznaniu nr WIF-P.8421.17.2019</p></div></div>'
            '<div class="footer-block grid__item"><a href="https://rejestrymedyczne.ezdrowie.gov.pl/ra/pharmacy/list" class="eu-logo"><img src="%s/logo-wspolnotowe.png?v=%d" alt="Logo wspólnotowe – sprawdź, czy apteka działa legalnie" width="120" height="100"></a></div></div>'
            '<div class="footer__content-bottom"><ul class="policies list-unstyled"><li><a href="/policies/refund-policy">Zasady zwrotu</a></li><li><a href="/policies/privacy-policy">Polityka prywatności</a></li>'
            '<li><a href="/policies/terms-of-service">Regulamin sklepu</a></li><li><a href="/policies/shipping-policy">Dostawa</a></li></ul>'
            '<div class="footer__copyright caption"><small class="copyright__content">&copy; %d, <a href="/" title="">Apteka Pod Lipą</a></small> <small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Obsługiwane przez Shopify</a></small></div></div></footer></div>\n'
            '<script src="//code.tidio.co/k3j9x2m8p0q7w5e1r4t6y8u0i2o4p6a8.js" async></script>\n</body>\n</html>\n'
            % (URL, cdn, v, cdn, v, json.dumps(features, separators=(",", ":")), tid, schema, json.dumps(meta, separators=(",", ":")),
               json.dumps(trekkie, separators=(",", ":")), cdn, v, html.escape(ann, quote=False), header, policy, strip, cdn, v, when.year))


PAGE = {
    "service": "Apteka Pod Lipa", "url": URL, "lang": "pl-PL", "platform": "Shopify (Dawn)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-ShopId", "61234567890"), ("X-Sorting-Hat-ShopId", "61234567890"),
                      ("Powered-By", "Shopify")),
    "n": 30, "start": dt.date(2021, 2, 10), "end": dt.date(2026, 4, 30),
    "policy": POLICY, "first_updated": dt.date(2020, 12, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".shopify-policy__container"]},
}
