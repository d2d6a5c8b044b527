"""Museo Civico di Palazzo Ardenti (a museum), Italian: Plone 4 (2019) -> WordPress with Gutenberg (2021) ->
Drupal 10 with the Bootstrap Italia theme (2023).

Plone -> WordPress: Plone's documentByLine (author and "ultima modifica", outside the declared region) goes, the
blocks get Gutenberg's classes (wp-block-heading, wp-block-list, a figure around the table-less page), e-mail
addresses pass through antispambot (entity-encoded), and wptexturize typesets the text: every apostrophe of
"dell'utente", "l'accesso" becomes ’ and straight quotes “ ”, so the words a selector reaches differ though the
policy did not change. WordPress -> Drupal 10 (a relaunch with a revised policy: the new ticket office, the
retention of CCTV): the title into an it-hero, sections into Bootstrap Italia accordions, the rights list as
lettered paragraphs "a)", "b)".
Noise: Plone's _authenticator and resource cache keys, WordPress's nonces and ?ver=, Drupal's css/js aggregate
hashes and a rotating "mostra in corso".
"""
import datetime as dt
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import mwlib as M  # noqa: E402

MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MESI[d.month - 1], d.year)


POLICY = """# Informativa sul trattamento dei dati personali

Ultimo aggiornamento: {UPDATED}

Il Museo Civico di Palazzo Ardenti tratta i dati personali dei visitatori, degli utenti del sito e degli iscritti alla newsletter nel rispetto del Regolamento (UE) 2016/679 ("GDPR") e del Codice in materia di protezione dei dati personali. Questa informativa spiega quali dati raccogliamo, per quali finalità e quali diritti può esercitare l'interessato.

## Titolare del trattamento

Titolare del trattamento è il Comune di Castelardo, per il tramite del Museo Civico di Palazzo Ardenti, con sede in Piazza Ardenti 3, 40026 Castelardo (BO). Il Responsabile della protezione dei dati è raggiungibile all'indirizzo [rpd@palazzoardenti.it](mailto:rpd@palazzoardenti.it).

## Dati raccolti

Raccogliamo i dati che l'utente ci fornisce e quelli generati dall'uso dei nostri servizi:

- dati anagrafici e di contatto per l'acquisto di biglietti e abbonamenti
- dati necessari alle prenotazioni di visite guidate e laboratori didattici
- indirizzo e-mail per l'iscrizione alla newsletter
- dati di navigazione raccolti dai sistemi informatici del sito

## Finalità e base giuridica

I dati sono trattati per la vendita dei biglietti e la gestione delle prenotazioni (esecuzione di un contratto), per l'adempimento di obblighi fiscali e contabili (obbligo legale), per l'invio della newsletter (consenso dell'interessato) e per la sicurezza delle persone e delle opere esposte (interesse pubblico).

## Videosorveglianza

Le sale espositive e gli ingressi sono sorvegliati da telecamere, segnalate da appositi cartelli. Le immagini sono conservate per 72 ore e poi cancellate automaticamente, salvo richieste dell'autorità giudiziaria.

## Conservazione

I dati relativi agli acquisti sono conservati per 10 anni, come previsto dalla normativa fiscale. I dati per la newsletter sono conservati fino alla revoca del consenso. Le prenotazioni non confermate sono cancellate dopo 30 giorni.

## Diritti dell'interessato

L'interessato può in ogni momento:

1. chiedere l'accesso ai propri dati e ottenerne copia
2. chiederne la rettifica o la cancellazione
3. opporsi al trattamento o chiederne la limitazione
4. revocare il consenso prestato, senza pregiudizio per i trattamenti già effettuati

Le richieste vanno inviate al Responsabile della protezione dei dati. L'interessato ha inoltre il diritto di proporre reclamo al [Garante per la protezione dei dati personali](https://www.garanteprivacy.it).

## Cookie

Il sito utilizza cookie tecnici e, previo consenso, cookie di statistica. Per maggiori informazioni si rimanda alla [cookie policy](/cookie-policy).

## Modalità del trattamento e sicurezza

Il trattamento avviene con strumenti informatici e cartacei, da parte di personale autorizzato e istruito, con misure di sicurezza adeguate a prevenire la perdita dei dati, gli usi illeciti e gli accessi non autorizzati. I dati non sono oggetto di processi decisionali automatizzati né di profilazione.

## Trasferimento dei dati all'estero

I dati sono conservati su server ubicati nell'Unione europea. Qualora un fornitore dovesse trattarli al di fuori dello Spazio economico europeo, il trasferimento avverrà solo in presenza di una decisione di adeguatezza della Commissione europea o sulla base delle clausole contrattuali tipo adottate dalla Commissione.

## Aggiornamenti dell'informativa

La presente informativa può essere modificata in seguito a cambiamenti normativi o organizzativi. La data dell'ultimo aggiornamento è indicata all'inizio della pagina. Le modifiche rilevanti saranno segnalate anche sulla pagina principale del sito.

## Fotografie e riprese durante gli eventi

In occasione di inaugurazioni, conferenze e laboratori il Museo può effettuare fotografie e riprese video per documentare le proprie attività e promuoverle sul sito e sui canali social. La presenza di fotografi è segnalata all'ingresso della sala. Chi non desidera essere ripreso può comunicarlo al personale, che ne terrà conto. Le immagini dei minori sono pubblicate soltanto con il consenso di chi esercita la responsabilità genitoriale."""

EDITS = [
    {"at": 0.1, "note": "a word: bookings for 'laboratori didattici' -> 'laboratori didattici e visite per le scuole'",
     "repl": [("visite guidate e laboratori didattici", "visite guidate, laboratori didattici e visite per le scuole")]},
    {"at": 0.25, "note": "date-only update of 'Ultimo aggiornamento'", "repl": []},
    {"at": 0.5, "note": "a sentence: newsletter opens and clicks measured",
     "repl": [("fino alla revoca del consenso.", "fino alla revoca del consenso. Per migliorare la newsletter misuriamo in forma aggregata le aperture e i clic sui collegamenti.")]},
    {"mig": 2, "note": "relaunch with a revised policy: CCTV retention 72 hours -> 7 days and a new section on the online ticket office",
     "repl": [("conservate per 72 ore", "conservate per 7 giorni"),
              ("## Conservazione", "## Biglietteria online\n\nI biglietti acquistati online sono emessi da un gestore esterno che agisce come responsabile del trattamento. Il gestore riceve il nome, l'indirizzo e-mail e i dati dell'ordine, mentre i dati della carta di pagamento sono trattati esclusivamente dal circuito di pagamento.\n\n## Conservazione")]},
    {"at": 0.88, "note": "inside an accordion: a list item (membership card holders)",
     "repl": [("- indirizzo e-mail per l'iscrizione alla newsletter", "- indirizzo e-mail per l'iscrizione alla newsletter\n- dati dei titolari della tessera Amici del Museo")]},
]

MOSTRE = ["In corso: Il Rinascimento a Castelardo", "In corso: Ceramiche faentine del Novecento",
          "In corso: Fotografia e paesaggio", "Prossimamente: Le stanze dei Ardenti"]

TEXTURIZE = M.chain(M.quotes("\u201c", "\u201d"), M.apostrophes)


def abs_link(u):
    return "https://www.palazzoardenti.it" + u if u.startswith("/") else u


# ---- phase 0: Plone 4
ST_P = {"h1": '<h1 class="documentFirstHeading">{t}</h1>', "h2": "<h2>{t}</h2>"}


def r_plone(s, blocks, di, when):
    title = M.block_html(blocks[0], ST_P, 0, di)
    body = M.body_html(blocks, ST_P, di, skip={0})
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="it" xml:lang="it"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<base href="https://www.palazzoardenti.it/privacy/" /><title>Informativa privacy &mdash; Museo Civico di Palazzo Ardenti</title>
<link rel="stylesheet" type="text/css" href="https://www.palazzoardenti.it/portal_css/Sunburst%%20Theme/base-cachekey-%s.css" />
<script type="text/javascript" src="https://www.palazzoardenti.it/portal_javascripts/Sunburst%%20Theme/resourceplone.app.jquery-cachekey-%s.js"></script></head>
<body class="template-document_view portaltype-document site-museo section-privacy userrole-anonymous" dir="ltr">
<div id="visual-portal-wrapper"><div id="portal-top"><div id="portal-header"><a id="portal-logo" href="https://www.palazzoardenti.it">Palazzo Ardenti</a>
<div id="portal-searchbox"><form name="searchform" action="https://www.palazzoardenti.it/search"><input name="SearchableText" type="text" /><input type="hidden" name="_authenticator" value="%s" /></form></div>
<ul id="portal-globalnav"><li id="portaltab-index_html"><a href="https://www.palazzoardenti.it">Home</a></li><li id="portaltab-collezioni"><a href="https://www.palazzoardenti.it/collezioni">Collezioni</a></li><li id="portaltab-visita"><a href="https://www.palazzoardenti.it/visita">Visita</a></li></ul></div></div>
<div id="portal-columns"><div id="portal-column-content"><div id="content">
%s
<div class="documentByLine" id="plone-document-byline"><span class="documentAuthor">di <a href="https://www.palazzoardenti.it/author/redazione">Redazione</a></span> &mdash; <span class="documentModified"><span>ultima modifica</span> %s</span></div>
<div id="content-core"><div id="parent-fieldname-text-5c1e0a7b9f3d4e2a8b6c">%s</div></div>
</div></div><div id="portal-column-two"><dl class="portlet portletNews"><dt class="portletHeader">%s</dt></dl></div></div>
<div id="portal-footer"><p>&copy; Comune di Castelardo &mdash; Museo Civico di Palazzo Ardenti</p></div></div></body></html>""" % (
        s["css"], s["js"], s["auth"], title, s["modified"], body, s["mostra"])


# ---- phase 1: WordPress with Gutenberg
ST_WP = {"h1": '<h1 class="wp-block-post-title">{t}</h1>', "h2": '<h2 class="wp-block-heading">{t}</h2>',
         "ul": {"outer": '<ul class="wp-block-list">{items}</ul>', "item": "<li>{t}</li>"},
         "ol": {"outer": '<ol class="wp-block-list">{items}</ol>', "item": "<li>{t}</li>"},
         "email": "entities"}


def r_wp(s, blocks, di, when):
    title = M.block_html(blocks[0], ST_WP, 0, di)
    body = M.body_html(blocks, ST_WP, di, skip={0})
    return """<!DOCTYPE html>
<html lang="it-IT"><head><meta charset="UTF-8" /><title>Informativa privacy &#8211; Museo Civico di Palazzo Ardenti</title>
<link rel="stylesheet" id="wp-block-library-css" href="https://www.palazzoardenti.it/wp-includes/css/dist/block-library/style.min.css?ver=%s" media="all" />
<script id="museo-ajax-js-extra">var museoAjax = {"ajaxurl":"https:\\/\\/www.palazzoardenti.it\\/wp-admin\\/admin-ajax.php","nonce":"%s"};</script></head>
<body class="privacy-policy page-template-default page page-id-3 wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group site-header"><p class="wp-block-site-title"><a href="https://www.palazzoardenti.it">Palazzo Ardenti</a></p>
<nav class="wp-block-navigation"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a href="https://www.palazzoardenti.it/collezioni/">Collezioni</a></li><li class="wp-block-navigation-item"><a href="https://www.palazzoardenti.it/visita/">Visita</a></li></ul></nav>
<div class="wp-block-group mostra-banner"><p>%s</p></div></div></header>
<main class="wp-block-group"><div class="wp-block-group alignwide">%s</div>
<div class="entry-content wp-block-post-content is-layout-constrained">%s</div></main>
<footer class="wp-block-template-part"><p>© Comune di Castelardo – Museo Civico di Palazzo Ardenti</p></footer></div>
<script src="https://www.palazzoardenti.it/wp-includes/js/dist/interactivity.min.js?ver=%s" id="wp-interactivity-js"></script></body></html>""" % (
        s["ver"], s["nonce"], s["mostra"], title, body, s["ver"])


# ---- phase 2: Drupal 10 with Bootstrap Italia
ST_BI = {"h1": '<h1 class="it-hero-title">{t}</h1>', "date": '<p class="it-hero-updated">{t}</p>',
         "ol": {"outer": '<div class="elenco-lettere">{items}</div>', "item": "<p>{a}) {t}</p>"},
         "ul": {"outer": '<ul class="link-list">{items}</ul>', "item": "<li><span>{t}</span></li>"},
         "email": "entities",
         "section": '<div class="accordion-item"><h2 class="accordion-header" id="heading-{k}"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#collapse-{k}" aria-expanded="false" aria-controls="collapse-{k}">{title}</button></h2>'
                    '<div id="collapse-{k}" class="accordion-collapse collapse" role="region" aria-labelledby="heading-{k}"><div class="accordion-body">{body}</div></div></div>'}


def r_d10(s, blocks, di, when):
    hero = M.block_html(blocks[0], ST_BI, 0, di) + (M.block_html(blocks[1], ST_BI, 1, di) if di == 1 else "")
    first = next(j for j, b in enumerate(blocks) if b[0] == "h2")
    intro = M.body_html(blocks, ST_BI, di, skip=set(range(0, 2 if di == 1 else 1)) | set(range(first, len(blocks))))
    acc = M.body_html(blocks, ST_BI, di, skip=set(range(first)))
    return """<!DOCTYPE html>
<html lang="it" dir="ltr"><head><meta charset="utf-8" /><title>Informativa privacy | Museo Civico di Palazzo Ardenti</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language=it&amp;theme=bootstrap_italia" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentLanguage":"it"},"ajaxPageState":{"libraries":"%s","theme":"museo_bi"}}</script></head>
<body class="path-node page-node-type-page"><div class="it-header-wrapper"><div class="it-header-slim-wrapper"><a href="https://www.comune.castelardo.bo.it">Comune di Castelardo</a></div>
<div class="it-header-center-wrapper"><div class="it-brand-wrapper"><a href="/">Museo Civico di Palazzo Ardenti</a></div></div><div class="it-header-navbar-wrapper"><a class="nav-link" href="/collezioni">Collezioni</a> <a class="nav-link" href="/visita">Visita</a></div></div>
<div class="alert alert-info mostra">%s</div>
<main><section class="it-hero-wrapper it-hero-small-size"><div class="it-hero-text-wrapper">%s</div></section>
<div class="container"><div class="row"><div class="col-lg-8 px-lg-4 py-lg-2"><div class="text-intro">%s</div>
<div class="accordion" id="accordion-privacy">%s</div></div></div></div></main>
<footer class="it-footer"><p>Comune di Castelardo – Museo Civico di Palazzo Ardenti – P.IVA 00512341207</p></footer>
<script src="/sites/default/files/js/js_%s.js"></script></body></html>""" % (
        s["css"], s["libs"], s["mostra"], hero, intro, acc, s["js"])


PHASES = [
    {"name": "Plone 4", "render": r_plone,
     "noise": {"auth": "nonce", "css": "build", "js": "build", "modified": ("pick", ["14/05/2018 12:03", "02/10/2018 09:47"], 0.1),
               "mostra": ("pick", MOSTRE, 0.3)},
     "declaration": {"select": ["h1.documentFirstHeading", "#content-core"]}},
    {"name": "WordPress with Gutenberg", "since": 0.36, "render": r_wp, "text": TEXTURIZE, "oracle_same": False,
     "markup": "Plone's byline gone, Gutenberg block classes, e-mail through antispambot (entities), wptexturize: curly apostrophes (dell’utente) and quotes",
     "noise": {"nonce": "nonce", "ver": "ver", "mostra": ("pick", MOSTRE, 0.3)},
     "declaration": {"select": [".wp-block-post-title", ".wp-block-post-content"]}},
    {"name": "Drupal 10 with Bootstrap Italia", "since": 0.7, "render": r_d10, "text": TEXTURIZE, "links": abs_link,
     "oracle_same": False,
     "markup": "title and date into an it-hero, sections in Bootstrap Italia accordions, the rights list as lettered paragraphs 'a)', links absolute",
     "noise": {"css": "nonce", "libs": "b64", "js": "build", "mostra": ("pick", MOSTRE, 0.3)},
     "declaration": {"select": [".it-hero-text-wrapper", ".text-intro", "#accordion-privacy"]}},
]

PAGE = {
    "service": "Museo Civico di Palazzo Ardenti", "url": "https://www.palazzoardenti.it/privacy",
    "start": dt.date(2019, 3, 1), "end": dt.date(2024, 12, 15), "n": 30, "hours": (2, 14),
    "policy": POLICY, "first_updated": dt.date(2018, 10, 2), "fmt_date": fmt_date,
    "edits": EDITS, "phases": PHASES,
    "labels": {"auth": "_authenticator", "css": "css cache key", "js": "js cache key", "modified": "Plone byline",
               "mostra": "exhibition banner", "nonce": "WP nonce", "ver": "asset version", "libs": "ajaxPageState libraries"},
}
