"""A tax authority's portal (Slovak), Liferay DXP 7.4: the policy is a web-content article in a Journal Content
portlet; two of its sections are collapsed Clay panels. Well built: only Liferay's per-visit authToken (p_auth)
and the theme's deploy timestamp change between visits.

Faults: the load balancer's maintenance page (503, its own minimal template), F5 BIG-IP ASM's "Request
Rejected" (served with 200), and the portal template with the content portlet failed ("Tento portlet je
dočasne nedostupný.", 200)."""
import datetime as dt
import html

import common as C
import faults as FX

URL = "https://www.danovasprava.sk/sk/ochrana-osobnych-udajov"
MONTHS = ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra",
          "novembra", "decembra"]


def fmt_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """# Ochrana osobných údajov

Posledná aktualizácia: {UPDATED}

Daňová správa Slovenskej republiky (ďalej len „daňová správa“) spracúva osobné údaje v súlade s nariadením Európskeho parlamentu a Rady (EÚ) 2016/679 o ochrane fyzických osôb pri spracúvaní osobných údajov a o voľnom pohybe takýchto údajov (ďalej len „GDPR“) a so zákonom č. 18/2018 Z. z. o ochrane osobných údajov. Na tejto stránke nájdete informácie o tom, aké osobné údaje spracúvame, na aký účel a na akom právnom základe, komu ich poskytujeme, ako dlho ich uchovávame a aké máte práva.

## 1. Prevádzkovateľ

@ Daňová správa Slovenskej republiky
@ Lazovná 63, 974 01 Banská Bystrica
@ IČO: 42761891
@ e-mail: [podatelna@danovasprava.sk](mailto:podatelna@danovasprava.sk)

## 2. Zodpovedná osoba

Prevádzkovateľ určil zodpovednú osobu, ktorú môžete kontaktovať vo všetkých otázkach týkajúcich sa spracúvania vašich osobných údajov a uplatňovania vašich práv, a to e-mailom na adrese [dpo@danovasprava.sk](mailto:dpo@danovasprava.sk) alebo písomne na adrese sídla prevádzkovateľa s označením obálky „Zodpovedná osoba – neotvárať“.

## 3. Účely a právne základy spracúvania

Osobné údaje spracúvame predovšetkým preto, že nám to ukladá zákon. Prehľad účelov, právnych základov a lehôt uchovávania uvádza nasledujúca tabuľka.

| Účel spracúvania | Právny základ | Doba uchovávania |
| Správa daní – registrácia, vyrubovanie, vyberanie a vymáhanie daní | čl. 6 ods. 1 písm. c) GDPR, zákon č. 563/2009 Z. z. o správe daní (daňový poriadok) | 10 rokov od konca roka, v ktorom vznikla daňová povinnosť |
| Elektronická komunikácia cez portál a osobnú internetovú zónu | čl. 6 ods. 1 písm. e) GDPR | počas trvania registrácie a 5 rokov po jej zrušení |
| Vybavovanie sťažností, petícií a žiadostí o informácie | čl. 6 ods. 1 písm. c) GDPR, zákon č. 9/2010 Z. z. o sťažnostiach, zákon č. 211/2000 Z. z. | 5 rokov |
| Colné konanie a colná kontrola | čl. 6 ods. 1 písm. c) a e) GDPR, zákon č. 199/2004 Z. z. (Colný zákon) | 10 rokov |
| Monitorovanie priestorov kamerovým systémom | čl. 6 ods. 1 písm. e) GDPR | 15 dní |

## 4. Kategórie osobných údajov

V závislosti od konania, ktorého sa zúčastňujete, spracúvame najmä tieto kategórie osobných údajov:

- identifikačné údaje (meno, priezvisko, titul, rodné číslo, dátum narodenia, daňové identifikačné číslo),
- kontaktné údaje (adresa trvalého pobytu, korešpondenčná adresa, e-mailová adresa, telefónne číslo),
- údaje o príjmoch, výdavkoch, majetku a daňových povinnostiach,
- údaje o platobných účtoch a platbách,
- prihlasovacie údaje a záznamy o prístupe do osobnej internetovej zóny.

## 5. Príjemcovia osobných údajov

Osobné údaje poskytujeme iným subjektom iba vtedy, ak nám to ukladá osobitný zákon, najmä súdom a orgánom činným v trestnom konaní, Sociálnej poisťovni a zdravotným poisťovniam, obciam a vyšším územným celkom ako správcom miestnych daní, Ministerstvu financií Slovenskej republiky a správcom daní iných členských štátov Európskej únie v rámci medzinárodnej výmeny informácií. Prevádzku informačných systémov zabezpečujú sprostredkovatelia na základe zmluvy podľa čl. 28 GDPR.

## 6. Prenos do tretích krajín

Osobné údaje do tretích krajín prenášame iba na základe medzinárodných zmlúv o zamedzení dvojitého zdanenia a dohôd o výmene informácií v daňových veciach, ktorými je Slovenská republika viazaná.

## 7. Vaše práva

Ako dotknutá osoba máte právo:

- požadovať prístup k svojim osobným údajom (čl. 15 GDPR),
- na opravu nesprávnych alebo neúplných osobných údajov (čl. 16 GDPR),
- na vymazanie osobných údajov, ak na ich spracúvanie neexistuje právny základ (čl. 17 GDPR),
- na obmedzenie spracúvania (čl. 18 GDPR),
- namietať spracúvanie vykonávané na základe verejného záujmu (čl. 21 GDPR).

Právo na prenosnosť údajov sa na spracúvanie pri výkone verejnej moci nevzťahuje. Žiadosť môžete podať písomne, elektronicky prostredníctvom ústredného portálu verejnej správy alebo osobne na ktoromkoľvek daňovom úrade. Odpoveď dostanete bez zbytočného odkladu, najneskôr do jedného mesiaca od doručenia žiadosti.

## 8. Súbory cookie

Portál používa nevyhnutné súbory cookie, ktoré sú potrebné na prihlásenie a bezpečnosť relácie. Analytické súbory cookie používame len s vaším súhlasom, ktorý môžete kedykoľvek odvolať v [nastaveniach súborov cookie](/sk/nastavenia-cookies).

## 9. Sťažnosť dozornému orgánu

Ak sa domnievate, že spracúvaním vašich osobných údajov dochádza k porušeniu GDPR, môžete podať návrh na začatie konania na Úrad na ochranu osobných údajov Slovenskej republiky, Hraničná 12, 820 07 Bratislava 27, [dataprotection.gov.sk](https://dataprotection.gov.sk)."""

EDITS = [
    {"note": "a word: 'nevyhnutné súbory cookie' becomes 'technicky nevyhnutné súbory cookie' (collapsed panel 8)",
     "repl": [("Portál používa nevyhnutné súbory cookie", "Portál používa technicky nevyhnutné súbory cookie")]},
    {"note": "a sentence added to section 6 (the list of treaties is published)",
     "repl": [("ktorými je Slovenská republika viazaná.",
               "ktorými je Slovenská republika viazaná. Zoznam platných zmlúv je zverejnený na webovom sídle "
               "Ministerstva financií Slovenskej republiky.")]},
    {"note": "a new section 9 on automated risk selection; the complaint section renumbered 10",
     "repl": [("## 9. Sťažnosť dozornému orgánu",
               "## 9. Automatizované rozhodovanie a profilovanie\n\nPri výbere daňových subjektov na daňovú "
               "kontrolu používame analytický model rizikovosti, ktorý vyhodnocuje údaje z daňových priznaní, "
               "kontrolných výkazov a z medzinárodnej výmeny informácií. Výsledok modelu je len podkladom; o "
               "začatí daňovej kontroly vždy rozhoduje zamestnanec daňového úradu. Nedochádza k rozhodovaniu "
               "založenému výlučne na automatizovanom spracúvaní v zmysle čl. 22 GDPR.\n\n"
               "## 10. Sťažnosť dozornému orgánu")]},
    {"note": "the date of last update only", "repl": []},
    {"note": "inside the collapsed panel 'Vaše práva': the one-month deadline may be extended",
     "repl": [("najneskôr do jedného mesiaca od doručenia žiadosti.",
               "najneskôr do jedného mesiaca od doručenia žiadosti. Vzhľadom na zložitosť a počet žiadostí "
               "môžeme túto lehotu predĺžiť o ďalšie dva mesiace, o čom vás budeme vopred informovať.")]},
]

INSTANCE = "JournalContentPortlet_INSTANCE_kR7pXq2mWz4B"
PORTLET_ID = "com_liferay_journal_content_web_portlet_" + INSTANCE
COLLAPSED = ("Vaše práva", "Súbory cookie")


def noise(rng, when, i, prev):
    deploys = [dt.datetime(2023, 1, 1), dt.datetime(2023, 9, 14), dt.datetime(2024, 3, 2),
               dt.datetime(2024, 11, 20), dt.datetime(2025, 5, 7)]
    deploy = max(d for d in deploys if d <= when)
    return {"auth": C.alnum(rng, 8), "deploy": C.epoch(deploy) * 1000 + 417}


LABELS = {"auth": "Liferay.authToken and p_auth (per visit)", "deploy": "theme deploy timestamp (t=)"}


def article_html(blocks):
    head, secs = C.split_sections(blocks)
    out = [C.blocks_html(head)]
    for k, (title, body) in enumerate(secs):
        if any(title.endswith(c) for c in COLLAPSED):
            pid = "panel-%d" % k
            out.append('<div class="panel panel-secondary"><h2 class="panel-header panel-title" id="%s-h">'
                       '<a aria-controls="%s" aria-expanded="false" class="collapse-icon collapsed sheet-subtitle" '
                       'data-toggle="liferay-collapse" href="#%s" role="button">%s<span class="collapse-icon-closed">'
                       '<svg class="lexicon-icon lexicon-icon-angle-right"><use xlink:href="#angle-right"></use></svg>'
                       '</span></a></h2><div aria-labelledby="%s-h" class="panel-collapse collapse" id="%s" '
                       'role="tabpanel"><div class="panel-body">%s</div></div></div>'
                       % (pid, pid, pid, C.inline_html(title), pid, pid, C.blocks_html(body)))
        else:
            out.append("<h2>%s</h2>\n%s" % (C.inline_html(title), C.blocks_html(body)))
    return "\n".join(out)


def page(state, main_html, title="Ochrana osobných údajov"):
    css = ("https://www.danovasprava.sk/o/ds-theme/css/clay.css?browserId=other&themeId=dstheme_WAR_dstheme"
           "&minifierType=css&languageId=sk_SK&t=%d" % state["deploy"])
    return """<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="sk-SK">
<head>
<title>%(title)s - Daňová správa SR</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link data-senna-track="temporary" href="%(url)s" rel="canonical" />
<link data-senna-track="temporary" href="https://www.danovasprava.sk/en/personal-data-protection" hreflang="en-US" rel="alternate" />
<link href="https://www.danovasprava.sk/o/ds-theme/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" data-senna-track="temporary" href="%(css)s" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {};
Liferay.Browser = {acceptsGzip: function() {return true;}, getMajorVersion: function() {return 131.0;}, isChrome: function() {return true;}};
Liferay.Data = Liferay.Data || {}; Liferay.Data.ICONS_INLINE_SVG = true; Liferay.Data.NAV_SELECTOR = '#navigation';
Liferay.ThemeDisplay = {getLayoutId: function() {return "48";}, getLanguageId: function() {return "sk_SK";}, getPathContext: function() {return "";}, getPortalURL: function() {return "https://www.danovasprava.sk";}, getScopeGroupId: function() {return "20182";}, getSessionId: function() {return "";}, isSignedIn: function() {return false;}, getPathThemeImages: function() {return "https://www.danovasprava.sk/o/ds-theme/images";}};
Liferay.authToken = '%(auth)s';
Liferay.currentURL = '\\x2fsk\\x2fochrana-osobnych-udajov';
Liferay.currentURLEncoded = '\\x252Fsk\\x252Fochrana-osobnych-udajov';
// ]]>
</script>
<script data-senna-track="permanent" src="https://www.danovasprava.sk/combo?browserId=other&minifierType=js&languageId=sk_SK&t=%(deploy)d&/o/frontend-js-aui-web/aui/aui/aui-min.js&/o/frontend-js-web/liferay/dom_task_runner.js" type="text/javascript"></script>
</head>
<body class="chrome controls-visible yui3-skin-sam signed-out public-page site">
<nav aria-label="Rýchle odkazy" class="quick-access-nav" id="ksnu_quickAccessNav"><h1 class="hide-accessible">Navigácia</h1><ul><li><a href="#main-content">Preskočiť na hlavný obsah</a></li></ul></nav>
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill" id="wrapper">
<header id="banner" role="banner">
<div class="ds-topbar"><div class="container"><a href="https://www.slovensko.sk" class="ds-gov-link">slovensko.sk</a><ul class="ds-lang"><li class="active"><span>SK</span></li><li><a href="/en/personal-data-protection" lang="en">EN</a></li></ul></div></div>
<div class="container ds-header"><a class="logo custom-logo" href="https://www.danovasprava.sk/sk/" title="Prejsť na Daňová správa SR"><img alt="Daňová správa SR" height="64" src="https://www.danovasprava.sk/o/ds-theme/images/logo-ds.svg" width="220" /></a>
<form action="https://www.danovasprava.sk/sk/vyhladavanie?p_p_id=com_liferay_portal_search_web_portlet_SearchPortlet&amp;p_p_lifecycle=0&amp;p_auth=%(auth)s" class="ds-search" method="get" name="searchFm" role="search"><input name="p_auth" type="hidden" value="%(auth)s" /><label class="hide-accessible" for="q">Hľadať</label><input id="q" name="q" placeholder="Hľadať na portáli" type="text" /><button type="submit">Hľadať</button></form></div>
<nav class="ds-navigation" id="navigation" role="navigation"><ul aria-label="Stránky lokality" role="menubar">
<li role="presentation"><a href="/sk/obcania" role="menuitem"><span>Občania</span></a></li>
<li role="presentation"><a href="/sk/podnikatelia" role="menuitem"><span>Podnikatelia</span></a></li>
<li role="presentation"><a href="/sk/elektronicke-sluzby" role="menuitem"><span>Elektronické služby</span></a></li>
<li role="presentation"><a href="/sk/colna-sprava" role="menuitem"><span>Colná správa</span></a></li>
<li role="presentation"><a href="/sk/kontakty" role="menuitem"><span>Kontakty</span></a></li></ul></nav>
</header>
<section class="container flex-fill" id="content">
<div class="ds-breadcrumb"><nav aria-label="Omrvinková navigácia"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="https://www.danovasprava.sk/sk/" title="Domov"><span class="breadcrumb-text-truncate">Domov</span></a></li><li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">%(title)s</span></li></ol></nav></div>
<div class="columns-1" id="main-content" role="main">
<div class="portlet-layout row"><div class="col-md-12 portlet-column portlet-column-only" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-only" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_ portlet-static portlet-static-end portlet-barebone portlet-journal-content" id="p_p_id_%(pid)s_">
<span id="p_%(pid)s"></span>
<section class="portlet" id="portlet_%(pid)s">
<div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">
%(main)s
</div></div></div>
</section>
</div>
</div></div></div>
</div>
</section>
<footer id="footer" role="contentinfo"><div class="container"><div class="row">
<div class="col-md-4"><p class="ds-footer-title">Daňová správa SR</p><p>Lazovná 63, 974 01 Banská Bystrica<br />Infolinka: 048/43 17 222</p></div>
<div class="col-md-4"><ul class="ds-footer-links"><li><a href="/sk/ochrana-osobnych-udajov">Ochrana osobných údajov</a></li><li><a href="/sk/vyhlasenie-o-pristupnosti">Vyhlásenie o prístupnosti</a></li><li><a href="/sk/nastavenia-cookies">Nastavenia súborov cookie</a></li><li><a href="/sk/mapa-stranky">Mapa stránky</a></li></ul></div>
<div class="col-md-4"><p>Prevádzkovateľom portálu je Daňová správa Slovenskej republiky. © Daňová správa SR</p></div>
</div></div></footer>
</div>
</div>
<script type="text/javascript">
// <![CDATA[
AUI().use('liferay-session', function(A) {Liferay.Session = new Liferay.SessionBase({autoExtend: false, redirectOnExpire: false, redirectUrl: 'https\\x3a\\x2f\\x2fwww\\x2edanovasprava\\x2esk\\x2fsk\\x2f', sessionLength: 1800, warningLength: 0});});
// ]]>
</script>
</body>
</html>
""" % {"title": title, "url": URL, "css": css, "auth": state["auth"], "deploy": state["deploy"], "pid": PORTLET_ID,
       "main": main_html}


def render(state, blocks, when):
    main = ('<div class="text-right user-tool-asset-addon-entries"></div>\n'
            '<div class="journal-content-article" data-analytics-asset-id="1482216" data-analytics-asset-title='
            '"Ochrana osobných údajov" data-analytics-asset-type="web-content">\n%s\n</div>\n'
            '<div class="content-metadata-asset-addon-entries"></div>' % article_html(blocks))
    return page(state, main)


def maintenance(rng, when):
    back = (when + dt.timedelta(hours=rng.choice([3, 4, 6]))).replace(minute=0, second=0)
    body = """<!DOCTYPE html>
<html lang="sk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Plánovaná údržba | Daňová správa SR</title>
<style>body{font-family:"Source Sans Pro",Arial,sans-serif;background:#f3f5f8;color:#0b0c0c;margin:0}.box{max-width:640px;margin:10vh auto;background:#fff;padding:40px;border-top:6px solid #0065b3}h1{font-size:28px;margin:0 0 16px}img{height:56px;margin-bottom:24px}</style>
</head>
<body>
<div class="box">
<img src="/maintenance/logo-ds.svg" alt="Daňová správa SR">
<h1>Prebieha plánovaná údržba</h1>
<p>Vážení používatelia, z dôvodu plánovanej údržby informačného systému je portál daňovej správy dočasne nedostupný.</p>
<p>Predpokladané obnovenie prevádzky: %s o %s hod.</p>
<p>Za spôsobené nepríjemnosti sa ospravedlňujeme. Ďakujeme za pochopenie.</p>
<p><small>Infolinka: 048/43 17 222</small></p>
</div>
</body>
</html>
""" % ("%d. %d. %d" % (back.day, back.month, back.year), back.strftime("%H:%M"))
    return FX.fault(503, "Service Unavailable", body, "text/html; charset=utf-8",
                    [("Retry-After", "3600"), ("Cache-Control", "no-store"), ("Connection", "close")])


def fault(kind, rng, ctx):
    if kind == "maintenance":
        return maintenance(rng, ctx["when"])
    if kind == "f5_asm":
        return FX.f5_asm(rng, ctx["when"])
    if kind == "portlet_unavailable":
        main = ('<div class="alert alert-danger"><strong class="lead">Chyba:</strong> '
                'Tento portlet je dočasne nedostupný.</div>')
        return FX.fault(200, "OK", page(ctx["state"], main), "text/html;charset=UTF-8",
                        [("Cache-Control", "private, no-cache, no-store, must-revalidate"),
                         ("Content-Language", "sk-SK"), ("X-Content-Type-Options", "nosniff")])
    raise ValueError(kind)


PAGE = {
    "service": "Daňová správa SR",
    "url": URL,
    "n": 30,
    "start": dt.date(2023, 2, 1),
    "end": dt.date(2025, 10, 31),
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": [("Content-Language", "sk-SK"), ("X-Content-Type-Options", "nosniff"),
                      ("Cache-Control", "private, no-cache, no-store, must-revalidate")],
    "policy": POLICY,
    "first_updated": dt.date(2022, 11, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".journal-content-article"},
    "faults": [{"kind": "maintenance", "count": 1}, {"kind": "f5_asm", "count": 2},
               {"kind": "portlet_unavailable", "count": 1}],
    "fault": fault,
    "fault_notes": {
        "maintenance": "the load balancer's maintenance page, own minimal template, served with 503; the "
                       "declaration's selector matches nothing: OTA records no version, neither does a curator",
        "f5_asm": "F5 BIG-IP ASM 'Request Rejected' with a support ID, served with 200; no policy, the selector "
                  "matches nothing: no version",
        "portlet_unavailable": "the portal's full template with the content portlet failed ('Tento portlet je "
                               "dočasne nedostupný.'), served with 200; the article container is absent, the "
                               "selector matches nothing: no version",
    },
}
