"""BoletoYa, a Mexican ticket resale marketplace: its "Aviso de Privacidad Integral" is an article of its Zendesk
Guide help centre (Copenhagen theme, locale es-419), upgraded from the Copenhagen v2 markup to the v4 markup in
June 2024. Per visit: the CSRF token (meta, HelpCenter object), Zendesk's build comment and asset digests per
Zendesk deploy, the theme's ?digest= per theme publish, the article's vote count ("A 212 de 317 ..."), the
"Actualizado" stamp of an agent's re-save, the related-articles list. All outside the declared `.article-body`."""
import datetime as dt
import html
import json

import common as C

URL = "https://ayuda.boletoya.mx/hc/es-419/articles/360052718431-Aviso-de-Privacidad-Integral"

MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
Fecha de última actualización: {UPDATED}

En **BoletoYa, S.A.P.I. de C.V.** (en adelante, "BoletoYa") sabemos que cuando compras o vendes un boleto nos confías información importante. Este Aviso de Privacidad Integral se emite en cumplimiento de la Ley Federal de Protección de Datos Personales en Posesión de los Particulares (la "Ley"), su Reglamento y los Lineamientos del Aviso de Privacidad, y explica qué datos tratamos, para qué los usamos y cómo puedes ejercer tus derechos.

## 1. Identidad y domicilio del responsable

BoletoYa, S.A.P.I. de C.V., con domicilio para oír y recibir notificaciones en:

@ Av. Insurgentes Sur 1605, piso 9
@ Col. San José Insurgentes, Alcaldía Benito Juárez
@ C.P. 03900, Ciudad de México, México

es responsable del tratamiento de tus datos personales. Nuestro Departamento de Datos Personales puede ser contactado en [privacidad@boletoya.mx](mailto:privacidad@boletoya.mx) o al teléfono 55 4161 2020, de lunes a viernes de 9:00 a 18:00 horas (hora del centro de México).

## 2. Datos personales que recabamos

Para cumplir con las finalidades de este aviso recabamos las siguientes categorías de datos personales, ya sea directamente de ti, a través de nuestro sitio web y aplicaciones, o de forma indirecta a través de organizadores de eventos y socios comerciales:

- **Datos de identificación:** nombre completo, fecha de nacimiento, nacionalidad, CURP o RFC cuando solicitas factura, e identificación oficial en caso de aclaraciones.
- **Datos de contacto:** correo electrónico, número de teléfono celular y domicilio de entrega de boletos físicos.
- **Datos patrimoniales y financieros:** datos de tu tarjeta de crédito o débito (que son tratados directamente por nuestro procesador de pagos), CLABE interbancaria y titular de la cuenta en la que recibes el pago por tus boletos vendidos.
- **Datos de transacciones:** boletos comprados y vendidos, eventos, secciones y asientos, precios, comisiones, historial de pedidos y reembolsos.
- **Datos técnicos:** dirección IP, identificadores del dispositivo, tipo de navegador, sistema operativo, ubicación aproximada y datos de navegación obtenidos mediante cookies y tecnologías similares.

BoletoYa no solicita datos personales sensibles. Si en algún momento necesitaras compartir información de salud para solicitar un lugar accesible en un evento, la trataremos únicamente para ese fin y con tu consentimiento expreso y por escrito.

## 3. Finalidades del tratamiento

### 3.1 Finalidades primarias

Tus datos personales serán utilizados para las siguientes finalidades, que son necesarias para el servicio que solicitas:

- Crear y administrar tu cuenta de usuario.
- Procesar la compra de boletos, emitir boletos electrónicos y transferirlos a tu cuenta o a la de la persona que designes.
- Publicar tus boletos a la venta, validar que sean auténticos y entregarte el pago correspondiente una vez celebrado el evento.
- Aplicar la Garantía BoletoYa: reponer boletos inválidos, gestionar cancelaciones, cambios de fecha y reembolsos.
- Prevenir fraudes, contracargos y la reventa de boletos obtenidos de forma ilícita.
- Emitir comprobantes fiscales digitales (CFDI) y cumplir obligaciones legales ante autoridades fiscales y de protección al consumidor.
- Atender tus solicitudes, quejas y aclaraciones a través de nuestro Centro de Ayuda.

### 3.2 Finalidades secundarias

De manera adicional, utilizaremos tu información para las siguientes finalidades que no son necesarias para el servicio, pero que nos permiten brindarte una mejor atención:

- Enviarte recomendaciones de eventos, preventas y promociones.
- Realizar encuestas de satisfacción y estudios de mercado.
- Elaborar estadísticas sobre los eventos y artistas más buscados.

Si no deseas que tus datos se traten para estas finalidades secundarias, puedes indicarlo en cualquier momento enviando un correo a [privacidad@boletoya.mx](mailto:privacidad@boletoya.mx) o desactivando las notificaciones desde la sección "Mi cuenta". La negativa no será motivo para negarte los servicios que contratas con nosotros.

## 4. Transferencias de datos personales

Para cumplir con las finalidades descritas, podremos transferir tus datos personales a los siguientes terceros, dentro y fuera del país:

| Destinatario | Finalidad | ¿Requiere tu consentimiento? |
| Organizadores y promotores del evento | Validar el acceso, gestionar cancelaciones y cambios de fecha | No |
| Procesadores de pago y bancos adquirentes | Cobrar tus compras y pagar tus ventas | No |
| Autoridades competentes | Cumplir requerimientos fundados y motivados | No |
| Aseguradoras | Ofrecerte el seguro de reembolso opcional | Sí |
| Socios comerciales de marketing | Enviarte promociones conjuntas | Sí |

Además, compartimos datos con proveedores que nos prestan servicios como encargados, por ejemplo de alojamiento en la nube, envío de correos y atención al cliente. Estas remisiones no requieren tu consentimiento y los encargados están obligados contractualmente a tratar los datos solo conforme a nuestras instrucciones.

Si no manifiestas tu oposición a las tranferencias que requieren tu consentimiento, entenderemos que lo has otorgado.

## 5. Derechos ARCO

Tienes derecho a conocer qué datos personales tenemos de ti, para qué los utilizamos y las condiciones del uso que les damos (Acceso); solicitar la corrección de tu información en caso de que esté desactualizada, sea inexacta o incompleta (Rectificación); que la eliminemos de nuestros registros o bases de datos (Cancelación); así como oponerte al uso de tus datos personales para fines específicos (Oposición).

Para ejercer cualquiera de los derechos ARCO deberás enviar una solicitud a [privacidad@boletoya.mx](mailto:privacidad@boletoya.mx) que contenga:

- Tu nombre y el correo electrónico asociado a tu cuenta.
- Copia de una identificación oficial vigente.
- La descripción clara y precisa de los datos respecto de los que buscas ejercer alguno de los derechos.
- Cualquier documento o información que facilite la localización de tus datos.

Te comunicaremos la determinación adoptada en un plazo máximo de 20 días hábiles contados desde la fecha en que recibamos tu solicitud, y, si resulta procedente, se hará efectiva dentro de los 15 días hábiles siguientes.

## 6. Revocación del consentimiento y limitación del uso

Puedes revocar el consentimiento que nos hayas otorgado para el tratamiento de tus datos siguiendo el mismo procedimiento de los derechos ARCO. Ten en cuenta que no en todos los casos podremos atender tu solicitud de forma inmediata, ya que es posible que por alguna obligación legal requiramos seguir tratando tus datos.

También puedes limitar el uso de tus datos inscribiéndote en el Registro Público para Evitar Publicidad (REPEP) de la Procuraduría Federal del Consumidor.

## 7. Cookies y tecnologías de rastreo

Nuestro sitio utiliza cookies, web beacons y tecnologías similares para recordar tu sesión, mantener los boletos en tu carrito durante el tiempo de reserva, medir el uso del sitio y mostrarte publicidad relevante. Puedes deshabilitar las cookies no esenciales desde el banner de preferencias o la configuración de tu navegador; sin embargo, algunas funciones, como el proceso de compra, podrían no funcionar correctamente.

## 8. Conservación de los datos

Conservaremos tus datos personales mientras mantengas una cuenta activa con nosotros. Los datos de transacciones y comprobantes fiscales se conservan durante 5 años por obligación fiscal. Las cuentas sin actividad durante 24 meses serán canceladas y sus datos bloqueados y posteriormente suprimidos.

## 9. Cambios al aviso de privacidad

Este aviso puede sufrir modificaciones derivadas de nuevos requerimientos legales, de nuestras propias necesidades o de cambios en nuestro modelo de negocio. Te informaremos de cualquier cambio a través de este Centro de Ayuda y, cuando el cambio sea relevante, por correo electrónico.

Si consideras que tu derecho a la protección de datos personales ha sido lesionado, puedes acudir al Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales (INAI). Para mayor información visita [www.inai.org.mx](https://home.inai.org.mx).
"""

EDITS = [
    {"note": "typo fixed: 'tranferencias' -> 'transferencias' (no date change)", "bump": False,
     "repl": [("oposición a las tranferencias que", "oposición a las transferencias que")]},
    {"note": "a processor row added to the transfers table (ticket-delivery courier)",
     "repl": [("| Autoridades competentes |",
               "| Empresas de mensajería | Entregar boletos físicos en el domicilio que indiques | No |\n"
               "| Autoridades competentes |")]},
    {"note": "privacy department phone number changed",
     "repl": [("al teléfono 55 4161 2020, de lunes", "al teléfono 55 8421 3300, de lunes")]},
    {"note": "retention of inactive accounts shortened from 24 to 18 months",
     "repl": [("sin actividad durante 24 meses", "sin actividad durante 18 meses")]},
    {"note": "new section on identity verification of sellers (selfie and ID check, biometric data)",
     "repl": [("BoletoYa no solicita datos personales sensibles. Si en algún momento",
               "BoletoYa no solicita datos personales sensibles para la compra de boletos. Si en algún momento"),
              ("## 3. Finalidades del tratamiento",
               "### 2.1 Verificación de identidad de vendedores\n\n"
               "Para vender boletos de eventos de alta demanda te pediremos verificar tu identidad mediante una "
               "fotografía de tu identificación oficial y una selfie. La comparación facial la realiza nuestro "
               "proveedor de verificación y los datos biométricos resultantes se eliminan en un plazo de 30 días "
               "naturales. Trataremos estos datos sensibles solo con tu consentimiento expreso, que otorgarás por "
               "medio de una firma electrónica antes de iniciar la verificación.\n\n"
               "## 3. Finalidades del tratamiento")]},
]

RELATED = [
    ("360052718511", "¿Cómo vendo mis boletos?"), ("360052718523", "Garantía BoletoYa"),
    ("360052718547", "Términos y Condiciones de Uso"), ("360052718559", "Política de Cookies"),
    ("360052718601", "¿Cuándo recibo el pago de mis boletos vendidos?"),
    ("360052718633", "Mi evento fue cancelado o pospuesto"), ("360052718677", "¿Cómo transfiero un boleto?"),
    ("360052718689", "Solicitar factura (CFDI)"), ("360052718701", "Eliminar mi cuenta"),
]
SECTION = [
    ("360052718431", "Aviso de Privacidad Integral"), ("360052718547", "Términos y Condiciones de Uso"),
    ("360052718559", "Política de Cookies"), ("360052718701", "Eliminar mi cuenta"),
    ("360052718713", "Aviso de Privacidad Simplificado"),
]

V4_FROM = dt.datetime(2024, 6, 11)


def noise(rng, when, i, prev):
    p = prev or {}
    s = {}
    s["csrf"] = "hc:meta:server:" + C.b64tok(rng, 48).replace("/", "_").replace("+", "-").rstrip("=")
    s["zd_build"] = C.keep_or(rng, p.get("zd_build"), 0.6, lambda: (rng.randint(26100, 29900), C.hexs(rng, 32)))
    s["theme_digest"] = C.keep_or(rng, p.get("theme_digest"), 0.2, lambda: str(rng.randint(10 ** 12, 10 ** 13)))
    up, tot = p.get("votes", (rng.randint(150, 200), rng.randint(230, 280)))
    add = rng.randint(0, 9)
    s["votes"] = (up + rng.randint(0, add), tot + add)
    s["resaved"] = C.keep_or(rng, p.get("resaved"), 0.08,
                             lambda: when - dt.timedelta(days=rng.randint(1, 40), minutes=rng.randint(0, 900)))
    s["related"] = C.keep_or(rng, p.get("related"), 0.1, lambda: tuple(rng.sample(range(len(RELATED)), 5)))
    s["user_hash"] = C.hexs(rng, 40)
    return s


LABELS = {"csrf": "CSRF token (meta and HelpCenter object)", "zd_build": "Zendesk build comment and asset digests",
          "theme_digest": "theme ?digest= (theme published)", "votes": "article vote count",
          "resaved": "'Actualizado' stamp of an agent's re-save", "related": "related articles list",
          "user_hash": "anonymous user identifier in HelpCenter", "theme": "Copenhagen theme version"}


def body_html(blocks):
    # the Zendesk article editor's output: plain tags, tables with a <colgroup> and a border style
    out = []
    for kind, v in blocks:
        if kind == "table":
            w = 100 // len(v[0])
            cols = "".join('<col style="width: %d%%;">' % w for _ in v[0])
            head = "".join("<th>%s</th>" % C.inline_html(x) for x in v[0])
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r) for r in v[1:])
            out.append('<table style="border-collapse: collapse; width: 100%%;" border="1"><colgroup>%s</colgroup>'
                       "<thead><tr>%s</tr></thead><tbody>%s</tbody></table>" % (cols, head, rows))
        elif kind == "p" and v.startswith("Fecha de última actualización"):
            out.append('<p class="wysiwyg-text-align-right"><em>%s</em></p>' % C.inline_html(v))
        else:
            out.append(C.block_html((kind, v)))
    return "\n".join(out)


def render(state, blocks, when):
    v4 = when >= V4_FROM
    state["theme"] = "copenhagen v4" if v4 else "copenhagen v2"
    build, bhash = state["zd_build"]
    dig = state["theme_digest"]
    up, tot = state["votes"]
    rs = state["resaved"]
    title = "Aviso de Privacidad Integral"
    hc = {"account": {"subdomain": "boletoya", "environment": "production", "name": "BoletoYa"},
          "user": {"identifier": state["user_hash"], "email": None, "name": "", "role": "anonymous",
                   "avatar_url": "https://assets.zendesk.com/hc/assets/default_avatar.png", "is_admin": False,
                   "organizations": [], "groups": []},
          "internal": {"api_url": "https://ayuda.boletoya.mx/hc/api/internal",
                       "current_session": {"locale": "es-419", "csrf_token": state["csrf"],
                                           "shared_csrf_token": None},
                       "settings": {"zopim_enabled": False, "spam_filter_enabled": True},
                       "current_record_id": "360052718431", "current_record_url": "/hc/es-419/articles/360052718431",
                       "current_record_title": title, "search_results": [], "current_text_direction": "ltr",
                       "current_brand_id": 360004418231, "current_brand_name": "BoletoYa",
                       "current_brand_url": "https://boletoya.zendesk.com", "current_host_mapping": "ayuda.boletoya.mx",
                       "current_path": "/hc/es-419/articles/360052718431-Aviso-de-Privacidad-Integral",
                       "authentication_domain": "https://boletoya.zendesk.com", "show_autocomplete_breadcrumbs": True,
                       "user_info_changing_enabled": False, "has_user_profiles_enabled": False,
                       "has_end_user_attachments": True, "user_aliases_enabled": False,
                       "has_anonymous_kb_voting": False, "has_multi_language_help_center": False,
                       "mfa_enabled_for_help_center_end_users": False, "theming_center_url": None,
                       "theming_cookie_key": "hc-da-theme-" + ("4a7f" if v4 else "2c19"),
                       "is_preview": False, "has_search_settings_in_plan": True}}
    related = "".join('<li><a href="/hc/es-419/related/click?data=%s" rel="nofollow">%s</a></li>'
                      % (C.det_sha("rel", RELATED[j][0], state["csrf"])[:40], html.escape(RELATED[j][1]))
                      for j in state["related"])
    section = "".join('<li><a href="/hc/es-419/articles/%s" class="sidenav-item%s">%s</a></li>'
                      % (a, " current-article" if a == "360052718431" else "", html.escape(t)) for a, t in SECTION)
    meta_time = ('<time datetime="%s" title="%s" data-datetime="relative">%d de %s de %d %s</time>'
                 % (C.iso(rs), rs.strftime("%Y-%m-%d %H:%M"), rs.day, MESES[rs.month - 1], rs.year,
                    rs.strftime("%H:%M")))
    if v4:
        head_extra = ('<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-%s.css" media="all" '
                      'id="stylesheet" />\n  <link rel="stylesheet" type="text/css" '
                      'href="/hc/theming_assets/01HZK8A4V2W6N1Q3X9R5T7C2M4/style.css?digest=%s">'
                      % (bhash[:32], dig))
        header = """<header class="header">
  <div class="logo">
    <a title="Inicio" href="/hc/es-419">
      <img src="/hc/theming_assets/01HZK8A4V2W6N1Q3X9R5T7C2M4/logo.svg" alt="Página principal del Centro de ayuda de BoletoYa" />
    </a>
  </div>
  <div class="nav-wrapper-desktop">
    <nav class="user-nav" id="user-nav" aria-label="Navegación por el usuario">
      <ul class="user-nav-list">
        <li><a href="https://www.boletoya.mx">Ir a BoletoYa.mx</a></li>
        <li><a class="submit-a-request" href="/hc/es-419/requests/new">Enviar una solicitud</a></li>
      </ul>
    </nav>
    <a class="sign-in" rel="nofollow" data-auth-action="signin" title="Abre un cuadro de diálogo" role="button" href="/hc/es-419/signin?return_to=%2Fhc%2Fes-419%2Farticles%2F360052718431">Iniciar sesión</a>
  </div>
</header>"""
        container_open = """<div class="container">
    <div class="sub-nav">
      <nav aria-label="Ruta de navegación actual"><ol class="breadcrumbs">
  <li title="Centro de Ayuda BoletoYa"><a href="/hc/es-419">Centro de Ayuda BoletoYa</a></li>
  <li title="Legal"><a href="/hc/es-419/categories/360003591472-Legal">Legal</a></li>
  <li title="Privacidad"><a href="/hc/es-419/sections/360008170232-Privacidad">Privacidad</a></li>
</ol></nav>
      <div class="search-container">
        <svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="search-icon" aria-hidden="true"><circle cx="4.5" cy="4.5" r="4" fill="none" stroke="currentColor"/><path stroke="currentColor" stroke-linecap="round" d="M11 11L7.5 7.5"/></svg>
        <form role="search" class="search" data-search="" action="/hc/es-419/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" /><input type="search" name="query" id="query" placeholder="Buscar" autocomplete="off" aria-label="Buscar" /></form>
      </div>
    </div>"""
    else:
        head_extra = ('<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-%s.css" media="all" '
                      'id="stylesheet" />\n  <link rel="stylesheet" type="text/css" '
                      'href="/hc/theming_assets/1289442/360004418231/style.css?digest=%s">'
                      % (bhash[:32], dig))
        header = """<header class="header">
  <div class="logo">
    <a title="Inicio" href="/hc/es-419">
      <img src="/hc/theming_assets/01H4BS9QJ0R1Y0X4T9D0VQW5PZ/logo.png" alt="Página principal del Centro de ayuda de BoletoYa" />
    </a>
  </div>
  <div class="nav-wrapper">
    <button class="menu-button" aria-controls="user-nav" aria-expanded="false" aria-label="Alternar menú de navegación">
      <svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" focusable="false" viewBox="0 0 16 16" class="icon-menu"><path fill="none" stroke="currentColor" stroke-linecap="round" d="M1.5 3.5h13m-13 4h13m-13 4h13"/></svg>
    </button>
    <nav class="user-nav" id="user-nav">
      <a href="https://www.boletoya.mx">Ir a BoletoYa.mx</a>
      <a class="submit-a-request" href="/hc/es-419/requests/new">Enviar una solicitud</a>
    </nav>
    <a class="sign-in" rel="nofollow" data-auth-action="signin" title="Abre un cuadro de diálogo" role="button" href="/hc/es-419/signin?return_to=https%3A%2F%2Fayuda.boletoya.mx%2Fhc%2Fes-419%2Farticles%2F360052718431">Iniciar sesión</a>
  </div>
</header>"""
        container_open = """<div class="container">
    <nav class="sub-nav">
      <ol class="breadcrumbs">
  <li title="Centro de Ayuda BoletoYa"><a href="/hc/es-419">Centro de Ayuda BoletoYa</a></li>
  <li title="Legal"><a href="/hc/es-419/categories/360003591472-Legal">Legal</a></li>
  <li title="Privacidad"><a href="/hc/es-419/sections/360008170232-Privacidad">Privacidad</a></li>
</ol>
      <div class="search-container">
        <svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="search-icon"><circle cx="4.5" cy="4.5" r="4" fill="none" stroke="currentColor"/><path stroke="currentColor" stroke-linecap="round" d="M11 11L7.5 7.5"/></svg>
        <form role="search" class="search" data-search="" action="/hc/es-419/search" accept-charset="UTF-8" method="get"><input name="utf8" type="hidden" value="&#x2713;" autocomplete="off" /><input type="search" name="query" id="query" placeholder="Buscar" autocomplete="off" aria-label="Buscar" /></form>
      </div>
    </nav>"""
    votes = ('<small class="article-votes-count">\n            <span class="article-vote-label">A %d de %d '
             'les pareció útil este artículo</span>\n          </small>' % (up, tot))
    doc = """<!DOCTYPE html>
<html dir="ltr" lang="es-419">
<head>
  <meta charset="utf-8" />
  <!-- v%(build)d -->


  <title>%(title)s &ndash; Centro de Ayuda BoletoYa</title>

  <meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="%(csrf)s">
<link rel="canonical" href="%(url)s">
<link rel="alternate" hreflang="es-419" href="%(url)s">
<link rel="alternate" hreflang="x-default" href="%(url)s">

  %(head_extra)s
  <link rel="icon" type="image/x-icon" href="/hc/theming_assets/01H4BS9QJ0R1Y0X4T9D0VQW5PZ/favicon.ico">
  <script src="//static.zdassets.com/hc/assets/jquery-ed472032c65bb4295993684c673d706a.js"></script>
  <meta content="width=device-width, initial-scale=1.0" name="viewport" />
  <meta name="description" content="Fecha de última actualización. En BoletoYa, S.A.P.I. de C.V. sabemos que cuando compras o vendes un boleto nos confías información importante." />
  <!-- Google tag (gtag.js) -->
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-8QW2JX4D1S"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){dataLayer.push(arguments);}
    gtag('js', new Date());
    gtag('config', 'G-8QW2JX4D1S');
  </script>
  <script type="text/javascript" src="/hc/theming_assets/01H4BS9QJ0R1Y0X4T9D0VQW5PZ/script.js?digest=%(dig)s"></script>
</head>
<body class="">
  <a class="skip-navigation" tabindex="1" href="#main-content">Saltar al contenido principal</a>

%(header)s

  <main role="main">
    %(container_open)s

    <div class="article-container" id="article-container">
      <aside class="article-sidebar" aria-labelledby="section-articles-title">
        <div class="collapsible-sidebar">
          <button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button>
          <h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Artículos en esta sección</h2>
          <div class="collapsible-sidebar-body">
            <ul>%(section)s</ul>
            <a href="/hc/es-419/sections/360008170232-Privacidad" class="article-sidebar-item">Ver más</a>
          </div>
        </div>
      </aside>

      <article id="main-content" class="article">
        <header class="article-header">
          <h1 title="%(title)s" class="article-title">
            %(title)s
          </h1>

          <div class="article-author">
            <div class="avatar article-avatar">
              <img src="https://boletoya.zendesk.com/system/photos/360123845732/legal.png" alt="" class="user-avatar"/>
            </div>
            <div class="article-meta">
              Equipo Legal BoletoYa
              <ul class="meta-group">
                <li class="meta-data">%(meta_time)s</li>
                <li class="meta-data">Actualizado</li>
              </ul>
            </div>
          </div>

          <a class="article-subscribe button-primary" title="Abre un cuadro de diálogo" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false" href="/hc/es-419/articles/360052718431-Aviso-de-Privacidad-Integral/subscription.json">Seguir</a>
        </header>

        <section class="article-info">
          <div class="article-content">
            <div class="article-body">%(body)s</div>

          </div>
        </section>

        <footer>
          <div class="article-footer">
            <div class="article-share">
  <ul class="share">
    <li><a href="https://www.facebook.com/share.php?title=Aviso+de+Privacidad+Integral&amp;u=%(qurl)s" class="share-facebook" aria-label="Facebook"></a></li>
    <li><a href="https://twitter.com/share?lang=es&amp;text=Aviso+de+Privacidad+Integral&amp;url=%(qurl)s" class="share-twitter" aria-label="X Corp"></a></li>
    <li><a href="https://www.linkedin.com/shareArticle?mini=true&amp;source=BoletoYa&amp;title=Aviso+de+Privacidad+Integral&amp;url=%(qurl)s" class="share-linkedin" aria-label="LinkedIn"></a></li>
  </ul>
</div>
          </div>

          <div class="article-votes">
            <h2 class="article-votes-question" id="article-votes-label">¿Fue útil este artículo?</h2>
            <div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
              <button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="Este artículo fue útil" aria-pressed="false">Sí</button>
              <button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="Este artículo no fue útil" aria-pressed="false">No</button>
            </div>
            %(votes)s
          </div>

          <div class="article-more-questions">
            ¿Tiene más preguntas? <a href="/hc/es-419/requests/new">Enviar una solicitud</a>
          </div>
          <div class="article-return-to-top">
            <a href="#article-container">Regresar al inicio<svg xmlns="http://www.w3.org/2000/svg" class="article-return-to-top-icon" width="20" height="20" focusable="false" viewBox="0 0 12 12" aria-hidden="true"><path fill="none" stroke="currentColor" stroke-linecap="round" d="M3 4.5l2.6 2.6c.2.2.5.2.7 0L9 4.5"/></svg></a>
          </div>
        </footer>

        <section class="article-relatives">
          <div data-recent-articles></div>
          <section class="related-articles" aria-labelledby="related-articles-title">
  <h2 class="related-articles-title" id="related-articles-title">Artículos relacionados</h2>
  <ul>%(related)s</ul>
</section>
        </section>
      </article>
    </div>
  </div>
  </main>

  <footer class="footer">
  <div class="footer-inner">
    <a title="Inicio" href="/hc/es-419">Centro de Ayuda BoletoYa</a>
    <div class="footer-links">
      <a href="https://www.boletoya.mx/terminos">Términos y Condiciones</a>
      <a href="/hc/es-419/articles/360052718431-Aviso-de-Privacidad-Integral">Aviso de Privacidad</a>
      <a href="https://www.boletoya.mx/vende">Vende tus boletos</a>
    </div>
    <div class="footer-language-selector"></div>
  </div>
</footer>

  <!-- / -->

  <script type="text/javascript" src="//static.zdassets.com/hc/assets/es-419.%(b2)s.js"></script>
  <script src="https://boletoya.zendesk.com/auth/v2/host/without_iframe.js" data-brand-id="360004418231" data-return-to="%(url)s" data-theme="hc" data-locale="es-419" data-auth-origin="360004418231,true,true"></script>

  <script type="text/javascript">
  /*

    The variables "HelpCenter" and "I18N" are internally used by Help Center and
    are not part of the public API. Do not use them in your theme.

  */
  (function() {
    var HelpCenter = %(hc)s;
    window.HelpCenter = HelpCenter;
  })();
  </script>

  <script src="//static.zdassets.com/hc/assets/moment-%(b3)s.js"></script>
  <script src="//static.zdassets.com/hc/assets/hc_enduser-%(b4)s.js"></script>
  <script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=7d1c2a5e-3f0b-4c6e-9a44-1b8f6e2d9c30"></script>
</body>
</html>
""" % {"build": build, "title": title, "csrf": html.escape(state["csrf"]), "url": URL,
       "qurl": "https%3A%2F%2Fayuda.boletoya.mx%2Fhc%2Fes-419%2Farticles%2F360052718431",
       "head_extra": head_extra, "dig": dig, "header": header, "container_open": container_open,
       "section": section, "meta_time": meta_time, "body": body_html(blocks), "votes": votes,
       "related": related, "b2": bhash[:20], "b3": bhash[4:36], "b4": bhash[::-1][:32],
       "hc": json.dumps(hc, ensure_ascii=False).replace("</", "<\\/")}
    return doc


PAGE = {
    "service": "BoletoYa",
    "url": URL,
    "lang": "es-419",
    "platform": "Zendesk Guide (Copenhagen theme v2, v4 from June 2024)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-Zendesk-Origin-Server", "app-server-7c9d"),
                      ("Cache-Control", "max-age=0, private, must-revalidate")),
    "n": 30,
    "start": dt.date(2022, 9, 1),
    "end": dt.date(2025, 4, 30),
    "hours": (1, 7, 13, 19),
    "policy": POLICY,
    "first_updated": dt.date(2022, 7, 18),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".article-body"},
}
