"""Spanish animal shelter (protectora) on Joomla: /politica-de-privacidad, a com_content article.

Joomla 3.10 with Protostar until October 2023, then Joomla 4.4 with Cassiopeia; both wrap the article in
`.item-page` with the `dl.article-info` block (modified date and the "Visitas" hits counter, which grows on every
visit) inside it: the declaration selects `.item-page` and removes `.article-info`. Beside it, in the right
column, the "Adopciones este mes" counter, a rotating "Adopta a…" animal card and the members' login module
with Joomla's per-session CSRF token (as the hidden field's name; in J4 also in `joomla-script-options`).
The article's dateModified moves on every save, also saves without a text change.
"""
import datetime as dt
import hashlib
import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]
MONTHS_J = ["Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto", "Septiembre", "Octubre",
            "Noviembre", "Diciembre"]
J4_FROM = dt.datetime(2023, 10, 21)
BASE = "https://www.huellasdelhenares.org"

POLICY = """
# Política de privacidad

Fecha de la última actualización: {UPDATED}

En la Asociación Protectora Huellas del Henares nos tomamos muy en serio la protección de tus datos personales. A continuación te explicamos qué datos recogemos cuando adoptas, acoges, colaboras como voluntario, te haces socio o nos haces un donativo, para qué los usamos y cuáles son tus derechos, de acuerdo con el Reglamento (UE) 2016/679 General de Protección de Datos (RGPD) y la Ley Orgánica 3/2018, de Protección de Datos Personales y garantía de los derechos digitales (LOPDGDD).

## Información básica sobre protección de datos

| Epígrafe | Información básica |
| Responsable | Asociación Protectora Huellas del Henares |
| Finalidad | Gestionar adopciones, acogidas, voluntariado, socios y donaciones, y enviarte información sobre nuestras actividades |
| Legitimación | Ejecución de un contrato, cumplimiento de obligaciones legales, interés legítimo y tu consentimiento |
| Destinatarios | Administraciones públicas y clínicas veterinarias colaboradoras; no se ceden datos a terceros salvo obligación legal |
| Derechos | Acceder, rectificar y suprimir los datos, así como otros derechos que se explican en la información adicional |

## 1. ¿Quién es el responsable del tratamiento de tus datos?

@ Asociación Protectora Huellas del Henares
@ NIF: G-86512943
@ Inscrita en el Registro Nacional de Asociaciones con el número 601227
@ Camino de los Afligidos, s/n
@ 28805 Alcalá de Henares (Madrid)
@ Teléfono: 91 882 45 67
@ Correo electrónico: protecciondatos@huellasdelhenares.org

## 2. ¿Qué datos tratamos y con qué finalidad?

### Adopciones y acogidas

Cuando solicitas adoptar o acoger a uno de nuestros animales, te pedimos tu nombre y apellidos, DNI o NIE, domicilio, teléfono, correo electrónico y la información que nos facilitas en el cuestionario de adopción sobre tu vivienda, tu experiencia con animales y las personas y animales que conviven contigo. Utilizamos estos datos para valorar si el animal encaja en tu hogar, formalizar el contrato de adopción o de acogida y realizar el seguimiento posterior, que puede incluir una visita a tu domicilio previamente acordada contigo.

### Socios, padrinos y donantes

Si te haces socio o padrino de un animal, o nos haces un donativo, tratamos tus datos identificativos, tu dirección, tu número de cuenta bancaria (IBAN) y el importe y la periodicidad de tu aportación, con el fin de gestionar los cobros y enviarte el certificado de donaciones para que puedas aplicar la deducción en tu declaración de la renta.

### Voluntariado

Si colaboras como voluntario, tratamos tus datos de contacto, tu disponibilidad y, en su caso, la información sobre tu formación. Para participar en las actividades de educación con colegios te pediremos además el certificado negativo del Registro Central de Delincuentes Sexuales, tal y como exige la Ley Orgánica 1/1996 de Protección Jurídica del Menor.

### Boletín y redes sociales

Si te suscribes a nuestro boletín, utilizaremos tu correo electrónico para enviarte noticias sobre los animales, campañas de adopción, mercadillos solidarios y llamamientos urgentes. Puedes darte de baja en cualquier momento desde el enlace que aparece al final de cada envío.

## 3. ¿Cuál es la legitimación para el tratamiento de tus datos?

- **Ejecución de un contrato**: la tramitación de la adopción o la acogida y la gestión de las cuotas de socio.
- **Cumplimiento de una obligación legal**: la comunicación de los cambios de titularidad de los animales al registro de identificación correspondiente y la información de donaciones a la Agencia Tributaria.
- **Interés legítimo**: el seguimiento posterior a la adopción para comprobar el bienestar del animal.
- **Consentimiento**: el envío del boletín y la publicación de fotografías tuyas con el animal adoptado en nuestras redes sociales.

## 4. ¿Durante cuánto tiempo conservaremos tus datos?

| Tipo de datos | Plazo de conservación |
| Solicitudes de adopción no aprobadas | 6 meses desde la solicitud |
| Contratos de adopción y acogida | Durante la vida del animal y 5 años más |
| Datos de socios y donantes | Mientras dure la relación y, después, 4 años por obligaciones fiscales |
| Datos de voluntarios | Mientras colabores con nosotros y 1 año más |
| Suscriptores del boletín | Hasta que te des de baja |

## 5. ¿A qué destinatarios se comunicarán tus datos?

Tus datos solo se comunicarán en los siguientes casos:

- Al Registro de Identificación de Animales de Compañía de la Comunidad de Madrid (RIAC), para inscribir el cambio de titular del microchip del animal adoptado.
- A las clínicas veterinarias colaboradoras que atienden a los animales en acogida, cuando sea necesario para su tratamiento.
- A la Agencia Tributaria, mediante la declaración informativa de donativos (modelo 182), si nos has facilitado tu NIF.
- A las entidades bancarias a través de las cuales se cobran las cuotas y donativos.

Además, contamos con proveedores que nos prestan servicios de alojamiento web, envío del boletín (Mailchimp, de The Rocket Science Group LLC, con sede en Estados Unidos y adherida al Marco de Privacidad de Datos UE-EE. UU.) y gestión contable. Todos ellos han firmado con nosotros el correspondiente contrato de encargo del tratamiento.

## 6. ¿Cuáles son tus derechos cuando nos facilitas tus datos?

Cualquier persona tiene derecho a obtener confirmación sobre si estamos tratando datos personales que le conciernan. Tienes derecho a acceder a tus datos personales, a solicitar la rectificación de los datos inexactos o, en su caso, a solicitar su supresión cuando ya no sean necesarios. También puedes solicitar la limitación del tratamiento, oponerte a él y pedir la portabilidad de tus datos.

Para ejercer tus derechos, envía un escrito acompañado de una copia de tu DNI a nuestra dirección postal o al correo protecciondatos@huellasdelhenares.org. Si consideras que no hemos atendido correctamente tu solicitud, puedes presentar una reclamación ante la autoridad de control:

@ Agencia Española de Protección de Datos
@ C/ Jorge Juan, 6
@ 28001 Madrid
@ [www.aepd.es](https://www.aepd.es)

## 7. Fotografías y redes sociales

Nos encanta compartir los finales felices. Solo publicaremos en nuestra web o en nuestras redes sociales fotografías en las que aparezcas con el animal adoptado si nos has dado tu consentimiento expreso, que podrás retirar en cualquier momento. En ese caso, retiraremos la publicación de nuestros perfiles en un plazo máximo de diez días, aunque tambien debes tener en cuenta que otros usuarios pueden haberla compartido.

## 8. Seguridad

Hemos adoptado las medidas técnicas y organizativas necesarias para garantizar la seguridad de tus datos y evitar su alteración, pérdida o acceso no autorizado. Los cuestionarios de adopción en papel se guardan bajo llave en la oficina del refugio y se destruyen de forma segura al finalizar el plazo de conservación.
"""

EDITS = [
    {"note": "typo fixed: 'tambien' -> 'también' (no new date)",
     "repl": [("aunque tambien debes", "aunque también debes")], "bump": False},
    {"note": "retention for rejected adoption applications extended from 6 months to 1 year",
     "repl": [("| Solicitudes de adopción no aprobadas | 6 meses desde la solicitud |",
               "| Solicitudes de adopción no aprobadas | 1 año desde la solicitud |")]},
    {"note": "newsletter processor changed from Mailchimp (US) to Brevo (France)",
     "repl": [("envío del boletín (Mailchimp, de The Rocket Science Group LLC, con sede en Estados Unidos y "
               "adherida al Marco de Privacidad de Datos UE-EE. UU.)",
               "envío del boletín (Brevo, de Sendinblue SAS, con sede en Francia)")]},
    {"note": "section added on CCTV at the shelter",
     "repl": [("## 8. Seguridad",
               "## 8. Videovigilancia en el refugio\n\nPara proteger a los animales y las instalaciones, el "
               "refugio cuenta con cámaras de videovigilancia en los accesos y en las zonas de caniles, señalizadas "
               "con los carteles informativos correspondientes. Las imágenes se conservan durante un máximo de "
               "un mes, salvo que deban ponerse a disposición de las Fuerzas y Cuerpos de Seguridad o de los "
               "juzgados.\n\n## 9. Seguridad")]},
    {"note": "sentence added on Ley 7/2023 (animal welfare act) adopter registry",
     "repl": [("para inscribir el cambio de titular del microchip del animal adoptado.",
               "para inscribir el cambio de titular del microchip del animal adoptado. Desde la entrada en vigor "
               "de la Ley 7/2023, de protección de los derechos y el bienestar de los animales, también "
               "comunicaremos la adopción al registro estatal de animales de compañía cuando esté operativo.")]},
    {"note": "phone number changed",
     "repl": [("@ Teléfono: 91 882 45 67", "@ Teléfono: 91 882 45 90")]},
]

ANIMALS = [("Lola", "perra mestiza, 4 años", "lola-mestiza.jpg"), ("Trufa", "gata común europea, 2 años", "trufa.jpg"),
           ("Rayo", "galgo español, 6 años", "rayo-galgo.jpg"), ("Canela", "podenca, 3 años", "canela.jpg"),
           ("Bimba", "perra mestiza de mastín, 8 años", "bimba.jpg"), ("Misi", "gata tricolor, 1 año", "misi.jpg"),
           ("Sultán", "mestizo de pastor alemán, 10 años", "sultan.jpg")]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MONTHS[d.month - 1], d.year)


def noise(rng, when, i, prev):
    prev = prev or {}
    j4 = when >= J4_FROM
    mv = lambda: C.hexs(rng, 6) if j4 else C.hexs(rng, 32)
    media = C.keep_or(rng, prev.get("media") if (prev.get("media") or {}).get("j4") == j4 else None, 0.15,
                      lambda: {"j4": j4, "v": mv()})
    month = "%04d-%02d" % (when.year, when.month)
    pa = prev.get("adopted")
    if pa and pa["m"] == month:
        adopted = {"m": month, "n": pa["n"] + rng.randint(0, 4)}
    else:
        adopted = {"m": month, "n": rng.randint(when.day // 4, when.day // 4 + 9)}
    resave = prev.get("resave")
    if rng.random() < 0.12:
        resave = C.iso(when - dt.timedelta(hours=rng.randint(2, 300)))
    return {
        "media": media,
        "token": C.hexs(rng, 32),
        "hits": prev.get("hits", 2400 + rng.randint(0, 300)) + rng.randint(20, 260),
        "adopted": adopted,
        "animal": C.keep_or(rng, prev.get("animal"), 0.5, lambda: rng.randrange(len(ANIMALS))),
        "resave": resave,
    }


LABELS = {"media": "Joomla media version query strings (update / template change, J3 -> J4)",
          "token": "per-session CSRF token in login module (and joomla-script-options in J4)",
          "hits": "'Visitas' hits counter inside .item-page (article-info, removed)",
          "adopted": "'Adopciones este mes' counter (sidebar)",
          "animal": "rotating 'Adopta a…' animal card (sidebar)",
          "resave": "article re-saved without text change (dateModified in article-info, removed)"}

_FIRST_SEEN = {}


def _modified(blocks, when, resave):
    h = hashlib.sha1(repr(blocks).encode()).hexdigest()
    if h not in _FIRST_SEEN:
        _FIRST_SEEN[h] = when - dt.timedelta(hours=int(h[:4], 16) % 200 + 5)
    m = _FIRST_SEEN[h]
    if resave:
        r = dt.datetime.strptime(resave, "%Y-%m-%dT%H:%M:%SZ")
        m = max(m, r)
    return m


def _article(state, blocks, when, j4):
    mod = _modified(blocks, when, state["resave"])
    title = blocks[0][1]
    body = C.blocks_html(blocks[1:], {"table": "table table-striped" if j4 else "table table-striped table-bordered"})
    mods = "%02d %s %d" % (mod.day, MONTHS_J[mod.month - 1], mod.year)
    if j4:
        return """<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
    <meta itemprop="inLanguage" content="es-ES">
    <div class="page-header">
        <h1 itemprop="headline">
            %s        </h1>
    </div>
        <dl class="article-info text-muted">
            <dt class="article-info-term">
                        Detalles                    </dt>
                    <dd class="modified">
    <span class="icon-calendar icon-fw" aria-hidden="true"></span>
    <time datetime="%s" itemprop="dateModified">
        Última actualización: %s    </time>
</dd>
                    <dd class="hits">
    <span class="icon-eye icon-fw" aria-hidden="true"></span>
    <meta itemprop="interactionCount" content="UserPageVisits:%d">
    Visitas: %d</dd>
            </dl>
    <div itemprop="articleBody" class="com-content-article__body">
        %s    </div>
</div>""" % (html.escape(title), mod.strftime("%Y-%m-%dT%H:%M:%S+00:00"), mods, state["hits"], state["hits"], body)
    return """<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="es-ES" />
		<div class="page-header">
		<h1 itemprop="headline">
			%s		</h1>
							</div>
			<dl class="article-info muted">
			<dt class="article-info-term">
									Detalles							</dt>
							<dd class="modified">
				<span class="icon-calendar" aria-hidden="true"></span>
				<time datetime="%s" itemprop="dateModified">
					Última actualización: %s				</time>
			</dd>
							<dd class="hits">
					<span class="icon-eye-open" aria-hidden="true"></span>
					<meta itemprop="interactionCount" content="UserPageVisits:%d" />
					Visitas: %d			</dd>
			</dl>
								<div itemprop="articleBody">
		%s	</div>
	</div>""" % (html.escape(title), mod.strftime("%Y-%m-%dT%H:%M:%S+00:00"), mods, state["hits"], state["hits"], body)


MENU = [("/", "Inicio"), ("/adopta", "Adopta"), ("/acoge", "Acoge"), ("/hazte-socio", "Hazte socio"),
        ("/voluntariado", "Voluntariado"), ("/noticias", "Noticias"), ("/contacto", "Contacto")]
RETURN = "aHR0cHM6Ly93d3cuaHVlbGxhc2RlbGhlbmFyZXMub3JnL3BvbGl0aWNhLWRlLXByaXZhY2lkYWQ="


def _side(state, j4):
    name, desc, img = ANIMALS[state["animal"]]
    boxes = [
        ("Adopciones este mes", '<p class="contador-adopciones"><strong>%d</strong> animales han encontrado un hogar '
                                'este mes. ¡Gracias!</p>' % state["adopted"]["n"]),
        ("Adopta a %s" % name, '<p><img src="/images/adopciones/%s" alt="%s" width="260" height="195"></p>'
                               '<p>%s, %s. Lleva en el refugio desde hace meses y busca una familia.</p>'
                               '<p><a class="btn btn-primary" href="/adopta/%s">Conócele</a></p>'
         % (img, name, name, desc, img.split(".")[0])),
        ("Hazte socio", "<p>Por 10 € al mes ayudas a alimentar y curar a nuestros animales.</p>"
                        '<p><a class="btn btn-success" href="/hazte-socio">Quiero ser socio</a></p>'),
    ]
    if j4:
        login = """<form id="login-form-16" class="mod-login" action="/politica-de-privacidad" method="post">
    <div class="mod-login__userdata userdata">
        <div class="mod-login__username form-group"><div class="input-group"><input id="modlgn-username-16" type="text" name="username" class="form-control" autocomplete="username" placeholder="Usuario"><label for="modlgn-username-16" class="visually-hidden">Usuario</label></div></div>
        <div class="mod-login__password form-group"><div class="input-group"><input id="modlgn-passwd-16" type="password" name="password" autocomplete="current-password" class="form-control" placeholder="Contraseña"><label for="modlgn-passwd-16" class="visually-hidden">Contraseña</label></div></div>
        <div class="mod-login__submit form-group"><button type="submit" name="Submit" class="btn btn-primary w-100">Identificarse</button></div>
        <input type="hidden" name="option" value="com_users">
        <input type="hidden" name="task" value="user.login">
        <input type="hidden" name="return" value="%s">
        <input type="hidden" name="%s" value="1">    </div>
</form>""" % (RETURN, state["token"])
        out = "".join('<div class="sidebar-right card "><h3 class="card-header ">%s</h3><div class="card-body">'
                      '<div class="mod-custom custom">%s</div></div></div>' % b for b in boxes)
        return out + '<div class="sidebar-right card "><h3 class="card-header ">Acceso socios</h3><div class="card-body">%s</div></div>' % login
    login = """<form action="/politica-de-privacidad" method="post" id="login-form" class="form-inline">
	<div class="userdata">
		<div id="form-login-username" class="control-group"><div class="controls"><div class="input-prepend"><span class="add-on"><span class="icon-user hasTooltip" title="Usuario"></span><label for="modlgn-username" class="element-invisible">Usuario</label></span><input id="modlgn-username" type="text" name="username" class="input-small" tabindex="0" size="18" placeholder="Usuario" /></div></div></div>
		<div id="form-login-password" class="control-group"><div class="controls"><div class="input-prepend"><span class="add-on"><span class="icon-lock hasTooltip" title="Contraseña"></span><label for="modlgn-passwd" class="element-invisible">Contraseña</label></span><input id="modlgn-passwd" type="password" name="password" class="input-small" tabindex="0" size="18" placeholder="Contraseña" /></div></div></div>
		<div id="form-login-submit" class="control-group"><div class="controls"><button type="submit" tabindex="0" name="Submit" class="btn btn-primary login-button">Identificarse</button></div></div>
		<input type="hidden" name="option" value="com_users" />
		<input type="hidden" name="task" value="user.login" />
		<input type="hidden" name="return" value="%s" />
		<input type="hidden" name="%s" value="1" />	</div>
	</form>""" % (RETURN, state["token"])
    out = "".join('<div class="well "><h3 class="page-header">%s</h3><div class="custom">%s</div></div>' % b for b in boxes)
    return out + '<div class="well "><h3 class="page-header">Acceso socios</h3>%s</div>' % login


def render(state, blocks, when):
    j4 = state["media"]["j4"]
    v = state["media"]["v"]
    if j4:
        menu = "\n".join('<li class="nav-item item-%d%s"><a href="%s" >%s</a></li>'
                         % (101 + k, " default" if k == 0 else "", u, t) for k, (u, t) in enumerate(MENU))
        return """<!DOCTYPE html>
<html lang="es-es" dir="ltr">

<head>
    <meta charset="utf-8">
	<meta name="author" content="Huellas del Henares">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="Protectora de animales en Alcalá de Henares. Adopta, acoge, hazte socio.">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>Política de privacidad - Huellas del Henares</title>
	<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
	<link href="/media/templates/site/cassiopeia/images/favicon.ico" rel="alternate icon" type="image/vnd.microsoft.icon">

    <link href="/media/system/css/joomla-fontawesome.min.css?%s" rel="lazy-stylesheet"><noscript><link href="/media/system/css/joomla-fontawesome.min.css?%s" rel="stylesheet"></noscript>
	<link href="/media/templates/site/cassiopeia/css/template.min.css?%s" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?%s" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/user.css?%s" rel="stylesheet">
	<style>:root { --hue: 28; --template-bg-light: #f6f2ec; --template-text-dark: #3b2a1a; --template-link-color: #b3541e; }</style>

    <script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Error","MESSAGE":"Mensaje","NOTICE":"Aviso","WARNING":"Advertencia","JCLOSE":"Cerrar","JOK":"OK","JOPEN":"Abrir"},"system.paths":{"root":"","rootFull":"https:\\/\\/www.huellasdelhenares.org\\/","base":"","baseFull":"https:\\/\\/www.huellasdelhenares.org\\/"},"csrf.token":"%s","system.keepalive":{"interval":840000,"uri":"\\/index.php?option=com_ajax&amp;format=json"}}</script>
	<script src="/media/system/js/core.min.js?%s"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?%s" type="module"></script>
	<script src="/media/system/js/keepalive.min.js?%s" type="module"></script>
	<script src="/media/vendor/bootstrap/js/collapse.min.js?5.3.2" type="module"></script>
	<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.com/client_data/6e1b0f3a9d27c4e58a1f2b7c/script.js"></script>
	<script type="application/ld+json">{"@context":"https://schema.org","@type":"NGO","name":"Asociación Protectora Huellas del Henares","url":"https://www.huellasdelhenares.org/"}</script>

</head>

<body class="site com_content wrapper-static view-article no-layout no-task itemid-142 has-sidebar-right">
    <header class="header container-header full-width">
                    <div class="grid-child">
                <div class="navbar-brand">
                    <a class="brand-logo" href="/">
                        <img loading="eager" decoding="async" src="https://www.huellasdelhenares.org/images/logo-huellas.png" alt="Huellas del Henares" width="240" height="80">                    </a>
                                    </div>
            </div>
                            <div class="grid-child container-nav">
                                    <ul class="mod-menu mod-list nav ">
%s
</ul>
                            </div>
            </header>

    <div class="site-grid">
        <div class="grid-child container-component">
            <div id="system-message-container" aria-live="polite"></div>

            <main>
            %s
            </main>
        </div>

                <div class="grid-child container-sidebar-right">
            %s
        </div>
            </div>

    <footer class="container-footer footer full-width">
        <div class="grid-child">
            <div id="mod-custom109" class="mod-custom custom"><p>Asociación Protectora Huellas del Henares · Camino de los Afligidos, s/n · 28805 Alcalá de Henares</p>
<p><a href="/aviso-legal">Aviso legal</a> · <a href="/politica-de-privacidad">Política de privacidad</a> · <a href="/politica-de-cookies">Política de cookies</a></p></div>
        </div>
    </footer>

            <a href="#top" id="back-top" class="back-to-top-link" aria-label="Volver arriba">
            <span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
        </a>

</body>

</html>
""" % (v, v, v, v, v, state["token"], v, v, v, menu, _article(state, blocks, when, True), _side(state, True))
    menu = "".join('<li class="item-%d%s"><a href="%s" >%s</a></li>'
                   % (101 + k, " default current active" if False else (" default" if k == 0 else ""), u, t)
                   for k, (u, t) in enumerate(MENU))
    return """<!DOCTYPE html>
<html lang="es-es" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="https://www.huellasdelhenares.org/politica-de-privacidad" />
	<meta name="author" content="Huellas del Henares" />
	<meta name="description" content="Protectora de animales en Alcalá de Henares. Adopta, acoge, hazte socio." />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>Política de privacidad - Huellas del Henares</title>
	<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/templates/protostar/css/template.css?%s" rel="stylesheet" />
	<link href="https://fonts.googleapis.com/css?family=Open+Sans" rel="stylesheet" />
	<style>
	h1, h2, h3, h4, h5, h6, .site-title { font-family: 'Open Sans', sans-serif; }
	body.site { border-top: 3px solid #b3541e; background-color: #f6f2ec; }
	a { color: #b3541e; }
	</style>
	<script src="/media/jui/js/jquery.min.js?%s"></script>
	<script src="/media/jui/js/jquery-noconflict.js?%s"></script>
	<script src="/media/jui/js/jquery-migrate.min.js?%s"></script>
	<script src="/media/system/js/caption.js?%s"></script>
	<script src="/media/jui/js/bootstrap.min.js?%s"></script>
	<script src="/templates/protostar/js/template.js?%s"></script>
	<!--[if lt IE 9]><script src="/media/jui/js/html5.js?%s"></script><![endif]-->
	<script>
jQuery(window).on('load',  function() {
				new JCaption('img.caption');
			});
	</script>
	<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.com/client_data/6e1b0f3a9d27c4e58a1f2b7c/script.js"></script>

</head>
<body class="site com_content view-article no-layout no-task itemid-142">
	<!-- Body -->
	<div class="body" id="top">
		<div class="container">
			<!-- Header -->
			<header class="header" role="banner">
				<div class="header-inner clearfix">
					<a class="brand pull-left" href="/">
						<img src="https://www.huellasdelhenares.org/images/logo-huellas.png" alt="Huellas del Henares" />											</a>
					<div class="header-search pull-right">
						<div class="search">
	<form action="/politica-de-privacidad" method="post" class="form-inline" role="search">
		<label for="mod-search-searchword87" class="element-invisible">Buscar...</label> <input name="searchword" id="mod-search-searchword87" maxlength="200"  class="inputbox search-query input-medium" type="search" placeholder="Buscar..." />		<input type="hidden" name="task" value="search" />
		<input type="hidden" name="option" value="com_search" />
		<input type="hidden" name="Itemid" value="142" />
	</form>
</div>
					</div>
				</div>
			</header>
							<nav class="navigation" role="navigation">
					<div class="navbar pull-left">
						<a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse">
							<span class="element-invisible">Cambiar navegación</span>
							<span class="icon-bar"></span>
							<span class="icon-bar"></span>
							<span class="icon-bar"></span>
						</a>
					</div>
					<div class="nav-collapse">
						<ul class="nav menu nav-pills mod-list">
%s</ul>

					</div>
				</nav>
						<div class="row-fluid">
								<main id="content" role="main" class="span9">
					<!-- Begin Content -->
					<div id="system-message-container">
	</div>

					%s
					<!-- End Content -->
				</main>
									<div id="aside" class="span3">
						<!-- Begin Right Sidebar -->
						%s
						<!-- End Right Sidebar -->
					</div>
							</div>
		</div>
	</div>
	<!-- Footer -->
	<footer class="footer" role="contentinfo">
		<div class="container">
			<hr />
			<div class="custom"><p><a href="/aviso-legal">Aviso legal</a> · <a href="/politica-de-privacidad">Política de privacidad</a> · <a href="/politica-de-cookies">Política de cookies</a></p></div>
			<p class="pull-right">
				<a href="#top" id="back-top">
					Volver arriba				</a>
			</p>
			<p>
				&copy; %d Huellas del Henares			</p>
		</div>
	</footer>

</body>
</html>
""" % (v, v, v, v, v, v, v, v, menu, _article(state, blocks, when, False), _side(state, False), when.year)


PAGE = {
    "service": "Huellas del Henares",
    "url": "https://www.huellasdelhenares.org/politica-de-privacidad",
    "lang": "es",
    "platform": "Joomla 3.10 (Protostar), then Joomla 4.4 (Cassiopeia)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Apache"), ("X-Powered-By", "PHP/7.4.33"), ("Expires", "Wed, 17 Aug 2005 00:00:00 GMT"),
                      ("Cache-Control", "no-store, no-cache, must-revalidate, post-check=0, pre-check=0"),
                      ("Pragma", "no-cache")],
    "n": 30,
    "start": dt.date(2021, 5, 17),
    "end": dt.date(2025, 2, 26),
    "hours": (3, 15),
    "policy": POLICY,
    "first_updated": dt.date(2020, 11, 2),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.huellasdelhenares.org/politica-de-privacidad", "select": ".item-page",
                    "remove": ".article-info"},
}
