"""A Spanish trade-union confederation's privacy policy, Drupal 7 (custom Zen subtheme) with CiviCRM for members,
migrated on 2024-03-18 to Drupal 10 (Bootstrap 5 Barrio subtheme) with CiviCRM 5: the body field of the basic
page (D7 .field-name-body, D10 .field--name-body: the declaration's history records the D7 selector). Noise:
D7's ajaxPageState theme_token and the search form's form_build_id per visit; CiviCRM's qfKey in the "Boletín"
signup block; an "Actualidad" news rail (latest three news items) beside the body; D10's views js-view-dom-id
hash per uncached render and aggregated-CSS hashes per deploy."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """Última actualización: {UPDATED}

En la Unión General Sindical (en adelante, UGS) somos conscientes de que la afiliación a un sindicato es un dato especialmente protegido. Por eso tratamos la información de nuestras afiliadas y afiliados, delegadas y delegados, y de todas las personas que contactan con nosotros con la máxima confidencialidad, de acuerdo con el Reglamento (UE) 2016/679, General de Protección de Datos (RGPD), y con la Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales y garantía de los derechos digitales (LOPDGDD).

## 1. Responsable del tratamiento

@ Unión General Sindical – Comisión Ejecutiva Confederal
@ CIF: G28765432
@ Calle de Embajadores, 181, 28045 Madrid
@ Teléfono: 914 675 200
@ Correo electrónico: protecciondatos@ugs.es

Cuando se afilia, sus datos son tratados de forma conjunta por la Confederación y por la federación de rama y la unión territorial a la que corresponda su centro de trabajo, que forman parte de la misma organización sindical.

## 2. Delegado de Protección de Datos

Hemos designado un Delegado de Protección de Datos (DPD), con quien puede contactar para cualquier cuestión relativa al tratamiento de sus datos en dpd@ugs.es o por correo postal en la dirección anterior, indicando «A la atención del DPD».

## 3. ¿Qué datos tratamos?

- Datos identificativos y de contacto: nombre y apellidos, DNI o NIE, dirección postal, teléfono y correo electrónico.
- Datos laborales: empresa, centro de trabajo, categoría profesional, tipo de contrato y convenio colectivo aplicable.
- Datos económicos: cuenta bancaria para el cobro de la cuota sindical o, si así lo solicita, autorización para su descuento en nómina.
- Datos de afiliación sindical, que tienen la consideración de categoría especial de datos conforme al artículo 9 del RGPD.
- Datos relativos a consultas y procedimientos, cuando recurre a nuestra asesoría jurídica o a nuestros servicios de orientación laboral.

## 4. ¿Con qué finalidad y con qué legitimación?

| Finalidad | Base jurídica |
| --- | --- |
| Gestionar su afiliación y el cobro de las cuotas | Relación asociativa (art. 6.1.b RGPD) y art. 9.2.d RGPD |
| Prestarle asesoramiento y defensa jurídica | Relación asociativa y art. 9.2.f RGPD |
| Organizar los procesos de elecciones sindicales | Cumplimiento de obligaciones legales (Estatuto de los Trabajadores) |
| Enviarle información sindical, boletines y convocatorias | Interés legítimo respecto de las personas afiliadas; consentimiento en los demás casos |
| Atender las consultas recibidas a través de la web | Consentimiento (art. 6.1.a RGPD) |
| Gestionar las inscripciones en cursos de formación | Consentimiento y, en su caso, obligaciones derivadas de la financiación pública |

No elaboramos perfiles ni adoptamos decisiones automatizadas sobre usted.

Si nos facilita datos de terceras personas, por ejemplo de familiares beneficiarios de los servicios incluidos en la cuota, usted garantiza haberles informado previamente y contar con su autorización. Las personas menores de dieciséis años que se afilien o participen en nuestras actividades formativas deberán contar con la autorización de quien ejerza la patria potestad o tutela.

## 5. ¿A quién comunicamos sus datos?

Sus datos no se cederán a terceros salvo obligación legal o en los supuestos siguientes:

| Destinatario | Motivo |
| --- | --- |
| Su empresa | Únicamente si solicita el descuento de la cuota en nómina (art. 11.2 de la Ley Orgánica de Libertad Sindical) |
| Entidades bancarias | Cobro de las cuotas por domiciliación |
| Oficinas públicas de registro de elecciones sindicales | Presentación de candidaturas y actas electorales |
| Juzgados, tribunales y Administración laboral | Defensa de sus intereses cuando así lo solicite |

Además, contamos con proveedores que acceden a los datos por cuenta de UGS, como el alojamiento de nuestra base de datos de afiliación (CiviCRM) en servidores ubicados en la Unión Europea y el servicio de envío de boletines electrónicos. Todos ellos han firmado el correspondiente contrato de encargo del tratamiento.

## 6. ¿Durante cuánto tiempo conservamos sus datos?

Conservamos los datos de afiliación mientras mantenga su condición de persona afiliada. Tras la baja, los datos se conservarán bloqueados durante cinco años para atender posibles responsabilidades y obligaciones fiscales, y posteriormente se suprimirán. Los expedientes de asesoría jurídica se conservan durante el plazo de prescripción de las acciones correspondientes. Los datos de las personas suscritas únicamente al boletín se conservan hasta que soliciten la baja.

## 7. ¿Cuáles son sus derechos?

Puede ejercer en cualquier momento sus derechos de acceso, rectificación, supresión, oposición, limitación del tratamiento y portabilidad, así como retirar el consentimiento prestado, dirigiéndose por escrito a la dirección postal indicada o a protecciondatos@ugs.es, acompañando copia de su documento de identidad. También puede hacerlo presencialmente en cualquiera de nuestras sedes.

Si considera que no hemos tratado sus datos correctamente, puede presentar una reclamación ante la Agencia Española de Protección de Datos:

@ Agencia Española de Protección de Datos
@ C/ Jorge Juan, 6, 28001 Madrid
@ [www.aepd.es](https://www.aepd.es)

## 8. Seguridad y confidencialidad

Todas las personas que, en nuestra organización, tienen acceso a datos de afiliación —incluidos los delegados y delegadas y el personal de las sedes— están sujetas al deber de confidencialidad, que se mantiene incluso después de finalizar su relación con el sindicato. Aplicamos las medidas técnicas y organizativas previstas en el Esquema Nacional de Seguridad en la medida en que resultan aplicables a nuestra actividad.

## 9. Cookies

Esta web utiliza únicamente cookies técnicas y, si usted lo acepta, cookies de análisis. Puede consultar el detalle en nuestra [Política de cookies](/politica-de-cookies)."""

EDITS = [
    {"note": "two words inserted in the data list: 'orientación e inserción laboral' (no date change)", "bump": False,
     "repl": [("cuando recurre a nuestra asesoría jurídica o a nuestros servicios de orientación laboral.",
               "cuando recurre a nuestra asesoría jurídica o a nuestros servicios de orientación e inserción laboral.")]},
    {"note": "new section on the internal whistleblowing channel (Ley 2/2023) before Cookies",
     "repl": [("## 9. Cookies", "## 9. Sistema interno de información\n\n"
               "En cumplimiento de la Ley 2/2023, de 20 de febrero, reguladora de la protección de las personas que "
               "informen sobre infracciones normativas, UGS dispone de un canal interno de información. Los datos "
               "de las personas informantes y de las personas afectadas se tratarán exclusivamente para tramitar la "
               "comunicación, se conservarán durante un máximo de tres meses si no se inicia una investigación y en "
               "ningún caso se comunicará la identidad de la persona informante a la persona afectada.\n\n"
               "## 10. Cookies")]},
    {"note": "retention after leaving shortened from five to four years (tax limitation period)",
     "repl": [("durante cinco años para atender posibles responsabilidades y obligaciones fiscales",
               "durante cuatro años, plazo de prescripción de las obligaciones tributarias, para atender posibles responsabilidades")]},
    {"note": "recipient row added: the insurer of the members' accident insurance",
     "repl": [("| Juzgados, tribunales y Administración laboral | Defensa de sus intereses cuando así lo solicite |",
               "| Juzgados, tribunales y Administración laboral | Defensa de sus intereses cuando así lo solicite |\n"
               "| Compañía aseguradora del seguro de accidentes de la afiliación | Alta en la póliza colectiva incluida en la cuota |")]},
    {"note": "head office moved and new phone number",
     "repl": [("@ Calle de Embajadores, 181, 28045 Madrid\n@ Teléfono: 914 675 200",
               "@ Paseo de las Delicias, 65, 28045 Madrid\n@ Teléfono: 915 270 318")]},
]

NEWS = [
    (dt.date(2022, 5, 20), "UGS firma el convenio de grandes almacenes con una subida del 3,5 %"),
    (dt.date(2022, 7, 4), "Concentraciones en toda España contra la siniestralidad laboral"),
    (dt.date(2022, 9, 28), "La huelga de la limpieza de edificios logra un acuerdo"),
    (dt.date(2022, 11, 10), "Movilizaciones para salarios: «Subir salarios, bajar precios»"),
    (dt.date(2023, 2, 14), "El SMI sube a 1.080 euros: lo que debes saber"),
    (dt.date(2023, 4, 26), "Primero de Mayo: manifestaciones en 60 ciudades"),
    (dt.date(2023, 6, 15), "Acuerdo para el Empleo y la Negociación Colectiva 2023-2025"),
    (dt.date(2023, 10, 3), "Elecciones sindicales: UGS gana en el sector de hostelería de Baleares"),
    (dt.date(2024, 1, 22), "Reducción de jornada a 37,5 horas: arranca la mesa de diálogo social"),
    (dt.date(2024, 4, 29), "1 de mayo: «Por el pleno empleo y la reducción de jornada»"),
    (dt.date(2024, 7, 9), "Olas de calor: cómo exigir medidas en tu centro de trabajo"),
    (dt.date(2024, 11, 5), "DANA: permisos retribuidos y ayudas para las personas trabajadoras afectadas"),
    (dt.date(2025, 2, 11), "El SMI se sitúa en 1.184 euros en catorce pagas"),
    (dt.date(2025, 4, 30), "Primero de Mayo 2025: miles de personas en las calles"),
    (dt.date(2025, 7, 1), "Registro horario digital: lo que cambia para tu empresa"),
    (dt.date(2025, 9, 15), "Negociación colectiva: balance del primer semestre"),
]

MIGRATION = dt.date(2024, 3, 18)


def noise(rng, when, i, prev):
    prev = prev or {}
    d = when.date()
    d10 = d >= MIGRATION
    news = tuple(t for nd, t in NEWS if nd <= d)[-3:][::-1]
    st = {"platform": "Drupal 10 + Barrio" if d10 else "Drupal 7 + Zen",
          "news": news,
          "qfkey": C.hexs(rng, 32) + "_" + str(rng.randint(1000, 9999)),
          "css": C.keep_or(rng, prev.get("css") if prev.get("platform") == ("Drupal 10 + Barrio" if d10 else "Drupal 7 + Zen") else None,
                           0.25, lambda: C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))}
    if d10:
        st["view_dom_id"] = C.hexs(rng, 64)
    else:
        st["theme_token"] = C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        st["form_build_id"] = "form-" + C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    return st


LABELS = {"platform": "CMS (Drupal 7 -> Drupal 10 migration)", "news": "Actualidad news rail",
          "qfkey": "CiviCRM qfKey in Boletín block", "css": "aggregated CSS hash",
          "view_dom_id": "views js-view-dom-id", "theme_token": "Drupal.settings theme_token",
          "form_build_id": "search form_build_id"}


def _slug(t):
    import re
    import unicodedata
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:60]


def render_d7(s, blocks):
    body = C.blocks_html(blocks)
    news = "\n".join('<li class="views-row"><span class="field-content"><a href="/noticias/%s">%s</a></span></li>'
                     % (_slug(t), t) for t in s["news"])
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="es" version="XHTML+RDFa 1.0" dir="ltr">
<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="https://www.ugs.es/sites/all/themes/ugs/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="generator" content="Drupal 7 (http://drupal.org)" />
<link rel="canonical" href="https://www.ugs.es/politica-de-privacidad" />
  <title>Política de privacidad | UGS - Unión General Sindical</title>
  <style type="text/css" media="all">
@import url("https://www.ugs.es/modules/system/system.base.css?rk2f9s");
@import url("https://www.ugs.es/sites/all/modules/civicrm/css/civicrm.css?rk2f9s");
</style>
<link type="text/css" rel="stylesheet" href="https://www.ugs.es/sites/default/files/css/css_%(css)s.css" media="all" />
  <script type="text/javascript" src="https://www.ugs.es/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="https://www.ugs.es/misc/drupal.js?rk2f9s"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":"","setHasJsCookie":0,"ajaxPageState":{"theme":"ugs","theme_token":"%(tt)s","js":{"misc\\/jquery.js":1,"misc\\/drupal.js":1,"sites\\/all\\/modules\\/eu_cookie_compliance\\/js\\/eu_cookie_compliance.min.js":1}},"eu_cookie_compliance":{"cookie_policy_version":"1.0.0","popup_enabled":1,"popup_agreed_enabled":0,"popup_hide_agreed":0,"popup_clicking_confirmation":false,"popup_scrolling_confirmation":false,"popup_html_info":"\\u003Cdiv class=\\u0022eu-cookie-compliance-banner eu-cookie-compliance-banner-info\\u0022\\u003EUtilizamos cookies propias y de terceros\\u003C\\/div\\u003E"},"googleanalytics":{"trackOutbound":1,"trackMailto":1}});
//--><!]]>
</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-27 node-type-page i18n-es" >
  <div id="skip-link">
    <a href="#main-content" class="element-invisible element-focusable">Pasar al contenido principal</a>
  </div>
    <div id="page">
  <header class="header" id="header" role="banner">
    <a href="/" title="Inicio" rel="home" class="header__logo" id="logo"><img src="https://www.ugs.es/sites/all/themes/ugs/logo.png" alt="Inicio" class="header__logo-image" /></a>
    <div class="header__region region region-header">
      <div class="block block-search first last odd" role="search" id="block-search-form">
        <form action="/politica-de-privacidad" method="post" id="search-block-form" accept-charset="UTF-8"><div><div class="container-inline">
      <h2 class="element-invisible">Formulario de búsqueda</h2>
    <div class="form-item form-type-textfield form-item-search-block-form">
  <label class="element-invisible" for="edit-search-block-form--2">Buscar </label>
 <input title="Escriba lo que quiere buscar." type="text" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-text" />
</div>
<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="Buscar" class="form-submit" /></div><input type="hidden" name="form_build_id" value="%(fbid)s" />
<input type="hidden" name="form_id" value="search_block_form" />
</div>
</div></form>
      </div>
    </div>
  </header>
  <div id="navigation">
    <nav id="main-menu" role="navigation" tabindex="-1">
      <h2 class="element-invisible">Menú principal</h2><ul class="links inline clearfix"><li class="menu-218 first"><a href="/">Inicio</a></li>
<li class="menu-412"><a href="/quienes-somos">Quiénes somos</a></li>
<li class="menu-413"><a href="/federaciones">Federaciones</a></li>
<li class="menu-414"><a href="/noticias">Actualidad</a></li>
<li class="menu-415"><a href="/asesoria-juridica">Asesoría jurídica</a></li>
<li class="menu-416 last"><a href="/civicrm/contribute/transact?reset=1&amp;id=2">Afíliate</a></li>
</ul>
    </nav>
  </div>
  <div id="main">
    <div id="content" class="column" role="main">
      <div class="breadcrumb"><h2 class="element-invisible">Se encuentra usted aquí</h2><a href="/">Inicio</a> › Política de privacidad</div>
      <a id="main-content"></a>
      <h1 class="page__title title" id="page-title">Política de privacidad</h1>
      <div class="region region-content">
        <div id="block-system-main" class="block block-system first last odd">
          <div class="content">
<div id="node-27" class="node node-page view-mode-full clearfix" about="/politica-de-privacidad" typeof="foaf:Document">
  <span property="dc:title" content="Política de privacidad" class="rdf-meta element-hidden"></span>
  <div class="content">
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">%(body)s
</div></div></div>  </div>
</div>
          </div>
        </div>
      </div>
    </div>
    <aside class="sidebars">
      <section class="region region-sidebar-second column sidebar">
        <div class="block block-block first odd" id="block-block-3">
          <h2 class="block__title block-title">Afíliate</h2>
          <p>Juntas y juntos somos más fuertes. Afíliate a UGS desde 9 euros al mes.</p>
          <p><a class="button" href="/civicrm/contribute/transact?reset=1&amp;id=2">Quiero afiliarme</a></p>
        </div>
        <div class="block block-views even" id="block-views-noticias-block-1">
          <h2 class="block__title block-title">Actualidad</h2>
          <div class="view view-noticias view-id-noticias view-display-id-block_1 view-dom-id-%(vdi)s">
            <div class="view-content"><div class="item-list"><ul>
%(news)s
            </ul></div></div>
          </div>
        </div>
        <div class="block block-civicrm last odd" id="block-civicrm-boletin">
          <h2 class="block__title block-title">Boletín</h2>
          <form action="/civicrm/profile/create?gid=14&amp;reset=1" method="post" name="Edit" id="Edit" class="CRM_Profile_Form_Edit">
            <input name="postURL" type="hidden" value="https://www.ugs.es/gracias-boletin" />
            <input name="qfKey" type="hidden" value="%(qf)s" />
            <input name="email-Primary" type="text" id="email-Primary" class="crm-form-text" placeholder="Correo electrónico" />
            <input class="crm-form-submit default validate" name="_qf_Edit_next" value="Suscribirme" type="submit" id="_qf_Edit_next" />
          </form>
        </div>
      </section>
    </aside>
  </div>
  <footer id="footer" class="region region-footer">
    <div id="block-menu-menu-footer" class="block block-menu first last odd" role="navigation">
      <ul class="menu"><li class="menu__item is-leaf first leaf"><a href="/aviso-legal" class="menu__link">Aviso legal</a></li>
<li class="menu__item is-active is-leaf leaf active"><a href="/politica-de-privacidad" class="menu__link active">Política de privacidad</a></li>
<li class="menu__item is-leaf last leaf"><a href="/politica-de-cookies" class="menu__link">Política de cookies</a></li>
</ul>
    </div>
    <p>© UGS – Unión General Sindical. Calle de Embajadores, 181 – 28045 Madrid</p>
  </footer>
</div>
  <script type="text/javascript" src="https://www.ugs.es/sites/all/modules/eu_cookie_compliance/js/eu_cookie_compliance.min.js?rk2f9s"></script>
</body>
</html>
""" % {"css": s["css"], "tt": s["theme_token"], "fbid": s["form_build_id"], "body": body, "news": news,
       "vdi": C.det_sha("vdi", s["theme_token"]), "qf": s["qfkey"]}


def render_d10(s, blocks):
    body = C.blocks_html(blocks, {"table": "table table-striped"})
    news = "\n".join(
        '<div class="views-row"><article class="node node--type-noticia node--view-mode-teaser">'
        '<h3 class="node__title"><a href="/actualidad/%s" rel="bookmark"><span class="field field--name-title">%s</span></a></h3>'
        '</article></div>' % (_slug(t), t) for t in s["news"])
    return """<!DOCTYPE html>
<html lang="es" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
<link rel="canonical" href="https://www.ugs.es/politica-de-privacidad" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/ugs_barrio/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>Política de privacidad | UGS - Unión General Sindical</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_%(css)s.css?delta=0&amp;language=es&amp;theme=ugs_barrio&amp;include=eJxtjFEKwzAMQy-UNkcKbuO1Zk5cbLds.." />
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_%(css2)s.css?delta=1&amp;language=es&amp;theme=ugs_barrio&amp;include=eJxtjFEKwzAMQy-UNkcKbuO1Zk5cbLds.." />
  </head>
  <body class="layout-one-sidebar layout-sidebar-second page-node-27 path-node page-node-type-page">
    <a href="#main-content" class="visually-hidden-focusable">Pasar al contenido principal</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div id="page-wrapper">
  <div id="page">
    <header id="header" class="header" role="banner" aria-label="Cabecera del sitio">
      <nav class="navbar navbar-dark bg-primary navbar-expand-lg" id="navbar-main">
        <a href="/" title="Inicio" rel="home" class="navbar-brand"><img src="/themes/custom/ugs_barrio/logo.svg" alt="Inicio" class="img-fluid d-inline-block align-top" /> UGS</a>
        <div class="collapse navbar-collapse justify-content-md-end" id="CollapsingNavbar">
          <nav role="navigation" aria-labelledby="block-ugs-barrio-main-menu-menu" id="block-ugs-barrio-main-menu" class="block block-menu navigation menu--main">
            <ul class="clearfix nav navbar-nav" data-component-id="bootstrap_barrio:menu_main">
              <li class="nav-item"><a href="/quienes-somos" class="nav-link">Quiénes somos</a></li>
              <li class="nav-item"><a href="/federaciones" class="nav-link">Federaciones</a></li>
              <li class="nav-item"><a href="/actualidad" class="nav-link">Actualidad</a></li>
              <li class="nav-item"><a href="/asesoria-juridica" class="nav-link">Asesoría jurídica</a></li>
              <li class="nav-item"><a href="/civicrm/contribute/transact?reset=1&amp;id=2" class="nav-link btn btn-warning">Afíliate</a></li>
            </ul>
          </nav>
        </div>
      </nav>
    </header>
    <div id="main-wrapper" class="layout-main-wrapper clearfix">
      <div id="main" class="container">
        <div class="row row-offcanvas row-offcanvas-left clearfix">
          <main class="main-content col" id="content" role="main">
            <section class="section">
              <a id="main-content" tabindex="-1"></a>
              <div data-drupal-messages-fallback class="hidden"></div>
              <div id="block-ugs-barrio-page-title" class="block block-core block-page-title-block">
                <h1 class="title"><span class="field field--name-title field--type-string field--label-hidden">Política de privacidad</span></h1>
              </div>
              <div id="block-ugs-barrio-content" class="block block-system block-system-main-block">
                <div class="content">
<article data-history-node-id="27" class="node node--type-page node--view-mode-full clearfix">
  <div class="node__content clearfix">
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%(body)s
</div>
  </div>
</article>
                </div>
              </div>
            </section>
          </main>
          <div class="sidebar_second sidebar col-md-4 order-last" id="sidebar_second">
            <aside class="section" role="complementary">
              <div id="block-afiliate" class="block block-block-content block-block-content-4e1c2a9b">
                <div class="content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><h2>Afíliate</h2><p>Juntas y juntos somos más fuertes. Afíliate a UGS desde 9 euros al mes.</p><p><a class="btn btn-warning" href="/civicrm/contribute/transact?reset=1&amp;id=2">Quiero afiliarme</a></p></div></div>
              </div>
              <div class="views-element-container block block-views block-views-blockactualidad-block-1" id="block-views-block-actualidad-block-1">
                <h2>Actualidad</h2>
                <div class="content"><div><div class="view view-actualidad view-id-actualidad view-display-id-block_1 js-view-dom-id-%(vdi)s">
%(news)s
                </div></div></div>
              </div>
              <div id="block-boletin" class="block block-civicrm">
                <h2>Boletín</h2>
                <form action="/civicrm/profile/create?gid=14&amp;reset=1" method="post" id="Edit" class="CRM_Profile_Form_Edit">
                  <input name="qfKey" type="hidden" value="%(qf)s" />
                  <input name="email-Primary" type="email" id="email-Primary" class="crm-form-text form-control" placeholder="Correo electrónico" />
                  <button class="crm-form-submit btn btn-primary" name="_qf_Edit_next" type="submit">Suscribirme</button>
                </form>
              </div>
            </aside>
          </div>
        </div>
      </div>
    </div>
    <footer class="site-footer">
      <div class="container">
        <nav role="navigation" id="block-ugs-barrio-footer" class="block block-menu navigation menu--footer">
          <ul class="clearfix nav flex-row"><li class="nav-item"><a href="/aviso-legal" class="nav-link">Aviso legal</a></li><li class="nav-item active"><a href="/politica-de-privacidad" class="nav-link active is-active" aria-current="page">Política de privacidad</a></li><li class="nav-item"><a href="/politica-de-cookies" class="nav-link">Política de cookies</a></li></ul>
        </nav>
        <p class="small">© UGS – Unión General Sindical</p>
      </div>
    </footer>
  </div>
</div>
  </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/27","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"es"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"ajaxPageState":{"libraries":"eJxtjFEKwzAMQy-UNkcKbuO1Zk5cbLds","theme":"ugs_barrio","theme_token":null},"ajaxTrustedUrl":[],"eu_cookie_compliance":{"cookie_policy_version":"1.0.0","popup_enabled":true},"user":{"uid":0,"permissionsHash":"4f2b8e6c1a9d3e7f5b0c2a4d6e8f1a3c5e7b9d0f2a4c6e8b1d3f5a7c9e0b2d4f"}}</script>
<script src="/sites/default/files/js/js_%(css2)s.js?scope=footer&amp;delta=0&amp;language=es&amp;theme=ugs_barrio&amp;include=eJxtjFEKwzAMQy-UNkcKbuO1Zk5cbLds.."></script>
  </body>
</html>
""" % {"css": s["css"], "css2": C.det_sha("css2", s["css"])[:43], "body": body, "news": news,
       "vdi": s["view_dom_id"], "qf": s["qfkey"]}


def render(s, blocks, when):
    return render_d10(s, blocks) if "view_dom_id" in s else render_d7(s, blocks)


PAGE = {
    "service": "UGS Union General Sindical",
    "url": "https://www.ugs.es/politica-de-privacidad",
    "lang": "es",
    "platform": "Drupal 7 (Zen subtheme) + CiviCRM, then Drupal 10 (Bootstrap Barrio subtheme) + CiviCRM 5",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "nginx"), ("X-Generator", "Drupal"), ("X-Drupal-Cache", "MISS"),
                      ("Cache-Control", "no-cache, must-revalidate")],
    "n": 31,
    "start": dt.date(2022, 6, 10),
    "end": dt.date(2025, 10, 5),
    "hours": (1, 13),
    "policy": POLICY,
    "first_updated": dt.date(2021, 11, 3),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.ugs.es/politica-de-privacidad",
                    "select": "article.node--type-page .field--name-body"},
    "history": [{"fetch": "https://www.ugs.es/politica-de-privacidad", "select": "#block-system-main .field-name-body",
                 "validUntil": "2024-03-18T00:00:00Z"}],
}
