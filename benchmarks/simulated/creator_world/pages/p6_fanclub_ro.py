"""Susținători.ro (Romanian creator memberships and fan clubs, Cluj-Napoca), Drupal 10 with a custom Olivero
sub-theme and the Paragraphs module: the policy is a node whose body is a list of text paragraphs; the editors
placed a 'Creatori recomandați' paragraph (a view of three random featured creators) among them."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import ckit as K  # noqa: E402

URL = "https://www.sustinatori.ro/politica-de-confidentialitate"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["ro"][d.month - 1], d.year)


POLICY = """
# Politica de confidențialitate

Ultima actualizare: {UPDATED}

Susținători.ro este o platformă prin care creatorii de conținut – scriitori, podcasteri, ilustratori și muzicieni – primesc sprijin lunar de la comunitatea lor în schimbul unor beneficii exclusive. Această politică explică modul în care prelucrăm datele cu caracter personal în conformitate cu Regulamentul (UE) 2016/679 (GDPR) și cu Legea nr. 190/2018.

## Operatorul de date

@ Susținători Digital S.R.L.
@ Str. Memorandumului nr. 28, et. 3
@ 400114 Cluj-Napoca, jud. Cluj
@ CUI RO41827365
@ E-mail: [gdpr@sustinatori.ro](mailto:gdpr@sustinatori.ro)

## Ce date prelucrăm

- date de cont: nume, adresă de e-mail, parolă criptată;
- date despre abonamente: creatorii susținuți, nivelul ales, istoricul plăților;
- pentru creatori: date de identificare, IBAN, date fiscale pentru emiterea facturilor;
- date tehnice: adresă IP, tip de dispozitiv, jurnale de acces.

## Scopurile prelucrării

Prelucrăm datele pentru a încheia și executa contractul cu dumneavoastră, pentru a procesa plățile recurente, pentru a transfera sumele către creatori, pentru a respecta obligațiile fiscale și pentru a preveni frauda. Vă trimitem newsletterul doar dacă v-ați abonat.

## Destinatari

Creatorii pe care îi susțineți văd numele afișat, adresa de e-mail și nivelul abonamentului. Folosim următorii împuterniciți:

| Împuternicit | Scop | Țară |
| Netopia Financiar S.A. (mobilPay) | Procesarea plăților | România |
| Stripe Payments Europe Ltd. | Procesarea plăților | Irlanda |
| Amazon Web Services EMEA SARL | Găzduire (Frankfurt) | Germania |
| SmartBill S.R.L. | Facturare | România |

## Perioada de stocare

Datele de cont sunt păstrate pe durata existenței contului. Documentele financiar-contabile sunt păstrate 5 ani, conform Legii contabilității nr. 82/1991. Jurnalele de acces sunt păstrate 6 luni.

## Drepturile dumneavoastră

Aveți dreptul de acces, de rectificare, de ștergere, de restricționare, de portabilitate și de opoziție. Puteți depune o plângere la Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal ([www.dataprotection.ro](https://www.dataprotection.ro)).
"""

EDITS = [
    {"note": "new row: Oblio replaces SmartBill for invoicing",
     "repl": [("| SmartBill S.R.L. | Facturare | România |", "| Oblio Software S.R.L. | Facturare | România |")]},
    {"note": "new list item: e-Factura (ANAF SPV) data for creators",
     "repl": [("- date tehnice: adresă IP, tip de dispozitiv, jurnale de acces.",
               "- date tehnice: adresă IP, tip de dispozitiv, jurnale de acces;\n- pentru creatorii persoane juridice: datele transmise în sistemul RO e-Factura al ANAF.")]},
    {"note": "access log retention 6 -> 12 months",
     "repl": [("Jurnalele de acces sunt păstrate 6 luni.", "Jurnalele de acces sunt păstrate 12 luni.")]},
    {"note": "typo fix without new date: 'Vă trimitem newsletterul' -> '... și puteți să vă dezabonați oricând'",
     "bump": False,
     "repl": [("Vă trimitem newsletterul doar dacă v-ați abonat.", "Vă trimitem newsletterul doar dacă v-ați abonat și vă puteți dezabona oricând.")]},
    {"note": "DPO paragraph added; office moved",
     "repl": [("@ Str. Memorandumului nr. 28, et. 3\n@ 400114 Cluj-Napoca, jud. Cluj",
               "@ Str. Constanța nr. 5, clădirea The Office, corp B\n@ 400158 Cluj-Napoca, jud. Cluj"),
              ("@ E-mail: [gdpr@sustinatori.ro](mailto:gdpr@sustinatori.ro)",
               "@ E-mail: [gdpr@sustinatori.ro](mailto:gdpr@sustinatori.ro)\n\nResponsabilul cu protecția datelor (DPO) poate fi contactat la [dpo@sustinatori.ro](mailto:dpo@sustinatori.ro) sau la telefon 0264 450 218.")]},
    {"note": "Stripe row removed",
     "repl": [("| Stripe Payments Europe Ltd. | Procesarea plăților | Irlanda |\n", "")]},
]

CREATORS = [("Andrei Ruse", "podcast de istorie"), ("Ioana Pop", "ilustrații"), ("Trupa Nordica", "muzică indie"),
            ("Mihai Vlad", "jurnalism local"), ("Ana Mureșan", "rețete vegane"), ("Radu Ene", "tutoriale foto"),
            ("Cristina Dobre", "povești pentru copii"), ("Vlad Stan", "analize fotbal")]
DEPLOYS = K.deploys("sust|deploy", dt.date(2021, 6, 1), dt.date(2026, 12, 31), 50, 12)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"form": C.b64tok(rng, 32).replace("+", "-").replace("/", "_").rstrip("=")}
    s["feat"] = tuple(rng.sample(range(len(CREATORS)), 3))
    s["fans"] = tuple(rng.randint(40, 2400) for _ in range(3))
    s["agg"] = K.deploy(when, DEPLOYS)
    s["bf"] = when.month == 11 and when.day >= 15
    return s


LABELS = {"form": "Drupal form_build_id of the newsletter block", "feat": "'Creatori recomandați' paragraph in the body",
          "fans": "supporter counts of featured creators", "agg": "CSS/JS aggregate hashes", "bf": "Black Friday bar"}


def para(kind, inner):
    return ('<div class="paragraph paragraph--type--%s paragraph--view-mode--default">%s</div>' % (kind, inner))


def render(s, blocks, when):
    head, secs = C.split_sections(blocks)
    paras = [para("text", '<div class="clearfix text-formatted field field--name-field-text field--type-text-long '
                          'field--label-hidden field__item">%s</div>' % K.render_blocks(head[1:]))]
    for n, (t, bl) in enumerate(secs):
        paras.append(para("text", '<div class="clearfix text-formatted field field--name-field-text field--type-text-long '
                                  'field--label-hidden field__item"><h2>%s</h2>\n%s</div>'
                                  % (C.inline_html(t), K.render_blocks(bl))))
        if n == 2:
            cards = "".join('<div class="views-row"><article class="creator-card"><h3><a href="/creator/%d">%s</a></h3>'
                            '<p>%s · %d susținători</p></article></div>'
                            % (k, C.esc(CREATORS[k][0]), C.esc(CREATORS[k][1]), f)
                            for k, f in zip(s["feat"], s["fans"]))
            paras.append(para("featured-creators", '<h2 class="paragraph__title">Creatori recomandați</h2><div class="views-'
                              'element-container"><div class="view view-featured-creators view-id-featured_creators">'
                              '<div class="view-content">%s</div></div></div>' % cards))
    field = ('<div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden '
             'field__items">%s</div>' % "\n".join('<div class="field__item">%s</div>' % p for p in paras))
    a = s["agg"]
    bf = ('<div class="region region-highlighted"><div class="promo-bar">Black Friday: 0% comision pentru creatorii noi '
          'până la 30 noiembrie</div></div>' if s["bf"] else "")
    return (
        '<!DOCTYPE html>\n<html lang="ro" dir="ltr">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n'
        '<title>Politica de confidențialitate | Susținători.ro</title>\n'
        '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;lan'
        'guage=ro&amp;theme='
        'sustinatori&amp;include=eJx1">\n</head>\n<body class="path-node page-node-type-page">\n'
        '<a href="#main-content" class="visually-hidden focusable skip-link">Salt la conținutul principal</a>\n'
        '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper'
        '" class="page-wrapper">'
        '<div id="page">%s<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">'
        '<div class="site-branding"><a href="/" rel="home" class="site-branding__name">Susținători.ro</a></div>'
        '<nav class="primary-nav"><ul class="menu primary-nav__menu"><li class="primary-nav__menu-ite'
        'm"><a href="/creatori">'
        'Creatori</a></li><li class="primary-nav__menu-item"><a href="/cum-functioneaza">Cum funcționează</a></li></ul>'
        '</nav></header>\n<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" '
        'class="layout-main"><div class="main-content"><a id="main-content" tabindex="-1"></a>\n'
        '<div class="region region--content grid-full layout--pass--content-medium" id="content">\n'
        '<div id="block-sustinatori-page-title" class="block block-core block-page-title-block"><h1 class="title '
        'page-title"><span class="field field--name-title field--type-string field--label-hidden">%s<'
        '/span></h1></div>\n'
        '<div id="block-sustinatori-content" class="block block-system block-system-main-block"><article data-history-'
        'node-id="12" class="node node--type-page node--view-mode-full"><div class="node__content">%s</div></article>'
        '</div>\n</div></div></div></div>\n<footer class="site-footer"><div class="site-footer__inner container">'
        '<div id="block-newsletter" class="block block-simplenews"><form class="simplenews-subscriber-form" '
        'action="/politica-de-confidentialitate" method="post" accept-charset="UTF-8"><input type="email" name="mail[0]'
        '[value]"><input type="hidden" name="form_build_id" value="form-%s"><input type="hidden" name="form_id" '
        'value="simplenews_subscriptions_block_newsletter"><input type="submit" value="Abonează-te"></form></div>'
        '<p>&copy; %d Susținători Digital S.R.L. · <a href="https://anpc.ro/ce-este-sal/">ANPC - SAL</a></p></div>'
        '</footer>\n</div></div></div>\n<script type="application/json" data-drupal-selector="drupal-settings-json">'
        '{"path":{"baseUrl":"\\/","currentPath":"node\\/12","currentLanguage":"ro"},"pluralDelimiter":"\\u0003",'
        '"ajaxPageState":{"libraries":"eJx1j1EOwjAI","theme":"sustinatori"},"user":{"uid":0,"permissionsHash":'
        '"%s"}}</script>\n<script src="/sites/default/files/js/js_%s.js?scope=footer&amp;delta=0&amp;'
        'language=ro"></script>'
        '\n</body>\n</html>\n'
        % (a, bf, C.inline_html(blocks[0][1]), field, s["form"], when.year, a[::-1] * 2, a[3:] + a[:3]))


PAGE = {
    "service": "Susținători.ro", "url": URL, "lang": "ro-RO", "platform": "Drupal 10 + Paragraphs, Olivero sub-theme",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 1, 5), "end": dt.date(2026, 4, 20), "hours": (2, 14),
    "policy": POLICY, "first_updated": dt.date(2021, 10, 11), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#block-sustinatori-page-title h1", "article.node--type-page .node__content"],
                    "remove": [".paragraph--type--featured-creators"]},
}
