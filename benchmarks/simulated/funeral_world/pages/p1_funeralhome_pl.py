"""Klepsydra (Polish funeral home, Kraków), WordPress 6 + Hello Elementor + Elementor Pro (theme-builder header and
footer, text-editor widget), Complianz GDPR banner, LiteSpeed Cache on a Polish shared host. The page was rebuilt
with Elementor's Flexbox containers in May 2024 (new element ids: declaration history)."""
import datetime as dt
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fwkit as K  # noqa: E402
from fwkit import C  # noqa: E402

POLICY = """
# Polityka prywatności

Data ostatniej aktualizacji: {UPDATED}

Szanujemy Państwa prywatność, zwłaszcza w trudnym czasie żałoby. Niniejsza polityka prywatności wyjaśnia, w jaki sposób Zakład Pogrzebowy Klepsydra przetwarza dane osobowe osób zlecających organizację pogrzebu, członków rodzin osób zmarłych, osób publikujących kondolencje oraz użytkowników strony www.klepsydra-krakow.pl.

## 1. Administrator danych

Administratorem Państwa danych osobowych jest:

@ Zakład Pogrzebowy Klepsydra Sp. z o.o.
@ ul. Prandoty 14
@ 31-202 Kraków
@ NIP 945-218-44-07, KRS 0000417352

We wszystkich sprawach dotyczących danych osobowych można kontaktować się z nami pisząc na adres [rodo@klepsydra-krakow.pl](mailto:rodo@klepsydra-krakow.pl) lub dzwoniąc pod numer 12 633 41 20 (w dni robocze w godz. 8:00–16:00). Całodobowy numer dyżurny 601 200 300 służy wyłącznie do zgłaszania zgonów i przewozu zmarłych.

## 2. Jakie dane przetwarzamy

| Kategoria osób | Zakres danych |
| Osoba zlecająca usługę pogrzebową | imię i nazwisko, adres, numer PESEL, numer telefonu, adres e-mail, stopień pokrewieństwa z osobą zmarłą, numer rachunku bankowego do rozliczenia zasiłku pogrzebowego |
| Osoba zmarła (w zakresie niezbędnym do organizacji pochówku) | imię i nazwisko, data i miejsce urodzenia oraz zgonu, numer aktu zgonu, wyznanie (jeżeli ma wpływ na rodzaj ceremonii) |
| Osoby publikujące kondolencje i wpisy w księdze pamięci | imię lub podpis, treść wpisu, adres e-mail, adres IP |
| Użytkownicy strony internetowej | adres IP, dane z plików cookies, dane przekazane w formularzu kontaktowym |

Dane osób zmarłych nie są danymi osobowymi w rozumieniu RODO. Przetwarzamy je jednak z należytą starannościa, z poszanowaniem pamięci zmarłego oraz uczuć jego bliskich.

## 3. Cele i podstawy prawne przetwarzania

- organizacja i przeprowadzenie ceremonii pogrzebowej, przewóz zmarłego, kremacja i pochówek – na podstawie zawartej umowy (art. 6 ust. 1 lit. b RODO),
- rozliczenie zasiłku pogrzebowego z Zakładem Ubezpieczeń Społecznych lub KRUS na podstawie upoważnienia udzielonego przez osobę zlecającą – art. 6 ust. 1 lit. c RODO,
- wystawianie faktur i prowadzenie dokumentacji księgowej – art. 6 ust. 1 lit. c RODO w związku z przepisami podatkowymi,
- publikacja nekrologów, klepsydr i informacji o terminie pogrzebu na naszej stronie – na podstawie zgody rodziny (art. 6 ust. 1 lit. a RODO),
- moderowanie kondolencji i wpisów w księdze pamięci – na podstawie naszego prawnie uzasadnionego interesu (art. 6 ust. 1 lit. f RODO),
- ustalenie, dochodzenie roszczeń i obrona przed roszczeniami – art. 6 ust. 1 lit. f RODO.

## 4. Odbiorcy danych

Dane mogą być przekazywane wyłącznie podmiotom, które uczestniczą w realizacji usługi lub świadczą na naszą rzecz usługi techniczne:

- zarządcom cmentarzy i parafiom, w zakresie niezbędnym do rezerwacji miejsca i terminu pochówku,
- krematoriom, z którymi współpracujemy,
- urzędom stanu cywilnego oraz ZUS i KRUS,
- kwiaciarniom i wykonawcom nagrobków, jeżeli zamówili Państwo u nas te usługi,
- biuru rachunkowemu prowadzącemu naszą księgowość,
- dostawcy hostingu strony internetowej i poczty elektronicznej (home.pl S.A.).

Nie przekazujemy danych do państw spoza Europejskiego Obszaru Gospodarczego.

## 5. Nekrologi i księga kondolencyjna

Nekrolog publikujemy wyłącznie za zgodą osoby zlecającej pogrzeb i w zakresie przez nią wskazanym. Nekrolog pozostaje na stronie przez 12 miesięcy od dnia pogrzebu, a następnie jest usuwany wraz z wpisami w księdze kondolencyjnej. Rodzina może w każdej chwili poprosić o wcześniejsze usunięcie nekrologu lub poszczególnych wpisów.

Wpisy w księdze kondolencyjnej publikujemy po ich zatwierdzeniu przez moderatora. Adres e-mail osoby dokonującej wpisu nie jest publikowany.

## 6. Okres przechowywania danych

- dokumentację usługi pogrzebowej i faktury przechowujemy przez 5 lat od końca roku kalendarzowego, w którym wykonano usługę,
- dokumenty związane z rozliczeniem zasiłku pogrzebowego przechowujemy przez 5 lat,
- dane z formularza kontaktowego przechowujemy przez 6 miesięcy od zakończenia korespondencji,
- dane przetwarzane na podstawie zgody przechowujemy do czasu jej wycofania.

## 7. Prawa osób, których dane dotyczą

Przysługuje Państwu prawo dostępu do danych, ich sprostowania, usunięcia lub ograniczenia przetwarzania, prawo do przenoszenia danych, prawo wniesienia sprzeciwu wobec przetwarzania opartego na prawnie uzasadnionym interesie oraz prawo do cofnięcia zgody w dowolnym momencie, bez wpływu na zgodność z prawem przetwarzania dokonanego przed jej cofnięciem. Przysługuje Państwu także prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 Warszawa).

## 8. Pliki cookies

Strona korzysta z niezbędnych plików cookies oraz – za Państwa zgodą – z plików cookies analitycznych Google Analytics. Zgodę można zmienić w dowolnym momencie w ustawieniach plików cookies dostępnych w stopce strony.
"""

EDITS = [
    {"note": "recipient added to the list: SMS notification operator (SMSAPI)",
     "repl": [("- biuru rachunkowemu prowadzącemu naszą księgowość,",
               "- biuru rachunkowemu prowadzącemu naszą księgowość,\n"
               "- operatorowi bramki SMS, za pomocą której przypominamy o terminie ceremonii (LINK Mobility Poland "
               "Sp. z o.o., usługa SMSAPI),")]},
    {"note": "office phone number changed, date unchanged", "bump": False,
     "repl": [("pod numer 12 633 41 20 (w dni", "pod numer 12 350 77 10 (w dni")]},
    {"note": "obituaries kept 24 months instead of 12",
     "repl": [("przez 12 miesięcy od dnia pogrzebu", "przez 24 miesiące od dnia pogrzebu")]},
    {"note": "typo fixed (starannościa), date unchanged", "bump": False,
     "repl": [("z należytą starannościa,", "z należytą starannością,")]},
    {"note": "section added: online streaming of funeral ceremonies",
     "repl": [("## 6. Okres przechowywania danych",
               "## 6. Transmisje ceremonii pogrzebowych\n\n"
               "Na życzenie rodziny transmitujemy ceremonię pogrzebową w internecie. Link do transmisji "
               "przekazujemy wyłącznie osobie zlecającej, która decyduje, komu go udostępnić. Kamera obejmuje "
               "kapłana lub mistrza ceremonii i trumnę lub urnę; staramy się nie pokazywać twarzy uczestników. "
               "Nagranie ceremonii przechowujemy przez 30 dni, a następnie je usuwamy.\n\n"
               "## 7. Okres przechowywania danych"),
              ("## 7. Prawa osób, których dane dotyczą", "## 8. Prawa osób, których dane dotyczą"),
              ("## 8. Pliki cookies", "## 9. Pliki cookies")]},
    {"note": "table cell changed: condolence authors may give a phone number",
     "repl": [("imię lub podpis, treść wpisu, adres e-mail, adres IP |",
               "imię lub podpis, treść wpisu, adres e-mail, numer telefonu (opcjonalnie), adres IP |")]},
]


def fmt_date(d):
    return "%d %s %d r." % (d.day, K.MONTHS["pl_gen"][d.month - 1], d.year)


MIGRATION = dt.datetime(2024, 5, 14, 9, 0, 0)  # Flexbox containers, new element ids

ELEMENTOR = [(dt.date(2023, 1, 1), "3.11.2", "3.11.1"), (dt.date(2023, 4, 20), "3.12.2", "3.12.1"),
             (dt.date(2023, 7, 3), "3.14.1", "3.14.1"), (dt.date(2023, 10, 2), "3.16.4", "3.16.1"),
             (dt.date(2024, 1, 8), "3.18.3", "3.18.2"), (dt.date(2024, 4, 2), "3.20.3", "3.20.2"),
             (dt.date(2024, 6, 25), "3.22.3", "3.22.1"), (dt.date(2024, 9, 30), "3.24.4", "3.24.2"),
             (dt.date(2024, 12, 9), "3.25.11", "3.25.3")]

M_NAMES = ["Jan", "Stanisław", "Józef", "Kazimierz", "Tadeusz", "Zbigniew", "Andrzej", "Henryk", "Marian", "Ryszard",
           "Wiesław", "Jerzy", "Zdzisław", "Edward", "Czesław", "Władysław"]
F_NAMES = ["Maria", "Krystyna", "Barbara", "Zofia", "Janina", "Helena", "Danuta", "Halina", "Irena", "Stanisława",
           "Teresa", "Jadwiga", "Elżbieta", "Genowefa", "Anna", "Bronisława"]
SURNAMES = ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański",
            "Woźniak", "Dąbrowski", "Mazur", "Krawczyk", "Piątek", "Pawlik", "Kozioł", "Bednarz", "Gawron", "Sowa",
            "Pietrzyk", "Zając", "Mróz", "Nowicki", "Sikora", "Duda"]
CHURCHES = ["w kościele św. Floriana", "w kościele Arka Pana w Nowej Hucie", "w kościele św. Józefa w Podgórzu",
            "w kaplicy cmentarnej", "w kościele Matki Bożej Pocieszenia", "w kaplicy domu pogrzebowego"]
CEMETERIES = ["na cmentarzu Rakowickim", "na cmentarzu Batowice (Prądnik Czerwony)", "na cmentarzu Podgórskim",
              "na cmentarzu Salwatorskim", "na cmentarzu w Bronowicach", "na cmentarzu Grębałów",
              "na cmentarzu Prokocim"]


def _fem(s):
    for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if s.endswith(a):
            return s[:-len(a)] + b
    return s


def _lat(n):
    return "lata" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "lat"


def _slug(s):
    s = s.replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return "-".join("".join(c if c.isalnum() else " " for c in s).split())


def _pdate(d):
    return "%d %s %d" % (d.day, K.MONTHS["pl_gen"][d.month - 1], d.year)


def _obits(loc):
    """The four newest obituaries ('nekrolog' posts) as the footer's posts widget lists them."""
    day = (loc - dt.timedelta(hours=10)).date()
    items = K.feed("klepsydra-nekrologi", day, 20, lambda r, d: r.choice([0, 0, 1, 1, 1, 2]))[:4]
    out, seen = [], {}
    for d, r in items:
        seen[d] = seen.get(d, 0) + 1
        female = r.random() < 0.5
        first = r.choice(F_NAMES if female else M_NAMES)
        sur = r.choice(SURNAMES)
        sur = _fem(sur) if female else sur
        age = r.randint(58, 97)
        died = d - dt.timedelta(days=r.randint(1, 3))
        fun = d + dt.timedelta(days=r.randint(2, 6))
        hour = r.choice(["9:30", "11:00", "12:00", "12:30", "13:00", "14:00"])
        text = ("%s %s, przeżywszy %d %s. Msza św. pogrzebowa odprawiona zostanie %s o godz. %s %s, po czym %s "
                "spocznie %s." % ("Zmarła" if female else "Zmarł", _pdate(died), age, _lat(age),
                                          "%d %s" % (fun.day, K.MONTHS["pl_gen"][fun.month - 1]), hour,
                                          r.choice(CHURCHES), "Zmarła" if female else "Zmarły",
                                          r.choice(CEMETERIES)))
        pid = 7000 + (d - dt.date(2022, 1, 1)).days * 3 + 3 - seen[d]
        name = "Ś.p. %s %s" % (first, sur)
        out.append((pid, name, _slug("sp " + first + " " + sur), text, _pdate(d)))
    return tuple(out)


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "cet")
    ver = [v for v in ELEMENTOR if v[0] <= loc.date()][-1]
    cached = loc - dt.timedelta(minutes=rng.randint(3, 900))
    return {
        "cache": cached.strftime("%Y-%m-%d %H:%M:%S"),
        "nonce": C.hexs(rng, 10),
        "obits": _obits(loc),
        "litespeed": C.keep_or(rng, p.get("litespeed"), 0.25, lambda: (C.hexs(rng, 32), C.hexs(rng, 5),
                                                                        C.hexs(rng, 32), C.hexs(rng, 5))),
        "postcss": C.keep_or(rng, p.get("postcss"), 0.12, lambda: str(C.epoch(when) - rng.randint(3600, 86400 * 20))),
        "elementor": ver[1:],
        "layout": "containers" if when >= MIGRATION else "sections",
        "cmplz": C.keep_or(rng, p.get("cmplz"), 0.08, lambda: (p.get("cmplz") or 31) + 1),
        "year": loc.year,
    }


LABELS = {
    "cache": "LiteSpeed Cache 'page cached/optimized' comments (time of the cached copy)",
    "nonce": "ElementorProFrontendConfig nonce",
    "obits": "footer posts widget: four newest obituaries",
    "litespeed": "LiteSpeed combined CSS/JS file hashes (cache purge)",
    "postcss": "Elementor post-3.css ?ver= (page re-saved)",
    "elementor": "Elementor / Elementor Pro plugin update (generator meta, asset ?ver=)",
    "layout": "page rebuilt with Flexbox containers (new element ids)",
    "cmplz": "Complianz banner_version (consent settings re-saved)",
    "year": "footer copyright year",
}

MENU = [("Usługi pogrzebowe", "uslugi-pogrzebowe"), ("Kremacja", "kremacja"), ("Ekshumacje", "ekshumacje"),
        ("Nekrologi", "nekrologi"), ("Cennik", "cennik"), ("Zasiłek pogrzebowy", "zasilek-pogrzebowy"),
        ("Kontakt", "kontakt")]

BASE = "https://www.klepsydra-krakow.pl"


def _tinymce(blocks):
    def table(rows, inl):
        head = "<tr>%s</tr>" % "".join('<td style="width: %s;"><strong>%s</strong></td>'
                                       % ("32%" if n == 0 else "68%", inl(c)) for n, c in enumerate(rows[0]))
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return ('<table style="border-collapse: collapse; width: 100%%;" border="1"><tbody>%s%s</tbody></table>'
                % (head, body))

    return K.render_blocks(blocks, table=table,
                           addr=lambda lines, inl: "<p>%s</p>" % "<br />\n".join(inl(x) for x in lines),
                           link=lambda url, label: '<a href="%s">%s</a>' % (K.attr(url), K.esc(label)))


def _widget(eid, kind, inner, optimized):
    body = inner if optimized else '<div class="elementor-widget-container">\n\t\t\t%s\n\t\t</div>' % inner
    return ('<div class="elementor-element elementor-element-%s elementor-widget elementor-widget-%s" data-id="%s" '
            'data-element_type="widget" data-widget_type="%s.default">\n\t\t\t\t%s\n\t\t\t\t</div>'
            % (eid, kind, eid, kind, body))


def _content(state, blocks):
    title, rest = K.title_and_rest(blocks)
    h1 = '<h1 class="elementor-heading-title elementor-size-default">%s</h1>' % K.esc(title)
    text = _tinymce(rest)
    cta = ('<h2 class="elementor-heading-title elementor-size-default">Jesteśmy z Państwem przez całą dobę</h2>',
           '<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" '
           'href="tel:+48601200300"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">'
           'Zadzwoń: 601 200 300</span></span></a></div>')
    if state["layout"] == "sections":
        return """<div data-elementor-type="wp-page" data-elementor-id="3" class="elementor elementor-3" data-elementor-post-type="page">
				<section class="elementor-section elementor-top-section elementor-element elementor-element-1c9d2e0 elementor-section-boxed elementor-section-height-default elementor-section-height-default" data-id="1c9d2e0" data-element_type="section">
						<div class="elementor-container elementor-column-gap-default">
					<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-6b2f0a1" data-id="6b2f0a1" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
				%s
				%s
				%s
					</div>
		</div>
					</div>
		</section>
				<section class="elementor-section elementor-top-section elementor-element elementor-element-3e7a1d5 elementor-section-boxed elementor-section-height-default elementor-section-height-default" data-id="3e7a1d5" data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
						<div class="elementor-container elementor-column-gap-default">
					<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-2f6c0b9" data-id="2f6c0b9" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
				%s
				%s
					</div>
		</div>
					</div>
		</section>
				</div>""" % (_widget("5e8b1f3", "heading", h1, False),
                             _widget("0a4f7e2", "divider", '<div class="elementor-divider"><span class="elementor-divider-separator"></span></div>', False),
                             _widget("4d1a7c2", "text-editor", text, False),
                             _widget("8c5d3a1", "heading", cta[0], False), _widget("b1e9f47", "button", cta[1], False))
    opt = state["elementor"][0] >= "3.24"
    return """<div data-elementor-type="wp-page" data-elementor-id="3" class="elementor elementor-3" data-elementor-post-type="page">
				<div class="elementor-element elementor-element-9f3e6a2 e-flex e-con-boxed e-con e-parent" data-id="9f3e6a2" data-element_type="container">
					<div class="e-con-inner">
				%s
				%s
				%s
					</div>
				</div>
				<div class="elementor-element elementor-element-c42b8e0 e-flex e-con-boxed e-con e-parent" data-id="c42b8e0" data-element_type="container" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
					<div class="e-con-inner">
				%s
				%s
					</div>
				</div>
				</div>""" % (_widget("a93c4e1", "heading", h1, opt),
                             _widget("d6b1f08", "divider", '<div class="elementor-divider"><span class="elementor-divider-separator"></span></div>', opt),
                             _widget("7f02d5b", "text-editor", text, opt),
                             _widget("e5a0c73", "heading", cta[0], opt), _widget("1b8d4f2", "button", cta[1], opt))


def render(state, blocks, when):
    ever, pver = state["elementor"]
    ls1, lv1, ls2, lv2 = state["litespeed"]
    menu = "\n".join('<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-%d"><a href="%s/%s/" '
                     'class="elementor-item">%s</a></li>' % (40 + n, BASE, u, K.esc(t)) for n, (t, u) in enumerate(MENU))
    obits = "\n".join("""		<article class="elementor-post elementor-grid-item post-%d nekrolog type-nekrolog status-publish hentry">
				<div class="elementor-post__text">
				<h3 class="elementor-post__title">
			<a href="%s/nekrologi/%s/" >
				%s			</a>
		</h3>
				<div class="elementor-post__meta-data">
					<span class="elementor-post-date">
			%s		</span>
				</div>
				<div class="elementor-post__excerpt">
			<p>%s</p>
		</div>
				</div>
				</article>""" % (pid, BASE, slug, K.esc(name), date, K.esc(text)) for pid, name, slug, text, date in state["obits"])
    return """<!doctype html>
<html lang="pl-PL">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v22.1 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>Polityka prywatności - Zakład Pogrzebowy Klepsydra Kraków</title>
	<link rel="canonical" href="%(base)s/polityka-prywatnosci/" />
	<meta property="og:locale" content="pl_PL" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="Polityka prywatności - Zakład Pogrzebowy Klepsydra Kraków" />
	<meta property="og:url" content="%(base)s/polityka-prywatnosci/" />
	<meta property="og:site_name" content="Zakład Pogrzebowy Klepsydra Kraków" />
	<!-- / Yoast SEO plugin. -->

<link rel="alternate" type="application/rss+xml" title="Zakład Pogrzebowy Klepsydra Kraków &raquo; Kanał z wpisami" href="%(base)s/feed/" />
<link data-optimized="2" rel="stylesheet" href="%(base)s/wp-content/litespeed/css/%(ls1)s.css?ver=%(lv1)s" />
<link rel='stylesheet' id='elementor-post-3-css' href='%(base)s/wp-content/uploads/elementor/css/post-3.css?ver=%(postcss)s' media='all' />
<script src="%(base)s/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="%(base)s/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="%(base)s/wp-json/wp/v2/pages/3" />
<meta name="generator" content="WordPress 6.4.3" />
<link rel='shortlink' href='%(base)s/?p=3' />
			<style>.cmplz-hidden {
					display: none !important;
				}</style><meta name="generator" content="Elementor %(ever)s; features: e_optimized_assets_loading, e_optimized_css_loading, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">
<link rel="icon" href="%(base)s/wp-content/uploads/2021/03/cropped-klepsydra-ikona-32x32.png" sizes="32x32" />
</head>
<body class="privacy-policy page-template-default page page-id-3 wp-custom-logo elementor-default elementor-kit-5 elementor-page elementor-page-3">

<a class="skip-link screen-reader-text" href="#content">Przejdź do treści</a>

		<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header" data-elementor-post-type="elementor_library">
			<div class="elementor-element elementor-element-4f1a0b3 elementor-widget elementor-widget-text-editor" data-id="4f1a0b3" data-element_type="widget" data-widget_type="text-editor.default">
				<div class="elementor-widget-container"><p>Całodobowo: <a href="tel:+48601200300">601 200 300</a> · ul. Prandoty 14, Kraków</p></div>
			</div>
			<div class="elementor-element elementor-element-7c2e5d8 elementor-widget elementor-widget-theme-site-logo elementor-widget-image" data-id="7c2e5d8" data-element_type="widget" data-widget_type="theme-site-logo.default">
				<div class="elementor-widget-container"><a href="%(base)s"><img width="240" height="64" src="%(base)s/wp-content/uploads/2021/03/klepsydra-logo.png" class="attachment-full size-full wp-image-9" alt="Zakład Pogrzebowy Klepsydra" /></a></div>
			</div>
			<div class="elementor-element elementor-element-2a9b6e4 elementor-nav-menu__align-end elementor-widget elementor-widget-nav-menu" data-id="2a9b6e4" data-element_type="widget" data-widget_type="nav-menu.default">
				<div class="elementor-widget-container">
			<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade">
				<ul id="menu-1-2a9b6e4" class="elementor-nav-menu">%(menu)s</ul>			</nav>
				</div>
			</div>
		</div>

<main id="content" class="site-main post-3 page type-page status-publish hentry">
	<div class="page-content">
		%(content)s
	</div>
</main>

		<div data-elementor-type="footer" data-elementor-id="21" class="elementor elementor-21 elementor-location-footer" data-elementor-post-type="elementor_library">
			<div class="elementor-element elementor-element-6d0e2c1 elementor-widget elementor-widget-heading" data-id="6d0e2c1" data-element_type="widget" data-widget_type="heading.default">
				<div class="elementor-widget-container"><h3 class="elementor-heading-title elementor-size-default">Ostatnie nekrologi</h3></div>
			</div>
			<div class="elementor-element elementor-element-2b7c9d4 elementor-grid-4 elementor-posts--thumbnail-none elementor-widget elementor-widget-posts" data-id="2b7c9d4" data-element_type="widget" data-settings="{&quot;classic_columns&quot;:&quot;4&quot;}" data-widget_type="posts.classic">
				<div class="elementor-widget-container">
			<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">
%(obits)s
				</div>
				</div>
			</div>
			<div class="elementor-element elementor-element-0e3f7a9 elementor-widget elementor-widget-text-editor" data-id="0e3f7a9" data-element_type="widget" data-widget_type="text-editor.default">
				<div class="elementor-widget-container"><p>© %(year)d Zakład Pogrzebowy Klepsydra Sp. z o.o. · <a href="%(base)s/polityka-prywatnosci/">Polityka prywatności</a> · <a href="#" class="cmplz-show-banner">Ustawienia plików cookies</a></p></div>
			</div>
		</div>

<!-- Consent Management powered by Complianz | GDPR/CCPA Cookie Consent https://wordpress.org/plugins/complianz-gdpr -->
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-minimal optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
	<div class="cmplz-header">
		<div class="cmplz-title" id="cmplz-header-1-optin">Zarządzaj zgodą</div>
	</div>
	<div class="cmplz-body">
		<div class="cmplz-message" id="cmplz-message-1-optin">Aby zapewnić jak najlepsze wrażenia, korzystamy z technologii, takich jak pliki cookie, do przechowywania i/lub uzyskiwania dostępu do informacji o urządzeniu.</div>
	</div>
	<div class="cmplz-buttons">
		<button class="cmplz-btn cmplz-accept">Akceptuję</button>
		<button class="cmplz-btn cmplz-deny">Odmów</button>
		<button class="cmplz-btn cmplz-view-preferences">Zobacz preferencje</button>
	</div>
</div></div>
<script id="cmplz-cookiebanner-js-extra">
var complianz = {"prefix":"cmplz_","user_banner_id":"1","set_cookies":[],"block_ajax_content":"","banner_version":"%(cmplz)d","version":"7.0.2","store_consent":"","do_not_track_enabled":"","consenttype":"optin","region":"eu","geoip":"","dismiss_timeout":"","disable_cookiebanner":"","soft_cookiewall":"","dismiss_on_scroll":"","cookie_expiry":"365","url":"https:\\/\\/www.klepsydra-krakow.pl\\/wp-json\\/complianz\\/v1\\/","locale":"lang=pl&locale=pl_PL","set_cookies_on_root":"","cookie_domain":"","current_policy_id":"17","cookie_path":"\\/","categories":{"statistics":"statystyki","marketing":"marketing"},"tcf_active":"","placeholdertext":"Kliknij, aby zaakceptować pliki cookie marketingowe i odblokować tę zawartość","css_file":"https:\\/\\/www.klepsydra-krakow.pl\\/wp-content\\/uploads\\/complianz\\/css\\/banner-{banner_id}-{type}.css?v=%(cmplz)d","page_links":{"eu":{"cookie-statement":{"title":"Polityka plików cookies","url":"https:\\/\\/www.klepsydra-krakow.pl\\/polityka-plikow-cookies-ue\\/"},"privacy-statement":{"title":"Polityka prywatności","url":"https:\\/\\/www.klepsydra-krakow.pl\\/polityka-prywatnosci\\/"}}}};
</script>
<script id="elementor-pro-frontend-js-before">
var ElementorProFrontendConfig = {"ajaxurl":"https:\\/\\/www.klepsydra-krakow.pl\\/wp-admin\\/admin-ajax.php","nonce":"%(nonce)s","urls":{"assets":"https:\\/\\/www.klepsydra-krakow.pl\\/wp-content\\/plugins\\/elementor-pro\\/assets\\/","rest":"https:\\/\\/www.klepsydra-krakow.pl\\/wp-json\\/"},"settings":{"lazy_load_background_images":true},"shareButtonsNetworks":[],"facebook_sdk":{"lang":"pl_PL","app_id":""}};
</script>
<script data-optimized="1" src="%(base)s/wp-content/litespeed/js/%(ls2)s.js?ver=%(lv2)s" defer></script>
<script src="%(base)s/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=%(pver)s" id="elementor-pro-frontend-js"></script>
<script src="%(base)s/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=%(ever)s" id="elementor-frontend-js"></script>

</body>
</html>

<!-- Page optimized by LiteSpeed Cache @%(cache)s -->
<!-- Page cached by LiteSpeed Cache 6.1 on %(cache)s -->
""" % {"base": BASE, "ls1": ls1, "lv1": lv1, "ls2": ls2, "lv2": lv2, "postcss": state["postcss"], "ever": ever,
       "pver": pver, "menu": menu, "content": _content(state, blocks), "obits": obits, "year": state["year"],
       "cmplz": state["cmplz"], "nonce": state["nonce"], "cache": state["cache"]}


PAGE = {
    "service": "Klepsydra",
    "url": BASE + "/polityka-prywatnosci/",
    "lang": "pl",
    "platform": "WordPress 6 + Elementor Pro (Hello Elementor), Complianz, LiteSpeed Cache",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "LiteSpeed"), ("X-LiteSpeed-Cache", "hit"), ("Vary", "Accept-Encoding"),
                      ("Link", '<https://www.klepsydra-krakow.pl/wp-json/>; rel="https://api.w.org/"')],
    "n": 30,
    "start": dt.date(2023, 3, 1),
    "end": dt.date(2025, 1, 31),
    "hours": (2, 14),
    "policy": POLICY,
    "first_updated": dt.date(2022, 11, 21),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": BASE + "/polityka-prywatnosci/",
        "select": [".elementor-element-a93c4e1 .elementor-heading-title", ".elementor-element-7f02d5b"],
    },
    "history": [{
        "fetch": BASE + "/polityka-prywatnosci/",
        "select": [".elementor-element-5e8b1f3 .elementor-heading-title", ".elementor-element-4d1a7c2"],
        "validUntil": C.iso(MIGRATION),
    }],
}
