"""Portuguese hostel group (Lisbon, Porto, Lagos) on Squarespace 7.1 (classic layout engine sections).

The policy is one page section: a text block (title, date, introduction), a code block holding the summary table
(Squarespace text blocks have no tables), an accordion block with every numbered section collapsed
(`aria-expanded="false"`), and a code block with the Cloudbeds booking-engine iframe whose `checkin`/`checkout`
dates follow the day of the visit: inside the declared `#sections .sqs-layout`, attribute-only, not removed.
Beside it: Squarespace's platform rollup hashes (several deployments a week), `betaFeatureFlags` in
`Static.SQUARESPACE_CONTEXT`, the site-css version after design edits, the announcement-bar promotion, and the
"upcoming events at the hostels" summary block in the footer."""
import datetime as dt
import html
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MESES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
         "novembro", "dezembro"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


POLICY = """
# Política de Privacidade

Última atualização: {UPDATED}

A Andorinha Hostels, Lda. gere os hostels Andorinha em Lisboa, no Porto e em Lagos e é responsável pelo tratamento dos dados pessoais dos hóspedes e dos visitantes deste site. Levamos a sua privacidade a sério: nesta política explicamos, de forma simples, que dados recolhemos, para que os utilizamos e durante quanto tempo os guardamos, em conformidade com o Regulamento Geral sobre a Proteção de Dados (RGPD) e com a Lei n.º 58/2019, de 8 de agosto.

Em resumo:

| Que dados | Para quê | Durante quanto tempo |
| Nome, contactos e datas da reserva | Gerir a sua reserva e a sua estadia | 5 anos após o check-out |
| Documento de identificação ou passaporte | Boletim de alojamento obrigatório (hóspedes estrangeiros) | 1 ano |
| Dados de faturação | Cumprir obrigações fiscais | 10 anos |
| E-mail, se nos autorizar | Newsletter com eventos e promoções | Até retirar o consentimento |
| Imagens de videovigilância | Segurança dos hóspedes e das instalações | 30 dias |

## 1. Quem somos

@ Andorinha Hostels, Lda.
@ Rua dos Fanqueiros 212, 2.º
@ 1100-232 Lisboa
@ NIPC 514 238 901
@ Registo Nacional de Alojamento Local n.º 45871/AL

Para qualquer questão sobre os seus dados pessoais, escreva-nos para [privacidade@andorinhahostels.pt](mailto:privacidade@andorinhahostels.pt).

## 2. Que dados recolhemos

- Dados da reserva: nome, e-mail, telemóvel, país, datas, tipo de cama ou quarto e pedidos especiais.
- Documento de identificação ou passaporte, que lhe pedimos na recepção no momento do check-in.
- Dados de pagamento, tratados pelo nosso prestador de pagamentos; não guardamos o número completo do seu cartão.
- As mensagens que nos envia por e-mail, WhatsApp ou através das redes sociais.
- Imagens captadas pelas câmaras de videovigilância nas zonas comuns.
- Dados de navegação e cookies, quando visita este site.

Quando utiliza o Wi-Fi gratuito dos hostels, o nosso router regista o endereço MAC do seu dispositivo e a hora de ligação, apenas para garantir a segurança da rede. Estes registos são apagados automaticamente ao fim de 30 dias.

## 3. Reservas feitas noutras plataformas

Se reservou através do Booking.com, da Hostelworld ou da Expedia, essas plataformas transmitem-nos os dados necessários para gerirmos a sua estadia. Se fizer uma reserva de grupo, pedimos ao responsável pelo grupo os nomes dos restantes hóspedes e cabe-lhe informá-los desta política. O tratamento que essas empresas fazem dos seus dados rege-se pelas respetivas políticas de privacidade.

## 4. Comunicação às autoridades

A lei obriga-nos a comunicar a estadia de hóspedes estrangeiros ao Serviço de Estrangeiros e Fronteiras (SEF), através do boletim de alojamento, no prazo de três dias úteis. Para isso utilizamos os dados do seu documento de identificação. Podemos ainda ter de fornecer dados às autoridades policiais ou judiciais, quando estas o solicitem nos termos da lei.

## 5. Com quem partilhamos os seus dados

Não vendemos os seus dados. Recorremos apenas a prestadores de serviços que os tratam por nossa conta e segundo as nossas instruções:

- Cloudbeds (sistema de reservas e de gestão dos hostels), Estados Unidos;
- Stripe Payments Europe, Ltd. (pagamentos online), Irlanda;
- Intuit Mailchimp (envio da newsletter), Estados Unidos;
- Google Ireland Limited (e-mail e documentos internos), Irlanda;
- Squarespace Ireland Limited (alojamento deste site), Irlanda.

## 6. Transferências para fora da União Europeia

Alguns destes prestadores estão sediados nos Estados Unidos. Nestes casos, a transferência dos dados está protegida pelas cláusulas contratuais-tipo aprovadas pela Comissão Europeia ou pelo Quadro de Privacidade de Dados UE-EUA.

## 7. Videovigilância

Para segurança de todos, a receção, as entradas, o bar e a zona dos cacifos são filmados. Nunca há câmaras nos quartos, nas casas de banho ou nos balneários. As imagens são guardadas durante 30 dias e só são vistas pela gerência ou entregues às autoridades, quando estas o pedirem.

## 8. Os seus direitos

Pode, a qualquer momento:

- pedir acesso aos seus dados e uma cópia dos mesmos;
- pedir a retificação de dados incorretos;
- pedir o apagamento dos seus dados, quando já não precisarmos deles;
- opor-se ao tratamento ou pedir a sua limitação;
- pedir a portabilidade dos dados que nos forneceu;
- retirar o seu consentimento, por exemplo cancelando a subscrição da newsletter.

Basta enviar um e-mail para o endereço indicado no ponto 1. Respondemos no prazo máximo de um mês. Se considerar que os seus direitos não foram respeitados, pode apresentar reclamação à Comissão Nacional de Proteção de Dados (CNPD), Av. D. Carlos I, 134, 1.º, 1200-651 Lisboa, [www.cnpd.pt](https://www.cnpd.pt).

## 9. Cookies

Este site usa cookies necessários ao seu funcionamento e, apenas se os aceitar no aviso de cookies, cookies de estatística e de marketing. Pode mudar a sua escolha em qualquer altura através da ligação «Preferências de cookies» no rodapé. O motor de reservas integrado nesta página é fornecido pela Cloudbeds e pode colocar os seus próprios cookies, necessários para concluir a reserva.

## 10. Segurança dos dados

Guardamos os seus dados em sistemas protegidos por palavra-passe e autenticação em dois passos, a que só acede a equipa que deles precisa para trabalhar. Os documentos em papel, como as fichas de grupos, ficam fechados à chave na receção e são destruídos quando deixam de ser necessários.

## 11. Alterações a esta política

Podemos atualizar esta política de vez em quando. A data da última atualização aparece sempre no topo desta página.
"""

EDITS = [
    {"note": "spelling fixed to the 1990 orthographic agreement (recepção -> receção)", "bump": False,
     "repl": [("que lhe pedimos na recepção no momento", "que lhe pedimos na receção no momento")]},
    {"note": "online check-in processor added to the list",
     "repl": [("- Stripe Payments Europe, Ltd. (pagamentos online), Irlanda;",
               "- Stripe Payments Europe, Ltd. (pagamentos online), Irlanda;\n"
               "- Duve Ltd. (check-in online antes da chegada), Israel;")]},
    {"note": "new section on minors (sections renumbered)",
     "repl": [("## 8. Os seus direitos", "## 8. Menores\n\n"
               "Os nossos hostels só aceitam hóspedes com menos de 18 anos quando acompanhados por um adulto "
               "responsável, que nos fornece os dados do menor no check-in. Não recolhemos conscientemente dados de "
               "menores através deste site.\n\n## 9. Os seus direitos"),
              ("## 11. Alterações a esta política", "## 12. Alterações a esta política"),
              ("## 10. Segurança dos dados", "## 11. Segurança dos dados"), ("## 9. Cookies", "## 10. Cookies")]},
    {"note": "SEF abolished: reporting now to the competent authorities via SIBA",
     "repl": [("ao Serviço de Estrangeiros e Fronteiras (SEF), através do boletim de alojamento,",
               "às autoridades competentes, através do boletim de alojamento submetido no Sistema de Informação de "
               "Boletins de Alojamento (SIBA),")]},
    {"note": "newsletter retention limited in the summary table",
     "repl": [("| Newsletter com eventos e promoções | Até retirar o consentimento |",
               "| Newsletter com eventos e promoções | Até retirar o consentimento ou 2 anos sem abrir as nossas mensagens |")]},
    {"note": "office moved (address line changed)",
     "repl": [("@ Rua dos Fanqueiros 212, 2.º\n@ 1100-232 Lisboa", "@ Rua da Madalena 87, 1.º\n@ 1100-319 Lisboa")]},
]

PROMOS = ["Reserve direto no nosso site e poupe 10% com o código ANDORINHA10",
          "Noites de fado às quintas-feiras no hostel de Lisboa – entrada livre para hóspedes",
          "Porto: pequeno-almoço incluído em todas as reservas de inverno",
          "Lagos: aulas de surf com 20% de desconto para hóspedes",
          "Nómadas digitais: 7 noites pelo preço de 6 em quarto privado"]
EVENTS = [("Pub crawl pelo Bairro Alto", "Lisboa", 1), ("Jantar comunitário", "Lisboa", 2),
          ("Walking tour gratuito pela Baixa", "Lisboa", 3), ("Prova de vinho do Porto", "Porto", 4),
          ("Francesinha night", "Porto", 5), ("Pôr do sol na Ponta da Piedade", "Lagos", 6),
          ("Noite de karaoke", "Lagos", 5), ("Aula de pastéis de nata", "Lisboa", 0)]
FLAGS = ["nested_categories", "campaigns_discount_section_in_blasts", "campaigns_new_image_layout_picker",
         "commerce_clearpay", "scripts_defer", "member_areas_feature", "campaigns_import_discounts",
         "override_block_styles", "new_stacked_index", "collection_typename_switching", "enable_form_submission_trigger",
         "i18n_beta_website_locales", "section-sdk-plp-list-view-atc-button-enabled", "marketing_landing_page",
         "fluid_engine_default_stretched", "rte_text_justify_alignment", "visitor_react_forms"]
WD = ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."]


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}
    mk_roll = lambda: tuple(C.hexs(rng, 8) for _ in range(6))
    st["rollups"] = C.keep_or(rng, prev.get("rollups"), 0.45, mk_roll)
    st["flags"] = C.keep_or(rng, prev.get("flags"), 0.15, lambda: tuple(sorted(rng.sample(FLAGS, 11))))
    v, n = prev.get("site_css") or (23, 1530)
    st["site_css"] = C.keep_or(rng, prev.get("site_css"), 0.1, lambda: (v + 1, n + rng.randint(1, 40)))
    st["promo"] = C.keep_or(rng, prev.get("promo"), 0.25, lambda: rng.randrange(len(PROMOS)))
    lis = when + dt.timedelta(hours=1 if 4 <= when.month <= 10 else 0)
    d = lis.date()
    ev = []
    for k in range(14):
        day = d + dt.timedelta(days=k)
        for name, city, wd in EVENTS:
            if day.weekday() == wd and len(ev) < 4:
                ev.append((name, city, day.isoformat()))
    st["events"] = tuple(ev)
    st["checkin"] = d.isoformat()
    if prev and all(st[k] == prev.get(k) for k in st):
        st["rollups"] = mk_roll()
    return st


LABELS = {"rollups": "Squarespace rollup script hashes", "flags": "betaFeatureFlags in SQUARESPACE_CONTEXT",
          "site_css": "versioned site.css", "promo": "announcement bar promotion",
          "events": "upcoming-events summary (footer)", "checkin": "Cloudbeds iframe check-in date (inside container)"}

P = ' class="" style="white-space:pre-wrap;"'


def rte(blocks):
    out = []
    for kind, v in blocks:
        if kind in ("h1", "h2", "h3"):
            out.append('<%s style="white-space:pre-wrap;">%s</%s>' % (kind, C.inline_html(v), kind))
        elif kind in ("ul", "ol"):
            out.append('<ul data-rte-list="default">%s</ul>' % "".join("<li><p%s>%s</p></li>" % (P, C.inline_html(x)) for x in v))
        elif kind == "addr":
            out.append("<p%s>%s</p>" % (P, "<br>".join(C.inline_html(x) for x in v)))
        else:
            out.append("<p%s>%s</p>" % (P, C.inline_html(v)))
    return "".join(out)


def yui(key):
    n = int(C.det_sha("sqs", key)[:10], 16) % 90000000 + 10000000
    return "yui_3_17_2_1_1671%09d_%d" % (n, int(C.det_sha("sqs2", key)[:4], 16) % 90000 + 1000)


def html_block(key, blocks):
    return ('<div class="sqs-block html-block sqs-block-html" data-block-type="2" data-border-radii="&#123;&quot;topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;,&quot;topRight&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;,&quot;bottomLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;,&quot;bottomRight&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;&#125;" id="block-%s"><div class="sqs-block-content">\n\n<div class="sqs-html-content">\n  %s\n  </div>\n\n\n\n\n\n\n\n\n\n\n</div></div>'
            % (yui(key), rte(blocks)))


def code_block(key, inner):
    return ('<div class="sqs-block code-block sqs-block-code" data-block-type="23" id="block-%s"><div class="sqs-block-content">%s</div></div>'
            % (yui(key), inner))


def accordion(key, secs):
    bid = "block-" + yui(key)
    items = []
    for n, (h, body) in enumerate(secs):
        items.append("""<li class="accordion-item">
    <div class="accordion-divider accordion-divider--top" aria-hidden="true" style="height: 1px; opacity: 1;"></div>
    <h4 class="accordion-item__title-wrapper" role="heading" aria-level="3">
      <button class="accordion-item__click-target" aria-expanded="false" id="button-%(b)s-%(n)d" aria-controls="dropdown-%(b)s-%(n)d" style="padding-top: 30px; padding-bottom: 30px; padding-left: 0px; padding-right: 0px;">
        <span class="accordion-item__title" style="padding-right: 14px;">%(h)s</span>
        <div class="accordion-icon-container" data-is-open="false" aria-hidden="true" style="height: 14px; width: 14px;">
          <div class="plus"><div class="plus__horizontal-line" style="height: 1px"></div><div class="plus__vertical-line" style="width: 1px"></div></div>
        </div>
      </button>
    </h4>
    <div class="accordion-item__dropdown" role="region" id="dropdown-%(b)s-%(n)d" aria-labelledby="button-%(b)s-%(n)d">
      <div class="accordion-item__description" style="padding-bottom: 30px; padding-left: 0px; padding-right: 14px; min-width: 70%%; max-width: 300px;">%(body)s</div>
    </div>
    <div class="accordion-divider" aria-hidden="true" style="height: 1px; opacity: 1;"></div>
  </li>""" % {"b": bid, "n": n, "h": C.inline_html(h), "body": rte(body)})
    return ('<div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69" id="%s"><div class="sqs-block-content">\n'
            '<ul class="accordion-items-container" data-should-allow-multiple-open-items="" data-is-divider-enabled="true" '
            'data-is-first-divider-visible="true" data-is-last-divider-visible="true" data-is-expanded-first-item="" '
            'data-accordion-title-alignment="left" data-accordion-description-alignment="left" '
            'data-accordion-description-placement="left" data-accordion-icon-placement="right">\n  %s\n</ul>\n</div></div>'
            % (bid, "\n  ".join(items)))


def render(state, blocks, when):
    head, secs = C.split_sections(blocks)
    k = next(j for j, b in enumerate(head) if b[0] == "table")
    v = head[k][1]
    table = ('<table class="resumo-privacidade"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>'
             % ("".join("<th>%s</th>" % C.inline_html(x) for x in v[0]),
                "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r) for r in v[1:])))
    ci = dt.date.fromisoformat(state["checkin"])
    co = ci + dt.timedelta(days=2)
    iframe = ('<iframe src="https://hotels.cloudbeds.com/reservation/aNdOr1?widget=1&amp;currency=eur&amp;lang=pt-br&amp;checkin=%s&amp;checkout=%s" '
              'style="width:100%%;height:620px;border:0;" loading="lazy"></iframe>' % (ci.isoformat(), co.isoformat()))
    blocks_html = [html_block("head", head[:k]), code_block("table", table)]
    if head[k + 1:]:
        blocks_html.append(html_block("afterTable", head[k + 1:]))
    blocks_html.append(accordion("acc", secs))
    blocks_html.append('<div class="sqs-block spacer-block sqs-block-spacer sized vsize-1" data-block-type="21" id="block-%s"><div class="sqs-block-content">&nbsp;</div></div>' % yui("spacer"))
    blocks_html.append(code_block("cloudbeds", iframe))
    r = state["rollups"]
    ctx = {"facebookAppId": "314192535267336", "facebookApiVersion": "v6.0", "rollups": {
        "squarespace-announcement-bar": {"js": "//assets.squarespace.com/universal/scripts-compressed/announcement-bar-%s-min.pt-PT.js" % r[0]},
        "squarespace-audio-player": {"css": "//assets.squarespace.com/universal/styles-compressed/audio-player-%s-min.pt-PT.css" % r[1]},
        "squarespace-widgets-accordion": {"js": "//assets.squarespace.com/universal/scripts-compressed/accordion-%s-min.pt-PT.js" % r[2]}},
        "pageType": 2, "website": {"id": "63a1f2c8e4b0d95b1c7e3a10", "identifier": "andorinha-hostels", "websiteType": 1,
                                   "contentModifiedOn": 1671300000000, "cloneable": False, "hasBeenCloneable": False,
                                   "siteStatus": {}, "language": "pt-PT", "timeZone": "Europe/Lisbon",
                                   "machineTimeZoneOffset": 0, "timeZoneOffset": 0, "timeZoneAbbr": "WET",
                                   "siteTitle": "Andorinha Hostels", "fullSiteTitle": "Política de Privacidade \u2014 Andorinha Hostels",
                                   "location": {}, "shareButtonOptions": {}, "authenticUrl": "https://www.andorinhahostels.pt",
                                   "internalUrl": "https://andorinha-hostels.squarespace.com", "baseUrl": "https://www.andorinhahostels.pt",
                                   "primaryDomain": "www.andorinhahostels.pt", "sslSetting": 3, "isHstsEnabled": True,
                                   "socialAccounts": [], "typekitId": "", "statsMigrated": False, "imageMetadataProcessingEnabled": False,
                                   "captchaSettings": {"enabledForDonations": False}, "showOwnerLogin": False},
        "websiteSettings": {"id": "63a1f2c8e4b0d95b1c7e3a13", "websiteId": "63a1f2c8e4b0d95b1c7e3a10", "subjects": [],
                            "country": "PT", "state": "11", "simpleLikingEnabled": True, "mobileInfoBarSettings": {},
                            "announcementBarSettings": {"style": 2, "text": "<p data-rte-preserve-empty=\"true\" style=\"white-space:pre-wrap;\">%s</p>" % html.escape(PROMOS[state["promo"]]),
                                                        "clickthroughUrl": {"url": "/reservar", "newWindow": False}},
                            "commentLikesAllowed": True, "commentAnonAllowed": True, "commentThreaded": True,
                            "commentApprovalRequired": False, "commentAvatarsOn": True, "commentSortType": 2,
                            "commentFlagThreshold": 0, "commentFlagsAllowed": True, "commentEnableByDefault": True,
                            "commentDisableAfterDaysDefault": 0, "disqusShortname": "", "commentsEnabled": False,
                            "storeSettings": {}, "useEscapeKeyToLogin": False, "ssBadgeType": 1, "ssBadgePosition": 4,
                            "ssBadgeVisibility": 1, "ssBadgeDevices": 1, "pinterestOverlayOptions": {"mode": "disabled"},
                            "userAccountsSettings": {"loginAllowed": False, "signupAllowed": False}},
        "cookieSettings": {"isCookieBannerEnabled": True, "isRestrictiveCookiePolicyEnabled": True, "cookieBannerText": "",
                           "cookieBannerTheme": "", "cookieBannerVariant": "", "cookieBannerPosition": "", "cookieBannerCtaVariant": "",
                           "cookieBannerCtaText": "", "cookieBannerAcceptType": "OPT_IN", "cookieBannerOptOutCtaText": "",
                           "cookieBannerHasOptOut": False, "cookieBannerHasManageCookies": True, "cookieBannerManageCookiesLabel": "",
                           "cookieBannerSavedPreferencesText": "Preferências de cookies", "cookieBannerSavedPreferencesLayout": "PILL"},
        "websiteCloneable": False, "collection": {"title": "Privacidade", "id": "63a1f4d0e4b0d95b1c7e3b21", "fullUrl": "/privacidade",
                                                  "type": 10, "permissionType": 1},
        "subscribed": False, "appDomain": "squarespace.com", "templateTweakable": True, "tweakJSON": {
            "form-use-theme-colors": "false", "header-logo-height": "48px", "header-mobile-logo-max-height": "30px",
            "header-vert-padding": "1.5vw", "header-width": "Full", "maxPageWidth": "1400px", "pagePadding": "3vw",
            "tweak-blog-alternating-side-by-side-image-aspect-ratio": "1:1 Square"},
        "templateId": "5c5a519771c10ba3470d8101", "templateVersion": "7.1", "pageFeatures": [1, 2, 4],
        "gmRenderKey": "QUl6YVN5Q0JUUk9xNkx1dkZfSUUxcjQ2LVQ0QWVUU1YtMGQ3bXk4", "templateScriptsRootUrl":
            "https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/",
        "impersonatedSession": False, "demoCollections": [], "tzData": {"zones": [[0, "EU", "WE%sT", None]],
            "rules": {"EU": [[1981, "max", None, "Mar", "lastSun", "1:00u", "1:00", "S"], [1996, "max", None, "Oct", "lastSun", "1:00u", "0", None]]}},
        "showAnnouncementBar": True, "betaFeatureFlags": list(state["flags"]),
        "videoAssetsFeatureFlags": ["mux-data-video-collection", "mux-data-course-collection"],
        "recaptchaEnterpriseContext": {"recaptchaEnterpriseSiteKey": "6LdDFQwjAAAAAPigEvvPgEVbb7QBm-TkVJdDTlAv"},
        "i18nContext": {"timeZoneData": {"id": "Europe/Lisbon", "name": "Hora da Europa Ocidental"}}, "env": "PRODUCTION"}
    site_v, site_n = state["site_css"]
    ev_html = "".join(
        '<div class="summary-item summary-item-record-type-event sqs-gallery-design-autocolumns-slide">'
        '<div class="summary-content sqs-gallery-meta-container"><div class="summary-metadata-container summary-metadata-container--above-title">'
        '<div class="summary-metadata summary-metadata--primary"><time class="summary-metadata-item summary-metadata-item--date" datetime="%s">%s %d %s</time>'
        '<span class="summary-metadata-item summary-metadata-item--location">%s</span></div></div>'
        '<div class="summary-title"><a href="/eventos/%s" class="summary-title-link">%s</a></div></div></div>'
        % (day, WD[dt.date.fromisoformat(day).weekday()], dt.date.fromisoformat(day).day,
           MESES[dt.date.fromisoformat(day).month - 1][:3] + ".", city,
           C.det_sha(name, day)[:10], html.escape(name)) for name, city, day in state["events"])
    return """<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="pt-PT"  >
  <head>
    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <!-- This is Squarespace. --><!-- andorinha-hostels -->
<base href="">
<meta charset="utf-8" />
<title>Política de Privacidade &mdash; Andorinha Hostels</title>
<meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version, Sec-CH-UA-Model" /><link rel="icon" type="image/x-icon" href="https://images.squarespace-cdn.com/content/v1/63a1f2c8e4b0d95b1c7e3a10/5f1c2d3e-favicon/favicon.ico?format=100w"/>
<link rel="canonical" href="https://www.andorinhahostels.pt/privacidade"/>
<meta property="og:site_name" content="Andorinha Hostels"/>
<meta property="og:title" content="Política de Privacidade &mdash; Andorinha Hostels"/>
<meta property="og:url" content="https://www.andorinhahostels.pt/privacidade"/>
<meta property="og:type" content="website"/>
<meta itemprop="name" content="Política de Privacidade — Andorinha Hostels"/>
<meta itemprop="url" content="https://www.andorinhahostels.pt/privacidade"/>
<meta name="twitter:title" content="Política de Privacidade — Andorinha Hostels"/>
<meta name="twitter:url" content="https://www.andorinhahostels.pt/privacidade"/>
<meta name="twitter:card" content="summary"/>
<meta name="description" content="" />
<link rel="preconnect" href="https://images.squarespace-cdn.com">
<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Karla:ital,wght@0,400;0,700;1,400;1,700&family=Space+Grotesk:wght@500"><script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript" crossorigin="anonymous" defer="true" src="//assets.squarespace.com/@sqs/polyfiller/1.6/modern.js"></script>
<script type="text/javascript">SQUARESPACE_ROLLUPS = {};</script>
<script>(function(rollups, name) { if (!rollups[name]) { rollups[name] = {}; } rollups[name].js = ["//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime-%(r3)s-min.pt-PT.js"]; })(SQUARESPACE_ROLLUPS, 'squarespace-extract_css_runtime');</script>
<script crossorigin="anonymous" src="//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime-%(r3)s-min.pt-PT.js" defer ></script><script>(function(rollups, name) { if (!rollups[name]) { rollups[name] = {}; } rollups[name].js = ["//assets.squarespace.com/universal/scripts-compressed/cldr-resource-pack-%(r4)s-min.pt-PT.js"]; })(SQUARESPACE_ROLLUPS, 'squarespace-cldr_resource_pack');</script>
<script crossorigin="anonymous" src="//assets.squarespace.com/universal/scripts-compressed/cldr-resource-pack-%(r4)s-min.pt-PT.js" defer ></script><script>(function(rollups, name) { if (!rollups[name]) { rollups[name] = {}; } rollups[name].js = ["//assets.squarespace.com/universal/scripts-compressed/common-%(r5)s-min.pt-PT.js"]; })(SQUARESPACE_ROLLUPS, 'squarespace-common');</script>
<script crossorigin="anonymous" src="//assets.squarespace.com/universal/scripts-compressed/common-%(r5)s-min.pt-PT.js" defer ></script><script data-name="static-context">Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = %(ctx)s;</script>
<script type="application/ld+json">{"url":"https://www.andorinhahostels.pt","name":"Andorinha Hostels","@context":"http://schema.org","@type":"WebSite"}</script><script type="application/ld+json">{"legalName":"Andorinha Hostels, Lda.","address":"Lisboa, Porto, Lagos","email":"ola@andorinhahostels.pt","telephone":"+351 213 470 112","sameAs":[],"@context":"http://schema.org","@type":"Organization"}</script><link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/63a1f2c8e4b0d95b1c7e3a10/%(site_v)d/5c5a519771c10ba3470d8101/63a1f2c8e4b0d95b1c7e3a2f/%(site_n)d/site.css"/><script>Static.COOKIE_BANNER_CAPABLE = true;</script>
<!-- End of Squarespace Headers -->
  </head>

  <body id="collection-63a1f4d0e4b0d95b1c7e3b21" class="form-use-theme-colors form-field-style-solid form-field-shape-square form-field-border-all form-field-checkbox-type-icon form-field-checkbox-fill-solid form-field-checkbox-color-inverted form-field-checkbox-shape-square form-field-checkbox-layout-stack form-field-radio-type-icon form-field-radio-fill-solid form-field-radio-color-normal form-field-radio-shape-pill form-field-radio-layout-stack form-field-survey-fill-solid form-field-survey-color-normal form-field-survey-shape-pill form-field-hover-focus-outline form-submit-button-style-label header-overlay-alignment-center header-width-full   tweak-fixed-header-style-basic tweak-blog-alternating-side-by-side-width-full tweak-blog-alternating-side-by-side-image-aspect-ratio-11-square tweak-blog-alternating-side-by-side-text-alignment-left tweak-blog-alternating-side-by-side-read-more-style-show tweak-blog-alternating-side-by-side-image-text-alignment-middle tweak-blog-alternating-side-by-side-delimiter-bullet tweak-blog-alternating-side-by-side-meta-position-top tweak-blog-alternating-side-by-side-primary-meta-categories tweak-blog-alternating-side-by-side-secondary-meta-date tweak-blog-alternating-side-by-side-excerpt-show primary-button-style-solid primary-button-shape-pill secondary-button-style-outline secondary-button-shape-pill tertiary-button-style-solid tertiary-button-shape-underline image-block-poster-text-alignment-left image-block-card-content-position-center image-block-card-text-alignment-left image-block-overlap-content-position-center image-block-overlap-text-alignment-left image-block-collage-content-position-center image-block-collage-text-alignment-left image-block-stack-text-alignment-left hide-opentable-icons opentable-style-dark tweak-product-quick-view-button-style-floating tweak-product-quick-view-button-position-bottom tweak-product-quick-view-lightbox-excerpt-display-truncate tweak-product-quick-view-lightbox-show-arrows tweak-product-quick-view-lightbox-show-close-button tweak-product-quick-view-lightbox-controls-weight-light native-currency-code-eur collection-63a1f4d0e4b0d95b1c7e3b21 collection-type-page collection-layout-default mobile-style-available sqs-seven-one
      
        
          
            
              
            
          
        
      
    " tabindex="-1"
  >
    <div
      id="siteWrapper"
      class="clearfix site-wrapper"
    >
      
        <div id="floatingCart" class="floating-cart hidden">
          <a href="/cart" class="icon icon--stroke icon--fill icon--cart sqs-custom-cart">
            <span class="Cart-inner">
              <svg class="icon icon--cart" width="61" height="49" viewBox="0 0 61 49"><path fill-rule="evenodd" clip-rule="evenodd" d="M0.5 2C0.5 1.17157 1.17157 0.5 2 0.5H13.6362C14.3878 0.5 15.0234 1.05632 15.123 1.80135L16.431 11.5916H59C59.5122 11.5916 59.989 11.8529 60.2645 12.2847C60.54 12.7165 60.5762 13.2591 60.3604 13.7236L50.182 35.632C49.9361 36.1614 49.4054 36.5 48.8217 36.5H18.0453C17.2937 36.5 16.6581 35.9437 16.5585 35.1987L12.3233 3.5H2C1.17157 3.5 0.5 2.82843 0.5 2Z"></path></svg>
              <div class="legacy-cart icon-cart-quantity"><span class="sqs-cart-quantity">0</span></div>
            </span>
          </a>
        </div>
      

      <header
        data-test="header"
        id="header"
        class="header theme-col--primary"
        data-section-theme=""
        data-controller="Header"
        data-current-styles="{&quot;layout&quot;: &quot;navRight&quot;, &quot;action&quot;: {&quot;href&quot;: &quot;/reservar&quot;, &quot;buttonText&quot;: &quot;Reservar&quot;, &quot;newWindow&quot;: false}, &quot;showSocial&quot;: true}"
        data-section-id="header"
      >
        <div class="sqs-announcement-bar-dropzone"></div>
        <div class="header-announcement-bar-wrapper">
          <div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
            <div class="header-display-desktop" data-content-field="site-title">
              <div class="header-title-nav-wrapper">
                <div class="header-title" data-animation-role="header-element">
                  <div class="header-title-logo"><a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/63a1f2c8e4b0d95b1c7e3a10/8d1e5c2b-logo/andorinha-logo.png?format=1500w" alt="Andorinha Hostels" style="display:block" fetchpriority="high" loading="eager" decoding="async" data-loader="raw"></a></div>
                </div>
                <div class="header-nav">
                  <div class="header-nav-wrapper">
                    <nav class="header-nav-list">
                      <div class="header-nav-item header-nav-item--collection"><a href="/lisboa" data-animation-role="header-element">Lisboa</a></div>
                      <div class="header-nav-item header-nav-item--collection"><a href="/porto" data-animation-role="header-element">Porto</a></div>
                      <div class="header-nav-item header-nav-item--collection"><a href="/lagos" data-animation-role="header-element">Lagos</a></div>
                      <div class="header-nav-item header-nav-item--collection"><a href="/eventos" data-animation-role="header-element">Eventos</a></div>
                      <div class="header-nav-item header-nav-item--collection"><a href="/faq" data-animation-role="header-element">FAQ</a></div>
                    </nav>
                  </div>
                </div>
              </div>
              <div class="header-actions header-actions--right">
                <div class="header-actions-action header-actions-action--cta" data-animation-role="header-element"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/reservar">Reservar</a></div>
              </div>
            </div>
          </div>
        </div>
      </header>

      <main id="page" class="container" role="main">
        
          
<article class="sections" id="sections" data-page-sections="63a1f4d0e4b0d95b1c7e3b25">
  
  
    
    


  


<section
  data-test="page-section"
  
  data-section-theme=""
  class='page-section 
    
      layout-engine-section
    
    background-width--full-bleed
    
      section-height--medium
    
    
      content-width--narrow
    
    horizontal-alignment--center
    vertical-alignment--middle
    
      
    
    
    '
  
  data-section-id="63a1f4d0e4b0d95b1c7e3b27"
  
  data-controller="SectionWrapperController"
  data-current-styles="{&quot;imageOverlayOpacity&quot;: 0.15, &quot;backgroundWidth&quot;: &quot;background-width--full-bleed&quot;, &quot;sectionHeight&quot;: &quot;section-height--medium&quot;, &quot;horizontalAlignment&quot;: &quot;horizontal-alignment--center&quot;, &quot;verticalAlignment&quot;: &quot;vertical-alignment--middle&quot;, &quot;contentWidth&quot;: &quot;content-width--narrow&quot;, &quot;sectionTheme&quot;: &quot;&quot;, &quot;sectionAnimation&quot;: &quot;none&quot;, &quot;backgroundMode&quot;: &quot;image&quot;}"
  data-current-context="{&quot;video&quot;: {&quot;playbackSpeed&quot;: 0.5, &quot;filter&quot;: 1, &quot;filterStrength&quot;: 0, &quot;zoom&quot;: 0, &quot;videoSourceProvider&quot;: &quot;none&quot;}, &quot;backgroundImageId&quot;: null, &quot;backgroundMediaEffect&quot;: null, &quot;divider&quot;: null, &quot;typeName&quot;: &quot;page&quot;}"
  data-animation="none"
  
  
>
  <div
    class="section-border" 
  >
    <div class="section-background">
    </div>
  </div>
  <div
    class='content-wrapper'
    style='
      
        
      
    '
  >
    <div
      class="content"
      
    >
      <div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-63a1f4d0e4b0d95b1c7e3b27"><div class="row sqs-row"><div class="col sqs-col-12 span-12">%(blocks)s</div></div></div>
    </div>
  
  </div>
  
</section>

  
</article>


          

          
            
          
        
      </main>
      
        <footer class="sections" id="footer-sections" data-footer-sections>
  
  
    
    


  


<section
  data-test="page-section"
  
  data-section-theme="black"
  class='page-section 
    
      layout-engine-section
    
    background-width--full-bleed
    
      section-height--small
    
    
      content-width--wide
    
    horizontal-alignment--center
    vertical-alignment--middle
    
      
    
    
    '
  
  data-section-id="63a1f2c9e4b0d95b1c7e3a55"
  
  data-controller="SectionWrapperController"
  data-current-styles="{&quot;imageOverlayOpacity&quot;: 0.15, &quot;backgroundWidth&quot;: &quot;background-width--full-bleed&quot;, &quot;sectionHeight&quot;: &quot;section-height--small&quot;, &quot;horizontalAlignment&quot;: &quot;horizontal-alignment--center&quot;, &quot;verticalAlignment&quot;: &quot;vertical-alignment--middle&quot;, &quot;contentWidth&quot;: &quot;content-width--wide&quot;, &quot;sectionTheme&quot;: &quot;black&quot;, &quot;sectionAnimation&quot;: &quot;none&quot;, &quot;backgroundMode&quot;: &quot;image&quot;}"
  data-animation="none"
  
  
>
  <div class="section-border"><div class="section-background"></div></div>
  <div class='content-wrapper' style=''>
    <div class="content">
      <div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-63a1f2c9e4b0d95b1c7e3a55"><div class="row sqs-row"><div class="col sqs-col-8 span-8"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1671301102256_4411"><div class="sqs-block-content"><div class="sqs-html-content"><h3 style="white-space:pre-wrap;">Próximos eventos nos hostels</h3></div></div></div><div class="sqs-block summary-v2-block sqs-block-summary-v2" data-block-type="55" id="block-yui_3_17_2_1_1671301102256_5120"><div class="sqs-block-content"><div class="summary-block-wrapper summary-block-collection-type-events summary-block-setting-design-autocolumns"><div class="summary-item-list-container sqs-gallery-container"><div class="summary-item-list sqs-gallery">%(events)s</div></div></div></div></div></div><div class="col sqs-col-4 span-4"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1671301102256_6302"><div class="sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">Andorinha Hostels, Lda. · RNAL 45871/AL</p><p class="" style="white-space:pre-wrap;"><a href="/privacidade">Política de Privacidade</a> · <a href="/termos">Termos e condições</a> · <a href="#" class="sqs-cookie-banner-manage-link">Preferências de cookies</a> · <a href="https://www.livroreclamacoes.pt/">Livro de Reclamações</a></p></div></div></div></div></div></div>
    </div>
  </div>
</section>

  
</footer>

      
    </div>

    <script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.%(bundle)s.js" type="text/javascript"></script>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" style="display:none" data-usage="social-icons-svg"><symbol id="instagram-unauth-icon" viewBox="0 0 64 64"><path d="M46.91,25.816c-0.073-1.597-0.326-2.687-0.697-3.641c-0.383-0.986-0.896-1.823-1.73-2.657"/></symbol></svg>

  </body>
</html>
""" % {"r3": r[3], "r4": r[4], "r5": r[5], "ctx": json.dumps(ctx, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/"),
       "site_v": site_v, "site_n": site_n, "blocks": "".join(blocks_html), "events": ev_html,
       "bundle": C.det_sha("sqs-bundle", r[0])[:20]}


PAGE = {
    "service": "Andorinha Hostels",
    "url": "https://www.andorinhahostels.pt/privacidade",
    "lang": "pt-PT",
    "platform": "Squarespace 7.1 (classic layout sections, accordion block, code blocks)",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "Squarespace"), ("X-Contextid", "Xb7Qm2Lk/nR4pW8tZ"), ("Vary", "Accept-Encoding"),
                      ("Cache-Control", "no-cache, private")),
    "n": 30,
    "start": dt.date(2022, 1, 20),
    "end": dt.date(2025, 5, 31),
    "policy": POLICY,
    "first_updated": dt.date(2021, 11, 3),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"select": "#sections .sqs-layout"},
}
