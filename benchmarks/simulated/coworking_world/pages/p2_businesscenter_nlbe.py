"""Werfhuis Business Center (Belgian Dutch), business centres with offices, meeting rooms, virtual offices and
domiciliëring in Antwerp, Ghent and Mechelen. WordPress with the Hello Elementor theme, Elementor and Elementor Pro
(header/footer theme-builder templates, a container page), Yoast SEO, Complianz and the Trustindex Google-reviews
shortcode. The page's own Elementor document holds the policy (heading + text-editor widgets), then a reviews
section and a call-to-action that the marketing team edits: both inside the declared selector, removed by the
declaration. Elementor 3.26 (updated here in January 2025) drops the widget-container wrappers."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import cwkit as K  # noqa: E402

POLICY = """
# Privacyverklaring

Laatst bijgewerkt op {UPDATED}

Werfhuis Business Center BV hecht veel belang aan de bescherming van uw persoonsgegevens. In deze privacyverklaring leggen we uit welke gegevens we verzamelen wanneer u onze website bezoekt, een kantoor, vergarderzaal of virtueel kantoor bij ons huurt of gebruikmaakt van onze domiciliëringsdienst, en wat we met die gegevens doen. We verwerken uw gegevens in overeenstemming met de Algemene Verordening Gegevensbescherming (AVG) en de Belgische wet van 30 juli 2018.

## Wie zijn wij?

@ Werfhuis Business Center BV
@ Londenstraat 52
@ 2000 Antwerpen
@ Ondernemingsnummer BE 0712.486.395

Werfhuis baat ook business centers uit aan de Kortrijksesteenweg in Gent en aan de Schaliënhoevedreef in Mechelen. U kunt ons bereiken via [privacy@werfhuis.be](mailto:privacy@werfhuis.be) of op het nummer 03 298 41 60.

## Welke gegevens verwerken wij?

- Identificatie- en contactgegevens: naam, functie, e-mailadres, telefoon- en gsm-nummer;
- Ondernemingsgegevens: naam van de vennootschap, ondernemingsnummer, btw-nummer en zetel;
- Gegevens over de uiteindelijke begunstigden van vennootschappen die bij ons gedomicilieerd zijn;
- Een kopie van de identiteitskaart van de zaakvoerder bij domiciliëring;
- Facturatie- en betalingsgegevens;
- Gegevens over het gebruik van onze vergaderzalen en uw reservaties;
- Camerabeelden van de inkom en de parking.

## Waarom verwerken wij uw gegevens?

We verwerken uw gegevens om onze overeenkomsten met u uit te voeren, om u te factureren, om uw post en pakketten in ontvangst te nemen en door te sturen, en om de veiligheid van onze gebouwen te verzekeren. Als domiciliëringsverstrekker zijn we daarnaast wettelijk verplicht om de identiteit van onze klanten en hun uiteindelijke begunstigden te verifiëren in het kader van de antiwitwaswet van 18 september 2017.

Met uw toestemming sturen we u onze nieuwsbrief met nieuws over onze centra en events. U kunt zich op elk moment uitschrijven via de link onderaan elke nieuwsbrief.

## Met wie delen wij uw gegevens?

We delen uw gegevens enkel met partners die ons helpen onze diensten te leveren:

| Partner | Doel |
| Spacebring | Reservaties van vergaderzalen en ledenbeheer |
| Exact Online | Boekhouding en facturatie |
| Mollie B.V. | Online betalingen |
| bpost | Doorsturen van post en pakketten |
| Combell | Hosting van onze website |

Daarnaast kunnen we gegevens overmaken aan de FOD Financiën, de Cel voor Financiële Informatieverwerking of andere overheidsinstanties wanneer de wet ons daartoe verplicht.

## Hoe lang bewaren wij uw gegevens?

Boekhoudkundige stukken bewaren we zeven jaar. De gegevens die we verzamelen in het kader van de antiwitwaswet bewaren we tien jaar na het einde van de klantrelatie. Camerabeelden worden na 30 dagen automatisch gewist, tenzij ze nodig zijn als bewijs van een inbreuk.

## Uw rechten

U hebt het recht om uw gegevens in te kijken, te laten verbeteren of te laten wissen, de verwerking te laten beperken, bezwaar te maken tegen de verwerking en uw gegevens over te dragen. Stuur daarvoor een e-mail naar [privacy@werfhuis.be](mailto:privacy@werfhuis.be) met een kopie van uw identiteitskaart.

Bent u niet tevreden over de manier waarop wij met uw gegevens omgaan, dan kunt u een klacht indienen bij de Gegevensbeschermingsautoriteit, Drukpersstraat 35, 1000 Brussel, [www.gegevensbeschermingsautoriteit.be](https://www.gegevensbeschermingsautoriteit.be).

## Cookies

Onze website gebruikt functionele cookies en, met uw toestemming, analytische cookies van Google Analytics. Meer informatie vindt u in onze [cookieverklaring](/cookieverklaring/).
"""

EDITS = [
    {"note": "typo fixed (vergarderzaal), date unchanged", "bump": False,
     "repl": [("een kantoor, vergarderzaal of", "een kantoor, vergaderzaal of")]},
    {"note": "digital locks: table row (Nuki) and list item (access logs) added",
     "repl": [("| Mollie B.V. | Online betalingen |",
               "| Mollie B.V. | Online betalingen |\n| Nuki Home Solutions | Digitale toegang tot onze gebouwen |"),
              ("- Camerabeelden van de inkom en de parking.",
               "- Toegangslogs van de digitale sloten;\n- Camerabeelden van de inkom en de parking.")]},
    {"note": "accounting documents kept ten years instead of seven",
     "repl": [("Boekhoudkundige stukken bewaren we zeven jaar.", "Boekhoudkundige stukken bewaren we tien jaar.")]},
    {"note": "accounting processor renamed in the table: Exact Online -> Yuki",
     "repl": [("| Exact Online | Boekhouding en facturatie |", "| Yuki (Visma) | Boekhouding en facturatie |")]},
    {"note": "Ghent centre moved: Kortrijksesteenweg -> Oude Dokken",
     "repl": [("aan de Kortrijksesteenweg in Gent", "aan de Oude Dokken in Gent")]},
    {"note": "phone number changed",
     "repl": [("of op het nummer 03 298 41 60.", "of op het nummer 03 500 72 40.")]},
]

OPTIMIZED = dt.datetime(2025, 1, 20, 9, 0)

# (from, Elementor, Elementor Pro) as the site's admin updated them
VERSIONS = [(dt.datetime(2023, 1, 1), "3.16.4", "3.16.2"), (dt.datetime(2023, 11, 14), "3.17.3", "3.17.1"),
            (dt.datetime(2024, 1, 23), "3.18.3", "3.18.2"), (dt.datetime(2024, 4, 9), "3.20.4", "3.20.3"),
            (dt.datetime(2024, 7, 2), "3.22.3", "3.22.1"), (dt.datetime(2024, 10, 15), "3.24.7", "3.24.4"),
            (OPTIMIZED, "3.26.5", "3.26.3"), (dt.datetime(2025, 4, 8), "3.28.3", "3.28.2")]


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["nl"][d.month - 1], d.year)


PROMOS = [
    ("Domiciliëring voor uw vennootschap vanaf € 39 per maand excl. btw", "/domiciliering/"),
    ("Nieuw: vergaderzaal De Kaai voor 12 personen, nu 20% korting op halve dagen", "/vergaderzalen/"),
    ("Eerste maand gratis bij een flexibel kantoorcontract van minstens 12 maanden", "/kantoren/"),
    ("Plan een gratis rondleiding in Antwerpen, Gent of Mechelen", "/rondleiding/"),
    ("Virtueel kantoor met telefoonpermanentie vanaf € 79 per maand", "/virtueel-kantoor/"),
]

CTAS = [
    ("Op zoek naar een vergaderzaal?", "Reserveer online, per uur of per dag, met koffie en projectiescherm inbegrepen.",
     "Bekijk beschikbaarheid", "/vergaderzalen/"),
    ("Uw maatschappelijke zetel in Antwerpen", "Domicilieer uw vennootschap op een prestigieus adres aan het "
     "Eilandje, inclusief postbeheer.", "Vraag een offerte", "/domiciliering/"),
    ("Flexibel kantoor nodig?", "Gemeubelde kantoren voor 1 tot 20 personen, maandelijks opzegbaar.",
     "Plan een rondleiding", "/rondleiding/"),
]

REVIEWS = [
    ("Sofie Claes", "Top locatie vlak bij het Eilandje, heel vriendelijk onthaal en altijd verse koffie."),
    ("Pieter Van den Broeck", "Onze vennootschap is hier al drie jaar gedomicilieerd. Post wordt netjes ingescand."),
    ("Nathalie Dubois", "Vergaderzaal was perfect in orde, scherm en wifi werkten meteen."),
    ("Jonas Peeters", "Fijne werkplek in Gent, rustig en goed bereikbaar met de fiets."),
    ("Els Wouters", "Snelle opvolging van onze offerteaanvraag, correcte prijzen."),
    ("Thomas Maes", "Goede parking en een zeer behulpzaam team aan de receptie."),
    ("Karim El Amrani", "Flexibel contract en een mooi kantoor met zicht op de dokken."),
    ("Lotte Jacobs", "Ideaal voor klantgesprekken, professionele uitstraling."),
]


def _reviews(when):
    days = (when.date() - dt.date(2023, 1, 1)).days
    count = 152 + days * 9 // 40
    rating = "4,8" if K.hint(0, 9, "werfhuis-rating", count // 15) < 7 else "4,7"
    week = when.isocalendar()[:2]
    start = K.hint(0, len(REVIEWS) - 1, "werfhuis-rev", week)
    shown = tuple((REVIEWS[(start + k) % len(REVIEWS)][0], REVIEWS[(start + k) % len(REVIEWS)][1],
                   K.hint(1, 6, "werfhuis-age", week, k) + 2 * k) for k in range(3))
    return count, rating, shown


def noise(rng, when, i, prev):
    p = prev or {}
    ver = [v for v in VERSIONS if v[0] <= when][-1][1:]
    month = (when.year, when.month)
    return {
        "versions": ver,
        "nonce": C.hexs(rng, 10),
        "promo": K.hpick(PROMOS, "werfhuis-promo", month),
        "cta": K.hpick(CTAS, "werfhuis-cta", when.year, (when.month - 1) // 2),
        "reviews": _reviews(when),
        "kitcss": C.keep_or(rng, p.get("kitcss") if p.get("versions") == ver else None, 0.15,
                            lambda: C.epoch(when) - rng.randint(600, 40 * 86400)),
    }


LABELS = {
    "versions": "Elementor / Elementor Pro update (?ver= strings, generator meta; 3.26 drops widget-container divs)",
    "nonce": "ElementorProFrontendConfig nonce (per visit)",
    "promo": "header template's promotion bar (monthly)",
    "cta": "call-to-action widget under the policy, edited by marketing (inside the selected document)",
    "reviews": "Trustindex Google reviews widget: count, rating, latest reviews (inside the selected document)",
    "kitcss": "post-6 kit CSS ?ver= (Elementor regenerates CSS)",
    "saved": "page saved in WordPress (Yoast dateModified, post-1187.css ?ver=)",
}

_SAVED = {}


def _saved(blocks, when):
    key = C.det_sha(repr(blocks))
    if key not in _SAVED:
        _SAVED[key] = C.epoch(when) - K.hint(3 * 3600, 6 * 86400, "werfhuis-save", key)
    return _SAVED[key]


def _widget(eid, wtype, inner, optimized, extra=""):
    name = wtype.split(".")[0]
    body = inner if optimized else '<div class="elementor-widget-container">\n%s\n</div>' % inner
    return ('<div class="elementor-element elementor-element-%s elementor-widget elementor-widget-%s%s" data-id="%s" '
            'data-element_type="widget" data-widget_type="%s">\n%s\n</div>' % (eid, name, extra, eid, wtype, body))


def _container(eid, inner, settings="", boxed=True):
    s = ' data-settings="%s"' % K.attr(settings) if settings else ""
    if boxed:
        return ('<div class="elementor-element elementor-element-%s e-flex e-con-boxed e-con e-parent" data-id="%s" '
                'data-element_type="container"%s>\n<div class="e-con-inner">\n%s\n</div>\n</div>' % (eid, eid, s, inner))
    return ('<div class="elementor-element elementor-element-%s e-con-full e-flex e-con e-child" data-id="%s" '
            'data-element_type="container"%s>\n%s\n</div>' % (eid, eid, s, inner))


def _tinymce(blocks):
    def table(rows, inl):
        w = 100 // len(rows[0])
        head = "<tr>%s</tr>" % "".join('<td style="width: %d%%;"><strong>%s</strong></td>' % (w, inl(c))
                                        for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join('<td style="width: %d%%;">%s</td>' % (w, inl(c)) for c in r)
                       for r in rows[1:])
        return ('<table style="border-collapse: collapse; width: 100%%;" border="1">\n<tbody>\n%s\n%s\n</tbody>\n'
                '</table>' % (head, body))
    return K.render_blocks(blocks, table=table,
                           addr=lambda lines, inl: "<p>%s</p>" % "<br />\n".join(inl(x) for x in lines))


def _trustindex(reviews, when):
    count, rating, shown = reviews
    items = []
    for n, (name, text, weeks) in enumerate(shown):
        items.append('<div class="ti-review-item source-Google ti-image-layout-thumbnail" data-id="%s"> '
                     '<div class="ti-inner"> <div class="ti-review-header"> <div class="ti-profile-img"> <img '
                     'src="https://cdn.trustindex.io/assets/default-avatar/noprofile-%02d.svg" alt="%s" /> </div> '
                     '<div class="ti-profile-details"> <div class="ti-name"> %s </div> <div class="ti-date">%d '
                     'weken geleden</div> </div> </div> <span class="ti-stars"><span class="ti-star f"></span>'
                     '<span class="ti-star f"></span><span class="ti-star f"></span><span class="ti-star f"></span>'
                     '<span class="ti-star f"></span></span> <div class="ti-review-text-container ti-review-content">'
                     '%s</div> <span class="ti-read-more" data-container=".ti-review-content" data-collapse-text='
                     '"Verbergen" data-open-text="Lees verder"></span> </div> </div>'
                     % (C.det_sha("werfhuis-review", name)[:32], K.hint(1, 10, name), K.attr(name), K.esc(name),
                        weeks, K.esc(text)))
    return ('<div class="elementor-shortcode"><div class=" ti-widget ti-goog ti-disable-font ti-show-rating-text '
            'ti-review-text-mode-readmore ti-text-align-left" data-no-translation="true" data-layout-id="4" '
            'data-layout-category="slider" data-set-id="light-background" data-pid="" data-language="nl" '
            'data-close-locale="Sluiten" data-review-target-width="300" data-css-version="2" '
            'data-pager-autoplay-timeout="6"> <div class="ti-widget-container ti-col-3"> <div class="ti-footer '
            'ti-footer-grid source-Google"> <div class="ti-fade-container"> <div class="ti-rating-text"> <strong '
            'class="ti-rating ti-rating-large"> UITSTEKEND </strong> </div> <span class="ti-stars star-lg">'
            '<span class="ti-star f"></span><span class="ti-star f"></span><span class="ti-star f"></span><span '
            'class="ti-star f"></span><span class="ti-star f"></span></span> <div class="ti-rating-text"> <span '
            'class="nowrap">Gebaseerd op <strong>%d recensies</strong></span> </div> <div class="ti-large-logo"> '
            '<div class="ti-v-center"> <img class="ti-logo-fb" src="https://cdn.trustindex.io/assets/platform/'
            'Google/logo.svg" width="150" height="25" loading="lazy" alt="Google" /> </div> </div> <span '
            'class="ti-rating-score">%s</span> </div> </div> <div class="ti-reviews-container"> <div '
            'class="ti-reviews-container-wrapper"> %s </div> </div> </div> </div> <script defer async '
            'src="https://cdn.trustindex.io/loader.js?ver=1"></script></div>' % (count, rating, " ".join(items)))


def _document(state, blocks):
    opt = state["versions"][0] >= "3.26"
    title = blocks[0][1]
    rest = blocks[1:]
    head = _widget("3a9e5f1", "heading.default", '<h1 class="elementor-heading-title elementor-size-default">%s</h1>'
                   % C.inline_html(title), opt)
    text = _widget("b81c2d4", "text-editor.default", _tinymce(rest), opt)
    policy = _container("5e1c2a7", head + "\n" + text, '{"content_width":"boxed"}')
    reviews = _container("7c41e2b", _widget("6d2f0a1", "shortcode.default", _trustindex(state["reviews"], None), opt),
                         '{"background_background":"classic"}')
    title_c, desc_c, btn_c, url_c = state["cta"]
    cta = _widget("9f03b7e", "call-to-action.default",
                  '<div class="elementor-cta">\n<div class="elementor-cta__content">\n<h2 class="elementor-cta__title '
                  'elementor-cta__content-item elementor-content-item">%s</h2>\n<div class="elementor-cta__description '
                  'elementor-cta__content-item elementor-content-item">%s</div>\n<div class="elementor-cta__button-'
                  'wrapper elementor-cta__content-item elementor-content-item "><a class="elementor-cta__button '
                  'elementor-button elementor-size-" href="%s">%s</a></div>\n</div>\n</div>'
                  % (K.esc(title_c), K.esc(desc_c), url_c, K.esc(btn_c)), opt, ' elementor-cta--skin-classic '
                  'elementor-animated-content elementor-bg-transform elementor-bg-transform-zoom-in')
    cta_c = _container("d24a8c6", cta, '{"background_background":"classic"}')
    return ('<div data-elementor-type="wp-page" data-elementor-id="1187" class="elementor elementor-1187" '
            'data-elementor-post-type="page">\n%s\n%s\n%s\n</div>' % (policy, reviews, cta_c))


def render(state, blocks, when):
    ev, pv = state["versions"]
    opt = ev >= "3.26"
    saved = _saved(blocks, when)
    state["saved"] = saved
    sdt = (dt.datetime(1970, 1, 1) + dt.timedelta(seconds=saved)).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    promo, purl = state["promo"]
    nav = "".join('<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-%d"><a href="%s" '
                  'class="elementor-item">%s</a></li>' % (300 + n, u, t) for n, (t, u) in enumerate(
                      [("Kantoren", "/kantoren/"), ("Vergaderzalen", "/vergaderzalen/"),
                       ("Virtueel kantoor", "/virtueel-kantoor/"), ("Domiciliëring", "/domiciliering/"),
                       ("Locaties", "/locaties/"), ("Contact", "/contact/")]))
    header_inner = (
        _widget("c1f7a20", "text-editor.default", '<p><a href="%s">%s</a></p>' % (purl, K.esc(promo)), opt) + "\n" +
        _widget("0be4d91", "theme-site-logo.default", '<a href="https://www.werfhuis.be"><img width="220" height="60" '
                'src="https://www.werfhuis.be/wp-content/uploads/2023/02/werfhuis-logo.svg" class="attachment-full '
                'size-full wp-image-14" alt="Werfhuis Business Center" /></a>', opt) + "\n" +
        _widget("a5d3e88", "nav-menu.default", '<nav aria-label="Menu" class="elementor-nav-menu--main '
                'elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline '
                'e--animation-fade"><ul id="menu-1-a5d3e88" class="elementor-nav-menu">%s</ul></nav>' % nav, opt))
    return """<!doctype html>
<html lang="nl-BE">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v22.%(yoast)d - https://yoast.com/wordpress/plugins/seo/ -->
	<title>Privacyverklaring - Werfhuis Business Center</title>
	<link rel="canonical" href="https://www.werfhuis.be/privacyverklaring/" />
	<meta property="og:locale" content="nl_BE" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="Privacyverklaring - Werfhuis Business Center" />
	<meta property="og:url" content="https://www.werfhuis.be/privacyverklaring/" />
	<meta property="og:site_name" content="Werfhuis Business Center" />
	<meta property="article:modified_time" content="%(sdt)s" />
	<meta name="twitter:card" content="summary_large_image" />
	<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://www.werfhuis.be/privacyverklaring/","url":"https://www.werfhuis.be/privacyverklaring/","name":"Privacyverklaring - Werfhuis Business Center","isPartOf":{"@id":"https://www.werfhuis.be/#website"},"datePublished":"2019-05-14T08:21:37+00:00","dateModified":"%(sdt)s","breadcrumb":{"@id":"https://www.werfhuis.be/privacyverklaring/#breadcrumb"},"inLanguage":"nl-BE"},{"@type":"WebSite","@id":"https://www.werfhuis.be/#website","url":"https://www.werfhuis.be/","name":"Werfhuis Business Center","inLanguage":"nl-BE"}]}</script>
	<!-- / Yoast SEO plugin. -->

<link rel="alternate" type="application/rss+xml" title="Werfhuis Business Center &raquo; feed" href="https://www.werfhuis.be/feed/" />
<link rel='stylesheet' id='hello-elementor-css' href='https://www.werfhuis.be/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='https://www.werfhuis.be/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=%(ev)s' media='all' />
<link rel='stylesheet' id='elementor-post-6-css' href='https://www.werfhuis.be/wp-content/uploads/elementor/css/post-6.css?ver=%(kitcss)d' media='all' />
<link rel='stylesheet' id='elementor-pro-css' href='https://www.werfhuis.be/wp-content/plugins/elementor-pro/assets/css/frontend.min.css?ver=%(pv)s' media='all' />
<link rel='stylesheet' id='elementor-post-1187-css' href='https://www.werfhuis.be/wp-content/uploads/elementor/css/post-1187.css?ver=%(saved)d' media='all' />
<link rel='stylesheet' id='cmplz-general-css' href='https://www.werfhuis.be/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=1712063817' media='all' />
<script src="https://www.werfhuis.be/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="https://www.werfhuis.be/wp-json/" /><link rel="alternate" type="application/json" href="https://www.werfhuis.be/wp-json/wp/v2/pages/1187" />
<link rel='shortlink' href='https://www.werfhuis.be/?p=1187' />
			<style>.cmplz-hidden {
					display: none !important;
				}</style><meta name="generator" content="Elementor %(ev)s; features: e_font_icon_svg, additional_custom_breakpoints%(feat)s; settings: css_print_method-external, google_font-enabled, font_display-swap">
</head>
<body data-cmplz=1 class="privacy-policy page-template-default page page-id-1187 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-1187">

<a class="skip-link screen-reader-text" href="#content">Ga naar de inhoud</a>

		<div data-elementor-type="header" data-elementor-id="22" class="elementor elementor-22 elementor-location-header" data-elementor-post-type="elementor_library">
			%(header)s
		</div>

<main id="content" class="site-main post-1187 page type-page status-publish hentry">

	<div class="page-content">
		%(document)s
		<div class="post-tags">
					</div>
			</div>

	
</main>

		<div data-elementor-type="footer" data-elementor-id="41" class="elementor elementor-41 elementor-location-footer" data-elementor-post-type="elementor_library">
			%(footer)s
		</div>

<!-- Consent Management powered by Complianz | GDPR/CCPA Cookie Consent https://wordpress.org/plugins/complianz-gdpr -->
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
	<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Beheer cookie toestemming</div></div>
	<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">Om de beste ervaringen te bieden, gebruiken wij technologieën zoals cookies om informatie over je apparaat op te slaan en/of te raadplegen.</div></div>
	<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepteren</button><button class="cmplz-btn cmplz-deny">Weigeren</button><button class="cmplz-btn cmplz-view-preferences">Voorkeuren bekijken</button></div>
</div></div>
<script id="elementor-pro-frontend-js-before">
var ElementorProFrontendConfig = {"ajaxurl":"https:\\/\\/www.werfhuis.be\\/wp-admin\\/admin-ajax.php","nonce":"%(nonce)s","urls":{"assets":"https:\\/\\/www.werfhuis.be\\/wp-content\\/plugins\\/elementor-pro\\/assets\\/","rest":"https:\\/\\/www.werfhuis.be\\/wp-json\\/"},"settings":{"lazy_load_background_images":true},"popup":{"hasPopUps":false},"shareButtonsNetworks":[],"facebook_sdk":{"lang":"nl_BE","app_id":""},"lottie":{"defaultAnimationUrl":"https:\\/\\/www.werfhuis.be\\/wp-content\\/plugins\\/elementor-pro\\/modules\\/lottie\\/assets\\/animations\\/default.json"}};
</script>
<script src="https://www.werfhuis.be/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=%(pv)s" id="elementor-pro-frontend-js"></script>
<script id="elementor-frontend-js-before">
var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false,"isScriptDebug":false},"i18n":{"shareOnFacebook":"Deel via Facebook","shareOnTwitter":"Deel via Twitter","downloadImage":"Download afbeelding"},"is_rtl":false,"breakpoints":{"xs":0,"sm":480,"md":768,"lg":1025,"xl":1440,"xxl":1600},"version":"%(ev)s","is_static":false,"urls":{"assets":"https:\\/\\/www.werfhuis.be\\/wp-content\\/plugins\\/elementor\\/assets\\/"},"post":{"id":1187,"title":"Privacyverklaring%%20-%%20Werfhuis%%20Business%%20Center","excerpt":"","featuredImage":false}};
</script>
<script src="https://www.werfhuis.be/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=%(ev)s" id="elementor-frontend-js"></script>
<script id="cmplz-cookiebanner-js-extra">
var complianz = {"prefix":"cmplz_","user_banner_id":"1","set_cookies":[],"block_ajax_content":"","banner_version":"31","version":"7.0.4","store_consent":"","do_not_track_enabled":"","consenttype":"optin","region":"eu","geoip":"","dismiss_timeout":"","disable_cookiebanner":"","soft_cookiewall":"","dismiss_on_scroll":"","cookie_expiry":"365","url":"https:\\/\\/www.werfhuis.be\\/wp-json\\/complianz\\/v1\\/","locale":"lang=nl&locale=nl_BE","set_cookies_on_root":"","cookie_domain":"","current_policy_id":"24","cookie_path":"\\/","categories":{"statistics":"statistieken","marketing":"marketing"},"tcf_active":"","placeholdertext":"Klik om {category} cookies te accepteren en deze inhoud in te schakelen","css_file":"https:\\/\\/www.werfhuis.be\\/wp-content\\/uploads\\/complianz\\/css\\/banner-{banner_id}-{type}.css?v=31","page_links":{"eu":{"cookie-statement":{"title":"Cookieverklaring","url":"https:\\/\\/www.werfhuis.be\\/cookieverklaring\\/"},"privacy-statement":{"title":"Privacyverklaring","url":"https:\\/\\/www.werfhuis.be\\/privacyverklaring\\/"}}}};
</script>
<script defer src="https://www.werfhuis.be/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js?ver=1712063817" id="cmplz-cookiebanner-js"></script>

</body>
</html>
""" % {"yoast": K.hint(0, 9, "yoast", ev), "sdt": sdt, "ev": ev, "pv": pv, "kitcss": state["kitcss"],
       "saved": saved, "feat": ", e_optimized_markup" if opt else ", e_dom_optimization",
       "header": _container("8e21f04", header_inner), "document": _document(state, blocks),
       "footer": _container("f7a0c35", _widget("2c9b6d8", "text-editor.default",
                                              "<p>Werfhuis Business Center BV – Londenstraat 52, 2000 Antwerpen – "
                                              "BE 0712.486.395</p><p>© %d Werfhuis – <a href=\"/privacyverklaring/\">"
                                              "Privacy</a> – <a href=\"/cookieverklaring/\">Cookies</a></p>"
                                              % when.year, opt)),
       "nonce": state["nonce"]}


PAGE = {
    "service": "Werfhuis",
    "url": "https://www.werfhuis.be/privacyverklaring/",
    "lang": "nl-BE",
    "platform": "WordPress (Hello Elementor) + Elementor Pro, Yoast, Complianz, Trustindex",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "nginx"), ("Link", "<https://www.werfhuis.be/wp-json/>; rel=\"https://api.w.org/\""),
                      ("X-Powered-By", "PHP/8.1.27"), ("Vary", "Accept-Encoding")],
    "n": 31,
    "start": dt.date(2023, 9, 1),
    "end": dt.date(2025, 6, 30),
    "hours": (3, 8, 13, 21),
    "policy": POLICY,
    "first_updated": dt.date(2023, 5, 22),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.werfhuis.be/privacyverklaring/",
        "select": "div[data-elementor-type=\"wp-page\"]",
        "remove": [".elementor-widget-shortcode", ".elementor-widget-call-to-action"],
    },
}
