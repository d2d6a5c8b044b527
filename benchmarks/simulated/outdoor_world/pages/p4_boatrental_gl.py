"""Velas do Morrazo: a Galician boat-rental company (Cangas, Ría de Vigo) on Wix (Thunderbolt renderer). The
"Privacidade e condicións" page holds two documents in Wix rich-text elements: the privacy policy, split over two
text boxes (`#comp-lq3x8k2a`: title, date, intro; `#comp-lq3xb1v9`: the sections; both declared), and the rental
conditions in a third box below (`#comp-lq3xd7pe`, not declared, its season line changes each spring when the owner
republishes). Fairly clean: between visits only Wix's per-request viewer-model values (request id, visitor
session, Thunderbolt bundle version, siteRevision on republish) and the rental box's season line."""
import datetime as dt
import html
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

URL = "https://www.velasdomorrazo.com/privacidade"

POLICY = """
# Política de privacidade

Última actualización: {UPDATED}

En Náutica Morrazo, S.L. (Velas do Morrazo) tomamos en serio a protección dos teus datos persoais. Nesta política explicámosche que datos recollemos cando alugas unha embarcación, reservas unha saída ás illas Cíes ou Ons ou nos escribes a través desta web, para que os usamos, canto tempo os gardamos e que dereitos tes.

Tratamos os teus datos conforme ao Regulamento (UE) 2016/679 xeral de protección de datos (RXPD) e á Lei orgánica 3/2018, do 5 de decembro, de protección de datos persoais e garantía dos dereitos dixitais.

## Responsable do tratamento

@ Náutica Morrazo, S.L.
@ NIF: B27845312
@ Porto deportivo de Cangas, pantalán 3, local 7
@ 36940 Cangas (Pontevedra)
@ Teléfono: +34 986 30 41 27
@ Correo electrónico: [privacidade@velasdomorrazo.com](mailto:privacidade@velasdomorrazo.com)

## Que datos recollemos?

- **Datos de identificación:** nome e apelidos, DNI ou pasaporte e data de nacemento.
- **Datos de contacto:** teléfono, correo electrónico e enderezo postal.
- **Titulación náutica:** tipo e número da titulación (PER, PNB ou licenza de navegación), que debemos comprobar antes de entregar unha embarcación sen patrón.
- **Datos da reserva:** embarcación, datas e horarios, número de persoas a bordo e servizos adicionais (patrón, material de snorkel, neveira).
- **Datos de pagamento:** o cobro faise a través de Wix Payments e Stripe; nós non vemos o número completo da tarxeta.
- **Fianza:** a autorización de retención na túa tarxeta mentres dura o aluguer.
- **Datos de navegación:** enderezo IP, tipo de dispositivo e cookies.

Para navegar e fondear no Parque Nacional Marítimo-Terrestre das Illas Atlánticas de Galicia cómpre unha autorización da Xunta de Galicia. Se nos pides que a tramitemos por ti, usaremos o teu nome, o teu DNI e a matrícula da embarcación para solicitala.

## Para que usamos os teus datos?

- Xestionar a reserva e o contrato de aluguer da embarcación.
- Comprobar que a persoa que vai patronear ten a titulación esixida pola normativa de Capitanía Marítima.
- Cumprir as nosas obrigas legais, fiscais e contables.
- Tramitar as autorizacións de navegación e fondeo no Parque Nacional.
- Avisarte se un cambio do tempo ou do estado do mar obriga a aprazar ou cancelar a saída.
- Enviarche, se o aceptas, o noso boletín con ofertas e saídas programadas.

Non tomamos decisións automatizadas nin elaboramos perfís cos teus datos.

## Lexitimación

A base legal para tratar os teus datos é a execución do contrato de aluguer (artigo 6.1.b do RXPD); o cumprimento de obrigas legais (artigo 6.1.c), como a conservación das facturas ou a comprobación da titulación; e o teu consentimento (artigo 6.1.a) para o envío de comunicacións comerciais. O noso interese lexítimo (artigo 6.1.f) ampara o uso das cámaras de videovixilancia do pantalán e da base, sinalizadas con carteis informativos.

## Canto tempo conservamos os datos?

Conservamos os datos da reserva mentres dure a relación contractual e, despois, durante os prazos legais: 6 anos para a documentación contable e fiscal, e 5 anos para atender posibles reclamacións civís. As gravacións das cámaras do pantalán bórranse ao cabo de 30 días, salvo que haxa un incidente que investigar. A copia da titulación náutica elimínase un ano despois do último aluguer. Os datos do boletín gárdanse ata que te dás de baixa.

## A quen comunicamos os datos?

Non vendemos nin cedemos os teus datos con fins comerciais. Só os comunicamos a:

- Wix.com Ltd., que aloxa esta web e o sistema de reservas (Wix Bookings).
- Stripe Payments Europe, Ltd., para o cobro e a retención da fianza.
- A nosa aseguradora, en caso de accidente ou sinistro coa embarcación.
- Capitanía Marítima de Vigo, Salvamento Maritimo ou as forzas e corpos de seguridade, cando o esixa a lei ou nunha emerxencia.
- A Xunta de Galicia, para as autorizacións do Parque Nacional.
- A nosa asesoría fiscal e contable, que trata os datos das facturas baixo contrato de encarga de tratamento.

## Transferencias internacionais

Wix.com Ltd. ten a súa sede en Israel, país que conta cunha decisión de adecuación da Comisión Europea. Algúns dos seus provedores poden tratar datos nos Estados Unidos, ao abeiro do Marco de Privacidade de Datos UE-EUA ou de cláusulas contractuais tipo aprobadas pola Comisión Europea.

## Os teus dereitos

Podes exercer en calquera momento os dereitos de acceso, rectificación, supresión, oposición, limitación do tratamento e portabilidade, así como retirar o consentimento prestado, escribindo a [privacidade@velasdomorrazo.com](mailto:privacidade@velasdomorrazo.com) ou por correo postal ao noso enderezo, xuntando copia do teu documento de identidade. Responderémosche no prazo dun mes.

Se consideras que non atendemos correctamente a túa solicitude, podes presentar unha reclamación ante a Axencia Española de Protección de Datos ([www.aepd.es](https://www.aepd.es)), rúa Jorge Juan 6, 28001 Madrid.

## Seguridade

Aplicamos medidas técnicas e organizativas para protexer os teus datos: a web funciona con conexión cifrada, o acceso ao panel de reservas está limitado ao persoal da base e protexido con verificación en dous pasos, e as copias das titulacións gárdanse nun cartafol con acceso restrinxido. Se se producise unha violación de seguridade que supoña un risco para ti, notificarémola á Axencia Española de Protección de Datos nun prazo de 72 horas e informarémoste sen demora.

## Cookies

Esta web utiliza as cookies propias de Wix necesarias para o seu funcionamento e, co teu consentimento, cookies de análise (Google Analytics) e de publicidade (Meta). Podes cambiar as túas preferencias en calquera momento desde a ligazón Configuración de cookies do pé de páxina.

## Menores

Os menores de 18 anos só poden embarcar acompañados dunha persoa adulta responsable. Non recollemos datos de menores, agás o nome e a idade para a lista de pasaxe, que facilita a persoa adulta que fai a reserva.
"""

MONTHS = ["xaneiro", "febreiro", "marzo", "abril", "maio", "xuño", "xullo", "agosto", "setembro", "outubro",
          "novembro", "decembro"]


def fmt_date(d):
    return "%d de %s de %d" % (d.day, MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "new item: GPS tracker on the boats, positions kept 90 days",
     "repl": [("- **Fianza:** a autorización de retención na túa tarxeta mentres dura o aluguer.",
               "- **Fianza:** a autorización de retención na túa tarxeta mentres dura o aluguer.\n"
               "- **Posición da embarcación:** as nosas embarcacións levan un localizador GPS por motivos de "
               "seguridade; a posición rexístrase só durante o aluguer e consérvase 90 días.")]},
    {"note": "typo fixed: 'Salvamento Maritimo' -> 'Salvamento Marítimo' (no new date)", "bump": False,
     "repl": [("Salvamento Maritimo", "Salvamento Marítimo")]},
    {"note": "CCTV retention shortened from 30 to 15 days",
     "repl": [("bórranse ao cabo de 30 días", "bórranse ao cabo de 15 días")]},
    {"note": "Brevo added to the recipients (newsletter)",
     "repl": [("- A Xunta de Galicia, para as autorizacións do Parque Nacional.",
               "- A Xunta de Galicia, para as autorizacións do Parque Nacional.\n"
               "- Sendinblue SAS (Brevo), en Francia, para o envío do boletín.")]},
    {"note": "phone changed to a mobile/WhatsApp number; office moved to pantalán 1",
     "repl": [("@ Porto deportivo de Cangas, pantalán 3, local 7", "@ Porto deportivo de Cangas, pantalán 1, local 2"),
              ("@ Teléfono: +34 986 30 41 27", "@ Teléfono e WhatsApp: +34 604 22 18 90")]},
]

TERMS = """
## Condicións xerais de aluguer

Tempada {YEAR}: do 1 de maio ao 15 de outubro. Fóra de tempada, consulta dispoñibilidade.

- A persoa que patronea debe presentar a titulación orixinal e o DNI antes de saír.
- Fianza: 300 € nas lanchas sen titulación e 600 € nos veleiros, retida na tarxeta e liberada ao devolver a embarcación.
- O combustible non está incluído: a embarcación entrégase co depósito cheo e debe devolverse cheo.
- Cancelación gratuíta ata 72 horas antes. Se Capitanía Marítima emite aviso por mal tempo, devolvémosche o importe íntegro ou cambiamos a data.
- Está prohibido fondear fóra das zonas autorizadas do Parque Nacional.
"""


def noise(rng, when, i, prev):
    prev = prev or {}
    season_year = when.year if when.month >= 3 else when.year - 1
    rev = prev.get("rev", 187)
    if prev.get("season") not in (None, season_year):
        rev += rng.randint(1, 4)
    elif rng.random() < 0.2:
        rev += rng.randint(1, 3)
    tb = C.keep_or(rng, prev.get("tb"), 0.7, lambda: "1.%d.0" % rng.randint(14000, 16500))
    tbh = prev.get("tbh") if tb == prev.get("tb") else C.hexs(rng, 8)
    return {"request": "%d.%d%s" % (C.epoch(when), rng.randint(100, 999), C.hexs(rng, 13)),
            "session": C.uuid4(rng), "tb": tb, "tbh": tbh, "rev": rev, "season": season_year}


LABELS = {"request": "Wix request id in the viewer model", "session": "visitor session id (bsi)",
          "tb": "Thunderbolt renderer version", "tbh": "Thunderbolt bundle hashes", "rev": "siteRevision (republish)",
          "season": "season line of the rental-conditions box (another document)"}

T = "wixui-rich-text__text"


def _inl(t):
    return C.inline_html(
        t,
        text=lambda raw: html.escape(raw, quote=False),
        bold=lambda raw: '<span style="font-weight:bold;" class="%s">%s</span>' % (T, html.escape(raw, quote=False)),
        link=lambda url, label: ('<span style="text-decoration:underline;" class="%s"><a href="%s" target="_self" '
                                 'class="%s">%s</a></span>' % (T, html.escape(url), T, html.escape(label, quote=False))))


GUARD = '<p class="font_8 %s"><span class="wixGuard %s">&#8203;</span></p>' % (T, T)


def wix_rich(blocks):
    out = []
    for kind, v in blocks:
        if kind == "h1":
            out.append('<h1 class="font_0 %s"><span style="color:#0B3C5D;" class="%s">%s</span></h1>' % (T, T, _inl(v)))
        elif kind == "h2":
            out.append(GUARD)
            out.append('<h2 class="font_2 %s"><span style="font-size:22px;" class="%s"><span style="color:#0B3C5D;" '
                       'class="%s">%s</span></span></h2>' % (T, T, T, _inl(v)))
        elif kind == "p":
            out.append('<p class="font_8 %s">%s</p>' % (T, _inl(v)))
        elif kind == "ul":
            out.append('<ul class="font_8 %s">%s</ul>' % (T, "".join(
                '<li class="%s"><p class="font_8 %s">%s</p></li>' % (T, T, _inl(i)) for i in v)))
        elif kind == "addr":
            out.append('<p class="font_8 %s">%s</p>' % (T, ('<br class="%s">' % T).join(_inl(l) for l in v)))
        else:
            raise ValueError(kind)
    return "".join(out)


def rich_comp(cid, blocks, extra=""):
    return ('<div id="%s" class="HcOXKn SxM0TO QxJLC3 %s wixui-rich-text" data-testid="richTextElement">%s%s</div>'
            % (cid, cid, wix_rich(blocks), extra))


def render(state, blocks, when):
    i2 = next(n for n, b in enumerate(blocks) if b[0] == "h2")
    head, secs = blocks[:i2], blocks[i2:]
    terms = C.parse_src(TERMS.replace("{YEAR}", str(state["season"])))
    tb, tbh = state["tb"], state["tbh"]
    model = {
        "fleetConfig": {"fleetName": "thunderbolt-renderer-green", "type": "Rollout", "code": 1},
        "mode": {"qa": False, "enableTestApi": False, "debug": False, "ssrIndicator": False, "ssrOnly": False,
                 "siteAssetsFallback": "enable", "versionIndicator": False},
        "componentsLibrariesTopology": [{"artifactId": "editor-elements", "namespace": "wixui",
                                         "url": "https://static.parastorage.com/services/editor-elements/1.%d.0" % (
                                             int(tb.split(".")[1]) // 3)}],
        "siteFeaturesConfigs": {"sessionManager": {"isRunningInDifferentSiteContext": False}},
        "language": {"userLanguage": "gl"},
        "siteAssets": {"clientTopology": {"mediaRootUrl": "https://static.wixstatic.com",
                                          "staticMediaUrl": "https://static.wixstatic.com/media",
                                          "moduleRepoUrl": "https://static.parastorage.com/unpkg",
                                          "fileRepoUrl": "https://static.parastorage.com/services",
                                          "siteAssetsUrl": "https://siteassets.parastorage.com",
                                          "pageJsonServerUrls": ["https://pages.parastorage.com",
                                                                 "https://staticorigin.wixstatic.com",
                                                                 "https://www.velasdomorrazo.com",
                                                                 "https://fallback.wix.com/wix-html-editor-pages-webapp/page"],
                                          "pathOfTBModulesInFileRepoForFallback": "wix-thunderbolt/dist/"}},
        "siteFeatures": ["accessibility", "appMonitoring", "assetsLoader", "businessLogger", "captcha",
                         "clickHandlerRegistrar", "commonConfig", "componentsLoader", "componentsRegistry",
                         "consentPolicy", "cookiesManager", "cyclicTabbing", "domSelectors", "environment", "loginButton",
                         "mpaNavigation", "navigationManager", "navigationPhases", "ooi", "pages", "panorama",
                         "renderer", "reporter", "router", "scrollRestoration", "seo", "sessionManager", "siteMembers",
                         "siteScrollBlocker", "siteWixCodeSdk", "speculationRules", "ssrCache", "stores", "structureApi",
                         "thunderboltInitializer", "tpaCommons", "translations", "usedPlatformApis", "warmupData",
                         "windowMessageRegistrar", "windowScroll", "wixEmbedsApi", "componentsReact", "platform"],
        "site": {"externalBaseUrl": "https://www.velasdomorrazo.com", "isSEO": True},
        "media": {"staticMediaUrl": "https://static.wixstatic.com/media", "mediaRootUrl": "https://static.wixstatic.com/",
                  "staticVideoUrl": "https://video.wixstatic.com/"},
        "requestUrl": URL,
        "rollout": {"siteAssetsVersionsRollout": False, "isDACRollout": 0, "isTBRollout": True},
        "commonConfig": {"brand": "wix", "host": "VIEWER", "bsi": "%s|1" % state["session"], "consentPolicy": {},
                         "consentPolicyHeader": {}, "siteRevision": str(state["rev"]), "renderingFlow": "NONE",
                         "language": "gl", "locale": "gl-es"},
        "interactionSampleRatio": 0.01,
        "dynamicModelUrl": "https://www.velasdomorrazo.com/_api/v2/dynamicmodel",
        "accessTokensUrl": "https://www.velasdomorrazo.com/_api/v1/access-tokens",
        "isExcludedFromSecurityExperiments": False,
        "experiments": {"specs.thunderbolt.hardenFetchAndXHR": True, "specs.thunderbolt.securityExperiments": True},
        "requestId": state["request"],
    }
    menu = [("/", "Inicio"), ("/frota", "A frota"), ("/saidas-cies-ons", "Saídas ás Cíes e Ons"),
            ("/escola", "Escola de vela"), ("/tarifas", "Tarifas"), ("/contacto", "Contacto")]
    nav = "".join(
        '<li class="wixui-dropdown-menu__item xRBsxA" data-testid="dropdownMenuItem"><a data-testid="linkElement" '
        'href="https://www.velasdomorrazo.com%s" target="_self" class="CNYbIF"><div class="Tg1gOB"><div class="" '
        'data-testid="linkElement"><p class="zKbzSQ">%s</p></div></div></a></li>' % (h, html.escape(t))
        for h, t in menu)
    return """<!DOCTYPE html>
<html lang="gl" dir="ltr">
<head>
  
  <!-- SSR: %(tb)s -->
  <meta charset='utf-8'>
  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="generator" content="Wix.com Website Builder"/>

  <link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/b3f29a_6d1e07f4c0b94d2fa1c8e3a7d5b2f901%%7Emv2.png/v1/fill/w_192%%2Ch_192%%2Clg_1%%2Cusm_0.66_1.00_0.01/b3f29a_6d1e07f4c0b94d2fa1c8e3a7d5b2f901%%7Emv2.png" type="image/png"/>
  <link rel="shortcut icon" href="https://static.wixstatic.com/media/b3f29a_6d1e07f4c0b94d2fa1c8e3a7d5b2f901%%7Emv2.png/v1/fill/w_192%%2Ch_192%%2Clg_1%%2Cusm_0.66_1.00_0.01/b3f29a_6d1e07f4c0b94d2fa1c8e3a7d5b2f901%%7Emv2.png" type="image/png"/>

  <!-- Performance API Polyfills -->
  <script>
  (function () {
    var noop = function noop() {};
    if ("performance" in window === false) {
      window.performance = {};
    }
    window.performance.mark = performance.mark || noop;
    window.performance.measure = performance.measure || noop;
    if ("now" in window.performance === false) {
      var nowOffset = Date.now();
      if (performance.timing && performance.timing.navigationStart) {
        nowOffset = performance.timing.navigationStart;
      }
      window.performance.now = function now() {
        return Date.now() - nowOffset;
      };
    }
  })();
  </script>

  <!-- Essential Viewer Model -->
  <script type="application/json" id="wix-essential-viewer-model">%(model)s</script>
  <script>window.viewerModel = JSON.parse(document.getElementById('wix-essential-viewer-model').textContent)</script>
  <script>window.commonConfig = viewerModel.commonConfig</script>

  <script data-url="https://static.parastorage.com/services/wix-thunderbolt/dist/webpack-runtime.%(h1)s.bundle.min.js">!function(){"use strict";var e,t,n,r,o,i={},a={};function c(e){var t=a[e];if(void 0!==t)return t.exports;var n=a[e]={id:e,loaded:!1,exports:{}};return i[e].call(n.exports,n,n.exports,c),n.loaded=!0,n.exports}c.m=i}();</script>
  <link rel="preload" href="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%(h2)s.bundle.min.js" as="script">
  <link rel="preload" href="https://static.parastorage.com/services/wix-thunderbolt/dist/thunderbolt-commons.%(h3)s.bundle.min.js" as="script">
  <script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%(h2)s.bundle.min.js" async></script>
  <script async id="wix-perf-measure" src="https://static.parastorage.com/services/wix-thunderbolt/dist/wix-perf-measure.umd.min.js"></script>

  <!-- Old Browsers Deprecation -->
  <script type="text/javascript">window.__browser_deprecation__ = window.__browser_deprecation__ || {};</script>

  <title>Política de privacidade | Velas do Morrazo</title>
  <meta name="description" content="Como tratamos os teus datos cando alugas unha embarcación con Velas do Morrazo en Cangas.">
  <link rel="canonical" href="https://www.velasdomorrazo.com/privacidade">
  <meta property="og:title" content="Política de privacidade | Velas do Morrazo">
  <meta property="og:url" content="https://www.velasdomorrazo.com/privacidade">
  <meta property="og:site_name" content="Velas do Morrazo">
  <meta property="og:type" content="website">
  <meta name="twitter:card" content="summary_large_image">
  <meta name="format-detection" content="telephone=no">
  <meta name="skype_toolbar" content="skype_toolbar_parser_compatible">

  <style data-url="https://static.parastorage.com/services/editor-elements-library/dist/thunderbolt/rb_wixui.thunderbolt_bootstrap.%(h4)s.min.css">.HcOXKn{-webkit-tap-highlight-color:rgba(0,0,0,0);overflow-wrap:break-word;word-wrap:break-word;text-align:start}.HcOXKn ol,.HcOXKn ul{margin-left:.5em;padding-left:1.3em}.SxM0TO{position:relative}.Vd6aQZ{overflow:hidden;height:0;margin-top:-1px;width:0}</style>
  <style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11);--brw:0px;--brd:var(--color_15)}#SITE_FOOTER{--bg:var(--color_18)}</style>
  <style id="css_d7c2k">#comp-lq3x8k2a{width:760px;justify-self:center}#comp-lq3xb1v9{width:760px;justify-self:center}#comp-lq3xd7pe{width:760px;justify-self:center}</style>
</head>
<body class="">
<script type="text/javascript">
  var bodyCacheable = true;
  var exclusionReason = {"shouldRender":true,"forced":false};
</script>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP"><div id="pageBackground_d7c2k" data-media-height-override-type="" data-media-position-override="false" class="pageBackground_d7c2k BmZ5pC"><div id="bgLayers_pageBackground_d7c2k" data-hook="bgLayers" data-motion-part="BG_LAYER" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div><div id="bgMedia_pageBackground_d7c2k" data-motion-part="BG_MEDIA" class="VgO9Yg"></div></div></div></div></div><div id="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBgCenter"></div></div><div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX" data-testid="screenWidthContainerBgCenter"></div></div><div class="CJF7A2"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content"><div id="comp-jx2m1y0k" class="MazNVa comp-jx2m1y0k wixui-image"><a data-testid="linkElement" href="https://www.velasdomorrazo.com" target="_self" class="j7pOnl"><img src="https://static.wixstatic.com/media/b3f29a_0c2e7d91f55b4ac8b2fd41d5e3a8c7b4%%7Emv2.png/v1/fill/w_168,h_56,al_c,q_85,usm_0.66_1.00_0.01,enc_auto/logo-velas.png" alt="Velas do Morrazo" style="width:168px;height:56px;object-fit:cover" width="168" height="56" srcset="https://static.wixstatic.com/media/b3f29a_0c2e7d91f55b4ac8b2fd41d5e3a8c7b4%%7Emv2.png/v1/fill/w_168,h_56,al_c,q_85,usm_0.66_1.00_0.01,enc_auto/logo-velas.png 1x" fetchpriority="high"/></a></div><wix-dropdown-menu id="comp-jx2m1y0m" class="XwCBRN NHM1d1 comp-jx2m1y0m wixui-dropdown-menu hidden-during-prewarmup" tabIndex="-1" dir="ltr" data-stretch-buttons-to-menu-width="true" data-same-width-buttons="false" data-num-items="%(nmenu)d" data-menuborder-y="0" data-menubtn-border="0" data-ribbon-els="0" data-label-pad="0" data-ribbon-extra="0" data-drophposition="" data-dropalign="center" data-dropdown-shown="false"><nav class="R_TAzU" id="comp-jx2m1y0mnavContainer" aria-label="Sitio"><ul class="y7qwii" id="comp-jx2m1y0mitemsContainer" style="text-align:right" data-marginallchildren="true">%(nav)s</ul><div class="h3jCPd" id="comp-jx2m1y0mdropWrapper" data-dropalign="center" data-dropdown-shown="false"><ul class="wkJ2fp" id="comp-jx2m1y0mmoreContainer" data-hover="false" data-valign="top"></ul></div></nav></wix-dropdown-menu><div id="comp-kq8z0r3d" class="comp-kq8z0r3d R6ex7N"><a data-testid="linkElement" href="https://www.velasdomorrazo.com/reservar" target="_self" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Reservar</span></a></div></div></div></div></div></header><main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabIndex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="d7c2k" class="dBAkHi theme-vars d7c2k"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerd7c2k" class="Containerd7c2k SPY_vo"><div data-mesh-id="Containerd7c2kinlineContent" data-testid="inline-content" class=""><div data-mesh-id="Containerd7c2kinlineContent-gridContainer" data-testid="mesh-container-content"><section id="comp-lq3x7qz0" tabIndex="-1" class="Oqnisf comp-lq3x7qz0 wixui-section" data-block-level-container="ClassicSection"><div id="bgLayers_comp-lq3x7qz0" data-hook="bgLayers" data-motion-part="BG_LAYER" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div><div id="bgMedia_comp-lq3x7qz0" data-motion-part="BG_MEDIA" class="VgO9Yg"></div></div><div data-mesh-id="comp-lq3x7qz0inlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-lq3x7qz0inlineContent-gridContainer" data-testid="mesh-container-content">%(c1)s%(c2)s<div id="comp-lq3xc2aa" class="comp-lq3xc2aa wixui-horizontal-line"><div class="sqaLkd"></div></div>%(c3)s</div></div></section></div></div></div></div></div></div></main><footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBgCenter"></div></div><div class="U4Bvut"><div class="CJF7A2"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_FOOTERinlineContent-gridContainer" data-testid="mesh-container-content"><div id="comp-jx2m1y0q" class="HcOXKn c9GqVL QxJLC3 comp-jx2m1y0q wixui-rich-text" data-testid="richTextElement"><p class="font_9 %(T)s"><span class="%(T)s">Velas do Morrazo · Porto deportivo de Cangas · Ría de Vigo</span></p><p class="font_9 %(T)s"><span class="%(T)s"><a href="https://www.velasdomorrazo.com/privacidade" target="_self" class="%(T)s">Privacidade e condicións</a> · <a href="#" data-cookie-settings="" class="%(T)s">Configuración de cookies</a></span></p><p class="font_9 %(T)s"><span class="%(T)s">© %(year)d Náutica Morrazo, S.L.</span></p></div><div id="comp-kd2hs7lb" class="comp-kd2hs7lb"><ul class="ywmQfW" aria-label="Barra de redes sociais"><li id="dataItem-kd2hs7lm-comp-kd2hs7lb" class="oLX1rW"><a data-testid="linkElement" href="https://www.instagram.com/velasdomorrazo" target="_blank" rel="noreferrer noopener" class="ApWcGf" aria-label="Instagram"><img src="https://static.wixstatic.com/media/01c3aff52f2a4dffa526d7a9843d46ea.png/v1/fill/w_26,h_26,al_c,q_95,enc_auto/01c3aff52f2a4dffa526d7a9843d46ea.png" alt="Instagram" width="26" height="26"/></a></li></ul></div></div></div></div></footer></div></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div></div></div>
<div id="soapAfterPagesContainer" class="page-without-sosp"><div data-mesh-id="soapAfterPagesContainerinlineContent" data-testid="inline-content" class=""><div data-mesh-id="soapAfterPagesContainerinlineContent-gridContainer" data-testid="mesh-container-content"></div></div></div>
<script type="application/json" id="wix-warmup-data">{"platform":{"ssrPropsUpdates":[],"ssrStyleUpdates":[],"ssrStructureUpdates":[]},"ooi":{"failedInSsr":{}},"pages":{"pageId":"d7c2k"}}</script>
<script id="sentry">window.Sentry = window.Sentry || {};</script>
</body>
</html>
""" % {"tb": tb, "model": json.dumps(model, ensure_ascii=False, separators=(",", ":")),
       "h1": tbh, "h2": C.det_sha(tbh, "main")[:8], "h3": C.det_sha(tbh, "commons")[:8],
       "h4": C.det_sha(tbh, "css")[:8], "nmenu": len(menu), "nav": nav,
       "c1": rich_comp("comp-lq3x8k2a", head), "c2": rich_comp("comp-lq3xb1v9", secs),
       "c3": rich_comp("comp-lq3xd7pe", terms), "T": T, "year": when.year}


PAGE = {
    "service": "Velas do Morrazo",
    "url": URL,
    "lang": "gl",
    "platform": "Wix (Thunderbolt), rich-text elements",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Pepyaka"), ("Cache-Control", "no-cache"),
                      ("Content-Language", "gl")),
    "n": 27,
    "start": dt.date(2023, 4, 1),
    "end": dt.date(2025, 5, 31),
    "hours": (1, 13),
    "policy": POLICY,
    "first_updated": dt.date(2023, 3, 6),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ["#comp-lq3x8k2a", "#comp-lq3xb1v9"]},
}
