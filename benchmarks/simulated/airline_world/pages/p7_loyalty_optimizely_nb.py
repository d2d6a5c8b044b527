"""A Norwegian airline frequent-flyer programme's privacy statement (Norwegian Bokmål, GDPR/personopplysningsloven)
on Optimizely CMS 12 (ex-Episerver, ASP.NET Core, Razor views): the article page's XhtmlString body holds an
inline "points calculator" block that renders only a React mount point whose `data-props` carry a per-visit
antiforgery token and the current campaign multiplier (inside the declared `article.article-page`, wordless, not
removed: curators see nothing there). Outside: a live "points earned this year" counter in the hero, an Optimizely
Web Experimentation A/B variant of the join banner, the newsletter form's `__RequestVerificationToken`, and
`?v=` asset hashes per deploy."""
import datetime as dt
import html
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
          "desember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """# Personvernerklæring for Nordlys Bonus

Sist oppdatert: {UPDATED}

Denne personvernerklæringen forklarer hvordan Nordlys Bonus AS behandler personopplysninger om deg som er medlem av lojalitetsprogrammet Nordlys Bonus, eller som besøker nettsidene og appen våre. Nordlys Bonus AS er et heleid datterselskap av Nordlys Airlines ASA og er behandlingsansvarlig for personopplysningene som beskrives her. Når du flyr med Nordlys Airlines, gjelder i tillegg flyselskapets egen personvernerklæring for opplysninger som behandles i forbindelse med selve reisen.

## Hvilke opplysninger vi behandler

Når du melder deg inn og bruker medlemskapet, behandler vi:

- navn, fødselsdato, kjønn og medlemsnummer;
- e-postadresse, mobilnummer og postadresse;
- opptjente og brukte poeng, medlemsnivå og transaksjonshistorikk;
- reiser du har tjent poeng på, inkludert strekning, dato og billettklasse;
- kjøp hos partnere der du har oppgitt medlemsnummeret ditt, for eksempel hoteller, leiebil og kredittkort;
- preferanser du selv har lagt inn, som foretrukket flyplass, setepreferanse og matønsker;
- opplysninger om hvordan du bruker appen og nettsidene, som enhets-ID og informasjonskapsler.

Vi behandler ikke særlige kategorier av personopplysninger i forbindelse med medlemskapet. Dersom du oppgir matønsker som kan avsløre helseforhold eller religiøs overbevisning, lagres disse bare så lenge du selv ønsker det.

## Formål og behandlingsgrunnlag

| Formål | Behandlingsgrunnlag |
| Administrere medlemskapet, poeng og medlemsnivå | Avtale (personvernforordningen artikkel 6 nr. 1 bokstav b) |
| Kundeservice og behandling av klager | Avtale |
| Markedsføring på e-post og SMS | Samtykke |
| Tilpassede tilbud basert på reisehistorikk | Berettiget interesse, med rett til å protestere |
| Forebygge misbruk og svindel med poeng | Berettiget interesse |
| Oppfylle bokføringsplikten | Rettslig forpliktelse |

## Poengkalkulator og personlige tilbud

Vi analyserer reise- og kjøpshistorikken din for å vise deg relevante tilbud, for eksempel ekstra poeng på strekninger du ofte flyr. Dette innebærer profilering, men ingen automatiserte avgjørelser med rettsvirkning for deg. Du kan når som helst reservere deg mot personlige tilbud under Min profil.

Eksempel: Poengkalkulatoren nedenfor viser hvor mange poeng en typisk reise gir. Kalkulatoren bruker ikke opplysninger om deg.

%% calc

## Hvem vi deler opplysninger med

Vi selger aldri personopplysningene dine. Vi deler opplysninger med:

- Nordlys Airlines ASA, for å registrere poeng på reiser og gi deg fordeler om bord og på flyplassen;
- partnere der du tjener eller bruker poeng, men bare det som trengs for å registrere transaksjonen;
- databehandlere som drifter IT-systemene våre, kundeservicesystemet og utsendelse av e-post;
- offentlige myndigheter når loven krever det.

| Databehandler | Tjeneste | Lokasjon |
| Microsoft Ireland Operations Ltd. | Skydrift (Azure) | EU/EØS |
| Salesforce Inc. | Kundeservice og e-postutsendelser | EU/EØS og USA |
| Comarch S.A. | Lojalitetsplattform | Polen |

## Overføring til land utenfor EU/EØS

Noen av databehandlerne våre kan behandle opplysninger i USA. Slike overføringer skjer på grunnlag av EUs rammeverk for personvern mellom EU og USA (Data Privacy Framework) eller EU-kommisjonens standard personvernbestemmelser.

## Hvor lenge vi lagrer opplysningene

Vi lagrer opplysningene så lenge du er medlem. Poeng utløper etter fem år. Hvis du ikke har vært aktiv på tre år, avslutter vi medlemskapet etter å ha varslet deg, og sletter opplysningene innen 90 dager. Regnskapsopplysninger lagres i fem år etter regnskapsårets slutt, slik bokføringsloven krever.

## Dine rettigheter

Du har rett til innsyn i opplysningene vi har om deg, og til å kreve retting, sletting eller begrensning av behandlingen. Du kan også protestere mot behandling basert på berettiget interesse og kreve å få utlevert opplysningene dine i et maskinlesbart format (dataportabilitet). Samtykker kan trekkes tilbake når som helst under Min profil. For å beskytte opplysningene dine kan vi be deg bekrefte identiteten din før vi svarer på en forespørsel, for eksempel ved at du logger inn med BankID eller på Min side. Innsyn er gratis, men vi kan kreve et rimelig gebyr dersom forespørslene åpenbart er grunnløse eller urimelige.

Send forespørsler til [personvern@nordlysbonus.no](mailto:personvern@nordlysbonus.no). Vi svarer normalt innen 30 dager. Du har også rett til å klage til Datatilsynet ([www.datatilsynet.no](https://www.datatilsynet.no)).

## Hvor vi henter opplysningene fra

De fleste opplysningene får vi fra deg når du melder deg inn, oppdaterer profilen din eller kontakter kundeservice. Opplysninger om reiser får vi fra Nordlys Airlines og partnerflyselskapene i alliansen når du oppgir medlemsnummeret ditt ved bestilling eller innsjekking. Opplysninger om kjøp hos partnere får vi fra partneren når du ber om å få poeng for kjøpet.

## Barn og unge

Barn kan bli medlem fra de er to år gamle, men barn under 16 år må meldes inn av en foresatt. Den foresatte administrerer medlemskapet og mottar all kommunikasjon. Vi sender ikke markedsføring til medlemmer under 16 år.

## Informasjonssikkerhet

Vi beskytter opplysningene dine med tekniske og organisatoriske tiltak som kryptering, tilgangsstyring basert på tjenstlig behov, totrinnsinnlogging i appen og jevnlige sikkerhetstester. Hvis det oppstår et avvik som kan medføre høy risiko for deg, varsler vi deg og Datatilsynet så raskt som mulig og senest innen 72 timer.

## Endringer i personvernerklæringen

Vi oppdaterer personvernerklæringen når vi endrer tjenestene våre eller når regelverket endres. Ved vesentlige endringer varsler vi deg på e-post eller i appen før endringene trer i kraft.

## Informasjonskapsler

Nettsidene våre bruker nødvendige informasjonskapsler og, etter samtykke, informasjonskapsler for analyse og markedsføring. Du kan endre valgene dine når som helst via lenken «Innstillinger for informasjonskapsler» nederst på siden.

## Kontakt oss

@ Nordlys Bonus AS
@ Personvernombud
@ Postboks 230, 9291 Tromsø
@ Organisasjonsnummer 918 442 601
"""

EDITS = [
    {"note": "points expiry changed from five to four years",
     "repl": [("Poeng utløper etter fem år.", "Poeng utløper etter fire år.")]},
    {"note": "processor added to the processors table (Braze)",
     "repl": [("| Comarch S.A. | Lojalitetsplattform | Polen |",
               "| Comarch S.A. | Lojalitetsplattform | Polen |\n| Braze Inc. | Pushvarsler i appen | USA |")]},
    {"note": "typo fixed: 'Personvernombud' -> 'Personvernombudet' (no date bump)", "bump": False,
     "repl": [("@ Personvernombud\n", "@ Personvernombudet\n")]},
    {"note": "inactivity period before closing an account shortened from three to two years",
     "repl": [("Hvis du ikke har vært aktiv på tre år", "Hvis du ikke har vært aktiv på to år")]},
    {"note": "new section on the co-branded credit card added",
     "repl": [("## Overføring til land utenfor EU/EØS", "## Nordlys Bonus Mastercard\n\n"
               "Hvis du har Nordlys Bonus Mastercard, mottar vi fra kortutstederen bare opplysninger om hvor mange "
               "poeng du har tjent på kortkjøp. Vi får ikke opplysninger om hva du har kjøpt eller hvor. "
               "Kortutstederen er selvstendig behandlingsansvarlig for opplysningene om kortet ditt.\n\n"
               "## Overføring til land utenfor EU/EØS")]},
]

VARIANTS = [("A", "Bli medlem gratis", "Tjen poeng på alle reiser med Nordlys Airlines og over 60 partnere."),
            ("B", "Meld deg inn i dag og få 1 000 velkomstpoeng", "Gjelder nye medlemmer som flyr innen 60 dager.")]


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}
    st["assets"] = C.keep_or(rng, prev.get("assets"), 0.12, lambda: C.alnum(rng, 43, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"))
    st["antiforgery"] = "CfDJ8" + C.alnum(rng, 150, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
    st["multiplier"] = C.keep_or(rng, prev.get("multiplier"), 0.25, lambda: rng.choice([1, 1, 2, 3]))
    st["variant"] = rng.randrange(len(VARIANTS))
    doy = (when - dt.datetime(when.year, 1, 1)).total_seconds() / 86400.0
    st["counter"] = int(doy * 11_800_000 + rng.randint(0, 90_000))
    return st


LABELS = {"assets": "asset ?v= hashes (deploy)", "antiforgery": "antiforgery token (form and calculator props)",
          "multiplier": "campaign multiplier in calculator props (inside, wordless)",
          "variant": "Optimizely Web Experimentation A/B variant", "counter": "points-earned-this-year counter"}


def nb_int(n):
    return "{:,}".format(n).replace(",", "\u00a0")


def render(st, blocks, when):
    v = st["assets"]
    segs = C.segments(blocks)
    head = segs["head"]
    rest = segs["calc"]
    h1 = head[0]
    upd = head[1]
    body_before = head[2:]
    props = json.dumps({"multiplier": st["multiplier"], "antiForgeryToken": st["antiforgery"],
                        "endpoint": "/api/points/estimate", "locale": "nb-NO",
                        "defaultRoute": {"from": "OSL", "to": "TOS"}}, separators=(",", ":"))
    calc = ('<div class="block pointscalculatorblock  full"><div class="points-calculator" '
            'data-react-component="PointsCalculator" data-props="%s"></div></div>' % html.escape(props))
    vid, vh, vt = VARIANTS[st["variant"]]
    return """<!DOCTYPE html>
<html lang="nb">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Personvernerklæring | Nordlys Bonus</title>
    <meta name="description" content="Slik behandler Nordlys Bonus personopplysningene dine." />
    <link rel="canonical" href="https://www.nordlysbonus.no/personvern/" />
    <link rel="stylesheet" href="/dist/css/main.css?v=%(v)s" />
    <script src="https://cdn.optimizely.com/js/24817390551.js"></script>
    <script id="CookieConsent" src="https://policy.app.cookieinformation.com/uc.js" data-culture="NB" type="text/javascript"></script>
</head>
<body class="articlepage">
    <div class="page-wrapper">
        <header class="site-header">
            <a href="/" class="site-header__logo"><img src="/globalassets/logo/nordlys-bonus-logo.svg" alt="Nordlys Bonus" width="170" height="40" /></a>
            <nav class="main-nav" aria-label="Hovedmeny">
                <ul>
                    <li><a href="/tjen-poeng/">Tjen poeng</a></li>
                    <li><a href="/bruk-poeng/">Bruk poeng</a></li>
                    <li><a href="/medlemsniva/">Medlemsnivåer</a></li>
                    <li><a href="/partnere/">Partnere</a></li>
                    <li><a href="/kundeservice/">Kundeservice</a></li>
                </ul>
            </nav>
            <a class="btn btn--login" href="/min-side/logg-inn/?ReturnUrl=%%2Fpersonvern%%2F">Logg inn</a>
        </header>
        <div class="hero-counter" data-epi-type="content">
            <p>Medlemmene våre har tjent <strong class="hero-counter__value">%(counter)s</strong> poeng hittil i år</p>
        </div>
        <div class="join-banner join-banner--%(vid)s" data-optimizely-variant="%(vid)s">
            <h2>%(vh)s</h2><p>%(vt)s</p><a class="btn btn--primary" href="/bli-medlem/?src=personvern-%(vid)s">Bli medlem</a>
        </div>
        <main id="main-content">
            <div class="container">
                <nav class="breadcrumbs" aria-label="Brødsmulesti"><ol><li><a href="/">Forsiden</a></li><li><a href="/om-oss/">Om Nordlys Bonus</a></li><li aria-current="page">Personvern</li></ol></nav>
                <article class="article-page">
                    <h1 class="article-page__heading">%(h1)s</h1>
                    <p class="article-page__updated">%(upd)s</p>
                    <div class="article-page__body rich-text">
%(before)s
%(calc)s
%(rest)s
                    </div>
                </article>
                <aside class="article-page__related">
                    <h2>Relaterte sider</h2>
                    <ul><li><a href="/medlemsvilkar/">Medlemsvilkår for Nordlys Bonus</a></li><li><a href="/informasjonskapsler/">Informasjonskapsler</a></li><li><a href="https://www.nordlysairlines.no/personvern/">Personvern hos Nordlys Airlines</a></li></ul>
                </aside>
            </div>
        </main>
        <footer class="site-footer">
            <form class="newsletter" action="/api/newsletter/subscribe" method="post">
                <label for="nl-email">Få tilbud og poengkampanjer på e-post</label>
                <input id="nl-email" name="Email" type="email" placeholder="E-postadresse" />
                <button type="submit">Meld meg på</button>
                <input name="__RequestVerificationToken" type="hidden" value="%(af)s" />
            </form>
            <ul class="site-footer__links"><li><a href="/personvern/">Personvern</a></li><li><a href="/medlemsvilkar/">Medlemsvilkår</a></li><li><a href="javascript:CookieConsent.renew();">Innstillinger for informasjonskapsler</a></li></ul>
            <p>&copy; %(year)d Nordlys Bonus AS &middot; Org.nr. 918 442 601</p>
        </footer>
    </div>
    <script src="/dist/js/vendors.js?v=%(v)s"></script>
    <script src="/dist/js/main.js?v=%(v)s"></script>
</body>
</html>
""" % {"v": v, "counter": nb_int(st["counter"]), "vid": vid, "vh": vh, "vt": vt, "h1": C.inline_html(h1[1]),
       "upd": C.inline_html(upd[1]), "before": C.blocks_html(body_before), "calc": calc,
       "rest": C.blocks_html(rest), "af": st["antiforgery"], "year": when.year}


PAGE = {
    "service": "Nordlys Bonus",
    "url": "https://www.nordlysbonus.no/personvern/",
    "lang": "nb",
    "platform": "Optimizely CMS 12 (ASP.NET Core)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Kestrel"), ("X-Frame-Options", "SAMEORIGIN"), ("Cache-Control", "no-cache")),
    "n": 30,
    "start": dt.date(2022, 2, 1),
    "end": dt.date(2025, 11, 1),
    "policy": POLICY,
    "first_updated": dt.date(2021, 12, 10),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "gold_md": lambda blocks: C.blocks_md(C.without_markers(blocks), "https://www.nordlysbonus.no/personvern/"),
    "declaration": {"fetch": "https://www.nordlysbonus.no/personvern/", "select": "article.article-page"},
}
