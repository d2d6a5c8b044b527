"""Compralia (Mexico, es-419): e-commerce marketplace on Next.js (pages router, later app router redesign)."""
import json, zlib
from common import *

NAME = "Compralia"
URL = "https://www.compralia.com.mx/ayuda/politica-de-privacidad"
N = 32
SPAN = ("2021-02-10", "2025-11-20")
DECL = {"select": ['article[data-testid="legal-document"]'], "remove": [".print-button", ".legal-share"]}
HISTORY = None

TEXT = """
# Aviso de Privacidad Integral

Última actualización: 3 de febrero de 2021

**Compralia Comercio Electrónico, S.A. de C.V.** ("Compralia"), con domicilio en Av. Paseo de la Reforma 296, piso 12, Col. Juárez, Alcaldía Cuauhtémoc, C.P. 06600, Ciudad de México, es responsable del tratamiento de tus datos personales conforme a la Ley Federal de Protección de Datos Personales en Posesión de los Particulares (LFPDPPP) y su Reglamento.

## 1. ¿Qué datos personales recabamos?

Para llevar a cabo las finalidades descritas en este aviso, recabamos los siguientes datos personales:

- Datos de identificación: nombre, apellidos, fecha de nacimiento, RFC y CURP cuando solicitas factura.
- Datos de contacto: correo electrónico, teléfono celular y domicilio de entrega.
- Datos patrimoniales y financieros: número de tarjeta (tokenizado por nuestro procesador de pagos), historial de compras y saldo en Compralia Pay.
- Datos de navegación: dirección IP, identificadores de dispositivo, cookies y páginas visitadas.

No recabamos datos personales sensibles. Si eres vendedor, también tratamos los datos de tu cuenta bancaria CLABE para liquidarte tus ventas.

## 2. ¿Para qué fines utilizamos tus datos?

Utilizamos tus datos personales para las siguientes finalidades primarias, necesarias para la relación jurídica con nosotros:

1. Crear y administrar tu cuenta de usuario.
2. Procesar tus compras, pagos, envíos, devoluciones y reembolsos.
3. Prevenir fraudes y verificar tu identidad.
4. Atender tus dudas, quejas y aclaraciones.

De manera adicional, utilizaremos tu información para finalidades secundarias: enviarte publicidad y promociones, realizar encuestas de satisfacción y mostrarte ofertas personalizadas. Si no deseas que tus datos se usen para estas finalidades, envía un correo a [datos.personales@compralia.com.mx](mailto:datos.personales@compralia.com.mx).

## 3. Inicio de sesión con redes sociales

Si decides iniciar sesión con Facebook Connect o Google, recibiremos tu nombre, correo electrónico y foto de perfil según los permisos que autorices en esa plataforma.

## 4. ¿Con quién compartimos tus datos?

Tus datos personales pueden ser transferidos dentro y fuera del país a las siguientes personas:

| Destinatario | Finalidad | ¿Requiere consentimiento? |
| Vendedores del marketplace | Entregar los productos que compras | No |
| Empresas de paquetería | Realizar el envío a tu domicilio | No |
| Procesadores de pago | Cobrar tus compras | No |
| Socios comerciales y anunciantes | Enviarte promociones | Sí |

## 5. Conservación de los datos

Conservaremos tus datos personales durante la vigencia de tu cuenta y hasta 5 años después de su cancelación, para cumplir con obligaciones fiscales y atender posibles reclamaciones.

## 6. Derechos ARCO

Tienes derecho a conocer qué datos tenemos de ti (Acceso), solicitar la corrección de tu información (Rectificación), que la eliminemos de nuestros registros (Cancelación) y oponerte a su uso para fines específicos (Oposición). Para ejercer tus derechos ARCO presenta tu solicitud en el [Centro de Privacidad](https://www.compralia.com.mx/ayuda/derechos-arco) o escribe a [datos.personales@compralia.com.mx](mailto:datos.personales@compralia.com.mx). Responderemos en un plazo máximo de 20 días hábiles.

## 7. Cookies y tecnologías similares

Utilizamos cookies, web beacons y SDK de terceros para recordar tu carrito, medir el desempeño del sitio y mostrarte anuncios. Puedes deshabilitarlas desde la configuración de tu navegador o desde el panel de preferencias de cookies.

## 8. Cambios al aviso de privacidad

Cualquier modificación a este aviso será publicada en esta página. Te recomendamos revisarla periódicamente.
"""

EDITS = {
    5: [("hasta 5 años después", "hasta 10 años después")],
    10: [("Última actualización: 3 de febrero de 2021", "Última actualización: 18 de octubre de 2021"),
         ("## 3. Inicio de sesión con redes sociales\n\nSi decides iniciar sesión con Facebook Connect o Google, recibiremos tu nombre, correo electrónico y foto de perfil según los permisos que autorices en esa plataforma.\n\n", ""),
         ("## 4. ¿Con quién", "## 3. ¿Con quién"), ("## 5. Conservación", "## 4. Conservación"), ("## 6. Derechos", "## 5. Derechos"),
         ("## 7. Cookies", "## 6. Cookies"), ("## 8. Cambios", "## 7. Cambios")],
    16: [("datos.personales@compralia.com.mx](mailto:datos.personales@compralia.com.mx)", "privacidad@compralia.com.mx](mailto:privacidad@compralia.com.mx)"),
         ("datos.personales@compralia.com.mx](mailto:datos.personales@compralia.com.mx)", "privacidad@compralia.com.mx](mailto:privacidad@compralia.com.mx)")],
    21: [("## 6. Cookies", "## 6. Recomendaciones y decisiones automatizadas\n\nUtilizamos modelos de aprendizaje automático para ordenar los resultados de búsqueda, recomendarte productos y detectar operaciones fraudulentas. Estos modelos no toman decisiones que produzcan efectos jurídicos sobre ti sin intervención humana.\n\n## 7. Cookies"),
         ("## 7. Cambios", "## 8. Cambios"),
         ("Última actualización: 18 de octubre de 2021", "Última actualización: 9 de mayo de 2023")],
    26: [("| Socios comerciales y anunciantes | Enviarte promociones | Sí |", "| Socios comerciales y anunciantes | Enviarte promociones | Sí |\n| Aseguradoras | Ofrecerte la garantía extendida que contrates | No |")],
    29: [("Responderemos en un plazo máximo de 20 días hábiles.", "Responderemos en un plazo máximo de 15 días hábiles."),
         ("Última actualización: 9 de mayo de 2023", "Última actualización: 2 de junio de 2025")],
}
REDESIGN = 19  # Next.js pages router -> app router (RSC payload), same text

DEALS = [("Audífonos inalámbricos Sonik X2", 899), ("Licuadora Oster 10 velocidades", 1249), ("Tenis Running Pro", 1599),
         ("Smart TV 55\" 4K", 8999), ("Freidora de aire 5.5 L", 1399), ("Set de sartenes antiadherentes", 749),
         ("Mochila escolar reforzada", 459), ("Cafetera de cápsulas", 1899), ("Colchón matrimonial", 5499), ("Xbox Series S", 6799)]
RELATED = ["¿Cómo cancelo mi cuenta?", "Términos y condiciones de uso", "Política de cookies", "¿Cómo ejerzo mis derechos ARCO?",
           "Compra protegida Compralia", "Aviso de privacidad para vendedores"]


def render(text, i, rng, when):
    blocks = parse(text)
    build = hx(random.Random(f"es-build-{i // 3}"), 20)  # a deploy every ~3 captures
    h = lambda base: f"{base}__{hx(random.Random(f'es-{base}-{i // 6}'), 5)}"  # css modules hash changes per release
    deals = rng.sample(DEALS, 6)
    sess, csrf = uuid(rng), tok(rng, 40)
    banner_variant = rng.choice(["A", "B"])
    promo = {"A": "Envío gratis en tu primera compra con el código HOLA", "B": "Hasta 18 meses sin intereses con tarjetas participantes"}[banner_variant]
    body = "".join(block_html(b) for b in blocks[1:])
    if i < REDESIGN:
        article = (f'<article data-testid="legal-document" class="{h("LegalDocument_root")}">'
                   f'<header class="{h("LegalDocument_header")}"><h1 class="{h("LegalDocument_title")}">{inline(blocks[0][1])}</h1>'
                   f'<button class="print-button {h("Button_ghost")}" onclick="window.print()">Imprimir</button></header>'
                   f'<div class="{h("LegalDocument_body")}">{body}</div></article>')
    else:
        article = (f'<main class="mx-auto max-w-3xl px-4"><nav aria-label="breadcrumb" class="text-sm text-gray-500"><a href="/ayuda">Ayuda</a> › <span>Legales</span></nav>'
                   f'<article data-testid="legal-document" class="prose prose-slate lg:prose-lg"><h1>{inline(blocks[0][1])}</h1>'
                   f'<div class="legal-share flex gap-2"><button class="print-button" aria-label="Imprimir">🖨 Imprimir</button>'
                   f'<a href="https://wa.me/?text=https%3A%2F%2Fwww.compralia.com.mx%2Fayuda%2Fpolitica-de-privacidad%3Fsid%3D{sess[:8]}">Compartir</a></div>'
                   f'{body}</article></main>')
    deals_html = "".join(
        f'<li class="{h("DealCard_card")}"><a href="/p/{hx(rng, 8)}?reco_id={uuid(rng)}&amp;c_id=/home/deals/element-{k}"><img src="https://http2.cmcdn.com.mx/D_NQ_NP_{rng.randint(600000, 999999)}-MLM{rng.randint(10**9, 2 * 10**9)}_0{rng.randint(1, 9)}2023-V.webp" alt="{esc(n)}"/>'
        f'<p class="{h("DealCard_title")}">{esc(n)}</p><span class="{h("DealCard_price")}">$ {int(p * rng.uniform(0.8, 1.05)):,}</span>'
        f'<span class="{h("DealCard_discount")}">{rng.randint(5, 45)}% OFF</span></a></li>' for k, (n, p) in enumerate(deals))
    related = rng.sample(RELATED, 4)
    state = {"props": {"pageProps": {"slug": "politica-de-privacidad", "deals": [{"title": n, "price": p} for n, p in deals],
                                     "session": {"id": sess, "csrf": csrf, "ab": {"home_banner": banner_variant}},
                                     "renderedAt": when.isoformat()}, "__N_SSP": True},
             "page": "/ayuda/[slug]", "query": {"slug": "politica-de-privacidad"}, "buildId": build, "isFallback": False,
             "gssp": True, "locale": "es-MX", "locales": ["es-MX"], "defaultLocale": "es-MX", "scriptLoader": []}
    onetrust = ('<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Banner de cookies">'
                '<div class="ot-sdk-container"><div id="onetrust-policy"><p id="onetrust-policy-text">Usamos cookies propias y de terceros para mejorar tu experiencia y mostrarte publicidad relevante. '
                'Puedes aceptar todas o configurar tus preferencias.</p></div><div id="onetrust-button-group-parent"><button id="onetrust-pc-btn-handler">Configurar</button>'
                '<button id="onetrust-accept-btn-handler">Aceptar todas</button></div></div></div></div>')
    scripts = (f'<script src="/_next/static/chunks/webpack-{hx(rng, 16) if False else build[:16]}.js" defer></script>'
               f'<script src="/_next/static/{build}/_buildManifest.js" defer></script>'
               f'<script src="/_next/static/chunks/pages/ayuda/%5Bslug%5D-{build[4:20]}.js" defer></script>')
    if i < REDESIGN:
        data = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state, ensure_ascii=False)}</script>'
    else:
        data = f'<script>self.__next_f.push([1,{json.dumps("0:" + json.dumps(state, ensure_ascii=False))}])</script>'
    return f"""<!DOCTYPE html><html lang="es-MX"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Aviso de Privacidad | Compralia</title><meta name="description" content="Conoce cómo Compralia protege tus datos personales."/>
<link rel="canonical" href="{URL}"/><meta name="csrf-token" content="{csrf}"/>
<link rel="preload" href="/_next/static/css/{build[:16]}.css" as="style"/><link rel="stylesheet" href="/_next/static/css/{build[:16]}.css"/>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="7c1e3f2a-5b6d-4e8f-9a0b-1c2d3e4f5a6b" charset="UTF-8"></script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"event":"pageview","sessionId":"{sess}","abVariant":"{banner_variant}"}});</script>
</head><body><div id="__next">
<div class="{h("PromoBar_root")}" data-variant="{banner_variant}"><p>{promo}</p></div>
<header class="{h("Header_root")}"><a href="/?sid={sess[:12]}" class="{h("Header_logo")}" aria-label="Compralia"><img src="/static/logo-compralia.svg" alt="Compralia"/></a>
<form action="/buscar" class="{h("Search_form")}"><input type="hidden" name="_csrf" value="{csrf}"/><input name="q" placeholder="Buscar productos, marcas y más…"/></form>
<nav class="{h("Header_nav")}"><a href="/categorias">Categorías</a><a href="/ofertas">Ofertas</a><a href="/historial">Historial</a><a href="/vender">Vender</a><a href="/ayuda">Ayuda</a>
<a href="/login?redirect_uri=%2Fayuda%2Fpolitica-de-privacidad&amp;state={tok(rng, 16)}">Ingresa</a><a href="/carrito">Carrito (0)</a></nav></header>
{article}
<section class="{h("Related_root")}"><h2>Artículos relacionados</h2><ul>{"".join(f'<li><a href="/ayuda/{zlib.crc32(r.encode()) % 10000}">{esc(r)}</a></li>' for r in related)}</ul></section>
<section class="{h("Deals_root")}" aria-label="Ofertas del día"><h2>Ofertas del día</h2><p class="{h("Deals_timer")}">Terminan en {rng.randint(1, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}</p><ul class="{h("Deals_list")}">{deals_html}</ul></section>
<div class="{h("AppBanner_root")}"><p>Descarga la app y recibe un cupón de $100</p><a href="https://app.adjust.com/{tok(rng, 7).lower()}?campaign=web_footer">Descargar</a></div>
<footer class="{h("Footer_root")}"><nav><a href="/ayuda/terminos-y-condiciones">Términos y condiciones</a><a href="/ayuda/politica-de-privacidad">Aviso de privacidad</a><a href="/ayuda/cookies">Cookies</a><a href="/accesibilidad">Accesibilidad</a></nav>
<p>Copyright © 1999-{when.year} Compralia Comercio Electrónico, S.A. de C.V.</p><p>Av. Paseo de la Reforma 296, Ciudad de México</p></footer>
</div>{onetrust}{data}{scripts}</body></html>"""
