"""National postal service, Swedish, on Episerver CMS 11 (ASP.NET MVC) redesigned onto Optimizely CMS 12 with a new
design system on 2023-03-14 (declaration history: `.article-page` before, `.np-page-content` after). After the
redesign the policy's sections sit in collapsed <details> accordions. Inside the declared container on both designs:
the "Fick du svar?" feedback block with its per-visit __RequestVerificationToken (the declaration removes it).
Outside: the service-disruption banner (Driftinformation, sticky, sometimes absent)."""
import datetime as dt
import html

import common as C

URL = "https://www.nordpost.se/om-oss/integritetspolicy"
REDESIGN = dt.datetime(2023, 3, 14)

POLICY = """# Integritetspolicy för Nordpost

Senast uppdaterad: {UPDATED}

Nordpost delar ut brev och paket till alla hushåll och företag i Sverige. För att kunna göra det behöver vi behandla personuppgifter om dig som skickar och tar emot försändelser, använder appen Nordpost eller kontaktar vår kundservice. Här beskriver vi hur vi gör det och vilka rättigheter du har.

## Vem är ansvarig för dina personuppgifter?

Nordpost AB (organisationsnummer 556711-2233) är personuppgiftsansvarig för den behandling som beskrivs i denna policy.

@ Nordpost AB
@ Terminalvägen 24
@ 171 73 Solna

Du når vårt dataskyddsombud på dataskydd@nordpost.se.

## Vilka personuppgifter behandlar vi?

- Namn, adress, telefonnummer och e-postadress för avsändare och mottagare.
- Uppgifter om försändelsen, till exempel kollinummer, vikt, spårningshändelser och leveranssätt.
- Uppgifter om utlämning: vem som kvitterade, ombudets namn, tidpunkt och i förekommande fall kontrollerad legitimation.
- Betalningsuppgifter när du köper frimärken, porto eller tjänster i appen.
- Uppgifter som du lämnar när du kontaktar kundservice, inklusive inspelade samtal.
- Tekniska uppgifter från webbplatsen och appen, till exempel IP-adress, enhetsinformation och cookies.

## Varför behandlar vi dina personuppgifter?

| Ändamål | Rättslig grund | Lagringstid |
| Transportera och dela ut brev och paket | Avtal och rättslig förpliktelse enligt postlagen | 13 månader efter utlämning |
| Aviseringar via sms, e-post och appen | Avtal | 13 månader |
| Eftersändning och adressändring | Avtal | så länge tjänsten gäller plus 12 månader |
| Hantera reklamationer och skadeärenden | Avtal och berättigat intresse | 3 år |
| Bokföring | Rättslig förpliktelse enligt bokföringslagen | 7 år |
| Kundundersökningar och statistik | Berättigat intresse | 12 månader |

## Tystnadsplikt och postlagen

Som tillhandahållare av den samhällsomfattande posttjänsten omfattas Nordpost och alla som arbetar för oss av tystnadsplikt enligt postlagen. Det innebär att vi inte får lämna ut uppgifter om vem som skickar eller tar emot försändelser, eller om försändelsernas innehåll, annat än när lagen kräver det.

## Vem delar vi dina uppgifter med?

Vi delar dina uppgifter med våra ombud och paketboxleverantörer så att du kan hämta ut dina försändelser. När ett paket skickas till eller från ett annat land delar vi nödvändiga uppgifter med postoperatören i det landet och med Tullverket. Vi anlitar även personuppgiftsbiträden för it-drift, utskick av aviseringar och kundservice.

| Mottagare | Syfte | Land |
| Ombud (butiker och servicepunkter) | utlämning av försändelser | Sverige |
| Utländska postoperatörer | utdelning i mottagarlandet | inom och utanför EU/EES |
| Tullverket | tulldeklaration | Sverige |
| Microsoft Ireland | molntjänster | Irland |

När vi överför uppgifter till länder utanför EU/EES använder vi EU-kommissionens standardavtalsklausuler eller stödjer oss på att överföringen är nödvändig för att uppfylla avtalet med dig.

## Hur länge sparar vi uppgifterna?

Vi sparar inte dina uppgifter längre än vad som behövs för ändamålet. Lagringstiderna för de vanligaste ändamålen framgår av tabellen ovan. Bilder från kameraövervakning på våra terminaler sparas i högst 14 dagar.

## Dina rättigheter

Du har rätt att begära tillgång till dina personuppgifter, att få felaktiga uppgifter rättade och i vissa fall att få uppgifter raderade eller behandlingen begränsad. Du har också rätt att invända mot behandling som grundar sig på berättigat intresse och att få ut uppgifter som du själv lämnat i ett maskinläsbart format.

Vill du använda dina rättigheter kan du logga in på Mina sidor eller kontakta kundservice. Är du missnöjd med hur vi behandlar dina personuppgifter kan du lämna klagomål till Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm.

## Eftersändning och adressändring

När du beställer eftersändning eller anmäler adressändring behandlar vi din gamla och nya adress, namnen på de personer som flyttar och den period som eftersändningen ska gälla. Vi kontrollerar din identitet med BankID eller med uppgifter från folkbokföringen för att förhindra att någon annan styr om din post. Om du har skyddade personuppgifter hanteras ditt ärende av en särskild grupp inom kundservice och uppgifterna visas inte för våra brevbärare.

## Marknadsföring

Om du är kund hos oss kan vi skicka information och erbjudanden om våra tjänster, till exempel när du har köpt porto i appen. Du kan när som helst tacka nej till sådana utskick genom länken i meddelandet eller under Inställningar i appen. Vi använder aldrig uppgifter om försändelsernas innehåll eller om vem du får post från för marknadsföring.

## Säkerhet

Vi skyddar dina uppgifter med tekniska och organisatoriska åtgärder, bland annat behörighetsstyrning, kryptering och loggning av åtkomst till våra system. Brevbärare och chaufförer ser bara de uppgifter som behövs för dagens utdelning i sina handdatorer. Alla medarbetare och underleverantörer utbildas i tystnadsplikten och i hur personuppgifter ska hanteras.

## Cookies

Vi använder cookies på nordpost.se. Läs mer om vilka cookies vi använder och hur du ändrar dina val i vår [cookiepolicy](/om-oss/cookies).

## Ändringar i policyn

Vi kan komma att uppdatera denna policy. Vid större förändringar informerar vi dig i appen eller på nordpost.se.
"""

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "surveillance footage retention changed from 14 to 30 days",
     "repl": [("sparas i högst 14 dagar.", "sparas i högst 30 dagar.")]},
    {"note": "processor row added (Sinch for SMS notifications)",
     "repl": [("| Microsoft Ireland | molntjänster | Irland |",
               "| Microsoft Ireland | molntjänster | Irland |\n| Sinch Sweden | sms-aviseringar | Sverige |")]},
    {"note": "new section on digital mailbox / parcel lockers with BankID",
     "repl": [("## Tystnadsplikt och postlagen",
               "## Paketboxar och BankID\n\nNär du hämtar ett paket i en av våra paketboxar legitimerar du dig med "
               "BankID i appen. Vi sparar då ditt personnummer, vilken box som öppnades och tidpunkten i 13 månader. "
               "Uppgifterna används för att kunna visa att paketet har lämnats ut till rätt person.\n\n"
               "## Tystnadsplikt och postlagen")]},
    {"note": "head office address changed",
     "repl": [("@ Terminalvägen 24\n@ 171 73 Solna", "@ Vretenvägen 13\n@ 171 54 Solna")]},
    {"note": "sentence added on customer-service call recordings",
     "repl": [("Du har också rätt att invända", "Inspelade samtal med kundservice sparas i 90 dagar och används för "
               "kvalitetsuppföljning och utbildning. Du har också rätt att invända")]},
]

DRIFT = [
    None,
    "Förseningar i brevutdelningen i Norrbotten på grund av snöoväder.",
    "Störningar i spårningen – vissa händelser visas med fördröjning.",
    "Paket till Storbritannien kan försenas på grund av tullhantering.",
    "Ingen postutdelning på midsommarafton. Paketboxarna är öppna som vanligt.",
    "Hög belastning inför jul – räkna med längre leveranstider.",
]


def noise(rng, when, i, prev):
    prev = prev or {}
    return {
        "design": "optimizely12" if when >= REDESIGN else "episerver11",
        "token": C.b64tok(rng, 69).replace("+", "-").replace("/", "_").rstrip("="),
        "drift": C.keep_or(rng, prev.get("drift"), 0.35,
                           lambda: rng.randrange(len(DRIFT))),
    }


LABELS = {"design": "Episerver 11 -> Optimizely 12 redesign", "token": "__RequestVerificationToken",
          "drift": "Driftinformation banner"}


def fill(tpl, **kw):
    for k, v in kw.items():
        tpl = tpl.replace("{{%s}}" % k, str(v))
    return tpl


OLD = """<!DOCTYPE html>
<html lang="sv">
<head>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Integritetspolicy | Nordpost</title>
    <meta name="description" content="S&#229; behandlar Nordpost dina personuppgifter." />
    <link rel="canonical" href="https://www.nordpost.se/om-oss/integritetspolicy" />
    <link href="/Static/css/main.min.css?v=11.20.3.8412" rel="stylesheet" />
    <script id="CookieConsent" src="https://policy.app.cookieinformation.com/uc.js" data-culture="SV" type="text/javascript"></script>
    <script>
        (function (w, d, s, l, i) { w[l] = w[l] || []; w[l].push({ 'gtm.start': new Date().getTime(), event: 'gtm.js' }); var f = d.getElementsByTagName(s)[0], j = d.createElement(s), dl = l != 'dataLayer' ? '&l=' + l : ''; j.async = true; j.src = 'https://www.googletagmanager.com/gtm.js?id=' + i + dl; f.parentNode.insertBefore(j, f); })(window, document, 'script', 'dataLayer', 'GTM-P8N3QK');
    </script>
    <script type="text/javascript">var appInsights=window.appInsights||function(config){function r(config){t[config]=function(){var i=arguments;t.queue.push(function(){t[config].apply(t,i)})}}var t={config:config},u=document,e=window,o="script",s=u.createElement(o),i,f;for(s.src=config.url||"//az416426.vo.msecnd.net/scripts/a/ai.0.js",u.getElementsByTagName(o)[0].parentNode.appendChild(s),t.cookie=u.cookie,t.queue=[],i=["Event","Exception","Metric","PageView","Trace","Ajax"];i.length;)r("track"+i.pop());return t}({instrumentationKey:"6b0f2c4e-9a1d-4e3b-8c7f-2d5a1e0b9c34"});window.appInsights=appInsights;appInsights.trackPageView();</script>
</head>
<body>
    <a class="skip-link" href="#main-content">Hoppa till huvudinneh&#229;ll</a>
{{drift}}
    <header class="site-header">
        <div class="container">
            <a class="site-header__logo" href="/"><img src="/globalassets/logotyper/nordpost-logo.svg" alt="Nordpost" /></a>
            <nav class="site-header__nav" aria-label="Huvudmeny">
                <ul>
                    <li><a href="/skicka">Skicka</a></li>
                    <li><a href="/ta-emot">Ta emot</a></li>
                    <li><a href="/foretag">F&#246;retag</a></li>
                    <li><a href="/kundservice">Kundservice</a></li>
                </ul>
            </nav>
            <form class="site-header__track" action="/spara" method="get">
                <label for="trackId" class="visually-hidden">Kollinummer</label>
                <input type="text" id="trackId" name="id" placeholder="Sp&#229;ra ditt paket" />
                <button type="submit">Sp&#229;ra</button>
            </form>
        </div>
    </header>
    <main id="main-content" class="main">
        <div class="container">
            <nav class="breadcrumbs" aria-label="Br&#246;dsmulor">
                <ol>
                    <li><a href="/">Start</a></li>
                    <li><a href="/om-oss">Om oss</a></li>
                    <li>Integritetspolicy</li>
                </ol>
            </nav>
            <div class="row">
                <div class="col-md-8 article-page">
                    {{policy}}
                    <div class="feedback-block">
                        <form action="/om-oss/integritetspolicy/Feedback" method="post"><input name="__RequestVerificationToken" type="hidden" value="{{token}}" />
                            <input id="PageId" name="PageId" type="hidden" value="8812" />
                            <p class="feedback-block__question">Fick du svar p&#229; din fr&#229;ga?</p>
                            <button type="submit" name="Answer" value="yes" class="btn btn--secondary">Ja</button>
                            <button type="submit" name="Answer" value="no" class="btn btn--secondary">Nej</button>
                        </form>
                    </div>
                </div>
                <aside class="col-md-4 related-links">
                    <h2>Relaterat</h2>
                    <ul>
                        <li><a href="/om-oss/cookies">Cookiepolicy</a></li>
                        <li><a href="/om-oss/villkor">Allm&#228;nna villkor</a></li>
                        <li><a href="/kundservice/kontakta-oss">Kontakta oss</a></li>
                    </ul>
                </aside>
            </div>
        </div>
    </main>
    <footer class="site-footer">
        <div class="container">
            <p>Nordpost AB, 171 73 Solna. Kundservice 0771-33 44 55.</p>
            <ul class="site-footer__links">
                <li><a href="/om-oss/integritetspolicy">Integritetspolicy</a></li>
                <li><a href="/om-oss/cookies">Cookies</a></li>
                <li><a href="/om-oss/tillganglighet">Tillg&#228;nglighetsredog&#246;relse</a></li>
            </ul>
        </div>
    </footer>
    <script src="/Static/js/main.min.js?v=11.20.3.8412"></script>
</body>
</html>
"""

NEW = """<!DOCTYPE html>
<html lang="sv" class="no-js">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Integritetspolicy – s&#229; hanterar vi dina personuppgifter | Nordpost</title>
    <meta name="description" content="S&#229; behandlar Nordpost dina personuppgifter.">
    <meta property="og:title" content="Integritetspolicy">
    <meta property="og:type" content="website">
    <meta property="og:url" content="https://www.nordpost.se/om-oss/integritetspolicy">
    <link rel="canonical" href="https://www.nordpost.se/om-oss/integritetspolicy">
    <link rel="preload" href="/dist/fonts/NordpostSans-Regular.woff2" as="font" type="font/woff2" crossorigin>
    <link rel="stylesheet" href="/dist/css/np-design-system.4f1c2a9e.css">
    <script id="CookieConsent" src="https://policy.app.cookieinformation.com/uc.js" data-culture="SV" data-gcm-version="2.0" type="text/javascript"></script>
    <script>
        (function (w, d, s, l, i) { w[l] = w[l] || []; w[l].push({ 'gtm.start': new Date().getTime(), event: 'gtm.js' }); var f = d.getElementsByTagName(s)[0], j = d.createElement(s), dl = l != 'dataLayer' ? '&l=' + l : ''; j.async = true; j.src = 'https://www.googletagmanager.com/gtm.js?id=' + i + dl; f.parentNode.insertBefore(j, f); })(window, document, 'script', 'dataLayer', 'GTM-P8N3QK');
    </script>
    <script type="module" src="/dist/js/np-app.8b3d71c0.js"></script>
</head>
<body class="np-body" data-page-type="ArticlePage" data-content-id="8812">
    <a class="np-skip-link" href="#np-main">Hoppa till huvudinneh&#229;ll</a>
{{drift}}
    <header class="np-header" data-module="header">
        <div class="np-header__inner">
            <a class="np-header__logo" href="/" aria-label="Nordpost startsida"><svg aria-hidden="true" width="140" height="32"><use href="/dist/icons/sprite.svg#logo"></use></svg></a>
            <nav class="np-header__nav" aria-label="Huvudmeny">
                <ul class="np-header__menu">
                    <li><a class="np-header__link" href="/skicka">Skicka</a></li>
                    <li><a class="np-header__link" href="/ta-emot">Ta emot</a></li>
                    <li><a class="np-header__link" href="/foretag">F&#246;retag</a></li>
                    <li><a class="np-header__link" href="/kundservice">Kundservice</a></li>
                </ul>
            </nav>
            <a class="np-button np-button--ghost" href="/mina-sidor">Logga in</a>
        </div>
        <div class="np-track" data-module="track">
            <form class="np-track__form" action="/spara" method="get">
                <label for="np-track-input" class="np-visually-hidden">Kollinummer</label>
                <input class="np-input" type="text" id="np-track-input" name="id" placeholder="Sp&#229;ra ditt paket">
                <button class="np-button np-button--primary" type="submit">Sp&#229;ra</button>
            </form>
        </div>
    </header>
    <main id="np-main" class="np-main">
        <nav class="np-breadcrumbs" aria-label="Br&#246;dsmulor">
            <ol class="np-breadcrumbs__list">
                <li class="np-breadcrumbs__item"><a href="/">Start</a></li>
                <li class="np-breadcrumbs__item"><a href="/om-oss">Om oss</a></li>
                <li class="np-breadcrumbs__item" aria-current="page">Integritetspolicy</li>
            </ol>
        </nav>
        <div class="np-page-content np-grid">
            {{policy}}
            <section class="np-feedback" data-module="feedback" aria-labelledby="np-feedback-title">
                <form action="/api/feedback" method="post">
                    <input name="__RequestVerificationToken" type="hidden" value="{{token}}">
                    <input type="hidden" name="contentId" value="8812">
                    <p class="np-feedback__title" id="np-feedback-title">Fick du svar p&#229; din fr&#229;ga?</p>
                    <div class="np-feedback__buttons">
                        <button class="np-button np-button--secondary" type="submit" name="answer" value="yes">Ja</button>
                        <button class="np-button np-button--secondary" type="submit" name="answer" value="no">Nej</button>
                    </div>
                </form>
            </section>
        </div>
    </main>
    <footer class="np-footer">
        <div class="np-footer__inner">
            <p class="np-footer__company">Nordpost AB &#183; Kundservice 0771-33 44 55</p>
            <ul class="np-footer__links">
                <li><a href="/om-oss/integritetspolicy">Integritetspolicy</a></li>
                <li><a href="/om-oss/cookies">Cookies</a></li>
                <li><a href="#" onclick="CookieConsent.renew(); return false;">Cookieinst&#228;llningar</a></li>
                <li><a href="/om-oss/tillganglighet">Tillg&#228;nglighetsredog&#246;relse</a></li>
            </ul>
        </div>
    </footer>
</body>
</html>
"""


def new_policy(blocks):
    head, secs = C.split_sections(blocks)
    out = ['<div class="np-richtext np-grid__main">%s</div>' % C.blocks_html(head, {"h1": "np-heading np-heading--xl",
                                                                                   "p": "np-text"})]
    items = []
    for n, (title, sb) in enumerate(secs):
        items.append('<details class="np-accordion__item" id="acc-%d">\n<summary class="np-accordion__header">'
                     '<h2 class="np-accordion__title">%s</h2><svg class="np-accordion__icon" aria-hidden="true" '
                     'width="24" height="24"><use href="/dist/icons/sprite.svg#chevron-down"></use></svg></summary>\n'
                     '<div class="np-accordion__panel np-richtext">\n%s\n</div>\n</details>'
                     % (n + 1, C.inline_html(title), C.blocks_html(sb)))
    out.append('<div class="np-accordion np-grid__main" data-module="accordion" data-epi-block-id="9120">\n%s\n</div>'
               % "\n".join(items))
    return "\n".join(out)


def render(s, blocks, when):
    d = DRIFT[s["drift"]]
    if s["design"] == "episerver11":
        drift = ('    <div class="drift-banner" role="status"><strong>Driftinformation:</strong> %s '
                 '<a href="/driftinformation">L&#228;s mer</a></div>' % html.escape(d)) if d else ""
        return fill(OLD, policy=C.blocks_html(blocks, sep="\n                    "), token=s["token"], drift=drift)
    drift = ('    <div class="np-alert np-alert--warning" role="status" data-module="operational-info"><span class='
             '"np-alert__label">Driftinformation</span> <p class="np-alert__text">%s</p> <a class="np-alert__link" '
             'href="/driftinformation">L&#228;s mer</a></div>' % html.escape(d)) if d else ""
    return fill(NEW, policy=new_policy(blocks), token=s["token"], drift=drift)


PAGE = {
    "service": "Nordpost",
    "url": URL,
    "lang": "sv",
    "platform": "Episerver CMS 11 -> Optimizely CMS 12",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Microsoft-IIS/10.0"), ("Strict-Transport-Security", "max-age=31536000"),
                      ("X-Frame-Options", "SAMEORIGIN")),
    "n": 30,
    "start": dt.date(2021, 8, 1),
    "end": dt.date(2025, 3, 31),
    "policy": POLICY,
    "first_updated": dt.date(2021, 5, 25),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "history": [{"fetch": URL, "select": ".article-page", "remove": ".feedback-block",
                 "validUntil": "2023-03-14T00:00:00Z"}],
    "declaration": {"fetch": URL, "select": ".np-page-content", "remove": ".np-feedback"},
}
