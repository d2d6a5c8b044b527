"""A Polish Catholic diocese's data-protection notice (the Church's own regime: the Polish Bishops' Conference
general decree and the Church data-protection inspector, KIOD) on Joomla 3 (com_content article, Helix3-style
template): the declaration selects the article, .item-page, and removes its article-info block and prev/next
pager, as curators do - the article-info holds the hits counter ("Odsłony: 4521"), a volatile widget INSIDE the
selected element. Outside: the sidebar's "Liturgia dnia" (weekday, date, saint and readings of the day), the
login module's per-session CSRF token (a hidden input whose name is the token) and the module's return value."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MIES = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
        "października", "listopada", "grudnia"]
DNI = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]


def fmt_date(d):
    return "%d %s %d r." % (d.day, MIES[d.month - 1], d.year)


POLICY = """# Ochrona danych osobowych w Diecezji Wiślickiej

Stan na dzień: {UPDATED}

Kościół katolicki w Polsce, korzystając z możliwości przewidzianej w art. 91 ogólnego rozporządzenia o ochronie danych (RODO), stosuje własne, kompleksowe przepisy o ochronie danych osobowych. Są nimi Dekret ogólny Konferencji Episkopatu Polski w sprawie ochrony osób fizycznych w związku z przetwarzaniem danych osobowych w Kościele katolickim z dnia 13 marca 2018 r. (dalej: „Dekret ogólny") oraz przepisy prawa kanonicznego. Poniżej informujemy, w jaki sposób Diecezja Wiślicka przetwarza dane osobowe wiernych, osób korzystających z posługi duszpasterskiej, darczyńców i użytkowników tej strony internetowej.

## Administrator danych

Administratorem danych osobowych przetwarzanych przez kurię diecezjalną jest Diecezja Wiślicka, reprezentowana przez Biskupa Wiślickiego:

@ Kuria Diecezjalna Wiślicka
@ ul. Kościelna 8
@ 28-160 Wiślica
@ tel. 41 379 20 15
@ kuria@diecezja-wislicka.pl

Administratorem danych przetwarzanych w związku z posługą duszpasterską w parafii (w tym w księgach parafialnych) jest właściwa parafia, reprezentowana przez proboszcza.

## Dane przetwarzane w parafiach

Parafie Diecezji Wiślickiej prowadzą kancelarie parafialne, w których przechowywane są księgi metrykalne, kartoteki parafian oraz dokumentacja związana z przygotowaniem do sakramentów. Dostęp do nich mają wyłącznie duchowni i upoważnieni pracownicy kancelarii, którzy zostali zobowiązani do zachowania tajemnicy. Zapowiedzi przedślubne oraz intencje mszalne są ogłaszane publicznie w zakresie przewidzianym przez prawo kanoniczne i zwyczaj parafii. Osoba, która nie życzy sobie odczytania intencji z imieniem i nazwiskiem, może o tym poinformować przy jej zamawianiu. W sprawach dotyczących danych przetwarzanych w parafii w pierwszej kolejności należy zwrócić się do proboszcza.

## Inspektor ochrony danych

W Diecezji Wiślickiej został powołany diecezjalny inspektor ochrony danych, z którym można kontaktować się we wszystkich sprawach dotyczących przetwarzania danych osobowych:

- e-mail: iod@diecezja-wislicka.pl,
- listownie na adres kurii z dopiskiem „Inspektor ochrony danych”.

## Cele i podstawy przetwarzania

| Cel przetwarzania | Podstawa prawna |
| --- | --- |
| Udzielanie sakramentów i prowadzenie ksiąg metrykalnych | Art. 8 ust. 1 Dekretu ogólnego oraz przepisy prawa kanonicznego |
| Przygotowanie do sakramentów (katecheza, nauki przedmałżeńskie) | Art. 8 ust. 1 Dekretu ogólnego |
| Wydawanie zaświadczeń i odpisów aktów kościelnych | Art. 8 ust. 1 Dekretu ogólnego |
| Przyjmowanie ofiar i darowizn, w tym wystawianie potwierdzeń do ulgi podatkowej | Obowiązek prawny oraz zgoda darczyńcy |
| Organizacja pielgrzymek, rekolekcji i wydarzeń diecezjalnych | Zgoda lub wykonanie umowy |
| Wysyłka newslettera diecezjalnego | Zgoda |

Dane dotyczące przynależności do Kościoła i praktyk religijnych są przetwarzane wyłącznie w zakresie niezbędnym do realizacji misji Kościoła.

## Odbiorcy danych

Dane mogą być przekazywane innym kościelnym osobom prawnym (parafiom, innym diecezjom, sądom kościelnym) w zakresie wynikającym z przepisów prawa kanonicznego, a także podmiotom przetwarzającym dane na zlecenie administratora:

| Podmiot | Zakres usługi |
| --- | --- |
| home.pl S.A. | Hosting strony internetowej i poczty elektronicznej |
| Freshmail Sp. z o.o. | Wysyłka newslettera |
| Biuro rachunkowe obsługujące kurię | Księgowość i rozliczenia darowizn |

Dane nie są przekazywane do państw spoza Europejskiego Obszaru Gospodarczego.

## Ofiary składane przez internet

Ofiary na rzecz diecezji można przekazać za pośrednictwem formularza na stronie. Płatności obsługuje operator Przelewy24 (PayPro S.A., ul. Pastelowa 8, 60-198 Poznań), który jest odrębnym administratorem danych w zakresie realizacji płatności. Diecezja otrzymuje od operatora imię i nazwisko darczyńcy, adres e-mail, kwotę i tytuł wpłaty. Jeżeli darczyńca chce otrzymać potwierdzenie darowizny na cele kultu religijnego do rozliczenia ulgi podatkowej, podaje także adres zamieszkania.

## Wizerunek podczas uroczystości

Podczas uroczystości diecezjalnych, takich jak święcenia kapłańskie, bierzmowanie czy pielgrzymki, wykonywane są zdjęcia i nagrania, które mogą zostać opublikowane na stronie internetowej diecezji, w mediach społecznościowych oraz w „Gościu Wiślickim”. Publikujemy przede wszystkim zdjęcia grupowe i ujęcia ogólne. Wizerunek dzieci publikujemy wyłącznie za zgodą rodziców lub opiekunów, zbieraną przez parafię w czasie przygotowania do sakramentu. Każda osoba może zażądać usunięcia opublikowanego zdjęcia, na którym jest rozpoznawalna.

## Formularze na stronie internetowej

Dane przekazane przez formularz kontaktowy, formularz zgłoszenia na pielgrzymkę lub rekolekcje wykorzystujemy wyłącznie w celu udzielenia odpowiedzi i organizacji wydarzenia. Korespondencja jest przechowywana przez okres niezbędny do załatwienia sprawy, a następnie archiwizowana zgodnie z instrukcją kancelaryjną kurii.

## Okres przechowywania danych

Księgi metrykalne (ochrzczonych, bierzmowanych, małżeństw, zmarłych) są przechowywane wieczyście, zgodnie z przepisami prawa kanonicznego i Instrukcją o archiwach kościelnych. Dokumentacja przygotowania do sakramentów jest przechowywana przez 5 lat, a następnie przekazywana do archiwum parafialnego. Dane darczyńców przechowujemy przez 5 lat od końca roku podatkowego, w którym przekazano darowiznę. Dane subskrybentów newslettera przechowujemy do czasu wycofania zgody.

## Prawa osób, których dane dotyczą

Każda osoba ma prawo do:

- dostępu do swoich danych oraz otrzymania ich kopii,
- sprostowania (poprawiania) danych,
- ograniczenia przetwarzania,
- usunięcia danych, z zastrzeżeniem poniższych ograniczeń,
- cofnięcia zgody w dowolnym momencie, bez wpływu na zgodność z prawem przetwarzania dokonanego przed jej cofnięciem.

Zgodnie z art. 13 ust. 2 Dekretu ogólnego prawo do usunięcia danych nie dotyczy danych zawartych w księgach metrykalnych, które dokumentują fakty historyczne, takie jak przyjęcie chrztu. Na wniosek osoby, która wystąpiła z Kościoła, w księdze chrztów dokonuje się stosownej adnotacji.

## Skarga do organu nadzorczego

W przypadku uznania, że przetwarzanie danych narusza przepisy Dekretu ogólnego, przysługuje prawo wniesienia skargi do kościelnego organu nadzorczego:

@ Kościelny Inspektor Ochrony Danych
@ Skwer kard. Stefana Wyszyńskiego 6
@ 01-015 Warszawa
@ kiodo@episkopat.pl

## Pliki cookies

Strona internetowa diecezji używa plików cookies niezbędnych do jej działania oraz, po wyrażeniu zgody, plików analitycznych Google Analytics. Ustawienia cookies można w każdej chwili zmienić w przeglądarce lub za pomocą odnośnika „Ustawienia cookies” w stopce strony."""

EDITS = [
    {"note": "new section on online broadcasts of services (cameras in the cathedral)",
     "repl": [("## Odbiorcy danych", "## Transmisje nabożeństw w internecie\n\n"
               "Msze Święte i nabożeństwa odprawiane w katedrze są transmitowane na żywo w internecie. Kamera obejmuje "
               "prezbiterium i ołtarz; osoby uczestniczące w liturgii mogą jednak zostać uchwycone w tle. Osoby, "
               "które nie chcą być widoczne w transmisji, prosimy o zajmowanie miejsc w nawach bocznych, oznaczonych "
               "informacją o strefie poza zasięgiem kamery. Nagrania są dostępne w serwisie YouTube przez 30 dni.\n\n"
               "## Odbiorcy danych")]},
    {"note": "clause added: the DPO can also be reached in person at the curia office (no date change)", "bump": False,
     "repl": [("z dopiskiem „Inspektor ochrony danych”.", "z dopiskiem „Inspektor ochrony danych”, lub osobiście w kancelarii kurii.")]},
    {"note": "hosting provider changed: home.pl -> OVH",
     "repl": [("| home.pl S.A. | Hosting strony internetowej i poczty elektronicznej |",
               "| OVH Sp. z o.o. | Hosting strony internetowej i poczty elektronicznej |")]},
    {"note": "sacrament preparation records retention changed from 5 to 10 years",
     "repl": [("Dokumentacja przygotowania do sakramentów jest przechowywana przez 5 lat",
               "Dokumentacja przygotowania do sakramentów jest przechowywana przez 10 lat")]},
    {"note": "Curia phone number changed and DPO phone line added",
     "repl": [("@ tel. 41 379 20 15", "@ tel. 41 379 21 00"),
              ("- e-mail: iod@diecezja-wislicka.pl,", "- e-mail: iod@diecezja-wislicka.pl,\n- telefonicznie: 41 379 21 09 (wtorki i czwartki, 9:00–13:00),")]},
]

SAINTS = ["św. Kazimierza, królewicza", "św. Stanisława, biskupa i męczennika", "św. Jadwigi Królowej",
          "św. Wojciecha, biskupa i męczennika", "bł. Karoliny Kózkówny, dziewicy i męczennicy",
          "św. Andrzeja Boboli, prezbitera i męczennika", "św. Maksymiliana Marii Kolbego",
          "św. Faustyny Kowalskiej, dziewicy", "św. Jana Pawła II, papieża", "dzień powszedni"]
READINGS = ["Iz 55, 10-11; Ps 34; Mt 6, 7-15", "Dn 3, 25. 34-43; Ps 25; Mt 18, 21-35", "Jr 7, 23-28; Ps 95; Łk 11, 14-23",
            "Dz 6, 8-15; Ps 119; J 6, 22-29", "1 Kor 9, 16-19. 22-23; Ps 117; Mk 16, 15-20",
            "Rz 8, 31b-39; Ps 109; Łk 13, 31-35", "2 Tm 4, 1-8; Ps 71; Mk 12, 38-44", "Ef 4, 1-7. 11-13; Ps 19; Mt 9, 9-13"]


def noise(rng, when, i, prev):
    d = when.date()
    base = 3150 + (d - dt.date(2021, 1, 1)).days * 3
    return {"hits": base + rng.randint(0, 40),
            "token": C.hexs(rng, 32),
            "liturgy": "%s, %d %s %d" % (DNI[d.weekday()], d.day, MIES[d.month - 1], d.year),
            "saint": SAINTS[(d.toordinal() * 7) % len(SAINTS)],
            "readings": READINGS[(d.toordinal() * 5) % len(READINGS)]}


LABELS = {"hits": "hits counter in article-info (inside .item-page, removed)", "token": "Joomla login form token",
          "liturgy": "Liturgia dnia date", "saint": "saint of the day", "readings": "readings of the day"}


def render(s, blocks, when):
    title = blocks[0][1]
    rest = blocks[1:]
    body = C.blocks_html(rest, {"table": "table table-bordered"})
    return """<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="pl-pl" lang="pl-pl" dir="ltr">
<head>
	<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<base href="https://www.diecezja-wislicka.pl/kuria/ochrona-danych-osobowych" />
	<meta http-equiv="content-type" content="text/html; charset=utf-8" />
	<meta name="author" content="Kuria Diecezjalna" />
	<meta name="description" content="Oficjalna strona Diecezji Wiślickiej" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>Ochrona danych osobowych - Diecezja Wiślicka</title>
	<link href="/templates/shaper_helix3/images/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/media/jui/css/bootstrap.min.css?8f4e2c1a9b0d3e5f7a6c" rel="stylesheet" type="text/css" />
	<link href="/templates/shaper_helix3/css/template.css" rel="stylesheet" type="text/css" />
	<link href="/templates/shaper_helix3/css/presets/preset1.css" rel="stylesheet" type="text/css" class="preset" />
	<script src="/media/jui/js/jquery.min.js?8f4e2c1a9b0d3e5f7a6c" type="text/javascript"></script>
	<script src="/media/system/js/caption.js?8f4e2c1a9b0d3e5f7a6c" type="text/javascript"></script>
	<script src="/templates/shaper_helix3/js/main.js" type="text/javascript"></script>
	<script type="text/javascript">
jQuery(window).on('load',  function() {
				new JCaption('img.caption');
			});
var sp_preloader = '0';
var sp_gotop = '1';
var sp_offanimation = 'default';
	</script>
	<script async src="https://www.googletagmanager.com/gtag/js?id=G-5LQ8W2NK4R"></script>
	<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('consent', 'default', {'analytics_storage': 'denied'}); gtag('js', new Date()); gtag('config', 'G-5LQ8W2NK4R', { 'anonymize_ip': true });</script>
</head>
<body class="site com-content view-article no-layout no-task itemid-214 pl-pl ltr  sticky-header layout-fluid off-canvas-menu-init">
	<div class="body-wrapper">
		<div class="body-innerwrapper">
			<header id="sp-header"><div class="container"><div class="row">
				<div id="sp-logo" class="col-xs-8 col-sm-3 col-md-3"><div class="sp-column "><div class="logo"><a href="/"><img class="sp-default-logo" src="/images/herb-diecezji.png" alt="Diecezja Wiślicka"></a></div></div></div>
				<div id="sp-menu" class="col-xs-4 col-sm-9 col-md-9"><div class="sp-column ">
					<div class='sp-megamenu-wrapper'><ul class="sp-megamenu-parent menu-slide-down hidden-sm hidden-xs">
						<li class="sp-menu-item"><a href="/">Strona główna</a></li>
						<li class="sp-menu-item"><a href="/biskup">Biskup</a></li>
						<li class="sp-menu-item current-item active"><a href="/kuria">Kuria</a></li>
						<li class="sp-menu-item"><a href="/parafie">Parafie</a></li>
						<li class="sp-menu-item"><a href="/duszpasterstwo">Duszpasterstwo</a></li>
						<li class="sp-menu-item"><a href="/wiadomosci">Wiadomości</a></li>
						<li class="sp-menu-item"><a href="/transmisje">Transmisje</a></li>
					</ul></div>
				</div></div>
			</div></div></header>
			<section id="sp-page-title"><div class="row"><div id="sp-title" class="col-sm-12 col-md-12"><div class="sp-column "></div></div></div></section>
			<section id="sp-main-body"><div class="container"><div class="row">
				<div id="sp-component" class="col-sm-8 col-md-8"><div class="sp-column ">
					<div id="system-message-container">
	</div>
					<article class="item item-page" itemscope itemtype="http://schema.org/Article">
	<meta itemprop="inLanguage" content="pl-PL" />
	<div class="entry-header">
		<dl class="article-info">
			<dt class="article-info-term"></dt>
			<dd class="category-name">
				<i class="fa fa-folder-open-o" area-hidden="true"></i>
				<a href="/kuria" itemprop="genre" data-toggle="tooltip" title="Kategoria artykułu">Kuria</a>
			</dd>
			<dd class="published">
				<i class="fa fa-calendar-o" area-hidden="true"></i>
				<time datetime="2018-05-25T08:00:00+02:00" itemprop="datePublished" data-toggle="tooltip" title="Opublikowano">25 maj 2018</time>
			</dd>
			<dd class="hits">
				<span class="fa fa-eye" area-hidden="true"></span>
				<meta itemprop="interactionCount" content="UserPageVisits:%(hits)d" />
				Odsłony: %(hits)d
			</dd>
		</dl>
		<h2 itemprop="name">%(title)s</h2>
	</div>
	<div itemprop="articleBody">
		%(body)s
	</div>
	<ul class="pager pagenav">
		<li class="previous"><a class="hasTooltip" title="Archiwum diecezjalne" aria-label="Poprzedni artykuł: Archiwum diecezjalne" href="/kuria/archiwum-diecezjalne" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Poprzedni artykuł</span></a></li>
		<li class="next"><a class="hasTooltip" title="Wydziały kurii" aria-label="Następny artykuł: Wydziały kurii" href="/kuria/wydzialy" rel="next"><span aria-hidden="true">Następny artykuł</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>
	</ul>
</article>
				</div></div>
				<div id="sp-right" class="col-sm-4 col-md-4"><div class="sp-column class2">
					<div class="sp-module liturgia"><h3 class="sp-module-title">Liturgia dnia</h3><div class="sp-module-content"><div class="custom liturgia">
						<p class="dzien"><strong>%(lit)s</strong></p>
						<p class="wspomnienie">%(saint)s</p>
						<p class="czytania">Czytania: %(readings)s</p>
						<p><a href="/liturgia-dnia">Więcej »</a></p>
					</div></div></div>
					<div class="sp-module "><h3 class="sp-module-title">Logowanie</h3><div class="sp-module-content">
<form action="/kuria/ochrona-danych-osobowych" method="post" id="login-form" >
	<div class="userdata">
		<div id="form-login-username" class="form-group"><input id="modlgn-username" type="text" name="username" class="form-control" tabindex="0" size="18" placeholder="Nazwa użytkownika" /></div>
		<div id="form-login-password" class="form-group"><input id="modlgn-passwd" type="password" name="password" class="form-control" tabindex="0" size="18" placeholder="Hasło" /></div>
		<div id="form-login-submit" class="form-group"><button type="submit" tabindex="0" name="Submit" class="btn btn-primary">Zaloguj</button></div>
		<input type="hidden" name="option" value="com_users" />
		<input type="hidden" name="task" value="user.login" />
		<input type="hidden" name="return" value="aHR0cHM6Ly93d3cuZGllY2V6amEtd2lzbGlja2EucGwva3VyaWEvb2Nocm9uYS1kYW55Y2gtb3NvYm93eWNo" />
		<input type="hidden" name="%(token)s" value="1" />
	</div>
</form>
					</div></div>
				</div></div>
			</div></div></section>
			<footer id="sp-footer"><div class="container"><div class="row">
				<div id="sp-footer1" class="col-sm-12 col-md-12"><div class="sp-column ">
					<span class="sp-copyright">© Kuria Diecezjalna Wiślicka · <a href="/kuria/ochrona-danych-osobowych">Ochrona danych osobowych</a> · <a href="#" class="cookie-settings">Ustawienia cookies</a></span>
				</div></div>
			</div></div></footer>
		</div>
	</div>
</body>
</html>
""" % {"hits": s["hits"], "title": C.inline_html(title), "body": body, "lit": s["liturgy"], "saint": s["saint"],
       "readings": s["readings"], "token": s["token"]}


PAGE = {
    "service": "Diecezja Wislicka",
    "url": "https://www.diecezja-wislicka.pl/kuria/ochrona-danych-osobowych",
    "lang": "pl",
    "platform": "Joomla 3.10 (com_content article, Helix3 template)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Apache"), ("Expires", "Wed, 17 Aug 2005 00:00:00 GMT"),
                      ("Cache-Control", "no-store, no-cache, must-revalidate, post-check=0, pre-check=0"),
                      ("Pragma", "no-cache")],
    "n": 29,
    "start": dt.date(2021, 10, 1),
    "end": dt.date(2025, 8, 31),
    "hours": (5, 17),
    "policy": POLICY,
    "first_updated": dt.date(2021, 5, 24),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.diecezja-wislicka.pl/kuria/ochrona-danych-osobowych",
                    "select": ".item-page", "remove": [".article-info", ".pagenav"]},
}
