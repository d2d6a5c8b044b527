"""Studio Madeixas - pt-PT hair and beauty salon (Porto, Braga) - WordPress + Astra theme + Gutenberg, Bookly,
CookieYes (its [cookie_audit] table of scanned cookies sits in the policy's content), Wordfence, WP Rocket."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import skit as K  # noqa: E402
from skit import C  # noqa: E402

URL = "https://studiomadeixas.pt/politica-de-privacidade/"


def fmt_date(d):
    return "%d de %s de %d" % (d.day, K.MONTHS["pt"][d.month - 1], d.year)


POLICY = """
# Política de Privacidade

Última atualização: {UPDATED}

O Studio Madeixas, Unipessoal Lda. respeita a sua privacidade e trata os seus dados pessoais de acordo com o Regulamento Geral sobre a Proteção de Dados (RGPD) e a Lei n.º 58/2019. Esta política explica que dados recolhemos quando faz uma marcação online, visita os nossos salões ou utiliza o nosso sítio na Internet.

## Responsável pelo tratamento

@ Studio Madeixas, Unipessoal Lda., NIPC 514 123 456
@ Rua de Santa Catarina, 312, 4000-443 Porto
@ Telefone: 222 013 456
@ Correio eletrónico: [privacidade@studiomadeixas.pt](mailto:privacidade@studiomadeixas.pt)

## Dados que recolhemos

- nome, telemóvel e endereço de correio eletrónico;
- histórico de marcações, serviços realizados e profissional escolhido;
- fichas técnicas de coloração e de tratamentos capilares;
- informações sobre alergias que nos comunique;
- número de contribuinte, quando solicita fatura com NIF.

## Finalidades e fundamentos

Tratamos os seus dados para gerir marcações e enviar lembretes por SMS (execução do contrato), para emitir faturas (obrigação legal), para garantir a segurança dos tratamentos (consentimento, no caso de dados de saúde) e, se o autorizar, para enviar campanhas e novidades.

## Subcontratantes

| Entidade | Finalidade | Localização |
| PTisp, Lda. | Alojamento do sítio | Portugal |
| Bookly (Nota Bene) | Sistema de marcações | Portugal |
| EZ4U (EZ Messaging) | Envio de SMS | Portugal |
| Moloni | Faturação certificada | Portugal |

## Conservação dos dados

Conservamos os dados de clientes durante 2 anos após a última visita. As faturas são conservadas durante 10 anos, conforme exigido pela legislação fiscal.

## Os seus direitos

Pode exercer os direitos de acesso, retificação, apagamento, limitação, portabilidade e oposição, bem como retirar o consentimento a qualquer momento, através do correio eletrónico indicado. Tem ainda o direito de apresentar reclamação à Comissão Nacional de Proteção de Dados (CNPD).

## Cookies

Utilizamos cookies necessários ao funcionamento do sítio e, com o seu consentimento, cookies de análise. A lista seguinte é atualizada automaticamente.

## Alterações

Podemos atualizar esta política. A versão em vigor é sempre a publicada nesta página.
"""

EDITS = [
    {"note": "SMS processor replaced: EZ4U -> Twilio (Ireland)",
     "repl": [("| EZ4U (EZ Messaging) | Envio de SMS | Portugal |", 
               "| Twilio Ireland Ltd. | Envio de SMS | Irlanda |")]},
    {"note": "new Braga salon: sentence added to controller intro",
     "repl": [("utiliza o nosso sítio na Internet.", "utiliza o nosso sítio na Internet. Esta política aplica-se aos "
               "salões do Porto e de Braga.")]},
    {"note": "typo fixed: 'comunique' -> 'nos comunique por escrito'", "bump": False,
     "repl": [("alergias que nos comunique;", "alergias que nos comunique por escrito;")]},
    {"note": "retention 2 -> 3 years",
     "repl": [("durante 2 anos após a última visita", "durante 3 anos após a última visita")]},
    {"note": "table row added: Meta (WhatsApp Business) for booking messages",
     "repl": [("| Moloni | Faturação certificada | Portugal |", "| Moloni | Faturação certificada | Portugal |\n| Meta "
               "Platforms Ireland Ltd. (WhatsApp Business) | Confirmação de marcações | Irlanda |")]},
    {"note": "phone number changed", "repl": [("@ Telefone: 222 013 456", "@ Telefone: 220 993 871")]},
]

COOKIES = [("cookieyes-consent", "1 ano", "Necessário"), ("wordpress_test_cookie", "sessão", "Necessário"),
           ("_ga", "1 ano 1 mês", "Análise"), ("_gid", "1 dia", "Análise"), ("_ga_*", "1 ano 1 mês", "Análise"),
           ("_fbp", "3 meses", "Publicidade"), ("bookly_cart", "sessão", "Necessário"), ("_clck", "1 ano", "Análise")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"nonce": (C.hexs(rng, 10), C.hexs(rng, 10))}
    s["rocket"] = C.keep_or(rng, prev.get("rocket"), 0.35, lambda: (C.hexs(rng, 32), C.epoch(when)))
    s["audit"] = C.keep_or(rng, prev.get("audit"), 0.3, lambda: tuple(sorted(rng.sample(range(len(COOKIES)),
                                                                                   rng.randint(4, 7)))))
    s["posts"] = C.keep_or(rng, prev.get("posts"), 0.5, lambda: rng.randint(40, 140))
    return s


LABELS = {"nonce": "Bookly / wp_rest nonces", "rocket": "WP Rocket cache timestamp comment and used-CSS hash",
          "audit": "CookieYes cookie audit table after each scan (INSIDE .entry-content)",
          "posts": "latest blog posts widget in the footer"}


def render(s, blocks, when):
    n1, n2 = s["nonce"]
    h, ts = s["rocket"]
    body = C.render_blocks(blocks[1:], tags={"table": ' class="has-fixed-layout"'})
    rows = "".join('<tr><td class="cookieyes-cookie-name">%s</td><td class="cookieyes-cookie-duration">%s</td><td>%s'
                   '</td></tr>' % (C.esc(COOKIES[k][0]), C.esc(COOKIES[k][1]), C.esc(COOKIES[k][2]))
                   for k in s["audit"])
    audit = ('<div class="cky-audit-table-element"><h4>Lista de cookies</h4><table class="cookieyes-table"><thead><tr>'
             '<th>Cookie</th><th>Duração</th><th>Categoria</th></tr></thead><tbody>%s</tbody></table></div>' % rows)
    body = body.replace("<h2>Alterações</h2>", audit + "\n<h2>Alterações</h2>")
    posts = "".join('<li><a href="/blog/%d/">Tendências de cor %d</a></li>' % (p, p) for p in range(s["posts"],
                                                                                             s["posts"] - 3, -1))
    stamp = K.local(when, 0, 1)
    return (
        '<!DOCTYPE html>\n<html lang="pt-PT">\n<head>\n<meta charset="UTF-8">\n<title>Política de Privacidade - '
        'Studio Madeixas</title>\n<link rel="stylesheet" id="wpr-usedcss-css" href="https://studiomadeixas.pt/wp-'
        'content/cache/background-css/1/studiomadeixas.pt/wp-content/cache/min/1/%s.css?ver=%d" />\n'
        '<script id="bookly-globals-js-extra">var BooklyL10nGlobal = {"csrf_token":"%s","ajax_url_frontend":"https:'
        '\\/\\/studiomadeixas.pt\\/wp-admin\\/admin-ajax.php"};</script>\n<script id="wp-api-fetch-js-after">'
        'wp.apiFetch.use( wp.apiFetch.createNonceMiddleware( "%s" ) );</script>\n</head>\n<body itemtype="https://'
        'schema.org/WebPage" itemscope="itemscope" class="privacy-policy page-template-default page page-id-3 '
        'ast-desktop ast-page-builder-template ast-no-sidebar astra-4.6.4">\n<div class="hfeed site" id="page">\n'
        '<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead"><div class='
        '"ast-main-header-wrap main-header-bar-wrap"><a href="/" class="custom-logo-link"><img src="/wp-content/'
        'uploads/2021/10/madeixas-logo.png" alt="Studio Madeixas"></a><nav class="main-header-bar-navigation"><ul '
        'id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu"><li class="menu-item"><a href="/'
        'servicos/" class="menu-link">Serviços</a></li><li class="menu-item"><a href="/marcacoes/" class="menu-link">'
        'Marcações</a></li><li class="menu-item"><a href="/blog/" class="menu-link">Blog</a></li></ul></nav></div>'
        '</header>\n<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content'
        '-area primary"><main id="main" class="site-main"><article class="post-3 page type-page status-publish ast-'
        'article-single" id="post-3" itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><header class='
        '"entry-header ast-no-thumbnail"><h1 class="entry-title" itemprop="headline">%s</h1></header>\n<div class='
        '"entry-content clear" itemprop="text">\n%s\n</div></article></main></div></div></div>\n<footer class="site-'
        'footer" id="colophon"><section class="widget widget_recent_entries"><h2 class="widget-title">Últimas do blog'
        '</h2><ul>%s</ul></section><div class="ast-small-footer">Copyright © %d Studio Madeixas</div></footer></div>\n'
        '<div class="cky-consent-container cky-banner-bottom"><div class="cky-notice"><p class="cky-title">Valorizamos'
        ' a sua privacidade</p><button class="cky-btn cky-btn-accept">Aceitar todos</button></div></div>\n'
        '</body>\n</html>\n<!-- This website is like a Rocket, isn\'t it? Performance optimized by WP Rocket. Learn '
        'more: https://wp-rocket.me - Debug: cached@%d -->\n'
        % (h, ts % 10**6, n1, n2, C.inline_html(blocks[0][1]), body, posts, stamp.year, ts))


PAGE = {
    "service": "Studio Madeixas", "url": URL, "lang": "pt-PT", "platform": "WordPress, Astra + Gutenberg, CookieYes",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 1, 20), "end": dt.date(2026, 3, 20), "hours": (5, 11, 17, 23),
    "policy": POLICY, "first_updated": dt.date(2021, 10, 28), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article.type-page"], "remove": [".cky-audit-table-element"]},
}
