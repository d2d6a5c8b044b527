"""NordBaby (baby-care brand; its Lithuanian site) on Adobe Experience Manager, Lithuanian.

Until the spring-2024 redesign: AEM 6.5 with the brand's own components (a hero with the title, the whole policy
in one `.legal-content` rich-text component, the free-sample-box promo in a sidebar). After it: AEM as a Cloud
Service with Core Components: title and text components, and every section in a collapsed accordion item
(`cmp-accordion__panel--hidden`); the sample-box promo, an experience fragment with an Adobe Target A/B variant and
a live "liko n dėžučių" stock count, moved INSIDE `main`, which the new declaration selects minus that fragment
(history: the legacy declaration until the redesign). Per request the Akamai bot-manager pixel token; per deploy
the clientlib hashes; page re-publications change the data layer's `repo:modifyDate`."""
import datetime as dt
import html
import json
import re

import common as C

URL = "https://www.nordbaby.lt/lt/privatumo-politika.html"
REDESIGN = dt.datetime(2024, 4, 16)
ACC = "accordion-2c3d4e5f6a"

POLICY = """
# Privatumo politika

Atnaujinta {UPDATED}

„NordBaby“ rūpinasi ne tik kūdikių oda, bet ir jūsų asmens duomenų saugumu. Šioje privatumo politikoje paaiškiname, kokius asmens duomenis tvarkome, kai lankotės svetainėje nordbaby.lt, užsisakote nemokamą pavyzdžių dėžutę, tampate „NordBaby“ klubo nariu, dalyvaujate žaidimuose arba kreipiatės į mus, kokiais tikslais tai darome ir kokias teises turite pagal Bendrąjį duomenų apsaugos reglamentą (BDAR) ir Lietuvos Respublikos asmens duomenų teisinės apsaugos įstatymą. Asmens duomenis tvarkome teisėtai, sąžiningai ir skaidrai.

## 1. Duomenų valdytojas

@ UAB „NordBaby Baltic“
@ Įmonės kodas 304512876
@ Konstitucijos pr. 21A, LT-08105 Vilnius
@ Tel. +370 5 219 4400
@ El. paštas privatumas@nordbaby.lt

„NordBaby“ grupės duomenų apsaugos pareigūną galite pasiekti el. paštu dap@nordbaby.com.

## 2. Kokius duomenis tvarkome

- Kontaktiniai duomenys: vardas, pavardė, el. pašto adresas, telefono numeris, pristatymo adresas
- Informacija apie nėštumą ir vaiką: numatoma gimdymo data arba vaiko gimimo data, vaiko vardas, jei jį nurodote
- Klubo narystės duomenys: prenumeratos nuostatos, dalyvavimas akcijose ir žaidimuose, gauti pavyzdžiai
- Užklausų duomenys: jūsų klausimai, atsiliepimai ir pranešimai apie produktų kokybę ar nepageidaujamas reakcijas
- Techniniai duomenys: IP adresas, naršyklės tipas, slapukų identifikatoriai, informacija apie apsilankymą svetainėje

## 3. Tikslai, teisiniai pagrindai ir saugojimo terminai

| Tikslas | Duomenys | Teisinis pagrindas | Saugojimo terminas |
| Nemokamos pavyzdžių dėžutės išsiuntimas | Kontaktiniai duomenys, numatoma gimdymo data | Jūsų sutikimas | 12 mėnesių po išsiuntimo |
| „NordBaby“ klubo naujienlaiškiai | Vardas, el. paštas, vaiko gimimo data | Jūsų sutikimas | Kol atšauksite sutikimą |
| Žaidimų ir akcijų organizavimas | Kontaktiniai duomenys, atsakymai | Sutarties vykdymas | 6 mėnesiai po žaidimo pabaigos |
| Užklausų ir skundų nagrinėjimas | Užklausų ir kontaktiniai duomenys | Teisėtas interesas | 3 metai |
| Pranešimai apie produktų saugą ir kokybę | Užklausų duomenys, produkto partijos numeris | Teisinė prievolė | 10 metų |
| Svetainės analitika ir reklama | Techniniai duomenys | Jūsų sutikimas | Iki 13 mėnesių |

Pasibaigus saugojimo terminui, duomenis ištriname arba negrįžtamai nuasmeniname.

Jei pranešate apie produkto kokybės problemą ar nepageidaujamą odos reakciją, tokią informaciją galime laikyti su sveikata susijusiais duomenimis. Juos tvarkome tik tam, kad ištirtume pranešimą, prireikus informuotume priežiūros institucijas ir pagerintume savo produktus. Prie šios informacijos prieigą turi tik mūsų kokybės ir produktų saugos specialistai.

## 4. Vaikų duomenys

Mūsų produktai skirti kūdikiams ir mažiems vaikams, tačiau mūsų paslaugomis naudojasi tik suaugusieji. Nerenkame asmens duomenų tiesiogiai iš vaikų iki 14 metų. Vaiko vardą ir gimimo datą tvarkome tik tam, kad galėtume atsiųsti jo amžių atitinkančių patarimų ir pavyzdžių, ir niekada nenaudojame šių duomenų profiliavimui, kuris turėtų teisinių pasekmių jums ar jūsų vaikui.

## 5. Duomenų gavėjai

Asmens duomenų neparduodame. Duomenis perduodame tik tiems partneriams, kurie padeda mums teikti paslaugas, ir tik tiek, kiek būtina:

- kurjerių tarnyboms (Omniva, DPD Lietuva) pavyzdžių dėžutėms pristatyti;
- „Salesforce Marketing Cloud“ naujienlaiškiams siųsti;
- „Adobe“ svetainei talpinti ir jos lankomumui analizuoti;
- grupės bendrovei „NordBaby AB“ Švedijoje klientams aptarnauti ir produktų saugos pranešimams tirti;
- valstybės institucijoms, kai to reikalauja teisės aktai.

Su visais duomenų tvarkytojais esame sudarę duomenų tvarkymo sutartis.

## 6. Duomenų perdavimas už ES ribų

Kai kurie mūsų paslaugų teikėjai (pavyzdžiui, „Salesforce“ ir „Adobe“) gali tvarkyti duomenis ir už Europos ekonominės erdvės ribų. Tokiais atvejais užtikriname tinkamas apsaugos priemones: Europos Komisijos patvirtintas standartines sutarčių sąlygas arba sprendimą dėl tinkamumo.

## 7. Slapukai

Svetainėje naudojame būtinuosius slapukus, o jums sutikus ir analitinius bei rinkodaros slapukus. Savo pasirinkimą galite bet kada pakeisti paspaudę nuorodą „Slapukų nustatymai“ svetainės apačioje. Daugiau informacijos rasite [slapukų politikoje](/lt/slapuku-politika.html).

## 8. Jūsų teisės

Turite teisę:

- susipažinti su savo asmens duomenimis ir gauti jų kopiją;
- reikalauti ištaisyti netikslius duomenis;
- reikalauti ištrinti duomenis („teisė būti pamirštam“);
- apriboti duomenų tvarkymą;
- nesutikti, kad duomenys būtų tvarkomi teisėto intereso pagrindu ir tiesioginės rinkodaros tikslais;
- į duomenų perkeliamumą;
- bet kada atšaukti duotą sutikimą.

Prašymus siųskite el. paštu privatumas@nordbaby.lt. Į juos atsakysime ne vėliau kaip per vieną mėnesį. Siekdami apsaugoti jūsų duomenis, prieš pateikdami informaciją galime paprašyti patvirtinti savo tapatybę. Naudojimasis teisėmis jums nekainuoja, tačiau jei prašymai akivaizdžiai nepagrįsti ar pernelyg dažni, galime imti pagrįstą mokestį arba atsisakyti juos vykdyti.

Taip pat imamės tinkamų techninių ir organizacinių priemonių, kad apsaugotume asmens duomenis nuo netyčinio ar neteisėto sunaikinimo, pakeitimo, atskleidimo ar praradimo: duomenys perduodami šifruotu ryšiu, o prieiga prie jų suteikiama tik tiems darbuotojams, kuriems jos reikia darbui.

## 9. Skundai

Jei manote, kad jūsų duomenys tvarkomi pažeidžiant teisės aktus, galite pateikti skundą Valstybinei duomenų apsaugos inspekcijai (L. Sapiegos g. 17, LT-10312 Vilnius, ada@ada.lt, www.vdai.lrv.lt). Vis dėlto rekomenduojame pirmiausia kreiptis į mus.

## 10. Politikos pakeitimai

Šią politiką galime atnaujinti. Apie esminius pakeitimus informuosime svetainėje arba el. paštu, jei esate „NordBaby“ klubo narys.
"""

MONTHS_GEN = ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo",
              "spalio", "lapkričio", "gruodžio"]


def fmt_date(d):
    return "%d m. %s %d d." % (d.year, MONTHS_GEN[d.month - 1], d.day)


EDITS = [
    {"note": "typo fixed: 'skaidrai' -> 'skaidriai'", "bump": False,
     "repl": [("sąžiningai ir skaidrai.", "sąžiningai ir skaidriai.")]},
    {"note": "processor added to the recipients list: LP Express parcel lockers",
     "repl": [("- kurjerių tarnyboms (Omniva, DPD Lietuva) pavyzdžių dėžutėms pristatyti;",
               "- kurjerių tarnyboms (Omniva, DPD Lietuva) pavyzdžių dėžutėms pristatyti;\n"
               "- AB „Lietuvos paštas“ (LP EXPRESS) pavyzdžių dėžutėms į paštomatus pristatyti;")]},
    {"note": "sample-box retention 12 -> 6 months",
     "repl": [("| Jūsų sutikimas | 12 mėnesių po išsiuntimo |", "| Jūsų sutikimas | 6 mėnesiai po išsiuntimo |")]},
    {"note": "sentence added: duplicate sample-box orders checked by address",
     "repl": [("Pasibaigus saugojimo terminui, duomenis ištriname arba negrįžtamai nuasmeniname.",
               "Pasibaigus saugojimo terminui, duomenis ištriname arba negrįžtamai nuasmeniname. Kad pavyzdžių "
               "dėžutė būtų išsiųsta tik vieną kartą vienam vaikui, tikriname, ar tuo pačiu adresu ji jau buvo "
               "išsiųsta.")]},
    {"note": "phone number changed",
     "repl": [("@ Tel. +370 5 219 4400", "@ Tel. +370 5 205 1180")]},
    {"note": "section added: website chat assistant (last section renumbered)",
     "repl": [("## 10. Politikos pakeitimai\n",
               "## 10. Pokalbių asistentas\n\n"
               "Svetainėje veikia pokalbių asistentas, kuris atsako į dažniausius klausimus apie mūsų produktus ir "
               "pavyzdžių dėžutes. Pokalbių turinį saugome 90 dienų, kad galėtume gerinti atsakymų kokybę. Prašome "
               "pokalbyje nenurodyti informacijos apie savo ar vaiko sveikatą; jei reikia, pokalbis perduodamas mūsų "
               "konsultantui.\n\n"
               "## 11. Politikos pakeitimai\n")]},
]


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["design"] = "core" if when >= REDESIGN else "legacy"
    clib = lambda: [C.hexs(rng, 32) for _ in range(3)]
    st["clientlibs"] = clib() if p.get("design") != st["design"] else C.keep_or(rng, p.get("clientlibs"), 0.25, clib)
    st["akamai"] = (C.hexs(rng, 8) if p.get("akamai") is None or rng.random() < 0.1 else p["akamai"][0],
                    C.b64tok(rng, 60))
    st["published"] = C.keep_or(rng, p.get("published"), 0.3,
                                lambda: C.iso(when - dt.timedelta(days=rng.randint(1, 40), seconds=rng.randint(0, 86399))))
    st["target"] = C.keep_or(rng, p.get("target"), 0.5, lambda: rng.choice(["A", "B"]))
    st["boxes"] = max(0, 520 - when.day * 16 + rng.randint(-20, 20))
    return st


LABELS = {
    "design": "redesign AEM 6.5 legacy components -> AEM Cloud Service Core Components (sections in accordions)",
    "clientlibs": "clientlib hashes (lc-…-lc / ACS versioned) on CSS/JS (deploy)",
    "akamai": "Akamai bot-manager pixel token (per request)",
    "published": "page re-published: data layer repo:modifyDate",
    "target": "Adobe Target A/B variant of the sample-box promo",
    "boxes": "free-sample-box stock count ('liko n dėžučių'), INSIDE main after the redesign (removed)",
}

NAV = [("Produktai", "/lt/produktai.html"), ("Sauskelnės", "/lt/produktai/sauskelnes.html"),
       ("Odos priežiūra", "/lt/produktai/odos-prieziura.html"), ("Patarimai tėvams", "/lt/patarimai.html"),
       ("„NordBaby“ klubas", "/lt/klubas.html"), ("Kur įsigyti", "/lt/kur-isigyti.html")]


def promo_html(st):
    if st["target"] == "A":
        head = "Nemokama pavyzdžių dėžutė jūsų mažyliui"
    else:
        head = "Laukiatės? Gaukite dovanų dėžutę su pavyzdžiais"
    n = st["boxes"]
    stock = ("Šį mėnesį liko <strong>%d</strong> dėžučių" % n) if n else "Šio mėnesio dėžutės išdalintos"
    return head, stock


def dl(obj):
    return html.escape(json.dumps(obj, ensure_ascii=False, separators=(",", ":")), quote=True)


def cmp_id(prefix, *key):
    return "%s-%s" % (prefix, C.det_sha("aem", prefix, *key)[:10])


def text_cmp(blocks, key):
    tid = cmp_id("text", key)
    return ('<div class="text">\n<div data-cmp-data-layer="%s" id="%s" class="cmp-text">\n%s\n</div>\n\n    \n</div>'
            % (dl({tid: {"@type": "nordbaby/components/text", "parentId": "container-8f2a1c3b4d"}}), tid,
               C.blocks_html(blocks, cls={"table": "cmp-table"})))


def core_main(st, blocks):
    head, secs = C.split_sections(blocks)
    title, rest = head[0], head[1:]
    tid = cmp_id("title", "main")
    items = []
    for name, body in secs:
        iid = "%s-item-%s" % (ACC, C.det_sha("item", re.sub(r"^\d+\.\s*", "", name))[:10])
        items.append(
            '<div class="cmp-accordion__item" data-cmp-hook-accordion="item" data-cmp-data-layer="%s" id="%s">\n'
            '        <h2 class="cmp-accordion__header">\n            <button id="%s-button" class="cmp-accordion__button"'
            ' type="button" aria-controls="%s-panel" data-cmp-hook-accordion="button">\n                <span class="cmp-'
            'accordion__title">%s</span>\n                <span class="cmp-accordion__icon"></span>\n            '
            '</button>\n        </h2>\n        <div data-cmp-hook-accordion="panel" id="%s-panel" class="cmp-accordion__'
            'panel cmp-accordion__panel--hidden" role="region" aria-labelledby="%s-button">%s</div>\n    </div>'
            % (dl({iid: {"@type": "nordbaby/components/accordion/item", "dc:title": name, "parentId": ACC}}), iid, iid,
               iid, C.inline_html(name), iid, iid, text_cmp(body, name)))
    head_p, stock = promo_html(st)
    return """<main class="container responsivegrid main" id="main-content">
<div id="container-8f2a1c3b4d" class="cmp-container">
<div class="title">
<div data-cmp-data-layer="%(tdl)s" id="%(tid)s" class="cmp-title">
    <h1 class="cmp-title__text">%(title)s</h1>
</div>

    
</div>
%(intro)s
<div class="accordion panelcontainer">
<div id="%(acc)s" class="cmp-accordion" data-cmp-is="accordion" data-cmp-data-layer="%(adl)s" data-placeholder-text="false">
    %(items)s
</div>

    
</div>
<div class="experiencefragment">
<div id="experiencefragment-9e1d2c3b4a" class="cmp-experiencefragment cmp-experiencefragment--sample-box-%(variant)s">
<div class="xf-content-height">
<div class="teaser cmp-teaser--promo"><div class="cmp-teaser"><div class="cmp-teaser__content"><h2 class="cmp-teaser__title">%(phead)s</h2><div class="cmp-teaser__description"><p>%(stock)s. Užsiregistruokite „NordBaby“ klube ir gaukite sauskelnių, drėgnų servetėlių ir kremo pavyzdžių.</p></div><div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" href="/lt/klubas/pavyzdziu-dezute.html">Užsisakyti dėžutę</a></div></div></div></div>
</div></div>

    
</div>
</div>
</main>""" % dict(tdl=dl({tid: {"@type": "nordbaby/components/title", "dc:title": title[1]}}), tid=tid,
                  title=C.inline_html(title[1]), intro=text_cmp(rest, "intro"), acc=ACC,
                  adl=dl({ACC: {"@type": "nordbaby/components/accordion", "shownItems": []}}),
                  items="\n    ".join(items), variant=st["target"].lower(), phead=html.escape(head_p), stock=stock)


def legacy_main(st, blocks):
    head_p, stock = promo_html(st)
    return """<main id="main-content" class="legal-page">
    <div class="page-hero page-hero--small">
        <div class="page-hero__inner"><h1 class="page-hero__title">%s</h1></div>
    </div>
    <div class="legal-page__grid">
        <div class="legal-page__content">
            <div class="legal-content rte">
%s
            </div>
        </div>
        <aside class="legal-page__aside">
            <div class="sample-box-promo sample-box-promo--%s">
                <p class="sample-box-promo__title">%s</p>
                <p class="sample-box-promo__stock">%s</p>
                <a class="btn btn--primary" href="/lt/klubas/pavyzdziu-dezute.html">Užsisakyti dėžutę</a>
            </div>
        </aside>
    </div>
</main>""" % (C.inline_html(blocks[0][1]), C.blocks_html(blocks[1:], cls={"table": "rte-table"}), st["target"].lower(),
              html.escape(head_p), stock)


def render(st, blocks, when):
    core = st["design"] == "core"
    base, site, js = st["clientlibs"]
    if core:
        css = ('<link rel="stylesheet" href="/etc.clientlibs/nordbaby/clientlibs/clientlib-base.lc-%s-lc.min.css" '
               'type="text/css">\n<link rel="stylesheet" href="/etc.clientlibs/nordbaby/clientlibs/clientlib-site.lc-%s'
               '-lc.min.css" type="text/css">' % (base, site))
        jsl = ('<script async src="/etc.clientlibs/core/wcm/components/commons/datalayer/v2/clientlibs/core.wcm.'
               'components.commons.datalayer.v2.lc-1e0136bad0acfb78be509234578e44f9-lc.min.js"></script>\n<script src="'
               '/etc.clientlibs/nordbaby/clientlibs/clientlib-site.lc-%s-lc.min.js"></script>' % js)
        main = core_main(st, blocks)
        tmpl, body_cls = "legal-page", "page basicpage"
    else:
        css = ('<link rel="stylesheet" href="/etc.clientlibs/nordbaby/clientlibs/clientlib-site.min.ACSHASH%s.css" '
               'type="text/css">' % site)
        jsl = ('<script src="/etc.clientlibs/nordbaby/clientlibs/clientlib-site.min.ACSHASH%s.js"></script>' % js)
        main = legacy_main(st, blocks)
        tmpl, body_cls = "nordbaby-legal-template", "legal-template page basicpage"
    pid = "page-5c6d7e8f9a"
    page_dl = json.dumps({pid: {"@type": "nordbaby/components/page", "repo:modifyDate": st["published"],
                                "dc:title": "Privatumo politika",
                                "xdm:template": "/conf/nordbaby/settings/wcm/templates/" + tmpl,
                                "xdm:language": "lt-LT", "xdm:tags": [],
                                "repo:path": "/content/nordbaby/lt/lt/privatumo-politika.html"}},
                         ensure_ascii=False, separators=(",", ":"))
    page_dl = page_dl.replace('"', "\\x22").replace("-", "\\u002D").replace("/", "\\/")
    pix, tok = st["akamai"]
    nav = "".join('<li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="%s" class="cmp-navigation__'
                  'item-link">%s</a></li>' % (h, t) for t, h in NAV)
    return """<!DOCTYPE HTML>
<html lang="lt-LT">
    <head>
    <meta charset="UTF-8"/>
    <title>Privatumo politika | NordBaby</title>
    
    <meta name="description" content="Kaip „NordBaby“ tvarko jūsų ir jūsų vaiko asmens duomenis."/>
    <meta name="template" content="%(tmpl)s"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    

    
    
<link rel="canonical" href="%(url)s"/>
<link rel="alternate" hreflang="lv-LV" href="https://www.nordbaby.lv/lv/privatuma-politika.html"/>
<link rel="alternate" hreflang="et-EE" href="https://www.nordbaby.ee/et/privaatsuspoliitika.html"/>


    

    
%(css)s
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-document-language="true" type="text/javascript" charset="UTF-8" data-domain-script="018f2c3d-4e5f-7a8b-9c0d-1e2f3a4b5c6d"></script>
<script type="text/javascript">function OptanonWrapper() { }</script>
<script src="https://assets.adobedtm.com/7c1f2e3a4b5c/1d2e3f4a5b6c/launch-9f8e7d6c5b4a.min.js" async></script>

    
    
    

    

    


        
    
</head>
    <body class="%(bodycls)s" id="%(pid)s" data-cmp-link-accessibility-enabled data-cmp-link-accessibility-text="atsidaro naujame skirtuke" data-cmp-data-layer-enabled data-cmp-data-layer-name="adobeDataLayer">
        <script>
          var dataLayerName = 'adobeDataLayer' || 'adobeDataLayer';
          window[dataLayerName] = window[dataLayerName] || [];
          window[dataLayerName].push({
              page: JSON.parse("%(pagedl)s"),
              event:'cmp:show',
              eventInfo: {
                  path: 'page.%(pidesc)s'
              }
          });
        </script>
        
        
            




            
<div class="root container responsivegrid">
<div id="container-1a2b3c4d5e" class="cmp-container">
<div class="experiencefragment">
<div id="experiencefragment-header" class="cmp-experiencefragment cmp-experiencefragment--header">
<header class="site-header">
<a class="site-header__logo" href="/lt.html"><img src="/content/dam/nordbaby/logo/nordbaby-logo.svg" alt="NordBaby" width="150" height="40"/></a>
<nav class="cmp-navigation" itemscope itemtype="http://schema.org/SiteNavigationElement" aria-label="Pagrindinis meniu"><ul class="cmp-navigation__group">%(nav)s</ul></nav>
<div class="languagenavigation"><nav class="cmp-languagenavigation"><ul class="cmp-languagenavigation__group"><li class="cmp-languagenavigation__item cmp-languagenavigation__item--active"><a class="cmp-languagenavigation__item-link" href="%(url)s" hreflang="lt" lang="lt">LT</a></li></ul></nav></div>
<div class="search"><section class="cmp-search" role="search" data-cmp-is="search" data-cmp-min-length="3" data-cmp-results-size="10"><form class="cmp-search__form" action="/lt/paieska.html" method="get" autocomplete="off"><input class="cmp-search__input" type="text" name="fulltext" placeholder="Paieška" role="combobox" aria-label="Paieška"/></form></section></div>
</header>
<nav class="cmp-breadcrumb" aria-label="Naršymo kelias"><ol class="cmp-breadcrumb__list"><li class="cmp-breadcrumb__item"><a href="/lt.html" class="cmp-breadcrumb__item-link"><span>Pradžia</span></a></li><li class="cmp-breadcrumb__item cmp-breadcrumb__item--active"><span>Privatumo politika</span></li></ol></nav>
</div>
</div>
%(main)s
<div class="experiencefragment">
<div id="experiencefragment-footer" class="cmp-experiencefragment cmp-experiencefragment--footer">
<footer class="site-footer">
<ul class="site-footer__links"><li><a href="/lt/apie-mus.html">Apie mus</a></li><li><a href="/lt/kontaktai.html">Kontaktai</a></li><li><a href="/lt/privatumo-politika.html">Privatumo politika</a></li><li><a href="/lt/slapuku-politika.html">Slapukų politika</a></li><li><a href="/lt/produktu-sauga.html">Produktų sauga</a></li><li><a class="ot-sdk-show-settings" href="#">Slapukų nustatymai</a></li></ul>
<p class="site-footer__legal">© NordBaby AB. Visos teisės saugomos. UAB „NordBaby Baltic“, Vilnius.</p>
</footer>
</div>
</div>
</div>
</div>


            
    
    
%(js)s




    

            
        
    
<script type="text/javascript"  src="/lQ8x4b/Zk3/aVc/pR2t/DOGRXvM2/Y3kzcWtvb2dl/AUMtNFk/cVsEK2/xcDV0"  ></script><noscript><img src="https://www.nordbaby.lt/akam/13/pixel_%(pix)s?a=%(tok)s&" style="visibility: hidden; position: absolute; left: -999px; top: -999px;" /></noscript><script type="text/javascript" src="https://www.nordbaby.lt/akam/13/%(pix)s"  defer></script></body>
</html>
""" % dict(tmpl=tmpl, url=URL, css=css, bodycls=body_cls, pid=pid, pagedl=page_dl, pidesc=pid.replace("-", "\\u002D"),
           nav=nav, main=main, js=jsl, pix=pix, tok=tok)


PAGE = {
    "service": "NordBaby Lietuva",
    "url": URL,
    "lang": "lt",
    "platform": "Adobe Experience Manager (6.5 custom components, then AEM Cloud Service Core Components)",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "AkamaiGHost"), ("X-Vhost", "publish"), ("Cache-Control", "max-age=300"),
                      ("X-Content-Type-Options", "nosniff")),
    "n": 29,
    "start": dt.date(2022, 1, 18),
    "end": dt.date(2025, 6, 24),
    "hours": (1, 7, 13, 19),
    "policy": POLICY,
    "first_updated": dt.date(2021, 9, 30),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#main-content", "remove": ".experiencefragment"},
    "history": [{"fetch": URL, "select": [".page-hero__title", ".legal-content"],
                 "validUntil": "2024-04-16T00:00:00Z"}],
}
