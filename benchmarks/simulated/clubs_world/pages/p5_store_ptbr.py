"""Loja Oficial EC Serra Azul - pt-BR football club store and socio-torcedor program - VTEX IO Store Framework
(store.custom institucional page with flex-layout and a rich-text block), server-side rendered with __RUNTIME__ and
__STATE__; the product shelf, promo bar and countdown live outside the rich text."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ckit as K  # noqa: E402
from ckit import C  # noqa: E402

URL = "https://loja.ecserraazul.com.br/institucional/politica-de-privacidade"


def fmt_date(d):
    return "%02d/%02d/%d" % (d.day, d.month, d.year)


POLICY = """
# Política de Privacidade

Última atualização: {UPDATED}

O Esporte Clube Serra Azul ("Serra Azul", "Clube" ou "nós") respeita a sua privacidade. Esta Política explica como tratamos os dados pessoais de quem compra na Loja Oficial, participa do programa de sócio-torcedor Azul de Coração ou adquire ingressos para os jogos do Clube, nos termos da Lei Geral de Proteção de Dados Pessoais (Lei nº 13.709/2018 – LGPD).

## 1. Quem é o controlador

@ Esporte Clube Serra Azul
@ CNPJ 61.842.377/0001-09
@ Rua Coronel Almeida, 1.250 – Centro, Juiz de Fora/MG, CEP 36010-010

## 2. Quais dados coletamos

- Dados cadastrais: nome completo, CPF, data de nascimento, e-mail, telefone e endereço de entrega.
- Dados do programa de sócio-torcedor: plano contratado, histórico de pagamentos, check-ins nos jogos e pontuação no ranking de fidelidade.
- Dados de compra: produtos adquiridos, valores, forma de pagamento e status de entrega. Os dados completos do cartão são tratados diretamente pela adquirente e não ficam armazenados conosco.
- Dados de navegação: endereço IP, data e hora de acesso, páginas visitadas, identificadores de cookies e informações do dispositivo.
- Informações de redes sociais, quando você faz login com Facebook ou Google.

## 3. Para que usamos os dados

Utilizamos seus dados para processar pedidos e entregas, gerenciar sua adesão ao sócio-torcedor, liberar seu acesso ao estádio, prevenir fraudes, cumprir obrigações legais e fiscais, responder às suas solicitações e, com o seu consentimento, enviar ofertas, novidades do Clube e convites para eventos exclusivos. As bases legais são a execução de contrato, o cumprimento de obrigação legal, o legítimo interesse e o consentimento, previstos no art. 7º da LGPD.

## 4. Com quem compartilhamos

Compartilhamos dados somente quando necessário, com os seguintes operadores:

| Operador | Finalidade |
| VTEX Brasil Tecnologia para E-commerce Ltda. | Plataforma da Loja Oficial |
| Cielo S.A. | Processamento de pagamentos |
| Futebol Card Sistemas Ltda. | Gestão do sócio-torcedor e venda de ingressos |
| Correios e Jadlog Logística S.A. | Entrega dos pedidos |
| Salesforce Tecnologia Ltda. | E-mail marketing |

Também podemos compartilhar dados com autoridades públicas, mediante requisição legal, e com a Confederação Brasileira de Futebol e a federação estadual quando exigido pelos regulamentos das competições.

## 5. Por quanto tempo guardamos

Os dados cadastrais são mantidos enquanto sua conta estiver ativa. Registros de acesso à aplicação são guardados por 6 meses, conforme o Marco Civil da Internet. Documentos fiscais e dados de compras são mantidos por 5 anos, conforme a legislação tributária. Após esses prazos, os dados são eliminados ou anonimizados.

## 6. Seus direitos

Você pode, a qualquer momento, solicitar a confirmação da existência de tratamento, o acesso, a correção, a anonimização, a portabilidade ou a eliminação dos seus dados, além de revogar o consentimento, nos termos do art. 18 da LGPD. Você também pode apresentar reclamação à [Autoridade Nacional de Proteção de Dados](https://www.gov.br/anpd).

## 7. Encarregado de dados (DPO)

Nosso encarregado pelo tratamento de dados pessoais é o Dr. Ricardo Menezes, que pode ser contatado pelo e-mail [dpo@ecserraazul.com.br](mailto:dpo@ecserraazul.com.br).

## 8. Cookies

Utilizamos cookies essenciais para o funcionamento da Loja e, mediante consentimento, cookies de desempenho e de publicidade. Você pode gerenciar suas preferências no banner de cookies ou nas configurações do seu navegador.
"""

EDITS = [
    {"note": "operator table: new row (Mercado Pago, Pix and wallet payments)",
     "repl": [("| Cielo S.A. | Processamento de pagamentos |",
               "| Cielo S.A. | Processamento de pagamentos |\n| Mercado Pago Instituição de Pagamento Ltda. | "
               "Pagamentos via Pix e carteira digital |")]},
    {"note": "words inserted without a new date: LGPD article reference in section 3", "bump": False,
     "repl": [("previstos no art. 7º da LGPD.", "previstos no art. 7º e, para dados sensíveis, no art. 11 da LGPD.")]},
    {"note": "list item removed: social login data (Facebook/Google login discontinued)",
     "repl": [("\n- Informações de redes sociais, quando você faz login com Facebook ou Google.", "")]},
    {"note": "new section: facial biometrics for stadium access (Lei Geral do Esporte)",
     "repl": [("## 4. Com quem compartilhamos",
               "### Biometria facial no estádio\n\nPara cumprir a Lei Geral do Esporte (Lei nº 14.597/2023), o acesso"
               " ao estádio de sócios-torcedores e compradores de ingressos é feito por reconhecimento facial. A"
               " imagem do seu rosto é um dado pessoal sensível, coletada com o seu consentimento ou para cumprimento"
               " de obrigação legal, usada apenas para identificação na entrada e excluída em até 90 dias após o"
               " término do seu vínculo com o programa.\n\n## 4. Com quem compartilhamos"),
              ("| Futebol Card Sistemas Ltda. | Gestão do sócio-torcedor e venda de ingressos |",
               "| Futebol Card Sistemas Ltda. | Gestão do sócio-torcedor e venda de ingressos |\n"
               "| Imply Tecnologia Eletrônica Ltda. | Biometria facial e controle de acesso ao estádio |")]},
    {"note": "DPO changed (Dr. Ricardo Menezes -> Dra. Juliana Castro), new e-mail and privacy portal",
     "repl": [("é o Dr. Ricardo Menezes, que pode ser contatado pelo e-mail [dpo@ecserraazul.com.br]"
               "(mailto:dpo@ecserraazul.com.br).",
               "é a Dra. Juliana Castro, que pode ser contatada pelo e-mail [privacidade@ecserraazul.com.br]"
               "(mailto:privacidade@ecserraazul.com.br) ou pelo formulário do Portal de Privacidade.")]},
    {"note": "access-log retention changed from 6 to 12 months; e-mail marketing operator replaced (Salesforce -> "
             "RD Station)",
     "repl": [("guardados por 6 meses, conforme o Marco Civil", "guardados por 12 meses, conforme o Marco Civil"),
              ("| Salesforce Tecnologia Ltda. | E-mail marketing |", "| RD Gestão e Sistemas S.A. (RD Station) | "
               "E-mail marketing e automação |")]},
]

PRODUCTS = [("Camisa Oficial I %d Torcedor", 299.9), ("Camisa Oficial II %d Torcedor", 299.9),
            ("Agasalho de Viagem %d", 449.9), ("Boné Serra Azul Escudo", 129.9), ("Caneca Azul de Coração", 59.9),
            ("Camisa Goleiro %d", 279.9), ("Cachecol Tradicional", 89.9), ("Bola Oficial Serra Azul", 159.9),
            ("Camisa Retrô 1975", 249.9), ("Shorts de Treino %d", 139.9)]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["runtime"] = K.deploy(rng, prev.get("runtime"), 0.35, lambda: (C.hexs(rng, 32), "8.%d.%d" % (
        rng.randint(130, 160), rng.randint(0, 9))))
    s["shelf"] = C.keep_or(rng, prev.get("shelf"), 0.5, lambda: tuple(rng.sample(range(len(PRODUCTS)), 5)))
    s["stock"] = tuple(rng.randint(1, 40) for _ in range(5))
    s["sale"] = rng.choice([0, 0, 10, 15, 20, 30])
    s["order"] = C.uuid4(rng)
    return s


LABELS = {"runtime": "VTEX IO render runtime hash and version (deploys / app updates)",
          "shelf": "'Mais vendidos' product shelf", "stock": "shelf stock badges ('Últimas unidades')",
          "sale": "sitewide discount of the promo bar", "order": "__STATE__ orderForm id (per visitor)",
          "countdown": "promo bar countdown to the next home match / Black Friday"}


def price(v):
    return ("R$ %.2f" % v).replace(".", ",")


def render(s, blocks, when):
    rhash, rver = s["runtime"]
    yr = when.year if when.month >= 3 else when.year - 1
    if when.month == 11:
        s["countdown"] = "Black Friday Serra Azul: faltam %d dias" % max(0, 29 - when.day)
    else:
        d = K.next_weekday(when.date() + dt.timedelta(days=1), 6)
        s["countdown"] = "Próximo jogo em casa em %d dias – garanta seu ingresso" % (d - when.date()).days
    bar = ('<div class="vtex-store-components-3-x-infoCardContainer vtex-store-components-3-x-infoCardContainer--'
           'promo"><p class="vtex-rich-text-0-x-paragraph vtex-rich-text-0-x-paragraph--promo">%s%s</p></div>'
           % (C.esc(s["countdown"]), (" · %d%% OFF em todo o site com o cupom AZUL%d" % (s["sale"], s["sale"]))
              if s["sale"] else " · Frete grátis acima de R$ 299"))
    items = []
    for n, k in enumerate(s["shelf"]):
        name, p = PRODUCTS[k]
        name = name % yr if "%d" in name else name
        disc = p * (100 - s["sale"]) / 100
        badge = ('<span class="vtex-product-summary-2-x-stockBadge">Últimas %d unidades</span>' % s["stock"][n]
                 if s["stock"][n] < 6 else "")
        items.append('<section class="vtex-product-summary-2-x-container vtex-product-summary-2-x-containerNormal">'
                     '<a class="vtex-product-summary-2-x-clearLink" href="/%s/p"><h3 class="vtex-product-summary-2-x-'
                     'productNameContainer"><span class="vtex-product-summary-2-x-productBrand">%s</span></h3>%s'
                     '<span class="vtex-product-price-1-x-sellingPriceValue">%s</span><span class="vtex-product-price'
                     '-1-x-installments">ou 10x de %s sem juros</span></a></section>'
                     % (C.det_sha(name)[:10], C.esc(name), badge, price(disc), price(disc / 10)))
    state = json.dumps({"orderForm": {"id": s["order"], "items": []}, "shelf": [PRODUCTS[k][0] for k in s["shelf"]],
                        "stock": list(s["stock"])}, ensure_ascii=False)
    runtime = json.dumps({"account": "ecserraazul", "workspace": "master", "hash": rhash, "renderMajor": 8,
                          "route": {"id": "store.custom#politica-de-privacidade", "path": "/institucional/politica-de-"
                                    "privacidade"}, "culture": {"locale": "pt-BR", "currency": "BRL",
                                                                "country": "BRA"},
                          "version": rver})
    rich = C.render_blocks(
        blocks,
        tags={"h1": ' class="vtex-rich-text-0-x-heading vtex-rich-text-0-x-heading--politica t-heading-1"',
              "h2": ' class="vtex-rich-text-0-x-heading vtex-rich-text-0-x-heading--politica t-heading-2"',
              "h3": ' class="vtex-rich-text-0-x-heading vtex-rich-text-0-x-heading--politica t-heading-3"',
              "p": ' class="lh-copy vtex-rich-text-0-x-paragraph vtex-rich-text-0-x-paragraph--politica"',
              "ul": ' class="vtex-rich-text-0-x-list vtex-rich-text-0-x-list--politica"',
              "li": ' class="vtex-rich-text-0-x-listItem vtex-rich-text-0-x-listItem--politica"',
              "table": ' class="vtex-rich-text-0-x-table vtex-rich-text-0-x-table--politica"',
              "addr": ' class="lh-copy vtex-rich-text-0-x-paragraph vtex-rich-text-0-x-paragraph--politica"'},
        sep="")
    return ('<!DOCTYPE html>\n<html lang="pt-BR">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>Política de Privacidade | Loja Oficial Serra Azul</title>\n'
            '<meta name="generator" content="vtex.render-server@%s">\n'
            '<link rel="stylesheet" href="https://ecserraazul.vtexassets.com/_v/public/assets/v1/bundle/css/asset.min'
            '.css?v=3&amp;files=theme,ecserraazul.store-theme@4.12.0$style.common,vtex.store-components@3.170.0'
            '$style&amp;workspace=master&amp;h=%s">\n</head>\n<body class="bg-base">\n'
            '<div class="render-container render-route-store-custom-institucional-politica-de-privacidade">'
            '<div class="render-provider"><div class="vtex-store__template bg-base">%s'
            '<div class="vtex-sticky-layout-0-x-wrapper"><header class="vtex-store-header-2-x-headerStickyRow">'
            '<a class="vtex-store-components-3-x-logoLink" href="/"><img class="vtex-store-components-3-x-logoImage" '
            'src="https://ecserraazul.vtexassets.com/assets/vtex/assets-builder/ecserraazul.store-theme/4.12.0/logo'
            '.svg" alt="Serra Azul"></a><nav class="vtex-menu-2-x-menuContainer"><a href="/masculino">Masculino</a>'
            '<a href="/feminino">Feminino</a><a href="/infantil">Infantil</a><a href="/socio-torcedor">Sócio-'
            'torcedor</a><a href="/ofertas">Ofertas</a></nav></header></div>\n'
            '<div class="vtex-flex-layout-0-x-flexRow vtex-flex-layout-0-x-flexRow--institucional"><section '
            'class="vtex-store-components-3-x-container ph3 ph5-m ph2-xl mw9 center"><div class="flex mt0 mb0 pt0 pb0 '
            'justify-start vtex-flex-layout-0-x-flexRowContent vtex-flex-layout-0-x-flexRowContent--institucional '
            'items-stretch w-100"><div class="pr0 items-stretch vtex-flex-layout-0-x-stretchChildrenWidth flex" '
            'style="width:25%%"><nav class="vtex-flex-layout-0-x-flexCol--menuInstitucional"><a href="/institucional/'
            'sobre">Sobre a loja</a><a href="/institucional/trocas-e-devolucoes">Trocas e devoluções</a><a href="'
            '/institucional/politica-de-privacidade">Política de privacidade</a></nav></div><div class="pr0 '
            'items-stretch vtex-flex-layout-0-x-stretchChildrenWidth flex" style="width:75%%"><div class="vtex-rich-'
            'text-0-x-container vtex-rich-text-0-x-container--politica flex tl items-start justify-start t-body '
            'c-on-base"><div class="vtex-rich-text-0-x-wrapper vtex-rich-text-0-x-wrapper--politica">%s</div></div>'
            '</div></div></section></div>\n'
            '<div class="vtex-flex-layout-0-x-flexRow vtex-flex-layout-0-x-flexRow--shelf"><h2 class="vtex-rich-text'
            '-0-x-heading">Mais vendidos</h2><div class="vtex-slider-layout-0-x-sliderLayoutContainer">%s</div></div>\n'
            '<footer class="vtex-store-footer-2-x-footerLayout"><p>Esporte Clube Serra Azul – CNPJ 61.842.377/0001-09'
            ' · © %d Todos os direitos reservados</p><p>Plataforma VTEX</p></footer></div></div></div>\n'
            '<script>window.__RUNTIME__ = %s</script>\n<script>window.__STATE__ = %s</script>\n'
            '<script src="https://ecserraazul.vtexassets.com/_v/public/assets/v1/npm/react@16.14.0/umd/react.'
            'production.min.js" crossorigin></script>\n</body>\n</html>\n'
            % (rver, rhash[:10], bar, rich, "".join(items), when.year, runtime, state))


PAGE = {
    "service": "Loja Oficial Serra Azul", "url": URL, "lang": "pt-BR", "platform": "VTEX IO Store Framework",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 1, 5), "end": dt.date(2026, 2, 10), "hours": (10, 22),
    "policy": POLICY, "first_updated": dt.date(2021, 8, 16), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".vtex-rich-text-0-x-wrapper--politica"]},
}
