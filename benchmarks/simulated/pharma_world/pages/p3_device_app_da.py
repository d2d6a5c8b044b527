"""Danish hearing-aid maker's app notice ("Privatlivspolitik for Nordsense Hear-appen") on Contentful + Next.js
(Pages Router, getServerSideProps on Vercel), Danish. Fairly clean: per request a CSP nonce on every inline
script and a Vercel request id in __NEXT_DATA__; per deploy the buildId and chunk hashes; one redesign (new CSS
module hashes, header with app-store badges moved) in 2025. The declared `main article` stays valid."""
import datetime as dt
import html
import json

import common as C

URL = "https://www.nordsense.com/da-dk/hear-app/privatlivspolitik"

MAANED = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]

POLICY = """# Privatlivspolitik for Nordsense Hear-appen

Senest opdateret: {UPDATED}

Denne privatlivspolitik beskriver, hvordan Nordsense Medical A/S behandler dine personoplysninger, når du bruger mobilapplikationen Nordsense Hear (»appen«) sammen med dine Nordsense-høreapparater. Appen er tilbehør til et medicinsk udstyr og er CE-mærket i henhold til forordning (EU) 2017/745 om medicinsk udstyr.

## 1. Dataansvarlig

@ Nordsense Medical A/S
@ Lautrupbjerg 7
@ 2750 Ballerup
@ CVR-nr. 31 45 78 02

Vi har udpeget en databeskyttelsesrådgiver (DPO), som du kan kontakte på [dpo@nordsense.com](mailto:dpo@nordsense.com) eller på telefon +45 44 85 20 00.

## 2. Hvilke oplysninger indsamler vi?

Når du bruger appen, behandler vi følgende kategorier af personoplysninger:

- **Kontooplysninger:** navn, e-mailadresse, fødselsår og land, hvis du opretter en Nordsense-konto.
- **Oplysninger om dine høreapparater:** serienummer, model, firmwareversion, batteristatus og de programmer og indstillinger, du vælger.
- **Brugsdata:** hvor længe høreapparaterne er tændt, hvilke lydmiljøer appen registrerer, og hvilke funktioner du bruger.
- **Helbredsoplysninger:** resultatet af appens høretest og de justeringer, din hørespecialist foretager via fjernjustering.
- **Tekniske oplysninger:** enhedstype, styresystem, appversion, sprogindstilling og fejllogfiler.

Appen indsamler ikke din præcise placering. Bluetooth-tilladelsen bruges udelukkende til at oprette forbindelse til dine høreapparater.

## 3. Formål og retsgrundlag

| Formål | Retsgrundlag |
| Levering af appens funktioner, herunder styring af høreapparater | Databeskyttelsesforordningens art. 6, stk. 1, litra b (kontrakt) |
| Fjernjustering hos din hørespecialist | Dit udtrykkelige samtykke, jf. art. 9, stk. 2, litra a |
| Overvågning af sikkerhed og ydeevne af medicinsk udstyr | Retlig forpligtelse, jf. art. 6, stk. 1, litra c, og art. 9, stk. 2, litra i |
| Produktudvikling på grundlag af pseudonymiserede brugsdata | Vores legitime interesse, jf. art. 6, stk. 1, litra f |
| Kundesupport | Kontrakt og legitim interesse |

Du kan til enhver tid trække dit samtykke tilbage under **Indstillinger > Privatliv** i appen. Tilbagetrækningen påvirker ikke lovligheden af den behandling, der er sket, før samtykket blev trukket tilbage.

## 4. Deling med din hørespecialist

Hvis du aktiverer fjernjustering, deles dine indstillinger, høretestresultater og brugsdata med den hørespecialist eller klinik, som du selv vælger i appen. Klinikken er selvstændigt dataansvarlig for de oplysninger, den modtager. Du kan til enhver tid afbryde forbindelsen til klinikken i appen.

## 5. Databehandlere og overførsel til tredjelande

Vi anvender følgende databehandlere, som kun må behandle oplysningerne efter vores instruks:

| Databehandler | Opgave | Placering af data |
| Microsoft Ireland Operations Ltd. (Azure) | Drift af cloudtjenesten | EU (Nederlandene, Irland) |
| Google Ireland Ltd. (Firebase Crashlytics) | Fejlrapporter fra appen | EU, USA |
| Twilio Ireland Ltd. (SendGrid) | Udsendelse af e-mails om din konto | EU, USA |

Overførsel til USA sker på grundlag af EU-U.S. Data Privacy Framework eller Europa-Kommissionens standardkontraktbestemmelser.

## 6. Opbevaring

Kontooplysninger opbevares, så længe du har en konto. Brugsdata slettes eller anonymiseres efter 24 måneder. Oplysninger, der indgår i en hændelsesrapport om medicinsk udstyr, opbevarer vi i mindst 10 år efter, at det sidste udstyr af den pågældende type er bragt i omsætning, som krævet af forordningen om medicinsk udstyr. Hvis du sletter din konto, sletter vi dine øvrige oplysninger inden for 30 dage.

### Ingen automatiske afgørelser

Appen foreslår justeringer af lydindstillingerne ud fra det lydmiljø, den registrerer. Forslagene har ingen retsvirkning for dig, og du bestemmer altid selv, om du vil bruge dem. Vi træffer ikke afgørelser, der alene er baseret på automatisk behandling.

### Analyse og markedsføring

Hvis du giver samtykke under **Indstillinger > Privatliv**, indsamler vi pseudonymiserede oplysninger om, hvordan du navigerer i appen, så vi kan forbedre brugeroplevelsen. Vi sender kun nyhedsbreve og tilbud om nye produkter, hvis du særskilt har tilmeldt dig. Du kan afmelde dig via linket i hver e-mail.

### Indberetning af hændelser

Som fabrikant af medicinsk udstyr skal vi overvåge, hvordan vores produkter fungerer efter markedsføringen. Hvis du kontakter os om en fejl eller en hændelse, hvor appen eller høreapparaterne kan have skadet dig eller andre, kan vi være forpligtet til at indberette hændelsen til Lægemiddelstyrelsen. Indberetningen indeholder så vidt muligt ikke dit navn, men kan indeholde oplysninger om din alder, dit køn og dit høretab.

## 7. Sikkerhed

Kommunikationen mellem appen, dine høreapparater og vores servere er krypteret. Adgang til helbredsoplysninger er begrænset til medarbejdere, som har brug for dem i deres arbejde, og al adgang logges.

### Hvis du ikke giver os oplysningerne

Du kan bruge appens grundlæggende funktioner, for eksempel skift af program og lydstyrke, uden at oprette en konto. Fjernjustering, høretest og sikkerhedskopiering af dine indstillinger kræver dog en konto. Hvis du ikke ønsker at give os de nødvendige oplysninger, kan vi ikke levere disse funktioner.

### Behandling i forbindelse med kundesupport

Når du kontakter vores kundeservice, kan vi med din tilladelse se appens fejllog og de seneste indstillinger, så vi hurtigere kan løse problemet. Telefonsamtaler optages ikke. Henvendelser til kundeservice gemmes i op til 3 år, hvorefter de slettes automatisk. Oplysninger, der indgår i en klage over produktet, kan dog blive opbevaret længere, hvis det er nødvendigt for at dokumentere, hvordan klagen er behandlet.

## 8. Børn

Appen kan bruges af børn med høretab. Er barnet under 13 år, skal kontoen oprettes og administreres af en forælder eller værge.

## 9. Dine rettigheder

Du har ret til indsigt i de oplysninger, vi behandler om dig, og ret til at få urigtige oplysninger berigtiget. Du kan også have ret til at få oplysninger slettet, til at få behandlingen begrænset, til dataportabilitet og til at gøre indsigelse mod behandling, der sker på grundlag af vores legitime interesse. Henvendelser rettes til [dpo@nordsense.com](mailto:dpo@nordsense.com).

Du kan klage til Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, [www.datatilsynet.dk](https://www.datatilsynet.dk).

## 10. Ændringer

Vi opdaterer denne privatlivspolitik, når appen får nye funktioner, eller når lovgivningen ændrer sig. Væsentlige ændringer meddeler vi i appen, før de træder i kraft.
"""


def fmt_date(d):
    return "%d. %s %d" % (d.day, MAANED[d.month - 1], d.year)


EDITS = [
    {"note": "processors table: Zendesk added for customer support",
     "repl": [("| Twilio Ireland Ltd. (SendGrid) | Udsendelse af e-mails om din konto | EU, USA |",
               "| Twilio Ireland Ltd. (SendGrid) | Udsendelse af e-mails om din konto | EU, USA |\n"
               "| Zendesk Inc. | Kundesupport og chat | EU (Tyskland), USA |")]},
    {"note": "usage data retention 24 -> 18 months",
     "repl": [("slettes eller anonymiseres efter 24 måneder", "slettes eller anonymiseres efter 18 måneder")]},
    {"note": "words 'under Indstillinger' inserted (no date bump)",
     "repl": [("Du kan til enhver tid afbryde forbindelsen til klinikken i appen.",
               "Du kan til enhver tid afbryde forbindelsen til klinikken i appen under Indstillinger.")], "bump": False},
    {"note": "new subsection: Apple Sundhed / Health Connect integration",
     "repl": [("## 5. Databehandlere og overførsel til tredjelande",
               "### Apple Sundhed og Health Connect\n\n"
               "Hvis du giver tilladelse, kan appen skrive oplysninger om brugstid og lydeksponering til Apple Sundhed (iOS) eller Health Connect (Android). Oplysningerne gemmes på din telefon, og vi modtager ikke data fra disse tjenester. Du kan trække tilladelsen tilbage i telefonens indstillinger.\n\n"
               "## 5. Databehandlere og overførsel til tredjelande")]},
    {"note": "DPO phone number changed",
     "repl": [("på telefon +45 44 85 20 00", "på telefon +45 44 85 21 50")]},
]

REDESIGN = dt.datetime(2025, 2, 18)


def noise(rng, when, i, prev):
    prev = prev or {}
    v2 = when >= REDESIGN
    return {
        "design": 2 if v2 else 1,
        "build": C.keep_or(rng, prev.get("build") if prev.get("design") == (2 if v2 else 1) else None, 0.25,
                           lambda: (C.alnum(rng, 21, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                                    C.hexs(rng, 16), C.hexs(rng, 16), C.hexs(rng, 16))),
        "nonce": C.b64tok(rng, 16),
        "reqid": "arn1::" + C.alnum(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789") + "-" + str(C.epoch(when)) + str(rng.randint(100, 999)) + "-" + C.hexs(rng, 12),
    }


LABELS = {"design": "site redesign (CSS module hashes, header)", "build": "Next.js buildId and chunk hashes",
          "nonce": "CSP nonce on inline scripts", "reqid": "Vercel request id in __NEXT_DATA__"}


def render(state, blocks, when):
    v2 = state["design"] == 2
    bid, c1, c2, c3 = state["build"]
    n = state["nonce"]
    m = "LegalPage_" if not v2 else "legal-page_"
    h = ("a3Fq1", "Zt8kP", "x0Rb2") if not v2 else ("Qm4nL", "p7Wc9", "Hk2sD")
    title = blocks[0][1]
    rest = blocks[1:]
    body = C.blocks_html(rest, {"table": "RichText_table__%s" % h[2], "p": "", "ul": ""})
    nd = {"props": {"pageProps": {"locale": "da-DK", "slug": "hear-app/privatlivspolitik", "entryId": "4xRt0LqWvE2pYh9sKm3uJb",
                                  "preview": False, "seo": {"title": title, "noindex": False}},
                    "__N_SSP": True},
          "page": "/[locale]/[...slug]", "query": {"locale": "da-dk", "slug": ["hear-app", "privatlivspolitik"]},
          "buildId": bid, "isFallback": False, "isExperimentalCompile": False, "gssp": True, "locale": "da-dk",
          "locales": ["da-dk", "en-gb", "de-de", "sv-se", "nb-no"], "defaultLocale": "en-gb",
          "scriptLoader": [], "runtimeConfig": {"requestId": state["reqid"]}}
    header = ("""<header class="%(m)sheader__%(h0)s"><a href="/da-dk" class="Logo_logo__%(h1)s" aria-label="Nordsense forside"><svg width="148" height="32" aria-hidden="true"><use href="#logo"></use></svg></a>
<nav class="Nav_nav__%(h1)s" aria-label="Hovedmenu"><ul><li><a href="/da-dk/hoereapparater">Høreapparater</a></li><li><a href="/da-dk/hear-app">Nordsense Hear-appen</a></li><li><a href="/da-dk/find-klinik">Find en klinik</a></li><li><a href="/da-dk/support">Support</a></li></ul></nav>
<div class="Badges_badges__%(h2)s"><a href="https://apps.apple.com/dk/app/nordsense-hear/id1488201975"><img src="/images/badges/app-store-da.svg" alt="Hent i App Store" width="120" height="40"></a><a href="https://play.google.com/store/apps/details?id=com.nordsense.hear&amp;hl=da"><img src="/images/badges/google-play-da.png" alt="Nu på Google Play" width="135" height="40"></a></div>
</header>""" if not v2 else """<header class="site-header_root__%(h0)s"><div class="site-header_bar__%(h1)s"><a href="/da-dk" aria-label="Nordsense forside"><svg width="148" height="32" aria-hidden="true"><use href="#logo-2025"></use></svg></a>
<nav aria-label="Hovedmenu"><ul class="site-header_menu__%(h2)s"><li><a href="/da-dk/hoereapparater">Høreapparater</a></li><li><a href="/da-dk/hear-app">Appen</a></li><li><a href="/da-dk/hoereapparater/hoeretest">Online høretest</a></li><li><a href="/da-dk/find-klinik">Find en klinik</a></li><li><a href="/da-dk/support">Support</a></li></ul></nav>
<a class="site-header_cta__%(h0)s" href="/da-dk/find-klinik">Book tid</a></div></header>""") % {"m": m, "h0": h[0], "h1": h[1], "h2": h[2]}
    return """<!DOCTYPE html><html lang="da-DK"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>%(title)s | Nordsense</title><meta name="description" content="Læs hvordan Nordsense Medical behandler dine personoplysninger i Nordsense Hear-appen."/><link rel="canonical" href="%(url)s"/><link rel="alternate" hrefLang="en-gb" href="https://www.nordsense.com/en-gb/hear-app/privacy-notice"/><meta name="next-head-count" content="6"/><script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="9d2e4b71-0c55-4f0e-8a6b-3c1d7f90e2a5" data-culture="da" type="text/javascript" nonce="%(n)s"></script><link rel="preload" href="/_next/static/css/%(c1)s.css" as="style" nonce="%(n)s"/><link rel="stylesheet" href="/_next/static/css/%(c1)s.css" nonce="%(n)s" data-n-g=""/><noscript data-n-css="%(n)s"></noscript><script defer="" nonce="%(n)s" nomodule="" src="/_next/static/chunks/polyfills-42372ed130431b0a.js"></script><script src="/_next/static/chunks/webpack-%(c2)s.js" nonce="%(n)s" defer=""></script><script src="/_next/static/chunks/framework-ecc4130bc7a58a64.js" nonce="%(n)s" defer=""></script><script src="/_next/static/chunks/main-%(c3)s.js" nonce="%(n)s" defer=""></script><script src="/_next/static/chunks/pages/%%5Blocale%%5D/%%5B...slug%%5D-%(c2)s.js" nonce="%(n)s" defer=""></script><script src="/_next/static/%(bid)s/_buildManifest.js" nonce="%(n)s" defer=""></script><script src="/_next/static/%(bid)s/_ssgManifest.js" nonce="%(n)s" defer=""></script></head><body><div id="__next">%(header)s<main class="%(m)smain__%(h1)s" id="indhold"><nav class="Breadcrumbs_crumbs__%(h2)s" aria-label="Brødkrummesti"><ol><li><a href="/da-dk">Forside</a></li><li><a href="/da-dk/hear-app">Nordsense Hear-appen</a></li><li aria-current="page">Privatlivspolitik</li></ol></nav><article class="%(m)sarticle__%(h0)s" data-contentful-entry-id="4xRt0LqWvE2pYh9sKm3uJb"><h1 class="%(m)stitle__%(h1)s">%(title)s</h1><div class="RichText_richText__%(h2)s">%(body)s</div></article><aside class="%(m)saside__%(h2)s"><h2>Har du brug for hjælp?</h2><p>Kontakt Nordsense kundeservice på 44 85 20 20, hverdage kl. 8-16, eller skriv til <a href="mailto:kundeservice@nordsense.dk">kundeservice@nordsense.dk</a>.</p><p class="%(m)sudi__%(h0)s">Nordsense Hear er tilbehør til medicinsk udstyr. Læs brugsanvisningen før brug. UDI-DI: 05712345000127</p></aside></main><footer class="Footer_footer__%(h0)s"><ul><li><a href="/da-dk/om-nordsense">Om Nordsense</a></li><li><a href="/da-dk/privatlivspolitik">Privatlivspolitik for hjemmesiden</a></li><li><a href="/da-dk/cookiepolitik">Cookiepolitik</a></li><li><a href="/da-dk/whistleblower">Whistleblowerordning</a></li><li><a href="javascript:Cookiebot.renew()">Skift samtykke til cookies</a></li></ul><p>© %(year)d Nordsense Medical A/S · Lautrupbjerg 7 · 2750 Ballerup</p></footer></div><script id="__NEXT_DATA__" type="application/json" nonce="%(n)s">%(nd)s</script></body></html>""" % {
        "title": html.escape(title), "url": URL, "n": n, "c1": c1, "c2": c2, "c3": c3, "bid": bid, "header": header,
        "m": m, "h0": h[0], "h1": h[1], "h2": h[2], "body": body, "year": when.year,
        "nd": json.dumps(nd, ensure_ascii=False, separators=(",", ":"))}


PAGE = {
    "service": "Nordsense Hear",
    "url": URL,
    "lang": "da-DK",
    "platform": "Contentful + Next.js 13 (Pages Router, SSR on Vercel), Cookiebot",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Vercel"), ("X-Vercel-Cache", "MISS"), ("X-Powered-By", "Next.js"),
                      ("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate")),
    "n": 29,
    "start": dt.date(2022, 9, 1),
    "end": dt.date(2025, 8, 31),
    "hours": (3, 15),
    "policy": POLICY,
    "first_updated": dt.date(2022, 5, 30),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "main article"},
}
