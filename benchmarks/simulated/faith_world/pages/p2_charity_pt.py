"""Fundação Pão Partilhado - pt-PT Catholic social-solidarity foundation (IPSS), Porto - Drupal 7 (custom Bartik
subtheme), migrated to Drupal 10 (Olivero-derived subtheme) in November 2024; core Statistics module counter."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fkit as K  # noqa: E402

C = K.C
URL = "https://www.paopartilhado.pt/politica-de-privacidade"
MIGRATED = dt.datetime(2024, 11, 18, 0, 0)


def fmt_date(d):
    return "%d de %s de %d" % (d.day, K.MONTHS["pt"][d.month - 1], d.year)


POLICY = """
Última atualização: {UPDATED}

A Fundação Pão Partilhado, instituição particular de solidariedade social canonicamente erecta na Diocese do Porto, respeita a privacidade de todos os beneficiários, voluntários, benfeitores e visitantes do seu sítio na internet. Esta política explica como tratamos os seus dados pessoais, nos termos do Regulamento Geral sobre a Proteção de Dados (RGPD) e da Lei n.º 58/2019, de 8 de agosto.

## 1. Responsável pelo tratamento

@ Fundação Pão Partilhado
@ Rua de Santa Catarina, 812
@ 4000-446 Porto
@ NIPC 503 118 420
@ Correio eletrónico: [privacidade@paopartilhado.pt](mailto:privacidade@paopartilhado.pt)

O nosso encarregado de proteção de dados é o Dr. Miguel Sampaio, que pode ser contactado através do endereço [epd@paopartilhado.pt](mailto:epd@paopartilhado.pt).

## 2. Que dados tratamos

- Dados de identificação e contacto dos benfeitores (nome, morada, NIF, correio eletrónico e telefone);
- Dados relativos aos donativos (montante, data, meio de pagamento e recibo emitido);
- Dados dos beneficiários das nossas respostas sociais, incluindo a composição do agregado familiar e os rendimentos, necessários à avaliação da situação de carência;
- Dados de saúde dos utentes do centro de dia, apenas na medida do necessário à prestação de cuidados;
- Dados de navegação recolhidos por cookies, incluindo o pixel do Facebook quando o autoriza.

## 3. Finalidades e fundamentos

Tratamos os dados dos benfeitores para processar os donativos e emitir os recibos que permitem a dedução à coleta prevista no Estatuto dos Benefícios Fiscais, com fundamento no cumprimento de obrigações legais. Os dados dos beneficiários são tratados para a prestação de apoio social, com fundamento no interesse público e nos acordos de cooperação celebrados com o Instituto da Segurança Social. Só enviamos a nossa newsletter e os pedidos de apoio às campanhas a quem nos deu o seu consentimento.

## 4. Subcontratantes

| Entidade | Finalidade | Localização |
| Easypay - Instituição de Pagamento, Lda. | Donativos por Multibanco, MB WAY e cartão | Portugal |
| Mailchimp (Intuit Inc.) | Envio da newsletter | Estados Unidos |
| PHC Software, S.A. | Faturação e emissão de recibos | Portugal |

As transferências para os Estados Unidos assentam nas cláusulas contratuais-tipo aprovadas pela Comissão Europeia.

## 5. Conservação dos dados

Os dados relativos aos donativos são conservados durante dez anos, conforme exigido pela legislação fiscal. Os processos dos beneficiários são conservados durante cinco anos após o fim do apoio. Os dados de quem subscreve a newsletter são conservados até à retirada do consentimento.

## 6. Os seus direitos

Pode, a todo o tempo, solicitar o acesso aos seus dados, a sua retificação, o seu apagamento ou a limitação do tratamento, opor-se ao tratamento e pedir a portabilidade dos dados que nos forneceu. Para exercer estes direitos, escreva para o endereço indicado acima. Tem ainda o direito de apresentar reclamação à Comissão Nacional de Proteção de Dados ([www.cnpd.pt](https://www.cnpd.pt)).

## 7. Segurança

Adotamos medidas técnicas e organizativas adequadas para proteger os dados pessoais contra a destruição, a perda, a alteração ou o acesso não autorizado. Os colaboradores e voluntários com acesso a dados pessoais estão sujeitos a um dever de sigilo.
"""

EDITS = [
    {"note": "DPO changed (Dr. Miguel Sampaio -> Dra. Inês Carvalho Lobo, external DPO firm)",
     "repl": [("é o Dr. Miguel Sampaio, que pode", "é a Dra. Inês Carvalho Lobo, da Lobo & Associados, que pode")]},
    {"note": "Facebook pixel removed from the list of cookie data (pixel dropped)",
     "repl": [("- Dados de navegação recolhidos por cookies, incluindo o pixel do Facebook quando o autoriza.",
               "- Dados de navegação recolhidos por cookies estritamente necessários e de estatística.")]},
    {"note": "new section: volunteers (criminal-record certificate for work with children and the elderly)",
     "repl": [("## 7. Segurança",
               "## 7. Voluntariado\n\n"
               "Quem se inscreve como voluntário fornece-nos o nome, os contactos, a disponibilidade e as áreas de "
               "interesse. Para as atividades com crianças e idosos pedimos ainda o certificado do registo "
               "criminal, que é apenas consultado e não fica arquivado. Os dados dos voluntários são conservados "
               "enquanto durar a colaboração e durante dois anos depois do seu termo.\n\n"
               "## 8. Segurança")]},
    {"note": "processor table: PHC replaced by Primavera; Salesforce Nonprofit Cloud added (donor CRM)",
     "repl": [("| PHC Software, S.A. | Faturação e emissão de recibos | Portugal |",
               "| PRIMAVERA Business Software Solutions, S.A. | Faturação e emissão de recibos | Portugal |\n"
               "| Salesforce, Inc. (Nonprofit Cloud) | Gestão da relação com os benfeitores | União Europeia |")]},
    {"note": "words inserted without a new date (the contact form as a second way to exercise rights)",
     "bump": False,
     "repl": [("escreva para o endereço indicado acima. Tem ainda", "escreva para o endereço indicado acima ou "
               "utilize o formulário de contacto. Tem ainda")]},
    {"note": "beneficiary files retention five -> ten years (Segurança Social audit rules); address door number",
     "repl": [("conservados durante cinco anos após o fim do apoio",
               "conservados durante dez anos após o fim do apoio, para efeitos de auditoria"),
              ("@ Rua de Santa Catarina, 812\n@ 4000-446 Porto", "@ Rua de Santa Catarina, 816\n@ 4000-446 Porto")]},
]

GOSPELS = ["Mt 5, 1-12", "Mc 1, 14-20", "Lc 15, 1-10", "Jo 6, 24-35", "Mt 25, 31-46", "Lc 10, 25-37",
           "Jo 15, 9-17", "Mc 10, 17-30", "Lc 6, 27-38", "Mt 13, 1-9", "Jo 3, 14-21", "Lc 24, 13-35"]
NEWS = ["Cabaz Solidário chegou a 1200 famílias", "Centro de Dia celebra 25 anos", "Nova cantina social em Campanhã",
        "Voluntários da Universidade Católica reforçam apoio escolar", "Peditório nas paróquias rendeu mais do que "
        "o esperado", "Bispo do Porto visita a Fundação", "Loja social abre ao sábado", "Balanço da campanha de Natal",
        "Formação para cuidadores informais", "Mercearia solidária: novas regras de acesso", "Colónia de férias "
        "para 80 crianças", "Relatório e contas aprovados"]
NEWS_DATES = K.pool_dates("pp-news", dt.date(2021, 11, 1), dt.date(2026, 12, 31), 18)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"token": C.b64tok(rng, 32).rstrip("=").replace("+", "-").replace("/", "_"),
         "css": K.deploy_hash("pp-css", when, 45, 40)}
    base = (prev.get("reads") or (0, 18400))[1]
    s["reads"] = (i, base + rng.randint(40, 900))
    s["gospel"] = rng.randrange(len(GOSPELS))
    return s


LABELS = {"token": "Drupal 7 ajaxPageState theme_token (per request)", "css": "aggregated CSS/JS file hash",
          "reads": "Statistics module 'N leituras' counter in the node links (INSIDE, removed)",
          "gospel": "sidebar 'Evangelho do dia'", "news": "sidebar latest news", "campaign": "campaign banner "
          "(IRS 0,5% consignment, Christmas hamper)"}


def _campaign(d):
    if (d.month, d.day) >= (3, 1) and d.month <= 6:
        return ("irs", "Consigne 0,5% do seu IRS à Fundação Pão Partilhado. NIPC 503 118 420. Não paga nada mais "
                       "por isso!")
    if d.month in (11, 12):
        return ("natal", "Campanha de Natal: ofereça um Cabaz Solidário a uma família do Porto. Doe por MB WAY.")
    return ("", "")


def render(s, blocks, when):
    now, off = K.local(when, "pt")
    d = now.date()
    news = K.latest(NEWS_DATES, now, 3)
    s["news"] = tuple(news)
    camp = _campaign(d)
    s["campaign"] = camp[0]
    reads = s["reads"][1]
    body = K.render_blocks(blocks)
    news_html = "".join('<li><a href="/noticias/%d">%s</a> <span class="date">%s</span></li>'
                        % (k + 300, C.esc(NEWS[k % len(NEWS)]), NEWS_DATES[k].strftime("%d/%m/%Y")) for k in news)
    gospel = GOSPELS[s["gospel"]]
    camp_html = ('<div class="campaign-banner campaign-%s"><p>%s</p><a href="/doar">Doar agora</a></div>'
                 % (camp[0], C.esc(camp[1])) if camp[0] else "")
    menu = ('<ul class="menu"><li><a href="/quem-somos">Quem somos</a></li><li><a href="/respostas-sociais">'
            'Respostas sociais</a></li><li><a href="/voluntariado">Voluntariado</a></li><li><a href="/noticias">'
            'Notícias</a></li><li><a href="/doar">Doar</a></li><li><a href="/contactos">Contactos</a></li></ul>')
    if when < MIGRATED:
        return (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"\n  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">'
            '\n<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="pt-pt" version="XHTML+RDFa 1.0" dir="ltr">\n'
            '<head profile="http://www.w3.org/1999/xhtml/vocab">\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
            '<meta name="Generator" content="Drupal 7 (http://drupal.org)" />\n'
            '<link rel="canonical" href="/politica-de-privacidade" />\n'
            '<title>Política de Privacidade | Fundação Pão Partilhado</title>\n'
            '<style type="text/css" media="all">\n@import url("https://www.paopartilhado.pt/sites/default/files/'
            'css/css_%s.css");\n</style>\n'
            '<script type="text/javascript" src="https://www.paopartilhado.pt/sites/default/files/js/js_%s.js">'
            '</script>\n<script type="text/javascript">\n<!--//--><![CDATA[//><!--\njQuery.extend(Drupal.settings, '
            '{"basePath":"\\/","pathPrefix":"","setHasJsCookie":0,"ajaxPageState":{"theme":"pao","theme_token":"%s"},'
            '"statistics":{"data":{"nid":"42"},"url":"\\/modules\\/statistics\\/statistics.php"}});\n//--><!]]>\n'
            '</script>\n</head>\n<body class="html not-front not-logged-in one-sidebar sidebar-second page-node '
            'page-node- page-node-42 node-type-page i18n-pt-pt">\n'
            '<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Saltar para o '
            'conteúdo principal</a></div>\n<div id="page-wrapper"><div id="page">\n'
            '<div id="header" class="without-secondary-menu"><div class="section clearfix">'
            '<a href="/" title="Início" rel="home" id="logo"><img src="https://www.paopartilhado.pt/sites/all/'
            'themes/pao/logo.png" alt="Início" /></a><div id="main-menu" class="navigation">%s</div></div></div>\n'
            '%s<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">\n'
            '<div id="content" class="column"><div class="section">\n<a id="main-content"></a>\n'
            '<h1 class="title" id="page-title">Política de Privacidade</h1>\n'
            '<div class="region region-content"><div id="block-system-main" class="block block-system">\n'
            '<div class="content">\n<div id="node-42" class="node node-page node-full clearfix" '
            'about="/politica-de-privacidade" typeof="foaf:Document">\n<span property="dc:title" content="Política '
            'de Privacidade" class="rdf-meta element-hidden"></span>\n<div class="content clearfix">\n'
            '<div class="field '
            'field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div '
            'class="field-item even" property="content:encoded">%s</div></div></div>  </div>\n'
            '<div class="link-wrapper">\n<ul class="links inline"><li class="statistics_counter first last"><span>'
            '%d leituras</span></li>\n</ul>  </div>\n</div>\n</div>\n</div>\n</div></div></div>\n'
            '<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region '
            'region-sidebar-second"><div id="block-block-3" class="block block-block"><h2>Evangelho do dia</h2>'
            '<div class="content"><p>%s</p><p><a href="https://www.snpcultura.org">Ler no Secretariado Nacional da '
            'Pastoral da Cultura</a></p></div></div><div id="block-views-noticias-block" class="block block-views">'
            '<h2>Notícias</h2><div class="content"><ul>%s</ul></div></div></div></div></div>\n'
            '</div></div>\n<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix">'
            '<p>© %d Fundação Pão Partilhado · IPSS · NIPC 503 118 420 · <a href="/politica-de-privacidade">'
            'Política de Privacidade</a> · <a href="https://www.livroreclamacoes.pt">Livro de Reclamações</a></p>'
            '</div></div></div>\n</div></div>\n</body>\n</html>\n'
            % (s["css"][:43], C.det_sha(s["css"])[:40], s["token"][:43], menu, camp_html, body, reads,
               C.esc(gospel), news_html, d.year))
    libs = "eJx9jUEOwjAMBD-UJk9CbmLaQBxbsQPi97S9lAPitnOY2RuyXrBQ4CKIK7UPnH4kOQ"
    return (
        '<!DOCTYPE html>\n<html lang="pt-pt" dir="ltr">\n<head>\n<meta charset="utf-8" />\n'
        '<link rel="canonical" href="https://www.paopartilhado.pt/politica-de-privacidade" />\n'
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n'
        '<meta name="MobileOptimized" content="width" />\n<meta name="viewport" content="width=device-width, '
        'initial-scale=1.0" />\n<title>Política de Privacidade | Fundação Pão Partilhado</title>\n'
        '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language=pt-pt'
        '&amp;theme=pao_olivero&amp;include=%s" />\n'
        '<script src="/sites/default/files/js/js_%s.js?scope=header&amp;delta=0&amp;language=pt-pt&amp;'
        'theme=pao_olivero&amp;include=%s"></script>\n</head>\n'
        '<body class="path-node page-node-type-page">\n<a href="#main-content" class="visually-hidden focusable '
        'skip-link">Saltar para o conteúdo principal</a>\n'
        '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n<div id="page-wrapper" '
        'class="page-wrapper"><div id="page">\n<header id="header" class="site-header" data-drupal-selector='
        '"site-header" role="banner"><div class="site-header__fixable"><div class="site-header__initial">'
        '<a href="/" rel="home" class="site-branding__logo"><img src="/themes/custom/pao_olivero/logo.svg" '
        'alt="Início" /></a></div><nav class="primary-nav">%s</nav></div></header>\n'
        '<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main">'
        '<div class="main-content"><a id="main-content" tabindex="-1"></a>\n%s'
        '<div class="region region--content-above grid-full layout--pass--content-medium"><div '
        'id="block-pao-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title '
        'page-title"><span class="field field--name-title field--type-string field--label-hidden">Política de '
        'Privacidade</span></h1></div></div>\n'
        '<div class="region region--content grid-full layout--pass--content-medium" id="content">'
        '<div id="block-pao-olivero-content" class="block block-system block-system-main-block">\n'
        '<article data-history-node-id="42" class="node node--type-page node--view-mode-full">\n'
        '<div class="node__content">\n<div class="text-content clearfix field field--name-body '
        'field--type-text-with-summary field--label-hidden field__item">%s</div>\n</div>\n'
        '<div class="node__links"><ul class="links inline"><li class="statistics-counter">%s visualizações</li>'
        '</ul></div>\n</article>\n</div></div>\n'
        '<div class="region region--sidebar"><div class="block block-block-content"><h2 class="block__title">'
        'Evangelho do dia</h2><div class="block__content"><p>%s</p></div></div><div class="block views-element-'
        'container"><h2 class="block__title">Notícias</h2><div class="block__content"><ul>%s</ul></div></div>'
        '</div>\n</div></div></div>\n<footer class="site-footer"><div class="site-footer__inner container"><p>© %d '
        'Fundação Pão Partilhado · IPSS · <a href="/politica-de-privacidade">Política de Privacidade</a> · <a '
        'href="https://www.livroreclamacoes.pt">Livro de Reclamações</a></p></div></footer>\n</div></div>\n</div>\n'
        '<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/",'
        '"pathPrefix":"","currentPath":"node\\/42","currentPathIsAdmin":false,"isFront":false,"currentLanguage":'
        '"pt-pt"},"pluralDelimiter":"\\u0003","ajaxPageState":{"libraries":"%s","theme":"pao_olivero",'
        '"theme_token":null},"statistics":{"data":{"nid":"42"},"url":"\\/core\\/modules\\/statistics\\/'
        'statistics.php"},"user":{"uid":0,"permissionsHash":"%s"}}</script>\n'
        '<script src="/sites/default/files/js/js_%s.js?scope=footer&amp;delta=0&amp;language=pt-pt&amp;'
        'theme=pao_olivero&amp;include=%s"></script>\n</body>\n</html>\n'
        % (s["css"][:43], libs, C.det_sha(s["css"])[:43], libs, menu, camp_html, body,
           C.group_digits(reads, "\u00a0"), C.esc(gospel), news_html, d.year, libs, C.det_sha("perm", s["css"]),
           C.det_sha(s["css"], "f")[:43], libs))


PAGE = {
    "service": "Fundação Pão Partilhado", "url": URL, "lang": "pt-PT",
    "platform": "Drupal 7 (Bartik subtheme), Drupal 10 (Olivero subtheme) from November 2024",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 1, 10), "end": dt.date(2026, 4, 30), "hours": (3, 8, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 9, 27), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article.node--type-page"], "remove": [".node__links"]},
    "history": [{"fetch": URL, "select": ["#node-42"], "remove": [".link-wrapper"],
                 "validUntil": "2024-11-18T00:00:00Z"}],
}
