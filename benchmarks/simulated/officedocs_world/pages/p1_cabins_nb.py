"""Hyttebytte (Bergen) - nb-NO - a Google Docs document "Published to the web" (docs.google.com/document/d/e/.../pub).

Every republish renumbers the c0..cN classes and the lst-kix_ list ids, splits the text runs into spans
differently, moves the empty spacer paragraphs, re-signs the logo's googleusercontent URL and the
google.com/url?q=...&ust=...&usg=... link wrappers; every response carries fresh CSP nonces. Harder: for a
while the owner replaced one automatic bulleted list with hand-typed "●" bullets (plain paragraphs) and later
turned it back into a list; footnotes ftnt1/ftnt_ref1 at the end of #contents; Google's chrome (banner, favicon)
changes over the years.
"""
import datetime as dt
import html
import re
import urllib.parse

import common as C

DOC_ID = "2PACX-1vQz7kWb3hX0cYp9Lr1mTgq4N8dVfE2sJuA6oKiH5nBxRyZlG3tCwP0eMaUjDvS8qFh7bIn4ORk2Lx"
URL = "https://docs.google.com/document/d/e/%s/pub" % DOC_ID
MND = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
       "november", "desember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MND[d.month - 1], d.year)


POLICY = """
# Personvernerklæring for Hyttebytte

Sist oppdatert: {UPDATED}

Hyttebytte er en tjeneste der hytteeiere kan leie ut eller bytte hytta si med andre medlemmer. Vi tar personvernet ditt på alvor. Denne erklæringen forklarer hvilke personopplysninger vi samler inn når du bruker appen og nettsiden vår, hvorfor vi gjør det, og hvilke rettigheter du har etter personopplysningsloven og personvernforordningen (GDPR).

## 1. Behandlingsansvarlig

Hyttebytte AS (org.nr. 921 604 338), Strandkaien 2B, 5013 Bergen, er behandlingsansvarlig for personopplysningene som behandles i tjenesten. Spørsmål om personvern kan sendes til [personvern@hyttebytte.no](mailto:personvern@hyttebytte.no).

## 2. Hvilke opplysninger vi behandler

Vi behandler opplysninger du selv gir oss, og opplysninger som oppstår når du bruker tjenesten:

- kontaktopplysninger: navn, e-postadresse, telefonnummer og postadresse;
- profilopplysninger: profilbilde, beskrivelse av deg selv og eventuelle anmeldelser du har gitt eller fått;
- opplysninger om hytta: adresse, gårds- og bruksnummer, bilder, fasiliteter og tilgjengelighet;
- bookinghistorikk, meldinger mellom medlemmer og betalingsstatus;
- tekniske opplysninger: IP-adresse, enhetstype, appversjon og feillogger.

Vi ber ikke om sensitive opplysninger. Ikke skriv helseopplysninger eller andre særlige kategorier av personopplysninger i meldingsfeltet.

## 3. Formål og behandlingsgrunnlag

Vi behandler opplysningene for å opprette og administrere medlemskapet ditt, formidle leie og bytte av hytter og gjennomføre betalinger. Grunnlaget er at behandlingen er nødvendig for å oppfylle avtalen med deg, jf. personvernforordningen artikkel 6 nr. 1 bokstav b.

Regnskapsopplysninger behandler vi for å oppfylle plikter etter bokføringsloven, jf. artikkel 6 nr. 1 bokstav c.

For å forebygge svindel og forbedre tjenesten behandler vi tekniske opplysninger og bookingmønstre på grunnlag av vår berettigede interesse, jf. artikkel 6 nr. 1 bokstav f. Nyhetsbrev sender vi bare dersom du har samtykket, og du kan når som helst melde deg av.

## 4. Innlogging og betaling

Du logger inn med e-postadresse og passord. Betalinger gjennomføres av betalingsleverandøren Stripe. Vi lagrer aldri fullstendige kortnumre, bare de fire siste sifrene og kortets utløpsdato, slik at du kan kjenne igjen kortet ditt.

## 5. Hvem vi deler opplysninger med

Når en booking er bekreftet, får utleier og leietaker se hverandres navn, telefonnummer og profil. Adressen til hytta vises først når bookingen er betalt.

Vi bruker følgende databehandlere, som bare kan behandle opplysningene etter våre instrukser:

| Leverandør | Formål | Lokasjon |
| Google Ireland Ltd. | e-post, dokumenter og lagring | EU/EØS |
| Stripe Payments Europe Ltd. | betalingsformidling | Irland |
| Amazon Web Services EMEA SARL | drift av app og database | Stockholm |
| Mailchimp (Intuit Inc.) | utsendelse av nyhetsbrev | USA |

Vi utleverer ikke opplysninger til andre med mindre vi er pålagt det etter lov, for eksempel etter pålegg fra politiet.

## 6. Anmeldelser og offentlig profil

Etter et opphold kan utleier og leietaker gi hverandre en anmeldelse. Anmeldelsen vises på profilen din sammen med fornavnet ditt, profilbildet og tidspunktet for oppholdet. Du kan svare på en anmeldelse, men du kan ikke slette anmeldelser andre har skrevet om deg. Vi fjerner anmeldelser som inneholder personopplysninger om tredjepersoner, trakassering eller usanne påstander når vi blir gjort oppmerksom på dem.

Hytteannonser er synlige for alle innloggede medlemmer. Vi viser bare omtrentlig beliggenhet, for eksempel kommune og nærmeste tettsted, inntil en booking er betalt.

## 7. Overføring til land utenfor EØS

Noen av leverandørene våre kan behandle opplysninger i USA. Slike overføringer skjer på grunnlag av EU-kommisjonens standardavtaler[1] og eventuelle supplerende tiltak, eller til virksomheter som er sertifisert under EU–U.S. Data Privacy Framework.

## 8. Hvor lenge vi lagrer opplysningene

Vi lagrer opplysningene så lenge du er medlem. Kontoer som ikke har vært i bruk på 36 måneder, blir slettet etter at vi har varslet deg på e-post.

Regnskapsmateriale, som kvitteringer og fakturaer, oppbevares i fem år etter regnskapsårets slutt, jf. bokføringsloven § 13. Meldinger mellom medlemmer slettes tolv måneder etter at oppholdet er avsluttet.

## 9. Dine rettigheter

Du har rett til innsyn i opplysningene vi har om deg, og til å kreve retting eller sletting. Du kan også kreve begrenset behandling, protestere mot behandling som bygger på berettiget interesse, og be om å få utlevert opplysningene dine i et maskinlesbart format (dataportabilitet).

Send forespørselen din til [personvern@hyttebytte.no](mailto:personvern@hyttebytte.no). Vi svarer senest innen en måned. Mener du at vi behandler opplysningene i strid med regelverket, kan du klage til Datatilsynet[2].

## 10. Informasjonssikkerhet

Vi beskytter opplysningene dine med kryptert overføring (TLS), tilgangsstyring og tofaktorautentisering for alle ansatte. Bare ansatte som trenger det for å yte kundeservice, har tilgang til meldinger mellom medlemmer, og slik tilgang logges. Dersom det skjer et avvik som kan medføre en høy risiko for deg, varsler vi deg og Datatilsynet uten ugrunnet opphold.

## 11. Barn

Du må være fylt 18 år for å opprette en konto hos Hyttebytte. Vi behandler ikke bevisst opplysninger om barn, bortsett fra antall barn som skal være med på et opphold.

## 12. Informasjonskapsler

Nettsiden bruker nødvendige informasjonskapsler for innlogging og for å huske språkvalget ditt. Analyseverktøy tar vi bare i bruk etter samtykke, jf. ekomloven § 2-7b. Du kan endre valget ditt når som helst under «Innstillinger for informasjonskapsler» nederst på nettsiden.

## 13. Endringer i erklæringen

Vi kan oppdatere denne personvernerklæringen når tjenesten endres. Ved vesentlige endringer varsler vi deg i appen eller på e-post før endringene trer i kraft.

%% notes

[1] Kommisjonens gjennomføringsbeslutning (EU) 2021/914 av 4. juni 2021 om standard personvernbestemmelser for overføring av personopplysninger til tredjeland.

[2] Datatilsynet, Postboks 458 Sentrum, 0105 Oslo, [www.datatilsynet.no](https://www.datatilsynet.no).
"""

EDITS = [
    {"note": "section 4: login with Vipps added (new paragraph: which data Vipps shares)",
     "repl": [("Du logger inn med e-postadresse og passord. Betalinger",
               "Du logger inn med e-postadresse og passord, eller med Vipps. Velger du Vipps, får vi navn, telefonnummer og e-postadresse fra Vipps MobilePay AS etter at du har godkjent det i Vipps-appen.\n\nBetalinger")]},
    {"note": "retention of inactive accounts shortened from 36 to 24 months",
     "repl": [("på 36 måneder, blir slettet", "på 24 måneder, blir slettet")]},
    {"note": "processor table: Crisp (customer chat) added (silent, date not bumped)", "bump": False,
     "repl": [("| Mailchimp (Intuit Inc.) | utsendelse av nyhetsbrev | USA |",
               "| Mailchimp (Intuit Inc.) | utsendelse av nyhetsbrev | USA |\n| Crisp IM SAS | kundeservice og chat | Frankrike |")]},
    {"note": "controller moved to a new address (Strandkaien 2B -> Damsgårdsveien 131)",
     "repl": [("Strandkaien 2B, 5013 Bergen", "Damsgårdsveien 131, 5160 Laksevåg")]},
    {"note": "cookie section: legal reference updated to the new Electronic Communications Act (ekomloven § 3-15) and consent renewal after 12 months",
     "repl": [("jf. ekomloven § 2-7b.", "jf. ekomloven § 3-15. Vi spør deg på nytt etter tolv måneder.")]},
]

# ---------------------------------------------------------------- Google Docs markup

ROLES = ["p", "run", "run2", "bold", "linkrun", "link", "title", "titlerun", "h2", "h2run", "ul", "li",
         "empty", "emptyrun", "table", "tr", "td", "tdp", "hdrrun", "fnp", "fnrun", "hr", "logo", "doc"]
CSS = {
    "p": "padding-top:0pt;padding-bottom:8pt;line-height:1.15;orphans:2;widows:2;text-align:left",
    "run": "color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:\"Arial\";font-style:normal",
    "run2": "color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:\"Arial\";font-style:normal",
    "bold": "font-weight:700",
    "linkrun": "text-decoration-skip-ink:none;-webkit-text-decoration-skip:none;color:#1155cc;text-decoration:underline",
    "link": "color:inherit;text-decoration:inherit",
    "title": "padding-top:0pt;padding-bottom:3pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left",
    "titlerun": "color:#1f3b2c;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:24pt;font-family:\"Arial\";font-style:normal",
    "h2": "padding-top:18pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left",
    "h2run": "color:#1f3b2c;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:16pt;font-family:\"Arial\";font-style:normal",
    "ul": "padding:0;margin:0",
    "li": "margin-left:36pt;padding-left:0pt",
    "empty": "padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left;height:11pt",
    "emptyrun": "color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:\"Arial\";font-style:normal",
    "table": "margin-left:0pt;border-spacing:0;border-collapse:collapse;margin-right:auto",
    "tr": "height:0pt",
    "td": "border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:150pt;border-top-color:#000000;border-bottom-style:solid",
    "tdp": "padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left",
    "hdrrun": "color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:10pt;font-family:\"Arial\";font-style:normal",
    "fnp": "padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left",
    "fnrun": "color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:10pt;font-family:\"Arial\";font-style:normal",
    "hr": "",
    "logo": "padding-top:0pt;padding-bottom:0pt;line-height:1.15;text-align:right",
    "doc": "background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt",
}

INL = re.compile(r"\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)]+)\)|\[(\d)\]")


def tokens(t):
    out, pos = [], 0
    for m in INL.finditer(t):
        if m.start() > pos:
            out.append(("t", t[pos:m.start()]))
        if m.group(1) is not None:
            out.append(("b", m.group(1)))
        elif m.group(4) is not None:
            out.append(("fn", m.group(4)))
        else:
            out.append(("a", m.group(2), m.group(3)))
        pos = m.end()
    if pos < len(t):
        out.append(("t", t[pos:]))
    return out


def esc(s):
    return html.escape(s, quote=False).replace("'", "&#39;").replace('"', "&quot;")


class Doc:
    def __init__(self, s, when):
        self.s, self.when = s, when
        self.cls = s["classes"]
        self.cut = 0

    def c(self, *roles):
        return " ".join("c%d" % self.cls[r] for r in roles)

    def href(self, url):
        if url.startswith("mailto:"):
            return url
        ust = "%d" % (C.epoch(self.when) * 1000000 + self.s["ust"] % 1000000 + 300 * 1000000)
        return ("https://www.google.com/url?q=%s&amp;sa=D&amp;source=editors&amp;ust=%s&amp;usg=AOvVaw%s"
                % (urllib.parse.quote(url, safe=":/"), ust, C.det_sha(self.s["usg"], url)[:22]))

    def runs(self, text, base="run"):
        """Inline tokens as Google Docs spans: plain text split into runs at spaces (where the editor's history
        left run boundaries), bold and link runs on their own."""
        out = []
        for tk in tokens(text):
            if tk[0] == "t":
                words = tk[1].split(" ")
                pieces, cur = [], []
                for j, w in enumerate(words):
                    cur.append(w)
                    self.cut += 1
                    if j < len(words) - 1 and (self.cut * 7 + self.s["split"]) % 23 == 0:
                        pieces.append(" ".join(cur) + " ")
                        cur = []
                pieces.append(" ".join(cur))
                for k, pc in enumerate(pieces):
                    if pc:
                        role = base if base != "run" else ("run2" if (k + self.s["split"]) % 3 == 2 else "run")
                        out.append('<span class="%s">%s</span>' % (self.c(role), esc(pc)))
            elif tk[0] == "b":
                out.append('<span class="%s">%s</span>' % (self.c(base, "bold"), esc(tk[1])))
            elif tk[0] == "fn":
                out.append('<sup><a href="#ftnt%s" id="ftnt_ref%s">[%s]</a></sup>' % (tk[1], tk[1], tk[1]))
            else:
                out.append('<span class="%s"><a class="%s" href="%s">%s</a></span>'
                           % (self.c(base, "linkrun"), self.c("link"), self.href(tk[2]), esc(tk[1])))
        return "".join(out)

    def empty(self):
        return '<p class="%s"><span class="%s"></span></p>' % (self.c("p", "empty"), self.c("emptyrun"))


def hid(rng_key, text):
    return "h." + C.det_sha("hyttebytte-heading", text.split(" ", 1)[-1][:12])[:12]


def render_contents(s, blocks, when):
    d = Doc(s, when)
    segs = C.segments(blocks)
    out = []
    out.append('<p class="%s"><span style="overflow: hidden; display: inline-block; margin: 0.00px 0.00px; '
               'border: 0.00px solid #000000; transform: rotate(0.00rad) translateZ(0px); -webkit-transform: '
               'rotate(0.00rad) translateZ(0px); width: 132.00px; height: 40.00px;"><img alt="" src="https://%s'
               'googleusercontent.com/%s" style="width: 132.00px; height: 40.00px; margin-left: 0.00px; margin-top: '
               '0.00px; transform: rotate(0.00rad) translateZ(0px); -webkit-transform: rotate(0.00rad) '
               'translateZ(0px);" title=""></span></p>' % (d.c("logo"), s["logo"][0], s["logo"][1]))
    nlist = 0
    for bi, b in enumerate(segs["head"]):
        kind, v = b
        if bi in s["spacers"]:
            out.append(d.empty())
        if kind == "h1":
            out.append('<p class="%s title" id="%s"><span class="%s">%s</span></p>'
                       % (d.c("title"), hid(0, v), d.c("titlerun"), esc(v)))
        elif kind == "h2":
            out.append('<h2 class="%s" id="%s"><span class="%s">%s</span></h2>'
                       % (d.c("h2"), hid(0, v), d.c("h2run"), esc(v)))
        elif kind == "p":
            out.append('<p class="%s">%s</p>' % (d.c("p"), d.runs(v)))
        elif kind == "ul":
            if s["bullets"] == "hand" and nlist == 0:
                # the owner retyped the first list as plain paragraphs with a typed bullet
                for it in v:
                    out.append('<p class="%s"><span class="%s">●&nbsp;&nbsp;</span>%s</p>'
                               % (d.c("p"), d.c("run"), d.runs(it)))
            else:
                lid = s["lists"][nlist % len(s["lists"])]
                out.append('<ul class="%s lst-kix_%s-0 start">%s</ul>' % (
                    d.c("ul"), lid, "".join('<li class="%s li-bullet-0">%s</li>' % (d.c("p", "li"), d.runs(it))
                                            for it in v)))
            nlist += 1
        elif kind == "table":
            rows = []
            for ri, r in enumerate(v):
                cells = "".join('<td class="%s" colspan="1" rowspan="1"><p class="%s">%s</p></td>'
                                % (d.c("td"), d.c("tdp"), d.runs(x, "hdrrun" if ri == 0 else "run")) for x in r)
                rows.append('<tr class="%s">%s</tr>' % (d.c("tr"), cells))
            out.append('<table class="%s">%s</table>' % (d.c("table"), "".join(rows)))
        else:
            raise ValueError(kind)
    out.append(d.empty())
    out.append('<hr class="%s"><div>' % d.c("hr"))
    for b in segs["notes"]:
        n, rest = re.match(r"\[(\d)\] (.*)", b[1]).groups()
        out.append('<p class="%s"><a href="#ftnt_ref%s" id="ftnt%s">[%s]</a><span class="%s">&nbsp;</span>%s</p>'
                   % (d.c("fnp"), n, n, n, d.c("fnrun"), d.runs(rest, "fnrun")))
    out.append("</div>")
    style = ["@import url(https://themes.googleusercontent.com/fonts/css?kit=%s);" % s["fontkit"]]
    for lid in s["lists"]:
        style.append("ul.lst-kix_%s-0{list-style-type:none}.lst-kix_%s-0>li:before{content:\"\\0025cf   \"}" % (lid, lid))
    for r in sorted(ROLES, key=lambda r: s["classes"][r]):
        if CSS[r]:
            style.append(".c%d{%s}" % (s["classes"][r], CSS[r]))
    style.append(".title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:\"Arial\";"
                 "line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}"
                 "li{color:#000000;font-size:11pt;font-family:\"Arial\"}p{margin:0;color:#000000;font-size:11pt;"
                 "font-family:\"Arial\"}h2{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;"
                 "font-family:\"Arial\";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}")
    return ('<style type="text/css">%s</style>' % "".join(style)) + "".join(out)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["nonce"] = C.alnum(rng, 22)
    s["pvid"] = C.alnum(rng, 16)
    republish = prev.get("classes") is None or rng.random() < 0.55
    if republish:
        nums = list(range(len(ROLES) + rng.randint(0, 8)))
        rng.shuffle(nums)
        s["classes"] = {r: nums[k] for k, r in enumerate(ROLES)}
        s["lists"] = tuple(C.alnum(rng, 12, "abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(2))
        s["split"] = rng.randint(0, 1000)
        s["spacers"] = tuple(sorted(rng.sample(range(3, 30), rng.randint(2, 6))))
        s["logo"] = (rng.choice(["lh3.", "lh4.", "lh5.", "lh6.", "lh7-us.", "lh7-rt."]),
                     "docsz/AD_4nX" + C.alnum(rng, 96) + "?key=" + C.alnum(rng, 22))
        s["usg"] = C.hexs(rng, 16)
        s["ust"] = rng.randint(0, 999999)
    else:
        for k in ("classes", "lists", "split", "spacers", "logo", "usg", "ust"):
            s[k] = prev[k]
    s["republished"] = C.det_sha(s["classes"], s["split"])[:8]
    # one list retyped by hand with typed bullets for a stretch of time, later made automatic again
    s["bullets"] = "hand" if dt.datetime(2023, 2, 10) <= when < dt.datetime(2024, 9, 1) else "auto"
    s["chrome"] = ("2021" if when < dt.datetime(2022, 6, 1) else
                   "2022" if when < dt.datetime(2023, 11, 15) else "2023q4")
    s["fontkit"] = C.keep_or(rng, prev.get("fontkit"), 0.1, lambda: C.alnum(rng, 60))
    s["js"] = C.keep_or(rng, prev.get("js"), 0.4, lambda: "%s.%s" % (C.hexs(rng, 8), C.alnum(rng, 10)))
    return s


LABELS = {
    "nonce": "per-response CSP nonces on <style>/<script>",
    "pvid": "per-response docs-pvid page view id",
    "classes": "republish: c0..cN class numbers reassigned",
    "lists": "republish: lst-kix_ list ids regenerated",
    "split": "republish: text runs split into spans differently",
    "spacers": "republish: empty spacer paragraphs moved",
    "logo": "republish: logo image re-signed googleusercontent URL",
    "usg": "republish: google.com/url link wrapper usg token",
    "ust": "google.com/url link wrapper ust timestamp (moves with every response)",
    "republished": "republish marker",
    "bullets": "first list as hand-typed '●' paragraphs vs automatic bulleted list",
    "chrome": "Google Docs publish chrome (banner, favicon) redesign",
    "fontkit": "themes.googleusercontent font kit id",
    "js": "Google Docs viewer script bundle version",
}


def render(s, blocks, when):
    n = s["nonce"]
    contents = render_contents(s, blocks, when)
    fav = {"2021": "//ssl.gstatic.com/docs/documents/images/kix-favicon7.ico",
           "2022": "//ssl.gstatic.com/docs/documents/images/kix-favicon-2022.ico",
           "2023q4": "//ssl.gstatic.com/docs/documents/images/kix-favicon-2023q4.ico"}[s["chrome"]]
    if s["chrome"] == "2021":
        banner = ('<div id="banners"><div id="publish-banner"><div id="publish-banner-text">'
                  '<span>Published using Google Docs</span></div><a href="https://docs.google.com/abuse?id=%s" '
                  'target="_blank" id="publish-banner-report-abuse">Report Abuse</a><a href="https://support.google.com/docs/answer/183965" '
                  'target="_blank" id="publish-banner-learn-more">Learn More</a></div>'
                  '<div id="title-banner"><div id="title">Personvern – Hyttebytte</div>'
                  '<div id="interval"><span>Updated automatically every 5 minutes</span></div></div></div>' % DOC_ID[:40])
    else:
        banner = ('<div id="banners"><div id="publish-banner"><div class="publish-banner-content">'
                  '<span id="publish-banner-text">Published using Google Docs</span>'
                  '<a href="https://support.google.com/docs/answer/183965" target="_blank" id="publish-banner-learn-more">Learn more</a>'
                  '<a href="https://docs.google.com/abuse?id=%s" target="_blank" id="publish-banner-report-abuse">Report abuse</a>'
                  '</div></div><div id="title-banner"><div id="title">Personvern – Hyttebytte</div>'
                  '<div id="interval"><span>Updated automatically every 5 minutes</span></div></div></div>' % DOC_ID[:40])
    return ('<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<meta name="referrer" content="strict-origin-when-cross-origin"><title>Personvern – Hyttebytte</title>'
            '<meta property="og:title" content="Personvern – Hyttebytte"><meta property="og:type" content="article">'
            '<meta property="og:site_name" content="Google Docs"><meta property="og:url" content="%s?usp=embed_facebook">'
            '<link rel="shortcut icon" href="%s"><link href="https://fonts.googleapis.com/css?family=Google+Sans:400,500" rel="stylesheet" nonce="%s">'
            '<link href="https://www.gstatic.com/_/kix/_/ss/k=kix.kix_published.%s.L.W.O/ct=zgms/am=AAAAAAAAAAAAAAAA" rel="stylesheet" nonce="%s">'
            '<script nonce="%s">var DOCS_timing={}; DOCS_timing[\'pls\']=new Date().getTime();</script>'
            '</head><body>%s<div id="contents">%s</div>'
            '<div id="footer"><div id="publish-footer">Published using <a href="https://docs.google.com/document/d/e/%s/pub">Google Docs</a>'
            '<span class="dash">–</span><a href="https://docs.google.com/abuse?id=%s">Report abuse</a><span class="dash">–</span>'
            '<a href="https://support.google.com/docs/answer/183965">Learn more</a></div>'
            '<div id="interval">Updated automatically every 5 minutes</div></div>'
            '<script nonce="%s" src="https://www.gstatic.com/_/kix/_/js/k=kix.kix_published.nb.%s/am=AAgAAAAAAAAA/d=1/rs=AO0039s" defer></script>'
            '<script nonce="%s">_docs_flag_initialData={"docs-ails":"docs_cold","docs-fwds":"docs_nf","docs-crs":"docs_crint",'
            '"docs-pvid":"%s","docs-ccdil":false,"docs-tfh":""};</script></body></html>'
            % (URL, fav, n, s["js"], n, n, banner, contents, DOC_ID, DOC_ID[:40], n, s["js"], n,
               s["pvid"]))


def gold_md(blocks):
    return C.blocks_md(C.without_markers(blocks), URL)


PAGE = {
    "service": "Hyttebytte", "url": URL, "lang": "nb-NO", "platform": "Google Docs (Published to the web)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate"),
                      ("X-Content-Type-Options", "nosniff")),
    "n": 30, "start": dt.date(2021, 3, 8), "end": dt.date(2026, 5, 20),
    "policy": POLICY, "first_updated": dt.date(2021, 1, 18), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": ["#contents"],
                    "remove": ["#contents > style", "#contents img"]},
}
