"""Rrjeti Bibliotekar "Drita" - sq public library network - Drupal 9 (Olivero sub-theme), CKEditor body field.

The data categories and their retention periods are a <dl> (CKEditor definition list) in the body field.

Noise (a quiet, well-built page): the header's search block carries Drupal's per-render form_build_id; the
aggregated CSS/JS file names change when the site is deployed. Nothing else moves.

Real edits (6): inside the <dl> a number changes in a <dd> (loan-history link kept 6 -> 3 months); a <dl> entry
added (CCTV); the law reference updated (law number and date); the supervisory authority's link target changed,
anchor unchanged, date not bumped; "nuk" (not) inserted, reversing a sentence, date not bumped; a section moved
("Fëmijët" from the middle to after "Të drejtat tuaja").
"""
import datetime as dt
import common as C

URL = "https://www.bibliotekadrita.al/sq/politika-e-privatesise"
MUAJT = ["janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor",
         "dhjetor"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MUAJT[d.month - 1], d.year)


POLICY = """
# Politika e privatësisë

Përditësuar më: {UPDATED}

Rrjeti Bibliotekar „Drita” (më tej: Biblioteka), me bibliotekën qendrore dhe nëntë degë lagjesh, e merr seriozisht mbrojtjen e të dhënave personale të lexuesve. Kjo politikë shpjegon si i përpunojmë të dhënat kur regjistroheni si anëtar, huazoni libra, përdorni katalogun elektronik, kompjuterët publikë dhe rrjetin Wi-Fi, ose merrni pjesë në aktivitetet tona.

## Kontrolluesi i të dhënave

@ Rrjeti Bibliotekar „Drita”
@ Rruga „Sami Frashëri”, nr. 12
@ 1001 Tiranë
@ E-mail: [privatesia@bibliotekadrita.al](mailto:privatesia@bibliotekadrita.al)

Të dhënat i përpunojmë në përputhje me Ligjin nr. 9887, datë 10.03.2008 „Për mbrojtjen e të dhënave personale”, të ndryshuar, dhe me aktet nënligjore të Komisionerit.

## Të dhënat që përpunojmë dhe sa kohë i ruajmë

::dl

- Të dhënat e anëtarësimit :: Emri, mbiemri, data e lindjes, adresa, numri i telefonit, e-maili dhe numri personal i kartës së identitetit. I ruajmë për sa kohë jeni anëtar dhe dy vjet pas skadimit të kartës së anëtarësisë.
- Historiku i huazimeve :: Librat dhe materialet e huazuara, datat e huazimit dhe të kthimit. Pas kthimit të një libri, lidhja midis jush dhe titullit ruhet 6 muaj dhe pastaj fshihet; ruajmë vetëm statistika të anonimizuara.
- Gjobat dhe pagesat :: Shumat e papaguara për vonesa ose për libra të dëmtuar. Ruhen 5 vjet sipas legjislacionit të kontabilitetit.
- Kompjuterët publikë dhe Wi-Fi :: Numri i kartës, koha e seancës dhe adresa MAC e pajisjes. Ruhen 30 ditë për arsye sigurie.
- Aktivitetet dhe klubet e leximit :: Emri dhe kontakti i pjesëmarrësve, si dhe fotografi nga aktivitetet, të cilat i publikojmë vetëm me pëlqimin tuaj.

## Si i përdorim të dhënat

Të dhënat i përdorim për të administruar anëtarësinë dhe huazimet, për t'ju njoftuar për librat e rezervuar dhe për afatet e kthimit, për të siguruar kompjuterët publikë dhe për të planifikuar shërbimet tona. Njoftimet i dërgojmë me e-mail ose me SMS, sipas zgjedhjes suaj.

## Ndarja e të dhënave

Të dhënat i përpunon për llogarinë tonë ofruesi i mirëmbajtjes së sistemit të integruar bibliotekar Koha, i cili i mban serverët në Shqipëri. Njoftimet me SMS dërgohen përmes një operatori telefonik vendas. Të dhënat tuaja i ndajmë me botuesit dhe shpërndarësit e librave për qëllime marketingu. Kur kërkohet me ligj, të dhënat mund t'u jepen organeve të drejtësisë.

## Fëmijët

Fëmijët nën 16 vjeç regjistrohen si lexues me pëlqimin dhe nënshkrimin e prindit ose të kujdestarit, i cili mund të kërkojë në çdo kohë të shohë ose të fshijë të dhënat e fëmijës.

## Katalogu elektronik dhe cookies

Katalogu në internet përdor cookies të domosdoshme për hyrjen në llogari dhe për të ruajtur kërkimet tuaja gjatë seancës. Për statistikat e vizitave përdorim Matomo, të instaluar në serverët tanë, me adresa IP të anonimizuara. Nuk përdorim cookies reklamuese.

## Siguria e të dhënave

Sistemi bibliotekar dhe bazat e të dhënave mbrohen me fjalëkalime, me qasje të kufizuar sipas roleve të punonjësve dhe me kopje rezervë të rregullta. Punonjësit e Bibliotekës kanë nënshkruar detyrimin për ruajtjen e konfidencialitetit. Kompjuterët publikë fshijnë automatikisht historikun e shfletimit në fund të çdo seance.

## Të drejtat tuaja

Keni të drejtë të kërkoni qasje në të dhënat tuaja, korrigjimin ose fshirjen e tyre, si dhe të kundërshtoni përpunimin. Kërkesën mund ta paraqisni në çdo sportel të Bibliotekës ose me e-mail. Do t'ju përgjigjemi brenda 30 ditëve.

Nëse mendoni se të drejtat tuaja janë shkelur, mund të ankoheni te [Komisioneri për të Drejtën e Informimit dhe Mbrojtjen e të Dhënave Personale](https://www.idp.al).

## Ndryshimet e kësaj politike

Kjo politikë mund të përditësohet kur ndryshojnë shërbimet tona ose legjislacioni. Versioni në fuqi publikohet gjithmonë në këtë faqe dhe mund të merret edhe në formë të shtypur në çdo sportel të Bibliotekës.
"""

EDITS = [
    {"note": "<dl> definition: loan-history link kept 3 months instead of 6",
     "repl": [("titullit ruhet 6 muaj dhe", "titullit ruhet 3 muaj dhe")]},
    {"note": "<dl> entry added: CCTV recordings (15 days)",
     "repl": [("Ruhen 30 ditë për arsye sigurie.\n",
               "Ruhen 30 ditë për arsye sigurie.\n- Kamerat e sigurisë :: Regjistrimet e kamerave në hyrje dhe në sallat e leximit. Ruhen 15 ditë, përveç rasteve kur nevojiten për hetimin e një incidenti.\n")]},
    {"note": "law reference updated: Law no. 9887/2008 (as amended) -> Law no. 124/2024",
     "repl": [("Ligjin nr. 9887, datë 10.03.2008 „Për mbrojtjen e të dhënave personale”, të ndryshuar,",
               "Ligjin nr. 124/2024 „Për mbrojtjen e të dhënave personale”")]},
    {"note": "link target only: complaint link to the Commissioner now points to the complaints page (anchor unchanged), date not bumped",
     "bump": False,
     "repl": [("(https://www.idp.al)", "(https://www.idp.al/ankesat/)")]},
    {"note": "'nuk' (not) inserted: the library does NOT share data with publishers for marketing (date not bumped)",
     "bump": False,
     "repl": [("Të dhënat tuaja i ndajmë me botuesit", "Të dhënat tuaja nuk i ndajmë me botuesit")]},
    {"note": "section moved: 'Fëmijët' moved from after 'Ndarja e të dhënave' to after 'Të drejtat tuaja'",
     "repl": [("## Fëmijët\n\nFëmijët nën 16 vjeç regjistrohen si lexues me pëlqimin dhe nënshkrimin e prindit ose të kujdestarit, i cili mund të kërkojë në çdo kohë të shohë ose të fshijë të dhënat e fëmijës.\n\n", ""),
              ("(https://www.idp.al/ankesat/).\n",
               "(https://www.idp.al/ankesat/).\n\n## Fëmijët\n\nFëmijët nën 16 vjeç regjistrohen si lexues me pëlqimin dhe nënshkrimin e prindit ose të kujdestarit, i cili mund të kërkojë në çdo kohë të shohë ose të fshijë të dhënat e fëmijës.\n")]},
]


def ext(blocks):
    out, i = [], 0
    while i < len(blocks):
        b = blocks[i]
        if b == ("p", "::dl"):
            out.append(("dl", [tuple(x.strip() for x in it.split("::", 1)) for it in blocks[i + 1][1]]))
            i += 2
        else:
            out.append(b)
            i += 1
    return out


def bhtml(bl):
    parts = []
    for b in bl:
        if b[0] == "dl":
            parts.append("<dl>%s</dl>" % "".join("<dt>%s</dt><dd>%s</dd>" % (C.inline_html(t), C.inline_html(d))
                                                 for t, d in b[1]))
        else:
            parts.append(C.block_html(b))
    return "\n".join(parts)


def gold_md(blocks):
    out = []
    for b in ext(blocks):
        if b[0] == "dl":
            out.extend("%s\n\n%s" % (C.inline_md(t, URL), C.inline_md(d, URL)) for t, d in b[1])
        else:
            out.append(C.block_md(b, URL))
    return "\n\n".join(out)


def noise(rng, when, i, prev):
    s = {}
    s["form"] = "form-" + C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    s["assets"] = C.keep_or(rng, (prev or {}).get("assets"), 0.2,
                            lambda: (C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                                     C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")))
    return s


LABELS = {"form": "search block form_build_id (per render)",
          "assets": "Drupal aggregated CSS/JS file hashes (deploys)"}


def render(s, blocks, when):
    css, js = s["assets"]
    body = bhtml(ext(blocks[1:]))
    return ('<!DOCTYPE html>\n<html lang="sq" dir="ltr">\n  <head>\n    <meta charset="utf-8" />\n'
            '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />\n<meta name="MobileOptimized" content="width" />\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
            '<link rel="icon" href="/themes/custom/drita/favicon.ico" type="image/vnd.microsoft.icon" />\n'
            '<link rel="canonical" href="%s" />\n<link rel="shortlink" href="https://www.bibliotekadrita.al/sq/node/27" />\n'
            '    <title>Politika e privatësisë | Rrjeti Bibliotekar „Drita”</title>\n'
            '    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css" />\n'
            '  </head>\n  <body class="path-node page-node-type-page">\n'
            '        <a href="#main-content" class="visually-hidden focusable skip-link">Kalo te përmbajtja kryesore</a>\n'
            '    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n'
            '<div id="page-wrapper" class="page-wrapper"><div id="page">\n'
            '<header id="header" class="site-header" role="banner"><div class="site-header__fixable"><div class="site-header__inner"><div class="container">\n'
            '<div id="block-drita-branding" class="site-branding block block-system block-system-branding-block">'
            '<a href="/sq" rel="home" class="site-branding__logo"><img src="/themes/custom/drita/logo.svg" alt="Kreu" /></a>'
            '<div class="site-branding__name"><a href="/sq" rel="home">Rrjeti Bibliotekar „Drita”</a></div></div>\n'
            '<nav role="navigation" aria-labelledby="block-drita-main-menu-menu" id="block-drita-main-menu" class="primary-nav block block-menu navigation menu--main">'
            '<h2 class="visually-hidden" id="block-drita-main-menu-menu">Navigimi kryesor</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">'
            '<li class="primary-nav__menu-item"><a href="/sq/katalogu" class="primary-nav__menu-link">Katalogu</a></li>'
            '<li class="primary-nav__menu-item"><a href="/sq/deget" class="primary-nav__menu-link">Degët dhe orari</a></li>'
            '<li class="primary-nav__menu-item"><a href="/sq/anetaresimi" class="primary-nav__menu-link">Anëtarësimi</a></li>'
            '<li class="primary-nav__menu-item"><a href="/sq/aktivitete" class="primary-nav__menu-link">Aktivitete</a></li>'
            '<li class="primary-nav__menu-item"><a href="/sq/kontakt" class="primary-nav__menu-link">Kontakt</a></li></ul></nav>\n'
            '<div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-drita-search" role="search">'
            '<form action="/sq/search/node" method="get" id="search-block-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">'
            '<label for="edit-keys" class="visually-hidden">Kërko</label>'
            '<input title="Shkruani termat që doni të kërkoni." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" /></div>'
            '<input autocomplete="off" data-drupal-selector="%s" type="hidden" name="form_build_id" value="%s" />'
            '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Kërko" class="button js-form-submit form-submit" /></div>'
            '</form></div>\n'
            '</div></div></div></header>\n'
            '<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">\n'
            '<a id="main-content" tabindex="-1"></a>\n'
            '<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-drita-breadcrumbs" class="block block-system block-system-breadcrumb-block">'
            '<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Gjurmët</h2>'
            '<ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/sq" class="breadcrumb__link">Kreu</a></li></ol></nav></div></div>\n'
            '<div class="main-content__container container"><div class="region region--content-above grid-full layout--pass--content-medium">'
            '<div id="block-drita-page-title" class="block block-core block-page-title-block">\n'
            '  <h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">%s</span></h1>\n</div></div>\n'
            '<div class="region region--content grid-full layout--pass--content-medium" id="content">\n'
            '<div id="block-drita-content" class="block block-system block-system-main-block">\n'
            '<article data-history-node-id="27" role="article" about="/sq/politika-e-privatesise" class="node node--type-page node--view-mode-full">\n'
            '  <div class="node__content">\n'
            '  <div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">%s</div>\n'
            '  </div>\n</article>\n</div>\n</div></div></div></div></div>\n'
            '<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full">'
            '<div id="block-drita-footer-info" class="block block-block-content"><div class="text-content clearfix field field--name-body">'
            '<p>Biblioteka qendrore: Rruga „Sami Frashëri”, nr. 12, Tiranë · Tel. +355 4 222 1234</p>'
            '<p>E hënë – e premte 08:00–20:00 · E shtunë 09:00–14:00</p></div></div></div>'
            '<div class="region region--footer-bottom grid-full"><nav role="navigation" aria-labelledby="block-drita-footer-menu" id="block-drita-footer" class="block block-menu navigation menu--footer">'
            '<h2 class="visually-hidden" id="block-drita-footer-menu">Fundfaqja</h2><ul class="menu"><li class="menu__item"><a href="/sq/politika-e-privatesise" class="menu__link is-active">Politika e privatësisë</a></li>'
            '<li class="menu__item"><a href="/sq/rregullorja" class="menu__link">Rregullorja e bibliotekës</a></li><li class="menu__item"><a href="/sq/aksesueshmeria" class="menu__link">Aksesueshmëria</a></li></ul></nav></div>'
            '</div></footer>\n</div></div>\n    </div>\n'
            '    <script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"sq\\/","currentPath":"node\\/27","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"sq"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"user":{"uid":0,"permissionsHash":"9f1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9"}}</script>\n'
            '<script src="/sites/default/files/js/js_%s.js"></script>\n'
            '  </body>\n</html>\n') % (
        URL, css, s["form"], s["form"], C.inline_html(blocks[0][1]), body, js)


PAGE = {
    "service": "Rrjeti Bibliotekar Drita", "url": URL, "lang": "sq", "platform": "Drupal 9",
    "content_type": "text/html; charset=UTF-8",
    "n": 29, "start": dt.date(2022, 2, 8), "end": dt.date(2026, 8, 30),
    "policy": POLICY, "first_updated": dt.date(2021, 12, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": ["h1.page-title", ".node--type-page .field--name-body"]},
}
