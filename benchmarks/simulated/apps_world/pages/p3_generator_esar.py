"""BondiYa (arrival times of Rosario's colectivos, Android + iOS) - es-AR - WordPress 6 + Hello Elementor theme +
Elementor Pro, WP Rocket, Complianz. The policy text came out of a free privacy-policy generator (usted, capitalised
defined terms, third-party list with links) and was pasted into one Text Editor widget; the developer later added
paragraphs of his own in voseo.

Noise: WP REST / Elementor nonces (rotate every 12 h), WP Rocket cache timestamp comment, Elementor post CSS
version, the header's Google Play rating and downloads, the footer's "Versión actual" of the app, the Elementor Pro
popup's seasonal copy.
"""
import datetime as dt
import common as C

URL = "https://bondiya.com.ar/politica-de-privacidad/"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
# Política de Privacidad

Última actualización: {UPDATED}

Esta Política de Privacidad describe Nuestras políticas y procedimientos sobre la recopilación, uso y divulgación de Su información cuando utiliza el Servicio, y le informa sobre Sus derechos de privacidad y sobre cómo la ley lo protege.

Usamos Sus Datos Personales para proporcionar y mejorar el Servicio. Al utilizar el Servicio, Usted acepta la recopilación y el uso de la información de acuerdo con esta Política de Privacidad.

## Interpretación y Definiciones

### Interpretación

Las palabras cuya letra inicial está en mayúscula tienen los significados definidos en las siguientes condiciones. Las siguientes definiciones tendrán el mismo significado independientemente de que aparezcan en singular o en plural.

### Definiciones

A los efectos de esta Política de Privacidad:

- **Aplicación** significa BondiYa, el programa de software proporcionado por la Compañía y descargado por Usted en cualquier dispositivo electrónico.
- **Compañía** (referida como "la Compañía", "Nosotros", "Nos" o "Nuestro" en esta Política) se refiere a Estudio Paraná, de Santiago Ferreyra, Bv. Oroño 1250, Rosario, Santa Fe, Argentina.
- **País** se refiere a: Argentina.
- **Dispositivo** significa cualquier dispositivo que pueda acceder al Servicio, como un teléfono celular o una tableta.
- **Datos Personales** es cualquier información relacionada con una persona identificada o identificable.
- **Servicio** se refiere a la Aplicación.
- **Proveedor de Servicios** significa cualquier persona física o jurídica que procesa los datos en nombre de la Compañía.
- **Datos de Uso** se refiere a los datos recopilados automáticamente, ya sea generados por el uso del Servicio o por la propia infraestructura del Servicio.
- **Usted** significa la persona que accede o utiliza el Servicio.

## Recopilación y Uso de Sus Datos Personales

### Tipos de Datos Recopilados

**Datos Personales.** El Servicio no requiere que Usted cree una cuenta. Mientras utiliza Nuestro Servicio, podemos pedirle que nos proporcione voluntariamente cierta información, como Su dirección de correo electrónico, cuando nos escribe para reportar un horario erróneo o una parada mal ubicada.

**Datos de Uso.** Los Datos de Uso se recopilan automáticamente al utilizar el Servicio. Pueden incluir información como el tipo de Dispositivo que utiliza, la versión de su sistema operativo, el identificador único del Dispositivo, las pantallas de la Aplicación que visita, la hora y fecha de su visita, el tiempo que pasa en esas pantallas y otros datos de diagnóstico.

### Información recopilada mientras utiliza la Aplicación

Mientras utiliza Nuestra Aplicación, y con Su permiso previo, podemos recopilar información sobre Su ubicación para mostrarle las paradas más cercanas y el tiempo estimado de llegada de cada línea.

Utilizamos esta información para proporcionar las funciones de Nuestro Servicio y para mejorarlo. La ubicación se procesa en Su Dispositivo y no se almacena en Nuestros servidores. Puede habilitar o deshabilitar el acceso a esta información en cualquier momento a través de la configuración de Su Dispositivo.

### Uso de Sus Datos Personales

La Compañía puede utilizar los Datos Personales para los siguientes fines:

- **Para proporcionar y mantener Nuestro Servicio**, incluido el control del uso de Nuestro Servicio.
- **Para contactarlo:** para responder las consultas y los reportes que Usted nos envía por correo electrónico.
- **Para otros fines:** como el análisis de datos, la identificación de tendencias de uso y la evaluación y mejora de Nuestro Servicio.

### Retención de Sus Datos Personales

La Compañía conservará Sus Datos Personales solo durante el tiempo que sea necesario para los fines establecidos en esta Política de Privacidad. Los Datos de Uso se conservan durante un período máximo de 24 meses, salvo cuando se utilicen para mejorar la seguridad o la funcionalidad del Servicio, o cuando la ley Nos obligue a conservarlos por más tiempo.

### Transferencia de Sus Datos Personales

Su información, incluidos los Datos Personales, se procesa en las oficinas de la Compañía y en cualquier otro lugar donde se encuentren los Proveedores de Servicios. Esto significa que esta información puede transferirse a computadoras ubicadas fuera de Su provincia o país, donde las leyes de protección de datos pueden diferir de las de Su jurisdicción. La Compañía tomará todas las medidas razonablemente necesarias para garantizar que Sus datos sean tratados de forma segura.

### Eliminar Sus Datos Personales

Tiene derecho a eliminar o solicitar que lo ayudemos a eliminar los Datos Personales que hayamos recopilado sobre Usted. Puede borrar los datos guardados en la Aplicación (paradas favoritas, líneas frecuentes) desde el menú Ajustes, o contactarnos para solicitar el acceso, la corrección o la eliminación de cualquier información que Nos haya proporcionado.

### Divulgación de Sus Datos Personales

La Compañía puede divulgar Sus Datos Personales cuando así lo exija la ley o en respuesta a solicitudes válidas de las autoridades públicas (por ejemplo, un tribunal o una agencia gubernamental).

### Seguridad de Sus Datos Personales

La seguridad de Sus Datos Personales es importante para Nosotros, pero recuerde que ningún método de transmisión por Internet o de almacenamiento electrónico es 100% seguro. Si bien Nos esforzamos por utilizar medios comercialmente aceptables para proteger Sus Datos Personales, no podemos garantizar su seguridad absoluta.

## Servicios de terceros

La Aplicación utiliza servicios de terceros que pueden recopilar información utilizada para identificarlo. Enlaces a la política de privacidad de los proveedores de servicios de terceros utilizados por la Aplicación:

- [Servicios de Google Play](https://www.google.com/policies/privacy/)
- [Google Analytics para Firebase](https://firebase.google.com/policies/analytics)
- [Firebase Crashlytics](https://firebase.google.com/support/privacy/)

Los horarios y recorridos que muestra la Aplicación provienen de los datos abiertos del Ente de la Movilidad de Rosario. BondiYa no es una aplicación oficial de la Municipalidad de Rosario.

## Privacidad de los Niños

Nuestro Servicio no se dirige a menores de 13 años. No recopilamos a sabiendas información de identificación personal de menores de 13 años. Si Usted es padre, madre o tutor y sabe que Su hijo Nos ha proporcionado Datos Personales, contáctenos y los eliminaremos de Nuestros servidores.

## Enlaces a Otros Sitios Web

Nuestro Servicio puede contener enlaces a otros sitios web que no son operados por Nosotros. Si hace clic en un enlace de un tercero, será dirigido al sitio de ese tercero. Le recomendamos encarecidamente que revise la Política de Privacidad de cada sitio que visite.

## Cambios a esta Política de Privacidad

Podemos actualizar Nuestra Política de Privacidad de vez en cuando. Le notificaremos cualquier cambio publicando la nueva Política de Privacidad en esta página y actualizando la fecha de "Última actualización" en la parte superior.

## Contáctenos

Si tiene alguna pregunta sobre esta Política de Privacidad, puede contactarnos:

- Por correo electrónico: [bondiya.app@gmail.com](mailto:bondiya.app@gmail.com)
- Por Instagram: [@bondiya.rosario](https://www.instagram.com/bondiya.rosario/)
"""

EDITS = [
    {"note": "background location for the 'Avisame cuando llegue' alert explained (developer's own voseo paragraph)",
     "repl": [("Puede habilitar o deshabilitar el acceso a esta información en cualquier momento a través de la configuración de Su Dispositivo.",
               "Puede habilitar o deshabilitar el acceso a esta información en cualquier momento a través de la configuración de Su Dispositivo.\n\n**Ubicación en segundo plano.** Si activás la función \"Avisame cuando llegue\", la Aplicación usa tu ubicación también con la pantalla apagada, solo mientras el aviso está activo, para avisarte cuando el colectivo esté a dos paradas. Cuando el aviso termina o lo cancelás, la Aplicación deja de acceder a tu ubicación. Esta información tampoco se envía a Nuestros servidores.")]},
    {"note": "ads: AdMob added to the third-party list and an advertising paragraph (remove-ads purchase)",
     "repl": [("- [Firebase Crashlytics](https://firebase.google.com/support/privacy/)",
               "- [AdMob](https://support.google.com/admob/answer/6128543?hl=es)\n- [Firebase Crashlytics](https://firebase.google.com/support/privacy/)"),
              ("Los horarios y recorridos que muestra la Aplicación",
               "La versión gratuita de la Aplicación muestra anuncios de Google AdMob, que puede utilizar el identificador de publicidad de Su Dispositivo para mostrar anuncios personalizados. Puede restablecer o limitar ese identificador desde la configuración de Su Dispositivo, o quitar los anuncios con la compra \"BondiYa sin publicidad\".\n\nLos horarios y recorridos que muestra la Aplicación")]},
    {"note": "usage-data retention shortened from 24 to 12 months",
     "repl": [("durante un período máximo de 24 meses", "durante un período máximo de 12 meses")]},
    {"note": "contact e-mail moved from gmail to the app's domain (date not bumped)", "bump": False,
     "repl": [("[bondiya.app@gmail.com](mailto:bondiya.app@gmail.com)", "[hola@bondiya.com.ar](mailto:hola@bondiya.com.ar)")]},
    {"note": "Argentina section added: Ley 25.326 rights, the AAIP notice required by Disposición 10/2008",
     "repl": [("## Privacidad de los Niños",
               "## Usuarios en Argentina\n\nSi vivís en Argentina, tus datos se tratan conforme a la Ley N° 25.326 de Protección de los Datos Personales. Podés ejercer tus derechos de acceso, rectificación, actualización y supresión escribiéndonos a la dirección de contacto de esta página; te vamos a responder dentro de los plazos que fija la ley (10 días corridos para el acceso y 5 días hábiles para la rectificación o supresión).\n\nEl titular de los datos personales tiene la facultad de ejercer el derecho de acceso a los mismos en forma gratuita a intervalos no inferiores a seis meses, salvo que se acredite un interés legítimo al efecto conforme lo establecido en el artículo 14, inciso 3 de la Ley N° 25.326. La AGENCIA DE ACCESO A LA INFORMACIÓN PÚBLICA, en su carácter de Órgano de Control de la Ley N° 25.326, tiene la atribución de atender las denuncias y reclamos que interpongan quienes resulten afectados en sus derechos por incumplimiento de las normas vigentes en materia de protección de datos personales.\n\n## Privacidad de los Niños")]},
]

POPUPS = [("¿Viajás en colectivo?", "Descargá BondiYa y sabé cuándo pasa tu línea."),
          ("Nuevo: líneas interurbanas", "Ahora con Funes, Roldán y Granadero Baigorria."),
          ("Volvieron las clases", "Activá \"Avisame cuando llegue\" y no esperes en la parada."),
          ("BondiYa sin publicidad", "Quitá los anuncios con un único pago.")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["nonces"] = (C.hexs(rng, 10), C.hexs(rng, 10), C.hexs(rng, 10))
    s["rocket"] = C.epoch(when) - rng.randint(60, 40000)
    s["postcss"] = C.keep_or(rng, prev.get("postcss"), 0.25, lambda: C.epoch(when) - rng.randint(3600, 900000))
    s["store"] = C.keep_or(rng, prev.get("store"), 0.6,
                           lambda: ("4,%d" % rng.randint(3, 7), [10, 50, 100, 100, 500][min(4, i // 7)]))
    base = 2 + (when.year - 2021)
    s["version"] = C.keep_or(rng, prev.get("version"), 0.5,
                             lambda: "%d.%d.%d" % (base, when.month // 3, rng.randint(0, 9)))
    s["popup"] = C.keep_or(rng, prev.get("popup"), 0.35, lambda: rng.randrange(len(POPUPS) if when.year >= 2023 else 3))
    return s


LABELS = {
    "nonces": "WP REST / Elementor Pro / Complianz nonces",
    "rocket": "WP Rocket 'cached@' debug comment",
    "postcss": "Elementor post CSS ?ver= (page re-saved / CSS regenerated)",
    "store": "Google Play rating and downloads in the header",
    "version": "'Versión actual' of the app in the footer",
    "popup": "Elementor Pro popup copy (seasonal)",
}


def _el(eid, kind, inner, extra=""):
    return ('<div class="elementor-element elementor-element-%s elementor-widget elementor-widget-%s%s" data-id="%s" '
            'data-element_type="widget" data-widget_type="%s.default">\n<div class="elementor-widget-container">\n%s\n'
            '</div>\n</div>' % (eid, kind, extra, eid, kind, inner))


def render(s, blocks, when):
    wpn, elp, cmp_ = s["nonces"]
    stars, dls = s["store"]
    ph, pt = POPUPS[s["popup"]]
    title = blocks[0][1]
    body = C.blocks_html(blocks[1:])
    header = ('<div data-elementor-type="header" data-elementor-id="18" class="elementor elementor-18 elementor-location-header" data-elementor-post-type="elementor_library">\n'
              '<section class="elementor-section elementor-top-section elementor-element elementor-element-2f81c3a elementor-section-boxed elementor-section-height-default" data-id="2f81c3a" data-element_type="section">\n'
              '<div class="elementor-container elementor-column-gap-default">\n'
              '<div class="elementor-column elementor-col-50 elementor-top-column elementor-element elementor-element-61d0b7e" data-id="61d0b7e" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">\n'
              + _el("0c5e9b2", "theme-site-logo", '<a href="https://bondiya.com.ar"><img width="180" height="48" src="https://bondiya.com.ar/wp-content/uploads/2021/06/bondiya-logo.png" class="attachment-full size-full wp-image-27" alt=""></a>', " elementor-widget-image") +
              '\n</div></div>\n'
              '<div class="elementor-column elementor-col-50 elementor-top-column elementor-element elementor-element-b3d41f7" data-id="b3d41f7" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">\n'
              + _el("9e27a40", "nav-menu", '<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal"><ul id="menu-1-9e27a40" class="elementor-nav-menu"><li class="menu-item"><a href="https://bondiya.com.ar/" class="elementor-item">Inicio</a></li><li class="menu-item"><a href="https://bondiya.com.ar/lineas/" class="elementor-item">Líneas</a></li><li class="menu-item"><a href="https://bondiya.com.ar/preguntas-frecuentes/" class="elementor-item">Preguntas frecuentes</a></li><li class="menu-item"><a href="https://bondiya.com.ar/contacto/" class="elementor-item">Contacto</a></li></ul></nav>') +
              _el("a41c6d8", "button", '<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="https://play.google.com/store/apps/details?id=ar.com.bondiya"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">Google Play &#9733; %s &middot; +%d mil descargas</span></span></a></div>' % (stars, dls)) +
              '\n</div></div>\n</div>\n</section>\n</div>')
    content = ('<div data-elementor-type="wp-page" data-elementor-id="212" class="elementor elementor-212" data-elementor-post-type="page">\n'
               '<section class="elementor-section elementor-top-section elementor-element elementor-element-4b1c0d2 elementor-section-boxed elementor-section-height-default" data-id="4b1c0d2" data-element_type="section">\n'
               '<div class="elementor-container elementor-column-gap-default">\n'
               '<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-7e2a9f0" data-id="7e2a9f0" data-element_type="column">\n'
               '<div class="elementor-widget-wrap elementor-element-populated">\n'
               + _el("3a9b1d4", "heading", '<h1 class="elementor-heading-title elementor-size-default">%s</h1>' % C.inline_html(title)) + "\n"
               + _el("8d3f6a1", "text-editor", body) + "\n"
               + _el("f02b7c5", "button", '<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="https://bondiya.com.ar/contacto/"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">¿Dudas? Escribinos</span></span></a></div>') +
               '\n</div>\n</div>\n</div>\n</section>\n</div>')
    footer = ('<div data-elementor-type="footer" data-elementor-id="25" class="elementor elementor-25 elementor-location-footer" data-elementor-post-type="elementor_library">\n'
              '<section class="elementor-section elementor-top-section elementor-element elementor-element-5d7e1b0 elementor-section-boxed" data-id="5d7e1b0" data-element_type="section"><div class="elementor-container elementor-column-gap-default">'
              '<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-c9a03e4" data-id="c9a03e4" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">'
              + _el("77b2e1d", "text-editor", '<p>BondiYa &copy; %d &ndash; Hecho en Rosario por Estudio Paraná. Versión actual de la app: %s</p><p><a href="https://bondiya.com.ar/politica-de-privacidad/">Política de privacidad</a> | <a href="https://bondiya.com.ar/terminos/">Términos</a></p>' % (when.year, s["version"])) +
              '</div></div></div></section>\n</div>')
    popup = ('<div data-elementor-type="popup" data-elementor-id="301" class="elementor elementor-301 elementor-location-popup" data-elementor-settings="{&quot;entrance_animation&quot;:&quot;fadeIn&quot;,&quot;triggers&quot;:{&quot;scrolling&quot;:&quot;yes&quot;,&quot;scrolling_direction&quot;:&quot;down&quot;,&quot;scrolling_offset&quot;:40},&quot;timing&quot;:{&quot;devices&quot;:&quot;yes&quot;,&quot;devices_devices&quot;:[&quot;mobile&quot;]}}" data-elementor-post-type="elementor_library">'
             '<section class="elementor-section elementor-top-section elementor-element elementor-element-e1a9d52" data-id="e1a9d52" data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-1c8f3b6" data-id="1c8f3b6" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">'
             + _el("6ab0e93", "heading", '<h3 class="elementor-heading-title elementor-size-default">%s</h3>' % ph)
             + _el("d45f21c", "text-editor", '<p>%s</p>' % pt) +
             '</div></div></div></section></div>')
    cmplz = ('<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">'
             '<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Gestionar consentimiento</div></div>'
             '<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">Para ofrecer las mejores experiencias, usamos tecnologías como las cookies para almacenar y/o acceder a la información del dispositivo.</div></div>'
             '<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Aceptar</button><button class="cmplz-btn cmplz-deny">Denegar</button><button class="cmplz-btn cmplz-view-preferences">Ver preferencias</button></div></div></div>')
    return """<!doctype html>
<html lang="es-AR">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
	<title>Política de Privacidad - BondiYa</title>
	<link rel="canonical" href="%s" />
	<meta property="og:locale" content="es_ES" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="Política de Privacidad - BondiYa" />
	<meta property="og:url" content="%s" />
	<meta property="og:site_name" content="BondiYa" />
	<link rel='stylesheet' id='hello-elementor-css' href='https://bondiya.com.ar/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all' />
	<link rel='stylesheet' id='elementor-frontend-css' href='https://bondiya.com.ar/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=3.21.4' media='all' />
	<link rel='stylesheet' id='elementor-post-212-css' href='https://bondiya.com.ar/wp-content/uploads/elementor/css/post-212.css?ver=%d' media='all' />
	<link rel='stylesheet' id='cmplz-general-css' href='https://bondiya.com.ar/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=1714042311' media='all' />
	<script id="wp-api-request-js-extra">
var wpApiSettings = {"root":"https:\\/\\/bondiya.com.ar\\/wp-json\\/","nonce":"%s","versionString":"wp\\/v2\\/"};
</script>
</head>
<body class="page-template-default page page-id-212 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-212">

<a class="skip-link screen-reader-text" href="#content">Ir al contenido</a>

%s
<main id="content" class="site-main post-212 page type-page status-publish hentry">
	<div class="page-content">
%s
	</div>
</main>
%s
%s
%s
<script id="elementor-pro-frontend-js-before">
var ElementorProFrontendConfig = {"ajaxurl":"https:\\/\\/bondiya.com.ar\\/wp-admin\\/admin-ajax.php","nonce":"%s","urls":{"assets":"https:\\/\\/bondiya.com.ar\\/wp-content\\/plugins\\/elementor-pro\\/assets\\/"}};
</script>
<script id="cmplz-cookiebanner-js-extra">
var complianz = {"prefix":"cmplz_","user_banner_id":"1","set_cookies":[],"block_ajax_content":"","banner_version":"21","version":"7.0.4","store_consent":"","do_not_track_enabled":"","consenttype":"optin","region":"eu","geoip":"","dismiss_timeout":"","disable_cookiebanner":"","soft_cookiewall":"","dismiss_on_scroll":"","cookie_expiry":"365","url":"https:\\/\\/bondiya.com.ar\\/wp-json\\/complianz\\/v1\\/","locale":"lang=es&locale=es_AR","set_cookies_on_root":"","cookie_domain":"","current_policy_id":"16","cookie_path":"\\/","nonce":"%s"};
</script>
</body>
</html>

<!-- This website is like a Rocket, isn't it? Performance optimized by WP Rocket. Learn more: https://wp-rocket.me - Debug: cached@%d -->""" % (
        URL, URL, s["postcss"], wpn, header, content, footer, popup, cmplz, elp, cmp_, s["rocket"])


PAGE = {
    "service": "BondiYa", "url": URL, "lang": "es-AR", "platform": "WordPress + Elementor Pro (generator text)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "LiteSpeed"), ("Link", '<https://bondiya.com.ar/wp-json/>; rel="https://api.w.org/"')),
    "n": 29, "start": dt.date(2021, 7, 19), "end": dt.date(2025, 12, 10),
    "policy": POLICY, "first_updated": dt.date(2021, 6, 30), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".elementor-element-3a9b1d4", ".elementor-element-8d3f6a1"]},
}
