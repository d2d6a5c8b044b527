"""Kaptajn Leg (Danish toy store chain) on Salesforce Commerce Cloud: SiteGenesis until the SFRA re-platforming.

The policy is a content asset (`Page-Show?cid=privatlivspolitik`) rendered into `div.content-asset`, in both
storefronts. Per visit: csrf_token of the header login/newsletter forms; per code deploy or cache clear: the
`v<ms timestamp>` static path; a rotating promo bar; an Einstein "Populært lige nu" recommendations slot under the
asset with review stars and "Kun n tilbage" badges (beside the container)."""
import datetime as dt
import html

import common as C

SITE = "Sites-KaptajnLeg-DK-Site"
URL = "https://www.kaptajnleg.dk/privatlivspolitik.html"
SFRA_FROM = dt.datetime(2023, 4, 18)

POLICY = """
# Privatlivspolitik

Senest opdateret: {UPDATED}

Hos Kaptajn Leg passer vi godt på de oplysninger, du giver os, når du handler i vores butikker, på kaptajnleg.dk eller i vores app, eller når du er medlem af Kaptajn Leg Fødselsdagsklub. I denne privatlivspolitik kan du læse, hvilke personoplysninger vi behandler, hvorfor vi gør det, hvem vi deler dem med, og hvilke rettigheder du har.

## Dataansvarlig

Den dataansvarlige for behandlingen af dine personoplysninger er:

@ Kaptajn Leg A/S
@ Industrivej 14
@ 7100 Vejle
@ CVR-nr. 31 45 78 20
@ Tlf. 70 20 30 40
@ E-mail: privatliv@kaptajnleg.dk

Har du spørgsmål til vores behandling af dine oplysninger, er du altid velkommen til at kontakte vores kundeservice på ovenstående telefonnummer eller e-mail. Kundeservice har åbent mandag til fredag kl. 9-17.

## Hvilke oplysninger behandler vi?

Vi behandler kun de oplysninger, der er nødvendige for det formål, vi indsamler dem til. Afhængigt af, hvordan du bruger vores tjenester, kan det være:

- Kontaktoplysninger som navn, adresse, e-mailadresse og telefonnummer
- Ordre- og købsoplysninger, f.eks. hvilke varer du har købt, leveringsadresse, betalingsmåde og eventuelle returneringer
- Oplysninger om din konto, herunder dit kundenummer, dine ønskesedler og dine præferencer for nyhedsbreve
- Oplysninger om dit barn, hvis du melder det ind i Fødselsdagsklubben: barnets fornavn, fødselsdato og køn, hvis du vælger at oplyse det
- Oplysninger om din brug af hjemmesiden og appen, f.eks. IP-adresse, enhedstype, browser og hvilke sider du besøger
- Korrespondance med vores kundeservice, herunder reklamationer og henvendelser om produktsikkerhed

Vi indsamler ikke bevidst oplysninger direkte fra børn. Medlemskab af Fødselsdagsklubben og ønskesedler oprettes af en forælder eller værge, som står inde for, at oplysningerne må gives til os.

## Formål og retsgrundlag

Vi bruger dine oplysninger til følgende formål og på følgende retsgrundlag:

| Formål | Oplysninger | Retsgrundlag |
| Levering af ordrer og håndtering af returneringer | Kontakt- og ordreoplysninger | Opfyldelse af købsaftalen, jf. databeskyttelsesforordningens artikel 6, stk. 1, litra b |
| Bogføring og regnskab | Ordre- og betalingsoplysninger | Retlig forpligtelse efter bogføringsloven, jf. artikel 6, stk. 1, litra c |
| Nyhedsbrev og medlemstilbud | Navn, e-mail og præferencer | Dit samtykke, jf. artikel 6, stk. 1, litra a |
| Fødselsdagsklubben | Dit navn og din e-mail samt barnets fornavn og fødselsdato | Dit samtykke, jf. artikel 6, stk. 1, litra a |
| Kundeservice og reklamationer | Kontakt-, ordre- og korrespondanceoplysninger | Opfyldelse af aftalen og vores legitime interesse i at hjælpe dig, jf. artikel 6, stk. 1, litra b og f |
| Statistik og forbedring af webshoppen | Brugsoplysninger og cookies | Dit samtykke og vores legitime interesse, jf. artikel 6, stk. 1, litra a og f |

Vi træffer ikke afgørelser om dig, der alene er baseret på automatisk behandling.

## Kaptajn Leg Fødselsdagsklub

Når du melder dit barn ind i Fødselsdagsklubben, sender vi en hilsen og et gavekort i ugen op til barnets fødselsdag. Vi bruger barnets fornavn og fødselsdato til at sende hilsenen på det rigtige tidspunkt og til at give dig tilbud, der passer til barnets alder. Vi sender aldrig markedsføring direkte til barnet.

Medlemskabet ophører automatisk, når barnet fylder 12 år, og vi sletter da barnets oplysninger senest tre måneder efter. Du kan til enhver tid afmelde barnet under Min konto eller ved at skrive til os.

## Cookies

Vi bruger cookies på kaptajnleg.dk for at få webshoppen til at fungere, huske indholdet af din kurv og, hvis du giver samtykke, for at lave statistik og vise dig relevante annoncer. Du kan læse mere og ændre dit samtykke i vores [cookiepolitik](/cookiepolitik.html).

## Hvem deler vi dine oplysninger med?

Vi sælger aldrig dine personoplysninger. Vi bruger en række samarbejdspartnere (databehandlere), som behandler oplysninger på vores vegne og efter vores instruks. Vi har indgået databehandleraftaler med dem alle:

| Modtager | Formål | Land |
| Salesforce | Drift af webshop og kundedatabase | EU (Tyskland) |
| PostNord Danmark | Levering af pakker | Danmark |
| GLS Denmark | Levering af pakker til pakkeshops | Danmark |
| Nets (Nexi Group) | Kortbetaling og MobilePay | Danmark |
| Klarna | Faktura og delbetaling | Sverige |
| Zendesk | Kundeservice | EU (Irland) |
| Microsoft | E-mail og intern administration | EU (Irland) |

Vi videregiver desuden oplysninger til offentlige myndigheder, når loven kræver det, f.eks. til Skattestyrelsen eller politiet. Hvis du betaler med Klarna, er Klarna selvstændig dataansvarlig for den kreditvurdering, de foretager.

## Overførsel til lande uden for EU/EØS

Nogle af vores databehandlere har moderselskaber i USA, og i enkelte tilfælde kan dine oplysninger blive tilgået derfra, f.eks. i forbindelse med support. Hvis dine oplysninger overføres til et land uden for EU/EØS, sker det på grundlag af EU-Kommissionens standardkontraktbestemmelser, så dine oplysninger er beskyttet på samme niveau som i EU.

## Hvor længe opbevarer vi dine oplysninger?

- Ordre- og betalingsoplysninger opbevarer vi i 5 år fra udgangen af det regnskabsår, købet vedrører, som bogføringsloven kræver.
- Din kundekonto opbevarer vi, indtil du sletter den. Har kontoen ikke været brugt i 3 år, sletter vi den efter forudgående varsel.
- Henvendelser til kundeservice opbevarer vi i 24 måneder efter sagens afslutning.
- Oplysninger i Fødselsdagsklubben slettes som beskrevet ovenfor.
- Tilmelding til nyhedsbrevet opbevarer vi, indtil du afmelder dig, og dokumentation for dit samtykke i 2 år derefter.

## Dine rettigheder

Du har efter persondataforodningen en række rettigheder i forhold til vores behandling af dine oplysninger:

- Ret til at få indsigt i de oplysninger, vi behandler om dig
- Ret til at få urigtige oplysninger berigtiget
- Ret til at få slettet oplysninger
- Ret til begrænsning af behandlingen
- Ret til at gøre indsigelse mod behandlingen, herunder mod direkte markedsføring
- Ret til dataportabilitet
- Ret til når som helst at trække et samtykke tilbage

Hvis du ønsker at gøre brug af dine rettigheder, skal du kontakte os på privatliv@kaptajnleg.dk. Vi svarer senest en måned efter, at vi har modtaget din henvendelse. Vi kan bede dig dokumentere, at du er den, du udgiver dig for at være.

## Klage til Datatilsynet

Du kan klage over vores behandling af dine personoplysninger til Datatilsynet:

@ Datatilsynet
@ Carl Jacobsens Vej 35
@ 2500 Valby
@ Tlf. 33 19 32 00
@ dt@datatilsynet.dk

Vi opfordrer dig dog til først at kontakte os, så vi kan forsøge at løse sagen.

## Ændringer i privatlivspolitikken

Vi kan ændre denne privatlivspolitik, f.eks. hvis vi tager nye tjenester i brug eller lovgivningen ændres. Den til enhver tid gældende version findes på denne side, og ved væsentlige ændringer giver vi dig besked via e-mail eller i appen.
"""

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "typo fixed: 'persondataforodningen' -> 'persondataforordningen'", "bump": False,
     "repl": [("efter persondataforodningen", "efter persondataforordningen")]},
    {"note": "Bring added to the processors table (large items and playhouses)",
     "repl": [("| GLS Denmark | Levering af pakker til pakkeshops | Danmark |",
               "| GLS Denmark | Levering af pakker til pakkeshops | Danmark |\n"
               "| Bring | Levering af store varer, f.eks. legehuse og trampoliner | Danmark |")]},
    {"note": "sentence added: EU-U.S. Data Privacy Framework as transfer basis",
     "repl": [("så dine oplysninger er beskyttet på samme niveau som i EU.",
               "så dine oplysninger er beskyttet på samme niveau som i EU. Overførsler til virksomheder, der er "
               "certificeret under EU-U.S. Data Privacy Framework, sker på grundlag af Kommissionens "
               "tilstrækkelighedsafgørelse af 10. juli 2023.")]},
    {"note": "retention of customer-service cases 24 -> 12 months",
     "repl": [("kundeservice opbevarer vi i 24 måneder", "kundeservice opbevarer vi i 12 måneder")]},
    {"note": "customer-service phone number changed",
     "repl": [("@ Tlf. 70 20 30 40", "@ Tlf. 70 25 30 40")]},
    {"note": "section added: product safety and recalls (GPSR)",
     "repl": [("## Cookies\n",
               "## Produktsikkerhed og tilbagekaldelser\n\n"
               "Hvis du registrerer et produkt hos os, eller hvis et produkt, du har købt, bliver kaldt tilbage, "
               "bruger vi dine kontakt- og købsoplysninger til at give dig besked om tilbagekaldelsen og om, hvordan "
               "du får pengene retur eller et nyt produkt. Behandlingen sker for at overholde vores forpligtelser "
               "efter EU's forordning om produktsikkerhed i almindelighed, jf. artikel 6, stk. 1, litra c. "
               "Oplysningerne opbevares i 10 år fra købet.\n\n"
               "## Cookies\n")]},
]

PROMOS = [
    "Fri fragt ved køb over 499 kr.",
    "Medlemstilbud: 20 % på udvalgt LEGO® - kun for Kaptajn Leg Klub",
    "Gratis gaveindpakning i alle butikker",
    "30 dages returret - også på julegaver købt fra 1. november",
    "Klik & hent: klar til afhentning på 2 timer",
]

PRODUCTS = [
    ("5702017152080", "LEGO® City Brandstation 60320", "649,95", "lego"),
    ("7312350338720", "BRIO Jernbane Startsæt 33872", "399,95", "brio"),
    ("5010993786154", "Peppa Gris Familiehus med lys og lyd", "299,95", "hasbro"),
    ("0194735007493", "Barbie Drømmehus 2023", "1.799,95", "mattel"),
    ("4006166080308", "Ravensburger Puslespil 1000 brikker - Nyhavn", "149,95", "ravensburger"),
    ("5700237003091", "Plus-Plus Basic 600 stk.", "249,95", "plusplus"),
    ("5702270010011", "Hama Perler i spand 6000 stk.", "129,95", "hama"),
    ("7340048605012", "Teddykompaniet Bamse Kanin 30 cm", "179,95", "teddykompaniet"),
    ("8410779103813", "Magformers Basic Set 30 dele", "449,95", "magformers"),
]


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["platform"] = "sfra" if when >= SFRA_FROM else "sitegenesis"
    ver = lambda: "v%d" % ((C.epoch(when) - rng.randint(3600, 86400 * 5)) * 1000 + rng.randint(0, 999))
    st["static_v"] = ver() if p.get("platform") != st["platform"] else C.keep_or(rng, p.get("static_v"), 0.3, ver)
    st["csrf"] = C.b64tok(rng, 66).replace("+", "-").replace("/", "_")
    st["promo"] = C.keep_or(rng, p.get("promo"), 0.45, lambda: rng.choice(PROMOS))

    def recs():
        return sorted(rng.sample(range(len(PRODUCTS)), 4))
    picks = C.keep_or(rng, p.get("recs_pick"), 0.35, recs)
    st["recs_pick"] = picks
    st["recs"] = [(k, round(rng.uniform(3.9, 4.9), 1), rng.randint(12, 640),
                   rng.choice([0, 0, 1, 2, 3, 4, 5, 7, 9, 12])) for k in picks]
    return st


LABELS = {
    "platform": "re-platforming SiteGenesis -> SFRA (new header, footer, grid; same content asset)",
    "static_v": "demandware.static cache version path v<timestamp> (deploy / cache clear)",
    "csrf": "csrf_token of the header login and newsletter forms (per visit)",
    "promo": "rotating promo bar above the header",
    "recs_pick": "Einstein recommendations: products shown",
    "recs": "Einstein 'Populært lige nu' slot below the content asset: stars, review counts, 'Kun n tilbage' badges",
}


def static(st, path):
    return "/on/demandware.static/%s/-/da_DK/%s/%s" % (SITE, st["static_v"], path)


def asset_html(blocks):
    body = C.blocks_html(blocks, cls={"table": "table table-striped privacy-table"})
    return ('<div class="content-asset"><!-- dwMarker="content" dwContentID="bcT7aiaagXQpMaaadlKNQ1VzMy" -->\n'
            + body + '\n</div> <!-- End content-asset -->')


def recs_html(st, sfra):
    tiles = []
    for k, rating, count, stock in st["recs"]:
        pid, name, price, brand = PRODUCTS[k]
        slug = html.escape(name.lower().replace("®", "").replace(" ", "-").replace(".", ""))
        href = "/%s/%s.html" % (slug, pid)
        img = ("https://www.kaptajnleg.dk/dw/image/v2/BFKL_PRD/on/demandware.static/-/Sites-kaptajnleg-master/"
               "default/dw%s/images/large/%s_1.jpg?sw=300&amp;sh=300&amp;sm=fit" % (C.det_sha(pid)[:8], pid))
        badge = ('<span class="badge badge-stock-low">Kun %d tilbage</span>' % stock) if 0 < stock <= 5 else (
            '<span class="badge badge-stock-out">Udsolgt online</span>' if stock == 0 else "")
        stars = ('<div class="ratings" aria-label="%s ud af 5 stjerner"><span class="stars" style="--rating: %s;">'
                 '</span><span class="ratings-count">(%d)</span></div>' % (str(rating).replace(".", ","), rating,
                                                                          count))
        if sfra:
            tiles.append(
                '<div class="col-6 col-md-3"><div class="product" data-pid="%s"><div class="product-tile">'
                '<div class="image-container"><a href="%s"><img class="tile-image" src="%s" alt="%s" '
                'title="%s" loading="lazy"/></a>%s</div><div class="tile-body"><div class="brand">%s</div>'
                '<div class="pdp-link"><a class="link" href="%s">%s</a></div>%s<div class="price"><span>'
                '<span class="sales"><span class="value" content="%s">%s kr.</span></span></span></div></div>'
                '</div></div></div>' % (pid, href, img, html.escape(name), html.escape(name), badge, brand.upper(),
                                        href, html.escape(name), stars, price.replace(".", "").replace(",", "."),
                                        price))
        else:
            tiles.append(
                '<li class="grid-tile"><div class="product-tile" id="%s" data-itemid="%s"><div class="product-image">'
                '<a class="thumb-link" href="%s"><img src="%s" alt="%s"/></a>%s</div><div class="product-name">'
                '<a class="name-link" href="%s">%s</a></div><div class="product-pricing"><span class="product-sales-'
                'price" title="Salgspris">%s kr.</span></div>%s</div></li>'
                % (C.det_sha("tile", pid)[:26], pid, href, img, html.escape(name), badge, href,
                   html.escape(name), price, stars))
    if sfra:
        return ('<div class="experience-region experience-einstein"><div class="einstein-carousel container" '
                'data-recommender="kaptajnleg-trending-dk"><h2 class="title">Populært lige nu</h2><div class="row">'
                + "".join(tiles) + '</div></div></div>')
    return ('<div class="product-listing einstein-recommendations" data-recommender="kaptajnleg-trending-dk">'
            '<h2>Populært lige nu</h2><ul class="search-result-items tiles-container">' + "".join(tiles)
            + '</ul></div>')


HEAD_AC = """<script type="text/javascript">//<!--
/* <![CDATA[ (head-active_data.js) */
var dw = (window.dw || {});
dw.ac = {
    _analytics: null,
    _events: [],
    _category: "",
    _searchData: "",
    _anact: "",
    _anact_nohit_tag: "",
    _analytics_enabled: "true",
    _timeZone: "Europe/Copenhagen",
    _capture: function(configs) {
        if (Object.prototype.toString.call(configs) === "[object Array]") {
            configs.forEach(captureObject);
            return;
        }
        dw.ac._events.push(configs);
    },
	capture: function() {
		dw.ac._capture(arguments);
		// send to CQ as well:
		if (window.CQuotient) {
			window.CQuotient.trackEventsFromAC(arguments);
		}
	},
    EV_PRD_SEARCHHIT: "searchhit",
    EV_PRD_DETAIL: "detail",
    EV_PRD_RECOMMENDATION: "recommendation",
    EV_PRD_SETPRODUCT: "setproduct",
    applyContext: function(context) {
        if (typeof context === "object" && context.hasOwnProperty("category")) {
        	dw.ac._category = context.category;
        }
        if (typeof context === "object" && context.hasOwnProperty("searchData")) {
        	dw.ac._searchData = context.searchData;
        }
    },
    setDWAnalytics: function(analytics) {
        dw.ac._analytics = analytics;
    },
    eventsIsEmpty: function() {
        return 0 == dw.ac._events.length;
    }
};
/* ]]> */
// -->
</script>
<script type="text/javascript">//<!--
/* <![CDATA[ (head-cquotient.js) */
var CQuotient = window.CQuotient = {};
CQuotient.clientId = 'bfkl-KaptajnLeg-DK';
CQuotient.realm = 'BFKL';
CQuotient.siteId = 'KaptajnLeg-DK';
CQuotient.instanceType = 'prd';
CQuotient.locale = 'da_DK';
CQuotient.fbPixelId = '__UNKNOWN__';
CQuotient.activities = [];
CQuotient.cqcid='';
CQuotient.cquid='';
CQuotient.cqeid='';
CQuotient.cqlid='';
CQuotient.apiHost='api.cquotient.com';
/* Turn this on to test against Staging Einstein */
/* CQuotient.useTest= true; */
CQuotient.useTest = ('true' === 'false');
CQuotient.initFromCookies = function () {
	var ca = document.cookie.split(';');
	for(var i=0;i < ca.length;i++) {
	  var c = ca[i];
	  while (c.charAt(0)==' ') c = c.substring(1,c.length);
	  if (c.indexOf('cqcid=') == 0) {
		CQuotient.cqcid=c.substring('cqcid='.length,c.length);
	  } else if (c.indexOf('cquid=') == 0) {
		  var value = c.substring('cquid='.length,c.length);
		  if (value) {
		  	var split_value = value.split("|", 3);
		  	if (split_value.length > 0) {
			  CQuotient.cquid=split_value[0];
		  	}
		  }
	  }
	}
}
CQuotient.getCQCookieId = function () {
	if(window.CQuotient.cqcid == '')
		window.CQuotient.initFromCookies();
	return window.CQuotient.cqcid;
};
CQuotient.initFromCookies();
/* ]]> */
// -->
</script>"""

BODY_END = """<!-- Demandware Analytics code 1.0 (c) Demandware Inc. -->
<script type="text/javascript" src="%s"></script>
<script type="text/javascript">//<!--
/* <![CDATA[ */
function trackPage() {
    try{
        var trackingUrl = "https://www.kaptajnleg.dk/on/demandware.store/%s/da_DK/__Analytics-Start";
        var dwAnalytics = dw.__dwAnalytics.getTracker(trackingUrl);
        if (typeof dw.ac == "undefined") {
            dwAnalytics.trackPageView();
        } else {
            dw.ac.setDWAnalytics(dwAnalytics);
        }
    }catch(err) {};
}
/* ]]> */
// -->
</script>
<script type="text/javascript" src="/on/demandware.static/%s/-/da_DK/%s/internal/jscript/dwanalytics-22.2.js" async="async" onload="trackPage()"></script>
<!-- Demandware Active Data (body_end-active_data.js) -->
<script src="/on/demandware.static/%s/-/da_DK/%s/internal/jscript/dwac-21.7.js" type="text/javascript" async="async"></script><!-- CQuotient Activity Tracking (body_end-cquotient.js) -->
<script src="https://cdn.cquotient.com/js/v2/gretel.min.js" type="text/javascript" async="async"></script>
"""

COOKIEBOT = ('<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="3f6e2a41-9c1d-4b77-8e0a-'
             '5d2c19b7f4a3" data-blockingmode="auto" type="text/javascript"></script>')

GTM = """<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-K7LQ2VD');</script>"""

NAV = [("Alder", "/alder/"), ("LEGO®", "/lego/"), ("Dukker", "/dukker/"), ("Byg & konstruktion", "/byg/"),
       ("Spil & puslespil", "/spil-puslespil/"), ("Udendørs", "/udendoers/"), ("Baby", "/baby/"),
       ("Kreativ", "/kreativ/"), ("Tilbud", "/tilbud/")]
SERVICE_NAV = [("Kontakt os", "/kontakt.html"), ("Levering", "/levering.html"), ("Returnering", "/returnering.html"),
               ("Handelsbetingelser", "/handelsbetingelser.html"), ("Privatlivspolitik", "/privatlivspolitik.html"),
               ("Cookiepolitik", "/cookiepolitik.html"), ("Tilbagekaldelser", "/tilbagekaldelser.html")]


def render_sitegenesis(st, blocks):
    nav = "".join('<li><a class="has-sub-menu" href="%s">%s</a></li>' % (h, html.escape(t)) for t, h in NAV)
    snav = "".join('<li%s><a href="%s">%s</a></li>' % (' class="active"' if "privat" in h else "", h, t)
                   for t, h in SERVICE_NAV)
    return """<!DOCTYPE html>
<html lang="da">
<head>
<!--[if gt IE 9]><!-->
<script>//common/scripts.isml</script>
<!--<![endif]-->
<meta charset=UTF-8>
<meta http-equiv="x-ua-compatible" content="ie=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Privatlivspolitik | Kaptajn Leg</title>
<meta name="description" content="Læs hvordan Kaptajn Leg behandler dine personoplysninger."/>
<meta name="keywords" content="Kaptajn Leg, legetøj"/>
<link href="/on/demandware.static/%(site)s/-/default/dw4c1e9d22/images/favicon.ico" rel="shortcut icon" />
<link rel="stylesheet" href="%(css)s" />
<link rel="canonical" href="%(url)s" />
%(cookiebot)s
%(gtm)s
%(ac)s
</head>
<body>
<div id="wrapper" class="pt_content">
<div class="header-promotion"><div class="html-slot-container"><p class="promo-banner">%(promo)s</p></div></div>
<div class="top-banner" role="banner">
<div class="primary-logo"><a href="https://www.kaptajnleg.dk/" title="Kaptajn Leg forside"><img src="/on/demandware.static/%(site)s/-/default/dw4c1e9d22/images/logo.svg" alt="Kaptajn Leg"/></a></div>
<div class="header-search"><form role="search" action="/search" method="get" name="simpleSearch"><input type="text" id="q" name="q" value="" placeholder="Søg efter legetøj, mærke eller alder" /><button type="submit">Søg</button></form></div>
<div class="user-info"><a class="user-account" href="/login">Log ind</a>
<div class="user-panel"><form action="/on/demandware.store/%(site)s/da_DK/Login-LoginForm" method="post" id="dwfrm_login" class="clearfix"><input type="email" name="dwfrm_login_username" placeholder="E-mail" /><input type="password" name="dwfrm_login_password" placeholder="Adgangskode" /><input type="hidden" name="csrf_token" value="%(csrf)s" /><button type="submit" name="dwfrm_login_login">Log ind</button></form></div></div>
<div id="mini-cart"><div class="mini-cart-total"><a class="mini-cart-link mini-cart-empty" href="/kurv" title="Se kurv"><i class="minicart-icon fa fa-shopping-cart"></i><span class="minicart-quantity">0</span></a></div></div>
<nav id="navigation" role="navigation"><ul class="menu-category level-1">%(nav)s</ul></nav>
</div>
<div id="main" role="main" class="page-content clearfix">
<ol class="breadcrumb"><li class="breadcrumb-element"><a href="/">Forside</a></li><li class="breadcrumb-element"><a href="/kundeservice.html">Kundeservice</a></li><li class="breadcrumb-element">Privatlivspolitik</li></ol>
<div id="secondary" class="nav"><nav><div class="secondary-navigation"><span class="toggle">Kundeservice</span><ul>%(snav)s</ul></div></nav></div>
<div id="primary" class="primary-content">
%(asset)s
</div>
%(recs)s
</div>
<footer>
<div class="footer-container">
<div class="footer-item"><h3>Kaptajn Leg Fødselsdagsklub</h3><p>Meld dit barn ind og få en gave på fødselsdagen.</p><a class="button" href="/foedselsdagsklub.html">Meld ind</a></div>
<div class="footer-item"><h3>Nyhedsbrev</h3><form action="/on/demandware.store/%(site)s/da_DK/Newsletter-Subscribe" method="post" id="email-alert-signup"><input type="email" id="email-alert-address" name="dwfrm_newsletter_email" placeholder="Din e-mail" /><input type="hidden" name="csrf_token" value="%(csrf)s" /><button type="submit">Tilmeld</button></form></div>
<div class="footer-item"><ul>%(snav)s</ul></div>
<div class="footer-item"><p>Kaptajn Leg A/S · Industrivej 14 · 7100 Vejle · CVR 31457820</p><p class="copyright">&copy; Kaptajn Leg A/S</p></div>
</div>
</footer>
</div>
<script src="%(appjs)s"></script>
%(bodyend)s
</body>
</html>
""" % dict(site=SITE, css=static(st, "css/style.css"), url=URL, cookiebot=COOKIEBOT, gtm=GTM, ac=HEAD_AC,
           promo=html.escape(st["promo"]), csrf=st["csrf"], nav=nav, snav=snav, asset=asset_html(blocks),
           recs=recs_html(st, False), appjs=static(st, "js/app.js"), bodyend=body_end(st))


def body_end(st):
    return BODY_END % (static(st, "internal/jscript/dwanalytics-22.2.js"), SITE, SITE, st["static_v"], SITE,
                       st["static_v"])


def render_sfra(st, blocks):
    nav = "".join('<li class="nav-item dropdown" role="presentation"><a href="%s" id="%s" class="nav-link '
                  'dropdown-toggle" role="button" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false" '
                  'tabindex="0">%s</a></li>' % (h, h.strip("/"), html.escape(t)) for t, h in NAV)
    snav = "".join('<li class="content-nav-item%s"><a href="%s">%s</a></li>'
                   % (" active" if "privat" in h else "", h, t) for t, h in SERVICE_NAV)
    return """<!DOCTYPE html>
<html lang="da">
<head>
<!--[if gt IE 9]><!-->
<script>//common/scripts.isml</script>
<script defer type="text/javascript" src="%(mainjs)s"></script>
<!--<![endif]-->
<meta charset=UTF-8>
<meta http-equiv="x-ua-compatible" content="ie=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Privatlivspolitik | Kaptajn Leg</title>
<meta name="description" content="Læs hvordan Kaptajn Leg behandler dine personoplysninger."/>
<meta name="keywords" content="Kaptajn Leg, legetøj"/>
<link rel="icon" type="image/png" href="/on/demandware.static/%(site)s/-/default/dw7a20c1f3/images/favicons/favicon-196x196.png" sizes="196x196" />
<link rel="stylesheet" href="%(css)s" />
<link rel="canonical" href="%(url)s"/>
%(cookiebot)s
%(gtm)s
%(ac)s
</head>
<body>
<div class="page" data-action="Page-Show" data-querystring="cid=privatlivspolitik">
<header>
<a href="#maincontent" class="skip" aria-label="Gå til hovedindhold">Gå til hovedindhold</a>
<div class="header-banner slide-up"><div class="container"><div class="d-flex justify-content-between"><div></div><div class="content"><div class="html-slot-container"><p>%(promo)s</p></div></div><div class="close-button pull-right"><button type="button" class="close" aria-label="Luk"><span aria-hidden="true">&times;</span></button></div></div></div></div>
<nav role="navigation">
<div class="header container">
<div class="row"><div class="col-12">
<div class="navbar-header brand"><a class="logo-home" href="/" title="Kaptajn Leg Forside"><img class="hidden-md-down" src="/on/demandware.static/%(site)s/-/default/dw7a20c1f3/images/logo.svg" alt="Kaptajn Leg" /></a></div>
<div class="navbar-header"><div class="pull-right"><div class="hidden-md-down"><div class="user hidden-md-down"><a href="/login" role="button" aria-label="Log ind"><i class="fa fa-sign-in" aria-hidden="true"></i><span class="user-message">Log ind</span></a></div></div>
<div class="minicart" data-action-url="/on/demandware.store/%(site)s/da_DK/Cart-MiniCartShow"><div class="minicart-total hide-link-med"><a class="minicart-link" href="/kurv" title="Kurv 0 varer" aria-label="Kurv 0 varer" aria-haspopup="true"><i class="minicart-icon fa fa-shopping-bag"></i><span class="minicart-quantity">0</span></a></div><div class="popover popover-bottom"></div></div></div></div>
</div></div></div>
<div class="main-menu navbar-toggleable-sm menu-toggleable-left multilevel-dropdown d-none d-md-block" id="sg-navbar-collapse"><div class="container"><div class="row"><nav class="navbar navbar-expand-md bg-inverse col-12"><div class="close-menu clearfix d-lg-none"><div class="back pull-left"><button role="button" aria-label="Tilbage til forrige menu">Tilbage</button></div></div><div class="menu-group" role="navigation"><ul class="nav navbar-nav" role="menu">%(nav)s</ul></div></nav></div></div></div>
<div class="search-mobile d-sm-none"><div class="site-search"><form role="search" action="/search" method="get" name="simpleSearch"><input class="form-control search-field" type="text" name="q" value="" placeholder="Søg efter legetøj, mærke eller alder" role="combobox" aria-haspopup="listbox" autocomplete="off" /><input type="hidden" name="lang" value="da_DK"/></form></div></div>
<div class="age-finder container"><span class="age-finder__label">Find gaven efter alder:</span> <a href="/alder/0-2-aar/">0-2 år</a> <a href="/alder/3-5-aar/">3-5 år</a> <a href="/alder/6-8-aar/">6-8 år</a> <a href="/alder/9-12-aar/">9-12 år</a> <a class="age-finder__quiz" href="/gavefinder.html">Tag gavefinder-quizzen</a></div>
</nav>
<form class="login-modal d-none" action="/on/demandware.store/%(site)s/da_DK/Account-Login" method="POST" name="login-form"><input type="email" class="form-control required" name="loginEmail" /><input type="password" class="form-control required" name="loginPassword" /><input type="hidden" name="csrf_token" value="%(csrf)s"/></form>
</header>
<div role="main" id="maincontent">
<div class="hero slant-down" style="background-image: url(/on/demandware.static/%(site)s/-/default/dw7a20c1f3/images/kundeservice-hero.jpg)"><h1 class="page-title">Kundeservice</h1></div>
<div class="container">
<div class="row"><div class="col-12"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Forside</a></li><li class="breadcrumb-item"><a href="/kundeservice.html">Kundeservice</a></li><li class="breadcrumb-item" aria-current="page">Privatlivspolitik</li></ol></div></div>
<div class="row">
<div class="col-12 col-md-3"><nav class="content-nav"><ul>%(snav)s</ul></nav></div>
<div class="col-12 col-md-9">
%(asset)s
</div>
</div>
</div>
%(recs)s
</div>
<footer id="footercontent">
<div class="container">
<div class="footer-container row">
<div class="footer-item col-sm-3 collapsible-xs"><div class="content-asset"><!-- dwMarker="content" dwContentID="aa9c21d0e6f0b8d6b41f77c2a1" -->
<h2 class="title">Kaptajn Leg Fødselsdagsklub</h2><p>Meld dit barn ind og få en gave på fødselsdagen.</p><p><a class="btn btn-outline-primary" href="/foedselsdagsklub.html">Meld ind</a></p>
</div> <!-- End content-asset --></div>
<div class="footer-item col-sm-3 collapsible-xs"><div class="content-asset"><!-- dwMarker="content" dwContentID="c3a7f4e2b1d05e9a8c6b3f12d0" -->
<h2 class="title">Kundeservice</h2><ul class="menu-footer content">%(snav)s</ul>
</div> <!-- End content-asset --></div>
<div class="col-sm-6"><h2 class="title">Nyhedsbrev</h2><form role="form" action="/on/demandware.store/%(site)s/da_DK/EmailSubscribe-Subscribe" method="POST" name="subscribe-form"><div class="input-group"><input type="email" class="form-control" id="hpEmailSignUp" placeholder="Din e-mail" aria-label="Din e-mail" /><input type="hidden" name="csrf_token" value="%(csrf)s"/><span class="input-group-append"><button type="submit" class="btn btn-primary subscribe-email" data-href="/on/demandware.store/%(site)s/da_DK/EmailSubscribe-Subscribe">Tilmeld</button></span></div></form></div>
</div>
<hr class="hidden-xs-down"/>
<div class="row"><div class="col-lg-12 copyright-notice"><div class="content-asset"><!-- dwMarker="content" dwContentID="bd61fa2c0e9e4c77aa10345fe2" -->
<p>&copy; Kaptajn Leg A/S · Industrivej 14 · 7100 Vejle · CVR 31457820</p>
</div> <!-- End content-asset --></div></div>
</div>
<div class="back-to-top" title="Tilbage til toppen"><i class="fa fa-arrow-up"></i></div>
</footer>
</div>
<div class="error-messaging"></div>
<div class="modal-background"></div>
<script src="%(appjs)s"></script>
<!--[if lt IE 10]>
<script src="/on/demandware.static/%(site)s/-/da_DK/%(v)s/js/main.js"></script>
<![endif]-->
%(bodyend)s
</body>
</html>
""" % dict(site=SITE, css=static(st, "css/global.css"), mainjs=static(st, "js/main.js"), url=URL,
           cookiebot=COOKIEBOT, gtm=GTM, ac=HEAD_AC, promo=html.escape(st["promo"]), csrf=st["csrf"], nav=nav,
           snav=snav, asset=asset_html(blocks), recs=recs_html(st, True), appjs=static(st, "js/einstein.js"),
           v=st["static_v"], bodyend=body_end(st))


def render(st, blocks, when):
    return render_sfra(st, blocks) if st["platform"] == "sfra" else render_sitegenesis(st, blocks)


PAGE = {
    "service": "Kaptajn Leg",
    "url": URL,
    "lang": "da",
    "platform": "Salesforce Commerce Cloud (SiteGenesis, then SFRA)",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": (("Server", "Apache"), ("Cache-Control", "no-cache, no-store, must-revalidate"),
                      ("X-Frame-Options", "SAMEORIGIN")),
    "n": 31,
    "start": dt.date(2022, 2, 7),
    "end": dt.date(2025, 8, 28),
    "hours": (1, 13),
    "policy": POLICY,
    "first_updated": dt.date(2021, 11, 23),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#maincontent .content-asset"},
    "history": [{"fetch": URL, "select": "#primary .content-asset", "validUntil": "2023-04-18T00:00:00Z"}],
}
