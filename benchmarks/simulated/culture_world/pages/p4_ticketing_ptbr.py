"""A Brazilian concert-ticketing platform's privacy policy, server-rendered by Angular Universal (Portuguese, Brazil):
Angular 15 (`_ngcontent-serverapp-cNN`, `serverApp-state` with &q; escapes) until mid-2024, then Angular 17
(`_ngcontent-ng-cNNNNNNN`, `ng-state`, `ng-server-context="ssr"`). The component's emulated-encapsulation
attributes sit on every element inside the declared `.politica-conteudo` and change with deploys (textless noise
inside the container, which no curator removes). Per visit: the transfer state (featured shows, sold-out flags,
request id) and a header "Em alta" strip with ESGOTADO / ÚLTIMOS INGRESSOS badges and a presale countdown."""
import datetime as dt
import json
import re

import common as C

MESES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
         "novembro", "dezembro"]

POLICY = """# Política de Privacidade

Última atualização: {UPDATED}

A Ingresso Certo Tecnologia e Entretenimento Ltda. ("Ingresso Certo", "nós") opera a plataforma de venda de ingressos para shows, festivais, teatro e eventos esportivos disponível no site ingressocerto.com.br, nos aplicativos para Android e iOS e nas bilheterias oficiais dos eventos. Esta Política de Privacidade explica como tratamos os dados pessoais dos nossos clientes, em conformidade com a Lei nº 13.709/2018 (Lei Geral de Proteção de Dados Pessoais – LGPD), o Marco Civil da Internet (Lei nº 12.965/2014) e o Código de Defesa do Consumidor.

## 1. Quem é o controlador dos seus dados

@ Ingresso Certo Tecnologia e Entretenimento Ltda.
@ CNPJ 21.456.789/0001-32
@ Av. Brigadeiro Faria Lima, 3.900 – 7º andar – Itaim Bibi
@ São Paulo – SP, CEP 04538-132

Quando você compra ingressos para um evento, o **produtor do evento** também é controlador dos dados necessários para a realização do evento, como a lista de portadores de ingressos e o controle de acesso. Nesses casos, a Ingresso Certo e o produtor atuam como controladores independentes.

## 2. Encarregado pelo tratamento de dados (DPO)

Nosso Encarregado pelo tratamento de dados pessoais é a Dra. Mariana Lopes Teixeira, que pode ser contatada pelo e-mail [privacidade@ingressocerto.com.br](mailto:privacidade@ingressocerto.com.br) ou pelo formulário disponível na Central de Ajuda.

## 3. Quais dados coletamos

### 3.1 Dados fornecidos por você

- **Cadastro:** nome completo, CPF, data de nascimento, e-mail, telefone celular e senha.
- **Compra:** eventos, setores e quantidades de ingressos adquiridos, nome dos portadores dos ingressos nominativos, endereço de cobrança.
- **Meia-entrada:** tipo de benefício (estudante, professor, idoso, pessoa com deficiência e acompanhante, jovem de baixa renda com ID Jovem) e, quando exigido pelo produtor, o número do documento comprobatório.
- **Atendimento:** mensagens, gravações de ligações e informações que você nos envia ao solicitar suporte, cancelamento ou reembolso.

### 3.2 Dados coletados automaticamente

- endereço IP, data e hora de acesso, identificadores do dispositivo e do navegador;
- páginas visitadas, eventos pesquisados e itens adicionados ao carrinho;
- localização aproximada, para exibir os eventos da sua cidade;
- informações de cookies e tecnologias semelhantes, conforme a nossa Política de Cookies.

### 3.3 Dados de pagamento

Os dados completos do cartão de crédito são informados diretamente ao ambiente seguro do nosso intermediador de pagamento, certificado PCI-DSS. Guardamos apenas os quatro últimos dígitos, a bandeira e o código de autorização da transação.

## 4. Para que usamos os seus dados

| Finalidade | Base legal (LGPD) |
| Processar a compra, emitir e enviar os ingressos | Execução de contrato (art. 7º, V) |
| Controlar o acesso ao evento e validar ingressos nominativos | Execução de contrato (art. 7º, V) |
| Verificar o direito à meia-entrada | Cumprimento de obrigação legal (Lei nº 12.933/2013) |
| Prevenir fraudes e chargebacks | Legítimo interesse e proteção do crédito (art. 7º, IX e X) |
| Enviar ofertas, pré-vendas e recomendações de eventos | Consentimento (art. 7º, I) |
| Atender solicitações, cancelamentos e reembolsos | Execução de contrato e exercício regular de direitos |
| Guardar registros de acesso à aplicação | Obrigação legal (art. 15 do Marco Civil da Internet) |

## 5. Com quem compartilhamos

Compartilhamos dados pessoais apenas quando necessário:

| Destinatário | Dados compartilhados | Motivo |
| Produtores e organizadores dos eventos | Nome, CPF, e-mail e dados do ingresso | Realização do evento e controle de acesso |
| Pagar.me Pagamentos S.A. | Dados da transação | Processamento de pagamentos |
| ClearSale S.A. | Dados cadastrais e da compra | Análise antifraude |
| Amazon Web Services, Inc. | Todos os dados da plataforma | Hospedagem em nuvem |
| Zendesk, Inc. | Dados de atendimento | Central de Ajuda |
| Braze, Inc. | E-mail, telefone e preferências | Envio de comunicações de marketing |

Também podemos compartilhar dados com autoridades públicas, como o Procon, a Polícia e o Poder Judiciário, quando houver obrigação legal ou ordem judicial.

## 6. Transferência internacional

Alguns dos nossos fornecedores armazenam dados em servidores localizados nos Estados Unidos. Essas transferências são realizadas com base nas cláusulas-padrão contratuais aprovadas pela Autoridade Nacional de Proteção de Dados (ANPD) e em garantias de segurança equivalentes às exigidas pela LGPD.

## 7. Por quanto tempo guardamos os dados

- Dados de cadastro: enquanto sua conta estiver ativa e por até 5 anos após o encerramento, para defesa em eventuais processos.
- Dados de compra e notas fiscais: 5 anos, conforme a legislação tributária.
- Registros de acesso: 6 meses, conforme o Marco Civil da Internet.
- Dados de meia-entrada: até 90 dias após a data do evento.
- Gravações de atendimento: 2 anos.

## 8. Seus direitos como titular

Nos termos do art. 18 da LGPD, você pode, a qualquer momento e gratuitamente: confirmar a existência de tratamento; acessar seus dados; corrigir dados incompletos, inexatos ou desatualizados; solicitar a anonimização, o bloqueio ou a eliminação de dados desnecessários; solicitar a portabilidade; obter informações sobre o compartilhamento; revogar o consentimento; e opor-se a tratamentos realizados com base em outras hipóteses legais. Para exercer seus direitos, acesse **Minha Conta > Privacidade** ou escreva para o nosso Encarregado. Você também pode apresentar reclamação à Autoridade Nacional de Proteção de Dados (ANPD).

## 9. Segurança

Adotamos medidas técnicas e administrativas para proteger seus dados, como criptografia em trânsito e em repouso, autenticação em dois fatores para os colaboradores, controle de acesso por perfil e monitoramento contínuo. Nunca pedimos sua senha por e-mail, telefone ou WhatsApp.

## 10. Crianças e adolescentes

A compra de ingressos é permitida apenas a maiores de 18 anos. Dados de crianças e adolescentes, como o nome do portador de um ingresso infantil, são tratados no seu melhor interesse e somente com o consentimento de um dos pais ou responsável legal.

## 11. Alterações desta Política

Podemos atualizar esta Política periodicamente. Quando as mudanças forem relevantes, avisaremos por e-mail ou por um aviso em destaque na plataforma."""

EDITS = [
    {"note": "DPO changed (new name and e-mail)",
     "repl": [("Nosso Encarregado pelo tratamento de dados pessoais é a Dra. Mariana Lopes Teixeira, que pode ser contatada pelo e-mail [privacidade@ingressocerto.com.br](mailto:privacidade@ingressocerto.com.br)",
               "Nosso Encarregado pelo tratamento de dados pessoais é o Dr. Rafael Antunes Moreira, que pode ser contatado pelo e-mail [dpo@ingressocerto.com.br](mailto:dpo@ingressocerto.com.br)")]},
    {"note": "payment institution for PIX payments (Stone) added to the sharing table",
     "repl": [("| ClearSale S.A. | Dados cadastrais e da compra | Análise antifraude |",
               "| Stone Instituição de Pagamento S.A. | Nome, CPF e dados da transação | Pagamentos via PIX |\n| ClearSale S.A. | Dados cadastrais e da compra | Análise antifraude |")]},
    {"note": "word inserted: 'nominativos' in the access-control sentence", "bump": False,
     "repl": [("como a lista de portadores de ingressos e o controle de acesso.",
               "como a lista de portadores de ingressos nominativos e o controle de acesso.")]},
    {"note": "new section on facial biometrics at stadium and arena entrances",
     "repl": [("## 5. Com quem compartilhamos",
               "### 4.1 Biometria facial na entrada dos eventos\n\nEm estádios e arenas que adotam o reconhecimento facial no controle de acesso, como exigido pela Lei Geral do Esporte (Lei nº 14.597/2023) para eventos com mais de 20 mil pessoas, pediremos que você cadastre uma foto do rosto no aplicativo antes do evento. O modelo biométrico é um dado pessoal sensível: ele é tratado com o seu consentimento específico ou para o cumprimento de obrigação legal, é compartilhado apenas com o operador do sistema de acesso do local e é eliminado em até 30 dias após o evento.\n\n## 5. Com quem compartilhamos")]},
    {"note": "retention of half-price proof extended from 90 to 180 days",
     "repl": [("- Dados de meia-entrada: até 90 dias após a data do evento.",
               "- Dados de meia-entrada: até 180 dias após a data do evento, prazo em que o produtor pode ser fiscalizado.")]},
]

HOST = "https://www.ingressocerto.com.br"
UPGRADE = dt.datetime(2024, 6, 18)
SHOWS = [("Ana Castela – Boiadeira Tour", "Allianz Parque"), ("Jorge & Mateus – Único", "Arena MRV"),
         ("Coldplay – Music of the Spheres", "Estádio do Morumbis"), ("Marisa Monte – Portas", "Vibra São Paulo"),
         ("Lollapalooza Brasil", "Autódromo de Interlagos"), ("Thiaguinho – Tardezinha", "Jockey Club"),
         ("Ivete Sangalo – A Festa", "Arena Fonte Nova"), ("Rock in Rio", "Cidade do Rock"),
         ("Matuê – 333", "Espaço Unimed"), ("Os Paralamas do Sucesso", "Tokio Marine Hall")]
STATUS = ["À VENDA", "À VENDA", "ÚLTIMOS INGRESSOS", "ESGOTADO", "LOTE 2"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


def noise(rng, when, i, prev):
    p = prev or {}
    ng17 = when >= UPGRADE
    def mk_build():
        if ng17:
            return {"cmp": rng.randint(1000000, 3999999), "host": rng.randint(1000000, 3999999), "hdr": rng.randint(1000000, 3999999),
                    "main": C.hexs(rng, 16), "poly": C.hexs(rng, 16), "run": C.hexs(rng, 16), "css": C.hexs(rng, 16)}
        return {"cmp": rng.randint(40, 140), "host": rng.randint(1, 30), "hdr": rng.randint(30, 60),
                "main": C.hexs(rng, 16), "poly": C.hexs(rng, 16), "run": C.hexs(rng, 16), "css": C.hexs(rng, 16)}
    build = C.keep_or(rng, p.get("build") if p.get("ng17") == ng17 else None, 0.25, mk_build)
    feat = rng.sample(range(len(SHOWS)), 4)
    return {"build": build, "ng17": ng17,
            "featured": [(f, rng.choice(STATUS)) for f in feat],
            "presale": (rng.randrange(len(SHOWS)), rng.randint(0, 9), rng.randint(0, 23), rng.randint(0, 59)),
            "reqid": C.uuid4(rng)}


LABELS = {"build": "Angular build: bundle hashes and _ngcontent ids (inside the container)", "ng17": "Angular 15 -> 17 upgrade",
          "featured": "'Em alta' strip with sold-out badges and transfer state", "presale": "presale countdown banner",
          "reqid": "request id in the transfer state"}


def ng_attrs(html_s, attr):
    return re.sub(r"<(\w+)", lambda m: "<%s %s" % (m.group(1), attr), html_s)


def render(state, blocks, when):
    b, ng17 = state["build"], state["ng17"]
    if ng17:
        c_cmp, h_cmp = "_ngcontent-ng-c%d" % b["cmp"], "_nghost-ng-c%d" % b["cmp"]
        c_app, h_app = "_ngcontent-ng-c%d" % b["host"], "_nghost-ng-c%d" % b["host"]
        c_hdr, h_hdr = "_ngcontent-ng-c%d" % b["hdr"], "_nghost-ng-c%d" % b["hdr"]
    else:
        c_cmp, h_cmp = "_ngcontent-serverapp-c%d" % b["cmp"], "_nghost-serverapp-c%d" % b["cmp"]
        c_app, h_app = "_ngcontent-serverapp-c%d" % b["host"], "_nghost-serverapp-c%d" % b["host"]
        c_hdr, h_hdr = "_ngcontent-serverapp-c%d" % b["hdr"], "_nghost-serverapp-c%d" % b["hdr"]
    body = ng_attrs(C.blocks_html(blocks, {"table": "tabela-privacidade"}), c_cmp)
    strip = "".join('<li %s class="em-alta__item"><a %s href="/evento/%d"><span %s class="em-alta__nome">%s</span> <span %s class="em-alta__local">%s</span> <span %s class="selo selo--%s">%s</span></a></li>'
                    % (c_hdr, c_hdr, 88100 + f, c_hdr, SHOWS[f][0], c_hdr, SHOWS[f][1], c_hdr,
                       {"À VENDA": "venda", "ÚLTIMOS INGRESSOS": "ultimos", "ESGOTADO": "esgotado", "LOTE 2": "lote"}[s], s)
                    for f, s in state["featured"])
    ps, d, h, m = state["presale"]
    presale = '<div %s class="banner-prevenda"><strong %s>Pré-venda %s</strong> <span %s class="contador">começa em %dd %02dh %02dmin</span></div>' % (
        c_hdr, c_hdr, SHOWS[ps][0], c_hdr, d, h, m)
    st = {"destaques": {"b": [{"id": 88100 + f, "nome": SHOWS[f][0], "local": SHOWS[f][1], "status": s} for f, s in state["featured"]],
                        "h": {}, "s": 200, "st": "OK", "u": "https://api.ingressocerto.com.br/v2/eventos/destaques?cidade=sao-paulo", "rt": "json"},
          "req": {"id": state["reqid"], "ts": C.epoch(when) * 1000}}
    stjson = json.dumps(st, ensure_ascii=False, separators=(",", ":"))
    if ng17:
        state_script = '<script id="ng-state" type="application/json">%s</script>' % stjson
        root_open = '<app-root ng-version="17.3.5" %s ng-server-context="ssr">' % h_app
        styles = '<link rel="stylesheet" href="styles-%s.css" media="print" onload="this.media=\'all\'"><noscript><link rel="stylesheet" href="styles-%s.css"></noscript>' % (b["css"].upper()[:8], b["css"].upper()[:8])
        scripts = '<script src="polyfills-%s.js" type="module"></script><script src="main-%s.js" type="module"></script>' % (b["poly"].upper()[:8], b["main"].upper()[:8])
        appstyle = '<style ng-app-id="ng">.politica-conteudo[%s]{max-width:860px;margin:0 auto}.tabela-privacidade[%s]{width:100%%;border-collapse:collapse}</style>' % (c_cmp, c_cmp)
    else:
        state_script = '<script id="serverApp-state" type="application/json">%s</script>' % stjson.replace('"', "&q;")
        root_open = '<app-root %s ng-version="15.2.9">' % h_app
        styles = '<link rel="stylesheet" href="styles.%s.css" media="print" onload="this.media=\'all\'"><noscript><link rel="stylesheet" href="styles.%s.css"></noscript>' % (b["css"], b["css"])
        scripts = '<script src="runtime.%s.js" type="module"></script><script src="polyfills.%s.js" type="module"></script><script src="main.%s.js" type="module"></script>' % (b["run"], b["poly"], b["main"])
        appstyle = '<style ng-transition="serverApp">.politica-conteudo[%s]{max-width:860px;margin:0 auto}.tabela-privacidade[%s]{width:100%%;border-collapse:collapse}</style>' % (c_cmp, c_cmp)
    return """<!DOCTYPE html><html lang="pt-BR"><head>
  <meta charset="utf-8">
  <title>Política de Privacidade | Ingresso Certo</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="theme-color" content="#ff3d5a">
  <link rel="icon" type="image/png" href="assets/icons/favicon-32.png">
  <link rel="manifest" href="manifest.webmanifest">
  <link rel="preconnect" href="https://fonts.gstatic.com">
  <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8" data-domain-script="0191a2b3-4c5d-7e8f-9a0b-1c2d3e4f5a6b" data-document-language="true"></script>
  <script type="text/javascript">function OptanonWrapper() { }</script>
  <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-PX4R9ZB');</script>
%(styles)s%(appstyle)s<meta name="description" content="Saiba como a Ingresso Certo trata seus dados pessoais de acordo com a LGPD."><meta property="og:title" content="Política de Privacidade | Ingresso Certo"><link rel="canonical" href="%(h)s/institucional/politica-de-privacidade"></head>
<body><noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-PX4R9ZB" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
  %(root)s<app-header %(c_app)s %(h_hdr)s><header %(c_hdr)s class="topo"><div %(c_hdr)s class="topo__barra"><a %(c_hdr)s routerlink="/" class="topo__logo" href="/"><img %(c_hdr)s src="assets/img/logo-ingresso-certo.svg" alt="Ingresso Certo" width="168" height="36"></a><form %(c_hdr)s class="busca" novalidate><input %(c_hdr)s type="search" placeholder="Busque por artista, evento ou local" aria-label="Buscar eventos"></form><nav %(c_hdr)s class="topo__menu"><a %(c_hdr)s href="/shows">Shows</a><a %(c_hdr)s href="/festivais">Festivais</a><a %(c_hdr)s href="/teatro">Teatro</a><a %(c_hdr)s href="/esportes">Esportes</a><a %(c_hdr)s href="/minha-conta" class="topo__conta">Entrar</a></nav></div>%(presale)s<section %(c_hdr)s class="em-alta"><h2 %(c_hdr)s class="em-alta__titulo">Em alta</h2><ul %(c_hdr)s class="em-alta__lista">%(strip)s</ul></section></header></app-header><main %(c_app)s class="conteudo"><router-outlet %(c_app)s></router-outlet><app-politica-privacidade %(h_cmp)s><section %(c_cmp)s class="institucional"><aside %(c_cmp)s class="institucional__menu"><ul %(c_cmp)s><li %(c_cmp)s><a %(c_cmp)s href="/institucional/termos-de-uso">Termos de Uso</a></li><li %(c_cmp)s><a %(c_cmp)s href="/institucional/politica-de-privacidade" class="ativo">Política de Privacidade</a></li><li %(c_cmp)s><a %(c_cmp)s href="/institucional/politica-de-cookies">Política de Cookies</a></li><li %(c_cmp)s><a %(c_cmp)s href="/institucional/meia-entrada">Meia-entrada</a></li><li %(c_cmp)s><a %(c_cmp)s href="/institucional/cancelamento-e-reembolso">Cancelamento e reembolso</a></li></ul></aside><article %(c_cmp)s class="politica-conteudo">%(body)s</article></section></app-politica-privacidade></main><app-footer %(c_app)s><footer class="rodape"><div class="rodape__colunas"><div><h3>Ingresso Certo</h3><a href="/institucional/quem-somos">Quem somos</a><a href="/trabalhe-conosco">Trabalhe conosco</a><a href="/produtor">Venda seu evento</a></div><div><h3>Ajuda</h3><a href="https://ajuda.ingressocerto.com.br">Central de Ajuda</a><a href="/institucional/meia-entrada">Meia-entrada</a><a href="/pontos-de-venda">Pontos de venda</a></div><div><h3>Baixe o app</h3><a href="https://apps.apple.com/br/app/ingresso-certo/id1457812345">App Store</a><a href="https://play.google.com/store/apps/details?id=br.com.ingressocerto.app">Google Play</a></div></div><p class="rodape__legal">Ingresso Certo Tecnologia e Entretenimento Ltda. · CNPJ 21.456.789/0001-32 · Av. Brigadeiro Faria Lima, 3.900 – São Paulo/SP</p></footer></app-footer></app-root>
%(scripts)s

%(state)s</body></html>""" % {"h": HOST, "styles": styles, "appstyle": appstyle, "root": root_open, "c_app": c_app, "h_hdr": h_hdr,
                              "c_hdr": c_hdr, "presale": presale, "strip": strip, "h_cmp": h_cmp, "c_cmp": c_cmp, "body": body,
                              "scripts": scripts, "state": state_script}


PAGE = {
    "service": "Ingresso Certo",
    "url": HOST + "/institucional/politica-de-privacidade",
    "lang": "pt-BR",
    "platform": "Angular Universal (Angular 15 -> 17 SSR, Express on AWS)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "CloudFront"), ("X-Powered-By", "Express"), ("Cache-Control", "no-cache"),
                      ("Vary", "Accept-Encoding"), ("X-Cache", "Miss from cloudfront")),
    "n": 32,
    "start": dt.date(2023, 2, 14),
    "end": dt.date(2025, 10, 30),
    "hours": (3, 15),
    "policy": POLICY,
    "first_updated": dt.date(2022, 11, 10),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": HOST + "/institucional/politica-de-privacidade", "select": ".politica-conteudo"},
}
