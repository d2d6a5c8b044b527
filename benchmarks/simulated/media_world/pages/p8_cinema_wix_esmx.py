"""Mexican independent cinema chain (arthouse, three venues) on Wix (Thunderbolt renderer), "Aviso de privacidad".

The notice is typed into three Wix rich-text boxes stacked in one section (the title, then the text split in two
because the editor's text box grew unwieldy); the curators select the three `#comp-…` ids. Wix markup: every
paragraph a `font_8` <p> with inline-styled spans, `wixGuard` zero-width spacer paragraphs between blocks, no tables
(Wix rich text has none). Fairly clean: per visit the viewer model's `requestId`; the Thunderbolt bundle version
and the `siteRevision` (the owner republishes the site when the weekly listings change) move the page JSON and
asset URLs. All outside the selected boxes.
"""
import datetime as dt
import html
import json

import common as C

URL = "https://www.cinealameda.mx/aviso-de-privacidad"

POLICY = """# AVISO DE PRIVACIDAD INTEGRAL

Última actualización: {UPDATED}

Cines Alameda Cultural, S.A. de C.V. (en adelante, “Cine Alameda”), con domicilio en Calle Colima 182, colonia Roma Norte, alcaldía Cuauhtémoc, C.P. 06700, Ciudad de México, es responsable del tratamiento de sus datos personales en términos de la Ley Federal de Protección de Datos Personales en Posesión de los Particulares (la “Ley”), su Reglamento y los Lineamientos del Aviso de Privacidad.

## Datos personales que recabamos

Para cumplir con las finalidades descritas en este aviso, podemos recabar los siguientes datos personales:

- Datos de identificación y contacto: nombre, correo electrónico, número de teléfono celular y fecha de nacimiento.
- Datos de facturación: RFC, razón social, régimen fiscal y código postal fiscal.
- Datos de compra: funciones, salas y butacas elegidas, productos de dulcería, historial de compras y uso de cortesías.
- Datos de la membresía Amigos de la Alameda: número de socio, nivel de membresía y puntos acumulados.
- Datos de navegación: dirección IP, tipo de navegador y dispositivo, y páginas visitadas.

Le informamos que no recabamos datos personales sensibles. Los datos de su tarjeta bancaria son capturados y procesados directamente por nuestro proveedor de pagos, por lo que Cine Alameda no tiene acceso a ellos.

## Finalidades primarias

Sus datos personales serán utilizados para las siguientes finalidades, que son necesarias para el servicio que nos solicita:

- Procesar la compra de boletos en línea y en taquilla, y enviarle sus boletos electrónicos.
- Emitir los comprobantes fiscales digitales (CFDI) que nos solicite.
- Administrar su membresía Amigos de la Alameda, sus beneficios y la acumulación de puntos.
- Informarle sobre cancelaciones o cambios de horario de las funciones que compró.
- Atender quejas, aclaraciones y solicitudes de reembolso.

## Finalidades secundarias

De manera adicional, utilizaremos su información para las siguientes finalidades que no son necesarias para el servicio solicitado, pero que nos permiten brindarle una mejor atención:

- Enviarle la cartelera semanal, invitaciones a preestrenos, ciclos y festivales.
- Realizar encuestas de satisfacción y estadísticas de asistencia.
- Enviarle promociones de nuestros patrocinadores y aliados culturales.

Si no desea que sus datos personales se traten para estas finalidades secundarias, puede enviarnos un correo a privacidad@cinealameda.mx con el asunto “Negativa finalidades secundarias” o darse de baja desde el enlace incluido en cada correo. La negativa no será motivo para que le neguemos los servicios que solicita.

## Transferencias de datos personales

Le informamos que sus datos personales pueden ser compartidos dentro y fuera del país con las siguientes personas, empresas, organizaciones o autoridades:

- Con el Servicio de Administración Tributaria, para el cumplimiento de obligaciones fiscales.
- Con autoridades competentes que lo requieran en ejercicio de sus atribuciones.
- Con distribuidoras cinematográficas, únicamente de forma agregada y sin identificarle, para reportar la asistencia a cada película.

Estas transferencias no requieren de su consentimiento conforme al artículo 37 de la Ley. Asimismo, compartimos sus datos con proveedores que nos prestan servicios de venta de boletos en línea (Boletería Digital Veezi), procesamiento de pagos (Stripe y Mercado Pago), envío de correos (Wix.com Ltd.) y facturación electrónica, quienes actúan como encargados por cuenta nuestra.

## Derechos ARCO

Usted tiene derecho a conocer qué datos personales tenemos de usted, para qué los utilizamos y las condiciones del uso que les damos (Acceso). Asimismo, es su derecho solicitar la corrección de su información personal en caso de que esté desactualizada, sea inexacta o incompleta (Rectificación); que la eliminemos de nuestros registros o bases de datos cuando considere que no está siendo utilizada adecuadamente (Cancelación); así como oponerse al uso de sus datos personales para fines específicos (Oposición).

Para ejercer cualquiera de los derechos ARCO, envíe una solicitud al correo privacidad@cinealameda.mx que contenga: su nombre y un medio para comunicarle la respuesta; una copia de su identificación oficial o, en su caso, la de su representante legal; la descripción clara y precisa de los datos respecto de los que busca ejercer alguno de los derechos; y cualquier otro elemento que facilite la localización de los datos. Le responderemos en un plazo máximo de 20 días hábiles contados desde la fecha en que recibimos su solicitud.

## Revocación del consentimiento

Usted puede revocar el consentimiento que nos haya otorgado para el tratamiento de sus datos personales siguiendo el mismo procedimiento descrito para los derechos ARCO. Tenga en cuenta que no en todos los casos podremos atender su solicitud de forma inmediata, ya que es posible que por alguna obligación legal requiramos seguir tratando sus datos.

## Limitación del uso o divulgación

Para limitar el uso de sus datos, puede inscribirse en el Registro Público para Evitar Publicidad (REPEP) de la Procuraduría Federal del Consumidor, o solicitarnos su inclusión en nuestro listado interno de exclusión escribiendo a privacidad@cinealameda.mx.

## Uso de cookies y tecnologías similares

Nuestro sitio web utiliza cookies y web beacons para recordar su sesión, mostrar la cartelera de la sede más cercana y obtener estadísticas de visitas mediante Google Analytics. Puede deshabilitarlas desde la configuración de su navegador; en ese caso algunas funciones de compra podrían no estar disponibles.

## Videovigilancia

Nuestras sedes cuentan con cámaras de videovigilancia en taquillas, dulcería y pasillos, con fines de seguridad de las personas y de las instalaciones. Las grabaciones se conservan por 15 días naturales, salvo que sean requeridas por una autoridad.

## Cambios al aviso de privacidad

El presente aviso de privacidad puede sufrir modificaciones derivadas de nuevos requerimientos legales, de nuestras propias necesidades o de cambios en nuestro modelo de negocio. Le daremos a conocer cualquier cambio a través de este sitio web y de avisos en nuestras taquillas.

Si considera que su derecho a la protección de datos personales ha sido vulnerado, puede acudir al Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales (INAI). Para más información visite www.inai.org.mx."""

EDITS = [
    {"note": "new venue: sentence on the Coyoacán venue's parking access plates (CCTV section)",
     "repl": [("Las grabaciones se conservan por 15 días naturales, salvo que sean requeridas por una autoridad.",
               "Las grabaciones se conservan por 15 días naturales, salvo que sean requeridas por una autoridad. En el "
               "estacionamiento de nuestra sede Coyoacán se registran las placas de los vehículos para el control de "
               "acceso; este registro se elimina a los 30 días.")]},
    {"note": "payment processor list: Clip added",
     "repl": [("procesamiento de pagos (Stripe y Mercado Pago)", "procesamiento de pagos (Stripe, Mercado Pago y Clip)")]},
    {"note": "typo: 'sus datos personales se traten' -> 'sus datos personales sean tratados' (date not bumped)",
     "bump": False,
     "repl": [("que sus datos personales se traten para", "que sus datos personales sean tratados para")]},
    {"note": "ARCO response period: 20 business days clarified + 15 days to make effective",
     "repl": [("Le responderemos en un plazo máximo de 20 días hábiles contados desde la fecha en que recibimos su solicitud.",
               "Le responderemos en un plazo máximo de 20 días hábiles contados desde la fecha en que recibimos su "
               "solicitud y, si resulta procedente, la haremos efectiva dentro de los 15 días hábiles siguientes.")]},
    {"note": "2025 LFPDPPP reform: INAI replaced by the Secretaría Anticorrupción y Buen Gobierno",
     "repl": [("en términos de la Ley Federal de Protección de Datos Personales en Posesión de los Particulares (la “Ley”), "
               "su Reglamento y los Lineamientos del Aviso de Privacidad.",
               "en términos de la Ley Federal de Protección de Datos Personales en Posesión de los Particulares publicada "
               "en el Diario Oficial de la Federación el 20 de marzo de 2025 (la “Ley”) y demás normativa aplicable."),
              ("puede acudir al Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos "
               "Personales (INAI). Para más información visite www.inai.org.mx.",
               "puede acudir a la Secretaría Anticorrupción y Buen Gobierno, autoridad garante en materia de protección "
               "de datos personales. Para más información visite www.gob.mx/buengobierno.")]},
]

MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MONTHS[d.month - 1], d.year)


SPLIT = "Transferencias de datos personales"
COMPS = ("comp-lt8q2mfj", "comp-lt8q6x0n", "comp-lt8qa3k1")


def noise(rng, when, i, prev):
    p = prev or {}
    rev = p.get("rev", 377)
    if i == 0 or rng.random() < 0.45:
        rev += rng.randint(1, 6)
    tb = C.keep_or(rng, p.get("tb"), 0.25, lambda: ("1.%d.0" % rng.randint(14000, 16999), C.hexs(rng, 8)))
    return {"request": "%d.%s" % (C.epoch(when), "".join(str(rng.randint(0, 9)) for _ in range(20))),
            "rev": rev, "tb": tb}


LABELS = {"request": "viewer model requestId", "rev": "siteRevision (owner republished)",
          "tb": "Thunderbolt bundle version"}

SP = 'class="wixui-rich-text__text"'


def wtext(raw):
    return html.escape(raw, quote=False)


def wbold(raw):
    return '<span style="font-weight:bold;" %s>%s</span>' % (SP, wtext(raw))


def wlink(url, label):
    return ('<a href="%s" target="_blank" %s><span style="text-decoration:underline;" %s>%s</span></a>'
            % (html.escape(url), SP, SP, wtext(label)))


def inl(t):
    return C.inline_html(t, text=wtext, bold=wbold, link=wlink)


GUARD = ('<p class="font_8 wixui-rich-text__text"><span style="font-size:15px;" %s><span class="wixGuard '
         'wixui-rich-text__text">&#8203;</span></span></p>' % SP)


def wix_blocks(blocks):
    out = []
    for kind, v in blocks:
        if kind == "h1":
            out.append('<h1 class="font_0 wixui-rich-text__text"><span style="font-size:34px;" %s><span '
                       'style="font-weight:bold;" %s>%s</span></span></h1>' % (SP, SP, inl(v)))
        elif kind == "h2":
            out.append(GUARD)
            out.append('<h2 class="font_2 wixui-rich-text__text"><span style="font-size:22px;" %s>%s</span></h2>'
                       % (SP, inl(v)))
        elif kind == "p":
            out.append('<p class="font_8 wixui-rich-text__text"><span style="font-size:15px;" %s>%s</span></p>'
                       % (SP, inl(v)))
        elif kind == "ul":
            out.append('<ul class="font_8 wixui-rich-text__text">%s</ul>' % "".join(
                '<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text" style="font-size:15px;">'
                '<span style="font-size:15px;" %s>%s</span></p></li>' % (SP, inl(x)) for x in v))
        else:
            raise ValueError(kind)
    return "".join(out)


def rich(comp, blocks):
    return ('<div id="%s" class="HcOXKn SxM0TO QxJLC3 %s wixui-rich-text" data-testid="richTextElement">%s</div>'
            % (comp, comp, wix_blocks(blocks)))


def render(s, blocks, when):
    k = [n for n, b in enumerate(blocks) if b == ("h2", SPLIT)][0]
    title, part1, part2 = blocks[:1], blocks[1:k], blocks[k:]
    tbv, tbh = s["tb"]
    rev = s["rev"]
    essential = {"fleetConfig": {"fleetName": "wix-one-site-bundle", "type": "GA", "code": 0},
                 "mode": {"qa": False, "enableTestApi": False, "debug": False, "ssrIndicator": False,
                          "ssrOnly": False, "siteAssetsFallback": "enable", "versionIndicator": False},
                 "componentsLibrariesTopology": [],
                 "siteFeaturesConfigs": {"sessionManager": {"isRunningInDifferentSiteContext": False}},
                 "language": {"userLanguage": "es"},
                 "siteAssets": {"clientTopology": {"mediaRootUrl": "https://static.wixstatic.com",
                                                   "scriptsUrl": "static.parastorage.com",
                                                   "staticMediaUrl": "https://static.wixstatic.com/media",
                                                   "moduleRepoUrl": "https://static.parastorage.com/unpkg",
                                                   "fileRepoUrl": "https://static.parastorage.com/services",
                                                   "siteAssetsUrl": "https://siteassets.parastorage.com",
                                                   "pageJsonServerUrls": ["https://pages.parastorage.com",
                                                                          "https://staticorigin.wixstatic.com",
                                                                          "https://www.cinealameda.mx",
                                                                          "https://fallback.wix.com/wix-html-editor-pages-webapp/page"],
                                                   "pathOfTBModulesInFileRepoForFallback": "wix-thunderbolt/dist/"}},
                 "siteFeatures": ["accessibility", "appMonitoring", "assetsLoader", "businessLogger",
                                  "captcha", "clickHandlerRegistrar", "commonConfig", "componentsLoader",
                                  "consentPolicy", "cyclicTabbing", "domReady", "environment", "lightbox",
                                  "navigation", "ooi", "pages", "renderer", "router", "seo", "siteMembers",
                                  "tpa", "warmupData", "windowScroll", "wixEmbedsApi"],
                 "site": {"externalBaseUrl": "https://www.cinealameda.mx", "isSEO": False},
                 "media": {"staticMediaUrl": "https://static.wixstatic.com/media",
                           "mediaRootUrl": "https://static.wixstatic.com/", "staticVideoUrl": "https://video.wixstatic.com/"},
                 "requestUrl": URL, "rollout": {"siteAssetsVersionsRollout": False, "isDACRollout": 0,
                                                "isTBRollout": False},
                 "commonConfig": {"brand": "wix", "host": "VIEWER", "bsi": "", "consentPolicy": {},
                                  "consentPolicyHeader": {}, "siteRevision": str(rev), "renderingFlow": "NONE",
                                  "language": "es", "locale": "es-mx"},
                 "interactionSampleRatio": 0.01, "requestId": s["request"],
                 "siteRevision": str(rev), "viewMode": "desktop"}
    common = json.dumps(essential["commonConfig"], ensure_ascii=False, separators=(",", ":"))
    return """<!DOCTYPE html>
<html lang="es">
<head>
  
  <meta charset='utf-8'>
  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="generator" content="Wix.com Website Builder"/>

  <link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/9c1d4e_3a7b2f8c91d64e0a8b5c7d2e1f0a9b3c~mv2.png/v1/fill/w_192%%2Ch_192%%2Clg_1%%2Cusm_0.66_1.00_0.01/9c1d4e_3a7b2f8c91d64e0a8b5c7d2e1f0a9b3c~mv2.png" type="image/png"/>
  <link rel="shortcut icon" href="https://static.wixstatic.com/media/9c1d4e_3a7b2f8c91d64e0a8b5c7d2e1f0a9b3c~mv2.png/v1/fill/w_32%%2Ch_32%%2Clg_1%%2Cusm_0.66_1.00_0.01/9c1d4e_3a7b2f8c91d64e0a8b5c7d2e1f0a9b3c~mv2.png" type="image/png"/>
  <link rel="apple-touch-icon" href="https://static.wixstatic.com/media/9c1d4e_3a7b2f8c91d64e0a8b5c7d2e1f0a9b3c~mv2.png/v1/fill/w_180%%2Ch_180%%2Clg_1%%2Cusm_0.66_1.00_0.01/9c1d4e_3a7b2f8c91d64e0a8b5c7d2e1f0a9b3c~mv2.png" type="image/png"/>

  <!-- Safari Pinned Tab Icon -->
  <!-- <link rel="mask-icon" href="https://static.wixstatic.com/media/9c1d4e_3a7b2f8c91d64e0a8b5c7d2e1f0a9b3c~mv2.png"> -->

  <!-- Original trials -->
  

  <!-- Legacy Polyfills -->
  <script nomodule="" src="https://static.parastorage.com/unpkg/core-js-bundle@3.2.1/minified.js"></script>
  <script nomodule="" src="https://static.parastorage.com/unpkg/focus-within-polyfill@5.0.9/dist/focus-within-polyfill.js"></script>

  <!-- Performance API Polyfills -->
  <script>
  (function () {
    var noop = function noop() {};
    if ("performance" in window === false) {
      window.performance = {};
    }
    window.performance.mark = performance.mark || noop;
    window.performance.measure = performance.measure || noop;
    if ("now" in window.performance === false) {
      var nowOffset = Date.now();
      if (performance.timing && performance.timing.navigationStart) {
        nowOffset = performance.timing.navigationStart;
      }
      window.performance.now = function now() {
        return Date.now() - nowOffset;
      };
    }
  })();
  </script>

  <!-- Globals Definitions -->
  <script>
    (function () {
      var now = Date.now()
      window.initialTimestamps = {
        initialTimestamp: now,
        initialRequestTimestamp: Math.round(performance.timeOrigin ? performance.timeOrigin : now - performance.now())
      }

      window.thunderboltTag = "libs-releases-GA-local"
      window.thunderboltVersion = "%(tbv)s"
    })();
  </script>

  <!-- Essential Viewer Model -->
  <script type="application/json" id="wix-essential-viewer-model">%(essential)s</script>
  <script>
    window.viewerModel = JSON.parse(document.getElementById('wix-essential-viewer-model').textContent)
  </script>

  <script>
    window.commonConfig = viewerModel.commonConfig
  </script>

  <!-- Initial CSS -->
  <style data-url="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%(tbh)s.min.css">a,abbr,acronym,address,applet,b,big,blockquote,button,caption,center,cite,code,dd,del,dfn,div,dl,dt,em,fieldset,font,footer,form,h1,h2,h3,h4,h5,h6,header,i,iframe,img,ins,kbd,label,legend,li,nav,object,ol,p,pre,q,s,samp,section,small,span,strike,strong,sub,sup,table,tbody,td,tfoot,th,thead,title,tr,tt,u,ul,var{background:transparent;border:0;margin:0;outline:0;padding:0;vertical-align:baseline}</style>

  <!-- Main Script -->
  <script crossorigin defer src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%(tbh)s.bundle.min.js"></script>

  <!-- Page JSON -->
  <link rel="preload" href="https://siteassets.parastorage.com/pages/pages/thunderbolt?beckyExperiments=specs.thunderbolt.wixSiteRevision%%3Atrue&amp;contentType=application%%2Fjson&amp;deviceType=Desktop&amp;dfCk=6&amp;dfVersion=1.3512.0&amp;fileId=f2a9c7d1.bundle.min&amp;language=es&amp;pageId=9c1d4e_7f3a0b2c6d8e1f4a5b9c0d2e3f7a8b1c_%(rev)d.json&amp;siteId=3b8e7f2a-0c4d-4e1a-9b6f-5d2c8a1e7f09&amp;siteRevision=%(rev)d&amp;viewMode=desktop" as="fetch" crossorigin>

  <!-- SEO Tags -->
  <title>Aviso de privacidad | Cine Alameda</title>
  <meta name="description" content="Aviso de privacidad integral de Cines Alameda Cultural, S.A. de C.V."/>
  <link rel="canonical" href="%(url)s"/>
  <meta property="og:title" content="Aviso de privacidad | Cine Alameda"/>
  <meta property="og:url" content="%(url)s"/>
  <meta property="og:site_name" content="Cine Alameda"/>
  <meta property="og:type" content="website"/>
  <meta name="twitter:card" content="summary_large_image"/>
  <meta name="twitter:title" content="Aviso de privacidad | Cine Alameda"/>
  <meta name="format-detection" content="telephone=no">
  <meta name="skype_toolbar" content="skype_toolbar_parser_compatible">

  <style id="css_masterPage">#SITE_CONTAINER{--wix-ads-height:0px}#comp-lt8q2mfj{width:880px}#comp-lt8q6x0n{width:880px}#comp-lt8qa3k1{width:880px}</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP"><div id="pageBackground_x7k2b" data-media-height-override-type="" data-media-position-override="false" class="pageBackground_x7k2b BACKGROUND_GROUP"><div id="bgLayers_pageBackground_x7k2b" data-hook="bgLayers" data-motion-part="BG_LAYER" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div><div id="bgMedia_pageBackground_x7k2b" data-motion-part="BG_MEDIA" class="VgO9Yg"></div></div></div></div></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div><div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content"><div id="comp-ks0a1xq2" class="MazNVa comp-ks0a1xq2 wixui-image"><a data-testid="linkElement" href="https://www.cinealameda.mx" target="_self" class="j7pOnl"><img src="https://static.wixstatic.com/media/9c1d4e_0b7a3c2d1e8f4a5b9c6d7e0f1a2b3c4d~mv2.png/v1/fill/w_180,h_60,al_c,q_85,usm_0.66_1.00_0.01,enc_auto/logo-alameda.png" alt="Cine Alameda" style="width:180px;height:60px;object-fit:cover" width="180" height="60"/></a></div><nav id="comp-ks0a1xq9" aria-label="Sitio" class="StylableHorizontalMenu3372578893__root comp-ks0a1xq9 wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu"><li class="wixui-horizontal-menu__item"><a href="https://www.cinealameda.mx/cartelera" class="StylableHorizontalMenu3372578893__menuItem"><span>Cartelera</span></a></li><li class="wixui-horizontal-menu__item"><a href="https://www.cinealameda.mx/sedes" class="StylableHorizontalMenu3372578893__menuItem"><span>Sedes</span></a></li><li class="wixui-horizontal-menu__item"><a href="https://www.cinealameda.mx/ciclos" class="StylableHorizontalMenu3372578893__menuItem"><span>Ciclos y festivales</span></a></li><li class="wixui-horizontal-menu__item"><a href="https://www.cinealameda.mx/membresia" class="StylableHorizontalMenu3372578893__menuItem"><span>Membresía</span></a></li><li class="wixui-horizontal-menu__item"><a href="https://www.cinealameda.mx/contacto" class="StylableHorizontalMenu3372578893__menuItem"><span>Contacto</span></a></li></ul></nav><div class="comp-ks0a1xr4 R6ex7N wixui-button" id="comp-ks0a1xr4"><a data-testid="linkElement" href="https://boletos.cinealameda.mx" target="_blank" rel="noreferrer noopener" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">COMPRA TUS BOLETOS</span></a></div></div></div></div></div></header><main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="x7k2b" class="dBAkHi theme-vars-x7k2b"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerx7k2b" class="Containerx7k2b SPC7c5 wixui-page" data-testid="page-root"><section id="comp-lt8q2mfe" tabindex="-1" class="xuzjBY comp-lt8q2mfe wixui-section" data-block-level-container="ClassicSection"><div id="bgLayers_comp-lt8q2mfe" data-hook="bgLayers" data-motion-part="BG_LAYER" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div><div id="bgMedia_comp-lt8q2mfe" data-motion-part="BG_MEDIA" class="VgO9Yg"></div></div><div data-mesh-id="comp-lt8q2mfeinlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-lt8q2mfeinlineContent-gridContainer" data-testid="mesh-container-content">%(r1)s%(r2)s%(r3)s</div></div></section></div></div></div></div></div></main><footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_FOOTERinlineContent-gridContainer" data-testid="mesh-container-content"><div id="comp-ks0a2b1c" class="HcOXKn SxM0TO QxJLC3 comp-ks0a2b1c wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text" style="text-align:center;"><span %(sp)s>© 2021 Cines Alameda Cultural, S.A. de C.V. · Calle Colima 182, Roma Norte, CDMX · </span><a href="https://www.cinealameda.mx/aviso-de-privacidad" target="_self" %(sp)s>Aviso de privacidad</a><span %(sp)s> · </span><a href="https://www.cinealameda.mx/terminos" target="_self" %(sp)s>Términos y condiciones</a></p></div><div id="comp-ks0a2b1k" class="comp-ks0a2b1k wixui-social-bar"><ul aria-label="Barra de redes sociales" class="ci0Rcq"><li id="dataItem-ks0a2b1p-comp-ks0a2b1k" class="YLGigX"><a href="https://www.instagram.com/cinealameda" target="_blank" class="jAJOUQ"><img src="https://static.wixstatic.com/media/01c3aff52f2a4dffa526d7a9843d46ea.png/v1/fill/w_30,h_30,al_c,q_85,usm_0.66_1.00_0.01,enc_auto/01c3aff52f2a4dffa526d7a9843d46ea.png" alt="Instagram" width="30" height="30"/></a></li><li id="dataItem-ks0a2b1q-comp-ks0a2b1k" class="YLGigX"><a href="https://www.facebook.com/cinealameda" target="_blank" class="jAJOUQ"><img src="https://static.wixstatic.com/media/0fdef751204647a3bbd7eaa2827ed4f9.png/v1/fill/w_30,h_30,al_c,q_85,usm_0.66_1.00_0.01,enc_auto/0fdef751204647a3bbd7eaa2827ed4f9.png" alt="Facebook" width="30" height="30"/></a></li></ul></div></div></div></div></div></footer></div></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div></div></div>

<!-- warmup data start -->
<script type="application/json" id="wix-warmup-data">{"appsWarmupData":{},"ooi":{"failedInSsr":{}},"platform":{"ssrPropsUpdates":[],"ssrStyleUpdates":[],"ssrStructureUpdates":[]},"pages":{"errorPagesStructure":{}},"router":{"pageJsonFileName":"9c1d4e_7f3a0b2c6d8e1f4a5b9c0d2e3f7a8b1c_%(rev)d"},"tpaCommons":{}}</script>
<!-- warmup data end -->

<script>
  window.commonConfig = %(common)s;
</script>
</body>
</html>
""" % {"tbv": tbv, "tbh": tbh, "essential": json.dumps(essential, ensure_ascii=False, separators=(",", ":")),
       "rev": rev, "url": URL, "r1": rich(COMPS[0], title), "r2": rich(COMPS[1], part1),
       "r3": rich(COMPS[2], part2), "sp": SP, "common": common}


PAGE = {
    "service": "Cine Alameda",
    "url": URL,
    "lang": "es-MX",
    "platform": "Wix (Thunderbolt)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Pepyaka"), ("X-Wix-Request-Id", "1695393342.6849845263101113"),
                      ("Cache-Control", "private,max-age=0,must-revalidate"), ("Vary", "Accept-Encoding"),
                      ("Age", "0"), ("X-Seen-By", "yvSunuo/8ld62ehjr5B7kA==")),
    "n": 29,
    "start": dt.date(2022, 7, 11),
    "end": dt.date(2025, 9, 24),
    "hours": (2, 14),
    "policy": POLICY,
    "first_updated": dt.date(2022, 2, 7),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ["#" + c for c in COMPS]},
}
