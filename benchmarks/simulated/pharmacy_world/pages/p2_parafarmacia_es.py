"""Farmacia Plaza Mayor - es-ES online pharmacy/parafarmacia - Magento 2.4 (Luma child theme) CMS page, Page Builder."""
import datetime as dt
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import pkit as K  # noqa: E402

URL = "https://www.farmaciaplazamayor.es/politica-de-privacidad"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
# Política de privacidad

Fecha de la última actualización: {UPDATED}

En Farmacia Plaza Mayor nos tomamos muy en serio la protección de tus datos personales. Esta política explica qué datos tratamos cuando compras en nuestra farmacia online, cuando nos envías una consulta farmacéutica o cuando te suscribes a nuestras comunicaciones, conforme al Reglamento (UE) 2016/679 y a la Ley Orgánica 3/2018 de Protección de Datos Personales y garantía de los derechos digitales.

## ¿Quién es el responsable del tratamiento?

@ Laura Echevarría Ruiz, farmacéutica titular (NIF 12345678Z)
@ Farmacia Plaza Mayor
@ Plaza Mayor, 14, 47001 Valladolid
@ Teléfono: 983 214 567
@ Correo electrónico: [protecciondatos@farmaciaplazamayor.es](mailto:protecciondatos@farmaciaplazamayor.es)

La venta a distancia de medicamentos no sujetos a prescripción médica está autorizada por la Consejería de Sanidad de la Junta de Castilla y León conforme al Real Decreto 1/2015.

## ¿Qué datos tratamos?

- Datos identificativos y de contacto: nombre, apellidos, dirección postal, correo electrónico y teléfono.
- Datos de tus pedidos y de facturación.
- Datos de salud que nos facilites en el cuestionario de dispensación de medicamentos o en las consultas al farmacéutico.
- Datos de navegación obtenidos mediante cookies, según se detalla en nuestra Política de cookies.

## ¿Con qué finalidad y legitimación tratamos tus datos?

| Finalidad | Base jurídica | Plazo de conservación |
| Gestionar tus pedidos y envíos | Ejecución del contrato | 6 años (Código de Comercio) |
| Dispensación de medicamentos y consultas farmacéuticas | Obligación legal y atención sanitaria | 5 años |
| Envío de ofertas y newsletter | Consentimiento | Hasta que te des de baja |
| Atención al cliente | Interés legítimo | 1 año desde la última consulta |

## ¿A quién comunicamos tus datos?

No cedemos tus datos a terceros salvo obligación legal. Para prestar el servicio contamos con los siguientes encargados del tratamiento:

- Seur y Correos Express, para la entrega de los pedidos.
- Redsys y PayPal (Europe) S.à r.l. et Cie, S.C.A., para el cobro de los pedidos.
- Klaviyo, Inc., para el envío de comunicaciones comerciales, con garantías basadas en cláusulas contractuales tipo.
- Hostinet, S.L., para el alojamiento de la tienda online en España.

## ¿Cuáles son tus derechos?

Puedes ejercer tus derechos de acceso, rectificación, supresión, oposición, limitación del tratamiento y portabilidad escribiendo a la dirección de correo electrónico indicada, adjuntando copia de tu documento de identidad. Si consideras que no hemos atendido correctamente tu solicitud, puedes presentar una reclamación ante la Agencia Española de Protección de Datos ([www.aepd.es](https://www.aepd.es)).

## Menores de edad

No vendemos medicamentos a menores de 18 años. Si detectamos que un pedido de medicamentos ha sido realizado por un menor, lo cancelaremos y suprimiremos sus datos.

## Seguridad

Aplicamos medidas técnicas y organizativas apropiadas para garantizar la confidencialidad de tus datos, especialmente de los datos de salud, a los que solo accede el equipo farmacéutico.
"""

EDITS = [
    {"note": "new processor: Zendesk for customer support",
     "repl": [("- Hostinet, S.L., para el alojamiento de la tienda online en España.",
               "- Hostinet, S.L., para el alojamiento de la tienda online en España.\n"
               "- Zendesk, Inc., para la gestión de las consultas de atención al cliente.")]},
    {"note": "table: order retention 6 years -> 6 years plus tax; customer service retention 1 -> 2 years",
     "repl": [("| Interés legítimo | 1 año desde la última consulta |",
               "| Interés legítimo | 2 años desde la última consulta |")]},
    {"note": "words inserted: 'colegiado' after 'equipo farmacéutico' (security section); no new date", "bump": False,
     "repl": [("solo accede el equipo farmacéutico.", "solo accede el equipo farmacéutico colegiado.")]},
    {"note": "Klaviyo replaced by Brevo (Sendinblue SAS, France)",
     "repl": [("- Klaviyo, Inc., para el envío de comunicaciones comerciales, con garantías basadas en cláusulas "
               "contractuales tipo.", "- Sendinblue SAS (Brevo), con sede en Francia, para el envío de "
               "comunicaciones comerciales.")]},
    {"note": "new section: Delegado de Protección de Datos",
     "repl": [("## ¿Qué datos tratamos?", "## Delegado de Protección de Datos\n\nHemos designado como Delegado de "
               "Protección de Datos a Audidat 3.0, S.L., con quien puedes contactar en [dpd@audidat.com]"
               "(mailto:dpd@audidat.com).\n\n## ¿Qué datos tratamos?")]},
    {"note": "phone changed and WhatsApp line added to controller block",
     "repl": [("@ Teléfono: 983 214 567", "@ Teléfono y WhatsApp: 983 214 590")]},
]

PRODUCTS = [("Isdin Fotoprotector Fusion Water SPF50 50 ml", 23.95, 4.7),
            ("Heliocare 360 Gel Oil-Free 50 ml", 27.50, 4.8),
            ("Cerave Crema Hidratante 340 g", 14.49, 4.6), ("Martiderm Ampollas Proteos 30 uds", 36.90, 4.5),
            ("Arkopharma Melatonina 1,95 mg 60 comp", 10.99, 4.3), ("Ozone Pasta Dental 75 ml", 3.85, 4.4),
            ("Lactoflora Protector Intestinal 20 uds", 11.20, 4.2), ("Avène Agua Termal 300 ml", 12.75, 4.9)]
DEPLOYS = K.deploys("p2es", dt.date(2022, 1, 1), dt.date(2026, 12, 31), (30, 90))
PROMOS = [((1, 7), (2, 28), "Rebajas: hasta -50 % en dermocosmética"),
          ((5, 1), (6, 30), "Campaña solar: 3x2 en fotoprotección"), ((11, 20), (11, 30), "Black Friday -25 %"),
          ((12, 10), (12, 31), "Envío gratis en pedidos navideños desde 39 €")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"form_key": C.alnum(rng, 16)}
    s["static"] = str(1640000000 + int(K.deploy(when, DEPLOYS)[:7], 16) % 10**8)
    s["promo"] = K.season(when, PROMOS)
    s["widget"] = C.keep_or(rng, prev.get("widget"), 0.7, lambda: tuple(rng.sample(range(len(PRODUCTS)), 4)))
    s["stock"] = tuple((rng.choice([1, 1, 1, 0.85, 0.8]), rng.randint(12, 900)) for _ in range(4))
    s["chat"] = rng.choice(["online", "online", "offline"])
    return s


LABELS = {"form_key": "Magento form_key per session (hidden inputs, mage-init)",
          "static": "pub/static version stamp per deploy", "promo": "seasonal promo bar",
          "widget": "catalog_products_list widget INSIDE the CMS content (picks)",
          "stock": "widget prices/discounts and review counts", "chat": "pharmacist chat launcher online/offline"}


def eur(v):
    return ("%.2f" % v).replace(".", ",") + "\u00a0€"


def render(s, blocks, when):
    st = s["static"]
    pb = lambda h: ('<div data-content-type="row" data-appearance="contained" data-element="main"><div '
                    'data-enable-parallax="0" data-element="inner" cla'
                    'ss="pagebuilder-row-inner"><div data-content-type='
                    '"text" data-appearance="default" data-element="main">%s</div></div></div>' % h)
    items = "".join(
        '<li class="product-item"><div class="product-item-info"><a href="/p/%d" class="product-item-photo">'
        '<img class="product-image-photo" src="/media/catalog/product/cache/8f1c2a/%d.jpg" alt=""></a>'
        '<div class="product-item-details"><strong class="product-item-name"><a class="product-item-link" href="/p/%d">'
        '%s</a></strong><div class="product-reviews-summary short"><div class="rating-summary"><span>%.1f</span>'
        '</div><div class="reviews-actions"><a class="action view" href="/p/%d#reviews">%d opiniones</a></div></div>'
        '<div class="price-box price-final_price"><span class="price">%s</span></div>'
        '<form data-role="tocart-form" action="/checkout/cart/add/product/%d/" method="post"><input type="hidden" '
        'name="form_key" value="%s"><button type="submit" class="action tocart primary">Añadir a la cesta</button>'
        '</form></div></div></li>'
        % (k, k, k, C.esc(PRODUCTS[k][0]), PRODUCTS[k][2], k, n, eur(PRODUCTS[k][1] * f), k, s["form_key"])
        for k, (f, n) in zip(s["widget"], s["stock"]))
    widget = ('<div class="block widget block-products-list grid"><div class="block-title"><strong>Productos '
              'recomendados por nuestros farmacéuticos</strong></div'
              '><div class="block-content"><div class="products-grid'
              ' grid"><ol class="product-items widget-product-grid">%s</ol></div></div></div>' % items)
    body = blocks[1:]
    cut = [n for n, b in enumerate(body) if b[0] == "h2"][3]
    content = (pb(C.render_blocks(body[:cut])) + "\n" + pb(widget) + "\n" + pb(C.render_blocks(body[cut:])))
    promo = ('<div class="panel header-promo"><p>%s</p></div>' % C.esc(s["promo"])) if s["promo"] else ""
    chat = ("Farmacéutico en línea" if s["chat"] == "online" else "Déjanos tu consulta")
    return (
        '<!doctype html>\n<html lang="es">\n<head >\n<meta charset="utf-8"/>\n<meta name="title" content="Política de '
        'privacidad"/>\n<meta name="robots" content="INDEX,FOLLOW"/>\n<title>Política de privacidad | Farmacia Plaza '
        'Mayor</title>\n<link rel="stylesheet" type="text/css" media="all" href="https://www.farmaciaplazamayor.es/'
        'static/version%s/frontend/Plaza/farmacia/es_ES/css/styles-m.css" />\n<script type="text/javascript" src='
        '"https://www.farmaciaplazamayor.es/static/version%s/frontend/Plaza/farmacia/es_ES/requirejs/require.js">'
        '</script>\n</head>\n<body data-container="body" data-mage-init=\'{"loaderAjax": {}, "loader": { "icon": '
        '"https://www.farmaciaplazamayor.es/static/version%s/frontend/Plaza/farmacia/es_ES/images/loader-2.gif"}}\' '
        'class="cms-politica-de-privacidad cms-page-view page-layout-1column">\n'
        '<div class="page-wrapper"><header class="page-header">%s<div class="panel wrapper"><div class="panel header">'
        '<ul class="header links"><li><a href="/customer/account/">Mi cuenta</a></li></ul></div></div>'
        '<div class="header content"><a class="logo" href="/" title="Farmacia Plaza Mayor"><img src="/static/version%s/'
        'frontend/Plaza/farmacia/es_ES/images/logo.svg" alt="Farmacia Plaza Mayor"></a><div data-block="minicart" '
        'class="minicart-wrapper"><a class="action showcart" href="/checkout/cart/"><span class="counter qty empty">'
        '<span class="counter-number">0</span></span></a></div></div></header>\n'
        '<main id="maincontent" class="page-main"><div class="page-title-wrapper"><h1 class="page-title"><span '
        'class="base" data-ui-id="page-title-wrapper" >%s</span></h1></div><div class="page messages"><div '
        'data-placeholder="messages"></div></div><div class="columns"><div class="column main"><input name="form_key" '
        'type="hidden" value="%s" /><div id="authenticationPopup" data-bind="scope:\'authenticationPopup\'" '
        'style="display: none;"></div>\n<div class="cms-content">%s</div>\n</div></div></main>\n'
        '<footer class="page-footer"><div class="footer content"><ul class="footer links"><li><a href="/aviso-legal">'
        'Aviso legal</a></li><li><a href="/politica-de-privacidad">Política de privacidad</a></li><li><a '
        'href="/politica-de-cookies">Cookies</a></li></ul><div class="logo-ue"><img src="/media/wysiwyg/logo-venta-'
        'medicamentos-ue.png" alt="Logotipo común de venta a distancia de medicamentos"></div></div>'
        '<small class="copyright"><span>© %d Farmacia Plaza Mayor</span></small></footer>\n'
        '<div class="pharma-chat pharma-chat--%s"><button type="button">%s</button></div>\n</div>\n'
        '<script type="text/x-magento-init">{"*":{"Magento_PageCache/js/form-key-provider":{"isPaginationCacheEnabled'
        '":0}}}</script>\n</body>\n</html>\n'
        % (st, st, st, promo, st, C.inline_html(blocks[0][1]), s["form_key"], content, when.year, s["chat"], chat))


PAGE = {
    "service": "Farmacia Plaza Mayor", "url": URL, "lang": "es-ES", "platform": "Magento 2.4 Page Builder",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 3, 10), "end": dt.date(2026, 4, 20), "hours": (0, 12),
    "policy": POLICY, "first_updated": dt.date(2021, 12, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".page-title-wrapper h1.page-title", ".column.main .cms-content"],
                    "remove": [".block-products-list"]},
}
