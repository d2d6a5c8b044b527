"""Idiomas Alcázar (language-school chain, Mexico City and Guadalajara; Mexican Spanish), a HubSpot CMS site page
(drag-and-drop theme, rich-text module). The 'Aviso de Privacidad Integral' is one rich-text module in the page's
dnd area; marketing embedded a call-to-action at its end: a legacy HubSpot CTA (span.hs-cta-wrapper with its
loader script) swapped per campaign, replaced in January 2025 by a new-style CTA (div.hs-web-interactive-inline)
whose tracking link carries an encrypted payload per request."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import lwkit as K  # noqa: E402

PORTAL = "21839457"
PAGE_ID = "98765432101"
MODULE = "widget_1650312345678"

POLICY = """
# Aviso de Privacidad Integral

Última actualización: {UPDATED}

**Idiomas Alcázar, S.C.** (en adelante, "Idiomas Alcázar"), con domicilio en Av. Insurgentes Sur 1235, piso 3, colonia Tlacoquemécatl del Valle, alcaldía Benito Juárez, C.P. 03200, Ciudad de México, es responsable del uso y protección de sus datos personales, y al respecto le informamos lo siguiente.

## ¿Para qué fines utilizaremos sus datos personales?

Los datos personales que recabamos de usted los utilizaremos para las siguientes finalidades, que son necesarias para el servicio que solicita:

- Inscribirlo en nuestros cursos de inglés, francés, alemán, italiano, japonés y español para extranjeros, presenciales o en línea;
- Aplicarle el examen de ubicación y asignarlo al grupo y nivel que le corresponda;
- Registrar su asistencia, calificaciones y avance académico, y emitir constancias y diplomas;
- Gestionar su registro a exámenes de certificación internacional (Cambridge, TOEFL ITP, DELF y DALF), cuando usted lo solicite;
- Facturar y cobrar colegiaturas, materiales y cuotas de certificación;
- Atender sus dudas, quejas y solicitudes de cambio de grupo, horario o sucursal.

De manera adicional, utilizaremos su información personal para las siguientes finalidades secundarias, que no son necesarias para el servicio solicitado, pero que nos permiten y facilitan brindarle una mejor atención:

- Enviarle promociones, becas y descuentos de nuestros cursos;
- Invitarlo a eventos culturales, clubes de conversación y talleres;
- Realizar encuestas de calidad y evaluaciones de nuestros profesores.

En caso de que no desee que sus datos personales se utilicen para estos fines secundarios, puede enviar un correo a [datospersonales@idiomasalcazar.com.mx](mailto:datospersonales@idiomasalcazar.com.mx) indicando su nombre completo y la finalidad a la que se opone. La negativa para el uso de sus datos personales para estas finalidades no podrá ser un motivo para que le neguemos los servicios que contrata con nosotros.

## ¿Qué datos personales utilizaremos para estos fines?

Para llevar a cabo las finalidades descritas en el presente aviso de privacidad, utilizaremos los siguientes datos personales: nombre completo, fecha de nacimiento, CURP, domicilio, teléfono fijo y celular, correo electrónico, escolaridad, ocupación, nivel de idioma, resultados de exámenes, datos de facturación (RFC y régimen fiscal) y fotografía para su credencial de alumno.

Le informamos que no recabamos datos personales sensibles. Los pagos con tarjeta se procesan directamente a través de la terminal bancaria o de la pasarela de pago, por lo que no almacenamos los datos completos de su tarjeta.

## ¿Con quién compartimos su información personal y para qué fines?

Le informamos que sus datos personales son compartidos dentro y fuera del país con las siguientes personas, empresas, organizaciones o autoridades distintas a nosotros, para los siguientes fines:

| Destinatario de los datos personales | Finalidad | Requiere del consentimiento |
| Organismos certificadores (Cambridge University Press & Assessment, ETS, France Éducation international) | Registro y aplicación de exámenes de certificación y entrega de resultados | No |
| Servicio de Administración Tributaria (SAT) | Emisión de comprobantes fiscales digitales por internet | No |
| Instituciones bancarias y procesadores de pago | Cobro de colegiaturas y cuotas | No |
| Empresas con las que usted estudia mediante convenio corporativo | Informe de asistencia y avance del colaborador | Sí |

## ¿Cómo puede acceder, rectificar o cancelar sus datos personales, u oponerse a su uso?

Usted tiene derecho a conocer qué datos personales tenemos de usted, para qué los utilizamos y las condiciones del uso que les damos (Acceso). Asimismo, es su derecho solicitar la corrección de su información personal en caso de que esté desactualizada, sea inexacta o incompleta (Rectificación); que la eliminemos de nuestros registros o bases de datos cuando considere que la misma no está siendo utilizada adecuadamente (Cancelación); así como oponerse al uso de sus datos personales para fines específicos (Oposición). Estos derechos se conocen como derechos ARCO.

Para el ejercicio de cualquiera de los derechos ARCO, usted deberá presentar la solicitud respectiva por correo electrónico o en la recepción de cualquiera de nuestras sucursales, acompañada de una copia de su identificación oficial. Daremos respuesta a su solicitud en un plazo máximo de 20 días hábiles, contados a partir de la fecha de su recepción, por el mismo medio por el que la presentó.

Los datos de contacto de la persona o departamento de datos personales, que está a cargo de dar trámite a las solicitudes de derechos ARCO, son los siguientes:

@ Departamento de Datos Personales de Idiomas Alcázar
@ Teléfono: 55 5534 2290, extensión 114
@ Correo electrónico: datospersonales@idiomasalcazar.com.mx

## Conservación de sus datos personales

Conservaremos sus datos personales durante el tiempo en que sea alumno y hasta por cinco años después de la conclusión de su último curso, para poder emitir constancias e historiales académicos; transcurrido ese plazo serán bloqueados y posteriormente suprimidos, salvo aquellos que debamos conservar para cumplir con obligaciones fiscales.

## ¿Cómo puede revocar su consentimiento para el uso de sus datos personales?

Usted puede revocar el consentimiento que, en su caso, nos haya otorgado para el tratamiento de sus datos personales. Sin embargo, es importante que tenga en cuenta que no en todos los casos podremos atender su solicitud o concluir el uso de forma inmediata, ya que es posible que por alguna obligación legal requiramos seguir tratando sus datos personales. Para revocar su consentimiento deberá porporcionar su nombre completo, su número de alumno y el medio por el que desea recibir la respuesta, siguiendo el mismo procedimiento que para los derechos ARCO.

## Uso de tecnologías de rastreo en nuestro portal de internet

Le informamos que en nuestra página de internet utilizamos cookies, web beacons u otras tecnologías, a través de las cuales es posible monitorear su comportamiento como usuario de internet, así como brindarle un mejor servicio y experiencia al navegar en nuestra página. Los datos que obtenemos de estas tecnologías de rastreo son: identificadores de navegador, tiempo de navegación, páginas visitadas y formularios completados. Utilizamos HubSpot para administrar nuestros formularios de contacto y Google Analytics para medir las visitas. Puede deshabilitar estas tecnologías desde la configuración de su navegador.

## ¿Cómo puede conocer los cambios a este aviso de privacidad?

El presente aviso de privacidad puede sufrir modificaciones, cambios o actualizaciones derivadas de nuevos requerimientos legales, de nuestras propias necesidades por los servicios que ofrecemos o de cambios en nuestro modelo de negocio. Nos comprometemos a mantenerlo informado sobre los cambios que pueda sufrir el presente aviso de privacidad a través de esta página y en la recepción de nuestras sucursales.

Si usted considera que su derecho a la protección de sus datos personales ha sido lesionado por alguna conducta u omisión de nuestra parte, podrá interponer su queja o denuncia ante el Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales (INAI). Para mayor información visite [www.inai.org.mx](https://home.inai.org.mx).
"""

EDITS = [
    {"note": "table row added: online-class platforms (Zoom, Google) as recipients",
     "repl": [("| Cobro de colegiaturas y cuotas | No |",
               "| Cobro de colegiaturas y cuotas | No |\n"
               "| Plataformas de clases en línea (Zoom Video Communications, Inc. y Google LLC) | Impartición de "
               "clases en línea y entrega de tareas | No |")]},
    {"note": "typo fixed (porporcionar -> proporcionar), date unchanged", "bump": False,
     "repl": [("deberá porporcionar su nombre", "deberá proporcionar su nombre")]},
    {"note": "paragraph added: data of minors given by parents or guardians",
     "repl": [("no almacenamos los datos completos de su tarjeta.",
               "no almacenamos los datos completos de su tarjeta.\n\n"
               "Tratándose de alumnos menores de edad inscritos en nuestros cursos para niños y adolescentes, "
               "recabaremos además el nombre y los datos de contacto de su padre, madre o tutor, quien otorgará "
               "el consentimiento para el tratamiento de los datos personales del menor.")]},
    {"note": "retention shortened from five to three years",
     "repl": [("hasta por cinco años después", "hasta por tres años después")]},
    {"note": "registered address changed (head office moved to Av. Patriotismo)",
     "repl": [("Av. Insurgentes Sur 1235, piso 3, colonia Tlacoquemécatl del Valle, alcaldía Benito Juárez, "
               "C.P. 03200",
               "Av. Patriotismo 229, piso 5, colonia San Pedro de los Pinos, alcaldía Benito Juárez, C.P. 03800")]},
    {"note": "authority changed after the 2025 data-protection law: INAI replaced by the Secretaría Anticorrupción "
             "y Buen Gobierno",
     "repl": [("podrá interponer su queja o denuncia ante el Instituto Nacional de Transparencia, Acceso a la "
               "Información y Protección de Datos Personales (INAI). Para mayor información visite "
               "[www.inai.org.mx](https://home.inai.org.mx).",
               "podrá presentar su solicitud de protección de datos ante la Secretaría Anticorrupción y Buen "
               "Gobierno, autoridad garante conforme a la Ley Federal de Protección de Datos Personales en "
               "Posesión de los Particulares publicada el 20 de marzo de 2025. Para mayor información visite "
               "[www.gob.mx/buengobierno](https://www.gob.mx/buengobierno).")]},
]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, K.MONTHS["es"][d.month - 1], d.year)


# ---------------------------------------------------------------- per-visit state

NEW_CTA_FROM = dt.datetime(2025, 1, 21, 17, 0)

LEGACY_CTAS = [  # (from, guid, alt, redirect target): legacy CTAs swapped per campaign by marketing
    (dt.date(2023, 1, 1), "3f0c2a71-5b8e-4c1d-9a64-2e7f0b9d8c15", "Agenda tu examen de ubicación gratis"),
    (dt.date(2023, 11, 20), "a81d4e02-7c3b-4f59-b1e6-96d2c0e4a7f3", "Inscripciones abiertas 2024: 15% de descuento en tu primer bimestre"),
    (dt.date(2024, 3, 4), "5be9f7c0-1d2a-4e83-8f5b-0c7a6d3e9b21", "Cursos de verano para niños y adolescentes"),
    (dt.date(2024, 7, 29), "c2f47a9e-6b01-4d38-a5c7-1e9b8f20d463", "Prepárate para el First Certificate (FCE) con nosotros"),
    (dt.date(2024, 11, 11), "e7d10b3c-9a4f-42e6-8b15-6f0c2a7d9e58", "Buen Fin: inscripción sin costo en todos los cursos"),
    (dt.date(2024, 11, 25), "0b6e3f8a-2c7d-4a91-9e40-d5b1c8f7a362", "Agenda tu examen de ubicación gratis"),
]
NEW_CTA = ("187421903355", "Agenda tu examen de ubicación gratis")


def _banner(loc):
    """The header announcement: next start of the Saturday and weekday groups (courses start every two months)."""
    d = loc.date()
    m = d.month + (1 if d.day > 5 else 0)
    y = d.year
    while True:
        if m > 12:
            m, y = m - 12, y + 1
        if m % 2 == 1:  # bimesters start in Jan, Mar, May, Jul, Sep, Nov
            break
        m += 1
    start = K.next_weekday(dt.date(y, m, 1), 0)
    sat = K.next_weekday(dt.date(y, m, 1), 5)
    if d.month == 12 and d.day >= 15 or d.month == 1 and d.day <= 6:
        return "¡Felices fiestas! Nuestras sucursales reabren el 8 de enero. Inscripciones en línea abiertas."
    return ("Inscripciones abiertas · Grupos entre semana inician el lunes %d de %s y grupos sabatinos el sábado %d de %s"
            % (start.day, K.MONTHS["es"][start.month - 1], sat.day, K.MONTHS["es"][sat.month - 1]))


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "mx")
    if when < NEW_CTA_FROM:
        guid, alt = None, None
        for start, g, a in LEGACY_CTAS:
            if start <= loc.date():
                guid, alt = g, a
        cta = ("legacy", guid, alt)
    else:
        cta = ("new", NEW_CTA[0], NEW_CTA[1], C.b64tok(rng, 180).replace("+", "-").replace("/", "_").rstrip("="))
    return {
        "hsvars": (C.uuid4(rng), C.epoch(when) * 1000 + rng.randint(0, 999)),
        "hsstatic": C.keep_or(rng, p.get("hsstatic"), 0.3, lambda: (rng.randint(1, 420), rng.randint(30, 90),
                                                                   rng.randint(10, 40))),
        "theme": C.keep_or(rng, p.get("theme"), 0.12, lambda: (str(87000000000 + rng.randint(0, 9 ** 10)),
                                                               str(C.epoch(when) * 1000 - rng.randint(0, 9 ** 9)))),
        "banner": _banner(loc),
        "cta": cta,
    }


LABELS = {
    "hsvars": "hsVars render_id/ticks (per request)",
    "hsstatic": "/hs/hsstatic/ bundle versions (HubSpot releases)",
    "theme": "template_assets ids/timestamps (theme edits)",
    "banner": "header announcement bar (next course start)",
    "cta": "CTA at the end of the rich text (campaign swap / new CTA's encrypted payload)",
}

# ---------------------------------------------------------------- HTML

MENU = [("Cursos para adultos", "/cursos-adultos"), ("Niños y adolescentes", "/ninos-y-adolescentes"),
        ("Empresas", "/empresas"), ("Certificaciones", "/certificaciones"), ("Sucursales", "/sucursales"),
        ("Blog", "/blog")]


def _rich(blocks):
    """HubSpot rich-text editor output: tables with inline styles and no thead, a bold first row."""
    def table(rows, inl):
        w = "%.2f%%" % (100.0 / len(rows[0]))
        head = "<tr>%s</tr>" % "".join('<td style="width: %s; padding: 4px; border: 1px solid #99acc2;">'
                                       '<strong>%s</strong></td>' % (w, inl(c)) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join('<td style="width: %s; padding: 4px; border: 1px solid #99acc2;">%s'
                                               '</td>' % (w, inl(c)) for c in r) for r in rows[1:])
        return ('<div class="hs-responsive-table-wrapper"><table style="border-collapse: collapse; table-layout: '
                'fixed; margin-left: auto; margin-right: auto; border: 1px solid #99acc2; width: 100%%;">'
                '<tbody>%s%s</tbody></table></div>' % (head, body))

    def link(url, label):
        t = ' target="_blank" rel="noopener"' if url.startswith("http") else ""
        return '<a href="%s"%s>%s</a>' % (K.attr(url), t, K.esc(label))

    return K.render_blocks(blocks, table=table, link=link, tags={"p": ' style="text-align: justify;"'},
                           addr=lambda lines, inl: "<p>%s</p>" % "<br>".join(inl(x) for x in lines), sep="\n")


def _cta_html(cta):
    if cta[0] == "legacy":
        _, guid, alt = cta
        return ('<p style="text-align: center;"><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" '
                'id="hs-cta-wrapper-%(g)s"><span class="hs-cta-node hs-cta-%(g)s" id="hs-cta-%(g)s"><!--[if lte IE 8]>'
                '<div id="hs-cta-ie-element"></div><![endif]--><a href="https://cta-redirect.hubspot.com/cta/redirect/'
                '%(p)s/%(g)s"><img class="hs-cta-img" id="hs-cta-img-%(g)s" style="border-width:0px;" '
                'src="https://no-cache.hubspot.com/cta/default/%(p)s/%(g)s.png" alt="%(a)s"></a></span>'
                '<script charset="utf-8" src="/hs/cta/cta/current.js"></script><script type="text/javascript"> '
                'hbspt.cta._relativeUrls=true;hbspt.cta.load(%(p)s, \'%(g)s\', {"useNewLoader":"true","region":"na1"}); '
                '</script></span><!-- end HubSpot Call-to-Action Code --></p>'
                % {"g": guid, "p": PORTAL, "a": K.attr(alt)})
    _, cid, label, payload = cta
    return ('<div class="hs-web-interactive-inline" style="" data-hubspot-wrapper-cta-id="%(c)s"> <a href="https://'
            'cta-service-cms2.hubspot.com/web-interactives/public/v1/track/redirect?encryptedPayload=%(e)s&amp;'
            'webInteractiveContentId=%(c)s&amp;portalId=%(p)s" class="hs-inline-web-interactive-%(c)s  " '
            'data-hubspot-cta-id="%(c)s"> %(l)s </a> </div>' % {"c": cid, "e": payload, "p": PORTAL, "l": K.esc(label)})


TEMPLATE = """<!doctype html><html lang="es-mx"><head>
    <meta charset="utf-8">
    <title>Aviso de Privacidad | Idiomas Alcázar</title>
    <link rel="shortcut icon" href="https://www.idiomasalcazar.com.mx/hubfs/favicon-alcazar.png">
    <meta name="description" content="Aviso de privacidad integral de Idiomas Alcázar, escuela de idiomas en Ciudad de México y Guadalajara.">
    
    
    
      
    
    
    <meta name="viewport" content="width=device-width, initial-scale=1">

    
    <meta property="og:description" content="Aviso de privacidad integral de Idiomas Alcázar, escuela de idiomas en Ciudad de México y Guadalajara.">
    <meta property="og:title" content="Aviso de Privacidad | Idiomas Alcázar">
    <meta name="twitter:description" content="Aviso de privacidad integral de Idiomas Alcázar, escuela de idiomas en Ciudad de México y Guadalajara.">
    <meta name="twitter:title" content="Aviso de Privacidad | Idiomas Alcázar">

    

    
    <style>
a.cta_button{-moz-box-sizing:content-box !important;-webkit-box-sizing:content-box !important;box-sizing:content-box !important;vertical-align:middle}.hs-breadcrumb-menu{list-style-type:none;margin:0px 0px 0px 0px;padding:0px 0px 0px 0px}.hs-breadcrumb-menu-item{float:left;padding:10px 0px 10px 10px}.hs-breadcrumb-menu-divider:before{content:'›';padding-left:10px}.hs-featured-image-link{border:0}.hs-featured-image{float:right;margin:0 0 20px 20px;max-width:50%}@media (max-width: 568px){.hs-featured-image{float:none;margin:0;width:100%;max-width:100%}}.hs-screen-reader-text{clip:rect(1px, 1px, 1px, 1px);height:1px;overflow:hidden;position:absolute !important;width:1px}
</style>

<link rel="stylesheet" href="https://www.idiomasalcazar.com.mx/hs-fs/hub/@@portal@@/hub_generated/template_assets/1/@@theme_id@@/@@theme_ts@@/template_main.min.css">
<link rel="stylesheet" href="https://www.idiomasalcazar.com.mx/hs-fs/hub/@@portal@@/hub_generated/template_assets/1/@@theme_id2@@/@@theme_ts@@/template_theme-overrides.min.css">
<link rel="stylesheet" href="https://www.idiomasalcazar.com.mx/hs-fs/hub/@@portal@@/hub_generated/module_assets/1/72811040213/1698765432109/module_menu.min.css">
<link rel="stylesheet" href="/hs/hsstatic/AsyncSupport/static-1.501/sass/rss_post_listing.css">
    

    
<!--  Added by GoogleAnalytics4 integration -->
<script>
var _hsp = window._hsp = window._hsp || [];
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}

var useGoogleConsentModeV2 = true;
var waitForUpdateMillis = 1000;


if (!window._hsGoogleConsentRunOnce) {
  window._hsGoogleConsentRunOnce = true;

  gtag('consent', 'default', {
    'ad_storage': 'denied',
    'analytics_storage': 'denied',
    'ad_user_data': 'denied',
    'ad_personalization': 'denied',
    'wait_for_update': waitForUpdateMillis
  });
}

var hsLoadGa4 = function hsLoadGa4() {
  var script = document.createElement('script');
  script.async = true;
  script.src = 'https://www.googletagmanager.com/gtag/js?id=G-4XK7N2QW1P';
  document.head.appendChild(script);
  gtag('js', new Date());
  gtag('config', 'G-4XK7N2QW1P');
}
</script>

<!-- /Added by GoogleAnalytics4 integration -->

    <link rel="canonical" href="https://www.idiomasalcazar.com.mx/aviso-de-privacidad">


<meta property="og:url" content="https://www.idiomasalcazar.com.mx/aviso-de-privacidad">
<meta name="twitter:card" content="summary">
<meta http-equiv="content-language" content="es-mx">





  <meta name="generator" content="HubSpot"></head>
  <body>
<div class="body-wrapper   hs-content-id-@@page_id@@ hs-site-page page ">
      
        <div data-global-resource-path="@@theme_path@@/templates/partials/header.html"><header class="header">

  
  <a href="#main-content" class="header__skip">Saltar al contenido</a>

  <div class="header__announcement">
    <div id="hs_cos_wrapper_announcement_bar" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"><div class="announcement-bar"><p>@@banner@@</p></div></div>
  </div>

  <div class="header__container content-wrapper">
    <div class="header__logo header__logo--main">
      <div id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module">
  <span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" style="" data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="https://www.idiomasalcazar.com.mx" id="hs-link-site_logo_hs_logo_widget" style="border-width:0px;border:0px;"><img src="https://www.idiomasalcazar.com.mx/hubfs/logo-idiomas-alcazar.svg" class="hs-image-widget " height="58" style="height: auto;width:210px;border-width:0px;border:0px;" width="210" alt="Idiomas Alcázar" title="Idiomas Alcázar"></a></span>
</div>
    </div>
    <div class="header__column">
      <div class="header__row-2">
        <div class="header--toggle header__navigation--toggle"></div>
        <div class="header__navigation header--element">
          <div id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<nav aria-label="Main menu" class="navigation-primary">
  <ul class="submenu level-1">
@@menu@@
  </ul>
</nav></div>
        </div>
        <div class="header__button header--element">
          <a class="button" href="/examen-de-ubicacion">Examen de ubicación</a>
        </div>
      </div>
    </div>
  </div>
</header></div>
      

      

<main id="main-content" class="body-container-wrapper">
  <div class="container-fluid body-container body-container--privacy">
<div class="row-fluid-wrapper">
<div class="row-fluid">
<div class="span12 widget-span widget-type-cell " style="" data-widget-type="cell" data-x="0" data-w="12">

<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section">
<div class="row-fluid ">
<div class="span12 widget-span widget-type-cell dnd-column" style="" data-widget-type="cell" data-x="0" data-w="12">

<div class="row-fluid-wrapper row-depth-1 row-number-2 dnd-row">
<div class="row-fluid ">
<div class="span12 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="0" data-w="12">
<div id="hs_cos_wrapper_@@module@@" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_@@module@@_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text">@@policy@@
@@cta@@</span></div>

</div><!--end widget-span -->
</div><!--end row-->
</div><!--end row-wrapper -->

</div><!--end widget-span -->
</div><!--end row-->
</div><!--end row-wrapper -->

</div><!--end widget-span -->
</div>
</div>
</div>
</main>


      
        <div data-global-resource-path="@@theme_path@@/templates/partials/footer.html"><footer class="footer">
  <div class="container-fluid footer__container content-wrapper">
<div class="row-fluid-wrapper">
<div class="row-fluid">
<div class="span12 widget-span widget-type-cell " style="" data-widget-type="cell" data-x="0" data-w="12">

<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section">
<div class="row-fluid ">
<div class="span4 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="0" data-w="4">
<div id="hs_cos_wrapper_footer-module-2" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_footer-module-2_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text"><h4>Sucursales</h4>
<p><strong>Del Valle</strong> · Tel. 55 5534 2290<br><strong>Coyoacán</strong> · Tel. 55 5658 7103<br><strong>Satélite</strong> · Tel. 55 5393 4418<br><strong>Guadalajara Providencia</strong> · Tel. 33 3641 0927</p></span></div>
</div><!--end widget-span -->
<div class="span4 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="4" data-w="4">
<div id="hs_cos_wrapper_footer-module-3" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_footer-module-3_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text"><h4>Horario de atención</h4>
<p>Lunes a viernes de 8:00 a 21:00 h<br>Sábados de 8:00 a 14:00 h</p>
<p><a href="https://wa.me/525555342290" rel="noopener" target="_blank">WhatsApp 55 5534 2290</a></p></span></div>
</div><!--end widget-span -->
<div class="span4 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="8" data-w="4">
<div id="hs_cos_wrapper_footer-module-4" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"><h4>Recibe nuestras promociones</h4>
<span id="hs_cos_wrapper_footer-module-4_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form" style="" data-hs-cos-general-type="widget" data-hs-cos-type="form"><h3 id="hs_cos_wrapper_form_footer_title" class="form-title" data-hs-cos-general-type="widget_field" data-hs-cos-type="text"></h3>

<div id="hs_form_target_footer-module-4"></div>









</span></div>
</div><!--end widget-span -->
</div><!--end row-->
</div><!--end row-wrapper -->

</div><!--end widget-span -->
</div>
</div>
</div>
  <div class="footer__legal content-wrapper"><p>© @@year@@ Idiomas Alcázar, S.C. Todos los derechos reservados. · <a href="/aviso-de-privacidad">Aviso de privacidad</a> · <a href="/terminos-y-condiciones">Términos y condiciones</a></p></div>
</footer></div>
      
    </div>
    
<!-- HubSpot performance collection script -->
<script defer src="/hs/hsstatic/content-cwv-embed/static-1.@@cwv@@/embed.js"></script>
<script src="https://www.idiomasalcazar.com.mx/hs-fs/hub/@@portal@@/hub_generated/template_assets/1/@@theme_js@@/@@theme_ts@@/template_main.min.js"></script>
<script>
var hsVars = hsVars || {}; hsVars['language'] = 'es-mx';
</script>

<script src="/hs/hsstatic/cos-i18n/static-1.@@i18n@@/bundles/project.js"></script>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.@@menus@@/bundles/project.js"></script>

    <!--[if lte IE 8]>
    <script charset="utf-8" src="https://js.hsforms.net/forms/v2-legacy.js"></script>
    <![endif]-->

<script data-hs-allowed="true" src="/_hcms/forms/v2.js"></script>

    <script data-hs-allowed="true">
        var options = {
            portalId: '@@portal@@',
            formId: '8c3f1e27-44a0-4b6d-9f1e-2d7a5c0b9e63',
            formInstanceId: '4417',
            
            pageId: '@@page_id@@',
            
            region: 'na1',
            
            
            
            
            pageName: "Aviso de Privacidad | Idiomas Alcázar",
            
            
            
            inlineMessage: "\u00A1Gracias! Pronto recibir\u00E1s nuestras promociones.",
            
            
            rawInlineMessage: "\u00A1Gracias! Pronto recibir\u00E1s nuestras promociones.",
            
            
            hsFormKey: "@@formkey@@",
            
            
            css: '',
            target: '#hs_form_target_footer-module-4',
            
            
            
            
            
            
            
            contentType: "standard-page",
            
            
            
            formsBaseUrl: '/_hcms/forms',
            
            
            
            formData: {
                cssClass: 'hs-form stacked hs-custom-form'
            }
        };

        options.getExtraMetaDataBeforeSubmit = function() {
            var metadata = {};
            

            if (hbspt.targetedContentMetadata) {
                var count = hbspt.targetedContentMetadata.length;
                var targetedContentData = [];
                for (var i = 0; i < count; i++) {
                    var tc = hbspt.targetedContentMetadata[i];
                     if ( tc.length !== 3) {
                        continue;
                     }
                     targetedContentData.push({
                        definitionId: tc[0],
                        criterionId: tc[1],
                        smartTypeId: tc[2]
                     });
                }
                metadata["targetedContentMetadata"] = JSON.stringify(targetedContentData);
            }

            return metadata;
        };

        hbspt.forms.create(options);
    </script>


<!-- Start of HubSpot Analytics Code -->
<script type="text/javascript">
var _hsq = _hsq || [];
_hsq.push(["setContentType", "standard-page"]);
_hsq.push(["setCanonicalUrl", "https:\/\/www.idiomasalcazar.com.mx\/aviso-de-privacidad"]);
_hsq.push(["setPageId", "@@page_id@@"]);
_hsq.push(["setContentMetadata", {
    "contentPageId": @@page_id@@,
    "legacyPageId": "@@page_id@@",
    "contentFolderId": null,
    "contentGroupId": null,
    "abTestId": null,
    "languageVariantId": @@page_id@@,
    "languageCode": "es-mx",
    
    
}]);
</script>

<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/@@portal@@.js"></script>
<!-- End of HubSpot Analytics Code -->


<script type="text/javascript">
var hsVars = {
    render_id: "@@render_id@@",
    ticks: @@ticks@@,
    page_id: @@page_id@@,
    
    content_group_id: 0,
    portal_id: @@portal@@,
    app_hs_base_url: "https://app.hubspot.com",
    cp_hs_base_url: "https://cp.hubspot.com",
    language: "es-mx",
    analytics_page_type: "standard-page",
    scp_content_type: "",
    
    analytics_page_id: "@@page_id@@",
    category_id: 1,
    folder_id: 0,
    is_hubspot_user: false
}
</script>


<script defer src="/hs/hsstatic/HubspotToolsMenu/static-1.@@tools@@/js/index.js"></script>



  
</body></html>"""


def render(state, blocks, when):
    render_id, ticks = state["hsvars"]
    tools, i18n, menus = state["hsstatic"]
    theme_id, theme_ts = state["theme"]
    menu = "\n".join('    <li class="no-submenu menu-item hs-skip-lang-url-rewrite"><a href="%s" class="menu-link">%s'
                     '</a></li>' % (u, K.esc(t)) for t, u in MENU)
    return K.fill(TEMPLATE, portal=PORTAL, page_id=PAGE_ID, module=MODULE, theme_id=theme_id,
                  theme_id2=str(int(theme_id) + 7), theme_js=str(int(theme_id) + 3), theme_ts=theme_ts,
                  theme_path="@marketplace/Alcazar_Theme", banner=K.esc(state["banner"]), menu=menu,
                  policy=_rich(blocks), cta=_cta_html(state["cta"]), year=when.year, cwv=str(30 + menus),
                  i18n=str(i18n), menus=str(menus), tools=str(tools), render_id=render_id, ticks=ticks,
                  formkey=C.det_sha("formkey", theme_ts)[:32])


PAGE = {
    "service": "Idiomas Alcazar",
    "url": "https://www.idiomasalcazar.com.mx/aviso-de-privacidad",
    "lang": "es-MX",
    "platform": "HubSpot CMS (drag-and-drop theme, rich-text module)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "cloudflare"), ("X-HS-Cache-Config", "BrowserCache-5s-EdgeCache-0s"),
                      ("X-Powered-By", "HubSpot"), ("Vary", "Accept-Encoding")],
    "n": 30,
    "start": dt.date(2023, 9, 4),
    "end": dt.date(2025, 7, 31),
    "hours": (7, 15, 21),
    "policy": POLICY,
    "first_updated": dt.date(2023, 2, 13),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.idiomasalcazar.com.mx/aviso-de-privacidad",
        "select": "#main-content .hs_cos_wrapper_type_rich_text",
        "remove": [".hs-cta-wrapper", ".hs-web-interactive-inline"],
    },
}
