"""Hjuldoktoren - da tyre, service and car inspection workshop chain - Dynamicweb 10 with the Swift 2 templates,
Cookie Information, Trustpilot TrustBox, a booking-teaser item (next free slot) placed in the page's rows."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gkit as K  # noqa: E402

C = K.C
URL = "https://www.hjuldoktoren.dk/privatlivspolitik"


def fmt_date(d):
    return "%d. %s %d" % (d.day, K.MONTHS["da"][d.month - 1], d.year)


POLICY = """
# Privatlivspolitik

Senest opdateret: {UPDATED}

Hos Hjuldoktoren A/S passer vi godt på dine personoplysninger. I denne privatlivspolitik kan du læse, hvordan vi behandler oplysninger om dig, når du køber dæk og fælge, bestiller service, reparation eller syn af din bil, opbevarer dæk på vores dækhotel eller besøger hjuldoktoren.dk.

## Dataansvarlig

@ Hjuldoktoren A/S
@ Vestergade 44
@ 7100 Vejle
@ CVR-nr. 38 12 45 67
@ Telefon 75 82 11 00
@ E-mail: [persondata@hjuldoktoren.dk](mailto:persondata@hjuldoktoren.dk)

## Hvilke oplysninger behandler vi?

- navn, adresse, telefonnummer og e-mailadresse;
- nummerplade, stelnummer, bilmærke, model og kilometerstand;
- oplysninger om dine bestillinger, værkstedsbesøg, udført arbejde og fakturaer;
- oplysninger om dine dæk på dækhotellet, herunder mønsterdybde, dækstørrelse og placering på lageret;
- betalingsoplysninger, som behandles af vores betalingsleverandører;
- oplysninger om din brug af hjuldoktoren.dk, hvis du har givet samtykke til cookies.

Når du indtaster din nummerplade på hjuldoktoren.dk, slår vi bilens data op i Motorregistret (DMR), så vi kan finde de dæk og fælge, der passer til din bil.

## Formål og retsgrundlag

Vi behandler dine oplysninger for at kunne levere de varer og ydelser, du har bestilt, jf. databeskyttelsesforordningens artikel 6, stk. 1, litra b. Vi opbevarer regnskabsmateriale, fordi bogføringsloven kræver det, jf. artikel 6, stk. 1, litra c. Vi sender dig påmindelser om dækskift og service og måler tilfredshed med vores værksteder, fordi vi har en legitim interesse i det, jf. artikel 6, stk. 1, litra f. Nyhedsbreve sender vi kun, hvis du har givet samtykke.

## Modtagere af dine oplysninger

Vi deler kun dine oplysninger, når det er nødvendigt. Vi bruger følgende databehandlere og modtagere:

- Nets A/S og MobilePay A/S til betaling;
- vores it-leverandør, der drifter webshop og værkstedssystem i Danmark;
- GLS Denmark til levering af dæk og fælge;
- forsikringsselskaber, hvis du anmelder en skade, som vi skal reparere;
- den synsvirksomhed, der udfører syn af din bil, hvis du bestiller syn gennem os.

## Hvor længe gemmer vi dine oplysninger?

| Oplysninger | Opbevaringsperiode |
| Ordrer og fakturaer | 5 år fra udgangen af regnskabsåret |
| Værkstedshistorik | 3 år efter seneste besøg |
| Dækhotel | 1 år efter, at dækkene er udleveret |
| Nyhedsbrev | Indtil du afmelder dig |

## Dine rettigheder

Du har ret til indsigt i de oplysninger, vi behandler om dig, og ret til at få urigtige oplysninger berigtiget. Du kan også have ret til at få oplysninger slettet, til at få behandlingen begrænset, til dataportabilitet og til at gøre indsigelse mod behandlingen. Har du givet samtykke, kan du altid trække det tilbage.

Kontakt os på [persondata@hjuldoktoren.dk](mailto:persondata@hjuldoktoren.dk), hvis du vil gøre brug af dine rettigheder. Du kan klage til [Datatilsynet](https://www.datatilsynet.dk), hvis du er utilfreds med vores behandling af dine oplysninger.

## Cookies

Vi bruger cookies på hjuldoktoren.dk. Du kan læse mere og ændre dit samtykke i vores [cookiepolitik](/cookiepolitik).
"""

EDITS = [
    {"note": "wording fixed without new date ('måler tilfredshed' -> 'måler tilfredsheden')",
     "bump": False,
     "repl": [("og måler tilfredshed med vores værksteder", "og måler tilfredsheden med vores værksteder")]},
    {"note": "recipients list: Trustpilot added for review invitations",
     "repl": [("- GLS Denmark til levering af dæk og fælge;",
               "- GLS Denmark til levering af dæk og fælge;\n- Trustpilot A/S, der sender dig en invitation til at "
               "anmelde dit besøg;")]},
    {"note": "payment processor renamed: MobilePay A/S -> Vipps MobilePay AS",
     "repl": [("- Nets A/S og MobilePay A/S til betaling;", "- Nexi Group (tidligere Nets) og Vipps MobilePay AS til betaling;")]},
    {"note": "tyre-hotel retention 1 year -> 6 months after the tyres are handed out",
     "repl": [("| Dækhotel | 1 år efter, at dækkene er udleveret |", "| Dækhotel | 6 måneder efter, at dækkene er udleveret |")]},
    {"note": "new section on SMS reminders and automatic number-plate recognition at the workshops",
     "repl": [("## Hvor længe gemmer vi dine oplysninger?",
               "## Nummerpladegenkendelse på værkstederne\n\nPå udvalgte værksteder registrerer et kamera nummerpladen, "
               "når du kører ind. Det bruger vi til at finde din booking og dine dæk på dækhotellet hurtigere. "
               "Billederne slettes efter 30 dage.\n\n## Hvor længe gemmer vi dine oplysninger?")]},
    {"note": "head office moved (Vestergade 44, 7100 Vejle -> Boulevarden 9, 7100 Vejle), new phone",
     "repl": [("@ Vestergade 44\n@ 7100 Vejle", "@ Boulevarden 9\n@ 7100 Vejle"),
              ("@ Telefon 75 82 11 00", "@ Telefon 70 20 44 88")]},
]

SHOPS = ["Vejle", "Kolding", "Fredericia", "Horsens", "Aarhus C", "Odense SØ"]
CAMPAIGN = {"spring": "Skift til sommerdæk nu – book tid online", "autumn": "Vinterdæk-sæson: book dækskift i god tid",
            "winter": "Husk dækhotel – vi passer på dine sommerdæk", "summer": "Sommertjek af bilen: 499 kr."}


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"antiforgery": "CfDJ8" + C.b64tok(rng, 96).rstrip("=").replace("+", "-").replace("/", "_")}
    s["ticks"] = C.keep_or(rng, prev.get("ticks"), 0.25,
                           lambda: 621355968000000000 + C.epoch(when - dt.timedelta(hours=rng.randint(1, 300))) * 10 ** 7)
    loc, _ = K.local(when, "da")
    shop = rng.randrange(len(SHOPS))
    slot = K.next_slot(rng, loc, open_h=(7, 16), closed=(5, 6))
    s["booking"] = (shop, slot.strftime("%Y-%m-%d %H:%M"))
    s["campaign"] = K.tyre_season(when.date())
    s["pageview"] = C.uuid4(rng)
    return s


LABELS = {"antiforgery": "ASP.NET Core antiforgery token of the newsletter form (per request)",
          "ticks": "Swift asset ?v= file ticks (deploys)",
          "booking": "booking teaser item: next free slot and shop (INSIDE #content, removed)",
          "campaign": "seasonal campaign bar (summer/winter tyres, tyre hotel)",
          "pageview": "Dynamicweb tracking page-view id"}


def fmt_slot(slot, when):
    t = dt.datetime.strptime(slot, "%Y-%m-%d %H:%M")
    loc, _ = K.local(when, "da")
    delta = (t.date() - loc.date()).days
    day = "i dag" if delta == 0 else "i morgen" if delta == 1 else "%s d. %d/%d" % (K.WEEKDAYS["da"][t.weekday()], t.day, t.month)
    return "%s kl. %02d.%02d" % (day, t.hour, t.minute)


def render(s, blocks, when):
    tok = s["antiforgery"]
    v = s["ticks"]
    shop, slot = s["booking"]
    title = blocks[0][1]
    head_b, secs = C.split_sections(blocks[1:])
    first, rest = [], []
    for n, (t, bl) in enumerate(secs):
        (first if n < 3 else rest).extend([("h2", t)] + bl)
    tx = {"table": ' class="table table-sm"'}
    teaser = ('<div class="swift_row grid gap-4 py-3" id="Row2190"><div class="g-col-12">'
              '<div class="item_hjul_bookingteaser card bg-primary text-white p-4" id="Item_9104">'
              '<h3 class="h4">Book dækskift eller service</h3><p>Næste ledige tid i <strong>%s</strong>: %s</p>'
              '<a href="/booking?shop=%d" class="btn btn-light">Book tid</a></div></div></div>'
              % (SHOPS[shop], fmt_slot(slot, when), shop + 1))
    trust = ('<div class="swift_row grid gap-4 py-3" id="Row2191"><div class="g-col-12"><div class="trustpilot-widget" data-locale="da-DK" '
             'data-template-id="5419b6a8b0d04a076446a9ad" data-businessunit-id="5a1f3c2b0000ff0005aa1b2c" data-style-height="24px" '
             'data-style-width="100%%" data-theme="light"><a href="https://dk.trustpilot.com/review/hjuldoktoren.dk" target="_blank" '
             'rel="noopener">Trustpilot</a></div></div></div>')
    assets = "/Files/Templates/Designs/Swift-v2/Assets"
    return ('<!doctype html>\n<html lang="da" data-swift-version="2.3.0">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Privatlivspolitik | Hjuldoktoren</title>\n'
            '<meta name="generator" content="Dynamicweb 10">\n<link rel="canonical" href="%s">\n'
            '<link href="%s/css/swift.css?%d" rel="stylesheet" media="all" type="text/css">\n'
            '<link href="/Files/System/Styles/Themes/hjuldoktoren.css?%d" rel="stylesheet" media="all" type="text/css">\n'
            '<script id="CookieConsent" src="https://policy.app.cookieinformation.com/uc.js" data-culture="DA" type="text/javascript"></script>\n'
            '<script src="%s/js/swift.js?%d" type="module"></script>\n</head>\n'
            '<body class="brand" id="page1187" data-pageview-id="%s">\n'
            '<div class="campaign-bar bg-warning text-center small py-2 campaign-bar--%s"><a href="/booking">%s</a></div>\n'
            '<header class="page-header sticky-top"><div class="container-xl d-flex align-items-center py-3">'
            '<a href="/" class="logo"><img src="/Files/Images/logo/hjuldoktoren.svg" alt="Hjuldoktoren" height="40"></a>'
            '<nav class="ms-auto"><ul class="nav"><li class="nav-item"><a class="nav-link" href="/daek">Dæk</a></li>'
            '<li class="nav-item"><a class="nav-link" href="/faelge">Fælge</a></li><li class="nav-item"><a class="nav-link" href="/service">Service</a></li>'
            '<li class="nav-item"><a class="nav-link" href="/daekhotel">Dækhotel</a></li><li class="nav-item"><a class="nav-link" href="/syn">Syn</a></li>'
            '<li class="nav-item"><a class="nav-link" href="/vaerksteder">Værksteder</a></li></ul></nav></div></header>\n'
            '<main id="content">\n'
            '<div class="swift_row grid gap-4 py-4" id="Row2187"><div class="g-col-12"><div class="item_swift_poster"><h1 class="display-5">%s</h1></div></div></div>\n'
            '<div class="swift_row grid gap-4 py-3" id="Row2188"><div class="g-col-12 g-col-lg-8"><div class="item_swift_text" id="Item_9101">%s\n%s</div></div></div>\n'
            '%s\n'
            '<div class="swift_row grid gap-4 py-3" id="Row2189"><div class="g-col-12 g-col-lg-8"><div class="item_swift_text" id="Item_9102">%s</div></div></div>\n'
            '%s\n</main>\n'
            '<footer class="page-footer bg-dark text-light py-5"><div class="container-xl"><div class="grid">'
            '<div class="g-col-12 g-col-md-6"><form method="post" action="/nyhedsbrev" class="newsletter"><label for="nl-email">Tilmeld nyhedsbrev</label>'
            '<input type="email" id="nl-email" name="Email" class="form-control"><input name="__RequestVerificationToken" type="hidden" value="%s">'
            '<button type="submit" class="btn btn-primary">Tilmeld</button></form></div>'
            '<div class="g-col-12 g-col-md-6"><p>Hjuldoktoren A/S · CVR 38124567</p><p><a href="/privatlivspolitik">Privatlivspolitik</a> · '
            '<a href="javascript:CookieConsent.renew();">Cookieindstillinger</a></p><p>© %d</p></div></div></div></footer>\n'
            '<script type="text/javascript" src="//widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js" async></script>\n</body>\n</html>\n'
            % (URL, assets, v, v, assets, v, s["pageview"], s["campaign"], C.esc(CAMPAIGN[s["campaign"]]), C.esc(title),
               K.render_blocks(head_b), K.render_blocks(first, tags=tx), teaser, K.render_blocks(rest, tags=tx), trust,
               tok, when.year))


PAGE = {
    "service": "Hjuldoktoren", "url": URL, "lang": "da-DK", "platform": "Dynamicweb 10 / Swift 2",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 3, 20), "end": dt.date(2026, 9, 15), "hours": (2, 8, 14, 20),
    "policy": POLICY, "first_updated": dt.date(2021, 12, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["main#content"],
                    "remove": [".item_hjul_bookingteaser", ".trustpilot-widget"]},
}
