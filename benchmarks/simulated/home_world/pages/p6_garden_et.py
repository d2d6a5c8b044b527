"""An Estonian garden centre's web shop on Magento 2 (Luma-based theme, Page Builder CMS page), in Estonian.

Fairly clean. The CMS page: the page title (h1) in `.page-title-wrapper`, the content a Page Builder row with a heading
element and a text element per section. Per visit: the session `form_key` hidden input (the page has a non-cacheable
block, so every request renders it); the static-content deploy version (`static/version<epoch>/`) moves on each
deploy; Page Builder's `data-pb-style` ids (and the inline <style> rules before the row) are regenerated when an
admin re-saves the page. The declaration selects the page title and the Page Builder row.
"""
import datetime as dt
import html
import re

import common as C


def fmt_date(d):
    return "%02d.%02d.%d" % (d.day, d.month, d.year)


POLICY = """# Privaatsuspoliitika

Viimati uuendatud: {UPDATED}

Rohetare Aiakeskus OÜ (edaspidi „Rohetare” või „meie”) austab teie privaatsust. Selles privaatsuspoliitikas selgitame, milliseid isikuandmeid me kogume, kui ostate meie aiakeskusest või e-poest rohetare.ee, liitute Rohekaardi püsikliendiprogrammiga, tellite haljastusprojekti või registreerute meie aiatöötubadesse. Isikuandmeid töötleme kooskõlas isikuandmete kaitse üldmääruse (GDPR) ja isikuandmete kaitse seadusega.

## Vastutav töötleja

@ Rohetare Aiakeskus OÜ
@ Registrikood 12874561
@ Pärnu mnt 558, 76401 Laagri, Saue vald, Harjumaa
@ E-post: andmekaitse@rohetare.ee
@ Telefon: +372 651 2040

Privaatsuspoliitika kehtib nii e-poes kui ka meie aiakeskuses Laagris. Andmekaitsega seotud küsimustes võite meile kirjutada e-posti või postiaadressil.

## Milliseid andmeid me kogume

- Kontaktandmed: nimi, e-posti aadress, telefoninumber ja tarneaadress.
- Tellimuse andmed: ostetud tooted, tellimuse summa, makseviis ja tarneviis (pakiautomaat, kuller või tellimuse järeletulek aiakeskusest).
- Rohekaardi andmed: kaardi number, ostude ajalugu ja kogutud boonuspunktid.
- Haljastusprojekti andmed: krundi aadress, plaan, fotod aiast ja teie soovid taimede kohta.
- Töötubade andmed: nimi, kontaktandmed ja valitud töötoa kuupäev.
- Klienditeeninduse pöördumised: teie küsimused, kaebused ja nende lahendused.
- Veebilehe kasutamise andmed: IP-aadress, seadme ja brauseri andmed ning küpsiste abil kogutud andmed, kui olete küpsistega nõustunud.

## Milleks me andmeid kasutame

| Eesmärk | Õiguslik alus | Säilitamise tähtaeg |
| E-poe tellimuste täitmine ja kohaletoimetamine | Lepingu täitmine | 3 aastat tellimuse täitmisest |
| Raamatupidamisdokumentide säilitamine | Juriidiline kohustus (raamatupidamise seadus) | 7 aastat |
| Rohekaardi püsikliendiprogramm | Lepingu täitmine | Kuni liikmelisuse lõpetamiseni |
| Uudiskiri ja pakkumised | Nõusolek | Kuni nõusoleku tagasivõtmiseini |
| Haljastusprojekti koostamine | Lepingu täitmine | 3 aastat projekti üleandmisest |
| Aiatöötubadesse registreerimine | Lepingu täitmine | 6 kuud töötoa toimumisest |

Õigustatud huvi alusel kasutame ostuandmeid ka pettuste ennetamiseks ja e-poe toimimise parandamiseks, näiteks selleks, et mõista, milliseid tooteid otsitakse kõige sagedamini. Sel juhul kasutame võimaluse korral koondatud või pseudonüümitud andmeid.

## Taimede kohaletoimetamine

Suuremad taimed, mullad ja multšid toimetame kohale oma transpordiga. Kullerile edastame teie nime, aadressi ja telefoninumbri, et ta saaks teiega tarneaja kokku leppida. Väiksemad tooted saadame pakiautomaati, sel juhul edastame pakiautomaadi teenusepakkujale teie nime, telefoninumbri ja valitud pakiautomaadi. Elustaimede puhul võtab kuller teiega enne tarnet ühendust, et leppida kokku sobiv aeg, sest taimi ei saa jätta pikaks ajaks ukse taha.

## Rohekaart

Rohekaardi omanikuna kogute iga ostuga boonuspunkte, mida saate kasutada järgmiste ostude tasumiseks. Ostude ajaloo põhjal võime teile saata aiatöödega seotud meeldetuletusi ja pakkumisi, näiteks kevadise väetamise või sügisese istutamise kohta, kui olete selleks nõusoleku andnud. Rohekaardi saate igal ajal lõpetada klienditeeninduses või e-poe kontol. Rohekaardi kasutamisel kogume andmeid ostude kohta nii e-poes kui ka aiakeskuse kassas. Kui Rohekaarti kaks aastat ei kasutata, suleme selle ja kustutame ostuajaloo.

## Haljastusprojektid

Haljastusprojekti koostamiseks külastab meie maastikuarhitekt teie krunti. Kogume krundi aadressi, mõõdistusandmed, fotod ja teie soovid, näiteks millised taimed teile meeldivad ning kui palju aega olete valmis aiahooldusele kulutama. Fotosid kasutame ainult projekti koostamiseks. Projekti käigus võime teiega suhelda ka e-posti ja telefoni teel, et täpsustada taimede valikut ja tööde ajakava. Valminud aia fotosid võime avaldada oma kodulehel ainult teie kirjalikul nõusolekul ja nii, et aadress ei ole tuvastatav.

## Aiatöötoad

Aiatöötubadesse registreerumisel kogume teie nime, e-posti aadressi ja telefoninumbri, et saata teile meeldetuletus ja teavitada võimalikest muudatustest. Töötubades võime pildistada üldvaateid; kui te ei soovi pildile jääda, andke sellest juhendajale teada. Tasulise töötoa puhul säilitame ka makse andmed.

## Klienditeenindus

Kui pöördute klienditeenindusse e-posti, telefoni või veebilehe vestlusakna kaudu, salvestame teie pöördumise ja meie vastuse, et saaksime küsimuse lahendada ja vajadusel hiljem selle juurde tagasi tulla. Telefonikõnesid me ei salvesta. Pöördumisi säilitame kaks aastat.

## Kellele me andmeid edastame

Me ei müü teie andmeid. Kasutame usaldusväärseid volitatud töötlejaid, kes töötlevad andmeid ainult meie juhiste järgi:

| Volitatud töötleja | Teenus | Asukoht |
| Zone Media OÜ | E-poe majutus | Eesti |
| Omniva (AS Eesti Post) | Pakiautomaatide teenus | Eesti |
| DPD Eesti AS | Kullerteenus | Eesti |
| Smaily OÜ | Uudiskirjade saatmine | Eesti |
| Google Ireland Limited | Veebianalüütika | Iirimaa |

Andmeid töötleme peamiselt Euroopa Liidus. Kui mõni teenusepakkuja töötleb andmeid väljaspool Euroopa Majanduspiirkonda, tagame andmete kaitse Euroopa Komisjoni tüüptingimuste või muu õiguspärase kaitsemeetmega.

Lisaks võime andmeid edastada riigiasutustele, kui seadus meid selleks kohustab.

## Otseturundus

Uudiskirja saadame ainult neile, kes on selleks nõusoleku andnud. Iga uudiskirja lõpus on link, mille kaudu saate uudiskirjast loobuda. Rohekaardi omanikele võime saata ka SMS-iga teavet kampaaniate kohta, kui olete liitumisel selle kanali valinud.

## Küpsised

Kasutame e-poe toimimiseks vajalikke küpsiseid, näiteks ostukorvi ja sisselogimise jaoks. Analüütika- ja turundusküpsiseid kasutame ainult teie nõusolekul, mille saate anda või tagasi võtta küpsiste seadetes lehe allosas. Küpsiste täpne loetelu, nende eesmärk ja säilitamisaeg on kirjas küpsiste seadete aknas.

## Andmete turvalisus

Kaitseme isikuandmeid asjakohaste tehniliste ja korralduslike meetmetega. E-poe andmeside on krüpteeritud, ligipääs kliendiandmetele on ainult neil töötajatel, kes neid oma töös vajavad, ning volitatud töötlejatega on sõlmitud andmetöötluslepingud. Varukoopiaid hoiame krüpteeritult ja kontrollime regulaarselt, kas need on taastatavad. Turvaintsidendist, mis võib ohustada teie õigusi, teavitame teid ja Andmekaitse Inspektsiooni viivitamata.

## Alaealised

E-pood ei ole suunatud alla 13-aastastele lastele ja me ei kogu teadlikult laste isikuandmeid. Rohekaardiga saab liituda alates 18. eluaastast. Kui saame teada, et oleme kogunud lapse andmeid ilma vanema nõusolekuta, kustutame need.

## Teie õigused

Teil on õigus:

- tutvuda oma isikuandmetega ja saada nende koopia;
- nõuda ebaõigete andmete parandamist;
- nõuda andmete kustutamist, kui nende töötlemiseks ei ole enam alust;
- nõuda andmete töötlemise piiramist;
- esitada vastuväiteid õigustatud huvil põhinevale töötlemisele;
- saada oma andmed masinloetaval kujul (andmete ülekantavus);
- võtta igal ajal tagasi antud nõusolek.

Taotluse saate saata aadressil andmekaitse@rohetare.ee. Vastame teile hiljemalt ühe kuu jooksul. Enne andmete väljastamist võime paluda teil oma isikut tõendada. Taotluse menetlemine on üldjuhul tasuta. Kui leiate, et rikume isikuandmete töötlemisel teie õigusi, võite pöörduda Andmekaitse Inspektsiooni poole:

@ Andmekaitse Inspektsioon
@ Tatari 39, 10134 Tallinn
@ info@aki.ee
@ +372 627 4135

## Muudatused

Võime privaatsuspoliitikat aeg-ajalt muuta. Olulistest muudatustest teavitame Rohekaardi omanikke ja registreeritud kliente e-posti teel. Kehtiv versioon on alati avaldatud sellel lehel."""

EDITS = [
    {"note": "typo fixed in the purposes table: 'tagasivõtmiseini' → 'tagasivõtmiseni' (no date bump)",
     "repl": [("| Nõusolek | Kuni nõusoleku tagasivõtmiseini |", "| Nõusolek | Kuni nõusoleku tagasivõtmiseni |")],
     "bump": False},
    {"note": "Montonio added to the processors table (bank link payments)",
     "repl": [("| Smaily OÜ | Uudiskirjade saatmine | Eesti |",
               "| Smaily OÜ | Uudiskirjade saatmine | Eesti |\n| Montonio Finance UAB | Pangalingi- ja kaardimaksed | Leedu |")]},
    {"note": "workshop registrations kept 3 months instead of 6",
     "repl": [("| Aiatöötubadesse registreerimine | Lepingu täitmine | 6 kuud töötoa toimumisest |",
               "| Aiatöötubadesse registreerimine | Lepingu täitmine | 3 kuud töötoa toimumisest |")]},
    {"note": "new section on CCTV at the garden centre added before 'Kellele me andmeid edastame'",
     "repl": [("## Kellele me andmeid edastame", "## Videovalve aiakeskuses\n\n"
               "Aiakeskuse müügisaalis, kasvuhoones ja parklas on turvalisuse tagamiseks videovalve. Salvestisi "
               "säilitame 14 päeva, välja arvatud juhul, kui neid on vaja intsidendi uurimiseks. Videovalvest "
               "teavitavad sildid sissepääsude juures.\n\n## Kellele me andmeid edastame")]},
    {"note": "customer phone number changed and opening hours added to the controller block",
     "repl": [("@ Telefon: +372 651 2040", "@ Telefon: +372 651 2077 (E–R 9–18)")]},
    {"note": "a phrase added to the last sentence: the version is published with its date",
     "repl": [("Kehtiv versioon on alati avaldatud sellel lehel.",
               "Kehtiv versioon on alati avaldatud sellel lehel koos viimase muutmise kuupäevaga.")]},
]


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["form_key"] = C.alnum(rng, 16)
    st["static_version"] = C.keep_or(rng, p.get("static_version"), 0.3,
                                     lambda: C.epoch(when) - rng.randint(3600, 86400 * 5))
    st["pb_style"] = C.keep_or(rng, p.get("pb_style"), 0.15, lambda: C.hexs(rng, 12))
    return st


LABELS = {"form_key": "Magento form_key", "static_version": "static content deploy version",
          "pb_style": "Page Builder data-pb-style ids (page re-saved without a text change; edits re-save too)"}


def _content(blocks, pb):
    head, secs = C.split_sections(blocks)
    parts = []
    if head:
        parts.append('<div data-content-type="text" data-appearance="default" data-element="main">%s</div>'
                     % C.blocks_html(head, sep=""))
    for t, bl in secs:
        parts.append('<h2 data-content-type="heading" data-appearance="default" data-element="main">%s</h2>'
                     % C.inline_html(t))
        if bl:
            parts.append('<div data-content-type="text" data-appearance="default" data-element="main">%s</div>'
                         % C.blocks_html(bl, sep=""))
    return ('<style>#html-body [data-pb-style=%s]{justify-content:flex-start;display:flex;flex-direction:column;'
            'background-position:left top;background-size:cover;background-repeat:no-repeat;background-attachment:'
            'scroll;border-style:none;border-width:1px;border-radius:0;margin:0 0 10px;padding:10px}'
            '#html-body [data-pb-style=%s]{border-style:none;border-width:1px;border-radius:0;margin:0;padding:0}'
            '</style><div data-content-type="row" data-appearance="contained" data-element="main"><div '
            'data-enable-parallax="0" data-parallax-speed="0.5" data-background-images="{}" data-background-type="image" '
            'data-video-loop="true" data-video-play-only-visible="true" data-video-lazy-load="true" '
            'data-video-fallback-src="" data-element="inner" data-pb-style="%s">%s</div></div>'
            % (pb[0], pb[1], pb[0], "".join(parts)))


def render(st, blocks, when):
    sv = "version%d" % st["static_version"]
    static = "https://www.rohetare.ee/static/%s/frontend/Rohetare/aed/et_EE" % sv
    js_static = static.replace(":", "\\u003A").replace("/", "\\u002F")
    title = blocks[0][1]
    # Page Builder writes new style ids at every save of the page: an admin's re-save, or an edit of the text
    saved = C.det_sha(st["pb_style"], repr(blocks))
    pb = ["".join("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[int(saved[k * 14 + j * 2:k * 14 + j * 2 + 2], 16) % 36]
                  for j in range(7)) for k in range(2)]
    content = _content(blocks[1:], pb)
    fk = st["form_key"]
    cats = [("Taimed", "taimed"), ("Seemned ja sibulad", "seemned"), ("Mullad ja väetised", "mullad"),
            ("Aiatööriistad", "tooriistad"), ("Potid ja amplid", "potid"), ("Aiamööbel", "aiamoobel"),
            ("Kastmine", "kastmine"), ("Kampaaniad", "kampaaniad")]
    menu = "".join('<li class="level0 nav-%d category-item level-top%s"><a href="https://www.rohetare.ee/%s" '
                   'class="level-top"><span>%s</span></a></li>' % (k + 1, " last" if k == len(cats) - 1 else "",
                                                                    s, html.escape(n))
                   for k, (n, s) in enumerate(cats))
    return """<!doctype html>
<html lang="et">
    <head >
        <script>
    var BASE_URL = 'https\\u003A\\u002F\\u002Fwww.rohetare.ee\\u002F';
    var require = {
        'baseUrl': '%(js_static)s'
    };</script>        <meta charset="utf-8"/>
<meta name="title" content="Privaatsuspoliitika"/>
<meta name="description" content="Rohetare aiakeskuse privaatsuspoliitika: kuidas töötleme klientide isikuandmeid."/>
<meta name="robots" content="INDEX,FOLLOW"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="format-detection" content="telephone=no"/>
<title>Privaatsuspoliitika | Rohetare aiakeskus</title>
<link  rel="stylesheet" type="text/css"  media="all" href="%(static)s/mage/calendar.css" />
<link  rel="stylesheet" type="text/css"  media="all" href="%(static)s/css/styles-m.css" />
<link  rel="stylesheet" type="text/css"  media="all" href="%(static)s/Magento_PageBuilder/css/styles.css" />
<link  rel="stylesheet" type="text/css"  media="screen and (min-width: 768px)" href="%(static)s/css/styles-l.css" />
<link  rel="stylesheet" type="text/css"  media="print" href="%(static)s/css/print.css" />
<script  type="text/javascript"  src="%(static)s/requirejs/require.js"></script>
<script  type="text/javascript"  src="%(static)s/mage/requirejs/mixins.js"></script>
<script  type="text/javascript"  src="%(static)s/requirejs-config.js"></script>
<link  rel="icon" type="image/x-icon" href="%(static)s/Magento_Theme/favicon.ico" />
<link  rel="canonical" href="https://www.rohetare.ee/privaatsuspoliitika" />
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="8e2c4f1a-7b3d-4e6a-9c0f-5d1b2a3e4f60" data-culture="ET" data-blockingmode="auto" type="text/javascript"></script>
<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-5HQ7ZRT');</script>
<!-- End Google Tag Manager -->
    </head>
    <body data-container="body"
          data-mage-init='{"loaderAjax": {}, "loader": { "icon": "%(static)s/images/loader-2.gif"}}'
        id="html-body" class="cms-privaatsuspoliitika cms-page-view page-layout-1column">
        <script type="text/x-magento-init">
    {
        "*": {
            "Magento_PageBuilder/js/widget-initializer": {
                "config": {"[data-content-type=\\"slider\\"][data-appearance=\\"default\\"]":{"Magento_PageBuilder\\/js\\/content-type\\/slider\\/appearance\\/default\\/widget":false},"[data-content-type=\\"map\\"]":{"Magento_PageBuilder\\/js\\/content-type\\/map\\/appearance\\/default\\/widget":false},"[data-content-type=\\"row\\"]":{"Magento_PageBuilder\\/js\\/content-type\\/row\\/appearance\\/default\\/widget":false},"[data-content-type=\\"tabs\\"]":{"Magento_PageBuilder\\/js\\/content-type\\/tabs\\/appearance\\/default\\/widget":false}},
                "breakpoints": {"desktop":{"label":"Desktop","stage":true,"default":true,"class":"desktop-switcher","icon":"Magento_PageBuilder::css\\/images\\/switcher\\/switcher-desktop.svg","conditions":{"min-width":"1024px"},"options":{"products":{"default":{"slidesToShow":"5"}}}},"mobile":{"label":"Mobile","stage":true,"class":"mobile-switcher","icon":"Magento_PageBuilder::css\\/images\\/switcher\\/switcher-mobile.svg","media":"only screen and (max-width: 768px)","conditions":{"max-width":"768px","min-width":"640px"},"options":{"products":{"default":{"slidesToShow":"3"}}}}}
            }
        }
    }
</script>
<div class="cookie-status-message" id="cookie-status">
    The store will not work correctly when cookies are disabled.</div>
<script type="text/x-magento-init">
    {
        "*": {
            "cookieStatus": {}
        }
    }
</script>
<script type="text/x-magento-init">
    {
        "*": {
            "mage/cookies": {
                "expires": null,
                "path": "\\u002F",
                "domain": ".www.rohetare.ee",
                "secure": true,
                "lifetime": "3600"
            }
        }
    }
</script>
    <noscript>
        <div class="message global noscript">
            <div class="content">
                <p>
                    <strong>JavaScript seems to be disabled in your browser.</strong>
                    <span>
                        For the best experience on our site, be sure to turn on Javascript in your browser.                    </span>
                </p>
            </div>
        </div>
    </noscript>
<div class="page-wrapper"><header class="page-header"><div class="panel wrapper"><div class="panel header"><a class="action skip contentarea"
   href="#contentarea">
    <span>
        Liigu sisu juurde    </span>
</a>
<div class="header-usp"><span>Tasuta tarne pakiautomaati alates 50 €</span><span>Aiakeskus Laagris avatud iga päev 9–20</span></div>
<ul class="header links">    <li class="greet welcome" data-bind="scope: 'customer'">
        <!-- ko if: customer().fullname  -->
        <span class="logged-in"
              data-bind="text: new String('Tere, %%1!').replace('%%1', customer().fullname)">
        </span>
        <!-- /ko -->
        <!-- ko ifnot: customer().fullname  -->
        <span class="not-logged-in"
              data-bind="html: 'Tere tulemast Rohetare e-poodi!'"></span>
                <!-- /ko -->
    </li>
        <script type="text/x-magento-init">
        {
            "*": {
                "Magento_Ui/js/core/app": {
                    "components": {
                        "customer": {
                            "component": "Magento_Customer/js/view/customer"
                        }
                    }
                }
            }
        }
        </script>
<li class="link authorization-link" data-label="või">
    <a href="https://www.rohetare.ee/customer/account/login/referer/aHR0cHM6Ly93d3cucm9oZXRhcmUuZWUvcHJpdmFhdHN1c3BvbGlpdGlrYQ~~/"        >Logi sisse</a>
</li>
<li><a href="https://www.rohetare.ee/customer/account/create/" id="idcreateaccount" >Loo konto</a></li></ul></div></div><div class="header content">
<span data-action="toggle-nav" class="action nav-toggle"><span>Menüü</span></span>
<a
    class="logo"
    href="https://www.rohetare.ee/"
    title="Rohetare aiakeskus"
    aria-label="store logo">
    <img src="%(static)s/images/logo.svg"
         title="Rohetare aiakeskus"
         alt="Rohetare aiakeskus"
            width="190"                />
</a>

<div data-block="minicart" class="minicart-wrapper">
    <a class="action showcart" href="https://www.rohetare.ee/checkout/cart/"
       data-bind="scope: 'minicart_content'">
        <span class="text">Ostukorv</span>
        <span class="counter qty empty"
              data-bind="css: { empty: !!getCartParam('summary_count') == false && !isLoading() },
               blockLoader: isLoading">
            <span class="counter-number">
                <!-- ko if: getCartParam('summary_count') -->
                <!-- ko text: getCartParam('summary_count').toLocaleString(window.LOCALE) --><!-- /ko -->
                <!-- /ko -->
            </span>
            <span class="counter-label">
            <!-- ko if: getCartParam('summary_count') -->
                <!-- ko text: getCartParam('summary_count').toLocaleString(window.LOCALE) --><!-- /ko -->
                <!-- ko i18n: 'items' --><!-- /ko -->
            <!-- /ko -->
            </span>
        </span>
    </a>
</div>
<div class="block block-search">
    <div class="block block-title"><strong>Otsi</strong></div>
    <div class="block block-content">
        <form class="form minisearch" id="search_mini_form"
              action="https://www.rohetare.ee/catalogsearch/result/" method="get">
            <div class="field search">
                <label class="label" for="search" data-role="minisearch-label">
                    <span>Otsi</span>
                </label>
                <div class="control">
                    <input id="search"
                           type="text"
                           name="q"
                           value=""
                           placeholder="Otsi&#x20;kogu&#x20;poest..."
                           class="input-text"
                           maxlength="128"
                           role="combobox"
                           aria-haspopup="false"
                           aria-autocomplete="both"
                           autocomplete="off"
                           aria-expanded="false"/>
                </div>
            </div>
        </form>
    </div>
</div>
</div></header>    <div class="sections nav-sections">
                <div class="section-items nav-sections-items"
             data-mage-init='{"tabs":{"openedState":"active"}}'>
                                            <div class="section-item-title nav-sections-item-title"
                     data-role="collapsible">
                    <a class="nav-sections-item-switch"
                       data-toggle="switch" href="#store.menu">
                        Menüü                    </a>
                </div>
                <div class="section-item-content nav-sections-item-content"
                     id="store.menu"
                     data-role="content">

<nav class="navigation" data-action="navigation">
    <ul data-mage-init='{"menu":{"responsive":true, "expanded":true, "position":{"my":"left top","at":"left bottom"}}}'>
        %(menu)s            </ul>
</nav>
                </div>
                                    </div>
    </div>
<main id="maincontent" class="page-main"><a id="contentarea" tabindex="-1"></a>
<div class="page-title-wrapper">
    <h1 class="page-title"
                >
        <span class="base" data-ui-id="page-title-wrapper" >%(title)s</span>    </h1>
    </div>
<div class="page messages"><div data-placeholder="messages"></div>
<div data-bind="scope: 'messages'">
    <!-- ko if: cookieMessages && cookieMessages.length > 0 -->
    <div aria-atomic="true" role="alert" data-bind="foreach: { data: cookieMessages, as: 'message' }" class="messages">
        <div data-bind="attr: {
            class: 'message-' + message.type + ' ' + message.type + ' message',
            'data-ui-id': 'message-' + message.type
        }">
            <div data-bind="html: $parent.prepareMessageForHtml(message.text)"></div>
        </div>
    </div>
    <!-- /ko -->
</div>
</div><div class="columns"><div class="column main"><input name="form_key" type="hidden" value="%(fk)s" /><div id="authenticationPopup" data-bind="scope:'authenticationPopup', style: {display: 'none'}">
        <script>window.authenticationPopup = {"autocomplete":"off","customerRegisterUrl":"https:\\/\\/www.rohetare.ee\\/customer\\/account\\/create\\/","customerForgotPasswordUrl":"https:\\/\\/www.rohetare.ee\\/customer\\/account\\/forgotpassword\\/","baseUrl":"https:\\/\\/www.rohetare.ee\\/","customerLoginUrl":"https:\\/\\/www.rohetare.ee\\/customer\\/ajax\\/login\\/"}</script>    <!-- ko template: getTemplate() --><!-- /ko -->
        <script type="text/x-magento-init">
        {
            "#authenticationPopup": {
                "Magento_Ui/js/core/app": {"components":{"authenticationPopup":{"component":"Magento_Customer\\/js\\/view\\/authentication-popup","children":{"messages":{"component":"Magento_Ui\\/js\\/view\\/messages","displayArea":"messages"}}}}}            },
            "*": {
                "Magento_Ui/js/block-loader": "%(js_static)s\\u002Fimages\\u002Floader\\u002D1.gif"
            }
        }
    </script>
</div>
<script type="text/x-magento-init">
    {
        "*": {
            "Magento_Customer/js/section-config": {
                "sections": {"stores\\/store\\/switch":["*"],"directory\\/currency\\/switch":["*"],"*":["messages"],"customer\\/account\\/logout":["*","recently_viewed_product","recently_compared_product","persistent"],"customer\\/account\\/loginpost":["*"],"checkout\\/cart\\/add":["cart","directory-data"],"checkout\\/cart\\/delete":["cart"],"checkout\\/cart\\/updatepost":["cart"]},
                "clientSideSections": ["checkout-data","cart-data"],
                "baseUrls": ["https:\\/\\/www.rohetare.ee\\/"],
                "sectionNames": ["messages","customer","compare-products","last-ordered-items","cart","directory-data","captcha","instant-purchase","loggedAsCustomer","persistent","review","wishlist","recently_viewed_product","recently_compared_product","product_data_storage","paypal-billing-agreement"]            }
        }
    }
</script>
<script type="text/x-magento-init">
    {
        "*": {
            "Magento_Customer/js/customer-data": {
                "sectionLoadUrl": "https\\u003A\\u002F\\u002Fwww.rohetare.ee\\u002Fcustomer\\u002Fsection\\u002Fload\\u002F",
                "expirableSectionLifetime": 60,
                "expirableSectionNames": ["cart","persistent"],
                "cookieLifeTime": "3600",
                "updateSessionUrl": "https\\u003A\\u002F\\u002Fwww.rohetare.ee\\u002Fcustomer\\u002Faccount\\u002FupdateSession\\u002F"
            }
        }
    }
</script>
%(content)s</div></div></main><footer class="page-footer"><div class="footer content"><div class="block newsletter">
    <div class="title"><strong>Aiakirjad ja pakkumised otse postkasti</strong></div>
    <div class="content">
        <form class="form subscribe" novalidate action="https://www.rohetare.ee/newsletter/subscriber/new/" method="post" data-mage-init='{"validation": {"errorClass": "mage-error"}}' id="newsletter-validate-detail">
            <div class="field newsletter"><div class="control"><label for="newsletter"><span class="label">Liitu uudiskirjaga:</span><input name="email" type="email" id="newsletter" placeholder="Sisesta oma e-posti aadress" data-mage-init='{"mage/trim-input":{}}' data-validate="{required:true, 'validate-email':true}"/></label></div></div>
            <div class="actions"><button class="action subscribe primary" title="Liitu" type="submit" aria-label="Subscribe"><span>Liitu</span></button></div>
        </form>
    </div>
</div>
<ul class="footer links"><li class="nav item"><a href="https://www.rohetare.ee/tarneinfo">Tarneinfo</a></li><li class="nav item"><a href="https://www.rohetare.ee/muugitingimused">Müügitingimused</a></li><li class="nav item"><strong>Privaatsuspoliitika</strong></li><li class="nav item"><a href="https://www.rohetare.ee/kontakt">Kontakt</a></li><li class="nav item"><a href="javascript:Cookiebot.renew()">Küpsiste seaded</a></li></ul></div></footer><small class="copyright">
    <span>© %(year)d Rohetare Aiakeskus OÜ</span>
</small>
</div>    </body>
</html>
""" % {"js_static": js_static, "static": static, "menu": menu, "title": html.escape(title), "fk": fk,
       "content": content, "year": when.year}


PAGE = {
    "service": "Rohetare",
    "url": "https://www.rohetare.ee/privaatsuspoliitika",
    "lang": "et",
    "platform": "Magento 2 (Luma-based theme, Page Builder)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "nginx"), ("X-Frame-Options", "SAMEORIGIN"), ("X-Content-Type-Options", "nosniff"),
                      ("X-XSS-Protection", "1; mode=block"), ("Pragma", "no-cache"),
                      ("Cache-Control", "max-age=0, must-revalidate, no-cache, no-store")],
    "n": 30,
    "start": dt.date(2023, 3, 1),
    "end": dt.date(2025, 11, 20),
    "hours": (1, 13),
    "policy": POLICY,
    "first_updated": dt.date(2023, 2, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.rohetare.ee/privaatsuspoliitika",
                    "select": ["h1.page-title", ".column.main > [data-content-type=\"row\"]"]},
}
