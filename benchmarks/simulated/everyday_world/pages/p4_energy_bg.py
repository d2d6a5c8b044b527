"""Bulgarian electricity retailer (Energo Snab) on 1C-Bitrix, served in windows-1251.

Well-built page. Common noise: bitrix_sessid and SERVER_TIME in BX.message, template cache-buster
timestamps on /bitrix/cache/ css and js, the advertising.banner component's random banner, the news.list
"Новини" block in the footer, copyright year.
"""
import datetime as dt
import html

import common as C

URL = "https://www.energosnab.bg/about/privacy/"


def fmt_date(d):
    return "%02d.%02d.%d г." % (d.day, d.month, d.year)


POLICY = """# Политика за защита на личните данни

Последна актуализация: {UPDATED}

„Енерго Снаб“ ЕАД (наричано по-долу „Дружеството“) е краен снабдител и доставчик на електрическа енергия. Тази политика описва как обработваме личните данни на нашите клиенти, на лицата, които се свързват с нас, и на посетителите на уебсайта energosnab.bg, в съответствие с Регламент (ЕС) 2016/679 (Общ регламент относно защитата на данните) и Закона за защита на личните данни.

## Администратор на лични данни

„Енерго Снаб“ ЕАД, ЕИК 204518937, със седалище и адрес на управление: гр. София 1407, бул. „Черни връх“ № 47. Телефон за контакт: 0700 18 141.

## Длъжностно лице по защита на данните

Можете да се свържете с нашето длъжностно лице по защита на данните на адрес: гр. София 1407, бул. „Черни връх“ № 47, или по електронна поща на dpo@energosnab.bg.

## Какви лични данни обработваме

- идентификационни данни: три имена, ЕГН, номер и дата на издаване на лична карта;
- данни за контакт: постоянен адрес, адрес за кореспонденция, телефон и електронна поща;
- данни за обекта: адрес на обекта, клиентски номер, идентификационен код на точката на измерване (ИТН);
- данни за потреблението на електрическа енергия, отчетени от електромера, включително почасови данни при интелигентни електромери;
- данни за плащанията, задълженията и начина на получаване на фактурите;
- записи на телефонни разговори с центъра за обслужване на клиенти, когато сте уведомени за това в началото на разговора.

## Цели на обработването

Обработваме личните Ви данни за следните цели:

- сключване и изпълнение на договор за доставка на електрическа енергия;
- издаване на фактури и събиране на вземания;
- изпълнение на задължения по Закона за енергетиката, Закона за счетоводството и данъчното законодателство;
- предоставяне на компенсации и помощи за енергия, когато това е предвидено в нормативен акт;
- разглеждане на жалби, сигнали и запитвания;
- изпращане на информация за нови услуги и тарифи – само ако сте дали съгласие.

Част от данните получаваме от оператора на електроразпределителната мрежа, към която е присъединен Вашият обект, например данните за отчетеното потребление и техническите характеристики на точката на измерване. Когато сключвате договор чрез пълномощник, обработваме и данните на пълномощника, посочени в пълномощното.

## Получатели на данните

Личните данни могат да бъдат предоставяни на следните категории получатели:

- оператора на електроразпределителната мрежа – за целите на отчитането и смяната на доставчик;
- Комисията за енергийно и водно регулиране, Комисията за защита на потребителите и други държавни органи – при законово основание;
- банки и платежни институции, чрез които заплащате сметките си;
- куриерски и пощенски дружества, доставящи хартиени фактури;
- доставчици на информационни услуги, които поддържат нашите системи по договор с Дружеството.

Не предаваме лични данни към държави извън Европейския съюз.

## Срок на съхранение

Данните, свързани с договора, съхраняваме за срока на договора и за 5 години след неговото прекратяване. Счетоводните документи съхраняваме в сроковете по Закона за счетоводството. Записите на телефонни разговори съхраняваме за срок от 6 месеца. Данните, обработвани въз основа на съгласие, се съхраняват до неговото оттегляне.

## Вашите права

Имате право на достъп до личните си данни, на коригиране, на изтриване, на ограничаване на обработването, на преносимост на данните и на възражение срещу обработването. Когато обработването се основава на съгласие, можете да го оттеглите по всяко време, без това да засяга законосъобразността на обработването преди оттеглянето.

Можете да упражните правата си чрез писмено заявление, подадено в център за обслужване на клиенти или изпратено по електронна поща. Ще отговорим в срок до един месец.

Имате право да подадете жалба до Комисията за защита на личните данни, гр. София 1592, бул. „Проф. Цветан Лазаров“ № 2, www.cpdp.bg.

## Сигурност на данните

Прилагаме подходящи технически и организационни мерки за защита на личните данни срещу случайно или неправомерно унищожаване, загуба, промяна и неразрешен достъп, включително криптиране на връзката с уебсайта, контрол на достъпа на служителите и редовни проверки на информационните системи.

## Бисквитки

Уебсайтът използва необходими бисквитки за своята работа и, след Вашето съгласие, аналитични бисквитки за измерване на посещаемостта. Можете да промените избора си от връзката „Настройки на бисквитките“ в долната част на страницата.

## Промени в политиката

Дружеството може да актуализира тази политика. Актуалната версия е публикувана на тази страница и е на разположение във всеки център за обслужване на клиенти.
"""

EDITS = [
    {"note": "contract data retention changed from 5 to 10 years after termination",
     "repl": [("за срока на договора и за 5 години след неговото прекратяване",
               "за срока на договора и за 10 години след неговото прекратяване")]},
    {"note": "DPO contact changed (new e-mail, phone added)",
     "repl": [("или по електронна поща на dpo@energosnab.bg.",
               "по електронна поща на personaldata@energosnab.bg или на телефон 02 895 14 41.")]},
    {"note": "new recipient category (debt collection agencies) added to the list",
     "repl": [("- куриерски и пощенски дружества, доставящи хартиени фактури;",
               "- куриерски и пощенски дружества, доставящи хартиени фактури;\n- дружества за събиране на вземания – при неплатени задължения след изтичане на срока за плащане;")]},
    {"note": "new section on video surveillance in customer service centres",
     "repl": [("## Вашите права", """## Видеонаблюдение

В центровете за обслужване на клиенти се извършва видеонаблюдение с цел охрана на имуществото и сигурност на клиентите и служителите. Записите се съхраняват за срок до 30 дни, освен ако не са необходими за разследване на конкретен инцидент.

## Вашите права""")]},
    {"note": "sentence on rights requests reworded (electronic signature option)",
     "repl": [("чрез писмено заявление, подадено в център за обслужване на клиенти или изпратено по електронна поща.",
               "чрез писмено заявление, подадено в център за обслужване на клиенти, или чрез електронно заявление, подписано с квалифициран електронен подпис, изпратено по електронна поща.")]},
]

NEWS = ["Планирани прекъсвания на електрозахранването за следващата седмица",
        "Нови цени на електрическата енергия от 1 юли", "Удължено работно време на центровете за обслужване",
        "Как да получавате фактурите си по електронна поща", "Компенсации за небитови клиенти – актуална информация",
        "Мобилното приложение вече поддържа плащане с карта", "Съвети за пестене на енергия през зимата",
        "Промени в процедурата за смяна на титуляр"]
BANNERS = [("e-faktura", "Абонирайте се за електронна фактура и спестете хартия"),
           ("app", "Изтеглете мобилното приложение „Енерго Снаб“"),
           ("autopay", "Автоматично плащане на сметките – без такси"),
           ("solar", "Фотоволтаични решения за дома – заявете консултация")]


def noise(rng, when, i, prev):
    p = prev or {}
    s = {}
    s["sessid"] = C.hexs(rng, 32)
    s["servertime"] = int((when - dt.datetime(1970, 1, 1)).total_seconds()) + rng.randint(0, 2)
    s["tplcache"] = C.keep_or(rng, p.get("tplcache"), 0.2,
                              lambda: (C.hexs(rng, 32), int((when - dt.datetime(1970, 1, 1)).total_seconds()) - rng.randint(3600, 900000), rng.randint(20000, 99999)))
    s["banner"] = rng.choice(BANNERS)
    s["news"] = C.keep_or(rng, p.get("news"), 0.7,
                          lambda: [(n, when.date() - dt.timedelta(days=rng.randint(0, 40))) for n in rng.sample(NEWS, 3)])
    s["year"] = when.year
    return s


LABELS = {"sessid": "bitrix_sessid", "servertime": "SERVER_TIME in BX.message",
          "tplcache": "/bitrix/cache template css/js hash and timestamps", "banner": "advertising.banner random banner",
          "news": "news.list block in the footer", "year": "copyright year"}


def render(s, blocks, when):
    h, ts, ln = s["tplcache"]
    title = blocks[0][1]
    body = C.blocks_html(blocks[1:])
    news = "".join('<div class="news-item" id="bx_3218110189_%d"><span class="news-date-time">%s</span><a href="/press/news/%d/"><b>%s</b></a></div>'
                   % (1800 + NEWS.index(n), d.strftime("%d.%m.%Y"), 1800 + NEWS.index(n), html.escape(n)) for n, d in s["news"])
    bcode, btxt = s["banner"]
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="bg" lang="bg">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Политика за защита на личните данни</title>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251" />
<meta name="robots" content="index, follow" />
<meta name="keywords" content="лични данни, GDPR, Енерго Снаб" />
<meta name="description" content="Политика за защита на личните данни на Енерго Снаб ЕАД" />
<script data-skip-moving="true">(function(w, d, n) {{var cl = "bx-core";var ht = d.documentElement;var htc = ht ? ht.className : undefined;if (htc === undefined || htc.indexOf(cl) !== -1){{return;}}var ua = n.userAgent;if (/(iPad;)|(iPhone;)/i.test(ua)){{cl += " bx-ios";}}else if (/Android/i.test(ua)){{cl += " bx-android";}}cl += (/(ipad|iphone|android|mobile|touch)/i.test(ua) ? " bx-touch" : " bx-no-touch");cl += w.devicePixelRatio && w.devicePixelRatio >= 2? " bx-retina": " bx-no-retina";ht.className = htc ? htc + " " + cl : cl;}})(window, document, navigator);</script>
<link href="/bitrix/js/ui/design-tokens/dist/ui.design-tokens.min.css?170245869423233" type="text/css" rel="stylesheet"/>
<link href="/bitrix/js/ui/fonts/opensans/ui.font.opensans.min.css?16977187652320" type="text/css" rel="stylesheet"/>
<link href="/bitrix/cache/css/s1/energo/page_{h[:32]}/page_{h[:32]}_v1.css?{ts}{ln}" type="text/css" rel="stylesheet"/>
<link href="/bitrix/cache/css/s1/energo/template_{h[::-1]}/template_{h[::-1]}_v1.css?{ts}{ln + 1311}" type="text/css" data-template-style="true" rel="stylesheet"/>
<script type="text/javascript">if(!window.BX)window.BX={{}};if(!window.BX.message)window.BX.message=function(mess){{if(typeof mess==='object'){{for(let i in mess) {{BX.message[i]=mess[i];}} return true;}}}};</script>
<script type="text/javascript">(window.BX||top.BX).message({{'JS_CORE_LOADING':'Зареждане...','JS_CORE_NO_DATA':'- Няма данни -','JS_CORE_WINDOW_CLOSE':'Затвори','LANGUAGE_ID':'bg','FORMAT_DATE':'DD.MM.YYYY','FORMAT_DATETIME':'DD.MM.YYYY HH:MI:SS','COOKIE_PREFIX':'BITRIX_SM','SERVER_TZ_OFFSET':'7200','UTF_MODE':'N','SITE_ID':'s1','SITE_DIR':'/','USER_ID':'','SERVER_TIME':'{s['servertime']}','USER_TZ_OFFSET':'0','USER_TZ_AUTO':'Y','bitrix_sessid':'{s['sessid']}'}});</script>
<script type="text/javascript"  src="/bitrix/cache/js/s1/energo/kernel_main/kernel_main_v1.js?{ts}{ln + 57}"></script>
<script type="text/javascript">BX.setJSList(['/bitrix/js/main/core/core_ajax.js','/bitrix/js/main/session.js','/local/templates/energo/js/jquery.min.js','/local/templates/energo/js/main.js']);</script>
<script type="text/javascript">(function () {{"use strict";var counter = function (){{var cookie = (function (name) {{var parts = ("; " + document.cookie).split("; " + name + "=");if (parts.length == 2) {{try {{return JSON.parse(decodeURIComponent(parts.pop().split(";").shift()));}}catch (e) {{}}}}}})("BITRIX_CONVERSION_CONTEXT_s1");if (cookie && cookie.EXPIRE >= BX.message("SERVER_TIME"))return;var request = new XMLHttpRequest();request.open("POST", "/bitrix/tools/conversion/ajax_counter.php", true);request.setRequestHeader("Content-type", "application/x-www-form-urlencoded");request.send("SITE_ID="+encodeURIComponent("s1")+"&sessid="+encodeURIComponent(BX.bitrix_sessid())+"&HTTP_REFERER="+encodeURIComponent(document.referrer));}};if (window.frameRequestStart === true)BX.addCustomEvent("onFrameDataReceived", counter);else BX.ready(counter);}})();</script>
<script type="text/javascript"  src="/bitrix/cache/js/s1/energo/template_{h[::-1]}/template_{h[::-1]}_v1.js?{ts}{ln + 911}"></script>
</head>
<body>
<div id="panel"></div>
<div class="wrapper">
	<header class="header">
		<div class="header__top"><div class="container"><a href="tel:070018141" class="header__phone">0700 18 141</a><a href="/personal/" class="header__login">Електронни услуги</a><a href="/en/" class="header__lang">EN</a></div></div>
		<div class="container header__main">
			<a href="/" class="header__logo"><img src="/local/templates/energo/images/logo.svg" alt="Енерго Снаб"></a>
			<ul class="top-menu" id="horizontal-multilevel-menu"><li><a href="/home/" class="root-item">За дома</a></li><li><a href="/business/" class="root-item">За бизнеса</a></li><li><a href="/payments/" class="root-item">Плащания</a></li><li><a href="/about/" class="root-item-selected">За нас</a></li><li><a href="/contacts/" class="root-item">Контакти</a></li></ul>
		</div>
	</header>
	<div class="container">
		<div class="breadcrumbs"><div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList"><div class="bx-breadcrumb-item" id="bx_breadcrumb_0" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" title="Начало" itemprop="item"><span itemprop="name">Начало</span></a><meta itemprop="position" content="1" /></div><div class="bx-breadcrumb-item" id="bx_breadcrumb_1" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><i class="fa fa-angle-right"></i><a href="/about/" title="За нас" itemprop="item"><span itemprop="name">За нас</span></a><meta itemprop="position" content="2" /></div><div class="bx-breadcrumb-item"><i class="fa fa-angle-right"></i><span>Политика за защита на личните данни</span></div><div style="clear:both"></div></div></div>
		<div class="content-wrap">
			<aside class="sidebar">
				<ul class="left-menu"><li><a href="/about/">За дружеството</a></li><li><a href="/about/management/">Ръководство</a></li><li><a href="/about/documents/">Общи условия и документи</a></li><li><a href="/about/privacy/" class="selected">Защита на личните данни</a></li><li><a href="/about/careers/">Кариери</a></li></ul>
				<div class="banner-side"><a href="/promo/{bcode}/?utm_source=site&amp;utm_medium=banner&amp;bannerid={BANNERS.index(s['banner']) + 11}"><img alt="{btxt}" title="{btxt}" src="/upload/rk/{C.det_sha(bcode)[:3]}/{C.det_sha('img', bcode)[:32]}.jpg" width="270" height="360" style="border:0;" /></a></div>
			</aside>
			<div class="page-content" id="workarea">
				<h1 id="pagetitle">{C.inline_html(title)}</h1>
				<div class="text-block">
{body}
				</div>
			</div>
		</div>
	</div>
	<footer class="footer">
		<div class="container">
			<div class="footer__news"><div class="footer__title">Новини</div><div class="news-list">{news}</div></div>
			<div class="footer__links"><a href="/about/privacy/">Лични данни</a> | <a href="/about/cookies/">Настройки на бисквитките</a> | <a href="/sitemap/">Карта на сайта</a></div>
			<div class="footer__copy">&copy; 2007-{s['year']} „Енерго Снаб“ ЕАД. Всички права запазени.</div>
		</div>
	</footer>
</div>
<!-- Global site tag (gtag.js) - Google Analytics -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-8HX2L5TQ1B"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('consent', 'default', {{'analytics_storage': 'denied'}});gtag('js', new Date());gtag('config', 'G-8HX2L5TQ1B');</script>
</body>
</html>
"""


PAGE = {
    "service": "Energo Snab",
    "url": URL,
    "content_type": "text/html; charset=windows-1251",
    "encoding": "windows-1251",
    "extra_headers": [("Server", "nginx"), ("X-Powered-CMS", "Bitrix Site Manager (a1b2c3d4e5f60718293a4b5c6d7e8f90)"),
                      ("Set-Cookie", "PHPSESSID=deleted; path=/; HttpOnly")],
    "n": 27,
    "start": dt.date(2022, 1, 10),
    "end": dt.date(2024, 10, 31),
    "hours": (5, 6, 17),
    "policy": POLICY,
    "first_updated": dt.date(2021, 9, 30),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": URL,
        "select": "#workarea",
    },
}
