"""Cuentavía (e-money institution / fintech, Mexico City) - es-MX - the "Aviso de Privacidad Integral" is a Zendesk
Guide article (Copenhagen theme): article header with relative "actualizado hace ..." time (whose timestamp also moves
when an agent re-saves the article without changing it), author avatar, follow button, votes counter, related
articles, "Artículos vistos recientemente", Zendesk messaging launcher, CSRF token and anonymous HelpCenter.user
identifier per visit, theme asset fingerprints."""
import datetime as dt
import hashlib
import common as C

URL = "https://ayuda.cuentavia.mx/hc/es-419/articles/4408817293453-Aviso-de-Privacidad-Integral"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
         "diciembre"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
# Aviso de Privacidad Integral

Fecha de última actualización: {UPDATED}

## Identidad y domicilio del responsable

Cuentavía, S.A.P.I. de C.V., Institución de Fondos de Pago Electrónico ("Cuentavía"), con domicilio en Avenida Insurgentes Sur 1431, piso 9, colonia Insurgentes Mixcoac, alcaldía Benito Juárez, C.P. 03920, Ciudad de México, es responsable del tratamiento de sus datos personales, de conformidad con la Ley Federal de Protección de Datos Personales en Posesión de los Particulares (la "Ley"), su Reglamento y los Lineamientos del Aviso de Privacidad.

## Datos personales que recabamos

Para cumplir con las finalidades descritas en este aviso, recabamos los siguientes datos personales:

- **Datos de identificación:** nombre completo, fecha y lugar de nacimiento, nacionalidad, CURP, RFC, imagen de su identificación oficial (INE o pasaporte) y fotografía.
- **Datos de contacto:** domicilio, correo electrónico y número de teléfono celular.
- **Datos patrimoniales y financieros:** ocupación, ingresos mensuales aproximados, origen de los recursos, cuentas CLABE vinculadas y el historial de las operaciones que realice con su cuenta Cuentavía.
- **Datos de uso y del dispositivo:** dirección IP, identificadores del dispositivo, sistema operativo y ubicación aproximada al momento de abrir su cuenta y de realizar operaciones.

Le informamos que no recabamos datos personales sensibles.

## Finalidades del tratamiento

Sus datos personales serán utilizados para las siguientes finalidades, que son necesarias para el servicio que solicita:

- Verificar su identidad y abrir su cuenta de fondos de pago electrónico.
- Cumplir con las obligaciones de identificación y conocimiento del cliente previstas en la Ley para Regular las Instituciones de Tecnología Financiera y en las disposiciones en materia de prevención de operaciones con recursos de procedencia ilícita.
- Emitir, administrar y, en su caso, reponer su tarjeta física o digital.
- Procesar depósitos, transferencias SPEI, pagos de servicios y retiros.
- Prevenir, detectar e investigar fraudes y operaciones inusuales.
- Atender sus consultas, aclaraciones y reclamaciones.

De manera adicional, utilizaremos su información para las siguientes finalidades secundarias, que no son necesarias para el servicio, pero que nos permiten brindarle una mejor atención:

- Enviarle promociones, beneficios y encuestas de satisfacción.
- Elaborar estadísticas y estudios de mercado.

Si no desea que sus datos personales se traten para estas finalidades secundarias, puede manifestarlo desde la sección Perfil > Privacidad de la aplicación o escribiendo a [privacidad@cuentavia.mx](mailto:privacidad@cuentavia.mx). Su negativa no será motivo para negarle los servicios que solicita.

## Transferencias de datos personales

Le informamos que sus datos personales pueden ser transferidos dentro y fuera del país a los siguientes terceros, sin requerir su consentimiento, de conformidad con el artículo 37 de la Ley:

| Destinatario | Finalidad |
| Comisión Nacional Bancaria y de Valores, Banco de México y Unidad de Inteligencia Financiera | Cumplimiento de obligaciones legales y requerimientos de autoridad |
| Autoridades judiciales y administrativas | Atención de requerimientos fundados y motivados |
| Red de pagos Mastercard y el banco emisor de su tarjeta | Procesamiento de las operaciones con su tarjeta |

Cuando usted lo autorice expresamente al solicitar un producto de crédito, consultaremos su historial en Trans Union de México, S.A., Sociedad de Información Crediticia (Buró de Crédito).

Asimismo, compartimos sus datos con proveedores que nos prestan servicios de alojamiento en la nube, verificación de identidad, envío de notificaciones y atención a clientes, quienes actúan como encargados y están obligados a tratarlos únicamente conforme a nuestras instrucciones.

## Derechos ARCO y revocación del consentimiento

Usted tiene derecho a conocer qué datos personales tenemos de usted, para qué los utilizamos y las condiciones del uso que les damos (Acceso); solicitar la corrección de su información personal en caso de que esté desactualizada, sea inexacta o incompleta (Rectificación); que la eliminemos de nuestros registros cuando considere que no está siendo utilizada adecuadamente (Cancelación); así como oponerse al uso de sus datos personales para fines específicos (Oposición). Estos derechos se conocen como derechos ARCO.

Para ejercer cualquiera de los derechos ARCO, o para revocar el consentimiento que nos haya otorgado, deberá enviar una solicitud al Departamento de Datos Personales al correo [privacidad@cuentavia.mx](mailto:privacidad@cuentavia.mx), acompañada de una copia de su identificación oficial y la descripción clara de los datos respecto de los que busca ejercer alguno de sus derechos. Le responderemos en un plazo máximo de 20 días hábiles contados a partir de la fecha de recepción de su solicitud, y, de resultar procedente, la haremos efectiva dentro de los 15 días hábiles siguientes.

Tome en cuenta que no en todos los casos podremos atender su solicitud o concluir el uso de forma inmediata, ya que es posible que por alguna obligación legal requiramos seguir tratando sus datos personales, en particular durante el plazo de conservación de 5 años que establecen las disposiciones aplicables a las instituciones de tecnología financiera.

## Opciones para limitar el uso o divulgación de sus datos

Puede inscribirse en el Registro Público para Evitar Publicidad (REPEP) de la Procuraduría Federal del Consumidor y en el Registro Público de Usuarios (REUS) de la Comisión Nacional para la Protección y Defensa de los Usuarios de Servicios Financieros (CONDUSEF), para dejar de recibir publicidad.

## Uso de cookies y tecnologías similares

Nuestro sitio web y nuestra aplicación utilizan cookies, web beacons y kits de desarrollo de terceros para recordar sus preferencias, mantener su sesión segura y medir el uso de nuestros servicios. Puede deshabilitar las cookies desde la configuración de su navegador; sin embargo, algunas funciones podrían dejar de estar disponibles.

## Cambios al aviso de privacidad

Este aviso de privacidad puede sufrir modificaciones derivadas de nuevos requerimientos legales, de nuestras propias necesidades o de cambios en nuestro modelo de negocio. Le informaremos sobre cualquier cambio a través de la aplicación y de este Centro de Ayuda.

Si considera que su derecho a la protección de datos personales ha sido vulnerado, puede acudir al Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales (INAI). Para mayor información visite [www.inai.org.mx](https://home.inai.org.mx).
"""

COOKIES = POLICY[POLICY.index("## Uso de cookies"):POLICY.index("## Cambios al aviso")]

EDITS = [
    {"note": "silent: identity verification processor named (Truora) and Círculo de Crédito added next to Buró de Crédito; "
             "date not bumped", "bump": False,
     "repl": [("consultaremos su historial en Trans Union de México, S.A., Sociedad de Información Crediticia (Buró de Crédito).",
               "consultaremos su historial en Trans Union de México, S.A., Sociedad de Información Crediticia (Buró de Crédito) y en Círculo de Crédito, S.A. de C.V., Sociedad de Información Crediticia."),
              ("servicios de alojamiento en la nube, verificación de identidad,",
               "servicios de alojamiento en la nube, verificación de identidad (como Truora Inc.),")]},
    {"note": "biometric data for facial-recognition onboarding added as sensitive data with express written consent; "
             "'no sensitive data' sentence removed",
     "repl": [("Le informamos que no recabamos datos personales sensibles.",
               "**Datos biométricos:** para verificar que usted es quien abre la cuenta, tomaremos una prueba de vida y compararemos los rasgos de su rostro con la fotografía de su identificación oficial; asimismo, podrá usar su rostro para autorizar operaciones. Los datos biométricos son datos personales sensibles, por lo que solo los trataremos con su consentimiento expreso y por escrito, que recabaremos mediante su firma electrónica en la aplicación. Si no otorga este consentimiento, podrá validar su identidad en una videollamada con un ejecutivo.")]},
    {"note": "retention period 5 years -> 10 years (anti-money-laundering provisions), with deletion after",
     "repl": [("durante el plazo de conservación de 5 años que establecen las disposiciones aplicables a las instituciones de tecnología financiera.",
               "durante el plazo de conservación de 10 años contados a partir del cierre de su cuenta que establecen las disposiciones de carácter general en materia de prevención de operaciones con recursos de procedencia ilícita aplicables a las instituciones de fondos de pago electrónico. Concluido ese plazo, sus datos serán suprimidos de forma segura.")]},
    {"note": "cookies section moved up before 'Transferencias'; Departamento de Datos Personales gets a named officer "
             "and a web form for ARCO requests",
     "repl": [(COOKIES, ""),
              ("## Transferencias de datos personales", COOKIES + "## Transferencias de datos personales"),
              ("deberá enviar una solicitud al Departamento de Datos Personales al correo [privacidad@cuentavia.mx](mailto:privacidad@cuentavia.mx),",
               "deberá enviar una solicitud al Departamento de Datos Personales, a cargo de la Lic. Fernanda Ibarra Solís, mediante el [formulario de solicitudes ARCO](https://ayuda.cuentavia.mx/hc/es-419/requests/new?ticket_form_id=9917221) o al correo [privacidad@cuentavia.mx](mailto:privacidad@cuentavia.mx),")]},
    {"note": "new LFPDPPP (DOF 20 March 2025): references updated, INAI replaced by the Secretaría Anticorrupción y Buen "
             "Gobierno; ARCO response period 20 días hábiles kept",
     "repl": [("de conformidad con la Ley Federal de Protección de Datos Personales en Posesión de los Particulares (la \"Ley\"), su Reglamento y los Lineamientos del Aviso de Privacidad.",
               "de conformidad con la Ley Federal de Protección de Datos Personales en Posesión de los Particulares publicada en el Diario Oficial de la Federación el 20 de marzo de 2025 (la \"Ley\") y demás normatividad aplicable."),
              ("Si considera que su derecho a la protección de datos personales ha sido vulnerado, puede acudir al Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales (INAI). Para mayor información visite [www.inai.org.mx](https://home.inai.org.mx).",
               "Si considera que su derecho a la protección de datos personales ha sido vulnerado, puede acudir a la Secretaría Anticorrupción y Buen Gobierno, autoridad garante en materia de protección de datos personales en posesión de los particulares. Para mayor información visite [www.gob.mx/buengobierno](https://www.gob.mx/buengobierno).")]},
]

SECTION = [("Aviso de Privacidad Integral", "4408817293453-Aviso-de-Privacidad-Integral"),
           ("Términos y Condiciones de Uso", "4408817301021-Términos-y-Condiciones-de-Uso"),
           ("Contrato de adhesión de la cuenta Cuentavía", "4408824455112-Contrato-de-adhesión"),
           ("Aviso de cookies", "4408836610093-Aviso-de-cookies"),
           ("Comisiones vigentes", "4409103355521-Comisiones-vigentes"),
           ("Unidad Especializada de Atención a Usuarios (UNE)", "4409111170004-UNE")]
RELATED = [("¿Cómo elimino mi cuenta?", "4410023344556"), ("¿Qué hago si no reconozco un cargo?", "4410029988771"),
           ("¿Cómo actualizo mi domicilio?", "4410031122337"), ("¿Cuentavía está regulada?", "4410034456678"),
           ("Bloqueo y reposición de tarjeta", "4410037780012")]

_last = {}


def hx(*p, n=40):
    return hashlib.sha1("|".join(map(str, p)).encode()).hexdigest()[:n]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["csrf"] = (C.b64tok(rng, 48), C.alnum(rng, 32, "0123456789abcdef"))
    s["theme"] = C.keep_or(rng, prev.get("theme"), 0.3, lambda: (str(rng.randint(7000000, 9999999)), C.hexs(rng, 10)))
    s["votes"] = (41 + i * 9 + rng.randint(0, 6), 12 + i * 4 + rng.randint(0, 3))
    s["related"] = C.keep_or(rng, prev.get("related"), 0.3, lambda: tuple(rng.sample(range(len(RELATED)), 3)))
    s["resave"] = rng.random() < 0.15
    s["messaging"] = rng.choice(["launcher", "launcher", "proactive"])
    return s


LABELS = {
    "csrf": "CSRF token and anonymous HelpCenter.user identifier (per visit)",
    "theme": "Help Center theme asset id and fingerprints",
    "votes": "'A N de M les pareció útil este artículo' vote counter",
    "related": "'Artículos relacionados' picks",
    "resave": "article re-saved by an agent (updated_at moves, text unchanged)",
    "messaging": "Zendesk messaging launcher / proactive message",
    "edited_at": "article 'Actualizado' timestamp and its relative time",
}


def relative(delta):
    d = delta.days
    if d < 1:
        hrs = max(1, delta.seconds // 3600)
        return "hace una hora" if hrs == 1 else "hace %d horas" % hrs
    if d < 30:
        return "hace un día" if d == 1 else "hace %d días" % d
    if d < 365:
        m = max(1, round(d / 30.4))
        return "hace un mes" if m == 1 else "hace %d meses" % m
    y = round(d / 365)
    return "hace un año" if y == 1 else "hace %d años" % y


def render(s, blocks, when):
    h = hx(repr(blocks))
    if _last.get("h") != h:
        _last["h"] = h
        _last["at"] = when - dt.timedelta(hours=int(h[:4], 16) % 70 + 2)
    if s["resave"]:
        _last["at"] = when - dt.timedelta(hours=int(h[4:8], 16) % 20 + 1, minutes=int(h[8:10], 16) % 60)
    at = _last["at"]
    s["edited_at"] = C.iso(at)
    created = dt.datetime(2021, 9, 2, 17, 41, 6)
    tok, ident = s["csrf"]
    tid, tfp = s["theme"]
    yes, no = s["votes"]
    title = C.inline_html(blocks[0][1])
    body = C.blocks_html(blocks[1:], sep="")
    side = "".join('<li><a href="/hc/es-419/articles/%s" class="sidenav-item%s"%s>%s</a></li>'
                   % (u, " current-article" if n == 0 else "", ' aria-current="page"' if n == 0 else "", t)
                   for n, (t, u) in enumerate(SECTION))
    rel = "".join('<li><a href="/hc/es-419/related/click?data=%s" rel="nofollow">%s</a></li>'
                  % (C.base64.b64encode(("BAh7CjobZGVzdGluYXRpb25fYXJ0aWNsZV9pZGwr%s" % a).encode()).decode()[:60], t)
                  for t, a in (RELATED[k] for k in s["related"]))
    messaging = ('<div><iframe title="Botón para abrir la ventana de mensajería" id="launcher" tabindex="0" allow="autoplay" '
                 'style="color-scheme: light; border: none; position: fixed; width: 64px; height: 64px; bottom: 16px; right: 16px; z-index: 999998; '
                 'transform: translateZ(0px); visibility: visible;"></iframe>%s</div>'
                 % ('<iframe title="Mensaje de la empresa" style="color-scheme: light; border: none; position: fixed; width: 260px; height: 104px; '
                    'bottom: 88px; right: 16px; z-index: 999998;"></iframe>' if s["messaging"] == "proactive" else ""))
    return ('<!DOCTYPE html>\n<html dir="ltr" lang="es-419">\n<head>\n  <meta charset="utf-8" />\n'
            '  <!-- v26880 -->\n\n\n  <title>Aviso de Privacidad Integral &ndash; Centro de ayuda Cuentavía</title>\n\n'
            '  <meta name="csrf-param" content="authenticity_token">\n<meta name="csrf-token" content="%s">\n'
            '<link rel="canonical" href="%s">\n<link rel="alternate" hreflang="es-419" href="%s">\n<link rel="alternate" hreflang="x-default" href="%s">\n'
            '\n  <link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-%s.css" media="all" id="stylesheet" />\n'
            '  <link rel="stylesheet" type="text/css" href="/hc/theming_assets/1234567/360004411112/style.css?digest=%s">\n'
            '  <link rel="icon" type="image/x-icon" href="/hc/theming_assets/01HZ3Q4W8N2C5V7B9M1K3J5H7G">\n'
            '  <script src="//static.zdassets.com/hc/assets/es-419.%s.js"></script>\n  <meta content="width=device-width, initial-scale=1.0" name="viewport" />\n'
            '</head>\n<body class="">\n  <a class="skip-navigation" tabindex="1" href="#main-content">Saltar al contenido principal</a>\n\n'
            '<header class="header">\n  <div class="logo">\n    <a title="Inicio" href="/hc/es-419">\n      <img src="/hc/theming_assets/01HZ3Q4X2P6R8T0V2X4Z6B8D0F" alt="Página principal del Centro de ayuda de Cuentavía">\n'
            '    </a>\n  </div>\n  <div class="nav-wrapper-desktop">\n    <nav class="user-nav" id="user-nav" aria-label="Navegación del usuario">\n'
            '      <ul class="user-nav-list">\n        <li><a class="submit-a-request" href="/hc/es-419/requests/new">Enviar una solicitud</a></li>\n'
            '        <li><a class="sign-in" rel="nofollow" data-auth-action="signin" title="Abre un cuadro de diálogo" role="button" href="/hc/es-419/signin?return_to=%s">Iniciar sesión</a></li>\n'
            '      </ul>\n    </nav>\n  </div>\n</header>\n\n  <main role="main">\n    <div class="container-divider"></div>\n'
            '<div class="container">\n  <div class="sub-nav">\n    <nav aria-label="Ruta de navegación actual">\n  <ol class="breadcrumbs">\n'
            '      <li title="Centro de ayuda Cuentavía"><a href="/hc/es-419">Centro de ayuda Cuentavía</a></li>\n'
            '      <li title="Legal y privacidad"><a href="/hc/es-419/categories/4408800012345-Legal-y-privacidad">Legal y privacidad</a></li>\n'
            '      <li title="Documentos legales"><a href="/hc/es-419/sections/4408811109876-Documentos-legales">Documentos legales</a></li>\n'
            '  </ol>\n</nav>\n\n    <div class="search-container">\n      <svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="search-icon" aria-hidden="true"><circle cx="4.5" cy="4.5" r="4" fill="none" stroke="currentColor"/></svg>\n'
            '      <form role="search" class="search" data-search="" action="/hc/es-419/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" />'
            '<input type="search" name="query" id="query" placeholder="Buscar" autocomplete="off" aria-label="Buscar" /></form>\n    </div>\n  </div>\n\n'
            '  <div class="article-container" id="article-container">\n    <aside class="article-sidebar" aria-labelledby="section-articles-title">\n'
            '        <div class="collapsible-sidebar">\n          <button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button>\n'
            '          <h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Artículos en esta sección</h3>\n'
            '          <div class="collapsible-sidebar-body">\n            <ul>%s</ul>\n          </div>\n        </div>\n    </aside>\n\n'
            '    <article id="main-content" class="article">\n      <header class="article-header">\n'
            '        <h1 title="Aviso de Privacidad Integral" class="article-title">\n          %s\n        </h1>\n\n'
            '        <div class="article-author">\n            <div class="avatar article-avatar">\n'
            '              <img src="https://ayuda.cuentavia.mx/system/photos/4410200011223/legal-team.png" alt="" class="user-avatar"/>\n            </div>\n'
            '          <div class="article-meta">\n              Equipo Legal Cuentavía\n\n            <ul class="meta-group">\n'
            '                <li class="meta-data"><time datetime="%s" title="%s" data-datetime="relative">%s</time></li>\n'
            '                <li class="meta-data">Actualizado</li>\n            </ul>\n          </div>\n        </div>\n\n'
            '          <div class="article-subscribe"><button class="button" data-selected="false" data-follow-url="/hc/es-419/articles/4408817293453/subscription.json" '
            'aria-label="Seguir este artículo">Seguir</button></div>\n      </header>\n\n      <section class="article-info">\n'
            '        <div class="article-content">\n          <div class="article-body">%s</div>\n\n        </div>\n      </section>\n\n'
            '      <footer>\n        <div class="article-footer">\n            <div class="article-share">\n  <ul class="share">\n'
            '    <li><a href="https://www.facebook.com/share.php?title=Aviso+de+Privacidad+Integral&u=%s" class="share-facebook" target="_blank" rel="noopener">Facebook</a></li>\n'
            '    <li><a href="https://twitter.com/share?lang=es&text=Aviso+de+Privacidad+Integral&url=%s" class="share-twitter" target="_blank" rel="noopener">X Corp</a></li>\n'
            '    <li><a href="https://www.linkedin.com/shareArticle?mini=true&source=Cuentav%%C3%%ADa&title=Aviso+de+Privacidad+Integral&url=%s" class="share-linkedin" target="_blank" rel="noopener">LinkedIn</a></li>\n'
            '  </ul>\n\n</div>\n        </div>\n          <div class="article-votes">\n            <h2 class="article-votes-question" id="article-votes-label">¿Fue útil este artículo?</h2>\n'
            '            <div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">\n'
            '              <button type="button" class="button article-vote article-vote-up" data-helper="vote" data-item="article" data-type="up" data-id="4408817293453" '
            'data-upvote-count="%d" data-vote-count="%d" data-vote-sum="%d" data-vote-url="/hc/es-419/articles/4408817293453/vote" data-value="null" '
            'data-label="A %d de %d les pareció útil este artículo" data-selected-class="button-primary" aria-label="Este artículo fue útil" aria-pressed="false">Sí</button>\n'
            '              <button type="button" class="button article-vote article-vote-down" data-helper="vote" data-item="article" data-type="down" data-id="4408817293453" '
            'data-value="null" aria-label="Este artículo no fue útil" aria-pressed="false">No</button>\n            </div>\n'
            '            <small class="article-votes-count">\n              <span class="article-vote-label" data-helper="vote" data-item="article" data-type="label" '
            'data-id="4408817293453">A %d de %d les pareció útil este artículo</span>\n            </small>\n          </div>\n\n'
            '        <div class="article-more-questions">\n          ¿Tiene más preguntas? <a href="/hc/es-419/requests/new">Enviar una solicitud</a>\n        </div>\n'
            '        <div class="article-return-to-top">\n          <a href="#article-container">Volver al inicio</a>\n        </div>\n      </footer>\n\n'
            '      <div class="article-relatives">\n          <div data-recent-articles></div>\n\n'
            '          <section class="related-articles" aria-labelledby="related-articles-title">\n    <h2 class="related-articles-title" id="related-articles-title">Artículos relacionados</h2>\n'
            '    <ul>%s</ul>\n  </section>\n\n      </div>\n    </article>\n  </div>\n</div>\n\n  </main>\n\n'
            '<footer class="footer">\n  <div class="footer-inner">\n    <a title="Inicio" href="/hc/es-419">Centro de ayuda Cuentavía</a>\n'
            '    <div class="footer-language-selector">\n        <div class="dropdown language-selector">\n'
            '          <button class="dropdown-toggle" aria-haspopup="true">Español (Latinoamérica)</button>\n'
            '          <span class="dropdown-menu dropdown-menu-end" role="menu"><a href="/hc/change_language/en-us?return_to=%%2Fhc%%2Fen-us%%2Farticles%%2F4408817293453" dir="ltr" rel="nofollow" role="menuitem">English (US)</a></span>\n'
            '        </div>\n    </div>\n    <p>Cuentavía, S.A.P.I. de C.V., IFPE. Institución autorizada por la CNBV. Los recursos de los clientes no están garantizados por el IPAB.</p>\n'
            '  </div>\n</footer>\n\n\n  <script src="//static.zdassets.com/hc/assets/jquery-ed472032c65bb4295993684c673d706a.js"></script>\n\n\n'
            '  <script type="text/javascript">\n  /*\n\n    Greetings sourcecode lurker!\n\n    This is for internal Zendesk and legacy usage,\n'
            '    we don\'t support or guarantee any of these values\n    so please don\'t build stuff on top of them.\n\n  */\n\n'
            '  HelpCenter = {};\n  HelpCenter.account = {"subdomain":"cuentavia","environment":"production","name":"Cuentavía"};\n'
            '  HelpCenter.user = {"identifier":"%s","email":null,"name":"","role":"anonymous","avatar_url":"https://assets.zendesk.com/hc/assets/default_avatar.png","is_admin":false,"organizations":[],"groups":[]};\n'
            '  HelpCenter.internal = {"asset_url":"//static.zdassets.com/hc/assets/","web_widget_asset_composer_url":"https://static.zdassets.com/ekr/snippet.js",'
            '"current_session":{"locale":"es-419","csrf_token":null,"shared_csrf_token":null},"usage_tracking":{"event":"article_viewed","data":"%s","url":"https://ayuda.cuentavia.mx/hc/activity"},'
            '"current_record_id":"4408817293453","current_record_url":"/hc/es-419/articles/4408817293453-Aviso-de-Privacidad-Integral","current_record_title":"Aviso de Privacidad Integral",'
            '"current_text_direction":"ltr","current_brand_id":360002233441,"current_brand_name":"Cuentavía","current_brand_url":"https://cuentavia.zendesk.com","current_host_mapping":"ayuda.cuentavia.mx",'
            '"current_path":"/hc/es-419/articles/4408817293453-Aviso-de-Privacidad-Integral","authentication_domain":"https://cuentavia.zendesk.com","show_autocomplete_breadcrumbs":true,'
            '"user_info_changing_enabled":false,"has_user_profiles_enabled":false,"has_end_user_attachments":true,"user_aliases_enabled":false,"has_anonymous_kb_voting":true,'
            '"has_multi_language_help_center":true,"has_brand_csp":false,"has_answer_bot_web_form_enabled":false,"has_answer_bot_web_form_modal_v2":false,"mobile_device":false,'
            '"mobile_site_enabled":false,"show_at_mentions":false,"embeddables_config":{"embeddables_web_widget":true,"embeddables_connect_ipms":false},"answer_bot_subdomain":"static",'
            '"gather_plan_state":"subscribed","has_article_verification":true,"has_gather":true,"has_ckeditor":false,"has_community_enabled":false,"has_community_badges":false,'
            '"has_community_post_content_tagging":false,"has_gather_content_tags":false,"has_guide_content_tags":true,"has_user_segments":true,"has_answer_bot_category_page":false,'
            '"has_answer_bot_section_page":false,"has_answer_bot_article_page":false,"has_answer_bot_search_page":false,"has_answer_bot_web_form_enabled":false,"has_community_ai_moderation":false,'
            '"has_alternate_templates":true,"theme_id":"%s","has_template_rendered_content_block":false};\n</script>\n\n'
            '  <script src="//static.zdassets.com/hc/assets/moment-3b62525bdab669b7b17d1a9d8b5d46b4.js"></script>\n'
            '  <script src="//static.zdassets.com/hc/assets/hc_enduser-%s.js"></script>\n'
            '  <script type="text/javascript" src="/hc/theming_assets/1234567/360004411112/script.js?digest=%s"></script>\n'
            '  <script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=3c9e1b70-4a2d-4f61-9e8b-27d05c6f1a94"></script>\n%s\n'
            '</body>\n</html>\n'
            % (tok, URL, URL, URL, hx("appcss", tid, n=32), tfp, hx("loc", tid, n=32), C.base64.b64encode(URL.encode()).decode()[:40],
               side, title, C.iso(at), at.strftime("%Y-%m-%d %H:%M"), relative(when - at), body, URL, URL, URL,
               yes, yes + no, yes - no, yes, yes + no, yes, yes + no, rel, ident,
               C.base64.b64encode(("BAh7CDoLbG9jYWxlSSILZXMtNDE5BjoGRVQ6CmFjdGlvbkkiEWFydGljbGVfdmlld2VkBjsGVDoPYXJ0aWNsZV9pZGwr%s" % ident[:12]).encode()).decode()[:96],
               "01HZ%s" % tid, hx("hc", tid, n=32), tfp, messaging))


PAGE = {
    "service": "Cuentavía", "url": URL, "lang": "es-MX", "platform": "Zendesk Guide (Copenhagen theme)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2021, 10, 5), "end": dt.date(2026, 6, 1),
    "policy": POLICY, "first_updated": dt.date(2021, 9, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".article-title", ".article-body"]},
}
