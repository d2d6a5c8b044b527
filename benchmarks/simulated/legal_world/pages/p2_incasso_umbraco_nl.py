"""A Dutch debt-collection agency (incassobureau) on Umbraco 13 (Block Grid, TinyMCE rich text, ImageSharp), Dutch.

The policy sits in two rich-text blocks of the page's Block Grid with a "ctaBlock" between them (pay now with
iDEAL / arrange a payment plan, an A/B test run through the CMS); the declaration selects .umb-block-grid and
removes .cta-block, as a curator would. Outside: the ASP.NET Core __RequestVerificationToken of the "Mijn
dossier" login form in the header (per request), the live telephone waiting time in the top bar ("klantenservice
gesloten" at night), the Kiyoh score and review count (monthly), ?v= cache busters per deploy, Cookiebot.
"""
import datetime as dt
import html

import common as C

POLICY = """# Privacyverklaring

Laatst bijgewerkt op {UPDATED}

Holtkamp Incasso B.V. int vorderingen in opdracht van bedrijven en organisaties (onze opdrachtgevers). Daarbij verwerken wij persoonsgegevens van mensen die een betalingsachterstand hebben, van onze opdrachtgevers en hun contactpersonen en van bezoekers van onze website. In deze privacyverklaring leggen wij uit welke gegevens wij verwerken, waarom wij dat doen en welke rechten u heeft. Wij houden ons daarbij aan de Algemene verordening gegevensbescherming (AVG), de Gedragscode van de Nederlandse Vereniging van Incasso-ondernemingen (NVI) en de eisen van het Keurmerk Incasso.

## 1. Wie zijn wij?

Holtkamp Incasso B.V. is de verwerkingsverantwoordelijke voor de verwerkingen die in deze verklaring worden beschreven. Voor het innen van vorderingen zijn wij en onze opdrachtgever in veel gevallen ieder zelfstandig verantwoordelijk.

@ Holtkamp Incasso B.V.
@ Vleutensevaart 100
@ 3532 AD Utrecht
@ KvK-nummer 30187654
@ Klantenservice: 030 - 303 44 10
@ E-mail: privacy@holtkampincasso.nl

Wij hebben een functionaris voor gegevensbescherming (FG) aangesteld. U kunt de FG bereiken via fg@holtkampincasso.nl.

## 2. Van wie verwerken wij persoonsgegevens?

- debiteuren: personen van wie onze opdrachtgever stelt dat zij een bedrag verschuldigd zijn
- opdrachtgevers en hun contactpersonen
- bezoekers van onze website en gebruikers van de omgeving Mijn dossier
- sollicitanten

## 3. Welke gegevens verwerken wij?

| Categorie | Voorbeelden | Herkomst |
| Identificatiegegevens | naam, adres, geboortedatum | opdrachtgever, Basisregistratie Personen via een gerechtsdeurwaarder |
| Contactgegevens | telefoonnummer, e-mailadres | opdrachtgever, uzelf |
| Gegevens over de vordering | factuurnummers, bedragen, betalingen, correspondentie | opdrachtgever |
| Financiële gegevens | rekeningnummer (IBAN), inkomsten en vaste lasten bij een betalingsregeling | uzelf |
| Communicatie | gespreksopnames, e-mails, chatberichten, brieven | uzelf |
| Gegevens over schuldsanering | deelname aan de WSNP of een minnelijk traject | uzelf, Centraal Insolventie register |

Wij verwerken geen bijzondere persoonsgegevens, tenzij u ons die zelf verstrekt, bijvoorbeeld als u ons vertelt over uw gezondheid om uitstel van betaling te krijgen. Die informatie gebruiken wij alleen om uw verzoek te beoordelen.

## 4. Waarom verwerken wij uw gegevens?

- **Innen van vorderingen.** Wij sturen u een aanmaning, nemen telefonisch contact op en proberen samen met u tot een oplossing te komen. Grondslag: het gerechtvaardigd belang van onze opdrachtgever om betaling te ontvangen (artikel 6 lid 1 onder f AVG).
- **Betalingsregelingen.** Als u met ons een betalingsregeling afspreekt, verwerken wij de gegevens die nodig zijn om de regeling uit te voeren en te bewaken. Grondslag: uitvoering van de overeenkomst.
- **Wettelijke verplichtingen.** Wij bewaren gegevens voor de fiscale bewaarplicht en verstrekken gegevens als een rechter of toezichthouder daarom vraagt.
- **Mijn dossier.** Via Mijn dossier kunt u uw openstaande bedrag inzien, betalen en documenten uploaden. Wij verwerken daarvoor uw inloggegevens en uw activiteit in de omgeving.
- **Kwaliteit en training.** Wij gebruiken gesprekken en berichten om onze medewerkers te coachen en onze dienstverlening te verbeteren.

Voordat wij incassokosten in rekening brengen bij consumenten, ontvangt u van ons of van de opdrachtgever een aanmaning waarin u veertien dagen de tijd krijgt om te betalen (de veertiendagenbrief uit de Wet normering buitengerechtelijke incassokosten).

## 5. Telefoongesprekken

Wij nemen telefoongesprekken met onze klantenservice op. Aan het begin van het gesprek hoort u dat het gesprek wordt opgenomen. Opnames gebruiken wij als bewijs van gemaakte afspraken, bij klachten en voor training van medewerkers.

## 6. Geautomatiseerde besluitvorming

Wij delen dossiers op basis van onder meer de hoogte van de vordering en eerdere betalingen in groepen in, zodat wij weten wanneer en hoe wij u het beste kunnen benaderen. Besluiten met rechtsgevolgen, zoals het overdragen van een dossier aan een gerechtsdeurwaarder of het weigeren van een betalingsregeling, worden altijd door een medewerker genomen.

## 7. Met wie delen wij uw gegevens?

Wij delen gegevens met onze opdrachtgever, zodat deze weet wat de stand van het dossier is. Als een vordering niet minnelijk kan worden geïnd, kunnen wij uw gegevens verstrekken aan een gerechtsdeurwaarder of advocaat die de gerechtelijke procedure voert.

Daarnaast maken wij gebruik van verwerkers. Met hen hebben wij een verwerkersovereenkomst gesloten.

| Verwerker | Dienst | Locatie |
| Mollie B.V. | online betalingen met iDEAL en creditcard | Amsterdam, Nederland |
| CM.com Netherlands B.V. | sms- en WhatsApp-berichten | Breda, Nederland |
| Docufy B.V. | printen en verzenden van brieven | Eindhoven, Nederland |
| TransIP B.V. | hosting van de website en Mijn dossier | Leiden, Nederland |
| Microsoft Ireland Operations Ltd. | e-mail en kantoortoepassingen | Dublin, Ierland |

Wij geven uw gegevens niet door aan partijen buiten de Europese Economische Ruimte.

## 8. Hoe lang bewaren wij uw gegevens?

| Gegevens | Bewaartermijn |
| Dossiergegevens na betaling of sluiting van het dossier | 5 jaar |
| Financiële administratie | 7 jaar (artikel 52 Algemene wet inzake rijksbelastingen) |
| Gespreksopnames | 3 maanden |
| Gegevens van websitebezoekers | maximaal 14 maanden |
| Sollicitaties | 4 weken na afronding van de procedure, of 1 jaar met uw toestemming |

## 9. Beveiliging

Wij nemen passende technische en organisatorische maatregelen om uw gegevens te beschermen tegen verlies en onrechtmatig gebruik. Onze informatiebeveiliging is gecertificeerd volgens ISO 27001 en wordt jaarlijks getoetst door een externe auditor. Medewerkers hebben alleen toegang tot de dossiers waaraan zij werken en hebben een geheimhoudingsverklaring getekend.

## 10. Uw rechten

U heeft het recht om:

- uw gegevens in te zien
- onjuiste gegevens te laten corrigeren
- uw gegevens te laten verwijderen, voor zover wij ze niet meer nodig hebben
- bezwaar te maken tegen een verwerking op basis van gerechtvaardigd belang
- de verwerking te laten beperken
- uw gegevens in een gangbaar formaat te ontvangen

U kunt een verzoek sturen naar privacy@holtkampincasso.nl of indienen via Mijn dossier. Wij reageren binnen een maand. Let op: een verzoek om verwijdering of een bezwaar betekent niet dat de vordering vervalt.

## 11. Klachten

Bent u het niet eens met de manier waarop wij met uw gegevens omgaan, neem dan eerst contact met ons op. Komen wij er samen niet uit, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.

@ Autoriteit Persoonsgegevens
@ Postbus 93374
@ 2509 AJ Den Haag

## 12. Cookies

Op onze website gebruiken wij functionele en analytische cookies. Marketingcookies plaatsen wij alleen met uw toestemming. Meer informatie leest u in onze [cookieverklaring](/cookieverklaring)."""

EDITS = [
    {"note": "processor added to the table: Experian Nederland B.V. (address verification)",
     "repl": [("| Docufy B.V. | printen en verzenden van brieven | Eindhoven, Nederland |",
               "| Docufy B.V. | printen en verzenden van brieven | Eindhoven, Nederland |\n"
               "| Experian Nederland B.V. | adresverificatie en controle van contactgegevens | 's-Gravenhage, Nederland |")]},
    {"note": "typo fixed: 'Centraal Insolventie register' -> 'Centraal Insolventieregister' (date not bumped)",
     "bump": False,
     "repl": [("uzelf, Centraal Insolventie register |", "uzelf, Centraal Insolventieregister |")]},
    {"note": "retention of closed files changed from 5 to 7 years",
     "repl": [("| Dossiergegevens na betaling of sluiting van het dossier | 5 jaar |",
               "| Dossiergegevens na betaling of sluiting van het dossier | 7 jaar |")]},
    {"note": "subsection added: referral to municipal debt counselling (schuldhulpverlening) with consent",
     "repl": [("Wij geven uw gegevens niet door aan partijen buiten de Europese Economische Ruimte.",
               "### Doorverwijzing naar schuldhulpverlening\n\n"
               "Heeft u meerdere schulden, dan kunnen wij u met uw toestemming aanmelden bij de schuldhulpverlening "
               "van uw gemeente. Wij geven dan uw naam, adres, telefoonnummer en de hoogte van de vordering door. "
               "Zolang de gemeente uw situatie onderzoekt, zetten wij de incasso stil. U kunt uw toestemming altijd "
               "intrekken.\n\n"
               "Wij geven uw gegevens niet door aan partijen buiten de Europese Economische Ruimte.")]},
    {"note": "customer-service telephone number changed",
     "repl": [("@ Klantenservice: 030 - 303 44 10", "@ Klantenservice: 030 - 799 20 40")]},
]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


CTA = [
    ("Heeft u een brief van ons ontvangen?", "Betaal direct en veilig met iDEAL. Uw dossiernummer staat rechtsboven "
     "in de brief.", "Direct betalen", "/betalen"),
    ("Lukt het niet om in één keer te betalen?", "Vraag online een betalingsregeling aan. Binnen twee werkdagen "
     "hoort u of uw voorstel is goedgekeurd.", "Regeling aanvragen", "/betalingsregeling"),
    ("Wij denken graag met u mee", "Bel ons of start een chat. Samen zoeken wij naar een oplossing die past bij uw "
     "situatie.", "Neem contact op", "/contact"),
]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["token"] = "CfDJ8" + C.b64tok(rng, 114).replace("+", "-").replace("/", "_").rstrip("=")
    local = when + dt.timedelta(hours=2 if 4 <= when.month <= 10 else 1)
    if when.weekday() < 5 and 8 <= local.hour < 17:
        s["wait"] = "ca. %d min" % rng.choice([1, 2, 2, 3, 4, 5, 6, 8, 11])
    elif when.weekday() == 5 and 9 <= local.hour < 13:
        s["wait"] = "ca. %d min" % rng.choice([1, 2, 3])
    else:
        s["wait"] = "gesloten"
    s["cta"] = C.keep_or(rng, prev.get("cta"), 0.35, lambda: rng.randrange(len(CTA)))
    months = (when.year - 2021) * 12 + when.month
    s["kiyoh"] = ("8,%d" % (7 if months < 30 else 8), 1412 + months * 37)
    s["assets"] = C.keep_or(rng, prev.get("assets"), 0.1, lambda: C.hexs(rng, 15))
    return s


LABELS = {"token": "__RequestVerificationToken of the Mijn dossier login form (per request)",
          "wait": "live telephone waiting time in the top bar", "cta": "A/B CTA block inside the Block Grid",
          "kiyoh": "Kiyoh score and review count (monthly)", "assets": "?v= cache busters (deploy)",
          "phone": "telephone number in the top bar"}

TABLE_STYLE = ' style="border-collapse: collapse; width: 100%;" border="1"'


def rte(blocks):
    out = []
    for kind, v in blocks:
        if kind == "table":
            w = 100 // len(v[0])
            head = "".join('<th style="width: %d%%;">%s</th>' % (w, C.inline_html(x)) for x in v[0])
            body = "".join("<tr>%s</tr>" % "".join('<td style="width: %d%%;">%s</td>' % (w, C.inline_html(x))
                                                    for x in r) for r in v[1:])
            out.append("<table%s><thead><tr>%s</tr></thead><tbody>%s</tbody></table>" % (TABLE_STYLE, head, body))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br>".join(C.inline_html(x) for x in v))
        else:
            out.append(C.block_html((kind, v)))
    return "\n".join(out)


def grid_item(alias, key, udi, inner):
    return ('<div class="umb-block-grid__layout-item" data-content-element-type-alias="%s" '
            'data-content-element-type-key="%s" data-element-udi="umb://element/%s" data-col-span="12" '
            'data-row-span="1" style=" --umb-block-grid--item-column-span: 12; --umb-block-grid--item-row-span: 1; ">'
            '\n%s\n</div>' % (alias, key, udi, inner))


def render(state, blocks, when):
    v = state["assets"]
    cut = next(n for n, b in enumerate(blocks) if b[0] == "h2" and b[1].startswith("5. "))
    first, second = blocks[:cut], blocks[cut:]
    t, body, btn, href = CTA[state["cta"]]
    score, count = state["kiyoh"]
    h = []
    h.append('<!DOCTYPE html>\n<html lang="nl">\n<head>\n    <meta charset="utf-8" />\n    <meta name="viewport" '
             'content="width=device-width, initial-scale=1.0" />\n    <title>Privacyverklaring | Holtkamp Incasso</title>'
             '\n    <meta name="description" content="Lees hoe Holtkamp Incasso omgaat met uw persoonsgegevens." />\n'
             '    <link rel="canonical" href="https://www.holtkampincasso.nl/privacyverklaring" />\n')
    h.append('    <script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="6a2f9c1e-3d4b-4e8a-9f07-'
             'b15c2d8e7a31" data-blockingmode="auto" type="text/javascript"></script>\n')
    h.append("    <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});"
             "var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src="
             "'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,"
             "'script','dataLayer','GTM-N7QK4XW');</script>\n")
    h.append('    <link rel="preload" href="/fonts/source-sans-3-v15-latin-regular.woff2" as="font" type="font/woff2" '
             'crossorigin />\n    <link rel="stylesheet" href="/css/main.min.css?v=%s" />\n</head>\n' % v)
    h.append('<body class="page-content doctype-contentPage">\n<noscript><iframe src="https://www.googletagmanager.com/'
             'ns.html?id=GTM-N7QK4XW" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>\n')
    phone = next(x for k, v_ in blocks if k == "addr" for x in v_ if x.startswith("Klantenservice: ")).split(": ")[1]
    state["phone"] = phone  # the top bar follows the policy's number
    wait = state["wait"]
    wait_html = ('<span class="topbar__wait topbar__wait--closed">Klantenservice gesloten &middot; bereikbaar ma t/m vr '
                 '8.30 - 17.00 uur</span>' if wait == "gesloten" else
                 '<span class="topbar__wait">Gemiddelde wachttijd telefoon: <strong>%s</strong></span>' % wait)
    h.append('<div class="topbar"><div class="container topbar__inner">%s<a class="topbar__phone" href="tel:+3130%s">'
             '%s</a><div class="topbar__kiyoh"><a href="https://www.kiyoh.com/reviews/1063771/holtkamp_'
             'incasso" target="_blank" rel="noopener"><span class="kiyoh__score">%s</span> <span class="kiyoh__count">'
             '%s beoordelingen</span></a></div></div></div>\n' % (wait_html, phone.split(" - ")[1].replace(" ", ""), phone, score, "{:,}".format(count).replace(",", ".")))
    h.append('<header class="header"><div class="container header__inner"><a href="/" class="header__logo"><img src='
             '"/media/2pxh4c1q/logo-holtkamp-incasso.svg" alt="Holtkamp Incasso" width="210" height="44" /></a>'
             '<nav class="header__nav" aria-label="Hoofdmenu"><ul class="nav">')
    for href_, t_ in (("/ik-heb-een-brief-ontvangen", "Ik heb een brief ontvangen"), ("/betalingsregeling",
                      "Betalingsregeling"), ("/voor-opdrachtgevers", "Voor opdrachtgevers"), ("/over-ons", "Over ons"),
                      ("/veelgestelde-vragen", "Veelgestelde vragen"), ("/contact", "Contact")):
        h.append('<li class="nav__item"><a class="nav__link" href="%s">%s</a></li>' % (href_, t_))
    h.append('</ul></nav><form class="header__login" method="post" action="/umbraco/surface/dossierlogin/login">'
             '<label for="dossiernummer" class="sr-only">Dossiernummer</label><input id="dossiernummer" name="Dossiernummer" '
             'type="text" placeholder="Dossiernummer" autocomplete="off" /><label for="postcode" class="sr-only">Postcode'
             '</label><input id="postcode" name="Postcode" type="text" placeholder="Postcode" autocomplete="postal-code" />'
             '<button type="submit" class="btn btn--primary">Mijn dossier</button><input name="ufprt" type="hidden" '
             'value="%s" /><input name="__RequestVerificationToken" type="hidden" value="%s" /></form></div></header>\n'
             % (C.det_sha("ufprt", v)[:40].upper() + C.det_sha("ufprt2", v)[:40].upper(), state["token"]))
    h.append('<main id="main" class="main">\n<section class="hero hero--small"><div class="container"><nav class='
             '"breadcrumbs" aria-label="Kruimelpad"><ol><li><a href="/">Home</a></li><li aria-current="page">'
             'Privacyverklaring</li></ol></nav></div></section>\n<div class="container container--narrow">\n')
    h.append('<div class="umb-block-grid" data-grid-columns="12" style="--umb-block-grid--grid-columns: 12;">\n'
             '<div class="umb-block-grid__layout-container">\n')
    h.append(grid_item("richTextBlock", "c3b0e5a2-7d1f-4a8e-9b62-1f0d4c8e2a57", "3f8e2d1c9a7b4e6f8d2c1b0a9e8f7d6c",
                       '<div class="rich-text">\n%s\n</div>' % rte(first)))
    h.append("\n")
    h.append(grid_item("ctaBlock", "8e1d7a90-2b4c-4f3e-a6d5-0c9b8a7f6e12", "a1b2c3d4e5f60718293a4b5c6d7e8f90",
                       '<div class="cta-block cta-block--variant-%s"><div class="cta-block__text"><h3 class="cta-block__'
                       'title">%s</h3><p>%s</p></div><a class="btn btn--secondary" href="%s">%s</a></div>'
                       % ("abc"[state["cta"]], html.escape(t), html.escape(body), href, html.escape(btn))))
    h.append("\n")
    h.append(grid_item("richTextBlock", "c3b0e5a2-7d1f-4a8e-9b62-1f0d4c8e2a57", "7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f",
                       '<div class="rich-text">\n%s\n</div>' % rte(second)))
    h.append('\n</div>\n</div>\n</div>\n</main>\n')
    h.append('<footer class="footer"><div class="container footer__grid"><div class="footer__col"><img src="/media/'
             'kd0fj3wq/keurmerk-incasso.png?width=140&amp;height=70&amp;v=1d8f3a2b6c4e9f0" alt="Keurmerk Incasso" '
             'width="140" height="70" loading="lazy" /><img src="/media/e1vbl2ps/nvi-lid.png?width=140&amp;height=70&amp;'
             'v=1d7c2e0a9b8f6d1" alt="Lid NVI" width="140" height="70" loading="lazy" /></div><div class="footer__col">'
             '<h4>Holtkamp Incasso B.V.</h4><p>Vleutensevaart 100<br />3532 AD Utrecht</p><p>KvK 30187654</p></div>'
             '<div class="footer__col"><h4>Snel naar</h4><ul><li><a href="/betalen">Direct betalen</a></li><li><a href='
             '"/klachten">Klachtenregeling</a></li><li><a href="/privacyverklaring">Privacyverklaring</a></li><li><a '
             'href="/cookieverklaring">Cookieverklaring</a></li><li><a href="/disclaimer">Disclaimer</a></li></ul></div>'
             '</div><div class="footer__bottom container">&copy; %d Holtkamp Incasso B.V.</div></footer>\n' % when.year)
    h.append('<script src="/js/main.min.js?v=%s" defer></script>\n<script>window.Trengo = window.Trengo || {};'
             'window.Trengo.key = "pQ3xV8mL2rT9";(function(d, script, t) {script = d.createElement(\'script\');'
             'script.type = \'text/javascript\';script.async = true;script.src = \'https://static.widget.trengo.eu/'
             'embed.js\';d.getElementsByTagName(\'head\')[0].appendChild(script);}(document));</script>\n'
             '</body>\n</html>' % v)
    return "".join(h)


PAGE = {
    "service": "Holtkamp Incasso",
    "url": "https://www.holtkampincasso.nl/privacyverklaring",
    "lang": "nl",
    "platform": "Umbraco 13 (Block Grid, TinyMCE), Cookiebot, Trengo",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Microsoft-IIS/10.0"), ("X-Powered-By", "ASP.NET"),
                      ("Cache-Control", "private")),
    "n": 31,
    "start": dt.date(2021, 9, 6),
    "end": dt.date(2025, 2, 28),
    "hours": (0, 7, 12),
    "policy": POLICY,
    "first_updated": dt.date(2021, 5, 17),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.holtkampincasso.nl/privacyverklaring", "select": ".umb-block-grid",
                    "remove": ".cta-block"},
}
