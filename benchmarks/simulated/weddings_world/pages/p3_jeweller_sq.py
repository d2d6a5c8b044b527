"""Albanian jeweller (engagement rings, wedding bands) on PrestaShop 1.7.8, classic theme, a CMS page.

Fairly clean: per visit only `static_token`, `token` and `time` in the inline `var prestashop = {...}`; now and
then the theme's CCC cache files (theme-*.css, bottom-*.js) are regenerated. The declaration selects #main (page
header with the h1, the CMS content, an empty page footer).
"""
import datetime as dt
import html
import json

import common as C

MONTHS = ["janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor",
          "dhjetor"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """# Politika e privatësisë

Përditësuar më: {UPDATED}

Xhevahir është argjendari dhe dyqan online për unaza fejese, unaza martese, varëse, vathë dhe dhurata me gurë të çmuar. Kjo politikë shpjegon se si mbledhim, përdorim dhe mbrojmë të dhënat tuaja personale kur vizitoni faqen tonë, blini online, rezervoni një takim në sallon ose na kërkoni një xhevahir të punuar me porosi. Të dhënat i përpunojmë në përputhje me Ligjin nr. 9887, datë 10.03.2008 „Për mbrojtjen e të dhënave personale”, të ndryshuar, dhe, për klientët nga Bashkimi Evropian, me Rregulloren e Përgjithshme për Mbrojtjen e të Dhënave (GDPR).

## 1. Kontrolluesi i të dhënave

@ Xhevahir Sh.p.k.
@ Rruga e Durrësit, Nr. 112, Tiranë 1001, Shqipëri
@ NIPT: L91234567A
@ Email: privatesia@xhevahir.al
@ Tel.: +355 4 222 3344

## 2. Cilat të dhëna mbledhim

- **të dhëna identifikuese dhe kontakti**: emri, mbiemri, adresa e email-it, numri i telefonit;
- **të dhëna të porosisë**: produktet e blera, masa e unazës, teksti i gdhendjes, adresa e dorëzimit dhe e faturimit;
- **të dhëna të pagesës**: mënyra e pagesës dhe statusi i saj; të dhënat e kartës i përpunon vetëm banka;
- **të dhëna të llogarisë**: fjalëkalimi i koduar, lista e dëshirave dhe historiku i porosive;
- **të dhëna nga takimet në sallon**: data e takimit, buxheti i përafërt dhe preferencat për metalin dhe gurin;
- **të dhëna teknike**: adresa IP, shfletuesi, pajisja dhe faqet që keni parë.

Kur bleni ar investimi ose kur na shisni ar të vjetër mbi kufirin e përcaktuar nga Ligji nr. 9917 „Për parandalimin e pastrimit të parave dhe financimit të terrorizmit”, jemi të detyruar të identifikojmë klientin me dokument identiteti dhe të ruajmë një kopje të tij.

## 3. Qëllimet dhe baza ligjore

| Qëllimi | Baza ligjore |
| Përpunimi, paketimi dhe dorëzimi i porosisë | zbatimi i kontratës |
| Punimi me porosi dhe gdhendja e unazave | zbatimi i kontratës |
| Garancia, certifikata e gurëve dhe riparimet | zbatimi i kontratës dhe detyrimi ligjor |
| Faturimi dhe kontabiliteti | detyrimi ligjor |
| Identifikimi sipas ligjit kundër pastrimit të parave | detyrimi ligjor |
| Buletini me koleksionet e reja dhe ofertat | pëlqimi juaj |
| Statistikat e vizitave dhe reklamat | pëlqimi juaj për cookies |
| Kamerat e sigurisë në sallon | interesi ligjor për mbrojtjen e personave dhe të mallit |

## 4. Gdhendja dhe punimet me porosi

Për unazat martese shpesh na jepni emra, data ose mesazhe për t'u gdhendur. Këtë tekst e përdorim vetëm për të realizuar gdhendjen dhe e ruajmë bashkë me porosinë, që të mund ta përsërisim në rast riparimi ose humbjeje. Skicat dhe fotot që na dërgoni për një unazë fejese me porosi i përdorim vetëm për projektimin e saj dhe nuk i publikojmë pa lejen tuaj.

## 5. Takimet në sallon dhe kamerat e sigurisë

Salloni ynë është i pajisur me kamera sigurie, të sinjalizuara qartë në hyrje. Regjistrimet ruhen 30 ditë dhe pastaj fshihen automatikisht, përveç rasteve kur janë të nevojshme për hetimin e një incidenti. Regjistrimet i shohin vetëm administratori dhe, kur kërkohet me ligj, Policia e Shtetit.

## 6. Kujt ua japim të dhënat

Të dhënat tuaja nuk i shesim. I ndajmë vetëm me partnerë që na ndihmojnë të ofrojmë shërbimin dhe që janë të detyruar me kontratë t'i mbrojnë:

| Partneri | Shërbimi | Vendi |
| Raiffeisen Bank Sh.a. | pagesat me kartë në faqe | Shqipëri |
| Posta Shqiptare Sh.a. | dorëzimi i porosive brenda Shqipërisë | Shqipëri |
| DHL International | dorëzimet jashtë vendit | Gjermani |
| Hetzner Online GmbH | pritja e faqes dhe e bazës së të dhënave | Gjermani |
| Google Ireland Ltd. | Google Analytics | Irlandë |
| Meta Platforms Ireland Ltd. | reklamat në Facebook dhe Instagram | Irlandë |

Të dhënat mund t'u jepen edhe autoriteteve publike, si Drejtoria e Përgjithshme e Tatimeve ose Drejtoria e Përgjithshme e Parandalimit të Pastrimit të Parave, kur ligji na e kërkon.

## 7. Sa kohë i ruajmë të dhënat

- të dhënat e porosive dhe faturat: 10 vjet, sipas legjislacionit tatimor;
- kopjet e dokumenteve të identitetit për arsye të ligjit kundër pastrimit të parave: 5 vjet pas transaksionit;
- të dhënat e llogarisë: derisa ta mbyllni llogarinë;
- adresa e email-it për buletinin: derisa të çregjistroheni;
- të dhënat e takimeve në sallon pa blerje: 12 muaj.

## 8. Cookies

Faqja përdor cookies të nevojshme për shportën dhe hyrjen në llogari. Cookies analitike dhe të marketingut vendosen vetëm pasi t'i pranoni në dritaren e cookies. Zgjedhjen mund ta ndryshoni në çdo kohë nga lidhja „Cilësimet e cookies” në fund të faqes.

## 9. Të drejtat tuaja

Ju keni të drejtë:

- të kërkoni informacion dhe qasje në të dhënat tuaja;
- të kërkoni korrigjimin e të dhënave të pasakta;
- të kërkoni fshirjen e të dhënave kur nuk ka më arsye për t'i ruajtur;
- të kundërshtoni përpunimin për marketing direkt;
- të tërhiqni pëlqimin në çdo kohë;
- të paraqisni ankesë te Komisioneri.

Kërkesat na i dërgoni në privatesia@xhevahir.al ose me shkrim në adresën e sallonit. Do t'ju përgjigjemi brenda 30 ditëve.

## 10. Siguria

Faqja përdor lidhje të koduar (HTTPS). Qasjen në porositë dhe në të dhënat e klientëve e kanë vetëm punonjësit që kanë nevojë për to. Fjalëkalimet ruhen të koduara dhe nuk i shohim dot as ne.

## 11. Ndryshimet e kësaj politike

Politikën e përditësojmë kur ndryshojnë shërbimet tona ose ligji. Data e përditësimit të fundit shënohet në krye të kësaj faqeje; për ndryshime të rëndësishme do t'ju njoftojmë me email.

## 12. Ankesat

Nëse mendoni se të dhënat tuaja nuk janë trajtuar siç duhet, mund të ankoheni pranë autoritetit mbikëqyrës:

@ Komisioneri për të Drejtën e Informimit dhe Mbrojtjen e të Dhënave Personale
@ Rr. „Abdi Toptani”, Nd. 5, Tiranë 1001
@ [www.idp.al](https://www.idp.al/)
"""

EDITS = [
    {"note": "typo fixed: 'shfletusi' -> 'shfletuesi' (no new date)",
     "repl": [("adresa IP, shfletusi, pajisja", "adresa IP, shfletuesi, pajisja")], "bump": False},
    {"note": "sentence added: engagement-ring orders kept confidential from the partner",
     "repl": [("dhe nuk i publikojmë pa lejen tuaj.",
               "dhe nuk i publikojmë pa lejen tuaj. Porositë e unazave të fejesës i trajtojmë me "
               "konfidencialitet të plotë: nuk kontaktojmë askënd tjetër përveç jush dhe nuk dërgojmë "
               "njoftime në adresën e dorëzimit pa pëlqimin tuaj.")]},
    {"note": "CCTV retention shortened from 30 to 15 days",
     "repl": [("Regjistrimet ruhen 30 ditë", "Regjistrimet ruhen 15 ditë")]},
    {"note": "partner added to the table: Mailchimp for the newsletter",
     "repl": [("| Meta Platforms Ireland Ltd. | reklamat në Facebook dhe Instagram | Irlandë |",
               "| Meta Platforms Ireland Ltd. | reklamat në Facebook dhe Instagram | Irlandë |\n"
               "| The Rocket Science Group LLC (Mailchimp) | dërgimi i buletinit | SHBA |")]},
    {"note": "showroom moved: controller address changed (twice in the text)",
     "repl": [("@ Rruga e Durrësit, Nr. 112, Tiranë 1001, Shqipëri",
               "@ Bulevardi „Dëshmorët e Kombit”, Nr. 7, Tiranë 1001, Shqipëri"),
              ("ose me shkrim në adresën e sallonit.",
               "ose me shkrim në adresën e sallonit tonë të ri në Bulevardin „Dëshmorët e Kombit”.")]},
]
# the source starts with the typo the first edit fixes
POLICY = POLICY.replace("adresa IP, shfletuesi, pajisja", "adresa IP, shfletusi, pajisja")


def noise(rng, when, i, prev):
    prev = prev or {}
    return {
        "static_token": C.hexs(rng, 32),
        "token": C.hexs(rng, 32),
        "time": C.epoch(when) + rng.randint(0, 2),
        "ccc": C.keep_or(rng, prev.get("ccc"), 0.1, lambda: (C.hexs(rng, 6), C.hexs(rng, 6), 1623145678 +
                                                             rng.randint(0, 10 ** 8))),
    }


LABELS = {"static_token": "prestashop.static_token", "token": "prestashop.token", "time": "prestashop.time",
          "ccc": "CCC cache files (theme-*.css, bottom-*.js)"}


MENU = [("Unaza fejese", "/sq/12-unaza-fejese"), ("Unaza martese", "/sq/13-unaza-martese"),
        ("Varëse", "/sq/14-varese"), ("Vathë", "/sq/15-vathe"), ("Byzylykë", "/sq/16-byzylyke"),
        ("Ora", "/sq/17-ora")]


def render(state, blocks, when):
    css, js, ico = state["ccc"]
    ps = {
        "cart": {"products": [], "totals": {"total": {"type": "total", "label": "Totali", "amount": 0,
                                                      "value": "0 L"}},
                 "subtotals": {}, "products_count": 0, "summary_string": "0 artikuj", "vouchers":
                 {"allowed": 1, "added": []}, "discounts": [], "minimalPurchase": 0,
                 "minimalPurchaseRequired": ""},
        "currency": {"id": 1, "name": "Leku shqiptar", "iso_code": "ALL", "iso_code_num": "008", "sign": "L"},
        "customer": {"lastname": None, "firstname": None, "email": None, "birthday": None, "newsletter": None,
                     "newsletter_date_add": None, "optin": None, "website": None, "company": None, "siret": None,
                     "ape": None, "is_logged": False, "gender": {"type": None, "name": None}, "addresses": []},
        "language": {"name": "Shqip (Albanian)", "iso_code": "sq", "locale": "sq-AL", "language_code": "sq-al",
                     "is_rtl": "0", "date_format_lite": "d/m/Y", "date_format_full": "d/m/Y H:i:s", "id": 1},
        "page": {"title": "", "canonical": None, "meta": {"title": "Politika e privatësisë",
                                                          "description": "Si i mbrojmë të dhënat tuaja personale",
                                                          "keywords": "", "robots": "index"},
                 "page_name": "cms", "body_classes": {"lang-sq": True, "lang-rtl": False, "country-AL": True,
                                                      "currency-ALL": True, "layout-full-width": True,
                                                      "page-cms": True, "tax-display-enabled": True,
                                                      "cms-id-7": True},
                 "admin_notifications": []},
        "shop": {"name": "Xhevahir", "logo": "https://www.xhevahir.al/img/xhevahir-logo-1623145678.jpg",
                 "stores_icon": "https://www.xhevahir.al/img/logo_stores.png", "favicon":
                 "https://www.xhevahir.al/img/favicon.ico"},
        "urls": {"base_url": "https://www.xhevahir.al/", "current_url":
                 "https://www.xhevahir.al/sq/content/7-politika-e-privatesise", "shop_domain_url":
                 "https://www.xhevahir.al", "pages": {"cart": "https://www.xhevahir.al/sq/shporta",
                                                       "order": "https://www.xhevahir.al/sq/porosia"}},
        "configuration": {"display_taxes_label": True, "display_prices_tax_incl": True, "is_catalog": False,
                          "show_prices": True, "opt_in": {"partner": False}, "quantity_discount":
                          {"type": "discount", "label": "Zbritje për njësi"}, "voucher_enabled": 1,
                          "return_enabled": 0},
        "field_required": [],
        "breadcrumb": {"links": [{"title": "Kreu", "url": "https://www.xhevahir.al/sq/"},
                                 {"title": "Politika e privatësisë",
                                  "url": "https://www.xhevahir.al/sq/content/7-politika-e-privatesise"}],
                       "count": 2},
        "link": {"protocol_link": "https://", "protocol_content": "https://"},
        "time": state["time"],
        "static_token": state["static_token"],
        "token": state["token"],
        "debug": False,
    }
    ps_js = json.dumps(ps, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
    menu = "\n".join('            <li class="category" id="category-%d"><a class="dropdown-item" href="https://'
                     'www.xhevahir.al%s" data-depth="0">%s</a></li>' % (12 + k, u, html.escape(t))
                     for k, (t, u) in enumerate(MENU))
    return """<!doctype html>
<html lang="sq-AL">

  <head>
    
      
  <meta charset="utf-8">


  <meta http-equiv="x-ua-compatible" content="ie=edge">



  <title>Politika e privatësisë</title>
  
    <!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-K7P3QZL');</script>
<!-- End Google Tag Manager -->
  
  <meta name="description" content="Si i mbrojmë të dhënat tuaja personale">
  <meta name="keywords" content="">
      <link rel="canonical" href="https://www.xhevahir.al/sq/content/7-politika-e-privatesise">
    
          <link rel="alternate" href="https://www.xhevahir.al/sq/content/7-politika-e-privatesise" hreflang="sq-al">
          <link rel="alternate" href="https://www.xhevahir.al/en/content/7-privacy-policy" hreflang="en-us">
      



  <meta name="viewport" content="width=device-width, initial-scale=1">



  <link rel="icon" type="image/vnd.microsoft.icon" href="https://www.xhevahir.al/img/favicon.ico?%(ico)d">
  <link rel="shortcut icon" type="image/x-icon" href="https://www.xhevahir.al/img/favicon.ico?%(ico)d">



    <link rel="stylesheet" href="https://www.xhevahir.al/themes/classic/assets/cache/theme-%(css)s.css" type="text/css" media="all">




  

  <script type="text/javascript">
        var prestashop = %(ps)s;
        var psemailsubscription_subscription = "https:\\/\\/www.xhevahir.al\\/sq\\/module\\/ps_emailsubscription\\/subscription";
        var psr_icon_color = "#B8860B";
      </script>



  


    
  </head>

  <body id="cms" class="lang-sq country-al currency-all layout-full-width page-cms tax-display-enabled cms-id-7">

    
      
    

    <main>
      
              

      <header id="header">
        
          
  <div class="header-banner">
    
  </div>



  <nav class="header-nav">
    <div class="container">
      <div class="row">
        <div class="hidden-sm-down">
          <div class="col-md-5 col-xs-12">
            <div id="_desktop_contact_link">
  <div id="contact-link">
                Na telefononi: <span>+355 4 222 3344</span>
      </div>
</div>

          </div>
          <div class="col-md-7 right-nav">
              <div id="_desktop_user_info">
  <div class="user-info">
          <a
        href="https://www.xhevahir.al/sq/llogaria-ime"
        title="Hyni në llogarinë tuaj të klientit"
        rel="nofollow"
      >
        <i class="material-icons">&#xE7FF;</i>
        <span class="hidden-sm-down">Hyni</span>
      </a>
      </div>
</div>
<div id="_desktop_cart">
  <div class="blockcart cart-preview inactive" data-refresh-url="//www.xhevahir.al/sq/module/ps_shoppingcart/ajax">
    <div class="header">
              <i class="material-icons shopping-cart" aria-hidden="true">shopping_cart</i>
        <span class="hidden-sm-down">Shporta</span>
        <span class="cart-products-count">(0)</span>
          </div>
  </div>
</div>

          </div>
        </div>
      </div>
    </div>
  </nav>



  <div class="header-top">
    <div class="container">
       <div class="row">
        <div class="col-md-2 hidden-sm-down" id="_desktop_logo">
                                    
  <a href="https://www.xhevahir.al/sq/">
    <img
      class="logo img-fluid"
      src="https://www.xhevahir.al/img/xhevahir-logo-1623145678.jpg"
      alt="Xhevahir"
      width="220"
      height="60">
  </a>

                              </div>
        <div class="header-top-right col-md-10 col-sm-12 position-static">
          

<div class="menu js-top-menu position-static hidden-sm-down" id="_desktop_top_menu">
    
          <ul class="top-menu" id="top-menu" data-depth="0">
%(menu)s
              </ul>
    
    <div class="clearfix"></div>
</div>
<div id="search_widget" class="search-widgets" data-search-controller-url="//www.xhevahir.al/sq/kerko">
  <form method="get" action="//www.xhevahir.al/sq/kerko">
    <input type="hidden" name="controller" value="search">
    <i class="material-icons search" aria-hidden="true">search</i>
    <input type="text" name="s" value="" placeholder="Kërkoni në katalogun tonë" aria-label="Kërko">
  </form>
</div>

        </div>
      </div>
    </div>
  </div>
  

        
      </header>

      <section id="wrapper">
        
          
<aside id="notifications">
  <div class="container">
    
    
    
      </div>
</aside>

        

        
        <div class="container">
          
            <nav data-depth="2" class="breadcrumb hidden-sm-down">
  <ol itemscope itemtype="http://schema.org/BreadcrumbList">
          
                  <li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
            <a itemprop="item" href="https://www.xhevahir.al/sq/"><span itemprop="name">Kreu</span></a>
            <meta itemprop="position" content="1">
          </li>
              
          
                  <li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
            <a itemprop="item" href="https://www.xhevahir.al/sq/content/7-politika-e-privatesise"><span itemprop="name">Politika e privatësisë</span></a>
            <meta itemprop="position" content="2">
          </li>
              
      </ol>
</nav>
          

          

          
  <div id="content-wrapper" class="js-content-wrapper">
    
    

  <section id="main">

    
      
        <header class="page-header">
          <h1>
  %(title)s
</h1>
        </header>
      
    

    
  <section id="content" class="page-content page-cms page-cms-7">

    
      %(body)s
    

    
      
    

  </section>


    
      <footer class="page-footer">
        
          <!-- Footer content -->
        
      </footer>
    

  </section>


    
  </div>


          
        </div>
        
      </section>

      <footer id="footer" class="js-footer">
        
          <div class="container">
  <div class="row">
    
      <div class="block_newsletter col-lg-8 col-md-12 col-sm-12" id="blockEmailSubscription_displayFooterBefore">
  <div class="row">
    <p id="block-newsletter-label" class="col-md-5 col-xs-12">Merrni lajme për koleksionet e reja dhe ofertat</p>
    <div class="col-md-7 col-xs-12">
      <form action="https://www.xhevahir.al/sq/content/7-politika-e-privatesise#blockEmailSubscription_displayFooterBefore" method="post">
        <div class="row">
          <div class="col-xs-12">
            <input class="btn btn-primary float-xs-right hidden-xs-down" name="submitNewsletter" type="submit" value="Abonohu">
            <div class="input-wrapper">
              <input name="email" type="email" value="" placeholder="Adresa juaj e email-it" aria-labelledby="block-newsletter-label" required>
            </div>
            <input type="hidden" name="blockHookName" value="displayFooterBefore" />
            <input type="hidden" name="action" value="0">
          </div>
        </div>
      </form>
    </div>
  </div>
</div>

    
  </div>
</div>
<div class="footer-container">
  <div class="container">
    <div class="row">
      
        <div class="col-md-6 links">
  <div class="row">
      <div class="col-md-6 wrapper">
      <p class="h3 hidden-sm-down">Informacion</p>
      <ul id="footer_sub_menu_1" class="collapse">
          <li><a id="link-cms-page-1-1" class="cms-page-link" href="https://www.xhevahir.al/sq/content/1-dergesa" title="Kushtet e dërgesës">Dërgesa</a></li>
          <li><a id="link-cms-page-3-1" class="cms-page-link" href="https://www.xhevahir.al/sq/content/3-kushtet-e-perdorimit" title="Kushtet e përdorimit">Kushtet e përdorimit</a></li>
          <li><a id="link-cms-page-6-1" class="cms-page-link" href="https://www.xhevahir.al/sq/content/6-garancia-dhe-certifikatat" title="Garancia">Garancia dhe certifikatat</a></li>
          <li><a id="link-cms-page-7-1" class="cms-page-link" href="https://www.xhevahir.al/sq/content/7-politika-e-privatesise" title="Politika e privatësisë">Politika e privatësisë</a></li>
          <li><a id="link-static-page-contact-1" class="cms-page-link" href="https://www.xhevahir.al/sq/na-kontaktoni" title="Na kontaktoni">Na kontaktoni</a></li>
      </ul>
    </div>
    </div>
</div>
<div class="block-contact col-md-3 links wrapper">
  <p class="h4 text-uppercase block-contact-title hidden-sm-down">Salloni</p>
  Xhevahir<br />Tiranë<br />Shqipëri
  <br />Na telefononi: <span>+355 4 222 3344</span>
</div>

      
    </div>
    <div class="row">
      <div class="col-md-12">
        <p class="text-sm-center">
          <a href="https://www.prestashop.com" target="_blank" rel="noopener noreferrer nofollow">
            © %(year)d - Dyqan online i krijuar me PrestaShop™
          </a>
        </p>
      </div>
    </div>
  </div>
</div>
        
      </footer>

    </main>

    
        <script type="text/javascript" src="https://www.xhevahir.al/themes/classic/assets/cache/bottom-%(js)s.js" ></script>


    

    
      
    
  </body>

</html>
""" % {"ico": ico, "css": css, "js": js, "ps": ps_js, "menu": menu, "title": html.escape(blocks[0][1]),
       "body": "\n".join(C.block_html(b, {"table": "table table-bordered"}) for b in blocks[1:]),
       "year": when.year}


PAGE = {
    "service": "Xhevahir",
    "url": "https://www.xhevahir.al/sq/content/7-politika-e-privatesise",
    "lang": "sq",
    "platform": "PrestaShop 1.7.8 (classic theme)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("X-Powered-By", "PHP/7.4.33"),
                      ("Set-Cookie", "PrestaShop-1f0e9d8c7b6a5f4e3d2c1b0a; path=/; secure; HttpOnly; SameSite=Lax"),
                      ("Cache-Control", "no-store, no-cache, must-revalidate")),
    "n": 29,
    "start": dt.date(2021, 6, 1),
    "end": dt.date(2024, 3, 31),
    "policy": POLICY,
    "first_updated": dt.date(2021, 1, 12),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.xhevahir.al/sq/content/7-politika-e-privatesise", "select": "#main"},
}
