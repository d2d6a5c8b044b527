"""Mexican insurance price-comparison site (a licensed agent) on Nuxt 3 SSR with Contentful rich text.

The legal page holds two documents in tabs: the full privacy notice ("Aviso de privacidad integral", the tracked
document, tab panel shown) and the short notice ("simplificado", panel `hidden`). The declaration selects the first
tab panel. Contentful's rich-text renderer wraps list items and table cells in <p>; tables have no <thead>. Per
build (sticky): `/_nuxt/` chunk hashes, the buildId, and the scoped-style `data-v-xxxxxxxx` attributes on the tab
panel and its wrappers (inside the declared container, attribute-only). Per visit: `__NUXT_DATA__` (request time,
A/B variant of the hero CTA), the hero's live counter ("Hoy N personas compararon…") and the order of the insurers'
logo strip.
"""
import datetime as dt
import html
import json

import common as C

MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]

POLICY = """
## Aviso de privacidad integral

Última actualización: {UPDATED}

**Cotizamás Agente de Seguros, S.A. de C.V.** (en adelante, “Cotizamás”), con domicilio en Av. Paseo de la Reforma 296, piso 14, colonia Juárez, alcaldía Cuauhtémoc, C.P. 06600, Ciudad de México, es responsable del tratamiento de sus datos personales, de conformidad con la Ley Federal de Protección de Datos Personales en Posesión de los Particulares (la “Ley”) y su Reglamento.

### ¿Qué datos personales recabamos?

Para cotizar y contratar su seguro recabamos los siguientes datos personales:

- datos de identificación: nombre completo, fecha de nacimiento, sexo, RFC y CURP;
- datos de contacto: correo electrónico, teléfono y código postal;
- datos de su vehículo: marca, modelo, año, versión, número de serie (VIN) y placas;
- datos patrimoniales y financieros: datos de su tarjeta bancaria o cuenta CLABE, únicamente cuando contrata una póliza;
- datos de navegación: dirección IP, tipo de dispositivo y páginas visitadas.

Para cotizar seguros de gastos médicos mayores y de vida podemos recabar datos personales sensibles relativos a su estado de salud, como padecimientos preexistentes, estatura, peso y hábitos de consumo de tabaco. Estos datos los trataremos únicamente con su consentimiento expreso y por escrito, que otorgará al marcar la casilla correspondiente en el formulario.

### ¿Para qué fines utilizamos sus datos?

Utilizamos sus datos personales para las siguientes finalidades, que son necesarias para el servicio que solicita:

- comparar las cotizaciones de las aseguradoras con las que tenemos convenio y mostrarle los resultados;
- tramitar la emisión de su póliza ante la aseguradora que elija;
- gestionar el cobro de la prima y, en su caso, los pagos a meses sin intereses;
- darle asesoría durante la vigencia de la póliza y acompañarlo en caso de siniestro;
- cumplir obligaciones legales, incluidas las de prevención de operaciones con recursos de procedencia ilícita.

De manera adicional, utilizaremos su información para las siguientes finalidades secundarias, que no son necesarias para el servicio, pero que nos permiten brindarle una mejor atención:

- enviarle recordatorios de renovación y promociones de seguros;
- realizar encuestas de calidad;
- elaborar estadísticas y estudios de mercado.

Si no desea que sus datos se utilicen para las finalidades secundarias, puede indicarlo en cualquier momento escribiendo a [privacidad@cotizamas.mx](mailto:privacidad@cotizamas.mx). Su negativa no será motivo para negarle el servicio.

### ¿Con quién compartimos sus datos?

| Destinatario | Finalidad | ¿Requiere su consentimiento? |
| Compañías aseguradoras con las que tenemos convenio | Cotizar y emitir su póliza, atender siniestros | No |
| Proveedores de servicios de pago | Procesar el cobro de la prima | No |
| Autoridades competentes | Cumplir requerimientos legales | No |
| Socios comerciales que ofrecen asistencias y servicios para automovilistas | Ofrecerle productos complementarios | Sí |

Las transferencias a aseguradoras se realizan con fundamento en el artículo 37 de la Ley, por ser necesarias para la celebración de un contrato en su interés. Si no manifiesta su negativa para la transferencia a socios comerciales, entenderemos que nos ha otorgado su consentimiento.

### ¿Cómo puede ejercer sus derechos ARCO?

Usted tiene derecho a conocer qué datos personales tenemos de usted (Acceso), solicitar la corrección de su información (Rectificación), que la eliminemos de nuestros registros (Cancelación) y oponerse al uso de sus datos para fines específicos (Oposición).

Para ejercer cualquiera de estos derechos, envíe una solicitud a [privacidad@cotizamas.mx](mailto:datos.personales@cotizamas.mx) con la siguiente información:

- su nombre y un medio para comunicarle la respuesta;
- una copia de su identificación oficial o, en su caso, la representación legal;
- la descripción clara de los datos sobre los que busca ejercer el derecho;
- cualquier documento que facilite la localización de sus datos.

Le responderemos en un plazo máximo de 20 días hábiles contados desde la fecha en que recibamos su solicitud, y, si resulta procedente, la haremos efectiva dentro de los 15 días hábiles siguientes.

### ¿Cómo puede revocar su consentimiento o limitar el uso de sus datos?

Puede revocar el consentimiento que nos haya otorgado siguiendo el mismo procedimiento de los derechos ARCO. Además, puede inscribirse en el Registro Público para Evitar Publicidad (REPEP) de la Procuraduría Federal del Consumidor o en nuestro listado de exclusión interno, solicitándolo por correo.

### ¿Cuánto tiempo conservamos sus datos?

Si solo solicita una cotización y no contrata, conservaremos sus datos durante 12 meses para que pueda retomar su cotización y, en su caso, enviarle recordatorios. Si contrata una póliza por nuestro conducto, conservaremos sus datos durante la vigencia de la póliza y hasta por 10 años después, plazo que exigen las disposiciones aplicables a los agentes de seguros y a la prevención de operaciones con recursos de procedencia ilícita. Concluidos estos plazos, bloquearemos y posteriormente suprimiremos sus datos.

### Medidas de seguridad

Protegemos sus datos con medidas de seguridad administrativas, técnicas y físicas, como cifrado de la información en tránsito y en reposo, controles de acceso por perfil, monitoreo de nuestros sistemas y cláusulas de confidencialidad con nuestro personal y proveedores. Los datos de su tarjeta se capturan directamente en la plataforma de nuestro proveedor de pagos certificado PCI DSS y no se almacenan en nuestros servidores.

### Uso de cookies y tecnologías de rastreo

Nuestro sitio utiliza cookies, web beacons y tecnologías similares para recordar su cotización, analizar el uso del sitio y medir nuestras campañas publicitarias. Puede deshabilitarlas desde la configuración de su navegador o desde el panel de preferencias de cookies que aparece al pie de la página.

### Cambios a este aviso de privacidad

Este aviso puede modificarse por cambios legales, por nuestras propias necesidades o por cambios en nuestro modelo de negocio. Publicaremos cualquier modificación en esta página, indicando la fecha de la última actualización.

Si considera que su derecho a la protección de datos personales ha sido lesionado, puede interponer una queja o denuncia ante el Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales (INAI). Para más información visite www.inai.org.mx.
"""

SHORT = """
## Aviso de privacidad simplificado

Cotizamás Agente de Seguros, S.A. de C.V., con domicilio en la Ciudad de México, utilizará sus datos personales para cotizar y tramitar la contratación de su seguro y, de forma secundaria, para enviarle promociones y encuestas. Puede consultar el aviso de privacidad integral en la pestaña anterior o en www.cotizamas.mx/aviso-de-privacidad.
"""

EDITS = [
    {"note": "sentence added: quotes can also be requested and sent via WhatsApp",
     "repl": [("comparar las cotizaciones de las aseguradoras con las que tenemos convenio y mostrarle los resultados;",
               "comparar las cotizaciones de las aseguradoras con las que tenemos convenio y mostrarle los resultados, también a través de WhatsApp si así lo solicita;")]},
    {"note": "word 'celular' inserted in the contact data list, no new date",
     "bump": False,
     "repl": [("datos de contacto: correo electrónico, teléfono y código postal;", "datos de contacto: correo electrónico, teléfono celular y código postal;")]},
    {"note": "row added to the transfers table: lenders for financed premiums",
     "repl": [("| Autoridades competentes |", "| Instituciones financieras | Ofrecerle financiamiento de la prima cuando lo solicite | No |\n| Autoridades competentes |")]},
    {"note": "ARCO e-mail address corrected (link text and target now the same address)",
     "repl": [("[privacidad@cotizamas.mx](mailto:datos.personales@cotizamas.mx)", "[datos.personales@cotizamas.mx](mailto:datos.personales@cotizamas.mx)")]},
    {"note": "2025 law: INAI replaced by the Secretaría Anticorrupción y Buen Gobierno; ARCO deadline kept",
     "repl": [("ante el Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales (INAI). Para más información visite www.inai.org.mx.",
               "ante la Secretaría Anticorrupción y Buen Gobierno, autoridad garante conforme a la Ley Federal de Protección de Datos Personales en Posesión de los Particulares publicada el 20 de marzo de 2025.")]},
]

INSURERS = ["Qualitas", "GNP Seguros", "AXA", "HDI Seguros", "Chubb", "Mapfre", "Zurich", "Seguros Atlas", "Afirme", "BBVA Seguros"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MONTHS[d.month - 1], d.year)


def noise(rng, when, i, prev):
    prev = prev or {}
    build = C.keep_or(rng, prev.get("build"), 0.18,
                      lambda: {"id": C.uuid4(rng), "entry": C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
                               "page": C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
                               "css": C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
                               "v": [C.hexs(rng, 8) for _ in range(3)]})
    logos = INSURERS[:]
    rng.shuffle(logos)
    return {
        "build": build,
        "nuxt": {"ts": C.epoch(when) * 1000 + rng.randint(0, 999), "ab": rng.choice(["A", "B"])},
        "counter": 800 + int((when.hour * 60 + when.minute) * 2.9) + rng.randint(0, 400),
        "logos": logos,
    }


LABELS = {"build": "Nuxt build (chunk hashes, buildId, data-v scoped attrs inside the container)",
          "nuxt": "__NUXT_DATA__ (request time, A/B variant)", "counter": "hero live counter",
          "logos": "insurer logo strip order"}


def cf_inline(t):
    return C.inline_html(t, link=lambda url, label: '<a href="%s">%s</a>' % (html.escape(url), html.escape(label, quote=False)))


def cf_block(b):
    kind, v = b
    if kind in ("h2", "h3"):
        return "<%s>%s</%s>" % (kind, cf_inline(v), kind)
    if kind == "p":
        return "<p>%s</p>" % cf_inline(v)
    if kind == "ul":
        return "<ul>%s</ul>" % "".join("<li><p>%s</p></li>" % cf_inline(x) for x in v)
    if kind == "table":
        rows = ["<tr>%s</tr>" % "".join("<th><p>%s</p></th>" % cf_inline(x) for x in v[0])]
        rows += ["<tr>%s</tr>" % "".join("<td><p>%s</p></td>" % cf_inline(x) for x in r) for r in v[1:]]
        return "<table><tbody>%s</tbody></table>" % "".join(rows)
    raise ValueError(kind)


def render(state, blocks, when):
    b = state["build"]
    v0, v1, v2 = b["v"]
    body = "".join(cf_block(x) for x in blocks)
    short = "".join(cf_block(x) for x in C.parse_src(SHORT))
    ab = state["nuxt"]["ab"]
    cta = "Cotiza gratis en 2 minutos" if ab == "A" else "Compara más de 10 aseguradoras"
    data = [{"data": 1, "state": 6, "once": 8, "_errors": 9, "serverRendered": 10, "path": 11, "prerenderedAt": -1},
            ["ShallowReactive", 2], {"legal-aviso-de-privacidad": 3}, {"sys": 4, "fields": 5},
            {"id": "5uQ2nRk8vXq1ZyT3pW9aLm", "updatedAt": C.iso(when - dt.timedelta(days=3))},
            {"slug": "aviso-de-privacidad"}, ["Reactive", 7], {"$sabTest": ab, "$scounterSeed": state["counter"]},
            ["Set"], ["ShallowReactive", 1], True, "/aviso-de-privacidad", state["nuxt"]["ts"]]
    logos = "".join('<li data-v-%s class="logo-strip__item"><img data-v-%s src="/logos/%s.svg" alt="%s" loading="lazy"></li>'
                    % (v1, v1, n.lower().replace(" ", "-"), n) for n in state["logos"])
    return """<!DOCTYPE html>
<html lang="es-MX">
<head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Aviso de privacidad | Cotizamás</title>
<link rel="stylesheet" href="/_nuxt/entry.%(css)s.css">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%(entry)s.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%(page)s.js">
<link rel="prefetch" as="image" type="image/svg+xml" href="/_nuxt/logo-cotizamas.Dk3mP0qZ.svg">
<script type="text/javascript" src="https://cdn.cookielaw.org/consent/0f3c8e1a-7b2d-4c5e-9a6f-1b2c3d4e5f60/OtAutoBlock.js"></script>
<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-W9R4ZPL"></script>
<script async src="https://connect.facebook.net/en_US/fbevents.js"></script>
<meta name="description" content="Conoce cómo Cotizamás protege tus datos personales.">
<link rel="canonical" href="https://www.cotizamas.mx/aviso-de-privacidad">
<script type="module" src="/_nuxt/%(entry)s.js" crossorigin></script></head>
<body><div id="__nuxt"><div data-v-%(v0)s class="layout"><header data-v-%(v0)s class="site-header"><a data-v-%(v0)s href="/" class="site-header__logo router-link-active"><img data-v-%(v0)s src="/_nuxt/logo-cotizamas.Dk3mP0qZ.svg" alt="Cotizamás"></a><nav data-v-%(v0)s class="site-header__nav"><a data-v-%(v0)s href="/seguro-de-auto">Seguro de auto</a><a data-v-%(v0)s href="/seguro-de-gastos-medicos">Gastos médicos</a><a data-v-%(v0)s href="/seguro-de-vida">Vida</a><a data-v-%(v0)s href="/seguro-de-moto">Moto</a><a data-v-%(v0)s href="/blog">Blog</a></nav><a data-v-%(v0)s href="tel:5589571234" class="site-header__phone">55 8957 1234</a></header><main data-v-%(v0)s><section data-v-%(v1)s class="hero hero--legal"><p data-v-%(v1)s class="hero__counter">Hoy <strong data-v-%(v1)s>%(counter)s</strong> personas compararon su seguro con nosotros</p><a data-v-%(v1)s href="/seguro-de-auto/cotizar" class="btn btn--primary">%(cta)s</a><ul data-v-%(v1)s class="logo-strip">%(logos)s</ul></section><section data-v-%(v2)s class="legal"><h1 data-v-%(v2)s class="legal__title">Avisos de privacidad</h1><div data-v-%(v2)s class="legal-tabs"><div data-v-%(v2)s role="tablist" class="legal-tabs__list"><button data-v-%(v2)s role="tab" id="tab-integral" aria-selected="true" aria-controls="panel-integral" class="legal-tabs__tab legal-tabs__tab--active">Integral</button><button data-v-%(v2)s role="tab" id="tab-simplificado" aria-selected="false" aria-controls="panel-simplificado" class="legal-tabs__tab">Simplificado</button></div><div data-v-%(v2)s role="tabpanel" id="panel-integral" aria-labelledby="tab-integral" class="legal-tabs__panel"><div data-v-%(v2)s class="rich-text">%(body)s</div></div><div data-v-%(v2)s role="tabpanel" id="panel-simplificado" aria-labelledby="tab-simplificado" class="legal-tabs__panel" hidden><div data-v-%(v2)s class="rich-text">%(short)s</div></div></div></section></main><footer data-v-%(v0)s class="site-footer"><p data-v-%(v0)s>Cotizamás Agente de Seguros, S.A. de C.V. Cédula de agente persona moral CNSF No. L-0123. Consulta nuestra información en el buró de entidades financieras.</p><ul data-v-%(v0)s class="site-footer__links"><li data-v-%(v0)s><a data-v-%(v0)s href="/aviso-de-privacidad" class="router-link-active router-link-exact-active" aria-current="page">Aviso de privacidad</a></li><li data-v-%(v0)s><a data-v-%(v0)s href="/terminos-y-condiciones">Términos y condiciones</a></li><li data-v-%(v0)s><button data-v-%(v0)s class="ot-sdk-show-settings">Preferencias de cookies</button></li></ul><p data-v-%(v0)s class="site-footer__copy">© %(year)d Cotizamás</p></footer></div></div><div id="teleports"></div><script type="application/json" id="__NUXT_DATA__" data-ssr="true">%(data)s</script>
<script>window.__NUXT__={};window.__NUXT__.config={public:{contentfulSpace:"k3v9xq2m1p8z",gtmId:"GTM-W9R4ZPL"},app:{baseURL:"/",buildId:"%(bid)s",buildAssetsDir:"/_nuxt/",cdnURL:""}}</script></body>
</html>
""" % {"css": b["css"], "entry": b["entry"], "page": b["page"], "v0": v0, "v1": v1, "v2": v2,
       "counter": "{:,}".format(state["counter"]), "cta": cta, "logos": logos, "body": body, "short": short,
       "year": when.year, "data": json.dumps(data, ensure_ascii=False, separators=(",", ":")), "bid": b["id"]}


PAGE = {
    "service": "Cotizamas",
    "url": "https://www.cotizamas.mx/aviso-de-privacidad",
    "lang": "es-MX",
    "platform": "Nuxt 3 SSR + Contentful rich text (tabs)",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": [("X-Powered-By", "Nuxt"), ("Cache-Control", "s-maxage=60, stale-while-revalidate"),
                      ("Vary", "Accept-Encoding")],
    "n": 29,
    "start": dt.date(2023, 6, 12),
    "end": dt.date(2025, 12, 1),
    "policy": POLICY,
    "first_updated": dt.date(2023, 1, 30),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.cotizamas.mx/aviso-de-privacidad", "select": "#panel-integral"},
}
