"""Fjordby Bysykkel (a Norwegian city bike-share scheme): Enonic XP 7 (a Norwegian CMS) rendering a page template
with one `main` region: a hero part, a text component with the introduction, a live-status part and an
accordion part in which every chapter of the policy is a collapsed <details> element.

Noise: the live-status part ("Akkurat nå": bikes and free docks from the GBFS feed, fetched at render time, or
the winter-pause notice) sits *inside* the tracked region between the introduction and the accordions (the
curator removes `.live-status`); a season banner above the header (season open / winter pause / season ending);
the application's asset fingerprint in every /_/asset/ URL per deployment; Cookiebot."""
import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

URL = "https://www.fjordbybysykkel.no/personvern"
NO_MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
             "november", "desember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, NO_MONTHS[d.month - 1], d.year)


POLICY = """# Personvernerklæring

Fjordby Bysykkel AS («Fjordby Bysykkel» eller «vi») drifter bysykkelordningen i Fjordby på oppdrag fra Fjordby kommune. Denne personvernerklæringen forklarer hvilke personopplysninger vi behandler når du bruker appen, nettsiden og syklene våre, hvorfor vi gjør det, og hvilke rettigheter du har.

Sist oppdatert: {UPDATED}

## 1. Hvem er ansvarlig for personopplysningene?

Fjordby Bysykkel AS er behandlingsansvarlig for personopplysningene som behandles i forbindelse med bysykkelordningen.

@ Fjordby Bysykkel AS
@ Org.nr. 921 604 387
@ Kaigata 4, 4306 Fjordby
@ Telefon: 51 22 80 00
@ E-post: hei@fjordbybysykkel.no

Vi har et personvernombud som du kan kontakte på personvern@fjordbybysykkel.no dersom du har spørsmål om hvordan vi behandler personopplysninger.

## 2. Hvilke opplysninger samler vi inn?

| Kategori | Eksempler | Kilde |
| Kontaktinformasjon | navn, telefonnummer og e-postadresse | deg, når du oppretter konto |
| Betalingsinformasjon | betalingsmåte, de fire siste sifrene i kortnummeret, kvitteringer | deg og betalingsleverandøren |
| Turdata | start- og sluttstasjon, tidspunkt, varighet og sykkelnummer | syklene og stasjonene |
| Posisjonsdata | sykkelens GPS-posisjon under turen | GPS-enheten i sykkelen |
| Henvendelser | meldinger til kundeservice, skademeldinger og bilder du sender oss | deg |
| Teknisk informasjon | enhetstype, operativsystem, appversjon og IP-adresse | appen og nettsiden |

Når du låner en sykkel med reisekortet fra det lokale kollektivselskapet i stedet for med appen, registrerer vi kortnummeret og knytter det til kontoen din. Vi får ikke tilgang til reisehistorikken din hos kollektivselskapet.

Vi samler ikke inn fødselsnummer. Du må være 13 år for å bruke bysykkelen, og brukere mellom 13 og 18 år må ha samtykke fra en foresatt.

## 3. Hvorfor behandler vi opplysningene, og hva er det rettslige grunnlaget?

| Formål | Rettslig grunnlag |
| Opprette og administrere kontoen din | avtale, personvernforordningen artikkel 6 nr. 1 bokstav b |
| Låse opp sykler, registrere turer og beregne pris | avtale |
| Ta betalt og oppfylle bokføringsplikten | rettslig forpliktelse etter bokføringsloven |
| Finne igjen sykler som ikke er levert, og håndtere skader og tyveri | berettiget interesse |
| Utarbeide anonym statistikk om bruken av ordningen til kommunen | berettiget interesse |
| Sende nyhetsbrev og informasjon om sesongstart | samtykke, som du når som helst kan trekke tilbake |

Vi bruker berettiget interesse som grunnlag bare når vi har vurdert at behovet vårt veier tyngre enn ulempen for deg. Du kan be om å få se vurderingen vår.

## 4. Posisjonsdata fra syklene

Alle syklene har en GPS-enhet. Mens en tur pågår, registrerer vi sykkelens posisjon omtrent hvert 30. sekund. Vi bruker posisjonen til å vise tilgjengelige sykler i appen, til å finne sykler som er satt fra seg utenfor en stasjon, og til å hjelpe deg dersom du melder fra om en ulykke eller et tyveri.

Posisjonsdata fra turen knyttes til kontoen din i 30 dager. Deretter anonymiseres de og brukes bare i statistikk over hvilke strekninger som er mest brukt. Turhistorikken i appen viser bare start- og sluttstasjon.

## 5. Hvor lenge lagrer vi opplysningene?

- Kontoopplysninger: så lenge du har en konto hos oss. Kontoer som ikke har vært brukt på tre år, slettes.
- Turhistorikk: 12 måneder etter turen.
- Posisjonsdata fra turen: 30 dager, deretter anonymiseres de.
- Betalingsopplysninger og kvitteringer: fem år etter utgangen av regnskapsåret, jf. bokføringsloven.
- Henvendelser til kundeservice: to år etter at saken er avsluttet.

## 6. Hvem deler vi opplysninger med?

Vi selger aldri personopplysninger. Vi bruker disse databehandlerne, som behandler opplysninger på våre vegne og etter våre instrukser:

| Databehandler | Formål | Lokasjon |
| Sykkelplattform AS | drift av app, stasjoner og sykkelsystem | Norge |
| Stripe Payments Europe Ltd. | kortbetaling | Irland |
| Vipps AS | betaling med Vipps | Norge |
| Twilio Ireland Ltd. | SMS med engangskoder | Irland og USA |

Fjordby kommune mottar bare anonymisert statistikk om bruken av ordningen. Dersom politiet ber om opplysninger i forbindelse med etterforskning av tyveri eller ulykker, utleverer vi opplysninger når vi har plikt til det. Ved skade eller ulykke kan vi dele nødvendige opplysninger med forsikringsselskapet vårt for å behandle saken.

## 7. Overføring til land utenfor EØS

Twilio kan behandle telefonnummeret ditt i USA for å levere SMS. Overføringen er basert på EU-kommisjonens standard personvernbestemmelser, som forplikter mottakeren til å beskytte opplysningene på samme nivå som i EØS.

## 8. Dine rettigheter

- Du har rett til innsyn i opplysningene vi har om deg.
- Du kan be om at uriktige opplysninger blir rettet.
- Du kan be om at opplysninger blir slettet, dersom vi ikke lenger har grunnlag for å lagre dem.
- Du kan protestere mot behandling som er basert på berettiget interesse.
- Du kan be om å få utlevert opplysningene du har gitt oss, i et maskinlesbart format.

Send en e-post til personvern@fjordbybysykkel.no for å bruke rettighetene dine. Før vi utleverer opplysninger, kan vi be deg bekrefte identiteten din, for eksempel ved å logge inn i appen. Vi svarer innen 30 dager. Hvis du mener at vi behandler personopplysninger i strid med regelverket, kan du klage til Datatilsynet, Postboks 458 Sentrum, 0105 Oslo, www.datatilsynet.no.

## 9. Informasjonskapsler

Nettsiden bruker informasjonskapseler som er nødvendige for at siden skal fungere. Analyse av trafikken på nettsiden skjer bare hvis du samtykker. Du kan når som helst endre samtykket ditt via lenken «Innstillinger for informasjonskapsler» nederst på siden.

## 10. Kundeservice og skademeldinger

Når du kontakter kundeservice på telefon, e-post eller chat i appen, lagrer vi henvendelsen og svaret vårt, slik at vi kan følge opp saken og se tidligere dialog hvis du tar kontakt igjen. Telefonsamtaler tas ikke opp.

Hvis du melder fra om en skadet sykkel eller en ulykke, ber vi om en beskrivelse av hendelsen og eventuelt bilder. Bildene brukes bare til å behandle skademeldingen og slettes når saken er avsluttet.

## 11. Endringer i personvernerklæringen

Vi oppdaterer personvernerklæringen når vi endrer tjenesten eller hvordan vi behandler personopplysninger. Ved vesentlige endringer varsler vi deg i appen før endringene trer i kraft."""

EDITS = [
    {"note": "typo fixed: 'informasjonskapseler' -> 'informasjonskapsler' (no new date)", "bump": False,
     "repl": [("Nettsiden bruker informasjonskapseler som", "Nettsiden bruker informasjonskapsler som")]},
    {"note": "customer-service phone number changed",
     "repl": [("@ Telefon: 51 22 80 00", "@ Telefon: 400 04 520")]},
    {"note": "processor renamed after the merger: Vipps AS -> Vipps MobilePay AS",
     "repl": [("| Vipps AS | betaling med Vipps | Norge |", "| Vipps MobilePay AS | betaling med Vipps | Norge |")]},
    {"note": "trip-history retention extended from 12 to 24 months",
     "repl": [("- Turhistorikk: 12 måneder etter turen.",
               "- Turhistorikk: 24 måneder etter turen, slik at du kan se tidligere turer i appen.")]},
    {"note": "transfer basis: EU-US Data Privacy Framework added (sentence added)",
     "repl": [("som forplikter mottakeren til å beskytte opplysningene på samme nivå som i EØS.",
               "som forplikter mottakeren til å beskytte opplysningene på samme nivå som i EØS. Twilio er i tillegg "
               "sertifisert under EU–US Data Privacy Framework, som EU-kommisjonen godkjente i juli 2023.")]},
    {"note": "new subsection on e-bikes (battery level and speed data)",
     "repl": [("Turhistorikken i appen viser bare start- og sluttstasjon.",
               "Turhistorikken i appen viser bare start- og sluttstasjon.\n\n"
               "### Elsykler\n\n"
               "Fra sesongen 2025 har ordningen også elsykler. For elsyklene registrerer vi i tillegg "
               "batterinivå, motorhjelp og hastighet under turen. Opplysningene brukes til å planlegge lading, "
               "oppdage feil på syklene og beregne pristillegget for elsykkel.\n\n"
               "Hastighetsdata knyttes ikke til deg som bruker, med mindre det er nødvendig for å behandle en "
               "skademelding du selv har sendt inn.")]},
]


def season(d):
    """(state, banner text) of the bike season on a date: open 1 April - 30 November."""
    if d.month == 12 or d.month <= 2 or (d.month == 3 and d.day < 15):
        return "winter", "Bysykkelen har vinterpause. Vi er tilbake 1. april – takk for i år!"
    if d.month == 3:
        return "soon", "Snart sesongstart! Forny abonnementet ditt før 1. april."
    if d.month == 11:
        return "ending", "Sesongen avsluttes 30. november. Syklene hentes inn fra stasjonene i løpet av uken etter."
    return "open", "Sesongen %d er i gang – god tur!" % d.year


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}
    st["fingerprint"] = C.keep_or(rng, prev.get("fingerprint"), 0.15,
                                  lambda: str(C.epoch(when - dt.timedelta(days=rng.randint(1, 20)))))
    local = when + dt.timedelta(hours=2 if 4 <= when.month <= 10 else 1)
    sea = season(local.date())[0]
    st["season"] = sea
    if sea in ("open", "ending"):
        bikes = rng.randint(180, 640)
        st["live"] = (bikes, rng.randint(380, 900), rng.choice([142, 143, 143, 144]), local.strftime("%d.%m. kl. %H:%M"))
    else:
        st["live"] = ("pause", local.strftime("%d.%m. kl. %H:%M"))
    return st


LABELS = {"fingerprint": "Enonic app asset fingerprint (deployment)", "season": "season banner",
          "live": "live-status part: bikes/docks now (inside the tracked region, removed by .live-status)"}


def render(st, blocks, when):
    title = blocks[0][1]
    head, secs = C.split_sections(blocks[1:])
    fp = st["fingerprint"]
    asset = "/_/asset/no.fjordbybysykkel.web:%s" % fp
    sea, banner = season((when + dt.timedelta(hours=2 if 4 <= when.month <= 10 else 1)).date())
    if st["live"][0] == "pause":
        live = ('<aside class="live-status live-status--paused" data-portal-component-type="part" aria-live="polite">'
                '<p class="live-status__title">Akkurat nå</p><p class="live-status__text">Syklene er tatt inn for '
                'vinteren. Stasjonskartet oppdateres igjen ved sesongstart.</p><p class="live-status__updated">'
                'Oppdatert %s</p></aside>' % st["live"][1])
    else:
        b, d, s, t = st["live"]
        live = ('<aside class="live-status" data-portal-component-type="part" aria-live="polite" '
                'data-gbfs="https://gbfs.fjordbybysykkel.no/gbfs/2.3/station_status.json">'
                '<p class="live-status__title">Akkurat nå</p><p class="live-status__text"><strong>%d</strong> ledige '
                'sykler og <strong>%d</strong> ledige låser på <strong>%d</strong> stasjoner</p>'
                '<p class="live-status__updated">Oppdatert %s</p><a class="live-status__link" href="/stasjonskart">'
                'Se stasjonskartet</a></aside>' % (b, d, s, t))
    intro = "\n".join(C.block_html(b) for b in head)
    acc = []
    for n, (h, bl) in enumerate(secs):
        acc.append('<details class="accordion" id="kapittel-%d">\n<summary class="accordion__header"><h2 '
                   'class="accordion__title">%s</h2><span class="accordion__icon" aria-hidden="true"></span>'
                   '</summary>\n<div class="accordion__content rich-text">\n%s\n</div>\n</details>'
                   % (n + 1, html.escape(h), "\n".join(C.block_html(b) for b in bl)))
    return """<!DOCTYPE html>
<html lang="no">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>%(title)s | Fjordby Bysykkel</title>
  <meta name="description" content="Slik behandler Fjordby Bysykkel personopplysningene dine.">
  <meta property="og:title" content="%(title)s">
  <meta property="og:site_name" content="Fjordby Bysykkel">
  <meta property="og:image" content="https://www.fjordbybysykkel.no/_/image/3f6a1c2e-7d4b-4e8a-b5c1-9d2e0f7a6b13:8c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d/block-1200-630/bysykkel-stasjon.jpg">
  <link rel="icon" href="%(asset)s/img/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="%(asset)s/css/main.css">
  <script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="4b7e2c91-3d5a-4f0e-8a16-c2d9e5f3b874" data-blockingmode="auto" data-culture="NB" type="text/javascript"></script>
  <script defer src="%(asset)s/js/main.js"></script>
</head>
<body class="page page--article season--%(sea)s">
  <div class="season-banner season-banner--%(sea)s" role="status">%(banner)s</div>
  <header class="site-header">
    <div class="site-header__inner">
      <a class="site-header__logo" href="/"><img src="%(asset)s/img/logo-fjordby-bysykkel.svg" alt="Fjordby Bysykkel" width="180" height="40"></a>
      <nav class="site-nav" aria-label="Hovedmeny">
        <ul class="site-nav__list">
          <li><a href="/stasjonskart">Stasjonskart</a></li>
          <li><a href="/priser">Priser og abonnement</a></li>
          <li><a href="/slik-fungerer-det">Slik fungerer det</a></li>
          <li><a href="/hjelp">Hjelp</a></li>
          <li><a href="https://www.fjordbybysykkel.no/en/" lang="en">English</a></li>
        </ul>
      </nav>
      <a class="button button--primary site-header__app" href="https://fjordbybysykkel.page.link/app">Last ned appen</a>
    </div>
  </header>
  <main data-portal-region="main" id="innhold">
<div class="hero hero--small" data-portal-component-type="part"><div class="hero__inner"><h1 class="hero__title">%(title)s</h1></div></div>
<section data-portal-component-type="text">%(intro)s</section>
%(live)s
<div class="accordion-list" data-portal-component-type="part">
%(acc)s
</div>
  </main>
  <footer class="site-footer">
    <div class="site-footer__inner">
      <div class="site-footer__col">
        <p class="site-footer__heading">Fjordby Bysykkel</p>
        <p>Kundeservice hverdager 08–16<br><a href="mailto:hei@fjordbybysykkel.no">hei@fjordbybysykkel.no</a></p>
      </div>
      <div class="site-footer__col">
        <ul>
          <li><a href="/vilkar">Brukervilkår</a></li>
          <li><a href="/personvern" aria-current="page">Personvern</a></li>
          <li><a href="javascript:Cookiebot.renew()">Innstillinger for informasjonskapsler</a></li>
          <li><a href="/tilgjengelighetserklaering">Tilgjengelighetserklæring</a></li>
        </ul>
      </div>
      <div class="site-footer__col site-footer__partners">
        <p>Bysykkelordningen er et samarbeid med</p>
        <img src="/_/image/9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d:1f2e3d4c5b6a79880706f5e4d3c2b1a0f9e8d7c6/width-240/fjordby-kommune.png?quality=85&amp;filter=grayscale()" alt="Fjordby kommune" width="240" height="60">
      </div>
    </div>
  </footer>
</body>
</html>
""" % {"title": html.escape(title), "asset": asset, "sea": sea, "banner": html.escape(banner), "intro": intro,
       "live": live, "acc": "\n".join(acc)}


PAGE = {
    "service": "Fjordby Bysykkel",
    "url": URL,
    "lang": "nb",
    "platform": "Enonic XP 7 (page template, text component, parts; chapters in <details> accordions)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Cache-Control", "no-cache"), ("X-Frame-Options", "SAMEORIGIN"),
                      ("Strict-Transport-Security", "max-age=63072000; includeSubDomains")),
    "n": 30,
    "start": dt.date(2022, 2, 1),
    "end": dt.date(2025, 1, 31),
    "policy": POLICY,
    "first_updated": dt.date(2021, 11, 24),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "main[data-portal-region=\"main\"]", "remove": [".live-status"]},
}
