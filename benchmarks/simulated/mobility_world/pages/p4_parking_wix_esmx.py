"""Mexican parking-payment app on Wix (Thunderbolt viewer): the "Aviso de Privacidad Integral" pasted into several
Wix text boxes (wixui-rich-text, font_N classes, every run in a span, empty &nbsp; spacer paragraphs, address lines
as separate paragraphs) with a Wix Table element for the transfers. Fairly clean: the only changes between visits
are Wix platform noise outside the text boxes: the wix-viewer-model JSON (requestId per visit, siteRevision on
republish, running experiments), and the Thunderbolt bundle version."""
import datetime as dt
import html
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]

POLICY = """
# Aviso de Privacidad Integral

Última actualización: {UPDATED}

## Identidad y domicilio del responsable

ParkiYa Tecnologías, S.A.P.I. de C.V. ("ParkiYa"), con domicilio para oír y recibir notificaciones en:

@ Av. Insurgentes Sur 1602, piso 9
@ Col. Crédito Constructor, Alcaldía Benito Juárez
@ C.P. 03940, Ciudad de México, México

es responsable del uso y protección de sus datos personales, y al respecto le informa lo siguiente.

## ¿Qué datos personales recabamos?

Para las finalidades señaladas en este aviso de privacidad, podemos recabar sus datos personales de distintas formas: cuando usted nos los proporciona directamente al registrarse en la aplicación ParkiYa, cuando utiliza nuestros servicios de pago de estacionamiento en vía pública o en estacionamientos afiliados, y cuando obtenemos información a través de otras fuentes permitidas por la ley.

- Datos de identificación y contacto: nombre completo, correo electrónico y número de teléfono celular.
- Datos del vehículo: placas, entidad de emplacamiento, marca, modelo y color.
- Datos de geolocalización del dispositivo, únicamente mientras la aplicación está en uso, para mostrarle las zonas de parquímetros y los estacionamientos cercanos.
- Datos patrimoniales y financieros: los últimos cuatro dígitos de su tarjeta y el identificador de pago que nos entrega nuestro procesador de pagos. No almacenamos el número completo de su tarjeta.
- Datos fiscales, si solicita factura: RFC, razón social, régimen fiscal, código postal fiscal y uso de CFDI.
- Historial de estacionamiento: zona, hora de inicio y término, importe pagado y, en su caso, multas o inmovilizaciones notificadas por la autoridad.

ParkiYa no recaba datos personales sensibles.

## ¿Para qué fines utilizaremos sus datos personales?

Los datos personales que recabamos los utilizaremos para las siguientes finalidades, que son necesarias para el servicio que solicita:

- Crear y administrar su cuenta de usuario.
- Procesar el pago de estacionamiento en vía pública y en estacionamientos afiliados.
- Informar a la autoridad municipal de movilidad que su vehículo cuenta con un tiempo de estacionamiento pagado.
- Enviarle avisos de vencimiento del tiempo pagado y permitirle extenderlo desde la aplicación.
- Emitir comprobantes fiscales digitales (CFDI).
- Atender aclaraciones, quejas y solicitudes de reembolso.

De manera adicional, utilizaremos su información para las siguientes finalidades secundarias, que no son necesarias para el servicio, pero que nos permiten brindarle una mejor atención: enviarle promociones y encuestas de satisfacción, y elaborar estadísticas sobre el uso de la aplicación. Si no desea que sus datos se utilicen para estos fines secundarios, puede indicarlo en cualquier momento en la sección **Mi cuenta > Privacidad** o escribiendo a [privacidad@parkiya.mx](mailto:privacidad@parkiya.mx).

## ¿Con quién compartimos su información personal?

Le informamos que sus datos personales pueden ser compartidos dentro y fuera del país con las siguientes personas, empresas, organizaciones y autoridades distintas a nosotros:

| Destinatario | Finalidad | ¿Requiere su consentimiento? |
| Autoridades municipales de movilidad y tránsito | Verificar el pago del estacionamiento en vía pública | No |
| Operadores de estacionamientos afiliados | Permitir su entrada y salida y cobrar la tarifa | No |
| Servicio de Administración Tributaria (SAT) | Emisión y timbrado de CFDI | No |

Asimismo, compartimos sus datos con proveedores que nos prestan servicios de alojamiento en la nube, procesamiento de pagos y envío de notificaciones, quienes actúan como encargados y solo pueden tratarlos conforme a nuestras instrucciones.

## ¿Cómo puede acceder, rectificar o cancelar sus datos personales, u oponerse a su uso?

Usted tiene derecho a conocer qué datos personales tenemos de usted, para qué los utilizamos y las condiciones del uso que les damos (Acceso). Asimismo, es su derecho solicitar la corrección de su información personal en caso de que esté desactualizada, sea inexacta o incompleta (Rectificación); que la eliminemos de nuestros registros o bases de datos cuando considere que no está siendo utilizada adecuadamente (Cancelación); así como oponerse al uso de sus datos personales para fines específicos (Oposición). Estos derechos se conocen como derechos ARCO.

Para el ejercicio de cualquiera de los derechos ARCO, envíe su solicitud a [arco@parkiya.mx](mailto:arco@parkiya.mx) acompañada de una identificación oficial. Le responderemos en un plazo máximo de 20 días hábiles. Si tiene dudas, puede llamarnos al 55 4170 2288, de lunes a viernes de 9:00 a 18:00 horas.

## Revocación del consentimiento

Usted puede revocar el consentimiento que nos haya otorgado para el tratamiento de sus datos personales. Sin embargo, es importante que tenga en cuenta que no en todos los casos podremos atender su solicitud o concluir el uso de forma inmediata, ya que es posible que por alguna obligación legal requiramos seguir tratando sus datos. Asimismo, la revocación del consentimiento para finalidades primarias implicará que no podamos seguir prestándole el servicio.

## Medidas de seguridad

Hemos implementado medidas de seguridad administrativas, técnicas y físicas para proteger sus datos personales contra daño, pérdida, alteración, destrucción o uso, acceso o tratamiento no autorizado, entre ellas el cifrado de la información en tránsito, el control de accesos por perfil y la revisión periódica de nuestros proveedores. En caso de una vulneración de seguridad que afecte de forma significativa sus derechos, se lo informaremos de inmediato.

## Uso de tecnologías de rastreo

Le informamos que en nuestro sitio web y en la aplicación utilizamos cookies, web beacons y otras tecnologías, a través de las cuales es posible monitorear su comportamiento como usuario, con el fin de brindarle un mejor servicio. Puede deshabilitarlas desde la configuración de su navegador o de su dispositivo.

## Cambios al aviso de privacidad

El presente aviso de privacidad puede sufrir modificaciones derivadas de nuevos requerimientos legales o de nuestras propias necesidades. Nos comprometemos a mantenerle informado a través de la aplicación y de este sitio web.

Si considera que su derecho a la protección de datos personales ha sido vulnerado, puede acudir al Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales (INAI).
"""

EDITS = [
    {"note": "word inserted: geolocalización -> geolocalización precisa", "bump": False,
     "repl": [("- Datos de geolocalización del dispositivo,", "- Datos de geolocalización precisa del dispositivo,")]},
    {"note": "sentence added: licence-plate recognition cameras in affiliated car parks",
     "repl": [("- Historial de estacionamiento: zona, hora de inicio y término, importe pagado y, en su caso, multas o inmovilizaciones notificadas por la autoridad.",
               "- Historial de estacionamiento: zona, hora de inicio y término, importe pagado y, en su caso, multas o inmovilizaciones notificadas por la autoridad.\n"
               "- Imágenes de las placas captadas por las cámaras de lectura automática en los accesos de los estacionamientos afiliados con entrada sin boleto.")]},
    {"note": "transfer added to the table (partner insurers, consent required)",
     "repl": [("| Servicio de Administración Tributaria (SAT) | Emisión y timbrado de CFDI | No |",
               "| Servicio de Administración Tributaria (SAT) | Emisión y timbrado de CFDI | No |\n"
               "| Aseguradoras aliadas | Ofrecerle seguros de auto y asistencia vial | Sí |")]},
    {"note": "ARCO phone number changed",
     "repl": [("puede llamarnos al 55 4170 2288", "puede llamarnos al 55 8526 0090")]},
    {"note": "authority changed: INAI -> Secretaría Anticorrupción y Buen Gobierno (2025 LFPDPPP)",
     "repl": [("puede acudir al Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales (INAI).",
               "puede acudir a la Secretaría Anticorrupción y Buen Gobierno, autoridad garante conforme a la Ley Federal de Protección de Datos Personales en Posesión de los Particulares publicada el 20 de marzo de 2025.")]},
]

EXPERIMENTS = ["specs.thunderbolt.fixRatingsInputLeak", "specs.thunderbolt.dataBindingInMasterResolve",
               "specs.thunderbolt.browserCacheSsrCarmi", "specs.thunderbolt.lazyLoadBackgroundImages",
               "specs.thunderbolt.ooiInComponentsRegistry", "specs.thunderbolt.prefetchPagesResources",
               "specs.thunderbolt.newAxe", "specs.thunderbolt.removeSiteStylesCss"]


def noise(rng, when, i, prev):
    prev = prev or {}
    return {
        "tb": C.keep_or(rng, prev.get("tb"), 0.3, lambda: "1.%d.0" % rng.randint(14200, 16999)),
        "rev": C.keep_or(rng, prev.get("rev"), 0.1, lambda: (prev.get("rev") or 212) + rng.randint(1, 9)),
        "req": "%d.%d%06d" % (C.epoch(when), rng.randint(1000, 9999), rng.randint(0, 999999)),
        "exp": C.keep_or(rng, prev.get("exp"), 0.2, lambda: sorted(rng.sample(EXPERIMENTS, 4))),
    }


LABELS = {"tb": "Thunderbolt viewer version", "rev": "siteRevision (republish)", "req": "viewer requestId",
          "exp": "running Wix experiments"}


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MONTHS[d.month - 1], d.year)


SPAN = lambda raw: '<span class="wixui-rich-text__text">%s</span>' % html.escape(raw, quote=False)  # noqa: E731


def _inl(t):
    return C.inline_html(
        t, text=lambda raw: html.escape(raw, quote=False),
        bold=lambda raw: '<span style="font-weight:bold;" class="wixui-rich-text__text">%s</span>' % html.escape(raw, quote=False),
        link=lambda url, label: '<span style="text-decoration:underline;" class="wixui-rich-text__text"><a href="%s" target="_self" class="wixui-rich-text__text">%s</a></span>'
        % (html.escape(url), html.escape(label, quote=False)))


def _p(t):
    return '<p class="font_8 wixui-rich-text__text" style="line-height:1.6em;"><span class="wixui-rich-text__text">%s</span></p>' % _inl(t)


SPACER = '<p class="font_8 wixui-rich-text__text" style="line-height:1.6em;"><span class="wixui-rich-text__text">&nbsp;</span></p>'


def _rich(blocks):
    out = []
    for kind, v in blocks:
        if kind == "h1":
            out.append('<h1 class="font_0 wixui-rich-text__text" style="font-size:38px;"><span style="font-size:38px;" class="wixui-rich-text__text"><span style="font-weight:bold;" class="wixui-rich-text__text">%s</span></span></h1>' % _inl(v))
        elif kind == "h2":
            out.append(SPACER)
            out.append('<h2 class="font_2 wixui-rich-text__text" style="font-size:24px;"><span style="font-size:24px;" class="wixui-rich-text__text"><span style="color:#0B3D2E;" class="wixui-rich-text__text">%s</span></span></h2>' % _inl(v))
        elif kind == "p":
            out.append(_p(v))
        elif kind == "addr":
            out.extend(_p(x) for x in v)
        elif kind == "ul":
            out.append('<ul class="font_8 wixui-rich-text__text">%s</ul>' % "".join(
                '<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text" style="line-height:1.6em;"><span class="wixui-rich-text__text">%s</span></p></li>' % _inl(x) for x in v))
        else:
            raise ValueError(kind)
    return "".join(out)


def _box(cid, inner, top):
    return ('<div id="%s" class="HcOXKn c9GqVL QxJLC3 comp-%s wixui-rich-text" data-testid="richTextElement">%s</div>'
            % (cid, cid[5:], inner)).replace("comp-comp", "comp")


def _table(rows):
    head = "".join('<div role="columnheader" class="s1Kq5Z"><span class="wixui-table__text">%s</span></div>' % html.escape(c) for c in rows[0])
    body = "".join('<div role="row" class="rTq2bX">%s</div>' % "".join(
        '<div role="cell" class="tGv1X8"><span class="wixui-table__text">%s</span></div>' % html.escape(c) for c in r) for r in rows[1:])
    return ('<div id="comp-lqa8v3n1" class="Ba2xZ1 comp-lqa8v3n1 wixui-table" data-testid="table"><div role="table" aria-label="Transferencias" class="pZ7eQm">'
            '<div role="rowgroup" class="uH3kWq"><div role="row" class="rTq2bX">%s</div></div><div role="rowgroup" class="uH3kWq">%s</div></div></div>'
            % (head, body))


def render(state, blocks, when):
    # the text boxes as the site owner split them: (1) up to the data list, (2) purposes, (3) table, (4) the rest
    idx_share = next(i for i, b in enumerate(blocks) if b[0] == "h2" and b[1].startswith("¿Con quién"))
    idx_table = next(i for i, b in enumerate(blocks) if b[0] == "table")
    idx_purp = next(i for i, b in enumerate(blocks) if b[0] == "h2" and b[1].startswith("¿Para qué"))
    parts = [("comp-l9x2k3ab", blocks[:idx_purp]), ("comp-l9x2k3d7", blocks[idx_purp:idx_share]),
             ("comp-l9x2m0q4", blocks[idx_share:idx_table]), (None, blocks[idx_table]),
             ("comp-lqa8v9z2", blocks[idx_table + 1:])]
    comps = []
    for cid, bl in parts:
        if cid is None:
            comps.append(_table(bl[1]))
        else:
            comps.append(_box(cid, _rich(bl), False))
    vm = {"siteAssets": {"modulesParams": {"features": {"staticHTMLComponentUrl": "https://www-parkiya-mx.filesusr.com/"}},
                         "siteScriptsVersion": "1.%s" % state["tb"].split(".")[1]},
          "site": {"metaSiteId": "6c1e8a4f-92b3-4d57-a0e8-3f1b7c9d2e54", "siteId": "b2f97d31-5c84-4e1a-9d06-7a3e2c8f1b90",
                   "siteRevision": state["rev"], "isResponsive": False, "language": "es"},
          "requestUrl": "https://www.parkiya.mx/aviso-de-privacidad",
          "requestId": state["req"],
          "experiments": {e: True for e in state["exp"]},
          "mode": {"qa": False, "ssrOnly": False}}
    tb = state["tb"]
    return """<!DOCTYPE html>
<html lang="es">
<head>
  <meta charset='utf-8'>
  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="generator" content="Wix.com Website Builder"/>
  <link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/4d8e0a_7f1c2b9e3a5d4c6f8e0b1a2d3c4e5f60~mv2.png/v1/fill/w_192%%2Ch_192%%2Clg_1%%2Cusm_0.66_1.00_0.01/4d8e0a_7f1c2b9e3a5d4c6f8e0b1a2d3c4e5f60~mv2.png" type="image/png"/>
  <!-- Safari Pinned Tab Icon -->
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
  })();
  </script>
  <script>window.fedops = {}; window.fedops.phaseMark = function(){}; window.fedops.apps = {};</script>
  <script id="wix-viewer-model" type="application/json">%s</script>
  <script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
  <script defer src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%s.bundle.min.js"></script>
  <script defer src="https://static.parastorage.com/services/wix-thunderbolt/dist/thunderbolt-commons.%s.bundle.min.js"></script>
  <title>Aviso de Privacidad | ParkiYa</title>
  <meta name="description" content="Aviso de privacidad integral de ParkiYa, la app para pagar tu estacionamiento."/>
  <link rel="canonical" href="https://www.parkiya.mx/aviso-de-privacidad"/>
  <meta property="og:title" content="Aviso de Privacidad | ParkiYa"/>
  <meta property="og:url" content="https://www.parkiya.mx/aviso-de-privacidad"/>
  <meta property="og:site_name" content="ParkiYa"/>
  <style data-href="https://static.parastorage.com/services/editor-elements-library/dist/thunderbolt/rb_wixui.thunderbolt_bootstrap.%s.min.css">.HcOXKn{word-wrap:break-word}.HcOXKn>*{pointer-events:auto}</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div><div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-kz1h8d3l" class="MazNVa comp-kz1h8d3l wixui-image"><a data-testid="linkElement" href="https://www.parkiya.mx" target="_self" class="j7pOnl"><img src="https://static.wixstatic.com/media/4d8e0a_1b2c3d4e5f60718293a4b5c6d7e8f901~mv2.png/v1/fill/w_160,h_48,al_c,q_85,usm_0.66_1.00_0.01,enc_auto/logo-parkiya.png" alt="ParkiYa" style="width:160px;height:48px;object-fit:cover"/></a></div>
<nav id="comp-kz1h9f0x" aria-label="Sitio" class="StylableHorizontalMenu3372578893__root comp-kz1h9f0x wixui-horizontal-menu"><ul class="itemDepth02233374943__container"><li class="itemDepth02233374943__root"><a href="https://www.parkiya.mx/como-funciona" class="itemDepth02233374943__label">Cómo funciona</a></li><li class="itemDepth02233374943__root"><a href="https://www.parkiya.mx/ciudades" class="itemDepth02233374943__label">Ciudades</a></li><li class="itemDepth02233374943__root"><a href="https://www.parkiya.mx/estacionamientos" class="itemDepth02233374943__label">Para estacionamientos</a></li><li class="itemDepth02233374943__root"><a href="https://www.parkiya.mx/ayuda" class="itemDepth02233374943__label">Ayuda</a></li></ul></nav>
</div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabIndex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wN7lsR"></div><div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content" class=""><div data-mesh-id="Containerc1dmpinlineContent-gridContainer" data-testid="mesh-container-content">
<section id="comp-l9x2jz7w" tabindex="-1" class="Oqnisf comp-l9x2jz7w wixui-section" data-block-level-container="ClassicSection"><div id="bgLayers_comp-l9x2jz7w" data-hook="bgLayers" data-motion-part="BG_LAYER" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div><div data-testid="columns" class="V5AUxf"><div id="comp-l9x2jz8c" class="comp-l9x2jz8c YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-l9x2jz8cinlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-l9x2jz8cinlineContent-gridContainer" data-testid="mesh-container-content">
%s
<div class="comp-lqa8w1c5 R6ex7N" id="comp-lqa8w1c5" aria-disabled="false"><a data-testid="linkElement" href="https://parkiya.page.link/descarga" target="_blank" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Descarga ParkiYa</span></a></div>
</div></div></div></div></section>
</div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_FOOTERinlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-kz1hb2c0" class="HcOXKn c9GqVL QxJLC3 comp-kz1hb2c0 wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">© 2024 ParkiYa Tecnologías, S.A.P.I. de C.V. · <a href="https://www.parkiya.mx/aviso-de-privacidad" target="_self" class="wixui-rich-text__text">Aviso de Privacidad</a> · <a href="https://www.parkiya.mx/terminos" target="_self" class="wixui-rich-text__text">Términos y Condiciones</a></span></p></div>
</div></div></div></div></footer>
</div></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div>
</body>
</html>
""" % (json.dumps(vm, separators=(",", ":"), ensure_ascii=False).replace("</", "<\\/"), C.det_sha("main", tb)[:8],
       C.det_sha("commons", tb)[:8], C.det_sha("css", tb)[:20], "\n".join(comps))


PAGE = {
    "service": "ParkiYa",
    "url": "https://www.parkiya.mx/aviso-de-privacidad",
    "lang": "es-MX",
    "platform": "Wix (Thunderbolt)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "Pepyaka"), ("X-Wix-Request-Id", "1669312345.6789012345678901234"),
                      ("Cache-Control", "private,max-age=0,must-revalidate")),
    "n": 29,
    "start": dt.date(2022, 6, 1),
    "end": dt.date(2025, 9, 30),
    "hours": (6, 18),
    "policy": POLICY,
    "first_updated": dt.date(2022, 3, 15),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.parkiya.mx/aviso-de-privacidad",
                    "select": ["#PAGES_CONTAINER [data-testid=\"richTextElement\"]",
                               "#PAGES_CONTAINER [data-testid=\"table\"]"]},
}
