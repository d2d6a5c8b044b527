"""Snežinka - sl laundry and dry-cleaning chain - Drupal 9 (Classy-based theme 'snezinka'), upgraded to Drupal 10 with
an Olivero-based theme 'snezinka2' on 2023-06-20 (block ids carry the theme name: declaration history), Webform."""
import datetime as dt
import json
import os
import sys

import common as C

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cwkit as K  # noqa: E402

URL = "https://www.snezinka.si/varstvo-osebnih-podatkov"
REDESIGN = dt.datetime(2023, 6, 20, 6, 0, 0)


def fmt_date(d):
    return "%d. %d. %d" % (d.day, d.month, d.year)


POLICY = K.unwrap("""
# Politika zasebnosti

Zadnja posodobitev: {UPDATED}

Pralnica in kemična čistilnica Snežinka d.o.o. (v nadaljevanju: Snežinka ali mi) ponuja pranje perila, kemično
čiščenje, likanje srajc ter prevzem in dostavo na dom v Ljubljani, Mariboru in Kranju. V tej politiki zasebnosti
pojasnjujemo, katere osebne podatke obdelujemo, ko uporabljate našo spletno stran, oddate naročilo v poslovalnici ali
prek spleta ali se naročite na e-novice, ter katere pravice imate po Splošni uredbi o varstvu podatkov (GDPR) in
Zakonu o varstvu osebnih podatkov (ZVOP-1).

## Upravljavec

@ Snežinka d.o.o.
@ Celovška cesta 150
@ 1000 Ljubljana
@ Matična številka: 6543217000
@ E-pošta: [zasebnost@snezinka.si](mailto:zasebnost@snezinka.si)

## Katere podatke obdelujemo

- ime in priimek, telefonska številka in e-poštni naslov;
- naslov za prevzem in dostavo ter morebitna navodila za dostavljavca;
- podatki o naročilu: vrsta in število kosov, posebnosti (madeži, poškodbe), datum prevzema in vrnitve;
- številka prevzemnice in zvestobne kartice;
- podatki o plačilu (način plačila in znesek; podatkov o plačilnih karticah ne hranimo);
- vaša sporočila in reklamacije.

Podatke hranimo tudi na papirnatih prevzemnicah, ki jih prejmete ob oddaji oblačil.

Posebnih vrst osebnih podatkov (na primer o zdravju) ne zbiramo. Predmete, ki jih pozabite v žepih oblačil
(dokumente, kartice, ključe), hranimo ločeno in vam jih vrnemo ob prevzemu naročila.

Ko obiščete našo spletno stran, strežnik samodejno beleži vaš naslov IP, vrsto brskalnika in čas obiska. Te podatke
uporabljamo za zagotavljanje varnosti strani in jih po 30 dneh izbrišemo.

## Nameni in pravne podlage

| Namen | Pravna podlaga |
| izvedba naročila, prevzem in dostava | pogodba (točka (b) prvega odstavka 6. člena GDPR) |
| izdaja računov in hramba računovodskih listin | zakonska obveznost (točka (c) prvega odstavka 6. člena GDPR) |
| reševanje reklamacij | pogodba in zakonska obveznost po Zakonu o varstvu potrošnikov |
| zvestobni program in e-novice | privolitev (točka (a) prvega odstavka 6. člena GDPR) |
| varnost spletne strani | zakoniti interes (točka (f) prvega odstavka 6. člena GDPR) |

## Obdelovalci

Vaše podatke lahko v našem imenu obdelujejo naslednji pogodbeni obdelovalci, s katerimi imamo sklenjene pogodbe o
obdelavi osebnih podatkov:

| Obdelovalec | Storitev | Država |
| Neoserv d.o.o. | gostovanje spletne strani in e-pošte | Slovenija |
| Minimax d.o.o. | računovodstvo in izdaja računov | Slovenija |
| The Rocket Science Group LLC (Mailchimp) | pošiljanje e-novic | ZDA |
| Google Ireland Limited | analitika spletne strani | Irska |

Za prenos podatkov v ZDA uporabljamo standardne pogodbene klavzule Evropske komisije.

## Rok hrambe

- podatki o naročilih: 3 leta po zadnjem naročilu;
- računi: 10 let po koncu leta, na katero se nanašajo;
- podatki za e-novice: do preklica privolitve;
- neprevzeta oblačila: po 6 mesecih od dogovorjenega datuma vrnitve jih podarimo v dobrodelne namene, podatke o
  naročilu pa izbrišemo.

## Avtomatizirano odločanje

Ne uporabljamo avtomatiziranega odločanja ali profiliranja, ki bi imelo za vas pravne ali podobno pomembne učinke.

## Mladoletni

Naše storitve so namenjene polnoletnim osebam. Osebnih podatkov otrok, mlajših od 15 let, zavestno ne zbiramo; če
ugotovimo, da smo jih prejeli, jih izbrišemo.

## Piškotki

Naša spletna stran uporablja nujne piškotke za delovanje ter, z vašo privolitvijo, analitične piškotke (Google
Analytics). Nastavitve lahko kadar koli spremenite s klikom na »Nastavitve piškotkov« v nogi strani.

## Vaše pravice

Imate pravico do dostopa do svojih osebnih podatkov, popravka, izbrisa, omejitve obdelave, prenosljivosti podatkov in
ugovora obdelavi. Privolitev lahko kadar koli prekličete, kar ne vpliva na zakonitost obdelave pred preklicem.
Zahtevo lahko pošljete na zasebnost@snezinka.si ali jo oddate v kateri koli naši poslovalnici. Odgovorili vam bomo
najpozneje v enem mesecu.

Če menite, da obdelava vaših podatkov krši predpise, lahko vložite pritožbo pri Informacijskem pooblaščencu, Dunajska
cesta 22, 1000 Ljubljana ([www.ip-rs.si](https://www.ip-rs.si)).

## Varnost

Do osebnih podatkov imajo dostop le zaposleni, ki jih potrebujejo za opravljanje dela. Podatki v informacijskem
sistemu so zaščiteni z gesli in šifriranjem, papirnate prevzemnice pa hranimo v zaklenjenih omarah. Dostavljavci
vidijo naslov in telefonsko številko stranke le na dan prevzema ali dostave. V primeru kršitve varstva osebnih
podatkov bomo o tem brez nepotrebnega odlašanja obvestili Informacijskega pooblaščenca in, kadar je to potrebno, tudi
vas.

## Spremembe politike

Politiko zasebnosti občasno posodobimo. Veljavna različica je vedno objavljena na tej strani.
""")

EDITS = [
    {"note": "law reference updated: ZVOP-1 -> ZVOP-2",
     "repl": [("Zakonu o varstvu osebnih podatkov (ZVOP-1).", "Zakonu o varstvu osebnih podatkov (ZVOP-2).")]},
    {"note": "processor table: GLS Slovenija added (pick-up and delivery of parcels)",
     "repl": [("| Minimax d.o.o. | računovodstvo in izdaja računov | Slovenija |",
               "| Minimax d.o.o. | računovodstvo in izdaja računov | Slovenija |\n"
               "| GLS Slovenija d.o.o. | prevzem in dostava paketov | Slovenija |")]},
    {"note": "order data retention shortened from 3 years to 2 years",
     "repl": [("- podatki o naročilih: 3 leta po zadnjem naročilu;",
               "- podatki o naročilih: 2 leti po zadnjem naročilu;")]},
    {"note": "sentence removed: paper pick-up slips (no new date)", "bump": False,
     "repl": [("Podatke hranimo tudi na papirnatih prevzemnicah, ki jih prejmete ob oddaji oblačil.\n\n", "")]},
    {"note": "controller address changed (Celovška cesta 150 -> Letališka cesta 33, Ljubljana)",
     "repl": [("@ Celovška cesta 150", "@ Letališka cesta 33")]},
]

NEWS = ["Nova poslovalnica v BTC City", "Poletni delovni čas poslovalnic", "Kako pravilno shraniti zimska oblačila",
        "Prevzem in dostava zdaj tudi v Kranju", "Čiščenje poročnih oblek – nasveti", "Zvestobna kartica v aplikaciji",
        "Pranje odej in vzglavnikov ob menjavi letnih časov", "Decembrski delovni čas"]
NEWS0 = dt.date(2021, 10, 4)


def news_before(when, k=3):
    out = []
    n = 0
    while True:
        d = NEWS0 + dt.timedelta(days=58 * n + (n * 5) % 17)
        if d > when.date():
            break
        out.append((d, NEWS[n % len(NEWS)], n))
        n += 1
    return out[-k:][::-1]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"form": "form-" + K.b64url(rng, 32)}
    s["agg"] = K.deploy(rng, prev.get("agg"), 0.45, lambda: (K.b64url(rng, 32), K.b64url(rng, 32)))
    s["perm"] = K.deploy(rng, prev.get("perm"), 0.08, lambda: C.hexs(rng, 64))
    s["news"] = tuple(n for _, _, n in news_before(when))
    return s


LABELS = {"form": "Webform 'Naročite prevzem' form_build_id (per request)",
          "agg": "CSS/JS aggregate file hashes (cache rebuilds, deploys)",
          "perm": "drupalSettings user.permissionsHash", "news": "sidebar/footer 'Novice' view (latest news)",
          "hours": "header block 'Danes odprto do ...' (opening hours of today, max-age 0)",
          "promo": "seasonal 'Akcija' block", "design": "theme (Drupal 10 / Olivero-based since 2023-06-20)"}


def hours(when):
    loc = when + dt.timedelta(hours=1 if when.month in (11, 12, 1, 2, 3) else 2)
    wd = loc.weekday()
    if wd == 6:
        return "Danes zaprto"
    close = "13.00" if wd == 5 else "19.00"
    opening = "8.00" if wd == 5 else "7.00"
    hh = loc.hour + loc.minute / 60.0
    if hh < (8 if wd == 5 else 7):
        return "Danes odpremo ob %s" % opening
    if hh >= (13 if wd == 5 else 19):
        return "Zaprto, odpremo jutri"
    return "Danes odprto do %s" % close


def promo(when):
    if when.month in (3, 4, 5):
        return "Čiščenje zimskih bund in plaščev –20 % do konca maja."
    if when.month in (9, 10, 11):
        return "Jesenska akcija: pranje odej in vzglavnikov 3 + 1 gratis."
    if when.month == 12:
        return "Darilni boni Snežinka – lepo darilo za praznike."
    return None


def table(rows, inl):
    head = "".join("<th>%s</th>" % inl(c) for c in rows[0])
    body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
    return '<figure class="table"><table><thead><tr>%s</tr></thead><tbody>%s</tbody></table></figure>' % (head, body)


def addr(lines, inl):
    return "<p>%s</p>" % "<br>".join(inl(x) for x in lines)


def render(s, blocks, when):
    new = when >= REDESIGN
    theme = "snezinka2" if new else "snezinka"
    s["design"] = theme
    s["hours"] = hours(when)
    pr = promo(when)
    s["promo"] = pr
    css, js = s["agg"]
    body = C.render_blocks(blocks[1:], table=table, addr=addr)
    title = C.esc(blocks[0][1])
    settings = {"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": "node/12", "currentPathIsAdmin": False,
                         "isFront": False, "currentLanguage": "sl"},
                "pluralDelimiter": "\u0003", "suppressDeprecationErrors": True,
                "ajaxPageState": {"libraries": "%s/global-styling,core/drupal.ajax,system/base,webform/webform.element"
                                               ".details.save,webform/webform.form" % theme,
                                  "theme": theme, "theme_token": None},
                "ajaxTrustedUrl": {"form_action_p_pvdeGsVG5zNF_XLGPTvYSKCf43t8qZYSwcfZl2uzM": True},
                "user": {"uid": 0, "permissionsHash": s["perm"]}}
    sjson = json.dumps(settings, separators=(",", ":")).replace("/", "\\/")
    news = "".join('<div class="views-row"><span class="views-field views-field-created"><time datetime="%sT08:00:00Z">'
                   "%s</time></span> <a href=\"/novice/%d\" hreflang=\"sl\">%s</a></div>"
                   % (d.isoformat(), fmt_date(d), 100 + n, C.esc(t)) for d, t, n in news_before(when))
    form = ('<form class="webform-submission-form webform-submission-add-form '
            'webform-submission-narocilo-prevzema-form '
            'webform-submission-narocilo-prevzema-add-form js-webform-details-toggle webform-details-toggle" '
            'data-drupal-selector="webform-submission-narocilo-prevzema-add-form" action="/varstvo-osebnih-podatkov" '
            'method="post" id="webform-submission-narocilo-prevzema-add-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-type-textfield js-form-item-ime '
            'form-item-ime"><label for="edit-ime" class="js-form-required form-required">Ime in priimek</label>'
            '<input data-drupal-selector="edit-ime" type="text" id="edit-ime" name="ime" value="" size="60" '
            'maxlength="255" class="form-text required" required="required" aria-required="true" /></div>'
            '<div class="js-form-item form-item js-form-type-tel form-type-tel js-form-item-telefon form-item-telefon">'
            '<label for="edit-telefon">Telefon</label><input data-drupal-selector="edit-telefon" type="tel" '
            'id="edit-telefon" name="telefon" value="" size="30" maxlength="128" class="form-tel" /></div>'
            '<input autocomplete="off" data-drupal-selector="%s" type="hidden" name="form_build_id" value="%s" />'
            '<input data-drupal-selector="edit-webform-submission-narocilo-prevzema-add-form" type="hidden" '
            'name="form_id" value="webform_submission_narocilo_prevzema_add_form" />'
            '<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper '
            'form-wrapper" '
            'id="edit-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit" '
            'data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" '
            'value="Naroči prevzem" /></div></form>' % (s["form"].lower().replace("_", "-"), s["form"]))
    promo_html = ""
    if pr:
        promo_html = ('<div id="block-%s-akcija" class="block block-block-content block-block-content8f3b2c1d">'
                      '<div class="clearfix text-formatted field field--name-body"><p><strong>Akcija:</strong> %s</p>'
                      "</div></div>\n" % (theme, C.esc(pr)))
    menu = "".join('<li class="menu-item%s"><a href="%s" data-drupal-link-system-path="%s">%s</a></li>'
                   % (" menu__item" if new else "", u, p, t)
                   for u, p, t in (("/storitve", "node/2", "Storitve"), ("/cenik", "node/3", "Cenik"),
                                   ("/poslovalnice", "node/4", "Poslovalnice"), ("/prevzem-in-dostava", "node/5",
                                                                                 "Prevzem in dostava"),
                                   ("/kontakt", "node/6", "Kontakt")))
    if not new:
        head = ('<!DOCTYPE html>\n<html lang="sl" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  '
                'dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  '
                'rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/'
                'ns#  '
                'sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  '
                'xsd: http://www.w3.org/2001/XMLSchema# ">\n  <head>\n    <meta charset="utf-8" />\n'
                '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />\n'
                '<meta name="MobileOptimized" content="width" />\n<meta name="HandheldFriendly" content="true" />\n'
                '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
                '<link rel="icon" href="/themes/custom/snezinka/favicon.ico" type="image/vnd.microsoft.icon" />\n'
                '<link rel="canonical" href="%s" />\n<link rel="shortlink" href="https://www.snezinka.si/node/12" />\n'
                "    <title>%s | Snežinka</title>\n"
                '    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css" />\n'
                '    <script src="/sites/default/files/js/js_%s.js"></script>\n  </head>\n'
                '  <body class="path-node page-node-type-page">\n'
                '        <a href="#main-content" class="visually-hidden focusable skip-link">\n'
                "      Skoči na glavno vsebino\n    </a>\n"
                % (URL, title, css, js))
        page = ('      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n'
                '    <div class="layout-container">\n\n  <header role="banner">\n'
                '      <div class="region region-header">\n'
                '    <div id="block-snezinka-branding" class="block block-system block-system-branding-block">\n'
                '  <a href="/" rel="home" class="site-logo"><img src="/themes/custom/snezinka/logo.svg" alt="Domov" />'
                "</a>\n</div>\n"
                '<div id="block-odpiralnicas" class="block block-snezinka-hours">%s</div>\n\n  </div>\n\n'
                "  </header>\n"
                '  <div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-snezinka-main'
                '-menu-menu" id="block-snezinka-main-menu"><h2 class="visually-hidden" '
                'id="block-snezinka-main-menu-menu">'
                'Glavna navigacija</h2><ul class="menu">%s</ul></nav></div>\n'
                '  <div class="region region-highlighted">\n    <div data-drupal-messages-fallback class="hidden"></'
                'div>'
                "\n%s  </div>\n"
                '  <main role="main">\n    <a id="main-content" tabindex="-1"></a>\n'
                '    <div class="layout-content">\n        <div class="region region-content">\n'
                '    <div id="block-snezinka-page-title" class="block block-core block-page-title-block">\n  \n    \n'
                '      \n  <h1 class="page-title"><span class="field field--name-title field--type-string '
                'field--label-hidden">%s</span>\n</h1>\n\n\n  </div>\n'
                '<div id="block-snezinka-content" class="block block-system block-system-main-block">\n  \n    \n'
                '      \n<article role="article" about="/varstvo-osebnih-podatkov" class="node node--type-page '
                'node--view-mode-full">\n\n  \n    \n\n  \n  <div class="node__content clearfix">\n    \n'
                '            <div class="clearfix text-formatted field field--name-body field--type-text-with-summary '
                'field--label-hidden field__item">%s</div>\n      \n  </div>\n\n</article>\n\n  </div>\n\n  </div>\n\n'
                "    </div>\n"
                '          <aside class="layout-sidebar-second" role="complementary">\n'
                '          <div class="region region-sidebar-second">\n'
                '    <div class="views-element-container block block-views block-views-blocknovice-block-1" '
                'id="block-views-block-novice-block-1">\n  \n      <h2>Novice</h2>\n    \n      <div><div '
                'class="view view-novice view-id-novice view-display-id-block_1">\n      <div class="view-content">%s'
                "</div>\n</div>\n</div>\n\n  </div>\n\n  </div>\n\n      </aside>\n    \n  </main>\n\n"
                '      <footer role="contentinfo">\n      <div class="region region-footer">\n'
                '    <div id="block-webform" class="block block-webform block-webform-block">\n  \n'
                "      <h2>Naročite prevzem</h2>\n    \n      %s\n  </div>\n"
                '<div id="block-noga" class="block block-block-content"><p>© %d Snežinka d.o.o. · <a href="'
                '/varstvo-osebnih-podatkov">Politika zasebnosti</a> · <a href="#" class="cookie-settings">Nastavitve '
                "piškotkov</a></p></div>\n  </div>\n\n  </footer>\n  \n</div>\n  </div>\n\n    \n"
                % (C.esc(s["hours"]), menu, promo_html, title, body, news, form, when.year))
    else:
        head = ('<!DOCTYPE html>\n<html lang="sl" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation'
                ':79%%;--color--primary-lightness:50">\n  <head>\n    <meta charset="utf-8" />\n'
                '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n'
                '<meta name="MobileOptimized" content="width" />\n<meta name="HandheldFriendly" content="true" />\n'
                '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
                '<link rel="icon" href="/themes/custom/snezinka2/favicon.ico" type="image/vnd.microsoft.icon" />\n'
                '<link rel="canonical" href="%s" />\n<link rel="shortlink" href="https://www.snezinka.si/node/12" />\n'
                "\n    <title>%s | Snežinka</title>\n"
                '    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;'
                'language=sl&amp;theme=snezinka2&amp;include=eJxdyEEKgCAQAMAPCT5JVl0y2FzZtaLfF9Sl5jK5S_OBpRmW-_e7" />\n'
                '    <script type="application/json" data-drupal-selector="drupal-settings-json">%s</script>\n'
                '<script src="/sites/default/files/js/js_%s.js?scope=header&amp;delta=0&amp;language=sl&amp;'
                'theme=snezinka2&amp;include=eJxdyEEKgCAQAMAPCT5JVl0y2FzZtaLfF9Sl5jK5S_OBpRmW"></script>\n  </head>\n'
                '  <body class="path-node page-node-type-page">\n'
                '        <a href="#main-content" class="visually-hidden focusable skip-link">\n'
                "      Skoči na glavno vsebino\n    </a>\n"
                % (URL, title, css, sjson, js))
        page = ('      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n'
                '    \n<div id="page-wrapper" class="page-wrapper">\n  <div id="page">\n\n'
                '          <header id="header" class="site-header" data-drupal-selector="site-header" role="banner">\n'
                '        <div class="site-header__fixable" data-drupal-selector="site-header-fixable">\n'
                '          <div class="site-header__initial">\n'
                '            <button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" '
                'role="switch" aria-controls="site-header__inner" aria-label="Fiksna glava" aria-checked="false">'
                '<span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button>\n'
                "          </div>\n"
                '          <div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-'
                'inner">\n            <div class="container site-header__inner__container">\n'
                '<div id="block-snezinka2-site-branding" class="site-branding--bg-white site-branding block '
                'block-system block-system-branding-block">\n  <div class="site-branding__inner">\n'
                '    <a href="/" rel="home" class="site-branding__logo"><img src="/themes/custom/snezinka2/logo.svg" '
                'alt="Domov" fetchpriority="high" /></a>\n  </div>\n</div>\n'
                '<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>\n'
                '<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" '
                'data-drupal-selector="mobile-nav-button" aria-label="Glavni meni" aria-controls="header-nav" '
                'aria-expanded="false"><span class="mobile-nav-button__label">Meni</span><span class="mobile-nav-'
                'button__icon"></span></button></div>\n'
                '<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">\n'
                '<nav  id="block-snezinka2-main-menu" class="primary-nav block block-menu navigation menu--main" '
                'aria-labelledby="block-snezinka2-main-menu-menu" role="navigation"><h2 class="visually-hidden block__'
                'title" id="block-snezinka2-main-menu-menu">Glavna navigacija</h2><ul class="menu primary-nav__menu '
                'primary-nav__menu--level-1">%s</ul></nav>\n'
                '<div id="block-snezinka2-odpiralnicas" class="block block-snezinka-hours"><span class="hours-badge">'
                "%s</span></div>\n</div>\n            </div>\n          </div>\n        </div>\n      </header>\n"
                '    \n    <div id="main-wrapper" class="layout-main-wrapper layout-container">\n'
                '      <div id="main" class="layout-main">\n        <div class="main-content">\n'
                '          <a id="main-content" tabindex="-1"></a>\n          \n'
                '            <div class="region region--highlighted grid-full layout--pass--content-medium">\n'
                '    <div data-drupal-messages-fallback class="hidden messages-list"></div>\n%s  </div>\n\n'
                '            <div class="region region--content-above grid-full layout--pass--content-medium">\n'
                '<div id="block-snezinka2-page-title" class="block block-core block-page-title-block">\n  \n  \n\n'
                '  <h1 class="title page-title">\n<span class="field field--name-title field--type-string '
                'field--label-hidden">%s</span>\n</h1>\n\n\n  \n</div>\n\n  </div>\n\n'
                '          <div class="main-content__container container">\n'
                '              <div class="region region--content grid-full layout--pass--content-medium" '
                'id="content">\n'
                '<div id="block-snezinka2-content" class="block block-system block-system-main-block">\n  \n  \n\n'
                '      <div class="block__content">\n    \n<article data-history-node-id="12" class="node '
                'node--type-page node--view-mode-full">\n  <header class="">\n    \n          \n      </header>\n'
                '  <div class="node__content">\n        \n'
                '            <div class="text-content clearfix field field--name-body field--type-text-with-summary '
                'field--label-hidden field__item">%s</div>\n      \n  </div>\n  </article>\n\n    </div>\n  \n</div>'
                '\n\n'
                "  </div>\n\n"
                '                            <div class="region region--sidebar">\n'
                '<div class="views-element-container block block-views block-views-blocknovice-block-1" '
                'id="block-snezinka2-views-block-novice-block-1">\n  \n    <h2 class="block__title">Novice</h2>\n'
                '      <div class="block__content"><div class="view view-novice view-id-novice '
                'view-display-id-block_1">'
                '\n      <div class="view-content">%s</div>\n</div>\n</div>\n  </div>\n\n  </div>\n\n'
                "                      </div>\n        </div>\n      </div>\n"
                '      <div class="social-bar">\n        \n      </div>\n    </div>\n\n'
                '    <footer class="site-footer">\n      <div class="site-footer__inner container">\n'
                '          <div class="region region--footer-top grid-full layout--pass--content-medium">\n'
                '    <div class="region--footer_top__inner">\n'
                '<div id="block-snezinka2-webform" class="block block-webform block-webform-block">\n  \n'
                '    <h2 class="block__title">Naročite prevzem</h2>\n      <div class="block__content">\n    %s\n'
                "  </div>\n  </div>\n\n    </div>\n  </div>\n\n"
                '          <div class="region region--footer-bottom grid-full layout--pass--content-medium">\n'
                '<div id="block-snezinka2-noga" class="block block-block-content"><p>© %d Snežinka d.o.o. · <a href="'
                '/varstvo-osebnih-podatkov">Politika zasebnosti</a> · <a href="#" class="cookie-settings">Nastavitve '
                "piškotkov</a></p></div>\n  </div>\n\n      </div>\n    </footer>\n\n"
                '    <div class="overlay" data-drupal-selector="overlay"></div>\n\n  </div>\n</div>\n\n  </div>\n\n   '
                ' \n'
                % (menu, C.esc(s["hours"]), promo_html, title, body, news, form, when.year))
    if new:
        tail = ('    <script src="/sites/default/files/js/js_%s.js?scope=footer&amp;delta=0&amp;language=sl&amp;theme='
                'snezinka2&amp;include=eJx1jUEKwzAMBD-U4CcZxd64Bis" defer></script>\n  </body>\n</html>\n' % js)
    else:
        tail = ('    <script type="application/json" data-drupal-selector="drupal-settings-json">%s</script>\n'
                '<script src="/sites/default/files/js/js_%s.js"></script>\n  </body>\n</html>\n' % (sjson, js[::-1]))
    return head + page + tail


PAGE = {
    "service": "Snezinka", "url": URL, "lang": "sl-SI", "platform": "Drupal 9 -> Drupal 10 (Olivero-based)",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 3, 1), "end": dt.date(2026, 1, 30), "hours": (6, 7, 18),
    "policy": POLICY, "first_updated": dt.date(2021, 9, 15), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#block-snezinka2-page-title h1",
                                             "#block-snezinka2-content .field--name-body"]},
    "history": [{"fetch": URL, "select": ["#block-snezinka-page-title h1", "#block-snezinka-content .field--name-body"],
                 "validUntil": "2023-06-20T06:00:00Z"}],
}
