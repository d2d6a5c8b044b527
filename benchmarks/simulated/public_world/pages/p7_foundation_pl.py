"""Fundacja „Zdrowe Dzieciństwo” - Polityka prywatności - pl - WordPress (custom Gutenberg theme, Complianz,
a donations plugin).

Harder features: the editors placed the donations plugin's "Wesprzyj nas" box (live total raised, suggested
amounts, a per-visit payment session id) inside the post content, between sections III and IV, so it lives in the
curated container and must be removed; the petition counter and the seasonal "1,5% podatku" campaign banner sit
outside. The policy has its own "Data ostatniej aktualizacji" line."""
import datetime as dt
import common as C

URL = "https://zdrowedziecinstwo.org.pl/polityka-prywatnosci/"
MIES = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października",
        "listopada", "grudnia"]


def fmt_date(d):
    return "%d %s %d r." % (d.day, MIES[d.month - 1], d.year)


POLICY = """
# Polityka prywatności

Data ostatniej aktualizacji: {UPDATED}

Fundacja „Zdrowe Dzieciństwo” dba o to, aby dane osobowe naszych darczyńców, wolontariuszy, podopiecznych i ich rodzin były bezpieczne. W tej polityce wyjaśniamy, jakie dane zbieramy, w jakim celu, komu je przekazujemy i jakie prawa Ci przysługują zgodnie z rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679 (RODO).

## I. Administrator danych

Administratorem Twoich danych osobowych jest Fundacja „Zdrowe Dzieciństwo” z siedzibą w Warszawie, ul. Grójecka 128 lok. 4, 02-383 Warszawa, wpisana do rejestru stowarzyszeń, innych organizacji społecznych i zawodowych, fundacji oraz samodzielnych publicznych zakładów opieki zdrowotnej Krajowego Rejestru Sądowego pod numerem KRS 0000412377, NIP 7010345512. Fundacja posiada status organizacji pożytku publicznego.

## II. Inspektor Ochrony Danych

Wyznaczyliśmy Inspektora Ochrony Danych, z którym możesz się kontaktować we wszystkich sprawach dotyczących przetwarzania Twoich danych osobowych, pisząc na adres [iod@zdrowedziecinstwo.org.pl](mailto:iod@zdrowedziecinstwo.org.pl) lub na adres siedziby Fundacji z dopiskiem „IOD”.

## III. Cele i podstawy prawne przetwarzania

Przetwarzamy Twoje dane osobowe w następujących celach:

- przyjęcie i rozliczenie darowizny, w tym wystawienie potwierdzenia jej otrzymania – podstawą jest wykonanie umowy darowizny (art. 6 ust. 1 lit. b RODO) oraz obowiązki wynikające z ustawy o rachunkowości i przepisów podatkowych (art. 6 ust. 1 lit. c RODO);
- podziękowanie za wsparcie i informowanie o efektach naszej pracy – podstawą jest nasz prawnie uzasadniony interes, czyli pozyskiwanie środków na cele statutowe (art. 6 ust. 1 lit. f RODO);
- wysyłka newslettera – na podstawie Twojej zgody (art. 6 ust. 1 lit. a RODO), którą możesz w każdej chwili wycofać;
- obsługa podpisów pod petycjami i apelami – na podstawie Twojej zgody;
- prowadzenie zbiórek na leczenie i rehabilitację podopiecznych – w tym przetwarzanie danych o stanie zdrowia dziecka na podstawie wyraźnej zgody rodzica lub opiekuna prawnego (art. 9 ust. 2 lit. a RODO);
- współpraca z wolontariuszami – na podstawie porozumienia wolontariackiego, zgodnie z ustawą o działalności pożytku publicznego i o wolontariacie.

Jeżeli przekazujesz nam 1% podatku i wyrazisz na to zgodę w zeznaniu podatkowym, urząd skarbowy przekaże nam Twoje imię, nazwisko, adres oraz kwotę wpłaty. Wykorzystamy te dane wyłącznie po to, aby Ci podziękować.

Jeżeli zapisujesz się na organizowane przez nas wydarzenia, np. charytatywny bieg „Biegnę dla Dzieci”, przetwarzamy Twoje imię, nazwisko, datę urodzenia, adres e-mail i numer telefonu w celu organizacji wydarzenia (art. 6 ust. 1 lit. b RODO). Wyniki biegu wraz z imieniem, nazwiskiem i kategorią wiekową publikujemy na naszej stronie. Podczas wydarzeń wykonujemy zdjęcia i nagrania, które możemy publikować w naszych mediach społecznościowych; jeśli sobie tego nie życzysz, daj znać w biurze zawodów.

Nagrywamy rozmowy prowadzone przez naszą infolinię dla darczyńców, aby dbać o jakość obsługi. Zawsze informujemy o tym na początku rozmowy. Nagrania przechowujemy przez 6 miesięcy.

## IV. Odbiorcy danych

Twoje dane mogą być przekazywane podmiotom, które przetwarzają je na nasze zlecenie:

- operatorom płatności internetowych (PayU S.A., PayPro S.A. – Przelewy24), którzy obsługują wpłaty on-line;
- dostawcy systemu do zarządzania relacjami z darczyńcami (CRM);
- dostawcy usługi wysyłki wiadomości e-mail (Mailchimp, The Rocket Science Group LLC);
- firmie hostingowej i podmiotom świadczącym nam usługi informatyczne;
- biuru rachunkowemu i kancelarii prawnej;
- operatorom pocztowym i firmom kurierskim, gdy wysyłamy Ci podziękowania lub materiały.

Dane podopiecznych udostępniamy wyłącznie placówkom medycznym i rehabilitacyjnym, w zakresie niezbędnym do opłacenia leczenia.

## V. Przekazywanie danych poza Europejski Obszar Gospodarczy

Korzystanie z usługi Mailchimp wiąże się z przekazywaniem danych do Stanów Zjednoczonych. Przekazanie odbywa się na podstawie standardowych klauzul umownych zatwierdzonych przez Komisję Europejską.

## VI. Okres przechowywania danych

Dane związane z darowiznami przechowujemy przez 5 lat, licząc od końca roku kalendarzowego, w którym upłynął termin płatności podatku, zgodnie z przepisami podatkowymi i ustawą o rachunkowości. Dane przetwarzane na podstawie zgody przechowujemy do czasu jej wycofania, a dane przetwarzane w naszym prawnie uzasadnionym interesie – do czasu zgłoszenia skutecznego sprzeciwu.

Dane wolontariuszy przechowujemy przez okres trwania porozumienia wolontariackiego, a następnie przez 3 lata w celu ewentualnego wystawienia zaświadczenia o odbyciu wolontariatu. Dokumentację dotyczącą podopiecznych przechowujemy przez 5 lat od zakończenia roku, w którym zakończyła się zbiórka, ze względu na obowiązek rozliczenia środków wobec darczyńców i organów kontroli.

## VII. Twoje prawa

Masz prawo do:

- dostępu do swoich danych oraz otrzymania ich kopii;
- sprostowania danych;
- usunięcia danych;
- ograniczenia przetwarzania;
- przenoszenia danych;
- wniesienia sprzeciwu wobec przetwarzania opartego na prawnie uzasadnionym interesie;
- wycofania zgody w dowolnym momencie, bez wpływu na zgodność z prawem przetwarzania dokonanego przed jej wycofaniem.

Masz także prawo wnieść skargę do Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 Warszawa).

## Bezpieczeństwo danych

Stosujemy odpowiednie środki techniczne i organizacyjne, aby chronić Twoje dane przed utratą, nieuprawnionym dostępem i ujawnieniem. Dostęp do danych mają wyłącznie upoważnieni pracownicy i wolontariusze Fundacji, którzy zostali przeszkoleni z ochrony danych osobowych i zobowiązali się do zachowania ich w tajemnicy. Dane podopiecznych, w szczególności dokumentacja medyczna, są przechowywane w wydzielonym systemie z dodatkową kontrolą dostępu.

Podanie danych jest dobrowolne, ale niezbędne do przyjęcia darowizny przez stronę internetową, zapisania się na newsletter lub podpisania apelu.

## VIII. Profilowanie

Analizujemy historię Twoich wpłat (częstotliwość, wysokość, kampanie, na które odpowiadasz), aby dopasować treść i częstotliwość naszych próśb o wsparcie. Nie podejmujemy wobec Ciebie decyzji, które opierałyby się wyłącznie na zautomatyzowanym przetwarzaniu i wywoływały skutki prawne.

## Kontakt w sprawie danych

Jeżeli masz pytania dotyczące tej polityki albo chcesz skorzystać ze swoich praw, napisz do nas na adres [iod@zdrowedziecinstwo.org.pl](mailto:iod@zdrowedziecinstwo.org.pl) lub listownie na adres siedziby Fundacji. Odpowiemy bez zbędnej zwłoki, nie później niż w ciągu miesiąca od otrzymania żądania.

## IX. Pliki cookies

Nasza strona korzysta z plików cookies. Szczegółowe informacje znajdziesz w [Polityce plików cookies](https://zdrowedziecinstwo.org.pl/polityka-cookies/).
"""

EDITS = [
    {"note": "Polski Ład: '1% podatku' -> '1,5% podatku' (from the 2022 tax returns)",
     "repl": [("Jeżeli przekazujesz nam 1% podatku i wyrazisz", "Jeżeli przekazujesz nam 1,5% podatku i wyrazisz")]},
    {"note": "newsletter processor Mailchimp (US, SCCs) -> FreshMail (Kraków); section V rewritten (no transfers outside the EEA)",
     "repl": [("- dostawcy usługi wysyłki wiadomości e-mail (Mailchimp, The Rocket Science Group LLC);",
               "- dostawcy usługi wysyłki wiadomości e-mail (FreshMail sp. z o.o. z siedzibą w Krakowie);"),
              ("Korzystanie z usługi Mailchimp wiąże się z przekazywaniem danych do Stanów Zjednoczonych. Przekazanie odbywa się na podstawie standardowych klauzul umownych zatwierdzonych przez Komisję Europejską.",
               "Co do zasady nie przekazujemy Twoich danych poza Europejski Obszar Gospodarczy. Jeżeli w przyszłości okaże się to konieczne, zrobimy to wyłącznie na podstawie decyzji Komisji Europejskiej stwierdzającej odpowiedni stopień ochrony lub standardowych klauzul umownych.")]},
    {"note": "IOD contact: phone number added (silent: date not changed)", "bump": False,
     "repl": [("lub na adres siedziby Fundacji z dopiskiem „IOD”.", "lub na adres siedziby Fundacji z dopiskiem „IOD”. Możesz też zadzwonić pod numer 22 398 41 07 (w dni robocze w godz. 9–15).")]},
    {"note": "new purpose: Facebook fundraisers (Meta as separate controller, data received from Meta Payments)",
     "repl": [("## IV. Odbiorcy danych",
               "Jeżeli wpłacasz darowiznę w ramach zbiórki na Facebooku, płatność obsługuje Meta Payments Inc. Otrzymujemy od Meta Twoje imię, nazwisko, adres e-mail (jeśli wyrazisz na to zgodę) oraz kwotę wpłaty. W zakresie obsługi zbiórki Meta jest odrębnym administratorem danych.\n\n## IV. Odbiorcy danych")]},
    {"note": "retention: data processed in legitimate interest now kept 3 years after the last donation (not until objection); profiling: right to object named",
     "repl": [("a dane przetwarzane w naszym prawnie uzasadnionym interesie – do czasu zgłoszenia skutecznego sprzeciwu.",
               "a dane przetwarzane w naszym prawnie uzasadnionym interesie – przez 3 lata od Twojej ostatniej wpłaty lub do czasu zgłoszenia skutecznego sprzeciwu, jeśli nastąpi wcześniej."),
              ("Nie podejmujemy wobec Ciebie decyzji,", "W każdej chwili możesz sprzeciwić się takiemu profilowaniu, pisząc do IOD. Nie podejmujemy wobec Ciebie decyzji,")]},
]

CHILDREN = [("Zuzia, 4 lata", "rehabilitacja po operacji serca"), ("Antek, 7 lat", "terapia SMA"),
            ("Lena, 2 lata", "wózek i pionizator"), ("Kuba, 11 lat", "proteza nogi"), ("Ola, 6 lat", "turnus rehabilitacyjny")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    base = 2_150_000 + (when - dt.datetime(2021, 1, 1)).days * 4_100
    s["raised"] = base + rng.randint(0, 3_900)
    s["child"] = C.keep_or(rng, prev.get("child"), 0.5, lambda: rng.randrange(len(CHILDREN)))
    s["pay_session"] = C.uuid4(rng)
    s["petition"] = 18_000 + (when - dt.datetime(2021, 1, 1)).days * 23 + rng.randint(0, 40)
    s["campaign"] = ("tax" if when.month in (1, 2, 3, 4) else ("xmas" if when.month in (11, 12) else None))
    s["nonce"] = (C.hexs(rng, 10), C.hexs(rng, 10))
    s["wpver"] = "6.%d.%d" % (min(8, (when.year - 2021) * 2 + (when.month > 6)), rng.randint(1, 2))
    return s


LABELS = {
    "raised": "'Zebraliśmy już … zł' donation total (donate box inside .entry-content)",
    "child": "featured child in the donate box",
    "pay_session": "donations plugin payment session id",
    "petition": "petition signature counter (sidebar)",
    "campaign": "seasonal campaign banner (1,5% podatku / Christmas)",
    "nonce": "WordPress REST / Complianz nonces",
    "wpver": "WordPress asset ?ver= strings",
}


def zl(n):
    return "{:,}".format(n).replace(",", "\u00a0")


def render(s, blocks, when):
    h1 = blocks[0][1]
    rest = blocks[1:]
    cut = next(k for k, b in enumerate(rest) if b[0] == "h2" and b[1].startswith("IV."))
    name, goal = CHILDREN[s["child"]]
    onep = "1,5%" if when >= dt.datetime(2023, 1, 1) else "1%"
    donate = ('<div class="wp-block-zd-donate donate-box" data-campaign="ogolna" data-session="%s">'
              '<div class="donate-box__inner"><p class="donate-box__kicker">Wesprzyj nas</p>'
              '<p class="donate-box__total">Zebraliśmy już <strong>%s zł</strong> na leczenie i rehabilitację naszych podopiecznych.</p>'
              '<p class="donate-box__child">Teraz pomagamy: %s – %s</p>'
              '<form class="donate-box__form" action="https://zdrowedziecinstwo.org.pl/wplac/" method="post">'
              '<div class="donate-box__amounts"><label><input type="radio" name="kwota" value="30"> 30 zł</label>'
              '<label><input type="radio" name="kwota" value="50" checked> 50 zł</label><label><input type="radio" name="kwota" value="100"> 100 zł</label>'
              '<label><input type="radio" name="kwota" value="inna"> Inna kwota</label></div>'
              '<button type="submit" class="btn btn--donate">Wpłacam</button></form></div></div>'
              % (s["pay_session"], zl(s["raised"]), name, goal))
    content = C.blocks_html(rest[:cut]) + "\n" + donate + "\n" + C.blocks_html(rest[cut:])
    camp = ""
    if s["campaign"] == "tax":
        camp = ('<div class="campaign-bar campaign-bar--tax"><p>Przekaż %s podatku dla dzieci! Wpisz w PIT numer <strong>KRS 0000412377</strong></p>'
                '<a class="campaign-bar__btn" href="/1-5-procent/">Jak przekazać?</a></div>' % onep)
    elif s["campaign"] == "xmas":
        camp = ('<div class="campaign-bar campaign-bar--xmas"><p>Podaruj dzieciom zdrowe święta – kup kartkę świąteczną Fundacji</p>'
                '<a class="campaign-bar__btn" href="/sklep/kartki-swiateczne/">Do sklepu</a></div>')
    ver = s["wpver"]
    return ('<!DOCTYPE html>\n<html lang="pl-PL">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>Polityka prywatności - Fundacja „Zdrowe Dzieciństwo”</title>\n'
            '<meta name="robots" content="index, follow, max-image-preview:large">\n<link rel="canonical" href="%s">\n'
            '<meta property="og:locale" content="pl_PL"><meta property="og:type" content="article"><meta property="og:title" content="Polityka prywatności - Fundacja „Zdrowe Dzieciństwo”">\n'
            '<meta property="article:publisher" content="https://www.facebook.com/zdrowedziecinstwo">\n'
            '<link rel="stylesheet" id="wp-block-library-css" href="https://zdrowedziecinstwo.org.pl/wp-includes/css/dist/block-library/style.min.css?ver=%s" media="all">\n'
            '<link rel="stylesheet" id="zd-theme-css" href="https://zdrowedziecinstwo.org.pl/wp-content/themes/zdrowe-dziecinstwo/dist/main.css?ver=2.3.%d" media="all">\n'
            '<script id="zd-donations-js-extra">var zdDonations = {"ajaxUrl":"https:\\/\\/zdrowedziecinstwo.org.pl\\/wp-admin\\/admin-ajax.php","nonce":"%s","restNonce":"%s"};</script>\n'
            '<meta name="generator" content="WordPress %s">\n'
            '</head>\n<body class="privacy-policy page-template-default page page-id-3 wp-embed-responsive">\n'
            '<a class="skip-link screen-reader-text" href="#content">Przejdź do treści</a>\n%s\n'
            '<header class="site-header"><div class="container site-header__inner"><a href="https://zdrowedziecinstwo.org.pl/" class="site-logo" rel="home">'
            '<img src="https://zdrowedziecinstwo.org.pl/wp-content/themes/zdrowe-dziecinstwo/dist/img/logo.svg" alt="Fundacja Zdrowe Dzieciństwo" width="210" height="64"></a>'
            '<nav id="site-navigation" class="main-navigation" aria-label="Menu główne"><ul id="primary-menu" class="menu">'
            '<li class="menu-item"><a href="https://zdrowedziecinstwo.org.pl/o-nas/">O nas</a></li><li class="menu-item"><a href="https://zdrowedziecinstwo.org.pl/podopieczni/">Podopieczni</a></li>'
            '<li class="menu-item"><a href="https://zdrowedziecinstwo.org.pl/jak-pomoc/">Jak pomóc</a></li><li class="menu-item"><a href="https://zdrowedziecinstwo.org.pl/aktualnosci/">Aktualności</a></li>'
            '<li class="menu-item"><a href="https://zdrowedziecinstwo.org.pl/sprawozdania/">Sprawozdania</a></li><li class="menu-item"><a href="https://zdrowedziecinstwo.org.pl/kontakt/">Kontakt</a></li></ul></nav>'
            '<a class="btn btn--donate site-header__cta" href="https://zdrowedziecinstwo.org.pl/wplac/">Wpłać darowiznę</a></div></header>\n'
            '<div id="content" class="site-content"><div class="container"><div class="row">\n'
            '<main id="primary" class="site-main col-lg-8"><article id="post-3" class="post-3 page type-page status-publish hentry">\n'
            '<header class="entry-header"><h1 class="entry-title">%s</h1></header>\n'
            '<div class="entry-content">\n%s\n</div>\n</article></main>\n'
            '<aside id="secondary" class="widget-area col-lg-4"><section id="zd_petition-2" class="widget widget_zd_petition">'
            '<h2 class="widget-title">Podpisz apel</h2><p>Apel do Ministra Zdrowia o refundację terapii dla dzieci z rzadkimi chorobami.</p>'
            '<p class="petition-counter">Podpisało już <strong>%s</strong> osób</p><a class="btn" href="https://zdrowedziecinstwo.org.pl/apel/">Podpisuję</a></section>'
            '<section id="nav_menu-3" class="widget widget_nav_menu"><h2 class="widget-title">Dokumenty</h2><ul class="menu">'
            '<li><a href="https://zdrowedziecinstwo.org.pl/statut/">Statut</a></li><li><a href="https://zdrowedziecinstwo.org.pl/polityka-cookies/">Polityka cookies</a></li>'
            '<li><a href="https://zdrowedziecinstwo.org.pl/regulamin-wplat/">Regulamin wpłat</a></li></ul></section></aside>\n'
            '</div></div></div>\n'
            '<footer class="site-footer"><div class="container"><div class="site-footer__cols"><div><h3>Fundacja „Zdrowe Dzieciństwo”</h3>'
            '<p>ul. Grójecka 128 lok. 4<br>02-383 Warszawa<br>KRS 0000412377</p></div>'
            '<div><h3>Numer konta</h3><p>PKO BP 12 1020 1026 0000 1702 0314 9876</p></div>'
            '<div><h3>Obserwuj nas</h3><p><a href="https://www.facebook.com/zdrowedziecinstwo">Facebook</a> <a href="https://www.instagram.com/zdrowedziecinstwo">Instagram</a></p></div></div>'
            '<p class="site-footer__copy">&copy; %d Fundacja „Zdrowe Dzieciństwo”. <a href="%s">Polityka prywatności</a></p></div></footer>\n'
            '<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">'
            '<div class="cmplz-message">Używamy plików cookies, aby strona działała prawidłowo i abyśmy mogli analizować ruch.</div>'
            '<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Akceptuję</button><button class="cmplz-btn cmplz-deny">Odrzucam</button>'
            '<button class="cmplz-btn cmplz-view-preferences">Ustawienia</button></div></div></div>\n'
            '<script src="https://zdrowedziecinstwo.org.pl/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js?ver=%s" id="cmplz-cookiebanner-js"></script>\n'
            '</body>\n</html>\n'
            % (URL, ver, when.year - 2019, s["nonce"][0], s["nonce"][1], ver, camp, h1, content, zl(s["petition"]), when.year, URL,
               ver))


PAGE = {
    "service": "Fundacja Zdrowe Dzieciństwo", "url": URL, "lang": "pl-PL", "platform": "WordPress (Gutenberg, Complianz)",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2021, 4, 1), "end": dt.date(2026, 6, 30),
    "policy": POLICY, "first_updated": dt.date(2020, 11, 30), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".entry-title", ".entry-content"], "remove": [".donate-box"]},
}
