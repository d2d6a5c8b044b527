"""Zoekpersoon.nl / Datavinder B.V. (data broker and people-search site), Dutch, a legacy custom PHP 7 site
(Smarty templates, Bootstrap 3, jQuery), served as windows-1252.

PHP's session.use_trans_sid is on and the crawler sends no cookie, so every visit gets a new PHPSESSID appended to
every relative link, including the links inside the policy (`div.pagecontent`, not removed: only the hrefs change)
and a hidden input in each form. Outside the policy: the "Gegevens laten verwijderen" sidebar form with a CSRF
token, the header's live "personen in onze database" counter and the "Recent gezocht" list of surnames.
"""
import datetime as dt
import re

import common as C

URL = "https://www.zoekpersoon.nl/privacy.php"

POLICY = """# Privacyverklaring Zoekpersoon.nl

Laatst gewijzigd: {UPDATED}

Zoekpersoon.nl is een dienst van Datavinder B.V. Via onze website kunt u zoeken naar adres- en contactgegevens van personen en bedrijven in Nederland. Daarnaast leveren wij adres- en verhuisgegevens aan organisaties die hun klantenbestanden actueel willen houden. In deze privacyverklaring leggen wij uit welke persoonsgegevens wij verwerken, waar wij die vandaan halen, waarvoor wij ze gebruiken en hoe u bezwaar kunt maken of uw gegevens kunt laten verwijderen.

## 1. Wie zijn wij?

Datavinder B.V. is verwerkingsverantwoordelijke voor de verwerkingen die in deze privacyverklaring worden beschreven.

@ Datavinder B.V.
@ Kanaalweg 17-G
@ 3526 KL Utrecht
@ KvK-nummer: 71234567
@ E-mail: privacy@datavinder.nl

Wij hebben een functionaris voor gegevensbescherming (FG) aangesteld. U bereikt onze FG via fg@datavinder.nl.

## 2. Welke gegevens verwerken wij?

### Gegevens in onze zoekdatabase

Over personen die in onze database zijn opgenomen, kunnen wij de volgende gegevens verwerken:

- voorletters, achternaam en eventueel tussenvoegsel;
- adres, postcode en woonplaats;
- vaste telefoonnummers die in openbare telefoongidsen zijn of waren vermeld;
- een indicatie van de leeftijdscategorie (bijvoorbeeld 40-50 jaar), zonder exacte geboortedatum;
- de datum waarop een adres voor het laatst is bevestigd, en eerdere adressen (verhuisgegevens).

Wij verwerken geen bijzondere persoonsgegevens, zoals gegevens over gezondheid, religie of etnische afkomst, en geen burgerservicenummers. Mobiele telefoonnummers en e-mailadressen van particulieren tonen wij nooit op onze website.

### Gegevens van bezoekers en klanten

Als u onze website bezoekt, verwerken wij uw IP-adres, de zoekopdrachten die u uitvoert en technische gegevens over uw browser. Als u een abonnement afsluit of een rapport koopt, verwerken wij daarnaast uw naam, e-mailadres, factuurgegevens en betaalgegevens.

## 3. Waar komen de gegevens vandaan?

Wij verzamelen gegevens niet bij u zelf, maar uit de volgende bronnen:

| Bron | Soort gegevens |
| Openbare telefoongidsen (historische uitgaven) | Naam, adres, vast telefoonnummer |
| Handelsregister van de Kamer van Koophandel | Gegevens van eenmanszaken en bestuurders |
| Verhuisberichten via partners met toestemming van de betrokkene | Oud en nieuw adres |
| Openbare bronnen op internet, zoals bedrijfswebsites | Zakelijke contactgegevens |

## 4. Waarvoor gebruiken wij de gegevens?

Wij gebruiken de gegevens in onze database om gebruikers van Zoekpersoon.nl in staat te stellen personen terug te vinden, bijvoorbeeld om contact te herstellen met familie of oud-klasgenoten, en om organisaties te helpen hun adresbestanden te controleren en te actualiseren (adresvalidatie). Wij baseren deze verwerkingen op ons gerechtvaardigd belang en het gerechtvaardigd belang van onze gebruikers en klanten (artikel 6 lid 1 sub f AVG). Wij hebben een belangenafweging uitgevoerd en passende maatregelen genomen, zoals het niet tonen van exacte geboortedata en het direct verwerken van bezwaren.

Gegevens van bezoekers gebruiken wij om onze website te laten werken, misbruik te voorkomen (bijvoorbeeld door het aantal zoekopdrachten per IP-adres te beperken) en om abonnementen en betalingen af te handelen.

Wij nemen geen besluiten over personen die uitsluitend zijn gebaseerd op geautomatiseerde verwerking. Wel gebruiken wij automatische controles om adressen te vergelijken met nieuwe bronnen en verouderde gegevens te markeren; bij twijfel beoordeelt een medewerker de gegevens.

## 5. Bezwaar en verwijdering

U kunt altijd bezwaar maken tegen de opname van uw gegevens in onze database. Wij verwijderen uw gegevens dan binnen 5 werkdagen uit onze zoekresultaten en uit de bestanden die wij aan klanten leveren, en plaatsen uw adres op een interne blokkadelijst zodat uw gegevens niet opnieuw worden opgenomen.

Gebruik hiervoor ons [verwijderformulier](/verwijderen.php) of stuur een e-mail naar privacy@datavinder.nl. Vermeld uw naam, postcode en huisnummer, zodat wij uw gegevens kunnen vinden. Wij vragen u niet om een kopie van uw identiteitsbewijs.

## 6. Uw overige rechten

U heeft het recht op inzage in de gegevens die wij over u verwerken, het recht om onjuiste gegevens te laten corrigeren en het recht om de verwerking te laten beperken. Een verzoek kunt u indienen via het [contactformulier](/contact.php). Wij reageren binnen een maand.

Bent u het niet eens met de manier waarop wij met uw verzoek omgaan, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens via [autoriteitpersoonsgegevens.nl](https://www.autoriteitpersoonsgegevens.nl).

## 7. Met wie delen wij gegevens?

Gegevens uit onze database worden getoond aan gebruikers van Zoekpersoon.nl en geleverd aan zakelijke klanten voor adresvalidatie. Zakelijke klanten mogen de gegevens uitsluitend gebruiken om hun eigen klantgegevens te controleren en niet voor het aanleggen van nieuwe bestanden. Daarnaast maken wij gebruik van verwerkers, zoals onze hostingpartij (TransIP, Nederland) en onze betaaldienstverlener (Mollie, Nederland). Met al onze verwerkers hebben wij een verwerkersovereenkomst gesloten. Wij geven gegevens alleen aan politie of justitie als wij daartoe wettelijk verplicht zijn.

## 8. Bewaartermijnen

Adresgegevens die niet langer actueel zijn, bewaren wij maximaal 7 jaar na de laatste bevestiging. Zoekopdrachten van bezoekers bewaren wij 90 dagen. Facturen bewaren wij 7 jaar vanwege de fiscale bewaarplicht.

## 9. Cookies

Wij gebruiken alleen functionele cookies en een sessiecookie (PHPSESSID) die nodig zijn voor het functioneren van de website, en analytische cookies die wij privacyvriendelijk hebben ingesteld. Wij plaatsen geen advertentiecookies.

## 10. Beveiliging

Wij beveiligen onze database met versleutelde verbindingen, toegangscontrole op basis van rollen en logging van alle raadplegingen door medewerkers. Het aantal zoekopdrachten per gebruiker is beperkt, zodat het niet mogelijk is om onze database in bulk te kopiëren. Medewerkers met toegang tot persoonsgegevens hebben een geheimhoudingsverklaring ondertekend.

## 11. Wijzigingen

Wij kunnen deze privacyverklaring aanpassen, bijvoorbeeld als wij nieuwe bronnen gaan gebruiken. De datum bovenaan deze pagina geeft aan wanneer de verklaring voor het laatst is gewijzigd. Raadpleeg deze pagina daarom regelmatig."""

EDITS = [
    {"note": "source added to the sources table (Kadaster)",
     "repl": [("| Openbare bronnen op internet, zoals bedrijfswebsites | Zakelijke contactgegevens |",
               "| Openbare bronnen op internet, zoals bedrijfswebsites | Zakelijke contactgegevens |\n"
               "| Kadaster (openbare registers) | Adres en bouwjaar van woningen |")]},
    {"note": "removal period changed from 5 working days to 48 hours",
     "repl": [("binnen 5 werkdagen uit onze zoekresultaten", "binnen 48 uur uit onze zoekresultaten")]},
    {"note": "address changed (office moved within Utrecht)",
     "repl": [("@ Kanaalweg 17-G\n@ 3526 KL Utrecht", "@ Europalaan 40\n@ 3526 KS Utrecht")]},
    {"note": "sentence added: no data sold to marketing list brokers",
     "repl": [("en niet voor het aanleggen van nieuwe bestanden.",
               "en niet voor het aanleggen van nieuwe bestanden. Wij verkopen geen gegevens voor direct "
               "marketing.")]},
    {"note": "words 'oude vrienden' inserted in the purposes paragraph (no date bump)", "bump": False,
     "repl": [("met familie of oud-klasgenoten,", "met familie, oude vrienden of oud-klasgenoten,")]},
]

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MAANDEN[d.month - 1], d.year)


SURNAMES = ["De Jong", "Jansen", "De Vries", "Van den Berg", "Van Dijk", "Bakker", "Janssen", "Visser", "Smit",
            "Meijer", "De Boer", "Mulder", "De Groot", "Bos", "Vos", "Peters", "Hendriks", "Van Leeuwen", "Dekker",
            "Brouwer", "De Wit", "Dijkstra", "Smits", "De Graaf", "Van der Meer", "Kok", "Jacobs", "Vermeulen"]


def noise(rng, when, i, prev):
    days = (when - dt.datetime(2021, 1, 1)).days
    return {
        "sid": C.alnum(rng, 26, "abcdefghijklmnopqrstuv0123456789"),
        "csrf": C.hexs(rng, 40),
        "count": 12204113 + days * 731 + rng.randint(0, 700),
        "recent": tuple(rng.sample(SURNAMES, 6)),
        "cachebust": C.keep_or(rng, (prev or {}).get("cachebust"), 0.1, lambda: when.strftime("%Y%m%d")),
    }


LABELS = {"sid": "PHPSESSID in every relative link (also inside the policy)", "csrf": "removal form CSRF token",
          "count": "live database counter", "recent": "recent searches list", "cachebust": "asset ?v= stamp"}


def dots(n):
    return "{:,}".format(n).replace(",", ".")


def transsid(s, sid):
    """PHP's url_rewriter: append the session id to relative links and add a hidden input to forms."""
    def a(m):
        href = m.group(1)
        if re.match(r"(https?:|mailto:|#|//)", href):
            return m.group(0)
        sep = "&amp;" if "?" in href else "?"
        return 'href="%s%sPHPSESSID=%s"' % (href, sep, sid)
    s = re.sub(r'href="([^"]*)"', a, s)
    s = re.sub(r'(<form [^>]*action="/[^"]*"[^>]*>)', r'\1<input type="hidden" name="PHPSESSID" value="%s" />' % sid, s)
    return s


def render(st, blocks, when):
    sid = st["sid"]
    body = C.blocks_html(blocks)
    recent = " ".join('<li><a href="/zoeken.php?naam=%s">%s</a></li>' % (n.replace(" ", "+"), n) for n in st["recent"])
    page = """<!DOCTYPE html>
<html lang="nl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Privacyverklaring - Zoekpersoon.nl</title>
<meta name="description" content="Lees hoe Zoekpersoon.nl omgaat met persoonsgegevens en hoe u uw gegevens kunt laten verwijderen." />
<link rel="stylesheet" href="/css/bootstrap.min.css?v=3.4.1" />
<link rel="stylesheet" href="/css/zp.css?v={cb}" />
<link rel="shortcut icon" href="/favicon.ico" />
<script src="/js/jquery-1.12.4.min.js"></script>
<script>
  var _paq = window._paq = window._paq || [];
  _paq.push(['disableCookies']);
  _paq.push(['trackPageView']);
  (function() {{ var u="//stats.zoekpersoon.nl/"; _paq.push(['setTrackerUrl', u+'matomo.php']); _paq.push(['setSiteId', '2']);
  var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0]; g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s); }})();
</script>
</head>
<body class="page-privacy">
<div id="top">
 <div class="container">
  <div class="row">
   <div class="col-sm-4"><a href="/" class="logo"><img src="/img/logo-zoekpersoon.png" width="220" height="48" alt="Zoekpersoon.nl" /></a></div>
   <div class="col-sm-8 text-right">
    <p class="teller">Al <strong id="teller">{count}</strong> personen in onze database</p>
    <form class="form-inline zoekbalk" method="get" action="/zoeken.php">
     <input type="text" name="naam" class="form-control" placeholder="Achternaam" />
     <input type="text" name="plaats" class="form-control" placeholder="Woonplaats of postcode" />
     <button type="submit" class="btn btn-warning">Zoeken</button>
    </form>
   </div>
  </div>
 </div>
</div>
<nav class="navbar navbar-default">
 <div class="container">
  <ul class="nav navbar-nav">
   <li><a href="/">Home</a></li>
   <li><a href="/personen.php">Personen zoeken</a></li>
   <li><a href="/bedrijven.php">Bedrijven zoeken</a></li>
   <li><a href="/adresvalidatie.php">Adresvalidatie voor bedrijven</a></li>
   <li><a href="/abonnement.php">Abonnement</a></li>
   <li><a href="/verwijderen.php">Gegevens verwijderen</a></li>
  </ul>
 </div>
</nav>
<div class="container">
 <div class="row">
  <div id="content" class="col-md-8">
   <ol class="breadcrumb"><li><a href="/">Home</a></li><li class="active">Privacy</li></ol>
   <div class="pagecontent">
{body}
   </div>
  </div>
  <div id="sidebar" class="col-md-4">
   <div class="panel panel-default verwijder-panel">
    <div class="panel-heading"><h3 class="panel-title">Gegevens laten verwijderen</h3></div>
    <div class="panel-body">
     <p>Staat u in onze database en wilt u dat niet? Vul uw gegevens in; wij verwijderen ze kosteloos.</p>
     <form method="post" action="/verwijderen.php">
      <input type="hidden" name="csrf_token" value="{csrf}" />
      <div class="form-group"><label for="vw-naam">Achternaam</label><input type="text" id="vw-naam" name="naam" class="form-control" /></div>
      <div class="form-group"><label for="vw-pc">Postcode en huisnummer</label><input type="text" id="vw-pc" name="postcode" class="form-control" /></div>
      <div class="form-group"><label for="vw-mail">E-mailadres (voor de bevestiging)</label><input type="email" id="vw-mail" name="email" class="form-control" /></div>
      <button type="submit" class="btn btn-danger btn-block">Verwijderverzoek versturen</button>
     </form>
    </div>
   </div>
   <div class="panel panel-default">
    <div class="panel-heading"><h3 class="panel-title">Recent gezocht</h3></div>
    <div class="panel-body"><ul class="list-inline recent">{recent}</ul></div>
   </div>
  </div>
 </div>
</div>
<div id="footer">
 <div class="container">
  <p><a href="/voorwaarden.php">Algemene voorwaarden</a> | <a href="/privacy.php">Privacyverklaring</a> | <a href="/cookies.php">Cookies</a> | <a href="/contact.php">Contact</a></p>
  <p class="small">&copy; 2009-{year} Datavinder B.V. &middot; KvK 71234567 &middot; Alle rechten voorbehouden.</p>
 </div>
</div>
<script src="/js/bootstrap.min.js?v=3.4.1"></script>
<script src="/js/zp.js?v={cb}"></script>
</body>
</html>
""".format(cb=st["cachebust"], count=dots(st["count"]), body=body, csrf=st["csrf"], recent=recent,
           year=when.year)
    return transsid(page, sid)


PAGE = {
    "service": "Zoekpersoon",
    "url": URL,
    "lang": "nl",
    "platform": "custom PHP 7 (Smarty, Bootstrap 3), session.use_trans_sid, windows-1252",
    "content_type": "text/html; charset=windows-1252",
    "encoding": "windows-1252",
    "extra_headers": (("Server", "Apache/2.4.41 (Ubuntu)"), ("X-Powered-By", "PHP/7.4.3"),
                      ("Expires", "Thu, 19 Nov 1981 08:52:00 GMT"),
                      ("Cache-Control", "no-store, no-cache, must-revalidate"), ("Pragma", "no-cache")),
    "n": 28,
    "start": dt.date(2021, 5, 10),
    "end": dt.date(2024, 11, 29),
    "hours": (1, 13),
    "policy": POLICY,
    "first_updated": dt.date(2020, 11, 2),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "div.pagecontent"},
}
