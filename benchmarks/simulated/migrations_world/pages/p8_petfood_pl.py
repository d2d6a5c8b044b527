"""ZdrowaMiska.pl (a pet-food e-shop), Polish: PrestaShop 1.6 (2018) -> PrestaShop 1.7 "classic" theme (2020)
-> Shopify with the Debut theme (2021) -> Shopify's Dawn theme, Online Store 2.0 (2023).

The address stays at its PrestaShop path through the move (Shopify serves it through a URL redirect rule's
target page; the capture is of that address). PrestaShop 1.6 -> 1.7: the CMS page's title leaves the .rte body
for the page header, headings demoted h2 -> h3, e-mail addresses entity-encoded by the theme's smarty escape,
links absolute.
PrestaShop 1.7 -> Shopify Debut (a relaunch with a revised policy: Shopify as processor, Shop Pay, a new section on
payments): the page in Debut's grid with a centred section header, headings back to h2, Polish „” quotes.
Debut -> Dawn (pure): every section a collapsible-content <details> (summary > h2 > text), the "last updated"
line moved to the foot of the page, the title in Dawn's main-page-title.
Noise: PrestaShop's static_token/token, the cart count and the newsletter voucher, Shopify's pageviewId and
session token, the theme's asset version, "darmowa dostawa" promo bar.
"""
import datetime as dt
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import mwlib as M  # noqa: E402

MIESIACE = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
            "października", "listopada", "grudnia"]


def fmt_date(d):
    return "%d %s %d r." % (d.day, MIESIACE[d.month - 1], d.year)


POLICY = """# Polityka prywatności sklepu ZdrowaMiska.pl

Data ostatniej aktualizacji: {UPDATED}

Niniejsza polityka prywatności opisuje, w jaki sposób sklep internetowy ZdrowaMiska.pl przetwarza dane osobowe klientów i osób odwiedzających sklep. Dbamy o to, aby Twoje dane były bezpieczne i przetwarzane zgodnie z rozporządzeniem RODO oraz ustawą o ochronie danych osobowych.

## Administrator danych

@ ZdrowaMiska sp. z o.o.
@ ul. Rzemieślnicza 14
@ 30-363 Kraków
@ NIP 6762512345

We wszystkich sprawach dotyczących danych osobowych możesz pisać na adres [rodo@zdrowamiska.pl](mailto:rodo@zdrowamiska.pl).

## Jakie dane zbieramy

Przy składaniu zamówienia i zakładaniu konta zbieramy:

- imię i nazwisko
- adres dostawy i adres e-mail
- numer telefonu dla kuriera
- historię zamówień i ulubione produkty
- informacje o Twoim pupilu, jeśli je podasz, na przykład gatunek, wiek i wagę

## Cele przetwarzania

Przetwarzamy Twoje dane, aby zrealizować zamówienie i dostarczyć przesyłkę (art. 6 ust. 1 lit. b RODO), aby wystawić fakturę i prowadzić księgowość (art. 6 ust. 1 lit. c RODO) oraz, jeśli wyrazisz zgodę, aby wysyłać Ci newsletter z poradami żywieniowymi i kodami rabatowymi (art. 6 ust. 1 lit. a RODO). Program "Miska Plus" pozwala zbierać punkty za zakupy; w tym celu zapisujemy wartość Twoich zamówień.

## Odbiorcy danych

Twoje dane przekazujemy firmom kurierskim i operatorowi paczkomatów, operatorowi płatności internetowych, biuru rachunkowemu oraz dostawcy usług hostingowych. Nie sprzedajemy danych osobowych innym firmom.

## Okres przechowywania

Dane związane z zamówieniami przechowujemy przez 5 lat od końca roku, w którym zostało zrealizowane zamówienie. Dane konta przechowujemy do czasu jego usunięcia. Dane do newslettera przechowujemy do chwili wycofania zgody.

## Twoje prawa

Masz prawo do:

1. dostępu do swoich danych i otrzymania ich kopii
2. sprostowania danych
3. usunięcia danych lub ograniczenia przetwarzania
4. przeniesienia danych
5. wniesienia sprzeciwu wobec przetwarzania w celach marketingowych

Masz też prawo wnieść skargę do [Prezesa Urzędu Ochrony Danych Osobowych](https://uodo.gov.pl).

## Pliki cookies

Sklep korzysta z plików cookies, aby zapamiętać zawartość koszyka i, za Twoją zgodą, mierzyć ruch na stronie. Szczegóły znajdziesz w [polityce cookies](/content/7-polityka-cookies).

## Bezpieczeństwo danych

Stosujemy odpowiednie środki techniczne i organizacyjne, aby chronić Twoje dane przed utratą, zniszczeniem i nieuprawnionym dostępem. Połączenie z naszym sklepem jest szyfrowane, dostęp do danych mają wyłącznie upoważnieni pracownicy, a hasła do kont przechowujemy w postaci zaszyfrowanej. W razie naruszenia ochrony danych, które może powodować ryzyko dla Twoich praw, niezwłocznie Cię o tym poinformujemy.

## Przekazywanie danych poza Europejski Obszar Gospodarczy

Niektórzy nasi dostawcy mogą przetwarzać dane poza Europejskim Obszarem Gospodarczym. W takim przypadku przekazanie odbywa się na podstawie decyzji Komisji Europejskiej stwierdzającej odpowiedni stopień ochrony albo standardowych klauzul umownych zatwierdzonych przez Komisję Europejską.

## Zmiany polityki prywatności

Możemy zmieniać niniejszą politykę prywatności, gdy zmieniają się nasze usługi lub przepisy prawa. Data ostatniej aktualizacji podana na górze strony wskazuje obowiązującą wersję. O istotnych zmianach poinformujemy Cię mailowo, jeśli masz konto w naszym sklepie.

## Opinie o produktach

Jeśli dodasz opinię o produkcie, opublikujemy ją w sklepie razem z Twoim imieniem i pierwszą literą nazwiska. Możesz w każdej chwili poprosić o usunięcie swojej opinii. Po zakupie możemy wysłać Ci jedną wiadomość z prośbą o ocenę zamówionych produktów; robimy to na podstawie naszego prawnie uzasadnionego interesu, a z kolejnych takich wiadomości możesz zrezygnować jednym kliknięciem.

## Konsultacje z dietetykiem zwierzęcym

W ramach bezpłatnych konsultacji możesz opisać stan zdrowia swojego pupila. Informacje te przekazujemy wyłącznie współpracującemu z nami dietetykowi i przechowujemy przez rok od ostatniej konsultacji."""

EDITS = [
    {"at": 0.1, "note": "a word: 'firmom kurierskim i operatorowi paczkomatów' -> adds 'oraz Poczcie Polskiej'",
     "repl": [("firmom kurierskim i operatorowi paczkomatów,", "firmom kurierskim, operatorowi paczkomatów i Poczcie Polskiej,")]},
    {"at": 0.3, "note": "date-only update of 'Data ostatniej aktualizacji'", "repl": []},
    {"mig": 2, "note": "relaunch with a revised policy: a new section on payments (Shopify, Shop Pay) and Shopify named among recipients",
     "repl": [("oraz dostawcy usług hostingowych.", "oraz firmie Shopify, która dostarcza platformę sklepu."),
              ("## Okres przechowywania", "## Płatności\n\nPłatności kartą i BLIK obsługuje operator płatności. Jeśli wybierzesz Shop Pay, Shopify zapamięta dane Twojej karty i adres dostawy, aby przyspieszyć kolejne zakupy. Nie mamy dostępu do pełnego numeru karty.\n\n## Okres przechowywania")]},
    {"at": 0.7, "note": "a list item: the right to withdraw consent", "repl": [
        ("5. wniesienia sprzeciwu wobec przetwarzania w celach marketingowych", "5. wniesienia sprzeciwu wobec przetwarzania w celach marketingowych\n6. cofnięcia zgody w dowolnym momencie")]},
    {"at": 0.9, "note": "a sentence (inside a collapsible section): 'Miska Plus' points expire",
     "repl": [("w tym celu zapisujemy wartość Twoich zamówień.", "w tym celu zapisujemy wartość Twoich zamówień. Punkty wygasają po 24 miesiącach od ostatniego zakupu.")]},
]

PROMO = ["Darmowa dostawa od 149 zł!", "Darmowa dostawa od 199 zł!", "-10% na pierwsze zamówienie z kodem WITAJ",
         "Karmy weterynaryjne – dostawa w 24 h"]


def abs_link(u):
    return "https://zdrowamiska.pl" + u if u.startswith("/") else u


def shopify_link(u):
    if u == "/content/7-polityka-cookies":
        u = "/policies/cookie-policy"  # the cookie page's new address on Shopify
    return abs_link(u)


# ---- phase 0: PrestaShop 1.6
ST_16 = {"h1": '<h1 class="page-heading">{t}</h1>', "h2": "<h2>{t}</h2>"}


def r_ps16(s, blocks, di, when):
    body = M.body_html(blocks, ST_16, di)
    return """<!DOCTYPE HTML>
<html lang="pl-pl"><head><meta charset="utf-8" /><title>Polityka prywatności - ZdrowaMiska.pl</title>
<link rel="stylesheet" href="https://zdrowamiska.pl/themes/default-bootstrap/cache/v_%s_all.css" type="text/css" media="all" />
<script type="text/javascript">var baseDir = 'https://zdrowamiska.pl/';var static_token = '%s';var token = '%s';var priceDisplayPrecision = 2;</script></head>
<body id="cms" class="cms cms-2 cms-polityka-prywatnosci hide-right-column lang_pl"><div id="page"><div class="header-container"><header id="header">
<div class="banner"><div class="container"><p class="promo">%s</p></div></div>
<div class="nav"><a href="https://zdrowamiska.pl/moje-konto" class="login">Zaloguj się</a></div>
<div class="shopping_cart"><a href="https://zdrowamiska.pl/zamowienie" title="Pokaż mój koszyk">Koszyk <span class="ajax_cart_quantity">%d</span></a></div></header></div>
<div class="columns-container"><div id="columns" class="container"><div class="breadcrumb clearfix"><a class="home" href="https://zdrowamiska.pl/">Strona główna</a><span class="navigation-pipe">&gt;</span>Polityka prywatności</div>
<div class="row"><div id="center_column" class="center_column col-xs-12 col-sm-12"><div class="rte">
%s
</div></div></div></div></div>
<div class="footer-container"><footer id="footer" class="container"><div id="newsletter_block_left"><h4>Newsletter</h4><input class="inputNew" type="text" name="email" value="Wpisz swój e-mail" /></div><p>&copy; 2018 ZdrowaMiska.pl</p></footer></div></div></body></html>""" % (
        s["v"], s["static"], s["token"], s["promo"], s["cart"], body)


# ---- phase 1: PrestaShop 1.7 classic
ST_17 = {"h2": "<h3>{t}</h3>", "email": "entities"}


def r_ps17(s, blocks, di, when):
    body = M.body_html(blocks, ST_17, di, skip={0})
    return """<!doctype html>
<html lang="pl-PL"><head><meta charset="utf-8"><title>Polityka prywatności</title>
<link rel="stylesheet" href="https://zdrowamiska.pl/themes/classic/assets/cache/theme-%s.css" type="text/css" media="all">
<script type="text/javascript">var prestashop = {"cart":{"products_count":%d},"static_token":"%s","token":"%s","urls":{"base_url":"https:\\/\\/zdrowamiska.pl\\/"}};</script></head>
<body id="cms" class="lang-pl country-pl currency-pln layout-full-width page-cms cms-id-2"><main>
<header id="header"><div class="header-banner"><p>%s</p></div><nav class="header-nav"><div id="_desktop_user_info"><a href="https://zdrowamiska.pl/moje-konto">Zaloguj się</a></div><div id="_desktop_cart"><span class="cart-products-count">(%d)</span></div></nav></header>
<section id="wrapper"><nav data-depth="2" class="breadcrumb"><ol><li><a href="https://zdrowamiska.pl/"><span>Strona główna</span></a></li><li><span>Polityka prywatności</span></li></ol></nav>
<div id="content-wrapper"><section id="main"><header class="page-header"><h1>%s</h1></header>
<section id="content" class="page-content page-cms page-cms-2">
%s
</section></section></div></section>
<footer id="footer"><div class="block_newsletter"><p id="block-newsletter-label">Otrzymuj nasze najnowsze informacje i oferty specjalne</p></div><p class="text-sm-center">© 2020 ZdrowaMiska.pl</p></footer></main></body></html>""" % (
        s["v"], s["cart"], s["static"], s["token"], s["promo"], s["cart"], M.inline(blocks[0][1], ST_17), body)


# ---- phase 2: Shopify Debut
ST_DB = {"h1": "<h1>{t}</h1>", "h2": "<h2>{t}</h2>"}


def shopify_analytics(s):
    return ('<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta = {"page":{"pageType":"page","resourceType":"page","resourceId":98231746601}};'
            'window.ShopifyAnalytics.lib = {"pageviewId":"%s","session":"%s"};</script>' % (s["pv"], s["sess"]))


def r_debut(s, blocks, di, when):
    title = M.block_html(blocks[0], ST_DB, 0, di)
    body = M.body_html(blocks, ST_DB, di, skip={0})
    return """<!doctype html>
<html class="no-js" lang="pl"><head><meta charset="utf-8"><title>Polityka prywatności &ndash; ZdrowaMiska.pl</title>
<link href="//zdrowamiska.pl/cdn/shop/t/3/assets/theme.scss.css?v=%s" rel="stylesheet" type="text/css" media="all" />%s</head>
<body class="template-page"><div class="announcement-bar"><p class="announcement-bar__message">%s</p></div>
<header class="site-header border-bottom logo--left" role="banner"><a href="/" class="site-header__logo-link">ZdrowaMiska.pl</a><a href="/cart" class="site-header__cart">Koszyk <span data-cart-count>%d</span></a></header>
<main role="main" id="MainContent"><div class="page-width"><div class="grid"><div class="grid__item medium-up--five-sixths medium-up--push-one-twelfth">
<div class="section-header text-center">%s</div>
<div class="rte">%s</div></div></div></div></main>
<footer class="site-footer"><p>&copy; 2021, ZdrowaMiska.pl Obsługiwane przez Shopify</p></footer></body></html>""" % (
        s["v"], shopify_analytics(s), s["promo"], s["cart"], title, body)


# ---- phase 3: Shopify Dawn, collapsible content
ST_DW = {"h1": '<h1 class="main-page-title page-title h0">{t}</h1>', "h2": '<h2 class="h4 accordion__title">{t}</h2>',
         "section": '<div class="accordion content-container color-background-1 gradient"><details id="Details-collapsible-row-{k}">'
                    '<summary id="Summary-collapsible-row-{k}"><svg class="icon icon-accordion" aria-hidden="true" focusable="false" viewBox="0 0 20 20"><path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16z"/></svg>'
                    '<h2 class="h4 accordion__title inline-richtext">{title}</h2><svg aria-hidden="true" focusable="false" class="icon icon-caret" viewBox="0 0 10 6"><path d="M9.354.646a.5.5 0 00-.708 0L5 4.293 1.354.646a.5.5 0 00-.708.708l4 4a.5.5 0 00.708 0l4-4a.5.5 0 000-.708z"/></svg></summary>'
                    '<div class="accordion__content rte" id="CollapsibleAccordion-collapsible-row-{k}" role="region" aria-labelledby="Summary-collapsible-row-{k}">{body}</div></details></div>',
         "date": '<p class="page-updated caption">{t}</p>'}


def r_dawn(s, blocks, di, when):
    title = M.block_html(blocks[0], ST_DW, 0, di)
    body = M.body_html(blocks, ST_DW, di, skip={0})
    return """<!doctype html>
<html class="no-js" lang="pl"><head><meta charset="utf-8"><title>Polityka prywatności &ndash; ZdrowaMiska.pl</title>
<link href="//zdrowamiska.pl/cdn/shop/t/11/assets/base.css?v=%s" rel="stylesheet" type="text/css" media="all" />%s</head>
<body class="gradient"><div id="shopify-section-sections--19203841__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section"><div class="announcement-bar" role="region"><p class="announcement-bar__message h5"><span>%s</span></p></div></div>
<header class="header header--middle-left page-width"><a href="/" class="header__heading-link">ZdrowaMiska.pl</a><a href="/cart" class="header__icon header__icon--cart" id="cart-icon-bubble"><span class="visually-hidden">Koszyk</span><div class="cart-count-bubble"><span aria-hidden="true">%d</span></div></a></header>
<main id="MainContent" class="content-for-layout focus-none" role="main"><div id="shopify-section-template--19203842__main" class="shopify-section"><div class="page-width page-width--narrow section-template--19203842__main-padding">
%s
<div class="rte">%s</div></div></div></main>
<footer class="footer"><small class="copyright__content">&copy; 2023, <a href="/" title="">ZdrowaMiska.pl</a></small></footer></body></html>""" % (
        s["v"], shopify_analytics(s), s["promo"], s["cart"], title, body)


PHASES = [
    {"name": "PrestaShop 1.6", "render": r_ps16,
     "noise": {"static": "nonce", "token": "nonce", "v": "build", "cart": ("pick", [0, 0, 0, 1, 2], 0.5), "promo": ("pick", PROMO, 0.3)},
     "declaration": {"select": "#center_column .rte"}},
    {"name": "PrestaShop 1.7 classic", "since": 0.2, "render": r_ps17, "links": abs_link, "oracle_same": True,
     "markup": "title out of the body into the page header, h2 -> h3, e-mail entity-encoded, links absolute",
     "noise": {"static": "nonce", "token": "nonce", "v": "build", "cart": ("pick", [0, 0, 0, 1, 2], 0.5), "promo": ("pick", PROMO, 0.3)},
     "declaration": {"select": ["#main .page-header", "#content"]}},
    {"name": "Shopify Debut", "since": 0.45, "render": r_debut, "links": shopify_link, "text": M.quotes("\u201e", "\u201d"),
     "oracle_same": False,
     "markup": "Debut's grid and centred section header, headings back to h2, Polish „” quotes, the cookie link to /policies/",
     "noise": {"pv": "uuid", "sess": "uuid", "v": "count", "cart": ("pick", [0, 0, 0, 1, 2], 0.5), "promo": ("pick", PROMO, 0.3)},
     "declaration": {"select": [".section-header", "#MainContent .rte"]}},
    {"name": "Shopify Dawn (Online Store 2.0)", "since": 0.78, "render": r_dawn, "links": shopify_link,
     "text": M.quotes("\u201e", "\u201d"), "order": "date_last", "oracle_same": False,
     "markup": "each section a collapsible <details> (summary > h2), the date line moved to the foot, the title in main-page-title",
     "noise": {"pv": "uuid", "sess": "uuid", "v": "count", "cart": ("pick", [0, 0, 0, 1, 2], 0.5), "promo": ("pick", PROMO, 0.3)},
     "declaration": {"select": [".main-page-title", "#MainContent .rte"]}},
]

PAGE = {
    "service": "ZdrowaMiska.pl", "url": "https://zdrowamiska.pl/content/2-polityka-prywatnosci",
    "start": dt.date(2018, 7, 1), "end": dt.date(2024, 10, 1), "n": 30, "hours": (1, 13),
    "policy": POLICY, "first_updated": dt.date(2018, 5, 25), "fmt_date": fmt_date,
    "edits": EDITS, "phases": PHASES,
    "labels": {"static": "static_token", "token": "token", "v": "asset version", "cart": "cart count",
               "promo": "promo bar", "pv": "pageviewId", "sess": "session token"},
}
