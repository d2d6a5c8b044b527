"""Colombian at-home massage marketplace's web app on Angular Universal (SSR with @nguniversal/express-engine on
Angular 15, upgraded in May 2024 to Angular 17 with @angular/ssr and non-destructive hydration).

The legal page is one component with two tab panels rendered server-side: the short "Aviso de privacidad" (hidden
panel) and the "Política de Tratamiento de Datos Personales" (the policy, `#politica-tratamiento`), both CMS HTML
bound with `[innerHTML]`. The Aviso is revised on its own in September 2023 (a clause added): a change beside the
declared panel. Per visit: the header's "N terapeutas disponibles ahora" count and its copy in the TransferState
script (`serverApp-state` with `&q;` escapes in v15, `ng-state` JSON with `__nghData__` in v17), per build the
bundle hashes and the `_ngcontent-*`/`_nghost-*` attribute ids (also on the declared panel itself), the month's
gift-card banner; at the upgrade `ng-version`, `ng-server-context`, `ngh` attributes and hydration comments.
"""
import datetime as dt
import hashlib
import html
import json

import common as C

URL = "https://www.kalma.com.co/legal/politica-de-datos"

POLICY = """
# Política de Tratamiento de Datos Personales

Fecha de entrada en vigencia: {UPDATED}

KALMA APP S.A.S. (en adelante, "Kalma"), en cumplimiento de la Ley Estatutaria 1581 de 2012, el Decreto 1377 de 2013 (compilado en el Decreto Único Reglamentario 1074 de 2015) y demás normas que los modifiquen o complementen, adopta la presente Política de Tratamiento de Datos Personales, aplicable a todos los datos personales registrados en las bases de datos de Kalma, ya sea que se recolecten a través de la aplicación móvil, el sitio web www.kalma.com.co, nuestras líneas de atención o cualquier otro canal.

## 1. Identificación del responsable

@ Razón social: KALMA APP S.A.S.
@ NIT: 901.345.678-2
@ Domicilio: Calle 93 # 11A-28, oficina 402, Bogotá D.C., Colombia
@ Correo electrónico: datos@kalma.com.co
@ Teléfono: (601) 743 2210

## 2. Definiciones

Para efectos de esta política se tendrán en cuenta las definiciones del artículo 3 de la Ley 1581 de 2012, entre ellas:

- **Autorización:** consentimiento previo, expreso e informado del Titular para llevar a cabo el Tratamiento de datos personales.
- **Dato sensible:** aquel que afecta la intimidad del Titular o cuyo uso indebido puede generar su discriminación, como los datos relativos a la salud.
- **Encargado del Tratamiento:** persona natural o jurídica que realiza el Tratamiento de datos personales por cuenta del Responsable.
- **Responsable del Tratamiento:** persona natural o jurídica que decide sobre la base de datos y/o el Tratamiento de los datos.
- **Titular:** persona natural cuyos datos personales sean objeto de Tratamiento.
- **Tratamiento:** cualquier operación sobre datos personales, tal como la recolección, almacenamiento, uso, circulación o supresión.

## 3. Datos que recolectamos

Kalma es una plataforma que conecta a usuarios con terapeutas independientes que prestan servicios de masaje y bienestar a domicilio. Tratamos los siguientes datos:

- **Usuarios:** nombre, número de celular, correo electrónico, dirección del servicio, datos de geolocalización, historial de reservas, calificaciones y medio de pago (tokenizado).
- **Terapeutas:** nombre, número de cédula, fecha de nacimiento, certificados de formación, certificado de antecedentes, fotografía, cuenta bancaria para pagos y evaluaciones de los usuarios.
- **Datos sensibles:** condiciones de salud, lesiones, embarazo o contraindicaciones que el usuario reporta voluntariamente en el formulario previo al masaje.

## 4. Finalidades del tratamiento

- Crear y administrar la cuenta del usuario o del terapeuta en la aplicación.
- Gestionar reservas, asignar al terapeuta más cercano y compartir con él la dirección y el nombre del usuario.
- Procesar pagos, emitir facturas y gestionar reembolsos.
- Verificar la identidad y la idoneidad de los terapeutas antes de su vinculación.
- Garantizar la seguridad de usuarios y terapeutas durante el servicio, incluido el botón de emergencia.
- Enviar comunicaciones comerciales, promociones y bonos de regalo, cuando el Titular lo haya autorizado.
- Atender peticiones, quejas y reclamos, y cumplir obligaciones legales y requerimientos de autoridades.

## 5. Tratamiento de datos sensibles y de menores de edad

El suministro de datos sensibles es facultativo. El Titular no está obligado a autorizar su Tratamiento; sin embargo, sin la información sobre contraindicaciones el terapeuta podría negarse a realizar determinados servicios por razones de seguridad. Estos datos solo son visibles para el terapeuta asignado a la reserva.

Los servicios de Kalma están dirigidos a mayores de 18 años. No recolectamos de forma intencional datos de niños, niñas y adolescentes.

## 6. Derechos de los titulares

De conformidad con el artículo 8 de la Ley 1581 de 2012, el Titular tiene derecho a:

- Conocer, actualizar y rectificar sus datos personales.
- Solicitar prueba de la autorización otorgada.
- Ser informado sobre el uso que se ha dado a sus datos.
- Presentar quejas ante la Superintendecia de Industria y Comercio por infracciones a la ley.
- Revocar la autorización y/o solicitar la supresión de sus datos, cuando no exista un deber legal o contractual de permanecer en la base de datos.
- Acceder en forma gratuita a sus datos personales.

## 7. Procedimiento para consultas y reclamos

Las consultas serán atendidas en un término máximo de diez (10) días hábiles contados a partir de la fecha de su recibo. Cuando no fuere posible atenderla dentro de dicho término, se informará al interesado los motivos de la demora y la fecha en que se atenderá, la cual no podrá superar los cinco (5) días hábiles siguientes al vencimiento del primer término.

Los reclamos serán atendidos en un término máximo de quince (15) días hábiles contados a partir del día siguiente a la fecha de su recibo. Cuando no fuere posible atenderlo dentro de dicho término, se informará al interesado los motivos de la demora y la fecha en que se atenderá, la cual en ningún caso podrá superar los ocho (8) días hábiles siguientes al vencimiento del primer término.

Las consultas y reclamos pueden presentarse al correo datos@kalma.com.co o a través de la sección "Ayuda" de la aplicación, indicando el nombre del Titular, su número de identificación, la descripción de la solicitud y la dirección de notificación.

## 8. Transferencia y transmisión internacional de datos

Kalma utiliza proveedores tecnológicos que actúan como Encargados del Tratamiento, algunos ubicados fuera de Colombia:

| Encargado | País | Finalidad |
| Amazon Web Services, Inc. | Estados Unidos | Alojamiento de la plataforma |
| Wompi (Bancolombia S.A.) | Colombia | Procesamiento de pagos |
| Twilio Inc. | Estados Unidos | Envío de mensajes SMS y verificación del número celular |
| Google LLC | Estados Unidos | Mapas, geolocalización y analítica |
| Zendesk, Inc. | Estados Unidos | Atención al cliente |

Con estos proveedores se han suscrito contratos de transmisión de datos personales en los términos del artículo 2.2.2.25.5.2 del Decreto 1074 de 2015.

## 9. Seguridad de la información

Kalma adopta medidas técnicas, humanas y administrativas para proteger los datos personales, como el cifrado de la información en tránsito y en reposo, el control de accesos y la tokenización de los medios de pago.

## 10. Vigencia

Los datos personales se conservarán mientras sean necesarios para las finalidades descritas y por el término adicional exigido por la ley; los documentos contables se conservarán durante cinco (5) años. Cualquier cambio sustancial en esta política será comunicado a los Titulares a través de la aplicación o por correo electrónico antes de su implementación.
"""

AVISO = [
    "# Aviso de privacidad",
    "KALMA APP S.A.S., identificada con NIT 901.345.678-2 y con domicilio en Bogotá D.C., es responsable del tratamiento "
    "de sus datos personales. Sus datos serán utilizados para gestionar sus reservas de masajes y servicios de bienestar, "
    "procesar pagos, verificar la identidad de los terapeutas y, si usted lo autoriza, enviarle ofertas y novedades.",
    "Le informamos que el suministro de datos sensibles, como los relativos a su salud, es facultativo.",
    "Como titular tiene derecho a conocer, actualizar, rectificar y suprimir sus datos, y a revocar la autorización "
    "otorgada. Puede ejercer estos derechos escribiendo a datos@kalma.com.co.",
    "Consulte nuestra Política de Tratamiento de Datos Personales en la pestaña correspondiente de esta página.",
]
AVISO_REV2 = ("Como titular tiene derecho a conocer, actualizar, rectificar y suprimir sus datos, a revocar la autorización "
              "otorgada y a presentar quejas ante la Superintendencia de Industria y Comercio. Puede ejercer estos derechos "
              "escribiendo a datos@kalma.com.co o en la sección Ayuda de la aplicación.")

RNBD = """antes de su implementación.

## 11. Registro Nacional de Bases de Datos

Las bases de datos de Kalma se encuentran inscritas en el Registro Nacional de Bases de Datos (RNBD), administrado por la Superintendencia de Industria y Comercio, y se actualizan dentro de los plazos previstos en la normativa vigente."""

EDITS = [
    {"note": "processor row added: Siigo (electronic invoicing)",
     "repl": [("| Wompi (Bancolombia S.A.) | Colombia | Procesamiento de pagos |",
               "| Wompi (Bancolombia S.A.) | Colombia | Procesamiento de pagos |\n| Siigo S.A.S. | Colombia | Facturación electrónica |")]},
    {"note": "word inserted: 'datos de geolocalización precisa'",
     "repl": [("datos de geolocalización, historial", "datos de geolocalización precisa, historial")]},
    {"note": "typo fixed: Superintendecia -> Superintendencia (no new date)", "bump": False,
     "repl": [("Superintendecia", "Superintendencia")]},
    {"note": "office phone number changed",
     "repl": [("@ Teléfono: (601) 743 2210", "@ Teléfono: (601) 508 6400")]},
    {"note": "retention of accounting records: 5 years -> 10 years (Ley 962 de 2005)",
     "repl": [("los documentos contables se conservarán durante cinco (5) años.",
               "los libros y papeles del comerciante se conservarán durante diez (10) años, conforme al artículo 28 de la Ley 962 de 2005.")]},
    {"note": "new section 11 on the RNBD registration appended",
     "repl": [("antes de su implementación.", RNBD)]},
]

ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, ES_MONTHS[d.month - 1], d.year)


UPGRADE = dt.datetime(2024, 5, 22)
AVISO_REVISED = dt.datetime(2023, 9, 20)
GIFT = {1: "Empieza el año relajado: 15% en tu primer masaje", 2: "Amor y Amistad se adelanta: bonos para dos",
        3: "Mes de la mujer: masaje relajante + aromaterapia", 4: "Semana Santa en casa: masajes a domicilio",
        5: "Día de la Madre: regala un bono Kalma", 6: "Día del Padre: masaje deportivo de regalo",
        7: "Vacaciones de mitad de año: 2x1 en reflexología", 8: "Agosto de bienestar: piedras calientes",
        9: "Amor y Amistad: bonos de regalo para compartir", 10: "Octubre rosa: masaje prenatal con 20%",
        11: "Black Friday Kalma: paquetes de 4 masajes", 12: "Navidad: regala bienestar con bonos Kalma"}


def hnum(*parts):
    return int(hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:8], 16)


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["ng"] = "15.2.9" if when < UPGRADE else "17.3.8"
    st["build"] = C.keep_or(rng, p.get("build") if p.get("ng") == st["ng"] else None, 0.2, lambda: C.hexs(rng, 16))
    local = when - dt.timedelta(hours=5)
    base = 8 if 6 <= local.hour < 22 else 2
    st["available"] = rng.randint(base, base * 4)
    st["fetched"] = C.iso(when - dt.timedelta(seconds=rng.randint(1, 40)))
    st["aviso"] = 2 if when >= AVISO_REVISED else 1
    st["gift"] = local.month
    return st


LABELS = {"ng": "Angular 15 Universal -> Angular 17 SSR with hydration", "build": "bundle hashes and _ngcontent ids (build)",
          "available": "'terapeutas disponibles ahora' count", "fetched": "TransferState fetchedAt",
          "aviso": "Aviso de privacidad (other document in the hidden tab) revised", "gift": "monthly gift-card banner"}


def esc(s):
    return html.escape(s, quote=False)


def policy_inner(blocks):
    return "".join(C.block_html(b) for b in blocks)


def aviso_blocks(rev):
    src = list(AVISO)
    if rev == 2:
        src[3] = AVISO_REV2
    return C.parse_src("\n\n".join(src))


def render(st, blocks, when):
    ng17 = st["ng"].startswith("17")
    b = st["build"]
    if ng17:
        cid = lambda name: "ng-c%d" % (hnum(b, name) % 4000000000)  # noqa: E731
        host = lambda name: ' _nghost-%s=""' % cid(name)  # noqa: E731
        cont = lambda name: ' _ngcontent-%s=""' % cid(name)  # noqa: E731
        ngh = lambda k: ' ngh="%d"' % k  # noqa: E731
    else:
        ids = {"app": 0, "header": 12, "legal": 47, "footer": 31, "banner": 18}
        host = lambda name: ' _nghost-sc%d=""' % (ids[name] + hnum(b, "shift") % 3)  # noqa: E731
        cont = lambda name: ' _ngcontent-sc%d=""' % (ids[name] + hnum(b, "shift") % 3)  # noqa: E731
        ngh = lambda k: ""  # noqa: E731
    A, H, L, F, G = (cont(n) for n in ("app", "header", "legal", "footer", "banner"))
    local = when - dt.timedelta(hours=5)
    gift = GIFT[st["gift"]]
    av = "".join(C.block_html(x) for x in aviso_blocks(st["aviso"]))
    pol = policy_inner(blocks)
    h = b[:8]
    if ng17:
        head_assets = ('<link rel="stylesheet" href="styles-%s.css" media="print" onload="this.media=\'all\'">'
                       '<noscript><link rel="stylesheet" href="styles-%s.css"></noscript>'
                       '<link rel="modulepreload" href="chunk-%s.js">' % (h.upper(), h.upper(), b[8:16].upper()))
        tail_scripts = ('<script src="polyfills-%s.js" type="module"></script><script src="main-%s.js" type="module"></script>'
                        % (b[4:12].upper(), b[2:10].upper()))
        state = json.dumps({"availability": {"city": "bogota", "count": st["available"], "fetchedAt": st["fetched"]},
                            "legal-docs": {"aviso": st["aviso"], "cms": "strapi"},
                            "__nghData__": [{"t": {"2": "t0", "5": "t1"}, "c": {"2": [], "5": [{"i": "t1", "r": 1}]}},
                                            {"n": {"3": "2f"}}]}, ensure_ascii=False, separators=(",", ":"))
        state_script = '<script id="ng-state" type="application/json">%s</script>' % state.replace("/", "\\u002F")
        app_open = '<app-root ng-version="%s"%s%s ng-server-context="ssr">' % (st["ng"], host("app"), ngh(0))
    else:
        head_assets = ('<link rel="stylesheet" href="styles.%s.css" media="print" onload="this.media=\'all\'">'
                       '<noscript><link rel="stylesheet" href="styles.%s.css"></noscript>' % (b, b))
        tail_scripts = ('<script src="runtime.%s.js" type="module"></script><script src="polyfills.%s.js" type="module"></script>'
                        '<script src="main.%s.js" type="module"></script>' % (b[3:] + b[:3], b[5:] + b[:5], b[::-1]))
        state = json.dumps({"availability": {"city": "bogota", "count": st["available"], "fetchedAt": st["fetched"]},
                            "legal-docs": {"aviso": st["aviso"], "cms": "strapi"}}, ensure_ascii=False,
                           separators=(",", ":"))
        state_script = '<script id="serverApp-state" type="application/json">%s</script>' % state.replace('"', "&q;")
        app_open = '<app-root%s ng-version="%s">' % (host("app"), st["ng"])
    hyd = "<!--container-->" if ng17 else ""
    return """<!DOCTYPE html><html lang="es-CO"><head>
  <meta charset="utf-8">
  <title>Política de Tratamiento de Datos Personales | Kalma - Masajes a domicilio</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="theme-color" content="#2f6f5e">
  <link rel="icon" type="image/png" href="assets/icons/favicon-32.png">
  <link rel="manifest" href="manifest.webmanifest">
  <link rel="preconnect" href="https://fonts.gstatic.com">
  <style>@font-face{font-family:'Nunito';font-style:normal;font-weight:400;font-display:swap;src:url(https://fonts.gstatic.com/s/nunito/v26/XRXV3I6Li01BKofINeaB.woff2) format('woff2');}</style>
<style>:root{--kalma-green:#2f6f5e;--kalma-sand:#f6efe6}body{margin:0;font-family:Nunito,sans-serif;background:var(--kalma-sand)}</style>%(head_assets)s<style%(ngtr)s>.header[%(Hs)s]{display:flex;align-items:center;justify-content:space-between;padding:12px 24px;background:#fff}.legal__tab--active[%(Ls)s]{border-bottom:3px solid var(--kalma-green)}.legal__panel[hidden][%(Ls)s]{display:none}</style><meta name="description" content="Conoce cómo Kalma trata tus datos personales conforme a la Ley 1581 de 2012."><link rel="canonical" href="https://www.kalma.com.co/legal/politica-de-datos"><meta property="og:title" content="Política de Tratamiento de Datos Personales | Kalma"></head>
<body>
  <!-- Google Tag Manager (noscript) -->
  <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-MQ4ZB7C" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
  %(app_open)s<app-header%(A)s%(hH)s%(ngh1)s><header%(H)s class="header"><a%(H)s routerlink="/" class="header__logo" href="/"><img%(H)s src="assets/img/kalma-logo.svg" alt="Kalma" width="112" height="32"></a><nav%(H)s class="header__nav"><a%(H)s routerlink="/servicios" href="/servicios">Masajes</a><a%(H)s routerlink="/bonos" href="/bonos">Bonos de regalo</a><a%(H)s routerlink="/terapeutas" href="/terapeutas">Sé terapeuta Kalma</a></nav><div%(H)s class="header__live"><span%(H)s class="dot dot--live"></span> <strong%(H)s>%(avail)d</strong> terapeutas disponibles ahora en Bogotá</div><a%(H)s class="btn btn--primary" href="https://app.kalma.com.co/reservar">Reservar masaje</a></header></app-header><router-outlet%(A)s></router-outlet>%(hyd)s<app-legal-page%(hL)s%(ngh2)s><div%(L)s class="gift-banner"><app-gift-banner%(L)s%(hG)s><a%(G)s href="/bonos?utm_source=web&amp;utm_medium=banner&amp;utm_campaign=legal-%(gm)02d" class="gift-banner__link">%(gift)s</a></app-gift-banner></div><section%(L)s class="legal"><nav%(L)s role="tablist" aria-label="Documentos legales" class="legal__tabs"><button%(L)s role="tab" id="tab-aviso" aria-controls="aviso-privacidad" aria-selected="false" class="legal__tab">Aviso de privacidad</button><button%(L)s role="tab" id="tab-politica" aria-controls="politica-tratamiento" aria-selected="true" class="legal__tab legal__tab--active">Política de tratamiento de datos</button><a%(L)s routerlink="/legal/terminos" class="legal__tab" href="/legal/terminos">Términos y condiciones</a></nav><div%(L)s role="tabpanel" id="aviso-privacidad" aria-labelledby="tab-aviso" class="legal__panel" hidden=""><div%(L)s class="legal__content">%(aviso)s</div></div><div%(L)s role="tabpanel" id="politica-tratamiento" aria-labelledby="tab-politica" class="legal__panel"><div%(L)s class="legal__content">%(policy)s</div></div></section></app-legal-page>%(hyd)s<app-footer%(A)s%(hF)s><footer%(F)s class="footer"><div%(F)s class="footer__cols"><div%(F)s><img%(F)s src="assets/img/kalma-logo-white.svg" alt="Kalma" width="96"><p%(F)s>KALMA APP S.A.S. · NIT 901.345.678-2</p></div><ul%(F)s><li%(F)s><a%(F)s href="/legal/terminos">Términos y condiciones</a></li><li%(F)s><a%(F)s href="/legal/politica-de-datos">Política de datos</a></li><li%(F)s><a%(F)s href="https://www.sic.gov.co" target="_blank" rel="noopener">Superintendencia de Industria y Comercio</a></li></ul><div%(F)s class="footer__stores"><a%(F)s href="https://apps.apple.com/co/app/kalma-masajes/id1587345210"><img%(F)s src="assets/img/app-store-es.svg" alt="Descargar en App Store"></a><a%(F)s href="https://play.google.com/store/apps/details?id=co.kalma.app"><img%(F)s src="assets/img/google-play-es.svg" alt="Disponible en Google Play"></a></div></div><p%(F)s class="footer__copy">© %(year)d Kalma. Hecho con calma en Bogotá.</p></footer></app-footer></app-root>
%(tail)s
%(state)s<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-MQ4ZB7C');</script>
</body></html>""" % {"head_assets": head_assets, "ngtr": "" if ng17 else ' ng-transition="serverApp"',
                     "Hs": H.strip()[:-3], "Ls": L.strip()[:-3], "app_open": app_open, "A": A, "H": H, "L": L, "F": F,
                     "G": G, "hH": host("header"), "hL": host("legal"), "hF": host("footer"), "hG": host("banner"),
                     "ngh1": ngh(1), "ngh2": ngh(2), "avail": st["available"], "hyd": hyd, "gm": local.month,
                     "gift": esc(gift), "aviso": av, "policy": pol, "year": local.year, "tail": tail_scripts,
                     "state": state_script}


PAGE = {
    "service": "Kalma",
    "url": URL,
    "lang": "es-CO",
    "platform": "Angular 15 Universal (express-engine) -> Angular 17 @angular/ssr with hydration; CMS HTML via [innerHTML]",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-Powered-By", "Express"), ("Cache-Control", "no-cache"), ("Vary", "Accept-Encoding")),
    "n": 30,
    "start": dt.date(2022, 10, 1),
    "end": dt.date(2025, 9, 30),
    "hours": (2, 14, 20),
    "policy": POLICY,
    "first_updated": dt.date(2022, 7, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#politica-tratamiento"},
}
