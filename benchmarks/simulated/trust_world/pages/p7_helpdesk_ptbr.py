"""Atendly (São Paulo) - pt-BR - atendimento omnichannel (WhatsApp, Instagram, e-mail), WordPress + Elementor Pro:
um widget de alerta "O que mudou" acima da política, reescrito a cada atualização datada (não nas correções
silenciosas); o curador seleciona o título e o widget de texto da política, não o alerta. Selo Reclame Aqui,
botão de WhatsApp (Joinchat), A/B do botão de teste grátis, nonce do Elementor Pro, CSS regenerado."""
import datetime as dt
import common as C

URL = "https://www.atendly.com.br/politica-de-privacidade/"
MESES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
         "novembro", "dezembro"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
# Política de Privacidade

%% changes

### O que mudou na atualização de {UPDATED}

- Incluímos o Instagram Direct entre os canais de atendimento integrados à plataforma.
- Detalhamos como tratamos os dados de clientes finais dos nossos clientes, na condição de operadora.

%% policy

Última atualização: {UPDATED}

A Atendly é uma plataforma de atendimento ao cliente que reúne WhatsApp, Instagram, chat do site e e-mail em uma única caixa de entrada. Esta Política de Privacidade explica como tratamos dados pessoais em conformidade com a Lei nº 13.709/2018 (Lei Geral de Proteção de Dados Pessoais – LGPD) e com o Marco Civil da Internet (Lei nº 12.965/2014).

## 1. Quem somos

A controladora dos dados pessoais tratados nos termos desta Política é a Atendly Tecnologia Ltda., inscrita no CNPJ sob o nº 34.512.678/0001-90, com sede na Avenida Paulista, 1374, 12º andar, Bela Vista, São Paulo/SP, CEP 01310-100.

## 2. Controladora e operadora

Tratamos dados pessoais em duas situações diferentes:

- **Como controladora**, quando tratamos dados de visitantes do nosso site, de pessoas que solicitam uma demonstração e dos usuários e representantes das empresas que contratam a Atendly.
- **Como operadora**, quando nossos clientes usam a plataforma para conversar com os clientes deles. Nesse caso, a empresa que contratou a Atendly é a controladora das conversas e dos dados de contato dos seus clientes finais, e nós tratamos esses dados apenas para prestar o serviço, de acordo com as instruções dela e com o Contrato de Tratamento de Dados.

Se você é cliente final de uma empresa que usa a Atendly e quer exercer seus direitos, fale diretamente com essa empresa. Se recebermos o seu pedido, vamos encaminhá-lo a ela.

## 3. Quais dados coletamos

- dados de cadastro: nome, e-mail corporativo, telefone, cargo, empresa e CNPJ;
- dados de pagamento: dados de faturamento e do meio de pagamento, processados pelo nosso parceiro de pagamentos;
- dados de uso da plataforma: registros de acesso, endereço IP, data e hora, dispositivo e ações realizadas;
- conteúdo das conversas e anexos trocados pelos canais conectados, quando atuamos como operadora;
- dados de navegação no site, coletados por cookies conforme a nossa [Política de Cookies](/politica-de-cookies/).

## 4. Para que usamos os dados e com qual base legal

- prestar o serviço contratado, criar e administrar contas e dar suporte (execução de contrato, art. 7º, V, da LGPD);
- emitir notas fiscais e cumprir obrigações legais e regulatórias (art. 7º, II);
- guardar os registros de acesso à aplicação pelo prazo exigido pelo art. 15 do Marco Civil da Internet (art. 7º, II);
- prevenir fraudes e garantir a segurança da plataforma (legítimo interesse, art. 7º, IX);
- enviar conteúdos e ofertas sobre a Atendly, que você pode deixar de receber a qualquer momento (legítimo interesse ou consentimento, conforme o caso).

## 5. Com quem compartilhamos

Não vendemos dados pessoais. Compartilhamos dados com fornecedores que nos ajudam a operar a plataforma, sempre mediante contrato e com as garantias da LGPD:

| Fornecedor | Finalidade | País |
| Amazon Web Services | Hospedagem da plataforma (região São Paulo) | Brasil |
| Google | E-mail corporativo e documentos | Estados Unidos |
| RD Station | Automação de marketing | Brasil |
| Iugu | Cobrança e emissão de boletos | Brasil |
| Zenvia | Envio de SMS | Brasil |

Também podemos compartilhar dados com autoridades públicas, quando houver obrigação legal ou ordem judicial.

## 6. Transferência internacional de dados

Alguns fornecedores armazenam ou acessam dados fora do Brasil. Nesses casos, a transferência é feita de acordo com o art. 33 da LGPD, por meio de cláusulas contratuais que garantem um nível de proteção adequado.

## 7. Por quanto tempo guardamos os dados

Os registros de acesso à aplicação são guardados por no mínimo 6 meses, como exige o Marco Civil da Internet. Os dados de cadastro são mantidos enquanto a conta estiver ativa e por até 5 anos depois, para o exercício regular de direitos. Documentos fiscais são mantidos pelo prazo previsto na legislação tributária. O histórico de conversas é mantido por 5 anos ou até que o cliente solicite a exclusão.

## 8. Seus direitos

Nos termos do art. 18 da LGPD, você pode solicitar a confirmação da existência de tratamento, o acesso aos dados, a correção de dados incompletos ou desatualizados, a anonimização, o bloqueio ou a eliminação de dados desnecessários, a portabilidade, informações sobre compartilhamento e a revogação do consentimento. Você também pode peticionar à Autoridade Nacional de Proteção de Dados (ANPD).

## 9. Segurança

Adotamos medidas técnicas e administrativas para proteger os dados pessoais, como criptografia em trânsito e em repouso, controle de acesso por perfil, autenticação em dois fatores e monitoramento contínuo. Em caso de incidente de segurança que possa acarretar risco ou dano relevante, comunicaremos a ANPD e os titulares afetados, nos termos da regulamentação.

### Cookies e tecnologias semelhantes

Usamos cookies necessários para o funcionamento do site e da plataforma e, com a sua autorização, cookies de análise e de marketing, como os do RD Station e do Google Analytics. Você pode alterar suas preferências a qualquer momento no banner de cookies ou nas configurações do seu navegador. A lista completa de cookies está na nossa Política de Cookies.

### Crianças e adolescentes

A Atendly é um serviço destinado a empresas e não é direcionada a menores de 18 anos. Não coletamos intencionalmente dados de crianças e adolescentes como controladora. Quando nossos clientes atendem menores de idade pelos canais conectados, cabe a eles observar o art. 14 da LGPD.

## 10. Encarregado pelo tratamento de dados pessoais

Nosso Encarregado (DPO) é Rafael Moreira Lima. Para falar com ele ou exercer seus direitos, escreva para [dpo@atendly.com.br](mailto:dpo@atendly.com.br).

## 11. Alterações desta Política

Podemos atualizar esta Política para refletir mudanças na plataforma ou na legislação. Quando houver mudanças relevantes, avisaremos os clientes por e-mail e destacaremos um resumo no topo desta página.
"""

BOX0 = """### O que mudou na atualização de {UPDATED}

- Incluímos o Instagram Direct entre os canais de atendimento integrados à plataforma.
- Detalhamos como tratamos os dados de clientes finais dos nossos clientes, na condição de operadora."""
BOX1 = """### O que mudou na atualização de {UPDATED}

- Passamos a usar a API oficial do WhatsApp Business (Meta) e incluímos a Meta entre os fornecedores.
- Explicamos quais dados de contato são enviados à Meta quando uma conversa é iniciada pelo WhatsApp."""
BOX2 = """### O que mudou na atualização de {UPDATED}

- O histórico de conversas passa a ser guardado por 2 anos por padrão, e cada cliente pode configurar outro prazo.
- Incluímos a exclusão automática de anexos após 180 dias."""
BOX4 = """### O que mudou na atualização de {UPDATED}

- Atualizamos a seção de transferência internacional para adotar as cláusulas-padrão contratuais aprovadas pela ANPD (Resolução CD/ANPD nº 19/2024).
- Informamos o país de cada fornecedor na tabela de compartilhamento."""
BOX5 = """### O que mudou na atualização de {UPDATED}

- Incluímos a seção sobre a Atendly IA, com os fornecedores de inteligência artificial que usamos.
- Deixamos claro que as conversas dos seus clientes não são usadas para treinar modelos de IA."""

EDITS = [
    {"note": "WhatsApp Business Platform (Meta) added as supplier, paragraph on data sent to Meta; summary box rewritten",
     "repl": [(BOX0, BOX1),
              ("| Zenvia | Envio de SMS | Brasil |", "| Zenvia | Envio de SMS | Brasil |\n| Meta Platforms | API oficial do WhatsApp Business | Estados Unidos |"),
              ("Também podemos compartilhar dados com autoridades públicas,",
               "Quando o cliente conecta um número à API oficial do WhatsApp Business, as mensagens, o número de telefone e o nome de perfil dos contatos passam pela infraestrutura da Meta, que atua conforme os termos do WhatsApp Business.\n\nTambém podemos compartilhar dados com autoridades públicas,")]},
    {"note": "conversation history retention: default 2 years, configurable per customer; attachments auto-deleted after 180 days; summary box rewritten",
     "repl": [(BOX1, BOX2),
              ("O histórico de conversas é mantido por 5 anos ou até que o cliente solicite a exclusão.",
               "O histórico de conversas é mantido por 2 anos por padrão; cada cliente pode configurar um prazo entre 90 dias e 5 anos no painel de administração. Os anexos das conversas são excluídos automaticamente após 180 dias.")]},
    {"note": "silent: new DPO name and e-mail (date and summary box unchanged)", "bump": False,
     "repl": [("Nosso Encarregado (DPO) é Rafael Moreira Lima. Para falar com ele ou exercer seus direitos, escreva para [dpo@atendly.com.br](mailto:dpo@atendly.com.br).",
               "Nossa Encarregada (DPO) é Juliana Tavares Rocha. Para falar com ela ou exercer seus direitos, escreva para [privacidade@atendly.com.br](mailto:privacidade@atendly.com.br).")]},
    {"note": "international transfers: ANPD standard contractual clauses (Resolução CD/ANPD nº 19/2024); supplier countries detailed; summary box rewritten",
     "repl": [(BOX2, BOX4),
              ("Nesses casos, a transferência é feita de acordo com o art. 33 da LGPD, por meio de cláusulas contratuais que garantem um nível de proteção adequado.",
               "Nesses casos, a transferência é feita de acordo com o art. 33 da LGPD e com o Regulamento de Transferência Internacional de Dados aprovado pela Resolução CD/ANPD nº 19/2024, por meio das cláusulas-padrão contratuais aprovadas pela ANPD, incorporadas aos nossos contratos com esses fornecedores."),
              ("| Google | E-mail corporativo e documentos | Estados Unidos |", "| Google | E-mail corporativo e documentos | Estados Unidos e Irlanda |")]},
    {"note": "new section on Atendly IA (OpenAI and Google Gemini as suppliers, no training, customer opt-in); summary box rewritten",
     "repl": [(BOX4, BOX5),
              ("## 6. Transferência internacional de dados",
               "## 6. Atendly IA\n\nSe o cliente ativar a Atendly IA, trechos das conversas são enviados aos nossos fornecedores de inteligência artificial para sugerir respostas, resumir atendimentos e classificar o assunto de cada conversa. Esses fornecedores não podem usar os dados para treinar seus modelos e os excluem em até 30 dias. As respostas sugeridas são sempre revisadas por um atendente antes do envio, exceto quando o próprio cliente configurar respostas automáticas.\n\n## 7. Transferência internacional de dados"),
              ("## 7. Por quanto tempo guardamos os dados", "## 8. Por quanto tempo guardamos os dados"),
              ("## 8. Seus direitos", "## 9. Seus direitos"),
              ("## 9. Segurança", "## 10. Segurança"),
              ("## 10. Encarregado pelo tratamento", "## 11. Encarregado pelo tratamento"),
              ("## 11. Alterações desta Política", "## 12. Alterações desta Política"),
              ("| Meta Platforms | API oficial do WhatsApp Business | Estados Unidos |",
               "| Meta Platforms | API oficial do WhatsApp Business | Estados Unidos |\n| OpenAI | Atendly IA (sugestões e resumos) | Estados Unidos |\n| Google Cloud (Gemini) | Atendly IA (classificação de conversas) | Brasil e Estados Unidos |")]},
]

WHATS = ["Olá! Quero conhecer a Atendly", "Oi! Quero falar com um especialista", "Olá, vim pelo site e quero uma demonstração"]
TRIAL = ["Teste grátis por 14 dias", "Comece grátis", "Experimente grátis"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["nonce"] = (C.hexs(rng, 10), C.hexs(rng, 10))
    s["css"] = C.keep_or(rng, prev.get("css"), 0.35, lambda: str(int(C.epoch(when)) - rng.randint(3600, 3600 * 24 * 20)))
    s["elementor"] = "3.5.6" if when.year < 2023 else ("3.18.3" if when.year < 2024 else ("3.23.4" if when.year < 2025 else "3.28.4"))
    m = when.year * 12 + when.month
    s["reclameaqui"] = ("RA1000" if m % 5 else "Ótimo", "%.1f" % (8.7 + (m * 7 % 9) / 10.0), "%.1f" % (95.0 + (m * 3 % 40) / 10.0))
    s["whats"] = rng.randrange(len(WHATS))
    s["trial"] = C.keep_or(rng, prev.get("trial"), 0.4, lambda: rng.randrange(len(TRIAL)))
    return s


LABELS = {
    "nonce": "Elementor Pro frontend nonce and RD Station form token",
    "css": "regenerated elementor-post CSS (?ver=timestamp)",
    "elementor": "Elementor plugin version in asset URLs",
    "reclameaqui": "Reclame Aqui seal (RA1000/Ótimo, score, resolution rate)",
    "whats": "Joinchat WhatsApp button: prefilled message variant",
    "trial": "A/B copy of the header trial button",
}


def w(eid, kind, inner, extra=""):
    return ('<div class="elementor-element elementor-element-%s elementor-widget elementor-widget-%s%s" data-id="%s" data-element_type="widget" data-widget_type="%s.default">'
            '<div class="elementor-widget-container">%s</div></div>' % (eid, kind, extra, eid, kind, inner))


def render(s, blocks, when):
    nonce, rdtok = s["nonce"]
    ev = s["elementor"]
    segs = C.segments(blocks)
    h1 = segs["head"][0]
    box = segs["changes"]
    box_html = ('<div class="elementor-alert elementor-alert-info" role="alert"><span class="elementor-alert-title">%s</span>'
                '<span class="elementor-alert-description">%s<a href="/wp-content/uploads/politica-de-privacidade-versao-anterior.pdf">Ver a versão anterior (PDF)</a></span>'
                '<button type="button" class="elementor-alert-dismiss" aria-label="Fechar alerta"><span aria-hidden="true">&times;</span></button></div>'
                % (C.inline_html(box[0][1]), C.blocks_html(box[1:])))
    body = C.blocks_html(segs["policy"])
    ra, nota, sol = s["reclameaqui"]
    trial = TRIAL[s["trial"]]
    content = ('<div data-elementor-type="wp-page" data-elementor-id="2841" class="elementor elementor-2841" data-elementor-post-type="page">'
               '<div class="elementor-element elementor-element-5e3a1b2 e-flex e-con-boxed e-con e-parent" data-id="5e3a1b2" data-element_type="container"><div class="e-con-inner">%s%s%s</div></div>'
               '<div class="elementor-element elementor-element-c81f0a4 e-flex e-con-boxed e-con e-parent cta-final" data-id="c81f0a4" data-element_type="container"><div class="e-con-inner">%s%s</div></div></div>'
               % (w("7c1d9e0", "heading", '<h1 class="elementor-heading-title elementor-size-default">%s</h1>' % C.inline_html(h1[1])),
                  w("a4f2c81", "alert", box_html),
                  w("3b9e7d2", "text-editor", "\n" + body + "\n"),
                  w("e92b1d7", "heading", '<h2 class="elementor-heading-title elementor-size-default">Mais de 4.000 empresas atendem melhor com a Atendly</h2>'),
                  w("f03a6c5", "button", '<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="/teste-gratis/"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">%s</span></span></a></div>' % trial)))
    header = ('<header data-elementor-type="header" data-elementor-id="118" class="elementor elementor-118 elementor-location-header" data-elementor-post-type="elementor_library">'
              '<div class="elementor-element elementor-element-2a7f3e1 e-flex e-con-boxed e-con e-parent" data-id="2a7f3e1" data-element_type="container"><div class="e-con-inner">'
              + w("9d4c2b8", "image", '<a href="https://www.atendly.com.br"><img width="150" height="40" src="https://www.atendly.com.br/wp-content/uploads/2021/03/logo-atendly.svg" class="attachment-full size-full" alt="Atendly"></a>')
              + w("6b1e5a3", "nav-menu", '<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal"><ul id="menu-1-6b1e5a3" class="elementor-nav-menu">'
                  '<li class="menu-item"><a href="/produto/" class="elementor-item">Produto</a></li><li class="menu-item"><a href="/whatsapp-business-api/" class="elementor-item">WhatsApp API</a></li>'
                  '<li class="menu-item"><a href="/precos/" class="elementor-item">Preços</a></li><li class="menu-item"><a href="/cases/" class="elementor-item">Cases</a></li><li class="menu-item"><a href="/blog/" class="elementor-item">Blog</a></li></ul></nav>')
              + w("0e8d4f6", "button", '<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/teste-gratis/"><span class="elementor-button-text">%s</span></a></div>' % trial)
              + '</div></div></header>')
    footer = ('<footer data-elementor-type="footer" data-elementor-id="131" class="elementor elementor-131 elementor-location-footer" data-elementor-post-type="elementor_library">'
              '<div class="elementor-element elementor-element-4c7a2d9 e-flex e-con-boxed e-con e-parent" data-id="4c7a2d9" data-element_type="container"><div class="e-con-inner">'
              + w("b5e1f2a", "html", '<div id="ra-verified-seal"><a href="https://www.reclameaqui.com.br/empresa/atendly/" target="_blank" rel="noopener" class="ra-seal ra-seal--%s"><img src="https://s3.amazonaws.com/raichu-beta/selos/%s.svg" alt="Selo %s Reclame Aqui">'
                  '<span class="ra-seal__score">Nota %s</span><span class="ra-seal__solved">%s%% das reclamações resolvidas</span></a></div>' % (ra.lower().replace("ó", "o"), ra.lower().replace("ó", "o"), ra, nota.replace(".", ","), sol.replace(".", ",")))
              + w("d2c8b47", "text-editor", '<p>Atendly Tecnologia Ltda. · CNPJ 34.512.678/0001-90 · Av. Paulista, 1374, 12º andar · São Paulo/SP</p>'
                  '<p><a href="/termos-de-uso/">Termos de Uso</a> | <a href="/politica-de-privacidade/">Política de Privacidade</a> | <a href="/politica-de-cookies/">Política de Cookies</a></p><p>© %d Atendly. Todos os direitos reservados.</p>' % when.year)
              + '</div></div></footer>')
    joinchat = ('<div class="joinchat joinchat--right joinchat--btn" data-settings=\'{"telephone":"5511940021234","mobile_only":false,"button_delay":3,"whatsapp_web":false,"qr":false,"message_views":2,"message_delay":10,"message_badge":false,"message_send":"%s","message_hash":"%s"}\'>'
                '<div class="joinchat__button"><div class="joinchat__button__open"></div><div class="joinchat__button__sendtext">Fale com vendas</div></div></div>'
                % (WHATS[s["whats"]], C.det_sha(WHATS[s["whats"]])[:8]))
    cfg = ('<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false,"isScriptDebug":false},"version":"%s","urls":{"assets":"https:\\/\\/www.atendly.com.br\\/wp-content\\/plugins\\/elementor\\/assets\\/"},"post":{"id":2841,"title":"Pol%%C3%%ADtica%%20de%%20Privacidade%%20%%E2%%80%%93%%20Atendly","excerpt":"","featuredImage":false}};</script>\n'
           '<script id="elementor-pro-frontend-js-before">var ElementorProFrontendConfig = {"ajaxurl":"https:\\/\\/www.atendly.com.br\\/wp-admin\\/admin-ajax.php","nonce":"%s","urls":{"assets":"https:\\/\\/www.atendly.com.br\\/wp-content\\/plugins\\/elementor-pro\\/assets\\/","rest":"https:\\/\\/www.atendly.com.br\\/wp-json\\/"}};</script>\n'
           % (ev, nonce))
    return ('<!doctype html>\n<html lang="pt-BR">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>Política de Privacidade – Atendly</title>\n<meta name="robots" content="index, follow, max-image-preview:large">\n<link rel="canonical" href="%s">\n'
            "<link rel='stylesheet' id='elementor-frontend-css' href='https://www.atendly.com.br/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=%s' media='all'>\n"
            "<link rel='stylesheet' id='elementor-post-2841-css' href='https://www.atendly.com.br/wp-content/uploads/elementor/css/post-2841.css?ver=%s' media='all'>\n"
            '<script src="//tag.goadopt.io/injector.js?website_code=7e2c1a9b-3f4d-4a5e-8b6c-0d1e2f3a4b5c" class="adopt-injector"></script>\n'
            '<script type="text/javascript" async src="https://d335luupugsy2.cloudfront.net/js/loader-scripts/6f1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d-loader.js"></script>\n'
            '</head>\n<body class="privacy-policy page-template-default page page-id-2841 elementor-default elementor-kit-6 elementor-page elementor-page-2841">\n'
            '<a class="skip-link screen-reader-text" href="#content">Ir para o conteúdo</a>\n%s\n<main id="content" class="site-main post-2841 page type-page status-publish hentry">\n'
            '<div class="page-content">\n%s\n</div>\n</main>\n%s\n%s\n'
            '<input type="hidden" id="rdstation-form-token" value="%s">\n%s'
            "<script src='https://www.atendly.com.br/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=%s' id='elementor-frontend-js'></script>\n</body>\n</html>\n"
            % (URL, ev, s["css"], header, content, footer, joinchat, rdtok, cfg, ev))


PAGE = {
    "service": "Atendly", "url": URL, "lang": "pt-BR", "platform": "WordPress + Elementor Pro",
    "content_type": "text/html; charset=UTF-8",
    "n": 31, "start": dt.date(2021, 8, 23), "end": dt.date(2026, 4, 6),
    "policy": POLICY, "first_updated": dt.date(2021, 4, 12), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "gold_md": lambda blocks: C.blocks_md([b for k in ("head", "policy") for b in C.segments(blocks)[k]], URL),
    "declaration": {"fetch": URL, "select": [".elementor-element-7c1d9e0 h1", ".elementor-element-3b9e7d2"]},
}
