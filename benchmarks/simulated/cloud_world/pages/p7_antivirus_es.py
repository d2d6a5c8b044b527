"""Centinela Security (Spanish antivirus vendor): TYPO3 12 with bootstrap_package; the policy is a run of content
elements (header, text, table) in #page-content. Noise: a live "amenazas bloqueadas hoy" counter in the top bar,
and INSIDE #page-content a promotional plugin content element (frame-type-list, an offer with discount, price and
end date) placed by marketing after the first section, which the declaration removes; merged CSS/JS hashes and
?timestamps after cache flushes; the newsletter form's __trustedProperties HMAC in the footer after each deploy."""
import datetime as dt

import common as C

URL = "https://www.centinelasecurity.es/legal/politica-de-privacidad"

MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """# Política de privacidad

Última actualización: {UPDATED}

En Centinela Security, S.L. nos dedicamos a proteger tus dispositivos y tu información. Esta política explica cómo tratamos tus datos personales cuando visitas nuestra web, compras una licencia o utilizas nuestros productos de seguridad (Centinela Antivirus, Centinela Total Security, Centinela VPN y Centinela para Empresas), de conformidad con el Reglamento General de Protección de Datos (RGPD) y la Ley Orgánica 3/2018, de Protección de Datos Personales y garantía de los derechos digitales (LOPDGDD).

## 1. Responsable del tratamiento

@ Centinela Security, S.L.
@ Calle Severo Ochoa, 16, Parque Tecnológico de Andalucía
@ 29590 Campanillas, Málaga
@ CIF: B-93512847
@ Delegado de Protección de Datos: dpd@centinelasecurity.es

## 2. Datos que tratamos

### Datos que nos facilitas

Cuando compras una licencia o creas una cuenta Mi Centinela, tratamos tu nombre y apellidos, dirección de correo electrónico, país, datos de facturación y, si eres una empresa, la razón social y el NIF. Si contactas con soporte, tratamos el contenido de tus consultas y los archivos que nos envíes.

### Datos que generan nuestros productos

Para detectar amenazas, nuestros productos recopilan información técnica de tu dispositivo:

- identificador de instalación, versión del producto y del sistema operativo;
- huellas (hashes) de archivos sospechosos y metadatos de los mismos;
- direcciones URL y dominios bloqueados por la protección web;
- muestras de archivos potencialmente maliciosos, solo si tienes activado el envío automático de muestras;
- informes de errores y de rendimiento del producto.

Siempre que es posible, estos datos se seudonimizan antes de salir de tu dispositivo. No analizamos el contenido de tus documentos personales ni de tus correos electrónicos fuera del análisis automático en busca de malware.

## 3. Finalidades, bases jurídicas y plazos de conservación

| Finalidad | Base jurídica | Plazo de conservación |
| Gestión de licencias, pagos y facturación | Ejecución del contrato y obligación legal | Mientras dure la licencia y 6 años más |
| Detección y análisis de amenazas (Red de Inteligencia Centinela) | Interés legítimo en la seguridad de los usuarios | 12 meses; las muestras maliciosas se conservan indefinidamente sin datos personales |
| Atención al cliente | Ejecución del contrato | 2 años desde la última consulta |
| Envío de comunicaciones comerciales | Consentimiento | Hasta que retires tu consentimiento |
| Mejora de productos mediante estadísticas de uso | Consentimiento | 24 meses |

## 4. Destinatarios

No vendemos tus datos personales. Solo los comunicamos a terceros cuando es necesario para prestar el servicio o cuando la ley lo exige. Nuestros encargados del tratamiento son:

| Encargado | Servicio | Ubicación |
| Amazon Web Services EMEA SARL | Infraestructura en la nube | Irlanda y Alemania |
| Digital River GmbH | Tienda online y procesamiento de pagos | Alemania |
| Salesforce Inc. | Gestión de clientes y soporte | Unión Europea |
| Mailchimp (Intuit Inc.) | Envío de boletines | Estados Unidos |

Los indicadores de amenazas, una vez anonimizados, pueden compartirse con equipos de respuesta a incidentes (CERT) y con otros fabricantes de seguridad para proteger a la comunidad.

## 5. Transferencias internacionales

Algunos encargados pueden tratar datos fuera del Espacio Económico Europeo. En ese caso, la transferencia se ampara en las cláusulas contractuales tipo aprobadas por la Comisión Europea, complementadas con medidas adicionales como el cifrado.

## 6. Seguridad de la información

Aplicamos medidas técnicas y organizativas acordes con el Esquema Nacional de Seguridad y la norma ISO/IEC 27001. Las comunicaciones entre nuestros productos y nuestros servidores están cifradas y autenticadas, y el acceso a los datos se limita al personal que lo necesita para desempeñar sus funciones.

Nuestros productos toman decisiones automatizadas cuando bloquean un archivo, una aplicación o una página web que consideran peligrosos. Estas decisiones no producen efectos jurídicos sobre ti: siempre puedes restaurar un archivo de la cuarentena, añadir una excepción o solicitar a nuestro laboratorio que revise un falso positivo a través del formulario de soporte. Si una brecha de seguridad afectara a tus datos personales, la notificaremos a la autoridad de control en un plazo de 72 horas y, cuando suponga un alto riesgo para ti, te informaremos sin dilación indebida.

## 7. Menores de edad

La función de control parental de Centinela Total Security trata información sobre la actividad en línea de los menores (sitios web visitados, tiempo de uso y ubicación, si el padre o tutor activa esta función). Estos datos solo son visibles para el titular de la cuenta y se eliminan a los 30 días. No recogemos datos de menores de 14 años con fines comerciales.

## 8. Tus derechos

Puedes ejercer tus derechos de acceso, rectificación, supresión, oposición, limitación del tratamiento y portabilidad, así como retirar tu consentimiento en cualquier momento, escribiendo a dpd@centinelasecurity.es o desde tu cuenta Mi Centinela. Si consideras que no hemos atendido correctamente tu solicitud, puedes presentar una reclamación ante la [Agencia Española de Protección de Datos](https://www.aepd.es/).

## 9. Cookies

Utilizamos cookies propias y de terceros. Puedes consultar la información detallada en nuestra [Política de cookies](/legal/politica-de-cookies) y modificar tus preferencias en cualquier momento desde el enlace «Configurar cookies» del pie de página.

## 10. Cambios en esta política

Podemos actualizar esta política para reflejar cambios en nuestros productos o en la normativa. Te informaremos de los cambios relevantes a través del producto o por correo electrónico."""

EDITS = [
    {"note": "threat-data retention 12 -> 24 months (table cell)",
     "repl": [("| Interés legítimo en la seguridad de los usuarios | 12 meses;", "| Interés legítimo en la seguridad de los usuarios | 24 meses;")]},
    {"note": "newsletter processor Mailchimp replaced by Brevo (France)",
     "repl": [("| Mailchimp (Intuit Inc.) | Envío de boletines | Estados Unidos |", "| Sendinblue SAS (Brevo) | Envío de boletines | Francia |")]},
    {"note": "'(ENS)' inserted after Esquema Nacional de Seguridad (no date change)", "bump": False,
     "repl": [("acordes con el Esquema Nacional de Seguridad y", "acordes con el Esquema Nacional de Seguridad (ENS) y")]},
    {"note": "new sub-section on the AI scam detector (sentence block) added under product data",
     "repl": [("Siempre que es posible, estos datos se seudonimizan", "Si activas el Detector de Estafas, el texto de los SMS y notificaciones que recibas se analiza en tu dispositivo mediante un modelo de inteligencia artificial; solo se envían a nuestros servidores los enlaces que el modelo considere sospechosos, para comprobar su reputación.\n\nSiempre que es posible, estos datos se seudonimizan")]},
    {"note": "parental-control data deletion 30 -> 90 days",
     "repl": [("Estos datos solo son visibles para el titular de la cuenta y se eliminan a los 30 días.",
               "Estos datos solo son visibles para el titular de la cuenta y se eliminan a los 90 días.")]},
]

OFFERS = [
    ("Centinela Total Security", 50, "59,99", "29,99", "5 dispositivos · 1 año"),
    ("Centinela Antivirus", 40, "34,99", "20,99", "3 dispositivos · 1 año"),
    ("Centinela Total Security + VPN", 60, "89,99", "35,99", "10 dispositivos · 1 año"),
    ("Centinela Total Security", 70, "59,99", "17,99", "Black Friday · 5 dispositivos"),
]


def noise(rng, when, i, prev):
    prev = prev or {}

    def mk_offer():
        o = rng.randrange(len(OFFERS))
        end = when.date() + dt.timedelta(days=rng.randint(2, 20))
        return (o, end.isoformat())
    return {
        "threats": rng.randint(1800000, 4200000),
        "offer": C.keep_or(rng, prev.get("offer"), 0.4, mk_offer),
        "cache": C.keep_or(rng, prev.get("cache"), 0.35, lambda: C.epoch(when) - rng.randint(3600, 900000)),
        "trusted": C.keep_or(rng, prev.get("trusted"), 0.35, lambda: C.hexs(rng, 40)),
    }


LABELS = {"threats": "live threats-blocked-today counter in the top bar",
          "offer": "promotional offer content element inside #page-content (removed)",
          "cache": "merged asset hashes/timestamps (cache flush)", "trusted": "newsletter form __trustedProperties HMAC"}

FRAME = 'frame frame-default frame-type-%s frame-layout-default frame-size-default frame-height-default frame-background-none frame-space-before-none frame-space-after-none frame-no-backgroundimage'


def _ce(uid, ctype, header, inner, hl="h2"):
    head = ('<header class="frame-header"><%s class="element-header "><span>%s</span></%s></header>' % (hl, header, hl)) if header else ""
    return ('<div id="c%d" class=" %s"><div class="frame-group-container"><div class="frame-group-inner"><div class="frame-container frame-container-default"><div class="frame-inner">%s%s</div></div></div></div></div>'
            % (uid, FRAME % ctype, head, inner))


def _elements(blocks, offer_html):
    head, secs = C.split_sections(blocks)
    out = []
    uid = 245
    h1 = [b for b in head if b[0] == "h1"]
    rest = [b for b in head if b[0] != "h1"]
    out.append(_ce(uid, "text", C.inline_html(h1[0][1]), "\n".join(C.block_html(b) for b in rest), "h1"))
    for k, (title, bl) in enumerate(secs):
        uid += 1
        chunk, first = [], True
        for b in bl:
            if b[0] == "table":
                if chunk or first:
                    out.append(_ce(uid, "text", C.inline_html(title) if first else "", "\n".join(C.block_html(x) for x in chunk)))
                    uid += 1
                    first = False
                    chunk = []
                out.append(_ce(uid, "table", "", '<div class="table-responsive">%s</div>' % C.block_html(b, {"table": "table table-striped table-hover"})))
                uid += 1
            else:
                chunk.append(b)
        if chunk or first:
            out.append(_ce(uid, "text", C.inline_html(title) if first else "", "\n".join(C.block_html(x) for x in chunk)))
        if k == 0:
            out.append(offer_html)
    return "\n".join(out)


def render(s, blocks, when):
    o, end = s["offer"]
    name, pct, old, new, sub = OFFERS[o]
    e = dt.date.fromisoformat(end)
    offer = ('<div id="c812" class=" %s frame-list-type-centinelashop_offerbanner"><div class="frame-group-container"><div class="frame-group-inner"><div class="frame-container frame-container-default"><div class="frame-inner">'
             '<div class="offer-banner offer-banner--inline"><p class="offer-banner__kicker">Oferta por tiempo limitado · -%d%%</p><p class="offer-banner__title">%s</p><p class="offer-banner__sub">%s</p>'
             '<p class="offer-banner__price"><del>%s €</del> <strong>%s €</strong></p><p class="offer-banner__ends">Termina el %d/%02d/%d</p>'
             '<a class="btn btn-primary" href="/tienda/carrito?add=cts-1y&amp;promo=WEB%d">Comprar ahora</a></div></div></div></div></div></div>'
             % (FRAME % "list", pct, name, sub, old, new, e.day, e.month, e.year, pct))
    content = _elements(blocks, offer)
    ts = s["cache"]
    th = "{:,}".format(s["threats"]).replace(",", ".")
    mh = C.det_sha("merged", ts)
    return """<!DOCTYPE html>
<html dir="ltr" lang="es-ES">
<head>

<meta charset="utf-8">
<!-- 
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-%(year)d of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->



<title>Política de privacidad | Centinela Security</title>
<meta http-equiv="x-ua-compatible" content="IE=edge">
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<meta name="robots" content="index,follow">
<meta name="twitter:card" content="summary">
<meta name="apple-mobile-web-app-capable" content="no">

<link rel="stylesheet" href="/typo3temp/assets/bootstrappackage/fonts/284ba9c5345a729d38fc3d3bb72eea6caaef6180abbc77928e15e42297d05f8b/webfont.css?%(ts)d" media="all">
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-%(m1)s-%(m2)s.css?%(ts)d" media="all">

<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="6a1f3c2e-9b7d-4e8a-b5c4-2d1e0f9a8b7c" data-blockingmode="auto" type="text/javascript"></script>
<script data-cookieconsent="ignore">window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag("consent","default",{ad_storage:"denied",analytics_storage:"denied",wait_for_update:500});</script>
<script data-cookieconsent="ignore">(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-KX7P2QD');</script>
<link rel="canonical" href="%(url)s"/>
<link rel="alternate" hreflang="es-ES" href="%(url)s"/>
<link rel="alternate" hreflang="en-GB" href="https://www.centinelasecurity.es/en/legal/privacy-policy"/>
<link rel="alternate" hreflang="x-default" href="%(url)s"/>
</head>
<body id="p42" class="page-42 pagelevel-2 language-0 backendlayout-default layout-default">

<div id="top"></div><div class="body-bg"><a class="visually-hidden-focusable page-skip-link" href="#page-content"><span>Ir al contenido principal</span></a><div id="page-topbar" class="topbar"><div class="container"><p class="topbar-counter"><span class="topbar-counter__icon" aria-hidden="true"></span>Amenazas bloqueadas hoy en todo el mundo: <strong data-live-counter="threats">%(th)s</strong></p><ul class="topbar-links"><li><a href="https://mi.centinelasecurity.es/">Mi Centinela</a></li><li><a href="/empresas">Empresas</a></li><li><a href="/en/">EN</a></li></ul></div></div><header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top navbar-fixed-top"><div class="container container-mainnavigation"><a class="navbar-brand navbar-brand-image" href="/"><img class="navbar-brand-logo-normal" src="/fileadmin/centinela/logo-centinela.svg" alt="Centinela Security logo" height="52" width="180"></a><button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#mainnavigation" aria-controls="mainnavigation" aria-expanded="false" aria-label="Alternar navegación"><span class="navbar-toggler-icon"></span></button><nav aria-label="Navegación principal" id="mainnavigation" class="collapse navbar-collapse"><ul class="navbar-nav">
<li class="nav-item"><a id="nav-item-3" href="/productos" class="nav-link" title="Productos"><span class="nav-link-text">Productos</span></a></li>
<li class="nav-item"><a id="nav-item-4" href="/empresas" class="nav-link" title="Empresas"><span class="nav-link-text">Empresas</span></a></li>
<li class="nav-item"><a id="nav-item-5" href="/descargas" class="nav-link" title="Descargas"><span class="nav-link-text">Descargas</span></a></li>
<li class="nav-item"><a id="nav-item-6" href="/soporte" class="nav-link" title="Soporte"><span class="nav-link-text">Soporte</span></a></li>
<li class="nav-item"><a id="nav-item-7" href="/blog" class="nav-link" title="Blog de seguridad"><span class="nav-link-text">Blog de seguridad</span></a></li>
</ul></nav></div></header><nav class="breadcrumb-section" aria-label="Ruta de navegación"><div class="container"><p class="visually-hidden" id="breadcrumb">Estás aquí:</p><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/" title="Inicio"><span class="breadcrumb-text">Inicio</span></a></li><li class="breadcrumb-item"><a class="breadcrumb-link" href="/legal" title="Legal"><span class="breadcrumb-text">Legal</span></a></li><li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">Política de privacidad</span></li></ol></div></nav><div id="page-content" class="bp-page-content main-section"><!--TYPO3SEARCH_begin--><div class="section section-default">
%(content)s
</div><!--TYPO3SEARCH_end--></div><footer id="page-footer" class="bp-page-footer"><section class="section footer-section footer-section-content"><div class="container"><div class="section-row"><div class="section-column footer-section-content-column footer-section-content-column-left">
<div id="c31" class=" frame frame-default frame-type-form_formframework frame-layout-default"><div class="frame-container frame-container-default"><div class="frame-inner"><header class="frame-header"><h3 class="element-header "><span>Boletín de seguridad</span></h3></header>
<form enctype="multipart/form-data" method="post" id="newsletter-31" action="/legal/politica-de-privacidad?tx_form_formframework%%5Baction%%5D=perform&amp;tx_form_formframework%%5Bcontroller%%5D=FormFrontend&amp;cHash=%(chash)s#newsletter-31">
<div><input type="hidden" name="tx_form_formframework[newsletter-31][__state]" value="TzozOToiVFlQTzNcQ01TXEZvcm1cRG9tYWluXFJ1bnRpbWVcRm9ybVN0YXRlIjoyOntzOjI1OiIAKgBsYXN0RGlzcGxheWVkUGFnZUluZGV4IjtpOjA7czoxMzoiACoAZm9ybVZhbHVlcyI7YTowOnt9fQ==" /><input type="hidden" name="tx_form_formframework[__trustedProperties]" value="{&quot;newsletter-31&quot;:{&quot;email-1&quot;:1,&quot;checkbox-1&quot;:1,&quot;__currentPage&quot;:1}}%(trusted)s" /></div>
<div class="form-group"><label class="form-label" for="newsletter-31-email-1">Correo electrónico</label><input placeholder="tu@correo.es" required="required" class="form-control" id="newsletter-31-email-1" type="email" name="tx_form_formframework[newsletter-31][email-1]" value="" /></div>
<div class="form-check"><input type="hidden" name="tx_form_formframework[newsletter-31][checkbox-1]" value="" /><input required="required" class="form-check-input" id="newsletter-31-checkbox-1" type="checkbox" name="tx_form_formframework[newsletter-31][checkbox-1]" value="1" /><label class="form-check-label" for="newsletter-31-checkbox-1">Acepto la política de privacidad</label></div>
<div class="actions"><button class="btn btn-primary" type="submit" name="tx_form_formframework[newsletter-31][__currentPage]" value="1">Suscribirme</button></div></form></div></div></div>
</div><div class="section-column footer-section-content-column footer-section-content-column-right"><ul class="footer-links"><li><a href="/legal/aviso-legal">Aviso legal</a></li><li><a href="/legal/politica-de-privacidad">Política de privacidad</a></li><li><a href="/legal/politica-de-cookies">Política de cookies</a></li><li><a href="javascript:Cookiebot.renew()">Configurar cookies</a></li><li><a href="/legal/contrato-de-licencia">Contrato de licencia (EULA)</a></li></ul></div></div></div></section><section class="section footer-section footer-section-meta"><div class="container"><div class="frame frame-small frame-background-none frame-space-before-none frame-space-after-none"><div class="frame-container"><div class="frame-inner"><div class="footer-copyright"><p>&copy; %(year)d Centinela Security, S.L. Todos los derechos reservados.</p></div></div></div></div></div></section></footer><a class="scroll-top" title="Volver arriba" href="#top"><span class="scroll-top-icon"></span></a></div>
<script src="/typo3temp/assets/compressed/merged-%(m3)s-%(m4)s.js?%(ts)d"></script>


</body>
</html>""" % dict(year=when.year, ts=ts, m1=mh[:32], m2=C.det_sha("m2", ts)[:32], m3=C.det_sha("m3", ts)[:32],
                  m4=C.det_sha("m4", ts)[:32], url=URL, th=th, content=content, chash=C.det_sha("chash")[:32],
                  trusted=s["trusted"])


PAGE = {
    "service": "Centinela Security",
    "url": URL,
    "lang": "es",
    "platform": "TYPO3 12 LTS + bootstrap_package 14, Cookiebot, GTM",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Apache"), ("X-Frame-Options", "SAMEORIGIN"), ("Vary", "Accept-Encoding")],
    "n": 31,
    "start": dt.date(2022, 11, 20),
    "end": dt.date(2025, 7, 1),
    "policy": POLICY,
    "first_updated": dt.date(2022, 9, 12),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#page-content", "remove": ".frame-type-list"},
}
