"""Prendamás - es-MX pawnshop chain (casa de empeño) - Drupal 10, Olivero-derived theme, Aviso de Privacidad
Integral as a basic page node."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import rkit as K  # noqa: E402

URL = "https://www.prendamas.com.mx/aviso-de-privacidad"


def fmt_date(d):
    return K.dmy(d, "es", " de ")


POLICY = """
# Aviso de Privacidad Integral

Fecha de última actualización: {UPDATED}

## Identidad y domicilio del responsable

Prendamás Servicios Prendarios, S.A. de C.V. (en adelante "Prendamás"), con domicilio en Avenida Vallarta 3233, piso 4, colonia Vallarta Poniente, C.P. 44110, Guadalajara, Jalisco, es responsable del tratamiento de sus datos personales conforme a la Ley Federal de Protección de Datos Personales en Posesión de los Particulares.

## Datos personales que recabamos

Para las finalidades señaladas en este aviso recabamos los siguientes datos personales:

- datos de identificación: nombre completo, fecha de nacimiento, CURP, RFC, firma y fotografía;
- datos de contacto: domicilio, teléfono fijo y celular, correo electrónico;
- datos de su identificación oficial (INE, pasaporte o cédula profesional);
- datos patrimoniales: descripción de las prendas que deja en garantía, avalúo y montos de préstamo;
- datos financieros: número de cuenta CLABE para depósitos y referencias de pago.

No recabamos datos personales sensibles.

## Finalidades primarias

Sus datos serán utilizados para identificarle y verificar su identidad, valuar las prendas que nos presenta, celebrar el contrato de mutuo con interés y garantía prendaria, administrar refrendos, desempeños y pagos, comercializar las prendas no desempeñadas conforme al contrato, y cumplir con las obligaciones de la Ley Federal para la Prevención e Identificación de Operaciones con Recursos de Procedencia Ilícita y de la Norma Oficial Mexicana NOM-179-SCFI.

## Finalidades secundarias

De manera adicional, utilizaremos su información para enviarle promociones, invitaciones a remates y encuestas de calidad. Si no desea que sus datos se utilicen para estas finalidades, puede indicarlo en cualquier momento escribiendo al correo señalado en este aviso.

## Transferencias

Sus datos personales pueden ser transferidos, sin requerir su consentimiento, a las siguientes autoridades y terceros:

| Destinatario | Finalidad |
| Unidad de Inteligencia Financiera (SHCP) | Avisos por actividades vulnerables |
| Procuraduría Federal del Consumidor (PROFECO) | Atención de quejas y verificación del Registro Público de Casas de Empeño |
| Autoridades judiciales y ministeriales | Atención de requerimientos legales |
| Sociedades de información crediticia | Consulta y reporte de historial crediticio |

## Derechos ARCO

Usted tiene derecho a conocer qué datos personales tenemos de usted (Acceso), solicitar su corrección (Rectificación), que los eliminemos (Cancelación) u oponerse a su uso para fines específicos (Oposición). Para ejercer sus derechos ARCO envíe su solicitud al Departamento de Datos Personales al correo [datospersonales@prendamas.com.mx](mailto:datospersonales@prendamas.com.mx), acompañada de copia de su identificación oficial. Daremos respuesta en un plazo máximo de 20 días hábiles.

## Revocación del consentimiento y limitación del uso

Puede revocar su consentimiento o limitar el uso de sus datos mediante solicitud al mismo correo. También puede inscribirse en el Registro Público para Evitar Publicidad de la PROFECO.

## Uso de cookies

Nuestro sitio utiliza cookies y web beacons para conocer su comportamiento de navegación, la sucursal que consulta y el tipo de navegador. Puede deshabilitarlas desde la configuración de su navegador.

## Cambios al aviso de privacidad

Cualquier modificación a este aviso se publicará en este sitio web y en nuestras sucursales.

## Medios para limitar el uso o divulgación

Además del correo señalado, puede acudir a cualquiera de nuestras sucursales y solicitar el formato de limitación de uso, que será atendido por el gerente de la sucursal y turnado a nuestra área de datos personales.
"""

EDITS = [
    {"note": "transfers: credit bureaus row removed (no longer reported)",
     "repl": [("| Sociedades de información crediticia | Consulta y reporte de historial crediticio |\n", "")]},
    {"note": "list item added: approximate location when the app looks up branches",
     "repl": [("- datos financieros: número de cuenta CLABE para depósitos y referencias de pago.",
               "- datos financieros: número de cuenta CLABE para depósitos y referencias de pago;\n"
               "- datos de ubicación aproximada cuando utiliza nuestra app para localizar sucursales.")]},
    {"note": "ARCO contact: data-protection officer named and new e-mail address",
     "repl": [("al Departamento de Datos Personales al correo [datospersonales@prendamas.com.mx](mailto:datos"
               "personales@prendamas.com.mx)", "a nuestra Oficial de Datos Personales, Lic. Mariana Ortega Villaseñor,"
               " al correo [privacidad@prendamas.com.mx](mailto:privacidad@prendamas.com.mx)")]},
    {"note": "registered address moved (Av. Vallarta 3233 -> Av. Américas 1545, Providencia, 44630)",
     "repl": [("Avenida Vallarta 3233, piso 4, colonia Vallarta Poniente, C.P. 44110",
               "Avenida Américas 1545, piso 11, colonia Providencia, C.P. 44630")]},
    {"note": "words inserted without a new date (remates -> subastas y remates)", "bump": False,
     "repl": [("invitaciones a remates y encuestas", "invitaciones a subastas y remates, y encuestas")]},
    {"note": "new section on video surveillance in branches",
     "repl": [("## Uso de cookies", "## Videovigilancia\n\nNuestras sucursales cuentan con cámaras de videovigilancia. "
               "Las imágenes y sonidos captados se utilizan para su seguridad y la de las prendas en resguardo y se "
               "conservan por 90 días.\n\n## Uso de cookies")]},
]

REMATES = [("Anillo de oro 14k con diamante 0.25 ct", 6890), ("Pantalla Samsung 55\" 4K", 5499),
           ("Cadena de oro 10k, 22 g", 11200), ("Laptop HP Pavilion 15, 8 GB", 6250),
           ("Reloj Citizen Eco-Drive", 2390), ("Consola Nintendo Switch OLED", 4999),
           ("Esclava de oro 14k, 15 g", 12850), ("Taladro DeWalt inalámbrico", 1890)]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"form": "form-" + C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")}
    s["assets"] = C.keep_or(rng, prev.get("assets"), 0.3, lambda: (C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0"
                                                                               "123456789"), C.alnum(rng, 43)))
    s["remates"] = C.keep_or(rng, prev.get("remates"), 0.8,
                             lambda: tuple((k, int(REMATES[k][1] * rng.uniform(0.8, 1.05)))
                                           for k in rng.sample(range(len(REMATES)), 3)))
    cat = 96 + (when.year - 2022) * 3 + rng.choice([0, 0, 1])
    s["cat"] = C.keep_or(rng, prev.get("cat"), 0.3, lambda: ("%d.%d" % (cat, rng.randint(0, 9)),
                                                             (when - dt.timedelta(days=rng.randint(3, 40))).date()))
    s["promo"] = K.season(when, [(11, 10, 11, 21, "El Buen Fin: hasta 50% de descuento en remates"),
                                 (5, 1, 5, 10, "Para mamá: joyería en remate"),
                                 (1, 2, 1, 31, "Cuesta de enero: préstamo al 4% mensual")], "")
    return s


LABELS = {"form": "form_build_id of the 'Cotiza tu empeño' form (per request)",
          "assets": "css_js_query_string and libraries hash after cache rebuilds",
          "remates": "'Remates de la semana' view rows with prices", "cat": "CAT promedio disclosure in footer",
          "promo": "seasonal promo banner"}


def render(s, blocks, when):
    q, libs = s["assets"]
    cat, catd = s["cat"]
    body = C.render_blocks(blocks[1:], sep="\n")
    rows = "".join('<div class="views-row"><article class="node node--type-remate node--view-mode-teaser"><h3><a '
                   'href="/remates/%d">%s</a></h3><div class="field field--name-field-precio">$%s MXN</div></article>'
                   '</div>' % (k + 3100, C.esc(REMATES[k][0]), C.group_digits(p, ",")) for k, p in s["remates"])
    promo = ('<div class="block block-block-content promo-banner"><p>%s</p></div>' % C.esc(s["promo"])
             if s["promo"] else "")
    return ('<!DOCTYPE html>\n<html lang="es-MX" dir="ltr">\n<head>\n<meta charset="utf-8" />\n'
            '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n'
            '<title>Aviso de Privacidad Integral | Prendamás</title>\n'
            '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language=es&amp;'
            'theme=prendamas&amp;include=eJxLzs8tSM3L" />\n</head>\n'
            '<body class="path-node page-node-type-page">\n<a href="#main-content" class="visually-hidden focusable '
            'skip-link">Pasar al contenido principal</a>\n'
            '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" '
            'class="page-wrapper"><div id="page">\n<header id="header" class="site-header"><div class="site-branding">'
            '<a href="/" rel="home" class="site-branding__logo">'
            '<img src="/themes/custom/prendamas/logo.svg" alt="Inicio'
            '" /></a></div><nav id="block-prendamas-main-menu" class="primary-nav"><ul class="menu primary-nav__menu">'
            '<li class="primary-nav__menu-item"><a href="/empeno">Empeño</a></li><li class="primary-nav__menu-item">'
            '<a href="/remates">Remates</a></li><li class="primary-nav__menu-item"><a href="/sucursales">Sucursales</a>'
            '</li><li class="primary-nav__menu-item"><a href="/refrendo-en-linea">Refrenda en línea</a></li></ul></nav>'
            '</header>\n%s\n<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="'
            'layout-main"><div class="main-content"><a id="main-content" tabindex="-1"></a>\n'
            '<div class="region region--content-above"><div id="block-prendamas-page-title" class="block block-core '
            'block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-'
            'string field--label-hidden">%s</span></h1></div></div>\n'
            '<div class="region region--content"><div id="block-prendamas-content" class="block block-system block-'
            'system-main-block"><article data-history-node-id="41" class="node node--type-page node--view-mode-full">'
            '<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-'
            'with-summary field--label-hidden field__item">%s</div></div></article></div></div>\n'
            '<div class="region region--sidebar"><div class="views-element-container block block-views"><h2>Remates de '
            'la semana</h2><div class="view view-remates view-display-id-block_1">%s</div></div>\n'
            '<form class="cotizador-form" data-drupal-selector="cotizador-form" action="/aviso-de-privacidad" '
            'method="post" id="cotizador-form" accept-charset="UTF-8"><label for="edit-gramos">Cotiza tu empeño: '
            'gramos de oro</label><input type="number" id="edit-gramos" name="gramos" /><input autocomplete="off" '
            'data-drupal-selector="form-%s" type="hidden" name="form_build_id" value="%s" /><input data-drupal-'
            'selector="edit-cotizador-form" type="hidden" name="form_id" value="cotizador_form" /><input type="submit"'
            ' value="Cotizar" class="button" /></form></div>\n'
            '</div></div></div>\n<footer class="site-footer"><div class="region region--footer-bottom"><p class="cat-'
            'disclosure">CAT PROMEDIO %s%% sin IVA, para fines informativos y de comparación. Fecha de cálculo: %s. '
            'Registro Público de Casas de Empeño PROFECO 1298-2019.</p><p>&copy; %d Prendamás Servicios Prendarios, '
            'S.A. de C.V.</p></div></footer>\n</div></div></div>\n'
            '<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/",'
            '"currentPath":"node\\/41","currentLanguage":"es"},"pluralDelimiter":"\\u0003","ajaxPageState":{"libraries"'
            ':"%s","theme":"prendamas"},"ajaxTrustedUrl":{"\\/aviso-de-privacidad":true}}</script>\n'
            '<script src="/sites/default/files/js/js_%s.js?scope=footer&amp;delta=0&amp;language=es"></script>\n'
            '</body>\n</html>\n'
            % (libs[:20] + q, promo, C.esc(blocks[0][1]), body, rows, s["form"][5:], s["form"], cat,
               fmt_date(catd), when.year, libs, libs[20:] + q))


PAGE = {
    "service": "Prendamas", "url": URL, "lang": "es-MX", "platform": "Drupal 10",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 1, 5), "end": dt.date(2026, 5, 10), "hours": (6, 7, 18),
    "policy": POLICY, "first_updated": dt.date(2021, 9, 30), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["h1.page-title", ".node--type-page .field--name-body"]},
}
