"""Egesha na Safiri (Swahili, Tanzania: park-and-ride car parks at the Dar es Salaam BRT terminals, paid by mobile
money), a Joomla site: Joomla 3.10 with a Protostar-based template until 2024-08-12, then Joomla 4.4 with a
Cassiopeia child template (new head, asset URLs and wrappers; `.item-page` kept). The article view shows the
article-info block (modified date and hit counter) inside `.item-page`; the login module's CSRF token, the latest
news module and the notices module sit around it."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import pkkit as K  # noqa: E402

POLICY = """
## Sera ya Faragha

Imesasishwa: {UPDATED}

Egesha na Safiri Limited ("Egesha na Safiri" au "sisi") inaendesha maegesho ya magari ya "egesha na safiri" (park and ride) katika vituo vya mabasi yaendayo haraka jijini Dar es Salaam. Sera hii inaeleza jinsi tunavyokusanya, kutumia, kuhifadhi na kulinda taarifa zako binafsi unapotumia maegesho yetu, tovuti hii na huduma ya malipo kwa simu, kwa mujibu wa Sheria ya Ulinzi wa Taarifa Binafsi ya mwaka 2022.

### 1. Taarifa tunazokusanya

- Namba ya usajili wa gari lako, inayosomwa na kamera wakati wa kuingia na kutoka;
- Namba ya simu unayotumia kulipia maegesho kwa M-Pesa, Tigo Pesa au Airtel Money;
- Muda wa kuingia na kutoka, kituo ulichoegesha na kiasi ulicholipa;
- Jina na namba ya kitambulisho cha taifa (NIDA) kwa wateja wa kadi za mwezi;
- Picha za kamera za usalama (CCTV) ndani ya maegesho;
- Taarifa unazotuma kupitia fomu ya mawasiliano ya tovuti hii.

### 2. Matumizi ya taarifa zako

- Kukokotoa na kupokea ada ya maegesho;
- Kutoa kadi za maegesho za mwezi na kutuma ujumbe wa kukumbusha kulipia;
- Kuhakikisha usalama wa magari na watu katika maegesho;
- Kushughulikia malalamko na maswali ya wateja;
- Kutimiza matakwa ya kisheria, ikiwemo kutoa stakabadhi za kielektroniki kupitia mfumo wa EFD wa Mamlaka ya Mapato Tanzania (TRA).

### 3. Tunaposhiriki taarifa zako

| Mpokeaji | Sababu |
| Vodacom Tanzania PLC (M-Pesa) | Malipo ya maegesho kwa simu |
| Honora Tanzania PLC (Tigo Pesa) | Malipo ya maegesho kwa simu |
| Airtel Tanzania PLC (Airtel Money) | Malipo ya maegesho kwa simu |
| Selcom Paytech Limited | Kuunganisha mifumo ya malipo |
| Mamlaka ya Mapato Tanzania (TRA) | Stakabadhi za kielektroniki |

Pia tunaweza kutoa taarifa kwa Jeshi la Polisi au mamlaka nyingine pale inapohitajika kisheria.

### 4. Muda wa kuhifadhi taarifa

Kumbukumbu za kuingia na kutoka pamoja na malipo huhifadhiwa kwa miaka 5 kwa madhumuni ya kodi na uhasibu. Picha za CCTV huhifadhiwa kwa siku 14, isipokuwa zinapohitajika kwa uchunguzi wa tukio. Taarifa za wateja wa kadi za mwezi hufutwa mwaka mmoja baada ya kadi kuisha muda wake.

### 5. Haki zako

Una haki ya kuomba kuona taarifa zako, kuzirekebisha zikiwa si sahihi, kuomba zifutwe, na kupinga matumizi yake kwa madhumuni ya matangazo. Ili kutumia haki hizi, wasiliana nasi kupitia anwani iliyo hapa chini. Ikiwa hujaridhika na majibu yetu, unaweza kuwasilisha malalamiko kwa Tume ya Ulinzi wa Taarifa Binafsi (PDPC).

### 6. Usalama wa taarifa

Tunatumia hatua za kiufundi na za kiutawala kulinda taarifa zako, ikiwemo usimbaji fiche wa mawasiliano na kuzuia watu wasioidhinishwa kufikia mifumo yetu.

### 7. Wasiliana nasi

@ Egesha na Safiri Limited
@ Jengo la Kituo cha Kimara, Barabara ya Morogoro, S.L.P. 31457, Dar es Salaam
@ Simu: +255 22 245 7810
@ Barua pepe: [faragha@egeshasafiri.co.tz](mailto:faragha@egeshasafiri.co.tz)
"""

EDITS = [
    {"note": "CCTV retention changed from 14 to 30 days",
     "repl": [("Picha za CCTV huhifadhiwa kwa siku 14", "Picha za CCTV huhifadhiwa kwa siku 30")]},
    {"note": "typo fixed (malalamko -> malalamiko), date unchanged", "bump": False,
     "repl": [("Kushughulikia malalamko na", "Kushughulikia malalamiko na")]},
    {"note": "sentence added: registration with the Personal Data Protection Commission",
     "repl": [("ya mwaka 2022.\n",
               "ya mwaka 2022. Egesha na Safiri imesajiliwa na Tume ya Ulinzi wa Taarifa Binafsi kama mkusanyaji "
               "na mchakataji wa taarifa binafsi.\n")]},
    {"note": "list item added: location data from the new mobile app",
     "repl": [("- Picha za kamera za usalama (CCTV) ndani ya maegesho;\n",
               "- Picha za kamera za usalama (CCTV) ndani ya maegesho;\n- Mahali ulipo, unapotumia programu yetu ya "
               "simu kutafuta nafasi za maegesho na ukiwa umeruhusu;\n")]},
    {"note": "mobile-money processor renamed after the Tigo -> Yas rebrand (Tigo Pesa -> Mixx by Yas), list and table",
     "repl": [("kwa M-Pesa, Tigo Pesa au Airtel Money", "kwa M-Pesa, Mixx by Yas au Airtel Money"),
              ("| Honora Tanzania PLC (Tigo Pesa) |", "| Honora Tanzania PLC (Mixx by Yas) |")]},
    {"note": "phone number changed",
     "repl": [("@ Simu: +255 22 245 7810", "@ Simu: +255 755 400 120")]},
]

UPGRADE = dt.datetime(2024, 8, 12, 7, 0, 0)

NEWS = [
    (dt.date(2023, 4, 3), 41, "maegesho-mapya-mbezi", "Maegesho mapya yafunguliwa kituo cha Mbezi"),
    (dt.date(2023, 7, 18), 43, "kadi-za-mwezi", "Kadi za maegesho za mwezi sasa zinapatikana kwa simu"),
    (dt.date(2023, 10, 9), 46, "saa-za-kazi", "Mabadiliko ya saa za kazi za maegesho ya Ubungo"),
    (dt.date(2024, 1, 22), 49, "viwango-2024", "Viwango vipya vya ada ya maegesho kuanzia Februari 2024"),
    (dt.date(2024, 5, 6), 52, "mvua", "Tahadhari: mvua za masika na maegesho ya Jangwani"),
    (dt.date(2024, 8, 26), 55, "tovuti-mpya", "Karibu kwenye tovuti yetu iliyoboreshwa"),
    (dt.date(2024, 11, 25), 58, "mixx-by-yas", "Tigo Pesa sasa ni Mixx by Yas: malipo yanaendelea kama kawaida"),
    (dt.date(2025, 2, 10), 61, "programu", "Pakua programu ya Egesha na Safiri"),
    (dt.date(2025, 5, 19), 63, "kimara-ukarabati", "Ukarabati wa maegesho ya Kimara"),
]

NOTICES = [
    (dt.date(2023, 12, 20), dt.date(2024, 1, 2), "Maegesho yatakuwa wazi saa 24 katika kipindi cha sikukuu za Krismasi na Mwaka Mpya."),
    (dt.date(2024, 4, 1), dt.date(2024, 5, 15), "Kutokana na mvua kubwa, maegesho ya Jangwani yamefungwa kwa muda. Tumia maegesho ya Kimara au Ubungo."),
    (dt.date(2024, 8, 12), dt.date(2024, 9, 15), "Tovuti yetu imeboreshwa. Ukiona tatizo lolote tafadhali tujulishe."),
    (dt.date(2025, 5, 15), dt.date(2025, 6, 30), "Sehemu ya maegesho ya Kimara imefungwa kwa ukarabati hadi mwisho wa Juni."),
]

J3_MEDIA = [(dt.date(2022, 1, 1), "3.10.11", "a7c2b08e3f9d41b6c5e0d8f2a13b7c64"),
            (dt.date(2023, 6, 6), "3.10.12", "f1d94c07b2e85a3d6c0b9e4f7a21d583")]
J4_MEDIA = [(dt.date(2024, 8, 12), "4.4.6", "e39b1c5a8d4f2b07"), (dt.date(2024, 10, 8), "4.4.9", "5a0d7e2c9b3f41e8"),
            (dt.date(2025, 2, 18), "4.4.11", "b8e24f6d1c0a9735"), (dt.date(2025, 4, 8), "4.4.13", "0c9f3a7e5d2b8146")]

_SAVES = {}  # text version -> when it was saved (epoch)
_LAST = {}   # capture index -> previous capture time


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["sw"][d.month - 1], d.year)


def noise(rng, when, i, prev):
    p = prev or {}
    last = K.prev_when("EgeshaSafiri", i, when)
    days = (when.date() - dt.date(2021, 9, 1)).days
    resave = p.get("resave")
    if resave is None or rng.random() < 0.08:  # an editor opens and saves the article without changing the text
        resave = C.epoch(K.between(rng, last, when, min_gap=600)) if last else 0
    _LAST[i] = last
    return {
        "token": C.hexs(rng, 32),
        "hits": 2150 + days * 11 + rng.randint(0, 9),
        "resave": resave,
    }


LABELS = {
    "token": "CSRF token (login module hidden input, joomla-script-options)",
    "hits": "article hit counter (INSIDE .item-page, in .article-info; removed by the declaration)",
    "resave": "article 'modified' date re-saved without text change (INSIDE .item-page, in .article-info; removed)",
    "modified": "article 'modified' date (INSIDE .item-page, in .article-info; removed)",
    "joomla": "Joomla version: media version hashes; Joomla 3.10 -> 4.4 upgrade on 2024-08-12",
    "news": "latest news module (Habari Mpya)",
    "notice": "notices module (Tangazo)",
}


def _body(blocks, j4):
    def table(rows, inl):
        head = "".join('<th scope="col">%s</th>' % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        cls = "table table-striped" if j4 else "table table-bordered"
        return '<table class="%s"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (cls, head, body)

    return K.render_blocks(blocks, table=table, sep="\n")


def render(state, blocks, when):
    loc, _ = K.local(when, "eat")
    j4 = when >= UPGRADE
    key = C.det_sha(repr(blocks))
    if key not in _SAVES:
        last = _LAST[max(_LAST)]  # the capture being rendered is the last one noise() saw
        lo = last or (when - dt.timedelta(days=60))
        _SAVES[key] = C.epoch(lo) + (int(key[:8], 16) % max(1, C.epoch(when) - C.epoch(lo) - 120)) + 60
    modified = max(_SAVES[key], state["resave"])
    state["modified"] = modified
    mod_dt = dt.datetime(1970, 1, 1) + dt.timedelta(seconds=modified + 3 * 3600)
    mod_iso = mod_dt.strftime("%Y-%m-%dT%H:%M:%S+03:00")
    mod_txt = fmt_date(mod_dt.date())
    title, body = blocks[0][1], blocks[1:]
    token = state["token"]
    hits = state["hits"]
    news = K.latest([(d, iid, a, t) for d, iid, a, t in NEWS], loc, 4)
    state["news"] = tuple(n[1] for n in news)
    nts = [n for n in NOTICES if n[0] <= loc.date() <= n[1]]
    state["notice"] = nts[-1][2] if nts else None
    u = "https://www.egeshasafiri.co.tz"
    if not j4:
        ver, mv = [v[1:] for v in J3_MEDIA if v[0] <= when.date()][-1]
        state["joomla"] = ver
        news_html = "\n".join('\t<li itemscope itemtype="https://schema.org/Article">\n\t\t<a href="/index.php/habari/%d-%s" '
                              'itemprop="url">\n\t\t\t<span itemprop="name">\n\t\t\t\t%s\t\t\t</span>\n\t\t</a>\n\t</li>'
                              % (iid, a, K.esc(t)) for d, iid, a, t in news)
        notice = ('<div class="moduletable tangazo">\n\t\t\t\t\t\t\t<h3>Tangazo</h3>\n\t\t\t\t\t\t\n\n<div class="custom tangazo"  >\n\t'
                  '<p><strong>%s</strong></p></div>\n\t\t</div>' % K.esc(state["notice"])) if state["notice"] else ""
        return """<!DOCTYPE html>
<html lang="sw-tz" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="%(u)s/index.php/sera-ya-faragha" />
	<meta name="author" content="Msimamizi" />
	<meta name="description" content="Maegesho ya egesha na safiri katika vituo vya mabasi yaendayo haraka, Dar es Salaam." />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>Sera ya Faragha - Egesha na Safiri</title>
	<link href="/templates/egesha/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/templates/egesha/css/template.css?%(mv)s" rel="stylesheet" />
	<link href="https://fonts.googleapis.com/css?family=Open+Sans" rel="stylesheet" />
	<style>

	h1, h2, h3, h4, h5, h6, .site-title {
		font-family: 'Open Sans', sans-serif;
	}
	body.site {
		border-top: 3px solid #0a7d3e;
		background-color: #f4f6f5;
	}
	a {
		color: #0a7d3e;
	}
	</style>
	<script type="application/json" class="joomla-script-options new">{"csrf.token":"%(token)s","system.paths":{"root":"","base":""},"system.keepalive":{"interval":840000,"uri":"\\/index.php\\/component\\/ajax\\/?format=json"}}</script>
	<script src="/media/jui/js/jquery.min.js?%(mv)s"></script>
	<script src="/media/jui/js/jquery-noconflict.js?%(mv)s"></script>
	<script src="/media/jui/js/jquery-migrate.min.js?%(mv)s"></script>
	<script src="/media/system/js/caption.js?%(mv)s"></script>
	<script src="/media/jui/js/bootstrap.min.js?%(mv)s"></script>
	<script src="/templates/egesha/js/template.js?%(mv)s"></script>
	<!--[if lt IE 9]><script src="/media/jui/js/html5.js?%(mv)s"></script><![endif]-->
	<script src="/media/system/js/core.js?%(mv)s"></script>
	<!--[if lt IE 9]><script src="/media/system/js/polyfill.event.js?%(mv)s"></script><![endif]-->
	<script src="/media/system/js/keepalive.js?%(mv)s"></script>
	<script>
jQuery(window).on('load',  function() {
				new JCaption('img.caption');
			});
	</script>

</head>
<body class="site com_content view-article no-layout no-task itemid-112">
	<!-- Body -->
	<div class="body" id="top">
		<div class="container">
			<!-- Header -->
			<header class="header" role="banner">
				<div class="header-inner clearfix">
					<a class="brand pull-left" href="/">
						<img src="%(u)s/images/nembo-egesha.png" alt="Egesha na Safiri" />											</a>
					<div class="header-search pull-right">
						<div class="search">
	<form action="/index.php/sera-ya-faragha" method="post" class="form-inline" role="search">
		<label for="mod-search-searchword93" class="element-invisible">Tafuta...</label> <input name="searchword" id="mod-search-searchword93" maxlength="200"  class="inputbox search-query input-medium" type="search" placeholder="Tafuta..." />		<input type="hidden" name="task" value="search" />
		<input type="hidden" name="option" value="com_search" />
		<input type="hidden" name="Itemid" value="112" />
	</form>
</div>

					</div>
				</div>
			</header>
							<nav class="navigation" role="navigation">
					<div class="navbar pull-left">
						<a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse">
							<span class="element-invisible">Toggle Navigation</span>
							<span class="icon-bar"></span>
							<span class="icon-bar"></span>
							<span class="icon-bar"></span>
						</a>
					</div>
					<div class="nav-collapse">
						<ul class="nav menu nav-pills mod-list">
<li class="item-101 default"><a href="/index.php" >Mwanzo</a></li><li class="item-108"><a href="/index.php/vituo" >Vituo vya Maegesho</a></li><li class="item-109"><a href="/index.php/ada" >Ada za Maegesho</a></li><li class="item-110"><a href="/index.php/kadi-za-mwezi" >Kadi za Mwezi</a></li><li class="item-111"><a href="/index.php/habari" >Habari</a></li><li class="item-113"><a href="/index.php/wasiliana-nasi" >Wasiliana Nasi</a></li></ul>

					</div>
				</nav>
						
			<div class="row-fluid">
								<main id="content" role="main" class="span9">
					<!-- Begin Content -->
					
					<div id="system-message-container">
	</div>

					<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="sw-TZ" />
	
		
			<div class="page-header">
		<h2 itemprop="headline">
			%(title)s		</h2>
							</div>
					
		
						<dl class="article-info muted">

		
			<dt class="article-info-term">
									Maelezo							</dt>

			
			
			
			
			
		
												<dd class="modified">
				<span class="icon-calendar" aria-hidden="true"></span>
				<time datetime="%(mod_iso)s" itemprop="dateModified">
					Imesasishwa: %(mod_txt)s				</time>
			</dd>			
										<dd class="hits">
					<span class="icon-eye-open" aria-hidden="true"></span>
					<meta itemprop="interactionCount" content="UserPageVisits:%(hits)d" />
					Imesomwa mara: %(hits)d			</dd>						</dl>
	
	
		
								<div itemprop="articleBody">
		%(body)s	</div>

	
							</div>

					<div class="clearfix"></div>
					
					<!-- End Content -->
				</main>
									<div id="aside" class="span3">
						<!-- Begin Right Sidebar -->
						%(notice)s
<div class="well "><h3 class="page-header">Habari Mpya</h3><ul class="latestnews mod-list">
%(news)s
</ul>
</div><div class="well "><h3 class="page-header">Ingia</h3><form action="/index.php/sera-ya-faragha" method="post" id="login-form" class="form-inline">
		<div class="userdata">
		<div id="form-login-username" class="control-group">
			<div class="controls">
									<div class="input-prepend">
						<span class="add-on">
							<span class="icon-user hasTooltip" title="Jina la mtumiaji"></span>
							<label for="modlgn-username" class="element-invisible">Jina la mtumiaji</label>
						</span>
						<input id="modlgn-username" type="text" name="username" class="input-small" tabindex="0" size="18" placeholder="Jina la mtumiaji" />
					</div>
							</div>
		</div>
		<div id="form-login-password" class="control-group">
			<div class="controls">
									<div class="input-prepend">
						<span class="add-on">
							<span class="icon-lock hasTooltip" title="Nenosiri">
							</span>
								<label for="modlgn-passwd" class="element-invisible">Nenosiri							</label>
						</span>
						<input id="modlgn-passwd" type="password" name="password" class="input-small" tabindex="0" size="18" placeholder="Nenosiri" />
					</div>
							</div>
		</div>
						<div id="form-login-submit" class="control-group">
			<div class="controls">
				<button type="submit" tabindex="0" name="Submit" class="btn btn-primary login-button">Ingia</button>
			</div>
		</div>
					<input type="hidden" name="option" value="com_users" />
		<input type="hidden" name="task" value="user.login" />
		<input type="hidden" name="return" value="aHR0cHM6Ly93d3cuZWdlc2hhc2FmaXJpLmNvLnR6L2luZGV4LnBocC9zZXJhLXlhLWZhcmFnaGE=" />
		<input type="hidden" name="%(token)s" value="1" />	</div>
	</form>
</div>
						<!-- End Right Sidebar -->
					</div>
							</div>
		</div>
	</div>
	<!-- Footer -->
	<footer class="footer" role="contentinfo">
		<div class="container">
			<hr />
			

<div class="custom"  >
	<p>Egesha na Safiri Limited · Jengo la Kituo cha Kimara, Barabara ya Morogoro, Dar es Salaam · <a href="/index.php/sera-ya-faragha">Sera ya Faragha</a> · <a href="/index.php/vigezo-na-masharti">Vigezo na Masharti</a></p></div>

			<p class="pull-right">
				<a href="#top" id="back-top">
					Rudi juu				</a>
			</p>
			<p>
				&copy; %(year)d Egesha na Safiri			</p>
		</div>
	</footer>
	
<!--Start of Tawk.to Script-->
<script type="text/javascript">
var Tawk_API=Tawk_API||{}, Tawk_LoadStart=new Date();
(function(){
var s1=document.createElement("script"),s0=document.getElementsByTagName("script")[0];
s1.async=true;
s1.src='https://embed.tawk.to/63f1a2b4c5d6e7f8a9b0c1d2/1gpk3r8sa';
s1.charset='UTF-8';
s1.setAttribute('crossorigin','*');
s0.parentNode.insertBefore(s1,s0);
})();
</script>
<!--End of Tawk.to Script-->
</body>
</html>
""" % {"u": u, "mv": mv, "token": token, "title": K.esc(title), "mod_iso": mod_iso, "mod_txt": mod_txt, "hits": hits,
           "body": _body(body, False), "notice": notice, "news": news_html, "year": loc.year}
    ver, mv = [v[1:] for v in J4_MEDIA if v[0] <= when.date()][-1]
    state["joomla"] = ver
    news_html = "\n".join('\t<li itemscope itemtype="https://schema.org/Article">\n\t\t<a href="/habari/%d-%s" itemprop="url">'
                          '\n\t\t\t<span itemprop="name">\n\t\t\t\t%s\t\t\t</span>\n\t\t</a>\n\t</li>' % (iid, a, K.esc(t))
                          for d, iid, a, t in news)
    notice = ('<div class="sidebar-right card tangazo">\n\t\t\t<h3 class="card-header ">Tangazo</h3>\t\t<div class="card-body">\n'
              '\t\t\t\t<div id="mod-custom118" class="mod-custom custom">\n    <p><strong>%s</strong></p></div>\n\t</div>\n</div>'
              % K.esc(state["notice"])) if state["notice"] else ""
    return """<!DOCTYPE html>
<html lang="sw-tz" dir="ltr">

<head>
    <meta charset="utf-8">
	<meta name="author" content="Msimamizi">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="Maegesho ya egesha na safiri katika vituo vya mabasi yaendayo haraka, Dar es Salaam.">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>Sera ya Faragha - Egesha na Safiri</title>
	<link href="/media/templates/site/cassiopeia_egesha/images/favicon.ico" rel="alternate icon" type="image/vnd.microsoft.icon">
	<link href="/media/system/images/joomla-favicon-pinned.svg" rel="mask-icon" color="#000">

    <link href="/media/system/css/joomla-fontawesome.min.css?%(mv)s" rel="lazy-stylesheet" /><noscript><link href="/media/system/css/joomla-fontawesome.min.css?%(mv)s" rel="stylesheet" /></noscript>
	<link href="/media/templates/site/cassiopeia/css/template.min.css?%(mv)s" rel="stylesheet" />
	<link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?%(mv)s" rel="stylesheet" />
	<link href="/media/templates/site/cassiopeia_egesha/css/user.css?%(mv)s" rel="stylesheet" />
	<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet" />
	<style>:root {
		--hue: 148;
		--template-bg-light: #f4f6f5;
		--template-text-dark: #495057;
		--template-text-light: #ffffff;
		--template-link-color: #0a7d3e;
		--template-special-color: #001B4C;
		
	}</style>

    <script src="/media/vendor/metismenujs/js/metismenujs.min.js?1.4.0" defer></script>
	<script src="/media/templates/site/cassiopeia/js/mod_menu/menu-metismenu.min.js?%(mv)s" defer></script>
	<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Hitilafu","MESSAGE":"Ujumbe","NOTICE":"Taarifa","WARNING":"Onyo","JCLOSE":"Funga","JOK":"Sawa","JOPEN":"Fungua"},"system.paths":{"root":"","rootFull":"https:\\/\\/www.egeshasafiri.co.tz\\/","base":"","baseFull":"https:\\/\\/www.egeshasafiri.co.tz\\/"},"csrf.token":"%(token)s","system.keepalive":{"interval":840000,"uri":"\\/component\\/ajax\\/?format=json"}}</script>
	<script src="/media/system/js/core.min.js?%(mv)s"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?%(mv)s" type="module"></script>
	<script src="/media/system/js/keepalive.min.js?%(mv)s" type="module"></script>
	<script src="/media/system/js/messages.min.js?%(mv)s" type="module"></script>
	<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"%(u)s/#/schema/Organization/base","name":"Egesha na Safiri","url":"%(u)s/"},{"@type":"WebSite","@id":"%(u)s/#/schema/WebSite/base","url":"%(u)s/","name":"Egesha na Safiri","publisher":{"@id":"%(u)s/#/schema/Organization/base"}},{"@type":"WebPage","@id":"%(u)s/#/schema/WebPage/base","url":"%(u)s/sera-ya-faragha","name":"Sera ya Faragha - Egesha na Safiri","isPartOf":{"@id":"%(u)s/#/schema/WebSite/base"},"about":{"@id":"%(u)s/#/schema/Organization/base"},"inLanguage":"sw-TZ"},{"@type":"Article","@id":"%(u)s/#/schema/com_content/article/7","name":"Sera ya Faragha","headline":"Sera ya Faragha","inLanguage":"sw-TZ","dateModified":"%(mod_iso)s","interactionStatistic":{"@type":"InteractionCounter","userInteractionCount":%(hits)d},"isPartOf":{"@id":"%(u)s/#/schema/WebPage/base"}}]}</script>

</head>

<body class="site com_content wrapper-static view-article no-layout no-task itemid-112 has-sidebar-right">
    <header class="header container-header full-width">

        
        
                    <div class="grid-child">
                <div class="navbar-brand">
                    <a class="brand-logo" href="/">
                        <img loading="eager" decoding="async" src="%(u)s/images/nembo-egesha.png" alt="Egesha na Safiri" width="240" height="60">                    </a>
                                    </div>
            </div>
        
                    <div class="grid-child container-nav">
                                    
<nav class="navbar navbar-expand-md" aria-label="Menyu Kuu">
    <button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Toggle Navigation">
        <span class="icon-menu" aria-hidden="true"></span>
    </button>
    <div class="collapse navbar-collapse" id="navbar1">
<ul class="mod-menu mod-menu_dropdown-metismenu metismenu mod-list ">
<li class="metismenu-item item-101 level-1 default"><a href="/" >Mwanzo</a></li><li class="metismenu-item item-108 level-1"><a href="/vituo" >Vituo vya Maegesho</a></li><li class="metismenu-item item-109 level-1"><a href="/ada" >Ada za Maegesho</a></li><li class="metismenu-item item-110 level-1"><a href="/kadi-za-mwezi" >Kadi za Mwezi</a></li><li class="metismenu-item item-111 level-1"><a href="/habari" >Habari</a></li><li class="metismenu-item item-113 level-1"><a href="/wasiliana-nasi" >Wasiliana Nasi</a></li></ul>
</div>
</nav>

                                                    <div class="container-search">
                        
<form class="mod-finder js-finder-searchform form-search" action="/tafuta" method="get" role="search">
    <label for="mod-finder-searchword93" class="visually-hidden finder">Tafuta</label><input type="text" name="q" id="mod-finder-searchword93" class="js-finder-search-query form-control" value="" placeholder="Tafuta...">
            </form>

                    </div>
                            </div>
            </header>

    <div class="site-grid">

        
        
        
        
        <div class="grid-child container-component">
            
            
            <div id="system-message-container" aria-live="polite"></div>

            <main>
            <div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
    <meta itemprop="inLanguage" content="sw-TZ">
    
    
        <div class="page-header">
        <h2 itemprop="headline">
            %(title)s        </h2>
                            </div>
        
        
            <dl class="article-info text-muted">

            <dt class="article-info-term">
                        Maelezo                    </dt>

        
        
        
        
        
    
                        <dd class="modified">
    <span class="icon-calendar icon-fw" aria-hidden="true"></span>
    <time datetime="%(mod_iso)s" itemprop="dateModified">
        Imesasishwa: %(mod_txt)s    </time>
</dd>
            
                    <dd class="hits">
    <span class="icon-eye icon-fw" aria-hidden="true"></span>
    <meta itemprop="interactionCount" content="UserPageVisits:%(hits)d">
    Imesomwa mara: %(hits)d</dd>
            </dl>
    
    
        
                                                <div itemprop="articleBody" class="com-content-article__body">
        %(body)s    </div>

        
                                        </div>

            </main>
            
        </div>

                <div class="grid-child container-sidebar-right">
            %(notice)s
<div class="sidebar-right card ">
            <h3 class="card-header ">Habari Mpya</h3>        <div class="card-body">
                <ul class="mod-articleslatest latestnews mod-list">
%(news)s
</ul>
    </div>
</div>
<div class="sidebar-right card ">
            <h3 class="card-header ">Ingia</h3>        <div class="card-body">
                <form id="login-form-16" class="mod-login" action="/sera-ya-faragha" method="post">

    <div class="mod-login__userdata userdata">
        <div class="mod-login__username form-group">
                            <div class="input-group">
                    <input id="modlgn-username-16" type="text" name="username" class="form-control" autocomplete="username" placeholder="Jina la mtumiaji">
                    <label for="modlgn-username-16" class="visually-hidden">Jina la mtumiaji</label>
                    <span class="input-group-text" title="Jina la mtumiaji">
                        <span class="icon-user icon-fw" aria-hidden="true"></span>
                    </span>
                </div>
                    </div>

        <div class="mod-login__password form-group">
                            <div class="input-group">
                    <input id="modlgn-passwd-16" type="password" name="password" autocomplete="current-password" class="form-control" placeholder="Nenosiri">
                    <label for="modlgn-passwd-16" class="visually-hidden">Nenosiri</label>
                </div>
                    </div>

        <div class="mod-login__submit form-group">
            <button type="submit" name="Submit" class="btn btn-primary w-100">Ingia</button>
        </div>

                <input type="hidden" name="option" value="com_users">
        <input type="hidden" name="task" value="user.login">
        <input type="hidden" name="return" value="aHR0cHM6Ly93d3cuZWdlc2hhc2FmaXJpLmNvLnR6L3NlcmEteWEtZmFyYWdoYQ==">
        <input type="hidden" name="%(token)s" value="1">    </div>
    </form>
    </div>
</div>

        </div>
        
        
            </div>

            <footer class="container-footer footer full-width">
            <div class="grid-child">
                <div id="mod-custom109" class="mod-custom custom">
    <p>Egesha na Safiri Limited · Jengo la Kituo cha Kimara, Barabara ya Morogoro, Dar es Salaam · <a href="/sera-ya-faragha">Sera ya Faragha</a> · <a href="/vigezo-na-masharti">Vigezo na Masharti</a></p></div>

            </div>
        </footer>
    
                <a href="#top" id="back-top" class="back-to-top-link" aria-label="Rudi juu">
            <span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
        </a>
    
    
<!--Start of Tawk.to Script-->
<script type="text/javascript">
var Tawk_API=Tawk_API||{}, Tawk_LoadStart=new Date();
(function(){
var s1=document.createElement("script"),s0=document.getElementsByTagName("script")[0];
s1.async=true;
s1.src='https://embed.tawk.to/63f1a2b4c5d6e7f8a9b0c1d2/1gpk3r8sa';
s1.charset='UTF-8';
s1.setAttribute('crossorigin','*');
s0.parentNode.insertBefore(s1,s0);
})();
</script>
<!--End of Tawk.to Script-->
</body>
</html>
""" % {"u": u, "mv": mv, "token": token, "title": K.esc(title), "mod_iso": mod_iso, "mod_txt": mod_txt, "hits": hits,
       "body": _body(body, True), "notice": notice, "news": news_html}


PAGE = {
    "service": "EgeshaSafiri",
    "url": "https://www.egeshasafiri.co.tz/index.php/sera-ya-faragha",
    "lang": "sw",
    "platform": "Joomla 3.10 (Protostar-based template), upgraded to Joomla 4.4 (Cassiopeia child) on 2024-08-12",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Apache"), ("X-Powered-By", "PHP/7.4.33"), ("Pragma", "no-cache"),
                      ("Cache-Control", "no-store, no-cache, must-revalidate, post-check=0, pre-check=0"),
                      ("Expires", "Wed, 17 Aug 2005 00:00:00 GMT")],
    "n": 30,
    "start": dt.date(2023, 9, 4),
    "end": dt.date(2025, 7, 25),
    "hours": (3, 9, 15, 21),
    "policy": POLICY,
    "first_updated": dt.date(2023, 2, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.egeshasafiri.co.tz/index.php/sera-ya-faragha",
        "select": ".item-page",
        "remove": ".article-info",
    },
}
