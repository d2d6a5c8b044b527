"""Põhjalaine, an Estonian summer music festival in Pärnu: a Tilda site (Tilda CDN, T228 menu, T017/T030 headings,
T004 text records, T431 tables whose cells sit in hidden `t431__data-part*` divs until tilda's script builds the
table). A capture is a republish: the page's `?t=` publish stamp changes every time, the Tilda library versions now
and then; a ticket-phase strip above the menu ("Varajase linnu piletid otsas! ...") and the line-up teaser in the
footer change with announcements; the festival year in the title. The declaration is a range from the title record
to the contact record (`#rec…` ids are stable; records added later get new ids); all noise outside it."""
import datetime as dt
import html

import common as C

URL = "https://pohjalaine.ee/privaatsus"
PROJECT, PAGEID = "6123456", "40123456"

KUUD = ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober",
        "november", "detsember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, KUUD[d.month - 1], d.year)


POLICY = """
# Privaatsuspoliitika

Viimati uuendatud: {UPDATED}

Käesolev privaatsuspoliitika selgitab, kuidas Põhjalaine Festival OÜ töötleb festivali külastajate, veebilehe kasutajate ja uudiskirja tellijate isikuandmeid. Me töötleme isikuandmeid kooskõlas isikuandmete kaitse üldmääruse (GDPR) ja Eesti isikuandmete kaitse seadusega.

## Vastutav töötleja

@ Põhjalaine Festival OÜ
@ Registrikood 14820371
@ Rüütli 40, 80010 Pärnu
@ E-post: privaatsus@pohjalaine.ee
@ Telefon: +372 5301 2040

Festivali ajal asub meie infopunkt peasissepääsu juures, kus saad esitada ka andmekaitsega seotud küsimusi. Kirjalikele pöördumistele vastame tööpäevadel ning festivali nädalal püüame vastata sama päeva jooksul. Andmekaitse küsimustes suhtleme eesti ja inglise keeles.

## Milliseid andmeid me kogume

Töötleme ainult neid andmeid, mida on vaja festivali korraldamiseks ja külastajatele teenuse pakkumiseks:

- **Piletiostja andmed:** nimi, e-posti aadress, telefoninumber, ostetud piletite liik ja arv ning ostu aeg. Pileteid müüb meie partner Fienta, kes edastab meile piletiostu andmed.
- **Käepaela andmed:** festivali käepaela kood, sissepääsude ja väljumiste ajad ning sularahata maksete ajalugu festivalialal.
- **Suhtlusandmed:** kirjavahetus klienditoega, tagasiside ja küsitluste vastused.
- **Uudiskirja andmed:** e-posti aadress ja nõusoleku andmise aeg.
- **Veebilehe kasutusandmed:** IP-aadress, seadme ja brauseri andmed ning küpsiste abil kogutud statistika.
- **Fotod ja videod:** festivalil tehtud jäädvustused, millel võid olla äratuntav.

Me ei kogu teadlikult eriliiki isikuandmeid. Kui annad meile teada erivajadusest, näiteks ratastooli kasutamisest, kasutame seda teavet üksnes sulle ligipääsu tagamiseks.

## Kust me andmeid saame

Enamiku andmetest saame otse sinult, näiteks kui ostad pileti, tellid uudiskirja, kirjutad klienditoele või osaled loosimängus. Osa andmeid tekib festivali ajal, kui kasutad käepaela sissepääsul või festivaliala kassades. Kui keegi teine ostab sulle pileti ja sisestab sinu nime, saame sinu andmed pileti ostjalt. Sotsiaalmeedia loosimängude puhul saame sinu kasutajanime ja avaliku profiili andmed vastavalt platvormilt. Kaupmehed ja toitlustajad festivalialal ei saa sinu isikuandmeid, vaid ainult käepaela koodi ja makse summa.

## Andmete töötlemise eesmärgid ja õiguslikud alused

| Eesmärk | Õiguslik alus | Säilitamise tähtaeg |
| Piletite väljastamine ja festivalile sissepääsu korraldamine | Lepingu täitmine | 3 aastat pärast festivali |
| RFID-käepaela ja sularahata maksete haldamine, raha tagastamine | Lepingu täitmine | 6 kuud pärast festivali |
| Turvalisuse tagamine festivalialal, sh videovalve | Õigustatud huvi | 30 päeva |
| Raamatupidamine | Seadusest tulenev kohustus | 7 aastat |
| Uudiskirja saatmine | Nõusolek | Kuni nõusoleku tagasivõtmiseni |
| Festivali jäädvustamine ja turundus | Õigustatud huvi | Arhiivis tähtajatult |

## Piletite edasimüük ja nimelised piletid

Festivalipass on nimeline. Kui sa ei saa festivalile tulla, võid pileti Fienta ametliku edasimüügi kaudu teisele inimesele üle anda. Sel juhul kustutame sinu nime pileti andmetest ja lisame uue omaniku nime, e-posti aadressi ja telefoninumbri. Mitteametlikel platvormidel edasi müüdud piletite puhul ei saa me pileti ehtsust tagada ning võime sissepääsu juures paluda isikut tõendavat dokumenti, et kontrollida, kas pileti omaniku nimi ühtib külastaja nimega. Dokumendi andmeid me ei salvesta.

## Pildistamine ja filmimine

Festivalil pildistavad ja filmivad meie fotograafid ja meediapartnerid. Jäädvustusi kasutame festivali veebilehel, sotsiaalmeedias ja järgmiste aastate reklaamis. Festivalile sisenedes oled teadlik, et võid jääda pildile. Kui sa ei soovi, et sinu foto oleks avaldatud, kirjuta meile ja eemaldame selle esimesel võimalusel. Lava ette ja kaamerate lähedusse paigutame ka sildid, mis annavad teada, et seal käib filmimine otse-eetrisse.

## Kellele me andmeid edastame

Me ei müü isikuandmeid. Andmeid edastame üksnes partneritele, kes aitavad meil festivali korraldada ja kes töötlevad andmeid meie juhiste järgi:

| Vastuvõtja | Eesmärk |
| Fienta OÜ | Piletimüük ja piletite kontroll |
| Festivalitech OÜ | RFID-käepaelte ja sularahata maksete süsteem |
| Turvaekspert AS | Turvateenus ja videovalve |
| Mailchimp (Intuit Inc.) | Uudiskirja saatmine |
| Google Ireland Ltd | Veebianalüütika |

Mailchimp ja Google võivad andmeid töödelda ka väljaspool Euroopa Majanduspiirkonda. Sellisel juhul tagame andmete kaitse Euroopa Komisjoni tüüptingimuste või EL-USA andmekaitseraamistiku alusel. Kui seadus seda nõuab, võime andmeid edastada ka politseile või muule järelevalveasutusele.

## Sinu õigused

Sul on õigus:

- tutvuda enda kohta käivate andmetega ja saada neist koopia;
- nõuda ebaõigete andmete parandamist;
- nõuda andmete kustutamist, kui nende töötlemiseks puudub alus;
- piirata andmete töötlemist või esitada töötlemise suhtes vastuväide;
- saada oma andmed masinloetaval kujul;
- võtta nõusolek igal ajal tagasi, näiteks uudiskirja lõpus oleva lingi kaudu.

Oma õiguste kasutamiseks kirjuta aadressil privaatsus@pohjalaine.ee. Vastame hiljemalt ühe kuu jooksul. Kui leiad, et oleme sinu õigusi rikkunud, võid pöörduda Andmekaitse Inspektsiooni poole (Tatari 39, 10134 Tallinn, info@aki.ee) või kohtusse.

## Alaealised külastajad

Alla 16-aastased võivad festivalile tulla ainult koos täiskasvanud saatjaga. Alaealise pileti ostmisel küsime saatja nime ja telefoninumbrit, et saaksime vajaduse korral temaga kiiresti ühendust võtta. Alla 13-aastaste laste andmeid me uudiskirja jaoks ei kogu ning lapse kohta kogutud andmeid kasutame ainult festivali turvalisuse tagamiseks.

## Festivali mobiilirakendus

Festivali ametlikus mobiilirakenduses saad koostada oma ajakava, vaadata kaarti ja laadida käepaelale raha. Rakendus küsib luba saata tõuketeateid ning soovi korral ka sinu asukohta, et näidata sulle lähimat lava, toitlustusala või esmaabipunkti. Asukohaandmeid ei salvestata meie serveritesse ja neid kasutatakse ainult sinu seadmes. Tõuketeadete saatmise saad igal ajal seadme seadetes välja lülitada.

## Andmete turvalisus

Kaitseme isikuandmeid asjakohaste tehniliste ja korralduslike meetmetega. Juurdepääs piletiostjate ja käepaelte andmetele on ainult nendel töötajatel ja partneritel, kes vajavad seda oma tööülesannete täitmiseks. Kõik ühendused meie veebilehe ja rakendusega on krüpteeritud. Kui peaks juhtuma andmetega seotud intsident, mis võib sinu õigusi oluliselt mõjutada, teavitame sind sellest viivitamata.

## Küpsised

Meie veebileht kasutab küpsiseid, et leht töötaks, et mõista külastajate eelistusi ja et näidata sulle asjakohaseid reklaame sotsiaalmeedias. Analüütika- ja turundusküpsiseid kasutame ainult sinu nõusolekul, mida saad igal ajal muuta küpsiste seadetest lehe allservas.

| Küpsis | Eesmärk | Kehtivus |
| tildauid, tildasid | Veebilehe toimimine ja seansi haldamine | 1 aasta / seanss |
| _ga, _gid | Google Analyticsi külastusstatistika | 2 aastat |
| _fbp | Facebooki reklaamide mõõtmine | 3 kuud |
| cookieconsent | Sinu küpsiste valiku meelespidamine | 1 aasta |

## Muudatused

Võime privaatsuspoliitikat aeg-ajalt muuta, näiteks kui lisandub uusi teenuseid või muutuvad õigusaktid. Kehtiv versioon on alati avaldatud sellel lehel ning olulistest muudatustest anname teada ka uudiskirjas. Varasemaid versioone saad meilt küsida e-posti teel.
"""

EDITS = [
    {"note": "Stripe added to the recipients table",
     "repl": [("| Turvaekspert AS |", "| Stripe Payments Europe Ltd | Veebipoe ja käepaela laadimise maksed |\n| Turvaekspert AS |")]},
    {"note": "word inserted: 'Me ei müü ega rendi isikuandmeid' (no date change)", "bump": False,
     "repl": [("Me ei müü isikuandmeid.", "Me ei müü ega rendi isikuandmeid.")]},
    {"note": "new section on volunteers",
     "repl": [("## Kellele me andmeid edastame",
               "## Vabatahtlikud\n\n"
               "Kui kandideerid festivalile vabatahtlikuks, töötleme sinu nime, kontaktandmeid, vanust, riiete suurust "
               "ja eelistusi tööülesannete osas. Andmeid kasutame vahetuste planeerimiseks ja vabatahtlike toitlustuse "
               "korraldamiseks. Kandideerijate andmed kustutame kuue kuu jooksul pärast festivali, kui sa ei ole "
               "nõustunud, et võtame sinuga ühendust ka järgmisel aastal.\n\n"
               "## Kellele me andmeid edastame")]},
    {"note": "wristband data retention shortened from 6 to 3 months",
     "repl": [("| Lepingu täitmine | 6 kuud pärast festivali |", "| Lepingu täitmine | 3 kuud pärast festivali |")]},
    {"note": "phone number changed",
     "repl": [("@ Telefon: +372 5301 2040", "@ Telefon: +372 5690 7711")]},
]

HEAD_IDS = {"Privaatsuspoliitika": 1, "Vastutav töötleja": 3, "Milliseid andmeid me kogume": 5,
            "Andmete töötlemise eesmärgid ja õiguslikud alused": 7, "Pildistamine ja filmimine": 9,
            "Kellele me andmeid edastame": 11, "Sinu õigused": 13, "Alaealised külastajad": 19, "Piletite edasimüük ja nimelised piletid": 25,
            "Kust me andmeid saame": 27,
            "Festivali mobiilirakendus": 21, "Andmete turvalisus": 23, "Küpsised": 15, "Muudatused": 17}

ARTISTS = ["Nublu", "Maris Pihlap", "5MIINUST", "Elephants from Neptune", "Villemdrillem", "Pluuto", "Ewert and The Two Dragons",
           "Mari Jürjens", "Liis Lemsalu", "Reket", "Trad.Attack!", "Kerli", "Tommy Cash", "Ajukaja", "Duo Ruut",
           "Clicherik & Mäx", "Jüri Pootsmann", "Anett", "Alika", "Ines", "Night Tapes", "Gram-Of-Fun"]
TIERS = ["Varajase linnu piletid on müügil – 59 € kuni 31. detsembrini",
         "Varajase linnu piletid otsas! II hinnaaste: 79 €", "III hinnaaste: 89 € – piletid ainult Fientast",
         "Päevapiletid nüüd müügil", "Laupäeva päevapiletid on välja müüdud", "Festivalipass 2 päeva: 99 €",
         "Telkimisala kohad on otsas"]


def rec_id(n):
    return "rec6123456%02d" % n


def noise(rng, when, i, prev):
    p = prev or {}
    s = {}
    last = p.get("publish", C.epoch(when) - 86400 * 30)
    s["publish"] = max(last + 3600, C.epoch(when) - rng.randint(600, 86400 * 6))
    s["libs"] = C.keep_or(rng, p.get("libs"), 0.12,
                          lambda: (rng.choice(["1.0", "1.1"]), rng.choice(["1.0", "1.1", "2.0"]), rng.randint(11, 59)))
    s["tier"] = C.keep_or(rng, p.get("tier"), 0.35, lambda: rng.randrange(len(TIERS)))
    s["lineup"] = C.keep_or(rng, p.get("lineup"), 0.3, lambda: tuple(rng.sample(range(len(ARTISTS)), 6)))
    return s


LABELS = {"publish": "Tilda ?t= publish stamp (republish)", "libs": "Tilda library versions",
          "tier": "ticket-phase strip above the menu", "lineup": "line-up teaser in the footer"}


def text_html(blocks):
    parts = []
    for kind, v in blocks:
        if kind == "p":
            parts.append(C.inline_html(v))
        elif kind == "addr":
            parts.append("<br />\n".join(C.inline_html(l) for l in v))
        elif kind == "ul":
            parts.append("<ul>%s</ul>" % "\n".join("<li>%s</li>" % C.inline_html(x) for x in v))
        else:
            raise ValueError(kind)
    out = ""
    for j, ptxt in enumerate(parts):
        if j and not out.endswith("</ul>") and not ptxt.startswith("<ul>"):
            out += "<br /><br />\n"
        out += ptxt
    return out


def render(state, blocks, when):
    year = when.year if when.month <= 8 else when.year + 1
    recs = []
    sec = {"id": None, "k": 0}
    buf = []

    def next_id():
        # a section's first record after its heading is heading+1 (laid out in 2022); later records got new ids
        n, k = sec["id"], sec["k"]
        sec["k"] += 1
        if n < 100 and k == 0:
            return rec_id(n + 1)
        return "rec%d" % (645870000 + int(C.det_sha("rec", n, k)[:4], 16))

    def flush():
        if buf:
            recs.append('<div id="%s" class="r t-rec t-rec_pt_0 t-rec_pb_30" style="padding-top:0px;padding-bottom:30px; " data-record-type="106" >\n'
                        '<!-- T004 -->\n<div class="t004">\n<div class="t-container ">\n<div class="t-col t-col_8 t-prefix_2">\n'
                        '<div field="text" class="t-text t-text_md ">%s</div>\n</div>\n</div>\n</div>\n</div>'
                        % (next_id(), text_html(buf)))
            del buf[:]
    for kind, v in blocks:
        if kind in ("h1", "h2", "h3"):
            flush()
            n = HEAD_IDS.get(v)
            sec["id"], sec["k"] = (n if n is not None else 645000000 + int(C.det_sha("rec", v)[:5], 16) * 2), 0
            rid = rec_id(sec["id"]) if sec["id"] < 100 else "rec%d" % sec["id"]
            if kind == "h1":
                recs.append('<div id="%s" class="r t-rec t-rec_pt_150 t-rec_pb_30" style="padding-top:150px;padding-bottom:30px; " data-record-type="30" >\n'
                            '<!-- T017 -->\n<div class="t017">\n<div class="t-container t-align_left">\n<div class="t-col t-col_8 t-prefix_2">\n'
                            '<h1 class="t017__title t-title t-title_xs" field="title">%s</h1>\n</div>\n</div>\n</div>\n</div>' % (rid, html.escape(v)))
            else:
                recs.append('<div id="%s" class="r t-rec t-rec_pt_30 t-rec_pb_15" style="padding-top:30px;padding-bottom:15px; " data-record-type="60" >\n'
                            '<!-- T030 -->\n<div class="t030">\n<div class="t-container t-align_left">\n<div class="t-col t-col_8 t-prefix_2">\n'
                            '<h2 class="t030__title t-title t-title_xxs" field="title">%s</h2>\n</div>\n</div>\n</div>\n</div>' % (rid, html.escape(v)))
        elif kind == "table":
            flush()
            part1 = ";".join(v[0])
            part2 = "\n".join(";".join(r) for r in v[1:])
            tid = next_id()
            recs.append('<div id="%s" class="r t-rec t-rec_pt_15 t-rec_pb_30" style="padding-top:15px;padding-bottom:30px; " data-animationappear="off" data-record-type="431" >\n'
                        '<!-- T431 -->\n<div class="t431">\n<div class="t-container">\n<div class="t-col t-col_8 t-prefix_2">\n'
                        '<div class="t431__table-wrapper" data-auto-correct-mobile-width="false"><table class="t431__table t431__withoutmobilescroll" width="100%%"></table></div>\n'
                        '</div>\n</div>\n'
                        '<div class="t431__data-part1" style="display: none;">%s</div>\n'
                        '<div class="t431__data-part2" style="display: none;">%s</div>\n'
                        '</div>\n<script type="text/javascript">t_onReady(function () { t_onFuncLoad(\'t431_init\', function () { t431_init(\'%s\'); }); });</script>\n</div>'
                        % (tid, html.escape(part1, quote=False), html.escape(part2, quote=False), tid[3:]))
        else:
            buf.append((kind, v))
    flush()
    a, m, mv = state["libs"]
    t = state["publish"]
    lineup = ", ".join(ARTISTS[j] for j in state["lineup"])
    return """<!DOCTYPE html> <html> <head> <meta charset="utf-8" /> <meta http-equiv="Content-Type" content="text/html; charset=utf-8" /> <meta name="viewport" content="width=device-width, initial-scale=1.0" /> <!--metatextblock--> <title>Privaatsuspoliitika – Põhjalaine %(year)d</title> <meta property="og:url" content="%(url)s" /> <meta property="og:title" content="Privaatsuspoliitika – Põhjalaine %(year)d" /> <meta property="og:description" content="" /> <meta property="og:type" content="website" /> <meta property="og:image" content="https://static.tildacdn.com/tild6235-3436-4861-b162-363330623534/pohjalaine_og.jpg" /> <link rel="canonical" href="%(url)s"> <!--/metatextblock--> <meta name="format-detection" content="telephone=no" /> <meta http-equiv="x-dns-prefetch-control" content="on"> <link rel="dns-prefetch" href="https://ws.tildacdn.com"> <link rel="dns-prefetch" href="https://static.tildacdn.com"> <link rel="shortcut icon" href="https://static.tildacdn.com/tild3961-6231-4337-a330-336435626637/favicon.ico" type="image/x-icon" /> <!-- Assets --> <script src="https://neo.tildacdn.com/js/tilda-fallback-1.0.min.js" async charset="utf-8"></script> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css" type="text/css" media="all" onerror="this.loaderr='y';"/> <link rel="stylesheet" href="https://static.tildacdn.com/ws/project%(project)s/tilda-blocks-page%(page)s.min.css?t=%(t)d" type="text/css" media="all" onerror="this.loaderr='y';" /> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-animation-2.0.min.css" type="text/css" media="all" onerror="this.loaderr='y';" /> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-menusub-%(m)s.min.css" type="text/css" media="print" onload="this.media='all';" onerror="this.loaderr='y';" /> <script nomodule src="https://static.tildacdn.com/js/tilda-polyfill-1.0.min.js" charset="utf-8"></script> <script type="text/javascript">function t_onReady(func) {if (document.readyState != 'loading') {func();} else {document.addEventListener('DOMContentLoaded', func);}}
function t_onFuncLoad(funcName, okFunc, time) {if (typeof window[funcName] === 'function') {okFunc();} else {setTimeout(function() {t_onFuncLoad(funcName, okFunc, time);},(time || 100));}}function t_throttle(fn, threshhold, scope) {return function () {fn.apply(scope || this, arguments);};}</script> <script src="https://static.tildacdn.com/js/tilda-scripts-3.0.min.js" charset="utf-8" defer onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/ws/project%(project)s/tilda-blocks-page%(page)s.min.js?t=%(t)d" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-lazyload-%(a)s.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-animation-2.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-menusub-%(m)s.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-menu-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-events-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-table-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script type="text/javascript">window.dataLayer = window.dataLayer || [];</script> <script type="text/javascript">(function () {
if((/bot|google|yandex|baidu|bing|msn|duckduckbot|teoma|slurp|crawler|spider|robot|crawling|facebook/i.test(navigator.userAgent))===false && typeof(sessionStorage)!='undefined' && sessionStorage.getItem('visited')!=='y' && document.visibilityState){
var style=document.createElement('style');
style.type='text/css';
style.innerHTML='@media screen and (min-width: 980px) {.t-records {opacity: 0;}.t-records_animated {-webkit-transition: opacity ease-in-out .2s;-moz-transition: opacity ease-in-out .2s;-o-transition: opacity ease-in-out .2s;transition: opacity ease-in-out .2s;}.t-records.t-records_visible {opacity: 1;}}';
document.getElementsByTagName('head')[0].appendChild(style);
function t_setvisRecs(){
var alr=document.querySelectorAll('.t-records');
Array.prototype.forEach.call(alr, function(el) {el.classList.add("t-records_animated");});
setTimeout(function () {Array.prototype.forEach.call(alr, function(el) {el.classList.add("t-records_visible");});
sessionStorage.setItem("visited", "y");}, 400);
}
document.addEventListener('DOMContentLoaded', t_setvisRecs);
}
})();</script></head> <body class="t-body" style="margin:0;"> <!--allrecords--> <div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="%(project)s" data-tilda-page-id="%(page)s" data-tilda-page-alias="privaatsus" data-tilda-formskey="3b1f7e0c9a2d4e6f8a0b1c2d3e4f5a6b" data-tilda-lazy="yes" data-tilda-root-zone="com" data-tilda-project-headcode="yes" data-tilda-project-country="EE"> <!--header--> <header id="t-header" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="%(project)s" data-tilda-page-id="40123401" data-tilda-page-alias="header" data-tilda-formskey="3b1f7e0c9a2d4e6f8a0b1c2d3e4f5a6b" data-tilda-lazy="yes" data-tilda-root-zone="com" data-tilda-project-headcode="yes" data-tilda-project-country="EE"> <div id="rec645871201" class="r t-rec" style=" " data-animationappear="off" data-record-type="131" > <!-- T123 --> <div class="t123"> <div class="t-container_100 "> <div class="t-width t-width_100 "> <div class="pohjalaine-tierbar"><a href="https://fienta.com/et/pohjalaine-%(year)d">%(tier)s</a></div> </div> </div> </div> </div> <div id="rec645871202" class="r t-rec" style=" " data-animationappear="off" data-record-type="257" > <!-- T228 --> <div id="nav645871202marker"></div> <div class="tmenu-mobile" > <div class="tmenu-mobile__container"> <div class="tmenu-mobile__burgerlogo"> <a href="/"> <img src="https://static.tildacdn.com/tild3330-6434-4332-b739-646338653632/pohjalaine_logo.svg" class="tmenu-mobile__imglogo" imgfield="img" style="max-width: 140px; width: 140px;" alt="Põhjalaine"> </a> </div> <button type="button" class="t-menuburger t-menuburger_first " aria-label="Navigatsioonimenüü" aria-expanded="false"> <span style="background-color:#ffffff;"></span> <span style="background-color:#ffffff;"></span> <span style="background-color:#ffffff;"></span> <span style="background-color:#ffffff;"></span> </button> </div> </div> <div id="nav645871202" class="t228 t228__positionfixed " style="background-color: rgba(13,27,42,1); height:80px; " data-bgcolor-hex="#0d1b2a" data-bgcolor-rgba="rgba(13,27,42,1)" data-navmarker="nav645871202marker" data-appearoffset="" data-bgopacity-two="" data-menushadow="" data-menushadow-css="" data-bgopacity="1" data-menu-items-align="center" data-menu="yes"> <div class="t228__maincontainer " style="height:80px;"> <div class="t228__padding40px"></div> <div class="t228__leftside"> <div class="t228__leftcontainer"> <a href="/" class="t228__imgwrapper"> <img class="t228__imglogo t228__imglogomobile" src="https://static.tildacdn.com/tild3330-6434-4332-b739-646338653632/pohjalaine_logo.svg" imgfield="img" style="max-width: 140px; width: 140px; min-width: 140px; height: auto; display: block;" alt="Põhjalaine"> </a> </div> </div> <div class="t228__centerside "> <nav class="t228__centercontainer"> <ul role="list" class="t228__list t-menu__list"> <li class="t228__list_item" style="padding:0 15px 0 0;"> <a class="t-menu__link-item" href="/esinejad" data-menu-submenu-hook="" data-menu-item-number="1">Esinejad</a> </li><li class="t228__list_item" style="padding:0 15px;"> <a class="t-menu__link-item" href="/ajakava" data-menu-submenu-hook="" data-menu-item-number="2">Ajakava</a> </li><li class="t228__list_item" style="padding:0 15px;"> <a class="t-menu__link-item" href="/info" data-menu-submenu-hook="" data-menu-item-number="3">Info</a> </li><li class="t228__list_item" style="padding:0 0 0 15px;"> <a class="t-menu__link-item" href="/kkk" data-menu-submenu-hook="" data-menu-item-number="4">KKK</a> </li> </ul> </nav> </div> <div class="t228__rightside"> <div class="t228__rightcontainer"> <div class="t228__right_buttons"> <div class="t228__right_buttons_wrap"> <div class="t228__right_buttons_but"> <a href="https://fienta.com/et/pohjalaine-%(year)d" target="_blank" class="t-btn t-btn_md " style="color:#0d1b2a;background-color:#ffd400;border-radius:30px; -moz-border-radius:30px; -webkit-border-radius:30px;"> <table role="presentation" style="width:100%%; height:100%%;"> <tr> <td>Piletid</td> </tr> </table> </a> </div> </div> </div> <div class="t228__right_langs"> <div class="t228__right_buttons_wrap"> <div class="t228__right_langs_lang"> <a style="" href="/en">EN</a> </div> </div> </div> </div> </div> <div class="t228__padding40px"></div> </div> </div> <script>t_onReady(function() { t_onFuncLoad('t_menu__highlightActiveLinks', function () { t_menu__highlightActiveLinks('.t228__list_item a'); }); }); t_onFuncLoad('t228_setWidth', function () { window.addEventListener('load', function () { t228_setWidth('645871202'); }); });</script> </div> </header> <!--/header--> %(records)s <!--footer--> <footer id="t-footer" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="%(project)s" data-tilda-page-id="40123402" data-tilda-page-alias="footer" data-tilda-formskey="3b1f7e0c9a2d4e6f8a0b1c2d3e4f5a6b" data-tilda-lazy="yes" data-tilda-root-zone="com" data-tilda-project-headcode="yes" data-tilda-project-country="EE"> <div id="rec645871301" class="r t-rec t-rec_pt_60 t-rec_pb_60" style="padding-top:60px;padding-bottom:60px;background-color:#0d1b2a; " data-record-type="56" data-bg-color="#0d1b2a" > <!-- T040 --> <div class="t040"> <div class="t-container"> <div class="t-col t-col_8 t-prefix_2"> <div class="t040__text t-descr t-descr_xs" field="descr" style="color:#ffffff;"><strong>Põhjalaine %(year)d</strong> · Pärnu Vallikäär<br />Esinevad: %(lineup)s ja paljud teised<br /><br /><a href="/privaatsus" style="color:#ffd400;">Privaatsuspoliitika</a> · <a href="/tingimused" style="color:#ffd400;">Piletiostu tingimused</a> · <a href="/kodukord" style="color:#ffd400;">Festivali kodukord</a></div> </div> </div> </div> </div> </footer> <!--/footer--> </div> <!--/allrecords--> <!-- Stat --> <!-- Global site tag (gtag.js) - Google Analytics --> <script type="text/javascript" data-tilda-cookie-type="analytics">window.mainTracker='gtag';window.gtagTrackerID='G-7WQ3KXB2E9';function gtag(){dataLayer.push(arguments);}
setTimeout(function(){(function(w,d,s,i){var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtag/js?id='+i;f.parentNode.insertBefore(j,f);})(window,document,'script',window.gtagTrackerID);}, 2000);</script> <script type="text/javascript">if (! window.mainTracker) { window.mainTracker = 'tilda'; }
window.tildastatcookie='no'; setTimeout(function(){ (function (d, w, k, o, g) { var n=d.getElementsByTagName(o)[0],s=d.createElement(o),f=function(){n.parentNode.insertBefore(s,n);}; s.type = "text/javascript"; s.async = true; s.key = k; s.id = "tildastatscript"; s.src=g; if (w.opera=="[object Opera]") {d.addEventListener("DOMContentLoaded", f, false);} else { f(); } })(document, window, 'a1f9c0d2e4b6a8c0d2e4f6a8b0c2d4e6','script','https://static.tildacdn.com/js/tilda-stat-1.0.min.js');
}, %(mv)d00);</script> </body> </html>""" % {"year": year, "url": URL, "project": PROJECT, "page": PAGEID, "t": t, "a": a,
                                                 "m": m, "mv": mv, "tier": html.escape(TIERS[state["tier"]]),
                                                 "lineup": html.escape(lineup), "records": " ".join(recs)}


PAGE = {
    "service": "Pohjalaine Festival",
    "url": URL,
    "lang": "et",
    "platform": "Tilda (Tilda CDN, T228/T017/T030/T004/T431 blocks)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("X-Tilda-Server", "11"), ("Cache-Control", "max-age=0, s-maxage=3600")),
    "n": 27,
    "start": dt.date(2022, 11, 1),
    "end": dt.date(2025, 6, 30),
    "hours": (4, 10, 16, 22),
    "policy": POLICY,
    "first_updated": dt.date(2022, 10, 12),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": [{"startBefore": "#rec612345601", "endAfter": "#rec612345618"}]},
}
