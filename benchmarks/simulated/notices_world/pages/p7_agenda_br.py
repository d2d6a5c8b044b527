"""AgendaFácil (São Paulo), online booking SaaS for salons and clinics - pt-BR - Next.js (pages router, then App
Router from 2024), Tailwind Typography, Adopt consent banner.

"Termos de Uso e Política de Privacidade": one markdown document from the headless CMS rendered into a single
<article class="prose">: "Termos de Uso" (h2, its h3 clauses) first, then "Política de Privacidade" (h2, h3 sections),
last in the article. Headings carry rehype-slug ids (accented, as github-slugger makes them) and an empty autolink
anchor. The privacy policy is the range from its h2 to the end of the article; terms edits (plan prices, trial)
are not privacy changes.
"""
import datetime as dt
import json
import re
import unicodedata
import common as C

URL = "https://www.agendafacil.com.br/termos-e-privacidade"
MESES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
         "novembro", "dezembro"]


def fmt_date(d):
    return "%02d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
## Política de Privacidade

Última atualização: {UPDATED}

Esta Política de Privacidade descreve como a AgendaFácil Tecnologia Ltda. ("AgendaFácil", "nós") trata dados pessoais de quem utiliza a plataforma, nos termos da Lei nº 13.709/2018, a Lei Geral de Proteção de Dados Pessoais (LGPD), e do Marco Civil da Internet (Lei nº 12.965/2014).

### 1. Quem somos e qual é o nosso papel

A AgendaFácil Tecnologia Ltda., inscrita no CNPJ sob o nº 34.512.889/0001-07, com sede na Rua Fradique Coutinho, 1.632, conjunto 41, Vila Madalena, São Paulo/SP, CEP 05416-002, é a **controladora** dos dados pessoais dos Profissionais e Estabelecimentos que contratam a plataforma e dos visitantes do nosso site.

Em relação aos dados dos clientes finais que agendam horários com os Estabelecimentos, a AgendaFácil atua como **operadora**, tratando esses dados em nome e conforme as instruções de cada Estabelecimento, que é o controlador desses dados.

### 2. Encarregado pelo tratamento de dados (DPO)

Nosso Encarregado é Rodrigo Menezes Tavares, que pode ser contatado pelo e-mail [privacidade@agendafacil.com.br](mailto:privacidade@agendafacil.com.br).

### 3. Quais dados coletamos

**Dos Profissionais e Estabelecimentos:** nome, CPF ou CNPJ, e-mail, telefone celular, endereço do estabelecimento, dados da equipe cadastrada, serviços e preços oferecidos e dados de faturamento. Os dados do cartão de crédito são informados diretamente ao nosso parceiro de pagamentos e não ficam armazenados em nossos servidores.

**Dos clientes finais:** nome, telefone celular, e-mail (opcional), histórico de agendamentos e observações registradas pelo Estabelecimento.

**De todos os usuários:** endereço IP, data e hora de acesso, tipo de dispositivo e navegador, páginas visitadas e informações coletadas por cookies.

### 4. Para que usamos os dados e com qual base legal

| Finalidade | Base legal (LGPD) |
| Criar e manter a conta, disponibilizar a agenda online e prestar suporte | Execução de contrato (art. 7º, V) |
| Enviar lembretes e confirmações de agendamento por SMS, e-mail e WhatsApp | Execução de contrato (art. 7º, V) |
| Cobrar a assinatura e emitir notas fiscais | Execução de contrato e cumprimento de obrigação legal (art. 7º, II e V) |
| Guardar registros de acesso à aplicação | Cumprimento de obrigação legal (art. 15 do Marco Civil da Internet) |
| Prevenir fraudes e garantir a segurança da plataforma | Legítimo interesse (art. 7º, IX) |
| Enviar novidades, conteúdos e ofertas da AgendaFácil | Consentimento (art. 7º, I), que pode ser revogado a qualquer momento |

### 5. Com quem compartilhamos os dados

Compartilhamos dados pessoais somente com fornecedores essenciais à operação da plataforma, que atuam como nossos operadores:

- Amazon Web Services (AWS), para hospedagem da plataforma e dos bancos de dados;
- Zenvia, para o envio de SMS e de mensagens de WhatsApp;
- Stripe, para o processamento dos pagamentos das assinaturas;
- Google (Google Analytics e Google Workspace), para métricas de uso do site e comunicação interna;
- Intercom, para o atendimento por chat.

Também poderemos compartilhar dados com autoridades públicas, mediante requisição legal ou ordem judicial. Não vendemos dados pessoais.

### 6. Transferência internacional de dados

Alguns de nossos fornecedores armazenam dados em servidores localizados fora do Brasil, principalmente nos Estados Unidos. Nesses casos, a transferência ocorre com base no art. 33 da LGPD, mediante garantias contratuais de que os dados receberão nível de proteção adequado.

### 7. Por quanto tempo guardamos os dados

Os dados da conta são mantidos enquanto a assinatura estiver ativa e por até 5 (cinco) anos após o seu encerramento, para o exercício regular de direitos e cumprimento de obrigações fiscais. Os registros de acesso à aplicação são guardados por 6 (seis) meses, conforme o Marco Civil da Internet. Os dados de clientes finais são excluídos em até 90 (noventa) dias após o encerramento da conta do Estabelecimento, salvo instrução diferente deste.

### 8. Seus direitos

Nos termos do art. 18 da LGPD, você pode solicitar a confirmação da existência de tratamento, o acesso aos dados, a correção de dados incompletos ou desatualizados, a anonimização, o bloqueio ou a eliminação de dados desnecessários, a portabilidade, a informação sobre compartilhamentos e a revogação do consentimento.

As solicitações podem ser feitas pelo e-mail [privacidade@agendafacil.com.br](mailto:privacidade@agendafacil.com.br). Se você é cliente final de um Estabelecimento, encaminharemos sua solicitação ao Estabelecimento responsável. Você também pode apresentar reclamação à Autoridade Nacional de Proteção de Dados (ANPD).

### 9. Cookies

Utilizamos cookies necessários ao funcionamento do site e da plataforma (por exemplo, para manter sua sessão ativa) e, mediante seu consentimento, cookies de análise (Google Analytics) e de marketing (Meta Pixel e Google Ads). Você pode gerenciar suas preferências a qualquer momento pelo link "Preferências de cookies" no rodapé.

### 10. Segurança

Adotamos medidas técnicas e administrativas para proteger os dados pessoais, como criptografia em trânsito e em repouso, controle de acesso por perfil, autenticação em dois fatores para a equipe e monitoramento de incidentes. Em caso de incidente de segurança que possa acarretar risco ou dano relevante, comunicaremos a ANPD e os titulares afetados.

### 10-A. Decisões automatizadas

A AgendaFácil não toma decisões baseadas unicamente em tratamento automatizado que afetem seus interesses, como a definição de perfis de crédito ou de consumo. A ordenação dos horários sugeridos na página de reservas segue apenas a disponibilidade da agenda do Estabelecimento. Caso isso venha a mudar, você poderá solicitar a revisão da decisão, nos termos do art. 20 da LGPD.

### 11. Crianças e adolescentes

A plataforma não se destina a menores de 18 anos. Agendamentos para crianças e adolescentes devem ser feitos pelos pais ou responsáveis.

### 12. Alterações desta Política

Podemos atualizar esta Política periodicamente. Alterações relevantes serão comunicadas por e-mail ou por aviso na plataforma. A continuidade do uso da plataforma após a comunicação das alterações não implica concordância com tratamentos que dependam de consentimento, que será solicitado novamente quando necessário.
"""

EDITS = [
    {"note": "new payment method: Pix and boleto through Pagar.me added to collected data and recipients",
     "repl": [("- Stripe, para o processamento dos pagamentos das assinaturas;",
               "- Stripe, para o processamento dos pagamentos das assinaturas com cartão de crédito;\n- Pagar.me (Stone), para pagamentos via Pix e boleto bancário;"),
              ("Os dados do cartão de crédito são informados diretamente ao nosso parceiro de pagamentos",
               "Os dados do cartão de crédito e as informações de pagamento via Pix ou boleto são informados diretamente aos nossos parceiros de pagamento")]},
    {"note": "DPO (Encarregado) changed: Rodrigo Menezes Tavares -> Juliana Akemi Sato, new dedicated address",
     "repl": [("Nosso Encarregado é Rodrigo Menezes Tavares, que pode ser contatado pelo e-mail [privacidade@agendafacil.com.br](mailto:privacidade@agendafacil.com.br).",
               "Nossa Encarregada é Juliana Akemi Sato, que pode ser contatada pelo e-mail [dpo@agendafacil.com.br](mailto:dpo@agendafacil.com.br) ou pelo formulário disponível em [agendafacil.com.br/privacidade/solicitacao](https://www.agendafacil.com.br/privacidade/solicitacao).")]},
    {"note": "new feature: AI booking assistant on WhatsApp (messages processed by OpenAI, not used for training); new table row and recipient",
     "repl": [("| Prevenir fraudes e garantir a segurança da plataforma |",
               "| Responder automaticamente às mensagens dos clientes finais e sugerir horários com o Assistente de IA, quando ativado pelo Estabelecimento | Execução de contrato (art. 7º, V) |\n| Prevenir fraudes e garantir a segurança da plataforma |"),
              ("- Intercom, para o atendimento por chat.",
               "- Intercom, para o atendimento por chat;\n- OpenAI, para o processamento das mensagens pelo Assistente de IA, sem utilização dos dados para treinamento de modelos.")]},
    {"note": "WhatsApp messages now sent through Meta's WhatsApp Business Platform (Cloud API) instead of Zenvia (silent)", "bump": False,
     "repl": [("- Zenvia, para o envio de SMS e de mensagens de WhatsApp;",
               "- Zenvia, para o envio de SMS;\n- Meta (WhatsApp Business Platform), para o envio de mensagens de WhatsApp;")]},
    {"note": "international transfers: standard contractual clauses of Resolução CD/ANPD nº 19/2024",
     "repl": [("Nesses casos, a transferência ocorre com base no art. 33 da LGPD, mediante garantias contratuais de que os dados receberão nível de proteção adequado.",
               "Nesses casos, a transferência ocorre com base no art. 33, II, da LGPD, mediante a adoção das cláusulas-padrão contratuais aprovadas pela Resolução CD/ANPD nº 19/2024, que asseguram que os dados receberão nível de proteção compatível com a legislação brasileira.")]},
]

# ---------------------------------------------------------------- other document (noise)

PRICES = [(dt.datetime(2000, 1, 1), "39,90", "79,90", "7"), (dt.datetime(2022, 4, 4), "49,90", "89,90", "7"),
          (dt.datetime(2023, 8, 7), "49,90", "99,90", "14"), (dt.datetime(2025, 3, 10), "59,90", "119,90", "14")]
APPROUTER = dt.datetime(2024, 2, 19)


def at(table, when):
    cur = table[0]
    for row in table:
        if when >= row[0]:
            cur = row
    return cur


def terms_src(s):
    ess, pro, trial = s["prices"]
    return """
## Termos de Uso

Ao criar uma conta ou utilizar a plataforma AgendaFácil, você concorda com estes Termos de Uso. Leia-os com atenção.

### 1. O serviço

A AgendaFácil oferece uma plataforma online de agendamento para salões de beleza, barbearias, clínicas e outros prestadores de serviços ("Estabelecimentos"), com agenda, página de reservas, lembretes automáticos e relatórios.

### 2. Cadastro

Para utilizar a plataforma, o Profissional deve fornecer informações verdadeiras e manter seus dados atualizados. O acesso é pessoal, e o usuário é responsável por manter a confidencialidade de sua senha.

### 3. Planos e pagamento

O plano Essencial custa R$ %s por mês e o plano Profissional custa R$ %s por mês. Novos Estabelecimentos podem testar a plataforma gratuitamente por %s dias. A assinatura é renovada automaticamente e pode ser cancelada a qualquer momento pelo painel, sem multa, com efeitos a partir do ciclo seguinte.

### 4. Obrigações do Estabelecimento

O Estabelecimento é responsável pelas informações que cadastra, pelos serviços que presta a seus clientes e pela obtenção das autorizações necessárias para enviar mensagens aos seus clientes por meio da plataforma.

### 5. Limitação de responsabilidade

A AgendaFácil se empenha para manter a plataforma disponível, mas não garante funcionamento ininterrupto e não se responsabiliza por falhas decorrentes de serviços de terceiros, como operadoras de telefonia e provedores de internet.

### 6. Foro

Estes Termos são regidos pelas leis brasileiras. Fica eleito o foro da Comarca de São Paulo/SP, ressalvado o direito do consumidor de propor ação no foro de seu domicílio.
""" % (ess, pro, trial)


def slugify(t):
    # github-slugger: lower-case, drop punctuation (keeps letters incl. accents), spaces -> "-"
    t = t.lower()
    t = "".join(ch for ch in t if ch.isalnum() or ch in " -_" or unicodedata.category(ch) == "Mn")
    return t.replace(" ", "-")


def prose_html(blocks):
    out = []
    for kind, v in blocks:
        if kind in ("h2", "h3"):
            sid = slugify(v)
            out.append('<%s id="%s"><a aria-hidden="true" tabindex="-1" href="#%s"><span class="icon icon-link"></span></a>%s</%s>'
                       % (kind, sid, sid, C.inline_html(v), kind))
        elif kind == "table":
            head = "".join("<th>%s</th>" % C.inline_html(x) for x in v[0])
            body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r) for r in v[1:])
            out.append("<table><thead><tr>%s</tr></thead><tbody>%s</tbody></table>" % (head, body))
        else:
            out.append(C.block_html((kind, v)))
    # react-markdown output: elements separated by newlines; table rows and list items too
    return re.sub(r"(</li>|</tr>|</th>|</td>)", r"\1\n", "\n".join(out))


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["prices"] = at(PRICES, when)[1:]
    s["router"] = "app" if when >= APPROUTER else "pages"
    s["build"] = C.keep_or(rng, prev.get("build"), 0.7, lambda: (C.alnum(rng, 21, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"), C.hexs(rng, 16), C.hexs(rng, 16)))
    s["promo"] = "blackfriday" if when.month == 11 else C.keep_or(rng, prev.get("promo") if prev.get("promo") != "blackfriday" else None, 0.4, lambda: rng.choice(["webinar", "ia", "none"]))
    s["counter"] = 18400 + i * 310 + rng.randint(0, 200)
    s["adopt"] = C.keep_or(rng, prev.get("adopt"), 0.2, lambda: C.uuid4(rng))
    return s


LABELS = {
    "prices": "other document: terms' plan prices and trial length",
    "router": "Next.js migration from pages router (__NEXT_DATA__) to App Router (RSC payload)",
    "build": "Next.js buildId and chunk hashes after a deploy",
    "promo": "top promo bar (Black Friday / webinar / AI launch)",
    "counter": "'mais de N estabelecimentos' counter in the CTA",
    "adopt": "Adopt consent tool website code",
}

PROMOS = {"blackfriday": "Black Friday AgendaFácil: 40% de desconto no plano anual", "webinar": "Webinar gratuito: como reduzir faltas com lembretes automáticos",
          "ia": "Novo: Assistente de IA que responde seus clientes no WhatsApp", "none": ""}


def render(s, blocks, when):
    terms = C.parse_src(terms_src(s))
    article = prose_html(terms + blocks)
    bid, h1, h2 = s["build"]
    promo = PROMOS[s["promo"]]
    promo_html = ('<div class="bg-violet-700 px-4 py-2 text-center text-sm text-white"><a href="/novidades">%s</a></div>' % promo) if promo else ""
    main = ('<main class="mx-auto max-w-3xl px-4 py-12 sm:px-6 lg:px-8"><h1 class="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">Termos de Uso e Política de Privacidade</h1>'
            '<nav class="mt-6 flex gap-4 text-sm"><a class="text-violet-700 hover:underline" href="#termos-de-uso">Termos de Uso</a><a class="text-violet-700 hover:underline" href="#política-de-privacidade">Política de Privacidade</a></nav>'
            '<article class="prose prose-slate mt-10 max-w-none lg:prose-lg">\n%s\n</article>'
            '<div class="mt-16 rounded-2xl bg-slate-50 p-8 text-center"><p class="text-lg font-semibold">Mais de %s estabelecimentos já usam a AgendaFácil</p>'
            '<a class="mt-4 inline-block rounded-full bg-violet-700 px-6 py-3 text-white" href="/cadastro">Teste grátis</a></div></main>' % (article, "{:,}".format(s["counter"]).replace(",", ".")))
    header = ('<header class="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur"><div class="mx-auto flex h-16 max-w-7xl items-center justify-between px-4">'
              '<a href="/" class="flex items-center gap-2"><img alt="AgendaFácil" loading="lazy" width="140" height="32" decoding="async" src="/logo.svg"></a>'
              '<nav class="hidden gap-8 text-sm font-medium md:flex"><a href="/funcionalidades">Funcionalidades</a><a href="/precos">Preços</a><a href="/blog">Blog</a><a href="/ajuda">Ajuda</a></nav>'
              '<div class="flex gap-3"><a href="https://app.agendafacil.com.br/login" class="text-sm">Entrar</a><a href="/cadastro" class="rounded-full bg-violet-700 px-4 py-2 text-sm text-white">Começar grátis</a></div></div></header>')
    footer = ('<footer class="border-t border-slate-200 bg-white"><div class="mx-auto max-w-7xl px-4 py-10 text-sm text-slate-500"><p>AgendaFácil Tecnologia Ltda. · CNPJ 34.512.889/0001-07 · São Paulo/SP</p>'
              '<div class="mt-4 flex gap-6"><a href="/termos-e-privacidade#termos-de-uso">Termos de Uso</a><a href="/termos-e-privacidade#política-de-privacidade">Privacidade</a>'
              '<button type="button" class="adopt-preferences">Preferências de cookies</button></div><p class="mt-4">&copy; %d AgendaFácil. Todos os direitos reservados.</p></div></footer>' % when.year)
    if s["router"] == "pages":
        data = {"props": {"pageProps": {"page": {"slug": "termos-e-privacidade", "title": "Termos de Uso e Política de Privacidade",
                                                 "body": C.blocks_md(terms + blocks, URL)}}, "__N_SSG": True},
                "page": "/[slug]", "query": {"slug": "termos-e-privacidade"}, "buildId": bid, "isFallback": False, "gsp": True, "scriptLoader": []}
        return ('<!DOCTYPE html><html lang="pt-BR"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>'
                '<title>Termos de Uso e Política de Privacidade | AgendaFácil</title><meta name="description" content="Termos de Uso e Política de Privacidade da AgendaFácil (LGPD)."/>'
                '<link rel="canonical" href="%s"/><meta name="next-head-count" content="5"/>'
                '<link rel="preload" href="/_next/static/css/%s.css" as="style"/><link rel="stylesheet" href="/_next/static/css/%s.css" data-n-g=""/>'
                '<script src="https://tag.goadopt.io/injector.js?website_code=%s" class="adopt-injector"></script>'
                '<script defer="" src="/_next/static/chunks/pages/%%5Bslug%%5D-%s.js"></script><script src="/_next/static/%s/_buildManifest.js" defer=""></script><script src="/_next/static/%s/_ssgManifest.js" defer=""></script></head>'
                '<body><div id="__next">%s%s\n%s\n%s</div><script id="__NEXT_DATA__" type="application/json">%s</script></body></html>'
                % (URL, h1, h1, s["adopt"], h2, bid, bid, promo_html, header, main, footer, json.dumps(data, ensure_ascii=False)))
    rsc = json.dumps('2:I[5613,["613","static/chunks/613-%s.js","931","static/chunks/app/[slug]/page-%s.js"],""]\n0:["%s",[[["",{"children":[["slug","termos-e-privacidade","d"],{"children":["__PAGE__",{}]}]},"$undefined","$undefined",true]]]]\n'
                     % (h1[:16], h2, bid))
    return ('<!DOCTYPE html><html lang="pt-BR" class="__variable_a64ecd __variable_3a0388"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>'
            '<link rel="stylesheet" href="/_next/static/css/%s.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-%s.js"/>'
            '<script src="/_next/static/chunks/main-app-%s.js" async=""></script>'
            '<title>Termos de Uso e Política de Privacidade | AgendaFácil</title><meta name="description" content="Termos de Uso e Política de Privacidade da AgendaFácil (LGPD)."/>'
            '<link rel="canonical" href="%s"/><script src="https://tag.goadopt.io/injector.js?website_code=%s" class="adopt-injector"></script></head>'
            '<body class="min-h-screen bg-white font-sans antialiased">%s%s\n%s\n%s'
            '<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script><script>self.__next_f.push([1,%s])</script></body></html>'
            % (h1, h2[:16], h2[::-1], URL, s["adopt"], promo_html, header, main, footer, rsc))


PAGE = {
    "service": "AgendaFácil", "url": URL, "lang": "pt-BR", "platform": "Next.js (Vercel)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-Powered-By", "Next.js"), ("X-Vercel-Cache", "HIT")),
    "n": 30, "start": dt.date(2021, 10, 4), "end": dt.date(2026, 8, 14), "hours": (3, 4, 15, 16),
    "policy": POLICY, "first_updated": dt.date(2021, 8, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [{"startBefore": "#política-de-privacidade", "endAfter": "article.prose > :last-child"}]},
}
