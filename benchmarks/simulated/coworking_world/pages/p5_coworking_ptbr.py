"""Quintal Coworking (Brazilian Portuguese), coworking, virtual office (endereço fiscal) and meeting rooms in São
Paulo and Campinas. HubSpot CMS drag-and-drop page: the policy is one rich-text module, and the marketing team put a
call-to-action into that rich text after section 3 (INSIDE the selected rich text; the declaration removes it).
Until September 2024 a legacy CTA embed (hs-cta-wrapper, img + hbspt.cta.load); then HubSpot's new CTAs
(hs-web-interactive-inline) whose A/B variant text and encryptedPayload change per render. Around it: the hsVars
render_id/ticks per request, hsstatic bundle versions on HubSpot releases, template asset timestamps, the header's
alert bar promotion."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import cwkit as K  # noqa: E402

POLICY = """
# Política de Privacidade

Atualizada em {UPDATED}

A Quintal Coworking Ltda. ("Quintal", "nós") respeita a sua privacidade e trata os seus dados pessoais de acordo com a Lei Geral de Proteção de Dados Pessoais (Lei nº 13.709/2018 – LGPD). Esta política explica como coletamos, usamos e compartilhamos dados pessoais de membros, visitantes, clientes de escritório virtual e participantes de eventos nas nossas unidades de Pinheiros, Vila Madalena e Campinas.

## 1. Quem é o controlador dos seus dados

@ Quintal Coworking Ltda.
@ CNPJ 28.417.506/0001-63
@ Rua dos Pinheiros, 1.310 – Pinheiros
@ São Paulo – SP, 05422-002

## 2. Dados que coletamos

- **Dados cadastrais:** nome, CPF, RG, data de nascimento, e-mail, telefone e endereço;
- **Dados da empresa:** razão social, CNPJ e inscrição municipal, no caso de planos empresariais e de endereço fiscal;
- **Dados financeiros:** forma de pagamento e histórico de faturas;
- **Dados de acesso:** registros da portaria e da catraca, incluindo foto tirada na recepção para o cadastro de visitantes;
- **Dados de uso:** reservas de salas de reunião, estações de trabalho e auditório;
- **Dados de navegação:** endereço IP, páginas visitadas e cookies.

## 3. Para que usamos os seus dados

Utilizamos os seus dados para executar o contrato de prestação de serviços, liberar o seu acesso às unidades, emitir notas fiscais, receber e registrar correspondencias no caso de endereço fiscal ou comercial, garantir a segurança dos espaços e enviar comunicações sobre eventos e novidades, quando você autorizar.

O cadastro de visitantes com foto é realizado com base no legítimo interesse de garantir a segurança das pessoas que frequentam nossas unidades.

## 4. Compartilhamento de dados

Compartilhamos dados pessoais apenas com parceiros necessários para a prestação dos nossos serviços:

| Parceiro | Finalidade |
| Conexa | Gestão de contratos, cobranças e emissão de notas fiscais |
| HubSpot, Inc. | Relacionamento com clientes e e-mail marketing |
| Iugu | Processamento de pagamentos por cartão, boleto e Pix |
| Amazon Web Services | Hospedagem do sistema de controle de acesso |

Alguns desses parceiros armazenam dados fora do Brasil. Nesses casos, adotamos as salvaguardas previstas no art. 33 da LGPD.

## 5. Por quanto tempo guardamos os dados

Os dados são mantidos enquanto durar o seu contrato e, depois disso, pelo prazo necessário para cumprir obrigações legais e regulatórias, como as fiscais (5 anos). Os registros de acesso às unidades são mantidos por 6 meses e as imagens do circuito interno de TV por 30 dias.

## 6. Seus direitos

Você pode, a qualquer momento, solicitar a confirmação da existência de tratamento, o acesso aos seus dados, a correção de dados incompletos ou desatualizados, a anonimização, o bloqueio ou a eliminação de dados desnecessários, a portabilidade e informações sobre o compartilhamento. Também pode revogar o seu consentimento para o recebimento de comunicações de marketing.

## 7. Encarregado de dados (DPO)

Nosso encarregado pelo tratamento de dados pessoais é Marina Duarte Saraiva, que pode ser contatada pelo e-mail [privacidade@quintalcoworking.com.br](mailto:privacidade@quintalcoworking.com.br). Se preferir, você também pode apresentar reclamação à Autoridade Nacional de Proteção de Dados (ANPD).

## 8. Cookies

Usamos cookies necessários para o funcionamento do site e, com o seu consentimento, cookies de análise e marketing. Você pode alterar suas preferências a qualquer momento no link "Configurações de cookies" no rodapé do site.
"""

EDITS = [
    {"note": "new unit Moema added to the intro",
     "repl": [("nas nossas unidades de Pinheiros, Vila Madalena e Campinas.",
               "nas nossas unidades de Pinheiros, Vila Madalena, Moema e Campinas.")]},
    {"note": "accent fixed (correspondencias -> correspondências), date unchanged", "bump": False,
     "repl": [("receber e registrar correspondencias no caso", "receber e registrar correspondências no caso")]},
    {"note": "payment processor renamed in the table: Iugu -> Asaas",
     "repl": [("| Iugu | Processamento de pagamentos por cartão, boleto e Pix |",
               "| Asaas | Processamento de pagamentos por cartão, boleto e Pix |")]},
    {"note": "table row added: Google Workspace",
     "repl": [("| Amazon Web Services | Hospedagem do sistema de controle de acesso |",
               "| Amazon Web Services | Hospedagem do sistema de controle de acesso |\n"
               "| Google Workspace | E-mail corporativo e armazenamento de documentos |")]},
    {"note": "new DPO named",
     "repl": [("é Marina Duarte Saraiva, que pode ser contatada", "é Rafael Nogueira Lins, que pode ser contatado")]},
    {"note": "CCTV retention changed from 30 to 60 days",
     "repl": [("as imagens do circuito interno de TV por 30 dias.", "as imagens do circuito interno de TV por 60 dias.")]},
]

NEW_CTA = dt.datetime(2024, 9, 17, 13, 0)
PORTAL = 2345678
PAGE_ID = 98765432100
LEGACY = "4b0c8e2a-7d19-4f3e-a5c6-91b2d0e8f7a3"
CTA_ID = 165432109876


def fmt_date(d):
    return "%d de %s de %d" % (d.day, K.MONTHS["pt"][d.month - 1], d.year)


ALERTS = [("Plano Flex com 20% de desconto nos 3 primeiros meses", "/planos"),
          ("Nova unidade em breve: inscreva-se para a pré-venda", "/unidades"),
          ("Endereço fiscal a partir de R$ 99/mês", "/endereco-fiscal"),
          ("Black Friday: salas de reunião com 30% off", "/salas-de-reuniao"),
          ("Day use grátis para conhecer o Quintal", "/day-use")]

VARIANTS = ["Agende uma visita gratuita", "Teste grátis por um dia", "Conheça nossos planos"]


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "br")
    new = when >= NEW_CTA
    alert = K.hpick(ALERTS, "quintal-alert", loc.year, loc.month)
    if (loc.month == 11 and loc.day >= 15) or (loc.month == 12 and loc.day <= 2):
        alert = ALERTS[3]
    st = {
        "render": (C.uuid4(rng), C.epoch(when) * 1000 + rng.randint(0, 999)),
        "hsstatic": C.keep_or(rng, p.get("hsstatic"), 0.35, lambda: (
            (p.get("hsstatic") or (1180, 53, 290))[0] + rng.randint(3, 40),
            (p.get("hsstatic") or (1180, 53, 290))[1] + rng.randint(0, 2),
            (p.get("hsstatic") or (1180, 53, 290))[2] + rng.randint(1, 15))),
        "template": C.keep_or(rng, p.get("template"), 0.08,
                              lambda: C.epoch(when) * 1000 - rng.randint(86400000, 60 * 86400000)),
        "alert": alert,
        "cta": (rng.choice(VARIANTS), "AVxigL" + C.alnum(rng, 150, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                                            "0123456789-_")) if new else ("legacy",),
    }
    return st


LABELS = {
    "render": "hsVars render_id and ticks (per request)",
    "hsstatic": "hsstatic bundle versions (HubSpot releases)",
    "template": "template/module asset timestamps (designer edits)",
    "alert": "header alert bar promotion (monthly, Black Friday)",
    "cta": "call-to-action inside the policy rich text: legacy embed, then new CTA with A/B variant text and "
           "encryptedPayload per render",
}


def _cta(state):
    if state["cta"][0] == "legacy":
        return ('<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-%(g)s"><span '
                'class="hs-cta-node hs-cta-%(g)s" id="hs-cta-%(g)s"><!--[if lte IE 8]><div id="hs-cta-ie-element">'
                '</div><![endif]--><a href="https://cta-redirect.hubspot.com/cta/redirect/%(p)d/%(g)s" target="_blank"'
                ' rel="noopener"><img class="hs-cta-img" id="hs-cta-img-%(g)s" style="border-width:0px;" '
                'src="https://no-cache.hubspot.com/cta/default/%(p)d/%(g)s.png" alt="Agende uma visita gratuita"></a>'
                '</span><script charset="utf-8" src="https://js.hscta.net/cta/current.js"></script><script '
                'type="text/javascript"> hbspt.cta.load(%(p)d, \'%(g)s\', {"useNewLoader":"true","region":"na1"}); '
                '</script></span><!-- end HubSpot Call-to-Action Code --></p>' % {"g": LEGACY, "p": PORTAL})
    text, payload = state["cta"]
    return ('<div class="hs-web-interactive-inline" style="" data-hubspot-wrapper-cta-id="%(c)d"><style '
            'data-hubspot-cta-style="hs-inline-web-interactive-%(c)d">a.hs-inline-web-interactive-%(c)d {'
            '-webkit-font-smoothing: antialiased !important;cursor: pointer !important;display: inline-block '
            '!important;font-weight: 600 !important;text-align: center !important;text-decoration: none !important;'
            'border-radius: 24px !important;background: #2F6B3A !important;color: #ffffff !important;font-family: '
            'sans-serif !important;padding: 12px 28px;font-size: 17px !important;line-height: 1.4em !important;}'
            'a.hs-inline-web-interactive-%(c)d:hover {background: #24552d !important;}</style><a href="https://'
            'cta-service-cms2.hubspot.com/web-interactives/public/v1/track/redirect?encryptedPayload=%(e)s&amp;'
            'webInteractiveContentId=%(c)d&amp;portalId=%(p)d" class="hs-inline-web-interactive-%(c)d  " '
            'data-hubspot-cta-id="%(c)d">%(t)s</a></div>' % {"c": CTA_ID, "e": payload, "p": PORTAL, "t": K.esc(text)})


def _richtext(blocks, state):
    html_parts = []
    for b in blocks:
        if b[0] == "h2" and b[1].startswith("4."):
            html_parts.append(_cta(state))
        html_parts.append(K.render_blocks([b], addr=lambda lines, inl: "<p>%s</p>" % "<br>".join(inl(x) for x in lines)))
    return "\n".join(html_parts)


def render(state, blocks, when):
    rid, ticks = state["render"]
    cwv, i18n, tools = state["hsstatic"]
    tpl = state["template"]
    alert, aurl = state["alert"]
    nav = "".join('<li class="hs-menu-item hs-menu-depth-1"><a href="/%s" role="menuitem">%s</a></li>' % (u, t)
                  for t, u in [("Planos", "planos"), ("Salas de reunião", "salas-de-reuniao"),
                               ("Endereço fiscal", "endereco-fiscal"), ("Unidades", "unidades"),
                               ("Eventos", "eventos"), ("Blog", "blog")])
    return """<!doctype html><html lang="pt-br"><head>
    <meta charset="utf-8">
    <title>Política de Privacidade | Quintal Coworking</title>
    <link rel="shortcut icon" href="https://www.quintalcoworking.com.br/hubfs/quintal-favicon.png">
    <meta name="description" content="Saiba como a Quintal Coworking coleta, usa e protege os seus dados pessoais.">
    
    
    
    
    
    <meta name="viewport" content="width=device-width, initial-scale=1">

    
    <meta property="og:description" content="Saiba como a Quintal Coworking coleta, usa e protege os seus dados pessoais.">
    <meta property="og:title" content="Política de Privacidade | Quintal Coworking">
    <meta name="twitter:description" content="Saiba como a Quintal Coworking coleta, usa e protege os seus dados pessoais.">
    <meta name="twitter:title" content="Política de Privacidade | Quintal Coworking">

    

    
    <style>
a.cta_button{-moz-box-sizing:content-box !important;-webkit-box-sizing:content-box !important;box-sizing:content-box !important;vertical-align:middle}.hs-breadcrumb-menu{list-style-type:none;margin:0px 0px 0px 0px;padding:0px 0px 0px 0px}.hs-breadcrumb-menu-item{float:left;padding:10px 0px 10px 10px}
.hs-featured-image-link {border:0}.hs-featured-image{float:right;margin:0 0 20px 20px;max-width:50%%}
    </style>

<link rel="stylesheet" href="https://www.quintalcoworking.com.br/hubfs/hub_generated/template_assets/1/98765432101/%(tpl)d/template_main.min.css">
<link rel="stylesheet" href="https://www.quintalcoworking.com.br/hubfs/hub_generated/template_assets/1/98765432102/%(tpl2)d/template_theme-overrides.min.css">
<link rel="stylesheet" href="https://www.quintalcoworking.com.br/hubfs/hub_generated/module_assets/1/98765432105/%(tpl3)d/module_alert-bar.min.css">
    

    
<!--  Added by GoogleAnalytics4 integration -->
<script>
var _hsp = window._hsp = window._hsp || [];
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}

var useGoogleConsentModeV2 = true;
var waitForUpdateMillis = 1000;


if (!window._hsGoogleConsentRunOnce) {
  window._hsGoogleConsentRunOnce = true;

  gtag('consent', 'default', {
    'ad_storage': 'denied',
    'analytics_storage': 'denied',
    'ad_user_data': 'denied',
    'ad_personalization': 'denied',
    'wait_for_update': waitForUpdateMillis
  });
}

gtag('js', new Date());
gtag('config', 'G-QX4T7M2K9B');
</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-QX4T7M2K9B"></script>

<!-- /Added by GoogleAnalytics4 integration -->

    <link rel="canonical" href="https://www.quintalcoworking.com.br/politica-de-privacidade">


<meta property="og:url" content="https://www.quintalcoworking.com.br/politica-de-privacidade">
<meta name="twitter:card" content="summary">
<meta http-equiv="content-language" content="pt-br">






  <meta name="generator" content="HubSpot"></head>
  <body>
    <div class="body-wrapper   hs-content-id-%(pid)d hs-site-page page ">
      
        <div data-global-resource-path="quintal-theme/templates/partials/header.html"><header class="header">

  
  <a href="#main-content" class="header__skip">Pular para o conteúdo</a>

  <div id="hs_cos_wrapper_module_16783456789012" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"><div class="alert-bar alert-bar--green">
  <a class="alert-bar__link" href="%(aurl)s">%(alert)s</a>
</div></div>

  <div class="header__container content-wrapper">
    <div class="header__logo header__logo--main">
      <div id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module">
  <span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" style="" data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="/" id="hs-link-site_logo_hs_logo_widget" style="border-width:0px;border:0px;"><img src="https://www.quintalcoworking.com.br/hs-fs/hubfs/quintal-logo.png?width=180&amp;height=48&amp;name=quintal-logo.png" class="hs-image-widget " height="48" style="height: auto;width:180px;border-width:0px;border:0px;" width="180" alt="Quintal Coworking" title="Quintal Coworking"></a></span>
</div>
    </div>
    <div class="header__menu header__menu--desktop">
      <div id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<nav class="menu menu--desktop" aria-label="Menu principal">
  <ul class="menu__wrapper no-list">%(nav)s</ul>
</nav>
</div>
    </div>
    <div class="header__button"><a class="button" href="/agendar-visita">Agende uma visita</a></div>
  </div>

</header></div>
      

      
<main id="main-content" class="body-container-wrapper">
  
<div class="container-fluid body-container body-container--legal">
<div class="row-fluid-wrapper">
<div class="row-fluid">
<div class="span12 widget-span widget-type-cell " style="" data-widget-type="cell" data-x="0" data-w="12">

<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section">
<div class="row-fluid ">
<div class="span12 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="0" data-w="12">
<div id="hs_cos_wrapper_widget_1678901234567" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_widget_1678901234567_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text">%(richtext)s</span></div>

</div><!--end widget-span -->
</div><!--end row-->
</div><!--end row-wrapper -->

</div><!--end widget-span -->
</div>
</div>
</div>
</main>

      
        <div data-global-resource-path="quintal-theme/templates/partials/footer.html"><footer class="footer">
  <div class="footer__container content-wrapper">
    <div id="hs_cos_wrapper_footer_rich_text" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_footer_rich_text_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text"><p>Quintal Coworking · Pinheiros · Vila Madalena · Campinas</p>
<p><a href="/politica-de-privacidade">Política de Privacidade</a> · <a href="/termos-de-uso">Termos de uso</a> · <a href="javascript:;" onclick="_hsp.push(['showBanner'])">Configurações de cookies</a></p></span></div>
    <p class="footer__copyright">© %(year)d Quintal Coworking Ltda.</p>
  </div>
</footer></div>
      
    </div>
    
    
    
<!-- HubSpot performance collection script -->
<script defer src="/hs/hsstatic/content-cwv-embed/static-1.%(cwv)d/embed.js"></script>
<script src="https://www.quintalcoworking.com.br/hubfs/hub_generated/template_assets/1/98765432103/%(tpl)d/template_main.min.js"></script>
<script>
var hsVars = hsVars || {}; hsVars['language'] = 'pt-br';
</script>

<script src="/hs/hsstatic/cos-i18n/static-1.%(i18n)d/bundles/project.js"></script>
<script src="https://www.quintalcoworking.com.br/hubfs/hub_generated/module_assets/1/98765432106/%(tpl3)d/module_menu.min.js"></script>

<!-- Start of HubSpot Analytics Code -->
<script type="text/javascript">
var _hsq = _hsq || [];
_hsq.push(["setContentType", "standard-page"]);
_hsq.push(["setCanonicalUrl", "https:\\/\\/www.quintalcoworking.com.br\\/politica-de-privacidade"]);
_hsq.push(["setPageId", "%(pid)d"]);
_hsq.push(["setContentMetadata", {
    "contentPageId": %(pid)d,
    "legacyPageId": "%(pid)d",
    "contentFolderId": null,
    "contentGroupId": null,
    "abTestId": null,
    "languageVariantId": %(pid)d,
    "languageCode": "pt-br",
    
    
}]);
</script>

<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/%(portal)d.js"></script>
<!-- End of HubSpot Analytics Code -->


<script type="text/javascript">
var hsVars = {
    render_id: "%(rid)s",
    ticks: %(ticks)d,
    page_id: %(pid)d,
    
    content_group_id: 0,
    portal_id: %(portal)d,
    app_hs_base_url: "https://app.hubspot.com",
    cp_hs_base_url: "https://cp.hubspot.com",
    language: "pt-br",
    analytics_page_type: "standard-page",
    scp_content_type: "",
    
    analytics_page_id: "%(pid)d",
    category_id: 1,
    folder_id: 0,
    is_hubspot_user: false
}
</script>


<script defer src="/hs/hsstatic/HubspotToolsMenu/static-1.%(tools)d/js/index.js"></script>



  
</body></html>""" % {"tpl": tpl, "tpl2": tpl + 1731, "tpl3": tpl - 86400000 * 3 + 412, "pid": PAGE_ID,
                     "aurl": aurl, "alert": K.esc(alert), "nav": nav, "richtext": _richtext(blocks, state),
                     "year": when.year, "cwv": cwv, "i18n": i18n, "tools": tools, "portal": PORTAL, "rid": rid,
                     "ticks": ticks}


PAGE = {
    "service": "Quintal Coworking",
    "url": "https://www.quintalcoworking.com.br/politica-de-privacidade",
    "lang": "pt-BR",
    "platform": "HubSpot CMS (drag-and-drop page, rich-text module, CTAs)",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": [("Server", "cloudflare"), ("Cache-Control", "s-maxage=36000,max-age=5"),
                      ("x-hs-cache-config", "BrowserCache5sEdgeCache36000s"), ("x-hs-hub-id", str(PORTAL)),
                      ("x-hs-content-id", str(PAGE_ID)), ("Vary", "Accept-Encoding")],
    "n": 32,
    "start": dt.date(2023, 4, 1),
    "end": dt.date(2025, 2, 28),
    "hours": (0, 7, 12, 17),
    "policy": POLICY,
    "first_updated": dt.date(2022, 12, 5),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.quintalcoworking.com.br/politica-de-privacidade",
        "select": "main .hs_cos_wrapper_type_rich_text",
        "remove": [".hs-cta-wrapper", ".hs-web-interactive-inline"],
    },
}
