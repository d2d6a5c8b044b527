"""Gabinet Stomatologiczny Kwiatkowscy (Poznań) - pl-PL - a Word document pasted into a WordPress page.

The policy lives in Word; the practice pastes it into the classic editor, so the page body is Word's HTML:
MsoNormal paragraphs, headings made of bold paragraph text, MsoListParagraphCxSp* bullets whose "·" sits in a
<span style="mso-list:Ignore"> between <!--[if !supportLists]--> comments, <o:p></o:p>, MsoTableGrid for the
table of processors, Polish „smart quotes” and a few soft hyphens. A re-paste in 2022 renumbers the Word lists
(l0/lfo1 -> l1/lfo2) and changes the inline styles; in 2024 the page is re-pasted through the block editor and
becomes clean <p>/<ul>/<figure class="wp-block-table"> markup with the same text. Around it: WordPress chrome
(REST nonce, asset versions, LiteSpeed Cache timestamp comment, recent posts, holiday opening hours).
"""
import datetime as dt
import html
import re

import common as C

URL = "https://www.stomatologia-kwiatkowscy.pl/polityka-prywatnosci/"
MIES = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
        "października", "listopada", "grudnia"]


def fmt_date(d):
    return "%d %s %d r." % (d.day, MIES[d.month - 1], d.year)


SH = "\u00ad"
POLICY = """
# POLITYKA PRYWATNOŚCI I INFORMACJA O PRZETWARZANIU DANYCH OSOBOWYCH PACJENTÓW

Data ostatniej aktualizacji: {UPDATED}

Szanowni Państwo, zgodnie z art. 13 i 14 rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. w sprawie ochrony osób fizycznych w związku z przetwarzaniem danych osobowych i w sprawie swobodnego przepływu takich danych (dalej: „RODO”) informujemy, w jaki sposób przetwarzamy dane osobowe naszych pacjentów oraz osób korzystających ze strony internetowej.

## 1. Administrator danych osobowych

Administratorem Pani/Pana danych osobowych jest lek. dent. Anna Kwiatkowska, prowadząca działalność gospodarczą pod firmą Gabinet Stomatologiczny Kwiatkowscy Anna Kwiatkowska, ul. Grunwaldzka 104/2, 60-307 Poznań, NIP 779-214-53-08, REGON 301245876 (dalej: „Gabinet”).

Z Administratorem można skontaktować się pisemnie na adres siedziby, telefonicznie pod numerem 61 867 45 20 lub za pośrednictwem poczty elektronicznej: [rejestracja@stomatologia-kwiatkowscy.pl](mailto:rejestracja@stomatologia-kwiatkowscy.pl).

## 2. Inspektor ochrony danych

Administrator nie wyznaczył inspektora ochrony danych. We wszystkich sprawach dotyczących przetwarzania danych osobowych prosimy o kontakt bezpośrednio z Gabinetem.

## 3. Cele i podstawy prawne przetwarzania

Pani/Pana dane osobowe przetwarzamy w następujących celach:

- udzielanie świadczeń zdrowotnych oraz prowadzenie i przechowywanie dokumentacji medycznej – na podstawie art. 6 ust. 1 lit. c oraz art. 9 ust. 2 lit. h RODO w związku z ustawą z dnia 6 listopada 2008 r. o prawach pacjenta i Rzeczniku Praw Pacjenta;
- rejestracja na wizyty, potwierdzanie i przypominanie o terminach wizyt – na podstawie art. 6 ust. 1 lit. b RODO;
- wystawianie faktur i prowadzenie rozliczeń – na podstawie art. 6 ust. 1 lit. c RODO w związku z ustawą o rachunkowości oraz przepisami podatkowymi;
- ustalenie, dochodzenie lub obrona przed roszczeniami – na podstawie art. 6 ust. 1 lit. f RODO, gdzie prawnie uzasadnionym interesem Administratora jest ochrona jego praw;
- odpowiedź na zapytania przesłane przez formularz kontaktowy lub pocztą elektroniczną – na podstawie art. 6 ust. 1 lit. f RODO.

Podanie danych jest dobrowolne, jednak niezbędne do udzielenia świadczenia zdrowotnego. Obowiązek prowadzenia dokumentacji medycznej, a w związku z tym podania danych identyfikacyjnych, wynika z przepisów prawa.

## 4. Odbiorcy danych

Dane osobowe mogą być przekazywane wyłącznie podmiotom uprawnionym na podstawie przepisów prawa (np. Narodowemu Funduszowi Zdrowia, Rzecznikowi Praw Pacjenta, sądom) oraz podmiotom, którym Administrator powierzył przetwarzanie danych na podstawie umowy:

| Podmiot | Zakres danych | Cel |
| ProDentica Sp. z o.o. | dane pacjenta i dokumentacja medyczna | dostawca oprogramowania gabinetowego |
| LINK Mobility Poland Sp. z o.o. (SMSAPI) | imię, numer telefonu, termin wizyty | wysyłka przypomnień SMS |
| Pracownia RTG „Diagnostyka Cyfrowa” Sp. z o.o. | dane identyfikacyjne, skierowanie | wykonanie zdjęć rentgenowskich |
| Biuro Rachunkowe „Bilans” s.c. | dane rozliczeniowe | obsługa księgowa |
| home.pl S.A. | dane przesłane przez formularz | hosting strony internetowej i poczty |

Dane nie są przekazywane do państw trzecich ani organizacji międzynarodowych.

## 5. Strona internetowa i formularz kontaktowy

Korzystając z formularza kontaktowego na stronie internetowej, podaje Pani/Pan imię, adres e-mail, numer telefonu oraz treść wiadomości. Prosimy nie przesyłać tą drogą informacji o stanie zdrowia ani wyników badań – w takich sprawach zapraszamy do kontaktu telefonicznego lub osobistego w rejestracji.

Serwer, na którym działa strona, automatycznie zapisuje w logach adres IP, datę i godzinę wizyty oraz informacje o przeglądarce. Logi są wykorzystywane wyłącznie w celach technicznych i w celu zapewnienia bezpieczeństwa strony.

## 6. Profil Gabinetu w serwisie Facebook

Gabinet prowadzi profil w serwisie Facebook. W zakresie danych osób, które odwiedzają profil, komentują posty lub wysyłają wiadomości, Gabinet i Meta Platforms Ireland Ltd. są współadministratorami danych w rozumieniu art. 26 RODO. Szczegółowe informacje o przetwarzaniu danych przez Meta znajdują się w polityce prywatności serwisu Facebook.

## 7. Okres przechowywania danych

Dokumentacja medyczna przechowywana jest przez okres 20 lat, licząc od końca roku kalendarzowego, w którym dokonano ostatniego wpisu, zgodnie z art. 29 ustawy o prawach pacjenta i Rzeczniku Praw Pacjenta. Zdjęcia rentgenowskie przechowywane poza dokumentacją pacjenta przechowujemy przez 10 lat.

Dokumenty księgowe przechowujemy przez 5 lat od końca roku, w którym upłynął termin płatności podatku. Dane przetwarzane w celu odpowiedzi na zapytania przechowujemy przez czas niezbędny do ich obsługi, nie dłużej niż rok.

## 8. Prawa osób, których dane dotyczą

Przysługuje Pani/Panu prawo dostępu do treści swoich danych, ich sprostowania, ograniczenia przetwarzania, a także prawo do przenoszenia danych oraz prawo wniesienia sprzeciwu wobec przetwarzania opartego na prawnie uzasadnionym interesie. Prawo do usunięcia danych nie dotyczy dokumentacji medycznej, którą Gabinet ma obowiązek przechowywać.

Dostęp do dokumentacji medycznej odbywa się na zasadach określonych w ustawie o prawach pacjenta i Rzeczniku Praw Pacjenta. Pierwsza kopia dokumentacji wydawana jest bezpłatnie.

Ma Pani/Pan prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 Warszawa), jeżeli uzna Pani/Pan, że przetwarzanie danych narusza przepisy RODO.

## 9. Zautomatyzowane podejmowanie decyzji

Pani/Pana dane nie będą przetwarzane w sposób zautomatyzowany, w tym w formie profilowania.

## 10. Pliki cookies

Strona internetowa wykorzystuje pliki cookies niezbędne do jej prawidłowego działania oraz, za Pani/Pana zgodą, pliki analityczne Google Analytics. Zgodę można w każdej chwili wycofać w ustawieniach przeglądarki lub w panelu ustawień plików cookies. Podstawą stosowania plików cookies jest art. 173 ustawy z dnia 16 lipca 2004 r. – Prawo tele{SH}komunikacyjne.

## 11. Zmiany polityki prywatności

Administrator zastrzega sobie prawo do wprowadzania zmian w niniejszej polityce prywatności. Aktualna wersja jest zawsze dostępna na stronie internetowej Gabinetu oraz w rejestracji.
""".replace("{SH}", SH)

EDITS = [
    {"note": "data protection officer appointed (section 2 rewritten with the IOD's contact)",
     "repl": [("Administrator nie wyznaczył inspektora ochrony danych. We wszystkich sprawach dotyczących przetwarzania danych osobowych prosimy o kontakt bezpośrednio z Gabinetem.",
               "Administrator wyznaczył inspektora ochrony danych, z którym można kontaktować się we wszystkich sprawach dotyczących przetwarzania danych osobowych pod adresem [iod@stomatologia-kwiatkowscy.pl](mailto:iod@stomatologia-kwiatkowscy.pl) lub pisemnie na adres siedziby Gabinetu z dopiskiem „Inspektor ochrony danych”.")]},
    {"note": "online booking through ZnanyLekarz: new purpose bullet and new processor row",
     "repl": [("- wystawianie faktur i prowadzenie rozliczeń",
               "- umożliwienie rezerwacji wizyt przez serwis ZnanyLekarz.pl – na podstawie art. 6 ust. 1 lit. b RODO;\n- wystawianie faktur i prowadzenie rozliczeń"),
              ("| Biuro Rachunkowe „Bilans” s.c. |",
               "| ZnanyLekarz Sp. z o.o. | imię, nazwisko, numer telefonu, adres e-mail, termin wizyty | internetowa rejestracja na wizyty |\n| Biuro Rachunkowe „Bilans” s.c. |")]},
    {"note": "free first copy of medical records: sentence removed, fee rules referenced (silent, date not bumped)", "bump": False,
     "repl": [("Pierwsza kopia dokumentacji wydawana jest bezpłatnie.",
               "Za sporządzenie kopii dokumentacji Gabinet może pobierać opłatę w wysokości określonej w art. 28 tej ustawy; pierwsza kopia w każdej formie jest bezpłatna.")]},
    {"note": "new section: video surveillance of the waiting room (recordings kept 30 days); later sections renumbered",
     "repl": [("## 10. Pliki cookies", "## 10. Monitoring wizyjny\n\nW celu zapewnienia bezpieczeństwa pacjentów i personelu poczekalnia oraz wejście do Gabinetu objęte są monitoringiem wizyjnym, na podstawie art. 6 ust. 1 lit. f RODO. Monitoring nie obejmuje gabinetów zabiegowych ani toalet. Nagrania przechowujemy przez 30 dni, a następnie są automatycznie nadpisywane.\n\n## 11. Pliki cookies"),
              ("## 11. Zmiany polityki prywatności", "## 12. Zmiany polityki prywatności")]},
    {"note": "cookies: legal basis updated from Telecommunications Law art. 173 to the Electronic Communications Law (PKE) art. 399",
     "repl": [("art. 173 ustawy z dnia 16 lipca 2004 r. – Prawo tele%skomunikacyjne." % SH,
               "art. 399 ustawy z dnia 12 lipca 2024 r. – Prawo komunikacji elektronicznej.")]},
]

def inl(t, bold="<b>%s</b>"):
    return C.inline_html(t, text=esc, bold=lambda raw: bold % esc(raw))


def esc(s):
    return html.escape(s, quote=False).replace(SH, "&shy;").replace("\u00a0", "&nbsp;")


def word_body(blocks, v):
    """The Word HTML as TinyMCE keeps it after a paste (v: 1 first paste, 2 re-paste from a re-saved file)."""
    lst = ("l0", "lfo1") if v == 1 else ("l1", "lfo2")
    font = ("font-size: 11.0pt; line-height: 107%; font-family: 'Calibri',sans-serif;" if v == 1 else
            "font-size: 11.0pt; line-height: 115%; font-family: 'Calibri',sans-serif; mso-bidi-font-family: Calibri; mso-bidi-theme-font: minor-latin;")
    sp = '<span lang="PL" style="%s">%%s</span>' % font.replace("%", "%%") if v == 2 else "%s"
    out = []
    nlist = 0
    for kind, val in blocks:
        if kind == "h1":
            out.append('<p class="MsoNormal" style="text-align: center; margin-bottom: 12.0pt;" align="center">'
                       '<b><span style="font-size: 14.0pt; line-height: 107%%; color: #1f4e79;">%s</span></b><o:p></o:p></p>' % esc(val))
        elif kind == "h2":
            out.append('<p class="MsoNormal" style="margin-top: 12.0pt; margin-bottom: 6.0pt;"><b>'
                       '<span style="font-size: 12.0pt; line-height: 107%%; color: #1f4e79;">%s<o:p></o:p></span></b></p>' % esc(val))
        elif kind == "p":
            out.append('<p class="MsoNormal" style="text-align: justify;">%s<o:p></o:p></p>' % (sp % inl(val)))
        elif kind == "ul":
            n = len(val)
            for j, it in enumerate(val):
                pos = "First" if j == 0 else ("Last" if j == n - 1 else "Middle")
                if n == 1:
                    pos = ""
                cls = "MsoListParagraphCxSp%s" % pos if pos else "MsoListParagraph"
                out.append('<p class="%s" style="text-align: justify; text-indent: -18.0pt; mso-list: %s level1 %s;">'
                           '<!-- [if !supportLists]--><span style="font-family: Symbol; mso-fareast-font-family: Symbol; '
                           'mso-bidi-font-family: Symbol;"><span style="mso-list: Ignore;">·<span style="font: 7.0pt \'Times New Roman\';">'
                           '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->%s<o:p></o:p></p>'
                           % (cls, lst[0] if nlist == 0 else "l%d" % (int(lst[0][1:]) + 2),
                              lst[1] if nlist == 0 else "lfo%d" % (int(lst[1][3:]) + 2), sp % inl(it)))
            nlist += 1
        elif kind == "table":
            rows = []
            for ri, r in enumerate(val):
                cells = []
                for ci, x in enumerate(r):
                    w = (170, 160, 150)[ci]
                    bord = ("border: solid windowtext 1.0pt; mso-border-alt: solid windowtext .5pt;" if ri == 0 and ci == 0 else
                            "border: solid windowtext 1.0pt; border-left: none; mso-border-left-alt: solid windowtext .5pt; mso-border-alt: solid windowtext .5pt;" if ri == 0 else
                            "border: solid windowtext 1.0pt; border-top: none; mso-border-top-alt: solid windowtext .5pt; mso-border-alt: solid windowtext .5pt;" if ci == 0 else
                            "border-top: none; border-left: none; border-bottom: solid windowtext 1.0pt; border-right: solid windowtext 1.0pt; mso-border-top-alt: solid windowtext .5pt; mso-border-left-alt: solid windowtext .5pt; mso-border-alt: solid windowtext .5pt;")
                    txt = ("<b>%s</b>" % inl(x)) if ri == 0 else inl(x)
                    shade = " background: #DEEAF6;" if ri == 0 else ""
                    cells.append('<td style="width: %d.0pt; %s%s padding: 0cm 5.4pt 0cm 5.4pt;" valign="top" width="%d">'
                                 '<p class="MsoNormal" style="margin-bottom: 0cm; line-height: normal;">%s<o:p></o:p></p></td>'
                                 % (w, bord, shade, int(w * 4 / 3), txt))
                rows.append('<tr style="mso-yfti-irow: %d;%s">%s</tr>' % (ri, " mso-yfti-firstrow: yes;" if ri == 0 else
                                                                         (" mso-yfti-lastrow: yes;" if ri == len(val) - 1 else ""), "".join(cells)))
            out.append('<table class="MsoTableGrid" style="border-collapse: collapse; border: none; mso-border-alt: solid windowtext .5pt; '
                       'mso-yfti-tbllook: 1184; mso-padding-alt: 0cm 5.4pt 0cm 5.4pt;" border="1" cellspacing="0" cellpadding="0">'
                       '<tbody>%s</tbody></table>' % "".join(rows))
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            raise ValueError(kind)
        if kind == "h1":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def gutenberg_body(blocks):
    out = []
    for kind, val in blocks:
        if kind == "h1":
            out.append('<p class="has-text-align-center"><strong>%s</strong></p>' % esc(val))
        elif kind == "h2":
            out.append('<h2 class="wp-block-heading">%s</h2>' % esc(val))
        elif kind == "p":
            out.append("<p>%s</p>" % inl(val, "<strong>%s</strong>"))
        elif kind == "ul":
            out.append('<ul class="wp-block-list">\n%s\n</ul>' % "\n".join("<li>%s</li>" % inl(i, "<strong>%s</strong>") for i in val))
        elif kind == "table":
            head = "".join("<th>%s</th>" % inl(x) for x in val[0])
            body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(x) for x in r) for r in val[1:])
            out.append('<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr>%s</tr></thead>'
                       '<tbody>%s</tbody></table></figure>' % (head, body))
    return "\n\n".join(out)


POSTS = [("Wybielanie zębów – fakty i mity", "wybielanie-zebow-fakty-i-mity"),
         ("Pierwsza wizyta dziecka u dentysty", "pierwsza-wizyta-dziecka"),
         ("Implanty czy most? Porównanie", "implanty-czy-most"),
         ("Jak dbać o aparat ortodontyczny", "jak-dbac-o-aparat"),
         ("Bruksizm – przyczyny i leczenie", "bruksizm-przyczyny-leczenie"),
         ("Profilaktyka próchnicy u dorosłych", "profilaktyka-prochnicy"),
         ("Nowy tomograf CBCT w gabinecie", "nowy-tomograf-cbct"),
         ("Znieczulenie komputerowe The Wand", "znieczulenie-komputerowe")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["markup"] = "word1" if when < dt.datetime(2022, 5, 1) else ("word2" if when < dt.datetime(2024, 3, 1) else "gutenberg")
    s["nonce"] = C.hexs(rng, 10)
    s["litespeed"] = (when - dt.timedelta(minutes=rng.randint(1, 600), seconds=rng.randint(0, 59))).strftime("%Y-%m-%d %H:%M:%S")
    s["wp"] = ("5.7.2" if when < dt.datetime(2021, 12, 1) else "5.9.3" if when < dt.datetime(2022, 11, 1) else
               "6.1.1" if when < dt.datetime(2023, 8, 20) else "6.4.3" if when < dt.datetime(2024, 7, 20) else
               "6.6.2" if when < dt.datetime(2025, 4, 20) else "6.8.1")
    s["posts"] = C.keep_or(rng, prev.get("posts"), 0.5, lambda: tuple(sorted(rng.sample(range(len(POSTS)), 3))))
    s["hours"] = ("holiday" if (when.month == 12 and when.day >= 10) or (when.month == 1 and when.day <= 6) else
                  "summer" if when.month in (7, 8) else "normal")
    s["cmplz"] = ("6.0.4" if when < dt.datetime(2023, 1, 1) else "6.5.2" if when < dt.datetime(2024, 9, 1) else "7.1.0")
    return s


LABELS = {
    "markup": "Word paste markup: first paste / re-paste with renumbered lists and styles / block-editor re-paste",
    "nonce": "wpApiSettings REST nonce",
    "litespeed": "LiteSpeed Cache timestamp comment",
    "wp": "WordPress core asset ?ver=",
    "posts": "'Aktualności' recent posts widget",
    "hours": "opening-hours notice (holidays/summer) in footer",
    "cmplz": "Complianz cookie banner plugin version",
}


def render(s, blocks, when):
    body = word_body(blocks, 1 if s["markup"] == "word1" else 2) if s["markup"] != "gutenberg" else gutenberg_body(blocks)
    ver = s["wp"]
    posts = "".join('<li><a href="https://www.stomatologia-kwiatkowscy.pl/%s/">%s</a></li>' % (POSTS[k][1], POSTS[k][0]) for k in s["posts"])
    hours = {"normal": "Pon.–pt. 8:00–20:00, sob. 9:00–14:00",
             "holiday": "24–26 grudnia oraz 1 stycznia gabinet nieczynny. W pozostałe dni: pon.–pt. 9:00–17:00",
             "summer": "Lipiec–sierpień: pon.–pt. 9:00–18:00, soboty nieczynne"}[s["hours"]]
    return ('<!DOCTYPE html>\n<html lang="pl-PL">\n<head>\n<meta charset="UTF-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>Polityka prywatności &#8211; Gabinet Stomatologiczny Kwiatkowscy</title>\n'
            '<meta name="robots" content="max-image-preview:large">\n'
            '<link rel="stylesheet" id="wp-block-library-css" href="https://www.stomatologia-kwiatkowscy.pl/wp-includes/css/dist/block-library/style.min.css?ver=%s" media="all">\n'
            '<link rel="stylesheet" id="astra-theme-css-css" href="https://www.stomatologia-kwiatkowscy.pl/wp-content/themes/astra/assets/css/minified/main.min.css?ver=3.%d.1" media="all">\n'
            '<link rel="stylesheet" id="cmplz-general-css" href="https://www.stomatologia-kwiatkowscy.pl/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=%s" media="all">\n'
            '<script id="wp-api-request-js-extra">\nvar wpApiSettings = {"root":"https:\\/\\/www.stomatologia-kwiatkowscy.pl\\/wp-json\\/","nonce":"%s","versionString":"wp\\/v2\\/"};\n</script>\n'
            '<link rel="canonical" href="%s">\n</head>\n'
            '<body class="privacy-policy page-template-default page page-id-3 ast-single-post ast-page-builder-template">\n'
            '<div id="page" class="hfeed site"><header class="site-header" id="masthead"><div class="ast-container">'
            '<div class="site-branding"><a href="https://www.stomatologia-kwiatkowscy.pl/" rel="home"><img src="https://www.stomatologia-kwiatkowscy.pl/wp-content/uploads/2020/09/logo-kwiatkowscy.png" alt="Gabinet Stomatologiczny Kwiatkowscy"></a></div>'
            '<nav class="main-header-menu"><ul id="primary-menu"><li><a href="/">Strona główna</a></li><li><a href="/o-nas/">O nas</a></li>'
            '<li><a href="/uslugi/">Usługi</a></li><li><a href="/cennik/">Cennik</a></li><li><a href="/aktualnosci/">Aktualności</a></li>'
            '<li><a href="/kontakt/">Kontakt</a></li></ul></nav><a class="ast-button" href="tel:+48618674520">Zadzwoń: 61 867 45 20</a></div></header>\n'
            '<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">'
            '<main id="main" class="site-main"><article class="post-3 page type-page status-publish hentry" id="post-3">'
            '<header class="entry-header"><h1 class="entry-title">Polityka prywatności</h1></header>\n'
            '<div class="entry-content clear">\n%s\n</div>\n</article></main></div>'
            '<div class="widget-area secondary" id="secondary"><section class="widget widget_recent_entries"><h2 class="widget-title">Aktualności</h2><ul>%s</ul></section></div>'
            '</div></div>\n<footer class="site-footer"><div class="ast-container"><div class="footer-widget"><h3>Godziny otwarcia</h3><p>%s</p></div>'
            '<div class="footer-widget"><p>ul. Grunwaldzka 104/2, 60-307 Poznań<br>tel. 61 867 45 20</p></div>'
            '<div class="ast-small-footer">Copyright &copy; %d Gabinet Stomatologiczny Kwiatkowscy | <a href="/polityka-prywatnosci/">Polityka prywatności</a></div></div></footer></div>\n'
            '<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin" aria-modal="true" data-nosnippet="true" role="dialog">'
            '<div class="cmplz-header"><div class="cmplz-title">Zarządzaj zgodą</div></div><div class="cmplz-message"><p>Używamy plików cookies, aby zapewnić prawidłowe działanie strony i analizować ruch.</p></div>'
            '<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Akceptuję</button><button class="cmplz-btn cmplz-deny">Odmów</button></div></div></div>\n'
            '<script src="https://www.stomatologia-kwiatkowscy.pl/wp-includes/js/wp-emoji-release.min.js?ver=%s" id="wp-emoji-js"></script>\n'
            '<script src="https://www.stomatologia-kwiatkowscy.pl/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js?ver=%s" id="cmplz-cookiebanner-js"></script>\n'
            '</body>\n</html>\n<!-- Page optimized by LiteSpeed Cache @%s -->\n<!-- Page supported by LiteSpeed Cache 5.%d on %s -->\n'
            % (ver, 3 + int(ver[0]) * 2 + int(ver[2]) // 3, s["cmplz"], s["nonce"], URL, body, posts, hours, when.year,
               ver, s["cmplz"], s["litespeed"], int(ver[2]), s["litespeed"]))


PAGE = {
    "service": "Gabinet Stomatologiczny Kwiatkowscy", "url": URL, "lang": "pl-PL",
    "platform": "Word HTML pasted into WordPress (Astra), later re-pasted through the block editor",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("X-LiteSpeed-Cache", "hit"), ("Link", '<https://www.stomatologia-kwiatkowscy.pl/wp-json/>; rel="https://api.w.org/"')),
    "n": 31, "start": dt.date(2021, 1, 20), "end": dt.date(2026, 6, 30),
    "policy": POLICY, "first_updated": dt.date(2020, 9, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".entry-content"]},
}
