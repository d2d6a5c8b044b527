"""Norwegian (Bokmål) code host (Kodehavn) whose legal pages live on its Next.js docs site.

Well-built page; the structure churns, not the widgets. A "I denne artikkelen" mini table of contents sits
next to the article: a feature flag turns it on and off between deploys and its entries follow the headings.
Heading anchor ids were English slugs carried over from the translation pipeline; a docs-platform release
switched to slugs of the Norwegian headings (#what-information-kodehavn-collects ->
#hvilke-opplysninger-kodehavn-samler-inn), and the same-page links inside the policy and the ToC follow.
Per visit: the csrfToken in __NEXT_DATA__; per deploy: buildId and hashed /_next/static chunks; the help-centre
sidebar grows as articles are added. The curator selects the title and #article-contents.
"""
import datetime as dt
import html
import json
import re

import common as C

URL = "https://docs.kodehavn.no/nb/site-policy/privacy-policies/kodehavn-personvernerklaering"
SLUG_SWITCH = dt.datetime(2024, 4, 20)

MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
          "november", "desember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """# Kodehavns personvernerklæring

Ikrafttredelsesdato: {UPDATED}

Takk for at du betror Kodehavn AS («Kodehavn», «vi», «oss») kildekoden, prosjektene og personopplysningene dine. Denne personvernerklæringen forklarer hvordan vi samler inn, bruker og deler personopplysninger når du bruker nettstedet kodehavn.no, kommandolinjeverktøyet, skrivebordsappen, API-et og de andre tjenestene våre (samlet «Tjenesten»). Erklæringen gjelder ikke for private repositorier du eier; innholdet i dem behandler vi bare slik det er beskrevet i [Kodehavns tilgang til private repositorier](#private-repositories).

## Hvem er ansvarlig for behandlingen

Behandlingsansvarlig for personopplysninger som samles inn gjennom Tjenesten, er Kodehavn AS, Akersgata 55, 0180 Oslo, organisasjonsnummer 923 456 781. Har du spørsmål om personvern, kan du kontakte personvernombudet vårt via kontaktskjemaet for personvern eller på privacy@kodehavn.no.

## Hvilke opplysninger Kodehavn samler inn

### Opplysninger du gir oss

- **Kontoopplysninger:** brukernavn, e-postadresse og passord når du oppretter en konto, og eventuelt navn, profilbilde, biografi, arbeidsgiver og nettsted hvis du fyller ut profilen din.
- **Betalingsopplysninger:** navn, fakturaadresse og betalingsmetode hvis du kjøper en betalt plan. Kortnummeret behandles av betalingsleverandøren vår og lagres ikke hos oss.
- **Brukerinnhold:** kode, issues, kommentarer, pull-forespørsler, wikisider og annet innhold du laster opp eller publiserer i Tjenesten.

### Opplysninger som samles inn automatisk

- **Bruksinformasjon:** hvilke sider du besøker, hvilke funksjoner du bruker, henvisende nettsted og tidspunktet for handlingene dine.
- **Enhetsinformasjon:** IP-adresse, nettlesertype og -versjon, operativsystem og språkinnstillinger.
- **Git-aktivitet:** tidspunkt og metadata for push-, pull- og klonoperasjoner, som vi trenger for å drive og sikre Tjenesten.

## Hvordan Kodehavn bruker opplysningene

Vi bruker personopplysningene dine til å levere, vedlikeholde og forbedre Tjenesten, blant annet for å:

- opprette og administrere kontoen din og autentisere deg, også med tofaktorautentisering;
- vise profilen din og bidragene dine til andre brukere i samsvar med innstillingene dine;
- behandle betalinger og sende kvitteringer og viktige varsler om kontoen din;
- oppdage, forhindre og undersøke spam, misbruk, sikkerhetshendelser og brudd på vilkårene for bruk;
- lage aggregert og anonymisert statistikk om hvordan Tjenesten brukes.

Vi bruker ikke personopplysningene dine til å vise deg reklame fra tredjeparter, og vi selger ikke personopplysninger. Det rettslige grunnlaget for behandlingen er i hovedsak avtalen med deg, vår berettigede interesse i å holde Tjenesten sikker, og i noen tilfeller samtykket ditt, for eksempel når du melder deg på nyhetsbrev.

## Hvordan vi deler opplysningene

Vi deler personopplysninger bare i de tilfellene som er beskrevet her:

- **Med andre brukere:** profilen din og offentlige bidrag er synlige for alle. Når du bidrar til et repositorium, kan eieren av repositoriet se brukernavnet ditt og e-postadressen som er knyttet til commit-ene dine.
- **Med databehandlere:** leverandører som driver infrastruktur, e-postutsendelse, betalingsformidling og kundestøtte på våre vegne, og som er bundet av databehandleravtaler.
- **Ved lovpålagt utlevering:** når vi etter norsk lov plikter å utlevere opplysninger til politiet eller andre myndigheter. Vi varsler den berørte brukeren med mindre vi er rettslig forhindret fra det.
- **Ved virksomhetsoverdragelse:** dersom Kodehavn fusjoneres eller selges, kan opplysningene overføres til den nye eieren, som må følge denne erklæringen.

Vi bruker blant annet følgende underleverandører:

| Leverandør | Formål | Plassering |
| Nordisk Skydrift AS | Drift av servere og lagring | Norge |
| Postverket Mail ApS | Utsendelse av e-post | Danmark |
| Stripe Payments Europe Ltd. | Betalingsformidling | Irland |

## Kodehavns tilgang til private repositorier

Private repositorier er bare tilgjengelige for deg og personene du gir tilgang. Ansatte hos Kodehavn åpner ikke innholdet i private repositorier, med unntak av når det er nødvendig av sikkerhetshensyn, for å hjelpe deg med en henvendelse du selv har sendt inn, eller for å etterkomme rettslige pålegg. Automatiserte systemer skanner innholdet for å oppdage skadevare og eksponerte tilgangsnøkler, slik det er beskrevet i [sikkerhetsavsnittet](#security).

## Informasjonskapsler

Kodehavn bruker bare informasjonskapsler som er nødvendige for å drive Tjenesten, for eksempel for å holde deg pålogget og huske innstillingene dine. Vi bruker ingen sporingskapsler fra tredjeparter, og vi måler trafikken på nettstedet med et egendrevet analyseverktøy som anonymiserer IP-adresser før lagring. Oversikten over informasjonskapslene oppdateres månedlig.

## Sikkerhet

Vi beskytter personopplysningene dine med tekniske og organisatoriske tiltak, blant annet kryptering under overføring og lagring, tilgangsstyring etter minste privilegium og logging av administrativ tilgang. Hvis vi oppdager et brudd på personopplysningssikkerheten som kan påvirke deg, varsler vi deg og Datatilsynet i samsvar med personvernforordningen.

## Barn

Tjenesten er ikke ment for barn under 13 år, og vi samler ikke bevisst inn personopplysninger fra dem. Hvis vi får vite at en bruker er under 13 år, avslutter vi kontoen. Brukere mellom 13 og 16 år må ha samtykke fra foresatte for å opprette en betalt plan.

## Automatiserte avgjørelser

Vi bruker automatiserte systemer for å oppdage spam og misbruk, for eksempel kontoer som oppretter store mengder repositorier eller sender kommentarer med skadelige lenker. Når et slikt system begrenser kontoen din, kan du be om at avgjørelsen blir vurdert på nytt av en ansatt hos Kodehavn, og du får en begrunnelse for avgjørelsen.

## Lagring og sletting

Vi lagrer kontoopplysningene dine så lenge kontoen er aktiv. Når du sletter kontoen, sletter vi profil og private repositorier innen 90 dager. Bidrag du har gitt til andres repositorier, for eksempel commit-er og kommentarer, blir stående, men knyttes til en anonym spøkelsesbruker. Regnskapsopplysninger oppbevarer vi i fem år etter regnskapsloven.

## Dine rettigheter

Du har rett til innsyn i opplysningene vi har om deg, og til å få dem rettet eller slettet. Du kan også be om begrensning av behandlingen, protestere mot behandling basert på berettiget interesse og kreve å få utlevert opplysningene dine i et maskinlesbart format. De fleste opplysningene kan du selv se og endre i kontoinnstillingene.

Du kan klage til [Datatilsynet](https://www.datatilsynet.no/) hvis du mener at vi behandler personopplysningene dine i strid med regelverket. Vi setter pris på om du tar kontakt med oss først.

## Overføring til land utenfor EØS

Opplysningene dine lagres i utgangspunktet i Norge. Når vi bruker underleverandører utenfor EØS, sikrer vi overføringen med EU-kommisjonens standard personvernbestemmelser eller et annet gyldig overføringsgrunnlag etter personvernforordningen kapittel V.

## Endringer i denne erklæringen

Vi kan endre denne personvernerklæringen. Vesentlige endringer kunngjør vi minst 30 dager før de trer i kraft, i [endringsloggen for nettstedsreglene](https://kodehavn.no/kodehavn/site-policy/commits/main) og ved varsel på kodehavn.no. Se også [dine rettigheter](#your-rights) før du godtar nye vilkår.
"""

EDITS = [
    {"note": "new subprocessor row (support ticketing) in the table",
     "repl": [("| Stripe Payments Europe Ltd. | Betalingsformidling | Irland |",
               "| Stripe Payments Europe Ltd. | Betalingsformidling | Irland |\n| Zendesk Inc. | Kundestøtte og henvendelser | USA |")]},
    {"note": "one word deep in the cookies section: cookie list refreshed 'månedlig' -> 'ukentlig' (date not bumped)",
     "bump": False,
     "repl": [("Oversikten over informasjonskapslene oppdateres månedlig.", "Oversikten over informasjonskapslene oppdateres ukentlig.")]},
    {"note": "whole new section on the AI code assistant inserted before 'Informasjonskapsler'",
     "repl": [("## Informasjonskapsler", """## Kodehavn Assistent

Når du bruker Kodehavn Assistent, behandler vi koden i redigeringsprogrammet ditt, spørsmålene du stiller og forslagene du godtar eller avviser, for å kunne levere kodeforslag. Slike forespørsler sendes til en språkmodell som driftes i EØS, og slettes etter at svaret er levert, med mindre du har valgt å dele dem med oss for å forbedre produktet.

Innholdet i private repositorier brukes ikke til å trene språkmodeller. Du kan når som helst slå av Assistent og deling av forespørsler i innstillingene under «Kodehavn Assistent».

## Informasjonskapsler""")]},
    {"note": "deletion window after account closure shortened from 90 to 30 days",
     "repl": [("sletter vi profil og private repositorier innen 90 dager.", "sletter vi profil og private repositorier innen 30 dager.")]},
    {"note": "effective date bumped alone", "repl": []},
]

# anchor ids: English slugs from the translation pipeline until SLUG_SWITCH, then slugs of the Norwegian headings
IDS_EN = {
    "Hvem er ansvarlig for behandlingen": "who-is-responsible-for-the-processing",
    "Hvilke opplysninger Kodehavn samler inn": "what-information-kodehavn-collects",
    "Hvordan Kodehavn bruker opplysningene": "how-kodehavn-uses-your-information",
    "Hvordan vi deler opplysningene": "how-we-share-the-information-we-collect",
    "Kodehavns tilgang til private repositorier": "private-repositories",
    "Kodehavn Assistent": "kodehavn-assistant",
    "Informasjonskapsler": "cookies",
    "Sikkerhet": "security",
    "Barn": "children",
    "Automatiserte avgjørelser": "automated-decision-making",
    "Lagring og sletting": "data-retention-and-deletion",
    "Dine rettigheter": "your-rights",
    "Overføring til land utenfor EØS": "transfers-outside-the-eea",
    "Endringer i denne erklæringen": "changes-to-this-statement",
    "Opplysninger du gir oss": "information-you-provide",
    "Opplysninger som samles inn automatisk": "information-collected-automatically",
}
EN_TO_TITLE = {v: k for k, v in IDS_EN.items()}

SIDEBAR = [
    (dt.datetime(2000, 1, 1), "Kodehavns vilkår for bruk", "kodehavns-vilkar-for-bruk"),
    (dt.datetime(2000, 1, 1), "Kodehavns personvernerklæring", "privacy-policies/kodehavn-personvernerklaering"),
    (dt.datetime(2000, 1, 1), "Retningslinjer for akseptabel bruk", "retningslinjer-for-akseptabel-bruk"),
    (dt.datetime(2000, 1, 1), "Underleverandører og informasjonskapsler", "privacy-policies/underleverandorer"),
    (dt.datetime(2023, 4, 12), "Retningslinjer for KI-generert innhold", "retningslinjer-for-ki-innhold"),
    (dt.datetime(2023, 12, 1), "Kodehavns databehandleravtale", "privacy-policies/databehandleravtale"),
    (dt.datetime(2024, 8, 20), "Åpenhetsrapport 2023", "apenhetsrapport-2023"),
]


def slug_nb(t):
    t = t.lower()
    t = re.sub(r"[^\w\- ]", "", t)
    return t.replace(" ", "-")


def noise(rng, when, i, prev):
    p = prev or {}
    s = {}
    s["build"] = C.keep_or(rng, p.get("build"), 0.3,
                           lambda: {"id": C.alnum(rng, 21, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-"),
                                    "app": C.hexs(rng, 16), "page": C.hexs(rng, 16), "css": C.hexs(rng, 16)})
    s["toc"] = C.keep_or(rng, p.get("toc"), 0.25, lambda: rng.random() < 0.6)
    s["slugs"] = "nb" if when >= SLUG_SWITCH else "en"
    s["csrf"] = C.alnum(rng, 8) + "-" + C.alnum(rng, 27, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
    s["sidebar"] = sum(1 for d, _, _ in SIDEBAR if d <= when)
    return s


LABELS = {"build": "Next.js deploy (buildId, hashed chunks)", "toc": "mini ToC 'I denne artikkelen' on/off",
          "slugs": "heading anchor ids renamed (English -> Norwegian slugs), same-page links follow",
          "csrf": "per-visit csrfToken in __NEXT_DATA__", "sidebar": "help-centre sidebar entries"}


def render(s, blocks, when):
    b = s["build"]

    def hid(title):
        return IDS_EN[title] if s["slugs"] == "en" else slug_nb(title)

    title = blocks[0][1]
    out, toc = [], []
    for blk in blocks[1:]:
        if blk[0] in ("h2", "h3"):
            i = hid(blk[1])
            out.append('<%s id="%s" tabindex="-1"><a class="heading-link" href="#%s">%s<span class="heading-link-symbol" aria-hidden="true"></span></a></%s>'
                       % (blk[0], i, i, C.inline_html(blk[1]), blk[0]))
            if blk[0] == "h2":
                toc.append('<li class="ml-0"><a href="#%s" class="color-fg-default">%s</a></li>' % (i, C.inline_html(blk[1])))
        elif blk[0] == "table":
            out.append('<div class="ghd-tool rowheaders">%s</div>' % C.block_html(blk))
        else:
            out.append(C.block_html(blk))
    body = "\n".join(out)
    body = re.sub(r'href="#([a-z\-]+)"', lambda m: 'href="#%s"' % hid(EN_TO_TITLE[m.group(1)]) if m.group(1) in EN_TO_TITLE else m.group(0), body)
    body = re.sub(r'<a href="https://', '<a target="_blank" rel="noopener" href="https://', body)
    toc_html = ""
    if s["toc"]:
        toc_html = ('<div data-container="toc" class="border-bottom border-lg-0 pb-4 mb-5 pb-xl-0 mb-xl-0"><h2 id="in-this-article" class="mb-1 h5">I denne artikkelen</h2>'
                    '<nav><ul class="list-style-none pl-0 text-bold">%s</ul></nav></div>' % "".join(toc))
    side = "".join('<li data-testid="sidebar-article" class="%s"><a href="/nb/site-policy/%s" class="d-block width-full">%s</a></li>'
                   % ("is-active" if slug.endswith("personvernerklaering") else "", slug, html.escape(t))
                   for _, t, slug in SIDEBAR[:s["sidebar"]])
    nd = json.dumps({"props": {"pageProps": {"mainContext": {"currentLanguage": "nb", "currentVersion": "free-pro-team@latest",
                                                             "relativePath": "site-policy/privacy-policies/kodehavn-personvernerklaering.md",
                                                             "page": {"documentType": "article", "title": title, "fullTitle": title + " - Kodehavn Docs"},
                                                             "csrfToken": s["csrf"], "enterpriseServerReleases": {}},
                                             "languagesContext": {"languages": {"nb": {"name": "Norsk", "nativeName": "Norsk bokmål", "code": "nb"},
                                                                                "en": {"name": "English", "nativeName": "English", "code": "en"}}}},
                               "__N_SSP": True}, "page": "/[versionId]/[productId]/[...restPage]",
                     "query": {"versionId": "free-pro-team@latest", "productId": "site-policy",
                               "restPage": ["privacy-policies", "kodehavn-personvernerklaering"]},
                     "buildId": b["id"], "isFallback": False, "gssp": True, "locale": "nb", "locales": ["nb", "en"],
                     "defaultLocale": "nb", "scriptLoader": []}, ensure_ascii=False, separators=(",", ":"))
    return f"""<!DOCTYPE html><html lang="nb" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{html.escape(title)} - Kodehavn Docs</title><link rel="alternate icon" type="image/png" href="/assets/cb-600/images/site/favicon.png"/><meta name="description" content="Les om hvordan Kodehavn behandler personopplysningene dine."/><link rel="alternate" hrefLang="en" href="https://docs.kodehavn.no/en/site-policy/privacy-policies/kodehavn-privacy-statement"/><link rel="alternate" hrefLang="nb" href="{URL}"/><meta name="keywords" content="Legal"/><meta name="path-language" content="nb"/><meta name="path-product" content="site-policy"/><meta name="page-document-type" content="article"/><link rel="preload" href="/_next/static/css/{b['css']}.css" as="style"/><link rel="stylesheet" href="/_next/static/css/{b['css']}.css" data-n-g=""/><script src="/_next/static/chunks/pages/_app-{b['app']}.js" defer=""></script><script src="/_next/static/chunks/pages/%5BversionId%5D/%5BproductId%5D/%5B...restPage%5D-{b['page']}.js" defer=""></script><script src="/_next/static/{b['id']}/_buildManifest.js" defer=""></script><script src="/_next/static/{b['id']}/_ssgManifest.js" defer=""></script></head><body><div id="__next"><a href="#main-content" class="sr-only color-bg-accent-emphasis color-fg-on-emphasis">Gå til hovedinnhold</a><div class="d-lg-flex"><div data-container="nav" class="position-sticky d-none border-right d-xxl-block"><nav aria-labelledby="allproducts-menu"><div class="d-flex flex-items-center p-4"><a href="/nb" class="f4 color-fg-default">Kodehavn Docs</a></div><ul class="list-style-none" data-testid="sidebar-product"><li class="h5 px-4 pb-2">Nettstedsregler</li>{side}</ul></nav></div><div class="flex-column flex-1 min-width-0"><header class="color-bg-default p-2 position-sticky top-0 z-1 border-bottom"><div class="d-flex flex-justify-between"><a href="/nb" class="color-fg-default">Kodehavn Docs</a><div data-testid="language-picker"><button type="button" aria-label="Velg språk: Norsk bokmål">Norsk bokmål</button></div><form action="/nb/search" role="search"><input type="search" name="query" placeholder="Søk i Kodehavn Docs" aria-label="Søk i Kodehavn Docs"/></form></div></header><main id="main-content" class="outline-none" tabindex="-1"><div class="container-xl px-3 px-md-6 my-4"><nav data-testid="breadcrumbs-in-article" aria-label="Breadcrumb" class="f5"><ul><li class="d-inline-block"><a href="/nb/site-policy" class="color-fg-muted">Nettstedsregler</a><span class="color-fg-muted pr-2">/</span></li><li class="d-inline-block"><a href="/nb/site-policy/privacy-policies" class="color-fg-muted">Personvern</a></li></ul></nav><div class="d-lg-flex flex-justify-between"><div data-container="title" class="mb-4"><h1 id="title-h1" class="border-bottom-0">{C.inline_html(title)}</h1></div></div>{toc_html}<div data-container="article" class="pb-4"><div id="article-contents"><div class="markdown-body">{body}</div></div></div><div data-container="feedback" class="mt-6"><form class="f5 d-print-none" data-testid="survey-form"><h3 class="f4 mb-3">Var dette dokumentet nyttig?</h3><input type="radio" name="survey-vote" value="Y" id="survey-yes" aria-label="Ja"/><input type="radio" name="survey-vote" value="N" id="survey-no" aria-label="Nei"/></form></div></div></main><footer class="py-6 border-top"><ul class="list-style-none d-flex f6"><li class="mr-3">© {when.year} Kodehavn AS</li><li class="mr-3"><a href="/nb/site-policy/kodehavns-vilkar-for-bruk">Vilkår</a></li><li class="mr-3"><a href="/nb/site-policy/privacy-policies/kodehavn-personvernerklaering">Personvern</a></li><li class="mr-3"><a href="https://status.kodehavn.no/">Status</a></li></ul></footer></div></div></div><script id="__NEXT_DATA__" type="application/json">{nd}</script></body></html>"""


PAGE = {
    "service": "Kodehavn",
    "url": URL,
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("x-powered-by", "Next.js"), ("cache-control", "private, no-store"), ("x-frame-options", "SAMEORIGIN")],
    "n": 28,
    "start": dt.date(2023, 3, 1),
    "end": dt.date(2025, 2, 28),
    "policy": POLICY,
    "first_updated": dt.date(2022, 12, 15),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": URL,
        "select": ["#title-h1", "#article-contents"],
    },
}
