"""Nyhetsflödet (Stockholm) - sv-SE - news-aggregator app's website on Next.js (pages router, server-side rendered,
policy text from a headless CMS), CSP nonces, "Just nu" top-stories rail, app-store rating badges.

Harder: every deploy renames all CSS-module classes (Policy_body__x7Ka2 -> Policy_body__Qm3pZ) and the build id;
the declaration therefore uses structure only (`main article`). The whole policy is also serialised as an HTML
string in __NEXT_DATA__ next to per-visit top stories and A/B experiment flags."""
import datetime as dt
import json
import common as C

URL = "https://www.nyhetsflodet.se/integritetspolicy"
MANADER = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MANADER[d.month - 1], d.year)


POLICY = """
# Integritetspolicy

Senast uppdaterad: {UPDATED}

Nyhetsflödet samlar nyheter från fler än 200 svenska och internationella källor i ett och samma flöde. För att appen och webbplatsen ska fungera, och för att vi ska kunna visa dig nyheter som är relevanta för dig, behandlar vi personuppgifter. I den här policyn beskriver vi vilka uppgifter vi behandlar, varför vi gör det och vilka rättigheter du har enligt dataskyddsförordningen (GDPR).

## Personuppgiftsansvarig

Flödet Media AB, organisationsnummer 559123-4567, Götgatan 22A, 118 46 Stockholm, är personuppgiftsansvarig för den behandling som beskrivs i den här policyn. De nyhetskällor vars artiklar du läser via länkar i appen ansvarar själva för den behandling som sker på deras webbplatser. Läs därför gärna respektive källas integritetspolicy när du öppnar en artikel hos dem.

## Vilka uppgifter samlar vi in?

- **Kontouppgifter:** e-postadress och, om du loggar in med Apple eller Google, det användar-id som tjänsten delar med oss.
- **Enhetsuppgifter:** enhetsmodell, operativsystem, appversion, språkinställning och ett slumpmässigt genererat installations-id.
- **Användningsdata:** vilka artiklar du öppnar, hur länge du läser, vilka ämnen och källor du följer eller döljer samt vilka pushnotiser du öppnar.
- **Ungefärlig plats:** den kommun du väljer, eller, om du tillåter det, en ungefärlig position baserad på din enhets plats, så att vi kan visa lokala nyheter.
- **Pushtoken:** en teknisk adress som gör det möjligt att skicka notiser till din enhet.

## Hur och varför vi använder uppgifterna

| Ändamål | Uppgifter | Rättslig grund | Lagringstid |
| Tillhandahålla appen och ditt konto | Konto- och enhetsuppgifter | Avtal | Så länge du har ett konto |
| Anpassa ditt nyhetsflöde | Användningsdata, ungefärlig plats | Berättigat intresse | 24 månader |
| Skicka pushnotiser | Pushtoken, valda ämnen | Samtycke | Tills du stänger av notiser |
| Visa annonser | Enhetsuppgifter, annons-id | Samtycke (personanpassade annonser) eller berättigat intresse (kontextuella annonser) | 13 månader |
| Statistik och produktutveckling | Användningsdata | Berättigat intresse | 25 månader |
| Säkerhet och felsökning | Enhetsuppgifter, loggar | Berättigat intresse | 90 dagar |

## Ditt personliga nyhetsflöde

Vi använder din läshistorik och de ämnen och källor du följer för att sortera nyheterna i ditt flöde. Det innebär en form av profilering, men den har inga rättsliga följder för dig och påverkar inte vilka nyheter som finns tillgängliga, bara i vilken ordning de visas. Du kan när som helst rensa din läshistorik under Inställningar > Integritet.

## Annonser

Nyhetsflödet är gratis och finansieras av annonser. Om du samtycker visar vi annonser som anpassas efter dina intressen. Annonserna förmedlas av Adform A/S och Google Ireland Limited. Om du inte samtycker visar vi bara annonser som anpassas efter innehållet i den artikel eller kategori du läser.

I appen hämtar vi ditt samtycke genom ett samtyckesverktyg som följer IAB Europes ramverk för transparens och samtycke (TCF). Där kan du se vilka annonspartner som berörs och ändra ditt val när som helst under Inställningar > Integritet. På iPhone frågar vi dessutom om tillåtelse enligt Apples ramverk App Tracking Transparency innan annons-id används.

## Vilka vi delar uppgifter med

Vi anlitar personuppgiftsbiträden som behandlar uppgifter för vår räkning, bland annat Amazon Web Services EMEA SARL (drift i Irland), Google Firebase (pushnotiser och kraschrapporter) och Amplitude, Inc. (produktstatistik). Vi säljer aldrig dina personuppgifter.

Om vi blir skyldiga enligt lag, till exempel efter ett beslut från en domstol eller en myndighet, kan vi behöva lämna ut uppgifter. Om verksamheten eller delar av den skulle överlåtas kan uppgifterna komma att överföras till den nya ägaren, som då fortsätter att behandla dem i enlighet med den här policyn.

## Överföring till tredjeland

Vissa av våra leverantörer kan behandla uppgifter i USA. Vi använder då EU-kommissionens standardavtalsklausuler tillsammans med kompletterande skyddsåtgärder, såsom kryptering.

## Cookies på webbplatsen

På nyhetsflodet.se använder vi cookies. Enligt 6 kap. 18 § lagen (2003:389) om elektronisk kommunikation får vi bara lagra cookies som inte är nödvändiga om du har samtyckt till det. Du kan ändra dina val under Cookieinställningar längst ned på sidan.

## Dina rättigheter

Du har rätt att få tillgång till dina personuppgifter, att få felaktiga uppgifter rättade, att få uppgifter raderade, att begära begränsning av behandlingen och att invända mot behandling som grundar sig på berättigat intresse. Du har också rätt till dataportabilitet. Om du har lämnat samtycke kan du när som helst återkalla det.

Vill du utöva dina rättigheter kan du skriva till oss. Vi svarar så snart som möjligt och senast inom en månad. För att skydda dina uppgifter kan vi behöva bekräfta din identitet, till exempel genom att du skickar din begäran från den e-postadress som är kopplad till kontot.

Du kan radera ditt konto direkt i appen under Inställningar > Konto. Om du är missnöjd med hur vi behandlar dina uppgifter kan du lämna klagomål till Datainspektionen.

## Kontakt

Har du frågor om hur vi behandlar personuppgifter är du välkommen att kontakta oss på [dataskydd@nyhetsflodet.se](mailto:dataskydd@nyhetsflodet.se).

## Så skyddar vi dina uppgifter

Vi skyddar dina uppgifter med lämpliga tekniska och organisatoriska åtgärder, bland annat kryptering vid överföring och lagring, behörighetsstyrning och loggning av åtkomst. Endast medarbetare som behöver uppgifterna i sitt arbete har tillgång till dem.

## Barn

Nyhetsflödet riktar sig inte till barn under 13 år. Är du under 13 år ber vi dig att inte skapa ett konto. Om vi får kännedom om att ett konto tillhör ett barn under 13 år raderar vi kontot och de uppgifter som är kopplade till det. Användare under 18 år visas aldrig personanpassade annonser.

## Ändringar i policyn

Vi kan komma att uppdatera den här policyn. Vid väsentliga ändringar informerar vi dig i appen innan ändringarna börjar gälla.
"""

EDITS = [
    {"note": "supervisory authority renamed: Datainspektionen -> Integritetsskyddsmyndigheten (IMY) with address, silent", "bump": False,
     "repl": [("kan du lämna klagomål till Datainspektionen.",
               "kan du lämna klagomål till Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm, [www.imy.se](https://www.imy.se).")]},
    {"note": "retention of reading history for the personalised feed reduced from 24 to 12 months",
     "repl": [("| Användningsdata, ungefärlig plats | Berättigat intresse | 24 månader |", "| Användningsdata, ungefärlig plats | Berättigat intresse | 12 månader |")]},
    {"note": "new section 'Nyhetsflödet Plus' (ad-free subscription billed through App Store / Google Play)",
     "repl": [("## Vilka vi delar uppgifter med",
               "## Nyhetsflödet Plus\n\nOm du tecknar Nyhetsflödet Plus visas inga annonser i appen. Betalningen hanteras av Apple eller Google, som delar information med oss om att du har ett aktivt abonnemang och när det förnyas, men inte dina betaluppgifter. Vi behandlar uppgifterna för att fullgöra avtalet med dig och sparar dem så länge abonnemanget pågår och därefter i sju år enligt bokföringslagen.\n\n## Vilka vi delar uppgifter med")]},
    {"note": "analytics processor Amplitude replaced by Mixpanel (EU data residency); transfer paragraph mentions EU-US Data Privacy Framework",
     "repl": [("och Amplitude, Inc. (produktstatistik).", "och Mixpanel, Inc. (produktstatistik, lagring inom EU)."),
              ("Vi använder då EU-kommissionens standardavtalsklausuler tillsammans med kompletterande skyddsåtgärder, såsom kryptering.",
               "Överföringen sker då med stöd av EU-kommissionens beslut om EU–US Data Privacy Framework, för leverantörer som är certifierade enligt det, och i övriga fall med stöd av EU-kommissionens standardavtalsklausuler tillsammans med kompletterande skyddsåtgärder.")]},
    {"note": "DSA art. 27: personalised-feed section rewritten with the main parameters of the recommender and a non-profiled 'Senaste' feed option",
     "repl": [("Du kan när som helst rensa din läshistorik under Inställningar > Integritet.",
               "De viktigaste parametrarna i vårt rekommendationssystem är hur nyligen en artikel publicerades, hur många källor som rapporterar om samma händelse, de ämnen och källor du följer, vilka artiklar du har läst de senaste 30 dagarna och din valda kommun.\n\n"
               "Du kan när som helst välja flödet Senaste, som visar nyheterna i tidsordning utan profilering, och du kan rensa din läshistorik under Inställningar > Integritet.")]},
    {"note": "cookie paragraph: reference updated to 9 kap. 28 § of the new LEK (2022:482), date not changed", "bump": False,
     "repl": [("Enligt 6 kap. 18 § lagen (2003:389) om elektronisk kommunikation", "Enligt 9 kap. 28 § lagen (2022:482) om elektronisk kommunikation")]},
]

STORIES = [("Riksbanken lämnar räntan oförändrad", "DN"), ("Kraftigt snöfall väntas i Norrland", "SVT Nyheter"),
           ("Regeringen presenterar ny budget", "Omni"), ("Zlatan gör comeback som tränare", "Expressen"),
           ("Tågtrafiken stoppad mellan Göteborg och Stockholm", "GP"), ("Nytt rekordår för svensk export", "DI"),
           ("Polisen: skottlossning i Malmö", "Sydsvenskan"), ("Elpriset rusar i södra Sverige", "Aftonbladet"),
           ("Eurovision: här är Sveriges bidrag", "SVT Nyheter"), ("Ny studie om skärmtid hos barn", "SvD")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["deploy"] = C.keep_or(rng, prev.get("deploy"), 0.55, lambda: (C.alnum(rng, 21, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"),
                                                                     C.alnum(rng, 5, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")))
    s["nonce"] = C.b64tok(rng, 16)
    s["now"] = tuple((k, rng.randint(1, 58)) for k in rng.sample(range(len(STORIES)), 4))
    s["rating"] = (round(4.5 + rng.random() * 0.3, 1), 11800 + i * 190 + rng.randint(0, 150))
    s["exp"] = {"feedCardV2": rng.random() < 0.5, "plusUpsell": rng.choice(["control", "banner", "modal"])}
    return s


LABELS = {"deploy": "Next.js build id + CSS-module class hashes (every deploy)", "nonce": "CSP nonce on scripts",
          "now": "'Just nu' top stories rail", "rating": "app-store rating badge count", "exp": "A/B experiment flags in __NEXT_DATA__"}


def render(s, blocks, when):
    build, hsh = s["deploy"]

    def cls(mod, name):
        return "%s_%s__%s" % (mod, name, C.hexs(__import__("random").Random(hsh + mod + name), 5))

    h1, rest = blocks[0], blocks[1:]
    body_html = C.blocks_html(rest)
    now = "".join('<li class="%s"><a href="/artikel/%d"><span class="%s">%s</span><span class="%s">%s · %d min sedan</span></a></li>'
                  % (cls("TopStories", "item"), 900000 + k * 71, cls("TopStories", "title"), STORIES[k][0], cls("TopStories", "meta"),
                     STORIES[k][1], m) for k, m in s["now"])
    stars, cnt = s["rating"]
    nd = {"props": {"pageProps": {"page": {"slug": "integritetspolicy", "title": h1[1], "body": body_html},
                                  "topStories": [{"id": 900000 + k * 71, "title": STORIES[k][0], "source": STORIES[k][1], "minutesAgo": m} for k, m in s["now"]],
                                  "experiments": s["exp"]}, "__N_SSP": True},
          "page": "/[slug]", "query": {"slug": "integritetspolicy"}, "buildId": build, "isFallback": False, "gssp": True,
          "locale": "sv", "locales": ["sv"], "defaultLocale": "sv", "scriptLoader": []}
    nonce = s["nonce"]
    return ('<!DOCTYPE html><html lang="sv"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>'
            '<title>Integritetspolicy | Nyhetsflödet</title><link rel="canonical" href="%s"/>'
            '<meta name="apple-itunes-app" content="app-id=1489236610"/>'
            '<link rel="preload" href="/_next/static/css/%s.css" as="style"/><link rel="stylesheet" href="/_next/static/css/%s.css" data-n-g=""/>'
            '<script nonce="%s" src="https://cdn.cookiehub.eu/c2/8f21c0a4.js"></script>'
            '<script defer="" nonce="%s" src="/_next/static/chunks/webpack-%s.js"></script>'
            '<script defer="" nonce="%s" src="/_next/static/chunks/pages/%%5Bslug%%5D-%s.js"></script>'
            '<script defer="" nonce="%s" src="/_next/static/%s/_buildManifest.js"></script></head>'
            '<body><div id="__next"><div class="%s">'
            '<header class="%s"><a class="%s" href="/"><img alt="Nyhetsflödet" src="/logo.svg" width="160" height="32"/></a>'
            '<nav class="%s"><a href="/">Start</a><a href="/om-appen">Om appen</a><a href="/for-publicister">För publicister</a><a href="/jobb">Jobba hos oss</a></nav>'
            '<a class="%s" href="https://nyhetsflodet.page.link/ladda-ner">Ladda ner appen</a></header>'
            '<div class="%s"><main class="%s"><article class="%s">%s<div class="%s">%s</div></article></main>'
            '<aside class="%s"><h2 class="%s">Just nu</h2><ul class="%s">%s</ul>'
            '<div class="%s"><p>Betyg %s av 5 · %s betyg</p><a href="https://apps.apple.com/se/app/nyhetsflodet/id1489236610">App Store</a>'
            '<a href="https://play.google.com/store/apps/details?id=se.nyhetsflodet.app">Google Play</a></div></aside></div>'
            '<footer class="%s"><p>&copy; %d Flödet Media AB</p><a href="/integritetspolicy">Integritetspolicy</a><a href="/anvandarvillkor">Användarvillkor</a>'
            '<button class="%s" onclick="window.hubble&amp;&amp;hubble.openSettings()">Cookieinställningar</button></footer></div></div>'
            '<script id="__NEXT_DATA__" type="application/json" nonce="%s">%s</script></body></html>'
            % (URL, C.hexs(__import__("random").Random(hsh), 16), C.hexs(__import__("random").Random(hsh), 16), nonce, nonce,
               C.hexs(__import__("random").Random(hsh + "w"), 16), nonce, C.hexs(__import__("random").Random(hsh + "p"), 16), nonce, build,
               cls("Layout", "root"), cls("Header", "header"), cls("Header", "logo"), cls("Header", "nav"), cls("Header", "cta"),
               cls("Layout", "columns"), cls("Layout", "main"), cls("Policy", "article"),
               C.block_html(h1, {"h1": cls("Policy", "title")}), cls("Policy", "body"), body_html,
               cls("Layout", "aside"), cls("TopStories", "heading"), cls("TopStories", "list"), now, cls("AppBadges", "root"),
               ("%.1f" % stars).replace(".", ","), "{:,}".format(cnt).replace(",", "\u00a0"),
               cls("Footer", "footer"), when.year, cls("Footer", "cookieButton"), nonce,
               json.dumps(nd, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")))


PAGE = {
    "service": "Nyhetsflödet", "url": URL, "lang": "sv-SE", "platform": "Next.js (pages router, SSR) + headless CMS",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2021, 2, 15), "end": dt.date(2026, 1, 31),
    "policy": POLICY, "first_updated": dt.date(2020, 10, 5), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["main article"]},
}
