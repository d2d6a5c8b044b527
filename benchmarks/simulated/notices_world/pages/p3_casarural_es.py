"""Casa Rural El Robledal de Gredos (Navarredonda de Gredos, Ávila) - es-ES - Joomla 4 (Cassiopeia), one article.

"Aviso legal, política de privacidad y cookies": one Joomla article whose body is a flat text: an "Índice" of
anchors, then "1. Aviso legal" (LSSI-CE), "2. Política de privacidad" (RGPD/LOPDGDD, with its basic-information
table), "3. Política de cookies" (its own document, with the cookie table), all h2 with ids. The privacy policy is
the range from the privacy h2 to the cookies h2; cookie-table edits are not privacy changes.
"""
import datetime as dt
import re
import common as C

URL = "https://www.elrobledaldegredos.es/aviso-legal-privacidad-cookies"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
## 2. Política de privacidad

En cumplimiento del Reglamento (UE) 2016/679 del Parlamento Europeo y del Consejo, de 27 de abril de 2016, General de Protección de Datos (RGPD), y de la Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales y garantía de los derechos digitales (LOPDGDD), le informamos de cómo tratamos los datos personales de nuestros huéspedes y de las personas que contactan con nosotros.

### Información básica sobre protección de datos

| Epígrafe | Información básica |
| Responsable | María Jesús Sánchez Blázquez (Casa Rural El Robledal de Gredos) |
| Finalidad | Gestionar reservas y estancias, atender consultas y, si lo autoriza, enviarle ofertas |
| Legitimación | Ejecución de un contrato, obligación legal y consentimiento del interesado |
| Destinatarios | No se cederán datos a terceros, salvo obligación legal |
| Derechos | Acceder, rectificar y suprimir los datos, así como otros derechos, como se explica en la información adicional |
| Información adicional | Puede consultar la información adicional y detallada en esta misma página |

### ¿Quién es el responsable del tratamiento de sus datos?

@ Responsable: María Jesús Sánchez Blázquez
@ NIF: 06578432K
@ Dirección: Calle Real, 14, 05635 Navarredonda de Gredos (Ávila)
@ Teléfono: 920 348 216
@ Correo electrónico: [reservas@elrobledaldegredos.es](mailto:reservas@elrobledaldegredos.es)

### ¿Con qué finalidad tratamos sus datos personales?

Tratamos la información que nos facilita con las siguientes finalidades:

- Gestionar la reserva de la casa o de sus habitaciones, el cobro de la señal y del resto del importe, y la prestación del servicio de alojamiento.
- Cumplimentar el parte de entrada de viajeros y comunicarlo a la Dirección General de la Guardia Civil, conforme a la Ley Orgánica 4/2015, de 30 de marzo, de protección de la seguridad ciudadana, y a la Orden INT/1922/2003.
- Responder a las consultas que nos envíe mediante el formulario de contacto, por correo electrónico o por teléfono.
- Enviarle, si nos ha dado su consentimiento, información sobre ofertas, temporadas y actividades en la Sierra de Gredos.

No se tomarán decisiones automatizadas ni se elaborarán perfiles con sus datos.

### ¿Por cuánto tiempo conservaremos sus datos?

Los datos de las reservas se conservarán durante la relación contractual y, posteriormente, durante los plazos legalmente exigibles, en particular los previstos en la normativa fiscal y mercantil (seis años para la documentación contable y facturas).

Los partes de entrada de viajeros se conservan durante tres años, tal y como exige la normativa de seguridad ciudadana.

Los datos de las consultas se conservan durante un año desde la última comunicación, salvo que dé lugar a una reserva. Los datos utilizados para el envío de ofertas se conservan hasta que usted retire su consentimiento.

### ¿Cuál es la legitimación para el tratamiento de sus datos?

La base legal para la gestión de las reservas es la ejecución del contrato de alojamiento o la aplicación de medidas precontractuales a petición suya (artículo 6.1.b del RGPD). El registro documental de viajeros se basa en el cumplimiento de una obligación legal (artículo 6.1.c del RGPD). La atención de consultas y el envío de ofertas se basan en su consentimiento (artículo 6.1.a del RGPD), que podrá retirar en cualquier momento sin que ello afecte a la licitud del tratamiento anterior.

Los datos solicitados en los formularios marcados como obligatorios son necesarios para atender su solicitud; si no los facilita, no podremos tramitar la reserva o responder a su consulta.

### ¿A qué destinatarios se comunicarán sus datos?

Sus datos no se cederán a terceros salvo obligación legal: los partes de viajeros se comunican a la Guardia Civil y, en su caso, los datos de facturación a la Agencia Estatal de Administración Tributaria.

Para prestar el servicio contamos con proveedores que acceden a los datos como encargados del tratamiento, con los que hemos firmado el correspondiente contrato: la empresa de alojamiento web, la gestoría que lleva nuestra contabilidad y la entidad bancaria que gestiona los pagos con tarjeta mediante TPV virtual.

No realizamos transferencias internacionales de datos.

### ¿Cuáles son sus derechos cuando nos facilita sus datos?

Cualquier persona tiene derecho a obtener confirmación sobre si estamos tratando datos personales que le conciernan. Usted puede ejercer los derechos de acceso, rectificación, supresión, oposición, limitación del tratamiento y portabilidad de los datos, dirigiendo un escrito a la dirección postal indicada o un correo electrónico a [reservas@elrobledaldegredos.es](mailto:reservas@elrobledaldegredos.es), acompañado de una copia de su documento de identidad.

Si considera que el tratamiento no se ajusta a la normativa, puede presentar una reclamación ante la Agencia Española de Protección de Datos (AEPD), C/ Jorge Juan, 6, 28001 Madrid, [www.aepd.es](https://www.aepd.es).

### Exactitud y veracidad de los datos

El usuario es el único responsable de la veracidad de los datos que nos remite y se compromete a comunicarnos cualquier modificación. Si facilita datos de otros huéspedes que le acompañan, garantiza haberles informado de esta política y contar con su autorización.

### Menores de edad

No tratamos datos de menores de catorce años salvo los que facilite el titular de la reserva, como su padre, madre o tutor, para cumplir con el registro de viajeros. Las reservas solo pueden realizarlas personas mayores de edad.

### Medidas de seguridad

Hemos adoptado las medidas técnicas y organizativas necesarias para garantizar la seguridad de sus datos y evitar su alteración, pérdida, tratamiento o acceso no autorizado, habida cuenta del estado de la tecnología, la naturaleza de los datos y los riesgos a que están expuestos. Los formularios del sitio web utilizan una conexión cifrada (HTTPS) y la documentación en papel se guarda bajo llave.

### Redes sociales

La Casa Rural El Robledal de Gredos tiene perfiles en Facebook e Instagram. Los datos de los usuarios que interactúan con nuestros perfiles (seguidores, comentarios, mensajes) se tratan únicamente para gestionar dicha interacción, sin perjuicio de que las propias redes sociales los traten conforme a sus políticas de privacidad.

Fecha de la última actualización: {UPDATED}
"""

EDITS = [
    {"note": "booking portals (Booking.com, Escapada Rural, Airbnb) named as sources and recipients of booking data",
     "repl": [("No realizamos transferencias internacionales de datos.",
               "Si reserva a través de un portal (Booking.com, Escapada Rural o Airbnb), recibimos de dicho portal los datos de su reserva y compartimos con él la información necesaria para gestionarla; cada portal trata sus datos como responsable conforme a su propia política de privacidad.\n\nNo realizamos transferencias internacionales de datos.")]},
    {"note": "enquiries retention 1 year -> 2 years (silent: date not bumped)", "bump": False,
     "repl": [("Los datos de las consultas se conservan durante un año desde la última comunicación",
               "Los datos de las consultas se conservan durante dos años desde la última comunicación")]},
    {"note": "new purpose and channel: WhatsApp Business for booking communications; summary table's Finalidad updated",
     "repl": [("- Responder a las consultas que nos envíe mediante el formulario de contacto, por correo electrónico o por teléfono.",
               "- Responder a las consultas que nos envíe mediante el formulario de contacto, por correo electrónico, por teléfono o por WhatsApp. Si nos escribe por WhatsApp, su número y sus mensajes son tratados también por WhatsApp Ireland Limited conforme a su propia política de privacidad; le recomendamos no enviar por esta vía copias de documentos de identidad."),
              ("| Finalidad | Gestionar reservas y estancias, atender consultas y, si lo autoriza, enviarle ofertas |",
               "| Finalidad | Gestionar reservas y estancias, cumplir el registro de viajeros, atender consultas (también por WhatsApp) y, si lo autoriza, enviarle ofertas |")]},
    {"note": "rights: right not to be subject to automated decisions and withdrawal of consent added; AEPD complaint via sede electrónica",
     "repl": [("Usted puede ejercer los derechos de acceso, rectificación, supresión, oposición, limitación del tratamiento y portabilidad de los datos,",
               "Usted puede ejercer los derechos de acceso, rectificación, supresión, oposición, limitación del tratamiento, portabilidad de los datos y a no ser objeto de decisiones individuales automatizadas, así como retirar en cualquier momento el consentimiento prestado,"),
              ("C/ Jorge Juan, 6, 28001 Madrid, [www.aepd.es](https://www.aepd.es).",
               "C/ Jorge Juan, 6, 28001 Madrid, o a través de su sede electrónica: [sedeaepd.gob.es](https://sedeaepd.gob.es).")]},
    {"note": "guest register: Real Decreto 933/2021 (in force 2 Dec 2024) replaces Orden INT/1922/2003; data sent to SES.HOSPEDAJES (Ministerio del Interior), more data collected",
     "repl": [("- Cumplimentar el parte de entrada de viajeros y comunicarlo a la Dirección General de la Guardia Civil, conforme a la Ley Orgánica 4/2015, de 30 de marzo, de protección de la seguridad ciudadana, y a la Orden INT/1922/2003.",
               "- Cumplir con las obligaciones de registro documental e información de viajeros y comunicar los datos al sistema SES.HOSPEDAJES del Ministerio del Interior, conforme a la Ley Orgánica 4/2015, de 30 de marzo, de protección de la seguridad ciudadana, y al Real Decreto 933/2021, de 26 de octubre. Además de los datos del documento de identidad, la normativa exige recoger la dirección, el teléfono, el correo electrónico, el número de viajeros, la relación de parentesco con los menores y los datos del medio de pago."),
              ("los partes de viajeros se comunican a la Guardia Civil", "los datos de registro de viajeros se comunican al Ministerio del Interior a través de SES.HOSPEDAJES"),
              ("Los partes de entrada de viajeros se conservan durante tres años, tal y como exige la normativa de seguridad ciudadana.",
               "Los datos de registro de viajeros se conservan durante tres años desde la finalización de la estancia, tal y como exige el Real Decreto 933/2021.")]},
]

# ---------------------------------------------------------------- other documents (noise)

HOSTING = [(dt.datetime(2000, 1, 1), "Hostinger International Ltd., 61 Lordou Vironos Street, 6023 Larnaca, Chipre"),
           (dt.datetime(2022, 10, 3), "Raiola Networks, S.L., Calle Francisco Gil, 33, 27002 Lugo")]
TEL = [(dt.datetime(2000, 1, 1), "920 348 216 / 659 214 870"), (dt.datetime(2023, 9, 18), "920 348 216 / 611 387 402")]
COOKIES = [
    (dt.datetime(2000, 1, 1), [("Cookies técnicas", "PHPSESSID / identificador de sesión de Joomla", "Propia", "Sesión"),
                               ("Cookies técnicas", "cookieconsent_status", "Propia", "1 año"),
                               ("Cookies analíticas", "_ga, _gid", "Google Analytics", "2 años / 24 horas"),
                               ("Cookies de terceros", "NID", "Google Maps", "6 meses")]),
    (dt.datetime(2022, 7, 4), [("Cookies técnicas", "Identificador de sesión de Joomla", "Propia", "Sesión"),
                               ("Cookies técnicas", "cookieconsent_status", "Propia", "1 año"),
                               ("Cookies analíticas", "_ga, _ga_XXXXXXX (Google Analytics 4)", "Google", "2 años"),
                               ("Cookies de terceros", "NID", "Google Maps", "6 meses")]),
    (dt.datetime(2024, 4, 22), [("Cookies técnicas", "Identificador de sesión de Joomla", "Propia", "Sesión"),
                                ("Cookies técnicas", "cookieconsent_status", "Propia", "1 año"),
                                ("Cookies analíticas", "_ga, _ga_XXXXXXX (Google Analytics 4)", "Google", "2 años"),
                                ("Cookies de terceros", "NID", "Google Maps", "6 meses"),
                                ("Cookies de terceros", "Cookies del motor de reservas", "Avaibook", "Sesión")]),
]


def at(table, when):
    cur = table[0]
    for row in table:
        if when >= row[0]:
            cur = row
    return cur


def aviso_src(s):
    return """
## 1. Aviso legal

En cumplimiento del artículo 10 de la Ley 34/2002, de 11 de julio, de Servicios de la Sociedad de la Información y de Comercio Electrónico (LSSI-CE), se informa de los datos identificativos del titular de este sitio web:

@ Titular: María Jesús Sánchez Blázquez
@ NIF: 06578432K
@ Domicilio: Calle Real, 14, 05635 Navarredonda de Gredos (Ávila)
@ Teléfono: %s
@ Correo electrónico: [reservas@elrobledaldegredos.es](mailto:reservas@elrobledaldegredos.es)
@ Inscrita en el Registro de Turismo de Castilla y León con el número CR-AV-287

### Condiciones de uso

El acceso a este sitio web atribuye la condición de usuario e implica la aceptación de estas condiciones. El usuario se compromete a hacer un uso adecuado de los contenidos y a no emplearlos para actividades ilícitas o contrarias a la buena fe.

### Propiedad intelectual e industrial

Los textos, fotografías, logotipos y diseño de este sitio web son propiedad de la titular o cuentan con la autorización de sus autores. Queda prohibida su reproducción, distribución o comunicación pública sin autorización expresa.

### Responsabilidad

La titular no se hace responsable de los daños que pudieran derivarse de interrupciones del servicio, ni del contenido de los sitios web enlazados. El sitio web se aloja en los servidores de %s.

### Legislación aplicable

Las presentes condiciones se rigen por la legislación española. Para cualquier controversia serán competentes los juzgados y tribunales de Ávila, salvo que la normativa de consumidores disponga otro fuero.
""" % (s["tel"], s["hosting"])


def cookies_src(s):
    rows = "\n".join("| %s | %s | %s | %s |" % r for r in s["cookies"])
    return """
## 3. Política de cookies

Este sitio web utiliza cookies propias y de terceros. Una cookie es un fichero que se descarga en su equipo al acceder a determinadas páginas web y que permite, entre otras cosas, almacenar y recuperar información sobre sus hábitos de navegación.

### Cookies utilizadas en este sitio web

| Tipo | Cookie | Titular | Duración |
%s

### Cómo aceptar, rechazar o configurar las cookies

Al acceder por primera vez se muestra un aviso que le permite aceptar o rechazar las cookies no necesarias. Puede modificar su elección en cualquier momento desde el enlace «Configurar cookies» del pie de página, o configurar su navegador para bloquear o eliminar las cookies:

- [Google Chrome](https://support.google.com/chrome/answer/95647)
- [Mozilla Firefox](https://support.mozilla.org/es/kb/Borrar%%20cookies)
- [Safari](https://support.apple.com/es-es/guide/safari/sfri11471/mac)
- [Microsoft Edge](https://support.microsoft.com/es-es/microsoft-edge)
""" % rows


def slug(t):
    t = re.sub(r"^\d+\.\s*", "", t)
    for a, b in (("í", "i"), ("á", "a"), ("ó", "o"), ("é", "e"), ("ú", "u"), ("ñ", "n")):
        t = t.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")


def jhtml(blocks):
    out = []
    for kind, v in blocks:
        if kind == "h2":
            out.append('<h2 id="%s">%s</h2>' % (slug(v), C.inline_html(v)))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br>\n".join(C.inline_html(l) for l in v))
        elif kind == "table":
            head = "".join('<th scope="col">%s</th>\n' % C.inline_html(x) for x in v[0])
            body = "".join("<tr>\n%s</tr>\n" % "".join("<td>%s</td>\n" % C.inline_html(x) for x in r) for r in v[1:])
            out.append('<table class="table table-striped" style="width: 100%%;">\n<thead>\n<tr>\n%s</tr>\n</thead>\n<tbody>\n%s</tbody>\n</table>' % (head, body))
        elif kind in ("ul", "ol"):
            out.append("<%s>\n%s</%s>" % (kind, "".join("<li>%s</li>\n" % C.inline_html(i) for i in v), kind))
        else:
            out.append(C.block_html((kind, v)))
    return "\n".join(out)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["hosting"] = at(HOSTING, when)[1]
    s["tel"] = at(TEL, when)[1]
    s["cookies"] = tuple(at(COOKIES, when)[1])
    s["hits"] = 2140 + i * 97 + rng.randint(0, 60)
    s["token"] = C.hexs(rng, 32)
    s["weather"] = (rng.randint(-6, 31) if when.month in (6, 7, 8) else rng.randint(-8, 18), rng.choice(["Soleado", "Nubes y claros", "Nublado", "Lluvia débil", "Nieve"]))
    s["mediaversion"] = C.keep_or(rng, prev.get("mediaversion"), 0.2, lambda: C.hexs(rng, 32))
    s["joomla"] = "4.4.%d" % min(13, 1 + i // 3) if when >= dt.datetime(2023, 10, 17) else "4.%d.%d" % (min(3, (when.year - 2021) + 1), 1 + i % 4)
    return s


LABELS = {
    "hosting": "other document: aviso legal's hosting provider (Hostinger -> Raiola Networks)",
    "tel": "other document: aviso legal's mobile phone number",
    "cookies": "other document: cookie policy's cookie table (GA4, booking-engine cookies)",
    "hits": "Joomla article hits counter ('Visitas')",
    "token": "Joomla CSRF form token (login module)",
    "weather": "'El tiempo en Gredos' weather module",
    "mediaversion": "Joomla media version hash on CSS/JS",
    "joomla": "Joomla version in generator meta after updates",
}


def render(s, blocks, when):
    before = C.parse_src(aviso_src(s))
    after = C.parse_src(cookies_src(s))
    allb = before + blocks + after
    toc = ('<div class="indice">\n<p><strong>Índice</strong></p>\n<ol>\n<li><a href="#aviso-legal">Aviso legal</a></li>\n'
           '<li><a href="#politica-de-privacidad">Política de privacidad</a></li>\n<li><a href="#politica-de-cookies">Política de cookies</a></li>\n</ol>\n</div>')
    mv = s["mediaversion"]
    temp, sky = s["weather"]
    return ('<!DOCTYPE html>\n<html lang="es-es" dir="ltr">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="generator" content="Joomla! - Open Source Content Management">\n'
            '<title>Aviso legal, política de privacidad y cookies - Casa Rural El Robledal de Gredos</title>\n'
            '<link href="/media/templates/site/cassiopeia/css/template.min.css?%s" rel="stylesheet">\n'
            '<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet">\n'
            '<link href="/media/plg_system_cookieconsent/css/cookieconsent.min.css?%s" rel="stylesheet">\n'
            '<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Error","MESSAGE":"Mensaje"},"system.paths":{"root":"","rootFull":"https:\\/\\/www.elrobledaldegredos.es\\/","base":""},"csrf.token":"%s"}</script>\n'
            '<script src="/media/system/js/core.min.js?%s"></script>\n'
            '<!-- Joomla %s -->\n'
            '</head>\n<body class="site com_content wrapper-static view-article no-layout no-task itemid-128 has-sidebar-right">\n'
            '<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/logo-robledal.png" alt="Casa Rural El Robledal de Gredos" width="260" height="70"></a></div></div>'
            '<div class="grid-child container-nav"><ul class="mod-menu mod-list nav "><li class="nav-item item-101 default"><a href="/">Inicio</a></li><li class="nav-item item-102"><a href="/la-casa">La casa</a></li>'
            '<li class="nav-item item-103"><a href="/habitaciones">Habitaciones</a></li><li class="nav-item item-104"><a href="/tarifas">Tarifas</a></li><li class="nav-item item-105"><a href="/que-hacer-en-gredos">Qué hacer en Gredos</a></li>'
            '<li class="nav-item item-106"><a href="/reservas">Reservas</a></li><li class="nav-item item-107"><a href="/contacto">Contacto</a></li></ul></div></header>\n'
            '<div class="site-grid">\n<div class="grid-child container-component">\n'
            '<nav class="mod-breadcrumbs__wrapper" aria-label="Ruta"><ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Inicio</span></a></li>'
            '<li class="mod-breadcrumbs__item breadcrumb-item active"><span>Aviso legal, política de privacidad y cookies</span></li></ol></nav>\n'
            '<main>\n<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">\n<meta itemprop="inLanguage" content="es-ES">\n'
            '<div class="page-header"><h1 itemprop="headline">Aviso legal, política de privacidad y cookies</h1></div>\n'
            '<dl class="article-info text-muted"><dt class="article-info-term">Detalles</dt><dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span>'
            '<meta itemprop="interactionCount" content="UserPageVisits:%d">Visitas: %d</dd></dl>\n'
            '<div itemprop="articleBody" class="com-content-article__body">\n%s\n%s\n</div>\n</div>\n</main>\n</div>\n'
            '<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">El tiempo en Gredos</h3><div class="card-body">'
            '<div class="mod-weather"><span class="temp">%d&nbsp;&deg;C</span> <span class="sky">%s</span></div></div></div>'
            '<div class="sidebar-right card "><h3 class="card-header ">Acceso propietarios</h3><div class="card-body"><form id="login-form-16" class="mod-login" action="/aviso-legal-privacidad-cookies" method="post">'
            '<input id="modlgn-username-16" type="text" name="username" class="form-control" autocomplete="username"><input id="modlgn-passwd-16" type="password" name="password" autocomplete="current-password" class="form-control">'
            '<button type="submit" name="Submit" class="btn btn-primary w-100">Identificarse</button><input type="hidden" name="option" value="com_users"><input type="hidden" name="task" value="user.login">'
            '<input type="hidden" name="return" value="aHR0cHM6Ly93d3cuZWxyb2JsZWRhbGRlZ3JlZG9zLmVzL2F2aXNvLWxlZ2FsLXByaXZhY2lkYWQtY29va2llcw=="><input type="hidden" name="%s" value="1"></form></div></div></div>\n'
            '</div>\n<footer class="container-footer footer full-width"><div class="grid-child"><p>Casa Rural El Robledal de Gredos · Calle Real, 14 · 05635 Navarredonda de Gredos (Ávila) · CR-AV-287</p>'
            '<ul class="mod-menu mod-list nav "><li class="nav-item item-128 current active"><a href="/aviso-legal-privacidad-cookies" aria-current="page">Aviso legal</a></li>'
            '<li class="nav-item item-129"><a href="/aviso-legal-privacidad-cookies#politica-de-privacidad">Privacidad</a></li><li class="nav-item item-130"><a href="#" class="cc-revoke-link">Configurar cookies</a></li></ul></div></footer>\n'
            '<div role="dialog" aria-label="cookieconsent" aria-describedby="cookieconsent:desc" class="cc-window cc-banner cc-type-opt-in cc-theme-classic cc-bottom cc-invisible">'
            '<span id="cookieconsent:desc" class="cc-message">Utilizamos cookies propias y de terceros para analizar el uso del sitio web. <a aria-label="learn more about cookies" role="button" tabindex="0" class="cc-link" href="/aviso-legal-privacidad-cookies#politica-de-cookies">Más información</a></span>'
            '<div class="cc-compliance cc-highlight"><a role="button" tabindex="0" class="cc-btn cc-deny">Rechazar</a><a role="button" tabindex="0" class="cc-btn cc-allow">Aceptar</a></div></div>\n'
            '</body>\n</html>\n'
            % (mv, mv[:8], s["token"], mv, s["joomla"], s["hits"], s["hits"], toc, jhtml(allb), temp, sky, s["token"]))


PAGE = {
    "service": "Casa Rural El Robledal de Gredos", "url": URL, "lang": "es-ES", "platform": "Joomla 4 (Cassiopeia)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-Powered-By", "PHP/8.1.27"),),
    "n": 29, "start": dt.date(2021, 9, 20), "end": dt.date(2026, 4, 30),
    "policy": POLICY, "first_updated": dt.date(2021, 2, 11), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL,
                    "select": [{"startBefore": "#politica-de-privacidad", "endBefore": "#politica-de-cookies"}]},
}
