"""БитМост: a Russian crypto exchanger ("обменник" listed on monitoring sites) on 1C-Bitrix Site Manager in
windows-1251. The policy is an infoblock element shown by bitrix:news.detail: the page title in the template's
<h1 id="pagetitle">, the element in `div.news-detail` whose own template puts a meta line (active-from date and
the SHOW_COUNTER view count) and a Yandex share block around the detail text; the curator selects the title and
`.news-detail` and removes the meta line and share block. Noise: bitrix_sessid and SERVER_TIME in BX.message per
request, live exchange rates in the header and the "Резервы" list in the sidebar (composite-cache dynamic areas),
operator online/offline status with the day's completed-orders counter, the view counter inside `.news-detail`,
and the /bitrix/cache CSS/JS timestamps when the cache is rebuilt."""
import datetime as dt
import math

import common as C

URL = "https://bitmost.ru/rules/privacy/"

POLICY = """
# Политика в отношении обработки персональных данных

Редакция от {UPDATED}

## 1. Общие положения

1.1. Настоящая Политика в отношении обработки персональных данных (далее — Политика) составлена в соответствии с требованиями Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных» и определяет порядок обработки персональных данных и меры по обеспечению их безопасности, предпринимаемые ООО «БитМост» (далее — Оператор).

1.2. Оператор ставит своей важнейшей целью и условием осуществления своей деятельности соблюдение прав и свобод человека и гражданина при обработке его персональных данных, в том числе защиты прав на неприкосновеность частной жизни, личную и семейную тайну.

1.3. Настоящая Политика применяется ко всей информации, которую Оператор может получить о посетителях веб-сайта bitmost.ru и пользователях сервиса обмена цифровых валют.

## 2. Основные понятия

- **Персональные данные** — любая информация, относящаяся прямо или косвенно к определённому или определяемому физическому лицу (субъекту персональных данных).
- **Обработка персональных данных** — любое действие (операция) или совокупность действий, совершаемых с использованием средств автоматизации или без их использования с персональными данными, включая сбор, запись, систематизацию, накопление, хранение, уточнение, извлечение, использование, передачу, обезличивание, блокирование, удаление и уничтожение.
- **Пользователь** — любой посетитель веб-сайта bitmost.ru, в том числе создающий заявку на обмен.
- **Заявка** — поручение Пользователя на обмен цифровой валюты на безналичные денежные средства или на иную цифровую валюту в соответствии с Правилами обмена.

## 3. Цели обработки и состав персональных данных

3.1. Оператор обрабатывает персональные данные Пользователя только в целях, указанных в таблице ниже, и только в объёме, необходимом для их достижения.

| Цель обработки | Персональные данные | Срок хранения |
| Исполнение заявок на обмен | фамилия, имя, отчество; адрес электронной почты; номер телефона; номер банковской карты или счёта; адрес криптовалютного кошелька | 5 лет после исполнения заявки |
| Верификация Пользователя (AML/KYC) | фамилия, имя, отчество; паспортные данные; фотография Пользователя с документом | 5 лет после прекращения отношений |
| Обратная связь и поддержка | имя; адрес электронной почты; имя пользователя в Telegram | 3 года |
| Информационная рассылка | адрес электронной почты | до отзыва согласия |
| Анализ посещаемости сайта | файлы cookie; IP-адрес; сведения о браузере и устройстве | 1 год |

3.2. Оператор не обрабатывает специальные категории персональных данных, касающиеся расовой, национальной принадлежности, политических взглядов, религиозных или философских убеждений, состояния здоровья, интимной жизни.

## 4. Правовые основания обработки

4.1. Правовыми основаниями обработки персональных данных являются: согласие Пользователя на обработку персональных данных; договор, заключаемый с Пользователем путём акцепта Правил обмена; Федеральный закон от 07.08.2001 № 115-ФЗ «О противодействии легализации (отмыванию) доходов, полученных преступным путём, и финансированию терроризма»; Федеральный закон от 31.07.2020 № 259-ФЗ «О цифровых финансовых активах, цифровой валюте и о внесении изменений в отдельные законодательные акты Российской Федерации».

4.2. Заполняя формы на сайте и отправляя заявку, Пользователь выражает согласие с настоящей Политикой. Согласие может быть отозвано Пользователем в любой момент путём направления уведомления на адрес privacy@bitmost.ru.

## 5. Порядок и условия обработки

5.1. Оператор осуществляет сбор персональных данных только при их добровольном предоставлении Пользователем через формы на сайте, в переписке со службой поддержки или в мессенджере Telegram.

5.2. Для проверки принадлежности банковской карты Оператор может запросить фотографию карты на фоне открытой заявки. Номер карты на фотографии должен быть частично скрыт, код CVV/CVC — полностью закрыт. Оператор никогда не запрашивает CVV/CVC, пароли и коды из SMS.

5.3. Персональные данные не передаются третьим лицам, за исключением следующих случаев:

- передача банкам и платёжным агентам, через которых осуществляется выплата по заявке;
- передача сервисам AML-проверки, которым передаются только адреса криптовалютных кошельков и хеши транзакций;
- предоставление сведений государственным органам по их законному запросу.

5.4. На сайте используется сервис веб-аналитики «Яндекс Метрика», предоставляемый ООО «Яндекс». Обезличенные данные о посещениях обрабатываются для анализа посещаемости и улучшения работы сайта.

## 6. Локализация и трансграничная передача

6.1. Запись, систематизация, накопление, хранение, уточнение и извлечение персональных данных граждан Российской Федерации осуществляются с использованием баз данных, находящихся на территории Российской Федерации.

6.2. Трансграничная передача персональных данных Оператором не осуществляется.

## 7. Права субъекта персональных данных

7.1. Пользователь имеет право:

- получать информацию, касающуюся обработки его персональных данных;
- требовать уточнения, блокирования или уничтожения персональных данных, если они являются неполными, устаревшими, неточными или не являются необходимыми для заявленной цели обработки;
- отозвать согласие на обработку персональных данных;
- обжаловать действия или бездействие Оператора в Федеральной службе по надзору в сфере связи, информационных технологий и массовых коммуникаций (Роскомнадзор) или в судебном порядке.

7.2. Запрос направляется на адрес privacy@bitmost.ru с адреса электронной почты, указанного в заявке. Оператор предоставляет ответ в течение 10 рабочих дней с даты получения запроса.

## 8. Меры по обеспечению безопасности

8.1. Оператор принимает правовые, организационные и технические меры для защиты персональных данных от неправомерного или случайного доступа, уничтожения, изменения, блокирования, копирования, распространения: назначает лицо, ответственное за организацию обработки персональных данных, ограничивает доступ сотрудников, использует шифрование каналов связи и средства защиты информации.

## 9. Использование файлов cookie

9.1. Сайт использует файлы cookie, необходимые для работы формы заявки и личного кабинета, а также файлы cookie сервиса «Яндекс Метрика» для сбора обезличенной статистики посещений.

9.2. Пользователь может запретить сохранение файлов cookie в настройках своего браузера. В этом случае отдельные функции сайта, в том числе создание заявки и вход в личный кабинет, могут стать недоступны.

9.3. Продолжая пользоваться сайтом после появления уведомления об использовании файлов cookie, Пользователь соглашается с их обработкой в соответствии с настоящей Политикой.

## 10. Заключительные положения

10.1. Оператор вправе вносить изменения в настоящую Политику. Актуальная редакция Политики находится в свободном доступе по адресу https://bitmost.ru/rules/privacy/.

10.2. Реквизиты и контактная информация Оператора:

@ ООО «БитМост»
@ ИНН 7703456789, ОГРН 1187746543210
@ 123112, г. Москва, Пресненская наб., д. 12, этаж 45, помещение 4512
@ Телефон: +7 (495) 123-45-67
@ E-mail: privacy@bitmost.ru
"""

EDITS = [
    {"note": "typo fixed: 'неприкосновеность' -> 'неприкосновенность', date not bumped",
     "repl": [("на неприкосновеность частной", "на неприкосновенность частной")], "bump": False},
    {"note": "recipient added to the third-party list: hosting provider Selectel",
     "repl": [("- предоставление сведений государственным органам по их законному запросу.",
               "- передача хостинг-провайдеру ООО «Селектел», на серверах которого в Российской Федерации размещены базы данных Оператора;\n"
               "- предоставление сведений государственным органам по их законному запросу.")]},
    {"note": "retention for site analytics shortened from 1 year to 6 months",
     "repl": [("сведения о браузере и устройстве | 1 год |", "сведения о браузере и устройстве | 6 месяцев |")]},
    {"note": "cross-border clause rewritten: transfer to the AML screening service abroad after notifying Roskomnadzor",
     "repl": [("6.2. Трансграничная передача персональных данных Оператором не осуществляется.",
               "6.2. Трансграничная передача персональных данных осуществляется Оператором только в адрес сервиса "
               "AML-проверки криптовалютных транзакций, расположенного в Республике Казахстан, и только в объёме "
               "адресов кошельков и хешей транзакций.\n\n"
               "6.3. До начала трансграничной передачи Оператор уведомил Роскомнадзор о намерении осуществлять "
               "трансграничную передачу персональных данных в соответствии со статьёй 12 Федерального закона № 152-ФЗ.")]},
    {"note": "phone number changed to a toll-free 8-800 number",
     "repl": [("@ Телефон: +7 (495) 123-45-67", "@ Телефон: 8 (800) 301-22-44 (звонок по России бесплатный)")]},
    {"note": "clause 4.3 added: consent to processing given separately from the exchange rules",
     "repl": [("на адрес privacy@bitmost.ru.\n\n## 5.",
               "на адрес privacy@bitmost.ru.\n\n4.3. Согласие на обработку персональных данных оформляется "
               "Пользователем отдельно от иных подтверждаемых им документов, в том числе от Правил обмена, путём "
               "проставления отметки в отдельном поле формы заявки.\n\n## 5.")]},
]

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]


def fmt_ru(d):
    return "%d %s %d г." % (d.day, RU_MONTHS[d.month - 1], d.year)


def _sp(x):
    return "{:,}".format(int(x)).replace(",", " ")


RESERVES = [("Bitcoin BTC", "BTC", 4.2, 3), ("Tether TRC20 USDT", "USDT", 185000, 0), ("Ethereum ETH", "ETH", 61, 2),
            ("Toncoin TON", "TON", 52000, 0), ("Сбербанк RUB", "RUB", 4800000, 0), ("Т-Банк RUB", "RUB", 3100000, 0),
            ("СБП RUB", "RUB", 2500000, 0)]


def noise(rng, when, i, prev):
    prev = prev or {}
    days = (when - dt.datetime(2022, 1, 1)).days
    btc = (2.4e6 + days * 4200) * (1 + 0.18 * math.sin(days / 160.0)) * (1 + rng.gauss(0, 0.02))
    usdt = (74 + days * 0.012 + 8 * math.sin(days / 210.0)) * (1 + rng.gauss(0, 0.006))
    market = {"btc": int(btc), "usdt": round(usdt, 2), "eth": int(btc * (0.055 + 0.01 * math.sin(days / 90.0))),
              "reserves": [round(base * (0.35 + rng.random()), nd) for _, _, base, nd in RESERVES]}
    msk = (when + dt.timedelta(hours=3)).hour
    status = {"online": 8 <= msk < 23, "orders": rng.randint(3, 40) if msk < 8 else rng.randint(120, 460)}
    views = (prev.get("views") or 1800) + rng.randint(40, 900)
    bx = {"sessid": C.hexs(rng, 32), "time": C.epoch(when) + rng.randint(0, 2)}
    cache = C.keep_or(rng, prev.get("cache"), 0.12, lambda: {
        "page": C.hexs(rng, 32), "tpl": C.hexs(rng, 32), "stamp": C.epoch(when) - rng.randint(3600, 900000),
        "kernel": C.epoch(when) - rng.randint(86400, 9000000)})
    return {"bx": bx, "market": market, "status": status, "views": views, "cache": cache}


LABELS = {
    "bx": "BX.message bitrix_sessid and SERVER_TIME (per request)",
    "market": "exchange rates in the header and the 'Резервы' list in the sidebar",
    "status": "operator online/offline status and completed-orders counter",
    "views": "SHOW_COUNTER view count in the .news-detail meta line (inside the selected element, removed)",
    "cache": "/bitrix/cache CSS/JS rebuilt (path hash and ?timestamp)",
}


def render(s, blocks, when):
    title = blocks[0][1]
    body = blocks[1:]
    upd = body[0][1].replace("Редакция от ", "") if body and body[0][0] == "p" else ""
    parts = upd.split()
    if len(parts) >= 3 and parts[1] in RU_MONTHS:  # ACTIVE_FROM as the template prints it
        upd = "%02d.%02d.%s" % (int(parts[0]), RU_MONTHS.index(parts[1]) + 1, parts[2])
    m = s["market"]
    ca = s["cache"]
    bx = s["bx"]
    st = s["status"]
    reserves = "\n".join(
        '\t\t\t<li class="reserves__item"><span class="reserves__name"><img src="/upload/iblock/%s/%s.svg" alt="" width="18" height="18"> %s</span>'
        '<span class="reserves__amount">%s %s</span></li>' % (C.det_sha(n)[:3], C.det_sha(n)[3:13], n,
                                                               (_sp(v) if nd == 0 else ("%.*f" % (nd, v)).replace(".", ",")), cur)
        for (n, cur, _, nd), v in zip(RESERVES, m["reserves"]))
    status = ('<span class="operator operator--online">Оператор онлайн</span><span class="operator__orders">Выполнено заявок за сутки: %d</span>'
              % st["orders"]) if st["online"] else \
        ('<span class="operator operator--offline">Оператор офлайн, заявки обрабатываются с 08:00 до 23:00 МСК</span>'
         '<span class="operator__orders">Выполнено заявок за сутки: %d</span>' % st["orders"])
    text = C.blocks_html(body[1:]) if len(body) > 1 else ""
    first_p = C.blocks_html(body[:1])
    return f"""<!DOCTYPE html>
<html xml:lang="ru" lang="ru">
<head>
	<meta http-equiv="X-UA-Compatible" content="IE=edge" />
	<meta name="viewport" content="width=device-width, initial-scale=1.0">
	<link rel="shortcut icon" type="image/x-icon" href="/favicon.ico" />
	<meta http-equiv="Content-Type" content="text/html; charset=windows-1251" />
<meta name="robots" content="index, follow" />
<meta name="keywords" content="обмен криптовалюты, обменник BTC, купить USDT, продать биткоин" />
<meta name="description" content="Политика в отношении обработки персональных данных сервиса обмена БитМост" />
<link href="/bitrix/js/main/core/css/core.min.css?{ca['kernel']}2854" type="text/css" rel="stylesheet" />
<link href="/bitrix/cache/css/s1/bitmost/page_{ca['page']}/page_{ca['page']}_v1.css?{ca['stamp']}1152" type="text/css" rel="stylesheet" />
<link href="/bitrix/cache/css/s1/bitmost/template_{ca['tpl']}/template_{ca['tpl']}_v1.css?{ca['stamp']}48216" type="text/css" data-template-style="true" rel="stylesheet" />
<script type="text/javascript">if(!window.BX)window.BX={{}};if(!window.BX.message)window.BX.message=function(mess){{if(typeof mess==='object'){{for(let i in mess) {{BX.message[i]=mess[i];}} return true;}}}};</script>
<script type="text/javascript">(window.BX||top.BX).message({{'JS_CORE_LOADING':'Загрузка...','JS_CORE_NO_DATA':'- Нет данных -','JS_CORE_WINDOW_CLOSE':'Закрыть','JS_CORE_WINDOW_EXPAND':'Развернуть','JS_CORE_WINDOW_NARROW':'Свернуть в окно','JS_CORE_WINDOW_SAVE':'Сохранить','JS_CORE_WINDOW_CANCEL':'Отменить','JS_CORE_WINDOW_CONTINUE':'Продолжить','JS_CORE_H':'ч','JS_CORE_M':'м','JS_CORE_S':'с','JSADM_AI_HIDE_EXTRA':'Скрыть лишние','JSADM_AI_ALL_NOTIF':'Показать все','JSADM_AUTH_REQ':'Требуется авторизация!','JS_CORE_WINDOW_AUTH':'Войти','JS_CORE_IMAGE_FULL':'Полный размер'}});</script>
<script type="text/javascript">(window.BX||top.BX).message({{'LANGUAGE_ID':'ru','FORMAT_DATE':'DD.MM.YYYY','FORMAT_DATETIME':'DD.MM.YYYY HH:MI:SS','COOKIE_PREFIX':'BITRIX_SM','SERVER_TZ_OFFSET':'10800','UTF_MODE':'N','SITE_ID':'s1','SITE_DIR':'/','USER_ID':'','SERVER_TIME':'{bx['time']}','USER_TZ_OFFSET':'0','USER_TZ_AUTO':'Y','bitrix_sessid':'{bx['sessid']}'}});</script>
<script type="text/javascript" src="/bitrix/cache/js/s1/bitmost/kernel_main/kernel_main_v1.js?{ca['stamp']}200457"></script>
<script type="text/javascript" src="/bitrix/js/main/core/core_frame_cache.min.js?{ca['kernel']}11264"></script>
<script type="text/javascript">BX.setJSList(['/bitrix/js/main/core/core.js','/bitrix/js/main/core/core_promise.js','/bitrix/js/main/core/core_ajax.js','/bitrix/js/main/session.js','/local/templates/bitmost/js/jquery-3.6.0.min.js','/local/templates/bitmost/js/main.js']);</script>
<script type="text/javascript">BX.setCSSList(['/local/templates/bitmost/components/bitrix/news.detail/rules/style.css','/local/templates/bitmost/styles.css','/local/templates/bitmost/template_styles.css']);</script>
<script type="text/javascript" src="/bitrix/cache/js/s1/bitmost/template_{ca['tpl'][:32]}/template_{ca['tpl'][:32]}_v1.js?{ca['stamp']}96120"></script>
<title>Политика в отношении обработки персональных данных — обменник БитМост</title>
<!-- Yandex.Metrika counter -->
<script type="text/javascript">(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};m[i].l=1*new Date();for (var j = 0; j < document.scripts.length; j++) {{if (document.scripts[j].src === r) {{ return; }}}}k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)}})(window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");ym(91834527, "init", {{clickmap:true,trackLinks:true,accurateTrackBounce:true,webvisor:true}});</script>
<noscript><div><img src="https://mc.yandex.ru/watch/91834527" style="position:absolute; left:-9999px;" alt="" /></div></noscript>
<!-- /Yandex.Metrika counter -->
</head>
<body>
<div id="panel"></div>
<div class="page">
	<header class="header">
		<div class="container header__row">
			<a href="/" class="header__logo"><img src="/local/templates/bitmost/img/logo.svg" alt="БитМост" width="170" height="38"></a>
			<ul class="menu-top">
				<li><a href="/">Обмен</a></li>
				<li><a href="/rules/">Правила</a></li>
				<li><a href="/aml/">AML/KYC</a></li>
				<li><a href="/reviews/">Отзывы</a></li>
				<li><a href="/partners/">Партнёрам</a></li>
				<li><a href="/contacts/">Контакты</a></li>
			</ul>
			<div id="bxdynamic_header_rates_start" style="display:none"></div><div class="header__rates">
				<span class="rate">1 BTC = {_sp(m['btc'])} RUB</span>
				<span class="rate">1 USDT = {('%.2f' % m['usdt']).replace('.', ',')} RUB</span>
				<span class="rate">1 ETH = {_sp(m['eth'])} RUB</span>
			</div><div id="bxdynamic_header_rates_end" style="display:none"></div>
			<div class="header__auth"><a href="/personal/" class="btn btn--line">Вход</a> <a href="/personal/?register=yes" class="btn">Регистрация</a></div>
		</div>
	</header>
	<div class="container main">
		<aside class="sidebar">
			<div class="sidebar__box">
				<div class="sidebar__title">Режим работы</div>
				<div id="bxdynamic_operator_start" style="display:none"></div><div class="operator-box">{status}</div><div id="bxdynamic_operator_end" style="display:none"></div>
			</div>
			<div class="sidebar__box reserves">
				<div class="sidebar__title">Резервы</div>
				<div id="bxdynamic_reserves_start" style="display:none"></div><ul class="reserves__list">
{reserves}
				</ul><div id="bxdynamic_reserves_end" style="display:none"></div>
			</div>
			<div class="sidebar__box monitoring">
				<a href="https://www.bestchange.ru/bitmost-exchanger.html" target="_blank" rel="nofollow"><img src="/local/templates/bitmost/img/bestchange.svg" alt="BestChange" width="88" height="31"></a>
			</div>
		</aside>
		<main class="content">
			<div class="breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList"><div class="bx-breadcrumb-item" id="bx_breadcrumb_0" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" title="Главная" itemprop="item"><span itemprop="name">Главная</span></a><meta itemprop="position" content="1" /></div><i>/</i><div class="bx-breadcrumb-item" id="bx_breadcrumb_1" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/rules/" title="Правила" itemprop="item"><span itemprop="name">Правила</span></a><meta itemprop="position" content="2" /></div><i>/</i><div class="bx-breadcrumb-item"><span>Политика конфиденциальности</span></div><div style="clear:both"></div></div>
			<h1 id="pagetitle">{C.inline_html(title)}</h1>
<!--'start_frame_cache_news_detail'--><div class="news-detail" id="bx_1878455859_42">
	<div class="news-detail__meta">
		<span class="news-date-time">{upd}</span>
		<span class="news-detail__views" title="Просмотров"><i class="icon-eye"></i> {_sp(s['views'])}</span>
	</div>
	<div class="news-detail__text">
		{first_p}
		{text}
	</div>
	<div style="clear:both"></div>
	<div class="news-detail__share">
		<div class="ya-share2" data-curtain data-shape="round" data-services="vkontakte,odnoklassniki,telegram,whatsapp"></div>
	</div>
</div>
<!--'end_frame_cache_news_detail'-->
		</main>
	</div>
	<footer class="footer">
		<div class="container footer__row">
			<div class="footer__copy">&copy; 2019&ndash;{when.year} БитМост. Сервис обмена цифровых валют.</div>
			<div class="footer__links"><a href="/rules/">Правила обмена</a> <a href="/rules/privacy/">Политика конфиденциальности</a> <a href="/aml/">AML/KYC политика</a></div>
			<div class="footer__contacts"><a href="https://t.me/bitmost_support">Telegram: @bitmost_support</a> <a href="mailto:support@bitmost.ru">support@bitmost.ru</a></div>
		</div>
	</footer>
</div>
<script src="https://yastatic.net/share2/share.js" async></script>
<script type="text/javascript">if(window.BX)BX.ready(function(){{BX.frameCache.vars = {{'dynamicBlocks':{{'header_rates':'{C.det_sha(m['btc'])[:12]}','operator':'{C.det_sha(st['orders'], st['online'])[:12]}','reserves':'{C.det_sha(m['reserves'])[:12]}'}},'AUTO_UPDATE':true,'AUTO_UPDATE_TTL':'120','version':'2'}};}});</script>
</body>
</html>
"""


PAGE = {
    "service": "BitMost",
    "url": URL,
    "lang": "ru",
    "platform": "1C-Bitrix Site Manager (news.detail infoblock element, composite cache), windows-1251",
    "content_type": "text/html; charset=windows-1251",
    "encoding": "windows-1251",
    "extra_headers": (("Server", "nginx"), ("X-Powered-CMS", "Bitrix Site Manager (8f1e2d3c4b5a69788796a5b4c3d2e1f0)"),
                      ("X-Powered-By", "PHP/8.1.27"), ("P3P", "policyref=\"/bitrix/p3p.xml\", CP=\"NON DSP COR CUR ADM DEV PSA PSD OUR UNR BUS UNI COM NAV INT DEM STA\""),
                      ("Expires", "Thu, 19 Nov 1981 08:52:00 GMT"), ("Cache-Control", "no-store, no-cache, must-revalidate"),
                      ("Pragma", "no-cache")),
    "n": 30,
    "start": dt.date(2022, 10, 3),
    "end": dt.date(2025, 10, 10),
    "hours": (0, 12),
    "policy": POLICY,
    "first_updated": dt.date(2022, 9, 1),
    "fmt_date": fmt_ru,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ["#pagetitle", ".news-detail"],
                    "remove": [".news-detail__meta", ".news-detail__share"]},
}
