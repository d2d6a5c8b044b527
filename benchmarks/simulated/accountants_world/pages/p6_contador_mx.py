"""Robles Garza Contadores - es-MX accounting and tax firm (Monterrey) - WordPress with Avada (Fusion Builder): the
aviso de privacidad in a Fusion text element; a second text element in the same column shows the booking plugin's
next free consultation slot."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import akit as K  # noqa: E402
from akit import C  # noqa: E402

URL = "https://www.roblesgarza.com.mx/aviso-de-privacidad/"
DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, K.month("es", d), d.year)


POLICY = """
# Aviso de Privacidad Integral

Fecha de última actualización: {UPDATED}

Robles Garza Contadores Públicos, S.C. (en adelante "Robles Garza"), con domicilio en Av. Lázaro Cárdenas 2424,
piso 5, colonia Residencial San Agustín, San Pedro Garza García, Nuevo León, C.P. 66260, es responsable del
tratamiento de sus datos personales conforme a la Ley Federal de Protección de Datos Personales en Posesión de los
Particulares (la "Ley") y su Reglamento.

## Datos personales que recabamos

Para las finalidades señaladas en este aviso, podemos recabar las siguientes categorías de datos personales:

- datos de identificación: nombre, CURP, RFC, fecha de nacimiento e identificación oficial;
- datos de contacto: domicilio, teléfono y correo electrónico;
- datos patrimoniales y financieros: estados de cuenta bancarios, comprobantes fiscales (CFDI) y declaraciones;
- datos laborales de los trabajadores de nuestros clientes: número de seguridad social, salario, cuenta de nómina;
- e.firma y Contraseña del SAT, únicamente cuando usted nos autoriza a presentar trámites en su nombre.

Le informamos que no recabamos datos personales sensibles.

## Finalidades del tratamiento

Sus datos personales serán utilizados para las siguientes finalidades primarias, necesarias para el servicio que
solicita:

- prestar servicios de contabilidad, cálculo y presentación de declaraciones de impuestos federales y estatales;
- procesar la nómina, el timbrado de recibos y los movimientos ante el IMSS y el INFONAVIT;
- atender requerimientos y auditorías de las autoridades fiscales;
- facturar nuestros honorarios y dar seguimiento a la cobranza.

De manera adicional, utilizaremos su información para enviarle nuestro boletín fiscal y la invitación a nuestros
seminarios. Si no desea que sus datos se utilicen para estas finalidades secundarias, envíe un correo a la dirección
indicada abajo.

## Transferencias de datos personales

Sus datos personales pueden ser transferidos, sin requerir su consentimiento en términos del artículo 37 de la Ley,
a las siguientes personas:

| Destinatario | Finalidad |
| Servicio de Administración Tributaria (SAT) | Cumplimiento de obligaciones fiscales |
| Instituto Mexicano del Seguro Social (IMSS) e INFONAVIT | Obligaciones de seguridad social |
| Instituciones bancarias | Pagos de impuestos y nómina |
| Proveedor Autorizado de Certificación (PAC) | Timbrado de CFDI |

## Medidas de seguridad

Hemos establecido medidas de seguridad administrativas, técnicas y físicas para proteger sus datos personales contra
daño, pérdida, alteración, destrucción o uso no autorizado. Solo el personal asignado a su cuenta tiene acceso a su
información, y la e.firma que nos confíe se resguarda cifrada y se elimina al terminar el servicio.

## Uso de cookies y tecnologías de rastreo

Nuestro sitio web utiliza cookies y Google Analytics para conocer el número de visitas y las páginas consultadas.
Estas tecnologías pueden deshabilitarse desde la configuración de su navegador.

## Derechos ARCO y revocación del consentimiento

Usted tiene derecho a conocer qué datos personales tenemos, para qué los utilizamos y las condiciones del uso
(Acceso); a solicitar la corrección de su información (Rectificación); a que la eliminemos de nuestros registros
cuando considere que no está siendo utilizada adecuadamente (Cancelación); y a oponerse al uso de sus datos para
fines específicos (Oposición). Para ejercer los derechos ARCO o revocar su consentimiento, envíe su solicitud al
Departamento de Datos Personales al correo [privacidad@roblesgarza.com.mx](mailto:privacidad@roblesgarza.com.mx) o
al teléfono 81 8335 2200, indicando su nombre, los documentos que acrediten su identidad y la descripción clara de
los datos respecto de los que busca ejercer alguno de los derechos. Le responderemos en un plazo máximo de 20 días
hábiles.

Tenga en cuenta que la contabilidad y su documentación comprobatoria deben conservarse durante el plazo de cinco
años que establece el artículo 30 del Código Fiscal de la Federación, por lo que no podremos cancelar esos datos
antes de que dicho plazo concluya.

## Cambios al aviso de privacidad

El presente aviso puede sufrir modificaciones derivadas de nuevos requerimientos legales o de nuestras propias
necesidades. Las modificaciones se publicarán en esta página.
"""

EDITS = [
    {"note": "transfers table: new row, payroll software provider (CONTPAQi) as processor",
     "repl": [("| Proveedor Autorizado de Certificación (PAC) | Timbrado de CFDI |",
               "| Proveedor Autorizado de Certificación (PAC) | Timbrado de CFDI |\n"
               "| CONTPAQi Soluciones Tecnológicas, S.A. de C.V. | Resguardo de la contabilidad y nóm"
               "ina en la nube |")]},
    {"note": "office moved within San Pedro (Av. Lázaro Cárdenas -> Av. Ricardo Margáin Zozaya)",
     "repl": [("Av. Lázaro Cárdenas 2424,\npiso 5, colonia Residencial San Agustín",
               "Av. Ricardo Margáin Zozaya 440,\npiso 12, colonia Valle del Campestre"),
              ("C.P. 66260", "C.P. 66265")]},
    {"note": "secondary purposes: job-applicant sentence added and opt-out via form (paragraph rewritten)",
     "repl": [("Si no desea que sus datos se utilicen para estas finalidades secundarias, envíe un correo a la "
               "dirección\nindicada abajo.",
               "Si no desea que sus datos se utilicen para estas finalidades secundarias, puede manifestarlo en "
               "cualquier momento mediante el formulario de baja incluido en cada boletín o enviando un correo a la "
               "dirección indicada abajo.")]},
    {"note": "new section: data of job applicants (bolsa de trabajo)",
     "repl": [("## Uso de cookies y tecnologías de rastreo",
               "## Candidatos a empleo\n\nSi nos envía su currículum, utilizaremos sus datos únicamente para evaluar "
               "su perfil en nuestros procesos de reclutamiento. Conservaremos su solicitud durante seis meses y "
               "después la eliminaremos.\n\n## Uso de cookies y tecnologías de rastreo")]},
    {"note": "ARCO contact phone changed",
     "repl": [("al teléfono 81 8335 2200", "al teléfono 81 2090 7700")]},
    {"note": "words inserted without new date: 'no recabamos ni tratamos datos personales sensibles'", "bump": False,
     "repl": [("no recabamos datos personales sensibles.", "no recabamos ni tratamos datos personales sensibles.")]},
]


def topbar(when):
    if when.month in (3, 4):
        return "Declaración anual de personas físicas: fecha límite 30 de abril de %d" % when.year
    if when.month in (1, 2):
        return "Declaración anual de personas morales: fecha límite 31 de marzo de %d" % when.year
    if when.month == 12:
        return "Horario decembrino: cerramos del 24 de diciembre al 1 de enero"
    return "Asesoría fiscal y contable para empresas en Nuevo León desde 1998"


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["cache"] = (C.epoch(K.cache_built(rng, when, 300)), C.hexs(rng, 10))
    slot = when + dt.timedelta(days=rng.randint(1, 6))
    while slot.weekday() > 4:
        slot += dt.timedelta(days=1)
    s["slot"] = (slot.date(), rng.choice(["9:00", "10:30", "12:00", "13:30", "16:00", "17:30"]),
                 rng.choice(["presencial", "por videollamada"]))
    s["fix"] = "%.4f" % (rng.uniform(19.8, 20.6) if when.year == 2022 else rng.uniform(16.7, 19.9))
    s["topbar"] = topbar(when)
    s["modified"] = K.sticky(rng, prev.get("modified"), 0.2, lambda: (when - dt.timedelta(
        days=rng.randint(0, 20), minutes=rng.randint(0, 1400))).strftime("%Y-%m-%dT%H:%M:%S-06:00"))
    s["avada"] = "7.%d" % min(11, 6 + (when.year - 2022) * 2 + when.month // 7)
    return s


LABELS = {"cache": "WP Rocket cached@ stamp and the Fusion nonce of the cached copy",
          "slot": "'Próxima asesoría disponible' teaser (INSIDE .post-content, removed)",
          "fix": "top bar FIX exchange rate (DOF)", "topbar": "seasonal top bar text (tax deadlines, holidays)",
          "modified": "Avada rich-snippet 'updated' time (page re-saved)", "avada": "Avada version in asset URLs"}


def render(s, blocks, when):
    stamp, nonce = s["cache"]
    sd, st, mode = s["slot"]
    policy = C.render_blocks(blocks, sep="\n")
    teaser = ('<div class="fusion-text fusion-text-2 proxima-asesoria"><p><strong>Próxima asesoría disponible:'
              '</strong> '
              '%s %d de %s, %s h (%s). <a href="/agenda/">Agendar cita</a></p></div>'
              % (DAYS[sd.weekday()], sd.day, K.month("es", sd), st, mode))
    return (
        '<!DOCTYPE html>\n<html class="avada-html-layout-wide avada-html-header-position-top" lang="es-MX" prefix="og: '
        'http://ogp.me/ns# fb: http://ogp.me/ns/fb#">\n<head>\n<meta http-equiv="X-UA-Compatible" content="IE=edge" />'
        '\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>\n<meta name="viewport" content="width='
        'device-width, initial-scale=1" />\n<title>Aviso de Privacidad &#8211; Robles Garza Contadores</title>\n'
        "<link rel='stylesheet' id='fusion-dynamic-css-css' href='https://www.roblesgarza.com.mx/wp-content/uploads/"
        "fusion-styles/%s.min.css?ver=3.%s' type='text/css' media='all' />\n"
        '<script type="text/javascript" id="fusion-js-extra">var fusionJSVars = {"visibility_small":"640",'
        '"visibility_medium":"1024","nonce":"%s"};</script>\n</head>\n'
        '<body class="privacy-policy page-template-default page page-id-3 fusion-image-hovers fusion-pagination-sizing '
        'fusion-button_type-flat fusion-button_span-no fusion-button_gradient-linear avada-image-rollover-circle-yes '
        'avada-image-rollover-yes avada-image-rollover-direction-left fusion-body ltr fusion-sticky-header no-tablet-'
        'sticky-header no-mobile-sticky-header no-mobile-slidingbar no-mobile-totop avada-has-rev-slider-styles '
        'fusion-disable-outline fusion-sub-menu-fade mobile-logo-pos-left layout-wide-mode avada-has-boxed-modal-'
        'shadow-none layout-scroll-offset-full avada-has-zero-margin-offset-top fusion-top-header menu-text-align-'
        'center mobile-menu-design-modern fusion-show-pagination-text fusion-header-layout-v3 avada-responsive '
        'avada-footer-fx-none avada-menu-highlight-style-bar fusion-search-form-classic fusion-main-menu-search-'
        'dropdown fusion-avatar-square avada-dropdown-styles avada-blog-layout-large avada-blog-archive-layout-large '
        'avada-header-shadow-no avada-menu-icon-position-left avada-has-megamenu-shadow avada-has-mainmenu-dropdown-'
        'divider avada-has-breadcrumb-mobile-hidden avada-has-titlebar-bar_and_content avada-has-pagination-padding '
        'avada-flyout-menu-direction-fade avada-ec-views-v1" data-awb-post-id="3">\n'
        '<div id="boxed-wrapper"><div id="wrapper" class="fusion-wrapper"><div id="home" style="position:relative;top:'
        '-1px;"></div>\n<header class="fusion-header-wrapper"><div class="fusion-header-v3 fusion-logo-alignment '
        'fusion-logo-left fusion-sticky-menu- fusion-sticky-logo-1 fusion-mobile-logo-1 fusion-mobile-menu-design-'
        'modern"><div class="fusion-secondary-header"><div class="fusion-row"><div class="fusion-alignleft"><div '
        'class="fusion-contact-info"><span class="fusion-contact-info-phone-number">81 8335 2200</span><span class="'
        'fusion-header-separator">|</span><span class="fusion-contact-info-email-address">contacto@roblesgarza.com.mx'
        '</span></div></div><div class="fusion-alignright"><div class="fusion-secondary-menu"><span class="top-aviso">'
        '%s</span> <span class="tipo-cambio">Tipo de cambio FIX (DOF): $%s MXN</span></div></div></div></div>'
        '<div class="fusion-header-sticky-height"></div><div class="fusion-header"><div class="fusion-row"><div '
        'class="fusion-logo" data-margin-top="31px"><a class="fusion-logo-link" href="https://www.roblesgarza.com.mx/">'
        '<img src="https://www.roblesgarza.com.mx/wp-content/uploads/2020/02/logo-robles-garza.png" width="240" '
        'height="60" alt="Robles Garza Contadores Logo" class="fusion-standard-logo" /></a></div><nav class="fusion-'
        'main-menu" aria-label="Main Menu"><ul id="menu-principal" class="fusion-menu"><li class="menu-item"><a href="'
        '/"><span class="menu-text">Inicio</span></a></li><li class="menu-item"><a href="/servicios/"><span class="'
        'menu-text">Servicios</span></a></li><li class="menu-item"><a href="/nosotros/"><span class="'
        'menu-text">Nosotros'
        '</span></a></li><li class="menu-item"><a href="/blog/"><span class="menu-text">Blog fiscal</span></a></li><li '
        'class="menu-item"><a href="/contacto/"><span class="menu-text">Contacto</span></a></li></ul></nav></div></div>'
        '</div></header>\n<div id="sliders-container" class="fusion-slider-visibility"></div>\n'
        '<section class="avada-page-titlebar-wrapper" aria-label="Barra de título de la página"><div '
        'class="fusion-page-'
        'title-bar fusion-page-title-bar-none fusion-page-title-bar-left"><div class="fusion-page-title-row"><div class'
        '="fusion-page-title-wrapper"><div class="fusion-page-title-captions"><h1 class="entry-title">Aviso de '
        'Privacidad</h1></div><div class="fusion-page-title-secondary"><nav class="fusion-breadcrumbs"><ol><li><a href='
        '"/">Inicio</a></li><li><span>Aviso de Privacidad</span></li></ol></nav></div></div></div></div></section>\n'
        '<main id="main" class="clearfix "><div class="fusion-row" style=""><section id="content" sty'
        'le="width: 100%%;">'
        '<div id="post-3" class="post-3 page type-page status-publish hentry"><span class="entry-title rich-snippet-'
        'hidden">Aviso de Privacidad</span><span class="vcard rich-snippet-hidden"><span class="fn"><a href="https://'
        'www.roblesgarza.com.mx/author/admin/" title="Entradas de admin" rel="author">admin</a></span></span><span '
        'class="updated rich-snippet-hidden">%s</span>\n<div class="post-content">\n<div class="fusion-fullwidth '
        'fullwidth-box fusion-builder-row-1 fusion-flex-container nonhundred-percent-fullwidth non-hundred-percent-'
        'height-scrolling" style="--awb-border-radius-top-left:0px;"><div class="fusion-builder-row fusion-row fusion-'
        'flex-align-items-flex-start" style="max-width:1216.8px;"><div class="fusion-layout-column fusion_builder_'
        'column fusion-builder-column-0 fusion_builder_column_1_1 1_1 fusion-flex-column"><div class="fusion-column-'
        'wrapper fusion-flex-justify-content-flex-start fusion-content-layout-column">\n'
        '<div class="fusion-text fusion-text-1">%s</div>\n%s\n'
        '</div></div></div></div>\n</div>\n</div>\n</section></div></main>\n'
        '<div class="fusion-footer"><footer class="fusion-footer-widget-area fusion-widget-area"><div'
        ' class="fusion-row">'
        '<div class="fusion-columns fusion-columns-3 fusion-widget-area"><div class="fusion-column col-lg-4 col-md-4 '
        'col-sm-4"><section id="text-2" class="fusion-footer-widget-column widget widget_text"><div class="textwidget">'
        '<p>Robles Garza Contadores Públicos, S.C.<br>San Pedro Garza García, N.L.</p></div></section'
        '></div></div></div>'
        '</footer><footer id="footer" class="fusion-footer-copyright-area"><div class="fusion-row"><div class="fusion-'
        'copyright-content"><div class="fusion-copyright-notice"><div>© Copyright %d | Robles Garza Contadores | <a '
        'href="/aviso-de-privacidad/">Aviso de privacidad</a></div></div></div></div></footer></div>\n'
        '</div></div>\n<a class="fusion-one-page-text-link fusion-page-load-link" tabindex="-1" href="#" aria-hidden='
        '"true">Page load link</a>\n<script type="text/javascript" src="https://www.roblesgarza.com.m'
        'x/wp-content/themes/'
        'Avada/includes/lib/assets/min/js/general/fusion.js?ver=%s" id="fusion-js"></script>\n</body>\n</html>\n'
        "<!-- This website is like a Rocket, isn't it? Performance optimized by WP Rocket. Learn more: https://wp-"
        "rocket.me - Debug: cached@%d -->\n"
        % (C.det_sha("avada", s["avada"])[:32], s["avada"], nonce, C.esc(s["topbar"]), s["fix"], s["modified"], policy,
           teaser, when.year, s["avada"], stamp))


PAGE = {
    "service": "Robles Garza Contadores", "url": URL, "lang": "es-MX", "platform": "WordPress + Avada",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 1, 5), "end": dt.date(2026, 4, 10), "hours": (6, 12, 18),
    "policy": POLICY, "first_updated": dt.date(2021, 11, 8), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#content .post-content"], "remove": [".proxima-asesoria"]},
}
