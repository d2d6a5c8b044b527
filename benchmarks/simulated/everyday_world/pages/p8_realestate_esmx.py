"""Mexican real-estate portal (Casalia) on Astro, with the privacy notice embedded from OneTrust's
Privacy Notice tool (otnotice-1.0.min.js, captured rendered), Mexican Spanish.

Volatile feature next to the policy container: an Astro island in the sidebar with the live chat status
("N asesores en línea · respuesta en ~M min"); OneTrust's notice menu (table of contents, desktop list and
mobile select) inside the notice container, which a careful curator removes.
Common noise: GTM dataLayer with a per-visit pageViewId, hashed /_astro/ assets after deploys, listings
counter in the header, copyright year.
"""
import datetime as dt
import html
import json

import common as C

URL = "https://www.casalia.mx/aviso-de-privacidad"
NOTICE = "9b4e2c1a-7f3d-4e8b-a6c5-2d1f0e9b8a77"

MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """# Aviso de Privacidad Integral

Fecha de última actualización: {UPDATED}

## Identidad y domicilio del Responsable

Casalia Inmobiliaria Digital, S.A.P.I. de C.V. (en adelante, "Casalia"), con domicilio en Avenida Paseo de la Reforma 296, piso 22, colonia Juárez, alcaldía Cuauhtémoc, C.P. 06600, Ciudad de México, es responsable del tratamiento de sus datos personales, de conformidad con la Ley Federal de Protección de Datos Personales en Posesión de los Particulares (la "Ley"), su Reglamento y los Lineamientos del Aviso de Privacidad.

## Datos personales que recabamos

Para cumplir con las finalidades descritas en este aviso, podemos recabar las siguientes categorías de datos personales: datos de identificación (nombre, fecha de nacimiento, identificación oficial, CURP y RFC), datos de contacto (correo electrónico, teléfono fijo y celular, domicilio), datos patrimoniales y financieros (ingresos, historial crediticio, información de la propiedad que desea vender o rentar) y datos de navegación en nuestro sitio y aplicación.

Casalia no recaba datos personales sensibles. Si usted publica un inmueble como propietario, también trataremos los datos que aparezcan en la escritura o en el predial que nos comparta para verificar la publicación.

## Finalidades primarias

Sus datos personales serán utilizados para las siguientes finalidades, que son necesarias para el servicio que solicita:

- crear y administrar su cuenta de usuario en el portal;
- publicar, verificar y dar seguimiento a anuncios de venta y renta de inmuebles;
- ponerlo en contacto con los asesores inmobiliarios y propietarios de los inmuebles que le interesan;
- agendar visitas a inmuebles y dar seguimiento a sus solicitudes;
- precalificarlo para un crédito hipotecario cuando usted lo solicite;
- cumplir con las obligaciones previstas en la Ley Federal para la Prevención e Identificación de Operaciones con Recursos de Procedencia Ilícita.

## Finalidades secundarias

De manera adicional, utilizaremos su información para las siguientes finalidades que no son necesarias para el servicio solicitado, pero que nos permiten brindarle una mejor atención:

- enviarle alertas de nuevos inmuebles y boletines informativos;
- realizar encuestas de satisfacción y estudios de mercado;
- mostrarle publicidad personalizada dentro y fuera del portal.

Si no desea que sus datos se traten para estas finalidades, puede manifestarlo en cualquier momento escribiendo a privacidad@casalia.mx. La negativa no será motivo para negarle los servicios que solicita.

## Transferencias de datos personales

Le informamos que sus datos personales pueden ser transferidos dentro y fuera del país a los siguientes terceros, para los fines que se indican:

| Destinatario | Finalidad | Requiere consentimiento |
| Asesores inmobiliarios e inmobiliarias afiliadas | Atender su solicitud de información o visita | No |
| Instituciones de crédito y sociedades financieras | Precalificación y trámite de crédito hipotecario | Sí |
| Autoridades competentes | Cumplimiento de obligaciones legales y requerimientos | No |

Si no manifiesta su oposición para las transferencias que requieren su consentimiento, entenderemos que nos lo ha otorgado.

## Derechos ARCO

Usted tiene derecho a conocer qué datos personales tenemos de usted, para qué los utilizamos y las condiciones del uso que les damos (Acceso); solicitar la corrección de su información en caso de que esté desactualizada, sea inexacta o incompleta (Rectificación); que la eliminemos de nuestros registros cuando considere que no está siendo utilizada adecuadamente (Cancelación); así como oponerse al uso de sus datos para fines específicos (Oposición).

Para ejercer cualquiera de los derechos ARCO, así como para revocar su consentimiento, deberá enviar una solicitud a nuestro Departamento de Datos Personales al correo privacidad@casalia.mx, acompañada de una copia de su identificación oficial y de la descripción clara de los datos respecto de los que busca ejercer sus derechos. Daremos respuesta en un plazo máximo de 20 días hábiles.

Si considera que su derecho a la protección de datos ha sido vulnerado, puede acudir ante el Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales (INAI).

## Uso de cookies y tecnologías de rastreo

Nuestro portal utiliza cookies, web beacons y tecnologías similares para recordar sus búsquedas, medir el uso del sitio y mostrarle anuncios relevantes. Puede deshabilitarlas desde la configuración de cookies de nuestro sitio o desde su navegador.

## Cambios al aviso de privacidad

Cualquier modificación a este aviso de privacidad se publicará en www.casalia.mx/aviso-de-privacidad y, cuando se trate de cambios sustanciales, se lo notificaremos por correo electrónico.
"""

EDITS = [
    {"note": "new secondary purpose (property valuation model training) added",
     "repl": [("- mostrarle publicidad personalizada dentro y fuera del portal.",
               "- mostrarle publicidad personalizada dentro y fuera del portal;\n- mejorar nuestros modelos de estimación de valor de inmuebles con información estadística y disociada.")]},
    {"note": "new transfer row (insurers) added to the transfers table",
     "repl": [("| Autoridades competentes | Cumplimiento de obligaciones legales y requerimientos | No |",
               "| Aseguradoras | Cotización de seguros de hogar y de arrendamiento | Sí |\n| Autoridades competentes | Cumplimiento de obligaciones legales y requerimientos | No |")]},
    {"note": "ARCO contact changed (new address and online form) and response time reworded",
     "repl": [("al correo privacidad@casalia.mx, acompañada de una copia", "al correo arco@casalia.mx o mediante el formulario disponible en www.casalia.mx/derechos-arco, acompañada de una copia")]},
    {"note": "new paragraph: credit bureau consultation with signed authorization",
     "repl": [("Casalia no recaba datos personales sensibles.",
               "Cuando usted solicite una precalificación hipotecaria y lo autorice expresamente con su firma electrónica, consultaremos su historial en una sociedad de información crediticia.\n\nCasalia no recaba datos personales sensibles.")]},
    {"note": "INAI reference replaced by 'the competent guarantor authority' after the Dec 2024 constitutional reform",
     "repl": [("puede acudir ante el Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales (INAI).",
               "puede acudir ante la autoridad garante en materia de protección de datos personales que determine la legislación vigente.")]},
]


def noise(rng, when, i, prev):
    p = prev or {}
    s = {}
    s["pv"] = C.uuid4(rng)
    s["build"] = C.keep_or(rng, p.get("build"), 0.3, lambda: (C.alnum(rng, 8), C.alnum(rng, 8), C.alnum(rng, 8), C.alnum(rng, 6)))
    s["listings"] = p.get("listings", 118000) + rng.randint(-900, 2500)
    s["chat"] = (rng.randint(0, 9), rng.randint(1, 12))
    s["year"] = when.year
    return s


LABELS = {"pv": "GTM pageViewId", "build": "Astro deploy (hashed /_astro/ assets, island uid)",
          "listings": "listings counter in header", "chat": "live chat status island (agents online, wait)",
          "year": "copyright year"}


def notice_html(blocks):
    head, secs = C.split_sections(blocks)
    parts = []
    menu = "".join('<li class="otnotice-menu-section"><a href="#otnotice-section-%s">%s</a></li>' % (C.det_uuid("ots", h), html.escape(h)) for h, _ in secs)
    opts = "".join('<option value="otnotice-section-%s">%s</option>' % (C.det_uuid("ots", h), html.escape(h)) for h, _ in secs)
    parts.append('<div id="otnotice-%s" class="otnotice"><div class="otnotice-content">' % NOTICE)
    parts.append('<div class="otnotice-menu-mobile"><div class="otnotice-menu-selected-container"><span class="otnotice-menu-selected" tabindex="0">Índice</span></div><select class="otnotice-menu-mobile-select" aria-label="Índice">%s</select></div>' % opts)
    parts.append('<div class="otnotice-menu"><ul>%s</ul></div>' % menu)
    parts.append('<div class="otnotice-sections">')
    if head[1:]:
        parts.append('<section class="otnotice-section" id="otnotice-section-%s"><div class="otnotice-section-content">%s</div></section>' % (C.det_uuid("ots", "head"), C.blocks_html(head[1:], sep="")))
    for h, bl in secs:
        parts.append('<section class="otnotice-section" id="otnotice-section-%s"><h2 class="otnotice-section-header">%s</h2><div class="otnotice-section-content">%s</div></section>'
                     % (C.det_uuid("ots", h), C.inline_html(h), C.blocks_html(bl, sep="")))
    parts.append('</div></div></div>')
    return "".join(parts)


def render(s, blocks, when):
    css, page, client, uid = s["build"]
    cid = "data-astro-cid-x7kq2m4p"
    title = blocks[0][1]
    agents, wait = s["chat"]
    status = ("%d asesores en línea · respuesta en ~%d min" % (agents, wait)) if agents else "Nuestros asesores te responderán por correo"
    props = html.escape(json.dumps({"online": [0, agents], "eta": [0, wait], "channel": [0, "legal"]}, separators=(",", ":")))
    listings = "{:,}".format(s["listings"])
    return f"""<!DOCTYPE html><html lang="es-MX" {cid}> <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Astro v4.5.9"><title>Aviso de Privacidad | Casalia</title><meta name="description" content="Aviso de privacidad integral de Casalia, portal inmobiliario."><link rel="canonical" href="{URL}"><link rel="icon" type="image/svg+xml" href="/favicon.svg"><script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-TX4P9QW');</script><script>window.dataLayer.push({{"event":"page_view","pageType":"legal","pageViewId":"{s['pv']}","userType":"anonymous","siteSection":"aviso-de-privacidad"}});</script><script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8" data-domain-script="0f3c9a1e-5b7d-4c2a-9e8f-1a2b3c4d5e6f"></script><link rel="stylesheet" href="/_astro/_slug_.{css}.css"><style>astro-island,astro-slot,astro-static-slot{{display:contents}}</style><script type="module" src="/_astro/hoisted.{page}.js"></script></head> <body {cid}> <header class="site-header" {cid}> <div class="container header-row" {cid}> <a href="/" class="logo" aria-label="Casalia inicio" {cid}><img src="/logo-casalia.svg" alt="Casalia" width="132" height="30" {cid}></a> <nav class="main-nav" {cid}><a href="/venta" {cid}>Comprar</a><a href="/renta" {cid}>Rentar</a><a href="/desarrollos" {cid}>Desarrollos</a><a href="/publicar" class="btn btn-outline" {cid}>Publicar inmueble</a></nav> <span class="header-count" {cid}>+{listings} propiedades</span> </div> </header> <main class="legal-layout container" {cid}> <nav class="crumbs" aria-label="Migas de pan" {cid}><a href="/" {cid}>Inicio</a> › <span {cid}>Aviso de privacidad</span></nav> <div class="legal-grid" {cid}> <article class="legal-main" {cid}> <header class="legal-hero" {cid}><h1 class="legal-hero__title" {cid}>{C.inline_html(title)}</h1></header> {notice_html(blocks)} <script src="https://privacyportal-cdn.onetrust.com/privacy-notice-scripts/otnotice-1.0.min.js" type="text/javascript" charset="UTF-8" id="otprivacy-notice-script">settings="eyJjYWxsYmFja1VybCI6Imh0dHBzOi8vcHJpdmFjeXBvcnRhbC5vbmV0cnVzdC5jb20vcmVxdWVzdC92MS9wcml2YWN5Tm90aWNlcy9zdGF0cy92aWV3cyJ9"</script><script type="text/javascript" charset="UTF-8">OneTrust.NoticeApi.Initialized.then(function() {{ OneTrust.NoticeApi.LoadNotices(["https://privacyportal-cdn.onetrust.com/1b2c3d4e-5f6a-7b8c-9d0e-casalia00001/privacy-notices/{NOTICE}.json"]); }});</script> </article> <aside class="legal-aside" {cid}> <div class="help-card" {cid}><p class="help-card__title" {cid}>¿Dudas sobre tus datos?</p><p {cid}>Escríbenos a privacidad@casalia.mx o platica con un asesor.</p> <astro-island uid="{uid}" prefix="r1" component-url="/_astro/ChatStatus.{client}.js" component-export="default" renderer-url="/_astro/client.{css[::-1]}.js" props="{props}" ssr client="idle" opts="{{&quot;name&quot;:&quot;ChatStatus&quot;,&quot;value&quot;:true}}" await-children><div class="chat-status"><span class="chat-status__dot{' is-online' if agents else ''}"></span><span>{status}</span></div><button type="button" class="btn btn-primary chat-status__open">Abrir chat</button></astro-island> </div> <ul class="legal-links" {cid}><li {cid}><a href="/terminos-y-condiciones" {cid}>Términos y condiciones</a></li><li {cid}><a href="/aviso-de-privacidad" aria-current="page" {cid}>Aviso de privacidad</a></li><li {cid}><a href="/politica-de-cookies" {cid}>Política de cookies</a></li></ul> </aside> </div> </main> <footer class="site-footer" {cid}> <div class="container" {cid}> <p {cid}>© {s['year']} Casalia Inmobiliaria Digital, S.A.P.I. de C.V. Todos los derechos reservados.</p> <button id="ot-sdk-btn" class="ot-sdk-show-settings" {cid}>Configuración de cookies</button> </div> </footer> <script>(()=>{{var e=async t=>{{await(await t())()}};(self.Astro||(self.Astro={{}})).idle=e;window.dispatchEvent(new Event("astro:idle"));}})();</script> </body></html>"""


PAGE = {
    "service": "Casalia",
    "url": URL,
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Vercel"), ("X-Vercel-Cache", "MISS"), ("Cache-Control", "public, max-age=0, must-revalidate")],
    "n": 26,
    "start": dt.date(2022, 11, 1),
    "end": dt.date(2025, 6, 30),
    "policy": POLICY,
    "first_updated": dt.date(2022, 8, 29),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": URL,
        "select": [".legal-hero__title", ".otnotice"],
        "remove": [".otnotice-menu", ".otnotice-menu-mobile"],
    },
}
