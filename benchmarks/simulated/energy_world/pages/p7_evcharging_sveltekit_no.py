"""Norwegian EV-charging network on SvelteKit (Svelte 4, adapter-node SSR) with Contentful: the title and date are
entry fields, the body Contentful rich text rendered by @contentful/rich-text-html-renderer into {@html} (list
items and table cells wrapped in <p>, tables without <thead>, HTML_TAG_START/END comments); header with the live
"ladepunkter ledige nå" count and today's lowest charging price; the page's load data (the rendered body again,
the entry's revision) serialised into the hydration script; immutable asset hashes, the __sveltekit_ id and the
svelte-xxxx scoped class hashes change with each deploy."""
import datetime as dt
import html
import json

import common as C

MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
          "desember"]

URL = "https://www.ladefjord.no/personvern"

POLICY = """
# Personvernerklæring

Sist oppdatert {UPDATED}

Ladefjord AS driver et nettverk av hurtigladere og destinasjonsladere for elbil langs norskekysten. I denne personvernerklæringen forklarer vi hvordan vi behandler personopplysninger når du bruker Ladefjord-appen, ladebrikken eller nettsiden vår, og når du kontakter kundeservice.

## Behandlingsansvarlig

Ladefjord AS (org.nr. 921 456 780) er behandlingsansvarlig for behandlingen av personopplysningene som beskrives i denne erklæringen.

@ Ladefjord AS
@ Kanalveien 52
@ 5068 Bergen

Har du spørsmål om personvern, kan du kontakte personvernombudet vårt på [personvern@ladefjord.no](mailto:personvern@ladefjord.no).

## Hvilke opplysninger vi behandler

- **Kontaktopplysninger**: navn, e-postadresse, mobilnummer og adresse.
- **Kundeforhold**: kundenummer, abonnement, ladebrikkenummer og opplysninger om bilen som du selv legger inn, for eksempel bilmerke, modell og registreringsnummer.
- **Ladeøkter**: tidspunkt, ladestasjon, ladepunkt, levert energi i kWh, ladeeffekt og pris.
- **Betaling**: betalingsmåte, de fire siste sifrene i betalingskortet, fakturaer og betalingshistorikk. Fullstendige kortnumre lagres hos betalingsleverandøren, ikke hos oss.
- **Posisjon**: telefonens posisjon når du søker etter ladere i nærheten, men bare hvis du har gitt appen tillatelse til det.
- **Kundeservice**: henvendelser på telefon, e-post og chat, og opptak av telefonsamtaler når du har fått beskjed om det.
- **Teknisk informasjon**: IP-adresse, enhetstype, appversjon og feillogger.

## Formål og rettslig grunnlag

Vi behandler bare personopplysninger når vi har et rettslig grunnlag for det:

| Formål | Rettslig grunnlag |
| Opprette og administrere kundeforholdet og abonnementet ditt | Avtale (personvernforordningen artikkel 6 nr. 1 bokstav b) |
| Starte, stoppe og fakturere ladeøkter | Avtale |
| Oppfylle kravene i bokføringsloven | Rettslig forpliktelse (artikkel 6 nr. 1 bokstav c) |
| Feilsøke ladere og forbedre ladenettverket | Berettiget interesse (artikkel 6 nr. 1 bokstav f) |
| Forhindre misbruk og svindel | Berettiget interesse |
| Sende nyhetsbrev og tilbud | Samtykke (artikkel 6 nr. 1 bokstav a) |
| Analysere bruken av nettsiden og appen | Samtykke |

## Lading hos andre operatører

Med Ladefjord-appen og ladebrikken kan du også lade hos andre ladeoperatøer i Norge og Europa. Når du starter en ladeøkt hos en annen operatør, deler vi ladebrikkenummeret ditt, som er en pseudonym ID, med operatøren via en roamingplattform. Vi mottar opplysninger om ladeøkten tilbake, slik at vi kan fakturere deg. Vi bruker roamingplattformene Hubject og Gireve. Operatørene får ikke navnet ditt eller kontaktopplysningene dine.

## Hvem vi deler opplysninger med

Vi selger aldri personopplysningene dine. Vi bruker leverandører som behandler opplysninger på våre vegne (databehandlere):

| Leverandør | Tjeneste | Hvor dataene behandles |
| Adyen N.V. | betalingsløsning | EU/EØS |
| Microsoft Ireland Operations Ltd. | skytjenester (Azure) | EU/EØS |
| Salesforce Inc. | kundeservice og CRM | EU/EØS og USA |
| Twilio Inc. | SMS-varsler om ladeøkter | USA |
| Contentful GmbH | publisering av innhold på nettsiden | EU/EØS og USA |

Lader du med en ladebrikke fra arbeidsgiveren din, deler vi ladeøktene dine med arbeidsgiveren, slik at ladingen kan refunderes eller faktureres. Arbeidsgiveren får se tidspunkt, ladestasjon og levert energi, men ikke posisjonen din utover dette.

I tillegg kan vi utlevere opplysninger til offentlige myndigheter når vi er pålagt det ved lov, og til inkassoselskap dersom en faktura ikke blir betalt.

Når opplysninger overføres til land utenfor EU/EØS, sikrer vi overføringen med EU-kommisjonens standard personvernbestemmelser eller gjennom EU–US Data Privacy Framework.

## Hvor lenge vi lagrer opplysningene

- Kundeopplysninger lagres så lenge du er kunde, og slettes 12 måneder etter at kundeforholdet er avsluttet.
- Ladeøkter og fakturaer lagres i fem år etter utgangen av regnskapsåret, slik bokføringsloven krever.
- Opptak av telefonsamtaler slettes etter 90 dager.
- Posisjonen din lagres ikke etter at søket er gjennomført.
- Tekniske logger slettes etter 6 måneder.

## Markedsføring og nyhetsbrev

Er du kunde, kan vi sende deg informasjon om nye ladestasjoner, prisendringer og tilbud på tjenester som ligner på dem du allerede bruker, slik markedsføringsloven tillater. Andre nyhetsbrev sender vi bare hvis du har samtykket. Du kan når som helst reservere deg mot markedsføring i appen eller via lenken nederst i hver e-post.

## Automatiserte avgjørelser

Vi treffer ikke automatiserte avgjørelser som har rettsvirkning for deg. Når du registrerer deg, sjekker et automatisk system om betalingskortet er gyldig og om det er tegn på svindel. Blir en registrering stoppet, vurderer en av medarbeiderne våre saken manuelt.

## Sikkerhet

Vi beskytter personopplysningene dine med tekniske og organisatoriske tiltak, blant annet kryptering, tilgangsstyring og logging. Bare medarbeidere som trenger opplysningene i arbeidet sitt, har tilgang til dem. Ladestasjonene kommuniserer med systemene våre over krypterte forbindelser. Dersom det skjer et sikkerhetsbrudd som kan få konsekvenser for deg, varsler vi deg og Datatilsynet.

## Barn

Tjenestene våre er ikke rettet mot barn. Du må være minst 18 år for å opprette en kundekonto og inngå avtale om lading.

## Informasjonskapsler

Nettsiden bruker nødvendige informasjonskapsler for at den skal fungere. Analyse- og markedsføringskapsler bruker vi bare hvis du samtykker til det i samtykkebanneret. Du kan når som helst endre valget ditt under «Innstillinger for informasjonskapsler» nederst på siden.

## Dine rettigheter

Du har rett til innsyn i opplysningene vi har om deg, og til å få uriktige opplysninger rettet. Du kan be oss slette opplysninger eller begrense behandlingen av dem, og du kan be om å få utlevert opplysninger du selv har gitt oss, i et maskinlesbart format. Du kan protestere mot behandling som bygger på berettiget interesse, og du kan når som helst trekke tilbake et samtykke.

Send forespørselen din til [personvern@ladefjord.no](mailto:personvern@ladefjord.no) eller bruk skjemaet under «Min profil» i appen. Vi svarer så raskt som mulig og senest innen én måned.

## Klage til Datatilsynet

Mener du at vi ikke behandler personopplysningene dine i tråd med regelverket, kan du klage til Datatilsynet, Postboks 458 Sentrum, 0105 Oslo. Vi setter pris på om du tar kontakt med oss først, slik at vi kan prøve å løse saken.

## Endringer

Vi kan oppdatere denne personvernerklæringen når vi endrer tjenestene våre eller når regelverket endres. Ved vesentlige endringer varsler vi deg i appen eller på e-post.
"""

EDITS = [
    {"note": "typo fixed: 'ladeoperatøer' -> 'ladeoperatører'", "bump": False,
     "repl": [("hos andre ladeoperatøer i Norge", "hos andre ladeoperatører i Norge")]},
    {"note": "third roaming platform (e-clearing.net) added",
     "repl": [("Vi bruker roamingplattformene Hubject og Gireve.",
               "Vi bruker roamingplattformene Hubject, Gireve og e-clearing.net.")]},
    {"note": "new section on Plug & Charge",
     "repl": [("## Hvem vi deler opplysninger med",
               "## Plug & Charge\n\n"
               "Hvis du aktiverer Plug & Charge i appen, starter ladingen automatisk når du kobler til bilen. Vi "
               "lagrer da et kontraktssertifikat som er knyttet til bilen din, og bilens kontrakt-ID. Sertifikatet "
               "utstedes via Hubject etter standarden ISO 15118. Du kan når som helst slå av Plug & Charge i appen, "
               "og da trekker vi tilbake sertifikatet.\n\n"
               "## Hvem vi deler opplysninger med")]},
    {"note": "technical logs kept 3 instead of 6 months",
     "repl": [("- Tekniske logger slettes etter 6 måneder.", "- Tekniske logger slettes etter 3 måneder.")]},
    {"note": "office moved: new postal address",
     "repl": [("@ Kanalveien 52\n@ 5068 Bergen", "@ Solheimsgaten 15\n@ 5058 Bergen")]},
]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def _h(rng, n=8):
    return C.alnum(rng, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def _cls(rng):
    return "svelte-" + C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789")


def noise(rng, when, i, prev):
    prev = prev or {}

    def build():
        return {"start": _h(rng), "app": _h(rng), "entry": _h(rng), "sched": _h(rng), "n0": _h(rng), "n7": _h(rng),
                "css0": _h(rng), "css7": _h(rng), "kit": C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789"),
                "cls": [_cls(rng) for _ in range(5)]}
    pb = prev.get("build")
    nb = C.keep_or(rng, pb, 0.15, build)
    if pb is not None and nb is not pb:
        # a deploy re-hashes only the components whose CSS changed
        keep = [c if rng.random() < 0.6 else n for c, n in zip(pb["cls"], nb["cls"])]
        nb = dict(nb, cls=keep)
    st = {"build": nb}
    total = 2900 + (when - dt.datetime(2022, 1, 1)).days // 3
    st["live"] = {"free": int(total * rng.uniform(0.38, 0.71)), "total": total,
                  "price": "%.2f" % (rng.choice([2.99, 3.49, 3.49, 3.99, 4.29, 4.59, 4.99]))}
    st["republish"] = prev.get("republish", 0) + (1 if (i > 0 and rng.random() < 0.08) else 0)
    return st


LABELS = {"build": "SvelteKit immutable asset hashes, __sveltekit_ id and svelte-xxxx class hashes (deploy)",
          "live": "'ladepunkter ledige nå' count and lowest price in the header (live)",
          "republish": "entry republished without a change (Contentful sys.revision in the load data)"}

_BODIES = {}


def _rt(blocks):
    """@contentful/rich-text-html-renderer output (documentToHtmlString)."""
    out = []
    for kind, v in blocks:
        if kind in ("h2", "h3"):
            out.append("<%s>%s</%s>" % (kind, C.inline_html(v, bold=lambda r: "<b>%s</b>" % html.escape(r, quote=False)), kind))
        elif kind == "p":
            out.append("<p>%s</p>" % C.inline_html(v, bold=lambda r: "<b>%s</b>" % html.escape(r, quote=False)))
        elif kind == "ul":
            out.append("<ul>%s</ul>" % "".join("<li><p>%s</p></li>" % C.inline_html(
                x, bold=lambda r: "<b>%s</b>" % html.escape(r, quote=False)) for x in v))
        elif kind == "table":
            rows = ["<tr>%s</tr>" % "".join("<th><p>%s</p></th>" % C.inline_html(c) for c in v[0])]
            rows += ["<tr>%s</tr>" % "".join("<td><p>%s</p></td>" % C.inline_html(c) for c in r) for r in v[1:]]
            out.append("<table><tbody>%s</tbody></table>" % "".join(rows))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br/>".join(C.inline_html(x) for x in v))
        else:
            raise ValueError(kind)
    return "".join(out)


def render(state, blocks, when):
    b = state["build"]
    c1, c2, c3, c4, c5 = b["cls"]
    lv = state["live"]
    title = blocks[0][1]
    updated = blocks[1][1]
    body = _rt(blocks[2:])
    key = C.det_sha(title, updated, body)
    if key not in _BODIES:
        _BODIES[key] = len(_BODIES)
    revision = 9 + 2 * _BODIES[key] + state["republish"]
    data = {"type": "data", "data": {"entry": {"sys": {"id": "4xJ2cPq8vLrT1kWbN9mZdE", "revision": revision,
                                                        "locale": "nb-NO"},
                                               "title": title, "slug": "personvern",
                                               "updated": updated.replace("Sist oppdatert ", ""), "html": body},
                                     "status": {"free": lv["free"], "total": lv["total"], "price": lv["price"]}},
            "uses": {"params": ["slug"]}}
    data_js = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003C")
    nb = lambda n: "{:,}".format(n).replace(",", "\u00a0")
    return """<!doctype html>
<html lang="nb">
	<head>
		<meta charset="utf-8" />
		<link rel="icon" href="/favicon.png" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<link rel="preconnect" href="https://images.ctfassets.net" />
		
		<link href="/_app/immutable/assets/0.%(css0)s.css" rel="stylesheet">
		<link href="/_app/immutable/assets/7.%(css7)s.css" rel="stylesheet">
		<link rel="modulepreload" href="/_app/immutable/entry/start.%(start)s.js">
		<link rel="modulepreload" href="/_app/immutable/chunks/entry.%(entry)s.js">
		<link rel="modulepreload" href="/_app/immutable/chunks/scheduler.%(sched)s.js">
		<link rel="modulepreload" href="/_app/immutable/entry/app.%(app)s.js">
		<link rel="modulepreload" href="/_app/immutable/nodes/0.%(n0)s.js">
		<link rel="modulepreload" href="/_app/immutable/nodes/7.%(n7)s.js"><!-- HEAD_svelte-1r8m2qk_START --><title>Personvernerklæring | Ladefjord</title><meta name="description" content="Slik behandler Ladefjord personopplysningene dine."><meta property="og:title" content="Personvernerklæring | Ladefjord"><link rel="canonical" href="%(url)s"><script async src="https://plausible.io/js/script.js" data-domain="ladefjord.no"></script><script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="b7e2a4c1-5d3f-4e86-9a0b-2c7f1d8e6a39" data-blockingmode="auto" type="text/javascript"></script><!-- HEAD_svelte-1r8m2qk_END -->
	</head>
	<body data-sveltekit-preload-data="hover">
		<div style="display: contents">   <a class="skip-link %(c1)s" href="#innhold">Hopp til innhold</a> <header class="site-header %(c1)s"><div class="container %(c1)s"><a href="/" class="logo %(c1)s" aria-label="Ladefjord forside"><svg width="132" height="28" viewBox="0 0 132 28" aria-hidden="true"><use href="/sprite.svg#logo"></use></svg></a> <nav class="main-nav %(c1)s" aria-label="Hovedmeny"><ul class="%(c1)s"><li class="%(c1)s"><a href="/kart" class="%(c1)s">Finn lader</a></li> <li class="%(c1)s"><a href="/priser" class="%(c1)s">Priser</a></li> <li class="%(c1)s"><a href="/app" class="%(c1)s">Appen</a></li> <li class="%(c1)s"><a href="/bedrift" class="%(c1)s">For bedrifter</a></li> <li class="%(c1)s"><a href="/hjelp" class="%(c1)s">Hjelp</a></li></ul></nav> <div class="live-status %(c2)s" aria-live="polite"><span class="dot %(c2)s"></span> <span class="%(c2)s"><strong class="%(c2)s">%(free)s</strong> av %(total)s ladepunkter ledige nå</span> <span class="price %(c2)s">Lad fra %(price)s kr/kWh i dag</span></div> <a href="/app" class="btn btn-primary %(c1)s">Last ned appen</a></div></header> <main id="innhold" class="%(c3)s"><article class="legal %(c4)s"><header class="legal-header %(c4)s"><h1 class="%(c4)s">%(title)s</h1> <p class="updated %(c4)s">%(updated)s</p></header> <div class="rich-text %(c5)s"><!-- HTML_TAG_START -->%(body)s<!-- HTML_TAG_END --></div></article></main> <footer class="site-footer %(c1)s"><div class="container %(c1)s"><div class="footer-col %(c1)s"><h2 class="%(c1)s">Ladefjord AS</h2> <p class="%(c1)s">Org.nr. 921 456 780</p> <p class="%(c1)s">Kundeservice: <a href="tel:+4755201900" class="%(c1)s">55 20 19 00</a> (døgnåpent)</p></div> <div class="footer-col %(c1)s"><ul class="%(c1)s"><li class="%(c1)s"><a href="/personvern" class="%(c1)s">Personvern</a></li> <li class="%(c1)s"><a href="/vilkar" class="%(c1)s">Vilkår</a></li> <li class="%(c1)s"><a href="javascript:Cookiebot.renew()" class="%(c1)s">Innstillinger for informasjonskapsler</a></li></ul></div></div></footer> 
			
			<script>
				{
					__sveltekit_%(kit)s = {
						base: new URL(".", location).pathname.slice(0, -1),
						env: {"PUBLIC_CONTENTFUL_SPACE":"q8w2e4r6t1yu","PUBLIC_SITE_URL":"https://www.ladefjord.no"}
					};

					const element = document.currentScript.parentElement;

					const data = [null,%(data)s];

					Promise.all([
						import("./_app/immutable/entry/start.%(start)s.js"),
						import("./_app/immutable/entry/app.%(app)s.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 7],
							data,
							form: null,
							error: null
						});
					});
				}
			</script>
		</div>
	</body>
</html>
""" % {"url": URL, "css0": b["css0"], "css7": b["css7"], "start": b["start"], "entry": b["entry"],
       "sched": b["sched"], "app": b["app"], "n0": b["n0"], "n7": b["n7"], "kit": b["kit"], "c1": c1, "c2": c2,
       "c3": c3, "c4": c4, "c5": c5, "free": nb(lv["free"]), "total": nb(lv["total"]),
       "price": lv["price"].replace(".", ","), "title": html.escape(title, quote=False),
       "updated": html.escape(updated, quote=False), "body": body, "data": data_js}


PAGE = {
    "service": "Ladefjord",
    "url": URL,
    "lang": "nb",
    "platform": "SvelteKit (Svelte 4, adapter-node) with Contentful rich text",
    "content_type": "text/html; charset=utf-8",
    "n": 30,
    "start": dt.date(2022, 8, 15),
    "end": dt.date(2025, 10, 1),
    "policy": POLICY,
    "first_updated": dt.date(2022, 6, 20),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "article.legal"},
}
