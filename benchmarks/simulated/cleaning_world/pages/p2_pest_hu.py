"""Rovarstop - hu pest control (Budapest) - WordPress + Divi 4 (classic page, right sidebar), Post Views Counter,
CookieYes. The view counter is appended to .entry-content (inside the selection, removed)."""
import datetime as dt
import hashlib
import os
import sys

import common as C

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cwkit as K  # noqa: E402

URL = "https://rovarstop.hu/adatkezelesi-tajekoztato/"


def fmt_date(d):
    return "%d. %s %d." % (d.year, K.MONTHS["hu"][d.month - 1], d.day)


POLICY = K.unwrap("""
# Adatkezelési tájékoztató

Utolsó módosítás: {UPDATED}

A Rovarstop Kft. (a továbbiakban: Adatkezelő) rovar- és rágcsálóirtást, ágyipoloska-mentesítést,
darázsfészek-eltávolítást és megelőző kártevőmentesítési szolgáltatást nyújt magánszemélyeknek, társasházaknak és
vállalkozásoknak Budapesten és Pest megyében. Ez a tájékoztató bemutatja, hogyan kezeljük ügyfeleink, ajánlatkérőink
és a weboldal látogatóinak személyes adatait az (EU) 2016/679 általános adatvédelmi rendelet (GDPR) és az információs
önrendelkezési jogról és az információszabadságról szóló 2011. évi CXII. törvény (Infotv.) alapján.

## 1. Az adatkezelő adatai

@ Rovarstop Kft.
@ Székhely: 1106 Budapest, Jászberényi út 24-36.
@ Cégjegyzékszám: 01-09-287654
@ Adószám: 25123456-2-42
@ Telefon: +36 1 234 5678
@ E-mail: [adatvedelem@rovarstop.hu](mailto:adatvedelem@rovarstop.hu)

## 2. A kezelt adatok köre

Ajánlatkérés és megrendelés esetén az alábbi adatokat kezeljük:

- név, telefonszám és e-mail-cím;
- a kezelendő ingatlan címe, jellege (lakás, családi ház, üzlet, étterem, raktár) és alapterülete;
- a kártevő fajtája, a fertőzöttség mértéke és a korábbi kezelések;
- a munkalapon rögzített adatok: a felhasznált irtószer neve és mennyisége, a kezelés időpontja és az
  élelmezés-egészségügyi várakozási idő;
- számlázási név és cím, illetve cég esetén adószám.

A munkalapot az ügyfél vagy képviselője aláírja. A munkalapot a biocid termékek felhasználására vonatkozó szabályok
miatt kötelesek vagyunk megőrizni, és hatósági ellenőrzés esetén bemutatni.

Weboldalunk látogatásakor a szerver naplófájljai rögzítik a látogató IP-címét, a böngésző típusát és a látogatás
időpontját. Ezeket az adatokat kizárólag a weboldal biztonságos működtetése érdekében használjuk, és 30 nap után
töröljük.

## 3. Az adatkezelés célja, jogalapja és időtartama

| Cél | Jogalap | Megőrzési idő |
| Ajánlatadás, kapcsolatfelvétel | a szerződés megkötését megelőző lépések az érintett kérésére (GDPR 6. cikk (1) b) |
  az ajánlat elutasításától számított 6 hónap |
| A szolgáltatás teljesítése, garanciális utókezelés | szerződés teljesítése (GDPR 6. cikk (1) b) |
  a garanciaidő lejártát követő 1 év |
| Munkalap és irtási napló vezetése | jogi kötelezettség (GDPR 6. cikk (1) c) | 5 év |
| Számlázás | jogi kötelezettség (GDPR 6. cikk (1) c, a számvitelről szóló 2000. évi C. törvény 169. §) | 8 év |
| Hírlevél, szezonális emlékeztető | hozzájárulás (GDPR 6. cikk (1) a) | a hozzájárulás visszavonásáig |

## 4. Adatfeldolgozók

Az adatok kezeléséhez az alábbi adatfeldolgozókat vesszük igénybe. Adatfeldolgozóink kizárólag a mi utasításaink
szerint, szerződésben rögzített feltételekkel férhetnek hozzá az adatokhoz.

| Adatfeldolgozó | Tevékenység |
| Tárhely.Eu Szolgáltató Kft. (1144 Budapest, Ormánság utca 4.) | a weboldal és a levelezés tárhelye |
| Google Ireland Ltd. (Gordon House, Barrow Street, Dublin 4, Írország) | Google Workspace levelezés és naptár |
| Billingo Technologies Zrt. (1133 Budapest, Árbóc utca 6.) | számlázás |
| The Rocket Science Group LLC (Mailchimp, Atlanta, USA) | hírlevél-küldés |

Az Egyesült Államokba irányuló adattovábbítás az Európai Bizottság által jóváhagyott általános szerződési feltételek
alapján történik.

## 5. Sütik

A weboldal a működéshez szükséges sütiket, valamint hozzájárulás esetén statisztikai (Google Analytics) és marketing
(Meta Pixel) sütiket használ. A sütik beállításait bármikor módosíthatja az oldal alján található „Süti beállítások”
hivatkozással.

## 6. Az érintettek jogai

Ön jogosult:

- tájékoztatást kérni személyes adatai kezeléséről, és másolatot kérni azokról;
- kérni adatai helyesbítését, törlését vagy kezelésének korlátozását;
- tiltakozni a jogos érdeken alapuló adatkezelés ellen;
- a hozzájáruláson alapuló adatkezelésnél hozzájárulását bármikor visszavonni;
- kérni adatai tagolt, géppel olvasható formában történő kiadását (adathordozhatóság).

Kérelmét az adatvedelem@rovarstop.hu címre vagy postai úton a székhelyünkre küldheti. A kérelemre indokolatlan
késedelem nélkül, de legfeljebb egy hónapon belül válaszolunk.

## 7. Adatbiztonság

Az adatkezelö megfelelő technikai és szervezési intézkedésekkel gondoskodik az adatok biztonságáról: a papíralapú
munkalapokat zárt irodában, az elektronikus adatokat jelszóval védett, kétlépcsős azonosítással elérhető rendszerekben
tároljuk. Munkatársaink csak a munkájukhoz szükséges adatokhoz férnek hozzá, és titoktartási kötelezettség terheli
őket.

## 8. Jogorvoslat

Ha úgy érzi, hogy megsértettük a személyes adatai védelméhez fűződő jogát, panaszt tehet a Nemzeti Adatvédelmi és
Információszabadság Hatóságnál (NAIH):

@ Nemzeti Adatvédelmi és Információszabadság Hatóság
@ 1055 Budapest, Falk Miksa utca 9-11.
@ Telefon: +36 1 391 1400
@ [www.naih.hu](https://www.naih.hu)

Jogai megsértése esetén bírósághoz is fordulhat; a pert lakóhelye vagy tartózkodási helye szerinti törvényszék előtt is
megindíthatja.
""")

EDITS = [
    {"note": "hosting processor replaced: Tárhely.Eu -> Rackhost Zrt. (Szeged)",
     "repl": [("| Tárhely.Eu Szolgáltató Kft. (1144 Budapest, Ormánság utca 4.) | a weboldal és a levelezés tárhelye |",
               "| Rackhost Zrt. (6722 Szeged, Tisza Lajos körút 41.) | a weboldal és a levelezés tárhelye |")]},
    {"note": "new list item: photos and videos of the infested premises sent by the customer",
     "repl": [("- a kártevő fajtája, a fertőzöttség mértéke és a korábbi kezelések;",
               "- a kártevő fajtája, a fertőzöttség mértéke és a korábbi kezelések;\n"
               "- az ügyfél által a fertőzött helyiségről küldött fényképek és videók;")]},
    {"note": "typo fixed: 'Az adatkezelö' -> 'Az Adatkezelő' (no new date)", "bump": False,
     "repl": [("Az adatkezelö megfelelő", "Az Adatkezelő megfelelő")]},
    {"note": "processor table: MiniCRM Zrt. added (customer records and job scheduling)",
     "repl": [("| Billingo Technologies Zrt. (1133 Budapest, Árbóc utca 6.) | számlázás |",
               "| Billingo Technologies Zrt. (1133 Budapest, Árbóc utca 6.) | számlázás |\n"
               "| MiniCRM Zrt. (1075 Budapest, Madách Imre út 13-14.) | ügyfélnyilvántartás és munkaszervezés |")]},
    {"note": "retention of quote requests extended from 6 months to 1 year",
     "repl": [("az ajánlat elutasításától számított 6 hónap", "az ajánlat elutasításától számított 1 év")]},
    {"note": "controller phone number changed (+36 1 234 5678 -> +36 30 512 4470)",
     "repl": [("@ Telefon: +36 1 234 5678", "@ Telefon: +36 30 512 4470")]},
]

POSTS = ["Így ismerheti fel az ágyi poloskát", "Darázsfészek az erkélyen: mit tegyünk?",
         "Csótányirtás társasházban lépésről lépésre", "Egerek a padláson – őszi teendők",
         "Hangyák a konyhában: házi praktikák és profi megoldások", "Mit jelent a HACCP kártevőmentesítés?",
         "Moly a szekrényben: megelőzés és irtás", "Szúnyogirtás a kertben",
         "Patkányok a pincében – mikor hívjon szakembert?",
         "Poloskairtás után: mire figyeljünk?", "Ezüstös pikkelyke a fürdőszobában", "Kullancsszezon: a kert védelme"]
POST0 = dt.date(2021, 9, 6)


def posts_before(when, k=5):
    out = []
    n = 0
    while True:
        d = POST0 + dt.timedelta(days=41 * n + (n * 7) % 13)
        if d > when.date():
            break
        out.append((d, POSTS[n % len(POSTS)], n))
        n += 1
    return out[-k:][::-1]


def wp_version(when):
    for until, v in ((dt.date(2022, 5, 24), "5.9.3"), (dt.date(2022, 11, 1), "6.0.3"), (dt.date(2023, 3, 29), "6.1.1"),
                     (dt.date(2023, 8, 8), "6.2.2"), (dt.date(2024, 1, 9), "6.3.2"), (dt.date(2024, 4, 2), "6.4.3"),
                     (dt.date(2024, 7, 16), "6.5.5"), (dt.date(2024, 11, 12), "6.6.2"), (dt.date(2025, 4, 15), "6.7.2"),
                     (dt.date(2025, 12, 2), "6.8.3")):
        if when.date() < until:
            return v
    return "6.9"


def divi_version(when):
    for until, v in ((dt.date(2022, 7, 1), "4.17.4"), (dt.date(2023, 2, 1), "4.19.0"), (dt.date(2023, 10, 1), "4.21.1"),
                     (dt.date(2024, 6, 1), "4.24.2"), (dt.date(2025, 3, 1), "4.27.2")):
        if when.date() < until:
            return v
    return "4.27.4"


def nonce(tick, action):
    return hashlib.sha1(("%d|%s|rovarstop" % (tick, action)).encode()).hexdigest()[6:16]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["views"] = 3180 + int((when - dt.datetime(2022, 1, 1)).total_seconds() / 86400 * 7.3) + i
    s["nonce"] = C.epoch(when) // 43200
    s["etcache"] = K.deploy(rng, prev.get("etcache"), 0.4, lambda: C.epoch(when) - rng.randint(600, 900000))
    s["versions"] = (wp_version(when), divi_version(when))
    s["posts"] = tuple(n for _, _, n in posts_before(when))
    m = when.month
    s["promo"] = "wasp" if m in (6, 7, 8) else "rodent" if m in (9, 10, 11) else "bedbug"
    return s


LABELS = {"views": "Post Views Counter 'Megtekintések száma' appended to .entry-content (INSIDE, removed)",
          "nonce": "Divi et_pb_custom nonces (et_frontend_nonce, et_ab_log_nonce; 12-hour tick)",
          "etcache": "Divi et-cache customizer CSS ?ver= timestamp", "versions": "WordPress and Divi ?ver= (updates)",
          "posts": "sidebar 'Legfrissebb bejegyzések' (recent posts)", "promo": "sidebar seasonal promo text widget"}

PROMO = {"wasp": ("Darázsfészek eltávolítás", "Nyáron akár aznapi kiszállással, Budapest egész területén."),
         "rodent": ("Őszi rágcsálóirtás", "Társasházaknak és éttermeknek 15% kedvezmény november 30-ig."),
         "bedbug": ("Ágyi poloska?", "Diszkrét, jelöletlen autóval érkezünk. Garanciális utókezelés.")}


def table(rows, inl):
    w = "%.2f%%" % (100.0 / len(rows[0]))
    head = "<tr>%s</tr>" % "".join('<td style="width: %s;"><strong>%s</strong></td>' % (w, inl(c)) for c in rows[0])
    body = "".join("<tr>%s</tr>" % "".join('<td style="width: %s;">%s</td>' % (w, inl(c)) for c in r)
                   for r in rows[1:])
    return ('<table style="border-collapse: collapse; width: 100%%;" border="1">\n<tbody>\n%s\n%s\n</tbody>\n'
            "</table>" % (head, body))


def addr(lines, inl):
    return "<p>%s</p>" % "<br />\n".join(inl(x) for x in lines)


def lst(kind, items, inl):
    return "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % inl(x) for x in items), kind)


def render(s, blocks, when):
    wpv, diviv = s["versions"]
    fn, ab = nonce(s["nonce"], "et_frontend_nonce"), nonce(s["nonce"], "et_ab_log_nonce")
    title = C.esc(blocks[0][1])
    body = C.render_blocks(blocks[1:], table=table, addr=addr, lst=lst)
    posts = "".join('<li>\n<a href="https://rovarstop.hu/blog/%s/">%s</a>\n<span class="post-date">%s</span>\n</li>\n'
                    % (d.strftime("%Y/%m"), C.esc(t), fmt_date(d)) for d, t, _ in posts_before(when))
    ph, pt = PROMO[s["promo"]]
    views = K.grp(s["views"], "&nbsp;")
    menu = "".join('<li id="menu-item-%d" class="menu-item menu-item-type-post_type menu-item-object-page '
                   'menu-item-%d"><a href="https://rovarstop.hu/%s/">%s</a></li>' % (n, n, u, t)
                   for n, u, t in ((21, "rovarirtas", "Rovarirtás"), (22, "ragcsaloirtas", "Rágcsálóirtás"),
                                   (23, "agyi-poloska-irtas", "Ágyi poloska"), (24, "darazsirtas", "Darázsirtás"),
                                   (25, "haccp", "HACCP"), (26, "arak", "Árak"), (27, "kapcsolat", "Kapcsolat")))
    return ("""<!DOCTYPE html>
<html lang="hu">
<head>
	<meta charset="UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<link rel="pingback" href="https://rovarstop.hu/xmlrpc.php" />

	<script type="text/javascript">
		document.documentElement.className = 'js';
	</script>

	<title>%(title)s | Rovarstop</title>
<meta name='robots' content='max-image-preview:large' />
<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.com/client_data/5f0c2e8a91b3d4c7e6a2f180/\
script.js"></script>
<link rel="alternate" type="application/rss+xml" title="Rovarstop &raquo; hírcsatorna" href="https://rovarstop.hu/feed/\
" />
<link rel='stylesheet' id='wp-block-library-css' href='https://rovarstop.hu/wp-includes/css/dist/block-library/\
style.min.css?ver=%(wpv)s' type='text/css' media='all' />
<link rel='stylesheet' id='divi-style-parent-css' href='https://rovarstop.hu/wp-content/themes/Divi/\
style-static.min.css?ver=%(diviv)s' type='text/css' media='all' />
<link rel='stylesheet' id='divi-style-css' href='https://rovarstop.hu/wp-content/themes/rovarstop-child/\
style.css?ver=%(diviv)s' type='text/css' media='all' />
<script type='text/javascript' src='https://rovarstop.hu/wp-includes/js/jquery/jquery.min.js?ver=3.6.0' id='\
jquery-core-js'></script>
<link rel="https://api.w.org/" href="https://rovarstop.hu/wp-json/" /><link rel="alternate" type="application/json" \
href="https://rovarstop.hu/wp-json/wp/v2/pages/3" />
<meta name="generator" content="WordPress %(wpv)s" />
<link rel="canonical" href="%(url)s" />
<link rel='shortlink' href='https://rovarstop.hu/?p=3' />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0" /><link rel="\
icon" href="https://rovarstop.hu/wp-content/uploads/2021/03/cropped-favicon-32x32.png" sizes="32x32" />
<link rel="stylesheet" id="et-divi-customizer-global-cached-inline-styles" href="https://rovarstop.hu/wp-content/\
et-cache/global/et-divi-customizer-global.min.css?ver=%(etcache)d" /></head>
<body class="privacy-policy page-template-default page page-id-3 et_pb_button_helper_class et_fixed_nav et_show_nav \
et_secondary_nav_enabled et_primary_nav_dropdown_animation_fade et_secondary_nav_dropdown_animation_fade \
et_header_style_left et_pb_footer_columns4 et_cover_background et_pb_gutter linux et_pb_gutters3 et_right_sidebar \
et_divi_theme et-db">
	<div id="page-container">

			<div id="top-header">
			<div class="container clearfix">
				<div id="et-info">
					<span id="et-info-phone">+36 30 512 4470</span>
					<a href="mailto:info@rovarstop.hu"><span id="et-info-email">info@rovarstop.hu</span></a>
				</div>
			</div>
		</div>

		<header id="main-header" data-height-onload="66">
			<div class="container clearfix et_menu_container">
				<div class="logo_container">
					<span class="logo_helper"></span>
					<a href="https://rovarstop.hu/">
						<img src="https://rovarstop.hu/wp-content/uploads/2021/03/rovarstop-logo.png" width="240" height="80" alt="\
Rovarstop" id="logo" data-height-percentage="54" />
					</a>
				</div>
				<div id="et-top-navigation" data-height="66" data-fixed-height="40">
					<nav id="top-menu-nav">
					<ul id="top-menu" class="nav">%(menu)s</ul>					</nav>
					<div id="et_mobile_nav_menu">
				<div class="mobile_nav closed">
					<span class="select_page">Oldal kiválasztása</span>
					<span class="mobile_menu_bar mobile_menu_bar_toggle"></span>
				</div>
			</div>				</div>
			</div>
		</header>
			<div id="et-main-area">

<div id="main-content">


	<div class="container">
		<div id="content-area" class="clearfix">
			<div id="left-area">


				<article id="post-3" class="post-3 page type-page status-publish hentry">


					<h1 class="entry-title main_title">%(title)s</h1>

					<div class="entry-content">
					%(body)s
<div class="post-views content-post post-3 entry-meta">
				<span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">Megtekintések \
száma:</span> <span class="post-views-count">%(views)s</span>
			</div>					</div>


				</article>



			</div>

				<div id="sidebar">
		<div id="text-3" class="et_pb_widget widget_text"><h4 class="widgettitle">%(ph)s</h4>			<div class="textwidget"><p>\
%(pt)s</p>
<p><a class="et_pb_button" href="https://rovarstop.hu/kapcsolat/">Ajánlatot kérek</a></p>
</div>
		</div>
		<div id="recent-posts-2" class="et_pb_widget widget_recent_entries">
		<h4 class="widgettitle">Legfrissebb bejegyzések</h4>
		<ul>
%(posts)s		</ul>

		</div>	</div>
		</div>
	</div>

</div>


	<footer id="main-footer">

		<div id="footer-bottom">
			<div class="container clearfix">
				<div id="footer-info">© %(year)d Rovarstop Kft. | <a href="https://rovarstop.hu/adatkezelesi-tajekoztato/">\
Adatkezelési tájékoztató</a> | <a href="#" class="cky-banner-element">Süti beállítások</a></div>			</div>
		</div>
	</footer>
	</div>

	</div>

<script type='text/javascript' id='divi-custom-script-js-extra'>
/* <![CDATA[ */
var DIVI = {"item_count":"%%d Item","items_count":"%%d Items"};
var et_builder_utils_params = {"condition":{"diviTheme":true,"extraTheme":false},"scrollLocations":["app","top"],"\
builderScrollLocations":{"desktop":"app","tablet":"app","phone":"app"},"onloadScrollLocation":"app","builderType":"fe"};
var et_frontend_scripts = {"builderCssContainerPrefix":"#et-boc","builderCssLayoutPrefix":"#et-boc .et-l"};
var et_pb_custom = {"ajaxurl":"https:\\/\\/rovarstop.hu\\/wp-admin\\/admin-ajax.php","images_uri":"https:\\/\\/\
rovarstop.hu\\/wp-content\\/themes\\/Divi\\/images","builder_images_uri":"https:\\/\\/rovarstop.hu\\/wp-content\\/\
themes\\/Divi\\/includes\\/builder\\/images","et_frontend_nonce":"%(fn)s","subscription_failed":"K\\u00e9rj\\u00fck, \
ellen\\u0151rizze az al\\u00e1bbi mez\\u0151ket.","et_ab_log_nonce":"%(ab)s","fill_message":"K\\u00e9rj\\u00fck, \
t\\u00f6ltse ki az al\\u00e1bbi mez\\u0151ket:","contact_error_message":"K\\u00e9rem jav\\u00edtsa ki a \
k\\u00f6vetkez\\u0151 hib\\u00e1kat:","invalid":"\\u00c9rv\\u00e9nytelen email","captcha":"Captcha","prev":"\
El\\u0151z\\u0151","previous":"El\\u0151z\\u0151","next":"K\\u00f6vetkez\\u0151","wrong_captcha":"Rossz sz\\u00e1mot \
adott meg a captcha-ban.","wrong_checkbox":"Checkbox","ignore_waypoints":"no","is_divi_theme_used":"1","\
widget_search_selector":".widget_search","ab_tests":[],"is_ab_testing_active":"","page_id":"3","unique_test_id":"","\
ab_bounce_rate":"5","is_cache_plugin_active":"no","is_shortcode_tracking":"","tinymce_uri":"","accent_color":"#c0392b",\
"waypoints_options":[]};
var et_pb_box_shadow_elements = [];
/* ]]> */
</script>
<script type='text/javascript' src='https://rovarstop.hu/wp-content/themes/Divi/js/scripts.min.js?ver=%(diviv)s' id='\
divi-custom-script-js'></script>
<script type='text/javascript' id='post-views-counter-frontend-js-before'>
var pvcArgsFrontend = {"mode":"js","postID":3,"requestURL":"https:\\/\\/rovarstop.hu\\/wp-admin\\/admin-ajax.php","\
nonce":"%(pvc)s","dataStorage":"cookies","multisite":false,"path":"\\/","domain":""};
</script>
<script type='text/javascript' src='https://rovarstop.hu/wp-content/plugins/post-views-counter/js/\
frontend.min.js?ver=1.4.7' id='post-views-counter-frontend-js'></script>
</body>
</html>
""" % {"title": title, "wpv": wpv, "diviv": diviv, "url": URL, "etcache": s["etcache"], "menu": menu, "body": body,
       "views": views, "ph": C.esc(ph), "pt": C.esc(pt), "posts": posts, "year": when.year, "fn": fn, "ab": ab,
       "pvc": nonce(s["nonce"], "pvc-check-post")})


PAGE = {
    "service": "Rovarstop", "url": URL, "lang": "hu-HU", "platform": "WordPress + Divi",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 2, 1), "end": dt.date(2026, 4, 10), "hours": (2, 3, 14),
    "policy": POLICY, "first_updated": dt.date(2021, 6, 30), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["h1.entry-title", ".entry-content"], "remove": [".post-views"]},
}
