"""Zar Games (Yerevan board-game publisher) on Joomla: 3.10 with Protostar, upgraded to 4 with Cassiopeia; Armenian.

A com_content article. The declaration selects the article container `.item-page` (both versions keep that class)
and removes `.article-info` (the "Details" box with the published date and the live hits counter, INSIDE the
container) and `.icons` (Joomla 3's print/e-mail dropdown). Per visit: the session form token of the login module
(and Joomla 4's `csrf.token` script option); a crowdfunding-campaign countdown module in the sidebar; the upgrade
itself (new template, article title h2 -> h1, media version hashes)."""
import datetime as dt
import html

import common as C

URL = "https://zargames.am/hy/gaghtniutyan-kaghakakanutyun"
J4_FROM = dt.datetime(2023, 4, 2)

POLICY = """
# Գաղտնիության քաղաքականություն

Վերջին թարմացում՝ {UPDATED}

«Զառ Գեյմզ» ՍՊԸ-ն («մենք») ստեղծում և հրատարակում է սեղանի խաղեր հայերենով, zargames.am կայքում վաճառում է մեր խաղերը, ինչպես նաև Երևանում կազմակերպում է խաղային երեկոներ և մրցաշարեր մեծերի և երեխաների համար։ Այս քաղաքականությունը նկարագրում է, թե ինչ անձնական տվյալներ ենք մշակում, ինչ նպատակով, ում հետ ենք դրանք կիսում և ինչպես կարող եք իրականացնել ձեր իրավունքները «Անձնական տվյալների պաշտպանության մասին» ՀՀ օրենքի համաձայն։

## 1. Տվյալների մշակողը

@ «Զառ Գեյմզ» ՍՊԸ
@ ՀՎՀՀ՝ 02612345
@ Երևան 0010, Պուշկինի փ. 12
@ Հեռ.՝ +374 10 52 18 90
@ Էլ. փոստ՝ privacy@zargames.am

## 2. Ինչ տվյալներ ենք հավաքում

- Անուն, ազգանուն, հեռախոսահամար և էլ. փոստի հասցե, երբ պատվեր եք կատարում կամ գրանցվում կայքում
- Առաքման հասցե և պատվերների պատմություն
- Վճարման մասին տեղեկություններ՝ գործարքի համար և գումար (բանկային քարտի տվյալները մշակում է բանկը, ոչ թե մենք)
- Մրցաշարերին և խաղային երեկոներին գրանցվելիս՝ մասնակցի անունը և տարիքային խումբը
- Նոր խաղերի թեստավորմանը մասնակցելիս՝ ձեր կարծիքներն ու հարցաշարի պատասխանները
- Կայքի օգտագործման տեխնիկական տվյալներ՝ IP հասցե, դիտարկիչի տեսակ, այցելած էջեր և cookie ֆայլեր

Մենք չենք հավաքում հատուկ կատեգորիայի անձնական տվյալներ, օրինակ՝ առողջական վիճակի, կրոնական կամ քաղաքական հայացքների մասին, և խնդրում ենք նման տեղեկություններ չնշել հարցաշարերում։

## 3. Մշակման նպատակները և իրավական հիմքերը

| Նպատակ | Տվյալներ | Իրավական հիմք |
| Պատվերների կատարում և առաքում | Կոնտակտային և առաքման տվյալներ | Պայմանագրի կատարում |
| Հաշվապահական հաշվառում և հարկային հաշվետվություն | Վճարման տվյալներ | Օրենքով սահմանված պարտականություն |
| Նորությունների տեղեկագիր | Անուն և էլ. փոստ | Ձեր համաձայնությունը |
| Մրցաշարերի և խաղային երեկոների կազմակերպում | Անուն, տարիքային խումբ, հեռախոսահամար | Ձեր համաձայնությունը |
| Նոր խաղերի թեստավորում | Կարծիքներ և հարցաշարի պատասխաններ | Ձեր համաձայնությունը |
| Կայքի անվտանգություն և վիճակագրություն | Տեխնիկական տվյալներ | Մեր օրինական շահը |

## 4. Երեխաների տվյալներ

Մեր խաղերից շատերը նախատեսված են ընտանեկան խաղի համար, սակայն կայքում հաշիվ բացել և գնումներ կատարել կարող են միայն 18 տարին լրացած անձինք։ 16 տարեկանից ցածր երեխաներին մրցաշարերին և թեստավորմանը գրանցում են ծնողները կամ օրինական ներկայացուցիչները, և այդ դեպքում մենք մշակում ենք միայն երեխայի անունը և տարիքային խումբը։ Միջոցառումների ժամանակ երեխաներին լուսանկարում ենք միայն ծնողի համաձայնությամբ, և այդ լուսանկարները սոցիալական ցանցերում չենք հրապարակում առանց ծնողի առանձին թույլտվության։

## 5. Տվյալների փոխանցում երրորդ անձանց

Մենք չենք վաճառում ձեր անձնական տվյալները։ Տվյալները փոխանցում ենք միայն այն գործընկերներին, որոնք օգնում են մեզ մատուցել մեր ծառայությունները.

- «Արքա» վճարային համակարգ և սպասարկող բանկ՝ քարտով վճարումների համար
- Idram և Telcell՝ էլեկտրոնային դրամապանակով վճարումների համար
- «Հայփոստ» ՓԲԸ և առաքման ծառայություններ՝ պատվերների առաքման համար
- Google (Analytics, Workspace)՝ կայքի վիճակագրության և էլեկտրոնային փոստի համար
- Mailchimp՝ տեղեկագրերի առաքման համար

Տվյալները կարող ենք տրամադրել պետական մարմիններին միայն օրենքով սահմանված դեպքերում և կարգով։

## 6. Տվյալների փոխանցում այլ երկրներ

Մեր որոշ գործընկերներ (Google, Mailchimp) տվյալները պահում են Հայաստանից դուրս, այդ թվում՝ ԱՄՆ-ում։ Նման փոխանցումն իրականացվում է միայն օրենքով սահմանված դեպքերում՝ ձեր համաձայնությամբ կամ պայմանագրային պաշտպանության համարժեք երաշխիքների առկայությամբ։

## 7. Պահպանման ժամկետներ

- Պատվերների և վճարումների տվյալները՝ 5 տարի՝ հարկային օրենսդրությանը համապատասխան
- Հաշվի տվյալները՝ մինչև հաշվի ջնջումը
- Տեղեկագրի բաժանորդագրությունը՝ մինչև համաձայնության հետկանչը
- Մրցաշարերի և թեստավորման մասնակիցների տվյալները՝ միջոցառումից հետո 1 տարի

Ժամկետների ավարտից հետո տվյալները ջնջվում կամ անանունացվում են։ Ձեր տվյալները պաշտպանելու համար մենք կիրառում ենք տեխնիկական և կազմակերպչական միջոցներ՝ կայքի հետ կապը գաղտնագրված է, տվյալներին հասանելիություն ունեն միայն այն աշխատակիցները, որոնց դա անհրաժեշտ է աշխատանքի համար, իսկ պահուստային պատճենները պահվում են առանձին և պաշտպանված սերվերում։ Տվյալների արտահոսքի դեպքում անհապաղ կտեղեկացնենք լիազոր մարմնին և ձեզ՝ օրենքով սահմանված կարգով։

## 8. Cookie ֆայլեր

Կայքն օգտագործում է անհրաժեշտ cookie ֆայլեր՝ զամբյուղի և մուտքի աշխատանքի համար, ինչպես նաև վերլուծական ֆայլեր՝ ձեր համաձայնությամբ։ Դուք կարող եք ցանկացած պահի ջնջել կամ արգելափակել cookie ֆայլերը ձեր դիտարկիչի կարգավորումներում, սակայն այդ դեպքում կայքի որոշ գործառույթներ կարող են չաշխատել։

## 9. Ձեր իրավունքները

Դուք իրավունք ունեք՝

- ստանալ տեղեկություններ ձեր անձնական տվյաների մշակման մասին և դրանց պատճենը
- պահանջել ուղղել ոչ ճշգրիտ կամ թերի տվյալները
- պահանջել ջնջել ձեր տվյալները կամ դադարեցնել դրանց մշակումը
- ցանկացած պահի հետ կանչել ձեր տված համաձայնությունը
- բողոք ներկայացնել ՀՀ արդարադատության նախարարության Անձնական տվյալների պաշտպանության գործակալություն (Երևան 0078, Հալաբյան 41ա) կամ դատարան

Ձեր հարցմանը կպատասխանենք օրենքով սահմանված ժամկետում՝ ոչ ուշ, քան 5 աշխատանքային օրվա ընթացքում, իսկ ավելի բարդ դեպքերում՝ 30 օրվա ընթացքում։

## 10. Կապ մեզ հետ

Այս քաղաքականության վերաբերյալ հարցերի կամ ձեր իրավունքներն իրականացնելու համար գրեք մեզ privacy@zargames.am հասցեով կամ այցելեք մեր գրասենյակ երկուշաբթիից ուրբաթ՝ ժամը 11:00-ից 19:00-ն։
"""

MONTHS_GEN = ["հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի", "օգոստոսի", "սեպտեմբերի",
              "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի"]


def fmt_date(d):
    return "%d թ. %s %d" % (d.year, MONTHS_GEN[d.month - 1], d.day)


EDITS = [
    {"note": "typo fixed: 'տվյաների' -> 'տվյալների'", "bump": False,
     "repl": [("ձեր անձնական տվյաների մշակման", "ձեր անձնական տվյալների մշակման")]},
    {"note": "processor added to the list: Kickstarter and BackerKit (crowdfunding pre-orders)",
     "repl": [("- Mailchimp՝ տեղեկագրերի առաքման համար",
               "- Mailchimp՝ տեղեկագրերի առաքման համար\n"
               "- Kickstarter և BackerKit՝ մեր նոր խաղերի քրաուդֆանդինգ արշավների և նախապատվերների համար")]},
    {"note": "office address changed",
     "repl": [("@ Երևան 0010, Պուշկինի փ. 12", "@ Երևան 0009, Տերյան փ. 105")]},
    {"note": "sentence added: Telegram channel",
     "repl": [("միայն օրենքով սահմանված դեպքերում և կարգով։",
               "միայն օրենքով սահմանված դեպքերում և կարգով։ Եթե բաժանորդագրվում եք մեր Telegram ալիքին, ձեր "
               "տվյալները մշակում է Telegram-ը՝ իր գաղտնիության քաղաքականությանը համապատասխան։")]},
    {"note": "retention of tournament/playtest participants 1 year -> 6 months",
     "repl": [("տվյալները՝ միջոցառումից հետո 1 տարի", "տվյալները՝ միջոցառումից հետո 6 ամիս")]},
    {"note": "section added: changes to this policy",
     "repl": [("ժամը 11:00-ից 19:00-ն։",
               "ժամը 11:00-ից 19:00-ն։\n\n## 11. Քաղաքականության փոփոխություններ\n\n"
               "Մենք կարող ենք ժամանակ առ ժամանակ թարմացնել այս քաղաքականությունը։ Գործող տարբերակը միշտ հասանելի է "
               "այս էջում, իսկ էական փոփոխությունների մասին կտեղեկացնենք էլ. փոստով այն օգտատերերին, ովքեր հաշիվ "
               "ունեն մեր կայքում։")]},
]

CAMPAIGNS = [
    (dt.datetime(2022, 3, 1), dt.datetime(2022, 4, 1), "«Արարատյան արկած»", 15000),
    (dt.datetime(2023, 10, 10), dt.datetime(2023, 11, 9), "«Սասնա ծռեր. Սեղանի էպոս»", 25000),
    (dt.datetime(2024, 11, 5), dt.datetime(2024, 12, 5), "«Երևանյան բակ»", 18000),
]


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["joomla"] = "4" if when >= J4_FROM else "3"
    mv = lambda: C.hexs(rng, 32 if st["joomla"] == "3" else 6)
    st["mediaversion"] = mv() if p.get("joomla") != st["joomla"] else C.keep_or(rng, p.get("mediaversion"), 0.12, mv)
    st["token"] = C.hexs(rng, 32)
    days = (when - dt.datetime(2019, 5, 14)).days
    st["hits"] = 800 + days * 2 + rng.randint(0, 25) + (i * 3)
    camp = next((c for c in CAMPAIGNS if c[0] <= when < c[1]), None)
    if camp:
        left = (camp[1] - when).days
        frac = min(2.6, (when - camp[0]).days / 30 * 1.9 + rng.uniform(0.05, 0.3))
        st["campaign"] = (camp[2], left, int(camp[3] * frac), int(frac * 100), 200 + int(frac * 700))
    else:
        nxt = next((c for c in CAMPAIGNS if c[0] > when), None)
        st["campaign"] = ("next", nxt[2] if nxt else None)
    return st


LABELS = {
    "joomla": "upgrade Joomla 3 (Protostar) -> Joomla 4 (Cassiopeia): new template, title h2 -> h1",
    "mediaversion": "Joomla media version hash on CSS/JS URLs",
    "token": "session form token of the login module (and J4 csrf.token)",
    "hits": "article hits counter in .article-info INSIDE .item-page (removed by the declaration)",
    "campaign": "crowdfunding countdown module in the sidebar (days left, amount pledged, backers)",
}

MENU = [("Գլխավոր", "/hy/"), ("Խաղեր", "/hy/khagher"), ("Խանութ", "/hy/khanut"), ("Միջոցառումներ", "/hy/mijocarumner"),
        ("Բլոգ", "/hy/blog"), ("Մեր մասին", "/hy/mer-masin"), ("Կապ", "/hy/kap")]
RETURN = "aHR0cHM6Ly96YXJnYW1lcy5hbS9oeS9nYWdodG5pdXR5YW4ta2FnaGFrYWthbnV0eXVu"


def campaign_html(st):
    c = st["campaign"]
    if c[0] == "next":
        if c[1]:
            return ('<p><img src="/images/games/coming-soon.jpg" alt="" width="260" height="160" /></p><p>Շուտով՝ '
                    '%s։ Բաժանորդագրվեք տեղեկագրին, որպեսզի առաջինը իմանաք արշավի մեկնարկի մասին։</p>'
                    % html.escape(c[1]))
        return '<p>Մեր բոլոր խաղերը հասանելի են <a href="/hy/khanut">խանութում</a>։</p>'
    name, left, amount, pct, backers = c
    return ('<div class="zg-campaign"><p class="zg-campaign__title">%s խաղը Kickstarter-ում է։</p><div class="progress">'
            '<div class="progress-bar" role="progressbar" style="width: %d%%;" aria-valuenow="%d" aria-valuemin="0" '
            'aria-valuemax="100">%d%%</div></div><p class="zg-campaign__stats"><strong>$%s</strong> հավաքված · '
            '<strong>%d</strong> աջակից · մնացել է <strong>%d</strong> օր</p><p><a class="btn btn-primary" '
            'href="https://www.kickstarter.com/projects/zargames" target="_blank" rel="noopener">Աջակցել</a></p></div>'
            % (html.escape(name), min(pct, 100), pct, pct, "{:,}".format(amount), backers, left))


def body_html(blocks):
    return C.blocks_html(blocks[1:], cls={"table": "table table-bordered"})


def render_j3(st, blocks):
    mv = st["mediaversion"]
    menu = "".join('<li class="item-%d"><a href="%s" >%s</a></li>' % (101 + n, h, t) for n, (t, h) in enumerate(MENU))
    return """<!DOCTYPE html>
<html lang="hy-am" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="%(url)s" />
	<meta name="author" content="Super User" />
	<meta name="description" content="Զառ Գեյմզ. սեղանի խաղեր հայերենով" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>Գաղտնիության քաղաքականություն - Զառ Գեյմզ</title>
	<link href="https://zargames.am/en/privacy-policy" rel="alternate" hreflang="en-GB" />
	<link href="https://zargames.am/ru/politika-konfidentsialnosti" rel="alternate" hreflang="ru-RU" />
	<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/templates/protostar/css/template.css?%(mv)s" rel="stylesheet" />
	<link href="/media/mod_languages/css/template.css?%(mv)s" rel="stylesheet" />
	<style>
	h1, h2, h3, h4, h5, h6, .site-title {
		font-family: 'Noto Sans Armenian', sans-serif;
	}
	body.site {
		border-top: 3px solid #c0392b;
		background-color: #f4f6f7;
	}
	</style>
	<script src="/media/jui/js/jquery.min.js?%(mv)s"></script>
	<script src="/media/jui/js/jquery-noconflict.js?%(mv)s"></script>
	<script src="/media/jui/js/jquery-migrate.min.js?%(mv)s"></script>
	<script src="/media/system/js/caption.js?%(mv)s"></script>
	<script src="/media/jui/js/bootstrap.min.js?%(mv)s"></script>
	<script src="/templates/protostar/js/template.js?%(mv)s"></script>
	<!--[if lt IE 9]><script src="/media/jui/js/html5.js?%(mv)s"></script><![endif]-->
	<script>
jQuery(window).on('load',  function() {
				new JCaption('img.caption');
			});
	</script>
	<link href="https://fonts.googleapis.com/css2?family=Noto+Sans+Armenian:wght@400;700&display=swap" rel="stylesheet" />
</head>
<body class="site com_content view-article no-layout no-task itemid-128">
	<!-- Body -->
	<div class="body" id="top">
		<div class="container">
			<!-- Header -->
			<header class="header" role="banner">
				<div class="header-inner clearfix">
					<a class="brand pull-left" href="/hy/">
						<img src="https://zargames.am/images/logo/zargames-logo.png" alt="Զառ Գեյմզ" />											</a>
					<div class="header-search pull-right">
						<div class="mod-languages">
	<ul class="lang-inline" dir="ltr">
		<li class="lang-active"><a href="%(url)s"><img src="/media/mod_languages/images/hy_am.gif" alt="Հայերեն" title="Հայերեն" /></a></li>
		<li><a href="/en/privacy-policy"><img src="/media/mod_languages/images/en.gif" alt="English (UK)" title="English (UK)" /></a></li>
		<li><a href="/ru/politika-konfidentsialnosti"><img src="/media/mod_languages/images/ru.gif" alt="Русский (Россия)" title="Русский (Россия)" /></a></li>
	</ul>
</div>
					</div>
				</div>
			</header>
			<nav class="navigation" role="navigation">
				<div class="navbar pull-left">
					<a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse">
						<span class="element-invisible">Միացնել/անջատել նավիգացիան</span>
						<span class="icon-bar"></span>
						<span class="icon-bar"></span>
						<span class="icon-bar"></span>
					</a>
				</div>
				<div class="nav-collapse">
					<ul class="nav menu nav-pills mod-list">%(menu)s</ul>
				</div>
			</nav>
			<div class="row-fluid">
				<main id="content" role="main" class="span9">
					<!-- Begin Content -->
					<div id="system-message-container">
	</div>

					<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="hy-AM" />
	
		
			<div class="page-header">
		<h2 itemprop="headline">
			%(title)s		</h2>
							</div>
							
<div class="icons">
	
					<div class="btn-group pull-right">
				<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-128" aria-label="Օգտատիրոջ գործիքներ"
				data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">
					<span class="icon-cog" aria-hidden="true"></span>
					<span class="caret" aria-hidden="true"></span>
				</button>
								<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-128">
											<li class="print-icon"> <a href="/hy/gaghtniutyan-kaghakakanutyun?tmpl=component&amp;print=1" title="Տպել հոդվածը < Գաղտնիության քաղաքականություն >" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow">			<span class="icon-print" aria-hidden="true"></span>
		Տպել	</a> </li>
																<li class="email-icon"> <a href="/hy/component/mailto/?tmpl=component&amp;template=protostar&amp;link=%(mailto)s" title="Ուղարկել այս հղումը ընկերոջը" onclick="window.open(this.href,'win2','width=400,height=550,menubar=yes,resizable=yes'); return false;" rel="nofollow">			<span class="icon-envelope" aria-hidden="true"></span>
		Էլ. փոստ	</a> </li>
														</ul>
			</div>
		
	</div>
			
		
						<dl class="article-info muted">

		
			<dt class="article-info-term">
									Մանրամասներ							</dt>

			
			
			
			
										<dd class="published">
				<span class="icon-calendar" aria-hidden="true"></span>
				<time datetime="2019-05-14T11:02:31+04:00" itemprop="datePublished">
					Հրապարակված է՝ 14 Մայիս 2019				</time>
			</dd>			
			
										<dd class="hits">
					<span class="icon-eye-open" aria-hidden="true"></span>
					<meta itemprop="interactionCount" content="UserPageVisits:%(hits)d" />
					Դիտումներ՝ %(hits)d			</dd>						</dl>
	
	
		
								<div itemprop="articleBody">
		%(body)s 	</div>

	
							</div>

					<!-- End Content -->
				</main>
									<div id="aside" class="span3">
						<!-- Begin Right Sidebar -->
						<div class="well "><h3 class="page-header">Նոր խաղ</h3>

<div class="custom"  >
	%(campaign)s</div>
</div><div class="well "><h3 class="page-header">Մուտք</h3><form action="%(url)s" method="post" id="login-form" class="form-inline">
		<div class="userdata">
		<div id="form-login-username" class="control-group">
			<div class="controls">
									<div class="input-prepend">
						<span class="add-on">
							<span class="icon-user hasTooltip" title="Օգտանուն"></span>
							<label for="modlgn-username" class="element-invisible">Օգտանուն</label>
						</span>
						<input id="modlgn-username" type="text" name="username" class="input-small" tabindex="0" size="18" placeholder="Օգտանուն" />
					</div>
							</div>
		</div>
		<div id="form-login-password" class="control-group">
			<div class="controls">
									<div class="input-prepend">
						<span class="add-on">
							<span class="icon-lock hasTooltip" title="Գաղտնաբառ">
							</span>
								<label for="modlgn-passwd" class="element-invisible">Գաղտնաբառ							</label>
						</span>
						<input id="modlgn-passwd" type="password" name="password" class="input-small" tabindex="0" size="18" placeholder="Գաղտնաբառ" />
					</div>
							</div>
		</div>
						<div id="form-login-remember" class="control-group checkbox">
			<label for="modlgn-remember" class="control-label">Հիշել ինձ</label> <input id="modlgn-remember" type="checkbox" name="remember" class="inputbox" value="yes"/>
		</div>
				<div id="form-login-submit" class="control-group">
			<div class="controls">
				<button type="submit" tabindex="0" name="Submit" class="btn btn-primary login-button">Մուտք</button>
			</div>
		</div>
					<ul class="unstyled">
							<li>
					<a href="/hy/component/users/?view=registration&amp;Itemid=101">
					Գրանցվել <span class="icon-arrow-right"></span></a>
				</li>
							<li>
					<a href="/hy/component/users/?view=remind&amp;Itemid=101">
					Մոռացե՞լ եք օգտանունը</a>
				</li>
				<li>
					<a href="/hy/component/users/?view=reset&amp;Itemid=101">
					Մոռացե՞լ եք գաղտնաբառը</a>
				</li>
			</ul>
		<input type="hidden" name="option" value="com_users" />
		<input type="hidden" name="task" value="user.login" />
		<input type="hidden" name="return" value="%(ret)s" />
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
			<p class="pull-right">
				<a href="#top" id="back-top">
					Վեր				</a>
			</p>
			<p>
				&copy; %(year)d Զառ Գեյմզ			</p>
		</div>
	</footer>
	
</body>
</html>
""" % dict(url=URL, mv=mv, menu=menu, title=C.inline_html(blocks[0][1]), hits=st["hits"], body=body_html(blocks),
           campaign=campaign_html(st), ret=RETURN, token=st["token"], year=st["year"],
           mailto="5f8c1e0d2b7a4c6e9f1a3b5d7c9e0f2a4b6c8d0e")


def render_j4(st, blocks):
    mv = st["mediaversion"]
    menu = "".join('<li class="nav-item item-%d"><a href="%s" >%s</a></li>' % (101 + n, h, t)
                   for n, (t, h) in enumerate(MENU))
    return """<!DOCTYPE html>
<html lang="hy-am" dir="ltr">

<head>
    <meta charset="utf-8">
	<meta name="author" content="Super User">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="Զառ Գեյմզ. սեղանի խաղեր հայերենով">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>Գաղտնիության քաղաքականություն – Զառ Գեյմզ</title>
	<link href="https://zargames.am/en/privacy-policy" rel="alternate" hreflang="en-GB">
	<link href="https://zargames.am/ru/politika-konfidentsialnosti" rel="alternate" hreflang="ru-RU">
	<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
	<link href="/media/templates/site/cassiopeia/images/favicon.ico" rel="alternate icon" type="image/vnd.microsoft.icon">
	<link href="/media/templates/site/cassiopeia/images/joomla-favicon-pinned.svg" rel="mask-icon" color="#000">

    <link href="/media/system/css/joomla-fontawesome.min.css?%(mv)s" rel="lazy-stylesheet" /><noscript><link href="/media/system/css/joomla-fontawesome.min.css?%(mv)s" rel="stylesheet" /></noscript>
	<link href="/media/templates/site/cassiopeia/css/template.min.css?%(mv)s" rel="stylesheet" />
	<link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?%(mv)s" rel="stylesheet" />
	<link href="/media/mod_languages/css/template.min.css?%(mv)s" rel="stylesheet" />
	<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet" />
	<link href="/media/templates/site/cassiopeia/css/user.css?%(mv)s" rel="stylesheet" />
	<style>:root {
		--hue: 6;
		--template-bg-light: #f4f6f7;
		--template-text-dark: #2b2b2b;
		--template-text-light: #ffffff;
		--template-link-color: #c0392b;
		--template-special-color: #7a1f16;
	}</style>

    <script src="/media/mod_menu/js/menu-es5.min.js?%(mv)s" nomodule defer></script>
	<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Սխալ","MESSAGE":"Հաղորդագրություն","NOTICE":"Ծանուցում","WARNING":"Զգուշացում","JCLOSE":"Փակել","JOK":"Լավ","JOPEN":"Բացել"},"system.paths":{"root":"","rootFull":"https:\\/\\/zargames.am\\/","base":"","baseFull":"https:\\/\\/zargames.am\\/"},"csrf.token":"%(token)s","system.keepalive":{"interval":840000,"uri":"\\/hy\\/component\\/ajax\\/?format=json"}}</script>
	<script src="/media/system/js/core.min.js?%(mv)s"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?%(mv)s" defer></script>
	<script src="/media/system/js/keepalive-es5.min.js?%(mv)s" defer nomodule></script>
	<script src="/media/system/js/keepalive.min.js?%(mv)s" type="module"></script>
	<script src="/media/system/js/messages-es5.min.js?%(mv)s" nomodule defer></script>
	<script src="/media/system/js/messages.min.js?%(mv)s" type="module"></script>
	<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"https://zargames.am/#/schema/Organization/base","name":"Զառ Գեյմզ","url":"https://zargames.am/"},{"@type":"WebSite","@id":"https://zargames.am/#/schema/WebSite/base","url":"https://zargames.am/","name":"Զառ Գեյմզ","publisher":{"@id":"https://zargames.am/#/schema/Organization/base"}},{"@type":"WebPage","@id":"%(url)s#/schema/WebPage/base","url":"%(url)s","name":"Գաղտնիության քաղաքականություն – Զառ Գեյմզ","isPartOf":{"@id":"https://zargames.am/#/schema/WebSite/base"},"about":{"@id":"https://zargames.am/#/schema/Organization/base"},"inLanguage":"hy-AM"}]}</script>
	<link href="https://fonts.googleapis.com/css2?family=Noto+Sans+Armenian:wght@400;700&display=swap" rel="stylesheet" />

</head>

<body class="site com_content wrapper-static view-article no-layout no-task itemid-128 has-sidebar-right">
	<header class="header container-header full-width">

					<div class="container-topbar">
			<div id="mod-languages112" class="mod-languages">
	<p class="visually-hidden" id="language_picker_des_112">Ընտրեք ձեր լեզուն</p>
	<ul aria-labelledby="language_picker_des_112" class="mod-languages__list lang-inline">
									<li class="lang-active"><a aria-current="true" href="%(url)s">Հայերեն</a></li>
												<li><a href="/en/privacy-policy">English</a></li>
												<li><a href="/ru/politika-konfidentsialnosti">Русский</a></li>
						</ul>
</div>
			</div>
		
		
					<div class="grid-child">
				<div class="navbar-brand">
					<a class="brand-logo" href="/hy/">
						<img loading="eager" decoding="async" src="https://zargames.am/images/logo/zargames-logo.png" alt="Զառ Գեյմզ" width="220" height="64">					</a>
									</div>
			</div>
		
					<div class="grid-child container-nav">
									<ul class="mod-menu mod-list nav ">%(menu)s</ul>
											</div>
			</header>

	<div class="site-grid">

		
		
		
		<div class="grid-child container-component">
			
			
			<div id="system-message-container" aria-live="polite"></div>

			<main>
			<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="hy-AM">
	
	
		<div class="page-header">
		<h1 itemprop="headline">
			%(title)s		</h1>
							</div>
		
		
			<dl class="article-info text-muted">

			<dt class="article-info-term">
							Մանրամասներ					</dt>

		
		
		
		
					<dd class="published">
	<span class="icon-calendar icon-fw" aria-hidden="true"></span>
	<time datetime="2019-05-14T11:02:31+04:00" itemprop="datePublished">
		Հրապարակված է՝ 14 Մայիս 2019	</time>
</dd>
		
		
					<dd class="hits">
	<span class="icon-eye icon-fw" aria-hidden="true"></span>
	<meta itemprop="interactionCount" content="UserPageVisits:%(hits)d">
	Դիտումներ՝ %(hits)d</dd>
			</dl>
	
	
		
								<div itemprop="articleBody" class="com-content-article__body">
		%(body)s	</div>

	
							</div>

			</main>
			
		</div>

				<div class="grid-child container-sidebar-right">
			<div class="sidebar-right card ">
			<h3 class="card-header ">Նոր խաղ</h3>			<div class="card-body">
				<div id="mod-custom131" class="mod-custom custom">
	%(campaign)s</div>
			</div>
</div>
<div class="sidebar-right card ">
			<h3 class="card-header ">Մուտք</h3>			<div class="card-body">
				<form id="login-form-16" class="mod-login" action="%(url)s" method="post">

	
	<div class="mod-login__userdata userdata">
		<div class="mod-login__username form-group">
							<div class="input-group">
					<input id="modlgn-username-16" type="text" name="username" class="form-control" autocomplete="username" placeholder="Օգտանուն">
					<label for="modlgn-username-16" class="visually-hidden">Օգտանուն</label>
					<span class="input-group-text" title="Օգտանուն">
						<span class="icon-user icon-fw" aria-hidden="true"></span>
					</span>
				</div>
					</div>

		<div class="mod-login__password form-group">
							<div class="input-group">
					<input id="modlgn-passwd-16" type="password" name="password" autocomplete="current-password" class="form-control" placeholder="Գաղտնաբառ">
					<label for="modlgn-passwd-16" class="visually-hidden">Գաղտնաբառ</label>
					<span class="input-group-text" title="Գաղտնաբառ">
						<span class="icon-lock icon-fw" aria-hidden="true"></span>
					</span>
				</div>
					</div>

					<div class="mod-login__remember form-group">
				<div id="form-login-remember-16" class="form-check">
					<input type="checkbox" name="remember" class="form-check-input" value="yes" id="form-login-input-remember-16">
					<label class="form-check-label" for="form-login-input-remember-16">
						Հիշել ինձ					</label>
				</div>
			</div>
		
		<div class="mod-login__submit form-group">
			<button type="submit" name="Submit" class="btn btn-primary w-100">Մուտք</button>
		</div>

					<ul class="mod-login__options list-unstyled">
				<li>
					<a href="/hy/component/users/reset?Itemid=101">
					Մոռացե՞լ եք գաղտնաբառը</a>
				</li>
				<li>
					<a href="/hy/component/users/remind?Itemid=101">
					Մոռացե՞լ եք օգտանունը</a>
				</li>
									<li>
						<a href="/hy/component/users/registration?Itemid=101">
						Գրանցվել <span class="icon-register" aria-hidden="true"></span></a>
					</li>
							</ul>
		<input type="hidden" name="option" value="com_users">
		<input type="hidden" name="task" value="user.login">
		<input type="hidden" name="return" value="%(ret)s">
		<input type="hidden" name="%(token)s" value="1">	</div>
	</form>
			</div>
</div>

		</div>
		
		
			</div>

			<footer class="container-footer footer full-width">
			<div class="grid-child">
				<div id="mod-custom118" class="mod-custom custom">
	<p>&copy; %(year)d «Զառ Գեյմզ» ՍՊԸ · <a href="/hy/gaghtniutyan-kaghakakanutyun">Գաղտնիության քաղաքականություն</a> · <a href="/hy/gnman-paymanner">Գնման պայմաններ</a></p></div>

			</div>
		</footer>
	
			<a href="#top" id="back-top" class="back-to-top-link" aria-label="Վեր">
			<span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
		</a>
	
	
</body>
</html>
""" % dict(url=URL, mv=mv, menu=menu, title=C.inline_html(blocks[0][1]), hits=st["hits"], body=body_html(blocks),
           campaign=campaign_html(st), ret=RETURN, token=st["token"], year=st["year"])


def render(st, blocks, when):
    st["year"] = when.year
    assert blocks[0][0] == "h1"
    return render_j4(st, blocks) if st["joomla"] == "4" else render_j3(st, blocks)


LABELS["year"] = "copyright year in the footer"

PAGE = {
    "service": "Zar Games",
    "url": URL,
    "lang": "hy",
    "platform": "Joomla 3.10 (Protostar), then Joomla 4 (Cassiopeia)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "LiteSpeed"), ("X-Powered-By", "PHP/8.1.27"),
                      ("Expires", "Wed, 17 Aug 2005 00:00:00 GMT"), ("Cache-Control", "no-store, no-cache, must-revalidate, post-check=0, pre-check=0"),
                      ("Pragma", "no-cache")),
    "n": 32,
    "start": dt.date(2021, 11, 2),
    "end": dt.date(2025, 4, 25),
    "hours": (4, 16),
    "policy": POLICY,
    "first_updated": dt.date(2021, 6, 8),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".item-page", "remove": [".article-info", ".icons"]},
}
