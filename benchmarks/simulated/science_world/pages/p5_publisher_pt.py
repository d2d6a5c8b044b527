"""Lusodoc, a Portuguese scientific publisher (journals on OJS, books sold in its own web shop): Magento 2.4 /
Adobe Commerce Luma child theme, CMS page built with Page Builder, European Portuguese.

The title is Luma's `.page-title` (outside the content), the policy Page Builder rows (`data-content-type="row"`,
a heading and a text element per row, `data-pb-style` ids regenerated on every save) inside `.column.main`, which
also holds the per-visit `form_key`, the authentication-popup config and `x-magento-init` scripts; the header's
journal banner is a Page Builder row too (a CMS block), so the declaration scopes rows to `.column.main`. Fairly
clean. Per visit: the random `id="id..."` of Luma's "Criar conta" link and the `form_key`. Sticky: the static
content version (`/static/version<deploy time>/`), the impact-factor banner (new JCR figures every June) and the
"Mais vendidos" product widget.
"""
import datetime as dt
import html

import common as C

MESES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
         "novembro", "dezembro"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
# Política de Privacidade

Última atualização: {UPDATED}

A Lusodoc – Edições Científicas, Lda. (doravante «Lusodoc» ou «nós») publica revistas científicas e livros académicos e gere a livraria online www.lusodoc.pt. Esta Política de Privacidade explica como tratamos os dados pessoais dos nossos clientes, autores, revisores e visitantes, em conformidade com o Regulamento Geral sobre a Proteção de Dados (RGPD) e com a Lei n.º 58/2019, de 8 de agosto.

## 1. Responsável pelo tratamento

@ Lusodoc – Edições Científicas, Lda.
@ NIPC 509 876 543
@ Rua do Brasil, 87, 3030-175 Coimbra
@ Telefone: +351 239 480 210 (chamada para a rede fixa nacional)
@ E-mail: geral@lusodoc.pt

Designámos um Encarregado de Proteção de Dados (EPD), que pode contactar através do endereço [epd@lusodoc.pt](mailto:epd@lusodoc.pt) ou por carta para a morada acima, com a menção «Ao cuidado do EPD».

## 2. Que dados pessoais recolhemos

### 2.1. Clientes da livraria

- nome, morada de faturação e de entrega, número de identificação fiscal (NIF), e-mail e telemóvel;
- histórico de encomendas, lista de favoritos e avaliações de livros que publique;
- dados de pagamento, tratados diretamente pelos prestadores de serviços de pagamento: não guardamos os dados do seu cartão.

### 2.2. Autores, revisores e editores

- nome, afiliação institucional, e-mail, identificador ORCID e áreas de especialidade;
- manuscritos, pareceres de revisão e correspondência editorial;
- declarações de conflito de interesses, de financiamento e de contribuição dos autores;
- no caso de autores de livros, os dados necessários ao pagamento de direitos de autor (IBAN e NIF).

### 2.3. Visitantes do site

- endereço IP, tipo de navegador, páginas visitadas e data e hora do acesso;
- informação guardada em cookies, nos termos da secção 8.

## 3. Finalidades, fundamentos e prazos de conservação

| Finalidade | Fundamento jurídico | Prazo de conservação |
| Processamento de encomendas e entregas | Execução do contrato | 10 anos após a encomenda |
| Faturação e obrigações contabilísticas | Obrigação legal | 10 anos |
| Gestão editorial e revisão por pares | Execução do contrato e interesse legítimo | Artigos publicados: permanente; manuscritos rejeitados: 3 anos |
| Newsletter e alertas de novos números | Consentimento | Até à retirada do consentimento |
| Livro de Reclamações Eletrónico | Obrigação legal | 3 anos |
| Segurança do site e prevenção de fraude | Interesse legítimo | 90 dias |

Findo o prazo de conservação, os dados são eliminados ou anonimizados.

## 4. Revisão por pares e publicação

As submissões às nossas revistas são geridas na plataforma Open Journal Systems (OJS). A revisão por pares é duplamente cega: a identidade dos revisores não é revelada aos autores e vice-versa, salvo nas revistas que adotam revisão aberta e o indicam expressamente nas instruções aos autores.

Quando um artigo é publicado, o nome, a afiliação e o identificador ORCID dos autores, bem como o e-mail do autor correspondente, são publicados com o artigo e transmitidos a serviços de indexação e de registo, como a Crossref, o DOAJ, a Scopus e a Web of Science. Os artigos publicados são conservados permanentemente, por constituírem registo científico; eventuais retratações seguem as orientações do COPE (Committee on Publication Ethics).

## 5. Destinatários e subcontratantes

Partilhamos dados apenas com entidades que nos prestam serviços e que estão vinculadas por contrato a tratá-los segundo as nossas instruções:

| Entidade | Serviço | Localização |
| CTT – Correios de Portugal, S.A. | Entrega de encomendas | Portugal |
| Ifthenpay, Lda. | Pagamentos por referência Multibanco e MB WAY | Portugal |
| Stripe Payments Europe, Ltd. | Pagamentos com cartão | Irlanda |
| Moloni (Nuvem de Letras, Lda.) | Faturação certificada | Portugal |
| E-goi, S.A. | Newsletter e alertas de conteúdo | Portugal |
| Public Knowledge Project (PKP Publishing Services) | Alojamento da plataforma editorial OJS | Canadá |
| Crossref (Publishers International Linking Association, Inc.) | Registo de DOI e de metadados | Estados Unidos |

Podemos ainda comunicar dados às autoridades quando a lei o exija, por exemplo à Autoridade Tributária e Aduaneira.

## 6. Transferências internacionais

Alguns subcontratantes estão localizados fora do Espaço Económico Europeu. As transferências para o Canadá beneficiam de uma decisão de adequação da Comissão Europeia; as transferências para os Estados Unidos baseiam-se no Quadro de Privacidade de Dados UE-EUA ou em cláusulas contratuais-tipo aprovadas pela Comissão.

## 7. Menores

A livraria não se destina a menores de 18 anos. Não recolhemos intencionalmente dados de crianças com menos de 13 anos; se tomarmos conhecimento de que o fizemos, eliminaremos esses dados.

## 8. Cookies

Utilizamos cookies essenciais ao funcionamento da loja (sessão, carrinho de compras e chave de formulário) e, apenas com o seu consentimento, cookies analíticos do Google Analytics 4. Pode alterar as suas preferências a qualquer momento na ligação «Definições de cookies», no rodapé do site.

## 9. Os seus direitos

Nos termos do RGPD, tem o direito de:

- aceder aos seus dados pessoais e obter uma cópia;
- pedir a retificação de dados inexactos ou incompletos;
- pedir o apagamento dos dados, exceto quando a sua conservação seja obrigatória ou os dados integrem o registo científico publicado;
- pedir a limitação do tratamento e opor-se ao tratamento baseado em interesse legítimo;
- receber os dados que nos forneceu num formato estruturado (portabilidade);
- retirar o consentimento a qualquer momento, sem comprometer a licitude do tratamento anterior.

Para exercer estes direitos, escreva para [epd@lusodoc.pt](mailto:epd@lusodoc.pt). Responderemos no prazo de um mês. Tem ainda o direito de apresentar reclamação à autoridade de controlo:

@ Comissão Nacional de Proteção de Dados (CNPD)
@ Av. D. Carlos I, 134, 1.º, 1200-651 Lisboa
@ [www.cnpd.pt](https://www.cnpd.pt)

## 10. Segurança

Aplicamos medidas técnicas e organizativas adequadas, nomeadamente comunicações cifradas (HTTPS), autenticação de dois fatores para o acesso à área de administração da loja e da plataforma editorial, cópias de segurança diárias e formação regular dos colaboradores.

## 11. Alterações a esta política

Podemos atualizar esta Política de Privacidade. Publicaremos sempre a versão em vigor nesta página, com a data da última atualização, e informaremos os clientes registados de alterações relevantes por e-mail.
"""

EDITS = [
    {"note": "DPD Portugal added to the recipients table",
     "repl": [("| CTT – Correios de Portugal, S.A. | Entrega de encomendas | Portugal |",
               "| CTT – Correios de Portugal, S.A. | Entrega de encomendas | Portugal |\n"
               "| DPD Portugal, S.A. | Entrega de encomendas ao domicílio e em pontos Pickup | Portugal |")]},
    {"note": "pre-1990-agreement spelling fixed (inexactos -> inexatos), date kept", "bump": False,
     "repl": [("pedir a retificação de dados inexactos ou incompletos;", "pedir a retificação de dados inexatos ou incompletos;")]},
    {"note": "rejected manuscripts now kept 2 years instead of 3",
     "repl": [("manuscritos rejeitados: 3 anos", "manuscritos rejeitados: 2 anos")]},
    {"note": "ORCID integration paragraph added to section 4",
     "repl": [("eventuais retratações seguem as orientações do COPE (Committee on Publication Ethics).",
               "eventuais retratações seguem as orientações do COPE (Committee on Publication Ethics).\n\n"
               "Se autorizar a ligação à sua conta ORCID durante a submissão, a plataforma editorial obtém o seu "
               "identificador autenticado e, após a publicação, acrescenta automaticamente o artigo ao seu registo "
               "ORCID. Pode revogar esta autorização a qualquer momento nas definições da sua conta ORCID.")]},
    {"note": "new phone number of the controller",
     "repl": [("@ Telefone: +351 239 480 210 (chamada para a rede fixa nacional)",
               "@ Telefone: +351 239 094 500 (chamada para a rede fixa nacional)")]},
]

JOURNALS = [
    ("Revista Portuguesa de Ciências do Mar", {2020: "2,1", 2021: "2,4", 2022: "2,7"}),
    ("Acta Geológica Lusitana", {2020: "1,6", 2021: "1,8", 2022: "1,7"}),
]

BOOKS = [
    ("Introdução à Bioestatística", "Ana Sofia Marques", "28,50"),
    ("Ecologia dos Estuários Portugueses", "João P. Ferreira", "34,90"),
    ("Métodos de Investigação em Ciências Sociais", "Helena Cardoso", "24,00"),
    ("Geologia de Portugal, vol. I", "R. Dias & A. Araújo", "42,00"),
    ("Química Analítica Aplicada", "Miguel Teixeira", "31,80"),
    ("Manual de Escrita Científica", "Catarina Lopes", "19,90"),
    ("Oceanografia Física", "Pedro Nunes Vaz", "38,00"),
    ("História da Ciência em Portugal", "Maria Luísa Santos", "26,50"),
]


def noise(rng, when, i, prev):
    prev = prev or {}
    jcr_year = when.year - 1 if (when.month, when.day) >= (6, 28) else when.year - 2
    return {
        "regid": "id" + C.alnum(rng, 8),
        "form_key": C.alnum(rng, 16),
        "static": C.keep_or(rng, prev.get("static"), 0.12, lambda: C.epoch(when) - rng.randint(3600, 2000000)),
        "banner": (rng.randrange(2) if prev.get("banner") is None or rng.random() < 0.2 else prev["banner"][0],
                   min(max(jcr_year, 2020), 2022)),
        "books": C.keep_or(rng, prev.get("books"), 0.3, lambda: tuple(rng.sample(range(len(BOOKS)), 4))),
    }


LABELS = {"regid": "random id of the 'Criar conta' link", "form_key": "form_key hidden input",
          "static": "static content version (deploy)", "banner": "impact-factor banner (journal, JCR year)",
          "books": "'Mais vendidos' product widget"}


def pb_id(*parts):
    return C.det_sha("pb", *parts)[:7].upper()


def rows_html(blocks):
    head, secs = C.split_sections(blocks[1:])
    save = C.det_sha(repr(blocks))
    out = []
    groups = [(None, head)] + secs
    for n, (h, sb) in enumerate(groups):
        pid = pb_id(save, n)
        inner = []
        if h is not None:
            inner.append('<h2 data-content-type="heading" data-appearance="default" data-element="main">%s</h2>'
                         % C.inline_html(h))
        inner.append('<div data-content-type="text" data-appearance="default" data-element="main">%s</div>'
                     % "".join(C.block_html(b) for b in sb))
        out.append(
            '<style>#html-body [data-pb-style=%s]{justify-content:flex-start;display:flex;flex-direction:column;'
            'background-position:left top;background-size:cover;background-repeat:no-repeat;'
            'background-attachment:scroll}</style>'
            '<div data-content-type="row" data-appearance="contained" data-element="main"><div data-enable-parallax="0" '
            'data-parallax-speed="0.5" data-background-images="{}" data-background-type="image" data-video-loop="true" '
            'data-video-play-only-visible="true" data-video-lazy-load="true" data-video-fallback-src="" '
            'data-element="inner" data-pb-style="%s">%s</div></div>' % (pid, pid, "".join(inner)))
    return "".join(out)


def render(s, blocks, when):
    base = "https://www.lusodoc.pt/static/version%d/frontend/Lusodoc/default/pt_PT" % s["static"]
    j, jy = s["banner"]
    jname, ifs = JOURNALS[j]
    banner_id = pb_id("banner", j, jy)
    banner = ('<div class="widget block block-static-block"><style>#html-body [data-pb-style=%s]{text-align:center}'
              '</style><div data-content-type="row" data-appearance="full-width" data-enable-parallax="0" '
              'data-parallax-speed="0.5" data-background-images="{}" data-background-type="image" '
              'data-video-loop="true" data-element="main" data-pb-style="%s" class="top-banner"><div class="row-full-width-inner" '
              'data-element="inner"><div data-content-type="text" data-appearance="default" data-element="main">'
              '<p><strong>%s</strong> — Fator de impacto %d (JCR): <strong>%s</strong> · '
              '<a href="https://revistas.lusodoc.pt/">Submeta o seu artigo</a></p></div></div></div></div>'
              % (banner_id, banner_id, html.escape(jname), jy, ifs[jy]))
    books = "".join(
        '<li class="product-item"><div class="product-item-info"><a href="https://www.lusodoc.pt/livro-%d.html" '
        'class="product-item-photo"><span class="product-image-container product-image-container-%d" style="width:240px;">'
        '<span class="product-image-wrapper" style="padding-bottom: 140%%;"><img class="product-image-photo" '
        'src="https://www.lusodoc.pt/media/catalog/product/cache/%s/l/v/livro-%d.jpg" loading="lazy" width="240" '
        'height="336" alt="%s"/></span></span></a><div class="product-item-details"><strong class="product-item-name">'
        '<a title="%s" href="https://www.lusodoc.pt/livro-%d.html" class="product-item-link">%s</a></strong>'
        '<div class="product-item-author">%s</div><div class="price-box price-final_price" data-role="priceBox" '
        'data-product-id="%d" data-price-box="product-id-%d"><span class="price-container price-final_price tax weee">'
        '<span id="product-price-%d-widget-product-grid" data-price-amount="%s" data-price-type="finalPrice" '
        'class="price-wrapper "><span class="price">%s&nbsp;€</span></span></span></div></div></div></li>'
        % (k + 410, k + 410, C.det_sha("img")[:32], k + 410, html.escape(BOOKS[k][0]), html.escape(BOOKS[k][0]),
           k + 410, html.escape(BOOKS[k][0]), html.escape(BOOKS[k][1]), k + 410, k + 410, k + 410,
           BOOKS[k][2].replace(",", "."), BOOKS[k][2]) for k in s["books"])
    title = blocks[0][1]
    return """<!doctype html>
<html lang="pt">
    <head >
        <script>
    var LOCALE = 'pt\\u002DPT';
    var BASE_URL = 'https\\u003A\\u002F\\u002Fwww.lusodoc.pt\\u002F';
    var require = {
        'baseUrl': 'https\\u003A\\u002F\\u002Fwww.lusodoc.pt\\u002Fstatic\\u002Fversion%(static)d\\u002Ffrontend\\u002FLusodoc\\u002Fdefault\\u002Fpt_PT'
    };</script>        <meta charset="utf-8"/>
<meta name="title" content="%(title)s"/>
<meta name="description" content="Política de Privacidade da Lusodoc – Edições Científicas"/>
<meta name="robots" content="INDEX,FOLLOW"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="format-detection" content="telephone=no"/>
<title>%(title)s</title>
<link  rel="stylesheet" type="text/css"  media="all" href="%(base)s/mage/calendar.css" />
<link  rel="stylesheet" type="text/css"  media="all" href="%(base)s/css/styles-m.css" />
<link  rel="stylesheet" type="text/css"  media="screen and (min-width: 768px)" href="%(base)s/css/styles-l.css" />
<link  rel="stylesheet" type="text/css"  media="print" href="%(base)s/css/print.css" />
<script  type="text/javascript"  src="%(base)s/requirejs/require.js"></script>
<script  type="text/javascript"  src="%(base)s/mage/requirejs/mixins.js"></script>
<script  type="text/javascript"  src="%(base)s/requirejs-config.js"></script>
<link  rel="icon" type="image/x-icon" href="%(base)s/Magento_Theme/favicon.ico" />
<link  rel="canonical" href="https://www.lusodoc.pt/politica-de-privacidade" />
    </head>
    <body data-container="body"
          data-mage-init='{"loaderAjax": {}, "loader": { "icon": "%(base)s/images/loader-2.gif"}}'
        id="html-body" class="cms-politica-de-privacidade cms-page-view page-layout-1column">
<div class="cookie-status-message" id="cookie-status">
    A loja não funcionará corretamente se os cookies estiverem desativados.</div>
<script type="text&#x2F;javascript">document.querySelector("#cookie-status").style.display = "none";</script>
<script type="text/x-magento-init">
    {
        "*": {
            "cookieStatus": {}
        }
    }
</script>
<script type="text/x-magento-init">
    {
        "*": {
            "mage/cookies": {
                "expires": null,
                "path": "\\u002F",
                "domain": ".www.lusodoc.pt",
                "secure": true,
                "lifetime": "3600"
            }
        }
    }
</script>
    <noscript>
        <div class="message global noscript">
            <div class="content">
                <p>
                    <strong>O JavaScript parece estar desativado no seu navegador.</strong>
                    <span>
                        Para usufruir da melhor experiência no nosso site, ative o JavaScript no seu navegador.                    </span>
                </p>
            </div>
        </div>
    </noscript>
<div class="page-wrapper"><header class="page-header"><div class="panel wrapper"><div class="panel header"><a class="action skip contentarea"
   href="#contentarea">
    <span>
        Saltar para o conteúdo    </span>
</a>
<ul class="header links">    <li class="greet welcome" data-bind="scope: 'customer'">
        <!-- ko if: customer().fullname  -->
        <span class="logged-in"
              data-bind="text: new String('Bem-vindo, %%1!').replace('%%1', customer().fullname)">
        </span>
        <!-- /ko -->
        <!-- ko ifnot: customer().fullname  -->
        <span class="not-logged-in"
              data-bind="html: 'Bem-vindo à Lusodoc'"></span>
                <!-- /ko -->
    </li>
        <script type="text/x-magento-init">
        {
            "*": {
                "Magento_Ui/js/core/app": {
                    "components": {
                        "customer": {
                            "component": "Magento_Customer/js/view/customer"
                        }
                    }
                }
            }
        }
        </script>
<li class="link authorization-link" data-label="ou">
    <a href="https://www.lusodoc.pt/customer/account/login/referer/aHR0cHM6Ly93d3cubHVzb2RvYy5wdC9wb2xpdGljYS1kZS1wcml2YWNpZGFkZQ%%2C%%2C/"        >Iniciar sessão</a>
</li>
<li><a href="https://www.lusodoc.pt/customer/account/create/" id="%(regid)s" >Criar conta</a></li></ul></div></div>
%(banner)s
<div class="header content"><span data-action="toggle-nav" class="action nav-toggle"><span>Alternar navegação</span></span>
<a
    class="logo"
    href="https://www.lusodoc.pt/"
    title="Lusodoc&#x20;&#x2013;&#x20;Edi&#xE7;&#xF5;es&#x20;Cient&#xED;ficas"
    aria-label="store logo">
    <img src="%(base)s/images/logo.svg"
         title="Lusodoc&#x20;&#x2013;&#x20;Edi&#xE7;&#xF5;es&#x20;Cient&#xED;ficas"
         alt="Lusodoc&#x20;&#x2013;&#x20;Edi&#xE7;&#xF5;es&#x20;Cient&#xED;ficas"
            width="200"            height="48"    />
</a>

<div data-block="minicart" class="minicart-wrapper">
    <a class="action showcart" href="https://www.lusodoc.pt/checkout/cart/"
       data-bind="scope: 'minicart_content'">
        <span class="text">O meu carrinho</span>
        <span class="counter qty empty"
              data-bind="css: { empty: !!getCartParam('summary_count') == false && !isLoading() },
               blockLoader: isLoading">
            <span class="counter-number">
                <!-- ko if: getCartParam('summary_count') -->
                <!-- ko text: getCartParam('summary_count').toLocaleString(window.LOCALE) --><!-- /ko -->
                <!-- /ko -->
            </span>
            <span class="counter-label">
            <!-- ko if: getCartParam('summary_count') -->
                <!-- ko text: getCartParam('summary_count').toLocaleString(window.LOCALE) --><!-- /ko -->
                <!-- ko i18n: 'items' --><!-- /ko -->
            <!-- /ko -->
            </span>
        </span>
    </a>
</div>
<div class="block block-search">
    <div class="block block-title"><strong>Pesquisar</strong></div>
    <div class="block block-content">
        <form class="form minisearch" id="search_mini_form"
              action="https://www.lusodoc.pt/catalogsearch/result/" method="get">
            <div class="field search">
                <label class="label" for="search" data-role="minisearch-label">
                    <span>Pesquisar</span>
                </label>
                <div class="control">
                    <input id="search"
                           data-mage-init='{"quickSearch": {"formSelector": "#search_mini_form","url": "https://www.lusodoc.pt/search/ajax/suggest/","destinationSelector": "#search_autocomplete","minSearchLength": "3"}}'
                           type="text"
                           name="q"
                           value=""
                           placeholder="Pesquisar&#x20;livros,&#x20;autores,&#x20;ISBN..."
                           class="input-text"
                           maxlength="128"
                           role="combobox"
                           aria-haspopup="false"
                           aria-autocomplete="both"
                           autocomplete="off"
                           aria-expanded="false"/>
                    <div id="search_autocomplete" class="search-autocomplete"></div>
                </div>
            </div>
            <div class="actions">
                <button type="submit"
                        title="Pesquisar"
                        class="action search"
                        aria-label="Search"
                >
                    <span>Pesquisar</span>
                </button>
            </div>
        </form>
    </div>
</div>
</div></header>    <div class="sections nav-sections">
                <div class="section-items nav-sections-items"
             data-mage-init='{"tabs":{"openedState":"active"}}'>
                                            <div class="section-item-title nav-sections-item-title"
                     data-role="collapsible">
                    <a class="nav-sections-item-switch"
                       data-toggle="switch" href="#store.menu">
                        Menu                    </a>
                </div>
                <div class="section-item-content nav-sections-item-content"
                     id="store.menu"
                     data-role="content">

<nav class="navigation" data-action="navigation">
    <ul data-mage-init='{"menu":{"responsive":true, "expanded":true, "position":{"my":"left top","at":"left bottom"}}}'>
        <li  class="level0 nav-1 category-item first level-top"><a href="https://www.lusodoc.pt/livros.html"  class="level-top" ><span>Livros</span></a></li><li  class="level0 nav-2 category-item level-top"><a href="https://www.lusodoc.pt/ebooks.html"  class="level-top" ><span>E-books</span></a></li><li  class="level0 nav-3 category-item level-top"><a href="https://www.lusodoc.pt/revistas.html"  class="level-top" ><span>Revistas</span></a></li><li  class="level0 nav-4 category-item level-top"><a href="https://www.lusodoc.pt/novidades.html"  class="level-top" ><span>Novidades</span></a></li><li  class="level0 nav-5 category-item last level-top"><a href="https://www.lusodoc.pt/autores.html"  class="level-top" ><span>Para autores</span></a></li>    </ul>
</nav>
                </div>
                                    </div>
    </div>
<main id="maincontent" class="page-main"><a id="contentarea" tabindex="-1"></a>
<div class="page-title-wrapper">
    <h1 class="page-title"
                >
        <span class="base" data-ui-id="page-title-wrapper" >%(title)s</span>    </h1>
    </div>
<div class="page messages"><div data-placeholder="messages"></div>
<div data-bind="scope: 'messages'">
    <!-- ko if: cookieMessages && cookieMessages.length > 0 -->
    <div aria-atomic="true" role="alert" data-bind="foreach: { data: cookieMessages, as: 'message' }" class="messages">
        <div data-bind="attr: {
            class: 'message-' + message.type + ' ' + message.type + ' message',
            'data-ui-id': 'message-' + message.type
        }">
            <div data-bind="html: $parent.prepareMessageForHtml(message.text)"></div>
        </div>
    </div>
    <!-- /ko -->
</div>
<script type="text/x-magento-init">
    {
        "*": {
            "Magento_Ui/js/core/app": {
                "components": {
                        "messages": {
                            "component": "Magento_Theme/js/view/messages"
                        }
                    }
                }
            }
    }
</script>
</div><div class="columns"><div class="column main"><input name="form_key" type="hidden" value="%(form_key)s" /><div id="authenticationPopup" data-bind="scope:'authenticationPopup', style: {display: 'none'}">
        <script>window.authenticationPopup = {"autocomplete":"off","customerRegisterUrl":"https:\\/\\/www.lusodoc.pt\\/customer\\/account\\/create\\/","customerForgotPasswordUrl":"https:\\/\\/www.lusodoc.pt\\/customer\\/account\\/forgotpassword\\/","baseUrl":"https:\\/\\/www.lusodoc.pt\\/","customerLoginUrl":"https:\\/\\/www.lusodoc.pt\\/customer\\/ajax\\/login\\/"}</script>    <!-- ko template: getTemplate() --><!-- /ko -->
        <script type="text/x-magento-init">
        {
            "#authenticationPopup": {
                "Magento_Ui/js/core/app": {"components":{"authenticationPopup":{"component":"Magento_Customer\\/js\\/view\\/authentication-popup","children":{"messages":{"component":"Magento_Ui\\/js\\/view\\/messages","displayArea":"messages"},"captcha":{"component":"Magento_Captcha\\/js\\/view\\/checkout\\/loginCaptcha","displayArea":"additional-login-form-fields","formId":"user_login","configSource":"checkout"}}}}}            },
            "*": {
                "Magento_Ui/js/block-loader": "%(base)s\\/images\\/loader-1.gif"
            }
        }
    </script>
</div>
<script type="text/x-magento-init">
    {
        "*": {
            "Magento_Customer/js/section-config": {
                "sections": {"stores\\/store\\/switch":["*"],"directory\\/currency\\/switch":["*"],"*":["messages"],"customer\\/account\\/logout":["*","recently_viewed_product","recently_compared_product","persistent"],"customer\\/account\\/loginpost":["*"],"checkout\\/cart\\/add":["cart","directory-data"],"checkout\\/cart\\/delete":["cart"],"checkout\\/cart\\/updatepost":["cart"]},
                "clientSideSections": ["checkout-data","cart-data"],
                "baseUrls": ["https:\\/\\/www.lusodoc.pt\\/"],
                "sectionNames": ["messages","customer","compare-products","last-ordered-items","cart","directory-data","captcha","wishlist","loggedAsCustomerData","persistent","review","recently_viewed_product","recently_compared_product","product_data_storage","paypal-billing-agreement"]            }
        }
    }
</script>
%(rows)s</div></div></main><footer class="page-footer"><div class="footer content">
<div class="block widget block-products-list grid">
    <div class="block-title">
        <strong role="heading" aria-level="2">Mais vendidos</strong>
    </div>
    <div class="block-content">
        <div class="products-grid grid">
            <ol class="product-items widget-product-grid">%(books)s</ol>
        </div>
    </div>
</div>
<div class="block newsletter">
    <div class="title"><strong>Newsletter</strong></div>
    <div class="content">
        <form class="form subscribe"
            novalidate
            action="https://www.lusodoc.pt/newsletter/subscriber/new/"
            method="post"
            data-mage-init='{"validation": {"errorClass": "mage-error"}}'
            id="newsletter-validate-detail">
            <div class="field newsletter">
                <div class="control">
                    <label for="newsletter">
                        <span class="label">
                            Subscreva a nossa newsletter                        </span>
                        <input name="email" type="email" id="newsletter"
                               placeholder="Introduza o seu e-mail"
                               data-mage-init='{"mage/trim-input":{}}'
                               data-validate="{required:true, 'validate-email':true}"
                        />
                    </label>
                </div>
            </div>
            <div class="actions">
                <button class="action subscribe primary"
                        title="Subscrever"
                        type="submit"
                        aria-label="Subscribe">
                    <span>Subscrever</span>
                </button>
            </div>
        </form>
    </div>
</div>
<ul class="footer links"><li class="nav item"><a href="https://www.lusodoc.pt/quem-somos">Quem somos</a></li><li class="nav item"><a href="https://www.lusodoc.pt/termos-e-condicoes">Termos e condições</a></li><li class="nav item current"><strong>Política de Privacidade</strong></li><li class="nav item"><a href="https://www.lusodoc.pt/envios-e-devolucoes">Envios e devoluções</a></li><li class="nav item"><a href="https://www.livroreclamacoes.pt/Inicio/" target="_blank" rel="noopener">Livro de Reclamações</a></li><li class="nav item"><a href="#" class="cookie-settings">Definições de cookies</a></li><li class="nav item"><a href="https://www.lusodoc.pt/contact/">Contactos</a></li></ul></div></footer><script type="text/x-magento-init">
        {
            "*": {
                "Magento_Ui/js/core/app": {
                    "components": {
                        "storage-manager": {
                            "component": "Magento_Catalog/js/storage-manager",
                            "appendTo": "",
                            "storagesConfiguration" : {"recently_viewed_product":{"requestConfig":{"syncUrl":"https:\\/\\/www.lusodoc.pt\\/catalog\\/product\\/frontend_action_synchronize\\/"},"lifetime":"1000","allowToSendRequest":null},"recently_compared_product":{"requestConfig":{"syncUrl":"https:\\/\\/www.lusodoc.pt\\/catalog\\/product\\/frontend_action_synchronize\\/"},"lifetime":"1000","allowToSendRequest":null},"product_data_storage":{"updateRequestConfig":{"url":"https:\\/\\/www.lusodoc.pt\\/rest\\/pt\\/V1\\/products-render-info"},"requestConfig":{"syncUrl":"https:\\/\\/www.lusodoc.pt\\/catalog\\/product\\/frontend_action_synchronize\\/"},"allowToSendRequest":null}}                        }
                    }
                }
            }
        }
</script>
<small class="copyright">
    <span>© 2012-%(year)d Lusodoc – Edições Científicas, Lda. Todos os direitos reservados.</span>
</small>
</div>    </body>
</html>
""" % {"static": s["static"], "base": base, "title": html.escape(title), "regid": s["regid"], "banner": banner,
       "form_key": s["form_key"], "rows": rows_html(blocks), "books": books, "year": when.year}


PAGE = {
    "service": "Lusodoc",
    "url": "https://www.lusodoc.pt/politica-de-privacidade",
    "lang": "pt-PT",
    "platform": "Magento 2.4 (Luma child theme, Page Builder CMS page)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("X-Magento-Tags", "cms_p_7,cms_b_top_banner"),
                      ("X-Content-Type-Options", "nosniff"), ("X-XSS-Protection", "1; mode=block"),
                      ("X-Frame-Options", "SAMEORIGIN"), ("Cache-Control", "max-age=0, must-revalidate, no-cache, no-store"),
                      ("Pragma", "no-cache")),
    "n": 28,
    "start": dt.date(2021, 6, 1),
    "end": dt.date(2023, 12, 31),
    "policy": POLICY,
    "first_updated": dt.date(2021, 3, 9),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.lusodoc.pt/politica-de-privacidade",
                    "select": [".page-title", ".column.main [data-content-type=\"row\"]"]},
}
