"""Polish music streaming service on Adobe Experience Manager (Core Components, editable template "legal-page").

The policy is one container (style-system class cmp-container--legal): a cmp-title, a cmp-text with the date and
the introduction, a Premium promo experience fragment (an Adobe Target A/B offer, per visit) that the curators
remove, then every section in a collapsed cmp-accordion panel. Outside it: header and footer experience fragments,
the weekly "Nowości" teaser list, clientlib lc-hashes that change at each deployment, the Adobe Client Data Layer
JSON with repo:modifyDate (republished without changes now and then) and Akamai Bot Manager's per-response pixel.
"""
import datetime as dt
import html
import json

import common as C

URL = "https://www.dzwiekoteka.pl/pl/prawne/polityka-prywatnosci.html"

POLICY = """# Polityka prywatności serwisu Dźwiękoteka

Ostatnia aktualizacja: {UPDATED}

Dbamy o to, aby słuchanie muzyki i podcastów w Dźwiękotece było nie tylko przyjemne, ale i bezpieczne. W niniejszej Polityce prywatności wyjaśniamy, jakie dane osobowe zbieramy, gdy korzystasz z naszej aplikacji mobilnej, odtwarzacza internetowego, aplikacji na telewizory i głośniki oraz ze strony www.dzwiekoteka.pl, w jakim celu je wykorzytujemy i jakie prawa Ci przysługują.

## Kto jest administratorem Twoich danych?

Administratorem Twoich danych osobowych jest Dźwiękoteka spółka z ograniczoną odpowiedzialnością z siedzibą w Warszawie, wpisana do rejestru przedsiębiorców Krajowego Rejestru Sądowego pod numerem KRS 0000614277, NIP 5252671390 (dalej „Dźwiękoteka”, „my”).

Wyznaczyliśmy Inspektora Ochrony Danych, z którym możesz skontaktować się we wszystkich sprawach dotyczących przetwarzania Twoich danych:

@ Inspektor Ochrony Danych
@ Dźwiękoteka sp. z o.o.
@ ul. Prosta 51
@ 00-838 Warszawa
@ e-mail: iod@dzwiekoteka.pl

## Jakie dane zbieramy?

Zakres danych zależy od tego, z jakich funkcji korzystasz. Przetwarzamy w szczególności:

- **dane konta**: adres e-mail, nazwę użytkownika, hasło (w postaci skrótu), datę urodzenia, płeć (jeśli ją podasz) i kraj;
- **dane płatnicze**: rodzaj planu, historię płatności, ostatnie cztery cyfry karty oraz identyfikator transakcji przekazany przez operatora płatności; pełnych numerów kart nie przechowujemy;
- **dane o korzystaniu z usługi**: odtwarzane utwory, odcinki i audiobooki, utworzone playlisty, polubienia, wyszukiwane frazy, czas i długość odsłuchań oraz ustawienia jakości dźwięku;
- **dane techniczne**: adres IP, identyfikatory urządzenia, typ i wersję systemu operacyjnego, wersję aplikacji, informacje o połączeniu sieciowym oraz dzienniki błędów;
- **przybliżoną lokalizację** ustaloną na podstawie adresu IP, której używamy do udostępniania katalogu zgodnego z licencjami na danym terytorium;
- **dane z komunikacji z nami**: treść zgłoszeń do Biura Obsługi Klienta, nagrania rozmów telefonicznych (po uprzedzeniu Cię o nagrywaniu) oraz odpowiedzi w ankietach.

Jeśli logujesz się za pomocą konta Google, Apple lub Facebook, otrzymujemy od tego dostawcy Twój adres e-mail, imię i identyfikator konta. Nie otrzymujemy Twojego hasła.

## W jakich celach i na jakiej podstawie przetwarzamy dane?

| Cel przetwarzania | Podstawa prawna | Okres przechowywania |
| Zawarcie i wykonanie umowy o świadczenie usługi, w tym prowadzenie konta i odtwarzanie treści | art. 6 ust. 1 lit. b RODO | przez czas posiadania konta, a następnie do upływu terminu przedawnienia roszczeń |
| Rozliczenia i obsługa płatności | art. 6 ust. 1 lit. c RODO (obowiązki podatkowe i rachunkowe) | 5 lat od końca roku, w którym upłynął termin płatności podatku |
| Rozliczenia z właścicielami praw autorskich i organizacjami zbiorowego zarządzania | art. 6 ust. 1 lit. f RODO (nasz prawnie uzasadniony interes) | dane o odsłuchaniach przechowujemy przez 36 miesięcy w formie umożliwiającej identyfikację |
| Rekomendacje, „Mix dnia” i personalizacja strony głównej | art. 6 ust. 1 lit. b RODO | przez czas posiadania konta |
| Marketing własny, newsletter i powiadomienia push | art. 6 ust. 1 lit. a RODO (zgoda) | do czasu wycofania zgody |
| Bezpieczeństwo, zapobieganie nadużyciom i współdzieleniu kont | art. 6 ust. 1 lit. f RODO | 12 miesięcy |
| Obsługa reklamacji i zapytań | art. 6 ust. 1 lit. b i f RODO | 3 lata od zakończenia sprawy |

Jeśli korzystasz z bezpłatnego planu z reklamami, dopasowujemy reklamy dźwiękowe i graficzne do Twojego wieku, płci i przybliżonej lokalizacji. Reklamy oparte na profilowaniu wyświetlamy wyłącznie za Twoją zgodą wyrażoną w ustawieniach prywatności.

## Komu przekazujemy dane?

Nie sprzedajemy Twoich danych. Przekazujemy je wyłącznie podmiotom, które pomagają nam świadczyć usługę i działają na nasze zlecenie, oraz właścicielom praw w zakresie niezbędnym do rozliczeń.

| Odbiorca | Zakres usług | Lokalizacja danych |
| Amazon Web Services EMEA SARL | hosting i przechowywanie plików audio | Irlandia, Niemcy |
| Przelewy24 (PayPro S.A.) | obsługa płatności | Polska |
| Adyen N.V. | obsługa płatności kartami i Apple Pay | Holandia |
| Zendesk Inc. | system zgłoszeń Biura Obsługi Klienta | UE, USA |
| Adobe Systems Software Ireland Ltd | analityka internetowa | UE, USA |
| ZAiKS, STOART, ZPAV | rozliczenia tantiem (dane zagregowane) | Polska |

Możemy także udostępnić dane organom publicznym, jeśli zobowiązuje nas do tego prawo, np. na żądanie sądu lub prokuratury.

## Przekazywanie danych poza Europejski Obszar Gospodarczy

Niektórzy nasi dostawcy mają siedzibę w Stanach Zjednoczonych. W takim przypadku dane przekazujemy na podstawie decyzji Komisji Europejskiej w sprawie odpowiedniego stopnia ochrony (EU-US Data Privacy Framework) albo standardowych klauzul umownych zatwierdzonych przez Komisję. Kopię zabezpieczeń możesz otrzymać, pisząc do naszego Inspektora Ochrony Danych.

## Jakie prawa Ci przysługują?

W związku z przetwarzaniem danych masz prawo do:

- dostępu do danych i otrzymania ich kopii (w ustawieniach konta znajdziesz przycisk „Pobierz moje dane”);
- sprostowania nieprawidłowych danych;
- usunięcia danych, w tym usunięcia konta w dowolnym momencie;
- ograniczenia przetwarzania;
- przenoszenia danych, które nam przekazałeś;
- wniesienia sprzeciwu wobec przetwarzania opartego na prawnie uzasadnionym interesie, w tym wobec marketingu bezpośredniego;
- wycofania zgody w dowolnym momencie, bez wpływu na zgodność z prawem przetwarzania przed jej wycofaniem.

Masz także prawo wnieść skargę do Prezesa Urzędu Ochrony Danych Osobowych, ul. Stawki 2, 00-193 Warszawa.

Na wnioski odpowiadamy bez zbędnej zwłoki, nie później niż w ciągu miesiąca. Możemy poprosić Cię o potwierdzenie tożsamości, zanim zrealizujemy wniosek.

## Pliki cookie i podobne technologie

Na stronie i w odtwarzaczu internetowym używamy plików cookie niezbędnych do działania serwisu oraz, za Twoją zgodą, analitycznych i marketingowych. Szczegóły znajdziesz w [Polityce cookies](/pl/prawne/polityka-cookies.html), a swoje wybory możesz zmienić w każdej chwili w panelu „Ustawienia prywatności” w stopce strony.

## Dzieci

Konto w Dźwiękotece może założyć osoba, która ukończyła 16 lat. Młodsi użytkownicy mogą korzystać z usługi wyłącznie w ramach planu Rodzina, na profilu dziecięcym utworzonym przez rodzica lub opiekuna. Na profilach dziecięcych nie wyświetlamy reklam i nie profilujemy treści na potrzeby marketingu.

## Zmiany Polityki prywatności

Polityka może być aktualizowana, na przykład gdy wprowadzamy nowe funkcje lub zmieniają się przepisy. O istotnych zmianach poinformujemy Cię e-mailem lub komunikatem w aplikacji co najmniej 14 dni przed ich wejściem w życie. Poprzednie wersje Polityki udostępniamy na żądanie."""

AI_SECTION = """## Funkcje oparte na sztucznej inteligencji

Funkcja „DJ Dźwiękoteki” oraz generowane playlisty korzystają z modeli uczenia maszynowego, które analizują historię Twoich odsłuchań, polubienia i porę dnia. Polecenia głosowe i tekstowe, które wpisujesz w polu „Opisz playlistę”, przechowujemy przez 90 dni w celu poprawy jakości wyników, a następnie je anonimizujemy. Nie wykorzystujemy Twoich danych do trenowania modeli dostawców zewnętrznych. Funkcje te możesz wyłączyć w ustawieniach aplikacji w sekcji „Personalizacja”.

## Zmiany Polityki prywatności"""

EDITS = [
    {"note": "Braze added to the processors table",
     "repl": [("| Zendesk Inc. | system zgłoszeń Biura Obsługi Klienta | UE, USA |",
               "| Zendesk Inc. | system zgłoszeń Biura Obsługi Klienta | UE, USA |\n"
               "| Braze Inc. | wysyłka newslettera i powiadomień push | USA |")]},
    {"note": "typo fixed: wykorzytujemy -> wykorzystujemy (date not bumped)", "bump": False,
     "repl": [("wykorzytujemy", "wykorzystujemy")]},
    {"note": "retention of identifiable streaming data cut from 36 to 24 months",
     "repl": [("przez 36 miesięcy w formie", "przez 24 miesiące w formie")]},
    {"note": "new section on AI features (DJ, generated playlists) before the changes section",
     "repl": [("## Zmiany Polityki prywatności", AI_SECTION)]},
    {"note": "DPO postal address moved from ul. Prosta 51 to ul. Chmielna 73",
     "repl": [("@ ul. Prosta 51\n@ 00-838 Warszawa", "@ ul. Chmielna 73\n@ 00-801 Warszawa")]},
]

MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
          "października", "listopada", "grudnia"]


def fmt_date(d):
    return "%d %s %d r." % (d.day, MONTHS[d.month - 1], d.year)


RELEASES = [("Sanah", "Uczta"), ("Dawid Podsiadło", "Lata dwudzieste"), ("Kwiat Jabłoni", "Mogło być nic"),
            ("Taco Hemingway", "Jarmark"), ("Daria Zawiałow", "Dziewczyna Pop"), ("Quebonafide", "Północ/Południe"),
            ("Brodka", "Sadza"), ("Mata", "Młody Matczak"), ("Vito Bambino", "Poplista"),
            ("Kortez", "Dobrze, że jesteś"), ("Natalia Szroeder", "Pogłos"), ("Zalia", "Do zobaczenia"),
            ("Bitamina", "Kaseta"), ("Ralph Kaminski", "Kora"), ("Margaret", "Maggie Vision"),
            ("Łona i Konieczny", "Taka Ameryka")]

PROMOS = [("A", "Wypróbuj Premium przez 3 miesiące za 0 zł", "Słuchaj bez reklam, offline i w jakości bezstratnej.",
           "Wypróbuj za 0 zł"),
          ("B", "Premium Rodzina: 6 kont w cenie jednego", "Osobne playlisty i profil dziecięcy bez reklam.",
           "Sprawdź plan Rodzina"),
          ("C", "Studencie, Premium za 9,99 zł miesięcznie", "Zniżka przez 12 miesięcy po weryfikacji legitymacji.",
           "Odbierz zniżkę")]


def noise(rng, when, i, prev):
    p = prev or {}
    deploy = C.keep_or(rng, p.get("deploy"), 0.15, lambda: (C.hexs(rng, 32), C.hexs(rng, 32), C.hexs(rng, 32)))
    modified = C.keep_or(rng, p.get("modified"), 0.1,
                         lambda: C.iso(when - dt.timedelta(days=rng.randint(1, 30), seconds=rng.randint(0, 86399))))
    week = when.isocalendar()
    r = random_for_week(week[0], week[1])
    return {
        "deploy": deploy,
        "modified": modified,
        "promo": rng.choice(PROMOS)[0],
        "releases": tuple(r.sample(range(len(RELEASES)), 4)),
        "akamai": C.b64tok(rng, 42),
    }


def random_for_week(y, w):
    import random
    return random.Random("dzwiekoteka-nowosci-%d-%d" % (y, w))


LABELS = {"deploy": "clientlib lc-hashes (deployment)", "modified": "data layer repo:modifyDate (republish)",
          "promo": "Premium promo XF A/B variant (inside container, removed)",
          "releases": "weekly new-releases teaser", "akamai": "Akamai Bot Manager pixel token"}


def dl(obj):
    return html.escape(json.dumps(obj, ensure_ascii=False, separators=(",", ":")), quote=True)


def cid(kind, *parts):
    return "%s-%s" % (kind, C.det_sha("aem", *parts)[:10])


def text_cmp(blocks, key, modified):
    i = cid("text", key)
    inner = C.blocks_html(blocks)
    return ('<div class="text">\n<div data-cmp-data-layer="%s" id="%s" class="cmp-text">\n%s\n</div>\n\n    \n</div>'
            % (dl({i: {"@type": "dzwiekoteka/components/text", "repo:modifyDate": modified,
                       "xdm:text": inner}}), i, inner))


def render(s, blocks, when):
    h1, h2, h3 = s["deploy"]
    head, secs = C.split_sections(blocks)
    title = head[0][1] if head and head[0][0] == "h1" else "Polityka prywatności"
    intro = head[1:] if head and head[0][0] == "h1" else head
    pid = "page-4f1c2a9e3b"
    acc = "accordion-6c1d3b2a4f"
    items = []
    for htxt, sb in secs:
        it = "%s-item-%s" % (acc, C.det_sha("item", htxt)[:10])
        items.append(
            '<div class="cmp-accordion__item" data-cmp-hook-accordion="item" data-cmp-data-layer="%s" id="%s">\n'
            '        <h2 class="cmp-accordion__header">\n'
            '            <button id="%s-button" class="cmp-accordion__button" type="button" aria-controls="%s-panel" '
            'data-cmp-hook-accordion="button">\n'
            '                <span class="cmp-accordion__title">%s</span>\n'
            '                <span class="cmp-accordion__icon"></span>\n'
            '            </button>\n        </h2>\n'
            '        <div data-cmp-hook-accordion="panel" id="%s-panel" class="cmp-accordion__panel '
            'cmp-accordion__panel--hidden" role="region" aria-labelledby="%s-button">\n%s\n        </div>\n    </div>'
            % (dl({it: {"@type": "dzwiekoteka/components/accordion/item", "dc:title": htxt}}), it, it, it,
               C.inline_html(htxt), it, it, text_cmp(sb, htxt, s["modified"])))
    promo = [x for x in PROMOS if x[0] == s["promo"]][0]
    promo_html = (
        '<div class="experiencefragment">\n<div id="experiencefragment-2b8e71c0d4" class="cmp-experiencefragment '
        'cmp-experiencefragment--premium-promo">\n<div class="xf-content-height">\n<div class="root container '
        'responsivegrid">\n<div class="cmp-container promo-banner promo-banner--%s" data-mbox="legal-premium-promo" '
        'data-at-activity="A/B legal promo Q%d">\n<div class="teaser"><div class="cmp-teaser">\n'
        '<div class="cmp-teaser__content"><h3 class="cmp-teaser__title">%s</h3>\n'
        '<div class="cmp-teaser__description"><p>%s</p></div>\n'
        '<div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" href="/pl/premium.html?'
        'utm_source=legal&amp;utm_campaign=promo-%s">%s</a></div></div></div></div>\n</div>\n</div>\n</div>\n'
        '</div>\n</div>' % (promo[0].lower(), (when.month - 1) // 3 + 1, promo[1], promo[2], promo[0].lower(),
                           promo[3]))
    rel = "\n".join(
        '<li class="cmp-list__item"><article class="cmp-list__item-link"><span class="cmp-list__item-title">%s'
        '</span><span class="cmp-list__item-description">%s</span></article></li>'
        % (html.escape(RELEASES[k][1]), html.escape(RELEASES[k][0])) for k in s["releases"])
    page_dl = {pid: {"@type": "dzwiekoteka/components/page", "repo:modifyDate": s["modified"],
                     "dc:title": "Polityka prywatności", "xdm:template": "/conf/dzwiekoteka/settings/wcm/templates/legal-page",
                     "xdm:language": "pl-PL", "xdm:tags": [],
                     "repo:path": "/content/dzwiekoteka/pl/prawne/polityka-prywatnosci.html"}}
    page_json = json.dumps(page_dl, ensure_ascii=False, separators=(",", ":")).replace('"', "\\x22").replace(
        "/", "\\/").replace("-", "\\u002D")
    return """<!DOCTYPE HTML>
<html lang="pl-PL">
    <head>
    <meta charset="UTF-8"/>
    <title>Polityka prywatności | Dźwiękoteka</title>
    <meta name="description" content="Dowiedz się, jak Dźwiękoteka chroni Twoje dane osobowe."/>
    <meta name="template" content="legal-page"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <meta property="og:title" content="Polityka prywatności"/>
    <meta property="og:url" content="%(url)s"/>
    <meta property="og:type" content="website"/>
    <meta property="og:site_name" content="Dźwiękoteka"/>
    <meta property="og:image" content="https://www.dzwiekoteka.pl/content/dam/dzwiekoteka/og/og-default.jpg"/>
    <link rel="canonical" href="%(url)s"/>
    <link rel="alternate" hreflang="pl" href="%(url)s"/>
    <link rel="alternate" hreflang="en" href="https://www.dzwiekoteka.pl/en/legal/privacy-policy.html"/>
    <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-document-language="true" type="text/javascript" charset="UTF-8" data-domain-script="0190a6d2-5c4e-7b3a-9f21-3d8e6c0b7a14"></script>
    <script type="text/javascript">function OptanonWrapper() { }</script>
    <script src="https://assets.adobedtm.com/5f2c8d1e4b7a/9e3a6c2d7f10/launch-b41c7e2a9d05.min.js" async></script>

<link rel="stylesheet" href="/etc.clientlibs/dzwiekoteka/clientlibs/clientlib-base.lc-%(h1)s-lc.min.css" type="text/css">
<script type="text/javascript" src="/etc.clientlibs/dzwiekoteka/clientlibs/clientlib-dependencies.lc-%(h3)s-lc.min.js"></script>
<link rel="stylesheet" href="/etc.clientlibs/dzwiekoteka/clientlibs/clientlib-site.lc-%(h2)s-lc.min.css" type="text/css">
<script async src="/etc.clientlibs/core/wcm/components/commons/datalayer/v2/clientlibs/core.wcm.components.commons.datalayer.v2.lc-1e0136bad0acea09bbb2e5a4a6d5ba13-lc.min.js"></script>
<script async src="/etc.clientlibs/core/wcm/components/commons/datalayer/acdl/core.wcm.components.commons.datalayer.acdl.lc-bf921af342fd2c40139671dbf0920a1f-lc.min.js"></script>
    <link rel="icon" sizes="192x192" href="/etc.clientlibs/dzwiekoteka/clientlibs/clientlib-site/resources/icon-192x192.png"/>
    <link rel="apple-touch-icon" sizes="180x180" href="/etc.clientlibs/dzwiekoteka/clientlibs/clientlib-site/resources/apple-touch-icon-180x180.png"/>
</head>
    <body class="page basicpage" id="%(pid)s" data-cmp-link-accessibility-enabled data-cmp-link-accessibility-text="otwiera się w nowej karcie" data-cmp-data-layer-enabled data-cmp-data-layer-name="adobeDataLayer">
        <script>
          window.adobeDataLayer = window.adobeDataLayer || [];
          adobeDataLayer.push({
              page: JSON.parse("%(pagejson)s"),
              event:'cmp:show',
              eventInfo: {
                  path: 'page.%(pidq)s'
              }
          });
        </script>
        <noscript><img src="https://www.dzwiekoteka.pl/akam/13/pixel_5d1e9a37?a=%(akamai)s&" style="visibility: hidden; position: absolute; left: -999px; top: -999px;" /></noscript>
        <div class="root container responsivegrid">
<div id="container-9a0f3e1b77" class="cmp-container">
<header class="experiencefragment">
<div id="experiencefragment-71c4d2e9a8" class="cmp-experiencefragment cmp-experiencefragment--header">
<div class="xf-content-height"><div class="root container responsivegrid"><div class="cmp-container site-header">
<div class="image logo"><div class="cmp-image" itemscope itemtype="http://schema.org/ImageObject"><a class="cmp-image__link" href="/pl.html"><img src="/content/dam/dzwiekoteka/brand/logo-dzwiekoteka.svg" class="cmp-image__image" itemprop="contentUrl" alt="Dźwiękoteka"/></a></div></div>
<div class="navigation"><nav class="cmp-navigation" itemscope itemtype="http://schema.org/SiteNavigationElement" aria-label="Nawigacja główna">
<ul class="cmp-navigation__group">
<li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/pl/premium.html" class="cmp-navigation__item-link">Premium</a></li>
<li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/pl/podcasty.html" class="cmp-navigation__item-link">Podcasty</a></li>
<li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/pl/audiobooki.html" class="cmp-navigation__item-link">Audiobooki</a></li>
<li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/pl/pobierz.html" class="cmp-navigation__item-link">Pobierz aplikację</a></li>
<li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="https://pomoc.dzwiekoteka.pl/hc/pl" class="cmp-navigation__item-link">Pomoc</a></li>
</ul></nav></div>
<div class="button"><a class="cmp-button cmp-button--login" href="https://odtwarzacz.dzwiekoteka.pl/login"><span class="cmp-button__text">Zaloguj się</span></a></div>
</div></div></div></div>
</header>
<main class="container responsivegrid">
<div id="container-3c7d5b0e21" class="cmp-container">
<div class="breadcrumb"><nav id="breadcrumb-8e2a" class="cmp-breadcrumb" aria-label="Okruszki">
<ol class="cmp-breadcrumb__list" itemscope itemtype="http://schema.org/BreadcrumbList">
<li class="cmp-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/pl.html" class="cmp-breadcrumb__item-link" itemprop="item"><span itemprop="name">Strona główna</span></a><meta itemprop="position" content="1"></li>
<li class="cmp-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/pl/prawne.html" class="cmp-breadcrumb__item-link" itemprop="item"><span itemprop="name">Informacje prawne</span></a><meta itemprop="position" content="2"></li>
<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active" aria-current="page" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><span itemprop="name">Polityka prywatności</span><meta itemprop="position" content="3"></li>
</ol></nav></div>
<div class="container responsivegrid cmp-container--legal aem-GridColumn aem-GridColumn--default--12">
<div id="container-8d2e4a61f0" class="cmp-container">
<div class="title"><div data-cmp-data-layer="%(tdl)s" id="title-5a9c0e3d72" class="cmp-title">
    <h1 class="cmp-title__text">%(title)s</h1>
</div>
    
</div>
%(intro)s
%(promo)s
<div class="accordion panelcontainer">
<div id="%(acc)s" class="cmp-accordion" data-cmp-is="accordion" data-cmp-single-expansion data-placeholder-text="false" data-cmp-data-layer="%(adl)s">
    %(items)s
</div>
</div>
</div>
</div>
<div class="list cmp-list--releases">
<h2 class="cmp-list__heading">Nowości w Dźwiękotece</h2>
<ul id="list-b3f1c9e420" class="cmp-list">
%(rel)s
</ul>
</div>
</div>
</main>
<footer class="experiencefragment">
<div id="experiencefragment-0e6b1a5c93" class="cmp-experiencefragment cmp-experiencefragment--footer">
<div class="xf-content-height"><div class="root container responsivegrid"><div class="cmp-container site-footer">
<div class="text"><div class="cmp-text"><p><a href="/pl/o-nas.html">O nas</a> · <a href="/pl/praca.html">Praca</a> · <a href="/pl/dla-artystow.html">Dla artystów</a> · <a href="/pl/prawne/regulamin.html">Regulamin</a> · <a href="/pl/prawne/polityka-prywatnosci.html">Polityka prywatności</a> · <a href="/pl/prawne/polityka-cookies.html">Polityka cookies</a> · <a href="#" class="ot-sdk-show-settings">Ustawienia prywatności</a></p>
<p>© %(year)d Dźwiękoteka sp. z o.o.</p></div></div>
</div></div></div></div>
</footer>
</div>
</div>

<script type="text/javascript" src="/etc.clientlibs/dzwiekoteka/clientlibs/clientlib-site.lc-%(h3b)s-lc.min.js"></script>
<script type="text/javascript" src="/etc.clientlibs/core/wcm/components/accordion/v1/accordion/clientlibs/site.lc-7ba5ca1fa3a4b8ae3c4fd6e44f3a8f9d-lc.min.js"></script>
<script type="text/javascript">_satellite.pageBottom();</script>
<script type="text/javascript" src="https://www.dzwiekoteka.pl/akam/13/5d1e9a37" defer></script>
    </body>
</html>
""" % {"url": URL, "h1": h1, "h2": h2, "h3": h3, "h3b": C.det_sha(h3)[:32], "pid": pid,
       "pidq": pid.replace("-", "\\u002D"), "pagejson": page_json, "akamai": s["akamai"],
       "tdl": dl({"title-5a9c0e3d72": {"@type": "dzwiekoteka/components/title", "dc:title": title}}),
       "title": C.inline_html(title), "intro": text_cmp(intro, "intro", s["modified"]), "promo": promo_html, "acc": acc,
       "adl": dl({acc: {"@type": "dzwiekoteka/components/accordion", "shownItems": []}}),
       "items": "\n    ".join(items), "rel": rel, "year": when.year}


PAGE = {
    "service": "Dzwiekoteka",
    "url": URL,
    "lang": "pl",
    "platform": "Adobe Experience Manager (Core Components, Dispatcher + Akamai)",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("X-Vhost", "publish"), ("Cache-Control", "max-age=300"),
                      ("X-Content-Type-Options", "nosniff")),
    "n": 31,
    "start": dt.date(2022, 5, 3),
    "end": dt.date(2025, 4, 28),
    "policy": POLICY,
    "first_updated": dt.date(2022, 3, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".cmp-container--legal", "remove": ".cmp-experiencefragment--premium-promo"},
}
