"""Kilimo Hewa: a Tanzanian weather and agro-advisory service for farmers (SMS, USSD, app), in Swahili; its site is
a Hugo static site on Netlify rebuilt every hour by a scheduled build that bakes in the forecasts.

Per visit (each capture sees another hourly build): the regional forecast strip at the top of the page (Dodoma,
Arusha, Mbeya, Mwanza, Morogoro: temperature, sky, rain chance, "Imesasishwa" time in EAT) and the footer's build
stamp. Sticky: the "Ushauri wa msimu" (advice of the season) box that the layout puts *inside* the declared
`article.ukurasa`, between the title and the text (curators remove it: `remove: .ushauri-msimu`); Hugo's
fingerprinted CSS/JS and the Hugo version after theme or Hugo upgrades.
"""
import base64
import datetime as dt
import hashlib
import html
import re

import common as C

URL = "https://kilimohewa.co.tz/sera-ya-faragha/"

MIEZI = ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba", "Novemba",
         "Desemba"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MIEZI[d.month - 1], d.year)


POLICY = """# Sera ya Faragha

Ilisasishwa mwisho: {UPDATED}

Kilimo Hewa ni huduma ya utabiri wa hali ya hewa kwa wakulima inayotolewa na Kilimo Hewa Limited ("sisi"). Tunatuma utabiri wa mvua, joto na upepo kwa ujumbe mfupi (SMS), kupitia menyu ya USSD, programu ya simu na tovuti hii, pamoja na ushauri wa kilimo unaoendana na hali ya hewa ya eneo lako.

Sera hii inaeleza taarifa binafsi tunazokusanya, jinsi tunavyozitumia na kuzilinda, na haki ulizonazo. Tunazingatia Sheria ya Ulinzi wa Taarifa Binafsi ya mwaka 2022 na kanuni zake.

## Sisi ni nani

@ Kilimo Hewa Limited
@ Kiwanja Na. 27, Barabara ya Kilimo, Area D
@ S.L.P. 1184, Dodoma, Tanzania
@ Barua pepe: faragha@kilimohewa.co.tz
@ Simu: +255 26 296 1450

## Taarifa tunazokusanya

### Unapojiandikisha

- jina lako na namba ya simu;
- mkoa, wilaya na kijiji au kata unapolima;
- mazao unayolima na msimu wa kupanda;
- lugha unayopendelea kupokea ujumbe (Kiswahili au Kiingereza).

### Unapotumia huduma

- eneo la shamba lako, ukiruhusu programu kutumia GPS, ili utabiri uwe sahihi zaidi;
- historia ya ujumbe tuliokutumia na majibu yako kwenye menyu ya USSD;
- taarifa za malipo ya huduma ya ziada (namba ya muamala ya M-Pesa, Tigo Pesa au Airtel Money, kiasi na tarehe); hatupokei kamwe namba yako ya siri (PIN);
- maswali unayotuma kwa wataalamu wetu wa kilimo na picha za mazao yako;
- taarifa za kifaa na matumizi ya programu (aina ya simu, toleo la programu, hitilafu).

## Jinsi tunavyotumia taarifa zako

- kukutumia utabiri wa kila siku na tahadhari za mvua kubwa, ukame au baridi kali kwa eneo lako;
- kukupa ushauri wa kupanda, kupalilia, kunyunyizia dawa na kuvuna kulingana na mazao yako;
- kujibu maswali yako na kutoa huduma kwa wateja;
- kupokea malipo ya huduma ya ziada "Kilimo Hewa Plus";
- kuboresha usahihi wa utabiri kwa kulinganisha na taarifa za mvua zinazotumwa na wakulima;
- kutengeneza takwimu za jumla zisizo na majina kuhusu mazao na hali ya hewa kwa ajili ya utafiti.

Hatuuzi taarifa zako binafsi kwa makampuni ya matangazo.

## Msingi wa kisheria

Tunachakata taarifa zako kwa misingi ifuatayo: ridhaa yako, unayoitoa unapojiandikisha kwa SMS, USSD au programu; utekelezaji wa makubaliano kati yako na sisi, kwa mfano unapolipia Kilimo Hewa Plus; wajibu wa kisheria, kwa mfano kuhifadhi kumbukumbu za malipo kwa ajili ya kodi; na maslahi yetu halali ya kuboresha huduma na kuzuia udanganyifu. Unaweza kuondoa ridhaa yako wakati wowote bila kuathiri uhalali wa uchakataji uliofanyika kabla.

## Ujumbe kutoka kwa washirika

Mara chache tunaweza kukutumia taarifa kuhusu mbegu, mbolea au mikopo ya pembejeo kutoka kwa washirika wetu, kama vile vyama vya ushirika au taasisi za fedha. Ujumbe huu hutumwa na sisi wenyewe; hatuwapi washirika namba yako ya simu. Ukituma neno MATANGAZO HAPANA kwenda 15420, hutapokea tena ujumbe wa aina hii.

## Wakulima waangalizi wa mvua

Baadhi ya wakulima hujitolea kuwa "waangalizi wa mvua": tunawapa kipimo cha mvua na kila asubuhi wanatutumia kiasi cha mvua iliyonyesha kwa SMS. Kwa waangalizi tunahifadhi pia eneo la kipimo na kumbukumbu ya vipimo vyao vyote. Vipimo hivi, bila jina la mwangalizi, tunavishirikisha na Mamlaka ya Hali ya Hewa Tanzania ili kuboresha ramani za mvua. Mwangalizi anaweza kuacha wakati wowote, na kipimo kinabaki kuwa mali yake.

## Ushauri kwa njia ya simu

Wanachama wa Kilimo Hewa Plus wanaweza kupiga simu kwa wataalamu wetu wa kilimo. Simu hizi hurekodiwa ili kuhakikisha ubora wa ushauri, na utaarifiwa kuhusu kurekodi mwanzoni mwa mazungumzo. Rekodi hizo husikilizwa tu na msimamizi wa wataalamu au pale unapowasilisha malalamiko.

## Tunashirikisha taarifa na nani

| Mshirika | Kazi | Nchi |
| Vodacom Tanzania PLC, Airtel Tanzania PLC, MIC Tanzania PLC (Tigo) | kutuma SMS na USSD, kupokea malipo kwa simu | Tanzania |
| Africa's Talking Ltd | lango la SMS na USSD | Kenya |
| Amazon Web Services | kuhifadhi data na kuendesha mifumo | Afrika Kusini |
| Netlify Inc. | kuendesha tovuti | Marekani |
| Mamlaka ya Hali ya Hewa Tanzania (TMA) | takwimu za mvua zisizo na majina | Tanzania |

Washirika hawa wanaruhusiwa kutumia taarifa zako kwa kazi tuliyowapa tu, kwa mujibu wa mikataba tuliyosaini nao. Tunaweza kutoa taarifa kwa vyombo vya dola pale sheria inapotutaka kufanya hivyo.

## Kuhamisha taarifa nje ya Tanzania

Baadhi ya washirika wetu wako nje ya Tanzania. Tunahamisha taarifa kwa kuzingatia masharti ya Sheria ya Ulinzi wa Taarifa Binafsi, na tunahakikisha kuwa kuna mikataba inayolinda taarifa zako kwa kiwango kisichopungua kile cha sheria hiyo.

## Muda wa kuhifadhi taarifa

| Taarifa | Muda |
| Usajili na mapendeleo | hadi utakapojiondoa, na miezi 6 baada ya hapo |
| Historia ya ujumbe na USSD | miezi 24 |
| Eneo la shamba (GPS) | hadi utakapojiondoa |
| Kumbukumbu za malipo | miaka 5 |
| Maswali, picha na rekodi za simu kwa wataalamu | miezi 12 |

## Haki zako

Una haki ya:

- kujua taarifa zako tunazohifadhi na kupata nakala yake;
- kuomba taarifa zisizo sahihi zirekebishwe;
- kuomba taarifa zako zifutwe;
- kupinga matumizi ya taarifa zako kwa ajili ya takwimu au utafiti;
- kujiondoa kwenye huduma wakati wowote kwa kutuma neno ACHA kwenda 15420 au kupitia menyu ya USSD *150*88#.

Kwa maombi mengine, tuandikie kwa [faragha@kilimohewa.co.tz](mailto:faragha@kilimohewa.co.tz). Tutakujibu ndani ya siku 30. Ikiwa hujaridhika na jibu letu, unaweza kuwasilisha malalamiko kwa Tume ya Ulinzi wa Taarifa Binafsi (PDPC).

## Watoto

Huduma zetu zimekusudiwa kwa wakulima wenye umri wa miaka 18 au zaidi. Hatukusanyi kwa makusudi taarifa za watoto.

## Vidakuzi kwenye tovuti

Tovuti hii haitumii vidakuzi (cookies) vya matangazo. Tunatumia Plausible Analytics, huduma ya takwimu isiyoweka vidakuzi wala kuhifadhi anwani kamili ya IP, ili kujua kurasa zinazotembelewa zaidi.

## Usalama wa taarifa

Taarifa zako zinahifadhiwa kwenye seva zilizosimbwa (encrypted), na ni wafanyakazi wachache tu wenye ruhusa maalum wanaoweza kuziona. Tunakagua usalama wa mifumo yetu angalau mara moja kwa mwaka. Ikitokea uvujaji wa taarifa unaoweza kukuathiri, tutaijulisha Tume ya Ulinzi wa Taarifa Binafsi na kukutumia SMS kukueleza kilichotokea na hatua tulizochukua.

## Mabadiliko ya sera hii

Tukibadilisha sera hii, tutachapisha toleo jipya kwenye ukurasa huu na, kwa mabadiliko makubwa, tutakutumia SMS kabla mabadiliko hayajaanza kutumika.
"""

EDITS = [
    {"note": "sentence added: registered with the Personal Data Protection Commission",
     "repl": [("Tunazingatia Sheria ya Ulinzi wa Taarifa Binafsi ya mwaka 2022 na kanuni zake.",
               "Tunazingatia Sheria ya Ulinzi wa Taarifa Binafsi ya mwaka 2022 na kanuni zake. Kilimo Hewa Limited "
               "imesajiliwa na Tume ya Ulinzi wa Taarifa Binafsi (PDPC) kama mkusanyaji na mchakataji wa taarifa "
               "binafsi.")]},
    {"note": "retention of SMS/USSD history shortened (24 -> 12 months)",
     "repl": [("| Historia ya ujumbe na USSD | miezi 24 |", "| Historia ya ujumbe na USSD | miezi 12 |")]},
    {"note": "Tigo renamed Yas: operator row and payment wallet renamed (Mixx by Yas)",
     "repl": [("MIC Tanzania PLC (Tigo)", "Honora Tanzania PLC (Yas)"),
              ("M-Pesa, Tigo Pesa au Airtel Money", "M-Pesa, Mixx by Yas au Airtel Money")]},
    {"note": "section added: weather alerts on a WhatsApp channel",
     "repl": [("## Ushauri kwa njia ya simu\n",
               "## Huduma ya WhatsApp\n\n"
               "Unaweza pia kupokea utabiri na tahadhari kupitia WhatsApp. Ukijiunga, WhatsApp (Meta Platforms) "
               "itachakata namba yako ya simu na ujumbe tunaokutumia kwa mujibu wa sera yake ya faragha. Hatutumii "
               "WhatsApp kukusanya malipo. Ili kujiondoa, tuma neno ACHA kwenye mazungumzo hayo.\n\n"
               "## Ushauri kwa njia ya simu\n")]},
    {"note": "postal address and phone number changed",
     "repl": [("@ S.L.P. 1184, Dodoma, Tanzania", "@ S.L.P. 2215, Dodoma, Tanzania"),
              ("@ Simu: +255 26 296 1450", "@ Simu: +255 737 110 450")]},
]

# ---------------------------------------------------------------- noise

REGIONS = [  # name, (min, max) in the dry/cool and hot months, wet months
    ("Dodoma", (16, 30), (19, 31), (12, 1, 2, 3, 4)),
    ("Arusha", (12, 24), (15, 28), (3, 4, 5, 11, 12)),
    ("Mbeya", (8, 21), (13, 25), (12, 1, 2, 3, 4)),
    ("Mwanza", (17, 27), (18, 29), (10, 11, 12, 3, 4, 5)),
    ("Morogoro", (17, 28), (21, 32), (3, 4, 5, 11, 12)),
]
ANGA_WET = ["Mvua nyepesi", "Mvua za radi", "Mawingu", "Mawingu kiasi", "Mvua za vipindi"]
ANGA_DRY = ["Jua", "Jua na mawingu kiasi", "Mawingu kiasi", "Upepo mkali, jua"]

USHAURI = {
    1: "Palilia mahindi mapema na weka mbolea ya kukuzia mvua zikiendelea kunyesha.",
    2: "Vuna maharage yaliyokomaa mapema ili yasioze shambani kwa sababu ya mvua.",
    3: "Masika yameanza: panda mahindi na maharage baada ya mvua za kwanza za uhakika.",
    4: "Mvua ni nyingi: chimba mifereji ili maji yasituame shambani.",
    5: "Masika yanaisha: safisha maghala na andaa viuatilifu vya kuhifadhi nafaka.",
    6: "Vuna mahindi yakiwa yamekauka vizuri na kausha hadi unyevu wa asilimia 13.",
    7: "Nyanda za juu kusini: linda miche ya mboga dhidi ya baridi kali usiku.",
    8: "Andaa mashamba kwa msimu wa vuli: safisha na lima mapema.",
    9: "Pima udongo kabla ya msimu na nunua mbegu bora zilizothibitishwa na TOSCI.",
    10: "Vuli inakaribia: panda mapema katika maeneo yenye misimu miwili ya mvua.",
    11: "Kagua mahindi dhidi ya viwavijeshi vamizi kila wiki na chukua hatua mapema.",
    12: "Panda pale udongo unapolowa hadi kina cha sentimita 15; usipande kwenye mvua ya kwanza pekee.",
}


def noise(rng, when, i, prev):
    p = prev or {}
    eat = when + dt.timedelta(hours=3)
    fc = []
    for name, cool, hot, wet in REGIONS:
        lo, hi = hot if eat.month in (10, 11, 12, 1, 2, 3) else cool
        is_wet = eat.month in wet
        fc.append((name, hi + rng.randint(-2, 2), lo + rng.randint(-2, 2),
                   rng.choice(ANGA_WET if is_wet and rng.random() < 0.7 else ANGA_DRY),
                   rng.choice([40, 50, 60, 70, 80, 90]) if is_wet else rng.choice([0, 5, 10, 10, 20])))

    def hugo():
        ver = "0.121.2" if when < dt.datetime(2024, 7, 1) else ("0.128.2" if when < dt.datetime(2025, 3, 1)
                                                                   else "0.145.0")
        css = hashlib.sha256(("css" + C.hexs(rng, 8)).encode()).digest()
        js = hashlib.sha256(("js" + C.hexs(rng, 8)).encode()).digest()
        return {"ver": ver, "css": css.hex(), "css_i": base64.b64encode(css).decode(), "js": js.hex(),
                "js_i": base64.b64encode(js).decode()}
    old = p.get("hugo")
    ver_now = "0.121.2" if when < dt.datetime(2024, 7, 1) else ("0.128.2" if when < dt.datetime(2025, 3, 1)
                                                                  else "0.145.0")
    hg = hugo() if old is None or old["ver"] != ver_now or rng.random() < 0.1 else old
    built = eat.replace(minute=0, second=0)
    return {"forecast": fc, "built": built.strftime("%Y-%m-%d %H:%M"), "ushauri": USHAURI[eat.month], "hugo": hg}


LABELS = {"forecast": "regional forecast strip (top of page)", "built": "hourly build stamp (strip + footer)",
          "ushauri": "season's advice box inside article.ukurasa (removed by the declaration)",
          "hugo": "Hugo fingerprinted assets / Hugo version"}

# ---------------------------------------------------------------- render


def _slug(t):
    t = re.sub(r"[^\w\s-]", "", t.lower())
    return re.sub(r"\s+", "-", t.strip())


def render(state, blocks, when):
    hg = state["hugo"]
    title = blocks[0][1]
    out = []
    for b in blocks[1:]:
        if b[0] in ("h2", "h3"):
            out.append('<%s id="%s">%s</%s>' % (b[0], _slug(b[1]), C.inline_html(b[1]), b[0]))
        else:
            out.append(C.block_html(b))
    body = "\n".join(out)
    strip = "".join('<li class="utabiri__mkoa"><span class="utabiri__jina">%s</span> <span class="utabiri__joto">%d°/%d°</span> '
                    '<span class="utabiri__anga">%s</span> <span class="utabiri__mvua" title="Uwezekano wa mvua">☔ %d%%</span></li>'
                    % (n, hi, lo, html.escape(a), r) for n, hi, lo, a, r in state["forecast"])
    built = state["built"]
    return """<!DOCTYPE html>
<html lang="sw-tz">
<head>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<title>Sera ya Faragha | Kilimo Hewa</title>
	<meta name="description" content="Jinsi Kilimo Hewa inavyokusanya, kutumia na kulinda taarifa binafsi za wakulima wanaotumia huduma zetu za utabiri.">
	<meta name="generator" content="Hugo %(ver)s">
	<link rel="canonical" href="%(url)s">
	<link rel="alternate" hreflang="en" href="https://kilimohewa.co.tz/en/privacy-policy/">
	<meta property="og:title" content="Sera ya Faragha">
	<meta property="og:type" content="article">
	<meta property="og:url" content="%(url)s">
	<meta property="og:site_name" content="Kilimo Hewa">
	<link rel="icon" href="/favicon.png">
	<link rel="stylesheet" href="/css/main.min.%(css)s.css" integrity="sha256-%(css_i)s" crossorigin="anonymous">
	<script defer data-domain="kilimohewa.co.tz" src="https://plausible.io/js/script.js"></script>
</head>
<body class="kind-page section-sera-ya-faragha">
	<div class="utabiri" role="region" aria-label="Utabiri wa leo">
		<div class="container utabiri__ndani">
			<span class="utabiri__lebo">Utabiri wa leo</span>
			<ul class="utabiri__orodha">%(strip)s</ul>
			<span class="utabiri__saa">Imesasishwa %(hh)s EAT</span>
			<a class="utabiri__zaidi" href="/utabiri/">Utabiri wa siku 10 &rarr;</a>
		</div>
	</div>
	<header class="site-header">
		<div class="container site-header__ndani">
			<a class="site-header__nembo" href="/" rel="home"><img src="/images/nembo-kilimo-hewa.svg" alt="Kilimo Hewa" width="168" height="40"></a>
			<nav class="site-nav" aria-label="Menyu kuu">
				<ul>
					<li><a href="/utabiri/">Utabiri</a></li>
					<li><a href="/ushauri/">Ushauri wa kilimo</a></li>
					<li><a href="/huduma-za-sms/">Huduma za SMS na USSD</a></li>
					<li><a href="/plus/">Kilimo Hewa Plus</a></li>
					<li><a href="/kuhusu-sisi/">Kuhusu sisi</a></li>
					<li><a href="/wasiliana-nasi/">Wasiliana nasi</a></li>
				</ul>
			</nav>
			<a class="btn btn--kijani" href="/jiunge/">Jiunge bure: *150*88#</a>
		</div>
	</header>
	<main id="main" class="main container">
		<article class="ukurasa">
			<header class="ukurasa__kichwa">
				<h1>%(title)s</h1>
			</header>
			<aside class="ushauri-msimu" aria-label="Ushauri wa msimu">
				<p class="ushauri-msimu__lebo">Ushauri wa msimu</p>
				<p>%(ushauri)s</p>
				<a href="/ushauri/">Soma ushauri zaidi</a>
			</aside>
			<div class="ukurasa__maudhui">
%(body)s
			</div>
		</article>
	</main>
	<footer class="site-footer">
		<div class="container site-footer__ndani">
			<div>
				<p class="site-footer__nembo">Kilimo Hewa</p>
				<p>Utabiri wa hali ya hewa na ushauri wa kilimo kwa wakulima wa Tanzania.</p>
			</div>
			<ul class="site-footer__viungo">
				<li><a href="/sera-ya-faragha/">Sera ya Faragha</a></li>
				<li><a href="/vigezo-na-masharti/">Vigezo na Masharti</a></li>
				<li><a href="/maswali/">Maswali yanayoulizwa mara kwa mara</a></li>
			</ul>
			<p class="site-footer__chini">&copy; %(year)d Kilimo Hewa Limited &middot; <span class="site-footer__build">Ukurasa umejengwa %(built)s EAT</span></p>
		</div>
	</footer>
	<script src="/js/main.min.%(js)s.js" integrity="sha256-%(js_i)s" crossorigin="anonymous" defer></script>
</body>
</html>
""" % {"ver": hg["ver"], "url": URL, "css": hg["css"], "css_i": hg["css_i"], "js": hg["js"], "js_i": hg["js_i"],
       "strip": strip, "hh": built[11:], "title": C.inline_html(title), "ushauri": html.escape(state["ushauri"]),
       "body": body, "year": when.year, "built": built}


PAGE = {
    "service": "Kilimo Hewa",
    "url": URL,
    "lang": "sw",
    "platform": "Hugo static site on Netlify, hourly scheduled rebuilds",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "Netlify"), ("Cache-Control", "public,max-age=0,must-revalidate"),
                      ("Strict-Transport-Security", "max-age=31536000")),
    "n": 29,
    "start": dt.date(2024, 1, 15),
    "end": dt.date(2025, 11, 20),
    "hours": (3, 9, 15, 21),
    "policy": POLICY,
    "first_updated": dt.date(2023, 12, 4),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "article.ukurasa", "remove": ".ushauri-msimu"},
}
