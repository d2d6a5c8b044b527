"""Trille (e-scooter and e-bike share) - nb-NO - Webflow.

A static Webflow site republished for every marketing change: the "Last Published" comment and the css/js
fingerprints change at each publish, the CMS news list (English-only Webflow date format) rotates, the assets move
from assets-global.website-files.com to cdn.prod.website-files.com in 2024. The policy is a w-richtext block (with a
w-embed "Endre samtykke" button inside it); the cookie section's sub-sections are Webflow interaction accordions
(collapsed: style="height:0px"), and an app-download box with fleet statistics sits inside the same container."""
import datetime as dt
import common as C

URL = "https://www.trille.no/personvern"
MND = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
       "desember"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MND[d.month - 1], d.year)


POLICY = """
# Personvernerklæring

Sist oppdatert: {UPDATED}

Trille Mobilitet AS («Trille», «vi») leier ut elsparkesykler og elsykler via Trille-appen i norske byer. Denne erklæringen forklarer hvilke personopplysninger vi behandler når du bruker appen og nettsiden vår, og hvilke rettigheter du har.

## 1. Behandlingsansvarlig

Trille Mobilitet AS, org.nr. 923 456 789, Torggata 5, 0181 Oslo, er behandlingsansvarlig for personopplysningene som beskrives her.

## 2. Hvilke opplysninger vi samler inn

- Kontaktinformasjon: navn, telefonnummer og e-postadresse.
- Turdata: start- og sluttposisjon, rute, tidspunkt og varighet for hver tur.
- Betalingsinformasjon: betalingsmåte og kvitteringer. Kortnummeret ditt lagres hos betalingsleverandøren, ikke hos oss.
- Aldersbekreftelse: fødselsdato, som vi bekrefter via BankID for å sikre at du er over 18 år.

## 3. Hvorfor vi behandler opplysningene

Vi bruker opplysningene for å låse opp kjøretøy, beregne pris, ta betalt, håndtere bøter og skader, og for å overholde kommunenes krav til rapportering av parkering og bruk.

## 4. Databehandlere

Vi bruker følgende databehandlere:

- Adyen N.V. (betaling)
- Amazon Web Services EMEA SARL (drift, datasenter i Stockholm)
- Intercom R&D Unlimited Company (kundeservice)

## 5. Lagring og sletting

Turhistorikk lagres i 36 måneder etter turen. Kvitteringer lagres i fem år etter bokføringsloven. Når du sletter kontoen din, sletter vi øvrige opplysninger innen 30 dager.

## 6. Dine rettigheter

Du har rett til innsyn, retting, sletting, begrensning, dataportabilitet og til å protestere mot behandlingen. Send en e-post til [personvern@trille.no](mailto:personvern@trille.no). Du kan også klage til [Datatilsynet](https://www.datatilsynet.no).

## 7. Informasjonskapsler

Nettsiden vår bruker informasjonskapsler. Du kan når som helst endre samtykket ditt.

### Nødvendige informasjonskapsler

Disse er nødvendige for at nettsiden skal fungere, for eksempel for å huske valget ditt om informasjonskapsler. De lagres i inntil 12 måneder.

### Analyse

Vi bruker Google Analytics 4 med anonymiserte IP-adresser for å forstå hvordan nettsiden brukes. Opplysningene lagres i 14 måneder.

### Markedsføring

Med ditt samtykke bruker vi Meta-pikselen for å måle effekten av annonser. Opplysningene lagres i inntil 90 dager.
"""

EDITS = [
    {"note": "processors list: Vipps MobilePay AS added",
     "repl": [("- Adyen N.V. (betaling)", "- Adyen N.V. (betaling)\n- Vipps MobilePay AS (betaling med Vipps)")]},
    {"note": "trip-history retention 36 -> 12 months",
     "repl": [("Turhistorikk lagres i 36 måneder etter turen.", "Turhistorikk lagres i 12 måneder etter turen.")]},
    {"note": "edit inside the collapsed 'Analyse' accordion: analytics retention 14 -> 2 months (date not bumped)", "bump": False,
     "repl": [("Opplysningene lagres i 14 måneder.", "Opplysningene lagres i 2 måneder.")]},
    {"note": "new section 7 'Parkeringsbilder' (end-of-ride photos) inserted before the cookie section (renumbered to 8)",
     "repl": [("## 7. Informasjonskapsler",
               "## 7. Parkeringsbilder\n\nNår du avslutter en tur, ber vi deg ta et bilde av kjøretøyet for å dokumentere at det er parkert riktig. Bildene lagres i 30 dager og brukes bare ved klager eller krav fra kommunen. Unngå å ta med personer på bildet.\n\n## 8. Informasjonskapsler")]},
    {"note": "contact changed: requests now go to the data protection officer at personvernombud@trille.no",
     "repl": [("Send en e-post til [personvern@trille.no](mailto:personvern@trille.no).",
               "Send en e-post til vårt personvernombud på [personvernombud@trille.no](mailto:personvernombud@trille.no).")]},
]

NEWS = [("Trille lanserer elsykler i Bergen", "trille-lanserer-elsykler-i-bergen"),
        ("Nye parkeringssoner i Oslo sentrum", "nye-parkeringssoner-i-oslo-sentrum"),
        ("Vinterdekk på alle sparkesykler fra 1. november", "vinterdekk-pa-alle-sparkesykler"),
        ("Trille-pass: fri oppstart hele måneden", "trille-pass-fri-oppstart"),
        ("Nå kan du betale med Vipps", "na-kan-du-betale-med-vipps"),
        ("Trille åpner i Trondheim og Stavanger", "trille-apner-i-trondheim-og-stavanger"),
        ("Slik parkerer du riktig", "slik-parkerer-du-riktig")]
SITE = "63a2f1c9b7e84d0012ab34cd"
CDN_MOVE = dt.datetime(2024, 7, 1)
WDAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    pub = when - dt.timedelta(minutes=rng.randint(30, 60 * 24 * 9))
    s["publish"] = (pub, C.hexs(rng, 9), C.hexs(rng, 8))
    s["news"] = C.keep_or(rng, prev.get("news"), 0.5,
                          lambda: tuple((k, (when - dt.timedelta(days=rng.randint(2, 120))).date()) for k in sorted(rng.sample(range(len(NEWS)), 3))))
    s["fleet"] = C.keep_or(rng, prev.get("fleet"), 0.4, lambda: (rng.choice([2500, 3000, 3500, 4000, 4500, 5000]), rng.randint(6, 14)))
    s["price"] = C.keep_or(rng, prev.get("price"), 0.2, lambda: (rng.choice([0, 10, 10, 15]), rng.choice(["2,50", "3", "3,50", "3,90"])))
    s["cdn"] = "cdn.prod.website-files.com" if when >= CDN_MOVE else "assets-global.website-files.com"
    return s


LABELS = {
    "publish": "site republished: 'Last Published' comment, css/js fingerprints",
    "news": "CMS collection list of news items (w-dyn-items) rotated",
    "fleet": "fleet statistics in the app box inside the policy container",
    "price": "price strip in the navbar",
    "cdn": "assets host moved to cdn.prod.website-files.com",
}


def _faq(title, blocks, k):
    return ('<div class="faq-item"><div data-w-id="9c1b7e42-5d3a-0f6e-8b21-%012x" class="faq-question">'
            '<h3 class="faq-heading">%s</h3><img src="CDN/%s/63a2f1c9b7e84d0012ab35aa_chevron-down.svg" loading="lazy" alt="" class="faq-icon"/></div>'
            '<div style="height:0px" class="faq-answer"><div class="faq-answer-text w-richtext">%s</div></div></div>'
            % (0x4a5b00 + k, C.inline_html(title), SITE, C.blocks_html(blocks, sep="")))


def render(s, blocks, when):
    pub, cssh, jsh = s["publish"]
    cdn = "https://" + s["cdn"]
    h1 = blocks[0]
    out, run, faq, k = [], [], None, 0
    for b in blocks[1:]:
        if b[0] == "h3":
            if run:
                out.append(("rt", run))
                run = []
            faq = [b[1], []]
            out.append(("faq", faq))
        elif faq is not None and b[0] not in ("h2",):
            faq[1].append(b)
        else:
            faq = None
            run.append(b)
    if run:
        out.append(("rt", run))
    parts = []
    last_rt = max(n for n, (kind, _) in enumerate(out) if kind == "rt" and any(b[0] == "h2" and "Informasjonskapsler" in b[1] for b in _))
    for n, (kind, v) in enumerate(out):
        if kind == "rt":
            embed = ('<div class="w-embed"><button fs-cc="open-preferences" class="fs-cc-manager_button">Endre samtykke</button></div>'
                     if n == last_rt else "")
            parts.append('<div class="legal-richtext w-richtext">%s%s</div>' % (C.blocks_html(v, sep=""), embed))
        else:
            parts.append(_faq(v[0], v[1], k))
            k += 1
    body = "".join(parts).replace("CDN/", cdn + "/")
    fleet, cities = s["fleet"]
    start, perm = s["price"]
    news = "".join('<div role="listitem" class="news-item w-dyn-item"><a href="/nyheter/%s" class="news-link w-inline-block">'
                   '<div class="news-date">%s %d, %d</div><h3 class="news-title">%s</h3></a></div>'
                   % (NEWS[j][1], MON[d.month - 1], d.day, d.year, NEWS[j][0]) for j, d in s["news"])
    stamp = "%s %s %02d %d %s GMT+0000 (Coordinated Universal Time)" % (WDAY[pub.weekday()], MON[pub.month - 1][:3], pub.day, pub.year, pub.strftime("%H:%M:%S"))
    css = ("%s/%s/css/trille.webflow.%s.css" % (cdn, SITE, cssh) if s["cdn"].startswith("assets")
           else "%s/%s/css/trille.webflow.shared.%s.min.css" % (cdn, SITE, cssh))
    return ('<!DOCTYPE html><!-- Last Published: %s --><html data-wf-domain="www.trille.no" data-wf-page="63f4a1d27c9e5b3318e0c7f2" '
            'data-wf-site="%s" lang="nb"><head><meta charset="utf-8"/><title>Personvernerklæring | Trille</title>'
            '<meta content="Slik behandler Trille personopplysningene dine." name="description"/>'
            '<meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/>'
            '<link href="%s" rel="stylesheet" type="text/css"/>'
            '<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>'
            '<link href="%s/%s/63a2f1c9b7e84d0012ab3501_favicon.png" rel="shortcut icon" type="image/x-icon"/>'
            '<script async="" src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>'
            '<body><div class="price-strip"><div>Oppstart %d kr · %s kr/min · <a href="/priser">Se Trille-pass</a></div></div>'
            '<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">'
            '<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img src="%s/%s/63a2f1c9b7e84d0012ab3502_trille-logo.svg" loading="lazy" alt="Trille"/></a>'
            '<nav role="navigation" class="nav-menu w-nav-menu"><a href="/slik-fungerer-det" class="nav-link w-nav-link">Slik fungerer det</a>'
            '<a href="/priser" class="nav-link w-nav-link">Priser</a><a href="/byer" class="nav-link w-nav-link">Byer</a>'
            '<a href="/bedrift" class="nav-link w-nav-link">Trille Bedrift</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>'
            '<section class="section-legal"><div class="container-legal w-container"><h1 class="heading-legal">%s</h1>%s'
            '<div class="legal-app-cta"><h4>Last ned Trille-appen</h4><p>Over %s sparkesykler og elsykler i %d byer.</p>'
            '<a href="https://apps.apple.com/no/app/trille/id1581234567" class="w-inline-block"><img src="%s/%s/63a2f1c9b7e84d0012ab3510_app-store.svg" alt="App Store"/></a>'
            '<a href="https://play.google.com/store/apps/details?id=no.trille.app" class="w-inline-block"><img src="%s/%s/63a2f1c9b7e84d0012ab3511_google-play.svg" alt="Google Play"/></a></div>'
            '</div></section>'
            '<section class="section-news"><div class="container w-container"><h2 class="heading-news">Siste nytt</h2>'
            '<div class="w-dyn-list"><div role="list" class="news-list w-dyn-items">%s</div></div></div></section>'
            '<footer class="footer"><div class="footer-container w-container"><div>Trille Mobilitet AS · Org.nr. 923 456 789</div>'
            '<a href="/vilkar" class="footer-link">Vilkår</a><a href="/personvern" aria-current="page" class="footer-link w--current">Personvern</a>'
            '<a href="/presse" class="footer-link">Presse</a></div></footer>'
            '<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_text">Vi bruker informasjonskapsler for å forbedre nettsiden. '
            '<a href="/personvern" class="fs-cc-banner_text-link">Les mer</a></div><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Godta</a>'
            '<a fs-cc="deny" href="#" class="fs-cc-banner_button is-secondary w-button">Avslå</a></div>'
            '<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=%s" type="text/javascript" '
            'integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>'
            '<script src="%s/%s/js/webflow.%s.js" type="text/javascript"></script></body></html>'
            % (stamp, SITE, css, cdn, SITE, start, perm, cdn, SITE, C.inline_html(h1[1]), body,
               "{:,}".format(fleet).replace(",", "\u00a0"), cities, cdn, SITE, cdn, SITE, news, SITE, cdn, SITE, jsh))


PAGE = {
    "service": "Trille", "url": URL, "lang": "nb-NO", "platform": "Webflow",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-Lambda-Id", "3f1e5b0a-0c2d-4e8f-9a7b-6c5d4e3f2a1b"),
                      ("Surrogate-Key", "63a2f1c9b7e84d0012ab34cd 63f4a1d27c9e5b3318e0c7f2")),
    "n": 28, "start": dt.date(2021, 5, 10), "end": dt.date(2026, 7, 1), "hours": (4, 10, 16, 22),
    "policy": POLICY, "first_updated": dt.date(2021, 3, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".container-legal"], "remove": [".w-embed", ".legal-app-cta", ".faq-icon"]},
}
