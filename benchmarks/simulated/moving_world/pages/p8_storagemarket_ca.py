"""Espaiet (Catalan; Barcelona): a peer-to-peer storage marketplace where hosts rent out spare rooms, garages and
box rooms to people who need to store things; its privacy policy is an article of its Zendesk Guide help centre
(Copenhagen theme), captured as rendered DOM (executeClientScripts). The curators select the whole `#main-content`
article and remove its author/meta line, the follow button, the article footer and the related-articles block, all
INSIDE it and volatile: the relative 'Actualitzat fa N mesos' time (and its datetime, moved by every edit or
re-save), the 'A X de Y usuaris els ha semblat útil' vote count, the related articles' selection. Around it: the
csrf-token meta and HelpCenter's current_session token and usage-tracking blob per request, Zendesk's static asset
hashes on its releases, theme asset ids on theme publishes, and the section's article list (an article added
once)."""
import datetime as dt
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import mvkit as K  # noqa: E402

ART = "4410283756817"
URL = "https://ajuda.espaiet.cat/hc/ca/articles/%s-Pol%%C3%%ADtica-de-privadesa" % ART

POLICY = """
# Política de privadesa

Darrera actualització: {UPDATED}

A Espaiet ens prenem seriosament la vostra privadesa. Aquesta política explica com tractem les dades personals de les persones que utilitzen la nostra plataforma, tant les que ofereixen un espai per guardar-hi coses (els "amfitrions") com les que en lloguen un (els "usuaris"), d'acord amb el Reglament general de protecció de dades (RGPD) i la Llei orgànica 3/2018, de protecció de dades personals i garantia dels drets digitals (LOPDGDD).

## Qui és el responsable del tractament?

@ Espaiet Marketplace, SL
@ NIF B67284913
@ Carrer de Pujades, 77, 4t 2a
@ 08005 Barcelona

Podeu contactar amb la nostra delegada de protecció de dades a [privadesa@espaiet.cat](mailto:privadesa@espaiet.cat).

## Quines dades tractem?

- Dades del compte: nom, cognoms, adreça electrònica, telèfon i fotografia de perfil;
- Dades de verificació d'identitat: imatge del DNI, NIE o passaport i una selfie, que tracta el nostre proveïdor de verificació;
- Dades dels espais, en el cas dels amfitrions: adreça, fotografies, mides, condicions d'accés i preu;
- Dades de les reserves: dates, inventari dels objectes guardats, missatges entre amfitrions i usuaris, i valoracions;
- Dades de pagament: els pagaments es processen a través de Stripe; nosaltres només rebem les quatre últimes xifres de la targeta i, en el cas dels amfitrions, l'IBAN on els fem les transferències;
- Dades d'ús de l'aplicació i del web: adreça IP, dispositiu, pàgines visitades i galetes.

## Per a quines finalitats i amb quina base legal?

| Finalitat | Base legal |
| Crear i gestionar el vostre compte | Execució del contracte |
| Verificar la identitat d'amfitrions i usuaris per prevenir el frau | Interès legítim |
| Gestionar les reserves, els pagaments i l'assegurança dels objectes guardats | Execució del contracte |
| Moderar missatges i valoracions | Interès legitim |
| Complir les obligacions fiscals, inclosa la declaració dels ingressos dels amfitrions a l'Agència Tributària (DAC7) | Obligació legal |
| Enviar-vos novetats i ofertes | Consentiment |

## A qui comuniquem les dades?

- A l'altra part de la reserva: l'usuari veu el nom de l'amfitrió i la ubicació aproximada de l'espai, i l'amfitrió veu el nom i el telèfon de l'usuari un cop confirmada la reserva;
- A Stripe Payments Europe, Ltd., per als pagaments;
- A Onfido Ltd., per a la verificació d'identitat;
- A la companyia asseguradora que cobreix els objectes guardats;
- A Zendesk, Inc. (atenció al client), Amazon Web Services EMEA SARL (allotjament) i Brevo (correus electrònics);
- A l'Agència Tributària i a altres autoritats, quan ho exigeixi la llei.

## Transferències internacionals

Alguns proveïdors, com ara Zendesk als Estats Units i Onfido al Regne Unit, poden accedir a les vostres dades des de fora de l'Espai Econòmic Europeu. Aquestes transferències es basen en decisions d'adequació de la Comissió Europea, inclòs el Marc de privadesa de dades UE-EUA, o en clàusules contractuals tipus.

## Durant quant de temps conservem les dades?

- Dades del compte: mentre el compte estigui actiu i 3 anys després de tancar-lo;
- Imatges del document d'identitat i selfie: 30 dies després de la verificació;
- Missatges entre amfitrions i usuaris: 2 anys;
- Dades de facturació: 6 anys, tal com estableix el Codi de comerç.

## Quins drets teniu?

Podeu exercir els drets d'accés, rectificació, supressió, oposició, limitació del tractament i portabilitat escrivint a [privadesa@espaiet.cat](mailto:privadesa@espaiet.cat) o des de la secció "Privadesa" de l'aplicació. Si considereu que no hem atès correctament la vostra sol·licitud, podeu presentar una reclamació davant l'Agència Espanyola de Protecció de Dades ([www.aepd.es](https://www.aepd.es)).

## Galetes

Utilitzem galetes pròpies i de tercers per fer funcionar el web, recordar les vostres preferències i, si ho accepteu, per analitzar-ne l'ús i mostrar-vos publicitat. Trobareu més informació a la nostra [Política de galetes](/hc/ca/articles/4410283801234).

## Canvis en aquesta política

Si fem canvis importants en aquesta política, us ho comunicarem per correu electrònic o mitjançant un avís a l'aplicació abans que entrin en vigor.
"""

EDITS = [
    {"note": "typo fixed (legitim -> legítim), date unchanged", "bump": False,
     "repl": [("| Moderar missatges i valoracions | Interès legitim |",
               "| Moderar missatges i valoracions | Interès legítim |")]},
    {"note": "identity verification provider replaced: Onfido renamed to Veriff (list and transfers)",
     "repl": [("- A Onfido Ltd., per a la verificació d'identitat;",
               "- A Veriff OÜ, per a la verificació d'identitat;"),
              ("com ara Zendesk als Estats Units i Onfido al Regne Unit,", "com ara Zendesk als Estats Units,")]},
    {"note": "retention of ID images and selfies shortened from 30 to 7 days",
     "repl": [("- Imatges del document d'identitat i selfie: 30 dies després de la verificació;",
               "- Imatges del document d'identitat i selfie: 7 dies després de la verificació;")]},
    {"note": "table row added: recommended spaces based on searches",
     "repl": [("| Enviar-vos novetats i ofertes | Consentiment |",
               "| Mostrar-vos espais recomanats segons les vostres cerques | Interès legítim |\n"
               "| Enviar-vos novetats i ofertes | Consentiment |")]},
    {"note": "sentence added explaining the DAC7 reporting thresholds for hosts",
     "repl": [("- A l'Agència Tributària i a altres autoritats, quan ho exigeixi la llei.",
               "- A l'Agència Tributària i a altres autoritats, quan ho exigeixi la llei.\n\n"
               "Si sou amfitrió i en un any rebeu més de 2.000 euros o feu 30 reserves o més, la normativa DAC7 "
               "ens obliga a comunicar a l'Agència Tributària el vostre nom, NIF, adreça, IBAN i els imports "
               "cobrats. Us n'informarem abans de fer-ho.")]},
    {"note": "email processor's role extended: Brevo also sends SMS",
     "repl": [("i Brevo (correus electrònics);", "i Brevo (correus electrònics i SMS);")]},
]


def fmt_date(d):
    return K.long_date(d, "ca")


SECTION = [("4410283756817", "Política de privadesa", None),
           ("4410283774402", "Condicions d'ús", None),
           ("4410283801234", "Política de galetes", None),
           ("4410283819966", "Condicions per als amfitrions", None),
           ("4410283838871", "Cobertura de l'assegurança dels objectes guardats", None),
           ("11873405229713", "Informació fiscal per als amfitrions (DAC7)", dt.date(2024, 10, 21))]
RELATED = [("4410300012345", "Com verifiqueu la meva identitat?"),
           ("4410300023456", "Com elimino el meu compte?"),
           ("4410300034567", "Qui pot veure el meu número de telèfon?"),
           ("4410300045678", "Quins objectes no es poden guardar?"),
           ("4410300056789", "Com funciona el pagament als amfitrions?"),
           ("4410300067890", "Què passa si un objecte es fa malbé?"),
           ("4410300078901", "Puc descarregar les meves dades?"),
           ("4410300089012", "Com canvio el meu correu electrònic?")]


def _ago(delta):
    s = delta.total_seconds()
    m, h, d = s / 60, s / 3600, s / 86400
    if s < 45:
        return "fa uns segons"
    if s < 90:
        return "fa un minut"
    if m < 45:
        return "fa %d minuts" % round(m)
    if m < 90:
        return "fa una hora"
    if h < 22:
        return "fa %d hores" % round(h)
    if h < 36:
        return "fa un dia"
    if d < 26:
        return "fa %d dies" % round(d)
    if d < 46:
        return "fa un mes"
    if d < 320:
        return "fa %d mesos" % round(d / 30.4)
    if d < 548:
        return "fa un any"
    return "fa %d anys" % round(d / 365)


def noise(rng, when, i, prev):
    p = prev or {}
    zd = p.get("zd_assets")
    if zd is None or rng.random() < 0.55:
        zd = (C.hexs(rng, 8), C.hexs(rng, 8), "01" + C.alnum(rng, 24, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"))
    theme = p.get("theme")
    if theme is None or rng.random() < 0.08:
        theme = "%d" % rng.randint(10 ** 18, 10 ** 19 - 1)
    if "votes" in p:
        up, total = p["votes"]
        n = rng.choice([0, 0, 1, 1, 2, 3])
        ups = sum(1 for _ in range(n) if rng.random() < 0.7)
        up, total = up + ups, total + n
    else:
        up, total = 23, 31
    rel = p.get("related")
    if rel is None or rng.random() < 0.3:
        rel = tuple(sorted(rng.sample(range(len(RELATED)), 5)))
    resave = p.get("resave", FIRST_SAVE)
    if rng.random() < 0.07:
        resave = (when - dt.timedelta(days=rng.randint(1, 9), seconds=rng.randint(0, 86000))).strftime(
            "%Y-%m-%dT%H:%M:%SZ")
    return {
        "csrf": "hc:meta/server:" + C.b64tok(rng, 64),
        "session": "hc:hcobject:server:" + C.b64tok(rng, 48),
        "tracking": "BAh7CDoLbG9jYWxlSSIHY2EGOgZFVDoPYXJ0aWNsZV9pZGwrCBG" + C.b64tok(rng, 72),
        "zd_assets": zd,
        "theme": theme,
        "votes": (up, total),
        "related": rel,
        "resave": resave,
    }


LABELS = {
    "csrf": "csrf-token meta (per request)",
    "session": "HelpCenter current_session csrf_token (per request)",
    "tracking": "HelpCenter usage_tracking signed blob (per request)",
    "zd_assets": "Zendesk static asset hashes (Zendesk releases)",
    "theme": "theme asset ids (theme publish)",
    "votes": "'A X de Y usuaris els ha semblat útil' vote count (inside, removed)",
    "related": "related articles selection (inside, removed)",
    "resave": "article edited_at moved by a re-save without text change (inside, removed)",
    "updated": "relative 'Actualitzat fa N' time and its datetime (inside, removed)",
}

_LAST = {}
FIRST_SAVE = "2023-07-12T08:41:09Z"


def _body(blocks):
    def table(rows, inl):
        head = "".join("<th>%s</th>" % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return '<table class="wysiwyg-table"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (head, body)

    return K.render_blocks(blocks, table=table, addr=lambda lines, inl: "<p>%s</p>" % "<br>".join(
        inl(x) for x in lines), sep="")


def render(state, blocks, when):
    title, rest = K.split_title(blocks)
    h = C.det_sha(repr(blocks))
    if _LAST.get("h") is None:
        _LAST["h"], _LAST["edited"] = h, FIRST_SAVE
    elif _LAST["h"] != h:
        _LAST["h"] = h
        _LAST["edited"] = (when - dt.timedelta(seconds=600 + int(h[:6], 16) % (3 * 86400))).strftime(
            "%Y-%m-%dT%H:%M:%SZ")
    edited = max(_LAST["edited"], state["resave"])
    ed = dt.datetime.strptime(edited, "%Y-%m-%dT%H:%M:%SZ")
    ago = _ago(when - ed)
    state["updated"] = (edited, ago)
    ed_loc, _ = K.local(ed, "es")
    up, total = state["votes"]
    zd1, zd2, tl = state["zd_assets"]
    sec_items = "".join('<li><a href="/hc/ca/articles/%s" class="sidenav-item%s">%s</a></li>'
                        % (aid, " current-article" if aid == ART else "", K.esc(t))
                        for aid, t, since in SECTION if since is None or since <= when.date())
    related = "".join('<li><a href="/hc/ca/related/click?data=%s">%s</a></li>'
                      % (C.b64tok(random.Random(RELATED[n][0]), 45).replace("+", "-").replace("/", "_"),
                         K.esc(RELATED[n][1])) for n in state["related"])
    hc_internal = {"asset_url": "//static.zdassets.com/hc/assets/", "current_session": {
        "locale": "ca", "csrf_token": state["session"], "shared_csrf_token": None},
        "usage_tracking": {"event": "article_viewed", "data": state["tracking"],
                           "url": "https://ajuda.espaiet.cat/hc/activity"},
        "current_record_id": ART, "current_record_url": "/hc/ca/articles/%s-Pol%%C3%%ADtica-de-privadesa" % ART,
        "current_record_title": title, "current_text_direction": "ltr", "current_brand_id": 360004112233,
        "current_brand_name": "Espaiet", "current_brand_url": "https://espaiet.zendesk.com",
        "current_brand_active": True, "current_path": "/hc/ca/articles/%s-Pol%%C3%%ADtica-de-privadesa" % ART,
        "show_autocomplete_breadcrumbs": True, "user_info_changing_enabled": False, "has_user_profiles_enabled": True,
        "has_end_user_attachments": True, "user_aliases_enabled": False, "has_anonymous_kb_voting": False,
        "has_multi_language_help_center": True, "mobile_device": False, "mobile_site_enabled": False,
        "show_at_mentions": False, "embeddables_config": {"embeddables_web_widget": True,
                                                          "embeddables_connect_ipms": False}}
    return K.fill("""<!DOCTYPE html>
<html dir="ltr" lang="ca">
<head>
  <meta charset="utf-8" />
  <!-- v26880 -->


  <title>Política de privadesa &ndash; Centre d&#39;ajuda d&#39;Espaiet</title>

  <meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="@@csrf@@">

  <link rel="canonical" href="@@url@@">
<link rel="alternate" hreflang="ca" href="@@url@@">
<link rel="alternate" hreflang="es" href="https://ajuda.espaiet.cat/hc/es/articles/@@art@@-Pol%C3%ADtica-de-privacidad">
<link rel="alternate" hreflang="x-default" href="@@url@@">

  <link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-@@zd1@@.css" media="all" id="stylesheet" />
    <!-- Entypo pictograms by Daniel Bruce — www.entypo.com -->
    <link rel="stylesheet" href="//static.zdassets.com/hc/assets/theming_v1_support-@@zd2@@.css" media="all" />
  <link rel="stylesheet" type="text/css" href="/hc/theming_assets/@@tl@@">

  <link rel="icon" type="image/x-icon" href="//theme.zdassets.com/theme_assets/10393027/6f3a1c0b9d8e2f4a7c5b1e0d9f8a7b6c5d4e3f2a.png">

    

  <meta content="width=device-width, initial-scale=1.0" name="viewport" />
<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter:wght@400;600&display=swap" />
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-document-language="true" type="text/javascript" charset="UTF-8" data-domain-script="0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"></script>
</head>
<body class="">
  
  
  <script src="https://static.zdassets.com/hc/assets/hc_enduser-@@zd2@@.js"></script>
  

  <a class="skip-navigation" tabindex="1" href="#main-content">Ves al contingut principal</a>

<header class="header">
  <div class="logo">
    <a title="Inici" href="/hc/ca">
      <img src="//theme.zdassets.com/theme_assets/10393027/@@themelogo@@.png" alt="Pàgina d'inici del Centre d'ajuda d'Espaiet">
    </a>
  </div>

  <div class="nav-wrapper-desktop">
    <nav class="user-nav" id="user-nav" aria-label="Navegació per l'usuari">
      <ul class="user-nav-list">
        <li><a class="submit-a-request" href="/hc/ca/requests/new">Envieu una sol·licitud</a></li>
          <li>
            <a class="sign-in" rel="nofollow" data-auth-action="signin" title="Obre un quadre de diàleg" role="button" href="/hc/ca/signin?return_to=https%3A%2F%2Fajuda.espaiet.cat%2Fhc%2Fca%2Farticles%2F@@art@@">
              Inicia la sessió
            </a>
          </li>
      </ul>
    </nav>
  </div>
</header>


  <main role="main">
    <div class="container-divider"></div>
<div class="container">
  <div class="sub-nav">
    <nav aria-label="Ruta de navegació actual">
  <ol class="breadcrumbs">
    <li title="Centre d&#39;ajuda d&#39;Espaiet">
        <a href="/hc/ca">Centre d&#39;ajuda d&#39;Espaiet</a>
    </li>
    <li title="Condicions i privadesa">
        <a href="/hc/ca/categories/4410270011223-Condicions-i-privadesa">Condicions i privadesa</a>
    </li>
    <li title="Documents legals">
        <a href="/hc/ca/sections/4410277788990-Documents-legals">Documents legals</a>
    </li>
  </ol>
</nav>

    <div class="search-container">
      <form role="search" class="search" data-search="" action="/hc/ca/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" /><input type="search" name="query" id="query" placeholder="Cerca" autocomplete="off" aria-label="Cerca" /></form>
    </div>
  </div>

  <div class="article-container" id="article-container">
    <aside class="article-sidebar" aria-labelledby="section-articles-title">
        <div class="collapsible-sidebar">
          <button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button>
          <h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">
            Articles en aquesta secció
          </h2>
          <div class="collapsible-sidebar-body">
            <ul>
                @@secitems@@
            </ul>
          </div>
        </div>
    </aside>

    <article id="main-content" class="article">
      <header class="article-header">
        <h1 title="@@title@@" class="article-title">
          @@title@@
        </h1>

        <div class="article-author">
            <div class="avatar article-avatar">
              <img src="https://ajuda.espaiet.cat/system/photos/391847562034/equip-espaiet.png" alt="" class="user-avatar"/>
            </div>
          <div class="article-meta">
            <a href="/hc/ca/profiles/391847562034-Equip-d-Espaiet">
              Equip d&#39;Espaiet
            </a>

            <ul class="meta-group">
                <li class="meta-data"><time datetime="@@edited@@" title="@@edtitle@@" data-datetime="relative">@@ago@@</time></li>
                <li class="meta-data">Actualitzat</li>
            </ul>
          </div>
        </div>

          <a class="article-subscribe button button-secondary" title="Obre un quadre de diàleg" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false" href="/hc/ca/articles/@@art@@-Pol%C3%ADtica-de-privadesa/subscription.html">Segueix</a>
      </header>

      <section class="article-info">
        <div class="article-content">
          <div class="article-body">@@body@@</div>

          
        </div>
      </section>

      <footer>
        <div class="article-footer">
            <div class="article-share">
  <ul class="share">
    <li><a href="https://www.facebook.com/share.php?title=Pol%C3%ADtica+de+privadesa&u=@@urlq@@" class="share-facebook" target="_blank" rel="noopener">Facebook</a></li>
    <li><a href="https://twitter.com/share?lang=ca&text=Pol%C3%ADtica+de+privadesa&url=@@urlq@@" class="share-twitter" target="_blank" rel="noopener">X Corp</a></li>
    <li><a href="https://www.linkedin.com/shareArticle?mini=true&source=Espaiet&title=Pol%C3%ADtica+de+privadesa&url=@@urlq@@" class="share-linkedin" target="_blank" rel="noopener">LinkedIn</a></li>
  </ul>
</div>
        </div>
          <div class="article-votes">
            <h2 class="article-votes-question" id="article-votes-label">Us ha estat útil aquest article?</h2>
            <div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
              <button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="Aquest article ha estat útil" aria-pressed="false">Sí</button>
              <button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="Aquest article no ha estat útil" aria-pressed="false">No</button>
            </div>
            <small class="article-votes-count">
              <span class="article-vote-label">A @@up@@ de @@total@@ usuaris els ha semblat útil</span>
            </small>
          </div>

        <div class="article-more-questions">
          Teniu més preguntes? <a href="/hc/ca/requests/new">Envieu una sol·licitud</a>
        </div>
        <div class="article-return-to-top">
          <a href="#article-container">
            Torna a dalt
            <svg xmlns="http://www.w3.org/2000/svg" class="article-return-to-top-icon" width="20" height="20" focusable="false" viewBox="0 0 12 12" aria-hidden="true"><path fill="none" stroke="currentColor" stroke-linecap="round" d="M3 4.5l2.6 2.6c.2.2.5.2.7 0L9 4.5"/></svg>
          </a>
        </div>
      </footer>

      <section class="article-relatives">
          <div data-recent-articles></div>
          <section class="related-articles">
  <h2 class="related-articles-title">Articles relacionats</h2>
  <ul>
    @@related@@
  </ul>
</section>
      </section>
    </article>
  </div>
</div>
  </main>

  <footer class="footer">
  <div class="footer-inner">
    <a title="Inici" href="/hc/ca">Centre d&#39;ajuda d&#39;Espaiet</a>
    <div class="footer-language-selector">
        <div class="dropdown language-selector">
          <button class="dropdown-toggle" aria-haspopup="true">Català</button>
          <span class="dropdown-menu dropdown-menu-end" role="menu">
              <a href="/hc/change_language/es?return_to=%2Fhc%2Fes%2Farticles%2F@@art@@-Pol%25C3%25ADtica-de-privacidad" dir="ltr" rel="nofollow" role="menuitem">Español</a>
          </span>
        </div>
    </div>
  </div>
</footer>



  <!-- / -->

  <script src="//static.zdassets.com/hc/assets/locales/ca-@@zd1@@.js"></script>
  

  <script type="text/javascript">
  /*

    Greetings sourcecode lurker!

    This is for internal Zendesk and legacy usage,
    we don't support or guarantee any of these values
    so please don't build stuff on top of them.

  */

  HelpCenter = {};
  HelpCenter.account = {"subdomain":"espaiet","environment":"production","name":"Espaiet"};
  HelpCenter.user = {"identifier":"da39a3ee5e6b4b0d3255bfef95601890afd80709","email":null,"name":"","role":"anonymous","avatar_url":"https://assets.zendesk.com/hc/assets/default_avatar.png","is_admin":false,"organizations":[],"groups":[]};
  HelpCenter.internal = @@internal@@;
</script>

  
  <script src="//static.zdassets.com/hc/assets/moment-@@zd2@@.js"></script>
  <script src="//static.zdassets.com/hc/assets/hc_enduser_end-@@zd1@@.js"></script>
  <script type="text/javascript" src="/hc/theming_assets/@@tl@@js"></script>
  <script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=6b1f0e2a-3c4d-4e5f-9a8b-7c6d5e4f3a2b"></script>
</body>
</html>
""", csrf=state["csrf"], url=URL, art=ART, zd1=zd1, zd2=zd2, tl=tl, themelogo=C.det_sha("logo", state["theme"]),
                  secitems=sec_items, title=K.esc(title), edited=edited, edtitle=ed_loc.strftime("%Y-%m-%d %H:%M"),
                  ago=ago, body=_body(rest), urlq=URL.replace(":", "%3A").replace("/", "%2F"), up=up, total=total,
                  related=related, internal=json.dumps(hc_internal, ensure_ascii=False, separators=(",", ":")))


PAGE = {
    "service": "Espaiet",
    "url": URL,
    "lang": "ca",
    "platform": "Zendesk Guide help centre (Copenhagen theme), OneTrust stub, Zendesk web widget",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "cloudflare"), ("X-Zendesk-Origin-Server", "app-server-7f9c6d8b5-x2kqp"),
                      ("Cache-Control", "max-age=0, public"), ("Content-Language", "ca"),
                      ("X-Runtime", "0.118302")],
    "n": 32,
    "start": dt.date(2023, 11, 6),
    "end": dt.date(2025, 10, 15),
    "hours": (4, 10, 16, 22),
    "policy": POLICY,
    "first_updated": dt.date(2023, 7, 12),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": URL,
        "select": "#main-content",
        "remove": [".article-author", ".article-subscribe", "#main-content > footer", ".article-relatives"],
        "executeClientScripts": True,
    },
}
