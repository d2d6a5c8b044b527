"""Kontorhagen (Norwegian coworking chain) - nb-NO - Webflow (hosted): a legal page built in the Designer from a hero
heading, two Rich Text blocks and, between them, a Webflow Tabs component with one tab per location holding the
camera-surveillance and access-control part of the policy (inactive panes are in the markup, hidden by CSS; each
pane repeats the location as a heading, the curator drops the tab menu). A fairly clean page: only what a re-publish
changes (the "Last Published" comment and the hashed site CSS/JS after style changes)."""
import datetime as dt
import html
import common as C

BASE = "https://www.kontorhagen.no"
URL = BASE + "/personvern"
MANEDER = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
           "desember"]
SITE = "63f2a9c41e7d5b0012c4a8e1"
PAGEID = "63f2a9c41e7d5b8b1dc4a93f"
DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MANEDER[d.month - 1], d.year)


POLICY = """
# Personvernerklæring

Sist oppdatert: {UPDATED}

Kontorhagen AS («Kontorhagen», «vi») driver kontorfellesskap og møterom i Oslo, Bergen, Trondheim og Stavanger. Denne personvernerklæringen forklarer hvordan vi behandler personopplysninger om medlemmer, kontaktpersoner hos bedriftskunder, gjester og besøkende på nettsiden vår.

## Behandlingsansvarlig

Kontorhagen AS, org.nr. 921 604 338, Torggata 15, 0181 Oslo, er behandlingsansvarlig for personopplysningene som beskrives her. Spørsmål om personvern kan sendes til [personvern@kontorhagen.no](mailto:personvern@kontorhagen.no).

## Hvilke opplysninger vi samler inn

Når du blir medlem eller booker et møterom, registrerer vi navn, e-postadresse, telefonnummer, arbeidsgiver og fakturainformasjon. Medlemmer får et adgangskort eller en digital nøkkel i appen vår, og vi registrerer da når kortet eller nøkkelen brukes på dørene våre.

Når du er gjest hos et medlem, registrerer vi navnet ditt, hvem du besøker og når du kom, dersom verten har meldt deg inn i gjesteregistreringen.

På nettsiden samler vi inn opplysninger du selv oppgir i skjemaer, for eksempel når du bestiller en visning, og opplysninger om bruken av nettsiden gjennom informasjonskapsler dersom du har samtykket til det.

## Formål og behandlingsgrunnlag

- Administrasjon av medlemskap, booking og fakturering: nødvendig for å oppfylle avtalen med deg eller arbeidsgiveren din (personvernforordningen artikkel 6 nr. 1 bokstav b og f).
- Adgangskontroll og sikkerhet i lokalene: vår berettigede interesse i å beskytte medlemmer, eiendeler og lokaler (artikkel 6 nr. 1 bokstav f).
- Regnskap og bokføring: rettslig forpliktelse etter bokføringsloven (artikkel 6 nr. 1 bokstav c).
- Nyhetsbrev og invitasjoner til arrangementer: samtykke, som du kan trekke tilbake når som helst (artikkel 6 nr. 1 bokstav a).
- Statistikk om bruken av nettsiden: samtykke gjennom vårt samtykkeverktøy.

## Møterom og arrangementer for ikke-medlemmer

Du kan booke møterom og kjøpe dagspass uten å være medlem. Da registrerer vi navn, e-postadresse, telefonnummer og betalingsinformasjon, og sender deg en midlertidig digital nøkkel som gjelder for den bookede perioden. Betaling med kort behandles av betalingsleverandøren vår, og vi lagrer ikke kortnummeret.

På arrangementer i lokalene våre kan det bli tatt bilder og filmet. Vi informerer om dette når du melder deg på og ved inngangen, og vi publiserer ikke bilder der enkeltpersoner er i fokus uten samtykke. Påmeldingslister slettes senest 3 måneder etter arrangementet.

## Trådløst nett

Medlemmer og gjester bruker et eget trådløst nett. Vi logger hvilke enheter som kobler seg til (MAC-adresse og tidspunkt) for å kunne feilsøke og oppdage misbruk, men vi logger ikke hvilke nettsider du besøker. Loggene slettes etter 30 dager.

## Kameraovervåking og adgangskontroll på våre lokasjoner

Alle våre lokasjoner har adgangskontroll på inngangsdørene og kameraovervåking av inngangspartier og resepsjon. Det er ikke kameraer i kontorer, møterom, telefonbokser eller på toaletter. Overvåkingen er skiltet ved inngangene. Opplysningene for hver lokasjon finner du nedenfor.

%% lokasjoner

### Oslo – Youngstorget

Kameraovervåking av hovedinngangen i Torggata 15, resepsjonen og sykkelrommet i kjelleren. Opptakene lagres i 7 dager og slettes deretter automatisk, med mindre de må utleveres til politiet i forbindelse med en straffbar handling. Adgangskontrollen drives av gårdeier Torggata Eiendom AS, som er selvstendig behandlingsansvarlig for logg over bruk av hovedinngangen.

### Bergen – Bryggen

Kameraovervåking av inngangen fra Øvregaten og resepsjonen. Opptakene lagres i 7 dager. Bygget er fredet, og det er derfor ikke kameraer i trappeoppgangene. Adgangslogger lagres i 3 måneder.

### Trondheim – Solsiden

Kameraovervåking av inngangen, resepsjonen og parkeringskjelleren. Opptakene lagres i 7 dager. Parkeringskjelleren driftes av Solsiden Parkering AS, som har egne kameraer og er selvstendig behandlingsansvarlig for disse opptakene.

### Stavanger – Verket

Kameraovervåking av inngangen og resepsjonen. Opptakene lagres i 7 dager. Adgangslogger lagres i 3 måneder.

%% slutt

## Post og pakker

Medlemmer med virtuelt kontor eller fast plass kan få post og pakker levert til lokasjonen. Vi registrerer avsender, mottaker og tidspunkt for mottak, og sender deg et varsel i appen eller på SMS. Pakker som ikke er hentet etter 14 dager, returneres til avsender. Registreringen av post og pakker slettes etter 6 måneder.

## Bedriftsavtaler

Når en bedrift inngår avtale med oss, behandler vi opplysninger om kontaktpersonen hos bedriften og om de ansatte som bedriften melder inn som brukere. Bedriften kan selv legge til og fjerne brukere i administrasjonsportalen. Når en ansatt fjernes, deaktiveres adgangskortet og den digitale nøkkelen samme dag.

## Kredittvurdering

Før vi inngår avtale om fast kontor med en bedrift, kan vi innhente en kredittvurdering av bedriften. Dersom bedriften er et enkeltpersonforetak, er dette en kredittvurdering av innehaveren, og du får da et gjenpartsbrev fra kredittopplysningsbyrået.

## Hvem vi deler opplysninger med

Vi bruker databehandlere som behandler personopplysninger på våre vegne, blant annet:

- Nexudus Ltd. (medlems- og bookingsystem);
- Salto Systems AS (digitale nøkler og adgangskontroll);
- Tripletex AS (regnskap og fakturering);
- Mailchimp / Intuit Inc. (nyhetsbrev).

Vi har databehandleravtaler med alle databehandlerne våre. Der opplysninger overføres til land utenfor EØS, skjer det på grunnlag av EU-kommisjonens standardkontrakter eller EU–US Data Privacy Framework.

Dersom arbeidsgiveren din betaler for medlemskapet, kan vi gi arbeidsgiveren en oversikt over bruken av møterom og gjestekort som er fakturert. Vi deler ikke adgangslogger med arbeidsgiveren din.

## Medlemsappen

I Kontorhagen-appen kan du booke møterom, registrere gjester, åpne dører med digital nøkkel og få beskjed om pakker og arrangementer. Appen bruker Bluetooth for å åpne dørene, men den registrerer ikke posisjonen din. Pushvarsler kan du skru av i innstillingene på telefonen.

## Hvor lenge vi lagrer opplysningene

Medlemsopplysninger lagres så lenge medlemskapet varer og slettes 12 måneder etter at medlemskapet er avsluttet. Fakturagrunnlag lagres i 5 år etter bokføringsloven. Gjesteregistreringer slettes etter 30 dager.

Opptak fra kameraovervåking kan utleveres til politiet dersom det er nødvendig for å oppklare en straffbar handling, og til forsikringsselskapet vårt ved skade på lokalene eller eiendeler. Vi utleverer aldri opptak til arbeidsgiveren din eller andre medlemmer.

Dersom du har spørsmål om hvordan opplysningene dine behandles på en bestemt lokasjon, kan du også henvende deg til vertskapet i resepsjonen, som videresender henvendelsen til personvernansvarlig hos oss. Henvendelser om innsyn i kameraopptak må komme innen lagringstiden er ute, og du må oppgi omtrentlig tidspunkt og sted slik at vi kan finne riktig opptak uten å gå gjennom opptak av andre.

## Dine rettigheter

Du har rett til innsyn i opplysningene vi har om deg, og til å kreve retting eller sletting. Du kan også ha rett til å begrense eller protestere mot behandlingen, og til dataportabilitet. Henvendelser besvares innen 30 dager.

Dersom du mener at vi behandler personopplysninger i strid med regelverket, kan du klage til Datatilsynet, se [datatilsynet.no](https://www.datatilsynet.no).

## Informasjonssikkerhet

Tilgang til medlemsdata er begrenset til ansatte som trenger det i arbeidet, og alle ansatte har taushetsplikt. Opptak fra kameraovervåking kan bare ses av daglig leder og driftsansvarlig på den enkelte lokasjonen, og all innsyn i opptak logges.

## Informasjonskapsler

Nettsiden bruker nødvendige informasjonskapsler for at den skal fungere, og informasjonskapsler for statistikk og markedsføring (Google Analytics og LinkedIn Insight Tag) bare dersom du samtykker. Du kan endre samtykket ditt via lenken «Cookie-innstillinger» nederst på siden.

## Nyhetsbrev og markedsføring

Vi sender nyhetsbrev med invitasjoner til arrangementer og tilbud på møterom bare til dem som har samtykket. Alle nyhetsbrev har en lenke for å melde seg av. For å vite hvilke saker som interesserer medlemmene våre, registrerer vi om nyhetsbrevet åpnes og hvilke lenker som klikkes. Dersom du melder deg av, lagrer vi e-postadressen din på en sperreliste, slik at du ikke får flere utsendelser.

## Endringer

Vi kan oppdatere denne personvernerklæringen. Den gjeldende versjonen er alltid tilgjengelig på denne siden, og datoen øverst viser når den sist ble endret.
"""

EDITS = [
    {"note": "inside an inactive location tab (Bergen): CCTV retention 7 -> 14 days",
     "repl": [("Kameraovervåking av inngangen fra Øvregaten og resepsjonen. Opptakene lagres i 7 dager.",
               "Kameraovervåking av inngangen fra Øvregaten og resepsjonen. Opptakene lagres i 14 dager.")]},
    {"note": "new location tab added (Kristiansand) and the intro's city list updated",
     "repl": [("### Stavanger – Verket", "### Kristiansand – Fiskebrygga\n\nKameraovervåking av inngangen og resepsjonen. Opptakene lagres i 7 dager. Adgangskontrollen drives av Kontorhagen, og adgangslogger lagres i 3 måneder.\n\n### Stavanger – Verket"),
              ("i Oslo, Bergen, Trondheim og Stavanger.", "i Oslo, Bergen, Trondheim, Stavanger og Kristiansand.")]},
    {"note": "processor replaced: Mailchimp -> Brevo (newsletters)",
     "repl": [("- Mailchimp / Intuit Inc. (nyhetsbrev).", "- Sendinblue SAS / Brevo (nyhetsbrev).")]},
    {"note": "sentence deleted: employer overview of meeting-room usage",
     "repl": [("Dersom arbeidsgiveren din betaler for medlemskapet, kan vi gi arbeidsgiveren en oversikt over bruken av møterom og gjestekort som er fakturert. Vi deler ikke adgangslogger med arbeidsgiveren din.",
               "Vi deler ikke adgangslogger med arbeidsgiveren din.")]},
    {"note": "head office moved (controller address) - not dated",
     "bump": False,
     "repl": [("Torggata 15, 0181 Oslo, er behandlingsansvarlig", "Møllergata 24, 0179 Oslo, er behandlingsansvarlig")]},
]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    last = prev.get("published")
    lo = (dt.datetime.fromisoformat(last) if last else when - dt.timedelta(days=40))
    gap = max(60, int((when - lo).total_seconds()) - 60)
    s["published"] = (lo + dt.timedelta(seconds=rng.randint(30, gap))).isoformat()
    s["css"] = C.keep_or(rng, prev.get("css"), 0.45, lambda: C.hexs(rng, 16) + "-" + C.hexs(rng, 3))
    return s


LABELS = {
    "published": "Webflow 'Last Published' comment (site re-published)",
    "css": "hashed site CSS / webflow.js file names (style changes)",
}


def render(s, blocks, when):
    pub = dt.datetime.fromisoformat(s["published"])
    stamp = "%s %s %02d %d %02d:%02d:%02d GMT+0000 (Coordinated Universal Time)" % (
        DAYS[(pub.weekday() + 1) % 7], MON[pub.month - 1], pub.day, pub.year, pub.hour, pub.minute, pub.second)
    segs = C.segments(blocks)
    title = segs["head"][0][1]
    rich1 = C.blocks_html(segs["head"][1:], sep="")
    rich2 = C.blocks_html(segs["slutt"], sep="")
    locs = C.under_headings(segs["lokasjoner"], "h3")
    menu, panes = [], []
    for k, (name, bl) in enumerate(locs):
        city = name.split(" – ")[0]
        cur = k == 0
        menu.append('<a data-w-tab="%s" class="tab-link w-inline-block w-tab-link%s" id="w-tabs-0-data-w-tab-%d" href="#w-tabs-0-data-w-pane-%d" role="tab" '
                    'aria-controls="w-tabs-0-data-w-pane-%d" aria-selected="%s"%s><div>%s</div></a>'
                    % (city, " w--current" if cur else "", k, k, k, "true" if cur else "false", "" if cur else ' tabindex="-1"', html.escape(city)))
        panes.append('<div data-w-tab="%s" class="w-tab-pane%s" id="w-tabs-0-data-w-pane-%d" role="tabpanel" aria-labelledby="w-tabs-0-data-w-tab-%d">'
                     '<div class="location-rich w-richtext"><h3>%s</h3>%s</div></div>'
                     % (city, " w--tab-active" if cur else "", k, k, html.escape(name), C.blocks_html(bl, sep="")))
    tabs = ('<div data-current="%s" data-easing="ease" data-duration-in="300" data-duration-out="100" class="location-tabs w-tabs">'
            '<div class="location-tabs-menu w-tab-menu" role="tablist">%s</div><div class="w-tab-content">%s</div></div>'
            % (locs[0][0].split(" – ")[0], "".join(menu), "".join(panes)))
    css = s["css"]
    cdn = "https://assets-global.website-files.com/%s" % SITE
    return ('<!DOCTYPE html><!--  Last Published: %s  --><html data-wf-domain="www.kontorhagen.no" data-wf-page="%s" data-wf-site="%s" lang="nb">'
            '<head><meta charset="utf-8"/><title>Personvernerklæring | Kontorhagen</title>'
            '<meta content="Slik behandler Kontorhagen personopplysninger om medlemmer, gjester og besøkende." name="description"/>'
            '<meta content="Personvernerklæring | Kontorhagen" property="og:title"/><meta content="width=device-width, initial-scale=1" name="viewport"/>'
            '<meta content="Webflow" name="generator"/><link href="%s/css/kontorhagen.webflow.%s.min.css" rel="stylesheet" type="text/css"/>'
            '<link href="https://fonts.googleapis.com" rel="preconnect"/><link href="https://fonts.gstatic.com" rel="preconnect" crossorigin="anonymous"/>'
            '<script src="https://ajax.googleapis.com/ajax/libs/webfont/1.6.26/webfont.js" type="text/javascript"></script>'
            '<script type="text/javascript">WebFont.load({  google: {    families: ["Inter:regular,500,600,700"]  }});</script>'
            '<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>'
            '<link href="%s/63f2b1d7a0c3e44f5e8b9a01_favicon.png" rel="shortcut icon" type="image/x-icon"/>'
            '<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="9a4e2f1c-6b3d-4c8e-a7f0-2d5b8e1c3f64" data-culture="NB" type="text/javascript" async></script></head>'
            '<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">'
            '<div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home"><img src="%s/63f2b3a1c9e0d27a4b1f0c22_kontorhagen-logo.svg" loading="lazy" alt="Kontorhagen" class="logo"/></a>'
            '<nav role="navigation" class="nav-menu w-nav-menu"><a href="/lokasjoner" class="nav-link w-nav-link">Lokasjoner</a><a href="/medlemskap" class="nav-link w-nav-link">Medlemskap</a>'
            '<a href="/moterom" class="nav-link w-nav-link">Møterom</a><a href="/arrangementer" class="nav-link w-nav-link">Arrangementer</a>'
            '<a href="/visning" class="button-small w-button">Book visning</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>'
            '<section class="legal-hero"><div class="container-small w-container"><h1 class="heading-legal">%s</h1></div></section>'
            '<section class="legal-body"><div class="container-small w-container"><div class="legal-rich w-richtext">%s</div>%s<div class="legal-rich w-richtext">%s</div></div></section>'
            '<section class="cta-section"><div class="w-container"><h2 class="cta-heading">Vil du se lokalene?</h2><p>Kom innom for en uforpliktende visning og en kopp kaffe.</p>'
            '<a href="/visning" class="button w-button">Book visning</a></div></section>'
            '<footer class="footer"><div class="w-container"><div class="w-layout-grid footer-grid">'
            '<div><img src="%s/63f2b3a1c9e0d27a4b1f0c23_kontorhagen-logo-white.svg" loading="lazy" alt="Kontorhagen"/><p class="footer-text">Kontorhagen AS · Org.nr. 921 604 338</p></div>'
            '<div><a href="/lokasjoner/oslo" class="footer-link">Oslo</a><a href="/lokasjoner/bergen" class="footer-link">Bergen</a><a href="/lokasjoner/trondheim" class="footer-link">Trondheim</a>'
            '<a href="/lokasjoner/stavanger" class="footer-link">Stavanger</a></div>'
            '<div><a href="/personvern" aria-current="page" class="footer-link w--current">Personvern</a><a href="/vilkar" class="footer-link">Medlemsvilkår</a>'
            '<a href="javascript:Cookiebot.renew()" class="footer-link">Cookie-innstillinger</a></div></div></div></footer>'
            '<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=%s" type="text/javascript" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>'
            '<script src="%s/js/webflow.%s.js" type="text/javascript"></script></body></html>'
            % (stamp, PAGEID, SITE, cdn, css, cdn, cdn, html.escape(title), rich1, tabs, rich2, cdn, SITE, cdn, css[::-1][:16]))


PAGE = {
    "service": "Kontorhagen", "url": URL, "lang": "nb-NO", "platform": "Webflow",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Cache-Control", "max-age=0, must-revalidate"), ("X-Cache", "Hit from cloudfront")),
    "n": 28, "start": dt.date(2023, 1, 10), "end": dt.date(2026, 1, 20), "hours": (3, 15),
    "policy": POLICY, "first_updated": dt.date(2022, 11, 3), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "gold_md": lambda b: C.blocks_md(C.without_markers(b), URL),
    "declaration": {"fetch": URL, "select": [".legal-hero h1", ".legal-body .legal-rich", ".legal-body .location-tabs"],
                    "remove": [".location-tabs .w-tab-menu"]},
}
