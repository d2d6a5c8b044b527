"""Lombard Złota Klamra - pl pawnshop chain with a shop of unredeemed goods - PrestaShop 1.7 (classic-based theme),
CMS page, gold-buying rates box pasted into the CMS content."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import rkit as K  # noqa: E402

URL = "https://lombardzlotaklamra.pl/content/2-polityka-prywatnosci"


def fmt_date(d):
    return d.strftime("%d.%m.%Y")


POLICY = """
# Polityka prywatności

Obowiązuje od: {UPDATED}

Niniejsza polityka prywatności opisuje, w jaki sposób Lombard Złota Klamra przetwarza dane osobowe klientów punktów lombardowych, klientów sklepu internetowego oraz osób odwiedzających naszą stronę.

## Administrator danych

@ Złota Klamra sp. z o.o.
@ ul. Piotrkowska 148
@ 90-063 Łódź
@ NIP 7252318840, KRS 0000612457

## Inspektor Ochrony Danych

Wyznaczyliśmy Inspektora Ochrony Danych, Pana Tomasza Wrzoska, z którym można się kontaktować pod adresem [iod@zlotaklamra.pl](mailto:iod@zlotaklamra.pl) lub pisemnie na adres siedziby administratora.

## Cele i podstawy przetwarzania

Przetwarzamy Twoje dane w następujących celach:

- zawarcie i wykonanie umowy pożyczki pod zastaw lub umowy skupu (art. 6 ust. 1 lit. b RODO);
- realizacja zamówień złożonych w sklepie internetowym (art. 6 ust. 1 lit. b RODO);
- wykonanie obowiązków wynikających z ustawy o przeciwdziałaniu praniu pieniędzy oraz finansowaniu terroryzmu, w tym identyfikacja klienta na podstawie dokumentu tożsamości (art. 6 ust. 1 lit. c RODO);
- prowadzenie ksiąg rachunkowych i rozliczeń podatkowych (art. 6 ust. 1 lit. c RODO);
- dochodzenie roszczeń i obrona przed nimi (art. 6 ust. 1 lit. f RODO);
- marketing bezpośredni naszych usług, w tym newsletter, na podstawie Twojej zgody (art. 6 ust. 1 lit. a RODO);
- remarketing w serwisie Facebook za pomocą piksela Meta (art. 6 ust. 1 lit. a RODO).

Podanie danych jest dobrowolne, ale niezbędne do zawarcia umowy pożyczki lub skupu. Bez okazania dokumentu tożsamości nie możemy przyjąć przedmiotu w zastaw.

## Odbiorcy danych

Twoje dane mogą być przekazywane podmiotom, które przetwarzają je na nasze zlecenie:

| Odbiorca | Zakres | Siedziba |
| PrestaShop SA | Oprogramowanie sklepu | Francja |
| home.pl S.A. | Hosting i poczta elektroniczna | Polska |
| PayU S.A. | Płatności internetowe | Polska |
| DPD Polska sp. z o.o. | Dostawa zamówień | Polska |
| Meta Platforms Ireland Ltd | Remarketing | Irlandia |

Dane mogą być również udostępnione Generalnemu Inspektorowi Informacji Finansowej oraz organom ścigania, jeżeli wymagają tego przepisy prawa.

## Okres przechowywania danych

Dane związane z umową pożyczki przechowujemy przez okres trwania umowy, a następnie przez 6 lat w celu dochodzenia roszczeń. Kopie dokumentów i informacje zebrane w ramach stosowania środków bezpieczeństwa finansowego przechowujemy przez 5 lat od zakończenia stosunków gospodarczych. Dane przetwarzane na podstawie zgody przechowujemy do czasu jej wycofania.

## Twoje prawa

Masz prawo dostępu do swoich danych, ich sprostowania, usunięcia lub ograniczenia przetwarzania, prawo do przenoszenia danych oraz prawo wniesienia sprzeciwu. Zgodę możesz wycofać w dowolnym momencie, bez wpływu na zgodność z prawem przetwarzania dokonanego przed jej wycofaniem. Przysługuje Ci również prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.

## Pliki cookies

Nasz sklep używa plików cookies niezbędnych do działania koszyka i logowania oraz, po wyrażeniu zgody, plików analitycznych i marketingowych. Ustawienia cookies możesz zmienić w każdej chwili w panelu dostępnym w stopce strony.

## Sklep internetowy

Kupując w naszym sklepie internetowym przedmioty pochodzące z nieodebranych zastawów, podajesz imię i nazwisko, adres dostawy, numer telefonu i adres e-mail. Możesz też założyć konto, w którym przechowujemy historię zamówień i adresy dostaw. Konto możesz usunąć w każdej chwili w ustawieniach lub pisząc do nas.

## Pożyczki pod zastaw

Przy zawieraniu umowy pożyczki pod zastaw spisujemy dane z dowodu osobistego lub paszportu, opis i wycenę przedmiotu zastawu, kwotę pożyczki, termin zwrotu i wysokość opłat. Jeżeli pożyczka nie zostanie spłacona w terminie, przedmiot zastawu może zostać sprzedany, o czym informujemy Cię wcześniej listownie lub SMS-em.

## Zautomatyzowane podejmowanie decyzji

Nie podejmujemy decyzji opartych wyłącznie na zautomatyzowanym przetwarzaniu, w tym profilowaniu, które wywoływałyby wobec Ciebie skutki prawne. Wycenę przedmiotu zawsze przeprowadza rzeczoznawca w punkcie lombardowym.
"""

EDITS = [
    {"note": "DPO replaced (Tomasz Wrzosek -> Anna Kędziora), e-mail unchanged",
     "repl": [("Pana Tomasza Wrzoska", "Panią Anną Kędziorą")]},
    {"note": "processor table: InPost added for parcel lockers",
     "repl": [("| DPD Polska sp. z o.o. | Dostawa zamówień | Polska |",
               "| DPD Polska sp. z o.o. | Dostawa zamówień | Polska |\n"
               "| InPost sp. z o.o. | Dostawa do Paczkomatów | Polska |")]},
    {"note": "new section: CCTV in pawnshop branches",
     "repl": [("## Odbiorcy danych\n", "## Monitoring wizyjny\n\nPunkty lombardowe są objęte monitoringiem wizyjnym "
               "w celu zapewnienia bezpieczeństwa klientów, pracowników i przyjętych przedmiotów (art. 6 ust. 1 lit. f "
               "RODO). Nagrania przechowujemy przez 30 dni.\n\n## Odbiorcy danych\n")]},
    {"note": "Meta pixel remarketing purpose and Meta processor row removed",
     "repl": [("- marketing bezpośredni naszych usług, w tym newsletter, na podstawie Twojej zgody (art. 6 ust. 1 "
               "lit. a "
               "RODO);\n- remarketing w serwisie Facebook za pomocą piksela Meta (art. 6 ust. 1 lit. a RODO).",
               "- marketing bezpośredni naszych usług, w tym newsletter, na podstawie Twojej zgody (art. 6 ust. 1 "
               "lit. a "
               "RODO)."),
              ("| Meta Platforms Ireland Ltd | Remarketing | Irlandia |\n", "")]},
    {"note": "words inserted without a new date: necessary cookies also remember the chosen branch",
     "bump": False,
     "repl": [("niezbędnych do działania koszyka i logowania", "niezbędnych do działania koszyka, logowania i "
               "zapamiętania wybranego punktu lombardowego")]},
    {"note": "registered office moved (Piotrkowska 148 -> al. Kościuszki 80/82, 90-437 Łódź); claims retention 6 -> "
             "3 years after the loan ends",
     "repl": [("@ ul. Piotrkowska 148\n@ 90-063 Łódź", "@ al. Tadeusza Kościuszki 80/82\n@ 90-437 Łódź"),
              ("a następnie przez 6 lat w celu dochodzenia roszczeń", "a następnie przez 3 lata w celu dochodzenia "
               "roszczeń, a w zakresie dokumentów księgowych przez 5 lat od końca roku podatkowego")]},
]

PRODUCTS = [("Pierścionek złoty 585 z cyrkonią", 689), ("Łańcuszek złoty 585 splot pancerka 50 cm", 2349),
            ("Apple iPhone 13 128 GB - stan bardzo dobry", 1599), ("Zegarek Seiko 5 Sports SRPD55K1", 899),
            ("Konsola Sony PlayStation 5 z padem", 1899), ("Obrączka złota 333, rozmiar 19", 579),
            ("Laptop Lenovo ThinkPad T14 Gen 2", 1999), ("Wkrętarka Makita DDF484 z 2 akumulatorami", 749),
            ("Moneta bulionowa Krugerrand 1 oz", 9250)]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"tokens": (C.hexs(rng, 32), C.hexs(rng, 32), str(rng.randint(10 ** 9, 10 ** 10)))}
    s["cache"] = K.deploy(rng, prev.get("cache"), 0.25, when, 6)
    base = 235 + (when.year - 2022) * 48 + when.month * 2 + rng.randint(-6, 6)
    s["gold"] = (base, int(base * 0.585 / 0.999 * 0.97), int(base * 0.333 / 0.999 * 0.95))
    s["new"] = C.keep_or(rng, prev.get("new"), 0.7, lambda: tuple(rng.sample(range(len(PRODUCTS)), 4)))
    s["promo"] = K.season(when, [(11, 20, 11, 30, "Black Week: -15% na biżuterię używaną"),
                                 (12, 1, 12, 22, "Prezenty na święta z lombardu - sprawdź nowości"),
                                 (2, 5, 2, 14, "Walentynki: pierścionki od 399 zł")], "")
    return s


LABELS = {"tokens": "prestashop.static_token / token / cart id per session",
          "cache": "CCC combined css/js cache file name",
          "gold": "'Aktualne ceny skupu złota' box (daily rates) INSIDE #content",
          "new": "footer 'Nowości w sklepie' products and prices", "promo": "seasonal promo strip in header"}


def render(s, blocks, when):
    g999, g585, g333 = s["gold"]
    head, rest = blocks[0], blocks[1:]
    cms = C.render_blocks(rest, sep="\n")
    gold_box = ('<div class="kurs-zlota alert alert-warning"><p><strong>Aktualne ceny skupu złota</strong> (%s)</p>'
                '<ul><li>próba 999: %d zł/g</li><li>próba 585: %d zł/g</li><li>próba 333: %d zł/g</li></ul>'
                '<p><a href="/content/7-skup-zlota">Zobacz cennik skupu</a></p></div>'
                % (when.strftime("%d.%m.%Y"), g999, g585, g333))
    # the box was pasted into the CMS content after the introduction paragraph
    parts = cms.split("\n", 2)
    cms = parts[0] + "\n" + parts[1] + "\n" + gold_box + "\n" + parts[2]
    newp = "".join('<article class="product-miniature js-product-miniature" data-id-product="%d"><div class="'
                   'product-description"><h3 class="h3 product-title"><a href="/sklep/%d">%s</a></h3><div class="'
                   'product-price-and-shipping"><span class="price">%s zł</span></div></div></article>'
                   % (400 + k, 400 + k, C.esc(PRODUCTS[k][0]), K.C.group_digits(PRODUCTS[k][1], "\u00a0") + ",00")
                   for k in s["new"])
    st, tok, cart = s["tokens"]
    promo = ('<div class="header-banner"><p class="promo-strip">%s</p></div>' % C.esc(s["promo"])
             if s["promo"] else '<div class="header-banner"></div>')
    return ('<!doctype html>\n<html lang="pl">\n<head>\n<meta charset="utf-8">\n'
            '<title>Polityka prywatności</title>\n<meta name="description" content="Polityka prywatności">\n'
            '<link rel="stylesheet" href="https://lombardzlotaklamra.pl/themes/klamra/assets/cache/theme-%s.css" '
            'type="text/css" media="all">\n'
            '<script type="text/javascript">var prestashop = {"cart":{"id_cart":%s,"products_count":0},"currency":'
            '{"iso_code":"PLN","sign":"z\\u0142"},"language":{"iso_code":"pl","locale":"pl-PL"},"page":{"page_name"'
            ':"cms","body_classes":{"cms-id-2":true}},"static_token":"%s","token":"%s"};</script>\n</head>\n'
            '<body id="cms" class="lang-pl country-pl currency-pln layout-full-width page-cms cms-id-2">\n'
            '<main>\n<header id="header">%s<nav class="header-nav"><div class="container"><div id="_desktop_contact_'
            'link"><div id="contact-link"><a href="/kontakt">Kontakt</a> tel. 42 630 15 15</div></div>'
            '<div id="_desktop_cart"><div class="blockcart cart-preview inactive"><span class="cart-products-count">'
            '(0)</span></div></div></div></nav><div class="header-top"><div class="container"><div id="_desktop_logo">'
            '<a href="/"><img class="logo img-fluid" src="/img/lombard-zlota-klamra-logo-1634122218.jpg" alt="Lombard '
            'Złota Klamra"></a></div><ul class="top-menu"><li><a href="/content/6-pozyczki-pod-zastaw">Pożyczki pod '
            'zastaw</a></li><li><a href="/content/7-skup-zlota">Skup złota</a></li><li><a href="/sklep">Sklep</a>'
            '</li><li><a href="/punkty">Punkty</a></li></ul></div></div></header>\n'
            '<section id="wrapper"><div class="container"><nav data-depth="2" class="breadcrumb hidden-sm-down"><ol>'
            '<li><a href="/"><span>Strona główna</span></a></li><li><span>Polityka prywatności</span></li></ol></nav>\n'
            '<div id="content-wrapper"><section id="main"><header class="page-header"><h1>%s</h1></header>\n'
            '<section id="content" class="page-content page-cms page-cms-2">\n%s\n</section>\n'
            '<footer class="page-footer"></footer></section></div></div></section>\n'
            '<footer id="footer"><div class="container"><section class="featured-products clearfix"><h2 class="h2 '
            'products-section-title">Nowości w sklepie</h2><div class="products">%s</div></section>'
            '<div class="block_newsletter"><form action="/#footer" method="post"><input type="email" name="email">'
            '<input type="hidden" name="blockHookName" value="displayFooterBefore"><input class="btn btn-primary" '
            'name="submitNewsletter" type="submit" value="Zapisz się"></form></div>'
            '<p class="text-sm-center">&copy; %d Złota Klamra sp. z o.o. Sklep internetowy PrestaShop&trade;</p>'
            '</div></footer>\n</main>\n'
            '<script type="text/javascript" src="/themes/klamra/assets/cache/bottom-%s.js"></script>\n'
            '</body>\n</html>\n'
            % (s["cache"], cart, st, tok, promo, C.esc(head[1]), cms, newp, when.year, s["cache"]))


PAGE = {
    "service": "Lombard Złota Klamra", "url": URL, "lang": "pl-PL", "platform": "PrestaShop 1.7",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 3, 10), "end": dt.date(2026, 4, 15), "hours": (1, 2, 9, 20),
    "policy": POLICY, "first_updated": dt.date(2021, 10, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#main .page-header h1", "#content.page-cms"],
                    "remove": [".kurs-zlota"]},
}
