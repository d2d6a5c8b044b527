"""Apiário (API platform, São Paulo) - pt-BR - Mintlify (Next.js on Vercel): title and "Última atualização"
description in #header, callout and a card group of related documents inside #content, RSC flight data, Vercel
deployment ids, theme generations with Tailwind class churn, "Copiar página" menu and AI assistant (2025)."""
import datetime as dt
import html
import json
import re
import unicodedata
import common as C

URL = "https://docs.apiario.com.br/legal/privacidade"
MESES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
         "novembro", "dezembro"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
# Política de Privacidade

Última atualização: {UPDATED}

A Apiário Tecnologia Ltda. (CNPJ 38.412.907/0001-55), com sede na Rua Fradique Coutinho, 1632, São Paulo/SP, oferece uma plataforma para criar, testar, documentar e monitorar APIs. Esta Política explica como tratamos dados pessoais em conformidade com a Lei Geral de Proteção de Dados Pessoais (Lei nº 13.709/2018, LGPD).

**Resumo:** coletamos apenas o necessário para operar a plataforma, tratamos os dados das suas requisições somente por sua conta e nunca vendemos seus dados.

## 1. Dados que coletamos

- Dados de cadastro: nome, e-mail, empresa, cargo e, quando você usa login social, o identificador da conta GitHub ou Google.
- Dados de pagamento: CPF ou CNPJ, endereço de cobrança e os quatro últimos dígitos do cartão.
- Dados de uso: páginas acessadas no painel, recursos utilizados, endereço IP e informações do navegador.
- Chaves de API e segredos que você cadastra nos ambientes, armazenados de forma criptografada.

## 2. Como usamos seus dados

Usamos os dados para executar o contrato com você (art. 7º, V, da LGPD), cumprir obrigações legais e fiscais (art. 7º, II), prevenir fraudes e garantir a segurança da plataforma com base em nosso legítimo interesse (art. 7º, IX) e, com o seu consentimento, enviar novidades sobre produtos.

## 3. Dados trafegados nas suas APIs

Quando você usa os monitores, mocks e o console da Apiário, as requisições e respostas das suas APIs podem conter dados pessoais dos seus usuários. Nesses casos, a Apiário atua como operadora e trata esses dados somente conforme as suas instruções e o nosso Acordo de Processamento de Dados.

## 4. Compartilhamento com operadores

Compartilhamos dados com os seguintes prestadores de serviço, que atuam como operadores:

- Amazon Web Services (região São Paulo): hospedagem da plataforma;
- Iugu Instituição de Pagamento S.A.: cobrança e emissão de notas fiscais;
- Zenvia Mobile Serviços Digitais S.A.: envio de e-mails transacionais;
- Intercom, Inc.: atendimento ao cliente.

## 5. Transferência internacional

Alguns operadores, como a Intercom, tratam dados fora do Brasil. Nesses casos, adotamos cláusulas contratuais que garantem um nível de proteção compatível com a LGPD.

## 6. Por quanto tempo guardamos

Os logs de requisições exibidos no painel ficam disponíveis por 30 dias. Dados de cadastro são mantidos enquanto a conta estiver ativa e excluídos em até 90 dias após o encerramento, salvo obrigação legal de guarda.

## 7. Seus direitos

Você pode solicitar confirmação do tratamento, acesso, correção, anonimização, portabilidade, eliminação e informações sobre compartilhamento, bem como revogar o consentimento. Também pode apresentar reclamação à Autoridade Nacional de Proteção de Dados (ANPD).

## 8. Encarregado (DPO)

Nossa encarregada pelo tratamento de dados pessoais é Mariana Teixeira, que pode ser contatada pelo e-mail [dpo@apiario.com.br](mailto:dpo@apiario.com.br).
"""

EDITS = [
    {"note": "operators list: Cloudflare added (DDoS protection and CDN)",
     "repl": [("- Intercom, Inc.: atendimento ao cliente.",
               "- Intercom, Inc.: atendimento ao cliente;\n- Cloudflare, Inc.: proteção contra ataques DDoS e entrega de conteúdo.")]},
    {"note": "request-log retention 30 days -> 6 months citing Marco Civil da Internet art. 15",
     "repl": [("Os logs de requisições exibidos no painel ficam disponíveis por 30 dias.",
               "Os logs de requisições exibidos no painel ficam disponíveis por 30 dias. Registros de acesso à aplicação são guardados por 6 meses, conforme o art. 15 do Marco Civil da Internet (Lei nº 12.965/2014).")]},
    {"note": "summary callout reworded: no AI training on request contents (date not bumped)", "bump": False,
     "repl": [("e nunca vendemos seus dados.", "e nunca vendemos seus dados nem usamos o conteúdo das suas requisições para treinar modelos de IA.")]},
    {"note": "international transfers: ANPD standard contractual clauses (Resolução CD/ANPD nº 19/2024) cited",
     "repl": [("adotamos cláusulas contratuais que garantem um nível de proteção compatível com a LGPD.",
               "adotamos as cláusulas-padrão contratuais aprovadas pela ANPD (Resolução CD/ANPD nº 19/2024).")]},
    {"note": "new DPO (encarregado): Mariana Teixeira -> Rafael Cunha",
     "repl": [("Nossa encarregada pelo tratamento de dados pessoais é Mariana Teixeira,", "Nosso encarregado pelo tratamento de dados pessoais é Rafael Cunha,")]},
]

THEMES = [(dt.datetime(2000, 1, 1), "2022"), (dt.datetime(2024, 1, 22), "2024"), (dt.datetime(2025, 5, 12), "2025")]
CARDS = [(dt.datetime(2000, 1, 1), "Termos de Uso", "/legal/termos", "Regras de uso da plataforma Apiário."),
         (dt.datetime(2000, 1, 1), "Acordo de Processamento de Dados", "/legal/dpa", "Obrigações da Apiário como operadora."),
         (dt.datetime(2000, 1, 1), "Política de Cookies", "/legal/cookies", "Cookies usados no site e no painel."),
         (dt.datetime(2023, 9, 4), "Subprocessadores", "/legal/subprocessadores", "Lista atualizada de operadores."),
         (dt.datetime(2024, 10, 1), "Política de Uso de IA", "/legal/ia", "Como funcionam os recursos de IA do Apiário.")]
BANNERS = ["🚀 Webhooks 2.0 já disponível para todos os planos", "Apiário Summit 2024: inscrições abertas",
           "Novo SDK para Python e Go", "Conheça o Apiário Mock Server"]


def _theme(when):
    return [t for d, t in THEMES if when >= d][-1]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["rendered"] = (when - dt.timedelta(minutes=rng.randint(1, 600))).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % rng.randint(0, 999)
    s["deploy"] = C.keep_or(rng, prev.get("deploy"), 0.6, lambda: ("dpl_" + C.alnum(rng, 28), C.alnum(rng, 21), C.hexs(rng, 16)))
    s["theme"] = _theme(when)
    s["cards"] = sum(1 for d, *_ in CARDS if when >= d)
    s["banner"] = C.keep_or(rng, prev.get("banner"), 0.4, lambda: rng.randrange(len(BANNERS)))
    return s


LABELS = {
    "rendered": "ISR render timestamp in RSC flight data",
    "deploy": "Vercel deployment id (?dpl=) / Next.js build id / chunk hashes",
    "theme": "Mintlify theme generation (Tailwind classes, contextual menu, AI assistant)",
    "cards": "'related documents' card group inside #content gained cards",
    "banner": "topbar banner rotated",
}


def _slug(t):
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def _content(blocks, theme, ncards):
    out = []
    for b in blocks:
        if b[0] == "h2":
            sid = _slug(b[1])
            out.append('<h2 class="flex whitespace-pre-wrap group font-semibold" id="%s"><div class="absolute">'
                       '<a href="#%s" class="-ml-10 flex items-center opacity-0 border-0 group-hover:opacity-100" aria-label="Navigate to header">\u200b'
                       '<div class="w-6 h-6 text-gray-400 rounded-md flex items-center justify-center zinc-box bg-white ring-1 ring-gray-400/30"><svg xmlns="http://www.w3.org/2000/svg" fill="gray" height="12px" viewBox="0 0 576 512"><path d="M0 256C0 167.6 71.6 96 160 96h72c13.3 0 24 10.7 24 24s-10.7 24-24 24H160C98.1 144 48 194.1 48 256s50.1 112 112 112h72c13.3 0 24 10.7 24 24s-10.7 24-24 24H160C71.6 416 0 344.4 0 256z"></path></svg></div></a></div>'
                       '<span class="cursor-pointer">%s</span></h2>' % (sid, sid, C.inline_html(b[1])))
        elif b[0] == "p" and b[1].startswith("**Resumo:**"):
            col = "sky" if theme != "2022" else "blue"
            out.append('<div class="callout my-4 px-5 py-4 overflow-hidden rounded-2xl flex gap-3 border border-%s-500/20 bg-%s-50/50 dark:border-%s-500/30 dark:bg-%s-500/10" data-callout-type="info">'
                       '<div class="mt-0.5 w-4" data-component-part="callout-icon"><svg width="14" height="14" viewBox="0 0 20 20" aria-label="Info"></svg></div>'
                       '<div class="text-sm prose min-w-0 w-full text-%s-900 dark:text-%s-200" data-component-part="callout-content">%s</div></div>'
                       % (col, col, col, col, col, col, C.block_html(b)))
        else:
            out.append(C.block_html(b))
    cards = "".join('<a class="card block not-prose font-normal group relative my-2 ring-2 ring-transparent rounded-2xl bg-white border border-gray-950/10 overflow-hidden w-full cursor-pointer" href="%s">'
                    '<div class="px-6 py-5"><h2 class="not-prose font-semibold text-base text-gray-800" data-component-part="card-title">%s</h2>'
                    '<div class="prose mt-1 font-normal text-base leading-6 text-gray-600" data-component-part="card-content"><p>%s</p></div></div></a>'
                    % (u, t, d) for _, t, u, d in CARDS[:ncards])
    out.append('<div class="card-group not-prose grid gap-x-4 sm:grid-cols-2">%s</div>' % cards)
    return "".join(out)


def render(s, blocks, when):
    theme = s["theme"]
    dpl, build, chunk = s["deploy"]
    q = "?dpl=" + dpl
    menu = ('<div id="page-context-menu" class="items-center shrink-0 min-w-[156px] justify-end ml-auto sm:flex hidden">'
            '<button id="page-context-menu-button" class="rounded-l-xl px-3 text-gray-700 border border-gray-200 flex items-center gap-1.5 text-sm">Copiar página</button>'
            '<button class="group bg-background-light rounded-r-xl border border-gray-200" aria-label="Mais ações" aria-haspopup="menu"></button></div>') if theme == "2025" else ""
    eyebrow_cls = {"2022": "eyebrow h-5 text-primary dark:text-primary-light text-sm font-semibold",
                   "2024": "eyebrow h-5 text-primary dark:text-primary-light text-sm font-semibold",
                   "2025": "eyebrow h-5 text-sm font-semibold text-primary dark:text-primary-light"}[theme]
    h1_cls = {"2022": "inline-block text-2xl sm:text-3xl font-extrabold text-slate-900 tracking-tight dark:text-slate-200",
              "2024": "inline-block text-2xl sm:text-3xl font-bold text-gray-900 tracking-tight dark:text-gray-200",
              "2025": "inline-block text-2xl sm:text-3xl text-gray-900 tracking-tight dark:text-gray-200 [overflow-wrap:anywhere]"}[theme]
    desc_cls = {"2022": "mt-2 text-lg prose prose-slate dark:prose-invert",
                "2024": "mt-2 text-lg prose prose-gray dark:prose-invert",
                "2025": "mt-2 text-lg prose prose-gray dark:prose-invert [&>*]:[overflow-wrap:anywhere]"}[theme]
    content_cls = {"2022": "relative z-20 prose prose-slate mt-8 dark:prose-dark",
                   "2024": "mdx-content relative mt-8 prose prose-gray dark:prose-invert",
                   "2025": "mdx-content relative mt-8 mb-14 prose prose-gray dark:prose-invert"}[theme]
    header = ('<header id="header" class="relative"><div class="mt-0.5 space-y-2.5"><div class="%s">Jurídico</div>'
              '<div class="flex flex-col sm:flex-row items-start sm:items-center relative gap-2"><h1 id="page-title" class="%s">%s</h1>%s</div></div>'
              '<div class="%s" data-component-part="page-description"><p>%s</p></div></header>'
              % (eyebrow_cls, h1_cls, C.inline_html(blocks[0][1]), menu, desc_cls, C.inline_html(blocks[1][1])))
    content = ('<div class="%s" data-page-title="Política de Privacidade" data-page-href="/legal/privacidade" id="content">%s</div>'
               % (content_cls, _content(blocks[2:], theme, s["cards"])))
    feedback = ('<div class="feedback-toolbar pb-16 w-full flex flex-col gap-y-8"><div class="flex flex-col sm:flex-row gap-4 justify-between">'
                '<div class="flex items-center gap-2"><p class="text-sm text-gray-600">Esta página foi útil?</p>'
                '<button class="px-3.5 py-2 flex flex-row gap-3 items-center border-gray-200 rounded-xl">Sim</button>'
                '<button class="px-3.5 py-2 flex flex-row gap-3 items-center border-gray-200 rounded-xl">Não</button></div>'
                '<a href="https://github.com/apiario/docs/edit/main/legal/privacidade.mdx" class="text-sm">Sugerir edições</a>'
                '<a href="https://github.com/apiario/docs/issues/new?title=Issue%%20on%%20docs&amp;body=Path:%%20/legal/privacidade" class="text-sm">Relatar problema</a></div></div>')
    footer = ('<footer id="footer" class="flex gap-12 justify-between pt-10 border-t border-gray-100 sm:flex mb-10 pb-28">'
              '<div class="flex gap-6 flex-wrap"><a href="https://x.com/apiariodev" aria-label="x">X</a><a href="https://github.com/apiario" aria-label="github">GitHub</a><a href="https://www.linkedin.com/company/apiario" aria-label="linkedin">LinkedIn</a></div>'
              '<div class="flex items-center justify-between"><a href="https://mintlify.com/preview-request?utm_campaign=poweredBy&amp;utm_medium=docs&amp;utm_source=docs.apiario.com.br" target="_blank" rel="noreferrer" class="text-sm">Desenvolvido por Mintlify</a></div></footer>')
    assistant = ('<div id="assistant-entry" class="fixed bottom-4 right-4 z-50"><button class="rounded-full shadow-lg px-4 py-2 bg-primary text-white text-sm" aria-label="Perguntar à IA">Perguntar à IA</button></div>'
                 if theme == "2025" else "")
    flight = ('0:{"P":null,"b":"%s","p":"","c":["","legal","privacidade"],"i":false,"f":[[["",{"children":["%%5Bsubdomain%%5D",{"children":["legal",{"children":["privacidade",{"children":["__PAGE__",{}]}]}]}]},"$undefined","$undefined",true]]],"m":"$undefined","G":"$undefined","s":false,"S":true}\n'
              '7:["$","$L8",null,{"pageMetadata":{"title":"Política de Privacidade","description":%s,"href":"/legal/privacidade"},"renderedAt":"%s","subdomain":"apiario"}]\n'
              % (build, json.dumps(blocks[1][1], ensure_ascii=False), s["rendered"]))
    toc = "".join('<li class="toc-item relative" data-depth="0"><a href="#%s" class="py-1 block font-medium hover:text-gray-900">%s</a></li>'
                  % (_slug(t), html.escape(t)) for k, t in blocks if k == "h2")
    return ('<!DOCTYPE html><html lang="pt-BR" class="__variable_9b3a4e __variable_3bbdad js-focus-visible lg:[--scroll-mt:9.5rem]" data-js-focus-visible="">'
            '<head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<link rel="stylesheet" href="/_next/static/css/%s.css%s" data-precedence="next">'
            '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-%s.js%s">'
            '<script src="/_next/static/chunks/main-app-%s.js%s" async=""></script>'
            '<title>Política de Privacidade - Apiário</title><meta name="description" content="%s">'
            '<meta name="application-name" content="Apiário"><meta name="generator" content="Mintlify">'
            '<meta name="msapplication-config" content="/_mintlify/favicons/apiario/browserconfig.xml">'
            '<link rel="canonical" href="%s"><meta property="og:title" content="Política de Privacidade - Apiário"></head>'
            '<body><div class="relative antialiased text-gray-500 dark:text-gray-400">'
            '<div id="banner" class="relative flex items-center justify-center bg-primary-dark text-white text-sm py-2 px-4"><p>%s</p></div>'
            '<div id="navbar" class="z-30 fixed lg:sticky top-0 w-full"><div class="max-w-8xl mx-auto"><div class="flex items-center lg:px-12 h-16 min-w-0">'
            '<a href="/"><span class="sr-only">Apiário home page</span><img class="w-auto h-7" src="https://mintlify.s3.us-west-1.amazonaws.com/apiario/logo/light.svg" alt="light logo"></a>'
            '<button type="button" id="search-bar-entry" class="flex pointer-events-auto rounded-xl w-full items-center text-sm leading-6 h-9 pl-3.5 pr-3">Pesquisar...<span class="ml-auto">Ctrl K</span></button>'
            '<a href="https://app.apiario.com.br/login">Entrar</a><a href="https://app.apiario.com.br/cadastro">Criar conta grátis</a></div></div>'
            '<div class="hidden lg:flex px-12 h-12"><div class="nav-tabs h-full flex text-sm space-x-6"><a class="nav-tabs-item" href="/introducao">Guias</a><a class="nav-tabs-item" href="/api-reference">Referência da API</a><a class="nav-tabs-item" href="/changelog">Changelog</a><a class="nav-tabs-item text-gray-800 font-semibold" href="/legal/termos">Jurídico</a></div></div></div>'
            '<div class="max-w-8xl px-4 mx-auto lg:px-8"><div class="z-20 hidden lg:block fixed bottom-0 right-auto w-[18rem]" id="sidebar"><div id="navigation-items">'
            '<div class="sidebar-group-header"><h5 id="sidebar-title">Jurídico</h5></div><ul id="sidebar-group" class="sidebar-group">'
            '<li><a href="/legal/termos">Termos de Uso</a></li><li class="active"><a href="/legal/privacidade">Política de Privacidade</a></li>'
            '<li><a href="/legal/dpa">Acordo de Processamento de Dados</a></li><li><a href="/legal/cookies">Política de Cookies</a></li></ul></div></div>'
            '<div class="flex flex-row-reverse gap-12 box-border w-full pt-40 lg:pt-10">'
            '<div class="hidden xl:flex self-start sticky xl:flex-col max-w-[28rem] h-[calc(100vh-9.5rem)] top-[7.5rem]" id="content-side-layout">'
            '<div class="z-10 hidden xl:block pl-10 ml-1.5 w-[19rem] text-sm" id="table-of-contents-layout"><div id="table-of-contents"><div class="text-gray-700 font-medium flex items-center space-x-2">Nesta página</div><ul>%s</ul></div></div></div>'
            '<div class="relative grow box-border flex-col w-full mx-auto px-1 lg:pl-[23.7rem] lg:-ml-12 xl:w-[calc(100%%-28rem)]" id="content-area">'
            '%s%s%s'
            '<div id="pagination" class="px-0.5 flex items-center text-sm font-semibold text-gray-700 dark:text-gray-200">'
            '<a class="flex items-center space-x-3 group" href="/legal/termos"><span>Termos de Uso</span></a>'
            '<a class="flex items-center ml-auto space-x-3 group" href="/legal/dpa"><span>Acordo de Processamento de Dados</span></a></div>'
            '%s</div></div></div></div>%s'
            '<script src="/_next/static/chunks/webpack-%s.js%s" async=""></script>'
            '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,%s])</script>'
            '</body></html>'
            % (chunk, q, chunk[::-1], q, chunk[:8] + build[:8].lower(), q, html.escape(blocks[1][1]), URL,
               BANNERS[s["banner"]], toc, header, content, feedback, footer, assistant, chunk[::-1], q,
               json.dumps(flight, ensure_ascii=False)))


PAGE = {
    "service": "Apiario", "url": URL, "lang": "pt-BR", "platform": "Mintlify",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-Powered-By", "Next.js"), ("X-Vercel-Cache", "HIT"), ("Server", "Vercel")),
    "n": 30, "start": dt.date(2022, 8, 1), "end": dt.date(2026, 6, 15), "hours": (2, 10, 14),
    "policy": POLICY, "first_updated": dt.date(2022, 6, 27), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#page-title", "#header [data-component-part=\"page-description\"]", "#content"],
                    "remove": ["#content .card-group"]},
}
