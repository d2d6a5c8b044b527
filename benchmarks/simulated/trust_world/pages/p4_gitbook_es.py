"""Cobralia (Madrid) - es-ES - API de facturación electrónica; la política vive en su documentación en GitBook:
cabecera con buscador (Ctrl K) y "Preguntar a la IA", barra lateral con el árbol de páginas (crece), título y
descripción de página, "¿Te ha resultado útil?", "Última actualización hace ...", "Editar en GitHub", esquema
"En esta página", navegación anterior/siguiente y "Powered by GitBook"."""
import datetime as dt
import hashlib
import re
import common as C

URL = "https://docs.cobralia.com/legal/politica-de-privacidad"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
# Política de privacidad

**Fecha de la última actualización:** {UPDATED}

En Cobralia ofrecemos una API y un panel web para emitir, recibir y enviar facturas electrónicas. Esta política explica cómo tratamos los datos personales de las personas que visitan nuestra web y esta documentación, de quienes se registran como clientes o desarrolladores y de los contactos de nuestros clientes, de acuerdo con el Reglamento (UE) 2016/679 (RGPD) y la Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales y garantía de los derechos digitales (LOPDGDD).

## 1. Responsable del tratamiento

@ Cobralia Software, S.L.
@ NIF B88123456
@ Calle de Alcalá, 21, 5.º izquierda
@ 28014 Madrid
@ [privacidad@cobralia.com](mailto:privacidad@cobralia.com)

Hemos designado un Delegado de Protección de Datos, con el que puede contactar en [dpo@cobralia.com](mailto:dpo@cobralia.com).

## 2. ¿Qué datos tratamos?

- **Datos de registro:** nombre y apellidos, correo electrónico, teléfono, empresa y cargo.
- **Datos de facturación:** razón social, NIF, domicilio fiscal y datos bancarios o de la tarjeta (estos últimos los trata directamente nuestro proveedor de pagos).
- **Datos técnicos:** claves de API, direcciones IP, registros de llamadas a la API, agente de usuario y marcas de tiempo.
- **Datos de soporte:** el contenido de las consultas que nos envía por correo electrónico o por el chat.
- **Datos de navegación:** cookies técnicas y, si las acepta, cookies de análisis, según se detalla en la [Política de cookies](https://www.cobralia.com/cookies).

Si nos facilita datos de otras personas, por ejemplo de los usuarios de su equipo a los que invita al panel, usted garantiza que les ha informado y que puede comunicárnoslos. No tratamos categorías especiales de datos ni datos de menores de 14 años; nuestros servicios están dirigidos exclusivamente a empresas y profesionales.

## 3. ¿Con qué finalidad tratamos sus datos?

- **Gestión de la cuenta:** dar de alta y gestionar su cuenta y sus claves de API.
- **Prestación del servicio:** emitir, validar, firmar y enviar facturas electrónicas en formato Facturae y UBL, y remitirlas a FACe y a los puntos generales de entrada de facturas de las administraciones públicas.
- **Facturación:** facturar el servicio y cumplir nuestras obligaciones contables y fiscales.
- **Soporte:** atender sus consultas y solicitudes de soporte.
- **Seguridad:** garantizar la seguridad de la plataforma, detectar usos fraudulentos y limitar el abuso de la API.
- **Comunicaciones:** enviarle avisos sobre cambios en la API e incidencias y, si lo ha autorizado, novedades comerciales.

## 4. ¿Cuál es la base jurídica del tratamiento?

La ejecución del contrato que acepta al registrarse (gestión de la cuenta, prestación del servicio y soporte), el cumplimiento de obligaciones legales derivadas de la normativa tributaria y mercantil (facturación), nuestro interés legítimo en proteger la plataforma e informar a nuestros clientes de cambios técnicos relevantes (seguridad y avisos técnicos) y su consentimiento para las comunicaciones comerciales y las cookies de análisis. Puede retirar su consentimiento en cualquier momento sin que ello afecte a la licitud del tratamiento previo.

## 5. ¿Durante cuánto tiempo conservamos los datos?

Conservamos los datos de su cuenta mientras la relación contractual esté vigente. Después, los mantenemos bloqueados durante los plazos de prescripción de las acciones que pudieran derivarse: cuatro años para las obligaciones tributarias (Ley 58/2003, General Tributaria) y seis años para la documentación mercantil (artículo 30 del Código de Comercio). Los registros de llamadas a la API se conservan 12 meses. Las consultas de soporte se eliminan dos años después de cerrarse.

## 6. ¿A quién comunicamos sus datos?

Sus datos no se cederán a terceros salvo obligación legal. Cuando usted nos lo indica, enviamos sus facturas a sus destinatarios y a los puntos de entrada de las administraciones públicas. Contamos con proveedores que acceden a datos como encargados del tratamiento, con los que hemos firmado el contrato previsto en el artículo 28 del RGPD:

| Proveedor | Servicio | Ubicación |
| Amazon Web Services EMEA SARL | Alojamiento de la plataforma | Irlanda (UE) |
| Stripe Payments Europe, Ltd. | Cobro de suscripciones | Irlanda (UE) |
| Intercom R&D Unlimited Company | Chat de soporte | Irlanda (UE) |
| Brevo (Sendinblue SAS) | Correo transaccional | Francia (UE) |
| GitBook (Integration Flow SAS) | Alojamiento de esta documentación | Francia (UE) |

## 7. Transferencias internacionales

Algunos de nuestros proveedores pertenecen a grupos con sede en Estados Unidos y pueden acceder a datos desde allí para prestar soporte. En esos casos, las transferencias se amparan en las cláusulas contractuales tipo aprobadas por la Comisión Europea, junto con medidas adicionales como el cifrado de los datos.

## 8. Cobralia como encargado del tratamiento

Las facturas que usted emite o recibe a través de Cobralia contienen datos personales de sus propios clientes y proveedores. Respecto de esos datos, usted es el responsable del tratamiento y Cobralia actúa como encargado, conforme al [Acuerdo de encargo del tratamiento](/legal/acuerdo-de-encargo-del-tratamiento) que forma parte de nuestras condiciones. Solo tratamos esos datos para prestarle el servicio y siguiendo sus instrucciones.

## 9. ¿Cuáles son sus derechos?

Puede ejercer sus derechos de acceso, rectificación, supresión, oposición, limitación del tratamiento y portabilidad escribiendo a [privacidad@cobralia.com](mailto:privacidad@cobralia.com), indicando el derecho que desea ejercer. Le responderemos en el plazo de un mes. Si considera que no hemos atendido correctamente su solicitud, puede presentar una reclamación ante la Agencia Española de Protección de Datos (AEPD), C/ Jorge Juan, 6, 28001 Madrid.

## 10. Seguridad

Ciframos los datos en tránsito y en reposo, las claves de API se almacenan cifradas y el acceso de nuestro equipo a los entornos de producción requiere doble factor de autenticación y queda registrado. Cobralia está certificada conforme al Esquema Nacional de Seguridad (ENS) en categoría media.

## 11. Cambios en esta política

Podemos modificar esta política para adaptarla a cambios legales o a nuevas funcionalidades. Publicaremos la versión actualizada en esta página y, si los cambios son relevantes, se lo comunicaremos por correo electrónico. Las versiones anteriores de esta política están disponibles en el historial del repositorio público de esta documentación, y puede solicitarnos una copia de cualquiera de ellas escribiendo a [privacidad@cobralia.com](mailto:privacidad@cobralia.com).
"""

EDITS = [
    {"note": "TicketBAI: purpose 2 now includes sending invoices to the Basque provincial tax authorities; recipients sentence extended",
     "repl": [("y remitirlas a FACe y a los puntos generales de entrada de facturas de las administraciones públicas.",
               "y remitirlas a FACe y a los puntos generales de entrada de facturas de las administraciones públicas, así como enviar los ficheros TicketBAI a las Haciendas Forales de Álava, Bizkaia y Gipuzkoa cuando su domicilio fiscal esté en el País Vasco."),
              ("a sus destinatarios y a los puntos de entrada de las administraciones públicas.",
               "a sus destinatarios, a los puntos de entrada de las administraciones públicas y, en su caso, a las Haciendas Forales.")]},
    {"note": "silent: AEPD complaint sentence now links to the AEPD's electronic office (no date bump)", "bump": False,
     "repl": [("ante la Agencia Española de Protección de Datos (AEPD), C/ Jorge Juan, 6, 28001 Madrid.",
               "ante la Agencia Española de Protección de Datos (AEPD), C/ Jorge Juan, 6, 28001 Madrid, o a través de su [sede electrónica](https://sedeagpd.gob.es).")]},
    {"note": "international transfers: EU-U.S. Data Privacy Framework for certified US group companies; SCCs for the rest",
     "repl": [("En esos casos, las transferencias se amparan en las cláusulas contractuales tipo aprobadas por la Comisión Europea, junto con medidas adicionales como el cifrado de los datos.",
               "Cuando la entidad estadounidense está adherida al Marco de Privacidad de Datos UE-EE. UU. (Data Privacy Framework), como ocurre con Stripe, Inc. e Intercom, Inc., la transferencia se ampara en la decisión de adecuación de la Comisión Europea de 10 de julio de 2023. En los demás casos, se ampara en las cláusulas contractuales tipo aprobadas por la Comisión Europea, junto con medidas adicionales como el cifrado de los datos.")]},
    {"note": "VERI*FACTU: new purpose (sending invoicing records to the AEAT under RD 1007/2023), legal basis and 4-year retention of records",
     "repl": [("- **Facturación:** facturar el servicio y cumplir nuestras obligaciones contables y fiscales.",
               "- **Facturación:** facturar el servicio y cumplir nuestras obligaciones contables y fiscales.\n- **Registros de facturación:** generar los registros de facturación de sus facturas y, si usted elige la modalidad VERI*FACTU, remitirlos a la Agencia Estatal de Administración Tributaria conforme al Real Decreto 1007/2023, de 5 de diciembre."),
              ("normativa tributaria y mercantil (facturación)", "normativa tributaria y mercantil (facturación y registros de facturación)"),
              ("Los registros de llamadas a la API se conservan 12 meses.",
               "Los registros de llamadas a la API se conservan 12 meses. Los registros de facturación encadenados se conservan durante el plazo de prescripción tributaria de cuatro años.")]},
    {"note": "AI invoice extraction: incoming PDF invoices read with Google Cloud Vertex AI (europe-southwest1, Madrid), no training; provider row added",
     "repl": [("## 8. Cobralia como encargado del tratamiento",
               "## 8. Lectura automática de facturas recibidas\n\nSi activa la función de lectura automática, las facturas en PDF o imagen que recibe se procesan con modelos de inteligencia artificial de Google Cloud (Vertex AI) en la región europe-southwest1 (Madrid) para extraer emisor, importes, impuestos y fechas. Google no utiliza estos documentos para entrenar sus modelos y no los conserva una vez procesados. Usted puede revisar y corregir siempre los datos extraídos antes de contabilizarlos.\n\n## 9. Cobralia como encargado del tratamiento"),
              ("## 9. ¿Cuáles son sus derechos?", "## 10. ¿Cuáles son sus derechos?"),
              ("## 10. Seguridad", "## 11. Seguridad"),
              ("## 11. Cambios en esta política", "## 12. Cambios en esta política"),
              ("| GitBook (Integration Flow SAS) | Alojamiento de esta documentación | Francia (UE) |",
               "| GitBook (Integration Flow SAS) | Alojamiento de esta documentación | Francia (UE) |\n| Google Cloud EMEA Limited | Lectura automática de facturas (Vertex AI) | España (UE) |")]},
]

SIDEBAR = [
    ("Primeros pasos", [("Introducción", "/", None), ("Autenticación", "/primeros-pasos/autenticacion", None),
                        ("Entorno de pruebas", "/primeros-pasos/sandbox", None), ("Límites de uso", "/primeros-pasos/limites", dt.date(2022, 9, 1))]),
    ("Guías", [("Emitir una factura", "/guias/emitir-factura", None), ("Facturae y FACe", "/guias/facturae-face", None),
               ("TicketBAI", "/guias/ticketbai", dt.date(2022, 6, 1)), ("Webhooks", "/guias/webhooks", None),
               ("VERI*FACTU", "/guias/verifactu", dt.date(2024, 10, 15)), ("Facturas recibidas con IA", "/guias/lectura-automatica", dt.date(2025, 3, 1)),
               ("Ley Crea y Crece (B2B)", "/guias/crea-y-crece", dt.date(2025, 6, 1))]),
    ("Referencia de la API", [("Facturas", "/api/facturas", None), ("Clientes", "/api/clientes", None),
                              ("Series", "/api/series", None), ("Eventos", "/api/eventos", dt.date(2023, 2, 1))]),
    ("Legal", [("Términos y condiciones", "/legal/terminos-y-condiciones", None), ("Política de privacidad", "/legal/politica-de-privacidad", None),
               ("Acuerdo de encargo del tratamiento", "/legal/acuerdo-de-encargo-del-tratamiento", None),
               ("Subencargados", "/legal/subencargados", dt.date(2023, 5, 1))]),
]
_LAST = {}


def rel_es(delta):
    d = delta.days
    if d < 1:
        h = int(delta.total_seconds() // 3600)
        return "hace %d horas" % h if h > 1 else "hace 1 hora"
    if d < 30:
        return "hace %d días" % d if d > 1 else "hace 1 día"
    if d < 365:
        m = d // 30
        return "hace %d meses" % m if m > 1 else "hace 1 mes"
    y = d // 365
    return "hace %d años" % y if y > 1 else "hace 1 año"


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["nonce"] = (C.b64tok(rng, 18), C.uuid4(rng))
    s["assets"] = C.keep_or(rng, prev.get("assets"), 0.6, lambda: (C.hexs(rng, 16), C.hexs(rng, 16), C.alnum(rng, 21)))
    s["sidebar"] = tuple(t for _, items in SIDEBAR for t, _, since in items if since is None or when.date() >= since)
    s["ask_ai"] = when.date() >= dt.date(2024, 9, 10)
    s["theme"] = "v2" if when.date() >= dt.date(2024, 3, 5) else "v1"
    return s


LABELS = {
    "nonce": "per-request CSP nonce and request id in the RSC payload",
    "assets": "GitBook renderer deploy (static chunk hashes, build id)",
    "sidebar": "sidebar page tree gained pages",
    "ask_ai": "GitBook 'Preguntar a la IA' search assistant appeared",
    "theme": "GitBook renderer redesign (header/sidebar classes)",
    "updated_rel": "'Última actualización hace ...' relative time",
}


def render(s, blocks, when):
    nonce, reqid = s["nonce"]
    css, js, build = s["assets"]
    key = hashlib.sha1(repr(blocks).encode()).hexdigest()
    if _LAST.get("key") != key:
        h = int(key[:6], 16)
        _LAST["key"], _LAST["t"] = key, (when - dt.timedelta(days=5 + h % 20, hours=h % 9) if _LAST else when - dt.timedelta(days=86))
    s["updated_rel"] = rel_es(when - _LAST["t"])
    h1, rest = blocks[0], blocks[1:]
    slug = lambda t: re.sub(r"[^\w]+", "-", t.lower()).strip("-")
    parts = []
    for b in rest:
        if b[0] in ("h2", "h3"):
            parts.append('<%s id="%s" class="group/heading flex items-baseline scroll-mt-[calc(var(--toc-top-offset)+16px)] text-2xl font-semibold"><a href="#%s" class="hash -ml-6 pr-2 opacity-0 group-hover/heading:opacity-100" aria-label="Direct link to heading"><svg class="size-3"><use href="#hash-icon"/></svg></a><div class="flex-1">%s</div></%s>'
                         % (b[0], slug(b[1]), slug(b[1]), C.inline_html(b[1]), b[0]))
        elif b[0] == "table":
            parts.append('<div class="relative overflow-x-auto rounded-md border border-tint-subtle">%s</div>' % C.block_html(b, {"table": "w-full text-sm"}))
        else:
            parts.append(C.block_html(b, {"p": "mx-auto leading-normal", "ul": "list-disc pl-6", "ol": "list-decimal pl-6"}))
    outline = "".join('<li><a href="#%s" class="flex text-sm text-tint hover:text-primary">%s</a></li>' % (slug(b[1]), C.inline_html(b[1]))
                      for b in rest if b[0] == "h2")
    cur = "/legal/politica-de-privacidad"
    tree = ""
    for group, items in SIDEBAR:
        lis = "".join('<li class="flex flex-col"><a href="%s" class="flex items-center gap-3 rounded-md px-3 py-1.5 %s"%s>%s</a></li>'
                      % (u, "bg-primary/10 text-primary font-semibold" if u == cur else "text-tint hover:bg-tint-hover",
                         ' aria-current="page"' if u == cur else "", t.replace("*", "&#42;"))
                      for t, u, since in items if t in s["sidebar"])
        tree += '<li class="flex flex-col"><div class="px-3 pt-6 pb-1.5 text-xs font-semibold uppercase tracking-wide">%s</div><ul class="flex flex-col gap-y-0.5">%s</ul></li>' % (group, lis)
    v2 = s["theme"] == "v2"
    ask = ('<button type="button" class="flex items-center gap-2 rounded-corners:rounded-md px-3 py-2 border border-tint" aria-label="Preguntar a la IA"><svg class="size-4"><use href="#sparkle"/></svg><span>Preguntar a la IA</span></button>'
           if s["ask_ai"] else "")
    header = ('<header id="site-header" class="flex flex-col h-[64px] sticky top-0 pt-[env(safe-area-inset-top)] z-10 w-full flex-none shadow-[0px_1px_0px] %s">'
              '<div class="gutter-stable scroll-nojump"><div class="flex w-full items-center justify-between gap-4 h-16 max-w-screen-2xl mx-auto px-4 md:px-8">'
              '<a href="/" class="group/headerlogo min-w-0 shrink flex items-center"><img alt="Logo" src="https://docs.cobralia.com/~gitbook/image?url=https%%3A%%2F%%2Ffiles.gitbook.com%%2Fv0%%2Fb%%2Fgitbook-x-prod.appspot.com%%2Flogo.svg&amp;width=260&amp;dpr=2&amp;quality=100&amp;sign=8a1c2d3e&amp;sv=2" width="130" height="32"><span class="sr-only">Cobralia Docs</span></a>'
              '<div class="flex grow-0 shrink-0 md:basis-56 justify-self-end items-center gap-2"><button type="button" class="flex flex-1 items-center gap-2 px-3 py-2 rounded-lg text-tint border border-tint" aria-label="Buscar" aria-keyshortcuts="Control+K">'
              '<svg class="size-4"><use href="#search"/></svg><div class="flex-1 text-left">Buscar…</div><div class="text-xs"><kbd>Ctrl</kbd><kbd>K</kbd></div></button>%s</div>'
              '<div class="flex gap-4"><a href="https://app.cobralia.com" class="button button-secondary">Panel</a><a href="https://estado.cobralia.com" class="button button-secondary">Estado del servicio</a></div>'
              '</div></div></header>' % ("bg-tint-base theme-bold:bg-header-background" if v2 else "bg-light dark:bg-dark border-b", ask))
    aside = ('<aside data-testid="table-of-contents" class="group text-sm grow-0 shrink-0 basis-full lg:basis-72 page-no-toc:lg:basis-56 relative z-[1] lg:sticky lg:top-16 lg:h-[calc(100vh_-_4rem)]">'
             '<div class="flex flex-col overflow-y-auto lg:gutter-stable pt-6 pb-4"><ul class="flex flex-col gap-y-0.5">%s</ul></div>'
             '<div class="mt-auto py-4"><a href="https://www.gitbook.com/?utm_source=content&amp;utm_medium=trademark&amp;utm_campaign=cobralia-docs" target="_blank" rel="noopener" class="text-sm text-tint">Powered by GitBook</a></div></aside>' % tree)
    footer = ('<div data-testid="page-footer" class="flex flex-col max-w-3xl mx-auto mt-6 gap-3 page-api-block:ml-0">'
              '<div class="flex flex-row flex-wrap items-center gap-4"><div data-testid="page-feedback" class="flex flex-row items-center gap-2"><p class="text-sm">¿Te ha resultado útil?</p>'
              '<div class="flex gap-1"><button type="button" aria-label="No">😞</button><button type="button" aria-label="Más o menos">😐</button><button type="button" aria-label="Sí">😃</button></div></div>'
              '<a href="https://github.com/cobralia/docs/blob/main/legal/politica-de-privacidad.md" class="text-sm text-tint"><svg class="size-3"><use href="#github"/></svg> Editar en GitHub</a></div>'
              '<p class="text-sm text-tint-subtle">Última actualización <time dateTime="%s">%s</time></p>'
              '<div aria-label="Navegación de páginas" class="flex flex-col md:flex-row mt-6 gap-2"><a href="/legal/terminos-y-condiciones" class="group flex flex-1 flex-col rounded border p-4"><span class="text-xs">Anterior</span><span>Términos y condiciones</span></a>'
              '<a href="/legal/acuerdo-de-encargo-del-tratamiento" class="group flex flex-1 flex-col rounded border p-4 text-right"><span class="text-xs">Siguiente</span><span>Acuerdo de encargo del tratamiento</span></a></div></div>'
              % (C.iso(_LAST["t"]).replace("Z", ".000Z"), s["updated_rel"]))
    main = ('<main class="relative min-w-0 flex-1 max-w-screen-2xl py-8 break-anywhere"><header class="max-w-3xl mx-auto mb-6 space-y-3 page-api-block:ml-0">'
            '<nav aria-label="Breadcrumb"><ol class="flex flex-wrap items-center gap-2 text-xs font-semibold uppercase tracking-wide text-tint"><li>Legal</li></ol></nav>'
            '<h1 class="text-4xl font-bold flex items-center gap-4">%s</h1><p class="text-lg text-tint">Cómo trata Cobralia los datos personales de clientes, desarrolladores y visitantes.</p></header>'
            '<div class="whitespace-pre-wrap grid [&amp;>*+*]:mt-5 max-w-3xl mx-auto page-api-block:ml-0 page-body">%s</div>%s</main>'
            % (C.inline_html(h1[1]), "".join(parts), footer))
    toc = ('<aside class="group/aside hidden xl:flex xl:basis-56 shrink-0 sticky top-16 h-[calc(100vh_-_4rem)] flex-col"><div class="pt-8"><p class="text-xs font-semibold uppercase">En esta página</p>'
           '<ul class="flex flex-col gap-1.5 border-l border-tint-subtle pl-3">%s</ul></div></aside>' % outline)
    rsc = ('<script nonce="%s">self.__next_f.push([1,"0:{\\"b\\":\\"%s\\",\\"f\\":[],\\"S\\":false,\\"requestId\\":\\"%s\\",\\"site\\":\\"site_Qx3Lm\\",\\"space\\":\\"spc_9hT2Ka\\",\\"locale\\":\\"es\\"}\\n"])</script>' % (nonce, build, reqid))
    return ('<!DOCTYPE html><html lang="es" class="sidebar-filled theme-clean tint %s links-default"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>'
            '<link rel="stylesheet" href="https://static-2v.gitbook.com/_next/static/css/%s.css" data-precedence="next"/>'
            '<link rel="preload" as="script" fetchPriority="low" href="https://static-2v.gitbook.com/_next/static/chunks/webpack-%s.js"/>'
            '<title>Política de privacidad | Cobralia Docs</title><meta name="description" content="Cómo trata Cobralia los datos personales de clientes, desarrolladores y visitantes."/>'
            '<meta name="generator" content="GitBook (%s)"/><link rel="canonical" href="%s"/><meta name="robots" content="index, follow"/></head>'
            '<body class="site-background"><div class="scroll-nojump">%s<div class="flex flex-col lg:flex-row max-w-screen-2xl mx-auto px-4 md:px-8 site-width-wide:max-w-full">%s%s%s</div></div>%s</body></html>\n'
            % ("circular-corners" if v2 else "straight-corners", css, js, build[:7], URL, header, aside, main, toc, rsc))


PAGE = {
    "service": "Cobralia", "url": URL, "lang": "es-ES", "platform": "GitBook (published docs site)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2021, 12, 6), "end": dt.date(2026, 2, 27),
    "policy": POLICY, "first_updated": dt.date(2021, 5, 24), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["main header h1", "main .page-body"]},
}
