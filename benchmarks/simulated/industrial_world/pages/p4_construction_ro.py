"""Carpat Materiale de Construcții (cement, aggregates, dry mixes), Romanian: Sitecore 10 with SXA. "Informații
legale" page with an SXA tabs component: the privacy policy in the first tab, the cookie policy (edited on its own)
in the second; "product of the month" teaser in the side column; anti-forgery token in the newsletter form."""
import datetime as dt
import html

import common as C

URL = "https://www.carpatmateriale.ro/ro/informatii-legale"
MONTHS = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
          "octombrie", "noiembrie", "decembrie"]

POLICY = """# Politica de confidențialitate

Ultima actualizare: {UPDATED}

Carpat Materiale de Construcții S.A. (denumită în continuare „Carpat Materiale”, „noi”) respectă viața privată a clienților, partenerilor, candidaților și vizitatorilor săi. Prezenta politică explică modul în care colectăm, folosim și protejăm datele cu caracter personal, în conformitate cu Regulamentul (UE) 2016/679 privind protecția persoanelor fizice în ceea ce privește prelucrarea datelor cu caracter personal (GDPR) și cu Legea nr. 190/2018 privind măsuri de punere în aplicare a acestuia.

## 1. Cine suntem

Operatorul datelor dumneavoastră este:

@ Carpat Materiale de Construcții S.A.
@ Str. Industriilor nr. 14, 505400 Râșnov, jud. Brașov
@ CUI: RO 1234567, nr. de ordine în Registrul Comerțului: J08/123/1991
@ Telefon: +40 268 230 100
@ E-mail: [protectiadatelor@carpatmateriale.ro](mailto:protectiadatelor@carpatmateriale.ro)

## 2. Responsabilul cu protecția datelor

Am desemnat un responsabil cu protecția datelor (DPO), pe care îl puteți contacta pentru orice întrebare privind prelucrarea datelor dumneavoastră:

@ E-mail: [dpo@carpatmateriale.ro](mailto:dpo@carpatmateriale.ro)
@ Telefon: +40 268 230 199

## 3. Ce date prelucrăm

În funcție de relația pe care o aveți cu noi, prelucrăm datelel următoare:

- date de identificare și contact: nume, prenume, funcție, companie, telefon, adresă de e-mail;
- date privind comenzile și livrările: adresa șantierului, produsele comandate, numărul de înmatriculare al vehiculului, avizele de însoțire a mărfii;
- date financiare: cont bancar, istoric de plăți, limite de credit acordate distribuitorilor;
- date din solicitările transmise prin formularul de ofertă și prin calculatorul de necesar de materiale;
- date de acces în fabrici și cariere: nume, act de identitate, instruirea de securitate și sănătate în muncă;
- imagini înregistrate de sistemele de supraveghere video din incintele noastre;
- date tehnice colectate la vizitarea site-ului: adresă IP, tip de browser, pagini accesate.

Site-ul și serviciile noastre se adresează profesioniștilor din construcții și persoanelor adulte. Nu colectăm în mod intenționat date ale copiilor cu vârsta sub 16 ani.

## 4. Scopurile și temeiurile prelucrării

| Scop | Temei juridic | Perioada de stocare |
| Ofertare, încheierea și executarea contractelor cu distribuitori, constructori și clienți finali | art. 6 alin. (1) lit. b) GDPR | pe durata contractului și 10 ani după încetare |
| Evidența financiar-contabilă și facturarea | art. 6 alin. (1) lit. c) GDPR, Legea contabilității nr. 82/1991 | 10 ani |
| Răspunsul la solicitări de ofertă și reclamații privind calitatea produselor | art. 6 alin. (1) lit. b) și f) GDPR | 3 ani de la soluționare |
| Newsletterul „Carpat Pro” cu noutăți tehnice și oferte | art. 6 alin. (1) lit. a) GDPR – consimțământ | până la retragerea consimțământului |
| Recrutare și selecție | art. 6 alin. (1) lit. b) GDPR; consimțământ pentru păstrarea CV-ului | 6 luni de la încheierea procesului de selecție |
| Accesul în fabrici, stații de betoane și cariere, instruirea SSM | art. 6 alin. (1) lit. c) GDPR, Legea nr. 319/2006 | 5 ani |
| Supravegherea video a incintelor | art. 6 alin. (1) lit. f) GDPR, Legea nr. 333/2003 | 30 de zile |

Interesul nostru legitim constă în protejarea bunurilor și a persoanelor, prevenirea accidentelor de muncă în zonele de producție și de exploatare, precum și apărarea drepturilor noastre în instanță.

## 5. Destinatarii datelor

Putem divulga datele dumneavoastră, strict în măsura necesară, către:

- furnizori de servicii IT și de găzduire, inclusiv furnizorul platformei Sitecore pe care rulează acest site;
- firme de transport și logistică care livrează produsele pe șantier;
- distribuitorii autorizați Carpat Materiale, în cazul solicitărilor de ofertă pentru zona lor;
- bănci, asigurători și auditori;
- autorități publice, atunci când legea ne obligă.

Persoanele împuternicite prelucrează datele numai pe baza instrucțiunilor noastre și a unui contract încheiat conform art. 28 GDPR.

## 6. Transferuri în afara Spațiului Economic European

Unii furnizori de servicii IT pot accesa date din afara Spațiului Economic European. În aceste situații ne asigurăm că transferul se bazează pe o decizie de adecvare a Comisiei Europene sau pe clauze contractuale standard aprobate de aceasta, împreună cu măsuri suplimentare de protecție.

## 7. Cookie-uri

Site-ul nostru folosește cookie-uri strict necesare și, doar cu acordul dumneavoastră, cookie-uri de analiză și de marketing. Detalii despre fiecare cookie găsiți în secțiunea „Politica privind cookie-urile” de pe această pagină.

## 8. Drepturile dumneavoastră

În calitate de persoană vizată, aveți următoarele drepturi:

- dreptul de acces la datele prelucrate;
- dreptul la rectificarea datelor inexacte;
- dreptul la ștergerea datelor („dreptul de a fi uitat”);
- dreptul la restricționarea prelucrării;
- dreptul la portabilitatea datelor;
- dreptul de opoziție, inclusiv față de prelucrarea în scop de marketing direct;
- dreptul de a vă retrage oricând consimțământul.

Cererile se pot transmite în scris la adresa sediului sau prin e-mail la adresa responsabilului cu protecția datelor. Vom răspunde în termen de o lună de la primirea cererii, termen care poate fi prelungit cu încă două luni în cazul cererilor complexe. Exercitarea drepturilor este gratuită. Pentru cererile vădit nefondate sau excesive putem percepe o taxă rezonabilă ori putem refuza soluționarea lor, cu informarea dumneavoastră asupra motivelor. Pentru a vă proteja datele, vă putem solicita informații suplimentare pentru confirmarea identității.

## 9. Dreptul de a depune o plângere

Dacă apreciați că prelucrarea datelor încalcă legislația, vă puteți adresa autorității de supraveghere:

@ Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal
@ B-dul G-ral. Gheorghe Magheru nr. 28-30, Sector 1, cod poștal 010336, București
@ [www.dataprotection.ro](https://www.dataprotection.ro)
@ E-mail: [anspdcp@dataprotection.ro](mailto:anspdcp@dataprotection.ro)

## 10. Securitatea datelor

Aplicăm măsuri tehnice și organizatorice adecvate pentru a proteja datele împotriva accesului neautorizat, a pierderii sau a distrugerii: controlul accesului pe bază de roluri, criptarea conexiunilor, copii de siguranță periodice și instruirea angajaților. Putem actualiza periodic această politică; versiunea în vigoare este întotdeauna cea publicată pe această pagină.
"""

EDITS = [
    {"note": "typo fixed: 'datelel' -> 'datele' (date line not bumped)", "bump": False,
     "repl": [("prelucrăm datelel următoare", "prelucrăm datele următoare")]},
    {"note": "DPO phone number changed", "repl": [("+40 268 230 199", "+40 268 230 145")]},
    {"note": "recipient added: RO e-Factura (ANAF)",
     "repl": [("- bănci, asigurători și auditori;",
               "- bănci, asigurători și auditori;\n"
               "- Ministerul Finanțelor – ANAF, prin sistemul național RO e-Factura, pentru transmiterea facturilor;")]},
    {"note": "video retention changed: 30 days -> 20 days",
     "repl": [("| art. 6 alin. (1) lit. f) GDPR, Legea nr. 333/2003 | 30 de zile |",
               "| art. 6 alin. (1) lit. f) GDPR, Legea nr. 333/2003 | 20 de zile |")]},
    {"note": "section 11 added: 'Carpat Club' loyalty programme for builders",
     "repl": [("versiunea în vigoare este întotdeauna cea publicată pe această pagină.",
               "versiunea în vigoare este întotdeauna cea publicată pe această pagină.\n\n"
               "## 11. Programul de fidelitate Carpat Club\n\n"
               "Dacă vă înscrieți în programul de fidelitate Carpat Club pentru meseriași și constructori, prelucrăm "
               "numele, numărul de telefon, județul, meseria declarată și punctele acumulate din bonurile de achiziție "
               "încărcate în aplicație, pentru a vă acorda premiile și ofertele programului. Temeiul este contractul "
               "de participare (art. 6 alin. (1) lit. b) GDPR). Datele se șterg la 2 ani după ultima activitate în "
               "cont.")]},
]

COOKIE_ROWS = [
    ("ASP.NET_SessionId", "Sitecore", "sesiune", "strict necesar – sesiunea de navigare"),
    ("__RequestVerificationToken", "Sitecore", "sesiune", "strict necesar – protecția formularelor"),
    ("OptanonConsent", "OneTrust", "12 luni", "strict necesar – preferințele privind cookie-urile"),
    ("_ga, _ga_*", "Google Analytics", "13 luni", "analiză – statistici de vizitare"),
    ("_gcl_au", "Google Ads", "3 luni", "marketing – măsurarea conversiilor"),
]
COOKIE_EXTRA = [
    ("_fbp", "Meta", "3 luni", "marketing – publicitate pe Facebook și Instagram"),
    ("_clck, _clsk", "Microsoft Clarity", "12 luni", "analiză – hărți de interacțiune"),
    ("li_sugr", "LinkedIn", "3 luni", "marketing – publicitate pe LinkedIn"),
]

COOKIE_REVISIONS = [dt.date(2022, 11, 3), dt.date(2023, 6, 14), dt.date(2024, 10, 1)]  # the cookie tab's own edits

PRODUCTS = [
    ("Ciment CEM II/A-S 42,5R", "sac 40 kg", "/ro/produse/cimenturi/cem-ii-a-s-42-5r", "cem-ii-42-5r.png"),
    ("Adeziv flexibil pentru plăci C2TE S1", "sac 25 kg", "/ro/produse/adezivi/c2te-s1", "adeziv-c2te-s1.png"),
    ("Tencuială mecanizată TM 30", "sac 30 kg", "/ro/produse/tencuieli/tm-30", "tencuiala-tm30.png"),
    ("Șapă autonivelantă SA 25", "sac 25 kg", "/ro/produse/sape/sa-25", "sapa-sa25.png"),
    ("Agregat sort 4-8 mm spălat", "vrac, livrare cu basculanta", "/ro/produse/agregate/sort-4-8", "sort-4-8.png"),
    ("Beton marfă C25/30", "livrare cu autobetonieră", "/ro/produse/betoane/c25-30", "beton-c25-30.png"),
]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def noise(rng, when, i, prev):
    prev = prev or {}
    theme = C.keep_or(rng, prev.get("theme"), 0.12,
                      lambda: (when - dt.timedelta(days=rng.randint(1, 30), seconds=rng.randint(0, 86399))
                               ).strftime("%Y%m%dT%H%M%SZ"))
    ck = sum(1 for d in COOKIE_REVISIONS if when.date() >= d)
    return {"theme": theme, "cookie_policy": ck, "teaser": rng.randrange(len(PRODUCTS)),
            "token": C.b64tok(rng, 69).replace("+", "-").replace("/", "_").rstrip("=")}


LABELS = {"theme": "SXA theme ?t= stamps (deploy)", "cookie_policy": "cookie policy in the second tab edited",
          "teaser": "rotating 'Produsul lunii' teaser (side column)", "token": "__RequestVerificationToken per visit"}


def comp(cls, inner):
    return '<div class="component %s">\n<div class="component-content">\n%s</div>\n</div>' % (cls, inner)


def cookie_doc(n):
    rows = COOKIE_ROWS + COOKIE_EXTRA[:n]
    t = ("<table><thead><tr><th>Cookie</th><th>Furnizor</th><th>Durată</th><th>Scop</th></tr></thead><tbody>"
         + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % html.escape(c) for c in r) for r in rows)
         + "</tbody></table>")
    return ("<h2>Politica privind cookie-urile</h2>"
            "<p>Cookie-urile sunt fișiere text de mici dimensiuni stocate pe dispozitivul dumneavoastră atunci când "
            "vizitați un site. Folosim cookie-uri strict necesare pentru funcționarea site-ului și, numai cu acordul "
            "dumneavoastră, cookie-uri de analiză și de marketing.</p>"
            "<p>Puteți modifica oricând preferințele din butonul „Setări cookie-uri” din subsolul paginii.</p>" + t)


TERMS = ("<h2>Termeni și condiții de utilizare a site-ului</h2><p>Conținutul acestui site, inclusiv fișele tehnice, "
         "declarațiile de performanță și imaginile produselor, este proprietatea Carpat Materiale de Construcții "
         "S.A. și nu poate fi reprodus fără acordul nostru scris. Informațiile tehnice au caracter orientativ; "
         "pentru proiectare consultați fișa tehnică în vigoare.</p><p>Prețurile afișate în calculatorul de necesar "
         "nu constituie ofertă fermă.</p>")


NAV = [("Produse", "/ro/produse"), ("Soluții", "/ro/solutii"), ("Calculator materiale", "/ro/calculator"),
       ("Distribuitori", "/ro/distribuitori"), ("Documentație tehnică", "/ro/documentatie"),
       ("Despre noi", "/ro/despre-noi"), ("Cariere", "/ro/cariere"), ("Contact", "/ro/contact")]


def render(st, blocks, when):
    t = st["theme"]
    prod = PRODUCTS[st["teaser"]]
    nav = "\n".join(
        '<li class=" level0 item%d %s rel-level1">\n<div class="navigation-title field-navigationtitle">'
        '<a title="%s" href="%s">%s</a></div>\n</li>'
        % (k, "odd" if k % 2 == 0 else "even", html.escape(x), u, html.escape(x)) for k, (x, u) in enumerate(NAV))
    heads = ["Politica de confidențialitate", "Politica privind cookie-urile", "Termeni și condiții"]
    tabs_head = "\n".join(
        '<li tabindex="-1"><div>\n<div class="row">\n%s\n</div>\n</div></li>'
        % comp("content col-12", '<div class="field-heading">%s</div>' % html.escape(h)) for h in heads)
    policy = comp("rich-text col-12", C.blocks_html(blocks) + "\n")
    tabs_body = "\n".join('<div class="tab">\n<div class="row">\n%s\n</div>\n</div>' % x for x in
                          (policy, comp("rich-text col-12", cookie_doc(st["cookie_policy"])),
                           comp("rich-text col-12", TERMS)))
    tabs = comp("tabs col-12 col-lg-8",
                '<div class="tabs-inner">\n<ul class="tabs-heading">\n%s\n</ul>\n<div class="tabs-container">\n%s\n'
                '</div>\n</div>\n' % (tabs_head, tabs_body))
    side = ('<div class="col-12 col-lg-4 sidebar">\n'
            + comp("promo promo-product col-12",
                   '<div class="field-promoicon"><a href="{u}"><img src="/-/media/project/carpat/produse/{img}'
                   '?h=240&amp;w=240&amp;hash={h}" alt="{n}" width="240" height="240" /></a></div>\n'
                   '<div class="promo-text"><div><div class="field-promotext"><span class="promo-label">Produsul '
                   'lunii</span><h3>{n}</h3><p>{p}</p></div></div><div class="field-promolink"><a href="{u}">Vezi '
                   'fișa produsului</a></div></div>\n'.format(u=prod[2], img=prod[3], n=html.escape(prod[0]),
                                                             p=html.escape(prod[1]),
                                                             h=C.det_sha("carpat-img", prod[3])[:32].upper()))
            + "\n" + comp("link-list col-12", '<h3>Găsește un distribuitor</h3><ul><li class="item0 odd first">'
                          '<div class="field-link"><a href="/ro/distribuitori?judet=BV">Brașov</a></div></li>'
                          '<li class="item1 even"><div class="field-link"><a href="/ro/distribuitori?judet=B">București'
                          '</a></div></li><li class="item2 odd last"><div class="field-link"><a href="/ro/distribuitori">'
                          'Toate județele</a></div></li></ul>\n')
            + "\n</div>")
    return """<!DOCTYPE html>
<!--[if IE 9]><html class="ie9"><![endif]-->
<!--[if !IE]><!-->
<html lang="ro">
<!--<![endif]-->
<head>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <title>Informații legale | Carpat Materiale</title>
    <link href="/-/media/base-themes/core-libraries/styles/optimized-min.css?t={t}" rel="stylesheet" />
    <link href="/-/media/base-themes/main-theme/styles/optimized-min.css?t={t}" rel="stylesheet" />
    <link href="/-/media/themes/carpat/carpat-site/carpat-theme/styles/pre-optimized-min.css?t={t}" rel="stylesheet" />
    <link rel="canonical" href="https://www.carpatmateriale.ro/ro/informatii-legale" />
    <meta property="og:title" content="Informații legale" />
    <meta property="og:url" content="https://www.carpatmateriale.ro/ro/informatii-legale" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-document-language="true" type="text/javascript" charset="UTF-8" data-domain-script="0f2b8c41-7d3e-4a96-b5c2-91e7a0d4f3b6"></script>
    <script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-KX7Q2ZL');</script>
</head>
<body class="default-device bodyclass">
    <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-KX7Q2ZL" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
    <div id="wrapper">
        <header>
            <div id="header" class="container">
                <div class="row">
{logo}
{nav}
{search}
                </div>
            </div>
        </header>
        <main>
            <div id="content" class="container">
                <div class="row">
{breadcrumb}
{title}
{tabs}
{side}
                </div>
            </div>
        </main>
        <footer>
            <div id="footer" class="container">
                <div class="row">
{newsletter}
{footer}
                </div>
            </div>
        </footer>
    </div>
    <script src="/-/media/base-themes/core-libraries/scripts/optimized-min.js?t={t}"></script>
    <script src="/-/media/base-themes/xa-api/scripts/optimized-min.js?t={t}"></script>
    <script src="/-/media/base-themes/main-theme/scripts/optimized-min.js?t={t}"></script>
    <script src="/-/media/themes/carpat/carpat-site/carpat-theme/scripts/pre-optimized-min.js?t={t}"></script>
</body>
</html>
""".format(
        t=t,
        logo=comp("image file-type-icon-media-link col-6 col-lg-3 logo",
                  '<a title="Carpat Materiale" href="/ro"><img src="/-/media/project/carpat/carpat-site/logo/'
                  'carpat-materiale-logo.svg?iar=0&amp;hash=6B1E4F0A27C9D35B8E2F4A61C07D9E33" alt="Carpat '
                  'Materiale" /></a>\n'),
        nav=comp("navigation navigation-main navigation-main-horizontal col-12 col-lg-7",
                 '<nav>\n<ul class="clearfix">\n%s\n</ul>\n</nav>\n' % nav),
        search=comp("search-box horizontal col-6 col-lg-2",
                    '<div class="search-box-input"><input type="text" class="search-box-input tt-input" '
                    'placeholder="Caută" data-properties="{&quot;endpoint&quot;:&quot;/ro/sxa/search/results/&quot;}"'
                    ' /><button class="search-box-button" type="submit">Caută</button></div>\n'),
        breadcrumb=comp("breadcrumb navigation-title col-12",
                        '<nav>\n<ol>\n<li class="breadcrumb item-0 odd first"><div class="navigation-title">'
                        '<a title="Acasă" href="/ro">Acasă</a></div><div class="separator">/</div></li>\n'
                        '<li class="breadcrumb item-1 even last"><div class="navigation-title"><a title="Informații '
                        'legale" href="/ro/informatii-legale">Informații legale</a></div></li>\n</ol>\n</nav>\n'),
        title=comp("title col-12", '<div class="field-title"><h1>Informații legale</h1></div>\n'),
        tabs=tabs, side=side,
        newsletter=comp("form col-12 col-lg-6 newsletter",
                        '<form action="/formbuilder?fxb.FormItemId=3c1e9f2a-5d7b-4e80-a1c6-0b9d8e7f6a54&amp;'
                        'fxb.HtmlPrefix=fxb.d2f1a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7" class="newsletter-form" '
                        'data-ajax="true" data-ajax-method="Post" data-ajax-mode="replace-with" method="post">'
                        '<input name="__RequestVerificationToken" type="hidden" value="%s" />'
                        '<input id="fxb_d2f1a3b4_FormSessionId" name="fxb.d2f1a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7.'
                        'FormSessionId" type="hidden" value="%s" />'
                        '<h2 class="title">Abonează-te la newsletterul Carpat Pro</h2>'
                        '<label for="fxb_email">E-mail</label><input id="fxb_email" name="fxb.Fields[0].Value" '
                        'type="email" class="form-control" />'
                        '<input type="submit" value="Abonare" class="btn btn-primary" /></form>\n'
                        % (st["token"], C.det_uuid("carpat-form", st["token"]))),
        footer=comp("rich-text col-12 col-lg-6 footer-info",
                    '<p><strong>Carpat Materiale de Construcții S.A.</strong><br />Str. Industriilor nr. 14, 505400 '
                    'Râșnov, jud. Brașov<br />Tel.: +40 268 230 100</p><p><a href="/ro/informatii-legale">Informații '
                    'legale</a> | <a href="https://anpc.ro/" rel="noopener">ANPC</a> | <a href="#" class="ot-sdk-'
                    'show-settings">Setări cookie-uri</a></p><p>© %d Carpat Materiale de Construcții S.A.</p>\n'
                    % when.year))


PAGE = {
    "service": "Carpat Materiale",
    "url": URL,
    "lang": "ro",
    "platform": "Sitecore 10.2 with SXA (tabs component)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Cache-Control", "private"), ("Server", "Microsoft-IIS/10.0"),
                      ("X-Frame-Options", "SAMEORIGIN"), ("X-Content-Type-Options", "nosniff")),
    "n": 30,
    "start": dt.date(2022, 5, 10),
    "end": dt.date(2025, 9, 30),
    "policy": POLICY,
    "first_updated": dt.date(2022, 3, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".tabs-container > .tab:first-child"},
}
