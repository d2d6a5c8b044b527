"""Vārpa Brewing (Rīga) - lv-LV - a craft brewery and taproom on Squarespace 7.1, with an age gate added by code
injection. The page holds two documents: the privacy policy in two HTML blocks (the editor split it around a line
block) and the cookie notice ("Sīkdatņu politika", with its own table) in a third block below; the declaration
selects the two policy blocks by their yui block ids. Fairly clean: Squarespace's platform deploys change the
script rollup hashes and the static context (contentModifiedOn moves whenever any page of the site is edited); the
footer's events summary block lists the next taproom events; in May 2023 the page is converted to Fluid Engine (new
section/grid wrappers, same block ids); the cookie notice itself is edited in 2024 (not the policy)."""
import datetime as dt
import html
import common as C

URL = "https://www.varpabrewing.lv/privatuma-politika"
MENESI = ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī", "oktobrī",
          "novembrī", "decembrī"]
FLUID = dt.datetime(2023, 5, 22)
COOKIE_EDIT = dt.datetime(2024, 2, 12)
B1 = "yui_3_17_2_1_1650531234567_8812"
B2 = "yui_3_17_2_1_1650531234567_14390"
B3 = "yui_3_17_2_1_1650531876543_20117"


def fmt_date(d):
    return "%d. gada %d. %s" % (d.year, d.day, MENESI[d.month - 1])


POLICY = """
# Privātuma politika

Spēkā no {UPDATED}

SIA "Vārpas alus darītava" (turpmāk - Vārpa Brewing, mēs) rūpējas par jūsu privātumu. Šajā privātuma politikā skaidrojam, kā mēs apstrādājam jūsu personas datus, kad apmeklējat mūsu tīmekļvietni, iepērkaties mūsu e-veikalā, rezervējat galdiņu vai alus darītavas ekskursiju, apmeklējat mūsu krogu vai pierakstāties jaunumiem. Personas datus apstrādājam saskaņā ar Vispārīgo datu aizsardzības regulu (VDAR) un Fizisko personu datu apstrādes likumu.

## Pārzinis un kontaktinformācija

@ SIA "Vārpas alus darītava"
@ Reģ. Nr. 40203123456
@ Tallinas iela 33, Rīga, LV-1012
@ Tālrunis: +371 2612 3456
@ E-pasts: privatums@varpabrewing.lv

## Kādus datus mēs apstrādājam

Atkarībā no tā, kā jūs sadarbojaties ar mums, mēs varam apstrādāt šādus personas datus:

- vārdu, uzvārdu, e-pasta adresi un tālruņa numuru;
- dzimšanas datumu vai apliecinājumu, ka jums ir vismaz 18 gadi;
- pasūtījumu informāciju: iegādātos produktus, summu, izņemšanas vietu un laiku;
- rezervāciju informāciju: datumu, laiku, personu skaitu un jūsu piezīmes;
- maksājumu informāciju (maksājuma veidu un darījuma identifikatoru, bet ne kartes numuru);
- sarakstes saturu, ja sazināties ar mums;
- tehniskos datus: IP adresi, pārlūkprogrammas veidu un sīkdatņu identifikatorus;
- videonovērošanas ierakstus no mūsu kroga un alus darītavas telpām.

## No kurienes mēs iegūstam datus

Lielāko daļu datu mēs saņemam tieši no jums, kad veicat pasūtījumu, rezervējat galdiņu, pierakstāties jaunumiem vai sazināties ar mums. Daļa tehnisko datu tiek iegūta automātiski, kad apmeklējat mūsu tīmekļvietni. Maksājumu pakalpojumu sniedzējs mūs informē par to, vai maksājums ir veiksmīgs. Ja rezervējat galdiņu, izmantojot partneru platformas, mēs saņemam rezervācijas datus no šīs platformas.

## Vecuma pārbaude

Alkoholiskos dzērienus pārdodam tikai personām, kuras sasniegušas 18 gadu vecumu. Ieejot tīmekļvietnē, jums jāapstiprina, ka esat pilngadīgs; šo apstiprinājumu saglabājam tikai jūsu pārlūkprogrammā. Izņemot pasūtījumu vai apmeklējot krogu, mūsu darbinieki var lūgt uzrādīt personu apliecinošu dokumentu. Dokumenta datus mēs nekopējam un neglabājam.

## Apstrādes nolūki un tiesiskais pamats

Jūsu personas datus apstrādājam šādiem nolūkiem:

- pasūtījumu izpildei un rezervāciju apstrādei, pamatojoties uz līgumu (VDAR 6. panta 1. punkta b) apakšpunkts);
- grāmatvedības uzskaitei un nodokļu saistību izpildei, pamatojoties uz juridisku pienākumu;
- alkohola tirdzniecības ierobežojumu ievērošanai, pamatojoties uz juridisku pienākumu;
- jaunumu vēstuļu sūtīšanai par jauniem alus izlaidumiem un pasākumiem, pamatojoties uz jūsu piekrišanu;
- īpašuma un cilvēku drošības nodrošināšanai ar videonovērošanu, pamatojoties uz mūsu leģitīmajām interesēm;
- tīmekļvietnes darbības uzlabošanai un apmeklējuma statistikai, pamatojoties uz jūsu piekrišanu sīkdatnēm.

## E-veikals un pasūtījumu izņemšana

Mūsu e-veikalā var iegādāties alu, dāvanu komplektus un zīmola preces. Alkoholiskos dzērienus, kas pasūtīti e-veikalā, var saņemt tikai personīgi mūsu krogā vai alus darītavā, uzrādot personu apliecinošu dokumentu. Pasūtījuma apstrādei mēs izmantojam jūsu vārdu, uzvārdu, e-pasta adresi, tālruņa numuru un pasūtījuma informāciju. Ja pasūtījums netiek izņemts 14 dienu laikā, mēs to atceļam un atmaksājam samaksāto summu.

## Galdiņu rezervācijas un ekskursijas

Rezervējot galdiņu vai alus darītavas ekskursiju, jūs norādāt savu vārdu, tālruņa numuru, e-pasta adresi, datumu, laiku un personu skaitu. Šos datus izmantojam, lai apstiprinātu rezervāciju, sazinātos ar jums izmaiņu gadījumā un sagatavotos jūsu apmeklējumam. Ja grupā ir personas ar alerģijām vai īpašām vajadzībām, jūs varat to norādīt piezīmēs; šo informāciju izmantojam tikai jūsu apmeklējuma nodrošināšanai.

## Jaunumu vēstules

Ja esat pierakstījies mūsu jaunumiem, mēs jums sūtīsim ziņas par jauniem alus izlaidumiem, degustācijām un pasākumiem ne biežāk kā divas reizes mēnesī. Jūs varat atteikties no jaunumiem jebkurā laikā, noklikšķinot uz saites katras vēstules beigās.

## Videonovērošana

Mūsu krogā un alus darītavas teritorijā tiek veikta videonovērošana. Par to jūs informē zīmes pie ieejas. Videonovērošanas ierakstus glabājam 14 dienas, izņemot gadījumus, kad tie nepieciešami incidenta izmeklēšanai.

## Datu saņēmēji

Jūsu datus nepārdodam. Mēs izmantojam uzticamus pakalpojumu sniedzējus, kas apstrādā datus mūsu uzdevumā:

- Squarespace Ireland Limited (tīmekļvietnes un e-veikala platforma);
- Stripe Payments Europe Limited (karšu maksājumu apstrāde);
- Mailchimp (Intuit Inc.) (jaunumu vēstules);
- SIA "Grāmatvedis un partneri" (grāmatvedības pakalpojumi).

Dati var tikt nodoti arī valsts iestādēm, piemēram, Valsts ieņēmumu dienestam vai policijai, ja to paredz normatīvie akti.

Daži pakalpojumu sniedzēji var apstrādāt datus ārpus Eiropas Ekonomikas zonas, piemēram, ASV. Šādos gadījumos mēs nodrošinām, ka pārsūtīšana notiek, pamatojoties uz ES un ASV datu privātuma regulējumu vai Eiropas Komisijas apstiprinātām līguma standartklauzulām.

%% part2

## Cik ilgi glabājam datus

- Pasūtījumu un maksājumu datus glabājam piecus gadus, kā to paredz grāmatvedības normatīvie akti.
- Rezervāciju datus dzēšam 3 mēnešus pēc apmeklējuma.
- Jaunumu vēstuļu saņēmēju datus glabājam, līdz atsaucat piekrišanu.
- Saraksti ar klientiem glabājam vienu gadu pēc jautājuma atrisināšanas.

## Jūsu tiesības

Jums ir tiesības:

- piekļūt saviem personas datiem;
- pieprasīt neprecīzu datu labošanu;
- pieprasīt datu dzēšanu;
- ierobežot apstrādi;
- iebilst pret apstrādi, kas balstīta uz leģitīmajām interesēm;
- saņemt savus datus strukturētā formātā (datu pārnesamība);
- jebkurā laikā atsaukt savu piekrišanu.

Lai izmantotu savas tiesības, rakstiet mums uz privatums@varpabrewing.lv. Atbildi sniegsim viena mēneša laikā. Ja uzskatāt, ka jūsu dati tiek apstrādāti nelikumīgi, varat iesniegt sūdzību Datu valsts inspekcijā ([www.dvi.gov.lv](https://www.dvi.gov.lv)).

## Fotografēšana pasākumos

Mūsu pasākumos var tikt fotografēts un filmēts, un attēli var tikt publicēti mūsu tīmekļvietnē un sociālajos tīklos. Par fotografēšanu mēs informējam pasākuma vietā. Ja nevēlaties, lai jūs fotografē, lūdzu, pasakiet to fotogrāfam vai mūsu darbiniekiem. Ja vēlaties, lai publicēts attēls ar jums tiktu dzēsts, rakstiet mums, un mēs to izdarīsim bez liekas kavēšanās.

## Sociālie tīkli

Mums ir konti Instagram, Facebook un Untappd. Kad jūs sekojat mums vai sazināties ar mums šajos tīklos, jūsu datus apstrādā arī attiecīgā platforma saskaņā ar saviem noteikumiem. Attiecībā uz mūsu Facebook lapas statistiku mēs esam kopīgi pārziņi ar Meta Platforms Ireland Limited.

## Automatizēta lēmumu pieņemšana

Mēs nepieņemam lēmumus, kas balstīti tikai uz automatizētu apstrādi un kas jums radītu tiesiskas sekas vai līdzīgā veidā būtiski ietekmētu jūs.

## Konkursi un izlozes

Ja piedalāties mūsu konkursos vai izlozēs, piemēram, sociālajos tīklos, mēs apstrādājam jūsu vārdu, lietotājvārdu un kontaktinformāciju, lai noskaidrotu uzvarētāju un nodotu balvu. Uzvarētāja vārdu varam publicēt mūsu sociālo tīklu kontos. Katra konkursa noteikumos ir norādīta sīkāka informācija par datu apstrādi. Konkursā var piedalīties tikai personas no 18 gadu vecuma.

## Darbā pieņemšana

Ja piesakāties darbam mūsu krogā vai alus darītavā, mēs apstrādājam jūsu CV un motivācijas vēstulē norādītos datus, lai izvērtētu jūsu kandidatūru. Kandidātu datus glabājam sešus mēnešus pēc atlases beigām, ja vien neesat devis piekrišanu tos glabāt ilgāk, lai mēs varētu jūs uzrunāt nākamajās atlasēs.

## Sadarbības partneri

Mēs apstrādājam savu piegādātāju, kā arī to krogu un veikalu, kas pārdod mūsu alu, kontaktpersonu vārdus, e-pasta adreses un tālruņa numurus, lai noslēgtu un izpildītu līgumus. Šos datus glabājam līguma darbības laikā un piecus gadus pēc tā beigām.

## Datu drošība

Mēs izmantojam atbilstošus tehniskos un organizatoriskos pasākumus, lai aizsargātu jūsu datus pret nesankcionētu piekļuvi, nozaudēšanu vai iznīcināšanu. Piekļuve datiem ir tikai tiem darbiniekiem, kuriem tā nepieciešama darba pienākumu veikšanai.

Mūsu darbinieki ir apmācīti par datu aizsardzību un ir parakstījuši konfidencialitātes apliecinājumus. Par drošības incidentiem, kas varētu radīt augstu risku jūsu tiesībām un brīvībām, mēs jūs informēsim bez nepamatotas kavēšanās, kā arī ziņosim Datu valsts inspekcijai 72 stundu laikā.

## Nepilngadīgās personas

Mūsu tīmekļvietne un e-veikals nav paredzēti personām, kas jaunākas par 18 gadiem. Mēs apzināti nevācam nepilngadīgo personu datus. Ja uzzinām, ka esam ieguvuši nepilngadīgas personas datus, mēs tos nekavējoties dzēšam un atceļam attiecīgo pasūtījumu vai rezervāciju. Nepilngadīgas personas drīkst apmeklēt alus darītavas ekskursijas tikai kopā ar pieaugušo, un tām netiek piedāvātas alus degustācijas.

## Kā ar mums sazināties

Ja jums ir jautājumi par šo privātuma politiku vai par to, kā mēs apstrādājam jūsu personas datus, rakstiet mums uz e-pastu vai sūtiet vēstuli uz mūsu juridisko adresi. Lai aizsargātu jūsu datus, pirms atbildes sniegšanas mēs varam lūgt jums apstiprināt savu identitāti. Mēs atbildēsim bez maksas, ja vien pieprasījumi nav acīmredzami nepamatoti vai pārmērīgi.

## Izmaiņas privātuma politikā

Mēs varam laiku pa laikam atjaunināt šo privātuma politiku. Aktuālā versija vienmēr ir pieejama šajā lapā. Par būtiskām izmaiņām informēsim jaunumu vēstulē.
"""

EDITS = [
    {"note": "CCTV retention changed from 14 to 30 days",
     "repl": [("Videonovērošanas ierakstus glabājam 14 dienas", "Videonovērošanas ierakstus glabājam 30 dienas")]},
    {"note": "processor added (Fienta ticketing for events)",
     "repl": [("- Mailchimp (Intuit Inc.) (jaunumu vēstules);",
               "- Mailchimp (Intuit Inc.) (jaunumu vēstules);\n- SIA \"Fienta\" (pasākumu biļešu tirdzniecība);")]},
    {"note": "new section on gift cards",
     "repl": [("## Videonovērošana",
               "## Dāvanu kartes\n\nJa iegādājaties dāvanu karti, mēs apstrādājam pircēja kontaktinformāciju un, ja to norādāt, saņēmēja vārdu un e-pasta adresi, lai nosūtītu karti. Dāvanu kartes derīguma termiņš ir 12 mēneši.\n\n## Videonovērošana")]},
    {"note": "sentence deleted (ID document data not copied)",
     "repl": [(" Dokumenta datus mēs nekopējam un neglabājam.", "")]},
    {"note": "controller's phone number changed (one digit pair)",
     "repl": [("@ Tālrunis: +371 2612 3456", "@ Tālrunis: +371 2612 3465")]},
]

COOKIES_V1 = [("Sīkdatne", "Mērķis", "Glabāšanas ilgums"),
              ("crumb", "Drošības sīkdatne, ko izmanto Squarespace", "Sesija"),
              ("ss_cvr, ss_cvt", "Squarespace apmeklējumu statistika", "2 gadi"),
              ("_ga, _ga_*", "Google Analytics apmeklējumu statistika", "2 gadi")]
COOKIES_V2 = COOKIES_V1 + [("_fbp", "Meta Pixel reklāmu mērīšana", "3 mēneši")]

EVENTS = [("Pirmdienas kvizs", 0), ("Jaunā IPA izlaišanas vakars", 4), ("Alus darītavas ekskursija", 5),
          ("Dzīvā mūzika: Rīgas džeza trio", 4), ("Degustācija: skābais alus", 3)]
MENESI_NOM = ["janv.", "febr.", "marts", "apr.", "maijs", "jūn.", "jūl.", "aug.", "sept.", "okt.", "nov.", "dec."]


def upcoming(when):
    out = []
    d = when.date() + dt.timedelta(days=1)
    while len(out) < 3:
        for name, wd in EVENTS:
            if d.weekday() == wd and (name != "Jaunā IPA izlaišanas vakars" or d.day <= 7) and len(out) < 3:
                out.append((d, name))
        d += dt.timedelta(days=1)
    return tuple(out)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["layout"] = "fluid" if when >= FLUID else "classic"
    s["cookie_doc"] = 2 if when >= COOKIE_EDIT else 1
    s["events"] = upcoming(when)
    s["modified"] = C.keep_or(rng, prev.get("modified"), 0.5, lambda: C.epoch(when) * 1000 - rng.randint(3600000, 900000000))
    roll = C.keep_or(rng, prev.get("rollups"), 0.8, lambda: tuple(C.hexs(rng, 20) for _ in range(4)))
    if roll == prev.get("rollups") and all(s[k] == prev.get(k) for k in ("layout", "cookie_doc", "events", "modified")):
        roll = tuple(C.hexs(rng, 20) for _ in range(4))
    s["rollups"] = roll
    return s


LABELS = {
    "layout": "Squarespace Fluid Engine conversion (section and grid wrappers; same block ids)",
    "cookie_doc": "cookie notice (other document on the page) edited",
    "events": "events summary block in the footer (next taproom events)",
    "modified": "static context contentModifiedOn (any page of the site edited)",
    "rollups": "Squarespace script rollup hashes (platform deploys)",
}


def sq_inl(t):
    return C.inline_html(t)


def sq_block(b):
    kind, v = b
    st = ' style="white-space:pre-wrap;"'
    if kind in ("h1", "h2", "h3"):
        return "<%s%s>%s</%s>" % (kind, st, sq_inl(v), kind)
    if kind == "p":
        return '<p class=""%s>%s</p>' % (st, sq_inl(v))
    if kind == "addr":
        return '<p class=""%s>%s</p>' % (st, "<br>".join(sq_inl(l) for l in v))
    if kind == "ul":
        return '<ul data-rte-list="default">%s</ul>' % "".join(
            '<li><p class=""%s>%s</p></li>' % (st, sq_inl(i)) for i in v)
    raise ValueError(kind)


def html_block(bid, inner):
    return ('<div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2" data-border-radii="&#123;&quot;topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;&#125;" id="block-%s">'
            '<div class="sqs-block-content">\n\n<div class="sqs-html-content">\n  %s\n  </div>\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n</div></div>'
            % (bid, inner))


def render(s, blocks, when):
    segs = C.segments(blocks)
    b1 = html_block(B1, "".join(sq_block(b) for b in segs["head"]))
    b2 = html_block(B2, "".join(sq_block(b) for b in segs["part2"]))
    line = ('<div class="sqs-block horizontalrule-block sqs-block-horizontalrule" data-block-type="47" id="block-yui_3_17_2_1_1650531234567_12004">'
            '<div class="sqs-block-content"><hr /></div></div>')
    rows = COOKIES_V2 if s["cookie_doc"] == 2 else COOKIES_V1
    ctable = "<table><thead><tr>%s</tr></thead><tbody>%s</tbody></table>" % (
        "".join("<th>%s</th>" % c for c in rows[0]),
        "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % html.escape(c) for c in r) for r in rows[1:]))
    b3 = html_block(B3, '<h2 style="white-space:pre-wrap;">Sīkdatņu politika</h2><p class="" style="white-space:pre-wrap;">Sīkdatnes ir nelielas teksta datnes, '
                    'kas tiek saglabātas jūsu ierīcē, apmeklējot tīmekļvietni. Mēs izmantojam nepieciešamās sīkdatnes, kā arī statistikas un mārketinga sīkdatnes, '
                    'ja esat devis piekrišanu sīkdatņu paziņojumā.</p>%s<p class="" style="white-space:pre-wrap;">Savu piekrišanu varat mainīt jebkurā laikā, '
                    'noklikšķinot uz saites "Sīkdatņu iestatījumi" lapas apakšā.</p>' % ctable)
    spacer = ('<div class="sqs-block spacer-block sqs-block-spacer" data-aspect-ratio="4.2" data-block-type="21" id="block-yui_3_17_2_1_1650531876543_19002">'
              '<div class="sqs-block-content sqs-intrinsic" id="yui_3_17_2_1_1650531876543_19003">&nbsp;</div></div>')
    parts = [b1, line, b2, spacer, b3]
    if s["layout"] == "fluid":
        cells = "".join('<div class="fe-block fe-block-%s">%s</div>' % (bid, p) for bid, p in zip(
            [B1, "yui_3_17_2_1_1650531234567_12004", B2, "yui_3_17_2_1_1650531876543_19002", B3], parts))
        content = ('<div class="content-wrapper" style=""><div class="content"><div data-fluid-engine="true">'
                   '<style>.fe-6262a4f1c5d8e93a1b2c3d4f{--grid-gutter:calc(var(--sqs-mobile-site-gutter, 6vw) - 11.0px);--cell-max-width:calc( ( var(--sqs-site-max-width, 1500px) - (11.0px * (8 - 1)) ) / 8 );display:grid;position:relative;grid-area:1/1/-1/-1;grid-template-rows:repeat(95,minmax(24px, auto));}</style>'
                   '<div class="fluid-engine fe-6262a4f1c5d8e93a1b2c3d4f">%s</div></div></div></div>' % cells)
    else:
        content = ('<div class="content-wrapper" style=""><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-6262a4f1c5d8e93a1b2c3d4e">'
                   '<div class="row sqs-row"><div class="col sqs-col-12 span-12">%s</div></div></div></div></div>' % "".join(parts))
    section = ('<section data-test="page-section" data-section-theme="white" class="page-section content-width--narrow full-bleed-section collection-type-page '
               'background-width--full-bleed section-height--medium horizontal-alignment--center vertical-alignment--middle white" '
               'data-section-id="6262a4f1c5d8e93a1b2c3d4e" data-controller="SectionWrapperController" data-current-styles="{&quot;imageOverlayOpacity&quot;:0.15,&quot;backgroundWidth&quot;:&quot;background-width--full-bleed&quot;,&quot;sectionHeight&quot;:&quot;section-height--medium&quot;}" data-current-context="{}">'
               '<div class="section-border"><div class="section-background"></div></div>%s</section>' % content)
    ev = "".join('<li class="summary-item summary-item-record-type-event"><div class="summary-content"><div class="summary-title"><a href="/pasakumi/%s" class="summary-title-link">%s</a></div>'
                 '<div class="summary-metadata-container"><time class="summary-metadata-item summary-metadata-item--date">%d. %s</time></div></div></li>'
                 % (d.isoformat(), html.escape(n), d.day, MENESI_NOM[d.month - 1]) for d, n in s["events"])
    r1, r2, r3, r4 = s["rollups"]
    rollups = "".join('<script crossorigin="anonymous" src="//assets.squarespace.com/universal/scripts-compressed/%s-%s-min.lv-LV.js" defer></script>' % (n, h)
                      for n, h in zip(["extract-css-runtime", "common-vendors-stable", "common", "performance"], s["rollups"]))
    ctx = ('{"betaFeatureFlags":["campaigns_discount_section_in_blasts","commerce_clearpay","i18n_beta_website_locales","member_areas_feature","nested_categories",'
           '"supports_versioned_template_assets","campaigns_new_image_layout_picker","override_block_styles"],"facebookAppId":"314192535267336","facebookApiVersion":"v6.0",'
           '"rollups":{"squarespace-common":{"js":"//assets.squarespace.com/universal/scripts-compressed/common-%s-min.lv-LV.js"},'
           '"squarespace-performance":{"js":"//assets.squarespace.com/universal/scripts-compressed/performance-%s-min.lv-LV.js"}},"pageType":2,'
           '"website":{"id":"6262a31bc5d8e93a1b2c0011","identifier":"varpa-brewing","websiteType":1,"contentModifiedOn":%d,"cloneable":false,"hasBeenCloneable":false,'
           '"siteStatus":{},"language":"lv-LV","timeZone":"Europe/Riga","machineTimeZoneOffset":%d,"timeZoneOffset":%d,"timeZoneAbbr":"%s","siteTitle":"V\\u0101rpa Brewing",'
           '"fullSiteTitle":"Priv\\u0101tuma politika \\u2014 V\\u0101rpa Brewing","siteDescription":"","location":{},"shareButtonOptions":{},"authenticUrl":"https://www.varpabrewing.lv",'
           '"internalUrl":"https://varpa-brewing.squarespace.com","baseUrl":"https://www.varpabrewing.lv","primaryDomain":"www.varpabrewing.lv"},'
           '"websiteSettings":{"id":"6262a31bc5d8e93a1b2c0012","websiteId":"6262a31bc5d8e93a1b2c0011","subjects":[],"country":"LV","state":"","simpleLikingEnabled":true,'
           '"popupOverlaySettings":{"style":1,"enableMobile":true,"showOnScroll":false},"commentLikesAllowed":true,"commentAnonAllowed":true,"commentThreaded":true,'
           '"commentApprovalRequired":true,"commentAvatarsOn":true,"commentSortType":2,"commentFlagThreshold":0,"commentFlagsAllowed":true,"commentEnableByDefault":true,'
           '"disqusShortname":"","collectionTitleFormat":"%%c \\u2014 %%s","itemTitleFormat":"%%i \\u2014 %%s","storeSettings":{"currenciesSupported":["EUR"],"defaultCurrency":"EUR","selectedCurrency":"EUR"}},'
           '"cookieSettings":{"isCookieBannerEnabled":true,"isRestrictiveCookiePolicyEnabled":true,"cookieBannerText":"<p>M\\u0113s izmantojam s\\u012bkdatnes.</p>","cookieBannerTheme":"DARK","cookieBannerVariant":"BAR","cookieBannerPosition":"BOTTOM"},'
           '"collection":{"title":"Priv\\u0101tuma politika","id":"6262a4f1c5d8e93a1b2c3d40","fullUrl":"/privatuma-politika","type":10,"permissionType":1},'
           '"templateId":"5c5a519771c10ba3470d8101","templateVersion":"7.1","pageFeatures":[1,2,4],"gmRenderKey":"QUl6YVN5Q0JUUk9xNkx1dkZfSUUxcjQ2LVQ0QWVUU1YtMGQ3bXk4",'
           '"templateScriptsRootUrl":"https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/","impersonatedSession":false,'
           '"showAnnouncementBar":false,"recaptchaEnterpriseContext":{"recaptchaEnterpriseSiteKey":"6LdDFQwjAAAAAPigEvvPgEVbb7QBm-TkVJdDTlAv"},'
           '"i18nContext":{"timeZoneData":{"id":"Europe/Riga","name":"Eastern European Time"}},"env":"PRODUCTION"}'
           % (r3, r4, s["modified"], 0, 10800000 if 3 < when.month < 11 else 7200000, "EEST" if 3 < when.month < 11 else "EET"))
    return (
        '<!doctype html>\n<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="lv-LV"  >\n  <head>\n'
        '    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">\n    <meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '    <!-- This is Squarespace. --><!-- varpa-brewing -->\n<base href="">\n<meta charset="utf-8" />\n<title>Privātuma politika &mdash; Vārpa Brewing</title>\n'
        '<link rel="canonical" href="%s"/>\n<meta property="og:site_name" content="Vārpa Brewing"/>\n<meta property="og:title" content="Privātuma politika &mdash; Vārpa Brewing"/>\n'
        '<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>\n'
        '<script type="text/javascript" crossorigin="anonymous" defer="true" src="//assets.squarespace.com/@sqs/polyfiller/1.6/modern.js"></script>\n'
        '<script type="text/javascript">SQUARESPACE_ROLLUPS = {};</script>\n%s\n'
        '<script data-name="static-context">Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = %s;</script>\n'
        '<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/6262a31bc5d8e93a1b2c0011/%d/5c5a519771c10ba3470d8101/6262a31bc5d8e93a1b2c0019/1535/site.css"/>\n'
        '<!-- Code injection: age gate --><style>#vecuma-parbaude{position:fixed;inset:0;z-index:99999;background:#1b1b1b;color:#f2e6c9;display:flex;align-items:center;justify-content:center}</style>\n'
        '  </head>\n  <body id="collection-6262a4f1c5d8e93a1b2c3d40" class="primary-button-style-solid primary-button-shape-pill tweak-global-animations-enabled '
        'tweak-global-animations-animation-type-fade header-width-full tweak-transparent-header tweak-fixed-header-style-basic form-field-style-solid '
        'header-block-button-style-solid footer-social-icons-style-solid  collection-type-page collection-layout-default mobile-style-available sqs-seven-one">\n'
        '    <div id="siteWrapper" class="clearfix site-wrapper">\n<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="black" data-controller="Header" data-current-styles="{}">\n'
        '<div class="header-inner container--fluid header-layout--with-commerce header-mobile-layout-logo-left-nav-right" data-test="header-inner">'
        '<div class="header-title" data-animation-role="header-element"><div class="header-title-logo"><a href="/" data-animation-role="header-element">'
        '<img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/6262a31bc5d8e93a1b2c0011/varpa-logo.png?format=1500w" alt="Vārpa Brewing" style="display:block" fetchpriority="high" loading="eager" decoding="async" data-loader="raw"></a></div></div>'
        '<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">'
        '<div class="header-nav-item header-nav-item--collection"><a href="/alus" data-animation-role="header-element">Alus</a></div>'
        '<div class="header-nav-item header-nav-item--collection"><a href="/krogs" data-animation-role="header-element">Krogs</a></div>'
        '<div class="header-nav-item header-nav-item--collection"><a href="/pasakumi" data-animation-role="header-element">Pasākumi</a></div>'
        '<div class="header-nav-item header-nav-item--collection"><a href="/veikals" data-animation-role="header-element">E-veikals</a></div>'
        '<div class="header-nav-item header-nav-item--collection"><a href="/kontakti" data-animation-role="header-element">Kontakti</a></div></nav></div></div>'
        '<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cart">'
        '<a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><div class="icon-cart-quantity">0</div></span></a></div></div></div>'
        '</div>\n</header>\n<main id="page" class="container" role="main">\n<article class="sections" id="sections" data-page-sections="6262a4f1c5d8e93a1b2c3d41">\n%s\n</article>\n</main>\n'
        '<footer class="sections" id="footer-sections" data-footer-sections>\n<section data-test="page-section" data-section-theme="black" class="page-section footer-section" data-section-id="6262a31bc5d8e93a1b2c0030">'
        '<div class="content-wrapper"><div class="content"><div class="sqs-block summary-v2-block sqs-block-summary-v2" data-block-type="55" id="block-yui_3_17_2_1_1650520000000_3311">'
        '<div class="sqs-block-content"><div class="summary-block-header"><h3 class="summary-heading"><span>Nākamie pasākumi</span></h3></div>'
        '<div class="summary-item-list-container sqs-gallery-container"><ul class="summary-item-list">%s</ul></div></div></div>'
        '<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1650520000000_3390"><div class="sqs-block-content"><div class="sqs-html-content">'
        '<p class="" style="white-space:pre-wrap;">Tallinas iela 33, Rīga · Krogs atvērts O–Sv no 16:00</p><p class="" style="white-space:pre-wrap;">'
        '<a href="/privatuma-politika">Privātuma politika</a> · <a href="/lietosanas-noteikumi">Lietošanas noteikumi</a> · Alkohola pārmērīga lietošana kaitē jūsu veselībai</p></div></div></div>'
        '</div></div></section>\n</footer>\n    </div>\n'
        '<div id="vecuma-parbaude" role="dialog" aria-modal="true" aria-labelledby="vecums-virsraksts" hidden><div class="vecums-saturs"><h2 id="vecums-virsraksts">Vai tev ir 18 gadi?</h2>'
        '<p>Lai apmeklētu šo tīmekļvietni, tev jābūt vismaz 18 gadus vecam.</p><button type="button" id="vecums-ja">Jā, man ir 18</button> <a href="https://www.spkc.gov.lv" id="vecums-ne">Nē</a></div></div>\n'
        '<script>(function(){var k="varpa_age_ok",g=document.getElementById("vecuma-parbaude");if(!localStorage.getItem(k)){g.hidden=false;document.body.style.overflow="hidden";}'
        'document.getElementById("vecums-ja").addEventListener("click",function(){localStorage.setItem(k,"1");g.hidden=true;document.body.style.overflow="";});})();</script>\n'
        '<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.%s.js" type="text/javascript"></script>\n'
        '  </body>\n</html>\n'
        % (URL, rollups, ctx, s["modified"], section, ev, r1[:10] + r2[:22]))


PAGE = {
    "service": "Vārpa Brewing", "url": URL, "lang": "lv-LV", "platform": "Squarespace 7.1",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "Squarespace"), ("X-Contextid", "Sq4rEw9x/LkUx3pQn")),
    "n": 31, "start": dt.date(2022, 6, 1), "end": dt.date(2025, 6, 30), "hours": (4, 16),
    "policy": POLICY, "first_updated": dt.date(2022, 4, 21), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "gold_md": lambda b: C.blocks_md(C.without_markers(b), URL),
    "declaration": {"fetch": URL, "select": ["#block-" + B1, "#block-" + B2]},
}
