"""Fundacija Svetilnik - sl charity/NGO - WordPress 6 + Astra theme + Elementor (Toggle widget) + GiveWP + Complianz.

The policy's sections are Elementor toggles, all collapsed by default (titles are <div>s, bodies are hidden panels);
the "who we collect from" list is a nested list.

Noise (a noisy page, two volatile features): the GiveWP donation block at the end of the article (inside
.entry-content; the curator removes it) with the campaign's running total and a per-render form hash/nonce; plus
?ver= asset strings that move when plugins are updated. The Complianz cookie banner's markup is static.

Real edits (7): nested list - sub-item added under volunteers; one sentence deleted inside a collapsed toggle;
DPO e-mail changed (anchor and mailto); a word of a (toggle) heading changed, date not bumped; a number (marketing
data kept at most 5 -> 3 years); two bullets of the rights list swapped; capitalisation-only change of the defined
term "Fundacija", date not bumped.
"""
import datetime as dt
import html
import common as C

URL = "https://www.svetilnik.si/politika-zasebnosti/"
MESECI = ["januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta", "septembra", "oktobra",
          "novembra", "decembra"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MESECI[d.month - 1], d.year)


POLICY = """
# Politika zasebnosti

Zadnja sprememba: {UPDATED}

Fundacija Svetilnik, ustanova za pomoč otrokom in družinam v stiski (v nadaljevanju: Fundacija), spoštuje vašo zasebnost. V tej politiki pojasnjujemo, kako obdelujemo osebne podatke donatorjev, prostovoljcev, prejemnikov pomoči in obiskovalcev spletnega mesta svetilnik.si v skladu s Splošno uredbo o varstvu podatkov (GDPR) in Zakonom o varstvu osebnih podatkov (ZVOP-2).

## Upravljavec osebnih podatkov

@ Fundacija Svetilnik
@ Trubarjeva cesta 42
@ 1000 Ljubljana
@ Matična številka: 8712345000

Pooblaščena oseba za varstvo osebnih podatkov je dosegljiva na [dpo@svetilnik.si](mailto:dpo@svetilnik.si) ali po pošti na zgornjem naslovu s pripisom »Za pooblaščeno osebo«.

## Katere podatke zbiramo

- Podatki donatorjev:
- > ime in priimek, naslov ter e-poštni naslov,
- > znesek, datum in način donacije,
- > davčna številka, če želite potrdilo o donaciji za davčne namene.
- Podatki prostovoljcev:
- > kontaktni podatki in izobrazba,
- > področja, na katerih želite pomagati, in vaša razpoložljivost.
- Podatki prejemnikov pomoči:
- > podatki o družini in socialnem položaju, ki jih posreduje center za socialno delo ali jih navedete sami.
- Podatki obiskovalcev spletnega mesta:
- > IP-naslov, vrsta brskalnika in podatki o piškotkih.

## Nameni in pravne podlage

Osebne podatke donatorjev obdelujemo za izvedbo donacije in izdajo potrdila (pogodba in zakonska obveznost), podatke prostovoljcev za organizacijo prostovoljskega dela v skladu z Zakonom o prostovoljstvu, podatke prejemnikov pomoči pa za dodelitev pomoči na podlagi vaše privolitve oziroma javnega interesa. Podatke o zdravstvenem stanju prejemnikov obdelujemo le, kadar je to nujno za dodelitev pomoči, in samo z vašo izrecno privolitvijo.

## Namenitev dela dohodnine

Če nam namenite del dohodnine, nam Finančna uprava Republike Slovenije (FURS) sporoči le vaše ime, priimek in naslov, če ste v to privolili, nikoli pa ne podatkov o vaših dohodkih. Te podatke uporabimo samo za zahvalo.

## Obveščanje in glasilo

Če se naročite na e-novice, vam pošiljamo obvestila o naših akcijah in o porabi zbranih sredstev. Tiskano glasilo vam pošiljamo po pošti dvakrat letno. Od prejemanja obvestil se lahko kadar koli odjavite s klikom na povezavo v vsakem sporočilu.

## Obdelovalci in prenos podatkov

Za delovanje spletnega mesta in zbiranje donacij uporabljamo zunanje obdelovalce: ponudnika gostovanja (Slovenija), plačilni storitvi Stripe in PayPal (Irska, Luksemburg) ter orodje za e-pošto MailerLite (Litva). Z vsemi imamo sklenjene pogodbe o obdelavi osebnih podatkov. Podatkov fundacija ne prodaja in jih ne posreduje tretjim osebam za njihove tržne namene.

## Kako dolgo hranimo podatke

- Podatke o donacijah hranimo 10 let zaradi računovodskih predpisov.
- Podatke za obveščanje hranimo do odjave oziroma največ 5 let po vaši zadnji donaciji.
- Podatke prostovoljcev hranimo še 2 leti po zaključku sodelovanja.

## Piškotki in sledenje

Nujne piškotke uporabljamo za delovanje spletnega mesta in obrazca za donacije. Analitične piškotke (Google Analytics) in piškotke družbenih omrežij nastavimo le z vašo privolitvijo, ki jo lahko kadar koli spremenite v nastavitvah piškotkov.

## Varnost podatkov

Osebne podatke varujemo s tehničnimi in organizacijskimi ukrepi: dostop do baze donatorjev imajo le pooblaščeni zaposleni, spletno mesto uporablja šifrirano povezavo (HTTPS), podatke o prejemnikih pomoči pa hranimo ločeno od podatkov o donatorjih. Podatkov o plačilnih karticah ne hranimo, saj plačila v celoti obdelata Stripe in PayPal.

## Vaše pravice

Kot posameznik, na katerega se nanašajo osebni podatki, imate:

- pravico do dostopa do svojih osebnih podatkov,
- pravico do popravka in izbrisa,
- pravico do omejitve obdelave,
- pravico do prenosljivosti podatkov,
- pravico do ugovora obdelavi za namene neposrednega trženja,
- pravico, da kadar koli prekličete privolitev.

Pritožbo lahko vložite pri Informacijskem pooblaščencu Republike Slovenije, Dunajska cesta 22, 1000 Ljubljana, [www.ip-rs.si](https://www.ip-rs.si).

## Spremembe politike zasebnosti

To politiko občasno posodobimo, na primer ob uvedbi nove storitve ali ob spremembi predpisov. Datum zadnje spremembe je naveden na vrhu strani. O bistvenih spremembah bomo naročnike e-novic obvestili po e-pošti.
"""

EDITS = [
    {"note": "nested list: sub-item 'certificate of no criminal record' added under volunteers' data",
     "repl": [("in vaša razpoložljivost.\n", "in vaša razpoložljivost,\n- > potrdilo o nekaznovanosti, če delate z otroki.\n")]},
    {"note": "one sentence deleted inside a collapsed toggle (printed newsletter by post)",
     "repl": [("sredstev. Tiskano glasilo vam pošiljamo po pošti dvakrat letno. Od", "sredstev. Od")]},
    {"note": "DPO e-mail changed dpo@ -> varstvo.podatkov@ (anchor and mailto target)",
     "repl": [("[dpo@svetilnik.si](mailto:dpo@svetilnik.si)",
               "[varstvo.podatkov@svetilnik.si](mailto:varstvo.podatkov@svetilnik.si)")]},
    {"note": "heading word changed in a toggle title: 'Piškotki in sledenje' -> 'Piškotki in analitika' (date not bumped)",
     "bump": False,
     "repl": [("## Piškotki in sledenje", "## Piškotki in analitika")]},
    {"note": "number: marketing data kept at most 3 years (was 5) after the last donation",
     "repl": [("največ 5 let po vaši", "največ 3 leta po vaši")]},
    {"note": "bullets reordered: right to object moved above right to restriction",
     "repl": [("- pravico do omejitve obdelave,\n- pravico do prenosljivosti podatkov,\n- pravico do ugovora obdelavi za namene neposrednega trženja,",
               "- pravico do ugovora obdelavi za namene neposrednega trženja,\n- pravico do omejitve obdelave,\n- pravico do prenosljivosti podatkov,")]},
    {"note": "capitalisation only: defined term 'fundacija' -> 'Fundacija' (date not bumped)", "bump": False,
     "repl": [("Podatkov fundacija ne prodaja", "Podatkov Fundacija ne prodaja")]},
]

CAMPAIGNS = [(dt.date(2000, 1, 1), "Topla zima za vsakega otroka", 25000),
             (dt.date(2022, 3, 1), "Šolske potrebščine za vse", 18000),
             (dt.date(2023, 9, 1), "Pomoč po poplavah", 60000),
             (dt.date(2024, 10, 1), "Počitnice brez skrbi", 30000),
             (dt.date(2025, 9, 1), "Topel obrok", 40000)]


def campaign(when):
    return [c for c in CAMPAIGNS if c[0] <= when.date()][-1]


def noise(rng, when, i, prev):
    s = {}
    start, name, goal = campaign(when)
    days = (when.date() - start).days
    s["donations"] = (name, goal, min(goal + 3000, int(goal * min(1.1, days / 320.0)) + rng.randint(0, 900)))
    s["nonce"] = (C.hexs(rng, 10), C.hexs(rng, 10))
    q = (when.year - 2020) * 4 + (when.month - 1) // 3
    s["ver"] = ("4.%d.%d" % (q // 5, q % 5), "3.%d.%d" % (5 + q // 6, q % 4), "2.%d.%d" % (20 + q // 3, q % 3))
    return s


LABELS = {"donations": "GiveWP campaign block in the article: running total / goal (removed by the declaration)",
          "nonce": "GiveWP form hash + _wpnonce (per render)",
          "ver": "plugin/theme ?ver= asset strings (updates)"}


def ul_html(items):
    lis = []
    for t, kids in C.nest(items):
        sub = "<ul>%s</ul>" % "".join("<li>%s</li>" % C.inline_html(k) for k in kids) if kids else ""
        lis.append("<li>%s%s</li>" % (C.inline_html(t), sub))
    return "<ul>%s</ul>" % "".join(lis)


def ul_md(items):
    lines = []
    for t, kids in C.nest(items):
        lines.append("* " + C.inline_md(t, URL))
        lines.extend("    * " + C.inline_md(k, URL) for k in kids)
    return "\n".join(lines)


def bhtml(bl):
    return "\n".join(ul_html(b[1]) if b[0] == "ul" else C.block_html(b) for b in bl)


def bmd(bl):
    return [ul_md(b[1]) if b[0] == "ul" else C.block_md(b, URL) for b in bl]


def gold_md(blocks):
    head, secs = C.split_sections(blocks)
    out = bmd(head)
    for title, bl in secs:
        out.append(C.inline_md(title, URL))
        out.extend(bmd(bl))
    return "\n\n".join(out)


def render(s, blocks, when):
    head, secs = C.split_sections(blocks[1:])
    toggles = []
    for n, (title, bl) in enumerate(secs):
        tid = "17%02d" % (41 + n)
        toggles.append(
            '<div class="elementor-toggle-item">\n'
            '<div id="elementor-tab-title-%s" class="elementor-tab-title" data-tab="%d" role="button" aria-controls="elementor-tab-content-%s" aria-expanded="false">'
            '<span class="elementor-toggle-icon elementor-toggle-icon-left" aria-hidden="true"><span class="elementor-toggle-icon-closed"><i class="fas fa-plus"></i></span>'
            '<span class="elementor-toggle-icon-opened"><i class="elementor-toggle-icon-opened fas fa-minus"></i></span></span>'
            '<a class="elementor-toggle-title" tabindex="0">%s</a></div>\n'
            '<div id="elementor-tab-content-%s" class="elementor-tab-content elementor-clearfix" data-tab="%d" role="region" aria-labelledby="elementor-tab-title-%s">%s</div>\n'
            '</div>' % (tid, n + 1, tid, C.inline_html(title), tid, n + 1, tid, bhtml(bl)))
    name, goal, raised = s["donations"]
    pct = min(100, raised * 100 // goal)
    fhash, wpn = s["nonce"]
    v_astra, v_el, v_give = s["ver"]
    money = lambda x: "{:,}".format(x).replace(",", ".")
    give = ('<div class="elementor-element elementor-element-5c1e2d7 elementor-widget elementor-widget-shortcode" data-id="5c1e2d7" data-element_type="widget" data-widget_type="shortcode.default">'
            '<div class="elementor-shortcode"><div class="give-form-wrap give-display-onpage">'
            '<h3 class="give-form-title">Podprite akcijo: %s</h3>'
            '<div class="give-goal-progress"><div class="raised"><span class="income">%s €</span> od <span class="goal-text">%s €</span> zbranih</div>'
            '<div class="give-progress-bar" role="progressbar" aria-valuenow="%d"><span style="width: %d%%"></span></div></div>'
            '<form id="give-form-812-1" class="give-form give-form-812" action="%s?payment-mode=stripe" data-id="812-1" method="post">'
            '<input type="hidden" name="give-form-id" value="812"/><input type="hidden" name="give-form-hash" value="%s"/>'
            '<input type="hidden" name="_wpnonce" value="%s"/>'
            '<ul class="give-donation-levels-wrap"><li><button type="button" class="give-donation-level-btn" value="10">10 €</button></li>'
            '<li><button type="button" class="give-donation-level-btn" value="25">25 €</button></li>'
            '<li><button type="button" class="give-donation-level-btn" value="50">50 €</button></li></ul>'
            '<button type="submit" class="give-submit">Doniraj zdaj</button></form></div></div></div>'
            % (html.escape(name), money(raised), money(goal), pct, pct, URL, fhash, wpn))
    return ('<!DOCTYPE html>\n<html lang="sl-SI">\n<head>\n<meta charset="UTF-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>Politika zasebnosti &#8211; Fundacija Svetilnik</title>\n'
            '<meta name=\'robots\' content=\'index, follow, max-image-preview:large\' />\n'
            '<link rel="canonical" href="%s" />\n'
            '<link rel=\'stylesheet\' id=\'astra-theme-css-css\' href=\'https://www.svetilnik.si/wp-content/themes/astra/assets/css/minified/main.min.css?ver=%s\' media=\'all\' />\n'
            '<link rel=\'stylesheet\' id=\'elementor-frontend-css\' href=\'https://www.svetilnik.si/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=%s\' media=\'all\' />\n'
            '<link rel=\'stylesheet\' id=\'give-styles-css\' href=\'https://www.svetilnik.si/wp-content/plugins/give/assets/dist/css/give.css?ver=%s\' media=\'all\' />\n'
            '<link rel=\'stylesheet\' id=\'cmplz-general-css\' href=\'https://www.svetilnik.si/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=1710846217\' media=\'all\' />\n'
            '<link rel="https://api.w.org/" href="https://www.svetilnik.si/wp-json/" /><link rel="alternate" type="application/json" href="https://www.svetilnik.si/wp-json/wp/v2/pages/3" />\n'
            '<meta name="generator" content="WordPress" />\n'
            '</head>\n<body itemtype=\'https://schema.org/WebPage\' itemscope=\'itemscope\' class="privacy-policy page-template-default page page-id-3 wp-custom-logo ast-single-post ast-header-break-point elementor-default elementor-kit-6 elementor-page elementor-page-3">\n'
            '<a class="skip-link screen-reader-text" href="#content" role="link">Preskoči na vsebino</a>\n'
            '<div class="hfeed site" id="page">\n'
            '<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope">'
            '<div class="site-branding ast-site-identity"><span class="site-logo-img"><a href="https://www.svetilnik.si/" class="custom-logo-link" rel="home"><img width="180" height="60" src="https://www.svetilnik.si/wp-content/uploads/2021/02/svetilnik-logo.png" class="custom-logo" alt="Fundacija Svetilnik" /></a></span></div>'
            '<nav class="site-navigation ast-flex-grow-1 navigation-accessibility" id="primary-site-navigation" aria-label="Primarna navigacija"><ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">'
            '<li class="menu-item"><a href="https://www.svetilnik.si/o-nas/" class="menu-link">O nas</a></li>'
            '<li class="menu-item"><a href="https://www.svetilnik.si/kako-pomagamo/" class="menu-link">Kako pomagamo</a></li>'
            '<li class="menu-item"><a href="https://www.svetilnik.si/prostovoljstvo/" class="menu-link">Prostovoljstvo</a></li>'
            '<li class="menu-item"><a href="https://www.svetilnik.si/novice/" class="menu-link">Novice</a></li>'
            '<li class="menu-item"><a href="https://www.svetilnik.si/kontakt/" class="menu-link">Kontakt</a></li>'
            '<li class="menu-item menu-button"><a href="https://www.svetilnik.si/doniraj/" class="menu-link">Doniraj</a></li></ul></nav></header>\n'
            '<div id="content" class="site-content"><div class="ast-container">\n'
            '<div id="primary" class="content-area primary"><main id="main" class="site-main">\n'
            '<article class="post-3 page type-page status-publish ast-article-single" id="post-3" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">\n'
            '<header class="entry-header ast-no-thumbnail"><h1 class="entry-title" itemprop="headline">%s</h1></header>\n'
            '<div class="entry-content clear" itemprop="text">\n'
            '<div data-elementor-type="wp-page" data-elementor-id="3" class="elementor elementor-3">\n'
            '<section class="elementor-section elementor-top-section elementor-element elementor-element-3a9f1c2 elementor-section-boxed" data-id="3a9f1c2" data-element_type="section"><div class="elementor-container elementor-column-gap-default">'
            '<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-7b2e4d1" data-id="7b2e4d1" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">\n'
            '<div class="elementor-element elementor-element-1d4c8e0 elementor-widget elementor-widget-text-editor" data-id="1d4c8e0" data-element_type="widget" data-widget_type="text-editor.default"><div class="elementor-widget-container">\n%s\n</div></div>\n'
            '<div class="elementor-element elementor-element-9e07b3a elementor-widget elementor-widget-toggle" data-id="9e07b3a" data-element_type="widget" data-widget_type="toggle.default"><div class="elementor-widget-container">\n'
            '<div class="elementor-toggle">\n%s\n</div></div></div>\n'
            '%s\n'
            '</div></div></div></section>\n</div>\n</div>\n</article>\n</main></div>\n</div></div>\n'
            '<footer class="site-footer" id="colophon"><div class="site-below-footer-wrap"><div class="ast-builder-html-element">'
            '<p>Fundacija Svetilnik · Trubarjeva cesta 42, 1000 Ljubljana · TRR: SI56 0201 0001 2345 678 · Davčna številka: SI12345678</p>'
            '<p><a href="https://www.svetilnik.si/politika-zasebnosti/">Politika zasebnosti</a> · <a href="#" class="cmplz-show-banner">Nastavitve piškotkov</a></p>'
            '<p>© %d Fundacija Svetilnik</p></div></div></footer>\n</div>\n'
            '<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" data-nosnippet="true" role="dialog">'
            '<div class="cmplz-header"><div class="cmplz-title">Upravljanje privolitve za piškotke</div></div>'
            '<div class="cmplz-body"><div class="cmplz-message">Za zagotavljanje najboljših izkušenj uporabljamo piškotke. Z vašo privolitvijo lahko obdelujemo podatke, kot sta vedenje brskanja in edinstveni ID-ji.</div></div>'
            '<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Sprejmi</button><button class="cmplz-btn cmplz-deny">Zavrni</button><button class="cmplz-btn cmplz-view-preferences">Prikaži nastavitve</button></div></div></div>\n'
            '<script src=\'https://www.svetilnik.si/wp-includes/js/jquery/jquery.min.js?ver=3.7.1\' id=\'jquery-core-js\'></script>\n'
            '<script src=\'https://www.svetilnik.si/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=%s\' id=\'elementor-frontend-js\'></script>\n'
            '<script src=\'https://www.svetilnik.si/wp-content/plugins/give/assets/dist/js/give.js?ver=%s\' id=\'give-js\'></script>\n'
            '</body>\n</html>\n') % (
        URL, v_astra, v_el, v_give, C.inline_html(blocks[0][1]), bhtml(head), "\n".join(toggles), give, when.year,
        v_el, v_give)


PAGE = {
    "service": "Fundacija Svetilnik", "url": URL, "lang": "sl", "platform": "WordPress + Astra + Elementor",
    "content_type": "text/html; charset=UTF-8",
    "n": 31, "start": dt.date(2021, 10, 4), "end": dt.date(2026, 9, 14),
    "policy": POLICY, "first_updated": dt.date(2021, 5, 20), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": ["h1.entry-title", ".entry-content"], "remove": [".give-form-wrap"]},
}
