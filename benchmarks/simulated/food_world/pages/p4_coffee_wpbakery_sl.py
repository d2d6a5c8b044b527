"""Zrno kava (Ljubljana) - sl-SI - a coffee chain's Zrno Klub loyalty app; WordPress + WPBakery Page Builder
(js_composer) on a custom theme, GDPR Cookie Compliance (Moove). The policy is the page's row with the extra class
`politika`: a text column, a collapsed WPBakery accordion (vc_tta-accordion, every panel closed) holding the
purposes of each processing, and a second text column. Noisy: above it the marketing team adds a weekly "double
points" row and a seasonal banner row (each re-save gives new vc_custom ids in the shortcodes CSS); the footer shows
today's opening hours of the cafés; per-visit nonces; js_composer upgrades 6.10 -> 7.x change asset versions and
the accordion's markup attributes."""
import datetime as dt
import html
import re
import common as C

URL = "https://www.zrnokava.si/politika-zasebnosti/"
DNEVI = ["ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota", "nedelja"]


def fmt_date(d):
    return "%d. %d. %d" % (d.day, d.month, d.year)


POLICY = """
# Politika zasebnosti

Velja od {UPDATED}

Družba Zrno d.o.o. (v nadaljevanju: Zrno kava ali mi) spoštuje vašo zasebnost. V tej politiki zasebnosti pojasnjujemo, katere osebne podatke obdelujemo, ko obiščete naše kavarne, uporabljate mobilno aplikacijo Zrno Klub, naročate kavo vnaprej ali obiščete našo spletno stran, za kakšne namene jih obdelujemo in kakšne pravice imate. Pri obdelavi osebnih podatkov upoštevamo Splošno uredbo o varstvu podatkov (GDPR), Zakon o varstvu osebnih podatkov (ZVOP-2) in Zakon o elektronskih komunikacijah (ZEKom-2).

## Upravljavec osebnih podatkov

@ Zrno d.o.o.
@ Trubarjeva cesta 34
@ 1000 Ljubljana
@ matična številka: 8123456000

Imenovali smo pooblaščeno osebo za varstvo osebnih podatkov, ki je dosegljiva na naslovu [dpo@zrnokava.si](mailto:dpo@zrnokava.si).

## Katere osebne podatke obdelujemo

Obdelujemo predvsem naslednje vrste osebnih podatkov:

- identifikacijske in kontaktne podatke: ime, priimek, e-poštni naslov, telefonska številka, datum rojstva (za rojstnodnevno darilo);
- podatke o članstvu v Zrno Klubu: številka članske kartice, zbrane in porabljene točke, stopnja članstva, prejete ugodnosti;
- podatke o nakupih: datum, čas in kraj nakupa, kupljeni izdelki, znesek in način plačila;
- podatke o napravi in uporabi aplikacije: vrsta naprave, operacijski sistem, različica aplikacije, identifikator za potisna obvestila, IP-naslov;
- lokacijo naprave, če to dovolite, da vam prikažemo najbližjo kavarno;
- vsebino sporočil, ki nam jih pošljete prek obrazca ali aplikacije.

Večino podatkov pridobimo neposredno od vas, ko se registrirate v aplikaciji, oddate naročilo ali nam pišete. Podatke o nakupih v kavarnah pridobimo iz blagajniškega sistema, kadar ob nakupu pokažete člansko kodo. Če se v aplikacijo prijavite z računom Apple ali Google, od ponudnika prejmemo vaše ime in e-poštni naslov. Ponudnik plačilnih storitev nam sporoči, ali je bilo plačilo uspešno.

Podatkov o plačilnih karticah ne hranimo. Plačila v aplikaciji obdeluje naš ponudnik plačilnih storitev.

%% panels

## Nameni in pravne podlage obdelave

Za vsak namen obdelave spodaj navajamo, na kateri pravni podlagi temelji in koliko časa hranimo podatke. Kliknite na posamezen namen za podrobnosti.

### Članstvo v Zrno Klubu

Ko se registrirate v aplikaciji, z vami sklenemo pogodbo o članstvu. Vaše podatke obdelujemo, da vodimo vaš račun, pripisujemo točke (za vsak porabljen evro prejmete 1 točko, za 8 točk pa brezplačen napitek) in vam omogočamo uveljavljanje ugodnosti. Pravna podlaga je izvajanje pogodbe (točka (b) prvega odstavka 6. člena GDPR). Podatke hranimo do prenehanja članstva; če aplikacije ne uporabljate 18 mesecev, vaš račun samodejno zapremo.

### Naročanje vnaprej (Naroči in prevzemi)

Naročilo, oddano v aplikaciji, posredujemo izbrani kavarni, kjer baristi vidijo vaše ime in vsebino naročila. Podatke o naročilih hranimo pet let zaradi računovodskih in davčnih obveznosti.

### Personalizirane ponudbe

Na podlagi vaših nakupov vam v aplikaciji prikazujemo ponudbe, ki bi vas lahko zanimale, na primer popust na vaš najljubši napitek. To počnemo na podlagi zakonitega interesa. Personalizacijo lahko kadar koli izklopite v nastavitvah aplikacije.

### Neposredno trženje

E-novice in potisna obvestila o akcijah vam pošiljamo le, če ste v to privolili. Privolitev lahko kadar koli prekličete v aplikaciji ali s klikom na povezavo za odjavo v vsakem sporočilu. Podatke za ta namen hranimo do preklica privolitve.

### Videonadzor v kavarnah

V kavarnah izvajamo videonadzor vhodov in blagajniških mest zaradi varovanja premoženja in zaposlenih. Posnetke hranimo največ 30 dni, razen če so potrebni v postopku. O videonadzoru vas obveščamo z obvestili ob vhodu.

### Nagradne igre

Če sodelujete v nagradni igri, vaše podatke obdelujemo za izvedbo igre, žrebanje in obveščanje nagrajencev. Podatke nagrajencev hranimo v skladu z davčnimi predpisi, podatke ostalih sodelujočih pa izbrišemo 30 dni po žrebanju.

%% tail

## Obdelovalci in uporabniki podatkov

Vaših osebnih podatkov ne prodajamo. Za nas jih obdelujejo skrbno izbrani pogodbeni obdelovalci:

- Microsoft Ireland Operations Ltd (gostovanje v oblaku Azure);
- Mailchimp (Intuit Inc.) za pošiljanje e-novic;
- OneSignal, Inc. za potisna obvestila;
- Bankart d.o.o. za obdelavo plačil;
- računovodski servis Števec d.o.o.

Z vsemi obdelovalci imamo sklenjene pogodbe o obdelavi osebnih podatkov. Podatke lahko posredujemo tudi državnim organom, kadar to od nas zahteva zakon.

## Prenos podatkov v tretje države

Nekateri obdelovalci imajo sedež v ZDA. Prenos temelji na okviru EU-ZDA za zasebnost podatkov ali na standardnih pogodbenih določilih, ki jih je sprejela Evropska komisija.

## Spletna trgovina Kava za domov

V spletni trgovini prodajamo kavo v zrnju, mleto kavo in opremo za pripravo kave. Za izvedbo naročila obdelujemo vaše ime, naslov za dostavo, telefonsko številko, e-poštni naslov in podatke o naročilu. Podatke za dostavo posredujemo izbranemu dostavljavcu (Pošta Slovenije ali GLS). Če se naročite na redno dostavo kave, podatke obdelujemo, dokler naročnine ne prekličete. Račune iz spletne trgovine hranimo deset let po koncu leta, v katerem je bil račun izdan, kot to določa zakonodaja o davku na dodano vrednost.

## Služba za stranke in reklamacije

Ko nam pišete prek obrazca, e-pošte ali klepeta v aplikaciji, obdelujemo vaše kontaktne podatke in vsebino sporočila, da vam lahko odgovorimo. Če se reklamacija nanaša na posamezno kavarno, jo posredujemo vodji te kavarne. Korespondenco hranimo dve leti po zaključku zadeve, razen če je potrebna za uveljavljanje ali obrambo pravnih zahtevkov.

## Družbena omrežja

Imamo profile na Instagramu, Facebooku in TikToku. Ko nam sledite ali nam pišete na teh omrežjih, vaše podatke obdeluje tudi upravljavec omrežja v skladu s svojimi pravili. Za statistiko strani na Facebooku smo skupaj z družbo Meta Platforms Ireland Ltd skupna upravljavca. Vaših profilov na družbenih omrežjih ne povezujemo s članstvom v Zrno Klubu brez vaše privolitve.

## Avtomatizirano odločanje

Ne sprejemamo odločitev, ki bi temeljile izključno na avtomatizirani obdelavi in bi imele za vas pravne ali podobno pomembne učinke. Naš sistem lahko zaradi preprečevanja zlorab označi neobičajno veliko število unovčenih točk na enem računu, vendar takšen primer vedno pregleda zaposleni, preden račun začasno zaklene.

## Darila ob rojstnem dnevu in stopnje članstva

Če nam zaupate datum rojstva, vam v tednu rojstnega dne v aplikaciji podarimo brezplačen napitek. Leta rojstva ne prikazujemo nikomur in ga uporabljamo le za preverjanje, ali ste dopolnili 15 let. Stopnjo članstva (Zrno, Praženo, Espresso) določimo glede na število zbranih točk v zadnjih dvanajstih mesecih; višja stopnja prinaša dodatne ugodnosti, na primer brezplačno dodatno mleko ali sirup. Stopnjo lahko kadar koli preverite v aplikaciji.

## Piškotki

Naša spletna stran uporablja piškotke. Nujni piškotki so potrebni za delovanje strani, analitične in oglaševalske piškotke pa uporabljamo le z vašo privolitvijo, ki jo lahko kadar koli spremenite v nastavitvah piškotkov. Več o piškotkih preberete v naši politiki piškotkov.

## Vaše pravice

V zvezi s svojimi osebnimi podatki imate pravico do:

- dostopa do podatkov in kopije podatkov;
- popravka netočnih podatkov;
- izbrisa (pravica do pozabe);
- omejitve obdelave;
- prenosljivosti podatkov;
- ugovora obdelavi, ki temelji na zakonitem interesu;
- preklica privolitve, kadar obdelava temelji na privolitvi.

Zahtevo lahko pošljete na [zasebnost@zrnokava.si](mailto:zasebnost@zrnokava.si) ali po pošti na naslov družbe. Odgovorili vam bomo najkasneje v enem mesecu. Če menite, da obdelava vaših podatkov krši predpise, lahko vložite pritožbo pri Informacijskem pooblaščencu (Dunajska cesta 22, 1000 Ljubljana, [www.ip-rs.si](https://www.ip-rs.si)).

## Varnost podatkov

Izvajamo ustrezne tehnične in organizacijske ukrepe, kot so šifriranje, nadzor dostopa in redno izobraževanje zaposlenih, da vaše podatke zaščitimo pred izgubo, zlorabo in nepooblaščenim dostopom.

## Kršitve varstva osebnih podatkov

Če pride do kršitve varstva osebnih podatkov, ki bi lahko ogrozila vaše pravice, bomo o tem v 72 urah obvestili Informacijskega pooblaščenca, vas pa brez nepotrebnega odlašanja, kadar je tveganje za vas veliko.

## Mladoletni

Aplikacija Zrno Klub je namenjena osebam, starejšim od 15 let. Za mlajše uporabnike mora privolitev dati starš ali skrbnik.

## Kontakt

Za vsa vprašanja glede te politike zasebnosti nam pišite na zasebnost@zrnokava.si ali nas pokličite na 01 420 55 00 vsak delovnik med 9. in 15. uro.

## Spremembe politike zasebnosti

Politiko zasebnosti lahko občasno posodobimo. O bistvenih spremembah vas bomo obvestili v aplikaciji ali po e-pošti. Veljavna različica je vedno objavljena na tej strani.
"""

EDITS = [
    {"note": "edit inside a collapsed accordion panel: CCTV retention shortened from 30 to 14 days",
     "repl": [("Posnetke hranimo največ 30 dni, razen", "Posnetke hranimo največ 14 dni, razen")]},
    {"note": "processor added (Stripe for in-app payments)",
     "repl": [("- Bankart d.o.o. za obdelavo plačil;", "- Bankart d.o.o. za obdelavo plačil;\n- Stripe Payments Europe Ltd za plačila v aplikaciji;")]},
    {"note": "new section on digital gift cards",
     "repl": [("## Prenos podatkov v tretje države",
               "## Digitalne darilne kartice\n\nČe v aplikaciji kupite digitalno darilno kartico, obdelujemo ime in e-poštni naslov prejemnika ter vaše osebno sporočilo, da mu kartico dostavimo. Podatke prejemnika hranimo do porabe kartice oziroma največ dve leti.\n\n## Prenos podatkov v tretje države")]},
    {"note": "sentence deleted (reference to the separate cookie policy)",
     "repl": [(" Več o piškotkih preberete v naši politiki piškotkov.", "")]},
    {"note": "DPO contact changed to an external DPO service",
     "repl": [("Imenovali smo pooblaščeno osebo za varstvo osebnih podatkov, ki je dosegljiva na naslovu [dpo@zrnokava.si](mailto:dpo@zrnokava.si).",
               "Imenovali smo zunanjo pooblaščeno osebo za varstvo osebnih podatkov, družbo DPO svetovanje d.o.o., ki je dosegljiva na naslovu [zrno@dpo-svetovanje.si](mailto:zrno@dpo-svetovanje.si).")]},
]

OFFERS = [("Dvojne točke za vsak flat white", "Ta teden v aplikaciji Zrno Klub zbirate dvojne točke za vsak flat white."),
          ("Rogljič za 1 točko", "Do nedelje v aplikaciji unovčite maslen rogljič za samo 1 točko."),
          ("Happy hour v aplikaciji", "Vsak delovnik med 14. in 16. uro 20 % popusta na ledene napitke ob naročilu vnaprej."),
          ("Pripelji prijatelja", "Za vsakega novega člana, ki ga povabite, prejmete 5 točk."),
          ("Trojne točke ob ponedeljkih", "Ponedeljki so lažji s trojnimi točkami za vse napitke iz aplikacije."),
          ("Novo: ovseni cortado", "Poskusite novi ovseni cortado in prejmite 2 dodatni točki.")]
CAFES = [("Trubarjeva", ["7:00–20:00"] * 5 + ["8:00–20:00", "9:00–18:00"]),
         ("BTC City", ["8:00–21:00"] * 6 + ["zaprto"]),
         ("Maribor, Glavni trg", ["7:00–19:00"] * 5 + ["8:00–14:00", "zaprto"]),
         ("Koper, Titov trg", ["7:30–21:00"] * 7)]
WPB = [(dt.datetime(2023, 4, 17), "6.10.0"), (dt.datetime(2024, 3, 11), "7.0"), (dt.datetime(2025, 1, 20), "7.5"),
       (dt.datetime(2100, 1, 1), "7.9")]


def season(when):
    m, d = when.month, when.day
    if m == 12 or (m == 11 and d > 20):
        return ("Praznični napitki so tu", "Medenjakov latte in cimetov cappuccino v vseh kavarnah.")
    if m in (9, 10) or (m == 11 and d <= 20):
        return ("Jesen v Zrnu", "Vrnil se je bučni latte. Člani Zrno Kluba ga poskusijo prvi.")
    if m in (6, 7, 8):
        return ("Poletje na ledu", "Cold brew, espresso tonic in ledeni latte v vseh kavarnah.")
    return None


def wpb(when):
    for until, v in WPB:
        if when < until:
            return v


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["nonces"] = (C.hexs(rng, 10), C.hexs(rng, 10))
    week = when.isocalendar()[1] + 53 * when.year
    s["offer"] = OFFERS[week % len(OFFERS)][0]
    monday = dt.datetime.combine(when.date() - dt.timedelta(days=when.weekday()), dt.time(8, 41, 7))
    s["vc_custom"] = C.epoch(monday) * 1000 + 381
    s["season"] = (season(when) or ("",))[0]
    s["hours"] = "%s %d. %d." % (DNEVI[when.weekday()], when.day, when.month)
    s["wpb"] = wpb(when)
    s["moove"] = C.keep_or(rng, prev.get("moove"), 0.2, lambda: "4.%d.%d" % (10 + when.year - 2022, rng.randint(0, 9)))
    return s


LABELS = {
    "nonces": "per-visit WordPress nonces (wpApiSettings, moove_frontend_gdpr_scripts)",
    "offer": "weekly Zrno Klub points offer row above the policy",
    "vc_custom": "vc_custom ids of the re-saved promo row (shortcodes custom CSS)",
    "season": "seasonal banner row (autumn, festive, summer drinks)",
    "hours": "today's café opening hours in the footer widget",
    "wpb": "WPBakery (js_composer) version",
    "moove": "GDPR Cookie Compliance plugin version",
}


def texturize(raw):
    t = html.escape(raw, quote=False)
    t = re.sub(r"(\w)'(\w)", "\\1&#8217;\\2", t)
    t = re.sub(r'(^|\s|\()"', "\\1&#8222;", t).replace('"', "&#8220;")
    return t.replace(" - ", " &#8211; ")


def inl(t):
    return C.inline_html(t, text=texturize)


def wp_block(b):
    kind, v = b
    if kind in ("h1", "h2", "h3"):
        return "<%s>%s</%s>" % (kind, inl(v), kind)
    if kind == "p":
        return "<p>%s</p>" % inl(v)
    if kind == "addr":
        return "<p>%s</p>" % "<br />\n".join(inl(l) for l in v)
    if kind in ("ul", "ol"):
        return "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % inl(i) for i in v), kind)
    raise ValueError(kind)


def row(inner, extra, vc):
    return ('<div class="vc_row wpb_row vc_row-fluid %s vc_custom_%d"><div class="wpb_column vc_column_container vc_col-sm-12">'
            '<div class="vc_column-inner"><div class="wpb_wrapper">\n%s\n</div></div></div></div>' % (extra, vc, inner))


def text_col(inner):
    return ('<div class="wpb_text_column wpb_content_element " >\n\t\t<div class="wpb_wrapper">\n\t\t\t%s\n\n\t\t</div>\n\t</div>'
            % inner)


def render(s, blocks, when):
    segs = C.segments(blocks)
    title = segs["head"][0][1]
    v7 = not s["wpb"].startswith("6")
    head_html = "\n".join(wp_block(b) for b in segs["head"][1:])
    pan = segs["panels"]
    pan_intro = [b for b in pan[:2]]
    items = C.under_headings(pan[2:])
    panels = []
    for n, (q, qb) in enumerate(items):
        pid = "1617890%d-%d-%s" % (n + 1, 4410 + n, "b7c2")
        panels.append(
            '<div class="vc_tta-panel" id="%s" data-vc-content=".vc_tta-panel-body"><div class="vc_tta-panel-heading">'
            '<h4 class="vc_tta-panel-title vc_tta-controls-icon-position-right"><a href="#%s" data-vc-accordion data-vc-container=".vc_tta-container">'
            '<span class="vc_tta-title-text">%s</span><i class="vc_tta-controls-icon vc_tta-controls-icon-plus"></i></a></h4></div>'
            '<div class="vc_tta-panel-body">%s</div></div>'
            % (pid, pid, inl(q), text_col("\n".join(wp_block(b) for b in qb))))
    acc = ('<div class="vc_tta-container" data-vc-action="collapse"><div class="vc_general vc_tta vc_tta-accordion vc_tta-color-grey '
           'vc_tta-style-classic vc_tta-shape-rounded vc_tta-o-shape-group vc_tta-controls-align-left%s"%s><div class="vc_tta-panels-container">'
           '<div class="vc_tta-panels">%s</div></div></div></div>'
           % (" vc_tta-o-all-clickable" if v7 else "", ' data-vc-toggle-all="false"' if v7 else "", "".join(panels)))
    tail_html = "\n".join(wp_block(b) for b in segs["tail"])
    policy_row = row(text_col(head_html) + "\n" + text_col("\n".join(wp_block(b) for b in pan_intro)) + "\n" + acc
                     + "\n" + text_col(tail_html), "politika", 1617890123456)
    rows = []
    se = season(when)
    if se:
        rows.append(row(text_col('<h2 style="text-align: center;">%s</h2>\n<p style="text-align: center;">%s</p>' % se)
                        + '\n<div class="vc_btn3-container vc_btn3-center"><a class="vc_general vc_btn3 vc_btn3-size-md vc_btn3-shape-rounded vc_btn3-style-flat vc_btn3-color-orange" href="https://www.zrnokava.si/meni/" title="">Poglej meni</a></div>',
                        "sezonski-banner vc_row-has-fill", s["vc_custom"] + 17))
    offer = [o for o in OFFERS if o[0] == s["offer"]][0]
    rows.append(row(text_col('<h3>%s</h3>\n<p>%s</p>\n<p><a href="https://www.zrnokava.si/zrno-klub/">Prenesi aplikacijo Zrno Klub &raquo;</a></p>' % offer),
                    "promo-tocke vc_row-has-fill", s["vc_custom"]))
    rows.append(policy_row)
    n1, n2 = s["nonces"]
    ver = s["wpb"]
    wd = when.weekday()
    hours = "".join("<li><strong>%s</strong> %s</li>" % (c, h[wd]) for c, h in CAFES)
    css = (".vc_custom_1617890123456{margin-top: 20px !important;padding-bottom: 40px !important;}"
           ".vc_custom_%d{margin-bottom: 30px !important;padding-top: 25px !important;padding-bottom: 25px !important;background-color: #f3e9dc !important;border-radius: 8px !important;}"
           % s["vc_custom"])
    if se:
        css += ".vc_custom_%d{padding-top: 40px !important;padding-bottom: 40px !important;background-color: #2b1a10 !important;}" % (s["vc_custom"] + 17)
    return (
        '<!DOCTYPE html>\n<html lang="sl-SI">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<link rel="profile" href="https://gmpg.org/xfn/11">\n<title>Politika zasebnosti &#8211; Zrno kava</title>\n'
        '<meta name="robots" content="max-image-preview:large" />\n'
        '<link rel="alternate" type="application/rss+xml" title="Zrno kava &raquo; Vir" href="https://www.zrnokava.si/feed/" />\n'
        '<link rel="stylesheet" id="wp-block-library-css" href="https://www.zrnokava.si/wp-includes/css/dist/block-library/style.min.css?ver=6.%d.%d" media="all" />\n'
        '<link rel="stylesheet" id="moove_gdpr_frontend-css" href="https://www.zrnokava.si/wp-content/plugins/gdpr-cookie-compliance/dist/styles/gdpr-main.css?ver=%s" media="all" />\n'
        '<link rel="stylesheet" id="zrno-style-css" href="https://www.zrnokava.si/wp-content/themes/zrno/style.css?ver=2.3.1" media="all" />\n'
        '<link rel="stylesheet" id="js_composer_front-css" href="https://www.zrnokava.si/wp-content/plugins/js_composer/assets/css/js_composer.min.css?ver=%s" media="all" />\n'
        '<script src="https://www.zrnokava.si/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>\n'
        '<link rel="https://api.w.org/" href="https://www.zrnokava.si/wp-json/" /><link rel="alternate" type="application/json" href="https://www.zrnokava.si/wp-json/wp/v2/pages/3" />\n'
        '<link rel="canonical" href="%s" />\n<meta name="generator" content="Powered by WPBakery Page Builder - drag and drop page builder for WordPress."/>\n'
        '<style type="text/css" data-type="vc_shortcodes-custom-css">%s</style><noscript><style> .wpb_animate_when_almost_visible { opacity: 1; }</style></noscript>\n'
        '</head>\n<body class="privacy-policy page-template-default page page-id-3 wpb-js-composer js-comp-ver-%s vc_responsive">\n'
        '<div id="page" class="site">\n<header id="masthead" class="site-header">\n<div class="site-branding"><a href="https://www.zrnokava.si/" rel="home"><img src="https://www.zrnokava.si/wp-content/uploads/2021/03/zrno-logo.svg" alt="Zrno kava" width="120" height="40"></a></div>\n'
        '<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Meni</button>'
        '<div class="menu-glavni-meni-container"><ul id="primary-menu" class="menu">'
        '<li id="menu-item-21" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-21"><a href="https://www.zrnokava.si/meni/">Meni</a></li>'
        '<li id="menu-item-22" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-22"><a href="https://www.zrnokava.si/kavarne/">Kavarne</a></li>'
        '<li id="menu-item-23" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-23"><a href="https://www.zrnokava.si/zrno-klub/">Zrno Klub</a></li>'
        '<li id="menu-item-24" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-24"><a href="https://www.zrnokava.si/spletna-trgovina/">Kava za domov</a></li>'
        '<li id="menu-item-25" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-25"><a href="https://www.zrnokava.si/kontakt/">Kontakt</a></li></ul></div></nav>\n</header>\n'
        '<div id="content" class="site-content">\n<main id="primary" class="site-main">\n'
        '<article id="post-3" class="post-3 page type-page status-publish hentry">\n'
        '<div class="page-title-wrap"><h1 class="page-title">%s</h1></div>\n<div class="entry-content">\n%s\n</div><!-- .entry-content -->\n</article><!-- #post-3 -->\n'
        '</main><!-- #main -->\n</div><!-- #content -->\n'
        '<footer id="colophon" class="site-footer"><div class="footer-widgets"><section id="custom_html-3" class="widget_text widget widget_custom_html">'
        '<h2 class="widget-title">Danes smo odprti (%s)</h2><div class="textwidget custom-html-widget"><ul class="odpiralni-casi">%s</ul></div></section>'
        '<section id="nav_menu-2" class="widget widget_nav_menu"><h2 class="widget-title">Pravno</h2><div class="menu-pravno-container"><ul id="menu-pravno" class="menu">'
        '<li class="menu-item"><a href="https://www.zrnokava.si/splosni-pogoji/">Splošni pogoji</a></li><li class="menu-item"><a href="https://www.zrnokava.si/pravila-zrno-kluba/">Pravila Zrno Kluba</a></li>'
        '<li class="menu-item current-menu-item"><a href="https://www.zrnokava.si/politika-zasebnosti/" aria-current="page">Politika zasebnosti</a></li>'
        '<li class="menu-item"><a href="https://www.zrnokava.si/politika-piskotkov/">Politika piškotkov</a></li></ul></div></section></div>'
        '<div class="site-info">&copy; %d Zrno d.o.o. Vse pravice pridržane.</div></footer>\n</div><!-- #page -->\n'
        '<aside id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-hidden moove-gdpr-align-center moove-gdpr-dark-scheme gdpr_infobar_postion_bottom" aria-label="Pasica s piškotki GDPR" style="display: none;">'
        '<div class="moove-gdpr-info-bar-container"><div class="moove-gdpr-info-bar-content"><div class="moove-gdpr-cookie-notice"><p>Za boljšo uporabniško izkušnjo uporabljamo piškotke. '
        'Več o tem, katere piškotke uporabljamo, lahko preberete v <button data-href="#moove_gdpr_cookie_modal" class="change-settings-button">nastavitvah</button>.</p></div>'
        '<div class="moove-gdpr-button-holder"><button class="mgbutton moove-gdpr-infobar-allow-all gdpr-fbo-0" aria-label="Sprejmi">Sprejmi</button>'
        '<button class="mgbutton moove-gdpr-infobar-reject-btn gdpr-fbo-1 " aria-label="Zavrni">Zavrni</button></div></div></div></aside>\n'
        '<script id="moove_gdpr_frontend-js-extra">\nvar moove_frontend_gdpr_scripts = {"ajaxurl":"https:\\/\\/www.zrnokava.si\\/wp-admin\\/admin-ajax.php","post_id":"3","plugin_dir":"https:\\/\\/www.zrnokava.si\\/wp-content\\/plugins\\/gdpr-cookie-compliance","show_icons":"all","is_page":"1","ajax_cookie_removal":"false","strict_init":"2","enabled_default":{"third_party":0,"advanced":0},"geo_location":"false","force_reload":"false","is_single":"","hide_save_btn":"false","current_user":"0","cookie_expiration":"365","script_delay":"2000","close_btn_action":"1","close_btn_rdr":"","scripts_defined":"{\\"cache\\":true,\\"header\\":\\"\\",\\"body\\":\\"\\",\\"footer\\":\\"\\",\\"thirdparty\\":{\\"header\\":\\"\\",\\"body\\":\\"\\",\\"footer\\":\\"\\"},\\"advanced\\":{\\"header\\":\\"\\",\\"body\\":\\"\\",\\"footer\\":\\"\\"}}","gdpr_scor":"true","wp_lang":"","wp_consent_api":"false","gdpr_nonce":"%s"};\n</script>\n'
        '<script id="wp-api-request-js-extra">\nvar wpApiSettings = {"root":"https:\\/\\/www.zrnokava.si\\/wp-json\\/","nonce":"%s","versionString":"wp\\/v2\\/"};\n</script>\n'
        '<script src="https://www.zrnokava.si/wp-content/plugins/js_composer/assets/js/dist/js_composer_front.min.js?ver=%s" id="wpb_composer_front_js-js"></script>\n'
        '<script src="https://www.zrnokava.si/wp-content/plugins/js_composer/assets/lib/vc_accordion/vc-accordion.min.js?ver=%s" id="vc_accordion_script-js"></script>\n'
        '<script src="https://www.zrnokava.si/wp-content/plugins/js_composer/assets/lib/vc-tta-autoplay/vc-tta-autoplay.min.js?ver=%s" id="vc_tta_autoplay_script-js"></script>\n'
        '</body>\n</html>\n'
        % (3 + (when.year - 2022), when.month % 3, s["moove"], ver, URL, css, ver.replace(".", "-"), inl(title),
           "\n".join(rows), s["hours"], hours, when.year, n1, n2, ver, ver, ver))


PAGE = {
    "service": "Zrno kava", "url": URL, "lang": "sl-SI", "platform": "WordPress + WPBakery",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Link", '<https://www.zrnokava.si/wp-json/>; rel="https://api.w.org/"'),),
    "n": 30, "start": dt.date(2022, 4, 1), "end": dt.date(2025, 9, 30), "hours": (1, 12),
    "policy": POLICY, "first_updated": dt.date(2022, 1, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "gold_md": lambda b: C.blocks_md(C.without_markers(b), URL),
    "declaration": {"fetch": URL, "select": [".page-title", ".entry-content .politika"]},
}
