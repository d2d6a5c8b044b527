"""PlomeríaYa - es-MX plumbing franchise (CDMX/Guadalajara) - WordPress + Divi, Buen Fin countdown and CTA inside."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tkit as K  # noqa: E402
from tkit import C  # noqa: E402

URL = "https://plomeriaya.com.mx/aviso-de-privacidad/"
MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
# Aviso de Privacidad Integral

Última actualización: {UPDATED}

PlomeríaYa Franquicias, S.A. de C.V. ("PlomeríaYa"), con domicilio en Av. Insurgentes Sur 1602, piso 4, Col. Crédito Constructor, Alcaldía Benito Juárez, C.P. 03940, Ciudad de México, es responsable del tratamiento de sus datos personales conforme a la Ley Federal de Protección de Datos Personales en Posesión de los Particulares.

## Datos personales que recabamos

- nombre completo, teléfono celular y correo electrónico;
- domicilio donde se realizará el servicio y referencias para llegar;
- RFC, razón social y régimen fiscal cuando solicita factura (CFDI);
- fotografías de la instalación hidráulica o de gas;
- grabaciones de llamadas a nuestro centro de atención.

No recabamos datos personales sensibles.

## Finalidades

Sus datos se utilizan para las siguientes finalidades primarias: agendar y realizar servicios de plomería, destapes, instalación de calentadores y detección de fugas; emitir facturas; atender garantías y quejas. De manera secundaria, y solo si usted no se opone, los usaremos para enviarle promociones y encuestas de satisfacción. Puede negarse a las finalidades secundarias escribiendo a nuestro correo de privacidad.

## Transferencias

Sus datos pueden ser compartidos con las franquicias PlomeríaYa de su zona, que prestan el servicio, y con los siguientes terceros:

| Tercero | Finalidad |
| Facturama (Grupo PHI) | emisión de CFDI |
| Mercado Pago | cobro con tarjeta |
| Meta Platforms (WhatsApp Business) | comunicación con el técnico |

## Derechos ARCO

Usted tiene derecho a acceder, rectificar, cancelar u oponerse al tratamiento de sus datos (derechos ARCO), así como a revocar su consentimiento. Envíe su solicitud a [privacidad@plomeriaya.com.mx](mailto:privacidad@plomeriaya.com.mx); le responderemos en un plazo máximo de 20 días hábiles.

## Conservación

Conservamos sus datos durante 5 años después del último servicio, plazo que exige la legislación fiscal.

## Cambios al aviso

Cualquier cambio a este aviso se publicará en esta página.
"""

EDITS = [
    {"note": "new recipient row (Clip payments)", "repl": [("| Mercado Pago | cobro con tarjeta |",
                                                          "| Mercado Pago | cobro con tarjeta |\n"
                                                          "| Clip (PayClip, S. de R.L. de C.V.) | cobro con terminal "
                                                          "en domicilio |")]},
    {"note": "domicile moved (Insurgentes Sur 1602 -> Av. Revolución 1267)",
     "repl": [("Av. Insurgentes Sur 1602, piso 4, Col. Crédito Constructor, Alcaldía Benito Juárez, C.P. 03940",
               "Av. Revolución 1267, piso 9, Col. Los Alpes, Alcaldía Álvaro Obregón, C.P. 01040")]},
    {"note": "new sentence: Mexican data protection authority INAI complaint",
     "repl": [("en un plazo máximo de 20 días hábiles.", "en un plazo máximo de 20 días hábiles. Si considera que "
               "su derecho fue vulnerado, puede acudir ante el INAI.")]},
    {"note": "Facturama replaced by Alegra", "repl": [("| Facturama (Grupo PHI) | emisión de CFDI |",
                                                     "| Alegra | emisión de CFDI |")]},
    {"note": "new list item: geolocation of technician ride", "repl": [(
        "- grabaciones de llamadas a nuestro centro de atención.", "- grabaciones de llamadas a nuestro centro de "
        "atención;\n- ubicación aproximada cuando comparte su ubicación por WhatsApp.")]},
    {"note": "INAI reference replaced after INAI's dissolution (2025), without new date", "bump": False,
     "repl": [("puede acudir ante el INAI.", "puede acudir ante la autoridad de protección de datos competente.")]},
]

PROMO = [((11,), "El Buen Fin", dt.date(2000, 11, 16)), ((5, 6), "Hot Sale", dt.date(2000, 5, 30)),
         ((7, 8, 9), "Temporada de lluvias: destape preventivo", None)]


def noise(rng, when, i, prev):
    s = {"nonce": (C.hexs(rng, 10), C.hexs(rng, 10))}
    s["promo"] = K.season(when, [(m, (t, d)) for m, t, d in PROMO]) or ("Servicio 24 horas", None)
    s["techs"] = rng.randint(3, 27)
    s["cache"] = K.deploy_hash("et-core-unified", when, 1, 8)
    return s


LABELS = {"nonce": "Divi et_pb_custom / wpApiSettings nonces",
          "promo": "Divi countdown timer module for the current campaign (INSIDE)",
          "techs": "CTA 'técnicos disponibles ahora' count (INSIDE)", "cache": "et-core-unified static CSS hash"}


def render(s, blocks, when):
    title, end = s["promo"]
    if end:
        e = dt.datetime(when.year, end.month, end.day, 23, 59)
        left = max(0, int((e - when).total_seconds()))
        timer = ('<div class="et_pb_module et_pb_countdown_timer et_pb_countdown_timer_0" data-end-timestamp="%d">'
                 '<div class="et_pb_countdown_timer_container"><h4 class="title">%s</h4><div class="section values">'
                 '<p class="value days">%02d</p><p class="label">Días</p><p class="value hours">%02d</p><p class='
                 '"label">Hrs</p></div></div></div>' % (C.epoch(e), C.esc(title), left // 86400, left % 86400 // 3600))
    else:
        timer = ('<div class="et_pb_module et_pb_countdown_timer et_pb_countdown_timer_0"><div class="et_pb_count'
                 'down_timer_container"><h4 class="title">%s</h4></div></div>' % C.esc(title))
    cta = ('<div class="et_pb_module et_pb_promo et_pb_promo_0 et_pb_bg_layout_dark"><div class="et_pb_promo_'
           'description"><h2 class="et_pb_module_header">¿Tienes una fuga?</h2><div>Técnicos disponibles ahora: '
           '<strong>%d</strong></div></div><a class="et_pb_button et_pb_promo_button" href="https://wa.me/52551234'
           '5678">Escríbenos por WhatsApp</a></div>' % s["techs"])
    text = ('<div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_left et_pb_bg_layout_light"><div '
            'class="et_pb_text_inner">%s</div></div>' % C.render_blocks(blocks))
    return (
        '<!DOCTYPE html>\n<html lang="es-MX">\n<head>\n<meta charset="UTF-8" />\n<title>Aviso de Privacidad | '
        'PlomeríaYa</title>\n<link rel="stylesheet" id="divi-style-css" href="https://plomeriaya.com.mx/wp-content/'
        'themes/Divi/style-static.min.css?ver=4.24.2" type="text/css" media="all" />\n<link rel="stylesheet" id="et-'
        'core-unified-3-cached-inline-styles" href="https://plomeriaya.com.mx/wp-content/et-cache/3/et-core-unified-3-'
        '17%s.min.css" />\n</head>\n<body class="privacy-policy page-template-default page page-id-3 et_pb_button_'
        'helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_pb_pagebuilder_layout '
        'et_divi_theme et-db">\n<div id="page-container"><header id="main-header" data-height-onload="66"><div class='
        '"container clearfix et_menu_container"><div class="logo_container"><a href="/"><img src="/wp-content/uploads/'
        '2021/02/plomeriaya-logo.png" alt="PlomeríaYa" id="logo" /></a></div><div id="et-top-navigation"><nav id="top-'
        'menu-nav"><ul id="top-menu" class="nav"><li class="menu-item"><a href="/servicios/">Servicios</a></li><li '
        'class="menu-item"><a href="/franquicias/">Franquicias</a></li><li class="menu-item"><a href="/contacto/">'
        'Contacto</a></li></ul></nav></div></div></header>\n<div id="et-main-area"><div id="main-content">'
        '<article id="post-3" class="post-3 page type-page status-publish hentry"><div class="entry-content">'
        '<div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3"><div class="et_pb_section '
        'et_pb_section_0 et_section_regular"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_'
        '4_4 et_pb_column_0">%s%s%s</div></div></div></div></div></div></article></div>\n'
        '<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix"><div id="footer-info">'
        '© %d PlomeríaYa Franquicias · <a href="/aviso-de-privacidad/">Aviso de privacidad</a></div></div></div>'
        '</footer></div></div>\n<div class="joinchat joinchat--right" data-settings=\'{"telephone":"5215512345678",'
        '"mobile_only":false}\'><div class="joinchat__button"></div></div>\n<script type="text/javascript" id="divi-'
        'custom-script-js-extra">var et_pb_custom = {"ajaxurl":"https:\\/\\/plomeriaya.com.mx\\/wp-admin\\/admin-ajax.'
        'php","et_frontend_nonce":"%s","subscription_failed":"Por favor, revise los campos.","et_ab_log_nonce":"%s",'
        '"page_id":"3","is_cache_plugin_active":"no"};</script>\n</body>\n</html>\n'
        % (s["cache"], timer, text, cta, when.year, s["nonce"][0], s["nonce"][1]))


PAGE = {
    "service": "PlomeriaYa", "url": URL, "lang": "es-MX", "platform": "WordPress + Divi",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 2, 14), "end": dt.date(2026, 4, 28), "hours": (6, 14, 22),
    "policy": POLICY, "first_updated": dt.date(2021, 10, 4), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#main-content .entry-content"],
                    "remove": [".et_pb_countdown_timer", ".et_pb_promo"]},
}
