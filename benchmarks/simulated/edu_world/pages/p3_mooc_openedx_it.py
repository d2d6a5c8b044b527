"""ApertaMente (MOOC, Bologna) - it-IT - Open edX LMS static template (/privacy) with a comprehensive theme (Indigo
fork): one flat <section class="container about"> holding the privacy notice followed by the cookie notice (its own
document, with its own cookie table edits), tracked with a range selector; an "In evidenza" aside with live
enrolment counts placed inside the section; csrftoken in the language form, hashed static assets (Django
ManifestStaticFilesStorage), the release line meta, Open edX upgrades (Nutmeg -> Olive -> Quince -> Redwood ->
Sumac) and a 2024 theme header rewrite."""
import datetime as dt
import html
import json
import common as C

URL = "https://corsi.apertamente.it/privacy"
MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MESI[d.month - 1], d.year)


POLICY = """
# Informativa sulla privacy

Ultimo aggiornamento: {UPDATED}

La presente informativa, resa ai sensi degli articoli 13 e 14 del Regolamento (UE) 2016/679 (GDPR), descrive come ApertaMente tratta i dati personali degli utenti che si registrano alla piattaforma e seguono i corsi online.

## Titolare del trattamento

Il titolare del trattamento è ApertaMente Società Benefit S.r.l., via dell'Indipendenza 24, 40121 Bologna, P.IVA 03912480376.

Il Responsabile della protezione dei dati (RPD) può essere contattato all'indirizzo [rpd@apertamente.it](mailto:rpd@apertamente.it).

## Dati trattati

- dati di registrazione: nome utente, nome e cognome, indirizzo email, anno di nascita, livello di istruzione;
- dati di apprendimento: iscrizioni ai corsi, progressi, risposte a esercizi e quiz, messaggi nei forum di discussione;
- dati per i certificati verificati: documento d'identità e fotografia, quando l'utente richiede un certificato verificato;
- dati tecnici: indirizzo IP, tipo di browser, registri di accesso.

## Finalità e basi giuridiche

I dati di registrazione e di apprendimento sono trattati per erogare i corsi e rilasciare gli attestati (esecuzione del contratto). I dati tecnici sono trattati per garantire la sicurezza della piattaforma (legittimo interesse).

Con il consenso dell'utente, l'indirizzo email è utilizzato per inviare la newsletter con i nuovi corsi.

I dati per i certificati verificati sono usati solo per confermare l'identità dell'utente e vengono cancellati dopo la verifica.

## Destinatari

I dati sono trattati da personale autorizzato e dai seguenti responsabili del trattamento:

- OVHcloud (hosting della piattaforma, data center in Francia);
- Mailchimp (The Rocket Science Group LLC) per l'invio della newsletter;
- le università partner che erogano il corso, limitatamente ai dati dei propri iscritti.

## Conservazione

I dati dell'account sono conservati fino alla cancellazione dell'account o dopo 24 mesi di inattività. I certificati rilasciati restano verificabili per 10 anni.

## Diritti dell'interessato

L'utente può esercitare i diritti di cui agli articoli 15-22 del GDPR scrivendo al RPD e ha il diritto di proporre reclamo al [Garante per la protezione dei dati personali](https://www.garanteprivacy.it).
"""

EDITS = [
    {"note": "processor added to the recipients list (Vimeo for lecture videos)",
     "repl": [("- Mailchimp (The Rocket Science Group LLC)", "- Vimeo.com, Inc. per la distribuzione dei video delle lezioni;\n- Mailchimp (The Rocket Science Group LLC)")]},
    {"note": "retention: inactive accounts deleted after 36 months instead of 24",
     "repl": [("dopo 24 mesi di inattività", "dopo 36 mesi di inattività")]},
    {"note": "sentence on verified-certificate data reworded (silent, date kept)", "bump": False,
     "repl": [("I dati per i certificati verificati sono usati solo per confermare l'identità dell'utente e vengono cancellati dopo la verifica.",
               "Il documento d'identità e la fotografia sono usati esclusivamente per confermare l'identità dell'utente e sono cancellati entro 30 giorni dalla verifica.")]},
    {"note": "new section on online proctoring of final exams",
     "repl": [("## Destinatari", "## Esami sorvegliati online\n\nPer alcuni corsi con crediti universitari l'esame finale è sorvegliato a distanza: durante la prova sono registrati video, audio e schermo dell'utente. Le registrazioni sono conservate per 60 giorni e visionate solo in caso di segnalazione.\n\n## Destinatari")]},
    {"note": "DPO mailbox changed and Garante link now points to the complaint page",
     "repl": [("[rpd@apertamente.it](mailto:rpd@apertamente.it)", "[dpo@apertamente.it](mailto:dpo@apertamente.it)"),
              ("(https://www.garanteprivacy.it)", "(https://www.garanteprivacy.it/home/docweb/-/docweb-display/docweb/4535524)")]},
]

COURSES = [("Introduzione al diritto dell'Unione europea", "course-v1:UniBo+DUE101+2023"),
           ("Statistica per tutti", "course-v1:ApertaMente+STAT01+2024"),
           ("Storia dell'arte medievale", "course-v1:UniFi+ARTMED+2023"),
           ("Python per l'analisi dei dati", "course-v1:PoliMi+PYDATA+2024"),
           ("Italiano per stranieri A2", "course-v1:UniPg+ITA-A2+2024"),
           ("Sostenibilità e agenda 2030", "course-v1:ApertaMente+SDG30+2023")]
RELEASES = [(dt.datetime(2021, 1, 1), "maple"), (dt.datetime(2021, 12, 20), "nutmeg"), (dt.datetime(2023, 1, 10), "olive"),
            (dt.datetime(2024, 1, 22), "quince"), (dt.datetime(2024, 7, 1), "redwood"), (dt.datetime(2025, 1, 15), "sumac"),
            (dt.datetime(2025, 7, 20), "teak")]
COOKIE_ROWS = [("csrftoken", "tecnico", "protezione delle richieste dai siti di terze parti", "1 anno"),
               ("sessionid", "tecnico", "sessione dell'utente autenticato", "2 settimane"),
               ("edxloggedin", "tecnico", "indica al sito che l'utente ha effettuato l'accesso", "sessione"),
               ("openedx-language-preference", "tecnico", "lingua scelta dall'utente", "1 anno"),
               ("_ga", "statistico", "Google Analytics, con consenso", "13 mesi"),
               ("_hjSessionUser", "statistico", "Hotjar, con consenso", "12 mesi")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["csrf"] = C.alnum(rng, 64)
    rel = [r for d, r in RELEASES if when >= d][-1]
    s["release"] = rel
    s["static"] = C.keep_or(rng, prev.get("static") if prev.get("release") == rel else None, 0.2,
                            lambda: (C.hexs(rng, 12), C.hexs(rng, 12), C.hexs(rng, 20)))
    s["featured"] = C.keep_or(rng, prev.get("featured"), 0.5, lambda: tuple(rng.sample(range(len(COURSES)), 3)))
    base = 1800 + (when - dt.datetime(2021, 1, 1)).days * 9
    s["enrolments"] = tuple(base * (k + 2) // 3 + rng.randint(0, 400) for k in s["featured"])
    s["cookie_rows"] = 6 if when >= dt.datetime(2023, 5, 2) else 5
    s["segment"] = C.uuid4(rng)
    return s


LABELS = {
    "csrf": "per-visit csrfmiddlewaretoken (language form)",
    "release": "Open edX release upgrade (release-line meta, theme header markup)",
    "static": "hashed static asset names (collectstatic)",
    "featured": "'In evidenza' featured courses aside inside the page section",
    "enrolments": "live enrolment counts of featured courses",
    "cookie_rows": "cookie notice (next document on the page) gains a Hotjar row",
    "segment": "per-visit anonymous analytics id in page script",
}


def blk(b):
    """The theme's hand-written static template markup: every block on its own line (the page is flat)."""
    kind, v = b
    if kind in ("h1", "h2", "h3"):
        return "<%s>%s</%s>\n" % (kind, C.inline_html(v), kind)
    if kind == "p":
        return "<p>%s</p>\n" % C.inline_html(v)
    if kind in ("ul", "ol"):
        return "<%s>\n%s</%s>\n" % (kind, "".join("  <li>%s</li>\n" % C.inline_html(x) for x in v), kind)
    raise ValueError(kind)


def render(s, blocks, when):
    css_h, js_h, bundle = s["static"]
    rel = s["release"]
    new_header = rel in ("redwood", "sumac", "teak")
    aside = ('<aside class="featured-courses" aria-label="Corsi in evidenza">\n<h3 class="featured-title">In evidenza</h3>\n<ul class="courses-listing">\n%s</ul>\n</aside>\n'
             % "".join('<li class="courses-listing-item"><article class="course" id="%s" role="region" aria-label="%s">'
                       '<a href="/courses/%s/about"><div class="course-info"><h4 class="course-title">%s</h4>'
                       '<p class="course-enrolments">%s iscritti</p></div></a></article></li>\n'
                       % (COURSES[k][1], html.escape(COURSES[k][0]), COURSES[k][1], html.escape(COURSES[k][0]),
                          "{:,}".format(n).replace(",", "."))
                       for k, n in zip(s["featured"], s["enrolments"])))
    body = blk(blocks[0]) + aside + "".join(blk(b) for b in blocks[1:])
    rows = COOKIE_ROWS[:s["cookie_rows"]]
    cookie = ('<h2 id="cookie-policy">Informativa sui cookie</h2>\n'
              '<p>La piattaforma utilizza cookie tecnici, necessari al funzionamento, e, solo con il consenso dell\'utente, cookie statistici.</p>\n'
              '<table class="cookie-table">\n<thead>\n<tr>\n<th>Nome</th>\n<th>Tipo</th>\n<th>Finalità</th>\n<th>Durata</th>\n</tr>\n</thead>\n<tbody>\n%s</tbody>\n</table>\n'
              '<p>Le preferenze possono essere modificate in ogni momento dal link &laquo;Preferenze cookie&raquo; a piè di pagina.</p>\n'
              % "".join("<tr>\n<td>%s</td>\n<td>%s</td>\n<td>%s</td>\n<td>%s</td>\n</tr>\n" % tuple(html.escape(x) for x in r) for r in rows))
    if new_header:
        header = ('<header class="site-header-desktop" data-theme="apertamente">\n<a class="nav-skip sr-only sr-only-focusable" href="#main">Salta al contenuto principale</a>\n'
                  '<div class="container-fluid null"><div class="nav-container position-relative d-flex align-items-center">'
                  '<a class="logo" href="https://apertamente.it"><img class="d-block" src="/static/apertamente/images/logo.%s.svg" alt="ApertaMente"></a>'
                  '<nav aria-label="Principale" class="nav main-nav"><a class="nav-link" href="/courses">Esplora i corsi</a><a class="nav-link" href="https://apertamente.it/universita">Università partner</a></nav>'
                  '<nav aria-label="Secondario" class="nav secondary-menu-container align-items-center ml-auto">'
                  '<a class="btn mr-2 btn-outline-primary" href="/register?next=%%2Fprivacy">Registrati</a><a class="btn btn-primary" href="/login?next=%%2Fprivacy">Accedi</a></nav>'
                  '</div></div>\n</header>\n' % css_h[:8])
    else:
        header = ('<a class="nav-skip sr-only sr-only-focusable" href="#main">Salta al contenuto principale</a>\n'
                  '<header class="global-header ">\n<div class="main-header">\n<div class="container">\n'
                  '<h1 class="header-logo"><a href="/"><img class="logo" src="/static/apertamente/images/logo.%s.png" alt="ApertaMente Home Page"/></a></h1>\n'
                  '<nav class="nav-links" aria-label="Principale"><div class="main"><div class="mobile-nav-item hidden-mobile nav-item nav-tab"><a href="/courses">Esplora i corsi</a></div></div>\n'
                  '<div class="secondary"><div class="mobile-nav-item hidden-mobile nav-item"><a class="register-btn btn" href="/register?next=%%2Fprivacy">Registrati</a></div>'
                  '<div class="mobile-nav-item hidden-mobile nav-item"><a class="sign-in-btn btn" href="/login?next=%%2Fprivacy">Accedi</a></div></div></nav>\n'
                  '</div>\n</div>\n</header>\n' % css_h[:8])
    ctx = {"course_id": None, "user_id": None, "anonymous_id": s["segment"], "org": None, "release": rel}
    return ('<!DOCTYPE html>\n<!--[if lte IE 9]><html class="ie ie9 lte9" lang="it-it"><![endif]-->\n'
            '<!--[if !IE]><!--><html lang="it-it"><!--<![endif]-->\n<head dir="ltr">\n<meta charset="UTF-8">\n'
            '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>Informativa sulla privacy | ApertaMente</title>\n'
            '<script type="text/javascript">\n/* immediately break out of an iframe if coming from the marketing website */\n'
            '(function(window) {\n  if (window.location !== window.top.location) {\n    window.top.location = window.location;\n  }\n})(this);\n</script>\n'
            '<script type="text/javascript" src="/static/js/i18n/it-it/djangojs.%s.js"></script>\n'
            '<link rel="icon" type="image/x-icon" href="/static/apertamente/images/favicon.%s.ico" />\n'
            '<link href="/static/apertamente/css/lms-main-v1.%s.css" rel="stylesheet" type="text/css" />\n'
            '<script type="text/javascript" src="/static/bundles/commons.%s.js" charset="utf-8"></script>\n'
            '<script type="text/javascript" src="/static/js/ie11_find_array.%s.js" charset="utf-8"></script>\n'
            '<meta name="path_prefix" content="">\n<meta name="openedx-release-line" content="%s" />\n'
            '<script type="text/javascript">var analyticsContext = %s;</script>\n'
            '</head>\n\n<body class="ltr static_pages view-privacy lang_it-it">\n<div id="page-prompt"></div>\n'
            '<div class="window-wrap" dir="ltr">\n%s'
            '<div class="marketing-hero"></div>\n'
            '<div class="content-wrapper main-container" id="content" dir="ltr">\n'
            '<main id="main" aria-label="Content" tabindex="-1">\n'
            '<section class="container about">\n%s%s</section>\n'
            '</main>\n</div>\n\n'
            '<div class="wrapper wrapper-footer">\n<footer id="footer-openedx" class="grid-container" role="contentinfo">\n'
            '<div class="colophon">\n<nav class="nav-colophon" aria-label="Informazioni">\n<ol>\n'
            '<li class="nav-colophon-01"><a id="about" href="/about">Chi siamo</a></li>\n'
            '<li class="nav-colophon-02"><a id="contact" href="/contact">Contatti</a></li>\n'
            '<li class="nav-colophon-03"><a id="faq" href="/faq">Domande frequenti</a></li>\n</ol>\n</nav>\n'
            '<div class="wrapper-logo"><p><a href="/"><img alt="organization logo" src="/static/apertamente/images/logo.%s.png"></a></p></div>\n'
            '<p class="copyright">&copy; ApertaMente Società Benefit S.r.l. Tutti i diritti riservati, salvo dove diversamente indicato. EdX, Open edX e i loghi Open edX sono marchi registrati di edX Inc.</p>\n'
            '<nav class="nav-legal" aria-label="Note legali"><ul>\n<li class="nav-legal-01"><a href="/tos">Termini di servizio</a></li>\n'
            '<li class="nav-legal-02"><a href="/privacy">Informativa sulla privacy</a></li>\n<li class="nav-legal-03"><a href="/honor">Codice d\'onore</a></li>\n'
            '<li class="nav-legal-04"><a href="#" class="cc-revoke">Preferenze cookie</a></li>\n</ul>\n</nav>\n</div>\n'
            '<form id="language-settings-form" method="post" action="/i18n/setlang/">\n'
            '<input type="hidden" name="csrfmiddlewaretoken" value="%s">\n'
            '<label for="settings-language-value">Scegli la lingua</label>\n'
            '<select class="input select language-selector" id="settings-language-value" name="language">\n'
            '<option value="en">English</option>\n<option value="it-it" selected="selected">Italiano (Italia)</option>\n</select>\n</form>\n'
            '<div class="footer-about-openedx"><p><a href="https://open.edx.org"><img src="https://logos.openedx.org/open-edx-logo-tag.png" alt="Powered by Open edX" width="140" /></a></p></div>\n'
            '</footer>\n</div>\n</div>\n'
            '<script type="text/javascript" src="/static/js/vendor/noreferrer.%s.js" charset="utf-8"></script>\n'
            '<script type="text/javascript" src="/static/js/utils/navigation.%s.js" charset="utf-8"></script>\n'
            '<script type="text/javascript" src="/static/js/header/header.%s.js"></script>\n'
            '<script src="/static/apertamente/js/cookieconsent.min.%s.js"></script>\n'
            '</body>\n</html>\n'
            % (js_h, css_h[:10], css_h, bundle, js_h[::-1], rel, json.dumps(ctx), header, body, cookie,
               css_h[:8], s["csrf"], js_h[:8], js_h[4:], css_h[2:], bundle[:12]))


PAGE = {
    "service": "ApertaMente", "url": URL, "lang": "it-IT", "platform": "Open edX (static template, comprehensive theme)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Vary", "Accept-Language, Cookie"), ("Content-Language", "it-it"), ("X-Frame-Options", "SAMEORIGIN")),
    "n": 30, "start": dt.date(2021, 5, 1), "end": dt.date(2026, 9, 30), "hours": (3, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 2, 24), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL,
                    "select": [{"startBefore": "main#main section.about > h1", "endBefore": "#cookie-policy"}],
                    "remove": [".about .featured-courses"]},
}
