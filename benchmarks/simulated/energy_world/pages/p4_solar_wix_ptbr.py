"""Brazilian rooftop-solar installer on Wix (Thunderbolt renderer): the policy in two rich-text boxes of one page
section, with a strip between them holding the installer's live "energia gerada pelos nossos clientes" counter
(Velo code, rendered server-side) and a savings-simulator button; per-visit requestId/visitorId in the viewer
model, Thunderbolt bundle version and the hashed CSS class names of the components change with Wix releases,
siteRevision on each publish."""
import datetime as dt

import common as C

MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
          "novembro", "dezembro"]

URL = "https://www.soldocerradosolar.com.br/politica-de-privacidade"

POLICY = """
# Política de Privacidade

Última atualização: {UPDATED}

A Sol do Cerrado Energia Solar Ltda. ("Sol do Cerrado", "nós") projeta, instala e monitora sistemas de energia solar fotovoltaica para residências, comércios e propriedades rurais em Goiás e no Distrito Federal. Esta Política de Privacidade explica, de forma simples, quais dados pessoais coletamos, por que coletamos e como você pode exercer os seus direitos, nos termos da Lei Geral de Proteção de Dados Pessoais (Lei nº 13.709/2018, a "LGPD").

Ao solicitar um orçamento, contratar um sistema ou navegar em nosso site, você declara estar ciente das práticas descritas abaixo.

## 1. Quem é o controlador dos seus dados

@ Sol do Cerrado Energia Solar Ltda.
@ CNPJ 34.512.876/0001-09
@ Avenida T-63, nº 1.250, sala 804, Setor Bueno
@ Goiânia/GO, CEP 74230-100

Nosso Encarregado pelo Tratamento de Dados Pessoais (DPO) é o Sr. Rafael Martins Teixeira, que pode ser contatado pelo e-mail [privacidade@soldocerradosolar.com.br](mailto:privacidade@soldocerradosolar.com.br).

## 2. Quais dados coletamos

Coletamos apenas os dados necessários para oferecer nossos serviços:

- **Dados de cadastro**: nome completo, CPF ou CNPJ, telefone, e-mail e endereço da instalação;
- **Dados de consumo de energia**: cópia da conta de luz, número da unidade consumidora, histórico de consumo em kWh e classe tarifária;
- **Dados do imóvel**: fotos e medidas do telhado ou do terreno, padrão de entrada e localização por satélite;
- **Dados financeiros**: renda e informações bancárias, somente quando você opta por financiar o sistema;
- **Dados de monitoramento**: geração diária do sistema, alertas do inversor e dados de conexão do equipamento à internet;
- **Dados de navegação**: endereço IP, páginas visitadas, tipo de dispositivo e cookies.

Não coletamos intencionalmente dados de crianças e adolescentes. Nossos contratos são firmados apenas com pessoas maiores de 18 anos ou com empresas.

## 3. Para que usamos seus dados

Utilizamos seus dados para:

- elaborar a simulação de economia e a proposta comercial do seu sistema;
- realizar a visita técnica e o projeto elétrico;
- solicitar à concessionaria de energia o parecer de acesso e a homologação do sistema, conforme a Resolução Normativa ANEEL nº 1.000/2021 e a Lei nº 14.300/2022;
- encaminhar sua proposta de financiamento às instituições financeiras parceiras;
- emitir notas fiscais e cumprir obrigações legais e regulatórias;
- monitorar o desempenho do sistema e acionar a garantia quando houver falhas;
- enviar comunicações sobre manutenção preventiva e, com o seu consentimento, ofertas de produtos como baterias e carregadores para veículos elétricos.

## 4. Bases legais

Tratamos seus dados com base na execução de contrato ou de procedimentos preliminares a pedido do titular (art. 7º, V, da LGPD), no cumprimento de obrigação legal ou regulatória (art. 7º, II), no exercício regular de direitos (art. 7º, VI), na proteção do crédito (art. 7º, X), no legítimo interesse (art. 7º, IX), como no monitoramento para acionar garantias, e no seu consentimento (art. 7º, I), como para o envio de ofertas.

## 5. Com quem compartilhamos seus dados

Compartilhamos dados somente quando necessário:

- com a distribuidora de energia da sua região, para a homologação e a troca do medidor bidirecional;
- com instituições financeiras parceiras, como Banco do Brasil, Sicredi e BV, quando você solicita financiamento;
- com fabricantes de inversores e módulos, para o monitoramento remoto e o acionamento de garantias;
- com transportadoras, para a entrega dos equipamentos no local da obra;
- com prestadores de serviços de tecnologia, como hospedagem do site, CRM e e-mail;
- com autoridades públicas, quando exigido por lei ou ordem judicial.

%% parte2

## 6. Monitoramento do seu sistema

O inversor do seu sistema envia dados de geração para a plataforma do fabricante. Com a sua autorização no momento da instalação, nossa equipe técnica acessa esses dados para identificar quedas de desempenho, sujeira nos módulos ou falhas de comunicação. Não usamos os dados de geração para outros fins nem os vendemos a terceiros. Você pode revogar esse acesso a qualquer momento, pelo aplicativo do fabricante ou falando conosco, mas isso pode nos impedir de identificar falhas cobertas pela garantia.

## 7. Por quanto tempo guardamos seus dados

Guardamos os dados de clientes pelo período do contrato e da garantia dos equipamentos e, depois disso, pelo prazo necessário ao cumprimento de obrigações legais, fiscais e ao exercício de direitos em processos judiciais. Dados de monitoramento são mantidos por até 5 anos. Dados de quem solicitou orçamento e não fechou negócio são excluídos após 24 meses, salvo se você pedir antes.

## 8. Transferência internacional

Alguns fornecedores de tecnologia e fabricantes de inversores armazenam dados em servidores fora do Brasil, como na China, nos Estados Unidos e na União Europeia. Nesses casos, adotamos as salvaguardas previstas no art. 33 da LGPD, como cláusulas contratuais padrão.

## 9. Cookies

Nosso site é hospedado na plataforma Wix e usa cookies essenciais para funcionar. Com o seu consentimento, também usamos cookies de análise e de publicidade, como os do Google e da Meta. Você pode gerenciar suas preferências a qualquer momento no banner de cookies ou nas configurações do seu navegador.

## 10. Seus direitos

Você pode, a qualquer momento e gratuitamente, solicitar:

- a confirmação da existência de tratamento e o acesso aos seus dados;
- a correção de dados incompletos, inexatos ou desatualizados;
- a anonimização, o bloqueio ou a eliminação de dados desnecessários ou excessivos;
- a portabilidade dos dados a outro fornecedor;
- informações sobre o compartilhamento dos seus dados;
- a revogação do consentimento.

Para exercer seus direitos, envie um e-mail ao nosso Encarregado. Responderemos em até 15 dias. Você também pode apresentar reclamação à Autoridade Nacional de Proteção de Dados (ANPD).

## 11. Segurança

Adotamos medidas técnicas e administrativas para proteger seus dados, como controle de acesso, senhas fortes, autenticação em dois fatores e treinamento da equipe. Em caso de incidente de segurança que possa gerar risco ou dano relevante, comunicaremos você e a ANPD.

## 12. Alterações desta política

Podemos atualizar esta política para refletir mudanças em nossos serviços ou na legislação. A data da última atualização está sempre indicada no início desta página.
"""

EDITS = [
    {"note": "accent fixed: 'concessionaria' -> 'concessionária'", "bump": False,
     "repl": [("à concessionaria de energia", "à concessionária de energia")]},
    {"note": "Solfácil added to the partner banks",
     "repl": [("como Banco do Brasil, Sicredi e BV,", "como Banco do Brasil, Sicredi, BV e Solfácil,")]},
    {"note": "sentence added on WhatsApp Business conversations",
     "repl": [("- **Dados de navegação**: endereço IP, páginas visitadas, tipo de dispositivo e cookies.",
               "- **Dados de navegação**: endereço IP, páginas visitadas, tipo de dispositivo e cookies.\n\n"
               "Quando você fala conosco pelo WhatsApp, as mensagens, fotos e documentos que você envia ficam "
               "registrados no WhatsApp Business e em nosso CRM, para darmos continuidade ao seu atendimento.")]},
    {"note": "new DPO (name and e-mail)",
     "repl": [("é o Sr. Rafael Martins Teixeira, que pode ser contatado pelo e-mail "
               "[privacidade@soldocerradosolar.com.br](mailto:privacidade@soldocerradosolar.com.br).",
               "é a Sra. Juliana Prado Almeida, que pode ser contatada pelo e-mail "
               "[dpo@soldocerradosolar.com.br](mailto:dpo@soldocerradosolar.com.br).")]},
    {"note": "retention of monitoring data 5 -> 10 years",
     "repl": [("Dados de monitoramento são mantidos por até 5 anos.",
               "Dados de monitoramento são mantidos por até 10 anos, prazo da garantia de desempenho dos "
               "inversores.")]},
]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MONTHS[d.month - 1], d.year)


CLASS_SETS = [("HcOXKn SxM0TO QxJLC3 lq2cno YQcXTT", "Oqnisf", "xU8fqS", "1.13240.0", "main.8f1a33b5"),
              ("HcOXKn c9GqVL QxJLC3 lq2cno YQcXTT", "Oqnisf", "xU8fqS", "1.13712.0", "main.2c9d7e41"),
              ("HcOXKn c9GqVL QxJLC3 lq2cno ykHVn4", "Oqnisf", "xU8fqS", "1.14105.0", "main.b03f6a12"),
              ("HcOXKn c9GqVL QxJLC3 ykHVn4", "CohWsy", "Q7Kxac", "1.14388.0", "main.71e4d2c9")]


def noise(rng, when, i, prev):
    prev = prev or {}
    pb = prev.get("build")
    st = {"build": min((pb or 0) + 1, len(CLASS_SETS) - 1) if (pb is not None and rng.random() < 0.13) else (pb or 0)}
    st["republish"] = prev.get("republish", 0) + (1 if (i > 0 and rng.random() < 0.1) else 0)
    st["request"] = {"rid": "%d.%s" % (C.epoch(when), "".join(rng.choice("0123456789") for _ in range(18))),
                     "visitor": C.uuid4(rng), "bsi": C.uuid4(rng) + "|1"}
    days = (when - dt.datetime(2021, 1, 1)).days
    st["counter"] = {"mwh": 3100 + days * 9 + days * days // 250 + rng.randint(0, 8),
                     "sistemas": 1400 + days + days * days // 2200}
    return st


LABELS = {"build": "Thunderbolt bundle version and hashed component classes (Wix release)",
          "republish": "site republished without a change to this page (siteRevision)",
          "request": "requestId / visitorId / bsi in the viewer model (per visit)",
          "counter": "live 'energia gerada' / 'sistemas instalados' counter between the two text boxes"}


_PUBLISHED = {}


def _wix_rt(blocks):
    T = "wixui-rich-text__text"

    def text(raw):
        return C.html.escape(raw, quote=False)

    def bold(raw):
        return '<span style="font-weight:bold;" class="%s">%s</span>' % (T, text(raw))

    def link(url, label):
        return ('<span style="text-decoration:underline;" class="%s"><a href="%s" target="_self" class="%s">%s</a>'
                '</span>' % (T, C.html.escape(url), T, text(label)))

    def il(t):
        return C.inline_html(t, text, bold, link)
    out = []
    for kind, v in blocks:
        if kind == "h1":
            out.append('<h1 class="font_0 %s">%s</h1>' % (T, il(v)))
        elif kind == "h2":
            out.append('<p class="font_8 %s"><span class="wixGuard %s">&#8203;</span></p>' % (T, T))
            out.append('<h2 class="font_2 %s">%s</h2>' % (T, il(v)))
        elif kind == "p":
            out.append('<p class="font_8 %s">%s</p>' % (T, il(v)))
        elif kind == "ul":
            out.append('<ul class="font_8 %s">%s</ul>' % (T, "".join(
                '<li class="%s"><p class="font_8 %s">%s</p></li>' % (T, T, il(x)) for x in v)))
        elif kind == "addr":
            out.append('<p class="font_8 %s">%s</p>' % (T, "<br>".join(il(x) for x in v)))
        else:
            raise ValueError(kind)
    return "".join(out)


def _fmt_int(n):
    return "{:,}".format(n).replace(",", ".")


def render(state, blocks, when):
    segs = C.segments(blocks)
    a, b = segs["head"], segs["parte2"]
    rt, sec, hdr, vv, main = CLASS_SETS[state["build"]]
    rq = state["request"]
    ct = state["counter"]
    key = C.det_sha(repr(blocks))
    if key not in _PUBLISHED:
        _PUBLISHED[key] = len(_PUBLISHED)
    rev = 412 + 3 * _PUBLISHED[key] + state["republish"]  # each publish of the site bumps siteRevision
    box = lambda cid, inner: ('<div id="%s" class="%s %s wixui-rich-text" data-testid="richTextElement">%s</div>'
                              % (cid, rt, cid, inner))
    menu = "".join(
        '<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="https://www.soldocerradosolar.com.br%s" '
        'target="_self" class="UiHgGh"><div class="yRj2ms"><div class="" data-testid="linkElementContent"><p class="_pfxlW">%s'
        '</p></div></div></a></li>' % (h, l)
        for h, l in [("", "Início"), ("/residencial", "Residencial"), ("/empresas-e-agro", "Empresas e Agro"),
                     ("/como-funciona", "Como funciona"), ("/simulador", "Simulador"), ("/contato", "Contato")])
    return """<!DOCTYPE html>
<html lang="pt">
<head>
  <meta charset='utf-8'>
  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="generator" content="Wix.com Website Builder"/>

  <link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/8c1f2e_3b7d1a9e4c0f4d21b6a5e8f2c9d07b13%%7Emv2.png/v1/fill/w_192%%2Ch_192%%2Clg_1%%2Cusm_0.66_1.00_0.01/8c1f2e_3b7d1a9e4c0f4d21b6a5e8f2c9d07b13%%7Emv2.png" type="image/png"/>
  <link rel="shortcut icon" href="https://static.wixstatic.com/media/8c1f2e_3b7d1a9e4c0f4d21b6a5e8f2c9d07b13%%7Emv2.png/v1/fill/w_32%%2Ch_32%%2Clg_1%%2Cusm_0.66_1.00_0.01/8c1f2e_3b7d1a9e4c0f4d21b6a5e8f2c9d07b13%%7Emv2.png" type="image/png"/>

  <!-- Safari Pinned Tab Icon -->
  <!-- <link rel="mask-icon" href="https://static.wixstatic.com/media/8c1f2e_3b7d1a9e4c0f4d21b6a5e8f2c9d07b13%%7Emv2.png/v1/fill/w_32%%2Ch_32%%2Clg_1%%2Cusm_0.66_1.00_0.01/8c1f2e_3b7d1a9e4c0f4d21b6a5e8f2c9d07b13%%7Emv2.png"> -->

  <!-- Original trials -->

  <!-- Legacy Polyfills -->
  <script nomodule="" src="https://static.parastorage.com/unpkg/core-js-bundle@3.2.1/minified.js"></script>
  <script nomodule="" src="https://static.parastorage.com/unpkg/focus-within-polyfill@5.0.9/dist/focus-within-polyfill.js"></script>

  <!-- Performance API Polyfills -->
  <script>
  (function () {
    var noop = function noop() {};
    if ("performance" in window === false) {
      window.performance = {};
    }
    window.performance.mark = performance.mark || noop;
    window.performance.measure = performance.measure || noop;
    if ("now" in window.performance === false) {
      var nowOffset = Date.now();
      if (performance.timing && performance.timing.navigationStart) {
        nowOffset = performance.timing.navigationStart;
      }
      window.performance.now = function now() {
        return Date.now() - nowOffset;
      };
    }
  })();
  </script>

  <!-- Essential Viewer Model -->
  <script type="application/json" id="wix-essential-viewer-model">{"fleetConfig":{"fleetName":"thunderbolt-seo-renderer","type":"GA","code":0},"mode":{"qa":false,"enableTestApi":false,"debug":false,"ssrIndicator":false,"ssrOnly":false,"siteAssetsFallback":"enable","versionIndicator":false},"componentsLibrariesTopology":[{"artifactId":"editor-elements","namespace":"wixui","url":"https:\\/\\/static.parastorage.com\\/services\\/editor-elements\\/1.%(ee)s.0"},{"artifactId":"editor-elements","namespace":"dsgnsys","url":"https:\\/\\/static.parastorage.com\\/services\\/editor-elements\\/1.%(ee)s.0"}],"siteFeaturesConfigs":{"sessionManager":{"isRunningInDifferentSiteContext":false}},"language":{"userLanguage":"pt"},"siteAssets":{"clientTopology":{"mediaRootUrl":"https:\\/\\/static.wixstatic.com","staticMediaUrl":"https:\\/\\/static.wixstatic.com\\/media","moduleRepoUrl":"https:\\/\\/static.parastorage.com\\/unpkg","fileRepoUrl":"https:\\/\\/static.parastorage.com\\/services","siteAssetsUrl":"https:\\/\\/siteassets.parastorage.com","pageJsonServerUrls":["https:\\/\\/pages.parastorage.com","https:\\/\\/staticorigin.wixstatic.com","https:\\/\\/www.soldocerradosolar.com.br","https:\\/\\/fallback.wix.com\\/wix-html-editor-pages-webapp\\/page"],"pathOfTBModulesInFileRepoForFallback":"wix-thunderbolt\\/dist\\/"}},"siteFeatures":["accessibility","appMonitoring","assetsLoader","businessLogger","captcha","clickHandlerRegistrar","commonConfig","componentsLoader","componentsRegistry","consentPolicy","cyclicTabbing","domSelectors","environmentWixCodeSdk","environment","locationWixCodeSdk","mpaNavigation","navigationManager","navigationPhases","ooi","pages","panorama","renderer","reporter","router","scrollRestoration","seoWixCodeSdk","seo","sessionManager","siteMembersWixCodeSdk","siteMembers","siteScrollBlocker","siteWixCodeSdk","speculationRules","ssrCache","stores","structureApi","thunderboltInitializer","tpaCommons","translations","usedPlatformApis","warmupData","windowMessageRegistrar","windowWixCodeSdk","wixCustomElementComponent","wixEmbedsApi","componentsReact","platform"],"site":{"externalBaseUrl":"https:\\/\\/www.soldocerradosolar.com.br","isSEO":true},"media":{"staticMediaUrl":"https:\\/\\/static.wixstatic.com\\/media","mediaRootUrl":"https:\\/\\/static.wixstatic.com\\/","staticVideoUrl":"https:\\/\\/video.wixstatic.com\\/"},"requestUrl":"%(url)s","rollout":{"siteAssetsVersionsRollout":false,"isDACRollout":0,"isTBRollout":false},"commonConfig":{"brand":"wix","host":"VIEWER","bsi":"%(bsi)s","consentPolicy":{},"consentPolicyHeader":{},"siteRevision":"%(rev)d","renderingFlow":"NONE","language":"pt","locale":"pt-br"},"interactionSampleRatio":0.01,"dynamicModelUrl":"https:\\/\\/www.soldocerradosolar.com.br\\/_api\\/v2\\/dynamicmodel","accessTokensUrl":"https:\\/\\/www.soldocerradosolar.com.br\\/_api\\/v1\\/access-tokens","isExcludedFromSecurityExperiments":false,"experiments":{"specs.thunderbolt.hardenFetchAndXHR":true,"specs.thunderbolt.securityExperiments":true}}</script>
  <script>window.viewerModel = JSON.parse(document.getElementById('wix-essential-viewer-model').textContent)</script>

  <script>
    window.commonConfig = viewerModel.commonConfig
  </script>

  <script type="application/json" id="wix-fedops">{"data":{"site":{"metaSiteId":"5d7a2c31-8e4f-4b0a-9c62-1f3e7d9a2b48","userId":"8c1f2e6b-0a3d-4f71-b25e-94c8d3a1f076","siteId":"a4e91b07-3c2d-4e58-8f16-d9b0c7a2e543","externalBaseUrl":"https:\\/\\/www.soldocerradosolar.com.br","siteRevision":%(rev)d,"siteType":"UGC","dc":"uw2-edt-1","isEditor":false,"isMobileFriendly":true,"isPremium":true,"isResponsive":false,"isWixSite":false,"pageId":"mdg2k","sessionId":"%(visitor)s","requestId":"%(rid)s","viewerVersion":"%(vv)s","viewerName":"thunderbolt","siteMemberId":null,"isTBRollout":false}}}</script>
  <script>window.__browser_deprecation__=window.__browser_deprecation__||{}</script>
  <script src="https://static.parastorage.com/services/wix-thunderbolt/dist/%(main)s.bundle.min.js" async></script>

  <!-- renderIndicator -->

  <title>Política de Privacidade | Sol do Cerrado Energia Solar</title>
  <meta name="description" content="Saiba como a Sol do Cerrado Energia Solar trata os seus dados pessoais, conforme a LGPD."/>
  <link rel="canonical" href="%(url)s"/>
  <meta property="og:title" content="Política de Privacidade | Sol do Cerrado Energia Solar"/>
  <meta property="og:url" content="%(url)s"/>
  <meta property="og:site_name" content="Sol do Cerrado Energia Solar"/>
  <meta property="og:type" content="website"/>
  <meta name="twitter:card" content="summary_large_image"/>
  <meta name="twitter:title" content="Política de Privacidade | Sol do Cerrado Energia Solar"/>
  <!-- End of SEO tags -->

  <!-- Google tag (gtag.js) - Head Code -->
  <script async src="https://www.googletagmanager.com/gtag/js?id=AW-11029384756"></script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'AW-11029384756');</script>

  <style id="css_mdg2k">#mdg2k{width:auto;min-height:720px}.comp-lq8x2k3a{--min-height:1932px;--text-direction:var(--wix-opt-in-direction)}.comp-lq8x2k5c{--min-height:2210px;--text-direction:var(--wix-opt-in-direction)}</style>
</head>
<body>
<script type="text/javascript">
  var bodyCacheable = true;
</script>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP"><div id="pageBackground_mdg2k" data-media-height-override-type="" data-media-position-override="false" class="pageBackground_mdg2k BmZ5pC"><div id="bgLayers_pageBackground_mdg2k" data-hook="bgLayers" data-motion-part="BG_LAYER" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div><div id="bgMedia_pageBackground_mdg2k" data-motion-part="BG_MEDIA" class="VgO9Yg"></div></div></div></div></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope"><header id="SITE_HEADER" class="%(hdr)s SITE_HEADER wixui-header" tabindex="-1"><div class="Z0rvjd"><div class="VDSQYp"></div><div class="RbX3nb"></div></div><div class="ZJqkq7"><div class="m5ZRYC"></div><div class="n6Yobm"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content"><div id="comp-jz1t3ae2" class="j7pOnl wixui-image"><a data-testid="linkElement" href="https://www.soldocerradosolar.com.br" target="_self" class="j7pOnl"><wow-image id="img_comp-jz1t3ae2" class="HlRz5e BI8PVQ" data-image-info='{"containerId":"comp-jz1t3ae2","displayMode":"fit","targetWidth":188,"targetHeight":64,"isLQIP":false,"imageData":{"width":940,"height":320,"uri":"8c1f2e_0d5b8a3c9e714f6fa2d3b1c7e6f09a48~mv2.png","name":"logo-sol-do-cerrado.png","displayMode":"fit"}}' data-bg-effect-name="" data-has-ssr-src=""><img src="https://static.wixstatic.com/media/8c1f2e_0d5b8a3c9e714f6fa2d3b1c7e6f09a48~mv2.png/v1/fill/w_188,h_64,al_c,q_85,usm_0.66_1.00_0.01,enc_avif,quality_auto/logo-sol-do-cerrado.png" alt="Sol do Cerrado Energia Solar" style="width:188px;height:64px;object-fit:contain" width="188" height="64"/></wow-image></a></div><nav id="comp-jz1t3qpx" aria-label="Site" class="wixui-dropdown-menu"><ul class="hPa3Nx">%(menu)s</ul></nav></div></div></div></div></header><main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="mdg2k" class="dBAkHi theme-vars mdg2k"><div class="PFkO7r wN7ipY"></div><div class="HT5ybB"><div id="Containermdg2k" class="Containermdg2k SPY_vo"><div data-mesh-id="Containermdg2kinlineContent" data-testid="inline-content" class=""><div data-mesh-id="Containermdg2kinlineContent-gridContainer" data-testid="mesh-container-content"><section id="comp-lq8x2k0f" tabindex="-1" class="%(sec)s comp-lq8x2k0f wixui-section" data-block-level-container="ClassicSection"><div id="bgLayers_comp-lq8x2k0f" data-hook="bgLayers" data-motion-part="BG_LAYER" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div><div id="bgMedia_comp-lq8x2k0f" data-motion-part="BG_MEDIA" class="VgO9Yg"></div></div><div data-mesh-id="comp-lq8x2k0finlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-lq8x2k0finlineContent-gridContainer" data-testid="mesh-container-content">%(box_a)s<div id="comp-lq8x2k4b" class="%(sec)s comp-lq8x2k4b wixui-box"><div data-mesh-id="comp-lq8x2k4binlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-lq8x2k4binlineContent-gridContainer" data-testid="mesh-container-content"><div id="comp-lq8x2k4d" class="%(rt)s comp-lq8x2k4d wixui-rich-text" data-testid="richTextElement"><h3 class="font_4 wixui-rich-text__text"><span style="color:#F5A623;" class="wixui-rich-text__text">%(mwh)s MWh</span></h3><p class="font_8 wixui-rich-text__text">de energia limpa já gerados pelos sistemas dos nossos clientes</p><p class="font_8 wixui-rich-text__text">%(sist)s sistemas instalados em Goiás e no DF</p></div><div class="comp-lq8x2k4f R6ex7N wixui-button" id="comp-lq8x2k4f" aria-disabled="false"><a data-testid="linkElement" href="https://www.soldocerradosolar.com.br/simulador" target="_self" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Simule sua economia</span></a></div></div></div></div>%(box_b)s</div></div></section></div></div></div></div></div></div></main><footer id="SITE_FOOTER" class="%(hdr)s SITE_FOOTER wixui-footer" tabindex="-1"><div class="n6Yobm"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_FOOTERinlineContent-gridContainer" data-testid="mesh-container-content"><div id="comp-jz1t4k9m" class="%(rt)s comp-jz1t4k9m wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">© 2021 por Sol do Cerrado Energia Solar Ltda. CNPJ 34.512.876/0001-09</p><p class="font_9 wixui-rich-text__text">Av. T-63, 1.250, sala 804, Setor Bueno, Goiânia/GO · (62) 3091-4400</p></div><div id="comp-jz1t4kb1" class="%(rt)s comp-jz1t4kb1 wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text"><a href="https://www.soldocerradosolar.com.br/politica-de-privacidade" target="_self" class="wixui-rich-text__text">Política de Privacidade</a> | <a href="https://www.soldocerradosolar.com.br/termos-de-uso" target="_self" class="wixui-rich-text__text">Termos de Uso</a></p></div></div></div></div></footer></div></div><div id="SITE_BACKGROUND_bgLayers" class="MW5IWV"></div><a id="comp-whatsapp" class="whatsapp-float" href="https://wa.me/5562991234400?text=Ol%%C3%%A1%%2C%%20quero%%20um%%20or%%C3%%A7amento" target="_blank" rel="noopener" aria-label="Fale conosco pelo WhatsApp"><img src="https://static.wixstatic.com/media/8c1f2e_whatsapp-icon.png" alt="" width="60" height="60"/></a></div></div>
<div id="scroll-to-top" class="hidden"></div>
<!--pageHtmlEmbeds.bodyEnd start-->
<!--pageHtmlEmbeds.bodyEnd end-->
<script type="application/json" id="wix-warmup-data">{"platform":{"ssrPropsUpdates":[],"ssrStyleUpdates":[],"ssrStructureUpdates":[]},"ooi":{"failedInSsr":{}},"appsWarmupData":{}}</script>
</body>
</html>
""" % {"url": URL, "ee": vv.split(".")[1], "bsi": rq["bsi"], "rev": rev, "visitor": rq["visitor"],
       "rid": rq["rid"], "vv": vv, "main": main, "hdr": hdr, "sec": sec, "rt": rt, "menu": menu,
       "box_a": box("comp-lq8x2k3a", _wix_rt(a)), "box_b": box("comp-lq8x2k5c", _wix_rt(b)),
       "mwh": _fmt_int(ct["mwh"]), "sist": _fmt_int(ct["sistemas"])}


PAGE = {
    "service": "Sol do Cerrado Energia Solar",
    "url": URL,
    "lang": "pt-BR",
    "platform": "Wix (Thunderbolt renderer), two rich-text boxes in one section",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "Pepyaka"), ("X-Seen-By", "yvSunuo/8ld62ehjr5B7kA=="),
                      ("Content-Language", "pt")),
    "n": 28,
    "start": dt.date(2023, 1, 10),
    "end": dt.date(2025, 7, 20),
    "policy": POLICY,
    "first_updated": dt.date(2022, 9, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "gold_md": lambda b: C.blocks_md(C.without_markers(b), URL),
    "declaration": {"fetch": URL, "select": ["#comp-lq8x2k3a", "#comp-lq8x2k5c"]},
}
