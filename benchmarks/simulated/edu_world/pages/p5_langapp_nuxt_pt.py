"""LinguaViva (language-learning app, Porto) - pt-PT - Nuxt 3 SSR + Storyblok. The legal hub renders its three
documents (Termos, Privacidade, Cookies) server-side in v-show tab panels, the two inactive ones with
style="display:none"; Storyblok rich text (list items wrapped in <p>, <b> for bold) plus a table blok for the
sub-processors; scoped data-v-* attributes, hashed /_nuxt/ chunks and buildId, __NUXT_DATA__ with all three
stories, a live "a aprender agora" counter, an A/B price banner, a "Descarregar em PDF" link with size inside the
privacy panel, Cookiebot (its declaration script in the cookies panel), a 2024 redesign of the hub."""
import datetime as dt
import hashlib
import html
import json
import common as C

URL = "https://www.linguaviva.app/pt/legal/privacidade"
MESES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
         "novembro", "dezembro"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
# Política de Privacidade

Em vigor desde {UPDATED}

A LinguaViva ajuda pessoas de todas as idades a aprender línguas com lições curtas, exercícios de pronúncia e conversas com tutores. Esta Política explica que dados pessoais tratamos quando utiliza a aplicação e o sítio web.

## Responsável pelo tratamento

LinguaViva, Lda., Rua de Santa Catarina 312, 4000-443 Porto, NIPC 515 998 231. Pode contactar o nosso Encarregado da Proteção de Dados através de [epd@linguaviva.app](mailto:epd@linguaviva.app).

## Dados que tratamos

- dados da conta: nome, endereço de correio eletrónico, idioma nativo e línguas que está a aprender;
- dados de progresso: lições concluídas, pontuações, sequências de dias e erros frequentes;
- gravações de voz dos exercícios de pronúncia, analisadas para lhe dar feedback;
- dados de pagamento da subscrição LinguaViva Plus, tratados pela loja de aplicações.

## Finalidades

Tratamos os dados da conta e de progresso para lhe prestar o serviço e personalizar as lições (execução do contrato). Com o seu consentimento, enviamos lembretes e novidades por correio eletrónico e notificações. Utilizamos cookies no sítio web nos termos da [Política de Cookies](/pt/legal/cookies).

Os menores de 13 anos só podem utilizar a LinguaViva através de uma conta familiar criada por um dos pais.

## Subcontratantes

| Entidade | Serviço | Localização |
| Amazon Web Services EMEA SARL | alojamento e bases de dados | UE (Irlanda) |
| Twilio Ireland Ltd. (SendGrid) | envio de correio eletrónico | UE / EUA (cláusulas contratuais-tipo) |
| Speechmatics Ltd. | reconhecimento de fala | Reino Unido (decisão de adequação) |

## Conservação

As gravações de voz são eliminadas após 90 dias. Os dados de contas inativas são eliminados após 3 anos sem qualquer início de sessão.

## Os seus direitos

Pode aceder, retificar, apagar ou transferir os seus dados a partir das definições da aplicação ou por correio eletrónico para o Encarregado da Proteção de Dados. Tem o direito de apresentar reclamação à [Comissão Nacional de Proteção de Dados](https://www.cnpd.pt).
"""

EDITS = [
    {"note": "sub-processor table: new row (OpenAI Ireland for AI writing feedback)",
     "repl": [("| Speechmatics Ltd. |", "| OpenAI Ireland Ltd. | correção de exercícios de escrita com inteligência artificial | UE (Irlanda) |\n| Speechmatics Ltd. |")]},
    {"note": "link target changed only: cookie policy link now points into the hub's cookies panel (silent, date kept)", "bump": False,
     "repl": [("(/pt/legal/cookies)", "(/pt/legal/privacidade#cookies)")]},
    {"note": "voice recordings retention shortened from 90 to 30 days",
     "repl": [("As gravações de voz são eliminadas após 90 dias.", "As gravações de voz são eliminadas após 30 dias.")]},
    {"note": "minors sentence reworded (family account or school licence)",
     "repl": [("Os menores de 13 anos só podem utilizar a LinguaViva através de uma conta familiar criada por um dos pais.",
               "Os menores de 13 anos só podem utilizar a LinguaViva através de uma conta familiar criada por um dos pais ou de uma licença escolar atribuída pelo seu professor.")]},
    {"note": "DPO contact changed to a new mailbox and postal address",
     "repl": [("Pode contactar o nosso Encarregado da Proteção de Dados através de [epd@linguaviva.app](mailto:epd@linguaviva.app).",
               "Pode contactar o nosso Encarregado da Proteção de Dados através de [privacidade@linguaviva.app](mailto:privacidade@linguaviva.app) ou por carta para Avenida da Boavista 1277, 4100-130 Porto.")]},
]

REDESIGN = dt.datetime(2024, 2, 12)
TERMS = ["Ao criar uma conta aceita estes Termos. A subscrição LinguaViva Plus renova-se automaticamente até ser cancelada na loja de aplicações.",
         "Ao criar uma conta aceita estes Termos. A subscrição LinguaViva Plus renova-se automaticamente até ser cancelada na loja de aplicações. Os planos familiares incluem até seis perfis."]


def vhash(design, comp):
    return hashlib.sha1(("%s%s" % (design, comp)).encode()).hexdigest()[:8]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["design"] = "v2" if when >= REDESIGN else "v1"
    s["build"] = C.keep_or(rng, prev.get("build"), 0.5, lambda: (C.uuid4(rng), C.alnum(rng, 8), C.alnum(rng, 8), C.alnum(rng, 8)))
    s["learners"] = 1400000 + (when - dt.datetime(2021, 1, 1)).days * 1300 + rng.randint(-60000, 60000)
    s["ab"] = rng.choice(["A", "B"])
    s["pdf"] = C.keep_or(rng, prev.get("pdf"), 0.3, lambda: (C.hexs(rng, 10), rng.randint(180, 260)))
    s["terms"] = 1 if when >= dt.datetime(2023, 4, 1) else 0
    s["cookiebot"] = C.keep_or(rng, prev.get("cookiebot"), 0.3, lambda: rng.randint(10, 99))
    return s


LABELS = {
    "design": "legal hub redesign (tabs markup, data-v scope hashes)",
    "build": "Nuxt buildId and hashed chunks (deploy)",
    "learners": "live 'a aprender agora' learner counter",
    "ab": "A/B price banner (per visit)",
    "pdf": "'Descarregar em PDF' link inside the privacy panel (asset hash and size)",
    "terms": "terms of use (hidden tab panel, another document) changed",
    "cookiebot": "Cookiebot declaration (hidden cookies panel) re-scanned",
}


def sb_inline(t):
    return C.inline_html(t, bold=lambda raw: "<b>%s</b>" % html.escape(raw, quote=False),
                         link=lambda url, label: '<a href="%s" target="_self">%s</a>' % (html.escape(url), html.escape(label, quote=False)))


def richtext(blocks):
    """Storyblok's richtext renderer output."""
    out = []
    for kind, v in blocks:
        if kind in ("h2", "h3"):
            out.append("<%s>%s</%s>" % (kind, sb_inline(v), kind))
        elif kind == "p":
            out.append("<p>%s</p>" % sb_inline(v))
        elif kind == "ul":
            out.append("<ul>%s</ul>" % "".join("<li><p>%s</p></li>" % sb_inline(x) for x in v))
        else:
            raise ValueError(kind)
    return "".join(out)


def render(s, blocks, when):
    d = s["design"]
    v = lambda comp: "data-v-" + vhash(d, comp)  # noqa: E731
    title = blocks[0][1]
    # bloks: richtext runs split by the table blok
    parts, run = [], []
    for b in blocks[1:]:
        if b[0] == "table":
            parts.append(('<div class="sb-richtext" %s>%s</div>' % (v("RichText"), richtext(run))))
            run = []
            rows = b[1]
            tv = v("TableBlok")
            parts.append('<div class="sb-table-wrapper" %s><table class="sb-table" %s><thead %s><tr %s>%s</tr></thead><tbody %s>%s</tbody></table></div>'
                         % (tv, tv, tv, tv, "".join("<th %s>%s</th>" % (tv, html.escape(x)) for x in rows[0]), tv,
                            "".join("<tr %s>%s</tr>" % (tv, "".join("<td %s>%s</td>" % (tv, html.escape(x)) for x in r)) for r in rows[1:])))
        else:
            run.append(b)
    parts.append('<div class="sb-richtext" %s>%s</div>' % (v("RichText"), richtext(run)))
    pv = v("LegalPanel")
    pdf_h, pdf_kb = s["pdf"]
    pdf = ('<div class="legal-pdf" %s><a href="https://a.storyblok.com/f/184562/x/%s/politica-de-privacidade.pdf" download %s>'
           '<span class="icon icon-download" %s></span>Descarregar em PDF (%d KB)</a></div>' % (pv, pdf_h, pv, pv, pdf_kb))
    priv = ('<section id="panel-privacidade" class="legal-panel" role="tabpanel" aria-labelledby="tab-privacidade" %s>'
            '<h2 class="legal-panel__title" %s>%s</h2>%s%s</section>' % (pv, pv, html.escape(title), "".join(parts), pdf))
    terms = ('<section id="panel-termos" class="legal-panel" role="tabpanel" aria-labelledby="tab-termos" style="display:none;" %s>'
             '<h2 class="legal-panel__title" %s>Termos de Utilização</h2><div class="sb-richtext" %s><p>%s</p>'
             '<p>A LinguaViva pode suspender contas que violem as regras da comunidade nas conversas com tutores.</p></div></section>'
             % (pv, pv, v("RichText"), html.escape(TERMS[s["terms"]])))
    cookies = ('<section id="panel-cookies" class="legal-panel" role="tabpanel" aria-labelledby="tab-cookies" style="display:none;" %s>'
               '<h2 class="legal-panel__title" %s>Política de Cookies</h2><div class="sb-richtext" %s><p>Utilizamos cookies necessários e, com o seu consentimento, cookies de estatística e de marketing.</p></div>'
               '<div id="CookieDeclaration"><div class="CookieDeclarationType"><p>Necessários (%d)</p></div>'
               '<p class="CookieDeclarationLastUpdated">A declaração de cookies foi atualizada pela última vez em %s por <a href="https://www.cookiebot.com">Cookiebot</a></p></div></section>'
               % (pv, pv, v("RichText"), s["cookiebot"] % 9 + 4, (when - dt.timedelta(days=s["cookiebot"] % 20)).strftime("%d/%m/%Y")))
    tv = v("LegalTabs")
    tabs = [("termos", "Termos"), ("privacidade", "Privacidade"), ("cookies", "Cookies")]
    if d == "v1":
        nav = ('<div class="legal-tabs" role="tablist" %s>%s</div>'
               % (tv, "".join('<button id="tab-%s" role="tab" aria-selected="%s" aria-controls="panel-%s" class="legal-tabs__tab%s" %s>%s</button>'
                              % (k, "true" if k == "privacidade" else "false", k, " is-active" if k == "privacidade" else "", tv, t)
                              for k, t in tabs)))
        hub = ('<div class="legal-hub container" %s><h1 class="legal-hub__title" %s>Informação legal</h1>%s<div class="legal-hub__panels" %s>%s%s%s</div></div>'
               % (v("LegalHub"), v("LegalHub"), nav, v("LegalHub"), terms, priv, cookies))
    else:
        nav = ('<nav class="legal-nav" aria-label="Documentos legais" %s><ul %s>%s</ul></nav>'
               % (tv, tv, "".join('<li %s><a id="tab-%s" href="/pt/legal/%s" class="legal-nav__link%s" %s%s>%s</a></li>'
                                  % (tv, k, k, " router-link-active router-link-exact-active" if k == "privacidade" else "", tv,
                                     ' aria-current="page"' if k == "privacidade" else "", t) for k, t in tabs)))
        hub = ('<div class="legal-hub legal-hub--sidebar" %s><header class="legal-hub__header" %s><p class="eyebrow" %s>Centro de confiança</p>'
               '<h1 class="legal-hub__title" %s>Informação legal</h1></header><div class="legal-hub__grid" %s><aside %s>%s</aside>'
               '<div class="legal-hub__panels" %s>%s%s%s</div></div></div>'
               % (v("LegalHub"), v("LegalHub"), v("LegalHub"), v("LegalHub"), v("LegalHub"), v("LegalHub"), nav,
                  v("LegalHub"), terms, priv, cookies))
    n = "{:,}".format(s["learners"]).replace(",", "\u00a0")
    price = ("LinguaViva Plus: 7,99 € por mês" if s["ab"] == "A" else "Experimente o Plus grátis durante 14 dias")
    lv = v("AppHeader")
    header = ('<header class="app-header" %s><a href="/pt" class="app-header__logo" %s><img src="/_nuxt/logo.%s.svg" alt="LinguaViva" %s></a>'
              '<p class="live-counter" %s><span class="live-dot" %s></span>%s pessoas a aprender agora</p>'
              '<div class="promo-banner" data-ab="plus-%s" %s>%s <a href="/pt/plus" %s>Saber mais</a></div>'
              '<a class="btn btn--primary" href="/pt/comecar" %s>Começar</a></header>'
              % (lv, lv, s["build"][1], lv, lv, lv, n, s["ab"], lv, price, lv, lv))
    bid, c1, c2, c3 = s["build"]
    nuxt_data = [{"data": 1, "state": 4}, {"story-legal-pt": 2}, {"story": 3},
                 {"name": "Legal", "full_slug": "pt/legal", "published_at": when.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                  "content": {"component": "legal_hub", "documents": ["termos", "privacidade", "cookies"],
                              "privacidade": C.blocks_md(blocks, URL)}},
                 {"$sab": s["ab"]}]
    data = json.dumps(nuxt_data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    foot = ('<footer class="app-footer" %s><p %s>© %d LinguaViva, Lda.</p><a href="/pt/legal/termos" %s>Termos</a>'
            '<a href="/pt/legal/privacidade" %s>Privacidade</a><a href="javascript:Cookiebot.renew()" %s>Alterar consentimento</a></footer>'
            % (v("AppFooter"), v("AppFooter"), when.year, v("AppFooter"), v("AppFooter"), v("AppFooter")))
    return ('<!DOCTYPE html><html lang="pt-PT" data-capo=""><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Política de Privacidade · LinguaViva</title>'
            '<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="7b3e9c1a-52d4-4f0e-9a61-8c2d5e7f3b10" data-blockingmode="auto" type="text/javascript"></script>'
            '<link rel="stylesheet" href="/_nuxt/entry.%s.css" crossorigin><link rel="stylesheet" href="/_nuxt/_slug_.%s.css" crossorigin>'
            '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%s.js"><link rel="modulepreload" as="script" crossorigin href="/_nuxt/%s.js">'
            '<link rel="prefetch" as="image" type="image/svg+xml" href="/_nuxt/logo.%s.svg">'
            '<script type="module" src="/_nuxt/%s.js" crossorigin></script>'
            '<meta name="description" content="Como a LinguaViva trata os seus dados pessoais."><link rel="canonical" href="%s"></head>'
            '<body><div id="__nuxt"><div class="layout" %s>%s<main class="page" %s>%s</main>%s</div></div><div id="teleports"></div>'
            '<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">%s</script>'
            '<script>window.__NUXT__={};window.__NUXT__.config={public:{storyblok:{accessToken:"Xq7bH2kLpR9tWm4vNc8sYd3f",version:"published"},'
            'i18n:{defaultLocale:"pt"}},app:{baseURL:"/",buildId:"%s",buildAssetsDir:"/_nuxt/",cdnURL:""}}</script></body></html>'
            % (c1, c2, c3, c2[::-1], c1, c3, URL, v("Layout"), header, v("Page"), hub, foot, data, bid))


PAGE = {
    "service": "LinguaViva", "url": URL, "lang": "pt-PT", "platform": "Nuxt 3 + Storyblok",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("X-Powered-By", "Nuxt"), ("Cache-Control", "s-maxage=60, stale-while-revalidate")),
    "n": 30, "start": dt.date(2021, 4, 1), "end": dt.date(2026, 7, 31), "hours": (2, 14),
    "policy": POLICY, "first_updated": dt.date(2021, 1, 18), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#panel-privacidade"], "remove": [".legal-pdf"]},
}
