"""Suola Nera (Milan sneaker boutique with online drops and raffles) - Italian - PrestaShop 1.7.8 (classic-based
theme), upgraded to PrestaShop 8.1 in September 2023; iubenda cookie banner, GA4, Meta pixel.

The informativa is a CMS page (content/2-privacy-policy) written in TinyMCE: `section#main` holds the page header's
h1 and `section#content.page-content.page-cms`. A fairly clean page: per visit the `prestashop` JS object's
`static_token`, `token` and `time` (every request without a cookie gets new ones); one live feature, the drop
banner of the displayBanner hook above the header (next release, raffle closing countdown); the CCC asset-cache file
names change with each theme deploy and with the 8.1 upgrade (which also reshapes the `prestashop` object). All
outside `#main`.
"""
import datetime as dt
import json

import common as C

URL = "https://www.suolanera.it/content/2-privacy-policy"

POLICY = """
# Informativa sul trattamento dei dati personali

Ultimo aggiornamento: {UPDATED}

La presente informativa è resa ai sensi degli articoli 13 e 14 del Regolamento (UE) 2016/679 ("GDPR") a tutti coloro che visitano il sito www.suolanera.it, acquistano i nostri prodotti o partecipano alle raffle organizzate da Suola Nera. Ti invitiamo a leggerla con attenzione: spiega quali dati raccogliamo, perché lo facciamo e quali sono i tuoi diritti.

## 1. Titolare del trattamento

@ Suola Nera S.r.l.
@ Via Tortona 27, 20144 Milano (MI)
@ P.IVA 10958430965
@ E-mail: privacy@suolanera.it

## 2. Quali dati trattiamo

- **Dati anagrafici e di contatto**: nome, cognome, indirizzo di spedizione e di fatturazione, e-mail, numero di telefono, codice fiscale (solo se richiedi la fattura).
- **Dati relativi agli ordini**: prodotti acquistati, taglie, importi, metodo di pagamento scelto, storico dei resi.
- **Dati di partecipazione alle raffle**: nome, e-mail, taglia richiesta, account Instagram (se richiesto dal regolamento della singola raffle), indirizzo IP e identificativo del dispositivo utilizzati per l'iscrizione.
- **Dati di navigazione**: indirizzo IP, tipo di browser, pagine visitate, data e ora di accesso, raccolti tramite cookie e strumenti analoghi.
- **Comunicazioni**: messaggi inviati al servizio clienti via e-mail, modulo di contatto o WhatsApp.

Non trattiamo i dati delle carte di pagamento: questi sono gestiti direttamente dai fornitori dei servizi di pagamento.

### Come raccogliamo i dati

Raccogliamo i dati direttamente da te quando crei un account, effettui un ordine, ti iscrivi a una raffle o alla newsletter, oppure quando contatti il servizio clienti. Alcuni dati ci vengono comunicati da terzi: ad esempio, i fornitori di servizi di pagamento ci confermano l'esito della transazione e, per le raffle che lo prevedono, verifichiamo che l'account Instagram indicato esista e segua il nostro profilo ufficiale. I dati di navigazione sono raccolti automaticamente dal sito.

## 3. Finalità, basi giuridiche e tempi di conservazione

| Finalità | Base giuridica | Conservazione |
| Gestione degli ordini, delle spedizioni e dei resi | Esecuzione del contratto (art. 6.1.b GDPR) | 10 anni per gli obblighi fiscali e contabili |
| Gestione dell'account cliente | Esecuzione del contratto | Fino alla cancellazione dell'account |
| Organizzazione delle raffle ed estrazione dei vincitori | Esecuzione del regolamento della raffle | 90 giorni dalla chiusura della raffle |
| Prevenzione di frodi, bot e iscrizioni multiple | Legittimo interesse (art. 6.1.f GDPR) | 12 mesi |
| Invio della newsletter e degli avvisi sui drop | Consenso (art. 6.1.a GDPR) | Fino alla revoca del consenso |
| Assistenza clienti | Esecuzione del contratto o legittimo interesse | 24 mesi dalla chiusura della richiesta |
| Adempimenti di legge | Obbligo legale (art. 6.1.c GDPR) | Per il periodo previsto dalla legge |

### Natura del conferimento dei dati

Il conferimento dei dati contrassegnati come obbligatori nei moduli di registrazione, di acquisto e di iscrizione alle raffle è necessario: in mancanza non potremo evadere l'ordine o registrare la tua partecipazione. Il conferimento dei dati per l'invio della newsletter è invece facoltativo e il mancato consenso non ha alcuna conseguenza sui tuoi acquisti.

## 4. Raffle e prevenzione degli abusi

Le uscite più richieste vengono assegnate tramite raffle. Per garantire a tutti le stesse possibilità, ogni persona può partecipare una sola volta a ciascuna raffle. A questo scopo confrontiamo i dati delle iscrizioni (nome, e-mail, indirizzo di spedizione, indirizzo IP, impronta del dispositivo) e annulliamo automaticamente le iscrizioni duplicate o generate da software automatici ("bot"). Se ritieni che la tua iscrizione sia stata annullata per errore, puoi scriverci e un operatore riesaminerà il caso: la decisione finale non è mai presa soltanto in modo automatizzato.

## 5. Destinatari dei dati

I tuoi dati possono essere comunicati, esclusivamente per le finalità sopra indicate, a:

- corrieri e operatori logistici (BRT S.p.A., UPS Italia S.r.l., DHL Express Italy S.r.l.);
- fornitori di servizi di pagamento (Stripe Payments Europe Ltd., PayPal (Europe) S.à r.l. et Cie, S.C.A.);
- fornitori di servizi informatici e di hosting del sito (OVH S.r.l., Cloudflare Inc.);
- fornitore della piattaforma di e-mail marketing (Klayvio Inc.);
- consulenti fiscali e legali;
- autorità pubbliche, quando richiesto dalla legge.

I fornitori che trattano dati per nostro conto sono nominati responsabili del trattamento ai sensi dell'art. 28 GDPR. L'elenco aggiornato è disponibile su richiesta.

### Sicurezza dei dati

Adottiamo misure tecniche e organizzative adeguate per proteggere i tuoi dati da accessi non autorizzati, perdita o distruzione: connessioni cifrate, autenticazione a due fattori per il personale che accede al pannello di amministrazione del negozio, backup giornalieri e accesso ai dati limitato ai soli addetti che ne hanno effettivamente bisogno.

## 6. Trasferimento dei dati fuori dall'Unione europea

Alcuni fornitori (ad esempio Cloudflare Inc. e Klaviyo Inc.) hanno sede negli Stati Uniti. Il trasferimento avviene sulla base delle Clausole Contrattuali Standard approvate dalla Commissione europea.

## 7. I tuoi diritti

In qualsiasi momento puoi esercitare i diritti previsti dagli articoli da 15 a 22 del GDPR:

- accesso ai tuoi dati e copia degli stessi;
- rettifica dei dati inesatti;
- cancellazione ("diritto all'oblio");
- limitazione del trattamento;
- portabilità dei dati;
- opposizione al trattamento basato sul legittimo interesse;
- revoca del consenso, senza pregiudicare la liceità del trattamento svolto prima della revoca.

Per esercitare i tuoi diritti scrivi a privacy@suolanera.it. Risponderemo entro un mese dalla richiesta.

Hai inoltre il diritto di proporre reclamo al Garante per la protezione dei dati personali, Piazza di Monte Citorio n. 121, 00186 Roma, [www.garanteprivacy.it](https://www.garanteprivacy.it).

## 8. Cookie

Il sito utilizza cookie tecnici e, previo tuo consenso, cookie analitici e di profilazione. Per maggiori informazioni consulta la nostra [Cookie Policy](https://www.iubenda.com/privacy-policy/81247390/cookie-policy) o modifica le tue preferenze cliccando su "Preferenze cookie" in fondo alla pagina.

## 9. Minori

Il sito non è destinato ai minori di 16 anni. Per partecipare alle raffle e per acquistare è necessario essere maggiorenni.

## 10. Modifiche

Potremmo aggiornare questa informativa per adeguarla a novità normative o a cambiamenti dei nostri servizi. La data dell'ultimo aggiornamento è indicata in alto.
"""

EDITS = [
    {"note": "buy-now-pay-later providers added to the payment recipients (Scalapay, Klarna)",
     "repl": [("(Stripe Payments Europe Ltd., PayPal (Europe) S.à r.l. et Cie, S.C.A.);",
               "(Stripe Payments Europe Ltd., PayPal (Europe) S.à r.l. et Cie, S.C.A., Scalapay S.r.l., "
               "Klarna Bank AB);")]},
    {"note": "typo fixed: 'Klayvio' -> 'Klaviyo' (date not changed)", "bump": False,
     "repl": [("(Klayvio Inc.)", "(Klaviyo Inc.)")]},
    {"note": "the Garante's new address (Piazza Venezia 11)",
     "repl": [("Piazza di Monte Citorio n. 121, 00186 Roma", "Piazza Venezia n. 11, 00187 Roma")]},
    {"note": "a sentence added on the EU-US Data Privacy Framework",
     "repl": [("approvate dalla Commissione europea.",
               "approvate dalla Commissione europea e, per i fornitori certificati, della decisione di adeguatezza "
               "relativa al Data Privacy Framework UE-USA del 10 luglio 2023.")]},
    {"note": "raffle retention shortened: 90 -> 30 days (winners kept with the orders)",
     "repl": [("| 90 giorni dalla chiusura della raffle |",
               "| 30 giorni dalla chiusura della raffle; per i vincitori, come per gli ordini |")]},
    {"note": "new subsection: virtual queue and anti-bot check on drop days",
     "repl": [("la decisione finale non è mai presa soltanto in modo automatizzato.",
               "la decisione finale non è mai presa soltanto in modo automatizzato.\n\n"
               "### Coda virtuale nei giorni di drop\n\n"
               "Nei giorni di uscita l'accesso al sito può avvenire tramite una sala d'attesa virtuale gestita da "
               "Queue-it ApS (Danimarca), che assegna a ogni visitatore un posto in coda casuale. Per distinguere le "
               "persone dai bot utilizziamo inoltre hCaptcha (Intuition Machines Inc., Stati Uniti), che elabora "
               "l'indirizzo IP e alcune caratteristiche del browser. I dati della coda vengono cancellati entro 7 "
               "giorni dal drop.")]},
]

MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre"]
GIORNI = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MESI[d.month - 1], d.year)


DROPS = ["Nike Dunk Low \u201cGrey Fog\u201d", "Air Jordan 4 Retro \u201cMilitary Black\u201d",
         "New Balance 550 \u201cWhite Green\u201d", "adidas Samba OG \u201cCloud White\u201d",
         "Air Jordan 1 High OG \u201cChicago Lost &amp; Found\u201d", "Nike SB Dunk Low \u201cBig Money Savings\u201d",
         "Asics Gel-Kayano 14 \u201cCream Black\u201d", "New Balance 2002R \u201cProtection Pack Rain Cloud\u201d",
         "Air Jordan 3 Retro \u201cWhite Cement Reimagined\u201d", "Salomon XT-6 \u201cBlack Phantom\u201d",
         "Nike Air Max 1 \u201986 OG \u201cBig Bubble Red\u201d", "adidas Gazelle Indoor \u201cBlue Fusion\u201d"]

PS8_FROM = dt.datetime(2023, 9, 18)


def noise(rng, when, i, prev):
    p = prev or {}
    ps = "8.1.2" if when >= PS8_FROM else "1.7.8.8"
    theme = C.keep_or(rng, p.get("theme") if p.get("ps") == ps else None, 0.15,
                      lambda: (C.hexs(rng, 9), C.hexs(rng, 9), str(C.epoch(when) - rng.randint(86400, 40 * 86400))))
    # the next drop: Saturday 10:00 of this or next week; the raffle closes on Thursday 23:59 before it
    sat = dt.datetime(when.year, when.month, when.day, 10, 0) + dt.timedelta(days=(5 - when.weekday()) % 7)
    if sat <= when:
        sat += dt.timedelta(days=7)
    drop = DROPS[(sat.toordinal() // 7) % len(DROPS)]
    close = dt.datetime(sat.year, sat.month, sat.day, 23, 59) - dt.timedelta(days=2)
    if when < close:
        left = close - when
        cd = ("raffle", "%dg %02dh %02dm" % (left.days, left.seconds // 3600, left.seconds % 3600 // 60))
    else:
        cd = ("fcfs", "%s %d %s ore 10:00" % (GIORNI[sat.weekday()], sat.day, MESI[sat.month - 1]))
    return {"ps": ps, "theme": theme, "drop": (drop, sat.strftime("%Y-%m-%dT%H:%M")), "countdown": cd,
            "tokens": (C.hexs(rng, 32), C.hexs(rng, 32), C.epoch(when))}


LABELS = {"ps": "PrestaShop 1.7.8 -> 8.1 upgrade", "theme": "CCC asset-cache file names (theme deploy)",
          "drop": "drop banner: next release", "countdown": "drop banner: raffle closing countdown (live)",
          "tokens": "prestashop.static_token / token / time (per request)"}


def _content(blocks):
    out = []
    for b in blocks:
        if b[0] == "table":
            rows = b[1]
            out.append('<table class="table table-bordered" style="width: 100%%;"><thead><tr>%s</tr></thead><tbody>'
                       '%s</tbody></table>' % (
                           "".join("<th>%s</th>" % C.inline_html(c) for c in rows[0]),
                           "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(c) for c in r)
                                   for r in rows[1:])))
        elif b[0] == "p" and b[1].startswith("Ultimo aggiornamento"):
            out.append("<p><em>%s</em></p>" % C.inline_html(b[1]))
        else:
            out.append(C.block_html(b))
    return "\n".join(out)


def _prestashop_js(s):
    st, tok, t = s["tokens"]
    obj = {
        "cart": {"products": [], "totals": {"total": {"type": "total", "label": "Totale", "amount": 0,
                                                      "value": "0,00\u00a0\u20ac"}},
                 "subtotals": {"products": {"type": "products", "label": "Totale parziale", "amount": 0,
                                            "value": "0,00\u00a0\u20ac"}},
                 "products_count": 0, "summary_string": "0 articoli", "vouchers": {"allowed": 1, "added": []},
                 "minimalPurchase": 0, "minimalPurchaseRequired": ""},
        "currency": {"id": 1, "name": "Euro", "iso_code": "EUR", "iso_code_num": "978", "sign": "\u20ac"},
        "customer": {"lastname": None, "firstname": None, "email": None, "birthday": None, "newsletter": None,
                     "is_logged": False, "gender": {"type": None, "name": None}, "addresses": []},
        "language": {"name": "Italiano (Italian)", "iso_code": "it", "locale": "it-IT", "language_code": "it-it",
                     "is_rtl": "0", "date_format_lite": "d/m/Y", "date_format_full": "d/m/Y H:i:s", "id": 1},
        "page": {"title": "", "canonical": URL, "meta": {"title": "Privacy Policy",
                                                        "description": "Informativa sul trattamento dei dati personali",
                                                        "keywords": "", "robots": "index"},
                 "page_name": "cms", "body_classes": {"lang-it": True, "lang-rtl": False, "country-IT": True,
                                                      "currency-EUR": True, "layout-full-width": True,
                                                      "page-cms": True, "tax-display-enabled": True,
                                                      "cms-id-2": True},
                 "admin_notifications": []},
        "shop": {"name": "Suola Nera", "logo": "https://www.suolanera.it/img/logo-1662027134.jpg",
                 "stores_icon": "https://www.suolanera.it/img/logo_stores.png", "favicon": "https://www.suolanera.it/img/favicon.ico"},
        "urls": {"base_url": "https://www.suolanera.it/", "current_url": URL, "shop_domain_url": "https://www.suolanera.it",
                 "pages": {"cart": "https://www.suolanera.it/carrello", "order": "https://www.suolanera.it/ordine",
                           "authentication": "https://www.suolanera.it/login", "my_account": "https://www.suolanera.it/account"}},
        "configuration": {"display_taxes_label": False, "display_prices_tax_incl": True, "is_catalog": False,
                          "show_prices": True, "opt_in": {"partner": False}, "quantity_discount": {"type": "discount",
                                                                                                  "label": "Sconto unità"},
                          "voucher_enabled": 1, "return_enabled": 1},
        "field_required": [], "breadcrumb": {"links": [{"title": "Home", "url": "https://www.suolanera.it/"},
                                                       {"title": "Privacy Policy", "url": URL}], "count": 2},
        "link": {"protocol_link": "https://", "protocol_content": "https://"},
        "time": t, "static_token": st, "token": tok, "debug": False,
    }
    if s["ps"].startswith("8"):
        obj["modules"] = {"ps_emailsubscription": {"subscription_url": "https://www.suolanera.it/module/ps_emailsubscription/subscription"}}
        obj["customer"]["is_guest"] = "0"
    return json.dumps(obj, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")


def render(s, blocks, when):
    css, js, icon_v = s["theme"]
    drop, _ = s["drop"]
    kind, txt = s["countdown"]
    if kind == "raffle":
        banner_tail = '<span class="sn-dropbar__timer">Raffle aperta &middot; chiude tra <b>%s</b></span>' % txt
    else:
        banner_tail = '<span class="sn-dropbar__timer">Uscita first come first served &middot; <b>%s</b></span>' % txt
    title = blocks[0][1]
    menu = "".join('<li class="category" id="category-%d"><a class="dropdown-item" href="https://www.suolanera.it/%d-%s" data-depth="0">%s</a></li>' % (
        n, n, slug, lab) for n, slug, lab in ((12, "novita", "Novità"), (13, "drop", "Drop"), (14, "raffle", "Raffle"),
                                              (3, "uomo", "Uomo"), (4, "donna", "Donna"), (18, "brand", "Brand"),
                                              (22, "outlet", "Outlet")))
    version_comment = "" if s["ps"].startswith("8") else "\n  <!-- Block search module TOP -->"
    return """<!doctype html>
<html lang="it-IT">

  <head>
    
      
  <meta charset="utf-8">


  <meta http-equiv="x-ua-compatible" content="ie=edge">



  <title>Privacy Policy</title>
  
  <meta name="description" content="Informativa sul trattamento dei dati personali">
  <meta name="keywords" content="">
        <link rel="canonical" href="{url}">
    
      

  
    <script type="application/ld+json">
  {{
    "@context": "https://schema.org",
    "@type": "Organization",
    "name" : "Suola Nera",
    "url" : "https://www.suolanera.it/"
  }}
</script>

  <meta name="viewport" content="width=device-width, initial-scale=1">



  <link rel="icon" type="image/vnd.microsoft.icon" href="https://www.suolanera.it/img/favicon.ico?{iv}">
  <link rel="shortcut icon" type="image/x-icon" href="https://www.suolanera.it/img/favicon.ico?{iv}">



    <link rel="stylesheet" href="https://www.suolanera.it/themes/suolanera/assets/cache/theme-{css}.css" type="text/css" media="all">




  

  <script type="text/javascript">
        var prestashop = {ps_js};
        var psemailsubscription_subscription = "https:\\/\\/www.suolanera.it\\/module\\/ps_emailsubscription\\/subscription";
      </script>



  <script type="text/javascript">
var _iub = _iub || [];
_iub.csConfiguration = {{"askConsentAtCookiePolicyUpdate":true,"countryDetection":true,"enableFadp":true,"enableLgpd":true,"enableUspr":true,"floatingPreferencesButtonDisplay":"bottom-left","lang":"it","perPurposeConsent":true,"siteId":2914561,"cookiePolicyId":81247390,"banner":{{"acceptButtonDisplay":true,"closeButtonRejects":true,"customizeButtonDisplay":true,"explicitWithdrawal":true,"listPurposes":true,"position":"float-bottom-center","rejectButtonDisplay":true}}}};
</script>
<script type="text/javascript" src="//cs.iubenda.com/autoblocking/2914561.js"></script>
<script type="text/javascript" src="//cdn.iubenda.com/cs/iubenda_cs.js" charset="UTF-8" async></script>
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-QX51R0LM2E"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-QX51R0LM2E');</script>



    
  </head>

  <body id="cms" class="lang-it country-it currency-eur layout-full-width page-cms tax-display-enabled cms-id-2">

    
      
    

    <main>
      
              

      <header id="header">
        
          
  <div class="header-banner">
    <div class="sn-dropbar" data-drop="{drop_slug}">
  <a href="https://www.suolanera.it/14-raffle"><span class="sn-dropbar__label">Prossimo drop</span> <strong>{drop}</strong></a>
  {banner_tail}
</div>

  </div>



  <nav class="header-nav">
    <div class="container">
      <div class="row">
        <div class="hidden-sm-down">
          <div class="col-md-5 col-xs-12">
            <div id="_desktop_contact_link">
  <div id="contact-link">
                Chiamaci: <span>02 8907 3310</span>
      </div>
</div>
<div class="sn-shipping-note">Spedizione gratuita in Italia sopra i 150 &euro; &middot; Reso entro 14 giorni</div>

          </div>
          <div class="col-md-7 right-nav">
              <div id="_desktop_user_info">
  <div class="user-info">
          <a
        href="https://www.suolanera.it/account"
        title="Accedi al tuo account cliente"
        rel="nofollow"
      >
        <i class="material-icons">&#xE7FF;</i>
        <span class="hidden-sm-down">Accedi</span>
      </a>
      </div>
</div>
<div id="_desktop_cart">
  <div class="blockcart cart-preview inactive" data-refresh-url="//www.suolanera.it/module/ps_shoppingcart/ajax">
    <div class="header">
              <i class="material-icons shopping-cart" aria-hidden="true">shopping_cart</i>
        <span class="hidden-sm-down">Carrello</span>
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
                                    
  <a href="https://www.suolanera.it/">
    <img
      class="logo img-fluid"
      src="https://www.suolanera.it/img/logo-1662027134.jpg"
      alt="Suola Nera"
      width="180"
      height="48">
  </a>

                              </div>
        <div class="header-top-right col-md-10 col-sm-12 position-static">
          

<div class="menu js-top-menu position-static hidden-sm-down" id="_desktop_top_menu">
    
          <ul class="top-menu" id="top-menu" data-depth="0">{menu}</ul>
    
    <div class="clearfix"></div>
</div>
{vc}
<div id="search_widget" class="search-widgets" data-search-controller-url="//www.suolanera.it/ricerca">
  <form method="get" action="//www.suolanera.it/ricerca">
    <input type="hidden" name="controller" value="search">
    <i class="material-icons search" aria-hidden="true">search</i>
    <input type="text" name="s" value="" placeholder="Cerca nel catalogo" aria-label="Cerca">
    <i class="material-icons clear" aria-hidden="true">clear</i>
  </form>
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
          
            <nav data-depth="2" class="breadcrumb hidden-sm-down">
  <ol>
    
              
          <li>
                          <a href="https://www.suolanera.it/"><span>Home</span></a>
                      </li>
        
              
          <li>
                          <span>Privacy Policy</span>
                      </li>
        
          
  </ol>
</nav>
          

          <div class="row">
            

            
  <div id="content-wrapper" class="js-content-wrapper col-xs-12">
    
    

  <section id="main">

    
      <header class="page-header">
        <h1>
  {title}
</h1>
      </header>
    

    
  <section id="content" class="page-content page-cms page-cms-2">

    
      {content}
    

    
      
    

    
      
    

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
    <p id="block-newsletter-label" class="col-md-5 col-xs-12">Ricevi in anteprima le date dei drop e delle raffle</p>
    <div class="col-md-7 col-xs-12">
      <form action="https://www.suolanera.it/content/2-privacy-policy#blockEmailSubscription_displayFooterBefore" method="post">
        <div class="row">
          <div class="col-xs-12">
            <input class="btn btn-primary float-xs-right hidden-xs-down" name="submitNewsletter" type="submit" value="Iscriviti">
            <div class="input-wrapper">
              <input name="email" type="email" value="" placeholder="Il tuo indirizzo e-mail" aria-labelledby="block-newsletter-label" required>
            </div>
            <input type="hidden" name="blockHookName" value="displayFooterBefore" />
            <input type="hidden" name="action" value="0">
            <div class="clearfix"></div>
          </div>
          <div class="col-xs-12">
                              <p>Puoi annullare l'iscrizione in ogni momento. Trovi i nostri contatti nell'informativa sulla privacy.</p>
                                                          
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
      <p class="h3 hidden-sm-down">Informazioni</p>
      <ul id="footer_sub_menu_1" class="collapse">
                  <li><a id="link-cms-page-1-1" class="cms-page-link" href="https://www.suolanera.it/content/1-spedizioni" title="Tempi e costi di spedizione">Spedizioni</a></li>
                  <li><a id="link-cms-page-2-1" class="cms-page-link" href="https://www.suolanera.it/content/2-privacy-policy" title="Informativa sul trattamento dei dati personali">Privacy Policy</a></li>
                  <li><a id="link-cms-page-3-1" class="cms-page-link" href="https://www.suolanera.it/content/3-termini-e-condizioni" title="Termini e condizioni di vendita">Termini e condizioni</a></li>
                  <li><a id="link-cms-page-6-1" class="cms-page-link" href="https://www.suolanera.it/content/6-regolamento-raffle" title="Regolamento delle raffle">Regolamento raffle</a></li>
                  <li><a id="link-static-page-contact-1" class="cms-page-link" href="https://www.suolanera.it/contattaci" title="Usa il modulo per contattarci">Contattaci</a></li>
              </ul>
    </div>
    </div>
</div>
<div class="block-contact col-md-3 links wrapper">
  <div class="hidden-sm-down">
    <p class="h4 text-uppercase block-contact-title">Informazioni negozio</p>
      Suola Nera S.r.l.<br />Via Tortona 27<br />20144 Milano<br />Italia
              <br>
                Chiamaci: <span>02 8907 3310</span>
                          <br>
                Inviaci un'e-mail: <a href="mailto:ciao@suolanera.it" class="dropdown">ciao@suolanera.it</a>
        </div>
</div>

      
    </div>
    <div class="row">
      <div class="col-md-12">
        <p class="text-sm-center">
          &copy; {year} Suola Nera S.r.l. &middot; P.IVA 10958430965 &middot; <a href="#" class="iubenda-cs-preferences-link">Preferenze cookie</a>
        </p>
      </div>
    </div>
  </div>
</div>

        
      </footer>

    </main>

    
        <script type="text/javascript" src="https://www.suolanera.it/themes/suolanera/assets/cache/bottom-{js}.js" ></script>


    

    
      
    
  </body>

</html>""".format(url=URL, iv=icon_v, css=css, js=js, ps_js=_prestashop_js(s), drop_slug=C.det_sha(drop)[:8],
                  drop=drop, banner_tail=banner_tail, menu=menu, vc=version_comment, title=C.inline_html(title),
                  content=_content(blocks[1:]), year=when.year)


PAGE = {
    "service": "Suola Nera",
    "url": URL,
    "lang": "it",
    "platform": "PrestaShop 1.7.8 -> 8.1 (classic-based theme), iubenda",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("Cache-Control", "no-store, no-cache"),
                      ("Set-Cookie", "PrestaShop-9d4e1c2b7a3f=def502; path=/; domain=www.suolanera.it; secure; HttpOnly")),
    "n": 30,
    "start": dt.date(2022, 2, 1),
    "end": dt.date(2025, 5, 31),
    "policy": POLICY,
    "first_updated": dt.date(2021, 10, 4),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#main"},
}
