"""Mexican gym chain on Adobe Experience Manager (WCM core components, Adobe Client Data Layer, Launch, OneTrust,
Akamai). A membership promotion teaser with countdown above the content, Akamai bot-manager pixel tokens per
visit, clientlib hashes on deploys; inside the declared title/text components, their `data-cmp-data-layer` JSON
(repo:modifyDate, xdm:text) changes whenever an author re-saves a component, with or without a text change."""
import datetime as dt
import html
import json
import re

import common as C

MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]

POLICY = """# Aviso de Privacidad Integral

Fecha de última actualización: {UPDATED}

## Identidad y domicilio del responsable

Operadora Vértice Fit, S.A. de C.V. (en adelante "Vértice Fit"), con domicilio en Av. Insurgentes Sur 1605, piso 9, Col. San José Insurgentes, Alcaldía Benito Juárez, C.P. 03900, Ciudad de México, es responsable del tratamiento de sus datos personales, en términos de la Ley Federal de Protección de Datos Personales en Posesión de los Particulares (la "Ley"), su Reglamento y los Lineamientos del Aviso de Privacidad.

## Datos personales que recabamos

Para cumplir con las finalidades descritas en este aviso, recabamos los siguientes datos personales:

- Datos de identificación: nombre completo, fecha de nacimiento, sexo, CURP, fotografía e identificación oficial.
- Datos de contacto: domicilio, correo electrónico, teléfono celular y contacto de emergencia.
- Datos patrimoniales y financieros: número de tarjeta de crédito o débito para el cargo recurrente de la membresía, datos de facturación y RFC.
- Datos biométricos: plantilla de huella dactilar o reconocimiento facial para el acceso a los clubes.
- Datos de salud: condiciones médicas, lesiones, embarazo y resultados de la evaluación física inicial.

Los datos biométricos y de salud son considerados datos personales sensibles. Vértice Fit los tratará únicamente con su consentimiento expreso y por escrito, que se recaba mediante firma autógrafa o electrónica al momento de su inscripción.

## Finalidades primarias

Sus datos personales serán utilizados para las siguientes finalidades, que son necesarias para el servicio que solicita:

- Celebrar y administrar su contrato de membresía, incluidos los cargos recurrentes.
- Controlar el acceso a los clubes y verificar su identidad.
- Diseñar su plan de entrenamiento y prestarle servicios de entrenamiento personal y clases grupales.
- Atender emergencias médicas dentro de nuestras instalaciones.
- Emitir comprobantes fiscales (CFDI) y cumplir con obligaciones legales.
- Atender quejas, aclaraciones y solicitudes de cancelación.

## Finalidades secundarias

De manera adicional, utilizaremos su información para enviarle promociones, realizar encuestas de satisfacción, elaborar estadísticas y realizar actividades de mercadotecnia. Si no desea que sus datos se traten para estas finalidades, puede manifestarlo enviando un correo a privacidad@verticefit.mx. La negativa no será motivo para negarle los servicios que solicita.

## Transferencias de datos personales

Sus datos personales podrán ser transferidos dentro y fuera del país a los siguientes destinatarios:

| Destinatario | Finalidad | ¿Requiere consentimiento? |
| Sociedades controladoras, subsidiarias o afiliadas de Vértice Fit | Operación de la red de clubes y programas de lealtad | No |
| Aseguradoras | Atención de siniestros ocurridos en los clubes | No |
| Autoridades competentes | Cumplimiento de requerimientos legales | No |
| Socios comerciales (marcas de ropa deportiva y suplementos) | Envío de promociones y beneficios exclusivos | Sí |

Si usted no manifiesta su negativa para las transferencias que requieren su consentimiento, entenderemos que nos lo ha otorgado.

## Derechos ARCO

Usted tiene derecho a conocer qué datos personales tenemos de usted, para qué los utilizamos y las condiciones del uso que les damos (Acceso); solicitar la corrección de su información personal en caso de que esté desactualizada, sea inexacta o incompleta (Rectificación); que la eliminemos de nuestros registros cuando considere que no está siendo utilizada adecuadamente (Cancelación); así como oponerse al uso de sus datos personales para fines específicos (Oposición).

Para ejercer cualquiera de los derechos ARCO, deberá enviar una solicitud al Departamento de Datos Personales al correo privacidad@verticefit.mx, acompañada de copia de su identificación oficial y la descripción clara de los datos respecto de los que busca ejercer alguno de los derechos. Le responderemos en un plazo máximo de 20 días hábiles y, de resultar procedente, haremos efectiva la solicitud dentro de los 15 días hábiles siguientes.

## Revocación del consentimiento y limitación del uso

Usted puede revocar el consentimiento que nos haya otorgado para el tratamiento de sus datos personales siguiendo el mismo procedimiento de los derechos ARCO. También puede limitar el uso o divulgación de su información inscribiéndose en el Registro Público para Evitar Publicidad (REPEP) de la PROFECO o en nuestro listado de exclusión, solicitándolo al correo indicado.

## Menores de edad

Los menores de entre 14 y 17 años pueden inscribirse en nuestros clubes únicamente con el consentimiento de su madre, padre o tutor, quien deberá firmar el contrato de membresía y el consentimiento para el tratamiento de datos sensibles. No recabamos datos biométricos de menores de 14 años; su acceso a las clases infantiles se registra mediante la credencial del titular.

## Uso de cookies y web beacons

Nuestro sitio web y nuestra app utilizan cookies, web beacons y tecnologías similares para recordar sus preferencias, medir el uso del sitio y mostrarle publicidad relevante. Puede deshabilitarlas desde el Centro de Preferencias de Privacidad disponible en el pie de página o desde la configuración de su navegador.

## Medidas de seguridad

Vértice Fit ha implementado medidas de seguridad administrativas, técnicas y físicas para proteger sus datos personales contra daño, pérdida, alteración, destrucción o uso, acceso o tratamiento no autorizado. Las plantillas biométricas se almacenan cifradas y no permiten reconstruir su huella o su rostro.

## Cambios al aviso de privacidad

El presente aviso de privacidad puede sufrir modificaciones derivadas de nuevos requerimientos legales, de nuestras propias necesidades o de cambios en nuestro modelo de negocio. Le informaremos sobre cualquier cambio a través de nuestro sitio web verticefit.mx y en la recepción de los clubes.

Si considera que su derecho a la protección de datos personales ha sido vulnerado, puede acudir al Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales (INAI), www.inai.org.mx."""

EDITS = [
    {"note": "biometric data item extended (access log with date, time and club)",
     "repl": [("- Datos biométricos: plantilla de huella dactilar o reconocimiento facial para el acceso a los clubes.",
               "- Datos biométricos: plantilla de huella dactilar o reconocimiento facial para el acceso a los clubes, "
               "así como el registro de accesos con fecha, hora y club.")]},
    {"note": "ARCO response time changed 20 -> 15 business days",
     "repl": [("en un plazo máximo de 20 días hábiles", "en un plazo máximo de 15 días hábiles")]},
    {"note": "new transfer row (payment processor / fintech)",
     "repl": [("| Aseguradoras | Atención de siniestros ocurridos en los clubes | No |",
               "| Aseguradoras | Atención de siniestros ocurridos en los clubes | No |\n"
               "| Procesadores de pago | Cobro de la membresía y prevención de fraudes | No |")]},
    {"note": "address changed (floor and suite)",
     "repl": [("Av. Insurgentes Sur 1605, piso 9,", "Av. Insurgentes Sur 1605, piso 12, oficina 1203,")]},
    {"note": "new paragraph on CCTV video surveillance in clubs",
     "repl": [("## Finalidades secundarias",
               "Le informamos que nuestros clubes cuentan con cámaras de videovigilancia en áreas comunes, excepto "
               "en vestidores y regaderas. Las imágenes se utilizan exclusivamente para su seguridad y se conservan "
               "por 30 días naturales.\n\n## Finalidades secundarias")]},
]

PROMOS = [("inscripcion0", "Inscripción $0", "Únete hoy sin costo de inscripción y paga tu primer mes a mitad de precio.", "/membresias?promo=INSC0"),
          ("buenfin", "El Buen Fin en Vértice Fit", "Membresía anual Black con 40% de descuento.", "/membresias/anual?promo=BUENFIN"),
          ("amigo", "Trae a un amigo", "Si tu amigo se inscribe, los dos reciben un mes gratis.", "/refiere"),
          ("verano", "Reto 12 semanas", "Entrenamiento personal incluido en tu primer trimestre.", "/reto-12-semanas")]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MONTHS[d.month - 1], d.year)


def noise(rng, when, i, prev):
    prev = prev or {}
    clientlib = C.keep_or(rng, prev.get("clientlib"), 0.2, lambda: C.hexs(rng, 32))
    promo = C.keep_or(rng, prev.get("promo"), 0.35, lambda: (rng.randrange(len(PROMOS)), rng.randint(2, 9)))
    resave = C.keep_or(rng, prev.get("resave"), 0.12,
                       lambda: (rng.randint(0, 9), C.iso(when - dt.timedelta(hours=rng.randint(3, 500))))) \
        if prev else None
    return {"clientlib": clientlib, "promo": promo, "resave": resave, "akamai": C.b64tok(rng, 48),
            "launch_build": C.keep_or(rng, prev.get("launch_build"), 0.3, lambda: C.hexs(rng, 12))}


LABELS = {"clientlib": "AEM clientlib hashes (deploy)", "promo": "membership promotion teaser",
          "resave": "component re-saved (data-cmp-data-layer modifyDate inside the container)",
          "akamai": "Akamai bot-manager pixel token", "launch_build": "Adobe Launch library build",
          "countdown": "promotion countdown"}


def eff_date(blocks):
    txt = " ".join(b[1] for b in blocks if b[0] == "p")
    m = re.search(r"actualización: (\d+) de (\w+) de (\d{4})", txt)
    return dt.datetime(int(m.group(3)), MONTHS.index(m.group(2)) + 1, int(m.group(1)), 17, 42, 8)


def dl_attr(cid, typ, mod, extra):
    d = {cid: dict({"@type": typ, "repo:modifyDate": mod}, **extra)}
    return html.escape(json.dumps(d, ensure_ascii=False, separators=(",", ":")), quote=True).replace("&quot;", "&#34;")


def render(state, blocks, when):
    eff = eff_date(blocks)
    head, secs = C.split_sections(blocks)
    comps = [("title", head[:1]), ("text", head[1:])] + [("text", [("h2", h)] + bl) for h, bl in secs]
    rs = state.get("resave")
    out = []
    for n, (kind, bl) in enumerate(comps):
        cid = "%s-%s" % (kind, C.det_sha("comp", n)[:10])
        mod = eff + dt.timedelta(minutes=n)
        if rs and rs[0] == n:
            mod = max(mod, dt.datetime.strptime(rs[1], "%Y-%m-%dT%H:%M:%SZ"))
        mods = mod.strftime("%Y-%m-%dT%H:%M:%SZ")
        if kind == "title":
            t = bl[0][1]
            out.append('<div class="title aem-GridColumn aem-GridColumn--default--12"><div data-cmp-data-layer="%s" '
                       'id="%s" class="cmp-title"><h1 class="cmp-title__text">%s</h1></div></div>'
                       % (dl_attr(cid, "verticefit/components/title", mods, {"dc:title": t}), cid, html.escape(t)))
        else:
            inner = C.blocks_html(bl, sep="\n")
            out.append('<div class="text aem-GridColumn aem-GridColumn--default--12"><div data-cmp-data-layer="%s" '
                       'id="%s" class="cmp-text">%s</div></div>'
                       % (dl_attr(cid, "verticefit/components/text", mods, {"xdm:text": inner}), cid, inner))
    pk, ptitle, ptext, plink = PROMOS[state["promo"][0]]
    end = dt.datetime(when.year, when.month, when.day, 5, 59) + dt.timedelta(days=state["promo"][1] - when.weekday() % 3)
    left = end - when
    if left.total_seconds() < 3600:
        left += dt.timedelta(days=3)
    state["countdown"] = (left.days, left.seconds // 3600, left.seconds % 3600 // 60)
    cl = state["clientlib"]
    page_dl = json.dumps({"page-8c2f41d7e3": {"@type": "verticefit/components/page", "repo:modifyDate": C.iso(eff),
                                             "dc:title": "Aviso de Privacidad", "xdm:template":
                                             "/conf/verticefit/settings/wcm/templates/page-content",
                                             "xdm:language": "es-MX", "repo:path": "/content/verticefit/mx/es/aviso-de-privacidad.html"}},
                         ensure_ascii=False).replace('"', "\\x22").replace("-", "\\u002D")
    return """<!DOCTYPE HTML>
<html lang="es-MX">
    <head>
    <meta charset="UTF-8"/>
    <title>Aviso de Privacidad | Vértice Fit</title>
    <meta name="keywords" content="aviso de privacidad, datos personales, derechos ARCO"/>
    <meta name="description" content="Conoce cómo Vértice Fit protege tus datos personales."/>
    <meta name="template" content="page-content"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <link rel="canonical" href="https://www.verticefit.mx/aviso-de-privacidad"/>
    <link rel="alternate" hreflang="es-MX" href="https://www.verticefit.mx/aviso-de-privacidad"/>
    <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8" data-domain-script="018e2a7c-41d9-7b3f-a5c0-9e1d6b4f2c80"></script>
    <script type="text/javascript">function OptanonWrapper() { }</script>
    <script src="https://assets.adobedtm.com/5d2e8a1f0c3b/9b7e4c2a1d6f/launch-%s.min.js" async></script>
    <link rel="stylesheet" href="/etc.clientlibs/verticefit/clientlibs/clientlib-base.lc-%s-lc.min.css" type="text/css">
    <link rel="stylesheet" href="/etc.clientlibs/verticefit/clientlibs/clientlib-site.lc-%s-lc.min.css" type="text/css">
    <script src="/etc.clientlibs/core/wcm/components/commons/datalayer/v2/clientlibs/core.wcm.components.commons.datalayer.v2.lc-1e0136bad0acfb78be509234578e44f9-lc.min.js"></script>
    <script src="/etc.clientlibs/core/wcm/components/commons/datalayer/acdl/core.wcm.components.commons.datalayer.acdl.lc-bf921af342fd2c40139671dbf0920a1f-lc.min.js" async></script>
    </head>
    <body class="page basicpage" id="page-8c2f41d7e3" data-cmp-link-accessibility-enabled data-cmp-link-accessibility-text="abre en una pestaña nueva" data-cmp-data-layer-enabled data-cmp-data-layer-name="adobeDataLayer">
        <script>
          var dataLayerName = 'adobeDataLayer' || 'adobeDataLayer';
          window[dataLayerName] = window[dataLayerName] || [];
          window[dataLayerName].push({
              page: JSON.parse("%s"),
              event:'cmp:show',
              eventInfo: {
                  path: 'page.page\\u002D8c2f41d7e3'
              }
          });
        </script>
        <div class="root container responsivegrid">
    <div id="container-2b9d0e7a41" class="cmp-container">
        <div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">
    <header class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div id="experiencefragment-6f1e3a2c90" class="cmp-experiencefragment cmp-experiencefragment--header"><div class="xf-content-height"><div class="cmp-container"><nav class="cmp-navigation" itemscope itemtype="http://schema.org/SiteNavigationElement" aria-label="Navegación principal"><a class="cmp-header__logo" href="/"><img src="/content/dam/verticefit/logos/vertice-fit-logo.svg" alt="Vértice Fit"/></a><ul class="cmp-navigation__group"><li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/clubes" class="cmp-navigation__item-link">Clubes</a></li><li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/membresias" class="cmp-navigation__item-link">Membresías</a></li><li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/clases" class="cmp-navigation__item-link">Clases</a></li><li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/entrenamiento-personal" class="cmp-navigation__item-link">Entrenamiento personal</a></li><li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/app" class="cmp-navigation__item-link">App</a></li></ul><a class="cmp-button cmp-button--primary" href="/membresias"><span class="cmp-button__text">Inscríbete</span></a></nav></div></div></div></header>
    <div class="teaser cmp-teaser--promo aem-GridColumn aem-GridColumn--default--12"><div id="teaser-%s" class="cmp-teaser" data-cmp-data-layer="%s"><div class="cmp-teaser__content"><p class="cmp-teaser__pretitle">Promoción por tiempo limitado</p><h2 class="cmp-teaser__title">%s</h2><div class="cmp-teaser__description"><p>%s</p></div><div class="cmp-teaser__countdown" data-end="%s">Termina en <span>%dd</span> <span>%dh</span> <span>%dm</span></div><div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" href="%s">Aprovechar</a></div></div></div></div>
    <main class="container responsivegrid aem-GridColumn aem-GridColumn--default--12"><div id="container-legal-0d4e" class="cmp-container"><div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">
    <div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav id="breadcrumb-3c7d" class="cmp-breadcrumb" aria-label="Ruta de navegación"><ol class="cmp-breadcrumb__list" itemscope itemtype="http://schema.org/BreadcrumbList"><li class="cmp-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" class="cmp-breadcrumb__item-link" itemprop="item"><span itemprop="name">Inicio</span></a><meta itemprop="position" content="1"/></li><li class="cmp-breadcrumb__item cmp-breadcrumb__item--active" aria-current="page" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><span itemprop="name">Aviso de Privacidad</span><meta itemprop="position" content="2"/></li></ol></nav></div>
    %s
    </div></div></main>
    <footer class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div id="experiencefragment-1a8b5c3d72" class="cmp-experiencefragment cmp-experiencefragment--footer"><div class="cmp-container"><div class="text"><div id="text-f00ter01ab" class="cmp-text"><p>© %d Operadora Vértice Fit, S.A. de C.V. Todos los derechos reservados.</p><p><a href="/aviso-de-privacidad">Aviso de Privacidad</a> | <a href="/terminos-y-condiciones">Términos y Condiciones</a> | <a href="#" class="ot-sdk-show-settings">Centro de Preferencias de Privacidad</a></p></div></div><div class="image"><a href="https://apps.apple.com/mx/app/vertice-fit/id1493027718"><img src="/content/dam/verticefit/badges/app-store-es.svg" alt="Descárgalo en el App Store"/></a><a href="https://play.google.com/store/apps/details?id=mx.verticefit.app"><img src="/content/dam/verticefit/badges/google-play-es.png" alt="Disponible en Google Play"/></a></div></div></div></footer>
</div>
    </div>
</div>
<script src="/etc.clientlibs/verticefit/clientlibs/clientlib-site.lc-%s-lc.min.js"></script>
<script type="text/javascript">if(typeof _satellite !== "undefined"){ _satellite.pageBottom(); }</script>
<noscript><img src="https://www.verticefit.mx/akam/13/pixel_5a3e91c7?a=%s&" style="visibility: hidden; position: absolute; left: -999px; top: -999px;" /></noscript>
<script type="text/javascript" src="https://www.verticefit.mx/akam/13/5a3e91c7" defer></script>
    </body>
</html>
""" % (state["launch_build"], cl[:32], C.det_sha(cl, "site")[:32], page_dl,
       pk, dl_attr("teaser-" + pk, "verticefit/components/teaser", C.iso(when - dt.timedelta(days=3)),
                   {"dc:title": ptitle}), html.escape(ptitle), html.escape(ptext), C.iso(end), state["countdown"][0],
       state["countdown"][1], state["countdown"][2], plink, "\n    ".join(out), when.year,
       C.det_sha(cl, "sitejs")[:32], state["akamai"].replace("+", "-").replace("/", "_"))


PAGE = {
    "service": "Vertice Fit",
    "url": "https://www.verticefit.mx/aviso-de-privacidad",
    "lang": "es-MX",
    "platform": "Adobe Experience Manager (WCM core components)",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("X-Dispatcher", "dispatcher1useast1"), ("X-Vhost", "publish"),
                      ("Akamai-GRN", "0.4b1d3b17.1715012345.2f9e1a"), ("Cache-Control", "max-age=300")),
    "n": 30,
    "start": dt.date(2021, 7, 1),
    "end": dt.date(2024, 9, 30),
    "hours": (0, 6, 12),
    "policy": POLICY,
    "first_updated": dt.date(2021, 2, 15),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.verticefit.mx/aviso-de-privacidad",
                    "select": ["main .cmp-title", "main .cmp-text"]},
}
