"""Omroep Veenland (Emmen) - nl-NL - regional public broadcaster on Drupal 10 (Olivero-derived theme), NPO cookie
consent, NPO Player embed. Header "Nu op TV" / "Nu op Radio" strip from the programme schedule, weather/traffic.

Harder: the policy is flat inside the node (h1, a reading-time meta line, the policy's paragraphs and headings,
an explainer video player in the middle of the text, then share buttons and "Lees ook" as siblings): no element
holds just the policy, so the declaration is an OTA range (startBefore the title, endBefore the share buttons)
with the meta line and the player removed. The player carries per-visit session ids."""
import datetime as dt
import common as C

URL = "https://www.omroepveenland.nl/privacy"
MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MAANDEN[d.month - 1], d.year)


POLICY = """
# Privacyverklaring

Laatst bijgewerkt: {UPDATED}

Omroep Veenland is de regionale publieke omroep voor Zuidoost-Drenthe. Wij maken nieuws, radio en televisie voor en over de regio. Daarbij gaan wij zorgvuldig om met de persoonsgegevens van onze kijkers, luisteraars en websitebezoekers. In deze privacyverklaring lees je welke gegevens wij verwerken, waarom wij dat doen en welke rechten je hebt.

## Wie zijn wij?

Omroep Veenland is een uitgave van Stichting Regionale Omroep Veenland, gevestigd aan de Hoofdstraat 41, 7811 EH Emmen, ingeschreven bij de Kamer van Koophandel onder nummer 04087213. De stichting is verwerkingsverantwoordelijke in de zin van de Algemene verordening gegevensbescherming (AVG) voor de verwerkingen die in deze verklaring worden beschreven.

## Welke persoonsgegevens verwerken wij?

Afhankelijk van hoe je gebruikmaakt van onze diensten, verwerken wij de volgende gegevens:

- naam, e-mailadres, telefoonnummer en woonplaats, als je contact met ons opneemt, een nieuwstip stuurt of meedoet aan een winactie;
- beeld- en geluidsmateriaal dat je ons toestuurt;
- gegevens over je apparaat en je gebruik van onze website en app, zoals je IP-adres, browsertype en de pagina's die je bezoekt;
- je e-mailadres, als je je aanmeldt voor onze nieuwsbrief.
- je sollicitatiegegevens, als je bij ons solliciteert of je aanmeldt als vrijwilliger of stagiair.

## Waarvoor gebruiken wij je gegevens?

Wij gebruiken je gegevens om contact met je op te nemen over je tip of vraag, om winacties en verzoekplaten af te handelen, om onze nieuwsbrief te versturen en om onze website en app te verbeteren. Wij verwerken je gegevens op grond van je toestemming, om een overeenkomst met je uit te voeren, om te voldoen aan een wettelijke verplichting of omdat wij daar een gerechtvaardigd belang bij hebben, zoals het goed laten functioneren van onze website.

Als publieke media-instelling hebben wij op grond van de Mediawet 2008 een publieke mediaopdracht. Voor de verwerking van persoonsgegevens voor uitsluitend journalistieke doeleinden gelden op grond van artikel 43 van de Uitvoeringswet AVG uitzonderingen op een aantal bepalingen van de AVG.

## Nieuwstips en beeldmateriaal

Stuur je ons een tip, foto of video, dan gebruiken wij je gegevens om je tip te controleren en eventueel contact met je op te nemen. Wij vermelden je naam alleen bij publicatie als je daar toestemming voor geeft. Door ons materiaal toe te sturen, geef je ons het recht het te gebruiken in onze uitzendingen en op onze kanalen.

Wanneer wij filmen of fotograferen op straat of bij evenementen, kunnen herkenbare personen in beeld komen. Wij wegen daarbij het belang van de nieuwsgaring af tegen jouw privacy. Wil je niet herkenbaar in beeld of wil je dat een bericht over jou wordt aangepast, neem dan contact op met de hoofdredactie. Wij beoordelen ieder verzoek afzonderlijk en houden daarbij rekening met de Leidraad van de Raad voor de Journalistiek.

## Winacties en verzoekplaten

Als je meedoet aan een winactie of een verzoekplaat aanvraagt, kunnen wij je voornaam en woonplaats noemen in de uitzending. De gegevens van winnaars bewaren wij tot de prijs is uitgereikt en de actie is afgerond.

## Cookies en statistieken

Op onze website gebruiken wij functionele en analytische cookies. Voor het meten van het gebruik van onze website maken wij gebruik van Google Analytics. Wij hebben Google Analytics privacyvriendelijk ingesteld: wij hebben een verwerkersovereenkomst gesloten, IP-adressen worden gemaskeerd en gegevens worden niet gedeeld met Google voor andere doeleinden.

Voor cookies die niet noodzakelijk zijn, zoals cookies van sociale media en ingesloten video's van derden, vragen wij vooraf je toestemming, zoals artikel 11.7a van de Telecommunicatiewet vereist. Je kunt je keuze op ieder moment aanpassen via de link Cookie-instellingen onderaan elke pagina.

## Video en audio

Onze video's en live-uitzendingen worden afgespeeld via de NPO Player van de Nederlandse Publieke Omroep. De NPO verwerkt daarbij kijk- en luistergegevens voor statistische doeleinden. Meer informatie vind je in de [privacyverklaring van de NPO](https://www.npo.nl/privacy).

## Met wie delen wij je gegevens?

Wij verkopen je gegevens niet aan derden. Ook maken wij geen profielen van je om je advertenties te tonen: op onze website en in onze app zie je geen gepersonaliseerde reclame. Wij schakelen wel dienstverleners in, bijvoorbeeld voor de hosting van onze website, het versturen van de nieuwsbrief en het afhandelen van prijzen. Met deze partijen sluiten wij een verwerkersovereenkomst. Wij verstrekken gegevens alleen aan anderen als de wet ons daartoe verplicht.

## Hoe lang bewaren wij je gegevens?

Wij bewaren je gegevens niet langer dan nodig is. Nieuwstips en contactformulieren bewaren wij maximaal twee jaar. Gegevens van deelnemers aan winacties verwijderen wij drie maanden na afloop van de actie. Uitzendingen en het daarin verwerkte materiaal worden bewaard in ons archief, omdat zij deel uitmaken van het audiovisuele erfgoed van de regio.

## Beveiliging

Wij nemen passende technische en organisatorische maatregelen om je gegevens te beschermen tegen verlies en onrechtmatig gebruik. Alleen medewerkers die de gegevens voor hun werk nodig hebben, hebben er toegang toe. Onze systemen worden regelmatig getest en onze medewerkers krijgen periodiek voorlichting over informatiebeveiliging. Mocht er onverhoopt toch een datalek plaatsvinden, dan melden wij dat bij de Autoriteit Persoonsgegevens en informeren wij jou als dat nodig is.

## Jouw rechten

Je hebt het recht om je gegevens in te zien, te laten corrigeren of te laten verwijderen. Ook kun je bezwaar maken tegen de verwerking of vragen om de verwerking te beperken of je gegevens over te dragen. Heb je toestemming gegeven, dan kun je die altijd weer intrekken. Stuur je verzoek naar [privacy@omroepveenland.nl](mailto:privacy@omroepveenland.nl). Wij reageren binnen een maand.

Ben je niet tevreden over hoe wij met je gegevens omgaan, dan kun je een klacht indienen bij de Autoriteit Persoonsgegevens.

## Functionaris voor gegevensbescherming

Omroep Veenland heeft een functionaris voor gegevensbescherming aangesteld. Je kunt hem bereiken via [fg@omroepveenland.nl](mailto:fg@omroepveenland.nl).

## Wijzigingen

Wij kunnen deze privacyverklaring aanpassen. De meest actuele versie staat altijd op deze pagina. Bij belangrijke wijzigingen maken wij dit ook bekend op onze website en in onze app.
"""

EDITS = [
    {"note": "analytics: Google Analytics replaced by Piano Analytics (NPO-wide contract, EU hosting, no cookie consent needed)",
     "repl": [("Voor het meten van het gebruik van onze website maken wij gebruik van Google Analytics. Wij hebben Google Analytics privacyvriendelijk ingesteld: wij hebben een verwerkersovereenkomst gesloten, IP-adressen worden gemaskeerd en gegevens worden niet gedeeld met Google voor andere doeleinden.",
               "Voor het meten van het gebruik van onze website en app maken wij, net als de landelijke publieke omroep, gebruik van Piano Analytics. De gegevens worden opgeslagen in de Europese Unie, wij hebben een verwerkersovereenkomst gesloten en de meetgegevens worden alleen gebruikt om onze diensten te verbeteren.")]},
    {"note": "tips: WhatsApp tip line named (Meta processes the message metadata), silent", "bump": False,
     "repl": [("Stuur je ons een tip, foto of video, dan gebruiken wij",
               "Je kunt tips ook sturen via onze WhatsApp-tiplijn. WhatsApp is een dienst van Meta, die daarbij zelf gegevens over je gebruik van de dienst verwerkt. Stuur je ons een tip, foto of video, dan gebruiken wij")]},
    {"note": "retention of tips and contact forms reduced from two years to one year",
     "repl": [("Nieuwstips en contactformulieren bewaren wij maximaal twee jaar.", "Nieuwstips en contactformulieren bewaren wij maximaal een jaar, tenzij ze onderdeel zijn geworden van een publicatie.")]},
    {"note": "new section 'Pushberichten in de app' (push token, regional alerts) inserted before 'Met wie delen wij'",
     "repl": [("## Met wie delen wij je gegevens?",
               "## Pushberichten in de app\n\nAls je in onze app pushberichten aanzet, slaan wij een pushtoken van je apparaat op en de regio's waarover je berichten wilt ontvangen. Zet je pushberichten uit of verwijder je de app, dan wordt het token na uiterlijk negentig dagen verwijderd.\n\n## Met wie delen wij je gegevens?")]},
    {"note": "FG: now shared FG of the regional broadcasters (ROOS), new contact address and pronoun",
     "repl": [("Omroep Veenland heeft een functionaris voor gegevensbescherming aangesteld. Je kunt hem bereiken via [fg@omroepveenland.nl](mailto:fg@omroepveenland.nl).",
               "Omroep Veenland heeft samen met de andere regionale publieke omroepen een functionaris voor gegevensbescherming aangesteld. Je kunt deze bereiken via [fg@omroepveenland.nl](mailto:fg@omroepveenland.nl) of per post: Functionaris gegevensbescherming, Postbus 1102, 1200 BC Hilversum.")]},
]

TV = [(6, "Veenland Vandaag (herhaling)"), (12, "Middagjournaal"), (17, "Veenland Vandaag"), (18, "Sport in Veenland"),
      (19, "Het Veenland Weekoverzicht"), (22, "Veenland Vandaag (herhaling)")]
RADIO = [(0, "Nachtmuziek"), (6, "Veenland Wakker", "Harm Kuipers"), (9, "De Ochtend", "Ineke Bosma"),
         (12, "Het Middagprogramma", "Jan-Willem Smit"), (16, "Veenland Drive", "Esther Lubbers"), (19, "Avondmuziek")]
NEWS = ["Brand verwoest schuur in Nieuw-Amsterdam", "Gemeente Emmen wil meer woningen in Klazienaveen",
        "FC Emmen wint derby na late goal", "Provincie trekt miljoenen uit voor N34", "Nieuwe zonnepark bij Erica omstreden",
        "Veenkoloniaal Museum krijgt vernieuwde tentoonstelling", "Dorpshuis Zwartemeer dreigt te sluiten",
        "Wolf gespot bij Weiteveen", "Ziekenhuis Emmen opent nieuwe spoedpost"]
WEER = ["zonnig", "half bewolkt", "regen", "buien", "mist", "droog"]


def _now(sched, h):
    cur = sched[0]
    for it in sched:
        if it[0] <= h:
            cur = it
    return cur


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    h = (when.hour + 1 + (1 if 4 <= when.month <= 9 else 0)) % 24  # local time
    s["nu"] = (h, rng.randint(0, 59))
    s["weer"] = (rng.choice(WEER), rng.randint(-4, 29), rng.randint(0, 14))
    s["news"] = C.keep_or(rng, prev.get("news"), 0.85, lambda: tuple(rng.sample(range(len(NEWS)), 4)))
    s["player"] = (C.uuid4(rng), C.hexs(rng, 24), rng.randint(10 ** 12, 10 ** 13 - 1))
    s["drupal"] = (C.b64tok(rng, 32).replace("+", "-").replace("/", "_").rstrip("="), C.hexs(rng, 64))
    s["assets"] = C.keep_or(rng, prev.get("assets"), 0.3, lambda: C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789"))
    return s


LABELS = {"nu": "'Nu op TV' / 'Nu op Radio' strip (schedule by hour)", "weer": "weather & traffic in header",
          "news": "'Lees ook' / 'Meest gelezen'", "player": "NPO Player embed session ids (inside the node, removed)",
          "drupal": "Drupal form_build_id / js-view-dom-id", "assets": "Drupal aggregated asset query string"}


def render(s, blocks, when):
    h, mm = s["nu"]
    tv = _now(TV, h)
    rd = _now(RADIO, h)
    rd_t = rd[1] + (" met " + rd[2] if len(rd) > 2 else "")
    wz, temp, files = s["weer"]
    sess, tok, mid = s["player"]
    fb, vid = s["drupal"]
    a = s["assets"]
    h1, rest = blocks[0], blocks[1:]
    k = next(j for j, x in enumerate(rest) if x[0] == "h2" and x[1] == "Video en audio")
    words = sum(len(str(b[1]).split()) for b in blocks)
    player = ('<div class="npo-player media--type-remote-video" data-prid="RV_VEENLAND_UITLEG_PRIVACY" data-player-session="%s">'
              '<div class="npo-player__poster"><img src="/sites/default/files/styles/16_9_medium/public/2021-05/uitleg-privacy.jpg?itok=%s" alt=""></div>'
              '<p class="npo-player__caption">Video: zo gaan wij om met jouw tips en beelden (1:48)</p>'
              '<script type="application/json" data-npo-player-config>{"endpoint":"https://prod.npoplayer.nl/stream-link","session":"%s","token":"%s","ts":%d}</script>'
              '</div>' % (sess, tok[:8], sess, tok, mid))
    news = "".join('<li class="teaser"><a href="/nieuws/%d/%s">%s</a></li>' % (180000 + n * 313, NEWS[n].lower().replace(" ", "-")[:40], NEWS[n]) for n in s["news"])
    node = ('<article data-history-node-id="12" class="node node--type-page node--view-mode-full">\n'
            '%s\n<div class="article-meta"><span>Leestijd %d minuten</span></div>\n'
            '%s\n%s\n%s\n'
            '<div class="share-buttons"><span>Deel deze pagina</span><a href="https://www.facebook.com/sharer/sharer.php?u=%s">Facebook</a>'
            '<a href="https://wa.me/?text=%s">WhatsApp</a><a href="mailto:?body=%s">Mail</a></div>\n'
            '<section class="related"><h2>Lees ook</h2><ul>%s</ul></section>\n</article>'
            % (C.block_html(h1, {"h1": "page-title"}), max(1, round(words / 200)), C.blocks_html(rest[:k]), player,
               C.blocks_html(rest[k:]), URL, URL, URL, news))
    return ('<!DOCTYPE html>\n<html lang="nl" dir="ltr">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n<meta name="MobileOptimized" content="width">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n<link rel="canonical" href="%s">\n'
            '<title>Privacyverklaring | Omroep Veenland</title>\n'
            '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language=nl&amp;theme=veenland&amp;include=eJxLz8lPSszRL0nNyc">\n'
            '<script src="https://cdn.npoplayer.nl/ccm/npo-ccm.min.js" data-ccm-site="omroepveenland"></script>\n'
            '</head>\n<body class="path-node page-node-type-page">\n<a href="#main-content" class="visually-hidden focusable skip-link">Overslaan en naar de inhoud gaan</a>\n'
            '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n<div class="page-wrapper">\n'
            '<header class="site-header"><div class="onair-strip"><span class="onair onair--tv"><strong>Nu op TV:</strong> %s</span>'
            '<span class="onair onair--radio"><strong>Nu op Radio:</strong> %s</span><a href="/live">Kijk en luister live</a></div>'
            '<div class="site-branding"><a href="/" rel="home"><img src="/themes/custom/veenland/logo.svg" alt="Omroep Veenland"></a></div>'
            '<div class="header-weather">%s, %d&deg;C <span class="traffic">%d km file in de regio</span></div>'
            '<nav class="primary-nav" aria-label="Hoofdnavigatie"><ul class="menu"><li class="menu-item"><a href="/nieuws">Nieuws</a></li>'
            '<li class="menu-item"><a href="/sport">Sport</a></li><li class="menu-item"><a href="/tv">TV</a></li><li class="menu-item"><a href="/radio">Radio</a></li>'
            '<li class="menu-item"><a href="/gids">Gids</a></li><li class="menu-item"><a href="/tip">Tip de redactie</a></li></ul></nav></header>\n'
            '<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region--content">\n'
            '<div data-drupal-messages-fallback class="hidden"></div>\n%s\n</div></main>\n'
            '<footer class="site-footer"><div class="views-element-container"><div class="view view-nieuwsbrief js-view-dom-id-%s">'
            '<form class="nieuwsbrief-form" data-drupal-selector="nieuwsbrief-form" action="/privacy" method="post"><input type="email" name="mail">'
            '<input type="hidden" name="form_build_id" value="form-%s"><input type="hidden" name="form_id" value="nieuwsbrief_form"><button>Aanmelden</button></form></div></div>'
            '<ul class="menu menu--footer"><li><a href="/privacy">Privacy</a></li><li><a href="#" class="npo-ccm-settings">Cookie-instellingen</a></li>'
            '<li><a href="/colofon">Colofon</a></li><li><a href="/klachten">Klachtenregeling</a></li><li><a href="/vacatures">Vacatures</a></li></ul>'
            '<p class="copyright">&copy; %d Omroep Veenland</p></footer>\n</div>\n</div>\n'
            '<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/12","currentLanguage":"nl"},"ajaxTrustedUrl":{"\\/privacy":true},"user":{"uid":0,"permissionsHash":"%s"}}</script>\n'
            '<script src="/sites/default/files/js/js_%s.js?scope=footer&amp;delta=0&amp;language=nl&amp;theme=veenland"></script>\n'
            '</body>\n</html>\n'
            % (URL, a + "Qm" + a[::-1], tv[1], rd_t, wz, temp, s["weer"][2], node, vid[:16], fb, when.year, vid, a[::-1] + "Xz" + a))


PAGE = {
    "service": "Omroep Veenland", "url": URL, "lang": "nl-NL", "platform": "Drupal 10 + NPO Player + NPO CCM",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2021, 1, 19), "end": dt.date(2025, 9, 30),
    "policy": POLICY, "first_updated": dt.date(2020, 6, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [{"startBefore": "article.node h1.page-title", "endBefore": "article.node .share-buttons"}],
                    "remove": [".article-meta", ".npo-player"]},
}
