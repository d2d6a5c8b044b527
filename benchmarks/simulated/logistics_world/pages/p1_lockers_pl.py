"""Parcel-locker network, Polish, on Liferay DXP 7.4 (journal content portlet in a content page, senna.js,
OneTrust). Per visit: Liferay.authToken / p_auth (also in the header's tracking form); on deploys the combo and
theme ?t= stamps. Declared `.journal-content-article`."""
import datetime as dt

import common as C

URL = "https://www.paczkateraz.pl/polityka-prywatnosci"

POLICY = """# Polityka prywatności serwisu i aplikacji PaczkaTeraz

Data ostatniej aktualizacji: {UPDATED}

Niniejsza Polityka prywatności wyjaśnia, w jaki sposób PaczkaTeraz sp. z o.o. przetwarza dane osobowe nadawców, odbiorców przesyłek oraz użytkowników serwisu www.paczkateraz.pl, aplikacji mobilnej PaczkaTeraz i automatów paczkowych. Dbamy o to, aby Twoje dane były bezpieczne i wykorzystywane wyłącznie w celach, o których Cię informujemy.

## 1. Administrator danych

Administratorem Twoich danych osobowych jest PaczkaTeraz sp. z o.o. z siedzibą w Krakowie, wpisana do rejestru przedsiębiorców Krajowego Rejestru Sądowego pod numerem KRS 0000712345, NIP 6762543210, o kapitale zakładowym 5 000 000 zł.

@ PaczkaTeraz sp. z o.o.
@ ul. Wielicka 250
@ 30-663 Kraków

W sprawach dotyczących danych osobowych możesz skontaktować się z wyznaczonym przez nas Inspektorem Ochrony Danych pod adresem e-mail iod@paczkateraz.pl lub pisemnie na adres siedziby z dopiskiem „Inspektor Ochrony Danych”.

## 2. Jakie dane przetwarzamy

W zależności od tego, w jaki sposób korzystasz z naszych usług, przetwarzamy następujące kategorie danych:

- dane identyfikacyjne i kontaktowe: imię i nazwisko, numer telefonu komórkowego, adres e-mail, adres dostawy;
- dane przesyłki: numer przesyłki, gabaryt, wybrany automat paczkowy lub punkt odbioru, historia statusów doręczenia;
- dane dotyczące płatności: kwota pobrania, numer rachunku bankowego do zwrotu pobrania, identyfikator transakcji;
- dane z aplikacji mobilnej: identyfikator urządzenia, wersja systemu, a za Twoją zgodą przybliżona lokalizacja potrzebna do wskazania najbliższego automatu;
- dane z automatu paczkowego: kod odbioru, czas otwarcia skrytki, nagranie z monitoringu wizyjnego w otoczeniu automatu;
- treść korespondencji z naszym Biurem Obsługi Klienta, w tym nagrania rozmów telefonicznych.

Jeżeli przesyłkę nadaje do Ciebie sklep internetowy, Twoje dane otrzymujemy od tego sklepu jako nadawcy. Nie przetwarzamy danych szczególnych kategorii i prosimy, aby nie umieszczać ich w opisach przesyłek.

## 3. Cele i podstawy prawne przetwarzania

| Cel przetwarzania | Podstawa prawna | Okres przechowywania |
| Realizacja umowy przewozu i doręczenie przesyłki | art. 6 ust. 1 lit. b RODO | do czasu doręczenia, a następnie przez okres przedawnienia roszczeń (12 miesięcy) |
| Wysyłanie powiadomień SMS i e-mail o statusie przesyłki | art. 6 ust. 1 lit. b RODO | 30 dni od doręczenia |
| Rozpatrywanie reklamacji | art. 6 ust. 1 lit. c RODO w związku z Prawem przewozowym | 5 lat od zakończenia roku, w którym rozpatrzono reklamację |
| Rozliczenia i obowiązki podatkowe | art. 6 ust. 1 lit. c RODO | 5 lat od końca roku podatkowego |
| Monitoring wizyjny automatów paczkowych | art. 6 ust. 1 lit. f RODO – bezpieczeństwo mienia | 30 dni |
| Marketing własnych usług | art. 6 ust. 1 lit. f RODO lub zgoda | do czasu wniesienia sprzeciwu lub wycofania zgody |

## 4. Odbiorcy danych

Twoje dane przekazujemy wyłącznie wtedy, gdy jest to niezbędne do wykonania usługi lub wymagają tego przepisy prawa. Odbiorcami danych mogą być:

- nadawca przesyłki oraz – w przypadku zwrotu – sklep internetowy;
- podwykonawcy realizujący odbiór i doręczenie przesyłek (kurierzy i partnerzy logistyczni);
- dostawcy usług informatycznych, hostingu i wysyłki wiadomości SMS;
- operatorzy płatności obsługujący płatności za przesyłki pobraniowe;
- organy państwowe, w tym Krajowa Administracja Skarbowa przy przesyłkach zagranicznych.

Naszymi głównymi podmiotami przetwarzającymi są:

| Podmiot | Zakres usług | Siedziba |
| Orange Polska S.A. | wysyłka powiadomień SMS | Polska |
| Microsoft Ireland Operations Ltd. | usługi chmurowe Azure | Irlandia |
| Przelewy24 (PayPro S.A.) | obsługa płatności | Polska |

### Konto w aplikacji i profilowanie

Założenie konta w aplikacji PaczkaTeraz jest dobrowolne, ale pozwala m.in. zapisać ulubione automaty, przekierować przesyłkę do innego automatu oraz otwierać skrytkę zdalnie przez Bluetooth. W ramach konta przechowujemy historię Twoich przesyłek z ostatnich 24 miesięcy. Na podstawie tej historii możemy proponować Ci automat, z którego najczęściej korzystasz. Takie proste profilowanie nie wywołuje wobec Ciebie skutków prawnych i możesz je wyłączyć w ustawieniach aplikacji.

Nie podejmujemy decyzji opartych wyłącznie na zautomatyzowanym przetwarzaniu, które wywoływałyby wobec Ciebie skutki prawne. Systemy antyfraudowe mogą jednak czasowo zablokować możliwość nadania przesyłki z konta, jeżeli wykryją nietypową aktywność; w takim przypadku sprawę zawsze weryfikuje pracownik.

## 5. Przekazywanie danych poza EOG

Co do zasady przetwarzamy dane na terenie Europejskiego Obszaru Gospodarczego. Jeżeli nadajesz przesyłkę do kraju spoza EOG, przekazujemy dane odbiorcy i zawartość deklaracji celnej przewoźnikowi w kraju przeznaczenia, ponieważ jest to niezbędne do wykonania umowy. W pozostałych przypadkach stosujemy standardowe klauzule umowne zatwierdzone przez Komisję Europejską.

## 6. Twoje prawa

Przysługuje Ci prawo do:

- dostępu do swoich danych i otrzymania ich kopii;
- sprostowania danych nieprawidłowych lub niekompletnych;
- usunięcia danych, jeżeli nie ma już podstawy do ich przetwarzania;
- ograniczenia przetwarzania;
- przenoszenia danych przetwarzanych na podstawie umowy lub zgody;
- wniesienia sprzeciwu wobec przetwarzania opartego na prawnie uzasadnionym interesie;
- wycofania zgody w dowolnym momencie, bez wpływu na zgodność z prawem przetwarzania przed jej wycofaniem.

Aby skorzystać ze swoich praw, napisz do nas na adres iod@paczkateraz.pl lub skorzystaj z formularza w zakładce „Moje konto”. Masz także prawo wnieść skargę do Prezesa Urzędu Ochrony Danych Osobowych, ul. Stawki 2, 00-193 Warszawa.

## 7. Pliki cookies

Serwis korzysta z plików cookies niezbędnych do jego działania oraz – za Twoją zgodą – z plików analitycznych i marketingowych. Ustawienia plików cookies możesz zmienić w każdej chwili za pomocą przycisku „Ustawienia cookies” w stopce strony. Szczegółowe informacje znajdziesz w [Polityce cookies](/polityka-cookies).

## 8. Bezpieczeństwo

Stosujemy szyfrowanie połączeń, uwierzytelnianie dwuskładnikowe dla pracowników oraz regularne testy bezpieczeństwa naszych systemów. Kody odbioru są jednorazowe i tracą ważność po otwarciu skrytki.

## 9. Zmiany polityki

Polityka może być aktualizowana w związku ze zmianą przepisów lub wprowadzeniem nowych usług. O istotnych zmianach poinformujemy w aplikacji oraz na stronie głównej serwisu.
"""

MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
          "października", "listopada", "grudnia"]


def fmt_date(d):
    return "%d %s %d r." % (d.day, MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "SMS notification retention changed from 30 to 60 days",
     "repl": [("| art. 6 ust. 1 lit. b RODO | 30 dni od doręczenia |",
               "| art. 6 ust. 1 lit. b RODO | 60 dni od doręczenia |")]},
    {"note": "wording fixed in the data categories list: adres dostawy -> adres doręczenia (no date bump)", "bump": False,
     "repl": [("numer telefonu komórkowego, adres e-mail, adres dostawy;",
               "numer telefonu komórkowego, adres e-mail, adres doręczenia;")]},
    {"note": "processor added to the processors table (Twilio for push notifications)",
     "repl": [("| Przelewy24 (PayPro S.A.) | obsługa płatności | Polska |",
               "| Przelewy24 (PayPro S.A.) | obsługa płatności | Polska |\n"
               "| Twilio Ireland Ltd. | powiadomienia push w aplikacji | Irlandia |")]},
    {"note": "new section on the PaczkaTeraz Punkt partner pick-up points",
     "repl": [("## 8. Bezpieczeństwo",
               "## 8. Punkty odbioru partnerów\n\n"
               "Jeżeli wybierzesz odbiór w punkcie partnerskim (np. w sklepie lub na stacji paliw), partner "
               "otrzymuje numer przesyłki, Twoje imię i nazwisko oraz numer telefonu w zakresie potrzebnym do "
               "wydania przesyłki. Partner działa jako nasz podmiot przetwarzający i nie może wykorzystywać tych "
               "danych do własnych celów.\n\n## 9. Bezpieczeństwo"),
              ("## 9. Zmiany polityki", "## 10. Zmiany polityki")]},
    {"note": "registered office address changed (moved to ul. Lipowa 3)",
     "repl": [("@ ul. Wielicka 250\n@ 30-663 Kraków", "@ ul. Lipowa 3\n@ 30-702 Kraków")]},
]


def noise(rng, when, i, prev):
    prev = prev or {}
    return {
        "auth": C.alnum(rng, 8),
        "deploy": C.keep_or(rng, prev.get("deploy"), 0.15,
                            lambda: C.epoch(when) * 1000 - rng.randint(3600, 30 * 86400) * 1000),
    }


LABELS = {"auth": "Liferay.authToken / p_auth token", "deploy": "combo/theme ?t= deploy stamp"}

PORTLET = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_pt9Qw2LxZbKe"


def fill(tpl, **kw):
    for k, v in kw.items():
        tpl = tpl.replace("{{%s}}" % k, str(v))
    return tpl


TPL = """<!DOCTYPE html>

<html class="ltr" dir="ltr" lang="pl-PL">

<head>
	<title>Polityka prywatności - PaczkaTeraz</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="Dowiedz się, jak PaczkaTeraz chroni Twoje dane osobowe." lang="pl-PL" name="description" />

<script type="importmap">{"imports":{"react-dom":"/o/frontend-js-react-web/__liferay__/exports/react-dom.js","react":"/o/frontend-js-react-web/__liferay__/exports/react.js"}}</script>
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {};

Liferay.Browser = {
	acceptsGzip: function() {return true;},
	getMajorVersion: function() {return 120.0;},
	isChrome: function() {return true;}
};

Liferay.Data = Liferay.Data || {};
Liferay.Data.ICONS_INLINE_SVG = true;
Liferay.Data.NAV_SELECTOR = '#navigation';
Liferay.Data.NAV_SELECTOR_MOBILE = '#navigationCollapse';

Liferay.PortletKeys = {
	DOCUMENT_LIBRARY: 'com_liferay_document_library_web_portlet_DLPortlet',
	DYNAMIC_DATA_MAPPING: 'com_liferay_dynamic_data_mapping_web_portlet_DDMPortlet',
	ITEM_SELECTOR: 'com_liferay_item_selector_web_portlet_ItemSelectorPortlet'
};

Liferay.PropsValues = {
	JAVASCRIPT_SINGLE_PAGE_APPLICATION_TIMEOUT: 0,
	UPLOAD_SERVLET_REQUEST_IMPL_MAX_SIZE: 104857600
};

Liferay.ThemeDisplay = {
	getLayoutId: function() {return '14';},
	getLayoutRelativeControlPanelURL: function() {return '/group/guest/~/control_panel/manage';},
	getLayoutRelativeURL: function() {return '/polityka-prywatnosci';},
	getLayoutURL: function() {return 'https://www.paczkateraz.pl/polityka-prywatnosci';},
	getParentLayoutId: function() {return '0';},
	isControlPanel: function() {return false;},
	isPrivateLayout: function() {return 'false';},
	isVirtualLayout: function() {return false;},
	getBCP47LanguageId: function() {return 'pl-PL';},
	getCanonicalURL: function() {return 'https\x3a\x2f\x2fwww\x2epaczkateraz\x2epl\x2fpolityka-prywatnosci';},
	getCDNBaseURL: function() {return 'https://www.paczkateraz.pl';},
	getCDNDynamicResourcesHost: function() {return '';},
	getCDNHost: function() {return '';},
	getCompanyGroupId: function() {return '20123';},
	getCompanyId: function() {return '20097';},
	getDefaultLanguageId: function() {return 'pl_PL';},
	getDoAsUserIdEncoded: function() {return '';},
	getLanguageId: function() {return 'pl_PL';},
	getParentGroupId: function() {return '20121';},
	getPathContext: function() {return '';},
	getPathImage: function() {return '/image';},
	getPathJavaScript: function() {return '/o/frontend-js-web';},
	getPathMain: function() {return '/c';},
	getPathThemeImages: function() {return 'https://www.paczkateraz.pl/o/paczkateraz-theme/images';},
	getPathThemeRoot: function() {return '/o/paczkateraz-theme';},
	getPlid: function() {return '48';},
	getPortalURL: function() {return 'https://www.paczkateraz.pl';},
	getRealUserId: function() {return '20101';},
	getScopeGroupId: function() {return '20121';},
	getScopeGroupIdOrLiveGroupId: function() {return '20121';},
	getSessionId: function() {return '';},
	getSiteAdminURL: function() {return 'https://www.paczkateraz.pl/group/guest/~/control_panel/manage?p_p_lifecycle=0&p_p_state=maximized&p_v_l_s_g_id=20121';},
	getSiteGroupId: function() {return '20121';},
	getURLControlPanel: function() {return '/group/control_panel?refererPlid=48';},
	getURLHome: function() {return 'https\x3a\x2f\x2fwww\x2epaczkateraz\x2epl\x2fweb\x2fguest';},
	getUserEmailAddress: function() {return '';},
	getUserId: function() {return '20101';},
	getUserName: function() {return '';},
	isAddSessionIdToURL: function() {return false;},
	isImpersonated: function() {return false;},
	isSignedIn: function() {return false;},
	isStagedPortlet: function() {return false;},
	isStateExclusive: function() {return false;},
	isStateMaximized: function() {return false;},
	isStatePopUp: function() {return false;}
};

var themeDisplay = Liferay.ThemeDisplay;

Liferay.AUI = {
	getCombine: function() {return true;},
	getComboPath: function() {return '/combo/?browserId=chrome&minifierType=&languageId=pl_PL&t={{deploy}}&';},
	getDateFormat: function() {return '%d.%m.%Y';},
	getEditorCKEditorPath: function() {return '/o/frontend-editor-ckeditor-web';},
	getFilter: function() {return 'min';},
	getFilterConfig: function() {return null;},
	getJavaScriptRootPath: function() {return '/o/frontend-js-web';},
	getPortletRootPath: function() {return '/html/portlet';},
	getStaticResourceURLParams: function() {return '?browserId=chrome&minifierType=&languageId=pl_PL&t={{deploy}}';}
};

Liferay.authToken = '{{auth}}';

Liferay.currentURL = '\x2fpolityka-prywatnosci';
Liferay.currentURLEncoded = '\x252Fpolityka-prywatnosci';
// ]]>
</script>

<script data-senna-track="temporary" type="text/javascript">window.__CONFIG__= {basePath: '',combine: true, defaultURLParams: null, explainResolutions: false, exposeGlobal: false, logLevel: 'warn', moduleType: 'module', namespace:'Liferay', nonce: '', reportMismatchedAnonymousModules: 'warn', resolvePath: '/o/js_resolve_modules', url: '/combo/?browserId=chrome&minifierType=js&languageId=pl_PL&t={{deploy}}&', waitTimeout: 60000};</script>
<script data-senna-track="permanent" src="/o/frontend-js-loader-modules-extender/loader.js?&mac=9WaMmhziBCkScHZwrrVcOR7VZF4=&browserId=chrome&languageId=pl_PL&minifierType=js" type="text/javascript"></script>
<script data-senna-track="permanent" src="/combo?browserId=chrome&minifierType=js&languageId=pl_PL&t={{deploy}}&/o/frontend-js-aui-web/aui/aui/aui-min.js&/o/frontend-js-aui-web/liferay/modules.js&/o/frontend-js-aui-web/liferay/aui_sandbox.js&/o/frontend-js-web/liferay/global.bundle.js" type="text/javascript"></script>

<link data-senna-track="temporary" href="https://www.paczkateraz.pl/polityka-prywatnosci" rel="canonical" />
<link data-senna-track="temporary" href="https://www.paczkateraz.pl/polityka-prywatnosci" hreflang="pl-PL" rel="alternate" />
<link data-senna-track="temporary" href="https://www.paczkateraz.pl/en/privacy-policy" hreflang="en-US" rel="alternate" />
<link data-senna-track="temporary" href="https://www.paczkateraz.pl/polityka-prywatnosci" hreflang="x-default" rel="alternate" />

<meta property="og:locale" content="pl_PL">
<meta property="og:site_name" content="PaczkaTeraz">
<meta property="og:title" content="Polityka prywatności - PaczkaTeraz">
<meta property="og:type" content="website">
<meta property="og:url" content="https://www.paczkateraz.pl/polityka-prywatnosci">

<link href="https://www.paczkateraz.pl/o/paczkateraz-theme/images/favicon.ico" rel="apple-touch-icon" />
<link href="https://www.paczkateraz.pl/o/paczkateraz-theme/images/favicon.ico" rel="icon" />

<link class="lfr-css-file" data-senna-track="temporary" href="https://www.paczkateraz.pl/o/paczkateraz-theme/css/clay.css?browserId=chrome&amp;themeId=paczkaterazthem_WAR_paczkaterazthem&amp;minifierType=css&amp;languageId=pl_PL&amp;t={{deploy}}" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<link data-senna-track="temporary" href="/combo?browserId=chrome&amp;minifierType=css&amp;languageId=pl_PL&amp;t={{deploy}}&amp;/o/journal-web/css/main.css&amp;/o/layout-taglib/css/main.css&amp;/o/product-navigation-product-menu-web/css/main.css" rel="stylesheet" type="text/css" />
<link class="lfr-css-file" data-senna-track="temporary" href="https://www.paczkateraz.pl/o/paczkateraz-theme/css/main.css?browserId=chrome&amp;themeId=paczkaterazthem_WAR_paczkaterazthem&amp;minifierType=css&amp;languageId=pl_PL&amp;t={{deploy}}" id="liferayThemeCSS" rel="stylesheet" type="text/css" />

<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8" data-domain-script="3f6a1c52-8d0e-4b7e-9a55-07c1d4e2b9aa" data-document-language="true"></script>
<script type="text/javascript">function OptanonWrapper() { }</script>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-K7QW2PZ');</script>
</head>

<body class="chrome controls-visible  yui3-skin-sam signed-out public-page site">

<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7QW2PZ" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>

<div class="lfr-spa-loading-bar"></div>
<nav aria-label="Szybkie linki" class="bg-dark cadmin quick-access-nav text-center text-white" id="pt_quickAccessNav">
		<ul class="list-unstyled mb-0">
				<li><a class="d-block p-2 sr-only sr-only-focusable text-reset" href="#main-content">Przejdź do treści głównej</a></li>
		</ul>
</nav>

<div class="d-flex flex-column min-vh-100">
	<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
		<header class="pt-header" id="banner">
			<div class="pt-header__top container-fluid container-fluid-max-xl">
				<a class="logo custom-logo" href="https://www.paczkateraz.pl/web/guest" title="Przejdź do PaczkaTeraz">
					<img alt="PaczkaTeraz" height="40" src="/image/layout_set_logo?img_id=31207&amp;t=1672831102118" width="180" />
				</a>
				<form action="https://www.paczkateraz.pl/sledzenie-przesylek?p_p_id=pl_paczkateraz_tracking_TrackingPortlet&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view&amp;_pl_paczkateraz_tracking_TrackingPortlet_javax.portlet.action=%2Ftracking%2Fsearch&amp;p_auth={{auth}}" class="form pt-tracking-form" data-fm-namespace="_pl_paczkateraz_tracking_TrackingPortlet_" id="_pl_paczkateraz_tracking_TrackingPortlet_fm" method="post" name="_pl_paczkateraz_tracking_TrackingPortlet_fm">
					<input class="field form-control" id="_pl_paczkateraz_tracking_TrackingPortlet_formDate" name="_pl_paczkateraz_tracking_TrackingPortlet_formDate" type="hidden" value="{{formdate}}" />
					<label class="sr-only" for="_pl_paczkateraz_tracking_TrackingPortlet_parcelNumber">Numer przesyłki</label>
					<input class="form-control" id="_pl_paczkateraz_tracking_TrackingPortlet_parcelNumber" name="_pl_paczkateraz_tracking_TrackingPortlet_parcelNumber" placeholder="Wpisz numer przesyłki" type="text" />
					<button class="btn btn-primary" type="submit">Śledź</button>
				</form>
				<div class="pt-header__user">
					<a data-redirect="false" href="https://www.paczkateraz.pl/c/portal/login?p_l_id=48" id="sign-in" rel="nofollow">Zaloguj się</a>
				</div>
			</div>
			<nav class="sort-pages modify-pages navbar navbar-expand-md" id="navigation" role="navigation">
				<ul aria-label="Strony witryny" class="navbar-nav" role="menubar">
					<li class="lfr-nav-item nav-item" role="presentation"><a class="nav-link" href="https://www.paczkateraz.pl/nadaj-paczke" role="menuitem"><span>Nadaj paczkę</span></a></li>
					<li class="lfr-nav-item nav-item" role="presentation"><a class="nav-link" href="https://www.paczkateraz.pl/odbierz-paczke" role="menuitem"><span>Odbierz paczkę</span></a></li>
					<li class="lfr-nav-item nav-item" role="presentation"><a class="nav-link" href="https://www.paczkateraz.pl/mapa-automatow" role="menuitem"><span>Mapa automatów</span></a></li>
					<li class="lfr-nav-item nav-item" role="presentation"><a class="nav-link" href="https://www.paczkateraz.pl/dla-biznesu" role="menuitem"><span>Dla biznesu</span></a></li>
					<li class="lfr-nav-item nav-item" role="presentation"><a class="nav-link" href="https://www.paczkateraz.pl/pomoc" role="menuitem"><span>Pomoc</span></a></li>
				</ul>
			</nav>
		</header>

		<section class="flex-fill" id="content">
			<h2 class="sr-only" role="heading" aria-level="1">Polityka prywatności</h2>

<div class="layout-content portlet-layout" id="main-content" role="main">
	<div class="lfr-layout-structure-item-container lfr-layout-structure-item-f3a51e0c-26d4-1b0f-ae5c-3c27d9d1f0b2 " style="">
		<div class="container-fluid container-fluid-max-xl pt-5 pb-5">
			<div class="lfr-layout-structure-item-com-liferay-journal-content-web-portlet-journalcontentportlet lfr-layout-structure-item-9c1d2a7e-5b4f-8e3c-0a71-6d2f9e4b1c83 ">
<div id="fragment-0-eqpv" >
	<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_  portlet-static portlet-static-end decorate portlet-journal-content " id="p_p_id_{{portlet}}_">
		<span id="p_{{portlet}}"></span>
		<section class="portlet" id="portlet_{{portlet}}">
			<div class="portlet-content">
				<div class="autofit-float autofit-row portlet-header">
					<div class="autofit-col autofit-col-end">
						<div class="autofit-section">
						</div>
					</div>
				</div>
				<div class=" portlet-content-container">
					<div class="portlet-body">
						<div class="text-right user-tool-asset-addon-entries">
						</div>
						<div class="clearfix journal-content-article " data-analytics-asset-id="48211" data-analytics-asset-title="Polityka prywatności" data-analytics-asset-type="web-content">
<div class="pt-legal-article">
{{article}}
</div>
						</div>
						<div class="content-metadata-asset-addon-entries">
						</div>
					</div>
				</div>
			</div>
		</section>
	</div>
</div>
			</div>
		</div>
	</div>
</div>
<form action="#" aria-hidden="true" class="hide" id="hrefFm" method="post" name="hrefFm"><span></span><button hidden type="submit">Ukryty</button></form>
		</section>

		<footer id="footer" role="contentinfo" class="pt-footer">
			<div class="container-fluid container-fluid-max-xl">
				<div class="row">
					<div class="col-md-4">
						<p class="pt-footer__title">PaczkaTeraz sp. z o.o.</p>
						<p>Infolinia: 12 300 40 50<br>pon.–pt. 8:00–20:00, sob. 8:00–14:00</p>
					</div>
					<div class="col-md-4">
						<ul class="list-unstyled">
							<li><a href="https://www.paczkateraz.pl/regulamin">Regulamin</a></li>
							<li><a href="https://www.paczkateraz.pl/polityka-prywatnosci">Polityka prywatności</a></li>
							<li><a href="https://www.paczkateraz.pl/polityka-cookies">Polityka cookies</a></li>
							<li><a href="#" class="ot-sdk-show-settings">Ustawienia cookies</a></li>
						</ul>
					</div>
					<div class="col-md-4">
						<p>Pobierz aplikację PaczkaTeraz</p>
						<a href="https://apps.apple.com/pl/app/paczkateraz/id1488123456"><img alt="App Store" src="/o/paczkateraz-theme/images/appstore.svg" width="120"></a>
						<a href="https://play.google.com/store/apps/details?id=pl.paczkateraz.app"><img alt="Google Play" src="/o/paczkateraz-theme/images/googleplay.svg" width="135"></a>
					</div>
				</div>
				<p class="pt-footer__copy">&copy; {{year}} PaczkaTeraz. Wszelkie prawa zastrzeżone.</p>
			</div>
		</footer>
	</div>
</div>

<script type="text/javascript">
// <![CDATA[
	Liferay.Loader.require('frontend-js-spa-web@5.0.41/init', function(frontendJsSpaWebInit) {
		try {
			frontendJsSpaWebInit.default({"navigationExceptionSelectors":":not([target=\\"_blank\\"]):not([data-senna-off]):not([data-resource-href]):not([data-cke-saved-href]):not([data-cke-saved-href])","cacheExpirationTime":-1,"clearScreensCache":false,"portletsBlacklist":["com_liferay_login_web_portlet_LoginPortlet","com_liferay_site_navigation_directory_web_portlet_SitesDirectoryPortlet"],"excludedTargetPortlets":["com_liferay_users_admin_web_portlet_UsersAdminPortlet","com_liferay_server_admin_web_portlet_ServerAdminPortlet"],"validStatusCodes":[221,490,494,499,491,492,493,495,220],"debugEnabled":false,"loginRedirect":"","excludedPaths":["/c/document_library","/documents","/image"],"userNotification":{"message":"Wygląda na to, że trwa to dłużej niż zwykle.","title":"Ups","timeout":30000},"requestTimeout":0});
		} catch (err) {
			console.error(err);
		}
	});
	Liferay.Portlet.register('{{portlet}}');
	Liferay.Portlet.onLoad({
		canEditTitle: false,
		columnPos: 0,
		isStatic: 'end',
		namespacedId: 'p_p_id_{{portlet}}_',
		portletId: '{{portlet}}',
		refreshURL: '\x2fc\x2fportal\x2frender_portlet\x3fp_l_id\x3d48\x26p_p_id\x3d{{portlet}}\x26p_p_lifecycle\x3d0\x26p_t_lifecycle\x3d0\x26p_p_state\x3dnormal\x26p_p_mode\x3dview\x26p_p_col_id\x3dnull\x26p_p_col_pos\x3dnull\x26p_p_col_count\x3dnull\x26p_p_static\x3dtrue\x26p_p_isolated\x3d1\x26currentURL\x3d\x252Fpolityka-prywatnosci',
		refreshURLData: {}
	});
	AUI().use('liferay-menu', 'liferay-notice', 'aui-base', 'liferay-session', 'liferay-poller', function(A) {
		if (A.UA.mobile) { Liferay.Util.addInputCancel(); }
		new Liferay.Menu();
		var liferayNotices = Liferay.Data.notices;
		for (var i = 0; i < liferayNotices.length; i++) { liferayNotices[i](); }
	});
// ]]>
</script>
<script src="https://www.paczkateraz.pl/o/paczkateraz-theme/js/main.js?browserId=chrome&amp;minifierType=js&amp;languageId=pl_PL&amp;t={{deploy}}" type="text/javascript"></script>
</body>

</html>
"""


def render(s, blocks, when):
    return fill(TPL, article=C.blocks_html(blocks), auth=s["auth"], deploy=s["deploy"], portlet=PORTLET,
                formdate=C.epoch(when) * 1000 + 417, year=when.year)


PAGE = {
    "service": "PaczkaTeraz",
    "url": URL,
    "lang": "pl",
    "platform": "Liferay DXP 7.4",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": (("Server", "Apache"), ("X-Content-Type-Options", "nosniff"),
                      ("Liferay-Portal", "Liferay Digital Experience Platform 7.4.13 Update 92"),
                      ("Cache-Control", "private, no-cache, no-store, must-revalidate")),
    "n": 30,
    "start": dt.date(2021, 6, 1),
    "end": dt.date(2024, 11, 30),
    "policy": POLICY,
    "first_updated": dt.date(2021, 3, 15),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".journal-content-article"},
}
