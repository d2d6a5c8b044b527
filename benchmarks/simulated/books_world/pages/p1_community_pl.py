"""Zakładka.pl: a Polish book-review community (shelves, ratings, reviews, reading challenge) on Symfony 6 with
Twig, Bootstrap 5, Webpack Encore, Stimulus and Turbo.

The documents page holds three Bootstrap tab panes: the terms of service ("Regulamin serwisu", hidden pane,
edited on its own in February 2024), the privacy policy (the active pane, `#polityka-prywatnosci`, the
declaration's container) and a link tab to the cookie policy. Per visit: the login modal's Symfony CSRF token,
the "czytelników online" counter in the footer, the reading-challenge tally in the header strip (participants and
books read so far this year); per deploy the Encore entry hashes; the header strip changes year with the challenge.
The policy is rendered from the CMS's Markdown by league/commonmark (plain tags, GFM tables).
"""
import datetime as dt
import html

import common as C

URL = "https://zakladka.pl/dokumenty/polityka-prywatnosci"

POLICY = """
# Polityka prywatności serwisu Zakładka.pl

Ostatnia aktualizacja: {UPDATED}

Szanujemy Twoją prywatność. Poniżej wyjaśniamy, jakie dane osobowe zbieramy, gdy korzystasz z serwisu Zakładka.pl i aplikacji mobilnych Zakładka, w jakim celu to robimy, komu je przekazujemy oraz jakie prawa Ci przysługują.

## 1. Kto jest administratorem Twoich danych?

Administratorem danych osobowych użytkowników serwisu Zakładka.pl oraz aplikacji mobilnych Zakładka na Androida i iOS (dalej: „Serwis”) jest Zakładka sp. z o.o. z siedzibą w Krakowie, ul. Kapelanka 42A, 30-347 Kraków, wpisana do rejestru przedsiębiorców Krajowego Rejestru Sądowego prowadzonego przez Sąd Rejonowy dla Krakowa-Śródmieścia w Krakowie, XI Wydział Gospodarczy KRS, pod numerem KRS 0000612345, NIP 6762501234, REGON 364512345 (dalej: „my” lub „Zakładka”).

W sprawach dotyczących ochrony danych osobowych możesz kontaktować się z wyznaczonym przez nas inspektorem ochrony danych:

@ Inspektor Ochrony Danych – Zakładka sp. z o.o.
@ ul. Kapelanka 42A, 30-347 Kraków
@ e-mail: iod@zakladka.pl

## 2. Jakie dane zbieramy?

Zakres danych zależy od tego, w jaki sposób korzystasz z Serwisu:

- **Konto czytelnika**: adres e-mail, nazwa użytkownika, hasło (przechowywane wyłącznie w postaci skrótu), a opcjonalnie imię, miasto, rok urodzenia, płeć i zdjęcie profilowe;
- **Aktywność czytelnicza**: książki dodane na półki („Przeczytane”, „Teraz czytam”, „Chcę przeczytać”), oceny, recenzje, cytaty, komentarze, udział w wyzwaniach czytelniczych i klubach dyskusyjnych;
- **Logowanie przez Facebooka, Google lub Apple**: identyfikator konta i adres e-mail przekazany przez dostawcę logowania;
- **Konkursy i wymiany książek**: imię, nazwisko, adres do wysyłki i numer telefonu zwycięzców lub uczestników wymiany;
- **Korespondencja**: treść wiadomości wysłanych do naszego działu pomocy oraz zgłoszeń naruszeń;
- **Dane techniczne**: adres IP, identyfikatory urządzenia, typ przeglądarki i systemu operacyjnego, dane z plików cookies i podobnych technologii, logi serwera.

Z treści, które publikujesz (np. recenzji czy półki „Chcę przeczytać”), mogą wynikać informacje o Twoich poglądach politycznych, przekonaniach religijnych lub zdrowiu. Publikujesz je dobrowolnie i to Ty decydujesz, czy Twoje półki są publiczne, widoczne tylko dla znajomych, czy prywatne. Nie wykorzystujemy takich informacji do celów reklamowych.

## 3. W jakich celach i na jakiej podstawie przetwarzamy dane?

| Cel przetwarzania | Podstawa prawna | Okres przechowywania |
| Założenie i prowadzenie konta, udostępnianie funkcji Serwisu | art. 6 ust. 1 lit. b RODO (umowa o świadczenie usług drogą elektroniczną) | do usunięcia konta |
| Rekomendacje książek na podstawie Twoich półek i ocen | art. 6 ust. 1 lit. f RODO (prawnie uzasadniony interes) | do usunięcia konta lub wniesienia sprzeciwu |
| Newsletter i powiadomienia o premierach | art. 6 ust. 1 lit. a RODO (zgoda) | do wycofania zgody |
| Organizacja konkursów i wysyłka nagród | art. 6 ust. 1 lit. b i c RODO | 5 lat od końca roku, w którym wydano nagrodę |
| Moderacja treści i rozpatrywanie zgłoszeń | art. 6 ust. 1 lit. f RODO | 12 miesięcy od rozpatrzenia zgłoszenia |
| Statystyki i bezpieczeństwo Serwisu | art. 6 ust. 1 lit. f RODO | 14 miesięcy (statystyki), 90 dni (logi serwera) |
| Reklama dopasowana do zainteresowań | art. 6 ust. 1 lit. a RODO (zgoda) | do wycofania zgody |
| Ustalenie, dochodzenie i obrona roszczeń | art. 6 ust. 1 lit. f RODO | do upływu terminu przedawnienia roszczeń |

## 4. Profilowanie i rekomendacje

Na podstawie Twoich ocen i półek nasz algorytm proponuje książki, które mogą Ci się spodobać, i ustala kolejność wyświetlanych recenzji. Profilowanie to nie wywołuje wobec Ciebie skutków prawnych ani w podobny sposób istotnie na Ciebie nie wpływa. Możesz je wyłączyć w ustawieniach konta (zakładka „Prywatność”) – zobaczysz wtedy rekomendacje oparte wyłącznie na popularności tytułów.

## 5. Komu przekazujemy dane?

Korzystamy z usług zaufanych podmiotów, które przetwarzają dane w naszym imieniu na podstawie umów powierzenia przetwarzania danych:

| Odbiorca | Zakres usług | Miejsce przetwarzania |
| OVH sp. z o.o. | hosting serwerów i kopii zapasowych | Polska, Francja |
| Google Ireland Ltd. | Google Analytics 4, Google Ad Manager | UE, USA (EU-US Data Privacy Framework) |
| The Rocket Science Group LLC (Mailchimp) | wysyłka newslettera | USA (standardowe klauzule umowne) |
| Freshworks Inc. | obsługa zgłoszeń w systemie Freshdesk | UE |
| InPost sp. z o.o. | wysyłka nagród konkursowych | Polska |

Dane zwycięzców konkursów przekazujemy wydawnictwom fundującym nagrody wyłącznie w zakresie niezbędnym do wysyłki nagrody. Na żądanie uprawnionych organów, np. policji, prokuratury lub sądu, możemy być zobowiązani do udostępnienia danych na podstawie przepisów prawa.

## 6. Treści publiczne

Twoja nazwa użytkownika, zdjęcie profilowe, recenzje, oceny i cytaty są widoczne dla wszystkich odwiedzających Serwis i mogą być indeksowane przez wyszukiwarki internetowe. Po usunięciu konta Twoje recenzje pozostają w Serwisie tylko wtedy, gdy wyrazisz na to zgodę – w przeciwnym razie usuwamy je wraz z kontem, a oceny zachowujemy w formie zanonimizowanej, aby nie zaburzać średnich ocen książek.

## 7. Pliki cookies

Używamy plików cookies niezbędnych do działania Serwisu (np. do utrzymania sesji logowania), a także analitycznych i reklamowych. Cookies analityczne i reklamowe zapisujemy dopiero po wyrażeniu zgody w banerze. Zgodę możesz w każdej chwili zmienić, klikając „Ustawienia cookies” w stopce strony. Szczegóły znajdziesz w [Polityce cookies](/dokumenty/polityka-cookies).

## 8. Twoje prawa

Przysługuje Ci prawo do:

- dostępu do swoich danych i otrzymania ich kopii;
- sprostowania danych;
- usunięcia danych („prawo do bycia zapomnianym”);
- ograniczenia przetwarzania;
- przenoszenia danych – w ustawieniach konta możesz pobrać swoje półki, oceny i recenzje w formacie CSV;
- wniesienia sprzeciwu wobec przetwarzania opartego na prawnie uzasadnionym interesie, w tym wobec profilowania;
- cofnięcia zgody w dowolnym momencie, bez wpływu na zgodność z prawem przetwarzania dokonanego przed jej cofnięciem.

Aby skorzystać ze swoich praw, napisz na adres iod@zakladka.pl lub skorzystaj z formularza w ustawieniach konta. Odpowiemy w ciągu miesiąca. Masz także prawo wnieść skargę do Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 Warszawa).

## 9. Dzieci

Konto w Serwisie mogą samodzielnie założyć osoby, które ukończyły 16 lat. Osoby młodsze mogą korzystać z Serwisu wyłącznie za zgodą rodzica lub opiekuna prawnego. Jeśli dowiemy się, że konto założyło dziecko bez takiej zgody, usuniemy je.

## 10. Bezpieczeństwo danych

Stosujemy szyfrowanie połączeń (TLS), hasła przechowujemy wyłącznei w postaci skrótów, a dostęp do danych mają tylko upoważnieni pracownicy. Regularnie wykonujemy kopie zapasowe i testy bezpieczeństwa Serwisu.

## 11. Zmiany polityki prywatności

O istotnych zmianach niniejszej polityki poinformujemy Cię e-mailem lub komunikatem po zalogowaniu, co najmniej 14 dni przed ich wejściem w życie. Poprzednie wersje polityki udostępniamy na żądanie.
"""

MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
          "października", "listopada", "grudnia"]


def fmt_date(d):
    return "%d %s %d r." % (d.day, MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "typo fixed in the security section ('wyłącznei' -> 'wyłącznie'), no new date",
     "repl": [("hasła przechowujemy wyłącznei w postaci", "hasła przechowujemy wyłącznie w postaci")],
     "bump": False},
    {"note": "processor added to the recipients table: Cloudflare (CDN and DDoS protection)",
     "repl": [("| Freshworks Inc. | obsługa zgłoszeń w systemie Freshdesk | UE |",
               "| Freshworks Inc. | obsługa zgłoszeń w systemie Freshdesk | UE |\n"
               "| Cloudflare, Inc. | sieć CDN i ochrona przed atakami | UE, USA (EU-US Data Privacy Framework) |")]},
    {"note": "server-log retention shortened from 90 to 30 days; 'i przeszkoleni' inserted in the security "
             "section; Digital Services Act articles added to the moderation row's legal basis",
     "repl": [("14 miesięcy (statystyki), 90 dni (logi serwera)", "14 miesięcy (statystyki), 30 dni (logi serwera)"),
              ("mają tylko upoważnieni pracownicy", "mają tylko upoważnieni i przeszkoleni pracownicy"),
              ("| Moderacja treści i rozpatrywanie zgłoszeń | art. 6 ust. 1 lit. f RODO |",
               "| Moderacja treści i rozpatrywanie zgłoszeń | art. 6 ust. 1 lit. c i f RODO w związku z art. 16 i 20 "
               "aktu o usługach cyfrowych |")]},
    {"note": "new section 'Subskrypcja Zakładka Plus' (paid plan, Przelewy24 as payment operator, invoices kept "
             "5 years); later sections renumbered; payments row added to the purposes table",
     "repl": [("## 7. Pliki cookies", "## 7. Subskrypcja Zakładka Plus\n\n"
               "Jeśli wykupisz subskrypcję Zakładka Plus (statystyki czytelnicze, brak reklam, wcześniejszy dostęp do "
               "premier), przetwarzamy dodatkowo dane niezbędne do rozliczenia płatności: imię i nazwisko lub nazwę "
               "firmy, adres, numer NIP (jeśli chcesz otrzymać fakturę na firmę) oraz historię płatności. Płatności "
               "obsługuje PayPro SA z siedzibą w Poznaniu (operator serwisu Przelewy24), który jest odrębnym "
               "administratorem danych dotyczących transakcji. Nie mamy dostępu do pełnych danych Twojej karty "
               "płatniczej.\n\n## 8. Pliki cookies"),
              ("## 8. Twoje prawa", "## 9. Twoje prawa"),
              ("## 9. Dzieci", "## 10. Dzieci"),
              ("## 10. Bezpieczeństwo danych", "## 11. Bezpieczeństwo danych"),
              ("## 11. Zmiany polityki prywatności", "## 12. Zmiany polityki prywatności"),
              ("| Reklama dopasowana do zainteresowań |",
               "| Obsługa subskrypcji Zakładka Plus i wystawianie faktur | art. 6 ust. 1 lit. b i c RODO | "
               "5 lat od końca roku, w którym wystawiono fakturę |\n| Reklama dopasowana do zainteresowań |")]},
    {"note": "company and data protection officer moved to a new Kraków address (two places)",
     "repl": [("z siedzibą w Krakowie, ul. Kapelanka 42A, 30-347 Kraków",
               "z siedzibą w Krakowie, ul. Zabłocie 43B, 30-701 Kraków"),
              ("@ ul. Kapelanka 42A, 30-347 Kraków", "@ ul. Zabłocie 43B, 30-701 Kraków")]},
]

REGULAMIN = {
    "2023": ("1 marca 2023 r.", [
        "§ 1. Regulamin określa zasady korzystania z serwisu Zakładka.pl i aplikacji mobilnych Zakładka.",
        "§ 2. Usługodawcą jest Zakładka sp. z o.o. z siedzibą w Krakowie. Korzystanie z Serwisu jest bezpłatne.",
        "§ 3. Użytkownik zobowiązuje się nie publikować treści bezprawnych, obraźliwych ani naruszających prawa "
        "autorskie, w tym całych rozdziałów książek.",
        "§ 4. Recenzje muszą dotyczyć książki, do której zostały dodane. Zakładka może usunąć recenzję "
        "naruszającą Regulamin i poinformuje o tym autora.",
        "§ 5. Reklamacje można zgłaszać na adres pomoc@zakladka.pl. Rozpatrujemy je w ciągu 14 dni.",
        "§ 6. Użytkownik może w każdej chwili usunąć konto w ustawieniach.",
    ]),
    "2024": ("17 lutego 2024 r.", [
        "§ 1. Regulamin określa zasady korzystania z serwisu Zakładka.pl i aplikacji mobilnych Zakładka.",
        "§ 2. Usługodawcą jest Zakładka sp. z o.o. z siedzibą w Krakowie. Korzystanie z Serwisu jest bezpłatne, "
        "z wyjątkiem subskrypcji Zakładka Plus, której zasady określa odrębny regulamin.",
        "§ 3. Użytkownik zobowiązuje się nie publikować treści bezprawnych, obraźliwych ani naruszających prawa "
        "autorskie, w tym całych rozdziałów książek.",
        "§ 4. Recenzje muszą dotyczyć książki, do której zostały dodane. Zakładka może usunąć recenzję "
        "naruszającą Regulamin; autor otrzymuje uzasadnienie decyzji i może się od niej odwołać w ciągu 6 "
        "miesięcy (art. 17 i 20 aktu o usługach cyfrowych).",
        "§ 5. Każdy może zgłosić treść nielegalną za pomocą przycisku „Zgłoś” przy recenzji lub komentarzu. "
        "Punktem kontaktowym dla organów i użytkowników jest adres dsa@zakladka.pl.",
        "§ 6. Reklamacje można zgłaszać na adres pomoc@zakladka.pl. Rozpatrujemy je w ciągu 14 dni.",
        "§ 7. Użytkownik może w każdej chwili usunąć konto w ustawieniach.",
    ]),
}


def _pl_num(n):
    s = "{:,}".format(n).replace(",", "\u00a0")
    return s


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["encore"] = C.keep_or(rng, p.get("encore"), 0.35, lambda: (C.hexs(rng, 8), C.hexs(rng, 8), C.hexs(rng, 8)))
    st["csrf"] = C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    st["online"] = rng.randint(1900, 6400) if when.hour >= 6 else rng.randint(700, 2100)
    doy = when.timetuple().tm_yday
    participants = 31000 + (when.year - 2022) * 7400 + int(doy * 61) + rng.randint(0, 240)
    books = int(participants * doy / 365.0 * 17.3) + rng.randint(0, 5000)
    st["challenge"] = (when.year, participants, books)
    st["regulamin"] = "2024" if when >= dt.datetime(2024, 2, 17) else "2023"
    st["cookiebot"] = C.keep_or(rng, p.get("cookiebot"), 0.0, lambda: C.uuid4(rng))
    return st


LABELS = {
    "encore": "Encore entry hashes (deploy)",
    "csrf": "login modal CSRF token",
    "online": "footer 'czytelników online' counter",
    "challenge": "reading-challenge tally in the header strip",
    "regulamin": "terms-of-service tab pane (other document) edited",
    "cookiebot": "Cookiebot id",
}


def _policy_html(blocks):
    out = []
    for b in blocks:
        if b[0] == "table":
            out.append("<div class=\"table-responsive\">" + C.block_html(b) + "</div>")
        else:
            out.append(C.block_html(b))
    return "\n".join(out)


def render(state, blocks, when):
    e1, e2, e3 = state["encore"]
    year, part, books = state["challenge"]
    reg_date, reg_pars = REGULAMIN[state["regulamin"]]
    reg_html = "\n".join("<p>%s</p>" % html.escape(x, quote=False) for x in reg_pars)
    nav = "".join('<li class="nav-item"><a class="nav-link" href="%s">%s</a></li>' % (u, t) for u, t in [
        ("/ksiazki", "Książki"), ("/autorzy", "Autorzy"), ("/recenzje", "Recenzje"),
        ("/wyzwanie-%d" % year, "Wyzwanie %d" % year), ("/kluby", "Kluby czytelnicze"), ("/premiery", "Premiery")])
    return """<!DOCTYPE html>
<html lang="pl" data-bs-theme="light">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Polityka prywatności | Zakładka.pl – recenzje książek, półki, wyzwania czytelnicze</title>
<meta name="description" content="Dokumenty serwisu Zakładka.pl: regulamin, polityka prywatności i polityka cookies.">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="Zakładka.pl">
<meta name="turbo-cache-control" content="no-preview">
<link rel="icon" href="/favicon.ico">
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="{cbid}" data-blockingmode="auto" type="text/javascript"></script>
<script>window.dataLayer = window.dataLayer || [];(function(w,d,s,l,i){{w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-K7Q2ZPL');</script>
<link rel="stylesheet" href="/build/app.{e1}.css" data-turbo-track="reload">
<script src="/build/runtime.{e2}.js" defer data-turbo-track="reload"></script>
<script src="/build/app.{e3}.js" defer data-turbo-track="reload"></script>
</head>
<body data-controller="cookie-settings" class="page-documents">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7Q2ZPL" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<div class="challenge-strip bg-warning-subtle border-bottom small py-1" data-controller="challenge-counter">
  <div class="container d-flex justify-content-between">
    <span><a href="/wyzwanie-{year}" class="fw-semibold">Wyzwanie czytelnicze {year}</a>: <span data-challenge-counter-target="participants">{part}</span> uczestników · <span data-challenge-counter-target="books">{books}</span> przeczytanych książek</span>
    <a href="/wyzwanie-{year}/dolacz" class="d-none d-md-inline">Dołącz do wyzwania</a>
  </div>
</div>
<header class="navbar navbar-expand-lg bg-body border-bottom sticky-top">
  <nav class="container">
    <a class="navbar-brand" href="/"><img src="/build/images/logo-zakladka.5f1c2a90.svg" alt="Zakładka.pl" width="148" height="32"></a>
    <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="Menu"><span class="navbar-toggler-icon"></span></button>
    <div class="collapse navbar-collapse" id="mainNav">
      <ul class="navbar-nav me-auto">{nav}</ul>
      <form class="d-flex" role="search" action="/szukaj" method="get" data-controller="autocomplete" data-autocomplete-url-value="/api/podpowiedzi">
        <input class="form-control form-control-sm me-2" type="search" name="q" placeholder="Tytuł, autor, ISBN" aria-label="Szukaj" data-autocomplete-target="input">
      </form>
      <button type="button" class="btn btn-outline-primary btn-sm ms-lg-2" data-bs-toggle="modal" data-bs-target="#loginModal">Zaloguj się</button>
    </div>
  </nav>
</header>
<main class="container py-4" id="content">
  <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Zakładka.pl</a></li><li class="breadcrumb-item"><a href="/dokumenty">Dokumenty</a></li><li class="breadcrumb-item active" aria-current="page">Polityka prywatności</li></ol></nav>
  <h1 class="h3 mb-3">Dokumenty serwisu</h1>
  <ul class="nav nav-tabs" id="documentTabs" role="tablist">
    <li class="nav-item" role="presentation"><button class="nav-link" id="regulamin-tab" data-bs-toggle="tab" data-bs-target="#regulamin" type="button" role="tab" aria-controls="regulamin" aria-selected="false">Regulamin serwisu</button></li>
    <li class="nav-item" role="presentation"><button class="nav-link active" id="polityka-prywatnosci-tab" data-bs-toggle="tab" data-bs-target="#polityka-prywatnosci" type="button" role="tab" aria-controls="polityka-prywatnosci" aria-selected="true">Polityka prywatności</button></li>
    <li class="nav-item" role="presentation"><a class="nav-link" href="/dokumenty/polityka-cookies">Polityka cookies</a></li>
  </ul>
  <div class="tab-content document-content border border-top-0 rounded-bottom p-4 bg-body" id="documentTabsContent">
    <div class="tab-pane fade" id="regulamin" role="tabpanel" aria-labelledby="regulamin-tab" tabindex="0">
<h2>Regulamin serwisu Zakładka.pl</h2>
<p><em>Obowiązuje od {reg_date}</em></p>
{reg_html}
    </div>
    <div class="tab-pane fade show active" id="polityka-prywatnosci" role="tabpanel" aria-labelledby="polityka-prywatnosci-tab" tabindex="0">
{policy}
    </div>
  </div>
  <p class="small text-body-secondary mt-3"><a href="/dokumenty/archiwum">Archiwum dokumentów</a> · <a href="/kontakt">Kontakt z nami</a></p>
</main>
<div class="modal fade" id="loginModal" tabindex="-1" aria-labelledby="loginModalLabel" aria-hidden="true">
  <div class="modal-dialog modal-dialog-centered"><div class="modal-content">
    <form method="post" action="/logowanie">
      <div class="modal-header"><h5 class="modal-title" id="loginModalLabel">Zaloguj się</h5><button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Zamknij"></button></div>
      <div class="modal-body">
        <input type="email" name="_username" class="form-control mb-2" placeholder="E-mail" autocomplete="email" required>
        <input type="password" name="_password" class="form-control mb-2" placeholder="Hasło" autocomplete="current-password" required>
        <input type="hidden" name="_csrf_token" value="{csrf}">
        <div class="form-check"><input class="form-check-input" type="checkbox" name="_remember_me" id="rememberMe"><label class="form-check-label" for="rememberMe">Zapamiętaj mnie</label></div>
      </div>
      <div class="modal-footer"><a href="/reset-hasla" class="me-auto small">Nie pamiętasz hasła?</a><button type="submit" class="btn btn-primary">Zaloguj</button></div>
    </form>
  </div></div>
</div>
<footer class="border-top bg-body-tertiary py-4 mt-5 small">
  <div class="container">
    <div class="row">
      <div class="col-md-4"><p class="mb-1"><strong>Zakładka.pl</strong> – serwis dla czytelników</p><p class="text-body-secondary">Teraz na Zakładce: <span class="online-counter">{online}</span> czytelników online</p></div>
      <div class="col-md-4"><ul class="list-unstyled"><li><a href="/dokumenty/regulamin">Regulamin</a></li><li><a href="/dokumenty/polityka-prywatnosci">Polityka prywatności</a></li><li><a href="/dokumenty/polityka-cookies">Polityka cookies</a></li><li><a href="#" data-action="cookie-settings#open">Ustawienia cookies</a></li></ul></div>
      <div class="col-md-4"><ul class="list-unstyled"><li><a href="/reklama">Reklama</a></li><li><a href="/dla-wydawcow">Dla wydawców</a></li><li><a href="/kontakt">Kontakt</a></li></ul><p class="text-body-secondary">© 2012–{cy} Zakładka sp. z o.o.</p></div>
    </div>
  </div>
</footer>
</body>
</html>
""".format(url=URL, cbid=state["cookiebot"], e1=e1, e2=e2, e3=e3, year=year, part=_pl_num(part),
           books=_pl_num(books), nav=nav, reg_date=reg_date, reg_html=reg_html, policy=_policy_html(blocks),
           csrf=state["csrf"], online=_pl_num(state["online"]), cy=when.year)


PAGE = {
    "service": "Zakladka",
    "url": URL,
    "lang": "pl",
    "platform": "Symfony 6 + Twig, Bootstrap 5 tabs, Webpack Encore, Stimulus/Turbo",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Cache-Control", "no-cache, private"), ("X-Frame-Options", "SAMEORIGIN")],
    "n": 31,
    "start": dt.date(2022, 9, 1),
    "end": dt.date(2025, 3, 31),
    "hours": (5, 17),
    "policy": POLICY,
    "first_updated": dt.date(2022, 5, 24),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#polityka-prywatnosci"},
}
