"""Tulpaan - nl online florist (Aalsmeer) - Magento 2.4 Open Source with Page Builder: Luma-based theme, then Hyva
from February 2025; Varnish full-page cache."""
import datetime as dt
import os
import sys

import common as C

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fkit as K  # noqa: E402

URL = "https://www.tulpaan.nl/privacybeleid"
HYVA_FROM = dt.datetime(2025, 2, 17)


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["nl"][d.month - 1], d.year)


POLICY = K.unwrap("""
# Privacybeleid

Laatst bijgewerkt: {UPDATED}

Bij Tulpaan bezorgen we elke dag duizenden boeketten door heel Nederland. Om je bestelling bij de juiste persoon af
te leveren, hebben we persoonsgegevens nodig: van jou als besteller, en van degene die de bloemen ontvangt. In dit
privacybeleid leggen we uit welke gegevens we verwerken, waarom we dat doen, hoe lang we ze bewaren en welke rechten
je hebt.

## Wie zijn wij?

Tulpaan B.V. is de verwerkingsverantwoordelijke voor de verwerkingen die in dit privacybeleid worden beschreven.
Je kunt ons bereiken via de onderstaande gegevens.

@ Tulpaan B.V.
@ Legmeerdijk 313
@ 1431 GB Aalsmeer
@ KvK-nummer 61234567
@ [privacy@tulpaan.nl](mailto:privacy@tulpaan.nl)

## Welke gegevens verwerken wij?

Als je een bestelling plaatst, verwerken we de volgende gegevens:

- je naam, e-mailadres, telefoonnummer en factuuradres;
- de naam, het bezorgadres en eventueel het telefoonnummer van de ontvanger;
- de tekst die je op het kaartje laat schrijven;
- de gekozen bezorgdatum en eventuele opmerkingen voor de bezorger;
- betaalgegevens, zoals de gebruikte betaalmethode en de status van de betaling (wij ontvangen nooit je volledige
  rekening- of creditcardnummer);
- als je een account aanmaakt: je wachtwoord (versleuteld opgeslagen), je bestelgeschiedenis en je opgeslagen
  adressen en gedenkdagen.

Als je onze website bezoekt, verwerken we daarnaast technische gegevens zoals je IP-adres, het type apparaat en
browser en de pagina's die je bekijkt. Zie hiervoor ook ons [cookiebeleid](/cookiebeleid).

## Waarvoor gebruiken wij je gegevens?

| Doel | Grondslag | Bewaartermijn |
| Het uitvoeren en bezorgen van je bestelling | Uitvoering van de overeenkomst | 2 jaar na de bestelling |
| Het afhandelen van klachten en vragen | Uitvoering van de overeenkomst | 2 jaar na afhandeling |
| Het voldoen aan de fiscale bewaarplicht | Wettelijke verplichting | 7 jaar |
| Het versturen van onze nieuwsbrief | Toestemming | Tot je je afmeldt |
| Herinneringen aan gedenkdagen die je hebt opgeslagen | Toestemming | Tot je de herinnering verwijdert |
| Het verbeteren van onze website en het meten van campagnes | Gerechtvaardigd belang | 26 maanden |

De tekst op het kaartje gebruiken we uitsluitend om het kaartje te schrijven en te printen. We bewaren deze tekst 3
maanden na de bezorging, zodat we vragen over je bestelling kunnen beantwoorden, en verwijderen hem daarna.

## Met wie delen wij je gegevens?

We verkopen je gegevens nooit aan derden. We schakelen wel andere partijen in die in onze opdracht persoonsgegevens
verwerken. Met deze verwerkers hebben we een verwerkersovereenkomst gesloten.

| Verwerker | Doel | Locatie |
| Mollie B.V. | Betalingen | Nederland |
| Tulpaan Bezorgdienst en aangesloten bloemisten | Bezorging van bestellingen | Nederland |
| PostNL Pakketten Benelux B.V. | Bezorging van brievenbusbloemen | Nederland |
| Klaviyo, Inc. | Nieuwsbrief en e-mails over je bestelling | Verenigde Staten |
| Google Ireland Ltd. | Websitestatistieken (Google Analytics) | Ierland / Verenigde Staten |
| Kiyoh B.V. | Uitnodigingen voor klantbeoordelingen | Nederland |

Wanneer gegevens buiten de Europese Economische Ruimte worden verwerkt, zorgen we voor passende waarborgen, zoals de
standaardcontractbepalingen van de Europese Commissie of het EU-VS Data Privacy Framework.

Soms bezorgt een aangesloten bloemist bij de ontvanger in de buurt je bestelling. Deze bloemist ontvangt alleen de
gegevens die nodig zijn om het boeket te maken en te bezorgen: de naam en het adres van de ontvanger, de bezorgdatum
en de tekst van het kaartje.

## Cookies

We gebruiken functionele en analytische cookies om de website goed te laten werken en te verbeteren.
Marketingcookies plaatsen we alleen als je daar toestemming voor geeft. Je kunt je voorkeuren op ieder moment
aanpassen via de link **Cookie-instellingen** onderaan elke pagina.

## Hoe beveiligen wij je gegevens?

We nemen passende technische en organisatorische maatregelen om je persoonsgegevns te beschermen tegen verlies en
onrechtmatig gebruik. Onze website maakt gebruik van een beveiligde verbinding (TLS), alleen medewerkers die de
gegevens nodig hebben voor hun werk hebben toegang en we laten onze systemen regelmatig testen.

## Jouw rechten

Je hebt het recht om je persoonsgegevens in te zien, te laten corrigeren of te laten verwijderen. Ook kun je bezwaar
maken tegen de verwerking, de verwerking laten beperken en je gegevens laten overdragen. Heb je toestemming gegeven,
dan kun je die altijd weer intrekken.

Stuur je verzoek naar [privacy@tulpaan.nl](mailto:privacy@tulpaan.nl). We reageren binnen een maand. Om misbruik te
voorkomen kunnen we je vragen je te identificeren.

Ben je niet tevreden over hoe wij met je gegevens omgaan? Dan kun je een klacht indienen bij de
[Autoriteit Persoonsgegevens](https://autoriteitpersoonsgegevens.nl).

## Wijzigingen

We kunnen dit privacybeleid aanpassen, bijvoorbeeld als we nieuwe diensten aanbieden of als de wet verandert. De
meest actuele versie vind je altijd op deze pagina.
""")

EDITS = [
    {"note": "processor table: Sendcloud row added (shipping labels, track & trace)",
     "repl": [("| PostNL Pakketten Benelux B.V. | Bezorging van brievenbusbloemen | Nederland |",
               "| PostNL Pakketten Benelux B.V. | Bezorging van brievenbusbloemen | Nederland |\n"
               "| Sendcloud B.V. | Verzendlabels en track & trace | Nederland |")]},
    {"note": "card-text retention shortened from 3 months to 30 days",
     "repl": [("We bewaren deze tekst 3\nmaanden na de bezorging, zodat we vragen over je bestelling kunnen "
               "beantwoorden, en verwijderen hem daarna.",
               "We bewaren deze tekst 30\ndagen na de bezorging en verwijderen hem daarna automatisch.")]},
    {"note": "controller address moved within Aalsmeer (Legmeerdijk 313 -> Zwarteweg 96)",
     "repl": [("@ Legmeerdijk 313\n@ 1431 GB Aalsmeer", "@ Zwarteweg 96\n@ 1431 VM Aalsmeer")]},
    {"note": "new section 'Bezorgfoto's' (proof-of-delivery photo) before Cookies",
     "repl": [("## Cookies\n",
               "## Bezorgfoto's\n\nOnze bezorgers maken bij de bezorging een foto van het boeket bij de voordeur, of "
               "in de handen van de ontvanger als die daar toestemming voor geeft. We sturen deze foto naar jou als "
               "bevestiging van de bezorging en bewaren hem 30 dagen.\n\n## Cookies\n")]},
    {"note": "processor replaced: Klaviyo (US) -> Spotler Nederland B.V.",
     "repl": [("| Klaviyo, Inc. | Nieuwsbrief en e-mails over je bestelling | Verenigde Staten |",
               "| Spotler Nederland B.V. | Nieuwsbrief en e-mails over je bestelling | Nederland |")]},
    {"note": "typo fixed without a new date (persoonsgegevns -> persoonsgegevens)", "bump": False,
     "repl": [("je persoonsgegevns te", "je persoonsgegevens te")]},
]

PRODUCTS = [  # (id, name, price, season or None)
    (1041, "Boeket Zomerzon", "34.95", None), (1187, "Pioenrozen Deluxe", "44.95", "moederdag"),
    (1022, "Tulpen Mix 30 stuks", "29.95", None), (1009, "Rode Rozen 12 stuks", "39.95", "valentijn"),
    (1233, "Plukboeket Pastel", "32.50", None), (1250, "Droogbloemen Boho", "37.95", None),
    (1098, "Orchidee Phalaenopsis wit", "27.95", None), (1301, "Boeket Dankjewel", "24.95", None),
    (1312, "Brievenbusbloemen Tulpen", "19.95", None), (1402, "Kerstboeket Winterwonder", "42.50", "kerst"),
    (1188, "Boeket Moederliefde", "36.95", "moederdag"), (1066, "Gerbera Vrolijk", "22.95", None),
    (1277, "Zonnebloemen XL", "31.95", None), (1010, "Rozen Hart 24 stuks", "59.95", "valentijn"),
    (1415, "Amaryllis Rood", "28.50", "kerst"), (1320, "Boeket Beterschap", "29.95", None),
]

BANNERS = {
    "valentijn": ("/valentijnsdag", "Valentijnsdag 14 februari: rode rozen vandaag besteld, morgen bezorgd"),
    "moederdag": ("/moederdag", "Moederdag zondag: bestel nu en kies zelf je bezorgdag"),
    "secretaresse": ("/secretaressedag", "Secretaressedag: verras je collega met een boeket"),
    "kerst": ("/kerst", "Kerstboeketten en amaryllis: bezorging tot en met 24 december"),
    "standaard": ("/boeketten", "Gratis bezorging bij bestellingen vanaf 35 euro"),
}


def campaign(d):
    md = K.nth_weekday(d.year, 5, 6, 2)
    sec = K.nth_weekday(d.year, 4, 3, 3)  # Dutch Secretaressedag: Thursday of the third full week of April
    return K.season(d, [("valentijn", (2, 1), (2, 14)), ("moederdag", md - dt.timedelta(days=16), md),
                        ("secretaresse", sec - dt.timedelta(days=7), sec), ("kerst", (12, 1), (12, 24))],
                    "standaard")


def noise(rng, when, i, prev):
    prev = prev or {}
    local = K.eu_local(when, 1)
    s = {"formkey": C.alnum(rng, 16)}
    s["cache"] = K.epoch(when) - rng.randint(40, 7200)
    s["static"] = C.keep_or(rng, prev.get("static"), 0.3, lambda: K.epoch(when) - rng.randint(3600, 40 * 86400))
    s["template"] = "hyva" if when >= HYVA_FROM else "luma"
    if prev.get("template") and prev["template"] != s["template"]:
        s["static"] = K.epoch(when) - rng.randint(3600, 86400)
    s["campaign"] = campaign(local.date())
    s["usp"] = K.cutoff(local, 16)
    s["kiyoh"] = (C.keep_or(rng, (prev.get("kiyoh") or (None,))[0], 0.2, lambda: rng.choice(["9,1", "9,2", "9,3"])),
                  K.grow(when, dt.date(2022, 1, 1), 18450, 14.2, rng, 30))
    season = s["campaign"]
    pool = [p for p in PRODUCTS if p[3] in (None, season)]
    def pick():
        seasonal = [p[0] for p in pool if p[3] == season]
        rest = [p[0] for p in pool if p[3] is None]
        return tuple(seasonal + rng.sample(rest, 6 - len(seasonal)))
    s["products"] = C.keep_or(rng, prev.get("products") if prev.get("campaign") == season else None, 0.6, pick)
    s["pbsave"] = C.keep_or(rng, prev.get("pbsave"), 0.08, lambda: C.alnum(rng, 7, "ABCDEFGHIJKLMNOPQRSTUVWXYZ01234567"
                                                                                   "89"))
    s["cart"] = C.hexs(rng, 32)
    return s


LABELS = {"formkey": "Magento form_key (hidden input inside .column.main and in the product carousel forms)",
          "cache": "Varnish/FPC build time in the USP countdown's data-server-time",
          "static": "static-content deploy version (/static/versionNNN/)",
          "template": "theme: Luma-based until Feb 2025, then Hyva (new header, footer, scripts)",
          "campaign": "seasonal campaign banner (Valentijnsdag, Moederdag, Secretaressedag, Kerst)",
          "usp": "USP bar countdown to the 16:00 same-day cut-off",
          "kiyoh": "Kiyoh score and review count in the USP bar",
          "products": "Page Builder Products carousel 'Populair deze week' INSIDE .column.main (removed)",
          "pbsave": "Page Builder data-pb-style ids (new on every save of the CMS page)",
          "cart": "private-content version / mage-cache-sessid in the section-config script",
          "pbstyle": "Page Builder data-pb-style id in the inline <style> inside .column.main (removed)"}


def price_nl(p):
    return "€ " + p.replace(".", ",")


def slug(name):
    return name.lower().replace(" ", "-")


def product_items(s):
    out = []
    byid = {p[0]: p for p in PRODUCTS}
    uenc = "aHR0cHM6Ly93d3cudHVscGFhbi5ubC9wcml2YWN5YmVsZWlk"
    for pid in s["products"]:
        _, name, price, _ = byid[pid]
        href = "https://www.tulpaan.nl/%s.html" % slug(name)
        img = "https://www.tulpaan.nl/media/catalog/product/cache/3f1c0b2a9de48c5b7a41f0e9c2d6b871/%s/%s/%s.jpg" % (
            slug(name)[0], slug(name)[1], slug(name))
        out.append(K.fill(PRODUCT_LI, href=href, img=img, name=C.esc(name), attrname=C.attr(name), pid=pid,
                          amount=price, price=price_nl(price), sku="TP-%d" % pid, uenc=uenc, fk=s["formkey"]))
    return "\n".join(out)


PRODUCT_LI = ('<li class="product-item"><div class="product-item-info"><a href="@@href@@" class="product-item-photo">'
              '<span class="product-image-container product-image-container-@@pid@@"><span class="product-image-wrappe'
              'r">'
              '<img class="product-image-photo" src="@@img@@" loading="lazy" width="240" height="300" alt="@@attrname@'
              '@"/>'
              '</span></span></a><div class="product-item-details"><strong class="product-item-name"><a title="@@attrn'
              'ame@@"'
              ' href="@@href@@" class="product-item-link">@@name@@</a></strong><div class="price-box price-final_price'
              '" '
              'data-role="priceBox" data-product-id="@@pid@@" data-price-box="product-id-@@pid@@"><span class="price-c'
              'ontainer'
              ' price-final_price tax weee"><span id="price-including-tax-product-price-@@pid@@" data-label="Incl.&#x2'
              '0;BTW"'
              ' data-price-amount="@@amount@@" data-price-type="finalPrice" class="price-wrapper price-including-tax">'
              '<span class="price">@@price@@</span></span></span></div><div class="product-item-inner"><div '
              'class="product-item-actions"><div class="actions-primary"><form data-role="tocart-form" '
              'data-product-sku="@@sku@@" action="https://www.tulpaan.nl/checkout/cart/add/uenc/@@uenc@@/product/@@pid'
              '@@/" '
              'method="post"><input type="hidden" name="product" value="@@pid@@"><input type="hidden" name="uenc" '
              'value="@@uenc@@"><input name="form_key" type="hidden" value="@@fk@@" /><button type="submit" '
              'title="In&#x20;winkelwagen" class="action tocart primary"><span>In winkelwagen</span></button></form>'
              '</div></div></div></div></div></li>')


def policy_html(blocks):
    def table(rows, inl):
        w = 100 // len(rows[0])
        head = "<tr>%s</tr>" % "".join('<td style="width: %d%%;"><strong>%s</strong></td>' % (w, inl(x))
                                        for x in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(x) for x in r) for r in rows[1:])
        return ('<table style="border-collapse: collapse; width: 100%%;" border="1"><tbody>%s%s</tbody></table>'
                % (head, body))
    return C.render_blocks(blocks, table=table, sep="\n")


def pagebuilder(s, blocks):
    pb1 = C.det_sha("pb", s["pbsave"], C.blocks_md(blocks, URL))[:7].upper()
    pb2 = C.det_sha("pb2", s["pbsave"], C.blocks_md(blocks, URL))[:7].upper()
    s["pbstyle"] = pb1
    style = ('<style>#html-body [data-pb-style=%s],#html-body [data-pb-style=%s]{justify-content:flex-start;display:fl'
             'ex;'
             'flex-direction:column;background-position:left top;background-size:cover;background-repeat:no-repeat;'
             'background-attachment:scroll}</style>' % (pb1, pb2))
    inner = ('data-enable-parallax="0" data-parallax-speed="0.5" data-background-images="{}" data-background-type="ima'
             'ge" '
             'data-video-loop="true" data-video-play-only-visible="true" data-video-lazy-load="true" '
             'data-video-fallback-src="" data-element="inner"')
    carousel = ('<div data-content-type="products" data-appearance="carousel" data-autoplay="false" '
                'data-autoplay-speed="4000" data-infinite-loop="false" data-show-arrows="true" data-show-dots="false" '
                'data-carousel-mode="default" data-center-padding="90px" data-element="main"><div class="block widget '
                'block-products-list grid"><div class="block-content"><!-- new_products_content_widget_grid-->\n'
                '<div class="products-grid grid"><ol class="product-items widget-product-carousel">\n%s\n</ol></div>'
                '<script type="text/x-magento-init">{"[data-role=tocart-form], .form.map.checkout": {"catalogAddToCart'
                '": '
                '{"product_sku": ""}}}</script></div></div></div>' % product_items(s))
    return ('%s<div data-content-type="row" data-appearance="contained" data-element="main"><div %s data-pb-style="%s">'
            '<div data-content-type="text" data-appearance="default" data-element="main">%s</div></div></div>'
            '<div class="pb-populair" data-content-type="row" data-appearance="contained" data-element="main"><div %s '
            'data-pb-style="%s"><h2 data-content-type="heading" data-appearance="default" data-element="main">Populair '
            'deze week</h2>%s</div></div>'
            % (style, inner, pb1, policy_html(blocks[1:]), inner, pb2, carousel))


def usp_text(s):
    if s["usp"] is None:
        return "Nu besteld, morgen in huis"
    h, m = s["usp"]
    return "Voor 16:00 besteld, vandaag bezorgd (nog %d uur en %d min.)" % (h, m)


LUMA = """<!doctype html>
<html lang="nl">
    <head >
        <script>
    var LOCALE = 'nl\\u002DNL';
    var BASE_URL = 'https\\u003A\\u002F\\u002Fwww.tulpaan.nl\\u002F';
    var require = {
        'baseUrl': 'https\\u003A\\u002F\\u002Fwww.tulpaan.nl\\u002Fstatic\\u002Fversion@@static@@\\u002Ffrontend\\u002F\
Tulpaan\\u002Fdefault\\u002Fnl_NL'
    };</script>        <meta charset="utf-8"/>
<meta name="title" content="Privacybeleid"/>
<meta name="description" content="Lees hoe Tulpaan omgaat met je persoonsgegevens en die van de ontvanger van je bloeme\
n."/>
<meta name="robots" content="INDEX,FOLLOW"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="format-detection" content="telephone=no"/>
<title>Privacybeleid | Tulpaan bloemen bezorgen</title>
<link  rel="stylesheet" type="text/css"  media="all" href="https://www.tulpaan.nl/static/version@@static@@/frontend/Tul\
paan/default/nl_NL/mage/calendar.css" />
<link  rel="stylesheet" type="text/css"  media="all" href="https://www.tulpaan.nl/static/version@@static@@/frontend/Tul\
paan/default/nl_NL/css/styles-m.css" />
<link  rel="stylesheet" type="text/css"  media="screen and (min-width: 768px)" href="https://www.tulpaan.nl/static/vers\
ion@@static@@/frontend/Tulpaan/default/nl_NL/css/styles-l.css" />
<script  type="text/javascript"  src="https://www.tulpaan.nl/static/version@@static@@/frontend/Tulpaan/default/nl_NL/re\
quirejs/require.min.js"></script>
<script  type="text/javascript"  src="https://www.tulpaan.nl/static/version@@static@@/frontend/Tulpaan/default/nl_NL/re\
quirejs-min-resolver.min.js"></script>
<script  type="text/javascript"  src="https://www.tulpaan.nl/static/version@@static@@/_requirejs/frontend/Tulpaan/defau\
lt/nl_NL/requirejs-config.min.js"></script>
<link rel="canonical" href="https://www.tulpaan.nl/privacybeleid" />
<link rel="icon" type="image/x-icon" href="https://www.tulpaan.nl/media/favicon/stores/1/favicon.png" />
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElem\
entsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.\
com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-K7T2QXP');</script>
    </head>
    <body data-container="body"
          data-mage-init='{"loaderAjax": {}, "loader": { "icon": "https://www.tulpaan.nl/static/version@@static@@/front\
end/Tulpaan/default/nl_NL/images/loader-2.gif"}}'
        id="html-body" class="cms-privacybeleid cms-page-view page-layout-1column">
<div class="cookie-status-message" id="cookie-status">De winkel werkt niet correct wanneer cookies uitgeschakeld zijn.<\
/div>
<noscript><div class="message global noscript"><div class="content"><p><strong>JavaScript lijkt te zijn uitgeschakeld i\
n uw browser.</strong> <span>Voor de beste gebruikerservaring, zorg ervoor dat javascript ingeschakeld is voor uw brows\
er.</span></p></div></div></noscript>
<div class="page-wrapper"><div class="campaign-banner campaign-banner--@@campaign@@"><a href="@@bannerhref@@">@@bannert\
ext@@</a></div>
<header class="page-header"><div class="panel wrapper"><div class="panel header"><a class="action skip contentarea" hre\
f="#contentarea"><span>Ga naar de inhoud</span></a>
<div class="usp-bar"><ul><li class="usp-countdown" data-cutoff="16:00" data-server-time="@@cache@@">@@usp@@</li><li cla\
ss="usp-kiyoh"><a href="https://www.kiyoh.com/reviews/1044712/tulpaan">Kiyoh @@kscore@@ uit @@kcount@@ beoordelingen</a\
></li><li>7 dagen versgarantie</li></ul></div>
<ul class="header links"><li class="authorization-link" data-label="of"><a href="https://www.tulpaan.nl/customer/accoun\
t/login/referer/aHR0cHM6Ly93d3cudHVscGFhbi5ubC9wcml2YWN5YmVsZWlk/">Inloggen</a></li><li><a href="https://www.tulpaan.nl\
/customer/account/create/">Account aanmaken</a></li></ul></div></div>
<div class="header content"><span data-action="toggle-nav" class="action nav-toggle"><span>Toggle Nav</span></span><a c\
lass="logo" href="https://www.tulpaan.nl/" title="Tulpaan" aria-label="store logo"><img src="https://www.tulpaan.nl/sta\
tic/version@@static@@/frontend/Tulpaan/default/nl_NL/images/logo.svg" title="Tulpaan" alt="Tulpaan" width="170" height=\
"48" /></a>
<div data-block="minicart" class="minicart-wrapper"><a class="action showcart" href="https://www.tulpaan.nl/checkout/ca\
rt/" data-bind="scope: 'minicart_content'"><span class="text">Winkelwagen</span><span class="counter qty empty"><span c\
lass="counter-number">0</span></span></a></div>
<div class="block block-search"><form class="form minisearch" id="search_mini_form" action="https://www.tulpaan.nl/cata\
logsearch/result/" method="get"><input id="search" type="text" name="q" value="" placeholder="Zoek een boeket of plant"\
 class="input-text" maxlength="128" role="combobox" aria-haspopup="false" aria-autocomplete="both" autocomplete="off" a\
ria-expanded="false"/><button type="submit" title="Zoeken" class="action search"><span>Zoeken</span></button></form></d\
iv></div></header>
<div class="sections nav-sections"><nav class="navigation" data-action="navigation"><ul data-mage-init='{"menu":{"respo\
nsive":true, "expanded":true, "position":{"my":"left top","at":"left bottom"}}}'><li class="level0 nav-1 category-item \
first level-top"><a href="https://www.tulpaan.nl/boeketten" class="level-top"><span>Boeketten</span></a></li><li class=\
"level0 nav-2 category-item level-top"><a href="https://www.tulpaan.nl/rozen" class="level-top"><span>Rozen</span></a><\
/li><li class="level0 nav-3 category-item level-top"><a href="https://www.tulpaan.nl/planten" class="level-top"><span>P\
lanten</span></a></li><li class="level0 nav-4 category-item level-top"><a href="https://www.tulpaan.nl/brievenbusbloeme\
n" class="level-top"><span>Brievenbusbloemen</span></a></li><li class="level0 nav-5 category-item last level-top"><a hr\
ef="https://www.tulpaan.nl/rouwbloemen" class="level-top"><span>Rouwbloemen</span></a></li></ul></nav></div>
<main id="maincontent" class="page-main"><a id="contentarea" tabindex="-1"></a>
<div class="page-title-wrapper">
    <h1 class="page-title"
                >
        <span class="base" data-ui-id="page-title-wrapper" >@@title@@</span>    </h1>
    </div>
<div class="page messages"><div data-placeholder="messages"></div>
<div data-bind="scope: 'messages'">
    <!-- ko if: cookieMessages && cookieMessages.length > 0 --><div aria-atomic="true" role="alert" data-bind="foreach:\
 { data: cookieMessages, as: 'message' }" class="messages"><div data-bind="attr: {class: 'message-' + message.type + ' \
' + message.type + ' message', 'data-ui-id': 'message-' + message.type}"><div data-bind="html: $parent.prepareMessageFo\
rHtml(message.text)"></div></div></div><!-- /ko -->
</div><script type="text/x-magento-init">{"*": {"Magento_Ui/js/core/app": {"components": {"messages": {"component": "Ma\
gento_Theme/js/view/messages"}}}}}</script>
</div><div class="columns"><div class="column main"><input name="form_key" type="hidden" value="@@formkey@@" /><div id=\
"authenticationPopup" data-bind="scope:'authenticationPopup', style: {display: 'none'}">
        <script>window.authenticationPopup = {"autocomplete":"off","customerRegisterUrl":"https:\\/\\/www.tulpaan.nl\\/\
customer\\/account\\/create\\/","customerForgotPasswordUrl":"https:\\/\\/www.tulpaan.nl\\/customer\\/account\\/forgotpa\
ssword\\/","baseUrl":"https:\\/\\/www.tulpaan.nl\\/","customerLoginUrl":"https:\\/\\/www.tulpaan.nl\\/customer\\/ajax\
\\/login\\/"}</script>    <!-- ko template: getTemplate() --><!-- /ko -->
        <script type="text/x-magento-init">{"#authenticationPopup": {"Magento_Ui/js/core/app": {"components":{"authenti\
cationPopup":{"component":"Magento_Customer\\/js\\/view\\/authentication-popup","children":{"messages":{"component":"Ma\
gento_Ui\\/js\\/view\\/messages","displayArea":"messages"},"captcha":{"component":"Magento_Captcha\\/js\\/view\\/checko\
ut\\/loginCaptcha","displayArea":"additional-login-form-fields","formId":"user_login","configSource":"checkout"}}}}}}}<\
/script>
</div>
<script type="text/x-magento-init">{"*":{"Magento_Customer/js/section-config":{"sections":{"stores\\/store\\/switch":["\
*"],"directory\\/currency\\/switch":["*"],"*":["messages"],"customer\\/account\\/logout":["*","recently_viewed_product"\
,"recently_compared_product","persistent"],"checkout\\/cart\\/add":["cart","directory-data"]},"clientSideSections":["ch\
eckout-data","cart-data"],"baseUrls":["https:\\/\\/www.tulpaan.nl\\/"],"sectionNames":["messages","customer","compare-p\
roducts","last-ordered-items","cart","directory-data","captcha","instant-purchase","loggedAsCustomer","persistent","rev\
iew","wishlist","recently_viewed_product","recently_compared_product","product_data_storage","paypal-billing-agreement"\
]}}}</script>
<script type="text/x-magento-init">{"*":{"Magento_Customer/js/customer-data":{"sectionLoadUrl":"https:\\/\\/www.tulpaan\
.nl\\/customer\\/section\\/load\\/","expirableSectionLifetime":60,"expirableSectionNames":["cart","persistent"],"cookie\
LifeTime":"3600","cookieDomain":"","updateSessionUrl":"https:\\/\\/www.tulpaan.nl\\/customer\\/account\\/updateSession\
\\/","isLoggedIn":"","privateContentVersion":"@@cart@@"}}}</script>
<script type="text/x-magento-init">{"body":{"pageCache":{"url":"https:\\/\\/www.tulpaan.nl\\/page_cache\\/block\\/rende\
r\\/page_id\\/4\\/","handles":["default","cms_page_view","cms_page_view_id_privacybeleid"],"originalRequest":{"route":"\
cms","controller":"page","action":"view","uri":"\\/privacybeleid"},"versionCookieName":"private_content_version"}}}</sc\
ript>
@@content@@</div></div></main>
<footer class="page-footer"><div class="footer content"><div class="block newsletter"><div class="title"><strong>Nieuws\
brief</strong></div><div class="content"><form class="form subscribe" novalidate action="https://www.tulpaan.nl/newslet\
ter/subscriber/new/" method="post" id="newsletter-validate-detail"><input name="email" type="email" id="newsletter" pla\
ceholder="Je e-mailadres" data-mage-init='{"mage/trim-input":{}}'/><input name="form_key" type="hidden" value="@@formke\
y@@" /><button class="action subscribe primary" title="Aanmelden" type="submit"><span>Aanmelden</span></button></form><\
/div></div>
<ul class="footer links"><li class="nav item"><a href="https://www.tulpaan.nl/klantenservice">Klantenservice</a></li><l\
i class="nav item"><a href="https://www.tulpaan.nl/bezorging">Bezorging</a></li><li class="nav item"><a href="https://w\
ww.tulpaan.nl/algemene-voorwaarden">Algemene voorwaarden</a></li><li class="nav item current"><strong>Privacybeleid</st\
rong></li><li class="nav item"><a href="https://www.tulpaan.nl/cookiebeleid">Cookiebeleid</a></li><li class="nav item">\
<a href="#" class="cookie-settings">Cookie-instellingen</a></li></ul></div></footer>
<div class="copyright"><span>&copy; @@year@@ Tulpaan B.V. Alle rechten voorbehouden.</span></div></div>
<script type="text/x-magento-init">{"*": {"Magento_PageCache/js/form-key-provider": {"isPaginationCacheEnabled": 0}}}</\
script>
</body>
</html>
"""

HYVA = """<!doctype html>
<html lang="nl">
<head >
    <meta charset="utf-8"/>
<meta name="title" content="Privacybeleid"/>
<meta name="description" content="Lees hoe Tulpaan omgaat met je persoonsgegevens en die van de ontvanger van je bloeme\
n."/>
<meta name="robots" content="INDEX,FOLLOW"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Privacybeleid | Tulpaan bloemen bezorgen</title>
<link  rel="stylesheet" type="text/css"  media="all" href="https://www.tulpaan.nl/static/version@@static@@/frontend/Tul\
paan/hyva/nl_NL/css/styles.css" />
<link rel="canonical" href="https://www.tulpaan.nl/privacybeleid" />
<link rel="icon" type="image/x-icon" href="https://www.tulpaan.nl/media/favicon/stores/1/favicon.png" />
<script>
    var BASE_URL = 'https://www.tulpaan.nl/';
    var THEME_PATH = 'https://www.tulpaan.nl/static/version@@static@@/frontend/Tulpaan/hyva/nl_NL';
    var COOKIE_CONFIG = {
        "expires": null,
        "path": "\\u002F",
        "domain": ".www.tulpaan.nl",
        "secure": true,
        "lifetime": "3600",
        "cookie_restriction_enabled": false
    };
    var CURRENT_STORE_CODE = 'default';
    var CURRENT_WEBSITE_ID = '1';
    window.hyva = window.hyva || {}
    window.cookie_consent_groups = window.cookie_consent_groups || {}
    window.cookie_consent_groups['necessary'] = true;
    window.cookie_consent_config = window.cookie_consent_config || {};
    window.cookie_consent_config['necessary'] = [].concat(window.cookie_consent_config['necessary'] || [], ['user_allow\
ed_save_cookie', 'form_key', 'mage-messages', 'private_content_version', 'mage-cache-sessid', 'last_visited_store', 'se\
ction_data_ids']);
</script>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElem\
entsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.\
com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-K7T2QXP');</script>
</head>
<body id="html-body" class="cms-privacybeleid cms-page-view page-layout-1column">
<input name="form_key" type="hidden" value="@@formkey@@" />
<noscript><section class="message global noscript border-b-2 border-blue-500 bg-blue-50 shadow-none m-0 px-0 rounded-no\
ne font-normal"><div class="container text-center"><p><strong>JavaScript lijkt te zijn uitgeschakeld in uw browser.</st\
rong> <span>Voor de beste gebruikerservaring, zorg ervoor dat javascript ingeschakeld is voor uw browser.</span></p></d\
iv></section></noscript>
<div class="page-wrapper"><div class="campaign-banner bg-primary text-white text-center text-sm py-2 campaign-banner--@\
@campaign@@"><a href="@@bannerhref@@">@@bannertext@@</a></div>
<header class="page-header"><a class="action skip sr-only focus:not-sr-only focus:absolute focus:z-40 focus:bg-white co\
ntentarea" href="#contentarea"><span>Ga naar de inhoud</span></a>
<div class="usp-bar hidden md:flex justify-center gap-8 text-xs bg-container-darker py-1"><span class="usp-countdown" x\
-data="uspCountdown(@@cache@@)">@@usp@@</span><a href="https://www.kiyoh.com/reviews/1044712/tulpaan">Kiyoh @@kscore@@ \
uit @@kcount@@ beoordelingen</a><span>7 dagen versgarantie</span></div>
<div id="header" class="relative z-30 w-full border-b shadow bg-container-lighter border-container-lighter" x-data="ini\
tHeader()" @private-content-loaded.window="getData(event.detail.data)"><div class="container flex flex-wrap lg:flex-now\
rap items-center justify-between w-full px-6 py-3 mx-auto mt-0">
<div class="order-1 sm:order-2 lg:order-1 w-full pb-2 sm:w-auto sm:pb-0"><a class="flex items-center justify-center tex\
t-xl font-medium tracking-wide text-gray-800 no-underline hover:no-underline font-title" href="https://www.tulpaan.nl/"\
 aria-label="Ga naar de startpagina"><img src="https://www.tulpaan.nl/static/version@@static@@/frontend/Tulpaan/hyva/nl\
_NL/images/logo.svg" alt="Tulpaan" width="170" height="48" loading="eager"/></a></div>
<div class="z-20 order-2 sm:order-1 lg:order-2 navigation lg:hidden" x-data="initMenuMobile_6612a0c4d1e2f()"></div>
<nav class="hidden lg:block" aria-label="Hoofdmenu"><ul class="flex justify-start flex-wrap gap-x-7"><li><a href="https\
://www.tulpaan.nl/boeketten">Boeketten</a></li><li><a href="https://www.tulpaan.nl/rozen">Rozen</a></li><li><a href="ht\
tps://www.tulpaan.nl/planten">Planten</a></li><li><a href="https://www.tulpaan.nl/brievenbusbloemen">Brievenbusbloemen<\
/a></li><li><a href="https://www.tulpaan.nl/rouwbloemen">Rouwbloemen</a></li></ul></nav>
<div class="flex items-center gap-2 md:gap-4 order-3 md:-mr-1"><a id="menu-cart-icon" class="relative inline-block roun\
ded p-1 hover:bg-primary/10 outline-offset-2" x-ref="cartButton" href="https://www.tulpaan.nl/checkout/cart/index/" tit\
le="Winkelwagen"><span class="sr-only label">Winkelwagen</span><span x-text="cart.summary_count" class="absolute -top-1\
.5 -right-1.5 h-5 px-2 py-1 rounded-full bg-primary text-white text-xs font-semibold leading-none text-center uppercase\
 tabular-nums hidden" aria-hidden="true"></span></a></div>
</div></div></header>
<main id="maincontent" class="page-main"><a id="contentarea" tabindex="-1"></a>
<div class="container flex flex-col md:flex-row flex-wrap my-6 font-bold lg:text-3xl">
    <h1 class="text-gray-900 page-title title-font"
                >
        <span class="base" data-ui-id="page-title-wrapper" >@@title@@</span>    </h1>
    </div>
<section id="messages" x-data="initMessages()" @messages-loaded.window="addMessages(event.detail.messages)" @private-co\
ntent-loaded.window="addMessages(event.detail.data.messages.messages)" @clear-messages.window="messages = []"><div clas\
s="w-full"><div class="messages container mx-auto py-3"></div></div></section>
<div class="columns"><div class="column main">@@content@@</div></div></main>
<footer class="page-footer"><div class="footer content"><div class="container py-8 mx-auto"><div class="flex flex-wrap \
order-first gap-8">
<form class="form subscribe" action="https://www.tulpaan.nl/newsletter/subscriber/new/" method="post" x-data="initNewsl\
etterForm()" @submit.prevent="submitForm()" id="newsletter-validate-detail"><label for="newsletter-subscribe" class="sr\
-only">Nieuwsbrief</label><input name="email" type="email" id="newsletter-subscribe" class="form-input" placeholder="Je\
 e-mailadres"/><input name="form_key" type="hidden" value="@@formkey@@" /><button class="btn btn-primary" type="submit"\
>Aanmelden</button></form>
<ul class="footer-links"><li><a href="https://www.tulpaan.nl/klantenservice">Klantenservice</a></li><li><a href="https:\
//www.tulpaan.nl/bezorging">Bezorging</a></li><li><a href="https://www.tulpaan.nl/algemene-voorwaarden">Algemene voorwa\
arden</a></li><li><a href="https://www.tulpaan.nl/privacybeleid">Privacybeleid</a></li><li><a href="https://www.tulpaan\
.nl/cookiebeleid">Cookiebeleid</a></li></ul></div>
<div class="pt-6 pb-2 text-sm text-center">&copy; @@year@@ Tulpaan B.V. Alle rechten voorbehouden.</div></div></div></f\
ooter></div>
<script>
    function uspCountdown(serverTime) { return { left: null, init() { /* ticks once a minute */ } } }
    window.addEventListener('DOMContentLoaded', function () { hyva.initFormKey && hyva.initFormKey(); });
</script>
<script src="https://www.tulpaan.nl/static/version@@static@@/frontend/Tulpaan/hyva/nl_NL/Hyva_Theme/js/alpine3.min.js" \
defer></script>
</body>
</html>
"""


def render(s, blocks, when):
    href, text = BANNERS[s["campaign"]]
    tpl = HYVA if s["template"] == "hyva" else LUMA
    return K.fill(tpl, static=s["static"], campaign=s["campaign"], bannerhref=href, bannertext=C.esc(text),
                  cache=s["cache"], usp=C.esc(usp_text(s)), kscore=s["kiyoh"][0],
                  kcount=K.group3(s["kiyoh"][1], "."), title=C.esc(blocks[0][1]), formkey=s["formkey"],
                  cart=s["cart"], content=pagebuilder(s, blocks), year=when.year)

PAGE = {
    "service": "Tulpaan", "url": URL, "lang": "nl-NL", "platform": "Magento 2.4 + Page Builder (Luma, then Hyva)",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 2, 3), "end": dt.date(2026, 4, 20), "hours": (5, 17),
    "policy": POLICY, "first_updated": dt.date(2021, 11, 22), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["h1.page-title", ".column.main"],
                    "remove": ["input[name=\"form_key\"]", "#authenticationPopup", "script", "style",
                               "[data-content-type=\"heading\"]", "[data-content-type=\"products\"]"]},
}
