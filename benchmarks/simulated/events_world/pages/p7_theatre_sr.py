"""Pozorište „Tvrđava“ Petrovaradin, a Serbian city theatre (Serbian Cyrillic): Joomla 3.10 with the Helix Ultimate
template, upgraded to Joomla 4.4 (Helix Ultimate 2.x) in autumn 2023. One article holds two documents in Regular Labs
Tabs: the privacy policy (first tab, `#politika-privatnosti`, declared) and the house rules ("Кућни ред", second
tab, hidden, edited on its own now and then). Per visit: the Joomla form token of the newsletter module; the
article's hits counter in `.article-info`; the "Вечерас на сцени" module (tonight's play, free seats / РАСПРОДАТО);
the media version hashes per Joomla update. All outside the declared tab pane, which begins with the tab's own
(CSS-hidden) title heading, the policy's title."""
import datetime as dt
import html

import common as C

URL = "https://www.pozoristetvrdjava.rs/index.php/posetioci/privatnost-i-kucni-red"

MESECI = ["јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа", "септембра", "октобра",
          "новембра", "децембра"]


def fmt_date(d):
    return "%d. %s %d. године" % (d.day, MESECI[d.month - 1], d.year)


POLICY = """
# Политика приватности

Датум последње измене: {UPDATED}

Позориште „Тврђава“ Петроварадин (у даљем тексту: Позориште) поштује приватност својих посетилаца и поступа са њиховим подацима о личности у складу са Законом о заштити података о личности („Службени гласник РС“, број 87/2018). Овом политиком обавештавамо вас које податке прикупљамо када купујете карте, резервишете места, уплаћујете претплату или посећујете нашу интернет страницу, у које сврхе их користимо и која права имате.

## Руковалац подацима

@ Установа културе Позориште „Тврђава“ Петроварадин
@ Београдска 4, 21131 Петроварадин
@ Матични број: 08123456, ПИБ: 101234567
@ Електронска пошта: privatnost@pozoristetvrdjava.rs

Позориште је одредило лице за заштиту подаци о лицности, са којим можете контактирати на исту адресу електронске поште или на телефон 021 643 2210.

## Које податке прикупљамо

У зависности од услуге коју користите, обрађујемо следеће податке:

- име и презиме, адресу електронске поште и број телефона, приликом онлајн куповине карата и резервације;
- податке о купљеним картама (представа, датум извођења, ред и седиште, цена и попуст);
- број чланске карте и датум рођења за ученике, студенте и пензионере који остварују право на попуст;
- податке о претплати (абонману) и историју посета;
- адресу електронске поште, ако сте се пријавили на наш билтен;
- снимке видео-надзора у холу, на благајни и на улазима у сале;
- техничке податке о посети интернет страници (ИП адреса, тип прегледача, колачићи).

Претплатници Позоришта добијају персонализовану претплатну карту са именом и презименом, коју на улазу у салу скенирамо како бисмо евидентирали искоришћене представе. Евиденција посета служи само за вођење претплате и обрачун преосталих долазака, а на крају сезоне се сумира и користи у статистичке сврхе без података о појединачним посетиоцима.

Податке о платним картицама не прикупљамо нити чувамо: плаћање обрађује банка која је издала платни промет.

## Сврха и правни основ обраде

| Сврха | Правни основ |
| Продаја и резервација карата, издавање електронских карата | Извршење уговора |
| Остваривање права на попуст и вођење претплате | Извршење уговора |
| Обавештавање о промени или отказивању представе | Извршење уговора и легитимни интерес |
| Слање билтена о репертоару и премијерама | Пристанак лица |
| Безбедност посетилаца, запослених и имовине (видео-надзор) | Легитимни интерес |
| Вођење пословних књига и испуњавање законских обавеза | Законска обавеза |

## Примаоци података

Податке о личности не продајемо и не уступамо трећим лицима ради маркетинга. Податке можемо поверити обрађивачима који за нас пружају услуге, на основу уговора којим се обавезују да их чувају и користе искључиво по нашим упутствима:

| Прималац | Сврха |
| Банка Интеза а.д. Београд | Обрада онлајн плаћања |
| Хостинг провајдер интернет странице | Смештај интернет странице и базе података |
| Агенција за обезбеђење | Видео-надзор и обезбеђење објекта |
| Сервис за слање електронске поште | Слање билтена |

Податке можемо доставити и надлежним државним органима, када је то прописано законом.

## Онлајн благајна и плаћање

Карте можете купити на благајни Позоришта или путем онлајн благајне на нашој интернет страници. Приликом онлајн куповине отвара се налог купца, у коме се чувају ваше купљене карте и историја куповине, како бисте карту могли поново да преузмете ако је изгубите. Налог можете у сваком тренутку обрисати у подешавањима профила или слањем захтева на нашу адресу електронске поште. Плаћање платним картицама обавља се на заштићеној страници банке, а Позориште од банке добија само потврду о успешној трансакцији и последње четири цифре картице.

## Пренос података у друге државе

Податке о личности обрађујемо на серверима који се налазе у Републици Србији и у државама Европске уније. Сервис за слање билтена може податке обрађивати и у Сједињеним Америчким Државама. У том случају пренос се врши на основу стандардних уговорних клаузула, у складу са Законом о заштити података о личности.

## Безбедност података

Примењујемо одговарајуће техничке, организационе и кадровске мере како бисмо податке заштитили од неовлашћеног приступа, губитка, уништења или злоупотребе. Приступ подацима имају само запослени којима су они неопходни за обављање посла, уз обавезу чувања поверљивости.

## Рок чувања података

Податке о купљеним картама чувамо пет година од куповине, због обавеза прописаних рачуноводственим прописима. Податке о претплатницима чувамо док траје претплата и годину дана након њеног истека. Адресу електронске поште за билтен чувамо док не повучете пристанак. Снимци видео-надзора чувају се 30 дана, осим ако су потребни као доказ у поступку пред надлежним органом.

## Ваша права

У складу са законом, имате право:

- на приступ подацима и копију података које обрађујемо;
- на исправку и допуну нетачних података;
- на брисање података, када за обраду више не постоји правни основ;
- на ограничење обраде;
- на преносивост података;
- на приговор на обраду засновану на легитимном интересу;
- да у сваком тренутку опозовете пристанак, без утицаја на законитост обраде пре опозива.

Захтев за остваривање права можете поднети електронском поштом на privatnost@pozoristetvrdjava.rs или лично на благајни Позоришта. На захтев ћемо одговорити у року од 30 дана. Ако сматрате да обрада ваших података није у складу са законом, имате право да поднесете притужбу Поверенику за информације од јавног значаја и заштиту података о личности, Булевар краља Александра 15, 11120 Београд.

## Колачићи

Наша интернет страница користи колачиће неопходне за рад онлајн благајне, као и аналитичке колачиће који нам помажу да разумемо како посетиоци користе страницу. Аналитичке колачиће постављамо само уз ваш пристанак, који можете повући у подешавањима колачића у подножју странице.

## Малолетни посетиоци

Онлајн куповину карата могу обавити само пунолетна лица. Карте за дечје представе и школске групе купују родитељи, наставници или други законски заступници, који нам достављају само податке неопходне за резервацију. Податке о деци не користимо у маркетиншке сврхе.

## Измене политике приватности

Позориште може изменити ову политику ради усклађивања са прописима или због увођења нових услуга. Измене објављујемо на овој страници, уз навођење датума последње измене. Препоручујемо да повремено проверите да ли је дошло до измена. О битним изменама претплатнике и примаоце билтена обавештавамо и електронском поштом.
"""

EDITS = [
    {"note": "typo fixed: 'подаци о лицности' -> 'података о личности' (no date change)", "bump": False,
     "repl": [("за заштиту подаци о лицности, са којим", "за заштиту података о личности, са којим")]},
    {"note": "online ticketing provider added to the recipients table",
     "repl": [("| Хостинг провајдер интернет странице |",
               "| Евентим д.о.о. Београд | Онлајн продаја и контрола карата |\n| Хостинг провајдер интернет странице |")]},
    {"note": "new section on photographing the audience at premieres",
     "repl": [("## Рок чувања података",
               "## Фотографисање и снимање\n\n"
               "На премијерама и свечаним догађајима Позориште ангажује фотографе који снимају и публику у холу. "
               "Фотографије објављујемо на интернет страници и друштвеним мрежама Позоришта ради информисања јавности "
               "о раду установе. Ако не желите да будете приказани на објављеним фотографијама, обратите се "
               "фотографу на лицу места или нам пишите, и фотографију ћемо уклонити.\n\n"
               "## Рок чувања података")]},
    {"note": "CCTV retention shortened from 30 to 15 days",
     "repl": [("Снимци видео-надзора чувају се 30 дана,", "Снимци видео-надзора чувају се 15 дана,")]},
    {"note": "data protection officer's phone number changed",
     "repl": [("или на телефон 021 643 2210.", "или на телефон 021 480 3317.")]},
]

HOUSE_RULES = [
    ["Улазак у салу дозвољен је само уз важећу карту, од отварања врата сале до почетка представе.",
     "Закаснели посетиоци не могу ући у салу након почетка представе.",
     "Током представе забрањено је фотографисање, снимање и коришћење мобилних телефона.",
     "Унос хране и пића у салу није дозвољен.",
     "Гардероба је обавезна за капуте и велике торбе.",
     "Деца млађа од седам година могу присуствовати само дечјим представама."],
    ["Улазак у салу дозвољен је само уз важећу карту, од отварања врата сале до почетка представе.",
     "Закаснели посетиоци могу ући у салу само у паузи, уз помоћ разводника.",
     "Током представе забрањено је фотографисање, снимање и коришћење мобилних телефона.",
     "Унос хране и пића у салу није дозвољен.",
     "Гардероба је обавезна за капуте и велике торбе.",
     "Деца млађа од седам година могу присуствовати само дечјим представама."],
    ["Улазак у салу дозвољен је само уз важећу карту, од отварања врата сале до почетка представе.",
     "Закаснели посетиоци могу ући у салу само у паузи, уз помоћ разводника.",
     "Током представе забрањено је фотографисање, снимање и коришћење мобилних телефона.",
     "Унос хране и пића у салу није дозвољен, осим воде у пластичној боци.",
     "Гардероба је обавезна за капуте и велике торбе и бесплатна је.",
     "Деца млађа од седам година могу присуствовати само дечјим представама.",
     "Кућни љубимци, осим паса водича, не могу бити уведени у објекат."],
    ["Улазак у салу дозвољен је само уз важећу карту, од отварања врата сале до почетка представе.",
     "Закаснели посетиоци могу ући у салу само у паузи, уз помоћ разводника.",
     "Током представе забрањено је фотографисање, снимање и коришћење мобилних телефона.",
     "Унос хране и пића у салу није дозвољен, осим воде у пластичној боци.",
     "Гардероба је обавезна за капуте и велике торбе и бесплатна је.",
     "Деца млађа од седам година могу присуствовати само дечјим представама.",
     "Кућни љубимци, осим паса водича, не могу бити уведени у објекат.",
     "Посетиоци у инвалидским колицима места резервишу на благајни или телефоном 021 643 2200."],
]

PLAYS = [("Покондирена тиква", "Велика сала"), ("Госпођа министарка", "Велика сала"), ("Ожалошћена породица", "Велика сала"),
         ("Хасанагиница", "Мала сала"), ("Сумњиво лице", "Велика сала"), ("Развојни пут Боре Шнајдера", "Мала сала"),
         ("Чекајући Годоа", "Сцена у кули"), ("Галеб", "Мала сала"), ("Народни посланик", "Велика сала"),
         ("Црвенкапа", "Сцена у кули"), ("Зона Замфирова", "Велика сала"), ("Мрешћење шарана", "Мала сала")]
J4_FROM = dt.datetime(2023, 10, 17)
RULES_REVISED = [dt.datetime(2022, 9, 5), dt.datetime(2023, 2, 20), dt.datetime(2024, 9, 2)]


def noise(rng, when, i, prev):
    p = prev or {}
    s = {}
    s["token"] = C.hexs(rng, 32)
    s["hits"] = p.get("hits", rng.randint(1800, 2600)) + rng.randint(3, 140)
    if rng.random() < 0.2 or when.weekday() == 0:
        s["tonight"] = None  # Monday: no performance
    else:
        play = rng.randrange(len(PLAYS))
        s["tonight"] = (play, rng.choice(["19:30", "20:00", "18:00"]), rng.choice([0, 0, rng.randint(2, 60)]))
    # the house rules are revised at the start of a season (September) and once mid-season
    s["house_rules"] = sum(when >= d for d in RULES_REVISED)
    s["media"] = C.keep_or(rng, p.get("media"), 0.1, lambda: C.hexs(rng, 32))
    return s


LABELS = {"token": "Joomla form token (newsletter module)", "hits": "article hits counter",
          "tonight": "'Вечерас на сцени' module (play, free seats)", "house_rules": "house rules tab edited",
          "media": "media version hash (Joomla update)", "joomla": "Joomla 3 -> Joomla 4 upgrade"}


def tab_html(blocks):
    out = []
    for kind, v in blocks:
        if kind == "table":
            out.append(C.block_html((kind, v), {"table": "table table-bordered table-striped"}))
        else:
            out.append(C.block_html((kind, v)))
    return "\n".join(out)


def render(state, blocks, when):
    j4 = when >= J4_FROM
    state["joomla"] = "4.4" if j4 else "3.10"
    title = blocks[0][1]
    pol = tab_html(blocks[1:])
    rules = "<ol>%s</ol>" % "".join("<li>%s</li>" % html.escape(r) for r in HOUSE_RULES[state["house_rules"]])
    mv = state["media"]
    if state["tonight"] is None:
        tonight = '<p class="tonight-empty">Вечерас нема представе. Благајна ради од 10 до 14 часова.</p>'
    else:
        pi, hour, free = state["tonight"]
        play, stage = PLAYS[pi]
        seats = ('<span class="badge badge-danger">РАСПРОДАТО</span>' if free == 0
                 else '<span class="free-seats">Слободних места: %d</span>' % free)
        tonight = ('<div class="tonight"><h4 class="tonight-title"><a href="/index.php/repertoar/%s">%s</a></h4>'
                   '<p class="tonight-meta">%s, %s</p>%s<a class="btn btn-primary btn-sm" href="/index.php/karte">Купи карту</a></div>'
                   % (C.det_sha(play)[:6], html.escape(play), stage, hour, seats))
    if j4:
        tabs = """<div class="rl_tabs nn_tabs outline_handles outline_content top align_left has_effects" role="presentation">
<!--googleoff: index-->
<a id="rl_tabs-scrollto_1" class="anchor rl_tabs-scroll nn_tabs-scroll"></a>
<ul class="nav nav-tabs rl_tabs-nav" id="set-rl_tabs-1" role="tablist">
<li class="rl_tabs-tab nn_tabs-tab nav-item active" role="presentation"><a href="#politika-privatnosti" title="Политика приватности" class="rl_tabs-toggle nn_tabs-toggle nav-link active" id="tab-politika-privatnosti" data-bs-toggle="tab" data-id="politika-privatnosti" role="tab" aria-controls="politika-privatnosti" aria-selected="true"><span class="rl_tabs-toggle-inner nn_tabs-toggle-inner">Политика приватности</span></a></li>
<li class="rl_tabs-tab nn_tabs-tab nav-item" role="presentation"><a href="#kucni-red" title="Кућни ред" class="rl_tabs-toggle nn_tabs-toggle nav-link" id="tab-kucni-red" data-bs-toggle="tab" data-id="kucni-red" role="tab" aria-controls="kucni-red" aria-selected="false"><span class="rl_tabs-toggle-inner nn_tabs-toggle-inner">Кућни ред</span></a></li>
</ul>
<!--googleon: index-->
<div class="tab-content rl_tabs-panes">
<div class="tab-pane rl_tabs-pane nn_tabs-pane fade active show" id="politika-privatnosti" role="tabpanel" aria-labelledby="tab-politika-privatnosti" aria-hidden="false">
<h2 class="rl_tabs-title nn_tabs-title"><a id="anchor-politika-privatnosti" class="anchor"></a>%s</h2>
%s
</div>
<div class="tab-pane rl_tabs-pane nn_tabs-pane fade" id="kucni-red" role="tabpanel" aria-labelledby="tab-kucni-red" aria-hidden="true">
<h2 class="rl_tabs-title nn_tabs-title"><a id="anchor-kucni-red" class="anchor"></a>Кућни ред</h2>
<p>Посетиоци Позоришта дужни су да се придржавају следећих правила:</p>
%s
</div>
</div>
</div>""" % (html.escape(title), pol, rules)
    else:
        tabs = """<div class="rl_tabs nn_tabs outline_handles outline_content top align_left" role="presentation"><!-- START: Tabs -->
<!--googleoff: index-->
<a id="rl_tabs-scrollto_1" class="anchor rl_tabs-scroll nn_tabs-scroll"></a>
<ul class="nav nav-tabs" id="set-rl_tabs-1" role="tablist">
<li class="rl_tabs-tab nn_tabs-tab active" role="presentation"><a href="#politika-privatnosti" title="Политика приватности" class="rl_tabs-toggle nn_tabs-toggle" id="tab-politika-privatnosti" data-toggle="tab" data-id="politika-privatnosti" role="tab" aria-controls="politika-privatnosti" aria-selected="true"><span class="rl_tabs-toggle-inner nn_tabs-toggle-inner">Политика приватности</span></a></li>
<li class="rl_tabs-tab nn_tabs-tab" role="presentation"><a href="#kucni-red" title="Кућни ред" class="rl_tabs-toggle nn_tabs-toggle" id="tab-kucni-red" data-toggle="tab" data-id="kucni-red" role="tab" aria-controls="kucni-red" aria-selected="false"><span class="rl_tabs-toggle-inner nn_tabs-toggle-inner">Кућни ред</span></a></li>
</ul>
<!--googleon: index-->
<div class="tab-content">
<div class="tab-pane rl_tabs-pane nn_tabs-pane active" id="politika-privatnosti" role="tabpanel" aria-labelledby="tab-politika-privatnosti" aria-hidden="false">
<h2 class="rl_tabs-title nn_tabs-title"><a id="anchor-politika-privatnosti" class="anchor"></a>%s</h2>
%s
</div>
<div class="tab-pane rl_tabs-pane nn_tabs-pane" id="kucni-red" role="tabpanel" aria-labelledby="tab-kucni-red" aria-hidden="true">
<h2 class="rl_tabs-title nn_tabs-title"><a id="anchor-kucni-red" class="anchor"></a>Кућни ред</h2>
<p>Посетиоци Позоришта дужни су да се придржавају следећих правила:</p>
%s
</div></div><!-- END: Tabs --></div>""" % (html.escape(title), pol, rules)

    newsletter = """<form action="/index.php/posetioci/privatnost-i-kucni-red" method="post" class="acymailing-form" id="acym_form_module_117">
<input type="email" name="user[email]" class="acym__user__edit__email form-control" placeholder="Ваша е-адреса" aria-label="Е-адреса" required>
<button type="submit" class="btn btn-primary subbutton">Пријави се</button>
<input type="hidden" name="ctrl" value="frontusers"><input type="hidden" name="task" value="subscribe"><input type="hidden" name="option" value="com_acym"><input type="hidden" name="%s" value="1">
</form>""" % state["token"]
    if j4:
        head = """<!doctype html>
<html lang="sr-rs" dir="ltr">
	<head>
		<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
		<meta charset="utf-8">
	<meta name="author" content="Администратор">
	<meta name="description" content="Политика приватности и кућни ред Позоришта „Тврђава“ Петроварадин">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>Приватност и кућни ред – Позориште „Тврђава“</title>
	<link href="/images/favicon.png" rel="icon" type="image/vnd.microsoft.icon">
<link href="/media/vendor/joomla-custom-elements/css/joomla-alert.min.css?0.2.0" rel="stylesheet" />
	<link href="/plugins/system/tabs/css/style.min.css?%(mv)s" rel="stylesheet" />
	<link href="/templates/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet" />
	<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet" />
	<link href="/templates/shaper_helixultimate/css/presets/preset3.css" rel="stylesheet" />
<script type="application/json" class="joomla-script-options new">{"csrf.token":"%(token)s","system.paths":{"root":"","rootFull":"https:\\/\\/www.pozoristetvrdjava.rs\\/","base":"","baseFull":"https:\\/\\/www.pozoristetvrdjava.rs\\/"},"joomla.jtext":{"ERROR":"Грешка","MESSAGE":"Порука","NOTICE":"Напомена","WARNING":"Упозорење","JCLOSE":"Затвори","JOK":"У реду","JOPEN":"Отвори"},"data":{"breakpoints":{"tablet":991,"mobile":480},"header":{"stickyOffset":"100"}}}</script>
	<script src="/media/system/js/core.min.js?%(mv2)s"></script>
	<script src="/media/vendor/bootstrap/js/tab.min.js?5.3.2" type="module"></script>
	<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
	<script src="/plugins/system/tabs/js/script.min.js?%(mv)s"></script>
	<script src="/templates/shaper_helixultimate/js/main.js"></script>
	<script>template="shaper_helixultimate";</script>
	</head>
	<body class="site helix-ultimate hu com_content com-content view-article layout-default task-none itemid-214 sr-rs ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">"""
    else:
        head = """<!doctype html>
<html lang="sr-rs" dir="ltr">
	<head>
		<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
		<meta charset="utf-8" />
	<base href="https://www.pozoristetvrdjava.rs/index.php/posetioci/privatnost-i-kucni-red" />
	<meta name="author" content="Администратор" />
	<meta name="description" content="Политика приватности и кућни ред Позоришта „Тврђава“ Петроварадин" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>Приватност и кућни ред – Позориште „Тврђава“</title>
	<link href="/images/favicon.png" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/plugins/system/tabs/css/style.min.css?%(mv)s" rel="stylesheet" type="text/css" />
	<link href="/templates/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet" type="text/css" />
	<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet" type="text/css" />
	<link href="/templates/shaper_helixultimate/css/presets/preset3.css" rel="stylesheet" type="text/css" />
	<script type="application/json" class="joomla-script-options new">{"csrf.token":"%(token)s","system.paths":{"root":"","base":""}}</script>
	<script src="/media/jui/js/jquery.min.js?%(mv2)s" type="text/javascript"></script>
	<script src="/media/jui/js/jquery-noconflict.js?%(mv2)s" type="text/javascript"></script>
	<script src="/media/jui/js/jquery-migrate.min.js?%(mv2)s" type="text/javascript"></script>
	<script src="/media/system/js/core.js?%(mv2)s" type="text/javascript"></script>
	<script src="/plugins/system/tabs/js/script.min.js?%(mv)s" type="text/javascript"></script>
	<script src="/templates/shaper_helixultimate/js/bootstrap.min.js" type="text/javascript"></script>
	<script src="/templates/shaper_helixultimate/js/main.js" type="text/javascript"></script>
	<script type="text/javascript">var rl_tabs_use_hash = 1; var rl_tabs_reload_iframes = 0; var rl_tabs_init_timeout = 0; template="shaper_helixultimate";</script>
	</head>
	<body class="site helix-ultimate com-content view-article layout-default task-none itemid-214 sr-rs ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">"""
    head = head % {"mv": mv[:20], "mv2": mv, "token": state["token"]}
    return head + """
		<div class="body-wrapper">
			<div class="body-innerwrapper">
				<div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row"><div id="sp-top1" class="col-lg-6"><div class="sp-column text-center text-lg-start"><ul class="sp-contact-info"><li class="sp-contact-phone"><span class="fas fa-phone" aria-hidden="true"></span> <a href="tel:+38121643220">021 643 220</a></li><li class="sp-contact-email"><span class="far fa-envelope" aria-hidden="true"></span> <a href="mailto:blagajna@pozoristetvrdjava.rs">blagajna@pozoristetvrdjava.rs</a></li></ul></div></div><div id="sp-top2" class="col-lg-6"><div class="sp-column text-center text-lg-end"><ul class="social-icons"><li class="social-icon-facebook"><a target="_blank" rel="noopener noreferrer" href="https://www.facebook.com/pozoristetvrdjava" aria-label="Facebook"><span class="fab fa-facebook" aria-hidden="true"></span></a></li><li class="social-icon-instagram"><a target="_blank" rel="noopener noreferrer" href="https://www.instagram.com/pozoristetvrdjava" aria-label="Instagram"><span class="fab fa-instagram" aria-hidden="true"></span></a></li></ul></div></div></div></div></div></div>
				<header id="sp-header"><div class="container"><div class="container-inner"><div class="row"><div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/"><img class="logo-image" src="/images/logo/tvrdjava-logo.svg" alt="Позориште „Тврђава“"></a></div></div></div><div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center"><nav class="sp-megamenu-wrapper d-flex" role="navigation"><ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block"><li class="sp-menu-item"><a href="/index.php">Почетна</a></li><li class="sp-menu-item"><a href="/index.php/repertoar">Репертоар</a></li><li class="sp-menu-item"><a href="/index.php/predstave">Представе</a></li><li class="sp-menu-item"><a href="/index.php/ansambl">Ансамбл</a></li><li class="sp-menu-item"><a href="/index.php/karte">Карте</a></li><li class="sp-menu-item sp-has-child active"><a href="/index.php/posetioci">Посетиоци</a></li><li class="sp-menu-item"><a href="/index.php/kontakt">Контакт</a></li></ul></nav></div></div></div></div></div></header>
				<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row">
<main id="sp-component" class="col-lg-9 " role="main"><div class="sp-column "><div id="system-message-container" aria-live="polite"></div>
<div class="article-details " itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="sr-RS">
	<div class="article-header"><h1 itemprop="headline">Приватност и кућни ред</h1></div>
	<div class="article-can-edit d-flex flex-wrap justify-content-between"></div>
	<div class="article-info">
		<span class="category-name" title="Категорија: Посетиоци"><a href="/index.php/posetioci">Посетиоци</a></span>
		<span class="hits"><span class="fas fa-eye" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:%(hits)d"> Погледано: %(hits)d</span>
	</div>
	<div itemprop="articleBody">
		%(tabs)s
	</div>
</div>
</div></main>
<aside id="sp-right" class="col-lg-3 "><div class="sp-column "><div class="sp-module "><h3 class="sp-module-title">Вечерас на сцени</h3><div class="sp-module-content"><div class="mod-custom custom">%(tonight)s</div></div></div><div class="sp-module "><h3 class="sp-module-title">Билтен</h3><div class="sp-module-content"><div class="acym_module " id="acym_module_formAcym117"><div class="acym_fulldiv" id="acym_fulldiv_formAcym117">%(newsletter)s</div></div></div></div></div></aside>
</div></div></div></section>
				<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row"><div id="sp-footer1" class="col-lg-12 "><div class="sp-column "><span class="sp-copyright">© %(year)d Позориште „Тврђава“ Петроварадин. Сва права задржана.</span></div></div></div></div></div></footer>
			</div>
		</div>
		<a href="#" class="sp-scroll-up" aria-label="Scroll Up"><span class="fas fa-angle-up" aria-hidden="true"></span></a>
	</body>
</html>
""" % {"hits": state["hits"], "tabs": tabs, "tonight": tonight, "newsletter": newsletter, "year": when.year}


PAGE = {
    "service": "Pozoriste Tvrdjava",
    "url": URL,
    "lang": "sr-Cyrl",
    "platform": "Joomla 3.10 -> Joomla 4.4 (Helix Ultimate, Regular Labs Tabs, AcyMailing)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("Pragma", "no-cache"),
                      ("Cache-Control", "no-store, no-cache, must-revalidate, post-check=0, pre-check=0")),
    "n": 29,
    "start": dt.date(2022, 3, 1),
    "end": dt.date(2025, 4, 15),
    "hours": (6, 12, 18),
    "policy": POLICY,
    "first_updated": dt.date(2021, 9, 30),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#politika-privatnosti"},
}
