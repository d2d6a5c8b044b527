"""Hospital Vera Cruz (Lisboa) - pt-PT - Sitecore SXA (Experience Platform), OneTrust, redesign 2024."""
import datetime as dt
import common as C

URL = "https://www.hospitalveracruz.pt/pt/politica-de-privacidade"
MESES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
         "novembro", "dezembro"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
# Política de Privacidade

Última atualização: {UPDATED}

O Hospital Vera Cruz respeita a privacidade dos seus utentes, visitantes e utilizadores dos seus canais digitais. Esta Política de Privacidade explica como tratamos os dados pessoais, incluindo os dados de saúde, que nos confia.

## 1. Responsável pelo tratamento

O responsável pelo tratamento dos dados pessoais é a Vera Cruz Saúde, S.A., pessoa coletiva n.º 507 812 339, com sede na Rua Professor Lima Basto, 77, 1070-210 Lisboa.

@ Encarregado da Proteção de Dados
@ Rua Professor Lima Basto, 77
@ 1070-210 Lisboa
@ [dpo@hospitalveracruz.pt](mailto:dpo@hospitalveracruz.pt)

## 2. Que dados pessoais tratamos

Tratamos apenas os dados necessários às finalidades descritas nesta Política, nomeadamente:

- dados de identificação e contacto (nome, data de nascimento, número de utente do SNS, NIF, morada, telefone e endereço de correio eletrónico);
- dados de saúde recolhidos no âmbito da prestação de cuidados (historial clínico, resultados de exames, prescrições e relatórios médicos);
- dados de faturação e de entidades financeiras responsáveis (seguradoras, subsistemas de saúde);
- dados de navegação recolhidos através de cookies, nos termos da nossa [Política de Cookies](/pt/politica-de-cookies).

## 3. Finalidades e fundamentos de licitude

Os dados de saúde são tratados para efeitos de medicina preventiva, diagnóstico médico e prestação de cuidados de saúde, por profissionais sujeitos a dever de sigilo, nos termos do artigo 9.º, n.º 2, alínea h), do Regulamento Geral sobre a Proteção de Dados (RGPD).

Os dados de identificação e de faturação são tratados para a execução do contrato de prestação de serviços e para o cumprimento de obrigações legais, nomeadamente fiscais.

O envio de comunicações informativas sobre campanhas de prevenção e novos serviços depende do seu consentimento, que pode retirar a qualquer momento.

## 4. Destinatários dos dados

Os seus dados podem ser comunicados a:

- seguradoras e subsistemas de saúde, quando o utente o solicite para efeitos de comparticipação;
- laboratórios e prestadores de meios complementares de diagnóstico que atuam por nossa conta;
- autoridades de saúde, nos casos de notificação obrigatória previstos na lei.

Sempre que recorremos a subcontratantes, estes estão vinculados por contrato a tratar os dados apenas segundo as nossas instruções.

## 5. Prazos de conservação

O processo clínico é conservado durante o prazo previsto na legislação aplicável aos registos de saúde.

Os dados de faturação são conservados durante 10 anos, conforme exigido pela legislação fiscal.

Os dados tratados com base no consentimento são conservados até à retirada do mesmo.

## 6. Direitos dos titulares

Pode exercer os direitos de acesso, retificação, apagamento, limitação, portabilidade e oposição através do endereço [dpo@hospitalveracruz.pt](mailto:dpo@hospitalveracruz.pt) ou presencialmente no Balcão de Atendimento ao Utente.

Tem ainda o direito de apresentar reclamação junto da Comissão Nacional de Proteção de Dados (CNPD).

## 7. Segurança

Adotamos medidas técnicas e organizativas adequadas, incluindo o controlo de acessos ao processo clínico eletrónico, a cifragem das comunicações e a formação regular dos nossos profissionais.

## 8. Alterações a esta Política

Esta Política pode ser atualizada. A versão em vigor está sempre disponível nesta página, com indicação da data da última atualização.
"""

EDITS = [
    {"note": "new section 'Teleconsulta' inserted after section 3 (video consultations, no recording)",
     "repl": [("## 4. Destinatários dos dados", "## 4. Teleconsulta\n\nAs teleconsultas são realizadas através de uma plataforma de videoconsulta segura. As sessões não são gravadas e os dados partilhados durante a consulta são registados no processo clínico pelo médico responsável.\n\n## 5. Destinatários dos dados"),
              ("## 5. Prazos de conservação", "## 6. Prazos de conservação"),
              ("## 6. Direitos dos titulares", "## 7. Direitos dos titulares"),
              ("## 7. Segurança", "## 8. Segurança"),
              ("## 8. Alterações a esta Política", "## 9. Alterações a esta Política")]},
    {"note": "controller and DPO address changed (Rua Professor Lima Basto -> Avenida Marechal Craveiro Lopes)",
     "repl": [("com sede na Rua Professor Lima Basto, 77, 1070-210 Lisboa.", "com sede na Avenida Marechal Craveiro Lopes, 12, 1700-284 Lisboa."),
              ("@ Rua Professor Lima Basto, 77\n@ 1070-210 Lisboa", "@ Avenida Marechal Craveiro Lopes, 12\n@ 1700-284 Lisboa")]},
    {"note": "recipients list: new bullet for SNS entities under conventions (silent edit, date not bumped)", "bump": False,
     "repl": [("- autoridades de saúde, nos casos", "- entidades do Serviço Nacional de Saúde, no âmbito de acordos e convenções celebrados com o Hospital;\n- autoridades de saúde, nos casos")]},
    {"note": "billing-data retention changed from 10 to 12 years; consent-data sentence reworded",
     "repl": [("conservados durante 10 anos, conforme", "conservados durante 12 anos, conforme"),
              ("Os dados tratados com base no consentimento são conservados até à retirada do mesmo.", "Os dados tratados com base no consentimento são conservados até à retirada do mesmo ou, no máximo, durante 3 anos após o último contacto.")]},
    {"note": "rights section: CNPD complaint sentence now links to cnpd.pt and adds online form for requests",
     "repl": [("Tem ainda o direito de apresentar reclamação junto da Comissão Nacional de Proteção de Dados (CNPD).", "Os pedidos podem também ser submetidos através do [formulário de exercício de direitos](/pt/utente/direitos-rgpd).\n\nTem ainda o direito de apresentar reclamação junto da Comissão Nacional de Proteção de Dados ([www.cnpd.pt](https://www.cnpd.pt))."),
              ]},
]

NEWS = [
    ("Hospital Vera Cruz inaugura nova Unidade de AVC", "/pt/noticias/nova-unidade-avc"),
    ("Campanha de vacinação contra a gripe arranca em outubro", "/pt/noticias/vacinacao-gripe"),
    ("Dia Mundial do Coração: rastreios gratuitos", "/pt/noticias/dia-mundial-coracao"),
    ("Novo serviço de teleconsulta de dermatologia", "/pt/noticias/teleconsulta-dermatologia"),
    ("Maternidade recebe certificação Hospital Amigo dos Bebés", "/pt/noticias/maternidade-certificacao"),
    ("Consulta do Viajante com horário alargado", "/pt/noticias/consulta-viajante"),
    ("Cirurgia robótica: 500 intervenções realizadas", "/pt/noticias/cirurgia-robotica-500"),
    ("Hospital de Dia de Oncologia renovado", "/pt/noticias/hospital-dia-oncologia"),
]
REDESIGN = dt.datetime(2024, 4, 9)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["tokens"] = (C.b64tok(rng, 48), C.hexs(rng, 32), C.uuid4(rng))
    s["waiting"] = (rng.randint(25, 190), rng.randint(10, 95), rng.randint(5, 60),
                    "%02d:%02d" % (when.hour + rng.randint(0, 1), rng.randint(0, 59)))
    s["news"] = C.keep_or(rng, prev.get("news"), 0.6, lambda: tuple(rng.sample(range(len(NEWS)), 3)))
    s["campaign"] = "gripe" if when.month in (10, 11, 12, 1) else ("checkup" if when.month in (3, 4, 5) else "app")
    s["feedback"] = (40 + i * 7 + rng.randint(0, 5), 3 + i // 3)
    s["published"] = C.keep_or(rng, prev.get("published"), 0.3,
                               lambda: (when - dt.timedelta(days=rng.randint(0, 12))).strftime("%d/%m/%Y"))
    s["design"] = "v2" if when >= REDESIGN else "v1"
    s["assets"] = C.keep_or(rng, prev.get("assets"), 0.35, lambda: C.hexs(rng, 20))
    return s


LABELS = {
    "tokens": "per-visit tokens (__RequestVerificationToken, SXA visitor id, OneTrust consent id)",
    "waiting": "live emergency waiting-times widget in sidebar",
    "news": "related news teasers rotated",
    "campaign": "seasonal campaign banner swapped",
    "feedback": "'Esta informação foi útil?' vote counters (inside content container)",
    "published": "'Página publicada em' republish date under content",
    "design": "template redesign (new header/mega-menu/footer markup; policy markup unchanged)",
    "assets": "SXA theme asset fingerprints",
}


def render(s, blocks, when):
    tok, vis, otid = s["tokens"]
    a = s["assets"]
    h1 = blocks[0]
    body = C.blocks_html(blocks[1:])
    news = "".join('<li class="news-teaser"><a href="%s">%s</a><span class="news-date">%s</span></li>'
                   % (NEWS[k][1], NEWS[k][0], (when - dt.timedelta(days=7 * (n + 1))).strftime("%d.%m.%Y"))
                   for n, k in enumerate(s["news"]))
    camp = {"gripe": ('Vacinação contra a gripe 2024/25' if when.year >= 2024 else 'Vacinação contra a gripe',
                      "/pt/campanhas/gripe"),
            "checkup": ("Check-up de primavera: 20% de desconto", "/pt/campanhas/check-up"),
            "app": ("Descarregue a app Vera Cruz Saúde", "/pt/app")}[s["campaign"]]
    ug, up, uo, hh = s["waiting"]
    waiting = ('<div class="component waiting-times" data-refresh="300"><div class="component-content">'
               '<h3>Tempos médios de espera</h3><ul><li>Urgência Geral <strong>%dh%02d</strong></li>'
               '<li>Urgência Pediátrica <strong>%d min</strong></li><li>Urgência Obstétrica <strong>%d min</strong></li>'
               '</ul><p class="updated">Atualizado às %s</p></div></div>' % (ug // 60, ug % 60, up, uo, hh))
    yes, no = s["feedback"]
    feedback = ('<div class="component feedback-widget"><div class="component-content"><p>Esta informação foi útil?</p>'
                '<button data-vote="yes">Sim <span>(%d)</span></button><button data-vote="no">Não <span>(%d)</span></button>'
                '</div></div>' % (yes, no))
    share = ('<div class="component share-tools"><a href="#" onclick="window.print()">Imprimir</a>'
             '<a href="https://www.facebook.com/sharer/sharer.php?u=%s">Partilhar</a></div>' % URL)
    consent = ('<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Banner de cookies">'
               '<div class="ot-sdk-container"><p id="onetrust-policy-text">Utilizamos cookies para melhorar a sua experiência. '
               '<a href="/pt/politica-de-cookies">Saber mais</a></p><button id="onetrust-accept-btn-handler">Aceitar todos</button>'
               '<button id="onetrust-reject-all-handler">Rejeitar</button></div></div>'
               '<input type="hidden" id="ot-consent-id" value="%s"></div>' % otid)
    if s["design"] == "v1":
        header = ('<header><div id="header" class="container"><div class="row">'
                  '<div class="component image file-type-icon-media-link logo"><a href="/pt"><img src="/-/media/project/veracruz/logo.svg?h=60&amp;w=210&amp;hash=%s" alt="Hospital Vera Cruz"></a></div>'
                  '<nav class="component navigation navigation-main"><ul class="clearfix">'
                  '<li class="level1"><a href="/pt/especialidades">Especialidades</a></li><li class="level1"><a href="/pt/medicos">Médicos</a></li>'
                  '<li class="level1"><a href="/pt/exames">Exames</a></li><li class="level1"><a href="/pt/urgencia">Urgência</a></li>'
                  '<li class="level1"><a href="/pt/seguros-e-acordos">Seguros e acordos</a></li></ul></nav>'
                  '<div class="component search-box"><form action="/pt/pesquisa"><input name="__RequestVerificationToken" type="hidden" value="%s"><input type="text" name="q" placeholder="Pesquisar"></form></div>'
                  '<a class="btn-marcar" href="/pt/marcacoes">Marcar consulta</a></div></div></header>' % (a[:32].upper(), tok))
        crumbs = ('<div class="component breadcrumb navigation-title"><ol><li><a href="/pt">Início</a></li>'
                  '<li><a href="/pt/utente">Utente</a></li><li>Política de Privacidade</li></ol></div>')
        main = ('<main><div id="content" class="container"><div class="row">%s'
                '<div class="col-md-8"><div class="page-content">'
                '<div class="component page-title"><div class="component-content">%s</div></div>'
                '%s<div class="component rich-text policy-text"><div class="component-content">\n%s\n</div></div>'
                '<p class="published">Página publicada em %s</p>%s</div></div>'
                '<aside class="col-md-4 sidebar">%s<div class="component promo campaign"><a href="%s">%s</a></div>'
                '<div class="component link-list news"><h3>Notícias</h3><ul>%s</ul></div></aside>'
                '</div></div></main>' % (crumbs, C.block_html(h1), share, body, s["published"], feedback,
                                          waiting, camp[1], camp[0], news))
        footer = ('<footer><div id="footer" class="container"><div class="component rich-text"><p>Vera Cruz Saúde, S.A. &copy; %d</p>'
                  '<p>Linha de Apoio ao Utente 217 900 000 (chamada para a rede fixa nacional)</p></div>'
                  '<ul class="footer-links"><li><a href="/pt/politica-de-privacidade">Privacidade</a></li>'
                  '<li><a href="/pt/politica-de-cookies">Cookies</a></li><li><a href="/pt/livro-de-reclamacoes">Livro de Reclamações</a></li>'
                  '<li><a href="/pt/ers">Entidade Reguladora da Saúde</a></li></ul></div></footer>' % when.year)
        css = '<link href="/-/media/base-themes/main-theme/styles/optimized-min.css?t=%s" rel="stylesheet">' % a[:14]
    else:
        megamenu = "".join('<li class="mega-menu__item"><button class="mega-menu__toggle" aria-expanded="false">%s</button>'
                           '<div class="mega-menu__panel"><ul>%s</ul></div></li>' % (t, "".join('<li><a href="%s">%s</a></li>' % l for l in links))
                           for t, links in [("Especialidades", [("/pt/especialidades/cardiologia", "Cardiologia"), ("/pt/especialidades/ortopedia", "Ortopedia"), ("/pt/especialidades/pediatria", "Pediatria"), ("/pt/especialidades/oncologia", "Oncologia")]),
                                            ("Utente", [("/pt/utente/marcacoes", "Marcações"), ("/pt/utente/resultados", "Resultados de exames"), ("/pt/utente/seguros", "Seguros e acordos"), ("/pt/utente/direitos", "Direitos e deveres")]),
                                            ("Hospital", [("/pt/hospital/sobre", "Sobre nós"), ("/pt/hospital/noticias", "Notícias"), ("/pt/hospital/carreiras", "Carreiras")])])
        header = ('<header class="site-header site-header--sticky"><div class="site-header__top"><a class="site-header__emergency" href="/pt/urgencia">Urgência 24h</a>'
                  '<a href="tel:+351217900000">217 900 000</a><a href="/en/privacy-policy" hreflang="en">EN</a></div>'
                  '<div class="site-header__main"><a class="site-header__logo" href="/pt"><img src="/-/media/project/veracruz/brand-2024/logo.svg?iar=0&amp;hash=%s" alt="Hospital Vera Cruz"></a>'
                  '<nav class="mega-menu" aria-label="Principal"><ul class="mega-menu__list">%s</ul></nav>'
                  '<form class="site-search" action="/pt/pesquisa"><input name="__RequestVerificationToken" type="hidden" value="%s"><input type="search" name="q" aria-label="Pesquisar"></form>'
                  '<a class="btn btn--primary" href="/pt/marcacoes">Marcar consulta online</a></div></header>' % (a[:32].upper(), megamenu, tok))
        crumbs = ('<nav class="breadcrumbs" aria-label="breadcrumb"><ol class="breadcrumbs__list"><li class="breadcrumbs__item"><a href="/pt">Início</a></li>'
                  '<li class="breadcrumbs__item"><a href="/pt/utente">Utente</a></li><li class="breadcrumbs__item" aria-current="page">Política de Privacidade</li></ol></nav>')
        main = ('<main id="main-content">%s<section class="hero hero--slim"><div class="container"><p class="hero__kicker">Informação legal</p></div></section>'
                '<div class="container"><div class="row"><div class="col-lg-8"><article class="page-content">'
                '<div class="component page-title">%s</div>%s'
                '<div class="component rich-text policy-text"><div class="component-content">\n%s\n</div></div>'
                '<p class="published">Página publicada em %s</p>%s</article></div>'
                '<aside class="col-lg-4 sidebar sidebar--sticky">%s<div class="card card--campaign"><a href="%s">%s</a></div>'
                '<div class="card card--news"><h3>Notícias</h3><ul>%s</ul></div></aside></div></div></main>'
                % (crumbs, C.block_html(h1), share, body, s["published"], feedback, waiting, camp[1], camp[0], news))
        footer = ('<footer class="site-footer"><div class="container"><div class="site-footer__cols">'
                  '<div><h4>Contactos</h4><p>Avenida Marechal Craveiro Lopes, 12<br>1700-284 Lisboa</p></div>'
                  '<div><h4>Ligações úteis</h4><ul><li><a href="/pt/politica-de-privacidade">Privacidade</a></li><li><a href="/pt/politica-de-cookies">Cookies</a></li>'
                  '<li><a href="/pt/livro-de-reclamacoes">Livro de Reclamações</a></li><li><a href="/pt/ers">ERS</a></li></ul></div>'
                  '<div><h4>Siga-nos</h4><a href="https://www.linkedin.com/company/hospital-vera-cruz">LinkedIn</a> <a href="https://www.instagram.com/hospitalveracruz">Instagram</a></div>'
                  '</div><p class="site-footer__copy">&copy; %d Vera Cruz Saúde, S.A. Todos os direitos reservados.</p></div></footer>' % when.year)
        css = '<link href="/-/media/themes/veracruz/brand-2024/styles/pre-optimized-min.css?t=%s" rel="stylesheet">' % a[:14]
    return ('<!DOCTYPE html>\n<html lang="pt-PT">\n<head>\n<meta charset="utf-8">\n<title>Política de Privacidade | Hospital Vera Cruz</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<link rel="canonical" href="%s">\n%s\n'
            '<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="6f1c2a9e-4b7d-4a51-9d3e-0c8b5e2f7a11"></script>\n'
            '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"legal","scVisitor":"%s","sitecoreItem":"{6A2F4C1B-93D7-4E8A-B0C5-7D1E2F3A4B5C}"});</script>\n'
            '</head>\n<body class="default-device bodyclass">\n<div id="wrapper">\n%s\n%s\n%s\n</div>\n%s\n'
            '<script src="/-/media/base-themes/core-libraries/scripts/optimized-min.js?t=%s"></script>\n'
            '</body>\n</html>\n' % (URL, css, vis, header, main, footer, consent, a[-12:]))


PAGE = {
    "service": "Hospital Vera Cruz", "url": URL, "lang": "pt-PT", "platform": "Sitecore SXA",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (),
    "n": 31, "start": dt.date(2021, 2, 1), "end": dt.date(2026, 8, 31),
    "policy": POLICY, "first_updated": dt.date(2020, 11, 16), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".page-content"], "remove": [".share-tools", ".feedback-widget", ".published"]},
}
