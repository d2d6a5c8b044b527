"""Freelancia (freelancer marketplace, Milano) - it-IT - Drupal 10 (custom theme on Olivero base), Footnotes module,
iubenda consent.

The informativa is a basic page's body field: numbered sections, footnote references (Footnotes module: sup links
and a ul.footnotes list at the end of the body) and an "Allegato A" table of the processors. Page title in the
page-title block. Noise is the ordinary noise of a Drupal site: form_build_id of the newsletter and search forms,
CSS/JS aggregate hashes after a cache rebuild, the "Progetti appena pubblicati" views block, the live counter of
freelancers online, iubenda's consent id. The curator selects the title block and the body field.
"""
import datetime as dt
import re
import common as C

URL = "https://www.freelancia.it/informativa-privacy"
MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MESI[d.month - 1], d.year)


POLICY = """
# Informativa sulla privacy

Ultimo aggiornamento: {UPDATED}

La presente informativa è resa ai sensi degli articoli 13 e 14 del Regolamento (UE) 2016/679 ("GDPR") e del D.Lgs. 30 giugno 2003, n. 196 ("Codice privacy"), come modificato dal D.Lgs. 10 agosto 2018, n. 101, a tutti coloro che utilizzano la piattaforma Freelancia, sia come clienti che pubblicano progetti sia come professionisti che offrono i propri servizi ("freelance").

## 1. Titolare del trattamento e Responsabile della protezione dei dati

Titolare del trattamento[1](#footnote1) è Freelancia S.r.l., con sede legale in Via Tortona 37, 20144 Milano, P. IVA 10587340963, iscritta al Registro delle Imprese di Milano Monza Brianza Lodi.

Il Responsabile della protezione dei dati (DPO) può essere contattato all'indirizzo [dpo@freelancia.it](mailto:dpo@freelancia.it).

## 2. Quali dati trattiamo

- dati anagrafici e di contatto (nome, cognome, indirizzo email, numero di telefono, indirizzo);
- dati del profilo professionale del freelance (foto, competenze, portfolio, tariffe, esperienze, lingue parlate);
- dati fiscali e di fatturazione (codice fiscale, partita IVA, regime fiscale, codice destinatario o PEC per la fatturazione elettronica, IBAN);
- contenuti dei progetti, delle proposte e dei messaggi scambiati tra clienti e freelance;
- recensioni e valutazioni;
- dati di navigazione e di utilizzo della piattaforma, anche raccolti tramite cookie, come indicato nella [Cookie Policy](/cookie-policy).

## 3. Finalità e basi giuridiche del trattamento

I dati sono trattati per le seguenti finalità:

- registrazione e gestione dell'account, pubblicazione dei progetti e dei profili, gestione delle proposte e dei contratti tra clienti e freelance (esecuzione del contratto, art. 6, par. 1, lett. b GDPR);
- gestione dei pagamenti, emissione delle fatture per le commissioni di servizio e adempimenti fiscali (obbligo di legge, art. 6, par. 1, lett. c GDPR)[2](#footnote2);
- prevenzione delle frodi e dell'utilizzo della piattaforma per eludere le commissioni, sicurezza degli account (legittimo interesse, art. 6, par. 1, lett. f GDPR);
- invio di newsletter e comunicazioni promozionali, previo consenso (art. 6, par. 1, lett. a GDPR); ai clienti che hanno già acquistato un servizio possiamo inviare comunicazioni relative a servizi analoghi, salvo opposizione (art. 130, comma 4, Codice privacy).

## 4. Verifica dell'identità dei freelance

Per tutelare i clienti, prima di poter ricevere pagamenti il freelance deve verificare la propria identità caricando un documento di identità valido e una foto del volto. Il confronto tra la foto e il documento è effettuato da un fornitore specializzato che agisce come responsabile del trattamento (vedi Allegato A). Freelancia conserva l'esito della verifica e la data di scadenza del documento, ma non il dato biometrico.

## 5. Pagamenti

I pagamenti sono gestiti tramite Stripe: il cliente versa l'importo concordato all'avvio del progetto e le somme vengono trasferite al freelance all'approvazione della consegna. Stripe tratta i dati di pagamento e, ove necessario, effettua le verifiche previste dalla normativa antiriciclaggio (D.Lgs. 231/2007) in qualità di autonomo titolare del trattamento.

## 6. Abbinamento dei progetti e valutazioni

Per suggerire ai clienti i freelance più adatti e ai freelance i progetti più pertinenti, la piattaforma confronta le competenze dichiarate, le categorie dei progetti, le tariffe, la disponibilità e le valutazioni ricevute. Il posizionamento dei profili nei risultati di ricerca dipende dagli stessi criteri; i profili in evidenza a pagamento sono contrassegnati come "Sponsorizzato".

Le recensioni lasciate al termine di un progetto sono pubbliche e riportano il nome del cliente nella forma "Nome I." e la data del progetto.

## 7. Destinatari dei dati

I dati possono essere comunicati ai fornitori che trattano dati per conto di Freelancia, nominati responsabili del trattamento ai sensi dell'art. 28 GDPR ed elencati nell'Allegato A, all'altra parte del contratto (cliente o freelance), a consulenti fiscali e legali, nonché alle autorità competenti nei casi previsti dalla legge.

## 8. Trasferimenti verso Paesi terzi

Alcuni fornitori hanno sede negli Stati Uniti. Il trasferimento avviene sulla base delle clausole contrattuali standard approvate dalla Commissione europea[3](#footnote3), integrate, ove necessario, da misure supplementari come la cifratura dei dati.

## 9. Periodo di conservazione

I dati dell'account sono conservati per tutta la durata del rapporto e per 24 mesi dalla chiusura dell'account. Le fatture e la documentazione contabile sono conservate per 10 anni[4](#footnote4). I messaggi tra utenti sono conservati per 3 anni dalla conclusione del progetto, per la gestione di eventuali contestazioni. I dati di navigazione (log) sono conservati per 6 mesi.

## 10. Diritti degli interessati

Ai sensi degli articoli da 15 a 22 GDPR, l'interessato può chiedere l'accesso ai propri dati, la rettifica, la cancellazione, la limitazione del trattamento, la portabilità dei dati e opporsi al trattamento basato sul legittimo interesse. Il consenso può essere revocato in qualsiasi momento. Le richieste possono essere inviate a [privacy@freelancia.it](mailto:privacy@freelancia.it).

L'interessato ha inoltre il diritto di proporre reclamo al Garante per la protezione dei dati personali[5](#footnote5).

## Note

- [1.](#footnoteref1) Ai sensi dell'art. 4, n. 7 GDPR, il titolare è la persona giuridica che determina le finalità e i mezzi del trattamento.
- [2.](#footnoteref2) In particolare gli obblighi di fatturazione elettronica tramite il Sistema di Interscambio (SdI) previsti dal D.Lgs. 5 agosto 2015, n. 127, e dal D.P.R. 26 ottobre 1972, n. 633.
- [3.](#footnoteref3) Decisione di esecuzione (UE) 2021/914 della Commissione del 4 giugno 2021.
- [4.](#footnoteref4) Art. 2220 del Codice civile e art. 22 del D.P.R. 29 settembre 1973, n. 600.
- [5.](#footnoteref5) Garante per la protezione dei dati personali, Piazza Venezia 11, 00186 Roma, [www.garanteprivacy.it](https://www.garanteprivacy.it).

## Allegato A – Responsabili del trattamento

| Fornitore | Servizio | Sede | Garanzie per il trasferimento |
| --- | --- | --- | --- |
| Amazon Web Services EMEA SARL | Hosting (region eu-south-1, Milano) | Lussemburgo | Non applicabile |
| Stripe Payments Europe, Ltd. | Pagamenti e payout | Irlanda | Non applicabile |
| Onfido Ltd. | Verifica dell'identità | Regno Unito | Decisione di adeguatezza |
| Intercom R&D Unlimited Company | Assistenza clienti e chat | Irlanda | Clausole contrattuali standard (sub-responsabili USA) |
| The Rocket Science Group LLC (Mailchimp) | Invio newsletter | Stati Uniti | Clausole contrattuali standard |
| Aruba PEC S.p.A. | Conservazione sostitutiva delle fatture | Italia | Non applicabile |
"""

EDITS = [
    {"note": "annex A: identity verification provider Onfido replaced by Veriff (row changed, no new date)", "bump": False,
     "repl": [("| Onfido Ltd. | Verifica dell'identità | Regno Unito | Decisione di adeguatezza |",
               "| Veriff OÜ | Verifica dell'identità | Estonia | Non applicabile |")]},
    {"note": "matching section: AI model that ranks proposals explained, no solely automated decisions, opt-out",
     "repl": [("i profili in evidenza a pagamento sono contrassegnati come \"Sponsorizzato\".",
               "i profili in evidenza a pagamento sono contrassegnati come \"Sponsorizzato\".\n\n"
               "Utilizziamo inoltre un modello di apprendimento automatico, addestrato sui progetti conclusi sulla piattaforma, per stimare la pertinenza delle proposte ricevute da un cliente e ordinarle di conseguenza. Il modello non esclude alcuna proposta e non assume decisioni che producano effetti giuridici sugli utenti: la scelta del freelance resta sempre del cliente. Il freelance può chiedere informazioni sui principali parametri utilizzati scrivendo al DPO.")]},
    {"note": "new section 'Comunicazioni all'Agenzia delle Entrate (DAC7)' with a new footnote; sections renumbered",
     "repl": [("## 6. Abbinamento dei progetti e valutazioni",
               "## 6. Comunicazioni all'Agenzia delle Entrate (DAC7)\n\n"
               "In qualità di gestore di piattaforma, Freelancia è tenuta a comunicare ogni anno all'Agenzia delle Entrate i dati dei freelance che hanno ricevuto compensi tramite la piattaforma[6](#footnote6): nome e cognome o denominazione, indirizzo, codice fiscale e partita IVA, data di nascita, IBAN, numero di attività svolte e importi corrisposti in ciascun trimestre, al netto delle commissioni trattenute. Il freelance riceve copia dei dati comunicati entro il 31 gennaio dell'anno successivo. Se il freelance non fornisce i dati richiesti dopo due solleciti, siamo tenuti a sospendere i pagamenti.\n\n"
               "## 7. Abbinamento dei progetti e valutazioni"),
              ("## 7. Destinatari dei dati", "## 8. Destinatari dei dati"),
              ("## 8. Trasferimenti verso Paesi terzi", "## 9. Trasferimenti verso Paesi terzi"),
              ("## 9. Periodo di conservazione", "## 10. Periodo di conservazione"),
              ("## 10. Diritti degli interessati", "## 11. Diritti degli interessati"),
              ("[www.garanteprivacy.it](https://www.garanteprivacy.it).",
               "[www.garanteprivacy.it](https://www.garanteprivacy.it).\n- [6.](#footnoteref6) D.Lgs. 1 marzo 2023, n. 32, di recepimento della Direttiva (UE) 2021/514 (DAC7).")]},
    {"note": "annex A: newsletter provider Mailchimp replaced by Brevo (Sendinblue SAS, France)",
     "repl": [("| The Rocket Science Group LLC (Mailchimp) | Invio newsletter | Stati Uniti | Clausole contrattuali standard |",
               "| Sendinblue SAS (Brevo) | Invio newsletter e SMS | Francia | Non applicabile |")]},
    {"note": "retention: navigation logs 12 months instead of 6 (silent)", "bump": False,
     "repl": [("I dati di navigazione (log) sono conservati per 6 mesi.",
               "I dati di navigazione (log) sono conservati per 12 mesi, anche a fini di sicurezza informatica.")]},
]

PROJECTS = [("Sviluppo e-commerce su Shopify", "1.500 - 3.000"), ("Logo e identità visiva per agriturismo", "400 - 800"),
            ("Traduzione sito web IT > DE", "300 - 500"), ("Consulenza GDPR per studio dentistico", "800 - 1.200"),
            ("App React Native per prenotazioni", "5.000 - 10.000"), ("Copywriting schede prodotto (50)", "250 - 400"),
            ("Montaggio video per canale YouTube", "200 - 350"), ("Campagna Google Ads per hotel", "600 - 1.000"),
            ("Migrazione WordPress su nuovo hosting", "150 - 300"), ("Dashboard Power BI per vendite", "1.000 - 2.000")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["forms"] = ("form-" + C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                  "form-" + C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))
    s["aggregate"] = C.keep_or(rng, prev.get("aggregate"), 0.3,
                               lambda: (C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                                        C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                                        C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789")))
    s["projects"] = (tuple(rng.sample(range(len(PROJECTS)), 4)), tuple(rng.randint(1, 23) for _ in range(4)))
    s["online"] = rng.randint(900, 2600) + 180 * (when.year - 2021)
    s["iubenda"] = C.uuid4(rng)
    return s


LABELS = {
    "forms": "form_build_id of newsletter and search forms",
    "aggregate": "CSS/JS aggregate hashes and css_js_query_string (cache rebuild)",
    "projects": "'Progetti appena pubblicati' views block",
    "online": "'freelance online ora' counter",
    "iubenda": "iubenda consent id",
}

FOOTREF = re.compile(r'<a href="#footnote(\d+)">\1</a>')
FOOTLIST = re.compile(r'<li><a href="#footnoteref(\d+)">\1\.</a>')


def render(s, blocks, when):
    f1, f2 = s["forms"]
    css, js, qs = s["aggregate"]
    head, secs = C.split_sections(blocks[1:])
    parts = [C.blocks_html(head)]
    for t, bl in secs:
        if t == "Note":
            inner = C.blocks_html(bl)
            inner = inner.replace("<ul>", '<ul class="footnotes">', 1)
            inner = FOOTLIST.sub(lambda m: '<li class="footnote" id="footnote%s"><a class="footnote-label" href="#footnoteref%s">%s.</a>'
                                 % (m.group(1), m.group(1), m.group(1)), inner)
            parts.append('<h2>%s</h2>\n%s' % (t, inner))
        elif t.startswith("Allegato"):
            parts.append('<h2 id="allegato-a">%s</h2>\n<div class="table-responsive">%s</div>'
                         % (C.inline_html(t), C.blocks_html(bl).replace("<table>", '<table class="table table-striped">')))
        else:
            parts.append("<h2>%s</h2>\n%s" % (C.inline_html(t), C.blocks_html(bl)))
    body = "\n".join(parts)
    body = FOOTREF.sub(lambda m: '<sup class="footnote"><a href="#footnote%s" id="footnoteref%s">%s</a></sup>'
                       % (m.group(1), m.group(1), m.group(1)), body)
    picks, ages = s["projects"]
    proj = "".join('<div class="views-row"><article class="node node--type-progetto node--view-mode-teaser"><h3><a href="/progetti/%d" hreflang="it">%s</a></h3>'
                   '<div class="field field--name-field-budget">Budget: € %s</div><div class="progetto-meta">Pubblicato %d ore fa</div></article></div>'
                   % (48000 + k * 131, PROJECTS[k][0], PROJECTS[k][1], a) for k, a in zip(picks, sorted(ages)))
    newsletter = ('<form class="simplenews-subscriber-form" data-drupal-selector="simplenews-subscriber-form" action="%s" method="post" id="simplenews-subscriber-form" accept-charset="UTF-8">'
                  '<div class="js-form-item form-item"><label for="edit-mail-0-value">Email</label><input type="email" id="edit-mail-0-value" name="mail[0][value]" class="form-email"></div>'
                  '<input autocomplete="off" data-drupal-selector="form-%s" type="hidden" name="form_build_id" value="%s" />'
                  '<input data-drupal-selector="edit-simplenews-subscriber-form" type="hidden" name="form_id" value="simplenews_subscriber_form" />'
                  '<div class="form-actions"><input type="submit" id="edit-submit" name="op" value="Iscriviti" class="button js-form-submit form-submit" /></div></form>'
                  % ("/informativa-privacy", f1[5:].lower(), f1))
    search = ('<form action="/cerca" method="get" id="search-block-form" accept-charset="UTF-8"><input title="Inserisci i termini da cercare." type="search" name="keys" class="form-search">'
              '<input autocomplete="off" type="hidden" name="form_build_id" value="%s" /><input type="submit" value="Cerca" class="button"></form>' % f2)
    return ('<!DOCTYPE html>\n<html lang="it" dir="ltr" prefix="og: https://ogp.me/ns#">\n  <head>\n    <meta charset="utf-8" />\n'
            '<link rel="canonical" href="%s" />\n<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n'
            '<meta name="MobileOptimized" content="width" />\n<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
            '<link rel="icon" href="/themes/custom/freelancia/favicon.ico" type="image/vnd.microsoft.icon" />\n'
            '    <title>Informativa sulla privacy | Freelancia</title>\n'
            '    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language=it&amp;theme=freelancia&amp;include=eJxtjUEOwyAMBD9E4EnIEIeiGhthE8rvWymlp17ntHPjXsXQBOtH0mNIVjQ-xhGdIhJ2KuSvg1BVvN0sQEOrkYqhaonoOkRXtyqkEdCKcxdKsknVfNOMGCQlpUkwp_kBWgHewQ" />\n'
            '    <script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/27","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"it"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"ajaxPageState":{"libraries":"eJxtjUEOwyAMBD9E4EnIEIeiGhthE8rvWymlp17ntHPjXsXQBOtH0mNIVjQ","theme":"freelancia","theme_token":null},"ajaxTrustedUrl":{"form_action_p_pvdeGsVG5zNF_XLGPTvYSKCf43t8qZYSwcfZl2uzM":true,"\\/cerca":true},"user":{"uid":0,"permissionsHash":"b1d7d4f3c29a3e2c1f0a8d6e5b4c3a29f8e7d6c5b4a3928170f6e5d4c3b2a190"}}</script>\n'
            '<script src="/sites/default/files/js/js_%s.js?scope=header&amp;delta=0&amp;language=it&amp;theme=freelancia&amp;include=eJxLy0lNzE3NS9EHUgA"></script>\n'
            '<script type="text/javascript">var _iub = _iub || []; _iub.csConfiguration = {"siteId":2871904,"cookiePolicyId":51633218,"lang":"it","consentOnContinuedBrowsing":false,"perPurposeConsent":true};</script>\n'
            '<script type="text/javascript" src="//cdn.iubenda.com/cs/iubenda_cs.js" charset="UTF-8" async></script>\n'
            '  </head>\n  <body class="path-node page-node-type-page">\n'
            '        <a href="#main-content" class="visually-hidden focusable skip-link">Salta al contenuto principale</a>\n'
            '    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n<div class="layout-container">\n'
            '<header role="banner" class="site-header"><div class="region region-header">'
            '<div id="block-freelancia-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/freelancia/logo.svg" alt="Home" /></a></div>'
            '<nav role="navigation" aria-labelledby="block-freelancia-main-menu-menu" id="block-freelancia-main-menu" class="block block-menu navigation menu--main">'
            '<h2 class="visually-hidden" id="block-freelancia-main-menu-menu">Navigazione principale</h2><ul class="menu">'
            '<li class="menu-item"><a href="/trova-freelance">Trova un freelance</a></li><li class="menu-item"><a href="/progetti">Trova lavoro</a></li>'
            '<li class="menu-item"><a href="/come-funziona">Come funziona</a></li><li class="menu-item"><a href="/blog">Blog</a></li>'
            '<li class="menu-item"><a href="/user/login">Accedi</a></li><li class="menu-item menu-item--cta"><a href="/pubblica-progetto">Pubblica un progetto</a></li></ul></nav>'
            '<div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-freelancia-search-form" role="search">%s</div>'
            '</div></header>\n'
            '<div class="region region-breadcrumb"><div id="block-freelancia-breadcrumbs" class="block block-system block-system-breadcrumb-block">'
            '<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Briciole di pane</h2>'
            '<ol><li><a href="/">Home</a></li><li><a href="/note-legali">Note legali</a></li></ol></nav></div></div>\n'
            '<main role="main"><a id="main-content" tabindex="-1"></a>\n<div class="layout-content">\n<div class="region region-content">\n'
            '<div data-drupal-messages-fallback class="hidden"></div>\n'
            '<div id="block-freelancia-page-title" class="block block-core block-page-title-block">\n  \n'
            '  <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">%s</span>\n</h1>\n</div>\n'
            '<div id="block-freelancia-content" class="block block-system block-system-main-block">\n'
            '<article data-history-node-id="27" class="node node--type-page node--view-mode-full">\n  <div class="node__content">\n'
            '    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%s</div>\n'
            '  </div>\n</article>\n</div>\n</div>\n</div>\n'
            '<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">'
            '<div class="views-element-container block block-views block-views-blockprogetti-recenti-block-1" id="block-views-block-progetti-recenti-block-1">'
            '<h2>Progetti appena pubblicati</h2><div class="view view-progetti-recenti view-id-progetti_recenti view-display-id-block_1 js-view-dom-id-%s">%s</div></div>'
            '<div class="block block-freelancia-stats"><p class="stat-online"><strong>%s</strong> freelance online ora</p></div></div></aside>\n'
            '</main>\n'
            '<footer role="contentinfo" class="site-footer"><div class="region region-footer">'
            '<div id="block-newsletter" class="block block-simplenews"><h2>Newsletter</h2>%s</div>'
            '<nav role="navigation" id="block-footer" class="block block-menu navigation menu--footer"><ul class="menu">'
            '<li class="menu-item"><a href="/termini-e-condizioni">Termini e condizioni</a></li><li class="menu-item"><a href="/informativa-privacy" class="is-active" aria-current="page">Privacy</a></li>'
            '<li class="menu-item"><a href="/cookie-policy">Cookie policy</a></li><li class="menu-item"><a href="/note-legali">Note legali</a></li></ul></nav>'
            '<div class="block block-block-content"><p>Freelancia S.r.l. – P. IVA 10587340963 – © %d</p></div></div></footer>\n'
            '</div>\n  </div>\n'
            '<script src="/sites/default/files/js/js_%s.js?scope=footer&amp;delta=0&amp;language=it&amp;theme=freelancia&amp;include=eJxLy0lNzE3NS9EHUgA"></script>\n'
            '  </body>\n</html>\n'
            % (URL, css, js, search, C.inline_html(blocks[0][1]), body, C.hexs(random_from(f1), 64), proj,
               "{:,}".format(s["online"]).replace(",", "."), newsletter, when.year, js[::-1]))


def random_from(seed):
    import random
    return random.Random(seed)


PAGE = {
    "service": "Freelancia", "url": URL, "lang": "it-IT", "platform": "Drupal 10 (Footnotes module)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("X-Generator", "Drupal 10 (https://www.drupal.org)"), ("X-Drupal-Cache", "MISS"),
                      ("X-Drupal-Dynamic-Cache", "HIT")),
    "n": 29, "start": dt.date(2021, 7, 15), "end": dt.date(2026, 2, 28),
    "policy": POLICY, "first_updated": dt.date(2021, 7, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".page-title", ".node--type-page .field--name-body"]},
}
