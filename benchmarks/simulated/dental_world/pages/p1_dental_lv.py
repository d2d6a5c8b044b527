"""Baltais Smaids (Latvian dental clinic chain, Rīga and Jūrmala), WordPress + Elementor Pro on Hello Elementor, behind
LiteSpeed Cache, with Polylang (LV/RU/EN), Yoast SEO, Complianz and the Trustindex Google-reviews widget. The privacy
policy is one Elementor text-editor widget under a heading widget; in April 2024 the page was rebuilt with Elementor's
Flexbox containers (new element ids, new header and footer templates)."""
import datetime as dt
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import dkit as K  # noqa: E402

POLICY = """
Pēdējās izmaiņas: {UPDATED}

SIA "Baltais Smaids" (turpmāk – Klīnika) rūpējas par savu pacientu un mājaslapas apmeklētāju privātumu. Šajā privātuma politikā skaidrojam, kādus personas datus mēs apstrādājam, kādiem nolūkiem un uz kāda tiesiskā pamata, kā arī kādas ir jūsu tiesības saskaņā ar Vispārīgo datu aizsardzības regulu (ES) 2016/679 (turpmāk – Regula) un Fizisko personu datu apstrādes likumu.

## 1. Pārzinis un kontaktinformācija

@ SIA "Baltais Smaids"
@ Reģ. Nr. 40103567821
@ Juridiskā adrese: Brīvības iela 88, Rīga, LV-1001
@ E-pasts: [privatums@baltaissmaids.lv](mailto:privatums@baltaissmaids.lv)
@ Tālrunis: +371 67 312 450

Klīnika ir iecēlusi datu aizsardzības speciālistu, ar kuru var sazināties, rakstot uz [dpo@baltaissmaids.lv](mailto:dpo@baltaissmaids.lv).

## 2. Kādus personas datus mēs apstrādājam

- Identifikācijas dati: vārds, uzvārds, personas kods, dzimšanas datums;
- Kontaktinformācija: tālruņa numurs, e-pasta adrese, deklarētā adrese;
- Veselības dati: zobu karte, anamnēze, rentgenuzņēmumi un 3D tomogrāfijas attēli, ārstēšanas plāni, informācija par alerģijām un lietotajiem medikamentiem;
- Finanšu dati: rēķini, maksājumu informācija, informācija par apdrošināšanas polisi, ja ārstēšanu apmaksā apdrošinātājs;
- Saziņas dati: pieraksta vēsture, zvanu un e-pasta sarakste, atsauksmes;
- Tehniskie dati: IP adrese, pārlūkprogrammas veids, sīkdatnes (skatīt sadaļu "Sīkdatnes").

Veselības dati ir īpašas kategorijas personas dati, tāpēc tiem piekļūst tikai ārstējošais zobārsts, zobu higiēnists, asistents un reģistratūras darbinieki tiktāl, cik tas nepieciešams ārstēšanas nodrošināšanai.

## 3. Apstrādes nolūki un tiesiskais pamats

| Nolūks | Tiesiskais pamats |
| Pieraksts uz vizīti un atgādinājumi par vizīti | Līguma noslēgšana un izpilde (Regulas 6. panta 1. punkta b) apakšpunkts) |
| Zobārstniecības pakalpojumu sniegšana un medicīniskās dokumentācijas kārtošana | Juridisks pienākums un veselības aprūpes nodrošināšana (Regulas 9. panta 2. punkta h) apakšpunkts) |
| Norēķini un grāmatvedība | Juridisks pienākums (Regulas 6. panta 1. punkta c) apakšpunkts) |
| Sadarbība ar apdrošināšanas sabiedrībām | Jūsu piekrišana un līguma izpilde |
| Jaunumu un piedāvājumu izsūtīšana | Jūsu piekrišana (Regulas 6. panta 1. punkta a) apakšpunkts) |
| Mājaslapas darbības nodrošināšana un statistika | Leģitīmās intereses un jūsu piekrišana sīkdatnēm |

## 4. Datu saņēmēji

Jūsu personas datus varam nodot tikai tiktāl, cik tas nepieciešams iepriekš minētajiem nolūkiem:

- Nacionālajam veselības dienestam un E-veselības sistēmai – normatīvajos aktos noteiktajos gadījumos;
- apdrošināšanas sabiedrībām – ja ārstēšanu apmaksā jūsu veselības apdrošināšanas polise un jūs esat devis piekrišanu;
- zobu tehniskajām labaratorijām – protēžu, kronīšu un kapu izgatavošanai (tikai nepieciešamie dati un attēli);
- IT pakalpojumu sniedzējiem: SIA "Dentsoft" (pacientu uzskaites sistēma), Google Ireland Limited (e-pasts un dokumenti), SIA "Bite Latvija" (IP telefonija);
- SMS atgādinājumu nosūtīšanai – SIA "Texti";
- grāmatvedības pakalpojumu sniedzējam un revidentiem.

Mēs nepārdodam jūsu personas datus un nenododam tos trešajām personām mārketinga nolūkiem. Datus uz valstīm ārpus Eiropas Ekonomikas zonas nenododam, izņemot gadījumus, kad pakalpojumu sniedzējs to dara, pamatojoties uz Eiropas Komisijas apstiprinātām līguma standartklauzulām.

## 5. Datu glabāšanas termiņi

Medicīnisko dokumentāciju, tostarp zobu karti un rentgenuzņēmumus, glabājam 15 gadus pēc pēdējās vizītes, kā to nosaka normatīvie akti par medicīnisko dokumentu lietvedību. Grāmatvedības dokumentus glabājam 5 gadus. Pieraksta vēsturi un saziņas datus glabājam 3 gadus. Ja esat devis piekrišanu jaunumu saņemšanai, jūsu kontaktinformāciju glabājam līdz piekrišanas atsaukšanai.

## 6. Jūsu tiesības

Jums ir tiesības:

- piekļūt saviem personas datiem un saņemt to kopiju;
- pieprasīt neprecīzu datu labošanu;
- pieprasīt datu dzēšanu, ja to neierobežo normatīvie akti par medicīnisko dokumentāciju;
- ierobežot apstrādi vai iebilst pret apstrādi, kas balstīta uz leģitīmām interesēm;
- saņemt savus datus strukturētā formātā (datu pārnesamība);
- jebkurā laikā atsaukt doto piekrišanu.

Pieprasījumu varat iesniegt klātienē jebkurā mūsu klīnikā, uzrādot personu apliecinošu dokumentu, vai nosūtīt uz e-pastu, parakstītu ar drošu elektronisko parakstu. Atbildi sniegsim viena mēneša laikā. Ja uzskatāt, ka jūsu tiesības ir pārkāptas, varat iesniegt sūdzību Datu valsts inspekcijai ([www.dvi.gov.lv](https://www.dvi.gov.lv)).

## 7. Sīkdatnes

Mūsu mājaslapa izmanto nepieciešamās sīkdatnes, kā arī – tikai ar jūsu piekrišanu – analītikas sīkdatnes (Google Analytics) un mārketinga sīkdatnes (Meta Pixel). Savu izvēli varat mainīt jebkurā laikā, noklikšķinot uz ikonas "Sīkdatņu iestatījumi" lapas apakšējā kreisajā stūrī.

## 8. Izmaiņas privātuma politikā

Mēs varam laiku pa laikam atjaunināt šo privātuma politiku. Aktuālā versija vienmēr ir pieejama mūsu mājaslapā, un par būtiskām izmaiņām informēsim pacientus, kuri devuši piekrišanu saziņai pa e-pastu.
"""

EDITS = [
    {"note": "typo fixed in the recipients list (labaratorijām -> laboratorijām), date unchanged", "bump": False,
     "repl": [("zobu tehniskajām labaratorijām", "zobu tehniskajām laboratorijām")]},
    {"note": "SMS processor replaced: SIA Texti -> Infobip Ltd (SMS and e-mail reminders)",
     "repl": [('- SMS atgādinājumu nosūtīšanai – SIA "Texti";',
               "- SMS un e-pasta atgādinājumu nosūtīšanai – Infobip Ltd;")]},
    {"note": "paragraph added on CCTV in the waiting rooms (14-day retention)",
     "repl": [("tiktāl, cik tas nepieciešams ārstēšanas nodrošināšanai.",
               "tiktāl, cik tas nepieciešams ārstēšanas nodrošināšanai.\n\n"
               "Klīniku uzgaidāmajās telpās un pie ieejas tiek veikta videonovērošana personu un īpašuma drošības "
               "nolūkā. Videoierakstus glabājam 14 dienas; procedūru kabinetos videonovērošana netiek veikta.")]},
    {"note": "retention of booking history and correspondence cut from 3 to 2 years",
     "repl": [("Pieraksta vēsturi un saziņas datus glabājam 3 gadus.",
               "Pieraksta vēsturi un saziņas datus glabājam 2 gadus.")]},
    {"note": "word inserted: 3D tomography described as cone-beam CT (CBCT), date unchanged", "bump": False,
     "repl": [("rentgenuzņēmumi un 3D tomogrāfijas attēli", "rentgenuzņēmumi un 3D konusa stara datortomogrāfijas (CBCT) attēli")]},
    {"note": "registered address changed (Brīvības iela 88 -> Krišjāņa Barona iela 41)",
     "repl": [("Juridiskā adrese: Brīvības iela 88, Rīga, LV-1001",
               "Juridiskā adrese: Krišjāņa Barona iela 41, Rīga, LV-1011")]},
]


def fmt_date(d):
    return "%d. gada %d. %s" % (d.year, d.day, K.MONTHS["lv"][d.month - 1])


REDESIGN = dt.datetime(2024, 4, 2, 5, 0, 0)

# (release date, version) of the plugins the site's admin updates a couple of weeks after release
ELEMENTOR = [(dt.date(2023, 1, 1), ("3.10.2", "3.10.3")), (dt.date(2023, 3, 20), ("3.12.1", "3.12.2")),
             (dt.date(2023, 5, 22), ("3.13.4", "3.13.2")), (dt.date(2023, 7, 10), ("3.14.1", "3.14.1")),
             (dt.date(2023, 9, 12), ("3.16.3", "3.16.1")), (dt.date(2023, 11, 6), ("3.17.3", "3.17.1")),
             (dt.date(2024, 1, 8), ("3.18.3", "3.18.2")), (dt.date(2024, 3, 11), ("3.20.1", "3.20.1")),
             (dt.date(2024, 4, 15), ("3.21.3", "3.21.1")), (dt.date(2024, 6, 17), ("3.22.1", "3.22.0")),
             (dt.date(2024, 8, 5), ("3.23.4", "3.23.1")), (dt.date(2024, 10, 7), ("3.24.7", "3.24.2")),
             (dt.date(2024, 11, 25), ("3.25.10", "3.25.4"))]
YOAST = [(dt.date(2023, 1, 1), "19.14"), (dt.date(2023, 3, 28), "20.4"), (dt.date(2023, 6, 6), "20.9"),
         (dt.date(2023, 9, 5), "21.1"), (dt.date(2023, 11, 14), "21.6"), (dt.date(2024, 2, 13), "22.1"),
         (dt.date(2024, 5, 7), "22.7"), (dt.date(2024, 8, 6), "23.2"), (dt.date(2024, 11, 5), "23.8")]
COMPLIANZ = [(dt.date(2023, 1, 1), ("6.4.1", 21)), (dt.date(2023, 6, 1), ("6.5.2", 23)),
             (dt.date(2023, 12, 1), ("6.5.5", 24)), (dt.date(2024, 4, 10), ("7.0.4", 27)),
             (dt.date(2024, 9, 3), ("7.1.3", 29))]

PROMOS = {
    1: ("higiena", "Janvāra piedāvājums: profesionālā mutes higiēna ar Air-Flow – 49 € (parasti 65 €)",
        "/akcijas/mutes-higiena/"),
    2: ("higiena", "Janvāra piedāvājums pagarināts: profesionālā mutes higiēna ar Air-Flow – 49 €",
        "/akcijas/mutes-higiena/"),
    3: ("balinasana", "Pavasara akcija: zobu balināšana Philips Zoom – 249 €", "/akcijas/zobu-balinasana/"),
    4: ("balinasana", "Pavasara akcija: zobu balināšana Philips Zoom – 249 €", "/akcijas/zobu-balinasana/"),
    5: ("berni", "Bērnu zobu pārbaude un fluorēšana pirms vasaras – -20 %", "/akcijas/bernu-zobarstnieciba/"),
    6: ("berni", "Bērnu zobu pārbaude un fluorēšana pirms vasaras – -20 %", "/akcijas/bernu-zobarstnieciba/"),
    7: ("implanti", "Vasarā: implantu konsultācija un 3D datortomogrāfija bez maksas", "/akcijas/implanti/"),
    8: ("implanti", "Vasarā: implantu konsultācija un 3D datortomogrāfija bez maksas", "/akcijas/implanti/"),
    9: ("skola", "Skolas sezona: bērnu profilaktiskā apskate – 25 €", "/akcijas/bernu-zobarstnieciba/"),
    10: ("skola", "Skolas sezona: bērnu profilaktiskā apskate – 25 €", "/akcijas/bernu-zobarstnieciba/"),
    11: ("invisalign", "Black Friday: -15 % Invisalign ārstēšanai, pieraksties bezmaksas konsultācijai",
         "/akcijas/invisalign/"),
    12: ("davanas", "Dāvanu kartes svētkiem – iegādājieties reģistratūrā vai tiešsaistē", "/davanu-kartes/"),
}

REVIEWERS = ["Ilze K.", "Mārtiņš Ozols", "Anna Bērziņa", "Jānis Kalniņš", "Olga Petrova", "Kristaps L.",
             "Līga Vītola", "Dmitrijs S.", "Sanita Liepiņa", "Edgars Zariņš", "Inese Krūmiņa", "Aleksandrs M.",
             "Laura Eglīte", "Raivis Jansons", "Natālija K.", "Agnese Rozenberga", "Toms Balodis", "Elīna P."]
REVIEW_TEXTS = ["Ļoti profesionāla higiēniste, viss bez sāpēm un ātri. Noteikti nākšu vēl!",
                "Ārsts visu izskaidroja, parādīja rentgenu un piedāvāja vairākus ārstēšanas variantus.",
                "Pierakstījos tiešsaistē uz nākamo dienu, viss notika precīzi laikā.",
                "Bērns pirmo reizi negribēja iet prom no zobārsta :) Paldies!",
                "Implantācija noritēja lieliski, pēc nedēļas jau aizmirsu, ka kaut kas bija darīts.",
                "Patīkama reģistratūra, tīras telpas, laba autostāvvieta Jūrmalā.",
                "Balināšanas rezultāts pārsniedza gaidīto. Iesaku!",
                "Sāpošs zobs sestdienas rītā – pieņēma tajā pašā dienā. Liels paldies ārstei!",
                "Cenas atbilst kvalitātei, viss izskaidrots jau konsultācijā.",
                "Labākā zobārstniecība Rīgā, eju šeit jau piecus gadus."]
_REVIEW_DATES = K.pool_dates("baltaissmaids|trustindex", dt.date(2022, 6, 1), dt.date(2025, 3, 1), 4)


def _reviews(t):
    """Trustindex widget as of its last sync (the plugin refreshes the stored reviews every few days)."""
    sync = t - dt.timedelta(days=t.toordinal() % 5)
    seen = [d for d in _REVIEW_DATES if d <= sync]
    n = 286 + len(seen)
    rr = random.Random("baltaissmaids|reviews")
    cards = []
    for k, d in enumerate(_REVIEW_DATES):
        nm, tx = rr.choice(REVIEWERS), rr.choice(REVIEW_TEXTS)
        if d <= sync:
            cards.append((nm, d.strftime("%Y-%m-%d"), tx))
    rating = "4.9" if n % 7 else "4.8"
    return (n, rating, tuple(reversed(cards[-3:])))


def _open_status(t):
    """Custom shortcode in the top bar, evaluated when LiteSpeed built the cached page."""
    loc, _ = K.local(t, "lv")
    wd, hm = loc.weekday(), loc.hour * 60 + loc.minute
    hours = {0: (8, 20), 1: (8, 20), 2: (8, 20), 3: (8, 20), 4: (8, 20), 5: (9, 15)}
    if wd in hours and hours[wd][0] * 60 <= hm < hours[wd][1] * 60:
        return ("open", "Rīgas centra klīnika šobrīd atvērta · līdz %d:00" % hours[wd][1])
    d = loc.date() + dt.timedelta(days=0 if (wd in hours and hm < hours[wd][0] * 60) else 1)
    while d.weekday() not in hours:
        d += dt.timedelta(days=1)
    when = "šodien" if d == loc.date() else ("rīt" if d == loc.date() + dt.timedelta(days=1)
                                             else K.WEEKDAYS["lv"][d.weekday()])
    return ("closed", "Rīgas centra klīnika šobrīd slēgta · atveram %s %d:00" % (when, hours[d.weekday()][0]))


def noise(rng, when, i, prev):
    p = prev or {}
    # LiteSpeed serves the cached page until its TTL runs out or a purge: a capture sees a new copy, built
    # some time after the previous one (its nonce is that of the build time's 12-hour tick)
    lo = dt.datetime.strptime(p["cache"][0], "%Y-%m-%d %H:%M:%S") if p.get("cache") else when - dt.timedelta(days=3)
    lo = max(lo + dt.timedelta(minutes=1), when - dt.timedelta(days=6))
    span = max(1, int((when - lo).total_seconds()) - 60)
    built = lo + dt.timedelta(seconds=rng.randint(0, span))
    cache = (built.strftime("%Y-%m-%d %H:%M:%S"), C.hexs(rng, 10), C.hexs(rng, 10))
    loc, _ = K.local(when, "lv")
    return {
        "cache": cache,
        "open": _open_status(built),
        "promo": PROMOS[loc.month],
        "reviews": _reviews(built),
        "plugins": (K.versioned(ELEMENTOR, when, 12), K.versioned(YOAST, when, 9),
                    K.versioned(COMPLIANZ, when, 15)),
        "layout": "containers" if when >= REDESIGN else "sections",
        "pub": p.get("pub"),
    }


LABELS = {
    "cache": "LiteSpeed cache build time and the Elementor/REST nonces frozen in it",
    "open": "top bar open/closed status (evaluated at cache build)",
    "promo": "top bar promotion of the month",
    "reviews": "Trustindex Google reviews widget (count, rating, latest reviews) in the footer",
    "plugins": "plugin versions (Elementor, Elementor Pro, Yoast, Complianz banner version) in asset URLs",
    "layout": "Elementor redesign with Flexbox containers (new element ids, header, footer)",
    "pub": "page modified time (Yoast article:modified_time, Elementor post CSS ?ver)",
}


def _wp(blocks):
    """TinyMCE/wpautop output of the Elementor text-editor widget."""
    def table(rows, inl):
        head = "<tr>\n%s\n</tr>" % "\n".join('<td style="width: 50%%;"><strong>%s</strong></td>' % inl(c)
                                             for c in rows[0])
        body = "\n".join("<tr>\n%s\n</tr>" % "\n".join('<td style="width: 50%%;">%s</td>' % inl(c) for c in r)
                         for r in rows[1:])
        return ('<table style="border-collapse: collapse; width: 100%%;" border="1">\n<tbody>\n%s\n%s\n</tbody>\n'
                '</table>' % (head, body))

    def lst(kind, items, inl):
        return "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % inl(x) for x in items), kind)

    return K.render_blocks(blocks, table=table, lst=lst,
                           addr=lambda lines, inl: "<p>%s</p>" % "<br />\n".join(inl(x) for x in lines))


def _widget(eid, wtype, inner, extra=""):
    return ('<div class="elementor-element elementor-element-%s%s elementor-widget elementor-widget-%s" '
            'data-id="%s" data-element_type="widget" data-widget_type="%s.default">\n'
            '\t\t\t\t<div class="elementor-widget-container">\n%s\n\t\t\t\t</div>\n\t\t\t\t</div>'
            % (eid, extra, wtype, eid, wtype, inner))


def _ti(reviews):
    n, rating, cards = reviews
    items = "\n".join(
        '<div class="ti-review-item source-Google" data-id="%s"><div class="ti-inner"><div class="ti-review-header">'
        '<div class="ti-profile-details"><div class="ti-name">%s</div><div class="ti-date">%s</div></div></div>'
        '<span class="ti-stars"><span class="ti-star f"></span><span class="ti-star f"></span><span class="ti-star f">'
        '</span><span class="ti-star f"></span><span class="ti-star f"></span></span>'
        '<div class="ti-review-text-container ti-review-content">%s</div></div></div>'
        % (C.det_sha("ti", nm, d)[:32], K.esc(nm), d, K.esc(tx)) for nm, d, tx in cards)
    return ('<div class="ti-widget ti-goog ti-review-text-mode-readmore" data-layout-id="5" data-layout-category='
            '"slider" data-set-id="light-background" data-pid="" data-language="lv" data-review-target-width="300" '
            'data-css-version="2">\n<div class="ti-widget-container ti-col-3"><div class="ti-footer ti-footer-filter-'
            'text"><div class="ti-rating-text"><strong class="ti-rating ti-rating-large">%s</strong></div><span class='
            '"ti-stars"><span class="ti-star f"></span><span class="ti-star f"></span><span class="ti-star f"></span>'
            '<span class="ti-star f"></span><span class="ti-star f"></span></span><div class="ti-rating-text"><span '
            'class="nowrap">Pamatojoties uz <strong>%d atsauksmēm</strong></span></div></div>\n<div class='
            '"ti-reviews-container"><div class="ti-reviews-container-wrapper">\n%s\n</div></div></div></div>'
            % (rating, n, items))


MENU = [("Pakalpojumi", "/pakalpojumi/"), ("Implanti", "/pakalpojumi/implanti/"),
        ("Zobu balināšana", "/pakalpojumi/zobu-balinasana/"), ("Bērnu zobārstniecība", "/pakalpojumi/bernu-zobarstnieciba/"),
        ("Cenas", "/cenas/"), ("Speciālisti", "/specialisti/"), ("Kontakti", "/kontakti/")]


def render(state, blocks, when):
    built_s, nonce, rest_nonce = state["cache"]
    built = dt.datetime.strptime(built_s, "%Y-%m-%d %H:%M:%S")
    pub = K.publish_track(state, (state["layout"], blocks), built)
    (el, elpro), yoast, (cmplz, banner) = state["plugins"]
    pkey, ptext, purl = state["promo"]
    okey, otext = state["open"]
    new = state["layout"] == "containers"
    post_css = C.epoch(pub)
    base = "https://www.baltaissmaids.lv"
    menu = "\n".join('<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-%d"><a href="%s%s" '
                     'class="elementor-item">%s</a></li>' % (212 + 7 * k, base, u, K.esc(t))
                     for k, (t, u) in enumerate(MENU))
    policy = _wp(blocks)
    if not new:
        header = """<div data-elementor-type="header" data-elementor-id="42" class="elementor elementor-42 elementor-location-header" data-elementor-post-type="elementor_library">
		<section class="elementor-section elementor-top-section elementor-element elementor-element-1b7c33e elementor-section-boxed elementor-section-height-default" data-id="1b7c33e" data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
			<div class="elementor-container elementor-column-gap-default">
				<div class="elementor-column elementor-col-50 elementor-top-column elementor-element elementor-element-7d0a4b2" data-id="7d0a4b2" data-element_type="column">
					<div class="elementor-widget-wrap elementor-element-populated">
				%(promo)s
					</div>
				</div>
				<div class="elementor-column elementor-col-50 elementor-top-column elementor-element elementor-element-c21e9f0" data-id="c21e9f0" data-element_type="column">
					<div class="elementor-widget-wrap elementor-element-populated">
				%(open)s
					</div>
				</div>
			</div>
		</section>
		<section class="elementor-section elementor-top-section elementor-element elementor-element-5ad81f4 elementor-section-boxed elementor-section-height-default" data-id="5ad81f4" data-element_type="section" data-settings="{&quot;sticky&quot;:&quot;top&quot;}">
			<div class="elementor-container elementor-column-gap-default">
				<div class="elementor-column elementor-col-25 elementor-top-column elementor-element elementor-element-0e4f1aa" data-id="0e4f1aa" data-element_type="column">
					<div class="elementor-widget-wrap elementor-element-populated">
				%(logo)s
					</div>
				</div>
				<div class="elementor-column elementor-col-50 elementor-top-column elementor-element elementor-element-3f9b7d1" data-id="3f9b7d1" data-element_type="column">
					<div class="elementor-widget-wrap elementor-element-populated">
				%(nav)s
					</div>
				</div>
				<div class="elementor-column elementor-col-25 elementor-top-column elementor-element elementor-element-f4c0d62" data-id="f4c0d62" data-element_type="column">
					<div class="elementor-widget-wrap elementor-element-populated">
				%(cta)s
					</div>
				</div>
			</div>
		</section>
		</div>"""
        ids = {"promo": "8a2d4f1", "open": "91e6c0b", "logo": "2c5b7e9", "nav": "6e0d3a8", "cta": "b47a1c5",
               "lang": "d3e8f20"}
    else:
        header = """<div data-elementor-type="header" data-elementor-id="2315" class="elementor elementor-2315 elementor-location-header" data-elementor-post-type="elementor_library">
			<div class="elementor-element elementor-element-4c1e7b0 e-flex e-con-boxed e-con e-parent" data-id="4c1e7b0" data-element_type="container" data-settings="{&quot;background_background&quot;:&quot;classic&quot;,&quot;content_width&quot;:&quot;boxed&quot;}">
					<div class="e-con-inner">
				%(promo)s
				%(open)s
					</div>
				</div>
		<div class="elementor-element elementor-element-a93f0d2 e-flex e-con-boxed e-con e-parent" data-id="a93f0d2" data-element_type="container" data-settings="{&quot;sticky&quot;:&quot;top&quot;,&quot;content_width&quot;:&quot;boxed&quot;}">
					<div class="e-con-inner">
				%(logo)s
				%(nav)s
				%(lang)s
				%(cta)s
					</div>
				</div>
				</div>"""
        ids = {"promo": "e19c2a4", "open": "5b8d0f3", "logo": "0f2a9c7", "nav": "c6d71e8", "cta": "7a3b5e1",
               "lang": "93d4c6a"}
    header = header % {
        "promo": _widget(ids["promo"], "text-editor", '\t\t\t\t\t<p><a href="%s%s" class="bs-promo bs-promo--%s">%s</a></p>'
                         % (base, purl, pkey, K.esc(ptext))),
        "open": _widget(ids["open"], "shortcode", '\t\t<div class="elementor-shortcode"><span class="bs-open-status '
                        'bs-open-status--%s"><i class="far fa-clock" aria-hidden="true"></i> %s</span> · <a href="tel:'
                        '+37167312450">+371 67 312 450</a></div>' % (okey, K.esc(otext))),
        "logo": _widget(ids["logo"], "theme-site-logo", '\t\t\t\t\t\t\t\t\t<a href="%s/">\n\t\t\t<img width="240" height="64" '
                        'src="%s/wp-content/uploads/2022/11/baltais-smaids-logo.svg" class="attachment-full size-full '
                        'wp-image-96" alt="Baltais Smaids" />\t\t\t\t</a>' % (base, base), " elementor-widget-image"),
        "nav": _widget(ids["nav"], "nav-menu", '\t\t\t<nav class="elementor-nav-menu--main elementor-nav-menu__container '
                       'elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade">\n\t\t\t\t<ul id='
                       '"menu-1-%s" class="elementor-nav-menu">%s</ul>\t\t\t</nav>' % (ids["nav"], menu)),
        "lang": _widget(ids["lang"], "polylang-language-switcher", '<nav class="cpel-switcher__nav"><ul class='
                        '"cpel-switcher__list"><li class="cpel-switcher__lang cpel-switcher__lang--active"><a lang="lv-LV"'
                        ' hreflang="lv-LV" href="%s/privatuma-politika/">LV</a></li><li class="cpel-switcher__lang"><a '
                        'lang="ru-RU" hreflang="ru-RU" href="%s/ru/politika-konfidencialnosti/">RU</a></li><li class='
                        '"cpel-switcher__lang"><a lang="en-GB" hreflang="en-GB" href="%s/en/privacy-policy/">EN</a></li>'
                        '</ul></nav>' % (base, base, base)),
        "cta": _widget(ids["cta"], "button", '\t\t\t\t\t<div class="elementor-button-wrapper">\n\t\t\t<a class='
                       '"elementor-button elementor-button-link elementor-size-sm" href="%s/pieraksts/">\n\t\t\t\t\t\t'
                       '<span class="elementor-button-content-wrapper">\n\t\t\t\t\t\t\t\t\t<span class="elementor-button'
                       '-text">Pierakstīties vizītei</span>\n\t\t\t\t\t</span>\n\t\t\t\t\t</a>\n\t\t</div>' % base),
    }
    if not new:
        main = """<div data-elementor-type="wp-page" data-elementor-id="1187" class="elementor elementor-1187" data-elementor-post-type="page">
				<section class="elementor-section elementor-top-section elementor-element elementor-element-4a1c2b7 elementor-section-boxed elementor-section-height-default elementor-section-height-default" data-id="4a1c2b7" data-element_type="section">
						<div class="elementor-container elementor-column-gap-default">
					<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-2f81d0c" data-id="2f81d0c" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						%s
				%s
					</div>
		</div>
					</div>
		</section>
				</div>""" % (_widget("7e3a91f", "heading", '\t\t\t<h1 class="elementor-heading-title elementor-size-default">'
                                     'Privātuma politika</h1>'),
                             _widget("6b1f0e2", "text-editor", policy))
    else:
        main = """<div data-elementor-type="wp-page" data-elementor-id="1187" class="elementor elementor-1187" data-elementor-post-type="page">
				<div class="elementor-element elementor-element-1d9e4f3 e-flex e-con-boxed e-con e-parent" data-id="1d9e4f3" data-element_type="container" data-settings="{&quot;content_width&quot;:&quot;boxed&quot;}">
					<div class="e-con-inner">
				%s
				%s
					</div>
				</div>
		<div class="elementor-element elementor-element-f07b2c9 e-flex e-con-boxed e-con e-parent" data-id="f07b2c9" data-element_type="container" data-settings="{&quot;background_background&quot;:&quot;classic&quot;,&quot;content_width&quot;:&quot;boxed&quot;}">
					<div class="e-con-inner">
				%s
				%s
					</div>
				</div>
				</div>""" % (_widget("58c2a0d", "heading", '\t\t\t<h1 class="elementor-heading-title elementor-size-default">'
                                     'Privātuma politika</h1>'),
                             _widget("b39e7c1", "text-editor", policy),
                             _widget("2a6e8d4", "heading", '\t\t\t<h2 class="elementor-heading-title elementor-size-'
                                     'default">Vai jums ir jautājumi par savu datu apstrādi?</h2>'),
                             _widget("8f15c3b", "button", '\t\t\t\t\t<div class="elementor-button-wrapper">\n\t\t\t<a '
                                     'class="elementor-button elementor-button-link elementor-size-md" href="mailto:'
                                     'dpo@baltaissmaids.lv">\n\t\t\t\t\t\t<span class="elementor-button-content-wrapper">'
                                     '\n\t\t\t\t\t\t\t\t\t<span class="elementor-button-text">Rakstīt datu aizsardzības '
                                     'speciālistam</span>\n\t\t\t\t\t</span>\n\t\t\t\t\t</a>\n\t\t</div>'))
    fid = "2318" if new else "57"
    footer = """<div data-elementor-type="footer" data-elementor-id="%(fid)s" class="elementor elementor-%(fid)s elementor-location-footer" data-elementor-post-type="elementor_library">
			<div class="bs-footer-clinics">
				<div class="bs-clinic"><h4>Rīga, Centrs</h4><p>Brīvības iela 88, Rīga<br>P.–Pk. 8:00–20:00, S. 9:00–15:00<br><a href="tel:+37167312450">+371 67 312 450</a></p></div>
				<div class="bs-clinic"><h4>Rīga, Imanta</h4><p>Anniņmuižas bulvāris 38, Rīga<br>P.–Pk. 8:00–19:00<br><a href="tel:+37167312451">+371 67 312 451</a></p></div>
				<div class="bs-clinic"><h4>Jūrmala, Dubulti</h4><p>Dubultu prospekts 12, Jūrmala<br>P.–Pk. 9:00–18:00<br><a href="tel:+37167312452">+371 67 312 452</a></p></div>
			</div>
			<div class="bs-footer-reviews">%(ti)s</div>
			<div class="bs-footer-bottom"><p>© %(year)d SIA "Baltais Smaids". Visas tiesības aizsargātas.</p><ul class="bs-legal-links"><li><a href="%(base)s/privatuma-politika/">Privātuma politika</a></li><li><a href="%(base)s/sikdatnu-politika/">Sīkdatņu politika</a></li><li><a href="#" class="cmplz-show-banner">Pārvaldīt piekrišanu</a></li></ul></div>
		</div>""" % {"fid": fid, "ti": _ti(state["reviews"]), "year": built.year, "base": base}
    pub_iso = pub.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    doc = """<!doctype html>
<html lang="lv-LV">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<link rel="alternate" href="%(base)s/privatuma-politika/" hreflang="lv" />
<link rel="alternate" href="%(base)s/ru/politika-konfidencialnosti/" hreflang="ru" />
<link rel="alternate" href="%(base)s/en/privacy-policy/" hreflang="en" />

	<!-- This site is optimized with the Yoast SEO plugin v%(yoast)s - https://yoast.com/wordpress/plugins/seo/ -->
	<title>Privātuma politika - Baltais Smaids</title>
	<link rel="canonical" href="%(base)s/privatuma-politika/" />
	<meta property="og:locale" content="lv_LV" />
	<meta property="og:locale:alternate" content="ru_RU" />
	<meta property="og:locale:alternate" content="en_GB" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="Privātuma politika - Baltais Smaids" />
	<meta property="og:url" content="%(base)s/privatuma-politika/" />
	<meta property="og:site_name" content="Baltais Smaids" />
	<meta property="article:publisher" content="https://www.facebook.com/baltaissmaids" />
	<meta property="article:modified_time" content="%(pub)s" />
	<meta name="twitter:card" content="summary_large_image" />
	<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"%(base)s/privatuma-politika/","url":"%(base)s/privatuma-politika/","name":"Privātuma politika - Baltais Smaids","isPartOf":{"@id":"%(base)s/#website"},"datePublished":"2021-05-18T09:12:40+00:00","dateModified":"%(pub)s","breadcrumb":{"@id":"%(base)s/privatuma-politika/#breadcrumb"},"inLanguage":"lv-LV","potentialAction":[{"@type":"ReadAction","target":["%(base)s/privatuma-politika/"]}]},{"@type":"WebSite","@id":"%(base)s/#website","url":"%(base)s/","name":"Baltais Smaids","description":"Zobārstniecības klīnikas Rīgā un Jūrmalā","inLanguage":"lv-LV"}]}</script>
	<!-- / Yoast SEO plugin. -->


<link rel="alternate" type="application/rss+xml" title="Baltais Smaids &raquo; Plūsma" href="%(base)s/feed/" />
<link rel='stylesheet' id='cmplz-general-css' href='%(base)s/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=%(cmplz)s' media='all' />
<link rel='stylesheet' id='hello-elementor-css' href='%(base)s/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='%(base)s/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=%(el)s' media='all' />
<link rel='stylesheet' id='elementor-post-8-css' href='%(base)s/wp-content/uploads/elementor/css/post-8.css?ver=1698832211' media='all' />
<link rel='stylesheet' id='elementor-pro-css' href='%(base)s/wp-content/plugins/elementor-pro/assets/css/frontend.min.css?ver=%(elpro)s' media='all' />
<link rel='stylesheet' id='elementor-post-1187-css' href='%(base)s/wp-content/uploads/elementor/css/post-1187.css?ver=%(postcss)d' media='all' />
<link rel='stylesheet' id='elementor-post-%(hid)s-css' href='%(base)s/wp-content/uploads/elementor/css/post-%(hid)s.css?ver=%(hcss)d' media='all' />
<link rel='stylesheet' id='ti-widget-css-google-css' href='%(base)s/wp-content/uploads/trustindex-google-widget.css?ver=1700482519' media='all' />
<script src="%(base)s/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="%(base)s/wp-json/" /><link rel="alternate" type="application/json" href="%(base)s/wp-json/wp/v2/pages/1187" />
			<style>.cmplz-hidden {
					display: none !important;
				}</style>
<link rel="icon" href="%(base)s/wp-content/uploads/2022/11/cropped-favicon-32x32.png" sizes="32x32" />
</head>
<body class="privacy-policy page-template-default page page-id-1187 wp-custom-logo elementor-default elementor-kit-8 elementor-page elementor-page-1187">

<a class="skip-link screen-reader-text" href="#content">Pāriet uz saturu</a>

		%(header)s
		
<main id="content" class="site-main post-1187 page type-page status-publish hentry">

	
	<div class="page-content">
		%(main)s
		<div class="post-tags">
					</div>
			</div>

	
</main>

			%(footer)s
		
<!-- Consent Management powered by Complianz | GDPR/CCPA Cookie Consent https://wordpress.org/plugins/complianz-gdpr -->
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
	<div class="cmplz-header">
		<div class="cmplz-title" id="cmplz-header-1-optin">Pārvaldīt piekrišanu sīkdatnēm</div>
	</div>
	<div class="cmplz-body">
		<div class="cmplz-message" id="cmplz-message-1-optin">Lai nodrošinātu vislabāko pieredzi, mēs izmantojam tādas tehnoloģijas kā sīkdatnes, lai saglabātu un/vai piekļūtu ierīces informācijai.</div>
	</div>
	<div class="cmplz-buttons">
		<button class="cmplz-btn cmplz-accept">Pieņemt</button>
		<button class="cmplz-btn cmplz-deny">Noraidīt</button>
		<button class="cmplz-btn cmplz-view-preferences">Skatīt preferences</button>
	</div>
</div></div>
<script id="cmplz-cookiebanner-js-extra">
var complianz = {"prefix":"cmplz_","user_banner_id":"1","set_cookies":[],"block_ajax_content":"","banner_version":"%(banner)d","version":"%(cmplz)s","store_consent":"","do_not_track_enabled":"","consenttype":"optin","region":"eu","geoip":"","dismiss_timeout":"","disable_cookiebanner":"","soft_cookiewall":"","dismiss_on_scroll":"","cookie_expiry":"365","url":"https:\\/\\/www.baltaissmaids.lv\\/wp-json\\/complianz\\/v1\\/","locale":"lang=lv&locale=lv_LV","set_cookies_on_root":"","cookie_domain":"","current_policy_id":"18","cookie_path":"\\/","categories":{"statistics":"statistika","marketing":"m\\u0101rketings"},"tcf_active":"","placeholdertext":"Noklik\\u0161\\u0137iniet, lai pie\\u0146emtu {category} s\\u012bkdatnes un iesp\\u0113jotu \\u0161o saturu","css_file":"https:\\/\\/www.baltaissmaids.lv\\/wp-content\\/uploads\\/complianz\\/css\\/banner-{banner_id}-{type}.css?v=%(banner)d","page_links":{"eu":{"cookie-statement":{"title":"S\\u012bkdat\\u0146u politika","url":"https:\\/\\/www.baltaissmaids.lv\\/sikdatnu-politika\\/"},"privacy-statement":{"title":"Priv\\u0101tuma politika","url":"https:\\/\\/www.baltaissmaids.lv\\/privatuma-politika\\/"}}},"tm_categories":"","forceEnableStats":"","preview":"","clean_cookies":"","aria_label":"Noklik\\u0161\\u0137iniet, lai pie\\u0146emtu {category} s\\u012bkdatnes un iesp\\u0113jotu \\u0161o saturu"};
</script>
<script defer src="%(base)s/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js?ver=%(cmplz)s" id="cmplz-cookiebanner-js"></script>
<script src="%(base)s/wp-content/plugins/elementor-pro/assets/js/webpack-pro.runtime.min.js?ver=%(elpro)s" id="elementor-pro-webpack-runtime-js"></script>
<script src="%(base)s/wp-content/plugins/elementor/assets/js/webpack.runtime.min.js?ver=%(el)s" id="elementor-webpack-runtime-js"></script>
<script src="%(base)s/wp-content/plugins/elementor/assets/js/frontend-modules.min.js?ver=%(el)s" id="elementor-frontend-modules-js"></script>
<script id="wp-api-request-js-extra">
var wpApiSettings = {"root":"https:\\/\\/www.baltaissmaids.lv\\/wp-json\\/","nonce":"%(rest)s","versionString":"wp\\/v2\\/"};
</script>
<script id="elementor-pro-frontend-js-before">
var ElementorProFrontendConfig = {"ajaxurl":"https:\\/\\/www.baltaissmaids.lv\\/wp-admin\\/admin-ajax.php","nonce":"%(nonce)s","urls":{"assets":"https:\\/\\/www.baltaissmaids.lv\\/wp-content\\/plugins\\/elementor-pro\\/assets\\/","rest":"https:\\/\\/www.baltaissmaids.lv\\/wp-json\\/"},"shareButtonsNetworks":{"facebook":{"title":"Facebook","has_counter":true},"twitter":{"title":"Twitter"},"linkedin":{"title":"LinkedIn","has_counter":true}},"facebook_sdk":{"lang":"lv_LV","app_id":""},"lottie":{"defaultAnimationUrl":"https:\\/\\/www.baltaissmaids.lv\\/wp-content\\/plugins\\/elementor-pro\\/modules\\/lottie\\/assets\\/animations\\/default.json"}};
</script>
<script src="%(base)s/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=%(elpro)s" id="elementor-pro-frontend-js"></script>
<script id="elementor-frontend-js-before">
var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false,"isScriptDebug":false},"i18n":{"shareOnFacebook":"Dal\\u012bties Facebook","shareOnTwitter":"Dal\\u012bties Twitter","pinIt":"Piespraust","download":"Lejupiel\\u0101d\\u0113t"},"is_rtl":false,"breakpoints":{"xs":0,"sm":480,"md":768,"lg":1025,"xl":1440,"xxl":1600},"version":"%(el)s","is_static":false,"experimentalFeatures":{"e_dom_optimization":true,"e_optimized_assets_loading":true,"additional_custom_breakpoints":true,"container":%(container)s,"theme_builder_v2":true,"nested-elements":%(container)s},"urls":{"assets":"https:\\/\\/www.baltaissmaids.lv\\/wp-content\\/plugins\\/elementor\\/assets\\/"},"swiperClass":"swiper","settings":{"page":[],"editorPreferences":[]},"kit":{"active_breakpoints":["viewport_mobile","viewport_tablet"],"global_image_lightbox":"yes"},"post":{"id":1187,"title":"Priv%%C4%%81tuma%%20politika%%20-%%20Baltais%%20Smaids","excerpt":"","featuredImage":false}};
</script>
<script src="%(base)s/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=%(el)s" id="elementor-frontend-js"></script>

</body>
</html>

<!-- Page optimized by LiteSpeed Cache @%(built)s -->
<!-- Page cached by LiteSpeed Cache %(lsv)s on %(built)s -->
<!-- Guest Mode -->
<!-- QUIC.cloud UCSS in queue -->""" % {
        "base": base, "yoast": yoast, "pub": pub_iso, "cmplz": cmplz, "banner": banner, "el": el, "elpro": elpro,
        "postcss": post_css, "hid": "2315" if new else "42", "hcss": 1713850000 if new else 1683712043,
        "header": header, "main": main, "footer": footer, "rest": rest_nonce, "nonce": nonce,
        "container": "true" if new else "false", "built": built_s, "lsv": "5.7.0.1" if built.year < 2024 else "6.4.1"}
    return doc


PAGE = {
    "service": "Baltais Smaids",
    "url": "https://www.baltaissmaids.lv/privatuma-politika/",
    "lang": "lv",
    "platform": "WordPress 6 + Elementor Pro (Hello Elementor), LiteSpeed Cache, Polylang, Yoast, Complianz",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "LiteSpeed"), ("X-LiteSpeed-Cache", "hit"), ("Vary", "Accept-Encoding"),
                      ("Link", '<https://www.baltaissmaids.lv/wp-json/>; rel="https://api.w.org/"')],
    "n": 30,
    "start": dt.date(2023, 3, 1),
    "end": dt.date(2024, 12, 20),
    "hours": (4, 11, 19),
    "policy": POLICY,
    "first_updated": dt.date(2022, 9, 12),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.baltaissmaids.lv/privatuma-politika/",
        "select": '.elementor-element[data-id="b39e7c1"]',
    },
    "history": [
        {"fetch": "https://www.baltaissmaids.lv/privatuma-politika/",
         "select": '.elementor-element[data-id="6b1f0e2"]',
         "validUntil": "2024-04-02T05:00:00Z"},
    ],
}
