"""Skopje specialty-coffee roaster with a shop and coffee bar on Joomla: Joomla 3.10 with JoomShaper's Helix3
template until autumn 2023, then Joomla 4.4 with Helix Ultimate 2 (new body classes, <main>/<aside> columns, the
article header and meta line rebuilt, Font Awesome 5, a new media version). The policy is a com_content article;
the curators declare its `[itemprop="articleBody"]`, which both templates keep. Around it: the article's hit
counter (Прегледи, outside the body but inside the article), the per-session form token in the sidebar login
module (a hidden input named by the token) and in joomla-script-options, and the "roasting schedule" custom module
(next roast day and order cut-off, this week's origins). Noisy: three volatile features plus the upgrade."""
import datetime as dt
import html

import common as C

URL = "https://www.zrno.mk/politika-za-privatnost"
MONTHS = ["јануари", "февруари", "март", "април", "мај", "јуни", "јули", "август", "септември", "октомври",
          "ноември", "декември"]
DAYS = ["понеделник", "вторник", "среда", "четврток", "петок", "сабота", "недела"]
UPGRADE = dt.datetime(2023, 10, 16)


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
Последно ажурирано: {UPDATED}

Зрно Кафе ДООЕЛ Скопје („Зрно“, „ние“) е пржионица на специјалитет кафе со продавница и кафе-бар во Скопје и онлајн продавница на www.zrno.mk. Со оваа политика ве информираме кои лични податоци ги собираме, зошто ги користиме, колку долго ги чуваме и кои се вашите права, во согласност со Законот за заштита на личните податоци („Службен весник на Република Северна Македонија“ бр. 42/2020).

## 1. Контролор на личните податоци

@ Зрно Кафе ДООЕЛ Скопје
@ ул. Орце Николов бр. 112, 1000 Скопје
@ ЕДБ: МК4080019512345
@ Телефон: +389 2 3216 540
@ Е-пошта: [privatnost@zrno.mk](mailto:privatnost@zrno.mk)

Офицер за заштита на личните податоци: Ана Трајковска, [oflp@zrno.mk](mailto:oflp@zrno.mk). Со офицерот можете да стапите во контакт за сите прашања поврзани со обработката на вашите лични податоци и со остварувањето на вашите права.

## 2. Кои податоци ги собираме

- име и презиме, адреса за испорака, телефонски број и е-пошта кога нарачувате од онлајн продавницата;
- податоци за претплатата „Кафе месечно“: избрано кафе, начин на мелење и зачестеност на испораката;
- историја на нарачки и поени од програмата за лојалност „Зрно картичка“;
- податоци за пријава на курсеви за баристи и дегустации (cupping);
- технички податоци: IP-адреса, тип на прелистувач, уред и колачиња.

Ако учествувате во наградни игри на нашиот Instagram или Facebook профил, ги обработуваме вашето корисничко име и, ако добиете награда, името и адресата за испорака на наградата. Податоците на учесниците ги бришеме 30 дена по објавувањето на добитниците.

Кога ќе ни пишете преку Instagram, Facebook Messenger или Viber, ги гледаме вашето име на профилот и содржината на пораката. Тие пораки ги користиме само за да ви одговориме и ги бришеме по една година, освен ако не се дел од рекламација.

Податоците од платежните картички не ги гледаме и не ги чуваме; плаќањето се врши директно преку платежната порта на банката.

Не собираме свесно податоци од лица помлади од 16 години. Ако дознаеме дека сме добиле такви податоци без согласност од родител, ќе ги избришеме.

## 3. Цели, правен основ и рокови на чување

| Цел | Правен основ | Рок на чување |
| Обработка и испорака на нарачки | исполнување договор | 5 години |
| Претплата „Кафе месечно“ | исполнување договор | до откажување на претплатата и 1 година потоа |
| Сметководство и даночни обврски | законска обврска | 10 години |
| Билтен и понуди | согласност | до повлекување на согласноста |
| Курсеви за баристи и дегустации | исполнување договор | 1 година |
| Безбедност во продавницата (видео надзор) | легитимен интерес | 30 дена |
| Статистика на веб-страницата | согласност | 14 месеци |

Кога обработката се заснова на согласност, согласноста е доброволна и можете да ја повлечете во секое време. Кога се заснова на легитимен интерес, претходно сме процениле дека нашиот интерес не преовладува над вашите права и слободи.

## 4. Приматели на податоците

Вашите податоци ги споделуваме само со обработувачи со кои имаме склучено договор за обработка на лични податоци:

| Обработувач | Намена |
| Халкбанк АД Скопје | платежна порта за картички |
| Македонска пошта АД Скопје | испорака низ државата |
| Карго Експрес ДООЕЛ Скопје | брза испорака во Скопје |
| The Rocket Science Group LLC (Mailchimp) | испраќање на билтенот |
| Google Ireland Limited | Google Analytics |
| Неотел ДООЕЛ Скопје | хостинг на веб-страницата |

Податоците не ги продаваме и не ги отстапуваме на трети лица за нивни маркетиншки цели. Податоци можеме да доставиме и до надлежни државни органи, како Управата за јавни приходи или Министерството за внатрешни работи, кога тоа го бара законот.

## 5. Пренос во трети земји

Mailchimp и Google можат да ги обработуваат податоците во Соединетите Американски Држави. Преносот се врши врз основа на стандардните договорни клаузули, односно рамката EU–US Data Privacy Framework, и по добиено одобрение од Агенцијата каде што тоа е потребно.

Кога нарачувате достава од кафе-барот преку апликации на трети лица, тие апликации се посебни контролори на вашите податоци и за нив важат нивните политики за приватност; ние ги добиваме само името, адресата и нарачката потребни за да ја подготвиме.

## 6. Колачиња

Веб-страницата користи неопходни колачиња за кошничката и за најавата, како и аналитички колачиња само ако дадете согласност преку лентата за колачиња. Согласноста можете да ја промените во секое време преку врската „Поставки за колачиња“ во подножјето на страницата.

| Колаче | Намена | Траење |
| Сесиско колаче на Joomla | најава и кошничка | до затворање на прелистувачот |
| cookieconsent | ја памети вашата одлука за колачињата | 12 месеци |
| _ga | статистика на посетите (Google Analytics), само со согласност | 14 месеци |

## 7. Видео надзор

Во продавницата и кафе-барот вршиме видео надзор заради заштита на имотот и безбедноста на вработените и посетителите. За видео надзорот сте известени со видливо известување на влезот. Снимките се чуваат најмногу 30 дена, а потоа автоматски се бришат. Пристап до снимките има само управителот, и тоа само кога постои инцидент, а снимки се даваат само на надлежните органи по нивно барање. Камерите не ги снимаат тоалетите и просториите за одмор на вработените.

## 8. Вашите права

Имате право:

- на пристап до вашите лични податоци;
- на исправка и бришење на податоците;
- на ограничување на обработката;
- на пренсливост на податоците;
- на приговор, вклучително и против директен маркетинг;
- да ја повлечете согласноста во секое време, без тоа да влијае на законитоста на претходната обработка.

Барањата испратете ги на privatnost@zrno.mk или предадете ги лично во продавницата. Ќе одговориме во рок од 30 дена. Заради заштита на вашите податоци, пред да одговориме може да побараме да го потврдите вашиот идентитет, на пример со одговор од е-поштата што ја користите кај нас.

Ако сметате дека вашите права се повредени, можете да поднесете барање до:

@ Агенција за заштита на личните податоци
@ бул. Гоце Делчев бр. 18, 1000 Скопје
@ [www.azlp.mk](https://www.azlp.mk)

## 9. Измени на политиката

Оваа политика може повремено да ја менуваме. Датумот на последната измена е наведен на врвот на страницата, а за поважните измени ќе ве известиме по е-пошта.
"""

EDITS = [
    {"note": "Wolt added to the processors table",
     "repl": [("| Карго Експрес ДООЕЛ Скопје | брза испорака во Скопје |",
               "| Карго Експрес ДООЕЛ Скопје | брза испорака во Скопје |\n| Wolt Македонија ДООЕЛ | достава од кафе-барот |")]},
    {"note": "typo fixed (пренсливост -> преносливост), date not bumped", "bump": False,
     "repl": [("на пренсливост на податоците", "на преносливост на податоците")]},
    {"note": "barista course data kept 2 years instead of 1",
     "repl": [("| Курсеви за баристи и дегустации | исполнување договор | 1 година |",
               "| Курсеви за баристи и дегустации | исполнување договор | 2 години |")]},
    {"note": "section 9 on automatic subscription payments added, changes renumbered 10",
     "repl": [("## 9. Измени на политиката",
               "## 9. Автоматско плаќање за претплатата\n\n"
               "Ако се претплатите на „Кафе месечно“, при првата нарачка банката ја зачувува вашата картичка во "
               "форма на токен, за да може претплатата автоматски да се наплатува секој месец. Ние го гледаме "
               "само типот на картичката и последните четири цифри. Претплатата и зачуваната картичка можете да "
               "ги откажете во секое време од вашиот профил, најдоцна три дена пред следната испорака.\n\n"
               "## 10. Измени на политиката")]},
    {"note": "phone number changed",
     "repl": [("@ Телефон: +389 2 3216 540", "@ Телефон: +389 70 321 654")]},
    {"note": "word inserted: никогаш не ги продаваме",
     "repl": [("Податоците не ги продаваме", "Податоците никогаш не ги продаваме")]},
]

ORIGINS = ["Етиопија Иргачефе", "Етиопија Гуџи", "Колумбија Уила", "Бразил Серадо", "Кенија Њери", "Гватемала Антигва",
           "Руанда Бурера", "Костарика Тарасу", "Перу Кахамарка", "Хондурас Марцала"]


def next_roast(when):
    """Roasts on Tuesdays and Thursdays; orders close at 16:00 the day before."""
    d = when
    for k in range(0, 8):
        day = (d + dt.timedelta(days=k)).date()
        if day.weekday() in (1, 3):
            cutoff = dt.datetime(day.year, day.month, day.day, 16) - dt.timedelta(days=1)
            if cutoff > when:
                return day, cutoff
    raise AssertionError


def noise(rng, when, i, prev):
    prev = prev or {}
    phase = "j4" if when >= UPGRADE else "j3"
    day, cutoff = next_roast(when)
    return {
        "platform": phase,
        "token": C.hexs(rng, 32),
        "media": C.keep_or(rng, prev.get("media") if prev.get("platform") == phase else None, 0.15,
                           lambda: C.hexs(rng, 32)),
        "hits": (prev.get("hits") or rng.randint(2400, 3100)) + rng.randint(15, 180),
        "roast": (day.isoformat(), cutoff.isoformat()),
        "origins": C.keep_or(rng, prev.get("origins"), 0.45, lambda: tuple(rng.sample(ORIGINS, 3))),
    }


LABELS = {"platform": "Joomla 3 / Helix3 -> Joomla 4 / Helix Ultimate 2", "token": "per-session form token",
          "media": "Joomla media version", "hits": "article hit counter (Прегледи, outside articleBody)",
          "roast": "roasting schedule module: next roast and order cut-off", "origins": "roasting module: this week's origins"}


def il(t):
    return C.inline_html(t)


def jce(b):
    kind, v = b
    if kind in ("h2", "h3"):
        return "<%s>%s</%s>" % (kind, il(v), kind)
    if kind == "p":
        return "<p>%s</p>" % il(v)
    if kind == "ul":
        return "<ul>\n" + "\n".join("<li>%s</li>" % il(x) for x in v) + "\n</ul>"
    if kind == "addr":
        return "<p>" + "<br />".join(il(x) for x in v) + "</p>"
    if kind == "table":
        head = "".join("<th>%s</th>" % il(c) for c in v[0])
        body = "\n".join("<tr>\n%s\n</tr>" % "\n".join("<td>%s</td>" % il(c) for c in r) for r in v[1:])
        return ('<table class="table table-striped" style="width: 100%%;">\n<thead>\n<tr>%s</tr>\n</thead>\n<tbody>\n'
                '%s\n</tbody>\n</table>' % (head, body))
    raise ValueError(kind)


MENU = [("/", "Почетна"), ("/kafe", "Кафе"), ("/pretplata", "Кафе месечно"), ("/oprema", "Опрема"),
        ("/kursevi", "Курсеви"), ("/kafe-bar", "Кафе-бар"), ("/kontakt", "Контакт")]
RETURN = "aHR0cHM6Ly93d3cuenJuby5tay9wb2xpdGlrYS16YS1wcml2YXRub3N0"


def roast_module(s):
    day, cutoff = dt.date.fromisoformat(s["roast"][0]), dt.datetime.fromisoformat(s["roast"][1])
    return ('<p><strong>Следно печење:</strong> %s, %d %s</p>\n<p>Нарачки до %s во %d ч.</p>\n'
            '<p><strong>Оваа недела печеме:</strong></p>\n<ul class="roast-origins">%s</ul>'
            % (DAYS[day.weekday()], day.day, MONTHS[day.month - 1], DAYS[cutoff.weekday()], cutoff.hour,
               "".join("<li>%s</li>" % html.escape(o) for o in s["origins"])))


def render_j3(s, body, when):
    menu = "".join('<li class="sp-menu-item"><a  href="%s" >%s</a></li>' % (u, t) for u, t in MENU)
    return """<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="mk-mk" lang="mk-mk" dir="ltr">
	<head>
		<meta http-equiv="X-UA-Compatible" content="IE=edge">
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<link href="/images/zrno-favicon.png" rel="shortcut icon" type="image/vnd.microsoft.icon" />
		<base href="%(url)s" />
	<meta http-equiv="content-type" content="text/html; charset=utf-8" />
	<meta name="author" content="Зрно" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>Политика за приватност - Зрно пржионица</title>
	<link href="/templates/shaper_helix3/css/bootstrap.min.css?%(media)s" rel="stylesheet" type="text/css" />
	<link href="/templates/shaper_helix3/css/font-awesome.min.css?%(media)s" rel="stylesheet" type="text/css" />
	<link href="/templates/shaper_helix3/css/template.css?%(media)s" rel="stylesheet" type="text/css" />
	<link href="/templates/shaper_helix3/css/presets/preset1.css?%(media)s" rel="stylesheet" type="text/css" class="preset" />
	<link href="/templates/shaper_helix3/css/custom.css?%(media)s" rel="stylesheet" type="text/css" />
	<script type="application/json" class="joomla-script-options new">{"csrf.token":"%(token)s","system.paths":{"root":"","base":""}}</script>
	<script src="/media/jui/js/jquery.min.js?%(media)s" type="text/javascript"></script>
	<script src="/media/jui/js/jquery-noconflict.js?%(media)s" type="text/javascript"></script>
	<script src="/media/jui/js/jquery-migrate.min.js?%(media)s" type="text/javascript"></script>
	<script src="/media/system/js/caption.js?%(media)s" type="text/javascript"></script>
	<script src="/media/system/js/core.js?%(media)s" type="text/javascript"></script>
	<script src="/templates/shaper_helix3/js/bootstrap.min.js?%(media)s" type="text/javascript"></script>
	<script src="/templates/shaper_helix3/js/main.js?%(media)s" type="text/javascript"></script>
	<script type="text/javascript">
jQuery(window).on('load',  function() {
				new JCaption('img.caption');
			});
var sp_preloader = '0';
var sp_gotop = '1';
var sp_offanimation = 'default';
	</script>
	<meta property="og:url" content="%(url)s" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="Политика за приватност" />
	</head>

	<body class="site com-content view-article no-layout no-task itemid-128 mk-mk ltr  sticky-header layout-fluid off-canvas-menu-init">

		<div class="body-wrapper">
			<div class="body-innerwrapper">
				<section id="sp-top-bar"><div class="container"><div class="row"><div id="sp-top1" class="col-sm-6 col-md-6"><div class="sp-column "><ul class="sp-contact-info"><li class="sp-contact-phone"><i class="fa fa-phone" aria-hidden="true"></i> <a href="tel:+38923216540">+389 2 3216 540</a></li><li class="sp-contact-email"><i class="fa fa-envelope" aria-hidden="true"></i> <a href="mailto:zdravo@zrno.mk">zdravo@zrno.mk</a></li></ul></div></div><div id="sp-top2" class="col-sm-6 col-md-6"><div class="sp-column "><ul class="social-icons"><li><a target="_blank" href="https://www.facebook.com/zrno.mk" aria-label="facebook"><i class="fa fa-facebook"></i></a></li><li><a target="_blank" href="https://www.instagram.com/zrno.mk" aria-label="instagram"><i class="fa fa-instagram"></i></a></li></ul></div></div></div></div></section><header id="sp-header"><div class="container"><div class="row"><div id="sp-logo" class="col-xs-8 col-sm-3 col-md-3"><div class="sp-column "><div class="logo"><a href="/"><img class="sp-default-logo" src="/images/zrno-logo.svg" alt="Зрно пржионица"></a></div></div></div><div id="sp-menu" class="col-xs-4 col-sm-9 col-md-9"><div class="sp-column ">			<div class='sp-megamenu-wrapper'>
				<a id="offcanvas-toggler" class="visible-sm visible-xs" aria-label="Menu" href="#"><i class="fa fa-bars" aria-hidden="true" title="Menu"></i></a>
				<ul class="sp-megamenu-parent menu-slide-down hidden-sm hidden-xs">%(menu)s</ul>			</div>
		</div></div></div></div></header><section id="sp-page-title"><div class="row"><div id="sp-title" class="col-sm-12 col-md-12"><div class="sp-column "></div></div></div></section><section id="sp-main-body"><div class="container"><div class="row"><div id="sp-component" class="col-sm-9 col-md-9"><div class="sp-column "><div id="system-message-container">
	</div>
<article class="item item-page" itemscope itemtype="http://schema.org/Article">
	<meta itemprop="inLanguage" content="mk-MK" />
	
	

	<div class="entry-header">

						<dl class="article-info">

		
			<dt class="article-info-term"></dt>	
				
			
			
			
			
			
			
				
									<dd class="hits">
	<i class="fa fa-eye"></i>
	<meta itemprop="interactionCount" content="UserPageVisits:%(hits)d" />
	Прегледи: %(hits)d</dd>							
		

	</dl>
		
					<h2 itemprop="name">
									Политика за приватност							</h2>
												</div>

					
	
	
				
								<div itemprop="articleBody">
		%(body)s	</div>

	
	
				
	
	
			<div class="article-footer-wrap">
			<div class="article-footer-top">
											</div>
					</div>
	
</article>
</div></div><div id="sp-right" class="col-sm-3 col-md-3"><div class="sp-column class2"><div class="sp-module "><h3 class="sp-module-title">Распоред на печење</h3><div class="sp-module-content">

<div class="custom"  >
	%(roast)s</div>
</div></div><div class="sp-module "><h3 class="sp-module-title">Најава</h3><div class="sp-module-content"><form action="/politika-za-privatnost" method="post" id="login-form" >
	<div class="userdata">
		<div id="form-login-username" class="form-group">
			<input id="modlgn-username" type="text" name="username" class="form-control" tabindex="0" size="18" placeholder="Корисничко име" />
		</div>
		<div id="form-login-password" class="form-group">
			<input id="modlgn-passwd" type="password" name="password" class="form-control" tabindex="0" size="18" placeholder="Лозинка" />
		</div>
		<div id="form-login-submit" class="form-group">
			<button type="submit" tabindex="0" name="Submit" class="btn btn-primary login-button">Најава</button>
		</div>
		<input type="hidden" name="option" value="com_users" />
		<input type="hidden" name="task" value="user.login" />
		<input type="hidden" name="return" value="%(ret)s" />
		<input type="hidden" name="%(token)s" value="1" />
	</div>
</form>
</div></div></div></div></div></div></section><footer id="sp-footer"><div class="container"><div class="row"><div id="sp-footer1" class="col-sm-12 col-md-12"><div class="sp-column "><span class="sp-copyright">&copy; %(year)d Зрно Кафе ДООЕЛ Скопје. Сите права задржани. &middot; <a href="/politika-za-privatnost">Политика за приватност</a> &middot; <a href="/uslovi-za-koristenje">Услови за користење</a> &middot; <a href="#" class="cookie-settings">Поставки за колачиња</a></span></div></div></div></div></footer>			</div>
		</div>

		<div class="offcanvas-menu">
			<a href="#" class="close-offcanvas" aria-label="Close"><i class="fa fa-remove" aria-hidden="true" title="Close"></i></a>
			<div class="offcanvas-inner">
				<p class="alert alert-warning">Publish a module in the <strong>offcanvas</strong> position.</p>
			</div>
		</div>
		<a href="javascript:void(0)" class="scrollup" aria-label="Go To Top">&nbsp;</a>
	</body>
</html>""" % {"url": URL, "media": s["media"], "token": s["token"], "menu": menu, "hits": s["hits"], "body": body,
              "roast": roast_module(s), "ret": RETURN, "year": when.year}


def render_j4(s, body, when):
    menu = "".join('<li class="sp-menu-item"><a   href="%s" >%s</a></li>' % (u, t) for u, t in MENU)
    return """<!doctype html>
<html lang="mk-mk" dir="ltr">
	<head>
		
		<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
		<meta charset="utf-8">
	<meta name="author" content="Зрно">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>Политика за приватност - Зрно пржионица</title>
	<link href="/images/zrno-favicon.png" rel="icon" type="image/vnd.microsoft.icon">
<link href="/media/vendor/joomla-custom-elements/css/joomla-alert.min.css?0.2.0" rel="stylesheet" />
	<link href="/templates/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet" />
	<link href="/plugins/system/helixultimate/assets/css/system-j4.min.css" rel="stylesheet" />
	<link href="/media/system/css/joomla-fontawesome.min.css?%(media)s" rel="stylesheet" />
	<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet" />
	<link href="/templates/shaper_helixultimate/css/presets/default.css" rel="stylesheet" />
	<link href="/templates/shaper_helixultimate/css/custom.css" rel="stylesheet" />
	<style>.sp-megamenu-parent > li > a, .sp-megamenu-parent > li > span {font-family: 'Manrope', sans-serif;}
#sp-header {background-color: #2b1d16;}</style>
<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
	<script src="/media/legacy/js/jquery-noconflict.min.js?647005fc12b79b3ca2bb30c059899d5994e3e34d"></script>
	<script type="application/json" class="joomla-script-options new">{"data":{"breakpoints":{"tablet":991,"mobile":480},"header":{"stickyOffset":"100"}},"joomla.jtext":{"ERROR":"Грешка","MESSAGE":"Порака","NOTICE":"Известување","WARNING":"Предупредување","JCLOSE":"Затвори","JOK":"Во ред","JOPEN":"Отвори"},"system.paths":{"root":"","rootFull":"https:\\/\\/www.zrno.mk\\/","base":"","baseFull":"https:\\/\\/www.zrno.mk\\/"},"csrf.token":"%(token)s","system.keepalive":{"interval":840000,"uri":"\\/component\\/ajax\\/?format=json"}}</script>
	<script src="/media/system/js/core.min.js?%(media)s"></script>
	<script src="/media/vendor/bootstrap/js/bootstrap-es5.min.js?5.3.2" nomodule defer></script>
	<script src="/media/system/js/keepalive-es5.min.js?%(media)s" defer nomodule></script>
	<script src="/media/system/js/messages-es5.min.js?%(media)s" nomodule defer></script>
	<script src="/media/system/js/keepalive.min.js?%(media)s" type="module"></script>
	<script src="/media/system/js/messages.min.js?%(media)s" type="module"></script>
	<script src="/templates/shaper_helixultimate/js/main.js"></script>
	<script>template="shaper_helixultimate";</script>
	<meta property="og:type" content="article" />
	<meta property="og:title" content="Политика за приватност" />
	<meta property="og:url" content="%(url)s" />
			</head>
	<body class="site helix-ultimate hu com_content com-content view-article layout-default task-none itemid-128 mk-mk ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">

		
		
		<div class="body-wrapper">
			<div class="body-innerwrapper">
				<div class="sticky-header-placeholder"></div>
<div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row"><div id="sp-top1" class="col-lg-6 "><div class="sp-column text-center text-lg-start"><ul class="sp-contact-info"><li class="sp-contact-phone"><span class="fas fa-phone" aria-hidden="true"></span> <a href="tel:+38923216540">+389 2 3216 540</a></li><li class="sp-contact-email"><span class="far fa-envelope" aria-hidden="true"></span> <a href="mailto:zdravo@zrno.mk">zdravo@zrno.mk</a></li></ul></div></div><div id="sp-top2" class="col-lg-6 "><div class="sp-column text-center text-lg-end"><ul class="social-icons"><li class="social-icon-facebook"><a target="_blank" rel="noopener noreferrer" href="https://www.facebook.com/zrno.mk" aria-label="Facebook"><span class="fab fa-facebook" aria-hidden="true"></span></a></li><li class="social-icon-instagram"><a target="_blank" rel="noopener noreferrer" href="https://www.instagram.com/zrno.mk" aria-label="Instagram"><span class="fab fa-instagram" aria-hidden="true"></span></a></li></ul></div></div></div></div></div></div><header id="sp-header"><div class="container"><div class="container-inner"><div class="row"><div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/"><img class='logo-image ' src='/images/zrno-logo.svg' alt='Зрно пржионица' height='48' /></a></div></div></div><div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center"><nav class="sp-megamenu-wrapper d-flex" role="navigation"><a id="offcanvas-toggler" aria-label="Мени" class="offcanvas-toggler-right d-flex d-lg-none" href="#"><div class="burger-icon" aria-hidden="true"><span></span><span></span><span></span></div></a><ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block">%(menu)s</ul></nav></div></div></div></div></div></header>
<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row"><main id="sp-component" class="col-lg-9 " role="main"><div class="sp-column "><div id="system-message-container" aria-live="polite">
	</div>


<div class="article-details " itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="mk-MK">
	
	
					
		
		<div class="article-header">
					<h1 itemprop="headline">
				Политика за приватност			</h1>
									</div>
		<div class="article-can-edit d-flex flex-wrap justify-content-between">
				</div>
				<div class="article-info">

	
		
		
		
		
		
		
	
			
		
				
			<span class="hits">
	<meta itemprop="interactionCount" content="UserPageVisits:%(hits)d">
	Прегледи: %(hits)d</span>
				
			</div>
	
		
			
		
		
	
	<div itemprop="articleBody">
		%(body)s	</div>

	
	
	
			
		
	

	
				</div>



			</div></main><aside id="sp-right" class="col-lg-3 "><div class="sp-column class2"><div class="sp-module "><h3 class="sp-module-title">Распоред на печење</h3><div class="sp-module-content">
<div id="mod-custom118" class="mod-custom custom">
    %(roast)s</div>
</div></div><div class="sp-module "><h3 class="sp-module-title">Најава</h3><div class="sp-module-content"><form id="login-form-16" class="mod-login" action="/politika-za-privatnost" method="post">

	
	<div class="mod-login__userdata userdata">
		<div class="mod-login__username form-group mb-3">
							<input id="modlgn-username-16" type="text" name="username" class="form-control" autocomplete="username" placeholder="Корисничко име">
						</div>
		<div class="mod-login__password form-group mb-3">
							<input id="modlgn-passwd-16" type="password" name="password" autocomplete="current-password" class="form-control" placeholder="Лозинка">
						</div>
		<div class="mod-login__submit form-group">
			<button type="submit" name="Submit" class="btn btn-primary w-100">Најава</button>
		</div>
			<input type="hidden" name="option" value="com_users">
		<input type="hidden" name="task" value="user.login">
		<input type="hidden" name="return" value="%(ret)s">
		<input type="hidden" name="%(token)s" value="1">	</div>
	</form>
</div></div></div></aside></div></div></div></section><footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row"><div id="sp-footer1" class="col-lg-12 "><div class="sp-column "><span class="sp-copyright">&copy; %(year)d Зрно Кафе ДООЕЛ Скопје. Сите права задржани. &middot; <a href="/politika-za-privatnost">Политика за приватност</a> &middot; <a href="/uslovi-za-koristenje">Услови за користење</a> &middot; <a href="#" class="cookie-settings">Поставки за колачиња</a></span></div></div></div></div></div></footer>			</div>
		</div>

		<!-- Off Canvas Menu -->
		<div class="offcanvas-overlay"></div>
		<!-- Rendering the offcanvas style -->
		<!-- If canvas style selected then render the style -->
		<!-- otherwise (for old templates) attach the offcanvas module position -->
					<div class="offcanvas-menu">
	<div class="d-flex align-items-center p-3 pt-4">
				<a href="#" class="close-offcanvas" role="button" aria-label="Close Off-canvas">
			<div class="burger-icon" aria-hidden="true">
				<span></span>
				<span></span>
				<span></span>
			</div>
		</a>
	</div>
</div>
		
		<!-- Go to top -->
					<a href="#" class="sp-scroll-up" aria-label="Scroll Up"><span class="fas fa-angle-up" aria-hidden="true"></span></a>
					</body>
</html>""" % {"url": URL, "media": s["media"], "token": s["token"], "menu": menu, "hits": s["hits"], "body": body,
              "roast": roast_module(s), "ret": RETURN, "year": when.year}


def render(s, blocks, when):
    body = "\n".join(jce(b) for b in blocks)
    return (render_j4 if s["platform"] == "j4" else render_j3)(s, body, when)


PAGE = {
    "service": "Zrno Coffee Roasters",
    "url": URL,
    "lang": "mk",
    "platform": "Joomla 3.10 / Helix3, upgraded to Joomla 4.4 / Helix Ultimate 2",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "LiteSpeed"), ("Cache-Control", "no-store, no-cache, must-revalidate"),
                      ("Pragma", "no-cache"), ("Expires", "Wed, 17 Aug 2005 00:00:00 GMT")),
    "n": 31,
    "start": dt.date(2021, 6, 21),
    "end": dt.date(2025, 3, 3),
    "policy": POLICY,
    "first_updated": dt.date(2021, 3, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ['[itemprop="articleBody"]']},
}
