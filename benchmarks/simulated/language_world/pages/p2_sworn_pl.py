"""Verbum Biuro Tłumaczeń (sworn and specialist translation agency, Kraków; Polish), a Joomla site: Joomla 3.10
with a custom Bootstrap 2 template until April 2024, then Joomla 4.4 with a Cassiopeia child template. The policy is
a com_content article shown with its title and the article-info block (last modified date and the hits counter,
'Odsłon: N', which grows between any two visits) INSIDE div.item-page; the curators select .item-page and remove
.article-info (and Joomla 3's print/e-mail .icons)."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import lwkit as K  # noqa: E402

POLICY = """
# Polityka prywatności

Data ostatniej aktualizacji: {UPDATED}

Niniejsza polityka prywatności opisuje, w jaki sposób Verbum Biuro Tłumaczeń przetwarza dane osobowe klientów, osób kontaktujących się z biurem oraz użytkowników strony internetowej www.verbum-tlumaczenia.pl, zgodnie z rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. (RODO).

## 1. Administrator danych

Administratorem Twoich danych osobowych jest Verbum Biuro Tłumaczeń Agnieszka Wrona, ul. Karmelicka 34/5, 31-128 Kraków, NIP 6762198845, REGON 356201874. W sprawach dotyczących danych osobowych możesz kontaktować się z nami pod adresem e-mail [rodo@verbum-tlumaczenia.pl](mailto:rodo@verbum-tlumaczenia.pl) lub telefonicznie: 12 422 18 40.

## 2. Cele i podstawy prawne przetwarzania

Twoje dane przetwarzamy w następujących celach:

- przygotowania wyceny tłumaczenia i odpowiedzi na zapytanie przesłane przez formularz, e-mail lub telefon (art. 6 ust. 1 lit. b RODO),
- wykonania tłumaczenia zwykłego, tłumaczenia poświadczonego lub usługi tłumaczenia ustnego na podstawie zawartej umowy (art. 6 ust. 1 lit. b RODO),
- prowadzenia repertorium tłumacza przysięgłego, do czego zobowiązuje nas ustawa z dnia 25 listopada 2004 r. o zawodzie tłumacza przysięgłego (art. 6 ust. 1 lit. c RODO),
- wystawiania faktur i prowadzenia dokumentacji księgowej (art. 6 ust. 1 lit. c RODO),
- ustalenia, dochodzenia lub obrony przed roszczeniami, co stanowi nasz prawnie uzasadniony interes (art. 6 ust. 1 lit. f RODO).

Dokumenty przekazywane do tłumaczenia mogą zawierać szczególne kategorie danych osobowych, np. dane o stanie zdrowia w dokumentacji medycznej, lub dane dotyczące wyroków skazujących. Takie dane przetwarzamy wyłącznie w zakresie niezbędnym do wykonania zleconego tłumaczenia.

## 3. Odbiorcy danych

Twoje dane możemy przekazywać wyłącznie podmiotom, które wspierają nas w prowadzeniu działalności:

- tłumaczom współpracującym z biurem, zobowiązanym umową do zachowania poufności,
- dostawcy usług hostingowych i poczty elektronicznej (home.pl S.A.),
- biuru rachunkowemu prowadzącemu naszą księgowość,
- operatorom pocztowym i firmom kurierskim (Poczta Polska S.A., InPost sp. z o.o.) w celu doręczenia tłumaczeń poświadczonych.

Na żądanie uprawnionych organów, np. sądu, prokuratury lub policji, możemy być zobowiązani do udostępnienia danych z repertorium.

## 4. Okres przechowywania danych

| Rodzaj danych | Okres przechowywania |
| Skany i kopie dokumentów przekazanych do tłumaczenia | 12 miesięcy od wykonania zlecenia |
| Wpisy w repertorium tłumacza przysięgłego | przez okres wymagany przepisami o zawodzie tłumacza przysięgłego |
| Faktury i dokumentacja księgowa | 5 lat od końca roku podatkowego |
| Korespondencja dotycząca wyceny, która nie zakończyła się zleceniem | 6 miesięcy od ostatniego kontaktu |

## 5. Twoje prawa

Przysługuje Ci prawo dostępu do swoich danych, ich sprostowania, usunięcia lub ograniczenia przetwarzania, prawo do przenoszenia danych oraz prawo wniesienia sprzeciwu wobec przetważania opartego na naszym prawnie uzasadnionym interesie. Odpowiadamy na żądania w terminie miesiąca od ich otrzymania.

Masz także prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 Warszawa), jeśli uznasz, że przetwarzanie Twoich danych narusza przepisy RODO.

Podanie danych jest dobrowolne, ale niezbędne do przygotowania wyceny i wykonania tłumaczenia. Nie podejmujemy decyzji w sposób zautomatyzowany i nie stosujemy profilowania.

## 6. Pliki cookies

Strona korzysta z plików cookies niezbędnych do jej działania (ciasteczko sesyjne systemu Joomla) oraz, za Twoją zgodą, z plików cookies Google Analytics służących do tworzenia statystyk odwiedzin. Czat na stronie obsługuje Smartsupp.com s.r.o., który zapisuje własne pliki cookies w celu utrzymania rozmowy. Ustawienia plików cookies możesz w każdej chwili zmienić w swojej przeglądarce.
"""

EDITS = [
    {"note": "recipient added to the list: CAT tool provider (memoQ) holding translation memories",
     "repl": [("zobowiązanym umową do zachowania poufności,",
               "zobowiązanym umową do zachowania poufności,\n"
               "- dostawcy oprogramowania do tłumaczenia wspomaganego komputerowo (memoQ Ltd.), w którym "
               "przechowywane są pamięci tłumaczeniowe,")]},
    {"note": "typo fixed (przetważania -> przetwarzania), date unchanged", "bump": False,
     "repl": [("wobec przetważania opartego", "wobec przetwarzania opartego")]},
    {"note": "contact phone number changed",
     "repl": [("lub telefonicznie: 12 422 18 40.", "lub telefonicznie: 12 395 07 12.")]},
    {"note": "retention table: document scans kept 3 months instead of 12",
     "repl": [("| 12 miesięcy od wykonania zlecenia |", "| 3 miesiące od wykonania zlecenia |")]},
    {"note": "section added: online payments through Przelewy24",
     "repl": [("możesz w każdej chwili zmienić w swojej przeglądarce.",
               "możesz w każdej chwili zmienić w swojej przeglądarce.\n\n"
               "## 7. Płatności online\n\n"
               "Płatności za tłumaczenia zamawiane przez stronę obsługuje PayPro S.A. (serwis Przelewy24), "
               "ul. Pastelowa 8, 60-198 Poznań. Przekazujemy mu imię i nazwisko, adres e-mail oraz kwotę "
               "zamówienia; dane karty płatniczej lub rachunku bankowego podajesz bezpośrednio operatorowi "
               "płatności i nie mamy do nich dostępu.")]},
    {"note": "word inserted: requests answered 'niezwłocznie, nie później niż' within a month",
     "repl": [("Odpowiadamy na żądania w terminie miesiąca",
               "Odpowiadamy na żądania niezwłocznie, nie później niż w terminie miesiąca")]},
]


def fmt_date(d):
    return "%d %s %d r." % (d.day, K.MONTHS["pl_gen"][d.month - 1], d.year)


J4_FROM = dt.datetime(2024, 4, 16, 19, 0)
FIRST_SAVED = dt.datetime(2023, 3, 6, 11, 42, 17)
HITS_START = dt.date(2023, 5, 1)

NEWS = [  # (published, title, alias): mod_articles_latest in the sidebar
    (dt.date(2023, 1, 16), "Tłumaczenia dokumentów samochodowych z Niemiec – ceny 2023", "dokumenty-samochodowe-2023"),
    (dt.date(2023, 3, 20), "Nowy tłumacz przysięgły języka ukraińskiego w zespole", "tlumacz-ukrainski"),
    (dt.date(2023, 4, 28), "Majówka: biuro nieczynne 1–3 maja", "majowka-2023"),
    (dt.date(2023, 8, 7), "Apostille czy legalizacja? Krótki poradnik", "apostille-czy-legalizacja"),
    (dt.date(2023, 10, 30), "Tłumaczenia dyplomów do nostryfikacji – terminy na semestr letni", "nostryfikacja"),
    (dt.date(2023, 12, 11), "Godziny pracy biura w okresie świątecznym", "swieta-2023"),
    (dt.date(2024, 2, 19), "Odbiór tłumaczeń w paczkomatach InPost", "paczkomaty"),
    (dt.date(2024, 5, 27), "Stawki tłumaczy przysięgłych – co się zmieniło w 2024 r.?", "stawki-2024"),
    (dt.date(2024, 9, 2), "Tłumaczenia świadectw dla uczniów wyjeżdżających za granicę", "swiadectwa"),
    (dt.date(2024, 12, 9), "Godziny pracy biura w okresie świątecznym 2024", "swieta-2024"),
    (dt.date(2025, 1, 27), "Tłumaczenie ustne na ślubie cywilnym – jak się przygotować", "slub-cywilny"),
]


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "pl")
    days = (loc.date() - HITS_START).days
    hits = 3184 + days * 9 + int(days ** 1.1) // 3 + rng.randint(0, 6)
    news = tuple(n for n in NEWS if n[0] <= loc.date())[-4:][::-1]
    j4 = when >= J4_FROM
    return {
        "csrf": C.hexs(rng, 32),
        "hits": max(hits, (p.get("hits") or 0) + rng.randint(3, 12)),
        "news": news,
        "joomla": ("4.4.%d" % (3 + (when >= dt.datetime(2024, 8, 20)) + (when >= dt.datetime(2024, 11, 19))
                              + (when >= dt.datetime(2025, 2, 18)))) if j4 else
                  ("3.10.%d" % (11 + (when >= dt.datetime(2023, 7, 11)) + (when >= dt.datetime(2023, 11, 28)))),
        "template": C.keep_or(rng, p.get("template") if (p.get("joomla") or "").startswith("4") == j4 else None,
                              0.1, lambda: C.hexs(rng, 8)),
        "smartsupp_online": rng.random() < (0.8 if 7 <= loc.hour < 16 and loc.weekday() < 5 else 0.05),
    }


LABELS = {
    "csrf": "joomla-script-options csrf.token (per session)",
    "hits": "article hits counter 'Odsłon: N' (inside .item-page, in .article-info)",
    "news": "sidebar 'Aktualności' latest news module",
    "joomla": "Joomla version (media version hashes; 3.10 -> 4.4 upgrade in April 2024)",
    "template": "template CSS cache stamp",
    "smartsupp_online": "chat widget status (operator online/offline)",
    "modified": "article modified date (inside .item-page, in .article-info; moves on every save)",
}

_MEM = {}


def _modified(blocks, when):
    """The article's modified time: moves whenever the article was saved (any text change)."""
    h = C.det_sha(repr(blocks))
    if _MEM.get("h") is None:
        _MEM["h"], _MEM["mod"] = h, FIRST_SAVED
    elif _MEM["h"] != h:
        back = int(C.det_sha("saved", h)[:6], 16) % (36 * 3600) + 3600
        _MEM["h"], _MEM["mod"] = h, when - dt.timedelta(seconds=back)
    return _MEM["mod"]


def _body(blocks):
    return K.render_blocks(blocks, tags={"table": ' class="table table-bordered table-striped"'}, sep="\n")


MENU = [("Strona główna", "/", 101), ("Tłumaczenia przysięgłe", "/tlumaczenia-przysiegle", 102),
        ("Tłumaczenia specjalistyczne", "/tlumaczenia-specjalistyczne", 103), ("Tłumaczenia ustne", "/tlumaczenia-ustne", 104),
        ("Cennik", "/cennik", 105), ("Aktualności", "/aktualnosci", 106), ("Kontakt", "/kontakt", 107)]

J3 = """<!DOCTYPE html>
<html lang="pl-pl" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="https://www.verbum-tlumaczenia.pl/polityka-prywatnosci" />
	<meta name="keywords" content="tłumacz przysięgły Kraków, biuro tłumaczeń Kraków, tłumaczenia poświadczone, tłumaczenia niemiecki angielski ukraiński" />
	<meta name="author" content="Agnieszka Wrona" />
	<meta name="description" content="Biuro tłumaczeń Verbum w Krakowie – tłumaczenia przysięgłe i specjalistyczne, tłumaczenia ustne." />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>Polityka prywatności - Verbum Biuro Tłumaczeń Kraków</title>
	<link href="/templates/verbum/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/media/jui/css/bootstrap.min.css?@@mv@@" rel="stylesheet" />
	<link href="/media/jui/css/bootstrap-responsive.min.css?@@mv@@" rel="stylesheet" />
	<link href="/media/jui/css/bootstrap-extended.css?@@mv@@" rel="stylesheet" />
	<link href="/templates/verbum/css/template.css?@@tpl@@" rel="stylesheet" />
	<link href="https://fonts.googleapis.com/css?family=Lato:400,700&amp;subset=latin-ext" rel="stylesheet" />
	<script type="application/json" class="joomla-script-options new">{"csrf.token":"@@csrf@@","system.paths":{"root":"","base":""}}</script>
	<script src="/media/jui/js/jquery.min.js?@@mv@@"></script>
	<script src="/media/jui/js/jquery-noconflict.js?@@mv@@"></script>
	<script src="/media/jui/js/jquery-migrate.min.js?@@mv@@"></script>
	<script src="/media/system/js/caption.js?@@mv@@"></script>
	<script src="/media/jui/js/bootstrap.min.js?@@mv@@"></script>
	<script src="/templates/verbum/js/template.js?@@tpl@@"></script>
	<script>
jQuery(window).on('load',  function() {
				new JCaption('img.caption');
			});jQuery(function($){ initTooltips(); $("body").on("subform-row-add", initTooltips); function initTooltips (event, container) { container = container || document;$(container).find(".hasTooltip").tooltip({"html": true,"container": "body"});} });
	</script>

	<!-- Global site tag (gtag.js) - Google Analytics -->
	<script async src="https://www.googletagmanager.com/gtag/js?id=G-QX81TR5KZ2"></script>
	<script>
	  window.dataLayer = window.dataLayer || [];
	  function gtag(){dataLayer.push(arguments);}
	  gtag('js', new Date());
	  gtag('config', 'G-QX81TR5KZ2', { 'anonymize_ip': true });
	</script>
</head>
<body class="site com_content view-article no-layout no-task itemid-118">
	<div class="body" id="top">
		<div class="container">
			<header class="header" role="banner">
				<div class="header-inner clearfix">
					<a class="brand pull-left" href="/">
						<img src="https://www.verbum-tlumaczenia.pl/images/logo-verbum.png" alt="Verbum Biuro Tłumaczeń" />
						<div class="site-description">Tłumaczenia przysięgłe i specjalistyczne · Kraków</div>
					</a>
					<div class="header-search pull-right">
						<div class="custom"  >
	<p class="telefon"><a href="tel:+48124221840">+48 12 422 18 40</a><br /><a href="mailto:biuro@verbum-tlumaczenia.pl">biuro@verbum-tlumaczenia.pl</a></p></div>
					</div>
				</div>
			</header>
			<nav class="navigation" role="navigation">
				<div class="navbar pull-left">
					<a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse">
						<span class="element-invisible">Przełącz nawigację</span>
						<span class="icon-bar"></span>
						<span class="icon-bar"></span>
						<span class="icon-bar"></span>
					</a>
				</div>
				<div class="nav-collapse">
					<ul class="nav menu nav-pills mod-list">
@@menu@@
</ul>

				</div>
			</nav>
			
			<div class="row-fluid">
								<main id="content" role="main" class="span9">
					<!-- Begin Content -->
					
					<div aria-label="Ścieżka" role="navigation">
	<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">
					<li>
				Jesteś tutaj: &#160;
			</li>
		
						<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
											<a itemprop="item" href="/" class="pathway"><span itemprop="name">Strona główna</span></a>
					
											<span class="divider">
							<img src="/media/system/images/arrow.png" alt="" />						</span>
										<meta itemprop="position" content="1">
				</li>
							<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active">
					<span itemprop="name">
						Polityka prywatności					</span>
					<meta itemprop="position" content="2">
				</li>
				</ul>
</div>

					<div id="system-message-container">
	</div>

					<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="pl-PL" />
	
		
			<div class="page-header">
		<h1 itemprop="headline">
			@@title@@
		</h1>
							</div>
							
<div class="icons">
	
					<div class="btn-group pull-right">
				<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-27" aria-label="Narzędzia użytkownika"
				data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">
					<span class="icon-cog" aria-hidden="true"></span>
					<span class="caret" aria-hidden="true"></span>
				</button>
								<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-27">
											<li class="print-icon"> <a href="/polityka-prywatnosci?tmpl=component&amp;print=1&amp;layout=default" title="Drukuj artykuł &lt; Polityka prywatności &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow">			<span class="icon-print" aria-hidden="true"></span>
		Drukuj	</a> </li>
																<li class="email-icon"> <a href="/component/mailto/?tmpl=component&amp;template=verbum&amp;link=@@maillink@@" title="Wyślij link na adres e-mail" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow">			<span class="icon-envelope" aria-hidden="true"></span>
		E-mail	</a> </li>
														</ul>
			</div>
		
	</div>
			
		
						<dl class="article-info muted">

		
			<dt class="article-info-term">
									Szczegóły							</dt>

			
			
			
			
			
		
												<dd class="modified">
				<span class="icon-calendar" aria-hidden="true"></span>
				<time datetime="@@mod_iso@@" itemprop="dateModified">
					Ostatnio zmodyfikowany: @@mod_txt@@				</time>
			</dd>			
										<dd class="hits">
					<span class="icon-eye-open" aria-hidden="true"></span>
					<meta itemprop="interactionCount" content="UserPageVisits:@@hits@@" />
					Odsłon: @@hits@@			</dd>						</dl>
	
	
				
								<div itemprop="articleBody">
		@@body@@ 	</div>

	
							</div>

					<div class="clearfix"></div>
					
					<!-- End Content -->
				</main>
									<div id="aside" class="span3">
						<!-- Begin Right Sidebar -->
						<div class="well "><h3 class="page-header">Bezpłatna wycena</h3>

<div class="custom"  >
	<p>Prześlij skan dokumentu na <a href="mailto:biuro@verbum-tlumaczenia.pl">biuro@verbum-tlumaczenia.pl</a> – odpowiemy z wyceną w ciągu godziny (pon.–pt. 9:00–17:00).</p></div>
</div><div class="well "><h3 class="page-header">Aktualności</h3><ul class="latestnews mod-list">
@@news@@
</ul>
</div>
						<!-- End Right Sidebar -->
					</div>
							</div>
		</div>
	</div>
	<!-- Footer -->
	<footer class="footer" role="contentinfo">
		<div class="container">
			<hr />
			<div class="custom"  >
	<p>Verbum Biuro Tłumaczeń · ul. Karmelicka 34/5, 31-128 Kraków · NIP 6762198845 · <a href="/polityka-prywatnosci">Polityka prywatności</a></p></div>

			<p class="pull-right">
				<a href="#top" id="back-top">
					Wróć na górę				</a>
			</p>
			<p>
				&copy; @@year@@ Verbum Biuro Tłumaczeń Kraków			</p>
		</div>
	</footer>
	
<!-- Smartsupp Live Chat script -->
<script type="text/javascript">
var _smartsupp = _smartsupp || {};
_smartsupp.key = '6c0b2f9e4d1a7c83e5f0b9a2d4c6e8f1a3b5c7d9';
_smartsupp.offsetY = 60;
_smartsupp.color = '#7a1f2b';
window.smartsupp||(function(d) {
  var s,c,o=smartsupp=function(){ o._.push(arguments)};o._=[];
  s=d.getElementsByTagName('script')[0];c=d.createElement('script');
  c.type='text/javascript';c.charset='utf-8';c.async=true;
  c.src='https://www.smartsuppchat.com/loader.js?';s.parentNode.insertBefore(c,s);
})(document);
smartsupp('chat:message', '@@chatmsg@@');
</script>
</body>
</html>
"""

J4 = """<!DOCTYPE html>
<html lang="pl-pl" dir="ltr">

<head>
    <meta charset="utf-8">
	<meta name="author" content="Agnieszka Wrona">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="Biuro tłumaczeń Verbum w Krakowie – tłumaczenia przysięgłe i specjalistyczne, tłumaczenia ustne.">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>Polityka prywatności - Verbum Biuro Tłumaczeń Kraków</title>
	<link href="/media/templates/site/cassiopeia_verbum/images/favicon.ico" rel="alternate icon" type="image/vnd.microsoft.icon">
	<link href="/media/system/images/joomla-favicon-pinned.svg" rel="mask-icon" color="#000">

    <link href="/media/system/css/joomla-fontawesome.min.css?@@mv@@" rel="lazy-stylesheet"><noscript><link href="/media/system/css/joomla-fontawesome.min.css?@@mv@@" rel="stylesheet"></noscript>
	<link href="https://fonts.googleapis.com/css2?family=Lato:wght@400;700&amp;display=swap" rel="lazy-stylesheet" crossorigin="anonymous"><noscript><link href="https://fonts.googleapis.com/css2?family=Lato:wght@400;700&amp;display=swap" rel="stylesheet"></noscript>
	<link href="/media/templates/site/cassiopeia/css/template.min.css?@@mv@@" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?@@mv@@" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia_verbum/css/user.css?@@tpl@@" rel="stylesheet">
	<style>:root {
		--hue: 214;
		--template-bg-light: #f0f4fb;
		--template-text-dark: #495057;
		--template-text-light: #ffffff;
		--template-link-color: #7a1f2b;
		--template-special-color: #001B4C;
		--cassiopeia-font-family-body: "Lato", sans-serif;
			--cassiopeia-font-family-headings: "Lato", sans-serif;
			--cassiopeia-font-weight-headings: 700;
			--cassiopeia-font-weight-normal: 400;
		
	}</style>

    <script src="/media/vendor/metismenujs/js/metismenujs.min.js?1.4.0" defer></script>
	<script src="/media/templates/site/cassiopeia/js/mod_menu/menu-metismenu.min.js?@@mv@@" defer></script>
	<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"B\\u0142\\u0105d","MESSAGE":"Wiadomo\\u015b\\u0107","NOTICE":"Uwaga","WARNING":"Ostrze\\u017cenie","JCLOSE":"Zamknij","JOK":"OK","JOPEN":"Otw\\u00f3rz"},"system.paths":{"root":"","rootFull":"https:\\/\\/www.verbum-tlumaczenia.pl\\/","base":"","baseFull":"https:\\/\\/www.verbum-tlumaczenia.pl\\/"},"csrf.token":"@@csrf@@"}</script>
	<script src="/media/system/js/core.min.js?@@mv@@"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?@@mv@@" type="module"></script>
	<script src="/media/system/js/messages.min.js?@@mv@@" type="module"></script>
	<script async src="https://www.googletagmanager.com/gtag/js?id=G-QX81TR5KZ2"></script>
	<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('js', new Date());gtag('config', 'G-QX81TR5KZ2', { 'anonymize_ip': true });</script>

</head>

<body class="site com_content wrapper-static view-article no-layout no-task itemid-118 has-sidebar-right">
    <header class="header container-header full-width">

                    <div class="container-topbar">
                <div class="moduletable ">
        
<div id="mod-custom112" class="mod-custom custom">
    <p class="telefon"><a href="tel:+48124221840">+48 12 422 18 40</a> · <a href="mailto:biuro@verbum-tlumaczenia.pl">biuro@verbum-tlumaczenia.pl</a> · pon.–pt. 9:00–17:00</p></div>
</div>

            </div>
        
        
                    <div class="grid-child">
                <div class="navbar-brand">
                    <a class="brand-logo" href="/">
                        <img loading="eager" decoding="async" src="https://www.verbum-tlumaczenia.pl/images/logo-verbum.png" alt="Verbum Biuro Tłumaczeń" width="240" height="64">                    </a>
                                            <div class="site-description">Tłumaczenia przysięgłe i specjalistyczne · Kraków</div>
                                    </div>
            </div>
        
                    <div class="grid-child container-nav">
                                    <ul class="mod-menu mod-list nav ">
@@menu@@
</ul>

                                            </div>
            </header>

    <div class="site-grid">

        
        
        
        <div class="grid-child container-component">
            <nav class="mod-breadcrumbs__wrapper" aria-label="Ścieżka">
    <ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">
                    <li class="mod-breadcrumbs__here float-start">
                Jesteś tutaj: &#160;
            </li>
        
        <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Strona główna</span></a>                <meta itemprop="position" content="1">
            </li><li aria-current="page" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item active"><span itemprop="name">Polityka prywatności</span>                <meta itemprop="position" content="2">
            </li>    </ol>
    </nav>

            
            <div id="system-message-container" aria-live="polite"></div>

            <main>
            <div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
    <meta itemprop="inLanguage" content="pl-PL">
    
    
        <div class="page-header">
        <h1 itemprop="headline">
            @@title@@        </h1>
                            </div>
        
        
            <dl class="article-info text-muted">

            <dt class="article-info-term">
                        Szczegóły                    </dt>

        
        
        
        
        
    
                        <dd class="modified">
    <span class="icon-calendar icon-fw" aria-hidden="true"></span>
    <time datetime="@@mod_iso@@" itemprop="dateModified">
        Ostatnia aktualizacja: @@mod_txt@@    </time>
</dd>
        
                    <dd class="hits">
    <span class="icon-eye icon-fw" aria-hidden="true"></span>
    <meta itemprop="interactionCount" content="UserPageVisits:@@hits@@">
    Odsłony: @@hits@@</dd>
            </dl>
    
    
        
                                                <div itemprop="articleBody" class="com-content-article__body">
        @@body@@     </div>

        
                                        </div>

            </main>
            
        </div>

                <div class="grid-child container-sidebar-right">
            <div class="sidebar-right card ">
            <h3 class="card-header ">Bezpłatna wycena</h3>        <div class="card-body">
                
<div id="mod-custom113" class="mod-custom custom">
    <p>Prześlij skan dokumentu na <a href="mailto:biuro@verbum-tlumaczenia.pl">biuro@verbum-tlumaczenia.pl</a> – odpowiemy z wyceną w ciągu godziny (pon.–pt. 9:00–17:00).</p></div>
    </div>
</div>
<div class="sidebar-right card ">
            <h3 class="card-header ">Aktualności</h3>        <div class="card-body">
                <ul class="mod-articleslatest latestnews mod-list">
@@news@@
</ul>
    </div>
</div>

        </div>
        
        
            </div>

            <footer class="container-footer footer full-width">
            <div class="grid-child">
                
<div id="mod-custom114" class="mod-custom custom">
    <p>Verbum Biuro Tłumaczeń · ul. Karmelicka 34/5, 31-128 Kraków · NIP 6762198845 · <a href="/polityka-prywatnosci">Polityka prywatności</a> · © @@year@@</p></div>

            </div>
        </footer>
    
            <a href="#top" id="back-top" class="back-to-top-link" aria-label="Wróć na górę">
            <span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
        </a>
    
    
<!-- Smartsupp Live Chat script -->
<script type="text/javascript">
var _smartsupp = _smartsupp || {};
_smartsupp.key = '6c0b2f9e4d1a7c83e5f0b9a2d4c6e8f1a3b5c7d9';
_smartsupp.offsetY = 60;
_smartsupp.color = '#7a1f2b';
window.smartsupp||(function(d) {
  var s,c,o=smartsupp=function(){ o._.push(arguments)};o._=[];
  s=d.getElementsByTagName('script')[0];c=d.createElement('script');
  c.type='text/javascript';c.charset='utf-8';c.async=true;
  c.src='https://www.smartsuppchat.com/loader.js?';s.parentNode.insertBefore(c,s);
})(document);
smartsupp('chat:message', '@@chatmsg@@');
</script>
</body>
</html>
"""


def render(state, blocks, when):
    mod = _modified(blocks, when)
    state["modified"] = mod
    j4 = state["joomla"].startswith("4")
    title, body = blocks[0][1], blocks[1:]
    loc_off = 1 + K.eu_summer(mod)
    mloc = mod + dt.timedelta(hours=loc_off)
    mod_iso = mloc.strftime("%Y-%m-%dT%H:%M:%S") + "+%02d:00" % loc_off
    mod_txt = "%02d %s %d" % (mloc.day, K.MONTHS["pl_gen"][mloc.month - 1], mloc.year)
    mv = C.det_sha("joomla-media", state["joomla"])[:32 if not j4 else 20]
    if j4:
        menu = "\n".join('<li class="nav-item item-%d%s"><a href="%s" >%s</a></li>'
                         % (n, " default" if u == "/" else "", u, K.esc(t)) for t, u, n in MENU)
        news = "\n".join('    <li itemscope itemtype="https://schema.org/Article">\n        <a href="/aktualnosci/%s" '
                         'itemprop="url">\n            <span itemprop="name">\n                %s            </span>\n'
                         '        </a>\n    </li>' % (a, K.esc(t)) for _, t, a in state["news"])
        tpl = J4
    else:
        menu = "\n".join('<li class="item-%d%s"><a href="%s" >%s</a></li>'
                         % (n, " default" if u == "/" else "", u, K.esc(t)) for t, u, n in MENU)
        news = "\n".join('\t<li itemscope itemtype="https://schema.org/Article">\n\t\t<a href="/aktualnosci/%s" '
                         'itemprop="url">\n\t\t\t<span itemprop="name">\n\t\t\t\t%s\t\t\t</span>\n\t\t</a>\n\t</li>'
                         % (a, K.esc(t)) for _, t, a in state["news"])
        tpl = J3
    chat = ("Dzień dobry! W czym możemy pomóc?" if state["smartsupp_online"]
            else "Jesteśmy offline – zostaw wiadomość, odpowiemy w godzinach pracy biura.")
    return K.fill(tpl, mv=mv, tpl=state["template"], csrf=state["csrf"], menu=menu, title=K.esc(title),
                  maillink=C.det_sha("mail", "pp")[:40], mod_iso=mod_iso, mod_txt=mod_txt, hits=state["hits"],
                  body=_body(body), news=news, year=when.year, chatmsg=chat)


PAGE = {
    "service": "Verbum Tlumaczenia",
    "url": "https://www.verbum-tlumaczenia.pl/polityka-prywatnosci",
    "lang": "pl",
    "platform": "Joomla 3.10 (custom Bootstrap 2 template) -> Joomla 4.4 (Cassiopeia child) in April 2024",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Apache"), ("Cache-Control", "no-store, no-cache, must-revalidate"),
                      ("Pragma", "no-cache"), ("X-Content-Type-Options", "nosniff")],
    "n": 31,
    "start": dt.date(2023, 5, 8),
    "end": dt.date(2025, 3, 28),
    "hours": (3, 9, 16),
    "policy": POLICY,
    "first_updated": dt.date(2023, 3, 6),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.verbum-tlumaczenia.pl/polityka-prywatnosci",
        "select": ".item-page",
        "remove": [".article-info", ".item-page .icons"],
    },
}
