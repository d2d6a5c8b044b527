"""Papel & Prata (Porto photo-printing lab, European Portuguese), a Wix site (Thunderbolt renderer): the policy in
Wix rich-text elements; the site was rebuilt from a new template in February 2024, which gave the text new
component ids and split it over two text boxes (declaration history)."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import phkit as K  # noqa: E402

POLICY = """
# Política de Privacidade

Última atualização: {UPDATED}

A Papel & Prata é um laboratório fotográfico do Porto que imprime as suas fotografias, álbuns e quadros e os envia para todo o país. Esta Política de Privacidade explica de que forma tratamos os seus dados pessoais quando visita o nosso site, encomenda impressões, nos visita na loja ou nos contacta. Tratamos os seus dados de acordo com o Regulamento Geral sobre a Proteção de Dados (RGPD) e a Lei n.º 58/2019, de 8 de agosto, que assegura a sua execução na ordem jurídica portuguesa.

## 1. Responsável pelo tratamento

O responsável pelo tratamento dos seus dados pessoais é:

@ Papel e Prata, Lda.
@ NIPC 515 123 456
@ Rua de Cedofeita, 214
@ 4050-174 Porto
@ privacidade@papeleprata.pt

## 2. Que dados recolhemos

Recolhemos apenas os dados necessários para tratar das suas encomedas:

- nome, e-mail, telefone e morada de entrega;
- número de contribuinte (NIF), se pedir fatura com contribuinte;
- as fotografias que envia para impressão e as indicações que nos dá sobre cada uma (formato, papel, margens, correções);
- o histórico de encomendas e de pagamentos;
- os dados da conta de cliente, se optar por criar uma, incluindo a palavra-passe cifrada;
- as mensagens que nos envia pelo formulário de contacto, por e-mail ou pelo chat do site;
- dados de navegação recolhidos através de cookies, como o endereço IP e o tipo de dispositivo.

Não lhe pedimos dados sensíveis. Tenha em atenção que as fotografias podem revelar informação sobre si e sobre outras pessoas; por isso, tratamo-las com especial cuidado, como explicamos no ponto 4.

## 3. Para que usamos os seus dados

- **Processar as encomendas:** imprimir as fotografias, faturar e enviar a encomenda por CTT ou DPD, ou prepará-la para levantamento na loja. Base legal: execução do contrato.
- **Apoio ao cliente:** responder a pedidos de informação, trocas e reclamações. Base legal: execução do contrato e interesse legítimo.
- **Newsletter:** enviar novidades, promoções e dicas de fotografia, apenas se o autorizar. Base legal: consentimento.
- **Obrigações legais:** cumprir as obrigações fiscais e contabilísticas. Base legal: obrigação legal.
- **Levantamento na loja:** confirmar a sua identidade pelo nome e pelo número da encomenda quando vem levantar as fotografias. Base legal: execução do contrato.
- **Segurança do site:** prevenir fraudes e utilizações abusivas da loja online. Base legal: interesse legítimo.

## 4. As suas fotografias

As fotografias que nos envia são usadas exclusivamente para imprimir a sua encomenda. Apenas os técnicos do laboratório têm acesso a elas, para fazer a correção de cor e o controlo de qualidade. Nunca publicamos as suas fotografias no site nem nas redes sociais sem a sua autorização expressa e por escrito.

Os ficheiros são apagados dos nossos servidores 60 dias após o envio da encomenda. As provas de impressão com defeito são destruídas no próprio laboratório.

Se nos entregar fotografias em papel, negativos ou diapositivos para digitalizar, devolvemos sempre os originais juntamente com a encomenda e não guardamos cópias das digitalizações depois de as entregar. Se encomendar um álbum com fotografias de outras pessoas, por exemplo de um casamento ou de uma festa de aniversário, cabe-lhe garantir que tem autorização para as usar.

## 5. Com quem partilhamos os dados

Partilhamos os seus dados apenas com as entidades que nos ajudam a prestar o serviço, que atuam como subcontratantes e estão obrigadas a protegê-los:

- Wix.com (alojamento do site e da loja online);
- CTT Expresso e DPD Portugal (transporte das encomendas);
- Easypay (pagamentos por Multibanco, MB WAY e cartão);
- InvoiceXpress (faturação certificada);
- Mailchimp (envio da newsletter).

Alguns destes prestadores podem tratar dados fora do Espaço Económico Europeu. Nesses casos, a transferência é feita com base nas cláusulas contratuais-tipo aprovadas pela Comissão Europeia ou noutra garantia prevista no RGPD.

Podemos ainda comunicar dados às autoridades públicas, como a Autoridade Tributária, quando a lei o exija.

## 6. Durante quanto tempo guardamos os dados

Os dados das encomendas e as faturas são conservados durante 10 anos, conforme exigido pela lei fiscal. Os dados de contacto para a newsletter são guardados até cancelar a subscrição. As mensagens de apoio ao cliente são apagadas 2 anos após o último contacto. Os álbuns guardados na sua conta, mas não encomendados, são apagados ao fim de 12 meses sem atividade. Terminados estes prazos, os dados são apagados ou anonimizados.

## 7. Cookies

O nosso site usa cookies necessários ao seu funcionamento e, com o seu consentimento, cookies de estatística e de marketing. Pode alterar as suas preferências a qualquer momento no banner de cookies. Os cookies necessários permitem, por exemplo, guardar o seu carrinho de compras enquanto carrega as fotografias. Só utilizamos o Google AnalyticsOs cookies de marketing servem para lhe mostrar anúncios da Papel & Prata nas redes sociais. Só utilizamos o Google Analytics se aceitar os cookies de estatística, e com os endereços IP anonimizados.

## 8. Os seus direitos

Pode, a qualquer momento, pedir o acesso, a retificação, o apagamento, a limitação ou a portabilidade dos seus dados, opor-se ao seu tratamento e retirar o consentimento dado, sem que isso afete a licitude do tratamento já efetuado. Para isso, basta enviar um e-mail para privacidade@papeleprata.pt. Respondemos no prazo máximo de 30 dias. Se o pedido for feito por um representante, poderemos pedir um documento que comprove essa representação.

Tem também o direito de apresentar reclamação à Comissão Nacional de Proteção de Dados (CNPD), em www.cnpd.pt.

## 9. Segurança

Adotamos medidas técnicas e organizativas adequadas para proteger os seus dados contra perda, acesso não autorizado ou divulgação, incluindo ligações cifradas, palavras-passe individuais para cada colaborador e cópias de segurança regulares. Os computadores do laboratório não têm acesso às redes sociais nem a serviços de armazenamento pessoais.

## 10. Alterações

Podemos alterar esta política sempre que necessário, por exemplo quando passarmos a oferecer novos serviços. A versão em vigor está sempre disponível nesta página, com a data da última atualização no topo. Se as alterações forem significativas, avisaremos os clientes registados por e-mail.
"""

EDITS = [
    {"note": "file retention extended from 60 to 90 days",
     "repl": [("apagados dos nossos servidores 60 dias após", "apagados dos nossos servidores 90 dias após")]},
    {"note": "shipping processor added to the list: Sendcloud",
     "repl": [("- CTT Expresso e DPD Portugal (transporte das encomendas);",
               "- CTT Expresso e DPD Portugal (transporte das encomendas);\n"
               "- Sendcloud (gestão das etiquetas e do seguimento das encomendas);")]},
    {"note": "typo fixed (encomedas), date unchanged", "bump": False,
     "repl": [("tratar das suas encomedas:", "tratar das suas encomendas:")]},
    {"note": "shop moved: new address",
     "repl": [("@ Rua de Cedofeita, 214\n@ 4050-174 Porto", "@ Rua do Almada, 397\n@ 4050-038 Porto")]},
    {"note": "sentence added on the electronic complaints book",
     "repl": [("em www.cnpd.pt.", "em www.cnpd.pt. Pode ainda utilizar o Livro de Reclamações Eletrónico, "
                                 "disponível em www.livroreclamacoes.pt.")]},
]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, K.MONTHS["pt"][d.month - 1], d.year)


REDESIGN = dt.datetime(2024, 2, 4, 0, 0)
OLD = {"page": "jq9ax", "section": "comp-kb3x9f0s", "text": ["comp-kb3x9f1a"]}
NEW = {"page": "c1dmp", "section": "comp-lt8q2a0c", "text": ["comp-lt8q2w7m", "comp-lt8q3k1p"]}


def noise(rng, when, i, prev):
    p = prev or {}
    new = when >= REDESIGN
    rev = (p.get("revision") or 212)
    if new and p.get("design") == "classic-2020":
        rev += rng.randint(20, 40)
    elif rng.random() < 0.25:
        rev += rng.randint(1, 3)
    return {
        "design": "rebuild-2024" if new else "classic-2020",
        "revision": rev,
        "tb": C.keep_or(rng, p.get("tb"), 0.2, lambda: (C.hexs(rng, 20), C.hexs(rng, 20),
                                                        tuple(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") + C.alnum(rng, 5)
                                                              for _ in range(10)))),
        "request": "%d.%s" % (C.epoch(when), "".join(rng.choice("0123456789") for _ in range(17))),
    }


LABELS = {
    "design": "site rebuilt from a new Wix template (new component ids, text split in two boxes)",
    "revision": "Wix siteRevision (site re-published)",
    "tb": "Thunderbolt release: bundle hashes and generated class names (also on the selected text elements)",
    "request": "per-request id in the viewer model",
}


def _wix_rich(blocks, cls):
    T = "wixui-rich-text__text"

    def text(raw):
        return K.esc(raw)

    def bold(raw):
        return '<span style="font-weight:bold;" class="%s">%s</span>' % (T, K.esc(raw))

    def link(url, label):
        return ('<a href="%s" target="_self" class="%s"><span style="text-decoration:underline;" class="%s">%s</span>'
                '</a>' % (K.attr(url), T, T, K.esc(label)))

    def heading(kind, v, inl):
        font = {"h1": "font_0", "h2": "font_2", "h3": "font_4"}[kind]
        return '<%s class="%s %s">%s</%s>' % (kind, font, T, inl(v), kind)

    def para(v, inl):
        return '<p class="font_8 %s">%s</p>' % (T, inl(v))

    def lst(kind, items, inl):
        return '<%s class="font_8 %s">%s</%s>' % (kind, T, "".join(
            '<li class="%s"><p class="font_8 %s">%s</p></li>' % (T, T, inl(i)) for i in items), kind)

    def addr(lines, inl):
        return '<p class="font_8 %s">%s</p>' % (T, ('<br class="%s">' % T).join(inl(x) for x in lines))

    guard = '<p class="font_8 %s"><span class="wixGuard %s">\u200b</span></p>' % (T, T)
    out = []
    for b in blocks:
        if b[0] == "h2" and out:
            out.append(guard)
        out.append(K.render_blocks([b], text=text, bold=bold, link=link, heading=heading, para=para, lst=lst,
                                   addr=addr))
    return "".join(out)


def _rich_comp(cid, blocks, classes):
    return ('<div id="%s" class="%s %s wixui-rich-text" data-testid="richTextElement">%s</div>'
            % (cid, classes, cid, _wix_rich(blocks, classes)))


def render(state, blocks, when):
    new = state["design"] == "rebuild-2024"
    L = NEW if new else OLD
    main_hash, rt_hash, cls = state["tb"]
    rich_cls = " ".join(cls[2:5])
    if new:
        k = next(n for n, b in enumerate(blocks) if b[0] == "h2" and b[1].startswith("5."))
        texts = [_rich_comp(L["text"][0], blocks[:k], rich_cls), _rich_comp(L["text"][1], blocks[k:], rich_cls)]
        hero = ('<div id="comp-lt8q1hero" class="%s comp-lt8q1hero wixui-image"><div data-testid="linkElement" '
                'class="%s"><wow-image id="img_comp-lt8q1hero" class="HlRz5e BI8PVQ" data-image-info="{}" '
                'data-bg-effect-name="" data-has-ssr-src=""><img src="https://static.wixstatic.com/media/5b3c1e_'
                'f2a9c0d1e4b84b6e9a7d3c2b1a0f9e8d~mv2.jpg/v1/fill/w_980,h_260,al_c,q_85,enc_avif,quality_auto/'
                'laboratorio.jpg" alt="Laboratório Papel &amp; Prata" style="width:980px;height:260px;object-fit:'
                'cover" width="980" height="260" fetchpriority="high"/></wow-image></div></div>' % (cls[5], cls[6]))
        content = hero + "".join(texts)
        menu = [("Início", "/"), ("Impressões", "/impressoes"), ("Álbuns", "/albuns"), ("Quadros", "/quadros"),
                ("A Loja", "/loja"), ("Contactos", "/contactos")]
    else:
        content = _rich_comp(L["text"][0], blocks, rich_cls)
        menu = [("Início", "/"), ("Loja Online", "/loja-online"), ("Serviços", "/servicos"),
                ("Sobre Nós", "/sobre-nos"), ("Contactos", "/contactos")]
    nav = "".join('<li class="%s wixui-horizontal-menu__item" data-testid="menuItem"><a data-testid="linkElement" '
                  'href="https://www.papeleprata.pt%s" target="_self" class="%s"><div class="%s"><p class="%s">%s</p>'
                  '</div></a></li>' % (cls[7], u, cls[8], cls[9], cls[8], t) for t, u in menu)
    model = {"fleetConfig": {"fleetName": "thunderbolt-seo-renderer", "type": "GA", "code": 0},
             "mode": {"qa": False, "enableTestApi": False, "debug": False, "ssrIndicator": False, "ssrOnly": False,
                      "siteAssetsFallback": "enable", "versionIndicator": False},
             "language": {"userLanguage": "pt"},
             "siteAssets": {"clientTopology": {"mediaRootUrl": "https://static.wixstatic.com",
                                               "staticMediaUrl": "https://static.wixstatic.com/media",
                                               "moduleRepoUrl": "https://static.parastorage.com/unpkg",
                                               "fileRepoUrl": "https://static.parastorage.com/services",
                                               "siteAssetsUrl": "https://siteassets.parastorage.com"}},
             "site": {"externalBaseUrl": "https://www.papeleprata.pt", "isSEO": True},
             "requestUrl": "https://www.papeleprata.pt/politica-de-privacidade",
             "requestId": state["request"],
             "commonConfig": {"brand": "wix", "host": "VIEWER", "bsi": "", "consentPolicy": {},
                              "consentPolicyHeader": {}, "siteRevision": str(state["revision"]),
                              "renderingFlow": "NONE", "language": "pt", "locale": "pt-pt"},
             "interactionSampleRatio": 0.01,
             "dynamicModelUrl": "https://www.papeleprata.pt/_api/v2/dynamicmodel",
             "accessTokensUrl": "https://www.papeleprata.pt/_api/v1/access-tokens",
             "isExcludedFromSecurityExperiments": False,
             "experiments": {"specs.thunderbolt.hardenFetchAndXHR": True, "specs.thunderbolt.updateSiteAssetsUrl":
                             True}}
    return """<!DOCTYPE html>
<html lang="pt" dir="ltr">
<head>
  <meta charset='utf-8'>
  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="generator" content="Wix.com Website Builder"/>

  <link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/5b3c1e_0a1b2c3d4e5f4a6b8c9d0e1f2a3b4c5d~mv2.png/v1/fill/w_192%%2Ch_192%%2Clg_1%%2Cusm_0.66_1.00_0.01/5b3c1e_0a1b2c3d4e5f4a6b8c9d0e1f2a3b4c5d~mv2.png" type="image/png"/>
  <link rel="shortcut icon" href="https://static.wixstatic.com/media/5b3c1e_0a1b2c3d4e5f4a6b8c9d0e1f2a3b4c5d~mv2.png/v1/fill/w_32%%2Ch_32%%2Clg_1%%2Cusm_0.66_1.00_0.01/5b3c1e_0a1b2c3d4e5f4a6b8c9d0e1f2a3b4c5d~mv2.png" type="image/png"/>
  

  <!-- Legacy Polyfills -->
  <script nomodule="" src="https://static.parastorage.com/unpkg/core-js-bundle@3.2.1/minified.js"></script>
  <script nomodule="" src="https://static.parastorage.com/unpkg/focus-within-polyfill@5.0.9/dist/focus-within-polyfill.js"></script>

  <!-- Essential Viewer Model -->
  <script type="application/json" id="wix-essential-viewer-model">%(model)s</script>

  <script>window.viewerModel = JSON.parse(document.getElementById('wix-essential-viewer-model').textContent)</script>
  <script>window.commonConfig = viewerModel.commonConfig</script>

  <!-- initial scripts -->
  <script src="https://static.parastorage.com/services/wix-thunderbolt/dist/webpack-runtime.%(main_hash)s.bundle.min.js" async></script>
  <script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%(rt_hash)s.bundle.min.js" async></script>
  <script src="https://static.parastorage.com/services/wix-thunderbolt/dist/thunderbolt-commons.%(rt_hash_r)s.bundle.min.js" async></script>

  <meta name="format-detection" content="telephone=no">
  <meta name="skype_toolbar" content="skype_toolbar_is_compatible">
  
  <!-- SEO Tags -->
  <title>Política de Privacidade | Papel &amp; Prata</title>
  <meta name="description" content="Saiba como a Papel &amp; Prata trata os seus dados pessoais e as suas fotografias."/>
  <link rel="canonical" href="https://www.papeleprata.pt/politica-de-privacidade"/>
  <meta property="og:title" content="Política de Privacidade | Papel &amp; Prata"/>
  <meta property="og:url" content="https://www.papeleprata.pt/politica-de-privacidade"/>
  <meta property="og:site_name" content="Papel &amp; Prata"/>
  <meta property="og:type" content="website"/>
  <meta name="twitter:card" content="summary_large_image"/>

  <style id="css_masterPage">:root{--wst-color-fill-base-1:255,255,255;--wst-color-text-primary:34,34,34}.font_0{font:normal normal normal 40px/1.2em playfair display,serif;color:#222222}.font_2{font:normal normal normal 24px/1.4em playfair display,serif;color:#222222}.font_8{font:normal normal normal 15px/1.6em raleway,sans-serif;color:#444444}</style>
  <style id="css_%(page)s">#%(page)s{width:auto;min-height:1200px}</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP"><div id="pageBackground_%(page)s" data-media-height-override-type="" data-media-position-override="false" class="pageBackground_%(page)s BmZ5pC"><div id="bgLayers_pageBackground_%(page)s" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div></div></div></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div><div class="U4Bvut"><div class="CJF7A2"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content"><div id="comp-kb3vlogo" class="MazNVa comp-kb3vlogo wixui-image"><a data-testid="linkElement" href="https://www.papeleprata.pt" target="_self" class="j7pOnl"><img src="https://static.wixstatic.com/media/5b3c1e_logo~mv2.png/v1/fill/w_180,h_60,al_c,q_85/papel-e-prata-logo.png" alt="Papel &amp; Prata" width="180" height="60"/></a></div><nav id="comp-kb3vmenu" aria-label="Site" class="%(nav_cls)s comp-kb3vmenu wixui-horizontal-menu"><ul class="%(ul_cls)s">%(nav)s</ul></nav></div></div></div></div></header><main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="%(page)s" class="dBAkHi theme-vars %(page)s"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Container%(page)s" class="Container%(page)s SPY_vo"><div data-mesh-id="Container%(page)sinlineContent" data-testid="inline-content" class=""><div data-mesh-id="Container%(page)sinlineContent-gridContainer" data-testid="mesh-container-content"><section id="%(section)s" tabindex="-1" class="Oqnisf %(section)s wixui-section" data-block-level-container="ClassicSection"><div id="bgLayers_%(section)s" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div><div id="bgMedia_%(section)s" class="VgO9Yg"></div></div><div data-mesh-id="%(section)sinlineContent" data-testid="inline-content" class=""><div data-mesh-id="%(section)sinlineContent-gridContainer" data-testid="mesh-container-content">%(content)s</div></div></section></div></div></div></div></div></div></div></main><footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="CJF7A2"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_FOOTERinlineContent-gridContainer" data-testid="mesh-container-content"><div id="comp-kb3vfoot" class="%(rich_cls)s comp-kb3vfoot wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text">Papel &amp; Prata · Laboratório Fotográfico · Porto</p><p class="font_8 wixui-rich-text__text"><a href="https://www.papeleprata.pt/politica-de-privacidade" target="_self" class="wixui-rich-text__text">Política de Privacidade</a> · <a href="https://www.papeleprata.pt/termos-e-condicoes" target="_self" class="wixui-rich-text__text">Termos e Condições</a> · <a href="https://www.livroreclamacoes.pt" target="_blank" class="wixui-rich-text__text">Livro de Reclamações</a></p><p class="font_8 wixui-rich-text__text">© %(year)d Papel &amp; Prata. Criado com Wix.com</p></div></div></div></div></div></footer></div></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div></div></div>
<div id="consent-banner-root"></div>
<!-- warmup data start -->
<script type="application/json" id="wix-warmup-data">{"platform":{"ssrPropsUpdates":[],"ssrStyleUpdates":[],"ssrStructureUpdates":[]},"ooi":{"failedInSsr":{}}}</script>
<!-- warmup data end -->
</body>
</html>
""" % {"model": json.dumps(model, ensure_ascii=False, separators=(",", ":")), "main_hash": main_hash,
       "rt_hash": rt_hash, "rt_hash_r": rt_hash[::-1], "page": L["page"], "section": L["section"],
       "content": content, "nav_cls": cls[0], "ul_cls": cls[1], "nav": nav, "rich_cls": rich_cls,
       "year": when.year}


PAGE = {
    "service": "Papel e Prata",
    "url": "https://www.papeleprata.pt/politica-de-privacidade",
    "lang": "pt",
    "platform": "Wix (Thunderbolt), site rebuilt from a new template in 2024",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": [("Server", "Pepyaka"), ("Cache-Control", "no-cache"), ("Content-Language", "pt")],
    "n": 30,
    "start": dt.date(2022, 9, 1),
    "end": dt.date(2025, 4, 30),
    "hours": (3, 15),
    "policy": POLICY,
    "first_updated": dt.date(2022, 5, 30),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.papeleprata.pt/politica-de-privacidade",
        "select": ["#comp-lt8q2w7m", "#comp-lt8q3k1p"],
    },
    "history": [
        {"fetch": "https://www.papeleprata.pt/politica-de-privacidade", "select": "#comp-kb3x9f1a",
         "validUntil": "2024-02-04T00:00:00Z"},
    ],
}
