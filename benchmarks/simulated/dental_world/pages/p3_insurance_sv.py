"""Tandtrygg (Swedish dental insurer), Optimizely CMS 12 (ex-EPiServer, ASP.NET Core) with an Alloy-derived agency
front end, Cookiebot as consent manager. The personal-data page is an ArticlePage: heading, preamble, share tools, the
main XHTML body, an "updated" line from the page's Changed property and a content area with a contact block (live
customer-service status and phone queue time) and a related-links block."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import dkit as K  # noqa: E402

POLICY = """
# Så behandlar vi dina personuppgifter

%% preamble

Tandtrygg Försäkring AB värnar om din personliga integritet. Här beskriver vi hur vi samlar in, använder och skyddar dina personuppgifter när du köper en tandvårdsförsäkring, anmäler en skada eller på annat sätt har kontakt med oss.

%% body

Gäller från och med {UPDATED}.

## Personuppgiftsansvarig

Tandtrygg Försäkring AB, org.nr 516406-0823, är personuppgiftsansvarig för behandlingen av dina personuppgifter. Vi har ett dataskyddsombud som du når på [dataskyddsombud@tandtrygg.se](mailto:dataskyddsombud@tandtrygg.se) eller per post:

@ Tandtrygg Försäkring AB
@ Att: Dataskyddsombudet
@ Box 7184
@ 103 88 Stockholm

## Vilka personuppgifter behandlar vi?

Vi behandlar de uppgifter som behövs för att vi ska kunna erbjuda och administrera din försäkring:

- Identitets- och kontaktuppgifter, till exempel namn, personnummer, adress, telefonnummer och e-postadress.
- Uppgifter om försäkringen, till exempel försäkringsnumer, premie, betalningar och tidigare skador.
- Hälsouppgifter, till exempel uppgifter om ditt tandstatus, behandlingsplaner, röntgenbilder och journalanteckningar som vi får från din tandläkare i samband med en skadeanmälan eller hälsodeklaration.
- Uppgifter om hur du använder Mina sidor och vår webbplats, till exempel IP-adress och inloggningshistorik.

När du tecknar försäkringen åt någon annan, till exempel ditt barn, behandlar vi även den försäkrades uppgifter. Hälsouppgifter behandlar vi endast när det är nödvändigt för att bedöma försäkringen eller reglera en skada.

## Varför behandlar vi dina personuppgifter?

| Ändamål | Rättslig grund | Lagringstid |
| Teckna och administrera försäkringen | Avtal | Under avtalstiden och 10 år därefter |
| Pröva hälsodeklaration och reglera skador | Avtal och rättslig förpliktelse (hälsouppgifter: artikel 9.2 f) | 10 år efter att skadan reglerats |
| Förhindra och utreda försäkringsbedrägerier | Berättigat intresse | 5 år efter avslutad utredning |
| Uppfylla krav i lag, till exempel bokföringslagen | Rättslig förpliktelse | 7 år |
| Marknadsföring och erbjudanden till befintliga kunder | Berättigat intresse | 2 år efter avslutat kundförhållande |

## Vem delar vi dina uppgifter med?

Vi lämnar bara ut dina uppgifter när det behövs. Mottagare kan vara tandvårdsgivare som du har valt, återförsäkringsbolag, vår skaderegleringspartner, myndigheter som Skatteverket och Finansinspektionen när vi är skyldiga enligt lag, samt leverantörer som behandlar uppgifter för vår räkning:

- Microsoft Ireland Operations Ltd (drift av IT-system och e-post)
- Tietoevry Sweden AB (försäkringssystem)
- Bisnode Sverige AB (adressuppdatering via SPAR)
- Postnord Strålfors AB (utskick av försäkringsbrev)

Vi för inte över personuppgifter till länder utanför EU/EES, med undantag för när en leverantör behöver tillgång för support. I sådana fall använder vi EU-kommissionens standardavtalsklausuler.

## Dina rättigheter

Du har rätt att begära registerutdrag och att få felaktiga uppgifter rättade. Du har också rätt att i vissa fall få dina uppgifter raderade, begränsa behandlingen, invända mot behandling som grundas på berättigat intresse och få ut uppgifter som du själv har lämnat i ett maskinläsbart format (dataportabilitet). Vill du inte få marknadsföring kan du när som helst tacka nej på Mina sidor.

Om du är missnöjd med hur vi behandlar dina personuppgifter kan du vända dig till vårt dataskyddsombud. Du har också rätt att lämna klagomål till Integritetsskyddsmyndigheten (IMY), [www.imy.se](https://www.imy.se).

## Telefonsamtal och kommunikation

Vi kan spela in telefonsamtal till vår kundtjänst och skadeavdelning för att dokumentera vad som sagts och för att utbilda vår personal. Du informeras alltid i början av samtalet. Inspelningarna sparas i 6 månader. Meddelanden som du skickar till oss via Mina sidor sparas så länge du är kund hos oss.

## Cookies

Vi använder cookies på tandtrygg.se. Läs mer om vilka cookies vi använder och hur du ändrar dina inställningar på sidan [Om cookies](/om-tandtrygg/om-cookies/).
"""

EDITS = [
    {"note": "typo fixed (försäkringsnumer -> försäkringsnummer), date unchanged", "bump": False,
     "repl": [("till exempel försäkringsnumer, premie", "till exempel försäkringsnummer, premie")]},
    {"note": "row added to the purposes table: customer surveys",
     "repl": [("| Marknadsföring och erbjudanden till befintliga kunder | Berättigat intresse | 2 år efter avslutat kundförhållande |",
               "| Marknadsföring och erbjudanden till befintliga kunder | Berättigat intresse | 2 år efter avslutat kundförhållande |\n"
               "| Kundundersökningar och kvalitetsuppföljning | Berättigat intresse | 12 månader |")]},
    {"note": "claims retention shortened: 10 years -> 7 years after settlement",
     "repl": [("| 10 år efter att skadan reglerats |", "| 7 år efter att skadan reglerats |")]},
    {"note": "section added on automated claims decisions (digital claims form)",
     "repl": [("## Vem delar vi dina uppgifter med?",
               "## Automatiserade beslut\n\n"
               "Vissa enklare skadeanmälningar som görs via Mina sidor, till exempel ersättning för en akut "
               "tandläkarundersökning, kan beslutas automatiskt utifrån uppgifterna från din tandläkare och villkoren i "
               "din försäkring. Du har alltid rätt att begära att en handläggare gör en ny bedömning av ett "
               "automatiskt beslut.\n\n"
               "## Vem delar vi dina uppgifter med?")]},
    {"note": "DPO postal address changed (Box 7184, 103 88 -> Box 3420, 103 68 Stockholm)",
     "repl": [("@ Box 7184\n@ 103 88 Stockholm", "@ Box 3420\n@ 103 68 Stockholm")]},
    {"note": "processor renamed in the list: Bisnode Sverige AB -> Dun & Bradstreet Sverige AB, date unchanged",
     "bump": False,
     "repl": [("- Bisnode Sverige AB (adressuppdatering via SPAR)",
               "- Dun & Bradstreet Sverige AB (adressuppdatering via SPAR)")]},
]


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["sv"][d.month - 1], d.year)


def gold_md(blocks):
    return C.blocks_md(C.without_markers(blocks), "https://www.tandtrygg.se/om-tandtrygg/behandling-av-personuppgifter/")


OPEN = {0: (8, 18), 1: (8, 18), 2: (8, 18), 3: (8, 18), 4: (8, 16)}


def _service(rng, when):
    """Contact block: the telephony platform's status API, cached a minute by the block controller."""
    loc, _ = K.local(when, "sv")
    o = OPEN.get(loc.weekday())
    hm = loc.hour * 60 + loc.minute
    if o and o[0] * 60 <= hm < o[1] * 60:
        q = rng.choice([1, 2, 2, 3, 4, 4, 5, 6, 8, 11, 14, 18])
        return ("open", "Öppet i dag %02d–%02d" % o, "Beräknad väntetid: ca %d min" % q)
    d = loc.date() + dt.timedelta(days=0 if (o and hm < o[0] * 60) else 1)
    while d.weekday() not in OPEN:
        d += dt.timedelta(days=1)
    day = "i dag" if d == loc.date() else ("i morgon" if d == loc.date() + dt.timedelta(days=1)
                                            else "på " + K.WEEKDAYS["sv"][d.weekday()])
    return ("closed", "Stängt just nu", "Vi öppnar %s kl. %02d.00" % (day, OPEN[d.weekday()][0]))


INCIDENTS = ["Just nu kan det ta längre tid att logga in med BankID på Mina sidor. Vi arbetar på att lösa felet.",
             "På grund av hög belastning har vi längre svarstider i telefon än vanligt. Du kan också skriva till oss "
             "via Mina sidor.",
             "Planerat underhåll: Mina sidor är inte tillgängliga söndag kl. 22–02."]


def _campaign(loc):
    m = loc.month
    if m in (3, 4):
        return ("var", "Teckna Tandtrygg Plus före 30 april – de tre första månaderna utan kostnad")
    if m in (9, 10):
        return ("host", "Höstkampanj: 20 % rabatt första året när du försäkrar hela familjen")
    return None


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "sv")
    inc = p.get("incident")
    if inc is None and rng.random() < 0.12:
        inc = rng.randrange(len(INCIDENTS))
    elif inc is not None and rng.random() < 0.7:
        inc = None
    return {
        "token": "CfDJ8" + C.b64tok(rng, 112).replace("+", "-").replace("/", "_").rstrip("="),
        "service": _service(rng, when),
        "incident": inc,
        "campaign": _campaign(loc),
        "deploy": C.keep_or(rng, p.get("deploy"), 0.15,
                            lambda: str(638000000000000000 + (C.epoch(when) - 1600000000) * 10000000
                                        + rng.randint(0, 9999999))),
        "pub": K.republish(rng, p.get("pub"), when, 0.12),
    }


LABELS = {
    "token": "__RequestVerificationToken of the 'Bli uppringd' form",
    "service": "contact block: customer-service open/closed and phone queue time (inside the article)",
    "incident": "driftinformation banner above the header",
    "campaign": "campaign line in the header",
    "deploy": "?v= ticks on bundles (deploy)",
    "pub": "'Sidan uppdaterades' line from the page's Changed property (inside the article)",
}


def _xhtml(blocks):
    def table(rows, inl):
        head = "<tr>%s</tr>" % "".join('<th scope="col">%s</th>' % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return '<div class="table-wrapper"><table class="table"><thead>%s</thead><tbody>%s</tbody></table></div>' % (
            head, body)
    return K.render_blocks(blocks, table=table,
                           addr=lambda lines, inl: "<p>%s</p>" % "<br />".join(inl(x) for x in lines))


def render(state, blocks, when):
    pub = K.publish_track(state, blocks, when, lag=(60, 4000))
    segs = C.segments(blocks)
    title = segs["head"][0][1]
    preamble = " ".join(v for k, v in segs["preamble"])
    skey, sline1, sline2 = state["service"]
    inc = state["incident"]
    incident = ("""<div class="ops-message" role="status">
        <div class="container"><strong>Driftinformation:</strong> %s</div>
    </div>""" % K.esc(INCIDENTS[inc])) if inc is not None else ""
    camp = state["campaign"]
    campaign = ('<p class="header-campaign header-campaign--%s"><a href="/tandforsakring/tandtrygg-plus/">%s</a></p>'
                % (camp[0], K.esc(camp[1]))) if camp else ""
    v = state["deploy"]
    return """<!DOCTYPE html>
<html lang="sv">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>S&#xE5; behandlar vi dina personuppgifter - Tandtrygg</title>
    <meta name="description" content="H&#xE4;r kan du l&#xE4;sa om hur Tandtrygg behandlar dina personuppgifter." />
    <link rel="canonical" href="https://www.tandtrygg.se/om-tandtrygg/behandling-av-personuppgifter/" />
    <script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="3c1f7a62-84d9-4b0e-9e2b-7f15d6a0c9e4" data-culture="SV" data-blockingmode="auto" type="text/javascript"></script>
    <link href="/dist/main.css?v=%(v)s" rel="stylesheet" />
    <script>
        window.dataLayer = window.dataLayer || [];
        dataLayer.push({'pageTypeName': 'ArticlePage', 'contentId': '2471', 'language': 'sv'});
    </script>
</head>
<body class="articlepage">
    %(incident)s
    <header class="site-header">
        <div class="container site-header__top">
            <a href="/" class="site-header__logo"><img src="/globalassets/logotyper/tandtrygg-logo.svg" alt="Tandtrygg" width="168" height="40" /></a>
            %(campaign)s
            <a class="button button--outline site-header__login" href="/mina-sidor/">Logga in</a>
        </div>
        <nav class="main-navigation" aria-label="Huvudmeny">
            <ul class="container">
                <li><a href="/tandforsakring/">Tandf&#xF6;rs&#xE4;kring</a></li>
                <li><a href="/tandforsakring/barn/">F&#xF6;r barn</a></li>
                <li><a href="/anmal-skada/">Anm&#xE4;l skada</a></li>
                <li><a href="/kundservice/">Kundservice</a></li>
                <li class="is-active"><a href="/om-tandtrygg/">Om Tandtrygg</a></li>
            </ul>
        </nav>
    </header>
    <main id="main-content" class="main">
        <div class="container">
            <nav class="breadcrumbs" aria-label="Br&#xF6;dsmulor">
                <ol>
                    <li><a href="/">Start</a></li>
                    <li><a href="/om-tandtrygg/">Om Tandtrygg</a></li>
                    <li aria-current="page">Behandling av personuppgifter</li>
                </ol>
            </nav>
            <div class="row">
                <article class="article-page col-12 col-lg-8">
                    <h1 class="article-page__heading">%(title)s</h1>
                    <p class="preamble">%(preamble)s</p>
                    <div class="share-tools">
                        <span class="share-tools__label">Dela:</span>
                        <a class="share-tools__link" href="https://www.facebook.com/sharer/sharer.php?u=https%%3A%%2F%%2Fwww.tandtrygg.se%%2Fom-tandtrygg%%2Fbehandling-av-personuppgifter%%2F" target="_blank" rel="noopener">Facebook</a>
                        <a class="share-tools__link" href="https://www.linkedin.com/sharing/share-offsite/?url=https%%3A%%2F%%2Fwww.tandtrygg.se%%2Fom-tandtrygg%%2Fbehandling-av-personuppgifter%%2F" target="_blank" rel="noopener">LinkedIn</a>
                        <button type="button" class="share-tools__print" onclick="window.print()">Skriv ut</button>
                    </div>
                    <div class="rich-text">
                        %(body)s
                    </div>
                    <p class="article-page__updated">Sidan uppdaterades <time datetime="%(pubiso)s">%(pubtxt)s</time></p>
                    <div class="content-area row">
                        <div class="block contactblock col-12 col-md-6">
                            <div class="contact-block contact-block--%(skey)s">
                                <h2 class="contact-block__heading">Fr&#xE5;gor om dina personuppgifter?</h2>
                                <p class="contact-block__phone"><a href="tel:0771202020">0771-20 20 20</a></p>
                                <p class="contact-block__status"><span class="status-dot status-dot--%(skey)s"></span>%(s1)s</p>
                                <p class="contact-block__queue">%(s2)s</p>
                            </div>
                        </div>
                        <div class="block relatedlinksblock col-12 col-md-6">
                            <h2>L&#xE4;s mer</h2>
                            <ul class="link-list">
                                <li><a href="/tandforsakring/villkor/">F&#xF6;rs&#xE4;kringsvillkor</a></li>
                                <li><a href="/om-tandtrygg/om-cookies/">Om cookies</a></li>
                                <li><a href="/om-tandtrygg/klagomal/">Klagom&#xE5;l</a></li>
                            </ul>
                        </div>
                    </div>
                </article>
                <aside class="col-12 col-lg-4 sidebar">
                    <div class="callback-form">
                        <h2>Bli uppringd</h2>
                        <form action="/api/callback" method="post" data-module="callback">
                            <label for="cb-phone">Telefonnummer</label>
                            <input id="cb-phone" name="Phone" type="tel" autocomplete="tel" />
                            <button type="submit" class="button">Ring mig</button>
                            <input name="__RequestVerificationToken" type="hidden" value="%(token)s" />
                        </form>
                    </div>
                </aside>
            </div>
        </div>
    </main>
    <footer class="site-footer">
        <div class="container">
            <p>Tandtrygg F&#xF6;rs&#xE4;kring AB &#xB7; Org.nr 516406-0823 &#xB7; Sveav&#xE4;gen 44, 111 34 Stockholm &#xB7; Tandtrygg st&#xE5;r under Finansinspektionens tillsyn.</p>
            <ul class="site-footer__links"><li><a href="/om-tandtrygg/behandling-av-personuppgifter/">Personuppgifter</a></li><li><a href="/om-tandtrygg/om-cookies/">Cookies</a></li><li><a href="/tillganglighet/">Tillg&#xE4;nglighetsredog&#xF6;relse</a></li></ul>
        </div>
    </footer>
    <script src="/dist/vendor.js?v=%(v)s"></script>
    <script src="/dist/main.js?v=%(v)s"></script>
</body>
</html>
""" % {"v": v, "incident": incident, "campaign": campaign, "title": K.esc(title), "preamble": C.inline_html(preamble),
       "body": _xhtml(segs["body"]), "pubiso": pub.strftime("%Y-%m-%d"), "pubtxt": fmt_date(pub.date()),
       "skey": skey, "s1": K.esc(sline1), "s2": K.esc(sline2), "token": state["token"]}


PAGE = {
    "service": "Tandtrygg",
    "url": "https://www.tandtrygg.se/om-tandtrygg/behandling-av-personuppgifter/",
    "lang": "sv",
    "platform": "Optimizely CMS 12 (ASP.NET Core), Alloy-derived front end, Cookiebot",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Cache-Control", "private"), ("X-Content-Type-Options", "nosniff"),
                      ("Content-Security-Policy", "frame-ancestors 'self'")],
    "n": 31,
    "start": dt.date(2023, 1, 15),
    "end": dt.date(2024, 11, 30),
    "hours": (6, 9, 13, 16),
    "policy": POLICY,
    "first_updated": dt.date(2022, 10, 1),
    "fmt_date": fmt_date,
    "gold_md": gold_md,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.tandtrygg.se/om-tandtrygg/behandling-av-personuppgifter/",
        "select": "article.article-page",
        "remove": [".share-tools", ".article-page__updated", ".content-area"],
    },
}
