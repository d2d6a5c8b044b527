"""Gràfiques Rovira (Catalan online print shop: business cards, flyers, posters), PrestaShop 8 with a child theme of
Classic: a CMS page (TinyMCE HTML in #content), left column with the shop's price-calculator module."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import phkit as K  # noqa: E402

POLICY = """
Darrera actualització: {UPDATED}

A Gràfiques Rovira, S.L. ens prenem seriosament la protecció de les teves dades. En aquesta política t'expliquem quines dades personals tractem quan compres a la nostra botiga en línia grafiquesrovira.cat, quan ens envies arxius per imprimir targetes de visita, cartells, flyers o lones, o quan ens demanes un pressupost, i quins drets tens. Aquesta política s'ajusta al Reglament (UE) 2016/679 general de protecció de dades (RGPD) i a la Llei orgànica 3/2018, de 5 de desembre, de protecció de dades personals i garantia dels drets digitals (LOPDGDD).

## 1. Responsable del tractament

@ Gràfiques Rovira, S.L.
@ NIF: B65123456
@ Carrer de la Indústria, 48, Polígon Can Castells
@ 08401 Granollers (Barcelona)
@ Telèfon: 938 70 21 45
@ Correu electrònic: dades@grafiquesrovira.cat

## 2. Quines dades tractem

- **Dades identificatives i de contacte:** nom i cognoms, raó social, NIF, adreça postal, telèfon i correu electrònic.
- **Dades de la comanda:** productes, quantitats, acabats, adreça d'enviament i historial de comandes.
- **Dades de pagament:** les dades de la targeta les tracta directament la nostra entitat de pagament; nosaltres només rebem la confirmació del pagament.
- **Arxius d'impressió:** els dissenys, logotips i imatges que ens envies. Poden contenir dades personals, com ara el nom, el càrrec, el telèfon o la fotografia que apareixen a les targetes de visita.
- **Dades de navegació:** adreça IP, tipus de navegador i pàgines visitades.
- **Dades de clients professionals:** nom de l'empresa, persona de contacte, càrrec i condicions comercials pactades.

Si ens facilites dades d'altres persones, per exemple les dels treballadors que apareixeran a les targetes de visita de la teva empresa, has d'haver-los informat prèviament i comptar amb la seva autorització.

## 3. Finalitats, base jurídica i termini de conservació

| Finalitat | Base jurídica | Termini de conservació |
| Gestionar el teu compte de client | Execució del contracte | Mentre el compte estigui actiu |
| Tramitar, imprimir i enviar les comandes | Execució del contracte | 6 anys (Codi de comerç) |
| Emetre factures | Obligació legal | 6 anys (normativa fiscal) |
| Respondre sol·licituds de pressupost | Mesures precontractuals | 1 any |
| Enviar el butlletí amb ofertes i novetats | Consentiment | Fins que te'n donis de baixa |
| Gestionar devolucions i reclamacions | Execució del contracte | 3 anys |

No prenem decisions automatitzades ni elaborem perfils que tinguin efectes jurídics sobre tu.

Quan ens demanes un pressupost per a un projecte d'empresa, també podem trucar-te per aclarir detalls tècnics de la feina, com ara el paper, els acabats o els terminis de lliurament. Aquestes trucades no s'enregistren.

## 4. Els teus arxius d'impressió

Utilitzem els arxius que ens envies únicament per revisar-los, preparar la impressió i produir la teva comanda. Els conservem 6 mesos des de l'enviament de la comanda perquè puguis repetir-la fàcilment; passat aquest termini, els eliminem dels nostres servidors. Si vols que els esborrem abans, demana-ho per correu electrònic.

No revisem el contingut dels arxius més enllà del que cal per comprovar-ne la qualitat d'impressió (resolució, marges de sang, colors). Ets responsable de tenir el dret d'utilitzar les imatges, els logotips i les dades de terceres persones que hi incloguis. Si ens encarregues la impressió de materials per a un tercer, com ara invitacions de casament o recordatoris amb fotografies, actuem com a encarregats del tractament per compte teu i només farem servir aquestes dades per imprimir l'encàrrec.

Les proves d'impressió i els exemplars defectuosos que contenen dades personals es destrueixen a la nostra planta amb una trituradora de paper certificada.

## 5. Destinataris

No cedim les teves dades a tercers, excepte quan és necessari per prestar el servei o quan ho exigeix la llei. Comptem amb aquests encarregats del tractament:

| Encarregat | Servei | Ubicació |
| Redsys (Banc Sabadell) | Pagament amb targeta i Bizum | Espanya |
| PayPal | Pagament amb PayPal | Luxemburg (UE) |
| SEUR i Correos Express | Transport i lliurament | Espanya |
| OVHcloud | Allotjament de la botiga i dels arxius | França (UE) |
| Sendinblue | Enviament del butlletí | França (UE) |

També comunicarem les dades a l'Agència Tributària i a altres administracions públiques quan hi estiguem obligats per llei. No fem transferències internacionals de dades fora de l'Espai Econòmic Europeu. Els transportistes només reben el nom, l'adreça i el telèfon de la persona destinatària, necessaris per fer el lliurament.

## 6. Els teus drets

Pots exercir en qualsevol moment els drets d'accés, rectificació, supressió, oposició, limitació del tractament i portabilitat, així com retirar el consentiment que ens hagis donat. Per fer-ho, envia'ns un correu electrònic a dades@grafiquesrovira.cat o una carta a l'adreça indicada, adjuntant una còpia del teu document d'identitat. Si actues en nom d'una altra persona, caldrà que n'acreditis la representació. Et respondrem en el termini d'un mes. Pots donar-te de baixa del butlletí en qualsevol moment fent clic a l'enllaç que trobaràs al peu de cada correu o des de l'apartat El meu compte de la botiga.

Si consideres que no hem atès correctament la teva sol·licitud, pots presentar una reclamació davant l'Agència Espanyola de Protecció de Dades (www.aepd.es).

## 7. Seguretat

Apliquem mesures tècniques i organitzaives adequades per protegir les teves dades: connexions xifrades, còpies de seguretat diàries i accés restringit al personal que les necessita per fer la seva feina. Els equips de preimpressió només tenen accés als arxius de les comandes que gestionen. Si detectem una violació de seguretat que pugui afectar les teves dades, ho notificarem a l'autoritat de control i, quan calgui, també a tu.

## 8. Galetes

El nostre web utilitza galetes pròpies i de tercers per recordar la teva cistella, mantenir la sessió iniciada i obtenir estadístiques de visites. Les galetes analítiques només s'instal·len si les acceptes al bàner que apareix la primera vegada que visites el web. Pots consultar-ne els detalls i configurar les teves preferències a la nostra [política de galetes](/ca/content/6-politica-de-galetes).

## 9. Canvis en aquesta política

Podem actualitzar aquesta política per adaptar-la a canvis legals o del nostre servei. Et recomanem que la consultis periòdicament. Si els canvis són importants, t'ho comunicarem per correu electrònic abans que entrin en vigor.
"""

EDITS = [
    {"note": "typo fixed (organitzaives), date unchanged", "bump": False,
     "repl": [("mesures tècniques i organitzaives", "mesures tècniques i organitzatives")]},
    {"note": "processor added to the table: Packlink",
     "repl": [("| SEUR i Correos Express | Transport i lliurament | Espanya |",
               "| SEUR i Correos Express | Transport i lliurament | Espanya |\n"
               "| Packlink | Gestió d'enviaments a Andorra i a la resta d'Europa | Espanya |")]},
    {"note": "print-file retention extended from 6 to 12 months",
     "repl": [("Els conservem 6 mesos des de", "Els conservem 12 mesos des de")]},
    {"note": "newsletter provider renamed (Sendinblue -> Brevo)",
     "repl": [("| Sendinblue | Enviament del butlletí |", "| Brevo | Enviament del butlletí |")]},
    {"note": "section added on minors (age 14, LOPDGDD)",
     "repl": [("## 9. Canvis en aquesta política",
               "## 9. Menors d'edat\n\nLa nostra botiga s'adreça a persones majors de 14 anys. Si tens menys de "
               "14 anys, no ens facilitis dades personals sense el consentiment del teu pare, mare o tutor legal. "
               "Les comandes només les poden fer persones majors d'edat.\n\n## 10. Canvis en aquesta política")]},
    {"note": "phone number changed",
     "repl": [("@ Telèfon: 938 70 21 45", "@ Telèfon: 938 61 30 30")]},
]


def fmt_date(d):
    m = K.MONTHS["ca"][d.month - 1]
    return "%d %s %d" % (d.day, ("d'" + m) if m[0] in "ao" else ("de " + m), d.year)


CALC = [("Targetes de visita", "500 u. · 350 g · 2 cares", 19.90), ("Flyers A5", "1.000 u. · 135 g · 2 cares", 42.50),
        ("Cartells A3", "50 u. · 170 g · 1 cara", 36.00)]


def _eur(x):
    return ("%.2f" % x).replace(".", ",") + "\u00a0€"


def noise(rng, when, i, prev):
    p = prev or {}

    def promo():
        return rng.choice([(), (), ("Targetes de visita", 20), ("Flyers A5", 15), ("Cartells A3", 25),
                           ("Targetes de visita", 30)])

    return {
        "time": C.epoch(when),
        "tokens": (C.hexs(rng, 32), C.hexs(rng, 32)),
        "ccc": C.keep_or(rng, p.get("ccc"), 0.15, lambda: (C.hexs(rng, 6), C.hexs(rng, 6))),
        "calc_promo": C.keep_or(rng, p.get("calc_promo"), 0.3, promo),
    }


LABELS = {
    "time": "prestashop.time in the inline JS",
    "tokens": "prestashop static_token / token",
    "ccc": "theme CCC cache bundle names (cache cleared)",
    "calc_promo": "price-calculator promotion in the left column",
}

MENU = [("Targetes de visita", "3-targetes-de-visita"), ("Flyers i fullets", "4-flyers-i-fullets"),
        ("Cartells", "5-cartells"), ("Lones i vinils", "6-lones-i-vinils"), ("Adhesius", "7-adhesius"),
        ("Papereria corporativa", "8-papereria-corporativa")]


def _tiny(blocks):
    def table(rows, inl):
        head = "<tr>%s</tr>" % "".join("<th>%s</th>" % inl(c) for c in rows[0])
        body = "".join("<tr>\n<td>%s</td>\n</tr>\n" % "</td>\n<td>".join(inl(c) for c in r) for r in rows[1:])
        return ('<table class="table table-bordered" style="width: 100%%;">\n<thead>\n%s\n</thead>\n<tbody>\n%s'
                '</tbody>\n</table>' % (head, body))

    return K.render_blocks(blocks, table=table, addr=lambda lines, inl: "<p>%s</p>" % "<br />".join(
        inl(x) for x in lines), bold=lambda raw: "<strong>%s</strong>" % K.esc(raw))


def render(state, blocks, when):
    static_token, token = state["tokens"]
    css, js = state["ccc"]
    pr = state["calc_promo"]
    calc = []
    for name, spec, price in CALC:
        if pr and pr[0] == name:
            calc.append('<li class="calc-row calc-row--promo"><span class="calc-name">%s</span> <span class="calc-spec">'
                        '%s</span> <span class="calc-price"><del>%s</del> <ins>%s</ins></span> <span class="badge '
                        'badge-promo">-%d%%</span></li>' % (name, spec, _eur(price), _eur(price * (100 - pr[1]) / 100),
                                                           pr[1]))
        else:
            calc.append('<li class="calc-row"><span class="calc-name">%s</span> <span class="calc-spec">%s</span> '
                        '<span class="calc-price">des de %s</span></li>' % (name, spec, _eur(price)))
    ps = {"cart": {"products": [], "totals": {"total": {"type": "total", "label": "Total", "amount": 0,
                                                        "value": "0,00\u00a0€"}},
                   "products_count": 0, "minimalPurchase": 0, "minimalPurchaseRequired": ""},
          "currency": {"id": 1, "name": "Euro", "iso_code": "EUR", "iso_code_num": "978", "sign": "€"},
          "customer": {"lastname": None, "firstname": None, "email": None, "is_logged": False, "gender": {"type": None,
                                                                                                          "name": None},
                       "addresses": []},
          "language": {"name": "Català (Catalan)", "iso_code": "ca", "locale": "ca-ES", "language_code": "ca-es",
                       "is_rtl": "0", "date_format_lite": "d/m/Y", "date_format_full": "d/m/Y H:i:s", "id": 1},
          "page": {"title": "", "canonical": None, "meta": {"title": "Política de privadesa",
                                                            "description": "Política de privadesa de Gràfiques Rovira",
                                                            "keywords": "", "robots": "index"},
                   "page_name": "cms", "body_classes": {"lang-ca": True, "lang-rtl": False, "country-ES": True,
                                                        "currency-EUR": True, "layout-left-column": True,
                                                        "page-cms": True, "tax-display-enabled": True,
                                                        "cms-id-2": True},
                   "admin_notifications": []},
          "shop": {"name": "Gràfiques Rovira", "logo": "/img/grafiques-rovira-logo-1621343215.jpg",
                   "stores_icon": "/img/logo_stores.png", "favicon": "/img/favicon.ico"},
          "urls": {"base_url": "https://www.grafiquesrovira.cat/", "current_url":
                   "https://www.grafiquesrovira.cat/ca/content/2-politica-de-privadesa",
                   "shop_domain_url": "https://www.grafiquesrovira.cat"},
          "configuration": {"display_taxes_label": True, "display_prices_tax_incl": True, "is_catalog": False,
                            "show_prices": True, "opt_in": {"partner": False}, "quantity_discount": {
                                "type": "discount", "label": "Descompte unitari"},
                            "voucher_enabled": 1, "return_enabled": 0},
          "field_required": [], "breadcrumb": {"links": [{"title": "Inici", "url":
                                                          "https://www.grafiquesrovira.cat/ca/"},
                                                         {"title": "Política de privadesa", "url":
                                                          "https://www.grafiquesrovira.cat/ca/content/2-politica-de-privadesa"}],
                                               "count": 2},
          "link": {"protocol_link": "https://", "protocol_content": "https://"},
          "time": state["time"], "static_token": static_token, "token": token, "debug": False}
    menu = "\n".join('                <li class="category" id="category-%s"><a class="dropdown-item" '
                     'href="https://www.grafiquesrovira.cat/ca/%s" data-depth="0">%s</a></li>'
                     % (u.split("-")[0], u, t) for t, u in MENU)
    return """<!doctype html>
<html lang="ca-ES">

  <head>
    
      
  <meta charset="utf-8">


  <meta http-equiv="x-ua-compatible" content="ie=edge">



  <title>Política de privadesa</title>
  
    
  
  <meta name="description" content="Política de privadesa de Gràfiques Rovira">
  <meta name="keywords" content="">
        <link rel="canonical" href="https://www.grafiquesrovira.cat/ca/content/2-politica-de-privadesa">
    
          <link rel="alternate" href="https://www.grafiquesrovira.cat/ca/content/2-politica-de-privadesa" hreflang="ca-es">
          <link rel="alternate" href="https://www.grafiquesrovira.cat/es/content/2-politica-de-privacidad" hreflang="es-es">
      
  
  
    <script type="application/ld+json">
  {
    "@context": "https://schema.org",
    "@type": "Organization",
    "name" : "Gràfiques Rovira",
    "url" : "https://www.grafiquesrovira.cat/ca/",
          "logo": {
        "@type": "ImageObject",
        "url":"https://www.grafiquesrovira.cat/img/grafiques-rovira-logo-1621343215.jpg"
      }
      }
</script>

  
  
    
  

  <meta name="viewport" content="width=device-width, initial-scale=1">



  <link rel="icon" type="image/vnd.microsoft.icon" href="https://www.grafiquesrovira.cat/img/favicon.ico?1621343215">
  <link rel="shortcut icon" type="image/x-icon" href="https://www.grafiquesrovira.cat/img/favicon.ico?1621343215">



    <link rel="stylesheet" href="https://www.grafiquesrovira.cat/themes/rovira/assets/cache/theme-%(css)s145.css" type="text/css" media="all">




  

  <script type="text/javascript">
        var prestashop = %(ps)s;
        var psemailsubscription_subscription = "https:\\/\\/www.grafiquesrovira.cat\\/ca\\/module\\/ps_emailsubscription\\/subscription";
        var roviracalc_ajax = "https:\\/\\/www.grafiquesrovira.cat\\/ca\\/module\\/roviracalc\\/ajax";
      </script>



  <script async src="https://www.googletagmanager.com/gtag/js?id=G-4R0V1R4CAT"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag(
    'config',
    'G-4R0V1R4CAT',
    {
      'debug_mode':false
                      , 'anonymize_ip': true                }
  );
</script>




    
  </head>

  <body id="cms" class="lang-ca country-es currency-eur layout-left-column page-cms tax-display-enabled cms-id-2">

    
      
    

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
                Truca'ns: <a href="tel:938702145">938 70 21 45</a>
      </div>
</div>

          </div>
          <div class="col-md-7 right-nav">
              <div id="_desktop_language_selector">
  <div class="language-selector-wrapper">
    <span id="language-selector-label" class="hidden-md-up">Idioma:</span>
    <div class="language-selector dropdown js-dropdown">
      <button data-toggle="dropdown" class="hidden-sm-down btn-unstyle" aria-haspopup="true" aria-expanded="false" aria-label="Llista desplegable d'idiomes">
        <span class="expand-more">Català</span>
        <i class="material-icons expand-more">&#xE5C5;</i>
      </button>
      <ul class="dropdown-menu hidden-sm-down" aria-labelledby="language-selector-label">
                  <li  class="current" >
            <a href="https://www.grafiquesrovira.cat/ca/content/2-politica-de-privadesa" class="dropdown-item" data-iso-code="ca">Català</a>
          </li>
                  <li >
            <a href="https://www.grafiquesrovira.cat/es/content/2-politica-de-privacidad" class="dropdown-item" data-iso-code="es">Español</a>
          </li>
              </ul>
    </div>
  </div>
</div>
<div id="_desktop_user_info">
  <div class="user-info">
          <a
        href="https://www.grafiquesrovira.cat/ca/el-meu-compte"
        title="Inicieu la sessió al vostre compte de client"
        rel="nofollow"
      >
        <i class="material-icons">&#xE7FF;</i>
        <span class="hidden-sm-down">Inicia la sessió</span>
      </a>
      </div>
</div>
<div id="_desktop_cart">
  <div class="blockcart cart-preview inactive" data-refresh-url="//www.grafiquesrovira.cat/ca/module/ps_shoppingcart/ajax">
    <div class="header">
              <i class="material-icons shopping-cart" aria-hidden="true">shopping_cart</i>
        <span class="hidden-sm-down">Cistella</span>
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
                                    
  <a href="https://www.grafiquesrovira.cat/ca/">
    <img
      class="logo img-fluid"
      src="https://www.grafiquesrovira.cat/img/grafiques-rovira-logo-1621343215.jpg"
      alt="Gràfiques Rovira"
      width="240"
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

        </div>
      </div>
    </div>
  </div>
  

        
      </header>

      <section id="wrapper">
        
          
<aside id="notifications">
  <div class="notifications-container container">
    
    
    
      </div>
</aside>

        

        
        <div class="container">
          
            <nav data-depth="2" class="breadcrumb">
  <ol>
    
              
          <li>
                          <a href="https://www.grafiquesrovira.cat/ca/"><span>Inici</span></a>
                      </li>
        
              
          <li>
                          <span>Política de privadesa</span>
                      </li>
        
          
  </ol>
</nav>
          

          <div class="row">
          
            <div id="left-column" class="col-xs-12 col-md-4 col-lg-3">
                              <div class="block-categories">
  <ul class="category-top-menu">
    <li><a class="text-uppercase h6" href="https://www.grafiquesrovira.cat/ca/2-inici">Productes</a></li>
  </ul>
</div>
<div id="roviracalc" class="block roviracalc" data-module="roviracalc">
  <p class="h6 text-uppercase">Calcula el preu</p>
  <ul class="calc-list">
    %(calc)s
  </ul>
  <a class="btn btn-primary btn-block" href="https://www.grafiquesrovira.cat/ca/module/roviracalc/calculadora">Obre la calculadora</a>
  <p class="calc-note">Preus amb IVA. Enviament gratuït a partir de 60 €.</p>
</div>

                          </div>
          

          
  <div id="content-wrapper" class="js-content-wrapper left-column col-xs-12 col-md-8 col-lg-9">
    
    

  <section id="main">

    
      
        <header class="page-header">
          <h1>
  Política de privadesa
</h1>
        </header>
      
    

    
  <section id="content" class="page-content page-cms page-cms-2">

    
      %(policy)s
    

    
      
    

    
      
    

  </section>


    
      <footer class="page-footer">
        
          <!-- Footer content -->
        
      </footer>
    

  </section>


    
  </div>


          
          </div>
          
        </div>
        
      </section>

      <footer id="footer" class="js-footer">
        
          <div class="container">
  <div class="row">
    
      <div class="block_newsletter col-lg-8 col-md-12 col-sm-12" id="blockEmailSubscription_displayFooterBefore">
  <div class="row">
    <p id="block-newsletter-label" class="col-md-5 col-xs-12">Rep les nostres ofertes i novetats</p>
    <div class="col-md-7 col-xs-12">
      <form action="https://www.grafiquesrovira.cat/ca/#blockEmailSubscription_displayFooterBefore" method="post">
        <input name="email" type="email" value="" placeholder="La vostra adreça electrònica" aria-labelledby="block-newsletter-label" required>
        <input class="btn btn-primary float-xs-right hidden-xs-down" name="submitNewsletter" type="submit" value="Subscriu-m'hi">
        <input type="hidden" name="blockHookName" value="displayFooterBefore" />
        <input type="hidden" name="action" value="0">
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
      <p class="h3 hidden-sm-down">Informació</p>
      <ul id="footer_sub_menu_1" class="collapse">
          <li><a id="link-cms-page-1-1" class="cms-page-link" href="https://www.grafiquesrovira.cat/ca/content/1-lliurament" title="Terminis i costos d'enviament">Lliurament</a></li>
          <li><a id="link-cms-page-3-1" class="cms-page-link" href="https://www.grafiquesrovira.cat/ca/content/3-condicions-generals" title="Condicions generals de venda">Condicions generals</a></li>
          <li><a id="link-cms-page-2-1" class="cms-page-link" href="https://www.grafiquesrovira.cat/ca/content/2-politica-de-privadesa" title="Política de privadesa">Política de privadesa</a></li>
          <li><a id="link-cms-page-6-1" class="cms-page-link" href="https://www.grafiquesrovira.cat/ca/content/6-politica-de-galetes" title="Política de galetes">Política de galetes</a></li>
          <li><a id="link-static-page-contact-1" class="cms-page-link" href="https://www.grafiquesrovira.cat/ca/contacte" title="Feu servir el formulari per contactar-nos">Contacte</a></li>
      </ul>
    </div>
    </div>
</div>
<div id="block_myaccount_infos" class="col-md-3 links wrapper">
  <p class="h3 myaccount-title hidden-sm-down">
    <a class="text-uppercase" href="https://www.grafiquesrovira.cat/ca/el-meu-compte" rel="nofollow">El meu compte</a>
  </p>
</div>
<div class="block-contact col-md-3 links wrapper">
  <p class="h4 text-uppercase block-contact-title hidden-sm-down">Informació de la botiga</p>
  Gràfiques Rovira<br />Carrer de la Indústria, 48<br />08401 Granollers<br />Espanya
</div>

      
    </div>
    <div class="row">
      <div class="col-md-12">
        <p class="text-sm-center">
          © %(year)d - Gràfiques Rovira · Impremta digital i òfset des de 1987
        </p>
      </div>
    </div>
  </div>
</div>
        
      </footer>

    </main>

    
        <script type="text/javascript" src="https://www.grafiquesrovira.cat/themes/rovira/assets/cache/bottom-%(js)s145.js" ></script>


    

    
      
    
  </body>

</html>""" % {"css": css, "js": js, "ps": json.dumps(ps, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/"),
              "menu": menu, "calc": "\n    ".join(calc), "policy": _tiny(blocks), "year": when.year}


PAGE = {
    "service": "Grafiques Rovira",
    "url": "https://www.grafiquesrovira.cat/ca/content/2-politica-de-privadesa",
    "lang": "ca",
    "platform": "PrestaShop 8 (Classic child theme, CCC)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Apache"), ("Powered-By", "PrestaShop"),
                      ("Cache-Control", "no-store, no-cache, must-revalidate")],
    "n": 32,
    "start": dt.date(2021, 5, 1),
    "end": dt.date(2024, 10, 31),
    "hours": (4, 16),
    "policy": POLICY,
    "first_updated": dt.date(2021, 2, 22),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.grafiquesrovira.cat/ca/content/2-politica-de-privadesa",
        "select": "#content.page-cms",
    },
}
