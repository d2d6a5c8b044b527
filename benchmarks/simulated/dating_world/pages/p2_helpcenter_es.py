"""Flechazo - es-ES - privacy policy published as a Zendesk Guide (Help Center) article, Copenhagen theme: article
meta with the edit time, votes, "Artículos en esta sección", related / recently viewed articles, language picker,
CSRF meta, Web Widget (Messaging) snippet. The support team sometimes republishes the article (labels, section
move, a translation fix) without touching the Spanish text: the meta time then changes alone."""
import datetime as dt
import html

import common as C

ART = "360041827613"
URL = "https://ayuda.flechazo.app/hc/es/articles/%s-Pol%%C3%%ADtica-de-privacidad" % ART
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
# Política de privacidad

**Última actualización: {UPDATED}**

En Flechazo nos tomamos muy en serio tu privacidad. Para conocer gente nueva necesitas compartir cosas sobre ti, y queremos que sepas en todo momento qué hacemos con esa información. En esta política te explicamos qué datos tratamos cuando usas la app Flechazo y la web flechazo.app, para qué los usamos, con quién los compartimos y cómo puedes ejercer tus derechos.

## ¿Quién es el responsable del tratamiento?

El responsable del tratamiento de tus datos es Flechazo Apps, S.L., con NIF B-98765432 y domicilio en Calle de Colón 12, 4.º, 46004 Valencia (España), inscrita en el Registro Mercantil de Valencia.

Hemos designado un Delegado de Protección de Datos, con quien puedes contactar en [privacidad@flechazo.app](mailto:privacidad@flechazo.app).

## ¿Qué datos personales tratamos?

**Datos que nos facilitas al registrarte y al completar tu perfil:** nombre, fecha de nacimiento, género, qué buscas (amistad, pareja, algo casual), correo electrónico o número de teléfono, fotos, biografía, intereses, estudios, profesión, altura, y las respuestas a las preguntas de tu perfil.

**Categorías especiales de datos:** si decides indicarlo, tu orientación sexual, tus creencias religiosas o tu origen étnico. Estos datos son siempre opcionales y solo los tratamos con tu consentimiento explícito. Ten en cuenta que, por la propia naturaleza del servicio, el género de las personas que quieres conocer puede revelar tu orientación sexual.

**Datos que generas al usar Flechazo:** los perfiles que ves, los «me gusta» y «paso» que das, tus matches, los mensajes que envías y recibes, las denuncias que presentas y las que recibes.

**Datos de ubicación:** usamos la ubicación de tu dispositivo, si nos das permiso, para mostrarte personas cerca de ti. En tu perfil solo aparece la distancia aproximada en kilómetros, nunca tu ubicación exacta. Si desactivas el permiso, usaremos la ciudad que indiques.

**Datos técnicos:** dirección IP, identificadores del dispositivo y de publicidad, modelo, sistema operativo, idioma, versión de la app, zona horaria y registros de actividad.

**Datos de pago:** si contratas Flechazo Plus o Flechazo Oro, el pago lo gestionan Apple App Store o Google Play. Nosotros solo recibimos la confirmación de la compra, el tipo de suscripción y su fecha de renovación.

**Datos de terceros:** si te registras con tu cuenta de Google, Apple o Facebook, recibimos tu nombre, correo electrónico y, en el caso de Facebook, tu foto de perfil y fecha de nacimiento si lo autorizas.

## ¿Para qué usamos tus datos y con qué base legal?

- **Prestarte el servicio** (crear tu cuenta, mostrar tu perfil, sugerirte perfiles, permitir el chat): ejecución del contrato que aceptas al registrarte.
- **Recomendarte perfiles:** nuestro sistema de recomendación ordena los perfiles según tus preferencias de edad, distancia y género, tu actividad y la de las otras personas, y la probabilidad de que haya un interés mutuo. No tomamos decisiones con efectos jurídicos basadas únicamente en tratamientos automatizados.
- **Tratar categorías especiales de datos:** tu consentimiento explícito, que puedes retirar borrando esos datos de tu perfil.
- **Mantener la seguridad de la comunidad** (detectar perfiles falsos, spam, estafas y contenido prohibido, revisar denuncias): interés legítimo en proteger a nuestros usuarios y cumplimiento de obligaciones legales.
- **Gestionar tus suscripciones y compras:** ejecución del contrato.
- **Enviarte comunicaciones comerciales** sobre Flechazo: interés legítimo, de acuerdo con el artículo 21 de la Ley 34/2002, de servicios de la sociedad de la información y de comercio electrónico (LSSI). Puedes darte de baja en cualquier momento.
- **Mostrarte publicidad personalizada** en la versión gratuita: tu consentimiento, que gestionas desde Ajustes > Privacidad.
- **Responder a requerimientos de las autoridades:** cumplimiento de obligaciones legales.

## ¿Con quién compartimos tus datos?

Tu perfil es visible para otras personas usuarias de Flechazo. Además, compartimos datos con:

- **Proveedores de servicios** que nos ayudan a prestar el servicio y actúan como encargados del tratamiento: alojamiento en la nube (Amazon Web Services, región de Irlanda), atención al cliente (Zendesk), envío de notificaciones y correos (Braze), análisis (Firebase, AppsFlyer) y moderación de contenidos.
- **Socios publicitarios**, solo si lo has consentido: Google AdMob y Meta Audience Network.
- **Autoridades y fuerzas de seguridad**, cuando estemos legalmente obligados, por ejemplo ante un requerimiento judicial, o cuando sea necesario para proteger la vida o la integridad de una persona.
- **Compradores o sucesores** en caso de fusión, adquisición o venta de activos, que quedarán sujetos a esta política.

Algunos proveedores pueden acceder a datos desde fuera del Espacio Económico Europeo. En esos casos aplicamos las cláusulas contractuales tipo aprobadas por la Comisión Europea.

## ¿Cuánto tiempo conservamos tus datos?

Conservamos tus datos mientras tu cuenta esté activa. Si eliminas tu cuenta, tu perfil desaparece de inmediato y borramos tus datos en un plazo de 30 días, salvo:

- los datos que debamos conservar bloqueados para atender posibles responsabilidades legales, durante los plazos de prescripción aplicables;
- los datos de la transacción, durante el plazo que exija la normativa tributaria;
- los datos de cuentas expulsadas por incumplir nuestras normas, que conservamos para evitar que vuelvan a registrarse.

Si no usas Flechazo durante 24 meses, eliminaremos tu cuenta por inactividad, avisándote antes por correo electrónico.

## ¿Cuáles son tus derechos?

Puedes ejercer tus derechos de acceso, rectificación, supresión, oposición, limitación del tratamiento y portabilidad escribiendo a [privacidad@flechazo.app](mailto:privacidad@flechazo.app) o desde Ajustes > Privacidad > Mis datos. También puedes retirar en cualquier momento los consentimientos que nos hayas dado.

Si consideras que no hemos tratado tus datos correctamente, puedes presentar una reclamación ante la Agencia Española de Protección de Datos ([www.aepd.es](https://www.aepd.es)).

## ¿Cómo protegemos tus datos?

Aplicamos medidas técnicas y organizativas adecuadas al riesgo: cifrado de las comunicaciones entre la app y nuestros servidores, cifrado de las copias de seguridad, control de accesos por perfiles y registro de los accesos del personal a los datos de las personas usuarias. Solo el equipo de seguridad puede consultar conversaciones, y únicamente cuando investiga una denuncia. Aun así, ningún sistema es completamente seguro: no compartas tu contraseña y desconfía de quien te pida dinero o datos bancarios por el chat.

## Cookies y tecnologías similares

En la web flechazo.app y en la app usamos cookies y SDK propios y de terceros para recordar tu sesión, medir el uso del servicio y, si lo aceptas, mostrarte publicidad personalizada. Puedes configurar tus preferencias en cualquier momento desde el panel de configuración de cookies o desde Ajustes > Privacidad. Más información en nuestra [Política de cookies](/hc/es/articles/360041827633).

## Menores de edad

Flechazo es solo para mayores de 18 años. Si detectamos que una persona menor de edad ha creado una cuenta, la eliminaremos.

## Cambios en esta política

Podemos actualizar esta política. Si los cambios son importantes, te avisaremos en la app antes de que entren en vigor.
"""

EDITS = [
    {"note": "photo verification: new paragraph in data section (video selfie compared to profile photos, biometric data deleted)",
     "repl": [("**Datos de pago:** si contratas",
               "**Datos de verificación:** si verificas tu perfil, te pediremos un videoselfie haciendo un gesto aleatorio. Lo comparamos con tus fotos para confirmar que eres tú y mostrar la marca azul de perfil verificado. Los datos biométricos se eliminan en cuanto termina la comprobación; guardamos el resultado y el videoselfie durante 90 días por si hay una denuncia por suplantación.\n\n**Datos de pago:** si contratas")]},
    {"note": "retention: messages kept 90 days after account deletion (reports / investigations); ban data 5 years",
     "repl": [("- los datos de cuentas expulsadas por incumplir nuestras normas, que conservamos para evitar que vuelvan a registrarse.",
               "- los mensajes de tus conversaciones, que conservamos durante 90 días tras la eliminación de la cuenta para poder investigar denuncias presentadas por otras personas usuarias;\n- los datos de cuentas expulsadas por incumplir nuestras normas (correo electrónico, teléfono, identificadores del dispositivo), que conservamos durante 5 años para evitar que vuelvan a registrarse.")]},
    {"note": "silent: ad partners list gains AppLovin and Unity Ads (date not bumped)", "bump": False,
     "repl": [("Google AdMob y Meta Audience Network.", "Google AdMob, Meta Audience Network, AppLovin y Unity Ads.")]},
    {"note": "age assurance: facial age estimation by Yoti on suspicion of minors; new 'Menores de edad' text",
     "repl": [("Flechazo es solo para mayores de 18 años. Si detectamos que una persona menor de edad ha creado una cuenta, la eliminaremos.",
               "Flechazo es solo para mayores de 18 años. Si tenemos indicios de que una cuenta puede pertenecer a una persona menor de edad, te pediremos que confirmes tu edad mediante una estimación facial de la edad realizada por nuestro proveedor Yoti Ltd o con un documento de identidad. Yoti no conserva la imagen una vez hecha la estimación. Si no se confirma la mayoría de edad, eliminaremos la cuenta.")]},
    {"note": "DSA: moderation section expanded (automated tools, statement of reasons, complaint), DSA contact point",
     "repl": [("## ¿Con quién compartimos tus datos?",
               "## Moderación de contenidos\n\nUsamos herramientas automáticas para detectar desnudos en fotos, lenguaje ofensivo y patrones de estafa en perfiles y mensajes. Cuando una herramienta detecta un posible incumplimiento, un equipo de moderación revisa el caso antes de suspender una cuenta. Si restringimos tu contenido o tu cuenta, te explicaremos los motivos y podrás recurrir la decisión desde la app, tal como prevé el Reglamento (UE) 2022/2065 de Servicios Digitales.\n\nNuestro punto de contacto para autoridades y personas usuarias a efectos de dicho Reglamento es [dsa@flechazo.app](mailto:dsa@flechazo.app).\n\n## ¿Con quién compartimos tus datos?")]},
]

SECTION = [("Política de privacidad", ART), ("Condiciones de uso", "360041827593"),
           ("Política de cookies", "360041827633"), ("Cómo descargar una copia de mis datos", "360052011874"),
           ("Cómo eliminar mi cuenta", "360052011914")]
SECTION_NEW = ("Normas de la comunidad", "4412877310481")
SECTION_NEW2 = ("Verificación de perfil: preguntas frecuentes", "11482209377041")
RELATED = [("¿Por qué se ha bloqueado mi cuenta?", "360041911174"), ("¿Cómo funciona la verificación de perfil?", "4403157761297"),
           ("Cancelar mi suscripción a Flechazo Plus", "360052011954"), ("Cómo denunciar a alguien", "360041911214"),
           ("¿Quién puede ver mi ubicación?", "360041911254"), ("Consejos para tu primera cita", "4403157761317"),
           ("Cambiar mi número de teléfono", "360052012014")]
LANGS = [("es", "Español"), ("en-us", "English (US)"), ("ca", "Català"), ("pt", "Português")]
REPUBLISH_P = 0.12


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["csrf"] = C.b64tok(rng, 64)
    up0, tot0 = prev.get("votes") or (318, 402)
    up = up0 + rng.randint(2, 30)
    s["votes"] = (up, tot0 + (up - up0) + rng.randint(1, 20))
    s["related"] = C.keep_or(rng, prev.get("related"), 0.35, lambda: tuple(rng.sample(range(len(RELATED)), 5)))
    s["recent"] = tuple(rng.sample(range(len(RELATED)), rng.randint(0, 3)))
    s["theme"] = C.keep_or(rng, prev.get("theme"), 0.2, lambda: (rng.randint(1000, 9999), C.hexs(rng, 40)))
    sec = list(SECTION)
    if when >= dt.datetime(2022, 7, 1):
        sec.insert(2, SECTION_NEW)
    if when >= dt.datetime(2024, 1, 15):
        sec.append(SECTION_NEW2)
    s["section"] = tuple(sec)
    s["langs"] = tuple(LANGS if when >= dt.datetime(2023, 3, 1) else LANGS[:2])
    # the article's edited_at: moves when the text changes and when an agent republishes it unchanged
    s["republish"] = bool(i) and rng.random() < REPUBLISH_P
    s["carry"] = (prev.get("meta"), prev.get("texthash"), rng.randint(1, 40), rng.randint(0, 59))
    return s


LABELS = {
    "csrf": "csrf-token meta / authenticity_token",
    "votes": "article votes count",
    "related": "Artículos relacionados rotated",
    "recent": "Artículos vistos recientemente (visitor history)",
    "theme": "Guide theme asset version",
    "section": "articles in this section (new articles added)",
    "langs": "language picker gains locales",
    "republish": "agent republish flag",
    "carry": "(previous meta time carried)",
    "meta": "article meta 'Actualizado' time (edited_at)",
    "texthash": "(text hash carried)",
}


def art_href(aid, title):
    return "/hc/es/articles/%s" % aid


def render(s, blocks, when):
    tid, thash = s["theme"]
    import re
    pmeta, phash, hh, mm = s["carry"]
    texthash = C.det_sha(repr(blocks))
    if pmeta is None:
        m = re.search(r"(\d+) de (\w+) de (\d{4})", blocks[1][1])
        meta = dt.datetime(int(m.group(3)), MESES.index(m.group(2)) + 1, int(m.group(1)), 9, 41, 12)
    elif texthash != phash or s["republish"]:
        meta = (when - dt.timedelta(hours=hh)).replace(minute=mm)
    else:
        meta = pmeta
    s["meta"], s["texthash"] = meta, texthash
    title = blocks[0][1]
    body = C.blocks_html(blocks[1:], sep="")
    sec = "".join('<li><a href="%s" class="sidenav-item%s">%s</a></li>' % (art_href(a, t), " current-article" if a == ART else "", html.escape(t))
                  for t, a in s["section"])
    rel = "".join('<li><a href="%s">%s</a></li>' % (art_href(RELATED[k][1], ""), html.escape(RELATED[k][0])) for k in s["related"])
    rec = ""
    if s["recent"]:
        rec = ('<section class="recent-articles"><h2 class="recent-articles-title">Artículos vistos recientemente</h2><ul>%s</ul></section>'
               % "".join('<li><a href="%s">%s</a></li>' % (art_href(RELATED[k][1], ""), html.escape(RELATED[k][0])) for k in s["recent"]))
    up, tot = s["votes"]
    langs = "".join('<a href="/hc/change_language/%s?return_to=%%2Fhc%%2F%s%%2Farticles%%2F%s" dir="ltr" rel="nofollow" role="menuitem">%s</a>'
                    % (code, code, ART, name) for code, name in s["langs"] if code != "es")
    iso = meta.strftime("%Y-%m-%dT%H:%M:%SZ")
    return ('<!DOCTYPE html>\n<html dir="ltr" lang="es">\n<head>\n  <meta charset="utf-8" />\n'
            '  <!-- v26880 -->\n\n  <title>Política de privacidad &ndash; Centro de ayuda de Flechazo</title>\n\n'
            '  <meta name="csrf-param" content="authenticity_token">\n<meta name="csrf-token" content="%s">\n'
            '  <link rel="canonical" href="%s">\n<link rel="alternate" hreflang="es" href="%s">\n'
            '  <meta content="width=device-width, initial-scale=1.0" name="viewport" />\n'
            '  <link rel="stylesheet" media="all" href="//static.zdassets.com/hc/assets/application-%s.css" />\n'
            '  <link rel="stylesheet" type="text/css" href="https://theme.zdassets.com/theme_assets/9876543/%s.css" />\n'
            '  <link rel="icon" type="image/png" href="https://theme.zdassets.com/theme_assets/9876543/2c4e1f9a0b7d.png" />\n'
            '  <script src="https://theme.zdassets.com/theme_assets/9876543/%s.js"></script>\n'
            '</head>\n<body class="">\n'
            '  <a class="skip-navigation" tabindex="1" href="#main-content">Saltar al contenido principal</a>\n'
            '<header class="header">\n  <div class="logo">\n    <a title="Inicio" href="/hc/es">\n      <img src="https://theme.zdassets.com/theme_assets/9876543/b81f3d7c2e.png" alt="Página principal del Centro de ayuda de Flechazo" />\n    </a>\n  </div>\n'
            '  <div class="nav-wrapper-desktop">\n    <nav class="user-nav" id="user-nav" aria-label="Navegación de usuario">\n      <ul class="user-nav-list">\n'
            '        <li><a href="https://flechazo.app">Volver a Flechazo</a></li>\n        <li><a class="submit-a-request" href="/hc/es/requests/new">Enviar una solicitud</a></li>\n      </ul>\n    </nav>\n'
            '    <a class="sign-in" rel="nofollow" data-auth-action="signin" title="Abre un cuadro de diálogo" role="button" href="/hc/es/signin?return_to=%%2Fhc%%2Fes%%2Farticles%%2F%s">Iniciar sesión</a>\n  </div>\n</header>\n\n'
            '  <main role="main">\n    <div class="container-divider"></div>\n<div class="container">\n  <div class="sub-nav">\n'
            '    <nav aria-label="Ruta de navegación actual">\n  <ol class="breadcrumbs">\n    <li title="Centro de ayuda de Flechazo"><a href="/hc/es">Centro de ayuda de Flechazo</a></li>\n'
            '    <li title="Seguridad y privacidad"><a href="/hc/es/categories/360003118773">Seguridad y privacidad</a></li>\n    <li title="Privacidad y datos"><a href="/hc/es/sections/360006044114">Privacidad y datos</a></li>\n  </ol>\n</nav>\n'
            '    <div class="search-container">\n      <form role="search" class="search" data-search="" action="/hc/es/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" /><input type="search" name="query" id="query" placeholder="Buscar" autocomplete="off" aria-label="Buscar" /></form>\n    </div>\n  </div>\n\n'
            '  <div class="article-container" id="article-container">\n    <aside class="article-sidebar" aria-labelledby="section-articles-title">\n'
            '      <div class="collapsible-sidebar" aria-expanded="false">\n        <h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Artículos en esta sección</h2>\n'
            '        <div class="collapsible-sidebar-body"><ul>%s</ul></div>\n      </div>\n    </aside>\n\n'
            '    <article id="main-content" class="article">\n      <header class="article-header">\n'
            '        <h1 title="%s" class="article-title">\n          %s\n        </h1>\n\n'
            '        <div class="article-author">\n            <div class="avatar article-avatar">\n              <img src="https://ayuda.flechazo.app/system/photos/360087271793/flechazo_team.png" alt="Avatar" class="user-avatar"/>\n            </div>\n'
            '          <div class="article-meta">\n              Equipo Flechazo\n\n            <ul class="meta-group">\n'
            '                <li class="meta-data"><time datetime="%s" title="%s" data-datetime="relative">%s</time></li>\n                <li class="meta-data">Actualizado</li>\n            </ul>\n          </div>\n        </div>\n\n'
            '          <a class="article-subscribe button button-primary" title="Abre un cuadro de diálogo" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false" href="/hc/es/articles/%s/subscription.html">Seguir</a>\n      </header>\n\n'
            '      <section class="article-info">\n        <div class="article-content">\n          <div class="article-body">%s</div>\n\n          <div class="article-attachments">\n            <ul class="attachments">\n            </ul>\n          </div>\n        </div>\n      </section>\n\n'
            '      <footer>\n        <div class="article-footer">\n            <div class="article-share">\n  <ul class="share">\n    <li><a href="https://www.facebook.com/share.php?title=Pol%%C3%%ADtica+de+privacidad&amp;u=https%%3A%%2F%%2Fayuda.flechazo.app%%2Fhc%%2Fes%%2Farticles%%2F%s" class="share-facebook">Facebook</a></li>\n'
            '    <li><a href="https://twitter.com/share?lang=es&amp;text=Pol%%C3%%ADtica+de+privacidad&amp;url=https%%3A%%2F%%2Fayuda.flechazo.app%%2Fhc%%2Fes%%2Farticles%%2F%s" class="share-twitter">X Corp</a></li>\n  </ul>\n</div>\n        </div>\n'
            '          <div class="article-votes">\n            <h2 class="article-votes-question" id="article-votes-label">¿Fue útil este artículo?</h2>\n'
            '            <div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">\n'
            '              <button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="Este artículo fue útil" aria-pressed="false">Sí</button>\n'
            '              <button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="Este artículo no fue útil" aria-pressed="false">No</button>\n            </div>\n'
            '            <small class="article-votes-count">\n              <span class="article-vote-label">A %d de %d personas les pareció útil este artículo</span>\n            </small>\n          </div>\n\n'
            '        <div class="article-more-questions">\n          ¿Tiene más preguntas? <a href="/hc/es/requests/new">Enviar una solicitud</a>\n        </div>\n'
            '        <div class="article-return-to-top">\n          <a href="#article-container">Volver al principio</a>\n        </div>\n      </footer>\n\n'
            '      <div class="article-relatives">\n          <div data-recent-articles>%s</div>\n          <section class="related-articles">\n  <h2 class="related-articles-title">Artículos relacionados</h2>\n  <ul>%s</ul>\n</section>\n      </div>\n    </article>\n  </div>\n</div>\n  </main>\n\n'
            '<footer class="footer">\n  <div class="footer-inner">\n    <a title="Inicio" href="/hc/es">Centro de ayuda de Flechazo</a>\n\n    <div class="footer-language-selector">\n'
            '        <div class="dropdown language-selector">\n          <button class="dropdown-toggle" aria-haspopup="true">Español</button>\n          <span class="dropdown-menu dropdown-menu-end" role="menu">%s</span>\n        </div>\n    </div>\n  </div>\n</footer>\n\n'
            '  <script type="text/javascript">\n  /*\n\n    Greetings sourcecode lurker!\n\n    This is for internal Zendesk and legacy usage,\n    we don\'t support or guarantee any of these values\n    so please don\'t build stuff on top of them.\n\n  */\n\n'
            '  HelpCenter = {};\n  HelpCenter.account = {"subdomain":"flechazoapp","environment":"production","name":"Flechazo"};\n  HelpCenter.user = {"identifier":"da39a3ee5e6b4b0d3255bfef95601890afd80709","email":null,"name":"","role":"anonymous","avatar_url":"https://assets.zendesk.com/hc/assets/default_avatar.png","is_admin":false,"organizations":[],"groups":[]};\n'
            '  HelpCenter.internal = {"asset_url":"//static.zdassets.com/hc/assets/","web_widget_asset_composer_url":"https://static.zdassets.com/ekr/snippet.js","current_session":{"locale":"es","csrf_token":"%s","shared_csrf_token":null},"settings":{"zopim_enabled":false,"spam_filter_enabled":true},"theme_version":"%d"};\n  </script>\n'
            '  <script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=7b1c4d2e-93a0-4f5b-8e61-0c2d9f3a1b44"></script>\n'
            '</body>\n</html>\n' % (s["csrf"], URL, URL, thash[:40], thash[:12], thash[12:24], ART, sec, html.escape(title), html.escape(title),
                                     iso, meta.strftime("%Y-%m-%d %H:%M"), "%d de %s de %d %s" % (meta.day, MESES[meta.month - 1], meta.year, meta.strftime("%H:%M")),
                                     ART, body, ART, ART, up, tot, rec, rel, langs, s["csrf"], tid))


PAGE = {
    "service": "Flechazo", "url": URL, "lang": "es-ES", "platform": "Zendesk Guide (Copenhagen theme)",
    "content_type": "text/html; charset=utf-8",
    "n": 31, "start": dt.date(2021, 2, 10), "end": dt.date(2026, 5, 5),
    "policy": POLICY, "first_updated": dt.date(2020, 12, 3), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".article-title", ".article-body"]},
}
