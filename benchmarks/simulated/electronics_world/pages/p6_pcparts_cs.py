"""Taktik PC (PC-components e-shop and custom-build workshop, Brno), Czech, Shoptet (template Techno).

The policy is a Shoptet article page (`article.pageArticleDetail`, declared). Fairly clean: per visit the CSRF
token Shoptet prints into `shoptet.csrf` and the newsletter form; per deploy the `cdn.myshoptet.com/tpl/<hash>`
template build; now and then the sidebar's "Nejprodávanější" box is recomputed (GPUs, CPUs, SSDs with prices
and "Skladem > 5 ks" / "Skladem 2 ks" / "Na objednávku" availability). All outside the article.
"""
import datetime as dt
import html

import common as C

URL = "https://www.taktikpc.cz/zasady-zpracovani-osobnich-udaju/"
BASE = "https://www.taktikpc.cz"

POLICY = """# Zásady zpracování osobních údajů

Tyto zásady popisují, jak společnost Taktik PC s.r.o. zpracovává osobní údaje zákazníků e-shopu www.taktikpc.cz a návštěvníků naší prodejny v Brně. Osobní údaje zpracováváme v souladu s nařízením Evropského parlamentu a Rady (EU) 2016/679 (GDPR) a se zákonem č. 110/2019 Sb., o zpracování osobních údajů.

## 1. Správce osobních údajů

@ Taktik PC s.r.o.
@ IČO: 08712345, DIČ: CZ08712345
@ se sídlem Křenová 57, 602 00 Brno
@ zapsaná v obchodním rejstříku vedeném Krajským soudem v Brně, oddíl C, vložka 112345
@ e-mail: gdpr@taktikpc.cz, telefon: +420 530 331 480

Pověřence pro ochranu osobních údajů jsme nejmenovali, protože nám tato povinnost ze zákona nevzniká.

## 2. Jaké osobní údaje zpracováváme

- identifikační údaje: jméno, příjmení, u podnikatelů IČO a DIČ,
- kontaktní údaje: doručovací a fakturační adresa, e-mail, telefon,
- údaje o objednávkách: zakoupené zboží, cena, způsob platby a dopravy, historie objednávek,
- údaje o reklamacích a servisu: sériová čísla výrobků, popis závady, protokoly z testů sestav,
- údaje z komunikace: e-maily, zprávy z chatu a záznamy hovorů na zákaznické lince,
- technické údaje: IP adresa, typ prohlížeče, soubory cookies.

Osobní údaje získáváme přímo od vás při registraci, objednávce, reklamaci nebo komunikaci s námi. Pokud za vás zásilku vyzvedává jiná osoba, zpracováváme její jméno a údaj o předání zásilky. Při nákupu na firmu můžeme údaje o firmě doplnit z veřejných rejstříků (ARES).

## 3. Účely, právní základ a doba zpracování

| Účel zpracování | Právní základ | Doba uložení |
| Vyřízení objednávky a dodání zboží | plnění smlouvy (čl. 6 odst. 1 písm. b) GDPR) | po dobu trvání smlouvy a 4 roky po jejím skončení |
| Vyřízení reklamace a servisu | plnění smlouvy a právní povinnost | 4 roky od vyřízení reklamace |
| Sestavení počítače na míru a jeho zátěžové testování | plnění smlouvy | 4 roky od předání sestavy |
| Vedení účetnictví a daňové evidence | právní povinnost (čl. 6 odst. 1 písm. c) GDPR) | 10 let od konce zdaňovacího období |
| Zasílání obchodních sdělění stávajícím zákazníkům | oprávněný zájem (čl. 6 odst. 1 písm. f) GDPR) | do odhlášení, nejdéle 3 roky od poslední objednávky |
| Dotazník spokojenosti Ověřeno zákazníky | oprávněný zájem | do vyhodnocení dotazníku |
| Analytické a marketingové cookies | souhlas (čl. 6 odst. 1 písm. a) GDPR) | podle nastavení cookies, nejdéle 13 měsíců |

Poskytnutí údajů potřebných k vyřízení objednávky je smluvním požadavkem; bez nich nemůžeme objednávku přijmout ani zboží doručit.

## 4. Komu údaje předáváme

Vaše osobní údaje předáváme pouze zpracovatelům a příjemcům, kteří je potřebují k zajištění našich služeb:

- Shoptet a.s. – provozovatel platformy e-shopu,
- Zásilkovna s.r.o., PPL CZ s.r.o. a Direct Parcel Distribution CZ s.r.o. (DPD) – doprava zboží,
- Comgate, a.s. – platební brána,
- Heureka Shopping s.r.o. – dotazník spokojenosti Ověřeno zákazníky,
- Ecomail.cz s.r.o. – rozesílání newsletterů,
- Google Ireland Limited – analytika návštěvnosti a reklama,
- autorizovaná servisní střediska výrobců a distributoři (např. ASUS, MSI, Gigabyte) – vyřízení reklamací,
- externí účetní kancelář – vedení účetnictví.

Údaje mimo Evropský hospodářský prostor předáváme jen výjimečně, a to společnosti Google LLC v USA na základě rozhodnutí Evropské komise o odpovídající úrovni ochrany (EU-US Data Privacy Framework).

## 5. Reklamace a servis sestav

Při reklamaci komponenty nebo celé sestavy můžeme s vaším souhlasem zkontrolovat funkčnost operačního systému. Data na pevných discích a SSD neprohlížíme. Pokud je pro opravu nutné disk naformátovat nebo vyměnit, předem vás o tom informujeme.

Reklamované disky, které zasíláme výrobci, nemažeme; jejich zpracování se řídí podmínkami výrobce. Doporučujeme proto před odesláním reklamace svá data zálohovat a bezpečně smazat, pokud to stav zařízení umožňuje.

Pokud si v konfigurátoru sestav uložíte rozpracovanou sestavu, uchováváme ji u vašeho zákaznického účtu, dokud ji nesmažete. Neuložené sestavy nepřihlášených návštěvníků mažeme automaticky po 30 dnech.

V prodejně na Křenové ulici provozujeme kamerový systém se záznamem, a to z důvodu oprávněného zájmu na ochraně majetku a osob. Záznamy uchováváme 7 dní a poté se automaticky přemazávají; zpřístupňujeme je pouze Policii ČR v případě podezření z trestného činu.

## 6. Cookies

Na webu používáme nezbytné cookies pro fungování košíku a přihlášení. Analytické a marketingové cookies (Google Analytics, Google Ads, Heureka, Seznam Sklik) ukládáme pouze s vaším souhlasem, který můžete kdykoli změnit v [nastavení cookies](/nastaveni-cookies/).

| Cookie | Účel | Platnost |
| PHPSESSID | udržení obsahu košíku a přihlášení | do zavření prohlížeče |
| CookiesOK | uložení vaší volby cookies | 6 měsíců |
| _ga | Google Analytics – měření návštěvnosti | 13 měsíců |
| sid | Seznam Sklik – měření konverzí | 30 dní |

## 7. Vaše práva

Máte právo:

- na přístup ke svým osobním údajům,
- na opravu nepřesných údajů,
- na výmaz, pokud údaje již nejsou potřebné,
- na omezení zpracování,
- na přenositelnost údajů,
- vznést námitku proti zpracování na základě oprávněného zájmu, včetně přímého marketingu,
- kdykoli odvolat souhlas se zpracováním.

Své požadavky zasílejte na gdpr@taktikpc.cz. Vyřídíme je bez zbytečného odkladu, nejpozději do jednoho měsíce. Máte také právo podat stížnost u Úřadu pro ochranu osobních údajů, Pplk. Sochora 27, 170 00 Praha 7 ([www.uoou.cz](https://www.uoou.cz)).

Nepoužíváme automatizované rozhodování ani profilování, které by pro vás mělo právní účinky. Doporučení produktů v e-shopu vycházejí pouze z obsahu košíku a z kategorií, které jste si prohlíželi.

## 8. Zabezpečení

Osobní údaje chráníme technickými a organizačními opatřeními: přístup do administrace e-shopu je chráněn dvoufázovým ověřením, zaměstnanci mají přístup jen k údajům, které potřebují ke své práci, a papírové dokumenty z prodejny ukládáme v uzamčené kanceláři. Data e-shopu pravidelně zálohujeme a obnovu ze záloh alespoň jednou ročně testujeme.

## 9. Kontakt a prodejna

@ Taktik PC – prodejna a výdejní místo
@ Křenová 57, 602 00 Brno
@ Po–Pá 9:00–18:00, So 9:00–12:00
@ Zákaznická linka: +420 530 331 480

Tyto zásady jsou účinné od {UPDATED}."""

EDITS = [
    {"note": "typo fixed (sdělění → sdělení), no new date", "bump": False,
     "repl": [("Zasílání obchodních sdělění stávajícím", "Zasílání obchodních sdělení stávajícím")]},
    {"note": "payment gateway processor replaced (Comgate → GoPay)",
     "repl": [("- Comgate, a.s. – platební brána,", "- GoPay s.r.o. – platební brána,")]},
    {"note": "Balíkovna (Česká pošta) added to the carriers",
     "repl": [("PPL CZ s.r.o. a Direct Parcel Distribution CZ s.r.o. (DPD) – doprava zboží",
               "PPL CZ s.r.o., Direct Parcel Distribution CZ s.r.o. (DPD) a Česká pošta, s.p. (Balíkovna) – doprava zboží")]},
    {"note": "new section 10 on product reviews",
     "repl": [("\n\nTyto zásady jsou účinné od",
               "\n\n## 10. Hodnocení a recenze\n\n"
               "Pokud na našem webu napíšete hodnocení produktu nebo obchodu, zveřejníme ho spolu s vaším křestním jménem "
               "a městem, které uvedete. Hodnocení můžete kdykoli požádat o odstranění na adrese gdpr@taktikpc.cz. "
               "U hodnocení označených „Ověřený nákup“ kontrolujeme, že hodnotitel produkt u nás skutečně zakoupil."
               "\n\nTyto zásady jsou účinné od")]},
    {"note": "store opening hours changed",
     "repl": [("@ Po–Pá 9:00–18:00, So 9:00–12:00", "@ Po–Pá 10:00–19:00, So 9:00–13:00")]},
]

PRODUCTS = [
    ("msi-geforce-rtx-4070-super-ventus-2x-12g-oc", "MSI GeForce RTX 4070 SUPER VENTUS 2X 12G OC", 16490),
    ("amd-ryzen-7-7800x3d", "AMD Ryzen 7 7800X3D", 9990),
    ("samsung-990-pro-2tb", "Samsung 990 PRO 2TB", 4390),
    ("kingston-fury-beast-32gb-ddr5-6000-cl30", "Kingston FURY Beast 32GB DDR5 6000 CL30", 2690),
    ("asus-tuf-gaming-b650-plus-wifi", "ASUS TUF GAMING B650-PLUS WIFI", 5290),
    ("seasonic-focus-gx-850", "Seasonic Focus GX-850 ATX 3.0", 3390),
    ("sapphire-pulse-radeon-rx-7800-xt-16gb", "SAPPHIRE PULSE Radeon RX 7800 XT 16GB", 13290),
    ("intel-core-i5-14600kf", "Intel Core i5-14600KF", 7490),
    ("be-quiet-dark-rock-pro-5", "be quiet! Dark Rock Pro 5", 2390),
    ("fractal-design-north-charcoal", "Fractal Design North Charcoal Black", 3590),
]
AVAIL = [("Skladem &gt; 5 ks", "availability-in-stock"), ("Skladem 2 ks", "availability-in-stock"),
         ("Skladem 1 ks", "availability-in-stock"), ("Na objednávku", "availability-on-order"),
         ("Do 3 dnů", "availability-3-days")]


def fmt_date(d):
    return "%d. %d. %d" % (d.day, d.month, d.year)


def noise(rng, when, i, prev):
    p = prev or {}

    def top():
        picks = rng.sample(range(len(PRODUCTS)), 4)
        return tuple((k, PRODUCTS[k][2] + rng.choice([-500, -300, -200, 0, 0, 0, 200, 300]),
                      rng.choice([0, 0, 0, 1, 2, 3, 4])) for k in picks)
    return {
        "csrf": C.alnum(rng, 40, "abcdefghijklmnopqrstuvwxyz0123456789"),
        "tpl": C.keep_or(rng, p.get("tpl"), 0.15, lambda: (C.hexs(rng, 8), rng.choice(["1.4.1", "1.4.2", "1.5.0"]))),
        "top": C.keep_or(rng, p.get("top"), 0.3, top),
    }


LABELS = {
    "csrf": "Shoptet CSRF token (shoptet.csrf + newsletter form)",
    "tpl": "cdn.myshoptet.com/tpl/<hash> template build",
    "top": "sidebar 'Nejprodávanější' box: prices and availability",
}


def render(state, blocks, when):
    tpl, tplv = state["tpl"]
    cdn = "https://cdn.myshoptet.com/tpl/%s/12/master" % tpl
    title = blocks[0][1]
    body = C.blocks_html(blocks[1:])
    tops = []
    for k, price, av in state["top"]:
        slug, name, _ = PRODUCTS[k]
        label, cls = AVAIL[av]
        tops.append(f"""<div class="product">
                <a href="/{slug}/" class="top-products-image"><img src="https://cdn.myshoptet.com/usr/www.taktikpc.cz/user/shop/related/{1040 + k}_{slug}.jpg?{tpl[:8]}" alt="{html.escape(name)}" width="60" height="60" loading="lazy"></a>
                <div class="top-products-content">
                    <a href="/{slug}/" class="top-products-name"><span>{html.escape(name)}</span></a>
                    <div class="top-products-price"><strong>{"{:,}".format(price).replace(",", "&nbsp;")}&nbsp;Kč</strong></div>
                    <div class="availability"><span class="{cls}">{label}</span></div>
                </div>
            </div>""")
    tops = "\n            ".join(tops)
    return f"""<!doctype html><html lang="cs" class="no-js desktop p-shop-taktikpc" data-template="12">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<meta name="format-detection" content="telephone=no">
<title>Zásady zpracování osobních údajů - Taktik PC</title>
<meta name="description" content="Zásady zpracování osobních údajů e-shopu Taktik PC – počítačové komponenty a sestavy na míru.">
<meta property="og:type" content="website">
<meta property="og:site_name" content="taktikpc.cz">
<meta property="og:url" content="{URL}">
<meta property="og:title" content="Zásady zpracování osobních údajů - Taktik PC">
<meta name="author" content="Taktik PC">
<meta name="web_author" content="Shoptet.cz">
<link rel="canonical" href="{URL}">
<link rel="preconnect" href="https://cdn.myshoptet.com">
<link href="{cdn}/css/font-shoptet.css?v={tplv}" rel="stylesheet">
<link href="{cdn}/css/main.css?v={tplv}" rel="stylesheet" media="screen">
<link href="https://cdn.myshoptet.com/usr/www.taktikpc.cz/user/documents/upload/custom.css?v=1687" rel="stylesheet">
<script>
    dataLayer = [];
    dataLayer.push({{'shoptet' : {{
    "pageId": 39,
    "pageType": "article",
    "currency": "CZK",
    "currencyInfo": {{"decimalSeparator":",","exchangeRate":1,"priceDecimalPlaces":0,"symbol":"K\\u010d","symbolLeft":0,"thousandSeparator":" "}},
    "language": "cs",
    "projectId": 512845,
    "cartInfo": {{"id":null,"freeShipping":false,"freeShippingFrom":2990,"leftToFreeGift":{{"formattedPrice":"0 K\\u010d","priceLeft":0}},"freeGift":false,"leftToFreeShipping":{{"priceLeft":2990,"dependOnRegion":0,"formattedPrice":"2 990 K\\u010d"}},"discountCoupon":[],"getNoBillingShippingPrice":{{"withoutVat":0,"vat":0,"withVat":0}},"cartItems":[],"taxMode":"ORDINARY"}},
    "customer": {{"priceRatio":1,"priceListId":1,"groupId":null,"registered":false,"mainAccount":false}}
    }}}});
</script>
<script>
    var shoptet = shoptet || {{}};
    shoptet.abilities = {{"about":{{"generation":2,"id":"12"}},"config":{{"category":{{"product":{{"image_size":"detail"}}}},"navigation_breakpoint":767,"number_of_active_related_products":4,"product_slider":{{"autoplay":false,"autoplay_speed":3000,"loop":true,"navigation":true,"pagination":true,"shadow_size":0}}}},"elements":{{"recapitulation_in_checkout":true}},"feature":{{"directional_thumbnails":false,"extended_ajax_cart":true,"extended_search_whisperer":false,"fixed_header":false,"images_in_menu":true,"product_slider":true,"simple_ajax_cart":false,"smart_labels":false,"tabs_accordion":false,"tabs_responsive":true,"top_navigation_menu":true,"user_action_fullscreen":false}}}};
    shoptet.csrf = shoptet.csrf || {{}};
    shoptet.csrf.token = "csrf_{state["csrf"]}";
    shoptet.csrf.invalidTokenModal = '<div><h2>Přihlaste se prosím znovu</h2><p>Omlouváme se, ale Váš CSRF token pravděpodobně vypršel.</p></div>';
</script>
<script src="https://cdn.myshoptet.com/prj/dist/master/cms/libs/jquery/jquery-1.11.3.min.js"></script>
<script src="https://cdn.myshoptet.com/prj/dist/master/cms/libs/jquery/jquery-migrate-1.4.1.min.js"></script>
</head>
<body class="desktop id-39 in-zasady-zpracovani-osobnich-udaju template-12 type-page multiple-columns-body columns-left-aside ums_forms_redesign--off ums_a11y_category_page--on ums_discussion_rating_forms--off blank-mode blank-mode-css">
    <div class="overall-wrapper">
<div class="user-action">
    <div class="container">
        <div class="user-action-in">
            <div id="login" class="user-action-login popup-widget login-widget" role="dialog" aria-labelledby="loginHeading">
                <div class="popup-widget-inner">
                    <h2 id="loginHeading">Přihlášení k vašemu účtu</h2>
                    <div id="customerLogin">
                        <form action="/action/Customer/Login/" method="post" id="formLoginIncluded" class="csrf-enabled" data-testid="formLogin"><input type="hidden" name="referer" value="" />
                            <div class="form-group"><label for="email" class="sr-only">E-mail</label><input type="email" id="email" name="email" class="form-control" autocomplete="email" placeholder="E-mailová adresa" required /></div>
                            <div class="form-group"><label for="password" class="sr-only">Heslo</label><input type="password" name="password" id="password" autocomplete="current-password" class="form-control" placeholder="Heslo" /></div>
                            <div class="form-group"><button type="submit" class="btn btn-secondary btn-text btn-login">Přihlásit se</button></div>
                        </form>
                    </div>
                </div>
            </div>
        </div>
    </div>
</div>
<div class="top-navigation-bar" data-testid="topNavigationBar">
    <div class="container">
        <div class="top-navigation-contacts">
            <strong>Zákaznická podpora:</strong>
            <a href="tel:+420530331480" class="project-phone" aria-label="Zavolat na +420 530 331 480"><span>+420 530 331 480</span></a>
            <a href="mailto:info@taktikpc.cz" class="project-email"><span>info@taktikpc.cz</span></a>
        </div>
        <div class="top-navigation-menu">
            <ul class="top-navigation-bar-menu">
                <li class="cropped"><a href="/obchodni-podminky/" title="Obchodní podmínky">Obchodní podmínky</a></li>
                <li class="cropped"><a href="/reklamacni-rad/" title="Reklamační řád">Reklamační řád</a></li>
                <li class="cropped"><a href="/doprava-a-platba/" title="Doprava a platba">Doprava a platba</a></li>
                <li class="cropped"><a href="/sestavy-na-miru/" title="Sestavy na míru">Sestavy na míru</a></li>
            </ul>
        </div>
        <div class="top-navigation-tools">
            <a href="/login/?backTo=%2Fzasady-zpracovani-osobnich-udaju%2F" class="top-nav-button top-nav-button-login primary login toggle-window" data-target="login" rel="nofollow"><span>Přihlášení</span></a>
        </div>
    </div>
</div>
<header id="header"><div class="container navigation-wrapper">
    <div class="header-top">
        <div class="site-name-wrapper">
            <div class="site-name"><a href="/" title="Taktik PC" data-testid="linkWebsiteLogo"><img src="https://cdn.myshoptet.com/usr/www.taktikpc.cz/user/logos/taktikpc-logo.svg" alt="Taktik PC" fetchpriority="low" /></a></div>
        </div>
        <div class="search" itemscope itemtype="https://schema.org/WebSite">
            <meta itemprop="headline" content="Zásady zpracování osobních údajů"/>
            <meta itemprop="url" content="{BASE}"/>
            <form action="/action/ProductSearch/prepareString/" method="post" id="formSearchForm" class="search-form compact-form js-search-main" itemprop="potentialAction" itemscope itemtype="https://schema.org/SearchAction" data-testid="searchForm">
                <fieldset>
                    <meta itemprop="target" content="{BASE}/vyhledavani/?string={{string}}"/>
                    <input type="hidden" name="language" value="cs"/>
                    <input type="search" name="string" class="query-input form-control search-input js-search-input" placeholder="Hledat grafickou kartu, procesor, SSD…" autocomplete="off" required itemprop="query-input" aria-label="Vyhledávání" data-testid="searchInput">
                    <button type="submit" class="btn btn-default" data-testid="searchBtn">Hledat</button>
                </fieldset>
            </form>
        </div>
        <div class="navigation-buttons">
            <a href="/kosik/" class="btn btn-icon toggle-window cart-count" data-target="cart" data-hover="true" data-redirect="true" data-testid="headerCart" rel="nofollow"><span class="sr-only">Nákupní košík</span><span class="cart-price visible-lg-inline-block" data-testid="headerCartPrice">Prázdný košík</span></a>
        </div>
    </div>
    <nav id="navigation" aria-label="Hlavní menu" data-collapsible="true"><div class="navigation-in menu">
        <ul class="menu-level-1" role="menubar" data-testid="headerMenuItems">
            <li class="menu-item-701 ext" role="none"><a href="/graficke-karty/" role="menuitem"><b>Grafické karty</b></a></li>
            <li class="menu-item-702 ext" role="none"><a href="/procesory/" role="menuitem"><b>Procesory</b></a></li>
            <li class="menu-item-703 ext" role="none"><a href="/zakladni-desky/" role="menuitem"><b>Základní desky</b></a></li>
            <li class="menu-item-704 ext" role="none"><a href="/pameti/" role="menuitem"><b>Paměti</b></a></li>
            <li class="menu-item-705 ext" role="none"><a href="/disky/" role="menuitem"><b>Disky</b></a></li>
            <li class="menu-item-706 ext" role="none"><a href="/zdroje/" role="menuitem"><b>Zdroje</b></a></li>
            <li class="menu-item-707 ext" role="none"><a href="/skrine/" role="menuitem"><b>Skříně</b></a></li>
            <li class="menu-item-708 ext" role="none"><a href="/sestavy-na-miru/" role="menuitem"><b>Sestavy na míru</b></a></li>
        </ul>
    </div></nav>
</div></header>
<div id="content-wrapper" class="container content-wrapper">
    <div class="breadcrumbs navigation-home-icon-wrapper" itemscope itemtype="https://schema.org/BreadcrumbList">
        <span id="navigation-first" data-basetitle="Taktik PC" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item" class="navigation-home-icon"><span class="sr-only" itemprop="name">Domů</span></a><span class="navigation-bullet">/</span><meta itemprop="position" content="1" /></span>
        <span id="navigation-1" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" data-testid="breadcrumbsLastLevel"><meta itemprop="item" content="{URL}" /><meta itemprop="position" content="2" /><span itemprop="name" data-title="Zásady zpracování osobních údajů">Zásady zpracování osobních údajů</span></span>
    </div>
    <div class="content-wrapper-in">
        <aside class="sidebar sidebar-left" data-testid="sidebarMenu">
            <div class="sidebar-inner">
                <div class="box box-bg-variant box-categories">
                    <div class="skip-link__wrapper"><span id="categories-start" class="skip-link__target js-skip-link__target sr-only" tabindex="-1">&nbsp;</span></div>
                    <h4>Kategorie</h4>
                    <div id="categories"><div class="categories cat-01 expandable external" id="cat-701"><div class="topic"><a href="/graficke-karty/">Grafické karty<span class="cat-trigger">&nbsp;</span></a></div></div>
                    <div class="categories cat-02 expandable external" id="cat-702"><div class="topic"><a href="/procesory/">Procesory<span class="cat-trigger">&nbsp;</span></a></div></div>
                    <div class="categories cat-01 expandable external" id="cat-705"><div class="topic"><a href="/disky/">Disky<span class="cat-trigger">&nbsp;</span></a></div></div></div>
                </div>
                <div class="box box-bg-default box-sm box-topProducts">
                    <div class="top-products-wrapper js-top10">
                        <h4><span>Nejprodávanější</span></h4>
                        <div class="top-products">
            {tops}
                        </div>
                    </div>
                </div>
            </div>
        </aside>
        <main id="content" class="content narrow">
            <div class="content-inner">
                <article class="pageArticleDetail" itemscope itemtype="https://schema.org/Article">
                    <header itemprop="headline"><h1>{html.escape(title)}</h1></header>
                    <div itemprop="about">
{body}
                    </div>
                </article>
            </div>
        </main>
    </div>
</div>
<footer id="footer">
    <div class="container footer-newsletter">
        <div class="newsletter-header"><h4 class="topic"><span>Odebírat newsletter</span></h4><p>Novinky, akce a slevy na komponenty jako první.</p></div>
        <form action="/action/MailForm/subscribeToNewsletters/" method="post" id="formNewsletterWidget" class="subscribe-form compact-form">
            <fieldset>
                <input type="hidden" name="formId" value="2" />
                <input type="hidden" name="__csrf__" value="csrf_{state["csrf"]}" />
                <span class="validator-msg-holder"><input type="email" name="email" class="form-control" placeholder="Váš e-mail" aria-label="Váš e-mail" /></span>
                <button type="submit" class="btn btn-default btn-arrow-right">Přihlásit se</button>
            </fieldset>
        </form>
    </div>
    <div class="container footer-rows">
        <div class="custom-footer elements-3">
            <div class="custom-footer__contact"><h4><span>Kontakt</span></h4><p>Taktik PC s.r.o.<br>Křenová 57, 602 00 Brno<br><a href="tel:+420530331480">+420 530 331 480</a></p></div>
            <div class="custom-footer__articles"><h4><span>Informace pro vás</span></h4>
                <ul>
                    <li><a href="/obchodni-podminky/" title="Obchodní podmínky">Obchodní podmínky</a></li>
                    <li><a href="/reklamacni-rad/" title="Reklamační řád">Reklamační řád</a></li>
                    <li><a href="/zasady-zpracovani-osobnich-udaju/" title="Zásady zpracování osobních údajů">Zásady zpracování osobních údajů</a></li>
                    <li><a href="/nastaveni-cookies/" title="Nastavení cookies">Nastavení cookies</a></li>
                </ul>
            </div>
            <div class="custom-footer__banner"><a href="https://obchody.heureka.cz/taktikpc-cz/recenze/" target="_blank" rel="noopener"><img src="https://im9.cz/cb/77821-1.png" alt="Ověřeno zákazníky" width="130" height="130" loading="lazy"></a></div>
        </div>
    </div>
    <div class="container footer-bottom">
        <span id="signature" style="display: inline-block !important; visibility: visible !important;"><a href="https://www.shoptet.cz/?utm_source=footer&amp;utm_medium=link&amp;utm_campaign=create_by_shoptet" class="image" target="_blank"><img src="https://cdn.myshoptet.com/prj/dist/master/cms/img/common/logo/shoptetLogo.svg" width="17" height="17" alt="Shoptet" class="vam" fetchpriority="low" /></a><a href="https://www.shoptet.cz/?utm_source=footer&amp;utm_medium=link&amp;utm_campaign=create_by_shoptet" class="title" target="_blank">Vytvořil Shoptet</a></span>
        <span class="copyright" data-testid="textCopyright">Copyright {when.year} <strong>Taktik PC</strong>. Všechna práva vyhrazena.</span>
    </div>
</footer>
    </div>
<script src="{cdn}/js/main.js?v={tplv}"></script>
<script src="https://cdn.myshoptet.com/prj/dist/master/cms/templates/frontend_templates/shared/js/cookies.js?v={tplv}"></script>
</body>
</html>
"""


PAGE = {
    "service": "Taktik PC",
    "url": URL,
    "lang": "cs",
    "platform": "Shoptet (template Techno)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "nginx"), ("X-Shoptet-Cache", "bypass")),
    "n": 30,
    "start": dt.date(2023, 2, 1),
    "end": dt.date(2025, 7, 31),
    "policy": POLICY,
    "first_updated": dt.date(2022, 11, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "article.pageArticleDetail"},
}
