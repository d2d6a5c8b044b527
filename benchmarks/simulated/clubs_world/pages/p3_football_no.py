"""Nordkyst FK - no professional football club (OBOS-ligaen, season tickets, supporter shop) - Enonic XP 7 site app
(page controller with a main region of text and part components), CSP nonces per request, app-fingerprinted assets;
the editors placed the "Neste kamp" part inside the main region under the text component."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ckit as K  # noqa: E402
from ckit import C  # noqa: E402

URL = "https://www.nordkystfk.no/personvern"


def fmt_date(d):
    return "%d. %s %d" % (d.day, K.MONTHS["no"][d.month - 1], d.year)


POLICY = """
# Personvernerklæring for Nordkyst FK

Sist oppdatert {UPDATED}

Nordkyst Fotballklubb («Nordkyst FK», «vi») er behandlingsansvarlig for behandlingen av personopplysninger som beskrevet i denne erklæringen. Erklæringen gjelder for medlemmer, sesongkortholdere, kjøpere av billetter og varer i supporterbutikken, deltakere på fotballskolen og besøkende på nordkystfk.no.

## Kontaktinformasjon

@ Nordkyst Fotballklubb
@ Stadionveien 1, 6509 Kristiansund
@ Organisasjonsnummer 971 284 550
@ E-post: [personvern@nordkystfk.no](mailto:personvern@nordkystfk.no)

## Hvilke opplysninger vi behandler

- navn, fødselsdato, adresse, telefonnummer og e-postadresse;
- kjøpshistorikk for billetter, sesongkort og varer;
- informasjon om medlemskap og betaling av kontingent;
- opplysninger om foresatte når deltakeren på fotballskolen er under 18 år;
- opptak fra kameraovervåking på stadion;
- teknisk informasjon om bruken av nettsiden, som IP-adresse og nettlesertype.

## Formål og rettslig grunnlag

Vi behandler personopplysninger for å administrere medlemskap og sesongkort, gjennomføre billettsalg og levere varer du har kjøpt (avtale, personvernforordningen artikkel 6 nr. 1 bokstav b). Regnskapsopplysninger oppbevares fordi bokføringsloven krever det (rettslig forpliktelse). Kameraovervåking og adgangskontroll på kampdager skjer for å ivareta sikkerheten til publikum, spillere og ansatte (berettiget interesse). Nyhetsbrev og markedsføring sender vi bare når du har samtykket.

## Deling med andre

Vi deler opplysninger med Norges Fotballforbund når det er nødvendig for lisenser og arrangementstillatelser, og med politiet dersom det skjer straffbare forhold på stadion. Følgende databehandlere behandler opplysninger på våre vegne:

| Databehandler | Tjeneste | Land |
| TicketCo AS | Billettsalg og sesongkort | Norge |
| Shopify International Ltd. | Nettbutikk | Irland |
| Make.com (Celonis s.r.o.) | Automatisering av e-post | Tsjekkia |
| Google Ireland Ltd. | Analyse av nettsidebruk | Irland |

Vi bruker Meta-pikselen for å måle effekten av annonser på Facebook og Instagram når du har samtykket til markedsføringskapsler.

## Lagring og sletting

Opplysninger om medlemmer lagres så lenge medlemskapet varer og slettes senest to år etter utmelding. Kjøpsopplysninger lagres i fem år etter utløpet av regnskapsåret, slik bokføringsloven krever. Opptak fra kameraovervåking slettes etter 7 dager, med mindre opptaket skal utleveres til politiet.

## Informasjonskapsler

Nettsiden bruker informasjonskapsler (cookies). Nødvendige informasjonskapsler sørger for at siden fungerer, for eksempel at samtykket ditt huskes. Andre informasjonskapsler setter vi bare når du har samtykket i samtykkebanneret:

| Informasjonskapsel | Formål | Varighet |
| CookieInformationConsent | Lagrer samtykket ditt | 12 måneder |
| _ga | Google Analytics, skiller mellom brukere | 13 måneder |
| _fbp | Meta, måling av annonser | 3 måneder |

Du kan når som helst endre eller trekke tilbake samtykket via lenken «Cookies» nederst på siden.

## Barn og unge

Påmelding til fotballskolen for barn under 15 år gjøres av foresatte. Vi publiserer ikke bilder av barn på nettsiden eller i sosiale medier uten samtykke fra foresatte. Ungdom mellom 15 og 18 år kan selv samtykke til nyhetsbrev og publisering av bilder, men vi anbefaler at de snakker med foresatte først. Opplysninger om skader og helse som trenerne får kjennskap til, brukes bare for å tilpasse treningen og deles ikke med andre uten samtykke.

## Dine rettigheter

Du har rett til innsyn i opplysningene vi har om deg, og til å kreve retting, sletting eller begrensning av behandlingen. Du kan også protestere mot behandling basert på berettiget interesse og be om dataportabilitet. Henvendelser sendes til [personvern@nordkystfk.no](mailto:personvern@nordkystfk.no); vi svarer innen 30 dager. Du kan klage til [Datatilsynet](https://www.datatilsynet.no) hvis du mener at vi behandler opplysningene dine i strid med regelverket.

## Endringer

Vi oppdaterer denne erklæringen når vi endrer måten vi behandler personopplysninger på. Den til enhver tid gjeldende versjonen finner du på denne siden.
"""

EDITS = [
    {"note": "processor table: new row (Spond AS, team administration for the youth teams)",
     "repl": [("| Make.com (Celonis s.r.o.) | Automatisering av e-post | Tsjekkia |",
               "| Make.com (Celonis s.r.o.) | Automatisering av e-post | Tsjekkia |\n"
               "| Spond AS | Lagadministrasjon for barne- og ungdomslag | Norge |")]},
    {"note": "Meta pixel sentence removed (pixel dropped), no new date", "bump": False,
     "repl": [("\n\nVi bruker Meta-pikselen for å måle effekten av annonser på Facebook og Instagram"
               " når du har samtykket"
               " til markedsføringskapsler.", "")]},
    {"note": "new section: supporter register and stadium bans (karantene)",
     "repl": [("## Lagring og sletting",
               "## Karantene og supporterregister\n\nPersoner som har fått karantene fra kampene våre etter"
               " Norsk Toppfotballs retningslinjer, registreres med navn, fødselsdato, bilde og karantenens"
               " varighet. Opplysningene deles med de andre klubbene i Eliteserien og OBOS-ligaen slik at"
               " karantenen kan håndheves, og slettes når karantenen utløper.\n\n## Lagring og sletting")]},
    {"note": "CCTV retention extended from 7 to 30 days",
     "repl": [("Opptak fra kameraovervåking slettes etter 7 dager,",
               "Opptak fra kameraovervåking slettes etter 30 dager,")]},
    {"note": "club moved to new stadium address (Stadionveien 1 -> Kongens plass 4); Make.com replaced by Zapier",
     "repl": [("@ Stadionveien 1, 6509 Kristiansund", "@ Kongens plass 4, 6509 Kristiansund"),
              ("| Make.com (Celonis s.r.o.) | Automatisering av e-post | Tsjekkia |",
               "| Zapier Inc. | Automatisering av e-post | USA |")]},
]

OPP = ["Ranheim", "Kongsvinger", "Start", "Åsane", "Moss", "Raufoss", "Sogndal", "Mjøndalen", "Bryne", "Stabæk",
       "Egersund", "Lyn", "Hødd", "Levanger"]
NEWS = ["Nordkyst snudde kampen i Moss", "Ny keeper klar for klubben", "Slik kjøper du sesongkort for neste år",
        "Trenerens kommentar etter uavgjort mot Start", "Fotballskolen er fulltegnet", "Kampprogram klart",
        "Rekordsalg i supporterbutikken", "To unggutter skriver A-lagskontrakt", "Kunstgresset byttes i sommer"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["nonce"] = C.b64tok(rng, 16)
    s["app"] = K.deploy(rng, prev.get("app"), 0.3, lambda: "%x" % rng.randint(0x18a0000000, 0x19ff000000))
    s["news"] = C.keep_or(rng, prev.get("news"), 0.7, lambda: tuple(rng.sample(range(len(NEWS)), 4)))
    s["match"] = C.keep_or(rng, prev.get("match"), 0.85, lambda: rng.randrange(len(OPP)))
    s["sold"] = rng.randint(1200, 5900)
    return s


LABELS = {"nonce": "CSP nonce on the inline scripts (per request)", "app": "Enonic app fingerprint in /_/asset/ URLs",
          "news": "header news ticker", "match": "'Neste kamp' part: opponent and date (INSIDE main region, removed)",
          "sold": "'Neste kamp' part: tickets sold (INSIDE main region, removed)",
          "campaign": "season-ticket campaign bar"}


def render(s, blocks, when):
    nonce, app = s["nonce"], s["app"]
    asset = "/_/asset/no.nordkystfk.web:%s" % app
    s["campaign"] = ("Sesongkort %d er i salg nå – sikre deg plassen din!" % when.year
                     if when.month in (1, 2, 3) else ("Julegaver fra supporterbutikken" if when.month == 12 else ""))
    camp = ('<div class="campaign-bar"><a href="https://shop.nordkystfk.no">%s</a></div>' % C.esc(s["campaign"])
            if s["campaign"] else "")
    if when.month in (12, 1, 2):
        nm = ('<div data-portal-component-type="part" class="part-next-match"><h2 class="next-match__title">Neste kamp'
              '</h2><p class="next-match__info">Terminlisten for %d kommer snart.</p></div>'
              % (when.year + (1 if when.month == 12 else 0)))
    else:
        d = K.next_weekday(when.date() + dt.timedelta(days=1), 6 if s["match"] % 2 else 5)
        nm = ('<div data-portal-component-type="part" class="part-next-match"><h2 class="next-match__title">Neste kamp'
              '</h2><div class="next-match__teams"><span>Nordkyst</span> – <span>%s</span></div><p class="next-match'
              '__info"><time datetime="%sT17:00:00+02:00">%s kl. 17.00</time>, Nordkyst Arena</p>'
              '<p class="next-match__sold">Solgte billetter: %s av 6 300</p><a class="button" href="https://nordkystfk'
              '.ticketco.events/no/nb">Kjøp billett</a></div>'
              % (C.esc(OPP[s["match"]]), d.isoformat(), fmt_date(d), C.group_digits(s["sold"], "\u00a0"), ))
    text = C.render_blocks(blocks, tags={"table": ' class="rich-table"'})
    news = "".join('<li class="ticker__item"><a href="/nyheter/%d">%s</a></li>' % (k + 4410, C.esc(NEWS[k]))
                   for k in s["news"])
    return ('<!DOCTYPE html>\n<html lang="no">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>Personvern – Nordkyst FK</title>\n'
            '<link rel="stylesheet" href="%s/css/main.css">\n'
            '<script nonce="%s">window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}'
            'gtag("consent","default",{"ad_storage":"denied","analytics_storage":"denied"});</script>\n'
            '<script nonce="%s" src="https://policy.app.cookieinformation.com/uc.js" data-culture="NB" '
            'id="CookieConsent"></script>\n</head>\n<body class="page page--article">\n%s'
            '<header class="site-header"><a class="site-header__logo" href="/"><img src="%s/img/logo.svg" '
            'alt="Nordkyst FK"></a><nav class="site-nav"><ul><li><a href="/kamper">Kamper</a></li><li><a href="/tropp">'
            'Tropp</a></li><li><a href="/billetter">Billetter</a></li><li><a href="/klubben">Klubben</a></li>'
            '<li><a href="https://shop.nordkystfk.no">Butikk</a></li></ul></nav><ul class="ticker">%s</ul></header>\n'
            '<main id="main-content" data-portal-region="main">\n'
            '<div data-portal-component-type="text" class="rich-text">\n%s\n</div>\n%s\n</main>\n'
            '<footer class="site-footer"><div class="site-footer__sponsors"><img src="%s/img/sponsors/sparebank.svg" '
            'alt="Sparebanken Møre"><img src="%s/img/sponsors/tine.svg" alt="TINE"></div><p>© Nordkyst Fotballklubb '
            '%d</p><a href="/personvern">Personvern</a> · <a href="#" onclick="CookieConsent.renew()">Cookies</a>'
            '</footer>\n<script nonce="%s" src="%s/js/main.js" defer></script>\n</body>\n</html>\n'
            % (asset, nonce, nonce, camp, asset, news, text, nm, asset, asset, when.year, nonce, asset))


PAGE = {
    "service": "Nordkyst FK", "url": URL, "lang": "nb-NO", "platform": "Enonic XP 7",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 3, 1), "end": dt.date(2026, 4, 15), "hours": (3, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 11, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["main[data-portal-region=\"main\"]"], "remove": [".part-next-match"]},
}
