"""Italian electricity and gas supplier on Liferay DXP 7.4: one web content article rendered by a FreeMarker
template as two tabs, the customers' privacy notice and the cookie policy (whose cookie table changes on its own);
a sidebar portlet with the month's PUN/PSV prices and a rotating "offerta del mese" (Liferay A/B experience),
per-visit Liferay.authToken / p_auth in the callback-request form's action URL, combo/theme ?t= stamps per
deploy."""
import datetime as dt
import random

import common as C

MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
          "novembre", "dicembre"]

POLICY = """
## Informativa sul trattamento dei dati personali dei clienti

Ultimo aggiornamento: {UPDATED}

Ai sensi degli articoli 13 e 14 del Regolamento (UE) 2016/679 ("GDPR") e del D.Lgs. 196/2003 (Codice in materia di protezione dei dati personali), Valpadana Energia S.p.A. La informa su come tratta i dati personali dei clienti e dei potenziali clienti che richiedono la fornitura di energia elettrica e gas naturale, utilizzano l'Area Clienti e l'app o contattano il Servizio Clienti.

### 1. Titolare del trattamento e Responsabile della protezione dei dati

Il Titolare del trattamento è Valpadana Energia S.p.A., con sede legale in Via Emilia Ovest 118, 43126 Parma, codice fiscale e partita IVA 02458710347.

Il Titolare ha nominato un Responsabile della protezione dei dati (RPD o DPO), che può contattare all'indirizzo [dpo@valpadanaenergia.it](mailto:dpo@valpadanaenergia.it) oppure per posta presso la sede legale, alla cortese attenzione del DPO.

### 2. Quali dati trattiamo

Nell'ambito del rapporto di fornitura trattiamo le seguenti categorie di dati:

- dati anagrafici e di contatto: nome, cognome, codice fiscale, indirizzo di residenza e di fornitura, numero di telefono, indirizzo e-mail;
- dati tecnici della fornitura: codice POD per l'energia elettrica, codice PDR per il gas, potenza impegnata, matricola del contatore, letture e consumi;
- dati di pagamento: IBAN per l'addebito diretto SEPA, storico delle bollette e dei pagamenti;
- dati relativi alla solvibilità, nei limiti previsti dalla normativa, per la valutazione del rischio di credito;
- dati necessari per le agevolazioni, come il bonus sociale per disagio economico, che l'Autorità di Regolazione per Energia Reti e Ambiente (ARERA) riconosce automaticamente sulla base dell'ISEE;
- registrazoni delle telefonate, quando il contratto è concluso per telefono;
- dati di navigazione nell'Area Clienti e nell'app, inclusi i dati del dispositivo.

Alcuni dati non sono raccolti presso di Lei, ma presso il distributore locale e presso il Sistema Informativo Integrato (SII) gestito da Acquirente Unico S.p.A., ad esempio i dati di misura e i dati identificativi del punto di fornitura.

### 3. Finalità, basi giuridiche e tempi di conservazione

| Finalità | Base giuridica | Conservazione |
| Attivazione ed esecuzione del contratto di fornitura, fatturazione, gestione di reclami e richieste | esecuzione del contratto (art. 6.1.b GDPR) | 10 anni dalla cessazione del contratto |
| Adempimenti di legge e della regolazione ARERA, comunicazioni al SII, obblighi fiscali e contabili | obbligo legale (art. 6.1.c GDPR) | per il periodo previsto dalla legge |
| Recupero dei crediti e valutazione del rischio di insolvenza | legittimo interesse (art. 6.1.f GDPR) | fino all'incasso e per i 10 anni successivi |
| Prevenzione delle frodi e dei contratti non richiesti | legittimo interesse (art. 6.1.f GDPR) | 24 mesi |
| Invio di offerte commerciali su prodotti e servizi di Valpadana Energia | consenso (art. 6.1.a GDPR) | 24 mesi dalla raccolta del consenso |
| Comunicazione dei dati a società partner per loro offerte | consenso (art. 6.1.a GDPR) | 12 mesi dalla raccolta del consenso |
| Analisi della soddisfazione dei clienti | legittimo interesse (art. 6.1.f GDPR) | 24 mesi |

Il conferimento dei dati necessari alla fornitura è obbligatorio: senza di essi non è possibile concludere ed eseguire il contratto. Il consenso per le finalità commerciali è facoltativo e può essere revocato in qualsiasi momento, senza conseguenze sulla fornitura.

### 4. Modalità del trattamento

Il trattamento avviene con strumenti cartacei, informatici e telematici, con logiche strettamente correlate alle finalità indicate e adottando misure di sicurezza adeguate a garantire la riservatezza, l'integrità e la disponibilità dei dati. Non adottiamo decisioni basate unicamente su un trattamento automatizzato che producano effetti giuridici nei Suoi confronti. Per la valutazione del rischio di credito un operatore verifica sempre l'esito delle analisi automatiche.

I dati di consumo possono essere analizzati anche con sistemi automatici allo scopo di segnalarLe anomalie rispetto ai consumi abituali, ad esempio possibili perdite dell'impianto del gas, guasti del contatore o consumi stimati molto diversi da quelli reali.

### 5. Destinatari dei dati

Per le finalità indicate, i dati possono essere comunicati ai seguenti soggetti:

| Destinatario | Ruolo |
| Distributori locali di energia elettrica e gas | titolari autonomi del trattamento |
| Acquirente Unico S.p.A. (Sistema Informativo Integrato) | titolare autonomo del trattamento |
| Società di stampa e recapito delle bollette | responsabili del trattamento |
| Fornitori di servizi informatici e cloud | responsabili del trattamento |
| Agenzie di vendita e call center | responsabili del trattamento |
| Società di recupero crediti e studi legali | responsabili o titolari autonomi del trattamento |
| Banche, istituti di pagamento e Poste Italiane | titolari autonomi per la gestione dei pagamenti |

I dati non sono diffusi. L'elenco aggiornato dei responsabili del trattamento può essere richiesto al DPO.

### 6. Trasferimento dei dati fuori dall'Unione europea

Alcuni fornitori di servizi informatici possono trattare i dati anche in Paesi al di fuori dello Spazio economico europeo. In questi casi il trasferimento avviene sulla base di una decisione di adeguatezza della Commissione europea oppure delle clausole contrattuali tipo approvate dalla Commissione, integrate, ove necessario, da misure supplementari.

### 7. Registro pubblico delle opposizioni

Se ha iscritto il Suo numero di telefono nel Registro pubblico delle opposizioni, non La contatteremo per finalità commerciali tramite operatore, salvo che ci abbia dato il consenso dopo l'iscrizione o che sia già nostro cliente e il contatto riguardi prodotti analoghi a quelli acquistati.

### 8. I Suoi diritti

In qualsiasi momento può esercitare i diritti previsti dagli articoli da 15 a 22 del GDPR:

- diritto di accesso ai dati personali;
- diritto di rettifica dei dati inesatti o incompleti;
- diritto alla cancellazione, nei casi previsti dalla legge;
- diritto di limitazione del trattamento;
- diritto alla portabilità dei dati forniti;
- diritto di opposizione al trattamento fondato sul legittimo interesse e al marketing diretto;
- diritto di revocare il consenso, senza pregiudizio per la liceità del trattamento precedente.

Può esercitare i Suoi diritti scrivendo a privacy@valpadanaenergia.it oppure tramite la sezione Privacy dell'Area Clienti. Risponderemo entro un mese dalla richiesta, prorogabile di due mesi nei casi più complessi. Se la richiesta è manifestamente infondata o eccessiva, potremo addebitarLe un contributo spese ragionevole oppure rifiutare di darvi seguito, motivando la decisione.

### 9. Reclamo all'autorità di controllo

Se ritiene che il trattamento dei Suoi dati violi il GDPR, può proporre reclamo al Garante per la protezione dei dati personali, Piazza Venezia 11, 00187 Roma, [www.garanteprivacy.it](https://www.garanteprivacy.it).
"""

EDITS = [
    {"note": "typo fixed: 'registrazoni' -> 'registrazioni'", "bump": False,
     "repl": [("- registrazoni delle telefonate", "- registrazioni delle telefonate")]},
    {"note": "installers of boilers and PV systems added to the recipients table",
     "repl": [("| Agenzie di vendita e call center | responsabili del trattamento |",
               "| Agenzie di vendita e call center | responsabili del trattamento |\n"
               "| Imprese di installazione e manutenzione di caldaie e impianti fotovoltaici | responsabili del "
               "trattamento, per i servizi aggiuntivi richiesti |")]},
    {"note": "fraud-prevention retention 24 -> 36 months",
     "repl": [("| Prevenzione delle frodi e dei contratti non richiesti | legittimo interesse (art. 6.1.f GDPR) | 24 mesi |",
               "| Prevenzione delle frodi e dei contratti non richiesti | legittimo interesse (art. 6.1.f GDPR) | 36 mesi |")]},
    {"note": "paragraph added on customers assigned through the Servizio a Tutele Graduali",
     "repl": [("ad esempio i dati di misura e i dati identificativi del punto di fornitura.",
               "ad esempio i dati di misura e i dati identificativi del punto di fornitura.\n\n"
               "Se è diventato nostro cliente perché il Suo punto di fornitura ci è stato assegnato nell'ambito del "
               "Servizio a Tutele Graduali, i Suoi dati anagrafici, di fornitura e di pagamento ci sono stati "
               "comunicati dal precedente esercente e da Acquirente Unico S.p.A. in base alla regolazione ARERA.")]},
    {"note": "new DPO e-mail address and a postal address for rights requests",
     "repl": [("[dpo@valpadanaenergia.it](mailto:dpo@valpadanaenergia.it)",
               "[rpd@valpadanaenergia.it](mailto:rpd@valpadanaenergia.it)"),
              ("scrivendo a privacy@valpadanaenergia.it oppure",
               "scrivendo a privacy@valpadanaenergia.it, per posta a Valpadana Energia S.p.A., Casella Postale 212, "
               "43121 Parma, oppure")]},
]

COOKIES = [
    [("JSESSIONID", "tecnico", "sessione", "Valpadana Energia"),
     ("GUEST_LANGUAGE_ID", "tecnico", "12 mesi", "Valpadana Energia"),
     ("COOKIE_SUPPORT", "tecnico", "12 mesi", "Valpadana Energia"),
     ("OptanonConsent", "tecnico", "12 mesi", "OneTrust"),
     ("_ga", "analitico", "24 mesi", "Google")],
    [("JSESSIONID", "tecnico", "sessione", "Valpadana Energia"),
     ("GUEST_LANGUAGE_ID", "tecnico", "12 mesi", "Valpadana Energia"),
     ("COOKIE_SUPPORT", "tecnico", "12 mesi", "Valpadana Energia"),
     ("LFR_SESSION_STATE_20101", "tecnico", "sessione", "Valpadana Energia"),
     ("OptanonConsent", "tecnico", "6 mesi", "OneTrust"),
     ("_ga", "analitico", "24 mesi", "Google"),
     ("_ga_XXXX", "analitico", "24 mesi", "Google")],
    [("JSESSIONID", "tecnico", "sessione", "Valpadana Energia"),
     ("GUEST_LANGUAGE_ID", "tecnico", "12 mesi", "Valpadana Energia"),
     ("COOKIE_SUPPORT", "tecnico", "12 mesi", "Valpadana Energia"),
     ("LFR_SESSION_STATE_20101", "tecnico", "sessione", "Valpadana Energia"),
     ("OptanonConsent", "tecnico", "6 mesi", "OneTrust"),
     ("_ga", "analitico", "24 mesi", "Google"),
     ("_fbp", "profilazione", "3 mesi", "Meta Platforms"),
     ("_gcl_au", "profilazione", "3 mesi", "Google")],
    [("JSESSIONID", "tecnico", "sessione", "Valpadana Energia"),
     ("GUEST_LANGUAGE_ID", "tecnico", "12 mesi", "Valpadana Energia"),
     ("COOKIE_SUPPORT", "tecnico", "12 mesi", "Valpadana Energia"),
     ("OptanonConsent", "tecnico", "6 mesi", "OneTrust"),
     ("_ga", "analitico", "13 mesi", "Google"),
     ("_hjSessionUser", "analitico", "12 mesi", "Hotjar"),
     ("_fbp", "profilazione", "3 mesi", "Meta Platforms"),
     ("_gcl_au", "profilazione", "3 mesi", "Google")],
]

OFFERS = [("Valpadana Luce Fissa 24", "Prezzo bloccato per 24 mesi sulla componente energia.", "luce-fissa-24"),
          ("Valpadana Gas Web", "Sconto del 10% sul prezzo del gas per chi attiva online.", "gas-web"),
          ("Luce e Gas Insieme", "Un'unica bolletta e 30 euro di bonus di benvenuto.", "luce-gas-insieme")]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def _prices(when):
    r = random.Random("pun|%d-%02d" % (when.year, when.month))
    t = (when.year - 2022) * 12 + when.month
    base_pun = 0.30 - 0.012 * min(t, 16) if t < 16 else 0.11 + 0.02 * ((t % 5) / 5)
    pun = max(0.085, base_pun + r.uniform(-0.015, 0.015))
    psv = max(0.29, pun * 3.1 + r.uniform(-0.04, 0.04))
    prev_month = (when.replace(day=1) - dt.timedelta(days=1))
    return {"pun": ("%.4f" % pun).replace(".", ","), "psv": ("%.4f" % psv).replace(".", ","),
            "mese": "%s %d" % (MONTHS[prev_month.month - 1], prev_month.year)}


def noise(rng, when, i, prev):
    prev = prev or {}

    def deploy():
        back = dt.timedelta(days=rng.randint(0, 30), seconds=rng.randint(0, 86399))
        return {"t": C.epoch(when - back) * 1000 + rng.randint(0, 999), "build": rng.choice(["u92", "u102", "u112"])}
    st = {"deploy": C.keep_or(rng, prev.get("deploy"), 0.1, deploy),
          "auth": C.alnum(rng, 8),
          "prices": _prices(when),
          "offer": rng.randrange(len(OFFERS))}
    pc = prev.get("cookies", 0)
    st["cookies"] = min(pc + 1, len(COOKIES) - 1) if (i > 0 and rng.random() < 0.12) else pc
    return st


LABELS = {"deploy": "Liferay theme/combo ?t= stamps (deploy)",
          "auth": "Liferay.authToken and p_auth in the callback form's action URL (per visit)",
          "prices": "PUN/PSV prices of last month in the sidebar",
          "offer": "'offerta del mese' A/B experience in the sidebar",
          "cookies": "cookie table of the cookie-policy tab (the other document on the page)"}

NS = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_legalPrivacyTabs"
FORM = "com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet_INSTANCE_richiamami"
THEME = "valpadanatheme_WAR_valpadanatheme"


def _cookie_doc(v):
    rows = COOKIES[v]
    body = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in rows)
    return ("<h2>Cookie policy</h2>\n<p>Questo sito utilizza cookie tecnici, necessari al suo funzionamento, e, "
            "previo Suo consenso, cookie analitici e di profilazione di terze parti. Può modificare le Sue scelte in "
            "qualsiasi momento dal link &laquo;Preferenze cookie&raquo; nel piè di pagina.</p>\n"
            "<table class=\"table table-striped\"><thead><tr><th>Nome</th><th>Tipologia</th><th>Durata</th>"
            "<th>Fornitore</th></tr></thead><tbody>%s</tbody></table>\n"
            "<p>I cookie di terze parti sono gestiti dai rispettivi fornitori, alle cui informative La invitiamo a "
            "fare riferimento.</p>" % body)


def render(state, blocks, when):
    t = state["deploy"]["t"]
    auth = state["auth"]
    pr = state["prices"]
    off = OFFERS[state["offer"]]
    q = "browserId=other&amp;themeId=%s&amp;minifierType=css&amp;languageId=it_IT" % THEME
    policy = C.blocks_html(blocks, sep="\n")
    return """<!DOCTYPE html>

<html class="ltr" dir="ltr" lang="it-IT">

<head>
	<title>Privacy - Valpadana Energia</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="Informativa privacy per i clienti di Valpadana Energia e cookie policy." lang="it-IT" name="description" />

<link data-senna-track="temporary" href="https://www.valpadanaenergia.it/it/privacy" rel="canonical" />
<link data-senna-track="temporary" href="https://www.valpadanaenergia.it/en/privacy" hreflang="en-US" rel="alternate" />
<link data-senna-track="temporary" href="https://www.valpadanaenergia.it/it/privacy" hreflang="x-default" rel="alternate" />

<meta property="og:locale" content="it_IT">
<meta property="og:site_name" content="Valpadana Energia">
<meta property="og:title" content="Privacy - Valpadana Energia">
<meta property="og:type" content="website">
<meta property="og:url" content="https://www.valpadanaenergia.it/it/privacy">

<link href="https://www.valpadanaenergia.it/o/valpadana-theme/images/favicon.ico" rel="icon" />

<link class="lfr-css-file" data-senna-track="temporary" href="https://www.valpadanaenergia.it/o/valpadana-theme/css/clay.css?%(q)s&amp;t=%(t)d" id="liferayAUICSS" rel="stylesheet" type="text/css" />

<link data-senna-track="temporary" href="/o/frontend-css-web/main.css?%(q)s&amp;t=%(t)d" id="liferayPortalCSS" rel="stylesheet" type="text/css" />

<link data-senna-track="permanent" href="/combo?browserId=other&amp;minifierType=&amp;languageId=it_IT&amp;t=%(t)d&amp;/o/frontend-theme-font-awesome-web/css/main.css&amp;/o/product-navigation-product-menu-web/css/main.css" rel="stylesheet" type="text/css" />

<script data-senna-track="temporary" type="text/javascript">
	// <![CDATA[
		var Liferay = Liferay || {};

		Liferay.Browser = {
			acceptsGzip: function() {return true;},
			getMajorVersion: function() {return 131.0;},
			getRevision: function() {return '537.36';},
			getVersion: function() {return '131.0';},
			isAir: function() {return false;},
			isChrome: function() {return true;},
			isEdge: function() {return false;},
			isFirefox: function() {return false;},
			isGecko: function() {return true;},
			isIe: function() {return false;},
			isIphone: function() {return false;},
			isLinux: function() {return true;},
			isMac: function() {return false;},
			isMobile: function() {return false;},
			isMozilla: function() {return false;},
			isOpera: function() {return false;},
			isRtf: function() {return true;},
			isSafari: function() {return true;},
			isSun: function() {return false;},
			isWebKit: function() {return true;},
			isWindows: function() {return false;}
		};

		Liferay.Data = Liferay.Data || {};

		Liferay.Data.ICONS_INLINE_SVG = true;

		Liferay.Data.NAV_SELECTOR = '#navigation';

		Liferay.Data.NAV_SELECTOR_MOBILE = '#navigationCollapse';

		Liferay.Data.isCustomizationView = function() {
			return false;
		};

		Liferay.Data.notices = [
		];

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
			getLayoutId: function() {return '41';},
			getLayoutRelativeControlPanelURL: function() {return '/it/group/guest/~/control_panel/manage';},
			getLayoutRelativeURL: function() {return '/it/privacy';},
			getLayoutURL: function() {return 'https://www.valpadanaenergia.it/it/privacy';},
			getParentLayoutId: function() {return '0';},
			isControlPanel: function() {return false;},
			isPrivateLayout: function() {return 'false';},
			isVirtualLayout: function() {return false;},
			getBCP47LanguageId: function() {return 'it-IT';},
			getCanonicalURL: function() {return 'https\\x3a\\x2f\\x2fwww\\x2evalpadanaenergia\\x2eit\\x2fit\\x2fprivacy';},
			getCDNBaseURL: function() {return 'https://www.valpadanaenergia.it';},
			getCDNDynamicResourcesHost: function() {return '';},
			getCDNHost: function() {return '';},
			getCompanyGroupId: function() {return '20135';},
			getCompanyId: function() {return '20099';},
			getDefaultLanguageId: function() {return 'it_IT';},
			getDoAsUserIdEncoded: function() {return '';},
			getLanguageId: function() {return 'it_IT';},
			getParentGroupId: function() {return '20121';},
			getPathContext: function() {return '';},
			getPathImage: function() {return '/image';},
			getPathJavaScript: function() {return '/o/frontend-js-web';},
			getPathMain: function() {return '/it/c';},
			getPathThemeImages: function() {return 'https://www.valpadanaenergia.it/o/valpadana-theme/images';},
			getPathThemeRoot: function() {return '/o/valpadana-theme';},
			getPlid: function() {return '1342';},
			getPortalURL: function() {return 'https://www.valpadanaenergia.it';},
			getRealUserId: function() {return '20103';},
			getRemoteAddr: function() {return '10.16.4.21';},
			getRemoteHost: function() {return '10.16.4.21';},
			getScopeGroupId: function() {return '20121';},
			getScopeGroupIdOrLiveGroupId: function() {return '20121';},
			getSessionId: function() {return '';},
			getSiteAdminURL: function() {return 'https://www.valpadanaenergia.it/group/guest/~/control_panel/manage?p_p_lifecycle=0&p_p_state=maximized&p_v_l_s_g_id=20121';},
			getSiteGroupId: function() {return '20121';},
			getURLControlPanel: function() {return '/it/group/control_panel?refererPlid=1342';},
			getURLHome: function() {return 'https\\x3a\\x2f\\x2fwww\\x2evalpadanaenergia\\x2eit\\x2fweb\\x2fguest';},
			getUserEmailAddress: function() {return '';},
			getUserId: function() {return '20103';},
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
			getComboPath: function() {return '/combo/?browserId=other&minifierType=&languageId=it_IT&t=%(t)d&';},
			getDateFormat: function() {return '%%d/%%m/%%Y';},
			getEditorCKEditorPath: function() {return '/o/frontend-editor-ckeditor-web/ckeditor';},
			getFilter: function() {return 'min';},
			getFilterConfig: function() {return null;},
			getJavaScriptRootPath: function() {return '/o/frontend-js-web';},
			getPortletRootPath: function() {return '/html/portlet';},
			getStaticResourceURLParams: function() {return '?browserId=other&minifierType=&languageId=it_IT&t=%(t)d';}
		};

		Liferay.authToken = '%(auth)s';

		Liferay.currentURL = '\\x2fit\\x2fprivacy';
		Liferay.currentURLEncoded = '\\x252Fit\\x252Fprivacy';
	// ]]>
</script>

<script data-senna-track="temporary" src="/o/js_loader_config?t=%(t)d" type="text/javascript"></script>
<script data-senna-track="permanent" src="/combo?browserId=other&amp;minifierType=js&amp;languageId=it_IT&amp;t=%(t)d&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js&amp;/o/frontend-js-jquery-web/jquery/init.js&amp;/o/frontend-js-jquery-web/jquery/ajax.js&amp;/o/frontend-js-jquery-web/jquery/bootstrap.bundle.min.js&amp;/o/frontend-js-jquery-web/jquery/collapsible_search.js&amp;/o/frontend-js-jquery-web/jquery/fm.js&amp;/o/frontend-js-jquery-web/jquery/form.js&amp;/o/frontend-js-jquery-web/jquery/popper.min.js&amp;/o/frontend-js-jquery-web/jquery/side_navigation.js" type="text/javascript"></script>
<script data-senna-track="permanent" src="/o/js_bundle_config?t=%(t)d" type="text/javascript"></script>

<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8" data-domain-script="3f7a2b91-6c0d-4e58-a1b4-8d2e9c5f7a13" data-document-language="true"></script>
<script type="text/javascript">function OptanonWrapper() { }</script>

<link class="lfr-css-file" data-senna-track="temporary" href="https://www.valpadanaenergia.it/o/valpadana-theme/css/main.css?%(q)s&amp;t=%(t)d" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
</head>

<body class="chrome controls-visible  yui3-skin-sam guest-site signed-out public-page site">

<nav aria-label="Link veloci" class="bg-dark cadmin quick-access-nav text-center text-white" id="rlrk_quickAccessNav">
		<a class="d-block p-2 sr-only sr-only-focusable text-reset" href="#main-content">
		Salta al contenuto principale
	</a>
</nav>

<div class="d-flex flex-column min-vh-100">
	<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
		<header class="vp-header" id="banner">
			<div class="vp-header__top">
				<div class="container-fluid container-fluid-max-xl">
					<ul class="vp-header__segments">
						<li class="active"><a href="/it/casa">Casa</a></li>
						<li><a href="/it/business">Business</a></li>
						<li><a href="/it/condomini">Condomini</a></li>
					</ul>
					<a class="btn btn-sm btn-outline-light vp-header__login" href="https://areaclienti.valpadanaenergia.it/">Area Clienti</a>
				</div>
			</div>
			<div class="navbar navbar-classic navbar-top py-3">
				<div class="container-fluid container-fluid-max-xl user-personal-bar">
					<div class="align-items-center autofit-row">
						<a class="logo custom-logo d-flex align-items-center mr-4 pr-2" href="https://www.valpadanaenergia.it/it" title="Vai a Valpadana Energia">
							<img alt="Valpadana Energia" class="mr-2" height="56" src="/image/layout_set_logo?img_id=48011&amp;t=%(t)d" />
						</a>
						<nav aria-label="Pagine del sito" class="sort-pages modify-pages" id="navigation" role="navigation">
							<ul role="menubar">
								<li class="lfr-nav-item" id="layout_12" role="presentation"><a href="https://www.valpadanaenergia.it/it/offerte-luce" role="menuitem"><span>Offerte luce</span></a></li>
								<li class="lfr-nav-item" id="layout_13" role="presentation"><a href="https://www.valpadanaenergia.it/it/offerte-gas" role="menuitem"><span>Offerte gas</span></a></li>
								<li class="lfr-nav-item" id="layout_14" role="presentation"><a href="https://www.valpadanaenergia.it/it/fotovoltaico" role="menuitem"><span>Fotovoltaico</span></a></li>
								<li class="lfr-nav-item" id="layout_15" role="presentation"><a href="https://www.valpadanaenergia.it/it/supporto" role="menuitem"><span>Supporto</span></a></li>
							</ul>
						</nav>
					</div>
				</div>
			</div>
		</header>

		<section class="flex-fill" id="content">
			<h2 class="sr-only" role="heading" aria-level="1">Privacy</h2>

			<div class="columns-2" id="main-content" role="main">
				<div class="portlet-layout row">
					<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
						<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
							<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_  portlet-static portlet-static-end portlet-barebone portlet-journal-content " id="p_p_id_%(ns)s_">
								<span id="p_%(ns)s"></span>
								<section class="portlet" id="portlet_%(ns)s">
									<div class="portlet-content">
										<div class="autofit-float autofit-row portlet-header">
											<div class="autofit-col autofit-col-end">
												<div class="autofit-section"></div>
											</div>
										</div>
										<div class=" portlet-content-container">
											<div class="portlet-body">
												<div class="text-right user-tool-asset-addon-entries"></div>
												<div class="clearfix journal-content-article " data-analytics-asset-id="48213" data-analytics-asset-title="Privacy e cookie" data-analytics-asset-type="web-content" data-analytics-web-content-resource-pk="48215">
<div class="vp-legal">
	<ul class="nav nav-underline vp-legal__tabs" role="tablist">
		<li class="nav-item" role="presentation"><a aria-controls="tab-privacy" aria-selected="true" class="active nav-link" data-toggle="liferay-tab" href="#tab-privacy" id="tab-privacy-link" role="tab">Privacy clienti</a></li>
		<li class="nav-item" role="presentation"><a aria-controls="tab-cookie" aria-selected="false" class="nav-link" data-toggle="liferay-tab" href="#tab-cookie" id="tab-cookie-link" role="tab">Cookie policy</a></li>
	</ul>
	<div class="tab-content">
		<div aria-labelledby="tab-privacy-link" class="active fade show tab-pane" id="tab-privacy" role="tabpanel">
%(policy)s
		</div>
		<div aria-labelledby="tab-cookie-link" class="fade tab-pane" id="tab-cookie" role="tabpanel">
%(cookie)s
		</div>
	</div>
</div>
												</div>
												<div class="content-metadata-asset-addon-entries"></div>
											</div>
										</div>
									</div>
								</section>
							</div>
						</div>
					</div>
					<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
						<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
							<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_  portlet-static portlet-static-end portlet-barebone portlet-journal-content " id="p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_prezziMese_">
								<section class="portlet" id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_prezziMese">
									<div class="portlet-content"><div class=" portlet-content-container"><div class="portlet-body">
										<div class="clearfix journal-content-article " data-analytics-asset-id="51877" data-analytics-asset-title="Prezzi all'ingrosso" data-analytics-asset-type="web-content">
											<div class="vp-card vp-card--prezzi">
												<h3 class="vp-card__title">Prezzi all'ingrosso di %(mese)s</h3>
												<dl class="vp-prezzi">
													<dt>PUN (energia elettrica)</dt><dd>%(pun)s &euro;/kWh</dd>
													<dt>PSV (gas naturale)</dt><dd>%(psv)s &euro;/Smc</dd>
												</dl>
												<p class="small">Fonte: GME. Valori medi mensili, IVA e imposte escluse.</p>
											</div>
										</div>
									</div></div></div>
								</section>
							</div>
							<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_  portlet-static portlet-static-end portlet-barebone portlet-asset-publisher " id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_offertaMese_">
								<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_offertaMese">
									<div class="portlet-content"><div class=" portlet-content-container"><div class="portlet-body">
										<div class="vp-card vp-card--offerta" data-analytics-asset-id="%(off_id)d" data-segment-experience="%(exp)s">
											<span class="badge badge-warning">Offerta del mese</span>
											<h3 class="vp-card__title">%(off_t)s</h3>
											<p>%(off_d)s</p>
											<a class="btn btn-primary" href="https://www.valpadanaenergia.it/it/offerte/%(off_s)s">Scopri l'offerta</a>
										</div>
									</div></div></div>
								</section>
							</div>
							<div class="portlet-boundary portlet-boundary_com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet_  portlet-static portlet-static-end portlet-barebone portlet-forms " id="p_p_id_%(form)s_">
								<section class="portlet" id="portlet_%(form)s">
									<div class="portlet-content"><div class=" portlet-content-container"><div class="portlet-body">
										<form action="https://www.valpadanaenergia.it/it/privacy?p_p_id=%(form)s&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view&amp;_%(form)s_javax.portlet.action=%%2Fdynamic_data_mapping_form%%2Fadd_form_instance_record&amp;_%(form)s_formInstanceId=52410&amp;p_auth=%(auth)s" class="form lfr-export-dialog" data-fm-namespace="_%(form)s_" id="_%(form)s_fm" method="post" name="_%(form)s_fm">
											<input class="field form-control" id="_%(form)s_formInstanceId" name="_%(form)s_formInstanceId" type="hidden" value="52410" />
											<h3 class="vp-card__title">Ti richiamiamo noi</h3>
											<input class="form-control" name="_%(form)s_telefono" placeholder="Il tuo numero di telefono" type="tel" />
											<button class="btn btn-secondary" type="submit">Richiamami</button>
										</form>
									</div></div></div>
								</section>
							</div>
						</div>
					</div>
				</div>
			</div>
		</section>

		<footer class="vp-footer" id="footer" role="contentinfo">
			<div class="container-fluid container-fluid-max-xl">
				<div class="row">
					<div class="col-md-6">
						<p>Valpadana Energia S.p.A. &ndash; Via Emilia Ovest 118, 43126 Parma &ndash; P.IVA 02458710347 &ndash; Capitale sociale &euro; 12.000.000 i.v.</p>
						<p>Servizio Clienti <a href="tel:800123456">800 12 34 56</a> (numero verde gratuito), dal luned&igrave; al venerd&igrave; 8.30&ndash;19.00</p>
					</div>
					<div class="col-md-6 text-md-right">
						<a href="/it/privacy">Privacy</a> &middot; <a href="/it/trasparenza-arera">Trasparenza ARERA</a> &middot; <a href="/it/reclami">Reclami e conciliazione</a> &middot; <a class="ot-sdk-show-settings" href="javascript:void(0)">Preferenze cookie</a>
					</div>
				</div>
			</div>
		</footer>
	</div>
</div>

<script type="text/javascript">
	// <![CDATA[
	Liferay.Loader.require('frontend-js-tabs-support@1.0.10/index', function(frontendJsTabsSupport) {
		try {
			frontendJsTabsSupport.default();
		}
		catch (err) {
			console.error(err);
		}
	});
	Liferay.Portlet.onLoad({
		canEditTitle: false,
		columnPos: 0,
		isStatic: 'end',
		namespacedId: 'p_p_id_%(ns)s_',
		portletId: '%(ns)s',
		refreshURL: '\\x2fit\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d1342\\x26p_p_id\\x3d%(ns)s\\x26p_p_lifecycle\\x3d0\\x26p_t_lifecycle\\x3d0\\x26p_p_state\\x3dnormal\\x26p_p_mode\\x3dview\\x26p_p_col_id\\x3dcolumn-1\\x26p_p_col_pos\\x3d0\\x26p_p_col_count\\x3d1\\x26p_p_isolated\\x3d1\\x26currentURL\\x3d\\x252Fit\\x252Fprivacy',
		refreshURLData: {}
	});
	// ]]>
</script>
<script src="https://www.valpadanaenergia.it/o/valpadana-theme/js/main.js?browserId=other&amp;minifierType=js&amp;languageId=it_IT&amp;t=%(t)d" type="text/javascript"></script>
</body>

</html>
""" % {"q": q, "t": t, "auth": auth, "ns": NS, "form": FORM, "policy": policy, "cookie": _cookie_doc(state["cookies"]),
       "mese": pr["mese"], "pun": pr["pun"], "psv": pr["psv"], "off_t": off[0], "off_d": off[1], "off_s": off[2],
       "off_id": 53100 + state["offer"], "exp": "%d" % (60210 + state["offer"])}


PAGE = {
    "service": "Valpadana Energia",
    "url": "https://www.valpadanaenergia.it/it/privacy",
    "lang": "it",
    "platform": "Liferay DXP 7.4 (journal content article with a FreeMarker tabs template)",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": (("X-Content-Type-Options", "nosniff"), ("X-Frame-Options", "SAMEORIGIN"),
                      ("Liferay-Portal", "Liferay Digital Experience Platform")),
    "n": 29,
    "start": dt.date(2022, 6, 1),
    "end": dt.date(2025, 3, 31),
    "policy": POLICY,
    "first_updated": dt.date(2022, 3, 15),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.valpadanaenergia.it/it/privacy", "select": "#tab-privacy"},
}
