"""AcquaLaghi (Varese) - it-IT - Liferay DXP 7.4 (Web Content Display + FreeMarker template), Liferay ratings.

A water utility's "Informativa privacy clienti" (artt. 13 e 14 GDPR): a purposes / legal basis / retention table
and long sections. Harder: inside the curated article the FreeMarker template prints a CMS "Ultima revisione"
stamp (set at every republish, whether the text changed or not; separate from the notice's own "Data di
aggiornamento") and a print / "Scarica PDF (1,2 MB)" toolbar whose size and cache-busted link change when the PDF
is regenerated; a "Valuta questa pagina" star widget follows. Declaration removes stamp and toolbar."""
import datetime as dt
import hashlib
import common as C

URL = "https://www.acqualaghi.it/web/guest/informativa-privacy-clienti"


def fmt_date(d):
    return d.strftime("%d/%m/%Y")


POLICY = """
# Informativa sul trattamento dei dati personali dei clienti

Data di aggiornamento dell'informativa: {UPDATED}

Ai sensi degli articoli 13 e 14 del Regolamento (UE) 2016/679 (Regolamento generale sulla protezione dei dati, di seguito "GDPR") e del D.Lgs. 30 giugno 2003, n. 196, come modificato dal D.Lgs. 10 agosto 2018, n. 101 (Codice in materia di protezione dei dati personali), AcquaLaghi S.p.A. fornisce le seguenti informazioni sul trattamento dei dati personali dei clienti del servizio idrico integrato, dei richiedenti allacciamenti e preventivi e degli utenti dello sportello online.

## 1. Titolare del trattamento

Titolare del trattamento è AcquaLaghi S.p.A., gestore del servizio idrico integrato dell'Ambito Territoriale Ottimale della Provincia di Varese, con sede legale in Via Giuseppe Bernascone 13, 21100 Varese, C.F. e P.IVA 03791020127, PEC [acqualaghi@legalmail.it](mailto:acqualaghi@legalmail.it).

## 2. Responsabile della protezione dei dati

Il Titolare ha designato un Responsabile della protezione dei dati (RPD o DPO), contattabile all'indirizzo e-mail [rpd@acqualaghi.it](mailto:rpd@acqualaghi.it) o per posta ordinaria all'indirizzo della sede legale, alla c.a. del Responsabile della protezione dei dati.

## 3. Categorie di dati trattati

AcquaLaghi tratta le seguenti categorie di dati personali:

- dati anagrafici e identificativi (nome, cognome, codice fiscale, estremi del documento di identità);
- dati di contatto (indirizzo di residenza e di fornitura, telefono, e-mail, PEC);
- dati relativi alla fornitura (codice utenza, matricola e letture del contatore, consumi, tipologia d'uso, numero dei componenti del nucleo familiare ai fini dell'articolazione tariffaria pro capite);
- dati bancari e di pagamento (IBAN per l'addebito diretto SEPA, storico dei pagamenti, eventuali morosità);
- dati relativi al titolo di possesso dell'immobile, richiesti dall'articolo 5 del D.L. 28 marzo 2014, n. 47;
- dati relativi all'ISEE e al nucleo familiare, per il riconoscimento del bonus sociale idrico;
- dati di particolari categorie, limitatamente ai casi di utenti in gravi condizioni di salute che necessitano di apparecchiature domestiche salvavita e che non possono essere soggetti a sospensione della fornitura;
- registrazioni delle telefonate al servizio clienti e al pronto intervento.

## 4. Finalità, base giuridica e periodo di conservazione

| Finalità | Base giuridica | Periodo di conservazione |
| Stipula, gestione ed esecuzione del contratto di fornitura, fatturazione, gestione dei reclami | Esecuzione del contratto (art. 6, par. 1, lett. b GDPR) | 10 anni dalla cessazione del contratto |
| Adempimenti previsti dalla regolazione ARERA, dalla normativa fiscale e contabile | Obbligo legale (art. 6, par. 1, lett. c GDPR) | 10 anni, ai sensi dell'art. 2220 del Codice civile |
| Gestione della morosità e recupero del credito | Esecuzione del contratto e legittimo interesse | Fino all'estinzione del credito e per i successivi 10 anni |
| Riconoscimento del bonus sociale idrico | Obbligo legale | 5 anni dall'ultimo riconoscimento |
| Tutela degli utenti non disalimentabili per motivi di salute | Obbligo legale e motivi di interesse pubblico rilevante (art. 9, par. 2, lett. g GDPR) | Per la durata della condizione dichiarata |
| Registrazione delle chiamate al pronto intervento | Obbligo legale (qualità tecnica, delibera ARERA 917/2017/R/idr) | 5 anni |
| Registrazione delle chiamate al servizio clienti | Legittimo interesse (qualità del servizio) | 12 mesi |
| Indagini di soddisfazione della clientela | Obbligo regolatorio e legittimo interesse | 24 mesi |
| Comunicazioni informative sui servizi e sulle interruzioni programmate via SMS | Esecuzione del contratto | Fino alla revoca del numero |

Al termine dei periodi indicati i dati sono cancellati o resi anonimi, salvo che la loro ulteriore conservazione sia necessaria per accertare, esercitare o difendere un diritto in sede giudiziaria.

## 5. Natura del conferimento

Il conferimento dei dati per le finalità di cui ai punti relativi al contratto e agli obblighi di legge è necessario: in mancanza non sarà possibile attivare o gestire la fornitura. Il conferimento del numero di cellulare per le comunicazioni via SMS e la partecipazione alle indagini di soddisfazione sono facoltativi.

## 6. Modalità del trattamento

I dati sono trattati con strumenti cartacei, informatici e telematici, con logiche strettamente correlate alle finalità indicate e in modo da garantirne la sicurezza e la riservatezza. Non sono adottati processi decisionali automatizzati, compresa la profilazione, che producano effetti giuridici sull'interessato.

## 7. Destinatari dei dati

I dati possono essere comunicati a:

- Autorità di Regolazione per Energia Reti e Ambiente (ARERA) e Ufficio d'Ambito della Provincia di Varese, per gli obblighi di regolazione e controllo;
- Acquirente Unico S.p.A., gestore del Sistema Informativo Integrato, e INPS, per il riconoscimento del bonus sociale idrico;
- Agenzia delle Entrate e altre autorità pubbliche, nei casi previsti dalla legge;
- istituti bancari e Poste Italiane S.p.A., per la gestione dei pagamenti;
- società di recupero crediti e studi legali, per la gestione della morosità;
- fornitori di servizi di stampa e recapito delle bollette, di call center, di lettura dei contatori e di manutenzione dei sistemi informativi, che operano in qualità di responsabili del trattamento ai sensi dell'art. 28 GDPR.

L'elenco aggiornato dei responsabili del trattamento è disponibile presso la sede del Titolare. I dati non sono diffusi né trasferiti verso Paesi terzi al di fuori dello Spazio Economico Europeo.

## 8. Fonte dei dati

Qualora i dati non siano raccolti presso l'interessato, essi provengono dal Sistema Informativo Integrato gestito da Acquirente Unico S.p.A. (dati del bonus sociale idrico), dai Comuni dell'Ambito (dati anagrafici utili alla determinazione del numero dei componenti del nucleo familiare) o dal precedente gestore del servizio, in caso di subentro nella gestione.

## 9. Diritti dell'interessato

L'interessato può esercitare in qualsiasi momento i diritti di cui agli articoli da 15 a 22 del GDPR: accesso, rettifica, cancellazione, limitazione del trattamento, portabilità dei dati e opposizione al trattamento fondato sul legittimo interesse. Le richieste possono essere inviate all'indirizzo [privacy@acqualaghi.it](mailto:privacy@acqualaghi.it) o tramite lo sportello online. Il Titolare risponde entro un mese dalla ricezione della richiesta, prorogabile di due mesi in caso di particolare complessità.

L'interessato ha altresì il diritto di proporre reclamo al Garante per la protezione dei dati personali, Piazza Venezia 11, 00187 Roma, [www.garanteprivacy.it](http://www.garanteprivacy.it), secondo le modalità indicate sul sito dell'Autorità.

## 10. Aggiornamenti

La presente informativa può essere modificata in seguito a variazioni della normativa o dei trattamenti. La versione aggiornata è pubblicata su questa pagina ed è disponibile presso gli sportelli al pubblico.
"""

EDITS = [
    {"note": "purposes table: new row for remote meter reading (smart metering) with 36-month retention of hourly readings",
     "repl": [("| Indagini di soddisfazione della clientela |",
               "| Telelettura dei contatori e rilevazione di perdite occulte | Esecuzione del contratto e obbligo regolatorio (delibera ARERA 609/2021/R/idr) | Letture orarie: 36 mesi; letture di fatturazione: 10 anni |\n| Indagini di soddisfazione della clientela |"),
              ("matricola e letture del contatore, consumi,", "matricola e letture del contatore, anche rilevate da remoto, consumi,")]},
    {"note": "DPO contact e-mail changed (silent, date not bumped)", "bump": False,
     "repl": [("[rpd@acqualaghi.it](mailto:rpd@acqualaghi.it)", "[dpo@acqualaghi.it](mailto:dpo@acqualaghi.it)")]},
    {"note": "bonus sociale idrico now automatic via INPS/SII: data-category item and retention cell rewritten; source section extended",
     "repl": [("- dati relativi all'ISEE e al nucleo familiare, per il riconoscimento del bonus sociale idrico;",
               "- dati relativi al nucleo familiare e alla fascia ISEE, trasmessi automaticamente dal Sistema Informativo Integrato per il riconoscimento del bonus sociale idrico, senza necessità di domanda da parte dell'utente;"),
              ("| Riconoscimento del bonus sociale idrico | Obbligo legale | 5 anni dall'ultimo riconoscimento |",
               "| Riconoscimento automatico del bonus sociale idrico | Obbligo legale (art. 57-bis D.L. 124/2019) | 5 anni dall'ultimo riconoscimento, e comunque per il tempo necessario ai controlli di ARERA |")]},
    {"note": "new section 'Sportello online e app MyAcqua' inserted after 6; recipients list gains PagoPA S.p.A.; sections 7-10 renumbered 8-11",
     "repl": [("## 7. Destinatari dei dati", "## 7. Sportello online e app MyAcqua\n\nPer accedere allo sportello online e all'app MyAcqua l'utente si autentica con SPID, CIE o con credenziali rilasciate dal Titolare. I dati di accesso (data, ora e indirizzo IP) sono conservati per 6 mesi a fini di sicurezza. L'app può inviare notifiche sulla disponibilità delle bollette e sulle interruzioni del servizio nella zona di fornitura, se l'utente le ha attivate nelle impostazioni del dispositivo. L'autolettura del contatore può essere effettuata caricando una fotografia del display: l'immagine è utilizzata esclusivamente per la verifica della lettura ed è cancellata dopo 90 giorni.\n\n## 8. Destinatari dei dati"),
              ("- istituti bancari e Poste Italiane S.p.A., per la gestione dei pagamenti;", "- istituti bancari, Poste Italiane S.p.A. e PagoPA S.p.A., per la gestione dei pagamenti;"),
              ("## 8. Fonte dei dati", "## 9. Fonte dei dati"),
              ("## 9. Diritti dell'interessato", "## 10. Diritti dell'interessato"),
              ("## 10. Aggiornamenti", "## 11. Aggiornamenti")]},
    {"note": "Garante link switched from http to https (link target only; silent, date not bumped)", "bump": False,
     "repl": [("(http://www.garanteprivacy.it)", "(https://www.garanteprivacy.it)")]},
]

_LAST = {}


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["tokens"] = (C.alnum(rng, 8), "%d" % rng.randint(10 ** 12, 10 ** 13))
    s["republish"] = max(prev.get("republish", ""), C.keep_or(
        rng, prev.get("republish"), 0.25,
        lambda: (when - dt.timedelta(days=rng.randint(0, 9), hours=rng.randint(0, 10))).strftime("%Y-%m-%d %H:%M")))
    s["ratings"] = (3.6 + rng.randint(0, 9) / 10, 20 + i * 3 + rng.randint(0, 2))
    s["alert"] = C.keep_or(rng, prev.get("alert"), 0.5, lambda: rng.choice([None, None, "lavori", "truffe"]))
    return s


LABELS = {
    "tokens": "Liferay p_auth token and session-bound analytics id",
    "republish": "CMS republish without text change (stamp, PDF link and size follow)",
    "revised": "'Ultima revisione' CMS stamp inside the article (republish date)",
    "pdf": "'Scarica PDF' toolbar: file size and cache-busted document link",
    "ratings": "'Valuta questa pagina' star widget average and vote count",
    "alert": "service alert (works / scam warning) above the content",
}


def render(s, blocks, when):
    p_auth, anal = s["tokens"]
    h = hashlib.sha1(repr(blocks).encode()).hexdigest()
    if _LAST.get("hash") != h:
        _LAST["hash"] = h
        _LAST["edit"] = (when - dt.timedelta(hours=7)).strftime("%Y-%m-%d %H:%M")
    rev = max(s["republish"], _LAST["edit"])
    s["revised"] = rev
    words = sum(len(str(b[1]).split()) for b in blocks)
    r = __import__("random").Random(rev)
    size_kb = 980 + words // 30 + r.randint(0, 260)
    uuid = C.uuid4(r)
    stamp_ms = C.epoch(dt.datetime.strptime(rev, "%Y-%m-%d %H:%M")) * 1000 + r.randint(0, 999)
    s["pdf"] = (size_kb, uuid)
    size = ("%.1f MB" % (size_kb / 1024)).replace(".", ",") if size_kb >= 1024 else "%d KB" % size_kb
    rd = dt.datetime.strptime(rev, "%Y-%m-%d %H:%M")
    h1 = blocks[0]
    body = C.blocks_html(blocks[1:], {"table": "table table-bordered table-striped"})
    avg, votes = s["ratings"]
    stars = "".join('<span class="rating-element %s"></span>' % ("rating-on" if k < round(avg) else "rating-off") for k in range(5))
    alert = {None: "", "lavori": '<div class="alert alert-warning" role="alert">Lavori sulla rete: possibili cali di pressione a Gallarate e Busto Arsizio. <a href="/web/guest/interruzioni">Dettagli</a></div>',
             "truffe": '<div class="alert alert-danger" role="alert">Attenzione ai falsi operatori: il personale AcquaLaghi non chiede mai pagamenti a domicilio. <a href="/web/guest/truffe">Scopri di più</a></div>'}[s["alert"]]
    return ('<!DOCTYPE html>\n\n<html class="ltr" dir="ltr" lang="it-IT">\n\n<head>\n<title>Informativa privacy clienti - AcquaLaghi</title>\n'
            '<meta content="initial-scale=1.0, width=device-width" name="viewport">\n<meta content="text/html; charset=UTF-8" http-equiv="content-type">\n'
            '<link href="%s" rel="canonical">\n'
            '<link class="lfr-css-file" data-senna-track="temporary" href="https://www.acqualaghi.it/o/acqualaghi-theme/css/main.css?browserId=chrome&amp;themeId=acqualaghitheme_WAR_acqualaghitheme&amp;languageId=it_IT&amp;t=1687254312000" id="liferayThemeCSS" rel="stylesheet" type="text/css">\n'
            '<script data-senna-track="temporary">var Liferay = Liferay || {};Liferay.authToken = \'%s\';Liferay.currentURL = \'\\x2fweb\\x2fguest\\x2finformativa-privacy-clienti\';Liferay.ThemeDisplay = {getLayoutId: function() {return "214";},getScopeGroupId: function() {return "20121";},getSessionId: function() {return "";}};</script>\n'
            '</head>\n\n<body class="chrome controls-visible yui3-skin-sam signed-out public-page site">\n'
            '<div class="d-flex flex-column min-vh-100">\n<div class="d-flex flex-column flex-fill position-relative" id="wrapper">\n'
            '<header id="banner" role="banner"><div class="navbar navbar-classic navbar-top py-3"><div class="container user-personal-bar">'
            '<a class="logo custom-logo" href="https://www.acqualaghi.it/web/guest" title="Vai a AcquaLaghi"><img alt="AcquaLaghi" src="/image/layout_set_logo?img_id=41231&amp;t=1687254270123"></a>'
            '<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Pagine del sito" role="menubar">'
            '<li class="lfr-nav-item"><a href="/web/guest/clienti">Clienti</a></li><li class="lfr-nav-item"><a href="/web/guest/bollette">Bollette e pagamenti</a></li>'
            '<li class="lfr-nav-item"><a href="/web/guest/qualita-acqua">Qualità dell\'acqua</a></li><li class="lfr-nav-item"><a href="/web/guest/societa">Società trasparente</a></li></ul></nav>'
            '<a class="btn btn-primary" href="https://sportello.acqualaghi.it">Sportello online</a><p class="numero-verde">Pronto intervento 24h: 800 100 442</p></div></div></header>\n'
            '<section id="content">\n%s\n'
            '<div class="columns-1" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-12 portlet-column portlet-column-only" id="column-1">\n'
            '<div class="portlet-dropzone portlet-column-content portlet-column-content-only" id="layout-column_column-1">\n'
            '<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_ portlet-static portlet-static-end portlet-barebone portlet-journal-content" id="p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_xk3fTq9pLm2a_">\n'
            '<span id="p_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_xk3fTq9pLm2a"></span>\n'
            '<section class="portlet" id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_xk3fTq9pLm2a"><div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">\n'
            '<div class="text-right user-tool-asset-addon-entries"></div>\n'
            '<div class="journal-content-article " data-analytics-asset-id="48213" data-analytics-asset-title="Informativa privacy clienti" data-analytics-asset-type="web-content">\n'
            '<div class="informativa">\n<h1 class="informativa__titolo">%s</h1>\n'
            '<p class="informativa__revisione">Ultima revisione: %s</p>\n'
            '<div class="informativa__toolbar"><a class="btn btn-link" href="javascript:window.print();">Stampa</a> '
            '<a class="btn btn-link" href="/documents/20121/41877/Informativa+privacy+clienti.pdf/%s?t=%d" download>Scarica PDF (%s)</a></div>\n'
            '<div class="informativa__testo">\n%s\n</div>\n</div>\n</div>\n'
            '<div class="asset-ratings"><div class="taglib-ratings stars" data-analytics="%s"><p class="ratings-title">Valuta questa pagina</p>'
            '<div class="liferay-rating-score">%s<span class="rating-score">%s</span><span class="rating-count">(%d voti)</span></div></div></div>\n'
            '</div></div></div></section>\n</div>\n</div></div></div></div>\n</section>\n'
            '<footer id="footer" role="contentinfo"><div class="container"><p>AcquaLaghi S.p.A. – Via Giuseppe Bernascone 13, 21100 Varese – P.IVA 03791020127 – Capitale sociale i.v. € 12.500.000</p>'
            '<ul class="footer-links"><li><a href="/web/guest/informativa-privacy-clienti">Privacy</a></li><li><a href="/web/guest/cookie-policy">Cookie policy</a></li>'
            '<li><a href="/web/guest/carta-servizi">Carta del servizio</a></li><li><a href="/web/guest/dichiarazione-accessibilita">Dichiarazione di accessibilità</a></li></ul></div></footer>\n'
            '</div>\n</div>\n'
            '<script src="https://www.acqualaghi.it/o/frontend-js-web/liferay/global.bundle.js?browserId=chrome&amp;languageId=it_IT&amp;t=1687254312000" type="text/javascript"></script>\n'
            '</body>\n\n</html>\n'
            % (URL, p_auth, alert, C.inline_html(h1[1]), rd.strftime("%d/%m/%Y"), uuid, stamp_ms, size, body, anal,
               stars, ("%.1f" % avg).replace(".", ","), votes))


PAGE = {
    "service": "AcquaLaghi", "url": URL, "lang": "it-IT", "platform": "Liferay DXP 7.4",
    "content_type": "text/html;charset=UTF-8",
    "n": 30, "start": dt.date(2021, 4, 2), "end": dt.date(2026, 7, 1),
    "policy": POLICY, "first_updated": dt.date(2021, 1, 11), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".journal-content-article"],
                    "remove": [".informativa__revisione", ".informativa__toolbar"]},
}
