"""Ñandú: an Argentine crypto wallet with a prepaid Visa card (PSAV registered with the CNV), a SvelteKit site
(adapter-node, CSP in nonce mode) whose legal pages come from Contentstack JSON RTE converted to HTML and put in
with {@html} inside a scoped `<article class="legal__body svelte-…">`. Fairly clean: the CSP nonce on every
inline script changes per request, each deploy renames the `_app/immutable/` chunks, the `__sveltekit_*` global
and the scoped `svelte-*` class hashes of restyled components; a card promotion strip comes and goes."""
import datetime as dt
import json

import common as C

URL = "https://www.nandu.com.ar/legales/privacidad"

POLICY = """
# Política de Privacidad

Última actualización: {UPDATED}

En Ñandú nos tomamos en serio tus datos. En esta Política te contamos qué información personal recolectamos cuando usás la app Ñandú, la tarjeta prepaga Ñandú Visa y nuestro sitio web, para qué la usamos, con quién la compartimos y cómo podés ejercer tus derechos.

## 1. Quiénes somos

El responsable de la base de datos es **Ñandú Tecnología S.A.U.** (CUIT 30-71654321-9), con domicilio en Av. Corrientes 1302, piso 7, C1043ABN, Ciudad Autónoma de Buenos Aires. Ñandú está inscripta en el Registro de Proveedores de Servicios de Activos Virtuales (PSAV) de la Comisión Nacional de Valores bajo el número 47. La tarjeta Ñandú Visa es emitida por Ñandú Tecnología S.A.U. en su carácter de emisor no bancario.

## 2. Qué datos recolectamos

- **Datos de identificación:** nombre y apellido, DNI, número de CUIT o CUIL, fecha de nacimiento, nacionalidad, estado civil y fotos del frente y dorso de tu DNI.
- **Datos de contacto:** correo electrónico, número de celular y domicilio de entrega de la tarjeta.
- **Datos biométricos:** una selfie y un video corto que usamos para validar tu identidad.
- **Datos financieros:** CBU o CVU de las cuentas que vinculás, origen de los fondos, ingresos declarados y tu condición de Persona Expuesta Políticamente.
- **Datos de operaciones:** compras, ventas y envíos de criptomonedas, direcciones de billeteras externas, recargas y consumos con la tarjeta, incluidos comercio, monto y ubicación aproximada.
- **Datos del dispositivo:** modelo, sistema operativo, identificadores de publicidad, dirección IP y datos de uso de la app.

No te vamos a pedir nunca tu clave, tu código de seguridad de la tarjeta ni las palabras de recuperación de una billetera por teléfono, WhatsApp o redes sociales.

## 3. Para qué usamos tus datos

| Finalidad | Base legal |
| Abrir tu cuenta y validar tu identidad | Cumplimiento de obligaciones legales (Ley 25.246 y resoluciones de la UIF) |
| Comprar, vender, guardar y enviar criptomonedas | Ejecución del contrato |
| Emitir, enviar y procesar tu tarjeta Ñandú Visa | Ejecución del contrato |
| Prevenir fraudes y proteger tu cuenta | Interés legítimo |
| Cumplir con requerimientos de la CNV, la UIF, el BCRA y la AFIP | Obligación legal |
| Enviarte novedades, beneficios y promociones | Tu consentimiento |

## 4. Tarjeta Ñandú Visa

Cuando usás la tarjeta, los datos de cada transacción circulan entre el comercio, la red Visa, nuestro procesador de tarjetas y Ñandú. Usamos esa información para autorizar el consumo, convertir tus criptomonedas a pesos en el momento de la compra, calcular el cashback y detectar operaciones sospechosas. Visa actúa como responsable independiente de los datos que procesa en su red.

## 5. Con quién compartimos tus datos

Compartimos tus datos solo con proveedores que nos ayudan a prestar el servicio y que están obligados a protegerlos:

| Proveedor | Servicio | País |
| Pomelo | Procesamiento y emisión de tarjetas | Argentina |
| Visa | Red de pagos | Estados Unidos |
| MetaMap | Validación de identidad | Estados Unidos |
| Amazon Web Services | Infraestructura en la nube | Estados Unidos |
| Chainalysis | Monitoreo de transacciones en blockchain | Estados Unidos |
| Twilio | Envío de SMS y códigos de verificación | Estados Unidos |

También podemos compartir datos con organismos públicos cuando la ley lo exija, por ejemplo la Unidad de Información Financiera, la CNV o un juez.

## 6. Transferencias internacionales

Algunos de nuestros proveedores están fuera de la Argentina. Cuando transferimos datos a países que no tienen un nivel adecuado de protección, firmamos con ellos las cláusulas contractuales modelo aprobadas por la Agencia de Acceso a la Información Pública.

## 7. Cuánto tiempo guardamos tus datos

- Datos de identificación y de operaciones: 5 años desde que cerrás tu cuenta, como exige la normativa de prevención de lavado de activos.
- Selfie y video de validación: 12 meses desde la validación.
- Datos de marketing: hasta que retires tu consentimiento.
- Registros técnicos y de seguridad: 18 meses.

## 8. Tus derechos

Podés acceder, rectificar, actualizar y pedir la supresión de tus datos personales escribiéndonos a [privacidad@nandu.com.ar](mailto:privacidad@nandu.com.ar) o desde la sección Ayuda de la app. Vamos a responderte dentro de los 10 días corridos para pedidos de acceso y de los 5 días hábiles para pedidos de rectificación o supresión.

El titular de los datos personales tiene la facultad de ejercer el derecho de acceso a los mismos en forma gratuita a intervalos no inferiores a seis meses, salvo que se acredite un interés legítimo al efecto conforme lo establecido en el artículo 14, inciso 3 de la Ley N° 25.326.

La AGENCIA DE ACCESO A LA INFORMACIÓN PÚBLICA, en su carácter de Órgano de Control de la Ley N° 25.326, tiene la atribución de atender las denuncias y reclamos que interpongan quienes resulten afectados en sus derechos por incumplimiento de las normas vigentes en materia de protección de datos personales.

## 9. Seguridad

Guardamos la mayor parte de las criptomonedas de nuestros clientes en billeteras frias con custodia multifirma y ciframos tus datos en tránsito y en reposo. El acceso interno está limitado a las personas que lo necesitan para su trabajo.

## 10. Cookies

Usamos cookies propias y de terceros para que el sitio funcione, para recordar tus preferencias y, si nos das tu consentimiento, para medir cómo se usa el sitio y mostrarte publicidad de Ñandú en otras plataformas. Podés cambiar tus preferencias cuando quieras desde el enlace "Configurar cookies" al pie de cada página.

## 11. Contacto

@ Ñandú Tecnología S.A.U. - Protección de Datos Personales
@ Av. Corrientes 1302, piso 7, C1043ABN
@ Ciudad Autónoma de Buenos Aires, Argentina
@ privacidad@nandu.com.ar
"""

EDITS = [
    {"note": "sentence added: identity validated against RENAPER",
     "repl": [("- **Datos biométricos:** una selfie y un video corto que usamos para validar tu identidad.",
               "- **Datos biométricos:** una selfie y un video corto que usamos para validar tu identidad. Comparamos "
               "tu foto con la del Registro Nacional de las Personas (RENAPER).")]},
    {"note": "typo fixed: 'billeteras frias' -> 'billeteras frías' (missing accent), date not bumped",
     "repl": [("en billeteras frias con", "en billeteras frías con")], "bump": False},
    {"note": "processor added to the sharing table: Sardine (fraud prevention, USA)",
     "repl": [("| Twilio | Envío de SMS y códigos de verificación | Estados Unidos |",
               "| Twilio | Envío de SMS y códigos de verificación | Estados Unidos |\n"
               "| Sardine | Prevención de fraude en pagos y recargas | Estados Unidos |")]},
    {"note": "retention period changed: identification and transaction data 5 -> 10 years (UIF rules for PSAVs); "
             "tax agency renamed AFIP -> ARCA in the purposes table",
     "repl": [("la UIF, el BCRA y la AFIP | Obligación legal", "la UIF, el BCRA y ARCA | Obligación legal"),
              ("- Datos de identificación y de operaciones: 5 años desde", "- Datos de identificación y de operaciones: 10 años desde")]},
    {"note": "word inserted: 'CUIT o CUIL' -> 'CUIT, CUIL o CDI'",
     "repl": [("número de CUIT o CUIL,", "número de CUIT, CUIL o CDI,")]},
    {"note": "office moved: new address in the company section and the contact block",
     "repl": [("con domicilio en Av. Corrientes 1302, piso 7, C1043ABN, Ciudad Autónoma de Buenos Aires.",
               "con domicilio en Juana Manso 1069, piso 4, C1107CBU, Ciudad Autónoma de Buenos Aires."),
              ("@ Av. Corrientes 1302, piso 7, C1043ABN", "@ Juana Manso 1069, piso 4, C1107CBU")]},
]

MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def fmt_es(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


PROMOS = [
    ("Pedí tu Ñandú Visa sin costo y ganá hasta 3% de cashback en BTC", "/tarjeta"),
    ("Hot Sale: 5% de cashback en USDT en tus compras online", "/promos/hot-sale"),
    ("Invitá a un amigo y ganen USD 10 en cripto", "/referidos"),
]

B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def noise(rng, when, i, prev):
    prev = prev or {}

    def mk_build():
        old = prev.get("build") or {}
        restyled = {k: (C.alnum(rng, 7, "abcdefghijklmnopqrstuvwxyz0123456789") if (not old or rng.random() < 0.3)
                        else old["svelte"][k]) for k in ("header", "legal", "footer", "promo")}
        return {"app": C.alnum(rng, 8, B62), "start": C.alnum(rng, 8, B62), "n0": C.alnum(rng, 8, B62),
                "n7": C.alnum(rng, 8, B62), "css": C.alnum(rng, 8, B62), "kit": C.alnum(rng, 7, "abcdefghijklmnopqrstuvwxyz0123456789"),
                "svelte": restyled}
    build = C.keep_or(rng, prev.get("build"), 0.3, mk_build)
    promo = C.keep_or(rng, prev.get("promo"), 0.25, lambda: rng.choice([-1, -1, 0, 1, 2]))
    return {"nonce": C.b64tok(rng, 16), "build": build, "promo": promo}


LABELS = {
    "nonce": "CSP nonce on every inline script (per request)",
    "build": "SvelteKit deploy: _app/immutable chunk names, __sveltekit_* global, scoped svelte-* class hashes",
    "promo": "card promotion strip above the header (appears, changes, disappears)",
}


def render(s, blocks, when):
    b = s["build"]
    sv = b["svelte"]
    n = s["nonce"]
    rich = C.blocks_html(blocks, sep="")
    promo = ""
    if s["promo"] >= 0:
        t, h = PROMOS[s["promo"]]
        promo = ('<div class="promo svelte-%s"><p class="svelte-%s">%s</p> <a href="%s" class="svelte-%s">Ver más</a></div>'
                 % (sv["promo"], sv["promo"], t, h, sv["promo"]))
    data = [None, {"type": "data", "data": {"page": {"uid": "blt8e2f4a1c0d9b7365", "slug": "privacidad",
                                                     "title": "Política de Privacidad", "locale": "es-ar"}},
                   "uses": {"params": ["slug"]}}]
    nav = [("/cripto", "Cripto"), ("/tarjeta", "Tarjeta"), ("/empresas", "Empresas"), ("/ayuda", "Ayuda")]
    navh = "".join('<a href="%s" class="svelte-%s">%s</a>' % (h, sv["header"], l) for h, l in nav)
    legal = [("/legales/terminos", "Términos y condiciones"), ("/legales/privacidad", "Política de privacidad"),
             ("/legales/tarjeta", "Términos de la tarjeta"), ("/legales/riesgos", "Advertencia de riesgos")]
    legalh = "".join('<li class="svelte-%s"><a href="%s"%s class="svelte-%s">%s</a></li>' % (
        sv["legal"], h, ' aria-current="page"' if h.endswith("privacidad") else "", sv["legal"], l) for h, l in legal)
    return f"""<!doctype html>
<html lang="es-AR">
	<head>
		<meta charset="utf-8" />
		<link rel="icon" href="../favicon.png" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<meta name="theme-color" content="#5b2be0" />
		
		<link href="../_app/immutable/assets/0.{b['css']}.css" rel="stylesheet">
		<link rel="modulepreload" href="../_app/immutable/entry/start.{b['start']}.js">
		<link rel="modulepreload" href="../_app/immutable/entry/app.{b['app']}.js">
		<link rel="modulepreload" href="../_app/immutable/nodes/0.{b['n0']}.js">
		<link rel="modulepreload" href="../_app/immutable/nodes/7.{b['n7']}.js"><!--1d8h2k--><meta name="description" content="Cómo Ñandú trata tus datos personales."/> <meta property="og:title" content="Política de Privacidad | Ñandú"/> <link rel="canonical" href="{URL}"/><!----><title>Política de Privacidad | Ñandú</title>
		<script nonce="{n}" async src="https://www.googletagmanager.com/gtag/js?id=G-8QW2ZK4N1T"></script>
		<script nonce="{n}">window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('consent','default',{{ad_storage:'denied',analytics_storage:'denied'}});gtag('js', new Date());gtag('config', 'G-8QW2ZK4N1T');</script>
	</head>
	<body data-sveltekit-preload-data="hover">
		<div style="display: contents"><!--[--><!--[--><!----><!--[-->{promo}<!--]--> <header class="site-header svelte-{sv['header']}"><a href="/" class="logo svelte-{sv['header']}" aria-label="Ñandú"><img src="/img/nandu-logo.svg" alt="Ñandú" width="112" height="32" class="svelte-{sv['header']}"/></a> <nav class="svelte-{sv['header']}">{navh}</nav> <a href="https://app.nandu.com.ar/registro" class="btn btn-primary svelte-{sv['header']}">Abrí tu cuenta</a></header> <main class="svelte-{sv['header']}"><!--[--><!----><div class="legal svelte-{sv['legal']}"><aside class="legal__nav svelte-{sv['legal']}"><ul class="svelte-{sv['legal']}">{legalh}</ul></aside> <article class="legal__body svelte-{sv['legal']}"><!---->{rich}<!----></article></div><!----><!--]--></main> <footer class="site-footer svelte-{sv['footer']}"><div class="cols svelte-{sv['footer']}"><div class="svelte-{sv['footer']}"><h4 class="svelte-{sv['footer']}">Ñandú</h4> <a href="/nosotros" class="svelte-{sv['footer']}">Nosotros</a> <a href="/trabajos" class="svelte-{sv['footer']}">Trabajá con nosotros</a> <a href="/prensa" class="svelte-{sv['footer']}">Prensa</a></div> <div class="svelte-{sv['footer']}"><h4 class="svelte-{sv['footer']}">Legales</h4> <a href="/legales/terminos" class="svelte-{sv['footer']}">Términos y condiciones</a> <a href="/legales/privacidad" class="svelte-{sv['footer']}">Privacidad</a> <a href="https://www.argentina.gob.ar/produccion/defensadelconsumidor/formulario" class="svelte-{sv['footer']}">Defensa de las y los consumidores</a> <a href="/arrepentimiento" class="svelte-{sv['footer']}">Botón de arrepentimiento</a></div></div> <p class="disclaimer svelte-{sv['footer']}">Ñandú Tecnología S.A.U. está inscripta como PSAV ante la CNV bajo el N° 47. Esta inscripción no implica que la CNV supervise ni apruebe los activos virtuales ofrecidos. Los activos virtuales no son moneda de curso legal, pueden tener una alta volatilidad y no cuentan con la garantía de los depósitos.</p> <p class="copy svelte-{sv['footer']}">© {when.year} Ñandú Tecnología S.A.U.</p></footer><!--]--><!--]--> <!--[!--><!--]--><!--]-->
			
			<script nonce="{n}">
				{{
					__sveltekit_{b['kit']} = {{
						base: new URL("..", location).pathname.slice(0, -1)
					}};

					const element = document.currentScript.parentElement;

					const data = {json.dumps(data, ensure_ascii=False, separators=(",", ":"))};

					Promise.all([
						import("../_app/immutable/entry/start.{b['start']}.js"),
						import("../_app/immutable/entry/app.{b['app']}.js")
					]).then(([kit, app]) => {{
						kit.start(app, element, {{
							node_ids: [0, 7],
							data,
							form: null,
							error: null
						}});
					}});
				}}
			</script>
		</div>
	</body>
</html>
"""


PAGE = {
    "service": "Nandu",
    "url": URL,
    "lang": "es-AR",
    "platform": "SvelteKit 2 (adapter-node, CSP nonce) + Contentstack JSON RTE",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "nginx"), ("Cache-Control", "private, no-cache"), ("Vary", "Accept-Encoding"),
                      ("X-Content-Type-Options", "nosniff")),
    "n": 30,
    "start": dt.date(2023, 9, 4),
    "end": dt.date(2025, 11, 20),
    "hours": (4, 16),
    "policy": POLICY,
    "first_updated": dt.date(2023, 7, 14),
    "fmt_date": fmt_es,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".legal__body"},
}
