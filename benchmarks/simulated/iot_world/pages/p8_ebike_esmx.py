"""E-bike / e-scooter maker, Mexican Spanish, Magento 2.4 (Luma-based theme) CMS page built with Page Builder.

The "Aviso de Privacidad Integral" is a Page Builder text element in the page's row; the same row also holds a
heading and a Products content type (carousel) that merchandising added: bikes and scooters with prices, sale
prices during Hot Sale / Buen Fin and stock labels that change between visits. The declaration selects the row
in .column.main and removes the heading and the products carousel, as a curator would. Outside the row: the
form_key (per visit), the static-content deploy version, the header promo strip and the footer's Page Builder
block (which is why the selector is scoped to .column.main).
"""
import datetime as dt
import html

import common as C

POLICY = """# Aviso de Privacidad Integral

Última actualización: {UPDATED}

## Identidad y domicilio del responsable

Rayo Movilidad Eléctrica, S.A.P.I. de C.V. (en adelante "RAYO"), con domicilio en Av. Insurgentes Sur 1605, piso 9, Col. San José Insurgentes, Alcaldía Benito Juárez, C.P. 03900, Ciudad de México, es responsable del tratamiento de tus datos personales conforme a la Ley Federal de Protección de Datos Personales en Posesión de los Particulares (la "Ley").

## Datos personales que recabamos

Para cumplir con las finalidades de este aviso, recavamos las siguientes categorías de datos personales:

- Datos de identificación y contacto: nombre completo, correo electrónico, teléfono, domicilio de entrega y fecha de nacimiento.
- Datos fiscales: RFC, razón social y régimen fiscal, cuando solicitas factura (CFDI).
- Datos patrimoniales y financieros: los datos de tu tarjeta son procesados directamente por nuestro proveedor de pagos; RAYO no los almacena.
- Datos de tu vehículo: número de serie de la bicicleta o scooter, versión de firmware, nivel de batería, kilometraje y códigos de error.
- Datos de geolocalización: ubicación GPS de tu vehículo, únicamente si activas las funciones "Encuentra mi RAYO" o "Alerta de robo" en la app.
- Datos de uso de la app RAYO: rutas registradas, velocidad promedio, modo de asistencia utilizado e identificadores del dispositivo móvil.

RAYO no recaba datos personales sensibles.

## Finalidades del tratamiento

Tus datos personales serán utilizados para las siguientes finalidades primarias, necesarias para la relación que tienes con nosotros:

- Procesar y entregar tus compras, y emitir los comprobantes fiscales correspondientes.
- Registrar tu vehículo, hacer válida la garantía y agendar servicios en nuestros talleres autorizados.
- Habilitar las funciones conectadas de la app: bloqueo remoto, localización del vehículo, alertas de robo y actualizaciones de firmware por Bluetooth.
- Atender solicitudes de soporte técnico, aclaraciones y campañas de seguridad (recalls).

De manera adicional, utilizaremos tu información para las siguientes finalidades secundarias, que no son necesarias para el servicio solicitado pero que nos permiten brindarte una mejor atención:

- Enviarte promociones, lanzamientos de nuevos modelos e invitaciones a rodadas y eventos.
- Realizar encuestas de satisfacción y estudios de mercado.

Si no deseas que tus datos se traten para las finalidades secundarias, puedes enviarnos un correo a privacidad@rayobikes.mx o desactivar las comunicaciones en la sección "Mi cuenta". La negativa no será motivo para negarte los productos o servicios que contrataste.

## Transferencias de datos personales

RAYO podrá transferir tus datos personales a los siguientes terceros, sin requerir tu consentimiento, conforme al artículo 37 de la Ley:

| Destinatario | Finalidad | ¿Requiere consentimiento? |
| Talleres y distribuidores autorizados RAYO | Servicio de garantía y mantenimiento | No |
| Empresas de paquetería (Estafeta, DHL Express México) | Entrega de pedidos | No |
| Autoridades competentes | Atender requerimientos legales o denuncias de robo | No |

Asimismo, utilizamos encargados que tratan datos por cuenta nuestra, como Amazon Web Services (servidores), Mercado Pago y Stripe (procesamiento de pagos) y Zendesk (atención a clientes).

## Seguridad de tus datos

Implementamos medidas de seguridad administrativas, técnicas y físicas para proteger tus datos personales contra daño, pérdida, alteración, destrucción o uso, acceso o tratamiento no autorizado. La comunicación entre tu vehículo, la app RAYO y nuestros servidores está cifrada, y el bloqueo remoto solo puede activarse desde una cuenta verificada.

## Menores de edad

Nuestros productos no están dirigidos a menores de 14 años y no recabamos intencionalmente sus datos. Si eres padre, madre o tutor y crees que tu hija o hijo nos proporcionó datos personales, contáctanos para eliminarlos.

## Medios para ejercer los derechos ARCO

Tienes derecho a conocer qué datos personales tenemos de ti (Acceso), solicitar su corrección (Rectificación), que los eliminemos de nuestros registros (Cancelación), así como oponerte a su uso para fines específicos (Oposición). Para ejercer tus derechos ARCO envía una solicitud al correo privacidad@rayobikes.mx que contenga:

- Tu nombre y un medio para comunicarte la respuesta;
- Una copia de tu identificación oficial o, en su caso, la representación legal;
- La descripción clara de los datos respecto de los que buscas ejercer alguno de los derechos;
- Cualquier elemento que facilite la localización de tus datos.

Te comunicaremos la determinación adoptada en un plazo máximo de 20 días hábiles contados desde la fecha en que recibamos tu solicitud, y la haremos efectiva dentro de los 15 días hábiles siguientes.

## Conservación de los datos

Conservamos tus datos mientras mantengas una cuenta con nosotros y durante los plazos que exijan las disposiciones fiscales y mercantiles. Los datos de geolocalización de tu vehículo se conservan por 12 meses y después se eliminan de forma automática.

## Revocación del consentimiento y limitación del uso

Puedes revocar tu consentimiento o limitar el uso de tus datos escribiendo a privacidad@rayobikes.mx. También puedes inscribirte en el Registro Público para Evitar Publicidad (REPEP) de la PROFECO.

## Uso de cookies y tecnologías similares

Nuestra tienda en línea utiliza cookies, web beacons y tecnologías similares para recordar tu carrito de compras, conocer tu comportamiento de navegación y mostrarte publicidad relevante. Puedes deshabilitarlas desde la configuración de tu navegador; sin embargo, algunas funciones de la tienda podrían no estar disponibles.

## Cambios al aviso de privacidad

Este aviso puede sufrir modificaciones derivadas de nuevos requerimientos legales o de cambios en nuestros productos. Te informaremos de cualquier cambio a través de www.rayobikes.mx/aviso-de-privacidad y por correo electrónico.

Si consideras que tu derecho a la protección de datos personales ha sido vulnerado, puedes acudir al Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales (INAI), [www.inai.org.mx](https://home.inai.org.mx)."""

EDITS = [
    {"note": "typo fixed: 'recavamos' -> 'recabamos'", "bump": False,
     "repl": [("este aviso, recavamos las siguientes", "este aviso, recabamos las siguientes")]},
    {"note": "transfer table: insurers added (new theft-insurance offer)",
     "repl": [("| Autoridades competentes | Atender requerimientos legales o denuncias de robo | No |",
               "| Autoridades competentes | Atender requerimientos legales o denuncias de robo | No |\n"
               "| Aseguradoras con las que contrates el Seguro RAYO contra robo | Emisión de la póliza y atención de siniestros | No |")]},
    {"note": "geolocation retention shortened from 12 to 6 months",
     "repl": [("se conservan por 12 meses y después", "se conservan por 6 meses y después")]},
    {"note": "new section on CCTV in RAYO stores",
     "repl": [("## Uso de cookies y tecnologías similares",
               "## Videovigilancia en nuestras tiendas\n\n"
               "Nuestras tiendas y talleres cuentan con cámaras de videovigilancia para la seguridad de clientes, colaboradores y vehículos. "
               "Las imágenes se conservan por 30 días naturales, salvo que sean necesarias para atender un incidente o un requerimiento de autoridad.\n\n"
               "## Uso de cookies y tecnologías similares")]},
    {"note": "data-protection authority changed: INAI replaced by the Secretaría Anticorrupción y Buen Gobierno (2025 law)",
     "repl": [("puedes acudir al Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales (INAI), [www.inai.org.mx](https://home.inai.org.mx).",
               "puedes acudir a la Secretaría Anticorrupción y Buen Gobierno, autoridad garante conforme a la Ley vigente a partir del 21 de marzo de 2025, [www.gob.mx/buengobierno](https://www.gob.mx/buengobierno).")]},
]

PRODUCTS = [("Bicicleta eléctrica RAYO Urbana 2", "rayo-urbana-2", 28999), ("Bicicleta eléctrica RAYO Montaña X", "rayo-montana-x", 41999),
            ("Scooter eléctrico RAYO S1", "rayo-s1", 12499), ("Scooter eléctrico RAYO S3 Pro", "rayo-s3-pro", 18999),
            ("Bicicleta de carga RAYO Carga", "rayo-carga", 52999), ("Bicicleta plegable RAYO Mini", "rayo-mini", 23499)]
STOCK = ["En existencia", "En existencia", "En existencia", "Últimas piezas", "Agotado", "Preventa"]


def _campaign(when):
    md = (when.month, when.day)
    if (5, 26) <= md <= (6, 6):
        return "Hot Sale: hasta 25% de descuento y 12 meses sin intereses"
    if (11, 13) <= md <= (11, 20):
        return "El Buen Fin: envío gratis y hasta 20% de descuento en bicicletas"
    return None


def noise(rng, when, i, prev):
    p = prev or {}
    camp = _campaign(when)
    return {
        "form_key": C.alnum(rng, 16),
        "static": C.keep_or(rng, p.get("static"), 0.15, lambda: 1650000000 + rng.randint(0, 120000000)),
        "campaign": camp,
        "promo_strip": C.keep_or(rng, p.get("promo_strip"), 0.3, lambda: rng.choice([
            "Envío gratis a todo México en compras mayores a $3,000", "Hasta 18 meses sin intereses con tarjetas participantes",
            "Nueva RAYO Montaña X: pruébala en nuestras tiendas", "Actualiza el firmware de tu scooter desde la app RAYO (v2.8.1)"])),
        "items": rng.sample(range(len(PRODUCTS)), 4),
        "stock": [rng.choice(STOCK) for _ in PRODUCTS],
        "discount": [rng.choice([0.75, 0.8, 0.85]) if camp else rng.choice([1, 1, 1, 0.9]) for _ in PRODUCTS],
    }


LABELS = {"form_key": "Magento form_key", "static": "static-content deploy version",
          "campaign": "Hot Sale / Buen Fin campaign banner", "promo_strip": "header promo strip",
          "items": "products carousel selection (inside the row, removed)", "stock": "stock labels (inside the row, removed)",
          "discount": "sale prices (inside the row, removed)"}


def _money(v):
    return "$%s.00" % "{:,}".format(int(round(v, -1)))


def render(s, blocks, when):
    sv = "https://www.rayobikes.mx/static/version%d/frontend/Rayo/default/es_MX" % s["static"]
    fk = s["form_key"]
    items = []
    for k in s["items"]:
        name, slug, price = PRODUCTS[k]
        disc = s["discount"][k]
        if disc < 1:
            pr = ('<span class="old-price"><span class="price-container price-final_price tax weee"><span class="price-wrapper " data-price-type="oldPrice"><span class="price">%s</span></span></span></span>'
                  '<span class="special-price"><span class="price-container price-final_price tax weee"><span class="price-wrapper " data-price-type="finalPrice"><span class="price">%s</span></span></span></span>'
                  % (_money(price), _money(price * disc)))
        else:
            pr = ('<span class="price-container price-final_price tax weee"><span class="price-wrapper " data-price-type="finalPrice"><span class="price">%s</span></span></span>' % _money(price))
        st = s["stock"][k]
        items.append(
            '<li class="product-item"><div class="product-item-info"><a href="https://www.rayobikes.mx/%s.html" class="product-item-photo">'
            '<span class="product-image-container" style="width:240px;"><span class="product-image-wrapper" style="padding-bottom: 100%%;">'
            '<img class="product-image-photo" src="https://www.rayobikes.mx/media/catalog/product/cache/7f3c1e2a9b8d6c5f4e3a2b1c0d9e8f7a/%s/%s.jpg" loading="lazy" width="240" height="240" alt="%s"/></span></span></a>'
            '<div class="product details product-item-details"><strong class="product name product-item-name"><a title="%s" href="https://www.rayobikes.mx/%s.html" class="product-item-link">%s</a></strong>'
            '<div class="price-box price-final_price" data-role="priceBox" data-product-id="%d" data-price-box="product-id-%d">%s</div>'
            '<div class="stock %s"><span>%s</span></div>'
            '<div class="product-item-actions"><div class="actions-primary"><form data-role="tocart-form" action="https://www.rayobikes.mx/checkout/cart/add/uenc/aHR0cHM6Ly93d3cucmF5b2Jpa2VzLm14L2F2aXNvLWRlLXByaXZhY2lkYWQ~/product/%d/" method="post"><input type="hidden" name="product" value="%d"><input name="form_key" type="hidden" value="%s" />'
            '<button type="submit" title="Agregar al carrito" class="action tocart primary"%s><span>Agregar al carrito</span></button></form></div></div></div></div></li>'
            % (slug, slug[0], slug, html.escape(name), html.escape(name), slug, html.escape(name), 100 + k, 100 + k, pr,
               "unavailable" if st == "Agotado" else "available", st, 100 + k, 100 + k, fk, ' disabled' if st == "Agotado" else ""))
    camp = ('<div class="campaign-banner" data-content-type="html"><a href="https://www.rayobikes.mx/promociones">%s</a></div>' % s["campaign"]) if s["campaign"] else ""
    return """<!doctype html>
<html lang="es">
    <head >
        <script>
    var LOCALE = 'es\\u002DMX';
    var BASE_URL = 'https\\u003A\\u002F\\u002Fwww.rayobikes.mx\\u002F';
    var require = {
        'baseUrl': '%(svjs)s'
    };</script>        <meta charset="utf-8"/>
<meta name="title" content="Aviso de Privacidad"/>
<meta name="description" content="Aviso de Privacidad Integral de Rayo Movilidad Eléctrica, S.A.P.I. de C.V."/>
<meta name="robots" content="INDEX,FOLLOW"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="format-detection" content="telephone=no"/>
<title>Aviso de Privacidad | RAYO Bicicletas y Scooters Eléctricos</title>
<link  rel="stylesheet" type="text/css"  media="all" href="%(sv)s/mage/calendar.css" />
<link  rel="stylesheet" type="text/css"  media="all" href="%(sv)s/css/styles-m.css" />
<link  rel="stylesheet" type="text/css"  media="screen and (min-width: 768px)" href="%(sv)s/css/styles-l.css" />
<link  rel="stylesheet" type="text/css"  media="print" href="%(sv)s/css/print.css" />
<script  type="text/javascript"  src="%(sv)s/requirejs/require.js"></script>
<script  type="text/javascript"  src="%(sv)s/mage/requirejs/mixins.js"></script>
<script  type="text/javascript"  src="%(sv)s/requirejs-config.js"></script>
<link rel="canonical" href="https://www.rayobikes.mx/aviso-de-privacidad" />
<link  rel="icon" type="image/x-icon" href="https://www.rayobikes.mx/media/favicon/websites/1/favicon.png" />
<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-K7RAYO2');</script>
<!-- End Google Tag Manager -->
    </head>
    <body data-container="body"
          data-mage-init='{"loaderAjax": {}, "loader": { "icon": "%(sv)s/images/loader-2.gif"}}'
        id="html-body" class="cms-aviso-de-privacidad cms-page-view page-layout-1column">
<div class="cookie-status-message" id="cookie-status">La tienda no funcionará correctamente si las cookies están deshabilitadas.</div>
<script type="text/x-magento-init">{"*": {"cookieStatus": {}}}</script>
<script type="text/x-magento-init">{"*": {"mage/cookies": {"expires": null, "path": "\\u002F", "domain": ".www.rayobikes.mx", "secure": true, "lifetime": "3600"}}}</script>
<div class="page-wrapper"><div class="promo-strip"><p>%(strip)s</p></div><header class="page-header"><div class="panel wrapper"><div class="panel header"><a class="action skip contentarea" href="#contentarea"><span>Ir al contenido</span></a>
<div class="switcher store switcher-store" id="switcher-store"><strong class="label switcher-label"><span>Seleccionar tienda</span></strong><div class="actions dropdown options switcher-options"><div class="action toggle switcher-trigger" id="switcher-store-trigger"><strong><span>México (MXN)</span></strong></div><ul class="dropdown switcher-dropdown"><li class="switcher-option"><a href="https://us.rayobikes.com/">United States (USD)</a></li></ul></div></div>
<ul class="header links">    <li class="greet welcome" data-bind="scope: 'customer'"><span class="not-logged-in" data-bind="html: ''"></span></li>
<li class="authorization-link" data-label="o"><a href="https://www.rayobikes.mx/customer/account/login/referer/aHR0cHM6Ly93d3cucmF5b2Jpa2VzLm14L2F2aXNvLWRlLXByaXZhY2lkYWQ~/">Iniciar sesión</a></li>
<li><a href="https://www.rayobikes.mx/customer/account/create/" id="idXk29aLq1" >Crear una cuenta</a></li></ul></div></div>
<div class="header content"><span data-action="toggle-nav" class="action nav-toggle"><span>Alternar Nav</span></span>
<a class="logo" href="https://www.rayobikes.mx/" title="RAYO" aria-label="store logo"><img src="%(sv)s/images/logo.svg" title="RAYO" alt="RAYO" width="170" /></a>
<div data-block="minicart" class="minicart-wrapper"><a class="action showcart" href="https://www.rayobikes.mx/checkout/cart/" data-bind="scope: 'minicart_content'"><span class="text">Mi carrito</span><span class="counter qty empty" data-bind="css: { empty: !!getCartParam('summary_count') == false }"><span class="counter-number"></span></span></a></div>
<div class="block block-search"><div class="block block-content"><form class="form minisearch" id="search_mini_form" action="https://www.rayobikes.mx/catalogsearch/result/" method="get"><div class="field search"><label class="label" for="search" data-role="minisearch-label"><span>Buscar</span></label><div class="control"><input id="search" type="text" name="q" value="" placeholder="Buscar en toda la tienda..." class="input-text" maxlength="128" role="combobox" aria-haspopup="false" aria-autocomplete="both" autocomplete="off" aria-expanded="false"/></div></div></form></div></div></div></header>
<div class="sections nav-sections"><div class="section-items nav-sections-items" data-mage-init='{"tabs":{"openedState":"active"}}'><div class="section-item-content nav-sections-item-content" id="store.menu" data-role="content"><nav class="navigation" data-action="navigation"><ul data-mage-init='{"menu":{"responsive":true, "expanded":true, "position":{"my":"left top","at":"left bottom"}}}'>
<li class="level0 nav-1 category-item first level-top"><a href="https://www.rayobikes.mx/bicicletas-electricas.html" class="level-top"><span>Bicicletas eléctricas</span></a></li><li class="level0 nav-2 category-item level-top"><a href="https://www.rayobikes.mx/scooters-electricos.html" class="level-top"><span>Scooters eléctricos</span></a></li><li class="level0 nav-3 category-item level-top"><a href="https://www.rayobikes.mx/refacciones-y-accesorios.html" class="level-top"><span>Refacciones y accesorios</span></a></li><li class="level0 nav-4 category-item last level-top"><a href="https://www.rayobikes.mx/app" class="level-top"><span>App RAYO</span></a></li></ul></nav></div></div></div>
%(camp)s
<main id="maincontent" class="page-main"><a id="contentarea" tabindex="-1"></a>
<div class="page-title-wrapper"><h1 class="page-title"><span class="base" data-ui-id="page-title-wrapper" >Aviso de Privacidad</span></h1></div><div class="page messages"><div data-placeholder="messages"></div><div data-bind="scope: 'messages'"><div aria-atomic="true" role="alert" data-bind="foreach: { data: cookieMessages, as: 'message' }" class="messages"></div></div></div><div class="columns"><div class="column main"><input name="form_key" type="hidden" value="%(fk)s" /><div id="authenticationPopup" data-bind="scope:'authenticationPopup', style: {display: 'none'}"><script>window.authenticationPopup = {"autocomplete":"off","customerRegisterUrl":"https:\\/\\/www.rayobikes.mx\\/customer\\/account\\/create\\/","customerForgotPasswordUrl":"https:\\/\\/www.rayobikes.mx\\/customer\\/account\\/forgotpassword\\/","baseUrl":"https:\\/\\/www.rayobikes.mx\\/"}</script></div>
<div data-content-type="row" data-appearance="contained" data-element="main"><div data-enable-parallax="0" data-parallax-speed="0.5" data-background-images="{}" data-background-type="image" data-video-loop="true" data-video-play-only-visible="true" data-video-lazy-load="true" data-video-fallback-src="" data-element="inner" data-pb-style="R7K3M2A"><div data-content-type="text" data-appearance="default" data-element="main">%(policy)s</div><h2 data-content-type="heading" data-appearance="default" data-element="main" data-pb-style="H4N8Q1C">Te puede interesar</h2><div data-content-type="products" data-appearance="carousel" data-autoplay="true" data-autoplay-speed="4000" data-infinite-loop="true" data-show-arrows="false" data-show-dots="true" data-carousel-mode="default" data-center-padding="90px" data-element="main"><div class="block widget block-products-list grid"><div class="block-content"><div class="products-grid grid"><ol class="product-items widget-product-carousel">%(items)s</ol></div></div></div></div></div></div><style>#html-body [data-pb-style=R7K3M2A]{justify-content:flex-start;display:flex;flex-direction:column;background-position:left top;background-size:cover;background-repeat:no-repeat;background-attachment:scroll;border-style:none;border-width:1px;border-radius:0;margin:0 0 10px;padding:10px}#html-body [data-pb-style=H4N8Q1C]{text-align:center;margin-top:40px}</style></div></div></main>
<footer class="page-footer"><div class="footer content"><div data-content-type="row" data-appearance="full-width" data-enable-parallax="0" data-element="main"><div class="row-full-width-inner" data-element="inner"><div data-content-type="text" data-appearance="default" data-element="main"><ul class="footer-links"><li><a href="https://www.rayobikes.mx/garantia">Garantía</a></li><li><a href="https://www.rayobikes.mx/envios-y-devoluciones">Envíos y devoluciones</a></li><li><a href="https://www.rayobikes.mx/terminos-y-condiciones">Términos y condiciones</a></li><li><a href="https://www.rayobikes.mx/aviso-de-privacidad">Aviso de privacidad</a></li></ul><p>Atención a clientes: 55 4160 2390 · soporte@rayobikes.mx</p></div></div></div>
<div class="block newsletter"><div class="title"><strong>Suscríbete a nuestro boletín</strong></div><div class="content"><form class="form subscribe" novalidate action="https://www.rayobikes.mx/newsletter/subscriber/new/" method="post" id="newsletter-validate-detail"><input name="form_key" type="hidden" value="%(fk)s" /><div class="field newsletter"><div class="control"><label for="newsletter"><span class="label">Regístrate para recibir nuestro boletín:</span><input name="email" type="email" id="newsletter" placeholder="Ingresa tu correo electrónico" data-mage-init='{"mage/trim-input":{}}' data-validate="{required:true, 'validate-email':true}"/></label></div></div><div class="actions"><button class="action subscribe primary" title="Suscribirse" type="submit" aria-label="Suscribirse"><span>Suscribirse</span></button></div></form></div></div></div></footer>
<small class="copyright"><span>Copyright © 2019-%(year)d Rayo Movilidad Eléctrica, S.A.P.I. de C.V. Todos los derechos reservados.</span></small>
</div>
<script type="text/x-magento-init">{"*":{"Magento_PageBuilder\\/js\\/widget-initializer":{"config":{"[data-content-type=\\"products\\"][data-appearance=\\"carousel\\"]":{"Magento_PageBuilder\\/js\\/content-type\\/products\\/appearance\\/carousel\\/widget":false}},"breakpoints":{"desktop":{"conditions":{"min-width":"1024px"},"options":{"products":{"default":{"slidesToShow":"4"}}}}}}}}</script>
</body>
</html>
""" % {"svjs": sv.replace("/", "\\u002F").replace(":", "\\u003A"), "sv": sv, "strip": html.escape(s["promo_strip"]),
       "camp": camp, "fk": fk, "policy": C.blocks_html(blocks, sep=""), "items": "".join(items), "year": when.year}


PAGE = {
    "service": "RAYO Movilidad",
    "url": "https://www.rayobikes.mx/aviso-de-privacidad",
    "lang": "es-MX",
    "platform": "Magento 2.4 (Luma child theme, Page Builder)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("X-Magento-Tags", "cms_p_27,cms_b_footer_links,cat_p"),
                      ("X-Content-Type-Options", "nosniff"), ("Pragma", "no-cache")),
    "n": 32,
    "start": dt.date(2022, 5, 15),
    "end": dt.date(2025, 11, 25),
    "hours": (1, 7, 13, 19),
    "policy": POLICY,
    "first_updated": dt.date(2022, 3, 8),
    "fmt_date": lambda d: "%d de %s de %d" % (d.day, ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                                     "septiembre", "octubre", "noviembre", "diciembre"][d.month - 1], d.year),
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.rayobikes.mx/aviso-de-privacidad",
                    "select": '.column.main [data-content-type="row"]',
                    "remove": ['[data-content-type="heading"]', '[data-content-type="products"]']},
}
