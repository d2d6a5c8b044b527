"""Officine Comuni (Italian), a maker space / fab lab cooperative in Turin (laser cutters, CNC, 3D printers, courses,
memberships). Drupal 10 with an Olivero sub-theme: page title block in `content_above`, the node in the content
region with the statistics module's view counter in its links, and a Views block of upcoming courses placed in the
content region under the node (its js-view-dom-id changes on every render). Drupal 10.1 (July 2023) changed the
CSS/JS aggregate URLs. Footer newsletter form with a per-render form_build_id."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import cwkit as K  # noqa: E402

POLICY = """
# Informativa sul trattamento dei dati personali

Ultimo aggiornamento: {UPDATED}

La presente informativa è resa ai sensi degli articoli 13 e 14 del Regolamento (UE) 2016/679 ("GDPR") a chi visita il sito officinecomuni.it, si iscrive ai nostri corsi, acquista un abbonamento al laboratorio o prenota l'uso delle macchine di Officine Comuni.

## 1. Titolare del trattamento

@ Officine Comuni Società Cooperativa Impresa Sociale
@ Via Cigna 96/17
@ 10152 Torino (TO)
@ P.IVA 11834560017

Per qualsiasi richiesta relativa ai tuoi dati personali puoi scrivere a [privacy@officinecomuni.it](mailto:privacy@officinecomuni.it).

## 2. Quali dati trattiamo

- dati anagrafici e di contatto (nome, cognome, codice fiscale, indirizzo, email, telefono);
- dati relativi all'abbonamento e ai pagamenti;
- dati relativi alla formazione sulla sicurezza e alle abilitazioni all'uso delle singole macchine (taglio laser, fresa CNC, stampanti 3D);
- registri di utilizzo delle macchine e degli accessi al laboratorio tramite badge;
- file di progetto che carichi sui nostri computer o invii per la lavorazione;
- immagini e video raccolti durante eventi e corsi, previo tuo consenso.

## 3. Finalità e basi giuridiche

| Finalità | Base giuridica |
| Gestione dell'abbonamento e delle prenotazioni | Esecuzione del contratto |
| Iscrizione ai corsi e rilascio degli attestati | Esecuzione del contratto |
| Tenuta dei registri della formazione sulla sicurezza | Obbligo di legge (D.Lgs. 81/2008) |
| Fatturazione e adempimenti fiscali | Obbligo di legge |
| Invio della newsletter | Consenso |
| Pubblicazione di foto e video degli eventi | Consenso |

## 4. Accessi e utilizzo delle macchine

L'accesso al laboratorio e l'accensione delle macchine avvengono tramite badge personnale. Il sistema registra l'orario di accesso, la macchina utilizzata e la durata di utilizzo, per consentire la fatturazione del tempo macchina e garantire che ogni macchina sia usata solo da persone abilitate. Questi registri non sono utilizzati per controllare l'attività lavorativa dei soci della cooperativa.

I file di progetto lasciati sui computer del laboratorio vengono cancellati ogni domenica notte. Ti consigliamo di non salvare sui nostri computer file contenenti dati personali o segreti industriali.

## 5. Destinatari dei dati

I tuoi dati possono essere comunicati a:

- fornitori di servizi informatici e di hosting (Aruba S.p.A.);
- il sistema di gestione degli abbonamenti e delle prenotazioni (Fabman GmbH, Austria);
- istituti di pagamento (SumUp Limited, Satispay S.p.A.);
- il nostro consulente fiscale e del lavoro;
- enti pubblici e finanziatori dei progetti formativi, limitatamente ai dati dei partecipanti ai corsi finanziati.

I dati non sono trasferiti al di fuori dello Spazio Economico Europeo.

## 6. Conservazione

I dati relativi agli abbonamenti e alla fatturazione sono conservati per 10 anni. I registri della formazione sulla sicurezza sono conservati per tutta la durata dell'abbonamento e per i 5 anni successivi. I registri di utilizzo delle macchine sono conservati per 24 mesi. I dati trattati per l'invio della newsletter sono conservati fino alla revoca del consenso.

## 7. I tuoi diritti

Hai il diritto di accedere ai tuoi dati, di chiederne la rettifica, la cancellazione o la limitazione del trattamento, di opporti al trattamento e di ricevere i dati in un formato strutturato (portabilità). Puoi revocare in ogni momento il consenso prestato, senza pregiudicare la liceità del trattamento basata sul consenso prima della revoca. Hai inoltre il diritto di proporre reclamo al Garante per la protezione dei dati personali ([www.garanteprivacy.it](https://www.garanteprivacy.it)).

## 8. Cookie

Il sito utilizza esclusivamente cookie tecnici e strumenti di statistica anonimizzati. Per maggiori informazioni consulta la [cookie policy](/it/cookie-policy).
"""

EDITS = [
    {"note": "event-registration platform added to the recipients (Eventbrite, USA), transfers sentence rewritten",
     "repl": [("- il nostro consulente fiscale e del lavoro;",
               "- la piattaforma di iscrizione agli eventi (Eventbrite, Inc., Stati Uniti);\n"
               "- il nostro consulente fiscale e del lavoro;"),
              ("I dati non sono trasferiti al di fuori dello Spazio Economico Europeo.",
               "I dati trasferiti a Eventbrite, Inc. negli Stati Uniti sono protetti dall'adesione della società al "
               "Data Privacy Framework UE-USA.")]},
    {"note": "typo fixed (personnale), date unchanged", "bump": False,
     "repl": [("tramite badge personnale.", "tramite badge personale.")]},
    {"note": "machine-usage log retention shortened from 24 to 12 months",
     "repl": [("I registri di utilizzo delle macchine sono conservati per 24 mesi.",
               "I registri di utilizzo delle macchine sono conservati per 12 mesi.")]},
    {"note": "video surveillance: purpose row added to the table and a paragraph added to section 4",
     "repl": [("| Invio della newsletter | Consenso |",
               "| Videosorveglianza del laboratorio | Legittimo interesse alla sicurezza di persone e beni |\n"
               "| Invio della newsletter | Consenso |"),
              ("I file di progetto lasciati sui computer",
               "Il laboratorio è videosorvegliato negli orari di apertura libera ai soci, come indicato dai cartelli "
               "all'ingresso. Le immagini sono conservate per 72 ore e visionate solo in caso di incidenti o "
               "danneggiamenti.\n\nI file di progetto lasciati sui computer")]},
    {"note": "payment processor renamed: SumUp -> Stripe",
     "repl": [("(SumUp Limited, Satispay S.p.A.)", "(Stripe Payments Europe Limited, Satispay S.p.A.)")]},
    {"note": "word inserted (vivamente)",
     "repl": [("Ti consigliamo di non salvare", "Ti consigliamo vivamente di non salvare")]},
]

D101 = dt.datetime(2023, 7, 10, 8, 0)


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["it"][d.month - 1], d.year)


COURSES = [("Corso base taglio laser", "corso-base-taglio-laser"), ("Stampa 3D: dal modello all'oggetto",
                                                                  "stampa-3d-dal-modello-alloggetto"),
           ("Fresa CNC: abilitazione", "fresa-cnc-abilitazione"), ("Arduino per principianti",
                                                                   "arduino-per-principianti"),
           ("Falegnameria di base", "falegnameria-di-base"), ("Open lab del mercoledì", "open-lab-del-mercoledi"),
           ("Serigrafia su tessuto", "serigrafia-su-tessuto"), ("Riparazione di piccoli elettrodomestici",
                                                                "repair-cafe")]


def _b64u(rng, n):
    return C.alnum(rng, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "it")
    gen = "10.1" if when >= D101 else "10.0"
    day = loc.date()
    courses = []
    for d, (title, sl) in K.upcoming(day + dt.timedelta(days=1), (2, 5), COURSES, 3, "officine-corsi"):
        # seats fill up as the course date comes closer
        seats = max(0, K.hint(2, 12, "officine-posti", d.isoformat()) - max(0, 12 - (d - day).days) // 2)
        courses.append((d.isoformat(), title, sl, seats))
    views = 3850 + (when.date() - dt.date(2023, 1, 1)).days * 4 + rng.randint(0, 3)
    return {
        "drupal": gen,
        "aggregate": C.keep_or(rng, p.get("aggregate") if p.get("drupal") == gen else None, 0.2,
                               lambda: (_b64u(rng, 43), _b64u(rng, 43), _b64u(rng, 43))),
        "form_build_id": "form-" + _b64u(rng, 43),
        "view_dom_id": C.hexs(rng, 64),
        "courses": tuple(courses),
        "counter": views,
    }


LABELS = {
    "drupal": "Drupal 10.0 -> 10.1 (aggregate URLs with delta/language/theme/include)",
    "aggregate": "CSS/JS aggregate file hashes (cache rebuild, deploy)",
    "form_build_id": "footer newsletter form's form_build_id (per render)",
    "view_dom_id": "upcoming-courses view js-view-dom-id (per render, inside the content region and in drupalSettings)",
    "courses": "upcoming-courses Views block in the content region: courses and seats left",
    "counter": "statistics module's view counter in the node links (inside the content region)",
}


def _body(blocks):
    def table(rows, inl):
        head = "".join("<th>%s</th>" % inl(c) for c in rows[0])
        body = "\n".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return "<table>\n<thead>\n<tr>%s</tr>\n</thead>\n<tbody>\n%s\n</tbody>\n</table>" % (head, body)
    return K.render_blocks(blocks, table=table,
                           addr=lambda lines, inl: "<p>%s</p>" % "<br>\n".join(inl(x) for x in lines))


def _courses(state):
    rows = []
    for iso, title, sl, seats in state["courses"]:
        d = dt.date.fromisoformat(iso)
        wd = K.WEEKDAYS["it"][d.weekday()]
        seats_txt = "Posti esauriti" if seats == 0 else ("1 posto disponibile" if seats == 1 else
                                                          "%d posti disponibili" % seats)
        rows.append('<div class="views-row"><div class="views-field views-field-title"><span class="field-content">'
                    '<a href="/it/corsi/%s" hreflang="it">%s</a></span></div><div class="views-field '
                    'views-field-field-data-corso"><div class="field-content"><time datetime="%sT08:00:00Z" '
                    'class="datetime">%s %02d/%02d/%d - 10:00</time>\n</div></div><div class="views-field '
                    'views-field-field-posti-disponibili"><span class="field-content">%s</span></div></div>'
                    % (sl, K.esc(title), iso, wd, d.day, d.month, d.year, seats_txt))
    return ('<div class="views-element-container block block-views block-views-blockprossimi-corsi-block-1" '
            'id="block-officine-views-block-prossimi-corsi-block-1">\n  \n    <h2 class="block__title">Prossimi '
            'corsi</h2>\n      <div class="block__content"><div><div class="view view-prossimi-corsi '
            'view-id-prossimi_corsi view-display-id-block_1 js-view-dom-id-%s">\n  \n    \n      \n      <div '
            'class="view-content">\n          %s\n    </div>\n  \n          <div class="more-link"><a href="/it/corsi">'
            'Tutti i corsi</a></div>\n\n      </div>\n</div>\n</div>\n  </div>' % (state["view_dom_id"],
                                                                                 "\n".join(rows)))


def render(state, blocks, when):
    c1, c2, j1 = state["aggregate"]
    if state["drupal"] == "10.1":
        inc = "eJxtjkEOwjAMBD9U8KS" + j1[:20]
        css = ('<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language=it'
               '&amp;theme=officine&amp;include=%s" />\n<link rel="stylesheet" media="all" href="/sites/default/'
               'files/css/css_%s.css?delta=1&amp;language=it&amp;theme=officine&amp;include=%s" />' % (c1, inc, c2, inc))
        js = ('<script src="/sites/default/files/js/js_%s.js?scope=footer&amp;delta=0&amp;language=it&amp;theme='
              'officine&amp;include=%s"></script>' % (j1, inc))
        gen_meta = "Drupal 10 (https://www.drupal.org)"
    else:
        css = ('<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css" />\n<link '
               'rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css" />' % (c1, c2))
        js = '<script src="/sites/default/files/js/js_%s.js"></script>' % j1
        gen_meta = "Drupal 10 (https://www.drupal.org)"
    title = blocks[0][1]
    settings = ('{"path":{"baseUrl":"\\/","pathPrefix":"it\\/","currentPath":"node\\/27","currentPathIsAdmin":false,'
                '"isFront":false,"currentLanguage":"it"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,'
                '"ajaxPageState":{"libraries":"eJxdjlEKwyAQRC9k8EhiqjBCIBIRpb29SQxJ%s","theme":"officine",'
                '"theme_token":null},"ajaxTrustedUrl":{"form_action_p_pvdeGsVG5zNF_XLGPTvYSKCf43t8qZYSwcfZl2uzM":true},'
                '"statistics":{"data":{"nid":"27"},"url":"\\/core\\/modules\\/statistics\\/statistics.php"},"views":'
                '{"ajax_path":"\\/it\\/views\\/ajax","ajaxViews":{"views_dom_id:%s":{"view_name":"prossimi_corsi",'
                '"view_display_id":"block_1","view_args":"","view_path":"\\/node\\/27","view_base_path":"corsi",'
                '"view_dom_id":"%s","pager_element":0}}},"olivero":{"nav":1},"user":{"uid":0,"permissionsHash":'
                '"3f9c1e0a7b5d2f8e6c4a1b3d5e7f9a0c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f"}}'
                % (c1[:18], state["view_dom_id"], state["view_dom_id"]))
    node = ('<article data-history-node-id="27" class="node node--type-page node--view-mode-full">\n\n  \n    \n\n  '
            '\n  <div class="node__content">\n    \n            <div class="text-content clearfix field field--name-'
            'body field--type-text-with-summary field--label-hidden field__item">%s</div>\n      \n  <div class='
            '"node__links">\n    <ul class="links inline"><li class="statistics-counter">%s visualizzazioni</li>'
            '</ul>  </div>\n\n  </div>\n\n</article>' % (_body(blocks[1:]), "{:,}".format(state["counter"]).replace(
                ",", ".")))
    menu = "".join('<li class="primary-nav__menu-item primary-nav__menu-item--level-1"><a href="/it/%s" class='
                   '"primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-'
                   'link-system-path="node/%d"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner'
                   '--level-1">%s</span></a></li>' % (u, 10 + n, t) for n, (t, u) in enumerate(
                       [("Il laboratorio", "laboratorio"), ("Macchine", "macchine"), ("Corsi", "corsi"),
                        ("Abbonamenti", "abbonamenti"), ("Progetti", "progetti"), ("Contatti", "contatti")]))
    return """<!DOCTYPE html>
<html lang="it" dir="ltr" style="--color--primary-hue:24;--color--primary-saturation:86%%;--color--primary-lightness:48">
  <head>
    <meta charset="utf-8" />
<link rel="canonical" href="https://www.officinecomuni.it/it/privacy" />
<meta name="Generator" content="%(gen)s" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/officine/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" hreflang="it" href="https://www.officinecomuni.it/it/privacy" />
<link rel="alternate" hreflang="en" href="https://www.officinecomuni.it/en/privacy" />

    <title>%(title)s | Officine Comuni</title>
    %(css)s

    <noscript><link rel="stylesheet" media="all" href="/core/themes/olivero/css/components/navigation/nav-primary-no-js.css?s8y2vd" />
</noscript>
  </head>
  <body class="path-node page-node-type-page">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Salta al contenuto principale
    </a>
    
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    
<div id="page-wrapper" class="page-wrapper">
  <div id="page">

          <header id="header" class="site-header" data-drupal-selector="site-header" role="banner">

                <div class="site-header__fixable" data-drupal-selector="site-header-fixable">
          <div class="site-header__initial">
            <button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false">
              <span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span>
            </button>
          </div>

                    <div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">
            <div class="container site-header__inner__container">

              
<div id="block-officine-site-branding" class="site-branding block block-system block-system-branding-block">
  
    
    <div class="site-branding__inner">
              <a href="/it" rel="home" class="site-branding__logo">
        <img src="/themes/custom/officine/logo.svg" alt="Home" fetchpriority="high" />
      </a>
                  <div class="site-branding__text">
                  <div class="site-branding__name">
            <a href="/it" title="Home" rel="home">Officine Comuni</a>
          </div>
                          <div class="site-branding__slogan">Fab lab e laboratorio di comunità · Torino</div>
              </div>
      </div>
</div>

<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>

<div class="mobile-buttons" data-drupal-selector="mobile-buttons">
  <button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Menu principale" aria-controls="header-nav" aria-expanded="false">
    <span class="mobile-nav-button__label">Menu</span>
    <span class="mobile-nav-button__icon"></span>
  </button>
</div>

<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
  
<nav  id="block-officine-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-officine-main-menu-menu" role="navigation">
            
  <h2 class="visually-hidden block__title" id="block-officine-main-menu-menu">Navigazione principale</h2>
  
        
          <ul  class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
            %(menu)s
          </ul>
  </nav>

</div>

            </div>
          </div>
        </div>
      </header>
    
    <div id="main-wrapper" class="layout-main-wrapper layout-container">
      <div id="main" class="layout-main">
        <div class="main-content">
          <a id="main-content" tabindex="-1"></a>
          
          <div class="main-content__container container">
            
  <div class="region region--highlighted grid-full layout--pass--content-medium">
    <div data-drupal-messages-fallback class="hidden messages-list"></div>

  </div>

  <div class="region region--breadcrumb grid-full layout--pass--content-medium">
    

<div id="block-officine-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  
    
      <div class="block__content">
        <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Briciole di pane</h2>
    <div class="breadcrumb__content">
      <ol class="breadcrumb__list">
                  <li class="breadcrumb__item">
                          <a href="/it" class="breadcrumb__link">Home</a>
                      </li>
              </ol>
    </div>
  </nav>

    </div>
  </div>

  </div>

  <div class="region region--content-above grid-full layout--pass--content-medium">
    

<div id="block-officine-page-title" class="block block-core block-page-title-block">
  
  

  <h1 class="title page-title">
<span class="field field--name-title field--type-string field--label-hidden">%(h1)s</span>
</h1>


  
</div>

  </div>

            
            <main role="main">
              
  <div class="region region--content grid-full layout--pass--content-medium" id="content">
    

<div id="block-officine-content" class="block block-system block-system-main-block">
  
    
      <div class="block__content">
      %(node)s

    </div>
  </div>
%(courses)s

  </div>

            </main>
            
          </div>
        </div>
        <div class="social-bar">
          
        </div>
      </div>
    </div>

    <footer class="site-footer">
      <div class="site-footer__inner container">
        
  <div class="region region--footer-top grid-full layout--pass--content-medium">
    <div class="region--footer_top__inner">
      
<div id="block-officine-newsletter" class="block block-simplenews block-simplenews-subscription-block">
  
      <h2 class="block__title">Newsletter</h2>
    
      <div class="block__content">
      <form class="simplenews-subscriptions-block-officine-newsletter simplenews-subscriber-form" data-drupal-selector="simplenews-subscriptions-block-officine-newsletter" action="/it/privacy" method="post" id="simplenews-subscriptions-block-officine-newsletter" accept-charset="UTF-8">
  <div class="field--type-email field--name-mail field--widget-email-default js-form-wrapper form-wrapper" data-drupal-selector="edit-mail-wrapper" id="edit-mail-wrapper">      <div class="js-form-item form-item js-form-type-email form-type--email js-form-item-mail-0-value form-item--mail-0-value form-item--no-label">
      <label for="edit-mail-0-value" class="visually-hidden js-form-required form-required form-item__label">Email</label>
        <input data-drupal-selector="edit-mail-0-value" type="email" id="edit-mail-0-value" name="mail[0][value]" value="" size="60" maxlength="254" placeholder="La tua email" class="form-email required form-element form-element--type-email form-element--api-email" required="required" aria-required="true" />

        </div>

  </div>
<input autocomplete="off" data-drupal-selector="form-%(fbid_short)s" type="hidden" name="form_build_id" value="%(fbid)s" />
<input data-drupal-selector="edit-simplenews-subscriptions-block-officine-newsletter" type="hidden" name="form_id" value="simplenews_subscriptions_block_officine_newsletter" />
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="button--primary button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Iscriviti" />
</div>

</form>

    </div>
  </div>

    </div>
  </div>

  <div class="region region--footer-bottom grid-full layout--pass--content-medium">
    <div id="block-officine-footer-info" class="block block-block-content block-block-content2f7a91c4-3e8b-4d6a-9c51-7b0e2d4f8a13">
      <div class="block__content">
            <div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>Officine Comuni Soc. Coop. Impresa Sociale · Via Cigna 96/17, Torino · <a href="/it/privacy">Privacy</a> · <a href="/it/cookie-policy">Cookie policy</a></p></div>
      </div>
  </div>

  </div>

      </div>
    </footer>

    <div class="overlay" data-drupal-selector="overlay"></div>

  </div>
</div>

  </div>

    
    <script type="application/json" data-drupal-selector="drupal-settings-json">%(settings)s</script>
%(js)s

  </body>
</html>
""" % {"gen": gen_meta, "title": K.esc(title), "css": css, "menu": menu, "h1": C.inline_html(title), "node": node,
       "courses": _courses(state), "fbid": state["form_build_id"],
       "fbid_short": state["form_build_id"][5:].lower().replace("_", "-"), "settings": settings, "js": js}


PAGE = {
    "service": "Officine Comuni",
    "url": "https://www.officinecomuni.it/it/privacy",
    "lang": "it",
    "platform": "Drupal 10 (Olivero sub-theme), statistics, Views, Simplenews",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "nginx"), ("X-Generator", "Drupal 10 (https://www.drupal.org)"),
                      ("Cache-Control", "max-age=300, public"), ("X-Drupal-Cache", "MISS"),
                      ("Content-Language", "it")],
    "n": 29,
    "start": dt.date(2023, 1, 15),
    "end": dt.date(2024, 11, 30),
    "hours": (2, 6, 11, 18),
    "policy": POLICY,
    "first_updated": dt.date(2022, 9, 26),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.officinecomuni.it/it/privacy",
        "select": ["h1.page-title", ".region--content"],
        "remove": [".node__links", ".block-views-blockprossimi-corsi-block-1"],
    },
}
