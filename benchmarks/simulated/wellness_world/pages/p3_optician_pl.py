"""Polish optician chain's shop on Magento Open Source 2.4 (Luma child theme `VisioLux/default`), the policy a CMS
page built with Page Builder: one Row holding one Text element whose WYSIWYG HTML is the policy.

Inside that Text element, between sections 4 and 5, the editors placed a `{{widget type="Magento\\Cms\\Block\\Widget\\Block"}}`
directive: a CMS static block (`.widget.block.block-static-block`) that marketing re-points to the month's promotion
(free eye exam, second pair for 1 zł, gift cards, contact-lens subscription); the curator removes it. Outside the
container: the `/static/versionNNN/` deploy stamp in every asset URL (each `setup:static-content:deploy`), the
SecureHtmlRenderer's random `id="id…"` attributes and the `form_key` input, both new at each full-page-cache refresh.
"""
import datetime as dt
import html

import common as C

URL = "https://www.visiolux.pl/polityka-prywatnosci"

POLICY = """
Ostatnia aktualizacja: {UPDATED}

Dbamy o Twoją prywatność. W tej Polityce prywatności wyjaśniamy, jakie dane osobowe przetwarzamy, gdy robisz zakupy w sklepie internetowym visiolux.pl, umawiasz się na badanie wzroku w jednym z naszych salonów optycznych lub należysz do programu Klub VisioLux, w jakim celu to robimy i jakie prawa Ci przysługują.

## 1. Administrator danych

Administratorem Twoich danych osobowych jest VisioLux sp. z o.o. z siedzibą w Poznaniu, ul. Głogowska 218, 60-104 Poznań, wpisana do rejestru przedsiębiorców Krajowego Rejestru Sądowego prowadzonego przez Sąd Rejonowy Poznań – Nowe Miasto i Wilda w Poznaniu, VIII Wydział Gospodarczy KRS, pod numerem KRS 0000567890, NIP 7792456789, REGON 362145870 (dalej: „VisioLux” lub „my”).

## 2. Inspektor Ochrony Danych

Wyznaczyliśmy Inspektora Ochrony Danych, z którym możesz kontaktować się we wszystkich sprawach dotyczących przetwarzania Twoich danych osobowych: e-mailem na adres iod@visiolux.pl lub pisemnie na adres siedziby z dopiskiem „IOD”.

## 3. Cele, podstawy prawne i okres przechowywania danych

| Cel przetwarzania | Podstawa prawna | Okres przechowywania |
| Zawarcie i realizacja umowy sprzedaży w sklepie internetowym | art. 6 ust. 1 lit. b RODO | do zakończenia realizacji umowy, a następnie do upływu okresu przedawnienia roszczeń |
| Umówienie wizyty w salonie przez formularz online lub infolinię | art. 6 ust. 1 lit. b RODO | do dnia wizyty, a w przypadku jej odwołania – 30 dni |
| Badanie wzroku, dobór okularów i soczewek kontaktowych, prowadzenie dokumentacji medycznej | art. 9 ust. 2 lit. h RODO w zw. z ustawą o prawach pacjenta i Rzeczniku Praw Pacjenta | 20 lat od końca roku kalendarzowego, w którym dokonano ostatniego wpisu |
| Rozpatrywanie reklamacji i realizacja uprawnień z tytułu rękojmi | art. 6 ust. 1 lit. c RODO | 1 rok od rozpatrzenia reklamacji |
| Prowadzenie programu lojalnościowego Klub VisioLux | art. 6 ust. 1 lit. b RODO | do czasu rezygnacji z członkostwa w Klubie |
| Wysyłka newslettera i powiadomień SMS o ofertach | art. 6 ust. 1 lit. a RODO | do czasu wycofania zgody |
| Obsługa zapytań wysłanych przez formularz kontaktowy | art. 6 ust. 1 lit. f RODO | 12 miesięcy od zakończenia korespondencji |
| Prowadzenie ksiąg rachunkowych i dokumentacji podatkowej | art. 6 ust. 1 lit. c RODO | 5 lat od końca roku podatkowego |
| Ustalenie, dochodzenie lub obrona przed roszczeniami | art. 6 ust. 1 lit. f RODO | do upływu okresu przedawnienia roszczeń |

Podanie danych jest dobrowolne, ale niezbędne do zawarcia umowy, umówienia wizyty lub wykonania badania. Bez danych dotyczących Twojego wzroku nie możemy dobrać okularów ani soczewek.

Dane otrzymujemy bezpośrednio od Ciebie – w sklepie internetowym, w salonie, przez infolinię lub w aplikacji Klubu VisioLux. Jeżeli umawiasz wizytę dla innej osoby, na przykład dziecka, jej dane otrzymujemy od Ciebie; w takim przypadku prosimy o poinformowanie tej osoby o treści niniejszej Polityki.

## 4. Dane dotyczące zdrowia

Podczas badania wzroku optometrysta zbiera informacje o stanie Twojego zdrowia: wyniki badania ostrości wzroku, parametry refrakcji, ciśnienie wewnątrzgałkowe, informacje o chorobach oczu i przyjmowanych lekach. Są to szczególne kategorie danych osobowych. Przetważamy je wyłącznie w celu udzielenia świadczenia zdrowotnego i prowadzenia dokumentacji medycznej, a dostęp do nich mają tylko osoby wykonujące zawód medyczny oraz upoważnieni pracownicy salonu, zobowiązani do zachowania tajemnicy.

Dokumentację medyczną prowadzimy w postaci elektronicznej. Możesz uzyskać do niej dostęp lub otrzymać jej kopię na zasadach określonych w ustawie o prawach pacjenta i Rzeczniku Praw Pacjenta.

## 5. Odbiorcy danych

Twoje dane mogą być przekazywane podmiotom, które przetwarzają je na nasze zlecenie, wyłącznie w zakresie niezbędnym do realizacji danego celu:

- dostawcom usług hostingu i infrastruktury IT sklepu internetowego,
- firmom kurierskim i operatorom pocztowym (InPost sp. z o.o., DPD Polska sp. z o.o.),
- operatorowi płatności internetowych (PayU S.A.),
- dostawcy systemu rezerwacji wizyt i elektronicznej dokumentacji medycznej,
- laboratoriom optycznym wykonującym soczewki okularowe na zamówienie,
- dostawcy narzędzia do wysyłki newslettera i wiadomości SMS (SALESmanago sp. z o.o.),
- kancelariom prawnym i biurom rachunkowym.

Dane możemy również przekazać organom publicznym, jeżeli obowiązek taki wynika z przepisów prawa.

## 6. Przekazywanie danych poza Europejski Obszar Gospodarczy

Korzystając z narzędzi Google (Google Analytics 4, Google Ads) oraz Meta (Piksel Meta), Twoje dane mogą być przekazywane do USA. Przekazanie odbywa się na podstawie decyzji Komisji Europejskiej stwierdzającej odpowiedni stopień ochrony (EU-US Data Privacy Framework) lub standardowych klauzul umownych zatwierdzonych przez Komisję Europejską.

## 7. Twoje prawa

W związku z przetwarzaniem danych masz prawo do:

- dostępu do swoich danych oraz otrzymania ich kopii,
- sprostowania (poprawiania) danych,
- usunięcia danych, z zastrzeżeniem obowiązku przechowywania dokumentacji medycznej,
- ograniczenia przetwarzania danych,
- przenoszenia danych,
- wniesienia sprzeciwu wobec przetwarzania danych na podstawie prawnie uzasadnionego interesu,
- cofnięcia zgody w dowolnym momencie, bez wpływu na zgodność z prawem przetwarzania dokonanego przed jej cofnięciem.

Aby skorzystać ze swoich praw, napisz na adres iod@visiolux.pl lub złóż wniosek w dowolnym salonie VisioLux. Odpowiemy bez zbędnej zwłoki, nie później niż w terminie miesiąca od otrzymania żądania. W razie wątpliwości co do Twojej tożsamości możemy poprosić o dodatkowe informacje.

Przysługuje Ci również prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 Warszawa).

## 8. Pliki cookies

Sklep internetowy wykorzystuje pliki cookies niezbędne do działania koszyka i logowania, a za Twoją zgodą – także pliki cookies analityczne i marketingowe. Zgodę możesz w każdej chwili zmienić w panelu ustawień cookies dostępnym w stopce strony. Stosujemy następujące rodzaje plików cookies:

- niezbędne – umożliwiają korzystanie z koszyka, logowanie i zapamiętanie Twoich wyborów dotyczących cookies,
- analityczne – pozwalają nam mierzyć ruch w sklepie i ulepszać jego działanie (Google Analytics 4),
- marketingowe – służą do wyświetlania reklam dopasowanych do Twoich zainteresowań (Google Ads, Piksel Meta).

Szczegółowe informacje znajdziesz w [Polityce cookies](/polityka-cookies).

## 9. Kontakt

@ VisioLux sp. z o.o.
@ ul. Głogowska 218, 60-104 Poznań
@ Biuro Obsługi Klienta: tel. 61 222 45 00 (pon.–pt. 8:00–18:00, sob. 9:00–14:00)
@ e-mail: kontakt@visiolux.pl
"""

PROFILING = """## 9. Zautomatyzowane podejmowanie decyzji i profilowanie

Nie podejmujemy wobec Ciebie decyzji opartych wyłącznie na zautomatyzowanym przetwarzaniu, które wywoływałyby skutki prawne lub w podobny sposób istotnie na Ciebie wpływały. W ramach programu Klub VisioLux możemy analizować historię Twoich zakupów, aby przypominać Ci o zbliżającym się terminie kontrolnego badania wzroku i proponować dopasowane oferty. Możesz w każdej chwili wnieść sprzeciw wobec takiego profilowania.

## 10. Kontakt"""

EDITS = [
    {"note": "second payment operator (Przelewy24 / PayPro S.A.) added to the recipients list",
     "repl": [("- operatorowi płatności internetowych (PayU S.A.),",
               "- operatorom płatności internetowych (PayU S.A., PayPro S.A. – serwis Przelewy24),")]},
    {"note": "typo fixed: Przetważamy -> Przetwarzamy (no new date)", "bump": False,
     "repl": [("Przetważamy je wyłącznie", "Przetwarzamy je wyłącznie")]},
    {"note": "consumer-law wording: 'rękojmi' replaced by 'niezgodności towaru z umową' in the purposes table",
     "repl": [("realizacja uprawnień z tytułu rękojmi", "realizacja uprawnień z tytułu niezgodności towaru z umową")]},
    {"note": "contact-form enquiries retention shortened from 12 to 6 months",
     "repl": [("| 12 miesięcy od zakończenia korespondencji |", "| 6 miesięcy od zakończenia korespondencji |")]},
    {"note": "new section 9 on automated decisions and profiling; Kontakt renumbered 10",
     "repl": [("## 9. Kontakt", PROFILING)]},
    {"note": "customer-service phone number changed",
     "repl": [("tel. 61 222 45 00", "tel. 61 250 80 80")]},
]

PL_MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
             "października", "listopada", "grudnia"]


def fmt_date(d):
    return "%d %s %d r." % (d.day, PL_MONTHS[d.month - 1], d.year)


PROMOS = [
    ("badanie-wzroku", "Bezpłatne badanie wzroku", "Przy zakupie okularów korekcyjnych badanie wzroku wykonamy bezpłatnie. "
     "Umów wizytę w najbliższym salonie – wolne terminy są dostępne już od jutra.", "Umów badanie", "/umow-wizyte"),
    ("druga-para", "Druga para za 1 zł", "Kupując okulary korekcyjne, drugą parę z tą samą mocą szkieł otrzymasz za 1 zł. "
     "Szczegóły w regulaminie promocji.", "Sprawdź oprawy", "/okulary-korekcyjne"),
    ("karta-podarunkowa", "Karta podarunkowa VisioLux", "Podaruj bliskim dobre widzenie – karty podarunkowe o wartości "
     "od 100 do 1000 zł do wykorzystania w salonach i w sklepie internetowym.", "Kup kartę", "/karta-podarunkowa"),
    ("abonament-soczewki", "Soczewki w abonamencie", "Zamów abonament na soczewki kontaktowe i odbieraj je co miesiąc "
     "z rabatem 15% oraz darmową dostawą do paczkomatu.", "Wybierz soczewki", "/soczewki-kontaktowe/abonament"),
]


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["static_version"] = C.keep_or(rng, p.get("static_version"), 0.18,
                                     lambda: str(C.epoch(when) - rng.randint(3600, 86400 * 6)))
    st["promo"] = C.keep_or(rng, p.get("promo"), 0.3, lambda: (p.get("promo", 0) + rng.randint(1, 3)) % len(PROMOS))
    st["ids"] = [C.alnum(rng, 8) for _ in range(5)]
    st["form_key"] = C.alnum(rng, 16)
    return st


LABELS = {"static_version": "/static/versionNNN/ deploy stamp", "promo": "CMS static-block promotion (inside the policy text)",
          "ids": "SecureHtmlRenderer random element ids", "form_key": "form_key hidden input"}


def esc(s):
    return html.escape(s, quote=False)


def promo_block(k):
    ident, title, text, cta, href = PROMOS[k]
    return ('<div class="widget block block-static-block">\n'
            '<div data-content-type="row" data-appearance="full-bleed" data-enable-parallax="0" data-parallax-speed="0.5" '
            'data-background-images="{}" data-background-type="image" data-video-loop="true" data-video-play-only-visible="true" '
            'data-video-lazy-load="true" data-video-fallback-src="" data-element="main" data-pb-style="PROMO%s">'
            '<div class="promo-box promo-box--%s"><p class="promo-box__title"><strong>%s</strong></p><p>%s</p>'
            '<div data-content-type="buttons" data-appearance="inline" data-same-width="false" data-element="main">'
            '<div data-content-type="button-item" data-appearance="default" data-element="main">'
            '<a class="pagebuilder-button-primary" href="https://www.visiolux.pl%s" target="" data-link-type="default" data-element="link">'
            '<span data-element="link_text">%s</span></a></div></div></div></div>\n</div>'
            % (k + 1, ident, esc(title), esc(text), href, esc(cta)))


def policy_html(blocks, promo):
    out = []
    for b in blocks:
        if b[0] == "h2" and b[1].startswith("5."):
            out.append(promo_block(promo))
        if b[0] == "table":
            out.append('<table style="border-collapse: collapse; width: 100%%;" border="1"><tbody>%s</tbody></table>'
                       % "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(c) for c in r) for r in b[1]))
        else:
            out.append(C.block_html(b))
    return "\n".join(out)


def render(st, blocks, when):
    v = st["static_version"]
    S = "https://www.visiolux.pl/static/version%s/frontend/VisioLux/default/pl_PL" % v
    ids = st["ids"]
    menu = [("Okulary korekcyjne", "okulary-korekcyjne"), ("Okulary przeciwsłoneczne", "okulary-przeciwsloneczne"),
            ("Soczewki kontaktowe", "soczewki-kontaktowe"), ("Płyny i akcesoria", "akcesoria"),
            ("Badanie wzroku", "badanie-wzroku"), ("Salony", "salony")]
    nav = "".join('<li  class="level0 nav-%d category-item%s level-top"><a href="https://www.visiolux.pl/%s"  class="level-top" ><span>%s</span></a></li>'
                  % (n + 1, " first" if n == 0 else (" last" if n == len(menu) - 1 else ""), u, esc(t))
                  for n, (t, u) in enumerate(menu))
    return """<!doctype html>
<html lang="pl">
    <head >
        <script>
    var LOCALE = 'pl\\u002DPL';
    var BASE_URL = 'https\\u003A\\u002F\\u002Fwww.visiolux.pl\\u002F';
    var require = {
        'baseUrl': 'https\\u003A\\u002F\\u002Fwww.visiolux.pl\\u002Fstatic\\u002Fversion%(v)s\\u002Ffrontend\\u002FVisioLux\\u002Fdefault\\u002Fpl_PL'
    };</script>        <meta charset="utf-8"/>
<meta name="title" content="Polityka prywatności"/>
<meta name="description" content="Polityka prywatności salonów optycznych VisioLux i sklepu internetowego visiolux.pl."/>
<meta name="robots" content="INDEX,FOLLOW"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="format-detection" content="telephone=no"/>
<title>Polityka prywatności | Salony optyczne VisioLux</title>
<link  rel="stylesheet" type="text/css"  media="all" href="%(S)s/mage/calendar.css" />
<link  rel="stylesheet" type="text/css"  media="all" href="%(S)s/css/styles-m.css" />
<link  rel="stylesheet" type="text/css"  media="all" href="%(S)s/Magento_PageBuilder/css/styles.css" />
<link  rel="stylesheet" type="text/css"  media="screen and (min-width: 768px)" href="%(S)s/css/styles-l.css" />
<link  rel="stylesheet" type="text/css"  media="print" href="%(S)s/css/print.css" />
<script  type="text/javascript"  src="%(S)s/requirejs/require.js"></script>
<script  type="text/javascript"  src="%(S)s/mage/requirejs/mixins.js"></script>
<script  type="text/javascript"  src="%(S)s/requirejs-config.js"></script>
<link rel="preload" as="font" crossorigin="anonymous" href="%(S)s/fonts/opensans/regular/opensans-400.woff2" />
<link rel="preload" as="font" crossorigin="anonymous" href="%(S)s/fonts/opensans/semibold/opensans-600.woff2" />
<link  rel="canonical" href="https://www.visiolux.pl/polityka-prywatnosci" />
<link  rel="icon" type="image/x-icon" href="%(S)s/Magento_Theme/favicon.ico" />
<link  rel="shortcut icon" type="image/x-icon" href="%(S)s/Magento_Theme/favicon.ico" />
<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-NX4W7PL');</script>
<!-- End Google Tag Manager -->
<script id="CookieConsent" src="https://policy.app.cookieinformation.com/uc.js" data-culture="PL" data-gcm-version="2.0" type="text/javascript"></script>
    <script type="text/x-magento-init">
        {
            "*": {
                "Magento_PageCache/js/form-key-provider": {
                    "isPaginationCacheEnabled":
                        0                }
            }
        }
    </script>
    </head>
    <body data-container="body"
          data-mage-init='{"loaderAjax": {}, "loader": { "icon": "%(S)s/images/loader-2.gif"}}'
        id="html-body" class="cms-polityka-prywatnosci cms-page-view page-layout-1column">

<script type="text/x-magento-init">
    {
        "*": {
            "Magento_PageBuilder/js/widget-initializer": {
                "config": {"[data-content-type=\\"slider\\"][data-appearance=\\"default\\"]":{"Magento_PageBuilder\\/js\\/content-type\\/slider\\/appearance\\/default\\/widget":false},"[data-content-type=\\"map\\"]":{"Magento_PageBuilder\\/js\\/content-type\\/map\\/appearance\\/default\\/widget":false},"[data-content-type=\\"row\\"]":{"Magento_PageBuilder\\/js\\/content-type\\/row\\/appearance\\/default\\/widget":false},"[data-content-type=\\"tabs\\"]":{"Magento_PageBuilder\\/js\\/content-type\\/tabs\\/appearance\\/default\\/widget":false},"[data-content-type=\\"buttons\\"]":{"Magento_PageBuilder\\/js\\/content-type\\/buttons\\/appearance\\/inline\\/widget":false}},
                "breakpoints": {"desktop":{"label":"Desktop","stage":true,"default":true,"class":"desktop-switcher","icon":"Magento_PageBuilder::css\\/images\\/switcher\\/switcher-desktop.svg","conditions":{"min-width":"1024px"},"options":{"products":{"default":{"slidesToShow":"5"}}}},"tablet":{"conditions":{"max-width":"1024px","min-width":"768px"},"options":{"products":{"default":{"slidesToShow":"4"},"continuous":{"slidesToShow":"3"}}}},"mobile":{"label":"Mobile","stage":true,"class":"mobile-switcher","icon":"Magento_PageBuilder::css\\/images\\/switcher\\/switcher-mobile.svg","media":"only screen and (max-width: 768px)","conditions":{"max-width":"768px","min-width":"640px"},"options":{"products":{"default":{"slidesToShow":"3"}}}}}            }
        }
    }
</script>

<div class="cookie-status-message" id="cookie-status">
    Sklep nie będzie działał poprawnie, jeśli obsługa plików cookie jest wyłączona.</div>
<script type="text&#x2F;javascript">document.querySelector("#cookie-status").style.display = "none";</script>
<script type="text/x-magento-init">
    {
        "*": {
            "cookieStatus": {}
        }
    }
</script>

<script type="text/x-magento-init">
    {
        "*": {
            "mage/cookies": {
                "expires": null,
                "path": "\\u002F",
                "domain": ".www.visiolux.pl",
                "secure": true,
                "lifetime": "3600"
            }
        }
    }
</script>
    <noscript>
        <div class="message global noscript">
            <div class="content">
                <p>
                    <strong>Wygląda na to, że JavaScript jest wyłączony w Twojej przeglądarce.</strong>
                    <span>
                        Aby zapewnić najlepsze wrażenia na naszej stronie, włącz JavaScript w przeglądarce.                    </span>
                </p>
            </div>
        </div>
    </noscript>

<script>
    window.cookiesConfig = window.cookiesConfig || {};
    window.cookiesConfig.secure = true;
</script><script>    require.config({
        map: {
            '*': {
                wysiwygAdapter: 'mage/adminhtml/wysiwyg/tiny_mce/tinymceAdapter'
            }
        }
    });</script><div class="page-wrapper"><div class="top-promo-bar"><p>Darmowa dostawa do paczkomatu od 149 zł &middot; Bezpłatny zwrot do 30 dni</p></div><header class="page-header"><div class="panel wrapper"><div class="panel header"><a class="action skip contentarea"
   href="#contentarea">
    <span>
        Przejdź do treści    </span>
</a>
<ul class="header links">    <li class="greet welcome" data-bind="scope: 'customer'">
        <!-- ko if: customer().fullname  -->
        <span class="logged-in"
              data-bind="text: new String('Witaj, %%1!').
              replace('%%1', customer().fullname)">
        </span>
        <!-- /ko -->
        <!-- ko ifnot: customer().fullname  -->
        <span class="not-logged-in"
              data-bind="html: ''"></span>
                <!-- /ko -->
    </li>
        <script type="text/x-magento-init">
        {
            "*": {
                "Magento_Ui/js/core/app": {
                    "components": {
                        "customer": {
                            "component": "Magento_Customer/js/view/customer"
                        }
                    }
                }
            }
        }
        </script>
<li class="link authorization-link" data-label="lub">
    <a href="https://www.visiolux.pl/customer/account/login/referer/aHR0cHM6Ly93d3cudmlzaW9sdXgucGwvcG9saXR5a2EtcHJ5d2F0bm9zY2k~/"        >Zaloguj się</a>
</li>
<li><a href="https://www.visiolux.pl/customer/account/create/" id="id%(id0)s" >Utwórz konto</a></li></ul></div></div><div class="header content"><span data-action="toggle-nav" class="action nav-toggle"><span>Przełącz nawigację</span></span>
<a
    class="logo"
    href="https://www.visiolux.pl/"
    title="VisioLux&#x20;-&#x20;salony&#x20;optyczne"
    aria-label="store logo">
    <img src="%(S)s/images/logo.svg"
         title="VisioLux&#x20;-&#x20;salony&#x20;optyczne"
         alt="VisioLux&#x20;-&#x20;salony&#x20;optyczne"
            width="170"            height="40"    />
</a>

<div data-block="minicart" class="minicart-wrapper">
    <a class="action showcart" href="https://www.visiolux.pl/checkout/cart/"
       data-bind="scope: 'minicart_content'">
        <span class="text">Mój koszyk</span>
        <span class="counter qty empty"
              data-bind="css: { empty: !!getCartParam('summary_count') == false && !isLoading() },
               blockLoader: isLoading">
            <span class="counter-number">
                <!-- ko if: getCartParam('summary_count') -->
                <!-- ko text: getCartParam('summary_count').toLocaleString(window.LOCALE) --><!-- /ko -->
                <!-- /ko -->
            </span>
            <span class="counter-label">
            <!-- ko if: getCartParam('summary_count') -->
                <!-- ko text: getCartParam('summary_count').toLocaleString(window.LOCALE) --><!-- /ko -->
                <!-- ko i18n: 'items' --><!-- /ko -->
            <!-- /ko -->
            </span>
        </span>
    </a>
    <script>window.checkout = {"shoppingCartUrl":"https:\\/\\/www.visiolux.pl\\/checkout\\/cart\\/","checkoutUrl":"https:\\/\\/www.visiolux.pl\\/checkout\\/","updateItemQtyUrl":"https:\\/\\/www.visiolux.pl\\/checkout\\/sidebar\\/updateItemQty\\/","removeItemUrl":"https:\\/\\/www.visiolux.pl\\/checkout\\/sidebar\\/removeItem\\/","imageTemplate":"Magento_Catalog\\/product\\/image_with_borders","baseUrl":"https:\\/\\/www.visiolux.pl\\/","minicartMaxItemsVisible":5,"websiteId":"1","maxItemsToDisplay":10,"storeId":"1","storeGroupId":"1","customerLoginUrl":"https:\\/\\/www.visiolux.pl\\/customer\\/account\\/login\\/referer\\/aHR0cHM6Ly93d3cudmlzaW9sdXgucGwvcG9saXR5a2EtcHJ5d2F0bm9zY2k~\\/","isRedirectRequired":false,"autocomplete":"off","captcha":{"user_login":{"isCaseSensitive":false,"imageHeight":50,"imageSrc":"","refreshUrl":"https:\\/\\/www.visiolux.pl\\/captcha\\/refresh\\/","isRequired":false,"timestamp":%(ts)d}}}</script>
</div>
<div class="block block-search">
    <div class="block block-title"><strong>Szukaj</strong></div>
    <div class="block block-content">
        <form class="form minisearch" id="search_mini_form"
              action="https://www.visiolux.pl/catalogsearch/result/" method="get">
                        <div class="field search">
                <label class="label" for="search" data-role="minisearch-label">
                    <span>Szukaj</span>
                </label>
                <div class="control">
                    <input id="search"
                           data-mage-init='{"quickSearch":{"formSelector":"#search_mini_form","url":"https://www.visiolux.pl/search/ajax/suggest/","destinationSelector":"#search_autocomplete","minSearchLength":"3"}}'
                           type="text"
                           name="q"
                           value=""
                           placeholder="Wyszukaj&#x20;oprawy,&#x20;soczewki..."
                           class="input-text"
                           maxlength="128"
                           role="combobox"
                           aria-haspopup="false"
                           aria-autocomplete="both"
                           autocomplete="off"
                           aria-expanded="false"/>
                    <div id="search_autocomplete" class="search-autocomplete"></div>
                                    </div>
            </div>
            <div class="actions">
                <button type="submit"
                        title="Szukaj"
                        class="action search"
                        aria-label="Search"
                >
                    <span>Szukaj</span>
                </button>
            </div>
        </form>
    </div>
</div>
</div></header>    <div class="sections nav-sections">
                <div class="section-items nav-sections-items"
             data-mage-init='{"tabs":{"openedState":"active"}}'>
                                            <div class="section-item-title nav-sections-item-title"
                     data-role="collapsible">
                    <a class="nav-sections-item-switch"
                       data-toggle="switch" href="#store.menu">
                        Menu                    </a>
                </div>
                <div class="section-item-content nav-sections-item-content"
                     id="store.menu"
                     data-role="content">
<nav class="navigation" data-action="navigation">
    <ul data-mage-init='{"menu":{"responsive":true, "expanded":true, "position":{"my":"left top","at":"left bottom"}}}'>
        %(nav)s            </ul>
</nav>
                </div>
                                    </div>
    </div>
<div class="breadcrumbs">
    <ul class="items">
                    <li class="item home">
                            <a href="https://www.visiolux.pl/"
                   title="Przejdź&#x20;do&#x20;strony&#x20;głównej">
                    Strona główna                </a>
                        </li>
                    <li class="item cms_page">
                            <strong>Polityka prywatności</strong>
                        </li>
            </ul>
</div>
<main id="maincontent" class="page-main"><a id="contentarea" tabindex="-1"></a>
<div class="page-title-wrapper">
    <h1 class="page-title"
                >
        <span class="base" data-ui-id="page-title-wrapper" >Polityka prywatności</span>    </h1>
    </div>
<div class="page messages"><div data-placeholder="messages"></div>
<div data-bind="scope: 'messages'">
    <!-- ko if: cookieMessages && cookieMessages.length > 0 -->
    <div aria-atomic="true" role="alert" data-bind="foreach: { data: cookieMessages, as: 'message' }" class="messages">
        <div data-bind="attr: {
            class: 'message-' + message.type + ' ' + message.type + ' message',
            'data-ui-id': 'message-' + message.type
        }">
            <div data-bind="html: $parent.prepareMessageForHtml(message.text)"></div>
        </div>
    </div>
    <!-- /ko -->
</div>
<script type="text/x-magento-init">
    {
        "*": {
            "Magento_Ui/js/core/app": {
                "components": {
                        "messages": {
                            "component": "Magento_Theme/js/view/messages"
                        }
                    }
                }
            }
    }
</script>
</div><div class="columns"><div class="column main"><input name="form_key" type="hidden" value="%(fk)s" /><div id="authenticationPopup" data-bind="scope:'authenticationPopup', style: {display: 'none'}">
        <script>window.authenticationPopup = {"autocomplete":"off","customerRegisterUrl":"https:\\/\\/www.visiolux.pl\\/customer\\/account\\/create\\/","customerForgotPasswordUrl":"https:\\/\\/www.visiolux.pl\\/customer\\/account\\/forgotpassword\\/","baseUrl":"https:\\/\\/www.visiolux.pl\\/","customerLoginUrl":"https:\\/\\/www.visiolux.pl\\/customer\\/ajax\\/login\\/"}</script>    <!-- ko template: getTemplate() --><!-- /ko -->
        <script type="text/x-magento-init">
        {
            "#authenticationPopup": {
                "Magento_Ui/js/core/app": {"components":{"authenticationPopup":{"component":"Magento_Customer\\/js\\/view\\/authentication-popup","children":{"messages":{"component":"Magento_Ui\\/js\\/view\\/messages","displayArea":"messages"},"captcha":{"component":"Magento_Captcha\\/js\\/view\\/checkout\\/loginCaptcha","displayArea":"additional-login-form-fields","formId":"user_login","configSource":"checkout"}}}}}            },
            "*": {
                "Magento_Ui/js/block-loader": "https\\u003A\\u002F\\u002Fwww.visiolux.pl\\u002Fstatic\\u002Fversion%(v)s\\u002Ffrontend\\u002FVisioLux\\u002Fdefault\\u002Fpl_PL\\u002Fimages\\u002Floader\\u002D1.gif"
                            }
        }
    </script>
</div>
<script type="text/x-magento-init">
    {
        "*": {
            "Magento_Customer/js/section-config": {
                "sections": {"stores\\/store\\/switch":["*"],"stores\\/store\\/switchrequest":["*"],"directory\\/currency\\/switch":["*"],"*":["messages"],"customer\\/account\\/logout":["*","recently_viewed_product","recently_compared_product","persistent"],"customer\\/account\\/loginpost":["*"],"customer\\/account\\/createpost":["*"],"customer\\/account\\/editpost":["*"],"customer\\/ajax\\/login":["checkout-data","cart","captcha"],"catalog\\/product_compare\\/add":["compare-products"],"checkout\\/cart\\/add":["cart","directory-data"],"checkout\\/cart\\/delete":["cart"],"checkout\\/onepage\\/saveorder":["cart","checkout-data","last-ordered-items"],"newsletter\\/subscriber\\/new":[]},
                "clientSideSections": ["checkout-data","cart-data"],
                "baseUrls": ["https:\\/\\/www.visiolux.pl\\/"],
                "sectionNames": ["messages","customer","compare-products","last-ordered-items","cart","directory-data","captcha","instant-purchase","loggedAsCustomer","persistent","review","wishlist","recently_viewed_product","recently_compared_product","product_data_storage","paypal-billing-agreement"]            }
        }
    }
</script>
<script type="text/x-magento-init">
    {
        "*": {
            "Magento_Customer/js/customer-data": {
                "sectionLoadUrl": "https\\u003A\\u002F\\u002Fwww.visiolux.pl\\u002Fcustomer\\u002Fsection\\u002Fload\\u002F",
                "expirableSectionLifetime": 60,
                "expirableSectionNames": ["cart","persistent"],
                "cookieLifeTime": "3600",
                "cookieDomain": "",
                "updateSessionUrl": "https\\u003A\\u002F\\u002Fwww.visiolux.pl\\u002Fcustomer\\u002Faccount\\u002FupdateSession\\u002F",
                "isLoggedIn": ""
            }
        }
    }
</script>
<script type="text/x-magento-init">
    {
        "body": {
            "pageCache": {"url":"https:\\/\\/www.visiolux.pl\\/page_cache\\/block\\/render\\/page_id\\/4\\/","handles":["default","cms_page_view","cms_page_view_id_polityka-prywatnosci"],"originalRequest":{"route":"cms","controller":"page","action":"view","uri":"\\/polityka-prywatnosci"},"versionCookieName":"private_content_version"}        }
    }
</script>
<div data-content-type="row" data-appearance="contained" data-element="main"><div data-enable-parallax="0" data-parallax-speed="0.5" data-background-images="{}" data-background-type="image" data-video-loop="true" data-video-play-only-visible="true" data-video-lazy-load="true" data-video-fallback-src="" data-element="inner" data-pb-style="J7VQ5XF"><div data-content-type="text" data-appearance="default" data-element="main">%(policy)s</div></div></div><style>#html-body [data-pb-style=J7VQ5XF]{justify-content:flex-start;display:flex;flex-direction:column;background-position:left top;background-size:cover;background-repeat:no-repeat;background-attachment:scroll;border-style:none;border-width:1px;border-radius:0;margin:0 0 10px;padding:10px}</style></div></div></main><footer class="page-footer"><div class="footer content"><div class="block newsletter">
    <div class="title"><strong>Newsletter</strong></div>
    <div class="content">
        <form class="form subscribe"
            novalidate
            action="https://www.visiolux.pl/newsletter/subscriber/new/"
            method="post"
            data-mage-init='{"validation": {"errorClass": "mage-error"}}'
            id="newsletter-validate-detail">
            <div class="field newsletter">
                <div class="control">
                    <label for="newsletter">
                        <span class="label">
                            Zapisz się do newslettera:                        </span>
                        <input name="email" type="email" id="newsletter"
                               placeholder="Podaj&#x20;adres&#x20;e-mail"
                               data-mage-init='{"mage/trim-input":{}}'
                               data-validate="{required:true, 'validate-email':true}"
                        />
                    </label>
                </div>
            </div>
            <div class="actions">
                <button class="action subscribe primary"
                        title="Zapisz&#x20;si&#x0119;"
                        type="submit"
                        aria-label="Subscribe">
                    <span>Zapisz się</span>
                </button>
            </div>
        </form>
    </div>
</div>
<script type="text/x-magento-init">
    {
        "*": {
            "Magento_Customer/js/block-submit-on-send": {
                "formId": "newsletter-validate-detail"
            }
        }
    }
</script>
<ul class="footer links"><li class="nav item"><a href="https://www.visiolux.pl/regulamin">Regulamin sklepu</a></li><li class="nav item current"><strong>Polityka prywatności</strong></li><li class="nav item"><a href="https://www.visiolux.pl/polityka-cookies">Polityka cookies</a></li><li class="nav item"><a href="https://www.visiolux.pl/salony">Salony optyczne</a></li><li class="nav item"><a href="https://www.visiolux.pl/contact/" id="id%(id1)s" >Kontakt</a></li><li class="nav item"><a href="#" id="id%(id2)s" onclick="CookieConsent.renew();return false;">Ustawienia cookies</a></li></ul></div></footer><script type="text/x-magento-init">
        {
            "*": {
                "Magento_Ui/js/core/app": {
                    "components": {
                        "storage-manager": {
                            "component": "Magento_Catalog/js/storage-manager",
                            "appendTo": "",
                            "storagesConfiguration" : {"recently_viewed_product":{"requestConfig":{"syncUrl":"https:\\/\\/www.visiolux.pl\\/catalog\\/product\\/frontend_action_synchronize\\/"},"lifetime":"1000","allowToSendRequest":null},"recently_compared_product":{"requestConfig":{"syncUrl":"https:\\/\\/www.visiolux.pl\\/catalog\\/product\\/frontend_action_synchronize\\/"},"lifetime":"1000","allowToSendRequest":null},"product_data_storage":{"updateRequestConfig":{"url":"https:\\/\\/www.visiolux.pl\\/rest\\/default\\/V1\\/products-render-info"},"requestConfig":{"syncUrl":"https:\\/\\/www.visiolux.pl\\/catalog\\/product\\/frontend_action_synchronize\\/"},"allowToSendRequest":null}}                        }
                    }
                }
            }
        }
</script>
<small class="copyright">
    <span>Copyright &copy; 2013-%(year)d VisioLux sp. z o.o. Wszelkie prawa zastrzeżone.</span>
</small>
<script type="text&#x2F;javascript">    var elem%(id3)s = document.querySelector('#id%(id2)s');
    if (elem%(id3)s) {
        elem%(id3)s.setAttribute('data-consent-renew', '1');
    }</script>
<script type="text&#x2F;javascript">    var elem%(id4)s = document.querySelector('#id%(id0)s');
    if (elem%(id4)s) {
        elem%(id4)s.setAttribute('rel', 'nofollow');
    }</script>
</div>    </body>
</html>
""" % {"v": v, "S": S, "id0": ids[0], "id1": ids[1], "id2": ids[2], "id3": ids[3], "id4": ids[4], "ts": C.epoch(when) * 1000,
       "nav": nav, "fk": st["form_key"], "policy": policy_html(blocks, st["promo"]), "year": when.year}


PAGE = {
    "service": "VisioLux",
    "url": URL,
    "lang": "pl",
    "platform": "Magento Open Source 2.4 (Luma child theme, Page Builder CMS page, CMS static-block widget)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("X-Magento-Tags", "cms_p_4,cms_b_promo_legal"),
                      ("Cache-Control", "max-age=0, must-revalidate, no-cache, no-store"), ("X-Content-Type-Options", "nosniff")),
    "n": 31,
    "start": dt.date(2022, 9, 1),
    "end": dt.date(2025, 10, 15),
    "hours": (0, 6, 12),
    "policy": POLICY,
    "first_updated": dt.date(2022, 6, 20),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".column.main [data-content-type=\"text\"]", "remove": ".block-static-block"},
}
