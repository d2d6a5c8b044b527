"""Rigsbanerne (a national railway), Danish: in-house JSP portal (2018) -> Adobe Experience Manager (2020) ->
AEM "Core Components" redesign with accordions (2022) -> Next.js with Contentful (2023).

JSP -> AEM: the title moves into a hero with the "last updated" line under it, headings are demoted to h3, the
table is wrapped and its cells get <p>, e-mail addresses are entity-encoded, links become absolute and https.
AEM -> AEM redesign: each section in an accordion (h3 > button, panel), a share bar inside the content (removed by
the declaration). AEM redesign -> Next.js (a relaunch with a revised policy: a new section on the app): Contentful's
rich text (<li><p>), the table as a div grid, the date line moved to the foot of the article, Danish »« quotes.
Noise: a jsessionid in every link of the portal, traffic-info banners, clientlib and build hashes, a CSRF token.
"""
import datetime as dt
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import mwlib as M  # noqa: E402

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """# Privatlivspolitik for Rigsbanerne

Senest opdateret: {UPDATED}

Denne privatlivspolitik beskriver, hvordan Rigsbanerne A/S behandler personoplysninger om dig, når du køber billetter, rejser med vores tog, bruger vores hjemmeside eller kontakter vores kundecenter. Vi behandler dine oplysninger i overensstemmelse med databeskyttelsesforordningen og databeskyttelsesloven.

## Dataansvarlig

@ Rigsbanerne A/S
@ Banegårdspladsen 4
@ 1570 København V
@ CVR-nr. 31 42 87 66

Har du spørgsmål til vores behandling af dine personoplysninger, kan du skrive til vores databeskyttelsesrådgiver på [dpo@rigsbanerne.dk](mailto:dpo@rigsbanerne.dk).

## Hvilke oplysninger indsamler vi?

Vi indsamler de oplysninger, som du selv giver os, og oplysninger, der opstår, når du bruger vores tjenester. Det drejer sig især om:

- navn, adresse, telefonnummer og e-mailadresse
- oplysninger om dine billetkøb, pendlerkort og rejser
- betalingsoplysninger, dog ikke fulde kortnumre
- henvendelser til kundecenteret og klager
- tekniske oplysninger om din enhed, når du besøger hjemmesiden

## Formål og retsgrundlag

Vi behandler kun dine oplysninger, når vi har et lovligt grundlag for det. Tabellen viser de vigtigste formål:

| Formål | Retsgrundlag | Opbevaring |
| Salg og levering af billetter | Opfyldelse af kontrakt | 5 år efter købet |
| Rejsetidsgaranti og kompensation | Retlig forpligtelse | 3 år |
| Kundeservice og klager | Legitim interesse | 2 år efter sagens afslutning |
| Nyhedsbreve og tilbud | Samtykke | Indtil du trækker samtykket tilbage |

## Videregivelse af oplysninger

Vi sælger aldrig dine personoplysninger. Vi deler dem kun med leverandører, der behandler oplysninger på vores vegne, for eksempel vores betalingsleverandør og it-driftsleverandør, og med andre trafikselskaber, når det er nødvendigt for at gennemføre en rejse på tværs af selskaber. Oplysninger kan også udleveres til politiet, hvis loven kræver det.

## Videoovervågning

Vi har videoovervågning på stationer og i togene for at forebygge kriminalitet og sikre passagerernes tryghed. Optagelserne slettes automatisk efter 30 dage, medmindre de skal bruges i en konkret sag.

## Dine rettigheder

Du har efter databeskyttelsesreglerne en række rettigheder:

1. Ret til at få indsigt i de oplysninger, vi behandler om dig
2. Ret til at få urigtige oplysninger berigtiget
3. Ret til at få oplysninger slettet i visse tilfælde
4. Ret til at gøre indsigelse mod behandlingen
5. Ret til dataportabilitet

Du kan selv se og rette dine kontaktoplysninger under "Min profil" på hjemmesiden. Vil du gøre brug af dine øvrige rettigheder, kan du bruge vores [kontaktformular](/kundeservice/kontakt) eller skrive til os. Du kan også klage til [Datatilsynet](http://www.datatilsynet.dk).

## Cookies

Vores hjemmeside bruger cookies. Du kan læse mere i vores [cookiepolitik](/om-os/cookies) og til enhver tid ændre dit samtykke.

## Overførsel til lande uden for EU

Nogle af vores leverandører har servere uden for EU, for eksempel når vi sender e-mails eller analyserer fejl i vores apps. Vi overfører kun oplysninger til lande uden for EU, hvis EU-Kommissionen har vurderet, at landet har et tilstrækkeligt beskyttelsesniveau, eller hvis vi har indgået EU-Kommissionens standardkontraktbestemmelser med modtageren. Du kan få en kopi af de relevante garantier ved at skrive til vores databeskyttelsesrådgiver.

## Sikkerhed

Vi beskytter dine oplysninger med tekniske og organisatoriske foranstaltninger. Adgangen til kundeoplysninger er begrænset til de medarbejdere, der har brug for dem i deres arbejde, og alle medarbejdere er underlagt tavshedspligt. Betalinger gennemføres via en krypteret forbindelse, og vi gemmer aldrig fulde kortnumre. Hvis der alligevel sker et brud på sikkerheden, som kan få betydning for dig, underretter vi dig og Datatilsynet hurtigst muligt.

## Ændringer af denne politik

Vi opdaterer privatlivspolitikken, når vi ændrer vores tjenester, eller når lovgivningen kræver det. Datoen øverst på siden viser, hvornår politikken sidst blev ændret. Ved væsentlige ændringer giver vi dig besked i appen eller pr. e-mail, før ændringerne træder i kraft.

## Hittegods

Glemmer du noget i toget, registrerer vi genstanden og de oplysninger, du giver os, når du efterlyser den. Vi bruger oplysningerne til at finde og udlevere genstanden og sletter dem seks måneder efter, at sagen er afsluttet."""

EDITS = [
    {"at": 0.12, "note": "a word: 'politiet' -> 'politiet og andre offentlige myndigheder'",
     "repl": [("udleveres til politiet, hvis", "udleveres til politiet og andre offentlige myndigheder, hvis")]},
    {"at": 0.36, "note": "a table row: travel-card check-ins (Rejsekort) added to the purposes table",
     "repl": [("| Kundeservice og klager |", "| Check-ind og check-ud med rejsekort | Opfyldelse af kontrakt | 5 år |\n| Kundeservice og klager |")]},
    {"at": 0.55, "note": "date-only update of 'Senest opdateret' (inside the hero band)", "repl": []},
    {"at": 0.66, "note": "inside an accordion: CCTV retention 30 -> 14 days", "repl": [("efter 30 dage", "efter 14 dage")]},
    {"mig": 3, "note": "relaunch with a revised policy: a new section on the app's location data",
     "repl": [("## Videregivelse af oplysninger", "## Appen og placeringsdata\n\nHvis du giver tilladelse i appen, bruger vi din enheds placering til at vise nærmeste station og afgange. Placeringen gemmes ikke, når du lukker appen, og du kan til enhver tid slå adgangen fra i telefonens indstillinger.\n\n## Videregivelse af oplysninger")]},
    {"at": 0.92, "note": "a list item: 'oplysninger om din placering i appen' added to the collected data",
     "repl": [("- henvendelser til kundecenteret og klager", "- henvendelser til kundecenteret og klager\n- oplysninger om din placering, når du bruger appen")]},
]

BANNERS = ["Driftsinfo: Sporarbejde mellem Roskilde og Ringsted i weekenden.",
           "Driftsinfo: Ingen aktuelle forstyrrelser.",
           "Driftsinfo: Signalfejl ved Fredericia giver forsinkelser.",
           "Driftsinfo: Ændret køreplan på Kystbanen fra mandag."]

NAV_JSP = [("Billetter", "/billetter.jsp"), ("Rejseplan", "/rejseplan.jsp"), ("Kundeservice", "/kundeservice.jsp"),
           ("Om os", "/om-os.jsp")]


def abs_https(u):
    if u.startswith("/"):
        return "https://www.rigsbanerne.dk" + u
    return u.replace("http://", "https://")


# ---- phase 0: in-house JSP portal
ST_JSP = {"h1": '<h1 class="pageTitle">{t}</h1>', "h2": '<h2 class="sectionHead">{t}</h2>',
          "table": {"kind": "table", "outer": '<table class="datatable" cellspacing="0" cellpadding="4"><tr>{head}</tr>{body}</table>'},
          "p": '<p class="bodytext">{t}</p>', "date": '<p class="updated"><em>{t}</em></p>'}


def r_jsp(s, blocks, di, when):
    nav = "".join('<td class="nav"><a href="%s;jsessionid=%s">%s</a></td>' % (u, s["jsid"], t) for t, u in NAV_JSP)
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="da"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Privatlivspolitik - Rigsbanerne</title>
<link rel="stylesheet" href="/static/css/portal.css?v=%s">
<script type="text/javascript" src="/static/js/portal.js?v=%s"></script></head>
<body><table id="layout" width="980" border="0"><tr><td colspan="2" id="top"><img src="/static/img/logo.gif" alt="Rigsbanerne">
<div id="driftsinfo">%s</div></td></tr><tr><td><table><tr>%s</tr></table></td></tr>
<tr><td id="leftcol" valign="top"><ul class="subnav"><li><a href="/om-os/presse.jsp;jsessionid=%s">Presse</a></li><li><a href="/om-os/job.jsp;jsessionid=%s">Job</a></li><li class="active">Privatliv</li></ul></td>
<td id="contentArea" valign="top"><div class="richtext">
%s
</div></td></tr>
<tr><td colspan="2" id="footer">&copy; Rigsbanerne A/S &middot; <a href="/kontakt.jsp;jsessionid=%s">Kontakt</a></td></tr></table>
<!-- rendered by node portal-%s -->
</body></html>""" % (s["ver"], s["ver"], s["banner"], nav, s["jsid"], s["jsid"],
                      M.body_html(blocks, ST_JSP, di), s["jsid"], s["node"])


# ---- phase 1: Adobe Experience Manager
ST_AEM = {"link_attrs": "", "email": "entities",
          "h2": '<h3 class="cmp-text__heading">{t}</h3>', "p": "<p>{t}</p>",
          "table": {"kind": "table", "outer": '<div class="cmp-table"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>',
                    "th": "<th><p>{t}</p></th>", "td": "<td><p>{t}</p></td>"},
          "wrap": '<div class="text cmp-text">{x}</div>'}


def aem_shell(s, hero, content, extra=""):
    return """<!DOCTYPE html>
<html lang="da"><head><meta charset="UTF-8"><title>Privatlivspolitik | Rigsbanerne</title>
<link rel="stylesheet" href="/etc.clientlibs/rigsbanerne/clientlibs/clientlib-site.lc-%s-lc.min.css" type="text/css">
<meta name="csrf-token" content="%s"></head>
<body class="page basicpage">
<header class="cmp-header"><a href="https://www.rigsbanerne.dk/" class="cmp-header__logo">Rigsbanerne</a>
<nav class="cmp-navigation"><a href="https://www.rigsbanerne.dk/billetter">Billetter</a> <a href="https://www.rigsbanerne.dk/trafikinfo">Trafikinfo</a> <a href="https://www.rigsbanerne.dk/kundeservice">Kundeservice</a></nav>
<div class="cmp-alert">%s</div></header>
<main class="root container responsivegrid"><div class="cmp-container">
<div class="cmp-hero">%s</div>
<div class="cmp-container cmp-container--policy">
%s
</div>%s</div></main>
<footer class="cmp-footer"><p>&copy; Rigsbanerne A/S</p></footer>
<script src="/etc.clientlibs/rigsbanerne/clientlibs/clientlib-site.lc-%s-lc.min.js"></script>
</body></html>""" % (s["clientlib"], s["csrf"], s["banner"], hero, content, extra, s["clientlib"])


def hero_and_rest(blocks, di, st):
    hero = ['<div class="title cmp-title"><h1 class="cmp-title__text">%s</h1></div>' % M.inline(blocks[0][1], st)]
    skip = {0}
    if di == 1:
        hero.append('<p class="cmp-hero__updated">%s</p>' % M.inline(blocks[1][1], st))
        skip.add(1)
    return "".join(hero), skip


def r_aem(s, blocks, di, when):
    hero, skip = hero_and_rest(blocks, di, ST_AEM)
    return aem_shell(s, hero, M.body_html(blocks, ST_AEM, di, skip),
                     '<div class="cmp-share"><button>Del siden</button><button>Udskriv</button></div>')


# ---- phase 2: AEM redesign with accordions
ST_AEM2 = dict(ST_AEM, wrap="{x}",
               section='<div class="cmp-accordion__item" data-cmp-hook-accordion="item"><h3 class="cmp-accordion__header">'
                       '<button class="cmp-accordion__button" aria-expanded="false" id="acc-{k}-button"><span class="cmp-accordion__title">{title}</span>'
                       '<span class="cmp-accordion__icon"></span></button></h3><div class="cmp-accordion__panel cmp-accordion__panel--hidden" '
                       'role="region" aria-labelledby="acc-{k}-button"><div class="cmp-text">{body}</div></div></div>')


def r_aem2(s, blocks, di, when):
    hero, skip = hero_and_rest(blocks, di, ST_AEM2)
    body = M.body_html(blocks, ST_AEM2, di, skip)
    return aem_shell(s, hero, '<div class="cmp-accordion" data-cmp-is="accordion">%s</div>' % body,
                     '<div class="cmp-share"><button>Del siden</button><button>Udskriv</button></div>')


# ---- phase 3: Next.js with Contentful
ST_NEXT = {"h1": '<h1 class="Hero_title__Xq2pa">{t}</h1>', "h2": '<h2 class="RichText_h2__k3Jd8">{t}</h2>',
           "p": '<p class="RichText_p__2nLpQ">{t}</p>',
           "ul": {"outer": '<ul class="RichText_ul__9aVfe">{items}</ul>', "item": '<li><p class="RichText_p__2nLpQ">{t}</p></li>'},
           "ol": {"outer": '<ol class="RichText_ol__Zp4xs">{items}</ol>', "item": '<li><p class="RichText_p__2nLpQ">{t}</p></li>'},
           "addr": {"outer": '<p class="RichText_p__2nLpQ">{items}</p>', "item": "{t}", "sep": "<br/>"},
           "table": {"kind": "grid", "outer": '<div class="DataGrid_root__u7Ytr" role="table">{rows}</div>',
                     "row": '<div class="DataGrid_row__pP0aQ{hd}" role="row">{cells}</div>',
                     "cell": '<div class="DataGrid_cell__cz1Rt" role="cell">{t}</div>'},
           "date": '<p class="Article_updated__sF0kE">{t}</p>', "sep": ""}


def r_next(s, blocks, di, when):
    body = M.body_html(blocks, ST_NEXT, di)
    data = '{"props":{"pageProps":{"slug":"privatlivspolitik","locale":"da-DK"},"__N_SSG":true},"page":"/om-os/[slug]","buildId":"%s"}' % s["build"]
    return """<!DOCTYPE html><html lang="da"><head><meta charSet="utf-8"/><title>Privatlivspolitik | Rigsbanerne</title>
<link rel="preload" href="/_next/static/css/%s.css" as="style"/><meta name="next-head-count" content="4"/></head>
<body><div id="__next"><header class="Header_root__Nn2kQ"><a href="/">Rigsbanerne</a><nav><a href="/billetter">Billetter</a><a href="/trafikinfo">Trafikinfo</a></nav>
<div class="Ticker_root__a1B2c" role="status">%s</div></header>
<main class="Layout_main__pW3xS"><article class="Article_root__Lm4Qe">%s</article></main>
<footer class="Footer_root__dd3Fz">© Rigsbanerne A/S · CVR 31428766</footer></div>
<script id="__NEXT_DATA__" type="application/json">%s</script>
<script src="/_next/static/chunks/pages/_app-%s.js" defer=""></script></body></html>""" % (
        s["build"][:16].lower(), s["banner"], body, data, s["chunk"])


PHASES = [
    {"name": "in-house JSP portal", "render": r_jsp, "noise": {"jsid": "nonce", "ver": "ver", "banner": ("pick", BANNERS, 0.3),
                                                                "node": ("pick", ["a1", "a2", "b1"], 0.5)},
     "declaration": {"select": "#contentArea .richtext"}},
    {"name": "Adobe Experience Manager", "since": 0.27, "render": r_aem, "links": abs_https, "oracle_same": True,
     "markup": "title and date line into a hero, h2 -> h3, table wrapped with <p> in cells, e-mail entity-encoded, links absolute on https",
     "noise": {"csrf": "b64", "clientlib": "nonce", "banner": ("pick", BANNERS, 0.3)},
     "declaration": {"select": [".cmp-hero", ".cmp-container--policy"], "remove": [".cmp-share"]}},
    {"name": "AEM redesign with accordions", "since": 0.5, "render": r_aem2, "links": abs_https, "oracle_same": True,
     "markup": "every section in an accordion (h3 > button, collapsed panel), a share bar beside the content",
     "noise": {"csrf": "b64", "clientlib": "nonce", "banner": ("pick", BANNERS, 0.3)},
     "declaration": {"select": [".cmp-hero", ".cmp-accordion"], "remove": [".cmp-share"]}},
    {"name": "Next.js with Contentful", "since": 0.75, "render": r_next, "links": abs_https,
     "text": M.quotes("\u00bb", "\u00ab"), "order": "date_last", "oracle_same": False,
     "markup": "Contentful rich text (<li><p>), the table as a div grid, the date line moved to the foot, \u00bb\u00ab quotes",
     "noise": {"build": "build", "chunk": "nonce", "banner": ("pick", BANNERS, 0.3)},
     "declaration": {"select": "article.Article_root__Lm4Qe"}},
]

PAGE = {
    "service": "Rigsbanerne", "url": "https://www.rigsbanerne.dk/om-os/privatlivspolitik",
    "start": dt.date(2018, 9, 1), "end": dt.date(2024, 5, 30), "n": 30, "hours": (0, 12),
    "policy": POLICY, "first_updated": dt.date(2018, 5, 25), "fmt_date": fmt_date,
    "edits": EDITS, "phases": PHASES,
    "labels": {"jsid": "jsessionid in links", "ver": "static version", "banner": "traffic-info banner",
               "node": "portal node comment", "csrf": "CSRF token", "clientlib": "clientlib hash",
               "build": "Next.js buildId", "chunk": "chunk hash"},
}
