"""Laboratorios Alameda (clinical laboratory chain) - es-MX - Drupal (9, then 10 from 2023), custom theme. The
"Aviso de privacidad" node holds Paragraphs: a page intro with the node's "Última revisión" stamp, the "Aviso de
Privacidad Integral" (the tracked document, anchored #aviso-integral), a promo CTA paragraph (check-up packages
with prices) and the "Aviso de Privacidad Simplificado", a second document edited on its own. The extlink module
appends SVG icons with <title> text to external and mailto links inside the notice. Noise: form_build_id tokens in
the results-login and newsletter forms, aggregated CSS/JS hashes and ajaxPageState libraries, the Drupal 9 ->
10 upgrade (generator meta, aggregation URLs), the WhatsApp button's office-hours text."""
import datetime as dt
import html
import json
import re

import common as C

URL = "https://www.laboratoriosalameda.com.mx/aviso-de-privacidad"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
## Aviso de Privacidad Integral

Fecha de última actualización: {UPDATED}

### I. Identidad y domicilio del responsable

Laboratorios Clínicos Alameda, S.A. de C.V. (en adelante, "Laboratorios Alameda"), con domicilio en Av. Insurgentes Sur 1458, piso 3, Col. Actipan, Alcaldía Benito Juárez, C.P. 03230, Ciudad de México, es responsable del tratamiento de sus datos personales.

### II. Datos personales que recabamos

Para las finalidades señaladas en este aviso recabamos datos de identificación y contacto (nombre, fecha de nacimiento, sexo, domicilio, teléfono y correo electrónico), datos de facturación (RFC y régimen fiscal) y los siguientes **datos personales sensibles**:

- resultados de estudios de laboratorio y de imagen;
- antecedentes médicos y medicamentos que toma actualmente;
- información sobre embarazo, cuando sea relevante para la interpretación de un estudio.

Sus datos sensibles serán tratados con estrictas medidas de seguridad y solo con su consentimiento expreso, que usted otorga al firmar la solicitud de estudios.

### III. Finalidades del tratamiento

Finalidades primarias: realizar los estudios solicitados, entregar los resultados a usted o al médico que indique, facturar y atender aclaraciones.

Finalidades secundarias: enviarle promociones y recordatorios de chequeos preventivos, y realizar encuestas de calidad. Si no desea que sus datos se usen para estas finalidades, escríbanos a [privacidad@laboratoriosalameda.com.mx](mailto:privacidad@laboratoriosalameda.com.mx).

### IV. Transferencias

| Destinatario | Finalidad | ¿Requiere su consentimiento? |
| Laboratorios de referencia en México y Estados Unidos | Procesamiento de estudios especializados | No |
| Aseguradoras y empresas con convenio | Pago de estudios cubiertos por su póliza o convenio | No |
| Autoridades sanitarias | Notificación de enfermedades sujetas a vigilancia epidemiológica | No |

### V. Derechos ARCO

Usted tiene derecho a acceder, rectificar y cancelar sus datos personales, así como a oponerse a su tratamiento (derechos ARCO). Para ejercerlos, presente su solicitud en cualquier sucursal o a través de nuestro Departamento de Datos Personales. Responderemos en un plazo máximo de 20 días hábiles.

### VI. Uso de cookies

Nuestro sitio utiliza cookies y tecnologías similares para recordar sus preferencias y generar estadísticas de visitas. Puede deshabilitarlas desde la configuración de su navegador.

### VII. Cambios al aviso de privacidad

Cualquier modificación a este aviso se publicará en [esta página](/aviso-de-privacidad). Si considera que su derecho a la protección de datos ha sido vulnerado, puede acudir al [Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales (INAI)](https://home.inai.org.mx).
"""

EDITS = [
    {"note": "transfers table: row added for the cloud provider of the online-results platform",
     "repl": [("| Autoridades sanitarias |", "| Proveedor de servicios en la nube (Microsoft Azure) | Almacenamiento y consulta de resultados en línea | No |\n| Autoridades sanitarias |")]},
    {"note": "ARCO response-time sentence reworded (silent, date not bumped)", "bump": False,
     "repl": [("Responderemos en un plazo máximo de 20 días hábiles.", "Le responderemos en un plazo máximo de 20 días hábiles contados desde la recepción de su solicitud.")]},
    {"note": "sensitive data list: genetic data (genetic and paternity tests) added",
     "repl": [("- información sobre embarazo,", "- datos genéticos, en el caso de pruebas genéticas y de paternidad;\n- información sobre embarazo,")]},
    {"note": "new section VII on home sample collection; 'Cambios' renumbered VIII",
     "repl": [("### VII. Cambios al aviso de privacidad", "### VII. Toma de muestras a domicilio\n\nCuando solicita la toma de muestras a domicilio, compartimos su nombre, domicilio y teléfono con el químico asignado, y registramos la ubicación del vehículo durante la visita para su seguridad y la de nuestro personal.\n\n### VIII. Cambios al aviso de privacidad")]},
    {"note": "complaint authority changed from INAI to the Secretaría Anticorrupción y Buen Gobierno (text and link)",
     "repl": [("[Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales (INAI)](https://home.inai.org.mx)",
               "[Secretaría Anticorrupción y Buen Gobierno](https://www.gob.mx/buengobierno)")]},
]

SIMPLE = [
    "Laboratorios Clínicos Alameda, S.A. de C.V. utilizará sus datos personales, incluidos datos sensibles, para realizar los estudios que solicite y entregarle sus resultados. Puede consultar el aviso integral en esta misma página.",
    "Laboratorios Clínicos Alameda, S.A. de C.V. utilizará sus datos personales, incluidos datos sensibles, para realizar los estudios que solicite, entregarle sus resultados y facturar. Puede consultar el aviso integral en esta misma página o en cualquier sucursal.",
    "Laboratorios Clínicos Alameda, S.A. de C.V. utilizará sus datos personales, incluidos datos sensibles, para realizar los estudios que solicite, entregarle sus resultados y facturar. Si no desea recibir promociones, indíquelo en recepción. Puede consultar el aviso integral en esta misma página o en cualquier sucursal.",
]
PROMOS = [("Check-up Básico", "$899"), ("Check-up Mujer", "$1,290"), ("Perfil Tiroideo", "$650"),
          ("Check-up Hombre 40+", "$1,490"), ("Perfil de Lípidos", "$390")]
D10 = dt.datetime(2023, 3, 28)


def _tok(rng, n=43):
    return C.alnum(rng, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["forms"] = ("form-" + _tok(rng), "form-" + _tok(rng))
    s["core"] = "10.%d" % (1 if when < dt.datetime(2024, 6, 1) else 3) if when >= D10 else "9.5"
    s["agg"] = C.keep_or(rng, prev.get("agg") if prev.get("core") == s["core"] else None, 0.35,
                         lambda: (_tok(rng), _tok(rng), _tok(rng), "eJx" + _tok(rng, 60)))
    n0 = prev.get("simple", 0)
    s["simple"] = min(len(SIMPLE) - 1, n0 + (1 if i and rng.random() < 0.2 else 0))
    changed = prev.get("changed")
    if changed is None or s["simple"] != n0 or rng.random() < 0.2:
        changed = (when - dt.timedelta(days=rng.randint(0, 6))).strftime("%d/%m/%Y")
    s["changed"] = changed
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.6, lambda: tuple(rng.sample(range(len(PROMOS)), 2)))
    s["whatsapp"] = "Atención por WhatsApp de lunes a sábado, 7:00 a 19:00 h" if when.weekday() < 6 else "Hoy domingo te atendemos de 8:00 a 14:00 h"
    return s


LABELS = {
    "forms": "form_build_id tokens (results login, newsletter)",
    "core": "Drupal core version (9.5 -> 10.1 -> 10.3: generator meta, aggregation URL format)",
    "agg": "aggregated CSS/JS file hashes and ajaxPageState.libraries",
    "simple": "other document on the node (Aviso de Privacidad Simplificado) edited",
    "changed": "'Última revisión de esta página' node-changed stamp in the page intro",
    "promo": "promo CTA paragraph (check-up packages and prices) between the two notices",
    "whatsapp": "WhatsApp button office-hours text",
}

EXT = ('<svg focusable="false" width="1em" height="1em" class="ext" data-extlink="" role="img" aria-label="(el enlace es externo)" viewBox="0 0 80 40">'
       '<title>(el enlace es externo)</title><path d="M48 26c-1.1 0-2 0.9-2 2v26H10V18h26c1.1 0 2-0.9 2-2s-0.9-2-2-2H8c-1.1 0-2 0.9-2 2v40c0 1.1 0.9 2 2 2h40c1.1 0 2-0.9 2-2V28c0-1.1-0.9-2-2-2z"></path></svg>')
MAILTO = ('<svg focusable="false" width="1em" height="1em" class="mailto" data-extlink="" role="img" aria-label="(el enlace envía un correo electrónico)" viewBox="0 10 70 20">'
          '<title>(el enlace envía un correo electrónico)</title><path d="M56 14H8c-1.1 0-2 0.9-2 2v32c0 1.1 0.9 2 2 2h48c1.1 0 2-0.9 2-2V16c0-1.1-0.9-2-2-2z"></path></svg>')


def _link(url, label):
    lab = html.escape(label, quote=False)
    if url.startswith("mailto:"):
        return '<a href="%s" class="mailto" data-extlink="">%s%s</a>' % (html.escape(url), lab, MAILTO)
    if url.startswith("http"):
        return '<a href="%s" target="_blank" rel="noopener" class="ext" data-extlink="">%s%s</a>' % (html.escape(url), lab, EXT)
    return '<a href="%s">%s</a>' % (html.escape(url), lab)


def notice_html(blocks):
    out = []
    for k, v in blocks:
        inl = C.inline_html(v, link=_link) if isinstance(v, str) else None
        if k in ("h2", "h3"):
            out.append("<%s>%s</%s>" % (k, inl, k))
        elif k == "p":
            out.append("<p>%s</p>" % inl)
        elif k == "ul":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % C.inline_html(x, link=_link) for x in v))
        elif k == "table":
            out.append('<table class="table table-striped"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>'
                       % ("".join('<th scope="col">%s</th>' % C.inline_html(c) for c in v[0]),
                          "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(c) for c in r) for r in v[1:])))
        else:
            raise ValueError(k)
    return "\n".join(out)


def para(typ, pid, inner, anchor=None):
    return ('<div%s class="paragraph paragraph--type--%s paragraph--view-mode--default" data-paragraph-id="%d">%s</div>'
            % (' id="%s"' % anchor if anchor else "", typ, pid, inner))


def render(s, blocks, when):
    f1, f2 = s["forms"]
    core = s["core"]
    a1, a2, a3, libs = s["agg"]
    d10 = not core.startswith("9")
    if d10:
        css = ('<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language=es&amp;theme=alameda&amp;include=%s" />\n'
               '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=1&amp;language=es&amp;theme=alameda&amp;include=%s" />' % (a1, libs, a2, libs))
        js = '<script src="/sites/default/files/js/js_%s.js?scope=footer&amp;delta=0&amp;language=es&amp;theme=alameda&amp;include=%s"></script>' % (a3, libs)
    else:
        css = '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css" />\n<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css" />' % (a1, a2)
        js = '<script src="/sites/default/files/js/js_%s.js"></script>' % a3
    settings = {"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": "node/42", "currentPathIsAdmin": False, "isFront": False,
                         "currentLanguage": "es"}, "pluralDelimiter": "\u0003", "suppressDeprecationErrors": True,
                "ajaxPageState": {"libraries": libs, "theme": "alameda", "theme_token": None},
                "ajaxTrustedUrl": {"form_action_p_pvdeGsVG5zNF_XLGPTvYSKCf43t8qZYSwcfZl2uzM": True, "/resultados/acceso": True},
                "data": {"extlink": {"extTarget": True, "extTargetAppendNewWindowDisplay": False, "extNofollow": False,
                                     "extTitleNoOverride": False, "extCssExclude": "", "extCssExplicit": "", "extAlert": False,
                                     "extClass": "ext", "mailtoClass": "mailto", "extLabel": "(el enlace es externo)",
                                     "mailtoLabel": "(el enlace envía un correo electrónico)", "extUseFontAwesome": False,
                                     "whitelistedDomains": [], "extExcludeNoreferrer": ""}},
                "user": {"uid": 0, "permissionsHash": "7c1e0f4b2a9d8e3c6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e"}}
    intro = para("texto", 311, '<div class="clearfix text-formatted field field--name-field-texto field--type-text-long field--label-hidden field__item">'
                 '<p>En Laboratorios Alameda cuidamos la confidencialidad de su información y de sus resultados. A continuación encontrará nuestro aviso de privacidad integral y el aviso simplificado que se exhibe en nuestras sucursales.</p>'
                 '<p class="node-changed">Última revisión de esta página: %s</p></div>' % s["changed"])
    integral = para("documento-legal", 312, '<div class="clearfix text-formatted field field--name-field-documento field--type-text-long field--label-hidden field__item">\n%s\n</div>'
                    % notice_html(blocks), "aviso-integral")
    pa, pb = s["promo"]
    promo = para("cta", 313, '<div class="cta cta--promo"><h3 class="cta__title">Promociones del mes</h3><ul class="cta__list">%s</ul>'
                 '<a class="btn btn-primary" href="/paquetes?utm_source=aviso">Ver todos los paquetes</a></div>'
                 % "".join("<li><strong>%s</strong> %s MXN</li>" % (PROMOS[k][0], PROMOS[k][1]) for k in (pa, pb)))
    simple = para("documento-legal", 314, '<div class="clearfix text-formatted field field--name-field-documento field--type-text-long field--label-hidden field__item">'
                  '<h2>Aviso de Privacidad Simplificado</h2><p>%s</p></div>' % html.escape(SIMPLE[s["simple"]], quote=False), "aviso-simplificado")
    node = ('<article data-history-node-id="42" class="node node--type-page node--view-mode-full"><div class="node__content">'
            '<div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden field__items">'
            '<div class="field__item">%s</div><div class="field__item">%s</div><div class="field__item">%s</div><div class="field__item">%s</div></div></div></article>'
            % (intro, integral, promo, simple))
    login = ('<div id="block-alameda-resultados" class="block block-alameda-resultados block-resultados-login-block"><h2 class="block__title">Consulta tus resultados</h2>'
             '<form class="resultados-login-form" data-drupal-selector="resultados-login-form" action="/resultados/acceso" method="post" id="resultados-login-form" accept-charset="UTF-8">'
             '<div class="js-form-item form-item js-form-type-textfield form-type-textfield"><label for="edit-folio">Número de orden</label><input data-drupal-selector="edit-folio" type="text" id="edit-folio" name="folio" value="" size="20" maxlength="20" class="form-text required" required="required"></div>'
             '<div class="js-form-item form-item js-form-type-password form-type-password"><label for="edit-clave">Clave</label><input data-drupal-selector="edit-clave" type="password" id="edit-clave" name="clave" size="20" maxlength="32" class="form-text required" required="required"></div>'
             '<input autocomplete="off" data-drupal-selector="form-%s" type="hidden" name="form_build_id" value="%s">'
             '<input data-drupal-selector="edit-resultados-login-form" type="hidden" name="form_id" value="resultados_login_form">'
             '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Ver resultados" class="button js-form-submit form-submit btn btn-primary"></div></form></div>'
             % (f1[5:].lower(), f1))
    news = ('<div id="block-alameda-boletin" class="block block-simplenews block-simplenews-subscription-block"><h2>Recibe promociones y consejos de salud</h2>'
            '<form class="simplenews-subscriptions-block-boletin simplenews-subscriber-form" data-drupal-selector="simplenews-subscriptions-block-boletin" action="/aviso-de-privacidad" method="post" id="simplenews-subscriptions-block-boletin" accept-charset="UTF-8">'
            '<input data-drupal-selector="edit-mail-0-value" type="email" id="edit-mail-0-value" name="mail[0][value]" value="" size="60" maxlength="254" placeholder="Correo electrónico" class="form-email required" required="required">'
            '<input autocomplete="off" data-drupal-selector="form-%s" type="hidden" name="form_build_id" value="%s">'
            '<input data-drupal-selector="edit-simplenews-subscriptions-block-boletin" type="hidden" name="form_id" value="simplenews_subscriptions_block_boletin">'
            '<input data-drupal-selector="edit-subscribe" type="submit" id="edit-subscribe" name="op" value="Suscribirme" class="button js-form-submit form-submit"></form></div>'
            % (f2[5:].lower(), f2))
    return ('<!DOCTYPE html>\n<html lang="es-MX" dir="ltr" prefix="og: https://ogp.me/ns#">\n  <head>\n    <meta charset="utf-8" />\n'
            '<meta name="description" content="Conozca cómo Laboratorios Alameda protege sus datos personales y sus resultados." />\n'
            '<link rel="canonical" href="%s" />\n<meta name="Generator" content="Drupal %s (https://www.drupal.org)" />\n'
            '<meta name="MobileOptimized" content="width" />\n<meta name="HandheldFriendly" content="true" />\n<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
            '<link rel="icon" href="/themes/custom/alameda/favicon.ico" type="image/vnd.microsoft.icon" />\n<link rel="shortlink" href="/node/42" />\n'
            '    <title>Aviso de privacidad | Laboratorios Alameda</title>\n    %s\n  </head>\n'
            '  <body class="path-node page-node-type-page">\n        <a href="#main-content" class="visually-hidden focusable skip-link">\n      Pasar al contenido principal\n    </a>\n'
            '    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n<div class="layout-container">\n'
            '<header class="site-header" role="banner"><div class="region region-header"><div id="block-alameda-branding" class="block block-system block-system-branding-block">'
            '<a href="/" rel="home" class="site-logo"><img src="/themes/custom/alameda/logo.svg" alt="Inicio" /></a></div>'
            '<nav role="navigation" aria-labelledby="block-alameda-main-menu-menu" id="block-alameda-main-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-alameda-main-menu-menu">Navegación principal</h2>'
            '<ul class="menu"><li class="menu-item"><a href="/estudios">Estudios</a></li><li class="menu-item"><a href="/paquetes">Paquetes</a></li><li class="menu-item"><a href="/sucursales">Sucursales</a></li>'
            '<li class="menu-item"><a href="/domicilio">Servicio a domicilio</a></li><li class="menu-item"><a href="/empresas">Empresas</a></li></ul></nav></div></header>\n'
            '<div class="layout-main-wrapper"><main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">'
            '<div data-drupal-messages-fallback class="hidden"></div>'
            '<div id="block-alameda-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">Aviso de privacidad</span></h1></div>'
            '<div id="block-alameda-content" class="block block-system block-system-main-block">%s</div></div></div>'
            '<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">%s</div></aside></main></div>\n'
            '<footer class="site-footer" role="contentinfo"><div class="region region-footer">%s'
            '<div id="block-alameda-pie" class="block block-block-content"><p>Laboratorios Clínicos Alameda, S.A. de C.V. · Aviso de funcionamiento COFEPRIS 19 09 014 2081 · © %d</p></div></div></footer>\n'
            '<a class="whatsapp-float" href="https://wa.me/525512345678" target="_blank" rel="noopener" title="%s">WhatsApp</a>\n'
            '</div>\n    </div>\n    <script type="application/json" data-drupal-selector="drupal-settings-json">%s</script>\n%s\n  </body>\n</html>\n'
            % (URL, core.split(".")[0], css, node, login, news, when.year, s["whatsapp"],
               json.dumps(settings, separators=(",", ":")).replace("/", "\\/"), js))


PAGE = {
    "service": "Laboratorios Alameda", "url": URL, "lang": "es-MX", "platform": "Drupal 10",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("X-Drupal-Cache", "HIT"), ("X-Drupal-Dynamic-Cache", "UNCACHEABLE"),
                      ("X-Generator", "Drupal (https://www.drupal.org)")),
    "n": 31, "start": dt.date(2021, 1, 20), "end": dt.date(2026, 6, 15),
    "policy": POLICY, "first_updated": dt.date(2020, 9, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#aviso-integral"], "remove": ["#aviso-integral svg.ext", "#aviso-integral svg.mailto"]},
}
