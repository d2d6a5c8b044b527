"""Van Dijk & De Boer Administratie en Advies (Zwolle) - nl-NL - WordPress + Divi, Complianz consent.

"Disclaimer, privacyverklaring en cookieverklaring": an intro text module, then a Divi accordion with one item per
document (Disclaimer open, Privacyverklaring, Cookieverklaring), each item with a CSS ID. The privacy policy is the
"Privacyverklaring" item (its toggle title and content). The cookieverklaring is its own document (Complianz's
cookie list changes are not privacy changes).
"""
import datetime as dt
import common as C

URL = "https://www.vandijkdeboer.nl/disclaimer-privacy-cookies/"
MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MAANDEN[d.month - 1], d.year)


POLICY = """
# Privacyverklaring

Van Dijk & De Boer Administratie en Advies B.V. verwerkt persoonsgegevens van klanten, hun medewerkers en bezoekers van deze website. In deze privacyverklaring leggen wij uit welke gegevens wij verwerken, waarom we dat doen en welke rechten u heeft op grond van de Algemene verordening gegevensbescherming (AVG).

### Wie zijn wij?

@ Van Dijk & De Boer Administratie en Advies B.V.
@ Assendorperstraat 112
@ 8012 DM Zwolle
@ KvK 05082941
@ E-mail: privacy@vandijkdeboer.nl
@ Telefoon: 038 421 09 87

Wij hebben geen functionaris voor gegevensbescherming aangesteld, omdat wij daartoe niet verplicht zijn. Vragen over privacy kunt u stellen via bovenstaand e-mailadres.

### Welke persoonsgegevens verwerken wij?

Afhankelijk van de dienstverlening verwerken wij de volgende gegevens:

- naam, adres, woonplaats, telefoonnummer en e-mailadres;
- geboortedatum en burgerservicenummer (BSN), voor zover nodig voor aangiften en loonadministratie;
- financiële gegevens, zoals bankrekeningnummers, jaaropgaven, gegevens over inkomen, vermogen en schulden;
- gegevens over uw gezinssituatie, als die van belang zijn voor uw belastingaangifte of toeslagen;
- loongegevens en personeelsgegevens van werknemers van klanten, voor de salarisadministratie;
- gegevens die u verstrekt via het contactformulier op deze website.

Bijzondere persoonsgegevens, zoals gegevens over gezondheid, verwerken wij alleen als dat nodig is voor een aftrekpost in uw aangifte inkomstenbelasting (bijvoorbeeld specifieke zorgkosten) en u ons die gegevens zelf verstrekt.

### Waarom verwerken wij persoonsgegevens?

Wij verwerken persoonsgegevens voor de volgende doelen:

- het voeren van de financiële administratie en het opstellen van jaarrekeningen;
- het verzorgen van belastingaangiften en het aanvragen van toeslagen namens u;
- het verwerken van de salarisadministratie van uw onderneming;
- het voldoen aan onze wettelijke verplichtingen, waaronder het cliëntenonderzoek op grond van de Wet ter voorkoming van witwassen en financieren van terrorisme (Wwft);
- het beantwoorden van vragen die u via de website, telefonisch of per e-mail stelt;
- het versturen van onze digitale nieuwsbrief met fiscale actualiteiten, als u zich daarvoor heeft aangemeld.

### Hoe komen wij aan uw gegevens?

De meeste gegevens ontvangen wij van u zelf, bijvoorbeeld via het intakeformulier, ons klantportaal of per e-mail. Met uw machtiging halen wij daarnaast gegevens op bij de Belastingdienst, zoals de vooraf ingevulde aangifte en uw toeslaggegevens. Voor de salarisadministratie ontvangen wij gegevens van werknemers via hun werkgever, onze klant. Bij het cliëntenonderzoek raadplegen wij het Handelsregister van de Kamer van Koophandel en het UBO-register.

### Op welke grondslag?

Wij verwerken uw gegevens omdat dat nodig is voor de uitvoering van de overeenkomst van opdracht die wij met u sluiten, omdat wij daartoe wettelijk verplicht zijn (bijvoorbeeld de Wwft en de fiscale bewaarplicht), of op basis van uw toestemming (nieuwsbrief). Voor de verwerking van het BSN geldt dat wij dit nummer alleen gebruiken waar de wet dat toestaat.

### Met wie delen wij uw gegevens?

Wij verstrekken uw gegevens alleen aan derden als dat nodig is voor de uitvoering van onze opdracht of om te voldoen aan een wettelijke verplichting, zoals aan de Belastingdienst, het UWV en pensioenfondsen.

Wij maken gebruik van de volgende verwerkers, met wie wij een verwerkersovereenkomst hebben gesloten:

- Twinfield (Wolters Kluwer) voor de financiële administratie;
- Loket.nl voor de salarisadministratie;
- Microsoft 365 voor e-mail en documentopslag;
- Laposta voor de nieuwsbrief;
- onze IT-beheerder en hostingpartij van deze website.

Uw gegevens worden binnen de Europese Economische Ruimte opgeslagen. Wij verkopen uw gegevens niet aan derden.

### Hoe lang bewaren wij uw gegevens?

Wij bewaren persoonsgegevens niet langer dan nodig is. Voor de administratie en aangiften geldt de fiscale bewaarplicht van zeven jaar. Gegevens die wij in het kader van de Wwft hebben vastgelegd, bewaren wij vijf jaar na het einde van de zakelijke relatie. Gegevens van het contactformulier verwijderen wij uiterlijk een jaar na afhandeling van uw vraag.

### Nieuwsbrief

Meldt u zich aan voor onze nieuwsbrief, dan gebruiken wij uw naam en e-mailadres om u ongeveer eens per maand te informeren over fiscale wijzigingen, subsidies en deadlines. Wij houden bij of u de nieuwsbrief opent en op welke links u klikt, zodat wij de inhoud kunnen verbeteren. U kunt zich op elk moment afmelden via de link onderaan iedere nieuwsbrief.

### Geautomatiseerde besluitvorming

Wij nemen geen besluiten die uitsluitend zijn gebaseerd op geautomatiseerde verwerkingen en die (aanzienlijke) gevolgen voor u kunnen hebben. Wel gebruiken onze boekhoudpakketten automatische koppelingen met uw bank om transacties te verwerken; de controle daarvan gebeurt altijd door een van onze medewerkers.

### Cookies

Onze website gebruikt functionele en analytische cookies. Hoe wij dat doen, leest u in onze cookieverklaring hieronder.

### Beveiliging

Wij nemen passende technische en organisatorische maatregelen om uw gegevens te beschermen tegen verlies en onrechtmatige verwerking. Zo is onze website beveiligd met een SSL-certificaat, werken wij met tweestapsverificatie, zijn laptops versleuteld en hebben alleen medewerkers die dat voor hun werk nodig hebben toegang tot uw dossier. Al onze medewerkers hebben een geheimhoudingsverklaring getekend.

Mocht er ondanks deze maatregelen een datalek plaatsvinden, dan melden wij dit, als de wet dat vereist, binnen 72 uur bij de Autoriteit Persoonsgegevens en informeren wij u als het lek waarschijnlijk een hoog risico voor u oplevert.

### Uw rechten

U heeft het recht om uw persoonsgegevens in te zien, te laten corrigeren of te laten verwijderen, voor zover wettelijke bewaartermijnen zich daar niet tegen verzetten. Ook kunt u bezwaar maken tegen de verwerking, vragen om beperking van de verwerking en uw gegevens laten overdragen aan een andere partij. Een gegeven toestemming kunt u altijd intrekken.

Een verzoek kunt u sturen naar privacy@vandijkdeboer.nl. Om zeker te weten dat het verzoek door u is gedaan, kunnen wij u vragen om u te identificeren. Wij reageren binnen vier weken op uw verzoek.

Heeft u een klacht over de manier waarop wij met uw gegevens omgaan? Neem dan eerst contact met ons op. U heeft ook het recht een klacht in te dienen bij de Autoriteit Persoonsgegevens via [autoriteitpersoonsgegevens.nl](https://www.autoriteitpersoonsgegevens.nl).

Deze privacyverklaring is voor het laatst gewijzigd op {UPDATED}.
"""

EDITS = [
    {"note": "processors: payroll software Loket.nl replaced by Nmbrs",
     "repl": [("- Loket.nl voor de salarisadministratie;", "- Nmbrs voor de salarisadministratie en het werknemersportaal;")]},
    {"note": "Wwft: copy of the ID document (BSN and photo may be shielded) added to the data list (silent, date not changed)", "bump": False,
     "repl": [("- gegevens die u verstrekt via het contactformulier op deze website.",
               "- een kopie van uw identiteitsbewijs, die wij op grond van de Wwft moeten vastleggen; u mag daarop het BSN en de pasfoto afschermen;\n- gegevens die u verstrekt via het contactformulier op deze website.")]},
    {"note": "security: secure e-mail via Zivver and client portal for document exchange; Zivver added to processors",
     "repl": [("Al onze medewerkers hebben een geheimhoudingsverklaring getekend.",
               "Documenten wisselen wij uit via ons beveiligde klantportaal en e-mails met gevoelige gegevens versturen wij versleuteld via Zivver. Al onze medewerkers hebben een geheimhoudingsverklaring getekend."),
              ("- Laposta voor de nieuwsbrief;", "- Laposta voor de nieuwsbrief;\n- Zivver voor het veilig versturen van e-mail;")]},
    {"note": "privacy contact person named (no DPO: Linda de Boer is the internal privacy officer)",
     "repl": [("Wij hebben geen functionaris voor gegevensbescherming aangesteld, omdat wij daartoe niet verplicht zijn. Vragen over privacy kunt u stellen via bovenstaand e-mailadres.",
               "Wij hebben geen functionaris voor gegevensbescherming aangesteld, omdat wij daartoe niet verplicht zijn. Binnen ons kantoor is Linda de Boer aanspreekpunt voor privacyvragen; u bereikt haar via bovenstaand e-mailadres.")]},
    {"note": "new section 'Sollicitaties': applicants' data kept 4 weeks, or 1 year with consent",
     "repl": [("### Beveiliging", "### Sollicitaties\n\nSolliciteert u bij ons, dan gebruiken wij uw cv, motivatiebrief en de gegevens uit de gesprekken alleen voor de sollicitatieprocedure. Na afloop bewaren wij deze gegevens vier weken, of een jaar als u daar toestemming voor geeft, zodat wij u kunnen benaderen voor een toekomstige vacature.\n\n### Beveiliging")]},
]

# ---------------------------------------------------------------- other documents (noise)

COOKIELIST = [
    (dt.datetime(2000, 1, 1), [("cmplz_functional", "Complianz", "Bewaart cookievoorkeuren", "365 dagen"),
                               ("_ga", "Google Analytics", "Statistieken (privacyvriendelijk ingesteld, IP geanonimiseerd)", "2 jaar"),
                               ("_gid", "Google Analytics", "Statistieken", "1 dag")]),
    (dt.datetime(2023, 5, 8), [("cmplz_functional", "Complianz", "Bewaart cookievoorkeuren", "365 dagen"),
                               ("_ga", "Google Analytics 4", "Statistieken (privacyvriendelijk ingesteld)", "2 jaar"),
                               ("cmplz_statistics", "Complianz", "Bewaart toestemming voor statistieken", "365 dagen")]),
    (dt.datetime(2025, 2, 17), [("cmplz_functional", "Complianz", "Bewaart cookievoorkeuren", "365 dagen"),
                                ("cmplz_statistics", "Complianz", "Bewaart toestemming voor statistieken", "365 dagen"),
                                ("YSC", "YouTube", "Afspelen van de uitlegvideo's (alleen na toestemming)", "sessie")]),
]
ANALYTICS = [(dt.datetime(2000, 1, 1), "Google Analytics, privacyvriendelijk ingesteld volgens de handleiding van de Autoriteit Persoonsgegevens"),
             (dt.datetime(2025, 2, 17), "Plausible Analytics, een Europese dienst die geen cookies plaatst en geen persoonsgegevens opslaat")]
DISCLAIMER = [(dt.datetime(2000, 1, 1), False), (dt.datetime(2022, 9, 26), True)]
POSTS = ["Box 3: wat betekent het nieuwe stelsel voor u?", "Let op: aangifte inkomstenbelasting vóór 1 mei", "Nieuwe regels voor de werkkostenregeling",
         "Zzp'ers: de zelfstandigenaftrek daalt verder", "Wet DBA: handhaving per 1 januari", "Btw-suppletie: zo corrigeert u een fout",
         "Minimumloon per 1 januari verhoogd", "Kleineondernemersregeling: wat verandert er?"]


def at(table, when):
    cur = table[0]
    for row in table:
        if when >= row[0]:
            cur = row
    return cur


def disclaimer_src(s):
    email = ("\n\nE-mailberichten die u van ons ontvangt, zijn uitsluitend bestemd voor de geadresseerde. Bent u niet de beoogde ontvanger, "
             "verwijder het bericht dan en stel ons op de hoogte. Wij zijn niet aansprakelijk voor schade door het gebruik van e-mail, zoals vertraging of onderschepping."
             if s["disclaimer_email"] else "")
    return """Van Dijk & De Boer Administratie en Advies B.V. besteedt de grootst mogelijke zorg aan de informatie op deze website. Toch kan het voorkomen dat informatie onvolledig of onjuist is, of verouderd raakt door wijzigingen in wet- en regelgeving. Aan de inhoud van deze website kunnen geen rechten worden ontleend.

De informatie op deze website is algemeen van aard en geen vervanging van persoonlijk advies. Wij aanvaarden geen aansprakelijkheid voor schade die voortvloeit uit het gebruik van de informatie op deze website of op websites waarnaar wordt verwezen.%s

Alle teksten, afbeeldingen en het logo op deze website zijn eigendom van Van Dijk & De Boer Administratie en Advies B.V. Overname is alleen toegestaan met onze schriftelijke toestemming.""" % email


def cookies_src(s):
    rows = "\n".join("| %s | %s | %s | %s |" % r for r in s["cookielist"])
    return """Deze website maakt gebruik van cookies. Een cookie is een klein tekstbestand dat bij uw bezoek in uw browser wordt opgeslagen.

Functionele cookies zijn nodig om de website goed te laten werken en worden altijd geplaatst. Voor het meten van het websitebezoek gebruiken wij %s.

| Cookie | Dienst | Doel | Bewaartermijn |
%s

U kunt uw toestemming op elk moment wijzigen via de knop "Cookievoorkeuren" onderaan de pagina. Ook kunt u cookies verwijderen via de instellingen van uw browser.""" % (s["analytics"], rows)


def body_html(blocks):
    out = []
    for kind, v in blocks:
        if kind == "addr":
            out.append("<p>%s</p>" % "<br />\n".join(C.inline_html(l) for l in v))
        else:
            out.append(C.block_html((kind, v)))
    return "\n".join(out)


def gold_md(blocks):
    return "##### " + C.inline_md(blocks[0][1], URL) + "\n\n" + C.blocks_md(blocks[1:], URL)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["cookielist"] = tuple(at(COOKIELIST, when)[1])
    s["analytics"] = at(ANALYTICS, when)[1]
    s["disclaimer_email"] = at(DISCLAIMER, when)[1]
    s["etcache"] = C.keep_or(rng, prev.get("etcache"), 0.5, lambda: C.epoch(when) - rng.randint(100, 86400 * 14))
    s["cmplz"] = (C.hexs(rng, 10), C.keep_or(rng, (prev.get("cmplz") or (None, None))[1], 0.2, lambda: rng.randint(12, 60)))
    s["posts"] = C.keep_or(rng, prev.get("posts"), 0.6, lambda: tuple(rng.sample(range(len(POSTS)), 3)))
    s["divi"] = "4.%d.%d" % (min(27, 9 + i // 2), rng.choice([0, 1, 2]) if (prev.get("divi") is None or rng.random() < 0.2) else int(prev["divi"].split(".")[2]))
    return s


LABELS = {
    "cookielist": "other document: cookieverklaring's Complianz cookie list",
    "analytics": "other document: cookieverklaring's analytics service (Google Analytics -> Plausible)",
    "disclaimer_email": "other document: disclaimer gains an e-mail paragraph",
    "etcache": "Divi et-cache static CSS file timestamp",
    "cmplz": "Complianz nonce and banner version",
    "posts": "footer 'Laatste nieuws' blog posts",
    "divi": "Divi theme version in ?ver= and body class",
}


def toggle(idx, css_id, title, inner, opened):
    return ('<div id="%s" class="et_pb_module et_pb_toggle et_pb_accordion_item_%d et_pb_toggle_item %s">\n'
            '<h5 class="et_pb_toggle_title">%s</h5>\n<div class="et_pb_toggle_content clearfix">\n%s\n</div>\n</div>'
            % (css_id, idx, "et_pb_toggle_open" if opened else "et_pb_toggle_close", title, inner))


def render(s, blocks, when):
    ts = s["etcache"]
    nonce, bver = s["cmplz"]
    posts = "".join('<li><a href="/nieuws/%d/">%s</a> <span class="post-meta">%s</span></li>'
                    % (300 + k, POSTS[k], (when - dt.timedelta(days=9 * (n + 1))).strftime("%d-%m-%Y")) for n, k in enumerate(s["posts"]))
    acc = "\n".join([
        toggle(0, "disclaimer", "Disclaimer", body_html(C.parse_src(disclaimer_src(s))), True),
        toggle(1, "privacyverklaring", C.inline_html(blocks[0][1]), body_html(blocks[1:]), False),
        toggle(2, "cookieverklaring", "Cookieverklaring", body_html(C.parse_src(cookies_src(s))), False),
    ])
    return ('<!DOCTYPE html>\n<html lang="nl-NL">\n<head>\n<meta charset="UTF-8" />\n<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
            '<title>Disclaimer, privacyverklaring en cookieverklaring | Van Dijk &amp; De Boer</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0" />\n'
            '<link rel="stylesheet" id="divi-style-parent-css" href="https://www.vandijkdeboer.nl/wp-content/themes/Divi/style-static.min.css?ver=%s" type="text/css" media="all" />\n'
            '<link rel="stylesheet" id="et-core-unified-tb-77-deferred-412-cached-inline-styles" href="https://www.vandijkdeboer.nl/wp-content/et-cache/412/et-core-unified-412.min.css?ver=%d" />\n'
            '<link rel="stylesheet" id="cmplz-general-css" href="https://www.vandijkdeboer.nl/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=%d" type="text/css" media="all" />\n'
            '<link rel="canonical" href="%s" />\n</head>\n'
            '<body class="page-template-default page page-id-412 et_pb_button_helper_class et_fullwidth_nav et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns4 et_cover_background et_pb_gutter et_pb_gutters3 et_pb_pagebuilder_layout et_no_sidebar et_divi_theme et-db">\n'
            '<div id="page-container">\n<header id="main-header" data-height-onload="80"><div class="container clearfix et_menu_container"><div class="logo_container"><span class="logo_helper"></span>'
            '<a href="https://www.vandijkdeboer.nl/"><img src="https://www.vandijkdeboer.nl/wp-content/uploads/2019/03/logo-vdb.png" width="240" height="64" alt="Van Dijk &amp; De Boer Administratie en Advies" id="logo" data-height-percentage="54" /></a></div>'
            '<div id="et-top-navigation" data-height="80" data-fixed-height="40"><nav id="top-menu-nav"><ul id="top-menu" class="nav"><li class="menu-item"><a href="/diensten/">Diensten</a></li>'
            '<li class="menu-item"><a href="/over-ons/">Over ons</a></li><li class="menu-item"><a href="/tarieven/">Tarieven</a></li><li class="menu-item"><a href="/nieuws/">Nieuws</a></li><li class="menu-item"><a href="/contact/">Contact</a></li></ul></nav>'
            '<div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Selecteer een pagina</span><span class="mobile_menu_bar mobile_menu_bar_toggle"></span></div></div></div></div></header>\n'
            '<div id="et-main-area">\n<div id="main-content">\n<article id="post-412" class="post-412 page type-page status-publish hentry">\n<div class="entry-content">\n'
            '<div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">\n'
            '<div class="et_pb_section et_pb_section_0 et_pb_with_background et_section_regular"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0 et_pb_css_mix_blend_mode_passthrough et-last-child">'
            '<div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner"><h1>Disclaimer, privacyverklaring en cookieverklaring</h1>'
            '<p>Op deze pagina leest u onder welke voorwaarden u onze website gebruikt en hoe wij omgaan met uw persoonsgegevens. Klik op een onderwerp om het te openen.</p></div></div></div></div></div>\n'
            '<div class="et_pb_section et_pb_section_1 et_section_regular"><div class="et_pb_row et_pb_row_1"><div class="et_pb_column et_pb_column_4_4 et_pb_column_1 et_pb_css_mix_blend_mode_passthrough et-last-child">'
            '<div class="et_pb_module et_pb_accordion et_pb_accordion_0">\n%s\n</div></div></div></div>\n'
            '</div></div>\n</div>\n</article>\n</div>\n'
            '<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix"><div class="footer-widget"><div id="recent-posts-3" class="fwidget et_pb_widget widget_recent_entries"><h4 class="title">Laatste nieuws</h4><ul>%s</ul></div></div>'
            '<div class="footer-widget"><div class="fwidget et_pb_widget widget_text"><h4 class="title">Contact</h4><div class="textwidget"><p>Assendorperstraat 112<br />8012 DM Zwolle<br />038 421 09 87</p></div></div></div></div></div>'
            '<div id="footer-bottom"><div class="container clearfix"><div id="footer-info">&copy; %d Van Dijk &amp; De Boer | <a href="/disclaimer-privacy-cookies/">Disclaimer &amp; privacy</a> | <a href="#" class="cmplz-show-banner">Cookievoorkeuren</a></div></div></div></footer>\n'
            '</div>\n</div>\n'
            '<div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">'
            '<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Beheer cookietoestemming</div></div>'
            '<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">Om de beste ervaring te bieden, gebruiken wij technologieën zoals cookies om informatie over je apparaat op te slaan en/of te raadplegen.</div></div>'
            '<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepteren</button><button class="cmplz-btn cmplz-deny">Weigeren</button><button class="cmplz-btn cmplz-view-preferences">Voorkeuren bekijken</button></div></div>\n'
            '<script id="cmplz-cookiebanner-js-extra">var complianz = {"prefix":"cmplz_","user_banner_id":"1","set_cookies":[],"block_ajax_content":"","banner_version":"%d","version":"7.%d.0","store_consent":"","do_not_track_enabled":"","consenttype":"optin","region":"eu","geoip":"","dismiss_timeout":"","disable_cookiebanner":"","soft_cookiewall":"","dismiss_on_scroll":"","cookie_expiry":"365","url":"https:\\/\\/www.vandijkdeboer.nl\\/wp-json\\/complianz\\/v1\\/","locale":"lang=nl&locale=nl_NL","set_cookies_on_root":"","cookie_domain":"","current_policy_id":"24","cookie_path":"\\/","categories":{"statistics":"statistieken","marketing":"marketing"},"tcf_active":"","placeholdertext":"Klik om {category} cookies te accepteren en deze inhoud in te schakelen","css_file":"https:\\/\\/www.vandijkdeboer.nl\\/wp-content\\/uploads\\/complianz\\/css\\/banner-{banner_id}-{type}.css?v=%d","page_links":{"eu":{"cookie-statement":{"title":"Cookieverklaring","url":"https:\\/\\/www.vandijkdeboer.nl\\/disclaimer-privacy-cookies\\/#cookieverklaring"}}},"tm_categories":"","forceEnableStats":"","preview":"","clean_cookies":"","aria_label":"Klik om {category} cookies te accepteren en deze inhoud in te schakelen","nonce":"%s"};</script>\n'
            '<script src="https://www.vandijkdeboer.nl/wp-content/themes/Divi/js/scripts.min.js?ver=%s" id="divi-custom-script-js"></script>\n'
            '</body>\n</html>\n'
            % (s["divi"], ts, bver, URL, acc, posts, when.year, bver, bver // 10, bver, nonce, s["divi"]))


PAGE = {
    "service": "Van Dijk & De Boer", "url": URL, "lang": "nl-NL", "platform": "WordPress + Divi",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2021, 1, 18), "end": dt.date(2026, 2, 27),
    "policy": POLICY, "first_updated": dt.date(2020, 6, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": ["#privacyverklaring"]},
}
