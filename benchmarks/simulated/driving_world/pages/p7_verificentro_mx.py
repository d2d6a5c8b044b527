"""Verificentro Lomas Verdes - es-MX vehicle emissions testing centre (Estado de México) - Wix (Thunderbolt
renderer, classic editor), Wix Bookings, Velo code filling the 'Hoy No Circula' strip. Clean: the aviso sits in one
rich-text component `#comp-lbx4t2qd`; the viewer model, release hashes and widgets are outside it."""
import datetime as dt
import hashlib
import json

import common as C
import dwkit as K

URL = "https://www.verificentrolomasverdes.com.mx/aviso-de-privacidad"
BASE = "https://www.verificentrolomasverdes.com.mx"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
# Aviso de Privacidad Integral

Última actualización: {UPDATED}

Verificaciones Ambientales Lomas Verdes, S.A. de C.V. (en adelante, “Verificentro Lomas Verdes”), con domicilio en
Boulevard Lomas Verdes No. 480, Colonia Lomas Verdes 3a Sección, Naucalpan de Juárez, Estado de México, C.P. 53125,
es responsable del tratamiento de sus datos personales conforme a la Ley Federal de Protección de Datos Personales en
Posesión de los Particulares, publicada en el Diario Oficial de la Federación el 5 de julio de 2010, su Reglamento y
los Lineamientos del Aviso de Privacidad.

## ¿Qué datos personales recabamos?

Para prestar el servicio de verificación vehicular recabamos los siguientes datos personales:

- Nombre completo del propietario o de la persona que presenta el vehículo;
- Teléfono y correo electrónico, cuando agenda una cita en línea;
- Datos del vehículo: placas, número de identificación vehicular (NIV), marca, modelo y tarjeta de circulación;
- Datos de pago: importe, forma de pago y, en su caso, datos fiscales para facturación (RFC y régimen fiscal);
- Imágenes del vehículo y videograbaciones tomadas durante la prueba, conforme a la normatividad ambiental.

No recabamos datos personales sensibles.

## ¿Para qué fines utilizamos sus datos personales?

Sus datos personales serán utilizados para las siguientes finalidades primarias, necesarias para el servicio:

- Realizar la verificación de emisiones de su vehículo y emitir el certificado y holograma correspondiente;
- Registrar el resultado de la verificación en el sistema de la Secretaría del Medio Ambiente del Estado de México;
- Agendar, confirmar o reprogramar su cita;
- Emitir comprobantes fiscales digitales (CFDI);
- Atender aclaraciones, quejas y solicitudes de reposición de constancias.

De manera adicional, utilizaremos su información para las siguientes finalidades secundarias, que no son necesarias
para el servicio pero nos permiten brindarle una mejor atención:

- Enviarle recordatorios de su próximo periodo de verificación;
- Realizar encuestas de calidad en el servicio.

Si no desea que sus datos se utilicen para las finalidades secundarias, puede indicarlo enviando un correo a la
dirección señalada en el apartado de derechos ARCO. La negativa no será motivo para negarle el servicio.

## ¿Con quién compartimos su información?

Sus datos personales pueden ser transferidos, sin requerir su consentimiento, a:

- la Secretaría del Medio Ambiente del Estado de México, para el Programa de Verificación Vehicular Obligatoria;
- el Servicio de Administración Tributaria (SAT), para la emisión de comprobantes fiscales;
- autoridades competentes que lo requieran mediante mandamiento fundado y motivado.

Asimismo, utilizamos proveedores que tratan datos por nuestra cuenta, como el servicio de agenda de citas en línea y
el proveedor de facturación electrónica, quienes están obligados a mantener la confidencialidad de la información.

## ¿Cómo puede ejercer sus derechos ARCO?

Usted tiene derecho a conocer qué datos personales tenemos de usted (Acceso), solicitar la corrección de su
información cuando esté desactualizada o sea inexacta (Rectificación), que la eliminemos de nuestros registros cuando
considere que no está siendo utilizada adecuadamente (Cancelación), así como oponerse al uso de sus datos para fines
específicos (Oposición).

Para ejercer sus derechos ARCO deberá enviar una solicitud al correo
[privacidad@verificentrolomasverdes.com.mx](mailto:privacidad@verificentrolomasverdes.com.mx), acompañada de copia de
su identificación oficial y de la descripción clara de los datos respecto de los que busca ejercer alguno de sus
derechos. Daremos respuesta en un plazo máximo de 20 días hábiles.

## Revocación del consentimiento

Usted puede revocar el consentimiento que nos haya otorgado para el tratamiento de sus datos personales mediante el
mismo procedimiento previsto para el ejercicio de los derechos ARCO. En algunos casos no podremos atender su solicitud
de inmediato, ya que es posible que por alguna obligación legal requiramos seguir tratando sus datos.

## Uso de cookies

Nuestro sitio web utiliza cookies propias de la plataforma para su funcionamiento y cookies de terceros (Google
Analytics y el píxel de Meta) para conocer el número de visitas y medir nuestras campañas. Puede deshabilitarlas desde
la configuración de su navegador.

## Cambios al aviso de privacidad

El presente aviso de privacidad puede sufrir modificaciones derivadas de nuevos requerimientos legales, de nuestras
propias necesidades o de cambios en nuestro modelo de negocio. Nos comprometemos a mantenerlo informado a través de
esta página.

Si considera que su derecho a la protección de datos personales ha sido lesionado, puede interponer una queja o
denuncia ante el Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales (INAI).
"""

EDITS = [
    {"note": "secondary purposes: WhatsApp reminders named",
     "repl": [("- Enviarle recordatorios de su próximo periodo de verificación;",
               "- Enviarle recordatorios de su próximo periodo de verificación por WhatsApp o correo electrónico;")]},
    {"note": "ARCO e-mail address changed (privacidad@ -> datospersonales@)",
     "repl": [("[privacidad@verificentrolomasverdes.com.mx](mailto:privacidad@verificentrolomasverdes.com.mx)",
               "[datospersonales@verificentrolomasverdes.com.mx](mailto:datospersonales@verificentrolomasverdes.com.mx)"
               )]},
    {"note": "transfers: PROPAEM added (environmental audits)",
     "repl": [("- el Servicio de Administración Tributaria (SAT), para la emisión de comprobantes fiscales;",
               "- el Servicio de Administración Tributaria (SAT), para la emisión de comprobantes fiscales;\n"
               "- la Procuraduría de Protección al Ambiente del Estado de México (PROPAEM), en caso de auditorías;")]},
    {"note": "cookies: Meta pixel dropped",
     "repl": [("cookies de terceros (Google\nAnalytics y el píxel de Meta) para conocer el número de visitas y medir "
               "nuestras campañas.", "cookies de terceros (Google\nAnalytics) para conocer el número de visitas.")]},
    {"note": "new 2025 data protection law: law reference and supervisory authority (INAI -> Secretaría "
             "Anticorrupción y Buen Gobierno)",
     "repl": [("publicada en el Diario Oficial de la Federación el 5 de julio de 2010, su Reglamento y\n"
               "los Lineamientos del Aviso de Privacidad.",
               "publicada en el Diario Oficial de la Federación el 20 de marzo de 2025, y demás\n"
               "normatividad aplicable."),
              ("ante el Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales "
               "(INAI).", "ante la Secretaría Anticorrupción y Buen Gobierno.")]},
    {"note": "words inserted in the ARCO definition ('registros' -> 'registros o bases de datos'), no new date",
     "bump": False,
     "repl": [("que la eliminemos de nuestros registros cuando", "que la eliminemos de nuestros registros o bases de "
               "datos cuando")]},
]

COLORS = {"amarillo": "5 y 6", "rosa": "7 y 8", "rojo": "3 y 4", "verde": "1 y 2", "azul": "9 y 0"}
BIMESTRE = {1: ["amarillo"], 2: ["amarillo", "rosa"], 3: ["rosa", "rojo"], 4: ["rojo", "verde"], 5: ["verde", "azul"],
            6: ["azul"], 7: ["amarillo"], 8: ["amarillo", "rosa"], 9: ["rosa", "rojo"], 10: ["rojo", "verde"],
            11: ["verde", "azul"], 12: ["azul"]}
HNC = ["amarillo", "rosa", "rojo", "verde", "azul"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
# Wix Thunderbolt CSS-module class names of the rich text component, by renderer generation
RT_CLASSES = [(dt.date(2021, 1, 1), "_2Hij5 _3bcaz"), (dt.date(2022, 10, 17), "_1Q9if _3bcaz"),
              (dt.date(2023, 8, 7), "HcOXKn SxM0TO QxJLC3"), (dt.date(2024, 11, 11), "HcOXKn c9GqVL QxJLC3"),
              (dt.date(2025, 9, 22), "HcOXKn SxM0TO QxJLC3 lq2cno YQcXTT")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    lt = K.local(when, "MX")
    s["request"] = "%d.%s" % (C.epoch(when), "".join(rng.choice("0123456789") for _ in range(17)))
    s["thunderbolt"] = "1.%d.0" % (12650 + (when.date() - dt.date(2022, 1, 3)).days // 7 * 11)
    s["classes"] = K.phase(when, RT_CLASSES)
    s["bimestre"] = tuple(BIMESTRE[lt.month])
    s["hnc"] = lt.weekday()
    spring = 3 <= lt.month <= 6
    s["contingencia"] = spring and rng.random() < 0.18
    s["texthash"] = prev.get("texthash")
    s["rev"] = (prev.get("rev") or 212) + (1 if prev.get("bimestre") not in (None, s["bimestre"]) else 0) + (
        1 if rng.random() < 0.15 else 0)
    d = lt.date() + dt.timedelta(days=rng.choice([0, 0, 1, 1, 2]))
    if d.weekday() == 6:
        d += dt.timedelta(days=1)
    mins = 8 * 60 + 20 * rng.randint(0, 27)
    s["cita"] = (d.isoformat(), "%d:%02d" % (mins // 60, mins % 60))
    return s


LABELS = {"request": "Wix viewer model requestId (per request)",
          "thunderbolt": "Wix Thunderbolt release (bundle URLs, weekly)",
          "classes": "hashed CSS-module class names on Wix components", "bimestre": "'Este mes verifican' strip",
          "hnc": "'Hoy No Circula' strip (by weekday, Velo code)",
          "contingencia": "environmental contingency (Fase I) alert", "rev": "siteRevision (publishes)",
          "cita": "Wix Bookings next available slot",
          "texthash": "publish of the edited aviso (siteRevision +1)"}


def rt_html(blocks):
    def span(inner):
        return '<span class="wixui-rich-text__text">%s</span>' % inner

    def bold(raw):
        return '<span style="font-weight:bold;" class="wixui-rich-text__text">%s</span>' % C.esc(raw)

    def link(url, label):
        return ('<a href="%s" target="_self" class="wixui-rich-text__text"><span style="text-decoration:underline;" '
                'class="wixui-rich-text__text">%s</span></a>' % (C.attr(url), C.esc(label)))

    spacer = '<p class="font_8 wixui-rich-text__text">%s</p>' % span("&#8203;")

    def heading(kind, t, inl):
        if kind == "h1":
            return '<h1 class="font_0 wixui-rich-text__text">%s</h1>' % span(inl(t))
        return '%s<h2 class="font_2 wixui-rich-text__text">%s</h2>' % (spacer, span(span(inl(t))))

    def para(t, inl):
        return '<p class="font_8 wixui-rich-text__text">%s</p>' % span(inl(t))

    def lst(kind, items, inl):
        return ('<ul class="font_8 wixui-rich-text__text">%s</ul>'
                % "".join('<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">%s</p></li>'
                          % span(inl(it)) for it in items))

    return C.render_blocks(blocks, heading=heading, para=para, lst=lst, bold=bold, link=link, sep="")


def render(s, blocks, when):
    h = K.text_hash(blocks)
    prev_h = s.get("texthash")
    s["texthash"] = h
    if prev_h is not None and prev_h != h:
        s["rev"] += 1
    lt = K.local(when, "MX")
    tb = s["thunderbolt"]
    bundle = hashlib.sha1(tb.encode()).hexdigest()
    cls = s["classes"]
    verif = "; ".join("engomado %s (terminación %s)" % (c, COLORS[c]) for c in s["bimestre"])
    if s["hnc"] < 5:
        c = HNC[s["hnc"]]
        hnc = ("Hoy %s no circulan: engomado %s, placas con terminación %s (hologramas 1 y 2)."
               % (DIAS[s["hnc"]], c, COLORS[c]))
    elif s["hnc"] == 5:
        hnc = "Hoy sábado no circulan los vehículos con holograma 2."
    else:
        hnc = "Hoy domingo circulan todos los vehículos."
    alert = ""
    if s["contingencia"]:
        alert = ('<div id="comp-lq7alert" class="%s comp-lq7alert wixui-rich-text" data-testid="richTextElement">'
                 '<p class="font_8 wixui-rich-text__text"><span style="color:#C81E1E;" class="wixui-rich-text__text">'
                 'Fase I de Contingencia Ambiental Atmosférica por ozono: consulte las restricciones adicionales.'
                 '</span></p></div>' % cls)
    cd = dt.date.fromisoformat(s["cita"][0])
    viewer = {
        "fleetConfig": {"fleetName": "thunderbolt-renderer-users", "type": "GA", "code": 0},
        "mode": {"qa": False, "enableTestApi": False, "debug": False, "ssrIndicator": False, "ssrOnly": False,
                 "siteAssetsFallback": "enable", "versionIndicator": False},
        "siteFeaturesConfigs": {"sessionManager": {"isRunningInDifferentSiteContext": False}},
        "language": {"userLanguage": "es"},
        "site": {"metaSiteId": "5d3a9e2c-71b4-4f0e-9a61-2c7b8e4d1f03", "externalBaseUrl": BASE, "isSEO": False},
        "requestUrl": URL,
        "commonConfig": {"brand": "wix", "host": "VIEWER", "bsi": "", "consentPolicy": {}, "consentPolicyHeader": {},
                         "siteRevision": str(s["rev"]), "renderingFlow": "NONE", "language": "es", "locale": "es-mx"},
        "requestId": s["request"],
        "siteAssets": {"clientTopology": {"mediaRootUrl": "https://static.wixstatic.com",
                                          "staticMediaUrl": "https://static.wixstatic.com/media",
                                          "moduleRepoUrl": "https://static.parastorage.com/unpkg",
                                          "fileRepoUrl": "https://static.parastorage.com/services",
                                          "siteAssetsUrl": "https://siteassets.parastorage.com"}},
        "thunderboltVersion": tb,
    }
    return (
        '<!DOCTYPE html>\n<html lang="es" dir="ltr">\n<head>\n  \n  <meta charset=\'utf-8\'>\n'
        '  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />\n'
        '  <meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
        '  <meta name="generator" content="Wix.com Website Builder"/>\n\n'
        '  <link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/9f4e21_3c8a7b2d1e.png/v1/fill/'
        'w_192%%2Ch_192%%2Clg_1%%2Cusm_0.66_1.00_0.01/9f4e21_3c8a7b2d1e.png" type="image/png"/>\n\n'
        '  <!-- Essential Viewer Model -->\n  <script type="application/json" id="wix-essential-viewer-model">'
        '%s</script>\n'
        '  <script>window.viewerModel = JSON.parse(document.getElementById(\'wix-essential-viewer-model\').'
        'textContent)</script>\n'
        '  <script src="https://static.parastorage.com/services/wix-thunderbolt/dist/webpack-runtime.%s.bundle.min.js"'
        '></script>\n'
        '  <script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%s.bundle.min.js" async>'
        '</script>\n\n  <title>Aviso de Privacidad | Verificentro Lomas Verdes</title>\n'
        '  <link rel="canonical" href="%s"/>\n  <meta property="og:title" content="Aviso de Privacidad | Verificentro '
        'Lomas Verdes"/>\n  <meta property="og:url" content="%s"/>\n  <meta property="og:site_name" '
        'content="Verificentro Lomas Verdes"/>\n</head>\n'
        '<body class="">\n<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">'
        '<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" '
        'aria-label="top of page"><span class="mHZSwn">top of page</span></div>'
        '<div id="BACKGROUND_GROUP" class="tcElKx i0UyFb BACKGROUND_GROUP"></div>'
        '<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">'
        '<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div '
        'class="_4XcTfy" data-testid="screenWidthContainerBgCenter"></div></div><div class="U4Bvut"><div '
        'data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">'
        '<div id="comp-kx9v2b1r" class="%s comp-kx9v2b1r wixui-rich-text" data-testid="richTextElement">'
        '<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">Este mes verifican: %s</span></p>'
        '</div>'
        '<div id="comp-kx9v2hnc" class="%s comp-kx9v2hnc wixui-rich-text" data-testid="richTextElement">'
        '<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">%s</span></p></div>%s'
        '<nav id="comp-kx9v3m0a" aria-label="Sitio" class="StylableHorizontalMenu3372578893__root wixui-horizontal-'
        'menu"><ul class="StylableHorizontalMenu3372578893__menu"><li><a href="%s">Inicio</a></li><li><a href="%s/'
        'calendario">Calendario</a></li><li><a href="%s/requisitos">Requisitos</a></li><li><a href="%s/citas">'
        'Agenda tu cita</a></li><li><a href="%s/contacto">Contacto</a></li></ul></nav>'
        '</div></div></header>'
        '<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true">'
        '<div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU">'
        '<div id="lf8aq" class="dBAkHi theme-vars lf8aq"><div class="PFkO7r wixui-page" data-testid="page-bg"></div>'
        '<div class="HT5ybB"><div id="Containerlf8aq" class="Containerlf8aq SPY_vo"><div data-mesh-id="Containerlf8aq'
        'inlineContent" data-testid="inline-content" class=""><div data-mesh-id="Containerlf8aqinlineContent-'
        'gridContainer" data-testid="mesh-container-content">'
        '<section id="comp-lbx4szn1" tabindex="-1" class="Oqnisf comp-lbx4szn1 wixui-section" '
        'data-block-level-container="ClassicSection"><div id="bgLayers_comp-lbx4szn1" data-hook="bgLayers" '
        'data-motion-part="BG_LAYER" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div>'
        '<div id="bgMedia_comp-lbx4szn1" data-motion-part="BG_MEDIA" class="VgO9Yg"></div></div>'
        '<div data-mesh-id="comp-lbx4szn1inlineContent" data-testid="inline-content" class=""><div data-mesh-id='
        '"comp-lbx4szn1inlineContent-gridContainer" data-testid="mesh-container-content">'
        '<div id="comp-lbx4t2qd" class="%s comp-lbx4t2qd wixui-rich-text" data-testid="richTextElement">%s</div>'
        '</div></div></section>'
        '<section id="comp-lbx5k1bk" tabindex="-1" class="Oqnisf comp-lbx5k1bk wixui-section" '
        'data-block-level-container="ClassicSection"><div data-mesh-id="comp-lbx5k1bkinlineContent" '
        'data-testid="inline-content" class=""><div id="comp-lbx5k3zt" class="comp-lbx5k3zt" data-hook="bookings-'
        'widget"><div data-hook="service-card" class="sEqSaxB"><h2 data-hook="service-name">Verificación de '
        'emisiones</h2><p data-hook="service-availability">Próximo horario disponible: %s %d de %s, %s</p><a '
        'data-hook="book-button" href="%s/booking-calendar/verificacion-de-emisiones">Agendar cita</a></div></div>'
        '</div></section>'
        '</div></div></div></div></div></div></div></main>'
        '<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div '
        'data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class="">'
        '<div id="comp-kx9w0f5e" class="%s comp-kx9w0f5e wixui-rich-text" data-testid="richTextElement"><p '
        'class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">© %d Verificentro Lomas Verdes · '
        'Centro de verificación autorizado por la Secretaría del Medio Ambiente del Estado de México</span></p>'
        '</div></div></div></footer>'
        '</div></div>'
        '<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" '
        'aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div></div></div>\n'
        '<script type="application/json" id="wix-fedops">{"data":{"site":{"metaSiteId":"5d3a9e2c-71b4-4f0e-9a61-'
        '2c7b8e4d1f03","isResponsive":false,"siteRevision":"%d"},"rollout":{"siteAssetsVersionsRollout":false},'
        '"fleetConfig":{"fleetName":"thunderbolt-renderer-users","type":"GA","code":0},"requestUrl":"%s",'
        '"frogOnUserDomain":false,"sentrySdkVersion":"7.120.3","requestId":"%s"}}</script>\n'
        '</body>\n</html>\n'
        % (json.dumps(viewer, separators=(",", ":")), bundle[:8], bundle[8:28], URL, URL,
           cls, C.esc(verif), cls, C.esc(hnc), alert, BASE, BASE, BASE, BASE, BASE,
           cls, rt_html(blocks), DIAS[cd.weekday()], cd.day, MESES[cd.month - 1], s["cita"][1], BASE,
           cls, lt.year, s["rev"], URL, s["request"]))


PAGE = {
    "service": "Verificentro Lomas Verdes", "url": URL, "lang": "es-MX", "platform": "Wix",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Pepyaka"), ("X-Wix-Request-Id", "n/a"), ("Cache-Control", "no-cache"),
                      ("Content-Language", "es")),
    "n": 30, "start": dt.date(2022, 1, 8), "end": dt.date(2026, 10, 26), "hours": (12, 18, 0),
    "policy": POLICY, "first_updated": dt.date(2021, 8, 30), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": "#comp-lbx4t2qd"},
}
