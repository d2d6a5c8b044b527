"""Planbord (Utrecht) - nl-NL - Trust Center in Vanta-stijl (Next.js, styled-components): certificeringen,
documenten met "Toegang aanvragen", doorlopende monitoring met relatieve tijden, de privacyverklaring en een
subverwerkerslijst met per rij een datum; de kaart van de subverwerkers toont "Bijgewerkt ... geleden"."""
import datetime as dt
import re
import common as C

URL = "https://trust.planbord.nl/privacy"
MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]
KORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MAANDEN[d.month - 1], d.year)


POLICY = """
# Privacyverklaring Planbord

Versie van {UPDATED}

Planbord B.V. ontwikkelt software voor rooster- en capaciteitsplanning in de zorg. In deze privacyverklaring leggen wij uit hoe wij omgaan met persoonsgegevens van bezoekers van onze websites, van contactpersonen bij onze klanten en van sollicitanten. Wij houden ons daarbij aan de Algemene verordening gegevensbescherming (AVG) en de Uitvoeringswet AVG.

## Wie zijn wij?

@ Planbord B.V.
@ Catharijnesingel 59
@ 3511 GG Utrecht
@ KvK-nummer 71234567
@ [privacy@planbord.nl](mailto:privacy@planbord.nl)

Onze functionaris voor gegevensbescherming (FG) is bereikbaar via [fg@planbord.nl](mailto:fg@planbord.nl).

## Planbord als verwerker

Zorginstellingen gebruiken Planbord om roosters te maken, diensten te ruilen en verlof te registreren. De persoonsgegevens van hun medewerkers verwerken wij uitsluitend in opdracht van de zorginstelling, die verwerkingsverantwoordelijke is. De afspraken daarover staan in onze verwerkersovereenkomst, die gebaseerd is op het model van de Nederlandse Vereniging van Ziekenhuizen. Wij verwerken in Planbord geen medische gegevens van patiënten of cliënten en geen burgerservicenummers.

Vragen van medewerkers over hun gegevens in Planbord kunt u het beste stellen aan uw werkgever. Wij helpen de zorginstelling bij het beantwoorden van die verzoeken.

## Welke persoonsgegevens verwerken wij als verwerkingsverantwoordelijke?

- contactgegevens van contactpersonen bij klanten en prospects: naam, functie, organisatie, zakelijk e-mailadres en telefoonnummer;
- gegevens die u invult in het formulier Toegang aanvragen op dit Trust Center, zoals uw naam, organisatie en de reden van uw verzoek;
- gegevens over uw gebruik van onze websites, zoals IP-adres, browsertype en bezochte pagina's;
- correspondentie met onze supportafdeling;
- gegevens die u ons als sollicitant toestuurt, zoals uw cv en motivatiebrief.

## Waarvoor gebruiken wij uw gegevens?

Wij gebruiken uw gegevens om onze overeenkomst met uw organisatie uit te voeren en te factureren (grondslag: uitvoering van de overeenkomst), om u te informeren over storingen, onderhoud en beveiligingsincidenten (grondslag: gerechtvaardigd belang), om u toegang te geven tot vertrouwelijke documenten zoals ons ISAE 3402-rapport en pentestrapport (grondslag: gerechtvaardigd belang), om onze websites te verbeteren (grondslag: toestemming, via cookies) en om sollicitaties te beoordelen.

Wij nemen geen besluiten over u die uitsluitend zijn gebaseerd op geautomatiseerde verwerking.

## Hoe lang bewaren wij uw gegevens?

Wij bewaren gegevens van contactpersonen zolang de overeenkomst met uw organisatie loopt en tot twee jaar daarna. Facturen en de bijbehorende administratie bewaren wij zeven jaar, zoals de fiscale bewaarplicht voorschrijft. Verzoeken om toegang tot documenten bewaren wij één jaar. Sollicitatiegegevens verwijderen wij vier weken na afloop van de procedure, of na één jaar als u daarvoor toestemming geeft.

Na het einde van een overeenkomst verwijderen wij de klantomgeving in Planbord binnen 90 dagen, tenzij de zorginstelling ons vraagt de gegevens eerder te verwijderen of te exporteren.

## Met wie delen wij uw gegevens?

Wij verkopen uw gegevens niet. Wij schakelen subverwerkers in voor hosting, e-mail en klantenservice. Met al deze partijen hebben wij een verwerkersovereenkomst gesloten. Wij geven onze klanten ten minste 30 dagen vooraf bericht voordat een nieuwe subverwerker klantgegevens gaat verwerken; u kunt zich daarvoor abonneren via de knop Abonneren op updates. Het actuele overzicht van onze subverwerkers staat hieronder.

Voor zover een subverwerker gegevens buiten de Europese Economische Ruimte verwerkt, gebeurt dat op basis van de standaardcontractbepalingen van de Europese Commissie.

## Cookies en websitebezoek

Dit Trust Center en onze website gebruiken functionele cookies die nodig zijn om de website te laten werken en om uw keuzes te onthouden. Analytische cookies plaatsen wij alleen met uw toestemming; wij gebruiken daarvoor Plausible Analytics, dat geen persoonsgegevens opslaat en geen gegevens buiten de EU verwerkt. Wij plaatsen geen advertentie- of trackingcookies van derden. Voor het formulier Toegang aanvragen gebruiken wij hCaptcha om misbruik door bots te voorkomen; daarbij worden uw IP-adres en gegevens over uw browser verwerkt.

Het Trust Center wordt gehost door Vanta Inc. Wanneer u toegang aanvraagt tot een vertrouwelijk document, registreren wij wie het document heeft bekeken en wanneer, zodat wij kunnen nagaan aan wie wij welke informatie hebben verstrekt.

## Beveiliging

Planbord is gecertificeerd volgens ISO 27001 en NEN 7510. Alle gegevens worden versleuteld opgeslagen en verstuurd, toegang tot productieomgevingen verloopt via tweefactorauthenticatie en wordt gelogd volgens NEN 7513. Jaarlijks laten wij een onafhankelijke penetratietest uitvoeren. Een datalek melden wij binnen 24 uur aan de betrokken zorginstellingen, zodat zij aan hun meldplicht bij de Autoriteit Persoonsgegevens kunnen voldoen.

## Uw rechten

U hebt het recht op inzage, rectificatie, verwijdering en beperking van de verwerking van uw persoonsgegevens, het recht op overdraagbaarheid en het recht om bezwaar te maken tegen verwerking op basis van ons gerechtvaardigd belang. Als wij uw gegevens verwerken op basis van toestemming, kunt u die toestemming altijd intrekken. Stuur uw verzoek naar [privacy@planbord.nl](mailto:privacy@planbord.nl). Wij reageren binnen een maand. Om te voorkomen dat wij gegevens aan de verkeerde persoon verstrekken, kunnen wij u vragen uw identiteit aan te tonen; stuur ons in dat geval nooit een kopie van uw paspoort zonder uw burgerservicenummer en pasfoto af te schermen. Gaat uw verzoek over gegevens die wij in opdracht van een zorginstelling verwerken, dan sturen wij het door naar die zorginstelling en laten wij u dat weten.

## Klacht indienen

Bent u niet tevreden over hoe wij met uw gegevens omgaan, neem dan eerst contact met ons op. U hebt daarnaast het recht een klacht in te dienen bij de [Autoriteit Persoonsgegevens](https://autoriteitpersoonsgegevens.nl).

## Wijzigingen

Wij passen deze privacyverklaring aan wanneer onze dienstverlening of de wet daartoe aanleiding geeft. De datum bovenaan deze verklaring geeft aan welke versie geldt. Wijzigingen in de lijst van subverwerkers hieronder krijgen per regel een eigen datum; klanten die zich hebben geabonneerd, ontvangen daarover vooraf een e-mail.

%% subprocessors

| Subverwerker | Doel | Locatie | Bijgewerkt |
| Amazon Web Services EMEA SARL | Hosting en opslag | Frankfurt, Duitsland | 4 jan 2021 |
| Cloudflare, Inc. | CDN en DDoS-bescherming | EU (Data Localization Suite) | 4 jan 2021 |
| Google Cloud EMEA Ltd. | Google Workspace (e-mail, documenten) | Ierland | 4 jan 2021 |
| MessageBird B.V. | Sms-notificaties over open diensten | Amsterdam, Nederland | 22 mrt 2021 |
| Twilio Ireland Ltd. (SendGrid) | E-mailnotificaties | Ierland / Verenigde Staten | 18 mei 2021 |
| Zendesk, Inc. | Klantenservice en ticketing | Ierland / Verenigde Staten | 9 sep 2021 |
"""

EDITS = [
    {"note": "sub-processor list: Mollie B.V. added for payments (row dated, privacy statement version unchanged)", "bump": False,
     "repl": [("| MessageBird B.V. |", "| Mollie B.V. | Betalingsverwerking (maandelijkse facturen) | Amsterdam, Nederland | 24 jan 2022 |\n| MessageBird B.V. |")]},
    {"note": "retention: customer environment deleted within 30 instead of 90 days; NEN 7513 audit logs kept five years",
     "repl": [("binnen 90 dagen, tenzij de zorginstelling", "binnen 30 dagen, tenzij de zorginstelling"),
              ("Verzoeken om toegang tot documenten bewaren wij één jaar.", "Verzoeken om toegang tot documenten bewaren wij één jaar. Toegangslogs van de Planbord-applicatie bewaren wij vijf jaar, zoals NEN 7513 aanbeveelt.")]},
    {"note": "sub-processor list: Zendesk replaced by Freshworks (Freshdesk, EU data centre) (row dated, statement not re-versioned)", "bump": False,
     "repl": [("| Zendesk, Inc. | Klantenservice en ticketing | Ierland / Verenigde Staten | 9 sep 2021 |",
               "| Freshworks Inc. (Freshdesk) | Klantenservice en ticketing | Frankfurt, Duitsland | 8 jan 2024 |")]},
    {"note": "AI roster suggestions: Azure OpenAI (Sweden Central) added as sub-processor; statement paragraph on AI and automated decisions",
     "repl": [("Wij nemen geen besluiten over u die uitsluitend zijn gebaseerd op geautomatiseerde verwerking.",
               "Planbord kan roostervoorstellen doen met behulp van kunstmatige intelligentie. Daarvoor worden gepseudonimiseerde gegevens over diensten, beschikbaarheid en contracturen verwerkt door de Azure OpenAI Service van Microsoft in de regio Zweden-Centraal. Deze gegevens worden niet gebruikt om AI-modellen te trainen. Een planner beoordeelt elk voorstel; wij nemen geen besluiten over u die uitsluitend zijn gebaseerd op geautomatiseerde verwerking."),
              ("| Freshworks Inc. (Freshdesk) |", "| Microsoft Ireland Operations Ltd. (Azure OpenAI Service) | AI-roostervoorstellen | Zweden (EU) | 16 sep 2024 |\n| Freshworks Inc. (Freshdesk) |")]},
    {"note": "EU data residency stated; AWS row adds Dublin fallback; MessageBird renamed Bird B.V.; SCC sentence narrowed to SendGrid",
     "repl": [("| Amazon Web Services EMEA SARL | Hosting en opslag | Frankfurt, Duitsland | 4 jan 2021 |",
               "| Amazon Web Services EMEA SARL | Hosting en opslag | Frankfurt, Duitsland (primair); Dublin, Ierland (uitwijk) | 14 jul 2025 |"),
              ("| MessageBird B.V. | Sms-notificaties over open diensten | Amsterdam, Nederland | 22 mrt 2021 |",
               "| Bird B.V. (voorheen MessageBird) | Sms-notificaties over open diensten | Amsterdam, Nederland | 14 jul 2025 |"),
              ("Voor zover een subverwerker gegevens buiten de Europese Economische Ruimte verwerkt, gebeurt dat op basis van de standaardcontractbepalingen van de Europese Commissie.",
               "Alle klantgegevens in Planbord worden opgeslagen en verwerkt binnen de Europese Unie. Alleen Twilio (SendGrid) kan e-mailnotificaties via de Verenigde Staten versturen; dat gebeurt op basis van het EU-U.S. Data Privacy Framework en, aanvullend, de standaardcontractbepalingen van de Europese Commissie.")]},
]

CERTS = [("ISO/IEC 27001:2022", "Certificaat geldig tot 14 november 2027"), ("NEN 7510-1:2017+A1:2020", "Informatiebeveiliging in de zorg"),
         ("ISAE 3402 Type II", "Rapport over 2024 beschikbaar op aanvraag"), ("AVG", "Verwerkersovereenkomst conform NVZ-model")]
DOCS = [("ISAE 3402 Type II-rapport", True), ("Pentestrapport (Secura)", True), ("ISO 27001-certificaat", False),
        ("Verwerkersovereenkomst", False), ("Business continuity-plan", True)]


def rel_nl(delta):
    m = int(delta.total_seconds() // 60)
    if m < 60:
        return "%d minuten geleden" % max(m, 1) if m != 1 else "1 minuut geleden"
    h = m // 60
    if h < 24:
        return "%d uur geleden" % h
    d = h // 24
    if d == 1:
        return "1 dag geleden"
    if d < 14:
        return "%d dagen geleden" % d
    if d < 60:
        return "%d weken geleden" % (d // 7)
    if d < 365:
        return "%d maanden geleden" % (d // 30)
    return "meer dan een jaar geleden" if d < 730 else "%d jaar geleden" % (d // 365)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["deploy"] = C.keep_or(rng, prev.get("deploy"), 0.5, lambda: (C.alnum(rng, 21), C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")))
    s["session"] = (C.uuid4(rng), C.alnum(rng, 40))
    s["monitor"] = (118 + i // 4 + rng.randint(0, 2), rng.randint(2, 58), rng.random() < 0.9)
    s["tc_updated"] = C.keep_or(rng, prev.get("tc_updated"), 0.6, lambda: when - dt.timedelta(hours=rng.randint(5, 24 * 40)))
    return s


LABELS = {
    "deploy": "trust-centre deploy (Next.js build id, styled-components class hashes)",
    "session": "per-visit session id and hCaptcha token in the request-access form",
    "monitor": "continuous-monitoring card: number of tests, 'laatst gecontroleerd ... geleden', pass/fail state",
    "tc_updated": "trust-centre 'Laatst bijgewerkt ... geleden' stamp",
    "subs_rel": "'Bijgewerkt ... geleden' on the sub-processor card (derived from the newest row date)",
}


def row_date(txt):
    d, m, y = txt.split()
    return dt.date(int(y), KORT.index(m) + 1, int(d))


def render(s, blocks, when):
    build, h = s["deploy"]
    sess, cap = s["session"]
    ntests, mins, ok = s["monitor"]
    segs = C.segments(blocks)
    pol = segs["head"]
    table = segs["subprocessors"][0]
    newest = max(row_date(r[3]) for r in table[1][1:])
    s["subs_rel"] = rel_nl(when - dt.datetime(newest.year, newest.month, newest.day, 9))
    sc = lambda base: "sc-%s %s%s" % (base, h[:2], base[-4:])
    certs = "".join('<li class="%s" data-testid="compliance-item"><img src="/_next/static/media/%s.svg" alt=""><div><p class="%s">%s</p><p class="%s">%s</p></div></li>'
                    % (sc("eDvSVe"), C.det_sha(c)[:8], sc("jSMfEi"), c, sc("gKsuzS"), d) for c, d in CERTS)
    docs = "".join('<li class="%s" data-testid="document-item"><span>%s</span>%s</li>'
                   % (sc("bZkfAO"), n, '<button type="button" class="%s" data-testid="request-access-button">Toegang aanvragen</button>' % sc("kDTlHk")
                      if locked else '<a class="%s" href="/documents/%s/download">Downloaden</a>' % (sc("hnNkGd"), C.det_sha(n)[:10]))
                   for n, locked in DOCS)
    tbl = C.block_html(table).replace("<table>", '<table class="%s" data-testid="subprocessors-table">' % sc("iqAclL"), 1)
    mon = ('<section class="%s" data-testid="monitoring-card"><h2 class="%s">Doorlopende monitoring</h2>'
           '<p><span class="%s">%s</span> %d beveiligingscontroles worden doorlopend gemonitord</p><p class="%s">Laatst gecontroleerd %s</p></section>'
           % (sc("dlVyWu"), sc("cBoYyl"), "status-ok" if ok else "status-warn", "Alle controles geslaagd" if ok else "1 controle vraagt aandacht",
              ntests, sc("gKsuzS"), rel_nl(dt.timedelta(minutes=mins))))
    tabs = "".join('<a class="%s" href="/%s"%s>%s</a>' % (sc("kvZOFW"), u, ' aria-current="page"' if u == "privacy" else "", t)
                   for u, t in [("", "Overzicht"), ("compliance", "Compliance"), ("documents", "Documenten"), ("subprocessors", "Subverwerkers"),
                                ("privacy", "Privacy"), ("security", "Beveiliging"), ("updates", "Updates")])
    form = ('<div class="%s" role="dialog" aria-modal="true" hidden data-testid="request-access-modal"><form action="/api/access-requests" method="post">'
            '<h2>Toegang aanvragen</h2><p>Vertrouwelijke documenten delen wij na goedkeuring, eventueel onder NDA.</p>'
            '<label>Zakelijk e-mailadres<input type="email" name="email" required></label><label>Naam<input name="name" required></label>'
            '<label>Organisatie<input name="company" required></label><label>Reden van uw verzoek<textarea name="reason"></textarea></label>'
            '<label><input type="checkbox" name="nda"> Ik ga akkoord met de geheimhoudingsverklaring</label>'
            '<div class="h-captcha" data-sitekey="7f3b1c2e-9a4d-4e6f-8b1a-2c3d4e5f6a7b"><textarea name="h-captcha-response" style="display:none">%s</textarea></div>'
            '<input type="hidden" name="sessionId" value="%s"><button type="submit">Verzoek versturen</button></form></div>'
            % (sc("fXbQrS"), cap, sess))
    main = ('<main class="%s"><section class="%s" data-testid="hero"><h1>Planbord Trust Center</h1><p>Wij beschermen de gegevens van zorgmedewerkers alsof het onze eigen zijn.</p>'
            '<p class="%s">Laatst bijgewerkt %s</p></section><nav class="%s" aria-label="Secties">%s</nav>'
            '<div class="%s"><section class="%s" data-testid="compliance-card"><h2>Compliance</h2><ul>%s</ul><p class="%s">Geverifieerd door Vanta</p></section>%s'
            '<section class="%s" data-testid="documents-card"><h2>Documenten</h2><ul>%s</ul></section></div>'
            '<section id="privacy-statement" class="%s" data-testid="privacy-policy">\n%s\n</section>'
            '<section class="%s" data-testid="subprocessors-card"><header class="%s"><h2>Subverwerkers</h2><span class="%s">Bijgewerkt %s</span>'
            '<button type="button" class="%s" data-testid="subscribe-button">Abonneren op updates</button></header>%s</section></main>'
            % (sc("hSdpQh"), sc("cLBklb"), sc("gKsuzS"), rel_nl(when - s["tc_updated"]), sc("jqCQeD"), tabs, sc("bpGnzP"),
               sc("eHzFeR"), certs, sc("gKsuzS"), mon, sc("eHzFeR"), docs, sc("cMhjgZ"), C.blocks_html(pol), sc("eHzFeR"),
               sc("ieqMDA"), sc("gKsuzS"), s["subs_rel"], sc("kDTlHk"), tbl))
    header = ('<header class="%s"><a href="/" class="%s"><img src="/api/share/planbord/logo" alt="Planbord" height="28"><span>Trust Center</span></a>'
              '<div class="%s"><button type="button" class="%s" data-testid="request-access-button">Toegang aanvragen</button>'
              '<a class="%s" href="https://www.planbord.nl">planbord.nl</a></div></header>' % (sc("fYvXMe"), sc("kfYqhJ"), sc("dOSHUB"), sc("kDTlHk"), sc("hnNkGd")))
    footer = ('<footer class="%s"><a href="https://www.vanta.com/trust-center?utm_source=trust-center" target="_blank" rel="noopener">Mogelijk gemaakt door Vanta</a>'
              '<a href="https://www.planbord.nl/privacy">Privacy</a><a href="https://www.planbord.nl/voorwaarden">Voorwaarden</a></footer>' % sc("cUBfrP"))
    return ('<!DOCTYPE html><html lang="nl"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>'
            '<title>Privacy | Planbord Trust Center</title><meta name="description" content="Beveiliging, compliance en privacy bij Planbord."/>'
            '<link rel="preload" href="/_next/static/css/%s.css" as="style"/><style data-styled="active" data-styled-version="5.3.11">.%s{display:flex;gap:24px}</style>'
            '<meta name="next-head-count" content="5"/></head><body><div id="__next">%s%s%s%s</div>'
            '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"planbord","locale":"nl","section":"privacy","sessionId":"%s"}},"page":"/[slug]/[section]","query":{},"buildId":"%s","isFallback":false,"gssp":true,"scriptLoader":[]}</script>'
            '</body></html>\n' % (build[:16].lower(), h, header, main, footer, form, sess, build))


PAGE = {
    "service": "Planbord", "url": URL, "lang": "nl-NL", "platform": "Vanta-style Trust Center (Next.js, styled-components)",
    "content_type": "text/html; charset=utf-8",
    "n": 29, "start": dt.date(2022, 1, 10), "end": dt.date(2026, 5, 4),
    "policy": POLICY, "first_updated": dt.date(2021, 9, 20), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "gold_md": lambda blocks: C.blocks_md(C.without_markers(blocks), URL),
    "declaration": {"fetch": URL, "select": ["[data-testid='privacy-policy']", "[data-testid='subprocessors-table']"]},
}
