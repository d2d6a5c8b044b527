"""Instituto Brasileiro de Patrimônio Documental (IBPD) - Aviso de Privacidade do serviço "Consulta ao Acervo
Digital" - pt-BR - gov.br portal (Plone 5, Identidade Digital de Governo theme), behind an F5 BIG-IP.

Well built: the notice is Plone's rich-text field (#content-core) under the h1; Plone's byline ("Publicado em …
Atualizado em …") moves on any save of the page, even a re-index with no text change, while the notice's own
"Versão x.y, de dd/mm/aaaa" line moves only when the notice is revised (the curator's selection keeps the notice's
own line and leaves out the byline). Noise: byline, F5 bot-defence script, VLibras and barra do governo loaders,
"Notícias relacionadas" portlet, Plone resource registry keys."""
import datetime as dt
import common as C

URL = "https://www.gov.br/ibpd/pt-br/acesso-a-informacao/tratamento-de-dados-pessoais/aviso-de-privacidade"


def fmt_date(d):
    return d.strftime("%d/%m/%Y")


POLICY = """
# Aviso de Privacidade – Consulta ao Acervo Digital

Versão 1.0, de {UPDATED}

O Instituto Brasileiro de Patrimônio Documental (IBPD), autarquia federal, valoriza a privacidade de quem utiliza seus serviços. Este Aviso de Privacidade descreve como tratamos os dados pessoais dos usuários do serviço Consulta ao Acervo Digital, em conformidade com a Lei nº 13.709, de 14 de agosto de 2018 – Lei Geral de Proteção de Dados Pessoais (LGPD).

Para os fins deste Aviso, aplicam-se as definições do art. 5º da LGPD. Em especial, considera-se dado pessoal a informação relacionada a pessoa natural identificada ou identificável; titular, a pessoa natural a quem se referem os dados pessoais que são objeto de tratamento; controlador, a quem competem as decisões referentes ao tratamento; e operador, quem realiza o tratamento em nome do controlador.

## 1. Controlador

O controlador dos dados pessoais é o Instituto Brasileiro de Patrimônio Documental, inscrito no CNPJ sob o nº 04.782.116/0001-39, com sede no Setor de Autarquias Sul, Quadra 3, Bloco B, Brasília/DF, CEP 70070-030.

## 2. Encarregado pelo tratamento de dados pessoais

O encarregado pelo tratamento de dados pessoais do IBPD, designado pela Portaria IBPD nº 112, de 9 de março de 2021, é o servidor Marcelo Augusto Ribeiro, que pode ser contatado pelo e-mail [encarregado@ibpd.gov.br](mailto:encarregado@ibpd.gov.br).

## 3. Quais dados pessoais tratamos

Para utilizar o serviço, o usuário acessa com sua conta gov.br. Tratamos os seguintes dados:

- nome completo, CPF e endereço de e-mail, recebidos da plataforma de autenticação gov.br;
- telefone e instituição de vínculo, quando informados pelo usuário;
- histórico de pedidos de reprodução de documentos e de agendamento de consultas presenciais;
- dados de navegação, como endereço IP, data e hora de acesso, registrados para fins de segurança, conforme o Marco Civil da Internet (Lei nº 12.965, de 2014).

## 4. Finalidades e hipóteses de tratamento

Os dados pessoais são tratados para identificar o usuário, atender aos pedidos de consulta e de reprodução de documentos, agendar atendimentos na sala de consulta, enviar comunicações sobre o andamento das solicitações e produzir estatísticas sobre o uso do acervo.

O tratamento fundamenta-se no art. 7º, inciso III, e no art. 23 da LGPD, por ser necessário à execução de políticas públicas e ao cumprimento das atribuições legais do IBPD, previstas na Lei nº 8.159, de 8 de janeiro de 1991, que dispõe sobre a política nacional de arquivos públicos e privados. Os registros de acesso são mantidos com base no art. 7º, inciso II, da LGPD, para cumprimento de obrigação legal.

## 5. Compartilhamento de dados

Os dados pessoais poderão ser compartilhados com:

- o Serviço Federal de Processamento de Dados (Serpro), que hospeda o sistema na condição de operador;
- a Controladoria-Geral da União, quando o usuário registrar manifestação na plataforma Fala.BR;
- órgãos de controle e autoridades judiciais, mediante requisição legal.

O IBPD não comercializa dados pessoais.

## 6. Armazenamento e eliminação

Os dados são armazenados em servidores localizados no Brasil. Os dados cadastrais são mantidos enquanto a conta do usuário estiver ativa e por mais cinco anos após o último acesso. Os pedidos de reprodução seguem os prazos da tabela de temporalidade de documentos aprovada pelo Arquivo Nacional. Os registros de acesso são mantidos pelo prazo de seis meses.

O usuário é responsável pela veracidade dos dados informados e pela guarda de suas credenciais de acesso à conta gov.br. Em caso de suspeita de uso indevido da sua conta, o usuário deve alterar a senha imediatamente e comunicar o fato pela plataforma Fala.BR.

## 7. Segurança

O IBPD adota medidas técnicas e administrativas para proteger os dados pessoais, em conformidade com a sua Política de Segurança da Informação e Comunicações (POSIC) e com as normas do Gabinete de Segurança Institucional da Presidência da República.

Em caso de incidente de segurança que possa acarretar risco ou dano relevante aos titulares, o IBPD comunicará o fato à ANPD e aos titulares afetados, nos termos do art. 48 da LGPD e da regulamentação da ANPD, informando a natureza dos dados afetados, os riscos relacionados e as medidas adotadas para reverter ou mitigar os efeitos do incidente.

## 8. Cookies

O serviço utiliza cookies estritamente necessários ao seu funcionamento e cookies de desempenho, que podem ser desabilitados pelo usuário. Mais informações estão disponíveis na [Política de Cookies do IBPD](https://www.gov.br/ibpd/pt-br/acesso-a-informacao/tratamento-de-dados-pessoais/politica-de-cookies).

## 9. Direitos do titular

Nos termos do art. 18 da LGPD, o titular pode solicitar a confirmação da existência de tratamento, o acesso aos dados, a correção de dados incompletos, inexatos ou desatualizados, a anonimização, o bloqueio ou a eliminação de dados desnecessários, e informações sobre o compartilhamento. As solicitações devem ser registradas na plataforma [Fala.BR](https://falabr.cgu.gov.br), selecionando o IBPD como órgão destinatário.

O titular também pode peticionar à Autoridade Nacional de Proteção de Dados (ANPD).

O IBPD não trata dados pessoais sensíveis no âmbito deste serviço. Caso o usuário informe, em campo de texto livre, dado sensível não solicitado, o dado será desconsiderado e eliminado assim que identificado.

Este serviço não é destinado a crianças. O tratamento de dados pessoais de adolescentes, quando ocorrer, observará o seu melhor interesse, nos termos do art. 14 da LGPD e do Estatuto da Criança e do Adolescente.

## 10. Alterações deste Aviso

Este Aviso de Privacidade pode ser alterado a qualquer tempo. Recomendamos a consulta periódica desta página.
"""

EDITS = [
    {"note": "new encarregado (DPO) designated: Marcelo Augusto Ribeiro -> Patrícia Gomes Nogueira, new Portaria; version 1.0 -> 1.1",
     "repl": [("designado pela Portaria IBPD nº 112, de 9 de março de 2021, é o servidor Marcelo Augusto Ribeiro,",
               "designada pela Portaria IBPD nº 287, de 30 de agosto de 2021, é a servidora Patrícia Gomes Nogueira,"),
              ("Versão 1.0, de", "Versão 1.1, de")]},
    {"note": "new purpose: service-satisfaction survey ('Avalie este serviço') shared with the Secretaria de Governo Digital; version 1.2",
     "repl": [("e produzir estatísticas sobre o uso do acervo.",
               "e produzir estatísticas sobre o uso do acervo. Ao final de cada atendimento, o usuário pode avaliar o serviço; a avaliação, vinculada ao CPF, é compartilhada com a Secretaria de Governo Digital para o acompanhamento da qualidade dos serviços públicos digitais."),
              ("Versão 1.1, de", "Versão 1.2, de")]},
    {"note": "security policy renamed POSIC -> POSIN (silent: version line unchanged)", "bump": False,
     "repl": [("Política de Segurança da Informação e Comunicações (POSIC)", "Política de Segurança da Informação (POSIN)")]},
    {"note": "system moved to a public cloud (Brazil region) with backups abroad: new international-transfer paragraph "
             "citing the ANPD regulation on international transfers (Resolução CD/ANPD nº 19/2024, standard contractual clauses); version 1.3",
     "repl": [("Os dados são armazenados em servidores localizados no Brasil.",
               "Os dados são armazenados em nuvem pública contratada pelo Serpro, em região localizada no Brasil. Cópias de segurança podem ser mantidas em centros de dados fora do país; nesse caso, a transferência internacional observa o Regulamento de Transferência Internacional de Dados aprovado pela Resolução CD/ANPD nº 19, de 23 de agosto de 2024, e é amparada por cláusulas-padrão contratuais."),
              ("Versão 1.2, de", "Versão 1.3, de")]},
    {"note": "new processor/purpose: virtual assistant (AI chatbot) answering questions about the collection; conversations kept 90 days; version 1.4",
     "repl": [("## 5. Compartilhamento de dados",
               "O serviço conta com um assistente virtual que responde a dúvidas sobre o acervo. O assistente utiliza inteligência artificial e não toma decisões sobre pedidos. As conversas são registradas por 90 dias para melhoria das respostas, e o usuário é informado no início de cada conversa de que está interagindo com um sistema automatizado.\n\n## 5. Compartilhamento de dados"),
              ("Versão 1.3, de", "Versão 1.4, de")]},
]

NEWS = [("IBPD digitaliza 2 milhões de páginas do acervo colonial", "ibpd-digitaliza-2-milhoes-de-paginas"),
        ("Sala de consulta amplia horário de atendimento", "sala-de-consulta-amplia-horario"),
        ("Instituto lança edital de bolsas de pesquisa", "instituto-lanca-edital-de-bolsas"),
        ("Exposição virtual celebra 200 anos da Independência", "exposicao-virtual-200-anos"),
        ("Novo sistema de agendamento entra no ar", "novo-sistema-de-agendamento"),
        ("IBPD recebe acervo de fotógrafo modernista", "ibpd-recebe-acervo-fotografico")]
PUBLISHED = dt.datetime(2021, 6, 4, 15, 22)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["modified"] = C.keep_or(rng, prev.get("modified"), 0.35,
                              lambda: max(PUBLISHED, when - dt.timedelta(days=rng.randint(0, 40), minutes=rng.randint(0, 700))))
    s["f5"] = (C.hexs(rng, 48), C.alnum(rng, 16, "0123456789"))
    s["news"] = C.keep_or(rng, prev.get("news"), 0.5, lambda: tuple(rng.sample(range(len(NEWS)), 3)))
    s["resources"] = C.keep_or(rng, prev.get("resources"), 0.3, lambda: rng.randint(4000, 9999))
    s["ministry"] = "Ministério da Cultura" if when >= dt.datetime(2023, 1, 2) else "Ministério do Turismo"
    s["vlibras"] = C.keep_or(rng, prev.get("vlibras"), 0.15, lambda: rng.choice(["vlibras-plugin.js", "vlibras-plugin.js?v=6.0.0"]))
    return s


LABELS = {
    "modified": "Plone byline 'Atualizado em' (any save / re-index)",
    "f5": "F5 BIG-IP bot-defence script token (per request)",
    "news": "'Notícias relacionadas' portlet",
    "resources": "Plone resource registry cache key",
    "vlibras": "VLibras widget loader",
    "ministry": "parent ministry in the portal header (Turismo -> Cultura, Jan 2023)",
}
TRACK = {"blocks": None}


def render(s, blocks, when):
    if TRACK["blocks"] is not None and blocks != TRACK["blocks"]:
        s["modified"] = when - dt.timedelta(hours=5 + when.day % 7, minutes=when.minute)
    TRACK["blocks"] = blocks
    h1 = blocks[0][1]
    body = C.blocks_html(blocks[1:])
    mod = s["modified"]
    news = "".join('<li class="portletItem"><a href="https://www.gov.br/ibpd/pt-br/assuntos/noticias/%s">%s</a></li>' % (NEWS[k][1], NEWS[k][0])
                   for k in s["news"])
    tok, n = s["f5"]
    return ('<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="pt-br">\n<head>\n'
            '<script type="text/javascript" src="/TSPD/08%s?type=7"></script>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<title>%s — Instituto Brasileiro de Patrimônio Documental</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n<meta name="generator" content="Plone - http://plone.com">\n'
            '<link rel="canonical" href="%s">\n'
            '<link rel="stylesheet" href="https://www.gov.br/ibpd/++plone++production/++unique++%d/default.css" data-bundle="production">\n'
            '<link rel="stylesheet" href="https://www.gov.br/ibpd/++theme++padrao_govbr/css/main.css?v=%d">\n'
            '</head>\n<body class="template-document_view portaltype-document site-pt-br section-acesso-a-informacao subsection-tratamento-de-dados-pessoais icons-on thumbs-on frontend viewpermission-view userrole-anonymous">\n'
            '<div id="barra-brasil" style="background:#7F7F7F; height: 20px; padding:0 0 0 10px;display:block;"><ul id="menu-barra-temp" style="list-style:none;">'
            '<li style="display:inline; float:left;padding-right:10px; margin-right:10px; border-right:1px solid #EDEDED"><a href="http://brasil.gov.br" style="font-family:sans,sans-serif; text-decoration:none; color:white;">Portal do Governo Brasileiro</a></li></ul></div>\n'
            '<div id="wrapper"><header id="header" role="banner"><div><ul id="accessibility"><li><a accesskey="1" href="#acontent" id="link-conteudo">Ir para o conteúdo <span>1</span></a></li>'
            '<li><a accesskey="2" href="#navigation" id="link-navegacao">Ir para o menu <span>2</span></a></li><li><a accesskey="3" href="#portal-searchbox" id="link-buscar">Ir para a busca <span>3</span></a></li></ul>'
            '<ul id="portal-siteactions"><li id="siteaction-accessibility"><a href="https://www.gov.br/ibpd/pt-br/acessibilidade" accesskey="5">Acessibilidade</a></li>'
            '<li id="siteaction-contraste"><a href="#" accesskey="6">Alto Contraste</a></li><li id="siteaction-mapadosite"><a href="https://www.gov.br/ibpd/pt-br/mapadosite" accesskey="7">Mapa do Site</a></li></ul>'
            '<div id="logo"><a id="portal-logo" title="" href="https://www.gov.br/ibpd/pt-br"><span id="portal-title-1">%s</span>'
            '<h1 id="portal-title" class="corto">Instituto Brasileiro de Patrimônio Documental</h1></a></div>'
            '<div id="portal-searchbox"><form id="nolivesearchGadget_form" action="https://www.gov.br/ibpd/pt-br/@@busca"><fieldset><legend class="hiddenStructure">Buscar no portal</legend>'
            '<input name="SearchableText" type="text" size="18" title="Buscar no portal" placeholder="Buscar no portal" class="searchField" id="nolivesearchGadget">'
            '<input class="searchButton" type="submit" value="Buscar"></fieldset></form></div>'
            '<div id="social-icons"><h2 class="hiddenStructure">Redes Sociais</h2><ul><li id="portalredes-youtube"><a href="https://www.youtube.com/@ibpd">YouTube</a></li>'
            '<li id="portalredes-instagram"><a href="https://www.instagram.com/ibpd.gov">Instagram</a></li></ul></div></div>'
            '<div id="sobre"><ul><li id="siteaction-perguntas-frequentes"><a href="https://www.gov.br/ibpd/pt-br/perguntas-frequentes">Perguntas frequentes</a></li>'
            '<li id="siteaction-contato"><a href="https://www.gov.br/ibpd/pt-br/canais_atendimento">Contato</a></li>'
            '<li id="siteaction-servicos"><a href="https://www.gov.br/pt-br/orgaos/instituto-brasileiro-de-patrimonio-documental">Serviços</a></li></ul></div></header>\n'
            '<main id="main" role="main"><div id="plone-content"><div id="portal-columns" class="row">\n'
            '<div id="portal-column-content" class="cell width-3:4 position-1:4">\n'
            '<div id="viewlet-above-content"><nav id="portal-breadcrumbs" class="plone-breadcrumb"><span id="breadcrumbs-you-are-here">Você está aqui:</span>'
            '<ol aria-labelledby="breadcrumbs-you-are-here"><li id="breadcrumbs-home"><a href="https://www.gov.br/ibpd/pt-br">Página Inicial</a></li>'
            '<li id="breadcrumbs-1"><span class="breadcrumbSeparator">&gt;</span><a href="https://www.gov.br/ibpd/pt-br/acesso-a-informacao">Acesso à Informação</a></li>'
            '<li id="breadcrumbs-2"><span class="breadcrumbSeparator">&gt;</span><a href="https://www.gov.br/ibpd/pt-br/acesso-a-informacao/tratamento-de-dados-pessoais">Tratamento de Dados Pessoais</a></li>'
            '<li id="breadcrumbs-current"><span class="breadcrumbSeparator">&gt;</span><span id="breadcrumbs-current">Aviso de Privacidade</span></li></ol></nav></div>\n'
            '<article id="content"><header><h1 class="documentFirstHeading">%s</h1></header>\n'
            '<div id="viewlet-above-content-body"><div class="documentByLine" id="plone-document-byline">'
            '<span class="documentPublished"><span>Publicado em</span> %s</span> <span class="documentModified"><span>Atualizado em</span> %s</span></div>'
            '<div id="social-links"><span>Compartilhe:</span> <a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u=%s">Facebook</a> '
            '<a class="share-twitter" href="https://twitter.com/share?url=%s">Twitter</a> <a class="share-linkedin" href="https://www.linkedin.com/shareArticle?url=%s">LinkedIn</a> '
            '<a class="share-whatsapp" href="https://api.whatsapp.com/send?text=%s">WhatsApp</a> <a class="share-copy" href="#">link para Copiar para área de transferência</a></div></div>\n'
            '<div id="content-core"><div id="parent-fieldname-text" class="">\n%s\n</div></div>\n</article>\n'
            '<div id="viewlet-below-content"></div></div>\n'
            '<aside id="portal-column-two" class="cell width-1:4 position-3:4"><div class="portletWrapper"><div class="portlet portletCollection">'
            '<header class="portletHeader">Notícias relacionadas</header><ul class="portletContent">%s</ul></div></div></aside>\n'
            '</div></div></main>\n'
            '<footer id="footer"><div class="footer-logos"><a href="https://www.gov.br/acessoainformacao/pt-br" class="logo-acesso">Acesso à Informação</a>'
            '<a href="https://www.gov.br/pt-br" class="brasil flag">Brasil – Governo Federal</a></div>'
            '<div id="footer-brasil"></div><div class="copyright-footer">Todo o conteúdo deste site está publicado sob a licença '
            '<a rel="license" href="https://creativecommons.org/licenses/by-nd/3.0/deed.pt_BR">Creative Commons Atribuição-SemDerivações 3.0 Não Adaptada</a>.</div></footer></div>\n'
            '<div id="cookiebanner-govbr" class="br-cookiebar"><p>Utilizamos cookies essenciais e tecnologias semelhantes de acordo com a nossa '
            '<a href="https://www.gov.br/ibpd/pt-br/acesso-a-informacao/tratamento-de-dados-pessoais/politica-de-cookies">Política de Cookies</a>.</p>'
            '<button class="br-button primary">Aceitar</button></div>\n'
            '<div vw class="enabled"><div vw-access-button class="active"></div><div vw-plugin-wrapper><div class="vw-plugin-top-wrapper"></div></div></div>\n'
            '<script src="https://vlibras.gov.br/app/%s"></script>\n<script>new window.VLibras.Widget(\'https://vlibras.gov.br/app\');</script>\n'
            '<script defer="defer" src="//barra.sistema.gov.br/v1/barra.js" type="text/javascript"></script>\n'
            '<script type="text/javascript">window.bobcmn = "%s";</script>\n'
            '</body>\n</html>\n'
            % (tok[:40], h1, URL, s["resources"] * 1000 + 3, s["resources"] % 97, s["ministry"], h1,
               PUBLISHED.strftime("%d/%m/%Y %Hh%M"), mod.strftime("%d/%m/%Y %Hh%M"), URL, URL, URL, URL, body, news,
               s["vlibras"], tok + n))


PAGE = {
    "service": "Instituto Brasileiro de Patrimônio Documental", "url": URL, "lang": "pt-BR",
    "platform": "gov.br portal (Plone 5, IDG theme)", "content_type": "text/html;charset=utf-8",
    "n": 30, "start": dt.date(2021, 6, 20), "end": dt.date(2026, 7, 31),
    "policy": POLICY, "first_updated": dt.date(2021, 6, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".documentFirstHeading", "#content-core"]},
}
