"""Biblioteques del Vallès Oriental - ca public library network - Drupal 7, migrated to Drupal 10 in June 2024."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lkit as K  # noqa: E402
from lkit import C  # noqa: E402

URL = "https://biblioteques.vallesoriental.cat/politica-de-privacitat"
MIGRATION = dt.datetime(2024, 6, 11)


def fmt_date(d):
    return "%d %s de %d" % (d.day, K.MONTHS["ca"][d.month - 1], d.year)


POLICY = """
# Política de privacitat

Darrera actualització: {UPDATED}

La Xarxa de Biblioteques del Vallès Oriental (en endavant, la Xarxa) tracta les dades personals de les persones usuàries de les biblioteques, del catàleg en línia i d'aquest web d'acord amb el Reglament (UE) 2016/679, general de protecció de dades (RGPD), i la Llei orgànica 3/2018, de protecció de dades personals i garantia dels drets digitals.

## Responsable del tractament

@ Consell Comarcal del Vallès Oriental
@ Carrer de Miquel Ricomà, 46
@ 08401 Granollers
@ Telèfon: 938 600 700
@ [dades@vallesoriental.cat](mailto:dades@vallesoriental.cat)

La persona delegada de protecció de dades és el Consorci Administració Oberta de Catalunya, amb qui podeu contactar a [dpd@aoc.cat](mailto:dpd@aoc.cat).

## Quines dades tractem

- Dades identificatives: nom i cognoms, DNI, NIE o passaport, data de naixement i fotografia del carnet.
- Dades de contacte: adreça postal, correu electrònic i telèfon.
- Dades de préstec: documents en préstec, reserves, renovacions i sancions pendents.
- Dades d'inscripció a activitats: clubs de lectura, tallers i visites escolars.
- Dades de connexió dels ordinadors i de la xarxa wifi de les biblioteques.

No conservem l'historial dels documents que heu retornat, llevat que activeu expressament l'opció "Historial de lectures" al vostre compte del catàleg.

## Finalitats i base jurídica

Tractem les dades per gestionar el carnet de biblioteca i el servei de préstec, per organitzar activitats culturals, per enviar-vos avisos de venciment i reserves i, si ho consentiu, el butlletí d'activitats. La base jurídica és el compliment d'una missió d'interès públic (article 6.1.e del RGPD) d'acord amb la Llei 4/1993, del sistema bibliotecari de Catalunya, i el vostre consentiment per al butlletí.

## Destinataris i encarregats del tractament

Les dades no es cedeixen a tercers, llevat d'obligació legal. Per prestar el servei hi intervenen aquests encarregats:

| Encarregat | Servei | Ubicació |
| Servei de Biblioteques de la Diputació de Barcelona | Catàleg col·lectiu i gestió del préstec (Sierra) | Barcelona |
| Consorci de Serveis Universitaris de Catalunya | Préstec interbibliotecari | Barcelona |
| Mailchimp (Intuit Inc.) | Enviament del butlletí | Estats Units |
| Odilo TID, SL | Préstec de llibres electrònics (eBiblio) | Cartagena |

## Termini de conservació

Conservem les dades del carnet mentre sigui vigent i fins a 4 anys després de l'últim ús. Les dades de connexió a la xarxa wifi es conserven 12 mesos. Les dades d'inscripció a activitats es suprimeixen un any després de l'activitat.

## Drets de les persones usuàries

Podeu exercir els drets d'accés, rectificació, supressió, oposició, limitació del tractament i portabilitat adreçant-vos a qualsevol biblioteca de la Xarxa o a través de la seu electrònica del Consell Comarcal. Si considereu que no s'han atès correctament els vostres drets, podeu presentar una reclamació a l'Autoritat Catalana de Protecció de Dades ([apdcat.cat](https://apdcat.gencat.cat)).

## Menors d'edat

Els infants menors de 14 anys necessiten l'autorització del pare, la mare o la persona tutora per obtenir el carnet. El tutor legal pot consultar els préstecs del menor a qualsevol biblioteca de la Xarxa.

## Galetes

Aquest web utilitza galetes tècniques i, amb el vostre consentiment, galetes d'analítica. Trobareu més informació a la [política de galetes](/politica-de-galetes).
"""

EDITS = [
    {"note": "processor table: Mailchimp replaced by Acumbamail (Spain) for the newsletter",
     "repl": [("| Mailchimp (Intuit Inc.) | Enviament del butlletí | Estats Units |",
               "| Acumbamail, SL | Enviament del butlletí | Ciudad Real |")]},
    {"note": "wifi connection data retention 12 -> 6 months",
     "repl": [("xarxa wifi es conserven 12 mesos.", "xarxa wifi es conserven 6 mesos.")]},
    {"note": "wording fixed without a new date ('llevat d'obligació legal' -> "
             "'llevat que hi hagi una obligació legal')", "bump": False,
     "repl": [("llevat d'obligació legal.", "llevat que hi hagi una obligació legal.")]},
    {"note": "controller address moved (Miquel Ricomà 46 -> Plaça de la Porxada 9) and new phone",
     "repl": [("@ Carrer de Miquel Ricomà, 46\n@ 08401 Granollers\n@ Telèfon: 938 600 700",
               "@ Plaça de la Porxada, 9\n@ 08401 Granollers\n@ Telèfon: 938 426 610")]},
    {"note": "list item added: self-service return machines (RFID) data",
     "repl": [("- Dades de connexió dels ordinadors", "- Dades dels terminals d'autopréstec i de retorn "
               "automàtic (número de carnet i codis dels documents).\n- Dades de connexió dels ordinadors")]},
    {"note": "new section: video surveillance in the libraries",
     "repl": [("## Menors d'edat", "## Videovigilància\n\nLes biblioteques de Granollers, Mollet del Vallès i "
               "Cardedeu disposen de càmeres de videovigilància per garantir la seguretat de les persones i de "
               "les instal·lacions. Les imatges es conserven un màxim d'un mes i només es cedeixen a les forces "
               "i cossos de seguretat quan ho requereixen.\n\n## Menors d'edat")]},
]

ACTIVITATS = ["Club de lectura: Mercè Rodoreda", "Hora del conte: contes del món", "Taller de genealogia familiar",
              "Sant Jordi a la biblioteca", "Cinefòrum: clàssics del cinema català", "Taller d'escriptura creativa",
              "Presentació de llibre: autors del Vallès", "Còmic i manga: trobada juvenil"]
BIBLIOS = ["Granollers - Can Pedrals", "Mollet del Vallès - Can Mulà", "Cardedeu - Marc de Vilalba",
           "La Garriga - Núria Albó", "Sant Celoni - L'Escorxador"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"form": "form-" + C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")}
    s["css"] = C.keep_or(rng, prev.get("css"), 0.35, lambda: C.alnum(rng, 43))
    s["js"] = C.keep_or(rng, prev.get("js"), 0.35, lambda: C.alnum(rng, 43))
    s["acts"] = C.keep_or(rng, prev.get("acts"), 0.8,
                          lambda: tuple((k, rng.choice(BIBLIOS), rng.randint(2, 25)) for k in rng.sample(range(8), 3)))
    s["platform"] = "d10" if when >= MIGRATION else "d7"
    s["notice"] = K.season(when, [(7, 8, "Horari d'estiu: del 24 de juny al 8 de setembre les biblioteques obren "
                                        "només en horari de matí els dissabtes."),
                                  (12, 12, "Les biblioteques tanquen els dies 25 i 26 de desembre i 1 i 6 de gener.")])
    return s


LABELS = {"form": "search form form_build_id (per request)", "css": "Drupal aggregated CSS file hash",
          "js": "Drupal aggregated JS file hash", "acts": "'Properes activitats' block",
          "platform": "Drupal 7 -> Drupal 10 migration (new theme)", "notice": "seasonal opening-hours notice"}


def _acts(s, when):
    out = []
    for n, (k, b, d) in enumerate(s["acts"]):
        day = (when + dt.timedelta(days=d)).date()
        out.append('<li><span class="date-display-single">%d/%d/%d</span> <a href="/agenda/%d">%s</a> '
                   '<span class="biblioteca">%s</span></li>' % (day.day, day.month, day.year, 100 + k,
                                                                C.esc(ACTIVITATS[k]), C.esc(b)))
    return "".join(out)


def render(s, blocks, when):
    body = C.render_blocks(blocks[1:])
    h1 = C.esc(blocks[0][1])
    notice = ('<div class="avis-important" role="alert">%s</div>' % C.esc(s["notice"])) if s["notice"] else ""
    if s["platform"] == "d7":
        return ('<!DOCTYPE html>\n<html lang="ca" dir="ltr">\n<head>\n<meta charset="utf-8" />\n'
                '<meta name="Generator" content="Drupal 7 (http://drupal.org)" />\n'
                '<title>Política de privacitat | Biblioteques del Vallès Oriental</title>\n'
                '<link type="text/css" rel="stylesheet" href="/sites/default/files/css/css_%s.css" media="all" />\n'
                '<script src="/sites/default/files/js/js_%s.js"></script>\n'
                '<script>jQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":"","ajaxPageState":'
                '{"theme":"bibliovo","theme_token":"%s"}});</script>\n</head>\n'
                '<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- '
                'page-node-412 node-type-page i18n-ca">\n<div id="skip-link"><a href="#main-content" '
                'class="element-invisible element-focusable">Vés al contingut principal</a></div>\n%s'
                '<div id="page-wrapper"><div id="page"><div id="header"><a href="/" id="logo"><img src="/sites/all/'
                'themes/bibliovo/logo.png" alt="Inici" /></a>\n<form action="/cataleg" method="post" id="search-block-'
                'form" accept-charset="UTF-8"><input type="text" name="search_block_form" /><input type="hidden" '
                'name="form_build_id" value="%s" /><input type="hidden" name="form_id" value="search_block_form" />'
                '</form></div>\n<div id="main"><div id="content" class="column"><a id="main-content"></a>\n'
                '<h1 class="title" id="page-title">%s</h1>\n'
                '<div class="region region-content"><div id="block-system-main" class="block block-system">'
                '<div id="node-412" class="node node-page clearfix"><div class="content">'
                '<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="'
                'field-items"><div class="field-item even" property="content:encoded">\n%s\n</div></div></div>'
                '</div></div></div></div></div>\n'
                '<div class="region region-sidebar-second"><div class="block block-views"><h2>Properes activitats'
                '</h2><div class="view view-agenda"><ul>%s</ul></div></div></div></div>\n'
                '<div id="footer"><p>Consell Comarcal del Vallès Oriental · <a href="/avis-legal">Avís legal</a> · '
                '<a href="/accessibilitat">Accessibilitat</a></p></div></div></div>\n</body>\n</html>\n'
                % (s["css"], s["js"], s["form"][5:27], notice, s["form"], h1, body, _acts(s, when)))
    return ('<!DOCTYPE html>\n<html lang="ca" dir="ltr">\n<head>\n<meta charset="utf-8" />\n'
            '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n'
            '<title>Política de privacitat | Biblioteques del Vallès Oriental</title>\n'
            '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language=ca'
            '&amp;theme=bibliovo_olivero&amp;include=eJxLyk" />\n'
            '<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/",'
            '"currentPath":"node\\/412","currentLanguage":"ca"},"pluralDelimiter":"\\u0003","ajaxPageState":'
            '{"libraries":"eJxLyk","theme":"bibliovo_olivero","theme_token":null}}</script>\n'
            '<script src="/sites/default/files/js/js_%s.js?scope=footer&amp;delta=0&amp;language=ca" defer></script>'
            '\n</head>\n<body class="path-node page-node-type-page">\n<a href="#main-content" class="visually-hidden '
            'focusable skip-link">Vés al contingut principal</a>\n<div class="dialog-off-canvas-main-canvas" '
            'data-off-canvas-main-canvas>\n%s<header class="site-header"><div class="site-branding"><a href="/" '
            'rel="home">Biblioteques del Vallès Oriental</a></div>\n<form class="search-block-form" data-drupal-'
            'selector="search-block-form" action="/cataleg" method="get"><input type="search" name="keys" />'
            '<input autocomplete="off" data-drupal-selector="form-%s" type="hidden" name="form_build_id" value="%s" />'
            '</form></header>\n<main role="main" class="main"><a id="main-content" tabindex="-1"></a>\n'
            '<div class="region region--content-above"><div class="block block-core block-page-title-block">'
            '<h1 class="title page-title"><span class="field field--name-title">%s</span></h1></div></div>\n'
            '<div class="region region--content grid-full layout--pass--content-medium" id="content">'
            '<div id="block-bibliovo-olivero-content" class="block block-system block-system-main-block">'
            '<article data-history-node-id="412" class="node node--type-page node--view-mode-full">'
            '<div class="node__content"><div class="text-content clearfix field field--name-body '
            'field--type-text-with-summary field--label-hidden field__item">\n%s\n</div></div></article></div></div>\n'
            '<aside class="region region--sidebar"><div class="views-element-container block"><h2 class="block__title">'
            'Properes activitats</h2><ul class="agenda-list">%s</ul></div></aside></main>\n'
            '<footer class="site-footer"><p>© %d Consell Comarcal del Vallès Oriental · <a href="/avis-legal">'
            'Avís legal</a> · <a href="/accessibilitat">Accessibilitat</a></p></footer>\n</div>\n'
            '<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>\n</body>\n</html>\n'
            % (s["css"], s["js"], notice, s["form"][5:].lower(), s["form"], h1, body, _acts(s, when), when.year))


PAGE = {
    "service": "Biblioteques del Vallès Oriental", "url": URL, "lang": "ca", "platform": "Drupal 7 -> Drupal 10",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 1, 10), "end": dt.date(2026, 3, 31), "hours": (5, 9, 14),
    "policy": POLICY, "first_updated": dt.date(2021, 9, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "gold_md": lambda b: C.blocks_md(b[1:], URL),
    "declaration": {"fetch": URL, "select": [".node--type-page .field--name-body"]},
    "history": [{"fetch": URL, "select": ["#node-412 .field-name-body .field-item"],
                 "validUntil": "2024-06-11T00:00:00Z"}],
}
