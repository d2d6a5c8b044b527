"""Radio a Theledu Cymru (a public broadcaster), Welsh: Drupal 7 (2019) -> Drupal 9 with Paragraphs accordions
(2021) -> Next.js on headless Drupal (2023).

Drupal 7 -> Drupal 9: the title leaves #page-title for the node's own h1, the "last updated" line becomes a field
of its own above the body, every section becomes an accordion item (h2 > button, collapsed panel), links absolute.
Drupal 9 -> Next.js (a relaunch with a revised policy: BBC iPlayer-style sign-in, a new section on accounts): the
title into a hero with the date in a band under it, lists become paragraphs with a typed "• " bullet, numbered
lists hand-numbered "1.", outbound links through the broadcaster's redirector.
Noise: Drupal's form_build_id and theme_token, drupalSettings' permissionsHash, the "on air now" box, Next.js
buildId.
"""
import datetime as dt
import sys, os
from urllib.parse import quote
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import mwlib as M  # noqa: E402

MISOEDD = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
           "Tachwedd", "Rhagfyr"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MISOEDD[d.month - 1], d.year)


POLICY = """# Polisi Preifatrwydd

Diweddarwyd ddiwethaf: {UPDATED}

Mae Radio a Theledu Cymru ("RTC", "ni") yn darlledu rhaglenni teledu a radio yn Gymraeg ac yn darparu gwasanaeth gwylio ar alw ar y we ac mewn apiau. Mae'r polisi hwn yn esbonio pa wybodaeth bersonol rydym yn ei chasglu amdanoch chi, pam rydym yn ei defnyddio a pha hawliau sydd gennych chi o dan gyfraith diogelu data'r Deyrnas Unedig.

## Pwy ydyn ni

Radio a Theledu Cymru yw'r rheolydd data ar gyfer y wybodaeth a ddisgrifir yn y polisi hwn. Gallwch gysylltu â'n Swyddog Diogelu Data drwy e-bostio [diogelu.data@rtc.cymru](mailto:diogelu.data@rtc.cymru) neu drwy ysgrifennu atom:

@ Swyddog Diogelu Data
@ Radio a Theledu Cymru
@ Sgwâr y Darlledwyr
@ Caerdydd CF10 5AL

## Y wybodaeth rydym yn ei chasglu

Rydym yn casglu gwybodaeth pan fyddwch chi'n defnyddio ein gwasanaethau, gan gynnwys:

- eich enw a'ch cyfeiriad e-bost os byddwch chi'n cofrestru
- y rhaglenni rydych chi'n eu gwylio neu'n gwrando arnynt
- gwybodaeth dechnegol am eich dyfais a'ch porwr
- eich ymatebion i gystadlaethau a phleidleisiau

Nid ydym yn casglu gwybodaeth am blant o dan 13 oed yn fwriadol. Os ydych chi o dan 13 oed, gofynnwch i riant neu warcheidwad eich helpu.

## Sut rydym yn defnyddio eich gwybodaeth

Rydym yn defnyddio eich gwybodaeth i ddarparu'r gwasanaeth gwylio ar alw, i gofio lle rydych chi wedi cyrraedd mewn rhaglen, i anfon cylchlythyrau atoch chi os ydych chi wedi gofyn amdanynt, ac i ddeall pa raglenni sy'n boblogaidd er mwyn gwella ein hamserlen. Rydym yn dibynnu ar ein tasg gyhoeddus fel darlledwr, ar gontract neu ar eich caniatâd, yn dibynnu ar y gwasanaeth.

## Rhannu gwybodaeth

Nid ydym yn gwerthu eich gwybodaeth bersonol. Rydym yn ei rhannu gyda chwmnïau sy'n darparu gwasanaethau i ni, fel ein darparwr cynnal gwefan a'n cwmni mesur cynulleidfaoedd, a dim ond dan gontract sy'n eu rhwymo i ddiogelu'r wybodaeth.

## Am ba hyd rydym yn cadw gwybodaeth

Rydym yn cadw manylion eich cyfrif tra bydd y cyfrif ar agor ac am 12 mis ar ôl hynny. Rydym yn dileu ymatebion i gystadlaethau 6 mis ar ôl i'r gystadleuaeth gau.

## Eich hawliau

Mae gennych chi'r hawl i:

1. gael copi o'r wybodaeth sydd gennym amdanoch chi
2. gofyn i ni gywiro gwybodaeth anghywir
3. gofyn i ni ddileu eich gwybodaeth
4. wrthwynebu i ni ddefnyddio eich gwybodaeth

Os ydych chi'n anhapus â'r ffordd rydym wedi delio â'ch gwybodaeth, gallwch gwyno i [Swyddfa'r Comisiynydd Gwybodaeth](https://ico.org.uk/make-a-complaint/).

## Cwcis

Rydym yn defnyddio cwcis i wneud i'n gwefan weithio ac, os byddwch chi'n cytuno, i fesur sut mae pobl yn ei defnyddio. Darllenwch ein [polisi cwcis](/cwcis) am ragor o wybodaeth.

## Diogelu eich gwybodaeth

Rydym yn cymryd camau technegol a threfniadol i ddiogelu eich gwybodaeth rhag cael ei cholli, ei chamddefnyddio neu ei datgelu heb ganiatâd. Mae'r cysylltiad rhwng eich dyfais a'n gwefan wedi'i amgryptio, dim ond staff sydd angen y wybodaeth ar gyfer eu gwaith sy'n gallu ei gweld, ac rydym yn adolygu ein mesurau diogelwch yn rheolaidd.

## Newidiadau i'r polisi hwn

Byddwn yn diweddaru'r polisi hwn pan fyddwn yn newid ein gwasanaethau neu pan fydd y gyfraith yn newid. Mae'r dyddiad ar frig y dudalen yn dangos pryd y cafodd ei ddiweddaru ddiwethaf. Os byddwn yn gwneud newidiadau pwysig, byddwn yn rhoi gwybod i chi drwy e-bost neu ar ein gwefan cyn iddynt ddod i rym."""

EDITS = [
    {"at": 0.14, "note": "a sentence: audience research panel invitations",
     "repl": [("er mwyn gwella ein hamserlen.", "er mwyn gwella ein hamserlen. Weithiau byddwn yn eich gwahodd i ymuno â phanel ymchwil cynulleidfa, ond chi sy'n penderfynu a ydych am gymryd rhan.")]},
    {"at": 0.3, "note": "a word: account retention 12 -> 24 months", "repl": [("am 12 mis ar ôl hynny", "am 24 mis ar ôl hynny")]},
    {"at": 0.52, "note": "inside an accordion: a new list item (voice searches on smart speakers)",
     "repl": [("- eich ymatebion i gystadlaethau a phleidleisiau", "- eich ymatebion i gystadlaethau a phleidleisiau\n- recordiadau o'ch ceisiadau llais os byddwch chi'n defnyddio seinydd clyfar")]},
    {"mig": 2, "note": "relaunch with a revised policy: a new section on the RTC account and sign-in",
     "repl": [("## Rhannu gwybodaeth", "## Eich cyfrif RTC\n\nMae angen cyfrif RTC arnoch chi i wylio rhaglenni ar alw. Pan fyddwch chi'n mewngofnodi, rydym yn cofnodi'r dyfeisiau rydych chi'n eu defnyddio er mwyn diogelu eich cyfrif, a gallwch weld a dileu'r dyfeisiau hyn yn eich gosodiadau.\n\n## Rhannu gwybodaeth")]},
    {"at": 0.88, "note": "date-only update of 'Diweddarwyd ddiwethaf'", "repl": []},
]

AR_Y_AWYR = ["Ar yr awyr nawr: Newyddion 9", "Ar yr awyr nawr: Pobol y Dre", "Ar yr awyr nawr: Sgorio",
             "Ar yr awyr nawr: Heno", "Ar yr awyr nawr: Ffermio"]


def https_abs(u):
    return "https://www.rtc.cymru" + u if u.startswith("/") else u


def redirector(u):
    u = https_abs(u)
    if u.startswith("https://www.rtc.cymru") or u.startswith("mailto:"):
        return u
    return "https://www.rtc.cymru/allan?url=" + quote(u, safe="")


# ---- phase 0: Drupal 7
ST_D7 = {"h2": "<h2>{t}</h2>", "p": "<p>{t}</p>"}


def r_d7(s, blocks, di, when):
    title = M.inline(blocks[0][1], ST_D7)
    body = M.body_html(blocks, ST_D7, di, skip={0})
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="cy" lang="cy" dir="ltr"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>Polisi Preifatrwydd | RTC</title>
<style type="text/css" media="all">@import url("http://www.rtc.cymru/sites/default/files/css/css_%s.css");</style>
<script type="text/javascript">jQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":"cy\\/","ajaxPageState":{"theme":"rtc","theme_token":"%s"}});</script></head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node-17 node-type-page i18n-cy">
<div id="page-wrapper"><div id="page"><div id="header"><a href="/cy" id="logo">RTC</a>
<form action="/cy/polisi-preifatrwydd" method="post" id="search-block-form"><input type="text" name="search_block_form" /><input type="hidden" name="form_build_id" value="form-%s" /><input type="hidden" name="form_id" value="search_block_form" /></form></div>
<div id="main-wrapper"><div id="main" class="clearfix"><div id="content" class="column"><div class="section">
<h1 class="title" id="page-title">%s</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div id="node-17" class="node node-page clearfix" about="/cy/polisi-preifatrwydd" typeof="foaf:Document"><div class="content">
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">%s</div></div></div>
</div></div></div></div></div></div></div>
<div id="sidebar-second" class="column sidebar"><div class="block block-rtc-onair"><h2>%s</h2></div></div></div></div>
<div id="footer">&copy; Radio a Theledu Cymru | <a href="/en/privacy-policy">English</a></div></div></div></body></html>""" % (
        s["css"], s["theme_token"], s["build_id"], title, body, s["onair"])


# ---- phase 1: Drupal 9 with Paragraphs accordions
ST_D9 = {"h1": '<h1 class="page-title"><span class="field field--name-title field--type-string">{t}</span></h1>',
         "date": '<div class="field field--name-field-last-updated field--type-string"><p>{t}</p></div>',
         "wrap": '<div class="paragraph paragraph--type--text paragraph--view-mode--default">{x}</div>',
         "section": '<div class="paragraph paragraph--type--accordion-item"><h2 class="accordion__title"><button class="accordion__trigger" aria-expanded="false" aria-controls="acc-{id}">{title}</button></h2>'
                    '<div class="accordion__content" id="acc-{id}">{body}</div></div>'}


def r_d9(s, blocks, di, when):
    title = M.block_html(blocks[0], ST_D9, 0, di)
    body = M.body_html(blocks, ST_D9, di, skip={0})
    return """<!DOCTYPE html>
<html lang="cy" dir="ltr"><head><meta charset="utf-8" /><title>Polisi Preifatrwydd | RTC</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentLanguage":"cy"},"user":{"uid":0,"permissionsHash":"%s"}}</script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable">Neidio i'r prif gynnwys</a>
<div class="dialog-off-canvas-main-canvas"><header class="site-header"><a href="https://www.rtc.cymru/" rel="home">RTC</a>
<nav class="primary-nav"><a href="https://www.rtc.cymru/rhaglenni">Rhaglenni</a> <a href="https://www.rtc.cymru/newyddion">Newyddion</a></nav>
<div class="onair-strip">%s</div></header>
<main role="main"><a id="main-content" tabindex="-1"></a><div id="block-rtc-page-title" class="block block-core block-page-title-block">%s</div><article role="article" class="node node--type-page node--view-mode-full"><div class="node__content">
%s
</div></article></main>
<footer class="site-footer"><p>&copy; Radio a Theledu Cymru</p></footer></div></body></html>""" % (
        s["css"], s["perm"], s["onair"], title, body)


# ---- phase 2: Next.js on headless Drupal
ST_NX = {"h1": '<h1 class="hero__title">{t}</h1>', "h2": '<h2 class="prose__h2">{t}</h2>',
         "ul": {"outer": '<div class="prose__list">{items}</div>', "item": '<p class="prose__bullet">\u2022 {t}</p>'},
         "ol": {"outer": '<div class="prose__list">{items}</div>', "item": '<p class="prose__numbered">{n}. {t}</p>'},
         "date": '<p class="hero__updated">{t}</p>', "sep": ""}


def r_next(s, blocks, di, when):
    hero = M.block_html(blocks[0], ST_NX, 0, di) + (M.block_html(blocks[di], ST_NX, di, di) if di == 1 else "")
    body = M.body_html(blocks, ST_NX, di, skip={0, 1} if di == 1 else {0})
    return """<!DOCTYPE html><html lang="cy"><head><meta charSet="utf-8"/><title>Polisi Preifatrwydd | RTC</title>
<link rel="stylesheet" href="/_next/static/css/%s.css"/></head><body><div id="__next">
<header class="masthead"><a href="/">RTC</a><nav><a href="/rhaglenni">Rhaglenni</a><a href="/gwylio">Gwylio</a></nav><div class="masthead__onair">%s</div></header>
<main><section class="hero hero--legal">%s</section><div class="prose">%s</div></main>
<footer class="footer"><a href="/en/privacy">English</a> · © Radio a Theledu Cymru</footer></div>
<script nonce="%s" id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"nid":17,"langcode":"cy"}},"page":"/[...slug]","buildId":"%s","isFallback":false}</script></body></html>""" % (
        s["build"][:16].lower(), s["onair"], hero, body, s["csp"], s["build"])


PHASES = [
    {"name": "Drupal 7", "render": r_d7,
     "noise": {"build_id": "b64", "theme_token": "b64", "css": "build", "onair": ("pick", AR_Y_AWYR, 0.5)},
     "declaration": {"select": ["#page-title", ".field-name-body"]}},
    {"name": "Drupal 9 with Paragraphs accordions", "since": 0.36, "render": r_d9, "links": https_abs, "oracle_same": True,
     "markup": "title into a page-title block (h1 > span), date line a field of its own, each section an accordion item (h2 > button, panel), a paragraph wrapper per block, links absolute",
     "noise": {"perm": "nonce", "css": "build", "onair": ("pick", AR_Y_AWYR, 0.5)},
     "declaration": {"select": ["h1.page-title", ".node__content"]}},
    {"name": "Next.js on headless Drupal", "since": 0.7, "render": r_next, "links": redirector, "oracle_same": False,
     "markup": "title and date into a hero, lists as '• ' paragraphs, numbered lists hand-numbered, outbound links through /allan?url=",
     "noise": {"build": "build", "csp": "b64", "onair": ("pick", AR_Y_AWYR, 0.5)},
     "declaration": {"select": [".hero--legal", ".prose"]}},
]

PAGE = {
    "service": "RTC", "url": "https://www.rtc.cymru/polisi-preifatrwydd",
    "start": dt.date(2019, 4, 1), "end": dt.date(2024, 11, 15), "n": 30, "hours": (0, 12),
    "policy": POLICY, "first_updated": dt.date(2019, 1, 14), "fmt_date": fmt_date,
    "edits": EDITS, "phases": PHASES,
    "labels": {"build_id": "form_build_id", "theme_token": "theme_token", "css": "css aggregate hash",
               "onair": "on-air box", "perm": "permissionsHash", "build": "Next.js buildId", "csp": "CSP nonce"},
}
