"""Dutch electricity and gas grid operator (netbeheerder) on Sitecore XM with SXA 10: title component, an intro
rich text and the policy's sections in a collapsed SXA accordion; header with the live "actuele storingen" banner
and a Sitecore Forms postcode check (__RequestVerificationToken, FormSessionId per visit); SXA theme bundles and
media URLs carry ?t= / rev / hash stamps that change at each deploy."""
import datetime as dt
import html

import common as C

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]

POLICY = """
# Privacyverklaring

Laatst gewijzigd op {UPDATED}

Veenstroom Netbeheer B.V. beheert het elektriciteitsnet en het gasnet in Drenthe, Groningen en een deel van Friesland. Om u aan te sluiten op ons net, storingen te verhelpen en uw meter te beheren, verwerken wij persoonsgegevens. In deze privacyverklaring leest u welke gegevens dat zijn, waarom wij ze nodig hebben, met wie wij ze delen en welke rechten u heeft.

Wij gaan zorgvuldig met uw gegevens om en houden ons aan de Algemene verordening gegevensbescherming (AVG), de Elektriciteitswet 1998, de Gaswet en de Gedragscode Slimme Meters van Netbeheer Nederland. Heeft u na het lezen nog vragen? Neem dan contact op met onze Functionaris Gegevensbescherming via [privacy@veenstroom.nl](mailto:privacy@veenstroom.nl).

## Wie is verantwoordelijk voor uw gegevens?

Veenstroom Netbeheer B.V. is de verwerkingsverantwoordelijke voor de verwerkingen die in deze verklaring staan. Wij zijn ingeschreven bij de Kamer van Koophandel onder nummer 02081734.

@ Veenstroom Netbeheer B.V.
@ Postbus 2140
@ 9400 CC Assen

Wij hebben een Functionaris Gegevensbescherming (FG) aangesteld. De FG houdt onafhankelijk toezicht op de manier waarop wij met persoonsgegevens omgaan.

## Van wie verwerken wij persoonsgegevens?

Wij verwerken gegevens van:

- aangeslotenen: particulieren en bedrijven met een aansluiting op ons elektriciteits- of gasnet;
- aanvragers van een nieuwe of zwaardere aansluiting, ook als zij (nog) geen aangeslotene zijn;
- mensen die een storing, gaslucht of schade aan het net bij ons melden;
- grondeigenaren en omwonenden bij de aanleg van kabels, leidingen en stations;
- bezoekers van onze website en gebruikers van Mijn Veenstroom;
- leveranciers, aannemers en hun medewerkers.

Voor sollicitanten hebben wij een aparte privacyverklaring, die u vindt op onze vacaturesite.

## Welke gegevens verwerken wij?

Welke gegevens wij van u verwerken, hangt af van uw contact met ons. Het gaat om de volgende categorieën:

| Categorie | Voorbeelden |
| Identificatie- en contactgegevens | naam, adres, postcode, telefoonnummer, e-mailadres |
| Aansluitgegevens | EAN-code, aansluitcapaciteit, fysieke status van de aansluiting, type meter |
| Meetgegevens | meterstanden; bij een slimme meter ook dag- en maandstanden en, alleen als dat mag, kwartier- of uurwaarden |
| Financiële gegevens | IBAN en factuurgegevens bij aansluitkosten en vergoedingen |
| Communicatie | e-mails, chatberichten en opnames van telefoongesprekken met onze storingsdienst |
| Gegevens over uw pand | bouwjaar, situatietekening en foto's van de meterkast die u ons stuurt |
| Technische gegevens | IP-adres, browsergegevens en klikgedrag op onze website |

Bijzondere persoonsgegevens vragen wij niet. Staat u geregistreerd als klant met medische apparatuur die afhankelijk is van stroom, dan verwerken wij alleen dat u voorrang krijgt bij een storing, niet welke aandoening u heeft.

## Waarvoor gebruiken wij uw gegevens?

Wij verwerken uw gegevens alleen als daar een grondslag voor is in de AVG. De belangrijkste doelen zijn:

- **Aansluiten en transporteren**: het aanleggen, onderhouden en verzwaren van uw aansluiting en het transporteren van elektriciteit en gas. Dit is een wettelijke taak.
- **Meten**: het plaatsen, uitlezen en beheren van meters en het doorgeven van meetgegevens aan uw energieleverancier. Ook dit is een wettelijke taak.
- **Storingen verhelpen**: het oplossen van storingen en gaslekken en het informeren van getroffen klanten per sms of e-mail.
- **Veiligheid en fraude**: het opsporen van illegale aansluitingen, fraude en energiediefstal. Dit doen wij op grond van ons gerechtvaardigd belang.
- **Netplanning**: het voorspellen van de belasting van het net. Wij gebruiken daarvoor alleen gegevens die niet tot u herleidbaar zijn of die wij hebben gepseudonimiseerd.
- **Klantonderzoek**: het verbeteren van onze dienstverlening met korte enquêtes. U kunt zich hiervoor altijd afmelden.

## De slimme meter

Uw slimme meter stuurt ons standaard één keer per dag de dagstanden en één keer per maand de maandstanden. Die gegevens hebben wij nodig voor de jaarafrekening en het verhuisbericht aan uw leverancier. Kwartierwaarden van elektriciteit en uurwaarden van gas lezen wij alleen uit als u daarvoor toestemming heeft gegeven, als u een dynamisch energiecontract heeft waarvoor uw leverancier ze nodig heeft, of als wij een storing aan de meter onderzoeken.

Wilt u niet dat de meter op afstand wordt uitgelezen? Dan kunt u de meter administratief uit laten zetten. De meter stuurt dan geen standen meer door en u geeft zelf uw meterstanden door aan uw leverancier.

## Met wie delen wij uw gegevens?

Wij delen uw gegevens alleen als dat nodig is voor onze taken of als de wet ons daartoe verplicht:

| Ontvanger | Waarom |
| Uw energieleverancier | facturatie van uw verbruik en van de netbeheerkosten |
| Energie Data Services Nederland (EDSN) | beheer van het centraal aansluitingenregister en de berichtenverkeer in de energiemarkt |
| Aannemers en monteurs | aanleg, onderhoud en vervanging van kabels, leidingen en meters |
| Incassobureau | innen van openstaande aansluitkosten |
| Gemeenten en veiligheidsregio's | bij calamiteiten, evacuaties en het afsluiten van gas |
| Politie en justitie | alleen op vordering, bijvoorbeeld bij energiediefstal |

Met partijen die namens ons gegevens verwerken, sluiten wij een verwerkersovereenkomst. Wij verkopen uw gegevens nooit aan derden.

Sommige van onze leveranciers slaan gegevens op buiten de Europese Economische Ruimte, zoals onze leverancier van klantcontactsoftware in de Verenigde Staten. Wij maken dan gebruik van de standaardcontractbepalingen van de Europese Commissie of van het EU-VS Data Privacy Framework.

## Hoe lang bewaren wij uw gegevens?

Wij bewaren uw gegevens niet langer dan nodig. Daarbij houden wij de volgende termijnen aan:

| Gegevens | Bewaartermijn |
| Aansluitgegevens | zolang de aansluiting bestaat en 7 jaar daarna |
| Meterstanden, dag- en maandstanden | 7 jaar (fiscale bewaarplicht) |
| Kwartier- en uurwaarden | maximaal 2 jaar, daarna alleen geaggregeerd |
| Gespreksopnames van de storingsdienst | 3 maanden |
| Camerabeelden bij onze bedrijfslocaties | 4 weken, tenzij er een incident is vastgelegd |
| Gegevens van websitebezoekers | maximaal 14 maanden |

## Cookies

Op onze website gebruiken wij functionele en analytische cookies. Met uw toestemming plaatsen wij ook cookies om onze website te verbeteren. Meer hierover leest u in onze [cookieverklaring](/cookies).

## Hoe beveiligen wij uw gegevens?

Wij nemen passende technische en organisatorische maatregelen om uw gegevens te beschermen tegen verlies en onrechtmatig gebruik. Onze informatiebeveiliging is gecertificeerd volgens ISO/IEC 27001. Medewerkers hebben alleen toegang tot gegevens die zij voor hun werk nodig hebben en zijn gebonden aan een geheimhoudingsplicht. Een datalek melden wij binnen 72 uur aan de Autoriteit Persoonsgegevens en, als dat nodig is, aan u.

## Uw rechten

U heeft de volgende rechten:

- het recht op inzage in uw gegevens;
- het recht op rectificatie van onjuiste gegevens;
- het recht op verwijdering, tenzij wij de gegevens wettelijk moeten bewaren;
- het recht op beperking van de verwerking;
- het recht om bezwaar te maken tegen verwerking op grond van ons gerechtvaardigd belang;
- het recht op overdraagbaarheid van gegevens die u zelf aan ons heeft gegeven;
- het recht om uw toestemming in te trekken.

U kunt een verzoek indienen via Mijn Veenstroom of per post. Wij reageren binnen een maand. Om misbruik te voorkomen, kunnen wij u vragen om u te identificeren.

## Een klacht indienen

Bent u niet tevreden over hoe wij met uw gegevens omgaan? Laat het ons dan eerst weten, dan zoeken wij samen naar een oplossing. U heeft ook het recht om een klacht in te dienen bij de Autoriteit Persoonsgegevens.

## Contact

Voor vragen over deze privacyverklaring kunt u contact opnemen met onze Functionaris Gegevensbescherming:

@ Veenstroom Netbeheer B.V.
@ t.a.v. de Functionaris Gegevensbescherming
@ Postbus 2140, 9400 CC Assen
@ Telefoon: 0592 74 61 00
@ E-mail: privacy@veenstroom.nl

Bij een storing of als u gas ruikt, belt u altijd het Nationaal Storingsnummer 0800-9009 (gratis, dag en nacht bereikbaar). Deze privacyverklaring kan worden aangepast als onze werkzaamheden of de wet veranderen. De meest actuele versie staat altijd op deze pagina.
"""

EDITS = [
    {"note": "meter company added to the recipients table",
     "repl": [("| Aannemers en monteurs | aanleg, onderhoud en vervanging van kabels, leidingen en meters |",
               "| Aannemers en monteurs | aanleg, onderhoud en vervanging van kabels, leidingen en meters |\n"
               "| Meetbedrijf Noord B.V. | plaatsen, vervangen en op afstand uitlezen van slimme meters |")]},
    {"note": "typo fixed: 'de berichtenverkeer' -> 'het berichtenverkeer'", "bump": False,
     "repl": [("en de berichtenverkeer in", "en het berichtenverkeer in")]},
    {"note": "retention of outage-line call recordings 3 -> 6 months",
     "repl": [("| Gespreksopnames van de storingsdienst | 3 maanden |",
               "| Gespreksopnames van de storingsdienst | 6 maanden |")]},
    {"note": "new section on drone and helicopter inspections of the grid",
     "repl": [("## Met wie delen wij uw gegevens?",
               "## Inspecties met drones en helikopters\n\n"
               "Wij inspecteren hoogspanningsverbindingen, middenspanningsstations en gasleidingen met drones en "
               "soms met een helikopter. Op de beelden kunnen mensen, auto's of erven zichtbaar zijn. Wij gebruiken "
               "de beelden alleen om schade aan het net op te sporen. Beelden waarop personen herkenbaar zijn, "
               "verwijderen of vervagen wij binnen 30 dagen.\n\n"
               "## Met wie delen wij uw gegevens?")]},
    {"note": "DPO phone number changed, 'uiterlijk' inserted in the response time",
     "repl": [("@ Telefoon: 0592 74 61 00", "@ Telefoon: 088 160 25 00"),
              ("Wij reageren binnen een maand.", "Wij reageren uiterlijk binnen een maand.")]},
]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def noise(rng, when, i, prev):
    prev = prev or {}
    def deploy():
        back = dt.timedelta(days=rng.randint(0, 20), hours=rng.randint(0, 23), minutes=rng.randint(0, 59))
        return {"t": (when - back).strftime("%Y%m%dT%H%M%SZ"), "rev": C.hexs(rng, 32),
                "hash": C.hexs(rng, 32).upper(), "gtm": "GTM-K7W3QPL"}
    st = {"deploy": C.keep_or(rng, prev.get("deploy"), 0.12, deploy)}
    r = rng.random()
    if r < 0.15:
        st["storingen"] = (0, 0, 0)
    else:
        st["storingen"] = (rng.choice([1, 1, 2, 2, 3, 4, 5, 7, 9, 12]), rng.choice([0, 0, 0, 1, 1, 2]),
                           rng.choice([0, 3, 5, 6, 8, 11]))
    st["token"] = {"rvt": C.alnum(rng, 92, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                   "session": C.uuid4(rng)}
    return st


LABELS = {"deploy": "SXA theme bundles and media rev/hash stamps (deploy)",
          "storingen": "'actuele storingen' banner in the header (live outage counts)",
          "token": "__RequestVerificationToken and FormSessionId of the postcode check form (per visit)"}

FORM_ID = "0c6b1d2e-7a43-4f0e-9b55-3d1f8e2a6c90"
FORM_PREFIX = "fxb.9e7d4c1a-2b36-4d58-8f0a-61c2b4e7d903"


def _comp(cls, inner):
    return ('<div class="component %s">\n    <div class="component-content">\n%s    </div>\n</div>\n' % (cls, inner))


def _media(dep, path, extra=""):
    return "/-/media/project/veenstroom/%s?%srev=%s&amp;hash=%s" % (path, extra, dep["rev"], dep["hash"])


def render(state, blocks, when):
    dep, tok = state["deploy"], state["token"]
    head, secs = C.split_sections(blocks)
    title = head[0][1]
    intro = C.blocks_html(head[1:], sep="\n")
    stroom, gas, gepland = state["storingen"]
    if stroom == 0 and gas == 0:
        banner = ('<p><span class="status-dot status-dot--ok"></span> Er zijn op dit moment geen storingen bekend '
                  'in ons gebied. <a href="/storingen">Bekijk de storingskaart</a></p>')
    else:
        parts = []
        if stroom:
            parts.append("%d %s" % (stroom, "stroomstoring" if stroom == 1 else "stroomstoringen"))
        if gas:
            parts.append("%d %s" % (gas, "gasstoring" if gas == 1 else "gasstoringen"))
        banner = ('<p><span class="status-dot status-dot--alert"></span> <strong>Actuele storingen:</strong> %s in '
                  'ons gebied. <a href="/storingen">Bekijk de storingskaart</a></p>' % " en ".join(parts))
    if gepland:
        banner += ('\n<p class="planned">Gepland onderhoud: %d onderbrekingen deze week. '
                   '<a href="/storingen/gepland-onderhoud">Bekijk of uw adres geraakt wordt</a></p>' % gepland)
    items = []
    for n, (h, bl) in enumerate(secs):
        cls = "item" + (" first" if n == 0 else "") + (" last" if n == len(secs) - 1 else "")
        items.append(
            '<li class="%s">\n<div class="toggle-header" tabindex="0"><div class="label"><h2 class="field-heading">%s'
            '</h2></div></div>\n<div class="toggle-content"><div class="field-content">%s</div></div>\n</li>'
            % (cls, C.inline_html(h), C.blocks_html(bl, sep="\n")))
    acc = ('<div class="component accordion col-12 acc-collapsed" data-properties=\'{"expandOnHover":false,'
           '"expandedByDefault":false,"speed":500,"easing":"swing","canOpenMultiple":true,"canToggle":true,'
           '"isControlEditable":false}\'>\n    <div class="component-content">\n<div>\n<ul class="items">\n%s\n'
           '</ul>\n</div>\n    </div>\n</div>\n' % "\n".join(items))
    t = dep["t"]
    nav = "".join(
        '<li class="level1 item%d %s rel-level1"><div class="navigation-title field-navigationtitle">'
        '<a title="%s" href="%s">%s</a></div></li>' % (n, "odd" if n % 2 == 0 else "even", lab, href, lab)
        for n, (lab, href) in enumerate([("Storingen", "/storingen"), ("Aansluiten", "/aansluiting"),
                                         ("Meters", "/meters"), ("Verhuizen", "/verhuizen"),
                                         ("Zakelijk", "/zakelijk"), ("Over ons", "/over-ons")]))
    return """<!DOCTYPE html>
<!--[if IE]><![endif]-->
<html lang="nl-NL">
<head>
    <link href="/-/media/base-themes/core-libraries/styles/optimized-min.css?t=%(t)s" rel="stylesheet" /><link href="/-/media/base-themes/main-theme/styles/optimized-min.css?t=%(t)s" rel="stylesheet" /><link href="/-/media/themes/veenstroom/veenstroom/veenstroom/styles/pre-optimized-min.css?t=%(t)s" rel="stylesheet" />

    <title>Privacyverklaring | Veenstroom</title>
    <link rel="canonical" href="https://www.veenstroom.nl/privacy" />
    <link href="%(favicon)s" rel="shortcut icon" />
    <meta property="og:title" content="Privacyverklaring" />
    <meta property="og:url" content="https://www.veenstroom.nl/privacy" />
    <meta property="og:image" content="https://www.veenstroom.nl%(ogimg)s" />
    <meta name="description" content="Lees hoe Veenstroom Netbeheer omgaat met uw persoonsgegevens." />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','%(gtm)s');</script>
    <script id="CookieConsent" src="https://policy.app.cookieinformation.com/uc.js" data-culture="NL" data-gcm-version="2.0" type="text/javascript"></script>
</head>
<body class="default-device bodyclass">
    <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=%(gtm)s" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
    <div id="wrapper">
        <header>
            <div id="header" class="container">
                <div class="row">
%(skip)s%(alert)s%(logo)s<div class="component navigation col-12 col-lg-7 navigation-main navigation-main-horizontal">
    <div class="component-content">
        <nav>
<ul class="clearfix">%(nav)s</ul>
        </nav>
    </div>
</div>
<div class="component sitecore-form col-12 col-lg-3 postcode-check">
    <div class="component-content">
<form action="/formbuilder?fxb.FormItemId=%(form)s&amp;fxb.HtmlPrefix=%(prefix)s" data-ajax="true" data-ajax-method="Post" data-ajax-mode="replace-with" data-ajax-success="$xa.forms.init()" data-ajax-update="#fxb_%(form)s" data-sitecore-form="true" enctype="multipart/form-data" id="fxb_%(form)s" method="post" novalidate="novalidate"><input name="__RequestVerificationToken" type="hidden" value="%(rvt)s" /><input id="fxb_%(form)s_FormSessionId" name="%(prefix)s.FormSessionId" type="hidden" value="%(session)s" /><input id="fxb_%(form)s_IsSessionExpired" name="fxb.%(form)s.IsSessionExpired" type="hidden" value="0" />
<label for="fxb_%(form)s_Fields_Postcode" class="">Storing in uw straat?</label>
<input id="fxb_%(form)s_Fields_Postcode" name="%(prefix)s.Fields[0].Value" class="" type="text" value="" maxlength="7" placeholder="Postcode, bijv. 9401 AB" data-sc-tracking="True" data-sc-field-name="Postcode" />
<input value="Zoeken" type="submit" class="btn btn-primary" name="%(prefix)s.NavigationButtons" />
</form>
    </div>
</div>
                </div>
            </div>
        </header>
        <main>
            <div id="content" class="container">
                <div class="row">
<div class="component breadcrumb navigation-title col-12">
    <div class="component-content">
        <nav aria-label="Kruimelpad"><ol>
                <li class="breadcrumb item-0 odd first"><div class="navigation-title"><a title="Home" href="/">Home</a></div><div class="separator">&gt;</div></li>
                <li class="breadcrumb item-1 even"><div class="navigation-title"><a title="Over ons" href="/over-ons">Over ons</a></div><div class="separator">&gt;</div></li>
                <li class="breadcrumb item-2 odd last"><div class="navigation-title"><a title="Privacyverklaring" href="/privacy">Privacyverklaring</a></div></li>
        </ol></nav>
    </div>
</div>
<div class="row component column-splitter">
        <div class="col-12 col-lg-8">
            <div class="row">
<div class="component title col-12">
    <div class="component-content">
<div class="field-title"><h1>%(title)s</h1></div>    </div>
</div>
<div class="component rich-text col-12">
    <div class="component-content">
%(intro)s
    </div>
</div>
%(acc)s            </div>
        </div>
        <div class="col-12 col-lg-4">
            <div class="row">
<div class="component link-list col-12 direct-regelen">
    <div class="component-content">
        <h3>Direct regelen</h3>
        <ul>
            <li class="item0 odd first"><div class="field-link"><a href="/mijn-veenstroom" data-variantitemid="{A41C2B7D-88E3-4C0B-9C1F-2D5E4A6B7C80}" data-variantfieldname="Link">Inloggen op Mijn Veenstroom</a></div></li>
            <li class="item1 even"><div class="field-link"><a href="/meters/meterstand-doorgeven" data-variantitemid="{A41C2B7D-88E3-4C0B-9C1F-2D5E4A6B7C81}" data-variantfieldname="Link">Meterstand doorgeven</a></div></li>
            <li class="item2 odd last"><div class="field-link"><a href="/over-ons/privacy/inzageverzoek" data-variantitemid="{A41C2B7D-88E3-4C0B-9C1F-2D5E4A6B7C82}" data-variantfieldname="Link">Inzageverzoek indienen</a></div></li>
        </ul>
    </div>
</div>
<div class="component promo col-12 promo-contact">
    <div class="component-content">
<div class="field-promoicon"><img src="%(icon)s" alt="" width="64" height="64" /></div><div class="promo-text"><div><div class="field-promotext"><p>Gas ruiken of stroom uitgevallen? Bel <a href="tel:08009009">0800-9009</a>, dag en nacht bereikbaar.</p></div></div></div>    </div>
</div>
            </div>
        </div>
</div>
                </div>
            </div>
        </main>
        <footer>
            <div id="footer" class="container">
                <div class="row">
<div class="component link-list col-12 col-md-8 footer-links">
    <div class="component-content">
        <ul>
            <li class="item0 odd first"><div class="field-link"><a href="/privacy">Privacy</a></div></li>
            <li class="item1 even"><div class="field-link"><a href="/cookies">Cookies</a></div></li>
            <li class="item2 odd"><div class="field-link"><a href="/disclaimer">Disclaimer</a></div></li>
            <li class="item3 even"><div class="field-link"><a href="/toegankelijkheid">Toegankelijkheid</a></div></li>
            <li class="item4 odd last"><div class="field-link"><a href="/responsible-disclosure">Responsible disclosure</a></div></li>
        </ul>
    </div>
</div>
<div class="component rich-text-footer col-12 col-md-4">
    <div class="component-content">
<p>&copy; %(year)d Veenstroom Netbeheer B.V.</p>    </div>
</div>
                </div>
            </div>
        </footer>
    </div>
    <script src="/-/media/base-themes/core-libraries/scripts/optimized-min.js?t=%(t)s"></script><script src="/-/media/base-themes/xa-api/scripts/optimized-min.js?t=%(t)s"></script><script src="/-/media/base-themes/main-theme/scripts/optimized-min.js?t=%(t)s"></script><script src="/-/media/themes/veenstroom/veenstroom/veenstroom/scripts/pre-optimized-min.js?t=%(t)s"></script>
    <!-- /#wrapper -->
</body>
</html>
""" % {
        "t": t, "gtm": dep["gtm"], "rvt": tok["rvt"], "session": tok["session"], "form": FORM_ID,
        "prefix": FORM_PREFIX, "nav": nav, "title": html.escape(title, quote=False), "intro": intro, "acc": acc,
        "year": when.year,
        "favicon": _media(dep, "favicon/favicon.ico"),
        "ogimg": _media(dep, "beeld/og/veenstroom-og.jpg", "h=630&amp;w=1200&amp;"),
        "icon": _media(dep, "iconen/telefoon.svg", "iar=0&amp;"),
        "skip": _comp("plain-html col-12 skip-link-wrapper", '<a class="skip-link" href="#content">Naar de inhoud</a>\n'),
        "alert": _comp("alert-banner col-12 storingen-banner", banner + "\n"),
        "logo": _comp("image file-type-icon-media-link col-12 col-lg-2 logo",
                      '<a title="Veenstroom" href="/"><img src="%s" alt="Veenstroom Netbeheer" width="180" height="48" '
                      'data-variantitemid="{5B8E0C3A-1F7D-4E26-A9B4-0C6D2E8F1A37}" data-variantfieldname="Image" />'
                      '</a>\n' % _media(dep, "logo/veenstroom-logo.svg", "iar=0&amp;")),
    }


PAGE = {
    "service": "Veenstroom Netbeheer",
    "url": "https://www.veenstroom.nl/privacy",
    "lang": "nl",
    "platform": "Sitecore XM 10.3 with SXA (title, rich text and accordion components)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Cache-Control", "private"), ("X-Frame-Options", "SAMEORIGIN"),
                      ("Strict-Transport-Security", "max-age=31536000")),
    "n": 30,
    "start": dt.date(2022, 2, 14),
    "end": dt.date(2025, 6, 30),
    "policy": POLICY,
    "first_updated": dt.date(2021, 11, 8),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.veenstroom.nl/privacy",
                    "select": ["#content .title .field-title", "#content .column-splitter .rich-text",
                               "#content .accordion"]},
}
