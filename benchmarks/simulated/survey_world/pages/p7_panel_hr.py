"""Klik Anketa - hr paid online surveys panel - WordPress with the Divi theme (Divi Builder page: a trust row of
number counters, the policy text module, a blog-module row), Cookie Notice & Compliance, WP Rocket."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import skit as K  # noqa: E402

URL = "https://www.klikanketa.hr/pravila-privatnosti/"
EURO = dt.datetime(2023, 1, 1)

POLICY = K.unwrap("""
# Pravila privatnosti

Zadnja izmjena: {UPDATED}

Ova pravila privatnosti objašnjavaju kako Pulsar istraživanja d.o.o. kao voditelj obrade prikuplja i obrađuje osobne
    podatke članova panela Klik Anketa, ispitanika i posjetitelja internetske stranice, u skladu s Općom uredbom o
    zaštiti podataka (GDPR) i Zakonom o provedbi Opće uredbe o zaštiti podataka.

## 1. Voditelj obrade

@ Pulsar istraživanja d.o.o., OIB: 48211937056
@ Heinzelova ulica 62a, 10000 Zagreb
@ E-pošta: [privatnost@klikanketa.hr](mailto:privatnost@klikanketa.hr)

## 2. Koje podatke prikupljamo

- ime, prezime i adresu e-pošte;
- godinu rođenja, spol, županiju i mjesto stanovanja;
- obrazovanje, radni status i prihode kućanstva, ako ih navedete u profilu;
- broj osobne iskaznice, kada ga zatražimo radi provjere identiteta prije isplate;
- odgovore u anketama;
- IBAN ili PayPal račun za isplatu nagrada;
- IP adresu, vrstu uređaja i preglednika te kolačiće.

Podatke prikupljamo izravno od Vas prilikom registracije i ispunjavanja anketa te automatski kada koristite našu
    stranicu i aplikaciju.

## 3. Svrhe i pravne osnove obrade

| Svrha | Pravna osnova |
| Vođenje članstva u panelu i slanje pozivnica na ankete | Izvršenje ugovora |
| Provođenje anketa i analiza odgovora | Privola |
| Isplata nagrada i vođenje poslovnih knjiga | Izvršenje ugovora i zakonska obveza |
| Sprječavanje prijevara i višestrukih računa | Legitimni interes |
| Slanje newslettera | Privola |

## 4. Nagrade za sudjelovanje

Za svaku ispunjenu anketu dobivate bodove koje možete zamijeniti za isplatu na bankovni račun, PayPal ili poklon-bonove.
    Minimalni iznos isplate je 50 kuna. Za isplatu obrađujemo Vaše ime, prezime i IBAN odnosno PayPal račun.
    Bodovi ne zastarijevaju dok je Vaš račun aktivan. Ako zatvorite račun, neiskorišteni bodovi isplaćuju se ako
    dosežu najmanji iznos za isplatu.

## 5. Kome dostavljamo podatke

Naručiteljima istraživanja dostavljamo isključivo zbirne ili anonimizirane rezultate. Neke ankete sadrže pitanja o
    zdravlju ili političkim stavovima; odgovaranje na njih je dobrovoljno, a odgovore obrađujemo samo uz Vašu izričitu
    privolu. Vaše ime i kontakt podaci
    nikada se ne dostavljaju naručitelju bez Vaše izričite privole. Podatke obrađuju i sljedeći izvršitelji obrade:

| Izvršitelj obrade | Usluga | Država |
| Hetzner Online GmbH | Smještaj poslužitelja | Njemačka |
| PayPal (Europe) S.à r.l. et Cie, S.C.A. | Isplata nagrada | Luksemburg |
| Rocket Science Group LLC (Mailchimp) | Slanje pozivnica i newslettera | SAD |

Sa svim izvršiteljima obrade sklopili smo ugovore o obradi podataka. Prijenos podataka u SAD temelji se na
    standardnim ugovornim klauzulama Europske komisije ili na Okviru EU-a i SAD-a za privatnost podataka.

## 6. Razdoblje čuvanja

Podatke o članstvu čuvamo dok ste član panela. Neaktivne račune, na koje se niste prijavili 24 mjeseca, brišemo nakon
    prethodne obavijesti e-poštom. Odgovore u anketama anonimiziramo najkasnije 12 mjeseci nakon završetka istraživanja.
    Knjigovodstvene isprave čuvamo 11 godina u skladu sa Zakonom o računovodstvu.

## 7. Vaša prava

- pravo na pristup podacima;
- pravo na ispravak netočnih podataka;
- pravo na brisanje („pravo na zaborav”);
- pravo na ograničenje obrade;
- pravo na prenosivost podataka;
- pravo na prigovor i povlačenje privole u bilo kojem trenutku.

Svoja prava možete ostvariti slanjem zahtjeva na [privatnost@klikanketa.hr](mailto:privatnost@klikanketa.hr).
    Ako smatrate da obrada Vaših podataka krši propise, možete podnijeti prigovor Agenciji za zaštitu osobnih podataka
    (AZOP), Selska cesta 136, 10000 Zagreb.

## 8. Kolačići

Koristimo nužne kolačiće za rad stranice i prijavu u račun te analitičke kolačiće samo uz Vašu privolu, koju možete
    promijeniti putem poveznice „Postavke kolačića” u podnožju stranice.

## 9. Maloljetnici

Članom panela može postati osoba starija od 16 godina. Ankete namijenjene mlađim ispitanicima provodimo isključivo
    uz privolu roditelja ili skrbnika.

## 10. Sigurnost podataka

Podatke štitimo šifriranim vezama, ograničenim pristupom i redovitim sigurnosnim kopijama. Pristup osobnim podacima
    imaju samo zaposlenici kojima su potrebni za obavljanje posla.

## 11. Izmjene pravila privatnosti

O bitnim izmjenama ovih pravila obavijestit ćemo članove panela e-poštom najmanje 15 dana prije njihove primjene.
    Datum posljednje izmjene naveden je na vrhu ove stranice, a prethodne verzije pravila možete zatražiti putem
    adrese za privatnost.
""")

EDITS = [
    {"note": "list item removed: ID card number no longer collected before payouts",
     "repl": [("- broj osobne iskaznice, kada ga zatražimo radi provjere identiteta prije isplate;\n", "")]},
    {"note": "minimum payout converted after the euro changeover (50 kuna -> 7 eura)",
     "repl": [("Minimalni iznos isplate je 50 kuna.", "Minimalni iznos isplate je 7 eura.")]},
    {"note": "processor table: new row Aircash d.o.o. (payouts to the Aircash app, Croatia)",
     "repl": [("| PayPal (Europe) S.à r.l. et Cie, S.C.A. | Isplata nagrada | Luksemburg |",
               "| PayPal (Europe) S.à r.l. et Cie, S.C.A. | Isplata nagrada | Luksemburg |\n"
               "| Aircash d.o.o. | Isplata nagrada u aplikaciju Aircash | Hrvatska |")]},
    {"note": "new paragraph on automated fraud scoring of answers (human review before a ban)",
     "repl": [("Knjigovodstvene isprave čuvamo 11 godina u skladu sa Zakonom o računovodstvu.",
               "Knjigovodstvene isprave čuvamo 11 godina u skladu sa Zakonom o računovodstvu.\n\n"
               "Kvalitetu odgovora provjeravamo automatski (prebrzo ispunjavanje, ponavljanje istih odgovora, "
               "VPN\n    veze). Račun se nikada ne zatvara samo na temelju automatske procjene: svaki slučaj prije "
               "blokade\n    pregledava zaposlenik, a odluku možete osporiti odgovorom na našu obavijest.")]},
    {"note": "controller's address changed (Heinzelova 62a -> Radnička cesta 80)",
     "repl": [("@ Heinzelova ulica 62a, 10000 Zagreb", "@ Radnička cesta 80, 10000 Zagreb")]},
]
for _e in EDITS:
    _e["repl"] = [(K.unwrap(a), K.unwrap(b)) for a, b in _e["repl"]]

TOPICS = ["Kako prepoznati lažne ankete koje obećavaju zaradu", "5 savjeta za brže skupljanje bodova",
          "Što naručitelji rade s vašim odgovorima?", "Rezultati istraživanja: kako Hrvati kupuju online",
          "Zašto ponekad ne zadovoljite uvjete ankete", "Novo: isplata nagrada za 24 sata",
          "Istraživanje: ljetovanje na Jadranu", "Kako popuniti profil i dobiti više pozivnica",
          "Rezultati: omiljeni načini plaćanja", "Upoznajte naš tim za kvalitetu podataka",
          "Istraživanje o navikama gledanja serija", "Kako čuvamo anonimnost vaših odgovora",
          "Rezultati: štednja i inflacija", "Anketa mjeseca: kućni ljubimci", "Sigurnost računa: dvofaktorska prijava"]
BLOG0 = dt.datetime(2021, 6, 3, 9)
PROMOS = {"advent": "Adventski izazov: 3 ankete tjedno = dodatnih 500 bodova!",
          "ljeto": "Ljetna nagradna igra: svaki tjedan 5 × 20 € poklon-bona"}


def posts(when):
    k = int((when - BLOG0).days // 23)
    return [(j, BLOG0 + dt.timedelta(days=23 * j, hours=j % 5)) for j in range(k, max(k - 3, -1), -1)]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"nonces": C.keep_or(rng, prev.get("nonces"), 0.8, lambda: (K.wp_nonce(rng), K.wp_nonce(rng),
                                                                     K.wp_nonce(rng)))}
    s["et_cache"] = K.deploy_hash(rng, prev.get("et_cache"), 0.35, lambda: C.epoch(when) - rng.randint(600, 900000))
    s["rocket"] = when - dt.timedelta(seconds=rng.randint(60, 36000))
    members = K.grow(when, dt.datetime(2022, 1, 1), 96400, 21.5)
    paid = K.grow(when, dt.datetime(2022, 1, 1), 2480000, 1310.0)
    s["counters"] = (members, paid if when < EURO else int(paid / 7.5345), "kn" if when < EURO else "€")
    s["blog"] = tuple(j for j, _ in posts(when))
    s["promo"] = K.season(when, [((11, 28), (12, 24), "advent"), ((6, 15), (8, 31), "ljeto")])
    return s


LABELS = {"nonces": "et_frontend_nonce / et_ab_log_nonce / Cookie Notice nonce (per cache build)",
          "et_cache": "Divi et-cache dynamic CSS ?ver=", "rocket": "WP Rocket cache timestamp comment",
          "counters": "trust row number counters: members, paid out (kn -> €) (inside, removed)",
          "blog": "blog module row 'Najnovije s bloga' (inside, removed)", "promo": "top header seasonal promo"}


def render(s, blocks, when):
    n1, n2, n3 = s["nonces"]
    members, paid, cur = s["counters"]
    text = C.render_blocks(blocks, sep="")
    grid = "".join(
        '<article id="post-%d" class="et_pb_post clearfix et_pb_blog_item_0_%d post-%d post type-post status-publish '
        'format-standard has-post-thumbnail hentry category-blog"><div class="et_pb_image_container"><a href="https://'
        'www.klikanketa.hr/blog/%d/" class="entry-featured-image-url"><img decoding="async" src="https://www.klik'
        'anketa.hr/wp-content/uploads/%d/%02d/blog-%d-400x250.jpg" alt="" class="" width="400" height="250" /></a>'
        '</div><h2 class="entry-title"><a href="https://www.klikanketa.hr/blog/%d/">%s</a></h2><p class="post-meta">'
        '<span class="published">%s %d, %d</span></p><div class="post-content"><div class="post-content-inner">'
        '<p>%s…</p></div></div></article>'
        % (1200 + j, n, 1200 + j, 1200 + j, d.year, d.month, j, 1200 + j, C.esc(TOPICS[j % len(TOPICS)]),
           K.HR_MONTHS_SHORT[d.month - 1], d.day, d.year, C.esc(TOPICS[j % len(TOPICS)][:48]))
        for n, (j, d) in enumerate(posts(when)))
    promo = ('<div id="top-header"><div class="container clearfix"><div id="et-info"><span id="et-info-phone">%s'
             '</span></div></div></div>' % C.esc(PROMOS[s["promo"]])) if s["promo"] else ""
    return (
        '<!DOCTYPE html>\n<html lang="hr">\n<head>\n\t<meta charset="UTF-8" />\n<meta http-equiv="X-UA-Compatible" '
        'content="IE=edge">\n\t<link rel="pingback" href="https://www.klikanketa.hr/xmlrpc.php" />\n\n\t<script '
        'type="text/javascript">\n\t\tdocument.documentElement.className = \'js\';\n\t</script>\n\t\n\t<title>Pravila '
        'privatnosti | Klik Anketa</title>\n<meta name=\'robots\' content=\'max-image-preview:large\' />\n<link rel='
        '\'stylesheet\' id=\'cookie-notice-front-css\' href=\'https://www.klikanketa.hr/wp-content/plugins/cookie-'
        'notice/css/front.min.css?ver=2.4.16\' type=\'text/css\' media=\'all\' />\n<link rel=\'stylesheet\' id=\'divi-'
        'dynamic-css\' href=\'https://www.klikanketa.hr/wp-content/et-cache/412/et-divi-dynamic-412.css?ver=%d\' '
        'type=\'text/css\' media=\'all\' />\n<link rel=\'stylesheet\' id=\'divi-style-parent-css\' href=\'https://www.'
        'klikanketa.hr/wp-content/themes/Divi/style-static.min.css?ver=4.24.2\' type=\'text/css\' media=\'all\' />\n'
        '<script type="text/javascript" id="cookie-notice-front-js-before">\n/* <![CDATA[ */\nvar cnArgs = {"ajaxUrl":'
        '"https:\\/\\/www.klikanketa.hr\\/wp-admin\\/admin-ajax.php","nonce":"%s","hideEffect":"fade","position":'
        '"bottom","onScroll":false,"onScrollOffset":100,"onClick":false,"cookieName":"cookie_notice_accepted",'
        '"cookieTime":2592000,"cookieTimeRejected":2592000,"globalCookie":false,"redirection":false,"cache":true,'
        '"revokeCookies":false,"revokeCookiesOpt":"automatic"};\n/* ]]> */\n</script>\n<link rel="https://api.w.org/" '
        'href="https://www.klikanketa.hr/wp-json/" /><link rel="canonical" href="%s" />\n<meta name="viewport" '
        'content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0" /><link rel="stylesheet" '
        'id="et-core-unified-412-cached-inline-styles" href="https://www.klikanketa.hr/wp-content/et-cache/412/et-core-'
        'unified-412.min.css?ver=%d" /></head>\n<body class="privacy-policy page-template-default page page-id-412 '
        'et_pb_button_helper_class et_fixed_nav et_show_nav et_secondary_nav_enabled et_primary_nav_dropdown_animation_'
        'fade et_secondary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns4 et_cover_background '
        'et_pb_gutter et_pb_gutters3 et_pb_pagebuilder_layout et_no_sidebar et_divi_theme et-db">\n\t<div id="page-'
        'container">\n%s\n\t\t\t<header id="main-header" data-height-onload="66">\n\t\t\t<div class="container '
        'clearfix et_menu_container">\n\t\t\t\t\t\t\t<div class="logo_container">\n\t\t\t\t\t<span class="logo_helper">'
        '</span>\n\t\t\t\t\t<a href="https://www.klikanketa.hr/">\n\t\t\t\t\t\t<img src="https://www.klikanketa.hr/wp-'
        'content/uploads/2020/09/klik-anketa-logo.png" width="186" height="60" alt="Klik Anketa" id="logo" data-'
        'height-percentage="54" />\n\t\t\t\t\t</a>\n\t\t\t\t</div>\n\t\t\t\t\t\t\t<div id="et-top-navigation" data-'
        'height="66" data-fixed-height="40">\n\t\t\t\t\t\t\t\t\t\t\t<nav id="top-menu-nav">\n\t\t\t\t\t\t<ul id="top-'
        'menu" class="nav"><li id="menu-item-23" class="menu-item menu-item-type-post_type menu-item-object-page '
        'menu-item-23"><a href="https://www.klikanketa.hr/kako-funkcionira/">Kako funkcionira</a></li>\n<li id="menu-'
        'item-24" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-24"><a href="https://www.'
        'klikanketa.hr/nagrade/">Nagrade</a></li>\n<li id="menu-item-25" class="menu-item menu-item-type-post_type '
        'menu-item-object-page menu-item-25"><a href="https://www.klikanketa.hr/blog/">Blog</a></li>\n<li id="menu-item'
        '-'
        '26" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-26"><a href="https://app.klik'
        'anketa.hr/prijava">Prijava</a></li>\n</ul>\t\t\t\t\t\t</nav>\n\t\t\t\t\t\t</div> <!-- #et-top-navigation -->\n'
        '\t\t\t</div> <!-- .container -->\n\t\t\t\t\t</header> <!-- #main-header -->\n\t\t\t<div id="et-main-area">\n'
        '\t\n<div id="main-content">\n\n\n\t\t\t\n\t\t\t\t\n\t\t\t\t<article id="post-412" class="post-412 page type-'
        'page status-publish hentry">\n\n\t\t\t\t\n\t\t\t\t\t<div class="entry-content">\n\t\t\t\t\t<div class="et-l '
        'et-l--post">\n\t\t\t<div class="et_builder_inner_content et_pb_gutters3">\n\t\t<div class="et_pb_section '
        'et_pb_section_0 et_pb_with_background et_section_regular" >\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t'
        '<div class="et_pb_row et_pb_row_0">\n\t\t\t\t<div class="et_pb_column et_pb_column_1_2 et_pb_column_0  et_pb_'
        'css_mix_blend_mode_passthrough">\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t<div class="et_pb_with_'
        'border et_pb_module et_pb_number_counter et_pb_number_counter_0 et_pb_text_align_center et_pb_bg_layout_light '
        'et_pb_with_title" data-number-value="%d" data-number-separator=".">\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t\n'
        '\t\t\t\t<div class="percent" ><p><span class="percent-value"></span><span class="percent-sign"></span></p>'
        '</div>\n\t\t\t\t<h3 class="title">Aktivnih članova</h3>\n\t\t\t</div>\n\t\t\t</div><div class="et_pb_column '
        'et_pb_column_1_2 et_pb_column_1  et_pb_css_mix_blend_mode_passthrough et-last-child">\n\t\t\t\t\n\t\t\t\t\n'
        '\t\t\t\t\n\t\t\t\t\n\t\t\t\t<div class="et_pb_with_border et_pb_module et_pb_number_counter et_pb_number_count'
        'er'
        '_1 et_pb_text_align_center et_pb_bg_layout_light et_pb_with_title" data-number-value="%d" data-number-'
        'separator=".">\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t<div class="percent" ><p><span class="percent-'
        'value"></span><span class="percent-sign">%s</span></p></div>\n\t\t\t\t<h3 class="title">Isplaćeno članovima'
        '</h3>\n\t\t\t</div>\n\t\t\t</div>\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t\n\t\t\t</div>\n\t\t\t\t\n\t\t\t'
        '</div><div class="et_pb_section et_pb_section_1 et_section_regular" >\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t'
        '\n\t\t\t\t<div class="et_pb_row et_pb_row_1">\n\t\t\t\t<div class="et_pb_column et_pb_column_4_4 et_pb_column_'
        '2  et_pb_css_mix_blend_mode_passthrough et-last-child">\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t<div '
        'class="et_pb_module et_pb_text et_pb_text_0  et_pb_text_align_left et_pb_bg_layout_light">\n\t\t\t\t\n\t\t\t'
        '\t\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t<div class="et_pb_text_inner">%s</div>\n\t\t\t</div>\n\t\t\t</div>\n\t\t\t\t'
        '\n\t\t\t\t\n\t\t\t</div>\n\t\t\t\t\n\t\t\t\t\n\t\t\t</div><div class="et_pb_section et_pb_section_2 et_pb_with'
        '_'
        'background et_section_regular" >\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t<div class="et_pb_row et_'
        'pb_row_2">\n\t\t\t\t<div class="et_pb_column et_pb_column_4_4 et_pb_column_3  et_pb_css_mix_blend_mode_'
        'passthrough et-last-child">\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t<div class="et_pb_module et_pb_'
        'text et_pb_text_1  et_pb_text_align_left et_pb_bg_layout_light">\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t\n\t\t'
        '\t\t<div class="et_pb_text_inner"><h2>Najnovije s bloga</h2></div>\n\t\t\t</div><div class="et_pb_module et_'
        'pb_blog_0 et_pb_blog_grid_wrapper et_pb_bg_layout_light">\n\t\t\t\t\t<div class="et_pb_blog_grid clearfix ">'
        '\n\t\t\t\t\t\n\t\t\t\t\t\n\t\t\t\t\t\n\t\t\t\t\t\n\t\t\t\t\t<div class="et_pb_ajax_pagination_container">\n'
        '\t\t\t\t\t\t<div class="et_pb_salvattore_content" data-columns>%s</div>\n\t\t\t\t\t\t</div>\n\t\t\t\t\t</div>'
        '\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t\t\t\n\t\t\t\t\n\t\t\t</div>\n\t\t\t\t\n\t\t\t\t\n\t\t\t</div>\t\t</div>\n'
        '\t</div>\n\t\n\t\t\t\t\t</div>\n\n\t\t\t\t\n\t\t\t\t</article>\n\n\t\t\t\n\n</div>\n\n\n\t\t\t<footer id="main'
        '-'
        'footer">\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t<div id="footer-bottom">\n\t\t\t\t\t<div class="container clearfix">\n'
        '\t\t\t\t<div id="footer-info">© %d Pulsar istraživanja d.o.o. · <a href="https://www.klikanketa.hr/'
        'pravila-privatnosti/">Pravila privatnosti</a> · <a href="#" class="cn-revoke-cookie cn-button-inline cn-'
        'revoke-inline" data-hide="0">Postavke kolačića</a></div>\t\t\t\t\t</div>\n\t\t\t\t</div>\n\t\t\t</footer>\n'
        '\t\t</div>\n\n\n\t</div>\n\n\t<script type="text/javascript" id="divi-custom-script-js-extra">\n/* <![CDATA[ '
        '*/\nvar DIVI = {"item_count":"%%d Item","items_count":"%%d Items"};\nvar et_builder_utils_params = {"condition'
        '"'
        ':{"diviTheme":true,"extraTheme":false},"scrollLocations":["app","top"],"builderScrollLocations":{"desktop":'
        '"app","tablet":"app","phone":"app"},"onloadScrollLocation":"app","builderType":"fe"};\nvar et_frontend_'
        'scripts = {"builderCssContainerPrefix":"#et-boc","builderCssLayoutPrefix":"#et-boc .et-l"};\nvar et_pb_custom '
        '= {"ajaxurl":"https:\\/\\/www.klikanketa.hr\\/wp-admin\\/admin-ajax.php","images_uri":"https:\\/\\/www.'
        'klikanketa.hr\\/wp-content\\/themes\\/Divi\\/images","builder_images_uri":"https:\\/\\/www.klikanketa.hr\\/wp-'
        'content\\/themes\\/Divi\\/includes\\/builder\\/images","et_frontend_nonce":"%s","subscription_failed":"Molimo '
        'provjerite polja u nastavku kako biste bili sigurni da ste unijeli ispravne podatke.","et_ab_log_nonce":"%s",'
        '"fill_message":"Molimo ispunite sljede\\u0107a polja:","contact_error_message":"Molimo popravite sljede\\u0107'
        'e '
        'pogre\\u0161ke:","invalid":"Neispravna e-po\\u0161ta","captcha":"Captcha","prev":"Prethodno","previous":'
        '"Prethodna","next":"Sljede\\u0107e","wrong_captcha":"Unijeli ste pogre\\u0161an broj u captcha.","wrong_'
        'checkbox":"Checkbox","ignore_waypoints":"no","is_divi_theme_used":"1","widget_search_selector":".widget_'
        'search","ab_tests":[],"is_ab_testing_active":"","page_id":"412","unique_test_id":"","ab_bounce_rate":"5",'
        '"is_cache_plugin_active":"yes","is_shortcode_tracking":"","tinymce_uri":"","accent_color":"#f26b1d",'
        '"waypoints_options":[]};\n/* ]]> */\n</script>\n<script type="text/javascript" src="https://www.klikanketa.hr/'
        'wp-content/themes/Divi/js/scripts.min.js?ver=4.24.2" id="divi-custom-script-js"></script>\n\n\t\t<!-- Cookie '
        'Notice plugin v2.4.16 by Hu-manity.co https://hu-manity.co/ -->\n\t\t<div id="cookie-notice" role="dialog" '
        'class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="'
        'background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-'
        'notice-text" class="cn-text-container">Koristimo kolačiće kako bismo vam pružili najbolje iskustvo na našoj '
        'web stranici.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-'
        'cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Prihvati">Prihvati</a><a href="#"'
        ' '
        'id="cn-refuse-cookie" data-cookie-set="refuse" class="cn-set-cookie cn-button" aria-label="Odbij">Odbij</a>'
        '</span></div>\n\t\t\t\n\t\t</div>\n\t\t<!-- / Cookie Notice plugin --></body>\n</html>\n\n<!-- This website is'
        ' '
        'like a Rocket, isn\'t it? Performance optimized by WP Rocket. Learn more: https://wp-rocket.me - Debug: '
        'cached@%d -->'
        % (s["et_cache"], n3, URL, s["et_cache"], promo, members, paid, cur, text, grid, when.year, n1, n2,
           C.epoch(s["rocket"])))


PAGE = {
    "service": "Klik Anketa", "url": URL, "lang": "hr-HR", "platform": "WordPress + Divi (Divi Builder), WP Rocket",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 2, 20), "end": dt.date(2026, 10, 1), "hours": (2, 14, 20),
    "policy": POLICY, "first_updated": dt.date(2021, 7, 12), "fmt_date": K.hr_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article#post-412 .entry-content"],
                    "remove": [".et_pb_section_0", ".et_pb_section_2"]},
}
