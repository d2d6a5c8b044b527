"""Florăria Iasomia - ro florist with same-day delivery (Cluj-Napoca) - WordPress + WooCommerce on WoodMart with
WPBakery Page Builder, LiteSpeed Cache, Post Views Counter; ANPC badges in the footer."""
import datetime as dt
import os
import sys

import common as C

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fkit as K  # noqa: E402

URL = "https://iasomia.ro/politica-de-confidentialitate/"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["ro"][d.month - 1], d.year)


POLICY = K.unwrap("""
# Politica de confidențialitate

Ultima actualizare: {UPDATED}

Florăria Iasomia respectă confidențialitatea datelor tale. Această politică explică ce date cu caracter personal
colectăm atunci când comanzi flori și cadouri pe iasomia.ro, de ce le folosim, cui le transmitem și ce drepturi ai, în
conformitate cu Regulamentul (UE) 2016/679 (GDPR) și cu Legea nr. 190/2018.

## 1. Cine suntem

Operatorul datelor este:

@ Iasomia Flori S.R.L.
@ Str. Horea nr. 42, Cluj-Napoca, jud. Cluj, cod poștal 400275
@ CUI RO31245780, J12/2481/2013
@ E-mail: [contact@iasomia.ro](mailto:contact@iasomia.ro) · Telefon: 0744 312 845

## 2. Ce date colectăm

- date de identificare și contact ale clientului: nume, prenume, telefon, e-mail, adresă de facturare;
- datele destinatarului: nume, adresă de livrare, telefon;
- mesajul de pe felicitare și eventualele instrucțiuni de livrare;
- date de facturare pentru persoane juridice: denumire, CUI, număr de înregistrare;
- date tehnice: adresă IP, tip de dispozitiv și browser, pagini vizitate (prin cookie-uri).

Nu colectăm și nu stocăm datele cardului tău: plata cu cardul este procesată direct de procesatorul de plăți.

## 3. În ce scopuri și pe ce temei folosim datele

| Scop | Temei legal |
| preluarea, pregătirea și livrarea comenzii | executarea contractului (art. 6 alin. (1) lit. b) GDPR) |
| emiterea facturii și evidența contabilă | obligație legală (art. 6 alin. (1) lit. c) GDPR) |
| răspunsul la solicitări și reclamații | interes legitim (art. 6 alin. (1) lit. f) GDPR) |
| trimiterea newsletterului | consimțământ (art. 6 alin. (1) lit. a) GDPR) |
| statistici privind utilizarea site-ului | consimțământ, exprimat prin bannerul de cookie-uri |

## 4. Cui transmitem datele

| Destinatar | Scop |
| Netopia Financial Services S.A. (NETOPIA Payments) | procesarea plăților cu cardul |
| Sameday Courier S.R.L. și FAN Courier Express S.R.L. | livrarea comenzilor în afara Clujului |
| Florării partenere din rețeaua Iasomia | realizarea și livrarea buchetelor în alte orașe |
| Intelligent IT S.R.L. (SmartBill) | emiterea facturilor |
| MailerLite Limited | trimiterea newsletterului |
| Google Ireland Limited | statistici (Google Analytics) |

Datele pot fi transmise și autorităților publice, atunci când legea ne obligă.

## 5. Cât timp păstrăm datele

Documentele financiar-contabile se păstrează 5 ani, conform Legii contabilității nr. 82/1991. Datele comenzilor se
păstrează 3 ani de la livrare, pentru soluționarea eventualelor reclamații. Mesajul de pe felicitare se șterge după
30 de zile de la livrare. Datele folosite pentru newsletter se păstrează până la dezabonare.

## 6. Decizii automatizate

Nu luăm decizii bazate exclusiv pe prelucrarea automată a datelor tale, inclusiv crearea de profiluri, care să producă
efecte juridice asupra ta sau să te afecteze în mod similar.

## 7. Transferuri în afara Spațiului Economic European

Unii furnizori, precum Google, pot prelucra date în Statele Unite. În aceste cazuri, transferul se face pe baza deciziei
de adecvare a Comisiei Europene privind EU-U.S. Data Privacy Framework sau a clauzelor contractuale standard aprobate de
Comisie.

## 8. Datele minorilor

Magazinul nostru se adresează persoanelor cu vârsta de peste 16 ani. Nu colectăm cu bună știință date ale minorilor sub
această vârstă, iar dacă aflăm că am primit astfel de date, le ștergem.

## 9. Drepturile tale

Ai dreptul de acces, de rectificare, de ștergere, de restricționare a prelucrării, la portabilitatea datelor și de
opoziție, precum și dreptul de a-ți retrage consimțământul oricând. Pentru exercitarea drepturilor, scrie-ne la
[contact@iasomia.ro](mailto:contact@iasomia.ro).

Dacă ești nemulțumit, poți depune o plângere la Autoritatea Națională de Supraveghere a Prelucrării Datelor cu
Caracter Personal (ANSPDCP), B-dul G-ral. Gheorghe Magheru 28-30, București,
[www.dataprotection.ro](https://www.dataprotection.ro).

## 10. Cookie-uri

Folosim cookie-uri necesare funcționării magazinului și, cu acordul tău, cookie-uri de analiză și marketing. Detalii
găsești în [Politica de cookie-uri](https://iasomia.ro/politica-cookies/).

## 11. Securitatea datelor

Site-ul folosește conexiune securizată (HTTPS), iar accesul la datele clienților este limitat la angajații care au
nevoie de ele.

## 12. Modificări

Putem actualiza această politică periodic. Versiunea în vigoare este publicată întotdeauna pe această pagină.
""")

EDITS = [
    {"note": "accounting retention corrected 5 -> 10 years",
     "repl": [("Documentele financiar-contabile se păstrează 5 ani,",
               "Documentele financiar-contabile se păstrează 10 ani,")]},
    {"note": "data list: delivery photo item added",
     "repl": [("- mesajul de pe felicitare și eventualele instrucțiuni de livrare;",
               "- mesajul de pe felicitare și eventualele instrucțiuni de livrare;\n"
               "- fotografia buchetului la livrare, pe care ți-o trimitem pe e-mail ca dovadă a livrării;")]},
    {"note": "recipients table: Glovo row added (same-day courier in Cluj-Napoca)",
     "repl": [("| Florării partenere din rețeaua Iasomia |",
               "| Glovoapp Romania S.R.L. | livrări rapide în Cluj-Napoca, în aceeași zi |\n"
               "| Florării partenere din rețeaua Iasomia |")]},
    {"note": "controller address moved (Str. Horea 42 -> Calea Turzii 178)",
     "repl": [("@ Str. Horea nr. 42, Cluj-Napoca, jud. Cluj, cod poștal 400275",
               "@ Calea Turzii nr. 178, Cluj-Napoca, jud. Cluj, cod poștal 400495")]},
    {"note": "card payment processor replaced: Netopia -> Stripe",
     "repl": [("| Netopia Financial Services S.A. (NETOPIA Payments) | procesarea plăților cu cardul |",
               "| Stripe Payments Europe, Limited | procesarea plăților cu cardul |")]},
]

TOPBAR = {
    "valentine": "Valentine’s Day și Dragobete: trandafiri livrați în aceeași zi în Cluj-Napoca",
    "martie": "1 și 8 Martie: lalele, frezii și buchete de primăvară, comandă din timp",
    "copii": "1 Iunie: aranjamente vesele pentru cei mici",
    "craciun": "Aranjamente de Crăciun și coronițe, livrare până pe 24 decembrie",
    "default": "Livrare în aceeași zi în Cluj-Napoca pentru comenzile plasate până la ora 15:00",
}


def campaign(d):
    return K.season(d, [("valentine", (2, 1), (2, 24)), ("martie", (2, 25), (3, 8)), ("copii", (5, 25), (6, 1)),
                        ("craciun", (12, 1), (12, 24))], "default")


def noise(rng, when, i, prev):
    prev = prev or {}
    local = K.eu_local(when, 2)
    s = {"lscache": local - dt.timedelta(minutes=rng.randint(1, 600))}
    s["views"] = K.grow(when, dt.date(2022, 1, 1), 3412, 4.6, rng, 40)
    s["campaign"] = campaign(local.date())
    s["versions"] = C.keep_or(rng, prev.get("versions"), 0.3,
                              lambda: ("%d.%d.%d" % (7 + (when.year - 2022) // 2, rng.randint(0, 5), rng.randint(0, 4)),
                                       "%d.%d" % (6 + (when.year - 2022), rng.randint(0, 9)),
                                       "%d.%d.%d" % (6 + (when.year - 2022) * 2 + rng.randint(0, 1), rng.randint(0, 9),
                                                     rng.randint(0, 3))))
    s["resave"] = C.keep_or(rng, prev.get("resave"), 0.1, lambda: C.hexs(rng, 4))
    s["attribution"] = C.uuid4(rng)
    return s


LABELS = {"lscache": "LiteSpeed Cache 'Page generated' timestamp comment",
          "views": "Post Views Counter 'Vizualizări' count appended INSIDE .entry-content (removed)",
          "campaign": "WoodMart top bar (Valentine/Dragobete, 1-8 Martie, 1 Iunie, Crăciun)",
          "versions": "WoodMart / WPBakery / WooCommerce ?ver= (updates)",
          "resave": "WPBakery vc_custom_ design-option id (new when the page is saved)",
          "attribution": "WooCommerce order-attribution session id in the inline params",
          "vc": "WPBakery vc_custom_ class on the row and its CSS in the head"}


def content(blocks):
    def table(rows, inl):
        head = "".join("<td><strong>%s</strong></td>" % inl(x) for x in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(x) for x in r) for r in rows[1:])
        return '<table style="width: 100%%;"><tbody><tr>%s</tr>%s</tbody></table>' % (head, body)

    return C.render_blocks(blocks, table=table, sep="\n")


TEMPLATE = """<!DOCTYPE html>
<html lang="ro-RO">
<head>
	<meta charset="UTF-8">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<link rel="pingback" href="https://iasomia.ro/xmlrpc.php">

	<title>Politica de confidențialitate - Florăria Iasomia</title>
<meta name='robots' content='index, follow, max-image-preview:large' />
<link rel="canonical" href="https://iasomia.ro/politica-de-confidentialitate/" />
<link rel='stylesheet' id='js_composer_front-css' href='https://iasomia.ro/wp-content/plugins/js_composer/assets/css/js\
_composer.min.css?ver=@@wpb@@' type='text/css' media='all' />
<link rel='stylesheet' id='wd-style-base-css' href='https://iasomia.ro/wp-content/themes/woodmart/css/parts/base.min.cs\
s?ver=@@wd@@' type='text/css' media='all' />
<link rel='stylesheet' id='wd-woo-base-css' href='https://iasomia.ro/wp-content/themes/woodmart/css/parts/woocommerce-b\
ase.min.css?ver=@@wd@@' type='text/css' media='all' />
<link rel='stylesheet' id='wd-page-title-css' href='https://iasomia.ro/wp-content/themes/woodmart/css/parts/page-title.\
min.css?ver=@@wd@@' type='text/css' media='all' />
<link rel='stylesheet' id='xts-style-theme_settings_default-css' href='https://iasomia.ro/wp-content/uploads/2023/02/xt\
s-theme_settings_default-1676381245.css?ver=@@wd@@' type='text/css' media='all' />
<script type="text/javascript" src="https://iasomia.ro/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-j\
s"></script>
<meta name="generator" content="WooCommerce @@woo@@" />
<meta name="generator" content="Powered by WPBakery Page Builder - drag and drop page builder for WordPress."/>
<style type="text/css" data-type="vc_shortcodes-custom-css">.vc_custom_@@vc@@{margin-bottom: 0px !important;padding-top\
: 10px !important;}</style><noscript><style> .wpb_animate_when_almost_visible { opacity: 1; }</style></noscript>
</head>

<body class="privacy-policy page-template-default page page-id-3 theme-woodmart woocommerce-no-js wrapper-full-width  c\
ategories-accordion-on woodmart-ajax-shop-on offcanvas-sidebar-mobile offcanvas-sidebar-tablet wpb-js-composer js-comp-\
ver-@@wpb@@ vc_responsive">
			<div class="website-wrapper">
									<header class="whb-header whb-header_528910 whb-sticky-shadow whb-scroll-slide whb-sticky-clone">
					<div class="whb-main-header">
	
<div class="whb-row whb-top-bar whb-not-sticky-row whb-with-bg whb-without-border whb-color-light whb-flex-flex-middle">
	<div class="container">
		<div class="whb-flex-row whb-top-bar-inner">
			<div class="whb-column whb-col-left whb-visible-lg">
	
<div class="wd-header-text set-cont-mb-s reset-last-child  topbar-@@campaign@@">@@topbar@@</div>
</div>
<div class="whb-column whb-col-right whb-visible-lg">
	<div class="wd-header-text set-cont-mb-s reset-last-child "><a href="tel:0744312845">0744 312 845</a></div>
</div>
		</div>
	</div>
</div>

<div class="whb-row whb-general-header whb-sticky-row whb-without-bg whb-border-fullwidth whb-color-dark whb-flex-flex-\
middle">
	<div class="container">
		<div class="whb-flex-row whb-general-header-inner">
			<div class="whb-column whb-col-left whb-visible-lg">
	<div class="site-logo">
	<a href="https://iasomia.ro/" class="wd-logo wd-main-logo" rel="home">
		<img src="https://iasomia.ro/wp-content/uploads/2022/11/logo-iasomia.png" alt="Florăria Iasomia" style="max-width: 22\
0px;" />	</a>
	</div>
</div>
<div class="whb-column whb-col-center whb-visible-lg">
	<div class="wd-header-nav wd-header-main-nav text-center wd-design-1" role="navigation" aria-label="Navigare principal\
ă">
	<ul id="menu-main" class="menu wd-nav wd-nav-main wd-style-underline wd-gap-s"><li id="menu-item-101" class="menu-item\
 menu-item-type-taxonomy menu-item-object-product_cat menu-item-101 item-level-0"><a href="https://iasomia.ro/categorie\
-produs/buchete/" class="woodmart-nav-link"><span class="nav-link-text">Buchete</span></a></li>
<li id="menu-item-102" class="menu-item menu-item-type-taxonomy menu-item-object-product_cat menu-item-102 item-level-0\
"><a href="https://iasomia.ro/categorie-produs/aranjamente/" class="woodmart-nav-link"><span class="nav-link-text">Aran\
jamente</span></a></li>
<li id="menu-item-103" class="menu-item menu-item-type-taxonomy menu-item-object-product_cat menu-item-103 item-level-0\
"><a href="https://iasomia.ro/categorie-produs/cutii-cu-flori/" class="woodmart-nav-link"><span class="nav-link-text">C\
utii cu flori</span></a></li>
<li id="menu-item-104" class="menu-item menu-item-type-taxonomy menu-item-object-product_cat menu-item-104 item-level-0\
"><a href="https://iasomia.ro/categorie-produs/coroane-funerare/" class="woodmart-nav-link"><span class="nav-link-text"\
>Coroane funerare</span></a></li>
</ul></div>
</div>
<div class="whb-column whb-col-right whb-visible-lg">
	<div class="wd-header-cart wd-tools-element wd-design-2 cart-widget-opener">
	<a href="https://iasomia.ro/cos/" title="Coș de cumpărături">
		<span class="wd-tools-icon"><span class="wd-cart-number wd-tools-count">0 <span>articole</span></span></span>
		<span class="wd-tools-text"><span class="subtotal-divider">/</span><span class="wd-cart-subtotal"><span class="woocom\
merce-Price-amount amount"><bdi>0,00&nbsp;<span class="woocommerce-Price-currencySymbol">lei</span></bdi></span></span>\
</span>
	</a>
</div>
</div>
		</div>
	</div>
</div>
</div>
				</header>
			
								<div class="main-page-wrapper">
		
						<div class="page-title  page-title-default title-size-default title-design-centered color-scheme-light" style="">
					<div class="container">
																<h1 class="entry-title title">@@title@@</h1>
							
																							<div class="breadcrumbs"><a href="https://iasomia.ro/" rel="v:url" property="v:title">Acasă</a> \
&raquo; <span class="current">Politica de confidențialitate</span></div>
																		</div>
				</div>
			
		<!-- MAIN CONTENT AREA -->
				<div class="container">
			<div class="row content-layout-wrapper align-items-start">
				
		<div class="site-content col-lg-12 col-12 col-md-12" role="main">

								<article id="post-3" class="post-3 page type-page status-publish hentry">

					<div class="entry-content">
						<div class="wpb-content-wrapper"><div class="vc_row wpb_row vc_row-fluid vc_custom_@@vc@@"><div class="wpb_column\
 vc_column_container vc_col-sm-12"><div class="vc_column-inner"><div class="wpb_wrapper">
	<div class="wpb_text_column wpb_content_element" >
		<div class="wpb_wrapper">
			@@content@@

		</div>
	</div>
</div></div></div></div></div><div class="post-views content-post post-3 entry-meta load-static">
				<span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">Vizualizări:</sp\
an> <span class="post-views-count">@@views@@</span>
			</div>											</div>

					
				</article><!-- #post -->

				
		
		</div><!-- .site-content -->



			</div><!-- .main-page-wrapper --> 
			</div> <!-- end row -->
	</div> <!-- end container -->

	
			<footer class="footer-container color-scheme-light">
																<div class="container main-footer">
		<aside class="footer-sidebar widget-area row">
			<div class="footer-column footer-column-1 col-12 col-sm-6 col-lg-4"><div id="text-2" class="wd-widget widget footer-\
widget  widget_text"><h5 class="widget-title">Florăria Iasomia</h5><div class="textwidget"><p>Flori proaspete, livrate \
cu grijă în Cluj-Napoca și în toată țara.</p></div></div></div>
			<div class="footer-column footer-column-2 col-12 col-sm-6 col-lg-4"><div id="nav_menu-3" class="wd-widget widget foo\
ter-widget  widget_nav_menu"><h5 class="widget-title">Informații</h5><div class="menu-informatii-container"><ul id="men\
u-informatii" class="menu"><li><a href="https://iasomia.ro/termeni-si-conditii/">Termeni și condiții</a></li>
<li class="current-menu-item"><a href="https://iasomia.ro/politica-de-confidentialitate/" aria-current="page">Politica \
de confidențialitate</a></li>
<li><a href="https://iasomia.ro/politica-cookies/">Politica de cookie-uri</a></li>
<li><a href="https://iasomia.ro/livrare/">Livrare</a></li></ul></div></div></div>
			<div class="footer-column footer-column-3 col-12 col-sm-6 col-lg-4"><div class="anpc-badges"><a href="https://anpc.r\
o/ce-este-sal/" target="_blank" rel="nofollow"><img src="https://iasomia.ro/wp-content/uploads/2022/08/anpc-sal.svg" al\
t="Soluționarea alternativă a litigiilor" width="250" height="50"></a><a href="https://ec.europa.eu/consumers/odr" targ\
et="_blank" rel="nofollow"><img src="https://iasomia.ro/wp-content/uploads/2022/08/anpc-sol.svg" alt="Soluționarea onli\
ne a litigiilor" width="250" height="50"></a></div><div class="netopia-badge"><img src="https://iasomia.ro/wp-content/u\
ploads/2022/08/plati-card.svg" alt="Plăți online securizate" width="180" height="40"></div></div>
		</aside><!-- .footer-sidebar -->
	</div>
	<div class="copyrights-wrapper copyrights-two-columns">
		<div class="container">
			<div class="min-footer">
				<div class="col-left set-cont-mb-s reset-last-child">&copy; @@year@@ Iasomia Flori S.R.L. Toate drepturile rezervat\
e.</div>
			</div>
		</div>
	</div>
			</footer>
	</div> <!-- end wrapper -->
<div class="wd-close-side wd-fill"></div>
<script type="text/javascript" id="wc-order-attribution-js-extra">
/* <![CDATA[ */
var wc_order_attribution = {"params":{"lifetime":1.0e-5,"session":30,"ajaxurl":"https:\\/\\/iasomia.ro\\/wp-admin\\/adm\
in-ajax.php","prefix":"wc_order_attribution_","allowTracking":true},"fields":{"source_type":"current.typ","referrer":"c\
urrent_add.rf","utm_campaign":"current.cmp","utm_source":"current.src","session_entry":"current_add.ep","session_start_\
time":"current_add.fd","session_pages":"session.pgs","session_count":"udata.vst","user_agent":"udata.uag"},"session_id"\
:"@@attribution@@"};
/* ]]> */
</script>
<script type="text/javascript" src="https://iasomia.ro/wp-content/themes/woodmart/js/scripts/global/helpers.min.js?ver=\
@@wd@@" id="wd-helpers-js"></script>
<script type="text/javascript" src="https://iasomia.ro/wp-content/plugins/js_composer/assets/js/dist/js_composer_front.\
min.js?ver=@@wpb@@" id="wpb_composer_front_js-js"></script>
</body>
</html>

<!-- Page generated by LiteSpeed Cache 6.1 on @@lscache@@ -->
"""


def render(s, blocks, when):
    wd, wpb, woo = s["versions"]
    vc = 1650000000000 + int(C.det_sha(C.blocks_md(blocks, URL), s["resave"])[:10], 16) % 120000000000
    s["vc"] = vc
    return K.fill(TEMPLATE, wpb=wpb, wd=wd, woo=woo, vc=vc, campaign=s["campaign"],
                  topbar=C.esc(TOPBAR[s["campaign"]]), title=C.esc(blocks[0][1]), content=content(blocks[1:]),
                  views=K.group3(s["views"], "."), year=when.year, attribution=s["attribution"],
                  lscache=s["lscache"].strftime("%Y-%m-%d %H:%M:%S"))


PAGE = {
    "service": "Floraria Iasomia", "url": URL, "lang": "ro-RO",
    "platform": "WordPress + WooCommerce (WoodMart, WPBakery, LiteSpeed Cache)",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 4, 1), "end": dt.date(2026, 5, 10), "hours": (6, 11, 18),
    "policy": POLICY, "first_updated": dt.date(2022, 1, 24), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["h1.entry-title", "#post-3 .entry-content"], "remove": [".post-views"]},
}
