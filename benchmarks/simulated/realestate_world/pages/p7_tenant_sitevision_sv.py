"""Mälarhem: a Swedish municipal housing company (rental flats, housing queue, tenant services) on Sitevision with
the Envision design system, in Swedish.

The policy is two Sitevision text portlets in <main> (the title portlet and the body portlet, .sv-text-portlet-content);
every section of the body after the introduction sits in a closed Envision collapse (h2 > a.env-collapse-header
with aria-expanded="false", div.env-collapse), as many Swedish public-sector sites do. The curator selects
main .sv-text-portlet-content. Per visit: the CSP nonce on every inline script, the "Lediga lägenheter (N)" count in
the header; sticky: the "Driftinformation" portlet in the right column (hot-water cuts, lifts, laundry rooms, with
dates), the Sitevision system-resource hash and site CSS timestamp (upgrades and design changes), and the page-info
stamp "Senast uppdaterad" below main (re-saves of the page).
"""
import datetime as dt
import html
import re

import common as C

URL = "https://www.malarhem.se/om-oss/integritetspolicy"

POLICY = """# Så behandlar vi dina personuppgifter

Senast uppdaterad {UPDATED}

Bostads AB Mälarhem är ett allmännyttigt bostadsbolag som ägs av Västerås stad. Vi behöver behandla personuppgifter om dig som söker bostad, bor hos oss eller på annat sätt har kontakt med oss. Här beskriver vi hur vi gör det och vilka rättigheter du har enligt dataskyddsförordningen (GDPR).

## Personuppgiftsansvarig

@ Bostads AB Mälarhem, org.nr 556012-3456
@ Stora Gatan 40, 721 31 Västerås
@ Telefon: 021-39 80 00

Vi har ett dataskyddsombud som du kan kontakta om du har frågor om hur vi behandlar dina personuppgifter: [dataskyddsombud@malarhem.se](mailto:dataskyddsombud@malarhem.se).

## Vilka personuppgifter behandlar vi?

- **Bostadssökande:** namn, personnummer, kontaktuppgifter, köpoäng, önskemål om bostad, hushållets storlek och inkomst samt uppgifter från kreditupplysning och referenser från tidigare hyresvärd.
- **Hyresgäster:** hyresavtal, uppgifter om betalningar och eventuella skulder, felanmälningar, nyckel- och taggregistreringar, ärenden om störningar samt kontaktuppgifter till anhöriga om du själv har lämnat dem.
- **Besökare på webbplatsen och Mina sidor:** IP-adress, inloggningshistorik och vilka sidor du har besökt, om du har godkänt statistikkakor.

## Varför behandlar vi dina uppgifter?

| Ändamål | Rättslig grund | Hur länge sparas uppgifterna? |
| Bostadskö och förmedling av lägenheter | Avtal | Så länge du står i kön. Loggar du inte in på 12 månader avslutas ditt köärende. |
| Kreditupplysning inför nytt hyresavtal | Berättigat intresse | 3 månader |
| Hyresavtal, hyresavisering och inkasso | Avtal och rättslig förpliktelse | 10 år efter att avtalet har upphört |
| Felanmälan och reparationer | Avtal | 2 år efter att ärendet är avslutat |
| Störningsärenden | Berättigat intresse | 2 år efter att ärendet är avslutat |
| Nycklar, taggar och passagesystem | Berättigat intresse | Passagehistorik sparas i 6 månader |
| Nöjd kund-undersökningar | Berättigat intresse | 12 månader |

## Bostadskön och Mina sidor

När du registrerar dig i bostadskön loggar du in med BankID. Vi hämtar då ditt namn och din adress från statens personadressregister (SPAR) och uppdaterar dem automatiskt om du flyttar. Dina köpoäng beräknas utifrån det datum då du registrerade dig. När du anmäler intresse för en lägenhet ser hyresvärden för den aktuella fastigheten din köplats, dina önskemål och hushållets storlek, men inte ditt personnummer förrän du har tackat ja till en visning.

## Kreditupplysning

Innan vi erbjuder dig ett hyreskontrakt tar vi en kreditupplysning via UC AB för att bedöma om du kan betala hyran. Du får en kopia av kreditupplysningen hemskickad. Vi godtar betalningsanmärkningar i vissa fall, till exempel om du kan visa att du har betalat din hyra i tid de senaste två åren.

## Felanmälan och besök i din lägenhet

När du gör en felanmälan frågar vi om vi får gå in i lägenheten med huvudnyckel om du inte är hemma. Ditt svar och eventuella uppgifter om husdjur eller allergier sparas i ärendet så att hantverkaren vet hur arbetet ska utföras.

## Kameraövervakning

Vi har kameror i vissa garage, cykelrum och miljöhus för att förebygga brott och skadegörelse. Skyltar visar var kamerorna finns. Inspelat material sparas i högst 14 dagar och tittas bara på om något har hänt. Vi har tillstånd eller gör en intresseavvägning enligt kamerabevakningslagen.

## Vilka delar vi uppgifterna med?

Vi säljer aldrig dina personuppgifter. Vi delar dem bara när det behövs, till exempel med:

- entreprenörer och hantverkare som utför reparationer i din lägenhet;
- Hyresgästföreningen, som enligt förhandlingsordningen får namn och adress till hyresgäster i de hus som berörs av en hyresförhandling;
- UC AB vid kreditupplysning;
- inkassobolag och Kronofogdemyndigheten om hyran inte betalas;
- socialnämnden i Västerås stad, när lagen kräver att vi underrättar dem om en uppsägning på grund av obetald hyra eller störningar;
- våra IT-leverantörer, som behandlar uppgifterna för vår räkning enligt personuppgiftsbiträdesavtal.

## Andrahandsuthyrning och lägenhetsbyte

Om du ansöker om att hyra ut din lägenhet i andra hand eller om att byta lägenhet behandlar vi uppgifter om dig och om den som ska hyra eller flytta in, till exempel namn, personnummer, kontaktuppgifter, skälet till andrahandsuthyrningen och uppgifter från kreditupplysning. Uppgifterna används för att pröva ansökan och sparas i två år efter att andrahandsuthyrningen har upphört eller bytet har genomförts.

## Kundundersökningar

Vartannat år genomför vi en nöjd kund-undersökning tillsammans med ett undersökningsföretag. Vi lämnar då ut namn, adress, e-postadress och vilket område du bor i. Det är frivilligt att svara, och svaren redovisas bara på en nivå där enskilda hyresgäster inte kan identifieras.

## Kakor på webbplatsen

Vi använder nödvändiga kakor för att webbplatsen och Mina sidor ska fungera. Kakor för statistik använder vi bara om du godkänner dem i vår kakbanner. Du kan när som helst ändra ditt val via länken Kakor längst ner på sidan.

## Överföring utanför EU/EES

Vi strävar efter att alla personuppgifter behandlas inom EU/EES. Om en leverantör behandlar uppgifter utanför EU/EES ser vi till att det finns skyddsåtgärder, till exempel EU-kommissionens standardavtalsklausuler.

## Dina rättigheter

Du har rätt att:

- få veta vilka personuppgifter vi har om dig (registerutdrag);
- få felaktiga uppgifter rättade;
- få uppgifter raderade när de inte längre behövs, om vi inte måste spara dem enligt lag;
- invända mot behandling som grundar sig på berättigat intresse;
- begära att behandlingen begränsas;
- få ut uppgifter som du själv har lämnat i ett maskinläsbart format (dataportabilitet).

Begär registerutdrag genom att logga in på Mina sidor med BankID eller skicka en skriftlig begäran till oss. Vi svarar inom en månad.

## Ändringar i policyn

Vi ser över den här policyn minst en gång om året och när vi inför nya tjänster eller system. Den senaste versionen finns alltid på den här sidan. Om ändringarna påverkar dig som hyresgäst på ett väsentligt sätt informerar vi dig även på Mina sidor.

## Klagomål

Om du är missnöjd med hur vi behandlar dina personuppgifter kan du kontakta vårt dataskyddsombud. Du har också rätt att lämna ett klagomål till Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm, [www.imy.se](https://www.imy.se)."""

EDITS = [
    {"note": "recipient added: the tenant-portal supplier (Momentum Software AB) for Mina sidor",
     "repl": [("- våra IT-leverantörer, som behandlar uppgifterna för vår räkning enligt personuppgiftsbiträdesavtal.",
               "- Momentum Software AB, som levererar Mina sidor och vårt system för felanmälan;\n"
               "- våra övriga IT-leverantörer, som behandlar uppgifterna för vår räkning enligt personuppgiftsbiträdesavtal.")]},
    {"note": "passage history retention shortened 6 -> 3 months",
     "repl": [("| Passagehistorik sparas i 6 månader |", "| Passagehistorik sparas i 3 månader |")]},
    {"note": "words inserted: cameras also in 'soprum' (refuse rooms); no new date",
     "bump": False,
     "repl": [("cykelrum och miljöhus för att", "cykelrum, miljöhus och soprum för att")]},
    {"note": "new section: digital locks and electronic keys in the apartment door (logs, who can open)",
     "repl": [("## Vilka delar vi uppgifterna med?",
               "## Digitala lås\n\n"
               "I allt fler av våra hus ersätter vi nycklar med digitala lås på lägenhetsdörren. Låset registrerar "
               "när dörren öppnas och med vilken tagg eller app, men inte vem som bor i lägenheten eller hur länge du "
               "är hemma. Loggen används bara för att utreda fel på låset, inbrott eller när du själv ber oss om det, "
               "och raderas efter 30 dagar. Vår personal och våra entreprenörer kan bara öppna din dörr med en "
               "tillfällig behörighet som gäller för en bokad felanmälan.\n\n"
               "## Vilka delar vi uppgifterna med?")]},
    {"note": "DPO contact changed to the city's shared DPO function, with a phone number",
     "repl": [("[dataskyddsombud@malarhem.se](mailto:dataskyddsombud@malarhem.se).",
               "[dataskyddsombud@vasteras.se](mailto:dataskyddsombud@vasteras.se) eller 021-39 00 00 (Västerås stads "
               "gemensamma dataskyddsombud).")]},
]

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


STREETS = ["Kopparbergsvägen 14", "Björnövägen 5", "Vasagatan 22", "Malmabergsgatan 33", "Bäckbyvägen 18",
           "Skultunavägen 6", "Pettersbergsgatan 41", "Råbyvägen 72", "Oxbacksgatan 9", "Hammarbygatan 12"]
DRIFT = [("Varmvattenavbrott", "Varmvattnet stängs av %s kl. 08.00–12.00 på grund av byte av ventiler."),
         ("Hissen ur funktion", "Hissen är ur funktion sedan %s. Reservdel är beställd."),
         ("Tvättstugan stängd", "Tvättstugan är stängd för renovering från %s. Använd tvättstugan i grannhuset."),
         ("Störning i tv och bredband", "Vår leverantör felsöker sedan %s. Vi återkommer när felet är åtgärdat."),
         ("Vattenavstängning", "Allt vatten stängs av %s kl. 09.00–14.00 för stambyte."),
         ("Porttelefonen fungerar inte", "Porttelefonen har varit ur funktion sedan %s. Tekniker är bokad.")]


def _svdate(d):
    return "%d %s" % (d.day, MONTHS[d.month - 1])


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["nonce"] = C.b64tok(rng, 16)
    st["lediga"] = max(3, int(38 + 14 * ((when.month in (6, 7, 8)) - 0.5)) + rng.randint(-9, 9))

    def drift():
        items = []
        for _ in range(rng.choice([0, 1, 2, 2, 3, 3, 4])):
            t, txt = rng.choice(DRIFT)
            items.append((t, rng.choice(STREETS), txt % _svdate(when.date() - dt.timedelta(days=rng.randint(-3, 4))),
                          C.hexs(rng, 6)))
        return items
    st["drift"] = C.keep_or(rng, p.get("drift"), 0.6, drift)
    old = p.get("sv")
    if old is None or rng.random() < 0.12:
        st["sv"] = {"res": C.hexs(rng, 20), "theme": "1.%d.%d" % (4 + (when.year - 2022) * 2 + (when.month > 6), rng.randint(0, 3)),
                    "css": C.epoch(when - dt.timedelta(days=rng.randint(0, 30))) * 1000 + rng.randint(0, 999)}
    else:
        st["sv"] = old
    st["saved"] = C.keep_or(rng, p.get("saved"), 0.1, lambda: (when - dt.timedelta(days=rng.randint(0, 6))).date().isoformat())
    return st


LABELS = {"nonce": "CSP nonce", "lediga": "'Lediga lägenheter' count in the header", "drift": "Driftinformation portlet",
          "sv": "Sitevision resource hash / site CSS timestamp", "saved": "'Senast uppdaterad' page info below main"}


def sv_inline(t):
    return C.inline_html(t)


def sv_blocks(blocks):
    out = []
    for kind, v in blocks:
        if kind == "p":
            out.append('<p class="normal">%s</p>' % sv_inline(v))
        elif kind == "ul":
            out.append('<ul class="normal">%s</ul>' % "".join('<li>%s</li>' % sv_inline(x) for x in v))
        elif kind == "addr":
            out.append('<p class="normal">%s</p>' % "<br>".join(sv_inline(x) for x in v))
        elif kind == "table":
            head = "".join('<th class="sv-table-cell" scope="col"><p class="normal">%s</p></th>' % sv_inline(c) for c in v[0])
            body = "".join("<tr>%s</tr>" % "".join('<td class="sv-table-cell"><p class="normal">%s</p></td>' % sv_inline(c) for c in r) for r in v[1:])
            out.append('<div class="sv-table-responsive"><table class="sv-table-type-default env-table env-table--zebra">'
                       '<thead><tr>%s</tr></thead><tbody>%s</tbody></table></div>' % (head, body))
        else:
            raise ValueError(kind)
    return "".join(out)


def _hid(t):
    return "h-" + re.sub(r"[^A-Za-z0-9]", "", t.replace("å", "a").replace("ä", "a").replace("ö", "o").replace("Å", "A").replace("Ä", "A").replace("Ö", "O"))


def render(state, blocks, when):
    n = state["nonce"]
    sv = state["sv"]
    res = "/sitevision/system-resource/" + sv["res"]
    head, secs = C.split_sections(blocks)
    h1 = head[0]
    # the page info stamp is at least the day the policy's date was set
    m = re.search(r"(\d+) (\S+) (\d{4})", head[1][1])
    eff = dt.date(int(m.group(3)), MONTHS.index(m.group(2)) + 1, int(m.group(1)))
    if dt.date.fromisoformat(state["saved"]) < eff:
        state["saved"] = eff.isoformat()
    parts = [sv_blocks(head[1:])]
    for k, (title, bl) in enumerate(secs):
        cid = "collapse-%s" % _hid(title)[2:].lower()
        parts.append(
            '<div class="env-collapse-wrapper">'
            '<h2 class="subheading" id="%s"><a class="env-collapse-header" href="#%s" data-env-collapse data-target="#%s" role="button" aria-expanded="false" aria-controls="%s">%s</a></h2>'
            '<div class="env-collapse" id="%s"><div class="env-collapse__body">%s</div></div></div>'
            % (_hid(title), cid, cid, cid, html.escape(title), cid, sv_blocks(bl)))
    body_html = "".join(parts)
    drift = state["drift"]
    if drift:
        drift_html = "".join(
            '<li class="env-list__item drift-item"><a class="env-link" href="/hyresgast/driftinformation#%s"><strong>%s</strong>, %s</a><p class="normal">%s</p></li>'
            % (h_, t, s, html.escape(x)) for t, s, x, h_ in drift)
        drift_html = '<ul class="env-list env-list--separated">%s</ul>' % drift_html
    else:
        drift_html = '<p class="normal">Just nu har vi inga kända driftstörningar.</p>'
    nav = [("Sök lägenhet", "/sok-lagenhet"), ("Hyresgäst", "/hyresgast"), ("Felanmälan", "/hyresgast/felanmalan"),
           ("Bostadskön", "/bostadskon"), ("Om oss", "/om-oss")]
    nav_html = "".join('<li class="env-nav__item"><a class="env-nav__link" href="%s">%s%s</a></li>'
                       % (u, t, (' <span class="env-badge env-badge--info">%d</span>' % state["lediga"]) if u == "/sok-lagenhet" else "")
                       for t, u in nav)
    cssv = sv["css"]
    doc = f"""<!DOCTYPE html>
<html lang="sv" class="sv-no-js sv-template-standardsida">
<head>
   <meta charset="utf-8">
   <script nonce="{n}">(function(c){{c.add('sv-js');c.remove('sv-no-js');}})(document.documentElement.classList)</script>
   <title>Integritetspolicy - Mälarhem</title>
   <link rel="preload" href="{res}/js/jquery.js" as="script">
   <link rel="preload" href="{res}/envision/envision.js" as="script">
   <link rel="preload" href="{res}/js/utils.js" as="script">
   <link rel="preload" href="{res}/js/portlets.js" as="script">
   <link rel="stylesheet" type="text/css" href="/2.4a1c0e2f17d1c3a8c9e12/{cssv}/sitevision-responsive-grids.css">
   <link rel="stylesheet" type="text/css" href="/2.4a1c0e2f17d1c3a8c9e12/{cssv}/sitevision-spacing.css">
   <link rel="stylesheet" type="text/css" href="/2.4a1c0e2f17d1c3a8c9e12/auto/{cssv}/SiteVision.css">
   <link rel="stylesheet" type="text/css" href="/2.4a1c0e2f17d1c3a8c9e12/91.3c2b17f118a44a4dd7e1d/{cssv}/print/SiteVision.css">
   <link rel="stylesheet" type="text/css" href="{res}/css/portlets.css">
   <link rel="stylesheet" type="text/css" href="{res}/envision/envision.css">
   <link rel="stylesheet" type="text/css" href="/webapp-files/malarhemtema/{sv["theme"]}/malarhem.css">
   <meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1, shrink-to-fit=no">
   <meta name="dcterms.identifier" content="https://www.malarhem.se">
   <meta name="dcterms.language" content="sv">
   <meta name="dcterms.format" content="text/html">
   <meta name="dcterms.type" content="text">
   <link rel="canonical" href="{URL}">
   <link rel="icon" href="/images/18.4b8a2e1f17d1c3a8c9e2f3/1640000000000/favicon.png">
   <script nonce="{n}">window.sv = window.sv || {{}};sv.UNSAFE_MAY_CHANGE_AT_ANY_GIVEN_TIME_webAppExternals = {{}};sv.PageContext = {{pageId: '4.1f3b2c71800a1f2e3d4c9',siteId: '119.2e31a2bf17d0c24e0d81',userId: 'anonymous',userIdentityId: '',userIdentityReadTimeout: 0,userLocale: 'sv',dev: false,csrfToken: '',html5: true,useServerSideEvents: false,nodeIsReadOnly: false}};</script>
   <script nonce="{n}">!function(t,e){{t=t||"docReady",e=e||window;var n=[],o=!1,c=!1;function d(){{if(!o){{o=!0;for(var t=0;t<n.length;t++)try{{n[t].fn.call(window,n[t].ctx)}}catch(t){{console&&console.error(t)}}n=[]}}}}e[t]=function(t,e){{o?setTimeout(function(){{t(e)}},1):(n.push({{fn:t,ctx:e}}),"complete"===document.readyState||!document.attachEvent&&"interactive"===document.readyState?setTimeout(d,1):c||(document.addEventListener?(document.addEventListener("DOMContentLoaded",d,!1),window.addEventListener("load",d,!1)):(document.attachEvent("onreadystatechange",function(){{"complete"===document.readyState&&d()}}),window.attachEvent("onload",d)),c=!0))}}}}("svDocReady",window);</script>
   <script nonce="{n}" src="https://policy.app.cookieinformation.com/uc.js" data-culture="SV" id="CookieConsent" type="text/javascript"></script>
   <script nonce="{n}" type="text/javascript">(function(){{var sz=document.createElement('script');sz.type='text/javascript';sz.async=true;sz.src='//siteimproveanalytics.com/js/siteanalyze_6041387.js';var s=document.getElementsByTagName('script')[0];s.parentNode.insertBefore(sz,s);}})();</script>
</head>
<body class=" sv-responsive env-m-around--0">
<div id="svid10_3e0b8a6c17f8e2d1b4c51" class="sv-layout"><div id="svid94_3e0b8a6c17f8e2d1b4c52"><div class="sv-layout sv-skip-spacer sv-template-layout" id="svid10_3e0b8a6c17f8e2d1b4c53"><div class="sv-script-portlet sv-portlet sv-skip-spacer sv-template-portlet" id="svid12_3e0b8a6c17f8e2d1b4c54"><div id="Genvagar"><!-- Genvägar --></div><a class="mh-skiplink env-assistive-text" href="#Innehall">Till innehållet</a></div>
<header class="mh-header sv-layout sv-template-layout" id="svid10_3e0b8a6c17f8e2d1b4c55"><div class="sv-image-portlet sv-portlet sv-skip-spacer sv-template-portlet" id="svid12_3e0b8a6c17f8e2d1b4c56"><div id="Logotyp"><!-- Logotyp --></div><div class="sv-portlet-image-caption"></div><a href="/"><img alt="Mälarhem, till startsidan" class="sv-noborder" width="180" height="52" src="/images/18.4b8a2e1f17d1c3a8c9e2f4/1640000000001/malarhem-logo.svg"></a></div>
<div class="sv-script-portlet sv-portlet sv-template-portlet" id="svid12_3e0b8a6c17f8e2d1b4c57"><div id="Huvudmeny"><!-- Huvudmeny --></div><nav class="env-nav env-nav--menubar" aria-label="Huvudmeny"><ul class="env-nav__list">{nav_html}</ul></nav></div>
<div class="sv-script-portlet sv-portlet sv-template-portlet" id="svid12_3e0b8a6c17f8e2d1b4c58"><div id="Loggain"><!-- Logga in --></div><a class="env-button env-button--primary" href="/mina-sidor">Mina sidor</a></div></header>
<div class="sv-layout sv-template-layout" id="svid10_3e0b8a6c17f8e2d1b4c59"><div class="sv-script-portlet sv-portlet sv-skip-spacer sv-template-portlet" id="svid12_3e0b8a6c17f8e2d1b4c5a"><div id="Brodsmulor"><!-- Brödsmulor --></div><nav aria-label="Brödsmulor" class="env-breadcrumb"><ol class="env-breadcrumb__list"><li class="env-breadcrumb__item"><a href="/">Startsida</a></li><li class="env-breadcrumb__item"><a href="/om-oss">Om oss</a></li><li class="env-breadcrumb__item" aria-current="page">Integritetspolicy</li></ol></nav></div></div>
<div class="sv-layout sv-template-layout mh-content-grid" id="svid10_3e0b8a6c17f8e2d1b4c5b">
<main class="sv-layout sv-template-layout mh-main" id="svid10_3e0b8a6c17f8e2d1b4c5c"><div id="Innehall"><!-- Innehåll --></div>
<div class="sv-text-portlet sv-use-margins sv-skip-spacer" id="svid12_5c1e8f2a18a3b7d4e2f4a1b"><div id="Rubrik"><!-- Rubrik --></div><div class="sv-text-portlet-content"><h1 class="heading" id="{_hid(h1[1])}">{html.escape(h1[1])}</h1></div></div>
<div class="sv-text-portlet sv-use-margins" id="svid12_5c1e8f2a18a3b7d4e2f4a1c"><div id="Text"><!-- Text --></div><div class="sv-text-portlet-content">{body_html}</div></div>
</main>
<aside class="sv-layout sv-template-layout mh-aside" id="svid10_3e0b8a6c17f8e2d1b4c5d"><div class="sv-script-portlet sv-portlet sv-skip-spacer sv-template-portlet" id="svid12_3e0b8a6c17f8e2d1b4c5e"><div id="Driftinformation"><!-- Driftinformation --></div><section class="env-card mh-drift" aria-labelledby="drift-rubrik"><h2 class="env-ui-text-subheading" id="drift-rubrik">Driftinformation</h2>{drift_html}<a class="env-link" href="/hyresgast/driftinformation">All driftinformation</a></section></div>
<div class="sv-text-portlet sv-use-margins sv-template-portlet" id="svid12_3e0b8a6c17f8e2d1b4c5f"><div id="Kontakt"><!-- Kontakt --></div><div class="sv-text-portlet-content"><h2 class="subheading" id="h-Kundservice">Kundservice</h2><p class="normal">Ring 021-39 80 00, vardagar 8–16. Akuta fel utanför kontorstid: 021-39 80 99.</p></div></div></aside>
</div>
<div class="sv-layout sv-template-layout mh-pageinfo" id="svid10_3e0b8a6c17f8e2d1b4c60"><div class="sv-script-portlet sv-portlet sv-skip-spacer sv-template-portlet" id="svid12_3e0b8a6c17f8e2d1b4c61"><div id="Sidinformation"><!-- Sidinformation --></div><p class="env-text-small">Senast uppdaterad: <time datetime="{state["saved"]}">{state["saved"]}</time></p></div></div>
<footer class="sv-layout sv-template-layout mh-footer" id="svid10_3e0b8a6c17f8e2d1b4c62"><div class="sv-text-portlet sv-use-margins sv-skip-spacer sv-template-portlet" id="svid12_3e0b8a6c17f8e2d1b4c63"><div id="Sidfot"><!-- Sidfot --></div><div class="sv-text-portlet-content"><p class="normal">Bostads AB Mälarhem · Stora Gatan 40 · 721 31 Västerås · 021-39 80 00 · <a href="mailto:kundservice@malarhem.se">kundservice@malarhem.se</a></p><p class="normal"><a href="/om-oss/integritetspolicy">Integritetspolicy</a> · <a href="/om-oss/kakor">Kakor</a> · <a href="/om-oss/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a></p></div></div></footer>
</div></div></div>
<script nonce="{n}" src="{res}/js/jquery.js"></script>
<script nonce="{n}" src="{res}/envision/envision.js"></script>
<script nonce="{n}" src="{res}/js/utils.js"></script>
<script nonce="{n}" src="{res}/js/portlets.js"></script>
<script nonce="{n}">svDocReady(function(){{envision.collapse(document.querySelectorAll('[data-env-collapse]'));}});</script>
</body>
</html>
"""
    return doc


PAGE = {
    "service": "Malarhem",
    "url": URL,
    "lang": "sv",
    "platform": "Sitevision with Envision (text portlets, closed env-collapse sections), Cookie Information, Siteimprove",
    "content_type": "text/html; charset=utf-8",
    "n": 30,
    "start": dt.date(2022, 2, 14),
    "end": dt.date(2025, 1, 31),
    "hours": (4, 10, 16, 22),
    "policy": POLICY,
    "first_updated": dt.date(2021, 10, 4),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "main .sv-text-portlet-content"},
}
