"""Russian yoga-studio network (studios plus a class-booking app) on 1C-Bitrix "Site Management" in windows-1251
(`UTF_MODE: N`), a custom template built from bootstrap_v4: the policy is a static page (`index.php` written in
the visual editor) printed into `.bx-content`, the title in the template's `<h1 id="pagetitle">` above it.

A fairly clean page: per visit only Bitrix's `BX.message` values change (`bitrix_sessid`, `SERVER_TIME`), and
the sidebar's "Ближайшие занятия" widget (next classes and free places, from the YCLIENTS schedule, in a composite
cache frame) lists what is on next in Moscow time; the `?<mtime><size>` suffixes of the `/bitrix/cache/` CSS/JS
bundles move when the template cache is rebuilt. All outside `.bx-content`.
"""
import datetime as dt
import html

import common as C

URL = "https://asana-life.ru/politika-konfidentsialnosti/"

POLICY = """
г. Москва, редакция от {UPDATED}

## 1. Общие положения

1.1. Настоящая Политика в отношении обработки персональных данных (далее — Политика) составлена в соответствии с требованиями Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных» и определяет порядок обработки персональных данных и меры по обеспечению их безопасности, предпринимаемые ООО «Асана Лайф» (далее — Оператор).

1.2. Оператор ставит своей важнейшей целью и условием осуществления своей деятельности соблюдение прав и свобод человека и гражданина при обработке его персональных данных, в том числе защиты прав на неприкосновенность частной жизни, личную и семейную тайну.

1.3. Настоящая Политика применяется ко всей информации, которую Оператор может получить о посетителях сайта asana-life.ru, пользователях мобильного приложения «Асана Лайф» для записи на занятия и клиентах студий йоги сети «Асана Лайф».

1.4. Заполняя формы на сайте или в приложении и проставляя отметку о согласии, Пользователь подтверждает, что ознакомлен с настоящей Политикой и даёт согласие на обработку своих персональных данных на изложенных в ней условиях.

## 2. Основные понятия

- Персональные данные — любая информация, относящаяся прямо или косвенно к определённому или определяемому физическому лицу (субъекту персональных данных).
- Обработка персональных данных — любое действие (операция) или совокупность действий (операций), совершаемых с использованием средств автоматизации или без использования таких средств с персональными данными, включая сбор, запись, систематизацию, накопление, хранение, уточнение, извлечение, использование, передачу, обезличивание, блокирование, удаление, уничтожение.
- Оператор — юридическое лицо, самостоятельно или совместно с другими лицами организующее и (или) осуществляющее обработку персональных данных.
- Обезличивание персональных данных — действия, в результате которых становится невозможным без использования дополнительной информации определить принадлежность персональных данных конкретному субъекту.
- Пользователь — любой посетитель сайта или приложения, а также клиент студии.

## 3. Сведения об Операторе

@ Общество с ограниченной ответственностью «Асана Лайф»
@ ИНН 7704123456, ОГРН 1187746123456
@ Адрес: 119034, г. Москва, ул. Остоженка, д. 12, стр. 1
@ Телефон: +7 (495) 123-45-67
@ Электронная почта: privacy@asana-life.ru

## 4. Цели обработки, категории данных и сроки

| Цель обработки | Категории персональных данных | Срок обработки |
| Запись на занятия и управление абонементами | фамилия, имя, номер телефона, адрес электронной почты, история посещений | в течение действия абонемента и 3 лет после его окончания |
| Заключение и исполнение договора оказания услуг | фамилия, имя, отчество, ИНН (при оформлении справки для социального налогового вычета), платёжные реквизиты | 5 лет после исполнения договора |
| Учёт противопоказаний к занятиям | сведения о состоянии здоровья, сообщённые клиентом в анкете | до отзыва согласия, но не более 1 года после последнего посещения |
| Информационная и рекламная рассылка | имя, номер телефона, адрес электронной почты | до отзыва согласия |
| Анализ посещаемости сайта | файлы cookie, IP-адрес, сведения о браузере и устройстве | 1 год |

## 5. Правовые основания обработки

Оператор обрабатывает персональные данные на основании Федерального закона № 152-ФЗ, Гражданского кодекса Российской Федерации, Налогового кодекса Российской Федерации, договоров, заключаемых с клиентами, а также согласия субъекта на обработку персональных данных. Сведения о состоянии здоровья обрабатываются только при наличии согласия субъекта в письменной форме.

## 6. Порядок и условия обработки

6.1. Обработка персональных данных осуществляется с использованием средств автоматизации и без их использования.

6.2. При сборе персональных данных граждан Российской Федерации Оператор обеспечивает запись, систематизацию, накопление, хранение, уточнение и извлечение персональных данных с использованием баз данных, находящихся на территории Российской Федерации.

6.3. Оператор не осуществляет трансграничную передачу персональных данных.

6.4. Персональные данные уничтожаются при достижении целей обработки или при отзыве согласия субъекта, если иное не предусмотрено законом. Уничтожение подтверждается актом об уничтожении персональых данных.

6.5. Оператор принимает необходимые правовые, организационные и технические меры для защиты персональных данных от неправомерного или случайного доступа, уничтожения, изменения, блокирования, копирования, предоставления и распространения, в том числе назначает лицо, ответственное за организацию обработки персональных данных, и ограничивает доступ работников студий к персональным данным клиентов.

6.6. В случае выявления неправомерной или случайной передачи персональных данных, повлёкшей нарушение прав субъектов, Оператор уведомляет Роскомнадзор в течение 24 часов, а о результатах внутреннего расследования — в течение 72 часов.

## 7. Передача персональных данных третьим лицам

Оператор вправе поручить обработку персональных данных следующим лицам:

- ООО «Иклайентс» (YCLIENTS) — сервис онлайн-записи и учёта клиентов;
- ООО НКО «ЮМани» (ЮKassa) — приём платежей;
- ООО «СМС Центр» — отправка SMS-уведомлений о занятиях;
- ООО «Яндекс» — сервис веб-аналитики Яндекс Метрика.

Лица, осуществляющие обработку персональных данных по поручению Оператора, обязуются соблюдать принципы и правила обработки персональных данных, предусмотренные Федеральным законом № 152-ФЗ, и обеспечивать конфиденциальность и безопасность персональных данных.

## 8. Права субъекта персональных данных

Пользователь вправе получать информацию, касающуюся обработки его персональных данных, требовать уточнения, блокирования или уничтожения своих персональных данных, если они являются неполными, устаревшими, неточными или обрабатываются незаконно, а также отозвать согласие на обработку персональных данных, направив Оператору письмо на адрес privacy@asana-life.ru с пометкой «Отзыв согласия». Оператор рассматривает обращение в течение 10 рабочих дней.

Запрос должен содержать номер основного документа, удостоверяющего личность субъекта или его представителя, сведения о дате выдачи указанного документа и выдавшем его органе, сведения, подтверждающие участие субъекта в отношениях с Оператором (например, номер абонемента), а также подпись субъекта или его представителя.

Пользователь вправе обжаловать действия Оператора в Федеральную службу по надзору в сфере связи, информационных технологий и массовых коммуникаций (Роскомнадзор) или в судебном порядке.

## 9. Заключительные положения

9.1. Оператор вправе вносить изменения в настоящую Политику. Новая редакция вступает в силу с момента её размещения на сайте, если иное не предусмотрено новой редакцией.

9.2. Сайт использует файлы cookie и сервис Яндекс Метрика для анализа посещаемости. Пользователь может отключить сохранение файлов cookie в настройках браузера; в этом случае часть функций сайта, в том числе онлайн-запись, может работать некорректно.

9.3. Актуальная версия Политики находится в свободном доступе по адресу https://asana-life.ru/politika-konfidentsialnosti/.
"""

EDITS = [
    {"note": "typo fixed: персональых -> персональных (no new date)", "bump": False,
     "repl": [("актом об уничтожении персональых данных", "актом об уничтожении персональных данных")]},
    {"note": "bookings retention shortened: 3 years -> 1 year after the membership ends",
     "repl": [("в течение действия абонемента и 3 лет после его окончания",
               "в течение действия абонемента и 1 года после его окончания")]},
    {"note": "processor added: Unisender (e-mail newsletters)",
     "repl": [("- ООО «СМС Центр» — отправка SMS-уведомлений о занятиях;",
               "- ООО «СМС Центр» — отправка SMS-уведомлений о занятиях;\n- ООО «Юнисендер Смарт» — отправка электронных писем и рассылок;")]},
    {"note": "sentence added: entry in the Roskomnadzor register of operators",
     "repl": [("## 4. Цели обработки, категории данных и сроки",
               "Оператор внесён в реестр операторов, осуществляющих обработку персональных данных, под регистрационным номером 77-23-145678.\n\n## 4. Цели обработки, категории данных и сроки")]},
    {"note": "office moved: operator's address changed",
     "repl": [("@ Адрес: 119034, г. Москва, ул. Остоженка, д. 12, стр. 1",
               "@ Адрес: 119019, г. Москва, Пречистенская наб., д. 17, офис 305")]},
]

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]


def fmt_date(d):
    return "%d %s %d г." % (d.day, RU_MONTHS[d.month - 1], d.year)


STUDIOS = ["Остоженка", "Патриаршие", "Сокол", "Красная Пресня"]
TIMETABLE = [  # (weekday or None for every day, hh:mm, class, studio index)
    (None, "08:00", "Утренняя хатха-йога", 0), (None, "10:00", "Йога для спины", 1), (None, "12:30", "Хатха-йога", 2),
    (None, "18:30", "Виньяса-флоу", 0), (None, "19:00", "Йога-нидра", 3), (None, "20:15", "Инь-йога", 1),
    (5, "11:00", "Йога для беременных", 2), (6, "11:00", "Аштанга-йога (майсор)", 0), (2, "09:30", "Кундалини-йога", 3),
]
TEACHERS = ["Анна Смирнова", "Мария Кузнецова", "Дмитрий Орлов", "Екатерина Волкова", "Ольга Лебедева", "Илья Соколов"]


def next_classes(local, rng):
    out = []
    day = local.date()
    while len(out) < 4:
        for wd, hm, name, s in sorted(TIMETABLE, key=lambda x: x[1]):
            if wd is not None and wd != day.weekday():
                continue
            h, m = map(int, hm.split(":"))
            t = dt.datetime(day.year, day.month, day.day, h, m)
            if t > local and len(out) < 4:
                out.append((t.isoformat(), name, STUDIOS[s], rng.choice(TEACHERS), rng.randint(0, 14)))
        day += dt.timedelta(days=1)
    return out


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["sessid"] = C.hexs(rng, 32)
    st["server_time"] = str(C.epoch(when))
    st["cache"] = C.keep_or(rng, p.get("cache"), 0.12, lambda: (str(C.epoch(when) - rng.randint(3600, 86400 * 20)),
                                                                C.hexs(rng, 16), C.hexs(rng, 16)))
    st["classes"] = next_classes(when + dt.timedelta(hours=3), rng)
    return st


LABELS = {"sessid": "BX.message bitrix_sessid", "server_time": "BX.message SERVER_TIME",
          "cache": "/bitrix/cache/ bundle ?mtime+size suffixes and template hashes",
          "classes": "sidebar 'Ближайшие занятия' (next classes, free places)"}


def esc(s):
    return html.escape(s, quote=False)


def content_html(blocks):
    out = []
    for kind, v in blocks:
        bold = lambda raw: "<b>%s</b>" % esc(raw)  # noqa: E731
        inl = lambda t: C.inline_html(t, bold=bold)  # noqa: E731
        if kind == "h2":
            out.append("<h2>%s</h2>" % inl(v))
        elif kind == "p" and v.startswith("г. Москва"):
            out.append('<p style="text-align: right;">\n\t<i>%s</i>\n</p>' % inl(v))
        elif kind == "p":
            out.append('<p style="text-align: justify;">\n\t %s\n</p>' % inl(v))
        elif kind == "ul":
            out.append("<ul>\n%s\n</ul>" % "\n".join('\t<li style="text-align: justify;">%s</li>' % inl(x) for x in v))
        elif kind == "table":
            head = "".join("\t<td>\n\t\t <b>%s</b>\n\t</td>\n" % inl(x) for x in v[0])
            rows = "".join("<tr>\n%s</tr>\n" % "".join("\t<td>\n\t\t %s\n\t</td>\n" % inl(x) for x in r) for r in v[1:])
            out.append('<table border="1" cellpadding="5" cellspacing="0" style="width: 100%%;">\n<tbody>\n<tr>\n%s</tr>\n%s</tbody>\n</table>'
                       % (head, rows))
        elif kind == "addr":
            out.append("<p>\n\t %s\n</p>" % "<br>\n\t ".join(inl(x) for x in v))
        else:
            out.append(C.block_html((kind, v)))
    return "\n".join(out)


MENU = [("Расписание", "/schedule/"), ("Направления", "/directions/"), ("Преподаватели", "/teachers/"),
        ("Абонементы", "/prices/"), ("Студии", "/studios/"), ("Приложение", "/app/")]


def render(st, blocks, when):
    mt, th1, th2 = st["cache"]
    local = when + dt.timedelta(hours=3)
    menu = "\n".join('\t\t\t<li><a href="%s">%s</a></li>' % (u, esc(t)) for t, u in MENU)
    items = []
    for iso_t, name, studio, teacher, free in st["classes"]:
        t = dt.datetime.fromisoformat(iso_t)
        day = "Сегодня" if t.date() == local.date() else ("Завтра" if t.date() == local.date() + dt.timedelta(days=1)
                                                          else t.strftime("%d.%m"))
        spots = ('<span class="sched__free">мест: %d</span>' % free if free else
                 '<span class="sched__free sched__free--none">лист ожидания</span>')
        items.append('\t\t<li class="sched__item"><span class="sched__time">%s, %s</span> <a class="sched__name" '
                     'href="/schedule/?studio=%d">%s</a> <span class="sched__meta">%s &middot; %s</span> %s</li>'
                     % (day, t.strftime("%H:%M"), STUDIOS.index(studio) + 1, esc(name), esc(studio), esc(teacher), spots))
    return """<!DOCTYPE html>
<html xml:lang="ru" lang="ru">
<head>
	<meta http-equiv="X-UA-Compatible" content="IE=edge" />
	<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0">
	<link rel="shortcut icon" type="image/x-icon" href="/favicon.ico" />
	<title>Политика конфиденциальности &mdash; сеть студий йоги &laquo;Асана Лайф&raquo;</title>
	<meta http-equiv="Content-Type" content="text/html; charset=windows-1251" />
<meta name="robots" content="index, follow" />
<meta name="keywords" content="студия йоги, йога в Москве, политика конфиденциальности" />
<meta name="description" content="Политика в отношении обработки персональных данных ООО &laquo;Асана Лайф&raquo;" />
<link href="/bitrix/js/ui/design-tokens/dist/ui.design-tokens.min.css?%(mt)s23659" type="text/css"  rel="stylesheet" />
<link href="/bitrix/js/ui/fonts/opensans/ui.font.opensans.min.css?16720148552320" type="text/css"  rel="stylesheet" />
<link href="/bitrix/js/main/popup/dist/main.popup.bundle.min.css?%(mt)s26598" type="text/css"  rel="stylesheet" />
<link href="/bitrix/cache/css/s1/asana/page_%(th1)s/page_%(th1)s_v1.css?%(mt)s1287" type="text/css"  rel="stylesheet" />
<link href="/bitrix/cache/css/s1/asana/template_%(th2)s/template_%(th2)s_v1.css?%(mt)s184213" type="text/css"  data-template-style="true" rel="stylesheet" />
<script type="text/javascript">if(!window.BX)window.BX={};if(!window.BX.message)window.BX.message=function(mess){if(typeof mess==='object'){for(let i in mess) {BX.message[i]=mess[i];} return true;}};</script>
<script type="text/javascript">(window.BX||top.BX).message({'JS_CORE_LOADING':'Загрузка...','JS_CORE_NO_DATA':'- Нет данных -','JS_CORE_WINDOW_CLOSE':'Закрыть','JS_CORE_WINDOW_EXPAND':'Развернуть','JS_CORE_WINDOW_NARROW':'Свернуть в окно','JS_CORE_WINDOW_SAVE':'Сохранить','JS_CORE_WINDOW_CANCEL':'Отменить','JS_CORE_WINDOW_CONTINUE':'Продолжить','JS_CORE_H':'ч','JS_CORE_M':'м','JS_CORE_S':'с','JSADM_AI_HIDE_EXTRA':'Скрыть лишние','JSADM_AI_ALL_NOTIF':'Показать все','JSADM_AUTH_REQ':'Требуется авторизация!','JS_CORE_WINDOW_AUTH':'Войти','JS_CORE_IMAGE_FULL':'Полный размер'});</script>
<script type="text/javascript">(window.BX||top.BX).message({'LANGUAGE_ID':'ru','FORMAT_DATE':'DD.MM.YYYY','FORMAT_DATETIME':'DD.MM.YYYY HH:MI:SS','COOKIE_PREFIX':'BITRIX_SM','SERVER_TZ_OFFSET':'10800','UTF_MODE':'N','SITE_ID':'s1','SITE_DIR':'/','USER_ID':'','SERVER_TIME':'%(stime)s','USER_TZ_OFFSET':'0','USER_TZ_AUTO':'Y','bitrix_sessid':'%(sessid)s'});</script>

<script type="text/javascript"  src="/bitrix/cache/js/s1/asana/kernel_main/kernel_main_v1.js?%(mt)s158483"></script>
<script type="text/javascript"  src="/bitrix/js/ui/dexie/dist/dexie3.bundle.min.js?168765432188295"></script>
<script type="text/javascript"  src="/bitrix/js/main/core/core_ls.min.js?16720148557365"></script>
<script type="text/javascript"  src="/bitrix/js/main/core/core_frame_cache.min.js?168765432111264"></script>
<script type="text/javascript">BX.setJSList(['/bitrix/js/main/core/core_ajax.js','/bitrix/js/main/core/core_promise.js','/bitrix/js/main/polyfill/promise/js/promise.js','/bitrix/js/main/loadext/loadext.js','/bitrix/js/main/loadext/extension.js','/bitrix/js/main/polyfill/closest/js/closest.js','/bitrix/js/main/polyfill/fill/main.polyfill.fill.js','/bitrix/js/main/polyfill/find/js/find.js','/bitrix/js/main/polyfill/matches/js/matches.js','/bitrix/js/main/core/core.js','/bitrix/js/main/core/core_fx.js','/bitrix/templates/asana/js/bootstrap.bundle.min.js','/bitrix/templates/asana/js/script.js']);</script>
<script type="text/javascript">BX.setCSSList(['/bitrix/templates/asana/css/bootstrap.min.css','/bitrix/templates/asana/styles.css','/bitrix/templates/asana/template_styles.css']);</script>
<script type="text/javascript">
					(function () {
						"use strict";

						var counter = function ()
						{
							var cookie = (function (name) {
								var parts = ("; " + document.cookie).split("; " + name + "=");
								if (parts.length === 2) {
									try {return JSON.parse(decodeURIComponent(parts.pop().split(";").shift()));}
									catch (e) {}
								}
							})("BITRIX_CONVERSION_CONTEXT_s1");

							if (cookie && cookie.EXPIRE >= BX.message("SERVER_TIME"))
								return;

							var request = new XMLHttpRequest();
							request.open("POST", "/bitrix/tools/conversion/ajax_counter.php", true);
							request.setRequestHeader("Content-type", "application/x-www-form-urlencoded");
							request.send(
								"SITE_ID="+encodeURIComponent("s1")+
								"&sessid="+encodeURIComponent(BX.bitrix_sessid())+
								"&HTTP_REFERER="+encodeURIComponent(document.referrer)
							);
						};

						if (window.frameRequestStart === true)
							BX.addCustomEvent("onFrameDataReceived", counter);
						else
							BX.ready(counter);
					})();
				</script>



<script type="text/javascript"  src="/bitrix/cache/js/s1/asana/template_%(th2)s/template_%(th2)s_v1.js?%(mt)s201934"></script>
<script type="text/javascript">var _ba = _ba || []; _ba.push(["aid", "5c1a0e2b7f3d49a8b6e4c2d0f1a3b5c7"]); _ba.push(["host", "asana-life.ru"]); (function() {var ba = document.createElement("script"); ba.type = "text/javascript"; ba.async = true;ba.src = (document.location.protocol == "https:" ? "https://" : "http://") + "bitrix.info/ba.js";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(ba, s);})();</script>


</head>
<body class="bx-background-image">
<div id="panel"></div>
<header class="header">
	<div class="container header__inner">
		<a href="/" class="header__logo"><img src="/bitrix/templates/asana/images/logo.svg" alt="Асана Лайф" width="150" height="44"></a>
		<nav class="header__nav">
		<ul class="header__menu">
%(menu)s
		</ul>
		</nav>
		<a href="tel:+74951234567" class="header__phone">+7 (495) 123-45-67</a>
		<a href="/schedule/" class="btn btn-primary header__btn">Записаться на занятие</a>
	</div>
</header>
<div class="workarea">
	<div class="container">
		<link href="/bitrix/css/main/font-awesome.css?%(mt)s28777" type="text/css" rel="stylesheet" />
<div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">
			<div class="bx-breadcrumb-item" id="bx_breadcrumb_0" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
				
				<a href="/" title="Главная" itemprop="item">
					<span itemprop="name">Главная</span>
				</a>
				<meta itemprop="position" content="1" />
			</div>
			<div class="bx-breadcrumb-item">
				<i class="fa fa-angle-right"></i>
				<span>Политика конфиденциальности</span>
			</div><div style="clear:both"></div></div>		<h1 id="pagetitle">Политика в отношении обработки персональных данных</h1>
		<div class="row">
			<div class="bx-content col-lg-8">
%(content)s
<br>			</div>
			<div class="bx-sidebar col-lg-4">
<div id="bxdynamic_schedule_widget_start" style="display:none"></div><!--'start_frame_cache_schedule_widget'-->
<div class="sched">
	<div class="sched__title">Ближайшие занятия</div>
	<ul class="sched__list">
%(items)s
	</ul>
	<a class="sched__all" href="/schedule/">Всё расписание</a>
</div>
<!--'end_frame_cache_schedule_widget'--><div id="bxdynamic_schedule_widget_end" style="display:none"></div>
<div class="sidebar-app">
	<p>Записывайтесь на занятия в приложении &laquo;Асана Лайф&raquo;</p>
	<a href="https://apps.rustore.ru/app/ru.asanalife.app"><img src="/upload/medialibrary/4f1/rustore-badge.png" alt="RuStore" width="140"></a>
	<a href="https://apps.apple.com/ru/app/asana-life/id1493827161"><img src="/upload/medialibrary/a2c/appstore-badge.png" alt="App Store" width="140"></a>
</div>
			</div>
		</div>
	</div>
</div>
<footer class="footer">
	<div class="container">
		<div class="row">
			<div class="col-md-6">
				<p>&copy; 2018&ndash;%(year)d ООО &laquo;Асана Лайф&raquo;. Все права защищены.</p>
				<p><a href="/politika-konfidentsialnosti/">Политика конфиденциальности</a> &middot; <a href="/oferta/">Публичная оферта</a> &middot; <a href="/soglasie/">Согласие на обработку персональных данных</a></p>
			</div>
			<div class="col-md-6 footer__contacts">
				<a href="https://vk.com/asanalife">ВКонтакте</a> &middot; <a href="https://t.me/asanalife">Telegram</a>
			</div>
		</div>
	</div>
</footer>
<div class="cookie-notice" id="cookie-notice" style="display:none">Мы используем файлы cookie и сервис Яндекс Метрика. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/politika-konfidentsialnosti/">политикой конфиденциальности</a>. <button type="button" class="btn btn-sm btn-light" onclick="BX.setCookie('cookie_ok','Y',{expires:31536000,path:'/'});BX.hide(BX('cookie-notice'));">Хорошо</button></div>
<!-- Yandex.Metrika counter -->
<script type="text/javascript" >
   (function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)};
   m[i].l=1*new Date();
   for (var j = 0; j < document.scripts.length; j++) {if (document.scripts[j].src === r) { return; }}
   k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)})
   (window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");

   ym(91234567, "init", {
        clickmap:true,
        trackLinks:true,
        accurateTrackBounce:true,
        webvisor:true
   });
</script>
<noscript><div><img src="https://mc.yandex.ru/watch/91234567" style="position:absolute; left:-9999px;" alt="" /></div></noscript>
<!-- /Yandex.Metrika counter -->
</body>
</html>
""" % {"mt": mt, "th1": th1, "th2": th2, "stime": st["server_time"], "sessid": st["sessid"], "menu": menu,
       "content": content_html(blocks), "items": "\n".join(items), "year": local.year}


PAGE = {
    "service": "Asana Life",
    "url": URL,
    "lang": "ru",
    "platform": "1C-Bitrix Site Management 23 (windows-1251, bootstrap_v4-derived template, static page)",
    "content_type": "text/html; charset=windows-1251",
    "encoding": "windows-1251",
    "extra_headers": (("Server", "nginx"), ("X-Powered-CMS", "Bitrix Site Manager (5c1a0e2b7f3d49a8b6e4c2d0f1a3b5c7)"),
                      ("P3P", "policyref=\"/bitrix/p3p.xml\", CP=\"NON DSP COR CUR ADM DEV PSA PSD OUR UNR BUS UNI COM NAV INT DEM STA\""),
                      ("Expires", "Thu, 19 Nov 1981 08:52:00 GMT"), ("Cache-Control", "no-store, no-cache, must-revalidate")),
    "n": 29,
    "start": dt.date(2022, 4, 1),
    "end": dt.date(2025, 8, 31),
    "hours": (0, 9, 18),
    "policy": POLICY,
    "first_updated": dt.date(2022, 3, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".bx-content"},
}
