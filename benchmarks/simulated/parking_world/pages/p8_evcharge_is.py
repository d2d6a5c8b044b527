"""Hlaða (Icelandic EV-charging network: fast chargers around the ring road, app, charging keys, roaming), an
Umbraco 13 site (ASP.NET Core, Block Grid, Umbraco Forms newsletter), captured rendered (executeClientScripts): the
editors put Cookiebot's cookie declaration in a code block in the middle of the policy, so the rendered declaration
(last-scan date, cookie tables and counts, updated by Cookiebot's monthly scans) sits INSIDE the selected content;
around it GTM-injected tags, the Cookiebot banner, the per-request antiforgery and Umbraco Forms tokens, the price
box in the footer and the station count."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import pkkit as K  # noqa: E402

POLICY = """
# Persónuverndarstefna

Síðast uppfært: {UPDATED}

Hlaða ehf. (hér eftir „Hlaða“ eða „við“) rekur net hraðhleðslustöðva og hleðslustöðva fyrir rafbíla um allt land. Í þessari stefnu er útskýrt hvernig við vinnum með persónuupplýsingar notenda Hlöðu-appsins, hleðslulykla og vefsins hlada.is, í samræmi við lög nr. 90/2018 um persónuvernd og vinnslu persónuupplýsinga.

## Ábyrgðaraðili

@ Hlaða ehf., kt. 540319-1280
@ Borgartúni 26, 105 Reykjavík
@ Sími: 519 4400
@ Netfang: [personuvernd@hlada.is](mailto:personuvernd@hlada.is)

## Hvaða upplýsingum söfnum við?

- Nafni, kennitölu, netfangi og símanúmeri þegar þú stofnar aðgang í appinu;
- Bílnúmeri og tegund rafbíls, ef þú skráir þær upplýsingar;
- Upplýsingum um hleðslur: stöð, tengi, upphafs- og lokatíma, orkumagn (kWst) og verð;
- Greiðsluupplýsingum: tegund korts og síðustu fjórum tölustöfum kortanúmmers;
- Númeri hleðslulykils og tengingu hans við aðganginn þinn;
- Staðsetningu tækis þegar þú leitar að næstu stöð, hafir þú veitt leyfi til þess.

## Í hvaða tilgangi?

| Tilgangur | Lagagrundvöllur |
| Að hefja og ljúka hleðslu og innheimta gjald | Efndir samnings |
| Útgáfa reikninga og bókhald | Lagaskylda |
| Þjónusta við viðskiptavini og úrlausn kvartana | Efndir samnings |
| Varnir gegn misnotkun hleðslulykla | Lögmætir hagsmunir |
| Markaðssetning og fréttabréf | Samþykki |

## Miðlun til þriðju aðila

Við miðlum persónuupplýsingum eingöngu til vinnsluaðila sem vinna fyrir okkur samkvæmt vinnslusamningi:

| Vinnsluaðili | Hlutverk |
| Rapyd Europe hf. | Færsluhirðing og kortagreiðslur |
| Advania Ísland ehf. | Hýsing og rekstur tölvukerfa |
| Hubject GmbH | Reikisamskipti við aðrar hleðslustöðvar í Evrópu |
| DK Hugbúnaður ehf. | Bókhald og reikningagerð |

Þegar þú hleður á stöð annars rekstraraðila í gegnum reiki fær sá aðili auðkenni samnings og upplýsingar um hleðsluna, en ekki nafn þitt eða kennitölu.

## Hve lengi geymum við upplýsingar?

Upplýsingar um aðganginn eru geymdar á meðan hann er virkur. Upplýsingar um hleðslur og greiðslur eru geymdar í 7 ár í samræmi við lög um bókhald nr. 145/1994. Staðsetningarupplýsingar eru ekki vistaðar.

## Vafrakökur

Vefurinn notar vafrakökur. Hér að neðan má sjá yfirlit yfir þær vafrakökur sem eru í notkun og breyta samþykki þínu.

%% after

## Réttindi þín

Þú átt rétt á aðgangi að upplýsingum um þig, leiðréttingu, eyðingu, takmörkun vinnslu, flutningi gagna og að andmæla vinnslu. Beiðnir skal senda á [personuvernd@hlada.is](mailto:personuvernd@hlada.is) og svörum við þeim innan mánaðar. Þú getur einnig lagt fram kvörtun til Persónuverndar ([www.personuvernd.is](https://www.personuvernd.is)).
"""

EDITS = [
    {"note": "processor row added: Twilio Ireland Ltd. (SMS verification codes)",
     "repl": [("| DK Hugbúnaður ehf. | Bókhald og reikningagerð |",
               "| DK Hugbúnaður ehf. | Bókhald og reikningagerð |\n| Twilio Ireland Ltd. | SMS-skilaboð með "
               "staðfestingarkóðum |")]},
    {"note": "typo fixed (kortanúmmers -> kortanúmers), date unchanged", "bump": False,
     "repl": [("kortanúmmers", "kortanúmers")]},
    {"note": "paragraph added: ad-hoc card payments at the charger (AFIR)",
     "repl": [("en ekki nafn þitt eða kennitölu.\n",
               "en ekki nafn þitt eða kennitölu.\n\nEf þú greiðir með greiðslukorti beint á hleðslustöð án aðgangs "
               "vinnum við aðeins upplýsingar um hleðsluna og dulkóðað auðkenni kortsins, sem þarf til að gefa út "
               "kvittun.\n")]},
    {"note": "account data retention: 12 months after the account is closed",
     "repl": [("Upplýsingar um aðganginn eru geymdar á meðan hann er virkur.",
               "Upplýsingar um aðganginn eru geymdar á meðan hann er virkur og í 12 mánuði eftir að honum er lokað.")]},
    {"note": "phone number changed",
     "repl": [("@ Sími: 519 4400", "@ Sími: 519 4410")]},
    {"note": "address changed (office moved to Kópavogur)",
     "repl": [("@ Borgartúni 26, 105 Reykjavík", "@ Urðarhvarfi 8, 203 Kópavogi")]},
]

CBID = "7c1e4a92-3b6d-4f08-a5e2-91d0c8b3f6a4"

COOKIES = {  # name: (provider, purpose, expiry, type, category, first seen)
    "CookieConsent": ("Cookiebot", "Geymir samþykkisstöðu notanda fyrir vafrakökur á þessu léni.", "1 ár", "HTTP", "nec", dt.date(2020, 1, 1)),
    ".AspNetCore.Antiforgery.#": ("hlada.is", "Notuð til að koma í veg fyrir falsaðar beiðnir (CSRF) þegar eyðublöð eru send.", "Lota", "HTTP", "nec", dt.date(2020, 1, 1)),
    "ARRAffinity": ("hlada.is", "Notuð til að beina umferð á sama netþjón á meðan lotan stendur.", "Lota", "HTTP", "nec", dt.date(2020, 1, 1)),
    "ARRAffinitySameSite": ("hlada.is", "Notuð til að beina umferð á sama netþjón á meðan lotan stendur.", "Lota", "HTTP", "nec", dt.date(2020, 1, 1)),
    "_ga": ("Google", "Skráir einkvæmt auðkenni sem er notað til að búa til tölfræði um notkun vefsins.", "2 ár", "HTTP", "stat", dt.date(2020, 1, 1)),
    "_ga_#": ("Google", "Notuð af Google Analytics til að safna gögnum um fjölda heimsókna.", "2 ár", "HTTP", "stat", dt.date(2020, 1, 1)),
    "_clck": ("Microsoft", "Geymir einkvæmt auðkenni notanda fyrir Microsoft Clarity.", "1 ár", "HTTP", "stat", dt.date(2024, 2, 20)),
    "_clsk": ("Microsoft", "Tengir saman síðuflettingar notanda í eina upptöku í Microsoft Clarity.", "1 dagur", "HTTP", "stat", dt.date(2024, 2, 20)),
    "_fbp": ("Meta Platforms, Inc.", "Notuð af Facebook til að birta auglýsingar.", "3 mánuðir", "HTTP", "mkt", dt.date(2020, 1, 1)),
    "_gcl_au": ("Google", "Notuð af Google AdSense til að mæla árangur auglýsinga.", "3 mánuðir", "HTTP", "mkt", dt.date(2023, 11, 6)),
    "lastExternalReferrer": ("Meta Platforms, Inc.", "Greinir hvernig notandinn kom inn á vefinn.", "Viðvarandi", "HTML", "mkt", dt.date(2024, 9, 9)),
    "tawk-#": ("Tawk.to", "Geymir stöðu netspjallsins.", "Lota", "HTML", "unc", dt.date(2024, 5, 14)),
}
CATS = [("nec", "Nauðsynlegt", "Nauðsynlegar vafrakökur hjálpa til við að gera vefsíðu nothæfa með því að virkja grunnaðgerðir eins og síðuleiðsögn og aðgang að öruggum svæðum vefsíðunnar."),
        ("pref", "Stillingar", "Stillingarvafrakökur gera vefsíðu kleift að muna upplýsingar sem breyta því hvernig vefsíðan hegðar sér eða lítur út."),
        ("stat", "Tölfræði", "Tölfræðivafrakökur hjálpa eigendum vefsíðna að skilja hvernig gestir hafa samskipti við vefsíður með því að safna og tilkynna upplýsingar nafnlaust."),
        ("mkt", "Markaðssetning", "Markaðsvafrakökur eru notaðar til að fylgjast með gestum á milli vefsíðna."),
        ("unc", "Óflokkað", "Óflokkaðar vafrakökur eru vafrakökur sem við erum að vinna að því að flokka, ásamt veitendum einstakra vafrakakna.")]


def fmt_date(d):
    return "%d. %s %d" % (d.day, K.MONTHS["is"][d.month - 1], d.year)


def _scan_date(when):
    """Cookiebot's monthly scan: the 1st-5th of the month, the declaration shows the last scan."""
    d = when.date()
    scan = dt.date(d.year, d.month, 1 + (d.month * 7 + d.year) % 5)
    if scan > d:
        m = d.month - 1 or 12
        y = d.year - (d.month == 1)
        scan = dt.date(y, m, 1 + (m * 7 + y) % 5)
    return scan


def noise(rng, when, i, prev):
    p = prev or {}
    days = (when.date() - dt.date(2023, 1, 1)).days
    return {
        "antiforgery": "CfDJ8" + C.b64tok(rng, 108).replace("+", "-").replace("/", "_").rstrip("="),
        "ufprt": "CfDJ8" + C.b64tok(rng, 150).replace("+", "-").replace("/", "_").rstrip("="),
        "gtm": C.keep_or(rng, p.get("gtm"), 0.45, lambda: "45je4%s%sv9%sza200" % (rng.choice("abc"), C.hexs(rng, 2), C.alnum(rng, 9, "0123456789"))),
        "asset_v": C.keep_or(rng, p.get("asset_v"), 0.18, lambda: C.b64tok(rng, 32).replace("+", "-").replace("/", "_").rstrip("=")),
        "stations": C.keep_or(rng, p.get("stations"), 0.3, lambda: 118 + days // 19),
        "prices": C.keep_or(rng, p.get("prices"), 0.06, lambda: (rng.choice([59, 62, 64, 66, 69]), rng.choice([33, 35, 36, 38]))),
    }


LABELS = {
    "antiforgery": "__RequestVerificationToken (newsletter form, per request)",
    "ufprt": "Umbraco Forms ufprt route token (per request)",
    "gtm": "GTM-injected gtag.js URL (gtm= build parameter)",
    "asset_v": "asp-append-version ?v= hashes on CSS/JS (deploy)",
    "stations": "station count in the header",
    "prices": "price box in the footer (kr./kWst)",
    "scan": "Cookiebot declaration: last scan date (INSIDE .page-content; removed with .CookieDeclaration)",
    "cookies": "Cookiebot declaration: cookies found by the scan (INSIDE .page-content; removed)",
}


def _declaration(scan, seen):
    out = ['<div class="CookieDeclaration" lang="is" dir="ltr">',
           '<p class="CookieDeclarationDialogText">Þessi vefsíða notar vafrakökur. Við notum vafrakökur til að sérsníða '
           'efni og auglýsingar, til að bjóða upp á eiginleika samfélagsmiðla og til að greina umferð á vefnum.</p>',
           '<p class="CookieDeclarationIntro">Vafrakökur eru litlar textaskrár sem vefsíður geta notað til að gera upplifun '
           'notenda skilvirkari.</p>',
           '<p>Núverandi staða þín: <span id="CookieDeclarationUserStatusLabel" class="CookieDeclarationUserStatusLabel">'
           'Ekkert samþykki veitt.</span></p><div id="CookieDeclarationChangeConsent"><a id="CookieDeclarationChangeConsentChange" '
           'href="javascript:Cookiebot.renew()">Breyta samþykki þínu</a></div>',
           '<p class="CookieDeclarationLastUpdated">Yfirlýsing um vafrakökur síðast uppfærð %d.%d.%d af '
           '<a href="https://www.cookiebot.com" target="_blank" rel="noopener noreferrer nofollow" title="Cookiebot">Cookiebot</a></p>'
           % (scan.day, scan.month, scan.year)]
    for cat, name, desc in CATS:
        rows = [(n, v) for n, v in sorted(COOKIES.items(), key=lambda x: x[0].lower()) if v[4] == cat and n in seen]
        out.append('<div class="CookieDeclarationType" lang="is" dir="ltr"><p class="CookieDeclarationTypeHeader">%s (%d)</p>'
                   '<p class="CookieDeclarationTypeDescription">%s</p>' % (name, len(rows), desc))
        if rows:
            out.append('<table class="CookieDeclarationTable"><colgroup><col style="width: 20%"><col style="width: 20%">'
                       '<col style="width: 35%"><col style="width: 15%"><col style="width: 10%"></colgroup><thead><tr>'
                       '<th scope="col" class="CookieDeclarationTableHeader" dir="ltr">Nafn</th>'
                       '<th scope="col" class="CookieDeclarationTableHeader" dir="ltr">Veitandi</th>'
                       '<th scope="col" class="CookieDeclarationTableHeader" dir="ltr">Tilgangur</th>'
                       '<th scope="col" class="CookieDeclarationTableHeader" dir="ltr">Gildistími</th>'
                       '<th scope="col" class="CookieDeclarationTableHeader" dir="ltr">Tegund</th></tr></thead><tbody>')
            for n, (prov, purp, exp, typ, _, _) in rows:
                out.append('<tr><td class="CookieDeclarationTableCell">%s</td><td class="CookieDeclarationTableCell">%s</td>'
                           '<td class="CookieDeclarationTableCell">%s</td><td class="CookieDeclarationTableCell">%s</td>'
                           '<td class="CookieDeclarationTableCell">%s</td></tr>' % (K.esc(n), K.esc(prov), K.esc(purp), exp, typ))
            out.append('</tbody></table>')
        else:
            out.append('<p class="CookieDeclarationTypeDescription">Við notum ekki vafrakökur af þessari tegund.</p>')
        out.append('</div>')
    out.append('</div>')
    return "".join(out)


def _item(alias, udi, inner):
    return ('<div class="umb-block-grid__layout-item" data-content-element-type-alias="%s" data-content-element-type-key="%s" '
            'data-element-udi="umb://element/%s" data-col-span="12" data-row-span="1" style=" --umb-block-grid--item-column-span: 12; '
            '--umb-block-grid--item-row-span: 1; ">%s</div>' % (alias, C.det_uuid("type", alias), udi, inner))


def render(state, blocks, when):
    loc, _ = K.local(when, "gmt")
    scan = _scan_date(when)
    state["scan"] = scan
    seen = tuple(n for n, v in COOKIES.items() if v[5] <= scan)
    state["cookies"] = seen
    segs = C.segments(blocks)
    title, first = segs["head"][0][1], segs["head"][1:]
    rte = lambda bl: '<div class="rte">%s</div>' % K.render_blocks(bl, tags={"table": ' class="table"'}, sep="\n")  # noqa: E731
    grid = "".join([
        _item("richTextBlock", "2f7a0c3e9b1d4e58a6c2f0b7d9e31a45", rte(first)),
        _item("codeBlock", "8d1e5b2a7c9f4036b4e1a8d2c5f07b19",
              '<div class="code-block"><script id="CookieDeclaration" src="https://consent.cookiebot.com/%s/cd.js" '
              'type="text/javascript" async=""></script>%s</div>' % (CBID, _declaration(scan, seen))),
        _item("richTextBlock", "c4a9e7f1b3d24c8e9f0a6b5d3e2c1f87", rte(segs["after"])),
    ])
    ncat = {c: sum(1 for n in seen if COOKIES[n][4] == c) for c, _, _ in CATS}
    fast, ac = state["prices"]
    v = state["asset_v"]
    u = "https://www.hlada.is"
    return """<!DOCTYPE html><html lang="is"><head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Persónuverndarstefna | Hlaða</title>
    <meta name="description" content="Hvernig Hlaða vinnur með persónuupplýsingar notenda hleðslunetsins.">
    <link rel="canonical" href="%(u)s/personuverndarstefna">
    <script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="%(cbid)s" data-blockingmode="auto" type="text/javascript"></script>
    <script type="text/javascript" async="" src="https://www.googletagmanager.com/gtag/js?id=G-5QK2Z7HT3M&amp;cx=c&amp;gtm=%(gtm)s"></script><script async="" src="https://www.googletagmanager.com/gtm.js?id=GTM-5R8WKQN"></script><script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-5R8WKQN');</script>
    <link rel="stylesheet" href="/css/site.min.css?v=%(v)s">
    <link rel="stylesheet" href="/App_Plugins/UmbracoForms/Assets/themes/default/umbracoforms.min.css?v=%(v2)s">
</head>
<body class="page page--textPage">
    <a class="skip-link" href="#main">Fara í efni</a>
    <header class="site-header">
        <div class="container site-header__inner">
            <a class="site-header__logo" href="/"><img src="/media/k3fb2nqe/hlada-logo.svg" alt="Hlaða" width="150" height="44"></a>
            <nav class="site-nav" aria-label="Aðalvalmynd">
                <ul class="site-nav__list">
                    <li class="site-nav__item"><a class="site-nav__link" href="/hledslustodvar">Hleðslustöðvar</a></li>
                    <li class="site-nav__item"><a class="site-nav__link" href="/verdskra">Verðskrá</a></li>
                    <li class="site-nav__item"><a class="site-nav__link" href="/appid">Appið</a></li>
                    <li class="site-nav__item"><a class="site-nav__link" href="/fyrirtaeki">Fyrirtæki</a></li>
                    <li class="site-nav__item"><a class="site-nav__link" href="/spurt-og-svarad">Spurt og svarað</a></li>
                </ul>
            </nav>
            <a class="site-header__stations" href="/hledslustodvar"><span class="site-header__stations-count">%(stations)d</span> hleðslustöðvar um allt land</a>
            <a class="btn btn--primary" href="%(u)s/appid">Sækja appið</a>
        </div>
    </header>
    <main id="main" class="main">
        <section class="hero hero--small">
            <div class="container">
                <nav class="breadcrumbs" aria-label="Brauðmolar"><a href="/">Forsíða</a> <span aria-hidden="true">/</span> <span>Persónuverndarstefna</span></nav>
                <h1 class="hero__title">%(title)s</h1>
            </div>
        </section>
        <div class="page-content container">
            <div class="umb-block-grid" data-grid-columns="12" style="--umb-block-grid--grid-columns: 12;"><div class="umb-block-grid__layout-container">%(grid)s</div></div>
        </div>
    </main>
    <footer class="site-footer">
        <div class="container site-footer__grid">
            <div class="site-footer__col">
                <h2 class="site-footer__title">Verð</h2>
                <p class="price-box"><span class="price-box__row">Hraðhleðsla: <strong>%(fast)d kr./kWst</strong></span><span class="price-box__row">Hleðsla (AC): <strong>%(ac)d kr./kWst</strong></span><span class="price-box__row">Tímagjald eftir 45 mín.: 25 kr./mín.</span></p>
            </div>
            <div class="site-footer__col">
                <h2 class="site-footer__title">Fréttabréf</h2>
                <div class="umbraco-forms-form frettabref umbraco-forms-default">
<form action="/personuverndarstefna" enctype="multipart/form-data" id="form4b1c9e2a0d7f4e3ba6c58f21d09e7b34" method="post"><input data-val="true" data-val-required="The FormId field is required." name="FormId" type="hidden" value="4b1c9e2a-0d7f-4e3b-a6c5-8f21d09e7b34" /><input name="FormName" type="hidden" value="Fréttabréf" /><input data-val="true" data-val-required="The RecordId field is required." name="RecordId" type="hidden" value="00000000-0000-0000-0000-000000000000" /><input name="PreviousClicked" type="hidden" value="" /><input name="Theme" type="hidden" value="default" /><input name="RedirectToPageId" type="hidden" value="" />
<div class="umbraco-forms-page" id="0c3f7a5e-2b61-4d9e-8f14-3a7e0b92c5d6">
<div class="umbraco-forms-field netfang shortanswer mandatory">
<label for="9e1d4b27-53c8-4a0f-b6e2-7f18c3d05a94" class="umbraco-forms-label">Netfang <span class="umbraco-forms-indicator">*</span></label>
<div class="umbraco-forms-field-wrapper"><input type="email" name="9e1d4b27-53c8-4a0f-b6e2-7f18c3d05a94" id="9e1d4b27-53c8-4a0f-b6e2-7f18c3d05a94" class="text" value="" maxlength="500" data-val="true" data-val-required="Vinsamlegast fylltu út netfang" /></div>
</div>
</div>
<div class="umbraco-forms-navigation row-fluid"><div class="col-md-12"><button type="submit" class="btn primary" name="__next" data-form-navigate="next">Skrá mig</button></div></div>
<input name="__RequestVerificationToken" type="hidden" value="%(af)s" /><input name="ufprt" type="hidden" value="%(ufprt)s" /></form>
                </div>
            </div>
            <div class="site-footer__col">
                <p>Hlaða ehf. · kt. 540319-1280<br><a href="/personuverndarstefna">Persónuverndarstefna</a> · <a href="/skilmalar">Skilmálar</a> · <a href="javascript:Cookiebot.renew()">Vafrakökustillingar</a></p>
            </div>
        </div>
    </footer>
    <script src="/App_Plugins/UmbracoForms/Assets/umbracoforms.min.js?v=%(v2)s" type="application/javascript"></script>
    <script src="/js/site.min.js?v=%(v)s"></script>
<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-labelledby="CybotCookiebotDialogPoweredbyLink" lang="is" class="CybotCookiebotDialogActive CybotEdge" tabindex="-1" data-template="popup" style="display: flex;"><div class="CybotCookiebotDialogContentWrapper"><div id="CybotCookiebotDialogBody" class="CybotCookiebotScrollContainer"><h2 id="CybotCookiebotDialogBodyContentTitle" lang="is">Þessi vefsíða notar vafrakökur</h2><div id="CybotCookiebotDialogBodyContentText" lang="is">Við notum vafrakökur til að sérsníða efni og auglýsingar og til að greina umferð á vefnum.</div></div><div id="CybotCookiebotDialogDetailBody"><div class="CybotCookiebotDialogDetailBodyContentCookieContainerTypes"><label class="CybotCookiebotDialogDetailBodyContentCookieContainerButton" for="CybotCookiebotDialogDetailBodyContentCookieContainerNecessary">Nauðsynlegt <span class="CybotCookiebotDialogDetailBulkConsentCount">%(nn)d</span></label><label class="CybotCookiebotDialogDetailBodyContentCookieContainerButton" for="CybotCookiebotDialogDetailBodyContentCookieContainerStatistics">Tölfræði <span class="CybotCookiebotDialogDetailBulkConsentCount">%(ns)d</span></label><label class="CybotCookiebotDialogDetailBodyContentCookieContainerButton" for="CybotCookiebotDialogDetailBodyContentCookieContainerAdvertising">Markaðssetning <span class="CybotCookiebotDialogDetailBulkConsentCount">%(nm)d</span></label><label class="CybotCookiebotDialogDetailBodyContentCookieContainerButton" for="CybotCookiebotDialogDetailBodyContentCookieContainerUnclassified">Óflokkað <span class="CybotCookiebotDialogDetailBulkConsentCount">%(nu)d</span></label></div></div><div id="CybotCookiebotDialogFooter"><button id="CybotCookiebotDialogBodyButtonDecline" class="CybotCookiebotDialogBodyButton">Hafna</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection" class="CybotCookiebotDialogBodyButton">Leyfa val</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll" class="CybotCookiebotDialogBodyButton">Leyfa allt</button><a id="CybotCookiebotDialogPoweredbyLink" href="https://www.cookiebot.com/en/what-is-behind-powered-by-cookiebot/" target="_blank" rel="noopener nofollow">Cookiebot</a></div></div></div>
</body></html>""" % {"u": u, "cbid": CBID, "gtm": state["gtm"], "v": v, "v2": v[::-1], "stations": state["stations"],
                     "title": K.esc(title), "grid": grid, "fast": fast, "ac": ac, "af": state["antiforgery"],
                     "ufprt": state["ufprt"], "nn": ncat["nec"], "ns": ncat["stat"], "nm": ncat["mkt"], "nu": ncat["unc"]}


PAGE = {
    "service": "Hlada",
    "url": "https://www.hlada.is/personuverndarstefna",
    "lang": "is",
    "platform": "Umbraco 13 (ASP.NET Core, Block Grid, Umbraco Forms) on Azure App Service, Cookiebot; rendered capture",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Microsoft-IIS/10.0"), ("X-Powered-By", "ASP.NET"),
                      ("Cache-Control", "no-cache, no-store"), ("Pragma", "no-cache"),
                      ("Request-Context", "appId=cid-v1:3e0c9b71-4a28-4f5d-8e16-b2a07c45d913")],
    "n": 29,
    "start": dt.date(2023, 8, 14),
    "end": dt.date(2025, 6, 30),
    "hours": (2, 7, 12, 17, 22),
    "policy": POLICY,
    "first_updated": dt.date(2023, 3, 9),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "gold_md": K.gold_without_markers("https://www.hlada.is/personuverndarstefna"),
    "declaration": {
        "fetch": "https://www.hlada.is/personuverndarstefna",
        "select": ["h1.hero__title", ".page-content"],
        "remove": [".CookieDeclaration", "#CookieDeclaration"],
        "executeClientScripts": True,
    },
}
