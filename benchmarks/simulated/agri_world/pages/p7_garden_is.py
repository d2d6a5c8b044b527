"""Gróðurland: an Icelandic garden-centre chain (four garden centres and a web shop), in Icelandic, on Umbraco 10
(.NET, Bootstrap 5, Umbraco Forms).

One page holds three documents in Bootstrap tabs: the privacy policy (the active pane `#personuvernd`, declared),
the web shop's terms of sale ("Skilmálar vefverslunar", pane `#skilmalar`) and the cookie notice (pane
`#vafrakokur`). Noise: the terms of sale beside the policy are revised a few times over the years (return period,
delivery fees, Dropp pick-up points: sticky, outside the declared pane but in the same `.tab-content`); per visit
the "Opið núna" / "Lokað" opening-hours badges of the four garden centres in the header (from the capture's time;
Iceland is on UTC all year, with summer and winter hours) and the Umbraco Forms newsletter form's
`__RequestVerificationToken` and `ufprt` tokens in the footer; sticky `asp-append-version` hashes of the CSS/JS.
"""
import datetime as dt
import html

import common as C

URL = "https://www.grodurland.is/personuvernd-og-skilmalar"

MAN = ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október", "nóvember",
       "desember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MAN[d.month - 1], d.year)


POLICY = """# Persónuverndarstefna Gróðurlands

Síðast uppfært: {UPDATED}

Gróðurland ehf. rekur garðyrkjuverslanir á höfuðborgarsvæðinu, á Akureyri og á Selfossi, auk vefverslunarinnar grodurland.is. Okkur er annt um persónuvernd viðskiptavina okkar og leggjum áherslu á að meðferð perónuupplýsinga sé ávallt í samræmi við lög nr. 90/2018 um persónuvernd og vinnslu persónuupplýsinga og almennu persónuverndarreglugerðina (ESB) 2016/679.

Í stefnu þessari kemur fram hvaða upplýsingum við söfnum, í hvaða tilgangi, hversu lengi þær eru varðveittar og hvaða réttindi þú átt.

## Ábyrgðaraðili

@ Gróðurland ehf.
@ kt. 540612-0870
@ Stekkjarbakka 6, 109 Reykjavík
@ Sími: 554 1400
@ Netfang: personuvernd@grodurland.is

Gróðurland hefur tilnefnt persónuverndarfulltrúa sem hefur eftirlit með því að farið sé að persónuverndarlögum innan fyrirtækisins. Hægt er að hafa samband við hann á netfanginu personuvernd@grodurland.is eða bréfleiðis á heimilisfang okkar, merkt „Persónuverndarfulltrúi“.

## Hvaða upplýsingum söfnum við?

### Þegar þú verslar í vefverslun

- nafn, kennitölu, heimilisfang, netfang og símanúmer;
- upplýsingar um pantanir, greiðslumáta og afhendingu;
- samskipti við þjónustuver, t.d. vegna skila eða kvartana.

Kortaupplýsingar eru slegnar inn á greiðslusíðu færsluhirðis og berast okkur aldrei.

### Græni klúbburinn

Ef þú skráir þig í vildarklúbbinn okkar, Græna klúbbinn, vistum við nafn, kennitölu, netfang, símanúmer og kaupsögu þína, bæði úr vefverslun og úr verslunum þegar þú gefur upp kennitölu við kassa. Kaupsagan er notuð til að reikna afslátt og til að senda þér tilboð og garðyrkjuráð sem henta þér, t.d. áminningu um að klippa rósir á vorin eða bera áburð á grasflötina.

### Garðráðgjöf og gróðursetningarþjónusta

Þegar þú pantar garðráðgjöf, trjáklippingu eða gróðursetningu skráum við heimilisfang garðsins, lýsingu á verkinu og myndir sem þú sendir okkur eða garðyrkjufræðingur okkar tekur á staðnum.

### Þegar þú heimsækir vefinn

Við notum vafrakökur til að vefverslunin virki, t.d. til að muna hvað er í körfunni, og, með þínu samþykki, til vefmælinga og markaðssetningar. Nánari upplýsingar eru á flipanum Vafrakökur hér að ofan.

### Starfsumsóknir

Á hverju vori ráðum við fjölda sumarstarfsmanna í verslanir og gróðrarstöðvar. Þegar þú sækir um starf vistum við umsókn þína, ferilskrá og upplýsingar um meðmælendur. Við höfum aðeins samband við meðmælendur með þínu leyfi. Umsóknum þeirra sem ekki eru ráðnir er eytt sex mánuðum eftir að ráðningu lýkur, nema þú óskir eftir að umsóknin gildi lengur.

### Gjafabréf

Gjafabréf Gróðurlands eru gefin út með einkvæmu númeri. Ef gjafabréf er keypt í vefverslun vistum við nafn og netfang kaupanda og, ef hann kýs, nafn viðtakanda og kveðju sem fylgir gjafabréfinu.

## Tilgangur og heimildir vinnslu

| Tilgangur | Heimild | Varðveislutími |
| Afgreiðsla pantana og skila | samningur | 4 ár frá kaupum |
| Bókhald og reikningar | lagaskylda (lög nr. 145/1994 um bókhald) | 7 ár frá lokum reikningsárs |
| Græni klúbburinn | samþykki | þar til þú segir þig úr klúbbnum |
| Fréttabréf og tilboð | samþykki | þar til þú afskráir þig |
| Garðráðgjöf og gróðursetning | samningur | 3 ár frá verklokum |
| Vefmælingar | samþykki | 14 mánuðir |

Í sumum tilvikum byggir vinnsla á lögmætum hagsmunum okkar, t.d. þegar við notum samantekin sölugögn, án nafna, til að skipuleggja vöruúrval og innkaup fyrir næsta vor, eða þegar við rannsökum grun um svik í vefverslun. Þú getur andmælt slíkri vinnslu með því að hafa samband við okkur.

## Samfélagsmiðlar og ljósmyndakeppni

Við höldum úti síðum á Facebook og Instagram. Þegar þú fylgir okkur, skrifar athugasemdir eða sendir okkur skilaboð þar vinnur Meta upplýsingarnar samkvæmt eigin persónuverndarstefnu og við berum sameiginlega ábyrgð á tölfræði um síðurnar. Í ljósmyndakeppninni „Garður sumarsins“ birtum við myndir, nafn og sveitarfélag þátttakenda á vef okkar og samfélagsmiðlum, en aðeins með samþykki þeirra sem senda inn myndir.

## Miðlun til þriðju aðila

Við seljum aldrei persónuupplýsingar. Við notum vinnsluaðila sem vinna upplýsingar eingöngu samkvæmt fyrirmælum okkar og á grundvelli vinnslusamninga:

| Vinnsluaðili | Þjónusta | Staðsetning |
| Valitor hf. | færsluhirðing og kortagreiðslur | Ísland |
| Netgíró hf. | greiðsludreifing | Ísland |
| Íslandspóstur ohf. | heimsending pantana | Ísland |
| DK hugbúnaður ehf. | bókhalds- og sölukerfi | Ísland |
| Advania Ísland ehf. | hýsing vefverslunar | Ísland |
| Mailchimp (Intuit Inc.) | fréttabréf | Bandaríkin |
| Google Ireland Ltd. | Google Analytics | Írland |

Ef þú pantar heimsendingu á tré eða stærri plöntum fær flutningsaðili nafn þitt, heimilisfang og símanúmer til að geta haft samband við þig um afhendingu. Upplýsingar kunna einnig að vera afhentar lögreglu eða öðrum stjórnvöldum ef lög krefjast þess.

## Flutningur út fyrir EES

Mailchimp og Google geta unnið upplýsingar í Bandaríkjunum. Slíkur flutningur byggist á gagnaverndarramma ESB og Bandaríkjanna eða stöðluðum samningsákvæðum framkvæmdastjórnar Evrópusambandsins.

## Réttindi þín

Þú átt rétt á að:

- fá aðgang að þeim persónuupplýsingum sem við vinnum um þig;
- fá rangar upplýsingar leiðréttar;
- fá upplýsingum eytt, nema okkur sé skylt að varðveita þær;
- andmæla vinnslu og fá hana takmarkaða;
- fá upplýsingar afhentar á tölvutæku formi;
- draga samþykki þitt til baka hvenær sem er.

Til að tryggja að upplýsingar berist ekki röngum aðila kunnum við að biðja þig um að staðfesta hver þú ert, t.d. með rafrænum skilríkjum, áður en við afgreiðum beiðni. Afgreiðsla beiðna er þér að kostnaðarlausu.

Beiðnir skal senda á [personuvernd@grodurland.is](mailto:personuvernd@grodurland.is). Við svörum innan mánaðar frá móttöku beiðni. Ef þú telur að vinnsla okkar brjóti gegn lögum getur þú sent kvörtun til Persónuverndar:

@ Persónuvernd
@ Rauðarárstíg 10, 105 Reykjavík
@ postur@personuvernd.is

## Öryggi upplýsinga

Við gerum viðeigandi tæknilegar og skipulagslegar ráðstafanir til að vernda persónuupplýsingar, svo sem dulkóðun, aðgangsstýringar og reglulega yfirferð á aðgangi starfsmanna. Starfsmenn eru bundnir trúnaði um allar persónuupplýsingar sem þeir fá vitneskju um í starfi.

## Sjálfvirk ákvarðanataka

Við tökum engar ákvarðanir um þig sem byggjast eingöngu á sjálfvirkri vinnslu. Tilboð í Græna klúbbnum eru sniðin að kaupsögu þinni en hafa engin réttaráhrif á þig og þú getur alltaf afþakkað þau.

## Börn

Vefverslunin er ekki ætluð einstaklingum yngri en 18 ára og við skráum ekki börn í Græna klúbbinn.

## Breytingar

Gróðurland getur breytt persónuverndarstefnunni hvenær sem er. Ný útgáfa tekur gildi við birtingu á vefnum og dagsetning síðustu breytingar kemur fram efst í stefnunni.
"""

EDITS = [
    {"note": "typo fixed (perónuupplýsinga -> persónuupplýsinga)", "bump": False,
     "repl": [("meðferð perónuupplýsinga", "meðferð persónuupplýsinga")]},
    {"note": "card acquirer renamed in the processors table (Valitor hf. -> Rapyd Europe hf.)",
     "repl": [("| Valitor hf. | færsluhirðing og kortagreiðslur | Ísland |",
               "| Rapyd Europe hf. | færsluhirðing og kortagreiðslur | Ísland |")]},
    {"note": "processor added: Dropp (parcel pick-up points)",
     "repl": [("| Íslandspóstur ohf. | heimsending pantana | Ísland |",
               "| Íslandspóstur ohf. | heimsending pantana | Ísland |\n"
               "| Dropp ehf. | afhending pantana á afhendingarstöðum | Ísland |")]},
    {"note": "section added: CCTV in the garden centres (rafræn vöktun)",
     "repl": [("## Öryggi upplýsinga\n",
               "## Rafræn vöktun\n\n"
               "Í verslunum okkar og á lóðum við þær eru öryggismyndavélar í því skyni að tryggja öryggi "
               "viðskiptavina og starfsmanna og verja eignir. Merkingar um rafræna vöktun eru við alla innganga. "
               "Upptökur eru varðveittar í 30 daga, nema þær þurfi vegna rannsóknar á slysi eða refsiverðum "
               "verknaði.\n\n## Öryggi upplýsinga\n")]},
    {"note": "retention of garden-service records shortened (3 -> 2 years)",
     "repl": [("| Garðráðgjöf og gróðursetning | samningur | 3 ár frá verklokum |",
               "| Garðráðgjöf og gróðursetning | samningur | 2 ár frá verklokum |")]},
    {"note": "head office moved (Stekkjarbakka 6, Reykjavík -> Smáratorgi 3, Kópavogi)",
     "repl": [("@ Stekkjarbakka 6, 109 Reykjavík", "@ Smáratorgi 3, 201 Kópavogi")]},
]

# ---------------------------------------------------------------- the terms of sale beside the policy (noise)

TERMS = [
    # (valid from, return days, delivery fee, free delivery over, dropp)
    (dt.datetime(2000, 1, 1), 14, "1.990", "15.000", False),
    (dt.datetime(2023, 3, 20), 30, "1.990", "15.000", False),
    (dt.datetime(2024, 5, 2), 30, "2.490", "20.000", True),
    (dt.datetime(2025, 2, 10), 30, "2.490", "20.000", True),
]


def _terms_html(rev):
    _, days, fee, free, dropp = rev
    dropp_p = ("<li>Afhending á afhendingarstöðum Dropp um allt land kostar 990 kr. og er pöntun yfirleitt "
               "tilbúin næsta virka dag.</li>" if dropp else "")
    plants = ("<p>Lifandi plöntur, tré og runnar eru með eins árs lífsábyrgð ef þeim er plantað samkvæmt "
              "leiðbeiningum okkar og kassakvittun er framvísað.</p>" if rev[0] >= dt.datetime(2025, 2, 10) else "")
    return ("<h2>Skilmálar vefverslunar</h2>"
            "<p>Skilmálar þessir gilda um kaup á vörum í vefverslun Gróðurlands ehf., kt. 540612-0870. Með því að "
            "staðfesta pöntun samþykkir kaupandi skilmálana.</p>"
            "<h3>Verð og greiðsla</h3><p>Öll verð eru í íslenskum krónum með virðisaukaskatti. Hægt er að greiða með "
            "greiðslukorti, Netgíró eða millifærslu. Gróðurland áskilur sér rétt til að hætta við pöntun ef verð er "
            "rangt skráð.</p>"
            "<h3>Afhending</h3><ul><li>Pantanir má sækja í allar verslanir okkar án endurgjalds.</li>"
            "<li>Heimsending á höfuðborgarsvæðinu kostar %s kr. en er frí ef pantað er fyrir %s kr. eða meira.</li>%s"
            "<li>Tré og stærri plöntur eru afhent af bílstjóra okkar eftir samkomulagi.</li></ul>"
            "<h3>Skilaréttur</h3><p>Kaupandi hefur %d daga skilarétt á ónotaðri vöru gegn framvísun kvittunar. "
            "Lifandi plöntum, mold og áburði í opnuðum umbúðum er ekki hægt að skila nema þær séu gallaðar.</p>%s"
            "<h3>Lög og varnarþing</h3><p>Um skilmálana gilda íslensk lög. Rísi ágreiningur má leita til "
            "Kærunefndar vöru- og þjónustukaupa.</p>" % (fee, free, dropp_p, days, plants))


COOKIES_HTML = ("<h2>Vafrakökur</h2><p>Vafrakaka er lítil textaskrá sem vistast í tækinu þínu. Nauðsynlegar "
                "vafrakökur halda utan um körfu og innskráningu. Vefmælingakökur (Google Analytics) og "
                "markaðskökur (Meta) eru aðeins notaðar með samþykki þínu, sem þú getur breytt hvenær sem er með "
                "hnappnum „Stillingar vafrakaka“ neðst á síðunni.</p>"
                "<table class=\"table table-sm\"><thead><tr><th>Nafn</th><th>Tilgangur</th><th>Gildistími</th></tr>"
                "</thead><tbody><tr><td>.AspNetCore.Antiforgery</td><td>öryggi eyðublaða</td><td>lota</td></tr>"
                "<tr><td>basket</td><td>innihald körfu</td><td>30 dagar</td></tr><tr><td>_ga</td><td>Google "
                "Analytics</td><td>2 ár</td></tr><tr><td>_fbp</td><td>Meta Pixel</td><td>3 mánuðir</td></tr>"
                "</tbody></table>")

# ---------------------------------------------------------------- noise

STORES = [("Stekkjarbakka", "Reykjavík", "stekkjarbakki"), ("Smáratorgi", "Kópavogi", "smaratorg"),
          ("Glerártorgi", "Akureyri", "akureyri"), ("Austurvegi", "Selfossi", "selfoss")]


def _hours(d, store):
    summer = 5 <= d.month <= 8
    wd = d.weekday()
    if summer:
        h = (10, 21) if wd < 5 else (10, 19)
    else:
        h = (10, 18) if wd < 5 else ((11, 17) if wd == 5 else (12, 17))
    if store >= 2 and not summer:
        h = (h[0], min(h[1], 18 if wd < 5 else 16))
    return h


def noise(rng, when, i, prev):
    p = prev or {}
    badges = []
    for k in range(len(STORES)):
        o, c = _hours(when, k)
        t = when.hour + when.minute / 60
        badges.append((o <= t < c, o, c))
    rev = max(j for j, r in enumerate(TERMS) if r[0] <= when)
    build = C.keep_or(rng, p.get("build"), 0.15, lambda: {
        "css": C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        "js": C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        "media": "%x" % (0x1d9000000000000 + rng.randint(0, 0xfffffffffff))})
    return {"hours": badges, "terms": rev,
            "tokens": {"rvt": "CfDJ8" + C.alnum(rng, 150, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                       "ufprt": "CfDJ8" + C.alnum(rng, 320, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")},
            "build": build}


LABELS = {"hours": "'Opið núna'/'Lokað' badges of the four garden centres (header)",
          "terms": "terms of sale in the neighbouring tab revised (outside #personuvernd)",
          "tokens": "__RequestVerificationToken / ufprt of the newsletter form (footer)",
          "build": "asp-append-version hashes / media cache-busters"}

# ---------------------------------------------------------------- render


def render(state, blocks, when):
    b = state["build"]
    tok = state["tokens"]
    policy_html = []
    for blk in blocks:
        if blk[0] == "table":
            policy_html.append('<div class="table-responsive">%s</div>' % C.block_html(blk, {"table": "table table-striped"}))
        else:
            policy_html.append(C.block_html(blk))
    badges = []
    for (name, town, slug), (open_, o, c) in zip(STORES, state["hours"]):
        if open_:
            st = '<span class="badge rounded-pill bg-success">Opið núna</span> <span class="store-hours__until">til %d:00</span>' % c
        else:
            st = '<span class="badge rounded-pill bg-secondary">Lokað</span> <span class="store-hours__until">opnar kl. %d:00</span>' % o
        badges.append('<li class="store-hours__item"><a class="dropdown-item" href="/verslanir/%s"><span '
                      'class="store-hours__name">%s, %s</span> %s</a></li>'
                      % (slug, html.escape(name), html.escape(town), st))
    any_open = any(x[0] for x in state["hours"])
    form_id = "7d0f1c2e-3b4a-4c5d-9e8f-a1b2c3d4e5f6"
    media_v = b["media"]
    return """<!DOCTYPE html>
<html lang="is">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Persónuvernd og skilmálar | Gróðurland</title>
    <meta name="description" content="Persónuverndarstefna, skilmálar vefverslunar og upplýsingar um vafrakökur hjá Gróðurlandi." />
    <link rel="canonical" href="%(url)s" />
    <meta property="og:title" content="Persónuvernd og skilmálar" />
    <meta property="og:image" content="https://www.grodurland.is/media/q3lbx2fw/grodurland-og.jpg?width=1200&amp;height=630&amp;v=%(mv)s" />
    <link rel="icon" href="/favicon.ico" />
    <link rel="stylesheet" href="/css/site.min.css?v=%(css)s" />
    <script id="CookieDeclaration" src="https://consent.cookiebot.com/uc.js" data-cbid="a7c2e91f-5d04-4b3e-8f61-2c9d0e7b4a15" data-culture="IS" type="text/javascript" async></script>
    <!-- Google Tag Manager -->
    <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-W4R8KQ2');</script>
</head>
<body class="page-textpage">
    <a class="visually-hidden-focusable" href="#main">Fara beint í efni</a>
    <div class="topbar bg-dark text-white small">
        <div class="container d-flex justify-content-between align-items-center">
            <span>Frí heimsending á höfuðborgarsvæðinu yfir ákveðinni upphæð &middot; <a class="link-light" href="/heimsending">Nánar</a></span>
            <div class="dropdown store-hours">
                <button class="btn btn-sm btn-link link-light dropdown-toggle" type="button" data-bs-toggle="dropdown" aria-expanded="false">%(summary)s</button>
                <ul class="dropdown-menu dropdown-menu-end store-hours__list">%(badges)s</ul>
            </div>
        </div>
    </div>
    <header class="site-header border-bottom">
        <nav class="navbar navbar-expand-lg navbar-light">
            <div class="container">
                <a class="navbar-brand" href="/"><img src="/media/lx0dkp3c/grodurland-logo.svg?v=%(mv)s" alt="Gróðurland" width="190" height="48" /></a>
                <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="Valmynd"><span class="navbar-toggler-icon"></span></button>
                <div class="collapse navbar-collapse" id="mainNav">
                    <ul class="navbar-nav me-auto">
                        <li class="nav-item"><a class="nav-link" href="/plontur">Plöntur</a></li>
                        <li class="nav-item"><a class="nav-link" href="/tre-og-runnar">Tré og runnar</a></li>
                        <li class="nav-item"><a class="nav-link" href="/fraeog-laukar">Fræ og laukar</a></li>
                        <li class="nav-item"><a class="nav-link" href="/mold-og-aburdur">Mold og áburður</a></li>
                        <li class="nav-item"><a class="nav-link" href="/gardahold">Garðáhöld</a></li>
                        <li class="nav-item"><a class="nav-link" href="/gardradgjof">Garðráðgjöf</a></li>
                    </ul>
                    <form class="d-flex" role="search" action="/leit" method="get"><input class="form-control me-2" type="search" name="q" placeholder="Leita í vefverslun" aria-label="Leita" /></form>
                    <a class="btn btn-outline-success ms-2" href="/karfa" aria-label="Karfa"><i class="bi bi-basket"></i> <span class="basket-count">0</span></a>
                </div>
            </div>
        </nav>
    </header>
    <main id="main" class="container py-5">
        <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Forsíða</a></li><li class="breadcrumb-item active" aria-current="page">Persónuvernd og skilmálar</li></ol></nav>
        <ul class="nav nav-tabs legal-tabs" id="legalTabs" role="tablist">
            <li class="nav-item" role="presentation"><button class="nav-link active" id="personuvernd-tab" data-bs-toggle="tab" data-bs-target="#personuvernd" type="button" role="tab" aria-controls="personuvernd" aria-selected="true">Persónuverndarstefna</button></li>
            <li class="nav-item" role="presentation"><button class="nav-link" id="skilmalar-tab" data-bs-toggle="tab" data-bs-target="#skilmalar" type="button" role="tab" aria-controls="skilmalar" aria-selected="false">Skilmálar vefverslunar</button></li>
            <li class="nav-item" role="presentation"><button class="nav-link" id="vafrakokur-tab" data-bs-toggle="tab" data-bs-target="#vafrakokur" type="button" role="tab" aria-controls="vafrakokur" aria-selected="false">Vafrakökur</button></li>
        </ul>
        <div class="tab-content legal-tabs__content pt-4" id="legalTabsContent">
            <div class="tab-pane fade show active" id="personuvernd" role="tabpanel" aria-labelledby="personuvernd-tab" tabindex="0">
                <div class="umb-block-grid__layout-item"><div class="rte">
                %(policy)s
                </div></div>
            </div>
            <div class="tab-pane fade" id="skilmalar" role="tabpanel" aria-labelledby="skilmalar-tab" tabindex="0">
                <div class="umb-block-grid__layout-item"><div class="rte">%(terms)s</div></div>
            </div>
            <div class="tab-pane fade" id="vafrakokur" role="tabpanel" aria-labelledby="vafrakokur-tab" tabindex="0">
                <div class="umb-block-grid__layout-item"><div class="rte">%(cookies)s</div></div>
            </div>
        </div>
    </main>
    <footer class="site-footer bg-success-subtle pt-5 pb-4">
        <div class="container">
            <div class="row g-4">
                <div class="col-md-4">
                    <h2 class="h5">Gróðurland</h2>
                    <p>Garðyrkjuverslanir í Reykjavík, Kópavogi, á Akureyri og Selfossi.<br />Sími 554 1400 &middot; <a href="mailto:grodurland@grodurland.is">grodurland@grodurland.is</a></p>
                </div>
                <div class="col-md-4">
                    <h2 class="h5">Þjónusta</h2>
                    <ul class="list-unstyled"><li><a href="/personuvernd-og-skilmalar">Persónuvernd og skilmálar</a></li><li><a href="/skil-og-skipti">Skil og skipti</a></li><li><a href="/graeni-klubburinn">Græni klúbburinn</a></li><li><a href="javascript:Cookiebot.renew()">Stillingar vafrakaka</a></li></ul>
                </div>
                <div class="col-md-4">
                    <h2 class="h5">Fréttabréf</h2>
                    <div id="umbraco_form_%(fidn)s" class="umbraco-forms-form frettabref umbraco-forms-bootstrap5">
<form action="/personuvernd-og-skilmalar" enctype="multipart/form-data" id="form%(fidn)s" method="post" name="form%(fidn)s">                        <input type="hidden" name="FormId" value="%(fid)s" />
                        <input type="hidden" name="FormName" value="Fr&#xE9;ttabr&#xE9;f" />
                        <input type="hidden" name="RecordId" value="" />
                        <input type="hidden" name="PreviousClicked" value="" />
                        <input type="hidden" name="Theme" value="bootstrap5" />
                        <div class="umbraco-forms-page" id="1c5b9e07-2f3d-4a86-b1e0-7d4c2a9f8e31">
                            <div class="umbraco-forms-field netfang shortanswer mandatory"><label for="a3e4f5d6-7b8c-4d9e-a0f1-b2c3d4e5f607" class="umbraco-forms-label">Netfang <span class="umbraco-forms-indicator">*</span></label><div class="umbraco-forms-field-wrapper"><input type="email" name="a3e4f5d6-7b8c-4d9e-a0f1-b2c3d4e5f607" id="a3e4f5d6-7b8c-4d9e-a0f1-b2c3d4e5f607" class="text form-control" value="" maxlength="500" data-val="true" data-val-required="Vinsamlegast sláðu inn netfang" /></div></div>
                            <div class="umbraco-forms-navigation row-fluid"><input type="submit" class="btn btn-success" value="Skrá mig" name="__next" data-form-navigate="next" /></div>
                        </div>
<input name="__RequestVerificationToken" type="hidden" value="%(rvt)s" /><input name="ufprt" type="hidden" value="%(ufprt)s" /></form>
                    </div>
                </div>
            </div>
            <p class="small text-muted mt-4 mb-0">&copy; %(year)d Gróðurland ehf. &middot; kt. 540612-0870</p>
        </div>
    </footer>
    <script src="/lib/bootstrap/dist/js/bootstrap.bundle.min.js"></script>
    <script src="/App_Plugins/UmbracoForms/Assets/themes/default/umbracoforms.min.js" type="application/javascript" defer></script>
    <script src="/js/site.min.js?v=%(js)s"></script>
</body>
</html>
""" % {"url": URL, "css": b["css"], "js": b["js"], "mv": media_v, "badges": "".join(badges),
       "summary": "Opnunartímar: opið núna" if any_open else "Opnunartímar: lokað núna",
       "policy": "\n                ".join(policy_html), "terms": _terms_html(TERMS[state["terms"]]),
       "cookies": COOKIES_HTML, "fid": form_id, "fidn": form_id.replace("-", ""), "rvt": tok["rvt"],
       "ufprt": tok["ufprt"], "year": when.year}


PAGE = {
    "service": "Gróðurland",
    "url": URL,
    "lang": "is",
    "platform": "Umbraco 10 (.NET 6, Bootstrap 5 tabs, Umbraco Forms)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Microsoft-IIS/10.0"), ("X-Powered-By", "ASP.NET"), ("Cache-Control", "no-cache, no-store"),
                      ("X-Frame-Options", "SAMEORIGIN")),
    "n": 30,
    "start": dt.date(2022, 4, 4),
    "end": dt.date(2025, 6, 2),
    "hours": (0, 9, 12, 15, 19),
    "policy": POLICY,
    "first_updated": dt.date(2022, 2, 15),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#personuvernd"},
}
