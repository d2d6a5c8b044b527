"""Parcări Municipale Sibiu SA (Romanian municipal parking company: street parking paid by SMS or app, resident
permits, multi-storey car parks with ANPR), WordPress with the Hello Elementor theme and an Elementor-built page,
LiteSpeed Cache, CookieYes, Contact Form 7. The GDPR request form (CF7 with a quiz field that draws one of its
questions on every page build) sits in the middle of the policy; the header shows the car parks' live free spaces."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import pkkit as K  # noqa: E402

POLICY = """
# Politica de confidențialitate

Ultima actualizare: {UPDATED}

Parcări Municipale Sibiu SA, societate aflată în subordinea Consiliului Local al Municipiului Sibiu, administrează parcările publice cu plată, parcările de reședință și parcajele supraetajate din municipiul Sibiu. Prin prezenta politică vă informăm, în conformitate cu Regulamentul (UE) 2016/679 („GDPR”), despre modul în care prelucrăm datele dumneavoastră cu caracter personal.

## 1. Operatorul de date

@ Parcări Municipale Sibiu SA
@ Str. Reconstrucției nr. 2A, 550129 Sibiu
@ CUI RO31284519, J32/417/2013
@ Telefon: 0269 210 455
@ E-mail: [dpo@parcarisibiu.ro](mailto:dpo@parcarisibiu.ro)

## 2. Ce date prelucrăm

- numărul de înmatriculare al autovehiculului și imaginile captate de camerele de citire automată a numerelor (ANPR) la intrarea și la ieșirea din parcaje;
- numărul de telefon de pe care achitați taxa de parcare prin SMS;
- datele de identificare și de contact ale solicitanților de abonamente de reședință (nume, prenume, CNP, adresa de domiciliu, certificatul de înmatriculare);
- datele din procesele-verbale de constatare a contravențiilor și din dosarele de ridicare a autovehiculelor;
- imaginile înregistrate de sistemul de supraveghere video din parcajele supraetajate;
- datele transmise prin formularele de pe site, prin e-mail sau la ghișeu (petiții, sesizări, contestații).

## 3. Scopurile și temeiurile prelucrării

| Scop | Temei legal |
| Încasarea taxei de parcare și verificarea plății | art. 6 alin. (1) lit. e) GDPR – interes public; HCL nr. 187/2019 |
| Emiterea și gestionarea abonamentelor de reședință | art. 6 alin. (1) lit. b) și e) GDPR |
| Constatarea contravenților și ridicarea autovehiculelor | art. 6 alin. (1) lit. c) GDPR; OG nr. 2/2001 |
| Siguranța persoanelor și a bunurilor în parcaje | art. 6 alin. (1) lit. f) GDPR – interes legitim |
| Soluționarea petițiilor și sesizărilor | art. 6 alin. (1) lit. c) GDPR; OG nr. 27/2002 |

## 4. Destinatarii datelor

Datele pot fi comunicate Poliției Locale Sibiu și Poliției Române, instanțelor judecătorești, Direcției Fiscale Locale Sibiu, precum și furnizorilor noștri de servicii, în calitate de persoane împuternicite:

| Împuternicit | Serviciu |
| Orange România SA, Vodafone România SA, Telekom Romania Mobile Communications SA | Plata parcării prin SMS |
| Netopia Financial Services SA | Plata online cu cardul |
| Amparo Technologies SRL | Plata parcării prin aplicația mobilă |
| Flowbird România SRL | Parcometre și sistemul de control al plății |
| Intelligent Parking Systems SRL | Sistemul ANPR al parcajelor supraetajate |

Nu transferăm date cu caracter personal în afara Spațiului Economic European.

## 5. Durata stocării

- imaginile ANPR și înregistrările video: 30 de zile, cu excepția celor necesare soluționării unui incident;
- datele privind plata prin SMS: 3 ani;
- dosarele de abonament de reședință: pe durata abonamentului și 5 ani după expirare;
- documentele contabile: 10 ani, potrivit Legii contabilității nr. 82/1991;
- petițiile: 5 ani de la soluționare.

## 6. Drepturile dumneavoastră

Aveți dreptul de acces, de rectificare, de ștergere, de restricționare a prelucrării, de opoziție și dreptul la portabilitatea datelor. Vă puteți exercita drepturile printr-o cerere depusă la registratura societății, trimisă prin poștă sau la adresa [dpo@parcarisibiu.ro](mailto:dpo@parcarisibiu.ro), ori folosind formularul de mai jos. Răspundem în termen de o lună de la primirea cererii.

%% form

Dacă considerați că v-au fost încălcate drepturile, puteți depune o plângere la Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP), B-dul G-ral. Gheorghe Magheru nr. 28-30, sector 1, București, [www.dataprotection.ro](https://www.dataprotection.ro).

## 7. Cookie-uri

Site-ul folosește cookie-uri strict necesare și, numai cu acordul dumneavoastră, cookie-uri de analiză (Google Analytics). Detalii găsiți în [Politica de cookie-uri](/politica-de-cookies/).
"""

EDITS = [
    {"note": "ANPR and CCTV retention changed from 30 to 60 days",
     "repl": [("înregistrările video: 30 de zile", "înregistrările video: 60 de zile")]},
    {"note": "typo fixed in the purposes table (contravenților -> contravențiilor), date unchanged", "bump": False,
     "repl": [("Constatarea contravenților", "Constatarea contravențiilor")]},
    {"note": "processor row added: TPark Sistem SRL (second parking app)",
     "repl": [("| Amparo Technologies SRL | Plata parcării prin aplicația mobilă |",
               "| Amparo Technologies SRL | Plata parcării prin aplicația mobilă |\n"
               "| TPark Sistem SRL | Plata parcării prin aplicația mobilă TPark |")]},
    {"note": "list item added: EV charging stations in the multi-storey car parks",
     "repl": [("parcajele supraetajate;\n",
               "parcajele supraetajate;\n- datele de utilizare a stațiilor de încărcare pentru vehicule electrice din "
               "parcaje (numărul cardului RFID, durata încărcării și energia consumată);\n")]},
    {"note": "phone number of the controller changed",
     "repl": [("@ Telefon: 0269 210 455", "@ Telefon: 0369 405 120")]},
    {"note": "processor renamed: Flowbird România SRL -> Flowbird Smart City România SRL",
     "repl": [("| Flowbird România SRL |", "| Flowbird Smart City România SRL |")]},
]

QUIZ = [("Cât fac 3 + 4?", "9f3c5a0e2d7b41c86a1e0f4d2b8c7a35"), ("Cât fac 2 + 6?", "0b7e4d91c3a25f68e1d0c9b7a4f36e12"),
        ("Cât fac 9 - 5?", "c41a8e07d2b96f35a0e7c1d4b9f28e63"), ("Câte roți are un autoturism?",
                                                                 "c41a8e07d2b96f35a0e7c1d4b9f28e63"),
        ("Cât fac 5 + 5?", "7d2f0c9e4a61b83e5c0f7a2d9e1b4c86")]

LOTS = [("Parcaj Piața Cibin", 412), ("Parcaj Centrul Istoric – str. Tribunei", 235), ("Parcaj Gara Sibiu", 180),
        ("Parcaj Spitalul Județean", 290)]

ANNOUNCEMENTS = [
    (dt.date(2023, 1, 9), "abonamente-2023", "Reînnoirea abonamentelor de reședință pentru anul 2023"),
    (dt.date(2023, 3, 22), "parcaj-gara", "Parcajul Gara Sibiu se redeschide după modernizare"),
    (dt.date(2023, 6, 14), "fits-2023", "Restricții de parcare pe durata Festivalului Internațional de Teatru"),
    (dt.date(2023, 9, 5), "plata-app", "Taxa de parcare se poate achita și prin aplicația mobilă"),
    (dt.date(2023, 11, 16), "targ-craciun-2023", "Program prelungit al parcajelor în perioada Târgului de Crăciun"),
    (dt.date(2024, 1, 10), "tarife-2024", "Tarifele de parcare aplicabile din 1 februarie 2024"),
    (dt.date(2024, 4, 2), "statii-incarcare", "Stații de încărcare pentru vehicule electrice în Parcajul Piața Cibin"),
    (dt.date(2024, 6, 12), "fits-2024", "Restricții de parcare în timpul FITS 2024"),
    (dt.date(2024, 9, 18), "zona-albastra", "Extinderea zonei de parcare cu plată în cartierul Terezian"),
    (dt.date(2024, 11, 14), "targ-craciun-2024", "Târgul de Crăciun 2024: parcaje recomandate și program"),
    (dt.date(2025, 1, 8), "abonamente-2025", "Depunerea cererilor pentru abonamentele de reședință 2025"),
]

VERSIONS = [  # (from, WordPress, Elementor, Elementor Pro, LiteSpeed Cache, CF7, Yoast)
    (dt.date(2022, 1, 1), "6.1.1", "3.11.5", "3.11.7", "5.3.3", "5.7.4", "20.2"),
    (dt.date(2023, 4, 11), "6.2", "3.12.2", "3.12.3", "5.4", "5.7.5.1", "20.5"),
    (dt.date(2023, 8, 17), "6.3", "3.15.2", "3.15.1", "5.6", "5.8", "21.0"),
    (dt.date(2023, 12, 12), "6.4.2", "3.18.2", "3.18.2", "6.0", "5.8.4", "21.7"),
    (dt.date(2024, 4, 9), "6.5.2", "3.21.1", "3.21.0", "6.2.0.1", "5.9.3", "22.4"),
    (dt.date(2024, 7, 23), "6.6.1", "3.23.1", "3.23.0", "6.3", "5.9.8", "23.1"),
    (dt.date(2024, 11, 19), "6.7.1", "3.25.8", "3.25.3", "6.5.2", "6.0.1", "24.0"),
]

_SAVED = {}
_FILL = {}


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["ro"][d.month - 1], d.year)


def noise(rng, when, i, prev):
    p = prev or {}
    last = K.prev_when("ParcariSibiu", i, when)
    # LiteSpeed's public cache TTL is a week; a page save or a plugin update purges it
    fill = K.between(rng, last, when, min_gap=120, max_back=dt.timedelta(days=6))
    _FILL[i] = (last, fill)
    occ = tuple(max(0, min(cap, int(cap * rng.uniform(0.02, 0.55)))) for _, cap in LOTS)
    regen = p.get("regen")
    if regen is None or rng.random() < 0.1:  # "Regenerate CSS & data" after an update
        regen = C.epoch(K.between(rng, last, fill, min_gap=30)) if last else C.epoch(when) - 86400 * 40
    return {
        "cached": fill.strftime("%Y-%m-%d %H:%M:%S"),
        "nonce": C.hexs(rng, 10),
        "occupancy": occ,
        "quiz": rng.randrange(len(QUIZ)),
        "regen": regen,
    }


LABELS = {
    "cached": "LiteSpeed Cache comments (page cache filled at)",
    "nonce": "ElementorProFrontendConfig nonce (12-hour tick, baked into the cached page)",
    "occupancy": "header widget: free spaces in the car parks at cache fill",
    "quiz": "CF7 quiz question drawn per page build (INSIDE .page-content, removed with .wpcf7)",
    "regen": "elementor post-1234.css ?ver= (CSS regenerated)",
    "markup": "Elementor 3.25 optimized markup (widget containers dropped INSIDE .page-content, no text change)",
    "versions": "plugin/core version strings (WordPress, Elementor, LiteSpeed, CF7 updates)",
    "news": "footer 'Anunțuri' latest posts",
}


def _form(state, cf7):
    q, h = QUIZ[state["quiz"]]
    return """<div class="wpcf7 no-js" id="wpcf7-f2417-p1234-o1" lang="ro-RO" dir="ltr" data-wpcf7-id="2417">
<div class="screen-reader-response"><p role="status" aria-live="polite" aria-atomic="true"></p> <ul></ul></div>
<form action="/politica-de-confidentialitate/#wpcf7-f2417-p1234-o1" method="post" class="wpcf7-form init" aria-label="Formular de contact" novalidate="novalidate" data-status="init">
<div style="display: none;">
<input type="hidden" name="_wpcf7" value="2417" />
<input type="hidden" name="_wpcf7_version" value="%(cf7)s" />
<input type="hidden" name="_wpcf7_locale" value="ro_RO" />
<input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f2417-p1234-o1" />
<input type="hidden" name="_wpcf7_container_post" value="1234" />
<input type="hidden" name="_wpcf7_posted_data_hash" value="" />
</div>
<p class="form-title"><strong>Formular pentru exercitarea drepturilor GDPR</strong></p>
<p><label> Nume și prenume (obligatoriu)<br />
<span class="wpcf7-form-control-wrap" data-name="nume"><input size="40" maxlength="400" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" aria-invalid="false" value="" type="text" name="nume" /></span> </label>
</p>
<p><label> Adresa de e-mail (obligatoriu)<br />
<span class="wpcf7-form-control-wrap" data-name="email"><input size="40" maxlength="400" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required wpcf7-text wpcf7-validates-as-email" aria-required="true" aria-invalid="false" value="" type="email" name="email" /></span> </label>
</p>
<p><label> Dreptul pe care doriți să îl exercitați<br />
<span class="wpcf7-form-control-wrap" data-name="drept"><select class="wpcf7-form-control wpcf7-select" aria-invalid="false" name="drept"><option value="Acces">Acces</option><option value="Rectificare">Rectificare</option><option value="Ștergere">Ștergere</option><option value="Restricționare">Restricționare</option><option value="Opoziție">Opoziție</option><option value="Portabilitate">Portabilitate</option></select></span> </label>
</p>
<p><label> Detalii cerere<br />
<span class="wpcf7-form-control-wrap" data-name="mesaj"><textarea cols="40" rows="10" maxlength="2000" class="wpcf7-form-control wpcf7-textarea" aria-invalid="false" name="mesaj"></textarea></span> </label>
</p>
<p><label> Verificare anti-spam<br />
<span class="wpcf7-form-control-wrap" data-name="quiz-gdpr"><label><span class="wpcf7-quiz-label">%(q)s</span> <input size="40" class="wpcf7-form-control wpcf7-quiz" autocomplete="off" aria-required="true" aria-invalid="false" type="text" name="quiz-gdpr" /></label><input type="hidden" name="_wpcf7_quiz_answer_quiz-gdpr" value="%(h)s" /></span> </label>
</p>
<p><span class="wpcf7-form-control-wrap" data-name="acord"><span class="wpcf7-form-control wpcf7-acceptance"><span class="wpcf7-list-item"><label><input type="checkbox" name="acord" value="1" aria-invalid="false" /><span class="wpcf7-list-item-label">Sunt de acord ca datele din formular să fie folosite pentru soluționarea cererii.</span></label></span></span></span>
</p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Trimite cererea" />
</p><div class="wpcf7-response-output" aria-hidden="true"></div>
</form>
</div>""" % {"cf7": cf7, "q": K.esc(q), "h": h}


def _widget(eid, kind, inner, optimized=False):
    if optimized and kind in ("heading", "text-editor"):  # Elementor 3.25 optimized markup: no widget container
        return ('<div class="elementor-element elementor-element-%s elementor-widget elementor-widget-%s" data-id="%s" '
                'data-element_type="widget" data-widget_type="%s.default">\n\t\t\t%s\n\t\t\t\t</div>'
                % (eid, kind, eid, kind, inner))
    return ('<div class="elementor-element elementor-element-%s elementor-widget elementor-widget-%s" data-id="%s" '
            'data-element_type="widget" data-widget_type="%s.default">\n\t\t\t\t<div class="elementor-widget-container">'
            '\n\t\t\t%s\n\t\t\t\t</div>\n\t\t\t\t</div>' % (eid, kind, eid, kind, inner))


def _section(sid, cid, widgets):
    return ('<section class="elementor-section elementor-top-section elementor-element elementor-element-%s '
            'elementor-section-boxed elementor-section-height-default elementor-section-height-default" data-id="%s" '
            'data-element_type="section">\n\t\t\t\t\t\t<div class="elementor-container elementor-column-gap-default">\n'
            '\t\t\t\t\t<div class="elementor-column elementor-col-100 elementor-top-column elementor-element '
            'elementor-element-%s" data-id="%s" data-element_type="column">\n\t\t\t<div class="elementor-widget-wrap '
            'elementor-element-populated">\n\t\t\t\t\t\t%s\n\t\t\t\t\t</div>\n\t\t</div>\n\t\t\t\t\t</div>\n\t\t</section>'
            % (sid, sid, cid, cid, "\n\t\t\t\t\t\t".join(widgets)))


def render(state, blocks, when):
    loc, _ = K.local(when, "eet")
    fill = dt.datetime.strptime(state["cached"], "%Y-%m-%d %H:%M:%S")
    floc, _ = K.local(fill, "eet")
    vers = [v for v in VERSIONS if v[0] <= fill.date()][-1]
    _, wp, el, elpro, lsc, cf7, yoast = vers
    state["versions"] = vers[1:]
    key = C.det_sha(repr(blocks))
    if key not in _SAVED:  # the page was saved (Elementor rewrites post-1234.css) before the cache was refilled
        last, fill_ = _FILL[len(_FILL) - 1]
        lo = C.epoch(last) if last else C.epoch(fill_) - 86400 * 30
        _SAVED[key] = C.epoch(fill_) - (int(key[:6], 16) % max(1, C.epoch(fill_) - lo - 60)) - 30
    ver = max(state["regen"], _SAVED[key])
    optimized = tuple(int(x) for x in el.split(".")[:2]) >= (3, 25)
    state["markup"] = "optimized" if optimized else "classic"
    segs = C.segments(blocks)
    head = segs["head"]
    assert head[0][0] == "h1"
    title = head[0][1]
    txt = lambda bl: K.render_blocks(bl, tags={"table": ' class="tabel-gdpr"'}, sep="")  # noqa: E731
    page = "\n\t\t".join([
        _section("5c1d2e3", "7a8b9c0", [
            _widget("1f2e3d4", "heading", '<h1 class="elementor-heading-title elementor-size-default">%s</h1>'
                    % K.esc(title), optimized),
            _widget("4b6e0a2", "text-editor", txt(head[1:]), optimized)]),
        _section("2d9f4c1", "8e3a7b5", [_widget("6a0c2f8", "shortcode",
                                                '<div class="elementor-shortcode">%s</div>' % _form(state, cf7))]),
        _section("0f7b3e9", "3c5d1a6", [_widget("9e2b7d4", "text-editor", txt(segs["form"]), optimized)]),
    ])
    occ = "".join('<li class="loc-parcare"><span class="nume-parcare">%s</span> <span class="locuri-libere">%d</span> '
                  '<span class="locuri-total">/ %d</span></li>' % (K.esc(n), f, cap)
                  for (n, cap), f in zip(LOTS, state["occupancy"]))
    news = K.latest(ANNOUNCEMENTS, fill, 3)
    state["news"] = tuple(n[1] for n in news)
    news_html = "".join('<li><a href="https://www.parcarisibiu.ro/anunturi/%s/">%s</a><span class="post-date">%s</span>'
                        '</li>' % (s, K.esc(t), d.strftime("%d.%m.%Y")) for d, s, t in news)
    u = "https://www.parcarisibiu.ro"
    doc = """<!doctype html>
<html lang="ro-RO">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.com/client_data/4f1a7c2e9b0d36e85a2c1f47/script.js"></script><meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v%(yoast)s - https://yoast.com/wordpress/plugins/seo/ -->
	<title>Politica de confidențialitate - Parcări Municipale Sibiu</title>
	<link rel="canonical" href="%(u)s/politica-de-confidentialitate/" />
	<meta property="og:locale" content="ro_RO" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="Politica de confidențialitate - Parcări Municipale Sibiu" />
	<meta property="og:url" content="%(u)s/politica-de-confidentialitate/" />
	<meta property="og:site_name" content="Parcări Municipale Sibiu" />
	<!-- / Yoast SEO plugin. -->

<link rel="alternate" type="application/rss+xml" title="Parcări Municipale Sibiu &raquo; Flux" href="%(u)s/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='%(u)s/wp-includes/css/dist/block-library/style.min.css?ver=%(wp)s' media='all' />
<link rel='stylesheet' id='hello-elementor-css' href='%(u)s/wp-content/themes/hello-elementor/style.min.css?ver=2.9.0' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='%(u)s/wp-content/plugins/elementor/assets/css/%(felite)s?ver=%(el)s' media='all' />
<link rel='stylesheet' id='elementor-post-7-css' href='%(u)s/wp-content/uploads/elementor/css/post-7.css?ver=%(kitver)d' media='all' />
<link rel='stylesheet' id='elementor-pro-css' href='%(u)s/wp-content/plugins/elementor-pro/assets/css/%(felite)s?ver=%(elpro)s' media='all' />
<link rel='stylesheet' id='elementor-post-1234-css' href='%(u)s/wp-content/uploads/elementor/css/post-1234.css?ver=%(ver)d' media='all' />
<link rel='stylesheet' id='contact-form-7-css' href='%(u)s/wp-content/plugins/contact-form-7/includes/css/styles.css?ver=%(cf7)s' media='all' />
<script src='%(u)s/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
<link rel="https://api.w.org/" href="%(u)s/wp-json/" /><link rel="alternate" type="application/json" href="%(u)s/wp-json/wp/v2/pages/1234" /><link rel='shortlink' href='%(u)s/?p=1234' />
<meta name="generator" content="Elementor %(el)s; features: e_optimized_assets_loading, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">
<link rel="icon" href="%(u)s/wp-content/uploads/2021/05/cropped-favicon-psm-32x32.png" sizes="32x32" />
</head>
<body class="page-template-default page page-id-1234 wp-custom-logo elementor-default elementor-kit-7 elementor-page elementor-page-1234">

<a class="skip-link screen-reader-text" href="#content">Salt la conținut</a>

		<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header" data-elementor-post-type="elementor_library">
			<div class="bara-locuri-libere"><span class="bara-titlu">Locuri libere acum</span><ul class="lista-parcari">%(occ)s</ul><span class="bara-actualizare">actualizat la %(floc)s</span></div>
			<nav class="meniu-principal" aria-label="Meniu"><ul id="menu-principal" class="elementor-nav-menu"><li class="menu-item"><a href="%(u)s/" class="elementor-item">Acasă</a></li><li class="menu-item"><a href="%(u)s/parcari-cu-plata/" class="elementor-item">Parcări cu plată</a></li><li class="menu-item"><a href="%(u)s/parcaje-supraetajate/" class="elementor-item">Parcaje supraetajate</a></li><li class="menu-item"><a href="%(u)s/abonamente-de-resedinta/" class="elementor-item">Abonamente de reședință</a></li><li class="menu-item"><a href="%(u)s/plata-prin-sms/" class="elementor-item">Plata prin SMS</a></li><li class="menu-item"><a href="%(u)s/ridicari-auto/" class="elementor-item">Ridicări auto</a></li><li class="menu-item"><a href="%(u)s/transparenta-decizionala/" class="elementor-item">Transparență</a></li><li class="menu-item"><a href="%(u)s/contact/" class="elementor-item">Contact</a></li></ul></nav>
		</div>

<main id="content" class="site-main post-1234 page type-page status-publish hentry">

	<div class="page-content">
		<div data-elementor-type="wp-page" data-elementor-id="1234" class="elementor elementor-1234" data-elementor-post-type="page">
		%(page)s
		</div>

		<div class="post-tags">
					</div>
	</div>

</main>

		<div data-elementor-type="footer" data-elementor-id="91" class="elementor elementor-91 elementor-location-footer" data-elementor-post-type="elementor_library">
			<div class="footer-coloana"><h4>Anunțuri</h4><ul class="anunturi-recente">%(news)s</ul></div>
			<div class="footer-coloana"><h4>Program ghișeu</h4><p>Luni – Joi: 8:00 – 16:00<br>Vineri: 8:00 – 13:30<br>Dispecerat ridicări auto: 0269 210 456 (non-stop)</p></div>
			<div class="footer-coloana"><h4>Legal</h4><p><a href="%(u)s/politica-de-confidentialitate/">Politica de confidențialitate</a><br><a href="%(u)s/politica-de-cookies/">Politica de cookie-uri</a><br><a href="https://anpc.ro/ce-este-sal/" rel="nofollow">ANPC – SAL</a></p></div>
			<p class="copyright">© %(year)d Parcări Municipale Sibiu SA. Toate drepturile rezervate.</p>
		</div>

<script id='contact-form-7-js-extra'>
var wpcf7 = {"api":{"root":"https:\\/\\/www.parcarisibiu.ro\\/wp-json\\/","namespace":"contact-form-7\\/v1"},"cached":"1"};
</script>
<script src='%(u)s/wp-content/plugins/contact-form-7/includes/js/index.js?ver=%(cf7)s' id='contact-form-7-js'></script>
<script src='%(u)s/wp-content/plugins/elementor-pro/assets/js/webpack-pro.runtime.min.js?ver=%(elpro)s' id='elementor-pro-webpack-runtime-js'></script>
<script id='elementor-pro-frontend-js-before'>
var ElementorProFrontendConfig = {"ajaxurl":"https:\\/\\/www.parcarisibiu.ro\\/wp-admin\\/admin-ajax.php","nonce":"%(nonce)s","urls":{"assets":"https:\\/\\/www.parcarisibiu.ro\\/wp-content\\/plugins\\/elementor-pro\\/assets\\/","rest":"https:\\/\\/www.parcarisibiu.ro\\/wp-json\\/"},"shareButtonsNetworks":{"facebook":{"title":"Facebook","has_counter":true},"whatsapp":{"title":"WhatsApp"}},"facebook_sdk":{"lang":"ro_RO","app_id":""},"lottie":{"defaultAnimationUrl":"https:\\/\\/www.parcarisibiu.ro\\/wp-content\\/plugins\\/elementor-pro\\/modules\\/lottie\\/assets\\/animations\\/default.json"}};
</script>
<script src='%(u)s/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=%(el)s' id='elementor-frontend-js'></script>

</body>
</html>

<!-- Page optimized by LiteSpeed Cache @%(cached)s -->
<!-- Page cached by LiteSpeed Cache %(lsc)s on %(cached)s -->
""" % {"u": u, "wp": wp, "el": el, "elpro": elpro, "cf7": cf7, "lsc": lsc, "ver": ver, "kitver": 1672531200 + 86400 * 40,
       "page": page, "occ": occ, "floc": floc.strftime("%H:%M"), "news": news_html, "nonce": state["nonce"],
       "cached": floc.strftime("%Y-%m-%d %H:%M:%S"), "year": loc.year, "yoast": yoast,
       "felite": "frontend.min.css" if optimized else "frontend-lite.min.css"}
    return doc


PAGE = {
    "service": "ParcariSibiu",
    "url": "https://www.parcarisibiu.ro/politica-de-confidentialitate/",
    "lang": "ro",
    "platform": "WordPress + Elementor Pro (Hello theme), LiteSpeed Cache, CookieYes, Contact Form 7",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "LiteSpeed"), ("X-LiteSpeed-Cache", "hit"), ("Vary", "Accept-Encoding"),
                      ("Link", '<https://www.parcarisibiu.ro/wp-json/>; rel="https://api.w.org/"')],
    "n": 29,
    "start": dt.date(2023, 4, 18),
    "end": dt.date(2025, 3, 28),
    "hours": (1, 7, 13, 19),
    "policy": POLICY,
    "first_updated": dt.date(2022, 11, 24),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "gold_md": K.gold_without_markers("https://www.parcarisibiu.ro/politica-de-confidentialitate/"),
    "declaration": {
        "fetch": "https://www.parcarisibiu.ro/politica-de-confidentialitate/",
        "select": ".page-content",
        "remove": ".wpcf7",
    },
}
