"""Tribuna Play (Colombian sports-streaming service), Nuxt 3 with Nuxt Content (markdown rendered by prose components).

Noise: the "EN VIVO" bar in the header (live match, score and minute, or the next broadcast); the plans banner is an
A/B test assigned per visit (monthly vs annual price); the build's hashed /_nuxt/ files, buildId and the
__NUXT_DATA__ payload (which also carries the live state and the A/B variant). Inside the declared
.legal-page__content every element carries the prose components' scoped-style data-v-* attribute, whose hashes
change when a deploy touched those components (attributes only, no words: a curator leaves them).
"""
import datetime as dt
import json
import re
import unicodedata

import common as C

URL = "https://www.tribunaplay.co/legal/politica-de-tratamiento-de-datos"

POLICY = """# Política de Tratamiento de Datos Personales

Fecha de última actualización: {UPDATED}

En cumplimiento de la Ley Estatutaria 1581 de 2012, el Decreto 1377 de 2013 (compilado en el Decreto Único Reglamentario 1074 de 2015) y demás normas concordantes, Tribuna Medios Digitales S.A.S. adopta la presente Política de Tratamiento de Datos Personales, que se aplica a todas las bases de datos y archivos que contengan datos personales de los usuarios de la plataforma Tribuna Play, disponible en la web, en aplicaciones móviles y en televisores inteligentes.

## 1. Responsable del tratamiento

@ Tribuna Medios Digitales S.A.S.
@ NIT 901.482.337-5
@ Calle 93 # 11A-28, oficina 502, Bogotá D.C., Colombia
@ Correo electrónico: datospersonales@tribunaplay.co
@ Teléfono: (601) 742 5600

## 2. Definiciones

- **Autorización:** consentimiento previo, expreso e informado del titular para llevar a cabo el tratamiento de sus datos personales.
- **Dato personal:** cualquier información vinculada o que pueda asociarse a una o varias personas naturales determinadas o determinables.
- **Dato sensible:** aquel que afecta la intimidad del titular o cuyo uso indebido puede generar su discriminación.
- **Encargado del tratamiento:** persona natural o jurídica que realiza el tratamiento de datos personales por cuenta del responsable.
- **Titular:** persona natural cuyos datos personales son objeto de tratamiento.
- **Tratamiento:** cualquier operación sobre datos personales, como la recolección, almacenamiento, uso, circulación o supresión.

## 3. Datos que recolectamos

Para prestar el servicio de transmisión de eventos deportivos en vivo y bajo demanda recolectamos: nombres y apellidos, tipo y número de documento de identidad, correo electrónico, número de celular, ciudad de residencia, datos de facturación, el equipo de fútbol favorito, el historial de reproducción, los dispositivos vinculados a la cuenta y la dirección IP. Los datos de tarjetas débito y crédito son tratados directamente por las pasarelas de pago y no son almacenados por Tribuna Play.

Tribuna Play no solicita datos sensibles. Si en algún caso llegara a requerirlos, informaremos al titular que no está obligado a autorizar su tratamiento y cuáles de los datos solicitados tienen esa naturaleza.

## 4. Finalidades del tratamiento

| Finalidad | Datos utilizados |
| Crear y administrar la cuenta y la suscripción | Identificación, contacto y facturación |
| Cobrar la suscripción y expedir la factura electrónica | Identificación, facturación |
| Verificar la ubicación para respetar los derechos de transmisión | Dirección IP y ubicación aproximada |
| Recomendar partidos y contenidos según el equipo favorito | Historial de reproducción y preferencias |
| Limitar el número de dispositivos simultáneos y prevenir la piratería | Identificadores de dispositivo |
| Enviar información comercial, previa autorización | Contacto |

## 5. Derechos de los titulares

Como titular de los datos personales usted tiene derecho a:

- conocer, actualizar y rectificar sus datos personales;
- solicitar prueba de la autorización otorgada;
- ser informado sobre el uso que se ha dado a sus datos;
- presentar quejas ante la Superintendencia de Industria y Comercio (SIC) por infracciones a la ley;
- revocar la autorización y solicitar la supresión de sus datos cuando no exista un deber legal o contractual de conservarlos;
- acceder en forma gratuita a sus datos personales.

## 6. Autorización

La autorización del titular se obtiene al momento del registro, mediante la aceptación expresa de esta política. Tribuna Play conservará prueba de dicha autorización. No se requiere autorización cuando se trate de datos de naturaleza pública o cuando la información sea requerida por una entidad pública en ejercicio de sus funciones legales.

## 7. Datos de niños, niñas y adolescentes

Los perfiles infantiles solo pueden ser creados por un adulto titular de la cuenta. El tratamiento de datos de menores de edad respetará siempre su interés superior y sus derechos fundamentales.

## 8. Transmisión y transferencia internacional

Para operar la plataforma transmitimos datos a encargados ubicados en Colombia y en el exterior, con los cuales hemos suscrito contratos de transmisión de datos:

| Encargado | Servicio | País |
| PayU Colombia S.A.S. | Pasarela de pagos (tarjetas, PSE, Nequi) | Colombia |
| Amazon Web Services, Inc. | Alojamiento y distribución del video | Estados Unidos |
| Brightcove Inc. | Plataforma de video y DRM | Estados Unidos |
| Braze, Inc. | Notificaciones y correos | Estados Unidos |

## 9. Procedimiento para consultas y reclamos

Las consultas y reclamos pueden presentarse al correo [datospersonales@tribunaplay.co](mailto:datospersonales@tribunaplay.co) o en la sección Ayuda de la plataforma.

- **Consultas:** serán atendidas en un término máximo de diez (10) días hábiles contados a partir de la fecha de recibo. Cuando no fuere posible atenderla dentro de dicho término, se informará al interesado, y la consulta se atenderá en un plazo no mayor a cinco (5) días hábiles siguientes al vencimiento del primer término.
- **Reclamos:** serán atendidos en un término máximo de quince (15) días hábiles contados a partir del día siguiente a la fecha de su recibo, prorogables por ocho (8) días hábiles adicionales.

El titular solo podrá elevar queja ante la Superintendencia de Industria y Comercio una vez haya agotado el trámite de consulta o reclamo ante Tribuna Play.

## 10. Seguridad de la información

Tribuna Play adopta las medidas técnicas, humanas y administrativas necesarias para otorgar seguridad a los registros, evitando su adulteración, pérdida, consulta, uso o acceso no autorizado o fraudulento. Entre ellas se encuentran el cifrado de las comunicaciones, el control de acceso a las bases de datos según el cargo y la realización periódica de pruebas de seguridad. Los incidentes de seguridad que afecten datos personales serán reportados a la Superintendencia de Industria y Comercio.

## 11. Área responsable

El área de Protección de Datos Personales es la responsable de atender las peticiones, consultas y reclamos de los titulares.

## 12. Vigencia

La presente política rige a partir de su publicación. Las bases de datos se conservarán durante el tiempo que dure la relación con el usuario y hasta por cinco (5) años más, salvo que una norma exija un plazo mayor."""

EDITS = [
    {"note": "typo fixed: prorogables -> prorrogables", "bump": False,
     "repl": [("prorogables por ocho (8)", "prorrogables por ocho (8)")]},
    {"note": "processor added: Wompi (Bancolombia) for PSE and Nequi",
     "repl": [("| Amazon Web Services, Inc. |",
               "| Wompi S.A.S. | Pagos con PSE, Nequi y Bancolombia | Colombia |\n| Amazon Web Services, Inc. |")]},
    {"note": "phone number changed",
     "repl": [("@ Teléfono: (601) 742 5600", "@ Teléfono: (601) 508 9900 – línea nacional 01 8000 413 377")]},
    {"note": "sentence added: registration in the RNBD of the SIC",
     "repl": [("El área de Protección de Datos Personales es la responsable de atender las peticiones, consultas y reclamos de los titulares.",
               "El área de Protección de Datos Personales es la responsable de atender las peticiones, consultas y reclamos de los titulares. "
               "Las bases de datos de Tribuna Play se encuentran inscritas en el Registro Nacional de Bases de Datos (RNBD) "
               "administrado por la Superintendencia de Industria y Comercio.")]},
    {"note": "retention after the end of the relationship changed from 5 to 10 years",
     "repl": [("hasta por cinco (5) años más", "hasta por diez (10) años más")]},
]

MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MONTHS[d.month - 1], d.year)


TEAMS = ["Millonarios", "Atlético Nacional", "América de Cali", "Deportivo Cali", "Junior", "Santa Fe",
         "Independiente Medellín", "Once Caldas", "Deportes Tolima", "Atlético Bucaramanga", "Deportivo Pereira",
         "Envigado", "Águilas Doradas", "Alianza FC", "Fortaleza CEIF", "Boyacá Chicó", "Jaguares", "Deportivo Pasto"]
TAGS = ["h1", "h2", "p", "ul", "li", "table", "th", "td", "strong", "a", "section"]


def noise(rng, when, i, prev):
    prev = prev or {}
    a, b = rng.sample(TEAMS, 2)
    if rng.random() < 0.45:
        live = ("live", a, b, rng.randint(0, 3), rng.randint(0, 3), rng.randint(1, 95))
    else:
        live = ("next", a, b, rng.choice(["hoy", "mañana", "sábado", "domingo"]), rng.choice(["4:00 p. m.", "6:10 p. m.", "8:20 p. m.", "7:30 p. m."]))

    def build():
        return (C.uuid4(rng), tuple(C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                                    for _ in range(4)),
                tuple((t, C.hexs(rng, 8)) for t in TAGS))
    return {
        "live": live,
        "ab": rng.choice(["a", "b"]),
        "build": C.keep_or(rng, prev.get("build"), 0.25, build),
    }


LABELS = {"live": "'EN VIVO' bar (live score / next broadcast)", "ab": "A/B plans banner (monthly vs annual)",
          "build": "Nuxt build (hashed _nuxt files, buildId) and scoped data-v-* hashes inside the policy"}


def slug(t):
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def render(s, blocks, when):
    bid, files, dv = s["build"]
    dv = dict(dv)

    def a(tag):
        return " data-v-%s" % dv[tag]

    def inl(t):
        return C.inline_html(t, bold=lambda raw: "<strong%s>%s</strong>" % (a("strong"), C.html.escape(raw, quote=False)),
                             link=lambda u, lab: '<a href="%s"%s>%s</a>' % (C.html.escape(u), a("a"), C.html.escape(lab, quote=False)))
    out = []
    for kind, v in blocks:
        if kind in ("h1", "h2", "h3"):
            sid = slug(v)
            out.append('<%s id="%s"%s><a href="#%s"%s>%s</a></%s>' % (kind, sid, a(kind if kind != "h3" else "h2"), sid, a("a"), inl(v), kind))
        elif kind == "p":
            out.append("<p%s>%s</p>" % (a("p"), inl(v)))
        elif kind == "addr":
            out.append("<p%s>%s</p>" % (a("p"), "<br>".join(inl(x) for x in v)))
        elif kind in ("ul", "ol"):
            out.append("<%s%s>%s</%s>" % (kind, a("ul"), "".join("<li%s>%s</li>" % (a("li"), inl(x)) for x in v), kind))
        elif kind == "table":
            head = "".join("<th%s>%s</th>" % (a("th"), inl(x)) for x in v[0])
            body = "".join("<tr>%s</tr>" % "".join("<td%s>%s</td>" % (a("td"), inl(x)) for x in r) for r in v[1:])
            out.append('<div class="prose-table"%s><table%s><thead><tr>%s</tr></thead><tbody>%s</tbody></table></div>'
                       % (a("table"), a("table"), head, body))
    content = "".join(out)
    lv = s["live"]
    if lv[0] == "live":
        _, h, t, x, y, m = lv
        bar = ('<div class="live-bar live-bar--on" data-v-1e0f3a2b><span class="live-bar__dot" data-v-1e0f3a2b></span>'
               '<span class="live-bar__label" data-v-1e0f3a2b>EN VIVO</span> <span data-v-1e0f3a2b>Liga BetPlay: %s %d - %d %s · %d\'</span>'
               '<a href="/en-vivo" class="live-bar__cta" data-v-1e0f3a2b>Ver ahora</a></div>' % (h, x, y, t, m))
        live_state = {"live": True, "home": h, "away": t, "score": [x, y], "minute": m}
    else:
        _, h, t, day, hour = lv
        bar = ('<div class="live-bar" data-v-1e0f3a2b><span class="live-bar__label" data-v-1e0f3a2b>Próxima transmisión</span> '
               '<span data-v-1e0f3a2b>%s vs. %s · %s %s</span><a href="/agenda" class="live-bar__cta" data-v-1e0f3a2b>Ver agenda</a></div>'
               % (h, t, day, hour))
        live_state = {"live": False, "home": h, "away": t, "when": day + " " + hour}
    if s["ab"] == "a":
        plans = ('<div class="plans-banner" data-ab="planes-a" data-v-5c7d9e10><p data-v-5c7d9e10>Plan Mensual <strong data-v-5c7d9e10>'
                 '$29.900</strong> al mes. Cancela cuando quieras.</p><a href="/planes" data-v-5c7d9e10>Suscríbete</a></div>')
    else:
        plans = ('<div class="plans-banner" data-ab="planes-b" data-v-5c7d9e10><p data-v-5c7d9e10>Plan Anual <strong data-v-5c7d9e10>'
                 '$249.900</strong>: ahorra 30 %. Todos los partidos de la Liga BetPlay.</p><a href="/planes" data-v-5c7d9e10>'
                 'Suscríbete</a></div>')
    entry, legal, css, vendor = files
    nuxt_data = json.dumps([{"data": 1, "state": 3, "once": 6, "_errors": 7, "serverRendered": 8, "path": 9},
                            ["ShallowReactive", 2], {"live-now": 10, "ab-plans": 11}, ["Reactive", 4], {}, None,
                            ["Set"], ["ShallowReactive", 5], True, "/legal/politica-de-tratamiento-de-datos",
                            live_state, s["ab"]], ensure_ascii=False, separators=(",", ":"))
    return ('<!DOCTYPE html><html lang="es-CO" data-capo=""><head><meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>Política de Tratamiento de Datos Personales | Tribuna Play</title>\n'
            '<link rel="stylesheet" href="/_nuxt/entry.%s.css" crossorigin>\n'
            '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%s.js">\n'
            '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%s.js">\n'
            '<link rel="prefetch" as="script" crossorigin href="/_nuxt/%s.js">\n'
            '<script type="module" src="/_nuxt/%s.js" crossorigin></script>\n'
            '<meta name="description" content="Conoce cómo Tribuna Play trata tus datos personales.">\n'
            '<link rel="canonical" href="%s">\n'
            '<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="b4e8a1d2-6c3f-47a9-9e10-2f5d7c8b3a61"></script>'
            '</head><body><div id="__nuxt"><div class="layout" data-v-0a1b2c3d>'
            '<header class="site-header" data-v-9f8e7d6c>%s<nav class="site-header__nav" data-v-9f8e7d6c>'
            '<a href="/" class="site-header__logo" data-v-9f8e7d6c><img src="/img/tribuna-play.svg" alt="Tribuna Play" data-v-9f8e7d6c></a>'
            '<a href="/en-vivo" data-v-9f8e7d6c>En vivo</a><a href="/agenda" data-v-9f8e7d6c>Agenda</a>'
            '<a href="/repeticiones" data-v-9f8e7d6c>Repeticiones</a><a href="/planes" data-v-9f8e7d6c>Planes</a>'
            '<a href="/ingresar" class="btn btn--ghost" data-v-9f8e7d6c>Ingresar</a></nav></header>%s'
            '<main class="legal-page" data-v-2d4f6a8c><aside class="legal-page__menu" data-v-2d4f6a8c><ul data-v-2d4f6a8c>'
            '<li data-v-2d4f6a8c><a href="/legal/terminos-y-condiciones" data-v-2d4f6a8c>Términos y condiciones</a></li>'
            '<li data-v-2d4f6a8c><a href="/legal/politica-de-tratamiento-de-datos" aria-current="page" class="router-link-active '
            'router-link-exact-active" data-v-2d4f6a8c>Tratamiento de datos</a></li><li data-v-2d4f6a8c><a href="/legal/cookies" '
            'data-v-2d4f6a8c>Cookies</a></li></ul></aside><article class="legal-page__content"%s>%s</article></main>'
            '<footer class="site-footer" data-v-3e5a7c9d><p data-v-3e5a7c9d>© %d Tribuna Medios Digitales S.A.S. · NIT 901.482.337-5</p>'
            '<p data-v-3e5a7c9d><a href="/legal/politica-de-tratamiento-de-datos" data-v-3e5a7c9d>Política de datos</a> · '
            '<a href="https://www.sic.gov.co" data-v-3e5a7c9d>Superintendencia de Industria y Comercio</a></p></footer></div></div>'
            '<div id="teleports"></div><script type="application/json" id="__NUXT_DATA__" data-ssr="true">%s</script>\n'
            '<script>window.__NUXT__={};window.__NUXT__.config={public:{apiBase:"https://api.tribunaplay.co",gtm:{id:"GTM-TB7P4LQ"}},'
            'app:{baseURL:"/",buildId:"%s",buildAssetsDir:"/_nuxt/",cdnURL:""}}</script></body></html>\n'
            % (css, entry, vendor, legal, entry, URL, bar, plans, a("section"), content, when.year, nuxt_data, bid))


PAGE = {
    "service": "Tribuna Play",
    "url": URL,
    "lang": "es-CO",
    "platform": "Nuxt 3 + Nuxt Content",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "Vercel"), ("X-Vercel-Cache", "MISS"), ("Cache-Control", "public, max-age=0, must-revalidate")),
    "n": 30,
    "start": dt.date(2023, 7, 1),
    "end": dt.date(2025, 10, 31),
    "hours": (0, 12, 18),
    "policy": POLICY,
    "first_updated": dt.date(2023, 5, 2),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".legal-page__content"},
}
