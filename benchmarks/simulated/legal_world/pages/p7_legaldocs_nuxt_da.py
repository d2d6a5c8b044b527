"""A Danish online legal-documents service (wills, prenuptial agreements, lasting powers of attorney) on Nuxt 3
with Contentful, behind Cloudflare, Danish.

The policy is a Contentful "legalPage" entry rendered by the LegalPage component: the title and "Senest opdateret"
line, the intro in v-html, then one native <details> accordion item per section (all collapsed in the HTML, the
section's heading inside the <summary>); the declaration selects article.legal-page. Fairly clean: per request
only Cloudflare's challenge-platform beacon (__CF$cv$params r/t) changes; per deploy the buildId, the hashed
/_nuxt/ chunks, the Trustpilot figures fetched at build time and the scoped-style data-v-xxxxxxxx ids, which sit
on the selected article and on its accordion items; the Contentful entry's revision and updatedAt in
__NUXT_DATA__ move at each publish (also at a republish without text changes); a seasonal campaign banner.
"""
import datetime as dt
import html
import json

import common as C

POLICY = """# Persondatapolitik

Senest opdateret: {UPDATED}

Hos Dokumentia hjælper vi dig med at oprette juridiske dokumenter som testamente, ægtepagt og fremtidsfuldmagt online. Dokumenterne indeholder ofte oplysninger om din familie, din økonomi og dine ønsker for fremtiden, og derfor tager vi beskyttelsen af dine personoplysninger meget alvorligt. I denne persondatapolitik kan du læse, hvilke oplysninger vi behandler, hvorfor vi gør det, hvem vi deler dem med, og hvilke rettigheder du har. Vi behandler dine personoplysninger i overensstemmelse med databeskyttelsesforordningen (GDPR) og databeskyttelsesloven.

## 1. Dataansvarlig

Dokumentia ApS er dataansvarlig for behandlingen af dine personoplysninger.

@ Dokumentia ApS
@ Store Kongensgade 40, 2. sal
@ 1264 København K
@ CVR-nr. 41 23 45 67
@ E-mail: persondata@dokumentia.dk
@ Telefon: 70 20 44 18

## 2. Hvilke oplysninger behandler vi?

Afhængigt af hvilket dokument du opretter, behandler vi følgende oplysninger:

- navn, adresse, e-mailadresse og telefonnummer
- CPR-nummer, når det er nødvendigt for at dokumentet kan tinglyses eller registreres
- oplysninger om din ægtefælle eller samlever, dine børn, særbørn og andre arvinger
- oplysninger om din formue, fx fast ejendom, pensioner, livsforsikringer og virksomhedsandele
- dine ønsker til fordeling af arv, værgemål og begravelse
- betalingsoplysninger og fakturaer
- din korrespondance med vores kundeservice
- tekniske oplysninger, fx IP-adresse, browsertype og hvordan du bruger hjemmesiden

Når du opretter et dokument, indtaster du ofte oplysninger om andre personer, fx dine arvinger, en værge eller den person, du udpeger som fremtidsfuldmægtig. Du skal sikre dig, at du har ret til at give os oplysningerne, og vi anbefaler, at du orienterer de pågældende om denne persondatapolitik.

## 3. Formål og retsgrundlag

| Formål | Retsgrundlag |
| Oprettelse og opbevaring af dine dokumenter i din konto | Opfyldelse af aftale, jf. GDPR artikel 6, stk. 1, litra b |
| Behandling af CPR-nummer til tinglysning og registrering | Databeskyttelseslovens § 11, stk. 2 |
| Bogføring og opfyldelse af skattemæssige krav | Retlig forpligtelse, jf. GDPR artikel 6, stk. 1, litra c, og bogføringsloven |
| Kundeservice og håndtering af klager | Vores legitime interesse, jf. GDPR artikel 6, stk. 1, litra f |
| Forebyggelse af misbrug og svindel med betalinger | Vores legitime interesse, jf. GDPR artikel 6, stk. 1, litra f |
| Udsendelse af nyhedsbrev | Dit samtykke, jf. GDPR artikel 6, stk. 1, litra a, og markedsføringslovens § 10 |
| Statistik og forbedring af hjemmesiden | Dit samtykke til cookies og vores legitime interesse |

## 4. Følsomme oplysninger

En fremtidsfuldmagt eller et testamente kan indeholde oplysninger om dit helbred, din religiøse overbevisning, fx ønsker til begravelse, eller andre følsomme oplysninger. Vi behandler kun sådanne oplysninger, når du selv har indtastet dem i dokumentet, og på grundlag af dit udtrykkelige samtykke, jf. GDPR artikel 9, stk. 2, litra a. Du kan til enhver tid tilbagekalde dit samtykke ved at slette oplysningerne fra dokumentet eller kontakte os.

## 5. Advokatgennemgang

Hvis du køber en advokatgennemgang, sender vi dit dokument og de oplysninger, du har givet os, til vores samarbejdspartner Advokatfirmaet Lind & Holm I/S. Advokatfirmaet er selvstændigt dataansvarligt for sin behandling af oplysningerne og er underlagt advokaters tavshedspligt. Advokaten kan kontakte dig direkte, hvis der er behov for at afklare spørgsmål om dit dokument.

## 6. Modtagere og databehandlere

Vi videregiver ikke dine oplysninger til tredjemand til markedsføringsformål. Vi bruger følgende databehandlere, som kun må behandle oplysningerne efter vores instruks:

| Databehandler | Opgave | Placering |
| Google Cloud EMEA Ltd. | database og sikker lagring af dokumenter | Belgien |
| Contentful GmbH | indholdsstyring af hjemmesiden | Tyskland |
| Vercel Inc. | drift af hjemmesiden | EU og USA |
| Stripe Payments Europe Ltd. | betaling med kort, MobilePay og Apple Pay | Irland |
| Intercom R&D Unlimited Company | kundeservice-chat og e-mail | Irland og USA |

## 7. Overførsel til lande uden for EU/EØS

Nogle af vores databehandlere, herunder Vercel og Intercom, kan behandle oplysninger i USA. Overførslen sker på grundlag af EU-Kommissionens standardkontraktbestemmelser. Du kan få en kopi af standardkontraktbestemmelserne ved at kontakte os.

## 8. Hvor længe opbevarer vi dine oplysninger?

| Oplysninger | Opbevaringsperiode |
| Din konto og dine dokumenter | Indtil du sletter din konto. Inaktive konti slettes efter 10 år, og vi giver dig besked forinden |
| Fakturaer og betalingsoplysninger | 5 år fra udgangen af det regnskabsår, de vedrører |
| Korrespondance med kundeservice | 3 år efter sidste henvendelse |
| Logfiler | 12 måneder |

Vi sletter ikke dine dokumenter automatisk, mens du har en konto, fordi et testamente eller en fremtidsfuldmagt ofte skal kunne findes mange år efter, at det er oprettet. Du kan selv downloade og slette dine dokumenter i din konto.

## 9. Sikkerhed

Dine dokumenter og oplysninger krypteres, både når de sendes til os, og når de er lagret. Adgangen til din konto er beskyttet af adgangskode og kan sikres med totrinsbekræftelse. Kun et begrænset antal medarbejdere har adgang til kundedata, og kun når det er nødvendigt for at hjælpe dig. Vi tester løbende sikkerheden på vores platform og har procedurer for håndtering af sikkerhedsbrud, herunder anmeldelse til Datatilsynet inden for 72 timer.

## 10. Dine rettigheder

Du har efter databeskyttelsesforordningen en række rettigheder:

- ret til at få indsigt i de oplysninger, vi behandler om dig
- ret til at få urigtige oplysninger berigtiget
- ret til at få oplysninger slettet
- ret til at få behandlingen begrænset
- ret til dataportabilitet
- ret til at gøre indsigelse mod behandling, der sker på grundlag af vores legitime interesse
- ret til at trække dit samtykke tilbage

Hvis du vil gøre brug af dine rettigheder, skal du skrive til persondata@dokumentia.dk. Du kan også klage til Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, [www.datatilsynet.dk](https://www.datatilsynet.dk).

## 11. Cookies

Vi bruger cookies til at få hjemmesiden til at fungere, til statistik og, hvis du giver samtykke, til markedsføring. Du kan læse mere og ændre dit samtykke i vores [cookiepolitik](/cookiepolitik). Vi bruger Cookie Information A/S til at indhente og dokumentere dit samtykke.

## 12. Ændringer

Vi opdaterer denne persondatapolitik, når vores behandling af personoplysninger ændrer sig. Ved væsentlige ændringer giver vi dig besked på e-mail."""

EDITS = [
    {"note": "list item reworded: 'dine børn, herunder særbørn,' (date not bumped)",
     "bump": False,
     "repl": [("oplysninger om din ægtefælle eller samlever, dine børn, særbørn og andre arvinger",
               "oplysninger om din ægtefælle eller samlever, dine børn, herunder særbørn, og andre arvinger")]},
    {"note": "processor added to the table: Penneo A/S (signing with MitID)",
     "repl": [("| Stripe Payments Europe Ltd. | betaling med kort, MobilePay og Apple Pay | Irland |",
               "| Stripe Payments Europe Ltd. | betaling med kort, MobilePay og Apple Pay | Irland |\n"
               "| Penneo A/S | digital underskrift med MitID | Danmark |")]},
    {"note": "transfers to the USA now under the EU-U.S. Data Privacy Framework",
     "repl": [("Overførslen sker på grundlag af EU-Kommissionens standardkontraktbestemmelser. Du kan få en kopi af "
               "standardkontraktbestemmelserne ved at kontakte os.",
               "Vercel og Intercom er certificeret under EU-U.S. Data Privacy Framework, og overførslen sker på "
               "grundlag af EU-Kommissionens tilstrækkelighedsafgørelse af 10. juli 2023. For øvrige overførsler "
               "anvender vi EU-Kommissionens standardkontraktbestemmelser.")]},
    {"note": "section added: registration of prenuptial agreements and lasting powers of attorney",
     "repl": [("## 6. Modtagere og databehandlere",
               "### Tinglysning og registrering\n\n"
               "Når du beder os om at tinglyse en ægtepagt eller hjælpe med at registrere en fremtidsfuldmagt, "
               "sender vi dokumentet og dit CPR-nummer til Tinglysningsretten via den digitale tinglysning. "
               "Fremtidsfuldmagter skal du selv underskrive med MitID i Fremtidsfuldmagtsregistret, hvorefter "
               "Familieretshuset sender dem til notarialbekræftelse.\n\n"
               "## 6. Modtagere og databehandlere")]},
    {"note": "retention of log files shortened from 12 to 6 months",
     "repl": [("| Logfiler | 12 måneder |", "| Logfiler | 6 måneder |")]},
    {"note": "the company moved: new address of the controller",
     "repl": [("@ Store Kongensgade 40, 2. sal\n@ 1264 København K", "@ Strandvejen 60, 5. sal\n@ 2900 Hellerup")]},
]

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["cf"] = (C.hexs(rng, 16), C.b64tok(rng, 20))
    months = (when.year - 2022) * 12 + when.month

    def deploy():
        return {"build": C.uuid4(rng), "entry": C.alnum(rng, 8, B64), "css": C.alnum(rng, 8, B64),
                "chunks": [C.alnum(rng, 8, B64) for _ in range(4)],
                "dv": C.hexs(rng, 8) if (not prev.get("deploy") or rng.random() < 0.35) else prev["deploy"]["dv"],
                "tp": ("4,%d" % (7 if months < 28 else 8), 3100 + months * 97 + rng.randint(0, 40))}
    s["deploy"] = C.keep_or(rng, prev.get("deploy"), 0.3, deploy)
    d = when.date()
    if d.month == 11 and d.day >= 20:
        s["banner"] = "Black Week: 30 % rabat på testamente og ægtepagt frem til søndag"
    elif d.month == 1:
        s["banner"] = "Nyt år, styr på papirerne: fremtidsfuldmagt til 795 kr. i januar"
    else:
        s["banner"] = ""
    s["republish"] = C.keep_or(rng, prev.get("republish"), 0.06, lambda: (prev.get("republish") or 0) + 1)
    return s


LABELS = {"cf": "Cloudflare challenge-platform beacon r/t (per request)",
          "deploy": "Nuxt deploy: buildId, /_nuxt/ hashes, data-v ids, Trustpilot figures",
          "banner": "seasonal campaign banner", "republish": "Contentful entry republished without text changes",
          "entry": "Contentful sys.revision / updatedAt in __NUXT_DATA__"}

_REV = {"blocks": None, "rev": 0, "at": None}


def rich(blocks):
    out = []
    for kind, v in blocks:
        if kind == "table":
            out.append("<table><tbody>%s</tbody></table>" % "".join(
                "<tr>%s</tr>" % "".join(("<th><p>%s</p></th>" if n == 0 else "<td><p>%s</p></td>") % C.inline_html(x)
                                       for x in r) for n, r in enumerate(v)))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br/>".join(C.inline_html(x) for x in v))
        elif kind == "ul":
            out.append("<ul>%s</ul>" % "".join("<li><p>%s</p></li>" % C.inline_html(x) for x in v))
        else:
            out.append(C.block_html((kind, v)))
    return "".join(out)


def render(state, blocks, when):
    dep = state["deploy"]
    dv = dep["dv"]
    key = (repr(blocks), state["republish"])  # a publish: the text changed or the entry was republished
    if _REV["blocks"] != key:
        _REV["rev"] = _REV["rev"] + 1 if _REV["blocks"] is not None else 14
        _REV["at"] = when - dt.timedelta(hours=3, minutes=17)
        _REV["blocks"] = key
    state["entry"] = (_REV["rev"], C.iso(_REV["at"]))
    head, secs = C.split_sections(blocks)
    H = []
    H.append('<!DOCTYPE html>\n<html lang="da" data-capo=""><head><meta charset="utf-8">\n<meta name="viewport" content='
             '"width=device-width, initial-scale=1">\n<title>Persondatapolitik | Dokumentia</title>\n')
    H.append('<link rel="stylesheet" href="/_nuxt/entry.%s.css">\n<link rel="stylesheet" href="/_nuxt/LegalPage.%s.css">'
             '\n<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%s.js">\n' % (dep["css"], dep["chunks"][3],
                                                                                      dep["entry"]))
    for c in dep["chunks"][:3]:
        H.append('<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%s.js">\n' % c)
    H.append('<link rel="prefetch" as="image" type="image/svg+xml" href="/_nuxt/logo.Bk3q9xZa.svg">\n<script type="module"'
             ' src="/_nuxt/%s.js" crossorigin></script>\n<script id="CookieConsent" src="https://policy.app.cookieinformation'
             '.com/uc.js" data-culture="DA" data-gcm-version="2.0" type="text/javascript"></script>\n<meta name="description"'
             ' content="Læs hvordan Dokumentia behandler dine personoplysninger, når du opretter testamente, ægtepagt eller '
             'fremtidsfuldmagt.">\n<link rel="canonical" href="https://www.dokumentia.dk/persondatapolitik">\n<meta property='
             '"og:title" content="Persondatapolitik | Dokumentia"></head><body><div id="__nuxt"><div class="layout" '
             'data-v-1f9c3a77>' % dep["entry"])
    if state["banner"]:
        H.append('<div class="campaign-banner" data-v-1f9c3a77><p data-v-1f9c3a77>%s</p><a href="/kampagne" '
                 'data-v-1f9c3a77>Se tilbuddet</a></div>' % html.escape(state["banner"]))
    H.append('<header class="site-header" data-v-1f9c3a77 data-v-0b7e2d41><div class="container" data-v-0b7e2d41><a href="/" '
             'class="site-header__logo router-link-active" aria-label="Dokumentia forside" data-v-0b7e2d41><img src="/_nuxt/'
             'logo.Bk3q9xZa.svg" alt="Dokumentia" width="160" height="32" data-v-0b7e2d41></a><nav class="site-header__nav" '
             'data-v-0b7e2d41>')
    for href, t in (("/testamente", "Testamente"), ("/aegtepagt", "Ægtepagt"), ("/fremtidsfuldmagt", "Fremtidsfuldmagt"),
                    ("/samejeoverenskomst", "Samejeoverenskomst"), ("/priser", "Priser"), ("/hjaelp", "Hjælp")):
        H.append('<a href="%s" class="" data-v-0b7e2d41>%s</a>' % (href, t))
    score, count = dep["tp"]
    H.append('</nav><div class="site-header__trust" data-v-0b7e2d41><span class="tp-stars" data-v-0b7e2d41></span><span '
             'data-v-0b7e2d41>Fremragende %s ud af 5 på Trustpilot</span><span class="tp-count" data-v-0b7e2d41>%s '
             'anmeldelser</span></div><a href="/log-ind" class="btn btn--ghost" data-v-0b7e2d41>Log ind</a></div></header>'
             % (score, "{:,}".format(count).replace(",", ".")))
    H.append('<main class="main" data-v-1f9c3a77><article class="legal-page" data-v-%s><header class="legal-page__header" '
             'data-v-%s><h1 data-v-%s>%s</h1><p class="legal-page__updated" data-v-%s>%s</p></header><div class="legal-'
             'page__intro rich-text" data-v-%s>%s</div><div class="accordion" data-v-%s>'
             % (dv, dv, dv, C.inline_html(head[0][1]), dv, C.inline_html(head[1][1]), dv, rich(head[2:]), dv))
    for n, (title, sb) in enumerate(secs):
        H.append('<details class="accordion__item" data-v-%s><summary class="accordion__summary" data-v-%s><h2 class="'
                 'accordion__title" data-v-%s>%s</h2><span class="accordion__icon" aria-hidden="true" data-v-%s></span>'
                 '</summary><div class="accordion__content rich-text" data-v-%s>%s</div></details>'
                 % (dv, dv, dv, C.inline_html(title), dv, dv, rich(sb)))
    H.append('</div></article></main>')
    H.append('<footer class="site-footer" data-v-1f9c3a77 data-v-6d2a9e10><div class="container" data-v-6d2a9e10><p '
             'data-v-6d2a9e10>Dokumentia ApS · CVR-nr. 41 23 45 67</p><nav data-v-6d2a9e10><a href="/handelsbetingelser" '
             'data-v-6d2a9e10>Handelsbetingelser</a><a href="/persondatapolitik" aria-current="page" class="router-link-'
             'active router-link-exact-active" data-v-6d2a9e10>Persondatapolitik</a><a href="/cookiepolitik" '
             'data-v-6d2a9e10>Cookiepolitik</a><a href="/om-os" data-v-6d2a9e10>Om os</a></nav></div></footer></div></div>'
             '<div id="teleports"></div>')
    rev, at = state["entry"]
    payload = [["ShallowReactive", 1], {"data": 2, "state": 9, "once": 11, "_errors": 12, "serverRendered": 13,
                                        "path": 14}, ["ShallowReactive", 3], {"legal-persondatapolitik": 4},
               {"sys": 5, "fields": 7}, {"id": "5Qm1xK9vR2pT7bYcD3hE8w", "revision": rev, "updatedAt": at,
                                         "contentType": 6}, "legalPage",
               {"title": blocks[0][1], "updatedLabel": blocks[1][1], "body": 8},
               rich(blocks[2:]), ["Reactive", 10], {}, ["Set"], ["ShallowReactive", 10], True, "/persondatapolitik"]
    H.append('<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">%s</script>\n'
             % json.dumps(payload, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/"))
    H.append('<script>window.__NUXT__={};window.__NUXT__.config={public:{contentfulSpace:"k8x2m4p1q9zr",contentfulEnv:'
             '"master",trustpilotBusinessUnit:"5e9a1c7d3b2f4a0018c6e4d2"},app:{baseURL:"/",buildId:"%s",buildAssetsDir:'
             '"/_nuxt/",cdnURL:""}}</script>' % dep["build"])
    cfr, cft = state["cf"]
    H.append('<script>(function(){function c(){var b=a.contentDocument||a.contentWindow.document;if(b){var d=b.'
             'createElement(\'script\');d.innerHTML="window.__CF$cv$params={r:\'%s\',t:\'%s\'};var a=document.'
             'createElement(\'script\');a.nonce=\'\';a.src=\'/cdn-cgi/challenge-platform/scripts/jsd/main.js\';document.'
             'getElementsByTagName(\'head\')[0].appendChild(a);";b.getElementsByTagName(\'head\')[0].appendChild(d)}}if('
             'document.body){var a=document.createElement(\'iframe\');a.height=1;a.width=1;a.style.position=\'absolute\';'
             'a.style.top=0;a.style.left=0;a.style.border=\'none\';a.style.visibility=\'hidden\';document.body.'
             'appendChild(a);if(\'loading\'!==document.readyState)c();else if(window.addEventListener)document.'
             'addEventListener(\'DOMContentLoaded\',c);else{var e=document.onreadystatechange||function(){};document.'
             'onreadystatechange=function(b){e(b);\'loading\'!==document.readyState&&(document.onreadystatechange=e,c())}}}'
             '})();</script></body></html>' % (cfr, cft))
    return "".join(H)


PAGE = {
    "service": "Dokumentia",
    "url": "https://www.dokumentia.dk/persondatapolitik",
    "lang": "da",
    "platform": "Nuxt 3 SSR with Contentful, Cloudflare, Cookie Information",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("Cache-Control", "public, max-age=0, must-revalidate"),
                      ("X-Vercel-Cache", "MISS")),
    "n": 32,
    "start": dt.date(2022, 6, 1),
    "end": dt.date(2025, 8, 31),
    "policy": POLICY,
    "first_updated": dt.date(2022, 3, 21),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.dokumentia.dk/persondatapolitik", "select": "article.legal-page"},
}
