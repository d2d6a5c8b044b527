"""Polish gym chain on Nuxt 2 (SSR, Contentful rich text). Header: live occupancy of the clubs, a membership
promotion bar with a countdown; scoped `data-v-*` attributes of the build on every element of `.legal-content`."""
import datetime as dt
import html
import json

import common as C

MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
          "października", "listopada", "grudnia"]

POLICY = """# Polityka prywatności Zenit Fitness

Data ostatniej aktualizacji: {UPDATED}

Dbamy o to, aby dane naszych Klubowiczów, osób odwiedzających kluby oraz użytkowników strony zenitfitness.pl i aplikacji mobilnej Zenit Fitness były bezpieczne. W tym dokumencie wyjaśniamy, jakie dane zbieramy, w jakim celu, komu je przekazujemy i jakie prawa Ci przysługują zgodnie z RODO.

## 1. Kto jest administratorem Twoich danych?

Administratorem danych osobowych jest Zenit Fitness sp. z o.o. z siedzibą w Warszawie, wpisana do rejestru przedsiębiorców KRS pod numerem 0000612845, NIP 5213728841, REGON 364918272.

@ Zenit Fitness sp. z o.o.
@ ul. Postępu 14A
@ 02-676 Warszawa
@ e-mail: dane.osobowe@zenitfitness.pl

Wyznaczyliśmy Inspektora Ochrony Danych, z którym możesz się skontaktować we wszystkich sprawach dotyczących przetwarzania Twoich danych, pisząc na adres iod@zenitfitness.pl lub na adres siedziby z dopiskiem „IOD”.

## 2. Jakie dane przetwarzamy?

W zależności od tego, w jaki sposób korzystasz z naszych usług, przetwarzamy następujące kategorie danych:

- dane identyfikacyjne i kontaktowe: imię, nazwisko, numer PESEL lub data urodzenia, adres e-mail, numer telefonu, adres korespondencyjny;
- dane dotyczące umowy i płatności: rodzaj karnetu, historia wejść do klubów, numer rachunku lub karty płatniczej (w formie zanonimizowanej), historia płatności;
- wizerunek utrwalony na zdjęciu w profilu Klubowicza oraz w nagraniach monitoringu wizyjnego;
- dane z aplikacji mobilnej: rezerwacje zajęć, wyniki pomiarów składu ciała, jeżeli zdecydujesz się je zapisać, identyfikator urządzenia;
- dane o stanie zdrowia, które sam podajesz w ankiecie przed pierwszym treningiem personalnym.

Dane o stanie zdrowia przetwarzamy wyłącznie na podstawie Twojej wyraźnej zgody. Możesz ją w każdej chwili wycofać, co nie wpływa na zgodność z prawem przetwarzania dokonanego przed jej wycofaniem.

## 3. Cele i podstawy prawne przetwarzania

| Cel przetwarzania | Podstawa prawna | Okres przechowywania |
| Zawarcie i wykonanie umowy członkowskiej, obsługa wejść do klubów | art. 6 ust. 1 lit. b RODO | przez czas trwania umowy, a następnie do upływu okresu przedawnienia roszczeń |
| Rozliczenia i prowadzenie dokumentacji księgowej | art. 6 ust. 1 lit. c RODO | 5 lat od końca roku kalendarzowego, w którym powstał obowiązek podatkowy |
| Zapewnienie bezpieczeństwa osób i mienia (monitoring wizyjny) | art. 6 ust. 1 lit. f RODO | do 30 dni od dnia nagrania |
| Marketing własnych usług, w tym newsletter | art. 6 ust. 1 lit. a i f RODO | do wycofania zgody lub wniesienia sprzeciwu |
| Ustalenie, dochodzenie i obrona roszczeń | art. 6 ust. 1 lit. f RODO | do upływu okresu przedawnienia roszczeń |
| Przygotowanie planu treningowego z uwzględnieniem stanu zdrowia | art. 9 ust. 2 lit. a RODO | do wycofania zgody, nie dłużej niż przez czas trwania umowy |

## 4. Karty partnerskie

Jeżeli korzystasz z klubów na podstawie karty partnerskiej (np. MultiSport, Medicover Sport, FitProfit), otrzymujemy od operatora karty Twoje imię, nazwisko i numer karty, a przekazujemy mu informację o każdym wejściu do klubu. Odrębnym administratorem Twoich danych jest w takim przypadku również operator karty, który informuje Cię o zasadach przetwarzania w swojej polityce prywatności.

## 5. Monitoring wizyjny

Strefy wejścia, recepcji, siłowni i sal zajęć grupowych są objęte monitoringiem wizyjnym. Monitoring nie obejmuje szatni, pryszniców ani toalet. Nagrania są dostępne wyłącznie dla upoważnionych pracowników i nadpisywane automatycznie po upływie okresu przechowywania, chyba że stanowią dowód w postępowaniu.

## 6. Komu przekazujemy dane?

Twoje dane mogą otrzymać podmioty, które świadczą dla nas usługi na podstawie umów powierzenia przetwarzania danych:

| Odbiorca | Zakres usług |
| Perfect Gym Solutions S.A. | system członkowski, rezerwacje zajęć, kontrola wejść |
| PayU S.A. | obsługa płatności cyklicznych |
| Salesforce Ireland Ltd. | wysyłka newslettera i komunikacji marketingowej |
| Solid Security sp. z o.o. | obsługa monitoringu wizyjnego |
| Google Ireland Ltd. | hosting danych aplikacji i analityka |

Dane mogą być również przekazywane podmiotom uprawnionym na podstawie przepisów prawa, np. organom ścigania, a także firmom windykacyjnym w przypadku zaległości w płatnościach.

## 7. Przekazywanie danych poza EOG

Niektórzy nasi dostawcy mogą przetwarzać dane w Stanach Zjednoczonych. W takim przypadku przekazanie odbywa się na podstawie decyzji Komisji Europejskiej stwierdzającej odpowiedni stopień ochrony (EU-US Data Privacy Framework) albo standardowych klauzul umownych zatwierdzonych przez Komisję Europejską.

## 8. Twoje prawa

Masz prawo do:

- dostępu do swoich danych oraz otrzymania ich kopii;
- sprostowania (poprawienia) danych;
- usunięcia danych, w przypadkach przewidzianych w art. 17 RODO;
- ograniczenia przetwarzania;
- przenoszenia danych, które nam dostarczyłeś;
- wniesienia sprzeciwu wobec przetwarzania opartego na prawnie uzasadnionym interesie, w tym wobec marketingu;
- cofnięcia zgody w dowolnym momencie.

Aby skorzystać ze swoich praw, napisz na adres dane.osobowe@zenitfitness.pl albo złóż wniosek w recepcji dowolnego klubu. Przysługuje Ci także prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 Warszawa).

## 9. Pliki cookies

Na naszej stronie używamy plików cookies niezbędnych do jej działania oraz, za Twoją zgodą, plików analitycznych i marketingowych. Szczegóły znajdziesz w [Polityce cookies](/polityka-cookies), a swoje wybory możesz zmienić w każdej chwili w panelu ustawień cookies dostępnym w stopce strony.

## 9a. Profilowanie

Na podstawie historii Twoich wejść i rezerwacji możemy dopasowywać treść komunikatów, np. proponować zajęcia o godzinach, w których najczęściej trenujesz, albo przypominać o niewykorzystanych treningach w pakiecie. Takie profilowanie nie wywołuje wobec Ciebie skutków prawnych ani w podobny sposób istotnie na Ciebie nie wpływa. Możesz w każdej chwili wnieść sprzeciw wobec profilowania w celach marketingowych, wyłączając zgody marketingowe w aplikacji lub w Strefie Klubowicza.

## 10. Zmiany polityki prywatności

Polityka może być aktualizowana, w szczególności w razie zmiany przepisów lub uruchomienia nowych usług. O istotnych zmianach poinformujemy Cię e-mailem lub komunikatem w aplikacji."""

EDITS = [
    {"note": "processor added to the recipients table (customer support desk)",
     "repl": [("| Google Ireland Ltd. | hosting danych aplikacji i analityka |",
               "| Google Ireland Ltd. | hosting danych aplikacji i analityka |\n"
               "| Zendesk Inc. | obsługa zgłoszeń Klubowiczów |")]},
    {"note": "CCTV retention changed from 30 to 14 days",
     "repl": [("| do 30 dni od dnia nagrania |", "| do 14 dni od dnia nagrania |")]},
    {"note": "typo fix (Solid Security -> Solid Security Polska) without date bump", "bump": False,
     "repl": [("| Solid Security sp. z o.o. |", "| Solid Security Polska sp. z o.o. |")]},
    {"note": "new section on the InBody body-composition scanners",
     "repl": [("## 6. Komu przekazujemy dane?",
               "## 5a. Analizatory składu ciała\n\nW wybranych klubach możesz wykonać pomiar składu ciała na "
               "analizatorze InBody. Wynik pomiaru zapisujemy w Twoim profilu tylko wtedy, gdy wyrazisz na to "
               "zgodę w aplikacji; w przeciwnym razie wydruk otrzymujesz wyłącznie do własnego użytku, a dane "
               "nie są przechowywane w urządzeniu.\n\n## 6. Komu przekazujemy dane?")]},
    {"note": "registered office moved (street address in the address block)",
     "repl": [("@ ul. Postępu 14A\n@ 02-676 Warszawa", "@ ul. Wołoska 24\n@ 02-675 Warszawa")]},
]

CLUBS = ["Warszawa Mokotów", "Warszawa Wola", "Kraków Bonarka", "Wrocław Sky Tower", "Poznań Malta",
         "Gdańsk Oliwa", "Łódź Manufaktura", "Katowice Silesia"]
PROMOS = [
    ("open", "Karnet OPEN bez wpisowego", dt.timedelta(days=9)),
    ("student", "Karnet studencki 99 zł/mies.", dt.timedelta(days=5)),
    ("bf", "BLACK WEEK: pierwszy miesiąc za 1 zł", dt.timedelta(days=3)),
    ("none", "", None),
]


def noise(rng, when, i, prev):
    prev = prev or {}
    build = C.keep_or(rng, prev.get("build"), 0.2, lambda: C.hexs(rng, 7))
    promo = C.keep_or(rng, prev.get("promo"), 0.3,
                      lambda: (rng.choice(PROMOS)[0], rng.randint(1, 200)))
    open_ = 5 <= (when.hour + 1) % 24 <= 22 or when.weekday() < 5
    occ = tuple(rng.randint(8, 78) if open_ else rng.randint(0, 9) for _ in CLUBS)
    return {"build": build, "promo": promo, "occupancy": occ, "nuxt_state": C.uuid4(rng)}


LABELS = {"build": "Nuxt build hash (assets and scoped data-v ids inside the container)",
          "promo": "membership promotion bar with countdown", "occupancy": "live club occupancy widget",
          "nuxt_state": "window.__NUXT__ request state", "promo_countdown": "promotion countdown value"}


def fmt_date(d):
    return "%d %s %d r." % (d.day, MONTHS[d.month - 1], d.year)


def vattr(build, comp):
    return "data-v-" + C.det_sha(build, comp)[:8]


def blocks_scoped(blocks, a):
    out = []
    for kind, v in blocks:
        if kind in ("h1", "h2", "h3"):
            out.append('<%s %s>%s</%s>' % (kind, a, C.inline_html(v), kind))
        elif kind == "p":
            out.append('<p %s>%s</p>' % (a, C.inline_html(v)))
        elif kind in ("ul", "ol"):
            out.append('<%s %s>%s</%s>' % (kind, a, "".join('<li %s><p %s>%s</p></li>' % (a, a, C.inline_html(x))
                                                              for x in v), kind))
        elif kind == "table":
            head = "".join('<th %s><p %s>%s</p></th>' % (a, a, C.inline_html(x)) for x in v[0])
            body = "".join('<tr %s>%s</tr>' % (a, "".join('<td %s><p %s>%s</p></td>' % (a, a, C.inline_html(x))
                                                        for x in r)) for r in v[1:])
            out.append('<div class="rich-table" %s><table %s><thead %s><tr %s>%s</tr></thead><tbody %s>%s</tbody>'
                       '</table></div>' % (a, a, a, a, head, a, body))
        elif kind == "addr":
            out.append('<p class="address" %s>%s</p>' % (a, "<br>".join(C.inline_html(x) for x in v)))
    return "".join(out)


def render(state, blocks, when):
    b = state["build"]
    va = vattr(b, "layout")
    vh = vattr(b, "header")
    vr = vattr(b, "rich")
    vl = vattr(b, "legal")
    kind, seed = state["promo"]
    promo_html = ""
    for key, label, span in PROMOS:
        if key == kind and span:
            end = dt.datetime(when.year, when.month, when.day, 23, 59) + dt.timedelta(days=seed % span.days)
            left = end - when
            state["promo_countdown"] = (left.days, left.seconds // 60)
            promo_html = ('<div class="promo-bar promo-bar--%s" %s><div class="container" %s><p class="promo-bar__text" %s>'
                          '<strong %s>%s</strong> – oferta kończy się za <span class="countdown" %s>%d dni %d godz. %d min'
                          '</span></p><a href="/cennik?utm_source=www&amp;utm_medium=promo_bar&amp;utm_campaign=%s" '
                          'class="btn btn--small btn--yellow" %s>Kup karnet</a></div></div>'
                          % (key, vh, vh, vh, vh, html.escape(label), vh, left.days, left.seconds // 3600,
                             left.seconds % 3600 // 60, key, vh))
    occ_items = "".join(
        '<li class="occupancy__item" %s><span class="occupancy__club" %s>%s</span><span class="occupancy__bar" %s>'
        '<span class="occupancy__fill occupancy__fill--%s" style="width:%d%%" %s></span></span>'
        '<span class="occupancy__value" %s>%d%%</span></li>'
        % (vh, vh, c, vh, "high" if o > 60 else "mid" if o > 30 else "low", o, vh, vh, o)
        for c, o in zip(CLUBS, state["occupancy"]))
    nav = "".join('<li class="main-nav__item" %s><a href="%s" class="main-nav__link" %s>%s</a></li>' % (vh, u, vh, t)
                  for u, t in (("/kluby", "Kluby"), ("/cennik", "Cennik"), ("/zajecia", "Zajęcia grupowe"),
                               ("/trening-personalny", "Trening personalny"), ("/aplikacja", "Aplikacja"),
                               ("/dla-firm", "Dla firm")))
    head_state = {"layout": "default", "data": [{"page": {"slug": "polityka-prywatnosci", "locale": "pl-PL",
                                                          "sys": {"id": "4Yk2mQ8ZpTnV1xR0bLc7sA",
                                                                  "space": "w1q9x0zk3r7t"}}}],
                  "fetch": {}, "error": None,
                  "state": {"clubs": {"occupancy": {c: o for c, o in zip(CLUBS, state["occupancy"])},
                                      "updatedAt": C.iso(when)}, "promo": kind},
                  "serverRendered": True, "routePath": "/polityka-prywatnosci",
                  "config": {"_app": {"basePath": "/", "assetsPath": "/_nuxt/", "cdnURL": None},
                             "requestId": state["nuxt_state"]}}
    js = ["runtime", "commons/app", "vendors/app", "app", "pages/_slug"]
    preload = "".join('<link rel="preload" href="/_nuxt/%s.js" as="script">' % C.det_sha(b, j)[:7] for j in js)
    scripts = "".join('<script src="/_nuxt/%s.js" defer></script>' % C.det_sha(b, j)[:7] for j in js)
    policy = blocks_scoped(blocks, vr)
    return """<!doctype html>
<html lang="pl" data-n-head-ssr data-n-head="%%7B%%22lang%%22:%%7B%%22ssr%%22:%%22pl%%22%%7D%%7D">
<head>
<title>Polityka prywatności | Zenit Fitness – sieć klubów fitness</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" data-hid="description" name="description" content="Zasady przetwarzania danych osobowych Klubowiczów i użytkowników aplikacji Zenit Fitness."><meta data-n-head="ssr" data-hid="og:title" property="og:title" content="Polityka prywatności"><link data-n-head="ssr" rel="icon" type="image/png" href="/favicon-32x32.png"><link data-n-head="ssr" rel="canonical" href="https://zenitfitness.pl/polityka-prywatnosci">
<script data-n-head="ssr" data-hid="gtm-script">if(!window._gtm_init){window._gtm_init=1;(function(w,n,d,m,e,p){w[d]=(w[d]==1||n[d]=='yes'||n[d]==1||n[m]==1||(w[e]&&w[e][p]&&w[e][p]()))?1:0})(window,navigator,'doNotTrack','msDoNotTrack','external','msTrackingProtectionEnabled');(function(w,d,s,l,x,y){w[x]={};w._gtm_inject=function(i){w[x][i]=1;w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','_gtm_ids','_gtm_inject')};["GTM-K7XW2PQ"].forEach(function(i){window._gtm_inject(i)})</script>
<script data-n-head="ssr" src="https://cdn.cookiebot.com/uc.js" data-cbid="6b1f2a7e-3c94-4d0b-9e21-5a8f7c0d4e13" data-blockingmode="auto" type="text/javascript"></script>
%s<link rel="stylesheet" href="/_nuxt/css/%s.css">
</head>
<body>
<noscript data-n-head="ssr" data-hid="gtm-noscript" data-pbody="true"><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7XW2PQ&" height="0" width="0" style="display:none;visibility:hidden" title="gtm"></iframe></noscript>
<div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div class="app" %s>
%s
<header class="site-header" %s><div class="container site-header__inner" %s><a href="/" aria-current="page" class="site-header__logo nuxt-link-active" %s><img src="/_nuxt/img/logo-zenit.8c1f2e4.svg" alt="Zenit Fitness" width="148" height="36" %s></a><nav class="main-nav" %s><ul class="main-nav__list" %s>%s</ul></nav><div class="occupancy" %s><button type="button" class="occupancy__toggle" %s>Obłożenie klubów teraz</button><ul class="occupancy__list" %s>%s</ul></div><a href="/strefa-klubowicza" class="btn btn--outline" %s>Strefa Klubowicza</a><a href="/cennik" class="btn btn--yellow" %s>Dołącz</a></div></header>
<main class="legal-page" %s><div class="container legal-page__container" %s><nav aria-label="breadcrumb" class="breadcrumbs" %s><ol %s><li %s><a href="/" class="nuxt-link-active" %s>Strona główna</a></li><li %s><span %s>Polityka prywatności</span></li></ol></nav>
<article class="legal-content rich-text" %s>%s</article>
<aside class="legal-page__aside" %s><h3 %s>Dokumenty</h3><ul %s><li %s><a href="/regulamin" %s>Regulamin klubów</a></li><li %s><a href="/polityka-prywatnosci" aria-current="page" class="nuxt-link-exact-active nuxt-link-active" %s>Polityka prywatności</a></li><li %s><a href="/polityka-cookies" %s>Polityka cookies</a></li><li %s><a href="/regulamin-aplikacji" %s>Regulamin aplikacji</a></li></ul></aside>
</div></main>
<footer class="site-footer" %s><div class="container" %s><div class="site-footer__apps" %s><a href="https://apps.apple.com/pl/app/zenit-fitness/id1487203311" %s><img src="/_nuxt/img/app-store.2b1c8e0.svg" alt="Pobierz w App Store" %s></a><a href="https://play.google.com/store/apps/details?id=pl.zenitfitness.app" %s><img src="/_nuxt/img/google-play.7fa0d13.svg" alt="Pobierz z Google Play" %s></a></div><p class="site-footer__copy" %s>© %d Zenit Fitness sp. z o.o. Wszelkie prawa zastrzeżone.</p><button type="button" class="site-footer__cookies" onclick="Cookiebot.renew()" %s>Ustawienia cookies</button></div></footer>
</div></div></div><script>window.__NUXT__=%s;</script>%s
</body>
</html>
""" % (preload, C.det_sha(b, "css")[:7], va, promo_html, vh, vh, vh, vh, vh, vh, nav, vh, vh, vh, occ_items, vh, vh,
       vl, vl, vl, vl, vl, vl, vl, vl, vr, policy, vl, vl, vl, vl, vl, vl, vl, vl, vl, vl, vl,
       va, va, va, va, va, va, va, va, when.year, va, json.dumps(head_state, ensure_ascii=False), scripts)


PAGE = {
    "service": "Zenit Fitness",
    "url": "https://zenitfitness.pl/polityka-prywatnosci",
    "lang": "pl",
    "platform": "Nuxt 2 SSR + Contentful",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "nginx"), ("X-Powered-By", "Nuxt"), ("Cache-Control", "no-cache")),
    "n": 30,
    "start": dt.date(2021, 9, 1),
    "end": dt.date(2024, 10, 15),
    "policy": POLICY,
    "first_updated": dt.date(2021, 5, 24),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://zenitfitness.pl/polityka-prywatnosci", "select": ".legal-content"},
}
