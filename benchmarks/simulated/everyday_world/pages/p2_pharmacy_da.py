"""Danish pharmacy chain (Nordapoteket) on Umbraco 13 (Block Grid) with Cookiebot.

Volatile feature inside the policy container: the Cookiebot cookie declaration (cd.js) that the editor put in
the rich text of the "Cookies" section; rendered, it lists the cookies of the last monthly scan (counts,
order and the "sidst opdateret" scan date move with every scan). A careful curator removes it.
Common noise: __RequestVerificationToken and Umbraco Forms ufprt in the newsletter form, Umbraco media ?v=,
"Åbent i dag" opening hours line in the header (weekday dependent), copyright year.
"""
import datetime as dt
import html

import common as C

URL = "https://www.nordapoteket.dk/om-os/privatlivspolitik/"

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


RIGHTS = """## Dine rettigheder

Du har efter databeskyttelsesforordningen en række rettigheder i forhold til vores behandling af oplysninger om dig. Du har ret til at få indsigt i de oplysninger, vi behandler om dig, og til at få urigtige oplysninger rettet. Du kan i visse tilfælde få oplysninger slettet, få behandlingen begrænset eller gøre indsigelse mod behandlingen. Du har desuden ret til at modtage de oplysninger, du selv har givet os, i et struktureret, almindeligt anvendt og maskinlæsbart format (dataportabilitet).

Bemærk, at vi ikke kan slette oplysninger om udlevering af receptpligtig medicin, så længe vi efter apotekerloven og receptbekendtgørelsen har pligt til at opbevare dem.

Hvis du vil gøre brug af dine rettigheder, skal du kontakte os. Du kan klage til **Datatilsynet**, Carl Jacobsens Vej 35, 2500 Valby, hvis du er utilfreds med den måde, vi behandler dine personoplysninger på. Du finder Datatilsynets kontaktoplysninger på [datatilsynet.dk](https://www.datatilsynet.dk).

"""

POLICY = """# Privatlivspolitik

Senest opdateret: {UPDATED}

Hos Nordapoteket passer vi godt på dine personoplysninger. I denne privatlivspolitik kan du læse, hvilke oplysninger vi indsamler, når du handler i vores apoteker og webshop, bruger Nordapoteket-appen eller kontakter vores kundeservice, og hvordan vi behandler dem.

## Dataansvarlig

Nordapoteket A/S er dataansvarlig for behandlingen af de personoplysninger, vi modtager om dig. Vores kontaktoplysninger er:

@ Nordapoteket A/S
@ Vesterbrogade 112
@ 1620 København V
@ CVR-nr. 38 47 21 90
@ E-mail: kundeservice@nordapoteket.dk

Vi har udpeget en databeskyttelsesrådgiver (DPO), som du kan kontakte på dpo@nordapoteket.dk.

## Hvilke oplysninger behandler vi?

Når du køber medicin på recept, behandler vi de oplysninger, der fremgår af Receptserveren, herunder dit CPR-nummer, de ordinerede lægemidler, doseringen og den ordinerende læge. Disse oplysninger er helbredsoplysninger og dermed følsomme personoplysninger efter databeskyttelsesforordningens artikel 9.

Når du handler i webshoppen eller i appen, behandler vi dit navn, din adresse, dit telefonnummer, din e-mailadresse, dine ordrer og betalingsoplysninger. Kortoplysninger behandles alene af vores betalingsudbyder, og vi har ikke adgang til dit fulde kortnummer.

Hvis du tilmelder dig vores nyhedsbrev eller kundeklub, behandler vi din e-mailadresse og dine præferencer samt oplysninger om, hvilke nyhedsbreve du åbner.

## Formål og retsgrundlag

Vi behandler dine oplysninger til følgende formål:

- udlevering af receptpligtig medicin og rådgivning om korrekt brug af lægemidler, jf. apotekerloven og databeskyttelsesforordningens artikel 9, stk. 2, litra h,
- levering af varer købt i webshoppen og håndtering af reklamationer og returneringer, jf. artikel 6, stk. 1, litra b,
- opfyldelse af vores forpligtelser efter bogføringsloven, jf. artikel 6, stk. 1, litra c,
- udsendelse af nyhedsbreve og personlige tilbud, når du har givet samtykke, jf. artikel 6, stk. 1, litra a,
- forbedring af vores hjemmeside og app samt forebyggelse af misbrug, jf. artikel 6, stk. 1, litra f.

## Hvem deler vi oplysninger med?

Vi videregiver kun oplysninger om din medicin til offentlige myndigheder, når lovgivningen kræver det, for eksempel til Lægemiddelstyrelsen. Vi bruger følgende databehandlere, som behandler oplysninger på vores vegne og efter vores instruks:

| Databehandler | Opgave | Placering |
| Apoteksdata ApS | Apotekssystem og receptekspedition | Danmark |
| Nets Denmark A/S | Betalingsløsning i webshop og app | Danmark |
| PostNord Danmark A/S | Levering af pakker | Danmark |
| Microsoft Ireland Operations Ltd. | E-mail og kundeservicesystem | EU |

Vi overfører ikke dine personoplysninger til lande uden for EU/EØS.

## Opbevaring og sletning

Oplysninger om udleveret medicin opbevarer vi i den periode, som apotekslovgivningen foreskriver. Regnskabsmateriale opbevares i fem år fra udgangen af det regnskabsår, materialet vedrører. Henvendelser til kundeservice sletter vi 2 år efter, at sagen er afsluttet. Hvis du afmelder dig nyhedsbrevet, sletter vi din e-mailadresse fra listen senest 30 dage efter.

""" + RIGHTS + """## Cookies

Vi bruger cookies på nordapoteket.dk for at få hjemmesiden og webshoppen til at fungere, for at huske dine valg og, hvis du giver samtykke, til statistik og markedsføring. Du kan til enhver tid ændre eller trække dit samtykke tilbage via linket Cookieindstillinger nederst på siden. Nedenfor kan du se en oversigt over de cookies, vi bruger.

## Ændringer

Vi kan ændre denne privatlivspolitik, hvis vores behandling af personoplysninger ændrer sig. Den til enhver tid gældende version kan findes på denne side. Ved væsentlige ændringer giver vi dig besked i appen eller pr. e-mail.
"""

EDITS = [
    {"note": "new processor row (Trustpilot) added to the processors table",
     "repl": [("| Microsoft Ireland Operations Ltd. | E-mail og kundeservicesystem | EU |",
               "| Microsoft Ireland Operations Ltd. | E-mail og kundeservicesystem | EU |\n| Trustpilot A/S | Invitationer til anmeldelser efter køb | Danmark |")]},
    {"note": "customer service retention shortened from 2 years to 12 months",
     "repl": [("Henvendelser til kundeservice sletter vi 2 år efter, at sagen er afsluttet.",
               "Henvendelser til kundeservice sletter vi 12 måneder efter, at sagen er afsluttet.")]},
    {"note": "section 'Dine rettigheder' moved up, right after 'Dataansvarlig'",
     "repl": [(RIGHTS, ""), ("## Hvilke oplysninger behandler vi?", RIGHTS + "## Hvilke oplysninger behandler vi?")]},
    {"note": "DPO e-mail changed",
     "repl": [("som du kan kontakte på dpo@nordapoteket.dk.",
               "som du kan kontakte på databeskyttelse@nordapoteket.dk.")]},
    {"note": "new paragraph on MitID login and e-prescriptions in the app",
     "repl": [("Hvis du tilmelder dig vores nyhedsbrev eller kundeklub,",
               "Når du logger ind i appen med MitID for at se og bestille dine e-recepter, modtager vi dit CPR-nummer fra MitID-løsningen og henter dine aktuelle recepter fra Receptserveren. Oplysningerne gemmes ikke i appen efter, at du har logget ud.\n\nHvis du tilmelder dig vores nyhedsbrev eller kundeklub,")]},
]

COOKIES = {
    "Nødvendige": [("CookieConsent", "Cookiebot", "Gemmer brugerens samtykketilstand for cookies på det aktuelle domæne", "1 år", "HTTP Cookie"),
                   ("ASP.NET_SessionId", "nordapoteket.dk", "Bevarer brugerens sessionstilstand på tværs af sideforespørgsler.", "Session", "HTTP Cookie"),
                   (".AspNetCore.Antiforgery.9TtSrW0hzOs", "nordapoteket.dk", "Bruges til at forhindre CSRF-angreb.", "Session", "HTTP Cookie"),
                   ("basket", "nordapoteket.dk", "Husker indholdet af kurven.", "30 dage", "HTTP Cookie"),
                   ("ARRAffinity", "nordapoteket.dk", "Registrerer hvilken server-klynge der betjener den besøgende.", "Session", "HTTP Cookie")],
    "Præferencer": [("lang", "nordapoteket.dk", "Husker brugerens valgte sprog.", "Session", "HTTP Cookie"),
                    ("nearestPharmacy", "nordapoteket.dk", "Husker det apotek, brugeren har valgt.", "180 dage", "HTML Local Storage")],
    "Statistik": [("_ga", "nordapoteket.dk", "Registrerer et unikt ID, der anvendes til at føre statistik over hvordan den besøgende bruger hjemmesiden.", "2 år", "HTTP Cookie"),
                  ("_ga_#", "nordapoteket.dk", "Anvendes af Google Analytics til at indsamle data om antallet af gange en bruger har besøgt hjemmesiden.", "2 år", "HTTP Cookie"),
                  ("_hjSession_#", "nordapoteket.dk", "Indsamler statistik om den besøgendes besøg på hjemmesiden.", "1 dag", "HTTP Cookie"),
                  ("_hjSessionUser_#", "nordapoteket.dk", "Indsamler statistik om den besøgendes besøg på hjemmesiden.", "1 år", "HTTP Cookie")],
    "Marketing": [("_fbp", "nordapoteket.dk", "Anvendes af Facebook til at levere en række reklameprodukter.", "3 måneder", "HTTP Cookie"),
                  ("IDE", "doubleclick.net", "Anvendes af Google DoubleClick til at registrere og rapportere den besøgendes handlinger.", "400 dage", "HTTP Cookie"),
                  ("test_cookie", "doubleclick.net", "Anvendes til at tjekke om den besøgendes browser understøtter cookies.", "1 dag", "HTTP Cookie"),
                  ("_gcl_au", "nordapoteket.dk", "Anvendes af Google AdSense til at eksperimentere med reklameeffektivitet.", "3 måneder", "HTTP Cookie"),
                  ("VISITOR_INFO1_LIVE", "youtube.com", "Forsøger at estimere brugerens båndbredde på sider med integrerede YouTube-videoer.", "180 dage", "HTTP Cookie")],
    "Uklassificerede": [("hideStockNotice", "nordapoteket.dk", "Uklassificeret", "Vedvarende", "HTML Local Storage"),
                        ("ncw-state", "nordapoteket.dk", "Uklassificeret", "Session", "HTML Local Storage")],
}
DESCR = {"Nødvendige": "Nødvendige cookies hjælper med at gøre en hjemmeside brugbar ved at aktivere grundlæggende funktioner såsom side-navigation og adgang til sikre områder af hjemmesiden. Hjemmesiden kan ikke fungere ordentligt uden disse cookies.",
         "Præferencer": "Præference cookies gør det muligt for en hjemmeside at huske oplysninger, der ændrer den måde, hjemmesiden ser ud eller opfører sig på.",
         "Statistik": "Statistiske cookies hjælper hjemmesideejere med at forstå, hvordan besøgende interagerer med hjemmesider ved at indsamle og rapportere oplysninger anonymt.",
         "Marketing": "Marketing cookies anvendes til at spore besøgende på tværs af hjemmesider. Hensigten er at vise annoncer, der er relevante og engagerende for den enkelte bruger.",
         "Uklassificerede": "Uklassificerede cookies er cookies, som vi er i færd med at klassificere sammen med udbyderne af de enkelte cookies."}

CBID = "5b1f3c2e-8a4d-4f6e-9c1b-2d7e0a9f4c31"


def scan(rng, when):
    """Cookiebot's monthly scan: scan date, which cookies were found and their order."""
    day = dt.date(when.year, when.month, min(when.day, rng.randint(2, 9)))
    cats = {}
    for k, v in COOKIES.items():
        rows = [r for r in v if rng.random() < 0.85 or k == "Nødvendige"]
        rng.shuffle(rows)
        cats[k] = rows
    return {"date": day, "cats": cats}


def noise(rng, when, i, prev):
    p = prev or {}
    s = {}
    s["rvt"] = "CfDJ8" + C.alnum(rng, 150, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    s["ufprt"] = C.hexs(rng, 320).upper()
    s["mediav"] = C.keep_or(rng, p.get("mediav"), 0.2, lambda: "1da" + C.hexs(rng, 13))
    prev_scan = p.get("scan")
    if prev_scan is None or (when.year, when.month) != (prev_scan["date"].year, prev_scan["date"].month):
        s["scan"] = scan(rng, when)
    else:
        s["scan"] = prev_scan
    s["weekday"] = when.weekday()
    s["year"] = when.year
    return s


LABELS = {"rvt": "__RequestVerificationToken", "ufprt": "Umbraco Forms ufprt token",
          "mediav": "Umbraco media ?v= cache-buster",
          "scan": "Cookiebot cookie declaration after a monthly scan (scan date, cookie list, order)",
          "weekday": "'Åbent i dag' opening hours line", "year": "copyright year"}

HOURS = ["8.00–19.00", "8.00–19.00", "8.00–19.00", "8.00–19.00", "8.00–19.00", "9.00–16.00", "10.00–14.00"]
DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def cookie_decl(sc):
    d = sc["date"]
    total = sum(len(v) for v in sc["cats"].values())
    parts = ['<div class="CookieDeclaration" lang="da" dir="ltr">',
             '<p class="CookieDeclarationDialogText">Denne hjemmeside bruger cookies. Vi bruger cookies til at tilpasse vores indhold og annoncer, til at vise dig funktioner til sociale medier og til at analysere vores trafik. Vi deler også oplysninger om din brug af vores hjemmeside med vores partnere inden for sociale medier, annonceringspartnere og analysepartnere.</p>',
             '<p class="CookieDeclarationIntro">Cookies er små tekstfiler, som kan bruges af hjemmesider til at gøre en brugers oplevelse mere effektiv. Denne side bruger forskellige typer cookies. Nogle cookies er placeret af tredjepartstjenester, der vises på vores sider.</p>',
             '<p>Dit samtykke gælder for følgende domæner: www.nordapoteket.dk, nordapoteket.dk</p>',
             '<p class="CookieDeclarationUserStatusPanel" style="display: block;"><span id="CookieDeclarationUserStatusLabelOff" class="CookieDeclarationUserStatusLabel">Din nuværende tilstand: Ingen samtykke givet.</span><br><span id="CookieDeclarationUserStatusLabelWithdraw"><a href="javascript: Cookiebot.renew()">Ændr dit samtykke</a></span></p>',
             '<p class="CookieDeclarationLastUpdated">Cookiedeklarationen blev sidst opdateret den %02d.%02d.%02d af <a href="https://www.cookiebot.com" target="_blank" rel="noopener" title="Cookiebot">Cookiebot</a>:</p>' % (d.day, d.month, d.year % 100)]
    for k, rows in sc["cats"].items():
        if not rows:
            continue
        parts.append('<div class="CookieDeclarationType" lang="da" dir="ltr"><p class="CookieDeclarationTypeHeader">%s (%d)</p><p class="CookieDeclarationTypeDescription">%s</p>' % (k, len(rows), DESCR[k]))
        parts.append('<table class="CookieDeclarationTable"><colgroup><col style="width: 20%;"><col style="width: 20%;"><col style="width: 35%;"><col style="width: 15%;"><col style="width: 10%;"></colgroup><thead><tr><th scope="col" class="CookieDeclarationTableHeader" dir="ltr">Navn</th><th scope="col" class="CookieDeclarationTableHeader" dir="ltr">Udbyder</th><th scope="col" class="CookieDeclarationTableHeader" dir="ltr">Formål</th><th scope="col" class="CookieDeclarationTableHeader" dir="ltr">Udløb</th><th scope="col" class="CookieDeclarationTableHeader" dir="ltr">Type</th></tr></thead><tbody>')
        for r in rows:
            parts.append('<tr><td class="CookieDeclarationTableCell">%s</td><td class="CookieDeclarationTableCell">%s<br><a href="#" onclick="Cookiebot.showProviderPolicy(this)">Læs mere om denne udbyders privatlivspolitik</a></td><td class="CookieDeclarationTableCell">%s</td><td class="CookieDeclarationTableCell">%s</td><td class="CookieDeclarationTableCell">%s</td></tr>' % tuple(html.escape(x) for x in r))
        parts.append('</tbody></table></div>')
    parts.append('</div>')
    return "".join(parts), total


def render(s, blocks, when):
    head, secs = C.split_sections(blocks)
    title = head[0][1]
    rte = [C.blocks_html(head[1:])]
    for h, bl in secs:
        rte.append(C.block_html(("h2", h)))
        for j, b in enumerate(bl):
            rte.append(C.block_html(b))
            if h == "Cookies" and j == 0:
                decl, _ = cookie_decl(s["scan"])
                rte.append('<script id="CookieDeclaration" src="https://consent.cookiebot.com/%s/cd.js" type="text/javascript" async></script>%s' % (CBID, decl))
    rte = "\n".join(rte)
    mv = s["mediav"]
    wd = s["weekday"]
    return f"""<!DOCTYPE html>
<html lang="da">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Privatlivspolitik | Nordapoteket</title>
    <meta name="description" content="Læs hvordan Nordapoteket behandler dine personoplysninger." />
    <link rel="canonical" href="{URL}" />
    <script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="{CBID}" data-blockingmode="auto" type="text/javascript"></script>
    <link rel="preload" href="/fonts/Inter-var.woff2" as="font" type="font/woff2" crossorigin />
    <link href="/sb/main-css.css.v1a7c2e39" rel="stylesheet" />
    <link rel="icon" href="/media/ux2hqgeq/favicon.png?rmode=pad&amp;width=32&amp;v={mv}" />
    <script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-K7Q2XN4');</script>
</head>
<body class="page-contentpage">
    <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7Q2XN4" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
    <div class="topbar"><div class="container"><span class="topbar__usp">Fri levering ved køb over 499 kr.</span><span class="topbar__hours">Åbent i dag ({DAYS[wd]}): {HOURS[wd]}</span><a href="/find-apotek/">Find apotek</a></div></div>
    <header class="site-header">
        <div class="container site-header__inner">
            <a href="/" class="site-header__logo"><img src="/media/0p3lwvzd/nordapoteket-logo.svg?v={mv}" alt="Nordapoteket" width="180" height="40" /></a>
            <nav class="main-nav" aria-label="Hovedmenu"><ul><li><a href="/webshop/">Webshop</a></li><li><a href="/recept/">Recept</a></li><li><a href="/raadgivning/">Rådgivning</a></li><li><a href="/find-apotek/">Find apotek</a></li><li class="is-active"><a href="/om-os/">Om os</a></li></ul></nav>
            <a href="/kurv/" class="basket-link" data-basket-count="0">Kurv</a>
        </div>
    </header>
    <main id="main">
        <div class="breadcrumb container"><ol><li><a href="/">Forside</a></li><li><a href="/om-os/">Om os</a></li><li aria-current="page">Privatlivspolitik</li></ol></div>
        <div class="umb-block-grid" data-grid-columns="12" style="--umb-block-grid--grid-columns: 12;">
            <div class="umb-block-grid__layout-container">
                <div class="umb-block-grid__layout-item" data-content-element-type-alias="heroBlock" data-content-element-type-key="8c2f1b7e-2a6d-4f0e-b3a1-6d9e0f5c7a12" data-element-udi="umb://element/0c6e9f3ab7d94b21a8e0f5d3c2b1a9e7" data-col-span="12" data-row-span="1" style="--umb-block-grid--item-column-span: 12; --umb-block-grid--item-row-span: 1;">
                    <section class="hero hero--small"><div class="container"><h1 class="hero__title">{C.inline_html(title)}</h1></div></section>
                </div>
                <div class="umb-block-grid__layout-item" data-content-element-type-alias="richTextBlock" data-content-element-type-key="b0d1e7c4-5f2a-4c3b-9e8d-7a6f5e4d3c21" data-element-udi="umb://element/4f1a2b3c9d8e47f6a5b4c3d2e1f0a9b8" data-col-span="8" data-row-span="1" style="--umb-block-grid--item-column-span: 8; --umb-block-grid--item-row-span: 1;">
                    <div class="container container--narrow"><div class="rte">
{rte}
                    </div></div>
                </div>
            </div>
        </div>
    </main>
    <footer class="site-footer">
        <div class="container site-footer__grid">
            <div><h2 class="site-footer__title">Kundeservice</h2><p>Telefon 70 20 41 41<br>Hverdage 8–18</p><p><a href="mailto:kundeservice@nordapoteket.dk">kundeservice@nordapoteket.dk</a></p></div>
            <div><h2 class="site-footer__title">Genveje</h2><ul><li><a href="/handelsbetingelser/">Handelsbetingelser</a></li><li><a href="/om-os/privatlivspolitik/">Privatlivspolitik</a></li><li><a href="javascript:Cookiebot.renew()">Cookieindstillinger</a></li><li><a href="/tilgaengelighedserklaering/">Tilgængelighedserklæring</a></li></ul></div>
            <div><h2 class="site-footer__title">Nyhedsbrev</h2>
                <form action="/umbraco/surface/umbracoformssubmit/handleformsubmission" enctype="multipart/form-data" id="form7d3a1f0c9e2b4c5d8a6f1e0b2c3d4e5f" method="post">
                    <input type="hidden" name="FormId" value="7d3a1f0c-9e2b-4c5d-8a6f-1e0b2c3d4e5f" /><input type="hidden" name="FormName" value="Nyhedsbrev" /><input type="hidden" name="RecordId" value="" /><input type="hidden" name="PreviousClicked" value="" /><input type="hidden" name="Theme" value="default" />
                    <div class="umbraco-forms-field email"><label for="c41a" class="umbraco-forms-label">E-mail</label><input type="email" name="c41a" id="c41a" class="text" /></div>
                    <button type="submit" class="btn primary">Tilmeld</button>
                    <input name="__RequestVerificationToken" type="hidden" value="{s['rvt']}" /><input name="ufprt" type="hidden" value="{s['ufprt']}" />
                </form>
            </div>
        </div>
        <div class="container site-footer__bottom">© {s['year']} Nordapoteket A/S · CVR 38472190 · <a href="https://www.apotekeronline.dk/" rel="noopener">Lovligt forhandlet medicin</a></div>
    </footer>
    <script src="/sb/main-js.js.v1a7c2e39" defer></script>
</body>
</html>
"""


PAGE = {
    "service": "Nordapoteket",
    "url": URL,
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Microsoft-IIS/10.0"), ("X-Powered-By", "ASP.NET")],
    "n": 31,
    "start": dt.date(2022, 5, 1),
    "end": dt.date(2024, 12, 15),
    "hours": (4, 5, 16),
    "policy": POLICY,
    "first_updated": dt.date(2022, 2, 7),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": URL,
        "select": [".hero__title", ".rte"],
        "remove": [".CookieDeclaration", "#CookieDeclaration"],
    },
}
