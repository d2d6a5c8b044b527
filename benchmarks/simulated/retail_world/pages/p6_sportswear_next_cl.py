"""KÜYEN (sportswear brand, Santiago) - es-CL - Contentstack + Next.js App Router: the legal page is a server
component behind a Suspense boundary, so the served HTML streams it: a skeleton fallback inside main
(<template id="B:0">) and the real <article class="LegalDocument_article__…"> in a <div hidden id="S:0"> at the end
of the body, swapped in by $RC; the RSC payload (self.__next_f.push) repeats the whole document as JSON. CSS-module
class hashes (a 2024 redesign renames them and moves the "Descargar PDF" link inside the article), Contentstack
Live Preview data-cslp attributes, the sub-processors table. Noise: a per-request CSP nonce on every script, build
ids and chunk hashes on each deploy, the promo bar's A/B variant and CyberDay / Black Friday countdowns, a "Lo
más vendido" product rail with prices under the document, the redesign. Noisy."""
import datetime as dt
import html
import json
import common as C

URL = "https://www.kuyen.cl/legal/politica-de-privacidad"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
# Política de Privacidad

Última actualización: {UPDATED}

En Küyen Sport SpA (en adelante, "KÜYEN") nos tomamos en serio la privacidad de quienes nos compran y entrenan con nosotros. Esta Política de Privacidad explica qué datos personales recopilamos cuando visitas kuyen.cl, usas la app KÜYEN Run, compras en nuestras tiendas o participas en nuestros eventos, para qué los usamos y cuáles son tus derechos conforme a la Ley N° 19.628 sobre Protección de la Vida Privada y la Ley N° 19.496 sobre Protección de los Derechos de los Consumidores.

## 1. Responsable del tratamiento

El responsable de tus datos personales es Küyen Sport SpA, RUT 76.842.315-K, con domicilio en Av. Apoquindo 4501, oficina 1202, Las Condes, Santiago. Puedes escribirnos a [privacidad@kuyen.cl](mailto:privacidad@kuyen.cl) para cualquier consulta sobre esta política.

## 2. Qué datos recopilamos

Recopilamos los datos que nos entregas directamente y algunos que se generan cuando usas nuestros servicios:

- datos de identificación y contacto: nombre, RUT, correo electrónico, teléfono y dirección de despacho;
- datos de compra: productos comprados, boletas o facturas, medio de pago utilizado, cambios y devoluciones;
- datos de tu cuenta KÜYEN Club: talla, deportes favoritos, fecha de cumpleaños y puntos acumulados;
- datos de actividad de la app KÜYEN Run: distancia, ritmo, rutas y frecuencia de entrenamiento, solo si activas esa función;
- datos de navegación: dirección IP, tipo de dispositivo, páginas visitadas, productos vistos y cookies;
- datos que nos envías cuando te comunicas con atención al cliente por chat, WhatsApp o correo.

No almacenamos los datos completos de tu tarjeta. Los pagos son procesados directamente por Transbank o Mercado Pago.

## 3. Para qué usamos tus datos

Usamos tus datos personales para:

- procesar tus compras, despachos, cambios y devoluciones, y emitir la boleta o factura;
- administrar tu cuenta y tus beneficios en KÜYEN Club;
- enviarte novedades, lanzamientos y ofertas, siempre que lo hayas autorizado;
- recomendarte productos según tus compras y tu actividad deportiva;
- prevenir fraudes en los pagos y proteger la seguridad del sitio;
- responder tus consultas y reclamos;
- cumplir nuestras obligaciones legales, tributarias y con el Servicio Nacional del Consumidor (SERNAC).

## 4. Comunicaciones comerciales

Solo te enviaremos correos, SMS o mensajes de WhatsApp con publicidad si nos diste tu autorización. Todas nuestras comunicaciones incluyen un enlace para dejar de recibirlas, y puedes cambiar tus preferencias en "Mi cuenta". La solicitud de término se hará efectiva en un plazo máximo de 5 días hábiles.

## 5. App KÜYEN Run

Si usas KÜYEN Run, la app registra tu ubicación durante el entrenamiento para calcular distancia y ritmo. La ubicación se registra solo mientras el entrenamiento está activo. Puedes desactivar el acceso a tu ubicación en cualquier momento desde la configuración de tu teléfono, aunque algunas funciones dejarán de estar disponibles.

## 5 bis. Eventos y carreras KÜYEN

Cuando te inscribes en una corrida, trail o clínica de entrenamiento organizada por KÜYEN, tratamos tu nombre, RUT, fecha de nacimiento, talla de polera, contacto de emergencia y, si lo informas, antecedentes de salud relevantes para tu seguridad en la carrera. Estos antecedentes de salud se tratan solo con tu consentimiento expreso, los ve únicamente el equipo médico del evento y se eliminan 30 días después de la carrera.

Durante los eventos tomamos fotografías y videos que podemos publicar en nuestras redes sociales y en kuyen.cl. Los resultados y tiempos de la carrera se publican con tu nombre y categoría. Si no quieres aparecer, avísanos al momento de inscribirte o escríbenos después del evento.

## 5 ter. Reseñas y contenido que compartes

Puedes publicar reseñas de productos en kuyen.cl. Tu reseña se mostrará con tu nombre de pila, ciudad y la talla que compraste, para ayudar a otras personas a elegir. Si subes fotos usando nuestros productos o nos etiquetas en redes sociales, solo usaremos tu contenido en nuestras campañas si nos das tu autorización.

## 5 quáter. Seguridad de la información

Aplicamos medidas técnicas y organizativas razonables para proteger tus datos contra pérdida, uso indebido o acceso no autorizado: cifrado de las comunicaciones, control de accesos, monitoreo de nuestros sistemas y capacitación de nuestros equipos. Si ocurre un incidente que afecte tus datos, te informaremos oportunamente y tomaremos las medidas necesarias para mitigarlo.

## 6. Con quién compartimos tus datos

No vendemos tus datos personales. Los compartimos solo con proveedores que nos ayudan a operar, bajo contratos que los obligan a protegerlos:

| Proveedor | Servicio | País |
| Contentstack Inc. | gestión de contenidos del sitio | Estados Unidos |
| Vercel Inc. | alojamiento del sitio web | Estados Unidos |
| Transbank S.A. y Mercado Pago | procesamiento de pagos | Chile |
| Starken y Chilexpress | despacho de pedidos | Chile |
| Salesforce (Marketing Cloud) | envío de correos y SMS | Estados Unidos |
| Zendesk Inc. | atención al cliente | Estados Unidos |

También podremos entregar tus datos a tribunales y autoridades cuando la ley nos obligue a hacerlo.

## 6 bis. Redes sociales y publicidad

Tenemos cuentas en Instagram, Facebook, TikTok y Strava. Si nos escribes o comentas nuestras publicaciones, veremos tu perfil público y lo que nos envíes. Con tu consentimiento para cookies de marketing, podemos mostrarte anuncios de KÜYEN en esas redes según los productos que viste en nuestro sitio. Puedes limitar este tipo de publicidad desde la configuración de privacidad de cada red social o rechazando las cookies de marketing.

## 7. Transferencias internacionales

Algunos de nuestros proveedores almacenan información fuera de Chile, principalmente en Estados Unidos. En esos casos exigimos por contrato que apliquen medidas de seguridad equivalentes a las que aplicamos nosotros.

## 8. Cookies

Usamos cookies propias y de terceros para que el sitio funcione, recordar tu carro de compras, medir visitas y mostrarte publicidad relevante. Puedes configurar tus preferencias en el banner de cookies o en tu navegador.

## 9. Cuánto tiempo guardamos tus datos

Guardamos tus datos mientras tengas una cuenta activa o mientras sean necesarios para los fines descritos. Los datos de compras se conservan por 6 años por exigencias tributarias. Si no compras ni inicias sesión durante 24 meses, eliminaremos o anonimizaremos los datos usados para fines de marketing.

## 10. Tus derechos

Puedes ejercer en cualquier momento tus derechos de acceso, rectificación, cancelación y oposición respecto de tus datos personales. Para hacerlo, escríbenos a [privacidad@kuyen.cl](mailto:privacidad@kuyen.cl) indicando tu nombre, RUT y el derecho que quieres ejercer. Responderemos dentro de 2 días hábiles, conforme a la Ley N° 19.628.

## 11. Menores de edad

Nuestros servicios no están dirigidos a menores de 14 años y no recopilamos intencionalmente sus datos. Si eres padre, madre o tutor y crees que tu hijo nos entregó datos, contáctanos para eliminarlos.

## 11 bis. Enlaces a otros sitios

Nuestro sitio y la app pueden incluir enlaces a sitios de terceros, como Strava, organizadores de carreras o medios de pago. No somos responsables de las prácticas de privacidad de esos sitios, por lo que te recomendamos revisar sus políticas antes de entregarles tus datos.

Si tienes dudas sobre esta política o sobre cómo tratamos tus datos, también puedes acercarte a cualquiera de nuestras tiendas o llamar a nuestro centro de atención al cliente.

## 12. Cambios a esta política

Podemos actualizar esta política cuando cambien nuestros servicios, nuestros proveedores o la ley. Te recomendamos revisarla de vez en cuando. Publicaremos la nueva versión en esta página y, si el cambio es importante, te avisaremos por correo.
"""

EDITS = [
    {"note": "carrier added to the processors table (Blue Express)",
     "repl": [("| Starken y Chilexpress | despacho de pedidos | Chile |", "| Starken, Chilexpress y Blue Express | despacho de pedidos | Chile |")]},
    {"note": "marketing data retention shortened from 24 to 18 months",
     "repl": [("durante 24 meses, eliminaremos", "durante 18 meses, eliminaremos")]},
    {"note": "sentence deleted: location only recorded while a workout is active (silent, date kept)", "bump": False,
     "repl": [(" La ubicación se registra solo mientras el entrenamiento está activo.", "")]},
    {"note": "privacy contact mailbox changed (two places)",
     "repl": [("Puedes escribirnos a [privacidad@kuyen.cl](mailto:privacidad@kuyen.cl) para", "Puedes escribirnos a [datospersonales@kuyen.cl](mailto:datospersonales@kuyen.cl) para"),
              ("escríbenos a [privacidad@kuyen.cl](mailto:privacidad@kuyen.cl) indicando", "escríbenos a [datospersonales@kuyen.cl](mailto:datospersonales@kuyen.cl) indicando")]},
    {"note": "new section on the new data protection law (Ley N° 21.719) and portability",
     "repl": [("## 11. Menores de edad", "## 10 bis. Nueva ley de protección de datos personales\n\nLa Ley N° 21.719 fortalece tus derechos e incorpora el derecho a la portabilidad de tus datos y a no ser objeto de decisiones basadas únicamente en tratamientos automatizados. Nos estamos preparando para su entrada en vigencia y actualizaremos esta política antes de esa fecha.\n\n## 11. Menores de edad")]},
]

PRODUCTS = [("Zapatilla Trail Nahuel", "zapatilla-trail-nahuel", 89990), ("Polera Técnica Pewen", "polera-tecnica-pewen", 24990),
            ("Calza Running Lafken", "calza-running-lafken", 34990), ("Cortaviento Puelche", "cortaviento-puelche", 59990),
            ("Short Ultra Liwen", "short-ultra-liwen", 27990), ("Mochila Hidratación Ko", "mochila-hidratacion-ko", 44990),
            ("Jockey Running Antü", "jockey-running-antu", 14990)]
EVENTS = [("CyberDay", [dt.date(2022, 5, 30), dt.date(2022, 10, 3), dt.date(2023, 6, 5), dt.date(2023, 10, 2),
                         dt.date(2024, 6, 3), dt.date(2024, 9, 30), dt.date(2025, 6, 2), dt.date(2025, 10, 6)], 3),
          ("Black Friday", [dt.date(2022, 11, 25), dt.date(2023, 11, 24), dt.date(2024, 11, 29), dt.date(2025, 11, 28)], 3)]
REDESIGN = dt.datetime(2024, 5, 14)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"nonce": C.b64tok(rng, 18)}
    s["build"] = C.keep_or(rng, prev.get("build"), 0.55, lambda: (C.alnum(rng, 21, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"),
                                                                  C.hexs(rng, 16), C.hexs(rng, 16), C.hexs(rng, 16)))
    s["variant"] = rng.choice("ab")
    promo = None
    for name, starts, days in EVENTS:
        for d in starts:
            left = (d - when.date()).days
            if 0 <= left <= 7:
                promo = "%s empieza en %d días · Inscríbete y compra antes" % (name, left) if left else "%s ya comenzó · Hasta 50%% dcto." % name
            elif -days < left < 0:
                promo = "%s · Hasta 50%% dcto. · Termina en %d días" % (name, days + left)
    s["event"] = promo
    s["redesign"] = when >= REDESIGN
    s["rail"] = C.keep_or(rng, prev.get("rail"), 0.6, lambda: tuple(rng.sample(range(len(PRODUCTS)), 4)))
    s["prices"] = tuple(PRODUCTS[k][2] if rng.random() < 0.5 else PRODUCTS[k][2] * rng.choice([7, 8]) // 10 // 10 * 10 - 10
                        for k in s["rail"])
    return s


LABELS = {"nonce": "per-request CSP nonce on every script",
          "build": "Next.js build id and chunk hashes (deploys)",
          "variant": "promo bar A/B variant (per visit)",
          "event": "CyberDay / Black Friday countdown in the promo bar",
          "redesign": "2024 redesign: CSS-module class hashes renamed, PDF link moved into the article",
          "rail": "'Lo más vendido' product rail under the document",
          "prices": "rail prices and discounts"}


def cls(s, name):
    old = {"article": "P3kqZ", "download": "a81Kx", "skeleton": "Vw02n", "layout": "Q1mZr", "nav": "e5TcU",
           "header": "k3J9x", "promo": "Hy7tB", "rail": "u9XoL", "card": "Rt4fa", "footer": "m2VbN"}
    new = {"article": "vT8mQ", "download": "Zq3Lp", "skeleton": "C0rd1", "layout": "aP2wE", "nav": "jN6sK",
           "header": "x8LwD", "promo": "T4gHs", "rail": "b1YqM", "card": "Fo9Zc", "footer": "pE3uR"}
    comp = {"article": "LegalDocument_article", "download": "LegalDocument_download", "skeleton": "LegalDocument_skeleton",
            "layout": "LegalLayout_main", "nav": "LegalNav_nav", "header": "Header_header", "promo": "PromoBar_bar",
            "rail": "ProductRail_rail", "card": "ProductCard_card", "footer": "Footer_footer"}[name]
    return "%s__%s" % (comp, (new if s["redesign"] else old)[name])


def clp(n):
    return "$" + "{:,}".format(n).replace(",", ".")


def rte(blocks, uid):
    """Contentstack JSON RTE -> HTML as @contentstack/utils renders it, with Live Preview data-cslp tags."""
    out = []
    for k, b in enumerate(blocks):
        h = C.block_html(b)
        tag = h[1:h.index(">")].split()[0]
        out.append(h.replace("<%s" % tag, '<%s data-cslp="legal_page.%s.es-cl.body.children.%d"' % (tag, uid, k), 1))
    return "\n".join(out)


def rsc_text(blocks):
    def node(b):
        kind, v = b
        if kind in ("ul",):
            return {"type": "ul", "children": [{"type": "li", "children": [{"text": x}]} for x in v]}
        if kind == "table":
            return {"type": "table", "children": [{"type": "tr", "children": [{"type": "td", "children": [{"text": c}]} for c in r]} for r in v]}
        if kind == "addr":
            return {"type": "p", "children": [{"text": "\n".join(v)}]}
        return {"type": kind, "children": [{"text": v}]}
    return json.dumps({"type": "doc", "children": [node(b) for b in blocks]}, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def render(s, blocks, when):
    bid, h1, h2, h3 = s["build"]
    n = s["nonce"]
    uid = "blt5e2a91c07d3f84b1"
    red = s["redesign"]
    pdf = '<a class="%s" href="https://assets.contentstack.io/v3/assets/blt0c7e1a9d2f4b6e83/blt3a9f1e0c5d7b2468/politica-de-privacidad.pdf" download>Descargar PDF</a>' % cls(s, "download")
    art = '<article class="%s" data-cslp="legal_page.%s.es-cl">%s\n%s\n</article>' % (
        cls(s, "article"), uid, pdf if red else "", rte(blocks, uid))
    promo_txt = s["event"] or ("Despacho gratis por compras sobre $39.990" if s["variant"] == "a" else "Cambios gratis en todas nuestras tiendas · 30 días")
    rail = "".join('<li><a class="%s" href="/p/%s"><img alt="%s" src="https://images.contentstack.io/v3/assets/blt0c7e1a9d2f4b6e83/%s/%s.jpg?width=400&amp;format=webp" width="400" height="400" loading="lazy"/>'
                   '<span class="ProductCard_name__Lk2nS">%s</span><span class="ProductCard_price__Wq8eJ">%s</span>%s</a></li>'
                   % (cls(s, "card"), PRODUCTS[k][1], PRODUCTS[k][0], C.det_sha("img", k)[:18], PRODUCTS[k][1], PRODUCTS[k][0], clp(p),
                      '<s class="ProductCard_old__Mm3yT">%s</s>' % clp(PRODUCTS[k][2]) if p != PRODUCTS[k][2] else "")
                   for k, p in zip(s["rail"], s["prices"]))
    legal = [("Términos y condiciones", "terminos-y-condiciones"), ("Política de privacidad", "politica-de-privacidad"),
             ("Política de cookies", "politica-de-cookies"), ("Cambios y devoluciones", "cambios-y-devoluciones"),
             ("Bases KÜYEN Club", "bases-kuyen-club")]
    nav = "".join('<li><a href="/legal/%s"%s>%s</a></li>' % (u, ' aria-current="page"' if u == "politica-de-privacidad" else "", t)
                  for t, u in legal)
    payload = [
        '0:"$L1"\n',
        '2:I[\\"7135\\",[\\"522\\",\\"static/chunks/522-%s.js\\",\\"185\\",\\"static/chunks/app/layout-%s.js\\"],\\"default\\"]\n' % (h2[:16], h1),
        '1:[[\\"$\\",\\"meta\\",\\"0\\",{\\"name\\":\\"viewport\\",\\"content\\":\\"width=device-width, initial-scale=1\\"}],[\\"$\\",\\"title\\",\\"1\\",{\\"children\\":\\"Política de privacidad | KÜYEN\\"}]]\n',
        '3:{\\"b\\":\\"%s\\",\\"p\\":\\"\\",\\"c\\":[\\"\\",\\"legal\\",\\"politica-de-privacidad\\"],\\"i\\":false}\n' % bid,
        '4:{\\"entry\\":{\\"uid\\":\\"%s\\",\\"locale\\":\\"es-cl\\",\\"title\\":\\"Política de privacidad\\",\\"body\\":%s}}\n'
        % (uid, json.dumps(rsc_text(blocks), ensure_ascii=False)[1:-1]),
    ]
    pushes = "".join('<script nonce="%s">self.__next_f.push([1,"%s"])</script>' % (n, p.replace("\n", "\\n")) for p in payload)
    fallback = '<div class="%s" aria-busy="true" aria-live="polite"><div class="Skeleton_line__r1Tq0"></div><div class="Skeleton_line__r1Tq0"></div><div class="Skeleton_block__d7Yh2"></div></div>' % cls(s, "skeleton")
    return """<!DOCTYPE html><html lang="es-CL"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next/static/css/%(css)s.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" nonce="%(n)s" href="/_next/static/chunks/webpack-%(h3)s.js"/><script src="/_next/static/chunks/4bd1b696-%(h2)s.js" async="" nonce="%(n)s"></script><script src="/_next/static/chunks/main-app-%(h2b)s.js" async="" nonce="%(n)s"></script><script src="/_next/static/chunks/app/layout-%(h1)s.js" async="" nonce="%(n)s"></script><script src="/_next/static/chunks/app/legal/%%5Bslug%%5D/page-%(h1b)s.js" async="" nonce="%(n)s"></script><title>Política de privacidad | KÜYEN</title><meta name="description" content="Conoce cómo KÜYEN trata tus datos personales."/><link rel="canonical" href="%(url)s"/><meta property="og:title" content="Política de privacidad | KÜYEN"/><meta property="og:locale" content="es_CL"/><link rel="icon" href="/favicon.ico" type="image/x-icon" sizes="48x48"/><script src="/_next/static/chunks/polyfills-42372ed130431b0a.js" noModule="" nonce="%(n)s"></script></head><body class="__variable_3a8f1c __variable_b20e7d"><div class="%(promo_cls)s" data-variant="%(variant)s" role="region" aria-label="Promociones"><p>%(promo)s</p></div><header class="%(header_cls)s"><a href="/" aria-label="KÜYEN inicio"><svg width="112" height="28" viewBox="0 0 112 28" aria-hidden="true"><use href="#logo"></use></svg></a><nav aria-label="Principal"><ul><li><a href="/mujer">Mujer</a></li><li><a href="/hombre">Hombre</a></li><li><a href="/ninos">Niños</a></li><li><a href="/running">Running</a></li><li><a href="/outdoor">Outdoor</a></li><li><a href="/outlet">Outlet</a></li></ul></nav><div class="Header_actions__Gg1Tz"><a href="/buscar" aria-label="Buscar"></a><a href="/mi-cuenta" aria-label="Mi cuenta"></a><a href="/carro" aria-label="Carro de compras"><span class="Header_badge__cB5sQ">0</span></a></div></header><main class="%(layout_cls)s"><nav class="%(nav_cls)s" aria-label="Información legal"><ul>%(nav)s</ul></nav><div class="LegalLayout_content__dF0zA">%(oldpdf)s<!--$?--><template id="B:0"></template>%(fallback)s<!--/$--></div><section class="%(rail_cls)s" aria-labelledby="rail-title"><h2 id="rail-title">Lo más vendido</h2><ul>%(rail)s</ul></section></main><footer class="%(footer_cls)s"><div><p>Küyen Sport SpA · Av. Apoquindo 4501, Las Condes, Santiago</p><ul><li><a href="/tiendas">Nuestras tiendas</a></li><li><a href="/ayuda">Centro de ayuda</a></li><li><a href="/legal/politica-de-privacidad">Privacidad</a></li><li><button type="button" class="Footer_cookies__Pn8xe">Preferencias de cookies</button></li></ul><p>© %(year)d KÜYEN. Todos los derechos reservados.</p></div></footer><script src="/_next/static/chunks/webpack-%(h3)s.js" async="" nonce="%(n)s"></script><div hidden id="S:0">%(art)s</div><script nonce="%(n)s">$RC=function(b,c,e){c=document.getElementById(c);c.parentNode.removeChild(c);var a=document.getElementById(b);if(a){b=a.previousSibling;if(e)b.data="$!",a.setAttribute("data-dgst",e);else{e=b.parentNode;a=b.nextSibling;var f=0;do{if(a&&8===a.nodeType){var d=a.data;if("/$"===d)if(0===f)break;else f--;else"$"!==d&&"$?"!==d&&"$!"!==d||f++}d=a.nextSibling;e.removeChild(a);a=d}while(a);for(;c.firstChild;)e.insertBefore(c.firstChild,a);b.data="$"}b._reactRetry&&b._reactRetry()}};$RC("B:0","S:0")</script><script nonce="%(n)s">(self.__next_f=self.__next_f||[]).push([0])</script>%(pushes)s<script nonce="%(n)s" src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="8e2f0c1a-5b7d-4c93-a6e1-0d4b9f2c7e35" async=""></script></body></html>""" % {
        "css": h3[::-1], "n": n, "h1": h1, "h1b": h1[::-1], "h2": h2, "h2b": h2[::-1], "h3": h3, "url": URL,
        "promo_cls": cls(s, "promo"), "variant": s["variant"], "promo": html.escape(promo_txt),
        "header_cls": cls(s, "header"), "layout_cls": cls(s, "layout"), "nav_cls": cls(s, "nav"), "nav": nav,
        "oldpdf": "" if red else '<p class="LegalLayout_pdf__s0Hk2">%s</p>' % pdf.replace(cls(s, "download"), "LegalLayout_pdfLink__w3Ne1"),
        "fallback": fallback, "rail_cls": cls(s, "rail"), "rail": rail, "footer_cls": cls(s, "footer"), "year": when.year,
        "art": art, "pushes": pushes}


PAGE = {
    "service": "Kuyen", "url": URL, "lang": "es-CL", "platform": "Contentstack + Next.js (App Router, streamed)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-Powered-By", "Next.js"), ("Vary", "RSC, Next-Router-State-Tree, Next-Router-Prefetch"),
                      ("X-Vercel-Cache", "MISS"), ("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate")),
    "n": 30, "start": dt.date(2022, 8, 22), "end": dt.date(2025, 11, 20), "hours": (10, 23),
    "policy": POLICY, "first_updated": dt.date(2022, 6, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ['article[class^="LegalDocument_article__"]'],
                    "remove": ['[class^="LegalDocument_download__"]']},
}
