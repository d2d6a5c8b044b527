"""Estudaí (online ENEM / vestibular prep, São Paulo) - pt-BR - Astro site with a Lit island <estudai-legal-page>
server-rendered with a declarative shadow root (<template shadowrootmode="open" shadowrootserializable>, lit-part
markers) that holds the styles and the 'Nesta página' table of contents; the policy itself is light DOM slotted into
it. HubSpot chat iframe with per-load uuid, VWO campaign attribute, lazysizes images loaded or not, a skeleton
carousel, an enrolment toast, astro-island uids per build."""
import datetime as dt
import hashlib
import re
import common as C

URL = "https://www.estudai.com.br/politica-de-privacidade"
MESES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro",
         "dezembro"]


def fmt_date(d):
    return "%02d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
# Política de Privacidade

Atualizada em {UPDATED}

A Estudaí leva a sério a proteção dos seus dados pessoais. Esta Política de Privacidade explica, de forma simples, quais dados coletamos quando você usa o site, o aplicativo e as aulas ao vivo da Estudaí, para que os usamos e quais são os seus direitos, nos termos da Lei nº 13.709/2018 (Lei Geral de Proteção de Dados Pessoais, "LGPD").

## 1. Quem somos

A Estudaí Educação Digital Ltda., inscrita no CNPJ sob o nº 34.918.227/0001-06, com sede na Rua Fradique Coutinho, 1.632, Vila Madalena, São Paulo/SP, CEP 05416-001, é a controladora dos dados pessoais tratados de acordo com esta Política.

## 2. Quais dados coletamos

- **Dados cadastrais:** nome, e-mail, telefone celular, data de nascimento, CPF (para emissão de nota fiscal) e escola ou cursinho em que você estuda.
- **Dados acadêmicos:** aulas assistidas, exercícios resolvidos, notas em simulados, redações enviadas, metas e cursos de interesse.
- **Dados de pagamento:** os pagamentos por cartão, boleto e Pix são processados pela Pagar.me; não armazenamos os dados completos do seu cartão.
- **Dados de login social:** se você entrar com sua conta Google ou Apple, recebemos seu nome, e-mail e foto de perfil, conforme as permissões que você autorizar.
- **Dados de navegação:** endereço IP, data e hora de acesso, tipo de dispositivo, navegador e cookies, conforme descrito no nosso [Aviso de Cookies](/aviso-de-cookies).

## 3. Para que usamos seus dados

Tratamos seus dados pessoais com base nas hipóteses legais do art. 7º da LGPD:

| Finalidade | Base legal |
| Criar e manter sua conta, liberar o acesso aos cursos e emitir certificados | Execução de contrato |
| Montar seu plano de estudos e recomendar aulas e exercícios | Execução de contrato |
| Emitir notas fiscais e cumprir obrigações fiscais | Cumprimento de obrigação legal |
| Enviar novidades, dicas de estudo e ofertas por e-mail e WhatsApp | Consentimento |
| Melhorar a plataforma e produzir estatísticas agregadas | Legítimo interesse |
| Prevenir fraudes e compartilhamento indevido de contas | Legítimo interesse |

Sempre que usamos o legítimo interesse, avaliamos previamente se o tratamento é necessário, se respeita as suas expectativas e se os seus direitos e liberdades fundamentais prevalecem sobre ele. Você pode se opor a esse tratamento a qualquer momento, pelos canais indicados nesta Política.

Também registramos o acesso simultâneo à mesma conta em dispositivos diferentes, para evitar que um único plano seja compartilhado entre várias pessoas. Se identificarmos uso indevido, poderemos encerrar as sessões abertas e solicitar uma nova autenticação.

## 4. Dados de crianças e adolescentes

Grande parte dos nossos alunos tem menos de 18 anos. O cadastro de menores de 16 anos só é concluído com o consentimento específico de um dos pais ou do responsável legal, coletado por e-mail de confirmação, conforme o art. 14 da LGPD. Não exibimos publicidade comportamental para alunos menores de idade e tratamos os dados deles sempre no seu melhor interesse.

## 5. Com quem compartilhamos seus dados

Não vendemos seus dados pessoais. Podemos compartilhá-los com:

- **Operadores** que prestam serviços para a Estudaí: Amazon Web Services (hospedagem), Pagar.me (pagamentos), HubSpot (atendimento e e-mail), Zoom (aulas ao vivo) e Take Blip (mensagens no WhatsApp);
- **Escolas parceiras**, quando você se matricula por meio de um convênio com a sua escola, que poderá acompanhar seu progresso;
- **Autoridades públicas**, quando houver obrigação legal ou ordem judicial.

## 6. Transferência internacional de dados

Alguns de nossos operadores armazenam dados fora do Brasil, principalmente nos Estados Unidos. Nesses casos, a transferência é feita com base no art. 33 da LGPD, mediante cláusulas contratuais que garantem um nível de proteção adequado.

## 7. Por quanto tempo guardamos seus dados

Mantemos seus dados enquanto sua conta estiver ativa. Após o cancelamento, os dados acadêmicos são mantidos por 5 anos, para emissão de segunda via de certificados, e os dados fiscais pelo prazo exigido pela legislação tributária. Os demais dados são excluídos ou anonimizados em até 90 dias.

## 8. Seus direitos

Nos termos do art. 18 da LGPD, você pode, a qualquer momento e gratuitamente:

- confirmar a existência de tratamento e acessar seus dados;
- corrigir dados incompletos, inexatos ou desatualizados;
- solicitar a anonimização, o bloqueio ou a eliminação de dados desnecessários ou excessivos;
- solicitar a portabilidade dos seus dados;
- revogar o consentimento e solicitar a eliminação dos dados tratados com base nele;
- obter informações sobre as entidades com as quais compartilhamos seus dados.

Para exercer seus direitos, acesse Minha conta > Privacidade ou escreva para o nosso Encarregado. Você também pode apresentar reclamação à Autoridade Nacional de Proteção de Dados (ANPD).

## 9. Segurança

Adotamos medidas técnicas e administrativas para proteger seus dados, como criptografia, controle de acesso por perfil e monitoramento de incidentes. Nossos colaboradores assinam termos de confidencialidade e recebem treinamento periódico sobre proteção de dados, e nossos fornecedores passam por avaliação de segurança antes da contratação. Em caso de incidente de segurança que possa gerar risco ou dano relevante, comunicaremos você e a ANPD.

## 10. Encarregado pelo tratamento de dados (DPO)

Nosso Encarregado é o Sr. Rodrigo Takahashi, que pode ser contatado pelo e-mail [privacidade@estudai.com.br](mailto:privacidade@estudai.com.br).

## 11. Alterações desta Política

Esta Política pode ser atualizada periodicamente. Quando as mudanças forem relevantes, avisaremos você por e-mail ou no aplicativo. Se a mudança depender do seu consentimento, pediremos uma nova autorização antes de aplicá-la.

Esta Política é regida pelas leis da República Federativa do Brasil. Fica eleito o foro do domicílio do titular para dirimir quaisquer questões relacionadas a ela.
"""

EDITS = [
    {"note": "silent: academic data retention after cancellation 5 years -> 2 years; date not bumped", "bump": False,
     "repl": [("os dados acadêmicos são mantidos por 5 anos, para emissão", "os dados acadêmicos são mantidos por 2 anos, para emissão")]},
    {"note": "new section 'Correção de redações com inteligência artificial' (essays sent to an AI provider via Azure, "
             "no training, teacher review; opt-out); sections renumbered",
     "repl": [("## 5. Com quem compartilhamos seus dados",
               "## 5. Correção de redações com inteligência artificial\n\nQuando você envia uma redação, ela recebe uma pré-correção feita por inteligência artificial, que aponta desvios nas cinco competências do ENEM e sugere uma nota. Em seguida, um corretor da nossa equipe revisa a avaliação antes de ela ser liberada para você.\n\nPara isso, o texto da redação é enviado ao serviço Azure OpenAI, da Microsoft, sem o seu nome ou qualquer outro dado de identificação. A Microsoft não utiliza esse conteúdo para treinar modelos. A Estudaí também não usa suas redações para treinar modelos de inteligência artificial sem o seu consentimento, que você pode dar ou retirar em Minha conta > Privacidade.\n\n## 6. Com quem compartilhamos seus dados"),
              ("## 6. Transferência internacional", "## 7. Transferência internacional"),
              ("## 7. Por quanto tempo", "## 8. Por quanto tempo"),
              ("## 8. Seus direitos", "## 9. Seus direitos"),
              ("## 9. Segurança", "## 10. Segurança"),
              ("## 10. Encarregado", "## 11. Encarregado"),
              ("## 11. Alterações desta Política", "## 12. Alterações desta Política")]},
    {"note": "new right: review of automated decisions (art. 20 LGPD) for the personalised study plan and essay pre-score",
     "repl": [("- obter informações sobre as entidades com as quais compartilhamos seus dados.",
               "- obter informações sobre as entidades com as quais compartilhamos seus dados;\n- solicitar a revisão de decisões tomadas unicamente com base em tratamento automatizado, como a definição do seu plano de estudos e a pré-correção de redações, nos termos do art. 20 da LGPD.")]},
    {"note": "DPO (Encarregado) changed: Rodrigo Takahashi -> Dra. Luana Figueiredo, new dedicated address and form",
     "repl": [("Nosso Encarregado é o Sr. Rodrigo Takahashi, que pode ser contatado pelo e-mail [privacidade@estudai.com.br](mailto:privacidade@estudai.com.br).",
               "Nossa Encarregada é a Dra. Luana Figueiredo, que pode ser contatada pelo e-mail [encarregado@estudai.com.br](mailto:encarregado@estudai.com.br) ou pelo [formulário do titular](https://privacidade.estudai.com.br/solicitacao).")]},
    {"note": "Mercado Pago added as payment processor (Pix); international transfers now under ANPD standard "
             "contractual clauses (Resolução CD/ANPD nº 19/2024)",
     "repl": [("os pagamentos por cartão, boleto e Pix são processados pela Pagar.me;",
               "os pagamentos por cartão e boleto são processados pela Pagar.me e os pagamentos por Pix pelo Mercado Pago;"),
              ("Pagar.me (pagamentos), HubSpot", "Pagar.me e Mercado Pago (pagamentos), HubSpot"),
              ("mediante cláusulas contratuais que garantem um nível de proteção adequado.",
               "mediante a adoção das cláusulas-padrão contratuais aprovadas pela ANPD na Resolução CD/ANPD nº 19/2024.")]},
]

COURSES = [("Extensivo ENEM 2025", "extensivo-enem"), ("Redação Nota 1000", "redacao-nota-1000"),
           ("Matemática do Zero", "matematica-do-zero"), ("Intensivo Fuvest", "intensivo-fuvest"),
           ("Revisão de Biologia", "revisao-biologia"), ("Inglês para Vestibular", "ingles-vestibular")]


def hx(*p, n=8):
    return hashlib.sha1("|".join(map(str, p)).encode()).hexdigest()[:n]


def anchor(t):
    m = re.match(r"(\d+)\.", t)
    return "secao-%s" % (m.group(1) if m else hx(t, n=4))


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["build"] = C.keep_or(rng, prev.get("build"), 0.5, lambda: C.hexs(rng, 8))
    s["hubspot"] = (C.hexs(rng, 32), C.uuid4(rng), rng.choice(["closed", "closed", "welcome"]))
    s["vwo"] = rng.choice(["1", "2"])
    s["lazy"] = rng.random() < 0.6
    s["carousel"] = "skeleton" if rng.random() < 0.3 else tuple(rng.sample(range(len(COURSES)), 3))
    s["toast"] = rng.random() < 0.35
    return s


LABELS = {
    "build": "Astro build (asset hashes, astro-island uids, component-url)",
    "hubspot": "HubSpot chat iframe (per-load uuid / utk) and welcome bubble",
    "vwo": "VWO campaign variation on 'Comece grátis' CTA",
    "lazy": "lazysizes images loaded (lazyloaded) or not (lazyload + data-src)",
    "carousel": "'Cursos em destaque' carousel: skeleton or loaded picks",
    "toast": "'Matrículas abertas' toast shown or not",
}


def render(s, blocks, when):
    b = s["build"]
    utk, uid, hs = s["hubspot"]
    heads = [x[1] for x in blocks if x[0] == "h2"]
    toc = "".join('<!--lit-part 4eZ1sQy2cXw=--><li><a href="#%s"><!--lit-part-->%s<!--/lit-part--></a></li><!--/lit-part-->'
                  % (anchor(t), C.inline_html(t)) for t in heads)
    art = []
    for x in blocks:
        if x[0] == "h2":
            art.append('<h2 id="%s">%s</h2>' % (anchor(x[1]), C.inline_html(x[1])))
        else:
            art.append(C.block_html(x))
    shadow = ('<template shadowrootmode="open" shadowrootserializable=""><style>:host{display:grid;grid-template-columns:minmax(220px,280px) 1fr;gap:48px}'
              'nav{position:sticky;top:96px;align-self:start}ol{list-style:none;padding:0;margin:0}a{color:var(--ink-2,#41445a);text-decoration:none;'
              'font:500 14px/1.6 var(--font-sans)}a:hover{color:var(--brand,#6c2bd9)}.toc-title{font:700 12px/1 var(--font-sans);letter-spacing:.08em;'
              'text-transform:uppercase;color:#8a8da3}@media (max-width: 900px){:host{display:block}nav{display:none}}</style>'
              '<!--lit-part Jc8sW9mDk8E=--><nav part="toc" aria-label="Nesta página"><p class="toc-title">Nesta página</p><ol><!--lit-part-->%s<!--/lit-part--></ol></nav>'
              '<div class="content"><slot></slot></div><!--/lit-part--></template>' % toc)
    if s["lazy"]:
        def img(src, alt):
            return '<img class="lazyloaded" src="%s" data-src="%s" alt="%s" width="320" height="180">' % (src, src, alt)
    else:
        def img(src, alt):
            return ('<img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" data-src="%s" '
                    'alt="%s" width="320" height="180">' % (src, alt))
    if s["carousel"] == "skeleton":
        carousel = "".join('<div class="course-card course-card--skeleton" aria-hidden="true"><span class="sk sk-img"></span>'
                           '<span class="sk sk-line"></span><span class="sk sk-line sk-short"></span></div>' for _ in range(3))
    else:
        carousel = "".join('<a class="course-card" href="/cursos/%s">%s<p class="course-card__title">%s</p></a>'
                           % (COURSES[k][1], img("https://cdn.estudai.com.br/cursos/%s/capa-%s.webp" % (COURSES[k][1], hx(k, n=6)), ""), COURSES[k][0])
                           for k in s["carousel"])
    header = ('<header class="site-header astro-%s"><a href="/" class="logo astro-%s">%s</a><nav class="astro-%s"><a href="/cursos">Cursos</a>'
              '<a href="/enem">ENEM</a><a href="/vestibulares">Vestibulares</a><a href="/para-escolas">Para escolas</a><a href="/blog">Blog</a></nav>'
              '<a href="https://app.estudai.com.br/entrar" class="btn-ghost astro-%s">Entrar</a>'
              '<a href="https://app.estudai.com.br/cadastro" class="btn-primary astro-%s" data-vwo-campaign="47" data-vwo-variation="%s">%s</a></header>'
              % (b[:8], b[:8], img("https://cdn.estudai.com.br/marca/logo-estudai.svg", "Estudaí"), b[:8], b[:8], b[:8], s["vwo"],
                 "Comece grátis" if s["vwo"] == "1" else "Teste 7 dias grátis"))
    island = ('<astro-island uid="%s" prefix="r2" component-url="/_astro/EstudaiLegalPage.%s.js" component-export="EstudaiLegalPage" '
              'renderer-url="/_astro/client.%s.js" props="{&quot;lang&quot;:[0,&quot;pt-BR&quot;]}" ssr="" client="visible" '
              'opts="{&quot;name&quot;:&quot;EstudaiLegalPage&quot;,&quot;value&quot;:true}" await-children="">'
              '<estudai-legal-page lang="pt-BR">%s<article class="politica">\n%s\n</article></estudai-legal-page></astro-island>'
              % ("Z" + hx("uid", b, n=8).upper(), hx("lp", b), hx("cl", b), shadow, "\n".join(art)))
    main = ('<main class="astro-%s"><nav class="breadcrumb astro-%s" aria-label="Você está em"><a href="/">Início</a> / <span>Política de Privacidade</span></nav>'
            '%s<section class="destaques astro-%s"><h2>Cursos em destaque</h2><div class="carousel">%s</div></section></main>'
            % (b[:8], b[:8], island, b[:8], carousel))
    footer = ('<footer class="site-footer astro-%s"><div class="cols"><div><p>Estudaí Educação Digital Ltda.<br>CNPJ 34.918.227/0001-06</p></div>'
              '<ul><li><a href="/termos-de-uso">Termos de Uso</a></li><li><a href="/politica-de-privacidade">Política de Privacidade</a></li>'
              '<li><a href="/aviso-de-cookies">Aviso de Cookies</a></li><li><a href="https://privacidade.estudai.com.br">Central de Privacidade</a></li></ul>'
              '<div class="apps">%s%s</div></div><p>© %d Estudaí. Feito com 💜 em São Paulo.</p></footer>'
              % (b[:8], img("https://cdn.estudai.com.br/badges/google-play.png", "Disponível no Google Play"),
                 img("https://cdn.estudai.com.br/badges/app-store.png", "Baixar na App Store"), when.year))
    toast = ('<div class="toast" role="status" aria-live="polite"><strong>Matrículas abertas!</strong> Extensivo ENEM %d com 40%% de desconto até domingo. '
             '<a href="/cursos/extensivo-enem">Quero garantir</a><button aria-label="Fechar">×</button></div>' % (when.year + (1 if when.month > 8 else 0))
             if s["toast"] else "")
    hub = ('<div id="hubspot-messages-iframe-container" class="widget-align-right" style="display: initial !important; z-index: 2147483647; '
           'position: fixed !important; bottom: 0px !important; right: 0px !important;"><div class="shadow-container %s"></div>'
           '<iframe id="hubspot-conversations-iframe" title="Chat Widget" allow="autoplay; microphone *" '
           'src="https://app.hubspot.com/conversations-visitor/21447385/threads/utk/%s?uuid=%s&amp;mobile=false&amp;mobileSafari=false&amp;'
           'hideWelcomeMessage=false&amp;hstc=21447385.%s.%d.%d.%d.1&amp;domain=estudai.com.br&amp;inApp53=false&amp;messagesUtk=%s&amp;url=%s&amp;'
           'inline=false&amp;isFullscreen=false&amp;globalCookieOptOut=&amp;isFirstVisitorSession=true&amp;isAttachmentDisabled=false&amp;'
           'isInitialInputFocusDisabled=false&amp;enableWidgetCookieBanner=false&amp;isInCMS=false&amp;hideScrollToButton=true" '
           'data-test-id="chat-widget-iframe" class="%s"></iframe></div>'
           % ("active" if hs == "welcome" else "", utk, uid.replace("-", ""), utk, C.epoch(when) * 1000, C.epoch(when) * 1000,
              C.epoch(when) * 1000, uid.replace("-", ""), "https%3A%2F%2Fwww.estudai.com.br%2Fpolitica-de-privacidade",
              "hs-shadow-container-open" if hs == "welcome" else ""))
    return ('<!DOCTYPE html><html lang="pt-BR"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '<meta name="generator" content="Astro v4.%d.%d"><title>Política de Privacidade | Estudaí</title>'
            '<link rel="canonical" href="%s"><link rel="stylesheet" href="/_astro/_slug_.%s.css">'
            '<script type="module" src="/_astro/hoisted.%s.js"></script>'
            '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>'
            '<script>(()=>{var e=async t=>{await(await t())()};(self.Astro||(self.Astro={})).visible=e;window.dispatchEvent(new Event("astro:visible"));})();</script>'
            '<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/21447385.js"></script>'
            '<script type="text/javascript" id="vwoCode">window._vwo_code||(function(){var account_id=812244,version=2.1,settings_tolerance=2000;})();</script>'
            '</head><body>%s%s%s%s%s</body></html>'
            % (int(b[0], 16) % 16, int(b[1], 16), URL, hx("css", b), hx("ho", b), header, main, footer, toast, hub))


PAGE = {
    "service": "Estudaí", "url": URL, "lang": "pt-BR", "platform": "Astro + Lit (declarative shadow DOM)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 2, 14), "end": dt.date(2026, 8, 10),
    "policy": POLICY, "first_updated": dt.date(2022, 1, 10), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["estudai-legal-page > article"]},
}
