"""Listita (Argentine baby-registry / lista de nacimiento site) on Angular Universal (16, then 17), Spanish (AR).

`app-legal-page` renders the title and date from its template (so they carry the `_ngcontent-ng-c…` attributes of
the build) and the policy body from the CMS API through `[innerHTML]` (no attributes). Per request the ngCspNonce
(on app-root and every style/script tag) and the transfer state's server time; per build the hashed bundle names
and the `_ngcontent`/`_nghost` ids; the 16 -> 17 upgrade (esbuild bundle names, hydration `ngh` attributes).
INSIDE the declared `section.legal`, between the date and the body, an `app-social-proof` banner with a live count
("familias armaron su lista esta semana"), which the declaration removes."""
import datetime as dt
import html
import json

import common as C

URL = "https://www.listita.com.ar/legales/politica-de-privacidad"
NG17_FROM = dt.datetime(2024, 2, 26)

POLICY = """
# Política de Privacidad

Última actualización: {UPDATED}

En Listita te ayudamos a armar tu lista de nacimiento y baby shower para que familiares y amigos te regalen lo que realmente necesitás. Para eso tratamos datos personales tuyos, de tu bebé y de las personas que te hacen regalos. En esta política te contamos qué datos recolecatmos, para qué los usamos, con quién los compartimos y cómo podés ejercer tus derechos, de acuerdo con la Ley N° 25.326 de Protección de los Datos Personales y sus normas reglamentarias.

## Responsable de la base de datos

El responsable de la base de datos es:

@ Listita S.A.S.
@ CUIT 30-71654321-9
@ Av. Corrientes 1234, piso 5
@ C1043AAZ Ciudad Autónoma de Buenos Aires
@ privacidad@listita.com.ar

La base de datos de usuarios de Listita se encuentra inscripta en el Registro Nacional de Bases de Datos Personales.

## Qué datos recolectamos

### Si creás una lista

- Nombre, apellido, DNI, correo electrónico y teléfono celular
- Dirección de entrega de los regalos
- Nombre del bebé, si elegís contarlo, y la fecha probable de parto o la fecha de tu baby shower
- Los productos que agregás a la lista, tus mensajes de agradecimiento y la foto de portada que subas
- Los datos de la cuenta bancaria o de Mercado Pago (CBU o CVU) en la que querés recibir el saldo de tus regalos

### Si hacés un regalo

- Nombre, correo electrónico y el mensaje que dejás a la familia
- Los datos de la compra: producto, importe, medio de pago y fecha
- Si pagás con tarjeta, los datos de la tarjeta los procesa directamente Mercado Pago: nosotros no los vemos ni los guardamos

### Cuando usás el sitio o la app

- Dirección IP, tipo de dispositivo y navegador, páginas visitadas y datos de cookies

## Para qué usamos tus datos

- Crear y mostrar tu lista a las personas con las que la compartas
- Procesar los regalos, coordinar la entrega con las tiendas y acreditarte el saldo
- Avisarte cada vez que alguien te hace un regalo y ayudarte a enviar los agradecimientos
- Brindarte atención al cliente y resolver reclamos
- Enviarte ideas y recomendaciones según la etapa de tu embarazo o la edad de tu bebé, solo si lo aceptaste
- Prevenir fraudes y cumplir con obligaciones legales, contables e impositivas

## Datos del bebé y de tu embarazo

La fecha probable de parto y el nombre del bebé son opcionales. Los usamos únicamente para mostrar tu lista y para sugerirte productos acordes a cada etapa. No pedimos información médica y te recomendamos no incluirla en los mensajes ni en la descripción de tu lista. Tu lista puede ser pública o privada: si es privada, solo pueden verla quienes tengan el enlace.

## Con quién compartimos tus datos

No vendemos tus datos personales. Solo los compartimos con los proveedores que nos ayudan a prestar el servicio, que están obligados a usarlos únicamente para ese fin y a protegerlos:

| Destinatario | Finalidad | País |
| Mercado Pago | Procesamiento de pagos y acreditación del saldo de regalos | Argentina |
| Tiendas adheridas | Preparación y envío de los regalos comprados en cada tienda | Argentina |
| Correo Argentino | Envío de regalos al domicilio de entrega | Argentina |
| Amazon Web Services | Alojamiento de la plataforma | Estados Unidos |
| Google (Analytics y Workspace) | Estadísticas de uso y correo electrónico | Estados Unidos |
| Zendesk | Atención al cliente | Estados Unidos |

Las personas que te hacen regalos pueden ver tu nombre, el nombre del bebé si lo cargaste y los productos de tu lista, pero nunca tu dirección, tu teléfono ni tus datos bancarios.

## Transferencias internacionales

Algunos de nuestros proveedores almacenan datos fuera de la Argentina, principalmente en los Estados Unidos. En esos casos, la transferencia se realiza con las garantías exigidas por la normativa vigente, mediante las cláusulas contractuales modelo aprobadas por la Agencia de Acceso a la Información Pública.

## Cuánto tiempo guardamos tus datos

Conservamos tus datos mientras tu cuenta esté activa. Eliminamos las listas inactivas a los 24 meses de la fecha del evento, después de avisarte por correo electrónico. Los datos de las compras y los pagos se conservan durante 10 años para cumplir con las obligaciones contables e impositivas.

## Tus derechos

Como titular de los datos podés solicitar el acceso, la rectificación, la actualización y la supresión de tus datos personales, y retirar tu consentimiento para recibir comunicaciones comerciales en cualquier momento. Para hacerlo, escribinos a privacidad@listita.com.ar desde el correo asociado a tu cuenta.

El titular de los datos personales tiene la facultad de ejercer el derecho de acceso a los mismos en forma gratuita a intervalos no inferiores a seis meses, salvo que se acredite un interés legítimo al efecto, conforme lo establecido en el artículo 14, inciso 3 de la Ley N° 25.326. Responderemos los pedidos de acceso dentro de los 10 días corridos y los de rectificación o supresión dentro de los 5 días hábiles.

La AGENCIA DE ACCESO A LA INFORMACIÓN PÚBLICA, en su carácter de Órgano de Control de la Ley N° 25.326, tiene la atribución de atender las denuncias y reclamos que interpongan quienes resulten afectados en sus derechos por incumplimiento de las normas vigentes en materia de protección de datos personales.

## Cookies

Usamos cookies propias y de terceros para mantener tu sesión iniciada, recordar tus preferencias y medir el uso del sitio. Podés configurar tu navegador para bloquearlas, aunque algunas funciones de Listita podrían dejar de funcionar.

## Seguridad

Aplicamos medidas técnicas y organizativas para proteger tus datos contra el acceso no autorizado, la pérdida o la alteración, como el cifrado de las comunicaciones y el acceso restringido a la información según la función de cada persona de nuestro equipo.

## Cambios a esta política

Podemos modificar esta política. Si los cambios son importantes, te lo vamos a avisar por correo electrónico o con un aviso en el sitio antes de que entren en vigencia.
"""

MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "typo fixed: 'recolecatmos' -> 'recolectamos'", "bump": False,
     "repl": [("qué datos recolecatmos", "qué datos recolectamos")]},
    {"note": "Andreani added to the recipients table",
     "repl": [("| Correo Argentino | Envío de regalos al domicilio de entrega | Argentina |",
               "| Correo Argentino | Envío de regalos al domicilio de entrega | Argentina |\n"
               "| Andreani | Envío de regalos voluminosos, como cochecitos y cunas | Argentina |")]},
    {"note": "sentence added: cash gifts transferred through Mercado Pago",
     "repl": [("pero nunca tu dirección, tu teléfono ni tus datos bancarios.",
               "pero nunca tu dirección, tu teléfono ni tus datos bancarios. Cuando alguien te hace un regalo en "
               "efectivo, Mercado Pago recibe el nombre de quien regala y el importe para acreditarlo en tu cuenta.")]},
    {"note": "inactive-list retention 24 -> 18 months",
     "repl": [("Eliminamos las listas inactivas a los 24 meses", "Eliminamos las listas inactivas a los 18 meses")]},
    {"note": "section added: WhatsApp notifications",
     "repl": [("## Transferencias internacionales\n",
               "## Notificaciones por WhatsApp\n\n"
               "Si lo activás en tu perfil, te avisamos por WhatsApp cuando recibís un regalo o cuando se despacha un "
               "envío. Para eso compartimos tu número de celular con Meta Platforms a través de un proveedor "
               "autorizado de la API de WhatsApp Business. Podés desactivar estas notificaciones cuando quieras "
               "respondiendo BAJA o desde tu perfil.\n\n"
               "## Transferencias internacionales\n")]},
    {"note": "company address changed",
     "repl": [("@ Av. Corrientes 1234, piso 5\n@ C1043AAZ Ciudad Autónoma de Buenos Aires",
               "@ Thames 1520, piso 3\n@ C1414DCT Ciudad Autónoma de Buenos Aires")]},
]

GIFTS = ["Cochecito travel system Chicco", "Butaca para auto grupo 0+", "Cuna colecho de madera", "Mochila portabebé",
         "Set de bodies de algodón x5", "Bañera con cambiador", "Monitor de bebé con cámara", "Silla de comer 3 en 1"]


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["ng"] = "17" if when >= NG17_FROM else "16"

    def build():
        if st["ng"] == "16":
            files = {"main": C.hexs(rng, 16), "polyfills": C.hexs(rng, 16), "runtime": C.hexs(rng, 16),
                     "styles": C.hexs(rng, 16)}
        else:
            files = {k: C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for k in ("main", "polyfills", "styles",
                                                                                      "chunk")}
        ids = {k: str(rng.randint(10 ** 8, 4 * 10 ** 9)) for k in ("app", "header", "legal", "social", "footer")}
        return {"files": files, "ids": ids}
    st["build"] = build() if p.get("ng") != st["ng"] else C.keep_or(rng, p.get("build"), 0.2, build)
    st["nonce"] = C.b64tok(rng, 16)
    st["server_time"] = C.epoch(when) * 1000 + rng.randint(0, 999)
    week = 900 + int((when - dt.datetime(2022, 1, 1)).days * 0.6) + rng.randint(-120, 160)
    st["social"] = (week, rng.choice(GIFTS))
    return st


LABELS = {
    "ng": "upgrade Angular 16 -> 17 (esbuild bundle names, hydration ngh attributes, ng-version)",
    "build": "build: hashed bundle names and _ngcontent/_nghost ids (also on the policy's title and date)",
    "nonce": "ngCspNonce on app-root and the nonce of every inline style/script (per request)",
    "server_time": "serverTime in the ng-state transfer state (per request)",
    "social": "app-social-proof banner INSIDE section.legal: families this week, most-gifted product (removed)",
}


def body_html(blocks):
    return C.blocks_html(blocks, cls={"table": "legal-table"}, sep="")


def render(st, blocks, when):
    b = st["build"]
    f, ids = b["files"], b["ids"]
    ng17 = st["ng"] == "17"
    nonce = st["nonce"]
    c = lambda k: '_ngcontent-ng-c%s=""' % ids[k]
    hst = lambda k: '_nghost-ng-c%s=""' % ids[k]
    ngh = (lambda n: ' ngh="%d"' % n) if ng17 else (lambda n: "")
    title, upd = blocks[0], blocks[1]
    assert title[0] == "h1" and upd[0] == "p"
    week, gift = st["social"]
    social = ('<app-social-proof %s %s%s><div %s class="social-proof"><span %s class="social-proof__icon">💛</span>'
              '<p %s class="social-proof__text">Esta semana <strong %s>%s familias</strong> armaron su lista en Listita. '
              'El regalo más elegido: <a %s href="/buscar?q=%s">%s</a></p></div></app-social-proof>'
              % (c("legal"), hst("social"), ngh(2), c("social"), c("social"), c("social"), c("social"),
                 "{:,}".format(week).replace(",", "."), c("social"), html.escape(gift.replace(" ", "+")),
                 html.escape(gift)))
    legal = ('<app-legal-page %s%s><nav %s class="breadcrumb" aria-label="Ruta de navegación"><a %s href="/">Inicio</a>'
             '<span %s> / </span><a %s href="/legales">Legales</a></nav><section %s class="legal"><header %s '
             'class="legal__header"><h1 %s class="legal__title">%s</h1><p %s class="legal__updated">%s</p></header>'
             '%s<div %s class="legal__body">%s</div></section><aside %s class="legal__aside"><h2 %s>Otros documentos'
             '</h2><ul %s><li %s><a %s href="/legales/terminos-y-condiciones">Términos y condiciones</a></li><li %s>'
             '<a %s href="/legales/politica-de-cookies">Política de cookies</a></li><li %s><a %s href="/legales/'
             'boton-de-arrepentimiento">Botón de arrepentimiento</a></li></ul></aside></app-legal-page>'
             % (hst("legal"), ngh(1), c("legal"), c("legal"), c("legal"), c("legal"), c("legal"), c("legal"),
                c("legal"), C.inline_html(title[1]), c("legal"), C.inline_html(upd[1]), social, c("legal"),
                body_html(blocks[2:]), c("legal"), c("legal"), c("legal"), c("legal"), c("legal"), c("legal"),
                c("legal"), c("legal"), c("legal")))
    api = {"slug": "politica-de-privacidad", "title": title[1], "updated": upd[1],
           "html": body_html(blocks[2:])}
    state = {"3318465910": {"body": api, "headers": {}, "status": 200, "statusText": "OK",
                            "url": "https://api.listita.com.ar/v2/legales/politica-de-privacidad",
                            "responseType": "json"},
             "APP_CONFIG": {"serverTime": st["server_time"], "country": "AR", "currency": "ARS"}}
    if ng17:
        state["__nghData__"] = [{"t": {"2": "t0"}, "c": {"2": []}}, {}, {}]
    state_json = json.dumps(state, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003C")
    if ng17:
        scripts = ('<script src="polyfills-%s.js" type="module" nonce="%s"></script><script src="main-%s.js" '
                   'type="module" nonce="%s"></script>' % (f["polyfills"], nonce, f["main"], nonce))
        styles = ('<link rel="stylesheet" href="styles-%s.css" media="print" onload="this.media=\'all\'"><noscript>'
                  '<link rel="stylesheet" href="styles-%s.css"></noscript>' % (f["styles"], f["styles"]))
        preload = '<link rel="modulepreload" href="chunk-%s.js">' % f["chunk"]
        version = "17.3.8"
    else:
        scripts = ('<script src="runtime.%s.js" type="module" nonce="%s"></script><script src="polyfills.%s.js" '
                   'type="module" nonce="%s"></script><script src="main.%s.js" type="module" nonce="%s"></script>'
                   % (f["runtime"], nonce, f["polyfills"], nonce, f["main"], nonce))
        styles = ('<link rel="stylesheet" href="styles.%s.css" media="print" onload="this.media=\'all\'"><noscript>'
                  '<link rel="stylesheet" href="styles.%s.css"></noscript>' % (f["styles"], f["styles"]))
        preload = ""
        version = "16.2.12"
    ah = ids["app"]
    header = ('<app-header %s %s%s><header %s class="site-header"><a %s routerlink="/" class="site-header__logo" '
              'href="/"><img %s src="assets/img/listita-logo.svg" alt="Listita" width="120" height="36"></a><nav %s '
              'class="site-header__nav"><a %s href="/como-funciona">Cómo funciona</a><a %s href="/tiendas">Tiendas '
              'adheridas</a><a %s href="/buscar-lista">Buscar una lista</a><a %s href="/ideas">Ideas para tu lista</a>'
              '</nav><a %s class="btn btn--primary" href="/crear-lista">Crear mi lista gratis</a><a %s class="site-'
              'header__login" href="/ingresar">Ingresar</a></header></app-header>'
              % (c("app"), hst("header"), ngh(0), *([c("header")] * 10)))
    footer = ('<app-footer %s %s><footer %s class="site-footer"><div %s class="site-footer__cols"><div %s><p %s '
              'class="site-footer__title">Listita</p><a %s href="/nosotros">Nosotros</a><a %s href="/ayuda">Centro de '
              'ayuda</a><a %s href="/prensa">Prensa</a></div><div %s><p %s class="site-footer__title">Legales</p><a %s '
              'href="/legales/terminos-y-condiciones">Términos y condiciones</a><a %s href="/legales/politica-de-'
              'privacidad">Política de privacidad</a><a %s href="/legales/boton-de-arrepentimiento">Botón de '
              'arrepentimiento</a><a %s href="https://www.argentina.gob.ar/produccion/defensadelconsumidor/formulario"'
              ' target="_blank" rel="noopener">Defensa de las y los Consumidores. Para reclamos ingrese aquí</a></div>'
              '</div><div %s class="site-footer__bottom"><a %s href="http://qr.afip.gob.ar/?qr=Xk3mQ1vR8sT2uW4yZ6a'
              'B9c" target="_F960AFIPInfo"><img %s src="assets/img/data-fiscal.jpg" alt="Data fiscal" width="48">'
              '</a><p %s>© %d Listita S.A.S. Todos los derechos reservados.</p></div></footer></app-footer>'
              % (c("app"), hst("footer"), *([c("footer")] * 17), when.year))
    return """<!DOCTYPE html><html lang="es-AR"><head>
  <meta charset="utf-8">
  <title>Política de Privacidad | Listita</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" type="image/png" href="assets/icons/favicon-32.png">
  <link rel="manifest" href="manifest.webmanifest">
  <meta name="theme-color" content="#7bc4c4">
  <link rel="preconnect" href="https://fonts.gstatic.com">
  <script nonce="%(nonce)s">(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.nonce='%(nonce)s';j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-W9ZB4KQ');</script>
<style nonce="%(nonce)s">:root{--brand:#7bc4c4;--brand-dark:#3b8c8c;--ink:#2e2a3a}body{margin:0;font-family:Nunito,system-ui,sans-serif;color:var(--ink)}</style>%(styles)s%(preload)s<style nonce="%(nonce)s" ng-app-id="ng">[_nghost-ng-c%(legal)s]{display:block;max-width:1120px;margin:0 auto;padding:32px 16px}.legal__title[_ngcontent-ng-c%(legal)s]{font-size:2rem;color:var(--brand-dark)}.legal__updated[_ngcontent-ng-c%(legal)s]{color:#6b6680}</style><style nonce="%(nonce)s" ng-app-id="ng">.social-proof[_ngcontent-ng-c%(social)s]{display:flex;gap:12px;align-items:center;background:#fff6e0;border-radius:12px;padding:12px 16px;margin:16px 0}</style><meta name="description" content="Cómo Listita trata los datos personales de quienes crean listas de nacimiento y de quienes hacen regalos."><meta property="og:title" content="Política de Privacidad | Listita"><link rel="canonical" href="%(url)s"></head>
<body><!--nghm--><noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-W9ZB4KQ" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
  <app-root _nghost-ng-c%(app)s="" ng-version="%(version)s" ngcspnonce="%(nonce)s" ng-server-context="ssr"%(ngh0)s>%(header)s<main %(capp)s class="main"><router-outlet %(capp)s></router-outlet>%(legalpage)s</main>%(footer)s</app-root>
%(scripts)s

<script id="ng-state" type="application/json">%(state)s</script></body></html>""" % dict(
        nonce=nonce, styles=styles, preload=preload, legal=ids["legal"], social=ids["social"], url=URL, app=ah,
        version=version, ngh0="", header=header, capp=c("app"), legalpage=legal, footer=footer, scripts=scripts,
        state=state_json)


PAGE = {
    "service": "Listita",
    "url": URL,
    "lang": "es-AR",
    "platform": "Angular Universal (SSR) 16, then 17",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-Powered-By", "Express"), ("Vary", "Accept-Encoding"),
                      ("Content-Security-Policy", "script-src 'self' 'strict-dynamic' https: 'unsafe-inline'; "
                                                  "object-src 'none'; base-uri 'self'")),
    "n": 30,
    "start": dt.date(2022, 10, 3),
    "end": dt.date(2025, 9, 12),
    "hours": (2, 10, 18),
    "policy": POLICY,
    "first_updated": dt.date(2022, 8, 22),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "section.legal", "remove": "app-social-proof"},
}
