"""Storczyk - pl florist and flower delivery network (Krakow) - PrestaShop 8 (classic-based child theme), modules
ps_bestsellers, ps_emailsubscription, Przelewy24, Ceneo Zaufane Opinie."""
import datetime as dt
import os
import sys

import common as C

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fkit as K  # noqa: E402

URL = "https://storczyk.pl/content/7-polityka-prywatnosci"


def fmt_date(d):
    return "%d %s %d r." % (d.day, K.MONTHS["pl"][d.month - 1], d.year)


POLICY = K.unwrap("""
# Polityka prywatności

Data ostatniej aktualizacji: {UPDATED}

Szanujemy Twoją prywatność. W tej polityce wyjaśniamy, jakie dane osobowe przetwarzamy w związku z korzystaniem ze
sklepu internetowego storczyk.pl i realizacją zamówień na kwiaty i upominki, w jakim celu to robimy oraz jakie prawa
Ci przysługują zgodnie z rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679 (RODO).

## 1. Administrator danych

Administratorem Twoich danych osobowych jest Storczyk Sp. z o.o. z siedzibą w Krakowie:

@ Storczyk Sp. z o.o.
@ ul. Rakowicka 14
@ 31-511 Kraków
@ NIP 6762481937, KRS 0000598214
@ e-mail: [sklep@storczyk.pl](mailto:sklep@storczyk.pl), tel. +48 12 345 67 89

Wyznaczyliśmy inspektora ochrony danych, z którym możesz się kontaktować we wszystkich sprawach dotyczących
przetwarzania danych osobowych: Anna Wiśniewska, [iod@storczyk.pl](mailto:iod@storczyk.pl).

## 2. Jakie dane przetwarzamy

Przetwarzamy dane, które podajesz, składając zamówienie lub zakładając konto:

- imię i nazwisko, adres e-mail i numer telefonu zamawiającego;
- adres do faktury oraz NIP, jeżeli prosisz o fakturę;
- imię i nazwisko, adres oraz numer telefonu odbiorcy kwiatów;
- treść bileciku dołączanego do przesyłki;
- historię zamówień i płatności.

Podczas korzystania ze strony automatycznie zbieramy także dane techniczne, takie jak adres IP, informacje o
przeglądarce i urządzeniu oraz dane o aktywności na stronie zapisywane w plikach cookies.

## 3. Cele i podstawy prawne przetwarzania

Twoje dane przetwarzamy w następujących celach:

- realizacja zamówienia i umowy sprzedaży, w tym doręczenie kwiatów odbiorcy (art. 6 ust. 1 lit. b RODO);
- wystawienie faktury i wypełnienie obowiązków podatkowych i rachunkowych (art. 6 ust. 1 lit. c RODO);
- obsługa reklamacji oraz ustalenie, dochodzenie i obrona roszczeń (art. 6 ust. 1 lit. f RODO);
- wysyłka newslettera z ofertami i przypomnieniami o ważnych datach, jeżeli wyrazisz na to zgodę
  (art. 6 ust. 1 lit. a RODO);
- prowadzenie statystyk i analiz ruchu na stronie (art. 6 ust. 1 lit. f RODO).

Dane odbiorcy przesyłki przetwarzamy w prawnie uzasadnionym interesie polegającym na doręczeniu kwiatów zamówionych
przez Ciebie (art. 6 ust. 1 lit. f RODO). Odbiorca jest informowany o przetwarzaniu jego danych przy doręczeniu
przesyłki.

## 4. Odbiorcy danych

Twoje dane możemy przekazywać podmiotom, które pomagają nam prowadzić sklep, wyłącznie w zakresie niezbędnym do
realizacji danego celu:

| Odbiorca | Cel | Siedziba |
| PayPro S.A. (Przelewy24) | obsługa płatności online | Polska |
| Kwiaciarnie partnerskie z sieci Storczyk | wykonanie bukietu i doręczenie poza Krakowem | Polska |
| InPost Sp. z o.o. | wysyłka upominków i prezentów bez kwiatów | Polska |
| SALESmanago Sp. z o.o. | wysyłka newslettera i wiadomości e-mail | Polska |
| Google Ireland Limited | statystyki (Google Analytics) i reklamy | Irlandia |
| Meta Platforms Ireland Limited | reklamy w serwisach Facebook i Instagram | Irlandia |
| Biuro Rachunkowe Kalkulus s.c. | obsługa księgowa | Polska |

W przypadku Google i Meta dane mogą być przekazywane do Stanów Zjednoczonych. Odbywa się to na podstawie decyzji
Komisji Europejskiej stwierdzającej odpowiedni stopień ochrony (EU-US Data Privacy Framework) lub standardowych
klauzul umownych.

## 5. Jak długo przechowujemy dane

- dane związane z zamówieniem – przez okres przedawnienia roszczeń, tj. 6 lat, licząc od końca roku
  kalendarzowego, w którym zrealizowano zamówienie;
- dane z faktur – przez 5 lat od końca roku, w którym upłynął termin płatności podatku;
- treść bileciku – przez 30 dni od doręczenia;
- dane przetwarzane na podstawie zgody – do czasu jej wycofania;
- dane konta – do czasu jego usunięcia.

## 6. Twoje prawa

Masz prawo do:

- dostępu do swoich danych i otrzymania ich kopii;
- sprostowania danych;
- usunięcia danych;
- ograniczenia przetwarzania;
- przenoszenia danych;
- wniesienia sprzeciwu wobec przetwarzania opartego na prawnie uzasadnionym interesie;
- cofnięcia zgody w dowolnym momencie, bez wpływu na zgodność z prawem przetwarzania przed jej cofnięciem.

Masz także prawo wnieść skargę do Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 Warszawa).

## 7. Pliki cookies

Nasz sklep używa plików cookies niezbędnych do działania koszyka i logowania, a za Twoją zgodą także plików
analitycznych i marketingowych. Ustawienia możesz zmienić w każdej chwili w panelu cookies dostępnym w stopce strony.
Szczegóły znajdziesz w [polityce cookies](https://storczyk.pl/content/8-polityka-cookies).

## 8. Dobrowolność podania danych

Podanie danych jest dobrowolne, ale niezbędne do złożenia zamówienia. Bez danych odbiorcy nie możemy doręczyć
kwiatów. Nie podejmujemy wobec Ciebie decyzji opartych wyłącznie na zautomatyzowanym przetwarzaniu, w tym
profilowaniu.

## 9. Zmiany polityki prywatności

Polityka prywatności może być zmieniana, np. w związku ze zmianą przepisów lub wprowadzeniem nowych usług. O
istotnych zmianach poinformujemy na stronie sklepu.
""")

EDITS = [
    {"note": "purposes list: new item 6, verifying that product reviews come from buyers (Omnibus directive)",
     "repl": [("- prowadzenie statystyk i analiz ruchu na stronie (art. 6 ust. 1 lit. f RODO).",
               "- prowadzenie statystyk i analiz ruchu na stronie (art. 6 ust. 1 lit. f RODO);\n"
               "- weryfikacja, czy publikowane opinie o produktach pochodzą od klientów, którzy je kupili "
               "(art. 6 ust. 1 lit. c RODO).")]},
    {"note": "data protection officer changed (Anna Wiśniewska -> Tomasz Nowicki)",
     "repl": [("Anna Wiśniewska, [iod@storczyk.pl]", "Tomasz Nowicki, [iod@storczyk.pl]")]},
    {"note": "controller address moved within Krakow (ul. Rakowicka 14 -> ul. Josepha Conrada 51)",
     "repl": [("@ ul. Rakowicka 14\n@ 31-511 Kraków", "@ ul. Josepha Conrada 51\n@ 31-357 Kraków")]},
    {"note": "recipients table: Ceneo.pl row added (Zaufane Opinie post-purchase surveys)",
     "repl": [("| Google Ireland Limited | statystyki",
               "| Ceneo.pl Sp. z o.o. | program Zaufane Opinie – ankiety po zakupie | Polska |\n"
               "| Google Ireland Limited | statystyki")]},
    {"note": "recipients table: SALESmanago replaced by Brevo (Sendinblue SAS, France)",
     "repl": [("| SALESmanago Sp. z o.o. | wysyłka newslettera i wiadomości e-mail | Polska |",
               "| Sendinblue SAS (Brevo) | wysyłka newslettera i wiadomości e-mail | Francja |")]},
    {"note": "cookie settings sentence reworded (link name), no new date", "bump": False,
     "repl": [("Ustawienia możesz zmienić w każdej chwili w panelu cookies dostępnym w stopce strony.",
               "Ustawienia możesz zmienić w każdej chwili, klikając link „Ustawienia cookies” w stopce strony.")]},
]

BESTSELLERS = [(23, "Bukiet Pastelowy Poranek", 149), (31, "Róże czerwone 25 szt.", 219), (12, "Bukiet Słoneczny", 129),
               (44, "Storczyk w osłonce", 139), (9, "Tulipany mix 20 szt.", 109), (57, "Bukiet Dla Mamy", 169),
               (61, "Kosz z owocami i winem", 249), (70, "Wiązanka pogrzebowa Klasyczna", 289),
               (75, "Flower box Różowy", 199), (81, "Chryzantemy w doniczce", 79), (14, "Bukiet z gerber", 99),
               (88, "Znicz i wiązanka na grób", 159), (92, "Bukiet Świąteczny z ostrokrzewem", 179)]

BANNERS = {
    "walentynki": "Walentynki 14 lutego – zamów róże z dostawą na konkretną godzinę",
    "dzien_kobiet": "Dzień Kobiet 8 marca – tulipany i bukiety z dostawą w całej Polsce",
    "dzien_matki": "Dzień Matki 26 maja – zamów wcześniej, wybierz termin dostawy",
    "dzien_nauczyciela": "Dzień Edukacji Narodowej – kwiaty dla nauczyciela od 79 zł",
    "wszystkich_swietych": "Wszystkich Świętych – wiązanki i znicze z dostawą na cmentarz",
    "swieta": "Boże Narodzenie – bukiety świąteczne, ostatnie dostawy 23 grudnia",
    "standard": "Dostawa kwiatów w 3 godziny w Krakowie i 2400 miejscowościach w Polsce",
}


def campaign(d):
    return K.season(d, [("walentynki", (2, 1), (2, 14)), ("dzien_kobiet", (3, 1), (3, 8)),
                        ("dzien_matki", (5, 10), (5, 26)), ("dzien_nauczyciela", (10, 5), (10, 14)),
                        ("wszystkich_swietych", (10, 20), (11, 1)), ("swieta", (12, 1), (12, 23))], "standard")


def noise(rng, when, i, prev):
    prev = prev or {}
    local = K.eu_local(when, 1)
    s = {"tokens": (C.hexs(rng, 32), C.hexs(rng, 32), K.epoch(when))}
    s["ccc"] = C.keep_or(rng, prev.get("ccc"), 0.25, lambda: (C.hexs(rng, 6), C.hexs(rng, 6)))
    s["campaign"] = campaign(local.date())
    s["cutoff"] = K.cutoff(local, 14)
    s["bestsellers"] = C.keep_or(rng, prev.get("bestsellers"), 0.7,
                                 lambda: tuple(rng.sample(range(len(BESTSELLERS)), 4)))
    s["ceneo"] = (C.keep_or(rng, (prev.get("ceneo") or (None,))[0], 0.15, lambda: rng.choice(["4,8", "4,9"])),
                  K.grow(when, dt.date(2022, 1, 1), 6120, 3.1, rng, 12))
    return s


LABELS = {"tokens": "prestashop JS object: static_token, token and time (per request)",
          "ccc": "CCC combined theme CSS/JS cache file hashes (cache cleared on deploys)",
          "campaign": "seasonal displayBanner strip (Walentynki, Dzień Kobiet, Dzień Matki, 1 listopada, Święta)",
          "cutoff": "header same-day delivery countdown (orders until 14:00)",
          "bestsellers": "left column Bestsellery module (ps_bestsellers)",
          "ceneo": "footer Ceneo Zaufane Opinie rating and count"}


def bestsellers(s):
    out = []
    for k in s["bestsellers"]:
        pid, name, price = BESTSELLERS[k]
        slug = "-".join(name.lower().replace(".", "").split())
        out.append('<article class="product-miniature js-product-miniature" data-id-product="%d" '
                   'data-id-product-attribute="0"><div class="thumbnail-container"><a href="https://storczyk.pl/kwiaty/'
                   '%d-%s.html" class="thumbnail product-thumbnail"><img src="https://storczyk.pl/%d-home_default/%s.j'
                   'pg"'
                   ' alt="%s" loading="lazy" width="250" height="250"></a><div class="product-description"><h3 class="'
                   'h3'
                   ' product-title"><a href="https://storczyk.pl/kwiaty/%d-%s.html">%s</a></h3><div class="product-pri'
                   'ce-'
                   'and-shipping"><span class="price" aria-label="Cena">%d,00 zł</span></div></div></div></article>'
                   % (pid, pid, slug, pid * 3 + 40, slug, C.attr(name), pid, slug, C.esc(name), price))
    return "\n".join(out)


def prestashop_js(s):
    static_token, token, t = s["tokens"]
    return ('var prestashop = {"cart":{"products":[],"totals":{"total":{"type":"total","label":"Razem","amount":0,'
            '"value":"0,00\\u00a0z\\u0142"},"total_including_tax":{"type":"total","label":"Suma (brutto)","amount":0,'
            '"value":"0,00\\u00a0z\\u0142"}},"products_count":0,"minimalPurchase":0,"minimalPurchaseRequired":""},'
            '"currency":{"id":1,"name":"Z\\u0142oty polski","iso_code":"PLN","iso_code_num":"985","sign":"z\\u0142"},'
            '"customer":{"lastname":null,"firstname":null,"email":null,"birthday":null,"newsletter":null,'
            '"is_logged":false,"gender":{"type":null,"name":null},"addresses":[]},"language":{"name":"Polski (Polish)",'
            '"iso_code":"pl","locale":"pl-PL","language_code":"pl","is_rtl":"0","date_format_lite":"Y-m-d",'
            '"date_format_full":"Y-m-d H:i:s","id":1},"page":{"title":"","canonical":null,"meta":{"title":'
            '"Polityka prywatno\\u015bci","description":"Jak przetwarzamy dane os\\u00f3b zamawiaj\\u0105cych kwiaty i '
            'ich odbiorc\\u00f3w","keywords":"","robots":"index"},"page_name":"cms","body_classes":{"lang-pl":true,'
            '"lang-rtl":false,"country-PL":true,"currency-PLN":true,"layout-left-column":true,"page-cms":true,'
            '"tax-display-enabled":true,"page-customer-account":false,"cms-id-7":true},"admin_notifications":[],'
            '"password-policy":{"feedbacks":{"0":"Bardzo s\\u0142abe","1":"S\\u0142abe","2":"\\u015arednie",'
            '"3":"Silne","4":"Bardzo silne"}}},"shop":{"name":"Storczyk Kwiaciarnia Internetowa","logo":'
            '"https:\\/\\/storczyk.pl\\/img\\/logo-1667391234.svg","stores_icon":"https:\\/\\/storczyk.pl\\/img\\/'
            'logo_stores.png","favicon":"https:\\/\\/storczyk.pl\\/img\\/favicon.ico"},"urls":{"base_url":'
            '"https:\\/\\/storczyk.pl\\/","current_url":"https:\\/\\/storczyk.pl\\/content\\/7-polityka-prywatnosci",'
            '"shop_domain_url":"https:\\/\\/storczyk.pl","img_ps_url":"https:\\/\\/storczyk.pl\\/img\\/",'
            '"theme_assets":"\\/themes\\/storczyk\\/assets\\/","pages":{"cart":"https:\\/\\/storczyk.pl\\/koszyk",'
            '"order":"https:\\/\\/storczyk.pl\\/zamowienie","contact":"https:\\/\\/storczyk.pl\\/kontakt"}},'
            '"configuration":{"display_taxes_label":true,"display_prices_tax_incl":true,"is_catalog":false,'
            '"show_prices":true,"opt_in":{"partner":false},"quantity_discount":{"type":"discount","label":'
            '"Rabat jednostkowy"},"voucher_enabled":1,"return_enabled":0},"field_required":[],"breadcrumb":{"links":'
            '[{"title":"Strona g\\u0142\\u00f3wna","url":"https:\\/\\/storczyk.pl\\/"},{"title":'
            '"Polityka prywatno\\u015bci","url":"https:\\/\\/storczyk.pl\\/content\\/7-polityka-prywatnosci"}],'
            '"count":2},"link":{"protocol_link":"https:\\/\\/","protocol_content":"https:\\/\\/"},"time":%d,'
            '"static_token":"%s","token":"%s","debug":false};' % (t, static_token, token))


TEMPLATE = """<!doctype html>
<html lang="pl-PL">

  <head>
    
      
  <meta charset="utf-8">


  <meta http-equiv="x-ua-compatible" content="ie=edge">



  <title>Polityka prywatności</title>
  
    
  
  <meta name="description" content="Jak przetwarzamy dane osób zamawiających kwiaty i ich odbiorców">
  <meta name="keywords" content="">
        <link rel="canonical" href="https://storczyk.pl/content/7-polityka-prywatnosci">
    
  <meta name="viewport" content="width=device-width, initial-scale=1">

  <link rel="icon" type="image/vnd.microsoft.icon" href="https://storczyk.pl/img/favicon.ico?1667391234">
  <link rel="shortcut icon" type="image/x-icon" href="https://storczyk.pl/img/favicon.ico?1667391234">

    <link rel="stylesheet" href="https://storczyk.pl/themes/storczyk/assets/cache/theme-@@css@@.css" type="text/css" me\
dia="all">

  <script type="text/javascript">
        @@prestashop@@
        var psemailsubscription_subscription = "https:\\/\\/storczyk.pl\\/module\\/ps_emailsubscription\\/subscription";
      </script>

  <script async src="https://www.googletagmanager.com/gtag/js?id=G-3QW8PLK2ZD"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-3QW8PLK2ZD', {'debug_mode':false});
</script>

  </head>

  <body id="cms" class="lang-pl country-pl currency-pln layout-left-column page-cms tax-display-enabled cms-id-7">

    
      
    

    <main>
      
              

      <header id="header">
        
          <div class="header-banner"><div class="campaign-strip campaign-strip--@@campaign@@"><a href="https://storczyk\
.pl/12-okazje">@@banner@@</a></div></div>

  <nav class="header-nav">
    <div class="container">
      <div class="row">
        <div class="hidden-sm-down">
          <div class="col-md-5 col-xs-12">
            <div id="_desktop_contact_link"><div id="contact-link">Zadzwoń do nas: <span>+48 12 345 67 89</span></div><\
/div>
            <div class="delivery-countdown" data-cutoff="14:00">@@countdown@@</div>
          </div>
          <div class="col-md-7 right-nav">
              <div id="_desktop_user_info"><div class="user-info"><a href="https://storczyk.pl/moje-konto" title="Zalog\
uj się do swojego konta klienta" rel="nofollow"><i class="material-icons">&#xE7FF;</i><span class="hidden-sm-down">Zalo\
guj się</span></a></div></div>
<div id="_desktop_cart"><div class="blockcart cart-preview inactive" data-refresh-url="//storczyk.pl/module/ps_shopping\
cart/ajax"><div class="header"><i class="material-icons shopping-cart" aria-hidden="true">shopping_cart</i><span class=\
"hidden-sm-down">Koszyk</span><span class="cart-products-count">(0)</span></div></div></div>
          </div>
        </div>
      </div>
    </div>
  </nav>

  <div class="header-top">
    <div class="container">
       <div class="row">
        <div class="col-md-2 hidden-sm-down" id="_desktop_logo"><a href="https://storczyk.pl/"><img class="logo img-flu\
id" src="https://storczyk.pl/img/logo-1667391234.svg" alt="Storczyk Kwiaciarnia Internetowa" width="220" height="60"></\
a></div>
        <div class="header-top-right col-md-10 col-sm-12 position-static">
          <div class="menu js-top-menu position-static hidden-sm-down" id="_desktop_top_menu"><ul class="top-menu" id="\
top-menu" data-depth="0"><li class="category" id="category-3"><a class="dropdown-item" href="https://storczyk.pl/3-buki\
ety" data-depth="0">Bukiety</a></li><li class="category" id="category-4"><a class="dropdown-item" href="https://storczy\
k.pl/4-roze" data-depth="0">Róże</a></li><li class="category" id="category-5"><a class="dropdown-item" href="https://st\
orczyk.pl/5-kwiaty-w-doniczkach" data-depth="0">Kwiaty w doniczkach</a></li><li class="category" id="category-6"><a cla\
ss="dropdown-item" href="https://storczyk.pl/6-upominki" data-depth="0">Upominki</a></li><li class="category" id="categ\
ory-7"><a class="dropdown-item" href="https://storczyk.pl/7-kwiaty-pogrzebowe" data-depth="0">Kwiaty pogrzebowe</a></li\
></ul><div class="clearfix"></div></div>
<div id="search_widget" class="search-widgets" data-search-controller-url="//storczyk.pl/szukaj"><form method="get" act\
ion="//storczyk.pl/szukaj"><input type="hidden" name="controller" value="search"><i class="material-icons search" aria-\
hidden="true">search</i><input type="text" name="s" value="" placeholder="Szukaj w naszym katalogu" aria-label="Szukaj"\
><i class="material-icons clear" aria-hidden="true">clear</i></form></div>
          <div class="clearfix"></div>
        </div>
      </div>
    </div>
  </div>
  

        
      </header>

      <section id="wrapper">
        
          
<aside id="notifications">
  <div class="notifications-container container">
    
    
    
      </div>
</aside>
        

        
        <div class="container">
          
            <nav data-depth="2" class="breadcrumb">
  <ol>
    
              
          <li>
                          <a href="https://storczyk.pl/"><span>Strona główna</span></a>
                      </li>
        
              
          <li>
                          <span>Polityka prywatności</span>
                      </li>
        
          
  </ol>
</nav>
          

          <div class="row">
            
              <div id="left-column" class="col-xs-12 col-md-4 col-lg-3">
                <div class="block-categories"><ul class="category-top-menu"><li><a class="text-uppercase h6" href="http\
s://storczyk.pl/2-kwiaty">Kwiaty</a></li><li><ul class="category-sub-menu"><li data-depth="0"><a href="https://storczyk\
.pl/3-bukiety">Bukiety</a></li><li data-depth="0"><a href="https://storczyk.pl/4-roze">Róże</a></li><li data-depth="0">\
<a href="https://storczyk.pl/6-upominki">Upominki</a></li></ul></li></ul></div>
<section class="featured-products clearfix bestsellers-block">
  <h2 class="h2 products-section-title text-uppercase">Bestsellery</h2>
  <div class="products">
@@bestsellers@@
  </div>
  <a class="all-product-link float-xs-left float-md-right h4" href="https://storczyk.pl/najczesciej-kupowane">Wszystkie\
 bestsellery<i class="material-icons">&#xE315;</i></a>
</section>
              </div>
            

            
  <div id="content-wrapper" class="js-content-wrapper left-column col-xs-12 col-md-8 col-lg-9">
    
    

  <section id="main">

    
      
        <header class="page-header">
          <h1>
  @@title@@
</h1>
        </header>
      
    

    
  <section id="content" class="page-content page-cms page-cms-7">

    
      @@content@@
    

    
      
    

    
      
    

  </section>


    
      <footer class="page-footer">
        
          <!-- Footer content -->
        
      </footer>
    

  </section>


    
  </div>


            

            
          </div>
                  </div>
        
      </section>

      <footer id="footer" class="js-footer">
        
          <div class="container">
  <div class="row">
    
      <div class="block_newsletter col-lg-8 col-md-12 col-sm-12" id="blockEmailSubscription_displayFooterBefore">
  <div class="row">
    <p id="block-newsletter-label" class="col-md-5 col-xs-12">Zapisz się do newslettera i otrzymuj przypomnienia o ważn\
ych datach</p>
    <div class="col-md-7 col-xs-12">
      <form action="https://storczyk.pl/content/7-polityka-prywatnosci#blockEmailSubscription_displayFooterBefore" meth\
od="post">
        <input name="email" type="email" value="" placeholder="Twój adres e-mail" aria-labelledby="block-newsletter-lab\
el" required>
        <input class="btn btn-primary float-xs-right hidden-xs-down" name="submitNewsletter" type="submit" value="Subsk\
rybuj">
        <input type="hidden" name="blockHookName" value="displayFooterBefore" />
        <input type="hidden" name="action" value="0">
      </form>
    </div>
  </div>
</div>
    
  </div>
</div>
<div class="footer-container">
  <div class="container">
    <div class="row">
      <div class="col-md-6 links"><div class="row"><div class="col-md-6 wrapper"><p class="h3 hidden-sm-down">Informacj\
e</p><ul id="footer_sub_menu_1" class="collapse"><li><a id="link-cms-page-1-1" class="cms-page-link" href="https://stor\
czyk.pl/content/1-dostawa">Dostawa</a></li><li><a id="link-cms-page-3-1" class="cms-page-link" href="https://storczyk.p\
l/content/3-regulamin">Regulamin</a></li><li><a id="link-cms-page-7-1" class="cms-page-link" href="https://storczyk.pl/\
content/7-polityka-prywatnosci">Polityka prywatności</a></li><li><a id="link-cms-page-8-1" class="cms-page-link" href="\
https://storczyk.pl/content/8-polityka-cookies">Polityka cookies</a></li><li><a class="cms-page-link" href="#" onclick=\
"return cookiesSettings()">Ustawienia cookies</a></li></ul></div></div></div>
      <div class="col-md-3 ceneo-widget"><a href="https://www.ceneo.pl/sklepy/storczyk.pl-s41872" rel="nofollow" target\
="_blank" class="ceneo-zo">Zaufane Opinie Ceneo: <strong>@@cscore@@</strong>/5 (@@ccount@@ opinii)</a></div>
      <div class="col-md-3 payments"><img src="https://storczyk.pl/themes/storczyk/assets/img/przelewy24.svg" alt="Prze\
lewy24" width="90" height="30"> <img src="https://storczyk.pl/themes/storczyk/assets/img/blik.svg" alt="BLIK" width="60\
" height="30"></div>
    </div>
    <div class="row">
      <div class="col-md-12">
        <p class="text-sm-center">
          © @@year@@ Storczyk Sp. z o.o. – kwiaciarnia internetowa i poczta kwiatowa
        </p>
      </div>
    </div>
  </div>
</div>
        
      </footer>

    </main>

    
        <script type="text/javascript" src="https://storczyk.pl/themes/storczyk/assets/cache/bottom-@@js@@.js" ></scrip\
t>


    

    
      
    
  </body>

</html>
"""


def countdown(s):
    if s["cutoff"] is None:
        return "Zamów teraz – dostarczymy jutro"
    h, m = s["cutoff"]
    return "Dostawa dziś: zamów w ciągu %d godz. %d min" % (h, m)


def content(blocks):
    def table(rows, inl):
        head = "".join("<th>%s</th>" % inl(x) for x in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(x) for x in r) for r in rows[1:])
        return ('<table class="table table-bordered"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>'
                % (head, body))
    return C.render_blocks(blocks, table=table, sep="\n")


def render(s, blocks, when):
    return K.fill(TEMPLATE, css=s["ccc"][0], js=s["ccc"][1], prestashop=prestashop_js(s), campaign=s["campaign"],
                  banner=C.esc(BANNERS[s["campaign"]]), countdown=C.esc(countdown(s)),
                  bestsellers=bestsellers(s), title=C.esc(blocks[0][1]), content=content(blocks[1:]),
                  cscore=s["ceneo"][0], ccount=K.group3(s["ceneo"][1], "\u00a0"), year=when.year)


PAGE = {
    "service": "Storczyk", "url": URL, "lang": "pl-PL", "platform": "PrestaShop 8 (classic child theme)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 1, 12), "end": dt.date(2026, 3, 30), "hours": (3, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 9, 30), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#main .page-header h1", "#content.page-cms"]},
}
