"""Bichinhos da Mata (educational game for children aged 4-9, Android + iOS, Recife studio) - pt-BR - Wix site
(Thunderbolt viewer). The page has a title text box, a coloured box "Resumo para pais e responsáveis" with its own
text element, then the full policy in one long text element; the curators select the three text elements by their
Wix component ids (the declaration's "select" list). The summary is part of the tracked text and changes with some
real edits.

Noise: the viewer model's per-visit requestId/visitor session, siteRevision (every publish), Thunderbolt bundle
versions, the hashed class names Wix puts on every component (INSIDE the selected elements), store badges'
rating line, the Wix cookie banner's copy, a seasonal promo strip.
"""
import datetime as dt
import html
import common as C

URL = "https://www.pedemoleque.com.br/privacidade"
MESES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
         "novembro", "dezembro"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
# Política de Privacidade do Bichinhos da Mata

Última atualização: {UPDATED}

%% resumo

## Resumo para pais e responsáveis

- O jogo não pede nome, e-mail, foto, voz nem localização da criança.
- Não há chat, ranking público nem qualquer forma de a criança falar com estranhos.
- A versão gratuita mostra anúncios contextuais, sem identificador de publicidade e sem personalização.
- Compras e links para fora do jogo ficam atrás de um "portão dos pais" (uma conta simples que só adultos conseguem resolver).
- Coletamos apenas dados técnicos do aparelho para corrigir erros e entender quais fases são difíceis demais.
- Dúvidas? Escreva para [privacidade@pedemoleque.com.br](mailto:privacidade@pedemoleque.com.br).

%% completa

## 1. Quem somos

O Bichinhos da Mata é um jogo educativo para crianças de 4 a 9 anos desenvolvido pela Pé de Moleque Jogos Ltda., inscrita no CNPJ sob o nº 34.567.891/0001-20, com sede na Rua da Aurora, 295, sala 804, Boa Vista, Recife/PE, CEP 50050-000 ("Pé de Moleque", "nós"). Somos a controladora dos dados pessoais tratados no jogo, nos termos da Lei nº 13.709/2018, a Lei Geral de Proteção de Dados Pessoais (LGPD).

Esta Política explica, em linguagem direta, quais dados tratamos, por que, com quem compartilhamos e como pais e responsáveis podem exercer seus direitos. Ela vale para o aplicativo Bichinhos da Mata para Android e iOS.

## 2. Nosso compromisso com as crianças

O jogo foi criado para crianças e segue o artigo 14 da LGPD e o Estatuto da Criança e do Adolescente (Lei nº 8.069/1990): o tratamento de dados de crianças é feito sempre no seu melhor interesse. Por isso decidimos não coletar nenhum dado que identifique a criança diretamente. O jogo participa do programa "Aprovado pelos professores" do Google Play e da categoria Crianças da App Store, e cumpre as políticas de famílias das duas lojas.

## 3. Quais dados tratamos

### Dados técnicos do aparelho

Quando o jogo é usado, coletamos automaticamente dados técnicos: modelo do aparelho, versão do sistema operacional, idioma, versão do jogo, um identificador aleatório gerado pelo próprio jogo (que não é o identificador de publicidade), as fases jogadas, o tempo em cada fase e registros de erros e travamentos.

### Dados de compra

As compras são processadas pelo Google Play ou pela App Store. Recebemos apenas a confirmação de que a compra foi feita e o tipo de produto, sem nome, CPF ou dados de cartão de quem comprou.

### Dados de contato dos responsáveis

Se um adulto nos escreve, tratamos o nome, o e-mail e o conteúdo da mensagem apenas para responder.

## 4. Para que usamos os dados

- Fazer o jogo funcionar e salvar o progresso no aparelho.
- Corrigir erros e travamentos.
- Entender, de forma agregada, quais atividades estão fáceis ou difíceis demais, para ajustar o jogo às faixas etárias.
- Responder às mensagens de pais, responsáveis e educadores.
- Cumprir obrigações legais e regulatórias.

## 5. Bases legais

Os dados técnicos são tratados com base no legítimo interesse da Pé de Moleque em manter o jogo seguro e funcionando (art. 7º, IX, da LGPD), sempre limitados ao mínimo necessário e sem identificar a criança. As mensagens dos responsáveis são tratadas para atender à sua própria solicitação. Não tratamos dados pessoais sensíveis.

## 6. Anúncios

A versão gratuita exibe anúncios por meio da rede Google AdMob configurada para conteúdo destinado a crianças: os anúncios são apenas contextuais, não usam o identificador de publicidade do aparelho e passam por filtros de conteúdo adequado à faixa etária. Os anúncios aparecem somente entre as fases, nunca durante uma atividade, e tocar em um anúncio abre antes o portão dos pais.

## 7. Compartilhamento

Não vendemos nem alugamos dados. Compartilhamos dados técnicos apenas com prestadores de serviço que atuam em nosso nome:

- Google (Firebase Analytics e Crashlytics), para estatísticas agregadas e relatórios de erros;
- Google AdMob, para exibição dos anúncios da versão gratuita;
- Google e Apple, como lojas de aplicativos e processadoras das compras.

Alguns desses prestadores armazenam dados em servidores fora do Brasil, principalmente nos Estados Unidos. Nesses casos a transferência internacional ocorre com as garantias previstas no art. 33 da LGPD, como cláusulas contratuais.

## 8. Por quanto tempo guardamos

O progresso do jogo fica salvo apenas no aparelho e é apagado quando o aplicativo é desinstalado. Os dados técnicos são mantidos por até 14 meses. As mensagens dos responsáveis são guardadas por até 2 anos após o último contato.

## Segurança

Adotamos medidas técnicas e administrativas para proteger os dados, como criptografia na transmissão, acesso restrito aos painéis dos prestadores de serviço com autenticação em duas etapas e revisão periódica de quais dados são realmente necessários. Se ocorrer um incidente de segurança que possa trazer risco relevante, comunicaremos a ANPD e os responsáveis afetados, nos termos do art. 48 da LGPD.

## 9. Direitos dos titulares

Pais e responsáveis podem, a qualquer momento, pedir a confirmação da existência de tratamento, o acesso, a correção, a anonimização, o bloqueio ou a eliminação de dados, a informação sobre compartilhamentos e a revisão desta Política, nos termos do art. 18 da LGPD. Como o jogo não identifica a criança, para localizar os dados técnicos pedimos o identificador que aparece na área dos pais, em "Ajustes".

Também é possível apresentar reclamação à Autoridade Nacional de Proteção de Dados (ANPD).

## 10. Encarregado pelo tratamento de dados

@ Encarregada: Luana Cavalcanti
@ [privacidade@pedemoleque.com.br](mailto:privacidade@pedemoleque.com.br)
@ Pé de Moleque Jogos Ltda. - Rua da Aurora, 295, sala 804, Recife/PE

## 11. Alterações

Podemos atualizar esta Política quando o jogo mudar. A data da última atualização fica no topo da página; mudanças importantes também serão avisadas na área dos pais do jogo.
"""

EDITS = [
    {"note": "child profiles: nickname and avatar stored only on the device (summary bullet + new subsection)",
     "repl": [("- O jogo não pede nome, e-mail, foto, voz nem localização da criança.",
               "- O jogo não pede nome, e-mail, foto, voz nem localização da criança. O apelido e o avatar dos perfis ficam só no aparelho."),
              ("### Dados de compra",
               "### Perfis das crianças\n\nNa área dos pais é possível criar até quatro perfis, cada um com um apelido e um avatar escolhido entre os bichinhos do jogo. Essas informações ficam guardadas apenas no aparelho, não são enviadas para nós e são apagadas junto com o perfil ou com o aplicativo. Recomendamos usar um apelido, e não o nome completo da criança.\n\n### Dados de compra")]},
    {"note": "Firebase Analytics dropped for self-hosted aggregated statistics; Crashlytics kept without advertising ids",
     "repl": [("- Google (Firebase Analytics e Crashlytics), para estatísticas agregadas e relatórios de erros;",
               "- Google (Firebase Crashlytics), apenas para relatórios de erros, com a coleta do identificador de publicidade desativada;\n- Amazon Web Services (São Paulo), onde fica o nosso próprio servidor de estatísticas agregadas das fases;"),
              ("Entender, de forma agregada, quais atividades estão fáceis ou difíceis demais, para ajustar o jogo às faixas etárias.",
               "Entender, de forma agregada, quais atividades estão fáceis ou difíceis demais, para ajustar o jogo às faixas etárias. Essas estatísticas são calculadas em nosso próprio servidor, no Brasil.")]},
    {"note": "legal bases rewritten after ANPD's Enunciado CD/ANPD nº 1/2023 (children's data under art. 7 / 11 bases, best interest)",
     "repl": [("Os dados técnicos são tratados com base no legítimo interesse da Pé de Moleque em manter o jogo seguro e funcionando (art. 7º, IX, da LGPD), sempre limitados ao mínimo necessário e sem identificar a criança.",
               "Conforme o Enunciado CD/ANPD nº 1, de 22 de maio de 2023, o tratamento de dados pessoais de crianças pode se apoiar nas hipóteses legais dos artigos 7º e 11 da LGPD, desde que prevaleça o seu melhor interesse. Os dados técnicos são tratados com base no legítimo interesse da Pé de Moleque em manter o jogo seguro e funcionando (art. 7º, IX, da LGPD), após avaliação documentada de que esse tratamento é mínimo, não identifica a criança e não a expõe a riscos.")]},
    {"note": "new DPO (encarregado) named (silent, date not bumped)", "bump": False,
     "repl": [("@ Encarregada: Luana Cavalcanti", "@ Encarregado: Rafael Tenório")]},
    {"note": "ads removed: the game becomes a 'Clube Bichinhos' subscription (summary bullet, ads section, AdMob removed from processors)",
     "repl": [("- A versão gratuita mostra anúncios contextuais, sem identificador de publicidade e sem personalização.",
               "- O jogo não tem anúncios. Algumas fases são gratuitas e as demais fazem parte da assinatura Clube Bichinhos."),
              ("## 6. Anúncios\n\nA versão gratuita exibe anúncios por meio da rede Google AdMob configurada para conteúdo destinado a crianças: os anúncios são apenas contextuais, não usam o identificador de publicidade do aparelho e passam por filtros de conteúdo adequado à faixa etária. Os anúncios aparecem somente entre as fases, nunca durante uma atividade, e tocar em um anúncio abre antes o portão dos pais.",
               "## 6. Anúncios e assinatura\n\nDesde a versão 5.0 o Bichinhos da Mata não exibe anúncios. As fases extras fazem parte da assinatura Clube Bichinhos, contratada e cancelada pelos responsáveis diretamente no Google Play ou na App Store, sempre depois do portão dos pais. Não recebemos dados de pagamento de quem assina."),
              ("- Google AdMob, para exibição dos anúncios da versão gratuita;\n", "")]},
]

PROMOS = [None, "Novidade: fase da Caatinga com o Tatu-bola!", "Volta às aulas: atividades de alfabetização",
          "Dia das Crianças: fase especial liberada até domingo"]
COOKIE = ["Este site usa cookies. Ao continuar navegando, você concorda com a nossa política.",
          "Usamos cookies para melhorar sua experiência e para fins de análise."]
# Wix component class hashes by Thunderbolt generation (rich text, box)
CLASSES = [(dt.datetime(2000, 1, 1), ("_2Hij5", "_1Q9if", "_3bLYT")),
           (dt.datetime(2022, 11, 7), ("KcpHeO", "tz5f0K", "comp-rt-a")),
           (dt.datetime(2024, 2, 26), ("HcOXKn", "SxM0TO", "QxJLC3"))]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["viewer"] = (C.uuid4(rng), "%d.%d" % (C.epoch(when), rng.randint(100, 999)), C.uuid4(rng))
    s["revision"] = (prev.get("revision") or (212,))[0] + rng.randint(1, 9), C.hexs(rng, 8)
    s["thunderbolt"] = C.keep_or(rng, prev.get("thunderbolt"), 0.6, lambda: "1.%d.0" % (12400 + i * 97 + rng.randint(0, 60)))
    s["classes"] = [c for c in CLASSES if when >= c[0]][-1][1]
    s["badges"] = C.keep_or(rng, prev.get("badges"), 0.5, lambda: ("4,%d" % rng.randint(5, 8), 310 + i * 23 + rng.randint(0, 9)))
    s["cookie"] = C.keep_or(rng, prev.get("cookie"), 0.1, lambda: rng.randrange(len(COOKIE)))
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.45, lambda: rng.randrange(len(PROMOS)))
    return s


LABELS = {
    "viewer": "Wix viewer model per-visit ids (requestId, visitor, session)",
    "revision": "siteRevision / publish id",
    "thunderbolt": "Thunderbolt viewer bundle version",
    "classes": "Wix hashed component classes (on the selected text elements too)",
    "badges": "store badges' rating line",
    "cookie": "Wix cookie banner copy",
    "promo": "promo strip above the header",
}


def _span(t):
    return '<span class="wixui-rich-text__text">%s</span>' % t


def _wix_inline(t):
    return C.inline_html(
        t, text=lambda raw: html.escape(raw, quote=False),
        bold=lambda raw: '<span style="font-weight:bold;" class="wixui-rich-text__text">%s</span>' % html.escape(raw, quote=False),
        link=lambda url, label: '<a href="%s"%s class="wixui-rich-text__text"><span style="text-decoration:underline;" class="wixui-rich-text__text">%s</span></a>'
        % (html.escape(url), ' data-auto-recognition="true"' if url.startswith("mailto:") else ' target="_blank"', html.escape(label, quote=False)))


SPACER = '<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">&#8203;</span></p>'


def _wix_blocks(blocks):
    out = []
    for kind, v in blocks:
        if kind == "h1":
            out.append('<h1 class="font_0 wixui-rich-text__text"><span style="color:#2E6B3A;" class="wixui-rich-text__text">%s</span></h1>' % _wix_inline(v))
        elif kind == "h2":
            out.append(SPACER)
            out.append('<h2 class="font_2 wixui-rich-text__text"><span style="font-size:26px;" class="wixui-rich-text__text"><span style="color:#2E6B3A;" class="wixui-rich-text__text">%s</span></span></h2>' % _wix_inline(v))
        elif kind == "h3":
            out.append('<h3 class="font_4 wixui-rich-text__text"><span style="font-size:20px;" class="wixui-rich-text__text">%s</span></h3>' % _wix_inline(v))
        elif kind == "p":
            out.append('<p class="font_8 wixui-rich-text__text"><span style="font-size:17px;" class="wixui-rich-text__text">%s</span></p>' % _wix_inline(v))
        elif kind == "ul":
            out.append('<ul class="font_8 wixui-rich-text__text">%s</ul>' % "".join(
                '<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text"><span style="font-size:17px;" class="wixui-rich-text__text">%s</span></p></li>' % _wix_inline(it) for it in v))
        elif kind == "addr":
            out.append('<p class="font_8 wixui-rich-text__text"><span style="font-size:17px;" class="wixui-rich-text__text">%s</span></p>' % "<br>".join(_wix_inline(l) for l in v))
        else:
            raise ValueError(kind)
    return "".join(out)


def _rt(cid, cls, inner):
    a, b, c = cls
    return '<div id="%s" class="%s %s %s %s wixui-rich-text" data-testid="richTextElement">%s</div>' % (cid, a, b, c, cid, inner)


def gold_md(blocks):
    return C.blocks_md(C.without_markers(blocks), URL)


def render(s, blocks, when):
    seg = C.segments(blocks)
    cls = s["classes"]
    req, rts, sess = s["viewer"]
    rev, pub = s["revision"]
    tb = s["thunderbolt"]
    stars, nrev = s["badges"]
    promo = PROMOS[s["promo"]]
    promo_html = ('<section id="comp-lq1z9p0a" class="%s comp-lq1z9p0a wixui-section"><div id="comp-lq1z9q2b" class="%s %s comp-lq1z9q2b wixui-rich-text" data-testid="richTextElement">'
                  '<p class="font_8 wixui-rich-text__text" style="text-align:center;"><span class="wixui-rich-text__text">%s</span></p></div></section>'
                  % (cls[2], cls[0], cls[1], promo)) if promo else ""
    model = ('{"requestId":"%s","renderTimestamp":"%s","siteRevision":"%d","publishId":"%s","viewerVersion":"%s","language":"pt","visitorSession":"%s",'
             '"siteId":"6f2a1c9e-3b4d-4e8f-a1b2-c3d4e5f6a7b8","metaSiteId":"9c8b7a6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d","experiments":{"specs.thunderbolt.richTextA11y":true}}'
             % (req, rts, rev, pub, tb, sess))
    return ('<!DOCTYPE html>\n<html lang="pt">\n<head>\n  <meta charset=\'utf-8\'>\n  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />\n'
            '  <meta http-equiv="X-UA-Compatible" content="IE=edge">\n  <meta name="generator" content="Wix.com Website Builder"/>\n'
            '  <link rel="preconnect" href="https://static.parastorage.com" crossorigin>\n'
            '  <script type="application/json" id="wix-viewer-model">%s</script>\n'
            '  <script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%s.bundle.min.js" async></script>\n'
            '  <title>Privacidade | Pé de Moleque Jogos</title>\n  <meta name="description" content="Política de Privacidade do jogo Bichinhos da Mata."/>\n'
            '  <link rel="canonical" href="%s"/>\n  <meta property="og:title" content="Privacidade | Pé de Moleque Jogos"/>\n'
            '</head>\n<body>\n<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root" class="site-root">\n'
            '<div id="masterPage" class="mesh-layout masterPage css-editing-scope">%s'
            '<header id="SITE_HEADER" class="%s SITE_HEADER wixui-header" tabindex="-1"><div class="%s"><div id="comp-kxq1l2m3" class="%s comp-kxq1l2m3 wixui-image">'
            '<a href="https://www.pedemoleque.com.br" target="_self"><img src="https://static.wixstatic.com/media/7b2e91_4c1d8a0f3e6b4f2a9d7c5e1b0a8f6d2c~mv2.png/v1/fill/w_180,h_64,al_c,q_85/logo-pedemoleque.png" alt="Pé de Moleque Jogos"/></a></div>'
            '<nav id="comp-kxq1n4o5" aria-label="Site" class="%s comp-kxq1n4o5 wixui-horizontal-menu"><ul>'
            '<li><a href="https://www.pedemoleque.com.br">Início</a></li><li><a href="https://www.pedemoleque.com.br/jogos">Jogos</a></li>'
            '<li><a href="https://www.pedemoleque.com.br/escolas">Para escolas</a></li><li><a href="https://www.pedemoleque.com.br/contato">Contato</a></li></ul></nav></div></header>\n'
            '<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="lq1z8m7n" class="%s">'
            '<section id="comp-lq2x0a1b" class="%s comp-lq2x0a1b wixui-section"><div data-testid="columns" class="%s">'
            '%s\n'
            '<div id="comp-lq2x3a7e" class="%s comp-lq2x3a7e wixui-box"><div class="%s" data-testid="container-bg"></div><div data-mesh-id="comp-lq2x3a7einlineContent" data-testid="inline-content">'
            '<div id="comp-lq2x3d2f" class="%s comp-lq2x3d2f wixui-image"><img src="https://static.wixstatic.com/media/7b2e91_8e2f0c6a1b3d4e5f9a7c2b4d6e8f0a1c~mv2.png/v1/fill/w_96,h_96,al_c,q_85/tatu-pais.png" alt="Tatu-bola segurando um escudo"/></div>'
            '%s</div></div>\n'
            '<div id="comp-lq2x5s8t" class="%s comp-lq2x5s8t wixui-button"><a data-testid="linkElement" href="https://www.pedemoleque.com.br/_files/ugd/7b2e91_politica-privacidade.pdf" target="_blank" class="%s"><span class="%s wixui-button__label">Baixar em PDF</span></a></div>\n'
            '%s\n'
            '<div id="comp-lq2xa1v2" class="%s comp-lq2xa1v2 wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">Baixe o Bichinhos da Mata &middot; &#9733; %s &middot; %d avaliações</span></p></div>'
            '<div id="comp-lq2xa3w4" class="%s comp-lq2xa3w4 wixui-image"><a href="https://play.google.com/store/apps/details?id=br.com.pedemoleque.bichinhos"><img src="https://static.wixstatic.com/media/7b2e91_googleplay-badge-pt.png" alt="Disponível no Google Play"/></a></div>'
            '<div id="comp-lq2xa5x6" class="%s comp-lq2xa5x6 wixui-image"><a href="https://apps.apple.com/br/app/bichinhos-da-mata/id1587654321"><img src="https://static.wixstatic.com/media/7b2e91_appstore-badge-pt.png" alt="Baixar na App Store"/></a></div>'
            '</div></section></div></div></main>\n'
            '<footer id="SITE_FOOTER" class="%s SITE_FOOTER wixui-footer" tabindex="-1"><div id="comp-kxq2f0g1" class="%s comp-kxq2f0g1 wixui-rich-text" data-testid="richTextElement">'
            '<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">© %d Pé de Moleque Jogos Ltda. · CNPJ 34.567.891/0001-20 · Recife/PE</span></p></div></footer>'
            '</div></div></div></div>\n'
            '<div id="consent-banner-root"><div data-hook="consent-banner-root" class="%s" role="region" aria-label="Banner de cookies"><p>%s</p>'
            '<button data-hook="consent-banner-settings-button">Configurações</button><button data-hook="consent-banner-decline-button">Recusar</button><button data-hook="consent-banner-apply-button">Aceitar</button></div></div>\n'
            '</body>\n</html>\n'
            % (model, tb.replace(".", ""), URL, promo_html, cls[2], cls[1], cls[0], cls[0], cls[2], cls[2], cls[1],
               _rt("comp-lq2x0t4k", cls, _wix_blocks(seg["head"])),
               cls[2], cls[1], cls[0],
               _rt("comp-lq2x3b9c", cls, _wix_blocks(seg["resumo"])),
               cls[0], cls[1], cls[2],
               _rt("comp-lq2x8k1f", cls, _wix_blocks(seg["completa"])),
               cls[0], stars, nrev, cls[0], cls[0], cls[2], cls[0], when.year, cls[1], COOKIE[s["cookie"]]))


PAGE = {
    "service": "Bichinhos da Mata", "url": URL, "lang": "pt-BR", "platform": "Wix (Thunderbolt)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Pepyaka"), ("X-Seen-By", "yvSunuo/8ld62ehjr5B7kA==")),
    "n": 30, "start": dt.date(2021, 10, 4), "end": dt.date(2026, 3, 30),
    "policy": POLICY, "first_updated": dt.date(2021, 8, 23), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": ["#comp-lq2x0t4k", "#comp-lq2x3b9c", "#comp-lq2x8k1f"]},
}
