"""TarczaVPN (Polish VPN): a Gatsby 5 site (CSS modules, gatsby-plugin-image), captured rendered. Noise: the
client-rendered "Twój adres IP" bar above the header (the crawler's IP, city, provider, "Niechroniony"), a promotion
banner with a discount and a countdown (sticky promotion, live countdown), webpack compilation hash and chunk names
per build, and INSIDE the declared article a gatsby-image illustration whose hashed /static/ paths and base64
placeholder change with each build (wordless: alt=""). Policy in main article."""
import datetime as dt

import common as C

URL = "https://tarczavpn.pl/polityka-prywatnosci/"

MIES = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
        "października", "listopada", "grudnia"]


def fmt_date(d):
    return "%d %s %d r." % (d.day, MIES[d.month - 1], d.year)


POLICY = """# Polityka prywatności TarczaVPN

Obowiązuje od: {UPDATED}

Prywatność jest powodem, dla którego istnieje TarczaVPN. Niniejsza polityka wyjaśnia, jakie dane przetwarzamy, gdy odwiedzasz naszą stronę, zakładasz konto i korzystasz z aplikacji TarczaVPN, a przede wszystkim – jakich danych nie zbieramy nigdy.

## 1. Administrator danych

Administratorem Twoich danych osobowych jest:

@ Tarcza Technologies sp. z o.o.
@ ul. Zabłocie 23/14
@ 30-701 Kraków
@ NIP: 6793214587, KRS: 0000871234
@ e-mail: prywatnosc@tarczavpn.pl

Wyznaczyliśmy inspektora ochrony danych, z którym możesz się skontaktować pod adresem iod@tarczavpn.pl.

## 2. Polityka braku logów

TarczaVPN nie rejestruje Twojej aktywności w sieci. Oznacza to, że **nie zapisujemy**:

- odwiedzanych stron internetowych ani zapytań DNS,
- treści przesyłanego ruchu,
- Twojego źródłowego adresu IP w powiązaniu z sesją VPN,
- adresu IP serwera VPN przydzielonego Twojej sesji,
- znaczników czasu połączenia i rozłączenia.

Nasze serwery działają wyłącznie w pamięci RAM, więc po każdym restarcie wszystkie dane są usuwane. Zgodność z polityką braku logów została potwierdzona w niezależnym audycie przeprowadzonym przez firmę audytorską.

## 3. Jakie dane przetwarzamy

Aby świadczyć usługę, przetwarzamy minimalny zakres danych:

| Dane | Cel | Podstawa prawna |
| Adres e-mail | Założenie konta, odzyskiwanie hasła, komunikacja dotycząca subskrypcji | Art. 6 ust. 1 lit. b RODO |
| Dane płatności (bez pełnego numeru karty) | Obsługa płatności i zwrotów | Art. 6 ust. 1 lit. b i c RODO |
| Liczba aktywnych połączeń | Egzekwowanie limitu 10 urządzeń | Art. 6 ust. 1 lit. b RODO |
| Zagregowane obciążenie serwerów | Utrzymanie jakości usługi | Art. 6 ust. 1 lit. f RODO |
| Raporty o awariach aplikacji (jeśli je włączysz) | Naprawa błędów | Art. 6 ust. 1 lit. a RODO |

Licznik aktywnych połączeń jest przechowywany tylko w czasie trwania połączenia i nie jest powiązany z adresem IP ani z żadną aktywnością.

### Aplikacje i uprawnienia

Aplikacje TarczaVPN na Windows, macOS, Linux, Android i iOS wymagają wyłącznie uprawnień niezbędnych do zestawienia tunelu VPN. Aplikacja na Androida prosi o uprawnienie do tworzenia połączenia VPN i – jeśli korzystasz z funkcji tunelowania dzielonego – o listę zainstalowanych aplikacji. Lista ta nie opuszcza Twojego urządzenia. Aplikacje nie zawierają bibliotek reklamowych ani narzędzi śledzących podmiotów trzecich.

### Protokoły i szyfrowanie

Połączenia realizujemy za pomocą protokołów WireGuard i OpenVPN. Aby protokół WireGuard nie wymagał przechowywania przypisania adresów, klucze sesyjne i wewnętrzne adresy IP są przydzielane dynamicznie i usuwane z pamięci serwera po zakończeniu połączenia. Ruch jest szyfrowany algorytmami ChaCha20-Poly1305 lub AES-256-GCM.

### Dzieci

Usługa nie jest skierowana do osób poniżej 16. roku życia i świadomie nie zbieramy danych dzieci. Jeżeli dowiemy się, że konto założyła osoba niepełnoletnia bez zgody opiekuna, usuniemy je.

## 4. Płatności

Płatności obsługują zewnętrzni operatorzy: Paddle.com Market Ltd. (karty płatnicze, PayPal) oraz PayU S.A. (BLIK, szybkie przelewy). Otrzymujemy od nich wyłącznie informację o statusie płatności, kraju rozliczenia i ostatnich czterech cyfrach karty. Możesz także zapłacić kryptowalutą – wtedy nie musimy znać Twojego imienia i nazwiska.

## 5. Strona internetowa i pliki cookie

Na naszej stronie używamy wyłącznie niezbędnych plików cookie (sesja, koszyk, wybór języka) oraz – po wyrażeniu zgody – narzędzia analitycznego Plausible, które nie używa plików cookie i nie przechowuje adresów IP. Informacja o Twoim adresie IP wyświetlana na górze strony jest generowana w Twojej przeglądarce i nie jest przez nas zapisywana.

## 6. Okres przechowywania

- Dane konta przechowujemy przez okres trwania subskrypcji, a następnie przez 30 dni, abyś mógł ją przywrócić.
- Dane rozliczeniowe przechowujemy przez 5 lat od końca roku podatkowego, zgodnie z przepisami podatkowymi.
- Zgłoszenia do pomocy technicznej usuwamy po 12 miesiącach od zamknięcia.
- Raporty o awariach usuwamy po 90 dniach.

## 7. Odbiorcy danych

Twoje dane mogą otrzymać wyłącznie podmioty, które pomagają nam świadczyć usługę: operatorzy płatności (Paddle, PayU), dostawca systemu pomocy technicznej (Help Scout, USA), dostawca poczty transakcyjnej (Mailgun Technologies, UE) oraz dostawcy serwerów, na których działa infrastruktura VPN. Dostawcy serwerów nie mają dostępu do danych użytkowników, ponieważ serwery są w pełni zarządzane przez nas i szyfrowane.

Nie sprzedajemy danych, nie wyświetlamy reklam i nie udostępniamy informacji podmiotom trzecim w celach marketingowych.

## 8. Żądania organów państwowych

Jeżeli otrzymamy nakaz ujawnienia danych, zweryfikujemy jego zgodność z prawem. Ponieważ nie posiadamy logów aktywności, nie jesteśmy w stanie wskazać, kto korzystał z określonego adresu IP w danym czasie. Raz w roku publikujemy raport przejrzystości z liczbą otrzymanych żądań.

## 9. Przekazywanie danych poza EOG

Niektórzy nasi dostawcy mają siedzibę w Stanach Zjednoczonych. W takich przypadkach przekazywanie danych odbywa się na podstawie standardowych klauzul umownych zatwierdzonych przez Komisję Europejską.

## 10. Twoje prawa

Przysługuje Ci prawo dostępu do danych, ich sprostowania, usunięcia, ograniczenia przetwarzania, przenoszenia danych oraz wniesienia sprzeciwu. Jeżeli przetwarzanie odbywa się na podstawie zgody, możesz ją w każdej chwili wycofać. Konto wraz z danymi możesz usunąć samodzielnie w ustawieniach aplikacji. Aby skorzystać z pozostałych praw, napisz na adres prywatnosc@tarczavpn.pl z adresu e-mail powiązanego z kontem. Odpowiemy bez zbędnej zwłoki, nie później niż w ciągu miesiąca od otrzymania żądania; w przypadku żądań szczególnie złożonych termin ten może zostać przedłużony o kolejne dwa miesiące, o czym Cię poinformujemy. Ponieważ nie przechowujemy logów aktywności, w odpowiedzi na żądanie dostępu przekażemy Ci wyłącznie dane konta i historię płatności. Masz również prawo wnieść skargę do [Prezesa Urzędu Ochrony Danych Osobowych](https://uodo.gov.pl/).

## 11. Zmiany polityki

O istotnych zmianach niniejszej polityki poinformujemy Cię e-mailem lub w aplikacji co najmniej 14 dni przed ich wejściem w życie."""

EDITS = [
    {"note": "audit firm named and date added (sentence rewritten)",
     "repl": [("została potwierdzona w niezależnym audycie przeprowadzonym przez firmę audytorską.",
               "została potwierdzona w niezależnym audycie przeprowadzonym przez Cure53 w październiku 2023 r.")]},
    {"note": "device limit 10 -> unlimited (table row)",
     "repl": [("| Liczba aktywnych połączeń | Egzekwowanie limitu 10 urządzeń | Art. 6 ust. 1 lit. b RODO |",
               "| Liczba aktywnych połączeń | Ochrona przed nadużyciami współdzielenia kont | Art. 6 ust. 1 lit. f RODO |")]},
    {"note": "support tool replaced (Help Scout -> Zendesk, EU)",
     "repl": [("dostawca systemu pomocy technicznej (Help Scout, USA)", "dostawca systemu pomocy technicznej (Zendesk, serwery w UE)")]},
    {"note": "support-ticket retention 12 -> 6 months",
     "repl": [("- Zgłoszenia do pomocy technicznej usuwamy po 12 miesiącach od zamknięcia.",
               "- Zgłoszenia do pomocy technicznej usuwamy po 6 miesiącach od zamknięcia.")]},
    {"note": "new section: Threat Protection / ad blocker feature added",
     "repl": [("## 6. Okres przechowywania", "## 6. Funkcja Tarcza+ (blokowanie zagrożeń)\n\nJeśli włączysz funkcję Tarcza+, aplikacja porównuje odpytywane domeny z listą znanych domen złośliwych, śledzących i reklamowych. Porównanie odbywa się na Twoim urządzeniu lub na naszym serwerze DNS w pamięci RAM. Nie zapisujemy, które domeny zostały zablokowane; aplikacja pokazuje jedynie lokalny licznik zablokowanych zapytań, który nie jest do nas przesyłany.\n\n## 7. Okres przechowywania"),
              ("## 7. Odbiorcy danych", "## 8. Odbiorcy danych"),
              ("## 8. Żądania organów państwowych", "## 9. Żądania organów państwowych"),
              ("## 9. Przekazywanie danych poza EOG", "## 10. Przekazywanie danych poza EOG"),
              ("## 10. Twoje prawa", "## 11. Twoje prawa"), ("## 11. Zmiany polityki", "## 12. Zmiany polityki")]},
]

CITIES = [("Warszawa", "PL"), ("Frankfurt nad Menem", "DE"), ("Amsterdam", "NL"), ("Kraków", "PL"),
          ("Paryż", "FR"), ("Ashburn", "US")]
ISPS = ["Orange Polska S.A.", "Hetzner Online GmbH", "DigitalOcean, LLC", "Netia S.A.", "OVH SAS",
        "Amazon.com, Inc.", "T-Mobile Polska S.A."]
PROMOS = [("Oferta noworoczna", 69, None), ("Black Friday", 78, "+ 4 miesiące gratis"),
          ("Wiosenna promocja", 63, "+ 3 miesiące gratis"), ("Oferta urodzinowa", 70, None),
          ("Cyber Monday", 75, "+ 3 miesiące gratis")]


def noise(rng, when, i, prev):
    prev = prev or {}
    city = rng.choice(CITIES)
    return {
        "ip": "%d.%d.%d.%d" % (rng.choice([31, 46, 78, 83, 89, 95, 148, 185, 188, 213]), rng.randint(0, 255),
                               rng.randint(0, 255), rng.randint(1, 254)),
        "geo": "%s, %s" % city,
        "isp": rng.choice(ISPS),
        "promo": C.keep_or(rng, prev.get("promo"), 0.35, lambda: rng.randrange(len(PROMOS))),
        "countdown": (rng.randint(0, 6), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)),
        "build": C.keep_or(rng, prev.get("build"), 0.5, lambda: C.hexs(rng, 20)),
    }


LABELS = {"ip": "client-rendered IP bar (IP)", "geo": "IP bar location", "isp": "IP bar provider",
          "promo": "promotion banner (sticky)", "countdown": "promotion countdown", "build": "Gatsby build (webpack hash, chunks, image static paths)"}


def render(s, blocks, when):
    b = s["build"]
    h = lambda tag, n=20: C.det_sha(b, tag)[:n]
    name, pct, extra = PROMOS[s["promo"]]
    d_, hh, mm, ss = s["countdown"]
    imgdir = "/static/%s/%s" % (h("imgA", 32), h("imgB", 32)[:8])
    ph = C.b64tok(__import__("random").Random(b), 45)
    img = ('<div data-gatsby-image-wrapper="" class="gatsby-image-wrapper gatsby-image-wrapper-constrained legal-module--hero--Qm3dX">'
           '<div style="max-width:720px;display:block"><img alt="" role="presentation" aria-hidden="true" src="data:image/svg+xml;charset=utf-8,%%3Csvg%%20height=%%27240%%27%%20width=%%27720%%27%%20xmlns=%%27http://www.w3.org/2000/svg%%27%%20version=%%271.1%%27%%3E%%3C/svg%%3E" style="max-width:100%%;display:block;position:static"/></div>'
           '<img aria-hidden="true" data-placeholder-image="" style="opacity:0;transition:opacity 500ms linear;object-fit:cover" decoding="async" src="data:image/jpeg;base64,%s" alt=""/>'
           '<picture><source type="image/webp" sizes="(min-width: 720px) 720px, 100vw" srcSet="%s/tarcza-privacy.webp 180w,%s/tarcza-privacy.webp 360w,%s/tarcza-privacy.webp 720w"/>'
           '<img width="720" height="240" data-main-image="" style="object-fit:cover;opacity:1" sizes="(min-width: 720px) 720px, 100vw" decoding="async" loading="lazy" src="%s/tarcza-privacy.png" alt=""/></picture></div>'
           ) % (ph, imgdir.replace(h("imgB", 32)[:8], h("i1", 8)), imgdir.replace(h("imgB", 32)[:8], h("i2", 8)), imgdir, imgdir)
    parts = []
    for k, x in enumerate(blocks):
        parts.append(C.block_html(x))
        if k == 0:
            parts.append(img)
    article = "".join(parts)
    chunks = {"component---src-templates-legal-tsx": h("legal"), "component---src-pages-index-tsx": h("index"),
              "app": h("app")}
    return ('<!DOCTYPE html><html lang="pl"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/>'
            '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 5.12.4"/>'
            '<style data-href="/styles.%(css)s.css" data-identity="gatsby-global-css">.header-module--bar--2LcVd{background:#0b1f33;color:#fff}.legal-module--content--3xT9q{max-width:760px;margin:0 auto}</style>'
            '<title data-gatsby-head="true">Polityka prywatności | TarczaVPN</title><meta name="description" content="Polityka prywatności i braku logów TarczaVPN." data-gatsby-head="true"/>'
            '<link rel="canonical" href="%(url)s" data-gatsby-head="true"/><link rel="alternate" hreflang="en" href="https://tarczavpn.pl/en/privacy-policy/" data-gatsby-head="true"/>'
            '<link as="script" rel="preload" href="/webpack-runtime-%(wr)s.js"/><link as="script" rel="preload" href="/framework-%(fw)s.js"/><link as="script" rel="preload" href="/app-%(app)s.js"/>'
            '<link as="fetch" rel="preload" href="/page-data/polityka-prywatnosci/page-data.json" crossorigin="anonymous"/><link as="fetch" rel="preload" href="/page-data/app-data.json" crossorigin="anonymous"/>'
            '<script defer data-domain="tarczavpn.pl" src="https://plausible.io/js/script.js"></script></head>'
            '<body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">'
            '<div class="header-module--ipbar--1TqQo ipbar-unprotected" role="status"><span class="header-module--ipdot--3kP2w"></span>Twój adres IP: <strong>%(ip)s</strong> · Lokalizacja: %(geo)s · Dostawca: %(isp)s · Status: <strong class="header-module--unprotected--9eR1x">Niechroniony</strong></div>'
            '<div class="promo-module--banner--1aQzG"><span class="promo-module--name--2bHcd">%(pname)s:</span> <strong>-%(pct)d%%</strong> na plan 2-letni%(extra)s · Oferta kończy się za <span class="promo-module--timer--3mNxE" data-countdown="">%(d)d d %(hh)02d:%(mm)02d:%(ss)02d</span> <a href="/cennik/?coupon=%(coupon)s" class="promo-module--cta--1QeRt">Odbierz zniżkę</a></div>'
            '<header class="header-module--header--3ZkPs"><div class="header-module--inner--2VnAq"><a aria-current="false" class="header-module--logo--1d7Xx" href="/"><img src="/logo-tarcza.svg" alt="TarczaVPN" width="150" height="32"/></a>'
            '<nav class="header-module--nav--1rJ7T"><a href="/funkcje/">Funkcje</a><a href="/serwery/">Serwery</a><a href="/cennik/">Cennik</a><a href="/pobierz/">Pobierz</a><a href="/blog/">Blog</a><a href="/pomoc/">Pomoc</a></nav>'
            '<a class="header-module--cta--2xMvP" href="/cennik/">Kup TarczaVPN</a></div></header>'
            '<main class="legal-module--main--2S2wB"><nav class="legal-module--breadcrumbs--1pYkN" aria-label="breadcrumb"><a href="/">Strona główna</a> / <span>Polityka prywatności</span></nav>'
            '<article class="legal-module--content--3xT9q">%(article)s</article>'
            '<aside class="legal-module--aside--3eN1c"><h2>Dokumenty prawne</h2><ul><li><a href="/regulamin/">Regulamin</a></li><li><a href="/polityka-prywatnosci/" aria-current="page">Polityka prywatności</a></li><li><a href="/raport-przejrzystosci/">Raport przejrzystości</a></li><li><a href="/audyt/">Audyt no-logs</a></li></ul></aside></main>'
            '<footer class="footer-module--footer--1NfDk"><div class="footer-module--cols--2mTpZ"><div><h3>Produkt</h3><ul><li><a href="/pobierz/windows/">Windows</a></li><li><a href="/pobierz/macos/">macOS</a></li><li><a href="/pobierz/android/">Android</a></li><li><a href="/pobierz/ios/">iOS</a></li></ul></div>'
            '<div><h3>Firma</h3><ul><li><a href="/o-nas/">O nas</a></li><li><a href="/kontakt/">Kontakt</a></li><li><a href="/polityka-prywatnosci/">Polityka prywatności</a></li></ul></div></div>'
            '<p class="footer-module--copy--3Bv8K">© %(year)d Tarcza Technologies sp. z o.o. Wszelkie prawa zastrzeżone.</p></footer>'
            '</div><div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true"></div></div>'
            '<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/polityka-prywatnosci/";window.___webpackCompilationHash="%(wh)s";/*]]>*/</script>'
            '<script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping="{\\"app\\":[\\"/app-%(app)s.js\\"],\\"component---src-templates-legal-tsx\\":[\\"/component---src-templates-legal-tsx-%(legal)s.js\\"]}";/*]]>*/</script>'
            '<script src="/polyfill-%(poly)s.js" nomodule=""></script><script src="/component---src-templates-legal-tsx-%(legal)s.js" async=""></script>'
            '<script src="/app-%(app)s.js" async=""></script><script src="/framework-%(fw)s.js" async=""></script><script src="/webpack-runtime-%(wr)s.js" async=""></script></body></html>'
            ) % dict(css=h("css"), url=URL, wr=h("wr"), fw=h("fw"), app=chunks["app"], ip=s["ip"], geo=s["geo"], isp=s["isp"],
                     pname=name, pct=pct, extra=(" " + extra) if extra else "", d=d_, hh=hh, mm=mm, ss=ss,
                     coupon=name.split()[0].upper()[:6] + str(pct), article=article, year=when.year, wh=b,
                     legal=chunks["component---src-templates-legal-tsx"], poly=h("poly"))


PAGE = {
    "service": "TarczaVPN",
    "url": URL,
    "lang": "pl",
    "platform": "Gatsby 5 (CSS modules, gatsby-plugin-image), rendered capture",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Netlify"), ("Cache-Control", "public,max-age=0,must-revalidate"), ("Age", "0")],
    "n": 30,
    "start": dt.date(2023, 1, 10),
    "end": dt.date(2025, 5, 30),
    "policy": POLICY,
    "first_updated": dt.date(2022, 10, 3),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "main article"},
}
