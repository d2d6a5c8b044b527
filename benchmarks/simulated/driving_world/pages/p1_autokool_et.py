"""Roolimeister Autokool - et driving school - WordPress + Avada 7 (Fusion Builder), WP Rocket, Polylang, Yoast,
CookieYes. Clean: everything volatile is outside the selected `.post-content`."""
import datetime as dt

import common as C
import dwkit as K

URL = "https://www.roolimeister.ee/privaatsuspoliitika/"
BASE = "https://www.roolimeister.ee"


def fmt_date(d):
    return "%02d.%02d.%d" % (d.day, d.month, d.year)


POLICY = """
Viimati uuendatud: {UPDATED}

Roolimeister OÜ (edaspidi „autokool“ või „meie“) austab oma õpilaste, klientide ja veebilehe külastajate privaatsust.
Käesolev privaatsuspoliitika selgitab, milliseid isikuandmeid me mootorsõidukijuhi koolituse korraldamisel kogume,
miks me neid töötleme, kellele neid edastame ja kui kaua neid säilitame. Isikuandmete töötlemisel lähtume
isikuandmete kaitse üldmäärusest (GDPR), isikuandmete kaitse seadusest, liiklusseadusest ning mootorsõidukijuhi
ettevalmistamise nõuetest.

## 1. Vastutav töötleja

@ Roolimeister OÜ (registrikood 12405817)
@ Pärnu mnt 139c, 11317 Tallinn
@ Telefon +372 600 4512
@ E-post [info@roolimeister.ee](mailto:info@roolimeister.ee)

Andmekaitsega seotud küsimustes võite pöörduda meie andmekaitse kontaktisiku poole aadressil
[andmekaitse@roolimeister.ee](mailto:andmekaitse@roolimeister.ee).

## 2. Milliseid isikuandmeid me töötleme

- isikuandmed: ees- ja perekonnanimi, isikukood, sünniaeg;
- kontaktandmed: telefoninumber, e-posti aadress, postiaadress;
- koolitusandmed: valitud kategooria, teooria- ja sõidutundide ajad, õpetaja märkmed, eksamitulemused ja tunnistus;
- terviseandmed: tervisetõendi olemasolu ja kehtivusaeg, mida nõuab liiklusseadus;
- makseandmed: arved, maksete kuupäevad ja summad, järelmaksulepingu andmed;
- õppesõidu andmed: õppesõiduki asukoht ja pardakaamera salvestised sõidutunni ajal;
- veebilehe kasutamise andmed: IP-aadress, seadme ja brauseri andmed ning küpsiste abil kogutud teave.

Me ei kogu rohkem andmeid, kui on vajalik koolituse läbiviimiseks ja seadusest tulenevate kohustuste täitmiseks.

Enamiku andmetest saame otse teilt registreerumisel ja koolituse käigus. Tervisetõendi kehtivust kontrollime
tervise infosüsteemist ning eksamiaegade ja -tulemuste andmed saame Transpordiameti e-teeninduse kaudu. Kui
koolituse eest tasub tööandja, saame tema käest ka arve saamiseks vajalikud andmed.

## 3. Töötlemise eesmärgid ja õiguslikud alused

Töötleme isikuandmeid järgmistel eesmärkidel:

- koolituslepingu sõlmimiseks ja täitmiseks, sh tundide broneerimiseks ja õppe dokumenteerimiseks (lepingu täitmine);
- õpilase andmete edastamiseks Transpordiametile ja eksamile registreerimiseks (juriidiline kohustus);
- raamatupidamisdokumentide koostamiseks ja säilitamiseks (juriidiline kohustus);
- õppesõidu ohutuse tagamiseks ja liiklusõnnetuste asjaolude selgitamiseks pardakaamera abil (õigustatud huvi);
- uudiskirja ja kampaaniapakkumiste saatmiseks (nõusolek);
- veebilehe toimimise ja külastatavuse analüüsimiseks (nõusolek küpsiste kasutamiseks).

## 4. Alaealised õpilased

B-kategooria koolitusele võib asuda 16-aastaselt. Kui õpilane on alaealine, sõlmime koolituslepingu lapsevanema või
eestkostjaga ning teavitame lapsevanemat õppe edenemisest ja eksamitulemustest.

## 5. Andmete edastamine

Edastame isikuandmeid Transpordiametile liiklusregistri pidamiseks ning teooria- ja sõidueksamile registreerimiseks.
Lisaks kasutame usaldusväärseid teenusepakkujaid, kes töötlevad andmeid meie nimel ja meie juhiste järgi:

| Teenusepakkuja | Eesmärk | Asukoht |
| Zone Media OÜ | veebimajutus ja e-post | Eesti |
| Autokooli Infosüsteem OÜ | õppe- ja tunniplaanisüsteem | Eesti |
| Maksekeskus AS | pangalingi- ja kaardimaksed | Eesti |
| Google Ireland Limited | veebianalüütika | Iirimaa |
| Meta Platforms Ireland Ltd | turunduskampaaniate mõõtmine | Iirimaa |

Isikuandmeid väljapoole Euroopa Majanduspiirkonda ei edastata, välja arvatud juhul, kui teenusepakkuja on andnud
isikuandmete kaitse üldmääruses nõutud kaitsemeetmed (näiteks Euroopa Komisjoni lepingutüüptingimused).

Isikuandmetele on juurdepääs ainult neil töötajatel ja sõiduõpetajatel, kellel on seda tööülesannete täitmiseks vaja.
Õppesüsteemi kasutamiseks on nõutav kaheastmeline autentimine, paberdokumente hoiame lukustatud kapis ja
pardakaamera salvestistele pääseb ligi üksnes autokooli juhataja.

## 6. Säilitamise tähtajad

- koolitusleping, õppe- ja eksamitulemused: 7 aastat koolituse lõppemisest;
- raamatupidamisdokumendid: 7 aastat majandusaasta lõpust;
- pardakaamera salvestised: 30 päeva, liiklusõnnetuse korral kuni menetluse lõppemiseni;
- uudiskirja andmed: kuni nõusoleku tagasivõtmiseni;
- küpsised: vastavalt küpsiste teavituses toodud tähtaegadele.

## 7. Küpsised

Meie veebileht kasutab hädavajalikke küpsiseid lehe toimimiseks ning teie nõusolekul analüütika- ja
turundusküpsiseid. Küpsiste eelistusi saate igal ajal muuta lehe allservas oleva küpsiste seadete nupu kaudu.

## 8. Teie õigused

Teil on õigus:

- tutvuda enda kohta kogutud isikuandmetega;
- nõuda ebaõigete andmete parandamist;
- nõuda andmete kustutamist, kui nende töötlemiseks puudub alus;
- piirata andmete töötlemist või esitada töötlemise suhtes vastuväide;
- saada oma andmed masinloetaval kujul (andmete ülekandmine);
- võtta nõusolek igal ajal tagasi.

Taotluse saab esitada e-posti teel või kohapeal meie kontoris. Enne andmete väljastamist veendume taotleja
isikusamasuses, näiteks palume taotluse allkirjastada digitaalselt. Vastame taotlusele hiljamalt ühe kuu jooksul.

Kui leiate, et rikume isikuandmete töötlemisel teie õigusi, on teil õigus pöörduda Andmekaitse Inspektsiooni poole
([www.aki.ee](https://www.aki.ee)) või kohtusse.

## 9. Muudatused

Võime privaatsuspoliitikat aeg-ajalt muuta. Kehtiv versioon on alati avaldatud sellel lehel ja selle alguses on
näidatud viimase uuenduse kuupäev.
"""

EDITS = [
    {"note": "payment provider replaced in the processor table (Maksekeskus AS -> Montonio Finance OÜ)",
     "repl": [("| Maksekeskus AS | pangalingi- ja kaardimaksed | Eesti |",
               "| Montonio Finance OÜ | pangalingi- ja kaardimaksed | Eesti |")]},
    {"note": "dashcam recordings kept 14 days instead of 30",
     "repl": [("- pardakaamera salvestised: 30 päeva,", "- pardakaamera salvestised: 14 päeva,")]},
    {"note": "controller address and phone changed (office moved to Peterburi tee)",
     "repl": [("@ Pärnu mnt 139c, 11317 Tallinn\n@ Telefon +372 600 4512",
               "@ Peterburi tee 47, 11415 Tallinn\n@ Telefon +372 600 4590")]},
    {"note": "processor row added (Zoom, online theory lessons, USA), sentence on the EU-US Data Privacy Framework",
     "repl": [("| Google Ireland Limited | veebianalüütika | Iirimaa |",
               "| Zoom Video Communications, Inc. | veebipõhised teoorialoengud | Ameerika Ühendriigid |\n"
               "| Google Ireland Limited | veebianalüütika | Iirimaa |"),
              ("(näiteks Euroopa Komisjoni lepingutüüptingimused).",
               "(näiteks Euroopa Komisjoni lepingutüüptingimused). Andmete edastamisel Ameerika Ühendriikidesse\n"
               "tugineme EL–USA andmekaitseraamistikule, millega teenusepakkuja on liitunud.")]},
    {"note": "Meta pixel dropped: Meta row removed, cookie section no longer mentions marketing cookies",
     "repl": [("| Meta Platforms Ireland Ltd | turunduskampaaniate mõõtmine | Iirimaa |\n", ""),
              ("nõusolekul analüütika- ja\nturundusküpsiseid.", "nõusolekul analüütikaküpsiseid.")]},
    {"note": "typo fixed (hiljamalt -> hiljemalt), no new date", "bump": False,
     "repl": [("hiljamalt ühe kuu", "hiljemalt ühe kuu")]},
]

# (date, WordPress, Avada, Fusion Builder/Core) - plugin and theme updates the agency rolls out
RELEASES = [(dt.date(2021, 12, 1), ("5.8.2", "7.6.1", "3.6.1")), (dt.date(2022, 5, 30), ("6.0", "7.7.1", "3.7.1")),
            (dt.date(2022, 11, 21), ("6.1.1", "7.9.1", "3.9.1")), (dt.date(2023, 5, 25), ("6.2.2", "7.11.1", "3.11.1")),
            (dt.date(2023, 11, 14), ("6.4.1", "7.11.3", "3.11.3")),
            (dt.date(2024, 4, 22), ("6.5.2", "7.11.7", "3.11.7")),
            (dt.date(2024, 11, 18), ("6.7.1", "7.11.12", "3.11.12")),
            (dt.date(2025, 5, 5), ("6.8.1", "7.12.1", "3.12.1")),
            (dt.date(2025, 12, 8), ("6.9", "7.13.1", "3.13.1")), (dt.date(2026, 6, 15), ("6.9.4", "7.13.3", "3.13.3"))]

# B-category course price "alates" (VAT rise of July 2025 included)
PRICES = [(dt.date(2021, 1, 1), 690), (dt.date(2022, 8, 15), 749), (dt.date(2023, 7, 1), 799),
          (dt.date(2024, 7, 1), 849), (dt.date(2025, 7, 1), 890), (dt.date(2026, 7, 1), 920)]

NEWS = [
    (dt.date(2021, 11, 8), "Talvised sõidutunnid: libedasõidu koolitus Laitse ringrajal", "libedasoit-laitse"),
    (dt.date(2022, 2, 14), "Teooriakursus nüüd ka e-õppes", "teooriakursus-e-oppes"),
    (dt.date(2022, 5, 3), "Uus õppeauto Škoda Octavia automaatkäigukastiga", "uus-oppeauto-octavia"),
    (dt.date(2022, 9, 19), "A-kategooria hooaeg on lõppenud", "a-kategooria-hooaeg-lopp"),
    (dt.date(2023, 1, 23), "Transpordiameti eksamiajad broneeri e-teeninduses", "eksamiajad-e-teenindus"),
    (dt.date(2023, 4, 11), "Sügisest avame filiaali Tartus", "filiaal-tartus"),
    (dt.date(2023, 9, 4), "Tartu filiaal on avatud: Riia 24a", "tartu-filiaal-avatud"),
    (dt.date(2024, 2, 12), "Automaatkäigukastiga B-kategooria: mida peab teadma", "automaat-b-kategooria"),
    (dt.date(2024, 6, 3), "Suvekursused noortele – alusta juba juunis", "suvekursused-noortele"),
    (dt.date(2024, 10, 28), "Libedasõidu hooaeg algab 4. novembril", "libedasoidu-hooaeg-2024"),
    (dt.date(2025, 3, 17), "Mootorsõidukimaks ja sinu esimene auto", "mootorsoidukimaks"),
    (dt.date(2025, 6, 30), "Hinnad muutuvad seoses käibemaksu tõusuga", "hinnad-kaibemaks-2025"),
    (dt.date(2025, 11, 10), "Uued elektrilised õppeautod Tallinnas", "elektrilised-oppeautod"),
    (dt.date(2026, 3, 2), "Teooriaeksami uued küsimused alates aprillist", "teooriaeksami-kusimused"),
    (dt.date(2026, 8, 24), "Sügisesed kursused on avatud", "sugisesed-kursused-2026"),
]

COURSE_ANCHOR = dt.date(2021, 10, 4)  # a Monday; B-category theory courses start every other Monday


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    # WP Rocket serves a cached copy built some minutes before the crawl (lifespan 10 h, preload on)
    s["rocket"] = C.epoch(when) - rng.randint(60, 9 * 3600)
    s["release"] = K.phase(when, RELEASES)
    s["dyncss"] = C.keep_or(rng, prev.get("dyncss") if prev.get("release") == s["release"] else None, 0.15,
                            lambda: (C.hexs(rng, 32), C.hexs(rng, 32)))
    day = K.local(when, "EET").date()
    k = (day - COURSE_ANCHOR).days // 14 + 1
    start = COURSE_ANCHOR + dt.timedelta(days=14 * k)
    s["course"] = (start.isoformat(), "Tartu" if (k % 3 == 0 and day >= dt.date(2023, 9, 4)) else "Tallinn")
    s["price"] = K.phase(when, PRICES)
    s["news"] = tuple(n[2] for n in K.latest(NEWS, when, 3))
    s["reviews"] = 118 + (when.date() - dt.date(2022, 1, 1)).days // 8 + rng.randint(0, 2)
    s["saved"] = K.carry_saved(rng, prev, when, 0.08)
    return s


LABELS = {"rocket": "WP Rocket cache build time (closing comment)",
          "release": "WordPress / Avada / Fusion Builder versions in asset URLs and generator",
          "dyncss": "Avada fusion-styles / fusion-scripts compiled file hashes",
          "course": "top bar: next B-category theory course start date and town",
          "price": "top bar: course price 'alates'", "news": "footer 'Uudised' latest posts widget",
          "reviews": "footer Google reviews count",
          "saved": "post modified stamp (Avada rich-snippet 'updated' span, Yoast dateModified)"}


def render(s, blocks, when):
    wp, avada, fb = s["release"]
    h, hjs = s["dyncss"]
    mod = K.touch_saved(s, blocks, when, dt.datetime(2021, 9, 14, 8, 12, 5))
    mod_iso = K.iso_local(mod, "EET")
    start = dt.date.fromisoformat(s["course"][0])
    body = C.render_blocks(blocks, tags={"table": ' class="table"'}, sep="\n")
    news = "".join('<li><a href="%s/%s/">%s</a></li>' % (BASE, slug, C.esc(t))
                   for slug in s["news"] for d, t, sl in NEWS if sl == slug)
    addr = ("Peterburi tee 47, Tallinn" if "Peterburi tee 47" in repr(blocks) else "Pärnu mnt 139c, Tallinn")
    phone = "+372 600 4590" if "600 4590" in repr(blocks) else "+372 600 4512"
    ld = ('{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"%s","url":"%s",'
          '"name":"Privaatsuspoliitika - Roolimeister Autokool","isPartOf":{"@id":"%s/#website"},'
          '"datePublished":"2019-05-20T09:41:12+00:00","dateModified":"%s","inLanguage":"et"},'
          '{"@type":"WebSite","@id":"%s/#website","url":"%s/","name":"Roolimeister Autokool","inLanguage":"et"}]}'
          % (URL, URL, BASE, mod.strftime("%Y-%m-%dT%H:%M:%S+00:00"), BASE, BASE))
    ver = "?ver=" + fb
    return (
        '<!DOCTYPE html>\n<html class="avada-html-layout-wide avada-html-header-position-top" lang="et" '
        'prefix="og: http://ogp.me/ns# fb: http://ogp.me/ns/fb#">\n<head>\n'
        '\t<meta http-equiv="X-UA-Compatible" content="IE=edge" />\n'
        '\t<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>\n'
        '\t<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
        '\t<meta name=\'robots\' content=\'index, follow, max-image-preview:large, max-snippet:-1, '
        'max-video-preview:-1\' />\n'
        '<link rel="alternate" href="%s" hreflang="et" />\n<link rel="alternate" href="%s/ru/politika-'
        'konfidencialnosti/" hreflang="ru" />\n<link rel="alternate" href="%s/en/privacy-policy/" hreflang="en" />\n'
        '\n\t<!-- This site is optimized with the Yoast SEO plugin - https://yoast.com/wordpress/plugins/seo/ -->\n'
        '\t<title>Privaatsuspoliitika - Roolimeister Autokool</title>\n'
        '\t<link rel="canonical" href="%s" />\n'
        '\t<meta property="og:locale" content="et_EE" />\n\t<meta property="og:type" content="article" />\n'
        '\t<meta property="og:title" content="Privaatsuspoliitika - Roolimeister Autokool" />\n'
        '\t<meta property="article:modified_time" content="%s" />\n'
        '\t<script type="application/ld+json" class="yoast-schema-graph">%s</script>\n'
        '\t<!-- / Yoast SEO plugin. -->\n\n'
        '<link rel=\'stylesheet\' id=\'cookie-law-info-css\' href=\'%s/wp-content/plugins/cookie-law-info/legacy/'
        'public/css/cookie-law-info-public.css?ver=3.0.8\' type=\'text/css\' media=\'all\' />\n'
        '<link rel=\'stylesheet\' id=\'fusion-dynamic-css-css\' href=\'%s/wp-content/uploads/fusion-styles/%s.min.css'
        '%s\' type=\'text/css\' media=\'all\' />\n'
        '<script type="text/javascript" src="%s/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js">'
        '</script>\n'
        '<link rel="https://api.w.org/" href="%s/wp-json/" /><link rel="alternate" type="application/json" '
        'href="%s/wp-json/wp/v2/pages/2871" />\n<meta name="generator" content="WordPress %s" />\n'
        '<link rel=\'shortlink\' href=\'%s/?p=2871\' />\n'
        '<style type="text/css" id="css-fb-visibility">@media screen and (max-width: 640px){.fusion-no-small-'
        'visibility{display:none !important;}}</style>\n'
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-7RQ4M2XK1D"></script>\n'
        '<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}'
        'gtag(\'js\', new Date());gtag(\'config\', \'G-7RQ4M2XK1D\');</script>\n'
        '</head>\n\n'
        '<body class="privacy-policy page-template-default page page-id-2871 fusion-image-hovers fusion-pagination-'
        'sizing fusion-button_type-flat fusion-button_span-no fusion-button_gradient-linear avada-image-rollover-'
        'circle-yes avada-image-rollover-yes avada-image-rollover-direction-left fusion-body ltr fusion-sticky-header '
        'no-tablet-sticky-header no-mobile-sticky-header no-mobile-slidingbar no-mobile-totop fusion-disable-outline '
        'fusion-sub-menu-fade mobile-logo-pos-left layout-wide-mode avada-has-boxed-modal-shadow-none layout-scroll-'
        'offset-full avada-has-zero-margin-offset-top fusion-top-header menu-text-align-center mobile-menu-design-'
        'modern fusion-show-pagination-text fusion-header-layout-v3 avada-responsive avada-footer-fx-none avada-menu-'
        'highlight-style-bar fusion-search-form-classic fusion-main-menu-search-dropdown fusion-avatar-square avada-'
        'dropdown-styles avada-blog-layout-large avada-blog-archive-layout-large avada-header-shadow-no avada-has-'
        'titlebar-bar_and_content avada-has-pagination-padding avada-flyout-menu-direction-fade avada-ec-views-v1" '
        'data-awb-post-id="2871">\n'
        '\t<a class="skip-link screen-reader-text" href="#content">Liigu sisu juurde</a>\n\n'
        '\t<div id="boxed-wrapper">\n\t\t<div id="wrapper" class="fusion-wrapper">\n'
        '\t\t\t<div id="home" style="position:relative;top:-1px;"></div>\n'
        '\t\t\t<header class="fusion-header-wrapper">\n'
        '\t\t\t\t<div class="fusion-header-v3 fusion-logo-alignment fusion-logo-left fusion-sticky-menu- '
        'fusion-sticky-logo- fusion-mobile-logo-  fusion-mobile-menu-design-modern">\n'
        '<div class="fusion-secondary-header">\n\t<div class="fusion-row">\n\t\t<div class="fusion-alignleft">\n'
        '\t\t\t<div class="fusion-contact-info"><span class="fusion-contact-info-phone-number">%s</span>'
        '<span class="fusion-header-separator">|</span><span class="fusion-contact-info-email-address">'
        '<a href="mailto:info@roolimeister.ee">info@roolimeister.ee</a></span></div>\n\t\t</div>\n'
        '\t\t<div class="fusion-alignright"><nav class="fusion-secondary-menu" role="navigation" '
        'aria-label="Keeled"><ul id="menu-keeled" class="menu"><li class="lang-item lang-item-3 current-lang '
        'menu-item"><a href="%s" hreflang="et" lang="et" class="fusion-bar-highlight"><span class="menu-text">ET'
        '</span></a></li><li class="lang-item lang-item-6 menu-item"><a href="%s/ru/politika-konfidencialnosti/" '
        'hreflang="ru" lang="ru" class="fusion-bar-highlight"><span class="menu-text">RU</span></a></li>'
        '<li class="lang-item lang-item-9 menu-item"><a href="%s/en/privacy-policy/" hreflang="en" lang="en" '
        'class="fusion-bar-highlight"><span class="menu-text">EN</span></a></li></ul></nav></div>\n'
        '\t</div>\n</div>\n'
        '<div class="rm-kursuse-riba"><div class="fusion-row"><span class="rm-kursuse-riba__tekst">Järgmine '
        'B-kategooria teooriakursus algab <strong>%s</strong> (%s). Koolitus alates <strong>%d €</strong>.</span> '
        '<a class="fusion-button button-flat button-small" href="%s/registreeru/">Registreeru</a></div></div>\n'
        '<div class="fusion-header-sticky-height"></div>\n<div class="fusion-header">\n\t<div class="fusion-row">\n'
        '\t\t<div class="fusion-logo" data-margin-top="20px" data-margin-bottom="20px" data-margin-left="0px" '
        'data-margin-right="0px"><a class="fusion-logo-link" href="%s/"><img src="%s/wp-content/uploads/2019/04/'
        'roolimeister-logo.png" srcset="%s/wp-content/uploads/2019/04/roolimeister-logo.png 1x" width="220" '
        'height="56" alt="Roolimeister Autokool Logo" class="fusion-standard-logo" /></a></div>\n'
        '\t\t<nav class="fusion-main-menu" aria-label="Peamenüü"><ul id="menu-peamenuu" class="fusion-menu">'
        '<li id="menu-item-41" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-41" '
        'data-item-id="41"><a href="%s/koolitused/" class="fusion-bar-highlight"><span class="menu-text">Koolitused'
        '</span></a></li><li id="menu-item-42" class="menu-item menu-item-type-post_type menu-item-object-page '
        'menu-item-42" data-item-id="42"><a href="%s/hinnakiri/" class="fusion-bar-highlight"><span class="menu-text">'
        'Hinnakiri</span></a></li><li id="menu-item-43" class="menu-item menu-item-type-post_type menu-item-object-'
        'page menu-item-43" data-item-id="43"><a href="%s/soiduope/" class="fusion-bar-highlight"><span class="menu-'
        'text">Sõiduõpe</span></a></li><li id="menu-item-44" class="menu-item menu-item-type-post_type menu-item-'
        'object-page menu-item-44" data-item-id="44"><a href="%s/uudised/" class="fusion-bar-highlight"><span '
        'class="menu-text">Uudised</span></a></li><li id="menu-item-45" class="menu-item menu-item-type-post_type '
        'menu-item-object-page menu-item-45" data-item-id="45"><a href="%s/kontakt/" class="fusion-bar-highlight">'
        '<span class="menu-text">Kontakt</span></a></li></ul></nav>\n\t</div>\n</div>\n'
        '\t\t\t\t</div>\n\t\t\t\t<div class="fusion-clearfix"></div>\n\t\t\t</header>\n'
        '\t\t\t<div id="sliders-container" class="fusion-slider-visibility"></div>\n'
        '\t\t\t<section class="avada-page-titlebar-wrapper" aria-label="Lehe tiitliriba">\n'
        '\t<div class="fusion-page-title-bar fusion-page-title-bar-none fusion-page-title-bar-left">\n'
        '\t\t<div class="fusion-page-title-row"><div class="fusion-page-title-wrapper">'
        '<div class="fusion-page-title-captions"><h1 class="entry-title">Privaatsuspoliitika</h1></div>'
        '<div class="fusion-page-title-secondary"><nav class="fusion-breadcrumbs awb-yoast-breadcrumbs" '
        'aria-label="Breadcrumb"><ol class="awb-breadcrumb-list"><li class="fusion-breadcrumb-item '
        'awb-breadcrumb-sep"><a href="%s" class="fusion-breadcrumb-link"><span>Avaleht</span></a></li>'
        '<li class="fusion-breadcrumb-item" aria-current="page"><span class="breadcrumb-leaf">Privaatsuspoliitika'
        '</span></li></ol></nav></div></div></div>\n\t</div>\n\t\t\t</section>\n\n'
        '\t\t\t<main id="main" class="clearfix ">\n\t\t\t\t<div class="fusion-row" style="">\n'
        '<section id="content" style="width: 100%%;">\n'
        '\t\t\t\t\t<div id="post-2871" class="post-2871 page type-page status-publish hentry">\n'
        '\t\t\t<span class="entry-title rich-snippet-hidden">Privaatsuspoliitika</span><span class="vcard '
        'rich-snippet-hidden"><span class="fn"><a href="%s/author/kadri/" title="Postitused: Kadri" rel="author">'
        'Kadri</a></span></span><span class="updated rich-snippet-hidden">%s</span>\n'
        '\t\t\t\t\t\t<div class="post-content">\n'
        '\t\t\t\t<div class="fusion-fullwidth fullwidth-box fusion-builder-row-1 fusion-flex-container '
        'nonhundred-percent-fullwidth non-hundred-percent-height-scrolling" style="--awb-border-radius-top-left:0px;'
        '--awb-border-radius-top-right:0px;--awb-border-radius-bottom-right:0px;--awb-border-radius-bottom-left:0px;'
        '--awb-flex-wrap:wrap;" ><div class="fusion-builder-row fusion-row fusion-flex-align-items-flex-start" '
        'style="max-width:1248px;margin-left: calc(-4%% / 2 );margin-right: calc(-4%% / 2 );">'
        '<div class="fusion-layout-column fusion_builder_column fusion-builder-column-0 fusion_builder_column_1_1 '
        '1_1 fusion-flex-column" style="--awb-bg-size:cover;--awb-width-large:100%%;--awb-margin-top-large:0px;'
        '--awb-spacing-right-large:1.92%%;--awb-margin-bottom-large:20px;--awb-spacing-left-large:1.92%%;">'
        '<div class="fusion-column-wrapper fusion-column-has-shadow fusion-flex-justify-content-flex-start '
        'fusion-content-layout-column"><div class="fusion-text fusion-text-1">%s</div></div></div></div></div>\n'
        '\t\t\t\t\t\t\t</div>\n\t\t\t\t\t</div>\n\t\t</section>\n'
        '\t\t\t\t\t\t</div>  <!-- fusion-row -->\n\t\t\t\t</main>  <!-- #main -->\n\n'
        '\t\t\t\t<div class="fusion-footer">\n'
        '<footer class="fusion-footer-widget-area fusion-widget-area"><div class="fusion-row">'
        '<div class="fusion-columns fusion-columns-3 fusion-widget-area">\n'
        '<div class="fusion-column col-lg-4 col-md-4 col-sm-4"><section id="text-2" class="fusion-footer-widget-'
        'column widget widget_text"><h4 class="widget-title">Kontakt</h4><div class="textwidget"><p>%s<br />'
        'E–R 9.00–18.00<br />%s</p></div><div style="clear:both;"></div></section></div>\n'
        '<div class="fusion-column col-lg-4 col-md-4 col-sm-4"><section id="recent-posts-3" class="fusion-footer-'
        'widget-column widget widget_recent_entries"><h4 class="widget-title">Uudised</h4><ul>%s</ul>'
        '<div style="clear:both;"></div></section></div>\n'
        '<div class="fusion-column fusion-column-last col-lg-4 col-md-4 col-sm-4"><section id="custom_html-2" '
        'class="widget_text fusion-footer-widget-column widget widget_custom_html"><h4 class="widget-title">'
        'Õpilaste hinnang</h4><div class="textwidget custom-html-widget"><a class="rm-google-hinnang" href="https://'
        'g.page/r/CcR0olimeisterEBM/review" target="_blank" rel="noopener">4,9 ★ Google (%d arvustust)</a></div>'
        '<div style="clear:both;"></div></section></div>\n'
        '</div></div></footer>\n'
        '<footer id="footer" class="fusion-footer-copyright-area"><div class="fusion-row"><div class="fusion-'
        'copyright-content"><div class="fusion-copyright-notice"><div>© %d Roolimeister OÜ | <a href="%s">'
        'Privaatsuspoliitika</a> | <a href="%s/kupsised/">Küpsised</a></div></div></div></div></footer>\n'
        '\t\t\t\t</div> <!-- fusion-footer -->\n\t\t\t</div> <!-- wrapper -->\n\t\t</div> <!-- #boxed-wrapper -->\n'
        '\t\t<a class="fusion-one-page-text-link fusion-page-load-link" tabindex="-1" href="#" aria-hidden="true">'
        'Page load link</a>\n\n\t\t<div class="avada-footer-scripts">\n'
        '<div id="cookie-law-info-bar" data-nosnippet="true"><span>Kasutame küpsiseid, et veebileht toimiks ja et '
        'saaksime külastusi analüüsida. <a role=\'button\' data-cli_action="accept" id="cookie_action_close_header" '
        'class="medium cli-plugin-button cli-plugin-main-button cookie_action_close_header cli_action_button '
        'wt-cli-accept-btn">Nõustun</a> <a role=\'button\' id="cookie_action_close_header_reject" class="medium '
        'cli-plugin-button cli-plugin-main-button cookie_action_close_header_reject cli_action_button wt-cli-reject-'
        'btn" data-cli_action="reject">Keeldun</a> <a role=\'button\' class="cli_settings_button">Seaded</a></span>'
        '</div>\n'
        '<script type="text/javascript" src="%s/wp-content/uploads/fusion-scripts/%s.min.js%s" '
        'id="fusion-scripts-js"></script>\n'
        '\t\t</div>\n\n\t\t<section class="to-top-container to-top-right" aria-labelledby="awb-to-top-label">'
        '<a href="#" id="toTop" class="fusion-top-top-link"><span id="awb-to-top-label" class="screen-reader-text">'
        'Mine üles</span></a></section>\n\t</body>\n</html>\n\n'
        '<!-- This website is like a Rocket, isn\'t it? Performance optimized by WP Rocket. Learn more: '
        'https://wp-rocket.me - Debug: cached@%d -->'
        % (URL, BASE, BASE, URL, mod_iso, ld, BASE, BASE, h, ver, BASE, BASE, BASE, wp, BASE,
           phone, URL, BASE, BASE, fmt_date(start), s["course"][1], s["price"], BASE,
           BASE, BASE, BASE, BASE, BASE, BASE, BASE, BASE, URL, BASE, mod_iso, body,
           addr, phone, news, s["reviews"], K.local(when, "EET").year, URL, BASE,
           BASE, hjs, "?ver=" + avada, s["rocket"]))


PAGE = {
    "service": "Roolimeister Autokool", "url": URL, "lang": "et-EE", "platform": "WordPress + Avada (Fusion Builder)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("Vary", "Accept-Encoding"), ("X-Powered-By", "PHP/8.1.27")),
    "n": 30, "start": dt.date(2022, 1, 10), "end": dt.date(2026, 10, 20), "hours": (2, 8, 14),
    "policy": POLICY, "first_updated": dt.date(2021, 9, 13), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": "#content .post-content"},
}
