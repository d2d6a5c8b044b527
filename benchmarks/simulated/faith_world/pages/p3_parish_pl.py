"""Parafia Rzymskokatolicka pw. św. Jadwigi Królowej, Kraków - pl - Joomla 4 (Cassiopeia child template), parish
modules: Mass intentions of the week, name days, liturgical day, visitor counter, announcements."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fkit as K  # noqa: E402

C = K.C
URL = "https://www.jadwiga-krolowa.pl/ochrona-danych-osobowych"


def fmt_date(d):
    return "%d %s %d r." % (d.day, K.MONTHS["pl"][d.month - 1], d.year)


POLICY = """
Stan na dzień {UPDATED}

Niniejsza informacja jest wykonaniem obowiązku informacyjnego wynikającego z Dekretu ogólnego Konferencji Episkopatu Polski w sprawie ochrony osób fizycznych w związku z przetwarzaniem danych osobowych w Kościele katolickim z dnia 13 marca 2018 r. oraz z art. 13 RODO. Dotyczy ona osób korzystających z posługi duszpasterskiej parafii, zamawiających intencje mszalne, składających ofiary oraz odwiedzających naszą stronę internetową.

## Administrator danych

@ Parafia Rzymskokatolicka pw. św. Jadwigi Królowej
@ ul. Łokietka 60, 31-334 Kraków
@ tel. 12 636 22 14
@ e-mail: [kancelaria@jadwiga-krolowa.pl](mailto:kancelaria@jadwiga-krolowa.pl)

Parafię reprezentuje proboszcz, ks. kan. Stanisław Wróbel.

## Inspektor ochrony danych

We wszystkich sprawach dotyczących przetwarzania danych osobowych można kontaktować się z Diecezjalnym Inspektorem Ochrony Danych Archidiecezji Krakowskiej, ks. dr. Pawłem Mazurem, pod adresem [iod@diecezja.krakow.pl](mailto:iod@diecezja.krakow.pl).

## Cele i podstawy przetwarzania

Dane osobowe przetwarzamy w celu:

- prowadzenia ksiąg parafialnych (chrztów, bierzmowań, małżeństw, zmarłych) oraz wydawania świadectw i zaświadczeń;
- przygotowania do sakramentów, w tym prowadzenia spisu dzieci przygotowujących się do Pierwszej Komunii Świętej;
- przyjmowania i ogłaszania intencji mszalnych;
- organizacji wizyty duszpasterskiej (kolędy) i pielgrzymek parafialnych;
- przyjmowania ofiar na rzecz parafii i wystawiania potwierdzeń dla celów podatkowych;
- obsługi strony internetowej parafii.

Podstawą przetwarzania jest art. 8 Dekretu ogólnego, a w zakresie danych dotyczących przekonań religijnych art. 9 ust. 2 lit. d RODO. W przypadku newslettera i publikacji wizerunku podstawą jest Twoja zgoda.

## Intencje mszalne i ogłoszenia

Intencje mszalne wraz z imieniem i nazwiskiem osoby, w której intencji sprawowana jest Msza Święta, są odczytywane w kościele i publikowane w zakładce Intencje na stronie internetowej przez okres dwóch tygodni. Jeżeli nie życzysz sobie publikacji nazwiska w internecie, poinformuj o tym kancelarię przy zamawianiu intencji.

## Odbiorcy danych

Dane z ksiąg parafialnych mogą być przekazywane Kurii Metropolitalnej w Krakowie oraz innym parafiom w zakresie niezbędnym do udzielania sakramentów. Stronę internetową utrzymuje firma home.pl S.A. ze Szczecina, a newsletter wysyłamy za pośrednictwem FreshMail sp. z o.o.

## Okres przechowywania

Księgi parafialne przechowywane są wieczyście, zgodnie z prawem kanonicznym. Dane dotyczące ofiar przechowujemy przez 5 lat od końca roku podatkowego. Nagrania z monitoringu wizyjnego kościoła i plebanii przechowywane są przez 30 dni.

## Twoje prawa

Masz prawo dostępu do swoich danych, ich sprostowania lub uzupełnienia oraz ograniczenia przetwarzania. Zgodnie z art. 15 Dekretu ogólnego nie jest możliwe usunięcie danych z ksiąg parafialnych, ponieważ dokumentują one fakt udzielenia sakramentu; na Twój wniosek dokonuje się w nich jedynie stosownej adnotacji. Przysługuje Ci prawo wniesienia skargi do Kościelnego Inspektora Ochrony Danych (Skwer kard. Stefana Wyszyńskiego 6, 01-015 Warszawa).

## Pliki cookies

Nasza strona używa wyłącznie plików cookies niezbędnych do jej działania oraz statystyk odwiedzin zbieranych w sposób zanonimizowany.
"""

EDITS = [
    {"note": "new parish priest (ks. kan. Stanisław Wróbel -> ks. Tomasz Zieliński)",
     "repl": [("Parafię reprezentuje proboszcz, ks. kan. Stanisław Wróbel.",
               "Parafię reprezentuje proboszcz, ks. Tomasz Zieliński.")]},
    {"note": "CCTV retention 30 -> 14 days; web host home.pl replaced by Cyber Folks",
     "repl": [("przechowywane są przez 30 dni.", "przechowywane są przez 14 dni, chyba że są potrzebne jako dowód "
               "w postępowaniu."),
              ("Stronę internetową utrzymuje firma home.pl S.A. ze Szczecina",
               "Stronę internetową utrzymuje firma Cyber Folks S.A. z Poznania")]},
    {"note": "list item added: live streaming of Masses (camera in the church)",
     "repl": [("- obsługi strony internetowej parafii.",
               "- transmisji Mszy Świętych i nabożeństw w internecie (kamera obejmuje prezbiterium i ambonę);\n"
               "- obsługi strony internetowej parafii.")]},
    {"note": "wording fixed without a new date ('zanonimizowany' -> 'anonimowy')", "bump": False,
     "repl": [("statystyk odwiedzin zbieranych w sposób zanonimizowany.",
               "statystyk odwiedzin zbieranych w sposób anonimowy.")]},
    {"note": "new section: child-protection standards (Kamilińska act, from February 2024)",
     "repl": [("## Odbiorcy danych",
               "## Ochrona małoletnich\n\n"
               "Zgodnie ze Standardami ochrony małoletnich obowiązującymi w parafii od 15 lutego 2024 r. "
               "przetwarzamy dane osób pracujących z dziećmi i młodzieżą (animatorów, katechetów, opiekunów "
               "ministrantów i scholi), w tym informacje z Rejestru Sprawców Przestępstw na Tle Seksualnym oraz "
               "oświadczenia o niekaralności. Dane rodziców lub opiekunów prawnych przetwarzamy w celu kontaktu "
               "w sprawach bezpieczeństwa dziecka.\n\n"
               "## Odbiorcy danych")]},
    {"note": "diocesan DPO changed (ks. dr Paweł Mazur -> Pani Agnieszka Nowak-Lis) and new address",
     "repl": [("ks. dr. Pawłem Mazurem, pod adresem [iod@diecezja.krakow.pl](mailto:iod@diecezja.krakow.pl).",
               "Panią Agnieszką Nowak-Lis, pod adresem [iodo@diecezja.pl](mailto:iodo@diecezja.pl) lub "
               "listownie: ul. Franciszkańska 3, 31-004 Kraków.")]},
]

NAMES = ["Jana", "Marii", "Stanisława", "Heleny", "Józefa", "Zofii", "Tadeusza", "Krystyny", "Andrzeja", "Barbary",
         "Władysława", "Janiny", "Kazimierza", "Teresy", "Jerzego", "Anny", "Zbigniewa", "Danuty"]
SURNAMES = ["Nowaka", "Kowalskiej", "Wiśniewskiego", "Wójcik", "Kamińskiego", "Lewandowskiej", "Zielińskiego",
            "Szymańskiej", "Woźniaka", "Dąbrowskiej", "Kozłowskiego", "Jankowskiej", "Mazura", "Krawczyk"]
IMIENINY = ["Mieczysława, Makarego", "Izydora, Wiktoriana", "Genowefy, Danuty", "Tytusa, Anieli", "Edwarda, "
            "Szymona", "Kacpra, Melchiora, Baltazara", "Juliana, Lucjana", "Seweryna, Mścisława", "Juliana, Marcelego",
            "Wilhelma, Danuty", "Honoraty, Matyldy", "Arkadiusza, Benedykta", "Bogumiły, Weroniki", "Feliksa, Niny",
            "Pawła, Arnolda", "Marcelego, Włodzimierza", "Antoniego, Rościsława", "Piotra, Małgorzaty",
            "Henryka, Mariusza", "Fabiana, Sebastiana", "Agnieszki, Jarosława", "Anastazego, Wincentego"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"csrf": C.hexs(rng, 32)}
    base = (prev.get("visits") or (0, 1204330))[1]
    s["visits"] = (i, base + rng.randint(300, 9000))
    s["online"] = rng.randint(2, 19)
    return s


MEDIA = [(dt.date(2021, 1, 1), ("4.1.5", "a3c5e19d")), (dt.date(2022, 8, 18), ("4.2.1", "0e0b5d2f")),
         (dt.date(2023, 3, 2), ("4.2.8", "c6f1b7a2")), (dt.date(2023, 10, 17), ("4.4.0", "7bd2e804")),
         (dt.date(2024, 7, 9), ("4.4.6", "51aa0c3e")), (dt.date(2025, 1, 14), ("5.2.3", "e40f9c61")),
         (dt.date(2025, 9, 9), ("5.3.4", "9d27b3fa"))]

LABELS = {"csrf": "Joomla csrf.token in joomla-script-options", "visits": "footer visitor counter",
          "online": "'Gości online' counter", "intencje": "sidebar Mass intentions of the coming days",
          "imieniny": "top bar name days and date", "media": "Joomla version / media version hash on updates",
          "season": "announcement banner (kolęda plan, Lent retreat, Corpus Christi procession)"}


def _season(d):
    e = K.easter(d.year)
    if d.month == 12 and d.day >= 26 or d.month == 1:
        return "Kolęda %d/%d: plan wizyty duszpasterskiej na bieżący tydzień w zakładce Ogłoszenia." % (
            d.year if d.month == 12 else d.year - 1, d.year + 1 if d.month == 12 else d.year)
    if K.in_window(d, e - dt.timedelta(days=46), 0, 45):
        return "Rekolekcje wielkopostne %d – nauki stanowe i spowiedź. Zapraszamy!" % d.year
    if K.in_window(d, e + dt.timedelta(days=60), 10, 1):
        return "Procesja Bożego Ciała wyruszy po Mszy Świętej o godz. 9:30. Prosimy o udekorowanie okien."
    return ""


def render(s, blocks, when):
    now, off = K.local(when, "pl")
    d = now.date()
    jver, mh = K.versioned(MEDIA, now)
    s["media"] = mh
    season = _season(d)
    s["season"] = season
    im = IMIENINY[d.toordinal() % len(IMIENINY)]
    s["imieniny"] = d.isoformat()
    r = __import__("random").Random("intencje|%s" % d.isoformat())
    inten = []
    for k in range(3):
        day = d + dt.timedelta(days=k)
        for hr in ("7:00", "18:00"):
            inten.append("<li><strong>%s, %s</strong> – %s %s %s</li>" % (
                day.strftime("%d.%m"), hr, r.choice(["Za śp.", "Za śp.", "O zdrowie i błogosławieństwo Boże dla"]),
                r.choice(NAMES), r.choice(SURNAMES)))
    s["intencje"] = C.det_sha("".join(inten))[:8]
    body = K.render_blocks(blocks)
    opts = ('{"joomla.jtext":{"ERROR":"B\\u0142\\u0105d","MESSAGE":"Wiadomo\\u015b\\u0107"},"system.paths":{"root":"",'
            '"rootFull":"https:\\/\\/www.jadwiga-krolowa.pl\\/","base":"","baseFull":"https:\\/\\/www.jadwiga-krolowa'
            '.pl\\/"},"csrf.token":"%s"}' % s["csrf"])
    return (
        '<!DOCTYPE html>\n<html lang="pl-pl" dir="ltr">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="description" content="Parafia św. Jadwigi Królowej w Krakowie – Azory">\n'
        '<meta name="generator" content="Joomla! - Open Source Content Management">\n'
        '<title>Ochrona danych osobowych – Parafia św. Jadwigi Królowej</title>\n'
        '<link href="/media/templates/site/cassiopeia/css/template.min.css?%s" rel="stylesheet">\n'
        '<link href="/media/templates/site/cassiopeia_jadwiga/css/user.css?%s" rel="stylesheet">\n'
        '<script type="application/json" class="joomla-script-options new">%s</script>\n'
        '<script src="/media/system/js/core.min.js?%s"></script>\n'
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Church","name":"Parafia '
        'Rzymskokatolicka pw. św. Jadwigi Królowej","address":"ul. Łokietka 60, 31-334 Kraków"}</script>\n'
        '</head>\n<body class="site com_content wrapper-static view-article no-layout no-task itemid-187 '
        'has-sidebar-right">\n<header class="header container-header full-width">\n'
        '<div class="container-topbar"><div class="moduletable imieniny"><p>Dziś jest %s, %s. Imieniny '
        'obchodzą: %s</p></div></div>\n'
        '<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" '
        'decoding="async" src="/images/logo-parafia.png" alt="Parafia św. Jadwigi Królowej"></a></div></div>\n'
        '<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Menu główne"><ul '
        'class="mod-menu mod-list nav "><li class="nav-item item-101 default"><a href="/">Strona główna</a></li><li '
        'class="nav-item item-120"><a href="/ogloszenia">Ogłoszenia</a></li><li class="nav-item item-121"><a '
        'href="/intencje">Intencje</a></li><li class="nav-item item-122"><a href="/kancelaria">Kancelaria</a></li>'
        '<li class="nav-item item-123"><a href="/duszpasterstwo">Duszpasterstwo</a></li><li class="nav-item '
        'item-124"><a href="/transmisje">Transmisje</a></li></ul></nav></div>\n</header>\n'
        '<div class="site-grid">\n%s'
        '<div class="grid-child container-component">\n<div id="system-message-container" aria-live="polite">'
        '</div>\n<main>\n<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">'
        '\n<meta itemprop="inLanguage" content="pl-PL">\n<div class="page-header">\n<h1 itemprop="headline">Ochrona '
        'danych osobowych</h1>\n</div>\n<div itemprop="articleBody" class="com-content-article__body">\n%s\n</div>\n'
        '</div>\n</main>\n</div>\n'
        '<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">'
        'Intencje mszalne</h3><div class="card-body"><ul class="intencje">%s</ul><p><a href="/intencje">Wszystkie '
        'intencje</a></p></div></div><div class="sidebar-right card "><h3 class="card-header ">Kancelaria</h3><div '
        'class="card-body"><p>Poniedziałek–piątek 9:00–11:00 i 16:00–18:00</p></div></div></div>\n</div>\n'
        '<footer class="container-footer footer full-width"><div class="grid-child"><p>Odwiedziło nas: %s osób · '
        'Gości online: %d</p><p>© %d Parafia pw. św. Jadwigi Królowej w Krakowie · Joomla! %s</p></div></footer>\n'
        '<a href="#top" id="back-top" class="back-to-top-link" aria-label="Do góry"><span class="icon-arrow-up '
        'icon-fw" aria-hidden="true"></span></a>\n</body>\n</html>\n'
        % (mh, mh, opts, mh, ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
           [d.weekday()], fmt_date(d), im,
           '<div class="grid-child container-banner"><div class="moduletable ogloszenie alert alert-info"><p>%s</p>'
           '</div></div>\n' % C.esc(season) if season else "", body, "".join(inten),
           C.group_digits(s["visits"][1], " "), s["online"], d.year, jver))


PAGE = {
    "service": "Parafia św. Jadwigi Królowej", "url": URL, "lang": "pl-PL",
    "platform": "Joomla 4/5, Cassiopeia child template",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 3, 1), "end": dt.date(2026, 5, 15), "hours": (4, 10, 17),
    "policy": POLICY, "first_updated": dt.date(2021, 6, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".com-content-article__body"]},
}
