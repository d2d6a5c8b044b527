"""Nordlyd Koncerter, a Danish concert promoter: Umbraco 10 site (agency Razor templates, Umbraco Forms newsletter
signup, Cookiebot). Per visit: the ASP.NET Core antiforgery token and Umbraco Forms' `ufprt` in the footer form;
per deploy the webpack hashes and `?v=` ticks; a "Kommende koncerter" strip under the content whose cards carry
ticket badges ("Få billetter", "Udsolgt", "Ekstrakoncert") and a sale countdown rendered by the server; a site-wide
top bar announcing the next on-sale. All outside the declared `.legal-page__body`, whose end holds Cookiebot's
cookie-declaration script (no text in the capture)."""
import datetime as dt
import html

import common as C

URL = "https://www.nordlyd.dk/privatlivspolitik/"

MDR = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
       "december"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MDR[d.month - 1], d.year)


POLICY = """
# Privatlivspolitik

Senest opdateret den {UPDATED}

Hos Nordlyd Koncerter ApS passer vi godt på de personoplysinger, du giver os, når du køber billetter, tilmelder dig vores nyhedsbrev eller deltager i en af vores koncerter. I denne privatlivspolitik kan du læse, hvilke oplysninger vi behandler, hvorfor vi gør det, og hvilke rettigheder du har.

## Dataansvarlig

Nordlyd Koncerter ApS er dataansvarlig for behandlingen af dine personoplysninger. Du kan kontakte os her:

@ Nordlyd Koncerter ApS
@ Vesterbrogade 149, 3. sal
@ 1620 København V
@ CVR-nr. 38412790

E-mail: [privatliv@nordlyd.dk](mailto:privatliv@nordlyd.dk). Telefon: +45 33 21 40 50 (hverdage kl. 10-15).

## Hvilke oplysninger behandler vi?

Vi behandler kun de oplysninger, der er nødvendige for det formål, de er indsamlet til. Det drejer sig typisk om:

- Navn, e-mailadresse, telefonnummer og postnummer, når du køber billetter gennem vores billetpartnere eller direkte hos os.
- Oplysninger om dine køb, herunder koncert, dato, antal billetter, billettype og eventuelle tilkøb som parkering eller garderobe.
- Din fødselsdato, hvis du køber billetter til koncerter med aldersgrænse.
- Oplysninger om særlige behov, fx kørestolsplads eller ledsagerbillet, hvis du selv giver os dem.
- Tekniske oplysninger som IP-adresse, browsertype og adfærd på nordlyd.dk, som indsamles via cookies.
- Billeder og videooptagelser fra vores koncerter.

## Formål og retsgrundlag

Vi behandler dine personoplysninger til følgende formål og på følgende retsgrundlag:

| Formål | Retsgrundlag |
| Gennemførelse af billetkøb, udsendelse af billetter og praktisk information om koncerten | Databeskyttelsesforordningens artikel 6, stk. 1, litra b (opfyldelse af en aftale) |
| Besked om aflysning, flytning eller ændrede tider for en koncert | Artikel 6, stk. 1, litra b og f (aftale og legitim interesse) |
| Udsendelse af nyhedsbrev med koncertnyheder og forsalg | Artikel 6, stk. 1, litra a (samtykke) og markedsføringslovens § 10 |
| Bogføring og opfyldelse af andre lovkrav | Artikel 6, stk. 1, litra c (retlig forpligtelse) |
| Sikkerhed på koncertpladsen, herunder videoovervågning | Artikel 6, stk. 1, litra f (legitim interesse) |
| Håndtering af særlige behov, fx kørestolsplads | Artikel 9, stk. 2, litra a (udtrykkeligt samtykke) |

Når vi behandler oplysninger på grundlag af en legitim interesse, har vi vurderet, at vores interesse i at afvikle sikre og velfungerende koncerter vejer tungere end hensynet til dit privatliv.

## Billetsalg gennem partnere

De fleste af vores billetter sælges gennem eksterne billetudbydere som Ticketmaster og Billetlugen. Når du køber billetter der, er billetudbyderen selvstændigt dataansvarlig for købet, og deres privatlivspolitik gælder. Billetudbyderen deler navn, e-mail og købsoplysninger med os, så vi kan give dig besked, hvis koncerten ændres eller aflyses.

## Nyhedsbrev

Hvis du tilmelder dig vores nyhedsbrev, bruger vi din e-mailadresse og dit postnummer til at sende dig nyheder om koncerter, forsalg og konkurrencer. Du kan til enhver tid afmelde dig via linket nederst i hvert nyhedsbrev. Vi gemmer oplysninger om dit samtykke i to år efter, at du har afmeldt dig, så vi kan dokumentere, at samtykket blev givet.

## Modtagere af dine oplysninger

Vi videregiver ikke dine oplysninger til andre, medmindre det er nødvendigt for at levere vores ydelser, eller vi er forpligtet til det ved lov. Vi anvender følgende databehandlere, der behandler oplysninger på vores vegne:

| Databehandler | Opgave | Placering af data |
| Umbraco Cloud (Umbraco A/S) | Hosting af hjemmesiden | EU |
| Microsoft Ireland Operations Ltd. | E-mail og dokumenthåndtering | EU |
| Rapidmail GmbH | Udsendelse af nyhedsbreve | EU |
| Cookiebot (Usercentrics A/S) | Håndtering af cookiesamtykke | EU |
| SecuriVagt Danmark A/S | Vagtydelser og videoovervågning ved koncerter | Danmark |

Vi har indgået databehandleraftaler med alle vores databehandlere. Oplysninger kan desuden videregives til politiet, hvis det er nødvendigt i forbindelse med efterforskning af en hændelse ved en koncert.

## Overførsel til lande uden for EU/EØS

Vi overfører som udgangspunkt ikke personoplysninger til lande uden for EU/EØS. Hvis det alligevel sker, fx fordi en leverandør bruger underleverandører i USA, sikrer vi, at overførslen sker på grundlag af EU-Kommissionens standardkontraktbestemmelser eller EU-U.S. Data Privacy Framework.

## Sådan opbevarer vi dine oplysninger

- Oplysninger om billetkøb gemmes i fem år fra udgangen af det regnskabsår, købet vedrører, jf. bogføringsloven.
- Oplysninger om særlige behov slettes senest 30 dage efter koncerten.
- Optagelser fra videoovervågning slettes efter 30 dage, medmindre de skal bruges i en konkret sag.
- Oplysninger om nyhedsbrevsmodtagere slettes, når du afmelder dig, dog gemmes dokumentationen for samtykke som beskrevet ovenfor.

## Børn og unge

Vores koncerter er for alle aldre, men du skal være fyldt 15 år for selv at købe billetter og tilmelde dig vores nyhedsbrev. Køber du billetter til en koncert med aldersgrænse, kan vi ved indgangen bede dig vise legitimation. Vi registrerer ikke oplysninger fra dit legitimationskort.

## Sikkerhed

Vi har truffet passende tekniske og organisatoriske foranstaltninger for at beskytte dine oplysninger mod hændelig eller ulovlig tilintetgørelse, fortabelse, ændring og uautoriseret adgang. Kun medarbejdere, der har brug for oplysningerne i deres arbejde, har adgang til dem. Hvis der sker et brud på persondatasikkerheden, som medfører en høj risiko for dig, giver vi dig besked hurtigst muligt.

## Dine rettigheder

Du har efter databeskyttelsesforordningen en række rettigheder i forhold til vores behandling af oplysninger om dig:

- Ret til at se oplysninger (indsigtsret)
- Ret til berigtigelse (rettelse)
- Ret til sletning
- Ret til begrænsning af behandling
- Ret til indsigelse
- Ret til at transmittere oplysninger (dataportabilitet)
- Ret til at trække et samtykke tilbage

Hvis du vil gøre brug af dine rettigheder, skal du kontakte os på [privatliv@nordlyd.dk](mailto:privatliv@nordlyd.dk). Vi svarer som udgangspunkt inden for en måned. Du kan læse mere om dine rettigheder i Datatilsynets vejledning om de registreredes rettigheder på [www.datatilsynet.dk](https://www.datatilsynet.dk).

## Klage til Datatilsynet

Du har ret til at indgive en klage til Datatilsynet, hvis du er utilfreds med den måde, vi behandler dine personoplysninger på. Du finder Datatilsynets kontaktoplysninger på [www.datatilsynet.dk](https://www.datatilsynet.dk).

## Cookies

Vi bruger cookies på nordlyd.dk til at få hjemmesiden til at fungere, til statistik og til markedsføring. Du kan altid ændre eller trække dit samtykke tilbage via cookiebanneret. Nedenfor kan du se, hvilke cookies vi bruger.
"""

EDITS = [
    {"note": "typo fixed: 'personoplysinger' -> 'personoplysninger' (no date change)", "bump": False,
     "repl": [("godt på de personoplysinger, du", "godt på de personoplysninger, du")]},
    {"note": "Queue-it added to the table of processors",
     "repl": [("| Cookiebot (Usercentrics A/S) |",
               "| Queue-it ApS | Virtuelt venteværelse ved store billetsalg | EU |\n| Cookiebot (Usercentrics A/S) |")]},
    {"note": "sentence added on photos and video at concerts",
     "repl": [("- Billeder og videooptagelser fra vores koncerter.\n\n",
               "- Billeder og videooptagelser fra vores koncerter.\n\n"
               "Vi fotograferer og filmer ved vores koncerter og bruger optagelserne på nordlyd.dk og sociale medier. "
               "Der er tale om stemningsbilleder af publikum, og du kan altid bede os om at fjerne et billede, "
               "hvor du kan genkendes.\n\n")]},
    {"note": "company moved: new address",
     "repl": [("@ Vesterbrogade 149, 3. sal\n@ 1620 København V", "@ Refshalevej 163A\n@ 1432 København K")]},
    {"note": "CCTV retention shortened from 30 to 14 days",
     "repl": [("- Optagelser fra videoovervågning slettes efter 30 dage,",
               "- Optagelser fra videoovervågning slettes efter 14 dage,")]},
]

ARTISTS = [("Lukas Graham", "Royal Arena"), ("Mø", "Vega"), ("Volbeat", "Parken"), ("Tobias Rahim", "Tivolis Koncertsal"),
           ("Minds of 99", "Royal Arena"), ("Aurora", "DR Koncerthuset"), ("Suspekt", "Tap1"),
           ("Burhan G", "Musikhuset Aarhus"), ("Kesi", "Falconer Salen"), ("Medina", "Jyske Bank Boxen"),
           ("Fontaines D.C.", "Vega"), ("Nik &amp; Jay", "Royal Arena"), ("Christopher", "Forum"),
           ("Girl in Red", "Amager Bio"), ("Gilli", "Gigantium")]
BADGES = ["Få billetter", "Udsolgt", "Ekstrakoncert", "Flyttet", "Billetter", "Billetter", "Billetter"]


def noise(rng, when, i, prev):
    p = prev or {}
    s = {}
    s["antiforgery"] = "CfDJ8" + C.b64tok(rng, 120).replace("+", "-").replace("/", "_").rstrip("=")
    s["ufprt"] = "CfDJ8" + C.b64tok(rng, 180).replace("+", "-").replace("/", "_").rstrip("=")
    s["build"] = C.keep_or(rng, p.get("build"), 0.25, lambda: (C.hexs(rng, 8), C.hexs(rng, 8),
                                                                 C.epoch(when) * 10 ** 7 + 621355968000000000))

    def strip():
        picks = rng.sample(range(len(ARTISTS)), 4)
        cards = []
        for j in picks:
            d = when.date() + dt.timedelta(days=rng.randint(5, 240))
            b = rng.choice(BADGES)
            if rng.random() < 0.25:
                b = "onsale:" + (when.date() + dt.timedelta(days=rng.randint(2, 12))).isoformat()
            cards.append((j, d.isoformat(), b))
        return tuple(cards)
    old = p.get("strip")
    if old and min(c[1] for c in old) < when.date().isoformat():
        old = None  # a concert in the strip has taken place: the list is rebuilt
    s["strip"] = C.keep_or(rng, old, 0.3, strip)
    s["onsale"] = C.keep_or(rng, p.get("onsale"), 0.25,
                            lambda: (rng.randrange(len(ARTISTS)), rng.choice(["mandag", "tirsdag", "onsdag", "torsdag", "fredag"]),
                                     rng.choice(["10:00", "10:00", "12:00", "09:00"])))
    return s


LABELS = {"antiforgery": "ASP.NET Core antiforgery token", "ufprt": "Umbraco Forms ufprt token",
          "build": "webpack hashes and ?v= ticks (deploy)", "strip": "'Kommende koncerter' strip (badges, dates)",
          "onsale": "top bar: next on-sale announcement"}


def render(state, blocks, when):
    css, js, ticks = state["build"]
    a, day, hour = state["onsale"]
    cards = []
    for j, d, b in state["strip"]:
        name, venue = ARTISTS[j]
        if b.startswith("onsale:"):
            left = (dt.date.fromisoformat(b[7:]) - when.date()).days
            b = ("Billetsalg starter om %d dage" % left if left > 1 else
                 "Billetsalg starter i morgen" if left == 1 else "Få billetter")
        dd = dt.date.fromisoformat(d)
        cls = "badge--soldout" if b == "Udsolgt" else ("badge--countdown" if b.startswith("Billetsalg") else "badge--tickets")
        cards.append("""<li class="event-card">
            <a href="/koncerter/%s/" class="event-card__link">
              <picture class="event-card__image"><img src="/media/%s/%s.jpg?width=480&amp;height=320&amp;rnd=%d" alt="" loading="lazy" /></picture>
              <div class="event-card__meta">
                <time class="event-card__date" datetime="%s">%d. %s %d</time>
                <h3 class="event-card__title">%s</h3>
                <p class="event-card__venue">%s</p>
                <span class="badge %s">%s</span>
              </div>
            </a>
          </li>""" % (C.det_sha(name)[:10], C.det_sha("m", name)[:6], C.det_sha("img", name)[:8], ticks // 10 ** 9,
                      d, dd.day, MDR[dd.month - 1][:3] + ".", dd.year, name, venue, cls, b))
    body = C.blocks_html(blocks)
    return """<!DOCTYPE html>
<html lang="da">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Privatlivspolitik | Nordlyd Koncerter</title>
    <meta name="description" content="Læs hvordan Nordlyd Koncerter behandler dine personoplysninger." />
    <link rel="canonical" href="%(url)s" />
    <meta property="og:title" content="Privatlivspolitik" />
    <meta property="og:site_name" content="Nordlyd Koncerter" />
    <meta property="og:image" content="https://www.nordlyd.dk/media/rbcpzq1a/nordlyd-og.jpg" />
    <script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="5c0e8a2f-7b4d-4e21-9d3a-61f0b8c2e947" data-blockingmode="auto" data-culture="DA" type="text/javascript"></script>
    <link rel="preload" href="/dist/fonts/NordlydGrotesk-Bold.woff2" as="font" type="font/woff2" crossorigin />
    <link rel="stylesheet" href="/dist/css/main.%(css)s.css?v=%(ticks)d" />
    <link rel="icon" href="/favicon.ico" />
    <script data-cookieconsent="ignore">
        window.dataLayer = window.dataLayer || [];
        function gtag() { dataLayer.push(arguments); }
        gtag("consent", "default", { ad_storage: "denied", analytics_storage: "denied", wait_for_update: 500 });
        gtag("set", "ads_data_redaction", true);
    </script>
    <script data-cookieconsent="ignore">(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
    new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
    j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
    'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
    })(window,document,'script','dataLayer','GTM-K7Q3ZP5');</script>
</head>
<body class="page page--legalPage" data-node-id="1874">
    <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7Q3ZP5" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
    <a class="skip-link" href="#main">Gå til indhold</a>
    <div class="topbar" role="region" aria-label="Nyhed">
        <p class="topbar__text">Billetsalget til <a href="/koncerter/%(onsale_slug)s/">%(onsale_name)s</a> starter %(onsale_day)s kl. %(onsale_hour)s – tilmeld dig køen i god tid</p>
    </div>
    <header class="site-header">
        <div class="site-header__inner container">
            <a href="/" class="site-header__logo" aria-label="Nordlyd Koncerter – til forsiden">
                <svg width="148" height="32" aria-hidden="true"><use href="/dist/icons/sprite.svg#logo"></use></svg>
            </a>
            <nav class="main-nav" aria-label="Hovedmenu">
                <ul class="main-nav__list">
                    <li class="main-nav__item"><a href="/koncerter/">Koncerter</a></li>
                    <li class="main-nav__item"><a href="/festivaler/">Festivaler</a></li>
                    <li class="main-nav__item"><a href="/spillesteder/">Spillesteder</a></li>
                    <li class="main-nav__item"><a href="/nyheder/">Nyheder</a></li>
                    <li class="main-nav__item"><a href="/kundeservice/">Kundeservice</a></li>
                </ul>
            </nav>
            <button class="site-header__search" type="button" aria-label="Søg" data-search-toggle></button>
            <button class="site-header__burger" type="button" aria-label="Menu" aria-expanded="false" data-menu-toggle><span></span></button>
        </div>
    </header>

    <main id="main" class="main">
        <nav class="breadcrumb container" aria-label="Brødkrumme">
            <ol class="breadcrumb__list">
                <li class="breadcrumb__item"><a href="/">Forside</a></li>
                <li class="breadcrumb__item"><a href="/kundeservice/">Kundeservice</a></li>
                <li class="breadcrumb__item" aria-current="page">Privatlivspolitik</li>
            </ol>
        </nav>
        <article class="legal-page container">
            <div class="legal-page__grid">
                <aside class="legal-page__nav">
                    <ul class="side-nav">
                        <li class="side-nav__item"><a href="/kundeservice/handelsbetingelser/">Handelsbetingelser</a></li>
                        <li class="side-nav__item side-nav__item--active"><a href="/privatlivspolitik/" aria-current="page">Privatlivspolitik</a></li>
                        <li class="side-nav__item"><a href="/kundeservice/husregler/">Husregler ved koncerter</a></li>
                        <li class="side-nav__item"><a href="/kundeservice/tilgaengelighed/">Tilgængelighed</a></li>
                    </ul>
                </aside>
                <div class="legal-page__body rte">
%(body)s
<script id="CookieDeclaration" src="https://consent.cookiebot.com/5c0e8a2f-7b4d-4e21-9d3a-61f0b8c2e947/cd.js" type="text/javascript" async></script>
                </div>
            </div>
        </article>

        <section class="upcoming-strip" aria-labelledby="upcoming-title">
            <div class="container">
                <h2 id="upcoming-title" class="upcoming-strip__title">Kommende koncerter</h2>
                <ul class="upcoming-strip__list">
          %(cards)s
                </ul>
                <a href="/koncerter/" class="button button--outline">Se alle koncerter</a>
            </div>
        </section>
    </main>

    <footer class="site-footer">
        <div class="container site-footer__grid">
            <div class="site-footer__col">
                <h2 class="site-footer__heading">Nordlyd Koncerter ApS</h2>
                <p>Kundeservice: <a href="mailto:billet@nordlyd.dk">billet@nordlyd.dk</a></p>
                <ul class="some-links">
                    <li><a href="https://www.facebook.com/nordlydkoncerter" aria-label="Facebook"></a></li>
                    <li><a href="https://www.instagram.com/nordlydkoncerter" aria-label="Instagram"></a></li>
                    <li><a href="https://open.spotify.com/user/nordlyd" aria-label="Spotify"></a></li>
                </ul>
            </div>
            <div class="site-footer__col site-footer__newsletter">
                <h2 class="site-footer__heading">Få koncertnyheder først</h2>
                <div class="umbraco-forms-page" id="2c1e5a4d-9f0b-4a61-8e3b-7d2c6f9a0e15">
<form action="/privatlivspolitik/" enctype="multipart/form-data" id="form2c1e5a4d9f0b4a618e3b7d2c6f9a0e15" method="post" novalidate="novalidate">                    <input type="hidden" name="FormId" value="2c1e5a4d-9f0b-4a61-8e3b-7d2c6f9a0e15" />
                    <input type="hidden" name="FormName" value="Nyhedsbrev" />
                    <input type="hidden" name="RecordId" value="" />
                    <input type="hidden" name="PreviousClicked" value="" />
                    <input type="hidden" name="Theme" value="" />
                    <input type="hidden" name="RedirectToPageId" value="" />
                    <div class="umbraco-forms-field email shortanswer mandatory">
                        <label for="b8f1e0d2-6c3a-4f7e-91a5-0d4b2e8c7f63" class="umbraco-forms-label">E-mail</label>
                        <div class="umbraco-forms-field-wrapper"><input type="email" name="b8f1e0d2-6c3a-4f7e-91a5-0d4b2e8c7f63" id="b8f1e0d2-6c3a-4f7e-91a5-0d4b2e8c7f63" class="text" value="" maxlength="500" data-val="true" data-val-required="Indtast din e-mail" /></div>
                    </div>
                    <div class="umbraco-forms-navigation row-fluid"><button type="submit" class="btn primary" name="__next" data-form-navigate="next">Tilmeld</button></div>
                    <input name="__RequestVerificationToken" type="hidden" value="%(anti)s" /><input name="ufprt" type="hidden" value="%(ufprt)s" />
</form>
                </div>
            </div>
            <div class="site-footer__col">
                <ul class="footer-links">
                    <li><a href="/kundeservice/handelsbetingelser/">Handelsbetingelser</a></li>
                    <li><a href="/privatlivspolitik/">Privatlivspolitik</a></li>
                    <li><a href="javascript:Cookiebot.renew()">Cookieindstillinger</a></li>
                    <li><a href="/presse/">Presse</a></li>
                </ul>
            </div>
        </div>
    </footer>
    <script src="/App_Plugins/UmbracoForms/Assets/aspnet-client-validation/dist/aspnet-validation.min.js?v=%(ticks)d"></script>
    <script src="/App_Plugins/UmbracoForms/Assets/themes/default/umbracoforms.min.js" type="application/javascript"></script>
    <script src="/dist/js/main.%(js)s.js" defer></script>
</body>
</html>
""" % {"url": URL, "css": css, "js": js, "ticks": ticks, "body": body, "cards": "\n          ".join(cards),
       "onsale_slug": C.det_sha(ARTISTS[a][0])[:10], "onsale_name": ARTISTS[a][0], "onsale_day": day,
       "onsale_hour": hour, "anti": state["antiforgery"], "ufprt": state["ufprt"]}


PAGE = {
    "service": "Nordlyd Koncerter",
    "url": URL,
    "lang": "da",
    "platform": "Umbraco 10 (Razor templates, Umbraco Forms, Cookiebot)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Kestrel"), ("X-Powered-By", "ASP.NET"), ("Cache-Control", "no-cache, no-store"),
                      ("Content-Security-Policy", "frame-ancestors 'self'")),
    "n": 28,
    "start": dt.date(2023, 1, 10),
    "end": dt.date(2025, 2, 28),
    "hours": (2, 8, 14, 20),
    "policy": POLICY,
    "first_updated": dt.date(2022, 11, 24),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".legal-page__body"},
}
