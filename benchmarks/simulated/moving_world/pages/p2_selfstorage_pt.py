"""GuardaMais Self Storage (European Portuguese; Lisboa, Porto, Matosinhos, Braga), a Next.js 13 site (pages router,
getServerSideProps) on Vercel with Storyblok as headless CMS; captured as rendered DOM (executeClientScripts). The
cookies section of the policy embeds Cookiebot's cookie declaration (cd.js), which renders INSIDE the selected
`main article`: its 'last updated by Cookiebot' date follows the monthly scans and its tables gain or lose cookies
as the scanner finds them (the declaration removes `.CookieDeclaration`). Around it: the live box availability per
centre fetched from the storage management software at request time (with its 'atualizado às HH:MM'), the seasonal
promotion bar, the Storyblok story's published_at in __NEXT_DATA__ (re-publishes), Next.js build ids and CSS
module hashes on deploys."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import mvkit as K  # noqa: E402

URL = "https://www.guardamais.pt/politica-de-privacidade"
CBID = "3f2c9a71-5d0e-4b8a-9c61-7e2d40b1a8f3"

POLICY = """
# Política de Privacidade

Última atualização: {UPDATED}

A GuardaMais – Self Storage, Lda. ("GuardaMais" ou "nós") respeita a sua privacidade. Esta política explica como tratamos os seus dados pessoais quando visita o nosso site, pede um orçamento, reserva ou aluga um box nos nossos centros de armazenamento, ou utiliza a aplicação GuardaMais Acesso, em conformidade com o Regulamento Geral sobre a Proteção de Dados (RGPD) e com a Lei n.º 58/2019, de 8 de agosto.

## 1. Quem é o responsável pelo tratamento?

@ GuardaMais – Self Storage, Lda.
@ Rua Fernando Palha, 48, Armazém 3
@ 1950-132 Lisboa
@ NIPC 514 382 906
@ Telefone: 218 306 450 (chamada para a rede fixa nacional)

Pode contactar o nosso Encarregado de Proteção de Dados através do endereço [privacidade@guardamais.pt](mailto:privacidade@guardamais.pt) ou por carta dirigida à morada acima.

## 2. Que dados recolhemos?

- Dados de identificação: nome, número do cartão de cidadão ou do passaporte, NIF;
- Dados de contacto: morada, endereço de e-mail, número de telemóvel;
- Dados contratuais: centro e box alugados, dimensão do box, datas de início e de fim do contrato, seguro dos bens armazenados;
- Dados de pagamento: IBAN para débito direto SEPA, referências Multibanco e MB WAY (os dados de cartão são tratados diretamente pela Easypay e nunca chegam aos nossos sistemas);
- Registos de acesso: código pessoal de acesso, data e hora de entrada e de saída do centro e de abertura do box;
- Imagens de videovigilância captadas nas zonas comuns e nos corredores dos nossos centros;
- Dados de navegação e cookies.

Não nos diga o que guarda no seu box: não precisamos dessa informação, salvo quando declara bens de valor elevado para efeitos de seguro.

## 3. Para que finalidades e com que fundamento?

| Finalidade | Fundamento jurídico | Prazo de conservação |
| Resposta a pedidos de orçamento e reservas online | Diligências pré-contratuais | 6 meses |
| Celebração e execução do contrato de aluger do box | Execução do contrato | Duração do contrato e 10 anos após o seu termo |
| Faturação e cobrança | Obrigação legal | 10 anos |
| Controlo de acessos aos centros | Interesse legítimo (segurança de pessoas e bens) | 90 dias |
| Videovigilância | Interesse legítimo (segurança de pessoas e bens) | 30 dias |
| Envio de campanhas e novidades | Consentimento | Até retirar o consentimento |

## 4. Com quem partilhamos os seus dados?

- Easypay – Instituição de Pagamento, S.A., para o processamento de pagamentos;
- A seguradora dos bens armazenados, Fidelidade – Companhia de Seguros, S.A.;
- A empresa de segurança responsável pela central de alarmes e pela videovigilância;
- Os nossos fornecedores de software de gestão de self storage (Storganise) e de CRM (HubSpot);
- Autoridades judiciais e policiais, quando legalmente exigido.

Alguns destes fornecedores podem tratar dados fora do Espaço Económico Europeu, nomeadamente nos Estados Unidos. Nesses casos, as transferências baseiam-se em decisões de adequação da Comissão Europeia ou em cláusulas contratuais-tipo aprovadas pela Comissão.

## 5. Rendas em atraso e bens abandonados

Se as rendas ficarem por pagar durante mais de 60 dias, utilizaremos os seus dados de contacto para o notificar por carta registada, e-mail e SMS antes de proceder ao levantamento dos bens nos termos previstos no contrato. Os dados relativos à dívida podem ser comunicados ao nosso advogado ou a uma empresa de cobranças.

## 6. Os seus direitos

Pode exercer os direitos de acesso, retificação, apagamento, limitação do tratamento, portabilidade e oposição, bem como retirar o seu consentimento a qualquer momento, escrevendo para [privacidade@guardamais.pt](mailto:privacidade@guardamais.pt). Responderemos no prazo de um mês.

Tem ainda o direito de apresentar reclamação à Comissão Nacional de Proteção de Dados (CNPD), Av. D. Carlos I, 134, 1.º, 1200-651 Lisboa, [www.cnpd.pt](https://www.cnpd.pt).

## 7. Segurança

Os nossos sistemas estão alojados em centros de dados na União Europeia, o acesso aos dados é limitado aos colaboradores que deles necessitam e todas as comunicações com o site e com a aplicação são cifradas. Os códigos de acesso aos centros são pessoais e intransmissíveis.

## 8. Cookies

Utilizamos cookies necessários ao funcionamento do site e, com o seu consentimento, cookies de preferências, de estatística e de marketing. A lista completa dos cookies que utilizamos encontra-se abaixo; pode alterar ou retirar o seu consentimento a qualquer momento.

%% cookiebot

## 9. Alterações a esta política

Podemos atualizar esta política sempre que necessário. Quando as alterações forem significativas, informaremos os clientes com contrato ativo por e-mail.
"""

EDITS = [
    {"note": "CRM processor replaced: HubSpot renamed to Pipedrive",
     "repl": [("e de CRM (HubSpot);", "e de CRM (Pipedrive);")]},
    {"note": "typo fixed in the table (aluger -> aluguer), date unchanged", "bump": False,
     "repl": [("contrato de aluger do box", "contrato de aluguer do box")]},
    {"note": "access-log retention raised from 90 days to 12 months",
     "repl": [("| Controlo de acessos aos centros | Interesse legítimo (segurança de pessoas e bens) | 90 dias |",
               "| Controlo de acessos aos centros | Interesse legítimo (segurança de pessoas e bens) | 12 meses |")]},
    {"note": "list item added: alternative contact person's data",
     "repl": [("- Dados de contacto: morada, endereço de e-mail, número de telemóvel;",
               "- Dados de contacto: morada, endereço de e-mail, número de telemóvel;\n"
               "- Dados da pessoa de contacto alternativa que nos indicar no contrato;"),
              ("utilizaremos os seus dados de contacto para o notificar",
               "utilizaremos os seus dados de contacto e os da pessoa de contacto alternativa para o notificar")]},
    {"note": "phone number changed, date unchanged", "bump": False,
     "repl": [("@ Telefone: 218 306 450 (chamada para a rede fixa nacional)",
               "@ Telefone: 210 547 300 (chamada para a rede fixa nacional)")]},
    {"note": "table row added: waiting list for boxes",
     "repl": [("| Faturação e cobrança | Obrigação legal | 10 anos |",
               "| Faturação e cobrança | Obrigação legal | 10 anos |\n"
               "| Gestão da lista de espera de boxes | Consentimento | 12 meses |")]},
]


def fmt_date(d):
    return K.long_date(d, "pt")


CENTRES = [("lisboa-alcantara", "Lisboa – Alcântara"), ("lisboa-olivais", "Lisboa – Olivais"),
           ("porto-campanha", "Porto – Campanhã"), ("matosinhos", "Matosinhos"), ("braga", "Braga")]

# (name, provider, purpose, expiry, type, category, from, until)
COOKIES = [
    ("CookieConsent", "Cookiebot", "Guarda o estado de consentimento de cookies do utilizador para o domínio atual",
     "1 ano", "HTTP Cookie", "nec", None, None),
    ("__cf_bm", "Cloudflare", "Este cookie é utilizado para distinguir entre humanos e robôs.", "1 dia",
     "HTTP Cookie", "nec", None, None),
    ("gm_reserva", "guardamais.pt", "Guarda o box e o centro escolhidos durante a reserva online.", "Sessão",
     "HTML Local Storage", "nec", None, None),
    ("__hssrc", "HubSpot", "Utilizado pelo HubSpot para determinar se o visitante reiniciou o browser.", "Sessão",
     "HTTP Cookie", "nec", None, dt.date(2024, 5, 1)),
    ("gm_centro", "guardamais.pt", "Lembra o centro de armazenamento preferido do visitante.", "1 ano",
     "HTTP Cookie", "pref", None, None),
    ("_ga", "Google", "Regista um ID exclusivo utilizado para gerar dados estatísticos sobre a forma como o "
     "visitante utiliza o site.", "2 anos", "HTTP Cookie", "stat", None, None),
    ("_ga_#", "Google", "Utilizado pelo Google Analytics para recolher dados sobre o número de vezes que um "
     "utilizador visitou o site.", "2 anos", "HTTP Cookie", "stat", None, None),
    ("_hjSessionUser_#", "Hotjar", "Recolhe estatísticas sobre as visitas do utilizador ao site.", "1 ano",
     "HTTP Cookie", "stat", dt.date(2024, 2, 1), None),
    ("_hjSession_#", "Hotjar", "Recolhe estatísticas sobre as visitas do utilizador ao site.", "1 dia",
     "HTTP Cookie", "stat", dt.date(2024, 2, 1), None),
    ("hubspotutk", "HubSpot", "Identifica o visitante para o CRM.", "180 dias", "HTTP Cookie", "stat", None,
     dt.date(2024, 5, 1)),
    ("_fbp", "Meta Platforms, Inc.", "Utilizado pelo Facebook para fornecer uma série de produtos publicitários.",
     "3 meses", "HTTP Cookie", "mkt", None, dt.date(2024, 9, 1)),
    ("_gcl_au", "Google", "Utilizado pelo Google AdSense para experimentar a eficiência da publicidade.",
     "3 meses", "HTTP Cookie", "mkt", None, None),
    ("IDE", "Google", "Utilizado pelo Google DoubleClick para registar e reportar as ações do utilizador após "
     "visualizar ou clicar num dos anúncios.", "1 ano", "HTTP Cookie", "mkt", None, None),
    ("test_cookie", "Google", "Utilizado para verificar se o browser do utilizador suporta cookies.", "1 dia",
     "HTTP Cookie", "mkt", dt.date(2023, 11, 1), None),
    ("li_sugr", "LinkedIn", "Recolhe dados sobre o comportamento do visitante para otimizar a publicidade.",
     "3 meses", "HTTP Cookie", "mkt", dt.date(2024, 10, 1), None),
    ("pipedrive_vid", "Pipedrive", "Identifica o visitante entre sessões para o CRM.", "1 ano", "HTTP Cookie",
     "unc", dt.date(2024, 6, 1), None),
]
CATS = [("nec", "Necessário", "Os cookies necessários ajudam a tornar um website utilizável, permitindo funções "
         "básicas como a navegação e o acesso a áreas seguras do website. O website não pode funcionar "
         "corretamente sem estes cookies."),
        ("pref", "Preferências", "Os cookies de preferências permitem a um website lembrar-se de informações que "
         "alteram a forma como o website se comporta ou se apresenta."),
        ("stat", "Estatística", "Os cookies de estatística ajudam os proprietários de websites a perceber como os "
         "visitantes interagem com os websites, recolhendo e comunicando informações de forma anónima."),
        ("mkt", "Marketing", "Os cookies de marketing são utilizados para seguir os visitantes em todos os "
         "websites. A intenção é mostrar anúncios que sejam relevantes e envolventes para o utilizador "
         "individual."),
        ("unc", "Não classificados", "Os cookies não classificados são cookies que estamos em processo de "
         "classificar, juntamente com os fornecedores de cookies individuais.")]


def _scan_date(d):
    """Cookiebot's monthly scan: on the 9th, or the first weekday after it."""
    s = dt.date(d.year, d.month, 9)
    if d < s:
        s = dt.date(d.year - (d.month == 1), 12 if d.month == 1 else d.month - 1, 9)
    while s.weekday() >= 5:
        s += dt.timedelta(days=1)
    return s


def _promo(loc):
    d = loc.date()
    y = d.year
    bf = dt.date(y, 11, 30)
    while bf.weekday() != 4:
        bf -= dt.timedelta(days=1)
    if bf - dt.timedelta(days=7) <= d <= bf + dt.timedelta(days=3):
        return ("black-friday", "Black Friday: 50% de desconto nos primeiros 3 meses em todos os boxes", "BF50")
    if d.month == 1 or (d.month == 2 and d.day <= 10):
        return ("ano-novo", "Ano novo, casa arrumada: 1.º mês grátis em contratos de 6 meses", "ARRUMA24")
    if d.month in (7, 8):
        return ("verao", "Vai mudar de casa este verão? Caixas de cartão grátis na reserva online", "MUDANCAS")
    if d.month == 9 or (d.month == 10 and d.day <= 10):
        return ("estudantes", "Estudantes: box de 1 m² desde 29 € por mês durante o ano letivo", "ESTUDA")
    return ("primeiro-mes", "Reserve online e pague apenas 1 € no primeiro mês", "1EURO")


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "pt")
    if "build" not in p or rng.random() < 0.16:
        build = (C.alnum(rng, 21, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                 C.hexs(rng, 16), C.hexs(rng, 16), C.alnum(rng, 5))
    else:
        build = p["build"]
    avail = []
    prev_av = dict(p.get("avail", {}).get("units", ())) if p else {}
    for slug, _ in CENTRES:
        v = prev_av.get(slug, rng.randint(2, 14))
        v = max(0, min(25, v + rng.choice([-3, -2, -1, -1, 0, 0, 1, 1, 2, 3])))
        avail.append((slug, v))
    pub = p.get("published")
    if pub is None or rng.random() < 0.12:
        pub = (when - dt.timedelta(days=rng.randint(0, 6), minutes=rng.randint(0, 900))).strftime(
            "%Y-%m-%dT%H:%M:%S.000Z")
    scan = _scan_date(when.date())
    return {
        "build": build,
        "avail": {"units": tuple(avail), "at": loc.strftime("%H:%M")},
        "promo": _promo(loc),
        "published": pub,
        "cookiebot": (scan.isoformat(), tuple(c[0] for c in COOKIES
                                              if (c[6] is None or c[6] <= scan) and (c[7] is None or scan < c[7]))),
        "vercel_id": "cdg1::iad1::%s-%d-%s" % (C.alnum(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"),
                                                 int(C.epoch(when)) * 1000 + rng.randint(0, 999), C.hexs(rng, 12)),
    }


LABELS = {
    "build": "Next.js buildId, chunk hashes and CSS-module class hashes (deploy)",
    "avail": "live box availability per centre with its update time (getServerSideProps)",
    "promo": "seasonal promotion bar",
    "published": "Storyblok story published_at in __NEXT_DATA__ (re-publish, or the edit's publication)",
    "cookiebot": "Cookiebot cookie declaration: scan date and cookie tables (inside article, removed)",
    "vercel_id": "x-vercel-id echoed in the page's RUM snippet",
}


def _cookiebot(scan_iso, names):
    scan = dt.date.fromisoformat(scan_iso)
    by = {c[0]: c for c in COOKIES}
    parts = []
    for key, label, desc in CATS:
        rows = [by[n] for n in names if by[n][5] == key]
        trs = "".join('<tr><td class="CookieDeclarationTableCell" title="%s">%s</td><td class="CookieDeclarationTableCell">%s</td>'
                      '<td class="CookieDeclarationTableCell">%s</td><td class="CookieDeclarationTableCell">%s</td>'
                      '<td class="CookieDeclarationTableCell">%s</td></tr>' % (K.attr(c[0]), K.esc(c[0]), K.esc(c[1]),
                                                                              K.esc(c[2]), K.esc(c[3]), K.esc(c[4]))
                      for c in rows)
        table = ('<table class="CookieDeclarationTable"><colgroup><col style="width: 20%%;"><col style="width: 20%%;">'
                 '<col style="width: 35%%;"><col style="width: 15%%;"><col style="width: 10%%;"></colgroup><tbody>'
                 '<tr><th scope="col" class="CookieDeclarationTableHeader">Nome</th><th scope="col" '
                 'class="CookieDeclarationTableHeader">Fornecedor</th><th scope="col" '
                 'class="CookieDeclarationTableHeader">Finalidade</th><th scope="col" '
                 'class="CookieDeclarationTableHeader">Validade</th><th scope="col" '
                 'class="CookieDeclarationTableHeader">Tipo</th></tr>%s</tbody></table>' % trs) if rows else ""
        parts.append('<div class="CookieDeclarationType" lang="pt" dir="ltr"><p class="CookieDeclarationTypeHeader">'
                     '<strong>%s (%d)</strong></p><p class="CookieDeclarationTypeDescription">%s</p>%s</div>'
                     % (label, len(rows), K.esc(desc), table if rows else
                        '<p class="CookieDeclarationTypeDescription">Não utilizamos cookies deste tipo.</p>'))
    return ('<div class="CookieDeclaration" lang="pt" dir="ltr"><p class="CookieDeclarationDialogText">Este website '
            'utiliza cookies. Utilizamos cookies para personalizar conteúdo e anúncios, fornecer funcionalidades de '
            'redes sociais e analisar o nosso tráfego.</p><p>O seu consentimento aplica-se aos seguintes domínios: '
            'www.guardamais.pt</p><div id="CookieDeclarationUserStatusPanel" style="display: block;" '
            'data-responsive="true"><div id="CookieDeclarationUserStatusLabel" style="display: block;">O seu estado '
            'atual: <span id="CookieDeclarationUserStatusLabelOff">Negar</span>.</div><div '
            'id="CookieDeclarationChangeConsent" style="display: block;"><a href="#" '
            'id="CookieDeclarationChangeConsentChange">Alterar o seu consentimento</a></div></div>'
            '<p class="CookieDeclarationLastUpdated">A declaração de cookies foi atualizada pela última vez em '
            '%s por <a href="https://www.cookiebot.com" target="_blank" rel="nofollow">Cookiebot</a></p>%s</div>'
            % (scan.strftime("%d/%m/%y"), "".join(parts)))


def _rt_json(blocks):
    """The story's Storyblok rich-text document, as __NEXT_DATA__ carries it (marks dropped)."""
    import re
    plain = lambda t: re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", t.replace("**", ""))  # noqa: E731
    out = []
    for kind, v in blocks:
        if kind in ("h1", "h2", "h3"):
            out.append({"type": "heading", "attrs": {"level": int(kind[1])},
                        "content": [{"text": plain(v), "type": "text"}]})
        elif kind == "p":
            if v.startswith("%% "):
                out.append({"type": "blok", "attrs": {"body": [{"_uid": "8d0c2b1e-5f4a-4e7b-a1c9-cookiebot",
                                                                  "component": "cookie_declaration"}]}})
            else:
                out.append({"type": "paragraph", "content": [{"text": plain(v), "type": "text"}]})
        elif kind == "ul":
            out.append({"type": "bullet_list", "content": [
                {"type": "list_item", "content": [{"type": "paragraph", "content": [{"text": plain(x), "type": "text"}]}]}
                for x in v]})
        elif kind == "addr":
            c = []
            for n, x in enumerate(v):
                if n:
                    c.append({"type": "hard_break"})
                c.append({"text": plain(x), "type": "text"})
            out.append({"type": "paragraph", "content": c})
        elif kind == "table":
            out.append({"type": "blok", "attrs": {"body": [{"component": "table", "table": {
                "thead": [{"value": plain(x), "component": "_table_head"} for x in v[0]],
                "tbody": [{"body": [{"value": plain(x), "component": "_table_col"} for x in r],
                           "component": "_table_row"} for r in v[1:]]}}]}})
    return {"type": "doc", "content": out}


_LAST = {}


def render(state, blocks, when):
    # a real edit is published from Storyblok too: published_at moves to the edit's publication
    h = C.det_sha(repr(blocks))
    if _LAST.get("h") != h:
        _LAST["h"] = h
        _LAST["pub"] = (when - dt.timedelta(minutes=30 + int(h[:4], 16) % 2000)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    state["published"] = max(state["published"], _LAST["pub"])
    build_id, h1, h2, cls = state["build"]
    title, rest = K.split_title(blocks)
    segs = C.segments(rest)

    def li(kind, items, inl):
        return '<ul>%s</ul>' % "".join("<li><p>%s</p></li>" % inl(x) for x in items)

    def table(rows, inl):
        return ('<div class="Table_wrapper__%s"><table class="Table_table__%s"><thead><tr>%s</tr></thead><tbody>%s'
                '</tbody></table></div>' % (cls, cls[::-1], "".join("<th>%s</th>" % inl(x) for x in rows[0]),
                                            "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(x) for x in r)
                                                    for r in rows[1:])))

    opts = dict(lst=li, table=table, bold=lambda raw: "<b>%s</b>" % K.esc(raw),
                link=lambda url, label: '<a href="%s" target="_self">%s</a>' % (K.attr(url), K.esc(label)),
                addr=lambda lines, inl: "<p>%s</p>" % "<br/>".join(inl(x) for x in lines), sep="")
    before = K.render_blocks(segs["head"], **opts)
    after = K.render_blocks(segs["cookiebot"], **opts)
    cb = ('<div class="CookieDeclaration_wrapper__%s"><script id="CookieDeclaration" src="https://consent.cookiebot.com/'
          '%s/cd.js" type="text/javascript" async=""></script>%s</div>'
          % (cls, CBID, _cookiebot(*state["cookiebot"])))
    units = state["avail"]["units"]
    names = dict(CENTRES)
    avail = "".join('<li class="Availability_item__%s"><a href="/centros/%s">%s</a><span class="Availability_count__%s">'
                    '%s</span></li>' % (cls, slug, K.esc(names[slug]), cls,
                                         "Esgotado" if v == 0 else ("%d<!-- --> boxes disponíveis" % v if v > 1
                                                                    else "1<!-- --> box disponível"))
                    for slug, v in units)
    pkey, ptext, pcode = state["promo"]
    nd = {"props": {"pageProps": {"story": {"name": title, "created_at": "2021-03-02T10:14:51.201Z",
                                            "published_at": state["published"], "id": 48213907,
                                            "uuid": "c1a5e0d4-77b2-4f0e-9d3a-2b8c61f09e54",
                                            "content": {"_uid": "0b7e6a2d-3c41-4d8f-95e2-6f1a8c2d7b30",
                                                        "title": title, "body": _rt_json(rest),
                                                        "component": "legal_page"},
                                            "slug": "politica-de-privacidade",
                                            "full_slug": "politica-de-privacidade", "lang": "default"},
                                  "availability": [{"centre": s, "available": v} for s, v in units],
                                  "availabilityUpdatedAt": state["avail"]["at"],
                                  "promo": {"key": pkey, "code": pcode}},
                    "__N_SSP": True},
          "page": "/[[...slug]]", "query": {"slug": ["politica-de-privacidade"]}, "buildId": build_id,
          "isFallback": False, "gssp": True, "scriptLoader": []}
    nav = [("Tamanhos de box", "tamanhos"), ("Centros", "centros"), ("Preços", "precos"), ("Empresas", "empresas"),
           ("Caixas e material", "loja"), ("Ajuda", "ajuda")]
    menu = "".join('<li><a class="Header_link__%s" href="/%s">%s</a></li>' % (cls, u, K.esc(t)) for t, u in nav)
    return K.fill("""<!DOCTYPE html><html lang="pt-PT"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>Política de Privacidade | GuardaMais Self Storage</title><meta name="description" content="Saiba como a GuardaMais Self Storage trata os seus dados pessoais."/><link rel="canonical" href="https://www.guardamais.pt/politica-de-privacidade"/><meta property="og:title" content="Política de Privacidade"/><meta property="og:locale" content="pt_PT"/><link rel="icon" href="/favicon.ico"/><meta name="next-head-count" content="8"/><script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="@@cbid@@" data-blockingmode="auto" type="text/javascript"></script><link rel="preload" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2" as="font" type="font/woff2" crossorigin="anonymous" data-next-font="size-adjust"/><link rel="preload" href="/_next/static/css/@@h1@@.css" as="style"/><link rel="stylesheet" href="/_next/static/css/@@h1@@.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-@@h2@@.js" defer=""></script><script src="/_next/static/chunks/framework-ecc4130bc7a58a64.js" defer=""></script><script src="/_next/static/chunks/main-@@h2r@@.js" defer=""></script><script src="/_next/static/chunks/pages/_app-@@h1r@@.js" defer=""></script><script src="/_next/static/chunks/pages/%5B%5B...slug%5D%5D-@@h12@@.js" defer=""></script><script src="/_next/static/@@build@@/_buildManifest.js" defer=""></script><script src="/_next/static/@@build@@/_ssgManifest.js" defer=""></script><script async="" src="https://www.googletagmanager.com/gtm.js?id=GTM-5KXW2QP"></script></head><body><div id="__next"><div class="__className_a64ecd"><div class="PromoBar_bar__@@cls@@ PromoBar_@@pkey@@__@@cls@@" role="region" aria-label="Promoção"><p>@@ptext@@ <!-- -->· Código <strong>@@pcode@@</strong></p></div><header class="Header_header__@@cls@@"><a class="Header_logo__@@cls@@" href="/"><img alt="GuardaMais Self Storage" loading="lazy" width="168" height="40" decoding="async" data-nimg="1" style="color:transparent" src="/images/guardamais-logo.svg"/></a><nav class="Header_nav__@@cls@@" aria-label="Principal"><ul>@@menu@@</ul></nav><a class="Button_button__@@cls@@ Button_primary__@@cls@@" href="/reservar">Reservar box</a></header><main class="Layout_main__@@cls@@"><nav class="Breadcrumbs_crumbs__@@cls@@" aria-label="breadcrumb"><a href="/">Início</a><span>/</span><span>Política de Privacidade</span></nav><article class="LegalPage_article__@@cls@@"><h1 class="LegalPage_title__@@cls@@">@@title@@</h1><div class="RichText_richText__@@cls@@">@@before@@@@cb@@@@after@@</div></article><section class="Availability_section__@@cls@@" aria-labelledby="disp"><h2 id="disp">Boxes disponíveis agora</h2><ul class="Availability_list__@@cls@@">@@avail@@</ul><p class="Availability_updated__@@cls@@">Disponibilidade atualizada às <!-- -->@@at@@</p></section></main><footer class="Footer_footer__@@cls@@"><div class="Footer_cols__@@cls@@"><div><h3>GuardaMais</h3><ul><li><a href="/sobre-nos">Sobre nós</a></li><li><a href="/centros">Centros</a></li><li><a href="/trabalhe-connosco">Trabalhe connosco</a></li></ul></div><div><h3>Apoio</h3><ul><li><a href="/ajuda">Perguntas frequentes</a></li><li><a href="/contactos">Contactos</a></li><li><a href="https://www.livroreclamacoes.pt" rel="noopener" target="_blank">Livro de Reclamações</a></li></ul></div><div><h3>Legal</h3><ul><li><a href="/termos-e-condicoes">Termos e condições</a></li><li><a href="/politica-de-privacidade">Política de privacidade</a></li><li><a href="javascript:Cookiebot.renew()">Preferências de cookies</a></li></ul></div></div><p class="Footer_copy__@@cls@@">© <!-- -->@@year@@<!-- --> GuardaMais – Self Storage, Lda. Todos os direitos reservados.</p></footer></div></div><script id="__NEXT_DATA__" type="application/json">@@nd@@</script><script>window.__VERCEL_RUM={"id":"@@vid@@"}</script><div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-label="" tabindex="-1" lang="pt" dir="ltr" data-template="popup" class="CybotCookiebotDialogActive" style="display: flex;"><div class="CybotCookiebotDialogContentWrapper"><h2 id="CybotCookiebotDialogBodyContentTitle" lang="pt">Este website utiliza cookies</h2><div id="CybotCookiebotDialogBodyContentText" lang="pt">Utilizamos cookies para personalizar conteúdo e anúncios, fornecer funcionalidades de redes sociais e analisar o nosso tráfego.</div><div id="CybotCookiebotDialogFooter"><button id="CybotCookiebotDialogBodyButtonDecline" class="CybotCookiebotDialogBodyButton">Negar</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection" class="CybotCookiebotDialogBodyButton">Permitir seleção</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll" class="CybotCookiebotDialogBodyButton">Permitir todos</button></div></div></div></body></html>""",
                  cbid=CBID, h1=h1, h2=h2, h1r=h1[::-1], h2r=h2[::-1], h12=(h1[:8] + h2[8:]), build=build_id, cls=cls,
                  pkey=pkey, ptext=K.esc(ptext), pcode=pcode, menu=menu, title=K.esc(title), before=before, cb=cb,
                  after=after, avail=avail, at=state["avail"]["at"], year=when.year,
                  nd=json.dumps(nd, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/"),
                  vid=state["vercel_id"])


PAGE = {
    "service": "GuardaMais Self Storage",
    "url": URL,
    "lang": "pt-PT",
    "platform": "Next.js 13 (pages router, getServerSideProps) on Vercel, Storyblok rich text, Cookiebot",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Vercel"), ("X-Powered-By", "Next.js"), ("Cache-Control", "private, no-cache, "
                      "no-store, max-age=0, must-revalidate"), ("Strict-Transport-Security", "max-age=63072000")],
    "n": 31,
    "start": dt.date(2023, 9, 4),
    "end": dt.date(2025, 6, 20),
    "hours": (3, 9, 15, 21),
    "policy": POLICY,
    "first_updated": dt.date(2023, 3, 21),
    "fmt_date": fmt_date,
    "gold_md": lambda blocks: C.blocks_md(C.without_markers(blocks), URL),
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": URL,
        "select": "main article",
        "remove": [".CookieDeclaration", "#CookieDeclaration"],
        "executeClientScripts": True,
    },
}
