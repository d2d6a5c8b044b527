"""Mozaika Media (Warszawa) - pl-PL - magazine group publishing several titles under one privacy policy, on
WordPress (block theme, Gutenberg), Cookiebot CMP, Google Ad Manager. "Najnowsze wydania" covers carousel,
subscription promo, newsletter box.

Well-built page with ordinary noise; the list of titles covered by the policy is part of the text and changes when
a title is sold or launched (real edits)."""
import datetime as dt
import common as C

URL = "https://mozaikamedia.pl/polityka-prywatnosci/"
MIESIACE = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
            "października", "listopada", "grudnia"]


def fmt_date(d):
    return "%d %s %d r." % (d.day, MIESIACE[d.month - 1], d.year)


POLICY = """
# Polityka prywatności

Ostatnia aktualizacja: {UPDATED}

Niniejsza Polityka prywatności określa zasady przetwarzania danych osobowych Czytelników, Prenumeratorów i Użytkowników serwisów internetowych wydawnictwa Mozaika Media. Dbamy o to, aby Twoje dane były przetwarzane zgodnie z Rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679 (RODO) oraz ustawą z dnia 10 maja 2018 r. o ochronie danych osobowych.

## 1. Administrator danych

Administratorem Twoich danych osobowych jest Mozaika Media Sp. z o.o. z siedzibą w Warszawie, ul. Chmielna 73, 00-801 Warszawa, wpisana do rejestru przedsiębiorców Krajowego Rejestru Sądowego prowadzonego przez Sąd Rejonowy dla m.st. Warszawy w Warszawie, XII Wydział Gospodarczy KRS, pod numerem KRS 0000412876, NIP 5252538841 (dalej: „Wydawca” lub „my”).

Polityka obejmuje następujące tytuły i serwisy Wydawcy:

- „Kuchnia i Smak” – miesięcznik oraz serwis kuchniaismak.pl;
- „Mój Piękny Ogród” – miesięcznik oraz serwis mojpieknyogrod.pl;
- „Auto Moto Plus” – dwutygodnik oraz serwis automotoplus.pl;
- „Zdrowie na Co Dzień” – miesięcznik oraz serwis zdrowienacodzien.pl;
- „Wędkarz Polski” – miesięcznik oraz serwis wedkarzpolski.pl;
- „Podróże bez Granic” – dwumiesięcznik oraz serwis podrozebezgranic.pl.

## 2. Inspektor Ochrony Danych

Wyznaczyliśmy Inspektora Ochrony Danych, z którym możesz się kontaktować we wszystkich sprawach dotyczących przetwarzania Twoich danych osobowych, pisząc na adres [iod@mozaikamedia.pl](mailto:iod@mozaikamedia.pl) lub na adres siedziby Wydawcy z dopiskiem „IOD”.

## 3. W jakich celach i na jakiej podstawie przetwarzamy Twoje dane?

Przetwarzamy Twoje dane osobowe w następujących celach:

- realizacji prenumeraty wydań drukowanych i elektronicznych oraz sprzedaży pojedynczych egzemplarzy w naszym sklepie internetowym – na podstawie art. 6 ust. 1 lit. b RODO;
- prowadzenia konta użytkownika w serwisach – na podstawie art. 6 ust. 1 lit. b RODO;
- wysyłki newsletterów – na podstawie Twojej zgody (art. 6 ust. 1 lit. a RODO);
- organizacji konkursów dla Czytelników, w tym wydania nagród – na podstawie art. 6 ust. 1 lit. b RODO, a w zakresie rozliczeń podatkowych – art. 6 ust. 1 lit. c RODO;
- publikacji listów, zdjęć i przepisów nadesłanych przez Czytelników – na podstawie Twojej zgody;
- wyświetlania reklam, w tym reklam dopasowanych do Twoich zainteresowań, oraz prowadzenia statystyk – na podstawie Twojej zgody wyrażonej w ustawieniach plików cookie lub naszego prawnie uzasadnionego interesu (art. 6 ust. 1 lit. f RODO);
- ustalenia, dochodzenia i obrony roszczeń – na podstawie naszego prawnie uzasadnionego interesu;
- wypełnienia obowiązków prawnych, w szczególności wynikających z przepisów podatkowych i rachunkowych – na podstawie art. 6 ust. 1 lit. c RODO.

## 4. Pliki cookie i podobne technologie

Nasze serwisy korzystają z plików cookie. Zgodnie z art. 173 ustawy z dnia 16 lipca 2004 r. – Prawo telekomunikacyjne, pliki cookie, które nie są niezbędne do działania serwisu, zapisujemy na Twoim urządzeniu wyłącznie za Twoją zgodą. Zgodę możesz w każdej chwili zmienić lub wycofać, klikając link „Ustawienia cookies” w stopce serwisu.

Korzystamy z narzędzi naszych partnerów, w tym Google Analytics, Google Ad Manager oraz platform reklamy programatycznej zrzeszonych w IAB Europe Transparency and Consent Framework. Aktualna lista partnerów jest dostępna w panelu ustawień cookies.

## 5. Odbiorcy danych

Twoje dane mogą być przekazywane podmiotom przetwarzającym je na nasze zlecenie, w szczególności dostawcom usług hostingowych i IT, firmom kurierskim i Poczcie Polskiej S.A. (w zakresie wysyłki prenumeraty), operatorowi płatności PayU S.A., biuru rachunkowemu, kancelariom prawnym oraz dostawcy systemu do wysyłki newsletterów. Dane mogą być także udostępniane naszym partnerom reklamowym, jeżeli wyraziłeś na to zgodę.

W przypadku konkursów organizowanych wspólnie z partnerami (np. fundatorami nagród) dane laureatów mogą zostać przekazane fundatorowi wyłącznie w zakresie niezbędnym do wydania nagrody, o czym informujemy w regulaminie konkursu.

Dane autorów listów, przepisów i zdjęć nadesłanych do redakcji mogą zostać opublikowane w wydaniu drukowanym i w serwisie internetowym danego tytułu w zakresie, na który autor wyraził zgodę. Zgodnie z ustawą z dnia 26 stycznia 1984 r. – Prawo prasowe redakcja ma prawo skracać i redagować nadesłane materiały.

## 6. Przekazywanie danych poza Europejski Obszar Gospodarczy

Niektórzy nasi dostawcy, np. Google, mogą przetwarzać dane poza EOG, w tym w Stanach Zjednoczonych. W takim przypadku przekazanie odbywa się na podstawie standardowych klauzul umownych zatwierdzonych przez Komisję Europejską lub decyzji stwierdzającej odpowiedni stopień ochrony.

## 7. Jak długo przechowujemy Twoje dane?

- Dane związane z prenumeratą i zakupami – przez okres obowiązywania umowy, a następnie do upływu terminu przedawnienia roszczeń oraz przez 5 lat od końca roku kalendarzowego, w którym upłynął termin płatności podatku.
- Dane przetwarzane na podstawie zgody – do czasu jej wycofania.
- Dane uczestników konkursów – przez okres trwania konkursu i rozpatrywania reklamacji, a dane laureatów – przez okres wymagany przepisami podatkowymi.
- Dane z plików cookie – przez okres wskazany w panelu ustawień cookies, nie dłużej niż 2 lata.

## 8. Twoje prawa

Przysługuje Ci prawo dostępu do swoich danych, ich sprostowania, usunięcia lub ograniczenia przetwarzania, prawo do przenoszenia danych, prawo wniesienia sprzeciwu wobec przetwarzania opartego na prawnie uzasadnionym interesie, w tym wobec marketingu bezpośredniego, a także prawo do cofnięcia zgody w dowolnym momencie, bez wpływu na zgodność z prawem przetwarzania dokonanego przed jej cofnięciem.

Masz również prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 Warszawa).

Żądania dotyczące Twoich danych możesz przesłać na adres [iod@mozaikamedia.pl](mailto:iod@mozaikamedia.pl) lub listownie na adres siedziby Wydawcy. Odpowiemy bez zbędnej zwłoki, nie później niż w ciągu miesiąca od otrzymania żądania. W razie wątpliwości co do Twojej tożsamości możemy poprosić o dodatkowe informacje.

W zakresie, w jakim przetwarzamy dane w celach dziennikarskich, stosowanie niektórych przepisów RODO jest wyłączone na podstawie art. 2 ust. 1 ustawy o ochronie danych osobowych.

Stosujemy odpowiednie środki techniczne i organizacyjne, w tym szyfrowanie połączeń, kontrolę dostępu i regularne kopie zapasowe, aby zabezpieczyć Twoje dane przed utratą, zniszczeniem i nieuprawnionym dostępem.

## 9. Dobrowolność podania danych

Podanie danych jest dobrowolne, jednak w przypadku prenumeraty, zakupów i udziału w konkursach jest niezbędne do zawarcia i wykonania umowy. Nie podejmujemy wobec Ciebie decyzji opartych wyłącznie na zautomatyzowanym przetwarzaniu, w tym profilowaniu, które wywoływałyby skutki prawne.

## 10. Zmiany Polityki prywatności

Polityka prywatności może być aktualizowana. O istotnych zmianach poinformujemy w serwisach oraz, w przypadku Prenumeratorów, drogą mailową.
"""

EDITS = [
    {"note": "payment operator PayU replaced by Przelewy24 (PayPro S.A.), date not changed", "bump": False,
     "repl": [("operatorowi płatności PayU S.A.,", "operatorowi płatności PayPro S.A. (Przelewy24),")]},
    {"note": "title 'Wędkarz Polski' sold: removed from the list; sentence on transferred subscriber data added",
     "repl": [("- „Wędkarz Polski” – miesięcznik oraz serwis wedkarzpolski.pl;\n", ""),
              ("- „Podróże bez Granic” – dwumiesięcznik oraz serwis podrozebezgranic.pl.",
               "- „Podróże bez Granic” – dwumiesięcznik oraz serwis podrozebezgranic.pl.\n\n"
               "Z dniem 1 marca 2023 r. tytuł „Wędkarz Polski” wraz z serwisem wedkarzpolski.pl został nabyty przez Wydawnictwo Rybak Sp. z o.o. z siedzibą w Poznaniu, które stało się administratorem danych prenumeratorów tego tytułu.")]},
    {"note": "new title 'Dom Pasywny' (quarterly + domopasywny.pl) added to the list",
     "repl": [("- „Podróże bez Granic” – dwumiesięcznik oraz serwis podrozebezgranic.pl.",
               "- „Podróże bez Granic” – dwumiesięcznik oraz serwis podrozebezgranic.pl;\n- „Dom Pasywny” – kwartalnik oraz serwis dompasywny.pl.")]},
    {"note": "IOD now external (Kancelaria Ochrony Danych), plus retention of e-subscription login data; profiling sentence reworded",
     "repl": [("Wyznaczyliśmy Inspektora Ochrony Danych, z którym", "Wyznaczyliśmy Inspektora Ochrony Danych – p. Annę Wróblewską z Kancelarii Ochrony Danych Wróblewska i Wspólnicy – z którym"),
              ("- Dane przetwarzane na podstawie zgody – do czasu jej wycofania.",
               "- Dane przetwarzane na podstawie zgody – do czasu jej wycofania.\n- Dane konta użytkownika i e-prenumeraty – do czasu usunięcia konta, a konta nieaktywne przez 3 lata usuwamy po uprzednim powiadomieniu.")]},
    {"note": "cookies: legal basis updated from art. 173 Prawo telekomunikacyjne to art. 399 Prawo komunikacji elektronicznej (in force 10 Nov 2024)",
     "repl": [("Zgodnie z art. 173 ustawy z dnia 16 lipca 2004 r. – Prawo telekomunikacyjne,",
               "Zgodnie z art. 399 ustawy z dnia 12 lipca 2024 r. – Prawo komunikacji elektronicznej,")]},
]

COVERS = [("Kuchnia i Smak", "kuchnia-i-smak", 12), ("Mój Piękny Ogród", "moj-piekny-ogrod", 12),
          ("Auto Moto Plus", "auto-moto-plus", 24), ("Zdrowie na Co Dzień", "zdrowie-na-co-dzien", 12),
          ("Podróże bez Granic", "podroze-bez-granic", 6)]
PROMO = ["Prenumerata roczna z rabatem 30%", "Prezent dla prenumeratorów: kalendarz ogrodnika",
         "E-wydanie za 9,99 zł miesięcznie", "Zamów prenumeratę na prezent!"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["covers"] = tuple(rng.sample(range(len(COVERS)), 4))
    s["promo"] = rng.randrange(len(PROMO))
    s["gam"] = (C.hexs(rng, 8), rng.randint(10 ** 12, 10 ** 13 - 1))
    s["nonce"] = C.hexs(rng, 10)
    s["cookiebot"] = (C.b64tok(rng, 18), rng.randint(4, 9))
    s["wp"] = C.keep_or(rng, prev.get("wp"), 0.3, lambda: ("6.%d.%d" % (min(8, max(0, when.year - 2021) * 2 + rng.randint(0, 1)), rng.randint(0, 3)),
                                                         C.hexs(rng, 6)))
    return s


LABELS = {"covers": "'Najnowsze wydania' covers carousel", "promo": "subscription promo variant", "gam": "Ad Manager slot ids / correlator",
          "nonce": "newsletter form _wpnonce", "cookiebot": "Cookiebot dialog consent id / version", "wp": "WordPress / theme asset versions"}


def render(s, blocks, when):
    h1, rest = blocks[0], blocks[1:]
    wpv, th = s["wp"]
    covers = ""
    for k in s["covers"]:
        name, slug, per_year = COVERS[k]
        nr = 1 + ((when.month - 1) * per_year) // 12
        covers += ('<li class="wp-block-post cover"><a href="https://mozaikamedia.pl/wydania/%s-%d-%d/"><img loading="lazy" '
                   'src="https://mozaikamedia.pl/wp-content/uploads/%d/%02d/%s-%d-%d-okladka-300x400.jpg" alt="%s %d/%d"></a>'
                   '<p class="cover__title">%s nr %d/%d</p></li>' % (slug, nr, when.year, when.year, when.month, slug, nr, when.year,
                                                                      name, nr, when.year, name, nr, when.year))
    gid, corr = s["gam"]
    cid, cbv = s["cookiebot"]
    return ('<!DOCTYPE html>\n<html lang="pl-PL">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="5f0c3e19-7a2d-4b8e-9c61-2e4d8a7b1f30" data-blockingmode="auto" type="text/javascript"></script>\n'
            '<title>Polityka prywatności &#8211; Mozaika Media</title>\n<meta name="robots" content="max-image-preview:large">\n'
            '<link rel="canonical" href="%s">\n<meta name="generator" content="WordPress %s">\n'
            '<link rel="stylesheet" id="mozaika-style-css" href="https://mozaikamedia.pl/wp-content/themes/mozaika/style.css?ver=%s" media="all">\n'
            '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>\n'
            '<script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){googletag.defineSlot("/22651204/mozaikamedia/strony_statyczne",[[750,200],[300,250]],"div-gpt-ad-%s-0").addService(googletag.pubads());googletag.pubads().set("correlator","%d");googletag.enableServices();});</script>\n'
            '</head>\n<body class="privacy-policy page-template-default page page-id-3 wp-embed-responsive">\n<div class="wp-site-blocks">\n'
            '<header class="wp-block-template-part"><div class="wp-block-group site-header is-layout-flex"><p class="wp-block-site-title"><a href="https://mozaikamedia.pl" rel="home">Mozaika Media</a></p>'
            '<nav class="wp-block-navigation is-layout-flex" aria-label="Menu"><ul class="wp-block-navigation__container">'
            '<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/nasze-tytuly/">Nasze tytuły</a></li>'
            '<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/prenumerata/">Prenumerata</a></li>'
            '<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/reklama/">Reklama</a></li>'
            '<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/o-nas/">O nas</a></li>'
            '<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/kontakt/">Kontakt</a></li></ul></nav></div></header>\n'
            '<div id="div-gpt-ad-%s-0" class="ad-billboard" style="min-height:200px"></div>\n'
            '<main class="wp-block-group is-layout-constrained"><div class="wp-block-columns is-layout-flex">'
            '<div class="wp-block-column" style="flex-basis:66.66%%">\n%s\n'
            '<div class="entry-content wp-block-post-content is-layout-constrained">\n%s\n</div>\n</div>\n'
            '<div class="wp-block-column sidebar" style="flex-basis:33.33%%"><h2 class="wp-block-heading">Najnowsze wydania</h2>'
            '<ul class="wp-block-post-template covers">%s</ul>'
            '<div class="wp-block-group promo-box"><p class="promo-box__title">%s</p><div class="wp-block-buttons"><div class="wp-block-button">'
            '<a class="wp-block-button__link wp-element-button" href="/prenumerata/">Zamów prenumeratę</a></div></div></div>'
            '<form class="newsletter-form" method="post" action="/wp-admin/admin-post.php"><input type="hidden" name="action" value="mm_newsletter">'
            '<input type="hidden" id="_wpnonce" name="_wpnonce" value="%s"><input type="hidden" name="_wp_http_referer" value="/polityka-prywatnosci/">'
            '<label for="nl-email">Zapisz się do newslettera</label><input id="nl-email" type="email" name="email"><button>Zapisz</button></form>'
            '</div></div></main>\n'
            '<footer class="wp-block-template-part"><div class="wp-block-group site-footer"><p>&copy; %d Mozaika Media Sp. z o.o.</p>'
            '<ul class="footer-links"><li><a href="/polityka-prywatnosci/">Polityka prywatności</a></li><li><a href="javascript:Cookiebot.renew()">Ustawienia cookies</a></li>'
            '<li><a href="/regulamin-sklepu/">Regulamin sklepu</a></li><li><a href="/regulamin-konkursow/">Regulaminy konkursów</a></li></ul></div></footer>\n'
            '</div>\n<div id="CybotCookiebotDialog" data-template="popup" data-consent-id="%s" lang="pl"><div class="CybotCookiebotDialogContentWrapper">'
            '<h2 id="CybotCookiebotDialogBodyContentTitle">Ta strona korzysta z ciasteczek</h2>'
            '<div id="CybotCookiebotDialogBodyContentText">Wykorzystujemy pliki cookie do spersonalizowania treści i reklam, aby oferować funkcje społecznościowe i analizować ruch w naszej witrynie.</div>'
            '<button id="CybotCookiebotDialogBodyButtonDecline">Odmowa</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Zezwól na wszystkie</button>'
            '</div><span class="CybotCookiebotDialogVersion">v2.%d</span></div>\n'
            '<script src="https://mozaikamedia.pl/wp-includes/js/dist/interactivity.min.js?ver=%s" id="wp-interactivity-js"></script>\n'
            '</body>\n</html>\n'
            % (URL, wpv, th, gid, corr, gid, C.block_html(h1, {"h1": "wp-block-post-title"}),
               C.blocks_html(rest, {"h2": "wp-block-heading", "ul": "wp-block-list"}), covers, PROMO[s["promo"]], s["nonce"], when.year,
               cid, cbv, wpv))


PAGE = {
    "service": "Mozaika Media", "url": URL, "lang": "pl-PL", "platform": "WordPress block theme + Cookiebot",
    "content_type": "text/html; charset=UTF-8",
    "n": 28, "start": dt.date(2022, 3, 1), "end": dt.date(2026, 6, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 12, 10), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".wp-block-post-title", ".entry-content"]},
}
