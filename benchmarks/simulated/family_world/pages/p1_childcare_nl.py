"""KinderHaven Kinderopvang: a Dutch childcare chain's privacyverklaring on Umbraco (8 with the Bootstrap grid
layout, relaunched in April 2024 on Umbraco 13 with the Block Grid). Beside the policy a "vrije plekken" locator
with live free places per location; an anti-forgery token in the newsletter form; asset cache-busters per deploy."""
import datetime as dt

import common as C

URL = "https://www.kinderhaven.nl/ouders/privacyverklaring"
RELAUNCH = dt.datetime(2024, 4, 15)

POLICY = """# Privacyverklaring KinderHaven Kinderopvang

Laatst bijgewerkt: {UPDATED}

Bij KinderHaven vertrouwen ouders ons elke dag het belangrijkste toe wat ze hebben: hun kinderen. Dat vertrouwen geldt ook voor de persoonsgegevens die wij van u en uw kind verwerken. In deze privacyverklaring leggen wij uit welke gegevens wij verzamelen, waarom wij dat doen, met wie wij ze delen en welke rechten u heeft.

## 1. Wie zijn wij?

KinderHaven Kinderopvang B.V. biedt dagopvang, peuteropvang en buitenschoolse opvang (bso) op ruim veertig locaties in Utrecht, Gelderland en Noord-Holland. KinderHaven is de verwerkingsverantwoordelijke voor de verwerking van persoonsgegevens die in deze verklaring wordt beschreven.

@ KinderHaven Kinderopvang B.V.
@ Oudegracht 211
@ 3511 NH Utrecht
@ KvK-nummer 30215874

Wij hebben een functionaris voor gegevensbescherming (FG) aangesteld. U bereikt de FG via [privacy@kinderhaven.nl](mailto:privacy@kinderhaven.nl).

## 2. Welke gegevens verwerken wij?

Wij verwerken alleen de gegevens die nodig zijn om goede en veilige opvang te bieden en om aan onze wettelijke verplichtingen te voldoen. Het gaat om de volgende categorieën:

- **Gegevens van ouders en verzorgers:** naam, adres, telefoonnummer, e-mailadres, burgerservicenummer (BSN), rekeningnummer en gegevens over uw werk of opleiding voor zover nodig voor de kinderopvangtoeslag.
- **Gegevens van uw kind:** naam, geboortedatum, BSN, adres, huisarts, allergieën, dieetwensen en andere medische bijzonderheden die u met ons deelt.
- **Ontwikkelingsgegevens:** observaties van pedagogisch medewerkers, verslagen van oudergesprekken en gegevens uit ons kindvolgsysteem.
- **Contractgegevens:** het soort opvang, de opvangdagen, de locatie, facturen en betalingen.
- **Beeldmateriaal:** foto's en video's die op de groep worden gemaakt, alleen met uw toestemming.
- **Gegevens van bezoekers van onze website:** IP-adres, gegevens over uw browser en, met uw toestemming, cookies.

## 3. Waarom verwerken wij deze gegevens?

In de tabel hieronder ziet u voor welke doelen wij persoonsgegevens gebruiken en op welke grondslag.

| Doel | Grondslag | Voorbeelden van gegevens |
| Plaatsing, wachtlijst en het sluiten van de opvangovereenkomst | Uitvoering van de overeenkomst | Naam, adres, gewenste opvangdagen |
| Verzorging en begeleiding van uw kind | Uitvoering van de overeenkomst | Allergieën, dieetwensen, observaties |
| Facturatie en incasso | Uitvoering van de overeenkomst | Rekeningnummer, facturen |
| Jaaropgave voor de kinderopvangtoeslag | Wettelijke verplichting | BSN van ouder en kind, opvanguren |
| Melding bij vermoeden van kindermishandeling (Meldcode) | Wettelijke verplichting | Observaties, gespreksverslagen |
| Nieuwsbrief en uitnodigingen voor ouderavonden | Gerechtvaardigd belang of toestemming | Naam, e-mailadres |

## 4. Gegevens van kinderen

Kinderen verdienen extra bescherming. Observaties en ontwikkelingsgegevens worden alleen gedeeld met de pedagogisch medewerkers van de groep, de locatiemanager en, als dat nodig is, onze pedagogisch coach. Bijzondere gegevens over de gezondheid van uw kind verwerken wij alleen als u die zelf met ons deelt en voor zover dat nodig is voor de zorg op de groep, bijvoorbeeld bij een allergie of het toedienen van medicijnen.

Wij maken geen profielen van kinderen en nemen geen besluiten die uitsluitend op geautomatiseerde verwerking zijn gebaseerd.

## 5. Met wie delen wij gegevens?

Wij verkopen uw gegevens nooit. Wij delen gegevens alleen met partijen die ons helpen bij onze dienstverlening of als de wet ons daartoe verplicht. Met verwerkers sluiten wij een verwerkersovereenkomst.

| Ontvanger | Waarvoor | Locatie van de gegevens |
| Konnect (ouderapp) | Dagverslagen, foto's en berichten aan ouders | Nederland |
| Microsoft (Office 365) | E-mail en documentbeheer | Europese Unie |
| Belastingdienst | Gegevens voor de kinderopvangtoeslag | Nederland |
| GGD | Wettelijk toezicht op de kwaliteit van de opvang | Nederland |
| Veilig Thuis | Melding in het kader van de Meldcode | Nederland |

Wij geven geen persoonsgegevens door aan landen buiten de Europese Economische Ruimte, tenzij daarvoor passende waarborgen zijn getroffen, zoals de modelcontractbepalingen van de Europese Commissie.

## 6. Foto's en video's

Op de groep maken medewerkers soms foto's of korte video's van activiteiten. Deze delen wij alleen via de beveiligde ouderapp met de ouders van de groep. Voor gebruik op onze website of sociale media vragen wij altijd vooraf uw uitdrukkelijke toestemming. U kunt die toestemming op elk moment intrekken via de ouderapp of bij de locatiemanager.

## 7. Hoe lang bewaren wij uw gegevens?

Wij bewaren persoonsgegevens niet langer dan nodig. Wij hanteren de volgende bewaartermijnen:

- Gegevens op de wachtlijst: tot één jaar na de gewenste startdatum als er geen plaatsing volgt.
- Observatiegegevens en verslagen van oudergesprekken: tot twee jaar na het einde van de opvang.
- Contract- en factuurgegevens: zeven jaar, vanwege de fiscale bewaarplicht.
- Gegevens in het kader van de Meldcode: twintig jaar na het dossier, conform de richtlijnen.
- Foto's in de ouderapp: tot drie maanden na het einde van de opvang, zodat u ze kunt downloaden.

## 8. Beveiliging

Wij nemen passende technische en organisatorische maatregelen om uw gegevens te beschermen tegen verlies en onrechtmatig gebruik. Medewerkers hebben alleen toegang tot de gegevens van de kinderen in hun eigen groep, werken met tweestapsverificatie en hebben een geheimhoudingsplicht. Papieren dossiers liggen in een afgesloten kast op de locatie.

## 9. Uw rechten

U heeft het recht om uw persoonsgegevens en die van uw kind in te zien, te laten corrigeren of te laten verwijderen. Daarnaast heeft u het recht om bezwaar te maken tegen de verwerking, de verwerking te laten beperken en uw gegevens over te laten dragen. Als wij gegevens op basis van toestemming verwerken, kunt u die toestemming altijd intrekken.

Stuur uw verzoek naar [privacy@kinderhaven.nl](mailto:privacy@kinderhaven.nl). Wij reageren binnen vier weken. Om misbruik te voorkomen kunnen wij u vragen om u te identificeren.

## 10. Cookies

Onze website gebruikt functionele en analytische cookies. Marketingcookies plaatsen wij alleen als u daarvoor toestemming geeft in de cookiebanner. Meer informatie leest u in onze [cookieverklaring](/cookieverklaring).

## 11. Klachten

Heeft u een klacht over de manier waarop wij met uw persoonsgegevens omgaan? Neem dan eerst contact op met onze FG. Komen wij er samen niet uit, dan kunt u een klacht indienen bij de [Autoriteit Persoonsgegevens](https://autoriteitpersoonsgegevens.nl).

## 12. Wijzigingen

Wij kunnen deze privacyverklaring aanpassen, bijvoorbeeld als onze dienstverlening of de wet verandert. De meest actuele versie staat altijd op deze pagina. Bij belangrijke wijzigingen informeren wij u via de ouderapp."""

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "processor added to the recipients table (Intus planning and invoicing)",
     "repl": [("| Microsoft (Office 365) | E-mail en documentbeheer | Europese Unie |",
               "| Microsoft (Office 365) | E-mail en documentbeheer | Europese Unie |\n"
               "| Intus | Planning, plaatsing en facturatie | Nederland |")]},
    {"note": "sentence added on door cameras at some locations",
     "repl": [("Papieren dossiers liggen in een afgesloten kast op de locatie.",
               "Papieren dossiers liggen in een afgesloten kast op de locatie. Op een aantal locaties hangt bij de "
               "voordeur een camera die alleen de entree filmt; deze beelden bewaren wij maximaal vier weken.")]},
    {"note": "typo fix in section 2 intro, no date change",
     "bump": False,
     "repl": [("om goede en veilige opvang te bieden", "om goede, veilige opvang te bieden")]},
    {"note": "retention of observations shortened from two years to one year",
     "repl": [("verslagen van oudergesprekken: tot twee jaar na het einde van de opvang.",
               "verslagen van oudergesprekken: tot één jaar na het einde van de opvang.")]},
    {"note": "head office moved: new address",
     "repl": [("@ Oudegracht 211\n@ 3511 NH Utrecht", "@ Catharijnesingel 54\n@ 3511 GC Utrecht")]},
    {"note": "new subsection on the warm handover to primary school",
     "repl": [("nemen geen besluiten die uitsluitend op geautomatiseerde verwerking zijn gebaseerd.",
               "nemen geen besluiten die uitsluitend op geautomatiseerde verwerking zijn gebaseerd.\n\n"
               "### Overdracht naar de basisschool\n\n"
               "Als uw kind vier jaar wordt, sturen wij met uw toestemming een overdrachtsformulier naar de "
               "basisschool of de bso van uw keuze. U leest het formulier altijd eerst zelf en u mag er uw eigen "
               "visie aan toevoegen. Geeft u geen toestemming, dan sturen wij niets door.")]},
]

LOCATIONS = [("Utrecht", "De Zeepbel", "Lombok"), ("Utrecht", "Het Nijntje-huis", "Leidsche Rijn"),
             ("Amersfoort", "Kleine Beer", "Vathorst"), ("Nijmegen", "De Vlinder", "Lent"),
             ("Haarlem", "Klavertje Vier", "Schalkwijk"), ("Arnhem", "Het Boomhuis", "Schuytgraaf"),
             ("Zeist", "De Regenboog", "Kerckebosch"), ("Amsterdam", "De Walvis", "IJburg")]
GROUPS = ["baby's (0-1 jaar)", "dreumesen (1-2 jaar)", "peuters (2-4 jaar)", "bso (4-12 jaar)"]


def noise(rng, when, i, prev):
    prev = prev or {}
    def locator():
        picks = rng.sample(LOCATIONS, 3)
        rows = []
        for city, name, wijk in picks:
            free = rng.choice([0, 0, 1, 2, 3, 4, 6])
            rows.append((city, name, wijk, rng.choice(GROUPS), free))
        return rows
    v = "1.%d.%d" % (when.year - 2020, (when.month - 1) // 3)
    return {
        "token": "CfDJ8" + C.alnum(rng, 150, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        "locator": C.keep_or(rng, prev.get("locator"), 0.55, locator),
        "assets": C.keep_or(rng, prev.get("assets"), 0.15, lambda: v + "-" + C.hexs(rng, 8)),
        "platform": "umbraco13" if when >= RELAUNCH else "umbraco8",
        "cookiebot": "3f1c9d0e-5b2a-4e7f-9a61-2d8c4b7e1f05",
    }


LABELS = {"token": "anti-forgery token in newsletter form", "locator": "free-places locator beside the policy",
          "assets": "asset cache-buster", "platform": "Umbraco 8 grid -> Umbraco 13 block grid relaunch",
          "cookiebot": "Cookiebot id"}


def _locator_html(rows, new):
    items = []
    for city, name, wijk, group, free in rows:
        if free:
            status = '<span class="badge badge--free">Nog %d %s vrij</span>' % (free, "plek" if free == 1 else "plekken")
        else:
            status = '<span class="badge badge--wait">Wachtlijst</span>'
        slug = C.det_sha(name)[:6]
        items.append('<li class="location-card"><a href="/locaties/%s/%s-%s"><strong>%s</strong> %s, %s</a>'
                     '<span class="location-card__group">%s</span>%s</li>'
                     % (city.lower(), name.lower().replace(" ", "-").replace("'", ""), slug, name, wijk, city,
                        group, status))
    cls = "location-finder location-finder--compact" if new else "widget widget-locator"
    return ('<div class="%s" data-api="/umbraco/api/locations/availability">'
            '<h2 class="%s">Vrije plekken bij jou in de buurt</h2>'
            '<form class="location-finder__form" action="/locaties" method="get"><label for="pc">Postcode</label>'
            '<input id="pc" name="postcode" type="text" inputmode="numeric" placeholder="1234 AB">'
            '<button type="submit">Zoeken</button></form><ul class="location-list">%s</ul>'
            '<a class="btn btn-secondary" href="/rondleiding-aanvragen">Plan een rondleiding</a></div>'
            % (cls, "location-finder__title" if new else "widget-title", "".join(items)))


NAV = [("Opvang", "/opvang"), ("Locaties", "/locaties"), ("Ouders", "/ouders"), ("Kosten", "/kosten"),
       ("Werken bij", "/werken-bij"), ("Contact", "/contact")]


def render(state, blocks, when):
    new = state["platform"] == "umbraco13"
    body = C.blocks_html(blocks)
    nav = "".join('<li class="nav-item%s"><a class="nav-link" href="%s">%s</a></li>'
                  % (" active" if h == "/ouders" else "", h, t) for t, h in NAV)
    newsletter = ('<form action="/umbraco/surface/newsletter/subscribe" method="post" class="newsletter-form">'
                  '<label for="nl-email">Ontvang onze nieuwsbrief voor ouders</label>'
                  '<input id="nl-email" name="Email" type="email" required>'
                  '<button type="submit">Aanmelden</button>'
                  '<input name="__RequestVerificationToken" type="hidden" value="%s" /></form>' % state["token"])
    if new:
        content = (
            '<main id="main" class="page page--content">'
            '<nav aria-label="Kruimelpad" class="breadcrumbs"><ol><li><a href="/">Home</a></li>'
            '<li><a href="/ouders">Ouders</a></li><li aria-current="page">Privacyverklaring</li></ol></nav>'
            '<div class="umb-block-grid" data-grid-columns="12" style="--umb-block-grid--grid-columns: 12;">'
            '<div class="umb-block-grid__layout-container">'
            '<div class="umb-block-grid__layout-item" data-content-element-type-alias="richTextBlock" '
            'data-content-element-type-key="6f5c2a1e-88d1-4b0a-9c7e-1d2e3f4a5b6c" '
            'data-element-udi="umb://element/c1a4f0e2d3b54e6f8a9b0c1d2e3f4a5b" data-col-span="8" data-row-span="1" '
            'style=" --umb-block-grid--item-column-span: 8; --umb-block-grid--item-row-span: 1; ">'
            '<div class="rich-text">\n%s\n</div></div>'
            '<div class="umb-block-grid__layout-item" data-content-element-type-alias="locationFinderBlock" '
            'data-content-element-type-key="0b9e8d7c-6a5f-4e3d-2c1b-0a9f8e7d6c5b" '
            'data-element-udi="umb://element/9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5b" data-col-span="4" data-row-span="1" '
            'style=" --umb-block-grid--item-column-span: 4; --umb-block-grid--item-row-span: 1; ">%s</div>'
            '</div></div></main>' % (body, _locator_html(state["locator"], True)))
        head_css = ('<link rel="stylesheet" href="/dist/css/main.css?v=%s" />'
                    '<script type="module" src="/dist/js/main.js?v=%s"></script>' % (state["assets"], state["assets"]))
        header = ('<header class="site-header"><div class="site-header__inner"><a class="site-header__logo" href="/">'
                  '<img src="/media/k2lbq0ax/kinderhaven-logo.svg" alt="KinderHaven Kinderopvang" width="180" height="48"></a>'
                  '<button class="site-header__toggle" aria-expanded="false" aria-controls="mainnav">Menu</button>'
                  '<nav id="mainnav" class="main-nav"><ul>%s</ul></nav>'
                  '<a class="btn btn-primary site-header__cta" href="/inschrijven">Inschrijven</a></div></header>' % nav)
        footer_cls = "site-footer"
    else:
        content = (
            '<div class="page-content"><div class="container"><ol class="breadcrumb"><li><a href="/">Home</a></li>'
            '<li><a href="/ouders/">Ouders</a></li><li class="active">Privacyverklaring</li></ol></div>'
            '<div class="umb-grid"><div class="grid-section"><div ><div class=\'container\'>'
            '<div class="row clearfix"><div class="col-md-8 column"><div >\n%s\n</div></div>'
            '<div class="col-md-4 column"><div >%s</div></div></div></div></div></div></div></div>'
            % (body, _locator_html(state["locator"], False)))
        head_css = ('<link href="/css/bootstrap.min.css" rel="stylesheet" />'
                    '<link href="/css/style.css?v=%s" rel="stylesheet" />'
                    '<script src="/scripts/jquery-3.5.1.min.js"></script>' % state["assets"])
        header = ('<div class="navbar navbar-default navbar-static-top"><div class="container"><div class="navbar-header">'
                  '<a class="navbar-brand" href="/"><img src="/media/1043/logo-kinderhaven.png" alt="KinderHaven"></a>'
                  '</div><ul class="nav navbar-nav navbar-right">%s</ul></div></div>' % nav)
        footer_cls = "footer"
    return """<!DOCTYPE html>
<html lang="nl">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Privacyverklaring | KinderHaven Kinderopvang</title>
    <meta name="description" content="Lees hoe KinderHaven Kinderopvang omgaat met de persoonsgegevens van ouders en kinderen." />
    <link rel="canonical" href="%s" />
    <meta property="og:title" content="Privacyverklaring" />
    <meta property="og:type" content="website" />
    <script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="%s" data-blockingmode="auto" type="text/javascript"></script>
    <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-KH7Q2LD');</script>
    %s
</head>
<body class="%s">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-KH7Q2LD" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<a class="skip-link" href="#main">Direct naar de inhoud</a>
%s
%s
<footer class="%s">
<div class="container"><div class="row">
<div class="col"><h3>KinderHaven</h3><p>Dagopvang, peuteropvang en bso op ruim 40 locaties.</p><p>Klantenservice: <a href="tel:0302345670">030 234 56 70</a> (ma-vr 8.30-17.00)</p></div>
<div class="col">%s</div>
<div class="col"><ul class="footer-links"><li><a href="/ouders/privacyverklaring">Privacyverklaring</a></li><li><a href="/cookieverklaring">Cookieverklaring</a></li><li><a href="/algemene-voorwaarden">Algemene voorwaarden</a></li><li><a href="/klachtenregeling">Klachtenregeling</a></li></ul>
<p class="footer-lrk">Al onze locaties staan in het Landelijk Register Kinderopvang.</p></div>
</div></div>
<p class="copyright">&copy; %d KinderHaven Kinderopvang B.V.</p>
</footer>
</body>
</html>
""" % (URL, state["cookiebot"], head_css, "content-page" if new else "umbraco-page", header, content,
       footer_cls, newsletter, when.year)


OLD_DECL = {"fetch": URL, "select": ".umb-grid .col-md-8"}
NEW_DECL = {"fetch": URL, "select": "[data-content-element-type-alias=\"richTextBlock\"] .rich-text"}

PAGE = {
    "service": "KinderHaven",
    "url": URL,
    "lang": "nl",
    "platform": "Umbraco 8 (Bootstrap grid) -> Umbraco 13 (Block Grid)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Microsoft-IIS/10.0"), ("X-Powered-By", "ASP.NET")),
    "n": 30,
    "start": dt.date(2022, 9, 5),
    "end": dt.date(2025, 10, 28),
    "policy": POLICY,
    "first_updated": dt.date(2022, 5, 16),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": NEW_DECL,
    "history": [dict(OLD_DECL, validUntil="2024-04-15T00:00:00Z")],
}
