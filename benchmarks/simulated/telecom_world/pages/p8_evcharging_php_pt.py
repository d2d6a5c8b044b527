"""Rede Volt (Lisboa) - pt-PT - hand-written PHP site with server-side includes, windows-1252, an EV-charging
network (charge-point operator and e-mobility supplier on MOBI.E).

privacidade.php prints the header include (live count of free chargers, nav links with ?PHPSESSID= for cookie-less
visitors), then in #conteudo the privacy policy, with the "caixa-postos.inc" include (free chargers near Lisbon
stations, a refresh script) dropped in after section 3, then an <hr>, <a name="cookies"> and the cookie policy,
which changes on its own; sidebar tariff table with the ERSE/MOBI.E access-tariff notice, footer with a visit
counter and "Página gerada em 0,043 s". In September 2023 the old table layout (<td id="conteudo">) becomes divs.
The contributor takes the range from the h1 to the cookie anchor and removes the include's box."""
import datetime as dt
import html
import common as C

URL = "https://www.redevolt.pt/privacidade.php"
MESES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
         "novembro", "dezembro"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
# Política de Privacidade

Última revisão: {UPDATED}

A Rede Volt – Mobilidade Elétrica, S.A. é operadora de pontos de carregamento (OPC) e comercializadora de eletricidade para a mobilidade elétrica (CEME) na rede MOBI.E. Esta política explica como tratamos os dados pessoais dos utilizadores dos nossos postos de carregamento, da app Rede Volt e deste site.

## 1. Responsável pelo tratamento

Rede Volt – Mobilidade Elétrica, S.A., NIPC 514 339 871, com sede na Rua Castilho, 39, 1250-068 Lisboa. Contacto do encarregado de proteção de dados: [privacidade@redevolt.pt](mailto:privacidade@redevolt.pt).

## 2. Dados que recolhemos

- nome, NIF, morada de faturação, e-mail e telemóvel;
- identificador do cartão ou da app usado para iniciar o carregamento;
- dados de cada sessão de carregamento: posto, data, hora de início e fim, energia consumida;
- matrícula do veículo, apenas nos postos com estacionamento controlado.

## 3. Finalidades

Tratamos os dados para autorizar e faturar os carregamentos, comunicar as sessões à Entidade Gestora da Rede de Mobilidade Elétrica (MOBI.E, S.A.), prestar apoio ao cliente e cumprir obrigações legais.

## 4. Partilha de dados

Os dados das sessões de carregamento são comunicados à MOBI.E, S.A. e, quando carrega com um cartão de outro comercializador, a esse comercializador. Os pagamentos com cartão bancário nos postos são processados pela SIBS.

## 5. Conservação

As sessões de carregamento e as faturas são conservadas durante 10 anos. As imagens de leitura de matrículas são apagadas ao fim de 30 dias.

## 6. Os seus direitos

Pode exercer os direitos de acesso, retificação, apagamento, oposição e portabilidade através de [privacidade@redevolt.pt](mailto:privacidade@redevolt.pt). Pode também apresentar reclamação à [CNPD](https://www.cnpd.pt/).
"""

EDITS = [
    {"note": "sharing: in-app payments processed by Stripe Payments Europe, Limited",
     "repl": [("processados pela SIBS.", "processados pela SIBS. Os pagamentos na app são processados pela Stripe Payments Europe, Limited.")]},
    {"note": "data list: approximate phone location (nearest chargers in the app) added",
     "repl": [("- matrícula do veículo,", "- localização aproximada do telemóvel, se autorizar a app a mostrar os postos mais próximos;\n- matrícula do veículo,")]},
    {"note": "licence-plate image retention 30 -> 15 days (silent, date not bumped)", "bump": False,
     "repl": [("apagadas ao fim de 30 dias.", "apagadas ao fim de 15 dias.")]},
    {"note": "controller address changed (Rua Castilho -> Avenida D. João II, Parque das Nações)",
     "repl": [("Rua Castilho, 39, 1250-068 Lisboa", "Avenida D. João II, 44, 1990-095 Lisboa")]},
    {"note": "new final section '7. Alterações a esta política' (last section before the cookie policy)",
     "repl": [("Pode também apresentar reclamação à [CNPD](https://www.cnpd.pt/).", "Pode também apresentar reclamação à [CNPD](https://www.cnpd.pt/).\n\n## 7. Alterações a esta política\n\nSempre que alterarmos esta política de forma relevante, avisaremos os utilizadores registados por e-mail e na app com 15 dias de antecedência.")]},
]

REDESIGN = dt.datetime(2023, 9, 18)
STATIONS = ["Lisboa – Saldanha", "Lisboa – Parque das Nações", "Oeiras – Lagoas Park", "Almada – Fórum",
            "Sintra – Estação", "Cascais – Marina", "Loures – LoureShopping", "Setúbal – Av. Luísa Todi"]
COOKIES = [
    "Este site usa cookies de sessão (PHPSESSID) necessários ao funcionamento do formulário de contacto e cookies do Google Analytics para estatísticas de visitas.",
    "Este site usa cookies de sessão (PHPSESSID) necessários ao funcionamento do formulário de contacto. Os cookies de estatística (Google Analytics 4) só são usados com o seu consentimento.",
    "Este site usa apenas cookies de sessão (PHPSESSID) necessários ao funcionamento do formulário de contacto e da área de cliente. Não usamos cookies de publicidade.",
]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["sessid"] = C.alnum(rng, 26, "abcdefghijklmnopqrstuv0123456789")
    total = 1480 + (when.year - 2021) * 260 + when.month * 9
    s["live"] = (rng.randint(total // 2, total - 80), total)
    s["box"] = tuple((st, rng.randint(0, 4), 4) for st in rng.sample(STATIONS, 3))
    s["tariffs"] = (when.year, (when.month - 1) // 3)
    s["cookies"] = 0 if when < dt.datetime(2021, 10, 1) else (1 if when < dt.datetime(2024, 11, 1) else 2)
    s["layout"] = "divs" if when >= REDESIGN else "table"
    s["mtime"] = C.keep_or(rng, prev.get("mtime"), 0.2, lambda: int(C.epoch(when)) - rng.randint(3600, 40 * 86400))
    s["footer"] = ("%.3f" % rng.uniform(0.018, 0.190), 1200000 + i * 4731 + rng.randint(0, 999))
    return s


LABELS = {
    "sessid": "PHPSESSID appended to site links",
    "live": "live free-charger count in header include",
    "box": "'caixa-postos.inc' free chargers box inside the content (removed)",
    "tariffs": "tariff table and ERSE access-tariff notice (quarterly)",
    "cookies": "cookie policy below the privacy policy (another document) edited",
    "layout": "table layout -> div layout (Sept 2023)",
    "mtime": "?v=filemtime cache-busters",
    "footer": "render time and visit counter in footer",
}


def _inline(t):
    return C.inline_html(t, text=lambda raw: html.escape(raw, quote=False))


def _blocks(blocks):
    out = []
    for kind, v in blocks:
        if kind in ("h1", "h2", "h3"):
            out.append("<%s>%s</%s>" % (kind, _inline(v), kind))
        elif kind == "p":
            out.append("<p>%s</p>" % _inline(v))
        elif kind == "ul":
            out.append("<ul>\n%s\n</ul>" % "\n".join("  <li>%s</li>" % _inline(x) for x in v))
        else:
            raise ValueError(kind)
    return out


def render(s, blocks, when):
    sid = s["sessid"]
    q = "?PHPSESSID=" + sid
    parts = _blocks(blocks)
    at = next(n for n, b in enumerate(blocks) if b[0] == "h2" and b[1].startswith("4."))
    box = ('<!-- inicio caixa-postos.inc -->\n<div class="caixa-postos">\n<b>Postos livres agora</b>\n<ul>\n%s\n</ul>\n'
           '<a href="mapa.php%s">Ver mapa completo</a>\n'
           '<script type="text/javascript">setTimeout(function(){ $(".caixa-postos").load("inc/caixa-postos.php"); }, 60000);</script>\n'
           '</div>\n<!-- fim caixa-postos.inc -->'
           % ("\n".join("<li>%s: %d/%d livres</li>" % b for b in s["box"]), q))
    parts.insert(at, box)
    free, total = s["live"]
    y, qt = s["tariffs"]
    tar = 0.0281 + (y - 2021) * 0.0042 + qt * 0.0007
    rows = "\n".join("<tr><td>%s</td><td>%s</td></tr>" % r for r in [
        ("AC até 22 kW", ("%.3f" % (0.21 + (y - 2021) * 0.02 + qt * 0.005)).replace(".", ",") + " €/kWh"),
        ("DC até 50 kW", ("%.3f" % (0.33 + (y - 2021) * 0.02 + qt * 0.005)).replace(".", ",") + " €/kWh"),
        ("DC ultrarrápido 150 kW", ("%.3f" % (0.44 + (y - 2021) * 0.02 + qt * 0.005)).replace(".", ",") + " €/kWh")])
    side = ('<div class="tarifario">\n<h3>Tarifário em vigor</h3>\n<table class="precos">\n%s\n</table>\n'
            '<p class="nota-erse">Acresce a tarifa de acesso às redes de mobilidade elétrica aprovada pela ERSE para o %dº trimestre de %d: '
            '%s €/kWh. Preços com IVA à taxa legal em vigor.</p>\n</div>' % (rows, qt + 1, y, ("%.4f" % tar).replace(".", ",")))
    content = ("\n".join(parts) + '\n<hr>\n<a name="cookies"></a>\n<h2>Política de Cookies</h2>\n<p>%s</p>\n'
               '<p>Pode apagar os cookies nas definições do seu navegador.</p>' % COOKIES[s["cookies"]])
    nav = " | ".join('<a href="%s%s">%s</a>' % (u, q, l) for u, l in
                     [("index.php", "Início"), ("postos.php", "Postos"), ("tarifas.php", "Tarifários"),
                      ("app.php", "App Rede Volt"), ("contactos.php", "Contactos")])
    header = ('<!-- inicio topo.inc -->\n<div id="topo">\n<a href="index.php%s"><img src="img/logo_redevolt.gif" width="180" height="48" border="0" alt="Rede Volt"></a>\n'
              '<div class="menu">%s</div>\n<div class="contador-postos">Postos disponíveis agora: <b>%s</b> de %s</div>\n</div>\n<!-- fim topo.inc -->'
              % (q, nav, "{:,}".format(free).replace(",", "\u00a0"), "{:,}".format(total).replace(",", "\u00a0")))
    secs, visits = s["footer"]
    footer = ('<!-- inicio rodape.inc -->\n<div id="rodape">\n&copy; 2014-%d Rede Volt &ndash; Mobilidade Elétrica, S.A. | '
              '<a href="privacidade.php%s">Privacidade</a> | <a href="privacidade.php%s#cookies">Cookies</a> | '
              '<a href="https://www.livroreclamacoes.pt/">Livro de Reclamações</a><br>\n'
              '<span class="small">Visitas: %s | Página gerada em %s s</span>\n</div>\n<!-- fim rodape.inc -->'
              % (when.year, q, q, "{:,}".format(visits).replace(",", "."), secs.replace(".", ",")))
    mt = s["mtime"]
    if s["layout"] == "table":
        bodyhtml = ('<table id="layout" width="960" border="0" cellspacing="0" cellpadding="0" align="center">\n<tr><td colspan="2">\n%s\n</td></tr>\n'
                    '<tr>\n<td id="conteudo" valign="top" width="700">\n%s\n</td>\n<td id="lateral" valign="top" width="260">\n%s\n</td>\n</tr>\n'
                    '<tr><td colspan="2">\n%s\n</td></tr>\n</table>' % (header, content, side, footer))
        doctype = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">\n<html>'
        css = '<link href="css/estilos.css?v=%d" rel="stylesheet" type="text/css">' % mt
    else:
        bodyhtml = ('<div id="pagina">\n%s\n<div id="corpo">\n<div id="conteudo">\n%s\n</div>\n<div id="lateral">\n%s\n</div>\n</div>\n%s\n</div>'
                    % (header, content, side, footer))
        doctype = '<!DOCTYPE html>\n<html lang="pt-PT">'
        css = ('<meta name="viewport" content="width=device-width, initial-scale=1">\n'
               '<link href="css/estilos-2023.css?v=%d" rel="stylesheet" type="text/css">' % mt)
    return ('%s\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">\n'
            '<title>Rede Volt - Política de Privacidade</title>\n%s\n'
            '<script type="text/javascript" src="js/jquery-1.12.4.min.js"></script>\n'
            '<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2R1B4XZ"></script>\n'
            '</head>\n<body>\n%s\n</body>\n</html>\n' % (doctype, css, bodyhtml))


PAGE = {
    "service": "Rede Volt", "url": URL, "lang": "pt-PT", "platform": "plain PHP + SSI",
    "content_type": "text/html; charset=windows-1252", "encoding": "cp1252",
    "extra_headers": (("Server", "Apache/2.4.41 (Ubuntu)"), ("X-Powered-By", "PHP/7.4.3"),
                      ("Expires", "Thu, 19 Nov 1981 08:52:00 GMT"),
                      ("Cache-Control", "no-store, no-cache, must-revalidate"), ("Pragma", "no-cache")),
    "n": 30, "start": dt.date(2021, 2, 20), "end": dt.date(2026, 7, 31),
    "policy": POLICY, "first_updated": dt.date(2020, 12, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL,
                    "select": [{"startBefore": "#conteudo h1", "endBefore": "#conteudo a[name=\"cookies\"]"}],
                    "remove": ["#conteudo .caixa-postos"]},
}
