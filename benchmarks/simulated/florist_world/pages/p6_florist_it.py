"""Le Gardenie - it florist with same-day delivery (Milan) - WordPress + WooCommerce on Flatsome 3 (UX Builder),
WP Rocket page cache, Yoast SEO, iubenda Cookie Solution."""
import datetime as dt
import os
import sys

import common as C

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fkit as K  # noqa: E402

URL = "https://www.legardenie.it/privacy-policy/"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["it"][d.month - 1], d.year)


POLICY = K.unwrap("""
# Informativa sulla privacy

Ultimo aggiornamento: {UPDATED}

La presente informativa descrive come Le Gardenie S.r.l. tratta i dati personali degli utenti che visitano il sito
legardenie.it e acquistano fiori, piante e regali con consegna a domicilio, ai sensi degli articoli 13 e 14 del
Regolamento (UE) 2016/679 (“GDPR”) e del D.Lgs. 196/2003 (“Codice Privacy”).

## Titolare del trattamento

@ Le Gardenie S.r.l.
@ Via Paolo Sarpi 27, 20154 Milano (MI)
@ P.IVA 09876543210
@ Email: [privacy@legardenie.it](mailto:privacy@legardenie.it)
@ Tel. 02 3456 7890

## Tipologie di dati trattati

- **Dati del cliente**: nome, cognome, indirizzo email, numero di telefono, indirizzo di fatturazione e, se
  richiesto, codice fiscale o partita IVA.
- **Dati del destinatario**: nome, indirizzo di consegna, numero di telefono e testo del biglietto che accompagna i
  fiori.
- **Dati di pagamento**: il pagamento è gestito direttamente dai fornitori dei servizi di pagamento; non conserviamo
  i dati completi della carta.
- **Dati di navigazione**: indirizzo IP, tipo di browser e dispositivo, pagine visitate, raccolti anche tramite cookie.

## Finalità e base giuridica del trattamento

| Finalità | Base giuridica | Conservazione |
| Gestione dell’ordine, della consegna e dell’assistenza | Esecuzione del contratto (art. 6.1.b GDPR) | 10 anni per
  i dati contabili |
| Adempimenti fiscali e contabili | Obbligo di legge (art. 6.1.c GDPR) | 10 anni |
| Invio della newsletter e di promozioni | Consenso (art. 6.1.a GDPR) | Fino alla revoca del consenso |
| Promemoria delle ricorrenze salvate nell’account | Consenso (art. 6.1.a GDPR) | Fino alla cancellazione del
  promemoria |
| Prevenzione delle frodi nei pagamenti | Legittimo interesse (art. 6.1.f GDPR) | 24 mesi |
| Statistiche sull’uso del sito | Legittimo interesse (art. 6.1.f GDPR) | 14 mesi |

I dati del destinatario ci vengono forniti da te: li utilizziamo esclusivamente per preparare e consegnare l’ordine.
Il testo del biglietto viene cancellato 60 giorni dopo la consegna.

## Destinatari dei dati

I dati possono essere comunicati, nei limiti necessari, ai seguenti soggetti, nominati responsabili del trattamento
ove previsto:

| Destinatario | Servizio |
| Stripe Payments Europe Ltd. | Pagamenti con carta |
| PayPal (Europe) S.à r.l. et Cie, S.C.A. | Pagamenti PayPal |
| Fioristi partner della rete Le Gardenie | Consegna fuori Milano |
| BRT S.p.A. | Spedizione di piante e regali |
| Mailchimp (The Rocket Science Group LLC) | Invio della newsletter |
| Google Ireland Limited | Statistiche (Google Analytics 4) |

## Trasferimento dei dati fuori dall’Unione europea

Alcuni fornitori, come Mailchimp e Google, possono trattare dati negli Stati Uniti. Il trasferimento avviene sulla
base della decisione di adeguatezza della Commissione europea relativa all’EU-U.S. Data Privacy Framework o delle
clausole contrattuali standard.

## Diritti dell’interessato

In qualsiasi momento puoi esercitare i diritti previsti dagli articoli 15-22 del GDPR: accesso, rettifica,
cancellazione, limitazione, portabilità e opposizione al trattamento, nonchè revocare il consenso prestato. Le
richieste vanno inviate a [privacy@legardenie.it](mailto:privacy@legardenie.it).

Hai inoltre il diritto di proporre reclamo al Garante per la protezione dei dati personali
([www.garanteprivacy.it](https://www.garanteprivacy.it)).

## Cookie

Il sito utilizza cookie tecnici e, previo consenso, cookie di statistica e marketing. Puoi modificare le tue scelte
in qualsiasi momento tramite il link “Preferenze cookie” presente in fondo a ogni pagina. Per maggiori informazioni
consulta la [Cookie Policy](https://www.legardenie.it/cookie-policy/).

## Sicurezza dei dati

Adottiamo misure tecniche e organizzative adeguate a proteggere i dati personali da perdita, uso illecito e accessi
non autorizzati: il sito utilizza una connessione cifrata (HTTPS), l’accesso ai dati degli ordini è riservato al
personale che ne ha bisogno per il proprio lavoro e i backup sono conservati su server situati nell’Unione europea.

## Modifiche all’informativa

Le Gardenie S.r.l. può modificare la presente informativa in qualsiasi momento. Ti invitiamo a consultare
periodicamente questa pagina.
""")

EDITS = [
    {"note": "recipients table: Satispay row added",
     "repl": [("| PayPal (Europe) S.à r.l. et Cie, S.C.A. | Pagamenti PayPal |",
               "| PayPal (Europe) S.à r.l. et Cie, S.C.A. | Pagamenti PayPal |\n"
               "| Satispay Europe S.A. | Pagamenti Satispay |")]},
    {"note": "card-text retention 60 -> 30 days",
     "repl": [("Il testo del biglietto viene cancellato 60 giorni dopo la consegna.",
               "Il testo del biglietto viene cancellato 30 giorni dopo la consegna.")]},
    {"note": "typo fixed without a new date (nonchè -> nonché)", "bump": False,
     "repl": [("nonchè revocare", "nonché revocare")]},
    {"note": "controller address moved within Milan (Via Paolo Sarpi 27 -> Viale Monza 140)",
     "repl": [("@ Via Paolo Sarpi 27, 20154 Milano (MI)", "@ Viale Monza 140, 20127 Milano (MI)")]},
    {"note": "newsletter processor replaced: Mailchimp -> Brevo (table row and transfer paragraph)",
     "repl": [("| Mailchimp (The Rocket Science Group LLC) | Invio della newsletter |",
               "| Brevo (Sendinblue SAS) | Invio della newsletter |"),
              ("Alcuni fornitori, come Mailchimp e Google, possono", "Alcuni fornitori, come Google, possono")]},
    {"note": "new section 'Recensioni' (Feedaty review invitations) before Cookie",
     "repl": [("## Cookie\n",
               "## Recensioni\n\nDopo la consegna ti inviamo, tramite il servizio Feedaty di Zoorate S.r.l., un invito "
               "facoltativo a recensire il tuo acquisto. Per l’invito utilizziamo il tuo nome, il tuo indirizzo "
               "email e i prodotti ordinati, sulla base del nostro legittimo interesse a raccogliere opinioni "
               "verificate.\n\n"
               "## Cookie\n")]},
]

PROMO = {
    "valentino": ("San Valentino", "rose rosse consegnate a mano il 14 febbraio in tutta Milano"),
    "donna": ("Festa della Donna", "mimose fresche e bouquet primaverili dal 1° all’8 marzo"),
    "mamma": ("Festa della Mamma", "ordina entro venerdì per la consegna di domenica %d maggio"),
    "defunti": ("Commemorazione dei defunti", "composizioni e cuscini con consegna al cimitero"),
    "natale": ("Natale", "stelle di Natale e centrotavola, ultime consegne il 24 dicembre"),
    "base": ("Consegna in giornata", "a Milano e provincia per ordini entro le 13:00, 7 giorni su 7"),
}

POSTS = ["Come far durare di più i fiori recisi", "Il significato dei colori delle rose",
         "Piante da appartamento facili da curare", "Fiori di stagione: cosa regalare in primavera",
         "Bouquet da sposa: le tendenze dell’anno", "Orchidee: guida alla cura",
         "Cosa scrivere sul biglietto dei fiori", "Fiori per la Festa della Mamma: idee",
         "Piante che resistono al caldo sul balcone", "Il linguaggio dei fiori", "Composizioni natalizie fai da te",
         "Stelle di Natale: come curarle dopo le feste", "Fiori per un anniversario",
         "Girasoli: curiosità e consigli"]

MODIFIED = {}


def campaign(d):
    mamma = K.nth_weekday(d.year, 5, 6, 2)
    return K.season(d, [("valentino", (2, 1), (2, 14)), ("donna", (3, 1), (3, 8)),
                        ("mamma", mamma - dt.timedelta(days=18), mamma), ("defunti", (10, 25), (11, 2)),
                        ("natale", (12, 1), (12, 24))], "base")


def noise(rng, when, i, prev):
    prev = prev or {}
    local = K.eu_local(when, 1)
    s = {"ids": tuple(rng.randint(10 ** 9, 4 * 10 ** 9) for _ in range(4))}
    s["rocket"] = K.epoch(when) - rng.randint(60, 9 * 3600)
    s["nonce"] = C.keep_or(rng, prev.get("nonce"), 0.9,
                           lambda: (C.hexs(rng, 10), K.epoch(when) - rng.randint(0, 40000)))
    s["campaign"] = campaign(local.date())
    s["versions"] = C.keep_or(rng, prev.get("versions"), 0.3,
                              lambda: ("3.%d.%d" % (15 + (when.year - 2022) * 2 + rng.randint(0, 1), rng.randint(0, 4)),
                                       "%d.%d.%d" % (6 + (when.year - 2022) * 2 + rng.randint(0, 1),
                                                     rng.randint(0, 9), rng.randint(0, 3)),
                                       "%d.%d" % (19 + (when.year - 2022) * 4 + rng.randint(0, 3), rng.randint(0, 2))))
    s["resave"] = C.keep_or(rng, prev.get("resave"), 0.1, lambda: C.hexs(rng, 6))
    s["blog"] = (local.year, local.month, local.day)
    return s


LABELS = {"ids": "Flatsome random element ids (section_/row-/col-/text-) and their <style> INSIDE .entry-content "
                 "(removed with the section)",
          "campaign": "promo UX block at the top of .entry-content (San Valentino, Festa della Donna, Festa della "
                      "Mamma, defunti, Natale) INSIDE .entry-content (removed)",
          "rocket": "WP Rocket 'cached@' build time comment",
          "nonce": "WooCommerce Store API nonce and timestamp (wcBlocksMiddlewareConfig)",
          "versions": "Flatsome / WooCommerce / Yoast ?ver= and generator versions (plugin updates)",
          "resave": "page re-saved in the editor (Yoast dateModified moves)",
          "blog": "footer 'Dal nostro blog' latest three posts",
          "modified": "Yoast schema dateModified"}


def promo_section(s):
    sec, row, col, txt = s["ids"]
    title, text = PROMO[s["campaign"]]
    if "%d" in text:
        y = s["blog"][0]
        text = text % K.nth_weekday(y, 5, 6, 2).day
    return ('<section class="section" id="section_%d">\n\t\t<div class="section-bg fill" >\n\t\t\t\t\t\t\t\t\n\n\t\t\t'
            '\t\t</div>\n\t\t\n\t\t<div class="section-content relative">\n\t\t\t\n<div class="row"  id="row-%d">\n\n\t'
            '<div id="col-%d" class="col small-12 large-12"  >\n\t\t\t\t<div class="col-inner"  >'
            '\n\t\t\t\n\t\t\t\n\t<div '
            'id="text-%d" class="text text-center">\n\t\t<p><strong>%s</strong> – %s</p>\n\t\t\n<style>\n#text-%d {\n  '
            'font-size: 1.1rem;\n  color: rgb(122, 31, 61);\n}\n</style>\n\t</div>\n\t\n\t\t</div>'
            '\n\t\t\t\t\t</div>\n\n'
            '\t\t\n</div>\n\t\t</div>\n\n\t\t\n<style>\n#section_%d {\n  padding-top: 24px;\n  '
            'padding-bottom: 12px;\n  '
            'background-color: rgb(248, 236, 238);\n}\n</style>\n\t</section>\n'
            % (sec, row, col, txt, C.esc(title), C.esc(text), txt, sec))


def blog(s):
    y, m, d = s["blog"]
    today = dt.date(y, m, d)
    posts = []
    for yy in range(2021, 2027):
        for mm in range(1, 13):
            pd = dt.date(yy, mm, 3 + (yy * 7 + mm * 5) % 20)
            if pd <= today:
                posts.append((pd, POSTS[(yy * 12 + mm) % len(POSTS)]))
    out = []
    for pd, t in posts[-3:][::-1]:
        slug = "-".join(t.lower().replace(":", "").replace("’", "-").split())
        out.append('<li class="recent-blog-posts-li"><div class="flex-row recent-blog-posts align-top pt-half pb-half">'
                   '<div class="flex-col mr-half"><div class="badge post-date badge-outline"><div '
                   'class="badge-inner bg-fill">'
                   '<span class="post-date-day">%02d</span><br><span class="post-date-month is-xsmall">%s</span></div>'
                   '</div></div><div class="flex-col flex-grow"><a href="https://www.legardenie.it/blog/%s/" '
                   'title="%s">'
                   '%s</a></div></div></li>' % (pd.day, K.MONTHS["it"][pd.month - 1][:3].capitalize(), slug,
                                                C.attr(t), C.esc(t)))
    return "\n".join(out)


def content(blocks):
    def table(rows, inl):
        head = "".join("<th>%s</th>" % inl(x) for x in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(x) for x in r) for r in rows[1:])
        return ('<figure class="wp-block-table is-style-stripes"><table><thead><tr>%s</tr></thead><tbody>%s</tbody>'
                '</table></figure>' % (head, body))

    return C.render_blocks(blocks, tags={"h2": ' class="wp-block-heading"'}, table=table, sep="\n\n")


TEMPLATE = """<!DOCTYPE html>
<html lang="it-IT" class="loading-site no-js">
<head>
	<meta charset="UTF-8" />
	<link rel="profile" href="http://gmpg.org/xfn/11" />
	<link rel="pingback" href="https://www.legardenie.it/xmlrpc.php" />

	<script>(function(html){html.className = html.className.replace(/\\bno-js\\b/,'js')})(document.documentElement);</scri\
pt>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<meta name="viewport" content="width=device-width, initial-scale=1" />
	<!-- This site is optimized with the Yoast SEO plugin v@@yoast@@ - https://yoast.com/wordpress/plugins/seo/ -->
	<title>Informativa sulla privacy - Le Gardenie</title>
	<link rel="canonical" href="https://www.legardenie.it/privacy-policy/" />
	<meta property="og:locale" content="it_IT" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="Informativa sulla privacy - Le Gardenie" />
	<meta property="og:url" content="https://www.legardenie.it/privacy-policy/" />
	<meta property="og:site_name" content="Le Gardenie" />
	<meta property="article:modified_time" content="@@modified@@" />
	<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Web\
Page","@id":"https://www.legardenie.it/privacy-policy/","url":"https://www.legardenie.it/privacy-policy/","name":"Infor\
mativa sulla privacy - Le Gardenie","isPartOf":{"@id":"https://www.legardenie.it/#website"},"datePublished":"2019-05-14\
T08:12:40+00:00","dateModified":"@@modified@@","breadcrumb":{"@id":"https://www.legardenie.it/privacy-policy/#breadcrum\
b"},"inLanguage":"it-IT","potentialAction":[{"@type":"ReadAction","target":["https://www.legardenie.it/privacy-policy/"\
]}]},{"@type":"WebSite","@id":"https://www.legardenie.it/#website","url":"https://www.legardenie.it/","name":"Le Garden\
ie","description":"Fiori a domicilio a Milano","inLanguage":"it-IT"}]}</script>
	<!-- / Yoast SEO plugin. -->

<script type="text/javascript">
var _iub = _iub || [];
_iub.csConfiguration = {"askConsentAtCookiePolicyUpdate":true,"countryDetection":true,"enableFadp":true,"floatingPrefer\
encesButtonDisplay":"bottom-left","lang":"it","perPurposeConsent":true,"siteId":2847561,"cookiePolicyId":39857214,"bann\
er":{"acceptButtonDisplay":true,"closeButtonRejects":true,"customizeButtonDisplay":true,"explicitWithdrawal":true,"posi\
tion":"float-bottom-center","rejectButtonDisplay":true}};
</script>
<script type="text/javascript" src="//cs.iubenda.com/autoblocking/2847561.js"></script>
<script type="text/javascript" src="//cdn.iubenda.com/cs/iubenda_cs.js" charset="UTF-8" async></script>
<link rel='prefetch' href='https://www.legardenie.it/wp-content/themes/flatsome/assets/js/flatsome.js?ver=@@flatsome@@'\
 />
<link rel='stylesheet' id='wp-block-library-css' href='https://www.legardenie.it/wp-includes/css/dist/block-library/sty\
le.min.css?ver=6.4.3' type='text/css' media='all' />
<link rel='stylesheet' id='flatsome-main-css' href='https://www.legardenie.it/wp-content/themes/flatsome/assets/css/fla\
tsome.css?ver=@@flatsome@@' type='text/css' media='all' />
<link rel='stylesheet' id='flatsome-shop-css' href='https://www.legardenie.it/wp-content/themes/flatsome/assets/css/fla\
tsome-shop.css?ver=@@flatsome@@' type='text/css' media='all' />
<link rel='stylesheet' id='flatsome-style-css' href='https://www.legardenie.it/wp-content/themes/flatsome-child/style.c\
ss?ver=3.0' type='text/css' media='all' />
<script type="text/javascript" src="https://www.legardenie.it/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery\
-core-js"></script>
<meta name="generator" content="WooCommerce @@woo@@" />
	<noscript><style>.woocommerce-product-gallery{ opacity: 1 !important; }</style></noscript>
	<style id="custom-css" type="text/css">:root {--primary-color: #7a1f3d;}.header-main{height: 90px}#logo img{max-height\
: 90px}</style>
</head>

<body class="privacy-policy page-template-default page page-id-3 theme-flatsome woocommerce-no-js lightbox nav-dropdown\
-has-arrow nav-dropdown-has-shadow nav-dropdown-has-border">


<a class="skip-link screen-reader-text" href="#main">Vai al contenuto</a>

<div id="wrapper">

	
	<header id="header" class="header has-sticky sticky-jump">
		<div class="header-wrapper">
			<div id="top-bar" class="header-top hide-for-sticky nav-dark flex-has-center">
    <div class="flex-row container">
      <div class="flex-col hide-for-medium flex-center">
          <ul class="nav nav-center nav-small  nav-divided">
              <li class="html custom html_topbar_left">Fiori freschi ogni giorno dal nostro laboratorio di Milano</li> \
         </ul>
      </div>
    </div>
</div>
<div id="masthead" class="header-main ">
      <div class="header-inner flex-row container logo-left medium-logo-center" role="navigation">
          <div id="logo" class="flex-col logo">
<a href="https://www.legardenie.it/" title="Le Gardenie - Fiori a domicilio a Milano" rel="home">
<img width="300" height="90" src="https://www.legardenie.it/wp-content/uploads/2021/03/logo-legardenie.png" class="head\
er_logo header-logo" alt="Le Gardenie"/></a>
          </div>
          <div class="flex-col hide-for-medium flex-left flex-grow">
            <ul class="header-nav header-nav-main nav nav-left  nav-uppercase" >
              <li id="menu-item-211" class="menu-item menu-item-type-taxonomy menu-item-object-product_cat menu-item-21\
1 menu-item-design-default"><a href="https://www.legardenie.it/categoria-prodotto/bouquet/" class="nav-top-link">Bouque\
t</a></li>
<li id="menu-item-212" class="menu-item menu-item-type-taxonomy menu-item-object-product_cat menu-item-212 menu-item-de\
sign-default"><a href="https://www.legardenie.it/categoria-prodotto/piante/" class="nav-top-link">Piante</a></li>
<li id="menu-item-213" class="menu-item menu-item-type-taxonomy menu-item-object-product_cat menu-item-213 menu-item-de\
sign-default"><a href="https://www.legardenie.it/categoria-prodotto/composizioni/" class="nav-top-link">Composizioni</a\
></li>
<li id="menu-item-214" class="menu-item menu-item-type-taxonomy menu-item-object-product_cat menu-item-214 menu-item-de\
sign-default"><a href="https://www.legardenie.it/categoria-prodotto/cerimonie/" class="nav-top-link">Cerimonie</a></li>
            </ul>
          </div>
          <div class="flex-col hide-for-medium flex-right">
            <ul class="header-nav header-nav-main nav nav-right  nav-uppercase">
              <li class="account-item has-icon"><a href="https://www.legardenie.it/mio-account/" class="nav-top-link na\
v-top-not-logged-in is-small" data-open="#login-form-popup"><span>Accedi</span></a></li>
<li class="cart-item has-icon has-dropdown"><a href="https://www.legardenie.it/carrello/" title="Carrello" class="heade\
r-cart-link is-small"><span class="header-cart-title">Carrello   /      <span class="cart-price"><span class="woocommer\
ce-Price-amount amount"><bdi>0,00&nbsp;<span class="woocommerce-Price-currencySymbol">&euro;</span></bdi></span></span>\
</span></a></li>
            </ul>
          </div>
      </div>
</div>
		</div>
	</header>

	
	<main id="main" class="">
<div id="content" class="content-area page-wrapper" role="main">
	<div class="row row-main">
		<div class="large-12 col">
			<div class="col-inner">

									<header class="entry-header">
						<h1 class="entry-title mb uppercase">@@title@@</h1>
					</header>
				
							
								<div class="entry-content">
	@@promo@@
@@content@@
	</div>

				
			</div>
		</div>
	</div>
</div>


</main>

<footer id="footer" class="footer-wrapper">

	<div class="footer-widgets footer footer-2 dark">
		<div class="row dark large-columns-3 mb-0">
			<div id="flatsome_recent_posts-2" class="col pb-0 widget flatsome_recent_posts">		<span class="widget-title">Dal nos\
tro blog</span><div class="is-divider small"></div>		<ul>
@@blog@@
		</ul>
		</div>
			<div id="nav_menu-2" class="col pb-0 widget widget_nav_menu"><span class="widget-title">Informazioni</span><div clas\
s="is-divider small"></div><div class="menu-footer-container"><ul id="menu-footer" class="menu"><li class="menu-item"><\
a href="https://www.legardenie.it/consegne/">Consegne</a></li>
<li class="menu-item"><a href="https://www.legardenie.it/termini-e-condizioni/">Termini e condizioni</a></li>
<li class="menu-item current-menu-item"><a href="https://www.legardenie.it/privacy-policy/" aria-current="page">Privacy\
 policy</a></li>
<li class="menu-item"><a href="https://www.legardenie.it/cookie-policy/">Cookie policy</a></li>
<li class="menu-item"><a href="#" class="iubenda-cs-preferences-link">Preferenze cookie</a></li></ul></div></div>
		</div>
	</div>

<div class="absolute-footer dark medium-text-center small-text-center">
  <div class="container clearfix">
      <div class="footer-primary pull-left">
        <div class="copyright-footer">Copyright @@year@@ &copy; <strong>Le Gardenie S.r.l.</strong> – P.IVA 09876543210\
</div>
      </div>
  </div>
</div>

<a href="#top" class="back-to-top button icon invert plain fixed bottom z-1 is-outline hide-for-medium circle" id="top-\
link" aria-label="Torna su"><i class="icon-angle-up" ></i></a>

</footer>

</div>

<div id="main-menu" class="mobile-sidebar no-scrollbar mfp-hide"></div>
<script type="text/javascript" id="wc-cart-fragments-js-extra">
/* <![CDATA[ */
var wc_cart_fragments_params = {"ajax_url":"\\/wp-admin\\/admin-ajax.php","wc_ajax_url":"\\/?wc-ajax=%%endpoint%%","car\
t_hash_key":"wc_cart_hash_8c3d1f0a6b2e4d7c9e1f3a5b7d9c2e4f","fragment_name":"wc_fragments_8c3d1f0a6b2e4d7c9e1f3a5b7d9c2\
e4f","request_timeout":"5000"};
/* ]]> */
</script>
<script type="text/javascript" id="wc-blocks-middleware-js-after">
/* <![CDATA[ */
var wcBlocksMiddlewareConfig = {
				storeApiNonce: '@@nonce@@',
				wcStoreApiNonceTimestamp: '@@noncets@@'
			};
/* ]]> */
</script>
<script type="text/javascript" src="https://www.legardenie.it/wp-content/themes/flatsome/assets/js/flatsome.js?ver=@@fl\
atsome@@" id="flatsome-js-js"></script>

</body>
</html>

<!-- This website is like a Rocket, isn't it? Performance optimized by WP Rocket. Learn more: https://wp-rocket.me - De\
bug: cached@@@rocket@@ -->
"""


def render(s, blocks, when):
    key = (C.det_sha(C.blocks_md(blocks, URL)), s["resave"])
    if key not in MODIFIED:
        MODIFIED[key] = when - dt.timedelta(hours=int(key[0][:4], 16) % 60 + 2)
    s["modified"] = MODIFIED[key]
    flatsome, woo, yoast = s["versions"]
    return K.fill(TEMPLATE, yoast=yoast, modified=s["modified"].strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                  flatsome=flatsome, woo=woo, title=C.esc(blocks[0][1]), promo=promo_section(s),
                  content=content(blocks[1:]), blog=blog(s), year=when.year, nonce=s["nonce"][0],
                  noncets=s["nonce"][1], rocket=s["rocket"])


PAGE = {
    "service": "Le Gardenie", "url": URL, "lang": "it-IT", "platform": "WordPress + WooCommerce (Flatsome, WP Rocket)",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 3, 10), "end": dt.date(2026, 5, 25), "hours": (4, 16),
    "policy": POLICY, "first_updated": dt.date(2021, 6, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#content .entry-header h1", "#content .entry-content"],
                    "remove": [".entry-content > .section"]},
}
