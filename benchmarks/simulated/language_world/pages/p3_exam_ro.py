"""Lingua Transilvania (authorised Cambridge English exam centre, Cluj-Napoca; Romanian), a Drupal site migrated from
Drupal 7 (custom Bartik-derived theme) to Drupal 10 (Bootstrap 5 subtheme) in November 2023. The policy is the body
field of a basic page; the page title is a separate block, outside the body. The migration renamed the field's
classes (.field-name-body -> .field--name-body): the declaration has a history entry. The migrated body kept its
CKEditor 4 markup until the first save in Drupal 10 (CKEditor 5: figure.table, no inline styles)."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import lwkit as K  # noqa: E402

POLICY = """
Ultima actualizare: {UPDATED}

Lingua Transilvania SRL, în calitate de centru autorizat de examinare Cambridge English (centrul RO021) din Cluj-Napoca, prelucrează datele cu caracter personal ale candidaților, ale părinților sau reprezentanților legali ai candidaților minori și ale vizitatorilor site-ului în conformitate cu Regulamentul (UE) 2016/679 (GDPR) și cu Legea nr. 190/2018.

## 1. Cine suntem

@ Lingua Transilvania SRL
@ Str. Memorandumului nr. 21, et. 2, 400114 Cluj-Napoca
@ CUI RO31458820, J12/2871/2013
@ E-mail: dpo@examene-lingua.ro

## 2. Ce date prelucrăm

| Categorie | Date | Scop |
| Date de identificare | nume, prenume, data nașterii, sex, tipul și numărul actului de identitate | înscrierea la examen și verificarea identității în ziua examenului |
| Date de contact | adresă de e-mail, număr de telefon, adresă poștală | comunicări privind sesiunea, convocatorul și rezultatele |
| Date privind examenul | nivelul ales, numărul de candidat, rezultatele și certificatul | organizarea examenului și eliberarea certificatelor |
| Date privind nevoile speciale | documente medicale justificative pentru aranjamente speciale (de exemplu timp suplimentar) | acordarea aranjamentelor speciale, numai cu acordul dumneavoastră |
| Date de plată | numele plătitorului, suma, data plății, datele de facturare | încasarea taxei de examen și facturarea |

## 3. Temeiul legal

Prelucrăm datele în baza contractului de înscriere la examen (art. 6 alin. (1) lit. b) GDPR), a obligațiilor legale în materie fiscală și contabilă (art. 6 alin. (1) lit. c) GDPR) și, pentru datele privind sănătatea, în baza consimțământului dumneavoastră explicit (art. 9 alin. (2) lit. a) GDPR). Pentru candidații cu vârsta sub 16 ani, înscrierea se face de către părinte sau tutore.

## 4. Cui transmitem datele

Pentru a putea susține examenul și a primi certificatul, datele dumneavoastră sunt transmise către Cambridge University Press & Assessment (Regatul Unit), care este operator independent pentru examenele Cambridge English. Transferul către Regatul Unit se face în baza deciziei de adecvare a Comisiei Europene. Mai transmitem date către:

- furnizorul platformei de înscriere online și de plată (Netopia Payments);
- firma de contabilitate cu care colaborăm;
- autoritățile publice, atunci când legea ne obligă.

## 5. Cât timp păstrăm datele

Păstrăm datele privind înscrierea și rezultatele timp de 3 ani de la data examenului, pentru a putea răspunde solicitărilor de verificare a rezultatelor. Copiile actelor de identitate se păstrează pe durata sesiunii și 30 de zile după comunicarea rezultatelor. Documentele financiar-contabile se păstrează conform termenelor prevăzute de legislația contabilă.

## 6. Drepturile dumneavoastră

Aveţi dreptul de acces, de rectificare, de ștergere, de restricționare a prelucrării, dreptul la portabilitatea datelor, dreptul de opoziție și dreptul de a vă retrage consimțământul în orice moment, fără a afecta legalitatea prelucrării efectuate înainte de retragere. Cererile se transmit la adresa [dpo@examene-lingua.ro](mailto:dpo@examene-lingua.ro). De asemenea, aveți dreptul de a depune o plângere la Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal ([www.dataprotection.ro](https://www.dataprotection.ro)).

## 7. Cookie-uri

Site-ul folosește cookie-uri strict necesare pentru funcționarea formularului de înscriere și, doar cu acordul dumneavoastră, cookie-uri Google Analytics. Vă puteți modifica oricând opțiunea din bannerul de cookie-uri afișat în partea de jos a paginii.
"""

EDITS = [
    {"note": "recipient added to the list: the ECL consortium (Pécs, Hungary) for ECL exams",
     "repl": [("- firma de contabilitate cu care colaborăm;",
               "- Consorțiul ECL (Universitatea din Pécs, Ungaria), pentru candidații înscriși la examenele ECL;\n"
               "- firma de contabilitate cu care colaborăm;")]},
    {"note": "diacritic fixed (cedilla ţ -> comma-below ț in 'Aveți'), date unchanged", "bump": False,
     "repl": [("Aveţi dreptul de acces", "Aveți dreptul de acces")]},
    {"note": "section added: candidate photographs taken on exam day (Cambridge B1 and above)",
     "repl": [("## 6. Drepturile dumneavoastră",
               "## 6. Fotografierea candidaților\n\n"
               "În ziua examenului, candidații la examenele Cambridge English de nivel B1 Preliminary și "
               "superior sunt fotografiați de personalul centrului. Fotografia este transmisă către Cambridge "
               "University Press & Assessment și poate fi văzută de instituțiile cărora le permiteți să vă "
               "verifice rezultatele prin serviciul Results Verification.\n\n"
               "## 7. Drepturile dumneavoastră"),
              ("## 7. Cookie-uri", "## 8. Cookie-uri")]},
    {"note": "retention of ID copies changed from 30 to 90 days",
     "repl": [("sesiunii și 30 de zile după", "sesiunii și 90 de zile după")]},
    {"note": "DPO e-mail address changed (address block and rights section)",
     "repl": [("@ E-mail: dpo@examene-lingua.ro", "@ E-mail: protectiadatelor@examene-lingua.ro"),
              ("[dpo@examene-lingua.ro](mailto:dpo@examene-lingua.ro)",
               "[protectiadatelor@examene-lingua.ro](mailto:protectiadatelor@examene-lingua.ro)")]},
]


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["ro"][d.month - 1], d.year)


D10_FROM = dt.datetime(2023, 11, 20, 16, 0)
URL = "https://www.examene-lingua.ro/politica-de-confidentialitate"

SESSIONS = [(3, 16, "B2 First (FCE)", 60), (5, 25, "A2 Key și B1 Preliminary for Schools", 90),
            (6, 15, "B2 First for Schools", 120), (6, 22, "C1 Advanced (CAE)", 45), (11, 23, "C1 Advanced (CAE)", 45),
            (12, 7, "B1 Preliminary și B2 First", 80)]


def _sessions(rng, d):
    out = []
    for y in (d.year, d.year + 1):
        for m, day, name, cap in SESSIONS:
            exam = dt.date(y, m, day)
            close = exam - dt.timedelta(days=42)
            if exam < d:
                continue
            left = (close - d).days
            if left < 0:
                seats = None
            else:
                frac = min(1.0, left / 75.0)
                seats = max(0, min(cap, int(cap * (0.15 + 0.85 * frac)) + rng.randint(-3, 3)))
            out.append((exam, name, close, seats))
    out.sort()
    return tuple(out[:3])


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "ro")
    d10 = when >= D10_FROM
    same_gen = prev is not None and (p.get("drupal") or "").startswith("10") == d10
    return {
        "form_build_id": "form-" + C.b64tok(rng, 32).replace("+", "-").replace("/", "_").rstrip("="),
        "dom_id": C.hexs(rng, 64 if d10 else 32),
        "theme_token": None if d10 else C.b64tok(rng, 32).replace("+", "-").replace("/", "_").rstrip("="),
        "drupal": ("10.1.%d" % (6 + (when >= dt.datetime(2024, 1, 20))) if when < dt.datetime(2024, 7, 1)
                   else "10.2.%d" % (7 + (when >= dt.datetime(2024, 10, 5)))) if d10 else "7.98",
        "aggr": C.keep_or(rng, p.get("aggr") if same_gen else None, 0.2,
                          lambda: (C.b64tok(rng, 32).replace("+", "-").replace("/", "_").rstrip("="),
                                   C.b64tok(rng, 32).replace("+", "-").replace("/", "_").rstrip("="),
                                   C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789"))),
        "sessions": _sessions(rng, loc.date()),
    }


LABELS = {
    "form_build_id": "newsletter form's form_build_id (per request)",
    "dom_id": "views dom_id of the sessions block (per render)",
    "theme_token": "Drupal 7 ajaxPageState theme_token (per request)",
    "drupal": "Drupal core version (7 -> 10 migration in November 2023, core updates)",
    "aggr": "CSS/JS aggregate file names and cache-busting query string (cache clears)",
    "sessions": "sidebar 'Următoarele sesiuni de examen' (dates, registration deadlines, seats left)",
    "editor": "body markup generation (migrated CKEditor 4 HTML until first save in Drupal 10)",
}

_MEM = {}


def _body(blocks, cke5):
    if cke5:
        def table(rows, inl):
            head = "".join("<th>%s</th>" % inl(c) for c in rows[0])
            body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
            return '<figure class="table"><table><thead><tr>%s</tr></thead><tbody>%s</tbody></table></figure>' % (
                head, body)
        return K.render_blocks(blocks, table=table, sep="")

    def table4(rows, inl):
        head = "".join('<th scope="col">%s</th>' % inl(c) for c in rows[0])
        body = "".join("<tr>\n\t\t\t%s\n\t\t</tr>" % "\n\t\t\t".join("<td>%s</td>" % inl(c) for c in r)
                       for r in rows[1:])
        return ('<table border="1" cellpadding="4" cellspacing="0" style="width:100%%">\n\t<thead>\n\t\t<tr>\n\t\t\t%s'
                '\n\t\t</tr>\n\t</thead>\n\t<tbody>\n\t\t%s\n\t</tbody>\n</table>' % (head, body))
    return K.render_blocks(blocks, table=table4, tags={"p": ' style="text-align:justify"'},
                           addr=lambda lines, inl: "<p>%s</p>" % "<br />\n".join(inl(x) for x in lines),
                           sep="\n\n")


def _sessions_html(sessions, d10, dom_id):
    rows = []
    for n, (exam, name, close, seats) in enumerate(sessions):
        slug = K.slug_ascii(name.lower()) + "-" + K.MONTHS["ro"][exam.month - 1] + "-%d" % exam.year
        seat_txt = "Înscrieri închise" if seats is None else ("Locuri epuizate" if seats == 0 else str(seats))
        if d10:
            rows.append(
                '<div class="views-row">\n<div class="views-field views-field-title"><span class="field-content">'
                '<a href="/sesiuni/%s" hreflang="ro">%s</a></span></div><div class="views-field '
                'views-field-field-data-examen"><div class="field-content"><time datetime="%sT12:00:00Z">%s</time>'
                '</div></div><div class="views-field views-field-field-termen"><span class="views-label">Înscrieri '
                'până la: </span><div class="field-content">%s</div></div><div class="views-field '
                'views-field-field-locuri"><span class="views-label">Locuri disponibile: </span><div '
                'class="field-content">%s</div></div>\n</div>'
                % (slug, K.esc(name), exam.isoformat(), fmt_date(exam), fmt_date(close), seat_txt))
            continue
        pos = "odd" if n % 2 == 0 else "even"
        extra = " views-row-first" if n == 0 else (" views-row-last" if n == len(sessions) - 1 else "")
        rows.append(
            '  <div class="views-row views-row-%d views-row-%s%s">\n      \n  <div class="views-field views-field-title">'
            '        <span class="field-content"><a href="/sesiuni/%s">%s</a></span>  </div>  \n  <div class="views-field '
            'views-field-field-data-examen">        <span class="field-content"><span class="date-display-single" '
            'property="dc:date" datatype="xsd:dateTime" content="%sT12:00:00+03:00">%s</span></span>  </div>  \n  '
            '<div class="views-field views-field-field-termen">    <span class="views-label views-label-field-termen">'
            'Înscrieri până la: </span>    <span class="field-content">%s</span>  </div>  \n  <div class="views-field '
            'views-field-field-locuri">    <span class="views-label views-label-field-locuri">Locuri disponibile: '
            '</span>    <span class="field-content">%s</span>  </div>  </div>'
            % (n + 1, pos, extra, slug, K.esc(name), exam.isoformat(), fmt_date(exam), fmt_date(close), seat_txt))
    if d10:
        return ('<div class="views-element-container"><div class="view view-sesiuni view-id-sesiuni '
                'view-display-id-block_1 js-view-dom-id-%s">\n  \n    \n      \n      <div class="view-content">\n'
                '          %s\n\n    </div>\n  \n          </div>\n</div>' % (dom_id, "\n    ".join(rows)))
    return ('<div class="view view-sesiuni view-id-sesiuni view-display-id-block_1 view-dom-id-%s">\n        \n  \n  \n'
            '      <div class="view-content">\n    %s\n    </div>\n  \n  \n  \n  \n  \n  \n</div>'
            % (dom_id, "\n  ".join(rows)))


MENU = [("Acasă", "/"), ("Examene Cambridge", "/examene-cambridge"), ("Calendar sesiuni", "/sesiuni"),
        ("Taxe de examen", "/taxe"), ("Înscriere online", "/inscriere"), ("Rezultate", "/rezultate"),
        ("Contact", "/contact")]

D7 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ro" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:og="http://ogp.me/ns#"
  xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
  xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:sioct="http://rdfs.org/sioc/types#"
  xmlns:skos="http://www.w3.org/2004/02/skos/core#"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema#">

<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="https://www.examene-lingua.ro/sites/default/files/favicon.png" type="image/png" />
<meta name="description" content="Politica de confidențialitate a centrului de examinare Cambridge English Lingua Transilvania din Cluj-Napoca." />
<meta name="generator" content="Drupal 7 (https://www.drupal.org)" />
<link rel="canonical" href="https://www.examene-lingua.ro/politica-de-confidentialitate" />
<link rel="shortlink" href="https://www.examene-lingua.ro/node/27" />
  <title>Politica de confidențialitate | Lingua Transilvania – Centru de examinare Cambridge English</title>
  <link type="text/css" rel="stylesheet" href="https://www.examene-lingua.ro/sites/default/files/css/css_@@css@@.css" media="all" />
<link type="text/css" rel="stylesheet" href="https://www.examene-lingua.ro/sites/default/files/css/css_@@css2@@.css" media="all" />
  <script type="text/javascript" src="https://www.examene-lingua.ro/sites/default/files/js/js_@@js@@.js"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
(function(i,s,o,g,r,a,m){i["GoogleAnalyticsObject"]=r;i[r]=i[r]||function(){(i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date();a=s.createElement(o),m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)})(window,document,"script","https://www.google-analytics.com/analytics.js","ga");ga("create", "UA-48213377-1", {"cookieDomain":"auto"});ga("set", "anonymizeIp", true);ga("send", "pageview");
//--><!]]>
</script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":"","setHasJsCookie":0,"ajaxPageState":{"theme":"lingua","theme_token":"@@theme_token@@"},"eu_cookie_compliance":{"cookie_policy_version":"1.0.0","popup_enabled":1,"popup_agreed_enabled":0,"popup_hide_agreed":0,"popup_clicking_confirmation":0,"popup_scrolling_confirmation":0,"popup_html_info":"\\u003Cdiv class=\\u0022eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in\\u0022\\u003E\\n  \\u003Cdiv class=\\u0022popup-content info\\u0022\\u003E\\n    \\u003Cdiv id=\\u0022popup-text\\u0022\\u003E\\n      \\u003Cp\\u003EFolosim cookie-uri pentru a analiza traficul site-ului.\\u003C\\/p\\u003E\\n    \\u003C\\/div\\u003E\\n  \\u003C\\/div\\u003E\\n\\u003C\\/div\\u003E","popup_link":"\\/politica-de-confidentialitate","method":"opt_in","popup_position":0,"popup_language":"ro","domain":"","cookie_lifetime":"100","cookie_session":false},"urlIsAjaxTrusted":{"\\/politica-de-confidentialitate":true}});
//--><!]]>
</script>
  <!--[if lt IE 9]><script src="https://www.examene-lingua.ro/sites/all/themes/lingua/js/html5.js"></script><![endif]-->
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-27 node-type-page i18n-ro" >
  <div id="skip-link">
    <a href="#main-content" class="element-invisible element-focusable">Salt la conținutul principal</a>
  </div>
    <div id="page-wrapper"><div id="page">

  <div id="header" class="without-secondary-menu"><div class="section clearfix">

        <a href="/" title="Acasă" rel="home" id="logo">
        <img src="https://www.examene-lingua.ro/sites/all/themes/lingua/logo.png" alt="Acasă" />
      </a>
    
          <div id="name-and-slogan">
                              <div id="site-name">
              <strong>
                <a href="/" title="Acasă" rel="home"><span>Lingua Transilvania</span></a>
              </strong>
            </div>
                  
                  <div id="site-slogan">
            Centru autorizat de examinare Cambridge English · Cluj-Napoca          </div>
              </div> <!-- /#name-and-slogan -->
    
    
          <div id="main-menu" class="navigation">
        <h2 class="element-invisible">Meniu principal</h2><ul id="main-menu-links" class="links clearfix">@@menu@@</ul>      </div> <!-- /#main-menu -->
    
    
  </div></div> <!-- /.section, /#header -->

  
  
  <div id="main-wrapper" class="clearfix"><div id="main" role="main" class="clearfix">

          <div id="breadcrumb"><h2 class="element-invisible">Sunteți aici</h2><div class="breadcrumb"><a href="/">Acasă</a> » Politica de confidențialitate</div></div>
    
    <div id="content" class="column"><div class="section">
            <a id="main-content"></a>
                    <h1 class="title" id="page-title">
          Politica de confidențialitate        </h1>
                          <div class="tabs">
                  </div>
                          <div class="region region-content">
    <div id="block-system-main" class="block block-system">

    
  <div class="content">
    <div id="node-27" class="node node-page clearfix" about="/politica-de-confidentialitate" typeof="foaf:Document">

      <span property="dc:title" content="Politica de confidențialitate" class="rdf-meta element-hidden"></span>
  
  <div class="content clearfix">
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">@@body@@
</div></div></div>  </div>

  
  
</div>
  </div>
</div>
  </div>
      
    </div></div> <!-- /.section, /#content -->

          <div id="sidebar-second" class="column sidebar"><div class="section">
          <div class="region region-sidebar-second">
    <div id="block-views-sesiuni-block-1" class="block block-views">

    <h2>Următoarele sesiuni de examen</h2>
  
  <div class="content">
    @@sessions@@  </div>
</div>
<div id="block-block-3" class="block block-block">

    <h2>Contact</h2>
  
  <div class="content">
    <p>Str. Memorandumului nr. 21, et. 2, Cluj-Napoca<br />Tel. 0264 590 318<br />L–V 9:00–17:00</p>
  </div>
</div>
  </div>
      </div></div> <!-- /.section, /#sidebar-second -->
    
  </div></div> <!-- /#main, /#main-wrapper -->

  
  <div id="footer-wrapper"><div class="section">

    
          <div id="footer" class="clearfix">
          <div class="region region-footer">
    <div id="block-simplenews-1" class="block block-simplenews">

    <h2>Newsletter</h2>
  
  <div class="content">
        <p>Află primul când se deschid înscrierile.</p>
  
      <form class="simplenews-subscribe" action="/politica-de-confidentialitate" method="post" id="simplenews-block-form-1" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-mail">
  <label for="edit-mail">E-mail <span class="form-required" title="Acest câmp este obligatoriu.">*</span></label>
 <input type="text" id="edit-mail" name="mail" value="" size="20" maxlength="128" class="form-text required" />
</div>
<input type="submit" id="edit-submit" name="op" value="Abonează-te" class="form-submit" /><input type="hidden" name="form_build_id" value="@@form_build_id@@" />
<input type="hidden" name="form_id" value="simplenews_block_form_1" />
</div></form>  
  
  
    </div>
</div>
<div id="block-block-1" class="block block-block">

    
  <div class="content">
    <p>© 2013–@@year@@ Lingua Transilvania SRL · <a href="/politica-de-confidentialitate">Politica de confidențialitate</a> · <a href="https://anpc.ro/">ANPC</a></p>
  </div>
</div>
  </div>
      </div> <!-- /#footer -->
    
  </div></div> <!-- /.section, /#footer-wrapper -->

</div></div> <!-- /#page, /#page-wrapper -->
  <script type="text/javascript" src="https://www.examene-lingua.ro/sites/default/files/js/js_@@js2@@.js"></script>
</body>
</html>
"""

D10 = """<!DOCTYPE html>
<html lang="ro" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
  <head>
    <meta charset="utf-8" />
<script async src="https://www.googletagmanager.com/gtag/js?id=G-8RBZ1M4K2T"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments)};gtag("js", new Date());gtag("set", "developer_id.dMDhkMT", true);gtag("config", "G-8RBZ1M4K2T", {"groups":"default","page_placeholder":"PLACEHOLDER_page_location","allow_ad_personalization_signals":false});</script>
<meta name="description" content="Politica de confidențialitate a centrului de examinare Cambridge English Lingua Transilvania din Cluj-Napoca." />
<link rel="canonical" href="https://www.examene-lingua.ro/politica-de-confidentialitate" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/sites/default/files/favicon.png" type="image/png" />

    <title>Politica de confidențialitate | Lingua Transilvania</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_@@css@@.css?delta=0&amp;language=ro&amp;theme=lingua_b5&amp;include=eJxtjkEOwjAMBD8U4idFbmKFgBNHsQs0r6cFDhy4rXZmpY0iVs3hPiGLRKaQRMzMcJxbRLDT0EN64EjSi2NnKSEMGdkZfD6Dx3WSM4Exd07rtm8vB6qXjrT70G3cZaLQnTV0gzLhKz3yhZqoyxv9P4mQQ4n6W4V9o4XKqaGs" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_@@css2@@.css?delta=1&amp;language=ro&amp;theme=lingua_b5&amp;include=eJxtjkEOwjAMBD8U4idFbmKFgBNHsQs0r6cFDhy4rXZmpY0iVs3hPiGLRKaQRMzMcJxbRLDT0EN64EjSi2NnKSEMGdkZfD6Dx3WSM4Exd07rtm8vB6qXjrT70G3cZaLQnTV0gzLhKz3yhZqoyxv9P4mQQ4n6W4V9o4XKqaGs" />

    <script src="/sites/default/files/js/js_@@js@@.js?scope=header&amp;delta=0&amp;language=ro&amp;theme=lingua_b5&amp;include=eJxLSs3JLEnN0c_Jz0vPz0nRS8_PT89J1c_Pz8nPzywuyUwBAK5bCxo"></script>

  </head>
  <body class="layout-one-sidebar layout-sidebar-second path-node page-node-type-page">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Sari la conținutul principal
    </a>
    
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    
<div id="page-wrapper">
  <div id="page">
    <header id="header" class="header" role="banner" aria-label="Antetul site-ului">
                        <nav class="navbar navbar-expand-lg navbar-light bg-white border-bottom" id="navbar-main">
                    <div class="container">
                      <div id="block-lingua-b5-site-branding" class="block block-system block-system-branding-block">
  
    
      <a href="/" rel="home" class="navbar-brand">
      <img src="/themes/custom/lingua_b5/logo.svg" alt="Acasă" width="180" height="48" />
    </a>
  </div>

              <button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#navbarSupportedContent" aria-controls="navbarSupportedContent" aria-expanded="false" aria-label="Comutare navigare">
        <span class="navbar-toggler-icon"></span>
      </button>

      <div class="collapse navbar-collapse justify-content-md-end" id="navbarSupportedContent">
          <nav role="navigation" aria-labelledby="block-lingua-b5-main-menu-menu" id="block-lingua-b5-main-menu" class="block block-menu navigation menu--main">
            
  <h2 class="visually-hidden" id="block-lingua-b5-main-menu-menu">Navigare principală</h2>
  

        
              <ul data-block="nav_main" class="navbar-nav mr-auto">
@@menu@@
        </ul>
  


  </nav>

      </div>
                    </div>
                  </nav>
    </header>
          <div class="highlighted">
        <aside class="container section clearfix" role="complementary">
            <div data-drupal-messages-fallback class="hidden"></div>

        </aside>
      </div>
            <div id="main-wrapper" class="layout-main-wrapper clearfix">
              <div id="main" class="container">
            <div id="block-lingua-b5-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  
    
        <nav aria-label="breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Traseu</h2>
    <ol class="breadcrumb">
          <li class="breadcrumb-item">
                  <a href="/">Acasă</a>
              </li>
          <li class="breadcrumb-item">
                  Politica de confidențialitate
              </li>
        </ol>
  </nav>

  </div>


          <div class="row row-offcanvas row-offcanvas-left clearfix">
              <main class="main-content col" id="content" role="main">
                <section class="section">
                  <a href="#main-content" id="main-content" tabindex="-1"></a>
                    <div id="block-lingua-b5-page-title" class="block block-core block-page-title-block">
  
    
      <h1 class="title"><span property="schema:name" class="field field--name-title field--type-string field--label-hidden">Politica de confidențialitate</span>
</h1>


  </div>
<div id="block-lingua-b5-content" class="block block-system block-system-main-block">
  
    
      
<article data-history-node-id="27" about="/politica-de-confidentialitate" typeof="schema:WebPage" class="node node--type-page node--view-mode-full">

  
      <span property="schema:name" content="Politica de confidențialitate" class="rdf-meta hidden"></span>


  
  <div class="node__content clearfix">
    
            <div property="schema:text" class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">@@body@@</div>
      
  </div>

</article>

  </div>


                </section>
              </main>
                                      <div class="sidebar_second sidebar col-md-3 order-last" id="sidebar_second">
                <aside class="section" role="complementary">
                    <div class="views-element-container block block-views block-views-blocksesiuni-block-1" id="block-lingua-b5-views-block-sesiuni-block-1">
  
      <h2>Următoarele sesiuni de examen</h2>
    
      <div class="content">
      @@sessions@@

    </div>
  </div>
<div id="block-lingua-b5-contact" class="block block-block-content block-block-content3f1d9c42-7a0b-4e61-9c25-81d0e6b7a2f4">
  
      <h2>Contact</h2>
    
      <div class="content">
      
            <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>Str. Memorandumului nr. 21, et. 2, Cluj-Napoca<br>Tel. 0264 590 318<br>L–V 9:00–17:00</p></div>
      
    </div>
  </div>

                </aside>
              </div>
                      </div>
        </div>
          </div>
        <footer class="site-footer">
              <div class="container">
                      <div class="site-footer__top clearfix">
                <section class="row region region-footer-first">
    <div class="simplenews-subscriptions-block-newsletter simplenews-subscriber-form block block-simplenews block-simplenews-subscription-block" data-drupal-selector="simplenews-subscriptions-block-newsletter" id="block-lingua-b5-simplenews">
  
      <h2>Newsletter</h2>
    
      <div class="content">
      <form action="/politica-de-confidentialitate" method="post" id="simplenews-subscriptions-block-newsletter" accept-charset="UTF-8">
  <div class="field--type-email field--name-mail field--widget-email-default js-form-wrapper form-wrapper mb-3" data-drupal-selector="edit-mail-wrapper" id="edit-mail-wrapper">      <div class="js-form-item form-item js-form-type-email form-item-mail-0-value js-form-item-mail-0-value">
      <label for="edit-mail-0-value" class="js-form-required form-required">E-mail</label>
        <input data-drupal-selector="edit-mail-0-value" type="email" id="edit-mail-0-value" name="mail[0][value]" value="" size="60" maxlength="254" placeholder="" class="form-email required form-control" required="required" aria-required="true" />

        </div>

  </div>
<input autocomplete="off" data-drupal-selector="@@fbid_sel@@" type="hidden" name="form_build_id" value="@@form_build_id@@" class="form-control" />
<input data-drupal-selector="edit-simplenews-subscriptions-block-newsletter" type="hidden" name="form_id" value="simplenews_subscriptions_block_newsletter" class="form-control" />
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper mb-3" id="edit-actions"><button data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Abonează-te" class="button js-form-submit form-submit btn btn-primary">Abonează-te</button>
</div>

</form>

    </div>
  </div>

  </section>

            </div>
                                <div class="site-footer__bottom">
                <section class="row region region-footer-fifth">
    <div id="block-lingua-b5-copyright" class="block block-block-content block-block-content7c2e40b1-95d3-4f8a-b6e1-0a4c3d2f9e85">
  
    
      <div class="content">
      
            <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>© 2013–@@year@@ Lingua Transilvania SRL · <a href="/politica-de-confidentialitate">Politica de confidențialitate</a> · <a href="https://anpc.ro/">ANPC</a></p></div>
      
    </div>
  </div>

  </section>

            </div>
                  </div>
          </footer>
  </div>
</div>

  </div>

    
    <script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/27","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"ro"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"google_analytics":{"account":"G-8RBZ1M4K2T","trackOutbound":true,"trackMailto":true,"trackTel":true,"trackDownload":true,"trackDownloadExtensions":"7z|aac|arc|arj|asf|asx|avi|bin|csv|doc(x|m)?|dot(x|m)?|exe|flv|gif|gz|gzip|hqx|jar|jpe?g|js|mp(2|3|4|e?g)|mov(ie)?|msi|msp|pdf|phps|png|ppt(x|m)?|pot(x|m)?|pps(x|m)?|ppam|sld(x|m)?|thmx|qtm?|ra(m|r)?|sea|sit|tar|tgz|torrent|txt|wav|wma|wmv|wpd|xls(x|m|b)?|xlt(x|m)|xlam|xml|z|zip"},"ajaxPageState":{"libraries":"eJxtjkEOwjAMBD8U4idFbmKFgBNHsQs0r6cFDhy4rXZmpY0iVs3hPiGLRKaQRMzMcJxbRLDT0EN64EjSi2NnKSEMGdkZfD6Dx3WSM4Exd07rtm8vB6qXjrT70G3cZaLQnTV0gzLhKz3yhZqoyxv9P4mQQ4n6W4V9o4XKqaGs","theme":"lingua_b5","theme_token":null},"ajaxTrustedUrl":{"form_action_p_pvdeGsVG5zNF_XLGPTvYSKCf43t8qZYSwcfZl2uzM":true},"views":{"ajax_path":"\\/views\\/ajax","ajaxViews":{"views_dom_id:@@dom_id@@":{"view_name":"sesiuni","view_display_id":"block_1","view_args":"","view_path":"\\/node\\/27","view_base_path":"sesiuni","view_dom_id":"@@dom_id@@","pager_element":0}}},"user":{"uid":0,"permissionsHash":"5e0d2a8c7f4b1e93a6d0c2f8b7e5a1d4c9f3b6e0a2d8c5f1b4e7a9d3c6f0b2e8"}}</script>
<script src="/sites/default/files/js/js_@@js2@@.js?scope=footer&amp;delta=0&amp;language=ro&amp;theme=lingua_b5&amp;include=eJxLSs3JLEnN0c_Jz0vPz0nRS8_PT89J1c_Pz8nPzywuyUwBAK5bCxo"></script>

  </body>
</html>
"""


def render(state, blocks, when):
    d10 = state["drupal"].startswith("10")
    h = C.det_sha(repr(blocks))
    if d10 and "h_mig" not in _MEM:
        _MEM["h_mig"] = h
    cke5 = d10 and _MEM.get("h_mig") != h
    state["editor"] = "ckeditor5" if cke5 else "ckeditor4"
    a, b, qs = state["aggr"]
    if d10:
        menu = "\n".join('            <li class="nav-item%s">\n          <a href="%s" class="nav-link%s" '
                         'data-drupal-link-system-path="%s">%s</a>\n      </li>'
                         % (" active" if False else "", u, "", "<front>" if u == "/" else u.strip("/"), K.esc(t))
                         for t, u in MENU)
        fbid = state["form_build_id"]
        return K.fill(D10, css=a, css2=b[:20] + a[20:], js=b, js2=a[::-1], menu=menu, body=_body(blocks, cke5),
                      sessions=_sessions_html(state["sessions"], True, state["dom_id"]), form_build_id=fbid,
                      fbid_sel=fbid.lower().replace("_", "-"), dom_id=state["dom_id"], year=when.year)
    menu = "".join('<li class="menu-%d%s"><a href="%s"%s>%s</a></li>'
                   % (218 + n, " first" if n == 0 else (" last" if n == len(MENU) - 1 else ""), u,
                      ' title=""' if n else "", K.esc(t)) for n, (t, u) in enumerate(MENU))
    return K.fill(D7, css=a, css2=b, js=b[::-1], js2=a[::-1], theme_token=state["theme_token"], menu=menu,
                  body=_body(blocks, False), sessions=_sessions_html(state["sessions"], False, state["dom_id"]),
                  form_build_id=state["form_build_id"], year=when.year) + ""


PAGE = {
    "service": "Lingua Transilvania",
    "url": URL,
    "lang": "ro",
    "platform": "Drupal 7 (Bartik-derived theme) -> Drupal 10 (Bootstrap 5 subtheme) in November 2023",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "nginx"),
                      ("Cache-Control", "no-cache, must-revalidate"), ("X-Content-Type-Options", "nosniff")],
    "n": 29,
    "start": dt.date(2023, 3, 1),
    "end": dt.date(2024, 12, 20),
    "hours": (5, 11, 17),
    "policy": POLICY,
    "first_updated": dt.date(2022, 9, 12),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": URL,
        "select": "article.node .field--name-body",
    },
    "history": [{"fetch": URL, "select": ".field-name-body", "validUntil": "2023-11-20T16:00:00Z"}],
}
