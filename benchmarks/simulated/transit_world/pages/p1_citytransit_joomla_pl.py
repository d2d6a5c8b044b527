"""ZTM Biała Góra (a Polish city transit authority): Joomla 3.10 with a custom Protostar-derived template until
the December 2022 upgrade to Joomla 4.4 with a Cassiopeia child template; the policy is a com_content article.

Noise: the Joomla session's CSRF token (joomla-script-options and the login module's hidden input), the media
version hash per Joomla update, the "Komunikaty" ticker of current disruptions in the header, and the article's
hits counter in `dl.article-info` *inside* the tracked `.item-page` (the curator removes `.article-info`, as OTA
curators do for Joomla's article details)."""
import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

URL = "https://www.ztm.bialagora.pl/polityka-prywatnosci"
START = dt.date(2021, 2, 1)
UPGRADE = dt.datetime(2022, 12, 5, 6, 0, 0)

MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
          "października", "listopada", "grudnia"]


def fmt_date(d):
    return "%d %s %d r." % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """# Polityka prywatności

Zarząd Transportu Miejskiego w Białej Górze (dalej: **ZTM**) szanuje prywatność pasażerów, użytkowników Karty Miejskiej oraz osób odwiedzających nasz serwis internetowy. Poniżej wyjaśniamy, w jaki sposób przetwarzamy dane osobowe zgodnie z rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. w sprawie ochrony osób fizycznych w związku z przetwarzaniem danych osobowych i w sprawie swobodnego przepływu takich danych (dalej: **RODO**).

Data ostatniej aktualizacji: {UPDATED}

## 1. Administrator danych

Administratorem Państwa danych osobowych jest Zarząd Transportu Miejskiego w Białej Górze, jednostka budżetowa Miasta Biała Góra, organizator publicznego transportu zbiorowego na terenie miasta i gmin, z którymi zawarto porozumienia międzygminne.

@ Zarząd Transportu Miejskiego w Białej Górze
@ ul. Tramwajowa 14
@ 43-310 Biała Góra
@ tel. 33 812 40 00, e-mail: ztm@ztm.bialagora.pl

## 2. Inspektor Ochrony Danych

W ZTM wyznaczono Inspektora Ochrony Danych, z którym można kontaktować się we wszystkich sprawach dotyczących przetwarzania danych osobowych oraz korzystania z praw związanych z ich przetwarzaniem:

- e-mail: iod@ztm.bialagora.pl
- telefon: 33 812 45 60 (od poniedziałku do piątku w godzinach 8:00–15:00)
- pisemnie na adres siedziby ZTM z dopiskiem „Inspektor Ochrony Danych”.

## 3. Cele i podstawy prawne przetwarzania

Dane osobowe przetważane są wyłącznie w zakresie niezbędnym do realizacji poniższych celów:

| Cel przetwarzania | Podstawa prawna | Zakres danych |
| Wydanie i obsługa spersonalizowanej Karty Miejskiej, w tym ulg i biletów okresowych | art. 6 ust. 1 lit. c i e RODO w związku z uchwałą Rady Miasta Biała Góra w sprawie cen i opłat za usługi przewozowe | imię, nazwisko, numer PESEL lub data urodzenia, zdjęcie, numer dokumentu uprawniającego do ulgi |
| Sprzedaż biletów w aplikacji mobilnej, w sklepie internetowym i w Punktach Obsługi Pasażera | art. 6 ust. 1 lit. b RODO | imię, nazwisko, adres e-mail, numer telefonu, historia transakcji |
| Kontrola biletów i dochodzenie opłat dodatkowych | art. 6 ust. 1 lit. c RODO w związku z art. 33a ustawy z dnia 15 listopada 1984 r. – Prawo przewozowe | imię, nazwisko, adres zamieszkania, numer PESEL, seria i numer dokumentu tożsamości |
| Rozpatrywanie reklamacji, skarg i wniosków pasażerów | art. 6 ust. 1 lit. c RODO | dane kontaktowe, treść zgłoszenia, numer biletu lub Karty Miejskiej |
| Monitoring wizyjny w pojazdach i w węzłach przesiadkowych | art. 6 ust. 1 lit. e RODO | wizerunek, numer taborowy pojazdu, data i godzina nagrania |
| Obsługa rzeczy znalezionych w pojazdach | art. 6 ust. 1 lit. c RODO w związku z ustawą z dnia 20 lutego 2015 r. o rzeczach znalezionych | imię, nazwisko, dane kontaktowe, opis rzeczy |

Podanie danych jest dobrowolne, jednak w przypadku Karty Miejskiej ze zniżką oraz biletów okresowych imiennych jest warunkiem ich wydania. W przypadku kontroli biletów obowiązek okazania dokumentu tożsamości wynika z przepisów ustawy – Prawo przewozowe.

## 4. Karta Miejska i bilety elektroniczne

Spersonalizowana Karta Miejska zawiera nadrukowane imię, nazwisko i zdjęcie posiadacza. W układzie elektronicznym karty zapisywany jest wyłącznie jej numer, rodzaj uprawnienia do ulgi oraz zakodowane bilety. Dane osobowe posiadacza przechowywane są w centralnym systemie Karty Miejskiej, a nie na samej karcie.

Informacje o kasowaniu biletu (numer pojazdu, linia, data i godzina) zapisywane są w systemie w celu rozliczeń z operatorami oraz rozpatrywania reklamacji. Dane te wykorzystujemy także do analiz napełnień pojazdów, wyłącznie w postaci zagregowanej, bez powiązania z konkretnym pasażerem.

Karta Miejska na okaziciela nie jest powiązana z danymi osobowymi. W przypadku jej utraty nie ma możliwości odtworzenia zapisanych na niej biletów.

## 5. Kontrola biletów i opłaty dodatkowe

Kontrolerzy biletów działający w imieniu ZTM są uprawnieni do żądania okazania dokumentu stwierdzającego tożsamość pasażera, który nie posiada ważnego biletu lub uprawnienia do przejazdu. Na podstawie tych danych wystawiane jest wezwanie do zapłaty opłaty dodatkowej.

W przypadku nieuregulowania opłaty dodatkowej w terminie ZTM prowadzi postępowanie windykacyjne, a następnie może przekazać informację o zadłużeniu do biura informacji gospodarczej, po uprzednim wezwaniu do zapłaty wysłanym na adres dłużnika.

## 6. Monitoring wizyjny

Pojazdy komunikacji miejskiej oraz węzły przesiadkowe Dworzec Centralny i Plac Wolności są objęte monitoringiem wizyjnym w celu zapewnienia bezpieczeństwa pasażerów i pracowników oraz ochrony mienia. Monitoring nie obejmuje dźwięku.

Nagrania przechowywane są przez okres 30 dni od dnia nagrania, a następnie automatycznie nadpisywane. Jeżeli nagranie stanowi dowód w postępowaniu prowadzonym na podstawie prawa, okres przechowywania ulega przedłużeniu do czasu prawomocnego zakończenia postępowania.

## 7. Odbiorcy danych

Dane osobowe mogą być przekazywane wyłącznie podmiotom, które przetwarzają je na nasze zlecenie na podstawie umów powierzenia, oraz podmiotom uprawnionym na podstawie przepisów prawa:

| Odbiorca | Cel udostępnienia lub powierzenia |
| Operatorzy przewozów: MPK Biała Góra sp. z o.o. oraz PKS Biała Góra S.A. | obsługa zdarzeń w pojazdach, udostępnianie nagrań monitoringu |
| Transcom Systemy sp. z o.o. | utrzymanie i serwis systemu Karty Miejskiej |
| PayLine S.A. | obsługa płatności elektronicznych w sklepie internetowym |
| Krajowy Rejestr Długów Biuro Informacji Gospodarczej S.A. | informacja o nieuregulowanych opłatach dodatkowych |
| Poczta Polska S.A. | doręczanie korespondencji |

Na żądanie dane mogą zostać udostępnione także Policji, sądom, prokuraturze i innym organom publicznym w zakresie, w jakim przewidują to przepisy prawa. Nie przekazujemy danych osobowych do państw spoza Europejskiego Obszaru Gospodarczego.

## 8. Okres przechowywania danych

- dane posiadaczy Karty Miejskiej – przez okres ważności karty, a następnie przez 5 lat od końca roku, w którym karta utraciła ważność;
- dane dotyczące sprzedaży biletów – przez 5 lat od końca roku podatkowego, w którym dokonano transakcji;
- dane z kontroli biletów – do czasu uregulowania opłaty dodatkowej lub przedawnienia roszczenia;
- reklamacje, skargi i wnioski – zgodnie z jednolitym rzeczowym wykazem akt, co do zasady przez 5 lat;
- nagrania monitoringu – zgodnie z punktem 6.

## 9. Przysługujące Państwu prawa

W związku z przetwarzaniem danych osobowych przysługuje Państwu prawo:

- dostępu do swoich danych oraz otrzymania ich kopii;
- sprostowania (poprawiania) danych;
- usunięcia danych, w przypadkach określonych w art. 17 RODO;
- ograniczenia przetwarzania danych;
- wniesienia sprzeciwu wobec przetwarzania, gdy podstawą jest art. 6 ust. 1 lit. e RODO;
- przenoszenia danych, gdy przetwarzanie odbywa się na podstawie umowy i w sposób zautomatyzowany.

Przysługuje Państwu również prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 Warszawa), jeżeli uznają Państwo, że przetwarzanie danych narusza przepisy RODO.

W oparciu o Państwa dane nie podejmujemy decyzji w sposób zautomatyzowany, w tym nie stosujemy profilowania.

## 10. Pliki cookies i statystyki serwisu

Serwis ztm.bialagora.pl wykorzystuje pliki cookies niezbędne do jego działania (zapamiętanie sesji oraz ustawień wyszukiwarki połączeń) oraz, za Państwa zgodą, pliki cookies statystyczne narzędzia Matomo, instalowanego na serwerach ZTM. Dane statystyczne nie są przekazywane podmiotom trzecim.

Ustawienia plików cookies można w każdej chwili zmienić w przeglądarce internetowej. Wyłączenie plików cookies niezbędnych może spowodować nieprawidłowe działanie wyszukiwarki połączeń i sklepu internetowego.

## 11. Zmiany polityki prywatności

ZTM może aktualizować niniejszą politykę prywatności w przypadku zmiany przepisów prawa lub sposobu przetwarzania danych. Aktualna wersja jest zawsze dostępna na tej stronie oraz w Punktach Obsługi Pasażera."""

EDITS = [
    {"note": "typo fixed: 'przetważane' -> 'przetwarzane' (no new date)", "bump": False,
     "repl": [("Dane osobowe przetważane są", "Dane osobowe przetwarzane są")]},
    {"note": "DPO phone number and hours changed",
     "repl": [("telefon: 33 812 45 60 (od poniedziałku do piątku w godzinach 8:00–15:00)",
               "telefon: 33 812 45 99 (od poniedziałku do piątku w godzinach 7:30–15:30)")]},
    {"note": "mobile-ticketing app vendor added to the recipients table",
     "repl": [("| PayLine S.A. | obsługa płatności elektronicznych w sklepie internetowym |",
               "| PayLine S.A. | obsługa płatności elektronicznych w sklepie internetowym |\n"
               "| MobiTravel sp. z o.o. | obsługa aplikacji mobilnej „Biała Góra Bilet” i kont jej użytkowników |")]},
    {"note": "CCTV retention shortened from 30 to 14 days",
     "repl": [("Nagrania przechowywane są przez okres 30 dni od dnia nagrania",
               "Nagrania przechowywane są przez okres 14 dni od dnia nagrania")]},
    {"note": "new subsection: tap-to-ride EMV ticket (contactless bank cards in validators)",
     "repl": [("W przypadku jej utraty nie ma możliwości odtworzenia zapisanych na niej biletów.",
               "W przypadku jej utraty nie ma możliwości odtworzenia zapisanych na niej biletów.\n\n"
               "### Bilet kupowany kartą zbliżeniową w kasowniku\n\n"
               "W pojazdach można kupić bilet jednorazowy, przykładając zbliżeniową kartę płatniczą lub telefon "
               "do kasownika. W takim przypadku przetwarzamy wyłącznie zaszyfrowany identyfikator karty "
               "płatniczej (token), datę, godzinę i numer pojazdu. Nie otrzymujemy imienia, nazwiska ani pełnego "
               "numeru karty.\n\n"
               "Podczas kontroli kontroler odczytuje token karty, aby potwierdzić zakup biletu. Historię "
               "przejazdów i płatności można sprawdzić w portalu pasażera po podaniu ostatnich czterech cyfr "
               "karty i daty przejazdu. Dane te przechowujemy przez 13 miesięcy od dnia transakcji.")]},
]

TICKER = [
    "Od 4 marca linie 3 i 9 kursują objazdem ul. Kolejową w związku z remontem wiaduktu.",
    "Zmiana rozkładu jazdy linii 21 w dni robocze.",
    "Utrudnienia w ruchu na al. Niepodległości – możliwe opóźnienia linii 5, 11 i 14.",
    "Komunikacja zastępcza za tramwaj linii 2 na odcinku Dworzec Centralny – Osiedle Słoneczne.",
    "Wszystkich Świętych: dodatkowe linie cmentarne C1–C4.",
    "Nowy Punkt Obsługi Pasażera w Galerii Zachód czynny od poniedziałku do soboty.",
    "Awaria sygnalizacji na skrzyżowaniu ul. Mickiewicza i Sienkiewicza – opóźnienia linii 7.",
    "Linia nocna N2 wraca na stałą trasę.",
    "Ferie zimowe: rozkłady jazdy w wersji feryjnej.",
    "Zamknięcie przystanku Rynek 02 do odwołania.",
    "Bilety okresowe kupisz także w aplikacji mobilnej.",
    "Dni Białej Góry: zmiany tras linii 1, 4 i 17 w sobotę i niedzielę.",
]


def noise(rng, when, i, prev):
    prev = prev or {}
    j4 = when >= UPGRADE
    st = {"platform": "joomla4" if j4 else "joomla3"}
    mv = prev.get("mediaversion")
    if mv is None or prev.get("platform") != st["platform"] or rng.random() < 0.12:
        mv = C.hexs(rng, 32)
    st["mediaversion"] = mv
    st["token"] = C.hexs(rng, 32)
    st["ticker"] = C.keep_or(rng, prev.get("ticker"), 0.55, lambda: rng.sample(range(len(TICKER)), 3))
    st["hits"] = 18234 + (when.date() - START).days * 23 + rng.randint(0, 40)
    return st


LABELS = {"platform": "Joomla upgrade (3.10 -> 4.4, new template)", "mediaversion": "media version hash",
          "token": "session CSRF token", "ticker": "disruption ticker (Komunikaty)",
          "hits": "article hits counter inside .item-page (removed by .article-info)"}


def tiny(blocks):
    """TinyMCE output as the editors paste it: a &nbsp; spacer paragraph before every section heading."""
    out = []
    for b in blocks[1:]:
        if b[0] == "h2":
            out.append("<p>&nbsp;</p>")
        if b[0] == "table":
            head = "".join("<th scope=\"col\">%s</th>" % C.inline_html(x) for x in b[1][0])
            body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r) for r in b[1][1:])
            out.append('<table class="table table-bordered table-striped" style="width: 100%%;">\n<thead>\n<tr>%s'
                       '</tr>\n</thead>\n<tbody>\n%s\n</tbody>\n</table>' % (head, body))
        else:
            out.append(C.block_html(b))
    return "\n".join(out)


NAV = [("/", "Start"), ("/rozklady-jazdy", "Rozkłady jazdy"), ("/bilety", "Bilety i ceny"),
       ("/karta-miejska", "Karta Miejska"), ("/komunikaty", "Komunikaty"), ("/kontakt", "Kontakt")]


def render(st, blocks, when):
    title = blocks[0][1]
    mv, tok = st["mediaversion"], st["token"]
    ticker = "".join('<li class="komunikat">%s</li>' % html.escape(TICKER[k]) for k in st["ticker"])
    body = tiny(blocks)
    hits = st["hits"]
    if st["platform"] == "joomla3":
        nav = "".join('<li class="item-%d%s"><a href="%s">%s</a></li>' % (
            101 + n, " current active" if False else "", u, t) for n, (u, t) in enumerate(NAV))
        return """<!DOCTYPE html>
<html lang="pl-pl" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="%(url)s" />
	<meta name="keywords" content="ztm, komunikacja miejska, biała góra, rozkład jazdy" />
	<meta name="author" content="Dział Organizacyjny" />
	<meta name="description" content="Zarząd Transportu Miejskiego w Białej Górze" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>Polityka prywatności - Zarząd Transportu Miejskiego w Białej Górze</title>
	<link href="/templates/ztm2016/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/media/jui/css/bootstrap.min.css?%(mv)s" rel="stylesheet" />
	<link href="/media/jui/css/bootstrap-responsive.min.css?%(mv)s" rel="stylesheet" />
	<link href="/templates/ztm2016/css/template.css?%(mv)s" rel="stylesheet" />
	<link href="/modules/mod_ztm_komunikaty/assets/ticker.css" rel="stylesheet" />
	<script type="application/json" class="joomla-script-options new">{"csrf.token":"%(tok)s","system.paths":{"root":"","base":""}}</script>
	<script src="/media/jui/js/jquery.min.js?%(mv)s"></script>
	<script src="/media/jui/js/jquery-noconflict.js?%(mv)s"></script>
	<script src="/media/jui/js/jquery-migrate.min.js?%(mv)s"></script>
	<script src="/media/system/js/caption.js?%(mv)s"></script>
	<script src="/media/jui/js/bootstrap.min.js?%(mv)s"></script>
	<script src="/media/system/js/core.js?%(mv)s"></script>
	<script src="/templates/ztm2016/js/template.js?%(mv)s"></script>
	<script>
jQuery(window).on('load',  function() {
				new JCaption('img.caption');
			});
	</script>
	<!--[if lt IE 9]><script src="/media/jui/js/html5.js?%(mv)s"></script><![endif]-->
</head>
<body class="site com_content view-article no-layout no-task itemid-214">
	<div class="body" id="top">
		<div class="container">
			<header class="header" role="banner">
				<div class="header-inner clearfix">
					<a class="brand pull-left" href="/">
						<img src="https://www.ztm.bialagora.pl/images/logo/ztm-logo.png" alt="Zarząd Transportu Miejskiego w Białej Górze" />
											</a>
					<div class="header-search pull-right">
						<div class="search">
	<form action="/polityka-prywatnosci" method="post" class="form-inline" role="search">
		<label for="mod-search-searchword93" class="element-invisible">Szukaj</label> <input name="searchword" id="mod-search-searchword93" maxlength="200"  class="inputbox search-query input-medium" type="search" placeholder="Szukaj..." />		<input type="hidden" name="task" value="search" />
		<input type="hidden" name="option" value="com_search" />
		<input type="hidden" name="Itemid" value="214" />
	</form>
</div>
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
%(nav)s
</ul>
				</div>
			</nav>
			<div class="moduletable komunikaty-ticker">
				<h3>Komunikaty</h3>
				<ul class="ticker" data-speed="40">%(ticker)s</ul>
			</div>
			<div class="row-fluid">
				<main id="content" role="main" class="span9">
					<div id="system-message-container">
	</div>

					<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="pl-PL" />
	
		
			<div class="page-header">
		<h1 itemprop="headline">
			%(title)s		</h1>
							</div>
							
<div class="icons">
	
					<div class="btn-group pull-right">
				<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-57" aria-label="Narzędzia użytkownika"
				data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">
					<span class="icon-cog" aria-hidden="true"></span>
					<span class="caret" aria-hidden="true"></span>
				</button>
								<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-57">
											<li class="print-icon"> <a href="/polityka-prywatnosci?tmpl=component&amp;print=1" title="Wydrukuj artykuł < Polityka prywatności >" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow">			<span class="icon-print" aria-hidden="true"></span>
		Drukuj	</a> </li>
																<li class="email-icon"> <a href="/component/mailto/?tmpl=component&amp;template=ztm2016&amp;link=3c9a0d41f5e7b2a86c1d0e4f9b7a5c3e2d1f0a98" title="Wyślij link do znajomego" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow">			<span class="icon-envelope" aria-hidden="true"></span>
		E-mail	</a> </li>
														</ul>
			</div>
		
	</div>
			
		
						<dl class="article-info muted">

		
			<dt class="article-info-term">
									Szczegóły							</dt>

							<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">
					Napisane przez <span itemprop="name">Dział Organizacyjny</span>	</dd>
			
			
			
							<dd class="published">
				<span class="icon-calendar" aria-hidden="true"></span>
				<time datetime="2018-05-24T09:12:00+00:00" itemprop="datePublished">
					Opublikowano: 24 maj 2018			</time>
			</dd>			
			
							<dd class="hits">
					<span class="icon-eye-open" aria-hidden="true"></span>
					<meta itemprop="interactionCount" content="UserPageVisits:%(hits)d" />
					Odsłon: %(hits)d			</dd>						</dl>
	
	
				
								<div itemprop="articleBody">
		%(body)s 	</div>

	
							</div>

					
				</main>
				<div id="aside" class="span3">
					<div class="well moduletable-rozklad">
						<h3 class="page-header">Wyszukiwarka połączeń</h3>
						<form action="/rozklady-jazdy/planer" method="get" class="planer">
							<input type="text" name="z" placeholder="Skąd" class="input-block-level" />
							<input type="text" name="do" placeholder="Dokąd" class="input-block-level" />
							<button class="btn btn-primary" type="submit">Szukaj połączenia</button>
						</form>
					</div>
					<div class="well "><h3 class="page-header">Logowanie</h3><form action="/polityka-prywatnosci" method="post" id="login-form" class="form-inline">
		<div class="userdata">
		<div id="form-login-username" class="control-group"><div class="controls"><input id="modlgn-username" type="text" name="username" class="input-small" tabindex="0" size="18" placeholder="Nazwa użytkownika" /></div></div>
		<div id="form-login-password" class="control-group"><div class="controls"><input id="modlgn-passwd" type="password" name="password" class="input-small" tabindex="0" size="18" placeholder="Hasło" /></div></div>
		<div id="form-login-submit" class="control-group"><div class="controls"><button type="submit" tabindex="0" name="Submit" class="btn btn-primary login-button">Zaloguj</button></div></div>
		<input type="hidden" name="option" value="com_users" />
		<input type="hidden" name="task" value="user.login" />
		<input type="hidden" name="return" value="aHR0cHM6Ly93d3cuenRtLmJpYWxhZ29yYS5wbC9wb2xpdHlrYS1wcnl3YXRub3Nj" />
		<input type="hidden" name="%(tok)s" value="1" />	</div>
	</form>
</div>
				</div>
			</div>
		</div>
	</div>
	<footer class="footer" role="contentinfo">
		<div class="container">
			<hr />
			<div class="moduletable stopka">
				<p>Zarząd Transportu Miejskiego w Białej Górze, ul. Tramwajowa 14, 43-310 Biała Góra<br />Centrum Informacji Pasażerskiej: 33 812 40 40 (całą dobę)</p>
				<ul class="nav menu stopka-menu">
					<li><a href="https://bip.ztm.bialagora.pl/">BIP</a></li>
					<li><a href="/deklaracja-dostepnosci">Deklaracja dostępności</a></li>
					<li class="current active"><a href="/polityka-prywatnosci">Polityka prywatności</a></li>
					<li><a href="/mapa-strony">Mapa strony</a></li>
				</ul>
			</div>
			<p class="pull-right"><a href="#top" id="back-top">Do góry</a></p>
			<p>&copy; %(year)d Zarząd Transportu Miejskiego w Białej Górze</p>
		</div>
	</footer>
	<div id="cookie-bar" class="cookie-bar"><p>Serwis wykorzystuje pliki cookies. Korzystając z serwisu, wyrażasz zgodę na ich używanie zgodnie z ustawieniami przeglądarki. <a href="/polityka-prywatnosci">Więcej informacji</a> <button class="btn btn-small" id="cookie-accept">Rozumiem</button></p></div>
	<script src="/templates/ztm2016/js/cookiebar.js"></script>
	<!-- Matomo -->
	<script>
	  var _paq = window._paq = window._paq || [];
	  _paq.push(['trackPageView']);
	  _paq.push(['enableLinkTracking']);
	  (function() {
	    var u="https://statystyki.bialagora.pl/";
	    _paq.push(['setTrackerUrl', u+'matomo.php']);
	    _paq.push(['setSiteId', '7']);
	    var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];
	    g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);
	  })();
	</script>
	<!-- End Matomo Code -->
</body>
</html>
""" % {"url": URL, "mv": mv, "tok": tok, "nav": nav, "ticker": ticker, "title": html.escape(title), "hits": hits,
       "body": body, "year": when.year}
    # Joomla 4.4, Cassiopeia child template
    nav = "".join('<li class="nav-item item-%d%s"><a href="%s" >%s</a></li>' % (
        101 + n, "", u, t) for n, (u, t) in enumerate(NAV))
    return """<!DOCTYPE html>
<html lang="pl-pl" dir="ltr">

<head>
    <meta charset="utf-8">
	<meta name="author" content="Dział Organizacyjny">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="Zarząd Transportu Miejskiego w Białej Górze – rozkłady jazdy, bilety, Karta Miejska, komunikaty.">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>Polityka prywatności – ZTM Biała Góra</title>
	<link href="/media/templates/site/cassiopeia_ztm/images/favicon.ico" rel="alternate icon" type="image/vnd.microsoft.icon">
	<link href="/media/system/images/joomla-favicon-pinned.svg" rel="mask-icon" color="#000">
	<link href="https://www.ztm.bialagora.pl/wyszukiwanie?format=opensearch" rel="search" title="OpenSearch ZTM Biała Góra" type="application/opensearchdescription+xml">

	<link href="/media/system/css/joomla-fontawesome.min.css?%(mv)s" rel="lazy-stylesheet"><noscript><link href="/media/system/css/joomla-fontawesome.min.css?%(mv)s" rel="stylesheet"></noscript>
	<link href="/media/templates/site/cassiopeia/css/template.min.css?%(mv)s" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?%(mv)s" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia_ztm/css/user.css?%(mv)s" rel="stylesheet">
	<link href="/media/mod_ztm_komunikaty/css/ticker.min.css?%(mv)s" rel="stylesheet">
	<style>:root {
		--hue: 214;
		--template-bg-light: #f0f4fb;
		--template-text-dark: #495057;
		--template-text-light: #ffffff;
		--template-link-color: #c8102e;
		--template-special-color: #001B4C;
		
	}</style>

	<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Błąd","MESSAGE":"Wiadomość","NOTICE":"Uwaga","WARNING":"Ostrzeżenie","JCLOSE":"Zamknij","JOK":"OK","JOPEN":"Otwórz"},"system.paths":{"root":"","rootFull":"https:\\/\\/www.ztm.bialagora.pl\\/","base":"","baseFull":"https:\\/\\/www.ztm.bialagora.pl\\/"},"csrf.token":"%(tok)s"}</script>
	<script src="/media/system/js/core.min.js?%(mv)s"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?%(mv)s" defer></script>
	<script src="/media/vendor/bootstrap/js/collapse.min.js?5.3.2" type="module"></script>
	<script src="/media/system/js/messages.min.js?%(mv)s" type="module"></script>
	<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"GovernmentOrganization","@id":"https://www.ztm.bialagora.pl/#/schema/Organization/base","name":"Zarząd Transportu Miejskiego w Białej Górze","url":"https://www.ztm.bialagora.pl/"},{"@type":"WebSite","@id":"https://www.ztm.bialagora.pl/#/schema/WebSite/base","url":"https://www.ztm.bialagora.pl/","name":"ZTM Biała Góra","publisher":{"@id":"https://www.ztm.bialagora.pl/#/schema/Organization/base"}},{"@type":"WebPage","@id":"https://www.ztm.bialagora.pl/#/schema/WebPage/base","url":"%(url)s","name":"Polityka prywatności – ZTM Biała Góra","isPartOf":{"@id":"https://www.ztm.bialagora.pl/#/schema/WebSite/base"},"about":{"@id":"https://www.ztm.bialagora.pl/#/schema/Organization/base"},"inLanguage":"pl-PL"},{"@type":"Article","@id":"https://www.ztm.bialagora.pl/#/schema/com_content/article/87","name":"Polityka prywatności","headline":"Polityka prywatności","inLanguage":"pl-PL","isPartOf":{"@id":"https://www.ztm.bialagora.pl/#/schema/WebPage/base"}}]}</script>

</head>

<body class="site com_content wrapper-static view-article no-layout no-task itemid-214 has-sidebar-right">
	<header class="header container-header full-width">

					<div class="container-topbar">
			<div class="moduletable komunikaty-ticker">
        <h3 >Komunikaty</h3>        <ul class="ticker" data-speed="40" aria-live="off">%(ticker)s</ul>
</div>
			</div>
		
		
					<div class="grid-child">
				<div class="navbar-brand">
					<a class="brand-logo" href="/">
						<img loading="eager" decoding="async" src="https://www.ztm.bialagora.pl/images/logo/ztm-logo-2022.svg" alt="ZTM Biała Góra" width="240" height="64">					</a>
									</div>
			</div>
		
					<div class="grid-child container-nav">
									<ul class="mod-menu mod-list nav ">
%(nav)s
</ul>

									<div class="container-search">
						
<form class="mod-finder js-finder-searchform form-search" action="/wyszukiwanie" method="get" role="search">
    <label for="mod-finder-searchword126" class="visually-hidden finder">Szukaj</label><input type="text" name="q" id="mod-finder-searchword126" class="js-finder-search-query form-control" value="" placeholder="Szukaj...">
            </form>

					</div>
							</div>
			</header>

	<div class="site-grid">

		
		
		
		
		<div class="grid-child container-component">
			<nav class="mod-breadcrumbs__wrapper" aria-label="Ścieżka">
    <ol class="mod-breadcrumbs breadcrumb px-3 py-2">
                    <li class="mod-breadcrumbs__here float-start">
                Jesteś tutaj: &#160;
            </li>
                        <li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Start</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>Polityka prywatności</span></li>    </ol>
    </nav>

			
			<div id="system-message-container" aria-live="polite"></div>

			<main>
			<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
    <meta itemprop="inLanguage" content="pl-PL">
    
    
        <div class="page-header">
        <h1 itemprop="headline">
            %(title)s        </h1>
                            </div>
        
        
            <dl class="article-info text-muted">

            <dt class="article-info-term">
                        Szczegóły                    </dt>

                    <dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">
    <span class="icon-user icon-fw" aria-hidden="true"></span>
                    Napisane przez: <span itemprop="name">Dział Organizacyjny</span>    </dd>
        
        
        
        
                    <dd class="published">
    <span class="icon-calendar icon-fw" aria-hidden="true"></span>
    <time datetime="2018-05-24T11:12:00+02:00" itemprop="datePublished">
        Opublikowano: 24 maj 2018    </time>
</dd>
        
    
            
        
                    <dd class="hits">
    <span class="icon-eye icon-fw" aria-hidden="true"></span>
    <meta itemprop="interactionCount" content="UserPageVisits:%(hits)d">
    Odsłony: %(hits)d</dd>
            </dl>
    
    
        
                                                <div itemprop="articleBody" class="com-content-article__body">
        %(body)s     </div>

        
                                        </div>

			</main>
			
		</div>

				<div class="grid-child container-sidebar-right">
			<div class="sidebar-right card ">
            <h3 class="card-header ">Wyszukiwarka połączeń</h3>        <div class="card-body">
                <form action="/rozklady-jazdy/planer" method="get" class="planer">
	<input type="text" name="z" placeholder="Skąd" class="form-control mb-2">
	<input type="text" name="do" placeholder="Dokąd" class="form-control mb-2">
	<button class="btn btn-primary w-100" type="submit">Szukaj połączenia</button>
</form>    </div>
</div>
<div class="sidebar-right card ">
            <h3 class="card-header ">Logowanie</h3>        <div class="card-body">
                <form id="login-form-16" class="mod-login" action="/polityka-prywatnosci" method="post">
    <div class="mod-login__userdata userdata">
        <div class="mod-login__username form-group">
            <div class="input-group">
                <input id="modlgn-username-16" type="text" name="username" class="form-control" autocomplete="username" placeholder="Nazwa użytkownika">
            </div>
        </div>
        <div class="mod-login__password form-group">
            <div class="input-group">
                <input id="modlgn-passwd-16" type="password" name="password" autocomplete="current-password" class="form-control" placeholder="Hasło">
            </div>
        </div>
        <div class="mod-login__submit form-group">
            <button type="submit" name="Submit" class="btn btn-primary w-100">Zaloguj</button>
        </div>
        <input type="hidden" name="option" value="com_users">
        <input type="hidden" name="task" value="user.login">
        <input type="hidden" name="return" value="aHR0cHM6Ly93d3cuenRtLmJpYWxhZ29yYS5wbC9wb2xpdHlrYS1wcnl3YXRub3Nj">
        <input type="hidden" name="%(tok)s" value="1">    </div>
    </form>
    </div>
</div>

		</div>
		
		
			</div>

			<footer class="container-footer footer full-width">
			<div class="grid-child">
				<div class="moduletable stopka">
	<p>Zarząd Transportu Miejskiego w Białej Górze, ul. Tramwajowa 14, 43-310 Biała Góra<br>Centrum Informacji Pasażerskiej: 33 812 40 40 (całą dobę)</p>
	<ul class="mod-menu mod-list nav stopka-menu">
		<li class="nav-item"><a href="https://bip.ztm.bialagora.pl/">BIP</a></li>
		<li class="nav-item"><a href="/deklaracja-dostepnosci">Deklaracja dostępności</a></li>
		<li class="nav-item current active"><a href="/polityka-prywatnosci" aria-current="page">Polityka prywatności</a></li>
		<li class="nav-item"><a href="/mapa-strony">Mapa strony</a></li>
	</ul>
</div>
<div class="mod-footer">
    <div class="footer1">Copyright &#169; %(year)d Zarząd Transportu Miejskiego w Białej Górze. Wszelkie prawa zastrzeżone.</div>
</div>

			</div>
		</footer>
	
			<a href="#top" id="back-top" class="back-to-top-link" aria-label="Powrót na górę">
			<span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
		</a>
	
	<div id="cookie-bar" class="cookie-bar" role="dialog" aria-live="polite"><p>Serwis wykorzystuje pliki cookies niezbędne do działania oraz – za Twoją zgodą – statystyczne. <a href="/polityka-prywatnosci">Więcej informacji</a></p><button class="btn btn-sm btn-light" id="cookie-reject">Tylko niezbędne</button> <button class="btn btn-sm btn-primary" id="cookie-accept">Akceptuję</button></div>
	<script src="/media/templates/site/cassiopeia_ztm/js/cookiebar.min.js?%(mv)s" defer></script>
	<!-- Matomo -->
<script>
  var _paq = window._paq = window._paq || [];
  _paq.push(['requireCookieConsent']);
  _paq.push(['trackPageView']);
  _paq.push(['enableLinkTracking']);
  (function() {
    var u="https://statystyki.bialagora.pl/";
    _paq.push(['setTrackerUrl', u+'matomo.php']);
    _paq.push(['setSiteId', '7']);
    var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];
    g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);
  })();
</script>
<!-- End Matomo Code -->
</body>
</html>
""" % {"url": URL, "mv": mv, "tok": tok, "nav": nav, "ticker": ticker, "title": html.escape(title), "hits": hits,
       "body": body, "year": when.year}


PAGE = {
    "service": "ZTM Biala Gora",
    "url": URL,
    "lang": "pl",
    "platform": "Joomla 3.10 (custom Protostar template) -> Joomla 4.4 (Cassiopeia child)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("X-Content-Type-Options", "nosniff"),
                      ("Cache-Control", "no-store, no-cache, must-revalidate"), ("Pragma", "no-cache")),
    "n": 30,
    "start": START,
    "end": dt.date(2024, 10, 31),
    "policy": POLICY,
    "first_updated": dt.date(2020, 11, 16),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".item-page", "remove": [".article-info", ".icons"]},
}
