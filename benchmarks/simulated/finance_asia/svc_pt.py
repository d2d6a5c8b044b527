# Brazilian digital bank: WordPress + Elementor toggles (collapsed), Cookiebot banner, dollar/Selic ticker,
# WP nonces, WP Rocket cache comment, Blip chat. Elementor redesign (toggles -> headings + text editor) at c18.
import copy, json
from build_common import *

URL = "https://www.bancocerrado.com.br/politica-de-privacidade/"
SERVICE = "Banco Cerrado"


def policy0():
    return {
        "title": "Política de Privacidade",
        "meta": [("p", "Última atualização: 10 de março de 2022")],
        "intro": [("p", "O Banco Cerrado S.A., inscrito no CNPJ sob o nº 12.345.678/0001-90, com sede na SHS Quadra 6, Brasília/DF (\"Banco Cerrado\" ou \"nós\"), respeita a sua privacidade. Esta Política explica como tratamos os seus dados pessoais, em conformidade com a Lei Geral de Proteção de Dados Pessoais (Lei nº 13.709/2018 – LGPD).")],
        "sections": [
            {"id": "t1", "title": "1. Quais dados pessoais coletamos", "body": [
                ("ul", ["Dados cadastrais: nome completo, CPF, RG, data de nascimento, filiação, endereço, e-mail e telefone;",
                        "Dados financeiros: renda, patrimônio, histórico de transações, dados de cartões;",
                        "Dados biométricos: imagem facial (selfie) para validação de identidade na abertura de conta;",
                        "Dados de navegação: endereço IP, geolocalização, identificadores do dispositivo e cookies."]),
            ]},
            {"id": "t2", "title": "2. Para que usamos os seus dados", "body": [
                ("p", "Utilizamos os seus dados para abrir e manter a sua conta, prestar os serviços contratados, prevenir fraudes e lavagem de dinheiro, cumprir obrigações legais e regulatórias junto ao Banco Central do Brasil e oferecer produtos adequados ao seu perfil."),
                ("p", "Com o seu consentimento, podemos compartilhar dados com outras instituições no âmbito do Open Finance, pelo prazo e para as finalidades que você autorizar."),
            ]},
            {"id": "t3", "title": "3. Com quem compartilhamos", "body": [
                ("p", "Podemos compartilhar dados com empresas do Grupo Cerrado, birôs de crédito (como Serasa e SPC), bandeiras de cartão, prestadores de serviços de tecnologia e autoridades públicas, sempre nos limites da LGPD."),
            ]},
            {"id": "t4", "title": "4. Por quanto tempo guardamos", "body": [
                ("p", "Os dados são mantidos enquanto durar a relação com você e, após o seu término, pelo prazo de 10 (dez) anos exigido pela regulamentação de prevenção à lavagem de dinheiro, ou pelo prazo prescricional aplicável."),
                ("p", "Encerrado o prazo, os dados poderá ser eliminados ou anonimizados de forma segura."),
            ]},
            {"id": "t5", "title": "5. Seus direitos como titular", "body": [
                ("p", "Você pode solicitar a confirmação da existência de tratamento, o acesso, a correção, a anonimização, a portabilidade, a eliminação dos dados tratados com consentimento e a revogação do consentimento, pelo aplicativo ou pelos nossos canais de atendimento."),
            ]},
            {"id": "t6", "title": "6. Encarregado de Proteção de Dados (DPO)", "body": [
                ("p", "Nosso Encarregado é o Sr. Paulo Henrique Andrade, que pode ser contatado pelo e-mail <a href=\"mailto:dpo@bancocerrado.com.br\">dpo@bancocerrado.com.br</a>."),
            ]},
        ],
    }


def edits():
    def e1(p):
        replace_text(p, "Nosso Encarregado é o Sr. Paulo Henrique Andrade, que pode ser contatado pelo e-mail <a href=\"mailto:dpo@bancocerrado.com.br\">dpo@bancocerrado.com.br</a>.",
                     "Nossa Encarregada é a Sra. Mariana Lopes Ferreira, que pode ser contatada pelo e-mail <a href=\"mailto:privacidade@bancocerrado.com.br\">privacidade@bancocerrado.com.br</a>.")
    def e2(p):
        replace_text(p, "pelo prazo e para as finalidades que você autorizar.", "pelo prazo máximo de 12 meses e para as finalidades que você autorizar, podendo revogar o consentimento a qualquer momento.")
    def e3(p):
        p["sections"].insert(3, {"id": "t3b", "title": "3.1 Pix", "body": [
            ("p", "Ao utilizar o Pix, seus dados de chave (CPF, e-mail, telefone ou chave aleatória), nome e instituição são compartilhados com o Banco Central do Brasil, por meio do DICT, e exibidos ao pagador antes da confirmação da transação.")]})
    def e4(p):
        p["design"] = 2
    def e5(p):
        replace_text(p, "os dados poderá ser eliminados", "os dados deverão ser eliminados")
    def e6(p):
        del find_section(p, "t3")["body"][0]
        find_section(p, "t3")["body"].append(("p", "Não vendemos os seus dados pessoais."))
        replace_text(p, "Última atualização: 10 de março de 2022", "Última atualização: 2 de fevereiro de 2026")
    return {4: ("DPO name + email (in collapsed toggle)", e1, True), 9: ("sentence changed (Open Finance)", e2, True), 14: ("new toggle item (Pix)", e3, True),
            18: ("Elementor redesign, same text", e4, False), 23: ("one word poderá->deverão", e5, True), 27: ("paragraph replaced + date", e6, True)}


def render(p, rng):
    wid = hexs(random.Random(p.get("design", 1)), 7)
    h = [f'<div class="elementor-element elementor-element-{wid} elementor-widget elementor-widget-heading" data-id="{wid}" data-element_type="widget" data-widget_type="heading.default"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">{p["title"]}</h1></div></div>',
         '<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">' + blocks_html(p["meta"]) + blocks_html(p["intro"]) + '</div></div>']
    if p.get("design", 1) == 1:
        tog = hexs(random.Random(11), 4)
        items = []
        for k, s in enumerate(p["sections"], 1):
            items.append(f'<div class="elementor-toggle-item"><div id="elementor-tab-title-{tog}{k}" class="elementor-tab-title" data-tab="{k}" role="button" aria-controls="elementor-tab-content-{tog}{k}" aria-expanded="false">'
                         f'<span class="elementor-toggle-icon elementor-toggle-icon-left" aria-hidden="true"><span class="elementor-toggle-icon-closed"><i class="fas fa-plus"></i></span><span class="elementor-toggle-icon-opened"><i class="elementor-toggle-icon-opened fas fa-minus"></i></span></span>'
                         f'<a class="elementor-toggle-title" tabindex="0">{s["title"]}</a></div>'
                         f'<div id="elementor-tab-content-{tog}{k}" class="elementor-tab-content elementor-clearfix" data-tab="{k}" role="region" aria-labelledby="elementor-tab-title-{tog}{k}">' + blocks_html(s["body"]) + '</div></div>')
        h.append(f'<div class="elementor-element elementor-widget elementor-widget-toggle" data-widget_type="toggle.default"><div class="elementor-widget-container"><div class="elementor-toggle">' + "".join(items) + '</div></div></div>')
    else:
        for s in p["sections"]:
            h.append(f'<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">{s["title"]}</h2></div></div>'
                     '<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">' + blocks_html(s["body"]) + '</div></div>')
    return "\n".join(h)


def page(p, i, date, rng):
    nonce = hexs(rng, 10)
    usd = 4.7 + rng.random() * 1.4
    selic = rng.choice(["13,75", "12,25", "10,50", "10,75", "11,25", "14,25", "15,00"])
    dt = date.strftime("%Y-%m-%d %H:%M:%S")
    cb = uuid_s(random.Random(21))
    return f"""<!DOCTYPE html>
<html lang="pt-BR">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>Política de Privacidade - Banco Cerrado</title>
<meta name='robots' content='index, follow, max-image-preview:large' />
<link rel="canonical" href="{URL}" />
<meta property="og:locale" content="pt_BR" />
<meta property="og:type" content="article" />
<meta property="og:site_name" content="Banco Cerrado" />
<meta property="article:modified_time" content="{date.strftime('%Y-%m-%dT%H:%M:%S+00:00')}" />
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"WebPage","@id":"{URL}","name":"Política de Privacidade - Banco Cerrado","dateModified":"{date.strftime('%Y-%m-%dT%H:%M:%S+00:00')}"}}]}}</script>
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="{cb}" data-blockingmode="auto" type="text/javascript"></script>
<link rel='stylesheet' id='elementor-frontend-css' href='https://www.bancocerrado.com.br/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.{18 + i // 8}.{i % 4}' media='all' />
<link rel='stylesheet' id='elementor-post-2871-css' href='https://www.bancocerrado.com.br/wp-content/uploads/elementor/css/post-2871.css?ver={1646900000 + i * 3571}' media='all' />
<script id="wpcf7-js-extra">var wpcf7 = {{"api":{{"root":"https:\\/\\/www.bancocerrado.com.br\\/wp-json\\/","namespace":"contact-form-7\\/v1"}},"cached":"1"}};</script>
<script id="ajax-js-extra">var cerrado_ajax = {{"url":"https:\\/\\/www.bancocerrado.com.br\\/wp-admin\\/admin-ajax.php","nonce":"{nonce}"}};</script>
</head>
<body class="page-template-default page page-id-2871 wp-custom-logo elementor-default elementor-kit-5 elementor-page elementor-page-2871">
<div class="topbar-cotacao">Dólar comercial: R$ {usd:.2f}&nbsp;&nbsp;|&nbsp;&nbsp;Selic: {selic}% a.a.&nbsp;&nbsp;|&nbsp;&nbsp;Atualizado em {date.strftime('%d/%m/%Y %H:%M')}</div>
<header id="site-header" class="site-header" role="banner"><div class="site-logo"><a href="https://www.bancocerrado.com.br/" rel="home"><img src="https://www.bancocerrado.com.br/wp-content/uploads/2021/05/logo-cerrado.svg" alt="Banco Cerrado"></a></div>
<nav class="site-navigation"><ul id="menu-principal" class="menu"><li class="menu-item"><a href="/conta-digital/">Conta Digital</a></li><li class="menu-item"><a href="/cartao-de-credito/">Cartão de Crédito</a></li><li class="menu-item"><a href="/emprestimo/">Empréstimo</a></li><li class="menu-item"><a href="/investimentos/">Investimentos</a></li><li class="menu-item"><a href="/para-empresas/">Para Empresas</a></li></ul></nav>
<a class="btn-abrir-conta" href="/abrir-conta/?utm_source=site&amp;utm_campaign=header">Abra sua conta grátis</a></header>
<main id="content" class="site-main post-2871 page type-page status-publish hentry">
<div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="2871" class="elementor elementor-2871">
<section class="elementor-section elementor-top-section elementor-section-boxed"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">
{render(p, rng)}
</div></div></div></section>
</div>
</div>
</main>
<footer id="site-footer" class="site-footer"><ul class="menu"><li class="menu-item menu-item-privacy-policy"><a rel="privacy-policy" href="/politica-de-privacidade/">Política de Privacidade</a></li><li class="menu-item"><a href="/termos-de-uso/">Termos de Uso</a></li><li class="menu-item"><a href="/ouvidoria/">Ouvidoria</a></li></ul>
<p>Banco Cerrado S.A. – CNPJ 12.345.678/0001-90. Ouvidoria: 0800 600 1234. SAC: 0800 600 4321.</p><p>© 2025 Banco Cerrado. Todos os direitos reservados.</p></footer>
<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" lang="pt" class="CybotEdge"><div class="CybotCookiebotDialogContentWrapper"><h2 id="CybotCookiebotDialogBodyContentTitle">Este site usa cookies</h2><div id="CybotCookiebotDialogBodyContentText">Utilizamos cookies para personalizar conteúdo e anúncios, fornecer funcionalidades de redes sociais e analisar o nosso tráfego.</div><button id="CybotCookiebotDialogBodyButtonDecline">Negar</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Permitir todos</button></div></div>
<div id="blip-chat-container"><div class="blip-chat-bubble">Olá! Sou a Cê, assistente virtual do Banco Cerrado. Posso ajudar?</div></div>
<script src='https://www.bancocerrado.com.br/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.{18 + i // 8}.{i % 4}' id='elementor-frontend-js'></script>
</body>
</html>
<!-- This website is like a Rocket, isn't it? Performance optimized by WP Rocket. Learn more: https://wp-rocket.me - Debug: cached@{int(date.timestamp())} -->
"""


def build(rng):
    dates = capture_dates(rng, 31, "2022-03-15", "2026-05-30")
    p = policy0(); E = edits(); caps = []
    for i, d in enumerate(dates):
        note = ""; real = False
        if i in E:
            E[i][1](p); note = E[i][0]; real = E[i][2]
        caps.append({"date": d, "body": page(p, i, d, rng).encode("utf-8"), "ctype": "text/html; charset=UTF-8", "real": real, "note": note})
    decl = {"name": SERVICE, "terms": {"Privacy Policy": {"fetch": URL, "select": ".elementor-2871", "executeClientScripts": True}}}
    return {"service": SERVICE, "url": URL, "captures": caps, "decl": decl}
