"""A Romanian paint brand on Adobe Experience Manager (as a Cloud Service), Core Components, in Romanian.

The legal page holds three documents in a `cmp-tabs`: the privacy policy (first tab, the declared tab panel), the
cookie policy and the online shop's terms of sale (both in the HTML, hidden tabs; the terms of sale are revised
twice in the window). Each policy section is a Title component and a Text component with the Adobe Client Data
Layer attributes (`data-cmp-data-layer` JSON with `repo:modifyDate` and `xdm:text`): an author's re-save moves
`repo:modifyDate` inside the declared panel without a word changing. Around it: the clientlib `lc-<md5>-lc`
hashes on deploys, the page data layer's modify date, Akamai's per-request `akam` pixel, the "colour of the week"
teaser in the header experience fragment (weekly) and the colour visualiser teaser's room picture.
"""
import datetime as dt
import html
import json
import random
import re

import common as C

MONTHS = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
          "octombrie", "noiembrie", "decembrie"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """Ultima actualizare: {UPDATED}

Danubia Coatings S.R.L. („Danubia”, „noi”) produce și comercializează vopsele decorative, lacuri pentru lemn și tencuieli decorative. Această politică explică modul în care prelucrăm datele dumneavoastră cu caracter personal atunci când vizitați site-ul danubia-vopsele.ro, cumpărați din magazinul nostru online, folosiți Vizualizatorul de culori, vă înscrieți în programul Danubia Profi sau participați la campaniile noastre. Prelucrăm datele în conformitate cu Regulamentul (UE) 2016/679 (GDPR) și cu Legea nr. 190/2018.

## 1. Cine suntem

@ Danubia Coatings S.R.L.
@ Str. Industriilor nr. 23, 077040 Chiajna, jud. Ilfov
@ Nr. Registrul Comerțului: J23/1456/2009
@ CUI: RO25638110

Responsabilul nostru cu protecția datelor (DPO) poate fi contactat la adresa de e-mail dpo@danubia-vopsele.ro sau prin poștă, la sediul de mai sus, cu mențiunea „În atenția DPO”.

## 2. Ce date prelucrăm și în ce scop

Tabelul de mai jos rezumă principalele activități de prelucrare.

| Scop | Date prelucrate | Temei legal |
| Procesarea comenzilor din magazinul online și livrarea | nume, prenume, adresă de livrare și de facturare, telefon, e-mail, produsele comandate | executarea contractului (art. 6 alin. (1) lit. b) GDPR) |
| Emiterea facturilor și evidența contabilă | datele de facturare, CUI pentru persoane juridice | obligație legală (art. 6 alin. (1) lit. c) GDPR) |
| Răspunsuri la întrebări despre produse și consultanță coloristică | nume, e-mail, telefon, conținutul mesajului, fotografii trimise | interesul legitim de a răspunde solicitărilor |
| Programul Danubia Profi pentru zugravi și constructori | nume, telefon, județ, specializare, punctele acumulate | executarea contractului de participare |
| Newsletter și oferte | e-mail, preferințe de culoare | consimțământ (art. 6 alin. (1) lit. a) GDPR) |
| Reclamații privind calitatea produselor | nume, telefon, lotul produsului, fotografii ale suprafeței | obligație legală și interes legitim |

### Programul Danubia Profi

Zugravii și constructorii înscriși în programul Danubia Profi acumulează puncte la fiecare achiziție de produse Danubia, pe baza facturilor sau a bonurilor înregistrate în aplicație. Folosim istoricul achizițiilor pentru calculul punctelor, pentru acordarea premiilor și pentru a vă invita la cursuri de aplicare. Dacă doriți, profilul dumneavoastră poate apărea în lista de aplicatori recomandați de pe site, cu numele, județul și numărul de telefon.

### Consultanța coloristică

Consultanții noștri vă pot ajuta să alegeți nuanțele potrivite, online sau la domiciliu. Pentru o vizită la domiciliu avem nevoie de adresă și de un număr de telefon, iar fotografiile camerelor pe care ni le trimiteți sunt folosite numai pentru recomandări și sunt șterse la 6 luni după consultanță.

## 3. Vizualizatorul de culori

Vizualizatorul de culori vă permite să încărcați o fotografie a camerei și să vedeți cum ar arăta pereții în nuanțele noastre. Fotografia este prelucrată exclusiv pentru a genera simularea, nu o folosim în alte scopuri și nu o publicăm. Nu folosim fotografiile pentru recunoaștere facială și nu le transmitem terților pentru antrenarea unor modele de inteligență artificială. Dacă salvați proiectul în contul dumneavoastră, fotografia rămâne stocată până la ștergerea proiectului. Fotografiile din proiectele nesalvate sunt șterse automat după 30 de zile.

## 4. Cât timp păstrăm datele

- datele aferente comenzilor: pe durata contractului și 3 ani după livrare, pentru garanție și eventuale reclamații;
- documentele financiar-contabile: 10 ani, conform Legii contabilității nr. 82/1991;
- datele din programul Danubia Profi: pe durata participării și 1 an după încetarea acesteia;
- adresa de e-mail pentru newsletter: până la dezabonare;
- mesajele trimise către serviciul clienți: 2 ani de la ultima corespondență;
- fotografiile trimise pentru consultanță coloristică: 6 luni după consultanță.

După expirarea acestor termene, datele sunt șterse sau anonimizate. Dacă nu mai avem nevoie de ele mai devreme, le pastram doar atât cât ne obligă legea.

## 5. Cui transmitem datele

Nu vindem datele dumneavoastră cu caracter personal. Transmitem datele doar în măsura necesară, către:

| Destinatar | Rol | Țară |
| Fan Courier Express S.R.L. | livrarea comenzilor | România |
| Netopia Financial Services S.A. | procesarea plăților cu cardul | România |
| Adobe Systems Software Ireland Ltd. | găzduirea site-ului și analiza traficului | Irlanda |
| Salesforce.com Germany GmbH | gestionarea relației cu clienții și a programului Danubia Profi | Germania |
| distribuitorii și magazinele partenere | preluarea comenzilor cu ridicare din magazin | România |

Unii furnizori pot accesa date din afara Spațiului Economic European. În aceste cazuri, transferul are loc pe baza unei decizii de adecvare a Comisiei Europene sau a clauzelor contractuale standard.

## 6. Drepturile dumneavoastră

Potrivit GDPR, aveți următoarele drepturi:

- dreptul de acces la date;
- dreptul la rectificarea datelor inexacte;
- dreptul la ștergerea datelor („dreptul de a fi uitat”);
- dreptul la restricționarea prelucrării;
- dreptul la portabilitatea datelor;
- dreptul de opoziție, inclusiv față de marketingul direct;
- dreptul de a vă retrage consimțământul în orice moment.

Pentru exercitarea drepturilor, trimiteți o cerere la dpo@danubia-vopsele.ro. Vă vom răspunde în cel mult o lună de la primirea cererii. Nu luăm decizii bazate exclusiv pe prelucrarea automată a datelor care să producă efecte juridice asupra dumneavoastră.

Aveți, de asemenea, dreptul de a depune o plângere la autoritatea de supraveghere:

@ Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP)
@ B-dul G-ral. Gheorghe Magheru nr. 28-30, Sector 1, 010336 București
@ anspdcp@dataprotection.ro
@ Tel.: +40 318 059 211

## 7. Securitatea datelor

Aplicăm măsuri tehnice și organizatorice adecvate, precum criptarea conexiunilor, controlul accesului și instruirea angajaților, pentru a proteja datele împotriva accesului neautorizat, pierderii sau distrugerii. Accesul la datele clienților este permis doar angajaților care au nevoie de ele pentru îndeplinirea atribuțiilor de serviciu, iar furnizorii noștri sunt obligați contractual să păstreze confidențialitatea.

## 8. Modificări

Putem actualiza această politică periodic. Versiunea în vigoare este întotdeauna cea publicată pe această pagină. Dacă modificările sunt importante, vă vom informa prin e-mail sau printr-un mesaj vizibil pe site."""

EDITS = [
    {"note": "diacritics fixed: 'le pastram' → 'le păstrăm' (no date bump)",
     "repl": [("le pastram doar atât cât", "le păstrăm doar atât cât")], "bump": False},
    {"note": "Sameday Courier added to the recipients table",
     "repl": [("| Fan Courier Express S.R.L. | livrarea comenzilor | România |",
               "| Fan Courier Express S.R.L. | livrarea comenzilor | România |\n"
               "| Delivery Solutions S.A. (Sameday) | livrarea comenzilor în easybox | România |")]},
    {"note": "colour visualiser: unsaved photos deleted after 7 days instead of 30",
     "repl": [("Fotografiile din proiectele nesalvate sunt șterse automat după 30 de zile.",
               "Fotografiile din proiectele nesalvate sunt șterse automat după 7 zile.")]},
    {"note": "new section on promotional campaigns (receipt upload) added before 'Cât timp păstrăm datele' (sections renumbered)",
     "repl": [("## 4. Cât timp păstrăm datele", "## 4. Campanii promoționale\n\n"
               "Pentru a participa la campaniile noastre cu premii, vă cerem numele, numărul de telefon și o fotografie "
               "a bonului fiscal. Datele câștigătorilor sunt publicate pe site sub forma prenumelui, a inițialei numelui "
               "și a localității, conform regulamentului oficial al fiecărei campanii. Datele participanților "
               "necâștigători sunt șterse la 3 luni după încheierea campaniei.\n\n"
               "## 5. Cât timp păstrăm datele"),
              ("## 5. Cui transmitem datele", "## 6. Cui transmitem datele"),
              ("## 6. Drepturile dumneavoastră", "## 7. Drepturile dumneavoastră"),
              ("## 7. Securitatea datelor", "## 8. Securitatea datelor"),
              ("## 8. Modificări", "## 9. Modificări")]},
    {"note": "DPO address changed to a new mailbox (twice in the text)",
     "repl": [("poate fi contactat la adresa de e-mail dpo@danubia-vopsele.ro",
               "poate fi contactat la adresa de e-mail protectiadatelor@danubia-vopsele.ro"),
              ("trimiteți o cerere la dpo@danubia-vopsele.ro.", "trimiteți o cerere la protectiadatelor@danubia-vopsele.ro "
               "sau folosiți formularul de pe pagina Contact.")]},
]

COOKIES = """<p>Folosim cookie-uri strict necesare pentru funcționarea coșului de cumpărături și a Vizualizatorului de culori. Cookie-urile de analiză (Adobe Analytics) și de marketing (Meta, Google Ads) sunt plasate doar cu acordul dumneavoastră, exprimat în bannerul OneTrust.</p><p>Puteți modifica oricând preferințele din linkul „Setări cookie-uri” din subsolul paginii.</p>"""

TERMS = [
    """<p>Prețurile afișate în magazinul online includ TVA. Livrarea este gratuită pentru comenzile de peste 300 lei. Comenzile se livrează în 2–4 zile lucrătoare.</p><p>Aveți dreptul de a vă retrage din contract în termen de 14 zile, cu excepția produselor nuanțate la comandă în sistemul tintometric, care sunt realizate după specificațiile dumneavoastră.</p>""",
    """<p>Prețurile afișate în magazinul online includ TVA. Livrarea este gratuită pentru comenzile de peste 350 lei. Comenzile se livrează în 2–4 zile lucrătoare, iar în easybox în 1–3 zile lucrătoare.</p><p>Aveți dreptul de a vă retrage din contract în termen de 14 zile, cu excepția produselor nuanțate la comandă în sistemul tintometric, care sunt realizate după specificațiile dumneavoastră.</p>""",
    """<p>Prețurile afișate în magazinul online includ TVA. Livrarea este gratuită pentru comenzile de peste 350 lei. Comenzile se livrează în 2–4 zile lucrătoare, iar în easybox în 1–3 zile lucrătoare.</p><p>Aveți dreptul de a vă retrage din contract în termen de 14 zile, cu excepția produselor nuanțate la comandă în sistemul tintometric, care sunt realizate după specificațiile dumneavoastră. Reclamațiile se pot trimite și prin platforma SOL a Comisiei Europene.</p>""",
]

COLOURS = [("Verde Salvie", "4B-12", "#9CAF88"), ("Teracota Caldă", "2R-31", "#C46A4A"), ("Albastru Dunăre", "6B-08", "#3F6E8C"),
           ("Ocru de Argeș", "1Y-24", "#C9A24A"), ("Gri Piatră", "0N-17", "#A7A39C"), ("Roz Pudrat", "3R-05", "#E3C2BD"),
           ("Bej Nisip", "1Y-09", "#E2D3B5"), ("Verde Brad", "5G-40", "#2F4F3E"), ("Lavandă Pală", "7V-06", "#C9C3DC")]
ROOMS = ["living-scandinav", "dormitor-boho", "bucatarie-moderna", "camera-copilului", "hol-clasic"]

PANEL = "tabs-8f1c2d3e4a-item-1a2b3c4d5e-tabpanel"


def _lc(rng):
    return "lc-%s-lc" % C.hexs(rng, 32)


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["clientlibs"] = C.keep_or(rng, p.get("clientlibs"), 0.2, lambda: [_lc(rng) for _ in range(3)])
    st["akam"] = C.b64tok(rng, 48).replace("+", "-").replace("/", "_").rstrip("=")
    st["resave"] = C.keep_or(rng, p.get("resave"), 0.15,
                             lambda: C.iso(when - dt.timedelta(days=rng.randint(1, 12), seconds=rng.randint(0, 40000))))
    y, w, _ = when.isocalendar()
    st["colour"] = random.Random("colour|%d|%d" % (y, w)).choice(COLOURS)
    st["room"] = C.keep_or(rng, p.get("room"), 0.25, lambda: rng.choice(ROOMS))
    st["terms"] = 0 if when < dt.datetime(2023, 9, 1) else (1 if when < dt.datetime(2024, 10, 15) else 2)
    return st


LABELS = {"clientlibs": "AEM clientlib hashes (deploy)", "akam": "Akamai per-request pixel",
          "resave": "data layer repo:modifyDate (author re-save; inside the declared panel)",
          "colour": "colour of the week teaser", "room": "colour visualiser teaser picture",
          "terms": "terms of sale tab (a document beside the policy) revised"}


def _dl(obj):
    return html.escape(json.dumps(obj, ensure_ascii=False, separators=(",", ":")), quote=True)


def _cid(kind, key):
    return "%s-%s" % (kind, C.det_sha("danubia", kind, key)[:10])


def _policy_components(blocks, moddate):
    head, secs = C.split_sections(blocks)
    out = []

    def text(key, bl):
        h = C.blocks_html(bl, sep="")
        cid = _cid("text", key)
        out.append('<div class="text"><div data-cmp-data-layer="%s" id="%s" class="cmp-text">%s</div></div>'
                   % (_dl({cid: {"@type": "danubia/components/text", "repo:modifyDate": moddate,
                                 "xdm:text": h}}), cid, h))

    def title(key, t):
        cid = _cid("title", key)
        out.append('<div class="title"><div data-cmp-data-layer="%s" id="%s" class="cmp-title"><h2 class="cmp-title__text">'
                   '%s</h2></div></div>' % (_dl({cid: {"@type": "danubia/components/title", "repo:modifyDate": moddate,
                                                      "dc:title": t}}), cid, C.inline_html(t)))

    text("intro", head)
    for t, bl in secs:
        key = re.sub(r"^\d+\.\s*", "", t)
        title(key, t)
        if bl:
            text(key, bl)
    return "\n".join(out)


def _updated_iso(blocks):
    m = re.search(r"(\d+) (\w+) (\d{4})", blocks[0][1])
    return "%04d-%02d-%02dT08:41:12Z" % (int(m.group(3)), MONTHS.index(m.group(2)) + 1, int(m.group(1)))


def render(st, blocks, when):
    upd = _updated_iso(blocks)
    moddate = max(upd, st["resave"])
    lc = st["clientlibs"]
    cname, ccode, chex = st["colour"]
    comps = _policy_components(blocks, moddate)
    tabs = [("1a2b3c4d5e", "Politica de confidențialitate", None),
            ("6f7a8b9c0d", "Politica privind cookie-urile", COOKIES),
            ("2e3f4a5b6c", "Termeni și condiții de vânzare", TERMS[st["terms"]])]
    tablist = "".join(
        '<li role="tab" id="tabs-8f1c2d3e4a-item-%s-tab" class="cmp-tabs__tab%s" aria-controls="tabs-8f1c2d3e4a-item-%s-tabpanel" '
        'tabindex="%s" data-cmp-hook-tabs="tab" data-cmp-data-layer="%s">%s</li>'
        % (k, " cmp-tabs__tab--active" if n == 0 else "", k, "0" if n == 0 else "-1",
           _dl({"tabs-8f1c2d3e4a-item-%s" % k: {"@type": "danubia/components/tabs/item", "dc:title": t}}), html.escape(t))
        for n, (k, t, _) in enumerate(tabs))
    panels = []
    for n, (k, t, body) in enumerate(tabs):
        inner = comps if body is None else (
            '<div class="text"><div id="%s" class="cmp-text">%s</div></div>' % (_cid("text", t), body))
        panels.append(
            '<div id="tabs-8f1c2d3e4a-item-%s-tabpanel" role="tabpanel" aria-labelledby="tabs-8f1c2d3e4a-item-%s-tab" '
            'tabindex="0" class="cmp-tabs__tabpanel%s" data-cmp-hook-tabs="tabpanel"%s data-cmp-data-layer="%s">'
            '<div class="container responsivegrid"><div id="container-%s" class="cmp-container">\n%s\n</div></div></div>'
            % (k, k, " cmp-tabs__tabpanel--active" if n == 0 else "", "" if n == 0 else ' aria-hidden="true"',
               _dl({"tabs-8f1c2d3e4a-item-%s" % k: {"@type": "danubia/components/tabs/item", "dc:title": t}}),
               C.det_sha("panel", k)[:10], inner))
    page_dl = json.dumps({"page-3c1d0e7f2a": {"@type": "danubia/components/page", "repo:modifyDate": moddate,
                                              "dc:title": "Informații legale", "xdm:template":
                                                  "/conf/danubia/settings/wcm/templates/content-page",
                                              "xdm:language": "ro-RO", "xdm:tags": [],
                                              "repo:path": "/content/danubia/ro/ro/informatii-legale.html"}},
                         ensure_ascii=False, separators=(",", ":"))
    page_dl = page_dl.replace('"', "\\x22").replace("-", "\\u002D").replace("/", "\\/")
    return """<!DOCTYPE HTML>
<html lang="ro-RO">
    <head>
    <meta charset="UTF-8"/>
    <title>Informații legale | Danubia</title>
    <meta name="keywords" content="politica de confidentialitate, cookie, termeni si conditii"/>
    <meta name="description" content="Politica de confidențialitate, politica privind cookie-urile și termenii de vânzare Danubia."/>
    <meta name="template" content="content-page"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <link rel="canonical" href="https://www.danubia-vopsele.ro/ro/informatii-legale"/>
    <link rel="alternate" hreflang="ro-RO" href="https://www.danubia-vopsele.ro/ro/informatii-legale"/>
    <script defer="defer" type="text/javascript" src="https://rum.hlx.page/.rum/@adobe/helix-rum-js@%%5E2/dist/rum-standalone.js" data-routing="program=84512,environment=712043,tier=publish"></script>
    <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-document-language="true" type="text/javascript" charset="UTF-8" data-domain-script="5d2f9a70-3c1e-4b8f-a6d1-92e0c7b4f815"></script>
    <script type="text/javascript">function OptanonWrapper() { }</script>
    <link rel="stylesheet" href="/etc.clientlibs/danubia/clientlibs/clientlib-base.%(lc0)s.min.css" type="text/css">
    <link rel="stylesheet" href="/etc.clientlibs/danubia/clientlibs/clientlib-site.%(lc1)s.min.css" type="text/css">
    <script src="/etc.clientlibs/core/wcm/components/commons/datalayer/v2/clientlibs/core.wcm.components.commons.datalayer.v2.lc-1e0136bad0acfb78be509234578e44f9-lc.min.js"></script>
    <script src="/etc.clientlibs/core/wcm/components/commons/datalayer/acdl/core.wcm.components.commons.datalayer.acdl.lc-bf921af342fd2c40139671dbf0920a1f-lc.min.js" async></script>
    <script src="https://assets.adobedtm.com/a7d1c4e2b9f0/3e8b5c1d6a2f/launch-9c0e4b7a1d35.min.js" async></script>
</head>
    <body class="page basicpage" id="page-3c1d0e7f2a" data-cmp-link-accessibility-enabled data-cmp-link-accessibility-text="se deschide într-o filă nouă" data-cmp-data-layer-enabled data-cmp-data-layer-name="adobeDataLayer">
        <script>
          window.adobeDataLayer = window.adobeDataLayer || [];
          adobeDataLayer.push({
              page: JSON.parse("%(page_dl)s"),
              event:'cmp:show',
              eventInfo: {
                  path: 'page.page\\u002D3c1d0e7f2a'
              }
          });
        </script>
        <div class="root container responsivegrid">
    <div id="container-4b2c5d1e9f" class="cmp-container">
        <div class="experiencefragment">
<div id="experiencefragment-0a9b8c7d6e" class="cmp-experiencefragment cmp-experiencefragment--header">
<div class="xf-content-height"><div class="root container responsivegrid"><div id="container-5e4d3c2b1a" class="cmp-container">
    <div class="teaser colour-of-week"><div id="teaser-77c1e0f2d4" class="cmp-teaser" data-cmp-data-layer="%(cow_dl)s"><div class="cmp-teaser__content"><p class="cmp-teaser__pretitle">Culoarea săptămânii</p><h2 class="cmp-teaser__title"><a class="cmp-teaser__title-link" href="/ro/culori/%(cslug)s">%(cname)s %(ccode)s</a></h2><div class="cmp-teaser__swatch" style="background-color:%(chex)s"></div></div></div></div>
    <div class="image logo"><div data-cmp-is="image" id="image-1d2c3b4a5f" class="cmp-image"><a class="cmp-image__link" href="/ro"><img src="/content/dam/danubia/logo/danubia-logo.svg" class="cmp-image__image" itemprop="contentUrl" alt="Danubia"/></a></div></div>
    <div class="navigation"><nav id="navigation-3f4e5d6c7b" class="cmp-navigation" itemscope itemtype="http://schema.org/SiteNavigationElement" aria-label="Navigare principală"><ul class="cmp-navigation__group">
        <li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/ro/produse/interior" class="cmp-navigation__item-link">Vopsele interior</a></li>
        <li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/ro/produse/exterior" class="cmp-navigation__item-link">Vopsele exterior</a></li>
        <li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/ro/produse/lemn-metal" class="cmp-navigation__item-link">Lemn și metal</a></li>
        <li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/ro/culori" class="cmp-navigation__item-link">Culori</a></li>
        <li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/ro/inspiratie" class="cmp-navigation__item-link">Inspirație</a></li>
        <li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/ro/magazine" class="cmp-navigation__item-link">Găsește un magazin</a></li>
    </ul></nav></div>
    <div class="search"><section id="search-0c1d2e3f4a" class="cmp-search" role="search" data-cmp-is="search" data-cmp-min-length="3" data-cmp-results-size="10"><form class="cmp-search__form" data-cmp-hook-search="form" method="get" action="/content/danubia/ro/ro/informatii-legale.searchresults.json/_jcr_content/root/container/experiencefragment/search" autocomplete="off"><div class="cmp-search__field"><input class="cmp-search__input" data-cmp-hook-search="input" type="text" name="fulltext" placeholder="Caută produse, culori, articole" role="combobox" aria-autocomplete="list" aria-haspopup="true" aria-invalid="false"/></div></form></section></div>
</div></div></div></div>
</div>
<main class="container responsivegrid">
    <div id="container-9d8c7b6a5e" class="cmp-container">
        <div class="breadcrumb"><nav id="breadcrumb-2a3b4c5d6e" class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list" itemscope itemtype="http://schema.org/BreadcrumbList"><li class="cmp-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/ro" class="cmp-breadcrumb__item-link" itemprop="item"><span itemprop="name">Acasă</span></a><meta itemprop="position" content="1"/></li><li class="cmp-breadcrumb__item cmp-breadcrumb__item--active" aria-current="page" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><span itemprop="name">Informații legale</span><meta itemprop="position" content="2"/></li></ol></nav></div>
        <div class="title"><div id="title-6c5b4a3d2e" class="cmp-title"><h1 class="cmp-title__text">Informații legale</h1></div></div>
        <div class="tabs panelcontainer"><div id="tabs-8f1c2d3e4a" class="cmp-tabs" data-cmp-is="tabs" data-placeholder-text="false" data-cmp-data-layer="%(tabs_dl)s">
            <ol role="tablist" class="cmp-tabs__tablist" aria-label="Informații legale" aria-multiselectable="false">%(tablist)s</ol>
%(panels)s
        </div></div>
        <div class="teaser visualiser-teaser"><div id="teaser-5a6b7c8d9e" class="cmp-teaser"><div class="cmp-teaser__image"><div data-cmp-is="image" class="cmp-image"><img src="/content/dam/danubia/vizualizator/%(room)s.jpg/_jcr_content/renditions/cq5dam.web.1280.1280.jpeg" class="cmp-image__image" alt="Cameră vopsită cu Vizualizatorul Danubia" loading="lazy"/></div></div><div class="cmp-teaser__content"><h2 class="cmp-teaser__title">Vezi culoarea pe pereții tăi</h2><div class="cmp-teaser__description"><p>Încarcă o fotografie a camerei și încearcă peste 2.000 de nuanțe în Vizualizatorul de culori.</p></div><div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" href="/ro/vizualizator">Încearcă acum</a></div></div></div></div>
    </div>
</main>
<div class="experiencefragment">
<div id="experiencefragment-4e5f6a7b8c" class="cmp-experiencefragment cmp-experiencefragment--footer">
<div class="xf-content-height"><div class="root container responsivegrid"><div id="container-1f2e3d4c5b" class="cmp-container">
    <div class="text"><div id="text-9a8b7c6d5e" class="cmp-text"><p>Linia verde Danubia: <a href="tel:0800800321">0800 800 321</a> (apel gratuit, L–V 8:00–17:00)</p><p><a href="/ro/informatii-legale">Informații legale</a> · <a href="/ro/contact">Contact</a> · <a href="https://anpc.ro/" target="_blank">ANPC</a> · <a href="#" class="ot-sdk-show-settings">Setări cookie-uri</a></p><p>© %(year)d Danubia Coatings S.R.L. Toate drepturile rezervate.</p></div></div>
</div></div></div></div>
</div>

    </div>
</div>
<script src="/etc.clientlibs/danubia/clientlibs/clientlib-site.%(lc2)s.min.js"></script>
<script src="/etc.clientlibs/core/wcm/components/tabs/v1/tabs/clientlibs/site.lc-a2b5e1c9f7d3a4b6c8e0f2d4a6b8c0e2-lc.min.js"></script>
<script type="text/javascript"  src="/akam/13/5e1f7a3b"  defer></script><noscript><img src="https://www.danubia-vopsele.ro/akam/13/pixel_5e1f7a3b?a=%(akam)s&" style="visibility: hidden; position: absolute; left: -999px; top: -999px;" /></noscript>
    </body>
</html>
""" % {"lc0": lc[0], "lc1": lc[1], "lc2": lc[2], "page_dl": page_dl,
       "cow_dl": _dl({"teaser-77c1e0f2d4": {"@type": "danubia/components/teaser", "dc:title": "%s %s" % (cname, ccode)}}),
       "cslug": re.sub(r"[^a-z0-9]+", "-", ccode.lower()), "cname": html.escape(cname), "ccode": ccode, "chex": chex,
       "tabs_dl": _dl({"tabs-8f1c2d3e4a": {"@type": "danubia/components/tabs", "shownItems": ["tabs-8f1c2d3e4a-item-1a2b3c4d5e"]}}),
       "tablist": tablist, "panels": "\n".join(panels), "room": st["room"], "year": when.year, "akam": st["akam"]}


PAGE = {
    "service": "Danubia",
    "url": "https://www.danubia-vopsele.ro/ro/informatii-legale",
    "lang": "ro",
    "platform": "Adobe Experience Manager as a Cloud Service, Core Components (tabs)",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": [("Server", "Apache"), ("X-Vhost", "publish"), ("X-Frame-Options", "SAMEORIGIN"),
                      ("Cache-Control", "max-age=300"), ("Content-Language", "ro-RO")],
    "n": 30,
    "start": dt.date(2022, 10, 3),
    "end": dt.date(2025, 9, 12),
    "policy": POLICY,
    "first_updated": dt.date(2022, 8, 29),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.danubia-vopsele.ro/ro/informatii-legale", "select": "#" + PANEL},
}
