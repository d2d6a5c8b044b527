"""Scrivo (Scrivo S.r.l., Milano) - it-IT - an AI writing assistant for Italian businesses; WordPress + Elementor
site (Hello theme, WP Rocket cache), the privacy policy is iubenda's embedded policy (the DOM the iubenda script
injects into #iub-pp-container: iub_header, one_line_col sections, service boxes, iub_footer with "Ultima
modifica"), iubenda Cookie Solution banner, promo bar, latest-posts footer widget, WhatsApp chat button."""
import datetime as dt
import common as C

URL = "https://www.scrivo.ai/privacy-policy/"
MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MESI[d.month - 1], d.year)


POLICY = """
# Privacy Policy di **scrivo.ai**

Questa Applicazione raccoglie alcuni Dati Personali dei propri Utenti.

Questo documento può essere stampato utilizzando il comando di stampa presente nelle impostazioni di qualsiasi browser.

## Titolare del Trattamento dei Dati

@ Scrivo S.r.l.
@ Via Tortona 31, 20144 Milano (MI)
@ P.IVA 11834560962

**Indirizzo email del Titolare:** [privacy@scrivo.ai](mailto:privacy@scrivo.ai)

## Tipologie di Dati raccolti

Fra i Dati Personali raccolti da questa Applicazione, in modo autonomo o tramite terze parti, ci sono: nome; cognome; email; Dati di utilizzo; Strumenti di Tracciamento; Contenuti inseriti dall'Utente; dati di fatturazione; ragione sociale.

Dettagli completi su ciascuna tipologia di Dati Personali raccolti sono forniti nelle sezioni dedicate di questa privacy policy o mediante specifici testi informativi visualizzati prima della raccolta dei Dati stessi.

Il mancato conferimento da parte dell'Utente di Dati Personali obbligatori potrebbe impedire a questa Applicazione di fornire il Servizio. L'Utente si assume la responsabilità dei Dati Personali di terzi ottenuti, pubblicati o condivisi mediante questa Applicazione.

## Modalità e luogo del trattamento dei Dati raccolti

### Modalità di trattamento

Il Titolare adotta le opportune misure di sicurezza volte ad impedire l'accesso, la divulgazione, la modifica o la distruzione non autorizzate dei Dati Personali. Il trattamento viene effettuato mediante strumenti informatici e/o telematici, con modalità organizzative e con logiche strettamente correlate alle finalità indicate.

### Luogo

I Dati sono trattati presso le sedi operative del Titolare ed in ogni altro luogo in cui le parti coinvolte nel trattamento siano localizzate. Per ulteriori informazioni, contatta il Titolare.

### Periodo di conservazione

I Dati sono trattati e conservati per il tempo richiesto dalle finalità per le quali sono stati raccolti. I testi generati e i Contenuti inseriti dall'Utente sono conservati fino alla cancellazione dell'account. I dati di fatturazione sono conservati per dieci anni, come previsto dalla normativa fiscale.

## Finalità del Trattamento dei Dati raccolti

I Dati dell'Utente sono raccolti per consentire al Titolare di fornire il Servizio, adempiere agli obblighi di legge, rispondere a richieste o azioni esecutive, tutelare i propri diritti ed interessi (o quelli di Utenti o di terze parti), individuare eventuali attività dolose o fraudolente, nonché per le seguenti finalità: Registrazione ed autenticazione; Generazione di testi tramite intelligenza artificiale; Hosting ed infrastruttura backend; Gestione dei pagamenti; Statistica; Contattare l'Utente.

## Dettagli sul trattamento dei Dati Personali

I Dati Personali sono raccolti per le seguenti finalità ed utilizzando i seguenti servizi:

### Generazione di testi tramite intelligenza artificiale

Questo tipo di servizi consente a questa Applicazione di elaborare i testi, le istruzioni e i documenti inseriti dall'Utente (i cosiddetti prompt) mediante modelli linguistici di terze parti, al fine di generare bozze, riassunti e traduzioni.

**OpenAI API (OpenAI, L.L.C.)**: servizio di elaborazione del linguaggio naturale fornito da OpenAI, L.L.C. I Contenuti inviati tramite API non sono utilizzati da OpenAI per addestrare i propri modelli e sono conservati per un massimo di 30 giorni a fini di monitoraggio degli abusi. Dati Personali trattati: Contenuti inseriti dall'Utente; Dati di utilizzo. Luogo del trattamento: Stati Uniti.

### Hosting ed infrastruttura backend

**Amazon Web Services (AWS) (Amazon Web Services EMEA SARL)**: servizio di hosting fornito da Amazon Web Services EMEA SARL. Dati Personali trattati: varie tipologie di Dati secondo quanto specificato dalla privacy policy del servizio. Luogo del trattamento: Germania.

### Gestione dei pagamenti

**Stripe (Stripe Payments Europe Ltd)**: servizio di pagamento fornito da Stripe Payments Europe Limited. Dati Personali trattati: dati di fatturazione; email; nome; cognome. Luogo del trattamento: Unione Europea.

### Statistica

**Google Analytics 4 (Google Ireland Limited)**: servizio di analisi web fornito da Google Ireland Limited. In Google Analytics 4, gli indirizzi IP vengono utilizzati al momento della raccolta e poi eliminati prima che i dati vengano registrati. Dati Personali trattati: Dati di utilizzo; Strumenti di Tracciamento. Luogo del trattamento: Irlanda.

## Diritti dell'Utente

Gli Utenti possono esercitare determinati diritti con riferimento ai Dati trattati dal Titolare. In particolare, nei limiti previsti dalla legge, l'Utente ha il diritto di:

- revocare il consenso in ogni momento;
- opporsi al trattamento dei propri Dati;
- accedere ai propri Dati;
- verificare e chiedere la rettificazione;
- ottenere la limitazione del trattamento;
- ottenere la cancellazione o rimozione dei propri Dati Personali;
- ricevere i propri Dati o farli trasferire ad altro titolare;
- proporre reclamo all'autorità di controllo della protezione dei dati personali competente (in Italia, il Garante per la protezione dei dati personali) o agire in sede giudiziale.

Per esercitare i propri diritti, gli Utenti possono indirizzare una richiesta ai recapiti del Titolare indicati in questo documento. La richiesta è gratuita e il Titolare risponderà nel più breve tempo possibile, in ogni caso entro un mese.

## Minori

Il Servizio non è destinato a minori di 14 anni. Il Titolare non raccoglie consapevolmente Dati Personali di minori di 14 anni, in conformità all'articolo 2-quinquies del Codice in materia di protezione dei dati personali.

## Ulteriori informazioni sul trattamento

### Difesa in giudizio

I Dati Personali dell'Utente possono essere utilizzati da parte del Titolare in giudizio o nelle fasi preparatorie alla sua eventuale instaurazione per la difesa da abusi nell'utilizzo di questa Applicazione o dei Servizi connessi da parte dell'Utente. L'Utente dichiara di essere consapevole che il Titolare potrebbe essere obbligato a rivelare i Dati per ordine delle autorità pubbliche.

### Log di sistema e manutenzione

Per necessità legate al funzionamento ed alla manutenzione, questa Applicazione e gli eventuali servizi terzi da essa utilizzati potrebbero raccogliere log di sistema, ossia file che registrano le interazioni e che possono contenere anche Dati Personali, quali l'indirizzo IP Utente.

### Informazioni non contenute in questa policy

Ulteriori informazioni in relazione al trattamento dei Dati Personali potranno essere richieste in qualsiasi momento al Titolare del Trattamento utilizzando gli estremi di contatto.

## Cookie Policy

Questa Applicazione fa utilizzo di Strumenti di Tracciamento. Per saperne di più, l'Utente può consultare la [Cookie Policy](https://www.iubenda.com/privacy-policy/48210377/cookie-policy).

## Modifiche a questa privacy policy

Il Titolare del Trattamento si riserva il diritto di apportare modifiche alla presente privacy policy in qualunque momento notificandolo agli Utenti su questa pagina e, se possibile, su questa Applicazione nonché, qualora tecnicamente e legalmente fattibile, inviando una notifica agli Utenti attraverso uno degli estremi di contatto di cui è in possesso.

Ultima modifica: {UPDATED}
"""

EDITS = [
    {"note": "new custom section 'Addestramento dei modelli' (user content never used for training; opt-in 'Migliora Scrivo' for anonymised feedback)",
     "repl": [("## Diritti dell'Utente",
               "## Addestramento dei modelli\n\nIl Titolare non utilizza i Contenuti inseriti dall'Utente né i testi generati per addestrare modelli di intelligenza artificiale. Se l'Utente attiva l'opzione facoltativa «Migliora Scrivo», il Titolare può utilizzare in forma anonimizzata le valutazioni espresse sui testi generati (pollice su o giù e commenti) per migliorare le istruzioni fornite ai modelli. Il consenso può essere revocato in ogni momento dalle impostazioni dell'account.\n\n## Diritti dell'Utente")]},
    {"note": "new AI provider: Anthropic API (Claude) added under 'Generazione di testi'",
     "repl": [("Luogo del trattamento: Stati Uniti.\n\n### Hosting ed infrastruttura backend",
               "Luogo del trattamento: Stati Uniti.\n\n**Anthropic API (Anthropic, PBC)**: servizio di elaborazione del linguaggio naturale fornito da Anthropic, PBC, che consente di utilizzare i modelli Claude. I Contenuti inviati tramite API non sono utilizzati per l'addestramento dei modelli. Dati Personali trattati: Contenuti inseriti dall'Utente; Dati di utilizzo. Luogo del trattamento: Stati Uniti.\n\n### Hosting ed infrastruttura backend")]},
    {"note": "retention: generated texts deleted 90 days after account closure; prompts sent to providers kept max 30 days",
     "repl": [("I testi generati e i Contenuti inseriti dall'Utente sono conservati fino alla cancellazione dell'account.",
               "I testi generati e i Contenuti inseriti dall'Utente sono conservati per tutta la durata dell'account e cancellati entro 90 giorni dalla sua chiusura. Le copie dei Contenuti trasmesse ai fornitori di modelli linguistici sono conservate da questi ultimi per un massimo di 30 giorni.")]},
    {"note": "iubenda template update: rights heading now 'sulla base del ... (GDPR)', new bullet on legal bases of transfers abroad - owner's 'Ultima modifica' not changed", "bump": False,
     "repl": [("Gli Utenti possono esercitare determinati diritti con riferimento ai Dati trattati dal Titolare. In particolare, nei limiti previsti dalla legge, l'Utente ha il diritto di:",
               "Gli Utenti possono esercitare determinati diritti con riferimento ai Dati trattati dal Titolare. In particolare, nei limiti previsti dalla legge, l'Utente ha il diritto di:\n\n- ottenere informazioni sulle basi giuridiche dei trasferimenti di Dati all'estero;"),
              ("## Diritti dell'Utente", "## Diritti dell'Utente sulla base del Regolamento Generale sulla Protezione dei Dati (GDPR)")]},
    {"note": "OpenAI API replaced by Azure OpenAI Service (Microsoft Ireland, Sweden Central): processing moved into the EU",
     "repl": [("**OpenAI API (OpenAI, L.L.C.)**: servizio di elaborazione del linguaggio naturale fornito da OpenAI, L.L.C. I Contenuti inviati tramite API non sono utilizzati da OpenAI per addestrare i propri modelli e sono conservati per un massimo di 30 giorni a fini di monitoraggio degli abusi. Dati Personali trattati: Contenuti inseriti dall'Utente; Dati di utilizzo. Luogo del trattamento: Stati Uniti.",
               "**Azure OpenAI Service (Microsoft Ireland Operations Limited)**: servizio di elaborazione del linguaggio naturale fornito da Microsoft Ireland Operations Limited, che consente di utilizzare i modelli di OpenAI su infrastruttura Microsoft. I Contenuti non sono utilizzati per addestrare i modelli e sono trattati nella regione Svezia centrale. Dati Personali trattati: Contenuti inseriti dall'Utente; Dati di utilizzo. Luogo del trattamento: Svezia.")]},
    {"note": "controller moved (Via Tortona 31 -> Corso Como 15); EU AI Act notice that texts are AI-generated",
     "repl": [("@ Via Tortona 31, 20144 Milano (MI)", "@ Corso Como 15, 20154 Milano (MI)"),
              ("al fine di generare bozze, riassunti e traduzioni.",
               "al fine di generare bozze, riassunti e traduzioni. In conformità al Regolamento (UE) 2024/1689 (AI Act), l'Utente è informato che i testi sono generati da un sistema di intelligenza artificiale e deve verificarli prima dell'uso.")]},
]

POSTS = [("Come scrivere una newsletter con l'AI", "newsletter-ai"), ("Schede prodotto per e-commerce in 5 minuti", "schede-prodotto"),
         ("AI Act: cosa cambia per le PMI", "ai-act-pmi"), ("10 prompt per il marketing B2B", "prompt-marketing-b2b"),
         ("Scrivo e WordPress: la nuova integrazione", "integrazione-wordpress"), ("Tono di voce: come addestrare lo stile del brand", "tono-di-voce"),
         ("Comunicati stampa con l'intelligenza artificiale", "comunicati-stampa")]
PROMOS = ["Prova Scrivo Pro gratis per 14 giorni", "Nuovo: integrazione con WordPress e Shopify", "Webinar gratuito: l'AI per il tuo e-commerce",
          "Black Friday: -50% sul piano annuale"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["nonce"] = (C.hexs(rng, 10), C.hexs(rng, 10))
    s["rocket"] = C.epoch(when) - rng.randint(60, 36000)
    s["posts"] = C.keep_or(rng, prev.get("posts"), 0.5, lambda: tuple(sorted(rng.sample(range(len(POSTS)), 3))))
    s["promo"] = PROMOS[3] if when.month == 11 and when.day >= 18 else C.keep_or(rng, prev.get("promo") if prev.get("promo") != PROMOS[3] else None, 0.3, lambda: rng.choice(PROMOS[:3]))
    s["iubcs"] = C.keep_or(rng, prev.get("iubcs"), 0.25, lambda: "%d.%d" % (rng.randint(1, 3), rng.randint(0, 40)))
    s["elementor"] = C.keep_or(rng, prev.get("elementor"), 0.2, lambda: "3.%d.%d" % (rng.randint(12, 28), rng.randint(0, 5)))
    return s


LABELS = {
    "nonce": "WordPress REST nonce and Elementor frontend nonce",
    "rocket": "WP Rocket cache timestamp comment",
    "posts": "'Ultimi articoli' footer widget",
    "promo": "top promo bar",
    "iubcs": "iubenda Cookie Solution script version",
    "elementor": "Elementor version in asset query strings",
}


def iub_body(blocks):
    """iubenda's embedded markup: header, then one_line_col sections; service paragraphs in boxes."""
    head, secs = C.split_sections(blocks[1:])
    out = ['<div class="iub_header"><h1>%s</h1>%s</div>' % (C.inline_html(blocks[0][1]), C.blocks_html(head, sep=""))]
    for title, bl in secs:
        if title.startswith("Dettagli sul trattamento"):
            inner, groups = [], C.under_headings(bl[1:], "h3")
            intro = C.block_html(bl[0])
            for h3, gb in groups:
                items = "".join('<li><div class="wrap">%s</div></li>' % C.block_html(b) for b in gb)
                inner.append('<li class="for_boxes__item"><div class="iconed policyicon_purpose_%d"><h3>%s</h3><ul class="unstyled">%s</ul></div></li>'
                             % (len(h3) % 40 + 1, C.inline_html(h3), items))
            out.append('<div class="one_line_col"><h2>%s</h2>%s<ul class="for_boxes cf">%s</ul></div>' % (C.inline_html(title), intro, "".join(inner)))
        else:
            out.append('<div class="one_line_col"><h2>%s</h2>%s</div>' % (C.inline_html(title), C.blocks_html(bl, sep="")))
    last = out[-1]
    return "".join(out[:-1]), last


def render(s, blocks, when):
    n1, n2 = s["nonce"]
    ev = s["elementor"]
    # the last paragraph (Ultima modifica) sits in iubenda's footer box
    body, lastsec = iub_body(blocks[:-1])
    updated = blocks[-1][1]
    iub = ('<div id="iub-pp-container"><div id="iubenda_policy" class="iubenda_fluid_policy iubenda_embed_policy "><div id="wbars_all"><div class="iub_container iub_base_container">'
           '<div id="wbars"><div class="iub_content legal_pp">%s%s<div class="iub_footer"><p>%s</p></div></div></div></div></div></div></div>'
           % (body, lastsec, C.html.escape(updated, quote=False)))
    posts = "".join('<article class="elementor-post elementor-grid-item post type-post status-publish"><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="https://www.scrivo.ai/blog/%s/">%s</a></h3></div></article>'
                    % (POSTS[k][1], POSTS[k][0]) for k in s["posts"])
    header = ('<div class="elementor elementor-1876 elementor-location-header" data-elementor-type="header" data-elementor-id="1876" data-elementor-post-type="elementor_library">'
              '<div class="elementor-element elementor-element-3f9c2a1 e-flex e-con-boxed e-con e-parent" data-id="3f9c2a1" data-element_type="container"><div class="e-con-inner">'
              '<div class="elementor-element elementor-element-7d2e4b0 elementor-widget elementor-widget-text-editor promo-bar" data-id="7d2e4b0" data-widget_type="text-editor.default"><div class="elementor-widget-container"><p><a href="https://app.scrivo.ai/registrati">%s</a></p></div></div></div></div>'
              '<div class="elementor-element elementor-element-a81c5e2 e-flex e-con-boxed e-con e-parent" data-id="a81c5e2" data-element_type="container"><div class="e-con-inner">'
              '<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image" data-id="c42b7f1"><div class="elementor-widget-container"><a href="https://www.scrivo.ai"><img width="150" height="40" src="https://www.scrivo.ai/wp-content/uploads/2023/02/scrivo-logo.svg" class="attachment-full size-full" alt="Scrivo"></a></div></div>'
              '<div class="elementor-element elementor-widget elementor-widget-nav-menu" data-id="e0d8a93"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-e0d8a93" class="elementor-nav-menu">'
              '<li class="menu-item"><a href="https://www.scrivo.ai/funzionalita/" class="elementor-item">Funzionalità</a></li><li class="menu-item"><a href="https://www.scrivo.ai/prezzi/" class="elementor-item">Prezzi</a></li>'
              '<li class="menu-item"><a href="https://www.scrivo.ai/blog/" class="elementor-item">Blog</a></li><li class="menu-item"><a href="https://www.scrivo.ai/chi-siamo/" class="elementor-item">Chi siamo</a></li></ul></nav></div></div>'
              '<div class="elementor-element elementor-widget elementor-widget-button" data-id="5b1f0e7"><div class="elementor-widget-container"><a class="elementor-button elementor-button-link elementor-size-sm" href="https://app.scrivo.ai/accedi"><span class="elementor-button-text">Accedi</span></a></div></div></div></div></div>' % s["promo"])
    content = ('<main id="content" class="site-main post-1043 page type-page status-publish hentry"><div class="page-content">'
               '<div data-elementor-type="wp-page" data-elementor-id="1043" class="elementor elementor-1043" data-elementor-post-type="page">'
               '<div class="elementor-element elementor-element-61e2d0a e-flex e-con-boxed e-con e-parent" data-id="61e2d0a" data-element_type="container"><div class="e-con-inner">'
               '<div class="elementor-element elementor-element-2c7a9f3 elementor-widget elementor-widget-html" data-id="2c7a9f3" data-element_type="widget" data-widget_type="html.default"><div class="elementor-widget-container">'
               '<a href="https://www.iubenda.com/privacy-policy/48210377" class="iubenda-white no-brand iubenda-noiframe iubenda-embed iub-body-embed iub-legal-only iubenda-noiframe" title="Privacy Policy">Privacy Policy</a>'
               '%s</div></div></div></div></div></div></main>' % iub)
    footer = ('<div class="elementor elementor-1911 elementor-location-footer" data-elementor-type="footer" data-elementor-id="1911"><div class="elementor-element e-con-full e-flex e-con e-parent" data-id="9e3b1c4">'
              '<div class="elementor-element elementor-widget elementor-widget-posts" data-id="f37a2c8" data-widget_type="posts.classic"><div class="elementor-widget-container"><h4>Ultimi articoli</h4><div class="elementor-posts-container elementor-posts elementor-grid">%s</div></div></div>'
              '<div class="elementor-element elementor-widget elementor-widget-text-editor" data-id="1c0e8d2"><div class="elementor-widget-container"><p>Scrivo S.r.l. \u2013 P.IVA 11834560962 \u2013 Capitale sociale \u20ac 10.000 i.v. \u2013 REA MI-2631874</p>'
              '<p><a href="/privacy-policy/">Privacy Policy</a> | <a href="/cookie-policy/">Cookie Policy</a> | <a href="/termini-e-condizioni/">Termini e condizioni</a> | <a href="#" class="iubenda-cs-preferences-link">Preferenze cookie</a></p></div></div></div></div>' % posts)
    wa = ('<div class="joinchat joinchat--right" data-settings=\'{"telephone":"393401234567","mobile_only":false,"button_delay":3,"message_delay":10}\'><div class="joinchat__button"><div class="joinchat__button__open"></div>'
          '<div class="joinchat__button__sendtext">Scrivici su WhatsApp</div></div></div>')
    return ('<!doctype html>\n<html lang="it-IT">\n<head>\n\t<meta charset="UTF-8">\n\t<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>Privacy Policy - Scrivo</title>\n<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">\n'
            '<link rel="canonical" href="%s">\n<meta property="og:locale" content="it_IT">\n'
            '<script type="text/javascript">var _iub = _iub || [];_iub.csConfiguration = {"askConsentAtCookiePolicyUpdate":true,"enableFadp":true,"lang":"it","perPurposeConsent":true,"siteId":3198765,"cookiePolicyId":48210377,"banner":{"acceptButtonDisplay":true,"closeButtonRejects":true,"customizeButtonDisplay":true,"position":"float-bottom-center"}};</script>\n'
            '<script type="text/javascript" src="https://cs.iubenda.com/autoblocking/3198765.js"></script>\n<script type="text/javascript" src="//cdn.iubenda.com/cs/iubenda_cs.js?v=%s" charset="UTF-8" async></script>\n'
            '<link rel="stylesheet" id="elementor-frontend-css" href="https://www.scrivo.ai/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=%s" media="all">\n'
            '<script id="wp-api-fetch-js-after">wp.apiFetch.use( wp.apiFetch.createNonceMiddleware( "%s" ) );</script>\n'
            '</head>\n<body class="privacy-policy page-template-default page page-id-1043 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-1043">\n'
            '<a class="skip-link screen-reader-text" href="#content">Vai al contenuto</a>\n%s\n%s\n%s\n%s\n'
            '<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false,"isScriptDebug":false},"i18n":{"shareOnFacebook":"Condividi su Facebook"},"version":"%s","urls":{"assets":"https:\\/\\/www.scrivo.ai\\/wp-content\\/plugins\\/elementor\\/assets\\/"},"nonce":"%s","post":{"id":1043,"title":"Privacy%%20Policy%%20-%%20Scrivo"}};</script>\n'
            '<script src="https://cdn.iubenda.com/iubenda.js" async></script>\n</body>\n</html>\n'
            '<!-- This website is like a Rocket, isn\'t it? Performance optimized by WP Rocket. Learn more: https://wp-rocket.me - Debug: cached@%d -->\n'
            % (URL, s["iubcs"], ev, n1, header, content, footer, wa, ev, n2, s["rocket"]))


def gold_md(blocks):
    return C.blocks_md(blocks, URL)


PAGE = {
    "service": "Scrivo", "url": URL, "lang": "it-IT", "platform": "WordPress + Elementor, iubenda embedded policy",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("server", "nginx"), ("link", '<https://www.scrivo.ai/wp-json/>; rel="https://api.w.org/"')),
    "n": 29, "start": dt.date(2023, 3, 20), "end": dt.date(2026, 4, 30),
    "policy": POLICY, "first_updated": dt.date(2023, 2, 8), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".iub_content"]},
}
