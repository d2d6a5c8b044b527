"""Aurora Calcio 1909 (Italian football club: club site, ticketing and official store), Drupal 10.

The page title is Drupal's page-title block; the node holds the body (date line and introduction) and a Paragraphs
field of accordion items, one per section, collapsed (button + hidden body). The declaration selects the title and
the node content. Noise (all outside): the match-centre ticker in the header (next match with a countdown, or the
live score on match days); the store promo bar (rotates); the CSS/JS aggregate file names and the drupalSettings
permissionsHash on deploys, and the 10.1 upgrade that added ?delta=&language=&theme=&include= to aggregate URLs.
"""
import datetime as dt

import common as C

URL = "https://www.auroracalcio.it/privacy-policy"

POLICY = """# Informativa privacy

Ultimo aggiornamento: {UPDATED}

La presente informativa è resa ai sensi degli articoli 13 e 14 del Regolamento (UE) 2016/679 ("GDPR") agli utenti del sito www.auroracalcio.it, dello Store ufficiale store.auroracalcio.it, dell'app ufficiale e dei servizi di biglietteria di Aurora Calcio 1909 S.p.A. Ti invitiamo a leggerla con attenzione: spiega quali dati personali raccogliamo, per quali finalità e quali sono i tuoi diritti.

## 1. Titolare del trattamento e Responsabile della protezione dei dati

Titolare del trattamento è:

@ Aurora Calcio 1909 S.p.A.
@ Via dello Stadio 1, 40133 Bologna (BO)
@ P.IVA 01234560377
@ privacy@auroracalcio.it

Il Titolare ha nominato un Responsabile della protezione dei dati (DPO), contattabile all'indirizzo [dpo@auroracalcio.it](mailto:dpo@auroracalcio.it).

## 2. Quali dati trattiamo

Trattiamo le seguenti categorie di dati personali:

- dati anagrafici e di contatto (nome, cognome, data e luogo di nascita, codice fiscale, indirizzo, e-mail, telefono);
- dati del documento d'identità, necessari per l'emissione dei biglietti nominativi e della Aurora Card;
- dati relativi agli acquisti effettuati sullo Store (prodotti, taglie, personalizzazioni della maglia, indirizzo di spedizione);
- dati di pagamento, trattati direttamente dai prestatori di servizi di pagamento;
- dati di navigazione e identificativi dei dispositivi raccolti tramite cookie e tecnologie simili;
- immagini riprese dal sistema di videosorveglianza dello stadio.

I dati sono raccolti direttamente presso di te oppure, nel caso di biglietti acquistati tramite circuiti di vendita autorizzati, ci sono comunicati dal rivenditore. Se acquisti un biglietto per un'altra persona, sei tenuto a informarla del trattamento dei suoi dati descritto nella presente informativa.

## 3. Finalità, basi giuridiche e tempi di conservazione

| Finalità | Base giuridica | Conservazione |
| Vendita di biglietti e abbonamenti | Esecuzione del contratto e obbligo di legge | 10 anni dall'evento |
| Acquisti sullo Store ufficiale | Esecuzione del contratto | 10 anni per i documenti contabili |
| Newsletter e comunicazioni promozionali | Consenso | Fino alla revoca e comunque non oltre 24 mesi dall'ultima interazione |
| Profilazione delle preferenze di acquisto | Consenso | 12 mesi |
| Sicurezza dello stadio e videosorveglianza | Obbligo di legge e legittimo interesse | 7 giorni, salvo richieste dell'Autorità |
| Adempimenti fiscali e contabili | Obbligo di legge | 10 anni |

Il conferimento dei dati necessari all'acquisto di biglietti, abbonamenti e prodotti dello Store è obbligatorio: in mancanza non potremo concludere il contratto né emettere il titolo di accesso. Il conferimento dei dati per le finalità di marketing e profilazione è invece facoltativo e il mancato consenso non pregiudica in alcun modo l'acquisto.

I dati sono trattati con strumenti elettronici e, in misura limitata, cartacei, da personale autorizzato e adeguatamente istruito, adottando misure tecniche e organizzative idonee a garantirne la sicurezza e la riservatezza.

## 4. Biglietteria e accesso allo stadio

La normativa in materia di sicurezza delle manifestazioni sportive impone l'emissione di biglietti nominativi. Per questo motivo, al momento dell'acquisto, ti chiediamo i dati anagrafici e gli estremi di un documento d'identità, che possono essere comunicati alla Questura competente. Prima dell'emissione del titolo verifichiamo inoltre che non sussistano provvedimenti di divieto di accesso alle manifestazioni sportive (DASPO) o motivi di esclusione previsti dal Codice di regolamentazione della cessione dei titoli di accesso.

All'ingresso dello stadio il biglietto viene letto dai tornelli, che registrano l'orario di accesso e il settore.

## 5. Store ufficiale

Per gli ordini effettuati sullo Store trattiamo i dati necessari a gestire il pagamento, la spedizione, eventuali resi e l'assistenza clienti. Le spedizioni sono affidate a corrieri terzi, ai quali comunichiamo nome, indirizzo e recapito telefonico. I dati della carta di pagamento non sono mai conservati da Aurora Calcio.

Se aderisci alla Aurora Card, il programma fedeltà del Club, trattiamo inoltre lo storico delle presenze allo stadio e degli acquisti per attribuirti i punti e i vantaggi previsti dal regolamento del programma, come la prelazione sugli abbonamenti e gli sconti sullo Store.

## 6. Destinatari dei dati

I dati possono essere comunicati a soggetti che agiscono come responsabili del trattamento, tra cui:

| Fornitore | Servizio | Sede |
| TicketOne S.p.A. | Biglietteria online | Italia |
| Adyen N.V. | Pagamenti con carta | Paesi Bassi |
| PayPal (Europe) S.à r.l. et Cie, S.C.A. | Pagamenti | Lussemburgo |
| BRT S.p.A. | Spedizioni | Italia |
| Salesforce, Inc. | CRM e Store online | Stati Uniti |

I dati possono inoltre essere comunicati alle Forze dell'Ordine, alla Lega Nazionale Professionisti e alle Autorità competenti, nei casi previsti dalla legge.

## 7. Trasferimento dei dati fuori dall'Unione europea

Alcuni fornitori hanno sede negli Stati Uniti. Il trasferimento avviene sulla base del Data Privacy Framework UE-USA o, in mancanza, delle clausole contrattuali standard approvate dalla Commissione europea. Copia delle garanzie adottate può essere richiesta scrivendo al DPO. Non effettuiamo trasferimenti verso Paesi che non offrono garanzie adeguate.

## 8. I tuoi diritti

In qualsiasi momento puoi esercitare i diritti previsti dagli articoli da 15 a 22 del GDPR:

- accesso ai tuoi dati personali;
- rettifica dei dati inesatti;
- cancellazione dei dati, nei limiti previsti dalla legge;
- limitazione del trattamento;
- portabilità dei dati;
- opposizione al trattamento, anche per finalità di marketing;
- revoca del consenso, senza pregiudizio per la liceità del trattamento precedente.

Per esercitare i tuoi diritti scrivi a [privacy@auroracalcio.it](mailto:privacy@auroracalcio.it), indicando nell'oggetto "Richiesta GDPR". Risponderemo entro un mese dal ricevimento della richiesta, termine prorogabile di due mesi in caso di richieste particolarmente complesse o numerose. Per tutelare la riservatezza dei tuoi dati potremo chiederti di confermare la tua identità.

## 9. Reclamo all'Autorità di controllo

Se ritieni che il trattamento dei tuoi dati violi il GDPR, puoi proporre reclamo al Garante per la protezione dei dati personali, Piazza Venezia 11, 00187 Roma, [www.garanteprivacy.it](https://www.garanteprivacy.it).

## 10. Modifiche all'informativa

Aurora Calcio si riserva di modificare la presente informativa. Le modifiche saranno pubblicate su questa pagina con l'indicazione della data di aggiornamento; in caso di modifiche sostanziali ne daremo comunicazione agli utenti registrati via e-mail."""

EDITS = [
    {"note": "sentence added on digital tickets in the official app",
     "repl": [("All'ingresso dello stadio il biglietto viene letto dai tornelli, che registrano l'orario di accesso e il settore.",
               "All'ingresso dello stadio il biglietto viene letto dai tornelli, che registrano l'orario di accesso e il settore. "
               "Se utilizzi il biglietto digitale nell'app ufficiale, il QR code viene generato sul tuo dispositivo "
               "pochi minuti prima dell'ingresso e non può essere trasferito senza la procedura di cambio nominativo.")]},
    {"note": "processor added: Satispay",
     "repl": [("| BRT S.p.A. | Spedizioni | Italia |",
               "| Satispay Europe S.A. | Pagamenti da smartphone | Lussemburgo |\n| BRT S.p.A. | Spedizioni | Italia |")]},
    {"note": "newsletter retention changed from 24 to 36 months; CCTV from 7 to 3 days",
     "repl": [("non oltre 24 mesi dall'ultima interazione", "non oltre 36 mesi dall'ultima interazione"),
              ("| 7 giorni, salvo richieste dell'Autorità |", "| 72 ore, salvo richieste dell'Autorità |")]},
    {"note": "word fixed: 'il Titolare' -> 'la Società' in section 1 (no date change)", "bump": False,
     "repl": [("Il Titolare ha nominato un Responsabile", "La Società ha nominato un Responsabile")]},
    {"note": "head office moved; DPO e-mail changed",
     "repl": [("@ Via dello Stadio 1, 40133 Bologna (BO)", "@ Via Andrea Costa 174, 40134 Bologna (BO)"),
              ("[dpo@auroracalcio.it](mailto:dpo@auroracalcio.it)", "[dpo@auroracalcio.com](mailto:dpo@auroracalcio.com)")]},
]

MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
          "novembre", "dicembre"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


OPP = ["Ternana", "Virtus Entella", "Modena", "Spezia", "Cremonese", "Palermo", "Sampdoria", "Bari", "Pisa",
       "Brescia", "Cittadella", "Südtirol", "Cosenza", "Reggiana"]
PROMOS = ["Nuova maglia Home %s disponibile sullo Store ufficiale", "Spedizione gratuita per ordini superiori a 89 €",
          "Saldi fino al -50%% sullo Store ufficiale", "Personalizza la tua maglia con nome e numero",
          "Abbonamenti %s: prelazione per i vecchi abbonati"]
GG = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
D101 = dt.datetime(2023, 8, 1)


def noise(rng, when, i, prev):
    prev = prev or {}
    live = rng.random() < 0.15
    opp = rng.choice(OPP)
    home = rng.random() < 0.5
    if live:
        match = ("live", opp, home, rng.randint(0, 3), rng.randint(0, 2), rng.randint(1, 94))
    else:
        ko = when + dt.timedelta(days=rng.randint(1, 9))
        ko = ko.replace(hour=rng.choice([14, 15, 16, 18, 20]), minute=rng.choice([0, 15, 30, 45]), second=0)
        match = ("next", opp, home, ko.isoformat())
    upg = when >= D101

    def agg():
        return (upg, C.alnum(rng, 43, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"),
                C.alnum(rng, 43, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"),
                C.hexs(rng, 64), C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789"))
    pa = prev.get("agg")
    return {
        "match": match,
        "promo": C.keep_or(rng, prev.get("promo"), 0.3, lambda: rng.randrange(len(PROMOS))),
        "agg": C.keep_or(rng, pa if pa and pa[0] == upg else None, 0.2, agg),
    }


LABELS = {"match": "match-centre ticker (countdown / live score)", "promo": "store promo bar",
          "agg": "Drupal CSS/JS aggregate names, permissionsHash, css_js_query_string (10.1 upgrade)"}


def season(when):
    y = when.year if when.month >= 6 else when.year - 1
    return "%d/%02d" % (y, (y + 1) % 100)


def render(s, blocks, when):
    upg, css, js, perm, qs = s["agg"]
    if upg:
        inc = "eJxtj0EOgzAMBD9UyJMqJzHEqmNHsYHy-4JaDpV6W81qvTKpzrQFrNRm4Aq9mxVY"
        cssl = ('<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language=it&amp;'
                'theme=aurora&amp;include=%s" />' % (css, inc))
        jsl = ('<script src="/sites/default/files/js/js_%s.js?scope=footer&amp;delta=0&amp;language=it&amp;theme=aurora&amp;'
               'include=%s"></script>' % (js, inc))
    else:
        cssl = '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css" />' % css
        jsl = '<script src="/sites/default/files/js/js_%s.js"></script>' % js
    m = s["match"]
    if m[0] == "live":
        _, opp, home, a, b, minute = m
        h, t = ("Aurora", opp) if home else (opp, "Aurora")
        ticker = ('<div class="match-center match-center--live"><span class="match-center__badge">LIVE</span> '
                  '<span class="match-center__teams">%s <strong>%d - %d</strong> %s</span> '
                  '<span class="match-center__minute">%d\'</span> <a href="/match-center">Segui la diretta</a></div>'
                  % (h, a, b, t, minute))
    else:
        _, opp, home, ko = m
        ko = dt.datetime.fromisoformat(ko)
        h, t = ("Aurora", opp) if home else (opp, "Aurora")
        left = ko - when
        ticker = ('<div class="match-center match-center--next" data-kickoff="%sZ"><span class="match-center__label">'
                  'Prossima partita</span> <span class="match-center__teams">%s - %s</span> <span class="match-center__date">'
                  '%s %d/%d, %02d:%02d</span> <span class="match-center__countdown">-%dg %02dh %02dm</span> '
                  '<a href="/biglietteria">Biglietti</a></div>'
                  % (ko.isoformat(), h, t, GG[ko.weekday()], ko.day, ko.month, ko.hour, ko.minute,
                     left.days, left.seconds // 3600, (left.seconds // 60) % 60))
    promo = PROMOS[s["promo"]]
    promo = promo % season(when) if "%s" in promo else promo.replace("%%", "%")
    title = C.inline_html(blocks[0][1])
    head, secs = C.split_sections(blocks[1:])
    items = []
    for k, (htext, bl) in enumerate(secs):
        pid = 311 + k
        items.append('<div class="field__item"><div class="paragraph paragraph--type--accordion-item paragraph--view-mode--default">'
                     '<h2 class="accordion-item__title"><button type="button" class="accordion-item__toggle" aria-expanded="false" '
                     'aria-controls="paragraph-%d">%s</button></h2><div id="paragraph-%d" class="accordion-item__body" hidden>'
                     '<div class="clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden '
                     'field__item">%s</div></div></div></div>'
                     % (pid, C.inline_html(htext), pid, C.blocks_html(bl, {"table": "table table--responsive"})))
    node = ('<article data-history-node-id="42" class="node node--type-page node--view-mode-full">\n<div class="node__content">\n'
            '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">'
            '%s</div>\n<div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden '
            'field__items">\n%s\n</div>\n</div>\n</article>' % (C.blocks_html(head), "\n".join(items)))
    settings = ('{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/42","currentPathIsAdmin":false,"isFront":false,'
                '"currentLanguage":"it"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"ajaxPageState":{"libraries":'
                '"aurora\\/global-styling,aurora\\/accordion,eu_cookie_compliance\\/eu_cookie_compliance_bare,system\\/base",'
                '"theme":"aurora","theme_token":null},"ajaxTrustedUrl":[],"gtag":{"tagId":"G-9W3K1LZ7QD"},'
                '"eu_cookie_compliance":{"cookie_policy_version":"1.0.0","popup_enabled":true,"popup_agreed_enabled":false,'
                '"popup_hide_agreed":false,"popup_clicking_confirmation":false,"popup_scrolling_confirmation":false,'
                '"popup_html_info":"\\u003Cdiv class=\\u0022eu-cookie-compliance-banner\\u0022\\u003EUtilizziamo i cookie per '
                'migliorare la tua esperienza.\\u003C\\/div\\u003E","method":"categories"},'
                '"user":{"uid":0,"permissionsHash":"%s"}}' % perm)
    return ('<!DOCTYPE html>\n<html lang="it" dir="ltr" prefix="og: https://ogp.me/ns#">\n  <head>\n    <meta charset="utf-8" />\n'
            '<script async src="https://www.googletagmanager.com/gtag/js?id=G-9W3K1LZ7QD"></script>\n'
            '<link rel="canonical" href="%s" />\n<meta property="og:site_name" content="Aurora Calcio 1909" />\n'
            '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n<meta name="MobileOptimized" content="width" />\n'
            '<meta name="HandheldFriendly" content="true" />\n<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
            '<link rel="icon" href="/themes/custom/aurora/favicon.ico" type="image/vnd.microsoft.icon" />\n'
            '    <title>Informativa privacy | Aurora Calcio 1909</title>\n    %s\n  </head>\n'
            '  <body class="path-node page-node-type-page">\n'
            '        <a href="#main-content" class="visually-hidden focusable skip-link">\n      Vai al contenuto principale\n    </a>\n'
            '    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n<div class="layout-container">\n'
            '<div class="promo-bar"><a href="https://store.auroracalcio.it/?utm_source=sito&amp;utm_medium=promobar">%s</a></div>\n'
            '<header role="banner" class="site-header">\n<div class="region region-header">\n'
            '<div id="block-aurora-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" '
            'class="site-logo"><img src="/themes/custom/aurora/logo.svg?%s" alt="Home" fetchpriority="high" /></a></div>\n'
            '<nav role="navigation" aria-labelledby="block-aurora-main-menu-menu" id="block-aurora-main-menu" class="block block-menu '
            'navigation menu--main"><h2 class="visually-hidden" id="block-aurora-main-menu-menu">Navigazione principale</h2>'
            '<ul class="menu"><li class="menu-item"><a href="/news">News</a></li><li class="menu-item"><a href="/prima-squadra">'
            'Prima squadra</a></li><li class="menu-item"><a href="/biglietteria">Biglietteria</a></li><li class="menu-item">'
            '<a href="/aurora-card">Aurora Card</a></li><li class="menu-item"><a href="https://store.auroracalcio.it">Store</a></li>'
            '<li class="menu-item"><a href="/club">Club</a></li></ul></nav>\n'
            '<div id="block-aurora-matchcenter" class="block block-aurora-match block-match-center-block">%s</div>\n'
            '</div>\n</header>\n<main role="main">\n<a id="main-content" tabindex="-1"></a>\n'
            '<div class="region region-content">\n<div data-drupal-messages-fallback class="hidden"></div>\n'
            '<div id="block-aurora-page-title" class="block block-core block-page-title-block">\n<h1 class="page-title">'
            '<span class="field field--name-title field--type-string field--label-hidden">%s</span></h1>\n</div>\n'
            '<div id="block-aurora-content" class="block block-system block-system-main-block">\n%s\n</div>\n</div>\n</main>\n'
            '<footer role="contentinfo" class="site-footer"><div class="region region-footer">'
            '<nav role="navigation" id="block-aurora-footer" class="block block-menu navigation menu--footer"><ul class="menu">'
            '<li class="menu-item"><a href="/privacy-policy" class="is-active" aria-current="page">Privacy policy</a></li>'
            '<li class="menu-item"><a href="/cookie-policy">Cookie policy</a></li><li class="menu-item"><a href="/note-legali">Note legali</a></li>'
            '<li class="menu-item"><a href="/codice-di-regolamentazione">Codice di regolamentazione</a></li></ul></nav>'
            '<div class="footer-info">Aurora Calcio 1909 S.p.A. – P.IVA 01234560377 – Tutti i diritti riservati</div>'
            '</div></footer>\n</div>\n    </div>\n    \n'
            '    <script type="application/json" data-drupal-selector="drupal-settings-json">%s</script>\n'
            '%s\n  </body>\n</html>\n'
            % (URL, cssl, promo, qs, ticker, title, node, settings, jsl))


PAGE = {
    "service": "Aurora Calcio",
    "url": URL,
    "lang": "it",
    "platform": "Drupal 10 (custom theme, Paragraphs accordion)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("X-Drupal-Cache", "MISS"), ("X-Drupal-Dynamic-Cache", "HIT"), ("X-Generator", "Drupal 10 (https://www.drupal.org)"),
                      ("Cache-Control", "max-age=300, public")),
    "n": 30,
    "start": dt.date(2022, 9, 5),
    "end": dt.date(2025, 5, 31),
    "hours": (0, 12, 18),
    "policy": POLICY,
    "first_updated": dt.date(2022, 6, 30),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ["#block-aurora-page-title h1", ".node--type-page .node__content"]},
}
