"""Xodó - pt-BR - a Brazilian dating app's site on HubSpot CMS (drag-and-drop page, rich-text modules,
hs_cos_wrapper markup, hsVars with a per-render id). Above the policy module, a second rich-text module "O que
mudou nesta versão" that the company rewrites at each dated update and that the page shows only for 60 days after
the "Última atualização" date (a HubL condition on the date): the curators track the policy module only, so the
box appearing / disappearing is not a change of the policy. Noise: render id and ticks, theme asset timestamps,
Dia dos Namorados / Black Friday promo bar, app ratings, "casais formados" counter."""
import datetime as dt
import html
import re

import common as C

URL = "https://www.xodoapp.com.br/politica-de-privacidade"
MESES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
         "novembro", "dezembro"]
SHOW_DAYS = 60


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
%% resumo

### O que mudou nesta versão

- Reorganizamos a política em seções mais curtas e com perguntas e respostas.
- Explicamos melhor como usamos sua localização e como calculamos a distância exibida no perfil.
- Incluímos o canal de contato do nosso Encarregado de Proteção de Dados.

%% politica

# Política de Privacidade do Xodó

Última atualização: {UPDATED}

Esta Política de Privacidade explica como a Xodó Tecnologia Ltda. trata os seus dados pessoais quando você usa o aplicativo Xodó e o site xodoapp.com.br, em conformidade com a Lei Geral de Proteção de Dados Pessoais (Lei nº 13.709/2018, a "LGPD") e o Marco Civil da Internet (Lei nº 12.965/2014).

## 1. Quem somos

O Xodó é operado pela Xodó Tecnologia Ltda., inscrita no CNPJ sob o nº 34.512.887/0001-60, com sede na Rua Fradique Coutinho, 1.632, conjunto 41, Vila Madalena, São Paulo/SP, CEP 05416-001, que é a controladora dos seus dados pessoais.

Nosso Encarregado pelo Tratamento de Dados Pessoais (DPO) pode ser contatado pelo e-mail [dpo@xodoapp.com.br](mailto:dpo@xodoapp.com.br).

## 2. Quais dados coletamos

### Dados que você nos fornece

- Cadastro: nome ou apelido, data de nascimento, gênero, número de celular, e-mail e o gênero das pessoas que você quer conhecer.
- Perfil: fotos, bio, altura, signo, profissão, escolaridade, cidade, interesses e respostas às perguntas do perfil.
- Dados pessoais sensíveis, se você quiser informar: orientação sexual, religião e origem racial ou étnica.
- Conversas: mensagens, áudios, fotos e figurinhas trocadas no chat, além das denúncias que você faz.
- Compras: plano do Xodó Plus ou Xodó Black contratado, valor, data e meio de pagamento. Os dados do cartão são processados pela Apple, pelo Google ou pelo nosso intermediador de pagamentos, e não ficam armazenados conosco.

### Dados coletados automaticamente

- Localização: com a sua permissão, usamos a localização do celular para mostrar pessoas perto de você. Para os outros usuários, aparece apenas a distância aproximada (por exemplo, "a 3 km"), nunca o seu endereço.
- Registros de acesso: endereço IP, data e hora de uso do aplicativo, com a respectiva porta lógica de origem.
- Dados do dispositivo: modelo, sistema operacional, versão do app, idioma, identificadores do aparelho e de publicidade.
- Uso do app: perfis vistos, curtidas, matches, tempo de uso e funcionalidades acessadas.

## 3. Para que usamos seus dados e com qual base legal

- Para criar sua conta, montar seu perfil, sugerir pessoas e permitir conversas, com base na execução do contrato (art. 7º, V, da LGPD).
- Para tratar seus dados pessoais sensíveis, como orientação sexual e religião, somente com o seu consentimento específico e destacado (art. 11, I, da LGPD), que você pode revogar apagando a informação do perfil.
- Para prevenir fraudes, perfis falsos, golpes e assédio e garantir a segurança da comunidade, com base no nosso legítimo interesse e na prevenção à fraude e à segurança do titular (arts. 7º, IX, e 11, II, "g", da LGPD).
- Para guardar os registros de acesso a aplicações pelo prazo de 6 meses, em cumprimento ao art. 15 do Marco Civil da Internet (obrigação legal).
- Para enviar novidades e ofertas do Xodó por e-mail e notificações, com base no legítimo interesse ou no consentimento, conforme o caso. Você pode descadastrar-se a qualquer momento.
- Para exibir anúncios personalizados na versão gratuita, com o seu consentimento.
- Para cumprir ordens judiciais e requisições de autoridades competentes.

## 4. Como funcionam as sugestões de perfis

A ordem em que os perfis aparecem para você é definida por um algoritmo que considera suas preferências de idade, distância e gênero, sua atividade recente, a atividade das outras pessoas e a probabilidade de interesse mútuo. Assinantes podem usar o recurso "Destaque" para aparecer para mais pessoas por 30 minutos. Você pode pedir a revisão de decisões tomadas unicamente com base em tratamento automatizado, nos termos do art. 20 da LGPD.

## 5. Com quem compartilhamos

Seu perfil é visível para os outros usuários do Xodó. Além disso, compartilhamos dados com:

- Fornecedores que nos ajudam a operar o serviço, como hospedagem em nuvem (Amazon Web Services), envio de SMS e e-mails, atendimento ao cliente, análise de uso do app e moderação de conteúdo. Eles só podem usar os dados para prestar serviços ao Xodó.
- Parceiros de publicidade e de mensuração de campanhas, como Google, Meta e AppsFlyer, quando você autorizar.
- Autoridades policiais e judiciais, mediante ordem judicial ou requisição na forma da lei, ou quando necessário para proteger a vida ou a integridade física de alguém.
- Em caso de fusão, aquisição ou venda de ativos, a empresa sucessora, que deverá respeitar esta Política.

Não vendemos os seus dados pessoais.

## 6. Transferência internacional

Alguns dos nossos fornecedores armazenam dados em servidores localizados fora do Brasil, principalmente nos Estados Unidos. Nesses casos, adotamos as garantias previstas no art. 33 da LGPD, como cláusulas contratuais que asseguram um nível de proteção compatível com a legislação brasileira.

## 7. Por quanto tempo guardamos seus dados

- Enquanto sua conta estiver ativa, mantemos os dados necessários para o funcionamento do app.
- Quando você exclui sua conta, seu perfil deixa de ser exibido imediatamente e os dados são apagados em até 30 dias.
- Registros de acesso são guardados por 6 meses, conforme o Marco Civil da Internet, ou por mais tempo se houver ordem judicial.
- Dados de contas banidas por violação das Diretrizes da Comunidade podem ser mantidos por até 5 anos, para impedir novos cadastros.
- Dados de compras são guardados pelo prazo exigido pela legislação fiscal e de defesa do consumidor.

## 8. Seus direitos

A LGPD garante a você, entre outros, os direitos de confirmação da existência de tratamento, acesso, correção, anonimização, bloqueio ou eliminação de dados desnecessários, portabilidade, informação sobre compartilhamento e revogação do consentimento (art. 18 da LGPD).

Você pode exercer esses direitos em Configurações > Privacidade > Meus dados, no app, ou pelo e-mail [dpo@xodoapp.com.br](mailto:dpo@xodoapp.com.br). Se não ficar satisfeito com a nossa resposta, você também pode peticionar à Autoridade Nacional de Proteção de Dados (ANPD).

## 9. Segurança

Usamos criptografia em trânsito, controle de acesso por função e monitoramento de acessos para proteger seus dados. Nenhum sistema é totalmente seguro, por isso recomendamos que você não compartilhe sua senha e desconfie de pedidos de dinheiro feitos por pessoas que conheceu no app.

## 10. Menores de idade

O Xodó é exclusivo para maiores de 18 anos. Se identificarmos uma conta de menor de idade, ela será excluída.

## 11. Alterações desta Política

Podemos atualizar esta Política periodicamente. Quando houver mudanças relevantes, avisaremos no app e indicaremos um resumo das mudanças no topo desta página.
"""

OLD_RESUMO = """- Reorganizamos a política em seções mais curtas e com perguntas e respostas.
- Explicamos melhor como usamos sua localização e como calculamos a distância exibida no perfil.
- Incluímos o canal de contato do nosso Encarregado de Proteção de Dados."""


def resumo(*items):
    return "\n".join("- " + x for x in items)


EDITS = [
    {"note": "selfie verification with facial biometrics (sensitive data, art. 11) added; summary box rewritten",
     "repl": [(OLD_RESUMO, resumo("Criamos a verificação de perfil por selfie e explicamos como tratamos os dados biométricos.",
                                   "Esclarecemos por quanto tempo guardamos a selfie de verificação.")),
              ("- Dados pessoais sensíveis, se você quiser informar: orientação sexual, religião e origem racial ou étnica.",
               "- Dados pessoais sensíveis, se você quiser informar: orientação sexual, religião e origem racial ou étnica.\n- Verificação de perfil: se você escolher verificar o seu perfil, uma selfie em vídeo e o modelo biométrico do seu rosto gerado a partir dela."),
              ("- Para guardar os registros de acesso",
               "- Para verificar que você é a pessoa das fotos do perfil, com o seu consentimento específico e destacado para o tratamento de dados biométricos (art. 11, I, da LGPD). O modelo biométrico é apagado logo após a verificação, e a selfie em vídeo é guardada por 30 dias para análise de eventuais contestações.\n- Para guardar os registros de acesso")]},
    {"note": "silent: Pix added as payment method and payment intermediary named (date not bumped, summary untouched)", "bump": False,
     "repl": [("Os dados do cartão são processados pela Apple, pelo Google ou pelo nosso intermediador de pagamentos, e não ficam armazenados conosco.",
               "Os pagamentos por cartão ou Pix feitos no site são processados pelo nosso intermediador de pagamentos, a Pagar.me; nas lojas de aplicativos, pela Apple ou pelo Google. Os dados do cartão não ficam armazenados conosco.")]},
    {"note": "AI moderation of chat (automatic analysis of messages for golpes/assédio, 'Tem certeza?' prompt) + ANPD-aligned art. 20 review; summary rewritten",
     "repl": [("- Criamos a verificação de perfil por selfie e explicamos como tratamos os dados biométricos.\n- Esclarecemos por quanto tempo guardamos a selfie de verificação.",
               resumo("Passamos a usar inteligência artificial para identificar golpes e mensagens ofensivas no chat.",
                      "Explicamos como pedir a revisão humana de uma suspensão de conta.")),
              ("## 5. Com quem compartilhamos",
               "### Moderação automatizada\n\nPara combater golpes (como o do falso investimento e o do \"Pix do amor\"), assédio e conteúdo impróprio, usamos ferramentas de inteligência artificial que analisam fotos, textos do perfil e mensagens do chat no momento do envio. Quando uma mensagem parece ofensiva, o app pergunta \"Tem certeza?\" antes de enviá-la. Contas só são banidas depois da análise de uma pessoa da nossa equipe de segurança, e você pode pedir a revisão da decisão pelo e-mail [seguranca@xodoapp.com.br](mailto:seguranca@xodoapp.com.br).\n\n## 5. Com quem compartilhamos")]},
    {"note": "Encarregado named and a privacy-request form added (ANPD's Encarregado regulation, 2024); summary rewritten",
     "repl": [("- Passamos a usar inteligência artificial para identificar golpes e mensagens ofensivas no chat.\n- Explicamos como pedir a revisão humana de uma suspensão de conta.",
               resumo("Divulgamos o nome do nosso Encarregado pelo Tratamento de Dados Pessoais.",
                      "Criamos um formulário para pedidos sobre seus dados.")),
              ("Nosso Encarregado pelo Tratamento de Dados Pessoais (DPO) pode ser contatado pelo e-mail [dpo@xodoapp.com.br](mailto:dpo@xodoapp.com.br).",
               "Nosso Encarregado pelo Tratamento de Dados Pessoais (DPO) é Mariana Lopes Ferreira, que pode ser contatada pelo e-mail [dpo@xodoapp.com.br](mailto:dpo@xodoapp.com.br) ou pelo [formulário de privacidade](/privacidade/solicitacoes). O Encarregado atua com autonomia e responde às solicitações dos titulares e às comunicações da Autoridade Nacional de Proteção de Dados (ANPD)."),
              ("no app, ou pelo e-mail [dpo@xodoapp.com.br](mailto:dpo@xodoapp.com.br).",
               "no app, pelo [formulário de privacidade](/privacidade/solicitacoes) ou pelo e-mail [dpo@xodoapp.com.br](mailto:dpo@xodoapp.com.br). Respondemos em até 15 dias.")]},
    {"note": "minors: age verification at sign-up (facial age estimation or document) replaces the 18+ sentence; summary rewritten",
     "repl": [("- Divulgamos o nome do nosso Encarregado pelo Tratamento de Dados Pessoais.\n- Criamos um formulário para pedidos sobre seus dados.",
               resumo("Passamos a verificar a idade de novos usuários no cadastro.",
                      "Explicamos quais dados usamos na verificação de idade e por quanto tempo.")),
              ("O Xodó é exclusivo para maiores de 18 anos. Se identificarmos uma conta de menor de idade, ela será excluída.",
               "O Xodó é exclusivo para maiores de 18 anos. Para proteger crianças e adolescentes, conforme a legislação brasileira de proteção de crianças e adolescentes em ambientes digitais, verificamos a idade de todos os novos usuários no cadastro por meio de estimativa de idade a partir de uma selfie ou, se preferir, do envio de um documento de identidade. A imagem usada na estimativa é descartada imediatamente; do documento, guardamos apenas a confirmação de maioridade. Contas de menores de idade são excluídas.")]},
]

PROMOS = {"namorados": "Dia dos Namorados: Xodó Plus com 40% OFF até 12/6",
          "blackfriday": "Black Friday Xodó: 3 meses de Xodó Black pelo preço de 1",
          "carnaval": "Bloco do Xodó: Destaques em dobro no Carnaval"}


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["render"] = (C.uuid4(rng), int(C.epoch(when) * 1000) + rng.randint(100, 999))
    s["theme"] = C.keep_or(rng, prev.get("theme"), 0.25, lambda: int(C.epoch(when - dt.timedelta(days=rng.randint(1, 40)))) * 1000 + rng.randint(0, 999))
    m, d = when.month, when.day
    s["promo"] = ("namorados" if (m == 5 and d > 20) or (m == 6 and d <= 12) else
                  "blackfriday" if m == 11 else "carnaval" if m == 2 else None)
    c0 = prev.get("casais") or 1214000
    s["casais"] = c0 + rng.randint(800, 9000)
    r0 = prev.get("ratings") or (212000, 96000)
    s["ratings"] = (r0[0] + rng.randint(300, 3000), r0[1] + rng.randint(100, 1200))
    return s


LABELS = {
    "render": "HubSpot hsVars render_id / ticks",
    "theme": "HubSpot template asset timestamps",
    "promo": "seasonal promo bar (Dia dos Namorados, Black Friday, Carnaval)",
    "casais": "'casais formados' counter",
    "ratings": "app store ratings counts",
    "box": "'O que mudou nesta versão' box shown / hidden (60 days after the update date)",
}


def gold_md(blocks):
    return C.blocks_md(C.segments(blocks)["politica"], URL)


def updated_of(blocks):
    for kind, v in blocks:
        m = re.match(r"Última atualização: (\d+) de (\S+) de (\d{4})", v) if kind == "p" else None
        if m:
            return dt.date(int(m.group(3)), MESES.index(m.group(2)) + 1, int(m.group(1)))


def rich(bl):
    return C.blocks_html(bl, sep="\n")


def render(s, blocks, when):
    seg = C.segments(blocks)
    pol = seg["politica"]
    upd = updated_of(pol)
    show = (when.date() - upd).days <= SHOW_DAYS
    s["box"] = show
    rid, ticks = s["render"]
    th = s["theme"]
    box = ""
    if show:
        box = ('<div class="row-fluid-wrapper row-depth-1 row-number-2 dnd-section">\n<div class="row-fluid ">\n<div class="span12 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="0" data-w="12">\n'
               '<div id="hs_cos_wrapper_widget_1671040021118" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module">'
               '<div class="aviso-mudancas"><span class="aviso-mudancas__tag">Novo</span>\n%s\n<p class="aviso-mudancas__link"><a href="/politica-de-privacidade/versoes-anteriores">Ver versões anteriores</a></p></div></div>\n</div>\n</div>\n</div>\n'
               % rich(seg["resumo"]))
    promo = ('<div class="barra-promo"><a href="https://xodo.onelink.me/Kq7d/promo">%s</a></div>' % PROMOS[s["promo"]]) if s["promo"] else ""
    ios, andr = s["ratings"]
    br = lambda n: "{:,}".format(n).replace(",", ".")
    return ('<!doctype html><html lang="pt-br"><head>\n    <meta charset="utf-8">\n    <title>Política de Privacidade | Xodó</title>\n'
            '    <link rel="shortcut icon" href="https://www.xodoapp.com.br/hubfs/favicon-xodo.png">\n    <meta name="description" content="Saiba como o Xodó trata seus dados pessoais, de acordo com a LGPD.">\n'
            '    <meta name="viewport" content="width=device-width, initial-scale=1">\n\n    <script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>\n'
            '<script>hsjQuery = window[\'jQuery\'];</script>\n    <meta property="og:description" content="Saiba como o Xodó trata seus dados pessoais, de acordo com a LGPD.">\n'
            '    <meta property="og:title" content="Política de Privacidade | Xodó">\n    <meta property="og:url" content="%s">\n\n'
            '    <link rel="stylesheet" href="https://www.xodoapp.com.br/hubfs/hub_generated/template_assets/1/98765432109/%d/template_main.min.css">\n'
            '    <link rel="stylesheet" href="https://www.xodoapp.com.br/hubfs/hub_generated/module_assets/1/98765432155/%d/module_rich-text.min.css">\n'
            '<style>\n  #hs_cos_wrapper_widget_1671040021118 .aviso-mudancas { background:#fff4f7; border-left:4px solid #e8336b; padding:16px 24px; border-radius:8px; }\n</style>\n'
            '    <link rel="canonical" href="%s">\n\n<meta property="og:type" content="article">\n<meta name="generator" content="HubSpot"></head>\n'
            '  <body>\n    <div class="body-wrapper   hs-content-id-98765432101 hs-site-page page ">\n      \n'
            '        <div data-global-resource-path="xodo-2023/templates/partials/header.html"><header class="header">%s\n  <a href="#main-content" class="header__skip">Pular para o conteúdo</a>\n'
            '  <div class="header__container content-wrapper"><div class="header__logo"><a href="/"><img src="https://www.xodoapp.com.br/hubfs/logo-xodo.svg" alt="Xodó" width="110" height="36"></a></div>\n'
            '  <nav class="header__menu" aria-label="Menu principal"><ul class="menu__wrapper no-list"><li class="menu__item"><a class="menu__link" href="/como-funciona">Como funciona</a></li>'
            '<li class="menu__item"><a class="menu__link" href="/xodo-plus">Xodó Plus</a></li><li class="menu__item"><a class="menu__link" href="/seguranca">Segurança</a></li>'
            '<li class="menu__item"><a class="menu__link" href="/blog">Blog</a></li></ul></nav>\n  <a class="button header__cta" href="https://xodo.onelink.me/Kq7d/site">Baixar o app</a></div>\n</header></div>\n\n'
            '      <main id="main-content" class="body-container-wrapper">\n<div class="container-fluid body-container body-container--legal">\n<div class="row-fluid-wrapper">\n<div class="row-fluid">\n<div class="span12 widget-span widget-type-cell " style="" data-widget-type="cell" data-x="0" data-w="12">\n\n'
            '<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section">\n<div class="row-fluid ">\n<div class="span12 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="0" data-w="12">\n'
            '<div id="hs_cos_wrapper_widget_1652981200411" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-header" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span class="legal-kicker">Central de Privacidade</span></div>\n</div>\n</div>\n</div>\n'
            '%s'
            '<div class="row-fluid-wrapper row-depth-1 row-number-3 dnd-section">\n<div class="row-fluid ">\n<div class="span12 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="0" data-w="12">\n'
            '<div id="hs_cos_wrapper_widget_1652981234567" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module">'
            '<span id="hs_cos_wrapper_widget_1652981234567_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text">%s</span></div>\n</div>\n</div>\n</div>\n\n'
            '<div class="row-fluid-wrapper row-depth-1 row-number-4 dnd-section">\n<div class="row-fluid ">\n<div class="span12 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="0" data-w="12">\n'
            '<div id="hs_cos_wrapper_widget_1652981298765" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module">'
            '<div class="cta-app"><h2>Mais de %s casais já se formaram no Xodó</h2><p>Nota %s na App Store (%s avaliações) e %s no Google Play (%s avaliações)</p>'
            '<a class="button" href="https://xodo.onelink.me/Kq7d/legal">Baixar grátis</a></div></div>\n</div>\n</div>\n</div>\n\n'
            '</div>\n</div>\n</div>\n</div>\n      </main>\n\n'
            '      <div data-global-resource-path="xodo-2023/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">'
            '<ul class="footer__links"><li><a href="/termos-de-uso">Termos de Uso</a></li><li><a href="/politica-de-privacidade">Política de Privacidade</a></li>'
            '<li><a href="/politica-de-cookies">Cookies</a></li><li><a href="/diretrizes-da-comunidade">Diretrizes da Comunidade</a></li><li><a href="https://ajuda.xodoapp.com.br">Ajuda</a></li></ul>'
            '<p class="footer__copyright">© %d Xodó Tecnologia Ltda. · CNPJ 34.512.887/0001-60</p></div></footer></div>\n    </div>\n\n'
            '<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>\n'
            '<script>\nvar hsVars = hsVars || {}; hsVars[\'language\'] = \'pt-br\';\n</script>\n'
            '<script src="https://www.xodoapp.com.br/hubfs/hub_generated/template_assets/1/98765432110/%d/template_main.min.js"></script>\n'
            '<!-- Start of HubSpot Analytics Code -->\n<script type="text/javascript">\nvar _hsq = _hsq || [];\n_hsq.push(["setContentType", "standard-page"]);\n_hsq.push(["setCanonicalUrl", "%s"]);\n_hsq.push(["setPageId", "98765432101"]);\n_hsq.push(["setContentMetadata", {\n    "contentPageId": 98765432101,\n    "legacyPageId": "98765432101",\n    "contentFolderId": null,\n    "contentGroupId": null,\n    "abTestId": null,\n    "languageVariantId": 98765432101,\n    "languageCode": "pt-br",\n}]);\n</script>\n\n'
            '<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/21453987.js"></script>\n<!-- End of HubSpot Analytics Code -->\n\n'
            '<script type="text/javascript">\nvar hsVars = {\n    render_id: "%s",\n    ticks: %d,\n    page_id: 98765432101,\n    content_group_id: 0,\n    portal_id: 21453987,\n    app_hs_base_url: "https://app.hubspot.com",\n    cp_hs_base_url: "https://cp.hubspot.com",\n    language: "pt-br",\n    analytics_page_type: "standard-page",\n    scp_content_type: "",\n    analytics_page_id: "98765432101",\n    category_id: 1,\n    folder_id: 0,\n    is_hubspot_user: false\n}\n</script>\n\n'
            '<script defer src="/hs/hsstatic/HubspotToolsMenu/static-1.354/js/index.js"></script>\n  </body>\n</html>'
            % (URL, th, th - 7345, URL, promo, box, rich(pol), br(s["casais"]), "4,7", br(ios), "4,5", br(andr), when.year, th + 12, URL, rid, ticks))


PAGE = {
    "service": "Xodó", "url": URL, "lang": "pt-BR", "platform": "HubSpot CMS (drag-and-drop page)",
    "content_type": "text/html;charset=utf-8",
    "n": 31, "start": dt.date(2021, 7, 12), "end": dt.date(2026, 6, 1),
    "policy": POLICY, "first_updated": dt.date(2021, 6, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": ["#hs_cos_wrapper_widget_1652981234567"]},
}
