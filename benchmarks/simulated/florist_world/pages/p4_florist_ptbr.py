"""Cesta e Flor - pt-BR flowers, gift baskets and same-day delivery (São Paulo) - VTEX IO store framework (SSR by
vtex.render-server), institutional page built with flex-layout, vtex.menu and vtex.rich-text; Trustvox reviews."""
import base64
import datetime as dt
import json
import os
import sys

import common as C

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fkit as K  # noqa: E402

URL = "https://www.cestaeflor.com.br/institucional/politica-de-privacidade"
BC = "politica-privacidade"


def fmt_date(d):
    return "%d de %s de %d" % (d.day, K.MONTHS["pt"][d.month - 1], d.year)


POLICY = K.unwrap("""
# Política de Privacidade

Última atualização: {UPDATED}

A Cesta e Flor leva a sério a proteção dos seus dados pessoais. Esta Política de Privacidade explica como coletamos,
usamos, compartilhamos e protegemos os dados pessoais de quem compra em nossa loja virtual e de quem recebe nossos
presentes, em conformidade com a Lei Geral de Proteção de Dados Pessoais (Lei nº 13.709/2018 – LGPD).

## 1. Quem somos

A controladora dos seus dados pessoais é a Cesta e Flor Comércio de Presentes Ltda., inscrita no CNPJ sob o nº
18.452.371/0001-06, com sede na Rua Augusta, 1508, Consolação, São Paulo – SP, CEP 01304-001.

## 2. Quais dados coletamos

**Dados que você nos fornece:** nome completo, CPF, e-mail, telefone, endereço de cobrança e data de nascimento,
quando você cria uma conta ou faz um pedido.

**Dados do presenteado:** nome, endereço de entrega e telefone da pessoa que vai receber o presente, além da mensagem
do cartão. Esses dados são informados por você e usados apenas para a entrega.

**Dados de pagamento:** forma de pagamento escolhida e status da transação. Os dados completos do cartão de crédito
são processados diretamente pelo intermediador de pagamento e não ficam armazenados em nossos sistemas.

**Dados de navegação:** endereço IP, data e hora de acesso, tipo de dispositivo e navegador, páginas visitadas e
informações coletadas por cookies.

## 3. Para que usamos seus dados

- processar, faturar e entregar seus pedidos, inclusive no mesmo dia;
- enviar atualizações sobre o status do pedido por e-mail, SMS ou WhatsApp;
- prestar atendimento e responder às suas solicitações;
- prevenir fraudes e garantir a segurança das transações;
- cumprir obrigações legais e regulatórias, como a emissão de notas fiscais;
- enviar ofertas e lembretes de datas comemorativas, se você autorizar;
- melhorar nosso site e personalizar sua experiência de compra.

## 4. Bases legais

Tratamos seus dados com base na execução de contrato (art. 7º, V, da LGPD), no cumprimento de obrigação legal ou
regulatória (art. 7º, II), no legítimo interesse (art. 7º, IX), para prevenção a fraudes e melhoria dos nossos
serviços, e no seu consentimento (art. 7º, I), para o envio de comunicações de marketing.

## 5. Com quem compartilhamos

Compartilhamos dados pessoais apenas com parceiros necessários para a operação da loja:

| Parceiro | Finalidade |
| VTEX Brasil Tecnologia para E-commerce Ltda. | plataforma da loja virtual |
| Mercado Pago (MercadoPago.com Representações Ltda.) | processamento de pagamentos e Pix |
| ClearSale S.A. | análise antifraude |
| Loggi Tecnologia Ltda. e floriculturas parceiras | entrega dos pedidos |
| Google e Meta | análise de audiência e anúncios |
| Trustvox | envio de pesquisa de avaliação após a compra |

Também podemos compartilhar dados com autoridades públicas quando houver obrigação legal ou ordem judicial.

## 6. Transferência internacional

Alguns de nossos parceiros, como Google e Meta, podem armazenar dados em servidores localizados fora do Brasil.
Nesses casos, adotamos as garantias previstas no art. 33 da LGPD.

## 7. Por quanto tempo guardamos seus dados

Mantemos seus dados enquanto sua conta estiver ativa ou pelo tempo necessário para cumprir as finalidades desta
Política. Dados de pedidos e notas fiscais são guardados por 5 anos, conforme a legislação tributária, e registros de
acesso ao site por 6 meses, conforme o Marco Civil da Internet (Lei nº 12.965/2014). A mensagem do cartão é excluída 90
dias após a entrega.

## 8. Seus direitos

Como titular, você pode, a qualquer momento:

- confirmar a existência de tratamento e acessar seus dados;
- corrigir dados incompletos, inexatos ou desatualizados;
- solicitar a anonimização, o bloqueio ou a eliminação de dados desnecessários ou excessivos;
- solicitar a portabilidade dos dados a outro fornecedor;
- revogar o consentimento e solicitar a eliminação dos dados tratados com base nele;
- obter informações sobre as entidades com as quais compartilhamos seus dados.

Para exercer seus direitos, entre em contato com nosso Encarregado. Você também pode apresentar reclamação à
Autoridade Nacional de Proteção de Dados (ANPD).

## 9. Cookies

Utilizamos cookies essenciais para o funcionamento da loja, como o carrinho de compras, e, com o seu consentimento,
cookies de análise e de publicidade. Você pode gerenciar suas preferências no banner de cookies ou nas configurações
do seu navegador.

## 10. Segurança

Adotamos medidas técnicas e administrativas para proteger seus dados, como criptografia na transmissão (HTTPS),
controle de acesso e monitoramento dos sistemas.

## 11. Encarregado pelo tratamento de dados (DPO)

@ Encarregado: Ricardo Almeida Souza
@ E-mail: [privacidade@cestaeflor.com.br](mailto:privacidade@cestaeflor.com.br)

## 12. Alterações desta Política

Podemos atualizar esta Política periodicamente. A versão vigente estará sempre disponível nesta página, com a data da
última atualização.
""")

EDITS = [
    {"note": "data protection officer (Encarregado) changed",
     "repl": [("@ Encarregado: Ricardo Almeida Souza", "@ Encarregado: Juliana Ferreira Costa")]},
    {"note": "gift-recipient paragraph: sentence added (you declare you may share the recipient's data)",
     "repl": [("Esses dados são informados por você e usados apenas para a entrega.",
               "Esses dados são informados por você e usados apenas para a entrega. Ao informar os dados do "
               "presenteado, você declara que pode compartilhá-los conosco para essa finalidade.")]},
    {"note": "partners table: Blip row added (WhatsApp customer service)",
     "repl": [("| Trustvox | envio de pesquisa de avaliação após a compra |",
               "| Trustvox | envio de pesquisa de avaliação após a compra |\n"
               "| Take Blip Participações S.A. | atendimento via WhatsApp |")]},
    {"note": "partners table: Mercado Pago replaced by Pagar.me",
     "repl": [("| Mercado Pago (MercadoPago.com Representações Ltda.) | processamento de pagamentos e Pix |",
               "| Pagar.me Instituição de Pagamento S.A. | processamento de pagamentos e Pix |")]},
    {"note": "card message retention 90 -> 30 days",
     "repl": [("A mensagem do cartão é excluída 90\ndias após a entrega.",
               "A mensagem do cartão é excluída 30\ndias após a entrega.")]},
]

SHELF = [("cesta-cafe-da-manha-especial", "Cesta Café da Manhã Especial", 229.90),
         ("buque-12-rosas-vermelhas", "Buquê 12 Rosas Vermelhas", 189.90),
         ("orquidea-phalaenopsis-branca", "Orquídea Phalaenopsis Branca", 159.90),
         ("buque-girassois", "Buquê de Girassóis", 149.90),
         ("box-rosas-e-chocolates", "Box Rosas e Chocolates", 209.90),
         ("arranjo-flores-do-campo", "Arranjo Flores do Campo", 169.90),
         ("cesta-de-natal-premium", "Cesta de Natal Premium", 389.90),
         ("buque-24-rosas-colombianas", "Buquê 24 Rosas Colombianas", 329.90),
         ("kit-vinho-e-flores", "Kit Vinho e Flores", 259.90), ("mini-rosa-em-vaso", "Mini Rosa em Vaso", 79.90)]

PROMOS = {
    "mulher": "Dia da Mulher: flores com entrega no mesmo dia",
    "maes": "Dia das Mães: garanta a entrega no domingo, peça com antecedência",
    "namorados": "Dia dos Namorados 12/6: rosas colombianas com frete grátis em SP",
    "black": "Black Friday: até 30% OFF em cestas e buquês",
    "natal": "Cestas de Natal: entrega até 24/12",
    "default": "Entrega no mesmo dia em São Paulo, Rio de Janeiro e Belo Horizonte",
}


def campaign(d):
    maes = K.nth_weekday(d.year, 5, 6, 2)
    bf = K.nth_weekday(d.year, 11, 4, 4)
    return K.season(d, [("mulher", (3, 1), (3, 8)), ("maes", maes - dt.timedelta(days=20), maes),
                        ("namorados", (5, 25), (6, 12)), ("black", bf - dt.timedelta(days=10), bf + dt.timedelta(3)),
                        ("natal", (12, 1), (12, 24))], "default")


def noise(rng, when, i, prev):
    prev = prev or {}
    local = K.fixed_local(when, -3)
    s = {"request": C.hexs(rng, 32)}
    s["apps"] = C.keep_or(rng, prev.get("apps"), 0.3,
                          lambda: ("8.%d.%d" % (150 + when.year % 10 * 6 + rng.randint(0, 5), rng.randint(0, 9)),
                                   "4.%d.%d" % (when.year - 2012, rng.randint(0, 12)), C.hexs(rng, 40)))
    s["campaign"] = campaign(local.date())
    s["sameday"] = K.cutoff(local, 15)
    s["shelf"] = C.keep_or(rng, prev.get("shelf"), 0.6, lambda: tuple(rng.sample(range(len(SHELF)), 5)))
    s["trustvox"] = (C.keep_or(rng, (prev.get("trustvox") or (None,))[0], 0.15, lambda: rng.choice(["4,7", "4,8"])),
                     K.grow(when, dt.date(2022, 1, 1), 21460, 9.7, rng, 25))
    return s


LABELS = {"request": "render-server request id in __RUNTIME__",
          "apps": "render-server / store-theme versions and appsEtag in asset URLs and __RUNTIME__",
          "campaign": "header promo bar (Dia da Mulher, Dia das Mães, Dia dos Namorados, Black Friday, Natal)",
          "sameday": "same-day delivery countdown (orders until 15:00 in São Paulo)",
          "shelf": "'Mais vendidos' shelf below the institutional content (products, prices, installments)",
          "trustvox": "footer Trustvox store rating and review count"}


def rt_cls(name):
    return "vtex-rich-text-0-x-%s vtex-rich-text-0-x-%s--%s" % (name, name, BC)


def rich_text(blocks):
    def text(raw):
        return C.esc(raw)

    def bold(raw):
        return '<strong class="%s">%s</strong>' % (rt_cls("strong"), C.esc(raw))

    def link(url, label):
        return '<a class="%s" href="%s">%s</a>' % (rt_cls("link"), C.attr(url), C.esc(label))

    def heading(kind, t, inl):
        n = int(kind[1])
        return ('<%s class="lh-copy %s %s vtex-rich-text-0-x-heading-level-%d">%s</%s>'
                % (kind, rt_cls("heading"), rt_cls("headingLevel%d" % n), n, inl(t), kind))

    def para(t, inl):
        return '<p class="lh-copy %s">%s</p>' % (rt_cls("paragraph"), inl(t))

    def lst(kind, items, inl):
        return '<%s class="%s">%s</%s>' % (kind, rt_cls("list"), "".join(
            '<li class="%s">%s</li>' % (rt_cls("listItem"), inl(x)) for x in items), kind)

    def table(rows, inl):
        head = "".join('<th class="%s">%s</th>' % (rt_cls("tableTh"), inl(x)) for x in rows[0])
        body = "".join('<tr class="%s">%s</tr>' % (rt_cls("tableTr"), "".join(
            '<td class="%s">%s</td>' % (rt_cls("tableTd"), inl(x)) for x in r)) for r in rows[1:])
        return ('<table class="%s"><thead class="%s"><tr class="%s">%s</tr></thead><tbody class="%s">%s</tbody>'
                '</table>' % (rt_cls("table"), rt_cls("tableHead"), rt_cls("tableTr"), head, rt_cls("tableBody"), body))

    def addr(lines, inl):
        return '<p class="lh-copy %s">%s</p>' % (rt_cls("paragraph"), "<br/>".join(inl(x) for x in lines))

    inner = C.render_blocks(blocks, text=text, bold=bold, link=link, heading=heading, para=para, lst=lst,
                            table=table, addr=addr, sep="")
    return ('<div class="%s flex tl items-start justify-start t-body c-on-base"><div class="%s">%s</div></div>'
            % (rt_cls("container"), rt_cls("wrapper"), inner))


def brl(v):
    return "R$\u00a0" + ("%.2f" % v).replace(".", ",")


def shelf(s):
    out = []
    for k in s["shelf"]:
        slug, name, price = SHELF[k]
        out.append('<div class="vtex-slider-layout-0-x-slide vtex-slider-layout-0-x-slide--shelf"><section '
                   'class="vtex-product-summary-2-x-container vtex-product-summary-2-x-container--shelf"><a '
                   'class="vtex-product-summary-2-x-clearLink h-100 flex flex-column" href="/%s/p"><div '
                   'class="vtex-product-summary-2-x-imageContainer"><img src="https://cestaeflor.vtexassets.com/'
                   'arquivos/ids/%d-300-300?width=300&amp;height=300&amp;aspect=true" alt="%s" loading="lazy" '
                   'class="vtex-'
                   'product-summary-2-x-image"></div><div class="vtex-product-summary-2-x-nameContainer"><h3 '
                   'class="vtex-product-summary-2-x-productNameContainer"><span class="vtex-product-summary-2-x-'
                   'productBrand">%s</span></h3></div><div class="vtex-product-price-1-x-sellingPrice"><span '
                   'class="vtex-product-price-1-x-sellingPriceValue">%s</span></div><div class="vtex-product-price-1-x-'
                   'installments">ou 3x de %s sem juros</div></a></section></div>'
                   % (slug, 150000 + k * 37, C.attr(name), C.esc(name), brl(price), brl(round(price / 3, 2))))
    return "".join(out)


def runtime(s):
    render, theme, etag = s["apps"]
    seg = base64.b64encode(json.dumps({"campaigns": None, "channel": "1", "priceTables": None, "regionId": None,
                                       "utm_campaign": None, "utm_source": None, "utmi_campaign": None,
                                       "currencyCode": "BRL", "currencySymbol": "R$", "countryCode": "BRA",
                                       "cultureInfo": "pt-BR", "channelPrivacy": "public"},
                                      separators=(",", ":")).encode()).decode()
    rt = {"account": "cestaeflor", "appsEtag": etag, "culture": {"availableLocales": [], "country": "BRA",
                                                               "language": "pt", "locale": "pt-BR",
                                                               "currency": "BRL"},
          "binding": {"id": "8d2a51f0-3c4e-4b6a-9a5e-0f1c2d3e4b5a", "canonicalBaseAddress": "www.cestaeflor.com.br/"},
          "page": "store.custom#politica-de-privacidade", "production": True, "query": {}, "renderMajor": 8,
          "requestId": s["request"], "route": {"domain": "store", "id": "store.custom#politica-de-privacidade",
                                               "pageContext": {"id": "store.custom#politica-de-privacidade",
                                                               "type": "route"}, "params": {},
                                               "path": "/institucional/politica-de-privacidade"},
          "runtimeMeta": {"appName": "vtex.render-server", "version": render}, "segmentToken": seg,
          "settings": {"cestaeflor.store-theme@%s" % theme: {}}, "workspace": "master"}
    return json.dumps(rt, separators=(",", ":"), ensure_ascii=True)


TEMPLATE = """<!DOCTYPE html>
<html lang="pt-BR">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="vtex.render-server@@@render@@">
<meta charset='utf-8'>
<title>Política de Privacidade | Cesta e Flor</title>
<meta name="description" content="Saiba como a Cesta e Flor trata os seus dados pessoais e os dados de quem recebe o se\
u presente."/>
<link rel="canonical" href="https://www.cestaeflor.com.br/institucional/politica-de-privacidade"/>
<link rel="preconnect" href="https://cestaeflor.vtexassets.com"/>
<link rel="stylesheet" type="text/css" href="https://cestaeflor.vtexassets.com/_v/public/assets/v1/bundle/css/asset.min\
.css?v=3&files=theme,cestaeflor.store-theme@@@theme@@$style.common,cestaeflor.store-theme@@@theme@@$style.small,cestaef\
lor.store-theme@@@theme@@$style.notsmall,cestaeflor.store-theme@@@theme@@$style.large&files=cestaeflor.store-theme@@@th\
eme@@$fonts&workspace=master"/>
<script>window.__RUNTIME__ = @@runtime@@</script>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElem\
entsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='//www.googletagmanager.com/gt\
m.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-PV4X8LS');</script>
</head>
<body class="bg-base">
<div class="render-container render-route-store-custom">
<div class="render-provider">
<div class="vtex-store__template bg-base">
<div class="flex flex-column min-vh-100 w-100">
<div class="vtex-store-header-2-x-headerStickyRow sticky z-999"><div class="vtex-store-header-2-x-headerRow">
<div class="vtex-flex-layout-0-x-flexRow vtex-flex-layout-0-x-flexRow--promo-bar"><section class="vtex-store-components\
-3-x-container ph3 ph5-m ph2-xl mw9 center"><div class="flex mt0 mb0 pt0 pb0 justify-center vtex-flex-layout-0-x-flexRo\
wContent vtex-flex-layout-0-x-flexRowContent--promo-bar items-stretch w-100"><div class="vtex-rich-text-0-x-container v\
tex-rich-text-0-x-container--promo-bar vtex-rich-text-0-x-container--promo-@@campaign@@ flex tc items-start justify-cen\
ter t-body c-on-base"><div class="vtex-rich-text-0-x-wrapper vtex-rich-text-0-x-wrapper--promo-bar"><p class="lh-copy v\
tex-rich-text-0-x-paragraph vtex-rich-text-0-x-paragraph--promo-bar">@@promo@@</p></div></div><div class="cestaeflor-st\
ore-theme-2-x-sameDayCountdown">@@sameday@@</div></div></section></div>
<div class="vtex-flex-layout-0-x-flexRow vtex-flex-layout-0-x-flexRow--main-header"><section class="vtex-store-componen\
ts-3-x-container ph3 ph5-m ph2-xl mw9 center"><div class="flex mt0 mb0 pt0 pb0 justify-start vtex-flex-layout-0-x-flexR\
owContent vtex-flex-layout-0-x-flexRowContent--main-header items-center w-100"><a class="vtex-store-components-3-x-logo\
Link" href="/"><img class="vtex-store-components-3-x-logoImage" src="https://cestaeflor.vtexassets.com/assets/vtex/asse\
ts-builder/cestaeflor.store-theme/@@theme@@/logo___a31c9e8f2b7d4e6a1c0f3b5d7e9a2c4f.svg" alt="Cesta e Flor" width="180"\
></a>
<nav class="vtex-menu-2-x-menuContainerNav"><ul class="vtex-menu-2-x-menuContainer list flex pl0 mv0 flex-row"><li clas\
s="vtex-menu-2-x-menuItem list vtex-menu-2-x-menuItem--header"><a class="vtex-menu-2-x-styledLink" href="/flores">Flore\
s</a></li><li class="vtex-menu-2-x-menuItem list vtex-menu-2-x-menuItem--header"><a class="vtex-menu-2-x-styledLink" hr\
ef="/cestas">Cestas</a></li><li class="vtex-menu-2-x-menuItem list vtex-menu-2-x-menuItem--header"><a class="vtex-menu-\
2-x-styledLink" href="/presentes">Presentes</a></li><li class="vtex-menu-2-x-menuItem list vtex-menu-2-x-menuItem--head\
er"><a class="vtex-menu-2-x-styledLink" href="/datas-especiais">Datas especiais</a></li></ul></nav>
<div class="vtex-minicart-2-x-minicartWrapperContainer"><button class="vtex-minicart-2-x-openIconContainer" aria-label=\
"Carrinho"><span class="vtex-minicart-2-x-minicartQuantityBadge">0</span></button></div></div></section></div>
</div></div>
<div class="flex flex-grow-1 w-100 flex-column">
<div class="vtex-flex-layout-0-x-flexRow vtex-flex-layout-0-x-flexRow--institucional"><section class="vtex-store-compon\
ents-3-x-container ph3 ph5-m ph2-xl mw9 center"><div class="flex mt0 mb0 pt0 pb0 justify-start vtex-flex-layout-0-x-fle\
xRowContent vtex-flex-layout-0-x-flexRowContent--institucional items-stretch w-100">
<div class="pr0 items-stretch vtex-flex-layout-0-x-stretchChildrenWidth flex" style="width:25%"><div class="vtex-flex-l\
ayout-0-x-flexCol vtex-flex-layout-0-x-flexCol--menu-institucional ml0 mr0 pl0 pr0 flex flex-column h-100 w-100"><nav c\
lass="vtex-menu-2-x-menuContainerNav vtex-menu-2-x-menuContainerNav--institucional"><ul class="vtex-menu-2-x-menuContai\
ner vtex-menu-2-x-menuContainer--institucional list flex pl0 mv0 flex-column"><li class="vtex-menu-2-x-menuItem list"><\
a class="vtex-menu-2-x-styledLink" href="/institucional/sobre-nos">Sobre nós</a></li><li class="vtex-menu-2-x-menuItem \
list"><a class="vtex-menu-2-x-styledLink" href="/institucional/entregas">Entregas</a></li><li class="vtex-menu-2-x-menu\
Item list"><a class="vtex-menu-2-x-styledLink" href="/institucional/trocas-e-devolucoes">Trocas e devoluções</a></li><l\
i class="vtex-menu-2-x-menuItem list"><a class="vtex-menu-2-x-styledLink" href="/institucional/termos-de-uso">Termos de\
 uso</a></li><li class="vtex-menu-2-x-menuItem list"><a class="vtex-menu-2-x-styledLink vtex-menu-2-x-styledLink--activ\
e" href="/institucional/politica-de-privacidade">Política de privacidade</a></li></ul></nav></div></div>
<div class="pr0 items-stretch vtex-flex-layout-0-x-stretchChildrenWidth flex" style="width:75%">@@richtext@@</div>
</div></section></div>
<div class="vtex-flex-layout-0-x-flexRow vtex-flex-layout-0-x-flexRow--shelf-mais-vendidos"><section class="vtex-store-\
components-3-x-container ph3 ph5-m ph2-xl mw9 center"><h2 class="vtex-rich-text-0-x-heading vtex-rich-text-0-x-heading-\
-shelf-title">Mais vendidos</h2><div class="vtex-slider-layout-0-x-sliderLayoutContainer vtex-slider-layout-0-x-sliderL\
ayoutContainer--shelf"><div class="vtex-slider-layout-0-x-sliderTrack">@@shelf@@</div></div></section></div>
</div>
<footer class="vtex-store-footer-2-x-footerLayout"><div class="vtex-flex-layout-0-x-flexRow vtex-flex-layout-0-x-flexRo\
w--footer"><section class="vtex-store-components-3-x-container ph3 ph5-m ph2-xl mw9 center">
<div class="cestaeflor-store-theme-2-x-trustvoxStoreRate"><a href="https://www.trustvox.com.br/loja/cestaeflor" target=\
"_blank" rel="noopener">Avaliação da loja: <strong>@@tvscore@@</strong> de 5 (@@tvcount@@ avaliações)</a></div>
<div class="cestaeflor-store-theme-2-x-seals"><a href="https://www.reclameaqui.com.br/empresa/cesta-e-flor/" target="_b\
lank" rel="noopener"><img src="https://cestaeflor.vtexassets.com/arquivos/selo-ra1000.png" alt="Selo RA1000 Reclame Aqu\
i" width="110"></a></div>
<p class="vtex-rich-text-0-x-paragraph vtex-rich-text-0-x-paragraph--footer-legal">Cesta e Flor Comércio de Presentes L\
tda. – CNPJ 18.452.371/0001-06 – Rua Augusta, 1508, São Paulo – SP. © @@year@@ Todos os direitos reservados.</p>
</section></div></footer>
</div></div></div></div>
<script src="https://cestaeflor.vtexassets.com/_v/public/assets/v1/published/bundle/public/react/asset.min.js?v=1&files\
=react@17.0.2,react-dom@17.0.2&workspace=master" crossorigin></script>
<script src="https://cestaeflor.vtexassets.com/_v/public/assets/v1/published/vtex.render-runtime@8.136.1/public/react/c\
ommon.min.js?workspace=master" crossorigin></script>
</body>
</html>
"""


def sameday(s):
    if s["sameday"] is None:
        return "Peça agora e receba amanhã"
    h, m = s["sameday"]
    return "Receba hoje: peça em até %dh%02dmin" % (h, m)


def render(s, blocks, when):
    render_v, theme, _ = s["apps"]
    return K.fill(TEMPLATE, render=render_v, theme=theme, runtime=runtime(s), campaign=s["campaign"],
                  promo=C.esc(PROMOS[s["campaign"]]), sameday=C.esc(sameday(s)),
                  richtext=rich_text(blocks),
                  shelf=shelf(s), tvscore=s["trustvox"][0], tvcount=K.group3(s["trustvox"][1], "."), year=when.year)


PAGE = {
    "service": "Cesta e Flor", "url": URL, "lang": "pt-BR", "platform": "VTEX IO store framework",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 2, 20), "end": dt.date(2026, 4, 30), "hours": (10, 14, 21),
    "policy": POLICY, "first_updated": dt.date(2021, 8, 16), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ".vtex-rich-text-0-x-container--" + BC},
}
