"""Galpón Coworking (Argentine Spanish), a coworking space in Palermo, Buenos Aires. Squarespace 7.1: the policy in
a page section of text blocks with the table in a Markdown block (Squarespace text blocks have no tables), the
announcement bar and everything else of the site's state in Static.SQUARESPACE_CONTEXT, rollup bundles whose hashes
change with Squarespace's frequent platform releases, and a footer summary block of upcoming events. In May 2024 an
editor converted the section to Fluid Engine (fe-block grid instead of sqs-layout rows); the selectors still hold."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import cwkit as K  # noqa: E402

POLICY = """
# Política de Privacidad

Última actualización: {UPDATED}

En Galpón Coworking nos tomamos en serio la privacidad de las personas que usan nuestros espacios. Esta política explica qué datos personales recolectamos cuando visitás nuestro sitio, reservás una sala de reuniones, contratás un plan de coworking u oficina privada o participás de nuestros eventos, y cómo los tratamos conforme a la Ley N° 25.326 de Protección de los Datos Personales.

## Responsable de la base de datos

@ Galpón Coworking S.R.L.
@ CUIT 30-71654823-9
@ Gorriti 5870
@ C1414BKD Ciudad Autónoma de Buenos Aires

Para consultas sobre privacidad podés escribirnos a [privacidad@galponcowork.com.ar](mailto:privacidad@galponcowork.com.ar).

## Qué datos recolectamos

- Nombre, apellido, DNI o pasaporte, CUIT o CUIL y condición frente al IVA, para emitir las facturas electrónicas ante la AFIP;
- Correo electrónico y número de teléfono o WhatsApp;
- Datos de tu empresa o emprendimiento, si contratás un plan corporativo;
- Historial de reservas de salas, pases diarios y consumos del café;
- Registros de ingreso al edificio mediante tu tarjeta o el código QR de la app;
- Datos técnicos de navegación y de conexión a nuestra red wifi.

## Para qué usamos tus datos

Usamos tus datos para gestionar tu membresía y tus reservas, facturar nuestros servicios, permitirte el acceso al edificio, brindarte soporte y mantener la seguridad del espacio. Si nos das tu consentimiento, también te enviamos nuestro newsletter con novedades, eventos y beneficios de la comunidad.

No vendemos ni alquilamos tus datos personales a terceros.

## Con quién compartimos tus datos

Compartimos tus datos únicamente con proveedores que nos ayudan a prestar el servicio y que se comprometen a protegerlos:

| Proveedor | Finalidad |
| Nexudus | Gestión de menbresías, reservas y facturación |
| Mercado Pago | Cobros con tarjeta y transferencias |
| Google Workspace | Correo electrónico y documentos internos |
| Mailchimp | Envío del newsletter |

Algunos de estos proveedores almacenan información en servidores ubicados fuera de la Argentina. En esos casos exigimos que se apliquen las cláusulas contractuales modelo aprobadas por la Agencia de Acceso a la Información Pública.

## Cuánto tiempo guardamos tus datos

Conservamos los datos de facturación durante diez años, según lo exige la normativa fiscal. Los registros de ingreso al edificio se conservan durante seis meses y las imágenes de las cámaras de seguridad durante quince días.

## Tus derechos

Como titular de los datos, podés solicitar el acceso, la rectificación, la actualización o la supresión de tus datos personales en cualquier momento, escribiéndonos a [privacidad@galponcowork.com.ar](mailto:privacidad@galponcowork.com.ar). Responderemos tu solicitud de acceso dentro de los diez días corridos y las de rectificación o supresión dentro de los cinco días hábiles.

El titular de los datos personales tiene la facultad de ejercer el derecho de acceso a los mismos en forma gratuita a intervalos no inferiores a seis meses, salvo que se acredite un interés legítimo al efecto conforme lo establecido en el artículo 14, inciso 3 de la Ley N° 25.326. La AGENCIA DE ACCESO A LA INFORMACIÓN PÚBLICA, en su carácter de Órgano de Control de la Ley N° 25.326, tiene la atribución de atender las denuncias y reclamos que interpongan quienes resulten afectados en sus derechos por incumplimiento de las normas vigentes en materia de protección de datos personales.

## Cambios en esta política

Podemos actualizar esta política cuando cambien nuestros servicios o la normativa. Vamos a publicar la nueva versión en esta página con su fecha de actualización.
"""

EDITS = [
    {"note": "typo fixed in the processors table (menbresías), date unchanged", "bump": False,
     "repl": [("| Nexudus | Gestión de menbresías, reservas y facturación |",
               "| Nexudus | Gestión de membresías, reservas y facturación |")]},
    {"note": "list item added: car plate for the parking spaces",
     "repl": [("- Datos técnicos de navegación y de conexión a nuestra red wifi.",
               "- Patente de tu vehículo, si alquilás una de nuestras cocheras;\n"
               "- Datos técnicos de navegación y de conexión a nuestra red wifi.")]},
    {"note": "registered address changed (moved to Palermo Hollywood)",
     "repl": [("@ Gorriti 5870\n@ C1414BKD Ciudad Autónoma de Buenos Aires",
               "@ Humboldt 1967\n@ C1414CTU Ciudad Autónoma de Buenos Aires")]},
    {"note": "section added: photos and videos at events",
     "repl": [("## Cuánto tiempo guardamos tus datos",
               "## Fotos y videos en eventos\n\nEn los eventos abiertos que organizamos podemos tomar fotos y videos "
               "para difundirlos en nuestras redes sociales. Si no querés aparecer, avisale a nuestro equipo al "
               "ingresar y te vamos a dar una pulsera de color para identificarte.\n\n"
               "## Cuánto tiempo guardamos tus datos")]},
    {"note": "CCTV retention changed from fifteen to thirty days",
     "repl": [("las imágenes de las cámaras de seguridad durante quince días.",
               "las imágenes de las cámaras de seguridad durante treinta días.")]},
    {"note": "tax agency renamed: AFIP -> ARCA",
     "repl": [("para emitir las facturas electrónicas ante la AFIP;",
               "para emitir las facturas electrónicas ante ARCA (ex AFIP);")]},
]

FLUID = dt.datetime(2024, 5, 8, 15, 0)


def fmt_date(d):
    return "%d de %s de %d" % (d.day, K.MONTHS["es"][d.month - 1], d.year)


# day-pass price in pesos by month (the announcement bar follows inflation)
PRICES = {(2023, 6): 3500, (2023, 8): 4200, (2023, 10): 5000, (2023, 12): 7500, (2024, 1): 9000, (2024, 3): 11000,
          (2024, 6): 12500, (2024, 9): 14000, (2024, 12): 15000, (2025, 3): 16000}

EVENTS = ["Afterwork con birra artesanal", "Taller: monotributo para freelancers", "Desayuno de networking",
          "Clase de yoga en la terraza", "Charla: cómo exportar servicios", "Feria de emprendedores",
          "Noche de juegos de mesa", "Mentorías para startups"]

FLAGS = ["campaigns_new_image_layout_picker", "commerce_etsy_product_import", "contacts_and_campaigns_redesign",
         "scripts_defer", "enable_modernized_pdp_m3_layout_data", "member_areas_feature",
         "override_block_styles", "nested_categories", "i18n_beta_website_locales", "marketing_landing_page",
         "supports_versioned_template_assets", "section-sdk-plp-list-view-atc-button-enabled",
         "commerce_product_composer_all_tiers", "form_block_first_last_name_required"]

ROLLUPS = ["squarespace-announcement-bar", "squarespace-audio-player", "squarespace-blog-collection-list",
           "squarespace-calendar-block-renderer", "squarespace-chartjs-helpers", "squarespace-comments",
           "squarespace-dialog", "squarespace-events-collection", "squarespace-form-rendering-utils",
           "squarespace-gallery-collection-list", "squarespace-image-zoom", "squarespace-pinterest",
           "squarespace-popup-overlay", "squarespace-product-quick-view", "squarespace-products-collection-item-v2",
           "squarespace-search-page", "squarespace-simple-liking", "squarespace-social-buttons",
           "squarespace-video-player", "squarespace-website-overlays-manager"]


def _price(when):
    keys = sorted(k for k in PRICES if k <= (when.year, when.month))
    return PRICES[keys[-1]]


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "ar")
    st = {
        "layout": "fluid" if when >= FLUID else "classic",
        "rollups": C.keep_or(rng, p.get("rollups"), 0.75,
                             lambda: tuple(C.hexs(rng, 20) for _ in ROLLUPS)),
        "flags": C.keep_or(rng, p.get("flags"), 0.5,
                           lambda: tuple(sorted(rng.sample(FLAGS, rng.randint(9, 12)), key=FLAGS.index))),
        "modified": C.keep_or(rng, p.get("modified"), 0.6,
                              lambda: C.epoch(when) * 1000 - rng.randint(60000, 5 * 86400000)),
        "announcement": _price(when),
        "sitecss": C.keep_or(rng, p.get("sitecss"), 0.1, lambda: (p.get("sitecss") or 1488) + rng.randint(1, 6)),
        "events": K.upcoming(loc.date() + dt.timedelta(days=1), (1, 3, 4), EVENTS, 3, "galpon"),
    }
    return K.differs(rng, prev, st, "modified", lambda: C.epoch(when) * 1000 - rng.randint(60000, 86400000))


LABELS = {
    "layout": "section converted from classic layout to Fluid Engine (fe-block grid)",
    "rollups": "Squarespace rollup bundle hashes (platform releases)",
    "flags": "betaFeatureFlags in Static.SQUARESPACE_CONTEXT",
    "modified": "website.contentModifiedOn (any edit anywhere on the site)",
    "announcement": "announcement bar in the context: day-pass price (inflation)",
    "sitecss": "versioned-site-css counter (style edits)",
    "events": "footer summary block: upcoming events",
}

SITE = "5f3c8a1e2b7d4c0012e9a6f1"
PAGE_ID = "64a8c2f07e1b3d5a9c0f2e41"
BLOCKS = ["yui_3_17_2_1_1689012345678_4821", "6a3f0c2e9b8d7e1f4c5a", "yui_3_17_2_1_1689012345678_9137"]


def _parts(blocks):
    parts, cur = [], []
    for b in blocks:
        if b[0] == "table":
            if cur:
                parts.append(("html", cur))
            parts.append(("md", [b]))
            cur = []
        else:
            cur.append(b)
    if cur:
        parts.append(("html", cur))
    return parts


def _sqs_text(blocks):
    pre = ' style="white-space:pre-wrap;"'

    def heading(kind, v, inl):
        return "<%s%s>%s</%s>" % (kind, pre, inl(v), kind)

    def lst(kind, items, inl):
        return '<%s data-rte-list="default">%s</%s>' % (kind, "".join(
            '<li><p class=""%s>%s</p></li>' % (pre, inl(x)) for x in items), kind)

    return K.render_blocks(blocks, heading=heading, lst=lst, para=lambda v, inl: '<p class=""%s>%s</p>' % (pre, inl(v)),
                           addr=lambda lines, inl: '<p class=""%s>%s</p>' % (pre, "<br>".join(inl(x) for x in lines)),
                           sep="")


def _block(kind, bid, blocks):
    if kind == "html":
        return ('<div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2" '
                'data-border-radii="&#123;&quot;topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;'
                ':0.0&#125;&#125;" id="block-%s"><div class="sqs-block-content">\n\n<div class="sqs-html-content" '
                'data-sqsp-text-block-content>\n  %s\n</div>\n\n\n\n\n\n\n\n\n\n</div></div>' % (bid, _sqs_text(blocks)))
    rows = blocks[0][1]
    head = "".join("<th>%s</th>" % C.inline_html(c) for c in rows[0])
    body = "\n".join("<tr>\n<td>%s</td>\n</tr>" % "</td>\n<td>".join(C.inline_html(c) for c in r) for r in rows[1:])
    return ('<div class="sqs-block markdown-block sqs-block-markdown" data-block-type="44" id="block-%s"><div '
            'class="sqs-block-content"><table>\n<thead>\n<tr>\n%s\n</tr>\n</thead>\n<tbody>\n%s\n</tbody>\n</table>'
            '</div></div>' % (bid, head, body))


def _section(state, blocks):
    parts = _parts(blocks)
    ids = BLOCKS + ["yui_3_17_2_1_1715180000000_%d" % (1000 + k) for k in range(len(parts))]
    if state["layout"] == "classic":
        inner = "".join('<div class="row sqs-row"><div class="col sqs-col-12 span-12">%s</div></div>'
                        % _block(k, ids[n], b) for n, (k, b) in enumerate(parts))
        grid = ('<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-%s">%s</div>'
                % (PAGE_ID, inner))
    else:
        items = []
        for n, (k, b) in enumerate(parts):
            items.append('<div class="fe-block fe-block-%s">%s</div>' % (ids[n].replace("_", "-")[-20:],
                                                                       _block(k, ids[n], b)))
        grid = '<div class="fluid-engine fe-%s">\n%s\n</div>' % (PAGE_ID, "\n".join(items))
    return ('<section data-test="page-section" data-section-theme="white" class=\'page-section \n      \n        '
            'layout-engine-section\n      \n      background-width--full-bleed\n      \n        section-height--'
            'small\n      \n      \n        content-width--narrow\n      \n      horizontal-alignment--center\n      '
            'vertical-alignment--middle\n      \n        \n      \n      \n      white\' data-section-id="%s" '
            'data-controller="SectionWrapperController" data-current-styles="&#123;&quot;imageOverlayOpacity&quot;:'
            '0.15,&quot;backgroundWidth&quot;:&quot;background-width--full-bleed&quot;,&quot;sectionHeight&quot;:'
            '&quot;section-height--small&quot;&#125;" data-current-context="&#123;&quot;video&quot;:null,&quot;'
            'backgroundImageId&quot;:null&#125;" data-animation="none" >\n  <div class="section-border" >\n    <div '
            'class="section-background">\n    </div>\n  </div>\n  <div class="content-wrapper" style=\'\n      \n    '
            '\'>\n    <div class="content" >\n      %s\n    </div>\n  </div>\n  \n</section>' % (PAGE_ID, grid))


def _context(state, when):
    price = "{:,}".format(state["announcement"]).replace(",", ".")
    rollups = ",".join('"%s":{"js":"//assets.squarespace.com/universal/scripts-compressed/%s-%s-min.es-419.js"}'
                       % (n, n.replace("squarespace-", ""), h) for n, h in zip(ROLLUPS, state["rollups"]))
    return ('Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"betaFeatureFlags":[%s],"facebookAppId":'
            '"314192535267336","facebookApiVersion":"v6.0","rollups":{%s},"pageType":2,"website":{"id":"%s",'
            '"identifier":"galpon-coworking","websiteType":1,"contentModifiedOn":%d,"cloneable":false,'
            '"hasBeenCloneable":false,"siteStatus":{},"language":"es-AR","translationLocale":"es-419","timeZone":'
            '"America/Argentina/Buenos_Aires","machineTimeZoneOffset":-10800000,"timeZoneOffset":-10800000,'
            '"timeZoneAbbr":"ART","siteTitle":"Galp\\u00F3n Coworking","fullSiteTitle":"Pol\\u00EDtica de Privacidad '
            '\\u2014 Galp\\u00F3n Coworking","location":{},"shareButtonOptions":{"8":true,"3":true},"authenticUrl":'
            '"https://www.galponcowork.com.ar","internalUrl":"https://galpon-coworking.squarespace.com","baseUrl":'
            '"https://www.galponcowork.com.ar","primaryDomain":"www.galponcowork.com.ar","sslSetting":3,'
            '"isHstsEnabled":true,"socialAccounts":[{"serviceId":64,"screenname":"Instagram","addedOn":1597811234567,'
            '"profileUrl":"https://www.instagram.com/galponcowork","iconEnabled":true,"serviceName":"instagram-unauth"}],'
            '"typekitId":"","statsMigrated":false,"imageMetadataProcessingEnabled":false,"captchaSettings":'
            '{"enabledForDonations":false},"showOwnerLogin":false},"websiteSettings":{"id":"5f3c8a1e2b7d4c0012e9a6f4",'
            '"websiteId":"%s","subjects":[],"country":"AR","state":"C","simpleLikingEnabled":true,'
            '"mobileInfoBarSettings":{"isContactEmailEnabled":false,"isContactPhoneNumberEnabled":false,'
            '"isLocationEnabled":false,"isBusinessHoursEnabled":false},"announcementBarSettings":{"style":2,"text":'
            '"<p data-rte-preserve-empty=\\"true\\" style=\\"white-space:pre-wrap;\\">Pase diario a $%s con caf\\u00E9 '
            'libre \\u2014 reserv\\u00E1 el tuyo</p>","clickthroughUrl":{"url":"/pases","newWindow":false}},'
            '"commentLikesAllowed":true,"commentAnonAllowed":true,"commentThreaded":true,"commentApprovalRequired":'
            'false,"commentAvatarsOn":true,"commentSortType":2,"commentFlagThreshold":0,"commentFlagsAllowed":true,'
            '"commentEnableByDefault":true,"commentDisableAfterDaysDefault":0,"disqusShortname":"","commentsEnabled":'
            'false,"storeSettings":{"returnPolicy":null,"termsOfService":null,"privacyPolicy":null,"storeMailingList'
            'Settings":{"newsletterBlockId":null}},"useEscapeKeyToLogin":false,"ssBadgeType":1,"ssBadgePosition":4,'
            '"ssBadgeVisibility":1,"ssBadgeDevices":1,"pinterestOverlayOptions":{"mode":"disabled"},'
            '"userAccountsSettings":{"loginAllowed":false,"signupAllowed":false}},"cookieSettings":{"isCookieBanner'
            'Enabled":true,"cookieBannerText":"<p>Usamos cookies para mejorar tu experiencia.</p>","cookieBannerTheme":'
            '"LIGHT","cookieBannerVariant":"BAR","cookieBannerPosition":"BOTTOM","cookieBannerCtaVariant":"TEXT",'
            '"cookieBannerCtaText":"Aceptar","cookieBannerAcceptType":"OPT_IN","cookieBannerOptOutCtaText":"Rechazar",'
            '"cookieBannerHasOptOut":true,"cookieBannerHasManageCookies":true,"cookieBannerManageCookiesLinkText":'
            '"Gestionar cookies","cookieBannerSavedPreferencesText":"Preferencias de cookies","cookieBannerSaved'
            'PreferencesLayout":"PILL"},"websiteCloneable":false,"collection":{"title":"Pol\\u00EDtica de Privacidad",'
            '"id":"%s","fullUrl":"/privacidad","type":10,"permissionType":1},"subscribed":false,"appDomain":'
            '"squarespace.com","templateTweakable":true,"tweakJSON":{"form-use-theme-colors":"true","header-logo-'
            'height":"42px","header-vert-padding":"1.6vw","header-width":"Full","maxPageWidth":"1400px",'
            '"pagePadding":"4vw","tweak-blog-alternating-side-by-side-image-aspect-ratio":"1:1 Square"},'
            '"templateId":"5c5a519771c10ba3470d8101","templateVersion":"7.1","pageFeatures":[1,2,4],"gmRenderKey":'
            '"QUl6YVN5Q0JUUk9xNkx1dkZfSUUxcjQ2LVQ0QWVUU1YtMGQ3bXk4","templateScriptsRootUrl":"https://static1.'
            'squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/","impersonatedSession":false,"tzData":'
            '{"zones":[[-180,null,"-03",null]],"rules":{}},"showAnnouncementBar":true,"recaptchaEnterpriseContext":'
            '{"recaptchaEnterpriseSiteKey":"6LdDFQwjAAAAAPigEvvPgEVbb7QBm-TkVJdDTlAv"},"i18nContext":'
            '{"timeZoneData":{"id":"America/Argentina/Buenos_Aires","name":"hora de Argentina"}},"env":"PRODUCTION"};'
            % (",".join('"%s"' % f for f in state["flags"]), rollups, SITE, state["modified"], SITE, price, PAGE_ID))


def _events(events):
    items = []
    for d, t in events:
        items.append('<div class="summary-item summary-item-record-type-event sqs-gallery-design-carousel-slide '
                     'summary-item-has-thumbnail summary-item-has-excerpt" data-type="event"><div class="summary-'
                     'content sqs-gallery-meta-container"><div class="summary-metadata-container summary-metadata-'
                     'container--above-title"><div class="summary-metadata summary-metadata--primary"><time class='
                     '"summary-metadata-item summary-metadata-item--date" datetime="%s">%s %d %s</time></div></div>'
                     '<div class="summary-title"><a href="/eventos/%s" class="summary-title-link">%s</a></div></div>'
                     '</div>' % (d.isoformat(), K.WEEKDAYS["es"][d.weekday()], d.day,
                                 K.MONTHS["es"][d.month - 1][:3], K.slug(t), K.esc(t)))
    return "".join(items)


_LAST = {}


def render(state, blocks, when):
    # an edit of this page is an edit of the site: contentModifiedOn moves with it
    key = C.det_sha(repr(blocks))
    if _LAST.get("key") not in (None, key):
        state["modified"] = C.epoch(when) * 1000 - K.hint(3600000, 4 * 86400000, "galpon-mod", key)
    _LAST["key"] = key
    h = state["rollups"]
    nav = "".join('<div class="header-nav-item header-nav-item--collection"><a href="/%s" data-animation-role="header-'
                  'element">%s</a></div>' % (u, t) for t, u in [("Planes", "planes"), ("Salas de reuniones", "salas"),
                                                               ("Oficinas privadas", "oficinas"), ("Eventos", "eventos"),
                                                               ("Comunidad", "comunidad"), ("Contacto", "contacto")])
    return """<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="es-AR"  >
  <head>
    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <!-- This is Squarespace. --><!-- galpon-coworking -->
<base href="">
<meta charset="utf-8" />
<title>Política de Privacidad &mdash; Galpón Coworking</title>
<meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version, Sec-CH-UA-Model" /><link rel="icon" type="image/x-icon" href="https://images.squarespace-cdn.com/content/v1/%(site)s/3b1c7e0a-favicon/favicon.ico?format=100w"/>
<link rel="canonical" href="https://www.galponcowork.com.ar/privacidad"/>
<meta property="og:site_name" content="Galpón Coworking"/>
<meta property="og:title" content="Política de Privacidad &mdash; Galpón Coworking"/>
<meta property="og:url" content="https://www.galponcowork.com.ar/privacidad"/>
<meta property="og:type" content="website"/>
<meta itemprop="name" content="Política de Privacidad — Galpón Coworking"/>
<meta name="twitter:title" content="Política de Privacidad — Galpón Coworking"/>
<meta name="twitter:card" content="summary"/>
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript" crossorigin="anonymous" defer="true" src="//assets.squarespace.com/@sqs/polyfiller/1.6/modern.js"></script>
<script type="text/javascript">SQUARESPACE_ROLLUPS = {};</script>
<script>(function(rollups, name) { if (!rollups[name]) { rollups[name] = {}; } rollups[name].js = ["//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime-%(h0)s-min.es-419.js"]; })(SQUARESPACE_ROLLUPS, 'squarespace-extract_css_runtime');</script>
<script crossorigin="anonymous" src="//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime-%(h0)s-min.es-419.js" defer ></script><script>(function(rollups, name) { if (!rollups[name]) { rollups[name] = {}; } rollups[name].js = ["//assets.squarespace.com/universal/scripts-compressed/cldr-resource-pack-%(h1)s-min.es-419.js"]; })(SQUARESPACE_ROLLUPS, 'squarespace-cldr_resource_pack');</script>
<script crossorigin="anonymous" src="//assets.squarespace.com/universal/scripts-compressed/cldr-resource-pack-%(h1)s-min.es-419.js" defer ></script><script>(function(rollups, name) { if (!rollups[name]) { rollups[name] = {}; } rollups[name].js = ["//assets.squarespace.com/universal/scripts-compressed/common-vendors-stable-%(h2)s-min.es-419.js"]; })(SQUARESPACE_ROLLUPS, 'squarespace-common_vendors_stable');</script>
<script crossorigin="anonymous" src="//assets.squarespace.com/universal/scripts-compressed/common-vendors-stable-%(h2)s-min.es-419.js" defer ></script><script>(function(rollups, name) { if (!rollups[name]) { rollups[name] = {}; } rollups[name].js = ["//assets.squarespace.com/universal/scripts-compressed/common-%(h3)s-min.es-419.js"]; })(SQUARESPACE_ROLLUPS, 'squarespace-common');</script>
<script crossorigin="anonymous" src="//assets.squarespace.com/universal/scripts-compressed/common-%(h3)s-min.es-419.js" defer ></script><script>(function(rollups, name) { if (!rollups[name]) { rollups[name] = {}; } rollups[name].js = ["//assets.squarespace.com/universal/scripts-compressed/performance-%(h4)s-min.es-419.js"]; })(SQUARESPACE_ROLLUPS, 'squarespace-performance');</script>
<script crossorigin="anonymous" src="//assets.squarespace.com/universal/scripts-compressed/performance-%(h4)s-min.es-419.js" defer ></script><script data-name="static-context">%(context)s</script>
<script type="application/ld+json">{"url":"https://www.galponcowork.com.ar","name":"Galp\\u00F3n Coworking","image":"//images.squarespace-cdn.com/content/v1/%(site)s/galpon-logo.png","@context":"http://schema.org","@type":"WebSite"}</script><script type="application/ld+json">{"address":"Palermo\\nCiudad Aut\\u00F3noma de Buenos Aires","openingHours":"Mo 08:00-20:00, Tu 08:00-20:00, We 08:00-20:00, Th 08:00-20:00, Fr 08:00-20:00, , ","@context":"http://schema.org","@type":"LocalBusiness"}</script><link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/%(site)s/%(sitecss)d/5c5a519771c10ba3470d8101/%(site)s/1493/site.css"/><script>Static.COOKIE_BANNER_CAPABLE = true;</script>
<!-- End of Squarespace Headers -->
  </head>

  <body
    id="collection-%(page)s"
    class="
      primary-button-style-solid primary-button-shape-pill secondary-button-style-outline secondary-button-shape-pill tertiary-button-style-outline tertiary-button-shape-underline form-use-theme-colors header-overlay-alignment-center header-width-full tweak-transparent-header tweak-fixed-header-style-basic tweak-blog-alternating-side-by-side-width-full tweak-global-animations-enabled tweak-global-animations-complexity-level-detailed tweak-global-animations-animation-style-fade tweak-global-animations-animation-type-flex tweak-global-animations-animation-curve-ease ecommerce-product-quick-view-button-style-floating collection-type-page collection-layout-default collection-%(page)s mobile-style-available sqs-seven-one
      
        
          
            
              
            
          
        
      
    "
    tabindex="-1"
  >
    <div
      id="siteWrapper"
      class="clearfix site-wrapper"
    >
      
        <div id="floatingCart" class="floating-cart hidden">
          <a href="/cart" class="icon icon--stroke icon--fill icon--cart sqs-custom-cart">
            <span class="Cart-inner">
              <svg class="icon icon--cart" width="61" height="49" viewBox="0 0 61 49"><path fill-rule="evenodd" clip-rule="evenodd" d="M0.5 2C0.5 1.17157 1.17157 0.5 2 0.5H13.6362Z"/></svg>
              <div class="legacy-cart icon-cart-quantity">
                <span class="sqs-cart-quantity">0</span>
              </div>
            </span>
          </a>
        </div>
      

      <header
  data-test="header"
  id="header"
  class="white header theme-col--primary"
  data-section-theme="white"
  data-controller="Header"
  data-current-styles="&#123;&quot;layout&quot;:&quot;navRight&quot;,&quot;action&quot;:&#123;&quot;buttonText&quot;:&quot;Reserv\\u00E1 tu visita&quot;,&quot;newWindow&quot;:false,&quot;href&quot;:&quot;/visita&quot;&#125;&#125;"
  data-section-id="header"
  data-header-style="dynamic"
  data-language-picker="&#123;&quot;iconEnabled&quot;:false,&quot;iconType&quot;:&quot;GLOBE&quot;,&quot;flagShape&quot;:&quot;shiny&quot;,&quot;languageFlags&quot;:[ ]&#125;"
  data-first-focusable-element
  tabindex="-1"
  style="
    
    
    
    
  "
>
  <div class="sqs-announcement-bar-dropzone"></div>
  <div class="header-announcement-bar-wrapper">
    <a href="#page" class="header-skip-link sqs-button-element--primary">Saltear al contenido</a>
    <div class="header-border" data-header-style="dynamic" data-header-usability-enabled="true" data-header-border="false" data-test="header-border" style=""></div>
    <div class="header-dropdown-icon-wrapper"></div>
    <div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right header-layout-nav-right" data-test="header-inner">
      <div class="header-display-desktop" data-content-field="site-title">
        <div class="header-title-nav-wrapper">
          <div class="header-title" data-animation-role="header-element">
            <div class="header-title-logo">
              <a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/%(site)s/galpon-logo.png?format=1500w" alt="Galpón Coworking" style="display:block" fetchpriority="high" loading="eager" decoding="async" data-loader="raw"></a>
            </div>
          </div>
          <div class="header-nav">
            <div class="header-nav-wrapper">
              <nav class="header-nav-list">
                %(nav)s
              </nav>
            </div>
          </div>
        </div>
        <div class="header-actions header-actions--right">
          <div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
            <a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/visita">Reservá tu visita</a>
          </div>
        </div>
      </div>
    </div>
  </div>
</header>

      <main id="page" class="container" role="main">
        
          
            
<article class="sections" id="sections" data-page-sections="%(page)s">
  
  
    
    


  


%(section)s

  
</article>

          
          
        
      </main>
      
        <footer class="sections" id="footer-sections" data-footer-sections>
  
  
    
    


  


<section data-test="page-section" data-section-theme="black" class='page-section layout-engine-section background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle black' data-section-id="64a8c2f07e1b3d5a9c0f2e99" data-controller="SectionWrapperController" data-animation="none">
  <div class="content-wrapper">
    <div class="content">
      <div class="fluid-engine fe-64a8c2f07e1b3d5a9c0f2e99">
<div class="fe-block fe-block-a1f3c7e5d9b2c4e6f801"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1f3c7e5d9b2c4e6f801"><div class="sqs-block-content"><div class="sqs-html-content" data-sqsp-text-block-content><h4 style="white-space:pre-wrap;">Galpón Coworking</h4><p class="" style="white-space:pre-wrap;">Lunes a viernes de 8 a 20 h · Palermo, CABA</p><p class="" style="white-space:pre-wrap;"><a href="/privacidad">Política de Privacidad</a> · <a href="/terminos">Términos y condiciones</a></p></div></div></div></div>
<div class="fe-block fe-block-b7e2d4f6a8c0e1f3a5b9"><div class="sqs-block summary-v2-block sqs-block-summary-v2" data-block-type="55" id="block-b7e2d4f6a8c0e1f3a5b9"><div class="sqs-block-content"><div class="summary-block-header"><h3 class="summary-heading">Próximos eventos</h3></div><div class="summary-item-list-container sqs-gallery-container"><div class="summary-item-list">%(events)s</div></div></div></div></div>
</div>
    </div>
  </div>
</section>

  
</footer>

      
    </div>
    <script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.%(h5)s.js" type="text/javascript"></script>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" style="display:none" data-usage="social-icons-svg"><symbol id="instagram-unauth-icon" viewBox="0 0 64 64"><path d="M46.91,25.816c-0.073-1.597-0.326-2.687-0.697-3.641z"/></symbol></svg>

  </body>
</html>
""" % {"site": SITE, "h0": h[0], "h1": h[1], "h2": h[2], "h3": h[3], "h4": h[4], "h5": h[5][:16],
       "context": _context(state, when), "sitecss": state["sitecss"], "page": PAGE_ID, "nav": nav,
       "section": _section(state, blocks), "events": _events(state["events"])}


PAGE = {
    "service": "Galpon Coworking",
    "url": "https://www.galponcowork.com.ar/privacidad",
    "lang": "es-AR",
    "platform": "Squarespace 7.1 (classic layout, converted to Fluid Engine in May 2024)",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": [("Server", "Squarespace"), ("Vary", "Accept-Encoding"), ("Cache-Control", "no-cache, private"),
                      ("Age", "0"), ("X-Contextid", "dEsSZ3t7/Kp1q8eCx")],
    "n": 30,
    "start": dt.date(2023, 6, 1),
    "end": dt.date(2025, 3, 31),
    "hours": (1, 9, 14, 22),
    "policy": POLICY,
    "first_updated": dt.date(2023, 2, 13),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.galponcowork.com.ar/privacidad",
        "select": ["#sections .sqs-html-content", "#sections .sqs-block-markdown .sqs-block-content"],
    },
}
