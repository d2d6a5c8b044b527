"""A Lisbon notary's office (cartório notarial) on Squarespace 7.1, European Portuguese.

The policy is one page section of text blocks (sqs-html-content: white-space:pre-wrap paragraphs, list items
wrapping a <p>) with its two tables in Code blocks between them; the declaration selects the section's layout
(#page-section-...). A second section below holds the opening hours and the "Marcar atendimento" button, the
header and footer are Squarespace's. Between visits only Squarespace's own release churns: the universal
scripts' hashed names and the static context's rollups and beta feature flags (every capture), and the
announcement bar text in the static context (closures at Christmas and in August).
"""
import datetime as dt
import html
import json

import common as C

POLICY = """# Política de Privacidade

Última atualização: {UPDATED}

O Cartório Notarial de Helena Vasconcelos exerce a função notarial, que é uma função pública desempenhada por um profissional liberal nos termos do Estatuto do Notariado. No exercício desta função tratamos dados pessoais das pessoas que intervêm nos atos que praticamos, dos seus representantes e das pessoas que nos contactam. Esta política explica que dados tratamos, para que fins, durante quanto tempo e quais são os seus direitos, em conformidade com o Regulamento Geral sobre a Proteção de Dados (RGPD) e com a Lei n.º 58/2019, de 8 de agosto.

## 1. Responsável pelo tratamento

O responsável pelo tratamento dos seus dados pessoais é a notária Helena Vasconcelos, titular do cartório:

@ Cartório Notarial de Helena Vasconcelos
@ Avenida da República, 45, 3.º Esq.
@ 1050-187 Lisboa
@ Telefone: +351 213 570 412
@ Correio eletrónico: geral@notariahelenavasconcelos.pt

Para questões relacionadas com a proteção de dados pode contactar o nosso encarregado de proteção de dados através do endereço dpo@notariahelenavasconcelos.pt.

## 2. Que dados pessoais tratamos

Consoante o ato a praticar, podemos tratar as seguintes categorias de dados:

- dados de identificação: nome completo, estado civil, regime de bens, naturalidade, nacionalidade, residência, número de identificação fiscal e número do documento de identificação
- dados sobre os bens objeto do ato: artigos matriciais, descrições prediais, valores e forma de pagamento
- dados de representação: procurações, certidões do registo comercial e atas de deliberação
- dados de contacto: telefone e endereço de correio electrónico
- dados de faturação e pagamento
- dados exigidos pela legislação de prevenção do branqueamento de capitais, incluindo a identificação do beneficiário efetivo e a origem dos fundos

Não pedimos mais dados do que os exigidos pela lei para cada ato. Quando um ato envolve menores ou maiores acompanhados, tratamos os dados necessários para verificar a representação legal.

## 3. Finalidades e fundamentos de licitude

| Finalidade | Fundamento de licitude |
| Preparação e celebração de atos notariais (escrituras, testamentos, procurações, habilitações de herdeiros, autenticação e reconhecimento de documentos) | Cumprimento de obrigações jurídicas e exercício de funções de interesse público (artigo 6.º, n.º 1, alíneas c) e e), do RGPD) |
| Marcação de atendimento e esclarecimento de dúvidas prévias | Diligências pré-contratuais a pedido do titular |
| Comunicações obrigatórias às entidades públicas | Cumprimento de obrigações jurídicas |
| Prevenção do branqueamento de capitais e do financiamento do terrorismo (Lei n.º 83/2017) | Cumprimento de obrigações jurídicas |
| Faturação e contabilidade | Cumprimento de obrigações jurídicas |
| Gestão e segurança do sítio web | Interesse legítimo |

## 4. A quem comunicamos os seus dados

No cumprimento das nossas obrigações legais comunicamos dados pessoais à Autoridade Tributária e Aduaneira, ao Instituto dos Registos e do Notariado e às conservatórias, à Conservatória dos Registos Centrais (no caso dos testamentos), à Ordem dos Notários e, quando a lei o exige, à Unidade de Informação Financeira e aos tribunais.

Recorremos ainda a subcontratantes que tratam dados por nossa conta e de acordo com as nossas instruções:

| Subcontratante | Serviço | Localização |
| Squarespace Ireland Limited | alojamento do sítio web e marcação online | Dublin, Irlanda |
| Google Ireland Limited | correio eletrónico e documentos (Google Workspace) | Dublin, Irlanda |
| Primavera Business Software Solutions, S.A. | faturação e contabilidade | Braga, Portugal |
| MEO – Serviços de Comunicações e Multimédia, S.A. | central telefónica | Lisboa, Portugal |

Não transferimos dados pessoais para fora do Espaço Económico Europeu, salvo quando um ato notarial se destine a produzir efeitos noutro país e essa transferência seja necessária para a declaração, o exercício ou a defesa de um direito.

## 5. Prazos de conservação

Os atos notariais fazem fé pública e devem ser conservados nos termos do Código do Notariado. Os restantes dados são conservados apenas durante o período necessário.

| Documentos | Prazo de conservação |
| Livros de notas, testamentos e documentos que os instruem | conservação permanente no arquivo do cartório, nos termos do Código do Notariado |
| Cópias de documentos de identificação e registos de diligências de branqueamento de capitais | 7 anos após a prática do ato |
| Documentos de faturação | 10 anos |
| Pedidos de marcação que não deram origem a um ato | 6 meses |

## 6. Sítio web e cookies

O nosso sítio web utiliza apenas os cookies necessários ao seu funcionamento e as estatísticas agregadas da plataforma Squarespace, que não permitem identificar os visitantes. Não utilizamos cookies de publicidade. Quando faz uma marcação online, os dados que indica no formulário são utilizados apenas para organizar o atendimento.

## 7. Os seus direitos

Nos termos do RGPD, tem o direito de:

- aceder aos seus dados pessoais
- solicitar a retificação de dados inexatos
- solicitar o apagamento dos dados, quando estes já não sejam necessários
- solicitar a limitação do tratamento
- opor-se ao tratamento baseado em interesse legítimo
- receber os dados que nos forneceu num formato estruturado

Tenha em atenção que o conteúdo de um ato notarial já lavrado não pode ser apagado nem alterado por simples pedido: as correções fazem-se pelos meios previstos na lei, como o averbamento ou a retificação. Pode exercer os seus direitos por escrito, presencialmente ou através do endereço dpo@notariahelenavasconcelos.pt. Responderemos no prazo de um mês.

## 8. Reclamação

Se considerar que o tratamento dos seus dados viola a lei, pode apresentar reclamação à autoridade de controlo:

@ Comissão Nacional de Proteção de Dados (CNPD)
@ Av. D. Carlos I, 134, 1.º
@ 1200-651 Lisboa
@ [www.cnpd.pt](https://www.cnpd.pt)

## 9. Segurança e sigilo

A notária e os seus colaboradores estão sujeitos ao dever de sigilo profissional. Os livros e documentos em papel são guardados em arquivo fechado com acesso restrito e os sistemas informáticos estão protegidos por palavras-passe, cópias de segurança e cifragem.

## 10. Alterações a esta política

Esta política pode ser atualizada sempre que a lei ou a forma como tratamos os dados o exijam. A versão em vigor está sempre disponível nesta página."""

EDITS = [
    {"note": "subsection added: 'atos autênticos à distância' by videoconference (DL 126/2021), recordings kept 20 years",
     "repl": [("Não pedimos mais dados do que os exigidos pela lei para cada ato.",
               "Não pedimos mais dados do que os exigidos pela lei para cada ato.\n\n"
               "### Atos praticados por videoconferência\n\n"
               "Quando um ato é praticado à distância, nos termos do Decreto-Lei n.º 126/2021, de 30 de dezembro, "
               "a sessão decorre na plataforma informática do Ministério da Justiça. A videoconferência é gravada e "
               "a gravação é conservada pelo prazo de 20 anos, tal como exige a lei. Para a sua identificação "
               "utilizamos a autenticação com o Cartão de Cidadão ou com a Chave Móvel Digital.")]},
    {"note": "spelling fixed: 'electrónico' -> 'eletrónico' (date not bumped)", "bump": False,
     "repl": [("telefone e endereço de correio electrónico", "telefone e endereço de correio eletrónico")]},
    {"note": "processor added to the table: Multicert (qualified electronic signatures)",
     "repl": [("| Primavera Business Software Solutions, S.A. | faturação e contabilidade | Braga, Portugal |",
               "| Primavera Business Software Solutions, S.A. | faturação e contabilidade | Braga, Portugal |\n"
               "| Multicert – Serviços de Certificação Eletrónica, S.A. | certificados e assinaturas eletrónicas "
               "qualificadas | Lisboa, Portugal |")]},
    {"note": "retention of booking requests without an act shortened from 6 to 3 months",
     "repl": [("| Pedidos de marcação que não deram origem a um ato | 6 meses |",
               "| Pedidos de marcação que não deram origem a um ato | 3 meses |")]},
    {"note": "telephone number of the office changed",
     "repl": [("@ Telefone: +351 213 570 412", "@ Telefone: +351 210 993 118")]},
]

MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
          "novembro", "dezembro"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MONTHS[d.month - 1], d.year)


FLAGS = ["campaigns_new_image_layout_picker", "campaigns_thumbnail_layout", "member_areas_feature",
         "i18n_beta_website_locales", "override_block_styles", "new_stacked_index", "scripts_defer",
         "section-sdk-plp-list-view-atc-button-enabled", "commerce_etsy_product_import", "marketing_landing_page",
         "enable_form_submission_trigger", "nested_categories", "supports_versioned_template_assets",
         "commerce_clearpay", "campaigns_discount_section_in_blasts", "visitor_react_forms", "contacts_and_campaigns_redesign",
         "fluid_engine", "hide_header_footer_beta"]
SECTION = "64b1f0c27a3e5d1b2c9f0a41"


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["release"] = (C.hexs(rng, 8), C.hexs(rng, 8), C.hexs(rng, 8), rng.randint(1, 99))
    s["flags"] = C.keep_or(rng, prev.get("flags"), 0.3,
                           lambda: tuple(sorted(rng.sample(FLAGS, rng.randint(9, 14)))))
    d = when.date()
    if d.month == 12 and d.day >= 5:
        s["announce"] = "O cartório estará encerrado nos dias 24, 25 e 31 de dezembro. Boas festas!"
    elif d.month == 8 or (d.month == 7 and d.day >= 20):
        s["announce"] = "Em agosto o atendimento é feito apenas mediante marcação prévia."
    elif d.month == 4 and d.day <= 26:
        s["announce"] = "O cartório estará encerrado no dia 25 de abril."
    else:
        s["announce"] = ""
    return s


LABELS = {"release": "Squarespace release: hashed universal scripts and rollups (every capture)",
          "flags": "betaFeatureFlags in the static context", "announce": "announcement bar text (static context)"}


def P_(inner):
    return '<p class="" style="white-space:pre-wrap;">%s</p>' % inner


def text_blocks(blocks):
    out = []
    for kind, v in blocks:
        if kind in ("h1", "h2", "h3"):
            out.append('<%s style="white-space:pre-wrap;">%s</%s>' % (kind, C.inline_html(v), kind))
        elif kind == "p":
            out.append(P_(C.inline_html(v)))
        elif kind == "ul":
            out.append('<ul data-rte-list="default">%s</ul>' % "".join("<li>%s</li>" % P_(C.inline_html(x)) for x in v))
        elif kind == "addr":
            out.append(P_("<br>".join(C.inline_html(x) for x in v)))
        else:
            raise ValueError(kind)
    return "".join(out)


def yui(rng_key):
    h = int(C.det_sha("yui", rng_key)[:10], 16)
    return "block-yui_3_17_2_1_%d_%d" % (1689000000000 + h % 90000000, h % 90000 + 1000)


def render(state, blocks, when):
    rel = state["release"]
    groups, cur = [], []
    for b in blocks:
        if b[0] == "table":
            if cur:
                groups.append(("text", cur))
            groups.append(("code", b))
            cur = []
        else:
            cur.append(b)
    if cur:
        groups.append(("text", cur))
    body = []
    for n, (kind, g) in enumerate(groups):
        if kind == "text":
            body.append('<div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2" '
                        'data-border-radii="&#123;&quot;topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value'
                        '&quot;:0.0&#125;,&quot;topRight&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:'
                        '0.0&#125;&#125;" id="%s"><div class="sqs-block-content">\n\n<div class="sqs-html-content">\n  '
                        '%s\n  </div>\n\n</div></div>' % (yui(("t", n, g[0][1][:20])), text_blocks(g)))
        else:
            rows = g[1]
            tbl = ('<table class="tabela-rgpd">\n<thead><tr>%s</tr></thead>\n<tbody>\n%s\n</tbody>\n</table>'
                   % ("".join("<th>%s</th>" % C.inline_html(x) for x in rows[0]),
                      "\n".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r)
                                for r in rows[1:])))
            body.append('<div class="sqs-block code-block sqs-block-code" data-block-type="23" id="%s"><div class='
                        '"sqs-block-content">%s</div></div>' % (yui(("c", rows[0][0])), tbl))
    ctx = {
        "betaFeatureFlags": list(state["flags"]),
        "facebookAppId": "314192535267336",
        "facebookApiVersion": "v6.0",
        "rollups": {"squarespace-announcement-bar": {"js": "//assets.squarespace.com/universal/scripts-compressed/"
                                                           "announcement-bar-%s-min.pt-PT.js" % rel[0]},
                    "squarespace-common-vendors-v2": {"js": "//assets.squarespace.com/universal/scripts-compressed/"
                                                            "common-vendors-v2-%s-min.pt-PT.js" % rel[1]},
                    "squarespace-performance": {"js": "//assets.squarespace.com/universal/scripts-compressed/"
                                                      "performance-%s-min.pt-PT.js" % rel[2]}},
        "pageType": 2,
        "website": {"id": "64a7c2e81f0b3d5a9c2e4f17", "identifier": "notariahelenavasconcelos",
                    "websiteType": 1, "contentModifiedOn": 1689000000000 + rel[3] * 1000,
                    "cloneable": False, "hasBeenCloneable": False, "siteStatus": {},
                    "language": "pt-PT", "timeZone": "Europe/Lisbon", "machineTimeZoneOffset": 0,
                    "timeZoneOffset": 0, "timeZoneAbbr": "WET", "siteTitle": "Notária Helena Vasconcelos",
                    "fullSiteTitle": "Política de Privacidade — Notária Helena Vasconcelos",
                    "siteDescription": "", "location": {}, "logoImageId": "64a7c3b09e1d2f4a6b8c0d21",
                    "shareButtonOptions": {}, "authenticUrl": "https://www.notariahelenavasconcelos.pt",
                    "internalUrl": "https://notariahelenavasconcelos.squarespace.com",
                    "baseUrl": "https://www.notariahelenavasconcelos.pt", "primaryDomain": "www.notariahelenavasconcelos.pt",
                    "sslSetting": 3, "isHstsEnabled": True,
                    "socialAccounts": [], "typekitId": "",
                    "statsMigrated": False, "imageMetadataProcessingEnabled": False,
                    "screenshotId": "d2f1b0c9a8e7f6d5c4b3a2918070605040302010a0b0c0d0e0f1a2b3c4d5e6f7",
                    "captchaSettings": {"enabledForDonations": False},
                    "showOwnerLogin": False},
        "websiteSettings": {"id": "64a7c2e81f0b3d5a9c2e4f19", "websiteId": "64a7c2e81f0b3d5a9c2e4f17",
                            "subjects": [], "country": "PT", "state": "", "simpleLikingEnabled": True,
                            "mobileInfoBarSettings": {"isContactEmailEnabled": False, "isContactPhoneNumberEnabled": False,
                                                      "isLocationEnabled": False, "isBusinessHoursEnabled": False},
                            "announcementBarSettings": ({"style": 2, "text": "<p>%s</p>" % state["announce"]}
                                                        if state["announce"] else {}),
                            "commentLikesAllowed": True, "commentAnonAllowed": True, "commentThreaded": True,
                            "commentApprovalRequired": False, "commentAvatarsOn": True, "commentSortType": 2,
                            "commentFlagThreshold": 0, "commentFlagsAllowed": True, "commentEnableByDefault": True,
                            "commentDisableAfterDaysDefault": 0, "disqusShortname": "",
                            "commentsEnabled": False, "storeSettings": {}, "useEscapeKeyToLogin": False,
                            "ssBadgeType": 1, "ssBadgePosition": 4, "ssBadgeVisibility": 1, "ssBadgeDevices": 1,
                            "pinterestOverlayOptions": {"mode": "disabled"}, "userAccountsSettings": {
                                "loginAllowed": False, "signupAllowed": False}},
        "cookieSettings": {"isCookieBannerEnabled": True, "isRestrictiveCookiePolicyEnabled": True,
                           "cookieBannerText": "<p>Este sítio utiliza cookies necessários ao seu funcionamento.</p>",
                           "cookieBannerTheme": "LIGHT", "cookieBannerVariant": "BAR", "cookieBannerPosition": "BOTTOM",
                           "cookieBannerCtaVariant": "TEXT", "cookieBannerCtaText": "Aceitar",
                           "cookieBannerAcceptType": "OPT_IN", "cookieBannerOptOutCtaText": "Recusar",
                           "cookieBannerHasOptOut": True, "cookieBannerHasManageCookies": False},
        "websiteCloudflareSettings": {"cloudflareEnabled": True},
        "templateVersion": "7.1",
        "pageFeatures": [1, 2, 4],
        "gmRenderKey": "QUl6YVN5Q0JUUk9xNkx1dkZfSUUxcjQ2LVQ0QWVUU1YtMGQ3bXk4",
        "templateScriptsRootUrl": "https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/",
        "impersonatedSession": False,
        "tzData": {"zones": [[0, "EU", "WE%sT", None]], "rules": {"EU": [[1981, "max", None, "Mar", "lastSun",
                                                                              "1:00u", "1:00", "S"]]}},
        "showAnnouncementBar": bool(state["announce"]),
        "recaptchaEnterpriseContext": {"recaptchaEnterpriseSiteKey": "6LdDFQwjAAAAAPigEvvPgEVbb7QBm-TkVJdDTlAv"},
        "i18nContext": {"timeZoneData": {"id": "Europe/Lisbon", "name": "Western European Time"}},
        "env": "PRODUCTION",
    }
    h = []
    h.append('<!doctype html>\n<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/'
             '2008/fbml" lang="pt-PT">\n  <head>\n    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">\n'
             '    <meta name="viewport" content="width=device-width, initial-scale=1">\n    <!-- This is Squarespace. -->'
             '<!-- notariahelenavasconcelos -->\n<base href="">\n<meta charset="utf-8" />\n<title>Política de Privacidade'
             ' &mdash; Notária Helena Vasconcelos</title>\n<meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version,'
             ' Sec-CH-UA-Model" /><link rel="icon" type="image/x-icon" href="https://images.squarespace-cdn.com/content/v1/'
             '64a7c2e81f0b3d5a9c2e4f17/9c1e0a4b-favicon/favicon.ico?format=100w"/>\n<link rel="canonical" href="https://'
             'www.notariahelenavasconcelos.pt/politica-de-privacidade"/>\n<meta property="og:site_name" content="Notária '
             'Helena Vasconcelos"/>\n<meta property="og:title" content="Política de Privacidade &mdash; Notária Helena '
             'Vasconcelos"/>\n<meta property="og:url" content="https://www.notariahelenavasconcelos.pt/politica-de-'
             'privacidade"/>\n<meta property="og:type" content="website"/>\n')
    h.append('<link rel="preconnect" href="https://images.squarespace-cdn.com">\n<script type="text/javascript" src="//use.'
             'typekit.net/ik/ZgP8nT2xH0b4mCk3vA9s1QeLz6Ww7Jr5yRt0uO8iPl4.js" async fetchpriority="high" onload="try{'
             'Typekit.load();}catch(e){} document.documentElement.classList.remove(\'wf-loading\');"></script>\n')
    h.append('<script>document.documentElement.classList.add(\'wf-loading\')</script>\n<script type="text/javascript" '
             'crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/'
             'legacy.js"></script>\n<script type="text/javascript" crossorigin="anonymous" defer="true" src="//assets.'
             'squarespace.com/@sqs/polyfiller/1.6/modern.js"></script>\n')
    h.append('<script type="text/javascript">SQUARESPACE_ROLLUPS = {};</script>\n')
    for name, hx in (("extract-css-runtime", C.det_sha(rel[0], "a")[:8]), ("extract-css-moment-js-vendor", rel[1]),
                     ("cldr-resource-pack", C.det_sha(rel[1], "b")[:8]), ("common-vendors-stable",
                     C.det_sha(rel[2], "c")[:8]), ("common-vendors", rel[1]), ("common", rel[2]),
                     ("performance", rel[2])):
        h.append('<script crossorigin="anonymous" src="//assets.squarespace.com/universal/scripts-compressed/%s-%s-min.'
                 'pt-PT.js" defer></script>' % (name, hx))
    h.append('<script data-name="static-context">Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = %s;</script>\n'
             % json.dumps(ctx, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/"))
    h.append('<script type="application/ld+json">{"url":"https://www.notariahelenavasconcelos.pt","name":"Notária Helena '
             'Vasconcelos","@context":"http://schema.org","@type":"WebSite"}</script>'
             '<script type="application/ld+json">{"legalName":"Cartório Notarial de Helena Vasconcelos","address":'
             '"Avenida da República, 45, 3.º Esq.\\n1050-187 Lisboa\\nPortugal","email":"geral@notariahelenavasconcelos.'
             'pt","@context":"http://schema.org","@type":"LocalBusiness"}</script>')
    h.append('<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/'
             '64a7c2e81f0b3d5a9c2e4f17/41/5c5a519771c10ba3470d8101/64a7c2e81f0b3d5a9c2e4f1e/1520/site.css"/>'
             '<script>Static.COOKIE_BANNER_CAPABLE = true;</script>\n<!-- End of Squarespace Headers -->\n')
    h.append('  </head>\n  <body id="collection-64a7c4f21c8b0a3e5d7f9b12" class="primary-button-style-solid '
             'primary-button-shape-pill tweak-global-animations-enabled tweak-global-animations-complexity-level-detailed '
             'tweak-blog-alternating-side-by-side-width-full header-width-full form-field-style-solid '
             'collection-type-page collection-layout-default mobile-style-available sqs-seven-one" tabindex="-1">\n')
    h.append('    <div id="siteWrapper" class="clearfix site-wrapper">\n      <div id="floatingCart" class="floating-cart '
             'hidden"></div>\n      <header data-test="header" id="header" class="white header theme-col--primary" '
             'data-section-theme="white" data-controller="Header" data-current-styles="{&quot;layout&quot;: &quot;'
             'navRight&quot;}" data-section-id="header" data-header-theme="" data-menu-overlay-theme="" data-header-'
             'style="dynamic" data-language="pt-PT" data-first-focusable-element tabindex="-1">\n        <div class="'
             'sqs-announcement-bar-dropzone"></div>\n        <div class="header-announcement-bar-wrapper"><div class="'
             'header-inner container--fluid header-layout--with-commerce" data-test="header-inner"><div class="header-'
             'display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-'
             'title" data-animation-role="header-element"><div class="header-title-logo"><a href="/" data-animation-role'
             '="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1'
             '/64a7c2e81f0b3d5a9c2e4f17/3d9b2e1a-logo/logo-notaria.png?format=1500w" alt="Notária Helena Vasconcelos" '
             'style="display:block" fetchpriority="high" loading="eager" decoding="async" data-loader="raw"></a></div>'
             '</div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">')
    for href, t in (("/", "Início"), ("/servicos", "Serviços"), ("/documentos-necessarios", "Documentos necessários"),
                    ("/precos", "Preçário"), ("/contactos", "Contactos")):
        h.append('<div class="header-nav-item header-nav-item--collection"><a href="%s" data-animation-role="header-'
                 'element">%s</a></div>' % (href, t))
    h.append('</nav></div></div></div></div></div></div>\n      </header>\n')
    h.append('      <main id="page" class="container" role="main">\n<article class="sections" id="sections" '
             'data-page-sections="64a7c4f21c8b0a3e5d7f9b14">\n')
    h.append('<section data-test="page-section" data-section-theme="white" class=\'page-section layout-engine-section '
             'background-width--full-bleed section-height--small content-width--narrow horizontal-alignment--left '
             'vertical-alignment--top white\' data-section-id="%s" data-controller="SectionWrapperController" '
             'data-current-styles="{&quot;backgroundWidth&quot;: &quot;background-width--full-bleed&quot;}" data-'
             'animation="none">\n  <div class="section-border"><div class="section-background"></div></div>\n  '
             '<div class=\'content-wrapper\' style=\'\'>\n    <div class="content">\n      <div class="sqs-layout '
             'sqs-grid-12 columns-12" data-type="page-section" id="page-section-%s"><div class="row sqs-row"><div '
             'class="col sqs-col-12 span-12">%s</div></div></div>\n    </div>\n  </div>\n</section>\n'
             % (SECTION, SECTION, "".join(body)))
    h.append('<section data-test="page-section" data-section-theme="light" class=\'page-section layout-engine-section '
             'background-width--full-bleed section-height--small content-width--narrow horizontal-alignment--center '
             'vertical-alignment--middle light\' data-section-id="64b1f0c27a3e5d1b2c9f0a58" data-controller="'
             'SectionWrapperController" data-animation="none">\n  <div class="section-border"><div class="section-'
             'background"></div></div>\n  <div class=\'content-wrapper\' style=\'\'>\n    <div class="content">\n'
             '      <div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64b1f0c27a3e'
             '5d1b2c9f0a58"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block '
             'sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1689172271021_9812"><div class="sqs-block-'
             'content"><div class="sqs-html-content"><h3 style="white-space:pre-wrap;">Horário de atendimento</h3>'
             '<p class="" style="white-space:pre-wrap;">Segunda a sexta-feira, das 9h00 às 13h00 e das 14h30 às 17h30.'
             '</p></div></div></div><div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-'
             'yui_3_17_2_1_1689172271021_10344"><div class="sqs-block-content"><div class="sqs-block-button-container '
             'sqs-block-button-container--center" data-animation-role="button" data-alignment="center" data-button-size='
             '"medium" data-button-type="primary"><a href="https://app.acuityscheduling.com/schedule.php?owner=28417763" '
             'class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element" target="_blank"'
             '>Marcar atendimento</a></div></div></div></div></div></div>\n    </div>\n  </div>\n</section>\n')
    h.append('</article>\n      </main>\n')
    h.append('      <footer class="sections" id="footer-sections" data-footer-sections>\n<section data-test="page-section" '
             'data-section-theme="black" class=\'page-section layout-engine-section background-width--full-bleed section-'
             'height--small content-width--wide horizontal-alignment--center vertical-alignment--middle black\' data-'
             'section-id="64a7c5a01b2c3d4e5f607182" data-controller="SectionWrapperController" data-animation="none">'
             '<div class=\'content-wrapper\' style=\'\'><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"'
             ' data-type="page-section" id="page-section-64a7c5a01b2c3d4e5f607182"><div class="row sqs-row"><div class="'
             'col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3'
             '_17_2_1_1688914002113_4409"><div class="sqs-block-content"><div class="sqs-html-content"><p class="" style='
             '"white-space:pre-wrap;">Cartório Notarial de Helena Vasconcelos · Avenida da República, 45, 3.º Esq., '
             '1050-187 Lisboa</p><p class="" style="white-space:pre-wrap;"><a href="/politica-de-privacidade">Política de '
             'Privacidade</a> · <a href="/livro-de-reclamacoes">Livro de Reclamações</a> · <a href="/resolucao-de-litigios">'
             'Resolução alternativa de litígios</a></p></div></div></div></div></div></div></div></div></section>\n'
             '      </footer>\n    </div>\n')
    h.append('    <script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/'
             'site-bundle.%s.js" type="text/javascript"></script>\n<svg xmlns="http://www.w3.org/2000/svg" version="1.1" '
             'style="display:none" data-usage="social-icons-svg"></svg>\n<script defer src="//assets.squarespace.com/'
             'universal/scripts-compressed/visitor-tracking-%s-min.pt-PT.js"></script>\n  </body>\n</html>'
             % (C.det_sha("bundle", when.year)[:32], C.det_sha(rel[0], "v")[:8]))
    return "".join(h)


PAGE = {
    "service": "Notaria Helena Vasconcelos",
    "url": "https://www.notariahelenavasconcelos.pt/politica-de-privacidade",
    "lang": "pt-PT",
    "platform": "Squarespace 7.1",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "Squarespace"), ("Cache-Control", "no-cache, no-store, must-revalidate"),
                      ("X-Contextid", "r4XqK2pB/9fTz3LwV")),
    "n": 29,
    "start": dt.date(2022, 1, 10),
    "end": dt.date(2025, 4, 30),
    "policy": POLICY,
    "first_updated": dt.date(2021, 10, 4),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.notariahelenavasconcelos.pt/politica-de-privacidade",
                    "select": "#page-section-" + SECTION},
}
