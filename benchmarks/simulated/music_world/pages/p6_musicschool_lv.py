"""Skaņu Darbnīca, a private music school in Riga: its privacy policy in Latvian on a Tilda site. The title and the
introduction are Tilda records (T015 heading, T004 text); every numbered section is an item of a T585 accordion,
collapsed (`hidden`) until clicked; the section with a table is written as text lines, as Tilda's text editor has no
tables. OTA's curator tracks it with a range: from before the heading record to after the accordion record.
Volatile: the "Brīvās vietas" record (free lesson slots per instrument, with the admin's "atjaunots" date) right
after the accordion is updated and the page republished between visits, so Tilda's `?t=` publish stamps on the
page's CSS and JS change too."""
import datetime as dt
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import mukit as K  # noqa: E402

C = K.C
URL = "https://skanudarbnica.lv/privatuma-politika"

POLICY = """
# Privātuma politika

{UPDATED}

Šī privātuma politika skaidro, kā SIA "Skaņu Darbnīca" (turpmāk – Skola, mēs), privātā mūzikas skola Rīgā, apstrādā audzēkņu, viņu vecāku vai likumisko pārstāvju, pedagogu un mūsu tīmekļa vietnes apmeklētāju personas datus. Mēs apstrādajam personas datus saskaņā ar Eiropas Parlamenta un Padomes Regulu (ES) 2016/679 (Vispārīgā datu aizsardzības regula jeb VDAR) un Fizisko personu datu apstrādes likumu.

Lūdzam rūpīgi iepazīties ar šo politiku, pirms piesakāt bērnu vai sevi nodarbībām. Ja jums rodas jautājumi, sazinieties ar mums, izmantojot zemāk norādīto kontaktinformāciju.

## 1. Pārzinis un kontaktinformācija

@ SIA "Skaņu Darbnīca"
@ Reģistrācijas Nr. 40203215876
@ Ģertrūdes iela 34, Rīga, LV-1011
@ E-pasts: dati@skanudarbnica.lv
@ Tālrunis: +371 67 123 456

Jautājumos par personas datu apstrādi varat sazināties ar mums, rakstot uz norādīto e-pasta adresi vai ierodoties skolā darba laikā. Skolai nav pienākuma iecelt datu aizsardzības speciālistu, tādēļ jautājumus par datu apstrādi izskata skolas direktore.

## 2. Kādus personas datus mēs apstrādājam

Atkarībā no tā, kā jūs sadarbojaties ar Skolu, mēs varam apstrādāt šādus datus:

- audzēkņa vārdu, uzvārdu, dzimšanas datumu un vecumu;
- vecāka vai likumiskā pārstāvja vārdu, uzvārdu, tālruņa numuru un e-pasta adresi;
- informāciju par izvēlēto instrumentu, nodarbību grafiku, pedagogu un apmeklējumu;
- informāciju par audzēkņa sekmēm, eksāmeniem un dalību koncertos un konkursos;
- maksājumu informāciju: rēķinus, maksājumu datumus un summas, kā arī maksātāja vārdu un bankas konta numuru;
- informāciju par veselības stāvokli tikai tad, ja vecāki paši to sniedz, lai pedagogs varētu pielāgot nodarbības (piemēram, dzirdes vai kustību traucējumu gadījumā);
- tīmekļa vietnes apmeklējuma datus: IP adresi, pārlūka veidu un sīkdatnes.

## 3. Datu apstrādes mērķi, tiesiskais pamats un glabāšanas termiņi

| Mērķis | Tiesiskais pamats | Glabāšanas termiņš |
| Pieteikumu pieņemšana un audzēkņu uzņemšana | Līguma noslēgšana | Līdz mācību līguma beigām; nepieņemtiem pieteikumiem – 6 mēneši |
| Nodarbību organizēšana un mācību procesa nodrošināšana | Līguma izpilde | Līguma darbības laikā un 1 gadu pēc tā |
| Rēķinu izrakstīšana un grāmatvedība | Juridisks pienākums | 5 gadi saskaņā ar Grāmatvedības likumu |
| Koncertu fotogrāfiju un video publicēšana | Vecāku vai audzēkņa piekrišana | Līdz piekrišanas atsaukšanai |
| Jaunumu un uzaicinājumu sūtīšana | Piekrišana | Līdz piekrišanas atsaukšanai |
| Tīmekļa vietnes statistika | Piekrišana (sīkdatnes) | 14 mēneši |

## 4. Nepilngadīgo audzēkņu dati

Lielākā daļa mūsu audzēkņu ir jaunāki par 18 gadiem. Līgumu par mācībām slēdz audzēkņa vecāks vai likumiskais pārstāvis, un visas piekrišanas par bērna datu apstrādi, piemēram, fotogrāfiju publicēšanu, sniedz vecāks. Audzēkņi, kas sasnieguši 13 gadu vecumu, paši var piekrist sīkdatnēm mūsu tīmekļa vietnē. Pedagogi sazinās ar audzēkņiem tikai vecākiem zināmos saziņas kanālos.

## 5. Koncerti, fotogrāfijas un video

Skola vairākas reizes gadā rīko audzēkņu koncertus un ieskaites koncertus. Šajos pasākumos var tikt fotografēts un filmēts. Fotogrāfijas un video, kuros audzēknis ir atpazīstams, mēs publicējam savā tīmekļa vietnē, Facebook un Instagram kontos tikai ar vecāku rakstisku piekrišanu, ko var atsaukt jebkurā laikā. Pēc piekrišanas atsaukšanas mēs izņemsim attiecīgos materiālus no saviem kontiem 10 darba dienu laikā. Koncertu apmeklētāji, tostarp vecāki un radinieki, paši var fotografēt savus bērnus, taču lūdzam nepublicēt citu audzēkņu attēlus bez viņu vecāku ziņas.

## 6. Tiešsaistes nodarbības

Ja nodarbības notiek tiešsaistē, mēs izmantojam videozvanu platformas. Nodarbības netiek ierakstītas bez iepriekšējas vienošanās ar vecākiem. Ja ieraksts tiek veikts, lai audzēknis varētu to izmantot mājas darbiem, tas tiek glabāts ne ilgāk kā 30 dienas.

## 7. Pieteikuma forma un saziņa

Aizpildot pieteikuma formu mūsu tīmekļa vietnē, jūs norādāt audzēkņa vārdu, vecumu, vēlamo instrumentu un vecāka kontaktinformāciju. Šos datus saņem skolas administrators, kurš sazinās ar jums, lai vienotos par pirmo nodarbību. Ikdienas saziņai ar vecākiem par nodarbību laikiem un izmaiņām grafikā mēs izmantojam e-pastu, īsziņas un WhatsApp grupas, kurās ir tikai attiecīgā pedagoga audzēkņu vecāki. Jūs varat jebkurā laikā izstāties no šādas grupas un saņemt informāciju individuāli.

## 8. Datu saņēmēji

Mēs nenododam personas datus trešajām personām, izņemot gadījumus, kad tas nepieciešams pakalpojuma sniegšanai vai to paredz normatīvie akti. Datus var saņemt:

- grāmatvedības pakalpojumu sniedzējs, kas apstrādā rēķinus;
- tīmekļa vietnes platforma Tilda Publishing un e-pasta pakalpojuma sniedzējs Google Ireland Limited;
- mūzikas konkursu organizatori, ja audzēknis piesakās konkursam;
- valsts iestādes, ja to pieprasa normatīvie akti.

Dati netiek nodoti uz valstīm ārpus Eiropas Ekonomikas zonas, izņemot gadījumus, kad pakalpojuma sniedzējs nodrošina atbilstošas aizsardzības garantijas, piemēram, Eiropas Komisijas apstiprinātas līguma standartklauzulas.

## 9. Datu drošība

Personas datus mēs glabājam aizsargātās sistēmās, kurām piekļuve ir tikai skolas administrācijai un, ciktāl nepieciešams, attiecīgajam pedagogam. Papīra dokumenti, piemēram, parakstīti līgumi, tiek glabāti slēgtā skapī skolas telpās. Mūsu darbinieki un pedagogi ir apņēmušies ievērot konfidencialitāti arī pēc darba attiecību beigām.

## 10. Sīkdatnes

Mūsu tīmekļa vietne izmanto nepieciešamās sīkdatnes, lai darbotos pieteikuma forma, kā arī analītikas sīkdatnes (Google Analytics un Meta Pixel), ja esat tām piekritis sīkdatņu paziņojumā. Savu izvēli varat mainīt jebkurā laikā, dzēšot sīkdatnes savā pārlūkprogrammā.

## 11. Jūsu tiesības

Jums ir tiesības:

- piekļūt saviem un sava bērna personas datiem;
- pieprasīt neprecīzu datu labošanu;
- pieprasīt datu dzēšanu vai apstrādes ierobežošanu;
- iebilst pret datu apstrādi, kas balstīta uz leģitīmajām interesēm;
- saņemt savus datus strukturētā, mašīnlasāmā formātā;
- jebkurā laikā atsaukt sniegto piekrišanu.

Pirms pieprasījuma izpildes mēs varam lūgt apliecināt jūsu identitāti, lai nodrošinātu, ka dati netiek izsniegti nepiederošām personām. Pieprasījumus mēs izskatām viena mēneša laikā. Ja uzskatāt, ka jūsu tiesības ir pārkāptas, varat iesniegt sūdzību Datu valsts inspekcijā (Elijas iela 17, Rīga, LV-1050, [www.dvi.gov.lv](https://www.dvi.gov.lv)).

## 12. Politikas grozījumi

Mēs varam grozīt šo privātuma politiku, piemēram, mainoties normatīvajiem aktiem vai mūsu pakalpojumiem. Aktuālā versija vienmēr ir pieejama šajā lapā, un par būtiskām izmaiņām mēs informēsim vecākus pa e-pastu.
"""

MONTHS_LOC = ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī",
              "oktobrī", "novembrī", "decembrī"]


def fmt_date(d):
    return "Pēdējās izmaiņas: %d. gada %d. %s" % (d.year, d.day, MONTHS_LOC[d.month - 1])


EDITS = [
    {"note": "typo fixed: apstrādajam -> apstrādājam, date not changed",
     "repl": [("Mēs apstrādajam personas datus", "Mēs apstrādājam personas datus")], "bump": False},
    {"note": "recipient added to the list (Zoom for online lessons)",
     "repl": [("- mūzikas konkursu organizatori, ja audzēknis piesakās konkursam;",
               "- tiešsaistes nodarbību platforma Zoom Video Communications, Inc.;\n"
               "- mūzikas konkursu organizatori, ja audzēknis piesakās konkursam;")]},
    {"note": "retention of rejected applications shortened from 6 to 3 months",
     "repl": [("nepieņemtiem pieteikumiem – 6 mēneši", "nepieņemtiem pieteikumiem – 3 mēneši")]},
    {"note": "word inserted: YouTube among the school's channels",
     "repl": [("Facebook un Instagram kontos", "Facebook, Instagram un YouTube kontos")]},
    {"note": "phone number changed",
     "repl": [("@ Tālrunis: +371 67 123 456", "@ Tālrunis: +371 26 555 019")]},
    {"note": "section 12 added on fee discounts for large families (Goda ģimene card); amendments section renumbered",
     "repl": [("## 12. Politikas grozījumi",
               "## 12. Mācību maksas atlaides\n\n"
               "Ja piesakāties mācību maksas atlaidei daudzbērnu ģimenēm, mēs pārbaudām Goda ģimenes apliecības "
               "numuru un derīguma termiņu. Apliecības kopiju mēs neglabājam; reģistrējam tikai atlaides "
               "piešķiršanas faktu un termiņu, kas tiek glabāts līdz mācību gada beigām.\n\n"
               "## 13. Politikas grozījumi")]},
]


# ---------------------------------------------------------------- noise

INSTRUMENTS = ["Klavierspēle", "Ģitāra", "Vijole", "Vokāls", "Bungas", "Flauta", "Saksofons"]


def _vietas(n):
    if n == 0:
        return "nav brīvu vietu"
    if n % 10 == 1 and n % 100 != 11:
        return "%d brīva vieta" % n
    return "%d brīvas vietas" % n


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    old = p.get("slots", {}).get("n") or [rng.randint(0, 6) for _ in INSTRUMENTS]
    new = list(old)
    while new == old:
        new = [max(0, min(9, x + rng.choice([-2, -1, -1, 0, 0, 1, 2]))) for x in old]
    upd = when - dt.timedelta(hours=rng.randint(2, 140))
    pub = C.epoch(upd) + rng.randint(30, 900)
    year0 = when.year if when.month >= 6 else when.year - 1  # enrolment for the coming school year from June
    st["slots"] = {"n": new, "updated": upd.strftime("%d.%m.%Y."), "year": "%d./%d." % (year0, year0 + 1)}
    st["published"] = pub
    return st


LABELS = {"slots": "free lesson slots record after the accordion (counts, 'atjaunots' date)",
          "published": "Tilda republish stamps (?t= on page CSS/JS)"}


# ---------------------------------------------------------------- render

def _text(blocks):
    """Tilda text field: paragraphs joined by <br /><br />, lists as <ul>, a table as text lines."""
    out = []
    for kind, v in blocks:
        if kind == "p":
            out.append(C.inline_html(v))
        elif kind == "addr":
            out.append("<br />\n".join(C.inline_html(x) for x in v))
        elif kind == "ul":
            out.append("<ul>\n%s\n</ul>" % "\n".join("<li>%s</li>" % C.inline_html(x) for x in v))
        elif kind == "table":
            lines = ["<strong>%s</strong>" % " — ".join(C.inline_html(c) for c in v[0])]
            lines += [" — ".join(C.inline_html(c) for c in r) for r in v[1:]]
            out.append("<br />\n".join(lines))
        else:
            raise ValueError(kind)
    return "<br />\n<br />\n".join(out)


def _item_id(title):
    return 1678100000000 + int(C.det_sha("skanu-acc", re.sub(r"^\d+\.\s*", "", title)), 16) % 9000000


ICON = ('<span class="t585__icon">\n<span class="t585__lines">\n<svg role="presentation" width="24px" height="24px" '
        'viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><g '
        'stroke="none" stroke-width="1px" fill="none" fill-rule="evenodd" stroke-linecap="square"><g transform="'
        'translate(1.000000, 1.000000)" stroke="#1d1d1b"><path d="M0,11 L22,11"></path><path d="M11,0 L11,22"></path>'
        '</g></g></svg>\n</span>\n<span class="t585__circle" style="background-color: transparent;"></span>\n</span>')


def _accordion(secs):
    items = []
    for n, (title, blocks) in enumerate(secs):
        iid = _item_id(title)
        items.append("""<div class="t-col t-col_8 t-prefix_2">
<div class="t585__wrapper">
<div class="t585__header" style=" border-top: 1px solid #1d1d1b;">
<button type="button" class="t585__trigger-button" aria-controls="accordion%(n)d_712345020" aria-expanded="false">
<span class="t585__title t-name t-name_xl" field="li_title__%(iid)d">%(title)s</span>
%(icon)s
</button>
</div>
<div class="t585__content" id="accordion%(n)d_712345020" hidden>
<div class="t585__textwrapper">
<div class="t585__text t-descr t-descr_xs" field="li_descr__%(iid)d">%(text)s</div>
</div>
</div>
</div>
</div>""" % dict(n=n + 1, iid=iid, title=C.inline_html(title), icon=ICON, text=_text(blocks)))
    return """<div id="rec712345020" class="r t-rec t-rec_pt_30 t-rec_pb_75" style="padding-top:30px;padding-bottom:75px; " data-animationappear="off" data-record-type="585">
<!-- T585 -->
<div class="t585">
<div class="t-container">
<div class="t585__accordion" data-accordion="false" data-scroll-to-expanded="false">
%s
</div>
</div>
</div>
<script>t_onReady(function () { t_onFuncLoad('t585_init', function () { t585_init('712345020'); }); });</script>
</div>""" % "\n".join(items)


def render(state, blocks, when):
    head, secs = C.split_sections(blocks)
    h1, intro = head[0], head[1:]
    pub = state["published"]
    sl = state["slots"]
    slots = "<br />\n".join("%s — %s" % (ins, _vietas(n)) for ins, n in zip(INSTRUMENTS, sl["n"]))
    menu = "\n".join('<li class="t228__list_item" style="padding:0 15px;"><a class="t-menu__link-item" href="%s" '
                     'data-menu-submenu-hook="" data-menu-item-number="%d">%s</a></li>' % (h, k + 1, x)
                     for k, (h, x) in enumerate((("/nodarbibas", "Nodarbības"), ("/pedagogi", "Pedagogi"),
                                                 ("/cenas", "Cenas"), ("/koncerti", "Koncerti"),
                                                 ("/kontakti", "Kontakti"))))
    return """<!DOCTYPE html> <html lang="lv"> <head> <meta charset="utf-8" /> <meta http-equiv="Content-Type" content="text/html; charset=utf-8" /> <meta name="viewport" content="width=device-width, initial-scale=1.0" /> <!--metatextblock--> <title>Privātuma politika | Mūzikas skola Skaņu Darbnīca</title> <meta name="description" content="Kā mūzikas skola Skaņu Darbnīca apstrādā audzēkņu un vecāku personas datus." /> <meta property="og:url" content="https://skanudarbnica.lv/privatuma-politika" /> <meta property="og:title" content="Privātuma politika" /> <meta property="og:description" content="" /> <meta property="og:type" content="website" /> <link rel="canonical" href="https://skanudarbnica.lv/privatuma-politika"> <!--/metatextblock--> <meta name="format-detection" content="telephone=no" /> <meta http-equiv="x-dns-prefetch-control" content="on"> <link rel="dns-prefetch" href="https://ws.tildacdn.com"> <link rel="dns-prefetch" href="https://static.tildacdn.com"> <link rel="shortcut icon" href="https://static.tildacdn.com/tild6132-3964-4338-a435-656233303536/favicon.ico" type="image/x-icon" /> <!-- Assets --> <script src="https://neo.tildacdn.com/js/tilda-fallback-1.0.min.js" async charset="utf-8"></script> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css" type="text/css" media="all" onerror="this.loaderr='y';"/> <link rel="stylesheet" href="https://static.tildacdn.com/ws/project6158432/tilda-blocks-page38194627.min.css?t=%(pub)d" type="text/css" media="all" onerror="this.loaderr='y';" /> <link rel="preconnect" href="https://fonts.gstatic.com"> <link href="https://fonts.googleapis.com/css2?family=Manrope:wght@300;400;500;600;700&subset=latin,latin-ext" rel="stylesheet" media="all"> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-menusub-1.0.min.css" type="text/css" media="print" onload="this.media='all';" onerror="this.loaderr='y';" /> <script nomodule src="https://static.tildacdn.com/js/tilda-polyfill-1.0.min.js" charset="utf-8"></script> <script type="text/javascript">function t_onReady(func) {if (document.readyState != 'loading') {func();} else {document.addEventListener('DOMContentLoaded', func);}}
function t_onFuncLoad(funcName, okFunc, time) {if (typeof window[funcName] === 'function') {okFunc();} else {setTimeout(function() {t_onFuncLoad(funcName, okFunc, time);},(time || 100));}}</script> <script src="https://static.tildacdn.com/js/jquery-1.10.2.min.js" charset="utf-8" onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-scripts-3.0.min.js" charset="utf-8" defer onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/ws/project6158432/tilda-blocks-page38194627.min.js?t=%(pub)d" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-lazyload-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-menu-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-events-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script type="text/javascript">window.dataLayer = window.dataLayer || [];</script> <script type="text/javascript">(function () {if((/bot|google|yandex|baidu|bing|msn|duckduckbot|teoma|slurp|crawler|spider|robot|crawling|facebook/i.test(navigator.userAgent))===false && typeof(sessionStorage)!='undefined' && sessionStorage.getItem('visited')!=='y' && document.visibilityState){var style=document.createElement('style');style.type='text/css';style.innerHTML='@media screen and (min-width: 980px) {.t-records {opacity: 0;}.t-records_animated {-webkit-transition: opacity ease-in-out .2s;-moz-transition: opacity ease-in-out .2s;-o-transition: opacity ease-in-out .2s;transition: opacity ease-in-out .2s;}.t-records.t-records_visible {opacity: 1;}}';document.getElementsByTagName('head')[0].appendChild(style);function t_setvisRecs(){var alr=document.querySelectorAll('.t-records');Array.prototype.forEach.call(alr, function(el) {el.classList.add("t-records_animated");});setTimeout(function () {Array.prototype.forEach.call(alr, function(el) {el.classList.add("t-records_visible");});sessionStorage.setItem("visited", "y");}, 400);} document.addEventListener('DOMContentLoaded', t_setvisRecs);}})();</script></head>
<body class="t-body" style="margin:0;">
<!--allrecords-->
<div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="6158432" data-tilda-page-id="38194627" data-tilda-page-alias="privatuma-politika" data-tilda-formskey="6a1f0c2d9e8b7a3f4c5d6e7f80912a3b" data-tilda-lazy="yes" data-tilda-root-zone="com" data-tilda-project-headcode="yes" data-tilda-project-country="LV">
<div id="rec712345001" class="r t-rec" style=" " data-animationappear="off" data-record-type="257">
<!-- T228 -->
<div id="nav712345001marker"></div>
<div id="nav712345001" class="t228 t228__positionfixed " style="background-color: rgba(255,255,255,1); height:80px; " data-bgcolor-hex="#ffffff" data-bgcolor-rgba="rgba(255,255,255,1)" data-navmarker="nav712345001marker" data-appearoffset="" data-bgopacity-two="" data-menushadow="" data-menushadow-css="" data-bgopacity="1" data-menu-items-align="right" data-menu="yes">
<div class="t228__maincontainer " style="height:80px;">
<div class="t228__padding40px"></div>
<div class="t228__leftside">
<div class="t228__leftcontainer">
<a href="/" class="t228__imgwrapper"><img class="t228__imglogo t228__imglogomobile" src="https://static.tildacdn.com/tild3837-6536-4131-b661-323561346430/skanu_darbnica_logo.svg" imgfield="img" style="max-width: 180px; width: 180px; min-width: 180px; height: auto; display: block;" alt="Skaņu Darbnīca"></a>
</div>
</div>
<div class="t228__centerside t228__menualign_right">
<nav class="t228__centercontainer">
<ul role="list" class="t228__list t-menu__list">
%(menu)s
</ul>
</nav>
</div>
<div class="t228__rightside">
<div class="t228__rightcontainer">
<div class="t228__right_buttons">
<div class="t228__right_buttons_wrap">
<div class="t228__right_buttons_but"><a href="#pieteikums" target="" class="t-btn t-btn_md " style="color:#ffffff;background-color:#e0533d;border-radius:30px; -moz-border-radius:30px; -webkit-border-radius:30px;"><table role="presentation" style="width:100%%; height:100%%;"><tr><td>Pieteikties</td></tr></table></a></div>
</div>
</div>
</div>
</div>
<div class="t228__padding40px"></div>
</div>
</div>
</div>
<div id="rec712345010" class="r t-rec t-rec_pt_135 t-rec_pb_15" style="padding-top:135px;padding-bottom:15px; " data-animationappear="off" data-record-type="30">
<!-- T015 -->
<div class="t015">
<div class="t-container t-align_left">
<div class="t-col t-col_8 t-prefix_2">
<h1 class="t015__title t-title t-title_lg" field="title">%(h1)s</h1>
</div>
</div>
</div>
</div>
<div id="rec712345011" class="r t-rec t-rec_pt_15 t-rec_pb_30" style="padding-top:15px;padding-bottom:30px; " data-record-type="106">
<!-- T004 -->
<div class="t004">
<div class="t-container ">
<div class="t-col t-col_8 t-prefix_2">
<div field="text" class="t-text t-text_md ">%(intro)s</div>
</div>
</div>
</div>
</div>
%(accordion)s
<div id="rec712345030" class="r t-rec t-rec_pt_45 t-rec_pb_45" style="padding-top:45px;padding-bottom:45px;background-color:#f6efe6; " data-record-type="106" data-bg-color="#f6efe6">
<!-- T004 -->
<div class="t004">
<div class="t-container ">
<div class="t-col t-col_8 t-prefix_2">
<div field="text" class="t-text t-text_md "><strong>Brīvās vietas %(year)s mācību gadā</strong> (atjaunots %(upd)s)<br />
%(slots)s<br />
<br />
Lai pieteiktos uz bezmaksas pirmo nodarbību, aizpildiet <a href="#pieteikums">pieteikuma formu</a> vai zvaniet mums.</div>
</div>
</div>
</div>
</div>
<div id="rec712345040" class="r t-rec t-rec_pt_30 t-rec_pb_30" style="padding-top:30px;padding-bottom:30px;background-color:#1d1d1b; " data-record-type="420" data-bg-color="#1d1d1b">
<!-- T420 -->
<div class="t420">
<div class="t-container t-align_left">
<div class="t420__col t-col t-col_3">
<div class="t420__text t-descr t-descr_xxs" field="text" style="color:#ffffff;">Skaņu Darbnīca<br />Ģertrūdes iela 34, Rīga</div>
</div>
<div class="t420__col t-col t-col_3">
<div class="t420__text t-descr t-descr_xxs" field="text2" style="color:#ffffff;"><a href="/privatuma-politika" style="color:#ffffff;">Privātuma politika</a><br /><a href="/noteikumi" style="color:#ffffff;">Mācību noteikumi</a></div>
</div>
<div class="t420__col t-col t-col_3">
<div class="t420__text t-descr t-descr_xxs" field="text3" style="color:#ffffff;"><a href="https://www.facebook.com/skanudarbnica" style="color:#ffffff;">Facebook</a><br /><a href="https://www.instagram.com/skanudarbnica" style="color:#ffffff;">Instagram</a></div>
</div>
</div>
</div>
</div>
</div>
<!--/allrecords-->
<!-- Stat -->
<script type="text/javascript">if (! window.mainTracker) { window.mainTracker = 'tilda'; } setTimeout(function(){ (function (d, w, k, o, g) { var n=d.getElementsByTagName(o)[0],s=d.createElement(o),f=function(){n.parentNode.insertBefore(s,n);}; s.type = "text/javascript"; s.async = true; s.key = k; s.id = "tildastatscript"; s.src=g; if (w.opera=="[object Opera]") {d.addEventListener("DOMContentLoaded", f, false);} else { f(); } })(document, window, '5e4a2c0d7b1f9e3a6c8d0b2f4a6e8c1d','script','https://static.tildacdn.com/js/tilda-stat-1.0.min.js'); }, 2000);</script>
</body>
</html>
""" % dict(pub=pub, menu=menu, h1=C.inline_html(h1[1]), intro=_text(intro), accordion=_accordion(secs),
           year=sl["year"], upd=sl["updated"], slots=slots)


PAGE = {
    "service": "Skaņu Darbnīca",
    "url": URL,
    "lang": "lv",
    "platform": "Tilda Publishing (T228 menu, T015/T004 records, T585 accordion, T420 footer)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("X-Tilda-Server", "15"), ("Vary", "Accept-Encoding"),
                      ("X-Frame-Options", "SAMEORIGIN")),
    "n": 28,
    "start": dt.date(2023, 3, 1),
    "end": dt.date(2025, 9, 25),
    "hours": (2, 9, 14),
    "policy": POLICY,
    "first_updated": dt.date(2023, 1, 16),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": [{"startBefore": "#rec712345010", "endAfter": "#rec712345020"}]},
}
