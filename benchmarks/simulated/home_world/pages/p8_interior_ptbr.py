"""A Brazilian interior-design marketplace's privacy policy as a Zendesk Guide help-centre article (Copenhagen theme),
in Brazilian Portuguese.

The declaration selects the whole `article.article` and removes what a curator removes there: the author/"updated"
line, the follow button, the share links, the votes ("52 de 81 acharam isso útil", it moves between visits, inside the
selected article), "Tem mais dúvidas?", "Voltar ao topo" and the related articles (Zendesk reshuffles them, also inside).
Per visit: the CSRF token in the meta tag and in HelpCenter.internal's current_session, the signed usage-tracking
payload, now and then the help centre version comment and hashed static assets, the theme's campaign notice in the
header, the related-articles click links' signed data.
"""
import datetime as dt
import html
import re

import common as C

MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
          "novembro", "dezembro"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """# Política de Privacidade

Última atualização: {UPDATED}

A Decorê conecta pessoas que querem transformar a casa a designers de interiores e a lojas de móveis e decoração. Esta Política de Privacidade explica como tratamos os seus dados pessoais quando você usa o site decore.com.br, o aplicativo Decorê, contrata um projeto de decoração online ou compra produtos no nosso marketplace, em conformidade com a Lei Geral de Proteção de Dados Pessoais (Lei nº 13.709/2018 – LGPD).

## 1. Quem somos

@ Decorê Tecnologia e Design Ltda.
@ CNPJ 34.567.890/0001-12
@ Rua Fradique Coutinho, 1632, Vila Madalena
@ São Paulo – SP, CEP 05416-001

Nosso encarregado pelo tratamento de dados pessoais (DPO) é Mariana Figueiredo, que pode ser contatada pelo e-mail privacidade@decore.com.br.

## 2. Quais dados coletamos

### Dados que você nos fornece

- dados de cadastro: nome, e-mail, telefone celular, CPF e data de nascimento;
- dados do projeto: fotos e medidas dos ambientes, planta do imóvel, respostas ao quiz de estilo, orçamento disponível e preferências de cores e materiais;
- endereço de entrega e dados para emissão de nota fiscal;
- mensagens trocadas com o designer e com o nosso atendimento;
- avaliações que você publica sobre designers e produtos.

### Dados de terceiros

Se você nos indicar outra pessoa para receber a entrega ou acompanhar a montagem, trataremos o nome e o telefone dessa pessoa apenas para esse fim. Também podemos receber de parceiros de marketing a informação de que você chegou ao nosso site por um anúncio.

### Dados coletados automaticamente

- endereço IP, tipo de dispositivo, sistema operacional e identificadores do aplicativo;
- páginas visitadas, produtos vistos e itens adicionados ao carrinho;
- dados de cookies e tecnologias semelhantes, conforme as suas preferências.

### Dados de pagamento

Os pagamentos com cartão de crédito e Pix são processados por parceiros de pagamento certificados. A Decorê não armazena o número completo do seu cartão.

## 3. Para que usamos seus dados

| Finalidade | Base legal (LGPD) |
| Criar e manter sua conta | Execução de contrato (art. 7º, V) |
| Desenvolver o projeto de decoração com o designer escolhido | Execução de contrato (art. 7º, V) |
| Processar pedidos, pagamentos, entregas e trocas | Execução de contrato (art. 7º, V) |
| Emitir notas fiscais e cumprir obrigações fiscais | Cumprimento de obrigação legal (art. 7º, II) |
| Prevenir fraudes e garantir a segurança da plataforma | Legítimo interesse (art. 7º, IX) e proteção do crédito (art. 7º, X) |
| Enviar ofertas, inspirações e novidades por e-mail, push e WhatsApp | Consentimento (art. 7º, I) |
| Melhorar o site, o aplicativo e as recomendações de produtos | Legítimo interesse (art. 7º, IX) |

Não tomamos decisões baseadas unicamente em tratamento automatizado que afetem significativamente os seus interesses. A análise antifraude pode recusar automaticamente uma transação; nesse caso, você pode pedir a revisão da decisão por uma pessoa da nossa equipe.

As avaliações que você publica sobre designers e produtos ficam visíveis para todos os usuários, com o seu primeiro nome, a sua cidade e a data da avaliação. Você pode excluir uma avaliação a qualquer momento.

## 4. Com quem compartilhamos

Compartilhamos dados apenas quando necessário:

- com o designer que você contratar, que recebe as informações do projeto e pode conversar com você pelo chat da plataforma;
- com as lojas parceiras de quem você compra, que recebem nome, CPF, endereço e telefone para emitir a nota fiscal e entregar o pedido;
- com transportadoras e montadores, para entrega e montagem dos móveis;
- com prestadores de serviço que nos apoiam, listados abaixo;
- com autoridades públicas, quando exigido por lei ou ordem judicial.

| Prestador | Serviço |
| Amazon Web Services | hospedagem da plataforma |
| Pagar.me Pagamentos S.A. | processamento de pagamentos |
| Zendesk, Inc. | central de ajuda e atendimento |
| Braze, Inc. | envio de e-mails e notificações push |
| Google LLC | análise de uso e publicidade |

Alguns desses prestadores armazenam dados fora do Brasil. Nesses casos, adotamos as salvaguardas previstas no art. 33 da LGPD, como cláusulas contratuais específicas.

## 5. Por quanto tempo guardamos

Mantemos os dados de cadastro enquanto sua conta estiver ativa. Os dados de pedidos e notas fiscais são guardados por 5 anos, por exigência da legislação fiscal e do Código de Defesa do Consumidor. As fotos e plantas enviadas para um projeto ficam disponíveis na sua conta por 2 anos após a entrega do projeto e depois são excluídas. As mensagens do chat são mantidas por 2 anos.

Depois desses prazos, os dados são eliminados ou anonimizados, exceto quando a lei exigir ou permitir a sua conservação, por exemplo para o exercício de direitos em processos judiciais.

## 6. Seus direitos

Nos termos do art. 18 da LGPD, você pode, a qualquer momento:

- confirmar a existência de tratamento e acessar seus dados;
- corrigir dados incompletos, inexatos ou desatualizados;
- solicitar a anonimização, o bloqueio ou a eliminação de dados desnecessários;
- solicitar a portabilidade dos dados;
- obter informação sobre com quem compartilhamos seus dados;
- revogar o consentimento;
- peticionar à Autoridade Nacional de Proteção de Dados (ANPD).

Para exercer seus direitos, acesse Minha conta > Privacidade ou escreva para privacidade@decore.com.br. Responderemos em até 15 dias.

## 7. Cookies

Usamos cookies necessários para o funcionamento do site e, com a sua autorização, cookies de desempenho e de publicidade. Você pode alterar suas escolhas em Preferências de cookies, no rodapé do site.

## 8. Segurança

Adotamos medidas técnicas e administrativas para proteger seus dados, como criptografia em trânsito, controle de acesso e monitoramento. Nenhum sistema é totalmente seguro, mas trabalhamos continuamente para reduzir riscos.

## 9. Alterações desta política

Podemos atualizar esta Política periodicamente. Quando houver mudanças relevantes, avisaremos por e-mail ou no aplicativo."""

EDITS = [
    {"note": "a word inserted in the intro: 'a designers de interiores' → 'a designers de interiores independentes' (no date bump)",
     "repl": [("a designers de interiores e a lojas", "a designers de interiores independentes e a lojas")], "bump": False},
    {"note": "Mercado Pago added to the service providers table",
     "repl": [("| Pagar.me Pagamentos S.A. | processamento de pagamentos |",
               "| Pagar.me Pagamentos S.A. | processamento de pagamentos |\n"
               "| Mercado Pago Instituição de Pagamento Ltda. | pagamentos com Pix e parcelamento |")]},
    {"note": "new DPO named",
     "repl": [("é Mariana Figueiredo, que pode", "é Rafael Tavares Lins, que pode")]},
    {"note": "chat messages kept 1 year instead of 2; project photos sentence unchanged",
     "repl": [("As mensagens do chat são mantidas por 2 anos.",
               "As mensagens do chat são mantidas por 1 ano após a conclusão do projeto.")]},
    {"note": "new section on AI-based recommendations added after 'Para que usamos seus dados' (sections renumbered)",
     "repl": [("## 4. Com quem compartilhamos", "## 4. Recomendações com inteligência artificial\n\n"
               "Com a sua autorização, usamos ferramentas de inteligência artificial para analisar as fotos dos seus "
               "ambientes e sugerir móveis, cores e objetos compatíveis com o seu estilo. As fotos não são usadas para "
               "identificar pessoas e não são compartilhadas com terceiros para treinar modelos. Você pode desativar "
               "esse recurso em Minha conta > Privacidade.\n\n## 5. Com quem compartilhamos"),
              ("## 5. Por quanto tempo guardamos", "## 6. Por quanto tempo guardamos"),
              ("## 6. Seus direitos", "## 7. Seus direitos"),
              ("## 7. Cookies", "## 8. Cookies"),
              ("## 8. Segurança", "## 9. Segurança"),
              ("## 9. Alterações desta política", "## 10. Alterações desta política")]},
]

RELATED = [("360051234601", "Termos de Uso"), ("360051234602", "Política de Cookies"),
           ("360051234603", "Como excluir minha conta?"), ("360051234604", "Como baixar uma cópia dos meus dados?"),
           ("360051234605", "Política de Trocas e Devoluções"), ("360051234606", "Termos do Projeto de Decoração Online")]
NOTICES = ["Frete grátis em móveis acima de R$ 1.999 para as regiões Sul e Sudeste",
           "Semana do Sofá: até 30% off em lojas parceiras", "Black Friday Decorê: atendimento estendido até 22h",
           "Projeto de decoração online a partir de 10x de R$ 49", "Atendimento por chat: segunda a sábado, das 8h às 20h"]
SLUG = "360051234567-Pol%C3%ADtica-de-Privacidade"


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["csrf"] = "hc:meta:server:" + C.b64tok(rng, 48).replace("+", "-").replace("/", "_")
    st["session_csrf"] = "hc:hcobject:server:" + C.b64tok(rng, 48).replace("+", "-").replace("/", "_")
    st["tracking"] = C.b64tok(rng, 96).replace("\n", "") + "--" + C.hexs(rng, 40)
    st["hcver"] = C.keep_or(rng, p.get("hcver"), 0.35, lambda: [rng.randint(25000, 99999), C.hexs(rng, 20),
                                                                C.hexs(rng, 32), C.hexs(rng, 40)])
    days = (when.date() - dt.date(2022, 1, 1)).days
    up = 40 + days // 9 + rng.randint(0, 1)
    st["votes"] = (up, up + 25 + days // 14)
    st["related"] = C.keep_or(rng, p.get("related"), 0.2, lambda: sorted(rng.sample(range(len(RELATED)), 4)))
    st["notice"] = C.keep_or(rng, p.get("notice"), 0.25, lambda: rng.choice(NOTICES))
    return st


LABELS = {"csrf": "csrf-token meta", "session_csrf": "HelpCenter current_session csrf",
          "tracking": "signed usage-tracking payload", "hcver": "help centre version and asset hashes",
          "votes": "article votes count (inside the declared article, removed)",
          "related": "related articles (inside the declared article, removed)", "notice": "theme campaign notice"}


def _updated(blocks):
    m = re.search(r"(\d+) de (\w+) de (\d{4})", blocks[1][1])
    return dt.datetime(int(m.group(3)), MONTHS.index(m.group(2)) + 1, int(m.group(1)), 17, 42, 9)


def _excerpt(blocks):
    """Zendesk's meta description: the body's first words."""
    text = " ".join(re.sub(r"\*\*|\[|\]\([^)]*\)", "", b[1]) for b in blocks[1:] if b[0] == "p")
    return text[:150].rsplit(" ", 1)[0] + "…"


def render(st, blocks, when):
    title = blocks[0][1]
    body = C.blocks_html(blocks[1:], sep="")
    upd = _updated(blocks)
    up, total = st["votes"]
    ver, js_h, css_h, theme_h = st["hcver"]
    art = "/hc/pt-br/articles/" + SLUG
    related = "\n".join(
        '            <li>\n              <a href="/hc/pt-br/related/click?data=%s--%s&amp;js=true" rel="nofollow">%s</a>\n            </li>'
        % (C.det_sha("rel", RELATED[k][0], ver)[:24].upper(), C.det_sha("sig", RELATED[k][0], ver), html.escape(RELATED[k][1]))
        for k in st["related"])
    sidenav = "\n".join('              <li>\n                <a href="/hc/pt-br/articles/%s" class="sidenav-item %s">%s</a>\n              </li>'
                        % (a if a != "360051234567" else SLUG, "current-article" if a == "360051234567" else "", html.escape(t))
                        for a, t in [("360051234567", title)] + RELATED[:4])
    internal = ('{"asset_url":"//static.zdassets.com/hc/assets/","web_widget_asset_composer_url":"https://static.zdassets.com/ekr/snippet.js",'
                '"current_session":{"locale":"pt-br","csrf_token":"%s","shared_csrf_token":null},"usage_tracking":{"event":"article_viewed",'
                '"data":"%s","url":"https://ajuda.decore.com.br/hc/activity"},"current_record_id":"360051234567","current_record_url":"%s",'
                '"current_record_title":"%s","current_text_direction":"ltr","current_brand_id":360001234567,"current_brand_name":"Decorê",'
                '"current_brand_url":"https://decore.zendesk.com","current_brand_active":true,"current_path":"%s",'
                '"show_autocomplete_breadcrumbs":true,"user_info_changing_enabled":false,"has_user_profiles_enabled":false,'
                '"has_end_user_attachments":true,"user_aliases_enabled":false,"has_anonymous_kb_voting":true,'
                '"has_multi_language_help_center":false,"show_at_mentions":false,"embeddables_config":{"embeddables_web_widget":true,'
                '"embeddables_help_center_auth_enabled":false,"embeddables_connect_ipms":false},"answer_bot_subdomain":"static",'
                '"gather_plan_state":"subscribed","has_article_verification":false,"has_gather":false,"has_ckeditor":false,'
                '"has_community_enabled":false,"has_community_badges":false,"has_community_post_content_tagging":false,'
                '"has_gather_content_tags":false,"has_guide_content_tags":true,"has_user_segments":true,'
                '"has_answer_bot_web_form_enabled":false,"has_garden_modals":false,"theming_cookie_key":"hc-da39a3ee5e6b-2-preview-mode",'
                '"is_preview":false,"has_search_settings_in_plan":true,"theming_api_version":3,"theming_settings":{"brand_color":"#3D5A4C",'
                '"brand_text_color":"#FFFFFF","text_color":"#2F3941","link_color":"#3D5A4C","background_color":"#FFFFFF",'
                '"heading_font":"-apple-system, BlinkMacSystemFont, \'Segoe UI\', Helvetica, Arial, sans-serif","text_font":"-apple-system, '
                'BlinkMacSystemFont, \'Segoe UI\', Helvetica, Arial, sans-serif","logo":"//theme.zdassets.com/theme_assets/1234567/'
                'a4c1e0b2d9f37c68e5b1a0d2c4e6f8091a3b5c7d.png","favicon":"//theme.zdassets.com/theme_assets/1234567/'
                'c9e8d7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0.ico","homepage_background_image":"//theme.zdassets.com/theme_assets/1234567/'
                '0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6.jpg","community_background_image":"","community_image":"",'
                '"instant_search":true,"scoped_kb_search":true,"scoped_community_search":false,"show_recent_activity":false,'
                '"show_articles_in_section":true,"show_article_author":true,"show_article_comments":false,"show_follow_article":true,'
                '"show_recently_viewed_articles":true,"show_related_articles":true,"show_article_sharing":true,"show_follow_section":false,'
                '"show_follow_post":false,"show_post_sharing":false,"show_follow_topic":false},"has_pci_credit_card_custom_field":false,'
                '"help_center_restricted":false,"is_assuming_someone_else":false,"flash_messages":[],"user_photo_cdn_url":'
                '"//decore.zendesk.com/hc/user_images/","user_preferences":{"locale":"pt-br"}}'
                % (st["session_csrf"], st["tracking"], art, html.escape(title, quote=False), art))
    return """<!DOCTYPE html>
<html dir="ltr" lang="pt-BR">
<head>
  <meta charset="utf-8" />
  <!-- v%(ver)d -->


  <title>%(title)s &ndash; Central de Ajuda Decorê</title>

  <meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="%(csrf)s">

  <meta name="description" content="%(descr)s" /><meta property="og:image" content="https://ajuda.decore.com.br/hc/theming_assets/01HZ3Q8V9X7K2M4N6P8R0T2V4W/1234567/a4c1e0b2d9f37c68e5b1a0d2c4e6f8091a3b5c7d.png" />
<meta property="og:type" content="website" />
<meta property="og:site_name" content="Central de Ajuda Decorê" />
<meta property="og:title" content="%(title)s" />
<meta property="og:url" content="https://ajuda.decore.com.br%(art)s" />
<link rel="canonical" href="https://ajuda.decore.com.br%(art)s">
<link rel="alternate" hreflang="pt-br" href="https://ajuda.decore.com.br%(art)s">
<link rel="alternate" hreflang="x-default" href="https://ajuda.decore.com.br%(art)s">

  <link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-%(css_h)s.css" media="all" id="stylesheet" />
  <link rel="stylesheet" type="text/css" href="/hc/theming_assets/1234567/360001234567/style.css?digest=%(digest)s">

  <link rel="icon" type="image/x-icon" href="//theme.zdassets.com/theme_assets/1234567/c9e8d7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0.ico">

    

  <meta content="width=device-width, initial-scale=1.0" name="viewport" />
<!-- Make the translated search clear button label available for use in JS -->
<!-- See buildClearSearchButton() in script.js -->
<script type="text/javascript">window.searchClearButtonLabelLocalized = "Limpar pesquisa";</script>
<script type="text/javascript">
  function loadGTM() {
    (function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-NB8X4QD');
  }
</script>

</head>
<body class="">
  
  
  

  <a class="skip-navigation" tabindex="1" href="#main-content">Ir para o conteúdo principal</a>

<div class="notice-bar" role="region" aria-label="Aviso"><p>%(notice)s</p></div>
<header class="header">
  <div class="logo">
    <a title="Página inicial" href="/hc/pt-br">
      <img src="//theme.zdassets.com/theme_assets/1234567/a4c1e0b2d9f37c68e5b1a0d2c4e6f8091a3b5c7d.png" alt="Página inicial da Central de Ajuda Decorê">
    </a>
  </div>

  <div class="nav-wrapper-desktop">
    <nav class="user-nav" id="user-nav" aria-label="Navegação do usuário">
      <ul class="user-nav-list">
        <li><a href="https://www.decore.com.br">Voltar para a Decorê</a></li>
        <li><a class="submit-a-request" href="/hc/pt-br/requests/new">Enviar uma solicitação</a></li>
      </ul>
    </nav>
      <a class="sign-in" rel="nofollow" data-auth-action="signin" title="Abre uma caixa de diálogo" role="button" href="/hc/pt-br/signin?return_to=https%%3A%%2F%%2Fajuda.decore.com.br%%2Fhc%%2Fpt-br%%2Farticles%%2F360051234567-Pol%%25C3%%25ADtica-de-Privacidade">
        Iniciar sessão
      </a>
  </div>
</header>


  <main role="main">
    <div class="container-divider"></div>
<div class="container">
  <div class="sub-nav">
    <nav aria-label="Trilha de navegação atual" class="breadcrumbs-container"><ol class="breadcrumbs">
  
    <li title="Central de Ajuda Decorê">
      
        <a href="/hc/pt-br">Central de Ajuda Decorê</a>
      
    </li>
  
    <li title="Termos e políticas">
      
        <a href="/hc/pt-br/categories/360003456789-Termos-e-pol%%C3%%ADticas">Termos e políticas</a>
      
    </li>
  
    <li title="Políticas">
      
        <a href="/hc/pt-br/sections/360007654321-Pol%%C3%%ADticas">Políticas</a>
      
    </li>
  
</ol>
</nav>
    <div class="search-container">
      <svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="search-icon" aria-hidden="true">
        <circle cx="4.5" cy="4.5" r="4" fill="none" stroke="currentColor"/>
        <path stroke="currentColor" stroke-linecap="round" d="M11 11L7.5 7.5"/>
      </svg>
      <form role="search" class="search" data-search="" action="/hc/pt-br/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" /><input type="search" name="query" id="query" placeholder="Pesquisar" autocomplete="off" aria-label="Pesquisar" /></form>
    </div>
  </div>

  <div class="article-container" id="article-container">
    <aside class="article-sidebar" aria-labelledby="section-articles-title">
      
        <div class="collapsible-sidebar">
          <button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false">
            <svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" focusable="false" viewBox="0 0 12 12" aria-hidden="true" class="collapsible-sidebar-toggle-icon chevron-icon">
              <path fill="none" stroke="currentColor" stroke-linecap="round" d="M3 4.5l2.6 2.6c.2.2.5.2.7 0L9 4.5"/>
            </svg>
          </button>
          <span id="section-articles-title" class="collapsible-sidebar-title sidenav-title">
            Artigos nesta seção
          </span>
          <div class="collapsible-sidebar-body">
            <ul>
%(sidenav)s
            </ul>
            
          </div>
        </div>
      
    </aside>

    <article id="main-content" class="article">
      <header class="article-header">
        <h1 title="%(title)s" class="article-title">
          %(title)s
        </h1>

        <div class="article-author">
          
            <div class="avatar article-avatar">
              
              <img src="https://decore.zendesk.com/system/photos/360412345678/juridico.png" alt="" class="user-avatar"/>
            </div>
          
          <div class="article-meta">
            
              
                Equipe Jurídica Decorê
              
            

            <ul class="meta-group">
              
                <li class="meta-data"><time datetime="%(upd_iso)s" title="%(upd_title)s" data-datetime="relative">%(upd_txt)s</time></li>
                <li class="meta-data">Atualizado</li>
              
            </ul>
          </div>
        </div>

        
          <a class="article-subscribe button-secondary" title="Abre uma caixa de diálogo" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false" href="%(art)s/subscription.html">Seguir</a>
        
      </header>

      <section class="article-info">
        <div class="article-content">
          <div class="article-body">%(body)s</div>

          
        </div>
      </section>

      <footer>
        <div class="article-footer">
          
            <div class="article-share">
  <ul class="share">
    <li><a href="https://www.facebook.com/share.php?title=Pol%%C3%%ADtica+de+Privacidade&u=https%%3A%%2F%%2Fajuda.decore.com.br%%2Fhc%%2Fpt-br%%2Farticles%%2F360051234567-Pol%%25C3%%25ADtica-de-Privacidade" class="share-facebook" target="_blank">Facebook</a></li>
    <li><a href="https://twitter.com/share?lang=pt-br&text=Pol%%C3%%ADtica+de+Privacidade&url=https%%3A%%2F%%2Fajuda.decore.com.br%%2Fhc%%2Fpt-br%%2Farticles%%2F360051234567-Pol%%25C3%%25ADtica-de-Privacidade" class="share-twitter" target="_blank">X Corp</a></li>
    <li><a href="https://www.linkedin.com/shareArticle?mini=true&source=Decor%%C3%%AA&title=Pol%%C3%%ADtica+de+Privacidade&url=https%%3A%%2F%%2Fajuda.decore.com.br%%2Fhc%%2Fpt-br%%2Farticles%%2F360051234567-Pol%%25C3%%25ADtica-de-Privacidade" class="share-linkedin" target="_blank">LinkedIn</a></li>
  </ul>

</div>
          
          
        </div>
        
          <div class="article-votes">
            <span class="article-votes-question" id="article-votes-label">Esse artigo foi útil?</span>
            <div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
              <a class="button article-vote article-vote-up" data-auth-action="signin" aria-selected="false" role="button" rel="nofollow" title="Sim" href="https://ajuda.decore.com.br/hc/pt-br/signin?return_to=https%%3A%%2F%%2Fajuda.decore.com.br%%2Fhc%%2Fpt-br%%2Farticles%%2F360051234567">Sim</a>
              <a class="button article-vote article-vote-down" data-auth-action="signin" aria-selected="false" role="button" rel="nofollow" title="Não" href="https://ajuda.decore.com.br/hc/pt-br/signin?return_to=https%%3A%%2F%%2Fajuda.decore.com.br%%2Fhc%%2Fpt-br%%2Farticles%%2F360051234567">Não</a>
            </div>
            <small class="article-votes-count">
              <span class="article-vote-label">%(up)d de %(total)d acharam isso útil</span>
            </small>
          </div>
        

        <div class="article-more-questions">
          Tem mais dúvidas? <a href="/hc/pt-br/requests/new">Enviar uma solicitação</a>
        </div>
        <div class="article-return-to-top">
          <a href="#article-container">
            Voltar ao topo
            <svg xmlns="http://www.w3.org/2000/svg" class="article-return-to-top-icon" width="20" height="20" focusable="false" viewBox="0 0 12 12" aria-hidden="true">
              <path fill="none" stroke="currentColor" stroke-linecap="round" d="M3 4.5l2.6 2.6c.2.2.5.2.7 0L9 4.5"/>
            </svg>
          </a>
        </div>
      </footer>

      <div class="article-relatives">
        
          <div data-recent-articles></div>
        
        
          <section class="related-articles" aria-labelledby="related-articles-title">
  
    <h2 class="related-articles-title" id="related-articles-title">Artigos relacionados</h2>
  

  <ul>
%(related)s
  </ul>
</section>

        
      </div>
      
    </article>
  </div>
</div>

  </main>

  <footer class="footer">
  <div class="footer-inner">
    <a title="Página inicial" href="/hc/pt-br">Central de Ajuda Decorê</a>

    <div class="footer-language-selector">
      
    </div>
    <p class="footer-legal">Decorê Tecnologia e Design Ltda. · CNPJ 34.567.890/0001-12 · <a href="#" onclick="OneTrust.ToggleInfoDisplay(); return false;">Preferências de cookies</a></p>
  </div>
</footer>



  <!-- / -->

  
  <script src="//static.zdassets.com/hc/assets/pt-br.%(js_h)s.js"></script>
  

  <script type="text/javascript">
  /*

    Greetings sourcecode lurker!

    This is for backwards compatibility, please do not rely on these variables in your theme.

  */
  window.HelpCenter = {};
  HelpCenter.account = {"subdomain":"decore","environment":"production","name":"Decorê"};
  HelpCenter.user = {"identifier":"da39a3ee5e6b4b0d3255bfef95601890afd80709","email":null,"name":"","role":"anonymous","avatar_url":"https://assets.zendesk.com/hc/assets/default_avatar.png","is_admin":false,"organizations":[],"groups":[]};
  HelpCenter.internal = %(internal)s;
</script>

  
  
  <script src="//static.zdassets.com/hc/assets/moment-%(moment_h)s.js"></script>
  <script type="text/javascript" src="/hc/theming_assets/1234567/360001234567/script.js?digest=%(digest)s"></script>
  <script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=4f1d2c3b-8a7e-4b6c-9d5f-0e1a2b3c4d5e"></script>
  
  <script type="text/javascript">
  (function() {
    var Tracker = {};

    Tracker.track = function(eventName, data) {
      var url = "https://ajuda.decore.com.br/hc/tracking/events?locale=pt-br";

      var payload = {
        "event": eventName,
        "data": data,
        "referrer": document.referrer
      };

      var xhr = new XMLHttpRequest();

      xhr.open("POST", url);
      xhr.setRequestHeader("Content-Type", "application/json");
      xhr.send(JSON.stringify(payload));
    };

  })();
</script>
</body>
</html>
""" % {"ver": ver, "title": html.escape(title), "csrf": st["csrf"], "art": art, "css_h": css_h,
       "digest": str(int(theme_h[:12], 16)), "notice": html.escape(st["notice"]), "sidenav": sidenav,
       "upd_iso": upd.strftime("%Y-%m-%dT%H:%M:%SZ"), "upd_title": upd.strftime("%Y-%m-%d %H:%M"),
       "upd_txt": "%d de %s de %d %02d:%02d" % (upd.day, MONTHS[upd.month - 1], upd.year, upd.hour, upd.minute),
       "body": body, "up": up, "total": total, "related": related, "js_h": js_h, "internal": internal,
       "moment_h": C.det_sha("moment", ver)[:20], "descr": html.escape(_excerpt(blocks), quote=True)}


PAGE = {
    "service": "Decore",
    "url": "https://ajuda.decore.com.br/hc/pt-br/articles/" + SLUG,
    "lang": "pt-BR",
    "platform": "Zendesk Guide help centre, Copenhagen theme",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "cloudflare"), ("X-Zendesk-Origin-Server", "app-server-7c9f5d8b4-x2k9q"),
                      ("Cache-Control", "max-age=0, public"), ("X-Content-Type-Options", "nosniff")],
    "n": 30,
    "start": dt.date(2022, 8, 1),
    "end": dt.date(2025, 7, 18),
    "hours": (2, 14),
    "policy": POLICY,
    "first_updated": dt.date(2022, 4, 20),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://ajuda.decore.com.br/hc/pt-br/articles/" + SLUG,
                    "select": "article.article",
                    "remove": [".article-author", ".article-subscribe", ".article-footer", ".article-votes",
                               ".article-more-questions", ".article-return-to-top", ".article-relatives"]},
}
