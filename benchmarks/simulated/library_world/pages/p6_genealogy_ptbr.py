"""Raízes Brasil - pt-BR genealogy and civil-records (certidões) service - Next.js 14 app router on Vercel."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lkit as K  # noqa: E402
from lkit import C  # noqa: E402

URL = "https://www.raizesbrasil.com.br/privacidade"


def fmt_date(d):
    return "%d de %s de %d" % (d.day, K.MONTHS["pt"][d.month - 1], d.year)


POLICY = """
# Política de Privacidade

Última atualização: {UPDATED}

A Raízes Brasil Pesquisas Genealógicas Ltda. ("Raízes Brasil") ajuda você a montar sua árvore genealógica, pesquisar registros históricos e solicitar certidões de cartórios de todo o país. Esta política explica como tratamos seus dados pessoais, nos termos da Lei nº 13.709/2018 (Lei Geral de Proteção de Dados Pessoais – LGPD).

## Quem somos

@ Raízes Brasil Pesquisas Genealógicas Ltda.
@ CNPJ 28.415.903/0001-62
@ Rua Fidêncio Ramos, 302 – Vila Olímpia
@ São Paulo – SP, 04551-010

Encarregado pelo tratamento de dados (DPO): Fernanda Lima – [dpo@raizesbrasil.com.br](mailto:dpo@raizesbrasil.com.br).

## Dados que coletamos

- Dados de cadastro: nome, CPF, e-mail, telefone e senha.
- Dados da árvore genealógica: nomes, datas e locais de nascimento, casamento e óbito de seus familiares.
- Dados para emissão de certidões: nome dos pais, cartório de registro, livro, folha e termo.
- Dados de pagamento: processados pelo parceiro de pagamentos; não armazenamos o número completo do cartão.
- Dados de navegação: endereço IP, dispositivo, páginas visitadas e cookies.

Informações de pessoas vivas incluídas em árvores públicas ficam ocultas para os demais usuários.

## Para que usamos os dados

Usamos os dados para prestar os serviços contratados (execução de contrato), solicitar certidões aos cartórios em seu nome, cumprir obrigações legais e fiscais, prevenir fraudes (legítimo interesse) e enviar comunicações de marketing quando você consentir.

## Compartilhamento

| Parceiro | Finalidade | País |
| Pagar.me Pagamentos S.A. | Processamento de pagamentos | Brasil |
| Central de Informações do Registro Civil (CRC) | Pedido de certidões aos cartórios | Brasil |
| Amazon Web Services | Hospedagem | Estados Unidos |
| RD Station (TOTVS) | E-mail marketing | Brasil |

## Por quanto tempo guardamos

Mantemos os dados da conta enquanto ela estiver ativa. Após o encerramento, excluímos a árvore em até 30 dias. Dados de pedidos e notas fiscais são guardados por 5 anos, conforme a legislação tributária.

## Seus direitos

Você pode solicitar confirmação do tratamento, acesso, correção, anonimização, portabilidade, eliminação dos dados e revogação do consentimento, pelo e-mail do encarregado ou pelas configurações da conta. Você também pode apresentar reclamação à Autoridade Nacional de Proteção de Dados (ANPD).
"""

EDITS = [
    {"note": "DPO changed (Fernanda Lima -> Ricardo Tavares)",
     "repl": [("(DPO): Fernanda Lima –", "(DPO): Ricardo Tavares –")]},
    {"note": "payment processor replaced: Pagar.me -> Stripe Brasil",
     "repl": [("| Pagar.me Pagamentos S.A. | Processamento de pagamentos | Brasil |",
               "| Stripe Brasil Soluções de Pagamento Ltda. | Processamento de pagamentos | Brasil |")]},
    {"note": "list item added: DNA test data (sensitive, with specific consent)",
     "repl": [("- Dados de pagamento:", "- Dados genéticos do kit de DNA, tratados apenas com seu consentimento "
               "específico e destacado.\n- Dados de pagamento:")]},
    {"note": "tree deletion period 30 -> 15 days",
     "repl": [("excluímos a árvore em até 30 dias.", "excluímos a árvore em até 15 dias.")]},
    {"note": "address moved (Vila Olímpia -> Pinheiros) without a new date", "bump": False,
     "repl": [("@ Rua Fidêncio Ramos, 302 – Vila Olímpia\n@ São Paulo – SP, 04551-010",
               "@ Rua dos Pinheiros, 870 – Pinheiros\n@ São Paulo – SP, 05422-001")]},
]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"build": C.keep_or(rng, (prev or {}).get("build"), 0.5, lambda: C.alnum(rng, 21))}
    s["chunks"] = C.keep_or(rng, prev.get("chunks") if s["build"] == prev.get("build") else None, 0,
                            lambda: (C.hexs(rng, 16), C.hexs(rng, 16)))
    s["online"] = rng.randint(180, 1400)
    s["promo"] = K.season(when, [(5, 5, "Mês das Mães: certidões com 15% de desconto"),
                                 (8, 8, "Dia dos Pais: árvore premium por R$ 9,90"),
                                 (11, 11, "Black Friday: 50% no plano anual")])
    s["trace"] = C.hexs(rng, 32)
    return s


LABELS = {"build": "Next.js buildId", "chunks": "chunk hashes", "online": "'pessoas pesquisando agora' counter",
          "promo": "seasonal promo bar", "trace": "Vercel request id / sentry-trace"}


def render(s, blocks, when):
    body = C.render_blocks(blocks[1:])
    promo = ('<div class="bg-emerald-700 text-white text-sm text-center py-2">%s</div>' % C.esc(s["promo"])
             if s["promo"] else "")
    flight = json.dumps([1, "0:[\"$\",\"article\",null,{\"className\":\"prose prose-slate max-w-none\"}]"],
                        ensure_ascii=False)
    return ('<!DOCTYPE html><html lang="pt-BR"><head><meta charSet="utf-8"/>'
            '<link rel="stylesheet" href="/_next/static/css/%s.css" data-precedence="next"/>'
            '<script src="/_next/static/chunks/webpack-%s.js" async=""></script>'
            '<title>Política de Privacidade | Raízes Brasil</title>'
            '<meta name="sentry-trace" content="%s-%s-0"/></head><body class="__className_aaf875 bg-stone-50">'
            '%s<header class="sticky top-0 z-40 border-b bg-white"><nav class="mx-auto flex max-w-6xl items-center '
            'justify-between px-4 py-3"><a href="/" class="font-serif text-xl">Raízes Brasil</a><a href="/certidoes" '
            'class="text-sm">Certidões</a><a href="/arvore" class="text-sm">Árvore</a><span class="text-xs text-'
            'stone-500">%d pessoas pesquisando agora</span></nav></header>'
            '<main class="mx-auto max-w-3xl px-4 py-12"><h1 class="font-serif text-4xl mb-6">%s</h1>'
            '<article class="prose prose-slate max-w-none">%s</article></main>'
            '<footer class="border-t py-8 text-center text-sm text-stone-500">© %d Raízes Brasil</footer>'
            '<script src="/_next/static/chunks/app/privacidade/page-%s.js" async=""></script>'
            '<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push(%s)</script>'
            '<script>self.__next_f.push([1,"b:{\\"buildId\\":\\"%s\\"}"])</script></body></html>'
            % (s["chunks"][0], s["chunks"][1], s["trace"], s["trace"][:16], promo, s["online"],
               C.esc(blocks[0][1]), body, when.year, s["chunks"][1][::-1], flight, s["build"]))


PAGE = {
    "service": "Raizes Brasil", "url": URL, "lang": "pt-BR", "platform": "Next.js 14 app router (Vercel)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 2, 15), "end": dt.date(2026, 5, 1), "hours": (9, 13, 23),
    "policy": POLICY, "first_updated": dt.date(2021, 8, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "gold_md": lambda b: C.blocks_md(b[1:], URL),
    "declaration": {"fetch": URL, "select": ["main article.prose"]},
}
