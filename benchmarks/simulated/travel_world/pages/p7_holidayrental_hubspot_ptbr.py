"""Veraneio (holiday-rental platform) - pt-BR - HubSpot CMS Hub.

The policy is a rich_text module in a coded template (`.legal-body`); a page A/B test serves two variants with
different templates, module ids and layouts (variant B: two columns with a sticky table of contents). A CTA sits
inside the rich text: the legacy image CTA (hs-cta-wrapper, no text) until 2023, then the new text CTA
(hs-web-interactive-inline), rotating between offers. hsVars render_id/ticks per request, hs-analytics script URL
bucketed to 5 minutes, template/module asset timestamps, featured properties with prices and "N pessoas viram
hoje", a search bar with default dates, seasonal promo bar."""
import datetime as dt
import common as C

URL = "https://www.veraneio.com.br/politica-de-privacidade"
PORTAL = 21458712
MESES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
         "novembro", "dezembro"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
# Política de Privacidade

Última atualização: {UPDATED}

A Veraneio Tecnologia em Turismo Ltda. ("Veraneio") opera a plataforma de aluguel por temporada que conecta hóspedes e anfitriões em todo o Brasil. Esta Política descreve como tratamos seus dados pessoais de acordo com a Lei Geral de Proteção de Dados Pessoais (Lei nº 13.709/2018, "LGPD").

## 1. Dados que coletamos

- **Cadastro:** nome completo, CPF, data de nascimento, e-mail e telefone.
- **Reservas:** imóvel, datas da estadia, número de hóspedes e mensagens trocadas com o anfitrião.
- **Pagamento:** dados do cartão ou chave Pix, processados pelo nosso parceiro de pagamentos.
- **Anfitriões:** dados bancários para repasse, endereço do imóvel e documentos de propriedade ou de autorização de locação.

## 2. Para que usamos seus dados

Usamos seus dados para criar e gerenciar sua conta, intermediar reservas e pagamentos, verificar identidades, prevenir fraudes, prestar suporte e, com o seu consentimento, enviar ofertas e novidades.

## 3. Compartilhamento

Compartilhamos dados pessoais somente quando necessário:

- com o anfitrião ou o hóspede da reserva, na medida necessária para a estadia;
- com a Pagar.me Pagamentos S.A., para processamento de pagamentos;
- com a Amazon Web Services, para hospedagem da plataforma;
- com autoridades públicas, quando exigido por lei ou ordem judicial.

## 4. Retenção

Mantemos os dados de reservas por 5 anos após a estadia, para cumprimento de obrigações legais e defesa em processos. Dados de cadastro são excluídos em até 60 dias após o encerramento da conta.

## 5. Seus direitos

Você pode solicitar confirmação, acesso, correção, anonimização, portabilidade e eliminação dos seus dados, bem como revogar o consentimento, pelo e-mail do Encarregado. Você também pode apresentar reclamação à [Autoridade Nacional de Proteção de Dados (ANPD)](https://www.gov.br/anpd).

## 6. Encarregado de dados (DPO)

@ Encarregado: Mariana Lopes Teixeira
@ E-mail: [privacidade@veraneio.com.br](mailto:privacidade@veraneio.com.br)
@ Rua Bocaiúva, 2125, sala 801, Centro, Florianópolis/SC, CEP 88015-530
"""

EDITS = [
    {"note": "sharing list: Unico Check added (facial-biometrics identity verification)",
     "repl": [("- com a Amazon Web Services, para hospedagem da plataforma;",
               "- com a Unico Check Tecnologia S.A., para verificação de identidade por biometria facial;\n- com a Amazon Web Services, para hospedagem da plataforma;")]},
    {"note": "retention: account data deleted within 30 instead of 60 days",
     "repl": [("excluídos em até 60 dias após", "excluídos em até 30 dias após")]},
    {"note": "link target changed: ANPD link now points to its service channels page (date not bumped)", "bump": False,
     "repl": [("(https://www.gov.br/anpd)", "(https://www.gov.br/anpd/pt-br/canais-de-atendimento)")]},
    {"note": "new section 6 'Transferência internacional de dados' inserted; DPO section renumbered 7",
     "repl": [("## 6. Encarregado de dados (DPO)",
               "## 6. Transferência internacional de dados\n\nAlguns de nossos fornecedores armazenam dados em servidores localizados nos Estados Unidos. Nesses casos, a transferência é realizada com base em cláusulas-padrão contratuais aprovadas pela ANPD, nos termos do art. 33 da LGPD.\n\n## 7. Encarregado de dados (DPO)")]},
    {"note": "new DPO: name and e-mail changed",
     "repl": [("@ Encarregado: Mariana Lopes Teixeira\n@ E-mail: [privacidade@veraneio.com.br](mailto:privacidade@veraneio.com.br)",
               "@ Encarregado: Rafael Cunha Barros\n@ E-mail: [dpo@veraneio.com.br](mailto:dpo@veraneio.com.br)")]},
]

PROPS = [("Casa pé na areia em Bombinhas", "Bombinhas, SC", 690), ("Apartamento com vista para o mar em Jurerê", "Florianópolis, SC", 480),
         ("Chalé com lareira em Campos do Jordão", "Campos do Jordão, SP", 540), ("Pousada inteira em Trancoso", "Porto Seguro, BA", 1450),
         ("Flat em Porto de Galinhas", "Ipojuca, PE", 390), ("Casa com piscina em Búzios", "Armação dos Búzios, RJ", 980),
         ("Cabana na Serra Gaúcha", "Gramado, RS", 620)]
CTAS_OLD = [("4f1d2c3b-8a9e-4b7c-a1d2-3e4f5a6b7c8d", "Anuncie seu imóvel na Veraneio"),
            ("9a8b7c6d-5e4f-4a3b-b2c1-d0e9f8a7b6c5", "Baixe o app Veraneio")]
CTAS_NEW = [(131452987612, "Anuncie seu imóvel grátis"), (131452987745, "Baixe o app e ganhe R$ 50 na primeira reserva"),
            (131452988019, "Seja um Superanfitrião")]
NEW_CTA = dt.datetime(2023, 9, 1)


def season(d):
    if d.month in (12, 1):
        return "Réveillon e férias de verão: até 20% off em casas de praia"
    if d.month in (2, 3):
        return "Carnaval: reserve já sua casa perto dos blocos"
    if d.month in (6, 7):
        return "Férias de julho: chalés na serra com desconto"
    return "Feriadão chegando? Encontre casas para toda a família"


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["request"] = (C.uuid4(rng), C.epoch(when) * 1000 + rng.randint(0, 999))
    s["variant"] = rng.choice(["a", "b"])
    newc = when >= NEW_CTA
    s["cta"] = C.keep_or(rng, prev.get("cta") if prev.get("cta", (None, newc))[1] == newc else None, 0.6,
                         lambda: (rng.randrange(len(CTAS_NEW if newc else CTAS_OLD)), newc, C.b64tok(rng, 36)))
    s["props"] = tuple((k, PROPS[k][2] + rng.choice([-60, -30, 0, 0, 40, 90]), rng.randint(2, 48))
                       for k in rng.sample(range(len(PROPS)), 3))
    s["promo"] = season(when)
    s["assets"] = C.keep_or(rng, prev.get("assets"), 0.35, lambda: 1000 * (C.epoch(when) - rng.randint(3600, 60 * 86400)))
    return s


LABELS = {
    "request": "per-request hsVars render_id and ticks; hs-analytics 5-minute bucket",
    "variant": "page A/B test variant (different template, module ids, layout)",
    "cta": "CTA inside the rich-text module (legacy image CTA, then text web-interactive) rotated",
    "props": "featured properties: prices and 'N pessoas viram hoje'",
    "promo": "seasonal promo bar",
    "assets": "template/module asset timestamps",
}


def cta_html(s):
    k, newc, payload = s["cta"]
    if not newc:
        g, alt = CTAS_OLD[k]
        return ('<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-%s"><span class="hs-cta-node hs-cta-%s" id="hs-cta-%s">'
                '<!--[if lte IE 8]><div id="hs-cta-ie-element"></div><![endif]--><a href="https://cta-redirect.hubspot.com/cta/redirect/%d/%s">'
                '<img class="hs-cta-img" id="hs-cta-img-%s" style="border-width:0px;" src="https://no-cache.hubspot.com/cta/default/%d/%s.png" alt="%s"></a></span>'
                '<script charset="utf-8" src="/hs/cta/cta/current.js"></script><script type="text/javascript"> hbspt.cta._relativeUrls=true;'
                'hbspt.cta.load(%d, \'%s\', {"useNewLoader":"true","region":"na1"}); </script></span><!-- end HubSpot Call-to-Action Code -->'
                % (g, g, g, PORTAL, g, g, PORTAL, g, alt, PORTAL, g))
    cid, label = CTAS_NEW[k]
    return ('<span class="hs-web-interactive-inline" style="" data-hubspot-wrapper-cta-id="%d"> '
            '<a href="https://cta-service-cms2.hubspot.com/web-interactives/public/v1/track/redirect?encryptedPayload=%s&amp;webInteractiveContentId=%d&amp;portalId=%d" '
            'class="hs-inline-web-interactive-%d" data-hubspot-cta-id="%d"> %s </a> </span>'
            % (cid, payload.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D"), cid, PORTAL, cid, cid, label))


def render(s, blocks, when):
    rid, ticks = s["request"]
    at = s["assets"]
    head, secs = C.split_sections(blocks)
    inner = [C.blocks_html(head)]
    for n, (t, bl) in enumerate(secs, 1):
        inner.append(C.block_html(("h2", t)) + C.blocks_html(bl))
        if n == 2:
            inner.append("<p>%s</p>" % cta_html(s))
    rich = "\n".join(inner)
    mod = "widget_1652891234567" if s["variant"] == "a" else "widget_1699364820115"
    richmod = ('<div id="hs_cos_wrapper_%s" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text" '
               'style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_%s_" '
               'class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="widget" '
               'data-hs-cos-type="rich_text">%s</span></div>' % (mod, mod, rich))
    props = "".join('<div class="property-card"><a href="/imovel/%d"><img src="https://www.veraneio.com.br/hs-fs/hubfs/imoveis/%d.jpg?width=360&amp;name=%d.jpg" alt="">'
                    '<p class="property-card__title">%s</p><p class="property-card__place">%s</p><p class="property-card__price">R$ %d <span>/noite</span></p>'
                    '<p class="property-card__views">%d pessoas viram este imóvel hoje</p></a></div>'
                    % (31000 + k, 31000 + k, 31000 + k, PROPS[k][0], PROPS[k][1], p, v) for k, p, v in s["props"])
    search = ('<form class="search-bar" action="/busca" method="get"><input name="destino" placeholder="Para onde você vai?">'
              '<input type="date" name="checkin" value="%s"><input type="date" name="checkout" value="%s"><select name="hospedes"><option>2 hóspedes</option></select>'
              '<button type="submit">Buscar</button></form>' % ((when + dt.timedelta(days=7)).strftime("%Y-%m-%d"), (when + dt.timedelta(days=10)).strftime("%Y-%m-%d")))
    if s["variant"] == "a":
        main = ('<div class="container-fluid body-container body-container--legal"><div class="row-fluid-wrapper"><div class="row-fluid">'
                '<div class="span12 widget-span widget-type-cell " style="" data-widget-type="cell" data-x="0" data-w="12">'
                '<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section"><div class="row-fluid "><div class="span12 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="0" data-w="12">'
                '<div class="legal-body">%s</div></div></div></div>'
                '<div class="row-fluid-wrapper row-depth-1 row-number-2 dnd-section"><div class="row-fluid "><div class="span12 widget-span widget-type-custom_widget dnd-module">'
                '<div id="hs_cos_wrapper_widget_1652891240211" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-general-type="widget" data-hs-cos-type="module">'
                '<section class="featured-properties"><h3>Imóveis em destaque</h3>%s</section></div></div></div></div>'
                '</div></div></div></div>' % (richmod, props))
    else:
        toc = "".join('<li><a href="#">%s</a></li>' % C.inline_html(t) for t, _ in secs)
        main = ('<div class="container-fluid body-container body-container--legal-2col"><div class="row-fluid-wrapper"><div class="row-fluid">'
                '<div class="span3 widget-span widget-type-cell legal-sidebar" data-widget-type="cell" data-x="0" data-w="3">'
                '<nav class="legal-toc legal-toc--sticky"><p>Nesta página</p><ul>%s</ul></nav></div>'
                '<div class="span9 widget-span widget-type-cell" data-widget-type="cell" data-x="3" data-w="9">'
                '<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section"><div class="row-fluid "><div class="span12 widget-span widget-type-custom_widget dnd-module">'
                '<div class="legal-body legal-body--wide">%s</div></div></div></div></div></div></div>'
                '<div class="row-fluid-wrapper row-depth-1 row-number-2 dnd-section"><div class="row-fluid "><div class="span12 widget-span widget-type-custom_widget dnd-module">'
                '<div id="hs_cos_wrapper_widget_1699364826630" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-general-type="widget" data-hs-cos-type="module">'
                '<section class="featured-properties featured-properties--carousel"><h3>Você também pode gostar</h3>%s</section></div></div></div></div></div>'
                % (toc, richmod, props))
    page_id = 67812345678 if s["variant"] == "a" else 141827364512
    bucket = (ticks // 300000) * 300000
    return ('<!doctype html><html lang="pt-br"><head>\n<meta charset="utf-8">\n<title>Política de Privacidade | Veraneio</title>\n'
            '<link rel="shortcut icon" href="https://www.veraneio.com.br/hubfs/favicon-veraneio.png">\n'
            '<meta name="description" content="Saiba como a Veraneio trata seus dados pessoais.">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<link rel="stylesheet" href="https://www.veraneio.com.br/hubfs/hub_generated/template_assets/1/71234567890/%d/template_main.min.css">\n'
            '<link rel="stylesheet" href="https://www.veraneio.com.br/hubfs/hub_generated/module_assets/1/71234568812/%d/module_featured-properties.min.css">\n'
            '<link rel="canonical" href="%s">\n'
            '<meta property="og:url" content="%s">\n<meta name="generator" content="HubSpot">\n'
            '</head>\n<body>\n<div class="body-wrapper   hs-content-id-%d hs-site-page page ">\n'
            '<div data-global-resource-path="veraneio-theme/templates/partials/header.html"><div class="promo-bar">%s</div>'
            '<header class="header"><a class="header__logo" href="/"><img src="https://www.veraneio.com.br/hubfs/logo-veraneio.svg" alt="Veraneio"></a>%s'
            '<nav class="header__nav"><a href="/anuncie">Anuncie seu imóvel</a><a href="/ajuda">Ajuda</a><a href="/entrar">Entrar</a></nav></header></div>\n'
            '<main id="main-content" class="body-container-wrapper">\n%s\n</main>\n'
            '<div data-global-resource-path="veraneio-theme/templates/partials/footer.html"><footer class="footer"><p>Veraneio Tecnologia em Turismo Ltda. · CNPJ 34.567.890/0001-12</p>'
            '<a href="/termos-de-uso">Termos de uso</a> <a href="/politica-de-privacidade">Privacidade</a> <a href="/politica-de-cookies">Cookies</a></footer></div>\n'
            '</div>\n'
            '<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>\n'
            '<script src="https://www.veraneio.com.br/hubfs/hub_generated/template_assets/1/71234567901/%d/template_main.min.js"></script>\n'
            '<script>var hsVars = {render_id: "%s", ticks: %d, page_id: %d, content_group_id: 0, portal_id: %d, app_hs_base_url: "https://app.hubspot.com", '
            'cp_hs_base_url: "https://cp.hubspot.com", language: "pt-br", analytics_page_type: "standard-page", scp_content_type: "", '
            'analytics_page_id: "%d", category_id: 1, folder_id: 0, is_hubspot_user: false}</script>\n'
            '<script defer src="/hs/hsstatic/HubspotToolsMenu/static-1.256/js/index.js"></script>\n'
            '<!-- Start of HubSpot Analytics Code -->\n<script type="text/javascript">\nvar _hsq = _hsq || [];\n_hsq.push(["setContentType", "standard-page"]);\n'
            '_hsq.push(["setCanonicalUrl", "%s"]);\n_hsq.push(["setPageId", "%d"]);\n_hsq.push(["setContentMetadata", {"contentPageId": %d, "legacyPageId": "%d", '
            '"contentFolderId": null, "contentGroupId": null, "abTestId": 141827364499, "languageVariantId": %d, "languageCode": "pt-br"}]);\n</script>\n\n'
            '<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/%d.js"></script>\n<!-- End of HubSpot Analytics Code -->\n'
            '<script type="text/javascript" src="//js.hs-analytics.net/analytics/%d/%d.js"></script>\n'
            '</body></html>\n'
            % (at, at + 7000, URL, URL, page_id, s["promo"], search, main, at + 11000, rid, ticks, page_id, PORTAL, page_id,
               URL, page_id, page_id, page_id, page_id, PORTAL, bucket, PORTAL))


PAGE = {
    "service": "Veraneio", "url": URL, "lang": "pt-BR", "platform": "HubSpot CMS Hub",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-HS-Hub-Id", str(PORTAL)), ("X-HS-Cache-Status", "HIT")),
    "n": 30, "start": dt.date(2021, 1, 5), "end": dt.date(2026, 4, 30), "hours": (0, 6, 12, 18),
    "policy": POLICY, "first_updated": dt.date(2020, 9, 18), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".legal-body .hs_cos_wrapper_type_rich_text"],
                    "remove": [".hs-cta-wrapper", ".hs-web-interactive-inline"]},
}
