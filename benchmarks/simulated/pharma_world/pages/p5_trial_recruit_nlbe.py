"""Belgian clinical-trial recruitment site ("Mijn Studiematch", run by a Ghent site-management organisation) on
Kentico Xperience 13 (ASP.NET Core MVC, page builder with custom widgets), Belgian Dutch. The policy is two
rich-text widgets in one page-builder zone with a "study teaser" widget between them (live count of recruiting
studies and a rotating featured study): inside the declared zone, and the curator removes it. Per visit: the
antiforgery token of the pre-screening form in the footer and the Kentico activity logger's page identifier
query; sticky: the teaser and the bundle hashes."""
import datetime as dt
import html

import common as C

URL = "https://www.mijnstudiematch.be/nl/privacyverklaring"

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]

POLICY = """# Privacyverklaring

Laatst bijgewerkt op {UPDATED}

Mijn Studiematch is een dienst van Vitalys Research NV. Via deze website kunt u nagaan of u in aanmerking komt om deel te nemen aan een klinische studie in België. Omdat u ons daarbij informatie over uw gezondheid toevertrouwt, vinden wij het belangrijk u duidelijk uit te leggen wat wij met uw persoonsgegevens doen.

## Wie is verantwoordelijk voor uw gegevens?

@ Vitalys Research NV
@ Ottergemsesteenweg-Zuid 808 bus 21
@ 9000 Gent
@ Ondernemingsnummer 0688.412.357

Onze functionaris voor gegevensbescherming (DPO) kunt u bereiken via [dpo@vitalys-research.be](mailto:dpo@vitalys-research.be) of per post op het bovenstaande adres, ter attentie van de DPO.

## Welke gegevens verzamelen wij?

Wanneer u de online vragenlijst (pre-screening) invult, vragen wij:

- uw voornaam, familienaam, e-mailadres, gsm-nummer en postcode;
- uw geboortejaar en geslacht;
- antwoorden over uw gezondheid, zoals uw diagnose, huidige behandeling, medicatie en eerdere deelname aan studies;
- uw voorkeur om telefonisch of per e-mail gecontacteerd te worden.

Daarnaast verzamelen wij technische gegevens over uw bezoek aan de website, zoals uw IP-adres, het type toestel en de pagina's die u bekijkt. Daarvoor verwijzen wij naar ons cookiebeleid.

## Waarom gebruiken wij uw gegevens?

| Doel | Rechtsgrond |
| Beoordelen of u mogelijk in aanmerking komt voor een studie | Uw uitdrukkelijke toestemming (art. 9.2.a AVG) |
| U contacteren om de studie toe te lichten en een afspraak te plannen | Uw toestemming |
| Uw gegevens doorgeven aan het onderzoekscentrum dat u kiest | Uw uitdrukkelijke toestemming |
| U informeren over nieuwe studies, als u daarvoor kiest | Uw toestemming |
| Statistieken over het aantal aanmeldingen per studie aan de opdrachtgever rapporteren | Gerechtvaardigd belang (enkel geanonimiseerd) |

De pre-screening is geen medisch advies en geen diagnose. De uiteindelijke beslissing of u kunt deelnemen, wordt altijd door de onderzoeksarts van het studiecentrum genomen.

%% part2

## Met wie delen wij uw gegevens?

Wij geven uw gegevens enkel door aan het onderzoekscentrum (ziekenhuis of praktijk) waar de studie plaatsvindt, en alleen nadat u daarvoor toestemming hebt gegeven. Vanaf dat moment is het onderzoekscentrum zelf verantwoordelijk voor uw gegevens. De opdrachtgever van de studie (het farmaceutische bedrijf) ontvangt van ons nooit uw naam of contactgegevens.

Wij werken met de volgende verwerkers:

| Verwerker | Dienst | Locatie |
| Kentico software s.r.o. / Azure (Microsoft Ireland) | Hosting van de website | België, Nederland |
| Brevo (Sendinblue SAS) | Verzending van e-mails | Frankrijk |
| Aircall SAS | Telefonie van ons contactcenter | Frankrijk |

Wij geven geen persoonsgegevens door naar landen buiten de Europese Economische Ruimte.

## Hoe lang bewaren wij uw gegevens?

Als u niet in aanmerking komt of niet wenst deel te nemen, verwijderen wij uw gegevens 6 maanden na het invullen van de vragenlijst. Als u toestemming hebt gegeven om op de hoogte te blijven van nieuwe studies, bewaren wij uw gegevens tot u zich uitschrijft, en uiterlijk 3 jaar na uw laatste contact met ons.

## Wat als u effectief deelneemt aan een studie?

Zodra u in het onderzoekscentrum aan een studie begint, ontvangt u van de onderzoeksarts een afzonderlijk informatie- en toestemmingsformulier. Dat document beschrijft hoe uw gegevens in het kader van de studie worden verwerkt, in overeenstemming met de Europese verordening betreffende klinische proeven (Verordening (EU) nr. 536/2014) en de Belgische wet van 7 mei 2017. Deze privacyverklaring is dan niet langer van toepassing op de gegevens die in het kader van de studie worden verzameld.

## Nemen wij geautomatiseerde beslissingen?

Op basis van uw antwoorden in de vragenlijst berekent ons systeem of u aan de belangrijkste criteria van een studie lijkt te voldoen. Elke aanmelding wordt nadien door een medewerker van ons contactcenter nagekeken. Wij nemen dus geen beslissingen die uitsluitend op geautomatiseerde verwerking berusten.

## Van wie krijgen wij uw gegevens?

Meestal krijgen wij uw gegevens rechtstreeks van u, via de vragenlijst of wanneer u ons belt. Soms verwijst uw huisarts of specialist u naar ons door. In dat geval ontvangen wij enkel uw naam en contactgegevens, en alleen nadat u uw arts daarvoor toestemming hebt gegeven. Wij vragen uw arts nooit om uw medisch dossier.

Als u via een advertentie op sociale media bij ons terechtkomt, weten wij via welke campagne u de vragenlijst hebt geopend. Wij geven uw antwoorden niet door aan het sociale netwerk. Het sociale netwerk kan wel zien dat u op de advertentie hebt geklikt; daarvoor verwijzen wij naar het privacybeleid van dat netwerk.

## Minderjarigen

Sommige studies richten zich op kinderen of jongeren. In dat geval moet de vragenlijst worden ingevuld door een ouder of wettelijke vertegenwoordiger, die ook de toestemming geeft.

## Cookies

Wij gebruiken noodzakelijke cookies om de vragenlijst te laten werken. Analytische cookies en advertentiecookies plaatsen wij enkel als u daarvoor toestemming geeft via de cookiebanner. Meer informatie vindt u in ons cookiebeleid.

## Hoe beveiligen wij uw gegevens?

Uw antwoorden worden versleuteld verzonden en opgeslagen. Alleen de medewerkers van ons contactcenter die uw aanmelding opvolgen, hebben toegang. Zij zijn gebonden door een geheimhoudingsplicht.

## Uw rechten

U hebt het recht om:

- inzage te vragen in uw gegevens en er een kopie van te krijgen;
- onjuiste gegevens te laten verbeteren;
- uw gegevens te laten wissen;
- uw toestemming op elk moment in te trekken, zonder dat dit gevolgen heeft voor uw medische zorg;
- uw gegevens over te dragen.

Stuur uw verzoek naar [privacy@mijnstudiematch.be](mailto:privacy@mijnstudiematch.be). Wij antwoorden binnen één maand. Bent u niet tevreden over de manier waarop wij met uw gegevens omgaan, dan kunt u klacht indienen bij de Gegevensbeschermingsautoriteit, Drukpersstraat 35, 1000 Brussel, [www.gegevensbeschermingsautoriteit.be](https://www.gegevensbeschermingsautoriteit.be).

## Wijzigingen

Wij kunnen deze privacyverklaring aanpassen. De meest recente versie staat altijd op deze pagina.
"""


def fmt_date(d):
    return "%d %s %d" % (d.day, MAANDEN[d.month - 1], d.year)


EDITS = [
    {"note": "retention for non-eligible people 6 -> 12 months",
     "repl": [("verwijderen wij uw gegevens 6 maanden na", "verwijderen wij uw gegevens 12 maanden na")]},
    {"note": "processors: Aircall replaced by Ringover; new row Microsoft Dynamics",
     "repl": [("| Aircall SAS | Telefonie van ons contactcenter | Frankrijk |",
               "| Ringover Group SAS | Telefonie van ons contactcenter | Frankrijk |\n| Microsoft Ireland Operations Ltd. (Dynamics 365) | Opvolging van aanmeldingen | Nederland, Ierland |")]},
    {"note": "address: bus number corrected (21 -> 12), no date bump",
     "repl": [("Ottergemsesteenweg-Zuid 808 bus 21", "Ottergemsesteenweg-Zuid 808 bus 12")], "bump": False},
    {"note": "new paragraph: video consultations (teleconsult before screening visit)",
     "repl": [("De pre-screening is geen medisch advies", "Voor sommige studies bieden wij een kort videogesprek aan met een studieverpleegkundige, voordat u naar het onderzoekscentrum gaat. Dat gesprek wordt niet opgenomen.\n\nDe pre-screening is geen medisch advies")]},
    {"note": "rights: response time 'één maand' -> 'uiterlijk 30 dagen'; sentence on identity check",
     "repl": [("Wij antwoorden binnen één maand.", "Wij antwoorden uiterlijk binnen 30 dagen. Om misbruik te voorkomen, kunnen wij u vragen uw identiteit te bevestigen.")]},
]

STUDIES = [
    ("Migraine", "Studie naar een nieuwe preventieve behandeling van migraine bij volwassenen", "Gent, Antwerpen, Brussel"),
    ("Psoriasis", "Studie voor volwassenen met matige tot ernstige plaque-psoriasis", "Leuven, Brugge"),
    ("Diabetes type 2", "Studie naar een wekelijkse injectie bij diabetes type 2", "Hasselt, Gent"),
    ("Astma", "Studie voor volwassenen met ernstig astma ondanks inhalatiecorticosteroïden", "Antwerpen, Aalst"),
    ("Ziekte van Crohn", "Studie naar een nieuwe orale behandeling bij de ziekte van Crohn", "Leuven, Brussel"),
    ("Atopische dermatitis", "Studie voor jongeren van 12 tot 17 jaar met eczeem", "Gent, Kortrijk"),
]


def noise(rng, when, i, prev):
    prev = prev or {}
    return {
        "teaser": C.keep_or(rng, prev.get("teaser"), 0.6, lambda: (rng.randint(9, 23), rng.randrange(len(STUDIES)))),
        "token": "CfDJ8" + C.alnum(rng, 150, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        "bundle": C.keep_or(rng, prev.get("bundle"), 0.15, lambda: (C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                                                                   C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))),
    }


LABELS = {"teaser": "study-teaser widget inside the page-builder zone (count, featured study)",
          "token": "antiforgery token of the pre-screening form", "bundle": "CSS/JS bundle ?v= hashes"}


def render(state, blocks, when):
    segs = C.segments(blocks)
    n, k = state["teaser"]
    area, title, cities = STUDIES[k]
    b1, b2 = state["bundle"]
    return """<!DOCTYPE html>
<html lang="nl-BE">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Privacyverklaring | Mijn Studiematch</title>
    <meta name="description" content="Lees hoe Mijn Studiematch omgaat met uw persoonsgegevens en gezondheidsgegevens." />
    <link rel="canonical" href="%(url)s" />
    <link rel="alternate" hreflang="fr-be" href="https://www.mijnstudiematch.be/fr/declaration-de-confidentialite" />
    <link rel="stylesheet" href="/dist/css/site.min.css?v=%(b1)s" />
    <link href="/_content/Kentico.Content.Web.Rcl/Content/Bundles/Public/systemPageComponents.min.css" rel="stylesheet" type="text/css" />
    <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8" data-language="nl-BE" data-domain-script="0b7e1d93-4c2a-48f6-a1e5-9f3d2c8b7a60"></script>
    <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-K7P2QXM');</script>
</head>
<body class="page page--content">
    <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7P2QXM" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
    <a class="skip-link" href="#main">Naar de inhoud</a>
    <header class="site-header">
        <div class="container site-header__inner">
            <a class="site-header__logo" href="/nl"><img src="/getmedia/3f2c9a1e-7b4d-4e80-a6c1-0d9e5b2f7a34/logo-mijnstudiematch.svg" alt="Mijn Studiematch" width="190" height="44" /></a>
            <nav class="site-nav" aria-label="Hoofdnavigatie">
                <ul class="site-nav__list">
                    <li class="site-nav__item"><a href="/nl/studies">Lopende studies</a></li>
                    <li class="site-nav__item"><a href="/nl/wat-is-een-klinische-studie">Wat is een klinische studie?</a></li>
                    <li class="site-nav__item"><a href="/nl/veelgestelde-vragen">Veelgestelde vragen</a></li>
                    <li class="site-nav__item"><a href="/nl/voor-artsen">Voor artsen</a></li>
                </ul>
            </nav>
            <div class="lang-switch"><a href="/nl/privacyverklaring" class="is-active" lang="nl">NL</a> <a href="/fr/declaration-de-confidentialite" lang="fr">FR</a></div>
            <a class="btn btn--primary site-header__cta" href="/nl/vragenlijst">Doe de test</a>
        </div>
    </header>
    <main id="main">
        <section class="pb-section pb-section--single">
            <div class="container">
                <div class="pb-zone">
                    <div class="widget widget-richtext">
%(part1)s
                    </div>
                    <aside class="widget widget-study-teaser" data-widget-type="StudyTeaser">
                        <div class="study-teaser">
                            <p class="study-teaser__count"><strong>%(n)d</strong> studies zoeken momenteel deelnemers in België</p>
                            <div class="study-teaser__featured">
                                <span class="study-teaser__area">%(area)s</span>
                                <h2 class="study-teaser__title">%(title)s</h2>
                                <p class="study-teaser__cities">Onderzoekscentra: %(cities)s</p>
                                <a class="btn btn--secondary" href="/nl/studies/%(slug)s">Bekijk de studie</a>
                            </div>
                        </div>
                    </aside>
                    <div class="widget widget-richtext">
%(part2)s
                    </div>
                </div>
            </div>
        </section>
    </main>
    <footer class="site-footer">
        <div class="container">
            <div class="site-footer__newsletter">
                <h2>Blijf op de hoogte van nieuwe studies</h2>
                <form action="/nl/newsletter/subscribe" method="post" data-ajax="true" data-ajax-method="POST">
                    <label for="Email">E-mailadres</label>
                    <input type="email" id="Email" name="Email" required />
                    <button class="btn btn--primary" type="submit">Inschrijven</button>
                    <input name="__RequestVerificationToken" type="hidden" value="%(token)s" />
                </form>
            </div>
            <p class="site-footer__disclaimer">De informatie op deze website vervangt geen medisch advies. Studies worden uitgevoerd met goedkeuring van een ethisch comité en het FAGG (Federaal Agentschap voor Geneesmiddelen en Gezondheidsproducten).</p>
            <ul class="site-footer__links">
                <li><a href="/nl/privacyverklaring" aria-current="page">Privacyverklaring</a></li>
                <li><a href="/nl/cookiebeleid">Cookiebeleid</a></li>
                <li><a href="#" class="ot-sdk-show-settings">Cookie-instellingen</a></li>
                <li><a href="/nl/contact">Contact</a></li>
            </ul>
            <p class="site-footer__copy">© %(year)d Vitalys Research NV</p>
        </div>
    </footer>
    <script src="/dist/js/site.min.js?v=%(b2)s"></script>
    <script src="/Kentico.Resource/Activities/KenticoActivityLogger/Logger.js?pageIdentifier=%(pid)d" async></script>
</body>
</html>
""" % {"url": URL, "b1": b1, "b2": b2, "part1": C.blocks_html(segs["head"]), "part2": C.blocks_html(segs["part2"]),
       "n": n, "area": html.escape(area), "title": html.escape(title), "cities": html.escape(cities),
       "slug": area.lower().replace(" ", "-"), "token": state["token"], "year": when.year, "pid": 2174}


PAGE = {
    "service": "Mijn Studiematch",
    "url": URL,
    "lang": "nl-BE",
    "platform": "Kentico Xperience 13 (ASP.NET Core MVC, page builder widgets), OneTrust, GTM",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Microsoft-IIS/10.0"), ("X-Frame-Options", "SAMEORIGIN"),
                      ("Set-Cookie", ".AspNetCore.Antiforgery.Kx7bNw2pQ=; path=/; samesite=strict; httponly")),
    "n": 30,
    "start": dt.date(2023, 3, 1),
    "end": dt.date(2025, 12, 1),
    "policy": POLICY,
    "first_updated": dt.date(2023, 1, 16),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "gold_md": lambda b: C.blocks_md(C.without_markers(b), URL),
    "declaration": {"fetch": URL, "select": "main .pb-zone", "remove": ".widget-study-teaser"},
}
