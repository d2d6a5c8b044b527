"""Jadran Sail (Croatian), a yacht-charter company with bases in Split, Kaštela and Trogir: WordPress with Elementor
Pro (header/footer templates, the page built of Elementor sections), WPML, Yoast SEO, Complianz and WP Rocket. Under
the policy's text editor the page carries a Booking Manager shortcode widget with last-minute (in winter:
first-minute) offers and a call-to-action section, both inside the Elementor page element the curators select."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import mwkit as K  # noqa: E402

POLICY = """
# Politika privatnosti

Datum zadnje izmjene: {UPDATED}

Jadran Sail d.o.o. (u daljnjem tekstu: „Jadran Sail” ili „mi”) pruža usluge najma plovila s bazama u Splitu, Kaštelima i Trogiru. Zaštita vaših osobnih podataka nam je važna. U ovoj Politici privatnosti objašnjavamo koje osobne podatke prikupljamo kada pretražujete ponudu na našoj web stranici, šaljete upit, rezervirate plovilo ili se ukrcate na jedno od naših plovila, u koje ih svrhe koristimo i koja prava imate sukladno Općoj uredbi o zaštiti podataka (EU) 2016/679 („GDPR”) i Zakonu o provedbi Opće uredbe o zaštiti podataka (NN 42/18).

## 1. Voditelj obrade

@ Jadran Sail d.o.o.
@ Uvala Baluni 8, 21000 Split, Hrvatska
@ OIB: 48213976504
@ E-pošta: [privatnost@jadransail.hr](mailto:privatnost@jadransail.hr)
@ Tel.: +385 21 398 740

## 2. Koje podatke prikupljamo

- Podatke za kontakt: ime i prezime, adresu e-pošte, broj telefona i državu prebivališta.
- Podatke o rezervaciji: odabrano plovilo, bazu, termin najma, broj osoba na brodu i dodatne usluge (skiper, hostesa, transfer, dodatna oprema).
- Podatke o skiperu: ime i prezime, broj i vrstu ovlaštenja za upravljanje brodicom (npr. voditelj brodice kategorije B ili ICC) te VHF svjedodžbu.
- Podatke o članovima posade (crew list): ime i prezime, datum i mjesto rođenja, državljanstvo te broj putovnice.
- Podatke o plaćanju: iznos, način plaćanja i potvrdu uplate; podatke o kartici obrađuje isključivo pružatelj usluge plaćanja.
- Podatke o jamčevini (depozitu) i eventualnim štetama na plovilu.
- Tehničke podatke o korištenju web stranice: IP adresu, vrstu preglednika i kolačiće, u skladu s vašim postavkama.

## 3. Svrhe i pravne osnove obrade

Vaše podatke obrađujemo kako bismo odgovorili na upit i izradili ponudu (radnje na zahtjev ispitanika prije sklapanja ugovora, članak 6. stavak 1. točka (b) GDPR-a), sklopili i izvršili ugovor o najmu plovila (članak 6. stavak 1. točka (b)) te ispunili zakonske obveze, primjerice izdavanje računa i prijavu posade nadležnoj lučkoj kapetaniji (članak 6. stavak 1. točka (c)).

Na temelju legitimnog interesa (članak 6. stavak 1. točka (f)) obrađujemo podatke radi zaštite plovila i naplate eventualnih šteta te radi unapređenja web stranice. Newsletter s ponudama šaljemo samo uz vašu privolu, koju možete u bilo kojem trenutku povući putem poveznice u svakoj poruci.

## 4. Popis posade i lučka kapetanija

Prije isplovljavanja sastavljamo popis posade (crew list) koji se prilaže ugovoru o najmu i, na zahtjev, predočuje lučkoj kapetaniji, pomorskoj policiji i carinskoj upravi. Za tu svrhu od vas trebamo podatke iz putovnice za svaku osobu na brodu. Bez tih podataka isplovljavanje nije moguće.

## 5. Primatelji podataka

Vaše podatke dijelimo samo kada je to potrebno:

- s vlasnicima plovila za koje posredujemo najam, u mjeri potrebnoj za izvršenje ugovora,
- s ACI d.d. i drugim marinama u kojima plovilo ima vez, radi prijave boravka u marini,
- s osiguravateljem plovila u slučaju štete,
- s pružateljem usluge kartičnog plaćanja (CorvusPay),
- s knjigovodstvenim servisom i poreznim savjetnikom,
- s tijelima državne uprave kada to zahtijeva zakon.

S pružateljima usluga koji za nas obrađuju podatke (smještaj web stranice, e-pošta, CRM sustav) sklopili smo ugovore o obradi podataka sukladno članku 28. GDPR-a.

## 6. Razdoblje čuvanja

Podatke iz upita koji nisu rezultirali rezervacijom čuvamo 12 mjeseci. Ugovore o najmu i račune čuvamo 11 godina, sukladno propisima o računovodstvu i porezima. Popise posade čuvamo 2 godine od završetka najma, a podatke o štetama do konačnog rješavanja odštetnog zahtjeva.

## 7. Kolačići

Naša web stranica koristi nužne kolačiće te, uz vašu privolu, analitičke i marketinške kolačiće. Privolu možete dati ili povući u bilo kojem trenutku putem poveznice „Upravljanje privolama” u podnožju stranice. Detalje o pojedinim kolačićima pronaći ćete u [Politici kolačića](/politika-kolacica/).

## 8. Vaša prava

U svakom trenutku možete zatražiti pristup svojim osobnim podatcima, njihov ispravak ili brisanje, ograničenje obrade i prenosivost podataka te uložiti prigovor na obradu koja se temelji na legitimnom interesu. Zahtjev možete poslati na [privatnost@jadransail.hr](mailto:privatnost@jadransail.hr); odgovorit ćemo u roku od 30 dana.

Ako smatrate da obrada vaših osobnih podatka nije zakonita, imate pravo podnijeti prigovor Agenciji za zaštitu osobnih podataka (AZOP), Selska cesta 136, 10000 Zagreb, [www.azop.hr](https://azop.hr).
"""

EDITS = [
    {"note": "words inserted: identity card accepted besides the passport for the crew list",
     "repl": [("podatke iz putovnice za svaku osobu", "podatke iz putovnice ili osobne iskaznice za svaku osobu")]},
    {"note": "recipient list item added: the Booking Manager reservation system (MMK Systems GmbH)",
     "repl": [("- s pružateljem usluge kartičnog plaćanja (CorvusPay),",
               "- s pružateljem usluge kartičnog plaćanja (CorvusPay),\n"
               "- s pružateljem sustava za upravljanje rezervacijama (Booking Manager, MMK Systems GmbH, "
               "Njemačka),")]},
    {"note": "typo fixed (osobnih podatka), date unchanged", "bump": False,
     "repl": [("obrada vaših osobnih podatka nije", "obrada vaših osobnih podataka nije")]},
    {"note": "crew-list retention extended from 2 to 3 years",
     "repl": [("Popise posade čuvamo 2 godine", "Popise posade čuvamo 3 godine")]},
    {"note": "subsection added: guests registered in eVisitor and nautical tourist tax",
     "repl": [("Bez tih podataka isplovljavanje nije moguće.",
               "Bez tih podataka isplovljavanje nije moguće.\n\n"
               "### Prijava boravka u sustav eVisitor\n\n"
               "Za vrijeme najma plovilo se smatra nautičkim turističkim smještajem. Stoga sve osobe s popisa "
               "posade prijavljujemo u sustav eVisitor Hrvatske turističke zajednice i obračunavamo nautičku "
               "turističku pristojbu. Podaci se prijavljuju na temelju Zakona o turističkoj pristojbi i čuvaju u "
               "sustavu eVisitor u rokovima koje propisuje Hrvatska turistička zajednica.")]},
    {"note": "controller's address changed (office moved within Split)",
     "repl": [("@ Uvala Baluni 8, 21000 Split, Hrvatska", "@ Put Supavla 21, 21000 Split, Hrvatska")]},
]


def fmt_date(d):
    return "%d. %s %d." % (d.day, K.MONTHS["hr"][d.month - 1], d.year)


# (model, yacht name, base, week price in high season, EUR)
FLEET = [
    ("Bavaria C46", "Mala Vila", "ACI marina Split", 4890),
    ("Bavaria Cruiser 41", "Bura", "ACI marina Split", 3350),
    ("Jeanneau Sun Odyssey 440", "Tramontana", "Marina Kaštela", 4650),
    ("Jeanneau Sun Odyssey 410", "Lavanda", "Marina Kaštela", 3900),
    ("Dufour 430", "Maestral", "ACI marina Trogir", 4200),
    ("Beneteau Oceanis 46.1", "Vis", "ACI marina Split", 5150),
    ("Lagoon 42", "Galeb", "Marina Kaštela", 8900),
    ("Lagoon 40", "Pupa", "ACI marina Trogir", 7400),
    ("Bali 4.2", "Zora", "ACI marina Split", 8200),
    ("Hanse 460", "Jugo", "ACI marina Trogir", 4950),
]
SEASON = {4: 0.45, 5: 0.6, 6: 0.8, 7: 1.0, 8: 1.0, 9: 0.62, 10: 0.45}

# (date from which the site ran it, Elementor, Elementor Pro, WordPress, WP Rocket): plugin auto-updates
VERSIONS = [
    (dt.date(2022, 12, 1), "3.9.2", "3.9.2", "6.1.1", "3.12.3.3"),
    (dt.date(2023, 2, 20), "3.11.2", "3.11.3", "6.1.1", "3.12.6"),
    (dt.date(2023, 4, 11), "3.12.1", "3.12.2", "6.2", "3.13.1"),
    (dt.date(2023, 6, 6), "3.13.4", "3.13.2", "6.2.2", "3.13.3"),
    (dt.date(2023, 8, 14), "3.15.2", "3.15.1", "6.3", "3.14.4"),
    (dt.date(2023, 10, 3), "3.16.4", "3.16.2", "6.3.1", "3.15.2"),
    (dt.date(2023, 12, 11), "3.18.2", "3.18.1", "6.4.2", "3.15.6"),
    (dt.date(2024, 2, 26), "3.19.4", "3.19.3", "6.4.3", "3.15.9"),
    (dt.date(2024, 4, 16), "3.21.1", "3.21.0", "6.5.2", "3.15.10"),
    (dt.date(2024, 6, 18), "3.22.1", "3.22.0", "6.5.4", "3.16.0.1"),
    (dt.date(2024, 8, 20), "3.23.4", "3.23.2", "6.6.1", "3.16.3"),
    (dt.date(2024, 10, 1), "3.24.4", "3.24.2", "6.6.2", "3.17.0.1"),
]


def _versions(d):
    cur = VERSIONS[0]
    for v in VERSIONS:
        if v[0] <= d:
            cur = v
    return cur[1:]


def _offers(rng, loc):
    d = loc.date()
    idx = list(range(len(FLEET)))
    rng.shuffle(idx)
    offers = []
    if d.month in (11, 12, 1, 2, 3):
        year = d.year + 1 if d.month >= 11 else d.year
        for b in idx[:4]:
            m = rng.choice([5, 6, 6, 9, 9, 10])
            sat = K.saturdays_after(dt.date(year, m, 1) - dt.timedelta(days=1), 1, rng.randint(0, 3))[0]
            old = int(round(FLEET[b][3] * SEASON[sat.month] / 10.0)) * 10
            pct = rng.choice([10, 10, 12, 15])
            offers.append((b, sat.isoformat(), old, int(round(old * (100 - pct) / 1000.0)) * 10, pct))
        return ("first", year, tuple(sorted(offers, key=lambda o: o[1])))
    for b in idx[:4]:
        sat = K.saturdays_after(d, 1, rng.randint(0, 2))[0]
        m = sat.month if sat.month in SEASON else 10
        old = int(round(FLEET[b][3] * SEASON[m] / 10.0)) * 10
        pct = rng.choice([15, 20, 20, 25, 30, 35])
        offers.append((b, sat.isoformat(), old, int(round(old * (100 - pct) / 1000.0)) * 10, pct))
    return ("last", d.year, tuple(sorted(offers, key=lambda o: o[1])))


def noise(rng, when, i, prev):
    loc, _ = K.local(when, "cet")
    return {
        "nonce": C.hexs(rng, 10),
        "rocket": C.epoch(when) - rng.randint(120, 36000),
        "offers": _offers(rng, loc),
        "versions": _versions((when - dt.timedelta(days=3)).date()),
        "year": loc.year,
    }


LABELS = {
    "nonce": "Elementor Pro frontend nonce (WordPress nonce tick)",
    "rocket": "WP Rocket 'cached@' debug timestamp",
    "offers": "Booking Manager last-minute / first-minute offers widget",
    "versions": "plugin and core auto-updates (?ver= stamps, generator)",
    "year": "footer copyright year",
    "modified": "page re-saved: Yoast modified_time, Elementor post CSS ?ver=",
}


def _fmt_eur(n):
    return "{:,}".format(n).replace(",", ".") + " €"


def _offer_html(state):
    kind, year, offers = state["offers"]
    items = []
    for b, sat, old, new, pct in offers:
        model, name, base, _ = FLEET[b]
        d0 = dt.date.fromisoformat(sat)
        d1 = d0 + dt.timedelta(days=7)
        slug = K.slug(model + " " + name)
        items.append("""<div class="bm-lm-item" data-yacht="%(yid)d">
<div class="bm-lm-img"><img src="https://www.jadransail.hr/wp-content/uploads/bm-cache/yacht-%(yid)d-main-640x427.jpg" loading="lazy" width="640" height="427" alt="%(model)s"></div>
<div class="bm-lm-body"><h4 class="bm-lm-title">%(model)s | %(name)s</h4>
<p class="bm-lm-base"><i class="fas fa-anchor" aria-hidden="true"></i> %(base)s</p>
<p class="bm-lm-dates">%(d0)s – %(d1)s</p>
<p class="bm-lm-price"><del>%(old)s</del> <ins>%(new)s</ins> <span class="bm-lm-discount">-%(pct)d%%</span></p>
<a class="bm-lm-btn elementor-button" href="/jahte/%(slug)s/?from=%(sat)s&amp;to=%(to)s">Rezerviraj</a></div>
</div>""" % {"yid": 41870 + b * 13, "model": model, "name": name, "base": base,
             "d0": d0.strftime("%d.%m.%Y."), "d1": d1.strftime("%d.%m.%Y."), "old": _fmt_eur(old),
             "new": _fmt_eur(new), "pct": pct, "slug": slug, "sat": sat, "to": d1.isoformat()})
    heading = ("Last minute ponude" if kind == "last" else
               "First minute %d: rezervirajte ranije i uštedite do 15%%" % year)
    return heading, "\n".join(items)


def _section(eid, cls, inner, settings=""):
    col = C.det_sha("col", eid)[:7]
    return """<section class="elementor-section elementor-top-section elementor-element elementor-element-%(eid)s %(cls)s elementor-section-height-default elementor-section-height-default" data-id="%(eid)s" data-element_type="section"%(settings)s>
						<div class="elementor-container elementor-column-gap-default">
					<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-%(col)s" data-id="%(col)s" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
%(inner)s
					</div>
		</div>
					</div>
		</section>""" % {"eid": eid, "cls": cls, "col": col, "inner": inner, "settings": settings}


def _widget(eid, wtype, inner):
    return """						<div class="elementor-element elementor-element-%(eid)s elementor-widget elementor-widget-%(w)s" data-id="%(eid)s" data-element_type="widget" data-widget_type="%(w)s.default">
				<div class="elementor-widget-container">
			%(inner)s
				</div>
				</div>""" % {"eid": eid, "w": wtype, "inner": inner}


def render(state, blocks, when):
    el, elpro, wp, rocket = state["versions"]
    modified = K.saved_at("JadranSail", blocks, when, dt.datetime(2022, 11, 3, 8, 41, 12))
    state["modified"] = modified.isoformat()
    mod_ts = C.epoch(modified)
    title, rest = K.title_and_rest(blocks)
    addr = [b for b in rest if b[0] == "addr"][0][1]
    street = addr[1]
    text = K.render_blocks(rest, addr=lambda lines, inl: "<p>%s</p>" % "<br />\n".join(inl(x) for x in lines))
    heading, offers = _offer_html(state)
    page = "\n".join([
        _section("2b6f0c1", "elementor-section-boxed", _widget(
            "5c2a9f3", "heading", '<h1 class="elementor-heading-title elementor-size-default">%s</h1>' % K.esc(title)),
            ' data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"'),
        _section("9e0d4b8", "elementor-section-boxed", _widget("e41b7d2", "text-editor", text)),
        _section("6f1d2a9", "elementor-section-boxed bm-lastminute-section", "\n".join([
            _widget("0c7e5aa", "heading", '<h2 class="elementor-heading-title elementor-size-default">%s</h2>'
                    % K.esc(heading)),
            _widget("a73c915", "shortcode", '<div class="elementor-shortcode"><div class="bm-lastminute" '
                    'data-company="4412" data-currency="EUR" data-lang="hr">\n%s\n</div></div>' % offers)])),
        _section("3c8b7e0", "elementor-section-boxed", "\n".join([
            _widget("7d31c02", "heading", '<h2 class="elementor-heading-title elementor-size-default">Planirate '
                    'krstarenje Jadranom?</h2>'),
            _widget("f08a6b3", "text-editor", "<p>Naš tim u Splitu pomoći će vam odabrati pravo plovilo, "
                    "skipera i rutu. Javite nam se – odgovaramo unutar 24 sata.</p>"),
            _widget("b25e9d7", "button", '<div class="elementor-button-wrapper"><a class="elementor-button '
                    'elementor-button-link elementor-size-sm" href="/upit/"><span class="elementor-button-content-'
                    'wrapper"><span class="elementor-button-text">Pošaljite upit</span></span></a></div>')]),
            ' data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"'),
    ])
    doc = """<!doctype html>
<html lang="hr">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<link rel="alternate" hreflang="hr" href="https://www.jadransail.hr/politika-privatnosti/" />
<link rel="alternate" hreflang="en" href="https://www.jadransail.hr/en/privacy-policy/" />
<link rel="alternate" hreflang="de" href="https://www.jadransail.hr/de/datenschutz/" />
<link rel="alternate" hreflang="x-default" href="https://www.jadransail.hr/politika-privatnosti/" />

	<!-- This site is optimized with the Yoast SEO plugin v21.9.1 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>Politika privatnosti - Jadran Sail Charter</title>
	<link rel="canonical" href="https://www.jadransail.hr/politika-privatnosti/" />
	<meta property="og:locale" content="hr_HR" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="Politika privatnosti - Jadran Sail Charter" />
	<meta property="og:url" content="https://www.jadransail.hr/politika-privatnosti/" />
	<meta property="og:site_name" content="Jadran Sail Charter" />
	<meta property="article:modified_time" content="%(mod_iso)s" />
	<meta name="twitter:card" content="summary_large_image" />
	<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://www.jadransail.hr/politika-privatnosti/","url":"https://www.jadransail.hr/politika-privatnosti/","name":"Politika privatnosti - Jadran Sail Charter","isPartOf":{"@id":"https://www.jadransail.hr/#website"},"datePublished":"2019-03-18T10:02:44+00:00","dateModified":"%(mod_iso)s","inLanguage":"hr","potentialAction":[{"@type":"ReadAction","target":["https://www.jadransail.hr/politika-privatnosti/"]}]},{"@type":"WebSite","@id":"https://www.jadransail.hr/#website","url":"https://www.jadransail.hr/","name":"Jadran Sail Charter","inLanguage":"hr"}]}</script>
	<!-- / Yoast SEO plugin. -->


<link rel="alternate" type="application/rss+xml" title="Jadran Sail Charter &raquo; Kanal" href="https://www.jadransail.hr/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='https://www.jadransail.hr/wp-includes/css/dist/block-library/style.min.css?ver=%(wp)s' media='all' />
<link rel='stylesheet' id='wpml-legacy-horizontal-list-0-css' href='https://www.jadransail.hr/wp-content/plugins/sitepress-multilingual-cms/templates/language-switchers/legacy-list-horizontal/style.min.css?ver=1' media='all' />
<link rel='stylesheet' id='cmplz-general-css' href='https://www.jadransail.hr/wp-content/plugins/complianz-gdpr-premium/assets/css/cookieblocker.min.css?ver=1698332115' media='all' />
<link rel='stylesheet' id='hello-elementor-css' href='https://www.jadransail.hr/wp-content/themes/hello-elementor/style.min.css?ver=2.9.0' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='https://www.jadransail.hr/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=%(el)s' media='all' />
<link rel='stylesheet' id='elementor-post-5-css' href='https://www.jadransail.hr/wp-content/uploads/elementor/css/post-5.css?ver=1695802211' media='all' />
<link rel='stylesheet' id='elementor-pro-css' href='https://www.jadransail.hr/wp-content/plugins/elementor-pro/assets/css/frontend-lite.min.css?ver=%(elpro)s' media='all' />
<link rel='stylesheet' id='elementor-post-3-css' href='https://www.jadransail.hr/wp-content/uploads/elementor/css/post-3.css?ver=%(mod_ts)d' media='all' />
<link rel='stylesheet' id='elementor-post-41-css' href='https://www.jadransail.hr/wp-content/uploads/elementor/css/post-41.css?ver=1695802211' media='all' />
<link rel='stylesheet' id='bm-lastminute-css' href='https://www.jadransail.hr/wp-content/plugins/bm-booking-manager/public/css/lastminute.css?ver=2.4.1' media='all' />
<script id="wpml-cookie-js-extra">
var wpml_cookies = {"wp-wpml_current_language":{"value":"hr","expires":1,"path":"\\/"}};
var wpml_cookies = {"wp-wpml_current_language":{"value":"hr","expires":1,"path":"\\/"}};
</script>
<script src='https://www.jadransail.hr/wp-content/plugins/sitepress-multilingual-cms/res/js/cookies/language-cookie.js?ver=4.6.9' id='wpml-cookie-js' defer data-wp-strategy='defer'></script>
<script src='https://www.jadransail.hr/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
<link rel="https://api.w.org/" href="https://www.jadransail.hr/wp-json/" /><link rel="alternate" type="application/json" href="https://www.jadransail.hr/wp-json/wp/v2/pages/3" /><meta name="generator" content="WordPress %(wp)s" />
<link rel='shortlink' href='https://www.jadransail.hr/?p=3' />
<meta name="generator" content="WPML ver:4.6.9 stt:22,1,3;" />
			<style>.cmplz-hidden { display: none !important; }</style><meta name="generator" content="Elementor %(el)s; features: e_dom_optimization, e_optimized_assets_loading, e_optimized_css_loading, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">
<link rel="icon" href="https://www.jadransail.hr/wp-content/uploads/2019/02/cropped-jadransail-icon-32x32.png" sizes="32x32" />
</head>
<body class="privacy-policy page-template-default page page-id-3 wp-custom-logo elementor-default elementor-kit-5 elementor-page elementor-page-3">


<a class="skip-link screen-reader-text" href="#content">Preskoči na sadržaj</a>

		<div data-elementor-type="header" data-elementor-id="41" class="elementor elementor-41 elementor-location-header" data-elementor-post-type="elementor_library">
		<section class="elementor-section elementor-top-section elementor-element elementor-element-1f4c2d0 elementor-section-boxed elementor-section-height-default" data-id="1f4c2d0" data-element_type="section">
			<div class="elementor-container elementor-column-gap-default">
				<div class="elementor-column elementor-col-50 elementor-top-column elementor-element elementor-element-8b0a3e1" data-id="8b0a3e1" data-element_type="column">
					<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-c7a9e52 elementor-icon-list--layout-inline elementor-widget elementor-widget-icon-list" data-id="c7a9e52" data-element_type="widget" data-widget_type="icon-list.default">
							<div class="elementor-widget-container">
								<ul class="elementor-icon-list-items elementor-inline-items">
									<li class="elementor-icon-list-item elementor-inline-item"><a href="tel:+38521398740"><span class="elementor-icon-list-text">+385 21 398 740</span></a></li>
									<li class="elementor-icon-list-item elementor-inline-item"><a href="https://wa.me/385913987400"><span class="elementor-icon-list-text">WhatsApp</span></a></li>
									<li class="elementor-icon-list-item elementor-inline-item"><a href="mailto:info@jadransail.hr"><span class="elementor-icon-list-text">info@jadransail.hr</span></a></li>
								</ul>
							</div>
						</div>
					</div>
				</div>
				<div class="elementor-column elementor-col-50 elementor-top-column elementor-element elementor-element-2e6d7f4" data-id="2e6d7f4" data-element_type="column">
					<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-94b1c3a elementor-widget elementor-widget-wpml-language-switcher" data-id="94b1c3a" data-element_type="widget" data-widget_type="wpml-language-switcher.default">
							<div class="elementor-widget-container">
<div class="wpml-elementor-ls">
<div class="wpml-ls-statics-shortcode_actions wpml-ls wpml-ls-legacy-list-horizontal">
	<ul><li class="wpml-ls-slot-shortcode_actions wpml-ls-item wpml-ls-item-hr wpml-ls-current-language wpml-ls-first-item wpml-ls-item-legacy-list-horizontal">
				<a href="https://www.jadransail.hr/politika-privatnosti/" class="wpml-ls-link"><span class="wpml-ls-native">HR</span></a>
			</li><li class="wpml-ls-slot-shortcode_actions wpml-ls-item wpml-ls-item-en wpml-ls-item-legacy-list-horizontal">
				<a href="https://www.jadransail.hr/en/privacy-policy/" class="wpml-ls-link"><span class="wpml-ls-display">EN</span></a>
			</li><li class="wpml-ls-slot-shortcode_actions wpml-ls-item wpml-ls-item-de wpml-ls-last-item wpml-ls-item-legacy-list-horizontal">
				<a href="https://www.jadransail.hr/de/datenschutz/" class="wpml-ls-link"><span class="wpml-ls-display">DE</span></a>
			</li></ul>
</div>
</div>
							</div>
						</div>
					</div>
				</div>
			</div>
		</section>
		<section class="elementor-section elementor-top-section elementor-element elementor-element-63b8a90 elementor-section-boxed elementor-section-height-default" data-id="63b8a90" data-element_type="section" data-settings="{&quot;sticky&quot;:&quot;top&quot;,&quot;sticky_on&quot;:[&quot;desktop&quot;,&quot;tablet&quot;,&quot;mobile&quot;],&quot;sticky_offset&quot;:0,&quot;sticky_effects_offset&quot;:0}">
			<div class="elementor-container elementor-column-gap-default">
				<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-7a0f3c5" data-id="7a0f3c5" data-element_type="column">
					<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-0d9e2b6 elementor-widget elementor-widget-theme-site-logo elementor-widget-image" data-id="0d9e2b6" data-element_type="widget" data-widget_type="theme-site-logo.default">
							<div class="elementor-widget-container"><a href="https://www.jadransail.hr/"><img width="260" height="64" src="https://www.jadransail.hr/wp-content/uploads/2019/02/jadransail-logo.svg" class="attachment-full size-full wp-image-12" alt="Jadran Sail Charter" /></a></div>
						</div>
						<div class="elementor-element elementor-element-e5f1a70 elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu" data-id="e5f1a70" data-element_type="widget" data-settings="{&quot;layout&quot;:&quot;horizontal&quot;}" data-widget_type="nav-menu.default">
							<div class="elementor-widget-container">
			<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade">
				<ul id="menu-1-e5f1a70" class="elementor-nav-menu"><li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-101"><a href="https://www.jadransail.hr/flota/" class="elementor-item">Flota</a></li>
<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-102"><a href="https://www.jadransail.hr/jedrilice/" class="elementor-item">Jedrilice</a></li>
<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-103"><a href="https://www.jadransail.hr/katamarani/" class="elementor-item">Katamarani</a></li>
<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-104"><a href="https://www.jadransail.hr/last-minute/" class="elementor-item">Last minute</a></li>
<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-105"><a href="https://www.jadransail.hr/rute/" class="elementor-item">Rute</a></li>
<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-106"><a href="https://www.jadransail.hr/kontakt/" class="elementor-item">Kontakt</a></li>
</ul>			</nav>
							</div>
						</div>
					</div>
				</div>
			</div>
		</section>
		</div>

		<div data-elementor-type="wp-page" data-elementor-id="3" class="elementor elementor-3" data-elementor-post-type="page">
%(page)s
				</div>
				<div data-elementor-type="footer" data-elementor-id="57" class="elementor elementor-57 elementor-location-footer" data-elementor-post-type="elementor_library">
		<section class="elementor-section elementor-top-section elementor-element elementor-element-4e8a1b2 elementor-section-boxed elementor-section-height-default" data-id="4e8a1b2" data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
			<div class="elementor-container elementor-column-gap-default">
				<div class="elementor-column elementor-col-33 elementor-top-column elementor-element elementor-element-5b9c0d1" data-id="5b9c0d1" data-element_type="column">
					<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-a1d2e3f elementor-widget elementor-widget-text-editor" data-id="a1d2e3f" data-element_type="widget" data-widget_type="text-editor.default">
							<div class="elementor-widget-container">
							<p><strong>Jadran Sail d.o.o.</strong><br />%(street)s<br />OIB: 48213976504</p>
							</div>
						</div>
					</div>
				</div>
				<div class="elementor-column elementor-col-33 elementor-top-column elementor-element elementor-element-6c0d1e2" data-id="6c0d1e2" data-element_type="column">
					<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-b2e3f40 elementor-widget elementor-widget-text-editor" data-id="b2e3f40" data-element_type="widget" data-widget_type="text-editor.default">
							<div class="elementor-widget-container">
							<p><a href="/uvjeti-najma/">Uvjeti najma</a><br /><a href="/politika-privatnosti/">Politika privatnosti</a><br /><a href="/politika-kolacica/">Politika kolačića</a><br /><a href="#" class="cmplz-show-banner">Upravljanje privolama</a></p>
							</div>
						</div>
					</div>
				</div>
				<div class="elementor-column elementor-col-33 elementor-top-column elementor-element elementor-element-7d1e2f3" data-id="7d1e2f3" data-element_type="column">
					<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-c3f4051 elementor-widget elementor-widget-text-editor" data-id="c3f4051" data-element_type="widget" data-widget_type="text-editor.default">
							<div class="elementor-widget-container">
							<p>© %(year)d Jadran Sail d.o.o. Sva prava pridržana.</p>
							</div>
						</div>
					</div>
				</div>
			</div>
		</section>
				</div>

<!-- Consent Management powered by Complianz | GDPR/CCPA Cookie Consent https://wordpress.org/plugins/complianz-gdpr -->
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
	<div class="cmplz-header">
		<div class="cmplz-logo"></div>
		<div class="cmplz-title" id="cmplz-header-1-optin">Upravljanje privolama za kolačiće</div>
	</div>
	<div class="cmplz-body">
		<div class="cmplz-message" id="cmplz-message-1-optin">Koristimo kolačiće kako bismo optimizirali našu web stranicu i uslugu.</div>
	</div>
	<div class="cmplz-buttons">
		<button class="cmplz-btn cmplz-accept">Prihvati</button>
		<button class="cmplz-btn cmplz-deny">Odbij</button>
		<button class="cmplz-btn cmplz-view-preferences">Prikaži postavke</button>
	</div>
</div></div>
<script id="elementor-pro-frontend-js-before">
var ElementorProFrontendConfig = {"ajaxurl":"https:\\/\\/www.jadransail.hr\\/wp-admin\\/admin-ajax.php","nonce":"%(nonce)s","urls":{"assets":"https:\\/\\/www.jadransail.hr\\/wp-content\\/plugins\\/elementor-pro\\/assets\\/","rest":"https:\\/\\/www.jadransail.hr\\/wp-json\\/"},"shareButtonsNetworks":[],"facebook_sdk":{"lang":"hr","app_id":""},"lottie":{"defaultAnimationUrl":"https:\\/\\/www.jadransail.hr\\/wp-content\\/plugins\\/elementor-pro\\/modules\\/lottie\\/assets\\/animations\\/default.json"}};
</script>
<script src='https://www.jadransail.hr/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=%(elpro)s' id='elementor-pro-frontend-js'></script>
<script id="elementor-frontend-js-before">
var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false,"isScriptDebug":false},"is_rtl":false,"breakpoints":{"xs":0,"sm":480,"md":768,"lg":1025,"xl":1440,"xxl":1600},"version":"%(el)s","is_static":false,"urls":{"assets":"https:\\/\\/www.jadransail.hr\\/wp-content\\/plugins\\/elementor\\/assets\\/"},"swiperClass":"swiper-container","settings":{"page":[],"editorPreferences":[]},"kit":{"active_breakpoints":["viewport_mobile","viewport_tablet"],"global_image_lightbox":"yes"},"post":{"id":3,"title":"Politika%%20privatnosti%%20-%%20Jadran%%20Sail%%20Charter","excerpt":"","featuredImage":false}};
</script>
<script src='https://www.jadransail.hr/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=%(el)s' id='elementor-frontend-js'></script>
<script src='https://www.jadransail.hr/wp-content/plugins/bm-booking-manager/public/js/lastminute.js?ver=2.4.1' id='bm-lastminute-js'></script>
<script id="cmplz-cookiebanner-js-extra">
var complianz = {"prefix":"cmplz_","user_banner_id":"1","set_cookies":[],"block_ajax_content":"","banner_version":"27","version":"6.5.5","store_consent":"","do_not_track_enabled":"","consenttype":"optin","region":"eu","geoip":"","dismiss_timeout":"","disable_cookiebanner":"","soft_cookiewall":"","dismiss_on_scroll":"","cookie_expiry":"365","url":"https:\\/\\/www.jadransail.hr\\/wp-json\\/complianz\\/v1\\/","locale":"lang=hr&locale=hr","set_cookies_on_root":"","cookie_domain":"","current_policy_id":"24","cookie_path":"\\/","categories":{"statistics":"statistika","marketing":"marketing"},"tcf_active":"","placeholdertext":"Kliknite za prihva\\u0107anje {category} kola\\u010di\\u0107a i omogu\\u0107avanje ovog sadr\\u017eaja","css_file":"https:\\/\\/www.jadransail.hr\\/wp-content\\/uploads\\/complianz\\/css\\/banner-{banner_id}-{type}.css?v=27","page_links":{"eu":{"cookie-statement":{"title":"Politika kola\\u010di\\u0107a","url":"https:\\/\\/www.jadransail.hr\\/politika-kolacica\\/"},"privacy-statement":{"title":"Politika privatnosti","url":"https:\\/\\/www.jadransail.hr\\/politika-privatnosti\\/"}}}};
</script>
<script defer src='https://www.jadransail.hr/wp-content/plugins/complianz-gdpr-premium/cookiebanner/js/complianz.min.js?ver=1698332115' id='cmplz-cookiebanner-js'></script>

</body>
</html>

<!-- This website is like a Rocket, isn't it? Performance optimized by WP Rocket. Learn more: https://wp-rocket.me - Debug: cached@%(rocket_ts)d -->
""" % {"mod_iso": modified.strftime("%Y-%m-%dT%H:%M:%S+00:00"), "mod_ts": mod_ts, "wp": wp, "el": el,
       "elpro": elpro, "page": page, "street": K.esc(street), "year": state["year"], "nonce": state["nonce"],
       "rocket_ts": state["rocket"]}
    return doc


PAGE = {
    "service": "Jadran Sail",
    "url": "https://www.jadransail.hr/politika-privatnosti/",
    "lang": "hr",
    "platform": "WordPress + Elementor Pro (Hello theme), WPML, Yoast SEO, Complianz, WP Rocket",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "LiteSpeed"), ("Link", '<https://www.jadransail.hr/wp-json/>; rel="https://api.w.org/"'),
                      ("Vary", "Accept-Encoding")],
    "n": 31,
    "start": dt.date(2023, 1, 15),
    "end": dt.date(2024, 10, 31),
    "hours": (0, 12),
    "policy": POLICY,
    "first_updated": dt.date(2022, 11, 2),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.jadransail.hr/politika-privatnosti/",
        "select": "[data-elementor-type=\"wp-page\"]",
        "remove": [".elementor-element-6f1d2a9", ".elementor-element-3c8b7e0"],
    },
}
