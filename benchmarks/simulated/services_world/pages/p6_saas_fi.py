"""Tietovirta - fi B2B SaaS - HubSpot CMS Hub (theme + rich text module), HubSpot CTA/forms, status widget."""
import datetime as dt
import common as C

URL = "https://www.tietovirta.fi/tietosuojaseloste"


def fmt_date(d):
    return "%d.%d.%d" % (d.day, d.month, d.year)


POLICY = """
# Tietosuojaseloste

Päivitetty {UPDATED}

Tämä tietosuojaseloste koskee Tietovirta Oy:n asiakkaiden, asiakkaiden yhteyshenkilöiden, verkkosivuston käyttäjien ja uutiskirjeen tilaajien henkilötietojen käsittelyä.

## Rekisterinpitäjä

@ Tietovirta Oy (Y-tunnus 2745613-8)
@ Hatsinanpuisto 8
@ 02600 Espoo
@ [tietosuoja@tietovirta.fi](mailto:tietosuoja@tietovirta.fi)

## Käsiteltävät henkilötiedot

- yhteyshenkilön nimi, titteli, organisaatio, sähköpostiosoite ja puhelinnumero;
- laskutustiedot ja sopimushistoria;
- palvelun käyttöön liittyvät lokitiedot, kuten kirjautumisajat ja IP-osoitteet;
- verkkosivuston käyttötiedot evästeiden avulla.

## Käsittelyn tarkoitus ja oikeusperuste

Käsittelemme henkilötietoja asiakassuhteen hoitamiseksi ja sopimuksen täytäntöön panemiseksi, palvelun tietoturvan varmistamiseksi oikeutetun edun perusteella sekä suoramarkkinointiin suostumuksesi perusteella.

## Alihankkijat

Käytämme palvelun tuottamisessa seuraavia alihankkijoita:

| Alihankkija | Tarkoitus | Sijainti |
| Amazon Web Services EMEA SARL | Palvelun hosting | Irlanti |
| HubSpot, Inc. | Asiakkuudenhallinta ja markkinointi | Yhdysvallat |
| Zendesk, Inc. | Asiakastuki | Yhdysvallat |

## Säilytysaika

Asiakkuuteen liittyviä tietoja säilytetään asiakassuhteen ajan ja sen jälkeen 3 vuotta. Lokitietoja säilytetään 12 kuukautta.

## Rekisteröidyn oikeudet

Sinulla on oikeus tarkastaa tietosi, vaatia tietojen oikaisemista tai poistamista sekä vastustaa käsittelyä. Voit tehdä valituksen tietosuojavaltuutetun toimistolle.
"""

EDITS = [
    {"note": "subprocessor table: new row (OpenAI via Azure, Sweden) for AI-assisted support",
     "repl": [("| Zendesk, Inc. | Asiakastuki | Yhdysvallat |", "| Zendesk, Inc. | Asiakastuki | Yhdysvallat |\n| Microsoft Ireland Operations Ltd (Azure OpenAI) | Tekoälyavusteinen asiakastuki | Ruotsi |")]},
    {"note": "log retention extended from 12 to 24 months (NIS2-related security logging)",
     "repl": [("Lokitietoja säilytetään 12 kuukautta.", "Lokitietoja säilytetään 24 kuukautta tietoturvapoikkeamien selvittämiseksi.")]},
    {"note": "controller address changed within Espoo (Hatsinanpuisto 8, 02600 -> Keilaranta 1, 02150)",
     "repl": [("@ Hatsinanpuisto 8\n@ 02600 Espoo", "@ Keilaranta 1\n@ 02150 Espoo")]},
    {"note": "Zendesk replaced by Freshworks in subprocessor table; AWS location Ireland -> Frankfurt, Germany",
     "repl": [("| Zendesk, Inc. | Asiakastuki | Yhdysvallat |", "| Freshworks Inc. | Asiakastuki | Alankomaat |"),
              ("| Amazon Web Services EMEA SARL | Palvelun hosting | Irlanti |", "| Amazon Web Services EMEA SARL | Palvelun hosting | Saksa |")]},
    {"note": "rights section: link to tietosuoja.fi and data-portability right added",
     "repl": [("sekä vastustaa käsittelyä. Voit tehdä valituksen tietosuojavaltuutetun toimistolle.", "sekä vastustaa käsittelyä. Sinulla on myös oikeus siirtää tiedot järjestelmästä toiseen. Voit tehdä valituksen tietosuojavaltuutetun toimistolle ([tietosuoja.fi](https://tietosuoja.fi)).")]},
]

WEBINARS = ["Näin automatisoit taloushallinnon raportoinnin", "NIS2-direktiivi: mitä IT-johdon pitää tietää",
            "Tekoäly asiakaspalvelussa – käytännön kokemuksia", "Pilvisiirtymä ilman yllätyksiä", "Tietovirta 2.0 -julkistus",
            "Datan laatu kuntoon 30 päivässä"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"tokens": (C.hexs(rng, 32), str(rng.randint(10**12, 10**13)), C.uuid4(rng))}
    s["webinars"] = C.keep_or(rng, prev.get("webinars"), 0.7, lambda: tuple(rng.sample(range(len(WEBINARS)), 2)))
    s["status"] = rng.choice(["ok", "ok", "ok", "ok", "degraded", "maintenance"])
    s["variant"] = rng.choice(["control", "variant"])
    s["theme"] = C.keep_or(rng, prev.get("theme"), 0.3, lambda: str(rng.randint(10**10, 10**11)))
    s["cta"] = C.keep_or(rng, prev.get("cta"), 0.4, lambda: C.uuid4(rng))
    return s


LABELS = {"tokens": "per-visit ids (hsVars correlation id, HubSpot form instance, analytics uuid)",
          "webinars": "'Tulevat webinaarit' list with dates", "status": "service status widget",
          "variant": "HubSpot A/B test page variant (hero copy)", "theme": "theme asset version (?v=)",
          "cta": "HubSpot CTA guid (CTA embedded inside the rich-text module)"}


def render(s, blocks, when):
    corr, formid, aid = s["tokens"]
    status = {"ok": ("ok", "Kaikki järjestelmät toiminnassa"), "degraded": ("warn", "Osittainen häiriö raportoinnissa"),
              "maintenance": ("info", "Huoltokatko su klo 22–24")}[s["status"]]
    webs = "".join('<li><time datetime="%s">%s</time> <a href="/webinaarit/%d">%s</a></li>'
                   % ((when + dt.timedelta(days=9 + 14 * n)).date().isoformat(), fmt_date((when + dt.timedelta(days=9 + 14 * n)).date()), k, WEBINARS[k])
                   for n, k in enumerate(s["webinars"]))
    head, secs = C.split_sections(blocks[1:])
    parts = [C.blocks_html(head)]
    for n, (t, bl) in enumerate(secs):
        parts.append("<h2>%s</h2>%s" % (C.inline_html(t), C.blocks_html(bl)))
        if n == 1:
            g = s["cta"]
            parts.append('<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-%s"><span class="hs-cta-node hs-cta-%s" id="hs-cta-%s">'
                         '<a href="https://cta-redirect.hubspot.com/cta/redirect/5123456/%s"><img class="hs-cta-img" src="https://no-cache.hubspot.com/cta/default/5123456/%s.png" alt="Lataa tietoturvaopas"></a></span></span><!-- end HubSpot Call-to-Action Code -->' % (g, g, g, g, g))
    hero = "Tietoturvallista dataa suomalaisille yrityksille" if s["variant"] == "control" else "Data, johon voit luottaa"
    return ('<!doctype html><html lang="fi"><head>\n<meta charset="utf-8">\n<title>Tietosuojaseloste | Tietovirta</title>\n'
            '<meta name="generator" content="HubSpot">\n'
            '<link rel="stylesheet" href="https://www.tietovirta.fi/hubfs/hub_generated/template_assets/1/58012345678/%s/template_main.min.css">\n'
            '<script>var hsVars = {render_id: "%s", ticks: %s, page_id: 98765432101, content_group_id: 0, portal_id: 5123456, app_hs_base_url: "https://app-eu1.hubspot.com", cp_hs_base_url: "https://cp-eu1.hubspot.com", language: "fi", analytics_page_type: "landing-page", scp_content_type: "", analytics_page_id: "98765432101", category_id: 1, folder_id: 0, is_hubspot_user: false}</script>\n'
            '</head>\n<body class="   hs-content-id-98765432101 hs-landing-page hs-page hs-content-path-tietosuojaseloste hs-content-name-tietosuojaseloste  ">\n'
            '<div class="body-wrapper   hs-content-id-98765432101 hs-landing-page hs-page ">\n'
            '<div data-global-resource-path="tietovirta-theme/templates/partials/header.html"><header class="header"><div class="header__container">'
            '<a class="header__logo" href="/"><img src="https://www.tietovirta.fi/hubfs/logo-tietovirta.svg" alt="Tietovirta"></a>'
            '<nav class="menu menu--desktop"><ul class="menu__wrapper no-list"><li class="menu__item menu__item--depth-1 menu__item--has-submenu"><a class="menu__link" href="/ratkaisut">Ratkaisut</a>'
            '<ul class="menu__submenu"><li><a href="/ratkaisut/raportointi">Raportointi</a></li><li><a href="/ratkaisut/integraatiot">Integraatiot</a></li><li><a href="/ratkaisut/tekoaly">Tekoäly</a></li></ul></li>'
            '<li class="menu__item"><a class="menu__link" href="/hinnoittelu">Hinnoittelu</a></li><li class="menu__item"><a class="menu__link" href="/asiakastarinat">Asiakastarinat</a></li>'
            '<li class="menu__item"><a class="menu__link" href="/blogi">Blogi</a></li></ul></nav><a class="button" href="/demo">Varaa demo</a></div></header></div>\n'
            '<main id="main-content" class="body-container-wrapper">\n'
            '<div class="hero hero--slim" data-hs-variant="%s"><p>%s</p></div>\n'
            '<div class="container-fluid body-container body-container--legal"><div class="row-fluid-wrapper"><div class="row-fluid">'
            '<div class="span8 widget-span widget-type-cell legal-body">'
            '<div id="hs_cos_wrapper_widget_1631799112345" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text" data-hs-cos-general-type="widget" data-hs-cos-type="module">'
            '<span id="hs_cos_wrapper_widget_1631799112345_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text">%s\n%s</span></div></div>\n'
            '<div class="span4 widget-span sidebar"><div class="status-widget status-widget--%s"><a href="https://status.tietovirta.fi">%s</a></div>'
            '<div class="webinars"><h3>Tulevat webinaarit</h3><ul>%s</ul></div>'
            '<div class="hbspt-form" id="hbspt-form-%s"><form id="hsForm_8a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d_%s" class="hs-form stacked"><label>Tilaa uutiskirje</label><input type="email" name="email"><input type="submit" value="Tilaa"></form></div></div>'
            '</div></div></div>\n</main>\n'
            '<footer class="footer"><p>© %d Tietovirta Oy</p><a href="/tietosuojaseloste">Tietosuojaseloste</a> <a href="/evasteet">Evästeet</a> <a href="/kayttoehdot">Käyttöehdot</a></footer>\n'
            '</div>\n<div id="hs-eu-cookie-confirmation" class="can-use-gdpr hs-cookie-notification-position-bottom" data-hs-cookie-banner="true"><div id="hs-eu-cookie-confirmation-inner">'
            '<div id="hs-en-cookie-confirmation-buttons-area"><p>Käytämme evästeitä parantaaksemme käyttökokemustasi.</p><a id="hs-eu-confirmation-button" role="button">Hyväksy</a><a id="hs-eu-decline-button" role="button">Hylkää</a></div></div></div>\n'
            '<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>\n'
            '<script>var _hsq = _hsq || []; _hsq.push(["setContentType", "landing-page"]); _hsq.push(["setCanonicalUrl", "%s"]); _hsq.push(["setPageId", "98765432101"]); _hsq.push(["setContentMetadata", {"contentPageId": 98765432101, "analyticsId": "%s"}]);</script>\n'
            '<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/5123456.js"></script>\n'
            '</body></html>\n'
            % (s["theme"], corr, formid, s["variant"], hero, C.block_html(blocks[0]), "".join(parts), status[0], status[1], webs,
               formid[-6:], formid, when.year, URL, aid))


PAGE = {
    "service": "Tietovirta", "url": URL, "lang": "fi-FI", "platform": "HubSpot CMS Hub",
    "content_type": "text/html;charset=utf-8",
    "n": 26, "start": dt.date(2021, 4, 1), "end": dt.date(2026, 5, 31), "hours": (6, 18),
    "policy": POLICY, "first_updated": dt.date(2021, 1, 18), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".legal-body .hs_cos_wrapper_type_rich_text"], "remove": [".hs-cta-wrapper"]},
}
