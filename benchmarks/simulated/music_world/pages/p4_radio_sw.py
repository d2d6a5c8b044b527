"""Mwambao FM 94.3, a commercial radio station in Dar es Salaam: its privacy policy in Swahili (Tanzania's Personal
Data Protection Act 2022) as a Joomla 4/5 article in the Cassiopeia template. Volatile: the editors put the
station's "Sasa Hewani" now-playing module into the article itself with `{loadmoduleid 112}`, so the show, the song
on air and the online listener count change inside `[itemprop="articleBody"]` (the curator removes
`.mod-nowplaying`); the article's hits counter sits just above the body in the same article container; the sidebar
has the weekly Top 10 chart; Joomla's `csrf.token` in the script options changes per request and the media version
hash (`?e2a5c6`) with Joomla updates."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import mukit as K  # noqa: E402

C = K.C
URL = "https://www.mwambaofm.co.tz/sera-ya-faragha"

POLICY = """
{UPDATED}

Mwambao FM 94.3 ("Mwambao FM", "sisi", "kituo") ni kituo cha redio cha kibiashara kinachorusha matangazo yake kutoka Dar es Salaam na kupitia mtandao wa intaneti. Tunaheshimu faragha ya wasikilizaji wetu, washiriki wa vipindi, washindi wa mashindano na watumiaji wa tovuti yetu. Sera hii inaeleza jinsi tunavyokusanya, kutumia, kuhifadhi na kulinda taarifa binafsi kwa mujibu wa Sheria ya Ulinzi wa Taarifa Binafsi ya mwaka 2022 na kanuni zake.

Sera hii inahusu tovuti ya www.mwambaofm.co.tz, programu ya simu ya Mwambao FM, kurasa zetu za mitandao ya kijamii, namba zetu za simu na SMS za studio, pamoja na matukio na mashindano tunayoyaandaa.

## 1. Taarifa tunazokusanya

Tunakusanya taarifa zifuatazo kutegemea jinsi unavyowasiliana nasi:

| Aina ya taarifa | Mifano | Tunapozipata |
| Taarifa za utambulisho | Jina kamili, umri, jinsia, mkoa unaoishi | Unaposhiriki mashindano au kujisajili kwenye programu |
| Taarifa za mawasiliano | Namba ya simu, barua pepe, anwani ya posta | Unapopiga simu studio, kutuma SMS au kujaza fomu |
| Maudhui unayotuma | Ujumbe wa SMS, jumbe za WhatsApp, salamu, maombi ya nyimbo, sauti ya simu zinazorushwa hewani | Unaposhiriki kipindi |
| Taarifa za malipo | Namba ya muamala wa M-Pesa, Tigo Pesa au Airtel Money (si namba ya siri) | Unaponunua tiketi za matukio au kulipia matangazo |
| Taarifa za kiufundi | Anwani ya IP, aina ya kifaa, kivinjari, muda wa kusikiliza mtandaoni | Unapotumia tovuti au programu yetu |

Hatukusanyi taarifa nyeti kama vile dini, hali ya afya au maoni ya kisiasa, isipokuwa pale unapoamua mwenyewe kuzieleza hewani wakati wa kipindi.

## 2. Jinsi tunavyotumia taarifa zako

- Kukuweka hewani katika vipindi vya simu na kusoma salamu au maombi yako ya nyimbo;
- Kuendesha mashindano na bahati nasibu, kuwasiliana na washindi na kukabidhi zawadi;
- Kutuma taarifa kuhusu vipindi, matukio na ofa, ikiwa umekubali kupokea ujumbe huo;
- Kuboresha vipindi vyetu kwa kuchambua takwimu za usikilizaji na maoni ya wasikilizaji;
- Kuhakiki malipo ya tiketi na matangazo;
- Kutimiza matakwa ya kisheria, ikiwemo masharti ya Mamlaka ya Mawasiliano Tanzania (TCRA) kuhusu kuhifadhi kumbukumbu za matangazo.

## 3. Simu na ujumbe unaorushwa hewani

Unapopiga simu kwenye kipindi kilicho hewani, sauti yako na maneno unayosema yanaweza kusikika na maelfu ya wasikilizaji na kurekodiwa. Tunakushauri usitaje anwani yako kamili, namba ya kitambulisho au taarifa nyingine nyeti hewani. Ujumbe mfupi (SMS) unaotuma kwa namba **15343** unaweza kusomwa hewani pamoja na jina lako la kwanza na mji unaotoka, lakini hatutasoma namba yako ya simu.

## 4. Mashindano na zawadi

Ukishiriki mashindano yetu, tutatumia jina lako, namba yako ya simu na mkoa wako kukutambua na kukukabidhi zawadi. Kwa kushiriki, unakubali jina lako la kwanza, mji wako na picha ya makabidhiano ya zawadi kutangazwa hewani na kwenye mitandao yetu ya kijamii. Washindi walio chini ya umri wa miaka 18 watakabidhiwa zawadi kupitia mzazi au mlezi.

## 5. Kushirikisha taarifa na wengine

Hatuuzi taarifa zako binafsi. Tunashirikisha taarifa pale tu inapohitajika, na watoa huduma wafuatao wanaofanya kazi kwa niaba yetu:

- Kampuni za simu na watoa huduma za SMS wanaotuwezesha kupokea ujumbe kwa namba fupi;
- Watoa huduma za malipo kwa simu (M-Pesa, Tigo Pesa, Airtel Money) kwa ajili ya tiketi na matangazo;
- Mtoa huduma wa utiririshaji (streaming) anayerusha matangazo yetu mtandaoni;
- Wadhamini wa mashindano, ambao hupokea majina ya washindi tu ili kukabidhi zawadi;
- Vyombo vya dola na mamlaka nyingine pale tunapolazimika kisheria.

## 6. Muda wa kuhifadhi taarifa

| Taarifa | Muda wa kuhifadhi |
| Rekodi za vipindi vilivyorushwa hewani | Siku 90, kama inavyotakiwa na kanuni za utangazaji |
| Ujumbe wa SMS na WhatsApp kwa studio | Miezi 6 |
| Taarifa za washindi wa mashindano | Miaka 2 baada ya mashindano kuisha |
| Kumbukumbu za malipo | Miaka 5, kwa mujibu wa sheria za kodi |
| Takwimu za tovuti na programu | Miezi 14 |

Baada ya muda huo kupita, tunafuta taarifa au kuzifanya zisiweze kumtambulisha mtu.

## 7. Vidakuzi (cookies)

Tovuti yetu inatumia vidakuzi muhimu ili kicheza redio mtandaoni kifanye kazi, na vidakuzi vya takwimu (Google Analytics) ili kujua idadi ya wasikilizaji wanaotembelea tovuti. Unaweza kukataa vidakuzi vya takwimu kupitia dirisha la ridhaa linaloonekana unapofungua tovuti kwa mara ya kwanza au kupitia mipangilio ya kivinjari chako.

## 8. Haki zako

Kwa mujibu wa Sheria ya Ulinzi wa Taarifa Binafsi, una haki ya:

- kujua kama tunachakata taarifa zako binafsi na kupata nakala yake;
- kuomba taarifa zisizo sahihi zirekebishwe;
- kuomba taarifa zako zifutwe pale ambapo hazihitajiki tena;
- kupinga matumizi ya taarifa zako kwa ajili ya matangazo ya biashara;
- kuondoa ridhaa yako wakati wowote;
- kuwasilisha malalamiko kwa Tume ya Ulinzi wa Taarifa Binafsi (PDPC).

Ili kutumia haki hizi, wasiliana na Afisa wetu wa Ulinzi wa Taarifa kupitia anwani iliyo hapa chini. Tutakujibu ndani ya siku 30.

## 9. Usalama wa taarifa

Tunalinda taarifa zako kwa kutumia nywila imara, mfumo wa ruhusa unaowawezesha wafanyakazi wanaohusika tu kuona taarifa, na usimbaji fiche (encryption) kwenye tovuti yetu. Hata hivyo, hakuna mfumo wa intaneti ulio salama kwa asilimia mia moja, hivyo tunakuomba uwe makini unapotuma taarifa binafasi kupitia mitandao ya kijamii.

## 10. Mawasiliano

@ Afisa wa Ulinzi wa Taarifa Binafsi
@ Mwambao FM 94.3
@ Jengo la Pwani Plaza, Ghorofa ya 3, Barabara ya Ali Hassan Mwinyi
@ S.L.P. 31742, Dar es Salaam, Tanzania
@ Barua pepe: faragha@mwambaofm.co.tz
@ Simu: +255 22 277 4100

## 11. Mabadiliko ya sera hii

Tunaweza kubadilisha sera hii mara kwa mara. Toleo jipya litawekwa kwenye ukurasa huu pamoja na tarehe ya mabadiliko, na mabadiliko makubwa yatatangazwa hewani na kwenye mitandao yetu ya kijamii.
"""

MONTHS = ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba",
          "Novemba", "Desemba"]


def fmt_date(d):
    return "Ilisasishwa mwisho: %d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "sentence added: winners must show an ID card to collect prizes",
     "repl": [("watakabidhiwa zawadi kupitia mzazi au mlezi.",
               "watakabidhiwa zawadi kupitia mzazi au mlezi. Washindi watatakiwa kuonyesha kitambulisho (NIDA, "
               "leseni ya udereva au kadi ya mpiga kura) wakati wa kuchukua zawadi.")]},
    {"note": "SMS short code changed from 15343 to 15577",
     "repl": [("kwa namba **15343**", "kwa namba **15577**")]},
    {"note": "typo fixed: binafasi -> binafsi, date not changed",
     "repl": [("unapotuma taarifa binafasi", "unapotuma taarifa binafsi")], "bump": False},
    {"note": "retention of studio SMS and WhatsApp messages shortened from 6 to 3 months",
     "repl": [("| Ujumbe wa SMS na WhatsApp kwa studio | Miezi 6 |",
               "| Ujumbe wa SMS na WhatsApp kwa studio | Miezi 3 |")]},
    {"note": "section 12 added on the mobile app (push notifications, Firebase)",
     "repl": [("na mabadiliko makubwa yatatangazwa hewani na kwenye mitandao yetu ya kijamii.",
               "na mabadiliko makubwa yatatangazwa hewani na kwenye mitandao yetu ya kijamii.\n\n"
               "## 12. Programu ya simu ya Mwambao FM\n\n"
               "Programu yetu ya simu inatumia huduma ya Google Firebase kutuma arifa (notifications) kuhusu "
               "vipindi na mashindano, na kukusanya ripoti za hitilafu ili kuboresha programu. Programu haichukui "
               "mahali ulipo wala anwani za simu yako. Unaweza kuzima arifa wakati wowote kwenye mipangilio ya "
               "simu yako.")]},
    {"note": "mobile-money brand renamed (Tigo Pesa -> Mixx by Yas) in the data table and the sharing list",
     "repl": [("M-Pesa, Tigo Pesa au Airtel Money", "M-Pesa, Mixx by Yas au Airtel Money"),
              ("(M-Pesa, Tigo Pesa, Airtel Money)", "(M-Pesa, Mixx by Yas, Airtel Money)")]},
]


# ---------------------------------------------------------------- noise

SHOWS = [(3, "Amka na Mwambao", "Mzee Juma na Halima Said"), (7, "Mchana Mwema", "Neema Mushi"),
         (10, "Bongo Flava Hits", "DJ Kassim"), (13, "Drive ya Jioni", "Baraka Mwakalinga"),
         (16, "Taarab ya Usiku", "Bi. Mwanaisha Omari"), (19, "Usiku wa Manane", "DJ Salama")]
SONGS = [("Zuhura Kibwana", "Mapenzi ya Pwani"), ("Bahari Boys", "Kigamboni"), ("Nuru Haji", "Sina Wasiwasi"),
         ("Mwana Kiza", "Mvua ya Kwanza"), ("Rehema Tatu", "Bado Nakupenda"), ("Mc Pwani", "Kariakoo Hustle"),
         ("Taarab Modern Group", "Pete ya Fedha"), ("Jabiri Mkali", "Dodoma Express"), ("Siti Mwinyi", "Maneno Matamu"),
         ("Ukaya Band", "Tuimbe Pamoja"), ("Kilimanjaro Vibes", "Safari Yangu"), ("Lulu Amani", "Usiniache"),
         ("Kidumu Jazz", "Msondo wa Leo"), ("Abdul Sultani", "Jahazi la Dhahabu")]


def _chart(rng):
    order = list(range(len(SONGS)))
    rng.shuffle(order)
    return [(SONGS[k][0], SONGS[k][1], rng.choice(["up", "down", "same", "new"])) for k in order[:10]]


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    eat = when + dt.timedelta(hours=3)
    show = [s for s in SHOWS if s[0] <= when.hour][-1] if when.hour >= 3 else SHOWS[-1]
    song = SONGS[rng.randrange(len(SONGS))]
    st["onair"] = {"show": show[1], "host": show[2], "artist": song[0], "title": song[1],
                   "listeners": rng.randint(380, 2900), "at": eat.strftime("%H:%M")}
    st["hits"] = 1840 + int((when.date() - dt.date(2023, 6, 12)).days * 23.7) + rng.randint(0, 15)
    week = list(when.isocalendar()[:2])
    st["chart"] = p["chart"] if p.get("chart", {}).get("week") == week else {"week": week, "items": _chart(rng)}
    st["token"] = C.hexs(rng, 32)
    st["media"] = C.keep_or(rng, p.get("media"), 0.12, lambda: C.hexs(rng, 6))
    return st


LABELS = {"onair": "now-playing module inside the article body (show, song, listeners)",
          "hits": "article hits counter", "chart": "weekly Top 10 chart in the sidebar", "token": "Joomla csrf.token in script options",
          "media": "Joomla media version hash (update)"}


# ---------------------------------------------------------------- render

def _body(blocks, state):
    def attr(tag, kind):
        if tag == "table":
            return ' class="table table-striped table-bordered" style="border-collapse: collapse; width: 100%;"'
        return ""
    oa = state["onair"]
    module = """<div class="mod-nowplaying" id="mod-nowplaying-112">
<div class="mod-nowplaying__live"><span class="badge bg-danger">LIVE</span> <strong>Sasa Hewani:</strong> %s <span class="mod-nowplaying__host">na %s</span></div>
<div class="mod-nowplaying__song"><span class="icon-music" aria-hidden="true"></span> Wimbo unaocheza (%s): %s &ndash; %s</div>
<audio class="mod-nowplaying__player" controls preload="none" src="https://stream.mwambaofm.co.tz/live.mp3"></audio>
<div class="mod-nowplaying__listeners">Wasikilizaji mtandaoni: %s</div>
</div>""" % (K.esc(oa["show"]), K.esc(oa["host"]), oa["at"], K.esc(oa["artist"]), K.esc(oa["title"]),
             K.group(oa["listeners"]))
    first = K.render(blocks[:1], attr=attr)
    rest = K.render(blocks[1:], attr=attr, isep="\n")
    return first + "\n" + module + "\n" + rest


def render(state, blocks, when):
    media = state["media"]
    opts = {"joomla.jtext": {"ERROR": "Hitilafu", "MESSAGE": "Ujumbe", "NOTICE": "Taarifa", "WARNING": "Onyo",
                             "JCLOSE": "Funga", "JOK": "Sawa", "JOPEN": "Fungua"},
            "system.paths": {"root": "", "rootFull": "https://www.mwambaofm.co.tz/", "base": "",
                             "baseFull": "https://www.mwambaofm.co.tz/"},
            "csrf.token": state["token"]}
    opts_json = json.dumps(opts, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")
    menu = "\n".join('<li class="nav-item item-%d%s"><a href="%s" >%s</a></li>' % (n, c, h, x) for n, c, h, x in (
        (101, " default", "/", "Nyumbani"), (112, "", "/vipindi", "Vipindi"), (113, "", "/sikiliza-live", "Sikiliza Live"),
        (114, "", "/habari", "Habari"), (115, "", "/mashindano", "Mashindano"), (116, "", "/matangazo", "Tangaza Nasi"),
        (117, "", "/wasiliana-nasi", "Wasiliana Nasi")))
    chart = "\n".join('<li class="chart__item chart__item--%s"><span class="chart__pos">%d</span> <span class="chart__'
                      'title">%s</span> <span class="chart__artist">%s</span></li>' % (mv, n + 1, K.esc(t), K.esc(a))
                      for n, (a, t, mv) in enumerate(state["chart"]["items"]))
    y, w = state["chart"]["week"]
    return """<!DOCTYPE html>
<html lang="sw-tz" dir="ltr">
<head>
    <meta charset="utf-8">
	<meta name="author" content="Mhariri Mkuu">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="Sera ya faragha ya Mwambao FM 94.3: jinsi tunavyokusanya na kulinda taarifa binafsi za wasikilizaji.">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>Sera ya Faragha - Mwambao FM 94.3</title>
	<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
	<link href="/media/templates/site/cassiopeia/images/favicon.ico" rel="alternate icon" type="image/vnd.microsoft.icon">
	<link href="/media/system/css/joomla-fontawesome.min.css?%(m)s" rel="lazy-stylesheet"><noscript><link href="/media/system/css/joomla-fontawesome.min.css?%(m)s" rel="stylesheet"></noscript>
	<link href="/media/templates/site/cassiopeia/css/template.min.css?%(m)s" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?%(m)s" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia_mwambao/css/user.css?%(m)s" rel="stylesheet">
	<link href="/media/mod_nowplaying/css/nowplaying.css?%(m)s" rel="stylesheet">
	<style>:root {
		--hue: 196;
		--template-bg-light: #eef6f9;
		--template-text-dark: #16313d;
		--template-text-light: #ffffff;
		--template-link-color: #0a6f8f;
		--template-special-color: #0d4d63;
	}</style>
	<script src="/media/vendor/metismenujs/js/metismenujs.min.js?1.4.0" defer></script>
	<script src="/media/templates/site/cassiopeia/js/mod_menu/menu-metismenu.min.js?%(m)s" defer></script>
	<script type="application/json" class="joomla-script-options new">%(opts)s</script>
	<script src="/media/system/js/core.min.js?2cb912"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?%(m)s" type="module"></script>
	<script src="/media/vendor/bootstrap/js/collapse.min.js?5.3.3" type="module"></script>
	<script src="/media/system/js/messages.min.js?9a4811" type="module"></script>
	<script src="/media/mod_nowplaying/js/nowplaying.min.js?%(m)s" defer></script>
	<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"https://www.mwambaofm.co.tz/#/schema/Organization/base","name":"Mwambao FM 94.3","url":"https://www.mwambaofm.co.tz/"},{"@type":"WebSite","@id":"https://www.mwambaofm.co.tz/#/schema/WebSite/base","url":"https://www.mwambaofm.co.tz/","name":"Mwambao FM 94.3","publisher":{"@id":"https://www.mwambaofm.co.tz/#/schema/Organization/base"}},{"@type":"WebPage","@id":"https://www.mwambaofm.co.tz/#/schema/WebPage/base","url":"%(url)s","name":"Sera ya Faragha - Mwambao FM 94.3","isPartOf":{"@id":"https://www.mwambaofm.co.tz/#/schema/WebSite/base"},"inLanguage":"sw-TZ"},{"@type":"Article","@id":"https://www.mwambaofm.co.tz/#/schema/com_content/article/38","name":"Sera ya Faragha","headline":"Sera ya Faragha","inLanguage":"sw-TZ","isPartOf":{"@id":"https://www.mwambaofm.co.tz/#/schema/WebPage/base"}}]}</script>
	<!-- Global site tag (gtag.js) - Google Analytics -->
	<script async src="https://www.googletagmanager.com/gtag/js?id=G-W4T1ZQ8K3M"></script>
	<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-W4T1ZQ8K3M');</script>
</head>

<body class="site com_content wrapper-static view-article no-layout no-task itemid-187 has-sidebar-right">
	<header class="header container-header full-width">

					<div class="container-topbar">
			<div class="mod-custom custom banner-overlay" id="mod-custom131"><p><a href="/sikiliza-live"><span class="icon-broadcast" aria-hidden="true"></span> Sikiliza Mwambao FM 94.3 mubashara</a> &middot; Dar es Salaam 94.3 &middot; Tanga 101.7 &middot; Zanzibar 88.9</p></div>
			</div>

					<div class="grid-child">
				<div class="navbar-brand">
					<a class="brand-logo" href="/">
						<img loading="eager" decoding="async" src="https://www.mwambaofm.co.tz/images/nembo/mwambao-fm-nembo.png" alt="Mwambao FM 94.3" width="220" height="64">					</a>
											<div class="site-description">Sauti ya Pwani, Moyo wa Bongo</div>
									</div>
			</div>

					<div class="grid-child container-nav">
									<nav class="navbar navbar-expand-md" aria-label="Menyu Kuu">
    <button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Fungua menyu">
        <span class="icon-menu" aria-hidden="true"></span>
    </button>
    <div class="collapse navbar-collapse" id="navbar1">
<ul class="mod-menu mod-menu_dropdown-metismenu metismenu mod-list ">
%(menu)s
</ul>
</div>
</nav>

													<div class="container-search">
						<form class="mod-finder js-finder-searchform form-search" action="/tafuta" method="get" role="search">
    <label for="mod-finder-searchword120" class="visually-hidden finder">Tafuta</label><input type="text" name="q" id="mod-finder-searchword120" class="js-finder-search-query form-control" value="" placeholder="Tafuta...">
            </form>
					</div>
							</div>
			</header>

	<div class="site-grid">

		<div class="grid-child container-component">
			<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
    <ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">
                    <li class="mod-breadcrumbs__divider float-start">
                <span class="divider icon-location icon-fw" aria-hidden="true"></span>
            </li>
                                <li class="mod-breadcrumbs__item breadcrumb-item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Nyumbani</span></a><meta itemprop="position" content="1"></li>
                                <li class="mod-breadcrumbs__item breadcrumb-item active"><span>Sera ya Faragha</span><meta itemprop="position" content="2"></li>
            </ol>
    </nav>

			<div id="system-message-container" aria-live="polite"></div>

			<main>
			<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="sw-TZ">

		<div class="page-header">
		<h1 itemprop="headline">
			Sera ya Faragha		</h1>
							</div>

			<dl class="article-info text-muted">

			<dt class="article-info-term">
							Maelezo					</dt>

			<dd class="hits">
	<span class="icon-eye icon-fw" aria-hidden="true"></span>
	<meta itemprop="interactionCount" content="UserPageVisits:%(hits)d">
	Imesomwa: %(hits)d</dd>
			</dl>

					<div itemprop="articleBody" class="com-content-article__body">
		%(body)s	</div>

								</div>

			</main>

		</div>

				<div class="grid-child container-sidebar-right">
			<div class="sidebar-right card ">
			<h3 class="card-header ">Top 10 ya Wiki</h3>		<div class="card-body">
				<div id="mod-custom128" class="mod-custom custom mod-chart">
<p class="chart__week">Wiki ya %(w)d, %(y)d</p>
<ol class="chart">
%(chart)s
</ol>
<p><a href="/top-10">Piga kura kwa wimbo unaoupenda</a></p></div>
	</div>
</div>
<div class="sidebar-right card ">
			<h3 class="card-header ">Tufuate</h3>		<div class="card-body">
				<div id="mod-custom129" class="mod-custom custom"><p><a href="https://www.instagram.com/mwambaofm">Instagram</a> &middot; <a href="https://www.facebook.com/mwambaofm">Facebook</a> &middot; <a href="https://www.youtube.com/@mwambaofm">YouTube</a> &middot; <a href="https://whatsapp.com/channel/0029VaMwambaoFM943">WhatsApp Channel</a></p></div>
	</div>
</div>

		</div>

	</div>

			<footer class="container-footer footer full-width">
			<div class="grid-child">
				<div id="mod-custom130" class="mod-custom custom"><p>&copy; Mwambao Broadcasting Company Ltd. Leseni ya TCRA: Redio ya Kibiashara, Dar es Salaam. | <a href="/sera-ya-faragha">Sera ya Faragha</a> | <a href="/masharti-ya-matumizi">Masharti ya Matumizi</a> | <a href="/kanuni-za-mashindano">Kanuni za Mashindano</a></p></div>
			</div>
		</footer>

			<a href="#top" id="back-top" class="back-to-top-link" aria-label="Rudi Juu">
			<span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
		</a>

</body>
</html>
""" % dict(m=media, opts=opts_json, url=URL, menu=menu, hits=state["hits"], body=_body(blocks, state), chart=chart,
           w=w, y=y)


PAGE = {
    "service": "Mwambao FM",
    "url": URL,
    "lang": "sw",
    "platform": "Joomla 4/5, Cassiopeia template (com_content article), loadmodule plugin, custom modules",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "LiteSpeed"), ("X-Powered-By", "PHP/8.1.27"),
                      ("Cache-Control", "no-store, no-cache, must-revalidate"), ("Pragma", "no-cache"),
                      ("Expires", "Wed, 17 Aug 2005 00:00:00 GMT")),
    "n": 30,
    "start": dt.date(2023, 6, 12),
    "end": dt.date(2025, 9, 15),
    "hours": (3, 6, 10, 14, 17),
    "policy": POLICY,
    "first_updated": dt.date(2023, 5, 29),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "[itemprop=\"articleBody\"]", "remove": ".mod-nowplaying"},
}
