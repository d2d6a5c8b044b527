"""Klub prijatelja Pomorskog muzeja Rijeka - hr museum membership scheme - WordPress + Divi, The Events Calendar."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lkit as K  # noqa: E402
from lkit import C  # noqa: E402

URL = "https://www.pomorskimuzej-rijeka.hr/klub-prijatelja/politika-privatnosti/"


def fmt_date(d):
    return "%d. %s %d." % (d.day, K.MONTHS["hr"][d.month - 1], d.year)


POLICY = """
# Politika privatnosti Kluba prijatelja muzeja

Posljednja izmjena: {UPDATED}

Ova politika privatnosti objašnjava kako Pomorski muzej Rijeka, javna ustanova u kulturi, prikuplja i obrađuje osobne podatke članova Kluba prijatelja muzeja, kupaca ulaznica u webshopu te posjetitelja ove mrežne stranice, u skladu s Općom uredbom o zaštiti podataka (GDPR) i Zakonom o provedbi Opće uredbe o zaštiti podataka.

## Voditelj obrade

@ Pomorski muzej Rijeka
@ Muzejski trg 1
@ 51000 Rijeka
@ OIB: 41283610567
@ Tel.: +385 51 213 578

Službenik za zaštitu podataka: Ivana Knežević, [szp@pomorskimuzej-rijeka.hr](mailto:szp@pomorskimuzej-rijeka.hr).

## Koje podatke prikupljamo

Prilikom učlanjenja u Klub prijatelja prikupljamo sljedeće podatke:

- ime i prezime te datum rođenja;
- adresu stanovanja, adresu e-pošte i broj mobitela;
- vrstu članstva (individualno, obiteljsko, studentsko ili umirovljeničko) i datum isteka članske iskaznice;
- podatke o plaćanju članarine (bez podataka o platnoj kartici, koje obrađuje isključivo procesor plaćanja);
- podatke o posjetima izložbama i sudjelovanju u vođenjima za članove.

## Svrha i pravna osnova obrade

Osobne podatke obrađujemo radi izvršenja ugovora o članstvu (izdavanje iskaznice, besplatan ulaz, popusti u muzejskoj trgovini), radi ispunjenja zakonskih obveza (računovodstvo i porezni propisi) te, uz vašu privolu, radi slanja newslettera o izložbama i događanjima. Privolu možete povući u bilo kojem trenutku putem poveznice u svakom newsletteru.

## Primatelji i izvršitelji obrade

| Izvršitelj obrade | Svrha | Sjedište |
| CorvusPay d.o.o. | Naplata članarine i ulaznica karticama | Zagreb |
| Mailerlite UAB | Slanje newslettera | Vilnius, Litva |
| Infosit d.o.o. | Održavanje sustava blagajne i evidencije članova | Rijeka |
| Hetzner Online GmbH | Smještaj mrežne stranice | Njemačka |

Podatke ne prenosimo u treće zemlje izvan Europskog gospodarskog prostora.

## Rok čuvanja

Podatke o članovima čuvamo za vrijeme trajanja članstva i dvije godine nakon isteka posljednje članske iskaznice, kako bismo vas mogli pozvati na obnovu članstva. Računovodstvene isprave čuvamo 11 godina u skladu sa Zakonom o računovodstvu. Podatke o pretplati na newsletter čuvamo do povlačenja privole.

## Vaša prava

Imate pravo na pristup, ispravak i brisanje podataka, pravo na ograničenje obrade, pravo na prenosivost podataka te pravo na prigovor. Zahtjev možete poslati službeniku za zaštitu podataka. Ako smatrate da je obrada nezakonita, možete podnijeti prigovor Agenciji za zaštitu osobnih podataka ([azop.hr](https://azop.hr)).

## Kolačići

Mrežna stranica koristi nužne kolačiće te, uz vašu privolu, kolačiće za analitiku posjećenosti. Postavke kolačića možete promijeniti u bilo kojem trenutku putem poveznice u podnožju stranice.
"""

EDITS = [
    {"note": "processor table: Mailerlite replaced by Brevo (Sendinblue SAS, Paris)",
     "repl": [("| Mailerlite UAB | Slanje newslettera | Vilnius, Litva |",
               "| Sendinblue SAS (Brevo) | Slanje newslettera | Pariz, Francuska |")]},
    {"note": "DPO changed (Ivana Knežević -> Marko Perić)",
     "repl": [("Službenik za zaštitu podataka: Ivana Knežević,", "Službenik za zaštitu podataka: Marko Perić,")]},
    {"note": "list item added: photo on the membership card (digital card in the app)",
     "repl": [("- podatke o plaćanju članarine", "- fotografiju za digitalnu člansku iskaznicu u aplikaciji "
               "Muzej+ (nije obavezno);\n- podatke o plaćanju članarine")]},
    {"note": "retention of former members two years -> one year",
     "repl": [("i dvije godine nakon isteka posljednje", "i godinu dana nakon isteka posljednje")]},
    {"note": "typo fixed without a new date (Njemačka -> Falkenstein, Njemačka)", "bump": False,
     "repl": [("| Hetzner Online GmbH | Smještaj mrežne stranice | Njemačka |",
               "| Hetzner Online GmbH | Smještaj mrežne stranice | Falkenstein, Njemačka |")]},
    {"note": "new sentence: photos and video at members' events",
     "repl": [("putem poveznice u svakom newsletteru.", "putem poveznice u svakom newsletteru. Na događanjima za "
               "članove muzej može fotografirati i snimati radi izvještavanja javnosti; o tome ćemo vas obavijestiti "
               "na ulazu.")]},
]

PROMOS = {"spring": ("Proljetna akcija: obiteljsko članstvo", "25,00 €", "30. travnja"),
          "summer": ("Ljeto u muzeju: 2 + 1 gratis za članove", "15,00 €", "31. kolovoza"),
          "autumn": ("Noć muzeja se bliži – učlanite se", "20,00 €", "31. siječnja"),
          "winter": ("Poklonite članstvo za Božić", "18,00 €", "24. prosinca")}
EVENTS = ["Kustosko vodstvo: Brodovi Kvarnera", "Radionica izrade makete jedrenjaka", "Predavanje: Riječka luka 1900.",
          "Obiteljska nedjelja u muzeju",
          "Otvorenje izložbe: Život na svjetioniku", "Koncert u atriju Guvernerove palače"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"nonce": (C.hexs(rng, 10), C.hexs(rng, 10))}
    s["promo"] = K.season(when, [(3, 5, "spring"), (6, 8, "summer"), (9, 11, "autumn"), (12, 12, "winter"),
                                 (1, 2, "autumn")])
    s["divi"] = C.keep_or(rng, prev.get("divi"), 0.5, lambda: str(int(C.epoch(when)) - rng.randint(0, 900000)))
    s["events"] = C.keep_or(rng, prev.get("events"), 0.85, lambda: tuple(rng.sample(range(len(EVENTS)), 3)))
    s["members"] = C.keep_or(rng, prev.get("members"), 0.6, lambda: 1800 + i * 23 + rng.randint(0, 40))
    return s


LABELS = {"nonce": "WordPress nonces (et_frontend_nonce, tribe REST nonce)",
          "promo": "seasonal membership promotion (Divi CTA module INSIDE the selected row)",
          "divi": "Divi static CSS file timestamp (et-core-unified-*.min.css)", "events": "upcoming events widget",
          "members": "member counter in the CTA module (INSIDE)"}


def render(s, blocks, when):
    t, price, until = PROMOS[s["promo"]]
    cta = ('<div class="et_pb_module et_pb_promo et_pb_promo_0 et_pb_bg_layout_dark et_pb_text_align_center">'
           '<div class="et_pb_promo_description"><h2 class="et_pb_module_header">%s</h2><div>Već nas je %s. '
           'Članarina od %s, akcija traje do %s.</div></div><div class="et_pb_button_wrapper"><a class="et_pb_button '
           'et_pb_promo_button" href="/klub-prijatelja/uclanjenje/">Učlani se</a></div></div>'
           % (C.esc(t), C.group_digits(s["members"], "."), price, until))
    body = C.render_blocks(blocks)
    # the CTA module sits in the same column, after the text module
    ev = "".join('<div class="tribe-events-widget-events-list__event-row"><time datetime="%s">%s</time> '
                 '<a href="/dogadanja/%d/" class="tribe-events-widget-events-list__event-title-url">%s</a></div>'
                 % ((when + dt.timedelta(days=3 + 6 * n)).date().isoformat(),
                    fmt_date((when + dt.timedelta(days=3 + 6 * n)).date()), k, C.esc(EVENTS[k]))
                 for n, k in enumerate(s["events"]))
    return ('<!DOCTYPE html>\n<html lang="hr">\n<head>\n<meta charset="UTF-8" />\n'
            '<title>Politika privatnosti | Pomorski muzej Rijeka</title>\n'
            '<link rel="stylesheet" id="divi-style-css" href="https://www.pomorskimuzej-rijeka.hr/wp-content/themes/'
            'Divi/style-static.min.css?ver=4.%d.%d" type="text/css" media="all" />\n'
            '<link rel="stylesheet" id="et-core-unified-1187-cached-inline-styles" href="https://www.pomorskimuzej-'
            'rijeka.hr/wp-content/et-cache/1187/et-core-unified-1187.min.css?ver=%s" />\n'
            '<script id="divi-custom-script-js-extra">var DIVI = {"item_count":"%%d Item","items_count":"%%d Items"};'
            'var et_frontend_scripts = {"builderCssContainerPrefix":"#et-boc","builderCssLayoutPrefix":"#et-boc '
            '.et-l"};var et_pb_custom = {"ajaxurl":"https:\\/\\/www.pomorskimuzej-rijeka.hr\\/wp-admin\\/admin-ajax.'
            'php","et_frontend_nonce":"%s","subscription_failed":"Provjerite polja."};</script>\n'
            '<script id="tribe-events-views-v2-js-extra">var TribeEvents = {"rest_nonce":"%s"};</script>\n</head>\n'
            '<body class="page-template-default page page-id-1187 page-child et_pb_button_helper_class '
            'et_fullwidth_nav et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_pb_gutters3 '
            'et_pb_pagebuilder_layout et_divi_theme et-db">\n<div id="page-container">\n'
            '<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container">'
            '<div class="logo_container"><a href="https://www.pomorskimuzej-rijeka.hr/"><img src="/wp-content/uploads'
            '/2021/03/pmr-logo.png" alt="Pomorski muzej Rijeka" id="logo" /></a></div><div id="et-top-navigation">'
            '<nav id="top-menu-nav"><ul id="top-menu" class="nav"><li class="menu-item"><a href="/izlozbe/">Izložbe'
            '</a></li><li class="menu-item"><a href="/posjet/">Posjet</a></li><li class="menu-item current-page-'
            'ancestor"><a href="/klub-prijatelja/">Klub prijatelja</a></li><li class="menu-item"><a href="/webshop/">'
            'Webshop</a></li></ul></nav></div></div></header>\n<div id="et-main-area"><div id="main-content">'
            '<article id="post-1187" class="post-1187 page type-page status-publish hentry"><div class="entry-content">'
            '<div id="et-boc" class="et-boc"><div class="et-l et-l--post"><div class="et_builder_inner_content '
            'et_pb_gutters3">\n<div class="et_pb_section et_pb_section_0 et_pb_with_background et_section_regular">'
            '<div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0">'
            '<div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_left et_pb_bg_layout_light">'
            '<div class="et_pb_text_inner">\n%s\n</div></div>\n%s\n</div></div></div>\n'
            '<div class="et_pb_section et_pb_section_1 et_section_regular"><div class="et_pb_row et_pb_row_1">'
            '<div class="et_pb_column et_pb_column_4_4 et_pb_column_1"><div class="et_pb_module et_pb_code '
            'et_pb_code_0"><div class="et_pb_code_inner"><div class="tribe-common tribe-events tribe-events-widget">'
            '<h2 class="tribe-events-widget-events-list__header-title">Nadolazeća događanja</h2>%s</div></div></div>'
            '</div></div></div>\n</div></div></div></div></article></div>\n'
            '<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix"><div id="footer-info">'
            '© Pomorski muzej Rijeka · <a href="#" class="cmplz-manage-consent">Postavke kolačića</a></div></div></div>'
            '</footer></div></div>\n<script src="https://www.pomorskimuzej-rijeka.hr/wp-content/themes/Divi/js/'
            'scripts.min.js?ver=4.%d.%d" id="divi-custom-script-js"></script>\n</body>\n</html>\n'
            % (20 + (when.year - 2022) * 2, when.month % 4, s["divi"], s["nonce"][0], s["nonce"][1], body, cta, ev,
               20 + (when.year - 2022) * 2, when.month % 4))


PAGE = {
    "service": "Klub prijatelja Pomorskog muzeja Rijeka", "url": URL, "lang": "hr", "platform": "WordPress + Divi",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 2, 1), "end": dt.date(2026, 4, 30), "hours": (3, 8, 17),
    "policy": POLICY, "first_updated": dt.date(2021, 11, 3), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".et_pb_section_0 .et_pb_column_0"], "remove": [".et_pb_promo"]},
}
