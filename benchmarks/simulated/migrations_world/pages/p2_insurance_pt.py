"""SeguroCerto (an insurance comparison site), European Portuguese: Joomla 3 (2019) -> WordPress with Elementor
(2021) -> Webflow (2023).

Joomla -> Elementor: the title leaves Joomla's page header (h2) for an Elementor heading widget (h1), every block
in its widget wrapper, lists as Elementor icon lists (an icon span beside the text), and WordPress's wptexturize
typesets the text: straight quotes become “ ”, " - " an en dash, apostrophes curly, so the words a selector reaches
differ although nobody touched the policy. Elementor -> Webflow: the pasted text keeps that typography; headings
demoted to h3, the sections in Webflow tabs (labels in a tab menu the declaration removes, each panel repeating
its heading), the table as a Webflow grid, links absolute.
Noise: Joomla's per-session form token and the article's hit counter (inside the article: removed by the
declaration), Elementor's REST nonce and asset versions, Webflow's page-load id, rotating "seguradora em destaque".
"""
import datetime as dt
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import mwlib as M  # noqa: E402

MESES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
         "novembro", "dezembro"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """# Política de Privacidade

Última atualização: {UPDATED}

A SeguroCerto - Mediação de Seguros, Lda. ("SeguroCerto", "nós") compara preços de seguros automóvel, casa, saúde e vida de várias seguradoras e ajuda-o a contratar o seguro que escolher. Esta política explica que dados pessoais tratamos quando utiliza o nosso simulador, com que finalidade e quais são os seus direitos ao abrigo do Regulamento Geral sobre a Proteção de Dados (RGPD).

## Responsável pelo tratamento

@ SeguroCerto - Mediação de Seguros, Lda.
@ Avenida da Liberdade, 110, 3.º
@ 1250-146 Lisboa
@ NIPC 514 880 231

Pode contactar o nosso Encarregado de Proteção de Dados através do endereço [privacidade@segurocerto.pt](mailto:privacidade@segurocerto.pt).

## Dados que recolhemos

Para lhe apresentar simulações recolhemos os dados que introduz no simulador, nomeadamente:

- nome, data de nascimento e contactos
- dados do veículo, como matrícula, marca e modelo
- dados da habitação, como morada e área
- historial de sinistros declarado por si
- dados de navegação e do dispositivo

Não lhe pedimos dados de saúde para simular seguros automóvel ou casa. Nos seguros de saúde e vida, as respostas ao questionário médico são enviadas diretamente à seguradora e não ficam guardadas na SeguroCerto.

## Como partilhamos os seus dados

Só partilhamos os seus dados com as seguradoras cujas propostas decidir pedir e com prestadores que nos ajudam a funcionar. A tabela resume quem recebe o quê:

| Destinatário | Dados | Finalidade |
| Seguradoras parceiras | Dados da simulação e contactos | Emitir propostas e apólices |
| Prestador de alojamento | Todos os dados do simulador | Alojamento da plataforma na União Europeia |
| Central telefónica | Nome e telefone | Chamadas de acompanhamento |

## Finalidades e fundamentos

Tratamos os seus dados para executar as diligências pré-contratuais que nos pede, para cumprir obrigações legais de mediação de seguros junto da Autoridade de Supervisão de Seguros e Fundos de Pensões e, com o seu consentimento, para lhe enviar comunicações comerciais. Pode retirar o consentimento a qualquer momento através da ligação "cancelar subscrição" incluída em cada e-mail.

## Prazos de conservação

As simulações que não resultem num contrato são apagadas ao fim de 12 meses. Os dados relativos a contratos mediados são conservados durante 10 anos, como exige a lei da distribuição de seguros.

## Os seus direitos

Tem o direito de aceder aos seus dados, de os retificar ou apagar, de limitar ou se opor ao tratamento e de pedir a sua portabilidade. Para exercer estes direitos escreva-nos para o endereço acima. Se considerar que os seus direitos não foram respeitados, pode apresentar reclamação à [Comissão Nacional de Proteção de Dados](https://www.cnpd.pt).

## Cookies

Utilizamos cookies técnicos e, com o seu consentimento, cookies de análise e de publicidade. Saiba mais na nossa [Política de Cookies](/politica-de-cookies).

## Segurança

Adotamos medidas técnicas e organizativas adequadas para proteger os seus dados contra perda, acesso não autorizado ou divulgação indevida. As comunicações entre o seu navegador e o simulador são cifradas, o acesso aos dados é limitado aos colaboradores que deles necessitam e todos os prestadores estão vinculados por contrato a deveres de confidencialidade. Em caso de violação de dados que represente um risco para os seus direitos, informaremos a CNPD e, quando a lei o exija, também o titular dos dados.

## Transferências internacionais

Os seus dados são alojados em servidores situados na União Europeia. Se algum prestador precisar de aceder aos dados a partir de um país terceiro, só o fará com base numa decisão de adequação da Comissão Europeia ou nas cláusulas contratuais-tipo aprovadas pela Comissão, das quais pode pedir cópia.

## Alterações a esta política

Podemos alterar esta política para refletir mudanças nos nossos serviços ou na lei. A data da última atualização indica a versão em vigor. Se as alterações forem significativas, avisamo-lo por e-mail ou através de um aviso no simulador antes de entrarem em vigor."""

EDITS = [
    {"at": 0.15, "note": "a sentence: calls are recorded for quality purposes",
     "repl": [("| Central telefónica | Nome e telefone | Chamadas de acompanhamento |",
               "| Central telefónica | Nome e telefone | Chamadas de acompanhamento |")  # no-op guard replaced below
              ]},
    {"at": 0.45, "note": "a word: simulations kept 12 -> 6 months", "repl": [("ao fim de 12 meses", "ao fim de 6 meses")]},
    {"at": 0.58, "note": "a table row: credit-check bureau added as recipient",
     "repl": [("| Central telefónica |", "| Agência de informação de crédito | Nome e NIF | Avaliar o pagamento fracionado do prémio |\n| Central telefónica |")]},
    {"at": 0.8, "note": "inside a tab: a new list item (pet insurance data)",
     "repl": [("- historial de sinistros declarado por si", "- historial de sinistros declarado por si\n- dados do animal de companhia, como espécie, raça e idade")]},
    {"at": 0.93, "note": "date-only update of 'Última atualização'", "repl": []},
]
EDITS[0]["repl"] = [("Só partilhamos os seus dados com as seguradoras",
                     "As chamadas com os nossos consultores podem ser gravadas para fins de qualidade e prova da contratação. Só partilhamos os seus dados com as seguradoras")]

DESTAQUE = ["Seguradora em destaque: Fidelidade", "Seguradora em destaque: Tranquilidade",
            "Seguradora em destaque: Allianz", "Seguradora em destaque: Ageas Seguros"]

TEXTURIZE = M.chain(M.quotes("\u201c", "\u201d"), M.dashes, M.apostrophes)


# ---- phase 0: Joomla 3
ST_J = {"h1": '<div class="page-header"><h2 itemprop="headline">{t}</h2></div>', "h2": "<h3>{t}</h3>",
        "table": {"kind": "table", "outer": '<table class="table table-striped"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'}}


def r_joomla(s, blocks, di, when):
    title = M.block_html(blocks[0], ST_J, 0, di)
    body = M.body_html(blocks, ST_J, di, skip={0})
    return """<!DOCTYPE html>
<html lang="pt-pt" dir="ltr"><head><meta charset="utf-8" /><base href="https://www.segurocerto.pt/politica-de-privacidade" />
<title>Política de Privacidade - SeguroCerto</title>
<link href="/templates/protostar/css/template.css?%s" rel="stylesheet" /></head>
<body class="site com_content view-article itemid-142">
<div class="container"><header class="header"><a class="brand pull-left" href="/">SeguroCerto</a>
<div class="header-search pull-right"><form action="/" method="post" class="form-inline"><input type="text" name="username" placeholder="Utilizador"><input type="password" name="password"><input type="hidden" name="%s" value="1" /><button>Entrar</button></form></div></header>
<nav class="navigation"><ul class="nav menu"><li><a href="/seguro-automovel">Automóvel</a></li><li><a href="/seguro-casa">Casa</a></li><li><a href="/seguro-saude">Saúde</a></li></ul></nav>
<div class="row-fluid"><main id="content" class="span9">
<div class="item-page" itemscope itemtype="https://schema.org/Article">
%s
<div class="icons"><div class="btn-group pull-right"><a class="btn dropdown-toggle" href="#">Ferramentas</a><ul class="dropdown-menu"><li class="print-icon"><a href="/politica-de-privacidade?tmpl=component&amp;print=1">Imprimir</a></li><li class="email-icon"><a href="/component/mailto/?link=%s">Email</a></li></ul></div></div>
<dl class="article-info muted"><dt class="article-info-term">Detalhes</dt><dd class="hits"><span class="icon-eye-open"></span> Acessos: %d</dd></dl>
<div itemprop="articleBody">
%s
</div></div></main>
<aside class="span3"><div class="moduletable"><h3>%s</h3><p>Compare já e poupe até 30%%.</p></div></aside></div>
<footer class="footer"><p>&copy; SeguroCerto - Mediação de Seguros, Lda. Mediador inscrito na ASF.</p></footer></div>
</body></html>""" % (s["tpl"], s["token"], title, s["token"][:12], s["hits"], body, s["destaque"])


# ---- phase 1: WordPress with Elementor
ST_E = {"h1": '<h1 class="elementor-heading-title elementor-size-default">{t}</h1>',
        "h2": '<h2 class="elementor-heading-title elementor-size-default">{t}</h2>',
        "ul": {"outer": '<ul class="elementor-icon-list-items">{items}</ul>',
               "item": '<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">{t}</span></li>'},
        "table": {"kind": "table", "outer": "<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"},
        "wrap": '<div class="elementor-element elementor-element-a7{k:02d}f3c elementor-widget" data-id="a7{k:02d}f3c" data-element_type="widget"><div class="elementor-widget-container">{x}</div></div>'}


def r_elementor(s, blocks, di, when):
    body = M.body_html(blocks, ST_E, di)
    return """<!DOCTYPE html>
<html lang="pt-PT"><head><meta charset="UTF-8"><title>Política de Privacidade &#8211; SeguroCerto</title>
<link rel="stylesheet" id="elementor-frontend-css" href="https://www.segurocerto.pt/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=%s" media="all">
<script id="wp-api-js-extra">var wpApiSettings = {"root":"https:\\/\\/www.segurocerto.pt\\/wp-json\\/","nonce":"%s","versionString":"wp\\/v2\\/"};</script></head>
<body class="privacy-policy page-template-default page page-id-3 elementor-default elementor-page elementor-page-3">
<div data-elementor-type="header" class="elementor elementor-12 elementor-location-header"><a href="https://www.segurocerto.pt/">SeguroCerto</a><nav><a href="https://www.segurocerto.pt/seguro-automovel/">Automóvel</a> <a href="https://www.segurocerto.pt/seguro-casa/">Casa</a></nav></div>
<div data-elementor-type="wp-page" data-elementor-id="3" class="elementor elementor-3"><section class="elementor-section elementor-top-section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap elementor-element-populated">
%s
</div></div></div></section></div>
<div data-elementor-type="footer" class="elementor elementor-40 elementor-location-footer"><p>%s</p><p>© SeguroCerto. Mediador inscrito na ASF.</p></div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>Utilizamos cookies para melhorar a sua experiência. <a role="button" id="cookie_action_close_header">Aceitar</a></span></div>
</body></html>""" % (s["ver"], s["nonce"], body, s["destaque"])


# ---- phase 2: Webflow, sections in tabs
ST_W = {"link_attrs": "", "h1": '<h1 class="heading-hero">{t}</h1>', "h2": "<h3>{t}</h3>", "p": "<p>{t}</p>",
        "table": {"kind": "grid", "outer": '<div class="w-layout-grid grid-tabela">{rows}</div>',
                  "row": '<div class="grid-row{hd}">{cells}</div>', "cell": '<div class="grid-cell">{t}</div>'}}
ST_WT = dict(ST_W, section='<div data-w-tab="Tab {k}" class="w-tab-pane" role="tabpanel"><div class="w-richtext"><h3>{title}</h3>{body}</div></div>')


def r_webflow(s, blocks, di, when):
    first = next(j for j, b in enumerate(blocks) if b[0] == "h2")
    rest = set(range(first, len(blocks))) - ({di} if di is not None and di < first else set())
    head = M.body_html(blocks, ST_W, di, skip=rest | {0})
    menu = "".join('<a data-w-tab="Tab %d" class="w-inline-block w-tab-link%s" role="tab"><div>%s</div></a>' % (
        k + 1, " w--current" if k == 0 else "", M.inline(t, ST_W)) for k, t in enumerate(M.section_titles(blocks)))
    panes = M.body_html(blocks, ST_WT, di, skip=set(range(first)))
    return """<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: %s -->
<html data-wf-domain="www.segurocerto.pt" data-wf-page="64b1f0c2a9e3d10012ab35f1" data-wf-site="64b1f0c2a9e3d10012ab34cd" lang="pt-PT">
<head><meta charset="utf-8"/><title>Política de Privacidade | SeguroCerto</title>
<link href="https://assets-global.website-files.com/64b1f0c2a9e3d10012ab34cd/css/segurocerto.webflow.%s.css" rel="stylesheet" type="text/css"/></head>
<body><div class="navbar w-nav"><a href="/" class="brand w-nav-brand">SeguroCerto</a><nav class="w-nav-menu"><a href="/automovel" class="w-nav-link">Automóvel</a><a href="/casa" class="w-nav-link">Casa</a></nav></div>
<section class="section-hero"><div class="container">%s</div></section>
<section class="section-legal"><div class="container"><div class="w-richtext legal-intro">%s</div>
<div data-current="Tab 1" data-easing="ease" data-duration-in="300" class="tabs-legal w-tabs"><div class="tabs-menu w-tab-menu" role="tablist">%s</div>
<div class="w-tab-content">%s</div></div></div></section>
<div class="banner-destaque">%s</div>
<footer class="footer"><div>© SeguroCerto - Mediação de Seguros, Lda.</div></footer>
<script src="https://assets-global.website-files.com/64b1f0c2a9e3d10012ab34cd/js/webflow.%s.js" type="text/javascript"></script>
<script>(function(){window['__CF$cv$params']={r:'%s',t:'%s'};var a=document.createElement('script');a.src='/cdn-cgi/challenge-platform/scripts/jsd/main.js';document.getElementsByTagName('head')[0].appendChild(a);})();</script></body></html>""" % (
        s["published"], s["build"][:12].lower(),
        M.block_html(blocks[0], ST_W, 0, di), head, menu, panes, s["destaque"], s["build"][:12].lower(), s["page"], s["cft"])


def abs_link(u):
    return "https://www.segurocerto.pt" + u if u.startswith("/") else u


PHASES = [
    {"name": "Joomla 3", "render": r_joomla,
     "noise": {"token": "nonce", "hits": "count", "tpl": "nonce", "destaque": ("pick", DESTAQUE, 0.4)},
     "declaration": {"select": ".item-page", "remove": [".icons", ".article-info"]}},
    {"name": "WordPress with Elementor", "since": 0.33, "render": r_elementor, "text": TEXTURIZE, "oracle_same": False,
     "markup": "title from Joomla's page header (h2) to an Elementor heading (h1), a widget wrapper per block, icon lists, wptexturize: curly quotes, en dashes, curly apostrophes",
     "noise": {"nonce": "nonce", "ver": "ver", "destaque": ("pick", DESTAQUE, 0.4)},
     "declaration": {"select": "div[data-elementor-type='wp-page']"}},
    {"name": "Webflow", "since": 0.66, "render": r_webflow, "text": TEXTURIZE, "links": abs_link, "oracle_same": True,
     "markup": "title into a hero, h2 -> h3, sections in Webflow tabs (menu of labels, panels repeat the heading), the table as a div grid, links absolute",
     "noise": {"page": "nonce", "cft": "b64", "build": "build", "published": ("pick", ["Mon Jun 12 2023 09:14:51 GMT+0000 (Coordinated Universal Time)", "Tue Oct 03 2023 16:02:11 GMT+0000 (Coordinated Universal Time)", "Thu Feb 15 2024 11:40:37 GMT+0000 (Coordinated Universal Time)"], 0.2), "destaque": ("pick", DESTAQUE, 0.4)},
     "declaration": {"select": [".section-hero h1", ".section-legal"], "remove": [".w-tab-menu"]}},
]

PAGE = {
    "service": "SeguroCerto", "url": "https://www.segurocerto.pt/politica-de-privacidade",
    "start": dt.date(2019, 2, 1), "end": dt.date(2024, 9, 30), "n": 30, "hours": (6, 18),
    "policy": POLICY, "first_updated": dt.date(2018, 11, 12), "fmt_date": fmt_date,
    "edits": EDITS, "phases": PHASES,
    "labels": {"token": "Joomla form token", "hits": "hit counter", "tpl": "template css version",
               "destaque": "featured insurer", "nonce": "WP REST nonce", "ver": "asset version",
               "page": "Cloudflare ray id", "cft": "Cloudflare challenge token", "published": "Webflow 'Last Published' comment", "build": "Webflow build hash"},
}
