"""Saúde Serrana (Petrópolis) - pt-BR - WordPress 6 + Elementor Pro (Hello theme), Complianz, Joinchat.

A health-plan operator's (ANS-registered) LGPD "Aviso de Privacidade", built as a flat Elementor page: the text
is spread over heading and text-editor widgets in several sections, with no container of its own, followed in
the same page by "Veja também" post cards and a contact CTA. Harder: the curator tracks it with an OTA range
selector (from the title widget to the "Veja também" section). Noise: Elementor's inline config nonces,
plugin asset ?ver= bumps, the rotating recent-posts cards and WhatsApp/Joinchat greeting, Complianz banner."""
import datetime as dt
import html
import re
import common as C

URL = "https://www.saudeserrana.com.br/aviso-de-privacidade/"
MESES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
         "novembro", "dezembro"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
# Aviso de Privacidade

Última atualização: {UPDATED}

A Saúde Serrana Operadora de Planos de Saúde Ltda. ("Saúde Serrana") respeita a sua privacidade e está comprometida com a proteção dos seus dados pessoais. Este Aviso de Privacidade explica, de forma simples e transparente, como tratamos os dados pessoais dos nossos beneficiários, contratantes de planos, prestadores da rede credenciada, corretores e visitantes do nosso site e aplicativo, em conformidade com a Lei nº 13.709/2018 (Lei Geral de Proteção de Dados Pessoais – LGPD), a Lei nº 9.656/1998 e as normas da Agência Nacional de Saúde Suplementar (ANS).

## 1. Quem é o controlador dos seus dados

A Saúde Serrana, inscrita no CNPJ sob o nº 08.417.552/0001-30, registro ANS nº 41.873-2, com sede na Rua do Imperador, 850, Centro, Petrópolis/RJ, CEP 25620-000, é a controladora dos dados pessoais tratados para a prestação dos serviços de assistência à saúde suplementar.

## 2. Encarregado pelo tratamento de dados (DPO)

Nosso encarregado é o Sr. Ricardo Almeida Lins, que pode ser contatado pelo e-mail [privacidade@saudeserrana.com.br](mailto:privacidade@saudeserrana.com.br) ou por correspondência enviada ao endereço da sede, aos cuidados do Encarregado de Dados.

## 3. Quais dados pessoais tratamos

- **Dados cadastrais:** nome, CPF, RG, data de nascimento, nome da mãe, Cartão Nacional de Saúde (CNS), endereço, telefone e e-mail;
- **Dados contratuais e financeiros:** plano contratado, faixa etária, histórico de pagamentos, dados bancários para débito automático;
- **Dados de saúde:** declaração de saúde, doenças ou lesões preexistentes, guias de consultas, exames, internações e procedimentos, laudos, relatórios médicos e informações de prontuário compartilhadas pela rede credenciada;
- **Dados de dependentes:** informações de cônjuges, filhos e demais dependentes incluídos no plano, inclusive de crianças e adolescentes;
- **Dados de navegação:** endereço IP, data e hora de acesso, tipo de dispositivo e cookies, conforme nossa [Política de Cookies](/politica-de-cookies/).

## 4. Para que usamos os seus dados e com qual base legal

| Finalidade | Base legal (LGPD) |
| Contratação, cadastro e administração do plano de saúde | Execução de contrato (art. 7º, V) |
| Autorização de procedimentos, pagamento da rede credenciada e reembolso | Execução de contrato e tutela da saúde (art. 11, II, f) |
| Envio de informações à ANS, como o Sistema de Informações de Beneficiários (SIB) e o padrão TISS | Cumprimento de obrigação legal ou regulatória (arts. 7º, II, e 11, II, a) |
| Análise da declaração de saúde e aplicação de cobertura parcial temporária | Execução de contrato e exercício regular de direitos (art. 11, II, d) |
| Prevenção a fraudes e auditoria de contas médicas | Garantia da prevenção à fraude e à segurança do titular (art. 11, II, g) |
| Atendimento pela central de relacionamento e Ouvidoria | Cumprimento de obrigação regulatória (RN nº 323/2013 e RN nº 395/2016) |
| Envio de comunicações sobre campanhas de saúde e novidades do plano | Legítimo interesse ou consentimento, quando exigido |

Não utilizamos dados de saúde para seleção de riscos na contratação ou exclusão de beneficiários, prática vedada pelo art. 11, § 5º, da LGPD.

## 5. Com quem compartilhamos os seus dados

Os seus dados podem ser compartilhados com:

- a rede credenciada de médicos, hospitais, clínicas e laboratórios, para a realização do atendimento;
- a Agência Nacional de Saúde Suplementar (ANS) e demais autoridades, conforme exigido por lei;
- a empresa contratante, nos planos coletivos, exclusivamente com dados cadastrais e financeiros, nunca com informações sobre a sua saúde;
- administradoras de benefícios e corretores, nos limites necessários à contratação;
- fornecedores de tecnologia, atendimento e cobrança, que atuam como operadores e seguem nossas instruções;
- auditores médicos independentes, sujeitos ao sigilo profissional.

## 6. Transferência internacional

Alguns fornecedores de tecnologia, como serviços de armazenamento em nuvem, podem manter dados em servidores fora do Brasil. Nesses casos, adotamos as garantias previstas no art. 33 da LGPD, como cláusulas contratuais específicas.

## 7. Por quanto tempo guardamos os dados

Mantemos os dados pelo tempo necessário ao cumprimento das finalidades informadas e das obrigações legais. Os dados do contrato são guardados por, no mínimo, cinco anos após o seu término, conforme o Código de Defesa do Consumidor e a legislação tributária. As informações assistenciais seguem os prazos de guarda de prontuários previstos na Lei nº 13.787/2018, de vinte anos. Os registros de acesso ao site e ao aplicativo são mantidos por seis meses, nos termos do art. 15 do Marco Civil da Internet (Lei nº 12.965/2014).

## 8. Seus direitos

Você pode, a qualquer momento e mediante requisição:

- confirmar a existência de tratamento e acessar os seus dados;
- corrigir dados incompletos, inexatos ou desatualizados;
- solicitar a anonimização, o bloqueio ou a eliminação de dados desnecessários ou excessivos;
- solicitar a portabilidade dos dados a outro fornecedor, observada a regulamentação da ANPD e da ANS;
- obter informação sobre as entidades com as quais compartilhamos os seus dados;
- revogar o consentimento, quando esta for a base legal do tratamento;
- solicitar a revisão de decisões tomadas unicamente com base em tratamento automatizado.

Para exercer os seus direitos, utilize o formulário disponível na Área do Beneficiário ou envie um e-mail para o nosso encarregado. Responderemos em até 15 dias. Você também pode apresentar reclamação à Autoridade Nacional de Proteção de Dados ([www.gov.br/anpd](https://www.gov.br/anpd/pt-br)).

## 9. Segurança da informação

Adotamos medidas técnicas e administrativas para proteger os dados pessoais, como criptografia, controle de acesso por perfil, registro de acessos a dados de saúde e treinamento periódico dos colaboradores. Em caso de incidente de segurança que possa gerar risco ou dano relevante, comunicaremos os titulares afetados e a ANPD.

## 10. Alterações deste Aviso

Este Aviso poderá ser atualizado periodicamente. Recomendamos que você o consulte sempre que acessar nossos canais.
"""

HEADS = re.findall(r"^## (\d+)\. (.+)$", POLICY, re.M)

EDITS = [
    {"note": "new DPO (encarregado) named, DPO e-mail changed",
     "repl": [("Nosso encarregado é o Sr. Ricardo Almeida Lins, que pode ser contatado pelo e-mail [privacidade@saudeserrana.com.br](mailto:privacidade@saudeserrana.com.br)",
               "Nossa encarregada é a Sra. Juliana Prado Meirelles, que pode ser contatada pelo e-mail [dpo@saudeserrana.com.br](mailto:dpo@saudeserrana.com.br)")]},
    {"note": "ANPD link target changed (silent, date not bumped)", "bump": False,
     "repl": [("([www.gov.br/anpd](https://www.gov.br/anpd/pt-br))", "([www.gov.br/anpd](https://www.gov.br/anpd/pt-br/canais_atendimento/cidadao-titular-de-dados))")]},
    {"note": "new section 6 'Telessaúde' (Resolução CFM 2.314/2022) inserted; sections 6-10 renumbered 7-11",
     "repl": [("## 6. Transferência internacional", "## 6. Telessaúde\n\nAs teleconsultas realizadas pelo aplicativo Saúde Serrana seguem a Resolução CFM nº 2.314/2022 do Conselho Federal de Medicina. O atendimento é feito por plataforma com criptografia de ponta a ponta, as sessões não são gravadas e o registro do atendimento é feito pelo profissional no prontuário eletrônico. Para utilizar o serviço, você concorda com os termos de uso da teleconsulta, que podem ser consultados no aplicativo.\n\n## 7. Transferência internacional")]
             + [("## %s. %s" % (n, t), "## %d. %s" % (int(n) + 1, t)) for n, t in HEADS if int(n) > 6]},
    {"note": "purposes table: row added for health promotion and disease-prevention programmes (RN 264)",
     "repl": [("| Envio de comunicações sobre campanhas de saúde",
               "| Programas de promoção da saúde e prevenção de riscos e doenças, como acompanhamento de gestantes e de pacientes crônicos | Tutela da saúde (art. 11, II, f) |\n| Envio de comunicações sobre campanhas de saúde")]},
    {"note": "rights section: response deadline 15 days -> 'prazos da regulamentação da ANPD', WhatsApp channel added (silent, date not bumped)", "bump": False,
     "repl": [("ou envie um e-mail para o nosso encarregado. Responderemos em até 15 dias.",
               "envie um e-mail para o encarregado ou fale conosco pelo WhatsApp oficial (24) 2233-4400. Responderemos nos prazos previstos na regulamentação da ANPD.")]},
]

POSTS = [("Como funciona a carência do plano de saúde", "/blog/carencia-plano-de-saude/"),
         ("Vacinação contra a gripe: quem pode tomar", "/blog/vacinacao-gripe/"),
         ("Portabilidade de carências: passo a passo", "/blog/portabilidade-de-carencias/"),
         ("Telessaúde: consulte-se sem sair de casa", "/blog/telessaude/"),
         ("Reajuste anual: entenda o cálculo da ANS", "/blog/reajuste-anual-ans/"),
         ("Setembro Amarelo: cuide da sua saúde mental", "/blog/setembro-amarelo/")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["nonces"] = (C.hexs(rng, 10), C.hexs(rng, 10), C.hexs(rng, 10))
    s["ver"] = C.keep_or(rng, prev.get("ver"), 0.3, lambda: ("3.%d.%d" % (rng.randint(5, 24), rng.randint(0, 4)), "%d" % rng.randint(1690000000, 1790000000)))
    s["posts"] = C.keep_or(rng, prev.get("posts"), 0.6, lambda: tuple(rng.sample(range(len(POSTS)), 3)))
    s["joinchat"] = rng.random() < 0.4
    return s


LABELS = {
    "nonces": "Elementor/WordPress inline nonces (elementorFrontendConfig, wpApiSettings, Complianz)",
    "ver": "Elementor / theme asset ?ver= and post CSS timestamp",
    "posts": "'Veja também' recent-posts cards rotated",
    "joinchat": "Joinchat WhatsApp greeting bubble shown",
}


def eid(*parts):
    return C.det_sha("el", *parts)[:7]


def bhtml(b):
    kind, v = b
    if kind in ("ul", "ol"):
        return "<%s>\n%s\n</%s>" % (kind, "\n".join("\t<li>%s</li>" % C.inline_html(x) for x in v), kind)
    if kind == "table":
        rows = ["<tr>\n%s\n</tr>" % "\n".join("<%s>%s</%s>" % (t, C.inline_html(x), t) for x in r)
                for r, t in zip(v, ["th"] + ["td"] * (len(v) - 1))]
        return '<figure class="wp-block-table"><table>\n<thead>\n%s\n</thead>\n<tbody>\n%s\n</tbody>\n</table></figure>' % (rows[0], "\n".join(rows[1:]))
    return C.block_html(b)


def widget(kind, key, inner):
    return ('\t\t\t\t<div class="elementor-element elementor-element-%s elementor-widget elementor-widget-%s" data-id="%s" data-element_type="widget" data-widget_type="%s.default">\n'
            '\t\t\t\t<div class="elementor-widget-container">\n%s\n\t\t\t\t</div>\n\t\t\t\t</div>\n' % (eid(key), kind, eid(key), kind, inner))


def section(key, inner, extra=""):
    return ('<section class="elementor-section elementor-top-section elementor-element elementor-element-%s elementor-section-boxed elementor-section-height-default%s" data-id="%s" data-element_type="section">\n'
            '\t<div class="elementor-container elementor-column-gap-default">\n\t<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-%s" data-id="%s" data-element_type="column">\n'
            '\t\t<div class="elementor-widget-wrap elementor-element-populated">\n%s\t\t</div>\n\t</div>\n\t</div>\n</section>\n'
            % (eid(key), extra, eid(key), eid(key, "c"), eid(key, "c"), inner))


def render(s, blocks, when):
    n1, n2, n3 = s["nonces"]
    ver, ts = s["ver"]
    h1 = blocks[0]
    head, secs = C.split_sections(blocks[1:])
    out = [section("title", widget("heading", "h1", '<h1 class="elementor-heading-title elementor-size-default">%s</h1>' % html.escape(h1[1], quote=False))
                   + widget("text-editor", "intro", "\n".join(bhtml(b) for b in head)))]
    for t, bl in secs:
        key = re.sub(r"^\d+\. ", "", t)
        out.append(section(key, widget("heading", key + "h", '<h2 class="elementor-heading-title elementor-size-default">%s</h2>' % C.inline_html(t))
                           + widget("text-editor", key + "t", "\n".join(bhtml(b) for b in bl))))
    posts = "\n".join('<article class="elementor-post elementor-grid-item post type-post status-publish"><div class="elementor-post__text">'
                      '<h3 class="elementor-post__title"><a href="https://www.saudeserrana.com.br%s">%s</a></h3></div></article>' % (POSTS[k][1], POSTS[k][0]) for k in s["posts"])
    out.append(section("veja", widget("heading", "vejah", '<h2 class="elementor-heading-title elementor-size-default">Veja também</h2>')
                       + widget("posts", "posts", '<div class="elementor-posts-container elementor-posts elementor-grid">\n%s\n</div>' % posts), " veja-tambem"))
    out.append(section("cta", widget("call-to-action", "cta", '<div class="elementor-cta"><div class="elementor-cta__content"><h3 class="elementor-cta__title">Ficou com alguma dúvida?</h3>'
                                     '<div class="elementor-cta__description">Nossa Central de Relacionamento atende 24 horas: 0800 025 4455.</div>'
                                     '<a class="elementor-cta__button elementor-button" href="/fale-conosco/">Fale conosco</a></div></div>')))
    bubble = '<div class="joinchat__box"><div class="joinchat__message">Olá! 👋 Como podemos ajudar?</div></div>' if s["joinchat"] else ""
    return ('<!doctype html>\n<html lang="pt-BR">\n<head>\n\t<meta charset="UTF-8">\n\t<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>Aviso de Privacidade &#8211; Saúde Serrana</title>\n<meta name="robots" content="index, follow, max-image-preview:large">\n'
            '<link rel="canonical" href="%s">\n<meta name="generator" content="WordPress 6.4.3">\n<meta name="generator" content="Elementor %s; features: e_optimized_assets_loading; settings: css_print_method-external">\n'
            '<link rel="stylesheet" id="elementor-frontend-css" href="https://www.saudeserrana.com.br/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=%s" media="all">\n'
            '<link rel="stylesheet" id="elementor-post-1342-css" href="https://www.saudeserrana.com.br/wp-content/uploads/elementor/css/post-1342.css?ver=%s" media="all">\n'
            '<link rel="stylesheet" id="hello-elementor-css" href="https://www.saudeserrana.com.br/wp-content/themes/hello-elementor/style.min.css?ver=2.9.0" media="all">\n'
            '<script id="cmplz-cookiebanner-js-extra">var complianz = {"prefix":"cmplz_","user_banner_id":"1","nonce":"%s","url":"https:\\/\\/www.saudeserrana.com.br\\/wp-json\\/complianz\\/v1\\/"};</script>\n'
            '</head>\n<body class="page-template-default page page-id-1342 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-1342">\n'
            '<a class="skip-link screen-reader-text" href="#content">Pular para o conteúdo</a>\n'
            '<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">\n'
            '<header class="elementor-section elementor-top-section elementor-element elementor-element-1d2e3f4 elementor-section-full_width"><div class="elementor-container">'
            '<a href="https://www.saudeserrana.com.br/"><img width="190" height="54" src="https://www.saudeserrana.com.br/wp-content/uploads/2021/03/logo-saude-serrana.png" class="attachment-full size-full" alt="Saúde Serrana"></a>\n'
            '<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-principal" class="elementor-nav-menu">'
            '<li class="menu-item"><a href="/planos/" class="elementor-item">Planos</a></li><li class="menu-item"><a href="/rede-credenciada/" class="elementor-item">Rede credenciada</a></li>'
            '<li class="menu-item"><a href="/area-do-beneficiario/" class="elementor-item">Área do Beneficiário</a></li><li class="menu-item"><a href="/blog/" class="elementor-item">Blog</a></li></ul></nav>\n'
            '</div></header>\n</div>\n'
            '<main id="content" class="site-main post-1342 page type-page status-publish hentry">\n<div class="page-content">\n'
            '<div data-elementor-type="wp-page" data-elementor-id="1342" class="elementor elementor-1342">\n%s</div>\n</div>\n</main>\n'
            '<div data-elementor-type="footer" data-elementor-id="97" class="elementor elementor-97 elementor-location-footer"><footer class="site-footer">'
            '<p>Saúde Serrana Operadora de Planos de Saúde Ltda. · CNPJ 08.417.552/0001-30</p><p>ANS nº 41.873-2 · Ouvidoria: 0800 025 4400</p>'
            '<p><a href="/aviso-de-privacidade/">Aviso de Privacidade</a> · <a href="/politica-de-cookies/">Política de Cookies</a> · <a href="/termos-de-uso/">Termos de Uso</a></p>'
            '<p>© %d Saúde Serrana. Todos os direitos reservados.</p></footer></div>\n'
            '<div class="joinchat joinchat--right" data-settings=\'{"telephone":"552422334400","whatsapp_web":false}\'>'
            '<div class="joinchat__button"><div class="joinchat__button__open"></div></div>%s</div>\n'
            '<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false,"isScriptDebug":false},"i18n":{"shareOnFacebook":"Compartilhar no Facebook"},'
            '"is_rtl":false,"version":"%s","urls":{"assets":"https:\\/\\/www.saudeserrana.com.br\\/wp-content\\/plugins\\/elementor\\/assets\\/"},"post":{"id":1342,"title":"Aviso%%20de%%20Privacidade%%20%%E2%%80%%93%%20Sa%%C3%%BAde%%20Serrana"},'
            '"nonce":"%s"};</script>\n'
            '<script id="wp-api-request-js-extra">var wpApiSettings = {"root":"https:\\/\\/www.saudeserrana.com.br\\/wp-json\\/","nonce":"%s","versionString":"wp\\/v2\\/"};</script>\n'
            '<script src="https://www.saudeserrana.com.br/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=%s" id="elementor-frontend-js"></script>\n'
            '</body>\n</html>\n'
            % (URL, ver, ver, ts, n3, "".join(out), when.year, bubble, ver, n1, n2, ver))


PAGE = {
    "service": "Saúde Serrana", "url": URL, "lang": "pt-BR", "platform": "WordPress 6 + Elementor Pro",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2021, 5, 10), "end": dt.date(2026, 6, 25), "hours": (10, 14, 21),
    "policy": POLICY, "first_updated": dt.date(2021, 3, 15), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [{"startBefore": "h1.elementor-heading-title", "endBefore": ".elementor-section.veja-tambem"}]},
}
