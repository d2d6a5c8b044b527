"""Casa Armonía, a Mexican musical-instrument shop (online store, three branches, a repair workshop): its "Aviso de
Privacidad Integral" in Mexican Spanish as a Shopify policy page (/policies/privacy-policy) in the Dawn theme.
Fairly clean: per request Shopify's `__st` request id and visitor token; a theme update once in a while (asset
`?v=` stamps, theme id and schema version); the announcement bar's promotion (Hot Sale, Buen Fin, Santa Cecilia,
meses sin intereses), and the footer's copyright year. All outside `.shopify-policy__container`."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import mukit as K  # noqa: E402

C = K.C
URL = "https://casaarmonia.com.mx/policies/privacy-policy"

POLICY = """
# Política de privacidad

## Aviso de Privacidad Integral

{UPDATED}

**Casa Armonía Instrumentos Musicales, S.A. de C.V.** (en adelante, "Casa Armonía"), con domicilio en Av. Álvaro Obregón 182, Col. Roma Norte, Alcaldía Cuauhtémoc, C.P. 06700, Ciudad de México, es responsable del tratamiento de sus datos personales conforme a la Ley Federal de Protección de Datos Personales en Posesión de los Particulares (la "Ley"), su Reglamento y los Lineamientos del Aviso de Privacidad.

Este aviso aplica a los datos que recabamos a través de nuestra tienda en línea casaarmonia.com.mx, de nuestras sucursales en Ciudad de México, Guadalajara y Monterrey, de nuestro taller de reparación y ajuste de instrumentos, y de nuestros canales de atención por teléfono, correo electrónico y WhatsApp.

## ¿Qué datos personales recabamos?

Para las finalidades señaladas en este aviso, podemos recabar las siguientes categorías de datos personales:

- Datos de identificación: nombre completo, fecha de nacimiento y, en caso de requerir factura, RFC y régimen fiscal.
- Datos de contacto: domicilio de envío, domicilio fiscal, correo electrónico y número de teléfono celular.
- Datos patrimoniales y financieros: los últimos cuatro dígitos y la marca de su tarjeta, así como el plan de meses sin intereses elegido. Los datos completos de la tarjeta son tratados directamente por el procesador de pagos y nunca se almacenan en nuestros servidores.
- Datos de su instrumento: marca, modelo y número de serie de los instrumentos que nos deja en el taller, así como fotografías de su estado al recibirlos.
- Datos de navegación: dirección IP, tipo de navegador, páginas visitadas, productos agregados al carrito e identificadores de cookies.

No recabamos datos personales sensibles. Le pedimos no incluir información de este tipo en los comentarios de sus pedidos ni en las solicitudes de servicio del taller.

## ¿Para qué fines utilizamos sus datos?

### Finalidades primarias

Sus datos personales serán utilizados para las siguientes finalidades, que son necesarias para la relación que tiene con nosotros:

- Procesar, facturar y enviar sus compras, así como gestionar cambios, devoluciones y garantías.
- Administrar las órdenes de servicio del taller: diagnóstico, cotización, reparación, calibración y entrega del instrumento.
- Gestionar apartados, preventas y pedidos especiales de instrumentos que no tenemos en existencia.
- Atender sus dudas, quejas y aclaraciones por cualquiera de nuestros canales.
- Prevenir fraudes y operaciones no reconocidas con tarjetas bancarias.
- Cumplir con las obligaciones fiscales y legales aplicables.

### Finalidades secundarias

De manera adicional, utilizaremos su información para las siguientes finalidades, que no son necesarias para el servicio solicitado, pero que nos permiten brindarle una mejor atención:

- Enviarle nuestro boletín con lanzamientos, promociones, clínicas y talleres con músicos invitados.
- Invitarle a eventos en nuestras sucursales y a concursos en redes sociales.
- Elaborar estadisticas y estudios de mercado sobre los productos de su interés.

Si no desea que sus datos se utilicen para las finalidades secundarias, puede indicarlo en cualquier momento escribiendo a privacidad@casaarmonia.com.mx o mediante el enlace "Cancelar suscripción" incluido en cada correo. La negativa no será motivo para negarle nuestros productos o servicios.

## Transferencias de datos personales

Sus datos podrán ser compartidos con los siguientes terceros, dentro y fuera del país, sin que se requiera su consentimiento en términos del artículo 37 de la Ley, salvo en los casos indicados:

| Destinatario | Finalidad | ¿Requiere consentimiento? |
| Empresas de paquetería (Estafeta, DHL Express, FedEx) | Entrega de pedidos y recolección de devoluciones | No |
| Shopify Inc. | Operación de la tienda en línea y procesamiento de pagos con tarjeta | No |
| PayPal México | Procesamiento de pagos con cuenta PayPal | No |
| Kueski Pay | Financiamiento de compras a plazos, cuando usted elige esta forma de pago | No |
| Fabricantes y distribuidores autorizados | Registro y trámite de garantías de fábrica | No |
| Autoridades competentes | Cumplimiento de requerimientos legales | No |

Con los proveedores que nos prestan servicios de almacenamiento, envío de correos y atención al cliente celebramos contratos que los obligan a tratar sus datos únicamente conforme a nuestras instrucciones y a mantener su confidencialidad.

## Uso de cookies y tecnologías de rastreo

Nuestra tienda en línea utiliza cookies propias y de terceros, así como píxeles de Meta y Google, para recordar su carrito, mantener su sesión, medir el tráfico del sitio y mostrarle anuncios relacionados con los productos que ha visto. Puede deshabilitar las cookies desde la configuración de su navegador o desde el banner de preferencias de cookies; sin embargo, algunas funciones de la tienda, como el carrito de compras, podrían dejar de operar correctamente.

## Videovigilancia en sucursales

Nuestras sucursales cuentan con cámaras de videovigilancia por motivos de seguridad de las personas y de la mercancía. Las imágenes se conservan por un plazo de 30 días naturales, salvo que sean requeridas por una autoridad o formen parte de una investigación.

## ¿Cómo puede ejercer sus derechos ARCO?

Usted tiene derecho a conocer qué datos personales tenemos de usted, para qué los utilizamos y las condiciones del uso que les damos (Acceso). Asimismo, es su derecho solicitar la corrección de su información personal en caso de que esté desactualizada, sea inexacta o incompleta (Rectificación); que la eliminemos de nuestros registros o bases de datos cuando considere que no está siendo utilizada adecuadamente (Cancelación); así como oponerse al uso de sus datos personales para fines específicos (Oposición).

Para ejercer cualquiera de estos derechos, o para revocar el consentimiento que nos haya otorgado, envíe su solicitud al Departamento de Datos Personales con la siguiente información:

- Nombre completo y correo electrónico o domicilio para comunicarle la respuesta.
- Copia de una identificación oficial vigente o, en su caso, los documentos que acrediten la representación legal.
- Descripción clara del derecho que desea ejercer y de los datos involucrados.
- Número de pedido u orden de servicio, si lo tiene, para facilitar la localización de sus datos.

Le responderemos en un plazo máximo de 20 días hábiles contados desde la recepción de su solicitud. Si resulta procedente, la haremos efectiva dentro de los 15 días hábiles siguientes.

@ Departamento de Datos Personales
@ Casa Armonía Instrumentos Musicales, S.A. de C.V.
@ Av. Álvaro Obregón 182, Col. Roma Norte, C.P. 06700, Ciudad de México
@ Correo: privacidad@casaarmonia.com.mx
@ Teléfono: 55 5264 1180, de lunes a viernes de 10:00 a 18:00 horas

## Cambios al aviso de privacidad

Este aviso puede modificarse por cambios legales, por nuestras propias necesidades o por cambios en nuestro modelo de negocio. Publicaremos cualquier modificación en esta página y, cuando el cambio sea relevante, se lo informaremos por correo electrónico.

Si considera que su derecho a la protección de datos personales ha sido vulnerado, puede acudir ante el Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales (INAI). Para más información visite [www.inai.org.mx](https://home.inai.org.mx).
"""

MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]


def fmt_date(d):
    return "Última actualización: %d de %s de %d" % (d.day, MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "typo fixed: estadisticas -> estadísticas, date not changed",
     "repl": [("Elaborar estadisticas y", "Elaborar estadísticas y")], "bump": False},
    {"note": "recipient added to the transfers table (Mercado Pago)",
     "repl": [("| PayPal México | Procesamiento de pagos con cuenta PayPal | No |",
               "| PayPal México | Procesamiento de pagos con cuenta PayPal | No |\n"
               "| Mercado Pago | Procesamiento de pagos con tarjeta, OXXO y transferencia SPEI | No |")]},
    {"note": "sentence added on WhatsApp conversation history",
     "repl": [("correo electrónico y WhatsApp.",
               "correo electrónico y WhatsApp. Cuando nos escribe por WhatsApp, conservamos el historial de la "
               "conversación durante 12 meses para dar seguimiento a sus pedidos y órdenes de servicio.")]},
    {"note": "phone number of the data protection department changed",
     "repl": [("@ Teléfono: 55 5264 1180,", "@ Teléfono: 55 4170 2290,")]},
    {"note": "CCTV retention changed from 30 to 60 days",
     "repl": [("por un plazo de 30 días naturales", "por un plazo de 60 días naturales")]},
    {"note": "supervisory authority changed after the 2025 law (INAI dissolved; Secretaría Anticorrupción y Buen "
             "Gobierno), link changed",
     "repl": [("puede acudir ante el Instituto Nacional de Transparencia, Acceso a la Información y Protección de "
               "Datos Personales (INAI). Para más información visite [www.inai.org.mx](https://home.inai.org.mx).",
               "puede acudir ante la Secretaría Anticorrupción y Buen Gobierno, autoridad garante conforme a la Ley "
               "Federal de Protección de Datos Personales en Posesión de los Particulares publicada el 20 de marzo "
               "de 2025. Para más información visite [www.gob.mx/buengobierno](https://www.gob.mx/buengobierno).")]},
]


# ---------------------------------------------------------------- noise

def promo(d):
    md = (d.month, d.day)
    if (5, 20) <= md <= (6, 5):
        return "HOT SALE: hasta 25% de descuento en guitarras eléctricas y amplificadores", "/collections/hot-sale"
    if (11, 10) <= md <= (11, 20):
        return "EL BUEN FIN: hasta 18 meses sin intereses en pianos digitales y baterías", "/collections/buen-fin"
    if (11, 21) <= md <= (11, 24):
        return "Día del Músico: 22% de descuento en accesorios por Santa Cecilia", "/collections/accesorios"
    if (12, 1) <= md <= (12, 24):
        return "Regala música esta Navidad: envío express sin costo en pedidos mayores a $2,500", "/collections/regalos"
    if (8, 1) <= md <= (8, 31):
        return "Regreso a clases: flautas, teclados y atriles para la escuela desde $189", "/collections/escolar"
    return "Hasta 12 meses sin intereses en compras mayores a $3,000 · Envío gratis desde $1,499", "/pages/formas-de-pago"


def _theme(rng, prev):
    tid, ver, n = (prev or {}).get("id", 136512345678), (prev or {}).get("version", "12.0.0"), (prev or {}).get("n", 0)
    if prev is not None:
        tid += rng.randint(3000000, 9000000)
        ver = {"12.0.0": "13.0.1", "13.0.1": "14.0.0", "14.0.0": "15.0.0", "15.0.0": "15.2.0"}.get(ver, ver)
        n += 1
    stamp = 1709321912 + n * 9400000 + rng.randint(0, 900000)
    return {"id": tid, "version": ver, "n": n, "t": 14 + 3 * n,
            "v": {a: "%d%d" % (rng.randint(10 ** 17, 10 ** 18 - 1), stamp) for a in (
                "constants", "pubsub", "global", "base", "details", "search", "cart", "newsletter", "menu")}}


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["theme"] = p["theme"] if p and rng.random() > 0.12 else _theme(rng, p.get("theme"))
    st["promo"] = promo(when)
    st["request"] = {"reqid": "%s-%d" % (C.uuid4(rng), C.epoch(when)), "u": C.hexs(rng, 12)}
    st["year"] = when.year
    return st


LABELS = {"theme": "Dawn theme update (asset ?v= stamps, theme id, schema version)",
          "promo": "announcement bar promotion", "request": "Shopify __st request id and visitor token",
          "year": "footer copyright year"}


# ---------------------------------------------------------------- render

def render(state, blocks, when):
    th = state["theme"]
    v = th["v"]
    base = "//casaarmonia.com.mx/cdn/shop/t/%d/assets/" % th["t"]

    def asset(name, ext="js"):
        return "%s%s.%s?v=%s" % (base, name, ext, v.get(name, v["global"]))

    title, body = blocks[0], blocks[1:]
    rte = K.render(body)
    msg, href = state["promo"]
    menu = "".join('<li><a href="/collections/%s" class="header__menu-item list-menu__item link link--text '
                   'focus-inset"><span>%s</span></a></li>' % (h, x) for h, x in (
                       ("guitarras", "Guitarras"), ("bajos", "Bajos"), ("teclados-y-pianos", "Teclados y pianos"),
                       ("baterias-y-percusiones", "Baterías y percusiones"), ("audio-profesional", "Audio profesional"),
                       ("vientos", "Vientos"), ("accesorios", "Accesorios")))
    sec = "sections--16234567890123"
    return """<!doctype html>
<html class="js" lang="es">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="theme-color" content="">
    <link rel="canonical" href="%(url)s"><link rel="preconnect" href="https://cdn.shopify.com" crossorigin><link rel="icon" type="image/png" href="//casaarmonia.com.mx/cdn/shop/files/favicon-casa-armonia.png?crop=center&height=32&v=1681234567&width=32"><link rel="preconnect" href="https://fonts.shopifycdn.com" crossorigin><title>
      Política de privacidad
 &ndash; Casa Armonía Instrumentos Musicales</title>

<meta property="og:site_name" content="Casa Armonía Instrumentos Musicales">
<meta property="og:url" content="%(url)s">
<meta property="og:title" content="Política de privacidad">
<meta property="og:type" content="website">
<meta property="og:description" content="Guitarras, pianos digitales, baterías, audio profesional y taller de reparación. Envíos a todo México y hasta 12 meses sin intereses."><meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="Política de privacidad">

    <script src="%(constants)s" defer="defer"></script>
    <script src="%(pubsub)s" defer="defer"></script>
    <script src="%(global)s" defer="defer"></script>
    <script src="%(details)s" defer="defer"></script>
    <script src="%(search)s" defer="defer"></script><script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.start');</script><meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/61234567890/digital_wallets/dialog">
<meta name="shopify-checkout-api-token" content="3f6c1e0a9b7d2c48e5a1f0b6d9c3e724">
<meta id="in-context-paypal-metadata" data-shop-id="61234567890" data-venmo-supported="false" data-environment="production" data-locale="es_ES" data-paypal-v4="true" data-currency="MXN">
<script async="async" src="/checkouts/internal/preloads.js?locale=es-MX"></script>
<script id="shopify-features" type="application/json">{"accessToken":"3f6c1e0a9b7d2c48e5a1f0b6d9c3e724","betas":["rich-media-storefront-analytics"],"domain":"casaarmonia.com.mx","predictiveSearch":true,"shopId":61234567890,"locale":"es"}</script>
<script>var Shopify = Shopify || {};
Shopify.shop = "casa-armonia-mx.myshopify.com";
Shopify.locale = "es";
Shopify.currency = {"active":"MXN","rate":"1.0"};
Shopify.country = "MX";
Shopify.theme = {"name":"Dawn","id":%(tid)d,"schema_name":"Dawn","schema_version":"%(tver)s","theme_store_id":887,"role":"main"};
Shopify.theme.handle = "null";
Shopify.theme.style = {"id":null,"handle":null};
Shopify.cdnHost = "casaarmonia.com.mx/cdn";
Shopify.routes = Shopify.routes || {};
Shopify.routes.root = "/";</script>
<script type="module">!function(o){(o.Shopify=o.Shopify||{}).modules=!0}(window);</script>
<script>!function(o){function n(){var o=[];function n(){o.push(Array.prototype.slice.apply(arguments))}return n.q=o,n}var t=o.Shopify=o.Shopify||{};t.loadFeatures=n(),t.autoloadFeatures=n()}(window);</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"policy"}</script>
<script id="__st">var __st={"a":61234567890,"offset":-21600,"reqid":"%(reqid)s","pageurl":"casaarmonia.com.mx\\/policies\\/privacy-policy","u":"%(u)s"};</script>
<script>window.ShopifyPaypalV4VisibilityTracking = true;</script>
<script id="captcha-bootstrap">!function(){'use strict';const t='contact',e='account',n='new_comment',o=[[t,t],['blogs',n],['comments',n],[t,'customer']];}();</script>
<script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.end');</script>

    <link href="%(basecss)s" rel="stylesheet" type="text/css" media="all" />
<link rel="stylesheet" href="%(searchcss)s" media="print" onload="this.media='all'">
  </head>

  <body class="gradient">
    <a class="skip-to-content-link button visually-hidden" href="#MainContent">
      Ir directamente al contenido
    </a>
<!-- BEGIN sections: header-group -->
<div id="shopify-section-%(sec)s__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section"><div class="utility-bar color-scheme-2 gradient utility-bar--bottom-border">
  <div class="page-width utility-bar__grid"><div class="announcement-bar" role="region" aria-label="Anuncio"><a href="%(phref)s" class="announcement-bar__link link link--text focus-inset animate-arrow"><p class="announcement-bar__message h5">
              <span>%(promo)s</span><svg viewBox="0 0 14 10" fill="none" aria-hidden="true" focusable="false" class="icon icon-arrow" xmlns="http://www.w3.org/2000/svg"><path fill-rule="evenodd" clip-rule="evenodd" d="M8.537.808a.5.5 0 01.817-.162l4 4a.5.5 0 010 .708l-4 4a.5.5 0 11-.708-.708L11.793 5.5H1a.5.5 0 010-1h10.793L8.646 1.354a.5.5 0 01-.109-.546z" fill="currentColor"></path></svg></p></a></div></div>
</div>
</div><div id="shopify-section-%(sec)s__header" class="shopify-section shopify-section-group-header-group section-header"><link rel="stylesheet" href="%(menucss)s" media="print" onload="this.media='all'">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-social header--has-account">
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
  <img src="//casaarmonia.com.mx/cdn/shop/files/logo-casa-armonia.png?v=1681234567&amp;width=600" alt="Casa Armonía Instrumentos Musicales" srcset="//casaarmonia.com.mx/cdn/shop/files/logo-casa-armonia.png?v=1681234567&amp;width=180 180w, //casaarmonia.com.mx/cdn/shop/files/logo-casa-armonia.png?v=1681234567&amp;width=270 270w" width="180" height="54.0" loading="eager" class="header__heading-logo motion-reduce">
</div></a>
<nav class="header__inline-menu">
  <ul class="list-menu list-menu--inline" role="list">%(menu)s</ul>
</nav>
<div class="header__icons header__icons--localization header-localization">
  <details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Búsqueda"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"><use href="#icon-search"></use></svg></span></summary></details></details-modal>
  <a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Iniciar sesión</span></a>
  <a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Carrito</span></a>
</div>
</header></sticky-header>
</div>
<!-- END sections: header-group -->

    <main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
      <div class="shopify-policy__container">
        <div class="shopify-policy__title">
          <h1>%(title)s</h1>
        </div>

        <div class="shopify-policy__body">
          <div class="rte">
            %(rte)s
          </div>
        </div>
      </div>
    </main>

<!-- BEGIN sections: footer-group -->
<div id="shopify-section-%(sec)s__footer" class="shopify-section shopify-section-group-footer-group">
<link href="%(newslettercss)s" rel="stylesheet" type="text/css" media="all" />
<footer class="footer color-scheme-1 gradient section-%(sec)s__footer-padding">
  <div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
    <div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Ayuda</h2><ul class="footer-block__details-content list-unstyled"><li><a href="/pages/envios" class="link link--text list-menu__item list-menu__item--link">Envíos y entregas</a></li><li><a href="/pages/taller" class="link link--text list-menu__item list-menu__item--link">Taller de reparación</a></li><li><a href="/pages/sucursales" class="link link--text list-menu__item list-menu__item--link">Sucursales</a></li><li><a href="/pages/facturacion" class="link link--text list-menu__item list-menu__item--link">Facturación</a></li></ul></div>
    <div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Visítanos</h2><div class="footer-block__details-content rte"><p>Roma Norte · Providencia, Guadalajara · San Pedro Garza García<br>WhatsApp 55 1045 7788</p></div></div>
  </div>
  <div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Suscríbete a nuestros correos</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer" /><input type="hidden" name="utf8" value="✓" /><input type="hidden" name="contact[tags]" value="newsletter"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--%(sec)s__footer" type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="Correo electrónico" required><label class="field__label" for="NewsletterForm--%(sec)s__footer">Correo electrónico</label><button type="submit" class="newsletter-form__button field__button" name="commit" id="Subscribe" aria-label="Suscribirse">→</button></div></div></form></div></div></div>
  <div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
    <small class="copyright__content">&copy; %(year)d, <a href="/" title="">Casa Armonía Instrumentos Musicales</a></small>
    <small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Tecnología de Shopify</a></small>
    <ul class="policies list-unstyled"><li><small class="copyright__content"><a href="/policies/refund-policy">Política de reembolso</a></small></li><li><small class="copyright__content"><a href="/policies/privacy-policy">Política de privacidad</a></small></li><li><small class="copyright__content"><a href="/policies/terms-of-service">Términos del servicio</a></small></li><li><small class="copyright__content"><a href="/policies/shipping-policy">Política de envío</a></small></li><li><small class="copyright__content"><a href="/policies/contact-information">Información de contacto</a></small></li></ul>
  </div></div></div>
</footer>
</div>
<!-- END sections: footer-group -->

    <ul hidden>
      <li id="a11y-refresh-page-message">Al elegir una selección se actualiza toda la página.</li>
      <li id="a11y-new-window-message">Se abre en una nueva ventana.</li>
    </ul>
    <script>
      window.shopUrl = 'https://casaarmonia.com.mx';
      window.routes = {cart_add_url: '/cart/add', cart_change_url: '/cart/change', cart_update_url: '/cart/update', cart_url: '/cart', predictive_search_url: '/search/suggest'};
      window.cartStrings = {error: `Se produjo un error al actualizar tu carrito. Inténtalo de nuevo.`, quantityError: `Solo puedes agregar [quantity] de este artículo a tu carrito.`};
      window.variantStrings = {addToCart: `Agregar al carrito`, soldOut: `Agotado`, unavailable: `No disponible`};
    </script>
  </body>
</html>
""" % dict(url=URL, constants=asset("constants"), pubsub=asset("pubsub"), global_=asset("global"),
           details=asset("details-disclosure"), search=asset("search-form"), basecss=asset("base", "css"),
           searchcss=asset("component-search", "css"), menucss=asset("component-list-menu", "css"),
           newslettercss=asset("component-newsletter", "css"), tid=th["id"], tver=th["version"],
           reqid=state["request"]["reqid"], u=state["request"]["u"], sec=sec, promo=K.esc(msg), phref=href,
           menu=menu, title=C.inline_html(title[1]), rte=rte, year=state["year"], **{"global": asset("global")})


PAGE = {
    "service": "Casa Armonía",
    "url": URL,
    "lang": "es-MX",
    "platform": "Shopify Online Store 2.0, Dawn theme (policy page)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-ShopId", "61234567890"), ("X-Shardid", "183"),
                      ("Content-Language", "es-MX"), ("Vary", "Accept")),
    "n": 30,
    "start": dt.date(2022, 9, 5),
    "end": dt.date(2025, 10, 28),
    "hours": (5, 17),
    "policy": POLICY,
    "first_updated": dt.date(2022, 3, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".shopify-policy__container"},
}
