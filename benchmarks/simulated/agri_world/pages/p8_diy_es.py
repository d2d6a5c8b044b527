"""Bricoval: a DIY, hardware and garden store chain in the Valencian Community, in Spanish (Spain), on Salesforce
B2C Commerce (SFRA storefront, a content asset rendered by Page-Show).

Fairly clean. Per visit: the footer newsletter form's `csrf_token` and the Einstein/dwac tracking ids in the
analytics script. Sticky: the code version in every `/on/demandware.static/.../vNNNNNNNNNNNNN/` URL (frequent
deploys) and the header's promotion slot (the month's campaign: garden days, pool season, heating, ...). All outside
the declared `.content-asset`; the content asset's dwMarker comment is the same in every capture.
"""
import datetime as dt
import html

import common as C

URL = "https://www.bricoval.es/politica-de-privacidad.html"

MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """# Política de privacidad

Última actualización: {UPDATED}

En Bricoval Hogar y Jardín, S.L. (en adelante, «Bricoval») respetamos tu privacidad. Esta política explica cómo tratamos los datos personales de quienes compran en nuestras tiendas y en www.bricoval.es, forman parte del Club Bricoval, contratan nuestros servicios de instalación o se ponen en contacto con nosotros, de acuerdo con el Reglamento (UE) 2016/679, General de Protección de Datos (RGPD), y la Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales y garantía de los derechos digitales (LOPDGDD).

## Responsable del tratamiento

@ Bricoval Hogar y Jardín, S.L.
@ CIF B46871523
@ Polígono Industrial El Pla, calle de la Fusta, 14, 46600 Alzira (Valencia)
@ Teléfono de atención al cliente: 960 45 32 10
@ Correo electrónico: privacidad@bricoval.es

Hemos designado un Delegado de Protección de Datos (DPD), con quien puedes contactar en [dpd@bricoval.es](mailto:dpd@bricoval.es).

## Qué datos tratamos

- **Datos identificativos y de contacto:** nombre, apellidos, DNI o NIE (cuando solicitas factura completa), dirección, teléfono y correo electrónico.
- **Datos de compra:** productos adquiridos, tienda, importe, forma de pago, devoluciones y garantías.
- **Datos del Club Bricoval:** número de socio, puntos acumlados, intereses (jardín, reformas, piscina, mascotas) y comunicaciones recibidas.
- **Datos de servicios a domicilio:** dirección de la obra, medidas, fotografías del espacio y presupuestos de montaje de cocinas, armarios, suelos o riego automático.
- **Datos de navegación:** dirección IP, dispositivo, páginas visitadas y cookies, según se detalla en nuestra Política de cookies.
- **Imágenes** captadas por los sistemas de videovigilancia de nuestras tiendas y aparcamientos.

Si nos facilitas datos de otras personas (por ejemplo, la persona que recogerá tu pedido), debes haberles informado previamente de esta política.

## Finalidades, base jurídica y plazos de conservación

| Finalidad | Base jurídica | Plazo de conservación |
| Gestionar tus compras, entregas, devoluciones y garantías | ejecución del contrato | 6 años desde la compra |
| Emitir facturas y cumplir obligaciones fiscales y contables | obligación legal | 6 años |
| Gestionar el Club Bricoval y sus ventajas | ejecución de las condiciones del Club | mientras seas socio y 2 años después |
| Enviarte ofertas y novedades personalizadas | consentimiento | hasta que retires el consentimiento |
| Prestar servicios de instalación a domicilio | ejecución del contrato | 5 años desde la finalización del trabajo |
| Atender consultas, quejas y reclamaciones | interés legítimo y obligación legal | 3 años |
| Garantizar la seguridad de personas e instalaciones | interés público | 1 mes, salvo incidencias |
| Gestionar procesos de selección de personal | consentimiento | 1 año |

Una vez cumplidos estos plazos, bloquearemos tus datos durante el tiempo en que puedan derivarse responsabilidades y después los suprimiremos.

## Elaboración de perfiles

Con los datos de compra de los socios del Club Bricoval elaboramos perfiles de interés (por ejemplo, «jardín» si sueles comprar plantas, semillas o sustratos) para que las ofertas que te enviamos te resulten útiles. No tomamos decisiones automatizadas que produzcan efectos jurídicos sobre ti. Puedes oponerte a esta elaboración de perfiles en cualquier momento desde tu área de cliente.

## Opiniones de productos y talleres

Si publicas una opinión sobre un producto, mostraremos junto a ella tu nombre de pila, la inicial de tu apellido y tu localidad. Cuando te inscribes en nuestros talleres gratuitos de bricolaje y jardinería en tienda (poda, huerto urbano, alicatado), usamos tu nombre y teléfono solo para confirmar la plaza y avisarte de cualquier cambio, y borramos la inscripción tres meses después del taller.

## Destinatarios

No cedemos tus datos a terceros, salvo obligación legal (Agencia Tributaria, Fuerzas y Cuerpos de Seguridad, juzgados y tribunales). Tienen acceso a ellos, como encargados del tratamiento, los proveedores que nos prestan servicios:

| Proveedor | Servicio | Ubicación |
| Salesforce.com EMEA Ltd. | plataforma de la tienda online y CRM | Unión Europea |
| Redsys Servicios de Procesamiento, S.L. | pasarela de pago con tarjeta | España |
| SEUR, S.A. | transporte de pedidos | España |
| Transportes Hermanos Climent, S.L. | entrega de mercancía voluminosa | España |
| Red de instaladores autorizados | montaje e instalación a domicilio | España |
| Google Ireland Ltd. | analítica web | Unión Europea |

Los instaladores autorizados reciben únicamente tu nombre, teléfono, dirección y los datos del trabajo contratado, y están obligados a guardar confidencialidad.

## Transferencias internacionales

Algunos proveedores, como Salesforce o Google, pueden acceder a los datos desde Estados Unidos. Estas transferencias se amparan en el Marco de Privacidad de Datos UE-EE. UU. o, en su defecto, en las cláusulas contractuales tipo aprobadas por la Comisión Europea.

## Videovigilancia

Nuestras tiendas y aparcamientos cuentan con cámaras de videovigilancia señalizadas mediante carteles informativos en los accesos. Las imágenes se conservan un máximo de un mes, salvo que deban ponerse a disposición de las autoridades por un incidente.

## Tus derechos

Puedes ejercer los derechos de acceso, rectificación, supresión, oposición, limitación del tratamiento y portabilidad, así como retirar tu consentimiento en cualquier momento, escribiendo a [privacidad@bricoval.es](mailto:privacidad@bricoval.es) o por correo postal a la dirección indicada, con la referencia «Protección de datos». Si fuera necesario para verificar tu identidad, podremos pedirte un documento que la acredite.

Te responderemos en el plazo de un mes. Si consideras que no hemos atendido correctamente tu solicitud, puedes presentar una reclamación ante la autoridad de control:

@ Agencia Española de Protección de Datos
@ C/ Jorge Juan, 6, 28001 Madrid
@ www.aepd.es

## Menores de edad

Nuestros servicios están dirigidos a mayores de 18 años. No recabamos conscientemente datos de menores de 14 años y, si detectamos que los hemos recibido, los suprimiremos.

## Seguridad

Aplicamos las medidas técnicas y organizativas adecuadas para proteger tus datos frente a la pérdida, el acceso no autorizado o la alteración, como el cifrado de las comunicaciones, el control de accesos por perfiles y las copias de seguridad periódicas. Nuestro personal está sujeto a un deber de confidencialidad.

## Cambios en esta política

Podemos actualizar esta política para adaptarla a cambios legislativos o en nuestros servicios. Publicaremos siempre la versión vigente en esta página, con su fecha de actualización, y te avisaremos por correo electrónico si los cambios son relevantes.
"""

EDITS = [
    {"note": "typo fixed (acumlados -> acumulados)", "bump": False,
     "repl": [("puntos acumlados", "puntos acumulados")]},
    {"note": "processor added: seQura deferred payment",
     "repl": [("| Redsys Servicios de Procesamiento, S.L. | pasarela de pago con tarjeta | España |",
               "| Redsys Servicios de Procesamiento, S.L. | pasarela de pago con tarjeta | España |\n"
               "| Sequra Worldwide, S.A. | pago aplazado y financiación | España |")]},
    {"note": "sentence added: WhatsApp notices for click & collect orders",
     "repl": [("Si nos facilitas datos de otras personas",
               "Si eliges «Recoger en tienda», te avisaremos por SMS o, si lo autorizas, por WhatsApp cuando tu "
               "pedido esté listo, para lo que usaremos tu número de teléfono.\n\n"
               "Si nos facilitas datos de otras personas")]},
    {"note": "section added: tool and machinery hire (DNI copy, deposit)",
     "repl": [("## Elaboración de perfiles\n",
               "## Alquiler de herramientas y maquinaria\n\n"
               "Para alquilar herramientas o maquinaria (hormigoneras, motocultores, desbrozadoras, andamios) te "
               "pediremos el DNI o NIE, que cotejamos sin guardar copia, un teléfono de contacto y una fianza o "
               "preautorización en tu tarjeta. Conservamos el contrato de alquiler durante 6 años y la "
               "preautorización se libera al devolver la máquina en buen estado.\n\n"
               "## Elaboración de perfiles\n")]},
    {"note": "retention for job applications extended (1 -> 2 years)",
     "repl": [("| Gestionar procesos de selección de personal | consentimiento | 1 año |",
               "| Gestionar procesos de selección de personal | consentimiento | 2 años |")]},
    {"note": "DPO changed to an external firm (contact line rewritten)",
     "repl": [("Hemos designado un Delegado de Protección de Datos (DPD), con quien puedes contactar en "
               "[dpd@bricoval.es](mailto:dpd@bricoval.es).",
               "Hemos designado como Delegado de Protección de Datos (DPD) a Lexdata Protección, S.L., con quien "
               "puedes contactar en [dpd.bricoval@lexdata.es](mailto:dpd.bricoval@lexdata.es).")]},
]

# ---------------------------------------------------------------- noise

CAMPAIGNS = {
    1: ("Rebajas de enero: hasta -40% en calefacción y climatización", "/rebajas"),
    2: ("Prepara el jardín: poda, abonos y semillas de temporada", "/jardin/preparar-el-jardin"),
    3: ("Días del Jardín: -20% en cortacéspedes y desbrozadoras", "/jardin/maquinaria"),
    4: ("Días del Jardín: -20% en cortacéspedes y desbrozadoras", "/jardin/maquinaria"),
    5: ("Temporada de piscina: cloro, depuradoras y todo para tu piscina", "/piscina"),
    6: ("Temporada de piscina: cloro, depuradoras y todo para tu piscina", "/piscina"),
    7: ("Ventiladores y aire acondicionado con instalación incluida", "/climatizacion/aire-acondicionado"),
    8: ("Vuelta a casa: organización, pintura y pequeñas reformas", "/pintura"),
    9: ("Semana de la cocina: montaje gratis en cocinas completas", "/cocinas"),
    10: ("Llega el frío: estufas de pellet y leña", "/calefaccion/estufas"),
    11: ("Black Friday Bricoval: ofertas en herramienta eléctrica", "/herramientas"),
    12: ("Navidad: iluminación, árboles y decoración", "/navidad"),
}
STATIC = ["Envío gratis a partir de 49 € en pedidos online", "Financia tus compras en 3, 6 o 12 meses",
          "Recoge gratis en tienda en 2 horas"]


def noise(rng, when, i, prev):
    p = prev or {}
    ver = C.keep_or(rng, p.get("ver"), 0.35, lambda: C.epoch(when) * 1000 - rng.randint(3600, 20 * 86400) * 1000
                    - rng.randint(0, 999))
    second = C.keep_or(rng, p.get("second"), 0.3, lambda: rng.choice(STATIC))
    return {"ver": ver, "campaign": CAMPAIGNS[when.month][0], "second": second,
            "csrf": C.alnum(rng, 86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") + "==",
            "dwac": C.hexs(rng, 26)}


LABELS = {"ver": "SFCC code version in static URLs", "campaign": "header promotion slot (month's campaign)",
          "second": "header promotion slot (secondary message)", "csrf": "csrf_token (footer newsletter form)",
          "dwac": "dwac/Einstein tracking id"}

# ---------------------------------------------------------------- render

SITE = "Sites-bricoval-ES-Site"


def render(state, blocks, when):
    v = "v%d" % state["ver"]
    st = "/on/demandware.static/%s/-/es_ES/%s" % (SITE, v)
    body = []
    for b in blocks:
        if b[0] == "table":
            body.append('<div class="table-responsive">%s</div>' % C.block_html(b, {"table": "table table-bordered"}))
        else:
            body.append(C.block_html(b))
    camp = state["campaign"]
    link = [u for t, u in CAMPAIGNS.values() if t == camp][0]
    cats = [("/jardin", "Jardín"), ("/herramientas", "Herramientas"), ("/construccion", "Construcción"),
            ("/bano", "Baño"), ("/cocinas", "Cocinas"), ("/pintura", "Pintura"), ("/electricidad", "Electricidad"),
            ("/piscina", "Piscina"), ("/alquiler-maquinaria", "Alquiler de maquinaria")]
    cats_html = "".join('<li class="nav-item dropdown" role="presentation"><a href="%s" id="%s" class="nav-link '
                        'dropdown-toggle" role="button" data-toggle="dropdown" aria-haspopup="true" '
                        'aria-expanded="false" tabindex="0">%s</a></li>' % (u, u.strip("/"), t) for u, t in cats)
    return """<!DOCTYPE html>
<html lang="es">
<head>
<!--[if gt IE 9]><!-->
<script>//common/scripts.isml</script>
<script defer type="text/javascript" src="%(st)s/js/main.js"></script>
<!--<![endif]-->
<meta charset=UTF-8>
<meta http-equiv="x-ua-compatible" content="ie=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Política de privacidad | Bricoval</title>
<meta name="description" content="Consulta cómo trata Bricoval tus datos personales: tienda online, tiendas físicas, Club Bricoval y servicios de instalación."/>
<meta name="keywords" content="Bricoval, bricolaje, jardín, ferretería"/>
<link rel="icon" type="image/png" href="%(st)s/images/favicons/favicon-196x196.png" sizes="196x196" />
<link rel="stylesheet" href="%(st)s/css/global.css" />
<link rel="stylesheet" href="%(st)s/css/bricoval.css" />
<link rel="canonical" href="%(url)s"/>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-document-language="true" type="text/javascript" charset="UTF-8" data-domain-script="0190b4c2-7e55-7a21-9c3d-5e1f08a2b6d4"></script>
<script type="text/javascript">function OptanonWrapper() { }</script>
</head>
<body>
<div class="page" data-action="Page-Show" data-querystring="cid=politica-de-privacidad">
<header>
    <a href="#maincontent" class="skip" aria-label="Ir al contenido principal">Ir al contenido principal</a>
<a href="#footercontent" class="skip" aria-label="Ir al pie de página">Ir al pie de página</a>
    <div class="header-banner slide-up">
        <div class="container">
            <div class="d-flex justify-content-between">
                <div></div>
                <div class="content">
                    <div class="html-slot-container">
                        <p><a href="%(link)s">%(camp)s</a> &nbsp;|&nbsp; %(second)s</p>
                    </div>
                </div>
                <div class="close-button">
                    <button type="button" class="close" aria-label="Cerrar">
                        <span aria-hidden="true">&times;</span>
                    </button>
                </div>
            </div>
        </div>
    </div>
    <nav role="navigation">
        <div class="header container">
            <div class="row">
                <div class="col-12">
                    <div class="navbar-header brand">
                        <a class="logo-home" href="/" title="Bricoval Inicio">
                            <img class="hidden-md-down" src="%(st)s/images/logo-bricoval.svg" alt="Bricoval Hogar y Jardín" />
                        </a>
                    </div>
                    <div class="navbar-header">
                        <div class="pull-left">
                            <div class="hidden-md-down">
                                <div class="user hidden-md-down">
                                    <a href="https://www.bricoval.es/login" role="button" aria-label="Iniciar sesión para acceder a tu cuenta">
                                        <i class="fa fa-sign-in" aria-hidden="true"></i>
                                        <span class="user-message">Iniciar sesión</span>
                                    </a>
                                </div>
                                <div class="store-selector">
                                    <a href="/tiendas" class="store-selector__link"><i class="fa fa-map-marker" aria-hidden="true"></i> <span>Elige tu tienda</span></a>
                                </div>
                            </div>
                        </div>
                        <div class="pull-right">
                            <div class="search hidden-sm-down">
                                <div class="site-search">
    <form role="search" action="/buscar" method="get" name="simpleSearch">
        <input class="form-control search-field" type="text" name="q" value="" placeholder="¿Qué estás buscando?" role="combobox" aria-describedby="search-assistive-text" aria-haspopup="listbox" aria-owns="search-results" aria-expanded="false" aria-autocomplete="list" aria-activedescendant="" aria-controls="search-results" aria-label="Introduce una palabra clave o un número de artículo" autocomplete="off" />
        <button type="submit" name="search-button" class="fa fa-search" aria-label="Enviar búsqueda"></button>
        <div class="suggestions-wrapper" data-url="/on/demandware.store/%(site)s/es_ES/SearchServices-GetSuggestions?q="></div>
        <input type="hidden" value="es_ES" name="lang">
    </form>
</div>
                            </div>
                            <div class="minicart" data-action-url="/on/demandware.store/%(site)s/es_ES/Cart-MiniCartShow">
                                <div class="minicart-total hide-link-med">
    <a class="minicart-link" href="https://www.bricoval.es/carrito" title="Carrito 0 artículos" aria-label="Carrito 0 artículos" aria-haspopup="true">
        <i class="minicart-icon fa fa-shopping-bag"></i>
        <span class="minicart-quantity">0</span>
    </a>
</div>
                                <div class="popover popover-bottom"></div>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </div>
        <div class="main-menu navbar-toggleable-sm menu-toggleable-left multilevel-dropdown d-none d-md-block" id="sg-navbar-collapse">
            <div class="container">
                <div class="row">
                    <nav class="navbar navbar-expand-md bg-inverse col-12">
                        <div class="close-menu clearfix d-lg-none"><div class="back pull-left"><button role="button" aria-label="Volver al menú anterior"><span class="caret-left"></span>Volver</button></div></div>
                        <div class="menu-group" role="navigation">
                            <ul class="nav navbar-nav" role="menu">%(cats)s</ul>
                        </div>
                    </nav>
                </div>
            </div>
        </div>
    </nav>
</header>

<div role="main" id="maincontent">
    <div class="container">
        <div class="row">
            <div class="col-12">
                <ol class="breadcrumb">
                    <li class="breadcrumb-item"><a href="https://www.bricoval.es/">Inicio</a></li>
                    <li class="breadcrumb-item"><a href="/ayuda">Ayuda</a></li>
                    <li class="breadcrumb-item">Política de privacidad</li>
                </ol>
            </div>
        </div>
        <div class="row">
            <div class="col-12 col-md-3 d-none d-md-block">
                <div class="content-folder-nav">
                    <ul class="list-unstyled">
                        <li><a href="/aviso-legal.html">Aviso legal</a></li>
                        <li class="active"><a href="/politica-de-privacidad.html">Política de privacidad</a></li>
                        <li><a href="/politica-de-cookies.html">Política de cookies</a></li>
                        <li><a href="/condiciones-generales-de-venta.html">Condiciones generales de venta</a></li>
                        <li><a href="/condiciones-club-bricoval.html">Condiciones del Club Bricoval</a></li>
                    </ul>
                </div>
            </div>
            <div class="col-12 col-md-9">
                <div class="content-asset"><!-- dwMarker="content" dwContentID="bc7f2e4a9d1c35e6a0f8b2d47e" -->
                    %(body)s
                </div> <!-- End content-asset -->
            </div>
        </div>
    </div>
</div>

<footer id="footercontent">
    <div class="container">
        <div class="footer-container row">
            <div class="footer-item col-sm-3 store">
                <div class="content-asset"><!-- dwMarker="content" dwContentID="a91d04c8e2f7b65d13e0c9a4f2" -->
                    <h2 class="title">Tiendas</h2>
                    <p>14 tiendas en la Comunitat Valenciana y Albacete.</p>
                    <a href="/tiendas" class="btn btn-outline-primary">Buscar tienda</a>
                </div> <!-- End content-asset -->
            </div>
            <div class="footer-item col-sm-3 collapsible-xs">
                <h2 class="title">Ayuda</h2>
                <ul class="menu-footer content">
                    <li><a href="/ayuda/pedidos">Mis pedidos</a></li>
                    <li><a href="/ayuda/devoluciones">Devoluciones</a></li>
                    <li><a href="/condiciones-generales-de-venta.html">Condiciones de venta</a></li>
                    <li><a href="/politica-de-privacidad.html">Política de privacidad</a></li>
                    <li><a href="/politica-de-cookies.html">Política de cookies</a></li>
                    <li><a href="javascript:void(0)" class="ot-sdk-show-settings">Configuración de cookies</a></li>
                </ul>
            </div>
            <div class="footer-item col-sm-3 collapsible-xs">
                <h2 class="title">Bricoval</h2>
                <ul class="menu-footer content">
                    <li><a href="/sobre-nosotros">Sobre nosotros</a></li>
                    <li><a href="/trabaja-con-nosotros">Trabaja con nosotros</a></li>
                    <li><a href="/club-bricoval">Club Bricoval</a></li>
                </ul>
            </div>
            <div class="footer-item col-sm-3">
                <h2 class="title">Newsletter</h2>
                <form role="form" action="/on/demandware.store/%(site)s/es_ES/EmailSubscribe-Subscribe" method="POST" name="email-signup-form" class="email-signup-form">
                    <div class="input-group">
                        <input type="text" class="form-control" id="hpEmailSignUp" aria-label="Correo electrónico" placeholder="Tu correo electrónico" aria-describedby="emailHelp">
                        <input type="hidden" name="csrf_token" value="%(csrf)s"/>
                        <span class="input-group-append"><button type="submit" class="btn btn-primary subscribe-email" data-href="/on/demandware.store/%(site)s/es_ES/EmailSubscribe-Subscribe">Suscribirme</button></span>
                    </div>
                </form>
            </div>
        </div>
        <hr class="hidden-xs-down" />
        <div class="row">
            <div class="col-12 copyright-notice">
                <p>&copy; %(year)d Bricoval Hogar y Jardín, S.L. Todos los derechos reservados.</p>
            </div>
        </div>
    </div>
</footer>
</div>
<div class="error-messaging"></div>
<div class="modal-background"></div>

<!-- Demandware Analytics code 1.0 (c) Demandware Inc. -->
<script type="text/javascript">//<!--
/* <![CDATA[ (head-active_data.js) */
var dw = (window.dw || {});
dw.ac = {
    _analytics: null,
    _events: [],
    _category: "",
    _searchData: "",
    _anact: "",
    _anact_nohit_tag: "",
    _analytics_enabled: "true",
    _timeZone: "Europe/Madrid",
    _capture: function(configs) {
        if (Object.prototype.toString.call(configs) === "[object Array]") {
            configs.forEach(captureObject);
            return;
        }
        dw.ac._events.push(configs);
    },
	capture: function() {
		dw.ac._capture(arguments);
		// send to CQ as well:
		if (window.CQuotient) {
			window.CQuotient.trackEventsFromAC(arguments);
		}
	},
    EV_PRD_SEARCHHIT: "searchhit",
    EV_PRD_DETAIL: "detail",
    EV_PRD_RECOMMENDATION: "recommendation",
    EV_PRD_SETPRODUCT: "setproduct",
    applyContext: function(context) {
        if (typeof context === "object" && context.hasOwnProperty("category")) {
        	dw.ac._category = context.category;
        }
        if (typeof context === "object" && context.hasOwnProperty("searchData")) {
        	dw.ac._searchData = context.searchData;
        }
    },
    setDWAnalytics: function(analytics) {
        dw.ac._analytics = analytics;
    },
    eventsIsEmpty: function() {
        return 0 == dw.ac._events.length;
    }
};
/* ]]> */
// -->
</script>
<script type="text/javascript">//<!--
/* <![CDATA[ (head-cquotient.js) */
var CQuotient = window.CQuotient = {};
CQuotient.clientId = 'bhxk-bricoval-ES';
CQuotient.realm = 'BHXK';
CQuotient.siteId = 'bricoval-ES';
CQuotient.instanceType = 'prd';
CQuotient.locale = 'es_ES';
CQuotient.fbPixelId = '__UNKNOWN__';
CQuotient.activities = [];
CQuotient.cqcid='';
CQuotient.cquid='';
CQuotient.cqeid='';
CQuotient.cqlid='';
CQuotient.apiHost='api.cquotient.com';
CQuotient.useTest= function() { return false; };
CQuotient.initFromCookies = function () {};
CQuotient.getCQCookieId = function () { return '%(dwac)s'; };
/* ]]> */
// -->
</script>
<script type="text/javascript" src="/on/demandware.static/%(site)s/-/es_ES/%(v)s/internal/jscript/dwanalytics-22.2.js" async="async" onload="trackPage()"></script>
<script src="/on/demandware.static/-/Sites/es_ES/%(v)s/dwac-21.7.js" type="text/javascript" async="async"></script>
<script src="https://cdn.cquotient.com/js/v2/gretel.min.js" type="text/javascript" async="async"></script>
</body>
</html>
""" % {"st": st, "url": URL, "link": link, "camp": html.escape(camp), "second": html.escape(state["second"]),
       "cats": cats_html, "body": "\n                    ".join(body), "site": SITE, "csrf": state["csrf"],
       "year": when.year, "dwac": state["dwac"], "v": v}


PAGE = {
    "service": "Bricoval",
    "url": URL,
    "lang": "es",
    "platform": "Salesforce B2C Commerce (SFRA), content asset via Page-Show",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": (("Server", "Apache"), ("X-Frame-Options", "SAMEORIGIN"), ("Cache-Control", "no-cache"),
                      ("Content-Language", "es-ES"), ("Vary", "Accept-Encoding")),
    "n": 31,
    "start": dt.date(2023, 5, 2),
    "end": dt.date(2026, 4, 28),
    "hours": (0, 12),
    "policy": POLICY,
    "first_updated": dt.date(2023, 3, 29),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#maincontent .content-asset"},
}
