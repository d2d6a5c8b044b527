"""Lyceum Hofstede (Gouda) - nl-NL - WordPress + Divi builder (wptexturize, Divi toggles, countdown timer module,
Complianz). The policy is the 2/3 column of Divi's second section; the 1/3 column beside it holds the open-day
countdown, the holiday timetable and news; the applicants' notice is the next section. In August 2024 a
school-app promo section is inserted above the policy: Divi renumbers its sections, so the declaration's selector
changes (history)."""
import datetime as dt
import html
import re
import common as C

URL = "https://www.lyceumhofstede.nl/privacyverklaring/"
MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MAANDEN[d.month - 1], d.year)


POLICY = """
# Privacyverklaring

Versie vastgesteld op {UPDATED}

Lyceum Hofstede is onderdeel van Stichting Openbaar Voortgezet Onderwijs Midden-Holland (OVO-MH). In deze privacyverklaring leest u hoe wij omgaan met de persoonsgegevens van leerlingen, ouders en verzorgers en bezoekers van onze website.

## Wie is verantwoordelijk?

Het bevoegd gezag van de school, het bestuur van Stichting OVO-MH, is verwerkingsverantwoordelijke. De dagelijkse uitvoering is belegd bij de rector van Lyceum Hofstede.

## Welke gegevens verwerken wij?

Wij verwerken alleen gegevens die nodig zijn voor het onderwijs en de begeleiding van leerlingen, zoals:

- naam, adres, geboortedatum en burgerservicenummer (BSN) van de leerling;
- contactgegevens van ouders en verzorgers;
- cijfers, absenties, handelingsplannen en verslagen van de zorgcoördinator;
- foto's voor de schoolpas en het leerlingvolgsysteem.

## Met wie delen wij gegevens?

Wij delen gegevens met de Dienst Uitvoering Onderwijs (DUO), de leerplichtambtenaar en de inspectie als de wet dat verplicht. Daarnaast werken wij met verwerkers die namens ons gegevens verwerken:

- Iddink (leermiddelen en de 'ELO');
- Magister van Iddink Learning Solutions (leerlingadministratie);
- Microsoft 365 Education (e-mail en samenwerken).

Met alle verwerkers sluiten wij een verwerkersovereenkomst volgens het Model Verwerkersovereenkomst van het Convenant Digitale Onderwijsmiddelen en Privacy.

## Hoe lang bewaren wij gegevens?

Het leerlingdossier bewaren wij tot twee jaar nadat de leerling de school heeft verlaten. De gegevens voor de leerlingadministratie die nodig zijn voor DUO bewaren wij zeven jaar.

## Uw rechten

Ouders van leerlingen jonger dan 16 jaar en leerlingen vanaf 16 jaar hebben het recht op inzage, correctie en verwijdering van gegevens. U kunt een verzoek indienen bij de administratie van de school.

## Functionaris gegevensbescherming

Onze functionaris gegevensbescherming (FG) is mevrouw J. de Graaf. U kunt haar bereiken via [fg@ovo-mh.nl](mailto:fg@ovo-mh.nl). U heeft ook het recht een klacht in te dienen bij de [Autoriteit Persoonsgegevens](https://autoriteitpersoonsgegevens.nl).

## Veelgestelde vragen

### Mag de school foto's van mijn kind op de website plaatsen?

Alleen met uw toestemming. Wij vragen die toestemming ieder jaar opnieuw. U kunt uw toestemming altijd intrekken via de mentor.

### Wordt het mobiele telefoongebruik van leerlingen gecontroleerd?

Nee. Telefoons gaan tijdens de lessen in de telefoontas; wij bekijken de inhoud van telefoons niet.

### Welke gegevens gaan er naar de nieuwe school bij een overstap?

Bij een overstap sturen wij een onderwijskundig rapport naar de nieuwe school. U krijgt dit rapport eerst te zien.
"""

EDITS = [
    {"note": "processor added (Zermelo timetabling)",
     "repl": [("- Microsoft 365 Education (e-mail en samenwerken).", "- Microsoft 365 Education (e-mail en samenwerken);\n- Zermelo (roosters en keuzewerktijduren).")]},
    {"note": "edit inside a collapsed Divi toggle: photo consent now asked at enrolment and each school year via Magister (silent, version date kept)",
     "bump": False,
     "repl": [("Wij vragen die toestemming ieder jaar opnieuw.", "Wij vragen die toestemming bij de inschrijving en daarna aan het begin van elk schooljaar via Magister.")]},
    {"note": "retention of the pupil file changed from two to five years",
     "repl": [("tot twee jaar nadat de leerling", "tot vijf jaar nadat de leerling")]},
    {"note": "new section on camera surveillance added",
     "repl": [("## Uw rechten", "## Camerabeveiliging\n\nIn de fietsenkelder en bij de hoofdingang hangen camera's. De beelden worden vier weken bewaard en alleen bekeken bij een incident.\n\n## Uw rechten")]},
    {"note": "DPO changed (external bureau) and new contact address",
     "repl": [("Onze functionaris gegevensbescherming (FG) is mevrouw J. de Graaf. U kunt haar bereiken via [fg@ovo-mh.nl](mailto:fg@ovo-mh.nl).",
               "Onze functionaris gegevensbescherming (FG) is ondergebracht bij Privacy op School B.V. U kunt de FG bereiken via [privacy@ovo-mh.nl](mailto:privacy@ovo-mh.nl).")]},
]

PROMO = dt.datetime(2024, 8, 20)
NEWS = [("Uitslag examens: 96% geslaagd", "uitslag-examens"), ("Leerlingen winnen debatwedstrijd", "debatwedstrijd"),
        ("Werkweek Berlijn groot succes", "werkweek-berlijn"), ("Nieuwe sporthal geopend", "nieuwe-sporthal"),
        ("Hofstede wint Excellente School", "excellente-school"), ("Kerstviering in de Sint-Jan", "kerstviering"),
        ("Technasium-project met de gemeente", "technasium-gemeente")]


def texturize(raw):
    """WordPress' wptexturize on a text run (apostrophes, quotes, dashes, ellipses) after escaping."""
    t = html.escape(raw, quote=False)
    t = re.sub(r"(\w)'(\w)", "\\1&#8217;\\2", t)
    t = re.sub(r"(^|\s|\()'", "\\1&#8216;", t)
    t = t.replace("'", "&#8217;")
    t = re.sub(r'(^|\s|\()"', "\\1&#8220;", t).replace('"', "&#8221;")
    return t.replace(" - ", " &#8211; ").replace("...", "&#8230;")


def inl(t):
    return C.inline_html(t, text=texturize)


def wp_block(b):
    kind, v = b
    if kind in ("h1", "h2", "h3"):
        return "<%s>%s</%s>" % (kind, inl(v), kind)
    if kind == "p":
        return "<p>%s</p>" % inl(v)
    if kind in ("ul", "ol"):
        return "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % inl(i) for i in v), kind)
    raise ValueError(kind)


def open_day(when):
    """Next open day (first Saturday of February/late January) and the countdown's values at capture time."""
    y = when.year if when.month < 2 or (when.month == 2 and when.day < 3) else when.year + 1
    d = dt.datetime(y, 2, 1, 10, 0)
    while d.weekday() != 5:
        d += dt.timedelta(days=1)
    left = d - when
    return d, left.days, left.seconds // 3600, (left.seconds // 60) % 60, left.seconds % 60


def vakantie(when):
    y = when.year if when.month >= 8 else when.year - 1
    return "%d-%d" % (y, y + 1), [("Herfstvakantie", "%d oktober t/m %d oktober %d" % (14 + y % 3, 22 + y % 3, y)),
                                  ("Kerstvakantie", "%d december %d t/m %d januari %d" % (21 + y % 4, y, 4 + y % 4, y + 1)),
                                  ("Voorjaarsvakantie", "%d februari t/m %d februari %d" % (15 + y % 5, 23 + y % 5, y + 1)),
                                  ("Meivakantie", "26 april t/m 4 mei %d" % (y + 1)),
                                  ("Zomervakantie", "%d juli t/m %d augustus %d" % (12 + y % 6, 24 + y % 6, y + 1))]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["nonces"] = (C.hexs(rng, 10), C.hexs(rng, 10), C.hexs(rng, 10))
    s["et_cache"] = C.keep_or(rng, prev.get("et_cache"), 0.4, lambda: str(int(C.epoch(when)) - rng.randint(0, 400000)))
    s["countdown"] = open_day(when)
    s["vakantie"] = vakantie(when)[0]
    s["news"] = C.keep_or(rng, prev.get("news"), 0.6, lambda: tuple(rng.sample(range(len(NEWS)), 3)))
    s["cmplz"] = C.keep_or(rng, prev.get("cmplz"), 0.15, lambda: (prev.get("cmplz") or 23) + 1)
    s["promo"] = when >= PROMO
    minor = 9 if when.year < 2022 else 17 if when.year < 2023 else 22 if when.year < 2024 else 25
    pv = prev.get("ver")
    s["ver"] = C.keep_or(rng, pv if pv and pv.startswith("4.%d." % minor) else None, 0.3,
                         lambda: "4.%d.%d" % (minor, rng.randint(0, 6)))
    return s


LABELS = {
    "nonces": "WordPress/Divi per-visit nonces (et_frontend_nonce, et_ab_log_nonce, wp_rest)",
    "et_cache": "Divi et-cache file version (static CSS regenerated)",
    "countdown": "open-day countdown timer module beside the policy",
    "vakantie": "holiday timetable (vakantierooster) beside the policy rolls over per school year",
    "news": "news module beside the policy",
    "cmplz": "Complianz banner version",
    "promo": "school-app promo section inserted above the policy (Divi section numbers shift)",
    "ver": "Divi theme version in asset URLs",
}


class Idx:
    def __init__(self):
        self.n = {}

    def __call__(self, kind):
        k = self.n.get(kind, 0)
        self.n[kind] = k + 1
        return "et_pb_%s_%d" % (kind, k)


def render(s, blocks, when):
    ix = Idx()
    head, secs = C.split_sections(blocks)
    title = blocks[0][1]
    sections = []

    def section(inner, extra=""):
        return ('<div class="et_pb_section %s%s et_section_regular" >\n%s\n</div>' % (ix("section"), extra, inner))

    def row(inner):
        return '<div class="et_pb_row %s">\n%s\n</div>' % (ix("row"), inner)

    def col(kind, inner, last=False):
        return ('<div class="et_pb_column et_pb_column_%s %s  et_pb_css_mix_blend_mode_passthrough%s">\n%s\n</div>'
                % (kind, ix("column"), " et-last-child" if last else "", inner))

    def text(inner, dark=False):
        return ('<div class="et_pb_module et_pb_text %s  et_pb_text_align_left et_pb_bg_layout_%s">\n'
                '<div class="et_pb_text_inner">%s</div>\n</div>' % (ix("text"), "dark" if dark else "light", inner))

    sections.append(section(row(col("4_4", text("<h1>%s</h1>" % inl(title), dark=True), last=True)),
                            " et_pb_with_background"))
    if s["promo"]:
        sections.append(section(row(
            col("1_2", text("<h2>Download de Hofstede-app</h2><p>Rooster, cijfers en berichten van school in &eacute;&eacute;n app. "
                            "Nu te downloaden voor iOS en Android.</p>")) +
            col("1_2", '<div class="et_pb_module et_pb_image %s"><span class="et_pb_image_wrap "><img decoding="async" '
                'src="https://www.lyceumhofstede.nl/wp-content/uploads/2024/08/hofstede-app.png" alt="Hofstede-app" '
                'title="hofstede-app" class="wp-image-3182" /></span></div>' % ix("image"), last=True)),
            " et_pb_with_background"))
    # policy column: intro text module, one text module per section, toggles for the FAQ
    mods = [text("\n".join(wp_block(b) for b in head[1:]))]
    for h, bl in secs:
        if h == "Veelgestelde vragen":
            mods.append(text("<h2>%s</h2>" % inl(h)))
            for q, qb in C.under_headings(bl):
                t = ix("toggle")
                mods.append('<div class="et_pb_module et_pb_toggle %s et_pb_toggle_item  et_pb_toggle_close">\n'
                            '<h5 class="et_pb_toggle_title">%s</h5>\n<div class="et_pb_toggle_content clearfix">%s</div>\n'
                            '</div>' % (t, inl(q), "\n".join(wp_block(b) for b in qb)))
        else:
            mods.append(text("<h2>%s</h2>\n%s" % (inl(h), "\n".join(wp_block(b) for b in bl))))
    policy_col = col("2_3", "\n".join(mods))
    d, dd, hh, mm, ss = s["countdown"]
    cd = ('<div class="et_pb_module et_pb_countdown_timer %s et_pb_bg_layout_dark" data-end-timestamp="%d">\n'
          '<div class="et_pb_countdown_timer_container clearfix"><h4 class="title">Open dag %d %s</h4>'
          '<div class="days section values" data-short="Dag" data-full="Dag(en)"><p class="value">%02d</p><p class="label">Dag(en)</p></div><div class="sep section"><p>:</p></div>'
          '<div class="hours section values" data-short="Uur" data-full="Uur"><p class="value">%02d</p><p class="label">Uur</p></div><div class="sep section"><p>:</p></div>'
          '<div class="minutes section values" data-short="Min" data-full="Minuten"><p class="value">%02d</p><p class="label">Minuten</p></div><div class="sep section"><p>:</p></div>'
          '<div class="seconds section values" data-short="Sec" data-full="Seconden"><p class="value">%02d</p><p class="label">Seconden</p></div>'
          '</div>\n</div>' % (ix("countdown_timer"), int(C.epoch(d)) - 3600, d.day, MAANDEN[d.month - 1], dd, hh, mm, ss))
    vy, vrows = vakantie(when)
    vak = text("<h3>Vakantierooster %s</h3>\n<table><tbody>%s</tbody></table>" %
               (vy, "".join("<tr><td>%s</td><td>%s</td></tr>" % r for r in vrows)))
    news = ('<div class="et_pb_module et_pb_blog_0 %s et_pb_bg_layout_light"><div class="et_pb_ajax_pagination_container">%s</div></div>'
            % (ix("blog"), "".join('<article class="et_pb_post clearfix et_pb_blog_item_0_%d post type-post status-publish format-standard hentry category-nieuws">'
                                   '<h2 class="entry-title"><a href="https://www.lyceumhofstede.nl/nieuws/%s/">%s</a></h2>'
                                   '<p class="post-meta"><span class="published">%s</span></p></article>'
                                   % (n, NEWS[k][1], html.escape(NEWS[k][0]),
                                      (when - dt.timedelta(days=5 + 11 * n + k)).strftime("%d %b %Y")) for n, k in enumerate(s["news"]))))
    side_col = col("1_3", cd + "\n" + vak + "\n" + news, last=True)
    sections.append(section(row(policy_col + "\n" + side_col)))
    sections.append(section(row(col("4_4", text(
        "<h2>Privacyverklaring sollicitanten</h2><p>Solliciteert u bij Stichting OVO-MH? Wij bewaren uw sollicitatiegegevens "
        "tot vier weken na afloop van de procedure, of met uw toestemming &eacute;&eacute;n jaar. Referenties nemen wij alleen "
        "na overleg met u.</p><p>Bekijk ook onze <a href=\"https://www.lyceumhofstede.nl/werken-bij/\">vacatures</a>.</p>"), last=True))))
    sections.append(section(row(col("4_4", text(
        "<h2>Aanmelden voor de brugklas?</h2><p>Bekijk alle informatie over de aanmelding voor schooljaar %s.</p>"
        "<p><a class=\"et_pb_button\" href=\"https://www.lyceumhofstede.nl/aanmelden/\">Aanmelden</a></p>"
        % vakantie(when + dt.timedelta(days=240))[0], dark=True), last=True)), " et_pb_with_background"))
    n1, n2, n3 = s["nonces"]
    cache = s["et_cache"]
    cm_ver = s["cmplz"]
    ver = s["ver"]
    return ('<!DOCTYPE html>\n<html lang="nl-NL">\n<head>\n\t<meta charset="UTF-8" />\n'
            '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n\t<link rel="pingback" href="https://www.lyceumhofstede.nl/xmlrpc.php" />\n\n'
            '\t<script type="text/javascript">\n\t\tdocument.documentElement.className = \'js\';\n\t</script>\n\t\n'
            '<title>Privacyverklaring | Lyceum Hofstede</title>\n'
            '<link rel="stylesheet" id="divi-style-parent-css" href="https://www.lyceumhofstede.nl/wp-content/themes/Divi/style-static.min.css?ver=%s" type="text/css" media="all" />\n'
            '<link rel="stylesheet" id="cmplz-general-css" href="https://www.lyceumhofstede.nl/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=%s" type="text/css" media="all" />\n'
            '<link rel="https://api.w.org/" href="https://www.lyceumhofstede.nl/wp-json/" /><link rel="alternate" type="application/json" href="https://www.lyceumhofstede.nl/wp-json/wp/v2/pages/214" />\n'
            '<link rel="canonical" href="%s" />\n<link rel="shortlink" href="https://www.lyceumhofstede.nl/?p=214" />\n'
            '<style id="et-divi-customizer-global-cached-inline-styles">#main-header,#main-header .nav li ul,.et-search-form,#main-header .et_mobile_menu{background-color:#00365f}.et_pb_button{border-radius:3px}</style>\n'
            '<link rel="stylesheet" id="et-core-unified-deferred-214-cached-inline-styles" href="https://www.lyceumhofstede.nl/wp-content/et-cache/214/et-core-unified-deferred-214.min.css?ver=%s" />\n'
            '</head>\n'
            '<body class="privacy-policy page-template-default page page-id-214 et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade '
            'et_secondary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns4 et_cover_background et_pb_gutter linux et_pb_gutters3 '
            'et_pb_pagebuilder_layout et_no_sidebar et_divi_theme et-db">\n'
            '\t<div id="page-container">\n\t\t\t<header id="main-header" data-height-onload="66">\n\t\t\t<div class="container clearfix et_menu_container">\n'
            '\t\t\t\t<div class="logo_container">\n\t\t\t\t\t<span class="logo_helper"></span>\n\t\t\t\t\t<a href="https://www.lyceumhofstede.nl/">\n'
            '\t\t\t\t\t\t<img src="https://www.lyceumhofstede.nl/wp-content/uploads/2020/06/logo-hofstede.png" width="312" height="96" alt="Lyceum Hofstede" id="logo" data-height-percentage="54" />\n'
            '\t\t\t\t\t</a>\n\t\t\t\t</div>\n'
            '\t\t\t\t<div id="et-top-navigation" data-height="66" data-fixed-height="40"><nav id="top-menu-nav"><ul id="top-menu" class="nav">'
            '<li id="menu-item-31" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-31"><a href="https://www.lyceumhofstede.nl/onderwijs/">Onderwijs</a></li>'
            '<li id="menu-item-32" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-32"><a href="https://www.lyceumhofstede.nl/ouders/">Ouders</a></li>'
            '<li id="menu-item-33" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-33"><a href="https://www.lyceumhofstede.nl/aanmelden/">Aanmelden</a></li>'
            '<li id="menu-item-34" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-34"><a href="https://www.lyceumhofstede.nl/contact/">Contact</a></li>'
            '</ul></nav><div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Selecteer een pagina</span><span class="mobile_menu_bar mobile_menu_bar_toggle"></span></div></div></div>\n'
            '\t\t\t</div>\n\t\t</header>\n'
            '\t\t<div id="et-main-area">\n\t\n<div id="main-content">\n\n\n\t\t\t\n\t\t\t\t'
            '<article id="post-214" class="post-214 page type-page status-publish hentry">\n\n\t\t\t\t\n\t\t\t\t\t<div class="entry-content">\n'
            '\t\t\t\t\t<div class="et-l et-l--post">\n\t\t\t<div class="et_builder_inner_content et_pb_gutters3">\n%s\n\t\t</div>\n\t</div>\n'
            '\t\t\t\t\t</div>\n\n\t\t\t\t\n\t\t\t\t</article>\n\n\t\t\t\n\n</div>\n\n\n'
            '\t\t\t<footer id="main-footer">\n<div class="container"><div id="footer-widgets" class="clearfix"><div class="footer-widget">'
            '<div id="text-2" class="fwidget et_pb_widget widget_text"><h4 class="title">Lyceum Hofstede</h4><div class="textwidget"><p>Burgemeester Martenssingel 12<br />\n2806 AB Gouda<br />\n0182 512 400</p></div></div></div></div></div>\n'
            '<div id="footer-bottom"><div class="container clearfix"><div id="footer-info">&copy; %d Lyceum Hofstede &#8211; <a href="https://www.lyceumhofstede.nl/privacyverklaring/">Privacyverklaring</a> &#8211; <a href="https://www.lyceumhofstede.nl/cookiebeleid-eu/">Cookiebeleid (EU)</a></div></div></div>\n'
            '\t\t\t</footer>\n\t\t</div>\n\n\t\t\t</div>\n\n\t'
            '<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences" '
            'aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">'
            '<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Beheer cookietoestemming</div></div>'
            '<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">Om de beste ervaringen te bieden, gebruiken wij technologie&euml;n zoals cookies om informatie over je apparaat op te slaan en/of te raadplegen.</div></div>'
            '<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepteren</button><button class="cmplz-btn cmplz-deny">Weigeren</button>'
            '<button class="cmplz-btn cmplz-view-preferences">Voorkeuren bekijken</button></div>'
            '<div class="cmplz-links cmplz-documents"><ul><li><a class="cmplz-link cookie-statement" href="https://www.lyceumhofstede.nl/cookiebeleid-eu/" data-relative_url="#cmplz-cookies-overview">Cookiebeleid</a></li>'
            '<li><a class="cmplz-link privacy-statement" href="https://www.lyceumhofstede.nl/privacyverklaring/" data-relative_url="#cmplz-privacy-statement">Privacyverklaring</a></li></ul></div></div></div>\n'
            '<script type="text/javascript" id="cmplz-cookiebanner-js-extra">\n/* <![CDATA[ */\nvar complianz = {"prefix":"cmplz_","user_banner_id":"1","set_cookies":[],"block_ajax_content":"","banner_version":"%d","version":"%s","store_consent":"","do_not_track_enabled":"","consenttype":"optin","region":"eu","geoip":"","dismiss_timeout":"","disable_cookiebanner":"","soft_cookiewall":"","dismiss_on_scroll":"","cookie_expiry":"365","url":"https:\\/\\/www.lyceumhofstede.nl\\/wp-json\\/complianz\\/v1\\/","locale":"lang=nl&locale=nl_NL","set_cookies_on_root":"","cookie_domain":"","current_policy_id":"%d","cookie_path":"\\/","categories":{"statistics":"statistieken","marketing":"marketing"},"tcf_active":"","placeholdertext":"Klik om {category} cookies te accepteren en deze inhoud in te schakelen","css_file":"https:\\/\\/www.lyceumhofstede.nl\\/wp-content\\/uploads\\/complianz\\/css\\/banner-{banner_id}-{type}.css?v=%d","page_links":{"eu":{"cookie-statement":{"title":"Cookiebeleid ","url":"https:\\/\\/www.lyceumhofstede.nl\\/cookiebeleid-eu\\/"},"privacy-statement":{"title":"Privacyverklaring","url":"https:\\/\\/www.lyceumhofstede.nl\\/privacyverklaring\\/"}}}};\n/* ]]> */\n</script>\n'
            '<script type="text/javascript" id="divi-custom-script-js-extra">\n/* <![CDATA[ */\nvar DIVI = {"item_count":"%%d Item","items_count":"%%d Items"};\n'
            'var et_builder_utils_params = {"condition":{"diviTheme":true,"extraTheme":false},"scrollLocations":["app","top"],"builderScrollLocations":{"desktop":"app","tablet":"app","phone":"app"},"onloadScrollLocation":"app","builderType":"fe"};\n'
            'var et_frontend_scripts = {"builderCssContainerPrefix":"#et-boc","builderCssLayoutPrefix":"#et-boc .et-l"};\n'
            'var et_pb_custom = {"ajaxurl":"https:\\/\\/www.lyceumhofstede.nl\\/wp-admin\\/admin-ajax.php","images_uri":"https:\\/\\/www.lyceumhofstede.nl\\/wp-content\\/themes\\/Divi\\/images","builder_images_uri":"https:\\/\\/www.lyceumhofstede.nl\\/wp-content\\/themes\\/Divi\\/includes\\/builder\\/images","et_frontend_nonce":"%s","subscription_failed":"Kijk dan de velden hieronder om ervoor te zorgen u de juiste informatie.","et_ab_log_nonce":"%s","fill_message":"Vul alstublieft de volgende gebieden in:","contact_error_message":"Gelieve de volgende fouten te verbeteren:","invalid":"Ongeldig e-mail","captcha":"Captcha","prev":"Vorig","previous":"Vorige","next":"Volgende","wrong_captcha":"U hebt het verkeerde nummer in de captcha ingevoerd.","ignore_waypoints":"no","is_divi_theme_used":"1","widget_search_selector":".widget_search","ab_tests":[],"is_ab_testing_active":"","page_id":"214","unique_test_id":"","ab_bounce_rate":"5","is_cache_plugin_active":"no","is_shortcode_tracking":"","tinymce_uri":"","accent_color":"#00365f","waypoints_options":[]};\n'
            'var wpApiSettings = {"root":"https:\\/\\/www.lyceumhofstede.nl\\/wp-json\\/","nonce":"%s"};\n/* ]]> */\n</script>\n'
            '<script type="text/javascript" src="https://www.lyceumhofstede.nl/wp-content/themes/Divi/js/scripts.min.js?ver=%s" id="divi-custom-script-js"></script>\n'
            '</body>\n</html>\n'
            % (ver, "6.5.%d" % (cm_ver % 7), URL, cache, "\n".join(sections), when.year, cm_ver, "6.5.%d" % (cm_ver % 7),
               cm_ver + 11, cm_ver, n1, n2, n3, ver))


PAGE = {
    "service": "Lyceum Hofstede", "url": URL, "lang": "nl-NL", "platform": "WordPress + Divi",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Link", '<https://www.lyceumhofstede.nl/wp-json/>; rel="https://api.w.org/"'),),
    "n": 30, "start": dt.date(2021, 1, 15), "end": dt.date(2026, 7, 31), "hours": (1, 13),
    "policy": POLICY, "first_updated": dt.date(2020, 10, 12), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".et_pb_section_0 h1", ".et_pb_section_2 .et_pb_column_2_3"]},
    "history": [{"fetch": URL, "select": [".et_pb_section_0 h1", ".et_pb_section_1 .et_pb_column_2_3"],
                 "validUntil": "2024-08-20T00:00:00Z"}],
}
