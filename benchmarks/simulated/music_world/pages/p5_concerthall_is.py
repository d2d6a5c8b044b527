"""Sónhöll, a concert and conference hall in Reykjavík: its privacy policy in Icelandic on an Umbraco 11/13 site (ASP.NET
Core, Block Grid rendered by Umbraco's default partials). Volatile: the editors placed an "upcomingEventsBlock" (next
concerts, each with 'Aðeins N miðar eftir' / 'Uppselt') in the right column of the same Block Grid as the policy's
rich-text and table blocks; the curator selects `.umb-block-grid` and removes that block. Outside the grid: the
antiforgery token of the footer's newsletter form (per request) and `asp-append-version` hashes (deploys)."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import mukit as K  # noqa: E402

C = K.C
URL = "https://www.sonholl.is/um-okkur/personuvernd"

POLICY = """
# Persónuverndarstefna Sónhallar

{UPDATED}

Sónhöll ohf. (hér eftir „Sónhöll“, „við“ eða „okkur“) rekur tónlistar- og ráðstefnuhúsið Sónhöll við Bryggjugötu í Reykjavík. Við leggjum mikla áherslu á að vernda persónuupplýsingar gesta okkar, listamanna, viðskiptavina og annarra sem eiga í samskiptum við okkur. Í þessari stefnu er útskýrt hvaða persónuupplýsingum við söfnum, í hvaða tilgangi, hversu lengi þær eru varðveittar og hvaða réttindi þú átt samkvæmt lögum nr. 90/2018 um persónuvernd og vinnslu persónuupplýsinga og almennu persónuverndarreglugerðinni (ESB) 2016/679.

## Ábyrgðaraðili

Sónhöll ohf., kt. 540912-0780, Bryggjugötu 12, 101 Reykjavík, er ábyrgðaraðili þeirrar vinnslu persónuupplýsinga sem lýst er í þessari stefnu. Við höfum skipað persónuverndarfulltrúa sem hægt er að hafa samband við vegna allra mála sem varða vinnslu persónuupplýsnga.

## Hvaða upplýsingum söfnum við?

| Flokkur upplýsinga | Dæmi | Tilgangur |
| Samskiptaupplýsingar | Nafn, netfang, símanúmer, heimilisfang | Miðasala, þjónusta við gesti, fréttabréf |
| Kaupsaga | Keyptir miðar, sæti, dagsetningar viðburða, gjafakort | Afhending miða, endurgreiðslur, bókhald |
| Greiðsluupplýsingar | Tegund korts og síðustu fjórir stafir kortanúmers | Greiðslur og endurgreiðslur |
| Myndefni | Upptökur úr öryggismyndavélum í og við húsið | Öryggi gesta, starfsfólks og eigna |
| Tæknilegar upplýsingar | IP-tala, tegund vafra og tækis, vafrakökur | Rekstur og greining vefsins |

Við vinnum ekki með viðkvæmar persónuupplýsingar nema þú látir okkur þær sjálf í té, til dæmis ef þú óskar eftir hjólastólastæði, tónmöskva eða annarri aðstoð vegna fötlunar. Slíkar upplýsingar eru eingöngu notaðar til að veita umbeðna þjónustu.

## Miðasala

Miðasala á viðburði í Sónhöll fer fram á vef okkar, í miðasölu hússins og í gegnum samstarfsaðila okkar, Tix miðasölu ehf. Þegar þú kaupir miða vinnum við með nafn þitt, netfang og símanúmer til að senda þér miðana, tilkynna þér um breytingar á viðburðum, til dæmis ef tónleikum er frestað eða þeir falla niður, og til að endurgreiða miða ef þörf krefur. Lagagrundvöllur vinnslunnar er samningur við þig.

Ef þú kaupir miða fyrir aðra, til dæmis fjölskyldu eða hóp, berð þú ábyrgð á að upplýsa þá um að upplýsingar um þá hafi verið veittar okkur.

## Fréttabréf og markaðssetning

Við sendum fréttabréf um væntanlega tónleika, forsölu og tilboð aðeins til þeirra sem hafa skráð sig á póstlista okkar. Þú getur afskráð þig hvenær sem er með því að smella á hlekk neðst í hverju fréttabréfi. Við notum upplýsingar um fyrri miðakaup til að senda þér efni sem við teljum að höfði til þín, en aðeins ef þú hefur veitt samþykki fyrir því.

## Rafræn vöktun

Í og við Sónhöll eru öryggismyndavélar í anddyri, miðasölu, á bílastæði og við starfsmannainngang. Tilgangur vöktunarinnar er að tryggja öryggi gesta, listamanna og starfsfólks og að vernda eignir. Merkingar um rafræna vöktun eru við alla innganga. Upptökur eru varðveittar í 30 daga og þeim síðan eytt, nema þær þurfi að afhenda lögreglu vegna rannsóknar máls. Engin vöktun fer fram í tónleikasölum meðan á viðburðum stendur.

## Vafrakökur

Vefurinn sonholl.is notar nauðsynlegar vafrakökur til að halda utan um innkaupakörfu og innskráningu, auk vafrakakna til tölfræðigreiningar og markaðssetningar. Vafrakökur sem ekki eru nauðsynlegar eru aðeins vistaðar ef þú samþykkir þær í vafrakökuborðanum. Þú getur breytt stillingum þínum hvenær sem er með því að smella á „Vafrakökustillingar“ neðst á síðunni.

## Listamenn og verktakar

Við vinnum með upplýsingar um listamenn, umboðsmenn og verktaka sem koma fram eða starfa í Sónhöll, svo sem nöfn, samskiptaupplýsingar, bankaupplýsingar og upplýsingar sem nauðsynlegar eru vegna skattskila og greiðslu höfundarréttargjalda til STEFs. Vinnslan byggir á samningi við viðkomandi og lagaskyldu. Ljósmyndir og kynningarefni listamanna eru eingöngu notuð til að kynna viðkomandi viðburð.

## Öryggi upplýsinga

Við gerum viðeigandi tæknilegar og skipulagslegar ráðstafanir til að vernda persónuupplýsingar gegn óleyfilegum aðgangi, glötun eða breytingum. Aðgangur starfsfólks er takmarkaður við þá sem þurfa á upplýsingunum að halda vegna starfa sinna, og allir starfsmenn eru bundnir trúnaði.

## Miðlun til þriðju aðila

Við seljum aldrei persónuupplýsingar. Við kunnum að miðla upplýsingum til eftirfarandi vinnsluaðila sem vinna þær eingöngu samkvæmt fyrirmælum okkar:

| Vinnsluaðili | Hlutverk | Staðsetning |
| Tix miðasala ehf. | Miðasölukerfi | Ísland |
| Rapyd Europe hf. | Greiðslumiðlun | Ísland |
| Mailchimp (Intuit Inc.) | Útsending fréttabréfa | Bandaríkin |
| Microsoft Ireland Operations Ltd. | Tölvupóstur og skjalavistun (Microsoft 365) | Írland |
| Securitas hf. | Rekstur öryggismyndavéla | Ísland |

Þegar upplýsingar eru fluttar út fyrir Evrópska efnahagssvæðið tryggjum við að til staðar séu viðeigandi verndarráðstafanir, til dæmis stöðluð samningsákvæði framkvæmdastjórnar ESB.

## Varðveislutími

- Upplýsingar um miðakaup og bókhaldsgögn eru varðveitt í sjö ár í samræmi við lög um bókhald.
- Upplýsingar á póstlista eru varðveittar þar til þú afskráir þig.
- Upptökur úr öryggismyndavélum eru varðveittar í 30 daga.
- Fyrirspurnir til þjónustuvers eru varðveittar í tvö ár.

## Réttindi þín

Þú átt rétt á að:

- fá upplýsingar um og aðgang að þeim persónuupplýsingum sem við vinnum um þig;
- fá rangar eða ófullkomnar upplýsingar leiðréttar;
- fá upplýsingum eytt, að því marki sem lög leyfa;
- andmæla vinnslu eða fara fram á að hún verði takmörkuð;
- fá upplýsingar afhentar á tölvutæku formi (flutningsréttur);
- draga samþykki þitt til baka hvenær sem er.

Við svörum beiðnum innan eins mánaðar. Ef þú telur að vinnsla okkar brjóti gegn lögum getur þú lagt fram kvörtun til Persónuverndar ([www.personuvernd.is](https://www.personuvernd.is)).

## Hafðu samband

@ Persónuverndarfulltrúi Sónhallar
@ Sónhöll ohf.
@ Bryggjugötu 12, 101 Reykjavík
@ Netfang: personuvernd@sonholl.is
@ Sími: 528 5000

## Breytingar á stefnunni

Við kunnum að uppfæra þessa persónuverndarstefnu, til dæmis vegna breytinga á lögum eða starfsemi okkar. Nýjasta útgáfan er ávallt aðgengileg á þessari síðu og dagsetning síðustu breytingar kemur fram efst.
"""

MONTHS = ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október", "nóvember",
          "desember"]


def fmt_date(d):
    return "Síðast uppfært: %d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "typo fixed: persónuupplýsnga -> persónuupplýsinga, date not changed",
     "repl": [("vinnslu persónuupplýsnga.", "vinnslu persónuupplýsinga.")], "bump": False},
    {"note": "sentence added on named tickets against resale",
     "repl": [("Lagagrundvöllur vinnslunnar er samningur við þig.",
               "Lagagrundvöllur vinnslunnar er samningur við þig. Á stærri viðburðum eru miðar nafnamerktir til að "
               "sporna við endursölu á uppsprengdu verði og getur starfsfólk óskað eftir skilríkjum við inngang.")]},
    {"note": "processor added to the table (Dineout, restaurant bookings)",
     "repl": [("| Rapyd Europe hf. | Greiðslumiðlun | Ísland |",
               "| Rapyd Europe hf. | Greiðslumiðlun | Ísland |\n"
               "| Dineout ehf. | Borðabókanir á veitingastað hússins | Ísland |")]},
    {"note": "CCTV retention changed from 30 to 90 days (two places)",
     "repl": [("Upptökur eru varðveittar í 30 daga og", "Upptökur eru varðveittar í 90 daga og"),
              ("öryggismyndavélum eru varðveittar í 30 daga.", "öryggismyndavélum eru varðveittar í 90 daga.")]},
    {"note": "section added on recordings and live streams of concerts",
     "repl": [("## Vafrakökur\n",
               "## Upptökur og streymi tónleika\n\n"
               "Sumir tónleikar í Sónhöll eru teknir upp eða þeim streymt í beinni útsendingu, meðal annars í "
               "samstarfi við Ríkisútvarpið. Gestir í sal geta sést eða heyrst í slíkum upptökum. Tilkynnt er um "
               "upptöku í miðasölu og við inngang salarins. Ef þú vilt ekki sjást í upptöku getur þú óskað eftir "
               "sæti utan sjónsviðs myndavéla.\n\n"
               "## Vafrakökur\n")]},
    {"note": "contact changed: new e-mail address and phone number",
     "repl": [("@ Netfang: personuvernd@sonholl.is\n@ Sími: 528 5000",
               "@ Netfang: dpo@sonholl.is\n@ Sími: 528 5050")]},
]


# ---------------------------------------------------------------- noise

TITLES = ["Barokkveisla á aðventu", "Sönglög Sigvalda Kaldalóns", "Djasskvöld: Tríó Arnars", "Rokkóperan Víkingar",
          "Strengjakvartett Sónhallar: Schubert og Haydn", "Kórtónleikar: Vorvindar", "Píanótónleikar: Chopin og Debussy",
          "Fjölskyldutónleikar: Pétur og úlfurinn", "Jólatónleikar Sónhallar", "Íslensk dægurlög í 100 ár",
          "Sinfónískt popp: Lög Bítlanna", "Óperugala á sumardegi", "Þjóðlagakvöld með Dúó Ísafold",
          "Bítlavinafélagið snýr aftur", "Nýárstónleikar: Vínarvalsar", "Tangókvöld í Norðursal"]
SEASONAL = {"Barokkveisla á aðventu": (11, 12), "Jólatónleikar Sónhallar": (12,), "Nýárstónleikar: Vínarvalsar": (1,),
            "Óperugala á sumardegi": (5, 6, 7, 8), "Kórtónleikar: Vorvindar": (3, 4, 5)}
HALLS = ["Aðalsalur", "Norðursalur", "Bryggjusalur"]


def _events(day):
    """The hall's programme from `day` on: a fixed calendar (the same concert on the same date in every capture)."""
    out, d = [], day + dt.timedelta(days=1)
    while len(out) < 4:
        h = int(C.det_sha("sonholl-event", d.isoformat()), 16)
        if h % 3 == 0:
            pool = [t for t in TITLES if d.month in SEASONAL.get(t, range(1, 13))]
            out.append((d, pool[(h // 3) % len(pool)], HALLS[(h // 97) % len(HALLS)], 20 if h % 2 else 19,
                        30 if h % 5 == 0 else 0))
        d += dt.timedelta(days=1)
    return out


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    evs = []
    for d, title, hall, hh, mm in _events(when.date()):
        r = rng.random()
        if r < 0.18:
            status = "Uppselt"
        elif r < 0.55:
            status = "Aðeins %d miðar eftir" % rng.randint(3, 60)
        elif r < 0.7:
            status = "Örfá sæti laus"
        else:
            status = "Miðar í sölu"
        evs.append([d.isoformat(), title, hall, "%02d:%02d" % (hh, mm), status])
    st["events"] = evs
    st["antiforgery"] = "CfDJ8" + C.alnum(rng, 150, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    st["assets"] = C.keep_or(rng, p.get("assets"), 0.2, lambda: {
        k: C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for k in ("css", "js")})
    return st


LABELS = {"events": "upcoming-concerts block inside the Block Grid (tickets left, sold out)",
          "antiforgery": "ASP.NET Core antiforgery token (newsletter form)",
          "assets": "asp-append-version hashes (deploy)"}


# ---------------------------------------------------------------- render

KEYS = {"richTextBlock": "3d7e2a10-5b8c-4f61-9e2d-7a0c4b1f8e53", "tableBlock": "b81c6f0e-92d4-4a3b-8c57-1e6f0d9a2b74",
        "upcomingEventsBlock": "e4a95d37-0c12-4b8e-a6f3-5d2b7c9e1f08"}
UDIS = ["8c2f41d6a7e94b0c9f3d1e5a6b7c8d90", "1a9e3c5b7d2f4e6a8c0b2d4f6e8a0c1e", "5f0d2b8e6a4c4e1f9b3d7a5c2e8f0b6d",
        "9b7e1d3f5a2c4e8b0d6f2a4c8e1b3d5f", "2e4c6a8f0b1d3e5f7a9c2b4d6f8a0c3e", "7d1f3b5e9a2c4d6f8b0e2a4c6d8f1b3a",
        "4a6c8e0f2b3d5e7f9a1c3b5d7f9a2c4e", "0c2e4f6a8b9d1e3f5a7c9b2d4f6a8c1e"]


def _item(alias, n, cols, rows, inner):
    return ('<div class="umb-block-grid__layout-item"\n    data-content-element-type-alias="%s"\n'
            '    data-content-element-type-key="%s"\n    data-element-udi="umb://element/%s"\n    data-col-span="%d"\n'
            '    data-row-span="%d"\n    style=" --umb-block-grid--item-column-span: %d; --umb-block-grid--item-row-span: '
            '%d; ">\n%s\n</div>' % (alias, KEYS[alias], UDIS[n % len(UDIS)], cols, rows, cols, rows, inner))


def _events_html(evs):
    lis = "\n".join(
        '<li class="event-card"><a class="event-card__link" href="/vidburdir/%s-%s"><time class="event-card__date" '
        'datetime="%sT%s">%d. %s kl. %s</time><span class="event-card__title">%s</span><span class="event-card__'
        'hall">%s</span><span class="event-card__status%s">%s</span></a></li>'
        % (e[0], C.det_sha(e[1])[:6], e[0], e[3], int(e[0][8:]), MONTHS[int(e[0][5:7]) - 1], e[3], K.esc(e[1]), e[2],
           " event-card__status--soldout" if e[4] == "Uppselt" else "", e[4]) for e in evs)
    return ('<aside class="upcoming-events" aria-labelledby="upcoming-title"><h2 id="upcoming-title" class="upcoming-'
            'events__title">Framundan í Sónhöll</h2><ul class="upcoming-events__list">\n%s\n</ul><a class="btn btn--'
            'outline" href="/vidburdir">Allir viðburðir</a></aside>' % lis)


def _grid(blocks, state):
    items, run, n = [], [], 0

    def flush():
        nonlocal run, n
        if run:
            items.append(_item("richTextBlock", n, 8, 1, '<div class="rte-block">\n%s\n</div>' % K.render(run, isep="\n")))
            n += 1
            run = []
    for b in blocks:
        if b[0] == "table":
            flush()
            items.append(_item("tableBlock", n, 8, 1, '<div class="table-block"><div class="table-block__scroll">%s'
                                                      '</div></div>' % K.render(
                                                          [b], attr=lambda t, k: ' class="table-block__table"'
                                                          if t == "table" else "", isep="\n")))
            n += 1
        else:
            run.append(b)
    flush()
    items.insert(1, _item("upcomingEventsBlock", 7, 4, 3, _events_html(state["events"])))
    return ('<div class="umb-block-grid"\n     data-grid-columns="12"\n     style="--umb-block-grid--grid-columns: 12;">'
            '\n<div class="umb-block-grid__layout-container">\n%s\n</div>\n</div>' % "\n".join(items))


def render(state, blocks, when):
    a = state["assets"]
    nav = "\n".join('<li class="main-nav__item"><a class="main-nav__link%s" href="%s">%s</a></li>' % (c, h, x)
                    for c, h, x in (("", "/vidburdir", "Viðburðir"), ("", "/heimsokn", "Heimsókn"),
                                    ("", "/salir-og-leiga", "Salir og leiga"), ("", "/gjafakort", "Gjafakort"),
                                    (" is-active", "/um-okkur", "Um Sónhöll")))
    return """<!DOCTYPE html>
<html lang="is">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Persónuverndarstefna | Sónhöll</title>
    <meta name="description" content="Persónuverndarstefna Sónhallar: hvaða upplýsingum við söfnum, hvers vegna og hver réttindi þín eru." />
    <link rel="canonical" href="%(url)s" />
    <link rel="alternate" hreflang="is" href="%(url)s" />
    <link rel="alternate" hreflang="en" href="https://www.sonholl.is/en/about/privacy" />
    <meta property="og:title" content="Persónuverndarstefna" />
    <meta property="og:site_name" content="Sónhöll" />
    <meta property="og:image" content="https://www.sonholl.is/media/k2lbq0xd/sonholl-og.jpg?width=1200&amp;height=630&amp;v=1d9a2c4f7e3b5a0" />
    <link rel="icon" href="/favicon.ico" />
    <link rel="preload" href="/dist/fonts/Inter-var.woff2" as="font" type="font/woff2" crossorigin />
    <link rel="stylesheet" href="/dist/main.css?v=%(css)s" />
    <script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="6f2b1d8e-3c4a-4e7b-9d05-2a8c1f3e7b64" data-culture="IS" data-blockingmode="auto" type="text/javascript"></script>
    <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-NQ4R7PX');</script>
</head>
<body class="page page--contentPage">
    <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-NQ4R7PX" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
    <a class="skip-link" href="#main">Fara beint í efni</a>
    <header class="site-header">
        <div class="container site-header__inner">
            <a class="site-header__logo" href="/" aria-label="Sónhöll forsíða"><svg class="logo" width="148" height="40" viewBox="0 0 148 40" aria-hidden="true"><use href="/dist/sprite.svg#logo"></use></svg></a>
            <nav class="main-nav" aria-label="Aðalvalmynd"><ul class="main-nav__list">
%(nav)s
            </ul></nav>
            <div class="site-header__tools">
                <form class="site-search" action="/leit" method="get" role="search"><label class="visually-hidden" for="q">Leita</label><input id="q" name="q" type="search" placeholder="Leita á vefnum" /></form>
                <a class="lang-switch" href="/en/about/privacy" hreflang="en" lang="en">English</a>
                <a class="btn btn--primary" href="https://tix.is/is/sonholl">Miðasala</a>
            </div>
        </div>
    </header>
    <main id="main" class="main">
        <nav class="breadcrumbs container" aria-label="Brauðmolar"><ol><li><a href="/">Forsíða</a></li><li><a href="/um-okkur">Um Sónhöll</a></li><li aria-current="page">Persónuvernd</li></ol></nav>
        <div class="container content-page">
%(grid)s
        </div>
    </main>
    <footer class="site-footer">
        <div class="container site-footer__grid">
            <div class="site-footer__col">
                <p class="site-footer__title">Sónhöll</p>
                <p>Bryggjugötu 12, 101 Reykjavík<br />Miðasala opin alla daga kl. 12&ndash;18<br />Sími 528 5000 &middot; <a href="mailto:midasala@sonholl.is">midasala@sonholl.is</a></p>
            </div>
            <div class="site-footer__col">
                <p class="site-footer__title">Fréttabréf</p>
                <form class="newsletter" action="/umbraco/surface/Newsletter/Subscribe" method="post">
                    <label class="visually-hidden" for="nl-email">Netfang</label>
                    <input id="nl-email" name="Email" type="email" placeholder="Netfangið þitt" required />
                    <button class="btn btn--light" type="submit">Skrá mig</button>
                <input name="__RequestVerificationToken" type="hidden" value="%(token)s" /></form>
            </div>
            <div class="site-footer__col">
                <ul class="site-footer__links"><li><a href="/um-okkur/personuvernd">Persónuvernd</a></li><li><a href="/um-okkur/skilmalar-midasolu">Skilmálar miðasölu</a></li><li><a href="/um-okkur/adgengi">Aðgengi</a></li><li><a href="javascript:Cookiebot.renew()">Vafrakökustillingar</a></li></ul>
            </div>
        </div>
    </footer>
    <script src="/dist/main.js?v=%(js)s" type="module"></script>
    <script type="text/javascript">/*<![CDATA[*/(function() { var sz = document.createElement('script'); sz.type = 'text/javascript'; sz.async = true; sz.src = '//siteimproveanalytics.com/js/siteanalyze_6043921.js'; var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(sz, s); })();/*]]>*/</script>
</body>
</html>
""" % dict(url=URL, css=a["css"], js=a["js"], nav=nav, grid=_grid(blocks, state), token=state["antiforgery"])


PAGE = {
    "service": "Sónhöll",
    "url": URL,
    "lang": "is",
    "platform": "Umbraco 11-13 (ASP.NET Core), Block Grid with default partial views, Cookiebot, Siteimprove",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Kestrel"), ("X-Frame-Options", "SAMEORIGIN"), ("X-Content-Type-Options", "nosniff"),
                      ("Cache-Control", "no-cache, no-store"), ("Pragma", "no-cache")),
    "n": 31,
    "start": dt.date(2023, 2, 6),
    "end": dt.date(2025, 10, 10),
    "hours": (0, 8, 16),
    "policy": POLICY,
    "first_updated": dt.date(2022, 12, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".umb-block-grid",
                    "remove": "[data-content-element-type-alias=\"upcomingEventsBlock\"]"},
}
