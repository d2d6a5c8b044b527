"""A university (Icelandic), Drupal 10: the policy is a basic page in the content region, three of its sections
Paragraphs accordions (collapsed). Well built: only the search form's form_build_id (per visit) and the CSS/JS
aggregates' hashes (per deploy) change.

Faults: a 404 inside the site's own template ("Síða fannst ekki", status 404: the node was unpublished for a
moment while an editor reworked it); Drupal's maintenance page (503, its own template); nginx's 429."""
import datetime as dt

import common as C
import faults as FX

URL = "https://www.haust.is/is/personuvernd"
MONTHS = ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október", "nóvember",
          "desember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """# Persónuverndarstefna

Síðast uppfært {UPDATED}

Háskólinn á Austurlandi (hér eftir „háskólinn“) leggur áherslu á að vernda persónuupplýsingar nemenda, umsækjenda, starfsfólks og annarra sem eiga í samskiptum við háskólann. Í þessari stefnu er gerð grein fyrir því hvaða persónuupplýsingum háskólinn safnar, í hvaða tilgangi og hvernig farið er með þær, í samræmi við lög nr. 90/2018 um persónuvernd og vinnslu persónuupplýsinga og almennu persónuverndarreglugerðina (ESB) 2016/679.

## 1. Ábyrgðaraðili

@ Háskólinn á Austurlandi, kt. 540219-1870
@ Tjarnarbraut 39, 700 Egilsstöðum
@ Netfang: [personuvernd@haust.is](mailto:personuvernd@haust.is)

## 2. Hvaða upplýsingum söfnum við?

- auðkennis- og samskiptaupplýsingum, svo sem nafni, kennitölu, heimilisfangi, netfangi og símanúmeri;
- upplýsingum um nám, svo sem skráningu í námskeið, einkunnum, prófniðurstöðum og brautskráningu;
- upplýsingum sem fylgja umsókn, svo sem prófskírteinum, ferilskrá og meðmælum;
- fjárhagsupplýsingum vegna skrásetningargjalds og annarra gjalda;
- upplýsingum um notkun upplýsingakerfa, svo sem innskráningum í nemendakerfið og kennslukerfið Canvas;
- viðkvæmum persónuupplýsingum, svo sem upplýsingum um heilsufar, þegar nemandi sækir um sérstök úrræði í námi eða prófum.

## 3. Tilgangur og lagagrundvöllur vinnslu

Háskólinn vinnur persónuupplýsingar fyrst og fremst til að sinna lögbundnu hlutverki sínu samkvæmt lögum nr. 63/2006 um háskóla og lögum nr. 85/2008 um opinbera háskóla.

| Tilgangur | Lagagrundvöllur |
| Innritun og skráning nemenda | lagaskylda og verkefni í almannaþágu |
| Kennsla, námsmat og brautskráning | verkefni í almannaþágu |
| Sérstök úrræði í námi og prófum | samþykki nemanda |
| Ráðningar og starfsmannahald | samningur og lagaskylda |
| Kynningarstarf og fréttabréf | samþykki |

Myndavélaeftirlit er í og við byggingar háskólans í öryggis- og eignavörsluskyni. Upptökum er eytt að 30 dögum liðnum nema afhenda þurfi þær lögreglu vegna rannsóknar máls.

## 4. Miðlun persónuupplýsinga

Háskólinn miðlar ekki persónuupplýsingum til þriðja aðila nema heimild eða skylda standi til þess samkvæmt lögum. Upplýsingum er meðal annars miðlað til Menntasjóðs námsmanna vegna námslána, til Hagstofu Íslands vegna opinberrar tölfræði og til samstarfsskóla erlendis þegar nemandi fer í skiptinám. Þjónustuaðilar sem hýsa upplýsingakerfi háskólans vinna upplýsingarnar eingöngu samkvæmt fyrirmælum háskólans og á grundvelli vinnslusamnings.

## 5. Varðveisla

Háskólinn er afhendingarskyldur aðili samkvæmt lögum nr. 77/2014 um opinber skjalasöfn. Því er háskólanum almennt óheimilt að eyða gögnum nema með heimild Þjóðskjalasafns Íslands. Upplýsingar um námsferil og brautskráningu eru varðveittar ótímabundið. Umsóknum sem ekki leiða til innritunar er eytt að tveimur árum liðnum.

## 6. Réttindi þín

- að fá aðgang að þeim persónuupplýsingum sem háskólinn vinnur um þig;
- að fá rangar upplýsingar leiðréttar;
- að fá upplýsingum eytt í þeim tilvikum sem lög leyfa;
- að andmæla vinnslu eða fá hana takmarkaða;
- að draga samþykki þitt til baka hvenær sem er.

Beiðnum skal beint til persónuverndarfulltrúa háskólans og er þeim svarað innan eins mánaðar. Réttindin eru ekki skilyrðislaus; háskólinn getur til dæmis ekki eytt upplýsingum sem honum ber að varðveita samkvæmt lögum um opinber skjalasöfn.

## 7. Vafrakökur

Vefur háskólans notar nauðsynlegar vafrakökur og, með samþykki þínu, vafrakökur til vefgreiningar. Þú getur breytt stillingum þínum hvenær sem er með hlekknum „Vafrakökur“ neðst á síðunni.

- nauðsynlegar vafrakökur sem tryggja virkni vefsins, til dæmis innskráningu;
- tölfræðikökur frá Matomo, sem hýst er á netþjónum háskólans, til að greina notkun vefsins.

## 8. Persónuverndarfulltrúi

Persónuverndarfulltrúi háskólans er Sigríður Jónsdóttir og hægt er að hafa samband við hana á netfanginu [personuvernd@haust.is](mailto:personuvernd@haust.is) eða í síma 470 4000.

## 9. Kvörtun til Persónuverndar

Ef þú telur að vinnsla háskólans á persónuupplýsingum þínum brjóti í bága við lög getur þú sent kvörtun til Persónuverndar, [www.personuvernd.is](https://www.personuvernd.is)."""

EDITS = [
    {"note": "a word: system logins now include IP addresses",
     "repl": [("og kennslukerfið Canvas;", "og kennslukerfið Canvas, ásamt IP-tölum;")]},
    {"note": "inside the collapsed panel 'Varðveisla': rejected applications deleted after one year, not two",
     "repl": [("er eytt að tveimur árum liðnum.", "er eytt að einu ári liðnu.")]},
    {"note": "a sentence added to section 4 (graduates' names published)",
     "repl": [("á grundvelli vinnslusamnings.",
               "á grundvelli vinnslusamnings. Nöfn kandídata eru birt í brautskráningarskrá háskólans nema "
               "kandídat óski annars.")]},
    {"note": "a new section 8 on lecture recordings; sections 8 and 9 renumbered 9 and 10",
     "repl": [("## 8. Persónuverndarfulltrúi",
               "## 8. Upptökur af kennslustundum\n\nKennslustundir kunna að vera teknar upp og gerðar aðgengilegar "
               "skráðum nemendum námskeiðsins í Canvas. Upptökum er eytt í lok misseris nema kennari ákveði annað "
               "með samþykki þeirra sem sjást eða heyrast á upptökunni. Nemendur sem vilja ekki koma fram á "
               "upptöku geta slökkt á myndavél og hljóðnema eða sent spurningar skriflega.\n\n"
               "## 9. Persónuverndarfulltrúi"),
              ("## 9. Kvörtun til Persónuverndar", "## 10. Kvörtun til Persónuverndar")]},
    {"note": "the data protection officer changed (name and pronoun)",
     "repl": [("er Sigríður Jónsdóttir og hægt er að hafa samband við hana",
               "er Guðmundur Árnason og hægt er að hafa samband við hann")], "bump": False},
]

COLLAPSED = ("Varðveisla", "Réttindi þín", "Vafrakökur")
DEPLOYS = [(dt.datetime(2023, 1, 1), "Yk3pQ0aX", "mW2t9RbE"), (dt.datetime(2023, 8, 21), "c8LfT1vN", "Hq4Zs7Kd"),
           (dt.datetime(2024, 2, 6), "pR6wE2yU", "aJ9nB3xV"), (dt.datetime(2024, 9, 30), "tG1mL8cQ", "Zo5rD6fW"),
           (dt.datetime(2025, 4, 14), "Vb7kS4hP", "eN2uC9gT")]


def noise(rng, when, i, prev):
    d = max(x for x in DEPLOYS if x[0] <= when)
    return {"agg": d[1:], "fbid": "form-" + C.b64tok(rng, 32).replace("+", "-").replace("/", "_").rstrip("=")}


LABELS = {"agg": "CSS/JS aggregate hashes (per deploy)", "fbid": "search form_build_id (per visit)"}


def body_html(blocks):
    head, secs = C.split_sections(blocks)
    out = [C.blocks_html(head)]
    for k, (title, body) in enumerate(secs):
        if any(title.endswith(t) for t in COLLAPSED):
            out.append('<div class="paragraph paragraph--type--accordion-item paragraph--view-mode--default">'
                       '<h2 class="accordion__title"><button class="accordion__toggle" type="button" '
                       'aria-expanded="false" aria-controls="acc-%d">%s</button></h2><div class="accordion__content" '
                       'id="acc-%d" hidden>%s</div></div>' % (k, C.inline_html(title), k, C.blocks_html(body)))
        else:
            out.append("<h2>%s</h2>\n%s" % (C.inline_html(title), C.blocks_html(body)))
    return "\n".join(out)


def page(state, title, content, status_class="path-node page-node-type-page"):
    css, js = state["agg"]
    return """<!DOCTYPE html>
<html lang="is" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
<link rel="canonical" href="%(url)s" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/haust/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" hreflang="en" href="https://www.haust.is/en/privacy" />
    <title>%(title)s | Háskólinn á Austurlandi</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_%(css)s.css?delta=0&amp;language=is&amp;theme=haust&amp;include=eJxdiEEKwCAMBD_k" />
    <script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"is\\/","currentPath":"node\\/412","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"is"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"ajaxPageState":{"libraries":"eJxdiEEKwCAMBD_k","theme":"haust","theme_token":null},"user":{"uid":0,"permissionsHash":"4d2e1e7b0e6a0c0ff3b5e8d1f0b0a5c6c1c0b3a9e6e2f3d1c5b7a8e9f0d1c2b3"}}</script>
<script src="/sites/default/files/js/js_%(js)s.js?scope=header&amp;delta=0&amp;language=is&amp;theme=haust&amp;include=eJxdiEEKwCAMBD_k"></script>
  </head>
  <body class="%(bodyclass)s">
        <a href="#main-content" class="visually-hidden focusable skip-link">Fara beint í efni</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
  <header role="banner" class="site-header">
    <div class="region region-header">
      <div id="block-haust-branding" class="block block-system block-system-branding-block"><a href="/is" rel="home" class="site-logo"><img src="/themes/custom/haust/logo.svg" alt="Forsíða" /></a></div>
      <div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-haust-search" role="search">
        <form action="/is/search/node" method="get" id="search-block-form" accept-charset="UTF-8">
  <div class="js-form-item form-item"><label for="edit-keys" class="visually-hidden">Leita</label><input title="Sláðu inn leitarorð" data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" /></div>
<input autocomplete="off" data-drupal-selector="%(fbid)s" type="hidden" name="form_build_id" value="%(fbid)s" />
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Leita" class="button js-form-submit form-submit" /></div>
</form>
      </div>
    </div>
    <nav role="navigation" aria-labelledby="block-haust-main-menu-menu" id="block-haust-main-menu" class="block block-menu navigation menu--main">
      <h2 class="visually-hidden" id="block-haust-main-menu-menu">Aðalvalmynd</h2>
      <ul class="menu"><li class="menu-item"><a href="/is/nam">Nám</a></li><li class="menu-item"><a href="/is/rannsoknir">Rannsóknir</a></li><li class="menu-item"><a href="/is/thjonusta">Þjónusta</a></li><li class="menu-item"><a href="/is/um-haskolann">Um háskólann</a></li><li class="menu-item"><a href="https://ugla.haust.is">Ugla</a></li></ul>
    </nav>
  </header>
  <main role="main">
    <a id="main-content" tabindex="-1"></a>
    <div class="layout-content">
      <div class="region region-content">
    <div data-drupal-messages-fallback class="hidden"></div>
<div id="block-haust-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Brauðmolar</h2><ol><li><a href="/is">Forsíða</a></li><li><a href="/is/um-haskolann">Um háskólann</a></li></ol></nav>
</div>
%(content)s
      </div>
    </div>
  </main>
  <footer role="contentinfo" class="site-footer">
    <div class="region region-footer">
      <div class="footer-contact"><p>Háskólinn á Austurlandi · Tjarnarbraut 39 · 700 Egilsstaðir · Sími 470 4000</p></div>
      <ul class="menu footer-menu"><li><a href="/is/personuvernd">Persónuvernd</a></li><li><a href="/is/vafrakokur">Vafrakökur</a></li><li><a href="/is/adgengi">Aðgengi</a></li></ul>
    </div>
  </footer>
</div>
    </div>
<script src="/sites/default/files/js/js_%(js)s.js?scope=footer&amp;delta=0&amp;language=is&amp;theme=haust&amp;include=eJxdiEEKwCAMBD_k"></script>
  </body>
</html>
""" % {"url": URL, "title": title, "css": css, "js": js, "fbid": state["fbid"], "content": content,
       "bodyclass": status_class}


def render(state, blocks, when):
    content = """<div id="block-haust-page-title" class="block block-core block-page-title-block">
  <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">%s</span></h1>
</div>
<div id="block-haust-content" class="block block-system block-system-main-block">
<article data-history-node-id="412" class="node node--type-page node--view-mode-full">
  <div class="node__content">
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%s</div>
  </div>
</article>
</div>""" % (C.inline_html(blocks[0][1]), body_html(blocks[1:]))
    return page(state, blocks[0][1], content)


def not_found(state):
    content = """<div id="block-haust-page-title" class="block block-core block-page-title-block">
  <h1 class="page-title">Síða fannst ekki</h1>
</div>
<div id="block-haust-content" class="block block-system block-system-main-block">
  Umbeðin síða fannst ekki.
</div>
<div id="block-haust-404-help" class="block block-block-content">
  <p>Síðan sem þú leitaðir að gæti hafa verið færð eða fjarlægð. Prófaðu leitina efst á síðunni eða farðu á <a href="/is">forsíðuna</a>.</p>
</div>"""
    return page(state, "Síða fannst ekki", content, "path-system page-404")


def maintenance():
    return """<!DOCTYPE html>
<html lang="is" dir="ltr">
  <head>
    <meta charset="utf-8" />
    <title>Vefsvæðið er í viðhaldi | Háskólinn á Austurlandi</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="stylesheet" media="all" href="/core/themes/claro/css/theme/maintenance-page.css" />
  </head>
  <body class="maintenance-page in-maintenance no-sidebars">
    <div class="layout-container">
      <header role="banner"><a href="/is" title="Forsíða" rel="home"><img src="/themes/custom/haust/logo.svg" alt="Forsíða"/></a>
        <div class="name-and-slogan"><strong class="site-name"><a href="/is" title="Forsíða" rel="home">Háskólinn á Austurlandi</a></strong></div>
      </header>
      <main role="main">
        <h1 class="title">Vefsvæðið er í viðhaldi</h1>
        Háskólinn á Austurlandi er í viðhaldi. Vefurinn verður kominn aftur í loftið innan skamms. Takk fyrir þolinmæðina.
      </main>
    </div>
  </body>
</html>
"""


def fault(kind, rng, ctx):
    when = ctx["when"]
    if kind == "not_found_in_template":
        return FX.fault(404, "Not Found", not_found(ctx["state"]), "text/html; charset=UTF-8",
                        [("Server", "nginx"), ("X-Drupal-Cache", "MISS"), ("X-Drupal-Dynamic-Cache", "UNCACHEABLE"),
                         ("Cache-Control", "must-revalidate, no-cache, private"), ("Content-Language", "is"),
                         ("X-Generator", "Drupal 10 (https://www.drupal.org)"), ("Date", FX.http_date(when))])
    if kind == "drupal_maintenance":
        return FX.fault(503, "Service unavailable (with message)", maintenance(), "text/html; charset=UTF-8",
                        [("Server", "nginx"), ("Cache-Control", "must-revalidate, no-cache, private"),
                         ("X-Generator", "Drupal 10 (https://www.drupal.org)"), ("Date", FX.http_date(when))])
    if kind == "nginx_429":
        return FX.nginx_status(429, "Too Many Requests", when)
    raise ValueError(kind)


PAGE = {
    "service": "Háskólinn á Austurlandi",
    "url": URL,
    "n": 30,
    "start": dt.date(2023, 1, 15),
    "end": dt.date(2025, 9, 30),
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "nginx"), ("X-Drupal-Cache", "HIT"), ("Content-Language", "is"),
                      ("X-Generator", "Drupal 10 (https://www.drupal.org)"),
                      ("Cache-Control", "max-age=900, public"), ("Vary", "Cookie")],
    "policy": POLICY,
    "first_updated": dt.date(2022, 10, 3),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "main .region-content",
                    "remove": [".block-system-breadcrumb-block", "[data-drupal-messages-fallback]"]},
    "faults": [{"kind": "not_found_in_template", "count": 1}, {"kind": "drupal_maintenance", "count": 1},
               {"kind": "nginx_429", "count": 1}],
    "fault": fault,
    "fault_notes": {
        "not_found_in_template": "a 404 inside the site's own template (the node briefly unpublished): the "
                                 "declared region holds 'Síða fannst ekki. Umbeðin síða fannst ekki.' OTA keeps no "
                                 "snapshot of a 404, and a curator records no version of an error page (the "
                                 "scorer's oracle, reading the body alone, would call a version there real: new "
                                 "words; and the return to the policy a false one)",
        "drupal_maintenance": "Drupal's maintenance page (503, its own template without the content region): "
                              "no version",
        "nginx_429": "nginx's 429 Too Many Requests: no version",
    },
}
