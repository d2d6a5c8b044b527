"""Domoteka.pl: a Polish property listing portal, Angular Universal (SSR), upgraded 15 -> 16 -> 17 over the window.

The static page ("Polityka prywatnosci") comes from the portal's CMS API and is put in with [innerHTML]; the
SSR output carries the Angular component attributes (_ngcontent-scNN under 15, _ngcontent-ng-cNNNNNNNNNN from
16, ngh hydration markers from 17), the transfer state (serverApp-state with &q; escaping, then ng-state JSON)
holding the CMS page and the header counters, hashed bundles, Didomi and GTM.
Per visit: the live listing counter in the header ("ogloszen / nowych dzis"), the "Nowe dzis" carousel in the
aside (listings with prices and price per m2), the GPT correlator in the ad slot; sticky: the house campaign the
ad slot (an <app-ad-slot> inside article.static-page, between the date line and the body) renders server-side,
which the curator removes.
"""
import datetime as dt
import html
import json

import common as C

URL = "https://www.domoteka.pl/polityka-prywatnosci"

POLICY = """# Polityka prywatności serwisu Domoteka.pl

Ostatnia aktualizacja: {UPDATED}

Dbamy o Twoją prywatność. W tym dokumencie wyjaśniamy, jakie dane osobowe zbieramy, gdy przeglądasz ogłoszenia, zakładasz konto, publikujesz ogłoszenie lub kontaktujesz się z ogłoszeniodawcą za pośrednictwem serwisu Domoteka.pl oraz aplikacji mobilnych Domoteka, w jakim celu to robimy i jakie prawa Ci przysługują.

## 1. Kto jest administratorem Twoich danych?

Administratorem Twoich danych osobowych jest Domoteka spółka z ograniczoną odpowiedzialnością z siedzibą w Warszawie:

@ Domoteka sp. z o.o.
@ ul. Prosta 51
@ 00-838 Warszawa
@ KRS 0000612874, NIP 5272781934, REGON 364120587

W sprawach dotyczących ochrony danych możesz pisać na adres [prywatnosc@domoteka.pl](mailto:prywatnosc@domoteka.pl) lub na adres korespondencyjny spółki z dopiskiem „Ochrona danych”.

## 2. Inspektor ochrony danych

Wyznaczyliśmy inspektora ochrony danych (IOD), z którym możesz się kontaktować we wszystkich sprawach dotyczących przetwarzania Twoich danych osobowych oraz korzystania z przysługujących Ci praw: e-mail [iod@domoteka.pl](mailto:iod@domoteka.pl).

## 3. Jakie dane przetwarzamy?

W zależności od tego, w jaki sposób korzystasz z serwisu, przetwarzamy następujące kategorie danych:

- **dane konta** – adres e-mail, hasło (w postaci zaszyfrowanej), imię, numer telefonu, a w przypadku biur nieruchomości i deweloperów także nazwę firmy, NIP, adres siedziby i numer licencji lub członkostwa w stowarzyszeniu zawodowym;
- **dane ogłoszeń** – treść ogłoszenia, zdjęcia, lokalizację nieruchomości, cenę oraz dane kontaktowe widoczne w ogłoszeniu;
- **wiadomości** – treść wiadomości wysyłanych do ogłoszeniodawców przez formularz kontaktowy oraz dane podane w formularzu (imię, e-mail, telefon);
- **dane płatnicze** – informacje o zakupionych pakietach i wyróżnieniach oraz dane do faktury; nie przechowujemy pełnych danych kart płatniczych;
- **dane o aktywności** – historia wyszukiwań, zapisane wyszukiwania i ulubione ogłoszenia, alerty e-mail, adres IP, identyfikatory urządzenia i plików cookies, informacje o przeglądarce;
- **dane lokalizacyjne** – przybliżona lokalizacja ustalona na podstawie adresu IP, a w aplikacji mobilnej dokładna lokalizacja, jeżeli wyrazisz na to zgodę w ustawieniach urządzenia.

## 4. W jakich celach i na jakiej podstawie przetwarzamy dane?

| Cel przetwarzania | Podstawa prawna | Okres przechowywania |
| Założenie i prowadzenie konta, publikacja ogłoszeń | art. 6 ust. 1 lit. b RODO (wykonanie umowy) | do czasu usunięcia konta, a następnie do upływu terminu przedawnienia roszczeń |
| Przekazywanie wiadomości między użytkownikami | art. 6 ust. 1 lit. b RODO | 2 lata od wysłania wiadomości |
| Obsługa płatności i wystawianie faktur | art. 6 ust. 1 lit. c RODO (obowiązek prawny) | 5 lat od końca roku podatkowego |
| Alerty e-mail z nowymi ogłoszeniami | art. 6 ust. 1 lit. a RODO (zgoda) | do czasu wycofania zgody |
| Marketing własnych usług | art. 6 ust. 1 lit. f RODO (prawnie uzasadniony interes) | do czasu zgłoszenia sprzeciwu |
| Statystyki i rozwój serwisu | art. 6 ust. 1 lit. f RODO | 26 miesięcy |
| Dochodzenie i obrona przed roszczeniami | art. 6 ust. 1 lit. f RODO | do upływu terminu przedawnienia roszczeń |

Podanie danych jest dobrowolne, ale bez podania adresu e-mail nie mozna założyć konta ani opublikować ogłoszenia.

## 5. Ogłoszenia biur nieruchomości i deweloperów

Jeżeli kontaktujesz się z ogłoszeniodawcą za pomocą formularza przy ogłoszeniu, Twoje dane (imię, e-mail, telefon i treść wiadomości) przekazujemy temu ogłoszeniodawcy. Od tej chwili biuro nieruchomości lub deweloper staje się odrębnym administratorem Twoich danych i przetwarza je na własnych zasadach, o których powinien Cię poinformować.

Dane kontaktowe podane w ogłoszeniu są widoczne dla wszystkich użytkowników serwisu. Nie publikuj w treści ogłoszenia ani na zdjęciach danych osobowych innych osób, np. obecnych najemców.

## 6. Komu przekazujemy dane?

Twoje dane mogą być przekazywane podmiotom, które przetwarzają je na nasze zlecenie, wyłącznie w zakresie niezbędnym do świadczenia usług:

- dostawcom usług hostingowych i chmurowych (Amazon Web Services EMEA SARL, centra danych we Frankfurcie i Dublinie);
- dostawcy systemu wysyłki wiadomości e-mail i SMS;
- operatorowi płatności PayU S.A. z siedzibą w Poznaniu;
- dostawcom narzędzi analitycznych i reklamowych, jeżeli wyraziłeś zgodę na pliki cookies;
- kancelariom prawnym i biurom rachunkowym, z których usług korzystamy.

Dane mogą być również udostępniane organom państwowym, gdy obowiązek taki wynika z przepisów prawa, np. na żądanie policji, prokuratury lub sądu.

## 7. Przekazywanie danych poza Europejski Obszar Gospodarczy

Niektórzy nasi dostawcy (np. Google LLC, Meta Platforms Inc.) mogą przetwarzać dane w Stanach Zjednoczonych. W takich przypadkach przekazanie odbywa się na podstawie decyzji Komisji Europejskiej stwierdzającej odpowiedni stopień ochrony (EU-U.S. Data Privacy Framework) albo standardowych klauzul umownych zatwierdzonych przez Komisję Europejską. Kopię zabezpieczeń możesz uzyskać, pisząc do nas.

## 8. Pliki cookies i podobne technologie

Korzystamy z plików cookies niezbędnych do działania serwisu (np. utrzymania sesji i zapamiętania zapisanych wyszukiwań) oraz, za Twoją zgodą, z cookies analitycznych i marketingowych. Zgodę możesz w każdej chwili zmienić w panelu „Ustawienia prywatności” dostępnym w stopce serwisu. Szczegółowe informacje znajdziesz w [Polityce cookies](/polityka-cookies).

## 9. Jakie masz prawa?

W związku z przetwarzaniem danych osobowych przysługuje Ci prawo do:

- dostępu do swoich danych i otrzymania ich kopii;
- sprostowania danych;
- usunięcia danych lub ograniczenia przetwarzania;
- przenoszenia danych;
- sprzeciwu wobec przetwarzania opartego na prawnie uzasadnionym interesie, w tym wobec marketingu bezpośredniego;
- cofnięcia zgody w dowolnym momencie, bez wpływu na zgodność z prawem przetwarzania dokonanego przed jej cofnięciem.

Aby skorzystać z tych praw, napisz do nas lub skorzystaj z ustawień konta. Odpowiemy bez zbędnej zwłoki, nie później niż w ciągu miesiąca od otrzymania żądania.

Masz także prawo wnieść skargę do Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 Warszawa), jeśli uważasz, że przetwarzamy Twoje dane niezgodnie z prawem.

## 10. Zautomatyzowane podejmowanie decyzji

Nie podejmujemy wobec Ciebie decyzji opartych wyłącznie na zautomatyzowanym przetwarzaniu, które wywoływałyby skutki prawne. Korzystamy jednak z automatycznych filtrów, które wykrywają ogłoszenia mogące naruszać regulamin (np. powielone ogłoszenia lub podejrzanie niskie ceny) i kierują je do ręcznej weryfikacji przez nasz zespół moderacji.

## 11. Zmiany polityki prywatności

Polityka prywatności może być zmieniana, np. w związku z wprowadzeniem nowych funkcji serwisu lub zmianą przepisów. O istotnych zmianach poinformujemy Cię e-mailem lub komunikatem w serwisie co najmniej 7 dni przed ich wejściem w życie."""

EDITS = [
    {"note": "typo fixed: 'nie mozna' -> 'nie można' (date line unchanged)", "bump": False,
     "repl": [("bez podania adresu e-mail nie mozna założyć", "bez podania adresu e-mail nie można założyć")]},
    {"note": "processor added: Przelewy24 (PayPro S.A.) as a second payment operator",
     "repl": [("- operatorowi płatności PayU S.A. z siedzibą w Poznaniu;",
               "- operatorom płatności PayU S.A. oraz PayPro S.A. (Przelewy24), obu z siedzibą w Poznaniu;")]},
    {"note": "retention of messages between users changed 2 -> 3 years",
     "repl": [("| 2 lata od wysłania wiadomości |", "| 3 lata od wysłania wiadomości |")]},
    {"note": "new paragraphs in section 10: phone verification of advertisers and anti-fraud checks",
     "repl": [("kierują je do ręcznej weryfikacji przez nasz zespół moderacji.",
               "kierują je do ręcznej weryfikacji przez nasz zespół moderacji.\n\n"
               "Aby chronić użytkowników przed oszustwami „na najemcę” i „na zaliczkę”, weryfikujemy numer telefonu "
               "każdego ogłoszeniodawcy kodem SMS, a ogłoszenia z kont, które publikują więcej niż 5 ogłoszeń "
               "miesięcznie, porównujemy z danymi z Krajowego Rejestru Sądowego i Centralnej Ewidencji i Informacji "
               "o Działalności Gospodarczej. Podstawą prawną jest nasz prawnie uzasadniony interes (art. 6 ust. 1 "
               "lit. f RODO), a dane z weryfikacji przechowujemy przez 12 miesięcy od usunięcia konta.")]},
    {"note": "DPO contact changed: new e-mail address and a phone number",
     "repl": [("e-mail [iod@domoteka.pl](mailto:iod@domoteka.pl).",
               "e-mail [iod@domoteka-grupa.pl](mailto:iod@domoteka-grupa.pl), tel. +48 22 307 41 15 "
               "(w dni robocze w godz. 9:00–16:00).")]},
]

MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
          "października", "listopada", "grudnia"]


def fmt_date(d):
    return "%d %s %d r." % (d.day, MONTHS[d.month - 1], d.year)


def nbsp_int(n):
    s = "{:,}".format(n).replace(",", "\u00a0")
    return s


CITIES = [
    ("Warszawa", ["Mokotów", "Wola", "Ursynów", "Praga-Południe", "Bemowo", "Białołęka", "Śródmieście"], 16200),
    ("Kraków", ["Podgórze", "Krowodrza", "Prądnik Biały", "Nowa Huta", "Dębniki"], 15100),
    ("Wrocław", ["Krzyki", "Fabryczna", "Psie Pole", "Śródmieście", "Stare Miasto"], 12300),
    ("Gdańsk", ["Wrzeszcz", "Przymorze", "Orunia", "Jasień", "Oliwa"], 13800),
    ("Poznań", ["Jeżyce", "Grunwald", "Wilda", "Rataje", "Winogrady"], 10900),
    ("Łódź", ["Bałuty", "Widzew", "Polesie", "Śródmieście", "Górna"], 8600),
    ("Katowice", ["Ligota", "Brynów", "Koszutka", "Śródmieście"], 9200),
    ("Lublin", ["Czuby", "Węglin", "Sławin", "Czechów"], 9400),
]
KINDS = [("Mieszkanie", "mieszkanie"), ("Mieszkanie", "mieszkanie"), ("Mieszkanie", "mieszkanie"),
         ("Dom", "dom"), ("Kawalerka", "mieszkanie")]

PROMOS = [
    None,
    ("Raport cen mieszkań", "Sprawdź, ile kosztuje metr kwadratowy w Twojej dzielnicy", "/raport-cen-mieszkan"),
    ("Kredyt hipoteczny?", "Porównaj oferty 14 banków i oblicz ratę w 2 minuty", "/kredyty-hipoteczne"),
    ("Bezpieczny najem", "Umowa najmu okazjonalnego – darmowy wzór do pobrania", "/poradnik/najem-okazjonalny"),
    ("Targi Mieszkaniowe Domoteki", "Spotkaj 60 deweloperów w jednym miejscu – wstęp wolny", "/targi"),
    ("Wyceń swoje mieszkanie", "Bezpłatna wycena online na podstawie 2 mln transakcji", "/wycena"),
]


def _ng_build(rng, when):
    if when < dt.datetime(2023, 5, 20):
        ver = rng.choice(["15.2.8", "15.2.9"])
        ids = {k: ' _ngcontent-sc%d=""' % rng.randint(10, 190) for k in
               ("app", "header", "page", "aside", "card", "footer", "slot")}
        hosts = {k: ' _nghost-sc%d=""' % rng.randint(10, 190) for k in ids}
    else:
        ver = "16.2.12" if when < dt.datetime(2024, 2, 10) else rng.choice(["17.3.4", "17.3.9"])
        ids = {k: ' _ngcontent-ng-c%d=""' % rng.randint(1000000000, 4294967295) for k in
               ("app", "header", "page", "aside", "card", "footer", "slot")}
        hosts = {k: ids[k].replace("_ngcontent", "_nghost") for k in ids}
    return {"ver": ver, "ids": ids, "hosts": hosts, "runtime": C.hexs(rng, 16), "polyfills": C.hexs(rng, 16),
            "main": C.hexs(rng, 16), "styles": C.hexs(rng, 16)}


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    major = "15" if when < dt.datetime(2023, 5, 20) else ("16" if when < dt.datetime(2024, 2, 10) else "17")
    old = p.get("ng")
    if old is None or not old["ver"].startswith(major) or rng.random() < 0.45:
        st["ng"] = _ng_build(rng, when)
    else:
        st["ng"] = old
    days = (when - dt.datetime(2022, 1, 1)).days
    total = 287000 + days * 41 + rng.randint(-2500, 2500)
    st["count"] = (total, rng.randint(2100, 5200))
    growth = 1.0 + days / 365.0 * 0.11
    cards = []
    for _ in range(5):
        city, dists, ppm = rng.choice(CITIES)
        kind, slug = rng.choice(KINDS)
        if kind == "Dom":
            area = rng.randint(95, 210)
            price = int(area * ppm * growth * rng.uniform(0.45, 0.7) / 1000) * 1000
            title = "Dom wolnostojący, %d m²" % area
        elif kind == "Kawalerka":
            area = rng.randint(22, 34)
            price = int(area * ppm * growth * rng.uniform(0.9, 1.2) / 1000) * 1000
            title = "Kawalerka, %d m²" % area
        else:
            rooms = rng.choice([2, 2, 3, 3, 4])
            area = {2: rng.randint(36, 52), 3: rng.randint(48, 72), 4: rng.randint(68, 98)}[rooms]
            price = int(area * ppm * growth * rng.uniform(0.85, 1.25) / 1000) * 1000
            title = "Mieszkanie %d-pokojowe, %d m²" % (rooms, area)
        cards.append({"id": rng.randint(61000000, 69999999), "title": title, "city": city,
                      "district": rng.choice(dists), "price": price, "ppm": price // area, "slug": slug,
                      "photos": rng.randint(4, 28), "img": C.hexs(rng, 24)})
    st["new_today"] = cards
    st["promo"] = C.keep_or(rng, p.get("promo"), 0.4, lambda: rng.randrange(len(PROMOS)))
    st["gpt"] = (rng.randint(10 ** 15, 10 ** 16 - 1), C.alnum(rng, 6, "0123456789abcdefghijklmnopqrstuvwxyz"))
    return st


LABELS = {"ng": "Angular build (bundle hashes, _ngcontent ids, version)", "count": "live listing counter",
          "new_today": "'Nowe dziś' carousel", "promo": "house campaign in the ad slot inside the article",
          "gpt": "GPT ad slot correlator"}


def _slug(t):
    t = t.lower()
    for a, b in (("ą", "a"), ("ć", "c"), ("ę", "e"), ("ł", "l"), ("ń", "n"), ("ó", "o"), ("ś", "s"), ("ź", "z"),
                 ("ż", "z"), ("²", "2"), (",", ""), (" ", "-")):
        t = t.replace(a, b)
    return t


def render(state, blocks, when):
    ng = state["ng"]
    I, H = ng["ids"], ng["hosts"]
    v17 = ng["ver"].startswith("17")
    v15 = ng["ver"].startswith("15")
    ngh = (lambda n: ' ngh="%d"' % n) if v17 else (lambda n: "")
    total, new = state["count"]
    h1 = [b for b in blocks if b[0] == "h1"][0]
    k_h1 = blocks.index(h1)
    upd = blocks[k_h1 + 1]
    body = blocks[k_h1 + 2:]
    body_html = C.blocks_html(body, sep="")
    # --- header
    nav = [("Mieszkania", "/mieszkania"), ("Domy", "/domy"), ("Działki", "/dzialki"), ("Lokale użytkowe", "/lokale"),
           ("Inwestycje", "/inwestycje"), ("Biura nieruchomości", "/biura"), ("Ceny mieszkań", "/ceny-mieszkan")]
    nav_html = "".join('<li%s class="main-nav__item"><a%s class="main-nav__link" href="%s">%s</a></li>'
                       % (I["header"], I["header"], u, t) for t, u in nav)
    header = (
        '<app-header%s%s%s><header%s class="header">'
        '<div%s class="header__top container"><a%s class="header__logo" href="/" aria-label="Domoteka.pl – strona główna">'
        '<img%s src="/assets/img/logo-domoteka.svg" alt="Domoteka.pl" width="152" height="32"></a>'
        '<p%s class="header__stats"><strong%s>%s</strong> ogłoszeń, w tym <strong%s>%s</strong> nowych dziś</p>'
        '<div%s class="header__actions"><a%s class="btn btn--ghost" href="/moje-konto/ulubione">Ulubione</a>'
        '<a%s class="btn btn--ghost" href="/logowanie">Zaloguj się</a>'
        '<a%s class="btn btn--primary" href="/dodaj-ogloszenie">Dodaj ogłoszenie</a></div></div>'
        '<nav%s class="main-nav" aria-label="Menu główne"><ul%s class="main-nav__list container">%s</ul></nav>'
        '</header></app-header>'
        % (I["app"], H["header"], ngh(1), I["header"], I["header"], I["header"], I["header"], I["header"], I["header"],
           nbsp_int(total), I["header"], nbsp_int(new), I["header"], I["header"], I["header"], I["header"],
           I["header"], I["header"], nav_html))
    # --- ad slot (inside the article): GPT placeholder + SSR'd house campaign
    corr, suffix = state["gpt"]
    promo = PROMOS[state["promo"]]
    promo_html = ""
    if promo:
        promo_html = ('<a%s class="ad-slot__house" href="%s?utm_source=domoteka&amp;utm_medium=house&amp;utm_campaign=static">'
                      '<strong%s class="ad-slot__title">%s</strong><span%s class="ad-slot__text">%s</span>'
                      '<span%s class="ad-slot__cta">Sprawdź</span></a>'
                      % (I["slot"], promo[2], I["slot"], html.escape(promo[0]), I["slot"], html.escape(promo[1]),
                         I["slot"]))
    slot = ('<app-ad-slot%s%s class="ad-slot ad-slot--billboard"%s><span%s class="ad-slot__label">Reklama</span>'
            '<div%s id="div-gpt-ad-static_billboard-%s" data-correlator="%d" class="ad-slot__container"></div>%s'
            '</app-ad-slot>' % (I["page"], H["slot"], ngh(3), I["slot"], I["slot"], suffix, corr, promo_html))
    article = (
        '<article%s class="static-page">'
        '<h1%s class="static-page__title">%s</h1>'
        '<p%s class="static-page__updated">%s</p>%s'
        '<div%s class="static-page__content cms-content">%s</div>'
        '</article>'
        % (I["page"], I["page"], C.inline_html(h1[1]), I["page"], C.inline_html(upd[1]), slot, I["page"], body_html))
    # --- aside: new today carousel
    cards = []
    for c in state["new_today"]:
        href = "/oferta/%s-%s-%s-ID%d" % (_slug(c["title"]), _slug(c["city"]), _slug(c["district"]), c["id"])
        cards.append(
            '<li%s class="carousel__item"><app-listing-card%s%s><a%s class="listing-card" href="%s">'
            '<div%s class="listing-card__photo"><img%s loading="lazy" src="https://img.domoteka.pl/%s/448x336.webp" alt="">'
            '<span%s class="badge badge--new">Nowe</span><span%s class="listing-card__photos">%d zdjęć</span></div>'
            '<p%s class="listing-card__price">%s zł</p><p%s class="listing-card__ppm">%s zł/m²</p>'
            '<h3%s class="listing-card__title">%s</h3><p%s class="listing-card__location">%s, %s</p></a>'
            '</app-listing-card></li>'
            % (I["aside"], I["aside"], H["card"], I["card"], href, I["card"], I["card"], c["img"], I["card"], I["card"],
               c["photos"], I["card"], nbsp_int(c["price"]), I["card"], nbsp_int(c["ppm"]), I["card"],
               html.escape(c["title"]), I["card"], c["city"], c["district"]))
    aside = ('<aside%s class="static-layout__aside"><app-new-today%s%s><section%s class="carousel">'
             '<h2%s class="carousel__title">Nowe dziś</h2><ul%s class="carousel__list">%s</ul>'
             '<a%s class="carousel__more" href="/nowe-ogloszenia">Zobacz wszystkie nowe ogłoszenia</a>'
             '</section></app-new-today></aside>'
             % (I["page"], I["page"], H["aside"], I["aside"], I["aside"], I["aside"], "".join(cards), I["aside"]))
    # --- footer
    fcols = [("Domoteka", [("O nas", "/o-nas"), ("Kariera", "/kariera"), ("Kontakt", "/kontakt"), ("Blog", "/blog")]),
             ("Dla profesjonalistów", [("Cennik", "/cennik"), ("Pakiety dla biur", "/dla-biur"),
                                       ("Dla deweloperów", "/dla-deweloperow"), ("API i import XML", "/import")]),
             ("Pomoc", [("Regulamin", "/regulamin"), ("Polityka prywatności", "/polityka-prywatnosci"),
                        ("Polityka cookies", "/polityka-cookies"), ("Bezpieczeństwo", "/bezpieczenstwo")])]
    fhtml = "".join('<div%s class="footer__col"><h4%s>%s</h4><ul%s>%s</ul></div>'
                    % (I["footer"], I["footer"], t, I["footer"],
                       "".join('<li%s><a%s href="%s">%s</a></li>' % (I["footer"], I["footer"], u, x) for x, u in ls))
                    for t, ls in fcols)
    footer = ('<app-footer%s%s%s><footer%s class="footer"><div%s class="footer__cols container">%s</div>'
              '<div%s class="footer__bottom container"><p%s>© 2016–%d Domoteka sp. z o.o.</p>'
              '<button%s type="button" class="footer__privacy" onclick="Didomi.preferences.show()">Ustawienia prywatności</button>'
              '<a%s href="https://apps.apple.com/pl/app/domoteka/id1458823921">App Store</a>'
              '<a%s href="https://play.google.com/store/apps/details?id=pl.domoteka.app">Google Play</a></div>'
              '</footer></app-footer>'
              % (I["app"], H["footer"], ngh(7), I["footer"], I["footer"], fhtml, I["footer"], I["footer"], when.year,
                 I["footer"], I["footer"], I["footer"]))
    crumbs = ('<nav%s class="breadcrumbs container" aria-label="Okruszki"><ol%s><li%s><a%s href="/">Domoteka.pl</a></li>'
              '<li%s><a%s href="/pomoc">Pomoc</a></li><li%s aria-current="page">Polityka prywatności</li></ol></nav>'
              % ((I["page"],) * 7))
    main = ('<main%s class="static-layout container"><app-static-page%s%s%s>%s<div%s class="static-layout__grid">'
            '%s%s</div></app-static-page></main>'
            % (I["app"], I["app"], H["page"], ngh(2), crumbs, I["page"], article, aside))
    app_attrs = '%s ng-version="%s"%s' % (H["app"], ng["ver"], (' ngh="0" ng-server-context="ssr"' if v17 else ""))
    # --- transfer state
    page_state = {"slug": "polityka-prywatnosci", "title": h1[1], "updated": upd[1],
                  "html": C.blocks_html(body, sep="")}
    counters = {"total": total, "newToday": new}
    if v15:
        raw = json.dumps({"cms-page-polityka-prywatnosci": page_state, "header-counters": counters},
                         ensure_ascii=False, separators=(",", ":"))
        raw = raw.replace("&", "&a;").replace('"', "&q;").replace("'", "&s;").replace("<", "&l;").replace(">", "&g;")
        state_script = '<script id="serverApp-state" type="application/json">%s</script>' % raw
        style_attr = 'ng-transition="serverApp"'
    else:
        raw = json.dumps({"2816453981": {"b": page_state, "h": {}, "s": 200, "st": "OK",
                                         "u": "https://api.domoteka.pl/cms/v2/pages/polityka-prywatnosci", "rt": "json"},
                          "header-counters": counters}, ensure_ascii=False, separators=(",", ":"))
        raw = raw.replace("<", "\\u003C").replace(">", "\\u003E")
        state_script = '<script id="ng-state" type="application/json">%s</script>' % raw
        style_attr = 'ng-app-id="ng"' if v17 else 'ng-app-id="serverApp"'
    ids_css = "".join(".%s[%s]{display:block}" % (k, I[k].strip().split("=")[0]) for k in ("header", "page", "footer"))
    doc = f"""<!DOCTYPE html><html lang="pl"><head>
  <meta charset="utf-8">
  <title>Polityka prywatności – Domoteka.pl</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
  <link rel="preconnect" href="https://img.domoteka.pl">
  <link rel="preconnect" href="https://sdk.privacy-center.org">
  <script type="text/javascript">window.gdprAppliesGlobally=true;(function(){{function a(e){{if(!window.frames[e]){{if(document.body&&document.body.firstChild){{var t=document.body;var n=document.createElement("iframe");n.style.display="none";n.name=e;n.title=e;t.insertBefore(n,t.firstChild)}}else{{setTimeout(function(){{a(e)}},5)}}}}}}a("__tcfapiLocator")}})();(function(e,t,n){{var r=t.createElement("script");r.id="spcloader";r.type="text/javascript";r.async=true;r.src="https://sdk.privacy-center.org/"+e+"/loader.js?target="+t.domain;r.charset="utf-8";var i=t.getElementsByTagName("script")[0];i.parentNode.insertBefore(r,i)}})("6f2b1e0a-7c41-4d0e-9a35-d8e931c0e7a2",document);</script>
  <script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-5QK7ZRB');</script>
  <script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<link rel="stylesheet" href="styles.{ng["styles"]}.css" media="print" onload="this.media='all'"><noscript><link rel="stylesheet" href="styles.{ng["styles"]}.css"></noscript><style {style_attr}>{ids_css}.static-layout__grid{{display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:32px}}.ad-slot{{display:block;min-height:120px;margin:24px 0;background:#f4f5f7}}.badge--new{{background:#00a36c;color:#fff}}</style><meta name="description" content="Dowiedz się, jak Domoteka.pl przetwarza dane osobowe użytkowników serwisu i aplikacji."><link rel="canonical" href="{URL}"><meta property="og:title" content="Polityka prywatności – Domoteka.pl"><meta property="og:url" content="{URL}"></head>
<body>
  <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-5QK7ZRB" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
  <app-root{app_attrs}>{header}{main}{footer}<app-toast-container{I["app"]}></app-toast-container></app-root>
<script src="runtime.{ng["runtime"]}.js" type="module"></script><script src="polyfills.{ng["polyfills"]}.js" type="module"></script><script src="main.{ng["main"]}.js" type="module"></script>
{state_script}</body></html>"""
    return doc


PAGE = {
    "service": "Domoteka",
    "url": URL,
    "lang": "pl",
    "platform": "Angular Universal (SSR) 15 -> 16 -> 17, CMS static page via [innerHTML], Didomi, GTM, GPT",
    "content_type": "text/html; charset=utf-8",
    "n": 30,
    "start": dt.date(2022, 9, 5),
    "end": dt.date(2024, 11, 20),
    "hours": (1, 7, 13, 19),
    "policy": POLICY,
    "first_updated": dt.date(2022, 5, 24),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "article.static-page", "remove": "app-ad-slot"},
}
