"""Gullhuset (Norwegian chain of jewellers and watch shops, 30+ stores and a web shop), a custom Optimizely CMS 12
+ Commerce site (ASP.NET Core, Razor views with BEM class names), Cookiebot. The policy is an ArticlePage: title,
the XhtmlString body, then the page's content area INSIDE the same `<article>`: a CustomerServiceBlock whose status
line follows the opening hours (open now with the chat's average answer time / closed, opens again at...) and a
seasonal CampaignTeaserBlock; the declaration removes both. Around it: the newsletter form's ASP.NET Core
antiforgery token (per request), deploy hashes of the webpack bundles, and for a few months of 2024 an A/B test of
the USP bar (Optimizely Feature Experimentation, variation drawn per visit)."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import jwkit as K  # noqa: E402

POLICY = """
# Personvernerklæring

Sist oppdatert: {UPDATED}

Gullhuset AS ("Gullhuset", "vi") er behandlingsansvarlig for personopplysningene vi behandler om deg som kunde i butikkene våre og i nettbutikken på gullhuset.no. Her forklarer vi hvilke opplysninger vi samler inn, hvorfor vi gjør det, hvem vi deler dem med, hvor lenge vi lagrer dem og hvilke rettigheter du har etter personopplysningsloven og personvernforordningen (GDPR).

## Behandlingsansvarlig

@ Gullhuset AS
@ Org.nr. 912 345 678
@ Karl Johans gate 16, 0154 Oslo
@ E-post: [personvern@gullhuset.no](mailto:personvern@gullhuset.no), telefon 22 00 45 45

## Hvilke personopplysninger behandler vi?

- Kontaktopplysninger: navn, adresse, e-postadresse og telefonnummer.
- Kjøpshistorikk: varer du har kjøpt i butikk og på nett, ringstørrelse og graveringstekst.
- Betalingsopplysninger: betalingsmåte og transaksjonsreferanse. Vi lagrer ikke kortnummeret ditt.
- Verkstedoppdrag: beskrivelse av smykket eller klokken, skaden, prisen og når oppdraget er hentet.
- Opplysninger om bruk av nettstedet: IP-adresse, enhet, nettleser og informasjonskapsler.

Vi behandler ikke sensitive oplysninger om deg, og vi selger aldri personopplysninger til andre.

## Formål, behandlingsgrunnlag og lagringstid

| Formål | Behandlingsgrunnlag | Lagringstid |
| Gjennomføre kjøp og levering | Avtale (GDPR art. 6 nr. 1 bokstav b) | 5 år etter kjøpet, jf. bokføringsloven |
| Reklamasjon og garanti | Avtale og rettslig forpliktelse (forbrukerkjøpsloven) | 5 år etter kjøpet |
| Verkstedoppdrag: reparasjon, gravering og endring av ringstørrelse | Avtale | 2 år etter at oppdraget er hentet |
| Kundeklubben Gullhuset Venner | Avtale (medlemsvilkårene) | Til du melder deg ut, eller 3 år etter siste kjøp |
| Nyhetsbrev og tilpasset markedsføring | Samtykke | Til du trekker samtykket |
| Kameraovervåking i butikk | Berettiget interesse (forebygge og oppklare tyveri og ran) | 7 dager |

## Hvem deler vi opplysninger med?

Vi bruker leverandører som behandler personopplysninger på våre vegne (databehandlere). De har inngått databehandleravtale med oss og kan bare bruke opplysningene til å levere tjenesten til oss.

| Leverandør | Formål |
| Posten Norge AS (Bring) | Levering av pakker |
| Klarna Bank AB | Faktura og delbetaling |
| Vipps AS | Betaling med Vipps |
| Nets Branch Norway (Nexi) | Kortbetaling i butikk og på nett |
| Voyado AB | Kundeklubb, nyhetsbrev og kundeservice |
| Microsoft Ireland Operations Ltd. | Drift av nettbutikk og systemer (Azure) |
| Google Ireland Ltd. | Analyse av bruken av nettstedet |

Vi bruker også Meta Custom Audiences til å vise annonser til eksisterende kunder på Facebook og Instagram. Dette skjer bare hvis du har samtykket til markedsføringskapsler.

## Overføring til land utenfor EU/EØS

Enkelte av leverandørene våre kan behandle opplysninger i land utenfor EU/EØS, blant annet USA. Overføringen skjer da på grunnlag av EU-kommisjonens standard personvernbestemmelser eller EU–U.S. Data Privacy Framework.

## Dine rettigheter

Du har rett til innsyn i opplysningene vi har om deg, og til å be om retting, sletting eller begrenset behandling. Du kan protestere mot behandling som bygger på berettiget interesse, og du kan be om å få utlevert opplysningene dine (dataportabilitet). Samtykker kan trekkes tilbake når som helst. Vi svarer på henvendelsen din innen 30 dager.

Mener du at vi behandler opplysningene dine i strid med regelverket, kan du klage til Datatilsynet, Postboks 458 Sentrum, 0105 Oslo, [datatilsynet.no](https://www.datatilsynet.no).

## Informasjonskapsler

Vi bruker informasjonskapsler (cookies) for at nettbutikken skal fungere, for å måle bruken av nettstedet og, dersom du samtykker, for markedsføring. Du kan når som helst endre samtykket ditt via lenken «Innstillinger for informasjonskapsler» nederst på siden.
"""

EDITS = [
    {"note": "processor renamed: Vipps AS -> Vipps MobilePay AS",
     "repl": [("| Vipps AS | Betaling med Vipps |", "| Vipps MobilePay AS | Betaling med Vipps |")]},
    {"note": "typo fixed (oplysninger), date unchanged", "bump": False,
     "repl": [("behandler ikke sensitive oplysninger", "behandler ikke sensitive opplysninger")]},
    {"note": "table row added: Helthjem parcel delivery",
     "repl": [("| Posten Norge AS (Bring) | Levering av pakker |",
               "| Posten Norge AS (Bring) | Levering av pakker |\n"
               "| Helthjem Netthandel AS | Levering av pakker på døren og i pakkeautomater |")]},
    {"note": "paragraph removed: Meta Custom Audiences",
     "repl": [("\n\nVi bruker også Meta Custom Audiences til å vise annonser til eksisterende kunder på Facebook og "
               "Instagram. Dette skjer bare hvis du har samtykket til markedsføringskapsler.", "")]},
    {"note": "loyalty-club retention shortened from 3 to 2 years after the last purchase",
     "repl": [("eller 3 år etter siste kjøp", "eller 2 år etter siste kjøp")]},
    {"note": "privacy phone number changed",
     "repl": [("telefon 22 00 45 45", "telefon 21 09 45 45")]},
]

AB_TEST = (dt.date(2024, 5, 6), dt.date(2024, 9, 2))


def fmt_date(d):
    return "%d. %s %d" % (d.day, K.MONTHS["nb"][d.month - 1], d.year)


def _teaser(loc):
    d = loc.date()
    y = d.year

    def nth_sunday(m, n):
        x = dt.date(y, m, 1)
        while x.weekday() != 6:
            x += dt.timedelta(days=1)
        return x + dt.timedelta(days=7 * (n - 1))

    if nth_sunday(2, 2) - dt.timedelta(days=12) <= d <= nth_sunday(2, 2):
        return ("morsdag", "/kampanje/morsdag/", "Morsdag søndag – smykker hun vil bruke hver dag", "Se gavetips")
    if dt.date(y, 2, 1) <= d <= dt.date(y, 2, 14):
        return ("valentin", "/kampanje/valentinsdag/", "Valentinsdag: hjerter i gull og sølv", "Se kolleksjonen")
    if dt.date(y, 3, 10) <= d <= dt.date(y, 6, 2):
        return ("konfirmasjon", "/kampanje/konfirmasjon/", "Konfirmasjonsgaver med gratis gravering", "Finn konfirmasjonsgaven")
    if nth_sunday(11, 2) - dt.timedelta(days=12) <= d <= nth_sunday(11, 2):
        return ("farsdag", "/kampanje/farsdag/", "Farsdag: klokker han kommer til å elske", "Se klokkene")
    if dt.date(y, 11, 18) <= d <= dt.date(y, 12, 2):
        return ("black-week", "/kampanje/black-week/", "Black Week: opptil 40 % på utvalgte smykker", "Handle nå")
    if d >= dt.date(y, 12, 3) or d <= dt.date(y, 1, 6):
        return ("jul", "/kampanje/julegaver/", "Julegaver fra Gullhuset – åpent kjøp til 15. januar", "Se julegavene")
    return ("forlovelse", "/forlovelsesringer/radgivning/", "Skal dere forlove dere? Book en gratis ringrådgivning", "Book time")


def _service(rng, loc):
    wd, hm = loc.weekday(), (loc.hour, loc.minute)
    if (wd < 5 and (9, 0) <= hm < (17, 0)) or (wd == 5 and (10, 0) <= hm < (15, 0)):
        return ("open", rng.choice([2, 3, 3, 4, 4, 5, 6, 8, 11]))
    if wd < 4 and hm < (9, 0):
        nxt = "i dag kl. 09.00"
    elif wd < 4:
        nxt = "i morgen kl. 09.00"
    elif wd == 4 and hm >= (17, 0):
        nxt = "lørdag kl. 10.00"
    elif wd == 5 and hm < (10, 0):
        nxt = "i dag kl. 10.00"
    elif wd == 6:
        nxt = "i morgen kl. 09.00"
    else:
        nxt = "mandag kl. 09.00"
    return ("closed", nxt)


def noise(rng, when, i, prev):
    p = prev or {}
    loc = K.local(when, "cet")
    in_test = AB_TEST[0] <= loc.date() <= AB_TEST[1]
    return {
        "antiforgery": "CfDJ8" + C.b64tok(rng, 118).replace("+", "-").replace("/", "_").rstrip("="),
        "bundles": C.keep_or(rng, p.get("bundles"), 0.2, lambda: (C.hexs(rng, 8), C.hexs(rng, 8), C.hexs(rng, 8))),
        "service": _service(rng, loc),
        "teaser": _teaser(loc),
        "ab": rng.choice(["a", "b"]) if in_test else None,
    }


LABELS = {
    "antiforgery": "ASP.NET Core antiforgery token in the footer newsletter form (per request)",
    "bundles": "webpack bundle hashes of main.css / main.js / vendor.js (deploys)",
    "service": "CustomerServiceBlock status line inside the article's content area (open + chat wait / closed)",
    "teaser": "CampaignTeaserBlock inside the article's content area (seasonal campaign)",
    "ab": "USP bar A/B test variation (Optimizely Feature Experimentation, May-September 2024)",
}


def _body(blocks):
    def table(rows, inl):
        head = "".join('<th scope="col">%s</th>' % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return '<div class="rich-text__table"><table><thead><tr>%s</tr></thead><tbody>%s</tbody></table></div>' % (head, body)

    return K.render_blocks(blocks, table=table, sep="\n",
                           addr=lambda lines, inl: "<p>%s</p>" % "<br />".join(inl(x) for x in lines))


def render(state, blocks, when):
    title, rest = K.title_and_rest(blocks)
    css, js, vendor = state["bundles"]
    new_phone = any("21 09 45 45" in str(v) for _, v in blocks)
    phone, tel = ("21 09 45 45", "+4721094545") if new_phone else ("22 00 45 45", "+4722004545")
    st = state["service"]
    if st[0] == "open":
        status = ('<p class="customer-service-block__status customer-service-block__status--open">Kundeservice er åpen nå '
                  '– gjennomsnittlig svartid i chat er %d minutter</p>' % st[1])
    else:
        status = ('<p class="customer-service-block__status customer-service-block__status--closed">Kundeservice er '
                  'stengt nå. Vi åpner igjen %s.</p>' % st[1])
    tkey, turl, thead, tcta = state["teaser"]
    ab = state["ab"]
    if ab == "b":
        usp = ["Fri frakt og retur", "Gratis gravering", "100 dagers åpent kjøp", "Klikk og hent i 30+ butikker"]
    else:
        usp = ["Fri frakt over 499,-", "Gratis gravering", "100 dagers åpent kjøp", "Over 30 butikker i hele Norge"]
    usp_html = "".join('<li class="usp-bar__item">%s</li>' % K.esc(u) for u in usp)
    ab_attr = (' data-experiment="usp-bar-2024" data-variation="%s"' % ab) if ab else ""
    doc = """<!DOCTYPE html>
<html lang="nb">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Personvernerklæring | Gullhuset</title>
    <meta name="description" content="Slik behandler Gullhuset personopplysningene dine i butikk og nettbutikk." />
    <link rel="canonical" href="https://www.gullhuset.no/kundeservice/personvern/" />
    <meta property="og:title" content="Personvernerklæring" />
    <meta property="og:type" content="article" />
    <meta property="og:site_name" content="Gullhuset" />
    <script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="7c2e9a41-3b5d-4f8e-a1c6-0d9b2e7f4a35" data-blockingmode="auto" data-culture="NB" type="text/javascript"></script>
    <link rel="preload" href="/dist/fonts/GullhusetSerif-Regular.woff2" as="font" type="font/woff2" crossorigin />
    <link rel="stylesheet" href="/dist/css/main.%(css)s.css" />
    <script>
        window.dataLayer = window.dataLayer || [];
        window.dataLayer.push({"pageType":"ArticlePage","contentId":"1482","contentGuid":"3b0f6e2a-9d41-4c7a-b8e5-71f2c0d94a6e","language":"nb","siteSection":"kundeservice"});
    </script>
    <script data-cookieconsent="ignore">(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
    new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
    j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
    'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
    })(window,document,'script','dataLayer','GTM-N8W4QK3');</script>
</head>
<body class="article-page-template"%(ab_attr)s>
    <a class="skip-link" href="#main-content">Hopp til innhold</a>
    <div class="usp-bar"><ul class="usp-bar__list">%(usp)s</ul></div>
    <header class="site-header" data-module="SiteHeader">
        <div class="site-header__inner container">
            <a class="site-header__logo" href="/" aria-label="Gullhuset – til forsiden"><svg class="icon icon--logo" aria-hidden="true"><use href="/dist/icons/sprite.svg#logo"></use></svg></a>
            <form class="site-search" action="/sok/" method="get" role="search"><label class="visually-hidden" for="q">Søk</label><input id="q" name="q" type="search" placeholder="Søk etter smykker, klokker og merker" autocomplete="off" /><button type="submit" class="site-search__button">Søk</button></form>
            <nav class="main-nav" aria-label="Hovedmeny"><ul class="main-nav__list"><li class="main-nav__item"><a class="main-nav__link" href="/smykker/">Smykker</a></li><li class="main-nav__item"><a class="main-nav__link" href="/klokker/">Klokker</a></li><li class="main-nav__item"><a class="main-nav__link" href="/forlovelsesringer/">Forlovelsesringer</a></li><li class="main-nav__item"><a class="main-nav__link" href="/giftering/">Giftering</a></li><li class="main-nav__item"><a class="main-nav__link" href="/gaveideer/">Gaveideer</a></li><li class="main-nav__item"><a class="main-nav__link" href="/verksted/">Verksted</a></li><li class="main-nav__item"><a class="main-nav__link" href="/butikker/">Butikker</a></li></ul></nav>
            <div class="site-header__actions"><a class="site-header__action" href="/min-side/">Min side</a><a class="site-header__action" href="/onskeliste/">Ønskeliste</a><a class="site-header__action site-header__action--cart" href="/handlekurv/" data-module="MiniCart" data-count="0">Handlekurv</a></div>
        </div>
    </header>
    <main id="main-content" class="site-main">
        <nav class="breadcrumbs container" aria-label="Brødsmulesti"><ol class="breadcrumbs__list"><li class="breadcrumbs__item"><a href="/">Forside</a></li><li class="breadcrumbs__item"><a href="/kundeservice/">Kundeservice</a></li><li class="breadcrumbs__item" aria-current="page">Personvernerklæring</li></ol></nav>
        <article class="article-page container container--narrow">
            <header class="article-page__header">
                <h1 class="article-page__title">%(title)s</h1>
            </header>
            <div class="article-page__body rich-text">
%(body)s
            </div>
            <div class="content-area article-page__content-area">
                <div class="content-area__item content-area__item--full block customer-service-block" data-block-type="CustomerServiceBlock">
                    <h2 class="customer-service-block__title">Har du spørsmål om personvern?</h2>
                    %(status)s
                    <ul class="customer-service-block__channels">
                        <li><a href="tel:%(tel)s">%(phone)s</a> (hverdager 09–17, lørdag 10–15)</li>
                        <li><a href="mailto:kundeservice@gullhuset.no">kundeservice@gullhuset.no</a></li>
                        <li><button type="button" class="button button--secondary js-open-chat" data-module="ChatLauncher">Start chat</button></li>
                    </ul>
                </div>
                <div class="content-area__item content-area__item--full block campaign-teaser-block" data-block-type="CampaignTeaserBlock" data-campaign="%(tkey)s">
                    <a class="campaign-teaser-block__link" href="%(turl)s">
                        <picture><source type="image/webp" srcset="/globalassets/kampanjer/%(tkey)s/teaser-800.webp 800w" /><img class="campaign-teaser-block__image" src="/globalassets/kampanjer/%(tkey)s/teaser-800.jpg" alt="" loading="lazy" width="800" height="450" /></picture>
                        <span class="campaign-teaser-block__heading">%(thead)s</span>
                        <span class="campaign-teaser-block__cta button">%(tcta)s</span>
                    </a>
                </div>
            </div>
        </article>
    </main>
    <footer class="site-footer">
        <div class="site-footer__newsletter container">
            <h2 class="site-footer__heading">Få gode tilbud og nyheter først</h2>
            <form class="newsletter-form" action="/api/newsletter/subscribe" method="post" data-module="NewsletterForm">
                <label class="visually-hidden" for="newsletter-email">E-postadresse</label>
                <input id="newsletter-email" name="Email" type="email" placeholder="Din e-postadresse" required />
                <button type="submit" class="button button--primary">Meld meg på</button>
                <input name="__RequestVerificationToken" type="hidden" value="%(af)s" />
            </form>
        </div>
        <div class="site-footer__links container">
            <ul><li><a href="/kundeservice/">Kundeservice</a></li><li><a href="/kundeservice/kjopsvilkar/">Kjøpsvilkår</a></li><li><a href="/kundeservice/personvern/">Personvern</a></li><li><a href="javascript:Cookiebot.renew()">Innstillinger for informasjonskapsler</a></li><li><a href="/gullhuset-venner/">Gullhuset Venner</a></li><li><a href="/butikker/">Finn butikk</a></li></ul>
            <p class="site-footer__legal">Gullhuset AS · Org.nr. 912 345 678 · Karl Johans gate 16, 0154 Oslo</p>
        </div>
    </footer>
    <script src="/dist/js/vendor.%(vendor)s.js" defer></script>
    <script src="/dist/js/main.%(js)s.js" defer></script>
    <script async src="https://js.klarna.com/web-sdk/v1/klarna.js" data-client-id="klarna_live_client_R0F5Z2hTTnN3N2xU" data-cookieconsent="ignore"></script>
</body>
</html>
""" % {"css": css, "js": js, "vendor": vendor, "ab_attr": ab_attr, "usp": usp_html, "title": K.esc(title),
       "body": _body(rest), "status": status, "tel": tel, "phone": phone, "tkey": tkey, "turl": turl,
       "thead": K.esc(thead), "tcta": K.esc(tcta), "af": state["antiforgery"]}
    return doc


PAGE = {
    "service": "Gullhuset",
    "url": "https://www.gullhuset.no/kundeservice/personvern/",
    "lang": "nb",
    "platform": "Optimizely CMS 12 + Commerce (ASP.NET Core, custom Razor views), Cookiebot",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Kestrel"), ("Cache-Control", "no-cache, no-store"), ("Pragma", "no-cache"),
                      ("X-Frame-Options", "SAMEORIGIN"), ("Content-Language", "nb")],
    "n": 31,
    "start": dt.date(2023, 11, 6),
    "end": dt.date(2025, 9, 30),
    "hours": (3, 8, 14, 19),
    "policy": POLICY,
    "first_updated": dt.date(2023, 6, 19),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.gullhuset.no/kundeservice/personvern/",
        "select": "article.article-page",
        "remove": [".customer-service-block", ".campaign-teaser-block"],
    },
}
