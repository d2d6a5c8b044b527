"""Wspólna Droga - pl-PL - a Catholic singles community on WordPress + Elementor Pro (Hello theme), Complianz,
WPForms newsletter. The policy sits in the left column of a two-column Elementor section: a heading widget and
three text-editor widgets (the editor split the long text), with a "Masz pytania?" button widget between two of
them; the right column holds "Słowo na dziś" (a shortcode widget), a members counter and a sign-up CTA. In 2024
the site is migrated from sections/columns to flexbox containers: every wrapper and data-id changes, so the
curators' declaration has a history entry (old column id until the migration, new container id after)."""
import datetime as dt
import html

import common as C

URL = "https://wspolnadroga.pl/polityka-prywatnosci/"
MIGRATION = dt.datetime(2024, 5, 14, 9, 0, 0)


def fmt_date(d):
    return d.strftime("%d.%m.%Y")


POLICY = """
# Polityka prywatności

Data ostatniej aktualizacji: {UPDATED}

Szanujemy Twoją prywatność. Wspólna Droga to serwis dla katolików, którzy szukają osoby na całe życie i chcą budować relację opartą na wspólnych wartościach. Zdajemy sobie sprawę, że powierzasz nam informacje bardzo osobiste, dlatego w tej Polityce prywatności wyjaśniamy, jakie dane przetwarzamy, w jakim celu, jak długo i jakie prawa Ci przysługują.

## 1. Administrator danych

Administratorem Twoich danych osobowych jest Wspólna Droga sp. z o.o. z siedzibą w Krakowie, ul. Kanonicza 14/3, 31-002 Kraków, wpisana do rejestru przedsiębiorców Krajowego Rejestru Sądowego pod numerem KRS 0000712345, NIP 6762543321 (dalej: "Administrator" lub "my").

W sprawach dotyczących danych osobowych możesz kontaktować się z nami pod adresem e-mail: [dane@wspolnadroga.pl](mailto:dane@wspolnadroga.pl) lub listownie na adres siedziby.

## 2. Jakie dane przetwarzamy

Podczas rejestracji podajesz: imię lub pseudonim, płeć, datę urodzenia, miejscowość, adres e-mail i hasło. W profilu możesz dodatkowo umieścić zdjęcia, opis, wykształcenie, zawód, wzrost, stan cywilny (w tym informację o stwierdzeniu nieważności małżeństwa), informację o dzieciach, zainteresowaniach, parafii lub wspólnocie, do której należysz, oraz o Twoim zaangażowaniu w życie Kościoła.

Korzystając z serwisu, tworzysz też wiadomości do innych użytkowników, listy ulubionych profili i zgłoszenia naruszeń regulaminu. Automatycznie zapisujemy adres IP, datę i godzinę logowania, rodzaj przeglądarki i urządzenia.

Jeżeli zapisujesz się na organizowane przez nas spotkania dla singli, dni skupienia lub rekolekcje, przetwarzamy także Twoje imię i nazwisko, numer telefonu, informacje o wybranym wydarzeniu, noclegu i wyżywieniu (w tym, jeśli je podasz, informacje o diecie) oraz dane do rozliczenia opłaty za udział. Gdy kontaktujesz się z nami przez formularz kontaktowy lub e-mail, przetwarzamy dane zawarte w Twojej wiadomości.

## 3. Dane szczególnej kategorii

Już samo posiadanie konta w serwisie przeznaczonym dla osób wierzących może ujawniać Twoje przekonania religijne, które są szczególną kategorią danych w rozumieniu art. 9 ust. 1 RODO. Dane te, a także informacje o praktykach religijnych, które sam umieszczasz w profilu, przetwarzamy wyłącznie na podstawie Twojej wyraźnej zgody (art. 9 ust. 2 lit. a RODO), wyrażanej przy rejestracji. Zgodę możesz w każdej chwili wycofać, usuwając konto; wycofanie zgody nie wpływa na zgodność z prawem przetwarzania dokonanego przed jej wycofaniem.

%% czesc2

## 4. Cele i podstawy prawne przetwarzania

Przetwarzamy Twoje dane:

- w celu założenia i prowadzenia konta oraz świadczenia usług serwisu, w tym prezentowania Twojego profilu i proponowania Ci osób o podobnych wartościach (art. 6 ust. 1 lit. b RODO);
- w celu obsługi płatności za Pakiet Premium oraz wystawiania faktur i rachunków (art. 6 ust. 1 lit. b i c RODO);
- w celu moderowania treści, przeciwdziałania fałszywym profilom, oszustwom i naruszeniom regulaminu, co stanowi nasz prawnie uzasadniony interes (art. 6 ust. 1 lit. f RODO);
- w celu rozpatrywania reklamacji oraz ustalenia, dochodzenia lub obrony roszczeń (art. 6 ust. 1 lit. f RODO);
- w celach analitycznych i statystycznych, z wykorzystaniem plików cookies, na podstawie Twojej zgody (art. 6 ust. 1 lit. a RODO).

Proponując Ci profile innych osób, bierzemy pod uwagę kryteria, które sam wskazałeś (wiek, odległość, stan cywilny, stosunek do wiary i praktyk religijnych), oraz Twoją aktywność w serwisie. Nie podejmujemy wobec Ciebie decyzji opierających się wyłącznie na zautomatyzowanym przetwarzaniu, które wywoływałyby skutki prawne lub w podobny sposób istotnie na Ciebie wpływały.

## 5. Moderacja i bezpieczeństwo

Każdy nowy profil i każde nowe zdjęcie są sprawdzane przez naszych moderatorów przed publikacją. Moderatorzy mogą zapoznać się z treścią wiadomości wyłącznie wtedy, gdy zostały one zgłoszone przez innego użytkownika jako naruszające regulamin. Profile osób, które nie przestrzegają zasad serwisu, są blokowane.

## 6. Odbiorcy danych

Twój profil widzą inni zalogowani użytkownicy serwisu. Wiadomości widzi wyłącznie ich adresat. Twoje dane mogą być przekazywane podmiotom przetwarzającym je na nasze zlecenie:

- dostawcy hostingu (OVH sp. z o.o., serwery w Polsce i we Francji);
- operatorowi płatności Przelewy24 (PayPro S.A., ul. Pastelowa 8, 60-198 Poznań);
- dostawcy usług poczty elektronicznej i systemu mailingowego;
- biuru rachunkowemu;
- dostawcy narzędzi analitycznych (Google Ireland Ltd), jeżeli wyraziłeś zgodę na pliki cookies analityczne.

Na żądanie uprawnionych organów, w szczególności prokuratury, policji lub sądu, udostępniamy dane w zakresie wynikającym z przepisów prawa.

Nie sprzedajemy Twoich danych i nie udostępniamy ich parafiom, wspólnotom ani innym organizacjom kościelnym. Jeżeli zapiszesz się na organizowane przez nas spotkanie lub rekolekcje, Twoje imię, nazwisko i numer telefonu przekażemy wyłącznie prowadzącemu dom rekolekcyjny, w zakresie niezbędnym do zakwaterowania.

%% czesc3

## 7. Okres przechowywania danych

Dane przechowujemy przez czas posiadania konta. Po usunięciu konta profil przestaje być widoczny natychmiast, a dane usuwamy w ciągu 30 dni. Wiadomości wysłane przez Ciebie do innych użytkowników przechowujemy przez 12 miesięcy od usunięcia konta, aby móc rozpatrzyć ewentualne zgłoszenia nadużyć. Dane rozliczeniowe przechowujemy przez 5 lat od końca roku, w którym nastąpiła płatność, zgodnie z przepisami podatkowymi. Konta nieaktywne przez 3 lata usuwamy po uprzednim powiadomieniu e-mailem.

## 8. Twoje prawa

Przysługuje Ci prawo dostępu do danych, ich sprostowania, usunięcia, ograniczenia przetwarzania, przenoszenia danych oraz wniesienia sprzeciwu wobec przetwarzania opartego na prawnie uzasadnionym interesie. Jeżeli przetwarzanie odbywa się na podstawie zgody, możesz ją w każdej chwili wycofać.

Aby skorzystać ze swoich praw, napisz na adres [dane@wspolnadroga.pl](mailto:dane@wspolnadroga.pl) z adresu e-mail przypisanego do konta. Odpowiemy bez zbędnej zwłoki, nie później niż w ciągu miesiąca od otrzymania żądania. Kopię swoich danych możesz też pobrać samodzielnie w zakładce "Moje konto" > "Moje dane".

Masz również prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 Warszawa), jeżeli uważasz, że przetwarzanie Twoich danych narusza przepisy RODO.

## 9. Pliki cookies

Serwis wykorzystuje pliki cookies niezbędne do działania strony i logowania. Pliki cookies analityczne i marketingowe stosujemy tylko za Twoją zgodą, którą wyrażasz lub wycofujesz w banerze cookies albo w ustawieniach przeglądarki. Szczegóły znajdziesz w [Polityce cookies](/polityka-cookies/).

## 10. Przekazywanie danych poza EOG

Co do zasady nie przekazujemy danych poza Europejski Obszar Gospodarczy. Jeżeli korzystamy z narzędzi dostawców mających siedzibę w USA, przekazanie odbywa się na podstawie standardowych klauzul umownych zatwierdzonych przez Komisję Europejską.

## 11. Zmiany Polityki prywatności

O istotnych zmianach tej Polityki poinformujemy Cię e-mailem lub komunikatem po zalogowaniu.
"""

EDITS = [
    {"note": "profile verification: optional selfie + short video call with a moderator ('Zweryfikowany' badge), deleted after 14 days",
     "repl": [("Profile osób, które nie przestrzegają zasad serwisu, są blokowane.",
               "Profile osób, które nie przestrzegają zasad serwisu, są blokowane.\n\n"
               "Możesz dobrowolnie zweryfikować swój profil, aby otrzymać odznakę \"Zweryfikowany\". W tym celu przesyłasz zdjęcie twarzy z kartką z podanym przez nas kodem albo odbywasz krótką rozmowę wideo z moderatorem. Zdjęcie weryfikacyjne nie jest widoczne dla innych użytkowników i usuwamy je po 14 dniach od zakończenia weryfikacji. Rozmowy wideo nie są nagrywane.")]},
    {"note": "payments: Przelewy24 replaced by PayU (BLIK, cards, transfers)",
     "repl": [("- operatorowi płatności Przelewy24 (PayPro S.A., ul. Pastelowa 8, 60-198 Poznań);",
               "- operatorowi płatności PayU S.A. (ul. Grunwaldzka 186, 60-166 Poznań), który obsługuje płatności BLIK, kartą i szybkim przelewem;")]},
    {"note": "silent: messages kept 6 months (not 12) after account deletion (date not bumped)", "bump": False,
     "repl": [("przechowujemy przez 12 miesięcy od usunięcia konta", "przechowujemy przez 6 miesięcy od usunięcia konta")]},
    {"note": "DSA: new section 'Punkt kontaktowy i zgłaszanie nielegalnych treści' (contact point, notice-and-action, statement of reasons)",
     "repl": [("## 7. Okres przechowywania danych", "## 7. Punkt kontaktowy i zgłaszanie nielegalnych treści\n\n"
               "Zgodnie z rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2022/2065 (akt o usługach cyfrowych) wyznaczyliśmy punkt kontaktowy dla organów państw członkowskich, Komisji Europejskiej i użytkowników: [dsa@wspolnadroga.pl](mailto:dsa@wspolnadroga.pl). Komunikujemy się w języku polskim i angielskim. Nielegalne treści możesz zgłosić przyciskiem \"Zgłoś\" przy profilu lub wiadomości. Jeżeli zablokujemy Twój profil lub usuniemy treść, przekażemy Ci uzasadnienie i informację o możliwości odwołania.\n\n"
               "## 8. Okres przechowywania danych"),
              ("## 8. Twoje prawa", "## 9. Twoje prawa"), ("## 9. Pliki cookies", "## 10. Pliki cookies"),
              ("## 10. Przekazywanie danych poza EOG", "## 11. Przekazywanie danych poza EOG"),
              ("## 11. Zmiany Polityki prywatności", "## 12. Zmiany Polityki prywatności")]},
    {"note": "newsletter 'Słowo na niedzielę' with consent and FreshMail named as processor",
     "repl": [("- w celach analitycznych i statystycznych,",
               "- w celu wysyłki newslettera \"Słowo na niedzielę\" z rozważaniem niedzielnej Ewangelii i informacjami o spotkaniach organizowanych przez Wspólną Drogę, na podstawie Twojej zgody (art. 6 ust. 1 lit. a RODO);\n- w celach analitycznych i statystycznych,"),
              ("- dostawcy usług poczty elektronicznej i systemu mailingowego;",
               "- dostawcy usług poczty elektronicznej oraz systemu mailingowego FreshMail sp. z o.o. (Kraków), za pomocą którego wysyłamy newsletter;")]},
]

VERSES = [("Miłość cierpliwa jest, łaskawa jest.", "1 Kor 13, 4"),
          ("Gdzie są dwaj albo trzej zebrani w imię moje, tam jestem pośród nich.", "Mt 18, 20"),
          ("Nie jest dobrze, żeby mężczyzna był sam.", "Rdz 2, 18"),
          ("Wszystko mogę w Tym, który mnie umacnia.", "Flp 4, 13"),
          ("Miłość nigdy nie ustaje.", "1 Kor 13, 8"),
          ("Pan jest moim pasterzem, niczego mi nie braknie.", "Ps 23, 1"),
          ("Połóż mnie jak pieczęć na twoim sercu.", "Pnp 8, 6"),
          ("Radujcie się zawsze w Panu.", "Flp 4, 4"),
          ("Jeden drugiego brzemiona noście.", "Ga 6, 2")]
STORIES = [("Agnieszka i Tomasz", "Poznaliśmy się na Wspólnej Drodze w Adwencie, ślub wzięliśmy w Częstochowie."),
           ("Magdalena i Paweł", "Połączyła nas pielgrzymka na Jasną Górę i wspólne Roraty."),
           ("Kasia i Michał", "Po roku rozmów i spotkań powiedzieliśmy sobie sakramentalne tak."),
           ("Ewa i Krzysztof", "Oboje szukaliśmy kogoś, kto traktuje wiarę poważnie. Znaleźliśmy się."),
           ("Joanna i Marcin", "Dziękujemy Bogu i Wspólnej Drodze za naszą rodzinę.")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["verse"] = (when.toordinal() * 7) % len(VERSES)
    s["nonce"] = (C.hexs(rng, 10), C.hexs(rng, 10))
    s["members"] = (prev.get("members") or 21840) + rng.randint(20, 260)
    s["story"] = rng.randrange(len(STORIES))
    s["layout"] = "containers" if when >= MIGRATION else "sections"
    el = "3.5.6" if when < dt.datetime(2022, 3, 1) else "3.11.5" if when < dt.datetime(2023, 5, 1) else \
        "3.16.4" if when < MIGRATION else "3.21.8" if when < dt.datetime(2025, 1, 20) else "3.27.6"
    s["versions"] = (el, C.keep_or(rng, (prev.get("versions") or (0, None))[1], 0.3, lambda: "6.%d.%d" % (rng.randint(3, 8), rng.randint(0, 3))))
    s["cmplz"] = C.keep_or(rng, prev.get("cmplz"), 0.2, lambda: rng.randint(10, 60))
    s["advent"] = (when.month == 12 and when.day < 25) or (when.month == 11 and when.day > 26)
    return s


LABELS = {
    "verse": "'Słowo na dziś' verse of the day (shortcode widget)",
    "nonce": "WPForms / wp-api nonces",
    "members": "members counter widget",
    "story": "testimonial carousel first slide",
    "layout": "Elementor sections/columns -> flexbox containers migration",
    "versions": "Elementor / WordPress asset ?ver= strings",
    "cmplz": "Complianz banner version",
    "advent": "Advent retreat promo bar",
}

OLD_COL, NEW_CON = "3a1d6e2", "9c4e2b7"


def gold_md(blocks):
    return C.blocks_md(C.without_markers(blocks), URL)


def widget(eid, wtype, inner, containers):
    w = ('<div class="elementor-element elementor-element-%s elementor-widget elementor-widget-%s" data-id="%s" data-element_type="widget" data-widget_type="%s.default">'
         % (eid, wtype, eid, wtype))
    if containers and wtype in ("heading", "button", "shortcode", "counter"):
        return w + inner + "</div>"  # Elementor's optimized markup drops the inner wrapper on these
    return w + '<div class="elementor-widget-container">' + inner + "</div></div>"


def render(s, blocks, when):
    segs = C.segments(blocks)
    cont = s["layout"] == "containers"
    el, wp = s["versions"]
    h1 = blocks[0][1]
    head = segs["head"][1:]
    texts = [C.blocks_html(head), C.blocks_html(segs["czesc2"]), C.blocks_html(segs["czesc3"])]
    ids = ("51f0c2a", "6b2e9d4", "e81a7c3") if not cont else ("2d7f1b0", "a94c5e8", "f03b6d1")
    left = [widget("4c8b1f2" if not cont else "7e5a0c9", "heading", '<h1 class="elementor-heading-title elementor-size-default">%s</h1>' % html.escape(h1), cont),
            widget(ids[0], "text-editor", texts[0], cont), widget(ids[1], "text-editor", texts[1], cont),
            widget("b7d21e0" if not cont else "c6e1f47", "button",
                   '<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/kontakt/"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">Masz pytania o swoje dane? Napisz do nas</span></span></a></div>', cont),
            widget(ids[2], "text-editor", texts[2], cont)]
    vt, vr = VERSES[s["verse"]]
    right = [widget("0f9e3a1" if not cont else "18b9e22", "shortcode",
                    '<div class="elementor-shortcode"><div class="slowo-na-dzis"><h4>Słowo na dziś</h4><blockquote>%s</blockquote><cite>%s</cite></div></div>' % (vt, vr), cont),
             widget("d3c7a85" if not cont else "5a2f8c3", "counter",
                    '<div class="elementor-counter"><div class="elementor-counter-title">Członków wspólnoty</div><div class="elementor-counter-number-wrapper">'
                    '<span class="elementor-counter-number" data-duration="2000" data-to-value="%d" data-from-value="0" data-delimiter=" ">%s</span></div></div>'
                    % (s["members"], "{:,}".format(s["members"]).replace(",", " ")), cont),
             widget("8e4d1b6" if not cont else "b0d3e95", "call-to-action",
                    '<div class="elementor-cta"><div class="elementor-cta__content"><h2 class="elementor-cta__title">Dołącz do Wspólnej Drogi</h2>'
                    '<div class="elementor-cta__description">Rejestracja jest bezpłatna. Ponad 2 400 par poznało się u nas.</div>'
                    '<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button elementor-size-" href="/rejestracja/">Załóż konto</a></div></div></div>', cont)]
    if not cont:
        main = ('<section class="elementor-section elementor-top-section elementor-element elementor-element-5b2c9f1 elementor-section-boxed elementor-section-height-default elementor-section-height-default" data-id="5b2c9f1" data-element_type="section">'
                '<div class="elementor-container elementor-column-gap-wide">'
                '<div class="elementor-column elementor-col-66 elementor-top-column elementor-element elementor-element-%s" data-id="%s" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">%s</div></div>'
                '<div class="elementor-column elementor-col-33 elementor-top-column elementor-element elementor-element-71c0d8e" data-id="71c0d8e" data-element_type="column" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="elementor-widget-wrap elementor-element-populated">%s</div></div>'
                '</div></section>' % (OLD_COL, OLD_COL, "".join(left), "".join(right)))
    else:
        main = ('<div class="elementor-element elementor-element-1e6f0a3 e-flex e-con-boxed e-con e-parent" data-id="1e6f0a3" data-element_type="container"><div class="e-con-inner">'
                '<div class="elementor-element elementor-element-%s e-con-full e-flex e-con e-child" data-id="%s" data-element_type="container">%s</div>'
                '<div class="elementor-element elementor-element-44ab2f9 e-con-full e-flex e-con e-child" data-id="44ab2f9" data-element_type="container" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">%s</div>'
                '</div></div>' % (NEW_CON, NEW_CON, "".join(left), "".join(right)))
    who, quote = STORIES[s["story"]]
    stories = ('<div class="elementor-element elementor-element-2b8e7f0 elementor-widget elementor-widget-testimonial-carousel" data-id="2b8e7f0" data-element_type="widget" data-widget_type="testimonial-carousel.default">'
               '<div class="elementor-widget-container"><div class="elementor-swiper"><div class="elementor-main-swiper swiper"><div class="swiper-wrapper">%s</div></div></div></div></div>'
               % "".join('<div class="swiper-slide"><div class="elementor-testimonial"><div class="elementor-testimonial__content"><div class="elementor-testimonial__text">%s</div></div>'
                         '<cite class="elementor-testimonial__cite"><span class="elementor-testimonial__name">%s</span></cite></div></div>' % (q, w)
                         for w, q in STORIES[s["story"]:] + STORIES[:s["story"]]))
    advent = ('<div class="pasek-promo">Rekolekcje adwentowe dla singli - Kraków, 13-15 grudnia. <a href="/rekolekcje-adwentowe/">Zapisz się</a></div>' if s["advent"] else "")
    n1, n2 = s["nonce"]
    return ('<!doctype html>\n<html lang="pl-PL">\n<head>\n\t<meta charset="UTF-8">\n\t<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            "\t<link rel=\"profile\" href=\"https://gmpg.org/xfn/11\">\n\t<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />\n\n"
            '\t<!-- This site is optimized with the Yoast SEO plugin v22.%d - https://yoast.com/wordpress/plugins/seo/ -->\n\t<title>Polityka prywatności - Wspólna Droga</title>\n'
            '\t<link rel="canonical" href="%s" />\n\t<!-- / Yoast SEO plugin. -->\n\n'
            "<link rel='stylesheet' id='hello-elementor-css' href='https://wspolnadroga.pl/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all' />\n"
            "<link rel='stylesheet' id='elementor-frontend-css' href='https://wspolnadroga.pl/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=%s' media='all' />\n"
            "<link rel='stylesheet' id='elementor-post-412-css' href='https://wspolnadroga.pl/wp-content/uploads/elementor/css/post-412.css?ver=%d' media='all' />\n"
            "<link rel='stylesheet' id='cmplz-general-css' href='https://wspolnadroga.pl/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=%d' media='all' />\n"
            '<meta name="generator" content="WordPress %s" />\n<meta name="generator" content="Elementor %s; features: e_font_icon_svg, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">\n'
            '</head>\n<body class="privacy-policy page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412">\n\n'
            '<a class="skip-link screen-reader-text" href="#content">Przejdź do treści</a>\n%s\n'
            '<div data-elementor-type="header" data-elementor-id="58" class="elementor elementor-58 elementor-location-header" data-elementor-post-type="elementor_library">'
            '<nav class="elementor-nav-menu--main"><ul id="menu-1-glowne" class="elementor-nav-menu"><li class="menu-item"><a href="https://wspolnadroga.pl/" class="elementor-item">Strona główna</a></li>'
            '<li class="menu-item"><a href="https://wspolnadroga.pl/jak-to-dziala/" class="elementor-item">Jak to działa</a></li><li class="menu-item"><a href="https://wspolnadroga.pl/spotkania/" class="elementor-item">Spotkania i rekolekcje</a></li>'
            '<li class="menu-item"><a href="https://wspolnadroga.pl/swiadectwa/" class="elementor-item">Świadectwa</a></li><li class="menu-item"><a href="https://wspolnadroga.pl/premium/" class="elementor-item">Pakiet Premium</a></li>'
            '<li class="menu-item"><a href="https://wspolnadroga.pl/logowanie/" class="elementor-item">Zaloguj się</a></li></ul></nav></div>\n'
            '<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">\n%s\n%s\n</div>\n'
            '<footer data-elementor-type="footer" data-elementor-id="61" class="elementor elementor-61 elementor-location-footer" data-elementor-post-type="elementor_library">'
            '<div class="stopka"><p>Wspólna Droga sp. z o.o. &middot; ul. Kanonicza 14/3, 31-002 Kraków</p>'
            '<p><a href="/regulamin/">Regulamin</a> | <a href="/polityka-prywatnosci/">Polityka prywatności</a> | <a href="/polityka-cookies/">Polityka cookies</a> | <a href="#" class="cmplz-show-banner">Zarządzaj zgodami</a></p>'
            '<form id="wpforms-form-733" class="wpforms-validate wpforms-form" data-formid="733" method="post" action="/polityka-prywatnosci/"><label>Zapisz się na "Słowo na niedzielę"</label>'
            '<input type="email" name="wpforms[fields][1]"><input type="hidden" name="wpforms[id]" value="733"><input type="hidden" name="wpforms[nonce]" value="%s">'
            '<button type="submit" name="wpforms[submit]" class="wpforms-submit">Zapisuję się</button></form><p>&copy; %d Wspólna Droga</p></div></footer>\n\n'
            '<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">'
            '<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Zarządzaj zgodą na pliki cookie</div></div>'
            '<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">Aby zapewnić jak najlepsze wrażenia, korzystamy z technologii, takich jak pliki cookie, do przechowywania i/lub uzyskiwania dostępu do informacji o urządzeniu.</div></div>'
            '<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Akceptuję</button><button class="cmplz-btn cmplz-deny">Odmów</button><button class="cmplz-btn cmplz-view-preferences">Zobacz preferencje</button></div></div></div>\n'
            '<script id="wp-api-fetch-js-after">\nwp.apiFetch.use( wp.apiFetch.createRootURLMiddleware( "https://wspolnadroga.pl/wp-json/" ) );\nwp.apiFetch.nonceMiddleware = wp.apiFetch.createNonceMiddleware( "%s" );\n</script>\n'
            "<script id='cmplz-cookiebanner-js-extra'>\nvar complianz = {\"prefix\":\"cmplz_\",\"user_banner_id\":\"1\",\"set_cookies\":[],\"block_ajax_content\":\"\",\"banner_version\":\"%d\",\"version\":\"7.0.%d\",\"region\":\"eu\"};\n</script>\n"
            "<script src='https://wspolnadroga.pl/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=%s' id='elementor-frontend-js'></script>\n"
            '</body>\n</html>\n'
            % (int(el.split(".")[1]) % 9, URL, el, 1700000000 + s["cmplz"] * 1000 + (1 if cont else 0), s["cmplz"], wp, el, advent, main, stories, n1, when.year, n2,
               s["cmplz"], s["cmplz"] % 5, el))


PAGE = {
    "service": "Wspólna Droga", "url": URL, "lang": "pl-PL", "platform": "WordPress + Elementor Pro (Hello theme), Complianz",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2021, 9, 1), "end": dt.date(2026, 5, 20),
    "policy": POLICY, "first_updated": dt.date(2021, 5, 24), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": [".elementor-element-%s" % NEW_CON], "remove": [".elementor-widget-button"]},
    "history": [{"fetch": URL, "select": [".elementor-element-%s" % OLD_COL], "remove": [".elementor-widget-button"],
                 "validUntil": MIGRATION.strftime("%Y-%m-%dT%H:%M:%SZ")}],
}
