"""El Ventanal (Madrid) - es-ES - digital-native cooperative outlet on Ghost 5 (Source theme, Ghost(Pro)), behind
Cloudflare. Newsletter sign-up boxes with a live subscriber count, "Hazte socia" membership CTA, latest stories.

Well-built page with ordinary noise: the count and the stories change, Cloudflare re-encodes the footer e-mail on
every response, Ghost is upgraded from time to time."""
import datetime as dt
import common as C

URL = "https://elventanal.es/politica-de-privacidad/"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
# Política de privacidad

Última actualización: {UPDATED}

En El Ventanal hacemos periodismo independiente financiado por nuestras socias y socios. Tratamos tus datos con el mismo cuidado con el que tratamos a nuestras fuentes: recogemos solo los que necesitamos, no los vendemos y no llenamos la web de rastreadores publicitarios. En esta página te explicamos, con el mayor detalle posible, qué hacemos con ellos.

## Información básica sobre protección de datos

| Epígrafe | Información básica |
| Responsable | Ventanal Periodismo, S. Coop. Mad. |
| Finalidad | Enviarte nuestros boletines, gestionar tu cuota de socio o socia y tus donaciones, y responder a tus mensajes |
| Legitimación | Consentimiento y ejecución de la relación de socio o del contrato de suscripción |
| Destinatarios | No se ceden datos a terceros, salvo obligación legal. Contamos con encargados del tratamiento que nos prestan servicios técnicos |
| Derechos | Acceder, rectificar y suprimir los datos, así como otros derechos explicados más abajo |

## 1. ¿Quién es el responsable del tratamiento de tus datos?

Ventanal Periodismo, S. Coop. Mad., con CIF F-88123456 e inscrita en el Registro de Cooperativas de la Comunidad de Madrid, con domicilio en la calle de la Esgrima, 7, 28012 Madrid. Puedes escribirnos a [privacidad@elventanal.es](mailto:privacidad@elventanal.es).

Hemos designado una delegada de protección de datos, a la que puedes dirigirte en [dpd@elventanal.es](mailto:dpd@elventanal.es).

## 2. ¿Qué datos tratamos?

- Si te suscribes a un boletín: tu dirección de correo electrónico y, si quieres, tu nombre.
- Si te haces socia o socio: nombre y apellidos, DNI o NIE (para emitir el certificado de donaciones), dirección postal, correo electrónico, teléfono y los datos de pago necesarios para cobrar la cuota.
- Si haces una donación puntual: nombre, correo electrónico e importe.
- Si nos escribes: los datos que incluyas en tu mensaje.
- Si navegas por la web: datos técnicos agregados y anónimos sobre las visitas.

## 3. ¿Con qué finalidad y con qué base legal tratamos tus datos?

Enviamos los boletines que has elegido porque nos has dado tu consentimiento, que puedes retirar en cualquier momento desde el enlace que aparece al pie de cada correo.

Gestionamos las cuotas de socias y socios, las donaciones y las suscripciones en papel porque es necesario para ejecutar la relación que tenemos contigo. También cumplimos nuestras obligaciones legales, por ejemplo las fiscales: como entidad que recibe donaciones, debemos informar a la Agencia Tributaria de las aportaciones que permiten una deducción.

Podemos enviarte información sobre las actividades de la cooperativa, como asambleas, encuentros o campañas, sobre la base de nuestro interés legítimo en mantener informada a nuestra comunidad. Puedes oponerte en cualquier momento.

No elaboramos perfiles con fines publicitarios ni tomamos decisiones automatizadas que te afecten.

Si participas en nuestros encuentros, talleres o asambleas, tratamos tu nombre y tu correo electrónico para gestionar la inscripción. Podemos tomar fotografías y grabaciones de los actos; te avisaremos antes y, si no quieres aparecer, bastará con que nos lo digas.

Si publicas un comentario en los artículos reservados a la comunidad de socias y socios, se mostrará junto a tu nombre o al seudónimo que elijas. Moderamos los comentarios conforme a nuestras normas de participación.

## 4. ¿A quién comunicamos tus datos?

No vendemos ni cedemos tus datos a terceros. Para funcionar, trabajamos con proveedores que actúan como encargados del tratamiento y solo pueden usar los datos siguiendo nuestras instrucciones:

- Ghost Foundation, que aloja nuestra web y gestiona la base de datos de suscriptores;
- Mailchimp (The Rocket Science Group LLC), para el envío de los boletines;
- Stripe Payments Europe Ltd., para el cobro de cuotas y donaciones con tarjeta;
- nuestra gestoría, para la contabilidad y las obligaciones fiscales;
- Plausible Insights OÜ, para medir las visitas sin cookies y sin datos personales.

## 5. Transferencias internacionales

Algunos de estos proveedores, como Ghost Foundation o Mailchimp, pueden tratar datos en Estados Unidos. En esos casos, las transferencias se amparan en las cláusulas contractuales tipo aprobadas por la Comisión Europea y en las medidas adicionales que ofrecen los propios proveedores.

## 6. ¿Cuánto tiempo conservamos tus datos?

- Los datos de los boletines, hasta que te des de baja.
- Los datos de socias y socios, mientras mantengas la relación con la cooperativa y, después, durante los plazos de prescripción de las acciones legales y fiscales (con carácter general, cuatro años; seis años para la documentación contable, según el Código de Comercio).
- Los mensajes que nos envías, durante el tiempo necesario para atenderlos y, como máximo, un año.

## 7. ¿Cuáles son tus derechos?

De acuerdo con el Reglamento General de Protección de Datos (RGPD) y la Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales y garantía de los derechos digitales (LOPDGDD), puedes ejercer tus derechos de acceso, rectificación, supresión, oposición, limitación del tratamiento y portabilidad escribiendo a [privacidad@elventanal.es](mailto:privacidad@elventanal.es). Te responderemos en el plazo de un mes. Si actúas a través de un representante, deberá acreditar que actúa en tu nombre. El ejercicio de tus derechos es gratuito.

Para proteger a las fuentes y el trabajo periodístico, el artículo 85 del RGPD permite limitar algunos de estos derechos respecto de la información que tratamos con fines exclusivamente periodísticos.

Si consideras que no hemos atendido correctamente tu solicitud, puedes presentar una reclamación ante la Agencia Española de Protección de Datos (AEPD), C/ Jorge Juan, 6, 28001 Madrid, o en su sede electrónica [sedeagpd.gob.es](https://sedeagpd.gob.es).

## 8. Cookies

Solo utilizamos las cookies técnicas imprescindibles para que puedas iniciar sesión como socia o socio y para recordar tus preferencias. No usamos cookies publicitarias ni de analítica de terceros, por lo que no te mostramos un banner de cookies. Puedes consultar el detalle en nuestra [política de cookies](/politica-de-cookies/), conforme al artículo 22.2 de la Ley 34/2002, de servicios de la sociedad de la información y de comercio electrónico (LSSI-CE).

## 9. Cambios en esta política

Si modificamos esta política de forma relevante, te lo contaremos en nuestro boletín y actualizaremos la fecha que aparece al principio. Las versiones anteriores están disponibles a petición escribiendo a nuestra dirección de privacidad.
"""

EDITS = [
    {"note": "newsletter provider Mailchimp replaced by Ghost's own newsletters sent through Mailgun (Sinch); transfer sentence updated",
     "repl": [("- Mailchimp (The Rocket Science Group LLC), para el envío de los boletines;",
               "- Mailgun Technologies, Inc. (Sinch), para el envío de los boletines desde nuestra propia plataforma;"),
              ("como Ghost Foundation o Mailchimp, pueden", "como Ghost Foundation o Mailgun, pueden")]},
    {"note": "payments: Bizum through Redsys added to processors (silent, date not bumped)", "bump": False,
     "repl": [("- Stripe Payments Europe Ltd., para el cobro de cuotas y donaciones con tarjeta;",
               "- Stripe Payments Europe Ltd., para el cobro de cuotas y donaciones con tarjeta;\n- Redsys Servicios de Procesamiento, S.L., para los pagos con Bizum;")]},
    {"note": "international transfers: EU-US Data Privacy Framework adequacy decision (July 2023) now the basis",
     "repl": [("En esos casos, las transferencias se amparan en las cláusulas contractuales tipo aprobadas por la Comisión Europea y en las medidas adicionales que ofrecen los propios proveedores.",
               "En esos casos, las transferencias se amparan en la Decisión de adecuación de la Comisión Europea de 10 de julio de 2023 relativa al Marco de Privacidad de Datos UE-EE. UU., al estar ambos proveedores adheridos a él, y, en su defecto, en las cláusulas contractuales tipo aprobadas por la Comisión Europea.")]},
    {"note": "new section 'Buzón seguro para fuentes' (anonymous tip box via SecureDrop/Signal)",
     "repl": [("## 4. ¿A quién comunicamos tus datos?",
               "Si nos envías información a través de nuestro buzón seguro para fuentes, no registramos tu dirección IP ni ningún otro dato que permita identificarte, salvo los que decidas incluir. Esa información se trata exclusivamente con fines periodísticos y está protegida por el secreto profesional de nuestras periodistas.\n\n## 4. ¿A quién comunicamos tus datos?")]},
    {"note": "retention: messages kept max. six months (was one year); DPD now named external firm",
     "repl": [("durante el tiempo necesario para atenderlos y, como máximo, un año.", "durante el tiempo necesario para atenderlos y, como máximo, seis meses."),
              ("Hemos designado una delegada de protección de datos, a la que puedes dirigirte en",
               "Hemos designado como delegado de protección de datos a Protección Datos Cooperativa, S.L., al que puedes dirigirte en")]},
]

POSTS = [("Las eléctricas cobraron 400 millones de más por los contadores", "electricas-contadores"),
         ("Así se decide qué pisos turísticos se legalizan en Lavapiés", "pisos-turisticos-lavapies"),
         ("Las temporeras de la fresa vuelven a denunciar", "temporeras-fresa"),
         ("Quién está detrás de los fondos que compran residencias", "fondos-residencias"),
         ("El agua que no llega: un verano en la Sierra de Segura", "agua-sierra-segura"),
         ("Cómo hemos investigado los contratos de emergencia", "metodologia-contratos"),
         ("La universidad que no quiere hablar de sus becas", "universidad-becas"),
         ("Diez años de la ley mordaza, en cifras", "ley-mordaza-cifras")]
CTAS = [("Hazte socia", "Sin socias no hay periodismo independiente. Desde 6 € al mes."),
        ("Únete a la comunidad", "El Ventanal no tiene publicidad ni muro de pago: lo pagan sus lectoras."),
        ("Apoya El Ventanal", "Con 60 € al año haces posible una investigación al mes.")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["subs"] = 31200 + i * 620 + rng.randint(0, 580)
    s["posts"] = C.keep_or(rng, prev.get("posts"), 0.8, lambda: tuple(rng.sample(range(len(POSTS)), 3)))
    s["cta"] = rng.randrange(len(CTAS))
    major = 5 if when >= dt.datetime(2022, 6, 1) else 4
    old = prev.get("ghost")
    s["ghost"] = C.keep_or(rng, old if old and old[0] == major else None, 0.3,
                           lambda: (major, max(old[1] if old and old[0] == major else 0, rng.randint(0, 12 * (when.year - 2020)))))
    s["cf"] = (C.hexs(rng, 2), C.hexs(rng, 16))
    return s


LABELS = {"subs": "newsletter box subscriber count", "posts": "latest stories rail", "cta": "membership CTA A/B copy",
          "ghost": "Ghost version (generator meta, asset ?v=)", "cf": "Cloudflare email obfuscation key / cf-ray"}


def _cfemail(key, addr):
    k = int(key, 16)
    return key + "".join("%02x" % (ord(ch) ^ k) for ch in addr)


def render(s, blocks, when):
    gmaj, gmin = s["ghost"]
    gv = "%d.%d" % (gmaj, gmin)
    subs = "{:,}".format(s["subs"]).replace(",", ".")
    h1, rest = blocks[0], blocks[1:]
    posts = "".join('<article class="gh-card post"><a class="gh-card-link" href="/%s/"><h3 class="gh-card-title is-title">%s</h3>'
                    '<time class="gh-card-date" datetime="%s">%s</time></a></article>'
                    % (POSTS[k][1], POSTS[k][0], (when - dt.timedelta(days=n + 1)).strftime("%Y-%m-%d"),
                       fmt_date((when - dt.timedelta(days=n + 1)).date())) for n, k in enumerate(s["posts"]))
    cta_t, cta_p = CTAS[s["cta"]]
    signup = ('<section class="gh-footer-signup"><h2 class="gh-footer-signup-header is-title">El boletín de El Ventanal</h2>'
              '<p class="gh-footer-signup-subhead is-body">Únete a las %s personas que reciben cada mañana nuestra selección de historias.</p>'
              '<form class="gh-form" data-members-form="signup"><input class="gh-form-input" id="footer-email" name="email" type="email" placeholder="tu@correo.es" required data-members-email>'
              '<button class="gh-button" type="submit">Suscribirme</button></form></section>' % subs)
    key, ray = s["cf"]
    return ('<!DOCTYPE html>\n<html lang="es">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>Política de privacidad</title>\n<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=%s">\n'
            '<meta name="description" content="Qué hacemos con tus datos en El Ventanal.">\n<link rel="canonical" href="%s">\n'
            '<meta name="referrer" content="no-referrer-when-downgrade">\n<meta property="og:site_name" content="El Ventanal">\n'
            '<meta name="generator" content="Ghost %s">\n'
            '<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.%d/umd/portal.min.js" data-i18n="true" data-ghost="https://elventanal.es/" '
            'data-key="3d9b2a41c07e85f6d1a2b3c4e5" data-api="https://el-ventanal.ghost.io/ghost/api/content/" crossorigin="anonymous"></script>'
            '<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style>\n'
            '<script defer data-domain="elventanal.es" src="https://plausible.io/js/script.js"></script>\n'
            '</head>\n<body class="page-template page-politica-de-privacidad has-sans-title has-serif-body">\n<div class="gh-site">\n'
            '<header id="gh-navigation" class="gh-navigation is-left-logo gh-outer"><div class="gh-navigation-inner gh-inner">'
            '<div class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="https://elventanal.es">'
            '<img src="https://elventanal.es/content/images/2023/01/logo-ventanal.png" alt="El Ventanal"></a></div>'
            '<nav class="gh-navigation-menu"><ul class="nav"><li class="nav-investigaciones"><a href="/tag/investigaciones/">Investigaciones</a></li>'
            '<li class="nav-vivienda"><a href="/tag/vivienda/">Vivienda</a></li><li class="nav-trabajo"><a href="/tag/trabajo/">Trabajo</a></li>'
            '<li class="nav-clima"><a href="/tag/clima/">Clima</a></li><li class="nav-podcast"><a href="/podcast/">Podcast</a></li>'
            '<li class="nav-quienes-somos"><a href="/quienes-somos/">Quiénes somos</a></li></ul></nav>'
            '<div class="gh-navigation-actions"><div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Entrar</a>'
            '<a class="gh-button" href="#/portal/signup" data-portal="signup">%s</a></div></div></div></header>\n'
            '<main id="gh-main" class="gh-main">\n<article class="gh-article post page no-image">\n'
            '<header class="gh-article-header gh-canvas">%s</header>\n'
            '<section class="gh-content gh-canvas is-body">\n%s\n</section>\n</article>\n'
            '<aside class="gh-cta gh-outer"><div class="gh-cta-inner"><h2>%s</h2><p>%s</p><a class="gh-button" href="#/portal/signup/yearly" data-portal="signup/yearly">Quiero ser socia</a></div></aside>\n'
            '</main>\n<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Lo último</h2>'
            '<div class="gh-feed">%s</div></div></section>\n'
            '<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner">%s'
            '<div class="gh-footer-bar"><span class="gh-footer-logo is-title">El Ventanal</span>'
            '<nav class="gh-footer-menu"><ul class="nav"><li><a href="/aviso-legal/">Aviso legal</a></li><li><a href="/politica-de-privacidad/">Privacidad</a></li>'
            '<li><a href="/politica-de-cookies/">Cookies</a></li><li><a href="/codigo-etico/">Código ético</a></li><li><a href="/transparencia/">Cuentas claras</a></li></ul></nav>'
            '<div class="gh-footer-copyright">Escríbenos: <a href="/cdn-cgi/l/email-protection#%s"><span class="__cf_email__" data-cfemail="%s">[email&#160;protected]</span></a> · Powered by <a href="https://ghost.org/">Ghost</a></div>'
            '</div></div></footer>\n</div>\n'
            '<script data-cfasync="false" src="/cdn-cgi/scripts/5c5dd728/cloudflare-static/email-decode.min.js"></script>'
            '<script src="/assets/built/source.js?v=%s"></script>\n'
            '<script defer src="https://static.cloudflareinsights.com/beacon.min.js" data-cf-beacon=\'{"rayId":"%s","version":"2024.4.1","token":"b7e2a9c4d1f04e3a"}\'></script>\n'
            '</body>\n</html>\n'
            % (C.hexs(__import__("random").Random(gv), 10), URL, gv, 30 + gmin % 10, CTAS[s["cta"]][0],
               C.block_html(h1, {"h1": "gh-article-title is-title"}), C.blocks_html(rest), cta_t, cta_p, posts, signup,
               _cfemail(key, "hola@elventanal.es"), _cfemail(key, "hola@elventanal.es"),
               C.hexs(__import__("random").Random(gv), 10), ray))


PAGE = {
    "service": "El Ventanal", "url": URL, "lang": "es-ES", "platform": "Ghost 5 (Source theme) behind Cloudflare",
    "content_type": "text/html; charset=utf-8",
    "n": 29, "start": dt.date(2021, 10, 4), "end": dt.date(2026, 2, 20),
    "policy": POLICY, "first_updated": dt.date(2021, 5, 17), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".gh-article-header", ".gh-content"]},
}
