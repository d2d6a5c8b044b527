"""Marola (Brazilian fashion department-store chain, São Paulo) - Brazilian Portuguese - VTEX IO store framework
(render-server SSR, store-theme blocks, vtex.rich-text rendering the policy's Markdown), behind Cloudflare; OneTrust.

The institutional page is a flex-layout row: a menu column and a content column
(`.vtex-flex-layout-0-x-flexCol--institucional-conteudo`) that holds the policy's rich-text block and, under it, a
second rich-text block with the WhatsApp service status ("Online agora" / "Fora do horário de atendimento", from
the store's business hours) - the declaration selects the column and removes that block. Outside: the promo bar
(Liquida, Dia das Mães, Black Friday... with a countdown), the free-shipping threshold and instalment / Pix message,
Cloudflare's challenge-platform snippet (ray id and timestamp per request), and the app versions in the asset
bundle URLs and __RUNTIME__ (which also carries the policy's Markdown as the block's `text` prop).
"""
import datetime as dt
import html
import json

import common as C

URL = "https://www.marola.com.br/institucional/politica-de-privacidade"
BC = "politica-privacidade"

POLICY = """
# Política de Privacidade

Atualizada em {UPDATED}

A Lojas Marola S.A. ("Marola", "nós") respeita a sua privacidade e está comprometida com a proteção dos seus dados pessoais, em conformidade com a Lei nº 13.709/2018, a Lei Geral de Proteção de Dados Pessoais (LGPD). Esta Política explica como coletamos, usamos, compartilhamos e protegemos os seus dados quando você navega em nosso site e aplicativo, compra em nossas lojas físicas, participa do programa Marola Mais ou utiliza o Cartão Marola.

## 1. Quem é o controlador dos seus dados

@ Lojas Marola S.A.
@ CNPJ 08.417.562/0001-90
@ Rua Voluntários da Pátria, 1.850, Santana, São Paulo/SP, CEP 02011-200

Nosso Encarregado pelo Tratamento de Dados Pessoais (DPO) pode ser contatado pelo e-mail [privacidade@marola.com.br](mailto:privacidade@marola.com.br).

## 2. Quais dados coletamos

- **Dados cadastrais**: nome completo, CPF, data de nascimento, gênero, e-mail, telefone celular e endereço.
- **Dados de compra**: produtos adquiridos, tamanhos, lojas e canais de compra, forma de pagamento, trocas e devoluções.
- **Dados financeiros**: dados do Cartão Marola, limite de crédito, histórico de pagamentos e informações de análise de crédito, quando você solicita o cartão ou o crediário.
- **Dados de navegação**: endereço IP, identificadores do dispositivo, páginas visitadas, produtos vistos e adicionados à sacola, coletados por meio de cookies e tecnologias semelhantes.
- **Dados de atendimento**: conversas com nossa central de atendimento, inclusive pelo WhatsApp, e avaliações de produtos.

Os dados dos cartões de pagamento são processados diretamente pelos intermediadores de pagamento e não ficam armazenados em nossos sistemas.

### Como coletamos

Coletamos dados diretamente de você, quando preenche cadastros, faz compras ou fala com a nossa central; automaticamente, por meio de cookies e tecnologias semelhantes durante a navegação; e de terceiros, como birôs de crédito e parceiros de meios de pagamento, quando necessário para a análise de crédito e a prevenção a fraudes.

### Dados de crianças e adolescentes

Nossos produtos infantis são comprados por adultos. Não coletamos intencionalmente dados de crianças e, quando informações de crianças forem necessárias, como nome e tamanho para presentes ou para a lista de aniversário, elas são fornecidas pelos pais ou responsáveis e tratadas no seu melhor interesse, nos termos do art. 14 da LGPD.

## 3. Para que usamos seus dados

| Finalidade | Base legal (LGPD) |
| Processar pedidos, pagamentos, entregas, trocas e devoluções | Execução de contrato (art. 7º, V) |
| Retirada em loja e avisos sobre o pedido por e-mail, SMS ou WhatsApp | Execução de contrato (art. 7º, V) |
| Concessão e gestão do Cartão Marola e do crediário | Execução de contrato e proteção do crédito (art. 7º, V e X) |
| Programa de relacionamento Marola Mais (cashback e benefícios) | Execução de contrato (art. 7º, V) |
| Envio de ofertas e novidades | Consentimento (art. 7º, I) ou legítimo interesse (art. 7º, IX) |
| Personalização da vitrine e recomendações de produtos | Legítimo interesse (art. 7º, IX) |
| Prevenção a fraudes e segurança das transações | Legítimo interesse e prevenção à fraude (art. 11, II, g) |
| Cumprimento de obrigações fiscais e regulatórias | Cumprimento de obrigação legal (art. 7º, II) |

## 4. Com quem compartilhamos seus dados

Compartilhamos dados pessoais somente quando necessário para as finalidades acima, com:

- transportadoras e operadores logísticos responsáveis pela entrega dos pedidos;
- intermediadores e processadores de pagamento, inclusive para pagamentos via Pix e boleto;
- a instituição financeira parceira emissora do Cartão Marola e birôs de crédito;
- a VTEX, plataforma de comércio eletrônico que hospeda nossa loja virtual, e demais fornecedores de tecnologia;
- empresas de marketing e mídia digital, de forma agregada ou pseudonimizada sempre que possível;
- autoridades públicas, mediante requisição legal ou ordem judicial.

## 5. Transferência internacional

Alguns de nossos fornecedores de tecnologia armazenam dados em servidores localizados fora do Brasil, como nos Estados Unidos. Nesses casos, adotamos as garantias previstas no art. 33 da LGPD, como cláusulas contratuais que asseguram um nível de proteção adequado.

## 6. Por quanto tempo guardamos seus dados

Mantemos seus dados pelo tempo necessário para cumprir as finalidades desta Política e as obrigações legais. Por exemplo, os dados de compra são mantidos por 5 anos para fins fiscais e de defesa do consumidor, e os registros de acesso ao site por 6 meses, conforme o Marco Civil da Internet. Dados utilizados com base no seu consentimento são eliminados quando você o revogar, salvo se houver outra base legal para a sua manutenção.

## 7. Seus direitos

Nos termos do art. 18 da LGPD, você pode, a qualquer momento:

- confirmar a existência de tratamento e acessar seus dados;
- corrigir dados incompletos, inexatos ou desautalizados;
- solicitar a anonimização, o bloqueio ou a eliminação de dados desnecessários ou excessivos;
- solicitar a portabilidade dos seus dados a outro fornecedor;
- obter informações sobre com quem compartilhamos seus dados;
- revogar o consentimento e ser informado sobre as consequências de não fornecê-lo;
- solicitar a revisão de decisões tomadas unicamente com base em tratamento automatizado, como a análise de crédito.

Para exercer seus direitos, acesse a área "Minha Conta" > "Privacidade" ou escreva para [privacidade@marola.com.br](mailto:privacidade@marola.com.br). Você também pode apresentar reclamação à Autoridade Nacional de Proteção de Dados (ANPD).

## 8. Cookies

Utilizamos cookies necessários ao funcionamento do site e, com a sua autorização, cookies de desempenho e de publicidade. Você pode gerenciar suas preferências a qualquer momento pelo banner de cookies ou nas configurações do seu navegador.

## 9. Segurança

Adotamos medidas técnicas e administrativas para proteger seus dados, como criptografia, controle de acesso e monitoramento contínuo. Nunca pedimos senhas ou códigos de verificação por telefone, e-mail ou WhatsApp.

## 10. Alterações desta Política

Esta Política pode ser atualizada periodicamente. Recomendamos que você a consulte sempre que acessar nossos canais. Em caso de alterações relevantes, avisaremos por e-mail ou por aviso em destaque no site.
"""

EDITS = [
    {"note": "a recipient added: partner marketplaces (Mercado Livre, Amazon)",
     "repl": [("- autoridades públicas, mediante requisição legal ou ordem judicial.",
               "- plataformas de marketplace parceiras, como Mercado Livre e Amazon, quando você compra nossos produtos "
               "por esses canais;\n- autoridades públicas, mediante requisição legal ou ordem judicial.")]},
    {"note": "typo fixed: 'desautalizados' -> 'desatualizados' (date not changed)", "bump": False,
     "repl": [("inexatos ou desautalizados;", "inexatos ou desatualizados;")]},
    {"note": "DPO named, own e-mail and a toll-free number",
     "repl": [("Nosso Encarregado pelo Tratamento de Dados Pessoais (DPO) pode ser contatado pelo e-mail "
               "[privacidade@marola.com.br](mailto:privacidade@marola.com.br).",
               "Nossa Encarregada pelo Tratamento de Dados Pessoais (DPO) é Fernanda Albuquerque Rios, que pode ser "
               "contatada pelo e-mail [dpo@marola.com.br](mailto:dpo@marola.com.br) ou pelo telefone 0800 591 2040.")]},
    {"note": "retention of purchase data: 5 -> 10 years (Civil Code limitation period)",
     "repl": [("os dados de compra são mantidos por 5 anos para fins fiscais e de defesa do consumidor,",
               "os dados de compra são mantidos por 10 anos, prazo geral de prescrição previsto no Código Civil,")]},
    {"note": "international transfers: ANPD standard contractual clauses (Resolução CD/ANPD nº 19/2024)",
     "repl": [("como cláusulas contratuais que asseguram um nível de proteção adequado.",
               "em especial as cláusulas-padrão contratuais aprovadas pela ANPD na Resolução CD/ANPD nº 19/2024, "
               "incorporadas aos contratos com esses fornecedores.")]},
]

MESES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
         "novembro", "dezembro"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


def _local(when):
    return when - dt.timedelta(hours=3)  # Brasília


def _campaign(when):
    loc = _local(when)
    y, m, d = loc.year, loc.month, loc.day
    if m == 11:
        return ("Black Friday Marola: até 70% off", dt.datetime(y, 11, 30, 23, 59, 59))
    if m in (1, 7):
        return ("Liquida Marola: até 60% off em moda feminina, masculina e infantil", dt.datetime(y, m, 31, 23, 59, 59))
    if m == 5 and d <= 14:
        return ("Dia das Mães: presentes com até 40% off", dt.datetime(y, 5, 14, 23, 59, 59))
    if m == 6 and d <= 12:
        return ("Dia dos Namorados: 2ª peça com 50% off", dt.datetime(y, 6, 12, 23, 59, 59))
    if m == 12 and d <= 24:
        return ("Natal Marola: frete grátis para todo o Brasil", dt.datetime(y, 12, 24, 23, 59, 59))
    return None


def _shipping(when):
    d = when.date()
    if d < dt.date(2022, 8, 1):
        return "199"
    if d < dt.date(2023, 10, 1):
        return "249"
    return "299"


def _installments(when):
    return "6x sem juros" if when.date() < dt.date(2023, 3, 1) else "10x sem juros"


def noise(rng, when, i, prev):
    p = prev or {}
    camp = _campaign(when)
    if camp:
        left = camp[1] - _local(when)
        cd = "%dd %02dh %02dm" % (left.days, left.seconds // 3600, left.seconds % 3600 // 60)
        camp = (camp[0], cd)
    loc = _local(when)
    open_now = (loc.weekday() < 6 and 8 <= loc.hour < 20) or (loc.weekday() == 6 and 10 <= loc.hour < 16)

    def apps():
        prev_apps = p.get("apps") or (8, 128, 3, 170, 4, 9)
        return (prev_apps[0], prev_apps[1] + rng.randint(1, 6), prev_apps[2], prev_apps[3] + rng.randint(1, 5),
                prev_apps[4], prev_apps[5] + rng.randint(0, 2))
    return {
        "cf": (C.hexs(rng, 16), C.b64tok(rng, 15)),
        "campaign": camp,
        "shipping": (_shipping(when), _installments(when)),
        "whatsapp": open_now,
        "apps": C.keep_or(rng, p.get("apps"), 0.2, apps),
    }


LABELS = {"cf": "Cloudflare challenge-platform snippet (ray id, timestamp per request)",
          "campaign": "promo bar campaign and countdown",
          "shipping": "free-shipping threshold and instalments message",
          "whatsapp": "WhatsApp service status block (inside the column, removed by the declaration)",
          "apps": "VTEX app versions in bundle URLs and __RUNTIME__ (deploys)"}


def _cls(kind, extra=""):
    base = "vtex-rich-text-0-x-%s vtex-rich-text-0-x-%s--%s" % (kind, kind, BC)
    return (extra + " " + base).strip()


def _inline(t):
    return C.inline_html(t, bold=lambda raw: '<strong class="%s">%s</strong>' % (_cls("strong"), html.escape(raw, quote=False)),
                         link=lambda url, label: '<a class="%s" href="%s">%s</a>' % (_cls("link"), html.escape(url),
                                                                                     html.escape(label, quote=False)))


def _rich(blocks):
    out = []
    for k, v in blocks:
        if k in ("h1", "h2", "h3"):
            n = int(k[1])
            out.append('<%s class="lh-copy %s %s vtex-rich-text-0-x-heading-level-%d">%s</%s>' % (
                k, _cls("heading"), _cls("headingLevel%d" % n), n, _inline(v), k))
        elif k == "p":
            out.append('<p class="%s">%s</p>' % (_cls("paragraph", "lh-copy"), _inline(v)))
        elif k == "addr":
            out.append('<p class="%s">%s</p>' % (_cls("paragraph", "lh-copy"), "<br/>".join(_inline(x) for x in v)))
        elif k == "ul":
            out.append('<ul class="%s">%s</ul>' % (_cls("list"), "".join(
                '<li class="%s">%s</li>' % (_cls("listItem"), _inline(x)) for x in v)))
        elif k == "table":
            head = "".join('<th class="%s">%s</th>' % (_cls("tableTh"), _inline(x)) for x in v[0])
            body = "".join('<tr class="%s">%s</tr>' % (_cls("tableTr"), "".join(
                '<td class="%s">%s</td>' % (_cls("tableTd"), _inline(x)) for x in r)) for r in v[1:])
            out.append('<table class="%s"><thead class="%s"><tr class="%s">%s</tr></thead><tbody class="%s">%s</tbody>'
                       '</table>' % (_cls("table"), _cls("tableHead"), _cls("tableTr"), head, _cls("tableBody"), body))
        else:
            raise ValueError(k)
    return "".join(out)


def _md_src(blocks):
    """The block's `text` prop as the store team typed it in the Site Editor."""
    out = []
    for k, v in blocks:
        if k in ("h1", "h2", "h3"):
            out.append("#" * int(k[1]) + " " + v)
        elif k == "p":
            out.append(v)
        elif k == "addr":
            out.append("  \n".join(v))
        elif k == "ul":
            out.append("\n".join("- " + x for x in v))
        elif k == "table":
            rows = ["| " + " | ".join(r) + " |" for r in v]
            rows.insert(1, "|" + "---|" * len(v[0]))
            out.append("\n".join(rows))
    return "\n\n".join(out)


def _js(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c").replace(">", "\\u003e")


def render(s, blocks, when):
    rr_maj, rr_min, sc_maj, sc_min, th_maj, th_min = s["apps"]
    rr = "%d.%d.%d" % (rr_maj, rr_min, 1)
    sc = "%d.%d.%d" % (sc_maj, sc_min, 0)
    theme = "marola.store-theme@%d.%d.0" % (th_maj, th_min)
    ray, cft = s["cf"]
    ship, inst = s["shipping"]
    if s["campaign"]:
        promo = ('<div class="vtex-rich-text-0-x-container vtex-rich-text-0-x-container--promo-bar flex tc items-center '
                 'justify-center t-body c-on-base"><div class="vtex-rich-text-0-x-wrapper vtex-rich-text-0-x-wrapper--promo-bar">'
                 '<p class="lh-copy vtex-rich-text-0-x-paragraph vtex-rich-text-0-x-paragraph--promo-bar">%s &middot; '
                 'termina em <strong class="vtex-rich-text-0-x-strong vtex-rich-text-0-x-strong--promo-bar">%s</strong></p>'
                 '</div></div>' % s["campaign"])
    else:
        promo = ('<div class="vtex-rich-text-0-x-container vtex-rich-text-0-x-container--promo-bar flex tc items-center '
                 'justify-center t-body c-on-base"><div class="vtex-rich-text-0-x-wrapper vtex-rich-text-0-x-wrapper--promo-bar">'
                 '<p class="lh-copy vtex-rich-text-0-x-paragraph vtex-rich-text-0-x-paragraph--promo-bar">Novidades toda '
                 'semana &middot; troca grátis em qualquer loja Marola</p></div></div>')
    if s["whatsapp"]:
        wa = ("**Atendimento pelo WhatsApp: online agora**", "Fale com a nossa equipe pelo (11) 4003-7420.")
    else:
        wa = ("**Atendimento pelo WhatsApp: fora do horário**",
              "Atendemos de segunda a sábado, das 8h às 20h, e aos domingos, das 10h às 16h. Deixe sua mensagem no (11) 4003-7420.")
    wa_html = ('<div class="vtex-rich-text-0-x-container vtex-rich-text-0-x-container--atendimento-whatsapp flex tl '
               'items-start justify-start t-body c-on-base"><div class="vtex-rich-text-0-x-wrapper '
               'vtex-rich-text-0-x-wrapper--atendimento-whatsapp">%s</div></div>' % "".join(
                   '<p class="lh-copy vtex-rich-text-0-x-paragraph vtex-rich-text-0-x-paragraph--atendimento-whatsapp">%s</p>'
                   % C.inline_html(x) for x in wa))
    menu = "".join(
        '<li class="list vtex-menu-2-x-menuItem vtex-menu-2-x-menuItem--institucional-menu"><div class="vtex-menu-2-x-styledLinkContainer">'
        '<a href="/institucional/%s" class="vtex-menu-2-x-styledLink vtex-menu-2-x-styledLink--institucional-menu%s">'
        '<div class="vtex-menu-2-x-styledLinkContent">%s</div></a></div></li>' % (
            slug, " vtex-menu-2-x-styledLink--active" if slug == "politica-de-privacidade" else "", lab)
        for slug, lab in (("sobre-a-marola", "Sobre a Marola"), ("nossas-lojas", "Nossas lojas"),
                          ("trocas-e-devolucoes", "Trocas e devoluções"), ("entregas", "Entregas"),
                          ("cartao-marola", "Cartão Marola"), ("politica-de-privacidade", "Política de privacidade"),
                          ("termos-de-uso", "Termos de uso"), ("fale-conosco", "Fale conosco")))
    runtime = {
        "account": "marola", "workspace": "master", "production": True, "platform": "vtex",
        "binding": {"id": "4f1c7a2e-9b3d-4e5f-a6c7-d8e9f0a1b2c3", "canonicalBaseAddress": "www.marola.com.br"},
        "culture": {"availableLocales": [], "country": "BRA", "currency": "BRL", "language": "pt", "locale": "pt-BR",
                    "customCurrencyDecimalDigits": None, "customCurrencySymbol": "R$"},
        "route": {"domain": "store", "id": "store.custom#institucional-politica-de-privacidade",
                  "pageContext": {"id": "store.custom#institucional-politica-de-privacidade", "type": "route"},
                  "params": {}, "path": "/institucional/politica-de-privacidade", "routeId": "store.custom#institucional-politica-de-privacidade"},
        "runtimeMeta": {"appName": "vtex.render-runtime", "appVersion": rr, "config": {}},
        "extensions": {
            "store.custom#institucional-politica-de-privacidade/flex-layout.row#institucional/flex-layout.col#institucional-conteudo/rich-text#politica-privacidade": {
                "after": [], "around": [], "before": [], "blockId": "%s:rich-text#politica-privacidade" % theme,
                "blocks": [], "component": "vtex.rich-text@0.16.0/index", "context": {"component": "vtex.rich-text@0.16.0/index"},
                "props": {"blockClass": BC, "textAlignment": "LEFT", "textPosition": "LEFT", "text": _md_src(blocks)},
                "render": "server", "track": [], "title": "Política de privacidade"},
            "store.custom#institucional-politica-de-privacidade/flex-layout.row#institucional/flex-layout.col#institucional-conteudo/rich-text#atendimento-whatsapp": {
                "blockId": "%s:rich-text#atendimento-whatsapp" % theme, "component": "marola.whatsapp-status@1.3.2/StatusRichText",
                "props": {"blockClass": "atendimento-whatsapp"}, "render": "server"},
        },
        "segmentToken": "eyJjYW1wYWlnbnMiOm51bGwsImNoYW5uZWwiOiIxIiwicHJpY2VUYWJsZXMiOm51bGwsInJlZ2lvbklkIjpudWxsLCJ1dG1fY2FtcGFpZ24iOm51bGwsInV0bV9zb3VyY2UiOm51bGwsInV0bWlfY2FtcGFpZ24iOm51bGwsImN1cnJlbmN5Q29kZSI6IkJSTCIsImN1cnJlbmN5U3ltYm9sIjoiUiQiLCJjb3VudHJ5Q29kZSI6IkJSQSIsImN1bHR1cmVJbmZvIjoicHQtQlIiLCJjaGFubmVsUHJpdmFjeSI6InB1YmxpYyJ9",
        "settings": {"vtex.store": {"storeName": "Marola", "titleTag": "Marola | Moda para toda a família",
                                     "enableOrderFormOptimization": True}},
    }
    title = blocks[0][1]
    return """<!DOCTYPE html>
<html lang="pt-BR">
<head>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="generator" content="vtex.render-server@8.179.0">
  <meta charset='utf-8'>
  <link rel="preconnect" href="https://marola.vtexassets.com">
  <link rel="dns-prefetch" href="https://marola.vtexassets.com">
  <title>{title} | Marola</title>
  <meta name="description" content="Saiba como a Marola coleta, usa e protege seus dados pessoais, em conformidade com a LGPD.">
  <meta name="copyright" content="Marola">
  <link rel="canonical" href="{url}">
  <link rel="stylesheet" type="text/css" href="https://marola.vtexassets.com/_v/public/assets/v1/bundle/css/asset.min.css?v=3&files=theme,{theme}$style.common,{theme}$style.small,{theme}$style.notsmall,{theme}$style.large&files=fonts,989db2448f309bfdd99b513f37c84b8f5794d2b5&files=npm,animate.css@3.7.0/animate.min.css&files=react~vtex.render-runtime@{rr},common&files=react~vtex.store-components@{sc},Container&files=react~vtex.rich-text@0.16.0,index&files=react~vtex.flex-layout@0.21.5,0,FlexLayout&files=react~vtex.store-header@2.30.0,0,Header&files=react~vtex.minicart@2.68.0,Minicart&files=overrides,vtex.product-list@0.37.4$overrides,{theme}$overrides,{theme}$fonts&workspace=master">
  <!-- OneTrust Cookies Consent Notice start for marola.com.br -->
  <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8" data-domain-script="0189e2b4-7c5a-7d3e-b1f0-5a6c7d8e9f01"></script>
  <script type="text/javascript">function OptanonWrapper() {{ }}</script>
  <!-- OneTrust Cookies Consent Notice end for marola.com.br -->
  <script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='//www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-MRL7Q2B');</script>
</head>
<body class="bg-base">
  <div id="styles_overrides"></div>
  <div class="render-container render-route-store-custom-institucional-politica-de-privacidade">
    <div class="render-provider">
      <div class="vtex-store__template bg-base">
        <div class="flex flex-column min-vh-100 w-100">
          <div class="vtex-store-header-2-x-headerStickyRow vtex-store-header-2-x-headerStickyRow--main-header sticky z-999" style="top:0px">
            <div class="vtex-flex-layout-0-x-flexRow vtex-flex-layout-0-x-flexRow--promo-bar"><section class="vtex-store-components-3-x-container ph3 ph5-m ph2-xl mw9 center "><div class="flex mt0 mb0 pt0 pb0 justify-center vtex-flex-layout-0-x-flexRowContent vtex-flex-layout-0-x-flexRowContent--promo-bar items-stretch w-100">{promo}</div></section></div>
            <div class="vtex-flex-layout-0-x-flexRow vtex-flex-layout-0-x-flexRow--info-bar"><section class="vtex-store-components-3-x-container ph3 ph5-m ph2-xl mw9 center "><div class="flex mt0 mb0 pt0 pb0 justify-between vtex-flex-layout-0-x-flexRowContent vtex-flex-layout-0-x-flexRowContent--info-bar items-stretch w-100"><span class="vtex-store-components-3-x-infoBarText">Frete grátis acima de R$ {ship}</span><span class="vtex-store-components-3-x-infoBarText">Em até {inst} no cartão ou 5% off no Pix</span><span class="vtex-store-components-3-x-infoBarText">Retire grátis em 1 hora na loja</span></div></section></div>
            <div class="vtex-flex-layout-0-x-flexRow vtex-flex-layout-0-x-flexRow--main-header"><section class="vtex-store-components-3-x-container ph3 ph5-m ph2-xl mw9 center "><div class="flex mt0 mb0 pt0 pb0 justify-between vtex-flex-layout-0-x-flexRowContent vtex-flex-layout-0-x-flexRowContent--main-header items-center w-100">
              <a class="vtex-store-components-3-x-logoLink" href="/"><img class="vtex-store-components-3-x-logoImage" src="https://marola.vtexassets.com/assets/vtex/assets-builder/{theme}/assets/logo-marola___5b2f1d0e.svg" alt="Marola" width="150"></a>
              <nav class="vtex-menu-2-x-menuContainerNav vtex-menu-2-x-menuContainerNav--main-menu"><ul class="vtex-menu-2-x-menuContainer list flex pl0 mv0 flex-row"><li class="list vtex-menu-2-x-menuItem"><a href="/feminino" class="vtex-menu-2-x-styledLink">Feminino</a></li><li class="list vtex-menu-2-x-menuItem"><a href="/masculino" class="vtex-menu-2-x-styledLink">Masculino</a></li><li class="list vtex-menu-2-x-menuItem"><a href="/infantil" class="vtex-menu-2-x-styledLink">Infantil</a></li><li class="list vtex-menu-2-x-menuItem"><a href="/calcados" class="vtex-menu-2-x-styledLink">Calçados</a></li><li class="list vtex-menu-2-x-menuItem"><a href="/casa" class="vtex-menu-2-x-styledLink">Casa</a></li><li class="list vtex-menu-2-x-menuItem"><a href="/ofertas" class="vtex-menu-2-x-styledLink">Ofertas</a></li></ul></nav>
              <div class="vtex-store-components-3-x-searchBarContainer"><input class="vtex-styleguide-9-x-input" placeholder="O que você procura?" type="text" value=""></div>
              <div class="vtex-login-2-x-container"><button class="vtex-login-2-x-button">Entrar</button></div>
              <div class="vtex-minicart-2-x-minicartWrapperContainer"><button class="vtex-minicart-2-x-openIconContainer" aria-label="Sacola"><span class="vtex-minicart-2-x-minicartQuantityBadge">0</span></button></div>
            </div></section></div>
          </div>
          <div class="flex flex-grow-1 w-100 flex-column">
            <div class="vtex-flex-layout-0-x-flexRow vtex-flex-layout-0-x-flexRow--institucional"><section class="vtex-store-components-3-x-container ph3 ph5-m ph2-xl mw9 center "><div class="flex mt0 mb0 pt0 pb0 justify-start vtex-flex-layout-0-x-flexRowContent vtex-flex-layout-0-x-flexRowContent--institucional items-stretch w-100">
              <div class="pr7 items-stretch vtex-flex-layout-0-x-stretchChildrenWidth flex" style="width:25%"><div class="vtex-flex-layout-0-x-flexCol vtex-flex-layout-0-x-flexCol--institucional-menu ml0 mr0 pl0 pr0 flex flex-column h-100 w-100"><div class="vtex-flex-layout-0-x-flexColChild vtex-flex-layout-0-x-flexColChild--institucional-menu pb0"><nav class="vtex-menu-2-x-menuContainerNav vtex-menu-2-x-menuContainerNav--institucional-menu"><ul class="vtex-menu-2-x-menuContainer vtex-menu-2-x-menuContainer--institucional-menu list flex pl0 mv0 flex-column">{menu}</ul></nav></div></div></div>
              <div class="pr0 items-stretch vtex-flex-layout-0-x-stretchChildrenWidth flex" style="width:75%"><div class="vtex-flex-layout-0-x-flexCol vtex-flex-layout-0-x-flexCol--institucional-conteudo ml0 mr0 pl0 pr0 flex flex-column h-100 w-100"><div class="vtex-flex-layout-0-x-flexColChild vtex-flex-layout-0-x-flexColChild--institucional-conteudo pb0"><div class="vtex-rich-text-0-x-container vtex-rich-text-0-x-container--{bc} flex tl items-start justify-start t-body c-on-base"><div class="vtex-rich-text-0-x-wrapper vtex-rich-text-0-x-wrapper--{bc}">{policy}</div></div></div><div class="vtex-flex-layout-0-x-flexColChild vtex-flex-layout-0-x-flexColChild--institucional-conteudo pb0">{wa}</div></div></div>
            </div></section></div>
          </div>
          <footer class="vtex-store-footer-2-x-footerLayout">
            <div class="vtex-flex-layout-0-x-flexRow vtex-flex-layout-0-x-flexRow--footer"><section class="vtex-store-components-3-x-container ph3 ph5-m ph2-xl mw9 center "><div class="flex mt0 mb0 pt0 pb0 justify-between vtex-flex-layout-0-x-flexRowContent vtex-flex-layout-0-x-flexRowContent--footer items-stretch w-100">
              <div class="vtex-rich-text-0-x-container vtex-rich-text-0-x-container--footer-sac"><div class="vtex-rich-text-0-x-wrapper"><p class="lh-copy vtex-rich-text-0-x-paragraph">Central de atendimento: 4003-7420 (capitais e regiões metropolitanas) ou 0800 591 2000 (demais localidades)</p></div></div>
              <div class="vtex-rich-text-0-x-container vtex-rich-text-0-x-container--footer-legal"><div class="vtex-rich-text-0-x-wrapper"><p class="lh-copy vtex-rich-text-0-x-paragraph">Lojas Marola S.A. &middot; CNPJ 08.417.562/0001-90 &middot; Rua Voluntários da Pátria, 1.850, Santana, São Paulo/SP &middot; Preços e condições válidos exclusivamente para compras no site.</p></div></div>
              <div class="vtex-store-components-3-x-paymentMethods">Visa, Mastercard, Elo, Hipercard, American Express, Pix, Boleto, Cartão Marola</div>
            </div></section></div>
          </footer>
        </div>
      </div>
    </div>
  </div>
  <script>window.__RUNTIME__ = {runtime}</script>
  <script src="https://marola.vtexassets.com/_v/public/assets/v1/published/bundle/public/react/asset.min.js?v=1&files=vtex.render-runtime@{rr},common,runtime&files=vtex.store-components@{sc},Container&workspace=master" crossorigin="anonymous" async></script>
<script>(function(){{function c(){{var b=a.contentDocument||a.contentWindow.document;if(b){{var d=b.createElement('script');d.innerHTML="window.__CF$cv$params={{r:'{ray}',t:'{cft}'}};var a=document.createElement('script');a.nonce='';a.src='/cdn-cgi/challenge-platform/scripts/jsd/main.js';document.getElementsByTagName('head')[0].appendChild(a);";b.getElementsByTagName('head')[0].appendChild(d)}}}}if(document.body){{var a=document.createElement('iframe');a.height=1;a.width=1;a.style.position='absolute';a.style.top=0;a.style.left=0;a.style.border='none';a.style.visibility='hidden';document.body.appendChild(a);if('loading'!==document.readyState)c();else if(window.addEventListener)document.addEventListener('DOMContentLoaded',c);else{{var e=document.onreadystatechange||function(){{}};document.onreadystatechange=function(b){{e(b);'loading'!==document.readyState&&(document.onreadystatechange=e,c())}}}}}}}})();</script></body>
</html>
""".format(title=html.escape(title), url=URL, theme=theme, rr=rr, sc=sc, promo=promo, ship=ship, inst=inst,
           menu=menu, bc=BC, policy=_rich(blocks), wa=wa_html, runtime=_js(runtime), ray=ray, cft=cft)


PAGE = {
    "service": "Marola",
    "url": URL,
    "lang": "pt-BR",
    "platform": "VTEX IO store framework (render-server SSR, vtex.rich-text), Cloudflare, OneTrust",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("Cache-Control", "no-cache, no-store"),
                      ("X-Powered-By-Vtex-Cache", "HIT"), ("Vary", "Accept-Encoding")),
    "n": 30,
    "start": dt.date(2021, 11, 1),
    "end": dt.date(2025, 4, 30),
    "hours": (1, 7, 13, 19),
    "policy": POLICY,
    "first_updated": dt.date(2021, 8, 20),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".vtex-flex-layout-0-x-flexCol--institucional-conteudo",
                    "remove": ".vtex-rich-text-0-x-container--atendimento-whatsapp"},
}
