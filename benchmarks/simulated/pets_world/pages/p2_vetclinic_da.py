"""Danish veterinary clinic chain on Dynamicweb 9 (Rapido 3 template): /om-os/privatlivspolitik.

The policy is one text paragraph (`#Paragraph_2261 article.article`) of the page's main block; Cookiebot's
CookieDeclaration script sits inside it (no text server-side). Beside it, in the right column, the booking
integration's "Næste ledige tid" box (next free slots per clinic, live) and a rotating "Ugens dyrlægetip";
the Rapido CSS/JS carry .NET-ticks cache stamps that move when the design is republished.
"""
import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]

POLICY = """
# Privatlivspolitik

Senest opdateret: {UPDATED}

Hos Dyrlægehuset passer vi på dit dyr, og vi passer også på dine oplysninger. I denne privatlivspolitik kan du læse, hvilke personoplysninger vi behandler, når du er kunde hos os, bestiller tid online, bruger vores app eller besøger vores hjemmeside, og hvilke rettigheder du har.

## Dataansvarlig

Dyrlægehuset A/S er dataansvarlig for behandlingen af de personoplysninger, som vi modtager om dig. Alle vores klinikker er en del af samme selskab, og du kan derfor bruge de samme kontaktoplysninger, uanset hvilken klinik du kommer på.

@ Dyrlægehuset A/S
@ Søren Frichs Vej 38
@ 8230 Åbyhøj
@ CVR-nr. 39 41 52 87
@ Telefon: +45 70 20 44 10
@ E-mail: persondata@dyrlaegehuset.dk

## Hvilke oplysninger behandler vi?

Når du kommer hos os med dit dyr, registrerer vi oplysninger om både dig og dyret. Det drejer sig typisk om:

- navn, adresse, telefonnummer og e-mailadresse;
- oplysninger om dit dyr, herunder art, race, alder, køn, chipnummer og vaccinationsstatus;
- journaloplysninger om undersøgelser, diagnoser, behandlinger, ordineret medicin og prøvesvar;
- betalingsoplysninger, fakturaer og eventuelle aftaler om afdragsordning;
- oplysninger om dit forsikringsselskab og policenummer, hvis du ønsker, at vi afregner direkte med selskabet;
- optagelser fra videoovervågning i vores venteværelser og ved indgangene.

Vi behandler som udgangspunkt ikke følsomme oplysninger om dig. Oplysninger om dit dyrs helbred er ikke personoplysninger i sig selv, men fordi de er knyttet til dig som ejer, behandler vi dem med samme omhu.

## Formål og retsgrundlag

Vi behandler kun dine oplysninger, når vi har et lovligt grundlag for det. Tabellen viser de vigtigste formål.

| Formål | Retsgrundlag | Opbevaring |
| Undersøgelse og behandling af dit dyr samt journalføring | Aftale med dig og dyrlægelovens krav om journalføring (databeskyttelsesforordningens art. 6, stk. 1, litra b og c) | Journaler opbevares i mindst 5 år efter seneste behandling |
| Fakturering og bogføring | Retlig forpligtelse efter bogføringsloven (art. 6, stk. 1, litra c) | 5 år efter udgangen af det regnskabsår, som oplysningerne vedrører |
| Tidsbestilling og påmindelser om vaccination via sms og e-mail | Aftale med dig og vores legitime interesse (art. 6, stk. 1, litra b og f) | Indtil du framelder påmindelser, dog højst 3 år efter seneste besøg |
| Direkte afregning med dit forsikringsselskab | Dit samtykke (art. 6, stk. 1, litra a) | Så længe sagen behandles, derefter som fakturaer |
| Videoovervågning af hensyn til sikkerhed og forebyggelse af indbrud | Legitim interesse (art. 6, stk. 1, litra f) | Optagelserne slettes efter 30 dage |
| Nyhedsbrev med sæsontips og tilbud | Dit samtykke (art. 6, stk. 1, litra a) | Indtil du afmelder dig |

## ID-mærkning og registrering

Når vi ID-mærker din hund med en mikrochip, er vi efter hundeloven forpligtet til at indberette chipnummeret sammen med dit navn og din adresse til Dansk Hunderegister. Mærker vi en kat, registrerer vi den i Det Danske Katteregister, hvis du ønsker det. Registrene er selvstændigt dataansvarlige for deres behandling af oplysningerne.

## Modtagere af dine oplysninger

Vi sælger aldrig dine oplysninger. Vi deler dem kun med andre, når det er nødvendigt for at hjælpe dit dyr, når loven kræver det, eller når du har givet samtykke. Det kan være:

- specialdyrlæger og dyrehospitaler, som vi henviser dit dyr til;
- eksterne laboratorier, som analyserer blod-, vævs- og urinprøver;
- dit forsikringsselskab, hvis du har bedt om direkte afregning;
- Fødevarestyrelsen og politiet, hvis vi er forpligtet til at indberette, for eksempel ved mistanke om dyremishandling eller smitsomme sygdomme.

Desuden bruger vi en række databehandlere, som behandler oplysninger på vores vegne og efter vores instruks:

| Databehandler | Opgave | Placering af data |
| Provet Oy | Journal- og klinikstyringssystem | EU (Finland) |
| Vetbooking ApS | Onlinebooking og påmindelser | Danmark |
| Visma e-conomic A/S | Regnskab og fakturering | Danmark |
| Milestone Systems A/S | Videoovervågning | Danmark |
| Rule Communication Nordic AB | Nyhedsbreve | Sverige |

## Overførsel til lande uden for EU/EØS

Vi overfører som udgangspunkt ikke dine oplysninger til lande uden for EU/EØS. Hvis det i særlige tilfælde bliver nødvendigt, for eksempel ved henvisning til en specialist i udlandet, sker det kun på grundlag af EU-Kommissionens standardkontraktbestemmelser eller en anden gyldig overførselsmekanisme.

## Sådan beskytter vi dine oplysninger

Vi har truffet passende tekniske og organisatoriske foranstaltninger for at beskytte dine oplysninger mod at blive slettet, offentliggjort eller misbrugt. Kun medarbejdere, der har brug for oplysningerne i deres arbejde, har adgang til journalsystemet, og al adgang bliver logget. Vores medarbejdere har tavshedspligt, og vi gennemgår løbende vores sikkerhed sammen med vores it-leverandører.

## Cookies

Vi bruger cookies på vores hjemmeside for at få den til at fungere, for at lave statistik og for at målrette vores annoncering. Du vælger selv, hvilke cookies du vil acceptere, og du kan til enhver tid ændre eller trække dit samtykke tilbage. Nedenfor kan du se, hvilke cookies vi anvender.

## Dine rettigheder

Efter databeskyttelsesforordningen har du en række rettigheder i forhold til vores behandling af oplysninger om dig:

- Ret til at se oplysninger (indsigtsret)
- Ret til berigtigelse (rettelse) af urigtige oplysninger
- Ret til sletning, dog ikke af journaloplysninger, som vi er forpligtet til at opbevare
- Ret til begrænsning af behandling
- Ret til indsigelse mod behandling, der sker på grundlag af vores legitime interesse
- Ret til at modtage dine oplysninger i et struktureret, almindeligt anvendt og maskinlæsbart format (dataportabilitet)

Hvis du vil gøre brug af dine rettigheder, skal du kontakte os på persondata@dyrlaegehuset.dk. Vi svarer normalt inden for en måned. Du kan læse mere om dine rettigheder i Datatilsynets vejledning om de registreredes rettigheder på [datatilsynet.dk](https://www.datatilsynet.dk).

## Klage til Datatilsynet

Du har ret til at indgive en klage til Datatilsynet, hvis du er utilfreds med den måde, vi behandler dine personoplysninger på:

@ Datatilsynet
@ Carl Jacobsens Vej 35
@ 2500 Valby
@ Telefon: +45 33 19 32 00
@ E-mail: dt@datatilsynet.dk
"""

EDITS = [
    {"note": "processor table: GatewayAPI added for SMS reminders",
     "repl": [("| Vetbooking ApS | Onlinebooking og påmindelser | Danmark |",
               "| Vetbooking ApS | Onlinebooking og påmindelser | Danmark |\n"
               "| GatewayAPI ApS | Afsendelse af sms-påmindelser | Danmark |")]},
    {"note": "CCTV retention shortened from 30 to 14 days",
     "repl": [("Optagelserne slettes efter 30 dage", "Optagelserne slettes efter 14 dage")]},
    {"note": "word inserted: 'med annoncører' (no new date)",
     "repl": [("Vi sælger aldrig dine oplysninger.", "Vi sælger aldrig dine oplysninger og deler dem ikke med annoncører.")],
     "bump": False},
    {"note": "section added on video consultations in the app",
     "repl": [("## Overførsel til lande uden for EU/EØS",
               "## Videokonsultation i appen\n\nHvis du bestiller en videokonsultation i Dyrlægehuset-appen, "
               "behandler vi de billeder og videoer af dit dyr, som du uploader, samt et kort referat af samtalen. "
               "Selve videoopkaldet bliver ikke optaget. Referatet og billederne gemmes i dit dyrs journal på samme "
               "måde som ved et fysisk besøg.\n\n## Overførsel til lande uden for EU/EØS")]},
    {"note": "privacy phone number changed",
     "repl": [("@ Telefon: +45 70 20 44 10", "@ Telefon: +45 70 20 44 90")]},
]

CLINICS = ["Aarhus C", "Åbyhøj", "Aalborg", "Randers", "Vejle", "Odense SØ", "Horsens"]
TIPS = [
    ("Flåtsæson", "Tjek din hund for flåter efter hver skovtur fra marts til november, især i pelsen bag ørerne."),
    ("Tandpleje", "Tandsten er den hyppigste sygdom hos voksne katte. Spørg til en tandkontrol ved næste vaccination."),
    ("Nytårsaften", "Mange hunde er bange for fyrværkeri. Tal med os i god tid om beroligende tiltag."),
    ("Varme i bilen", "Lad aldrig dit dyr blive i bilen på en solrig dag – temperaturen stiger hurtigt til over 40 grader."),
    ("Kaniner", "Kaniner skal vaccineres mod RHD2 hvert år. Book tid, før sæsonen for myg begynder."),
    ("Overvægt", "En ekstra kilo på en kat svarer til næsten 15 kilo på et menneske. Vi tilbyder gratis vægttjek."),
]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def noise(rng, when, i, prev):
    prev = prev or {}
    ticks = lambda: 621355968000000000 + int(C.epoch(when) - rng.randint(3600, 86400 * 40)) * 10 ** 7 + \
        rng.randint(0, 9999999)
    slots = []
    for c in rng.sample(CLINICS, 4):
        day = rng.choice(["i dag", "i dag", "i morgen", "i morgen", "fredag", "mandag"])
        slots.append((c, day, "%02d:%02d" % (rng.randint(8, 17), rng.choice([0, 10, 20, 30, 40, 50]))))
    return {
        "design": C.keep_or(rng, prev.get("design"), 0.18, ticks),
        "slots": slots,
        "tip": C.keep_or(rng, prev.get("tip"), 0.45, lambda: rng.randrange(len(TIPS))),
        "cbid": "5c1e7d2a-94b0-4e61-8f3a-2d07b9c4e815",
    }


LABELS = {"design": "Rapido CSS/JS ticks stamps (design republish)",
          "slots": "'Næste ledige tid' next free slots per clinic (sidebar, live)",
          "tip": "rotating 'Ugens dyrlægetip' (sidebar)", "cbid": "Cookiebot id"}


def _article(blocks, cbid):
    out = []
    for b in blocks:
        if b[0] == "h1":
            out.append('<h1 class="article__header article__header--primary dw-mod">%s</h1>' % html.escape(b[1]))
        elif b[0] == "h2":
            out.append('<h2 class="article__header article__header--secondary dw-mod">%s</h2>' % C.inline_html(b[1]))
        else:
            out.append(C.block_html(b, {"table": "table table--compact table--striped dw-mod"}))
        if b[0] == "p" and b[1].startswith("Vi bruger cookies"):
            out.append('<script id="CookieDeclaration" src="https://consent.cookiebot.com/%s/cd.js" '
                       'type="text/javascript" async></script>' % cbid)
    return "\n".join(out)


def render(state, blocks, when):
    d = state["design"]
    tip = TIPS[state["tip"]]
    slots = "\n".join('<li class="booking-slots__item dw-mod"><span class="booking-slots__clinic">%s</span> '
                      '<span class="booking-slots__time">%s kl. %s</span></li>' % s for s in state["slots"])
    nav = [("/behandlinger", "Behandlinger"), ("/klinikker", "Find klinik"), ("/hund", "Hund"), ("/kat", "Kat"),
           ("/smadyr", "Smådyr"), ("/dyrlaegevagt", "Akut dyrlægevagt"), ("/om-os", "Om os")]
    menu = "\n".join('<li class="menu__item menu__item--horizontal menu__item--top-level dw-mod">'
                     '<a href="%s" class="menu__link menu__link--icon dw-mod">%s</a></li>' % (u, t) for u, t in nav)
    return """<!DOCTYPE html>
<html lang="da">
<head>
    <!-- Rapido version 3.4.2 -->
    <meta charset="utf-8" />
    <title>Privatlivspolitik | Dyrlægehuset</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta name="robots" content="index, follow">
    <meta name="theme-color" content="#0f4c5c" />
    <meta name="description" content="Læs, hvordan Dyrlægehuset behandler personoplysninger om dig og dit dyr.">
    <meta property="og:title" content="Privatlivspolitik" />
    <meta property="og:site_name" content="Dyrlægehuset" />
    <meta property="og:url" content="https://www.dyrlaegehuset.dk/om-os/privatlivspolitik" />
    <link rel="canonical" href="https://www.dyrlaegehuset.dk/om-os/privatlivspolitik" />
    <link rel="shortcut icon" href="/Files/Images/Dyrlaegehuset/favicon.png" type="image/x-icon">
    <script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="%s" data-culture="DA" data-blockingmode="auto" type="text/javascript"></script>
    <link rel="stylesheet" href="/Files/Templates/Designs/Rapido/css/base/base.min.css?%d" type="text/css">
    <link rel="stylesheet" id="rapidoCss" href="/Files/Templates/Designs/Rapido/css/rapido/rapido_12.min.css?%d" type="text/css">
    <link rel="stylesheet" id="igniteCss" type="text/css" href="/Files/Templates/Designs/Rapido/css/ignite/ignite.min.css?%d">
    <link rel="stylesheet" href="/Files/Templates/Designs/Rapido/css/fonts/FontAwesomePro/css/fontawesome-all.min.css" type="text/css">
    <link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Lato:100,200,300,400,500,600,700,800,900%%7CSource+Sans+Pro:100,200,300,400,500,600,700,800,900&display=swap">
    <!-- Google Tag Manager -->
    <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-K7W3QZ9');</script>
    <!-- End Google Tag Manager -->
</head>
<body class="brand dw-mod" id="Page4117">
    <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7W3QZ9" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
    <div class="js-page-pos">
    <header class="top-container top-container--sticky no-print dw-mod" id="Top">
        <div class="tools-navigation dw-mod"><div class="center-container grid top-container__center-container dw-mod">
            <div class="grid__col-md-6 grid__col--bleed-y"><div class="tools-navigation__text dw-mod"><i class="fas fa-phone"></i> Akut? Ring 70 20 44 00 – døgnåben vagt i Aarhus og Aalborg</div></div>
            <div class="grid__col-md-6 grid__col--bleed-y"><ul class="menu menu-tools dw-mod dwnavigation" id="ToolsMenu"><li class="menu-tools__item dw-mod"><a href="/min-side" class="menu-tools__link dw-mod">Min side</a></li><li class="menu-tools__item dw-mod"><a href="/job" class="menu-tools__link dw-mod">Job</a></li></ul></div>
        </div></div>
        <nav class="main-navigation dw-mod"><div class="center-container top-container__center-container grid--align-self-center dw-mod">
            <div class="grid grid--align-center"><div class="grid__col-auto-width"><a href="/" class="logo logo--align-left dw-mod"><img class="grid__cell-img logo__img dw-mod" src="/Admin/Public/GetImage.ashx?height=56&amp;crop=5&amp;Compression=75&amp;DoNotUpscale=true&amp;image=/Files/Images/Dyrlaegehuset/logo-dyrlaegehuset.png" alt="Dyrlægehuset" /></a></div>
            <div class="grid__col-auto grid__col--bleed-y"><ul class="menu dw-mod dwnavigation u-full-max-width u-flex grid--justify-end" id="topnavigation">
%s
            </ul></div>
            <div class="grid__col-auto-width"><a href="/book-tid" class="btn btn--primary dw-mod">Book tid</a></div></div>
        </div></nav>
    </header>
    <main class="site dw-mod" id="Page">
        <div class="center-container center-container--with-background-color dw-mod">
            <nav class="breadcrumb dw-mod" aria-label="breadcrumb"><ol><li class="breadcrumb__item dw-mod"><a href="/">Forside</a></li><li class="breadcrumb__item dw-mod"><a href="/om-os">Om os</a></li><li class="breadcrumb__item dw-mod">Privatlivspolitik</li></ol></nav>
            <div class="grid grid--align-content-start grid--justify-start dw-mod" id="Block__MainPageContainer">
                <div class="grid__col-lg-8 grid__col-md-8 grid__col-sm-12 grid__col-xs-12 paragraph-container dw-mod" id="Paragraph_2261">
                    <div class="grid__cell u-padding--lg">
                        <article class="article dw-mod">
%s
                        </article>
                    </div>
                </div>
                <aside class="grid__col-lg-4 grid__col-md-4 grid__col-sm-12 grid__col-xs-12 paragraph-container dw-mod" id="Paragraph_2262">
                    <div class="grid__cell u-padding--lg u-color-light-gray--bg">
                        <div class="booking-slots dw-mod" data-source="vetbooking" data-fetched="%s">
                            <h3 class="u-no-margin">Næste ledige tid</h3>
                            <ul class="booking-slots__list">%s</ul>
                            <a href="/book-tid" class="btn btn--secondary btn--full dw-mod">Se alle ledige tider</a>
                        </div>
                        <div class="u-margin-top--lg dw-mod">
                            <h3 class="u-no-margin">Ugens dyrlægetip: %s</h3>
                            <p>%s</p>
                        </div>
                    </div>
                </aside>
            </div>
        </div>
    </main>
    <footer class="footer no-print dw-mod" id="pageFooter">
        <div class="center-container dw-mod"><div class="grid grid--external-bleed-x">
            <div class="grid__col-md-4 grid__col-xs-12"><h3 class="footer__heading dw-mod">Dyrlægehuset A/S</h3><div class="footer__content dw-mod">Søren Frichs Vej 38<br>8230 Åbyhøj<br>CVR 39415287</div></div>
            <div class="grid__col-md-4 grid__col-xs-12"><h3 class="footer__heading dw-mod">Genveje</h3><nav class="footer__content dw-mod"><ul class="footer__list dw-mod"><li class="footer__list-item dw-mod"><a href="/klinikker" class="footer__link dw-mod">Find klinik</a></li><li class="footer__list-item dw-mod"><a href="/priser" class="footer__link dw-mod">Priser</a></li><li class="footer__list-item dw-mod"><a href="/om-os/privatlivspolitik" class="footer__link dw-mod">Privatlivspolitik</a></li><li class="footer__list-item dw-mod"><a href="javascript: Cookiebot.renew()" class="footer__link dw-mod">Cookieindstillinger</a></li></ul></nav></div>
            <div class="grid__col-md-4 grid__col-xs-12"><h3 class="footer__heading dw-mod">Nyhedsbrev</h3><form name="NewsletterSignup" action="/nyhedsbrev" method="post" class="footer__content dw-mod"><input type="hidden" name="Redirect" value="/nyhedsbrev/tak"><input type="email" name="Email" class="u-full-width" placeholder="Din e-mail"><button type="submit" class="btn btn--primary dw-mod">Tilmeld</button></form></div>
        </div>
        <div class="footer__copyright dw-mod"><p>&copy; Dyrlægehuset A/S %d</p></div></div>
    </footer>
    </div>
    <script src="/Files/Templates/Designs/Rapido/js/handlebars-v4.0.12.min.js"></script>
    <script src="/Files/Templates/Designs/Rapido/js/master.min.js?%d"></script>
    <script src="/Files/Templates/Designs/Rapido/js/custom.min.js?%d"></script>
</body>
</html>
""" % (state["cbid"], d, d, d, menu, _article(blocks, state["cbid"]), C.iso(when), slots, tip[0], tip[1],
       when.year, d, d)


PAGE = {
    "service": "Dyrlaegehuset",
    "url": "https://www.dyrlaegehuset.dk/om-os/privatlivspolitik",
    "lang": "da",
    "platform": "Dynamicweb 9 (Rapido 3)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Microsoft-IIS/10.0"), ("X-Powered-By", "ASP.NET"), ("Cache-Control", "private"),
                      ("X-Frame-Options", "SAMEORIGIN")],
    "n": 29,
    "start": dt.date(2022, 3, 2),
    "end": dt.date(2025, 5, 20),
    "hours": (1, 13),
    "policy": POLICY,
    "first_updated": dt.date(2021, 11, 23),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.dyrlaegehuset.dk/om-os/privatlivspolitik",
                    "select": "#Paragraph_2261 article"},
}
