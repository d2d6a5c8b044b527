"""Filipino (Tagalog) dating app (Tadhana): Angular Universal SSR page, captured with a headless browser.

Noisy page. Until REDESIGN the policy sections are Angular Material expansion panels, all but the first closed
(content in the DOM with visibility:hidden); one real edit happens inside a closed panel. Per build: the
emulated-encapsulation attributes (_ngcontent-ng-c<digits>/_nghost-...), ng-version and hashed bundles; per
visit: the ng-state transfer-state JSON (request id); the OneTrust banner injected by the consent manager
changes its wording twice. On REDESIGN the site moves to a new design system (plain sections, new classes,
same text): the declaration's history keeps the old selectors until then.
"""
import datetime as dt
import html
import json

import common as C

URL = "https://www.tadhana.ph/fil/privacy"
REDESIGN = dt.datetime(2024, 6, 18)
REDESIGN_ISO = "2024-06-18T00:00:00Z"

MONTHS = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre",
          "Nobyembre", "Disyembre"]


def fmt_date(d):
    return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)


POLICY = """# Patakaran sa Privacy ng Tadhana

Huling na-update: {UPDATED}

Maligayang pagdating sa Tadhana. Mahalaga sa amin ang iyong privacy, lalo na dahil ang paghahanap ng kapareha ay isang napakapersonal na bagay. Ipinapaliwanag ng Patakarang ito kung anong impormasyon ang kinokolekta ng Tadhana Technologies, Inc. («Tadhana», «kami») kapag ginagamit mo ang Tadhana app at website, kung paano namin ito ginagamit at ibinabahagi, at kung anong mga karapatan ang mayroon ka sa ilalim ng Data Privacy Act of 2012 (Republic Act No. 10173).

## Sino kami

Ang Tadhana Technologies, Inc. ay isang korporasyong nakarehistro sa Securities and Exchange Commission ng Pilipinas, na may opisina sa Bonifacio Global City, Taguig. Kami ang personal information controller ng impormasyong inilalarawan sa Patakarang ito.

## Anong impormasyon ang kinokolekta namin

Kinokolekta namin ang impormasyong ibinibigay mo sa amin at ang impormasyong awtomatikong nalilikha habang ginagamit mo ang app:

- **Impormasyon sa account:** pangalan, numero ng mobile, email address, petsa ng kapanganakan at kasarian.
- **Impormasyon sa profile:** mga larawan, maikling paglalarawan, trabaho, pinag-aralan, taas, at ang mga katangiang hinahanap mo sa isang kapareha.
- **Sensitibong impormasyon na ikaw mismo ang nagbibigay:** oryentasyong sekswal, relihiyon o pananaw pampulitika, kung pipiliin mong ilagay ang mga ito sa iyong profile.
- **Mga mensahe at aktibidad:** ang mga mensaheng ipinapadala mo sa iyong mga match, ang mga profile na nagustuhan o nilaktawan mo, at ang mga ulat na isinusumite mo.
- **Impormasyon sa device at paggamit:** uri ng telepono, operating system, IP address, mga identifier ng device, at kung kailan at gaano katagal mong ginagamit ang app.
- **Impormasyon sa pagbabayad:** kapag bumili ka ng Tadhana Plus o Tadhana Ginto, ang petsa, halaga at paraan ng pagbabayad. Hindi namin iniimbak ang buong numero ng iyong card.

## Paano namin ginagamit ang iyong impormasyon

Ginagamit namin ang iyong impormasyon upang:

- gawin at pamahalaan ang iyong account at ipakita ang iyong profile sa ibang mga user;
- magmungkahi ng mga posibleng kapareha batay sa iyong lokasyon, edad, mga kagustuhan at aktibidad sa app;
- payagan kang makipag-usap sa iyong mga match;
- iproseso ang mga bayad at pamahalaan ang iyong subscription;
- tuklasin at pigilan ang mga pekeng account, panloloko, panliligalig at iba pang paglabag sa aming Mga Alituntunin ng Komunidad;
- pagbutihin ang app at magsagawa ng pananaliksik at pagsusuri;
- magpadala sa iyo ng mga promosyon, kung pumayag ka rito.

Hindi namin ginagamit ang iyong sensitibong impormasyon para sa advertising.

## Paano namin ibinabahagi ang iyong impormasyon

Ang iyong profile ay nakikita ng ibang mga user ng Tadhana. Ang iyong mga mensahe ay nakikita lamang ng mga taong kausap mo. Bukod dito, ibinabahagi lamang namin ang iyong impormasyon sa mga sumusunod:

- mga service provider na tumutulong sa amin sa hosting, customer support, moderasyon ng nilalaman at marketing, na may kasunduan sa pagproseso ng datos;
- ibang mga kompanya sa loob ng Tadhana group, para sa parehong mga layuning inilarawan dito;
- mga awtoridad at law enforcement, kapag hinihingi ng batas o upang protektahan ang kaligtasan ng isang tao.

Hindi namin ibinebenta ang iyong personal na impormasyon.

## Lokasyon

Kailangan ng Tadhana ang iyong lokasyon upang maipakita sa iyo ang mga taong malapit sa iyo. Kapag pinayagan mo ito, kinokolekta namin ang iyong tinatayang lokasyon gamit ang GPS o IP address habang bukas ang app. Hindi namin ipinapakita sa ibang mga user ang iyong eksaktong lokasyon, kundi ang tinatayang layo lamang sa kilometro. Maaari mong bawiin ang pahintulot na ito anumang oras sa mga setting ng iyong telepono.

## Kaligtasan at moderasyon

Upang mapanatiling ligtas ang komunidad, sinusuri ng aming mga automated system at moderator ang mga larawan, profile at mga mensaheng iniulat. Maaari naming suspindihin o tanggalin ang mga account na lumalabag sa aming mga alituntunin. Kapag na-ban ang isang account, itinatago namin ang limitadong impormasyon tungkol dito upang pigilan ang taong iyon na gumawa ng bagong account.

## Gaano katagal namin itinatago ang iyong impormasyon

Itinatago namin ang iyong impormasyon habang aktibo ang iyong account. Kapag binura mo ang iyong account, agad na hindi na makikita ang iyong profile, at binubura namin ang iyong impormasyon sa loob ng tatlong buwan. Ang mga ulat ng paglabag at ang impormasyong kailangan para sa kaligtasan ng mga user ay maaaring itago nang hanggang isang taon, at ang mga rekord ng transaksyon ay itinatago nang sampung taon ayon sa batas sa buwis.

## Cookies at katulad na teknolohiya

Gumagamit ang aming website ng cookies at katulad na teknolohiya upang manatili kang naka-log in, matandaan ang iyong mga setting, at masukat kung paano ginagamit ang site. Ang mga cookie para sa advertising ay inilalagay lamang kung pumayag ka. Maaari mong baguhin ang iyong pasya anumang oras sa «Mga Setting ng Cookie» sa ibaba ng bawat pahina, o burahin ang cookies sa mga setting ng iyong browser.

## Paglilipat ng impormasyon sa labas ng Pilipinas

Ang aming mga server ay nasa Singapore at Japan, at ang ilan sa aming mga service provider ay nasa ibang bansa. Kapag inililipat namin ang iyong impormasyon sa labas ng Pilipinas, tinitiyak namin sa pamamagitan ng mga kontrata na mapoprotektahan ito sa antas na katumbas ng hinihingi ng Data Privacy Act.

## Ang iyong mga karapatan

Bilang data subject, may karapatan kang malaman kung paano pinoproseso ang iyong impormasyon, ma-access ito, ipatama ito, ipabura ito, tumutol sa pagproseso, at makatanggap ng kopya nito sa format na magagamit sa ibang serbisyo. Maaari mong gamitin ang karamihan ng mga karapatang ito sa mga setting ng app, o sa pamamagitan ng pakikipag-ugnayan sa aming Data Protection Officer.

Kung sa tingin mo ay nilabag namin ang iyong mga karapatan, maaari kang maghain ng reklamo sa [National Privacy Commission](https://privacy.gov.ph/).

## Mga menor de edad

Ang Tadhana ay para lamang sa mga taong 18 taong gulang pataas. Kapag nalaman naming mas bata sa 18 ang isang user, agad naming isasara ang account at buburahin ang impormasyon nito.

## Paano makipag-ugnayan

@ Data Protection Officer
@ Tadhana Technologies, Inc.
@ Ika-12 palapag, One World Place, 32nd Street
@ Bonifacio Global City, Taguig 1634
@ dpo@tadhana.ph

## Mga pagbabago sa Patakarang ito

Maaari naming baguhin ang Patakarang ito paminsan-minsan. Kapag may mahalagang pagbabago, aabisuhan ka namin sa app bago ito magkabisa.
"""

EDITS = [
    {"note": "inside a CLOSED accordion panel: payment providers GCash and Maya added to the sharing list",
     "repl": [("- ibang mga kompanya sa loob ng Tadhana group, para sa parehong mga layuning inilarawan dito;",
               "- ibang mga kompanya sa loob ng Tadhana group, para sa parehong mga layuning inilarawan dito;\n"
               "- mga payment provider tulad ng GCash at Maya, upang maproseso ang iyong mga bayad;")]},
    {"note": "one word deep in the retention section: 'tatlong' -> 'anim' months (date not bumped)", "bump": False,
     "repl": [("binubura namin ang iyong impormasyon sa loob ng tatlong buwan", "binubura namin ang iyong impormasyon sa loob ng anim na buwan")]},
    {"note": "whole new section on selfie photo verification inserted before 'Kaligtasan at moderasyon'",
     "repl": [("## Kaligtasan at moderasyon", """## Pag-verify gamit ang selfie

Kapag pinili mong i-verify ang iyong profile, hihilingin namin sa iyo na kumuha ng maikling video selfie. Ihahambing ng aming service provider ang video sa mga larawan sa iyong profile upang matiyak na ikaw talaga ito. Ang facial geometry na nalilikha sa prosesong ito ay ginagamit lamang para sa pag-verify at binubura sa loob ng 24 na oras. Ang video selfie ay itinatago nang hanggang tatlong taon upang patunayan ang pag-verify kung may magreklamo.

## Kaligtasan at moderasyon""")]},
    {"note": "'Huling na-update' date bumped alone", "repl": []},
    {"note": "DPO moved to a new office; contact line changed",
     "repl": [("@ Ika-12 palapag, One World Place, 32nd Street\n@ Bonifacio Global City, Taguig 1634",
               "@ Ika-8 palapag, Uptown Tower 2, 11th Avenue\n@ Bonifacio Global City, Taguig 1634")]},
]

BANNERS = [
    (dt.datetime(2000, 1, 1), "Gumagamit kami ng cookies para mapabuti ang iyong karanasan. Sa pagpapatuloy, pumapayag ka sa aming paggamit ng cookies.",
     "Tanggapin"),
    (dt.datetime(2023, 8, 29), "Gumagamit ang Tadhana at ang aming mga partner ng cookies para sa analytics at personalized na nilalaman. Piliin ang «Tanggapin Lahat» o pamahalaan ang iyong mga kagustuhan.",
     "Tanggapin Lahat"),
    (dt.datetime(2024, 10, 2), "Ginagamit namin ang cookies at katulad na teknolohiya para gumana ang site, sukatin ang trapiko at ipakita ang mga alok na angkop sa iyo. Maaari mong baguhin ang iyong pasya anumang oras sa «Mga Setting ng Cookie».",
     "Tanggapin Lahat"),
]


def noise(rng, when, i, prev):
    p = prev or {}
    s = {}
    s["build"] = C.keep_or(rng, p.get("build"), 0.3,
                           lambda: {"ng": rng.choice(["17.3.8", "17.3.9", "17.3.10", "18.0.2", "18.1.0"]),
                                    "c": [str(rng.randint(1000000000, 4294967295)) for _ in range(6)],
                                    "main": C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                                    "poly": C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                                    "styles": C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")})
    s["req"] = C.uuid4(rng)
    s["banner"] = max(k for k, b in enumerate(BANNERS) if b[0] <= when)
    s["template"] = 2 if when >= REDESIGN else 1
    return s


LABELS = {"build": "Angular build (_ngcontent ids, ng-version, hashed bundles)", "req": "ng-state transfer-state request id",
          "banner": "OneTrust cookie banner wording", "template": "TEMPLATE REDESIGN (new design system, same text)"}


def _panels(secs, cb, ch):
    out = []
    for k, (title, bl) in enumerate(secs):
        exp = k == 0
        out.append(
            '<mat-expansion-panel %s class="mat-expansion-panel policy-panel%s%s"><mat-expansion-panel-header %s role="button" '
            'class="mat-expansion-panel-header mat-focus-indicator%s" id="mat-expansion-panel-header-%d" tabindex="0" '
            'aria-controls="cdk-accordion-child-%d" aria-expanded="%s" aria-disabled="false"><span class="mat-content">'
            '<mat-panel-title %s class="mat-expansion-panel-header-title">%s</mat-panel-title></span>'
            '<span class="mat-expansion-indicator"></span></mat-expansion-panel-header>'
            '<div role="region" class="mat-expansion-panel-content" id="cdk-accordion-child-%d" aria-labelledby="mat-expansion-panel-header-%d" style="%s">'
            '<div class="mat-expansion-panel-body"><div %s class="policy-panel__body">%s</div></div></div></mat-expansion-panel>'
            % (cb, " mat-expanded" if exp else "", " mat-expansion-panel-spacing" if exp else "", cb,
               " mat-expanded" if exp else "", k, k, "true" if exp else "false", cb, C.inline_html(title), k, k,
               "visibility: visible;" if exp else "height: 0px; visibility: hidden;", ch,
               "".join(C.block_html(x).replace(">", " %s>" % ch, 1) for x in bl)))
    return "".join(out)


def render(s, blocks, when):
    b = s["build"]
    c = b["c"]
    cb, ch, cmain = "_ngcontent-ng-c%s=\"\"" % c[0], "_ngcontent-ng-c%s=\"\"" % c[1], "_ngcontent-ng-c%s=\"\"" % c[2]
    head, secs = C.split_sections(blocks)
    title = head[0][1]
    updated = head[1][1]
    intro = "".join(C.block_html(x) for x in head[2:])
    if s["template"] == 1:
        content = (f'<app-privacy-page {cmain} _nghost-ng-c{c[1]}=""><div {ch} class="legal-page"><h1 {ch} class="legal-page__title">{C.inline_html(title)}</h1>'
                   f'<p {ch} class="legal-page__updated">{html.escape(updated, quote=False)}</p><div {ch} class="policy-intro">{intro}</div>'
                   f'<mat-accordion {ch} multi="true" class="mat-accordion policy-accordion">{_panels(secs, cb, ch)}</mat-accordion>'
                   f'<div {ch} class="legal-page__actions"><a {ch} mat-stroked-button href="/assets/legal/tadhana-privacy-fil.pdf" class="mdc-button mdc-button--outlined mat-mdc-outlined-button"><span class="mdc-button__label">I-download ang PDF</span></a>'
                   f'<button {ch} mat-button type="button" class="mdc-button mat-mdc-button"><span class="mdc-button__label">Bumalik sa itaas</span></button></div></div></app-privacy-page>')
    else:
        sections = "".join(
            f'<section {ch} class="tdh-legal__section" id="seksyon-{k + 1}"><h2 {ch} class="tdh-heading tdh-heading--m">{C.inline_html(t)}</h2>'
            + "".join(C.block_html(x, {"p": "tdh-text", "ul": "tdh-list", "addr": "tdh-text"}) for x in bl) + "</section>"
            for k, (t, bl) in enumerate(secs))
        content = (f'<tdh-legal-page {cmain} _nghost-ng-c{c[1]}=""><article {ch} class="tdh-legal"><header {ch} class="tdh-legal__header"><h1 {ch} class="tdh-heading tdh-heading--xl">{C.inline_html(title)}</h1>'
                   f'<time {ch} class="tdh-legal__date">{html.escape(updated, quote=False)}</time></header><div {ch} class="tdh-legal__lead">{intro}</div>'
                   f'{sections}</article><tdh-share-bar {ch}><a href="/assets/legal/tadhana-privacy-fil.pdf" class="tdh-link">PDF</a></tdh-share-bar></tdh-legal-page>')
    bt = BANNERS[s["banner"]]
    state = json.dumps({"2948571632": {"b": {"slug": "privacy", "locale": "fil", "status": "published"}, "h": {}, "s": 200,
                                       "st": "OK", "u": "https://api.tadhana.ph/v3/legal/privacy?locale=fil", "rt": "json"},
                        "__nghData__": [{"t": {"2": "t0"}, "c": {"2": []}}], "reqId": s["req"]}, separators=(",", ":"))
    return f"""<!DOCTYPE html><html lang="fil" data-critters-container><head>
  <meta charset="utf-8">
  <title>Patakaran sa Privacy | Tadhana</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
  <link rel="stylesheet" href="styles-{b['styles']}.css" media="print" onload="this.media='all'">
  <style ng-app-id="tdh">.legal-page[_ngcontent-ng-c{c[1]}]{{max-width:760px;margin:0 auto;padding:32px 16px}}.tdh-legal[_ngcontent-ng-c{c[1]}]{{max-width:720px;margin:0 auto}}</style>
  <link rel="canonical" href="{URL}"><link rel="alternate" hreflang="en" href="https://www.tadhana.ph/en/privacy">
  <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8" data-domain-script="7c1f3a52-93d4-4e7b-a0b9-2f64d1e88c1a"></script>
</head>
<body class="mat-typography"><app-root ng-version="{b['ng']}" ng-server-context="ssr" _nghost-ng-c{c[3]}=""><app-header _ngcontent-ng-c{c[3]}="" _nghost-ng-c{c[4]}=""><header _ngcontent-ng-c{c[4]}="" class="site-header"><a _ngcontent-ng-c{c[4]}="" routerlink="/fil" class="site-header__logo" href="/fil"><img _ngcontent-ng-c{c[4]}="" src="assets/img/tadhana-logo.svg" alt="Tadhana" width="132" height="36"></a><nav _ngcontent-ng-c{c[4]}="" class="site-header__nav"><a _ngcontent-ng-c{c[4]}="" href="/fil/kaligtasan">Kaligtasan</a><a _ngcontent-ng-c{c[4]}="" href="/fil/plus">Tadhana Plus</a><a _ngcontent-ng-c{c[4]}="" href="https://help.tadhana.ph/fil">Tulong</a></nav><a _ngcontent-ng-c{c[4]}="" class="site-header__cta" href="https://app.tadhana.ph/">I-download ang app</a></header></app-header><main _ngcontent-ng-c{c[3]}="">{content}</main><app-footer _ngcontent-ng-c{c[3]}="" _nghost-ng-c{c[5]}=""><footer _ngcontent-ng-c{c[5]}="" class="site-footer"><a _ngcontent-ng-c{c[5]}="" href="/fil/tuntunin">Mga Tuntunin</a><a _ngcontent-ng-c{c[5]}="" href="/fil/privacy">Privacy</a><a _ngcontent-ng-c{c[5]}="" href="/fil/cookies">Cookies</a><a _ngcontent-ng-c{c[5]}="" href="/fil/alituntunin">Mga Alituntunin ng Komunidad</a><p _ngcontent-ng-c{c[5]}="">© {when.year} Tadhana Technologies, Inc.</p></footer></app-footer></app-root>
<script src="polyfills-{b['poly']}.js" type="module"></script><script src="main-{b['main']}.js" type="module"></script>
<script id="ng-state" type="application/json">{state}</script>
<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat vertical-align-content" tabindex="0" role="region" aria-label="Cookie banner"><div role="alertdialog" aria-describedby="onetrust-policy-text"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy"><p id="onetrust-policy-text">{html.escape(bt[1], quote=False)} <a class="ot-cookie-policy-link" href="https://www.tadhana.ph/fil/cookies" aria-label="Higit pang impormasyon tungkol sa iyong privacy, opens in a new tab" rel="noopener" target="_blank">Patakaran sa Cookie</a></p></div></div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Mga Setting ng Cookie</button><button id="onetrust-accept-btn-handler">{bt[2]}</button></div></div></div></div></div></div></div>
</body></html>"""


PAGE = {
    "service": "Tadhana",
    "url": URL,
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("x-powered-by", "Express"), ("Cache-Control", "no-cache")],
    "n": 34,
    "start": dt.date(2023, 2, 1),
    "end": dt.date(2025, 5, 31),
    "policy": POLICY,
    "first_updated": dt.date(2022, 11, 3),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": URL,
        "select": "article.tdh-legal",
    },
    "history": [{
        "fetch": URL,
        "select": ".legal-page",
        "remove": ".legal-page__actions",
        "validUntil": REDESIGN_ISO,
    }],
}
