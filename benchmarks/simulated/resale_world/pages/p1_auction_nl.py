"""Veilinghuis Spaarnestad - nl auction house (Haarlem) - WordPress + Divi 4 theme builder, WPML, CookieYes."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import rkit as K  # noqa: E402

URL = "https://www.veilinghuisspaarnestad.nl/privacyverklaring/"
REDESIGN = dt.datetime(2024, 5, 14)


def fmt_date(d):
    return K.dmy(d, "nl")


POLICY = """
# Privacyverklaring

Laatst bijgewerkt: {UPDATED}

Veilinghuis Spaarnestad B.V. organiseert zaal- en online veilingen van kunst, antiek, sieraden en design. Bij het taxeren, inzenden, kopen en bieden verwerken wij persoonsgegevens. In deze privacyverklaring leggen wij uit welke gegevens dat zijn, waarom wij ze nodig hebben en welke rechten u heeft.

## Wie is verantwoordelijk?

@ Veilinghuis Spaarnestad B.V.
@ Nieuwe Gracht 74
@ 2011 NM Haarlem
@ KvK 34187652
@ [privacy@veilinghuisspaarnestad.nl](mailto:privacy@veilinghuisspaarnestad.nl)

## Welke gegevens verwerken wij?

Afhankelijk van uw rol als inzender, koper of bezoeker verwerken wij:

- naam, adres, telefoonnummer en e-mailadres;
- een kopie of de gegevens van uw identiteitsbewijs wanneer u inzendt of voor meer dan € 10.000 koopt;
- uw biedingen, opdrachten, gekochte en ingezonden kavels en betalingsgegevens;
- foto's en beschrijvingen van objecten die u ter taxatie aanbiedt;
- IP-adres, apparaatgegevens en surfgedrag op onze website via cookies;
- uw faxnummer, als u ons per fax opdrachten geeft.

## Waarom verwerken wij uw gegevens?

Wij verwerken uw gegevens om de bemiddelingsovereenkomst met inzenders en de koopovereenkomst met kopers uit te voeren, om schriftelijke en telefonische biedingen te registreren en om facturen en uitbetalingen te verzorgen. Als handelaar in kunst en antiek zijn wij op grond van de Wet ter voorkoming van witwassen en financieren van terrorisme (Wwft) verplicht de identiteit van klanten vast te stellen en ongebruikelijke transacties te melden. Met uw toestemming sturen wij u onze veilingcatalogi en nieuwsbrief.

## Online bieden

Voor online bieden tijdens onze zaalveilingen werken wij samen met externe biedplatforms. Registreert u zich via zo'n platform, dan ontvangen wij van dat platform uw naam, adres en biedlimiet. Het platform is zelf verantwoordelijk voor de gegevens die u daar invult.

## Met wie delen wij gegevens?

Wij delen uw persoonsgegevens alleen met partijen die ons helpen bij onze dienstverlening en met wie wij een verwerkersovereenkomst hebben gesloten:

| Partij | Doel | Land |
| Invaluable LLC | Online bieden tijdens zaalveilingen | Verenigde Staten |
| Mollie B.V. | Betalingen | Nederland |
| TransIP B.V. | Hosting van website en e-mail | Nederland |
| Google Ireland Ltd (Analytics) | Websitestatistieken | Ierland |

Bij doorgifte buiten de Europese Economische Ruimte gebruiken wij de standaardcontractbepalingen van de Europese Commissie. Wij verkopen uw persoonsgegevens nooit aan derden.

## Hoe lang bewaren wij uw gegevens?

Administratieve gegevens, zoals facturen en afrekeningen, bewaren wij 7 jaar vanwege de fiscale bewaarplicht. Gegevens over uw identiteit bewaren wij 5 jaar na de laatste transactie. Nieuwsbriefgegevens bewaren wij totdat u zich afmeldt.

## Beveiliging

Wij nemen passende technische en organisatorische maatregelen om uw persoonsgegevns te beveiligen tegen verlies en onrechtmatig gebruik, zoals versleutelde verbindingen en toegangsbeperking voor medewerkers.

## Uw rechten

U heeft het recht om uw persoonsgegevens in te zien, te laten corrigeren of te laten verwijderen, om de verwerking te beperken en om bezwaar te maken. U kunt uw toestemming altijd intrekken. Stuur uw verzoek naar ons e-mailadres; wij reageren binnen een maand.

## Klachten

Heeft u een klacht over de manier waarop wij met uw gegevens omgaan, neem dan eerst contact met ons op. U kunt ook een klacht indienen bij de [Autoriteit Persoonsgegevens](https://autoriteitpersoonsgegevens.nl).

## Taxaties en inzendingen

Wanneer u via ons taxatieformulier of tijdens een gratis taxatiedag objecten aanbiedt, gebruiken wij uw foto's en gegevens alleen om u een schatting te geven en, als u besluit in te zenden, om de bemiddelingsovereenkomst op te stellen. Taxatieaanvragen die niet tot een inzending leiden, verwijderen wij na 12 maanden. Na de veiling ontvangt u een afrekening met de opbrengst van uw kavels; uw naam wordt nooit aan kopers bekendgemaakt.

## Kopers en betalingen

Als u een kavel koopt, bewaren wij uw gegevens om de factuur op te stellen, de betaling te controleren en de afgifte of verzending van de kavel te regelen. Voor kunstwerken van levende of recent overleden kunstenaars berekenen wij volgrecht; daarvoor geven wij de gegevens van de verkoop, maar niet uw naam, door aan Pictoright.

## Cookies

Onze website gebruikt functionele cookies, die nodig zijn voor het bieden en het onthouden van uw taalkeuze, en analytische cookies. Marketingcookies plaatsen wij alleen met uw toestemming, die u via de cookiebanner geeft en altijd weer kunt intrekken.
"""

EDITS = [
    {"note": "processor table: LiveAuctioneers added next to Invaluable for online bidding",
     "repl": [("| Invaluable LLC | Online bieden tijdens zaalveilingen | Verenigde Staten |",
               "| Invaluable LLC | Online bieden tijdens zaalveilingen | Verenigde Staten |\n"
               "| LiveAuctioneers LLC | Online bieden tijdens zaalveilingen | Verenigde Staten |")]},
    {"note": "typo fixed (persoonsgegevns -> persoonsgegevens), no new date", "bump": False,
     "repl": [("uw persoonsgegevns te beveiligen", "uw persoonsgegevens te beveiligen")]},
    {"note": "new section on camera surveillance during viewing days",
     "repl": [("## Beveiliging\n", "## Camerabewaking\n\nTijdens kijkdagen en veilingen is ons pand voorzien van "
               "camerabewaking ter bescherming van de objecten en onze bezoekers. Beelden worden 4 weken bewaard, "
               "tenzij er een incident is vastgelegd.\n\n## Beveiliging\n")]},
    {"note": "address moved (Nieuwe Gracht 74 -> Waarderweg 52, 2031 BP Haarlem)",
     "repl": [("@ Nieuwe Gracht 74\n@ 2011 NM Haarlem", "@ Waarderweg 52\n@ 2031 BP Haarlem")]},
    {"note": "list item (fax number) removed; Google Analytics replaced by Matomo (self-hosted at TransIP)",
     "repl": [("- uw faxnummer, als u ons per fax opdrachten geeft.\n", ""),
              ("- IP-adres, apparaatgegevens en surfgedrag op onze website via cookies;",
               "- IP-adres, apparaatgegevens en surfgedrag op onze website via cookies."),
              ("| Google Ireland Ltd (Analytics) | Websitestatistieken | Ierland |\n", ""),
              ("| TransIP B.V. | Hosting van website en e-mail | Nederland |",
               "| TransIP B.V. | Hosting van website, e-mail en Matomo-statistieken | Nederland |")]},
    {"note": "identity retention: 5 years after the business relationship ends (Wwft), sentence reworded",
     "repl": [("Gegevens over uw identiteit bewaren wij 5 jaar na de laatste transactie.",
               "Gegevens over uw identiteit en de uitgevoerde cliëntenonderzoeken bewaren wij 5 jaar na het einde "
               "van de zakelijke relatie, zoals de Wwft voorschrijft.")]},
]

LOTS = [("Kavel 112", "Zilveren theepot, Haarlem 1787", "€ 1.200 - 1.800"),
        ("Kavel 36", "Jan Sluijters, bloemstilleven, olieverf", "€ 8.000 - 12.000"),
        ("Kavel 254", "Gispen stoel model 201", "€ 400 - 600"),
        ("Kavel 78", "Gouden ring met saffier en diamant", "€ 900 - 1.400"),
        ("Kavel 401", "Delfts blauwe tegeltableau, 18e eeuw", "€ 2.500 - 3.500"),
        ("Kavel 19", "Art deco pendule, Frankrijk ca. 1925", "€ 300 - 500"),
        ("Kavel 305", "Rolex Oyster Perpetual, 1968", "€ 4.000 - 6.000"),
        ("Kavel 143", "Chinese famille rose vaas, Qianlong", "€ 3.000 - 5.000")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"nonces": (C.hexs(rng, 10), C.hexs(rng, 10), C.hexs(rng, 10))}
    s["cache"] = K.stamp(rng, prev.get("cache"), 0.35, when)
    s["divi"] = K.deploy(rng, prev.get("divi"), 0.15, when, 6)
    s["lots"] = C.keep_or(rng, prev.get("lots"), 0.6, lambda: tuple(rng.sample(range(len(LOTS)), 3)))
    s["cookieyes"] = rng.choice(["", "", "cky-consent-bar--top"]) if when.year < 2025 else "cky-consent-bar--box"
    return s


LABELS = {"nonces": "Divi et_frontend_nonce / et_ab_log_nonce and wpApiSettings nonce",
          "cache": "et-cache unified css ?ver (cache cleared)", "divi": "Divi theme version hash in asset URLs",
          "lots": "footer 'Uitgelichte kavels' (featured lots with estimates)",
          "cookieyes": "CookieYes banner position variant"}


def top_bar(when):
    nxt = K.next_date(when, dt.date(2022, 1, 25), 42)
    days = (nxt - when.date()).days
    view = nxt - dt.timedelta(days=4)
    return ('<div id="top-header"><div class="container clearfix"><div id="et-info">'
            '<span id="et-info-phone">023 531 44 08</span> <span class="next-auction">Volgende veiling: %s'
            ' &middot; kijkdagen vanaf %s &middot; nog %d dagen</span></div></div></div>'
            % (fmt_date(nxt), fmt_date(view), days))


def text_module(idx, inner, extra=""):
    return ('<div class="et_pb_module et_pb_text et_pb_text_%d %s et_pb_text_align_left et_pb_bg_layout_light">'
            '<div class="et_pb_text_inner">%s</div></div>' % (idx, extra, inner))


def render(s, blocks, when):
    new = when >= REDESIGN
    body = C.render_blocks(blocks, sep="")
    if not new:
        layout = ('<div class="et_pb_section et_pb_section_0 et_section_regular"><div class="et_pb_row et_pb_row_0">'
                  '<div class="et_pb_column et_pb_column_4_4 et_pb_column_0 et_pb_css_mix_blend_mode_passthrough'
                  ' et-last-child">' + text_module(0, body) + '</div></div></div>')
    else:
        layout = ('<div class="et_pb_section et_pb_section_0 et_pb_with_background et_section_regular">'
                  '<div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0">'
                  + text_module(0, '<p class="hero-kicker">Sinds 1968 uw veilinghuis in Haarlem</p>',
                                "hero-text") + '</div></div></div>'
                  '<div class="et_pb_section et_pb_section_1 et_section_regular"><div class="et_pb_row et_pb_row_1">'
                  '<div class="et_pb_column et_pb_column_1_4 et_pb_column_1">'
                  + text_module(1, '<ul class="legal-nav"><li><a href="/veilingvoorwaarden/">Veilingvoorwaarden</a>'
                                '</li><li><a href="/inzendvoorwaarden/">Inzendvoorwaarden</a></li><li>'
                                '<a href="/privacyverklaring/">Privacy</a></li></ul>') +
                  '</div><div class="et_pb_column et_pb_column_3_4 et_pb_column_2 et-last-child">'
                  + text_module(2, body) + '</div></div></div>')
    lots = "".join('<li class="lot"><a href="/kavels/%d/"><span class="lot-no">%s</span> %s <span class="estimate">'
                   'Schatting %s</span></a></li>' % (k + 100, LOTS[k][0], C.esc(LOTS[k][1]), LOTS[k][2])
                   for k in s["lots"])
    n1, n2, n3 = s["nonces"]
    ver = "4.14.8" if when.year < 2023 else ("4.21.0" if when.year < 2024 else "4.25.1")
    cky = s["cookieyes"]
    return ("<!DOCTYPE html>\n<html lang=\"nl-NL\">\n<head>\n<meta charset=\"UTF-8\" />\n"
            "<title>Privacyverklaring | Veilinghuis Spaarnestad</title>\n"
            "<meta name=\"robots\" content=\"index, follow\" />\n"
            "<link rel=\"stylesheet\" id=\"divi-style-parent-css\" href=\"https://www.veilinghuisspaarnestad.nl/"
            "wp-content/themes/Divi/style-static.min.css?ver=%s\" type=\"text/css\" media=\"all\" />\n"
            "<link rel=\"stylesheet\" id=\"et-core-unified-2417-cached-inline-styles\" href=\"https://www."
            "veilinghuisspaarnestad.nl/wp-content/et-cache/2417/et-core-unified-2417.min.css?ver=%s\" />\n"
            "<script type=\"text/javascript\" id=\"wp-api-request-js-extra\">var wpApiSettings = {\"root\":\"https:"
            "\\/\\/www.veilinghuisspaarnestad.nl\\/wp-json\\/\",\"nonce\":\"%s\",\"versionString\":\"wp\\/v2\\/\"};"
            "</script>\n</head>\n"
            "<body class=\"page-template-default page page-id-2417 et_pb_button_helper_class et_fixed_nav "
            "et_show_nav et_primary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns4 "
            "et_cover_background et_pb_gutter et_pb_gutters3 et_divi_theme et-db\">\n"
            "<div id=\"page-container\">\n%s\n"
            "<header id=\"main-header\" data-height-onload=\"66\"><div class=\"container clearfix et_menu_container\">"
            "<div class=\"logo_container\"><a href=\"/\"><img src=\"/wp-content/uploads/2021/09/logo-spaarnestad.svg\""
            " alt=\"Veilinghuis Spaarnestad\" id=\"logo\" /></a></div><div id=\"et-top-navigation\"><nav id=\"top-menu"
            "-nav\"><ul id=\"top-menu\" class=\"nav\"><li class=\"menu-item\">"
            "<a href=\"/veilingen/\">Veilingen</a></li>"
            "<li class=\"menu-item\"><a href=\"/inzenden/\">Inzenden</a></li><li class=\"menu-item\"><a href=\"/"
            "taxaties/\">Taxaties</a></li><li class=\"menu-item\"><a href=\"/contact/\">Contact</a></li>"
            "<li class=\"wpml-ls-item\"><a href=\"/en/privacy-statement/\">EN</a></li></ul></nav></div></div>"
            "</header>\n<div id=\"et-main-area\"><div id=\"main-content\">\n"
            "<article id=\"post-2417\" class=\"post-2417 page type-page status-publish hentry\">"
            "<div class=\"entry-content\"><div class=\"et-l et-l--post\"><div class=\"et_builder_inner_content "
            "et_pb_gutters3\">%s</div></div></div></article>\n</div>\n"
            "<footer id=\"main-footer\"><div class=\"container\"><div id=\"footer-widgets\" class=\"clearfix\">"
            "<div class=\"footer-widget\"><h4 class=\"title\">Uitgelichte kavels</h4><ul class=\"featured-lots\">%s"
            "</ul></div><div class=\"footer-widget\"><h4 class=\"title\">Bezoek</h4><p>Kijkdagen di-za 10-17 uur</p>"
            "</div></div></div><div id=\"footer-bottom\"><div class=\"container\"><p id=\"footer-info\">&copy; %d "
            "Veilinghuis Spaarnestad B.V.</p></div></div></footer>\n</div></div>\n"
            "<div id=\"cookie-law-info-bar\" class=\"cky-consent-container %s\"><div class=\"cky-notice\">"
            "<p class=\"cky-title\">Wij gebruiken cookies</p><button class=\"cky-btn cky-btn-accept\">Alles "
            "accepteren</button><button class=\"cky-btn cky-btn-reject\">Weigeren</button></div></div>\n"
            "<script type=\"text/javascript\" id=\"divi-custom-script-js-extra\">var et_pb_custom = {\"ajaxurl\":"
            "\"https:\\/\\/www.veilinghuisspaarnestad.nl\\/wp-admin\\/admin-ajax.php\",\"et_frontend_nonce\":\"%s\","
            "\"subscription_failed\":\"Controleer de velden.\",\"et_ab_log_nonce\":\"%s\",\"page_id\":\"2417\"};"
            "</script>\n<script src=\"/wp-content/themes/Divi/js/scripts.min.js?ver=%s\" id=\"divi-custom-script-js\">"
            "</script>\n</body>\n</html>\n"
            % (ver + "-" + s["divi"], s["cache"], n3, top_bar(when), layout, lots, when.year, cky, n1, n2, ver))


PAGE = {
    "service": "Veilinghuis Spaarnestad", "url": URL, "lang": "nl-NL", "platform": "WordPress + Divi",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 2, 1), "end": dt.date(2026, 2, 28), "hours": (3, 4, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 11, 3), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".et_pb_section_1 .et_pb_text_2 .et_pb_text_inner"]},
    "history": [{"fetch": URL, "select": [".et_pb_section_0 .et_pb_text_0 .et_pb_text_inner"],
                 "validUntil": "2024-05-14T00:00:00Z"}],
}
