"""Rappresentanza in Italia della Commissione europea - Informativa specifica sulla protezione dei dati: eventi e
incontri - it - Europa Web Publishing Platform (Drupal/OpenEuropa) with the Europa Component Library.

Well built: the notice sits in the OpenEuropa page's `.ecl` rich-text field; the chrome changes from ECL 3
("-core" classes) to ECL 4 in October 2023. Noise: the 24-language site selector (its "current language" and the
languages marked unavailable), "Questa pagina è disponibile anche in" content-language list, Drupal form_build_id,
Webtools cookie-consent/analytics snippets, Europe Direct teaser. The notice's own date ("Ultimo aggiornamento")
is in the text; the page header's "Data di pubblicazione" is fixed chrome."""
import datetime as dt
import html
import common as C

URL = "https://italy.representation.ec.europa.eu/informativa-sulla-protezione-dei-dati-eventi_it"
MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MESI[d.month - 1], d.year)


POLICY = """
# Informativa specifica sulla protezione dei dati: eventi e incontri organizzati dalla Rappresentanza in Italia

Ultimo aggiornamento: {UPDATED}

## 1. Introduzione

La Commissione europea (di seguito "la Commissione") si impegna a proteggere i suoi dati personali e a rispettare la sua vita privata. La Commissione raccoglie e tratta ulteriormente i dati personali a norma del regolamento (UE) 2018/1725 del Parlamento europeo e del Consiglio, del 23 ottobre 2018, sulla tutela delle persone fisiche in relazione al trattamento dei dati personali da parte delle istituzioni, degli organi e degli organismi dell'Unione e sulla libera circolazione di tali dati.

La presente informativa specifica illustra il motivo del trattamento dei suoi dati personali, le modalità di raccolta, di gestione e di protezione di tutti i dati personali forniti, il modo in cui tali informazioni sono utilizzate e i diritti che lei può esercitare in relazione ai suoi dati personali (diritto di accesso, rettifica, blocco ecc.). Specifica inoltre i recapiti del titolare del trattamento responsabile, presso il quale può esercitare i suoi diritti, del responsabile della protezione dei dati e del Garante europeo della protezione dei dati.

Il trattamento "Gestione di eventi e incontri" effettuato dalla Rappresentanza in Italia della Commissione europea è presentato di seguito.

## 2. Perché e come trattiamo i suoi dati personali?

Finalità del trattamento: la Rappresentanza raccoglie e utilizza i suoi dati personali per organizzare e gestire conferenze, seminari, dibattiti con i cittadini e altri eventi, in presenza o online. Ciò comprende la gestione delle liste dei partecipanti e degli elenchi di contatti, l'invio di inviti, promemoria e materiali dell'evento, l'organizzazione dell'accesso alle sedi e il follow-up dell'evento, compresa la raccolta di valutazioni.

L'iscrizione avviene tramite un modulo online realizzato con lo strumento EUSurvey della Commissione. Per gli eventi online si utilizza la piattaforma di videoconferenza Webex.

I suoi dati personali non saranno utilizzati per processi decisionali automatizzati, compresa la profilazione.

## 3. Su quali basi giuridiche trattiamo i suoi dati personali?

Il trattamento dei suoi dati personali è necessario per l'esecuzione di un compito di interesse pubblico attribuito dai trattati, ai sensi dell'articolo 5, paragrafo 1, lettera a), del regolamento (UE) 2018/1725. In particolare, gli eventi rientrano nelle attività di comunicazione della Commissione previste dall'articolo 11 del trattato sull'Unione europea e dall'articolo 15 del trattato sul funzionamento dell'Unione europea.

Il trattamento dei dati relativi a esigenze alimentari o di accessibilità, nonché l'inserimento dei suoi recapiti in un elenco di contatti per eventi futuri, si basano sul suo consenso, ai sensi dell'articolo 5, paragrafo 1, lettera d), del regolamento. Il consenso può essere revocato in qualsiasi momento.

## 4. Quali dati personali raccogliamo e trattiamo ulteriormente?

Per svolgere questo trattamento la Rappresentanza raccoglie le seguenti categorie di dati personali:

- nome e cognome, organizzazione, funzione, recapiti (indirizzo e-mail, numero di telefono);
- nazionalità, numero e tipo di documento d'identità, data di nascita, solo per l'accesso agli edifici della Commissione;
- esigenze alimentari e di accessibilità, se da lei comunicate;
- le sue domande e i suoi interventi durante l'evento.

## 5. Per quanto tempo conserviamo i suoi dati personali?

La Rappresentanza conserva i suoi dati personali solo per il tempo necessario a realizzare la finalità della raccolta o del trattamento ulteriore:

- i dati relativi all'organizzazione e alla gestione dell'evento sono conservati per cinque anni dalla data dell'evento;
- i dati raccolti per l'accesso agli edifici sono cancellati entro sei mesi dall'evento;
- i recapiti inseriti nell'elenco di contatti sono conservati finché lei non chieda la cancellazione.

## 6. Come proteggiamo e salvaguardiamo i suoi dati personali?

Tutti i dati personali in formato elettronico (e-mail, documenti, banche dati, lotti di dati caricati ecc.) sono conservati sui server della Commissione europea. Tutte le operazioni di trattamento sono effettuate ai sensi della decisione (UE, Euratom) 2017/46 della Commissione, del 10 gennaio 2017, sulla sicurezza dei sistemi di comunicazione e di informazione della Commissione europea.

Per proteggere i suoi dati personali, la Commissione ha adottato una serie di misure tecniche e organizzative. L'accesso ai dati è concesso solo alle persone autorizzate che hanno una legittima necessità di conoscerli ai fini del trattamento.

## 7. Chi ha accesso ai suoi dati personali e a chi sono comunicati?

L'accesso ai suoi dati personali è consentito al personale della Commissione responsabile dello svolgimento del trattamento e al personale autorizzato, secondo il principio della "necessità di sapere". Tale personale è vincolato da accordi di riservatezza di natura legale e, se del caso, supplementari.

L'elenco dei partecipanti può essere condiviso con i relatori e con gli altri partecipanti all'evento, salvo sua opposizione. I dati necessari per l'accesso agli edifici sono comunicati al servizio di sicurezza della Commissione.

Le informazioni che raccogliamo non saranno fornite a terzi, se non nella misura e per la finalità eventualmente richieste dalla legge.

## 8. Quali sono i suoi diritti e come può esercitarli?

In qualità di "interessato" lei ha diritti specifici ai sensi del capo III (articoli da 14 a 25) del regolamento (UE) 2018/1725, in particolare il diritto di accesso ai suoi dati personali e di rettifica dei dati inesatti o incompleti. Se del caso, ha il diritto di chiedere la cancellazione dei suoi dati personali o di limitarne il trattamento, di opporsi al trattamento e il diritto alla portabilità dei dati.

Lei può esercitare i suoi diritti contattando il titolare del trattamento o, in caso di conflitto, il responsabile della protezione dei dati. Se necessario, può rivolgersi anche al Garante europeo della protezione dei dati. I recapiti sono riportati al punto 9.

## 9. Informazioni di contatto

Il titolare del trattamento:

@ Rappresentanza in Italia della Commissione europea
@ Via IV Novembre 149, 00187 Roma
@ [COMM-REP-IT-EVENTI@ec.europa.eu](mailto:COMM-REP-IT-EVENTI@ec.europa.eu)

Il responsabile della protezione dei dati della Commissione:

@ [DATA-PROTECTION-OFFICER@ec.europa.eu](mailto:DATA-PROTECTION-OFFICER@ec.europa.eu)

Lei ha il diritto di proporre reclamo al Garante europeo della protezione dei dati ([edps@edps.europa.eu](mailto:edps@edps.europa.eu)) qualora ritenga che i suoi diritti ai sensi del regolamento (UE) 2018/1725 siano stati violati in seguito al trattamento dei suoi dati personali da parte del titolare del trattamento.

## 10. Dove trovare informazioni più dettagliate?

Il responsabile della protezione dei dati della Commissione pubblica il registro di tutti i trattamenti di dati personali effettuati dalla Commissione, che sono stati documentati e a lui notificati. È possibile consultare il registro tramite il seguente link: [http://ec.europa.eu/dpo-register](http://ec.europa.eu/dpo-register).

Questo specifico trattamento è stato inserito nel registro pubblico del responsabile della protezione dei dati con il seguente riferimento: DPR-EC-01063.1.
"""

EDITS = [
    {"note": "new purpose: photos, audio-visual recording and web-streaming of events, published on the Representation's "
             "site and social media, with the right to object / seats outside the camera field",
     "repl": [("I suoi dati personali non saranno utilizzati per processi decisionali automatizzati, compresa la profilazione.",
               "Gli eventi possono essere fotografati, registrati e trasmessi in diretta streaming. Le foto e le registrazioni possono essere pubblicate sul sito web della Rappresentanza e sui suoi canali di social media. I partecipanti che non desiderano essere ripresi possono segnalarlo al momento dell'iscrizione o accomodarsi nelle file riservate fuori dal campo delle telecamere.\n\n"
               "I suoi dati personali non saranno utilizzati per processi decisionali automatizzati, compresa la profilazione."),
              ("- le sue domande e i suoi interventi durante l'evento.",
               "- le sue domande e i suoi interventi durante l'evento;\n- la sua immagine e la sua voce, in foto, registrazioni audiovisive e trasmissioni in streaming.")]},
    {"note": "record reference DPR-EC-01063.1 -> DPR-EC-01063.2 (silent: 'Ultimo aggiornamento' not changed)", "bump": False,
     "repl": [("con il seguente riferimento: DPR-EC-01063.1.", "con il seguente riferimento: DPR-EC-01063.2.")]},
    {"note": "registration tool EUSurvey -> Commission Events Platform (Cvent, processor); Webex -> Webex and Interactio for interpretation",
     "repl": [("L'iscrizione avviene tramite un modulo online realizzato con lo strumento EUSurvey della Commissione. Per gli eventi online si utilizza la piattaforma di videoconferenza Webex.",
               "L'iscrizione avviene tramite la piattaforma per gli eventi della Commissione, fornita da Cvent Europe Ltd, che agisce in qualità di responsabile del trattamento per conto della Commissione e conserva i dati in centri dati situati nell'Unione europea. Per gli eventi online si utilizzano la piattaforma di videoconferenza Webex e, per l'interpretazione simultanea, la piattaforma Interactio.")]},
    {"note": "new section on transfers to third countries (social media platforms, EU-US Data Privacy Framework, "
             "Article 47 of Regulation 2018/1725) added as a sub-heading of section 7",
     "repl": [("Le informazioni che raccogliamo non saranno fornite a terzi, se non nella misura e per la finalità eventualmente richieste dalla legge.",
               "Le informazioni che raccogliamo non saranno fornite a terzi, se non nella misura e per la finalità eventualmente richieste dalla legge.\n\n"
               "### Trasferimenti verso paesi terzi\n\n"
               "La pubblicazione di foto e registrazioni sui social media (Facebook, Instagram, X, YouTube e LinkedIn) può comportare il trasferimento dei dati verso gli Stati Uniti. Tali trasferimenti avvengono sulla base della decisione di adeguatezza della Commissione relativa al quadro UE-USA per la protezione dei dati, ai sensi dell'articolo 47 del regolamento (UE) 2018/1725, per le società certificate nell'ambito di tale quadro. La invitiamo a consultare le informative sulla privacy delle piattaforme interessate.")]},
    {"note": "retention: event data 5 years -> 2 years after the event, contact list reconfirmed every 3 years; "
             "recordings kept 5 years then transferred to the Commission's historical archives",
     "repl": [("- i dati relativi all'organizzazione e alla gestione dell'evento sono conservati per cinque anni dalla data dell'evento;",
               "- i dati relativi all'organizzazione e alla gestione dell'evento sono conservati per due anni dalla data dell'evento;\n- le foto e le registrazioni sono conservate per cinque anni e possono poi essere trasferite agli archivi storici della Commissione;"),
              ("- i recapiti inseriti nell'elenco di contatti sono conservati finché lei non chieda la cancellazione.",
               "- i recapiti inseriti nell'elenco di contatti sono conservati finché lei non chieda la cancellazione; ogni tre anni le chiederemo di confermare il suo consenso.")]},
]

LANGS = [("bg", "български"), ("es", "español"), ("cs", "čeština"), ("da", "dansk"), ("de", "Deutsch"),
         ("et", "eesti"), ("el", "ελληνικά"), ("en", "English"), ("fr", "français"), ("ga", "Gaeilge"),
         ("hr", "hrvatski"), ("it", "italiano"), ("lv", "latviešu"), ("lt", "lietuvių"), ("hu", "magyar"),
         ("mt", "Malti"), ("nl", "Nederlands"), ("pl", "polski"), ("pt", "português"), ("ro", "română"),
         ("sk", "slovenčina"), ("sl", "slovenščina"), ("fi", "suomi"), ("sv", "svenska")]
ECL4 = dt.datetime(2023, 10, 11)
TEASERS = [("Centro Europe Direct di Roma", "/europe-direct-roma_it"), ("Spazio Europa: eventi del mese", "/spazio-europa_it"),
           ("Concorso «Juvenes Translatores»", "/juvenes-translatores_it"), ("Seminari per insegnanti", "/insegnanti_it"),
           ("Visite di gruppo alla Rappresentanza", "/visite_it"), ("Giornata dell'Europa: il programma", "/9-maggio_it")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["form"] = (C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),)
    s["ecl"] = "4" if when >= ECL4 else "3"
    s["alt_langs"] = C.keep_or(rng, prev.get("alt_langs"), 0.15,
                               lambda: tuple(sorted(rng.sample(["en", "en", "en", "fr", "de"], rng.randint(1, 3)))))
    s["webtools"] = C.keep_or(rng, prev.get("webtools"), 0.35, lambda: "%d.%d.%d" % (3, rng.randint(9, 11), rng.randint(0, 9)))
    s["teasers"] = C.keep_or(rng, prev.get("teasers"), 0.5, lambda: tuple(rng.sample(range(len(TEASERS)), 2)))
    s["cache"] = C.keep_or(rng, prev.get("cache"), 0.4, lambda: C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789"))
    return s


LABELS = {
    "form": "Drupal search form_build_id (per request)",
    "ecl": "ECL 3 -> ECL 4 migration of the site chrome (Oct 2023)",
    "alt_langs": "'Questa pagina è disponibile anche in' content-language list",
    "webtools": "Europa Webtools (cck, globan, analytics) loader version",
    "teasers": "Europe Direct / events teasers under the content",
    "cache": "Drupal css/js aggregation query string",
}


def render(s, blocks, when):
    ecl4 = s["ecl"] == "4"
    p = "" if ecl4 else "-core"
    h1 = blocks[0][1]
    body = []
    for k, v in blocks[1:]:
        if k == "addr":
            body.append('<div class="ecl-u-border-all ecl-u-border-color-grey-15 ecl-u-pa-m ecl-u-mb-m"><p class="ecl-u-type-paragraph-m ecl-u-mb-none">%s</p></div>'
                        % "<br>".join(C.inline_html(l) for l in v))
        else:
            body.append(C.block_html((k, v)))
    body = "\n".join(body)
    langlist = "".join('<li class="ecl-site-header%s__language-item"><a href="%s" class="ecl-site-header%s__language-link%s" lang="%s" hreflang="%s">'
                       '<span class="ecl-site-header%s__language-link-code">%s</span><span class="ecl-site-header%s__language-link-label">%s</span></a></li>'
                       % (p, URL.replace("_it", "_" + c), p, " ecl-site-header%s__language-link--active" % p if c == "it" else "", c, c, p, c, p, n)
                       for c, n in LANGS)
    alts = s["alt_langs"]
    altblock = ('<div class="ecl-lang-select-page ecl-u-pv-m ecl-u-d-none ecl-u-d-l-block"><div class="ecl-container">'
                '<div class="ecl-lang-select-page__unavailable">Questa pagina è disponibile anche in:</div><ul class="ecl-lang-select-page__list">%s</ul></div></div>'
                % "".join('<li class="ecl-lang-select-page__option"><a lang="%s" hreflang="%s" href="%s" class="ecl-link ecl-link--standalone">%s</a></li>'
                          % (c, c, URL.replace("_it", "_" + c), dict(LANGS)[c]) for c in sorted(set(alts))))
    teasers = "".join('<article class="ecl-content-item%s"><div class="ecl-content-item%s__title"><a href="%s" class="ecl-link ecl-link--standalone">%s</a></div></article>'
                      % ("" if ecl4 else "-block", "" if ecl4 else "-block", TEASERS[k][1], TEASERS[k][0]) for k in s["teasers"])
    globan = '<script type="application/json">{"utility":"globan","theme":"dark","logo":true,"link":true,"mode":false}</script>'
    cck = '<script type="application/json">{"utility":"cck"}</script>'
    analytics = '<script type="application/json">{"utility":"analytics","siteID":"8c1f0a2b-7d3e-4a9c-b5e6-1f2a3b4c5d6e","sitePath":["italy.representation.ec.europa.eu"],"instance":"ec"}</script>'
    header = ('<header class="ecl-site-header{P}{CORECLS}" data-ecl-auto-init="SiteHeader{CORECAP}"><div class="ecl-site-header{P}__header"><div class="ecl-site-header{P}__container ecl-container">'
              '<div class="ecl-site-header{P}__top" data-ecl-site-header-top><a class="ecl-link ecl-link--standalone ecl-site-header{P}__logo-link" href="https://commission.europa.eu/index_it" aria-label="Commissione europea">'
              '<picture class="ecl-picture ecl-site-header{P}__picture"><img class="ecl-site-header{P}__logo-image" src="https://italy.representation.ec.europa.eu/themes/contrib/oe_theme/dist/ec/images/logo/positive/logo-ec--it.svg" alt="logo Commissione europea"></picture></a>'
              '<div class="ecl-site-header{P}__action"><div class="ecl-site-header{P}__language"><a class="ecl-button ecl-button--tertiary ecl-site-header{P}__language-selector" href="#" data-ecl-language-selector role="button" aria-label="Cambia lingua, lingua attuale: italiano" aria-controls="language-list-overlay">'
              '<span class="ecl-site-header{P}__language-icon">it</span>italiano</a>'
              '<div class="ecl-site-header{P}__language-container" id="language-list-overlay" hidden data-ecl-language-list-overlay aria-labelledby="ecl-site-header__language-title" role="dialog">'
              '<div class="ecl-site-header{P}__language-header"><div class="ecl-site-header{P}__language-title" id="ecl-site-header__language-title">Seleziona la lingua</div></div>'
              '<div class="ecl-site-header{P}__language-content"><div class="ecl-site-header{P}__language-category" data-ecl-language-list-eu><div class="ecl-site-header{P}__language-category-title">Lingue ufficiali dell\'UE:</div>'
              '<ul class="ecl-site-header{P}__language-list">{LANGS}</ul></div></div></div></div>'
              '<div class="ecl-site-header{P}__search-container"><form class="ecl-search-form ecl-site-header{P}__search" role="search" action="/search_it" method="get">'
              '<input type="search" class="ecl-text-input ecl-search-form__text-input" name="text" placeholder="Cerca"><input type="hidden" name="form_build_id" value="form-{FORM}">'
              '<input type="hidden" name="form_id" value="oe_search_search_form"><button class="ecl-button ecl-button--search ecl-search-form__button" type="submit">Cerca</button></form></div></div></div></div></div>'
              '<div class="ecl-site-header{P}__banner"><div class="ecl-container"><div class="ecl-site-header{P}__site-name">Rappresentanza in Italia</div></div></div>'
              '<nav class="ecl-menu{P}" data-ecl-menu aria-label="Navigazione del sito"><div class="ecl-container"><ul class="ecl-menu{P}__list">'
              '<li class="ecl-menu{P}__item"><a href="/index_it" class="ecl-menu{P}__link">Pagina iniziale</a></li>'
              '<li class="ecl-menu{P}__item"><a href="/chi-siamo_it" class="ecl-menu{P}__link">Chi siamo</a></li>'
              '<li class="ecl-menu{P}__item"><a href="/notizie-ed-eventi_it" class="ecl-menu{P}__link">Notizie ed eventi</a></li>'
              '<li class="ecl-menu{P}__item"><a href="/lue-e-litalia_it" class="ecl-menu{P}__link">L\'UE e l\'Italia</a></li>'
              '<li class="ecl-menu{P}__item"><a href="/europe-direct_it" class="ecl-menu{P}__link">Europe Direct</a></li></ul></div></nav></header>')
    header = (header.replace("{CORECLS}", "" if ecl4 else " ecl-site-header-core--has-menu").replace("{CORECAP}", "" if ecl4 else "Core")
              .replace("{LANGS}", langlist).replace("{FORM}", s["form"][0]).replace("{P}", p))
    page_header = ('<div class="ecl-page-header{P}"><div class="ecl-container">'
                   '<nav class="ecl-breadcrumb{P} ecl-page-header{P}__breadcrumb" aria-label="Lei si trova qui:" data-ecl-breadcrumb{CORE2}>'
                   '<ol class="ecl-breadcrumb{P}__container"><li class="ecl-breadcrumb{P}__segment"><a href="https://commission.europa.eu/index_it" class="ecl-breadcrumb{P}__link ecl-link ecl-link--standalone">Commissione europea</a></li>'
                   '<li class="ecl-breadcrumb{P}__segment"><a href="/index_it" class="ecl-breadcrumb{P}__link ecl-link ecl-link--standalone">Rappresentanza in Italia</a></li>'
                   '<li class="ecl-breadcrumb{P}__segment ecl-breadcrumb{P}__current-page" aria-current="page">Informativa sulla protezione dei dati</li></ol></nav>'
                   '<div class="ecl-page-header{P}__info"><div class="ecl-page-header{P}__meta">Informativa | Data di pubblicazione: 17 marzo 2021</div>'
                   '<h1 class="ecl-page-header{P}__title">{H1}</h1></div></div></div>')
    page_header = page_header.replace("{CORE2}", "" if ecl4 else "-core").replace("{P}", p).replace("{H1}", html.escape(h1, quote=False))
    footer = ('<footer class="ecl-site-footer"><div class="ecl-container ecl-site-footer__container"><div class="ecl-site-footer__row">'
              '<div class="ecl-site-footer__column"><div class="ecl-site-footer__section ecl-site-footer__section--site-info">'
              '<a href="/index_it" class="ecl-link ecl-link--standalone ecl-site-footer__title-link">Rappresentanza in Italia</a>'
              '<div class="ecl-site-footer__description">Questo sito è gestito da: Rappresentanza in Italia della Commissione europea</div></div></div>'
              '<div class="ecl-site-footer__column"><div class="ecl-site-footer__section"><h2 class="ecl-site-footer__title">Contatti</h2>'
              '<ul class="ecl-site-footer__list"><li class="ecl-site-footer__list-item"><a href="/contatti_it" class="ecl-link ecl-link--standalone ecl-site-footer__link">Contatta la Rappresentanza</a></li>'
              '<li class="ecl-site-footer__list-item"><a href="https://x.com/EUinItaly" class="ecl-link ecl-link--standalone ecl-site-footer__link">X</a></li></ul></div></div>'
              '<div class="ecl-site-footer__column"><div class="ecl-site-footer__section"><h2 class="ecl-site-footer__title">Commissione europea</h2>'
              '<ul class="ecl-site-footer__list"><li class="ecl-site-footer__list-item"><a href="https://commission.europa.eu/index_it" class="ecl-link ecl-link--standalone ecl-site-footer__link">Sito web della Commissione europea</a></li>'
              '<li class="ecl-site-footer__list-item"><a href="https://commission.europa.eu/privacy-policy-websites-managed-european-commission_it" class="ecl-link ecl-link--standalone ecl-site-footer__link">Informativa sulla privacy</a></li>'
              '<li class="ecl-site-footer__list-item"><a href="https://commission.europa.eu/cookies-policy_it" class="ecl-link ecl-link--standalone ecl-site-footer__link">Politica in materia di cookie</a></li>'
              '<li class="ecl-site-footer__list-item"><a href="https://commission.europa.eu/legal-notice_it" class="ecl-link ecl-link--standalone ecl-site-footer__link">Avvertenza legale</a></li>'
              '<li class="ecl-site-footer__list-item"><a href="https://commission.europa.eu/accessibility-statement_it" class="ecl-link ecl-link--standalone ecl-site-footer__link">Accessibilità</a></li></ul></div></div>'
              '</div></div></footer>')
    return ('<!DOCTYPE html>\n<html lang="it" dir="ltr" prefix="og: https://ogp.me/ns#" class="no-js">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="description" content="Informativa sul trattamento dei dati personali dei partecipanti agli eventi della Rappresentanza in Italia.">\n'
            '<link rel="canonical" href="%s">\n<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            '<title>%s - Rappresentanza in Italia</title>\n'
            '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language=it&amp;theme=oe_theme&amp;include=eJw">\n'
            '<script src="https://webtools.europa.eu/load.js?v=%s" defer></script>\n'
            '</head>\n<body class="language-it ecl-typography path-node page-node-type-oe-page">\n%s\n%s\n%s\n'
            '<a href="#main-content" class="ecl-skip-link" id="skip-id">Vai al contenuto principale</a>\n'
            '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n%s\n'
            '<main class="ecl-u-pb-xl" id="main-content">\n%s\n%s\n'
            '<div class="ecl-container ecl-u-mt-l"><div class="ecl-row"><div class="ecl-col-s-12 ecl-col-m-9">'
            '<article class="node node--type-oe-page"><div class="ecl">\n%s\n</div></article>'
            '<div class="ecl-u-mt-2xl"><h2 class="ecl-u-type-heading-2">Potrebbe interessarti anche</h2>%s</div>'
            '<div class="ecl-social-media-share ecl-u-mt-l"><p class="ecl-social-media-share__description">Condividi questa pagina</p>'
            '<script type="application/json">{"service":"share","popup":false,"selection":false,"to":["x","facebookcustom","linkedin","email","more"],"stats":true}</script></div>'
            '</div></div></div>\n</main>\n%s\n</div>\n'
            '<script src="/sites/default/files/js/js_%s.js?scope=footer&amp;delta=0&amp;language=it&amp;theme=oe_theme&amp;include=eJw"></script>\n'
            '</body>\n</html>\n'
            % (URL, html.escape(h1, quote=False), s["cache"], s["webtools"], globan, cck, analytics, header,
               page_header, altblock, body, teasers, footer, s["cache"]))


PAGE = {
    "service": "Rappresentanza in Italia della Commissione europea", "url": URL, "lang": "it",
    "platform": "Europa Web Publishing Platform (Drupal 10, OpenEuropa theme, ECL 3/4)",
    "content_type": "text/html; charset=UTF-8",
    "n": 29, "start": dt.date(2021, 5, 1), "end": dt.date(2026, 7, 31),
    "policy": POLICY, "first_updated": dt.date(2021, 3, 17), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".ecl-page-header__title", ".ecl-page-header-core__title", "article.node--type-oe-page .ecl"]},
}
