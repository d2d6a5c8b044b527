"""Viação Serra Azul (a Brazilian long-distance coach company): Liferay DXP 7.4 with a custom Classic-based theme;
one Web Content Display portlet whose FreeMarker template renders the "Documentos legais" article as Clay tabs:
Política de Privacidade (tracked by its tab pane's id), Condições Gerais de Transporte and Política de Cookies.

Noise: the two other documents beside the policy are revised on their own (the conditions of carriage: baggage,
rebooking and no-show fee; the cookie policy: its tool list); a promo bar with a rotating route fare offer
("Passagens a partir de R$ …") in the banner; per session Liferay.authToken and the p_auth of the sign-in link,
the client address in ThemeDisplay, the combo servlet's t= stamp per deployment. All outside the privacy pane."""
import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

URL = "https://www.viacaoserraazul.com.br/documentos-legais"
PT_MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
             "novembro", "dezembro"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, PT_MONTHS[d.month - 1], d.year)


POLICY = """# Política de Privacidade

A Viação Serra Azul S.A. (“**Serra Azul**” ou “nós”) leva a sério a proteção dos seus dados pessoais. Esta Política de Privacidade explica como coletamos, usamos, compartilhamos e protegemos os dados pessoais de passageiros, clientes da nossa loja on-line e do aplicativo e visitantes do nosso site, em conformidade com a Lei nº 13.709/2018, a Lei Geral de Proteção de Dados Pessoais (LGPD).

Última atualização: {UPDATED}

## 1. Quem é o controlador dos seus dados

@ Viação Serra Azul S.A.
@ CNPJ 61.482.907/0001-35
@ Avenida Marginal do Tietê, 1.850 – Vila Guilherme
@ São Paulo/SP – CEP 02065-000

## 2. Encarregado pelo tratamento de dados pessoais

Nomeamos um Encarregado pelo tratamento de dados pessoais (DPO), que é o seu canal de comunicação conosco e com a Autoridade Nacional de Proteção de Dados (ANPD). Você pode falar com o Encarregado pelo e-mail encarregado@viacaoserraazul.com.br ou pelo formulário “Privacidade” na Central de Atendimento do site.

## 3. Quais dados coletamos

| Categoria | Exemplos | Quando coletamos |
| Dados de identificação | nome completo, CPF, número do documento de identidade com foto, data de nascimento | na compra da passagem |
| Dados de contato | e-mail e telefone celular | no cadastro e na compra |
| Dados da viagem | origem, destino, data, horário, poltrona e número do bilhete | na compra e no embarque |
| Dados de pagamento | bandeira e últimos dígitos do cartão, código de autorização, identificador da transação Pix | no pagamento |
| Dados de gratuidade | documento do benefício (ID Jovem, Carteira da Pessoa Idosa, Passe Livre) | na solicitação de gratuidade ou desconto |
| Dados de navegação | endereço IP, tipo de dispositivo, cookies e páginas visitadas | no uso do site e do aplicativo |

Os documentos apresentados para gratuidades podem conter dados pessoais sensíveis, como informações de saúde no caso do Passe Livre para pessoas com deficiência. Esses dados são usados somente para verificar o direito ao benefício.

## 4. Para que usamos seus dados e com qual base legal

| Finalidade | Base legal (LGPD) |
| Emitir e gerenciar sua passagem, inclusive remarcações e cancelamentos | execução de contrato (art. 7º, V) |
| Emitir a lista de passageiros exigida pela ANTT e identificar o passageiro no embarque | cumprimento de obrigação legal ou regulatória (art. 7º, II) |
| Conceder gratuidades e descontos previstos em lei | cumprimento de obrigação legal (art. 7º, II, e art. 11, II, “a”) |
| Prevenir fraudes e garantir a segurança dos passageiros e da frota | legítimo interesse (art. 7º, IX) |
| Enviar ofertas, cupons e novidades | consentimento (art. 7º, I), que pode ser revogado a qualquer momento |
| Atender solicitações no SAC e na Ouvidoria | cumprimento de obrigação legal (Decreto nº 11.034/2022) |

## 5. Embarque e lista de passageiros

Nas viagens interestaduais, a Agência Nacional de Transportes Terrestres (ANTT) exige que a empresa emita, antes da partida, a lista de passageiros com o nome e o número do documento de identidade de cada pessoa embarcada. Por isso, no embarque, o passagiero deve apresentar documento original com foto, que é conferido pelo motorista ou pelo atendente. A lista fica disponível para fiscalização e é mantida pelo prazo exigido na regulamentação.

Crianças e adolescentes viajam conforme as regras do Estatuto da Criança e do Adolescente. Quando exigida, a autorização de viagem é conferida no embarque, mas não é digitalizada nem armazenada por nós.

## 6. Câmeras embarcadas e telemetria

Nossos ônibus contam com câmeras voltadas para o salão de passageiros e para a cabine do motorista, além de sistemas de telemetria que registram velocidade, frenagens e localização do veículo. As imagens são armazenadas por 30 dias e depois apagadas automaticamente, salvo quando necessárias para apurar ocorrências ou atender a requisições de autoridades.

## 7. Com quem compartilhamos seus dados

| Destinatário | Finalidade |
| ANTT e órgãos estaduais de transporte | fiscalização e lista de passageiros |
| Plataformas parceiras de venda de passagens | venda de bilhetes em nome da Serra Azul |
| PagFácil Instituição de Pagamento S.A. | processamento de pagamentos com cartão e Pix |
| Seguradora Rodoviária Brasil S.A. | cobertura do seguro de acidentes pessoais de passageiros |
| Amazon Web Services, Inc. | hospedagem do site, do aplicativo e do sistema de vendas |

Também podemos compartilhar dados com autoridades policiais e judiciais, quando houver ordem ou requisição legal.

## 8. Transferência internacional de dados

Alguns dos nossos fornecedores de tecnologia armazenam dados em servidores localizados fora do Brasil, principalmente nos Estados Unidos. Nesses casos, adotamos as garantias previstas no art. 33 da LGPD, como cláusulas contratuais específicas.

## 9. Por quanto tempo guardamos seus dados

- dados da passagem e da viagem: 5 anos após a viagem, para cumprir obrigações fiscais e defender nossos direitos;
- lista de passageiros: pelo prazo definido pela ANTT;
- dados de gratuidade: enquanto durar o benefício e por 5 anos após a última viagem;
- cadastro na loja on-line e no aplicativo: até a exclusão da conta;
- registros de acesso ao site e ao aplicativo: 6 meses, conforme o Marco Civil da Internet.

## 10. Seus direitos

Nos termos do art. 18 da LGPD, você pode solicitar a qualquer momento:

- a confirmação da existência de tratamento e o acesso aos seus dados;
- a correção de dados incompletos, inexatos ou desatualizados;
- a anonimização, o bloqueio ou a eliminação de dados desnecessários ou excessivos;
- a portabilidade dos dados a outro fornecedor;
- informações sobre com quem compartilhamos seus dados;
- a revogação do consentimento e a eliminação dos dados tratados com base nele.

Para exercer seus direitos, entre em contato com o Encarregado. Responderemos em até 15 dias. Você também pode apresentar reclamação à ANPD.

## 11. Cookies

Usamos cookies para manter sua sessão, lembrar a busca de viagens e, com o seu consentimento, medir a audiência e exibir ofertas. Saiba mais na aba Política de Cookies desta página.

## 12. Segurança da informação

Adotamos medidas técnicas e administrativas para proteger seus dados, como criptografia nas transações, controle de acesso aos sistemas e treinamento das equipes de venda e embarque. Nenhum sistema é completamente seguro; se ocorrer um incidente que possa gerar risco relevante, comunicaremos você e a ANPD.

## 13. Alterações desta Política

Podemos atualizar esta Política para refletir mudanças na legislação ou nos nossos serviços. A data da última atualização está indicada no início do documento."""

EDITS = [
    {"note": "typo fixed: 'passagiero' -> 'passageiro' (no new date)", "bump": False,
     "repl": [("o passagiero deve apresentar", "o passageiro deve apresentar")]},
    {"note": "SMS/WhatsApp provider added to the sharing table",
     "repl": [("| PagFácil Instituição de Pagamento S.A. | processamento de pagamentos com cartão e Pix |",
               "| PagFácil Instituição de Pagamento S.A. | processamento de pagamentos com cartão e Pix |\n"
               "| Zenvia Mobile Serviços Digitais S.A. | envio do bilhete e de avisos de viagem por SMS e WhatsApp |")]},
    {"note": "DPO contact e-mail changed",
     "repl": [("pelo e-mail encarregado@viacaoserraazul.com.br", "pelo e-mail privacidade@viacaoserraazul.com.br")]},
    {"note": "CCTV retention extended from 30 to 60 days",
     "repl": [("As imagens são armazenadas por 30 dias", "As imagens são armazenadas por 60 dias")]},
    {"note": "new section: facial recognition at boarding (biometric data, consent)",
     "repl": [("## 7. Com quem compartilhamos seus dados",
               "### Reconhecimento facial no embarque\n\n"
               "Nos terminais de São Paulo (Tietê), Curitiba e Florianópolis, você pode optar pelo embarque por "
               "reconhecimento facial. Com o seu consentimento específico, coletamos uma foto do rosto no "
               "aplicativo e geramos um modelo biométrico, comparado no portão com a imagem capturada no momento "
               "do embarque.\n\n"
               "O modelo biométrico é um dado pessoal sensível: ele é armazenado de forma criptografada, não é "
               "compartilhado com parceiros comerciais e é eliminado 30 dias após a sua última viagem ou "
               "imediatamente, se você revogar o consentimento no aplicativo. Quem não optar pelo reconhecimento "
               "facial embarca normalmente com o documento original com foto.\n\n"
               "## 7. Com quem compartilhamos seus dados")]},
]

CGT = [
    ("Cada passageiro pode levar gratuitamente até 30 kg de bagagem no bagageiro e até 5 kg de volume de mão.",
     "A remarcação pode ser feita sem custo até 3 horas antes do horário de partida, uma única vez.",
     "Em caso de não comparecimento ao embarque, poderá ser cobrada multa de até 5% do valor da tarifa."),
    ("Cada passageiro pode levar gratuitamente até 30 kg de bagagem no bagageiro e até 5 kg de volume de mão.",
     "A remarcação pode ser feita sem custo até 3 horas antes do horário de partida, uma única vez.",
     "Em caso de não comparecimento ao embarque, será cobrada taxa de no-show de até 5% do valor da tarifa."),
    ("Cada passageiro pode levar gratuitamente até 23 kg de bagagem no bagageiro e até 5 kg de volume de mão; o excesso é cobrado por quilo.",
     "A remarcação pode ser feita sem custo até 3 horas antes do horário de partida, uma única vez.",
     "Em caso de não comparecimento ao embarque, será cobrada taxa de no-show de até 5% do valor da tarifa."),
    ("Cada passageiro pode levar gratuitamente até 23 kg de bagagem no bagageiro e até 5 kg de volume de mão; o excesso é cobrado por quilo.",
     "A remarcação pode ser feita pelo aplicativo sem custo até 3 horas antes do horário de partida, uma única vez.",
     "Em caso de não comparecimento ao embarque, será cobrada taxa de no-show de até 5% do valor da tarifa."),
]
COOKIE_TOOLS = [
    ["Google Analytics", "Meta Pixel", "Hotjar"],
    ["Google Analytics 4", "Meta Pixel", "Hotjar"],
    ["Google Analytics 4", "Meta Pixel", "TikTok Pixel", "Hotjar"],
    ["Google Analytics 4", "Meta Pixel", "TikTok Pixel", "Microsoft Clarity"],
]
PROMOS = [("São Paulo", "Curitiba", "89,90"), ("São Paulo", "Florianópolis", "139,90"), ("Curitiba", "Joinville", "39,90"),
          ("São Paulo", "Rio de Janeiro", "79,90"), ("Campinas", "Curitiba", "99,90"), ("São Paulo", "Balneário Camboriú", "129,90"),
          ("Curitiba", "Foz do Iguaçu", "119,90"), ("São Paulo", "Joinville", "109,90")]


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}
    c = prev.get("cgt", 0)
    st["cgt"] = min(c + 1, len(CGT) - 1) if i and rng.random() < 0.2 else c
    k = prev.get("cookies", 0)
    st["cookies"] = min(k + 1, len(COOKIE_TOOLS) - 1) if i and rng.random() < 0.12 else k
    st["promo"] = (rng.randrange(len(PROMOS)), rng.choice(["A", "B"]))
    st["authToken"] = C.alnum(rng, 8)
    st["remote"] = C.keep_or(rng, prev.get("remote"), 0.4, lambda: "10.20.%d.%d" % (rng.randint(1, 4), rng.randint(10, 250)))
    st["combo_t"] = C.keep_or(rng, prev.get("combo_t"), 0.15,
                              lambda: str(C.epoch(when - dt.timedelta(days=rng.randint(1, 30))) * 1000 + rng.randint(0, 999)))
    return st


LABELS = {"cgt": "Condições Gerais de Transporte tab revised (beside the policy)",
          "cookies": "Política de Cookies tab revised (beside the policy)",
          "promo": "promo bar fare offer (A/B)", "authToken": "Liferay.authToken / p_auth",
          "remote": "ThemeDisplay remote address", "combo_t": "combo servlet t= stamp (deployment)"}


def pane(blocks):
    return "\n".join(C.block_html(b) for b in blocks)


def render(st, blocks, when):
    t = st["combo_t"]
    tok = st["authToken"]
    frm, to, price = PROMOS[st["promo"][0]]
    variant = st["promo"][1]
    promo = ('<div class="promo-bar promo-bar--%s"><div class="container"><strong>Passagens a partir de R$ %s</strong> '
             'de %s para %s. <a class="promo-bar__cta" href="/passagens/%s/%s?utm_source=site&amp;utm_medium=promo-bar&amp;utm_content=%s">%s</a></div></div>'
             % (variant.lower(), price, frm, to, frm.lower().replace(" ", "-"), to.lower().replace(" ", "-").replace("ç", "c").replace("ú", "u"),
                variant, "Compre já" if variant == "A" else "Garanta sua poltrona"))
    bag, remarc, noshow = CGT[st["cgt"]]
    cgt = """<h2>Condições Gerais de Transporte</h2>
<p>Estas condições se aplicam às viagens intermunicipais e interestaduais operadas pela Viação Serra Azul S.A., nos termos da regulamentação da ANTT e dos órgãos estaduais.</p>
<h3>Bilhete de passagem</h3>
<p>O bilhete é pessoal e intransferível e deve ser apresentado no embarque com documento original com foto. O bilhete emitido pela internet pode ser apresentado no celular.</p>
<h3>Bagagem</h3>
<p>%s Objetos de valor devem ser transportados como volume de mão.</p>
<h3>Remarcação e cancelamento</h3>
<p>%s O cancelamento com reembolso pode ser solicitado até 3 horas antes da partida, com retenção de até 5%% do valor pago.</p>
<p>%s</p>""" % (html.escape(bag), html.escape(remarc), html.escape(noshow))
    tools = ", ".join(COOKIE_TOOLS[st["cookies"]])
    cookies = """<h2>Política de Cookies</h2>
<p>Cookies são pequenos arquivos gravados no seu navegador. Usamos cookies necessários, que mantêm a sua sessão e o carrinho de compras, e, com o seu consentimento, cookies de desempenho e de publicidade.</p>
<p>Ferramentas de terceiros utilizadas: %s.</p>
<p>Você pode alterar suas preferências a qualquer momento em “Configurações de cookies”, no rodapé do site.</p>""" % html.escape(tools)
    inst = "kT7wYq2LpR9s"
    pid = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_" + inst
    return """<!DOCTYPE html>

<html class="ltr" dir="ltr" lang="pt-BR">

<head>
	<title>Documentos legais - Viação Serra Azul</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />
	<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<script data-senna-track="permanent" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=pt_BR&amp;t=%(t)s&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js&amp;/o/frontend-js-jquery-web/jquery/init.js&amp;/o/frontend-js-jquery-web/jquery/ajax.js&amp;/o/frontend-js-jquery-web/jquery/bootstrap.bundle.min.js&amp;/o/frontend-js-jquery-web/jquery/collapsible_search.js&amp;/o/frontend-js-jquery-web/jquery/fm.js&amp;/o/frontend-js-jquery-web/jquery/form.js&amp;/o/frontend-js-jquery-web/jquery/popper.min.js&amp;/o/frontend-js-jquery-web/jquery/side_navigation.js" type="text/javascript"></script>
<link data-senna-track="temporary" href="%(url)s" rel="canonical" />
<link data-senna-track="temporary" href="%(url)s" hreflang="pt-BR" rel="alternate" />
<link data-senna-track="temporary" href="https://www.viacaoserraazul.com.br/es/documentos-legais" hreflang="es-ES" rel="alternate" />
<link data-senna-track="temporary" href="%(url)s" hreflang="x-default" rel="alternate" />

<meta property="og:locale" content="pt_BR">
<meta property="og:locale:alternate" content="pt_BR">
<meta property="og:locale:alternate" content="es_ES">
<meta property="og:site_name" content="Viação Serra Azul">
<meta property="og:title" content="Documentos legais - Viação Serra Azul">
<meta property="og:type" content="website">
<meta property="og:url" content="%(url)s">


<link href="https://www.viacaoserraazul.com.br/o/serraazul-theme/images/favicon.ico" rel="icon" />



<link class="lfr-css-file" data-senna-track="temporary" href="https://www.viacaoserraazul.com.br/o/serraazul-theme/css/clay.css?browserId=chrome&amp;themeId=serraazultheme_WAR_serraazultheme&amp;minifierType=css&amp;languageId=pt_BR&amp;t=%(t)s" id="liferayAUICSS" rel="stylesheet" type="text/css" />

<link data-senna-track="temporary" href="/o/frontend-css-web/main.css?browserId=chrome&amp;themeId=serraazultheme_WAR_serraazultheme&amp;minifierType=css&amp;languageId=pt_BR&amp;t=%(t)s" id="liferayPortalCSS" rel="stylesheet" type="text/css" />

<link data-senna-track="temporary" href="/combo?browserId=chrome&amp;minifierType=&amp;themeId=serraazultheme_WAR_serraazultheme&amp;languageId=pt_BR&amp;%(pid)s:%%2Fo%%2Fjournal-content-web%%2Fcss%%2Fmain.css&amp;com_liferay_product_navigation_product_menu_web_portlet_ProductMenuPortlet:%%2Fo%%2Fproduct-navigation-product-menu-web%%2Fcss%%2Fmain.css&amp;t=%(t)s" id="1e3f6d2b" rel="stylesheet" type="text/css" />

<script data-senna-track="temporary" type="text/javascript">
	// <![CDATA[
		var Liferay = Liferay || {};

		Liferay.Browser = {
			acceptsGzip: function() {
				return true;
			},
			getMajorVersion: function() {
				return 120.0;
			},
			getRevision: function() {
				return '537.36';
			},
			getVersion: function() {
				return '120.0';
			},
			isAir: function() {
				return false;
			},
			isChrome: function() {
				return true;
			},
			isEdge: function() {
				return false;
			},
			isFirefox: function() {
				return false;
			},
			isGecko: function() {
				return true;
			},
			isIe: function() {
				return false;
			},
			isIphone: function() {
				return false;
			},
			isLinux: function() {
				return true;
			},
			isMac: function() {
				return false;
			},
			isMobile: function() {
				return false;
			},
			isMozilla: function() {
				return false;
			},
			isOpera: function() {
				return false;
			},
			isRtf: function() {
				return true;
			},
			isSafari: function() {
				return true;
			},
			isSun: function() {
				return false;
			},
			isWebKit: function() {
				return true;
			},
			isWindows: function() {
				return false;
			}
		};

		Liferay.Data = Liferay.Data || {};

		Liferay.Data.ICONS_INLINE_SVG = true;

		Liferay.Data.NAV_SELECTOR = '#navigation';

		Liferay.Data.NAV_SELECTOR_MOBILE = '#navigationCollapse';

		Liferay.Data.isCustomizationView = function() {
			return false;
		};

		Liferay.Data.notices = [
			
		];

		(function () {
			var available = {};

			var direction = {};

			available['pt_BR'] = 'português\\x20\\x28Brasil\\x29';
			direction['pt_BR'] = 'ltr';
			available['es_ES'] = 'espanhol\\x20\\x28Espanha\\x29';
			direction['es_ES'] = 'ltr';

			Liferay.Language = {
				available,
				direction,
				get: function(key) {
					return key;
				},
			};
		})();

		Liferay.PortletKeys = {
			DOCUMENT_LIBRARY: 'com_liferay_document_library_web_portlet_DLPortlet',
			DYNAMIC_DATA_MAPPING: 'com_liferay_dynamic_data_mapping_web_portlet_DDMPortlet',
			ITEM_SELECTOR: 'com_liferay_item_selector_web_portlet_ItemSelectorPortlet'
		};

		Liferay.PropsValues = {
			JAVASCRIPT_SINGLE_PAGE_APPLICATION_TIMEOUT: 0,
			NTLM_AUTH_ENABLED: false,
			UPLOAD_SERVLET_REQUEST_IMPL_MAX_SIZE: 104857600
		};

		Liferay.ThemeDisplay = {

				getLayoutId: function() {
					return '14';
				},

				getLayoutRelativeControlPanelURL: function() {
					return '/group/guest/~/control_panel/manage';
				},

				getLayoutRelativeURL: function() {
					return '/documentos-legais';
				},
				getLayoutURL: function() {
					return '%(url)s';
				},
				getParentLayoutId: function() {
					return '0';
				},
				isControlPanel: function() {
					return false;
				},
				isPrivateLayout: function() {
					return 'false';
				},
				isVirtualLayout: function() {
					return false;
				},

			getBCP47LanguageId: function() {
				return 'pt-BR';
			},
			getCanonicalURL: function() {
				return '%(url)s';
			},
			getCDNBaseURL: function() {
				return 'https://www.viacaoserraazul.com.br';
			},
			getCDNDynamicResourcesHost: function() {
				return '';
			},
			getCDNHost: function() {
				return '';
			},
			getCompanyGroupId: function() {
				return '20124';
			},
			getCompanyId: function() {
				return '20098';
			},
			getDefaultLanguageId: function() {
				return 'pt_BR';
			},
			getDoAsUserIdEncoded: function() {
				return '';
			},
			getLanguageId: function() {
				return 'pt_BR';
			},
			getParentGroupId: function() {
				return '20121';
			},
			getPathContext: function() {
				return '';
			},
			getPathImage: function() {
				return '/image';
			},
			getPathJavaScript: function() {
				return '/o/frontend-js-web';
			},
			getPathMain: function() {
				return '/c';
			},
			getPathThemeImages: function() {
				return 'https://www.viacaoserraazul.com.br/o/serraazul-theme/images';
			},
			getPathThemeRoot: function() {
				return '/o/serraazul-theme';
			},
			getPlid: function() {
				return '41';
			},
			getPortalURL: function() {
				return 'https://www.viacaoserraazul.com.br';
			},
			getRealUserId: function() {
				return '20102';
			},
			getRemoteAddr: function() {
				return '%(remote)s';
			},
			getRemoteHost: function() {
				return '%(remote)s';
			},
			getScopeGroupId: function() {
				return '20121';
			},
			getScopeGroupIdOrLiveGroupId: function() {
				return '20121';
			},
			getSessionId: function() {
				return '';
			},
			getSiteAdminURL: function() {
				return 'https://www.viacaoserraazul.com.br/group/guest/~/control_panel/manage?p_p_lifecycle=0&p_p_state=maximized&p_v_l_s_g_id=20121';
			},
			getSiteGroupId: function() {
				return '20121';
			},
			getURLControlPanel: function() {
				return '/group/control_panel?refererPlid=41';
			},
			getURLHome: function() {
				return 'https\\x3a\\x2f\\x2fwww\\x2eviacaoserraazul\\x2ecom\\x2ebr\\x2fweb\\x2fguest';
			},
			getUserEmailAddress: function() {
				return '';
			},
			getUserId: function() {
				return '20102';
			},
			getUserName: function() {
				return '';
			},
			isAddSessionIdToURL: function() {
				return false;
			},
			isImpersonated: function() {
				return false;
			},
			isSignedIn: function() {
				return false;
			},

			isStagedPortlet: function() {
				return false;
			},

			isStateExclusive: function() {
				return false;
			},
			isStateMaximized: function() {
				return false;
			},
			isStatePopUp: function() {
				return false;
			}
		};

		var themeDisplay = Liferay.ThemeDisplay;

		Liferay.AUI = {

			getCombine: function() {
				return true;
			},
			getComboPath: function() {
				return '/combo/?browserId=chrome&minifierType=&languageId=pt_BR&t=%(t)s&';
			},
			getDateFormat: function() {
				return '%%d/%%m/%%Y';
			},
			getEditorCKEditorPath: function() {
				return '/o/frontend-editor-ckeditor-web/ckeditor';
			},
			getFilter: function() {
				var filter = 'raw';

					filter = 'min';

				return filter;
			},
			getFilterConfig: function() {
				var instance = this;

				var filterConfig = null;

				if (!instance.getCombine()) {
					filterConfig = {
						replaceStr: '.js' + instance.getStaticResourceURLParams(),
						searchExp: '\\\\.js$'
					};
				}

				return filterConfig;
			},
			getJavaScriptRootPath: function() {
				return '/o/frontend-js-web';
			},
			getPortletRootPath: function() {
				return '/html/portlet';
			},
			getStaticResourceURLParams: function() {
				return '?browserId=chrome&minifierType=&languageId=pt_BR&t=%(t)s';
			}
		};

		Liferay.authToken = '%(tok)s';

		Liferay.currentURL = '\\x2fdocumentos-legais';
		Liferay.currentURLEncoded = '\\x252Fdocumentos-legais';
	// ]]>
</script>

<script src="/o/js_loader_config?t=%(t)s" type="text/javascript"></script>
<script data-senna-track="permanent" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=pt_BR&amp;t=%(t)s&amp;/o/frontend-js-aui-web/aui/aui/aui.js&amp;/o/frontend-js-aui-web/liferay/modules.js&amp;/o/frontend-js-aui-web/liferay/aui_sandbox.js&amp;/o/frontend-js-web/loader/config.js&amp;/o/frontend-js-web/loader/loader.js&amp;/o/frontend-js-web/liferay/dom_task_runner.js&amp;/o/frontend-js-web/liferay/events.js&amp;/o/frontend-js-web/liferay/global.bundle.js&amp;/o/frontend-js-web/liferay/portal.js&amp;/o/frontend-js-web/liferay/portlet.js&amp;/o/frontend-js-web/liferay/workflow.js&amp;/o/frontend-js-web/liferay/util.js" type="text/javascript"></script>

<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-5V8RM2Q');</script>
<!-- End Google Tag Manager -->

<link class="lfr-css-file" data-senna-track="temporary" href="https://www.viacaoserraazul.com.br/o/serraazul-theme/css/main.css?browserId=chrome&amp;themeId=serraazultheme_WAR_serraazultheme&amp;minifierType=css&amp;languageId=pt_BR&amp;t=%(t)s" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
</head>

<body class="chrome controls-visible  yui3-skin-sam guest-site signed-out public-page site">

<!-- Google Tag Manager (noscript) -->
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-5V8RM2Q"
height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<!-- End Google Tag Manager (noscript) -->

<nav aria-label="Links rápidos" class="bg-dark cadmin quick-access-nav text-center text-white" id="bdzr_quickAccessNav">
		<h1 class="sr-only">Navegação</h1>
	<ul>
			<li><a href="#main-content">Pular para o conteúdo principal</a></li>
	</ul>
</nav>

<div class="d-flex flex-column min-vh-100">

	<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
			<header id="banner">
				%(promo)s
				<div class="navbar navbar-classic navbar-top py-3">
					<div class="container user-personal-bar">
						<div class="align-items-center autofit-row">
							<a class="logo custom-logo align-items-center d-md-inline-flex d-none logo-md" href="https://www.viacaoserraazul.com.br" title="Ir para Viação Serra Azul">
								<img alt="Viação Serra Azul" class="mr-2" height="56" src="/image/layout_set_logo?img_id=33415&amp;t=1672531200000" />
							</a>
							<div class="autofit-col autofit-col-expand">
								<nav class="sort-pages modify-pages navbar-site" id="navigation" role="navigation">
									<ul aria-label="Páginas do site" role="menubar" class="navbar-nav">
										<li class="lfr-nav-item nav-item" id="layout_2" role="presentation"><a href="https://www.viacaoserraazul.com.br/passagens" class="nav-link text-truncate" role="menuitem"><span class="text-truncate">Passagens</span></a></li>
										<li class="lfr-nav-item nav-item" id="layout_3" role="presentation"><a href="https://www.viacaoserraazul.com.br/horarios" class="nav-link text-truncate" role="menuitem"><span class="text-truncate">Horários</span></a></li>
										<li class="lfr-nav-item nav-item" id="layout_4" role="presentation"><a href="https://www.viacaoserraazul.com.br/destinos" class="nav-link text-truncate" role="menuitem"><span class="text-truncate">Destinos</span></a></li>
										<li class="lfr-nav-item nav-item" id="layout_5" role="presentation"><a href="https://www.viacaoserraazul.com.br/encomendas" class="nav-link text-truncate" role="menuitem"><span class="text-truncate">Encomendas</span></a></li>
										<li class="lfr-nav-item nav-item" id="layout_6" role="presentation"><a href="https://www.viacaoserraazul.com.br/atendimento" class="nav-link text-truncate" role="menuitem"><span class="text-truncate">Atendimento</span></a></li>
									</ul>
								</nav>
							</div>
							<div class="autofit-col">
								<span class="sign-in text-default" role="presentation"><a data-redirect="false" href="https://www.viacaoserraazul.com.br/c/portal/login?p_l_id=41&amp;p_auth=%(tok)s" class="sign-in text-default" role="menuitem"><span class="inline-item inline-item-before"><svg class="lexicon-icon lexicon-icon-user" role="presentation" viewBox="0 0 512 512"><use xlink:href="https://www.viacaoserraazul.com.br/o/serraazul-theme/images/clay/icons.svg#user"></use></svg></span>Entrar</a></span>
							</div>
						</div>
					</div>
				</div>
			</header>

		<section class="flex-fill" id="content">
			<h2 class="sr-only" role="heading" aria-level="1">Documentos legais</h2>
			<div class="columns-1" id="main-content" role="main">
	<div class="portlet-layout row">
		<div class="col-md-12 portlet-column portlet-column-only" id="column-1">
			<div class="portlet-dropzone portlet-column-content portlet-column-content-only" id="layout-column_column-1">
				<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_  portlet-static portlet-static-end portlet-barebone portlet-journal-content " id="p_p_id_%(pid)s_">
		<span id="p_%(pid)s"></span>
	<section class="portlet" id="portlet_%(pid)s">
		<div class="portlet-content">
			<div class="autofit-float autofit-row portlet-header">
				<div class="autofit-col autofit-col-end">
					<div class="autofit-section">
					</div>
				</div>
			</div>
			<div class=" portlet-content-container">
				<div class="portlet-body">
					<div class="journal-content-article " data-analytics-asset-id="48217" data-analytics-asset-title="Documentos Legais" data-analytics-asset-type="web-content" data-analytics-web-content-resource-pk="48219">
<div class="documentos-legais container">
	<h1 class="documentos-legais__titulo">Documentos legais</h1>
	<ul class="nav nav-underline" role="tablist">
		<li class="nav-item" role="presentation"><a aria-controls="tab-privacidade" aria-selected="true" class="active nav-link" data-toggle="liferay-tab" href="#tab-privacidade" id="tab-privacidade-link" role="tab">Política de Privacidade</a></li>
		<li class="nav-item" role="presentation"><a aria-controls="tab-condicoes" aria-selected="false" class="nav-link" data-toggle="liferay-tab" href="#tab-condicoes" id="tab-condicoes-link" role="tab">Condições Gerais de Transporte</a></li>
		<li class="nav-item" role="presentation"><a aria-controls="tab-cookies" aria-selected="false" class="nav-link" data-toggle="liferay-tab" href="#tab-cookies" id="tab-cookies-link" role="tab">Política de Cookies</a></li>
	</ul>
	<div class="tab-content">
		<div aria-labelledby="tab-privacidade-link" class="active fade show tab-pane" id="tab-privacidade" role="tabpanel">
%(privacy)s
		</div>
		<div aria-labelledby="tab-condicoes-link" class="fade tab-pane" id="tab-condicoes" role="tabpanel">
%(cgt)s
		</div>
		<div aria-labelledby="tab-cookies-link" class="fade tab-pane" id="tab-cookies" role="tabpanel">
%(cookies)s
		</div>
	</div>
</div>
					</div>
				</div>
			</div>
		</div>
	</section>
</div>
			</div>
		</div>
	</div>
</div>
<form action="#" aria-hidden="true" class="hide" id="hrefFm" method="post" name="hrefFm"><span></span><button hidden type="submit">Oculto</button></form>
		</section>

			<footer id="footer" role="contentinfo">
				<div class="container">
					<div class="row">
						<div class="col-md-4"><h3 class="footer__title">Atendimento</h3><p>SAC 0800 771 4040<br />Ouvidoria 0800 771 4041<br />WhatsApp (11) 4003-4040</p></div>
						<div class="col-md-4"><h3 class="footer__title">Institucional</h3><ul class="list-unstyled"><li><a href="https://www.viacaoserraazul.com.br/sobre">Sobre a Serra Azul</a></li><li><a href="https://www.viacaoserraazul.com.br/trabalhe-conosco">Trabalhe conosco</a></li><li><a href="https://www.viacaoserraazul.com.br/documentos-legais">Documentos legais</a></li><li><a href="#" class="cookie-settings">Configurações de cookies</a></li></ul></div>
						<div class="col-md-4"><h3 class="footer__title">Baixe o app</h3><a href="https://apps.apple.com/br/app/serra-azul/id1487203315"><img src="/o/serraazul-theme/images/app-store.svg" alt="Baixar na App Store" width="120" height="40" /></a> <a href="https://play.google.com/store/apps/details?id=br.com.viacaoserraazul.app"><img src="/o/serraazul-theme/images/google-play.svg" alt="Disponível no Google Play" width="135" height="40" /></a></div>
					</div>
					<p class="footer__copy">Viação Serra Azul S.A. · CNPJ 61.482.907/0001-35 · Powered by Liferay</p>
				</div>
			</footer>
	</div>
</div>

<script type="text/javascript">
// <![CDATA[
	Liferay.Loader.require('frontend-js-tabs-support@1.0.6/index', function(frontendJsTabsSupport) { try { (function() { frontendJsTabsSupport.default(); })(); } catch (err) { console.error(err); } });
	Liferay.on('allPortletsReady', function() { Liferay.Util.focusFormField(); });
// ]]>
</script>

<script src="https://www.viacaoserraazul.com.br/o/serraazul-theme/js/main.js?browserId=chrome&amp;minifierType=js&amp;languageId=pt_BR&amp;t=%(t)s" type="text/javascript"></script>

<div class="cookie-banner" id="cookieBanner" role="dialog" aria-live="polite"><p>Usamos cookies para melhorar a sua experiência. Ao continuar navegando, você pode aceitar todos ou configurar suas preferências.</p><button class="btn btn-primary btn-sm" id="cookieAcceptAll">Aceitar todos</button> <button class="btn btn-secondary btn-sm" id="cookieConfigure">Configurar</button></div>
</body>

</html>
""" % {"t": t, "url": URL, "pid": pid, "tok": tok, "remote": st["remote"], "promo": promo,
       "privacy": pane(blocks), "cgt": cgt, "cookies": cookies}


PAGE = {
    "service": "Viacao Serra Azul",
    "url": URL,
    "lang": "pt-BR",
    "platform": "Liferay DXP 7.4 (Web Content Display, FreeMarker template with Clay tabs)",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": (("Cache-Control", "private, no-cache, no-store, must-revalidate"),
                      ("Liferay-Portal", "Liferay Digital Experience Platform 7.4"),
                      ("X-Content-Type-Options", "nosniff"), ("X-Frame-Options", "SAMEORIGIN")),
    "n": 30,
    "start": dt.date(2021, 9, 1),
    "end": dt.date(2024, 8, 31),
    "policy": POLICY,
    "first_updated": dt.date(2021, 6, 28),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#tab-privacidade"},
}
