"""Múzeumbarát Kör - hu museum friends' membership - WordPress + WPBakery (js_composer), WP-PostViews, AddToAny."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lkit as K  # noqa: E402
from lkit import C  # noqa: E402

URL = "https://muzeumbaratkor.hu/adatkezelesi-tajekoztato/"


def fmt_date(d):
    return "%d. %s %d." % (d.year, K.MONTHS["hu"][d.month - 1], d.day)


POLICY = """
# Adatkezelési tájékoztató

Hatályos: {UPDATED}

A Múzeumbarát Kör Egyesület (a továbbiakban: Egyesület) a tagjai, a Múzeumbarát kártya birtokosai és a honlap látogatói személyes adatait az Európai Parlament és a Tanács (EU) 2016/679 rendeletének (GDPR), valamint az információs önrendelkezési jogról és az információszabadságról szóló 2011. évi CXII. törvény (Infotv.) előírásainak megfelelően kezeli.

## Az adatkezelő

@ Múzeumbarát Kör Egyesület
@ 1088 Budapest, Múzeum körút 14–16.
@ Nyilvántartási szám: 01-02-0012345
@ E-mail: adatvedelem@muzeumbaratkor.hu
@ Telefon: +36 1 327 7700

Adatvédelmi tisztviselő: dr. Szabó Eszter.

## A kezelt adatok köre

- név, születési dátum, lakcím;
- e-mail-cím és telefonszám;
- a kártya típusa (egyéni, páros, családi, diák) és érvényessége;
- a partnermúzeumokban történt belépések időpontja;
- számlázási adatok.

## Az adatkezelés célja és jogalapja

A tagsági jogviszony és a Múzeumbarát kártya kezelése a szerződés teljesítése (GDPR 6. cikk (1) b) pont), a számlázás jogi kötelezettség (6. cikk (1) c) pont), a hírlevél küldése pedig az Ön hozzájárulása (6. cikk (1) a) pont) alapján történik.

## Adatfeldolgozók

| Adatfeldolgozó | Feladat | Székhely |
| SimplePay (OTP Mobil Kft.) | Online fizetés | Budapest |
| Számlázz.hu (KBOSS.hu Kft.) | Számlázás | Budapest |
| The Rocket Science Group LLC (Mailchimp) | Hírlevél | Egyesült Államok |
| Tárhely.Eu Szolgáltató Kft. | Tárhelyszolgáltatás | Budapest |

## Az adatok megőrzése

A tagsági adatokat a tagság megszűnését követő 1 évig őrizzük. A számviteli bizonylatokat a számvitelről szóló 2000. évi C. törvény alapján 8 évig őrizzük meg. A belépési adatokat 2 év után töröljük.

## Az Ön jogai

Ön kérelmezheti az adataihoz való hozzáférést, azok helyesbítését, törlését vagy kezelésének korlátozását, valamint tiltakozhat az adatkezelés ellen. Panaszával a Nemzeti Adatvédelmi és Információszabadság Hatósághoz (1055 Budapest, Falk Miksa utca 9–11., [naih.hu](https://naih.hu)) fordulhat, vagy bírósághoz fordulhat.
"""

EDITS = [
    {"note": "newsletter processor replaced: Mailchimp -> MailerLite",
     "repl": [("| The Rocket Science Group LLC (Mailchimp) | Hírlevél | Egyesült Államok |",
               "| MailerLite Limited | Hírlevél | Írország |")]},
    {"note": "DPO changed (dr. Szabó Eszter -> dr. Kovács Péter)",
     "repl": [("Adatvédelmi tisztviselő: dr. Szabó Eszter.", "Adatvédelmi tisztviselő: dr. Kovács Péter.")]},
    {"note": "list item added: digital card in the mobile app",
     "repl": [("- számlázási adatok.", "- számlázási adatok;\n- a digitális kártyához tartozó mobilalkalmazás "
               "eszközazonosítója.")]},
    {"note": "entry-data retention 2 years -> 1 year",
     "repl": [("A belépési adatokat 2 év után töröljük.", "A belépési adatokat 1 év után töröljük.")]},
    {"note": "new section: photos at members' events",
     "repl": [("## Az Ön jogai", "## Fényképek a rendezvényeken\n\nA tagoknak szervezett tárlatvezetéseken és "
               "rendezvényeken fénykép- és videófelvétel készülhet, amelyet az Egyesület a honlapján és "
               "közösségimédia-oldalain közzétehet. Ha nem szeretne szerepelni a felvételeken, jelezze a "
               "helyszínen munkatársainknak.\n\n## Az Ön jogai")]},
    {"note": "typo fixed without a new date (duplicated 'fordulhat')", "bump": False,
     "repl": [("[naih.hu](https://naih.hu)) fordulhat, vagy bírósághoz fordulhat.",
               "[naih.hu](https://naih.hu)) vagy bírósághoz fordulhat.")]},
]

EXHIB = ["Rippl-Rónai és kortársai", "Az avarok kincsei", "Egyiptomi múmiák nyomában", "Munkácsy-terem felújítva",
         "Magyar fotográfia 1900–1945", "Szecesszió Budapesten"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"nonce": C.hexs(rng, 10), "views": 41000 + i * 530 + rng.randint(0, 400)}
    s["vc"] = C.keep_or(rng, prev.get("vc"), 0.25, lambda: "7.%d" % rng.randint(0, 9))
    s["exhib"] = C.keep_or(rng, prev.get("exhib"), 0.7, lambda: tuple(rng.sample(range(len(EXHIB)), 3)))
    s["share"] = rng.randint(3, 60) if i % 2 else None
    return s


LABELS = {"nonce": "wp_rest nonce", "views": "WP-PostViews counter appended to the content (INSIDE)",
          "vc": "WPBakery ?ver=", "exhib": "'Aktuális kiállítások' sidebar",
          "share": "AddToAny share counter appended to the content (INSIDE)"}


def render(s, blocks, when):
    body = C.render_blocks(blocks)
    cnt = ('<span class="a2a_count"><span>%d</span></span>' % s["share"]) if s["share"] else ""
    tail = ('<p class="post-views content-post post-1204 entry-meta"><span class="post-views-icon dashicons '
            'dashicons-chart-bar"></span><span class="post-views-label">Megtekintések: </span><span class="post-'
            'views-count">%s</span></p><div class="addtoany_share_save_container addtoany_content addtoany_content_'
            'bottom"><div class="a2a_kit a2a_kit_size_32 addtoany_list"><a class="a2a_button_facebook" href="https:'
            '//www.addtoany.com/add_to/facebook?linkurl=https%%3A%%2F%%2Fmuzeumbaratkor.hu%%2F" title="Facebook">'
            '</a><a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.addtoany.com/share">%s</a>'
            '</div></div>' % (C.group_digits(s["views"], "\u00a0"), cnt))
    ex = "".join('<li><a href="/kiallitasok/%d/">%s</a></li>' % (k, C.esc(EXHIB[k])) for k in s["exhib"])
    return ('<!DOCTYPE html>\n<html lang="hu">\n<head>\n<meta charset="UTF-8">\n'
            '<title>Adatkezelési tájékoztató – Múzeumbarát Kör</title>\n'
            '<link rel="stylesheet" id="js_composer_front-css" href="https://muzeumbaratkor.hu/wp-content/plugins/'
            'js_composer/assets/css/js_composer.min.css?ver=%s" media="all" />\n'
            '<script id="wp-api-fetch-js-after">wp.apiFetch.use( wp.apiFetch.createNonceMiddleware( "%s" ) );'
            '</script>\n</head>\n<body class="page-template-default page page-id-1204 wpb-js-composer js-comp-ver-%s '
            'vc_responsive">\n<header id="masthead" class="site-header"><a class="site-title" href="/">Múzeumbarát Kör'
            '</a><nav class="main-navigation"><ul><li><a href="/kartya/">Kártya</a></li><li><a href="/muzeumok/">'
            'Partnermúzeumok</a></li><li><a href="/programok/">Programok</a></li></ul></nav></header>\n'
            '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main">'
            '<article id="post-1204" class="post-1204 page type-page status-publish hentry"><div class="entry-'
            'content"><div class="vc_row wpb_row vc_row-fluid"><div class="wpb_column vc_column_container vc_col-'
            'sm-12"><div class="vc_column-inner"><div class="wpb_wrapper"><div class="wpb_text_column wpb_content_'
            'element"><div class="wpb_wrapper">\n%s\n</div></div></div></div></div></div>\n%s</div></article></main>'
            '</div>\n<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">'
            'Aktuális kiállítások</h2><ul>%s</ul></section></aside></div>\n'
            '<footer class="site-footer">© %d Múzeumbarát '
            'Kör Egyesület · <a href="/impresszum/">Impresszum</a></footer>\n'
            '<script src="https://muzeumbaratkor.hu/wp-content/plugins/js_composer/assets/js/dist/js_composer_front.'
            'min.js?ver=%s"></script>\n</body>\n</html>\n'
            % (s["vc"], s["nonce"], s["vc"].replace(".", "_"), body, tail, ex, when.year, s["vc"]))


PAGE = {
    "service": "Muzeumbarat Kor", "url": URL, "lang": "hu", "platform": "WordPress + WPBakery",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 4, 1), "end": dt.date(2026, 5, 20), "hours": (2, 7, 19),
    "policy": POLICY, "first_updated": dt.date(2022, 1, 17), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".entry-content"],
                    "remove": [".post-views", ".addtoany_share_save_container"]},
}
