"""Klarsyn Optik (Danish optician chain, 38 stores), Umbraco 13 on ASP.NET Core (Azure App Service), the page built
with Umbraco's Block Grid (default partials: layout items with data-content-element-type-alias, areas), Cookie
Information as consent manager, a Trustpilot TrustBox. The privacy policy is a page header block and two rich-text
blocks in the grid's main area; the grid's side area holds a links block and a booking teaser that shows the next free
eye-test slot in the default store."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import dkit as K  # noqa: E402

POLICY = """
# Privatlivspolitik

Senest opdateret: {UPDATED}

Hos Klarsyn Optik passer vi godt på dine personoplysinger. I denne privatlivspolitik kan du læse, hvilke oplysninger vi indsamler, når du får foretaget en synsprøve, køber briller eller kontaktlinser, bruger vores webshop eller tilmelder dig vores nyhedsbrev, og hvordan vi behandler dem.

## Dataansvarlig

@ Klarsyn Optik A/S
@ Søndergade 21
@ 8000 Aarhus C
@ CVR-nr. 31456789
@ E-mail: [privatliv@klarsyn.dk](mailto:privatliv@klarsyn.dk)
@ Telefon: 70 20 14 14

Har du spørgsmål til vores behandling af dine personoplysninger, er du altid velkommen til at kontakte vores databeskyttelsesrådgiver på [dpo@klarsyn.dk](mailto:dpo@klarsyn.dk).

## Hvilke oplysninger behandler vi?

Afhængigt af hvordan du er i kontakt med os, behandler vi følgende oplysninger:

- Almindelige oplysninger: navn, adresse, telefonnummer, e-mailadresse, fødselsdato og købshistorik.
- Helbredsoplysninger: resultater af synsprøver og kontaktlinsetilpasninger, din brillestyrke, målinger af øjentryk og billeder af nethinden, samt oplysninger om sygdomme og medicin, der kan have betydning for dit syn.
- CPR-nummer: kun når det er nødvendigt for at sende en henvisning til øjenlæge eller for at søge tilskud hos din kommune eller Sygeforsikringen "danmark".
- Tekniske oplysninger: IP-adresse, enhedstype og din adfærd på klarsyn.dk, hvis du har givet samtykke til cookies.

## Formål og retsgrundlag

Vi behandler dine almindelige personoplysninger for at kunne levere de varer og ydelser, du har bestilt, jf. databeskyttelsesforordningens artikel 6, stk. 1, litra b. Helbredsoplysninger behandler vi, fordi vi som autoriserede optikere er forpligtet til at føre journal, jf. autorisationsloven og journalføringsbekendtgørelsen, og fordi behandlingen er nødvendig for at kunne stille en sundhedsfaglig vurdering, jf. artikel 9, stk. 2, litra h.

Hvis du har givet samtykke, bruger vi din e-mailadresse og dit telefonnummer til at sende dig nyhedsbreve, påmindelser om ny synsprøve og personlige tilbud. Du kan til enhver tid trække dit samtykke tilbage via linket i vores e-mails eller ved at kontakte os.

Vi bruger desuden dine oplysninger til markedsføring på sociale medier, hvis du har givet samtykke til marketingcookies:

- Meta Pixel og Facebook Custom Audiences
- Google Ads remarketing
- Pinterest Tag

## Hvem deler vi oplysninger med?

Vi sælger aldrig dine personoplysninger. Vi deler kun oplysninger med andre, når det er nødvendigt, for eksempel med øjenlæger ved henvisning, med Sygeforsikringen "danmark" eller din kommune ved ansøgning om tilskud, samt med vores databehandlere:

| Databehandler | Formål | Placering |
| Optisoft ApS | Journal- og kassesystem i butikkerne | EU |
| Microsoft Ireland Operations Ltd. | Hosting af webshop og e-mail | EU |
| Salesforce (Marketing Cloud) | Udsendelse af nyhedsbreve og påmindelser | EU/USA |
| PostNord Danmark | Levering af webshopordrer | EU |
| Nets Denmark A/S | Betalinger i webshop og butik | EU |

Når vi overfører oplysninger til USA, sker det på grundlag af EU-U.S. Data Privacy Framework eller EU-Kommissionens standardkontraktbestemmelser.

## Hvor længe gemmer vi dine oplysninger?

Journaloplysninger fra synsprøver og kontaktlinsetilpasninger opbevarer vi i mindst 10 år efter sidste behandling, som journalføringsbekendtgørelsen kræver. Bogføringsmateriale gemmer vi i 5 år efter regnskabsårets afslutning. Oplysninger om dig som nyhedsbrevsmodtager sletter vi, når du afmelder dig, og oplysninger om din webshopkonto sletter vi, hvis kontoen ikke har været brugt i 3 år.

## Dine rettigheder

Du har ret til at få indsigt i de personoplysninger, vi behandler om dig, og til at få urigtige oplysninger berigtiget. Du kan også have ret til at få oplysninger slettet, til at få behandlingen begrænset, til dataportabilitet og til at gøre indsigelse mod behandling, der sker på grundlag af vores legitime interesser. Bemærk, at vi ikke kan slette journaloplysninger, så længe vi er forpligtet til at opbevare dem.

Hvis du ønsker at gøre brug af dine rettigheder, kan du skrive til [privatliv@klarsyn.dk](mailto:privatliv@klarsyn.dk) eller henvende dig i din butik. Du kan klage over vores behandling af dine personoplysninger til Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, [www.datatilsynet.dk](https://www.datatilsynet.dk).

## Cookies

Vi bruger cookies på klarsyn.dk. Du kan læse mere om, hvilke cookies vi bruger, og ændre dit samtykke i vores [cookiepolitik](/cookiepolitik/).
"""

EDITS = [
    {"note": "typo fixed (personoplysinger -> personoplysninger), date unchanged", "bump": False,
     "repl": [("passer vi godt på dine personoplysinger.", "passer vi godt på dine personoplysninger.")]},
    {"note": "processor row added to the table: Zendesk for customer service",
     "repl": [("| Nets Denmark A/S | Betalinger i webshop og butik | EU |",
               "| Nets Denmark A/S | Betalinger i webshop og butik | EU |\n"
               "| Zendesk Inc. | Kundeservice via e-mail og chat | EU/USA |")]},
    {"note": "customer-service phone number changed (70 20 14 14 -> 70 70 33 44)",
     "repl": [("@ Telefon: 70 20 14 14", "@ Telefon: 70 70 33 44")]},
    {"note": "section added on hearing aids and hearing tests (new hearing-care business)",
     "repl": [("## Hvem deler vi oplysninger med?",
               "## Høreapparater og hørescreening\n\n"
               "I udvalgte butikker tilbyder vi hørescreening og tilpasning af høreapparater. Her behandler vi dit "
               "audiogram, oplysninger om din hørelse og eventuelle lægelige henvisninger. Hvis du søger tilskud til "
               "høreapparat, sender vi de nødvendige oplysninger til din region og til Sygeforsikringen \"danmark\", "
               "når du har givet os fuldmagt til det.\n\n"
               "## Hvem deler vi oplysninger med?")]},
    {"note": "list item removed: Facebook Custom Audiences no longer used (Meta Pixel kept)",
     "repl": [("- Meta Pixel og Facebook Custom Audiences", "- Meta Pixel")]},
    {"note": "sentence added: notice by e-mail before an inactive webshop account is deleted, date unchanged",
     "bump": False,
     "repl": [("hvis kontoen ikke har været brugt i 3 år.",
               "hvis kontoen ikke har været brugt i 3 år. Inden sletningen får du besked på e-mail.")]},
]

def fmt_date(d):
    return "%d. %s %d" % (d.day, K.MONTHS["da"][d.month - 1], d.year)


STORES = [("kobenhavn-k", "Klarsyn København K"), ("aarhus-c", "Klarsyn Aarhus C"), ("odense", "Klarsyn Odense"),
          ("aalborg", "Klarsyn Aalborg"), ("lyngby", "Klarsyn Lyngby Storcenter"), ("vejle", "Klarsyn Vejle")]
OPEN = {0: (10, 17.5), 1: (10, 17.5), 2: (10, 17.5), 3: (10, 18), 4: (10, 18), 5: (10, 14)}


def _next_slot(rng, when):
    """The booking API's first free eye-test slot: in the default store (the crawler's IP maps to no region), or,
    when that one is booked up, in the store with the earliest free slot."""
    loc, _ = K.local(when, "da")
    t = loc + dt.timedelta(minutes=rng.choice([25, 40, 60, 90, 150, 240, 600, 1300, 1500, 2900]))
    for _ in range(14 * 96):
        t = t.replace(minute=(t.minute // 20) * 20, second=0, microsecond=0) + dt.timedelta(minutes=20)
        o = OPEN.get(t.weekday())
        if o and o[0] * 60 <= t.hour * 60 + t.minute <= o[1] * 60 - 40:
            break
    if t.date() == loc.date():
        day = "i dag"
    elif t.date() == loc.date() + dt.timedelta(days=1):
        day = "i morgen"
    else:
        day = "%s d. %d/%d" % (K.WEEKDAYS["da"][t.weekday()], t.day, t.month)
    store = STORES[0] if rng.random() < 0.7 else rng.choice(STORES[1:])
    return (store[0], store[1], "%s kl. %02d:%02d" % (day, t.hour, t.minute))


def _campaign(loc):
    m = loc.month
    if m == 1:
        return ("januarudsalg", "Januarudsalg: Op til 50 % på udvalgte stel", "/kampagner/januarudsalg/")
    if m in (2, 3):
        return ("solbriller-1kr", "Køb briller – få solbriller med styrke for 1 kr.", "/kampagner/solbriller-1-kr/")
    if m in (4, 5, 6):
        return ("sol", "Solbriller med styrke fra 999 kr.", "/kampagner/solbriller-med-styrke/")
    if m in (7, 8):
        return ("linser", "Sommerkampagne: 2 æsker endagslinser – betal for 1", "/kampagner/kontaktlinser/")
    if m in (9, 10):
        return ("synsugen", "Synsugen: Gratis synsprøve og 30 % på glas", "/kampagner/synsugen/")
    if m == 11:
        return ("black-week", "Black Week: 40 % på alle solbriller", "/kampagner/black-week/")
    return ("gavekort", "Giv et gavekort – gælder i alle 38 butikker", "/gavekort/")


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "da")
    return {
        "token": "CfDJ8" + C.b64tok(rng, 108).replace("+", "-").replace("/", "_").rstrip("="),
        "booking": _next_slot(rng, when),
        "campaign": _campaign(loc),
        "assets": C.keep_or(rng, p.get("assets"), 0.2,
                            lambda: (C.b64tok(rng, 32).replace("+", "-").replace("/", "_").rstrip("="),
                                     C.b64tok(rng, 32).replace("+", "-").replace("/", "_").rstrip("="))),
        "footer_year": loc.year,
    }


LABELS = {
    "token": "__RequestVerificationToken of the footer newsletter form",
    "booking": "booking teaser in the block grid's side area (store, next free eye-test slot)",
    "campaign": "campaign bar above the header",
    "assets": "asp-append-version hashes of main.css/main.js (deploy)",
    "footer_year": "copyright year in the footer",
}

U = {"pageHeader": ("9a3e4d1c-5b7f-4e2a-8c61-0f3d2b7e9a14", "umb://element/6f1b2c9d3e4a4f5b8c7d9e0a1b2c3d4e"),
     "twoColumnSection": ("2c8f1e6b-7d4a-4c3e-9b15-8e2a7f0c6d31", "umb://element/b2d7e1c04a3f4e8b9c6d5a1f0e2b7c3d"),
     "richText": ("e1b7c0d4-2f9a-4a6e-b3c8-5d0f1e7a9c22", None),
     "sidebarLinks": ("4f0a2b9e-8c1d-4e7f-a6b3-9d2c5e1f0a47", "umb://element/0c9e8d7f6a5b4c3d2e1f0a9b8c7d6e5f"),
     "bookingTeaser": ("7d6c5b4a-3e2f-4d1c-8b9a-0e1f2d3c4b58", "umb://element/5a4b3c2d1e0f4a9b8c7d6e5f4a3b2c1d")}


def _item(alias, inner, span, udi=None):
    key, u = U[alias]
    return ("""<div class="umb-block-grid__layout-item"
     data-content-element-type-alias="%s"
     data-content-element-type-key="%s"
     data-element-udi="%s"
     data-col-span="%d"
     data-row-span="1"
     style=" --umb-block-grid--item-column-span: %d; --umb-block-grid--item-row-span: 1; ">
%s
</div>""" % (alias, key, udi or u, span, span, inner))


def _rte(blocks):
    def table(rows, inl):
        head = "<tr>%s</tr>" % "".join("<th>%s</th>" % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return '<table class="table-responsive" style="border-collapse: collapse; width: 100%%;" border="1">' \
               '<tbody>%s%s</tbody></table>' % (head, body)
    return K.render_blocks(blocks, table=table,
                           addr=lambda lines, inl: "<p>%s</p>" % "<br>".join(inl(x) for x in lines))


def render(state, blocks, when):
    css, js = state["assets"]
    ckey, ctext, curl = state["campaign"]
    skey, sname, slot = state["booking"]
    title = blocks[0][1]
    body = blocks[1:]
    head, secs = C.split_sections(body)
    # the editors split the text over two rich-text blocks (the table made the first one unwieldy in the backoffice)
    cut = next(k for k, (h, _) in enumerate(secs) if h.startswith("Hvem deler"))
    part1 = head + [b for h, bl in secs[:cut] for b in [("h2", h)] + bl]
    part2 = [b for h, bl in secs[cut:] for b in [("h2", h)] + bl]
    rt1 = _item("richText", '<div class="rte">\n%s\n</div>' % _rte(part1), 8,
                "umb://element/1e2d3c4b5a69478f8e7d6c5b4a392817")
    rt2 = _item("richText", '<div class="rte">\n%s\n</div>' % _rte(part2), 8,
                "umb://element/8f7e6d5c4b3a42918a7b6c5d4e3f2a10")
    header_block = _item("pageHeader", """<section class="page-header page-header--simple">
    <div class="page-header__inner container">
        <h1 class="page-header__title">%s</h1>
    </div>
</section>""" % K.esc(title), 12)
    side = _item("sidebarLinks", """<nav class="sidebar-links" aria-labelledby="sl-title">
    <h2 id="sl-title" class="sidebar-links__title">Genveje</h2>
    <ul>
        <li><a href="/handelsbetingelser/">Handelsbetingelser</a></li>
        <li><a href="/cookiepolitik/">Cookiepolitik</a></li>
        <li><a href="/kundeservice/">Kontakt kundeservice</a></li>
    </ul>
</nav>""", 4) + "\n" + _item("bookingTeaser", """<aside class="booking-teaser" data-store="%s">
    <h2 class="booking-teaser__title">Book en gratis synsprøve</h2>
    <p class="booking-teaser__next">Første ledige tid i <strong>%s</strong>: %s</p>
    <a class="button button--primary" href="/book-synsproeve/?butik=%s">Book tid</a>
</aside>""" % (skey, K.esc(sname), slot, skey), 4)
    grid = """<div class="umb-block-grid"
     data-grid-columns="12"
     style="--umb-block-grid--grid-columns: 12;">
<div class="umb-block-grid__layout-container">
%s
%s
</div>
</div>""" % (header_block, _item("twoColumnSection", """<section class="section section--two-column">
<div class="umb-block-grid__area-container"
     style="--umb-block-grid--area-grid-columns: 12;">
<div class="umb-block-grid__area"
     data-area-col-span="8"
     data-area-row-span="1"
     data-area-alias="main"
     style="--umb-block-grid--grid-columns: 8;--umb-block-grid--area-column-span: 8; --umb-block-grid--area-row-span: 1;">
<div class="umb-block-grid__layout-container">
%s
%s
</div>
</div>
<div class="umb-block-grid__area"
     data-area-col-span="4"
     data-area-row-span="1"
     data-area-alias="aside"
     style="--umb-block-grid--grid-columns: 4;--umb-block-grid--area-column-span: 4; --umb-block-grid--area-row-span: 1;">
<div class="umb-block-grid__layout-container">
%s
</div>
</div>
</div>
</section>""" % (rt1, rt2, side), 12))
    return """<!DOCTYPE html>
<html lang="da">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Privatlivspolitik | Klarsyn Optik</title>
    <meta name="description" content="L&#xE6;s hvordan Klarsyn Optik behandler dine personoplysninger, n&#xE5;r du f&#xE5;r lavet en synspr&#xF8;ve eller handler hos os." />
    <link rel="canonical" href="https://www.klarsyn.dk/privatlivspolitik/" />
    <meta property="og:title" content="Privatlivspolitik" />
    <meta property="og:site_name" content="Klarsyn Optik" />
    <link rel="preconnect" href="https://policy.app.cookieinformation.com" />
    <script id="CookieConsent" src="https://policy.app.cookieinformation.com/uc.js" data-culture="DA" data-gcm-version="2.0" type="text/javascript"></script>
    <link rel="preload" href="/dist/fonts/klarsyn-sans-regular.woff2" as="font" type="font/woff2" crossorigin />
    <link rel="stylesheet" href="/dist/css/main.css?v=%(css)s" />
    <script>
        window.dataLayer = window.dataLayer || [];
        window.dataLayer.push({"pageType":"contentPage","pageId":1843,"pageTemplate":"ContentPage","culture":"da-DK"});
    </script>
    <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
    new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
    j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
    'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
    })(window,document,'script','dataLayer','GTM-K7QX2VM');</script>
    <script type="text/javascript" src="//widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js" async></script>
</head>
<body class="page page--contentpage">
    <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7QX2VM" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
    <a class="skip-link" href="#main">G&#xE5; til indhold</a>
    <div class="campaign-bar campaign-bar--%(ckey)s">
        <div class="container"><a class="campaign-bar__link" href="%(curl)s">%(ctext)s</a></div>
    </div>
    <header class="site-header">
        <div class="site-header__inner container">
            <a class="site-header__logo" href="/" aria-label="Klarsyn Optik - til forsiden"><svg width="150" height="36" aria-hidden="true"><use href="/dist/icons/sprite.svg#logo"></use></svg></a>
            <nav class="main-nav" aria-label="Hovedmenu">
                <ul class="main-nav__list">
                    <li class="main-nav__item"><a href="/briller/">Briller</a></li>
                    <li class="main-nav__item"><a href="/solbriller/">Solbriller</a></li>
                    <li class="main-nav__item"><a href="/kontaktlinser/">Kontaktlinser</a></li>
                    <li class="main-nav__item"><a href="/synsproeve/">Synspr&#xF8;ve</a></li>
                    <li class="main-nav__item"><a href="/butikker/">Find butik</a></li>
                </ul>
            </nav>
            <div class="site-header__actions">
                <a class="site-header__search" href="/soeg/" aria-label="S&#xF8;g"><svg width="20" height="20" aria-hidden="true"><use href="/dist/icons/sprite.svg#search"></use></svg></a>
                <a class="site-header__basket" href="/kurv/" aria-label="Kurv"><svg width="20" height="20" aria-hidden="true"><use href="/dist/icons/sprite.svg#basket"></use></svg><span class="site-header__basket-count" data-basket-count>0</span></a>
                <a class="button button--small" href="/book-synsproeve/">Book tid</a>
            </div>
        </div>
    </header>
    <nav class="breadcrumb container" aria-label="Br&#xF8;dkrumme">
        <ol class="breadcrumb__list">
            <li class="breadcrumb__item"><a href="/">Forside</a></li>
            <li class="breadcrumb__item"><span aria-current="page">Privatlivspolitik</span></li>
        </ol>
    </nav>
    <main id="main" class="main">
%(grid)s
    </main>
    <footer class="site-footer">
        <div class="site-footer__inner container">
            <div class="site-footer__col">
                <h2 class="site-footer__title">Kundeservice</h2>
                <p>Hverdage 9-17<br><a href="mailto:kundeservice@klarsyn.dk">kundeservice@klarsyn.dk</a></p>
            </div>
            <div class="site-footer__col">
                <h2 class="site-footer__title">Om Klarsyn</h2>
                <ul><li><a href="/om-os/">Om os</a></li><li><a href="/job/">Job</a></li><li><a href="/privatlivspolitik/">Privatlivspolitik</a></li><li><a href="/cookiepolitik/">Cookiepolitik</a></li><li><a href="javascript:CookieConsent.renew();">Skift cookiesamtykke</a></li></ul>
            </div>
            <div class="site-footer__col">
                <h2 class="site-footer__title">F&#xE5; nyheder og tilbud</h2>
                <form class="newsletter-form" action="/umbraco/surface/Newsletter/Subscribe" method="post" novalidate>
                    <label for="nl-email" class="visually-hidden">E-mail</label>
                    <input id="nl-email" name="Email" type="email" placeholder="Din e-mail" required />
                    <button type="submit" class="button button--secondary">Tilmeld</button>
                <input name="__RequestVerificationToken" type="hidden" value="%(token)s" /><input name="ufprt" type="hidden" value="CfDJ8Nl3Zr0kQJFFnk2vS1y5cwq8pTj2A8ZB3e0sW2f6hZnJ4vQ9" /></form>
            </div>
            <div class="site-footer__col">
                <div class="trustpilot-widget" data-locale="da-DK" data-template-id="5419b6a8b0d04a076446a9ad" data-businessunit-id="58a4c1e20000ff00059d7b12" data-style-height="24px" data-style-width="100%%" data-theme="dark">
                    <a href="https://dk.trustpilot.com/review/klarsyn.dk" target="_blank" rel="noopener">Trustpilot</a>
                </div>
            </div>
        </div>
        <p class="site-footer__legal container">&#xA9; %(year)d Klarsyn Optik A/S &#xB7; CVR 31456789 &#xB7; S&#xF8;ndergade 21, 8000 Aarhus C</p>
    </footer>
    <script src="/dist/js/main.js?v=%(js)s" type="module"></script>
</body>
</html>
""" % {"css": css, "js": js, "ckey": ckey, "curl": curl, "ctext": K.esc(ctext), "grid": grid,
       "token": state["token"], "year": state["footer_year"]}


PAGE = {
    "service": "Klarsyn Optik",
    "url": "https://www.klarsyn.dk/privatlivspolitik/",
    "lang": "da",
    "platform": "Umbraco 13 (ASP.NET Core, Azure App Service), Block Grid, Cookie Information",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Kestrel"), ("Cache-Control", "no-cache, no-store"), ("X-Frame-Options", "SAMEORIGIN"),
                      ("Strict-Transport-Security", "max-age=31536000")],
    "n": 29,
    "start": dt.date(2023, 6, 1),
    "end": dt.date(2025, 3, 31),
    "hours": (5, 8, 14),
    "policy": POLICY,
    "first_updated": dt.date(2023, 2, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.klarsyn.dk/privatlivspolitik/",
        "select": "main .umb-block-grid",
        "remove": ['[data-content-element-type-alias="sidebarLinks"]',
                   '[data-content-element-type-alias="bookingTeaser"]'],
    },
}
