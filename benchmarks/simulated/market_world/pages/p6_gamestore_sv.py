"""Pixelvalv (PC game store and launcher, Stockholm) - sv-SE - server-rendered store pages with Bootstrap 5
accordions, Cookiebot.

The integritetspolicy's introduction is plain text; every topic is a Bootstrap accordion item (h2.accordion-header >
button, div.accordion-collapse), the first open and the others closed (class "collapse" vs "collapse show", button
"collapsed", aria-expanded) - which ones are open is an A/B test of the store and changes between visits. The
closed items' text is in the HTML all the same. Around it: the store header with the wallet / cart, a sale banner
with a countdown, a "Populärt just nu" strip with prices and discounts, the players-online counter, CSRF meta and
the build hash. The curator selects the policy container.
"""
import datetime as dt
import common as C

URL = "https://store.pixelvalv.se/sv/integritetspolicy"
MANADER = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MANADER[d.month - 1], d.year)


POLICY = """
# Integritetspolicy

Senast uppdaterad: {UPDATED}

Pixelvalv AB (org.nr 559187-4402), Götgatan 78, 118 30 Stockholm, är personuppgiftsansvarig för behandlingen av dina personuppgifter när du använder Pixelvalvs butik, launcher och communityfunktioner. Här beskriver vi vilka uppgifter vi samlar in, varför vi gör det och vilka rättigheter du har enligt dataskyddsförordningen (GDPR). Klicka på en rubrik för att läsa mer.

%% acc

## Vilka personuppgifter samlar vi in?

- **Kontouppgifter:** användarnamn, e-postadress, lösenord (krypterat), land och födelsedatum.
- **Köp och betalningar:** vilka spel och tillägg du har köpt, belopp, betalsätt, fakturaadress och kvitton.
- **Användning:** vilka spel du startar och hur länge du spelar, prestationer, sparade spel i molnet, krascher och felrapporter.
- **Community:** ditt profilnamn, din avatar, recensioner, foruminlägg, chattmeddelanden och vänlistor.
- **Teknisk information:** IP-adress, enhets-id, operativsystem, hårdvaruspecifikation (grafikkort, processor, minne) och launcher-version.
- **Kommunikation med oss:** ärenden till supporten och svar på enkäter.

## Hur använder vi dina uppgifter?

Vi använder uppgifterna för att skapa och administrera ditt konto, leverera köpta spel och uppdateringar, synkronisera sparade spel, hantera återbetalningar och ge support. Den rättsliga grunden är att behandlingen är nödvändig för att fullgöra avtalet med dig.

Vi använder också uppgifterna för att förbättra butiken och launchern, till exempel genom att analysera kraschrapporter och hur funktioner används. Det gör vi med stöd av vårt berättigade intresse. Nyhetsbrev och erbjudanden skickar vi bara om du har samtyckt till det.

## Köp och betalningar

Kortbetalningar hanteras av Adyen N.V. och betalningar med PayPal av PayPal (Europe) S.à r.l. et Cie, S.C.A. Vi sparar aldrig fullständiga kortnummer. Uppgifter om dina köp sparas i sju år enligt bokföringslagen (1999:1078).

Köper du en presentkod eller fyller på din plånbok sparar vi uppgifter om saldot och transaktionerna så länge kontot finns.

## Recensioner, forum och moderering

Recensioner och foruminlägg publiceras under ditt profilnamn tillsammans med hur länge du har spelat spelet. Vi granskar rapporterade inlägg och kan ta bort innehåll eller stänga av konton som bryter mot våra communityregler. Du får alltid ett meddelande med skälen till beslutet och kan begära att det omprövas.

## Rekommendationer och rangordning

Vilka spel som visas på startsidan och under ”Rekommenderat för dig” baseras på din speltid, dina köp, din önskelista och vad spelare med liknande smak spelar. Sökresultat rangordnas efter relevans, försäljning och betyg. Spel vars utgivare betalar för extra synlighet märks med ”Utvald”.

## Spelutvecklare och utgivare

När du köper ett spel delar vi ditt användarnamn, land och köpdatum med spelets utgivare så att de kan ge support och hantera licenser. Spel med flerspelarläge kan behöva ditt Pixelvalv-id för att matcha dig med andra spelare. Utgivaren är själv personuppgiftsansvarig för de uppgifter som samlas in i spelet; läs spelets egen integritetspolicy.

## Molnsparningar och launchern

När molnsparning är aktiverad laddar launchern upp dina sparfiler till våra servrar efter varje spelsession så att du kan fortsätta på en annan dator. Sparfilerna kopplas till ditt konto och raderas om du stänger av funktionen för spelet eller avslutar kontot. Launchern kontrollerar dessutom regelbundet om det finns uppdateringar och skickar då information om installerade spel, versionsnummer och ledigt diskutrymme.

## Fusk och bedrägerier

För att upptäcka fusk i flerspelarspel samlar vårt anti-fusksystem in information om processer och filer som körs samtidigt med spelet. För att förhindra bedrägliga köp och kontokapningar analyserar vi inloggningar, enheter och betalmönster. Konton som misstänks för bedrägeri kan spärras tillfälligt i väntan på manuell granskning.

## Barn

Du måste vara minst 13 år för att skapa ett konto. Är du under 18 år måste du ha en vårdnadshavares godkännande för att handla. Vi visar åldersgränser enligt PEGI för alla spel i butiken.

## Marknadsföring och cookies

Om du har samtyckt skickar vi nyhetsbrev med erbjudanden och tips om spel som liknar dem du har spelat. Du kan när som helst avregistrera dig via länken i utskicket eller under **Konto > Aviseringar**. På webbplatsen använder vi cookies för att komma ihåg dina inställningar och, med ditt samtycke, för statistik och marknadsföring. Läs mer i vår [cookiepolicy](/sv/cookies).

## Vem delar vi uppgifter med?

Utöver utgivare och betaltjänstleverantörer delar vi uppgifter med leverantörer som behandlar uppgifter för vår räkning, till exempel för drift av servrar, kundsupport och e-postutskick. Alla sådana leverantörer är bundna av personuppgiftsbiträdesavtal. Vi lämnar ut uppgifter till myndigheter när lagen kräver det.

## Överföring till tredjeland

Vissa av våra leverantörer finns utanför EU/EES, bland annat i USA. Vi använder då EU-kommissionens standardavtalsklausuler och vidtar vid behov ytterligare skyddsåtgärder.

## Hur länge sparar vi uppgifterna?

Kontouppgifter sparas så länge du har ett konto. Om kontot har varit inaktivt i fem år kontaktar vi dig innan vi raderar det. Chattmeddelanden sparas i 90 dagar. Kraschrapporter sparas i 12 månader.

## Dina rättigheter

Du har rätt att få tillgång till dina uppgifter, få felaktiga uppgifter rättade, få uppgifter raderade, begränsa behandlingen, invända mot behandling som grundas på berättigat intresse och få ut dina uppgifter i ett maskinläsbart format (dataportabilitet). Du kan ladda ner en kopia av dina uppgifter under **Konto > Sekretess**.

Om du är missnöjd med hur vi behandlar dina personuppgifter kan du lämna klagomål till Integritetsskyddsmyndigheten (IMY), [www.imy.se](https://www.imy.se).

## Säkerhet

Vi skyddar dina uppgifter med kryptering, behörighetsstyrning och loggning. Du kan aktivera tvåstegsverifiering för ditt konto med en autentiseringsapp eller sms-kod, och vi rekommenderar att du gör det. Om vi upptäcker en inloggning från en ny enhet skickar vi ett e-postmeddelande till dig.

## Ändringar

Vi kan komma att uppdatera denna policy. Vid väsentliga ändringar meddelar vi dig i launchern eller via e-post innan ändringarna börjar gälla.

## Kontakta oss

Har du frågor om hur vi behandlar personuppgifter kan du kontakta vårt dataskyddsombud på [dataskydd@pixelvalv.se](mailto:dataskydd@pixelvalv.se).
"""

EDITS = [
    {"note": "payments: Swish (via Adyen) and Klarna added as payment methods (silent, date not bumped)", "bump": False,
     "repl": [("Kortbetalningar hanteras av Adyen N.V. och betalningar med PayPal",
               "Kortbetalningar och betalningar med Swish hanteras av Adyen N.V., faktura och delbetalning av Klarna Bank AB (publ) och betalningar med PayPal")]},
    {"note": "anti-cheat: new kernel-level driver explained, what it collects, runs only while protected games run",
     "repl": [("För att upptäcka fusk i flerspelarspel samlar vårt anti-fusksystem in information om processer och filer som körs samtidigt med spelet.",
               "För att upptäcka fusk i flerspelarspel använder vi anti-fusksystemet Valvvakt. I vissa spel installeras en drivrutin som körs på kärnnivå i Windows medan spelet är igång. Den samlar in information om processer, drivrutiner och filer som påverkar spelet samt en hårdvaruidentifierare, men inte innehållet i dina dokument eller din webbhistorik. Drivrutinen är inaktiv när inget skyddat spel körs. Uppgifterna sparas i högst 24 månader efter en avstängning för fusk.")]},
    {"note": "recommendations: explanation of personalisation and new option to turn off personalised recommendations",
     "repl": [("Spel vars utgivare betalar för extra synlighet märks med ”Utvald”.",
               "Spel vars utgivare betalar för extra synlighet märks med ”Utvald”.\n\nDu kan stänga av personliga rekommendationer under **Konto > Sekretess > Anpassning**. Startsidan visar då i stället de mest sålda spelen i ditt land. Vi använder aldrig uppgifter om ditt chattinnehåll för rekommendationer.")]},
    {"note": "children: family accounts / parental controls paragraph added; under-13 via family account",
     "repl": [("Du måste vara minst 13 år för att skapa ett konto.",
               "Du måste vara minst 13 år för att skapa ett eget konto. Barn under 13 år kan använda Pixelvalv via ett familjekonto som skapas och hanteras av en vårdnadshavare, som kan begränsa speltid, köp och chatt. För barnkonton visar vi inga personliga rekommendationer och ingen riktad marknadsföring.")]},
    {"note": "retention: chat messages kept 30 days instead of 90 (silent, date not bumped)", "bump": False,
     "repl": [("Chattmeddelanden sparas i 90 dagar.", "Chattmeddelanden sparas i 30 dagar, om de inte har rapporterats.")]},
]

GAMES = [("Nordic Frontier", 299), ("Starlane Drift", 189), ("Kalla Kriget: Taktik", 249), ("Mossgård", 129),
         ("Void Harvest", 399), ("Pixel Rally 3", 159), ("Dungeon Fika", 99), ("Aurora Tactics", 349),
         ("Skärgårdsfiske", 79), ("Neon Runner 2077", 219)]
SALES = {6: "Sommarrean", 7: "Sommarrean", 11: "Höstrean", 12: "Vinterrean", 1: "Vinterrean", 3: "Vårrean"}


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["build"] = C.keep_or(rng, prev.get("build"), 0.4, lambda: (C.hexs(rng, 10), C.hexs(rng, 8)))
    s["csrf"] = (C.b64tok(rng, 32), C.hexs(rng, 16))
    s["open"] = rng.choice(["first", "first", "first", "none", "first-two"])
    s["sale"] = (SALES.get(when.month), rng.randint(1, 9))
    s["popular"] = (tuple(rng.sample(range(len(GAMES)), 5)), tuple(rng.choice([0, 0, 10, 25, 33, 40, 50, 75]) for _ in range(5)))
    s["online"] = rng.randint(140000, 260000) + 9000 * (when.year - 2021)
    s["cookiebot"] = C.uuid4(rng)
    return s


LABELS = {
    "build": "store frontend build hash",
    "csrf": "CSRF meta token / session nonce",
    "open": "which accordion items are expanded (A/B test)",
    "sale": "sale banner with countdown",
    "popular": "'Populärt just nu' strip with prices and discounts",
    "online": "players-online counter",
    "cookiebot": "Cookiebot consent id",
}


def render(s, blocks, when):
    build, css = s["build"]
    segs = C.segments(blocks)
    head = segs["head"]
    items = []
    cur = None
    for b in segs["acc"]:
        if b[0] == "h2":
            cur = [b[1], []]
            items.append(cur)
        else:
            cur[1].append(b)
    opened = {"first": {0}, "none": set(), "first-two": {0, 1}}[s["open"]]
    acc = "".join(
        '<div class="accordion-item"><h2 class="accordion-header" id="heading-%d">'
        '<button class="accordion-button%s" type="button" data-bs-toggle="collapse" data-bs-target="#collapse-%d" aria-expanded="%s" aria-controls="collapse-%d">%s</button></h2>'
        '<div id="collapse-%d" class="accordion-collapse collapse%s" aria-labelledby="heading-%d" data-bs-parent="#policyAccordion">'
        '<div class="accordion-body">%s</div></div></div>\n'
        % (n, "" if n in opened else " collapsed", n, "true" if n in opened else "false", n, C.inline_html(t),
           n, " show" if n in opened else "", n, C.blocks_html(bl, sep=""))
        for n, (t, bl) in enumerate(items))
    policy = ('<div class="policy-content" id="integritetspolicy"><h1 class="display-6 mb-3">%s</h1>%s'
              '<div class="accordion accordion-flush" id="policyAccordion">\n%s</div></div>'
              % (C.inline_html(head[0][1]), C.blocks_html(head[1:]), acc))
    sale, days = s["sale"]
    banner = ('<div class="sale-banner alert alert-warning rounded-0 mb-0 text-center"><strong>%s</strong> – upp till 80 %% rabatt. Slutar om %d dagar.'
              ' <a href="/sv/rea" class="alert-link">Till rean</a></div>' % (sale, days)) if sale else ""
    picks, disc = s["popular"]
    pop = "".join('<div class="col"><a class="card game-card h-100 text-decoration-none" href="/sv/spel/%s"><img class="card-img-top" src="https://cdn.pixelvalv.se/capsules/%d_231x87.jpg" alt="">'
                  '<div class="card-body"><h3 class="h6 card-title">%s</h3><p class="price">%s%s kr</p></div></a></div>'
                  % (GAMES[k][0].lower().replace(" ", "-").replace(":", ""), 1000 + k, GAMES[k][0],
                     ('<span class="badge bg-success me-1">-%d%%</span>' % d) if d else "", str(round(GAMES[k][1] * (100 - d) / 100)))
                  for k, d in zip(picks, disc))
    return ('<!doctype html>\n<html lang="sv" data-bs-theme="dark">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="csrf-token" content="%s">\n<title>Integritetspolicy – Pixelvalv</title>\n<link rel="canonical" href="%s">\n'
            '<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css" rel="stylesheet" integrity="sha384-T3c6CoIi6uLrA9TneNEoa7RxnatzjcDSCmG1MXxSR1GAsXEV/Dwwykc2MPK8M2HN" crossorigin="anonymous">\n'
            '<link href="/static/css/store.%s.css" rel="stylesheet">\n'
            '<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="7c1e4a92-3b5f-4d18-a6e0-2f9b8c7d1e53" data-blockingmode="auto" type="text/javascript"></script>\n'
            '</head>\n<body class="store">\n%s'
            '<nav class="navbar navbar-expand-lg bg-body-tertiary sticky-top"><div class="container-xl"><a class="navbar-brand" href="/sv"><img src="/static/img/pixelvalv-logo.svg" height="28" alt="Pixelvalv"></a>'
            '<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="Meny"><span class="navbar-toggler-icon"></span></button>'
            '<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav me-auto"><li class="nav-item"><a class="nav-link" href="/sv">Butik</a></li>'
            '<li class="nav-item"><a class="nav-link" href="/sv/rea">Erbjudanden</a></li><li class="nav-item"><a class="nav-link" href="/sv/community">Community</a></li>'
            '<li class="nav-item"><a class="nav-link" href="/sv/ladda-ner">Ladda ner launchern</a></li></ul>'
            '<form class="d-flex" role="search" action="/sv/sok"><input class="form-control me-2" type="search" name="q" placeholder="Sök spel" aria-label="Sök"><input type="hidden" name="n" value="%s"></form>'
            '<a class="btn btn-outline-light ms-2" href="/sv/logga-in">Logga in</a><a class="btn btn-primary ms-2" href="/sv/kundvagn">Kundvagn (0)</a></div></div></nav>\n'
            '<main class="container-xl py-4"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/sv">Butik</a></li>'
            '<li class="breadcrumb-item"><a href="/sv/juridiskt">Juridiskt</a></li><li class="breadcrumb-item active" aria-current="page">Integritetspolicy</li></ol></nav>\n'
            '<div class="row"><div class="col-lg-8">%s</div>'
            '<aside class="col-lg-4"><div class="card mb-3"><div class="card-body"><h2 class="h6">Juridiskt</h2><ul class="list-unstyled mb-0">'
            '<li><a href="/sv/anvandarvillkor">Användarvillkor</a></li><li><a href="/sv/integritetspolicy" aria-current="page">Integritetspolicy</a></li>'
            '<li><a href="/sv/cookies">Cookies</a></li><li><a href="/sv/aterbetalning">Återbetalningsregler</a></li></ul></div></div>'
            '<div class="card"><div class="card-body"><p class="mb-0"><strong>%s</strong> spelare online just nu</p></div></div></aside></div>\n'
            '<section class="popular mt-5"><h2 class="h4">Populärt just nu</h2><div class="row row-cols-2 row-cols-md-5 g-3">%s</div></section></main>\n'
            '<footer class="border-top py-4 mt-5"><div class="container-xl small text-body-secondary">© %d Pixelvalv AB. Alla priser inkluderar moms där det är tillämpligt. '
            '<a href="javascript:Cookiebot.renew()">Ändra cookieinställningar</a></div></footer>\n'
            '<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/js/bootstrap.bundle.min.js" integrity="sha384-C6RzsynM9kWDrMNeT87bh95OGNyZPhcTNXj1NW7RuBCsyN/o0jlpcV8Qyq46cDfL" crossorigin="anonymous"></script>\n'
            '<script src="/static/js/store.%s.js"></script>\n<script>window.__PV={"locale":"sv-SE","currency":"SEK","cb":"%s"};</script>\n</body>\n</html>\n'
            % (s["csrf"][0], URL, css, banner, s["csrf"][1], policy, "{:,}".format(s["online"]).replace(",", " "), pop,
               when.year, build, s["cookiebot"]))


PAGE = {
    "service": "Pixelvalv", "url": URL, "lang": "sv-SE", "platform": "custom store + Bootstrap 5 accordions",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("server", "nginx"), ("x-request-id", "pv-edge")),
    "n": 30, "start": dt.date(2021, 5, 3), "end": dt.date(2026, 7, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 2, 22), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "gold_md": lambda blocks: C.blocks_md(C.without_markers(blocks), URL),
    "declaration": {"fetch": URL, "select": ["#integritetspolicy"]},
}
