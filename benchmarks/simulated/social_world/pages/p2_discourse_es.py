"""Foro Rodadas - es-ES - Discourse (Ember app; the archive's fetcher gets the server-rendered crawler view).

The privacy policy is the forum's privacy topic (/t/politica-de-privacidad/3, the topic `privacy_topic_id` points
to), post #1 cooked from Markdown: heading anchors (re-baked with the post-id prefix after the 2023 upgrade),
`div.md-table` around the processors table, and a `[details=...]` block (a collapsed <details> panel) with the
detailed retention periods. Members reply under it (questions, thanks), posts collect likes, the crawler view
lists related/suggested topics with reply and view counts, a theme component injects a header banner, and the
crawler layout itself was redesigned with Discourse 3.2 (Nov 2023)."""
import datetime as dt
import html
import re

import common as C

URL = "https://foro.rodadas.es/t/politica-de-privacidad/3"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
# Política de privacidad

Última actualización: {UPDATED}

En Foro Rodadas nos tomamos en serio tu privacidad. Este documento explica qué datos personales tratamos cuando te registras y participas en el foro, con qué finalidad y cuáles son tus derechos.

## 1. Responsable del tratamiento

El responsable es Asociación Rodadas Urbanas, con NIF G-87654321 y domicilio en calle de Embajadores 81, 28012 Madrid. Puedes escribirnos a [privacidad@rodadas.es](mailto:privacidad@rodadas.es).

## 2. Datos que recogemos

Al crear una cuenta guardamos tu nombre de usuario, tu dirección de correo electrónico y tu contraseña cifrada. Todo lo que publiques en el foro (temas, respuestas, mensajes privados, reacciones y fotos de tus rutas) queda almacenado en nuestros servidores.

Cada vez que accedes registramos tu dirección IP y el navegador que utilizas, para prevenir el spam y los abusos.

## 3. Finalidad y base jurídica

Tratamos tus datos para prestarte el servicio del foro, sobre la base de las condiciones de uso que aceptas al registrarte. El registro de direcciones IP se basa en nuestro interés legítimo en mantener el foro libre de spam. Los resúmenes por correo electrónico solo se envían si los activas en tus preferencias.

## 4. Encargados del tratamiento

| Proveedor | Finalidad | Ubicación |
| DigitalOcean LLC | Alojamiento del foro | Fráncfort (UE) |
| Mailgun Technologies Inc. | Envío de correos electrónicos | UE |
| Cloudflare Inc. | Red de distribución de contenidos y protección | Global, con cláusulas contractuales tipo |

## 5. Conservación de los datos

Conservamos tus datos mientras mantengas tu cuenta. Si la eliminas, tus publicaciones se anonimizan y quedan asociadas a un usuario anónimo.

### Plazos detallados por tipo de dato

- Direcciones IP de acceso: 12 meses.
- Mensajes privados: hasta que todos los participantes los eliminen.
- Copias de seguridad: 30 días.
- Registros del servidor web: 14 días.

## 6. Tus derechos

Puedes ejercer tus derechos de acceso, rectificación, supresión, oposición, limitación y portabilidad escribiendo a [privacidad@rodadas.es](mailto:privacidad@rodadas.es). También puedes descargar una copia de tus publicaciones desde tu perfil, en la pestaña Actividad.

Si consideras que no hemos atendido tu solicitud, puedes presentar una reclamación ante la Agencia Española de Protección de Datos ([www.aepd.es](https://www.aepd.es)).

## 7. Menores de edad

El foro no está dirigido a menores de 14 años. Si descubrimos que un menor de esa edad se ha registrado, eliminaremos su cuenta.
"""

EDITS = [
    {"note": "processors table: new row Backblaze B2 (backups, Amsterdam)",
     "repl": [("| Cloudflare Inc. |", "| Backblaze Inc. | Copias de seguridad cifradas | Ámsterdam (UE) |\n| Cloudflare Inc. |")]},
    {"note": "inside the collapsed [details] panel: IP addresses kept 6 months instead of 12",
     "repl": [("- Direcciones IP de acceso: 12 meses.", "- Direcciones IP de acceso: 6 meses.")]},
    {"note": "minors sentence reworded, date left unchanged (silent edit)", "bump": False,
     "repl": [("El foro no está dirigido a menores de 14 años. Si descubrimos que un menor de esa edad se ha registrado, eliminaremos su cuenta.",
               "Para registrarte debes tener al menos 14 años. Si tenemos constancia de que un menor de 14 años ha creado una cuenta, la eliminaremos junto con sus publicaciones.")]},
    {"note": "new section 'Inicio de sesión con Strava' after section 3",
     "repl": [("## 4. Encargados del tratamiento", "## 4. Inicio de sesión con Strava\n\nSi eliges entrar con tu cuenta de Strava, recibimos de Strava tu nombre, tu foto de perfil y un identificador de usuario. No accedemos a tus actividades ni a tus rutas.\n\n## 5. Encargados del tratamiento"),
              ("## 5. Conservación de los datos", "## 6. Conservación de los datos"),
              ("## 6. Tus derechos", "## 7. Tus derechos"),
              ("## 7. Menores de edad", "## 8. Menores de edad")]},
    {"note": "contact: data-protection delegate appointed with own address (both mentions changed)",
     "repl": [("Puedes escribirnos a [privacidad@rodadas.es](mailto:privacidad@rodadas.es).",
               "Hemos designado una delegada de protección de datos, a la que puedes escribir a [dpd@rodadas.es](mailto:dpd@rodadas.es)."),
              ("escribiendo a [privacidad@rodadas.es](mailto:privacidad@rodadas.es). También", "escribiendo a [dpd@rodadas.es](mailto:dpd@rodadas.es). También")]},
]

REPLIES = [
    ("marta_bici", "¿Los mensajes privados los pueden leer los moderadores?"),
    ("admin", "Hola Marta, solo si un mensaje es denunciado por uno de los participantes. Lo hemos aclarado en el apartado de conservación."),
    ("pedalero78", "Gracias por la transparencia, ojalá todas las webs lo explicaran así de claro."),
    ("carlos.mtb", "¿Se pueden descargar las fotos de las rutas que subí en 2019?"),
    ("admin", "Sí, desde Preferencias, Cuenta, Descargar mi actividad. Tarda unos minutos."),
    ("lucia_gravel", "¿Pensáis añadir el inicio de sesión con Strava? Sería muy cómodo."),
    ("admin", "Está en la hoja de ruta para este año, avisaremos en Anuncios."),
    ("rober_fixie", "Perfecto, muchas gracias."),
]
TOPICS = [("Ruta por la Casa de Campo el domingo", "rutas"), ("¿Qué cubiertas para gravel recomendáis?", "material"),
          ("Quedada anual en Segovia 2024", "quedadas"), ("Carril bici de la Castellana: novedades", "ciudad"),
          ("Me robaron la bici en Lavapiés", "ciudad"), ("Presentaos aquí", "general"),
          ("Mantenimiento básico de la cadena", "taller"), ("BiciMAD: ¿merece la pena el abono anual?", "ciudad"),
          ("Normas del foro", "staff"), ("Frenos de disco hidráulicos que chirrían", "taller")]
BANNERS = [None, "Quedada anual en Segovia: inscripciones abiertas hasta el 30 de mayo.",
           "Mantenimiento programado del foro el sábado de 8:00 a 10:00.",
           "Nuevo: ya puedes subir tus rutas en formato GPX."]
UPGRADE = dt.datetime(2023, 6, 14)     # rebake: heading anchors get the post-id prefix
REDESIGN = dt.datetime(2023, 11, 20)   # Discourse 3.2 crawler view


def slug(t):
    t = t.lower()
    for a, b in (("á", "a"), ("é", "e"), ("í", "i"), ("ó", "o"), ("ú", "u"), ("ñ", "n"), ("ü", "u")):
        t = t.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def cooked(blocks, anchors):
    out, n = [], 0
    details = None
    for kind, v in blocks:
        if kind in ("h2", "h3") and details is not None:
            out.append("</details>")
            details = None
        if kind == "h3":
            details = v
            out.append('<details>\n<summary>\n%s</summary>' % C.inline_html(v))
            continue
        if kind == "h2":
            n += 1
            a = ("p-11-%s-%d" % (slug(v), n)) if anchors == "new" else ("%s-%d" % (slug(v), n))
            out.append('<h2><a name="%s" class="anchor" href="#%s"></a>%s</h2>' % (a, a, C.inline_html(v)))
        elif kind == "table":
            out.append('<div class="md-table">\n' + C.block_html((kind, v)) + "\n</div>")
        elif kind == "ul":
            out.append("<ul>\n%s\n</ul>" % "\n".join("<li>%s</li>" % C.inline_html(x) for x in v))
        else:
            out.append(C.block_html((kind, v)))
    if details is not None:
        out.append("</details>")
    return "\n".join(out)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    ver = "2.7.13" if when < dt.datetime(2022, 2, 1) else "2.8.14" if when < dt.datetime(2023, 1, 1) else \
        "3.0.6" if when < UPGRADE else "3.1.3" if when < REDESIGN else "3.2.5" if when < dt.datetime(2025, 1, 1) else "3.4.2"
    s["version"] = (ver, prev["version"][1] if prev.get("version", (None,))[0] == ver else C.hexs(rng, 40))
    s["stylesheets"] = C.keep_or(rng, prev.get("stylesheets"), 0.3, lambda: (C.hexs(rng, 40), C.hexs(rng, 40)))
    nrep = min(len(REPLIES), max(0, (when - dt.datetime(2021, 2, 1)).days // 200 + (1 if i > 3 else 0)))
    s["replies"] = nrep
    s["likes"] = (4 + i // 2 + rng.randint(0, 1), tuple(rng.randint(0, 6) for _ in range(nrep)))
    s["related"] = tuple((k, rng.randint(3, 140), rng.randint(300, 9000)) for k in rng.sample(range(len(TOPICS)), 5))
    s["anchors"] = "new" if when >= UPGRADE else "old"
    s["layout"] = "3.2" if when >= REDESIGN else "2.x"
    s["banner"] = C.keep_or(rng, prev.get("banner"), 0.35, lambda: rng.randrange(len(BANNERS)))
    s["views"] = 1800 + i * 90 + rng.randint(0, 80)
    return s


LABELS = {
    "version": "Discourse upgrade (generator meta, asset digests)",
    "stylesheets": "stylesheet digests (?__ws) after theme changes",
    "replies": "new replies under the privacy topic",
    "likes": "like counters of post #1 and of the replies",
    "related": "related/suggested topics with reply and view counts",
    "anchors": "post re-baked after upgrade: heading anchor names get post-id prefix (no text change)",
    "layout": "Discourse 3.2 crawler-view redesign",
    "banner": "theme-component header banner",
    "views": "topic view counter",
}


def render(s, blocks, when):
    ver, vhash = s["version"]
    cs1, cs2 = s["stylesheets"]
    title = blocks[0][1]
    body = cooked(blocks[1:], s["anchors"])
    likes1, rlikes = s["likes"]
    new = s["layout"] == "3.2"
    ban = BANNERS[s["banner"]]
    banner = ('<div class="custom-header-banner"><p>%s</p></div>' % html.escape(ban)) if ban else ""

    def post(n, user, text, likes, created):
        t = created.strftime("%Y-%m-%dT%H:%M:%SZ")
        shown = "%d %s %d" % (created.day, MESES[created.month - 1][:3], created.year)
        like = ('<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">\n'
                '<meta itemprop="interactionType" content="http://schema.org/LikeAction"/>\n'
                '<meta itemprop="userInteractionCount" content="%d" />\n<span class=\'post-likes\'>%d Me gusta</span>\n</div>' % (likes, likes)) if likes else ""
        if new:
            return ("<div id='post_%d' itemprop='%s' itemscope itemtype='http://schema.org/DiscussionForumPosting' class='topic-body crawler-post'>\n"
                    "<div class='crawler-post-meta'>\n<span class=\"creator\" itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\">\n"
                    "<a itemprop=\"url\" rel='nofollow' href='https://foro.rodadas.es/u/%s'><span itemprop='name'>%s</span></a>\n</span>\n"
                    "<link itemprop=\"mainEntityOfPage\" href=\"%s\">\n<span class=\"crawler-post-infos\">\n"
                    "<time itemprop='datePublished' datetime='%s' class='post-time'>%s</time>\n<meta itemprop='dateModified' content='%s'>\n"
                    "<span itemprop='position'>%d</span>\n</span>\n</div>\n<div class='post' itemprop='text'>\n%s\n</div>\n%s\n</div>"
                    % (n, "mainEntity" if n == 1 else "comment", user, user, URL, t, shown, t, n, text, like))
        return ("<div itemscope itemtype='http://schema.org/DiscussionForumPosting' class='topic-body crawler-post' id='post_%d'>\n"
                "<div class='crawler-post-meta'>\n<div itemprop='publisher' itemscope itemtype=\"http://schema.org/Organization\">\n"
                "<meta itemprop='name' content='Foro Rodadas'>\n</div>\n<span class=\"creator\" itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\">\n"
                "<a itemprop=\"url\" href='https://foro.rodadas.es/u/%s'><span itemprop='name'>%s</span></a>\n</span>\n"
                "<span class=\"crawler-post-infos\">\n<time itemprop='datePublished' datetime='%s' class='post-time'>\n%s\n</time>\n"
                "<span itemprop='position'>#%d</span>\n</span>\n</div>\n<div class='post' itemprop='articleBody'>\n%s\n</div>\n"
                "<meta itemprop='headline' content='%s'>\n%s\n</div>" % (n, user, user, t, shown, n, text, html.escape(title), like))

    posts = [post(1, "system", body, likes1, dt.datetime(2019, 4, 2, 10, 11))]
    for k in range(s["replies"]):
        user, text = REPLIES[k]
        posts.append(post(k + 2, user, "<p>%s</p>" % html.escape(text), rlikes[k],
                          dt.datetime(2021, 5, 1) + dt.timedelta(days=190 * k + 3)))
    rel_rows = "\n".join(
        "<tr>\n<td><a href='/t/%s/%d' class='title raw-link raw-topic-link'>%s</a> <span class='category-name'>%s</span></td>\n"
        "<td class='replies'>%d</td>\n<td class='views'>%d</td>\n</tr>" % (slug(TOPICS[k][0]), 100 + k * 37, html.escape(TOPICS[k][0]),
                                                                         TOPICS[k][1], r, v) for k, r, v in s["related"])
    if new:
        related = ('<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">\n'
                   '<h3 id="related-topics-title" class="more-topics__list-title">Temas relacionados</h3>\n'
                   '<div class="topic-list-container" itemscope itemtype=\'http://schema.org/ItemList\'>\n<table class=\'topic-list\'>\n'
                   '<thead>\n<tr>\n<th>Tema</th>\n<th></th>\n<th class="replies">Respuestas</th>\n<th class="views">Vistas</th>\n</tr>\n</thead>\n'
                   '<tbody>\n%s\n</tbody>\n</table>\n</div>\n</div>' % rel_rows)
        header = ('<header class="d-header">\n<div class="wrap">\n<div class="contents">\n<div class="home-logo-wrapper-outlet">'
                  '<a href="/"><img src="https://foro.rodadas.es/uploads/default/original/1X/3c9a1b7e0f.png" alt="Foro Rodadas" id="site-logo" class="logo-big"></a></div>\n'
                  '</div>\n</div>\n</header>\n%s' % banner)
        nav = ('<div id="main-outlet" class="wrap" role="main">\n<div id="topic-title">\n<div class="title-wrapper">\n<h1>\n'
               '<a href="/t/politica-de-privacidad/3">%s</a>\n</h1>\n<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">\n'
               '<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">\n<a href="/c/staff/3" class="badge-wrapper bullet" itemprop="item">\n'
               '<span class=\'badge-category-bg\' style=\'background-color: #E45735\'></span>\n<span class=\'badge-category clear-badge\'>\n'
               '<span class=\'category-name\' itemprop=\'name\'>Staff</span>\n</span>\n</a>\n<meta itemprop="position" content="1" />\n</span>\n</div>\n'
               '<div class="topic-views">%d vistas</div>\n</div>\n</div>' % (html.escape(title), s["views"]))
    else:
        related = ('<div id="suggested-topics">\n<h3>Temas sugeridos</h3>\n<table>\n<tbody>\n%s\n</tbody>\n</table>\n</div>' % rel_rows)
        header = ('<header>\n<a href="/">\n<img src="https://foro.rodadas.es/uploads/default/original/1X/3c9a1b7e0f.png" alt="Foro Rodadas" id="site-logo" style="max-width: 150px;">\n'
                  '</a>\n</header>\n%s' % banner)
        nav = ('<div id="main-outlet" class="wrap" role="main">\n<div id="topic-title">\n<h1>\n<a href="/t/politica-de-privacidad/3">%s</a>\n</h1>\n'
               '<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">\n<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">\n'
               '<a href="https://foro.rodadas.es/c/staff/3" class="badge-wrapper bullet" itemprop="item">\n<span class=\'badge-category-bg\' style=\'background-color: #E45735\'></span>\n'
               '<span class=\'badge-category clear-badge\'>\n<span class=\'category-name\' itemprop=\'name\'>Staff</span>\n</span>\n</a>\n'
               '<meta itemprop="position" content="1" />\n</span>\n</div>\n</div>' % html.escape(title))
    desc = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body)).strip()[:160]
    return """<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>%(title)s - Foro Rodadas</title>
<meta name="description" content="%(desc)s">
<meta name="generator" content="Discourse %(ver)s - https://github.com/discourse/discourse version %(vhash)s">
<link rel="icon" type="image/png" href="https://foro.rodadas.es/uploads/default/optimized/1X/8d2f0a6c1b_2_32x32.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="%(url)s" />
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://foro.rodadas.es","potentialAction":{"@type":"SearchAction","target":"https://foro.rodadas.es/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script>
<link rel="search" type="application/opensearchdescription+xml" href="https://foro.rodadas.es/opensearch.xml" title="Foro Rodadas Search">
<link href="/stylesheets/color_definitions_rodadas_5_7_%(cs1)s.css?__ws=foro.rodadas.es" media="all" rel="stylesheet" class="light-scheme"/>
<link href="/stylesheets/desktop_%(cs2)s.css?__ws=foro.rodadas.es" media="all" rel="stylesheet" data-target="desktop"  />
<link href="/stylesheets/desktop_theme_5_%(cs3)s.css?__ws=foro.rodadas.es" media="all" rel="stylesheet" data-target="desktop_theme" data-theme-id="5" data-theme-name="rodadas"/>
<meta property="og:site_name" content="Foro Rodadas" />
<meta property="og:type" content="website" />
<meta property="og:url" content="%(url)s" />
<meta property="og:title" content="%(title)s" />
<meta property="og:description" content="%(desc)s" />
<meta property="og:article:section" content="Staff" />
<meta property="article:published_time" content="2019-04-02T10:11:12+00:00" />
<meta property="og:ignore_canonical" content="true" />
</head>
<body class="crawler %(bodycls)s">
%(header)s
%(nav)s
%(posts)s
%(related)s
</div>
<footer class="container wrap">
<nav class='crawler-nav'>
<ul>
<li itemscope itemtype='http://schema.org/SiteNavigationElement'>
<span itemprop='name'>
<a href='/' itemprop="url">Inicio </a>
</span>
</li>
<li itemscope itemtype='http://schema.org/SiteNavigationElement'>
<span itemprop='name'>
<a href='/categories' itemprop="url">Categorías </a>
</span>
</li>
<li itemscope itemtype='http://schema.org/SiteNavigationElement'>
<span itemprop='name'>
<a href='/guidelines' itemprop="url">Directrices </a>
</span>
</li>
<li itemscope itemtype='http://schema.org/SiteNavigationElement'>
<span itemprop='name'>
<a href='/tos' itemprop="url">Términos del servicio </a>
</span>
</li>
<li itemscope itemtype='http://schema.org/SiteNavigationElement'>
<span itemprop='name'>
<a href='/privacy' itemprop="url">Política de privacidad </a>
</span>
</li>
</ul>
</nav>
<p class='powered-by-link'>Con tecnología de <a href="https://www.discourse.org">Discourse</a>, se visualiza mejor con JavaScript activado</p>
</footer>
</body>
</html>
""" % {"title": html.escape(title), "desc": html.escape(desc), "ver": ver, "vhash": vhash, "url": URL,
       "cs1": cs1, "cs2": cs2[:32], "cs3": cs2[8:40], "bodycls": "crawler-view-3-2" if new else "",
       "header": header, "nav": nav, "posts": "\n".join(posts), "related": related}


PAGE = {
    "service": "Foro Rodadas", "url": URL, "lang": "es-ES", "platform": "Discourse (crawler view)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-Discourse-Route", "topics/show"), ("X-Discourse-Cached", "skip"), ("Vary", "Accept")),
    "n": 29, "start": dt.date(2021, 2, 10), "end": dt.date(2026, 3, 31),
    "policy": POLICY, "first_updated": dt.date(2020, 9, 30), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#topic-title h1", "#post_1 .post"]},
}
