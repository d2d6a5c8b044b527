"""Mexican generics maker's "Aviso de Privacidad Integral" on a SharePoint Server 2013 publishing site (Pages
library, seattle-derived master page, Rich HTML field), Mexican Spanish. Per visit: __REQUESTDIGEST (with the
server time), __VIEWSTATE, __EVENTVALIDATION and _spPageContextInfo's clientServerTimeDelta date. Sticky:
editor artefacts inside the declared Rich HTML field (empty ms-rterangecursor spans, zero-width spaces) come and
go when the page is checked out and republished without a text change; the right column holds a second Rich
HTML field (pharmacovigilance box), so the curator selects the main field by its control id."""
import datetime as dt
import html

import common as C

URL = "https://www.genemex.com.mx/es/Paginas/aviso-de-privacidad.aspx"

MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]

POLICY = """# Aviso de Privacidad Integral

Fecha de última actualización: {UPDATED}

Laboratorios Genémex, S.A. de C.V. (en adelante, «Genémex»), con domicilio en Calzada de Tlalpan 2021, Colonia Parque San Andrés, Alcaldía Coyoacán, C.P. 04040, Ciudad de México, es el responsable del uso y protección de sus datos personales, y al respecto le informamos lo siguiente, en cumplimiento de la Ley Federal de Protección de Datos Personales en Posesión de los Particulares (la «Ley») y su Reglamento.

## ¿Para qué fines utilizaremos sus datos personales?

Los datos personales que recabamos de usted los utilizaremos para las siguientes finalidades, que son necesarias para el servicio que solicita:

- Atender sus solicitudes de información sobre nuestros medicamentos genéricos e intercambiables.
- Recibir, registrar, evaluar y notificar a la Comisión Federal para la Protección contra Riesgos Sanitarios (COFEPRIS) las sospechas de reacciones adversas y otros eventos de farmacovigilancia, conforme a la NOM-220-SSA1-2016.
- Dar seguimiento a quejas sobre la calidad de nuestros productos y, en su caso, gestionar retiros de producto del mercado.
- Evaluar a proveedores, distribuidores y profesionales de la salud con quienes celebramos contratos.
- Reclutar y seleccionar personal.

De manera adicional, utilizaremos su información personal para las siguientes finalidades secundarias, que no son necesarias para el servicio solicitado, pero que nos permiten brindarle una mejor atención:

- Enviarle boletines e información sobre nuevos productos.
- Invitarle a eventos y programas de educación médica continua.
- Realizar encuestas de satisfacción.

En caso de que no desee que sus datos personales se utilicen para estas finalidades secundarias, puede indicarlo enviando un correo a la dirección indicada más adelante. La negativa para el uso de sus datos para estas finalidades no podrá ser un motivo para que le neguemos los servicios que solicita.

## ¿Qué datos personales utilizaremos para estos fines?

Para las finalidades señaladas, podemos recabar los siguientes datos: nombre completo, teléfono, correo electrónico, domicilio, edad, sexo, cédula profesional (en el caso de profesionales de la salud), datos laborales y, en el caso de candidatos, datos académicos y trayectoria laboral.

## Datos personales sensibles

Para la atención de reportes de farmacovigilancia y quejas de calidad, Genémex puede tratar datos personales sensibles, como su estado de salud presente, padecimientos, medicamentos que consume, peso, talla y, en su caso, embarazo. Estos datos serán tratados con estrictas medidas de seguridad y confidencialidad. Conforme al artículo 9 de la Ley, requerimos su consentimiento expreso para tratarlos, salvo que el tratamiento derive de una obligación legal.

## ¿Con quién compartimos su información personal?

Le informamos que sus datos personales pueden ser compartidos dentro y fuera del país con las siguientes personas, empresas, organizaciones o autoridades distintas a nosotros:

| Destinatario | Finalidad | Requiere consentimiento |
| COFEPRIS y otras autoridades sanitarias | Notificación de reacciones adversas | No |
| Titulares de registro sanitario de los productos que maquilamos | Cumplimiento de obligaciones de farmacovigilancia | No |
| Autoridades judiciales o administrativas que lo requieran | Cumplimiento de requerimientos legales | No |
| Aseguradoras | Contratación de seguros relacionados con el servicio | Sí |

## ¿Cómo puede acceder, rectificar o cancelar sus datos personales, u oponerse a su uso?

Usted tiene derecho a conocer qué datos personales tenemos de usted, para qué los utilizamos y las condiciones del uso que les damos (Acceso). Asimismo, es su derecho solicitar la corrección de su información personal en caso de que esté desactualizada, sea inexacta o incompleta (Rectificación); que la eliminemos de nuestros registros o bases de datos cuando considere que no está siendo utilizada adecuadamente (Cancelación); así como oponerse al uso de sus datos personales para fines específicos (Oposición). Estos derechos se conocen como derechos ARCO.

Para el ejercicio de cualquiera de los derechos ARCO, usted deberá presentar la solicitud respectiva por escrito ante nuestro Departamento de Datos Personales, acompañada de:

- su nombre y domicilio u otro medio para comunicarle la respuesta;
- los documentos que acrediten su identidad o, en su caso, la representación legal;
- la descripción clara y precisa de los datos respecto de los que busca ejercer alguno de los derechos;
- cualquier otro elemento que facilite la localización de los datos.

Daremos respuesta a su solicitud en un plazo máximo de 20 días hábiles.

## Datos de contacto del Departamento de Datos Personales

@ Departamento de Datos Personales
@ Calzada de Tlalpan 2021, Col. Parque San Andrés, C.P. 04040, Ciudad de México
@ Correo electrónico: [datospersonales@genemex.com.mx](mailto:datospersonales@genemex.com.mx)
@ Teléfono: 55 5340 2100, extensión 4417

## ¿Cómo puede revocar su consentimiento o limitar el uso de sus datos?

Usted puede revocar el consentimiento que nos haya otorgado para el tratamiento de sus datos personales, siguiendo el mismo procedimiento que para los derechos ARCO. Asimismo, puede inscribirse en el Registro Público para Evitar Publicidad de la Procuraduría Federal del Consumidor (PROFECO). Tenga en cuenta que la revocación no procede respecto de los datos que debemos conservar para cumplir obligaciones de farmacovigilancia.

## Uso de cookies y tecnologías de rastreo

Le informamos que en nuestra página de internet utilizamos cookies y otras tecnologías a través de las cuales es posible monitorear su comportamiento como usuario, con el fin de conocer las secciones más visitadas. Los datos que obtenemos son: dirección IP, tipo de navegador, páginas consultadas y tiempo de navegación. Usted puede deshabilitar estas tecnologías desde la configuración de su navegador.

## Cambios al aviso de pirvacidad

El presente aviso de privacidad puede sufrir modificaciones derivadas de nuevos requerimientos legales o de nuestras propias necesidades. Nos comprometemos a mantenerle informado a través de esta página de internet.

Si usted considera que su derecho a la protección de datos personales ha sido lesionado, podrá interponer su queja o denuncia ante el Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales (INAI). Para mayor información visite [www.inai.org.mx](https://home.inai.org.mx).
"""


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


EDITS = [
    {"note": "typo fixed in a heading: 'pirvacidad' -> 'privacidad' (no date bump)",
     "repl": [("## Cambios al aviso de pirvacidad", "## Cambios al aviso de privacidad")], "bump": False},
    {"note": "transfers table: group companies row added",
     "repl": [("| Aseguradoras | Contratación de seguros relacionados con el servicio | Sí |",
               "| Aseguradoras | Contratación de seguros relacionados con el servicio | Sí |\n"
               "| Sociedades controladoras, subsidiarias o afiliadas de Genémex | Resguardo centralizado de la información y cumplimiento de políticas corporativas | No |")]},
    {"note": "new section: videovigilancia at plants and offices",
     "repl": [("## Uso de cookies y tecnologías de rastreo", "## Videovigilancia\n\n"
               "Le informamos que nuestras instalaciones, incluida la planta de Toluca, cuentan con cámaras de videovigilancia. Las imágenes y sonidos captados se utilizan exclusivamente para su seguridad y la de las personas que nos visitan, y se conservan por un plazo de 30 días naturales, salvo que se requieran para una investigación.\n\n"
               "## Uso de cookies y tecnologías de rastreo")]},
    {"note": "contact phone/extension changed",
     "repl": [("Teléfono: 55 5340 2100, extensión 4417", "Teléfono: 55 5340 2100, extensión 4450")]},
    {"note": "2025 LFPDPPP reform: INAI replaced by the Secretaría Anticorrupción y Buen Gobierno; law reference updated",
     "repl": [("en cumplimiento de la Ley Federal de Protección de Datos Personales en Posesión de los Particulares (la «Ley») y su Reglamento.",
               "en cumplimiento de la Ley Federal de Protección de Datos Personales en Posesión de los Particulares publicada en el Diario Oficial de la Federación el 20 de marzo de 2025 (la «Ley»)."),
              ("ante el Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales (INAI). Para mayor información visite [www.inai.org.mx](https://home.inai.org.mx).",
               "ante la Secretaría Anticorrupción y Buen Gobierno, autoridad competente en materia de protección de datos personales conforme a la Ley vigente. Para mayor información visite [www.gob.mx/buengobierno](https://www.gob.mx/buengobierno).")]},
]


def noise(rng, when, i, prev):
    prev = prev or {}
    return {
        "digest": "0x" + "".join(rng.choice("0123456789ABCDEF") for _ in range(128)) + "," + when.strftime("%d %b %Y %H:%M:%S") + " -0000",
        "viewstate": "/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIF" + C.b64tok(rng, 96).replace("=", "") + "ZGQ=",
        "evval": "/wEdAA" + C.b64tok(rng, 60),
        "rte": C.keep_or(rng, prev.get("rte"), 0.2, lambda: (rng.random() < 0.5, rng.sample(range(6), 3))),
    }


LABELS = {"digest": "__REQUESTDIGEST with server time", "viewstate": "__VIEWSTATE", "evval": "__EVENTVALIDATION",
          "rte": "Rich HTML field editor artefacts (rangecursor spans, zero-width spaces) after a republish"}

ZW = "\u200b"


def _field(blocks, rte):
    cursor, zwp = rte
    out = []
    n = 0
    for b in blocks:
        kind, v = b
        if kind in ("h1", "h2"):
            out.append('<%s class="ms-rteElement-H%s">%s</%s>' % (kind, kind[1], C.inline_html(v), kind))
        elif kind == "p":
            z = ZW if n % 6 in zwp else ""
            out.append('<p>%s%s</p>' % (z, C.inline_html(v)))
            n += 1
        elif kind == "table":
            head = "".join('<th class="ms-rteTableHeaderEvenCol-default" rowspan="1" colspan="1" style="width:33%%">%s</th>' % C.inline_html(x) for x in v[0])
            rows = "".join('<tr class="ms-rteTable%sRow-default">%s</tr>' % ("Odd" if r % 2 else "Even",
                           "".join('<td class="ms-rteTableOddCol-default" rowspan="1" colspan="1">%s</td>' % C.inline_html(x) for x in row))
                           for r, row in enumerate(v[1:]))
            out.append('<table width="100%%" class="ms-rteTable-default" cellspacing="0"><tbody><tr class="ms-rteTableHeaderRow-default">%s</tr>%s</tbody></table>' % (head, rows))
        elif kind == "addr":
            out.append('<p>%s</p>' % "<br/>".join(C.inline_html(x) for x in v))
        else:
            out.append(C.block_html(b))
    if cursor:
        out.insert(len(out) // 2, '<span id="ms-rterangecursor-start"></span><span id="ms-rterangecursor-end"></span>')
    return "".join(out)


def render(state, blocks, when):
    ts = when.strftime("%Y-%m-%dT%H:%M:%S") + ".%07dZ" % (int(state["evval"][-6:].encode().hex(), 16) % 10000000)
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="es-ES">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>
	Aviso de Privacidad
</title><link rel="stylesheet" type="text/css" href="/_layouts/15/3082/styles/Themable/corev15.css?rev=2a%%2BQiS2%%2F9Ss1D6fnP9ANNw%%3D%%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%%20Library/Genemex/css/genemex.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=wOb26%%2Fi7OkPGXXx%%2B9akbWA%%3D%%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=nv7asgRUU0tRmHNR2D6t1HtjbvF5zUm5mS8vY4JDzZtKxm8dQrEwJ4YdJ3&amp;t=ffffffffe6692900"></script>
<script type="text/javascript" src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%%2F8A%%3D%%3D"></script>
<script type="text/javascript">RegisterSod("require.js", "\\u002f_layouts\\u002f15\\u002frequire.js?rev=4UhLIF\\u00252FezOvmGnh\\u00252Fs0LLpA\\u00253D\\u00253D");</script>
<link rel="canonical" href="%(url)s" />
<script type="text/javascript">(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){(i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date();a=s.createElement(o),m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)})(window,document,'script','https://www.google-analytics.com/analytics.js','ga');ga('create', 'UA-48211937-1', 'auto');ga('send', 'pageview');</script>
</head>
<body>
<div id="imgPrefetch" style="display:none">
<img src="/_layouts/15/images/spcommon.png?rev=23" />
</div>
<form method="post" action="./aviso-de-privacidad.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="%(digest)s" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%(viewstate)s" />
</div>
<script type="text/javascript">
//<![CDATA[
var _spPageContextInfo = {webServerRelativeUrl: "\\u002fes", webAbsoluteUrl: "https:\\u002f\\u002fwww.genemex.com.mx\\u002fes", siteAbsoluteUrl: "https:\\u002f\\u002fwww.genemex.com.mx", serverRequestPath: "\\u002fes\\u002fPaginas\\u002faviso-de-privacidad.aspx", layoutsUrl: "_layouts\\u002f15", webTitle: "Genémex", webTemplate: "39", tenantAppVersion: "0", isAppWeb: false, Has2019Era: true, webLogoUrl: "_layouts\\u002f15\\u002fimages\\u002fsiteicon.png", webLanguage: 3082, currentLanguage: 3082, currentUICultureName: "es-ES", currentCultureName: "es-MX", clientServerTimeDelta: new Date("%(ts)s") - new Date(), siteClientTag: "412$$15.0.5545.1000", crossDomainPhotosEnabled:false, webUIVersion:15, webPermMasks:{High:16,Low:196673},pageListId:"{5b7e1f2a-0c9d-4e38-b6a1-7d2f3c8e9a04}",pageItemId:27, pagePersonalizationScope:1, alertsEnabled:false, siteServerRelativeUrl: "\\u002f", allowSilverlightPrompt:'True'};//]]>
</script>
<div id="ms-designer-ribbon"><div id="s4-ribbonrow" style="display:none"></div></div>
<div id="s4-workspace">
<div id="s4-bodyContainer">
<header class="gx-header">
  <div class="gx-header__top"><span>Atención a clientes: 800 436 3639</span> | <a href="/es/Paginas/contacto.aspx">Contacto</a> | <a href="/en/Pages/default.aspx" lang="en">English</a></div>
  <div class="gx-header__main"><a href="/es" id="ctl00_onetidProjectPropertyTitleGraphic"><img id="ctl00_onetidHeadbnnr2" src="/Style%%20Library/Genemex/img/logo-genemex.png" alt="Genémex" /></a>
  <nav id="DeltaTopNavigation" class="ms-displayInline ms-core-navigation" role="navigation"><div id="zz1_TopNavigationMenu" class="noindex ms-core-listMenu-horizontalBox"><ul id="zz2_RootAspMenu" class="root ms-core-listMenu-root static">
    <li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/es/Paginas/nosotros.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Nosotros</span></span></a></li>
    <li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/es/Paginas/productos.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Productos</span></span></a></li>
    <li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/es/Paginas/calidad.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Calidad</span></span></a></li>
    <li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/es/Paginas/farmacovigilancia.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Farmacovigilancia</span></span></a></li>
    <li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/es/Paginas/bolsa-de-trabajo.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Bolsa de trabajo</span></span></a></li>
  </ul></div></nav></div>
</header>
<div id="contentRow">
<div id="contentBox" aria-live="polite" aria-relevant="all">
<div id="DeltaPlaceHolderMain">
<a id="mainContent" name="mainContent" tabindex="-1"></a>
<div class="gx-layout gx-layout--two-columns">
<div class="gx-layout__main article article-body">
<div id="ctl00_PlaceHolderMain_ctl01_label" style="display:none">Contenido de la página</div><div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl01_label">%(field)s</div>
</div>
<div class="gx-layout__aside">
<div id="ctl00_PlaceHolderMain_ctl02_label" style="display:none">Columna derecha</div><div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_label"><div class="gx-box gx-box--fv"><h3>​Farmacovigilancia</h3><p>Si usted ha presentado alguna reacción adversa con alguno de nuestros medicamentos, repórtela a <a href="mailto:farmacovigilancia@genemex.com.mx">farmacovigilancia@genemex.com.mx</a> o al 800 436 3639. También puede notificarla directamente a la COFEPRIS.</p></div><div class="gx-box"><h3>Documentos relacionados</h3><p><a href="/es/Documents/Aviso-de-privacidad-simplificado.pdf">Aviso de privacidad simplificado (PDF)</a><br/><a href="/es/Documents/Aviso-de-privacidad-candidatos.pdf">Aviso de privacidad para candidatos (PDF)</a></p></div></div>
</div>
</div>
<div style='display:none' id='hidZone'></div>
</div>
</div>
</div>
<div id="gxHcpGate" class="gx-modal" role="dialog" aria-modal="true" aria-labelledby="gxHcpGateTitle" style="display:none">
  <div class="gx-modal__dialog">
    <h2 id="gxHcpGateTitle">Información exclusiva para profesionales de la salud</h2>
    <p>La información de productos que está por consultar está dirigida exclusivamente a profesionales de la salud, de conformidad con el Reglamento de la Ley General de Salud en Materia de Publicidad.</p>
    <button type="button" class="gx-btn" onclick="gxHcp.accept()">Soy profesional de la salud</button>
    <button type="button" class="gx-btn gx-btn--ghost" onclick="gxHcp.decline()">No soy profesional de la salud</button>
  </div>
</div>
<footer class="gx-footer">
  <p>Laboratorios Genémex, S.A. de C.V. · Calzada de Tlalpan 2021, Coyoacán, C.P. 04040, Ciudad de México</p>
  <p><a href="/es/Paginas/aviso-de-privacidad.aspx">Aviso de privacidad</a> | <a href="/es/Paginas/terminos-de-uso.aspx">Términos de uso</a> | <a href="/es/Paginas/mapa-del-sitio.aspx">Mapa del sitio</a></p>
  <p>Consulte a su médico. Aviso de publicidad COFEPRIS 233300202C1457. © %(year)d Genémex. Todos los derechos reservados.</p>
</footer>
</div>
</div>
<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="BAB98CB3" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%(evval)s" />
</div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;
function WebForm_OnSubmit() {
UpdateFormDigest('\\u002fes', 1440000);
return true;
}
//]]>
</script>
</form>
</body>
</html>
""" % {"url": URL, "digest": state["digest"], "viewstate": state["viewstate"], "evval": state["evval"], "ts": ts,
       "field": _field(blocks, state["rte"]), "year": when.year}


PAGE = {
    "service": "Genemex",
    "url": URL,
    "lang": "es-MX",
    "platform": "SharePoint Server 2013 publishing site (Pages library, Rich HTML field), IIS",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Microsoft-IIS/8.5"),
                      ("X-SharePointHealthScore", "0"), ("MicrosoftSharePointTeamServices", "15.0.0.5545"),
                      ("X-Powered-By", "ASP.NET"), ("X-MS-InvokeApp", "1; RequireReadOnly")),
    "n": 30,
    "start": dt.date(2022, 6, 1),
    "end": dt.date(2025, 10, 15),
    "hours": (5, 14),
    "policy": POLICY,
    "first_updated": dt.date(2021, 8, 9),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField"},
}
