"""Nordvik (sports watches and fitness bands) - hu-HU - Adobe Experience Manager (Core Components, editable
template). The legal page's container holds a title, an intro text component, an Adobe Target teaser (product
offer, A/B) and a Core Components accordion with one collapsed panel per section (content present but `hidden`);
an experience fragment ("Segítségre van szüksége?") closes the container. Noise: data-cmp-data-layer JSON
attributes with repo:modifyDate on every activation, clientlib .lc-<md5>-lc hashes, Adobe Launch build, the
author's "expanded items" setting, a geo-IP country-suggestion bar, holiday hours in the fragment."""
import datetime as dt
import html
import json
import re

import common as C

URL = "https://www.nordvik.com/hu-hu/legal/adatvedelem.html"
HONAP = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
         "október", "november", "december"]


def fmt_date(d):
    return "%d. %s %d." % (d.year, HONAP[d.month - 1], d.day)


POLICY = """
# Adatvédelmi tájékoztató

Hatályos: {UPDATED}

A Nordvik Wearables AB és magyarországi leányvállalata, a Nordvik Hungary Kft. („Nordvik”, „mi”) elkötelezett az Ön személyes adatainak védelme iránt. Ez a tájékoztató a Nordvik órákra és fitneszkarkötőkre, a Nordvik Connect alkalmazásra és a nordvik.com webhelyre vonatkozik.

## 1. Az adatkezelő

Az adatkezelő a Nordvik Wearables AB (Kungsgatan 44, 111 35 Stockholm, Svédország). Magyarországi képviselőnk a Nordvik Hungary Kft. (1095 Budapest, Soroksári út 32–34.). Adatvédelmi tisztviselőnk elérhetősége: [dpo@nordvik.com](mailto:dpo@nordvik.com).

## 2. Milyen adatokat kezelünk?

- fiókadatok: név, e-mail-cím, születési dátum, nem, testmagasság és testsúly;
- egészségügyi és fitneszadatok: pulzus, véroxigénszint, alvásadatok, lépésszám, edzések és GPS-útvonalak;
- eszközadatok: az óra sorozatszáma, firmware-verziója és akkumulátorának állapota;
- vásárlási adatok a webáruházban leadott rendelések esetén.

## 3. Az adatkezelés céljai és jogalapja

Az egészségügyi adatokat kizárólag az Ön kifejezett hozzájárulása alapján kezeljük (GDPR 9. cikk (2) bekezdés a) pont), hogy a Nordvik Connect alkalmazásban megjeleníthessük az elemzéseket és javaslatokat. A hozzájárulást bármikor visszavonhatja az alkalmazás beállításaiban.

A rendelések teljesítéséhez szükséges adatokat a szerződés teljesítése jogalapján kezeljük.

## 4. Adattovábbítás

Adatait az Európai Gazdasági Térségben található szervereken tároljuk. Adatfeldolgozóink közé tartozik az Amazon Web Services (Írország) és a Salesforce (ügyfélszolgálat). Egészségügyi adatait nem adjuk el, és hirdetési célra nem használjuk fel.

## 5. Adatmegőrzés

Fiókja törlését követően az egészségügyi és fitneszadatokat 30 napon belül töröljük. A számlázási adatokat a számviteli törvény előírásai szerint 8 évig őrizzük meg.

## 6. Az Ön jogai

Ön jogosult az adataihoz való hozzáférésre, azok helyesbítésére, törlésére, az adatkezelés korlátozására és az adathordozhatóságra. Panaszával a Nemzeti Adatvédelmi és Információszabadság Hatósághoz (NAIH, 1055 Budapest, Falk Miksa utca 9–11.) fordulhat.
"""

EDITS = [
    {"note": "processors in collapsed panel 4: Google Firebase (crash reports) added",
     "repl": [("az Amazon Web Services (Írország) és a Salesforce (ügyfélszolgálat).",
               "az Amazon Web Services (Írország), a Salesforce (ügyfélszolgálat) és a Google Firebase (összeomlási jelentések).")]},
    {"note": "collapsed panel 5: deletion after account closure shortened from 30 to 14 days",
     "repl": [("30 napon belül töröljük", "14 napon belül töröljük")]},
    {"note": "collapsed panel 3: consent-withdrawal sentence reworded (silent, date not bumped)", "bump": False,
     "repl": [("A hozzájárulást bármikor visszavonhatja az alkalmazás beállításaiban.",
               "Hozzájárulását bármikor visszavonhatja a Nordvik Connect alkalmazás Adatvédelem menüpontjában.")]},
    {"note": "new accordion item 7 on the women's health (cycle tracking) feature",
     "repl": [("(NAIH, 1055 Budapest, Falk Miksa utca 9–11.) fordulhat.",
               "(NAIH, 1055 Budapest, Falk Miksa utca 9–11.) fordulhat.\n\n## 7. Női egészség funkció\n\nHa bekapcsolja a Női egészség funkciót, a megadott ciklusadatokat kizárólag az Ön eszközén és titkosított fiókjában tároljuk. Ezeket az adatokat semmilyen esetben nem osztjuk meg harmadik felekkel.")]},
    {"note": "Hungarian representative moved (Soroksári út -> Budafoki út)",
     "repl": [("(1095 Budapest, Soroksári út 32–34.)", "(1117 Budapest, Budafoki út 91–93.)")]},
]

OFFERS = [("Nordvik Pulse 3", "Most 20% kedvezménnyel a webáruházban", "/hu-hu/shop/pulse-3.html"),
          ("Nordvik Trail X", "Ingyenes szíj minden Trail X mellé", "/hu-hu/shop/trail-x.html"),
          ("Nordvik Connect Premium", "Próbálja ki 3 hónapig ingyen", "/hu-hu/connect/premium.html")]
COUNTRIES = ["Szlovákiából", "Ausztriából", "Romániából", "Németországból"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["clientlibs"] = C.keep_or(rng, prev.get("clientlibs"), 0.35, lambda: (C.hexs(rng, 32), C.hexs(rng, 32), C.hexs(rng, 32)))
    s["launch"] = C.keep_or(rng, prev.get("launch"), 0.5, lambda: (C.hexs(rng, 12), (when - dt.timedelta(hours=rng.randint(2, 300))).strftime("%Y-%m-%dT%H:%M:%SZ")))
    s["activated"] = C.keep_or(rng, prev.get("activated"), 0.5,
                               lambda: (when - dt.timedelta(days=rng.randint(0, 30), seconds=rng.randint(0, 86399))).strftime("%Y-%m-%dT%H:%M:%SZ"))
    s["offer"] = (rng.randrange(len(OFFERS)), rng.choice(["A", "B"]))
    s["expanded"] = C.keep_or(rng, prev.get("expanded"), 0.15, lambda: rng.choice([None, None, 0]))
    s["geo"] = rng.choice([None, None, None] + COUNTRIES)
    s["hours"] = when.month == 12 and when.day > 10
    return s


LABELS = {
    "clientlibs": "AEM clientlib .lc-<md5>-lc hashes (release)",
    "launch": "Adobe Launch library and _satellite build date",
    "activated": "data-cmp-data-layer repo:modifyDate attributes on the legal components (page re-activation)",
    "offer": "Adobe Target teaser inside the legal container (offer rotated, A/B experience)",
    "expanded": "author's accordion 'expanded items' setting (first panel open or all collapsed)",
    "geo": "geo-IP country-suggestion bar",
    "hours": "holiday opening hours in the support experience fragment (inside the legal container)",
}


def _id(*parts):
    return C.det_sha(*parts)[:10]


def _dl(cid, typ, mod, extra=None):
    d = {cid: dict({"@type": "nordvik/components/" + typ, "repo:modifyDate": mod}, **(extra or {}))}
    return html.escape(json.dumps(d, ensure_ascii=False, separators=(",", ":")), quote=True).replace("&quot;", "&#34;")


def text_cmp(blocks, mod, key):
    cid = "text-" + _id("text", key)
    inner = C.blocks_html(blocks, sep="")
    return ('<div class="text"><div data-cmp-data-layer="%s" id="%s" class="cmp-text">%s</div></div>' % (_dl(cid, "text", mod), cid, inner))


def render(s, blocks, when):
    mod = s["activated"]
    head, secs = C.split_sections(blocks)
    title = head[0][1]
    tid = "title-" + _id("title")
    acc = "accordion-" + _id("acc")
    items = []
    for n, (h2, body) in enumerate(secs):
        iid = "%s-item-%s" % (acc, _id("item", re.sub(r"\s.*", "", h2)))
        open_ = s["expanded"] == n
        items.append('<div class="cmp-accordion__item" data-cmp-hook-accordion="item" data-cmp-data-layer="%s" id="%s"%s>'
                     '<h2 class="cmp-accordion__header"><button id="%s-button" class="cmp-accordion__button%s" type="button" aria-controls="%s-panel" data-cmp-hook-accordion="button">'
                     '<span class="cmp-accordion__title">%s</span><span class="cmp-accordion__icon"></span></button></h2>'
                     '<div data-cmp-hook-accordion="panel" id="%s-panel" class="cmp-accordion__panel cmp-accordion__panel--%s" role="region" aria-labelledby="%s-button"%s>'
                     '<div class="container responsivegrid"><div class="cmp-container"><div class="aem-Grid aem-Grid--12 aem-Grid--default--12">%s</div></div></div></div></div>'
                     % (_dl(iid, "accordion/item", mod, {"dc:title": h2}), iid, ' data-cmp-expanded' if open_ else "",
                        iid, " cmp-accordion__button--expanded" if open_ else "", iid, C.inline_html(h2), iid,
                        "expanded" if open_ else "hidden", iid, "" if open_ else " hidden",
                        text_cmp(body, mod, h2[:3])))
    oi, ab = s["offer"]
    oname, otext, ourl = OFFERS[oi]
    teaser = ('<div class="teaser cmp-teaser--promo aem-GridColumn aem-GridColumn--default--12"><div class="at-element-marker" data-mbox="legal-page-promo" data-at-activity="%s">'
              '<div id="teaser-%s" class="cmp-teaser"><div class="cmp-teaser__content"><p class="cmp-teaser__pretitle">%s</p><h3 class="cmp-teaser__title">%s</h3>'
              '<div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" href="%s?cid=legal_%s">Megnézem</a></div></div></div></div></div>'
              % ("249117" if ab == "A" else "249118", _id("teaser"), html.escape(oname), html.escape(otext), ourl, ab.lower()))
    hours = "December 24–26. között ügyfélszolgálatunk zárva tart." if s["hours"] else "Hétfőtől péntekig 8 és 18 óra között."
    xf = ('<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div id="experiencefragment-%s" class="cmp-experiencefragment cmp-experiencefragment--support-box">'
          '<div class="xf-content-height"><div class="aem-Grid aem-Grid--12"><div class="text"><div class="cmp-text"><h3>Segítségre van szüksége?</h3>'
          '<p>Ügyfélszolgálat: <a href="tel:+3615550199">+36 1 555 0199</a>. %s</p></div></div></div></div></div></div>' % (_id("xf"), hours))
    legal = ('<div class="container responsivegrid legal-page aem-GridColumn aem-GridColumn--default--12"><div id="container-%s" class="cmp-container">'
             '<div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">'
             '<div class="title aem-GridColumn aem-GridColumn--default--12"><div data-cmp-data-layer="%s" id="%s" class="cmp-title"><h1 class="cmp-title__text">%s</h1></div></div>'
             '<div class="text aem-GridColumn aem-GridColumn--default--12">%s</div>%s'
             '<div class="accordion panelcontainer aem-GridColumn aem-GridColumn--default--12"><div id="%s" class="cmp-accordion" data-cmp-is="accordion" data-cmp-single-expansion data-cmp-data-layer="%s" data-placeholder-text="false">%s</div></div>'
             '%s</div></div></div>'
             % (_id("legal"), _dl(tid, "title", mod, {"dc:title": title}), tid, C.inline_html(title),
                text_cmp(head[1:], mod, "intro")[len('<div class="text">'):-len("</div>")], teaser,
                acc, _dl(acc, "accordion", mod), "".join(items), xf))
    geo = ""
    if s["geo"]:
        geo = ('<div class="cmp-geo-suggest" role="dialog" aria-live="polite"><p>Úgy tűnik, hogy %s látogat minket. Szeretne az ottani oldalunkra lépni?</p>'
               '<a href="/country-selector.html">Ország kiválasztása</a><button class="cmp-geo-suggest__close" aria-label="Bezárás"></button></div>' % s["geo"])
    c1, c2, c3 = s["clientlibs"]
    lid, lbuilt = s["launch"]
    return ('<!DOCTYPE HTML>\n<html lang="hu-HU">\n<head>\n<meta charset="UTF-8"/>\n<title>Adatvédelmi tájékoztató | Nordvik</title>\n'
            '<meta name="template" content="legal-page"/>\n<meta name="viewport" content="width=device-width, initial-scale=1"/>\n'
            '<link rel="canonical" href="%s"/>\n<link rel="alternate" hreflang="en-gb" href="https://www.nordvik.com/en-gb/legal/privacy.html"/>\n'
            '<link rel="stylesheet" href="/etc.clientlibs/nordvik/clientlibs/clientlib-base.lc-%s-lc.min.css" type="text/css">\n'
            '<link rel="stylesheet" href="/etc.clientlibs/nordvik/clientlibs/clientlib-site.lc-%s-lc.min.css" type="text/css">\n'
            '<script id="usercentrics-cmp" src="https://web.cmp.usercentrics.eu/ui/loader.js" data-settings-id="Xk2p9QwL7" async></script>\n'
            '<script src="https://assets.adobedtm.com/7f3e9c2b1a4d/3e5f6a7b8c9d/launch-%s.min.js" async></script>\n'
            '<script>window.adobeDataLayer = window.adobeDataLayer || []; window._satelliteBuild = {"turbineVersion":"27.5.0","buildDate":"%s","environment":"production"};</script>\n'
            '</head>\n<body class="page basicpage" id="page-%s" data-cmp-link-accessibility-enabled data-cmp-link-accessibility-text="új ablakban nyílik" data-cmp-data-layer-enabled>\n'
            '<script>window.adobeDataLayer.push({page: JSON.parse("{\\"page-%s\\":{\\"@type\\":\\"nordvik/components/page\\",\\"repo:modifyDate\\":\\"%s\\",\\"dc:title\\":\\"Adatvédelmi tájékoztató\\",\\"xdm:template\\":\\"/conf/nordvik/settings/wcm/templates/legal-page\\",\\"xdm:language\\":\\"hu-HU\\"}}"), event:\'cmp:show\', eventInfo: {path: \'page.page-%s\'}});</script>\n'
            '%s\n<div class="root container responsivegrid"><div id="container-%s" class="cmp-container"><div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">\n'
            '<header class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div class="cmp-experiencefragment cmp-experiencefragment--header"><nav class="cmp-navigation" role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement">'
            '<ul class="cmp-navigation__group"><li class="cmp-navigation__item"><a class="cmp-navigation__item-link" href="/hu-hu/orak.html">Órák</a></li><li class="cmp-navigation__item"><a class="cmp-navigation__item-link" href="/hu-hu/karkotok.html">Fitneszkarkötők</a></li>'
            '<li class="cmp-navigation__item"><a class="cmp-navigation__item-link" href="/hu-hu/connect.html">Nordvik Connect</a></li><li class="cmp-navigation__item"><a class="cmp-navigation__item-link" href="/hu-hu/tamogatas.html">Támogatás</a></li></ul></nav></div></header>\n'
            '<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav id="breadcrumb-%s" class="cmp-breadcrumb" aria-label="Morzsamenü"><ol class="cmp-breadcrumb__list"><li class="cmp-breadcrumb__item"><a href="/hu-hu.html" class="cmp-breadcrumb__item-link"><span>Kezdőlap</span></a></li>'
            '<li class="cmp-breadcrumb__item"><a href="/hu-hu/legal.html" class="cmp-breadcrumb__item-link"><span>Jogi információk</span></a></li><li class="cmp-breadcrumb__item cmp-breadcrumb__item--active" aria-current="page"><span>Adatvédelem</span></li></ol></nav></div>\n'
            '%s\n'
            '<footer class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div class="cmp-experiencefragment cmp-experiencefragment--footer"><div class="cmp-text"><p>© %d Nordvik Wearables AB. Minden jog fenntartva.</p>'
            '<p><a href="/hu-hu/legal/adatvedelem.html">Adatvédelem</a> | <a href="/hu-hu/legal/cookie.html">Cookie-k</a> | <a href="/hu-hu/legal/impresszum.html">Impresszum</a></p></div></div></footer>\n'
            '</div></div></div>\n<script src="/etc.clientlibs/nordvik/clientlibs/clientlib-site.lc-%s-lc.min.js"></script>\n'
            '<script src="/etc.clientlibs/core/wcm/components/commons/datalayer/v1/clientlibs/core.wcm.components.commons.datalayer.v1.lc-70264651675213ed7f7cc5a02a00f621-lc.min.js"></script>\n'
            '<div id="usercentrics-root"></div>\n</body>\n</html>\n'
            % (URL, c1, c2, lid, lbuilt, _id("page"), _id("page"), mod, _id("page"), geo, _id("root"), _id("bc"), legal,
               when.year, c3))


PAGE = {
    "service": "Nordvik", "url": URL, "lang": "hu-HU", "platform": "Adobe Experience Manager",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("X-Dispatcher", "dispatcher1euwest1"), ("X-Vhost", "publish")),
    "n": 30, "start": dt.date(2021, 4, 1), "end": dt.date(2026, 8, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 1, 25), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".legal-page"],
                    "remove": [".legal-page .teaser", ".legal-page .experiencefragment"]},
}
