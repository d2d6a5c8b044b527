"""Trastalia (second-hand marketplace, Barcelona) - es-ES - Zendesk Guide help centre (Copenhagen theme).

The privacy policy is a help-centre article: breadcrumbs, the "Artículos en esta sección" sidebar (grows when the
team adds articles to the "Privacidad y seguridad" section), the article meta's edited time (Zendesk bumps it on
every save, also when nothing visible changed), "¿Te ha resultado útil este artículo?" votes, related articles,
CSRF token, Zendesk asset fingerprints and a service-status notice. The curator selects the title and the body.
"""
import datetime as dt
import common as C

URL = "https://ayuda.trastalia.es/hc/es/articles/360018421731-Pol%C3%ADtica-de-privacidad"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
# Política de privacidad

Última actualización: {UPDATED}

En Trastalia queremos que compres y vendas cosas de segunda mano con tranquilidad. Para eso necesitamos tratar algunos datos personales tuyos. En esta política te contamos qué datos tratamos, para qué, con quién los compartimos y cómo puedes ejercer tus derechos.

## ¿Quién es el responsable del tratamiento?

Trastalia Marketplace, S.L., con NIF B-67284519 y domicilio en calle de Pere IV, 78, 08005 Barcelona, inscrita en el Registro Mercantil de Barcelona, tomo 46.512, folio 88, hoja B-521937.

Puedes contactar con nuestro Delegado de Protección de Datos en [dpo@trastalia.es](mailto:dpo@trastalia.es).

## ¿Qué datos tratamos?

- **Datos de registro:** nombre de usuario, nombre y apellidos, correo electrónico, teléfono y, si te registras con Google o Apple, el identificador que nos facilitan.
- **Datos de tu perfil y anuncios:** foto de perfil, ubicación aproximada (código postal o ciudad), fotografías y descripciones de los productos que publicas, precios y valoraciones recibidas.
- **Datos de las transacciones:** productos comprados y vendidos, importes, direcciones de envío y de entrega, punto de recogida elegido y estado de los envíos.
- **Mensajes:** las conversaciones que mantienes con otros usuarios a través del chat de Trastalia.
- **Datos de pago:** los últimos dígitos de tu tarjeta y tu IBAN si recibes pagos en tu cuenta bancaria. Los datos completos de la tarjeta los trata directamente nuestra entidad de pago.
- **Datos técnicos:** dirección IP, identificadores del dispositivo, sistema operativo, versión de la app y datos de uso, parte de ellos mediante cookies (consulta nuestra [Política de cookies](/hc/es/articles/360018421751)).

## ¿Para qué los usamos y con qué base legal?

- Para gestionar tu cuenta, publicar tus anuncios y permitir la compraventa entre usuarios (ejecución del contrato).
- Para gestionar los envíos con el servicio Envío Trastalia y la protección al comprador (ejecución del contrato).
- Para prevenir fraudes, estafas y el uso de cuentas falsas (interés legítimo).
- Para mostrarte anuncios y búsquedas relevantes según tu ubicación y tu actividad (interés legítimo).
- Para enviarte comunicaciones comerciales de Trastalia, si no te has opuesto o has dado tu consentimiento (interés legítimo, según el artículo 21 de la Ley 34/2002, de Servicios de la Sociedad de la Información, o consentimiento).
- Para cumplir nuestras obligaciones legales, por ejemplo en materia fiscal o de prevención del blanqueo de capitales (obligación legal).

## Envíos

Si compras o vendes con Envío Trastalia, compartimos con la empresa de transporte tu nombre, teléfono y la dirección de entrega o el punto de recogida. Actualmente trabajamos con Correos, SEUR y Correos Express. Las empresas de transporte tratan estos datos como encargadas del tratamiento y solo para entregar el paquete.

## Pagos y monedero

Los pagos entre usuarios y el monedero Trastalia los gestiona Lemonway, entidad de pago autorizada en Francia, que actúa como responsable del tratamiento para cumplir sus propias obligaciones legales, incluida la verificación de identidad de los usuarios cuando el saldo o los cobros superan los límites previstos en la normativa de prevención del blanqueo de capitales.

## Verificación de vendedores

Para proteger a la comunidad podemos pedirte que verifiques tu número de teléfono y, si vendes con frecuencia o por importes elevados, que aportes una fotografía de tu documento de identidad y un selfie. Usamos estos datos solo para comprobar tu identidad y los borramos cuando termina la verificación, salvo el resultado de la misma.

Si vendes como profesional, debes identificarte como tal y facilitarnos tu nombre o razón social, tu dirección y tu NIF, que mostraremos a los compradores en tu perfil.

## Seguridad y prevención del fraude

Analizamos de forma automatizada la actividad de las cuentas, los anuncios y los pagos para detectar patrones de fraude, como anuncios de productos falsificados o intentos de pago fuera de la plataforma. Si detectamos un riesgo, podemos ocultar un anuncio, retener un pago o suspender temporalmente la cuenta mientras lo revisa una persona de nuestro equipo. Siempre puedes explicarnos tu caso y pedir que revisemos la decisión.

## Valoraciones y moderación

Después de cada compraventa, comprador y vendedor pueden valorarse. Las valoraciones son públicas y se muestran junto a tu nombre de usuario.

Cualquier persona puede notificarnos un anuncio o un perfil que considere ilícito. Tratamos los datos de quien notifica y del usuario afectado para resolver la notificación y comunicar nuestra decisión.

## ¿Con quién compartimos tus datos?

Además de con los usuarios con los que compras o vendes, las empresas de transporte y la entidad de pago, compartimos datos con proveedores que nos prestan servicios (alojamiento en la nube, atención al cliente, envío de notificaciones y analítica), con las autoridades cuando la ley nos obliga y, si das tu consentimiento, con socios publicitarios.

Algunos proveedores están fuera del Espacio Económico Europeo. En esos casos utilizamos las cláusulas contractuales tipo aprobadas por la Comisión Europea o nos basamos en una decisión de adecuación.

## ¿Cuánto tiempo conservamos tus datos?

Mientras tu cuenta esté activa. Si la eliminas, bloquearemos tus datos durante los plazos de prescripción de las acciones que puedan derivarse de la relación contigo (con carácter general, 5 años) y los datos de las transacciones durante 6 años por obligaciones mercantiles y fiscales. Las conversaciones del chat se conservan 2 años desde el último mensaje.

## Menores

Debes tener al menos 18 años para usar Trastalia. Si detectamos que un menor tiene una cuenta, la cancelaremos.

## Tus derechos

Puedes ejercer tus derechos de acceso, rectificación, supresión, oposición, limitación del tratamiento y portabilidad escribiendo a [dpo@trastalia.es](mailto:dpo@trastalia.es) o desde **Perfil > Configuración > Privacidad**. También puedes retirar en cualquier momento el consentimiento que nos hayas dado.

Si consideras que no hemos tratado tus datos correctamente, puedes presentar una reclamación ante la Agencia Española de Protección de Datos ([www.aepd.es](https://www.aepd.es)).

## Cambios en esta política

Si hacemos cambios importantes, te avisaremos en la app o por correo electrónico antes de que entren en vigor.
"""

EDITS = [
    {"note": "carriers: InPost lockers added (silent, date not bumped)", "bump": False,
     "repl": [("Actualmente trabajamos con Correos, SEUR y Correos Express.",
               "Actualmente trabajamos con Correos, SEUR, Correos Express e InPost (taquillas y puntos Pack).")]},
    {"note": "new section 'Información a Hacienda (DAC7)': reporting sellers to the Agencia Tributaria under Ley 13/2023",
     "repl": [("## Seguridad y prevención del fraude",
               "## Información a Hacienda (DAC7)\n\n"
               "A partir del 1 de enero de 2023, la Directiva (UE) 2021/514, conocida como DAC7, nos obliga a comunicar cada año a la Agencia Estatal de Administración Tributaria información sobre los vendedores que hayan realizado 30 o más ventas o hayan obtenido más de 2.000 euros en un año natural. Para ello te pediremos tu NIF, tu fecha de nacimiento y tu dirección, y comunicaremos estos datos junto con el número de ventas y los importes cobrados. Antes de enviar la declaración te facilitaremos una copia de la información que nos afecta.\n\n"
               "## Seguridad y prevención del fraude")]},
    {"note": "Digital Services Act: professional sellers' traceability (art. 30 DSA) and notice-and-action / statement of reasons paragraph",
     "repl": [("Si vendes como profesional, debes identificarte como tal y facilitarnos tu nombre o razón social, tu dirección y tu NIF, que mostraremos a los compradores en tu perfil.",
               "Si vendes como profesional, debes identificarte como tal. De acuerdo con el artículo 30 del Reglamento (UE) 2022/2065 de Servicios Digitales, te pediremos tu nombre o razón social, dirección, teléfono, correo electrónico, NIF y, en su caso, número de registro, y mostraremos parte de esta información en tu perfil. Si los datos no son completos o tenemos motivos para pensar que no son correctos, suspenderemos tus anuncios hasta que los corrijas."),
              ("para resolver la notificación y comunicar nuestra decisión.",
               "para resolver la notificación y comunicar nuestra decisión, tal como exige el Reglamento de Servicios Digitales. Cuando retiramos un anuncio o limitamos una cuenta, te enviamos una exposición de motivos y publicamos la decisión, sin datos personales, en la base de datos de transparencia de la Comisión Europea. Puedes recurrir la decisión a través de nuestro sistema interno de reclamaciones.")]},
    {"note": "payments: wallet provider Lemonway replaced by Mangopay (Luxembourg)",
     "repl": [("los gestiona Lemonway, entidad de pago autorizada en Francia,",
               "los gestiona Mangopay S.A., entidad de dinero electrónico autorizada en Luxemburgo,")]},
    {"note": "fraud section: automated scanning of chat messages for scams and off-platform payment links (new paragraph)",
     "repl": [("Siempre puedes explicarnos tu caso y pedir que revisemos la decisión.",
               "Siempre puedes explicarnos tu caso y pedir que revisemos la decisión.\n\n"
               "Para protegerte de estafas, revisamos de forma automatizada los mensajes del chat en busca de enlaces de pago externos, datos bancarios o patrones de suplantación de identidad. Si un mensaje se considera peligroso, lo ocultamos y mostramos un aviso al destinatario. Nadie de nuestro equipo lee tus conversaciones salvo que un usuario las denuncie o sea necesario para resolver una incidencia.")]},
    {"note": "retention: chat conversations kept 1 year instead of 2 (silent, date not bumped)", "bump": False,
     "repl": [("Las conversaciones del chat se conservan 2 años desde el último mensaje.",
               "Las conversaciones del chat se conservan 1 año desde el último mensaje.")]},
]

# the help centre section's articles (id, title, date added to the section)
SECTION = [
    (360018421731, "Política de privacidad", dt.date(2019, 3, 1)),
    (360018421751, "Política de cookies", dt.date(2019, 3, 1)),
    (360019022114, "¿Cómo elimino mi cuenta?", dt.date(2019, 5, 20)),
    (360020511902, "Cómo descargar una copia de mis datos", dt.date(2020, 10, 7)),
    (4409183355921, "Consejos para evitar estafas", dt.date(2021, 6, 14)),
    (7731254870033, "¿Por qué me pedís verificar mi identidad?", dt.date(2022, 4, 4)),
    (11802355163921, "Información fiscal para vendedores (DAC7)", dt.date(2023, 1, 19)),
    (15644098812305, "Cómo notificar un anuncio ilícito", dt.date(2024, 2, 17)),
    (21039477615761, "Vendedores profesionales: qué datos mostramos", dt.date(2025, 3, 10)),
]
RELATED = [(360019022114, "¿Cómo elimino mi cuenta?"), (4409183355921, "Consejos para evitar estafas"),
           (360020893311, "¿Qué es la protección al comprador?"), (360021102208, "Cómo funciona Envío Trastalia"),
           (360021760014, "Cambiar mi correo electrónico"), (7731254870033, "¿Por qué me pedís verificar mi identidad?")]
STATUS = [None, None, None, "Estamos teniendo retrasos en las entregas de SEUR en Baleares. Disculpa las molestias.",
          "La app puede funcionar con lentitud por tareas de mantenimiento esta noche de 2:00 a 4:00.",
          "Por la alta demanda, el chat de soporte tarda más de lo habitual en responder."]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["csrf"] = (C.b64tok(rng, 64), C.hexs(rng, 32))
    s["edited"] = C.keep_or(rng, prev.get("edited"), 0.25,
                            lambda: when - dt.timedelta(days=rng.randint(0, 20), hours=rng.randint(0, 23), minutes=rng.randint(0, 59)))
    s["section"] = tuple(a[0] for a in SECTION if a[2] <= when.date())
    up = (prev.get("votes") or (412, 577))
    more = rng.randint(0, 25)
    s["votes"] = (up[0] + more // 2 + rng.randint(0, 3), up[1] + more + 3)
    s["related"] = C.keep_or(rng, prev.get("related"), 0.3, lambda: tuple(rng.sample(range(len(RELATED)), 3)))
    s["assets"] = C.keep_or(rng, prev.get("assets"), 0.5, lambda: (C.hexs(rng, 40), C.hexs(rng, 32)))
    s["status"] = rng.choice(STATUS)
    return s


LABELS = {
    "csrf": "CSRF token and Zendesk session ids",
    "edited": "article re-saved in Zendesk without visible change",
    "edited_shown": "article meta edited time",
    "section": "'Artículos en esta sección' sidebar (new articles added)",
    "votes": "'¿Te ha resultado útil?' vote counts",
    "related": "related articles",
    "assets": "Zendesk platform / theme asset fingerprints",
    "status": "service-status notice banner",
}


_LAST = {}


def render(s, blocks, when):
    tok, sess = s["csrf"]
    za, th = s["assets"]
    title = blocks[0][1]
    body = C.blocks_html(blocks[1:])
    # Zendesk's edited time: a re-save without visible change (noise), or the save of a real edit
    if _LAST.get("when", when) > when:
        _LAST.clear()
    if not _LAST:
        _LAST["changed"] = dt.datetime(2020, 11, 23, 10, 4, 51)
    elif _LAST["body"] != body:
        _LAST["changed"] = when - dt.timedelta(hours=2, minutes=17)
    _LAST["body"], _LAST["when"] = body, when
    ed = max(s["edited"], _LAST["changed"])
    s["edited_shown"] = ed
    arts = [a for a in SECTION if a[0] in s["section"]]
    side = "".join('<li><a href="/hc/es/articles/%d" class="sidenav-item%s">%s</a></li>'
                   % (a[0], " current-article" if a[0] == 360018421731 else "", a[1]) for a in arts[:6])
    more = ('<a href="/hc/es/sections/360004455132-Privacidad-y-seguridad" class="article-sidebar-item">Ver más</a>'
            if len(arts) > 6 else "")
    rel = "".join('<li><a href="/hc/es/related/click?data=%s">%s</a></li>' % (C.det_sha(sess, k)[:40], RELATED[k][1])
                  for k in s["related"])
    up, tot = s["votes"]
    status = ('<div class="notification notification-notice"><p>%s</p></div>' % s["status"]) if s["status"] else ""
    return ('<!DOCTYPE html>\n<html dir="ltr" lang="es">\n<head>\n  <meta charset="utf-8" />\n'
            '  <!-- v%d -->\n  <link rel="canonical" href="%s">\n'
            '  <link rel="alternate" hreflang="es" href="%s">\n'
            '  <link rel="alternate" hreflang="ca" href="https://ayuda.trastalia.es/hc/ca/articles/360018421731-Pol%%C3%%ADtica-de-privacitat">\n'
            '  <meta content="authenticity_token" name="csrf-param" />\n<meta content="%s" name="csrf-token" />\n'
            '  <title>Política de privacidad &ndash; Centro de ayuda de Trastalia</title>\n'
            '  <meta name="description" content="En Trastalia queremos que compres y vendas cosas de segunda mano con tranquilidad." />\n'
            '  <link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-%s.css" media="all" id="stylesheet" />\n'
            '  <link rel="stylesheet" type="text/css" href="//theme.zdassets.com/theme_assets/9382211/%s.css" />\n'
            '  <script src="https://static.zdassets.com/hc/assets/es.%s.js"></script>\n'
            '  <script type="text/javascript">HelpCenter = {};HelpCenter.account = {"subdomain":"trastalia","environment":"production","name":"Trastalia"};'
            'HelpCenter.user = {"identifier":"%s","email":null,"name":"","role":"anonymous","avatar_url":"https://assets.zendesk.com/hc/assets/default_avatar.png","is_admin":false,"organizations":[],"groups":[]};'
            'HelpCenter.internal = {"current_session":{"locale":"es","csrf_token":"%s","shared_csrf_token":null}};</script>\n'
            '</head>\n<body class="">\n'
            '  <a class="skip-navigation" tabindex="1" href="#main-content">Ir al contenido principal</a>\n'
            '  <header class="header"><div class="logo"><a title="Inicio" href="/hc/es"><img src="//theme.zdassets.com/theme_assets/9382211/4f1e8a2c.svg" alt="Página principal del Centro de ayuda de Trastalia"></a></div>'
            '<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="Menú de usuario"><ul class="user-nav-list">'
            '<li><a href="https://www.trastalia.es">Volver a Trastalia</a></li><li><a class="submit-a-request" href="/hc/es/requests/new">Enviar una solicitud</a></li>'
            '<li><a class="sign-in" rel="nofollow" data-auth-action="signin" role="button" href="/hc/es/signin?return_to=%s">Iniciar sesión</a></li></ul></nav></div></header>\n'
            '%s'
            '  <main role="main">\n  <div class="container-divider"></div>\n<div class="container">\n  <div class="sub-nav">\n'
            '    <nav aria-label="Ruta de navegación actual"><ol class="breadcrumbs">'
            '<li title="Centro de ayuda de Trastalia"><a href="/hc/es">Centro de ayuda de Trastalia</a></li>'
            '<li title="Tu cuenta y privacidad"><a href="/hc/es/categories/360001893412-Tu-cuenta-y-privacidad">Tu cuenta y privacidad</a></li>'
            '<li title="Privacidad y seguridad"><a href="/hc/es/sections/360004455132-Privacidad-y-seguridad">Privacidad y seguridad</a></li></ol></nav>\n'
            '    <div class="search-container"><form role="search" class="search" data-search="" action="/hc/es/search" accept-charset="UTF-8" method="get">'
            '<input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" /><input type="search" name="query" id="query" placeholder="Buscar" aria-label="Buscar" /></form></div>\n  </div>\n'
            '  <div class="article-container" id="article-container">\n'
            '    <aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar">'
            '<button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button>'
            '<h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Artículos en esta sección</h3>'
            '<div class="collapsible-sidebar-body"><ul>%s</ul>%s</div></div></aside>\n'
            '    <article id="main-content" class="article">\n      <header class="article-header">\n'
            '        <h1 title="%s" class="article-title">\n          %s\n        </h1>\n'
            '        <div class="article-author"><div class="avatar article-avatar"><img src="https://trastalia.zendesk.com/system/photos/360212845511/equipo.png" alt="" class="user-avatar"/></div>'
            '<div class="article-meta">Equipo de Trastalia<ul class="meta-group"><li class="meta-data"><time datetime="%s" title="%s" data-datetime="relative">%s</time></li>'
            '<li class="meta-data">Actualización</li></ul></div></div>\n'
            '        <div class="article-subscribe"><a class="button" role="button" rel="nofollow" data-auth-action="signin" aria-selected="false" href="/hc/es/articles/360018421731/subscription.html">Seguir</a></div>\n'
            '      </header>\n      <section class="article-info">\n        <div class="article-content">\n          <div class="article-body">%s</div>\n'
            '        </div>\n      </section>\n      <footer>\n'
            '        <div class="article-footer"><div class="article-share"><ul class="share"><li><a href="https://www.facebook.com/share.php?title=Pol%%C3%%ADtica+de+privacidad&amp;u=%s" class="share-facebook">Facebook</a></li>'
            '<li><a href="https://twitter.com/share?lang=es&amp;text=Pol%%C3%%ADtica+de+privacidad&amp;url=%s" class="share-twitter">X Corp</a></li></ul></div></div>\n'
            '        <div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">¿Te ha resultado útil este artículo?</h2>'
            '<div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">'
            '<button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="Este artículo fue útil" aria-pressed="false">Sí</button>'
            '<button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="Este artículo no fue útil" aria-pressed="false">No</button></div>'
            '<small class="article-votes-count"><span class="article-vote-label">A %d de %d les ha parecido útil</span></small></div>\n'
            '        <div class="article-more-questions">¿Tiene más preguntas? <a href="/hc/es/requests/new">Enviar una solicitud</a></div>\n'
            '        <div class="article-return-to-top"><a href="#article-container">Volver arriba</a></div>\n'
            '      </footer>\n      <div class="article-relatives"><div data-recent-articles></div>'
            '<section class="related-articles" aria-labelledby="related-articles-title"><h2 class="related-articles-title" id="related-articles-title">Artículos relacionados</h2><ul>%s</ul></section></div>\n'
            '    </article>\n  </div>\n</div>\n  </main>\n'
            '  <footer class="footer"><div class="footer-inner"><a title="Inicio" href="/hc/es">Centro de ayuda de Trastalia</a>'
            '<div class="footer-language-selector"><button class="dropdown-toggle" aria-haspopup="true">Español</button>'
            '<span class="dropdown-menu" role="menu"><a href="/hc/change_language/ca?return_to=%%2Fhc%%2Fca%%2Farticles%%2F360018421731" dir="ltr" rel="nofollow" role="menuitem">Català</a></span></div></div></footer>\n'
            '  <script src="//static.zdassets.com/hc/assets/moment-timezone-%s.js"></script>\n'
            '  <script type="text/javascript" src="//theme.zdassets.com/theme_assets/9382211/%s.js"></script>\n'
            '</body>\n</html>\n'
            % (2 + when.year - 2021, URL, URL, tok, za[:20], th, za[20:], sess, tok, URL.replace(":", "%3A").replace("/", "%2F"),
               status, side, more, title, title, ed.strftime("%Y-%m-%dT%H:%M:%SZ"), ed.strftime("%Y-%m-%d %H:%M"),
               "%d de %s de %d %s" % (ed.day, MESES[ed.month - 1], ed.year, ed.strftime("%H:%M")), body, URL, URL, up, tot, rel,
               za[-20:], th[::-1]))


PAGE = {
    "service": "Trastalia", "url": URL, "lang": "es-ES", "platform": "Zendesk Guide (Copenhagen theme)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("x-zendesk-origin-server", "app-server-7c9d5f8b6-k2xqp"), ("x-runtime", "0.184211")),
    "n": 30, "start": dt.date(2021, 2, 15), "end": dt.date(2026, 3, 31),
    "policy": POLICY, "first_updated": dt.date(2020, 11, 23), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".article-title", ".article-body"]},
}
