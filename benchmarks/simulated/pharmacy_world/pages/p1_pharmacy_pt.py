"""Farmácia Avenida Online - pt-PT online pharmacy - PrestaShop 1.7.8 classic-derived theme, CMS page."""
import datetime as dt
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import pkit as K  # noqa: E402

URL = "https://www.farmaciaavenida.pt/content/2-politica-de-privacidade"
MESES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
         "novembro", "dezembro"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
# Política de Privacidade

Última atualização: {UPDATED}

A Farmácia Avenida, Lda. respeita a privacidade dos seus clientes e compromete-se a tratar os dados pessoais recolhidos através da loja online www.farmaciaavenida.pt de acordo com o Regulamento Geral sobre a Proteção de Dados (RGPD) e a Lei n.º 58/2019, de 8 de agosto.

## 1. Responsável pelo tratamento

@ Farmácia Avenida, Lda. (NIPC 507 123 456)
@ Avenida da República, 1450
@ 4430-205 Vila Nova de Gaia
@ Telefone: 223 745 120 (chamada para a rede fixa nacional)
@ [privacidade@farmaciaavenida.pt](mailto:privacidade@farmaciaavenida.pt)

A Diretora Técnica da farmácia é a Dra. Helena Moutinho, farmacêutica inscrita na Ordem dos Farmacêuticos.

## 2. Encarregado de Proteção de Dados

Designámos um Encarregado de Proteção de Dados (EPD), que pode contactar para qualquer questão relativa ao tratamento dos seus dados através do endereço [epd@farmaciaavenida.pt](mailto:epd@farmaciaavenida.pt).

## 3. Dados que recolhemos

- dados de identificação e contacto: nome, NIF, morada de faturação e de entrega, e-mail e telemóvel;
- dados da encomenda: produtos adquiridos, valores, método de pagamento e histórico de compras;
- dados de saúde, quando nos envia uma receita médica ou solicita aconselhamento farmacêutico;
- dados de navegação: endereço IP, tipo de dispositivo e páginas visitadas, recolhidos através de cookies.

Os dados de saúde só são tratados na medida do necessário para a dispensa de medicamentos sujeitos a receita médica e para o aconselhamento farmacêutico, sob o dever de sigilo profissional.

## 4. Finalidades e fundamentos

| Finalidade | Fundamento jurídico |
| Processamento e entrega de encomendas | Execução do contrato |
| Dispensa de medicamentos com receita | Obrigação legal (Estatuto do Medicamento) |
| Faturação e obrigações fiscais | Obrigação legal |
| Envio de newsletter e campanhas | Consentimento |
| Prevenção de fraude nos pagamentos | Interesse legítimo |

## 5. Destinatários

Os seus dados podem ser comunicados às seguintes entidades subcontratantes, que os tratam apenas segundo as nossas instruções:

- CTT Expresso e DPD Portugal, para a entrega das encomendas;
- Easypay, para o processamento de pagamentos por Multibanco, MB WAY e cartão;
- Mailchimp (The Rocket Science Group LLC), para o envio da newsletter;
- OVHcloud, para o alojamento da loja online em França.

Podem ainda ser comunicados ao INFARMED e às autoridades competentes, quando a lei o exija.

## 6. Prazo de conservação

Os dados das encomendas são conservados durante 10 anos, por imposição da legislação fiscal. As receitas médicas e os registos de dispensa são conservados durante 3 anos. Os dados usados para newsletter são conservados até à retirada do consentimento.

## 7. Os seus direitos

Pode exercer os direitos de acesso, retificação, apagamento, limitação, portabilidade e oposição, bem como retirar o consentimento a qualquer momento, através do e-mail indicado acima ou na área "A minha conta". Tem ainda o direito de apresentar reclamação à Comissão Nacional de Proteção de Dados ([www.cnpd.pt](https://www.cnpd.pt)).

## 8. Segurança

Adotamos medidas técnicas e organizativas adequadas, incluindo a cifragem das comunicações (HTTPS), o controlo de acessos e a formação dos nossos colaboradores, para proteger os seus dados contra perda, acesso não autorizado ou divulgação.

## 9. Alterações

Esta política pode ser atualizada. A versão em vigor está sempre disponível nesta página, com a data da última atualização.
"""

EDITS = [
    {"note": "recipients: Mailchimp replaced by Brevo (Sendinblue SAS) for the newsletter",
     "repl": [("- Mailchimp (The Rocket Science Group LLC), para o envio da newsletter;",
               "- Brevo (Sendinblue SAS), para o envio da newsletter e de SMS;")]},
    {"note": "retention of prescriptions and dispensing records 3 -> 5 years",
     "repl": [("são conservados durante 3 anos.", "são conservados durante 5 anos.")]},
    {"note": "purposes table: new row for the loyalty card (Cartão Saúde Avenida)",
     "repl": [("| Envio de newsletter e campanhas | Consentimento |",
               "| Envio de newsletter e campanhas | Consentimento |\n"
               "| Gestão do Cartão Saúde Avenida e acumulação de pontos | Execução do contrato |")]},
    {"note": "technical director changed (Dra. Helena Moutinho -> Dr. Tiago Sarmento)", "bump": False,
     "repl": [("é a Dra. Helena Moutinho, farmacêutica inscrita", "é o Dr. Tiago Sarmento, farmacêutico inscrito")]},
    {"note": "new paragraph on teleconsultation partner (Knok Healthcare) in recipients",
     "repl": [("Podem ainda ser comunicados ao INFARMED",
               "Quando marca uma teleconsulta de aconselhamento, os dados necessários são partilhados com a "
               "Knok Healthcare, S.A., que disponibiliza a plataforma de videoconsulta.\n\n"
               "Podem ainda ser comunicados ao INFARMED")]},
    {"note": "phone number changed and the fixed-network note updated",
     "repl": [("@ Telefone: 223 745 120 (chamada para a rede fixa nacional)",
               "@ Telefone: 220 998 310 (custo de chamada para a rede fixa nacional)")]},
]

BANNERS = [((1, 1), (1, 31), "Saldos de inverno: até -40% em dermocosmética"),
           ((3, 15), (4, 30), "Primavera: proteja-se das alergias — conselhos do farmacêutico"),
           ((6, 1), (8, 31), "Verão seguro: -25% em protetores solares"),
           ((11, 20), (11, 30), "Black Friday: -30% em todo o site"),
           ((12, 1), (12, 24), "Natal: oferta de portes em encomendas acima de 29 €")]
PRODUCTS = [("Bioderma Sensibio H2O 500 ml", 15.99), ("La Roche-Posay Anthelios UVMune 400", 21.90),
            ("Avène Cicalfate+ Creme 40 ml", 11.49), ("Uriage Bariéderm Cica 100 ml", 12.35),
            ("Vichy Minéral 89 50 ml", 27.90), ("Mustela Creme Lavante 500 ml", 13.79),
            ("Cerave Loção Hidratante 473 ml", 16.45), ("Isdin Fotoprotector Fusion Water", 24.50)]
DEPLOYS = K.deploys("p1pt", dt.date(2022, 1, 1), dt.date(2026, 12, 31), (40, 110))


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"token": C.hexs(rng, 32), "cart": rng.randint(180000, 999999) + i * 1000}
    s["assets"] = K.deploy(when, DEPLOYS)
    s["banner"] = K.season(when, BANNERS)
    s["featured"] = C.keep_or(rng, prev.get("featured"), 0.6, lambda: tuple(rng.sample(range(len(PRODUCTS)), 4)))
    s["prices"] = tuple(round(PRODUCTS[k][1] * rng.choice([1, 1, 0.9, 0.85, 0.8]), 2) for k in s["featured"])
    s["free_ship"] = rng.choice(["29", "29", "35"]) if when.year < 2025 else "39"
    return s


LABELS = {"token": "PrestaShop static_token per session", "cart": "guest cart/customer ids in prestashop JS var",
          "assets": "theme.css / core.js cache hashes (CCC) per deploy", "banner": "seasonal header banner",
          "featured": "'Produtos em destaque' module under the page", "prices": "featured products' prices/discounts",
          "free_ship": "free-shipping threshold in the top bar"}


def eur(v):
    return ("%.2f" % v).replace(".", ",") + "\u00a0€"


def render(s, blocks, when):
    h1, body = blocks[0], blocks[1:]
    cont = C.render_blocks(body, tags={"table": ' class="table table-bordered"'})
    feats = "".join(
        '<div class="product-miniature js-product-miniature" data-id-product="%d" data-id-product-attribute="0">'
        '<div class="thumbnail-container"><a href="/dermocosmeti'
        'ca/%d-produto.html" class="thumbnail product-thumbnail">'
        '<img src="/%d-home_default/produto.jpg" alt="%s" loading="lazy"></a><div class="product-description">'
        '<h3 class="h3 product-title"><a href="/dermocosmetica/%d-produto.html">%s</a></h3>'
        '<div class="product-price-and-shipping"><span class="price">%s</span></div></div></div></div>'
        % (300 + k, 300 + k, 900 + k, C.attr(PRODUCTS[k][0]), 300 + k, C.esc(PRODUCTS[k][0]), eur(p))
        for k, p in zip(s["featured"], s["prices"]))
    banner = (('<div class="header-banner"><a href="/promocoes">%s</a></div>' % C.esc(s["banner"]))
              if s["banner"] else "")
    a = s["assets"]
    return (
        '<!doctype html>\n<html lang="pt">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="x-ua-compatible" '
        'content="ie=edge">\n<title>Política de Privacidade</title>\n<meta name="description" content="Política de '
        'Privacidade da Farmácia Avenida">\n<link rel="canonical" href="%s">\n'
        '<link rel="stylesheet" href="https://www.farmaciaavenida.pt/themes/farmavenida/assets/cache/theme-%s.css" '
        'type="text/css" media="all">\n'
        '<script type="text/javascript">var prestashop = {"cart":{"products":[],"totals":{"total":{"type":"total",'
        '"label":"Total","amount":0,"value":"0,00\\u00a0\\u20ac"}},"id_cart":%d},"currency":{"iso_code":"EUR",'
        '"sign":"\\u20ac"},"customer":{"is_logged":false,"id_guest":%d},"language":{"iso_code":"pt","locale":"pt-PT"},'
        '"page":{"page_name":"cms","body_classes":{"lang-pt":true,"cms-id-2":true}},"static_token":"%s",'
        '"token":"%s"};var prestashopFacebookAjaxController = "https:\\/\\/www.farmaciaavenida.pt\\/module\\/'
        'ps_facebook\\/Ajax";</script>\n</head>\n'
        '<body id="cms" class="lang-pt country-pt currency-eur layout-full-width page-cms cms-id-2">\n'
        '<main>\n<header id="header">%s<nav class="header-nav"><div class="container"><div class="row">'
        '<div class="hidden-sm-down"><div class="col-md-5 col-xs-12"><div id="_desktop_contact_link">'
        '<div id="contact-link"><a href="/contactos">Contacte-nos</a> | 223 745 120</div></div></div>'
        '<div class="col-md-7 right-nav"><span class="free-shipping">Portes grátis acima de %s €</span>'
        '<div id="_desktop_cart"><div class="blockcart cart-preview inactive" data-refresh-url="//www.farmaciaavenida'
        '.pt/module/ps_shoppingcart/ajax"><span class="cart-products-count">(0)</span></div></div></div></div>'
        '</div></div></nav><div class="header-top"><div class="container"><a href="/"><img class="logo img-responsive"'
        ' src="/img/farmacia-avenida-logo-16423.svg" alt="Farmácia Avenida"></a><div id="search_widget" '
        'class="search-widget" data-search-controller-url="//www.farmaciaavenida.pt/pesquisa"><form method="get" '
        'action="/pesquisa"><input type="hidden" name="controller" value="search"><input type="text" name="s" '
        'placeholder="Pesquisar produtos"></form></div></div></div></header>\n'
        '<section id="wrapper"><div class="container"><nav data-depth="2" class="breadcrumb hidden-sm-down"><ol>'
        '<li><a href="/"><span>Início</span></a></li><li><a href="%s"><span>Política de Privacidade</span></a></li>'
        '</ol></nav>\n<div id="content-wrapper"><section id="main"><header class="page-header"><h1>%s</h1></header>\n'
        '<section id="content" class="page-content page-cms page-cms-2">\n%s\n</section>\n'
        '<footer class="page-footer"></footer></section></div>\n'
        '<section class="featured-products clearfix"><h2 class="h2 products-section-title text-uppercase">Produtos em '
        'destaque</h2><div class="products">%s</div></section>\n</div></section>\n'
        '<footer id="footer"><div class="footer-container"><div class="container"><div class="row"><div class="col-md-4'
        ' links"><p class="h3">A nossa empresa</p><ul><li><a href="/content/1-entrega">Entrega</a></li><li><a '
        'href="/content/2-politica-de-privacidade">Política de Privacidade</a></li><li><a href="/content/3-termos">'
        'Termos e condições</a></li><li><a href="https://www.livroreclamacoes.pt">Livro de Reclamações</a></li></ul>'
        '</div><div class="col-md-4"><p>Farmácia registada no INFARMED com o n.º 4321 — venda de MNSRM online '
        'autorizada.</p></div></div><p class="text-sm-center">© %d - Farmácia Avenida</p></div></div></footer>\n'
        '</main>\n<script type="text/javascript" src="https://www.farmaciaavenida.pt/themes/farmavenida/assets/cache/'
        'bottom-%s.js"></script>\n</body>\n</html>\n'
        % (URL, a[:6], s["cart"], s["cart"] + 731, s["token"], s["token"][::-1], banner, s["free_ship"], URL,
           C.inline_html(h1[1]), cont, feats, when.year, a[6:12]))


PAGE = {
    "service": "Farmácia Avenida", "url": URL, "lang": "pt-PT", "platform": "PrestaShop 1.7",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 2, 1), "end": dt.date(2026, 3, 31), "hours": (1, 13),
    "policy": POLICY, "first_updated": dt.date(2021, 11, 9), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#main .page-header h1", "#content.page-cms"]},
}
