"""Swedish municipal leisure company (swimming hall, gym, outdoor pool) on SiteVision with a Soleil-style municipal
template. Header: live "visitors in the pool now" counter and today's opening hours (with deviation notices), CSP
nonces per visit; inside the declared `.sol-article`: the "Senast uppdaterad" page stamp (removed by the
declaration); the policy's sections in collapsed accordions."""
import datetime as dt
import html
import re

import common as C

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]

POLICY = """# Integritetspolicy för Norrvik Fritid

Denna integritetspolicy gäller från och med {UPDATED}.

Norrvik Fritid AB driver Kvarnbadet, Norrviks sporthall och utomhusbadet Sjöängen på uppdrag av Norrviks kommun. Vi värnar om din personliga integritet och behandlar dina personuppgifter enligt dataskyddsförordningen (GDPR) och kompletterande svensk lagstiftning. Här beskriver vi hur vi samlar in, använder och skyddar dina uppgifter när du köper kort, bokar simskola, tränar på gymmet eller besöker vår webbplats.

## Personuppgiftsansvarig

Norrvik Fritid AB (org.nr 556812-4471) är personuppgiftsansvarig för behandlingen av dina personuppgifter.

@ Norrvik Fritid AB
@ Kvarnvägen 4
@ 731 30 Norrvik
@ Telefon: 0221-34 50 00
@ E-post: info@norrvikfritid.se

Vårt dataskyddsombud nås på dataskyddsombud@norrvikfritid.se. Dataskyddsombudet är gemensamt för de kommunala bolagen i Norrviks kommun.

## Vilka personuppgifter behandlar vi?

- Namn, personnummer, adress, telefonnummer och e-postadress när du köper ett årskort, ett periodkort eller ett klippkort.
- Foto som du själv laddar upp eller som tas i kassan och som visas på ditt medlemskort.
- Uppgifter om dina besök, det vill säga tidpunkt för passage genom entrégrindarna.
- Barnets namn, födelsedatum och simkunnighet samt vårdnadshavarens kontaktuppgifter vid anmälan till simskola.
- Uppgifter om allergier eller funktionsnedsättning som du själv lämnar för att vi ska kunna anpassa en aktivitet.
- Betalningsuppgifter, till exempel transaktionsreferens och de fyra sista siffrorna i kortnumret.

## Varför behandlar vi dina uppgifter och med vilket stöd?

| Ändamål | Laglig grund | Lagringstid |
| Försäljning och administration av kort och bokningar | Avtal | Under avtalstiden och 24 månader därefter |
| Simskola och kurser för barn | Avtal med vårdnadshavaren | Till och med terminens slut, därefter 12 månader |
| Bokföring | Rättslig förpliktelse | 7 år enligt bokföringslagen |
| Kameraövervakning av entré och kassa | Berättigat intresse | 14 dagar |
| Nyhetsbrev om aktiviteter och erbjudanden | Samtycke | Tills du avregistrerar dig |
| Uppgifter om allergier och funktionsnedsättning | Uttryckligt samtycke | Så länge du deltar i aktiviteten |

## Kameraövervakning

Entré, kassa och gymmets redskapshall är kameraövervakade för att förebygga brott och skydda personal och besökare. Omklädningsrum, duschar och bassänghall övervakas inte. Inspelat material sparas i högst 14 dagar och granskas endast vid misstanke om brott eller olycka. Skyltar informerar om kameraövervakningen vid varje övervakat område.

## Vem delar vi uppgifterna med?

Vi anlitar personuppgiftsbiträden som behandlar uppgifter för vår räkning och enligt våra instruktioner, bland annat:

- leverantören av vårt bokningssystem och kassasystem (Zoezi AB);
- leverantören av passersystemet till gymmet;
- Nets Sweden AB för kortbetalningar;
- Norrviks kommuns IT-avdelning, som driver våra servrar;
- Mailchimp (The Rocket Science Group LLC) för utskick av nyhetsbrev.

Vi lämnar även ut uppgifter till Polismyndigheten om det krävs för att utreda brott, samt till kommunen om det följer av lag eller av kommunens ägardirektiv. Vi säljer aldrig dina personuppgifter.

Om ett personuppgiftsbiträde behandlar uppgifter utanför EU/EES säkerställer vi att det finns skyddsåtgärder, till exempel EU-kommissionens standardavtalsklausuler.

## Simskola och barn

När du anmäler ett barn till simskola behandlar vi barnets namn, födelsedatum, simnivå och eventuella anpassningsbehov samt kontaktuppgifter till vårdnadshavare. Simlärarna för närvaro och noteringar om barnets framsteg i en digital närvarolista, och vårdnadshavaren kan se noteringarna i bokningssystemet. Efter avslutad termin sparas uppgifterna i högst tolv månader så att vi kan erbjuda fortsättningskurs på rätt nivå. Bilder på barn i simskolan publiceras aldrig utan skriftligt samtycke från vårdnadshavaren.

## Säkerhet

Vi skyddar dina uppgifter med behörighetsstyrning, loggning och kryptering. Endast personal som behöver uppgifterna i sitt arbete har tillgång till dem. Personalen har tystnadsplikt och genomgår regelbundet utbildning i dataskydd. Om en personuppgiftsincident inträffar anmäler vi den till Integritetsskyddsmyndigheten inom 72 timmar och informerar dig om incidenten kan innebära en hög risk för din integritet.

## Dina rättigheter

Du har rätt att kostnadsfritt begära information om vilka personuppgifter vi behandlar om dig (registerutdrag). Du har också rätt att få felaktiga uppgifter rättade, begära radering, begära begränsning av behandlingen och invända mot behandling som grundar sig på berättigat intresse. Om behandlingen grundar sig på samtycke kan du när som helst återkalla det.

Vill du använda dina rättigheter kontaktar du oss på info@norrvikfritid.se eller i receptionen på Kvarnbadet. Vi besvarar din begäran inom en månad.

Om du är missnöjd med hur vi behandlar dina personuppgifter har du rätt att lämna klagomål till Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm, www.imy.se.

## Hur länge sparar vi uppgifterna?

Vi sparar dina personuppgifter så länge det behövs för det ändamål de samlades in för, se tabellen ovan. Passageloggar från entrégrindarna sparas i 90 dagar och används för att hantera reklamationer av klippkort och för att kunna ta fram statistik över besöksmönster. När lagringstiden har löpt ut raderas eller avidentifieras uppgifterna. Uppgifter som omfattas av bokföringslagen sparas i sju år efter utgången av det kalenderår då räkenskapsåret avslutades. Handlingar som har kommit in till bolaget kan vara allmänna handlingar enligt offentlighetsprincipen och bevaras då enligt kommunens dokumenthanteringsplan.

## Kakor på webbplatsen

Webbplatsen norrvikfritid.se använder nödvändiga kakor för att sidan och bokningen ska fungera. Med ditt samtycke använder vi även kakor för besöksstatistik via Matomo, som körs på kommunens egna servrar. Du kan ändra ditt val när som helst via länken Kakor längst ned på sidan.

## Ändringar i policyn

Vi ser över integritetspolicyn minst en gång per år. Den senaste versionen finns alltid på denna sida."""

EDITS = [
    {"note": "CCTV retention changed from 14 to 30 days in table and section",
     "repl": [("| Kameraövervakning av entré och kassa | Berättigat intresse | 14 dagar |",
               "| Kameraövervakning av entré och kassa | Berättigat intresse | 30 dagar |"),
              ("Inspelat material sparas i högst 14 dagar", "Inspelat material sparas i högst 30 dagar")]},
    {"note": "switchboard phone number changed", "repl": [("@ Telefon: 0221-34 50 00", "@ Telefon: 0221-36 70 00")]},
    {"note": "processor added (Microsoft for e-mail and customer service)",
     "repl": [("- Nets Sweden AB för kortbetalningar;",
               "- Nets Sweden AB för kortbetalningar;\n- Microsoft Ireland Operations Ltd för e-post och kundtjänst;")]},
    {"note": "new section on the Kvarnbadet app (digital membership card)",
     "repl": [("## Vem delar vi uppgifterna med?",
               "## Appen Kvarnbadet\n\nI appen Kvarnbadet kan du visa ditt digitala kort, boka pass och se hur "
               "många som är i badet just nu. Appen sparar ditt kortnummer och din inloggning på telefonen. Vi "
               "samlar inte in din position, och push-notiser skickas bara om du har slagit på dem.\n\n"
               "## Vem delar vi uppgifterna med?")]},
    {"note": "spelling fix: 'Mailchimp' -> 'Intuit Mailchimp', no date bump", "bump": False,
     "repl": [("- Mailchimp (The Rocket Science Group LLC)", "- Intuit Mailchimp (The Rocket Science Group LLC)")]},
]

HOURS = {0: ("06:00", "21:00"), 1: ("06:00", "21:00"), 2: ("06:00", "21:00"), 3: ("06:00", "21:00"),
         4: ("06:00", "20:00"), 5: ("09:00", "17:00"), 6: ("09:00", "17:00")}
DEVIATIONS = [None, None, None, "Bassängen är stängd för storstädning vecka %d. Gymmet håller öppet som vanligt.",
              "Äventyrsbadet har begränsade öppettider under vecka %d på grund av simtävling.",
              "Bastun är stängd för renovering vecka %d."]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def noise(rng, when, i, prev):
    prev = prev or {}
    local_h = (when.hour + 1) % 24
    wd = when.weekday()
    o, c = HOURS[wd]
    open_now = int(o[:2]) <= local_h < int(c[:2])
    visitors = rng.randint(12, 240) if open_now else 0
    dev = C.keep_or(rng, prev.get("deviation"), 0.3, lambda: rng.randrange(len(DEVIATIONS)))
    resave = C.keep_or(rng, prev.get("republished"), 0.15,
                       lambda: (when - dt.timedelta(days=rng.randint(0, 20))).date().isoformat())
    return {"visitors": visitors, "today": (wd, open_now), "deviation": dev, "nonce": C.b64tok(rng, 16),
            "republished": resave}


LABELS = {"visitors": "live visitor counter", "today": "opening hours today strip", "deviation": "deviation notice",
          "nonce": "CSP nonce", "republished": "'Senast uppdaterad' page stamp (inside container, removed)"}


def parse_sv(txt):
    m = re.search(r"från och med (\d+) (\w+) (\d{4})", txt)
    return dt.date(int(m.group(3)), MONTHS.index(m.group(2)) + 1, int(m.group(1)))


def sv_blocks(blocks):
    out = []
    for kind, v in blocks:
        if kind == "p":
            out.append('<p class="font-normal">%s</p>' % C.inline_html(v))
        elif kind == "h3":
            out.append('<h3 class="font-heading-3">%s</h3>' % C.inline_html(v))
        elif kind == "ul":
            out.append('<ul class="sol-bullet-list">%s</ul>' % "".join('<li class="font-normal">%s</li>' %
                                                                       C.inline_html(x) for x in v))
        elif kind == "table":
            head = "".join('<th class="sv-text-portlet-th" scope="col"><p class="font-normal">%s</p></th>' %
                           C.inline_html(x) for x in v[0])
            rows = "".join("<tr>%s</tr>" % "".join('<td class="sv-text-portlet-td"><p class="font-normal">%s</p></td>'
                                                   % C.inline_html(x) for x in r) for r in v[1:])
            out.append('<div class="sol-table-decoration"><table class="sv-table sol-table" summary=""><thead><tr>%s'
                       '</tr></thead><tbody>%s</tbody></table></div>' % (head, rows))
        elif kind == "addr":
            out.append('<p class="font-normal">%s</p>' % "<br>".join(C.inline_html(x) for x in v))
        else:
            raise ValueError(kind)
    return "".join(out)


def render(state, blocks, when):
    nonce = state["nonce"]
    head, secs = C.split_sections(blocks)
    title = head[0][1]
    intro = head[1:]
    eff = parse_sv(" ".join(b[1] for b in intro if b[0] == "p"))
    stamp = max(eff, dt.date.fromisoformat(state["republished"]))
    wd, open_now = state["today"]
    o, c = HOURS[wd]
    days = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
    if open_now:
        live = ('<div class="nf-live" data-live-url="/rest-api/besoksraknare/kvarnbadet"><span class="nf-live__dot">'
                '</span><span class="nf-live__label">Just nu i Kvarnbadet:</span> <strong class="nf-live__count">%d'
                '</strong> <span class="nf-live__unit">besökare av max 400</span></div>' % state["visitors"])
    else:
        live = ('<div class="nf-live nf-live--closed"><span class="nf-live__label">Kvarnbadet är stängt just nu. '
                'Vi öppnar %s kl. %s.</span></div>' % (days[(wd + 1) % 7] if (when.hour + 1) % 24 >= int(c[:2])
                                                      else "idag", HOURS[(wd + 1) % 7][0]
                                                      if (when.hour + 1) % 24 >= int(c[:2]) else o))
    dev = DEVIATIONS[state["deviation"]]
    dev_html = ('<div class="sol-alert sol-alert--warning" role="alert"><div class="sol-alert__content"><span '
                'class="sol-alert__header">Avvikande öppettider</span><p class="sol-alert__text">%s</p></div></div>'
                % html.escape(dev % when.isocalendar()[1])) if dev else ""
    colls = []
    for n, (h, bl) in enumerate(secs):
        colls.append(
            '<div class="sol-collapsible" data-expanded="false"><h2 class="sol-collapsible__header-wrapper">'
            '<button type="button" class="sol-collapsible__header" aria-expanded="false" aria-controls="sol-'
            'collapsible-%d-content" id="sol-collapsible-%d-header"><span class="sol-collapsible__title">%s</span>'
            '<i class="sol-collapsible__icon fal fa-chevron-down" aria-hidden="true"></i></button></h2>'
            '<div class="sol-collapsible__content" id="sol-collapsible-%d-content" aria-labelledby="sol-'
            'collapsible-%d-header" hidden>%s</div></div>' % (n, n, C.inline_html(h), n, n, sv_blocks(bl)))
    return """<!DOCTYPE html>
<html lang="sv" class="sv-no-js sv-template-standardsida">
<head>
<meta charset="utf-8">
<script nonce="%s">(function(c){c.add('sv-js');c.remove('sv-no-js');})(document.documentElement.classList)</script>
<title>Integritetspolicy - Norrvik Fritid</title>
<link rel="preload" href="/sitevision/system-resource/e0f7c4b69a2d7d5d1b8cd0a6f3e91a2b7c4d5e6f/js/jquery.js" as="script">
<link rel="stylesheet" type="text/css" href="/2.6e1a3c2f18b0d4e2a9c27/1718012345678/sitevision-responsive-grids.css">
<link rel="stylesheet" type="text/css" href="/2.6e1a3c2f18b0d4e2a9c27/1718012345678/sitevision-spacing.css">
<link rel="stylesheet" type="text/css" href="/2.6e1a3c2f18b0d4e2a9c27/auto/1718012345678/SiteVision.css">
<link rel="stylesheet" type="text/css" href="/sitevision/system-resource/e0f7c4b69a2d7d5d1b8cd0a6f3e91a2b7c4d5e6f/css/portlets.css">
<link rel="stylesheet" href="/webapp-files/soleil-theme/1.14.2/css/main.css">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1, shrink-to-fit=no">
<meta name="dcterms.identifier" content="https://www.norrvikfritid.se">
<meta name="dcterms.language" content="sv">
<meta name="dcterms.format" content="text/html">
<meta name="dcterms.type" content="text">
<link rel="canonical" href="https://www.norrvikfritid.se/om-oss/integritetspolicy.html">
<meta property="og:title" content="Integritetspolicy">
<meta property="og:site_name" content="Norrvik Fritid">
<script nonce="%s">window.sv = window.sv || {};sv.UNSAFE_MAY_CHANGE_AT_ANY_GIVEN_TIME_webAppExternals = {};sv.PageContext = {pageId: '4.5e3b1c2d18a6f4c7a9b1002',siteName: 'Norrvik Fritid',userIdentityId: '',userIdentityReadTimeout: 0,isEditor: false,isViewer: false};</script>
<script nonce="%s">var _paq = window._paq = window._paq || [];_paq.push(['requireCookieConsent']);_paq.push(['trackPageView']);_paq.push(['enableLinkTracking']);(function(){var u="https://statistik.norrvik.se/";_paq.push(['setTrackerUrl', u+'matomo.php']);_paq.push(['setSiteId', '7']);var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);})();</script>
</head>
<body class="sv-responsive env-m-around--0">
<div class="sv-layout" id="svid10_5e3b1c2d18a6f4c7a9b1103"><div class="sv-script-portlet sv-portlet sv-skip-spacer sv-template-portlet" id="svid12_5e3b1c2d18a6f4c7a9b1104"><div id="Kakor"><!-- Kakor --></div><div class="sol-cookie-message" data-sol-cookie-banner hidden><p class="font-normal">Vi använder kakor för att webbplatsen ska fungera och för besöksstatistik.</p><button type="button" class="sol-btn sol-btn--primary">Godkänn alla</button><button type="button" class="sol-btn">Endast nödvändiga</button></div></div>
<header class="sol-top"><div class="sol-top__inner"><a href="/" class="sol-top__logo"><img src="/images/18.5e3b1c2d18a6f4c7a9b1f2/1650012345678/norrvik-fritid-logo.svg" alt="Norrvik Fritid, till startsidan"></a>
<nav class="sol-top-nav" aria-label="Huvudmeny"><ul class="sol-top-nav__list"><li><a href="/kvarnbadet.html">Kvarnbadet</a></li><li><a href="/gym-och-traning.html">Gym och träning</a></li><li><a href="/simskola.html">Simskola</a></li><li><a href="/sjoangen.html">Sjöängen</a></li><li><a href="/priser.html">Priser och kort</a></li><li><a href="/om-oss.html" class="sol-active">Om oss</a></li></ul></nav>
<div class="sol-opening-today"><span class="sol-opening-today__label">Öppet idag, %s:</span> <span class="sol-opening-today__hours">%s–%s</span> <a href="/kvarnbadet/oppettider.html">Alla öppettider</a></div>
%s
</div></header>
%s
<main id="sol-main" class="sol-main"><div class="sv-grid-main sv-fluid-grid sv-layout" id="svid10_5e3b1c2d18a6f4c7a9b1201">
<nav class="sol-breadcrumbs" aria-label="Du är här"><ol><li><a href="/">Startsida</a></li><li><a href="/om-oss.html">Om oss</a></li><li aria-current="page">Integritetspolicy</li></ol></nav>
<div class="sv-layout sol-article" id="svid10_5e3b1c2d18a6f4c7a9b1250">
<div class="sv-text-portlet sv-use-margins sv-skip-spacer" id="svid12_5e3b1c2d18a6f4c7a9b1251"><div id="Rubrik"><a name="Rubrik"></a></div><div class="sv-text-portlet-content"><h1 class="font-heading-1" id="h-IntegritetspolicyforNorrvikFritid">%s</h1></div></div>
<div class="sv-text-portlet sv-use-margins" id="svid12_5e3b1c2d18a6f4c7a9b1252"><div id="Text"><a name="Text"></a></div><div class="sv-text-portlet-content">%s</div></div>
<div class="sv-custom-module sv-soleil-collapsible sv-use-margins" id="svid12_5e3b1c2d18a6f4c7a9b1253"><div class="sol-collapsible-list">%s</div></div>
<div class="sv-custom-module sol-update-info" id="svid12_5e3b1c2d18a6f4c7a9b1254"><div class="sol-update-info__inner"><span class="sol-update-info__label">Senast uppdaterad:</span> <time datetime="%s">%s</time><span class="sol-update-info__sep">|</span><a href="/om-oss/kontakt.html?sida=integritetspolicy" class="sol-update-info__feedback">Tyck till om sidan</a></div></div>
</div>
</div></main>
<footer class="sol-bottom"><div class="sol-bottom__inner"><div class="sol-bottom__col"><h2 class="font-heading-4">Norrvik Fritid AB</h2><p class="font-normal">Kvarnvägen 4, 731 30 Norrvik<br>info@norrvikfritid.se</p></div><div class="sol-bottom__col"><ul><li><a href="/om-oss/integritetspolicy.html">Integritetspolicy</a></li><li><a href="/om-oss/tillganglighetsredogorelse.html">Tillgänglighetsredogörelse</a></li><li><a href="#" data-sol-cookie-settings>Kakor</a></li></ul></div><div class="sol-bottom__col"><p class="font-normal">Ett bolag i Norrviks kommunkoncern</p></div></div></footer>
</div>
<script nonce="%s" src="/sitevision/system-resource/e0f7c4b69a2d7d5d1b8cd0a6f3e91a2b7c4d5e6f/js/jquery.js"></script>
<script nonce="%s" src="/sitevision/system-resource/e0f7c4b69a2d7d5d1b8cd0a6f3e91a2b7c4d5e6f/js/utils.js"></script>
<script nonce="%s" src="/webapp-files/soleil-theme/1.14.2/js/main.js"></script>
<script nonce="%s">svDocReady(function(){sol.collapsible.init('[data-expanded]');sol.live.poll('.nf-live', 60000);});</script>
</body>
</html>
""" % (nonce, nonce, nonce, days[wd], o, c, live, dev_html, C.inline_html(title), sv_blocks(intro), "".join(colls),
       stamp.isoformat(), fmt_date(stamp), nonce, nonce, nonce, nonce)


PAGE = {
    "service": "Norrvik Fritid",
    "url": "https://www.norrvikfritid.se/om-oss/integritetspolicy.html",
    "lang": "sv",
    "platform": "SiteVision (Soleil municipal template)",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": (("Server", "Sitevision"), ("Content-Language", "sv"),
                      ("Content-Security-Policy", "script-src 'self' 'nonce-...' https://statistik.norrvik.se")),
    "n": 30,
    "start": dt.date(2021, 3, 1),
    "end": dt.date(2024, 11, 30),
    "hours": (0, 5, 12),
    "policy": POLICY,
    "first_updated": dt.date(2020, 12, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.norrvikfritid.se/om-oss/integritetspolicy.html",
                    "select": ".sol-article", "remove": ".sol-update-info"},
}
