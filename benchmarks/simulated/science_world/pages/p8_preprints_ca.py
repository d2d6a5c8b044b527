"""Prepublica, a Catalan preprint server for the social sciences and humanities: PKP Open Preprint Systems (OPS)
3.3 with the default theme, upgraded to OPS 3.4 in February 2024, behind Cloudflare, Catalan.

The privacy statement is OPS's own `about/privacy` page (`div.page.page_privacy`: breadcrumbs, the h1, the
statement from the server settings); the declaration removes the breadcrumbs. Fairly clean. Per visit: the rayId in
Cloudflare Web Analytics' auto-injected beacon. Changing most days: the sidebar's "most read" block (PKP
mostRead plugin, daily counts). The 3.4 upgrade changes the template around the page (generator, `<main>`,
script bundles, language block) but not the declared container.
"""
import datetime as dt
import html

import common as C

MESOS = ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre",
         "desembre"]
UPGRADE = dt.datetime(2024, 2, 20)


def fmt_date(d):
    m = MESOS[d.month - 1]
    return "%d %s %d" % (d.day, ("d'" + m) if m[0] in "ao" else ("de " + m), d.year)


POLICY = """
# Declaració de privadesa

Darrera actualització: {UPDATED}

Prepublica és un servidor de preprints de ciències socials i humanitats gestionat per la Fundació Ciència Oberta de Catalunya (d'ara endavant, «la Fundació»). Aquesta declaració explica quines dades personals tractem quan us registreu, envieu un preprint, en modereu el contingut o simplement consulteu el servidor, d'acord amb el Reglament general de protecció de dades (RGPD) i la Llei orgànica 3/2018, de 5 de desembre, de protecció de dades personals i garantia dels drets digitals.

## 1. Responsable del tractament

@ Fundació Ciència Oberta de Catalunya
@ NIF G67891234
@ Carrer de Pere IV, 78, 3a planta, 08005 Barcelona
@ Adreça electrònica: privadesa@prepublica.cat

Podeu contactar amb el delegat de protecció de dades (DPD) a l'adreça [dpd@prepublica.cat](mailto:dpd@prepublica.cat).

## 2. Quines dades tractem

### Persones registrades

- nom i cognoms, adreça electrónica, afiliació institucional i país;
- identificador ORCID, si l'enllaceu al vostre compte;
- nom d'usuari i contrasenya xifrada;
- rols al servidor (autor o autora, moderador o moderadora, lector o lectora) i preferències de notificació.

### Autors i autores de preprints

- nom, afiliació i identificador ORCID de totes les persones autores, i l'adreça electrònica de la persona de correspondència;
- declaracions de finançament, de conflicte d'interessos i de disponibilitat de dades;
- els fitxers del preprint, les seves versions i l'historial de l'enviament;
- les comunicacions amb l'equip de moderació.

### Visitants

- adreça IP, tipus de navegador i pàgines consultades, que fem servir per elaborar estadístiques d'ús segons l'estàndard COUNTER;
- les adreces IP s'anonimitzen abans d'emmagatzemar-les.

## 3. Finalitats, base jurídica i conservació

| Finalitat | Base jurídica | Termini de conservació |
| Gestió del compte d'usuari | Execució del contracte (art. 6.1.b RGPD) | Mentre el compte sigui actiu; els comptes inactius s'eliminen al cap de cinc anys |
| Moderació i publicació de preprints | Missió d'interès públic en la difusió de la recerca (art. 6.1.e RGPD) | Preprints publicats: permanent; enviaments rebutjats: dos anys |
| Registre de DOI i difusió de metadades | Missió d'interès públic (art. 6.1.e RGPD) | Permanent |
| Estadístiques d'ús | Interès legítim (art. 6.1.f RGPD) | 26 mesos, després només de forma agregada |
| Butlletí de novetats | Consentiment (art. 6.1.a RGPD) | Fins que en retireu el consentiment |

## 4. Publicació i difusió de metadades

Un cop el preprint supera la moderació, es publica en accés obert amb el nom, l'afiliació i l'identificador ORCID de les persones autores i amb l'adreça electrònica de la persona de correspondència. Les metadades s'exposen mitjançant el protocol OAI-PMH i s'envien a Crossref per registrar-hi el DOI; serveis com Google Acadèmic, BASE i OpenAIRE les recullen i les indexen.

Els preprints publicats formen part del registre científic i no s'eliminen. Si una persona autora en sol·licita la retirada, el document deixa de ser accessible, però la pàgina de metadades es manté amb l'avís «Retirat» i el motiu de la retirada.

La moderació la fan investigadors voluntaris de les disciplines corresponents, que només accedeixen als enviaments que se'ls assignen i que es comprometen per escrit a mantenir-ne la confidencialitat fins que es publiquin.

## 5. Destinataris i encarregats del tractament

| Entitat | Servei | Ubicació |
| Public Knowledge Project (PKP Publishing Services) | Allotjament i manteniment de la plataforma OPS | Canadà |
| Crossref (Publishers International Linking Association, Inc.) | Registre de DOI i de metadades | Estats Units |
| ORCID, Inc. | Autenticació d'identificadors ORCID | Estats Units |
| Cloudflare, Inc. | Xarxa de distribució de continguts i estadístiques web sense galetes | Estats Units |
| Acumbamail, SL | Enviament del butlletí | Espanya |

No cedim dades a tercers per a finalitats comercials. Les dades es poden comunicar a les autoritats quan ho exigeixi una llei.

## 6. Transferències internacionals

Les transferències al Canadà es basen en la decisió d'adequació de la Comissió Europea. Les transferències als Estats Units es fan a entitats adherides al Marc de privadesa de dades UE-EUA o, si no ho estan, amb clàusules contractuals tipus aprovades per la Comissió Europea.

## 7. Galetes

El servidor utilitza una galeta de sessió (OPSSID), necessària per iniciar la sessió i enviar preprints, que s'elimina en tancar el navegador. Les estadístiques de Cloudflare Web Analytics no fan servir galetes ni emmagatzemen dades que us identifiquin. No utilitzem galetes publicitàries.

## 8. Els vostres drets

Podeu exercir en qualsevol moment els drets següents:

- accés a les vostres dades i obtenció d'una còpia;
- rectificació de dades inexactes, com ara una afiliació errònia en un preprint publicat;
- supressió, excepte quan les dades formin part d'un preprint publicat o n'hàgim de conservar per obligació legal;
- limitació del tractament i oposició al tractament basat en l'interès legítim;
- portabilitat de les dades que ens heu facilitat;
- retirada del consentiment, sense que això afecti la licitud del tractament anterior.

Envieu la sol·licitud a [privadesa@prepublica.cat](mailto:privadesa@prepublica.cat) indicant quin dret voleu exercir. Respondrem en el termini d'un mes. Si considereu que no hem atès correctament la sol·licitud, podeu presentar una reclamació davant l'autoritat de control:

@ Agència Espanyola de Protecció de Dades
@ C/ Jorge Juan, 6, 28001 Madrid
@ [www.aepd.es](https://www.aepd.es)

## 9. Seguretat

Apliquem mesures tècniques i organitzatives adequades al risc: connexions xifrades amb HTTPS, contrasenyes emmagatzemades amb funcions de resum segures, accés restringit a les dades dels enviaments per a l'equip de moderació assignat, còpies de seguretat diàries i actualització periòdica de la plataforma.

## 10. Canvis en aquesta declaració

Podem modificar aquesta declaració per adaptar-la a canvis legals o del servei. La versió vigent sempre es publica en aquesta pàgina, i comunicarem els canvis rellevants per correu electrònic a les persones registrades.
"""

EDITS = [
    {"note": "Spanish-accent typo fixed (electrónica -> electrònica), date kept", "bump": False,
     "repl": [("- nom i cognoms, adreça electrónica,", "- nom i cognoms, adreça electrònica,")]},
    {"note": "inactive accounts now deleted after three years instead of five",
     "repl": [("els comptes inactius s'eliminen al cap de cinc anys", "els comptes inactius s'eliminen al cap de tres anys")]},
    {"note": "Zenodo (CERN) added to the processors table for long-term preservation",
     "repl": [("| Acumbamail, SL | Enviament del butlletí | Espanya |",
               "| CERN (Zenodo) | Preservació a llarg termini de les versions publicades | Suïssa |\n"
               "| Acumbamail, SL | Enviament del butlletí | Espanya |")]},
    {"note": "new subsection on open annotations (Hypothes.is) in section 4",
     "repl": [("## 5. Destinataris i encarregats del tractament",
               "### Comentaris oberts\n\n"
               "Els preprints admeten comentaris públics mitjançant l'eina d'anotació Hypothes.is. Per comentar cal un "
               "compte a Hypothes.is, que tracta les vostres dades segons la seva pròpia política de privadesa. Els "
               "comentaris són públics i s'associen al vostre nom d'usuari de Hypothes.is; l'equip de moderació pot "
               "amagar els comentaris que infringeixin les normes de la comunitat.\n\n"
               "## 5. Destinataris i encarregats del tractament")]},
    {"note": "DPO contact address changed",
     "repl": [("[dpd@prepublica.cat](mailto:dpd@prepublica.cat)", "[dpd@cienciaoberta.cat](mailto:dpd@cienciaoberta.cat)")]},
]

MOST_READ = [
    ("La memòria democràtica als currículums escolars de Catalunya (1980–2020)", 1.9),
    ("Desigualtats territorials en l'accés a l'habitatge a l'Àrea Metropolitana de Barcelona", 2.6),
    ("El català a les xarxes socials dels adolescents: una anàlisi de corpus", 3.1),
    ("Turisme i gentrificació a Ciutat Vella: evidències des del padró", 1.4),
    ("Arxius parroquials i demografia històrica al Penedès, segles XVI–XVIII", 0.9),
    ("Polarització afectiva i consum de mitjans a Catalunya", 2.2),
    ("Traduir Rodoreda: recepció internacional de La plaça del Diamant", 1.1),
]


def noise(rng, when, i, prev):
    prev = prev or {}
    days = (when.date() - dt.date(2022, 1, 1)).days
    counts = sorted(((int(120 + w * days * 1.7 + rng.randint(0, 30)), k) for k, (_, w) in enumerate(MOST_READ)),
                    reverse=True)[:5]
    return {
        "ray": C.hexs(rng, 16),
        "mostread": tuple(counts),
        "version": "3.4.0.5" if when >= UPGRADE else "3.3.0.13",
        "beacon": "2024.2.1" if when >= dt.datetime(2024, 3, 1) else ("2023.10.0" if when >= dt.datetime(2023, 10, 20)
                                                                      else "2023.3.0"),
    }


LABELS = {"ray": "Cloudflare Web Analytics beacon rayId", "mostread": "'Més llegits' block counts",
          "version": "OPS version (3.3 -> 3.4 upgrade)", "beacon": "Cloudflare beacon version"}

BASE = "https://prepublica.cat/index.php/prepublica"


def render(s, blocks, when):
    v = s["version"]
    new = v.startswith("3.4")
    title = html.escape(blocks[0][1])
    statement = C.blocks_html(blocks[1:])
    mr = "\n".join('<li><a href="%s/preprint/view/%d">%s</a> <span class="most_read_article_journal">'
                   '<span class="fa fa-eye"></span> %s</span></li>'
                   % (BASE, 212 + k, html.escape(MOST_READ[k][0]), "{:,}".format(c).replace(",", "."))
                   for c, k in s["mostread"])
    beacon = ('<script defer src="https://static.cloudflareinsights.com/beacon.min.js/v8b253dfea2ab4077af8c6f58422dfbfd1689876627854" '
              'integrity="sha512-bjgnUKX4azu3dLTVtie9u6TKqgx29RBwfj3QXYt5EKfWM/9hPSAI/4qcV5NACjwAo8UtTeWefx6Zq5PHcMm7Tg==" '
              'data-cf-beacon=\'{"rayId":"%s","version":"%s","token":"4f6a2d1b8c9e4e0fa3d7b5c1e2f90a84","r":1,"server_timing":'
              '{"name":{"cfCacheStatus":true,"cfEdge":true,"cfExtPri":true,"cfL4":true,"cfOrigin":true,"cfSpeedBrain":true},'
              '"location_startswith":null}}\' crossorigin="anonymous"></script>' % (s["ray"], s["beacon"]))
    if new:
        head_scripts = ('<link rel="stylesheet" href="%s/$$$call$$$/page/page/css?name=stylesheet" type="text/css" />'
                        '<link rel="stylesheet" href="%s/$$$call$$$/page/page/css?name=font" type="text/css" />'
                        '<link rel="stylesheet" href="https://prepublica.cat/lib/pkp/styles/fontawesome/fontawesome.css?v=3.4.0.5" type="text/css" />'
                        % (BASE, BASE))
        lang = ('<div class="pkp_block block_language">\n\t<h2 class="title">Idioma</h2>\n\t<div class="content">\n\t\t<ul>\n'
                '\t\t\t<li class="locale_ca current" lang="ca"><a href="%s/user/setLocale/ca?source=%%2Findex.php%%2Fprepublica%%2Fabout%%2Fprivacy">Català</a></li>\n'
                '\t\t\t<li class="locale_es" lang="es"><a href="%s/user/setLocale/es?source=%%2Findex.php%%2Fprepublica%%2Fabout%%2Fprivacy">Español</a></li>\n'
                '\t\t\t<li class="locale_en" lang="en"><a href="%s/user/setLocale/en?source=%%2Findex.php%%2Fprepublica%%2Fabout%%2Fprivacy">English</a></li>\n'
                '\t\t</ul>\n\t</div>\n</div>' % (BASE, BASE, BASE))
        main_open, main_close = '<main class="pkp_structure_main" role="main">', "</main><!-- pkp_structure_main -->"
        foot_scripts = ('<script src="https://prepublica.cat/js/build.js?v=3.4.0.5" type="text/javascript"></script>'
                        '<script src="https://prepublica.cat/plugins/themes/default/js/main.js?v=3.4.0.5" type="text/javascript"></script>')
        htmllang = 'lang="ca" xml:lang="ca"'
    else:
        head_scripts = ('<link rel="stylesheet" href="%s/$$$call$$$/page/page/css?name=stylesheet" type="text/css" />'
                        '<link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/libs/font-awesome/4.7.0/css/font-awesome.css?v=3.3.0.13" type="text/css" />'
                        '<link rel="stylesheet" href="//fonts.googleapis.com/css?family=Noto+Sans:400,400italic,700,700italic&subset=latin,latin-ext" type="text/css" />'
                        % BASE)
        lang = ('<div class="pkp_block block_language">\n\t<span class="title">\n\t\tIdioma\n\t</span>\n\t<div class="content">\n\t\t<ul>\n'
                '\t\t\t<li class="locale_ca_ES current" lang="ca-ES"><a href="%s/user/setLocale/ca_ES?source=%%2Findex.php%%2Fprepublica%%2Fabout%%2Fprivacy">Català</a></li>\n'
                '\t\t\t<li class="locale_es_ES" lang="es-ES"><a href="%s/user/setLocale/es_ES?source=%%2Findex.php%%2Fprepublica%%2Fabout%%2Fprivacy">Español (España)</a></li>\n'
                '\t\t\t<li class="locale_en_US" lang="en-US"><a href="%s/user/setLocale/en_US?source=%%2Findex.php%%2Fprepublica%%2Fabout%%2Fprivacy">English</a></li>\n'
                '\t\t</ul>\n\t</div>\n</div><!-- .block_language -->' % (BASE, BASE, BASE))
        main_open, main_close = '<div class="pkp_structure_main" role="main">', "</div><!-- pkp_structure_main -->"
        foot_scripts = ('<script src="https://prepublica.cat/lib/pkp/lib/vendor/components/jquery/jquery.min.js?v=3.3.0.13" type="text/javascript"></script>'
                        '<script src="https://prepublica.cat/lib/pkp/lib/vendor/components/jqueryui/jquery-ui.min.js?v=3.3.0.13" type="text/javascript"></script>'
                        '<script src="https://prepublica.cat/plugins/themes/default/js/lib/popper/popper.js?v=3.3.0.13" type="text/javascript"></script>'
                        '<script src="https://prepublica.cat/plugins/themes/default/js/lib/bootstrap/util.js?v=3.3.0.13" type="text/javascript"></script>'
                        '<script src="https://prepublica.cat/plugins/themes/default/js/lib/bootstrap/dropdown.js?v=3.3.0.13" type="text/javascript"></script>'
                        '<script src="https://prepublica.cat/plugins/themes/default/js/main.js?v=3.3.0.13" type="text/javascript"></script>')
        htmllang = 'lang="ca-ES" xml:lang="ca-ES"'
    return """<!DOCTYPE html>
<html %(htmllang)s>
<head>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1.0">
	<title>
		Declaració de privadesa
							| Prepublica
			</title>

	
<meta name="generator" content="Open Preprint Systems %(v)s">
<link rel="alternate" type="application/atom+xml" href="%(base)s/gateway/plugin/WebFeedGatewayPlugin/atom">
<link rel="alternate" type="application/rdf+xml" href="%(base)s/gateway/plugin/WebFeedGatewayPlugin/rss">
<link rel="alternate" type="application/rss+xml" href="%(base)s/gateway/plugin/WebFeedGatewayPlugin/rss2">
	%(head_scripts)s
</head>
<body class="pkp_page_about pkp_op_privacy has_site_logo" dir="ltr">

	<div class="pkp_structure_page">

				<header class="pkp_structure_head" id="headerNavigationContainer" role="banner">
						<nav class="cmp_skip_to_content" aria-label="Salta als enllaços de contingut">
	<a href="#pkp_content_main">Salta al contingut principal</a>
	<a href="#siteNav">Salta al menú principal de navegació</a>
	<a href="#pkp_content_footer">Salta al peu de pàgina del lloc</a>
</nav>

			<div class="pkp_head_wrapper">

				<div class="pkp_site_name_wrapper">
					<button class="pkp_site_nav_toggle">
						<span>Open Menu</span>
					</button>
										<div class="pkp_site_name">
																<a href="%(base)s/index" class="is_img">
							<img src="https://prepublica.cat/public/journals/1/pageHeaderLogoImage_ca_ES.png" width="420" height="90" alt="Prepublica — preprints de ciències socials i humanitats" />
						</a>
										</div>
				</div>

				
				<nav class="pkp_site_nav_menu" aria-label="Navegació del lloc">
					<a id="siteNav"></a>
					<div class="pkp_navigation_primary_row">
						<div class="pkp_navigation_primary_wrapper">
																				<ul id="navigationPrimary" class="pkp_navigation_primary pkp_nav_list">
								<li class="">
				<a href="%(base)s/preprints">
					Preprints
				</a>
							</li>
								<li class="">
				<a href="%(base)s/about">
					Sobre
				</a>
									<ul>
																					<li class="">
									<a href="%(base)s/about">
										Sobre Prepublica
									</a>
								</li>
																												<li class="">
									<a href="%(base)s/about/submissions">
										Enviaments
									</a>
								</li>
																												<li class="">
									<a href="%(base)s/about/editorialTeam">
										Equip de moderació
									</a>
								</li>
																												<li class="">
									<a href="%(base)s/about/privacy">
										Declaració de privadesa
									</a>
								</li>
																												<li class="">
									<a href="%(base)s/about/contact">
										Contacte
									</a>
								</li>
																		</ul>
							</li>
			</ul>

				

																						<div class="pkp_navigation_search_wrapper">
									<a href="%(base)s/search" class="pkp_search pkp_search_desktop">
										<span class="fa fa-search" aria-hidden="true"></span>
										Cerca
									</a>
								</div>
													</div>
					</div>
					<div class="pkp_navigation_user_wrapper" id="navigationUserWrapper">
							<ul id="navigationUser" class="pkp_navigation_user pkp_nav_list">
								<li class="profile">
				<a href="%(base)s/user/register">
					Registre
				</a>
							</li>
								<li class="profile">
				<a href="%(base)s/login">
					Inicia la sessió
				</a>
							</li>
										</ul>

					</div>
				</nav>
			</div><!-- .pkp_head_wrapper -->
		</header><!-- .pkp_structure_head -->

						<div class="pkp_structure_content has_sidebar">
			%(main_open)s
				<a id="pkp_content_main"></a>

<div class="page page_privacy">
	<nav class="cmp_breadcrumbs" role="navigation" aria-label="Sou aquí:">
	<ol>
		<li>
			<a href="%(base)s/index">
				Inici
			</a>
			<span class="separator">/</span>
		</li>
		<li class="current">
			<span aria-current="page">
									Declaració de privadesa
							</span>
		</li>
	</ol>
</nav>
	<h1>
		%(title)s
	</h1>
	%(statement)s
</div><!-- .page -->

	%(main_close)s

									<div class="pkp_structure_sidebar left" role="complementary" aria-label="Barra lateral">
				<div class="pkp_block block_make_submission">
	<h2 class="pkp_screen_reader">
		Envieu un preprint
	</h2>

	<div class="content">
		<a class="block_make_submission_link" href="%(base)s/about/submissions">
			Envieu un preprint
		</a>
	</div>
</div>
<div class="pkp_block block_most_read">
	<h2 class="title">Més llegits</h2>
	<div class="content">
		<ul class="most_read">
%(mostread)s
		</ul>
	</div>
</div>
%(lang)s
<div class="pkp_block block_web_feed">
	<h2 class="title">Última publicació</h2>
	<div class="content">
		<ul>
			<li><a href="%(base)s/gateway/plugin/WebFeedGatewayPlugin/atom"><img src="https://prepublica.cat/lib/pkp/templates/images/atom.svg" alt="Logotip d'Atom"></a></li>
			<li><a href="%(base)s/gateway/plugin/WebFeedGatewayPlugin/rss2"><img src="https://prepublica.cat/lib/pkp/templates/images/rss20_logo.svg" alt="Logotip RSS2"></a></li>
		</ul>
	</div>
</div>
			</div><!-- pkp_sidebar.left -->
			</div><!-- pkp_structure_content -->

<div class="pkp_structure_footer_wrapper" role="contentinfo">
	<a id="pkp_content_footer"></a>

	<div class="pkp_structure_footer">

					<div class="pkp_footer_content">
				<p>Prepublica és un servei de la Fundació Ciència Oberta de Catalunya. Els preprints es publiquen sota llicència <a href="https://creativecommons.org/licenses/by/4.0/deed.ca">CC BY 4.0</a> llevat que s'indiqui el contrari.</p>
<p>ISSN 2938-4412 · <a href="%(base)s/about/privacy">Declaració de privadesa</a> · <a href="%(base)s/about/contact">Contacte</a></p>
			</div>
		
		<div class="pkp_brand_footer" role="complementary">
			<a href="%(base)s/about/aboutThisPublishingSystem">
				<img alt="Més informació sobre el sistema de publicació, la plataforma i el flux de treball d'OPS/PKP." src="https://prepublica.cat/templates/images/ops_brand.png">
			</a>
		</div>
	</div>
</div><!-- pkp_structure_footer_wrapper -->

</div><!-- pkp_structure_page -->

%(foot_scripts)s

%(beacon)s</body>
</html>
""" % {"htmllang": htmllang, "v": v, "base": BASE, "head_scripts": head_scripts, "main_open": main_open,
       "main_close": main_close, "title": title, "statement": statement, "mostread": mr, "lang": lang,
       "foot_scripts": foot_scripts, "beacon": beacon}


URL = BASE + "/about/privacy"

PAGE = {
    "service": "Prepublica",
    "url": URL,
    "lang": "ca",
    "platform": "PKP Open Preprint Systems 3.3 -> 3.4 (default theme) behind Cloudflare",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("Vary", "Accept-Encoding"), ("CF-Cache-Status", "DYNAMIC"),
                      ("Cache-Control", "no-store, no-cache, must-revalidate"), ("Pragma", "no-cache")),
    "n": 29,
    "start": dt.date(2022, 5, 1),
    "end": dt.date(2024, 10, 31),
    "policy": POLICY,
    "first_updated": dt.date(2022, 2, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".page_privacy", "remove": ".cmp_breadcrumbs"},
}
