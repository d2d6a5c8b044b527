"""RiverPoker Brasil (online poker room), WordPress with the Astra theme and Yoast SEO.

Fairly clean: the header's lobby counter (players online, tables, tournaments) is server-rendered on every visit by
the site's plugin; the plugin's wp nonce in inline script; Yoast's dateModified when the page is re-saved (also
without text changes); ?ver= values on WordPress, Astra and plugin upgrades; in 2024 the page was re-saved in the
block editor, so headings, lists and tables gain wp-block-* classes and tables a <figure> wrapper. The declared
.entry-content holds only the policy (the title is Astra's entry-title, outside it).
"""
import datetime as dt

import common as C

URL = "https://www.riverpoker.com.br/politica-de-privacidade/"

POLICY = """Atualizada em {UPDATED}.

Esta Política de Privacidade explica como a River Entretenimento Digital Ltda. ("RiverPoker", "nós") coleta, usa, compartilha e protege os dados pessoais dos jogadores que acessam o site www.riverpoker.com.br, o aplicativo RiverPoker e o software de poker para desktop, em conformidade com a Lei Geral de Proteção de Dados Pessoais (Lei nº 13.709/2018 – LGPD).

Ao criar uma conta, você declara ter pelo menos 18 anos e reconhece que leu esta política. Esta política se aplica também aos torneios presenciais e eventos ao vivo organizados pela RiverPoker, como as etapas da River League.

## 1. Quem somos

A RiverPoker é a controladora dos seus dados pessoais.

@ River Entretenimento Digital Ltda.
@ CNPJ 41.238.576/0001-09
@ Av. Brigadeiro Faria Lima, 3477, 14º andar, Itaim Bibi
@ São Paulo/SP, CEP 04538-133

## 2. Quais dados coletamos

- **Dados cadastrais:** nome completo, CPF, data de nascimento, e-mail, celular e endereço.
- **Dados de verificação:** foto do documento de identidade e selfie para validação biométrica facial.
- **Dados financeiros:** chave Pix, dados bancários, histórico de depósitos e saques.
- **Dados de jogo:** histórico de mãos, torneios disputados, buy-ins, prêmios e rake gerado.
- **Dados do dispositivo:** endereço IP, identificadores do dispositivo, sistema operacional e dados de geolocalização.
- **Comunicações:** conversas com o suporte por chat, e-mail ou WhatsApp.

## 3. Para que usamos seus dados

| Finalidade | Base legal (LGPD) |
| Criar e manter sua conta e permitir que você jogue | Execução de contrato (art. 7º, V) |
| Verificar sua identidade, idade e CPF | Cumprimento de obrigação legal (art. 7º, II) |
| Validação biométrica facial | Prevenção à fraude e segurança do titular (art. 11, II, g) |
| Prevenção à lavagem de dinheiro | Cumprimento de obrigação legal (art. 7º, II) |
| Detecção de conluio, bots e contas múltiplas | Legítimo interesse (art. 7º, IX) |
| Envio de ofertas, freerolls e novidades | Consentimento (art. 7º, I) |

## 4. Integridade das mesas

Para garantir um jogo justo, nossa equipe de segurança analisa o histórico de mãos, padrões de apostas, tempo de decisão e dados do dispositivo. Essa análise serve para identificar jogadores que atuam em conluio, usam programas de assistência em tempo real (RTA) ou mantêm mais de uma conta. Contas envolvidas em fraude podem ser suspensas e os saldos retidos durante a investigação.

Algumas dessas análises são feitas de forma automatizada. Quando uma decisão automatizada afetar seus interesses, como a suspensão preventiva da conta, você pode solicitar a revisão da decisão por um membro da nossa equipe, conforme o art. 20 da LGPD. O resultado de investigações de conluio pode ser comunicado a outros jogadores prejudicados apenas na medida necessária para a devolução de valores.

## 5. Com quem compartilhamos seus dados

Não vendemos seus dados pessoais. Compartilhamos apenas o necessário com:

| Parceiro | Finalidade |
| unico IDtech | Validação de identidade e biometria facial |
| Serasa Experian | Consulta de CPF e prevenção à fraude |
| Zendesk | Atendimento ao jogador |
| Amazon Web Services | Hospedagem dos servidores |
| Google Analytics | Estatísticas de uso do site |

Também podemos compartilhar dados com autoridades públicas, como o Conselho de Controle de Atividades Financeiras (COAF), a Receita Federal, o Ministério Público e o Poder Judiciário, quando exigido por lei.

## 6. Transferência internacional

Alguns dos nossos fornecedores armazenam dados fora do Brasil, principalmente nos Estados Unidos. Nesses casos, adotamos cláusulas contratuais que garantem um nível de proteção compatível com a LGPD, incluindo as cláusulas-padrão contratuais aprovadas pela ANPD. Você pode solicitar informações sobre essas garantias pelo e-mail do nosso encarregado.

## 7. Por quanto tempo guardamos seus dados

Os dados cadastrais e financeiros são mantidos por 5 anos após o encerramento da conta, conforme a Lei nº 9.613/1998. O histórico de mãos é mantido por 2 anos. Dados usados para marketing são excluídos quando você revoga o consentimento.

## 8. Seus direitos

Nos termos do art. 18 da LGPD, você pode solicitar:

- confirmação da existência de tratamento e acesso aos seus dados;
- correção de dados incompletos, inexatos ou desatualizados;
- anonimização, bloqueio ou eliminação de dados desnecessários;
- portabilidade dos dados;
- informação sobre com quem compartilhamos seus dados;
- revogação do consentimento.

As solicitações podem ser feitas pelo e-mail [privacidade@riverpoker.com.br](mailto:privacidade@riverpoker.com.br) e serão respondidas em até 15 dias. Você também pode apresentar reclamação à Autoridade Nacional de Proteção de Dados (ANPD).

## 9. Segurança da informação

Adotamos medidas técnicas e administrativas para proteger seus dados contra acessos não autorizados, perda ou alteração, como criptografia das comunicações, autenticação em dois fatores, controle de acesso por função e monitoramento contínuo dos nossos servidores. Em caso de incidente de segurança que possa gerar risco ou dano relevante aos titulares, comunicaremos a ANPD e os jogadores afetados, nos termos do art. 48 da LGPD.

## 10. Cookies

Usamos cookies e tecnologias semelhantes para manter você conectado, lembrar suas preferências de mesa e medir o uso do site. Cookies não essenciais só são usados com o seu consentimento, que pode ser alterado a qualquer momento no botão de preferências de cookies exibido no rodapé.

## 11. Menores de idade

Nossos serviços são proibidos para menores de 18 anos. Se identificarmos que uma conta pertence a um menor, ela será encerrada imediatamente e os valores depositados serão devolvidos ao responsável, após verificação.

## 12. Jogo responsável

Você pode definir limites de depósito, pausar sua conta ou solicitar a autoexclusão a qualquer momento em Minha Conta. Durante a autoexclusão não enviamos comunicações promocionais atravéz de nenhum canal.

## 13. Encarregado pelo tratamento de dados (DPO)

Nosso encarregado é Marcelo Tavares, que pode ser contatado pelo e-mail [dpo@riverpoker.com.br](mailto:dpo@riverpoker.com.br).

## 14. Alterações desta política

Podemos atualizar esta política periodicamente. A versão vigente estará sempre disponível nesta página, com a data da última atualização."""

EDITS = [
    {"note": "typo fixed: atravéz -> através", "bump": False,
     "repl": [("atravéz de nenhum canal", "através de nenhum canal")]},
    {"note": "partner added: Pix payment institution",
     "repl": [("| Serasa Experian |", "| PagBrasil Pagamentos Ltda. | Depósitos e saques via Pix |\n| Serasa Experian |")]},
    {"note": "hand-history retention changed from 2 to 5 years",
     "repl": [("O histórico de mãos é mantido por 2 anos.", "O histórico de mãos é mantido por 5 anos.")]},
    {"note": "DPO (encarregado) replaced",
     "repl": [("Nosso encarregado é Marcelo Tavares", "Nossa encarregada é Juliana Moreira Sato")]},
    {"note": "paragraph added on sharing with the SPA/MF (federal betting regulator) and the 15-day period changed",
     "repl": [("quando exigido por lei.", "quando exigido por lei.\n\nDesde a regulamentação das apostas de quota "
               "fixa e dos jogos on-line, também enviamos à Secretaria de Prêmios e Apostas do Ministério da Fazenda "
               "(SPA/MF) os dados de cadastro, transações e apostas exigidos pela regulamentação, por meio do sistema "
               "de gestão de apostas do governo federal."),
              ("serão respondidas em até 15 dias", "serão respondidas em até 15 dias úteis")]},
]

MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
          "novembro", "dezembro"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MONTHS[d.month - 1], d.year)


# (since, wordpress, astra, yoast)
VERSIONS = [(dt.datetime(2000, 1, 1), "6.1.1", "4.0.2", "19.12"), (dt.datetime(2023, 4, 3), "6.2", "4.1.0", "20.4"),
            (dt.datetime(2023, 8, 14), "6.3", "4.1.7", "21.0"), (dt.datetime(2023, 11, 20), "6.4.1", "4.5.2", "21.5"),
            (dt.datetime(2024, 4, 8), "6.5.2", "4.6.12", "22.4"), (dt.datetime(2024, 8, 5), "6.6.1", "4.7.3", "23.2"),
            (dt.datetime(2024, 12, 2), "6.7.1", "4.8.6", "24.0"), (dt.datetime(2025, 4, 21), "6.8", "4.10.0", "25.0")]
BLOCK_EDITOR = dt.datetime(2024, 2, 12)


def noise(rng, when, i, prev):
    prev = prev or {}
    hour = when.hour
    base = 2500 if hour < 6 else 4200 if hour < 18 else 6800
    return {
        "lobby": (base + rng.randint(-400, 900), rng.randint(180, 520), rng.randint(12, 48)),
        "nonce": C.hexs(rng, 10),
        "modified": C.keep_or(rng, prev.get("modified"), 0.15,
                              lambda: (when - dt.timedelta(days=rng.randint(1, 40), seconds=rng.randint(0, 86399))).isoformat()),
        "versions": [v for v in VERSIONS if v[0] <= when][-1][1:] + (when >= BLOCK_EDITOR,),
    }


LABELS = {"lobby": "lobby counter (players online, tables, tournaments) in the header",
          "nonce": "plugin wp nonce in inline script", "modified": "Yoast dateModified (page re-saved)",
          "versions": "?ver= of WordPress/Astra/Yoast upgrades; block-editor re-save (wp-block-* classes)"}


def render(s, blocks, when):
    players, tables, tourneys = s["lobby"]
    wp, astra, yoast, gb = s["versions"]
    if gb:
        parts = []
        for kind, v in blocks:
            h = C.block_html((kind, v))
            if kind in ("h2", "h3"):
                h = h.replace("<%s>" % kind, '<%s class="wp-block-heading">' % kind, 1)
            elif kind in ("ul", "ol") and wp >= "6.6":
                h = h.replace("<%s>" % kind, '<%s class="wp-block-list">' % kind, 1)
            elif kind == "table":
                h = '<figure class="wp-block-table"><table class="has-fixed-layout">%s</figure>' % h[len("<table>"):]
            parts.append(h)
        content = "\n\n\n\n".join(parts)
    else:
        content = "\n".join(C.block_html(b) for b in blocks)
    mod = s["modified"]
    return ('<!DOCTYPE html>\n<html lang="pt-BR">\n<head>\n<meta charset="UTF-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n\t<link rel="profile" href="https://gmpg.org/xfn/11">\n\t'
            "<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />\n\n"
            '\t<!-- This site is optimized with the Yoast SEO plugin v%s - https://yoast.com/wordpress/plugins/seo/ -->\n'
            '\t<title>Política de Privacidade - RiverPoker Brasil</title>\n\t<link rel="canonical" href="%s" />\n'
            '\t<meta property="og:locale" content="pt_BR" />\n\t<meta property="og:type" content="article" />\n'
            '\t<meta property="article:modified_time" content="%s+00:00" />\n'
            '\t<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",'
            '"@id":"%s","url":"%s","name":"Política de Privacidade - RiverPoker Brasil","datePublished":"2021-07-19T17:04:11+00:00",'
            '"dateModified":"%s+00:00","inLanguage":"pt-BR"}]}</script>\n\t<!-- / Yoast SEO plugin. -->\n\n\n'
            "<link rel='stylesheet' id='astra-theme-css-css' href='https://www.riverpoker.com.br/wp-content/themes/astra/assets/css/minified/main.min.css?ver=%s' media='all' />\n"
            "<link rel='stylesheet' id='wp-block-library-css' href='https://www.riverpoker.com.br/wp-includes/css/dist/block-library/style.min.css?ver=%s' media='all' />\n"
            "<link rel='stylesheet' id='river-lobby-css' href='https://www.riverpoker.com.br/wp-content/plugins/river-lobby/assets/lobby.css?ver=2.3.1' media='all' />\n"
            "<script src='https://www.riverpoker.com.br/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>\n"
            '<meta name="generator" content="WordPress %s" />\n'
            '<script src="https://cdn-cookieyes.com/client_data/7d1e2c9f04b3a5e86f0a1c2b/script.js" id="cookieyes"></script>\n'
            '</head>\n\n<body itemtype=\'https://schema.org/WebPage\' itemscope=\'itemscope\' class="privacy-policy page-template-default '
            'page page-id-3 wp-custom-logo ast-desktop ast-page-builder-template ast-no-sidebar astra-%s ast-single-post '
            'ast-inherit-site-logo-transparent ast-hfb-header">\n'
            '<a class="skip-link screen-reader-text" href="#content" title="Pular para o conteúdo">Pular para o conteúdo</a>\n'
            '<div class="hfeed site" id="page">\n\t\t<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead" '
            'itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">\n'
            '<div class="river-lobby-bar"><span class="river-lobby-bar__item"><strong>%s</strong> jogadores online</span>'
            '<span class="river-lobby-bar__item"><strong>%d</strong> mesas</span><span class="river-lobby-bar__item">'
            '<strong>%d</strong> torneios em andamento</span><a class="river-lobby-bar__cta" href="/download/">Baixar RiverPoker</a></div>\n'
            '<div class="main-header-bar"><div class="ast-container"><div class="site-branding ast-site-identity">'
            '<a href="https://www.riverpoker.com.br/" class="custom-logo-link" rel="home"><img width="180" height="48" '
            'src="https://www.riverpoker.com.br/wp-content/uploads/2021/07/riverpoker-logo.svg" class="custom-logo" alt="RiverPoker Brasil" /></a></div>'
            '<nav class="main-header-bar-navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex">'
            '<li class="menu-item"><a href="/torneios/" class="menu-link">Torneios</a></li><li class="menu-item"><a href="/promocoes/" '
            'class="menu-link">Promoções</a></li><li class="menu-item"><a href="/river-league/" class="menu-link">River League</a></li>'
            '<li class="menu-item"><a href="/suporte/" class="menu-link">Suporte</a></li></ul></nav></div></div>\n'
            '\t\t</header><!-- #masthead -->\n\t<div id="content" class="site-content">\n\t\t<div class="ast-container">\n'
            '\t<div id="primary" class="content-area primary">\n\t\t<main id="main" class="site-main">\n'
            '<article class="post-3 page type-page status-publish ast-article-single" id="post-3" itemtype="https://schema.org/CreativeWork" '
            'itemscope="itemscope">\n\t<header class="entry-header ast-no-thumbnail ast-no-meta">\n'
            '\t\t<h1 class="entry-title" itemprop="headline">Política de Privacidade</h1>\t</header><!-- .entry-header -->\n'
            '<div class="entry-content clear" itemprop="text">\n\n\t\n\t\t\n%s\n\n\t\n\t\n\t</div><!-- .entry-content .clear -->\n'
            '</article><!-- #post-## -->\n\t\t</main><!-- #main -->\n\t</div><!-- #primary -->\n\t</div> <!-- ast-container -->\n'
            '\t</div><!-- #content -->\n<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope">'
            '<div class="ast-small-footer"><div class="ast-container"><p>Proibido para menores de 18 anos. Jogue com responsabilidade. '
            '<a href="/jogo-responsavel/">Jogo Responsável</a> | <a href="/termos-e-condicoes/">Termos e Condições</a> | '
            '<a href="/politica-de-privacidade/">Política de Privacidade</a></p><p>Copyright &copy; %d RiverPoker Brasil</p></div></div>'
            '</footer>\n\t</div><!-- #page -->\n'
            '<script id="river-lobby-js-extra">\nvar riverLobby = {"ajaxurl":"https:\\/\\/www.riverpoker.com.br\\/wp-admin\\/admin-ajax.php",'
            '"nonce":"%s","refresh":"30000"};\n</script>\n'
            "<script src='https://www.riverpoker.com.br/wp-content/plugins/river-lobby/assets/lobby.js?ver=2.3.1' id='river-lobby-js'></script>\n"
            '<script id="astra-theme-js-js-extra">\nvar astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":"",'
            '"is_header_footer_builder_active":"1"};\n</script>\n'
            "<script src='https://www.riverpoker.com.br/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=%s' id='astra-theme-js-js'></script>\n"
            '\t\t\t<script>\n\t\t\t/(trident|msie)/i.test(navigator.userAgent)&&document.getElementById&&window.addEventListener&&'
            'window.addEventListener("hashchange",function(){var t,e=location.hash.substring(1);/^[A-z0-9_-]+$/.test(e)&&'
            '(t=document.getElementById(e))&&(/^(?:a|select|input|button|textarea)$/i.test(t.tagName)||(t.tabIndex=-1),t.focus())},!1);\n'
            '\t\t\t</script>\n\t\t\t</body>\n</html>\n'
            % (yoast, URL, mod, URL, URL, mod, astra, wp, wp, astra, "{:,}".format(players).replace(",", "."), tables, tourneys,
               content, when.year, s["nonce"], astra))


PAGE = {
    "service": "RiverPoker Brasil",
    "url": URL,
    "lang": "pt-BR",
    "platform": "WordPress + Astra + Yoast SEO",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("Link", '<https://www.riverpoker.com.br/wp-json/>; rel="https://api.w.org/"'),
                      ("Vary", "Accept-Encoding, Cookie")),
    "n": 31,
    "start": dt.date(2022, 11, 14),
    "end": dt.date(2025, 9, 8),
    "hours": (0, 6, 12, 18),
    "policy": POLICY,
    "first_updated": dt.date(2022, 8, 22),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".entry-content"},
}
