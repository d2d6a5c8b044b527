"""Remessa (email-marketing service, São Paulo), Brazilian Portuguese. Until 18 Sep 2023 a WordPress 6 site (Astra
theme, Contact Form 7 newsletter form in the footer); from then a Next.js 13 (pages router, ISR) + Sanity site with
Tailwind typography. The declaration changes with the redesign (history: WordPress `h1.entry-title` +
`.entry-content`, then `main article`).

Noise: WordPress era: the footer newsletter form's Contact Form 7 nonce and the "e-mails enviados" ticker;
Next.js era: buildId and chunk hashes (each deploy), the ISR-rendered "e-mails enviados hoje" counter, the
A/B-tested navbar call to action, and __NEXT_DATA__ (which repeats the policy as Sanity portable text).
"""
import datetime as dt
import html
import json

import common as C

URL = "https://www.remessa.com.br/politica-de-privacidade/"
MIGRATION = dt.datetime(2023, 9, 18)

POLICY = """# Política de Privacidade

Última atualização: {UPDATED}

A Remessa Tecnologia Ltda. ("Remessa", "nós") oferece uma plataforma de e-mail marketing, automação e envio de mensagens transacionais para empresas. Esta Política de Privacidade explica como tratamos os dados pessoais dos nossos clientes, dos visitantes do nosso site e das pessoas que recebem e-mails enviados pela nossa plataforma, em conformidade com a Lei Geral de Proteção de Dados Pessoais (Lei nº 13.709/2018, "LGPD").

## 1. Quem somos

@ Remessa Tecnologia Ltda.
@ CNPJ 12.345.678/0001-90
@ Avenida Brigadeiro Faria Lima, 1811, conjunto 1204
@ Jardim Paulistano, São Paulo/SP, CEP 01452-001

Para os dados dos nossos clientes e dos visitantes do site, a Remessa é a **controladora**. Para os dados dos contatos que nossos clientes importam para a plataforma (as listas de e-mail), a Remessa atua como **operadora**, tratando os dados apenas conforme as instruções do cliente, que é o controlador.

## 2. Dados que coletamos

### Dados de clientes

Quando você cria uma conta, coletamos nome, e-mail, telefone, nome da empresa, CNPJ ou CPF, endereço de cobrança e dados de pagamento. Os dados de cartão de crédito são processados diretamente pelo nosso parceiro de pagamentos e não ficam armazenados em nossos servidores.

### Dados dos contatos dos clientes

Os clientes podem importar para a plataforma listas com nome, e-mail, telefone e outros campos personalizados. Ao enviar campanhas, registramos eventos como entrega, abertura, clique, descadastramento e marcação como spam, para gerar os relatórios do cliente.

### Dados de navegação

No nosso site e na plataforma, coletamos endereço IP, tipo de navegador, páginas acessadas, data e hora de acesso e identificadores de cookies. Os registros de acesso são mantidos pelo prazo de 6 meses, conforme o artigo 15 do Marco Civil da Internet.

### Cookies e pixels de rastreamento

Usamos cookies essenciais para manter sua sessão na plataforma e, com o seu consentimento, cookies de análise e de publicidade no nosso site. Os e-mails enviados pela plataforma podem conter um pixel invisível e links rastreáveis, que permitem ao cliente saber se a mensagem foi aberta e quais links foram clicados. O cliente pode desativar o rastreamento de aberturas e cliques nas configurações de cada campanha.

## 3. Para que usamos os dados

- Prestar os serviços contratados, incluindo o envio das campanhas e a geração de relatórios;
- Cobrar e emitir notas fiscais;
- Prevenir fraudes, spam e abusos, inclusive analisando o conteúdo e a reputação das campanhas enviadas;
- Enviar comunicações sobre a sua conta e, com o seu consentimento ou com base em legítimo interesse, novidades sobre a Remessa;
- Cumprir obrigações legais e regulatórias.

## 4. Bases legais

Tratamos dados pessoais com base na execução de contrato, no cumprimento de obrigação legal, no legítimo interesse e, quando necessário, no consentimento do titular (artigo 7º da LGPD). Quando atuamos como operadora, cabe ao cliente definir a base legal para o envio de e-mails aos seus contatos, e exigimos em nossos Termos de Uso que as listas tenham sido obtidas com consentimento.

## 5. Compartilhamento

Compartilhamos dados apenas com fornecedores que nos ajudam a prestar os serviços:

| Fornecedor | Finalidade | País |
| Amazon Web Services | Hospedagem e envio de e-mails | Brasil e Estados Unidos |
| Pagar.me | Processamento de pagamentos | Brasil |
| Zendesk | Atendimento ao cliente | Estados Unidos |
| Google | Análise de uso do site | Estados Unidos |

Não vendemos dados pessoais e não usamos as listas dos nossos clientes para nenhuma outra finalidade.

Também podemos compartilhar dados com autoridades públicas quando houver obrigação legal ou ordem judicial, e com eventuais compradores ou sucessores em caso de fusão, aquisição ou venda de ativos, sempre com a garantia de que esta Política continuará a ser respeitada.

## 6. Transferência internacional

Alguns fornecedores estão localizados fora do Brasil. Nesses casos, a transferência é realizada com base nas cláusulas-padrão contratuais aprovadas pela ANPD ou em outro mecanismo previsto no artigo 33 da LGPD.

## 7. Por quanto tempo guardamos os dados

Mantemos os dados de clientes enquanto a conta estiver ativa e por até 5 anos após o encerramento, para cumprimento de obrigações fiscais. Os dados dos contatos são excluídos em até 90 dias após o cliente excluí-los ou encerrar a conta.

## 8. Seus direitos

Nos termos do artigo 18 da LGPD, você pode solicitar a confirmação da existência de tratamento, o acesso, a correção, a anonimização, a portabilidade e a eliminação dos seus dados, além de informações sobre compartilhamento e a revogação do consentimento. Para exercer esses direitos, envie um e-mail para privacidade@remessa.com.br. Responderemos em até 15 dias e poderemos solicitar informações adicionais para confirmar a sua identidade. Se você recebeu um e-mail de um cliente da Remessa, use o link de descadastramento presente no rodapé da mensagem ou entre em contato diretamente com o remetente.

## 9. Encarregado de dados (DPO)

Nosso Encarregado pelo Tratamento de Dados Pessoais é o Dr. Marcelo Andrade, que pode ser contatado pelo e-mail dpo@remessa.com.br. Você também pode apresentar reclamação à Autoridade Nacional de Proteção de Dados (ANPD).

## 10. Alterações

Podemos atualizar esta Política periodicamente. Alterações relevantes serão comunicadas por e-mail aos clientes e publicadas nesta página."""

EDITS = [
    {"note": "supplier added to the sharing table (SendGrid, backup sending)",
     "repl": [("| Pagar.me | Processamento de pagamentos | Brasil |",
               "| Pagar.me | Processamento de pagamentos | Brasil |\n| Twilio SendGrid | Envio de e-mails de "
               "contingência | Estados Unidos |")]},
    {"note": "words 'da plataforma' inserted (no date bump)", "bump": False,
     "repl": [("após o cliente excluí-los ou encerrar a conta", "após o cliente excluí-los da plataforma ou "
               "encerrar a conta")]},
    {"note": "DPO changed",
     "repl": [("é o Dr. Marcelo Andrade, que pode", "é a Dra. Juliana Ribeiro, que pode")]},
    {"note": "customer retention changed from 5 to 6 years (tax rules)",
     "repl": [("por até 5 anos após o encerramento", "por até 6 anos após o encerramento")]},
    {"note": "new section: AI features (subject-line generator)",
     "repl": [("## 6. Transferência internacional", "## 6. Recursos de inteligência artificial\n\nA plataforma "
               "oferece recursos opcionais de inteligência artificial, como a sugestão de assuntos e textos para "
               "campanhas. O conteúdo enviado a esses recursos não é usado para treinar modelos de terceiros e é "
               "excluído após 30 dias.\n\n## 7. Transferência internacional"),
              ("## 7. Por quanto tempo guardamos os dados", "## 8. Por quanto tempo guardamos os dados"),
              ("## 8. Seus direitos", "## 9. Seus direitos"),
              ("## 9. Encarregado de dados (DPO)", "## 10. Encarregado de dados (DPO)"),
              ("## 10. Alterações", "## 11. Alterações")]},
]

MESES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
         "novembro", "dezembro"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


def noise(rng, when, i, prev):
    prev = prev or {}
    if when < MIGRATION:
        return {
            "platform": "wordpress",
            "wpcf7": C.hexs(rng, 10),
            "sent": "%.1f" % (2.1 + (when - dt.datetime(2022, 1, 1)).days / 365.0 * 0.9),
            "astra": C.keep_or(rng, prev.get("astra"), 0.15, lambda: rng.choice(["4.1.5", "4.1.6", "4.1.7"])),
        }
    return {
        "platform": "next",
        "build": (C.alnum(rng, 21, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
                  C.hexs(rng, 16), C.hexs(rng, 16), C.hexs(rng, 16)),
        "today": 8000000 + rng.randint(0, 9000000),
        "cta": rng.choice(["Comece grátis", "Teste grátis por 30 dias"]),
    }


LABELS = {"platform": "platform (WordPress -> Next.js redesign)", "wpcf7": "Contact Form 7 nonce",
          "sent": "ticker 'bilhões de e-mails'", "astra": "Astra theme version",
          "build": "Next.js buildId and chunk hashes", "today": "ISR 'e-mails enviados hoje' counter",
          "cta": "A/B navbar call to action"}


def render_wp(st, blocks, when):
    body = C.blocks_html(blocks[1:])
    return """<!DOCTYPE html>
<html lang="pt-BR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>Política de Privacidade &#8211; Remessa</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="Feed para Remessa &raquo;" href="https://www.remessa.com.br/feed/" />
<link rel='stylesheet' id='astra-theme-css-css' href='https://www.remessa.com.br/wp-content/themes/astra/assets/css/minified/main.min.css?ver={astra}' media='all' />
<link rel='stylesheet' id='contact-form-7-css' href='https://www.remessa.com.br/wp-content/plugins/contact-form-7/includes/css/styles.css?ver=5.7.7' media='all' />
<!--[if IE]>
<script src='https://www.remessa.com.br/wp-content/themes/astra/assets/js/minified/flexibility.min.js?ver={astra}' id='astra-flexibility-js'></script>
<![endif]-->
<script src='https://www.remessa.com.br/wp-includes/js/jquery/jquery.min.js?ver=3.6.4' id='jquery-core-js'></script>
<link rel="canonical" href="{url}" />
<meta name="generator" content="WordPress 6.2.2" />
<!-- Global site tag (gtag.js) - Google Analytics -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-RMS4K2P9QX"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-RMS4K2P9QX');</script>
</head>
<body itemtype='https://schema.org/WebPage' itemscope='itemscope' class="privacy-policy page-template-default page page-id-3 wp-custom-logo ast-single-post ast-inherit-site-logo-transparent ast-hfb-header ast-desktop ast-page-builder-template ast-no-sidebar astra-{astra}">
<a class="skip-link screen-reader-text" href="#content" role="link" title="Ir para o conteúdo">Ir para o conteúdo</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-above-header-wrap"><div class="ast-above-header-bar ast-above-header site-header-focus-item" data-section="section-above-header-builder"><div class="site-above-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center"><div class="site-header-above-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-html-1" data-section="section-hb-html-1"><div class="ast-header-html inner-link-style-"><div class="ast-builder-html-element"><p>&#128232; Mais de <strong>{sent} bilhões</strong> de e-mails entregues pela Remessa</p></div></div></div></div></div></div></div></div>
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center"><div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img"><a href="https://www.remessa.com.br/" class="custom-logo-link" rel="home"><img width="170" height="40" src="https://www.remessa.com.br/wp-content/uploads/2021/08/remessa-logo.png" class="custom-logo" alt="Remessa" decoding="async" /></a></span></div></div></div><div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Navegação do site" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile"><li id="menu-item-21" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-21"><a href="https://www.remessa.com.br/recursos/" class="menu-link">Recursos</a></li><li id="menu-item-22" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-22"><a href="https://www.remessa.com.br/precos/" class="menu-link">Preços</a></li><li id="menu-item-23" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-23"><a href="https://www.remessa.com.br/blog/" class="menu-link">Blog</a></li><li id="menu-item-24" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-24"><a href="https://app.remessa.com.br/entrar" class="menu-link">Entrar</a></li></ul></div></nav></div></div></div></div></div></div></div></div>
</div>
</header>
<div id="content" class="site-content">
<div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-3 page type-page status-publish ast-article-single" id="post-3" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-no-thumbnail ast-no-meta">
<h1 class="entry-title" itemprop="headline">{h1}</h1>
</header><!-- .entry-header -->
<div class="entry-content clear" itemprop="text">
{body}
</div><!-- .entry-content .clear -->
</article><!-- #post-## -->
</main><!-- #main -->
</div><!-- #primary -->
</div> <!-- ast-container -->
</div><!-- #content -->
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
<div class="site-above-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-above-footer-builder"><div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-above-footer-inner-wrap ast-builder-grid-row"><div class="site-footer-above-section-1 site-footer-section site-footer-section-1"><aside class="footer-widget-area widget-area site-footer-focus-item" data-section="sidebar-widgets-footer-widget-1" aria-label="Footer Widget 1"><section id="text-2" class="widget widget_text"><h2 class="widget-title">Receba nossa newsletter</h2><div class="textwidget">
<div class="wpcf7 no-js" id="wpcf7-f118-o1" lang="pt-BR" dir="ltr">
<div class="screen-reader-response"><p role="status" aria-live="polite" aria-atomic="true"></p> <ul></ul></div>
<form action="/politica-de-privacidade/#wpcf7-f118-o1" method="post" class="wpcf7-form init" aria-label="Formulários de contato" novalidate="novalidate" data-status="init">
<div style="display: none;">
<input type="hidden" name="_wpcf7" value="118" />
<input type="hidden" name="_wpcf7_version" value="5.7.7" />
<input type="hidden" name="_wpcf7_locale" value="pt_BR" />
<input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f118-o1" />
<input type="hidden" name="_wpcf7_container_post" value="0" />
<input type="hidden" name="_wpcf7_posted_data_hash" value="" />
<input type="hidden" name="_wpnonce" value="{nonce}" />
</div>
<p><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-email wpcf7-validates-as-required wpcf7-validates-as-email" aria-required="true" aria-invalid="false" placeholder="Seu melhor e-mail" value="" type="email" name="your-email" /></span><input class="wpcf7-form-control has-spinner wpcf7-submit" type="submit" value="Assinar" /></p><div class="wpcf7-response-output" aria-hidden="true"></div>
</form>
</div>
</div></section></aside></div></div></div></div>
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder"><div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder"><div class="ast-footer-copyright"><p>Copyright &copy; {year} Remessa Tecnologia Ltda. | <a href="https://www.remessa.com.br/termos-de-uso/">Termos de Uso</a> | <a href="https://www.remessa.com.br/politica-de-privacidade/">Política de Privacidade</a></p></div></div></div></div></div></div>
</footer><!-- #colophon -->
</div><!-- #page -->
<script id='astra-theme-js-js-extra'>
var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":"","is_header_footer_builder_active":"1"}};
</script>
<script src='https://www.remessa.com.br/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver={astra}' id='astra-theme-js-js'></script>
<script src='https://www.remessa.com.br/wp-content/plugins/contact-form-7/includes/swv/js/index.js?ver=5.7.7' id='swv-js'></script>
<script id='contact-form-7-js-extra'>
var wpcf7 = {{"api":{{"root":"https:\\/\\/www.remessa.com.br\\/wp-json\\/","namespace":"contact-form-7\\/v1"}},"cached":"1"}};
</script>
<script src='https://www.remessa.com.br/wp-content/plugins/contact-form-7/includes/js/index.js?ver=5.7.7' id='contact-form-7-js'></script>
</body>
</html>
""".format(astra=st["astra"], url=URL, sent=st["sent"].replace(".", ","), h1=C.inline_html(blocks[0][1]), body=body,
           nonce=st["wpcf7"], year=when.year)


def portable(blocks):
    out = []
    for n, (kind, v) in enumerate(blocks):
        key = C.det_sha("pt", n, json.dumps(v, ensure_ascii=False))[:12]
        if kind in ("h1", "h2", "h3", "p"):
            out.append({"_key": key, "_type": "block", "style": "normal" if kind == "p" else kind,
                        "markDefs": [], "children": [{"_key": key + "0", "_type": "span", "marks": [], "text": v}]})
        elif kind in ("ul", "ol"):
            for m, it in enumerate(v):
                out.append({"_key": "%s%d" % (key, m), "_type": "block", "style": "normal",
                            "listItem": "bullet" if kind == "ul" else "number", "level": 1, "markDefs": [],
                            "children": [{"_key": "%s%ds" % (key, m), "_type": "span", "marks": [], "text": it}]})
        elif kind == "table":
            out.append({"_key": key, "_type": "table",
                        "rows": [{"_key": "%s%d" % (key, m), "_type": "tableRow", "cells": r} for m, r in enumerate(v)]})
        elif kind == "addr":
            out.append({"_key": key, "_type": "block", "style": "normal", "markDefs": [],
                        "children": [{"_key": key + "0", "_type": "span", "marks": [], "text": "\n".join(v)}]})
    return out


def render_next(st, blocks, when):
    bid, wp, fw, app = st["build"]
    body = C.blocks_html(blocks[2:])
    data = {"props": {"pageProps": {"page": {"_id": "page.politica-de-privacidade", "title": blocks[0][1],
                                             "slug": "politica-de-privacidade", "body": portable(blocks[2:])},
                                    "emailsToday": st["today"]}, "__N_SSG": True},
            "page": "/[slug]", "query": {"slug": "politica-de-privacidade"}, "buildId": bid, "isFallback": False,
            "gsp": True, "scriptLoader": []}
    nd = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    today = "{:,}".format(st["today"]).replace(",", ".")
    return ("""<!DOCTYPE html><html lang="pt-BR"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>Política de Privacidade | Remessa</title><meta name="description" content="Como a Remessa trata os dados pessoais de clientes, visitantes e destinatários de e-mails, de acordo com a LGPD."/><meta property="og:title" content="Política de Privacidade | Remessa"/><meta property="og:image" content="https://cdn.sanity.io/images/q7w2e9rt/production/5b1e0c3a9f7d2e4b6a8c0d1f2e3a4b5c6d7e8f90-1200x630.png"/><link rel="canonical" href="{url}"/><meta name="next-head-count" content="6"/><link rel="preload" href="/_next/static/media/e4af272ccee01ff0-s.p.woff2" as="font" type="font/woff2" crossorigin="anonymous" data-next-font="size-adjust"/><link rel="preload" href="/_next/static/css/{app8}.css" as="style"/><link rel="stylesheet" href="/_next/static/css/{app8}.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-{wp}.js" defer=""></script><script src="/_next/static/chunks/framework-{fw}.js" defer=""></script><script src="/_next/static/chunks/main-{app}.js" defer=""></script><script src="/_next/static/chunks/pages/_app-{app}.js" defer=""></script><script src="/_next/static/chunks/pages/%5Bslug%5D-{fw}.js" defer=""></script><script src="/_next/static/{bid}/_buildManifest.js" defer=""></script><script src="/_next/static/{bid}/_ssgManifest.js" defer=""></script></head><body><div id="__next"><div class="__className_aaf875 flex min-h-screen flex-col"><div class="bg-indigo-700 px-4 py-2 text-center text-sm text-white"><span class="font-semibold tabular-nums">{today}</span> e-mails enviados hoje pela Remessa</div><header class="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur"><div class="mx-auto flex h-16 max-w-7xl items-center justify-between px-4 sm:px-6 lg:px-8"><a class="flex items-center gap-2" href="/"><img alt="Remessa" loading="lazy" width="132" height="32" decoding="async" data-nimg="1" style="color:transparent" src="/logo-remessa.svg"/></a><nav class="hidden items-center gap-8 text-sm font-medium text-slate-700 md:flex"><a class="hover:text-indigo-700" href="/recursos/">Recursos</a><a class="hover:text-indigo-700" href="/precos/">Preços</a><a class="hover:text-indigo-700" href="/integracoes/">Integrações</a><a class="hover:text-indigo-700" href="/blog/">Blog</a></nav><div class="flex items-center gap-3"><a class="text-sm font-medium text-slate-700" href="https://app.remessa.com.br/entrar">Entrar</a><a class="rounded-full bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500" href="https://app.remessa.com.br/cadastro">{cta}</a></div></div></header><main class="flex-1"><article class="prose prose-slate mx-auto max-w-3xl px-4 py-16 lg:prose-lg prose-a:text-indigo-700 prose-table:text-sm"><h1>{h1}</h1><p class="text-sm text-slate-500">{upd}</p>{body}</article></main><footer class="border-t border-slate-200 bg-slate-50"><div class="mx-auto max-w-7xl px-4 py-10 text-sm text-slate-600 sm:px-6 lg:px-8"><div class="flex flex-wrap gap-6"><a href="/termos-de-uso/">Termos de Uso</a><a href="/politica-de-privacidade/">Política de Privacidade</a><a href="/politica-anti-spam/">Política Anti-Spam</a><a href="https://status.remessa.com.br">Status</a></div><p class="mt-6">© {year} Remessa Tecnologia Ltda. CNPJ 12.345.678/0001-90</p></div></footer></div></div><script id="__NEXT_DATA__" type="application/json">{nd}</script></body></html>""").format(
        url=URL, app8=app[:16], wp=wp, fw=fw, app=app, bid=bid, today=today, cta=html.escape(st["cta"]),
        h1=C.inline_html(blocks[0][1]), upd=C.inline_html(blocks[1][1]), body=body, year=when.year, nd=nd)


def render(st, blocks, when):
    if st["platform"] == "wordpress":
        return render_wp(st, blocks, when)
    return render_next(st, blocks, when)


PAGE = {
    "service": "Remessa",
    "url": URL,
    "lang": "pt-BR",
    "platform": "WordPress 6 (Astra, Contact Form 7) until Sep 2023, then Next.js 13 + Sanity (Vercel)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Vary", "Accept-Encoding"), ("Strict-Transport-Security", "max-age=63072000")),
    "n": 31,
    "start": dt.date(2022, 7, 4),
    "end": dt.date(2025, 1, 31),
    "policy": POLICY,
    "first_updated": dt.date(2022, 2, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "main article"},
    "history": [{"fetch": URL, "select": ["h1.entry-title", ".entry-content"],
                 "validUntil": C.iso(MIGRATION)}],
}
