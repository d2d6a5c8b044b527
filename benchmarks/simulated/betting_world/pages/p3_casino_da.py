"""Nordlys Casino (online casino licensed by the MGA in Malta and by Spillemyndigheden for Denmark), Next.js app
router with Contentful rich text.

One legal page /vilkaar?tab=privatlivspolitik holds four documents in tabs (Vilkår og betingelser,
Privatlivspolitik, Cookiepolitik, Bonusvilkår); all panels are server-rendered, the inactive ones `hidden`. The
declaration selects the privacy panel by its id. Noise: deploys change the build chunk hashes and the CSS-module
class hashes (also on the panel's own elements), the RSC payload (__next_f) repeats the content; the bonus terms
and the cookie policy panels are edited on their own (new welcome offer, cookie list); a "Seneste vindere" ticker in
the footer changes on every visit.
"""
import datetime as dt
import html
import json

import common as C

URL = "https://www.nordlyscasino.dk/vilkaar?tab=privatlivspolitik"

POLICY = """# Privatlivspolitik

Senest opdateret: {UPDATED}

Hos Nordlys Casino tager vi beskyttelsen af dine personoplysninger alvorligt. Denne privatlivspolitik forklarer, hvilke oplysninger vi indsamler, når du opretter en spilkonto og spiller hos os, hvorfor vi gør det, hvem vi deler oplysningerne med, og hvilke rettigheder du har efter databeskyttelsesforordningen (GDPR) og databeskyttelsesloven.

## 1. Dataansvarlig

Den dataansvarlige for behandlingen af dine personoplysninger er:

@ Nordlys Gaming Ltd.
@ Level 3, The Centre, Tigné Point
@ Sliema TPO 0001, Malta
@ Registreringsnummer C 81234

Nordlys Gaming Ltd. har licens fra Malta Gaming Authority (licensnr. MGA/B2C/512/2018) og tilladelse fra Spillemyndigheden til at udbyde onlinekasino i Danmark.

Du kan kontakte vores databeskyttelsesrådgiver (DPO) på [dpo@nordlyscasino.dk](mailto:dpo@nordlyscasino.dk).

## 2. Hvilke oplysninger indsamler vi?

Vi indsamler og behandler følgende kategorier af personoplysninger:

- Identitetsoplysninger: navn, CPR-nummer, fødselsdato og adresse, som vi henter via MitID og CPR-registret.
- Kontaktoplysninger: e-mailadresse og mobilnummer.
- Økonomiske oplysninger: indbetalinger, udbetalinger, kontonummer og oplysninger om dine betalingsmidler.
- Spiloplysninger: spilhistorik, indsatser, gevinster, bonusser og de grænser, du har sat for dit spil.
- Tekniske oplysninger: IP-adresse, enhedstype, browser og log-in-tidspunkter.
- Oplysninger om indkomst og formue, hvis vi skal gennemføre en skærpet kundekendskabsprocedure.

Vi modtager oplysningerne direkte fra dig, når du opretter en konto og spiller. Derudover modtager vi oplysninger fra MitID og CPR-registret, fra Spillemyndigheden via ROFUS, fra vores betalingsudbydere og fra de spiludbydere, hvis spil du spiller på vores platform. Hvis vi skal gennemføre en skærpet kundekendskabsprocedure, kan vi bede dig om dokumentation, fx lønsedler eller en årsopgørelse fra Skattestyrelsen.

## 3. Formål og retsgrundlag

| Formål | Retsgrundlag |
| Oprettelse og administration af din spilkonto | Opfyldelse af kontrakt, art. 6, stk. 1, litra b |
| Kontrol af identitet og alder via MitID | Retlig forpligtelse, art. 6, stk. 1, litra c |
| Opslag i ROFUS (Register Over Frivilligt Udelukkede Spillere) | Retlig forpligtelse efter spilleloven |
| Forebyggelse af hvidvask og terrorfinansiering | Retlig forpligtelse efter hvidvaskloven |
| Ansvarligt spil og beskyttelse mod ludomani | Retlig forpligtelse og legitim interesse |
| Markedsføring via e-mail og SMS | Dit samtykke, art. 6, stk. 1, litra a |

Når vi behandler oplysninger på grundlag af vores legitime interesse, har vi vurderet, at vores interesse i at beskytte vores spillere og vores platform mod svindel og misbrug vejer tungere end hensynet til dig. Behandling af dit CPR-nummer sker med hjemmel i databeskyttelseslovens § 11, stk. 2, nr. 1, fordi det følger af lovgivningen, at vi skal kende din identitet.

## 4. ROFUS og ansvarligt spil

Før du kan spille, og hver gang du logger ind, kontrollerer vi, om du er registreret i ROFUS. Er du registreret, kan du ikke spille hos os. Vi overvåger desuden spilmønstre for at opdage tegn på problematisk spil, og vi kan kontakte dig, hvis vi ser en adfærd, der giver anledning til bekymring. Har du brug for hjælp, kan du kontakte StopSpillet på telefon 70 22 28 25.

Du kan til enhver tid sætte eller ændre dine indbetalingsgrænser, holde en pause fra spil eller udelukke dig selv midlertidigt eller endeligt under Min konto. Vi registrerer dine valg og tidspunktet for dem, fordi vi skal kunne dokumentere over for Spillemyndigheden, at vi overholder reglerne om ansvarligt spil. Hvis du udelukker dig selv, sender vi dig ikke markedsføring i udelukkelsesperioden.

## 5. Hvem deler vi dine oplysninger med?

Vi videregiver kun dine oplysninger, når det er nødvendigt. Modtagerne er blandt andre:

- Spillemyndigheden og Malta Gaming Authority i forbindelse med tilsyn;
- Hvidvasksekretariatet, hvis vi er forpligtet til at indberette mistænkelige transaktioner;
- spiludbydere, der leverer kasinospil til vores platform;
- vores databehandlere, som behandler oplysninger på vores vegne.

| Databehandler | Opgave | Land |
| Nets Denmark A/S | Betalinger med Dankort og MobilePay | Danmark |
| Signicat AS | MitID-login og identitetskontrol | Norge |
| Zendesk Inc. | Kundeservice og chat | USA |
| Optimove Ltd. | Kundekommunikation | Israel |
| Amazon Web Services EMEA SARL | Hosting | Irland |

## 6. Overførsel til tredjelande

Nogle af vores databehandlere er etableret uden for EU/EØS. Overførsler sker kun til lande, som EU-Kommissionen har godkendt som sikre tredjelande (herunder Israel og Norge via EØS), eller på grundlag af EU-Kommissionens standardkontraktbestemmelser.

## 7. Hvor længe opbevarer vi dine oplysninger?

Oplysninger om din identitet og dine transaktioner opbevarer vi i 5 år efter kundeforholdets ophør, som det kræves efter hvidvaskloven. Spildata opbevares i 5 år i henhold til Spillemyndighedens krav. Optagelser af telefonsamtaler slettes efter 6 måneder, og oplysninger, der bruges til markedsføring, slettes, når du trækker dit samtykke tilbage.

## 8. Dine rettigheder

Du har efter databeskyttelsesforordningen en række rettigheder:

- Ret til indsigt i de oplysninger, vi behandler om dig.
- Ret til berigtigelse af urigtige oplysninger.
- Ret til sletning, når vi ikke længere er forpligtet til at opbevare oplysningerne.
- Ret til begrænsning af behandling.
- Ret til dataportabilitet.
- Ret til indsigelse mod behandling baseret på legitim interesse og mod direkte markedsføring.

Du kan udøve dine rettigheder ved at skrive til [dpo@nordlyscasino.dk](mailto:dpo@nordlyscasino.dk). Vi svarer inden for en måned. Hvis din anmodning er særlig kompliceret, kan fristen forlænges med yderligere to måneder; i så fald får du besked. For at sikre, at vi ikke udleverer oplysninger til den forkerte person, kan vi bede dig bekræfte din identitet med MitID.

## 9. Klage

Du kan klage over vores behandling af dine personoplysninger til Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, [www.datatilsynet.dk](https://www.datatilsynet.dk), eller til den maltesiske tilsynsmyndighed, Information and Data Protection Commissioner (IDPC).

## 10. Cookies

Vi bruger cookies og lignende teknologier på vores hjemmeside og i vores app. Nødvendige cookies sørger for, at du kan logge ind og spille sikkert. Statistik- og markedsføringscookies sætter vi kun, hvis du har givet samtykke. Du kan læse mere under fanen Cookiepolitik og til enhver tid ændre eller trække dit samtykke tilbage via Cookieindstillinger nederst på siden.

## 11. Ændringer

Vi opdaterer denne privatlivspolitik, når vores behandling af personoplysninger ændrer sig. Ved væsentlige ændringer giver vi dig besked, næste gang du logger ind."""

EDITS = [
    {"note": "processor added: Trustly for bank payments",
     "repl": [("| Signicat AS |", "| Trustly Group AB | Bankoverførsler | Sverige |\n| Signicat AS |")]},
    {"note": "call recordings retention extended from 6 to 12 months",
     "repl": [("Optagelser af telefonsamtaler slettes efter 6 måneder",
               "Optagelser af telefonsamtaler slettes efter 12 måneder")]},
    {"note": "sentence added on automated play-pattern scoring (markers of harm)",
     "repl": [("og vi kan kontakte dig, hvis vi ser en adfærd, der giver anledning til bekymring.",
               "og vi kan kontakte dig, hvis vi ser en adfærd, der giver anledning til bekymring. Vurderingen sker "
               "delvist automatisk ud fra bl.a. indbetalingsmønstre, spilletid om natten og ændringer af "
               "indbetalingsgrænser, men beslutninger om at begrænse din konto træffes altid af en medarbejder.")]},
    {"note": "word inserted: 'skriftligt' in the complaint section", "bump": False,
     "repl": [("Du kan klage over vores behandling", "Du kan skriftligt klage over vores behandling")]},
    {"note": "company moved to a new address in Malta; DPO address changed to the group privacy team",
     "repl": [("@ Level 3, The Centre, Tigné Point\n@ Sliema TPO 0001, Malta",
               "@ SkyParks Business Centre, Level 2\n@ Malta International Airport, Luqa LQA 4000, Malta"),
              ("Du kan kontakte vores databeskyttelsesrådgiver (DPO) på [dpo@nordlyscasino.dk](mailto:dpo@nordlyscasino.dk).",
               "Du kan kontakte vores databeskyttelsesrådgiver (DPO) på [privacy@nordlysgaming.com](mailto:privacy@nordlysgaming.com).")]},
]

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


TERMS = """## Vilkår og betingelser

Disse vilkår gælder for din brug af Nordlys Casino, der drives af Nordlys Gaming Ltd. Ved at oprette en spilkonto accepterer du vilkårene.

## 1. Spilkonto

Du skal være fyldt 18 år og have bopæl i Danmark for at oprette en konto. Du må kun have én konto, og kontoen er personlig.

## 2. Indbetalingsgrænser

Du skal angive en daglig, ugentlig eller månedlig indbetalingsgrænse, før du kan indbetale. En hævning af grænsen træder i kraft efter 24 timer; en sænkning træder i kraft med det samme.

## 3. Udbetalinger

Udbetalinger sker til det betalingsmiddel, du har indbetalt med, som regel inden for 24 timer."""

COOKIES = [
    """## Cookiepolitik

Vi bruger cookies til at få hjemmesiden til at fungere, til statistik og til markedsføring. Du kan altid ændre dit samtykke via linket "Cookieindstillinger" nederst på siden.

| Cookie | Udbyder | Formål | Udløb |
| NEXT_LOCALE | Nordlys Casino | Husker dit sprog | 1 år |
| CookieConsent | Cookiebot | Gemmer dit samtykke | 1 år |
| _ga | Google | Statistik | 2 år |""",
    """## Cookiepolitik

Vi bruger cookies til at få hjemmesiden til at fungere, til statistik og til markedsføring. Du kan altid ændre dit samtykke via linket "Cookieindstillinger" nederst på siden.

| Cookie | Udbyder | Formål | Udløb |
| NEXT_LOCALE | Nordlys Casino | Husker dit sprog | 1 år |
| CookieConsent | Cookiebot | Gemmer dit samtykke | 1 år |
| _ga | Google | Statistik | 2 år |
| _fbp | Meta | Markedsføring | 3 måneder |
| _tt | TikTok | Markedsføring | 13 måneder |""",
]

BONUSES = [(100, 1000, 10), (100, 1500, 10), (200, 500, 10), (100, 2000, 10), (50, 1000, 10), (100, 1000, 1)]


def bonus_src(b):
    pct, mx, wr = b
    return ("""## Bonusvilkår

Velkomstbonus: %d %% op til %d kr. på din første indbetaling. Mindste indbetaling er 100 kr.

Bonussen skal omsættes %d gange inden for 60 dage, før den kan udbetales. Kun spil på spilleautomater tæller med i omsætningskravet.

Bonusser kan ikke kombineres med andre tilbud, og Nordlys Casino kan til enhver tid ændre eller afslutte en kampagne.""" % (pct, mx, wr))


FIRST = ["Mette", "Lars", "Anne", "Jens", "Sofie", "Mads", "Camilla", "Rasmus", "Louise", "Kasper", "Ida", "Niels"]
GAMES = ["Book of Dead", "Starburst", "Gonzo's Quest", "Sweet Bonanza", "Reactoonz", "Big Bass Bonanza",
         "Lightning Roulette", "Dead or Alive 2", "Gates of Olympus"]


def noise(rng, when, i, prev):
    prev = prev or {}
    wins = tuple((rng.choice(FIRST) + " " + rng.choice("ABCDEFGHJKLMNOPRST") + ".", rng.choice(GAMES),
                  rng.choice([120, 250, 480, 760, 1250, 2400, 4520, 8800, 15600, 32000]) + rng.randint(0, 99))
                 for _ in range(8))

    def build():
        return (C.alnum(rng, 21, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"),
                C.hexs(rng, 16), C.hexs(rng, 16), C.hexs(rng, 16), C.alnum(rng, 5))
    return {
        "build": C.keep_or(rng, prev.get("build"), 0.25, build),
        "winners": wins,
        "bonus": C.keep_or(rng, prev.get("bonus"), 0.2, lambda: rng.choice(BONUSES)),
        "cookies": 0 if when < dt.datetime(2024, 2, 1) else 1,
    }


LABELS = {"build": "Next.js build (chunk hashes, buildId, CSS-module class hashes incl. on the privacy panel)",
          "winners": "'Seneste vindere' ticker in the footer",
          "bonus": "Bonusvilkår tab (other document on the same page)",
          "cookies": "Cookiepolitik tab (other document on the same page)"}


def cf_block(b, m):
    """A block as @contentful/rich-text-react-renderer writes it (list items and table cells hold <p>)."""
    kind, v = b
    if kind in ("h1", "h2", "h3"):
        tag = {"h1": "h2", "h2": "h3", "h3": "h4"}[kind]
        return '<%s class="%s">%s</%s>' % (tag, m("heading"), C.inline_html(v), tag)
    if kind == "p":
        return "<p>%s</p>" % C.inline_html(v)
    if kind == "addr":
        return "<p>%s</p>" % "<br/>".join(C.inline_html(x) for x in v)
    if kind in ("ul", "ol"):
        return "<%s>%s</%s>" % (kind, "".join("<li><p>%s</p></li>" % C.inline_html(x) for x in v), kind)
    if kind == "table":
        rows = ["<tr>%s</tr>" % "".join("<th><p>%s</p></th>" % C.inline_html(x) for x in v[0])]
        rows += ["<tr>%s</tr>" % "".join("<td><p>%s</p></td>" % C.inline_html(x) for x in r) for r in v[1:]]
        return '<div class="%s"><table><tbody>%s</tbody></table></div>' % (m("tableWrap"), "".join(rows))
    raise ValueError(kind)


def render(s, blocks, when):
    bid, wp, main_app, css, mh = s["build"]

    def m(name):
        return "Legal_%s__%s" % (name, mh)
    tabs = [("vilkaar-og-betingelser", "Vilkår og betingelser", C.parse_src(TERMS)),
            ("privatlivspolitik", "Privatlivspolitik", blocks),
            ("cookiepolitik", "Cookiepolitik", C.parse_src(COOKIES[s["cookies"]])),
            ("bonusvilkaar", "Bonusvilkår", C.parse_src(bonus_src(s["bonus"])))]
    tablist = "".join('<button type="button" role="tab" id="tab-%s" aria-controls="panel-%s" aria-selected="%s" '
                      'class="%s%s">%s</button>' % (k, k, "true" if k == "privatlivspolitik" else "false", m("tab"),
                                                    " " + m("tabActive") if k == "privatlivspolitik" else "", t)
                      for k, t, _ in tabs)
    panels = "".join('<div role="tabpanel" id="panel-%s" aria-labelledby="tab-%s" class="%s"%s>%s</div>'
                     % (k, k, m("panel"), "" if k == "privatlivspolitik" else ' hidden=""',
                        "".join(cf_block(b, m) for b in bl)) for k, _, bl in tabs)
    winners = "".join('<li class="Footer_winner__%s"><span>%s</span> vandt <strong>%s kr.</strong> på %s</li>'
                      % (mh, n, "{:,}".format(a).replace(",", "."), html.escape(g)) for n, g, a in s["winners"])
    rsc_doc = json.dumps({"title": "Vilkår", "tabs": [{"slug": k, "title": t, "body": C.blocks_md(bl, URL)}
                                                       for k, t, bl in tabs]}, ensure_ascii=False)
    rsc = json.dumps('0:["%s",[[["",{"children":["vilkaar",{"children":["__PAGE__?{\\"tab\\":\\"privatlivspolitik\\"}",{}]}]},'
                     '"$undefined","$undefined",true],null]]]\n5:%s\n' % (bid, rsc_doc), ensure_ascii=False)
    chunks = ('<script src="/_next/static/chunks/webpack-%s.js" async=""></script>'
              '<script src="/_next/static/chunks/fd9d1056-%s.js" async=""></script>'
              '<script src="/_next/static/chunks/main-app-%s.js" async=""></script>' % (wp, main_app[:16], main_app))
    return ('<!DOCTYPE html><html lang="da"><head><meta charSet="utf-8"/>'
            '<meta name="viewport" content="width=device-width, initial-scale=1"/>'
            '<link rel="stylesheet" href="/_next/static/css/%s.css" data-precedence="next"/>'
            '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-%s.js"/>%s'
            '<title>Vilkår og privatlivspolitik | Nordlys Casino</title>'
            '<meta name="description" content="Læs vilkår og betingelser, privatlivspolitik, cookiepolitik og bonusvilkår for Nordlys Casino."/>'
            '<link rel="canonical" href="https://www.nordlyscasino.dk/vilkaar"/>'
            '<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="8a2f61c4-0d3e-4b6a-9e55-2c71b0f4d913" '
            'data-blockingmode="auto" type="text/javascript"></script>'
            '<script src="/_next/static/chunks/polyfills-78c92fac7aa8fdd8.js" noModule=""></script></head>'
            '<body class="__className_%s"><div class="Regulatory_bar__%s"><a href="https://www.spillemyndigheden.dk/" '
            'aria-label="Spillemyndigheden"><img alt="Spillemyndigheden" src="/img/spillemyndigheden.svg" width="40" height="40"/></a>'
            '<a href="https://www.stopspillet.dk/">StopSpillet: 70 22 28 25</a><a href="https://www.spillemyndigheden.dk/rofus">ROFUS</a>'
            '<span>18+</span><a href="/ansvarligt-spil">Spil ansvarligt</a></div>'
            '<header class="Header_header__%s"><a href="/" class="Header_logo__%s"><img alt="Nordlys Casino" src="/img/logo.svg"/></a>'
            '<nav><a href="/kasino">Kasino</a><a href="/live-kasino">Live kasino</a><a href="/kampagner">Kampagner</a></nav>'
            '<div class="Header_actions__%s"><a href="/log-ind" class="Button_secondary__%s">Log ind med MitID</a>'
            '<a href="/opret-konto" class="Button_primary__%s">Opret konto</a></div></header>'
            '<main class="%s"><h1 class="%s">Vilkår og betingelser</h1><div role="tablist" class="%s">%s</div>%s</main>'
            '<footer class="Footer_footer__%s"><section class="Footer_winners__%s"><h2>Seneste vindere</h2><ul>%s</ul></section>'
            '<p>Nordlys Gaming Ltd. er licenseret af Malta Gaming Authority (MGA/B2C/512/2018) og har tilladelse fra '
            'Spillemyndigheden til at udbyde onlinekasino i Danmark. Spil kan være vanedannende. Spil ansvarligt.</p>'
            '<p><a href="javascript:Cookiebot.renew()">Cookieindstillinger</a></p></footer>'
            '<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>'
            '<script>self.__next_f.push([1,%s])</script></body></html>'
            % (css, wp, chunks, mh, mh, mh, mh, mh, mh, mh, m("main"), m("title"), m("tablist"), tablist, panels,
               mh, mh, winners, rsc))


PAGE = {
    "service": "Nordlys Casino",
    "url": URL,
    "lang": "da",
    "platform": "Next.js 13/14 app router + Contentful",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-Powered-By", "Next.js"), ("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate"),
                      ("Vary", "RSC, Next-Router-State-Tree, Next-Router-Prefetch, Accept-Encoding")),
    "n": 29,
    "start": dt.date(2023, 4, 3),
    "end": dt.date(2025, 10, 20),
    "policy": POLICY,
    "first_updated": dt.date(2023, 1, 16),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#panel-privatlivspolitik"},
}
