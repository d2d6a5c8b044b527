"""CD Ronda Atlético - es football club (first team in Tercera RFEF, academy, club shop) - WordPress + SportsPress:
ThemeBoy's Rookie theme until March 2024, then the Kadence theme (declaration history). WP Rocket cache."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ckit as K  # noqa: E402
from ckit import C  # noqa: E402

URL = "https://www.cdrondaatletico.es/politica-de-privacidad/"
REDESIGN = dt.datetime(2024, 3, 12, 9, 0)
SAVED = K.Saved(dt.datetime(2021, 9, 6, 10, 41, 7))


def fmt_date(d):
    return "%d de %s de %d" % (d.day, K.MONTHS["es"][d.month - 1], d.year)


POLICY = """
Última actualización: {UPDATED}

En el Club Deportivo Ronda Atlético nos tomamos en serio la privacidad de nuestros socios, jugadores, familias, aficionados y clientes de la tienda oficial. En esta política te explicamos qué datos personales tratamos, para qué los usamos y qué derechos tienes, de acuerdo con el Reglamento (UE) 2016/679 (RGPD) y la Ley Orgánica 3/2018 de Protección de Datos Personales y garantía de los derechos digitales.

## 1. Responsable del tratamiento

@ Club Deportivo Ronda Atlético (CIF G29456781)
@ Avenida de Málaga, 14, bajo
@ 29400 Ronda (Málaga)
@ Teléfono: 952 87 14 30
@ Correo electrónico: [privacidad@cdrondaatletico.es](mailto:privacidad@cdrondaatletico.es)

El club ha designado un Delegado de Protección de Datos (DPD), Audidat Andalucía S.L., con el que puedes contactar en [dpd@cdrondaatletico.es](mailto:dpd@cdrondaatletico.es).

## 2. Qué datos tratamos y con qué finalidad

- **Socios y abonados:** nombre, apellidos, DNI, fecha de nacimiento, domicilio, teléfono, correo electrónico, fotografía para el carné y datos bancarios para la domiciliación de la cuota.
- **Jugadores de la cantera y sus familias:** datos identificativos del jugador y de sus padres o tutores, ficha federativa, reconocimiento médico deportivo, talla de la equipación y autorizaciones de desplazamiento.
- **Compradores de la tienda online:** datos de contacto, dirección de envío, historial de pedidos y datos de facturación. No almacenamos los datos de tu tarjeta: el pago lo gestiona la entidad bancaria.
- **Suscriptores del boletín:** correo electrónico y preferencias de contenido.
- **Asistentes a partidos:** imágenes captadas por el sistema de videovigilancia del estadio, con fines de seguridad.

## 3. Legitimación

Tratamos los datos de socios, jugadores y compradores porque es necesario para ejecutar la relación que nos une (el alta como socio, la inscripción en la escuela de fútbol o la compra). La tramitación de fichas ante la Real Federación Andaluza de Fútbol responde a una obligación legal. El envío del boletín y de comunicaciones comerciales se basa en tu consentimiento, que puedes retirar en cualquier momento. La videovigilancia se basa en el interés público de garantizar la seguridad en los recintos deportivos.

## 4. Menores de edad

Los datos de los jugadores menores de 14 años se recogen siempre con el consentimiento de sus padres o tutores legales. La publicación de fotografías de menores en la web o en redes sociales del club solo se realiza con autorización expresa, que puede revocarse en cualquier momento escribiendo al reponsable del tratamiento.

## 5. Destinatarios y encargados del tratamiento

Comunicamos datos a la Real Federación Andaluza de Fútbol para la tramitación de licencias y a la mutualidad deportiva para la cobertura de lesiones. Además, trabajan para nosotros los siguientes encargados:

| Proveedor | Servicio | Ubicación |
| Raiola Networks S.L. | Alojamiento de la web | España |
| Redsys Servicios de Procesamiento S.L. | Pasarela de pago de la tienda | España |
| The Rocket Science Group LLC (Mailchimp) | Envío del boletín | Estados Unidos |
| Correos Express Paquetería Urgente S.A. | Envío de pedidos | España |

Las transferencias a Estados Unidos se amparan en el Marco de Privacidad de Datos UE-EE. UU. o en cláusulas contractuales tipo.

## 6. Plazos de conservación

- Datos de socios: mientras dure la condición de socio y, después, durante 6 años por obligaciones fiscales.
- Fichas federativas y datos deportivos: durante 4 años desde la baja del jugador.
- Pedidos de la tienda: 6 años, conforme al Código de Comercio.
- Imágenes de videovigilancia: 30 días, salvo que deban conservarse para acreditar un incidente.
- Boletín: hasta que te des de baja.

## 7. Tus derechos

Puedes ejercer tus derechos de acceso, rectificación, supresión, oposición, limitación del tratamiento y portabilidad escribiendo a [privacidad@cdrondaatletico.es](mailto:privacidad@cdrondaatletico.es) o por correo postal a la dirección del club, adjuntando copia de tu documento de identidad. Si consideras que no hemos atendido correctamente tu solicitud, puedes presentar una reclamación ante la [Agencia Española de Protección de Datos](https://www.aepd.es).

## 8. Cookies

Esta web utiliza cookies propias y de terceros. Puedes consultar el detalle en nuestra [Política de cookies](/politica-de-cookies/).
"""

EDITS = [
    {"note": "processor table: new row (Clupik, member and academy management app)",
     "repl": [("| Correos Express Paquetería Urgente S.A. | Envío de pedidos | España |",
               "| Correos Express Paquetería Urgente S.A. | Envío de pedidos | España |\n"
               "| Clupik Sports S.L. | Aplicación de gestión de socios y escuela | España |")]},
    {"note": "typo fixed without a new date: 'reponsable' -> 'responsable'", "bump": False,
     "repl": [("escribiendo al reponsable del tratamiento", "escribiendo al responsable del tratamiento")]},
    {"note": "club offices moved (Avenida de Málaga 14 -> Estadio Municipal El Fuerte, Calle Jerez s/n); new phone",
     "repl": [("@ Avenida de Málaga, 14, bajo\n@ 29400 Ronda (Málaga)\n@ Teléfono: 952 87 14 30",
               "@ Estadio Municipal El Fuerte, Calle Jerez, s/n\n@ 29400 Ronda (Málaga)\n@ Teléfono: 952 19 06 42")]},
    {"note": "new section: match streaming and images of players (Footters broadcasts)",
     "repl": [("## 5. Destinatarios y encargados del tratamiento",
               "### Retransmisión de partidos\n\nLos partidos del primer equipo y de algunas categorías de la cantera"
               " se retransmiten en directo a través de la plataforma Footters. Las imágenes de los jugadores se"
               " tratan sobre la base del interés legítimo del club en difundir su actividad deportiva; los padres"
               " o tutores pueden oponerse a la difusión de la imagen de un menor comunicándolo al club.\n\n"
               "## 5. Destinatarios y encargados del tratamiento"),
              ("| Clupik Sports S.L. | Aplicación de gestión de socios y escuela | España |",
               "| Clupik Sports S.L. | Aplicación de gestión de socios y escuela | España |\n"
               "| Footters S.L. | Retransmisión de partidos en directo | España |")]},
    {"note": "retention of federation records extended from 4 to 5 years",
     "repl": [("Fichas federativas y datos deportivos: durante 4 años desde la baja del jugador.",
               "Fichas federativas y datos deportivos: durante 5 años desde la baja del jugador, plazo de"
               " prescripción de las acciones derivadas de la licencia.")]},
    {"note": "Mailchimp replaced by Brevo (Sendinblue SAS, France); US transfer sentence removed",
     "repl": [("| The Rocket Science Group LLC (Mailchimp) | Envío del boletín | Estados Unidos |",
               "| Sendinblue SAS (Brevo) | Envío del boletín | Francia |"),
              ("\n\nLas transferencias a Estados Unidos se amparan en el Marco de Privacidad de Datos UE-EE. UU. o en"
               " cláusulas contractuales tipo.", "")]},
]

RIVALS = ["UD Marbella B", "CD Estepona", "Atlético Antoniano", "CD El Palo", "Vélez CF", "UD Torre del Mar",
          "Atlético Malagueño", "CD Huétor Tájar", "Motril CF", "Juventud de Torremolinos", "CD Alhaurino",
          "Loja CD", "Polideportivo Almería", "CD Ciudad de Lucena", "Xerez Deportivo FC", "Atlético Mancha Real"]
NEWS = ["El Ronda Atlético suma tres puntos de oro en Motril", "Abierto el plazo de inscripción de la escuela",
        "Nuevo acuerdo de patrocinio con Bodegas Serranía", "Crónica: empate sin goles ante el Vélez",
        "La cantera brilla en el torneo de Semana Santa", "Renovamos a nuestro capitán hasta 2026",
        "Jornada de puertas abiertas en El Fuerte", "Ya a la venta la nueva equipación",
        "El juvenil A asciende a Liga Nacional", "Convocatoria para la asamblea general de socios",
        "Nuestro benjamín, campeón provincial", "Horarios de la próxima jornada"]
WEEKDAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["cache"] = (C.hexs(rng, 10), C.hexs(rng, 10), K.iso_local(when - dt.timedelta(minutes=rng.randint(1, 700)), "es"))
    s["assets"] = K.deploy(rng, prev.get("assets"), 0.25, lambda: (rng.choice(["2.7.21", "2.7.22", "2.7.23"]),
                                                                   C.hexs(rng, 8)))
    s["table"] = C.keep_or(rng, prev.get("table"), 0.6, lambda: tuple(rng.sample(range(len(RIVALS)), 5)))
    s["news"] = C.keep_or(rng, prev.get("news"), 0.7, lambda: tuple(rng.sample(range(len(NEWS)), 3)))
    s["rival"] = C.keep_or(rng, prev.get("rival"), 0.8, lambda: rng.randrange(len(RIVALS)))
    s["pts"] = tuple(sorted((rng.randint(18, 62) for _ in range(6)), reverse=True))
    s["resave"] = rng.random() < 0.1
    return s


LABELS = {"cache": "WP Rocket cache stamp and the REST / Contact Form 7 nonces frozen in the cached copy",
          "assets": "SportsPress / theme asset ?ver (plugin updates)", "table": "sidebar league table (clubs)",
          "news": "sidebar / footer latest news", "rival": "SportsPress next-match countdown (rival)",
          "pts": "league table points", "banner": "seasonal top banner (abonos, campus, lotería)",
          "template": "theme (Rookie -> Kadence in March 2024)", "resave": "editor re-save without text change",
          "modified": "Yoast article:modified_time (moves on every save)"}


def banner(when):
    if when.month in (7, 8, 9):
        return "Campaña de abonos %d/%02d: hazte socio desde 45 €" % (when.year, (when.year + 1) % 100)
    if when.month in (4, 5, 6):
        return "Campus de verano %d: plazas limitadas para nacidos entre %d y %d" % (when.year, when.year - 14,
                                                                                     when.year - 5)
    if when.month in (11, 12):
        return "Ya tienes disponible la Lotería de Navidad del club (número %05d)" % (when.year * 7 % 100000)
    return ""


def next_match(s, when):
    d = K.next_weekday(when.date() + dt.timedelta(days=1), 5 + (s["rival"] % 2))
    if when.month in (6, 7):
        return "<p class=\"sp-event-blank\">Pretemporada: próximamente el calendario %d/%02d</p>" % (
            when.year, (when.year + 1) % 100)
    home = s["rival"] % 3 != 0
    a, b = ("CD Ronda Atlético", RIVALS[s["rival"]]) if home else (RIVALS[s["rival"]], "CD Ronda Atlético")
    return ('<div class="sp-template sp-template-countdown"><h4 class="sp-event-name">%s vs %s</h4>'
            '<h5 class="sp-event-date"><time datetime="%sT18:00:00+00:00">%s, %d de %s</time></h5>'
            '<p class="countdown sp-countdown" data-countdown="%s 18:00:00"><time>%d <small>días</small></time'
            '></p></div>'
            % (C.esc(a), C.esc(b), d.isoformat(), WEEKDAYS[d.weekday()], d.day, K.MONTHS["es"][d.month - 1],
               d.strftime("%Y/%m/%d"), (d - when.date()).days))


def league(s):
    rows = []
    teams = ["CD Ronda Atlético"] + [RIVALS[k] for k in s["table"]]
    order = sorted(range(6), key=lambda j: (j * 7 + s["table"][0]) % 6)
    for pos, j in enumerate(order):
        rows.append('<tr class="%s"><td class="data-rank">%d</td><td class="data-name">%s</td>'
                    '<td class="data-pts">%d</td></tr>' % ("odd" if pos % 2 == 0 else "even", pos + 1,
                                                           C.esc(teams[j]), s["pts"][pos]))
    return ('<div class="sp-template sp-template-league-table"><h4 class="sp-table-caption">Tercera RFEF Grupo 9</h4>'
            '<table class="sp-league-table sp-data-table"><thead><tr><th class="data-rank">Pos</th>'
            '<th class="data-name">Equipo</th><th class="data-pts">Pts</th></tr></thead><tbody>%s</tbody></table></div>'
            % "".join(rows))


def render(s, blocks, when):
    wpr, nonce, built = s["cache"]
    spv, thash = s["assets"]
    s["banner"] = banner(when)
    s["template"] = "rookie" if when < REDESIGN else "kadence"
    s["modified"] = SAVED.stamp(blocks, when, s["resave"] or (when >= REDESIGN and s["assets"] is None))
    news = "".join('<li><a href="/%s/">%s</a></li>' % (NEWS[k].lower().replace(" ", "-")[:40], C.esc(NEWS[k]))
                   for k in s["news"])
    ban = ('<div class="rab-top-bar" style="background:#0a2a66"><a href="/tienda/">%s</a></div>' % C.esc(s["banner"])
           if s["banner"] else "")
    head = ('<!DOCTYPE html>\n<html lang="es">\n<head>\n<meta charset="UTF-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>Política de privacidad &#8211; CD Ronda Atlético</title>\n'
            '<meta name="robots" content="max-image-preview:large">\n'
            '<meta property="article:modified_time" content="%s">\n'
            '<link rel="stylesheet" id="sportspress-general-css" href="https://www.cdrondaatletico.es/wp-content/'
            'plugins/sportspress/assets/css/sportspress.css?ver=%s" media="all">\n'
            '<script id="wp-api-fetch-js-after">wp.apiFetch.use( wp.apiFetch.createNonceMiddleware( "%s" ) );'
            '</script>\n<script id="wpcf7-js-extra">var wpcf7 = {"api":{"root":"https:\\/\\/www.cdrondaatletico.es'
            '\\/wp-json\\/","namespace":"contact-form-7\\/v1"},"cached":"1","nonce":"%s"};</script>\n'
            % (K.iso_local(s["modified"], "es"), spv, nonce, wpr))
    sidebar = ('<div class="widget widget_sportspress widget_countdown widget_sp_countdown"><h3 class="widget-title">'
               'Próximo partido</h3>%s</div><div class="widget widget_sportspress widget_league_table">%s</div>'
               '<div class="widget widget_recent_entries"><h3 class="widget-title">Últimas noticias</h3><ul>%s</ul>'
               '</div>' % (next_match(s, when), league(s), news))
    body = C.render_blocks(blocks)
    if s["template"] == "rookie":
        page = (head + '<link rel="stylesheet" id="rookie-style-css" href="https://www.cdrondaatletico.es/wp-content/'
                'themes/rookie/style.css?ver=1.5.4-%s" media="all">\n</head>\n'
                '<body class="privacy-policy page-template-default page page-id-3 theme-rookie">\n%s'
                '<div id="page" class="hfeed site"><header id="masthead" class="site-header" role="banner">'
                '<div class="header-area header-area-has-logo"><div class="site-branding"><a href="/" rel="home">'
                '<img src="/wp-content/uploads/2021/08/escudo-ronda.png" alt="CD Ronda Atlético"></a></div>'
                '<nav id="site-navigation" class="main-navigation"><ul id="menu-principal" class="menu">'
                '<li><a href="/club/">El club</a></li><li><a href="/primer-equipo/">Primer equipo</a></li>'
                '<li><a href="/cantera/">Cantera</a></li><li><a href="/socios/">Socios</a></li>'
                '<li><a href="/tienda/">Tienda</a></li></ul></nav></div></header>\n'
                '<div id="content" class="site-content"><div class="content-wrapper">'
                '<div id="primary" class="content-area content-area-right-sidebar"><main id="main" class="site-main">'
                '<article id="post-3" class="post-3 page type-page status-publish hentry">'
                '<header class="entry-header"><h1 class="entry-title">Política de privacidad</h1></header>'
                '<div class="entry-content">\n%s\n</div></article></main></div>'
                '<div id="secondary" class="widget-area widget-area-right" role="complementary">%s</div>'
                '</div></div>\n<footer id="colophon" class="site-footer"><div class="site-info">'
                '<div class="site-copyright">&copy; %d CD Ronda Atlético</div><div class="site-credit">'
                '<a href="https://www.themeboy.com/">Designed by ThemeBoy</a></div></div></footer></div>\n'
                % (thash, ban, body, sidebar, when.year))
    else:
        page = (head + '<link rel="stylesheet" id="kadence-global-css" href="https://www.cdrondaatletico.es/wp-content/'
                'themes/kadence/assets/css/global.min.css?ver=1.2.%s" media="all">\n</head>\n'
                '<body class="privacy-policy wp-singular page-template-default page page-id-3 wp-embed-responsive '
                'footer-on-bottom hide-focus-outline link-style-standard content-title-style-normal '
                'content-width-normal content-style-boxed content-vertical-padding-show">\n%s'
                '<div id="wrapper" class="site wp-site-blocks"><header id="masthead" class="site-header">'
                '<div id="main-header" class="site-header-wrap"><div class="site-branding branding-layout-standard">'
                '<a class="brand has-logo-image" href="/"><img class="custom-logo" src="/wp-content/uploads/2024/02/'
                'escudo-ronda-2024.svg" alt="CD Ronda Atlético"></a></div><nav id="site-navigation" '
                'class="main-navigation header-navigation"><div class="primary-menu-container header-menu-container">'
                '<ul id="primary-menu" class="menu"><li class="menu-item"><a href="/club/">El club</a></li>'
                '<li class="menu-item"><a href="/primer-equipo/">Primer equipo</a></li><li class="menu-item">'
                '<a href="/cantera/">Cantera</a></li><li class="menu-item"><a href="/hazte-socio/">Hazte socio</a>'
                '</li><li class="menu-item"><a href="/tienda/">Tienda</a></li></ul></div></nav></div></header>\n'
                '<div id="inner-wrap" class="wrap kt-clear"><section class="entry-hero page-hero-section '
                'entry-hero-layout-standard"><div class="entry-hero-container-inner"><header class="entry-header '
                'page-title title-align-inherit"><h1 class="entry-title">Política de privacidad</h1></header></div>'
                '</section><div id="primary" class="content-area"><div class="content-container site-container">'
                '<main id="main" class="site-main" role="main"><div class="content-wrap"><article id="post-3" '
                'class="entry content-bg single-entry post-3 page type-page status-publish hentry">'
                '<div class="entry-content-wrap"><div class="entry-content single-content">'
                '\n%s\n</div></div></article></main><aside id="secondary" role="complementary" '
                'class="primary-sidebar widget-area sidebar-slug-sidebar-primary">%s</aside></div></div></div>\n'
                '<footer id="colophon" class="site-footer"><div class="site-bottom-footer-wrap"><div '
                'class="footer-html inner-link-style-normal"><p>&copy; %d CD Ronda Atlético &mdash; '
                '<a href="/aviso-legal/">Aviso legal</a> · <a href="/politica-de-cookies/">Cookies</a></p></div></div>'
                '</footer></div>\n' % (thash[:4], ban, body, sidebar, when.year))
    return (page + '<script src="https://www.cdrondaatletico.es/wp-content/plugins/sportspress/assets/js/'
            'sportspress.js?ver=%s" id="sportspress-js"></script>\n</body>\n</html>\n'
            '<!-- This website is like a Rocket, isn\'t it? Performance optimized by WP Rocket. Learn more: '
            'https://wp-rocket.me - Debug: cached@%s -->\n' % (spv, built))


PAGE = {
    "service": "CD Ronda Atlético", "url": URL, "lang": "es-ES", "platform": "WordPress + SportsPress",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 2, 1), "end": dt.date(2026, 2, 28), "hours": (2, 14),
    "policy": POLICY, "first_updated": dt.date(2021, 9, 6), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article.single-entry .single-content"]},
    "history": [{"fetch": URL, "select": ["article.page .entry-content"], "validUntil": "2024-03-12T09:00:00Z"}],
}
