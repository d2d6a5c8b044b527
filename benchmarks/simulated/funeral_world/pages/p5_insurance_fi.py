"""Lepo (Finnish funeral-expense insurance agency, Tampere), HubSpot CMS drag-and-drop page: the policy is one rich
text module (`#hs_cos_wrapper_widget_1654321098765`) in which the marketers embedded a HubSpot CTA (an A/B test of two
buttons, a per-request encrypted tracking payload in its link) between sections 3 and 4."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fwkit as K  # noqa: E402
from fwkit import C  # noqa: E402

POLICY = """
# Tietosuojaseloste

Päivitetty {UPDATED}

Tässä tietosuojaselosteessa kerromme, miten Lepo Vakuutuspalvelut Oy käsittelee asiakkaidensa, vakuutettujen, edunsaajien ja verkkosivujemme käyttäjien henkilötietoja. Lepo välittää hautauskuluvakuutuksia, joiden vakuutuksenantajana toimii Aava Henkivakuutusyhtiö Oy. Noudatamme EU:n yleistä tietosuoja-asetusta, tietosuojalakia ja vakuutustoimintaa koskevaa lainsäädäntöä, mukaan lukien vakuutussalaisuutta.

## 1. Rekisterinpitäjä

@ Lepo Vakuutuspalvelut Oy (Y-tunnus 3187452-6)
@ Hämeenkatu 20 B
@ 33200 Tampere

Tietosuojaa koskevissa asioissa voit ottaa yhteyttä tietosuojavastaavaamme osoitteessa [tietosuoja@lepo.fi](mailto:tietosuoja@lepo.fi) tai puhelimitse numeroon 010 322 4400 (ma–pe klo 9–16).

## 2. Mitä tietoja käsittelemme

- Perustiedot: nimi, henkilötunnus, osoite, puhelinnumero ja sähköpostiosoite.
- Vakuutustiedot: vakuutusmäärä, vakuutuksen alkamispäivä, maksutiedot ja laskutushistioria.
- Edunsaajien tiedot: edunsaajien nimet, henkilötunnukset ja yhteystiedot sekä tilinumero korvauksen maksamista varten.
- Korvaustiedot: kuolintodistus tai virkatodistus, hautauskulujen kuitit ja korvauspäätökset.
- Verkkosivuston käyttötiedot: IP-osoite, evästeiden tiedot, selaimen tiedot ja sivujen käyttö.

Hautauskuluvakuutus myönnetään ilman terveysselvitystä, emmekä kysy sinulta terveydentilaasi koskevia tietoja.

## 3. Käsittelyn tarkoitukset ja oikeusperusteet

| Tarkoitus | Oikeusperuste |
| Vakuutuksen myöntäminen, hallinnointi ja laskutus | sopimus |
| Korvaushakemusten käsittely ja korvausten maksaminen edunsaajille | sopimus ja lakisääteinen velvoite |
| Asiakkaan tunnistaminen ja rahanpesun estäminen | lakisääteinen velvoite |
| Asiakaspalvelun puheluiden tallentaminen | oikeutettu etu |
| Suoramarkkinointi | oikeutettu etu tai suostumus |
| Verkkosivuston analytiikka | suostumus |

## 4. Tietojen luovutukset ja käsittelijät

Luovutamme tietoja vakuutuksenantajalle Aava Henkivakuutusyhtiö Oy:lle vakuutussopimuksen hoitamiseksi. Tarkistamme vakuutetun kuolinpäivän ja edunsaajien tiedot Digi- ja väestötietovirastosta. Lisäksi käytämme seuraavia käsittelijöitä:

| Käsittelijä | Tehtävä | Sijainti |
| Signicat AS | vahva sähköinen tunnistautuminen | ETA |
| Visma Solutions Oy | laskutus ja kirjanpito | Suomi |
| HubSpot, Inc. | asiakkuudenhallinta ja sähköpostiviestintä | EU, tukipalvelut Yhdysvallat |
| Posti Messaging Oy | paperilaskut ja kirjeet | Suomi |

Kun tietoja siirretään EU:n ja ETA:n ulkopuolelle, siirrot perustuvat Euroopan komission vakiosopimuslausekkeisiin tai EU:n ja Yhdysvaltojen väliseen tietosuojakehykseen.

## 5. Säilytysajat

Säilytämme vakuutus- ja korvaustiedot 10 vuotta vakuutuksen päättymisestä tai viimeisen korvauksen maksamisesta. Tallennetut puhelut säilytämme 12 kuukautta. Markkinointirekisterin tiedot poistetaan, kun markkinointikielto on vastaanotettu tai asiakkuus on päättynyt yli kaksi vuotta sitten.

## 6. Sinun oikeutesi

Sinulla on oikeus tarkastaa tietosi, vaatia virheellisten tietojen oikaisemista tai tietojen poistamista, vastustaa käsittelyä ja kieltää suoramarkkinointi sekä oikeus siirtää tiedot järjestelmästä toiseen. Voit tehdä pyynnön sähköpostitse tai kirjeitse. Jos katsot, että tietojesi käsittely rikkoo tietosuojalainsäädäntöä, voit tehdä valituksen tietosuojavaltuutetun toimistolle (Lintulahdenkuja 4, 00530 Helsinki, [tietosuoja.fi](https://tietosuoja.fi)).
"""

EDITS = [
    {"note": "typo fixed (laskutushistioria), date unchanged", "bump": False,
     "repl": [("maksutiedot ja laskutushistioria.", "maksutiedot ja laskutushistoria.")]},
    {"note": "processor row added: Telia (phone system and call recording)",
     "repl": [("| Posti Messaging Oy | paperilaskut ja kirjeet | Suomi |",
               "| Posti Messaging Oy | paperilaskut ja kirjeet | Suomi |\n"
               "| Telia Finland Oyj | asiakaspalvelun puhelinjärjestelmä ja puheluiden tallennus | Suomi |")]},
    {"note": "recorded calls kept 24 months instead of 12",
     "repl": [("Tallennetut puhelut säilytämme 12 kuukautta.", "Tallennetut puhelut säilytämme 24 kuukautta.")]},
    {"note": "processor renamed: HubSpot, Inc. -> HubSpot Ireland Ltd. (location EU)",
     "repl": [("| HubSpot, Inc. | asiakkuudenhallinta ja sähköpostiviestintä | EU, tukipalvelut Yhdysvallat |",
               "| HubSpot Ireland Ltd. | asiakkuudenhallinta ja sähköpostiviestintä | EU |")]},
    {"note": "sentence added: no solely automated decisions",
     "repl": [("sekä oikeus siirtää tiedot järjestelmästä toiseen.",
               "sekä oikeus siirtää tiedot järjestelmästä toiseen. Emme tee sinua koskevia päätöksiä pelkästään "
               "automaattisen käsittelyn perusteella.")]},
    {"note": "office address changed (moved within Tampere)",
     "repl": [("@ Hämeenkatu 20 B\n@ 33200 Tampere", "@ Itsenäisyydenkatu 11\n@ 33100 Tampere")]},
]


def fmt_date(d):
    return "%d.%d.%d" % (d.day, d.month, d.year)


PORTAL = 25912345
CTAS = [("152345678901", "Laske vakuutuksesi hinta", 300, 52), ("152345678977", "Pyydä tarjous – se on maksutonta", 340, 52)]


def _campaign(day):
    if 3 <= day.month <= 5:
        return ("kevat", "Kevätkampanja: ensimmäinen kuukausi 0 € – voimassa 31.5. asti")
    if 9 <= day.month <= 10:
        return ("syys", "Syyskampanja: hautauskuluvakuutus nyt 15 % edullisemmin ensimmäisen vuoden ajan")
    return ("perus", "Hautauskuluvakuutus alkaen 6,90 €/kk – ilman terveysselvitystä")


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "eet")
    days = (loc.date() - dt.date(2023, 1, 1)).days
    return {
        "hsvars": (C.uuid4(rng), C.epoch(when) * 1000 + rng.randint(0, 999)),
        "cta": (rng.randint(0, 1), "AVxigLJ" + C.b64tok(rng, 96).replace("+", "-").replace("/", "_").rstrip("=")),
        "reviews": 912 + days * 2 // 3 + rng.randint(0, 3),
        "campaign": _campaign(loc.date()),
        "template": C.keep_or(rng, p.get("template"), 0.12, lambda: tuple(C.epoch(when) * 1000 - rng.randint(10 ** 7, 4 * 10 ** 9)
                                                                          for _ in range(3))),
        "year": loc.year,
    }


LABELS = {
    "hsvars": "hsVars render_id and ticks (per render)",
    "cta": "CTA embedded in the rich text: A/B variant and per-request encryptedPayload",
    "reviews": "reviews widget count below the policy",
    "campaign": "header campaign bar (seasonal)",
    "template": "template/module asset timestamps in hub_generated URLs (template edits)",
    "year": "footer copyright year",
}


def _cta(state):
    v, payload = state["cta"]
    cid, alt, w, h = CTAS[v]
    return ('<div class="hs-cta-embed hs-cta-simple-placeholder hs-cta-embed-%s" style="max-width:100%%; max-height:100%%; '
            'width:%dpx;height:%dpx" data-hubspot-wrapper-cta-id="%s">\n  <a href="/hs/cta/wi/redirect?encryptedPayload=%s&amp;'
            'webInteractiveContentId=%s&amp;portalId=%d" target="_blank" rel="noopener" crossorigin="anonymous">\n    '
            '<img alt="%s" loading="lazy" src="https://hubspot-no-cache-eu1-prod.s3.amazonaws.com/cta/default/%d/interactive-%s.png" '
            'style="height: 100%%; width: 100%%; object-fit: fill" onerror="this.style.display=\'none\'">\n  </a>\n</div>'
            % (cid, w, h, cid, payload, cid, PORTAL, K.attr(alt), PORTAL, cid))


def _rich(state, blocks):
    """The rich text module's HTML: HubSpot's editor output, the CTA before section 4."""
    out, h2 = [], 0
    for b in blocks:
        if b[0] == "h2":
            h2 += 1
            if h2 == 4:
                out.append(_cta(state))
        out.append(K.render_blocks([b], addr=lambda lines, inl: "<p>%s</p>" % "<br>".join(inl(x) for x in lines),
                                   tags={"table": ' style="border-collapse: collapse; table-layout: fixed; '
                                                  'margin-left: auto; margin-right: auto; border: 1px solid #99acc2; '
                                                  'width: 100%;"'}))
    return "\n".join(out)


def render(state, blocks, when):
    rid, ticks = state["hsvars"]
    t1, t2, t3 = state["template"]
    ckey, ctext = state["campaign"]
    return """<!doctype html><html lang="fi"><head>
    <meta charset="utf-8">
    <title>Tietosuojaseloste | Lepo hautauskuluvakuutus</title>
    <link rel="shortcut icon" href="https://www.lepo.fi/hubfs/lepo-favicon.png">
    <meta name="description" content="Näin Lepo Vakuutuspalvelut Oy käsittelee henkilötietojasi.">
    
    
    
    
    
    <meta name="viewport" content="width=device-width, initial-scale=1">

    
    <meta property="og:description" content="Näin Lepo Vakuutuspalvelut Oy käsittelee henkilötietojasi.">
    <meta property="og:title" content="Tietosuojaseloste | Lepo hautauskuluvakuutus">
    <meta name="twitter:description" content="Näin Lepo Vakuutuspalvelut Oy käsittelee henkilötietojasi.">
    <meta name="twitter:title" content="Tietosuojaseloste | Lepo hautauskuluvakuutus">

    

    
    <style>
a.cta_button{-moz-box-sizing:content-box !important;-webkit-box-sizing:content-box !important;box-sizing:content-box !important;vertical-align:middle}.hs-breadcrumb-menu{list-style-type:none;margin:0px 0px 0px 0px;padding:0px 0px 0px 0px}
.hs-cta-embed{display:inline-block}
</style>

<link rel="stylesheet" href="https://www.lepo.fi/hubfs/hub_generated/template_assets/1/112233445566/%(t1)d/template_main.min.css">
<link rel="stylesheet" href="https://www.lepo.fi/hubfs/hub_generated/template_assets/1/112233445571/%(t2)d/template_theme-overrides.min.css">
<link rel="stylesheet" href="https://www.lepo.fi/hubfs/hub_generated/module_assets/1/112233445590/%(t3)d/module_header.min.css">
    

    
<!--  Added by GoogleAnalytics4 integration -->
<script>
var _hsp = window._hsp = window._hsp || [];
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}

var useGoogleConsentModeV2 = true;
var waitForUpdateMillis = 1000;

if (!window._hsGoogleConsentRunOnce) {
  window._hsGoogleConsentRunOnce = true;

  gtag('consent', 'default', {
    'ad_storage': 'denied',
    'analytics_storage': 'denied',
    'ad_user_data': 'denied',
    'ad_personalization': 'denied',
    'wait_for_update': waitForUpdateMillis
  });
}
</script>
<!-- /Added by GoogleAnalytics4 integration -->

    <link rel="canonical" href="https://www.lepo.fi/tietosuojaseloste">


<meta property="og:url" content="https://www.lepo.fi/tietosuojaseloste">
<meta name="twitter:card" content="summary">
<meta http-equiv="content-language" content="fi">






  <meta name="generator" content="HubSpot"></head>
  <body>
    <div class="body-wrapper   hs-content-id-98765432101 hs-site-page page ">
      
        <div data-global-resource-path="lepo-theme/templates/partials/header.html"><header class="header">
  <div class="header__campaign header__campaign--%(ckey)s"><p>%(ctext)s</p></div>
  <div class="header__container content-wrapper">
    <div class="header__logo header__logo--main">
      <div id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module">
  <span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" style="" data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="/" id="hs-link-site_logo_hs_logo_widget" style="border-width:0px;border:0px;"><img src="https://www.lepo.fi/hs-fs/hubfs/lepo-logo.png?width=160&amp;height=48&amp;name=lepo-logo.png" class="hs-image-widget " height="48" style="height: auto;width:160px;border-width:0px;border:0px;" width="160" alt="Lepo" title="Lepo"></a></span>
</div>
    </div>
    <div class="header__navigation">
      <nav class="navigation-primary" aria-label="Päävalikko">
        <ul class="submenu level-1">
          <li class="has-submenu menu-item hs-skip-lang-url-rewrite"><a href="https://www.lepo.fi/hautauskuluvakuutus" class="menu-link">Hautauskuluvakuutus</a></li>
          <li class="no-submenu menu-item hs-skip-lang-url-rewrite"><a href="https://www.lepo.fi/korvaukset" class="menu-link">Korvaukset</a></li>
          <li class="no-submenu menu-item hs-skip-lang-url-rewrite"><a href="https://www.lepo.fi/usein-kysyttya" class="menu-link">Usein kysyttyä</a></li>
          <li class="no-submenu menu-item hs-skip-lang-url-rewrite"><a href="https://www.lepo.fi/blogi" class="menu-link">Blogi</a></li>
          <li class="no-submenu menu-item hs-skip-lang-url-rewrite"><a href="https://www.lepo.fi/yhteystiedot" class="menu-link">Yhteystiedot</a></li>
        </ul>
      </nav>
    </div>
    <div class="header__button"><a class="button" href="https://www.lepo.fi/laske-hinta">Laske hinta</a></div>
  </div>
</header></div>
      

      
<main id="main-content" class="body-container-wrapper">
  <div class="container-fluid body-container body-container--legal">
<div class="row-fluid-wrapper">
<div class="row-fluid">
<div class="span12 widget-span widget-type-cell " style="" data-widget-type="cell" data-x="0" data-w="12">

<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section">
<div class="row-fluid ">
<div class="span12 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="0" data-w="12">
<div id="hs_cos_wrapper_widget_1654321098765" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_widget_1654321098765_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text">%(rich)s</span></div>

</div><!--end widget-span -->
</div><!--end row-->
</div><!--end row-wrapper -->

<div class="row-fluid-wrapper row-depth-1 row-number-2 dnd-section">
<div class="row-fluid ">
<div class="span12 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="0" data-w="12">
<div id="hs_cos_wrapper_widget_1654321187421" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"><div class="reviews-strip">
  <span class="reviews-strip__stars" aria-hidden="true">★★★★★</span>
  <p class="reviews-strip__text">Asiakkaidemme arvio 4,8 / 5 – perustuu %(reviews)s arvioon</p>
</div></div>

</div><!--end widget-span -->
</div><!--end row-->
</div><!--end row-wrapper -->

</div><!--end widget-span -->
</div>
</div>
</div>
</main>

      
        <div data-global-resource-path="lepo-theme/templates/partials/footer.html"><footer class="footer">
  <div class="footer__container content-wrapper">
    <p>Lepo Vakuutuspalvelut Oy on Finanssivalvonnan rekisteröimä vakuutusasiamies. Vakuutuksenantaja Aava Henkivakuutusyhtiö Oy.</p>
    <p>© %(year)d Lepo Vakuutuspalvelut Oy · <a href="https://www.lepo.fi/tietosuojaseloste">Tietosuojaseloste</a> · <a href="#" id="hs_show_banner_button">Evästeasetukset</a></p>
  </div>
</footer></div>
      
    </div>
    
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hsjQuery = window['jQuery'];</script>
<script defer src="/hs/hsstatic/cms-free-branding-lib/static-1.2918/js/index.js"></script>
<script src="/hs/hsstatic/content-cta-embed/static-1.237/embed.js" defer></script>
<!-- HubSpot performance collection script -->
<script defer src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script>
var hsVars = hsVars || {}; hsVars['language'] = 'fi';
</script>

<script src="/hs/hsstatic/cos-i18n/static-1.53/bundles/project.js"></script>

<!-- Start of HubSpot Analytics Code -->
<script type="text/javascript">
var _hsq = _hsq || [];
_hsq.push(["setContentType", "standard-page"]);
_hsq.push(["setCanonicalUrl", "https:\\/\\/www.lepo.fi\\/tietosuojaseloste"]);
_hsq.push(["setPageId", "98765432101"]);
_hsq.push(["setContentMetadata", {
    "contentPageId": 98765432101,
    "legacyPageId": "98765432101",
    "contentFolderId": null,
    "contentGroupId": null,
    "abTestId": null,
    "languageVariantId": 98765432101,
    "languageCode": "fi",
    
    
}]);
</script>

<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/%(portal)d.js"></script>
<!-- End of HubSpot Analytics Code -->


<script type="text/javascript">
var hsVars = {
    render_id: "%(rid)s",
    ticks: %(ticks)d,
    page_id: 98765432101,
    
    content_group_id: 0,
    portal_id: %(portal)d,
    app_hs_base_url: "https://app-eu1.hubspot.com",
    cp_hs_base_url: "https://cp-eu1.hubspot.com",
    language: "fi",
    analytics_page_type: "standard-page",
    scp_content_type: "",
    
    analytics_page_id: "98765432101",
    category_id: 1,
    folder_id: 0,
    is_hubspot_user: false
}
</script>


<script defer src="/hs/hsstatic/HubspotToolsMenu/static-1.354/js/index.js"></script>



  
</body></html>""" % {"t1": t1, "t2": t2, "t3": t3, "ckey": ckey, "ctext": K.esc(ctext), "rich": _rich(state, blocks),
                     "reviews": "{:,}".format(state["reviews"]).replace(",", "\u00a0"), "year": state["year"],
                     "portal": PORTAL, "rid": rid, "ticks": ticks}


PAGE = {
    "service": "Lepo",
    "url": "https://www.lepo.fi/tietosuojaseloste",
    "lang": "fi",
    "platform": "HubSpot CMS (drag-and-drop page, rich text module, CTA embed)",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": [("Server", "cloudflare"), ("x-hs-cache-config", "BrowserCache5sEdgeCache10s"),
                      ("x-hs-cf-cache-status", "DYNAMIC"), ("x-hs-hub-id", "25912345"),
                      ("x-hs-content-id", "98765432101")],
    "n": 30,
    "start": dt.date(2023, 6, 5),
    "end": dt.date(2025, 5, 26),
    "hours": (1, 7, 13, 19),
    "policy": POLICY,
    "first_updated": dt.date(2023, 3, 27),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.lepo.fi/tietosuojaseloste",
        "select": "#hs_cos_wrapper_widget_1654321098765",
        "remove": ".hs-cta-embed",
    },
}
