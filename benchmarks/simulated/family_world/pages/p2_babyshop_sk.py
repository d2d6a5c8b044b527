"""Drobček.sk: a Slovak baby-products e-shop's "Ochrana osobných údajov" article on Shoptet (template Classic,
switched to Disco in February 2024; the article markup stays). Per visit: the CSRF token and the cart/dataLayer
JSON; a "Mohlo by vás zaujímať" product carousel with discounts and stock levels below the article (rotating);
a benefit strip in the header that changes with the running promotion."""
import datetime as dt
import json

import common as C

URL = "https://www.drobcek.sk/ochrana-osobnych-udajov/"
DISCO = dt.datetime(2024, 2, 12)

POLICY = """# Ochrana osobných údajov

Posledná aktualizácia: {UPDATED}

Tieto zásady ochrany osobných údajov vysvetľujú, ako spoločnosť Drobček s.r.o. spracúva osobné údaje zákaznikov internetového obchodu www.drobcek.sk, členov vernostného programu Drobček klub a odberateľov nášho newslettera. Osobné údaje spracúvame v súlade s nariadením Európskeho parlamentu a Rady (EÚ) 2016/679 (GDPR) a so zákonom č. 18/2018 Z. z. o ochrane osobných údajov.

## 1. Prevádzkovateľ

Prevádzkovateľom osobných údajov je:

@ Drobček s.r.o.
@ Kvačalova 12, 010 01 Žilina
@ IČO: 51 234 567, DIČ: 2120654321
@ zapísaná v Obchodnom registri Okresného súdu Žilina, oddiel: Sro, vložka č. 71234/L

Kontaktovať nás môžete e-mailom na [osobneudaje@drobcek.sk](mailto:osobneudaje@drobcek.sk) alebo telefonicky na čísle +421 41 500 12 34 v pracovných dňoch od 8:00 do 16:00.

## 2. Aké osobné údaje spracúvame

Spracúvame len údaje, ktoré nám sami poskytnete alebo ktoré vzniknú pri používaní nášho e-shopu:

- identifikačné a kontaktné údaje: meno, priezvisko, doručovacia a fakturačná adresa, e-mail, telefónne číslo;
- údaje o objednávkach: zakúpený tovar, cena, spôsob platby a dopravy, história objednávok;
- údaje o reklamáciách a vrátení tovaru;
- údaje zo zákazníckeho účtu: prihlasovacie meno a zašifrované heslo;
- technické údaje: IP adresa, typ prehliadača, cookies a údaje o správaní na stránke.

Údaje o zdravotnom stave vášho dieťaťa od vás nežiadame. Ak nám ich uvediete napríklad v poznámke k objednávke, použijeme ich len na vybavenie tejto objednávky.

## 3. Účely a právne základy spracúvania

| Účel | Právny základ | Doba uchovávania |
| Vybavenie objednávky a doručenie tovaru | Plnenie zmluvy | 10 rokov od vystavenia faktúry |
| Vybavenie reklamácie a odstúpenia od zmluvy | Plnenie zákonnej povinnosti | 5 rokov od vybavenia |
| Vedenie účtovníctva | Plnenie zákonnej povinnosti | 10 rokov |
| Zasielanie newslettera | Súhlas | Do odvolania súhlasu, najviac 5 rokov |
| Vernostný program Drobček klub | Plnenie zmluvy | Počas členstva a 1 rok po jeho skončení |
| Ponuky podobného tovaru existujúcim zákazníkom | Oprávnený záujem | 3 roky od poslednej objednávky |
| Ochrana pred podvodmi a zabezpečenie e-shopu | Oprávnený záujem | 1 rok |

## 4. Drobček klub

V rámci vernostného programu zbierate body za každý nákup a dostávate zľavy prispôsobené veku vášho dieťaťa. Ak nám dobrovoľne uvediete predpokladaný termín pôrodu alebo dátum narodenia dieťaťa, použijeme tento údaj iba na to, aby sme vám posielali ponuky vhodné pre dané obdobie, napríklad výbavu do pôrodnice alebo prvé topánočky. Tento údaj môžete kedykoľvek zmeniť alebo vymazať vo svojom účte.

## 5. Komu osobné údaje poskytujeme

Osobné údaje nepredávame. Poskytujeme ich iba spoločnostiam, ktoré nám pomáhajú s prevádzkou e-shopu, a to v nevyhnutnom rozsahu:

| Príjemca | Úloha | Sídlo |
| Shoptet, a.s. | Prevádzka e-shopovej platformy (sprostredkovateľ) | Česká republika |
| Packeta Slovakia s.r.o. | Doručenie zásielok na výdajné miesta a do Z-BOXov | Slovensko |
| Slovak Parcel Service s.r.o. | Doručenie zásielok kuriérom | Slovensko |
| GoPay s.r.o. | Spracovanie online platieb | Česká republika |
| Ecomail.cz, s.r.o. | Rozosielanie newslettera | Česká republika |
| Google Ireland Limited | Analytika návštevnosti (iba so súhlasom) | Írsko |

Osobné údaje neprenášame do krajín mimo Európskej únie. Ak by k tomu v budúcnosti došlo, urobíme tak len na základe štandardných zmluvných doložiek schválených Európskou komisiou.

## 6. Newsletter a marketing

Newsletter vám posielame iba vtedy, ak ste sa naň prihlásili alebo ak ste u nás nakúpili a neodmietli ste zasielanie ponúk podobného tovaru. Z odberu sa môžete kedykoľvek odhlásiť kliknutím na odkaz v pätičke každého e-mailu alebo v nastaveniach svojho účtu.

## 7. Cookies

Na našom webe používame nevyhnutné cookies, bez ktorých by nefungoval nákupný košík. Analytické a marketingové cookies ukladáme len s vaším súhlasom, ktorý udeľujete v lište cookies. Súhlas môžete kedykoľvek zmeniť odkazom Nastavenie cookies v pätičke stránky.

- **Nevyhnutné cookies:** nákupný košík, prihlásenie do účtu, uloženie vašej voľby v lište cookies.
- **Analytické cookies:** Google Analytics 4, ktorý nám ukazuje, ktoré stránky a produkty sú najnavštevovanejšie.
- **Marketingové cookies:** Meta Pixel, Google Ads a meranie konverzií porovnávača Heureka.

## 8. Vaše práva

Ako dotknutá osoba máte právo:

- požadovať prístup k svojim osobným údajom;
- na opravu nesprávnych alebo neúplných údajov;
- na vymazanie údajov, ak už nie sú potrebné alebo ste odvolali súhlas;
- na obmedzenie spracúvania;
- na prenosnosť údajov;
- namietať proti spracúvaniu na základe oprávneného záujmu vrátane priameho marketingu;
- kedykoľvek odvolať udelený súhlas.

Svoje práva si môžete uplatniť e-mailom na adrese [osobneudaje@drobcek.sk](mailto:osobneudaje@drobcek.sk). Odpovieme vám bez zbytočného odkladu, najneskôr do jedného mesiaca.

Ak si uplatníte právo na vymazanie, vymažeme vaše údaje vo všetkých našich systémoch okrem tých, ktoré musíme uchovávať podľa zákona, napríklad faktúr. O vybavení žiadosti vás budeme informovať e-mailom.

## 9. Zabezpečenie údajov

Prijali sme primerané technické a organizačné opatrenia na ochranu vašich údajov. Komunikácia s e-shopom je šifrovaná, prístup k údajom majú len poverení zamestnanci a heslá zákazníkov ukladáme iba v zašifrovanej podobe.

## 10. Osobné údaje detí

Náš e-shop je určený dospelým. Osobné údaje detí nespracúvame, s výnimkou voliteľného dátumu narodenia v Drobček klube a mena dieťaťa, ak si ho dáte vyšiť na darčekový výrobok. Osoby mladšie ako 16 rokov sa nemôžu registrovať ani prihlásiť na odber newslettera. Ak zistíme, že sme získali údaje dieťaťa bez vedomia rodiča, bezodkladne ich vymažeme.

## 11. Profilovanie

Na základe vašich predchádzajúcich nákupov a veku dieťaťa, ak ste ho uviedli, vám v newsletteri a na webe zobrazujeme odporúčané produkty. Ide o jednoduché profilovanie, ktoré pre vás nemá právne účinky ani vás inak významne neovplyvňuje. Proti takémuto profilovaniu môžete kedykoľvek namietať a my ho prestaneme vykonávať.

## 12. Predajňa a výdajné miesto

V našej predajni a výdajnom mieste v Žiline používame kamerový systém na ochranu majetku a bezpečnosti zákazníkov a zamestnancov. Záznamy uchovávame 15 dní, pokiaľ nie sú potrebné ako dôkaz v konaní pred orgánmi činnými v trestnom konaní. Priestor monitorovaný kamerami je zreteľne označený.

## 13. Sťažnosť

Ak sa domnievate, že spracúvame vaše osobné údaje v rozpore s predpismi, môžete podať návrh na začatie konania dozornému orgánu:

@ Úrad na ochranu osobných údajov Slovenskej republiky
@ Hraničná 12
@ 820 07 Bratislava 27
@ [www.dataprotection.gov.sk](https://dataprotection.gov.sk)

Tieto zásady môžeme priebežne aktualizovať. Aktuálne znenie nájdete vždy na tejto stránke."""

MONTHS = ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra",
          "novembra", "decembra"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "typo fixed (zákaznikov -> zákazníkov), no new date", "bump": False,
     "repl": [("spracúva osobné údaje zákaznikov", "spracúva osobné údaje zákazníkov")]},
    {"note": "carrier DPD added to the recipients table",
     "repl": [("| GoPay s.r.o. |", "| DPD SK s.r.o. | Doručenie zásielok kuriérom DPD | Slovensko |\n| GoPay s.r.o. |")]},
    {"note": "newsletter consent retention cut from 5 to 3 years",
     "repl": [("Do odvolania súhlasu, najviac 5 rokov", "Do odvolania súhlasu, najviac 3 roky")]},
    {"note": "customer line phone number changed",
     "repl": [("+421 41 500 12 34", "+421 41 500 77 10")]},
    {"note": "new paragraph on Heureka 'Overené zákazníkmi' questionnaires",
     "repl": [("Z odberu sa môžete kedykoľvek odhlásiť kliknutím na odkaz v pätičke každého e-mailu alebo v "
               "nastaveniach svojho účtu.",
               "Z odberu sa môžete kedykoľvek odhlásiť kliknutím na odkaz v pätičke každého e-mailu alebo v "
               "nastaveniach svojho účtu.\n\n"
               "Po nákupe vám môže prísť e-mail s dotazníkom spokojnosti služby Heureka Overené zákazníkmi. Na tento "
               "účel odovzdávame spoločnosti Heureka Group a.s. vašu e-mailovú adresu a informáciu o zakúpenom "
               "tovare na základe nášho oprávneného záujmu. Účasť v prieskume je dobrovoľná.")]},
    {"note": "list item added: product reviews with photos",
     "repl": [("- údaje o reklamáciách a vrátení tovaru;",
               "- údaje o reklamáciách a vrátení tovaru;\n- recenzie produktov a fotografie, ktoré k nim pridáte;")]},
]

PRODUCTS = [("Detský kočík Britax Römer Smile 5Z", 899.0, 0.12), ("Autosedačka Cybex Cloud T i-Size", 349.9, 0.0),
            ("Nosič Ergobaby Omni Breeze", 189.9, 0.15), ("Fľaša Philips Avent Natural 260 ml", 9.49, 0.2),
            ("Plienky Pampers Premium Care 2 (68 ks)", 21.9, 0.1), ("Monitor dychu Nanny BM-02", 89.0, 0.08),
            ("Hniezdo pre bábätko Sleepee Royal", 74.9, 0.0), ("Odsávačka Medela Swing Maxi", 299.0, 0.18),
            ("Zavinovačka Motherhood Pre-Washed", 24.9, 0.25), ("Hojdačka 4moms mamaRoo 5", 329.0, 0.1),
            ("Body s dlhým rukávom 5 ks, bio bavlna", 19.9, 0.3), ("Prebaľovací pult Klups", 119.0, 0.0)]
PROMOS = ["Doprava zdarma nad 49 €", "Čierny piatok: až -40 % na kočíky", "Vrátenie tovaru do 100 dní",
          "Body navyše pre členov Drobček klubu", "Výpredaj zimnej kolekcie", "Darček k nákupu nad 80 €"]


def eur(x):
    return ("%.2f" % x).replace(".", ",") + " €"


def noise(rng, when, i, prev):
    prev = prev or {}

    def carousel():
        out = []
        for name, price, disc in rng.sample(PRODUCTS, 4):
            d = disc if rng.random() < 0.6 else 0.0
            stock = rng.choice(["Skladom", "Skladom", "Skladom > 5 ks", "Posledné 2 ks", "Na objednávku"])
            out.append((name, price, d, stock, rng.randint(100, 999)))
        return out
    return {
        "csrf": C.alnum(rng, 64),
        "carousel": C.keep_or(rng, prev.get("carousel"), 0.6, carousel),
        "promo": C.keep_or(rng, prev.get("promo"), 0.35, lambda: rng.choice(PROMOS)),
        "template": "disco" if when >= DISCO else "classic",
        "cdnv": C.keep_or(rng, prev.get("cdnv"), 0.3, lambda: "%d.%d.%d" % (1, rng.randint(20, 29), rng.randint(0, 99))),
    }


LABELS = {"csrf": "Shoptet CSRF token", "carousel": "product carousel below the article",
          "promo": "header benefit strip", "template": "Shoptet template switch Classic -> Disco",
          "cdnv": "Shoptet CDN asset version"}

CATS = [("Kočíky", "/kociky/"), ("Autosedačky", "/autosedacky/"), ("Spánok", "/spanok/"),
        ("Kŕmenie", "/krmenie/"), ("Oblečenie", "/oblecenie/"), ("Hračky", "/hracky/"), ("Pre mamičky", "/pre-mamicky/")]


def render(state, blocks, when):
    disco = state["template"] == "disco"
    tid = "11" if disco else "05"
    title, rest = blocks[0], blocks[1:]
    prods = []
    for name, price, disc, stock, pid in state["carousel"]:
        final = round(price * (1 - disc), 2)
        slug = C.det_sha(name)[:10]
        prods.append(
            '<div class="product"><div class="p" data-micro="product" data-micro-product-id="%d" data-testid="productItem">'
            '<a href="/%s/" class="image"><img src="https://cdn.myshoptet.com/usr/www.drobcek.sk/user/shop/detail_small/%d_%s.jpg?%s" '
            'alt="%s" width="423" height="318" loading="lazy"></a>'
            '<div class="p-in"><div class="p-in-in"><a href="/%s/" class="name" data-testid="productCardName">'
            '<span data-micro="name">%s</span></a><div class="availability"><span style="color:#009901">%s</span></div></div>'
            '<div class="p-bottom"><div class="prices">%s<strong class="price price-final" data-testid="productCardPrice">%s</strong></div></div></div>'
            '%s</div></div>'
            % (pid, slug, pid, slug, C.hexs(random_from(name), 8), name, slug, name, stock,
               ('<span class="price-standard"><span>%s</span></span>' % eur(price)) if disc else "",
               eur(final), ('<span class="flags flags-extra"><span class="flag flag-discount">-%d %%</span></span>'
                            % round(disc * 100)) if disc else ""))
    datalayer = {"shoptet": {"pageType": "article", "currency": "EUR", "language": "sk", "projectId": 512345,
                             "cartInfo": {"id": None, "freeShipping": False, "freeShippingFrom": 49,
                                          "leftToFreeShipping": {"priceLeft": 49, "formattedPrice": "49 \u20ac"},
                                          "cartItems": [], "taxMode": "ORDINARY"},
                             "cart": [], "customer": {"priceRatio": 1, "priceListId": 1, "groupId": None,
                                                      "registered": False, "mainAccount": False}}}
    nav = "".join('<li class="menu-item-%d"><a href="%s" data-testid="headerMenuItem">%s</a></li>' % (700 + k, h, t)
                  for k, (t, h) in enumerate(CATS))
    if disco:
        header = ('<header id="header"><div class="container navigation-wrapper"><div class="header-top">'
                  '<div class="site-name-wrapper"><div class="site-name"><a href="/" data-testid="linkWebsiteLogo">'
                  '<img src="https://cdn.myshoptet.com/usr/www.drobcek.sk/user/logos/drobcek-logo-2024.svg" alt="Drobček.sk"></a></div></div>'
                  '<div class="search" itemscope itemtype="https://schema.org/WebSite"><form action="/action/ProductSearch/prepareString/" method="post" class="search-form compact-form">'
                  '<input type="search" name="string" class="query-input form-control search-input" placeholder="Napíšte, čo hľadáte" autocomplete="off">'
                  '<button type="submit" class="btn btn-default">Hľadať</button></form></div>'
                  '<div class="navigation-buttons"><a href="/login/" class="btn btn-icon toggle-window" data-target="login" data-testid="signin">Prihlásenie</a>'
                  '<a href="/kosik/" class="btn btn-icon toggle-window cart-count" data-target="cart" data-testid="headerCart"><span class="cart-price visible-lg-inline-block" data-testid="headerCartPrice">Prázdny košík</span></a></div></div>'
                  '<nav id="navigation" aria-label="Hlavné menu"><div class="navigation-in menu"><ul class="menu-level-1" role="menubar">%s</ul></div></nav>'
                  '</div></header>' % nav)
    else:
        header = ('<div class="top-navigation-bar"><div class="container"><div class="top-navigation-contacts">'
                  '<a href="tel:+421415001234" class="project-phone">+421 41 500 12 34</a>'
                  '<a href="mailto:info@drobcek.sk" class="project-email">info@drobcek.sk</a></div></div></div>'
                  '<header id="header"><div class="container"><div class="site-name"><a href="/">'
                  '<img src="https://cdn.myshoptet.com/usr/www.drobcek.sk/user/logos/logo.png" alt="Drobček.sk"></a></div>'
                  '<div id="cart-wrapper"><a href="/kosik/" class="cart-count"><span>Košík</span> <strong>0,00 €</strong></a></div>'
                  '</div><nav id="navigation"><ul class="menu-level-1">%s</ul></nav></header>' % nav)
    return """<!doctype html>
<html lang="sk" class="no-js desktop" data-template="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ochrana osobných údajov - Drobček.sk</title>
<meta name="description" content="Ochrana osobných údajov - Drobček.sk">
<meta property="og:type" content="website">
<meta property="og:site_name" content="drobcek.sk">
<link rel="canonical" href="%s">
<link rel="preconnect" href="https://cdn.myshoptet.com">
<link href="https://cdn.myshoptet.com/prj/dist/master/cms/templates/frontend_templates/%s/css/main.min.css?v=%s" rel="stylesheet">
<link href="https://cdn.myshoptet.com/usr/www.drobcek.sk/user/documents/upload/custom.css?v=31" rel="stylesheet">
<script>
dataLayer = [];
dataLayer.push(%s);
</script>
<script>
var shoptet = shoptet || {};
shoptet.csrf = shoptet.csrf || {};
shoptet.csrf.token = "%s";
shoptet.config = {"cartUrl":"\\/kosik\\/","orderingProcessUrl":"\\/objednavka\\/krok-1\\/","cookiesConsentOptPersonalisation":true,"language":"sk","templateId":%s};
</script>
<script src="https://cdn.myshoptet.com/prj/dist/master/cms/templates/frontend_templates/%s/js/cookies.js?v=%s"></script>
</head>
<body class="desktop id-29 in-ochrana-osobnych-udajov template-%s type-page one-column-body columns-1 ums_forms_redesign--off ums_a11y_category_page--on ums_discussion_rating_forms--off">
<div id="shoptet-benefit-banner" class="benefitBanner"><div class="container"><div class="benefitBanner__item"><span class="benefitBanner__content">%s</span></div></div></div>
<div class="overall-wrapper">
%s
<div id="content-wrapper" class="container content-wrapper">
<div class="breadcrumbs navigation-home-icon-wrapper" itemscope itemtype="https://schema.org/BreadcrumbList">
<span id="navigation-first" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item" class="navigation-home-icon"><span class="sr-only" itemprop="name">Domov</span></a><meta itemprop="position" content="1"></span>
<span id="navigation-1" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><span itemprop="name">Ochrana osobných údajov</span><meta itemprop="position" content="2"></span>
</div>
<div class="content-wrapper-in">
<main id="content" class="content wide">
<div class="content-inner">
<article itemscope itemtype="https://schema.org/Article" class="pageArticleDetail">
<header itemprop="headline"><h1>%s</h1></header>
<div itemprop="about">
%s
</div>
</article>
</div>
<div class="products-related-header">Mohlo by vás zaujímať</div>
<div class="products products-block products-related">%s</div>
</main>
</div>
</div>
<footer id="footer">
<div class="container footer-rows"><div class="footer-row"><div class="custom-footer elements-4">
<div class="custom-footer__articles"><h4><span>Informácie pre vás</span></h4><ul><li><a href="/obchodne-podmienky/">Obchodné podmienky</a></li><li><a href="/ochrana-osobnych-udajov/">Ochrana osobných údajov</a></li><li><a href="/reklamacny-poriadok/">Reklamačný poriadok</a></li><li><a href="/doprava-a-platba/">Doprava a platba</a></li><li><a href="#" class="cookies-settings">Nastavenie cookies</a></li></ul></div>
<div class="custom-footer__contact"><h4><span>Kontakt</span></h4><p>Drobček s.r.o., Kvačalova 12, Žilina</p><p>Po-Pi 8:00-16:00</p></div>
<div class="custom-footer__newsletter"><h4><span>Newsletter</span></h4><form action="/action/MailForm/subscribeToNewsletters/" method="post"><input type="hidden" name="__csrf__" value="%s"><input type="email" name="email" placeholder="Váš e-mail"><button type="submit" class="btn btn-primary">Prihlásiť sa</button></form></div>
<div class="custom-footer__heureka"><div id="showHeurekaBadgeHere-11"></div></div>
</div></div></div>
<div class="container footer-bottom"><span id="signature" style="display: inline-block !important; visibility: visible !important;"><a href="https://www.shoptet.sk/?utm_source=footer&amp;utm_medium=link&amp;utm_campaign=create_by_shoptet" class="image" target="_blank"><img src="https://cdn.myshoptet.com/prj/dist/master/cms/img/common/logo/shoptetLogo.svg" width="17" height="17" alt="Shoptet" class="vam" fetchpriority="low"></a><a href="https://www.shoptet.sk/?utm_source=footer&amp;utm_medium=link&amp;utm_campaign=create_by_shoptet" class="title" target="_blank">Vytvoril Shoptet</a></span><span class="copyright" data-testid="textCopyright">Copyright %d <strong>Drobček.sk</strong>. Všetky práva vyhradené.</span></div>
</footer>
</div>
<script src="https://cdn.myshoptet.com/prj/dist/master/shop/dist/main-%s.js?v=%s"></script>
</body>
</html>
""" % (state["template"], URL, tid, state["cdnv"], json.dumps(datalayer, ensure_ascii=False), state["csrf"], tid,
       tid, state["cdnv"], tid, state["promo"], header, C.inline_html(title[1]), C.blocks_html(rest), "".join(prods),
       state["csrf"], when.year, tid, state["cdnv"])


def random_from(s):
    import random
    return random.Random(s)


PAGE = {
    "service": "Drobcek",
    "url": URL,
    "lang": "sk",
    "platform": "Shoptet (template Classic -> Disco)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "nginx"), ("X-Shoptet-Project", "512345")),
    "n": 31,
    "start": dt.date(2022, 6, 1),
    "end": dt.date(2025, 9, 15),
    "hours": (1, 7, 13),
    "policy": POLICY,
    "first_updated": dt.date(2022, 3, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "article.pageArticleDetail"},
}
