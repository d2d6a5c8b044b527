"""Polish importer of a car brand on Adobe Experience Manager: AEM 6.4 foundation components (parsys,
text parbase, ACS versioned clientlibs) until the April 2023 move to AEM as a Cloud Service with Core Components
(responsivegrid, cmp-container, cmp-text with data-cmp-data-layer). Declaration history. A financing teaser that
rotates per visit sits in a sidebar before the relaunch and *inside* the tracked container after it (curators
remove `.teaser`); republishing bumps repo:modifyDate inside the container's data-layer attributes; Akamai Bot
Manager pixel per request; clientlib hashes change with deployments."""
import datetime as dt
import html
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
          "października", "listopada", "grudnia"]
RELAUNCH = dt.datetime(2023, 4, 18)

POLICY = """
# Polityka prywatności

Ostatnia aktualizacja: {UPDATED}

Szanujemy Twoją prywatność. W tej polityce wyjaśniamy, w jaki sposób Korsa Motors Polska Sp. z o.o. przetwarza dane osobowe osób odwiedzających serwis korsa-motors.pl, korzystających z konfiguratora, umawiających jazdy próbne, kontaktujących się z naszym Centrum Obsługi Klienta oraz użytkowników aplikacji Korsa Connect.

## 1. Administrator danych

Administratorem Twoich danych osobowych jest Korsa Motors Polska Sp. z o.o. z siedzibą w Warszawie, wpisana do rejestru przedsiębiorców Krajowego Rejestru Sądowego pod numerem KRS 0000187245, NIP 5252318842.

@ Korsa Motors Polska Sp. z o.o.
@ ul. Postępu 18
@ 02-676 Warszawa

Wyznaczyliśmy Inspektora Ochrony Danych, z którym możesz skontaktować się we wszystkich sprawach dotyczących przetwarzania danych osobowych: e-mail [iod@korsa-motors.pl](mailto:iod@korsa-motors.pl), tel. +48 22 544 10 00 lub pisemnie na adres siedziby z dopiskiem „Inspektor Ochrony Danych”.

## 2. Jakie dane przetwarzamy

W zależności od tego, z jakich usług korzystasz, przetważamy następujące kategorie danych:

- dane identyfikacyjne i kontaktowe, takie jak imię, nazwisko, adres e-mail, numer telefonu i adres korespondencyjny;
- dane dotyczące pojazdu, takie jak numer VIN, model, rok produkcji, przebieg oraz historia serwisowa;
- dane z konfiguratora, w tym wybrana wersja, wyposażenie, kolor i szacowana rata finansowania;
- dane dotyczące jazdy próbnej, w tym wybrany salon dealerski, termin oraz kopia prawa jazdy;
- dane techniczne, takie jak adres IP, identyfikatory plików cookie, typ przeglądarki i urządzenia;
- w przypadku aplikacji Korsa Connect: dane o lokalizacji pojazdu, poziomie paliwa lub naładowania akumulatora, komunikaty o usterkach oraz dane dotyczące stylu jazdy, jeśli włączysz odpowiednią funkcję.

Nie zbieramy celowo danych szczególnych kategorii. Prosimy, abyś nie przekazywał nam takich danych w formularzach kontaktowych.

## 3. Cele, podstawy prawne i okresy przechowywania

| Cel przetwarzania | Podstawa prawna | Okres przechowywania |
| Obsługa zapytań i kontakt z Centrum Obsługi Klienta | art. 6 ust. 1 lit. f RODO (prawnie uzasadniony interes) | do zakończenia sprawy, a następnie 3 lata |
| Organizacja jazdy próbnej | art. 6 ust. 1 lit. b RODO | 6 miesięcy od jazdy próbnej |
| Marketing bezpośredni i newsletter | art. 6 ust. 1 lit. a RODO (zgoda) | do wycofania zgody |
| Świadczenie usług Korsa Connect | art. 6 ust. 1 lit. b RODO | przez czas trwania umowy i 2 lata po jej zakończeniu |
| Akcje serwisowe i przywoławcze | art. 6 ust. 1 lit. c RODO w związku z przepisami o bezpieczeństwie produktów | 10 lat od wprowadzenia pojazdu do obrotu |
| Statystyka i rozwój serwisu | art. 6 ust. 1 lit. f RODO | 14 miesięcy |

Jeżeli przetwarzanie odbywa się na podstawie zgody, możesz ją wycofać w dowolnym momencie. Wycofanie zgody nie wpływa na zgodność z prawem przetwarzania, którego dokonano przed jej wycofaniem.

## 4. Sieć dealerska

Autoryzowani dealerzy Korsa są niezależnymi przedsiębiorcami. Jeżeli umawiasz jazdę próbną lub prosisz o ofertę, przekazujemy Twoje dane wybranemu dealerowi, który staje się odrębnym administratorem danych. W zakresie wspólnej bazy klientów wykorzystywanej do obsługi posprzedażnej jesteśmy z dealerami współadministratorami; zasadnicza treść uzgodnień między współadministratorami jest dostępna na żądanie.

## 5. Odbiorcy danych

Twoje dane mogą być przekazywane podmiotom przetwarzającym je na nasze zlecenie. Najważniejszych dostawców przedstawiamy poniżej.

| Dostawca | Usługa | Lokalizacja przetwarzania |
| Salesforce Ireland Ltd. | system CRM i obsługa zgłoszeń | Unia Europejska |
| Adobe Systems Software Ireland Ltd. | hosting serwisu i analityka | Unia Europejska, USA |
| Atende S.A. | centrum danych i kopie zapasowe | Polska |
| Korsa Connected Services GmbH | platforma usług Korsa Connect | Niemcy |

Dane mogą być także udostępniane bankom i firmom leasingowym współpracującym z Korsa Financial Services, jeśli o to poprosisz, a także organom publicznym, gdy wymagają tego przepisy prawa.

## 6. Przekazywanie danych poza Europejski Obszar Gospodarczy

Niektórzy z naszych dostawców mają siedzibę w Stanach Zjednoczonych lub korzystają z podwykonawców spoza EOG. W takich przypadkach stosujemy standardowe klauzule umowne zatwierdzone przez Komisję Europejską oraz, tam gdzie to możliwe, przekazywanie na podstawie decyzji stwierdzającej odpowiedni stopień ochrony. Kopię zabezpieczeń możesz otrzymać, kontaktując się z Inspektorem Ochrony Danych.

## 7. Profilowanie i zautomatyzowane decyzje

Jeżeli wyrazisz zgodę na marketing, możemy dopasowywać treść wiadomości i ofert do Twoich zainteresowań, na przykład na podstawie modeli oglądanych w konfiguratorze, terminu kolejnego przeglądu lub wieku Twojego samochodu. Profilowanie to nie wywołuje wobec Ciebie skutków prawnych ani w podobny sposób istotnie na Ciebie nie wpływa. Wstępna ocena zdolności leasingowej w kalkulatorze finansowania ma charakter wyłącznie orientacyjny; ostateczną decyzję podejmuje bank lub firma leasingowa, która poinformuje Cię o zasadach przetwarzania danych we własnym zakresie.

## 8. Bezpieczeństwo danych

Stosujemy środki techniczne i organizacyjne odpowiednie do ryzyka, w tym szyfrowanie transmisji, kontrolę dostępu opartą na rolach, rejestrowanie operacji na danych oraz regularne testy bezpieczeństwa aplikacji Korsa Connect. Pracownicy i dealerzy mający dostęp do danych są zobowiązani do zachowania ich w poufności i regularnie szkoleni z ochrony danych osobowych.

## 9. Twoje prawa

Przysługuje Ci prawo do:

- dostępu do swoich danych i otrzymania ich kopii;
- sprostowania danych nieprawidłowych;
- usunięcia danych lub ograniczenia ich przetwarzania;
- przenoszenia danych;
- wniesienia sprzeciwu wobec przetwarzania opartego na prawnie uzasadnionym interesie, w tym wobec marketingu bezpośredniego;
- wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych, ul. Stawki 2, 00-193 Warszawa.

Wnioski najłatwiej złożyć przez [formularz dotyczący danych osobowych](/kontakt/dane-osobowe.html). Odpowiemy bez zbędnej zwłoki, nie później niż w ciągu miesiąca.

## 10. Pliki cookie i podobne technologie

Serwis wykorzystuje pliki cookie niezbędne do jego działania oraz, za Twoją zgodą, pliki cookie analityczne i marketingowe. Ustawieniami możesz zarządzać w każdej chwili w panelu „Ustawienia plików cookie” dostępnym w stopce strony. Szczegółowe informacje znajdziesz w [Polityce plików cookie](/polityka-cookies.html).

## 11. Zmiany polityki prywatności

Polityka może być aktualizowana, w szczególności w związku ze zmianami przepisów lub wprowadzeniem nowych usług. O istotnych zmianach poinformujemy w serwisie, a użytkowników aplikacji Korsa Connect także w aplikacji.
"""

EDITS = [
    {"note": "typo fixed: przetważamy -> przetwarzamy", "bump": False,
     "repl": [("przetważamy następujące", "przetwarzamy następujące")]},
    {"note": "test-drive retention raised from 6 to 12 months",
     "repl": [("| 6 miesięcy od jazdy próbnej |", "| 12 miesięcy od jazdy próbnej |")]},
    {"note": "processor added to the table (Microsoft Azure for Korsa Connect)",
     "repl": [("| Korsa Connected Services GmbH | platforma usług Korsa Connect | Niemcy |",
               "| Korsa Connected Services GmbH | platforma usług Korsa Connect | Niemcy |\n"
               "| Microsoft Ireland Operations Ltd. | infrastruktura chmurowa Korsa Connect | Unia Europejska |")]},
    {"note": "DPO phone number changed",
     "repl": [("tel. +48 22 544 10 00", "tel. +48 22 317 45 90")]},
    {"note": "sentence added on eCall / emergency data in Korsa Connect",
     "repl": [("dane dotyczące stylu jazdy, jeśli włączysz odpowiednią funkcję.",
               "dane dotyczące stylu jazdy, jeśli włączysz odpowiednią funkcję. W razie wypadku system eCall "
               "przekazuje numerowi alarmowemu 112 lokalizację pojazdu, kierunek jazdy oraz numer VIN; "
               "dane te nie są udostępniane nam ani dealerom.")]},
]

TEASERS = [
    ("Nowa Korsa Vela Hybrid", "Rata od 899 zł netto/mies. w leasingu Korsa Financial Services.", "vela-hybrid"),
    ("Korsa Atlas 4x4", "Rocznik 2024 z pakietem zimowym gratis. Sprawdź dostępne egzemplarze.", "atlas"),
    ("Elektryczna Korsa e-Nova", "Do 27 000 zł dopłaty w programie Mój Elektryk. Umów jazdę próbną.", "e-nova"),
    ("Korsa Serwis", "Przegląd z 20% rabatem na części dla aut powyżej 5 lat.", "serwis"),
]


def noise(rng, when, i, prev):
    prev = prev or {}
    return {
        "clientlib": C.keep_or(rng, prev.get("clientlib"), 0.2, lambda: C.hexs(rng, 32)),
        "teaser": rng.randrange(len(TEASERS)),
        "modify": C.keep_or(rng, prev.get("modify"), 0.15,
                            lambda: (when - dt.timedelta(hours=rng.randint(2, 400))).strftime("%Y-%m-%dT%H:%M:%S.")
                            + "%03dZ" % rng.randint(0, 999)),
        "akam": C.hexs(rng, 8) + "|" + C.b64tok(rng, 45),
        "design": "core-components" if when >= RELAUNCH else "foundation",
    }


LABELS = {"clientlib": "clientlib hash (deployment)", "teaser": "rotating financing teaser",
          "modify": "repo:modifyDate republish stamp", "akam": "Akamai bot-manager pixel token",
          "design": "relaunch on AEM as a Cloud Service (declaration history)"}


def fmt_date(d):
    return "%d %s %d r." % (d.day, MONTHS[d.month - 1], d.year)


def _nav():
    items = [("Modele", "/modele.html"), ("Konfigurator", "/konfigurator.html"), ("Jazda próbna", "/jazda-probna.html"),
             ("Finansowanie", "/finansowanie.html"), ("Serwis", "/serwis.html"), ("Znajdź dealera", "/dealerzy.html")]
    return items


def _footer(new):
    cols = [("Korsa w Polsce", ["O nas", "Kariera", "Biuro prasowe"]),
            ("Dla klientów", ["Cennik", "Katalogi", "Akcje serwisowe"]),
            ("Informacje prawne", ["Polityka prywatności", "Polityka cookies", "Nota prawna"])]
    out = []
    for t, links in cols:
        lis = "".join('<li><a href="/%s.html">%s</a></li>' % (C.det_sha(l)[:6], html.escape(l)) for l in links)
        if new:
            out.append('<div class="cmp-list__group"><p class="cmp-footer__title">%s</p><ul class="cmp-list">%s</ul></div>'
                       % (t, lis.replace("<li>", '<li class="cmp-list__item">')))
        else:
            out.append('<div class="footer-col"><h4>%s</h4><ul>%s</ul></div>' % (t, lis))
    return "\n".join(out)


def _teaser_html(state, new):
    title, text, slug = TEASERS[state["teaser"]]
    if new:
        return ('<div class="teaser cmp-teaser--promo aem-GridColumn aem-GridColumn--default--12">\n'
                '<div id="teaser-%s" class="cmp-teaser" data-cmp-data-layer="%s">\n'
                '<div class="cmp-teaser__image"><div class="cmp-image"><img src="/content/dam/korsa/pl/teasers/%s.jpg.transform/w640/image.jpg" '
                'class="cmp-image__image" alt="" loading="lazy"></div></div>\n'
                '<div class="cmp-teaser__content"><h3 class="cmp-teaser__title">%s</h3>'
                '<div class="cmp-teaser__description"><p>%s</p></div>'
                '<div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" href="/modele/%s.html">Dowiedz się więcej</a></div></div>\n'
                '</div></div>' % (C.det_sha(slug)[:10], html.escape(json.dumps({"teaser-" + C.det_sha(slug)[:10]: {
                    "@type": "korsa/components/teaser", "dc:title": title, "xdm:linkURL": "/modele/%s.html" % slug}},
                    ensure_ascii=False)), slug, html.escape(title), html.escape(text), slug))
    return ('<div class="sidebar-teaser"><a href="/modele/%s.html"><img src="/content/dam/korsa/pl/teasers/%s.jpg" alt="">'
            '<strong>%s</strong><span>%s</span></a></div>' % (slug, slug, html.escape(title), html.escape(text)))


def _dl(kind, cid, title, modify):
    return html.escape(json.dumps({cid: {"@type": "korsa/components/" + kind, "repo:modifyDate": modify,
                                         "dc:title": title}}, ensure_ascii=False))


def render(state, blocks, when):
    new = when >= RELAUNCH
    akid, aktok = state["akam"].split("|")
    nav = _nav()
    h1 = blocks[0][1]
    rest = blocks[1:]
    head_blocks, secs = C.split_sections(rest)
    if not new:
        lib = state["clientlib"]
        navh = "".join('<li class="main-nav__item"><a href="%s">%s</a></li>' % (u, t) for t, u in nav)
        body = "\n".join(C.block_html(b) for b in rest)
        return """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="UTF-8">
<title>Polityka prywatności | Korsa Polska</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="template" content="legal-page">
<link rel="canonical" href="https://www.korsa-motors.pl/polityka-prywatnosci.html">
<link rel="stylesheet" href="/etc.clientlibs/korsa/clientlibs/clientlib-base.min.ACSHASH%s.css" type="text/css">
<script src="/etc.clientlibs/clientlibs/granite/jquery.min.ACSHASH3e24d4d067ac58228b5004abb50344ef.js"></script>
<script src="https://assets.adobedtm.com/launch-EN9f3c2b1a7d4e4c1e8b0f5a6d2c9e1b7a.min.js" async></script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="5b1e2c3a-7d44-4f0e-9a61-2c8b1f0e7a93" charset="UTF-8"></script>
</head>
<body class="page basicpage">
<header class="header"><div class="header__inner"><a class="logo" href="/"><img src="/etc/designs/korsa/images/logo.svg" alt="Korsa"></a>
<nav class="main-nav"><ul>%s</ul></nav></div></header>
<div id="content" class="page-content">
<div class="breadcrumb"><ol><li><a href="/">Strona główna</a></li><li>Polityka prywatności</li></ol></div>
<div class="row"><div class="col-md-8">
<div class="parsys">
<div class="title section"><h1>%s</h1></div>
<div class="text parbase section"><div class="rte">
%s
</div></div>
</div>
</div>
<aside class="col-md-4 sidebar">%s
<div class="sidebar-dealer"><h4>Znajdź dealera</h4><form action="/dealerzy.html"><input name="q" placeholder="Kod pocztowy lub miasto"><button>Szukaj</button></form></div></aside>
</div></div>
<footer class="footer"><div class="footer__cols">%s</div><p class="footer__copy">© Korsa Motors Polska Sp. z o.o.</p>
<a href="#" class="ot-sdk-show-settings">Ustawienia plików cookie</a></footer>
<script src="/etc.clientlibs/korsa/clientlibs/clientlib-site.min.ACSHASH%s.js"></script>
<script type="text/javascript">if (typeof _satellite !== "undefined") {_satellite.pageBottom();}</script>
<script type="text/javascript"  src="/akam/11/%s"  defer></script><noscript><img src="https://www.korsa-motors.pl/akam/11/pixel_%s?a=%s" style="visibility: hidden; position: absolute; left: -999px; top: -999px;" /></noscript>
</body>
</html>
""" % (lib, navh, html.escape(h1), body, _teaser_html(state, False), _footer(False),
            C.det_sha(lib)[:32], akid, akid, html.escape(aktok))
    # AEM as a Cloud Service, Core Components
    lib = state["clientlib"]
    modify = state["modify"]
    navh = "".join('<li class="cmp-navigation__item cmp-navigation__item--level-0"><a class="cmp-navigation__item-link" href="%s">%s</a></li>'
                   % (u, t) for t, u in nav)
    comps = []
    tid = "title-" + C.det_sha("t", h1)[:10]
    comps.append('<div class="title aem-GridColumn aem-GridColumn--default--12"><div data-cmp-data-layer="%s" id="%s" class="cmp-title"><h1 class="cmp-title__text">%s</h1></div></div>'
                 % (_dl("title", tid, h1, modify), tid, html.escape(h1)))
    groups = [head_blocks] + [[("h2", t)] + bs for t, bs in secs]
    for n, g in enumerate(groups):
        cid = "text-" + C.det_sha("x", n)[:10]
        comps.append('<div class="text aem-GridColumn aem-GridColumn--default--12"><div data-cmp-data-layer="%s" id="%s" class="cmp-text">%s</div></div>'
                     % (_dl("text", cid, "", modify), cid, C.blocks_html(g, sep="")))
        if n == 4:
            comps.append(_teaser_html(state, True))
    return """<!DOCTYPE HTML>
<html lang="pl-PL">
<head>
<meta charset="UTF-8"/>
<title>Polityka prywatności | Korsa Polska</title>
<meta name="template" content="legal-page"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="canonical" href="https://www.korsa-motors.pl/polityka-prywatnosci.html"/>
<link rel="stylesheet" href="/etc.clientlibs/korsa/clientlibs/clientlib-base.lc-%s-lc.min.css" type="text/css">
<link rel="stylesheet" href="/etc.clientlibs/korsa/clientlibs/clientlib-site.lc-%s-lc.min.css" type="text/css">
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="5b1e2c3a-7d44-4f0e-9a61-2c8b1f0e7a93" charset="UTF-8"></script>
<script src="https://assets.adobedtm.com/launch-EN9f3c2b1a7d4e4c1e8b0f5a6d2c9e1b7a.min.js" async></script>
<script>window.adobeDataLayer = window.adobeDataLayer || []; adobeDataLayer.push({page: JSON.parse("{\\"page-3f0e1c7b2a\\":{\\"@type\\":\\"korsa/components/page\\",\\"repo:modifyDate\\":\\"%s\\",\\"dc:title\\":\\"Polityka prywatności\\",\\"xdm:template\\":\\"/conf/korsa/settings/wcm/templates/legal-page\\",\\"xdm:language\\":\\"pl-PL\\"}}"), event:'cmp:show', eventInfo: {path: 'page.page\\u002D3f0e1c7b2a'}});</script>
</head>
<body class="page basicpage" id="page-3f0e1c7b2a">
<div class="root container responsivegrid">
<div id="container-8d2f5a1c3e" class="cmp-container">
<header class="experiencefragment"><div class="cmp-experiencefragment cmp-experiencefragment--header">
<a class="cmp-header__logo" href="/"><img src="/content/dam/korsa/logo.svg" alt="Korsa"></a>
<nav class="cmp-navigation" role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement"><ul class="cmp-navigation__group">%s</ul></nav>
</div></header>
<div class="breadcrumb"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list"><li class="cmp-breadcrumb__item"><a href="/" class="cmp-breadcrumb__item-link"><span>Strona główna</span></a></li><li class="cmp-breadcrumb__item cmp-breadcrumb__item--active"><span>Polityka prywatności</span></li></ol></nav></div>
<main id="main-content" class="container responsivegrid">
<div id="container-5c0b3e1f8a" class="cmp-container">
<div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">
%s
</div>
</div>
</main>
<footer class="experiencefragment"><div class="cmp-experiencefragment cmp-experiencefragment--footer">
<div class="cmp-footer">%s</div>
<p class="cmp-footer__copy">© Korsa Motors Polska Sp. z o.o. Wszelkie prawa zastrzeżone.</p>
<button id="ot-sdk-btn" class="ot-sdk-show-settings">Ustawienia plików cookie</button>
</div></footer>
</div></div>
<script src="/etc.clientlibs/core/wcm/components/commons/datalayer/v1/clientlibs/core.wcm.components.commons.datalayer.v1.lc-70264651675213ed7f7cc5a02a00f621-lc.min.js"></script>
<script src="/etc.clientlibs/korsa/clientlibs/clientlib-site.lc-%s-lc.min.js"></script>
<script type="text/javascript">_satellite["pageBottom"]();</script>
<script type="text/javascript"  src="/akam/13/%s"  defer></script><noscript><img src="https://www.korsa-motors.pl/akam/13/pixel_%s?a=%s&ck=0" style="visibility: hidden; position: absolute; left: -999px; top: -999px;" /></noscript>
</body>
</html>
""" % (C.det_sha("base", lib)[:32], lib, modify, navh, "\n".join(comps), _footer(True), C.det_sha("js", lib)[:32],
       akid, akid, html.escape(aktok))


PAGE = {
    "service": "Korsa Motors Polska",
    "url": "https://www.korsa-motors.pl/polityka-prywatnosci.html",
    "lang": "pl",
    "platform": "Adobe Experience Manager (6.4 foundation, then AEMaaCS Core Components)",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("X-Dispatcher", "dispatcher1euwest1"), ("Vary", "Accept-Encoding")),
    "n": 30,
    "start": dt.date(2021, 5, 10),
    "end": dt.date(2024, 10, 20),
    "hours": (1, 13),
    "policy": POLICY,
    "first_updated": dt.date(2021, 3, 12),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.korsa-motors.pl/polityka-prywatnosci.html",
                    "select": "#main-content > .cmp-container", "remove": [".teaser"]},
    "history": [{"fetch": "https://www.korsa-motors.pl/polityka-prywatnosci.html",
                 "select": "#content .parsys", "validUntil": "2023-04-18T00:00:00Z"}],
}
