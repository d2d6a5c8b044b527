"""Zlatica (Slovak jewellery chain: six shops in Žilina, Martin, Trenčín... and an e-shop; gold buy-back, engraving
and made-to-order wedding rings), a Shoptet e-shop. The privacy page is a Shoptet "článok" (page) whose text the
shop's staff pasted in Shoptet's WYSIWYG editor. In April 2024 the shop moved from the older "Classic" template to
"Disco": other wrappers and class names, the curators' selector changed with it (declaration history)."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import jwkit as K  # noqa: E402

POLICY = """
Posledná aktualizácia: {UPDATED}

Ochrana vašich osobných údajov je pre nás rovnako dôležitá ako kvalita šperkov, ktoré predávame. V tomto dokumente vysvetľujeme, aké osobné údaje spracúvame pri nákupe v našom e-shope www.zlatica.sk a v našich predajniach, na aký účel, ako dlho ich uchovávame a aké práva vám podľa nariadenia Európskeho parlamentu a Rady (EÚ) 2016/679 (GDPR) a zákona č. 18/2018 Z. z. o ochrane osobných údajov patria.

## 1. Prevádzkovateľ

@ Zlatica s.r.o.
@ Národná 12, 010 01 Žilina
@ IČO: 46 218 735, DIČ: 2023291741
@ zapísaná v Obchodnom registri Okresného súdu Žilina, oddiel: Sro, vložka č. 58214/L

Vo veciach ochrany osobných údajov nás môžete kontaktovať e-mailom na [osobneudaje@zlatica.sk](mailto:osobneudaje@zlatica.sk), telefonicky na čísle +421 41 562 30 18 (pondelok až piatok od 9:00 do 16:00) alebo písomne na adrese sídla. Zodpovednú osobu sme nevymenovali, pretože nám to právne predpisy neukladajú.

## 2. Aké osobné údaje spracúvame

- identifikačné údaje: meno, priezvisko, pri firemných nákupoch obchodné meno, IČO a DIČ,
- kontaktné údaje: doručovacia a fakturačná adresa, e-mail, telefónne číslo,
- údaje o objednávkach: zakúpené šperky a hodinky, veľkosť prsteňa, text gravírovania, spôsob platby a dopravy,
- údaje z výkupu zlata a striebra: číslo a druh dokladu totožnosti, dátum narodenia, trvalý pobyt, popis a hmotnosť vykúpených predmetov,
- údaje z reklamácií a servisu: popis vady, fotografie šperku, záznamy o oprave,
- technické údaje: IP adresa, typ prehliadača, súbory cookies (len ak s nimi súhlasíte).

Osobné údaje detí mladších ako 16 rokov vedome nespracúvame. Ak objednávate šperk ako darček, údaje obdarovaného (meno a adresu doručenia) spracúvame len na doručenie zásielky.

## 3. Účely, právne základy a doba uchovávania

| Účel spracúvania | Právny základ | Doba uchovávania |
| Uzavretie a plnenie kúpnej zmluvy, doručenie objednávky | plnenie zmluvy (čl. 6 ods. 1 písm. b) GDPR) | 10 rokov od vystavenia faktúry |
| Vybavenie reklamácií a záručný servis | zákonná povinnosť (Občiansky zákoník, zákon o ochrane spotrebiteľa) | 5 rokov od vybavenia reklamácie |
| Gravírovanie a zákazková výroba snubných prsteňov | plnenie zmluvy | do prevzatia šperku, najdlhšie 1 rok |
| Výkup zlata a striebra | zákonná povinnosť (zákon č. 297/2008 Z. z. o ochrane pred legalizáciou príjmov z trestnej činnosti) | 5 rokov od ukončenia obchodu |
| Zasielanie noviniek a zliav (newsletter) | súhlas alebo oprávnený záujem voči existujúcim zákazníkom | do odvolania súhlasu, najdlhšie 3 roky |
| Vernostný program Zlatica Klub | plnenie zmluvy | počas členstva a 1 rok po jeho skončení |
| Kamerový systém v predajniach | oprávnený záujem (ochrana majetku a osôb) | 15 dní |

Účtovné doklady uchovávame podľa zákona č. 431/2002 Z. z. o účtovníctve. Po uplynutí doby uchovávania osobné údaje vymažeme alebo anonymizujeme.

## 4. Komu osobné údaje poskytujeme

Osobné údaje poskytujeme len v nevyhnutnom rozsahu týmto sprostredkovateľom a príjemcom:

- Shoptet, a.s. – prevádzkovateľ e-shopovej platformy,
- Zásielkovňa s.r.o. – doručenie na výdajné miesta a do boxov,
- Slovak Parcel Service s.r.o. – kuriérske doručenie,
- Slovenská pošta, a.s. – doručenie poisteným listom,
- GoPay s.r.o. – platby kartou a rýchle bankové prevody,
- Ecomail.cz, s.r.o. – rozosielanie newslettera,
- externá účtovná kancelária a daňový poradca,
- orgány verejnej moci, ak nám to ukladá zákon (napríklad Finančná spravodajská jednotka pri výkupe zlata).

Ak sa pri objednávke rozhodnete zúčastniť programu Overené zákazníkmi, Heureka Group a.s. vám po nákupe zašle dotazník spokojnosti. Váš e-mail a zakúpený tovar jej odovzdávame len na tento účel.

## 5. Prenos do tretích krajín

Osobné údaje spracúvame v Európskej únii. Pri meraní návštevnosti nástrojom Google Analytics a pri reklame na sieťach spoločnosti Meta môže dôjsť k prenosu údajov do Spojených štátov amerických; tieto spoločnosti sú certifikované podľa rámca EÚ – USA pre ochranu osobných údajov.

## 6. Súbory cookies

Nevyhnutné súbory cookies používame na fungovanie košíka a prihlásenia. Analytické a marketingové cookies ukladáme len s vaším súhlasom, ktorý môžete kedykoľvek zmeniť v nastaveniach cookies v päte stránky.

## 7. Vaše práva

Máte právo:

- požadovať prístup k svojim osobným údajom,
- na opravu nesprávnych alebo neúplných údajov,
- na vymazanie údajov, ak už nie sú potrebné alebo ste odvolali súhlas,
- na obmedzenie spracúvania,
- na prenosnosť údajov,
- namietať proti spracúvaniu na základe oprávneného záujmu a proti priamemu marketingu,
- kedykoľvek odvolať súhlas bez vplyvu na zákonnosť predchádzajúceho spracúvania.

Na vašu žiadosť odpovieme bez zbytočného odkladu, najneskôr do jedného mesiaca. Ak sa domnievate, že s vašimi údajmi zaobchádzame nezákonne, môžete podať návrh na začatie konania na Úrad na ochranu osobných údajov Slovenskej republiky, Hraničná 12, 820 07 Bratislava 27, [www.dataprotection.gov.sk](https://dataprotection.gov.sk/).
"""

EDITS = [
    {"note": "processor renamed: Zásielkovňa s.r.o. -> Packeta Slovakia s.r.o.",
     "repl": [("- Zásielkovňa s.r.o. – doručenie", "- Packeta Slovakia s.r.o. – doručenie")]},
    {"note": "typo fixed in the purposes table (Občiansky zákoník), date unchanged", "bump": False,
     "repl": [("(Občiansky zákoník, zákon", "(Občiansky zákonník, zákon")]},
    {"note": "list item added: Shoptet Pay as a second card-payment processor",
     "repl": [("- GoPay s.r.o. – platby kartou a rýchle bankové prevody,",
               "- GoPay s.r.o. – platby kartou a rýchle bankové prevody,\n"
               "- Shoptet Pay s.r.o. – platby kartou, Apple Pay a Google Pay,")]},
    {"note": "newsletter retention shortened from 3 to 2 years",
     "repl": [("do odvolania súhlasu, najdlhšie 3 roky", "do odvolania súhlasu, najdlhšie 2 roky")]},
    {"note": "registered office moved (Národná 12 -> Hurbanova 5)",
     "repl": [("@ Národná 12, 010 01 Žilina", "@ Hurbanova 5, 010 01 Žilina")]},
    {"note": "table row added: customer reviews (Heureka Overené zákazníkmi)",
     "repl": [("| Kamerový systém v predajniach | oprávnený záujem (ochrana majetku a osôb) | 15 dní |",
               "| Kamerový systém v predajniach | oprávnený záujem (ochrana majetku a osôb) | 15 dní |\n"
               "| Hodnotenie nákupu v programe Overené zákazníkmi | súhlas | do odvolania súhlasu, najdlhšie "
               "1 rok |")]},
]

SWITCH = dt.datetime(2024, 4, 16, 5, 0)  # template Classic -> Disco, published early in the morning


def fmt_date(d):
    return "%d. %d. %d" % (d.day, d.month, d.year)


def _banner(loc):
    d = loc.date()
    y = d.year

    def nth_sunday(m, n):
        x = dt.date(y, m, 1)
        while x.weekday() != 6:
            x += dt.timedelta(days=1)
        return x + dt.timedelta(days=7 * (n - 1))

    if dt.date(y, 2, 1) <= d <= dt.date(y, 2, 14):
        return ("valentin", "Valentín: gravírovanie prívesku alebo prsteňa ZADARMO pri objednávke do 11. 2.")
    if nth_sunday(5, 2) - dt.timedelta(days=16) <= d <= nth_sunday(5, 2):
        return ("den-matiek", "Deň matiek: -15 % na strieborné šperky s kódom MAMA15")
    if dt.date(y, 4, 20) <= d <= dt.date(y, 9, 30):
        return ("svadby", "Svadobná sezóna: snubné prstene na mieru, konzultácia v predajni zadarmo")
    if dt.date(y, 11, 20) <= d <= dt.date(y, 11, 30):
        return ("black-friday", "BLACK FRIDAY: -20 % na celý sortiment striebra, platí do nedele")
    if dt.date(y, 12, 1) <= d <= dt.date(y, 12, 18):
        return ("vianoce", "Vianoce: pri objednávke do 18. 12. doručíme do Štedrého dňa")
    if d >= dt.date(y, 12, 19) or d <= dt.date(y, 1, 10):
        return ("vypredaj", "Povianočný výpredaj hodiniek: zľavy až do 40 %")
    return ("vykup", "Výkup zlata: aktuálne vykupujeme 14 kt zlato za najlepšie ceny v predajniach")


def noise(rng, when, i, prev):
    p = prev or {}
    loc = K.local(when, "cet")
    rev = p.get("reviews", (2196, 98))
    return {
        "csrf": C.hexs(rng, 64),
        "cdn": C.keep_or(rng, p.get("cdn"), 0.3, lambda: C.hexs(rng, 10)),
        "banner": _banner(loc),
        "template": "disco" if when >= SWITCH else "classic",
        "reviews": (rev[0] + rng.randint(4, 38), 98 if rng.random() < 0.8 else 99),
    }


LABELS = {
    "csrf": "CSRF token (shoptet.csrf.token and the forms' __csrf__) per request",
    "cdn": "Shoptet CDN build hash in template asset URLs (platform deploy)",
    "banner": "site message bar above the header (seasonal promotion)",
    "template": "shop template (Classic until 2024-04-16, then Disco: redesign)",
    "reviews": "shop rating box in the footer: number of reviews and % recommending",
}

MENU = [("Prstene", "prstene"), ("Snubné prstene", "snubne-prstene"), ("Náušnice", "nausnice"),
        ("Retiazky a prívesky", "retiazky-a-privesky"), ("Náramky", "naramky"), ("Hodinky", "hodinky"),
        ("Výkup zlata", "vykup-zlata"), ("Predajne", "predajne")]


def _text(blocks):
    """Shoptet's TinyMCE output: tables wrapped in the responsive div, address paragraphs with <br />."""
    def table(rows, inl):
        head = "".join("<th>%s</th>" % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return ('<div class="table-responsive"><table class="table" style="width: 100%%;" border="1">'
                '<thead><tr>%s</tr></thead><tbody>%s</tbody></table></div>' % (head, body))

    return K.render_blocks(blocks, table=table, addr=lambda lines, inl: "<p>%s</p>" % "<br />".join(
        inl(x) for x in lines), sep="\n")


def render(state, blocks, when):
    disco = state["template"] == "disco"
    tpl = "13" if disco else "07"
    cdn = "https://cdn.myshoptet.com/prj/dist/master/cms/templates/frontend_templates/%s/%s" % (tpl, state["cdn"])
    bkey, btext = state["banner"]
    nrev, pct = state["reviews"]
    menu = "\n".join('<li class="menu-item-%d"><a href="/%s/"><b>%s</b></a></li>' % (700 + n, u, K.esc(t))
                     for n, (t, u) in enumerate(MENU))
    policy = _text(blocks)
    title = "Ochrana osobných údajov"
    if disco:
        content = """<main id="content" class="content wide">
<div class="content-inner">
<div class="breadcrumbs navigation-home-icon-wrapper" itemscope itemtype="https://schema.org/BreadcrumbList"><span id="navigation-first" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item" class="navigation-home-icon"><span class="sr-only" itemprop="name">Domov</span></a><meta itemprop="position" content="1"></span><span class="navigation-bullet">/</span><span id="navigation-1" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" data-testid="breadcrumbsLastLevel"><meta itemprop="item" content="https://www.zlatica.sk/ochrana-osobnych-udajov/"><meta itemprop="position" content="2"><span itemprop="name" data-title="%(title)s">%(title)s</span></span></div>
<article class="pageArticleDetail" data-testid="articleDetail" itemscope itemtype="https://schema.org/Article">
<header><h1 itemprop="headline" data-testid="textArticleTitle">%(title)s</h1></header>
<div class="text" itemprop="articleBody" data-testid="textArticle">
%(policy)s
</div>
</article>
</div>
</main>""" % {"title": title, "policy": policy}
    else:
        content = """<div id="content" class="content">
<div class="content-inner">
<p id="navigation" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" itemprop="item" title="Domov"><span itemprop="name">Domov</span></a><meta itemprop="position" content="1"></span> <span class="navigation-bullet">&raquo;</span> <span itemprop="name">%(title)s</span></p>
<div class="page-detail">
<h1>%(title)s</h1>
<div class="page-detail-content">
%(policy)s
</div>
</div>
</div>
</div>""" % {"title": title, "policy": policy}
    body_cls = ("id-38 in-ochrana-osobnych-udajov template-13 type-page one-column-body columns-mobile-2 "
                "columns-4 smart-labels-active ums_forms_redesign--off ums_a11y_category_page--on "
                "ums_discussion_rating_forms--off ums_a11y_pagination--on mobile-header-version-0"
                if disco else "id-38 in-ochrana-osobnych-udajov template-07 type-page one-column-body")
    doc = """<!doctype html>
<html lang="sk" class="no-js desktop">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s - Zlatica.sk</title>
<meta name="description" content="Informácie o spracúvaní osobných údajov v e-shope a predajniach Zlatica.">
<meta property="og:type" content="website"><meta property="og:site_name" content="zlatica.sk"><meta property="og:url" content="https://www.zlatica.sk/ochrana-osobnych-udajov/">
<link rel="canonical" href="https://www.zlatica.sk/ochrana-osobnych-udajov/">
<link rel="preconnect" href="https://cdn.myshoptet.com">
<link rel="stylesheet" media="all" href="%(cdn)s/css/main.css">
<link rel="stylesheet" media="all" href="https://cdn.myshoptet.com/usr/www.zlatica.sk/user/documents/upload/sablona/zlatica-custom.css?v=22">
<script>
dataLayer = [];
dataLayer.push({'shoptet' : {"pageId":38,"pageType":"article","currency":"EUR","currencyInfo":{"decimalSeparator":",","exchangeRate":1,"priceDecimalPlaces":2,"symbol":"\\u20ac","symbolLeft":0,"thousandSeparator":" "},"language":"sk","projectId":418207,"cartInfo":{"id":null,"freeShipping":false,"freeShippingFrom":60,"leftToFreeGift":{"formattedPrice":"0 \\u20ac","priceLeft":0},"freeGift":false,"leftToFreeShipping":{"priceLeft":60,"dependOnRegion":0,"formattedPrice":"60 \\u20ac"},"discountCoupon":[],"getNoBillingShippingPrice":{"withoutVat":0,"vat":0,"withVat":0},"cartItems":[],"taxMode":"ORDINARY"},"cart":[],"customer":{"priceRatio":1,"priceListId":1,"groupId":null,"registered":false,"mainAccount":false}}});
dataLayer.push({'cookie_consent' : {"marketing":"denied","analytics":"denied"}});
</script>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-K7X2ZQ4');</script>
<script>
var shoptet = shoptet || {};
shoptet.abilities = {"about":{"generation":3,"id":"%(tpl)s"},"config":{"category":{"product":{"image_size":"detail"}},"navigation_breakpoint":767,"number_of_active_related_products":4,"product_slider":{"autoplay":false,"autoplay_speed":3000,"loop":true,"navigation":true,"pagination":true,"shadow_size":0}},"elements":{"recalculate_buttons":false},"feature":{"directional_thumbnails":false,"extended_ajax_cart":true,"extended_search_whisperer":false,"fixed_header":false,"images_in_menu":true,"product_slider":false,"simple_ajax_cart":false,"smart_labels":%(smart)s,"tabs_accordion":false,"tabs_responsive":true,"top_navigation_menu":true}};
shoptet.csrf = shoptet.csrf || {};
shoptet.csrf.token = "%(csrf)s";
shoptet.csrf.invalidTokenModal = "<div><h2>Prihláste sa, prosím, znovu</h2><p>Ospravedlňujeme sa, ale váš CSRF token pravdepodobne vypršal. Aby sme mohli udržať vašu bezpečnosť na maximálnej možnej úrovni, potrebujeme, aby ste sa znovu prihlásili.</p><p>Ďakujeme za pochopenie.</p><div><a href=\\"/login/?backTo=%%2Fochrana-osobnych-udajov%%2F\\">Prihlásenie</a></div></div>";
</script>
</head>
<body class="%(body_cls)s">
<div id="fb-root"></div>
<div class="site-msg information"><div class="container"><div class="text" data-promo="%(bkey)s">%(btext)s</div><div class="close js-close-information-msg"></div></div></div>
<div class="overall-wrapper">
<div class="user-action">
<div class="container"><div class="user-action-in">
<div class="user-action-login popup-widget login-widget"><div class="popup-widget-inner">
<h2>Prihlásenie k vášmu účtu</h2>
<div id="customerLogin"><form action="/action/Customer/Login/" method="post" id="formLoginIncluded" class="csrf-enabled" data-testid="formLogin"><input type="hidden" name="referer" value=""><div class="form-group"><div class="input-wrapper email js-validated-element-wrapper no-label"><input type="email" name="email" class="form-control" placeholder="E-mailová adresa (napr. jan@novak.sk)" data-testid="inputEmail" autocomplete="email" required></div><div class="input-wrapper password"><input type="password" name="password" class="form-control" placeholder="Heslo" data-testid="inputPassword" autocomplete="current-password" required><span class="no-display">Nemôžete vyplniť toto pole</span><input type="text" name="surname" value="" class="no-display"></div></div><div class="form-group"><div class="login-wrapper"><button type="submit" class="btn btn-secondary btn-text btn-login" data-testid="buttonSubmit">Prihlásiť sa</button><div class="password-helper"><a href="/registracia/" data-testid="signup" rel="nofollow">Nová registrácia</a><a href="/klient/zabudnute-heslo/" rel="nofollow">Zabudnuté heslo</a></div></div></div><input type="hidden" name="__csrf__" value="%(csrf)s"></form></div>
</div></div>
</div></div>
</div>
<header id="header"><div class="container navigation-wrapper">
<div class="header-top">
<div class="site-name-wrapper"><div class="site-name"><a href="/" data-testid="linkWebsiteLogo"><img src="https://cdn.myshoptet.com/usr/www.zlatica.sk/user/logos/zlatica-logo.svg" alt="Zlatica – zlatníctvo a hodinárstvo" fetchpriority="low"></a></div></div>
<div class="search"><form action="/action/ProductSearch/prepareString/" method="post" id="formSearchForm" class="search-form compact-form js-search-main" itemprop="potentialAction" itemscope itemtype="https://schema.org/SearchAction" data-testid="searchForm"><fieldset><meta itemprop="target" content="https://www.zlatica.sk/vyhladavanie/?string={string}"><input type="hidden" name="language" value="sk"><input type="search" name="string" class="query-input form-control search-input js-search-input" placeholder="Napíšte, čo hľadáte" autocomplete="off" required itemprop="query-input" data-testid="searchInput"><button type="submit" class="btn btn-default" data-testid="searchBtn">Hľadať</button></fieldset></form></div>
<div class="navigation-buttons"><a href="/kosik/" class="btn btn-icon toggle-window cart-count" data-target="cart" data-testid="headerCart" rel="nofollow"><span class="sr-only">Nákupný košík</span><i>0</i></a></div>
</div>
<nav id="navigation" aria-label="Hlavné menu" data-testid="navigation"><div class="navigation-in menu"><ul class="menu-level-1" role="menubar" data-testid="headerMenuItems">
%(menu)s
</ul></div></nav>
</div></header>
<div id="content-wrapper" class="container content-wrapper">
%(content)s
</div>
<footer id="footer">
<div class="container footer-rows">
<div class="footer-row-element custom-footer elements-4">
<div class="custom-footer__newsletter"><h4><span>Newsletter</span></h4><form action="/action/MailForm/subscribeToNewsletters/" method="post" id="formNewsletterWidget" class="subscribe-form compact-form"><fieldset><input type="hidden" name="formId" value="2"><span class="no-display">Nevypĺňajte toto pole:</span><input type="text" name="surname" class="no-display"><input type="email" name="email" class="form-control" placeholder="Vaša e-mailová adresa"><button type="submit" class="btn btn-default btn-arrow-right">Prihlásiť sa</button><input type="hidden" name="__csrf__" value="%(csrf)s"></fieldset></form></div>
<div class="custom-footer__rating"><h4><span>Hodnotenie obchodu</span></h4><div class="rate-wrapper"><span class="rate-average">%(pct)d %%</span><span class="rate-count">zákazníkov odporúča obchod</span><a href="/hodnotenie-obchodu/" class="rate-link">Hodnotenia (%(nrev)s)</a></div></div>
<div class="custom-footer__articles"><h4><span>Informácie pre vás</span></h4><ul><li><a href="/obchodne-podmienky/">Obchodné podmienky</a></li><li><a href="/reklamacny-poriadok/">Reklamačný poriadok</a></li><li><a href="/ochrana-osobnych-udajov/">Ochrana osobných údajov</a></li><li><a href="/doprava-a-platba/">Doprava a platba</a></li><li><a href="/tabulka-velkosti-prstenov/">Tabuľka veľkostí prsteňov</a></li></ul></div>
<div class="custom-footer__contact"><h4><span>Kontakt</span></h4><p>Zlatica s.r.o.<br>+421 41 562 30 18<br><a href="mailto:info@zlatica.sk">info@zlatica.sk</a></p></div>
</div>
<div class="footer-bottom"><span id="signature" style="display: inline-block !important; visibility: visible !important;"><a href="https://www.shoptet.sk/?utm_source=footer&amp;utm_medium=link&amp;utm_campaign=create_by_shoptet" class="image" target="_blank"><img src="%(cdn)s/img/shoptet-logo.svg" width="17" height="17" alt="Shoptet" class="vam" fetchpriority="low"></a><a href="https://www.shoptet.sk/?utm_source=footer&amp;utm_medium=link&amp;utm_campaign=create_by_shoptet" class="title" target="_blank">Vytvoril Shoptet</a></span><span class="copyright" data-testid="textCopyright">Copyright %(year)d <strong>Zlatica.sk</strong>. Všetky práva vyhradené.</span><a href="#" class="cookies-settings js-cookies-settings">Upraviť nastavenia cookies</a></div>
</div>
</footer>
</div>
<div class="siteCookies siteCookies--bottom js-siteCookies" role="dialog" data-testid="cookiesPopup" data-nosnippet><div class="siteCookies__form"><div class="siteCookies__content"><div class="siteCookies__text">Tento web používa súbory cookies na poskytovanie služieb, personalizáciu reklám a analýzu návštevnosti. <a href="/ochrana-osobnych-udajov/" target="_blank" rel="noopener noreferrer">Podrobné nastavenie</a></div><p class="siteCookies__links"><button class="siteCookies__link js-cookies-settings" aria-label="Nastavenia cookies" data-testid="cookiesSettings">Nastavenie</button></p></div><div class="siteCookies__buttonWrap"><button class="siteCookies__button js-cookiesConsentSubmit" value="reject" data-testid="buttonCookiesReject">Odmietnuť</button><button class="siteCookies__button js-cookiesConsentSubmit" value="all" data-testid="buttonCookiesAccept">Prijať všetko</button></div></div></div>
<script src="%(cdn)s/js/shoptet.js"></script>
<script src="%(cdn)s/js/main.js"></script>
</body>
</html>
""" % {"title": title, "cdn": cdn, "tpl": tpl, "csrf": state["csrf"],
       "body_cls": body_cls, "bkey": bkey, "btext": K.esc(btext), "menu": menu, "content": content,
       "nrev": K.thousands(nrev, "\u00a0"), "pct": pct, "year": when.year, "smart": "true" if disco else "false"}
    return doc


PAGE = {
    "service": "Zlatica",
    "url": "https://www.zlatica.sk/ochrana-osobnych-udajov/",
    "lang": "sk",
    "platform": "Shoptet (template Classic, then Disco from April 2024)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "nginx"), ("Cache-Control", "no-store, no-cache, must-revalidate"),
                      ("X-Frame-Options", "SAMEORIGIN"), ("Content-Language", "sk")],
    "n": 30,
    "start": dt.date(2023, 5, 10),
    "end": dt.date(2025, 2, 20),
    "hours": (1, 7, 13),
    "policy": POLICY,
    "first_updated": dt.date(2023, 1, 23),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.zlatica.sk/ochrana-osobnych-udajov/",
        "select": ".pageArticleDetail .text",
    },
    "history": [
        {"fetch": "https://www.zlatica.sk/ochrana-osobnych-udajov/", "select": ".page-detail-content",
         "validUntil": "2024-04-16T05:00:00Z"},
    ],
}
