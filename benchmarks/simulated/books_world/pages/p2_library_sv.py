"""Siljansbiblioteken: the shared website of four municipalities' public libraries (Leksand, Rättvik, Mora, Orsa) on
Sitevision, the Swedish public-sector CMS.

The page is a Sitevision page built from portlets: a heading text portlet, an "Ingress" text portlet and a body
text portlet inside the content layout of `<main>`, beside an html portlet (ReadSpeaker "Lyssna", share links)
and, in the template below the content, the page-owner box ("Sidansvarig", "Senast granskad"). The declaration
selects the text portlets' content in `main`. Fairly clean: per visit the sv.PageContext csrfToken; per Sitevision
upgrade the /sitevision/system-resource/<hash>/ paths and the site's own css/js version ids; the "Senast granskad"
review date when the page owner re-reviews the page (no text change).
"""
import datetime as dt
import html
import re

import common as C

URL = "https://www.siljansbiblioteken.se/om-biblioteken/sa-behandlar-vi-dina-personuppgifter.html"

POLICY = """
# Så behandlar vi dina personuppgifter

Uppdaterad {UPDATED}

Siljansbiblioteken är ett samarbete mellan folkbiblioteken i Leksands, Rättviks, Mora och Orsa kommuner. Vi har ett gemensamt bibliotekssystem, ett gemensamt lånekort och en gemensam webbplats. Här berättar vi vilka personuppgifter vi behandlar när du använder biblioteken, varför vi gör det och vilka rättigheter du har enligt dataskyddsförordningen (GDPR).

## Vem är personuppgiftsansvarig?

Varje kommun är personuppgiftsansvarig för de uppgifter som behandlas i det egna bibliotekets verksamhet, till exempel anmälningar till arrangemang och kameraövervakning. För bibliotekssystemet, lånekorten och webbplatsen har de fyra kommunerna ett gemensamt personuppgiftsansvar enligt artikel 26 i dataskyddsförordningen. Mora kommun är kontaktpunkt för det gemensamma ansvaret.

| Kommun | Ansvarig nämnd | Dataskyddsombud |
| Leksands kommun | Kultur- och fritidsnämnden | dataskyddsombud@leksand.se |
| Rättviks kommun | Bildnings- och kulturnämnden | dataskyddsombud@rattvik.se |
| Mora kommun | Kultur- och fritidsnämnden | dataskyddsombud@mora.se |
| Orsa kommun | Kommunstyrelsen | dataskyddsombud@orsa.se |

## Vilka personuppgifter behandlar vi?

När du skaffar ett lånekort registrerar vi ditt namn, persnnummer, adress, e-postadress och telefonnummer samt lånekortets nummer och din PIN-kod, som lagras krypterad. För barn under 15 år registrerar vi även namn och telefonnummer till en vårdnadshavare, som godkänner lånekortet och ansvarar för barnets lån.

När du lånar registrerar vi vilka medier du har lånat just nu, dina reservationer, fjärrlån och eventuella ersättningskrav för förkomna eller skadade medier.

Vi behandlar också personuppgifter när du:

- lånar e-böcker, e-ljudböcker eller e-tidningar via våra e-tjänster;
- anmäler dig till författarbesök, bokcirklar, språkcaféer eller andra arrangemang;
- bokar en dator, ett grupprum eller en handledning i digital teknik;
- prenumererar på vårt nyhetsbrev eller kontaktar oss via e-post, chatten ”Fråga biblioteket” eller telefon;
- besöker Mora bibliotek, där entrén och barnavdelningen är kameraövervakade.

## Ändamål, rättslig grund och lagringstid

| Ändamål | Rättslig grund | Hur länge vi sparar uppgifterna |
| Lånekort, lån, reservationer och påminnelser | Uppgift av allmänt intresse enligt bibliotekslagen (2013:801) | Tills du avslutar lånekortet, eller tre år efter din senaste aktivitet om du inte har några lån eller skulder |
| Ersättningskrav och fakturor | Rättslig förpliktelse (bokföringslagen) | Sju år efter utgången av det år fakturan skickades |
| Fjärrlån från andra bibliotek | Uppgift av allmänt intresse | Sex månader efter att lånet återlämnats |
| Arrangemang och bokning av datorer och rum | Uppgift av allmänt intresse | Till och med dagen efter arrangemanget eller bokningen |
| Sparad lånehistorik | Samtycke | Tills du stänger av funktionen eller avslutar lånekortet |
| Nyhetsbrev | Samtycke | Tills du avslutar prenumerationen |
| Kameraövervakning i Mora bibliotek | Uppgift av allmänt intresse och tillstånd enligt kamerabevakningslagen (2018:1200) | Sju dagar, därefter raderas inspelningen automatiskt |

## Din lånehistorik

Biblioteken sparar i grunden inte uppgifter om vad du har lånat efter att du har lämnat tillbaka medierna. Vill du själv kunna se vad du har lånat tidigare kan du aktivera funktionen ”Spara min lånehistorik” under Mina sidor. Du kan när som helst stänga av funktionen, och då raderas den sparade historiken.

Uppgifter om vad en enskild person har lånat omfattas av sekretess enligt 40 kap. 3 § offentlighets- och sekretesslagen (2009:400). Personalen lämnar därför inte ut uppgifter om dina lån till någon annan, inte heller till en anhörig, utan att du har gett ditt medgivande.

## Bilder och film vid arrangemang

Vid en del av våra arrangemang, till exempel författarbesök och sommarboksfinaler, fotograferar eller filmar vi för att berätta om verksamheten på webbplatsen och i sociala medier. Vi informerar alltid om detta i förväg, både i inbjudan och på plats. Barn och unga publicerar vi bara bilder på om en vårdnadshavare har gett sitt samtycke. Vill du inte vara med på bild kan du säga till personalen, så ser vi till att du inte syns i det vi publicerar.

## Vem lämnar vi ut uppgifter till?

Vi säljer aldrig dina personuppgifter. För att kunna erbjuda våra tjänster anlitar vi leverantörer som behandlar uppgifter för vår räkning (personuppgiftsbiträden). De får bara använda uppgifterna enligt våra instruktioner.

| Leverantör | Tjänst | Var uppgifterna behandlas |
| Axiell Sverige AB | Bibliotekssystemet och appen Biblio | Sverige |
| Elib AB | E-böcker och e-ljudböcker | Sverige |
| Sitevision AB | Webbplatsen och Mina sidor | Sverige |
| Mora kommuns IT-enhet | Drift av servrar och e-post | Sverige |

Vid fjärrlån lämnar vi ut ditt lånekortsnummer till det långivande biblioteket via Libris, som Kungliga biblioteket ansvarar för. Obetalda ersättningskrav kan lämnas till kommunens ekonomiavdelning för fakturering.

## Dina rättigheter

Du har rätt att:

- få information om och en kopia av de personuppgifter vi behandlar om dig (registerutdrag);
- få felaktiga uppgifter rättade;
- få dina uppgifter raderade när de inte längre behövs, till exempel genom att avsluta ditt lånekort när du inte har några lån eller skulder;
- begära att behandlingen begränsas;
- invända mot behandling som sker för att utföra en uppgift av allmänt intresse;
- när som helst återkalla ett samtycke, till exempel till sparad lånehistorik.

Du kan se och ändra de flesta av dina uppgifter själv under Mina sidor. Begäran om registerutdrag skickar du till kontaktpunkten Mora kommun, Kultur- och fritidsförvaltningen, 792 80 Mora, eller lämnar i informationsdisken på ditt bibliotek. Ta med giltig legitimation.

Om du är missnöjd med hur vi behandlar dina personuppgifter kan du kontakta kommunens dataskyddsombud eller lämna klagomål till Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm.

## Kakor och statistik på webbplatsen

Webbplatsen använder nödvändiga kakor för att du ska kunna logga in på Mina sidor och för att komma ihåg dina val. Om du godkänner det använder vi även kakor för besöksstatistik i verktyget Matomo, som körs på kommunens egna servrar. Uppgifterna lämnas inte till någon annan och IP-adresser anonymiseras.

## Kontakta oss

Har du frågor om hur biblioteken behandlar personuppgifter är du välkommen att kontakta oss:

@ Siljansbiblioteken, Mora bibliotek
@ Köpmannagatan 2, 792 30 Mora
@ Telefon: 0250-262 00
@ E-post: biblioteket@mora.se
"""

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "typo fixed: 'persnnummer' -> 'personnummer' (no new date)",
     "repl": [("ditt namn, persnnummer, adress", "ditt namn, personnummer, adress")], "bump": False},
    {"note": "processor added: PressReader (e-newspapers, Canada, adequacy decision) in the suppliers table and the "
             "list of e-services",
     "repl": [("| Elib AB | E-böcker och e-ljudböcker | Sverige |",
               "| Elib AB | E-böcker och e-ljudböcker | Sverige |\n"
               "| PressReader Inc. | E-tidningar och e-tidskrifter | Kanada (beslut om adekvat skyddsnivå) |")]},
    {"note": "inactive library accounts now cleared after two years instead of three",
     "repl": [("eller tre år efter din senaste aktivitet", "eller två år efter din senaste aktivitet")]},
    {"note": "new section 'Meröppet bibliotek' (self-service opening hours, entry log kept 30 days); camera "
             "surveillance extended to Orsa",
     "repl": [("## Din lånehistorik",
               "## Meröppet bibliotek\n\n"
               "Biblioteken i Leksand och Orsa har meröppet, vilket innebär att du kan komma in med ditt lånekort och "
               "din PIN-kod även när biblioteket är obemannat. För att du ska få använda meröppet behöver du vara "
               "minst 18 år och ha skrivit under ett särskilt avtal. När du går in registreras ditt lånekortsnummer "
               "och tidpunkten i passersystemet. Uppgifterna sparas i 30 dagar och används bara för att utreda "
               "skadegörelse, stöld eller andra incidenter.\n\n## Din lånehistorik"),
              ("- besöker Mora bibliotek, där entrén och barnavdelningen är kameraövervakade.",
               "- besöker Mora eller Orsa bibliotek, där entrén och barnavdelningen är kameraövervakade;\n"
               "- använder meröppet på biblioteken i Leksand och Orsa."),
              ("| Kameraövervakning i Mora bibliotek |", "| Kameraövervakning i Mora och Orsa bibliotek |")]},
    {"note": "contact box: new phone number and e-mail address for the libraries",
     "repl": [("@ Telefon: 0250-262 00\n@ E-post: biblioteket@mora.se",
               "@ Telefon: 0250-267 50\n@ E-post: siljansbiblioteken@mora.se")]},
]

SYS_VERSIONS = [("2021.04.1", "27.4f61b7d11794d08f8e12a"), ("2022.01.2", "27.72c0e2a817e6a1d2b3f9"),
                ("2022.09.1", "27.1d9a5be5182f46e0c7c1"), ("2023.06.1", "27.5a3e71c4188c2b9f6d0d"),
                ("2024.03.2", "27.2b81f0d918e0d3e4a5c8")]


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    ver = [v for v in SYS_VERSIONS if dt.datetime.strptime(v[0][:7], "%Y.%m") <= when]
    ver = ver[-1] if ver else SYS_VERSIONS[0]
    st["sitevision"] = (ver[0], ver[1], C.keep_or(rng, (p.get("sitevision") or (0, 0, None))[2], 0.15,
                                                  lambda: "%x" % rng.randint(0x17a0000000, 0x19ffffffff)))
    st["csrf"] = C.b64tok(rng, 24)
    st["granskad"] = C.keep_or(rng, p.get("granskad"), 0.2,
                               lambda: max(p.get("granskad") or "",
                                           (when - dt.timedelta(days=rng.randint(0, 40))).strftime("%Y-%m-%d")))
    return st


LABELS = {"sitevision": "Sitevision system-resource hashes / site asset version (upgrade)",
          "csrf": "sv.PageContext csrfToken", "granskad": "'Senast granskad' review date in the page-owner box"}


def _hid(text):
    return "h-" + re.sub(r"[^A-Za-z0-9]", "", text)


def _blocks(blocks):
    out = []
    for kind, v in blocks:
        if kind == "h2":
            out.append('<h2 class="subheading" id="%s">%s</h2>' % (_hid(v), C.inline_html(v)))
        elif kind == "p":
            out.append('<p class="normal">%s</p>' % C.inline_html(v))
        elif kind == "ul":
            out.append('<ul class="sv-defaultlist">%s</ul>' % "".join(
                '<li>%s</li>' % C.inline_html(x) for x in v))
        elif kind == "table":
            head = "".join('<th class="sv-table-header" scope="col"><p class="normal">%s</p></th>'
                           % C.inline_html(x) for x in v[0])
            body = "".join("<tr>%s</tr>" % "".join('<td><p class="normal">%s</p></td>' % C.inline_html(x) for x in r)
                           for r in v[1:])
            out.append('<div class="sv-responsive-table"><table class="sv-table sv-table-default sv-table-border">'
                       '<thead><tr>%s</tr></thead><tbody>%s</tbody></table></div>' % (head, body))
        elif kind == "addr":
            out.append('<p class="normal">%s</p>' % "<br>".join(C.inline_html(x) for x in v))
        else:
            out.append(C.block_html((kind, v)))
    return "\n".join(out)


def _portlet(pid, name, inner):
    return ('<div class="sv-text-portlet sv-use-margins" id="%s">'
            '<div id="%s" class="sv-text-portlet-top"><a name="%s"></a></div>'
            '<div class="sv-text-portlet-content">%s</div></div>' % (pid, name, name, inner))


def render(state, blocks, when):
    ver, sysid, site_v = state["sitevision"]
    h1 = blocks[0]
    ingress = blocks[1:3]
    body = blocks[3:]
    portlets = "\n".join([
        _portlet("svid12_4c1a2b6f17e8d0a9c3b1f2e", "Rubrik",
                 '<h1 class="heading" id="%s">%s</h1>' % (_hid(h1[1]), C.inline_html(h1[1]))),
        _portlet("svid12_4c1a2b6f17e8d0a9c3b1f30", "Ingress",
                 "\n".join('<p class="ingress">%s</p>' % C.inline_html(b[1]) for b in ingress)),
        _portlet("svid12_4c1a2b6f17e8d0a9c3b1f31", "Text", _blocks(body)),
    ])
    sr = "/sitevision/system-resource/%s" % sysid
    menu = "".join('<li class="sol-menu-item"><a href="/%s.html">%s</a></li>' % (u, t) for u, t in [
        ("lana-och-reservera", "Låna och reservera"), ("e-medier", "E-medier"), ("evenemang", "Evenemang"),
        ("barn-och-unga", "Barn och unga"), ("vara-bibliotek", "Våra bibliotek"), ("om-biblioteken", "Om biblioteken")])
    return """<!DOCTYPE html>
<html lang="sv" class="sv-no-js sv-template-undersida">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<script>(function(c){{c.add('sv-js');c.remove('sv-no-js');}})(document.documentElement.classList)</script>
<title>Så behandlar vi dina personuppgifter - Siljansbiblioteken</title>
<link rel="preload" href="{sr}/js/jquery.js" as="script">
<link rel="preload" href="{sr}/envision/envision.js" as="script">
<link rel="stylesheet" type="text/css" href="{sr}/css/portlets.css">
<link rel="stylesheet" type="text/css" href="{sr}/envision/envision.css">
<link rel="stylesheet" type="text/css" href="/2.6a8d3e1b17c2f4a05d88/{site_v}.css">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1, shrink-to-fit=no">
<meta name="description" content="Information om hur Siljansbiblioteken behandlar personuppgifter enligt dataskyddsförordningen.">
<meta property="og:title" content="Så behandlar vi dina personuppgifter">
<meta property="og:url" content="{url}">
<link rel="canonical" href="{url}">
<script>
window.sv = window.sv || {{}};
sv.UNSAFE_MAY_CHANGE_AT_ANY_GIVEN_TIME_webAppExternals = {{}};
sv.PageContext = {{
pageId: '4.6a8d3e1b17c2f4a05d8c1',
siteName: 'Siljansbiblioteken',
userIdentityId: '',
userIdentityReadTimeout: 0,
userLocale: 'sv',
dev: false,
csrfToken: '{csrf}',
html5: true,
useServerSideEvents: false
}};
sv.i18n = {{portlet: {{buttons: {{close: 'Stäng'}}}}}};
</script>
<script src="{sr}/js/jquery.js"></script>
<script src="{sr}/envision/envision.js"></script>
<script src="{sr}/js/utils.js"></script>
<script src="{sr}/js/portlets.js"></script>
<script>
var _paq = window._paq = window._paq || [];
_paq.push(['disableCookies']);_paq.push(['trackPageView']);_paq.push(['enableLinkTracking']);
(function(){{var u='https://statistik.mora.se/';_paq.push(['setTrackerUrl',u+'matomo.php']);_paq.push(['setSiteId','14']);var d=document,g=d.createElement('script'),s=d.getElementsByTagName('script')[0];g.async=true;g.src=u+'matomo.js';s.parentNode.insertBefore(g,s);}})();
</script>
</head>
<body class="sv-responsive env-m-around--0" >
<div class="sv-layout" id="svid10_6a8d3e1b17c2f4a05d8a2">
<div class="sv-layout sol-header" id="svid94_6a8d3e1b17c2f4a05d8a3">
<a class="sol-skip-link" href="#Innehall">Till innehållet</a>
<div class="sol-top-bar"><a href="https://www.mora.se" class="sol-top-link">Mora kommun</a> <a href="/languages.html" lang="en">Other languages</a> <a href="/lattlast.html">Lättläst</a></div>
<div class="sv-image-portlet sv-portlet sol-logo" id="svid12_6a8d3e1b17c2f4a05d8a5"><a href="/"><img alt="Siljansbiblioteken – till startsidan" src="/images/18.6a8d3e1b17c2f4a05d81f/1620203312154/logo-siljansbiblioteken.svg" width="260" height="52"></a></div>
<div class="sv-html-portlet sv-portlet sol-catalogue-search" id="svid12_6a8d3e1b17c2f4a05d8a7"><form action="https://siljansbiblioteken.axiell.com/sok" method="get" role="search"><label for="cat-q" class="env-assistive-text">Sök i katalogen</label><input id="cat-q" type="search" name="q" class="env-form-input" placeholder="Sök bok, film, författare..."><button type="submit" class="env-button">Sök</button></form> <a class="sol-my-pages" href="https://siljansbiblioteken.axiell.com/mina-sidor">Mina sidor</a></div>
<nav class="sol-menu" aria-label="Huvudmeny"><ul class="sol-menu-list">{menu}</ul></nav>
</div>
<div class="sv-layout sol-breadcrumbs" id="svid94_6a8d3e1b17c2f4a05d8b0"><nav aria-label="Brödsmulor"><ol><li><a href="/">Start</a></li><li><a href="/om-biblioteken.html">Om biblioteken</a></li><li aria-current="page">Så behandlar vi dina personuppgifter</li></ol></nav></div>
<div class="sv-layout sv-template-layout sv-grid-main sv-fluid-grid" id="svid10_6a8d3e1b17c2f4a05d8b2">
<div class="sv-row">
<div class="sv-layout sv-column-3 sol-sub-menu" id="svid93_6a8d3e1b17c2f4a05d8b3"><nav aria-label="Undermeny"><ul><li><a href="/om-biblioteken/kontakt.html">Kontakta oss</a></li><li><a href="/om-biblioteken/lanevillkor.html">Lånevillkor</a></li><li class="sol-active"><a href="{url}" aria-current="page">Så behandlar vi dina personuppgifter</a></li><li><a href="/om-biblioteken/kakor.html">Kakor</a></li><li><a href="/om-biblioteken/tillganglighetsredogorelse.html">Tillgänglighetsredogörelse</a></li><li><a href="/om-biblioteken/biblioteksplan.html">Biblioteksplan</a></li></ul></nav></div>
<main class="sv-layout sv-column-9" id="Innehall">
<div class="sv-layout" id="svid94_6a8d3e1b17c2f4a05d8b5">
<div class="sv-html-portlet sv-portlet sol-listen" id="svid12_6a8d3e1b17c2f4a05d8b6"><div id="readspeaker_button1" class="rs_skip rsbtn rs_preserve"><a rel="nofollow" class="rsbtn_play" title="Lyssna på sidans text med ReadSpeaker webReader" href="//app-eu.readspeaker.com/cgi-bin/rsent?customerid=9371&amp;lang=sv_se&amp;readid=Innehall&amp;url={url_q}"><span class="rsbtn_left rsimg rspart"><span class="rsbtn_text"><span>Lyssna</span></span></span></a></div></div>
{portlets}
<div class="sv-html-portlet sv-portlet sol-share" id="svid12_6a8d3e1b17c2f4a05d8c0"><ul class="sol-share-list"><li><a href="https://www.facebook.com/sharer/sharer.php?u={url_q}">Dela på Facebook</a></li><li><a href="mailto:?subject=S%C3%A5%20behandlar%20vi%20dina%20personuppgifter&amp;body={url_q}">Tipsa via e-post</a></li><li><a href="javascript:window.print()">Skriv ut</a></li></ul></div>
</div>
</main>
</div>
</div>
<div class="sv-layout sol-page-info" id="svid94_6a8d3e1b17c2f4a05d8c4">
<div class="sv-text-portlet sv-use-margins sol-page-owner" id="svid12_6a8d3e1b17c2f4a05d8c5"><div class="sv-text-portlet-content"><p class="normal">Sidansvarig: Kultur- och fritidsförvaltningen, Mora kommun</p><p class="normal">Senast granskad: <time datetime="{gr}">{gr}</time></p></div></div>
<div class="sv-html-portlet sv-portlet sol-feedback" id="svid12_6a8d3e1b17c2f4a05d8c7"><form class="sol-feedback-form" action="/4.6a8d3e1b17c2f4a05d8c1/12.6a8d3e1b17c2f4a05d8c7.html" method="post"><fieldset><legend>Fick du svar på det du sökte?</legend><button type="submit" name="answer" value="yes" class="env-button">Ja</button><button type="submit" name="answer" value="no" class="env-button">Nej</button></fieldset></form></div>
</div>
<footer class="sv-layout sol-footer" id="svid94_6a8d3e1b17c2f4a05d8c9">
<div class="sv-row">
<div class="sv-column-3"><h2 class="sol-footer-heading">Leksands bibliotek</h2><p>Kyrkallén 2, 793 30 Leksand<br>0247-800 00</p></div>
<div class="sv-column-3"><h2 class="sol-footer-heading">Rättviks bibliotek</h2><p>Storgatan 6, 795 30 Rättvik<br>0248-700 00</p></div>
<div class="sv-column-3"><h2 class="sol-footer-heading">Mora bibliotek</h2><p>Köpmannagatan 2, 792 30 Mora<br>0250-260 00</p></div>
<div class="sv-column-3"><h2 class="sol-footer-heading">Orsa bibliotek</h2><p>Dalagatan 1, 794 30 Orsa<br>0250-552 00</p></div>
</div>
<p class="sol-footer-links"><a href="/om-biblioteken/kakor.html">Kakor</a> <a href="/om-biblioteken/sa-behandlar-vi-dina-personuppgifter.html">Personuppgifter</a> <a href="/om-biblioteken/tillganglighetsredogorelse.html">Tillgänglighetsredogörelse</a> <a href="https://www.facebook.com/siljansbiblioteken">Facebook</a> <a href="https://www.instagram.com/siljansbiblioteken">Instagram</a></p>
</footer>
</div>
<script src="/2.6a8d3e1b17c2f4a05d88/{site_v}.js"></script>
<script src="https://cdn-eu.readspeaker.com/script/9371/webReader/webReader.js?pids=wr" id="rs_req_Init"></script>
</body>
</html>
""".format(sr=sr, site_v=site_v, url=URL, url_q=URL.replace(":", "%3A").replace("/", "%2F"), csrf=state["csrf"],
           menu=menu, portlets=portlets, gr=state["granskad"])


PAGE = {
    "service": "Siljansbiblioteken",
    "url": URL,
    "lang": "sv",
    "platform": "Sitevision (text portlets in a content layout)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "Sitevision"), ("X-Content-Type-Options", "nosniff")],
    "n": 29,
    "start": dt.date(2021, 5, 1),
    "end": dt.date(2024, 11, 30),
    "hours": (2, 14),
    "policy": POLICY,
    "first_updated": dt.date(2021, 2, 3),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "main .sv-text-portlet-content"},
}
