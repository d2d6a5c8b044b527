"""A national museum's privacy notice on a Liferay DXP portal (Italian): Liferay 7.2 with the museum's classic
theme until spring 2024, then Liferay 7.4 with a Clay/Bootstrap 4 theme (same journal-content portlet). Per visit:
Liferay.authToken and the p_auth in the sign-in link; per deploy: the combo/theme `t=` timestamps. Fairly clean:
nothing volatile near the policy's `.journal-content-article`."""
import datetime as dt

import common as C

MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre"]

POLICY = """# Informativa sul trattamento dei dati personali

Ultimo aggiornamento: {UPDATED}

La presente informativa è resa ai sensi degli articoli 13 e 14 del Regolamento (UE) 2016/679 («Regolamento» o «GDPR») e del D.Lgs. 30 giugno 2003, n. 196, come modificato dal D.Lgs. 10 agosto 2018, n. 101, a tutti coloro che visitano il sito web del Museo Nazionale delle Civiltà Adriatiche, acquistano biglietti online, si iscrivono alla newsletter o accedono agli spazi espositivi.

## 1. Titolare del trattamento

Titolare del trattamento è il **Museo Nazionale delle Civiltà Adriatiche**, istituto dotato di autonomia speciale del Ministero della cultura, in persona del Direttore pro tempore.

@ Museo Nazionale delle Civiltà Adriatiche
@ Lungomare Vanvitelli, 18 – 60121 Ancona (AN)
@ Tel. +39 071 207 4410
@ PEC: mn-civ@pec.cultura.gov.it
@ E-mail: mn-civ@cultura.gov.it

## 2. Responsabile della protezione dei dati

Il Ministero della cultura ha designato un Responsabile della protezione dei dati (RPD), contattabile per tutte le questioni relative al trattamento dei dati personali e all'esercizio dei diritti all'indirizzo [rpd@cultura.gov.it](mailto:rpd@cultura.gov.it) oppure tramite PEC all'indirizzo rpd@pec.cultura.gov.it.

## 3. Categorie di dati trattati

### 3.1 Dati di navigazione

I sistemi informatici e le procedure software preposte al funzionamento del sito aquisiscono, nel corso del loro normale esercizio, alcuni dati la cui trasmissione è implicita nell'uso dei protocolli di comunicazione di Internet: indirizzi IP, nomi a dominio dei computer utilizzati, orario della richiesta, metodo utilizzato nel sottoporre la richiesta al server, codice di risposta e altri parametri relativi al sistema operativo e all'ambiente informatico dell'utente. Tali dati sono utilizzati al solo fine di ricavare informazioni statistiche anonime sull'uso del sito e per controllarne il corretto funzionamento, e sono cancellati dopo 30 giorni, salvo eventuali accertamenti di reati informatici ai danni del sito.

### 3.2 Dati forniti volontariamente

L'invio facoltativo, esplicito e volontario di messaggi agli indirizzi di contatto del Museo, nonché la compilazione dei moduli presenti sul sito (prenotazione di visite guidate, richieste di accesso alla biblioteca e all'archivio fotografico, candidature per il servizio civile e i tirocini), comportano l'acquisizione dei dati di contatto del mittente e di tutti gli altri dati personali inclusi nelle comunicazioni.

### 3.3 Biglietteria online e prenotazioni

Per l'acquisto dei biglietti e delle card annuali il Museo si avvale di un concessionario del servizio di biglietteria, che tratta nome, cognome, indirizzo e-mail, numero di telefono, dati relativi alla transazione e, ove richiesto, i dati necessari a verificare il diritto a riduzioni o gratuità (ad esempio età, professione di docente o status di persona con disabilità e accompagnatore). I dati delle carte di pagamento sono trattati esclusivamente dal prestatore del servizio di pagamento e non sono mai conosciuti dal Museo.

### 3.4 Videosorveglianza

Le sale espositive, i depositi e gli ingressi sono sorvegliati da un sistema di videosorveglianza segnalato da appositi cartelli, installato per finalità di tutela del patrimonio culturale e di sicurezza dei visitatori e del personale. Le immagini sono conservate per 72 ore, salvo specifiche richieste dell'Autorità giudiziaria o di polizia.

## 4. Finalità e basi giuridiche del trattamento

| Finalità | Base giuridica |
| Gestione della navigazione e sicurezza del sito | Legittimo interesse e compiti di interesse pubblico (art. 6, par. 1, lett. e, GDPR) |
| Vendita di biglietti, card e visite guidate | Esecuzione di un contratto (art. 6, par. 1, lett. b, GDPR) |
| Verifica del diritto a riduzioni e gratuità | Obbligo legale (D.M. 11 dicembre 1997, n. 507, e successive modifiche) |
| Invio della newsletter e degli inviti agli eventi | Consenso (art. 6, par. 1, lett. a, GDPR) |
| Videosorveglianza | Esecuzione di compiti di interesse pubblico di tutela del patrimonio culturale |
| Rilevazioni statistiche sui visitatori | Compiti di interesse pubblico (art. 2-ter D.Lgs. 196/2003) |

Il conferimento dei dati per le finalità contrattuali è necessario: in mancanza non sarà possibile procedere all'acquisto. Il conferimento dei dati per la newsletter è facoltativo e il consenso può essere revocato in qualsiasi momento tramite il link presente in calce a ogni messaggio.

## 5. Destinatari dei dati

I dati sono trattati dal personale del Museo autorizzato al trattamento e possono essere comunicati ai seguenti soggetti, nominati responsabili del trattamento ai sensi dell'art. 28 GDPR:

| Soggetto | Attività |
| CoopCultura Servizi S.c.r.l. | Biglietteria, prenotazioni e accoglienza |
| Aruba S.p.A. | Hosting del sito e posta elettronica |
| MailUp S.p.A. | Invio della newsletter |
| Vigilanza Adriatica S.r.l. | Gestione del sistema di videosorveglianza |

I dati possono inoltre essere comunicati alla Direzione generale Musei del Ministero della cultura, in forma aggregata, per finalità statistiche, nonché alle autorità competenti nei casi previsti dalla legge. I dati non sono diffusi.

## 6. Trasferimento dei dati verso Paesi terzi

Il Museo non trasferisce i dati personali verso Paesi al di fuori dello Spazio economico europeo. Qualora un responsabile del trattamento dovesse avvalersi di sub-responsabili stabiliti in Paesi terzi, il trasferimento avverrà esclusivamente sulla base di una decisione di adeguatezza della Commissione europea o delle clausole contrattuali tipo.

## 7. Periodo di conservazione

| Categoria di dati | Periodo di conservazione |
| Dati di navigazione | 30 giorni |
| Dati di acquisto dei biglietti | 10 anni, per gli obblighi contabili e fiscali |
| Iscrizione alla newsletter | Fino alla revoca del consenso |
| Richieste di accesso alla biblioteca e all'archivio | 5 anni |
| Immagini di videosorveglianza | 72 ore |

## 8. Diritti degli interessati

Gli interessati hanno il diritto di ottenere dal Museo, nei casi previsti, l'accesso ai propri dati personali e la rettifica o la cancellazione degli stessi, la limitazione del trattamento che li riguarda o di opporsi al trattamento (artt. 15 e seguenti del GDPR). Le richieste vanno rivolte al Titolare ai recapiti indicati al punto 1 oppure al Responsabile della protezione dei dati.

Gli interessati che ritengono che il trattamento dei dati personali a loro riferiti avvenga in violazione di quanto previsto dal Regolamento hanno il diritto di proporre reclamo al Garante per la protezione dei dati personali, Piazza Venezia 11, 00187 Roma, come previsto dall'art. 77 del Regolamento, o di adire le opportune sedi giudiziarie (art. 79 del Regolamento).

## 9. Cookie

Il sito utilizza esclusivamente cookie tecnici e strumenti di analisi statistica con indirizzo IP anonimizzato, per i quali non è richiesto il consenso. Per maggiori informazioni si rinvia alla [Cookie policy](/cookie-policy).

## 10. Modifiche alla presente informativa

Il Museo si riserva di modificare o aggiornare la presente informativa, anche in considerazione di modifiche normative. Si invitano gli utenti a consultare periodicamente questa pagina."""

EDITS = [
    {"note": "video-surveillance retention raised from 72 hours to 7 days (paragraph and table)",
     "repl": [("Le immagini sono conservate per 72 ore, salvo", "Le immagini sono conservate per 7 giorni, salvo"),
              ("| Immagini di videosorveglianza | 72 ore |", "| Immagini di videosorveglianza | 7 giorni |")]},
    {"note": "typo fixed: 'aquisiscono' -> 'acquisiscono'", "bump": False,
     "repl": [("al funzionamento del sito aquisiscono, nel corso", "al funzionamento del sito acquisiscono, nel corso")]},
    {"note": "audio-guide app provider added to the processors table",
     "repl": [("| MailUp S.p.A. | Invio della newsletter |",
               "| MailUp S.p.A. | Invio della newsletter |\n| Musement Audio S.r.l. | App di audioguida e percorsi multimediali |")]},
    {"note": "museum switchboard phone number changed",
     "repl": [("@ Tel. +39 071 207 4410", "@ Tel. +39 071 207 4500")]},
    {"note": "new section on photographs and filming at public events",
     "repl": [("## 4. Finalità e basi giuridiche del trattamento",
               "### 3.5 Riprese fotografiche e video durante gli eventi\n\nIn occasione di inaugurazioni, conferenze, concerti e laboratori aperti al pubblico il Museo può effettuare riprese fotografiche e audiovisive a fini di documentazione e di comunicazione istituzionale. La presenza di fotografi è segnalata all'ingresso degli spazi dell'evento; chi non desidera essere ripreso può segnalarlo al personale di sala. Per i minori le immagini sono pubblicate solo con il consenso di chi esercita la responsabilità genitoriale.\n\n## 4. Finalità e basi giuridiche del trattamento")]},
]

HOST = "https://www.museociviltaadriatiche.it"
UPGRADE = dt.datetime(2024, 4, 8)


def fmt_date(d):
    return "%d %s %d" % (d.day, MESI[d.month - 1], d.year)


def noise(rng, when, i, prev):
    p = prev or {}
    new = when >= UPGRADE
    deploy = C.keep_or(rng, p.get("deploy") if p.get("new") == new else None, 0.15,
                       lambda: str(C.epoch(when) * 1000 - rng.randint(2, 40) * 86400000))
    return {"auth": C.alnum(rng, 8), "deploy": deploy, "new": new}


LABELS = {"auth": "Liferay.authToken and p_auth (per visit)", "deploy": "theme/combo t= timestamp (deploy)",
          "new": "Liferay 7.2 -> 7.4 upgrade with the new theme"}

NAV = [("Il Museo", "/il-museo"), ("Collezioni", "/collezioni"), ("Mostre", "/mostre"), ("Visita", "/visita"),
       ("Educazione", "/educazione"), ("Ricerca", "/ricerca"), ("Amministrazione trasparente", "/amministrazione-trasparente")]


def body_html(blocks):
    return C.blocks_html(blocks, {"table": "table table-bordered"})


def render(state, blocks, when):
    t = state["deploy"]
    auth = state["auth"]
    content = body_html(blocks)
    head = """<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="it-IT">
<head>
<title>Informativa privacy - Museo Nazionale delle Civiltà Adriatiche</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="Informativa sul trattamento dei dati personali dei visitatori e degli utenti del sito" lang="it-IT" name="description" />
<link href="%(h)s/o/munca-theme/images/favicon.ico" rel="icon" />
<link data-senna-track="temporary" href="%(h)s/privacy" rel="canonical" />
<link data-senna-track="temporary" href="%(h)s/en/privacy" hreflang="en-US" rel="alternate" />
<link data-senna-track="temporary" href="%(h)s/privacy" hreflang="it-IT" rel="alternate" />
<link data-senna-track="temporary" href="%(h)s/privacy" hreflang="x-default" rel="alternate" />
<meta property="og:locale" content="it_IT">
<meta property="og:site_name" content="Museo Nazionale delle Civiltà Adriatiche">
<meta property="og:title" content="Informativa privacy - Museo Nazionale delle Civiltà Adriatiche">
<meta property="og:type" content="website">
<meta property="og:url" content="%(h)s/privacy">
<link class="lfr-css-file" data-senna-track="temporary" href="%(h)s/o/munca-theme/css/clay.css?browserId=chrome&amp;themeId=muncatheme_WAR_muncatheme&amp;minifierType=css&amp;languageId=it_IT&amp;t=%(t)s" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<link data-senna-track="temporary" href="/o/frontend-css-web/main.css?browserId=chrome&amp;themeId=muncatheme_WAR_muncatheme&amp;minifierType=css&amp;languageId=it_IT&amp;t=%(t)s" id="liferayPortalCSS" rel="stylesheet" type="text/css" />
<link data-senna-track="temporary" href="/combo?browserId=chrome&amp;minifierType=&amp;themeId=muncatheme_WAR_muncatheme&amp;languageId=it_IT&amp;com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_informativa:%%2Fcss%%2Fmain.css&amp;com_liferay_product_navigation_product_menu_web_portlet_ProductMenuPortlet:%%2Fcss%%2Fmain.css&amp;t=%(t)s" id="5e3a0c1d" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {};
Liferay.Browser = {acceptsGzip: function() {return true;}, getMajorVersion: function() {return 120.0;}, getRevision: function() {return '537.36';}, getVersion: function() {return '120.0';}, isChrome: function() {return true;}, isEdge: function() {return false;}, isFirefox: function() {return false;}, isMobile: function() {return false;}, isSafari: function() {return true;}};
Liferay.Data = Liferay.Data || {};
Liferay.Data.ICONS_INLINE_SVG = true;
Liferay.Data.NAV_SELECTOR = '#navigation';
Liferay.Data.NAV_SELECTOR_MOBILE = '#navigationCollapse';
Liferay.Data.isCustomizationView = function() {return false;};
Liferay.Data.notices = [null];
Liferay.PortletKeys = {DOCUMENT_LIBRARY: 'com_liferay_document_library_web_portlet_DLPortlet', DYNAMIC_DATA_MAPPING: 'com_liferay_dynamic_data_mapping_web_portlet_DDMPortlet', ITEM_SELECTOR: 'com_liferay_item_selector_web_portlet_ItemSelectorPortlet'};
Liferay.PropsValues = {JAVASCRIPT_SINGLE_PAGE_APPLICATION_TIMEOUT: 0, NTLM_AUTH_ENABLED: false, UPLOAD_SERVLET_REQUEST_IMPL_MAX_SIZE: 104857600};
Liferay.ThemeDisplay = {
	getLayoutId: function() {return '48';},
	getLayoutRelativeControlPanelURL: function() {return '/group/guest/~/control_panel/manage';},
	getLayoutRelativeURL: function() {return '/privacy';},
	getLayoutURL: function() {return '%(h)s/privacy';},
	getParentLayoutId: function() {return '0';},
	isControlPanel: function() {return false;},
	isPrivateLayout: function() {return 'false';},
	isVirtualLayout: function() {return false;},
	getBCP47LanguageId: function() {return 'it-IT';},
	getCanonicalURL: function() {return '%(h)s/privacy';},
	getCDNBaseURL: function() {return '%(h)s';},
	getCDNDynamicResourcesHost: function() {return '';},
	getCDNHost: function() {return '';},
	getCompanyGroupId: function() {return '20127';},
	getCompanyId: function() {return '20101';},
	getDefaultLanguageId: function() {return 'it_IT';},
	getDoAsUserIdEncoded: function() {return '';},
	getLanguageId: function() {return 'it_IT';},
	getParentGroupId: function() {return '20125';},
	getPathContext: function() {return '';},
	getPathImage: function() {return '/image';},
	getPathJavaScript: function() {return '/o/frontend-js-web';},
	getPathMain: function() {return '/c';},
	getPathThemeImages: function() {return '%(h)s/o/munca-theme/images';},
	getPathThemeRoot: function() {return '/o/munca-theme';},
	getPlid: function() {return '62';},
	getPortalURL: function() {return '%(h)s';},
	getRealUserId: function() {return '20105';},
	getRemoteAddr: function() {return '10.12.0.14';},
	getRemoteHost: function() {return '10.12.0.14';},
	getScopeGroupId: function() {return '20125';},
	getScopeGroupIdOrLiveGroupId: function() {return '20125';},
	getSessionId: function() {return '';},
	getSiteAdminURL: function() {return '%(h)s/group/guest/~/control_panel/manage?p_p_lifecycle=0&p_p_state=maximized&p_v_l_s_g_id=20125';},
	getSiteGroupId: function() {return '20125';},
	getURLControlPanel: function() {return '/group/control_panel?refererPlid=62';},
	getURLHome: function() {return '%(h)s/web/guest';},
	getUserEmailAddress: function() {return '';},
	getUserId: function() {return '20105';},
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
Liferay.AUI = {getAvailableLangPath: function() {return 'available_languages.jsp?browserId=chrome&themeId=muncatheme_WAR_muncatheme&colorSchemeId=01&languageId=it_IT&t=%(t)s';}, getCombine: function() {return true;}, getComboPath: function() {return '/combo/?browserId=chrome&minifierType=&languageId=it_IT&t=%(t)s&';}, getDateFormat: function() {return '%%d/%%m/%%Y';}, getEditorCKEditorPath: function() {return '/o/frontend-editor-ckeditor-web';}, getFilter: function() {return 'min';}, getFilterConfig: function() {return null;}, getJavaScriptRootPath: function() {return '/o/frontend-js-web';}, getPortletRootPath: function() {return '/html/portlet';}, getStaticResourceURLParams: function() {return '?browserId=chrome&minifierType=&languageId=it_IT&t=%(t)s';}};
Liferay.authToken = '%(a)s';
Liferay.currentURL = '\\x2fprivacy';
Liferay.currentURLEncoded = '\\x252Fprivacy';
// ]]>
</script>
<script data-senna-track="permanent" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=it_IT&amp;t=%(t)s&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js&amp;/o/frontend-js-jquery-web/jquery/init.js&amp;/o/frontend-js-jquery-web/jquery/ajax.js&amp;/o/frontend-js-jquery-web/jquery/bootstrap.bundle.min.js&amp;/o/frontend-js-jquery-web/jquery/collapsible_search.js&amp;/o/frontend-js-jquery-web/jquery/fm.js&amp;/o/frontend-js-jquery-web/jquery/form.js&amp;/o/frontend-js-jquery-web/jquery/popper.min.js&amp;/o/frontend-js-jquery-web/jquery/side_navigation.js" type="text/javascript"></script>
<script data-senna-track="permanent" src="/o/frontend-js-aui-web/aui/aui/aui-min.js?browserId=chrome&amp;languageId=it_IT&amp;t=%(t)s" type="text/javascript"></script>
<script data-senna-track="permanent" src="/o/frontend-js-web/liferay/global.bundle.js?browserId=chrome&amp;languageId=it_IT&amp;t=%(t)s" type="text/javascript"></script>
<!-- Matomo (Web Analytics Italia) -->
<script type="text/javascript">
  var _paq = window._paq = window._paq || [];
  _paq.push(['setDoNotTrack', true]);
  _paq.push(['disableCookies']);
  _paq.push(['trackPageView']);
  _paq.push(['enableLinkTracking']);
  (function() {
    var u="https://ingestion.webanalytics.italia.it/";
    _paq.push(['setTrackerUrl', u+'matomo.php']);
    _paq.push(['setSiteId', 'qV7xPLb0mZ']);
    var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];
    g.type='text/javascript'; g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);
  })();
</script>
<!-- End Matomo Code -->
""" % {"h": HOST, "t": t, "a": auth}
    nav = "".join('<li class="lfr-nav-item nav-item%s" id="layout_%d" role="presentation"><a class="nav-link text-truncate" href="%s%s" role="menuitem"><span class="text-truncate">%s</span></a></li>'
                  % ("", 10 + n, HOST, u, lab) for n, (lab, u) in enumerate(NAV))
    login = "%s/c/portal/login?p_l_id=62&amp;p_auth=%s&amp;redirect=%%2Fprivacy" % (HOST, auth)
    portlet = """<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_  portlet-static portlet-static-end portlet-barebone portlet-journal-content " id="p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_informativa_">
<span id="p_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_informativa"></span>
<section class="portlet" id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_informativa">
<div class="portlet-content">
<div class="autofit-float autofit-row portlet-header">
<div class="autofit-col autofit-col-end"><div class="autofit-section"><div class="visible-interaction"></div></div></div>
</div>
<div class=" portlet-content-container">
<div class="portlet-body">
<div class="text-right user-tool-asset-addon-entries"></div>
<div class="clearfix journal-content-article " data-analytics-asset-id="45731" data-analytics-asset-title="Informativa privacy" data-analytics-asset-type="web-content">
%s
</div>
<div class="content-metadata-asset-addon-entries"></div>
</div>
</div>
</div>
</section>
</div>""" % content
    footer_links = ('<ul class="footer-links"><li><a href="%s/privacy">Privacy</a></li><li><a href="%s/cookie-policy">Cookie policy</a></li>'
                    '<li><a href="%s/note-legali">Note legali</a></li><li><a href="https://form.agid.gov.it/view/a1b2c3d4-0000-4e1f-9e5a-munca">Dichiarazione di accessibilità</a></li>'
                    '<li><a href="%s/amministrazione-trasparente">Amministrazione trasparente</a></li></ul>') % (HOST, HOST, HOST, HOST)
    if not state["new"]:
        body = """<body class="chrome controls-visible  yui3-skin-sam guest-site signed-out public-page site">
<nav class="quick-access-nav" id="kbqy_quickAccessNav"><h1 class="hide-accessible">Navigazione</h1><ul><li><a href="#main-content">Vai al contenuto principale</a></li></ul></nav>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="%(h)s/web/guest" title="Vai a Museo Nazionale delle Civiltà Adriatiche"><img alt="Museo Nazionale delle Civiltà Adriatiche" height="64" src="/image/layout_set_logo?img_id=40112&amp;t=%(t)s" width="220" /></a></h1></div>
<a data-redirect="false" href="%(login)s" id="sign-in" rel="nofollow">Accedi</a>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><h1 class="hide-accessible">Navigazione</h1><ul aria-label="Pagine del sito" role="menubar">%(nav)s</ul></nav>
</header>
<section id="content">
<h1 class="hide-accessible">Informativa privacy</h1>
<div class="columns-1" id="main-content" role="main">
<div class="portlet-layout row"><div class="col-md-12 portlet-column portlet-column-only" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-only" id="layout-column_column-1">
%(portlet)s
</div></div></div>
</div>
<form action="#" aria-hidden="true" class="hide" id="hrefFm" method="post" name="hrefFm"><span></span><button hidden type="submit">Nascosto</button></form>
</section>
<footer id="footer" role="contentinfo">
<p class="powered-by">Museo Nazionale delle Civiltà Adriatiche – Lungomare Vanvitelli 18, 60121 Ancona – C.F. 93145670421</p>
%(fl)s
</footer>
</div>
<script type="text/javascript">
// <![CDATA[
Liferay.Portlet.register('com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_informativa');
Liferay.Portlet.onLoad({canEditTitle: false, columnPos: 0, isStatic: 'end', namespacedId: 'p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_informativa_', portletId: 'com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_informativa', refreshURL: '\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d62\\x26p_p_id\\x3dcom_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_informativa\\x26p_p_lifecycle\\x3d0\\x26p_t_lifecycle\\x3d0\\x26p_p_state\\x3dnormal\\x26p_p_mode\\x3dview\\x26p_p_col_id\\x3dcolumn-1\\x26p_p_col_pos\\x3d0\\x26p_p_col_count\\x3d1\\x26p_p_isolated\\x3d1\\x26currentURL\\x3d\\x252Fprivacy', refreshURLData: {}});
AUI().use('liferay-menu', 'liferay-notice', 'aui-base', 'liferay-session', 'liferay-poller', function(A) {(function() {var $ = AUI.$;var _ = AUI._;
Liferay.Session = new Liferay.SessionBase({autoExtend: true, redirectOnExpire: false, redirectUrl: '%(h)s/web/guest', sessionLength: 1800, sessionTimeoutOffset: 70, warningLength: 0});
})();});
// ]]>
</script>
<script src="%(h)s/o/munca-theme/js/main.js?browserId=chrome&amp;minifierType=js&amp;languageId=it_IT&amp;t=%(t)s" type="text/javascript"></script>
</body>
</html>
"""
    else:
        body = """<body class="chrome controls-visible  yui3-skin-sam guest-site signed-out public-page site">
<div class="d-content">
<nav aria-label="Collegamenti rapidi" class="bg-dark cadmin quick-access-nav text-center text-white" id="yhbq_quickAccessNav"><a class="d-block p-2 sr-only sr-only-focusable text-reset" href="#main-content">Vai al contenuto principale</a></nav>
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
<header class="it-header-wrapper" id="banner">
<div class="it-header-slim-wrapper"><div class="container"><div class="it-header-slim-wrapper-content">
<a class="d-none d-lg-block navbar-brand" href="https://cultura.gov.it">Ministero della cultura</a>
<div class="it-header-slim-right-zone"><div class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="%(h)s/en/privacy" lang="en">EN</a></div>
<a class="btn btn-primary btn-icon btn-full" data-redirect="false" href="%(login)s" rel="nofollow"><span class="rounded-icon"><svg class="icon icon-primary"><use href="%(h)s/o/munca-theme/images/clay/icons.svg#user"></use></svg></span><span class="d-none d-lg-block">Area riservata</span></a></div>
</div></div></div>
<div class="it-nav-wrapper"><div class="it-header-center-wrapper"><div class="container"><div class="it-header-center-content-wrapper">
<div class="it-brand-wrapper"><a href="%(h)s/web/guest"><img alt="" class="icon" src="/documents/20125/0/logo-munca.svg?t=%(t)s" /><div class="it-brand-text"><div class="it-brand-title">Museo Nazionale delle Civiltà Adriatiche</div><div class="it-brand-tagline d-none d-md-block">Ancona</div></div></a></div>
<div class="it-right-zone"><div class="it-search-wrapper"><span class="d-none d-md-block">Cerca</span><a aria-label="Cerca nel sito" class="search-link rounded-icon" href="%(h)s/cerca"><svg class="icon"><use href="%(h)s/o/munca-theme/images/clay/icons.svg#search"></use></svg></a></div></div>
</div></div></div>
<div class="it-header-navbar-wrapper"><div class="container"><nav aria-label="Navigazione principale" class="navbar navbar-expand-lg has-megamenu" id="navigation"><div class="navbar-collapsable" id="navigationCollapse"><div class="menu-wrapper"><ul class="navbar-nav" role="menubar">%(nav)s</ul></div></div></nav></div></div>
</div>
</header>
<section class="flex-fill" id="content">
<h2 class="sr-only" role="heading" aria-level="1">Informativa privacy</h2>
<div class="container"><nav aria-label="Percorso di navigazione" class="breadcrumb-container"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="%(h)s/web/guest">Home</a><span class="separator">/</span></li><li class="breadcrumb-item active" aria-current="page">Informativa privacy</li></ol></nav></div>
<div class="layout-content portlet-layout" id="main-content" role="main">
<div class="lfr-layout-structure-item-container lfr-layout-structure-item-row container-fluid container-fluid-max-xl">
<div class="lfr-layout-structure-item-com-liferay-journal-content-web-portlet-journalcontentportlet lfr-layout-structure-item-informativa ">
%(portlet)s
</div></div>
</div>
<form action="#" aria-hidden="true" class="hide" id="hrefFm" method="post" name="hrefFm"><span></span><button hidden type="submit">Nascosto</button></form>
</section>
<footer class="it-footer" id="footer">
<div class="it-footer-main"><div class="container">
<div class="row"><div class="col-lg-4"><h4>Museo Nazionale delle Civiltà Adriatiche</h4><p>Lungomare Vanvitelli 18, 60121 Ancona<br/>C.F. 93145670421</p></div>
<div class="col-lg-4"><h4>Seguici</h4><ul class="list-inline text-left social"><li class="list-inline-item"><a class="p-2 text-white" href="https://www.instagram.com/museociviltaadriatiche" target="_blank">Instagram</a></li><li class="list-inline-item"><a class="p-2 text-white" href="https://www.facebook.com/museociviltaadriatiche" target="_blank">Facebook</a></li></ul></div>
</div></div></div>
<div class="it-footer-small-prints clearfix"><div class="container">%(fl)s</div></div>
</footer>
</div></div></div>
<script type="text/javascript">
// <![CDATA[
Liferay.Loader.require('frontend-js-web/liferay/portlet/Portlet', function(Portlet) {Portlet.register('com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_informativa');});
Liferay.Session = new Liferay.SessionBase({autoExtend: true, redirectOnExpire: false, redirectUrl: '%(h)s/web/guest', sessionLength: 1800, sessionTimeoutOffset: 70, warningLength: 0});
// ]]>
</script>
<script src="%(h)s/o/munca-theme/js/main.js?browserId=chrome&amp;minifierType=js&amp;languageId=it_IT&amp;t=%(t)s" type="text/javascript"></script>
<script src="/o/frontend-js-bootstrap-italia-web/bootstrap-italia.bundle.min.js?t=%(t)s" type="text/javascript"></script>
</body>
</html>
"""
    return head + "</head>\n" + body % {"h": HOST, "t": t, "login": login, "nav": nav, "portlet": portlet, "fl": footer_links}


PAGE = {
    "service": "Museo Nazionale delle Civilta Adriatiche",
    "url": HOST + "/privacy",
    "lang": "it",
    "platform": "Liferay DXP 7.2 -> 7.4 (journal content portlet, Bootstrap Italia theme)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("Liferay-Portal", "Liferay Digital Experience Platform 7.4.13 (ga1)"),
                      ("Cache-Control", "private, no-cache, no-store, must-revalidate"), ("X-Content-Type-Options", "nosniff")),
    "n": 30,
    "start": dt.date(2022, 11, 3),
    "end": dt.date(2025, 9, 20),
    "hours": (3, 15),
    "policy": POLICY,
    "first_updated": dt.date(2022, 6, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": HOST + "/privacy", "select": ".journal-content-article"},
}
