"""Universiteit Maasland - nl-NL - Drupal 10 (university theme "um_base"), Siteimprove, Cookiebot.

A university's general "Privacyverklaring": a definitions list (<dl>) of the AVG's terms, links to the many
specific notices (students, staff, research participants, alumni, camera images, proctoring...), a retention
table and an "Op deze pagina" anchor list in the sidebar. Well built; ordinary noise: agenda teasers, the open-day
banner of the season, Drupal form_build_id and aggregated asset hashes, Siteimprove session ids."""
import datetime as dt
import re
import common as C

URL = "https://www.universiteitmaasland.nl/over-de-universiteit/privacy/privacyverklaring"
MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MAANDEN[d.month - 1], d.year)


POLICY = """
# Privacyverklaring Universiteit Maasland

Laatst bijgewerkt op {UPDATED}

De Universiteit Maasland verwerkt persoonsgegevens van studenten, medewerkers, onderzoeksdeelnemers, alumni, bezoekers en vele anderen. Wij vinden het belangrijk dat dit zorgvuldig gebeurt en dat u weet wat er met uw gegevens gebeurt. In deze algemene privacyverklaring leggen wij uit hoe de universiteit omgaat met persoonsgegevens. Voor specifieke groepen en verwerkingen hebben wij aanvullende privacyverklaringen opgesteld; u vindt die onder het kopje Specifieke privacyverklaringen.

## 1. Wie is verantwoordelijk?

De Universiteit Maasland, gevestigd aan het Minderbroedersplein 4, 6211 LK Maastricht, is verwerkingsverantwoordelijke in de zin van de Algemene verordening gegevensbescherming (AVG). Het College van Bestuur is namens de universiteit eindverantwoordelijk voor de naleving van de privacywetgeving. De decanen en directeuren van de diensten zijn binnen hun faculteit of dienst verantwoordelijk voor de uitvoering.

## 2. Begrippen

In deze privacyverklaring gebruiken wij de volgende begrippen:

- **Persoonsgegevens**: alle informatie over een geïdentificeerde of identificeerbare natuurlijke persoon, zoals een naam, studentnummer, e-mailadres of IP-adres.
- **Bijzondere persoonsgegevens**: gegevens over gezondheid, etnische afkomst, religie, politieke opvattingen, seksuele leven of seksuele gerichtheid, lidmaatschap van een vakbond, genetische en biometrische gegevens.
- **Verwerking**: elke handeling met persoonsgegevens, zoals het verzamelen, vastleggen, ordenen, bewaren, raadplegen, gebruiken, verstrekken en vernietigen.
- **Verwerkingsverantwoordelijke**: de organisatie die het doel van en de middelen voor de verwerking vaststelt; in deze verklaring de Universiteit Maasland.
- **Verwerker**: een organisatie die in opdracht van de universiteit persoonsgegevens verwerkt, bijvoorbeeld een leverancier van een digitale leeromgeving.
- **Betrokkene**: de persoon van wie de persoonsgegevens worden verwerkt.
- **Functionaris voor de gegevensbescherming (FG)**: de onafhankelijke toezichthouder binnen de universiteit die toeziet op de naleving van de AVG.

## 3. Welke persoonsgegevens verwerken wij?

Welke gegevens wij verwerken hangt af van uw relatie met de universiteit. Het gaat onder meer om:

- naam, adres, woonplaats, geboortedatum, geslacht en nationaliteit;
- studentnummer, personeelsnummer en gebruikersnaam;
- contactgegevens zoals e-mailadres en telefoonnummer;
- gegevens over vooropleiding, inschrijving, studievoortgang, tentamenresultaten en diploma's;
- financiële gegevens zoals rekeningnummer en gegevens over collegegeld;
- gegevens die nodig zijn voor de uitvoering van een arbeidsovereenkomst, zoals salaris en verlof;
- pasfoto's voor de campuskaart;
- gegevens over het gebruik van onze ICT-voorzieningen, zoals inloggegevens en IP-adressen;
- camerabeelden van de gebouwen en terreinen van de universiteit.

Bijzondere persoonsgegevens verwerken wij alleen als dat wettelijk is toegestaan, bijvoorbeeld gezondheidsgegevens van een student die een voorziening bij tentamens aanvraagt, of gegevens die deelnemers aan wetenschappelijk onderzoek met toestemming verstrekken.

## 4. Doelen en grondslagen

Wij verwerken persoonsgegevens alleen als daarvoor een grondslag bestaat op grond van artikel 6 AVG. De belangrijkste doelen zijn:

- het verzorgen van onderwijs, de inschrijving van studenten via Studielink en de registratie van studieresultaten, op grond van de Wet op het hoger onderwijs en wetenschappelijk onderzoek (WHW);
- het verrichten van wetenschappelijk onderzoek, als taak van algemeen belang;
- het aangaan en uitvoeren van arbeidsovereenkomsten;
- het verstrekken van gegevens aan DUO, de Belastingdienst en andere overheidsinstanties, als wettelijke verplichting;
- de beveiliging van gebouwen, personen en ICT-systemen, als gerechtvaardigd belang;
- het onderhouden van contact met alumni en het informeren van aspirant-studenten, op basis van toestemming of gerechtvaardigd belang.

## 5. Specifieke privacyverklaringen

Voor de volgende groepen en verwerkingen gelden aanvullende privacyverklaringen. Daarin staat precies welke gegevens wij verwerken, met wie wij ze delen en hoe lang wij ze bewaren.

- [Privacyverklaring voor studenten](/over-de-universiteit/privacy/privacyverklaring-studenten)
- [Privacyverklaring voor aspirant-studenten en bezoekers van open dagen](/over-de-universiteit/privacy/privacyverklaring-aspirant-studenten)
- [Privacyverklaring voor medewerkers](/over-de-universiteit/privacy/privacyverklaring-medewerkers)
- [Privacyverklaring voor sollicitanten](/over-de-universiteit/privacy/privacyverklaring-sollicitanten)
- [Privacyverklaring voor deelnemers aan wetenschappelijk onderzoek](/over-de-universiteit/privacy/privacyverklaring-onderzoek)
- [Privacyverklaring voor alumni en relaties](/over-de-universiteit/privacy/privacyverklaring-alumni)
- [Privacyverklaring cameratoezicht](/over-de-universiteit/privacy/cameratoezicht)
- [Privacyverklaring bibliotheek](/over-de-universiteit/privacy/privacyverklaring-bibliotheek)
- [Cookieverklaring](/cookieverklaring)

## 6. Met wie delen wij persoonsgegevens?

Wij delen persoonsgegevens alleen met derden als dat nodig is voor de genoemde doelen of als wij daartoe wettelijk verplicht zijn. Denk aan DUO, Studielink, de Belastingdienst, pensioenfonds ABP, de Immigratie- en Naturalisatiedienst voor internationale studenten en medewerkers, en partneruniversiteiten bij uitwisselingen. Leveranciers die in onze opdracht gegevens verwerken, zoals leveranciers van de digitale leeromgeving, het studentinformatiesysteem en het roostersysteem, zijn verwerkers; met hen sluiten wij een verwerkersovereenkomst, waarvoor wij het model van SURF gebruiken.

Gegevens worden in beginsel binnen de Europese Economische Ruimte verwerkt. Als gegevens daarbuiten worden verwerkt, bijvoorbeeld bij een uitwisseling met een partneruniversiteit buiten de EER, zorgen wij voor passende waarborgen zoals de standaardcontractbepalingen van de Europese Commissie.

## 7. Hoe lang bewaren wij gegevens?

Wij bewaren persoonsgegevens niet langer dan nodig. Voor veel gegevens gelden wettelijke bewaartermijnen op grond van de Archiefwet en de Selectielijst voor universiteiten en universitair medische centra. Enkele voorbeelden:

| Gegevens | Bewaartermijn |
| Inschrijvingsgegevens en diplomagegevens | 50 jaar na beëindiging van de inschrijving |
| Tentamenwerk | 2 jaar |
| Cijferadministratie | 50 jaar |
| Personeelsdossier | 7 jaar na uitdiensttreding |
| Sollicitatiegegevens | 4 weken na afloop van de procedure, of 1 jaar met toestemming |
| Camerabeelden | 4 weken, tenzij een incident onderzocht wordt |
| Onderzoeksdata | Ten minste 10 jaar na publicatie, conform de Nederlandse gedragscode wetenschappelijke integriteit |

## 8. Beveiliging

De universiteit neemt passende technische en organisatorische maatregelen om persoonsgegevens te beveiligen, zoals toegangsbeheer, versleuteling en tweestapsverificatie. Het informatiebeveiligingsbeleid is gebaseerd op het normenkader van SURF. Datalekken worden gemeld bij het CERT van de universiteit en, als dat verplicht is, binnen 72 uur bij de Autoriteit Persoonsgegevens.

## 9. Uw rechten

U heeft het recht op inzage, rectificatie, verwijdering, beperking van de verwerking, overdraagbaarheid van gegevens en het recht om bezwaar te maken. Als de verwerking is gebaseerd op toestemming, kunt u die toestemming altijd intrekken. Studenten en medewerkers kunnen veel gegevens zelf inzien in het studentenportaal of het medewerkersportaal. Een verzoek kunt u indienen via [privacy@universiteitmaasland.nl](mailto:privacy@universiteitmaasland.nl). Wij reageren binnen een maand. Om uw identiteit vast te stellen, kunnen wij u vragen om aanvullende informatie.

## 10. Vragen en klachten

Heeft u vragen over deze privacyverklaring of over de verwerking van uw gegevens, neem dan contact op met de Functionaris voor de Gegevensbescherming, mr. A.J.M. Hendrix, via [fg@universiteitmaasland.nl](mailto:fg@universiteitmaasland.nl). Bent u het niet eens met de manier waarop wij uw vraag of klacht hebben afgehandeld, dan kunt u een klacht indienen bij de [Autoriteit Persoonsgegevens](https://autoriteitpersoonsgegevens.nl/nl/zelf-doen/privacyrechten/klacht-over-gebruik-persoonsgegevens).

## 11. Wijzigingen

De universiteit kan deze privacyverklaring wijzigen. De actuele versie staat altijd op deze pagina.
"""

EDITS = [
    {"note": "specific notices: new link 'Privacyverklaring online proctoring' added to the list",
     "repl": [("- [Privacyverklaring cameratoezicht]", "- [Privacyverklaring online proctoring bij digitale tentamens](/over-de-universiteit/privacy/online-proctoring)\n- [Privacyverklaring cameratoezicht]")]},
    {"note": "definitions list: 'Verwerker' definition reworded (silent, date not bumped)", "bump": False,
     "repl": [("een organisatie die in opdracht van de universiteit persoonsgegevens verwerkt, bijvoorbeeld een leverancier van een digitale leeromgeving.",
               "een partij die in opdracht en onder verantwoordelijkheid van de universiteit persoonsgegevens verwerkt, zonder daarover zelf zeggenschap te hebben, bijvoorbeeld een leverancier van een digitale leeromgeving of een clouddienst.")]},
    {"note": "retention table: exam work 2 years -> 2 years after the result is final; new DPO named",
     "repl": [("| Tentamenwerk | 2 jaar |", "| Tentamenwerk | 2 jaar na vaststelling van de uitslag |"),
              ("mr. A.J.M. Hendrix", "drs. L. van der Meer-Bos")]},
    {"note": "new section 'Generatieve AI in onderwijs en onderzoek' inserted as 9; rights/questions/changes renumbered 10-12; definitions list gains 'Profilering'",
     "repl": [("## 9. Uw rechten", "## 9. Generatieve AI in onderwijs en onderzoek\n\nDe universiteit stelt medewerkers en studenten een eigen omgeving voor generatieve AI beschikbaar, die via SURF wordt afgenomen. Prompts en bestanden die u daarin invoert, worden niet gebruikt om de onderliggende taalmodellen te trainen en worden na 30 dagen verwijderd. Gebruik geen bijzondere persoonsgegevens of vertrouwelijke onderzoeksgegevens in openbare AI-diensten die niet door de universiteit zijn goedgekeurd. Beslissingen over toelating, beoordeling of personeelszaken worden nooit uitsluitend door AI genomen.\n\n## 10. Uw rechten"),
              ("## 10. Vragen en klachten", "## 11. Vragen en klachten"),
              ("## 11. Wijzigingen", "## 12. Wijzigingen"),
              ("- **Betrokkene**:", "- **Profilering**: elke vorm van geautomatiseerde verwerking waarbij aan de hand van persoonsgegevens bepaalde persoonlijke aspecten worden geëvalueerd, zoals studievoortgang of studiegedrag.\n- **Betrokkene**:")]},
    {"note": "complaint link to the Autoriteit Persoonsgegevens moved to its new URL (silent, date not bumped)", "bump": False,
     "repl": [("(https://autoriteitpersoonsgegevens.nl/nl/zelf-doen/privacyrechten/klacht-over-gebruik-persoonsgegevens)",
               "(https://www.autoriteitpersoonsgegevens.nl/uw-privacy/klacht-indienen-bij-de-ap)")]},
]

AGENDA = [("Open dag bachelors", "/agenda/open-dag"), ("Oratie prof. dr. K. Smeets: Data en democratie", "/agenda/oratie-smeets"),
          ("Dies Natalis", "/agenda/dies-natalis"), ("Promotie M. de Vries: Privacy by design in de zorg", "/agenda/promotie-de-vries"),
          ("Studium Generale: Wie bezit jouw data?", "/agenda/studium-generale-data"), ("Meeloopdag master Law and Technology", "/agenda/meeloopdag-ltl")]

DL_RE = re.compile(r"^\*\*(.+?)\*\*: (.*)$")


def is_dl(b):
    return b[0] == "ul" and all(DL_RE.match(x) for x in b[1])


def gold_md(blocks):
    out = []
    for b in blocks:
        if is_dl(b):
            for x in b[1]:
                t, d = DL_RE.match(x).groups()
                out.append(C.inline_md(t, URL))
                out.append(C.inline_md(d, URL))
        else:
            out.append(C.block_md(b, URL))
    return "\n\n".join(out)


def slug(t):
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")


def render(s, blocks, when):
    fb, sid = s["tokens"]
    css, js = s["assets"]
    h1 = blocks[0]
    parts, heads = [], []
    for b in blocks[1:]:
        if b[0] == "h2":
            heads.append(b[1])
            parts.append('<h2 id="%s">%s</h2>' % (slug(b[1]), C.inline_html(b[1])))
        elif is_dl(b):
            parts.append('<dl class="definition-list">%s</dl>' % "".join(
                "<dt>%s</dt><dd>%s</dd>" % tuple(C.inline_html(x) for x in DL_RE.match(it).groups()) for it in b[1]))
        else:
            parts.append(C.block_html(b))
    otp = "".join('<li><a href="#%s">%s</a></li>' % (slug(t), C.inline_html(t)) for t in heads)
    agenda = "".join('<li class="agenda-item"><time>%s</time><a href="%s">%s</a></li>'
                     % ((when + dt.timedelta(days=4 + 6 * n)).strftime("%d-%m"), AGENDA[k][1], AGENDA[k][0]) for n, k in enumerate(s["agenda"]))
    banner = {"open": ('Open dagen: kom kennismaken met je studie', '/open-dagen'),
              "intro": ('Nieuwe student? Alles over de introductieweek', '/introductie'),
              "none": None}[s["banner"]]
    banner_html = '<div class="top-banner"><a href="%s">%s</a></div>' % (banner[1], banner[0]) if banner else ""
    return ('<!DOCTYPE html>\n<html lang="nl" dir="ltr">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n<meta name="MobileOptimized" content="width">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n<link rel="canonical" href="%s">\n'
            '<title>Privacyverklaring | Universiteit Maasland</title>\n'
            '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language=nl&amp;theme=um_base">\n'
            '<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="f3a1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d"></script>\n'
            '</head>\n<body class="path-node page-node-type-page">\n<a href="#main-content" class="visually-hidden focusable">Overslaan en naar de inhoud gaan</a>\n'
            '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n%s\n'
            '<header class="header"><div class="header__inner"><a class="header__logo" href="/" rel="home"><img src="/themes/custom/um_base/logo.svg" alt="Universiteit Maasland"></a>'
            '<nav class="menu--main" aria-label="Hoofdnavigatie"><ul><li><a href="/onderwijs">Onderwijs</a></li><li><a href="/onderzoek">Onderzoek</a></li>'
            '<li><a href="/samenwerken">Samenwerken</a></li><li><a href="/over-de-universiteit">Over de universiteit</a></li></ul></nav>'
            '<ul class="header__service"><li><a href="/en/about-the-university/privacy/privacy-statement" hreflang="en">EN</a></li><li><a href="https://intranet.universiteitmaasland.nl">Intranet</a></li></ul>'
            '<form class="search-form" action="/zoeken" method="get"><input type="search" name="search_api_fulltext" placeholder="Zoeken"><input type="hidden" name="form_build_id" value="%s"><input type="hidden" name="form_id" value="search_form"></form></div></header>\n'
            '<main role="main"><a id="main-content" tabindex="-1"></a>\n'
            '<div class="breadcrumb-wrapper"><nav class="breadcrumb" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Kruimelpad</h2><ol>'
            '<li><a href="/">Home</a></li><li><a href="/over-de-universiteit">Over de universiteit</a></li><li><a href="/over-de-universiteit/privacy">Privacy</a></li><li>Privacyverklaring</li></ol></nav></div>\n'
            '<div class="layout-content-wrapper"><aside class="layout-sidebar"><nav class="on-this-page" aria-labelledby="otp-title"><h2 id="otp-title">Op deze pagina</h2><ol>%s</ol></nav>'
            '<div class="block-agenda"><h2>Agenda</h2><ul>%s</ul></div></aside>\n'
            '<div class="layout-content"><article class="node node--type-page node--view-mode-full">\n'
            '<h1 class="page-title"><span class="field field--name-title field--type-string">%s</span></h1>\n'
            '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">\n%s\n</div>\n'
            '</article>\n<div class="page-feedback" data-siteimprove-session="%s"><p>Was deze pagina nuttig?</p><button>Ja</button><button>Nee</button></div></div></div>\n</main>\n'
            '<footer class="footer"><div class="footer__inner"><div class="footer__col"><h2>Contact</h2><p>Universiteit Maasland<br>Minderbroedersplein 4<br>6211 LK Maastricht<br>043 388 22 22</p></div>'
            '<div class="footer__col"><ul><li><a href="/over-de-universiteit/privacy">Privacy</a></li><li><a href="/cookieverklaring">Cookies</a></li><li><a href="/toegankelijkheid">Toegankelijkheid</a></li>'
            '<li><a href="/disclaimer">Disclaimer</a></li></ul></div></div></footer>\n</div>\n'
            '<script src="/sites/default/files/js/js_%s.js?scope=footer&amp;delta=0&amp;language=nl&amp;theme=um_base"></script>\n'
            '<script async src="https://siteimproveanalytics.com/js/siteanalyze_6012345.js"></script>\n'
            '</body>\n</html>\n'
            % (URL, css, banner_html, fb, otp, agenda, C.inline_html(h1[1]), "\n".join(parts), sid, js))


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["tokens"] = ("form-" + C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), C.hexs(rng, 24))
    s["assets"] = C.keep_or(rng, prev.get("assets"), 0.3, lambda: (C.alnum(rng, 43), C.alnum(rng, 43)))
    s["agenda"] = C.keep_or(rng, prev.get("agenda"), 0.7, lambda: tuple(rng.sample(range(len(AGENDA)), 3)))
    s["banner"] = "open" if when.month in (2, 3, 10, 11) else "intro" if when.month in (7, 8) else "none"
    return s


LABELS = {
    "tokens": "Drupal search form_build_id, Siteimprove session id",
    "assets": "Drupal aggregated CSS/JS hashes",
    "agenda": "sidebar agenda teasers (dates follow the visit)",
    "banner": "seasonal top banner (open days / introduction week)",
}

PAGE = {
    "service": "Universiteit Maasland", "url": URL, "lang": "nl-NL", "platform": "Drupal 10",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2021, 1, 20), "end": dt.date(2026, 4, 15),
    "policy": POLICY, "first_updated": dt.date(2020, 9, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": ["article.node--type-page"]},
}
