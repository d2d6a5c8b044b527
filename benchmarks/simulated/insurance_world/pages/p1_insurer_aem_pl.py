"""Polish property & life insurer on Adobe Experience Manager (Core Components, editable template, Akamai in front).

The policy is one AEM container (style-system class `legal-content`): a title, a text component with the intro
and the date, then an accordion whose items are the policy's sections (collapsed, `cmp-accordion__panel--hidden`).
Per visit: Akamai Bot Manager's pixel token (`/akam/13/pixel_…?a=…`), the CSP nonce. Per deploy (sticky):
clientlib hashes (`.lc-<md5>-lc.min.js`). Inside the container, attribute-only: the components' data-layer JSON
carries `repo:modifyDate`, which an author's republish without text change moves.
"""
import datetime as dt
import html
import json

import common as C

MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
          "października", "listopada", "grudnia"]

POLICY = """
# Polityka prywatności

Data ostatniej aktualizacji: {UPDATED}

Dbamy o bezpieczeństwo Twoich danych osobowych. W tej polityce wyjaśniamy, kto jest administratorem Twoich danych, w jakim celu i na jakiej podstawie je przetwarzamy, komu możemy je przekazać i jakie prawa Ci przysługują. Polityka dotyczy klientów, ubezpieczonych, poszkodowanych, uposażonych oraz osób, które korzystają z naszej strony internetowej i aplikacji mobilnej Przystań24.

## Kto jest administratorem Twoich danych?

Administratorem Twoich danych osobowych jest Przystań Towarzystwo Ubezpieczeń S.A. z siedzibą w Warszawie (dalej: **Przystań** lub **my**). W przypadku ubezpieczeń na życie administratorem jest Przystań Życie Towarzystwo Ubezpieczeń S.A. Oba towarzystwa mają ten sam adres:

@ Przystań Towarzystwo Ubezpieczeń S.A.
@ ul. Chmielna 89
@ 00-805 Warszawa

Sąd Rejonowy dla m.st. Warszawy, XII Wydział Gospodarczy KRS, numer KRS 0000123456, NIP 526-000-12-34, kapitał zakładowy 250 000 000 zł, wpłacony w całości.

## Inspektor ochrony danych

Wyznaczyliśmy inspektora ochrony danych, z którym możesz kontaktować się we wszystkich sprawach dotyczących przetwarzania Twoich danych osobowych. Napisz na adres [iod@przystan.pl](mailto:iod@przystan.pl) albo listownie na adres siedziby z dopiskiem „Inspektor ochrony danych”.

## W jakim celu i na jakiej podstawie przetwarzamy Twoje dane?

Zakres danych zależy od produktu i od tego, w jakiej roli występujesz. Najczęściej przetwarzamy imię i nazwisko, numer PESEL, adres, dane kontaktowe, dane pojazdu lub nieruchomości, a w ubezpieczeniach na życie i zdrowotnych także dane o stanie zdrowia.

| Cel przetwarzania | Podstawa prawna | Jak długo przechowujemy dane |
| Ocena ryzyka ubezpieczeniowego i przygotowanie oferty | art. 6 ust. 1 lit. b RODO, a w przypadku danych o zdrowiu art. 9 ust. 2 lit. a RODO | do czasu zawarcia umowy, a jeśli umowa nie zostanie zawarta – 6 miesięcy od przygotowania oferty |
| Zawarcie i wykonanie umowy ubezpieczenia | art. 6 ust. 1 lit. b i c RODO | przez okres trwania umowy, a następnie do upływu okresu przedawnienia roszczeń |
| Likwidacja szkód i rozpatrywanie roszczeń | art. 6 ust. 1 lit. b, c i f RODO | do upływu okresu przedawnienia roszczeń, nie krócej niż 6 lat od zakończenia likwidacji |
| Przeciwdziałanie przestępstwom ubezpieczeniowym | art. 6 ust. 1 lit. c i f RODO w związku z art. 41 ustawy o działalności ubezpieczeniowej i reasekuracyjnej | do upływu okresu przedawnienia roszczeń |
| Reasekuracja ryzyk | art. 6 ust. 1 lit. f RODO | przez okres trwania umowy reasekuracji i przedawnienia roszczeń z niej wynikających |
| Marketing bezpośredni naszych produktów | art. 6 ust. 1 lit. f RODO | do czasu wniesienia sprzeciwu |
| Wypełnienie obowiązków wynikających z przepisów o przeciwdziałaniu praniu pieniędzy | art. 6 ust. 1 lit. c RODO | 5 lat od zakończenia stosunków gospodarczych |

Jeśli zawierasz umowę przez naszą stronę internetową, przetwarzamy też dane o urządzeniu i sesji, aby zapewnić bezpieczeństwo transakcji.

## Skąd mamy Twoje dane?

Jeśli nie podałeś nam danych bezpośrednio, mogliśmy je otrzymać od ubezpieczającego (na przykład Twojego pracodawcy w ubezpieczeniu grupowym), od agenta lub brokera ubezpieczeniowego, od sprawcy szkody albo z rejestrów publicznych, takich jak Centralna Ewidencja Pojazdów i Kierowców.

## Komu przekazujemy Twoje dane?

Twoje dane mogą otrzymać:

- agenci ubezpieczeniowi, którzy działają w naszym imieniu;
- zakłady reasekuracji;
- podmioty, które pomagają nam likwidować szkody: rzeczoznawcy, warsztaty naprawcze, assistance i centra medyczne;
- dostawcy usług IT, druku i wysyłki korespondencji oraz archiwizacji dokumentów;
- Ubezpieczeniowy Fundusz Gwarancyjny oraz inne podmioty uprawnione na podstawie przepisów prawa;
- spółki z naszej grupy kapitałowej, jeśli wyrazisz na to zgodę.

## Czy przekazujemy dane poza Europejski Obszar Gospodarczy?

Co do zasady przetwarzamy dane w Europejskim Obszarze Gospodarczym. Jeśli korzystamy z dostawcy spoza EOG, zapewniamy odpowiednie zabezpieczenia, w szczególności standardowe klauzule umowne przyjęte przez Komisję Europejską. Kopię zabezpieczeń możesz otrzymać od inspektora ochrony danych.

## Jakie masz prawa?

Masz prawo:

- dostępu do swoich danych oraz otrzymania ich kopii;
- sprostowania danych;
- usunięcia danych;
- ograniczenia przetwarzania danych;
- przenoszenia danych, które przetwarzamy automatycznie na podstawie umowy lub zgody;
- wniesienia sprzeciwu wobec przetwarzania na podstawie prawnie uzasadnionego interesu, w tym wobec marketingu bezpośredniego;
- cofnięcia zgody w dowolnym momencie, bez wpływu na zgodność z prawem przetwarzania przed jej cofnięciem.

Masz też prawo wnieść skargę do Prezesa Urzędu Ochrony Danych Osobowych, ul. Stawki 2, 00-193 Warszawa.

## Dane o stanie zdrowia

Dane o stanie zdrowia należą do szczególnych kategorii danych osobowych. Przetwarzamy je tylko wtedy, gdy jest to niezbędne do oceny ryzyka, zawarcia umowy lub wypłaty świadczenia, na przykład w ubezpieczeniu na życie, w ubezpieczeniu kosztów leczenia za granicą albo gdy zgłaszasz szkodę osobową z OC sprawcy. Dokumentację medyczną mogą oglądać wyłącznie upoważnieni lekarze orzecznicy i pracownicy likwidacji szkód. Za Twoją zgodą możemy zwrócić się do placówek medycznych o informacje potrzebne do ustalenia odpowiedzialności.

## Jak chronimy Twoje dane?

Stosujemy środki techniczne i organizacyjne odpowiednie do ryzyka: szyfrowanie połączeń, kontrolę dostępu, rejestrowanie operacji w systemach, regularne testy bezpieczeństwa i szkolenia pracowników. Naszych dostawców zobowiązujemy umową do zachowania poufności i przestrzegania tych samych standardów. Pracownicy mają dostęp tylko do tych danych, których potrzebują do wykonywania obowiązków.

## Czy musisz podać dane?

Podanie danych jest dobrowolne, ale niezbędne do zawarcia umowy ubezpieczenia i likwidacji szkody. Bez nich nie będziemy mogli ocenić ryzyka ani wypłacić świadczenia.

## Zautomatyzowane podejmowanie decyzji

Składkę w ubezpieczeniach komunikacyjnych i mieszkaniowych zawieranych online ustalamy automatycznie, na podstawie danych, które podajesz we wniosku, takich jak wiek, miejsce zamieszkania, historia szkód i dane pojazdu. Masz prawo otrzymać wyjaśnienie decyzji, zakwestionować ją i poprosić o ponowne rozpatrzenie przez naszego pracownika.

## Pliki cookies

Na naszej stronie używamy plików cookies. Szczegółowe informacje znajdziesz w [Polityce cookies](/polityka-cookies). Ustawienia plików cookies możesz zmienić w kazdej chwili w panelu ustawień prywatności.

## Kontakt

Jeśli masz pytania dotyczące tej polityki, zadzwoń na infolinię 22 566 55 55 (opłata zgodna z taryfą operatora) lub napisz na [kontakt@przystan.pl](mailto:kontakt@przystan.pl).
"""

EDITS = [
    {"note": "claims retention changed from 6 to 10 years after the end of claims handling",
     "repl": [("nie krócej niż 6 lat od zakończenia likwidacji", "nie krócej niż 10 lat od zakończenia likwidacji")]},
    {"note": "sentence added on data exchanged with the Insurance Guarantee Fund (UFG) to verify claims history",
     "repl": [("Ewidencja Pojazdów i Kierowców.",
               "Ewidencja Pojazdów i Kierowców. W ubezpieczeniach komunikacyjnych sprawdzamy też historię ubezpieczenia i szkód w Ubezpieczeniowym Funduszu Gwarancyjnym.")]},
    {"note": "typo fixed in the cookies section ('w kazdej chwili' -> 'w każdej chwili'), date not changed",
     "bump": False,
     "repl": [("w kazdej chwili", "w każdej chwili")]},
    {"note": "hotline number changed and hours added",
     "repl": [("zadzwoń na infolinię 22 566 55 55 (opłata zgodna z taryfą operatora)",
               "zadzwoń na infolinię 22 490 11 11 (czynna od poniedziałku do piątku w godzinach 8–20, opłata zgodna z taryfą operatora)")]},
    {"note": "new row in the purposes table: recording of hotline calls",
     "repl": [("| Marketing bezpośredni naszych produktów |",
               "| Nagrywanie rozmów z infolinią w celu dokumentowania zgłoszeń i kontroli jakości | art. 6 ust. 1 lit. f RODO | 2 lata od rozmowy, a jeśli rozmowa dotyczy szkody – do zakończenia jej likwidacji |\n| Marketing bezpośredni naszych produktów |")]},
    {"note": "new section: data of minors insured in school accident insurance (NNW szkolne)",
     "repl": [("## Pliki cookies\n",
               "## Dane dzieci\n\nW ubezpieczeniu następstw nieszczęśliwych wypadków dzieci i młodzieży dane dziecka podaje rodzic lub opiekun prawny, który zawiera umowę. Dane dziecka przetwarzamy wyłącznie w celu wykonania umowy i likwidacji szkody. Nie kierujemy do dzieci marketingu.\n\n## Pliki cookies\n")]},
]


def fmt_date(d):
    return "%d %s %d r." % (d.day, MONTHS[d.month - 1], d.year)


def noise(rng, when, i, prev):
    prev = prev or {}
    return {
        "akamai": C.b64tok(rng, 30).rstrip("="),
        "nonce": C.b64tok(rng, 16),
        "clientlib": C.keep_or(rng, prev.get("clientlib"), 0.12, lambda: (C.hexs(rng, 32), C.hexs(rng, 32), C.hexs(rng, 32))),
        "modify": C.keep_or(rng, prev.get("modify"), 0.08,
                            lambda: C.iso(when - dt.timedelta(hours=rng.randint(2, 400)))),
        "onetrust": C.keep_or(rng, prev.get("onetrust"), 0.05, lambda: rng.choice(["202309.1.0", "202311.2.0", "202402.1.0", "202405.2.0", "202409.1.0"])),
    }


LABELS = {"akamai": "Akamai bot-manager pixel token", "nonce": "CSP nonce", "clientlib": "AEM clientlib hashes (deploy)",
          "modify": "data-layer repo:modifyDate (republish)", "onetrust": "OneTrust SDK version"}

CID = "container-5d1b0f3a2e"
AID = "accordion-9c2e41f7d0"


def dl(cid, typ, modify, title=None):
    d = {cid: {"@type": typ, "repo:modifyDate": modify}}
    if title:
        d[cid]["dc:title"] = title
    return html.escape(json.dumps(d, ensure_ascii=False, separators=(",", ":")), quote=True)


def render(state, blocks, when):
    head, secs = C.split_sections(blocks)
    mod = state["modify"]
    title = [b for b in head if b[0] == "h1"][0]
    intro = [b for b in head if b[0] != "h1"]
    tid = "title-" + C.det_sha("t", 1)[:10]
    xid = "text-" + C.det_sha("x", 1)[:10]
    items = []
    for n, (h, bl) in enumerate(secs):
        iid = "%s-item-%s" % (AID, C.det_sha("item", h)[:10])
        txt = "text-" + C.det_sha("sectext", h)[:10]
        items.append(
            '<div class="cmp-accordion__item" data-cmp-hook-accordion="item" data-cmp-data-layer="%s" id="%s">\n'
            '<h2 class="cmp-accordion__header">\n<button id="%s-button" class="cmp-accordion__button" type="button" '
            'aria-controls="%s-panel" data-cmp-hook-accordion="button">\n<span class="cmp-accordion__title">%s</span>\n'
            '<span class="cmp-accordion__icon"></span>\n</button>\n</h2>\n'
            '<div data-cmp-hook-accordion="panel" id="%s-panel" class="cmp-accordion__panel cmp-accordion__panel--hidden" '
            'role="region" aria-labelledby="%s-button"><div class="text"><div id="%s" class="cmp-text" data-cmp-data-layer="%s">\n%s\n</div></div></div>\n</div>'
            % (dl(iid, "core/wcm/components/accordion/v1/accordion/item", mod, h), iid, iid, iid, C.inline_html(h), iid, iid,
               txt, dl(txt, "przystan/components/text", mod), C.blocks_html(bl)))
    cl = state["clientlib"]
    nonce = state["nonce"]
    return """<!DOCTYPE HTML>
<html lang="pl-PL">
<head>
<meta charset="UTF-8"/>
<title>Polityka prywatności | Przystań Ubezpieczenia</title>
<meta name="keywords" content="polityka prywatności, RODO, dane osobowe"/>
<meta name="description" content="Dowiedz się, jak Przystań przetwarza Twoje dane osobowe i jakie prawa Ci przysługują."/>
<meta name="template" content="przystan-content-page"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta property="og:title" content="Polityka prywatności"/>
<meta property="og:url" content="https://www.przystan.pl/polityka-prywatnosci"/>
<link rel="canonical" href="https://www.przystan.pl/polityka-prywatnosci"/>
<link rel="alternate" hreflang="en" href="https://www.przystan.pl/en/privacy-policy"/>
<script nonce="%(nonce)s">window.adobeDataLayer = window.adobeDataLayer || [];</script>
<script src="https://assets.adobedtm.com/7f4a9e1c2b3d/5e6f7a8b9c0d/launch-EN9a4c1b2d3e4f5a6b7c8d9e0f1a2b3c4d.min.js" async></script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-document-language="true" type="text/javascript" charset="UTF-8" data-domain-script="3c9b2d4e-7a1f-4b8e-9d0c-5e6f7a8b9c0d"></script>
<script nonce="%(nonce)s">function OptanonWrapper() { window.adobeDataLayer.push({event: "consentUpdate"}); }</script>
<link rel="stylesheet" href="/etc.clientlibs/przystan/clientlibs/clientlib-base.lc-%(c0)s-lc.min.css" type="text/css">
<link rel="stylesheet" href="/etc.clientlibs/przystan/clientlibs/clientlib-site.lc-%(c1)s-lc.min.css" type="text/css">
<script type="text/javascript" src="/etc.clientlibs/przystan/clientlibs/clientlib-dependencies.lc-d41d8cd98f00b204e9800998ecf8427e-lc.min.js"></script>
<link rel="icon" sizes="192x192" href="/etc.clientlibs/przystan/clientlibs/clientlib-site/resources/icon-192x192.png"/>
<script type="text/javascript"  src="/akam/13/4f1c7d2e"  defer></script></head>
<body class="page basicpage" id="page-7b2c9e0d41" data-cmp-link-accessibility-enabled data-cmp-link-accessibility-text="otwiera się w nowej karcie" data-cmp-data-layer-enabled>
<script nonce="%(nonce)s">
  window.adobeDataLayer = window.adobeDataLayer || [];
  adobeDataLayer.push({
      page: JSON.parse("{\\"page-7b2c9e0d41\\":{\\"@type\\":\\"przystan\\/components\\/page\\",\\"repo:modifyDate\\":\\"%(mod)s\\",\\"dc:title\\":\\"Polityka prywatności\\",\\"xdm:template\\":\\"\\/conf\\/przystan\\/settings\\/wcm\\/templates\\/content-page\\",\\"xdm:language\\":\\"pl-PL\\",\\"xdm:tags\\":[],\\"repo:path\\":\\"\\/content\\/przystan\\/pl\\/polityka-prywatnosci.html\\"}}"),
      event:'cmp:show',
      eventInfo: {
          path: 'page.page\\u002D7b2c9e0d41'
      }
  });
</script>
<div class="root container responsivegrid">
<div id="container-0a1b2c3d4e" class="cmp-container">
<div class="experiencefragment"><div id="experiencefragment-header" class="cmp-experiencefragment cmp-experiencefragment--header">
<header class="site-header">
<a class="site-header__skip" href="#main-content">Przejdź do treści</a>
<div class="site-header__top"><ul class="site-header__segments"><li class="is-active"><a href="/">Klienci indywidualni</a></li><li><a href="/firmy">Firmy</a></li><li><a href="/agenci">Dla agentów</a></li></ul>
<a class="site-header__claim" href="/zglos-szkode">Zgłoś szkodę</a><a class="site-header__login" href="https://konto.przystan.pl/login">Przystań24 – zaloguj się</a></div>
<nav class="cmp-navigation" itemscope itemtype="http://schema.org/SiteNavigationElement" aria-label="Menu główne">
<a class="site-header__logo" href="/"><img src="/content/dam/przystan/logo/przystan-logo.svg" alt="Przystań Ubezpieczenia"/></a>
<ul class="cmp-navigation__group">
<li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/ubezpieczenie-samochodu" class="cmp-navigation__item-link">Samochód</a></li>
<li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/ubezpieczenie-mieszkania" class="cmp-navigation__item-link">Dom i mieszkanie</a></li>
<li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/ubezpieczenie-turystyczne" class="cmp-navigation__item-link">Podróże</a></li>
<li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/ubezpieczenie-na-zycie" class="cmp-navigation__item-link">Życie i zdrowie</a></li>
<li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/pomoc" class="cmp-navigation__item-link">Pomoc i kontakt</a></li>
</ul></nav>
</header></div></div>
<main id="main-content" class="container responsivegrid">
<div id="container-1f2e3d4c5b" class="cmp-container">
<div class="breadcrumb"><nav id="breadcrumb-6a7b8c9d0e" class="cmp-breadcrumb" aria-label="Ścieżka nawigacji"><ol class="cmp-breadcrumb__list" itemscope itemtype="http://schema.org/BreadcrumbList">
<li class="cmp-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" class="cmp-breadcrumb__item-link" itemprop="item"><span itemprop="name">Strona główna</span></a><meta itemprop="position" content="1"></li>
<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active" aria-current="page" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><span itemprop="name">Polityka prywatności</span><meta itemprop="position" content="2"></li>
</ol></nav></div>
<div class="container responsivegrid legal-content">
<div id="%(cid)s" class="cmp-container" data-cmp-data-layer="%(cdl)s">
<div class="title"><div data-cmp-data-layer="%(tdl)s" id="%(tid)s" class="cmp-title">
<h1 class="cmp-title__text">%(h1)s</h1>
</div></div>
<div class="text"><div id="%(xid)s" class="cmp-text" data-cmp-data-layer="%(xdl)s">
%(intro)s
</div></div>
<div class="accordion panelcontainer">
<div id="%(aid)s" class="cmp-accordion" data-cmp-is="accordion" data-cmp-data-layer="%(adl)s" data-placeholder-text="false">
%(items)s
</div>
</div>
</div>
</div>
<div class="teaser cta-teaser"><div class="cmp-teaser"><div class="cmp-teaser__content">
<p class="cmp-teaser__title">Masz pytania o swoje dane?</p>
<div class="cmp-teaser__description"><p>Skontaktuj się z nami przez formularz lub infolinię.</p></div>
<div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" href="/pomoc/kontakt">Napisz do nas</a></div>
</div></div></div>
</div>
</main>
<div class="experiencefragment"><div id="experiencefragment-footer" class="cmp-experiencefragment cmp-experiencefragment--footer">
<footer class="site-footer">
<div class="site-footer__columns">
<div><p class="site-footer__heading">Ubezpieczenia</p><ul><li><a href="/oc-ac">OC i AC</a></li><li><a href="/ubezpieczenie-mieszkania">Mieszkanie</a></li><li><a href="/ubezpieczenie-turystyczne">Podróże</a></li></ul></div>
<div><p class="site-footer__heading">O nas</p><ul><li><a href="/o-nas">O firmie</a></li><li><a href="/relacje-inwestorskie">Relacje inwestorskie</a></li><li><a href="/kariera">Kariera</a></li></ul></div>
<div><p class="site-footer__heading">Informacje</p><ul><li><a href="/polityka-prywatnosci">Polityka prywatności</a></li><li><a href="/polityka-cookies">Polityka cookies</a></li><li><a href="/reklamacje">Reklamacje</a></li><li><button id="ot-sdk-btn" class="ot-sdk-show-settings">Ustawienia cookies</button></li></ul></div>
</div>
<p class="site-footer__legal">© %(year)d Przystań Towarzystwo Ubezpieczeń S.A. Wszelkie prawa zastrzeżone.</p>
</footer></div></div>
</div>
</div>
<script type="text/javascript" src="/etc.clientlibs/core/wcm/components/commons/datalayer/v1/clientlibs/core.wcm.components.commons.datalayer.v1.lc-70264651675213ed7f7cc5a02a00f621-lc.min.js"></script>
<script type="text/javascript" src="/etc.clientlibs/przystan/clientlibs/clientlib-site.lc-%(c2)s-lc.min.js"></script>
<script type="text/javascript" nonce="%(nonce)s">_satellite.pageBottom();</script>
<noscript><img src="https://www.przystan.pl/akam/13/pixel_4f1c7d2e?a=%(ak)s&amp;" style="visibility: hidden; position: absolute; left: -999px; top: -999px;" /></noscript></body>
</html>
""" % {
        "nonce": nonce, "c0": cl[0], "c1": cl[1], "c2": cl[2],
        "ak": state["akamai"], "mod": mod, "cid": CID, "cdl": dl(CID, "core/wcm/components/container/v1/container", mod),
        "tid": tid, "tdl": dl(tid, "core/wcm/components/title/v1/title", mod, C.inline_html(title[1])),
        "h1": C.inline_html(title[1]), "xid": xid, "xdl": dl(xid, "przystan/components/text", mod),
        "intro": C.blocks_html(intro), "aid": AID, "adl": dl(AID, "core/wcm/components/accordion/v1/accordion", mod),
        "items": "\n".join(items), "year": when.year,
    }


PAGE = {
    "service": "Przystan Ubezpieczenia",
    "url": "https://www.przystan.pl/polityka-prywatnosci",
    "lang": "pl",
    "platform": "Adobe Experience Manager (Core Components accordion) behind Akamai",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": [("Server", "Apache"), ("X-Dispatcher", "dispatcher1euwest1"), ("X-Vhost", "publish"),
                      ("Cache-Control", "max-age=300")],
    "n": 30,
    "start": dt.date(2022, 9, 5),
    "end": dt.date(2025, 8, 20),
    "policy": POLICY,
    "first_updated": dt.date(2022, 5, 24),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.przystan.pl/polityka-prywatnosci", "select": ".legal-content"},
}
