"""Pjazza Supermarkets - supermarket loyalty programme (Karta Pjazza) - Maltese - Shopify (Dawn-derived theme,
page template `page.privacy`, content from the page's rich-text body).

Layering: intro, a "Fil-qosor" summary layer of four icon cards (icon + heading + caption) and a "what / why / how
long" table, then the full policy inside a collapsed <details> ("Aqra l-politika sħiħa").
Curator: the page title and the `.rte` body; the icon cards and the table are the notice's first layer; the full
text inside the collapsed <details> is the notice; the <details> toggle label ("read the full policy", a control)
is removed.
Noise (noisy page): the announcement bar's weekly rotating promotion; the Shopify cookie banner's state (shown to
EU egress, absent otherwise, sticky); the per-request `__st.reqid` token. All outside
the region.
Edits: table only (purchase history kept 18 instead of 24 months); icon cards only (control card mentions
downloading a copy, date not bumped); inside the collapsed full text only (fuel-station partner added to the
sharing list); both layers (digital receipts: card caption, new table row, paragraph in section 2); a section added
(9. changes to this policy); full text only (DPO's own email address).
"""
import datetime as dt
import html
import common as C

URL = "https://pjazza.com.mt/pages/privatezza-karta-pjazza"
XHUR = ["Jannar", "Frar", "Marzu", "April", "Mejju", "Ġunju", "Lulju", "Awwissu", "Settembru", "Ottubru", "Novembru",
        "Diċembru"]


def fmt_date(d):
    return "%d ta' %s %d" % (d.day, XHUR[d.month - 1], d.year)


POLICY = """
# Politika tal-Privatezza tal-Karta Pjazza

Aġġornata l-aħħar: {UPDATED}

Il-Karta Pjazza tippremjak kull darba li tixtri fil-ħwienet Pjazza jew online. Biex il-programm jaħdem, għandna bżonn nużaw ċerta data personali tiegħek. Hawn taħt issib sommarju qasir, u wara l-politika sħiħa.

%% qosor

## Fil-qosor

### X'data niġbru

Ismek, in-numru tal-mowbajl, l-email u x'tixtri meta tuża l-Karta Pjazza.

### Għaliex

Biex tiġbor il-punti, tirċievi l-vouchers u, jekk trid, offerti magħmula għalik.

### Ma' min naqsmuha

Ma nbigħux id-data tiegħek. Naqsmuha biss mal-fornituri li jgħinuna nmexxu l-programm.

### Il-kontroll f'idejk

Tista' titfi l-offerti personalizzati jew tħassar il-kont tiegħek meta trid mill-app.

| X'data | Għaliex nużawha | Kemm inżommuha |
| Dettalji tal-kont (isem, mowbajl, email, data tat-twelid) | Biex inmexxu l-kont u l-punti tiegħek | Sakemm il-kont ikun attiv, u 12-il xahar wara l-aħħar użu |
| Storja tax-xiri (prodotti, ħanut, data u ammont) | Biex nikkalkulaw il-punti u, bil-kunsens tiegħek, nibagħtulek offerti li jaqblu miegħek | 24 xahar |
| Preferenzi tal-marketing | Biex nibagħtulek biss dak li għażilt | Sakemm tibdilhom |
| Messaġġi mas-servizz tal-klijenti | Biex inwieġbu u nsolvu l-problemi | Sentejn |

%% full

## 1. Min aħna

Pjazza Supermarkets Limited (C 12345) hija l-kontrollur tad-data personali tiegħek għall-programm tal-Karta Pjazza.

@ Pjazza Supermarkets Limited
@ Triq il-Kbira San Ġużepp
@ Santa Venera SVR 1012
@ Email: [privatezza@pjazza.com.mt](mailto:privatezza@pjazza.com.mt)

L-Uffiċjal għall-Protezzjoni tad-Data tagħna jista' jiġi kkuntattjat fuq l-istess indirizz.

## 2. Id-data li niġbru

Meta tapplika għall-Karta Pjazza niġbru ismek, in-numru tal-mowbajl, l-email u d-data tat-twelid tiegħek. Kull darba li tiskennja l-karta jew l-app fil-kaxxa, nirreġistraw il-prodotti li xtrajt, il-ħanut, id-data u l-ammont. Ma niġbrux id-dettalji tal-karta bankarja tiegħek permezz tal-programm.

## 3. Kif nużawha

- biex inżidu l-punti mal-kont tiegħek u tkun tista' tifdihom;
- biex nibagħtulek il-vouchers u l-aħbarijiet tal-programm;
- jekk tagħti l-kunsens tiegħek, biex nanalizzaw ix-xiri tiegħek u nibagħtulek offerti personalizzati;
- biex nipprevjenu l-frodi u l-abbuż tal-programm.

## 4. Offerti personalizzati u profiling

Jekk tagħżel li tirċievi offerti personalizzati, nużaw l-istorja tax-xiri tiegħek biex inpoġġuk fi gruppi, pereżempju "familji bi tfal żgħar" jew "xerrejja ta' prodotti veġetarjani". Dan ma għandu l-ebda effett legali fuqek. Tista' titfi din l-għażla fl-app taħt **Profil > Privatezza**.

## 5. Ma' min naqsmu d-data

- il-fornitur tal-app u tas-sistema tal-lealtà, li jaħżen id-data f'ċentri tad-data fl-Unjoni Ewropea;
- il-fornitur tal-SMS u tal-email;
- l-awtoritajiet, meta l-liġi tirrikjedi dan.

Qatt ma nbigħu d-data tiegħek u ma ngħaddux l-istorja tax-xiri tiegħek lill-manifatturi.

## 6. Kemm inżommu d-data

Inżommu d-data għall-perjodi msemmija fit-tabella ta' hawn fuq. Wara dawn il-perjodi, id-data titħassar jew issir anonima għal finijiet statistiċi.

## 7. Id-drittijiet tiegħek

Taħt il-GDPR għandek id-dritt li tara d-data tiegħek, tikkoreġiha, tħassarha, tillimita l-użu tagħha, toġġezzjona għall-ipproċessar u tieħu kopja tagħha. Tista' tiktbilna fuq [privatezza@pjazza.com.mt](mailto:privatezza@pjazza.com.mt). Għandek ukoll id-dritt li tressaq ilment lill-Kummissarju għall-Informazzjoni u l-Protezzjoni tad-Data (IDPC).

## 8. Tfal

Il-Karta Pjazza hija disponibbli għal persuni ta' 16-il sena jew aktar.
"""

EDITS = [
    {"note": "summary table only: purchase history kept 18 months instead of 24",
     "repl": [("nibagħtulek offerti li jaqblu miegħek | 24 xahar |", "nibagħtulek offerti li jaqblu miegħek | 18-il xahar |")]},
    {"note": "icon cards only: the 'control' card mentions downloading a copy of your data; date not bumped",
     "bump": False,
     "repl": [("Tista' titfi l-offerti personalizzati jew tħassar il-kont tiegħek meta trid mill-app.",
               "Tista' titfi l-offerti personalizzati, tniżżel kopja tad-data tiegħek jew tħassar il-kont meta trid mill-app.")]},
    {"note": "inside the collapsed full text only: fuel-station partner where points can be collected added to the sharing list",
     "repl": [("- il-fornitur tal-SMS u tal-email;\n",
               "- il-fornitur tal-SMS u tal-email;\n- is-sħab fejn tista' tiġbor il-punti, bħall-pompi tal-petrol Pjazza Fuel, li jirċievu biss in-numru tal-karta u l-ammont tax-xiri;\n")]},
    {"note": "both layers: digital receipts (summary card caption, new table row, paragraph in section 2)",
     "repl": [("Ismek, in-numru tal-mowbajl, l-email u x'tixtri meta tuża l-Karta Pjazza.",
               "Ismek, in-numru tal-mowbajl, l-email, x'tixtri meta tuża l-Karta Pjazza u, jekk tagħżel hekk, l-irċevuti diġitali tiegħek."),
              ("| Preferenzi tal-marketing |",
               "| Irċevuti diġitali | Biex tara l-irċevuti fl-app minflok irċevuti stampati | Sentejn |\n| Preferenzi tal-marketing |"),
              ("permezz tal-programm.",
               "permezz tal-programm.\n\nJekk tagħżel l-irċevuti diġitali, nibagħtulek l-irċevuta fl-app minflok ma nistampawha. L-irċevuti jibqgħu fl-app għal sentejn, imbagħad jitħassru.")]},
    {"note": "section added: '9. Changes to this policy' (notice by email or in-app before changes take effect)",
     "repl": [("disponibbli għal persuni ta' 16-il sena jew aktar.",
               "disponibbli għal persuni ta' 16-il sena jew aktar.\n\n## 9. Bidliet f'din il-politika\n\nMeta nagħmlu bidliet importanti f'din il-politika, ninfurmawk bl-email jew b'notifika fl-app qabel ma jidħlu fis-seħħ. Id-data ta' fuq turi meta ġiet aġġornata l-aħħar.")]},
    {"note": "full text only: the Data Protection Officer now has an own email address",
     "repl": [("jista' jiġi kkuntattjat fuq l-istess indirizz.",
               "jista' jiġi kkuntattjat fuq [dpo@pjazza.com.mt](mailto:dpo@pjazza.com.mt).")]},
]


def gold_md(blocks):
    return C.blocks_md(C.without_markers(blocks), URL)


PROMOS = ["Doppji punti fuq il-frott u l-ħxejjex kull nhar ta' Erbgħa",
          "Ikseb €5 voucher meta tonfoq €50 fuq prodotti lokali",
          "Ġdid! Ordna online u iġbor mill-ħanut ta' Santa Venera",
          "Tripli punti fuq il-prodotti Pjazza Bambini din il-ġimgħa",
          "Konsenja b'xejn fuq ordnijiet ta' aktar minn €60"]
ICONS = ["data", "ghaliex", "naqsmu", "kontroll", "ircevuti"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["promo"] = (when.isocalendar()[1] + rng.randint(0, 1)) % len(PROMOS)
    s["cookie_banner"] = C.keep_or(rng, prev.get("cookie_banner"), 0.35, lambda: rng.random() < 0.6)
    s["reqid"] = "%s-%d" % (C.uuid4(rng), int(C.epoch(when)))
    return s


LABELS = {"promo": "announcement bar promotion (rotates weekly)",
          "cookie_banner": "Shopify cookie banner shown / not shown (visitor region)",
          "reqid": "per-request __st.reqid"}


def render(s, blocks, when):
    seg = C.segments(blocks)
    head = seg["head"]
    q = seg["qosor"]
    cards = "".join('<div class="ikona"><img src="//pjazza.com.mt/cdn/shop/files/ikona-%s.svg?v=1675072331" alt="" width="48" height="48" loading="lazy">'
                    '<h3>%s</h3><p>%s</p></div>' % (ICONS[n // 2], C.inline_html(q[n][1]), C.inline_html(q[n + 1][1]))
                    for n in range(1, len(q) - 1, 2))
    summary = ('<div class="qosor"><h2>%s</h2><div class="ikoni">%s</div><div class="table-wrapper">%s</div></div>'
               % (C.inline_html(q[0][1]), cards, C.block_html(q[-1])))
    full = ('<details class="politika-shiha"><summary>Aqra l-politika sħiħa</summary><div class="politika-shiha__body">\n%s\n</div></details>'
            % C.blocks_html(seg["full"]))
    rte = '\n<p class="aggornata">%s</p>\n%s\n%s\n%s\n' % (C.inline_html(head[1][1]), C.blocks_html(head[2:]), summary, full)
    v = "153498329548021637041712345678"
    banner = ('<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog" aria-modal="false" aria-labelledby="shopify-pc__banner__body-title" lang="mt">'
              '<div class="shopify-pc__banner__wrapper"><div class="shopify-pc__banner__body"><h2 id="shopify-pc__banner__body-title">Il-privatezza tiegħek</h2>'
              '<p>Nużaw cookies biex il-ħanut jaħdem, biex inkejlu l-prestazzjoni u biex nippersonalizzaw ir-reklami.</p></div>'
              '<div class="shopify-pc__banner__btns"><button type="button" id="shopify-pc__banner__btn-manage-prefs">Ippersonalizza</button>'
              '<button type="button" id="shopify-pc__banner__btn-decline">Irrifjuta</button><button type="button" id="shopify-pc__banner__btn-accept">Aċċetta</button></div></div></div>'
              if s["cookie_banner"] else "")
    return ('<!doctype html>\n<html class="no-js" lang="mt">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
            '<meta name="viewport" content="width=device-width,initial-scale=1">\n<meta name="theme-color" content="">\n<link rel="canonical" href="%s">\n'
            '<link rel="preconnect" href="https://cdn.shopify.com" crossorigin>\n<title>%s\n&ndash; Pjazza Supermarkets</title>\n'
            '<meta name="description" content="Kif nużaw id-data personali tiegħek fil-programm tal-Karta Pjazza.">\n'
            '<meta property="og:site_name" content="Pjazza Supermarkets">\n<meta property="og:url" content="%s">\n<meta property="og:type" content="website">\n'
            '<script src="//pjazza.com.mt/cdn/shop/t/14/assets/constants.js?v=%s" defer="defer"></script>\n'
            '<script src="//pjazza.com.mt/cdn/shop/t/14/assets/global.js?v=%s" defer="defer"></script>\n'
            '<script>window.shopUrl = \'https://pjazza.com.mt\'; window.routes = {cart_add_url: \'/cart/add\', cart_url: \'/cart\'};</script>\n'
            '<script id="shopify-features" type="application/json">{"accessToken":"7b1e2d6c9f0a43e58d4c2b1a0f9e8d7c","betas":["rich-media-storefront-analytics"],"domain":"pjazza.com.mt","predictiveSearch":true,"shopId":56789012,"locale":"mt"}</script>\n'
            '<script>var Shopify = Shopify || {}; Shopify.shop = "pjazza-supermarkets.myshopify.com"; Shopify.locale = "mt"; Shopify.currency = {"active":"EUR","rate":"1.0"}; Shopify.country = "MT";'
            ' Shopify.theme = {"name":"Pjazza Dawn","id":134217728014,"schema_name":"Dawn","schema_version":"12.0.0","theme_store_id":887,"role":"main"};</script>\n'
            '<script>window.__st={"a":56789012,"offset":3600,"reqid":"%s","pageurl":"pjazza.com.mt\\/pages\\/privatezza-karta-pjazza","s":"pages-98765432","u":"4f2e8a1c9b3d","p":"page","rtyp":"page","rid":98765432};</script>\n'
            '<link href="//pjazza.com.mt/cdn/shop/t/14/assets/base.css?v=%s" rel="stylesheet" type="text/css" media="all" />\n'
            '</head>\n<body class="gradient">\n<a class="skip-to-content-link button visually-hidden" href="#MainContent">Aqbeż għall-kontenut</a>\n'
            '<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section">'
            '<div class="utility-bar color-scheme-2 gradient"><div class="announcement-bar" role="region" aria-label="Avviż">'
            '<p class="announcement-bar__message h5"><span>%s</span></p></div></div></div>\n'
            '<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header class="header-wrapper color-scheme-1 gradient">'
            '<header class="header header--middle-left page-width"><a href="/" class="header__heading-link link link--text focus-inset">'
            '<img src="//pjazza.com.mt/cdn/shop/files/pjazza-logo.svg?v=1675072331" alt="Pjazza Supermarkets" width="160" height="40" class="header__heading-logo"></a>'
            '<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list"><li><a href="/collections/all" class="header__menu-item list-menu__item link">Ixtri</a></li>'
            '<li><a href="/pages/karta-pjazza" class="header__menu-item list-menu__item link">Karta Pjazza</a></li><li><a href="/pages/hwienet" class="header__menu-item list-menu__item link">Il-Ħwienet</a></li>'
            '<li><a href="/pages/offerti" class="header__menu-item list-menu__item link">Offerti</a></li></ul></nav>'
            '<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset">Kont</a>'
            '<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">Karrettun</a></div></header></sticky-header></div>\n'
            '<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">\n'
            '<section id="shopify-section-template--16234567891234__main" class="shopify-section section"><div class="page-width page-width--narrow section-template--16234567891234__main-padding">\n'
            '<h1 class="main-page-title page-title h0">%s</h1>\n<div class="rte">%s</div>\n</div></section>\n'
            '<section id="shopify-section-template--16234567891234__newsletter" class="shopify-section section"><div class="newsletter center">'
            '<h2 class="h2">Irċievi l-offerti tal-ġimgħa</h2><form method="post" action="/contact#contact_form" id="contact_form" accept-charset="UTF-8" class="newsletter-form">'
            '<input type="hidden" name="form_type" value="customer" /><input type="hidden" name="utf8" value="✓" /><input type="hidden" name="contact[tags]" value="newsletter">'
            '<input id="NewsletterForm--main" type="email" name="contact[email]" placeholder="Email"><button type="submit" class="newsletter-form__button">Abbona</button></form></div></section>\n'
            '</main>\n<div id="shopify-section-sections--footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient">'
            '<ul class="footer-block__details-content list-unstyled"><li><a href="/pages/privatezza-karta-pjazza" class="link link--text list-menu__item list-menu__item--active">Politika tal-Privatezza</a></li>'
            '<li><a href="/policies/terms-of-service" class="link link--text list-menu__item">Termini tas-Servizz</a></li><li><a href="/pages/kuntatt" class="link link--text list-menu__item">Kuntatt</a></li></ul>'
            '<small class="copyright__content">&copy; %d, <a href="/" title="">Pjazza Supermarkets</a></small></footer></div>\n'
            '%s\n<script src="//pjazza.com.mt/cdn/shop/t/14/assets/details-disclosure.js?v=%s" defer="defer"></script>\n</body>\n</html>\n'
            % (URL, html.escape(head[0][1]), URL, v, v, s["reqid"], v, html.escape(PROMOS[s["promo"]]), C.inline_html(head[0][1]), rte,
               when.year, banner, v))


PAGE = {
    "service": "Pjazza Supermarkets", "url": URL, "lang": "mt", "platform": "Shopify (Dawn-derived theme)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2023, 1, 9), "end": dt.date(2026, 9, 25),
    "policy": POLICY, "first_updated": dt.date(2022, 11, 28), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": ["h1.main-page-title", ".rte"],
                    "remove": ["details.politika-shiha > summary"]},
}
