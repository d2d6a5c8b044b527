"""Casa Clara Hipotecas: a Mexican mortgage broker on SvelteKit (1.x, then 2.x from 2024) with Contentful.

The "Aviso de Privacidad Integral" is a Contentful entry: title and date in the article header, the rich-text body
rendered by @contentful/rich-text-html-renderer ({@html}: list items and table cells wrapped in <p>, tables
without <thead>, <b> for bold) between SvelteKit's HTML_TAG_START/END comments inside article.legal.
Per visit: the "Tasas hipotecarias hoy" rate table in the aside (bank fixed rates, CAT promedio, date of
calculation, the simulator's estimated monthly payment) and the hydration data script carrying it; sticky: the
SvelteKit build (immutable chunk hashes, __sveltekit_xxx name, svelte-xxxx scoped classes, 1.x -> 2.x), the
promo bar (Hot Sale, Buen Fin hipotecario, none).
"""
import datetime as dt
import html
import json

import common as C

URL = "https://www.casaclara.mx/aviso-de-privacidad"

POLICY = """# Aviso de Privacidad Integral

Última actualización: {UPDATED}

Casa Clara Hipotecas, S.A.P.I. de C.V. (en adelante, «Casa Clara»), con domicilio en Av. Paseo de la Reforma 296, piso 12, Col. Juárez, Alcaldía Cuauhtémoc, C.P. 06600, Ciudad de México, es responsable del tratamiento de sus datos personales conforme a la Ley Federal de Protección de Datos Personales en Posesión de los Particulares (la «Ley»), su Reglamento y los Lineamientos del Aviso de Privacidad.

## ¿Qué datos personales recabamos?

Para asesorarle en la contratación de un crédito hipotecario, recabamos los siguientes datos personales:

- **Datos de identificación:** nombre completo, fecha y lugar de nacimiento, nacionalidad, CURP, RFC, firma e identificación oficial.
- **Datos de contacto:** domicilio, teléfono fijo y celular, correo electrónico.
- **Datos laborales:** empleador, puesto, antigüedad, domicilio y teléfono del trabajo.
- **Datos patrimoniales y financieros:** ingresos, recibos de nómina, estados de cuenta bancarios, declaraciones de impuestos, historial crediticio, bienes inmuebles, número de seguridad social y saldo de la subcuenta de vivienda Infonavit o Fovissste.
- **Datos del inmueble:** ubicación, valor, avalúo y datos del vendedor.
- **Datos de su cónyugue o coacreditado**, cuando participen en la solicitud.

Le informamos que los datos patrimoniales y financieros requieren su consentimiento expreso, el cual nos otorga al firmar la solicitud de asesoría. Casa Clara no recaba datos personales sensibles.

Si nos proporciona datos de terceros (por ejemplo, de su cónyuge, coacreditado o referencias personales), usted declara contar con su consentimiento para ello.

## ¿Para qué fines utilizamos sus datos?

Sus datos serán utilizados para las siguientes finalidades primarias, necesarias para el servicio que solicita:

- Analizar su perfil y comparar las ofertas de crédito hipotecario de las instituciones financieras con las que trabajamos.
- Integrar su expediente y presentar su solicitud ante la institución financiera que usted elija.
- Dar seguimiento al proceso de autorización, avalúo, firma de escrituras y disposición del crédito.
- Cumplir obligaciones legales, incluidas las de identificación de clientes conforme a la Ley Federal para la Prevención e Identificación de Operaciones con Recursos de Procedencia Ilícita.
- Atender aclaraciones, quejas y solicitudes de derechos ARCO.

De manera adicional, utilizaremos su información para las siguientes finalidades secundarias, que no son necesarias pero nos permiten brindarle una mejor atención:

- Enviarle información sobre nuevos productos, tasas y promociones.
- Realizar encuestas de calidad y estudios de mercado.
- Invitarle a eventos y webinars de educación financiera.

Si no desea que sus datos se traten para las finalidades secundarias, puede indicarlo en cualquier momento escribiendo a [privacidad@casaclara.mx](mailto:privacidad@casaclara.mx). Su negativa no será motivo para negarle nuestros servicios.

## Consulta de su historial crediticio

Con su autorización expresa, firmada de manera autógrafa o mediante clave de seguridad, consultaremos su historial en sociedades de información crediticia (Buró de Crédito y Círculo de Crédito). La autorización tendrá una vigencia de tres años y, en todo caso, durante el tiempo que mantenga una relación jurídica con nosotros.

## ¿Con quién compartimos su información?

Sus datos personales pueden ser transferidos dentro y fuera del país a los siguientes terceros:

| Destinatario | Finalidad | ¿Requiere su consentimiento? |
| Instituciones de crédito y sociedades financieras (BBVA, Banorte, Santander, HSBC, Scotiabank, Banamex y otras) | Evaluar y otorgar el crédito hipotecario solicitado | No |
| Unidades de valuación y notarías públicas | Elaborar el avalúo y formalizar la escritura | No |
| Aseguradoras | Contratación de los seguros de vida y daños asociados al crédito | No |
| Autoridades competentes | Cumplimiento de requerimientos legales | No |
| Socios comerciales (desarrolladores inmobiliarios) | Ofrecerle inmuebles acordes a su perfil | Sí |

Si usted no manifiesta su oposición para que sus datos sean transferidos a socios comerciales, entenderemos que ha otorgado su consentimiento.

También compartimos sus datos con proveedores que nos prestan servicios de almacenamiento en la nube, firma electrónica y gestión de clientes, quienes actúan como encargados y están obligados a tratarlos conforme a nuestras instrucciones.

## Derechos ARCO

Usted tiene derecho a conocer qué datos personales tenemos de usted, para qué los utilizamos y las condiciones del uso que les damos (Acceso); solicitar la corrección de su información en caso de que esté desactualizada, sea inexacta o incompleta (Rectificación); que la eliminemos de nuestros registros o bases de datos cuando considere que no está siendo utilizada adecuadamente (Cancelación); así como oponerse al uso de sus datos personales para fines específicos (Oposición).

Para ejercer cualquiera de los derechos ARCO, envíe su solicitud al correo [privacidad@casaclara.mx](mailto:privacidad@casaclara.mx), acompañada de:

- nombre del titular y correo electrónico para comunicarle la respuesta;
- copia de su identificación oficial o, en su caso, de la representación legal;
- descripción clara de los datos respecto de los que busca ejercer algún derecho;
- cualquier documento que facilite la localización de sus datos.

Le responderemos en un plazo máximo de 20 días hábiles contados desde la recepción de su solicitud y, si resulta procedente, la haremos efectiva dentro de los 15 días hábiles siguientes.

## Revocación del consentimiento y limitación del uso

Puede revocar el consentimiento que nos haya otorgado siguiendo el mismo procedimiento que para los derechos ARCO. Tome en cuenta que no en todos los casos podremos atender su solicitud de forma inmediata, ya que es posible que por alguna obligación legal requiramos seguir tratando sus datos.

Además, puede inscribirse en el Registro Público para Evitar Publicidad (REPEP) de la Procuraduría Federal del Consumidor o en el Registro Público de Usuarios (REUS) de la CONDUSEF para limitar el uso de sus datos con fines publicitarios.

## Uso de cookies y web beacons

Nuestro sitio web utiliza cookies, web beacons y otras tecnologías para conocer su comportamiento como usuario, brindarle un mejor servicio y mostrarle publicidad relevante. Los datos que obtenemos son: dirección IP, tipo de navegador, páginas visitadas, tiempo de navegación y los valores que captura en nuestro simulador de crédito. Puede deshabilitar estas tecnologías desde la configuración de su navegador o en el panel «Preferencias de cookies».

## Cambios al aviso de privacidad

Cualquier modificación a este aviso de privacidad se publicará en [casaclara.mx/aviso-de-privacidad](https://www.casaclara.mx/aviso-de-privacidad) y, cuando se trate de cambios en las finalidades o transferencias, se la notificaremos por correo electrónico."""

EDITS = [
    {"note": "typo fixed: 'cónyugue' -> 'cónyuge' (no new date)", "bump": False,
     "repl": [("- **Datos de su cónyugue o coacreditado**", "- **Datos de su cónyuge o coacreditado**")]},
    {"note": "transfer recipient added to the table: Infonavit and Fovissste (co-financed credits)",
     "repl": [("| Unidades de valuación y notarías públicas |",
               "| Infonavit y Fovissste | Tramitar créditos en cofinanciamiento (Cofinavit, Unamos Créditos, Fovissste para Todos) | No |\n"
               "| Unidades de valuación y notarías públicas |")]},
    {"note": "sentence added: WhatsApp conversations kept in the client file",
     "repl": [("- **Datos de contacto:** domicilio, teléfono fijo y celular, correo electrónico.",
               "- **Datos de contacto:** domicilio, teléfono fijo y celular, correo electrónico. Si nos contacta por "
               "WhatsApp, conservaremos el historial de la conversación como parte de su expediente.")]},
    {"note": "registered address moved: Reforma 296 (Juárez) -> Insurgentes Sur 1458 (Actipan)",
     "repl": [("Av. Paseo de la Reforma 296, piso 12, Col. Juárez, Alcaldía Cuauhtémoc, C.P. 06600",
               "Av. Insurgentes Sur 1458, piso 8, Col. Actipan, Alcaldía Benito Juárez, C.P. 03230")]},
    {"note": "new section on online identity verification (INE check, selfie liveness: biometric data) and the "
             "'no sensitive data' sentence rewritten",
     "repl": [("Casa Clara no recaba datos personales sensibles.",
               "Casa Clara solo trata datos biométricos en los términos de la sección «Verificación de identidad en "
               "línea»."),
              ("## Consulta de su historial crediticio",
               "## Verificación de identidad en línea\n\n"
               "Si inicia su solicitud desde nuestra aplicación o sitio web, le pediremos una fotografía de su "
               "credencial para votar y una selfie en video para comprobar que usted es el titular. Con su "
               "consentimiento expreso y por escrito, validaremos los datos de la credencial ante la lista nominal "
               "del Instituto Nacional Electoral y compararemos su rostro con la fotografía de la credencial. La "
               "plantilla biométrica se elimina en un plazo de 30 días naturales; conservaremos únicamente el "
               "resultado de la validación. Si no desea otorgar este consentimiento, puede acudir a cualquiera de "
               "nuestras oficinas para que un asesor verifique su identidad en persona.\n\n"
               "## Consulta de su historial crediticio")]},
]

MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MONTHS[d.month - 1], d.year)


BANKS = [("BBVA", 0.0), ("Banorte", -0.15), ("Santander", 0.1), ("HSBC", -0.3), ("Scotiabank", 0.2),
         ("Banamex", 0.05), ("Banregio", 0.35), ("Afirme", 0.5)]


def _base_rate(when):
    # fixed mortgage rates in Mexico over 2021-2024 (roughly following Banxico's cycle)
    t = (when - dt.datetime(2021, 7, 1)).days / 365.0
    if t < 1.5:
        return 9.4 + t * 1.3
    if t < 2.6:
        return 11.35 + (t - 1.5) * 0.25
    return 11.6 - (t - 2.6) * 0.55


SVELTE_COMPONENTS = ("layout", "header", "promo", "legal", "rates", "sim", "footer")


def _build(rng, v2):
    if v2:
        hh = lambda: C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    else:
        hh = lambda: C.hexs(rng, 8)
    return {"v2": v2, "start": hh(), "app": hh(), "sched": hh(), "single": hh(), "index": hh(), "n0": hh(),
            "n7": hh(), "css0": hh(), "css7": hh(), "kit": "__sveltekit_" + C.alnum(rng, 7, "0123456789abcdefghijklmnopqrstuvwxyz"),
            "head": "svelte-" + C.alnum(rng, 7, "0123456789abcdefghijklmnopqrstuvwxyz"),
            "cls": {k: "svelte-" + C.alnum(rng, rng.choice([6, 7]), "0123456789abcdefghijklmnopqrstuvwxyz")
                    for k in SVELTE_COMPONENTS}}


def _promo(when, rng):
    m, d = when.month, when.day
    if m == 11 and d <= 24 or (m == 10 and d >= 28):
        return ("buenfin", "Buen Fin hipotecario: comisión por apertura 0% y avalúo gratis en créditos firmados antes del 30 de noviembre.")
    if (m == 5 and d >= 20) or (m == 6 and d <= 8):
        return ("hotsale", "Hot Sale Casa Clara: te regalamos el avalúo al iniciar tu solicitud esta semana.")
    if m in (1, 2) and rng.random() < 0.7:
        return ("cuesta", "¿Nuevo año, nueva casa? Precalifícate en 5 minutos sin afectar tu historial.")
    return None


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    v2 = when >= dt.datetime(2024, 2, 19)
    old = p.get("build")
    st["build"] = _build(rng, v2) if (old is None or old["v2"] != v2 or rng.random() < 0.35) else old
    base = _base_rate(when)
    rates = []
    for b, off in BANKS:
        fixed = round(base + off + rng.uniform(-0.12, 0.12), 2)
        rates.append((b, fixed, round(fixed + 1.9 + rng.uniform(0.2, 0.7), 1)))
    calc = when.date() - dt.timedelta(days=rng.randint(0, 3))
    st["rates"] = {"rows": rates, "calc": calc.isoformat(), "hour": rng.choice(["08:00", "09:00", "09:30"])}
    st["promo"] = _promo(when, rng)
    return st


LABELS = {"build": "SvelteKit build (chunk hashes, __sveltekit id, svelte-xxxx classes)",
          "rates": "'Tasas hipotecarias hoy' table, CAT and simulator in the aside", "promo": "promo bar"}


def _mx_money(x):
    return "${:,.0f}".format(x)


def _cf_inline(t):
    return C.inline_html(t, bold=lambda raw: "<b>%s</b>" % html.escape(raw, quote=False))


def contentful_html(blocks):
    """@contentful/rich-text-html-renderer's output: <p> inside <li> and table cells, no <thead>, <b> for bold."""
    out = []
    for kind, v in blocks:
        if kind in ("h2", "h3"):
            out.append("<%s>%s</%s>" % (kind, _cf_inline(v), kind))
        elif kind == "p":
            out.append("<p>%s</p>" % _cf_inline(v))
        elif kind == "ul":
            out.append("<ul>%s</ul>" % "".join("<li><p>%s</p></li>" % _cf_inline(x) for x in v))
        elif kind == "table":
            rows = ["<tr>%s</tr>" % "".join("<th><p>%s</p></th>" % _cf_inline(c) for c in v[0])]
            rows += ["<tr>%s</tr>" % "".join("<td><p>%s</p></td>" % _cf_inline(c) for c in r) for r in v[1:]]
            out.append("<table>%s</table>" % "".join(rows))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br/>".join(_cf_inline(x) for x in v))
        else:
            raise ValueError(kind)
    return "".join(out)


def render(state, blocks, when):
    B = state["build"]
    S = B["cls"]
    R = state["rates"]
    calc = dt.date.fromisoformat(R["calc"])
    best = min(R["rows"], key=lambda r: r[1])
    price, down, years = 3000000, 0.2, 20
    loan = price * (1 - down)
    mr = best[1] / 100 / 12
    pay = loan * mr / (1 - (1 + mr) ** (-years * 12))
    cat_avg = sum(r[2] for r in R["rows"]) / len(R["rows"])
    h1 = blocks[0]
    upd = blocks[1]
    body = contentful_html(blocks[2:])
    rows = "".join(
        '<tr class="%s"><th scope="row" class="%s">%s</th><td class="%s">%.2f%%</td><td class="%s">%.1f%%</td></tr>'
        % (S["rates"], S["rates"], b, S["rates"], f, S["rates"], c) for b, f, c in R["rows"])
    aside = (
        '<aside class="sidebar %s"><section class="rates-card %s" aria-labelledby="rates-title">'
        '<h2 id="rates-title" class="%s">Tasas hipotecarias hoy</h2>'
        '<p class="rates-card__updated %s">Actualizado el %s a las %s h</p>'
        '<table class="rates-table %s"><thead><tr class="%s"><th class="%s">Banco</th><th class="%s">Tasa fija desde</th><th class="%s">CAT promedio</th></tr></thead><tbody>%s</tbody></table>'
        '<p class="rates-card__legal %s">CAT Promedio %.1f%% sin IVA. Informativo. Fecha de cálculo: %s. Vigencia al %s. '
        'Sujeto a aprobación de crédito de cada institución financiera.</p></section>'
        '<section class="simulator %s" aria-labelledby="sim-title"><h2 id="sim-title" class="%s">Simula tu crédito</h2>'
        '<form class="%s" action="/simulador" method="get"><label class="%s">Valor de la vivienda <input class="%s" name="valor" inputmode="numeric" value="3,000,000"></label>'
        '<label class="%s">Enganche <input class="%s" name="enganche" value="20%%"></label><label class="%s">Plazo <select class="%s" name="plazo"><option value="15">15 años</option><option value="20" selected>20 años</option></select></label>'
        '<p class="simulator__result %s">Mensualidad estimada desde <strong class="%s">%s</strong> con %s al %.2f%%</p>'
        '<button class="btn btn--primary %s" type="submit">Precalifícate gratis</button></form></section></aside>'
        % (S["layout"], S["rates"], S["rates"], S["rates"], calc.strftime("%d/%m/%Y"), R["hour"], S["rates"], S["rates"],
           S["rates"], S["rates"], S["rates"], rows, S["rates"], cat_avg, fmt_date(calc),
           fmt_date(calc + dt.timedelta(days=30)), S["sim"], S["sim"], S["sim"], S["sim"], S["sim"], S["sim"], S["sim"],
           S["sim"], S["sim"], S["sim"], S["sim"], _mx_money(pay), best[0], best[1], S["sim"]))
    promo = ""
    if state["promo"]:
        promo = ('<div class="promo-bar promo-bar--%s %s" role="region" aria-label="Promoción"><p class="%s">%s '
                 '<a class="%s" href="/promociones/%s">Ver condiciones</a></p></div>'
                 % (state["promo"][0], S["promo"], S["promo"], html.escape(state["promo"][1]), S["promo"], state["promo"][0]))
    nav = [("Crédito hipotecario", "/credito-hipotecario"), ("Cofinavit", "/cofinavit"), ("Mejora tu hipoteca", "/mejora-tu-hipoteca"),
           ("Simulador", "/simulador"), ("Blog", "/blog"), ("Nosotros", "/nosotros")]
    nav_html = "".join('<li class="%s"><a class="%s" href="%s">%s</a></li>' % (S["header"], S["header"], u, t) for t, u in nav)
    article = (
        '<article class="legal %s"><header class="legal__header %s"><h1 class="%s">%s</h1>'
        '<p class="legal__date %s">%s</p></header>'
        '<div class="legal__body %s"><!-- HTML_TAG_START -->%s<!-- HTML_TAG_END --></div></article>'
        % (S["legal"], S["legal"], S["legal"], _cf_inline(h1[1]), S["legal"], _cf_inline(upd[1]), S["legal"], body))
    page_data = {"entry": {"sys": {"id": "5Lq8rT2nVvXk3aWcYbE1dF", "contentType": "legalPage", "revision": 14},
                           "slug": "aviso-de-privacidad", "title": h1[1], "seoDescription": "Aviso de privacidad integral de Casa Clara Hipotecas."},
                 "rates": [{"bank": b, "fixed": f, "cat": c} for b, f, c in R["rows"]],
                 "ratesUpdatedAt": "%sT%s:00-06:00" % (R["calc"], R["hour"])}
    data_js = json.dumps(page_data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003C")
    if B["v2"]:
        boot = ('{\n\t\t\t\t\t%s = {\n\t\t\t\t\t\tbase: new URL(".", location).pathname.slice(0, -1)\n\t\t\t\t\t};\n\n'
                '\t\t\t\t\tconst element = document.currentScript.parentElement;\n\n'
                '\t\t\t\t\tconst data = [null,{"type":"data","data":%s,"uses":{"params":["slug"]}}];\n\n'
                '\t\t\t\t\tPromise.all([\n\t\t\t\t\t\timport("./_app/immutable/entry/start.%s.js"),\n\t\t\t\t\t\timport("./_app/immutable/entry/app.%s.js")\n'
                '\t\t\t\t\t]).then(([kit, app]) => {\n\t\t\t\t\t\tkit.start(app, element, {\n\t\t\t\t\t\t\tnode_ids: [0, 7],\n\t\t\t\t\t\t\tdata,\n\t\t\t\t\t\t\tform: null,\n\t\t\t\t\t\t\terror: null\n\t\t\t\t\t\t});\n\t\t\t\t\t});\n\t\t\t\t}'
                % (B["kit"], data_js, B["start"], B["app"]))
    else:
        boot = ('{\n\t\t\t\t\t%s = {\n\t\t\t\t\t\tenv: {},\n\t\t\t\t\t\tbase: new URL(".", location).pathname.slice(0, -1),\n\t\t\t\t\t\telement: document.currentScript.parentElement\n\t\t\t\t\t};\n\n'
                '\t\t\t\t\tconst data = [null,{"type":"data","data":%s,"uses":{"params":["slug"]}}];\n\n'
                '\t\t\t\t\tPromise.all([\n\t\t\t\t\t\timport("./_app/immutable/entry/start.%s.js"),\n\t\t\t\t\t\timport("./_app/immutable/entry/app.%s.js")\n'
                '\t\t\t\t\t]).then(([kit, app]) => {\n\t\t\t\t\t\tkit.start(app, %s.element, {\n\t\t\t\t\t\t\tnode_ids: [0, 7],\n\t\t\t\t\t\t\tdata,\n\t\t\t\t\t\t\tform: null,\n\t\t\t\t\t\t\terror: null\n\t\t\t\t\t\t});\n\t\t\t\t\t});\n\t\t\t\t}'
                % (B["kit"], data_js, B["start"], B["app"], B["kit"]))
    fcols = "".join('<li class="%s"><a class="%s" href="%s">%s</a></li>' % (S["footer"], S["footer"], u, t) for t, u in [
        ("Aviso de privacidad", "/aviso-de-privacidad"), ("Términos y condiciones", "/terminos"),
        ("Preferencias de cookies", "#cookies"), ("Unidad Especializada de Atención (UNE)", "/une"), ("Buró de Entidades Financieras", "https://www.buro.gob.mx")])
    doc = f"""<!doctype html>
<html lang="es-MX">
	<head>
		<meta charset="utf-8" />
		<link rel="icon" href="/favicon.png" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-NB7XK4M');</script>
		<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8" data-domain-script="0190a3c2-7d41-7b3e-9f5a-2e81c6d4b970"></script>
		<script type="text/javascript">function OptanonWrapper() {{ }}</script>
		<link href="./_app/immutable/assets/0.{B["css0"]}.css" rel="stylesheet">
		<link href="./_app/immutable/assets/7.{B["css7"]}.css" rel="stylesheet">
		<link rel="modulepreload" href="./_app/immutable/entry/start.{B["start"]}.js">
		<link rel="modulepreload" href="./_app/immutable/chunks/scheduler.{B["sched"]}.js">
		<link rel="modulepreload" href="./_app/immutable/chunks/singletons.{B["single"]}.js">
		<link rel="modulepreload" href="./_app/immutable/entry/app.{B["app"]}.js">
		<link rel="modulepreload" href="./_app/immutable/chunks/index.{B["index"]}.js">
		<link rel="modulepreload" href="./_app/immutable/nodes/0.{B["n0"]}.js">
		<link rel="modulepreload" href="./_app/immutable/nodes/7.{B["n7"]}.js"><!-- HEAD_{B["head"]}_START --><title>Aviso de Privacidad | Casa Clara Hipotecas</title><meta name="description" content="Aviso de privacidad integral de Casa Clara Hipotecas."><link rel="canonical" href="{URL}"><meta property="og:image" content="https://images.ctfassets.net/x7q2m9b4kd1s/3hT6ZcQk9s2PqL0Yx8WvRa/1f0c7e3b2a9d4c6e8f1a2b3c4d5e6f70/og-casa-clara.jpg?w=1200&amp;h=630&amp;fit=fill"><!-- HEAD_{B["head"]}_END -->
	</head>
	<body data-sveltekit-preload-data="hover">
		<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-NB7XK4M" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
		<div style="display: contents">   {promo}<header class="site-header {S["header"]}"><div class="container {S["header"]}"><a class="logo {S["header"]}" href="/" aria-label="Casa Clara Hipotecas"><img src="/logo-casa-clara.svg" alt="Casa Clara Hipotecas" width="150" height="36" class="{S["header"]}"></a><nav class="{S["header"]}" aria-label="Principal"><ul class="{S["header"]}">{nav_html}</ul></nav><a class="btn btn--whatsapp {S["header"]}" href="https://wa.me/525589574410" rel="noopener">WhatsApp 55 8957 4410</a></div></header> <main class="container page-legal {S["layout"]}">{article} {aside}</main> <footer class="site-footer {S["footer"]}"><div class="container {S["footer"]}"><ul class="{S["footer"]}">{fcols}</ul><p class="{S["footer"]}">Casa Clara Hipotecas, S.A.P.I. de C.V. no es una institución financiera; actúa como asesor hipotecario independiente. Los créditos son otorgados por las instituciones financieras participantes.</p><p class="{S["footer"]}">© {when.year} Casa Clara Hipotecas</p></div></footer>
			<script>
				{boot}
			</script>
		</div>
	</body>
</html>
"""
    return doc


PAGE = {
    "service": "Casa Clara Hipotecas",
    "url": URL,
    "lang": "es-MX",
    "platform": "SvelteKit 1.x -> 2.x with Contentful rich text (rich-text-html-renderer), OneTrust, GTM",
    "content_type": "text/html; charset=utf-8",
    "n": 31,
    "start": dt.date(2021, 8, 2),
    "end": dt.date(2024, 12, 10),
    "hours": (0, 6, 12, 18),
    "policy": POLICY,
    "first_updated": dt.date(2021, 3, 18),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "article.legal"},
}
