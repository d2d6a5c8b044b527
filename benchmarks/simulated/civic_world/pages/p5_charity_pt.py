"""A Portuguese humanitarian charity's privacy policy on WordPress (Astra theme, Gutenberg) with the GiveWP
donation plugin: the policy in article .entry-content, and at its end, INSIDE .entry-content, the [give_form]
shortcode of the current emergency appeal (title, "angariados" amount, goal progress bar, give-form-hash nonce
per visit; the appeal changes with the news) - the declaration removes .give-form-wrap as a curator would. A
sticky "Doar agora" header button and the CookieYes banner script are static; Astra/GiveWP ?ver= strings change
with plugin updates."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MESES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
         "novembro", "dezembro"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """## Política de Privacidade

Última atualização: {UPDATED}

A Ajuda Sem Fronteiras – Associação Humanitária (doravante «ASF») é uma organização não governamental para o desenvolvimento, reconhecida como instituição de utilidade pública, que presta ajuda de emergência e apoio ao desenvolvimento a populações afetadas por conflitos, catástrofes naturais e crises sanitárias. Respeitamos a privacidade de quem nos apoia e tratamos os seus dados pessoais de acordo com o Regulamento Geral sobre a Proteção de Dados (RGPD) e a Lei n.º 58/2019, de 8 de agosto.

## 1. Responsável pelo tratamento

@ Ajuda Sem Fronteiras – Associação Humanitária
@ NIPC 503 210 876
@ Rua Castilho, 39 – 4.º Esq.
@ 1250-068 Lisboa
@ Telefone: 213 865 410

A ASF designou um Encarregado de Proteção de Dados (EPD), que pode contactar através do endereço epd@ajudasemfronteiras.pt.

## 2. Que dados recolhemos

Recolhemos apenas os dados necessários a cada finalidade:

- **Donativos pontuais e regulares:** nome, endereço de correio eletrónico, telemóvel, morada, número de identificação fiscal (NIF), IBAN no caso de débito direto, montante e periodicidade do donativo;
- **Voluntariado e missões:** dados de identificação, habilitações, experiência profissional, disponibilidade, contacto de emergência e, quando indispensável para a missão, informação sobre vacinação;
- **Newsletter e campanhas:** nome e endereço de correio eletrónico;
- **Navegação no site:** endereço IP, dados do dispositivo e cookies, de acordo com as suas preferências.

Recebemos também dados de contribuintes que escolhem a ASF para a consignação de 0,5 % do IRS. Neste caso, a Autoridade Tributária comunica-nos apenas o nome e o montante consignado, e só quando o contribuinte autoriza expressamente a divulgação da sua identidade.

Quando alguém nos deixa um legado ou uma herança, tratamos os dados do testador e dos seus herdeiros ou testamenteiros na medida necessária ao cumprimento da vontade expressa e às obrigações legais decorrentes do processo sucessório.

Não recolhemos dados de menores de 16 anos para efeitos de donativos ou de comunicações de angariação de fundos.

## 3. Para que utilizamos os seus dados

| Finalidade | Fundamento de licitude |
| --- | --- |
| Processar donativos e emitir recibos | Execução de contrato e cumprimento de obrigação legal |
| Comunicar os donativos à Autoridade Tributária para efeitos de benefício fiscal | Obrigação legal (artigo 66.º do Estatuto dos Benefícios Fiscais) |
| Enviar informação sobre o impacto dos projetos que apoia | Interesse legítimo |
| Enviar pedidos de apoio para novas emergências | Consentimento |
| Gerir candidaturas de voluntariado | Diligências pré-contratuais |
| Analisar a utilização do site | Consentimento |

## 4. Com quem partilhamos os seus dados

Nunca vendemos nem alugamos os dados dos nossos doadores. Partilhamos dados apenas com:

- a Autoridade Tributária e Aduaneira, através da declaração Modelo 25, quando nos indica o seu NIF;
- entidades parceiras no terreno, apenas no caso de voluntários destacados em missão e na medida do necessário para garantir a sua segurança;
- os subcontratantes que nos prestam serviços, identificados no quadro seguinte.

| Subcontratante | Serviço | Localização |
| --- | --- | --- |
| Stripe Payments Europe Ltd | Pagamentos com cartão | Irlanda |
| Easypay – Instituição de Pagamento, Lda. | Pagamentos por Multibanco e MB WAY | Portugal |
| Mailchimp (The Rocket Science Group LLC) | Envio da newsletter | Estados Unidos |
| WP Engine | Alojamento do site | União Europeia |

As transferências para os Estados Unidos estão sujeitas a cláusulas contratuais-tipo aprovadas pela Comissão Europeia.

Nos nossos relatórios e campanhas publicamos fotografias e testemunhos de pessoas apoiadas pelos nossos projetos apenas com o seu consentimento informado, recolhido no terreno na língua que compreendem, e nunca quando a divulgação as possa colocar em risco. Os dados das pessoas beneficiárias são tratados pelas equipas locais e pelos parceiros de implementação, de acordo com os princípios humanitários e com a proteção adicional que a sua situação de vulnerabilidade exige.

## 5. Durante quanto tempo guardamos os seus dados

Os dados relativos a donativos são conservados durante 10 anos, prazo imposto pela legislação fiscal e contabilística. Os dados de contacto de doadores que deixaram de apoiar a ASF são conservados durante 5 anos após o último donativo, para efeitos de comunicação sobre os projetos, salvo oposição. As candidaturas de voluntariado não selecionadas são eliminadas ao fim de 2 anos.

## 6. Os seus direitos

Pode, a qualquer momento, solicitar o acesso, a retificação, o apagamento ou a portabilidade dos seus dados, bem como a limitação do tratamento, e opor-se ao tratamento baseado no interesse legítimo, nomeadamente para efeitos de comunicação. Pode retirar o seu consentimento a qualquer momento, sem comprometer a licitude do tratamento efetuado até então.

Para exercer os seus direitos, contacte o EPD por correio eletrónico ou escreva-nos para a morada acima indicada. Responderemos no prazo máximo de um mês.

Se considerar que os seus direitos não foram respeitados, pode apresentar reclamação à Comissão Nacional de Proteção de Dados:

@ Comissão Nacional de Proteção de Dados (CNPD)
@ Av. D. Carlos I, 134, 1.º
@ 1200-651 Lisboa
@ [www.cnpd.pt](https://www.cnpd.pt)

## 7. Segurança

Os pagamentos são processados em páginas seguras dos nossos prestadores de serviços de pagamento; a ASF não tem acesso aos dados completos do seu cartão. O acesso à base de dados de doadores está restrito aos colaboradores que dele necessitam e protegido por autenticação de dois fatores.

## 8. Alterações a esta política

Esta política pode ser atualizada. A versão em vigor está sempre disponível nesta página, com indicação da data da última atualização."""

EDITS = [
    {"note": "new section on street fundraising (face-to-face) before 'Os seus direitos'",
     "repl": [("## 6. Os seus direitos", "## 6. Angariação de rua e porta a porta\n\n"
               "Quando se torna doador regular através de um dos nossos angariadores, em centros comerciais, na rua "
               "ou porta a porta, os seus dados são registados num tablet e transmitidos de forma cifrada à ASF. Os "
               "angariadores usam sempre identificação visível e nunca aceitam donativos em numerário. Nos dias "
               "seguintes recebe uma chamada de boas-vindas para confirmar os dados e o montante.\n\n"
               "## 7. Os seus direitos"),
              ("## 7. Segurança", "## 8. Segurança"), ("## 8. Alterações a esta política", "## 9. Alterações a esta política")]},
    {"note": "processor row added: Salesforce as donor CRM",
     "repl": [("| WP Engine | Alojamento do site | União Europeia |",
               "| WP Engine | Alojamento do site | União Europeia |\n"
               "| Salesforce.org (Nonprofit Cloud) | Gestão da base de dados de doadores | União Europeia |")]},
    {"note": "word inserted: 'habilitações literárias' in the volunteer data (no date change)", "bump": False,
     "repl": [("dados de identificação, habilitações, experiência profissional", "dados de identificação, habilitações literárias, experiência profissional")]},
    {"note": "lapsed-donor retention shortened from 5 to 3 years",
     "repl": [("são conservados durante 5 anos após o último donativo", "são conservados durante 3 anos após o último donativo")]},
    {"note": "office moved: new address and phone",
     "repl": [("@ Rua Castilho, 39 – 4.º Esq.\n@ 1250-068 Lisboa\n@ Telefone: 213 865 410",
               "@ Avenida Almirante Reis, 113 – 2.º\n@ 1150-014 Lisboa\n@ Telefone: 218 410 275")]},
]

APPEALS = [
    (dt.date(2022, 2, 24), "Emergência Ucrânia", 150000, 345),
    (dt.date(2023, 2, 7), "Sismo na Turquia e na Síria", 120000, 412),
    (dt.date(2023, 9, 12), "Inundações na Líbia", 60000, 433),
    (dt.date(2023, 11, 2), "Emergência Gaza", 200000, 451),
    (dt.date(2024, 10, 8), "Emergência Líbano", 90000, 502),
    (dt.date(2025, 4, 1), "Sismo em Myanmar", 80000, 517),
]


def _eur(n):
    return "{:,}".format(n).replace(",", ".") + ",00 €"


def noise(rng, when, i, prev):
    d = when.date()
    title, goal, fid, since = [(t, g, f, s) for s, t, g, f in APPEALS if s <= d][-1]
    frac = min(0.98, 0.12 + (d - since).days / 240.0)
    raised = int(goal * frac) + rng.randint(0, 1500)
    return {"appeal": title, "goal": goal, "form_id": fid, "raised": raised,
            "give_hash": C.hexs(rng, 10),
            "give_ver": "2.19.6" if d < dt.date(2022, 11, 1) else ("2.25.1" if d < dt.date(2023, 8, 1) else
                        ("3.3.1" if d < dt.date(2024, 6, 1) else "3.16.4")),
            "astra_ver": "3.9.1" if d < dt.date(2023, 3, 1) else ("4.1.5" if d < dt.date(2024, 3, 1) else "4.8.3")}


LABELS = {"appeal": "GiveWP appeal embedded in .entry-content", "goal": "appeal goal", "form_id": "give form id",
          "raised": "GiveWP goal progress amount", "give_hash": "give-form-hash nonce",
          "give_ver": "GiveWP version in ?ver=", "astra_ver": "Astra version in ?ver="}


def render(s, blocks, when):
    fid = s["form_id"]
    pct = min(100, s["raised"] * 100 // s["goal"])
    give = """<div class="give-form-wrap give-display-onpage" id="give-form-%(fid)d-wrap">
<h2 class="give-form-title">%(appeal)s</h2>
<div class="give-goal-progress">
	<div class="raised">
		<span class="income">%(raised)s</span> angariados de <span class="goal-text">%(goal)s</span>
	</div>
	<div class="give-progress-bar" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="%(pct)d">
		<span style="width: %(pct)d%%;background: linear-gradient(180deg, #c8102e 0%%, #c8102e 100%%), linear-gradient(180deg, #fff 0%%, #ccc 100%%); background-blend-mode: multiply;"></span>
	</div>
</div>
<form id="give-form-%(fid)d-1" class="give-form give-form-%(fid)d give-form-type-multi" action="https://www.ajudasemfronteiras.pt/politica-de-privacidade/?payment-mode=stripe&amp;form-id=%(fid)d" data-id="%(fid)d-1" data-currency_symbol="&euro;" data-currency_code="EUR" data-currency_position="after" data-thousands_separator="." data-decimal_separator="," data-number_decimals="2" method="post">
	<input type="hidden" name="give-form-id-prefix" value="%(fid)d-1"/>
	<input type="hidden" name="give-form-id" value="%(fid)d"/>
	<input type="hidden" name="give-form-title" value="%(appeal)s"/>
	<input type="hidden" name="give-current-url" value="https://www.ajudasemfronteiras.pt/politica-de-privacidade/"/>
	<input type="hidden" name="give-form-url" value="https://www.ajudasemfronteiras.pt/doar/"/>
	<input type="hidden" name="give-form-minimum" value="5.00"/>
	<input type="hidden" name="give-form-maximum" value="999999.99"/>
	<input type="hidden" name="give-form-hash" value="%(hash)s"/>
	<div class="give-total-wrap"><div class="give-donation-amount form-row-wide"><span class="give-currency-symbol give-currency-position-after">&euro;</span><label class="give-hidden" for="give-amount">Montante:</label><input class="give-text-input give-amount-top" id="give-amount" name="give-amount" type="text" inputmode="decimal" placeholder="" value="25,00" autocomplete="off"></div></div>
	<ul id="give-donation-level-button-wrap" class="give-donation-levels-wrap give-list-inline">
		<li><button type="button" data-price-id="0" class="give-donation-level-btn give-btn give-btn-level-0" value="10,00" data-default="0">10,00&euro;</button></li>
		<li><button type="button" data-price-id="1" class="give-donation-level-btn give-btn give-btn-level-1 give-default-level" value="25,00" data-default="1">25,00&euro;</button></li>
		<li><button type="button" data-price-id="2" class="give-donation-level-btn give-btn give-btn-level-2" value="50,00" data-default="0">50,00&euro;</button></li>
		<li><button type="button" data-price-id="custom" class="give-donation-level-btn give-btn give-btn-level-custom" value="custom">Outro valor</button></li>
	</ul>
	<div class="give-display-button-wrap"><button type="button" class="give-btn give-btn-reveal">Doar agora</button></div>
</form>
</div>""" % {"fid": fid, "appeal": s["appeal"], "raised": _eur(s["raised"]), "goal": _eur(s["goal"]), "pct": pct,
             "hash": s["give_hash"]}
    body = C.blocks_html(blocks, {"table": "has-fixed-layout"}).replace("<table", '<figure class="wp-block-table"><table').replace("</table>", "</table></figure>")
    gv, av = s["give_ver"], s["astra_ver"]
    return """<!DOCTYPE html>
<html lang="pt-PT">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>Política de Privacidade &#8211; Ajuda Sem Fronteiras</title>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<link rel="canonical" href="https://www.ajudasemfronteiras.pt/politica-de-privacidade/" />
<meta property="og:locale" content="pt_PT" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Política de Privacidade" />
<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.com/client_data/3f9c2a7e8b1d4c6e0a5f7b9d/script.js"></script>
<link rel='stylesheet' id='astra-theme-css-css' href='https://www.ajudasemfronteiras.pt/wp-content/themes/astra/assets/css/minified/main.min.css?ver=%(av)s' media='all' />
<link rel='stylesheet' id='give-styles-css' href='https://www.ajudasemfronteiras.pt/wp-content/plugins/give/assets/dist/css/give.css?ver=%(gv)s' media='all' />
<script src="https://www.ajudasemfronteiras.pt/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script id="give-js-extra">
var give_global_vars = {"ajaxurl":"https:\\/\\/www.ajudasemfronteiras.pt\\/wp-admin\\/admin-ajax.php","checkout_nonce":"%(nonce)s","currency":"EUR","currency_sign":"\\u20ac","currency_pos":"after","thousands_separator":".","decimal_separator":",","no_gateway":"Por favor, seleccione um m\\u00e9todo de pagamento.","general_loading":"A carregar...","purchase_loading":"Por favor, aguarde...","number_decimals":"2","is_test_mode":"","give_version":"%(gv)s","magnific_options":{"main_class":"give-modal","close_on_bg_click":false}};
</script>
<script src="https://www.ajudasemfronteiras.pt/wp-content/plugins/give/assets/dist/js/give.js?ver=%(gv)s" id="give-js"></script>
<meta name="generator" content="Give v%(gv)s" />
<meta name="generator" content="WordPress 6.5.3" />
</head>

<body itemtype='https://schema.org/WebPage' itemscope='itemscope' class="privacy-policy page-template-default page page-id-3 wp-custom-logo ast-desktop ast-page-builder-template ast-no-sidebar astra-%(av)s ast-single-post ast-inherit-site-logo-transparent give-recurring">

<a class="skip-link screen-reader-text" href="#content" title="Saltar para o conteúdo">Saltar para o conteúdo</a>

<div class="hfeed site" id="page">
		<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
			<div id="ast-desktop-header" data-toggle-type="dropdown">
		<div class="ast-main-header-wrap main-header-bar-wrap">
			<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder">
				<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container" data-section="section-primary-header-builder">
					<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
						<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left">
							<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline">
								<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope">
									<span class="site-logo-img"><a href="https://www.ajudasemfronteiras.pt/" class="custom-logo-link" rel="home"><img width="220" height="64" src="https://www.ajudasemfronteiras.pt/wp-content/uploads/2021/06/logo-asf.png" class="custom-logo" alt="Ajuda Sem Fronteiras" decoding="async" /></a></span>
								</div>
							</div>
						</div>
						<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section">
							<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1">
								<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Navegação do site" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
<li id="menu-item-21" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-21"><a href="https://www.ajudasemfronteiras.pt/quem-somos/" class="menu-link">Quem somos</a></li>
<li id="menu-item-22" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-22"><a href="https://www.ajudasemfronteiras.pt/onde-estamos/" class="menu-link">Onde estamos</a></li>
<li id="menu-item-23" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-23"><a href="https://www.ajudasemfronteiras.pt/noticias/" class="menu-link">Notícias</a></li>
<li id="menu-item-24" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-24"><a href="https://www.ajudasemfronteiras.pt/voluntariado/" class="menu-link">Voluntariado</a></li>
</ul></div></nav></div></div>
							</div>
							<div class="ast-builder-button-wrap ast-builder-button-size-"><a class="ast-custom-button-link" href="https://www.ajudasemfronteiras.pt/doar/" target="_self"><div class="ast-button">Doar agora</div></a></div>
						</div>
					</div>
				</div>
			</div>
		</div>
	</div>
		</header><!-- #masthead -->
	<div id="content" class="site-content">
		<div class="ast-container">
	<div id="primary" class="content-area primary">
		<main id="main" class="site-main">
<article class="post-3 page type-page status-publish ast-article-single" id="post-3" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
	<header class="entry-header ast-no-thumbnail ast-no-title ast-header-without-markup"></header><!-- .entry-header -->
	<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
%(body)s

%(give)s
	</div><!-- .entry-content .clear -->
</article><!-- #post-## -->
		</main><!-- #main -->
	</div><!-- #primary -->
		</div> <!-- ast-container -->
	</div><!-- #content -->
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
	<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder">
		<div class="ast-builder-grid-row-container-inner"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1">
			<div class="ast-footer-copyright"><p>Copyright &copy; Ajuda Sem Fronteiras – Associação Humanitária · ONGD · Instituição de Utilidade Pública</p></div>
			<div class="footer-widget-area widget-area site-footer-focus-item"><ul class="menu"><li><a href="https://www.ajudasemfronteiras.pt/politica-de-privacidade/" aria-current="page">Política de Privacidade</a></li><li><a href="https://www.ajudasemfronteiras.pt/politica-de-cookies/">Política de Cookies</a></li><li><a href="https://www.livroreclamacoes.pt/">Livro de Reclamações</a></li></ul></div>
		</div></div>
	</div>
</footer><!-- #colophon -->
</div><!-- #page -->
<script id="astra-theme-js-js-extra">
var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":"","is_header_footer_builder_active":"1"};
</script>
<script src="https://www.ajudasemfronteiras.pt/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=%(av)s" id="astra-theme-js-js"></script>
</body>
</html>
""" % {"av": av, "gv": gv, "nonce": C.det_sha("nonce", s["give_hash"])[:10], "body": body, "give": give}


PAGE = {
    "service": "Ajuda Sem Fronteiras",
    "url": "https://www.ajudasemfronteiras.pt/politica-de-privacidade/",
    "lang": "pt-PT",
    "platform": "WordPress (Astra theme, Gutenberg) + GiveWP",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "nginx"), ("X-Powered-By", "WP Engine"), ("X-Cacheable", "NO:Not Cacheable"),
                      ("Cache-Control", "max-age=0, must-revalidate")],
    "n": 31,
    "start": dt.date(2022, 3, 14),
    "end": dt.date(2025, 6, 30),
    "hours": (4, 16),
    "policy": POLICY,
    "first_updated": dt.date(2021, 9, 28),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.ajudasemfronteiras.pt/politica-de-privacidade/",
                    "select": ".entry-content", "remove": ".give-form-wrap"},
}
