"""„Тракия Хидравлика“ АД (gear pumps, hydraulic cylinders, Kazanlak), Bulgarian: Joomla 3 (Protostar-based template)
upgraded to Joomla 4 (Cassiopeia child template) in June 2023. The article's hits counter sits inside .item-page
(the declaration removes .article-info); per-session form token in the dealer login module; "latest news" module."""
import datetime as dt
import html

import common as C

URL = "https://www.trakia-hydraulics.bg/bg/politika-za-poveritelnost"
UPGRADE = dt.datetime(2023, 6, 12, 6, 0, 0)
MONTHS = ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември",
          "декември"]

POLICY = """# Политика за защита на личните данни

Последна актуализация: {UPDATED}

„Тракия Хидравлика“ АД е производител на зъбни хидравлични помпи, хидравлични цилиндри и разпределители за мобилна и индустриална техника. Ние зачитаме неприкосновеността на личния живот на нашите клиенти, дистрибутори, доставчици, кандидати за работа и посетители на сайта. Настоящата политика обяснява какви лични данни обработавме, за какви цели и на какво основание, на кого ги предоставяме и какви права имате, в съответствие с Регламент (ЕС) 2016/679 (Общ регламент относно защитата на данните) и Закона за защита на личните данни.

## 1. Администратор на лични данни

@ „Тракия Хидравлика“ АД
@ ЕИК: 123456789
@ Седалище и адрес на управление: гр. Казанлък 6100, ул. „Индустриална“ № 5
@ Телефон: +359 431 6 20 00
@ E-mail: [office@trakia-hydraulics.bg](mailto:office@trakia-hydraulics.bg)

## 2. Длъжностно лице по защита на данните

Определили сме длъжностно лице по защита на данните, към което можете да се обръщате по всички въпроси, свързани с обработването на Вашите лични данни:

@ E-mail: [dpo@trakia-hydraulics.bg](mailto:dpo@trakia-hydraulics.bg)
@ Телефон: +359 431 6 20 45
@ Адрес за кореспонденция: гр. Казанлък 6100, ул. „Индустриална“ № 5, за длъжностното лице по защита на данните

## 3. Какви лични данни обработваме

В зависимост от отношенията Ви с нас обработваме следните категории лични данни:

- идентификационни и контактни данни: име, длъжност, фирма, телефон, електронна поща;
- данни, свързани с поръчки, доставки и рекламации: адрес за доставка, поръчани изделия, серийни номера на помпи и цилиндри;
- данни за плащания и фактуриране;
- данни на кандидати за работа, съдържащи се в автобиографии и мотивационни писма;
- данни на посетители на завода: име, фирма, регистрационен номер на превозно средство, час на влизане и излизане;
- видеозаписи от системата за видеонаблюдение в производствените помещения и по периметъра на завода;
- технически данни при посещение на сайта: IP адрес, тип браузър, посетени страници.

Не обработваме специални категории лични данни по смисъла на чл. 9 от Регламента, освен данни за здравословното състояние на кандидатите и служителите, когато това се изисква от трудовото законодателство. Данните получаваме основно от Вас, а за служителите на нашите клиенти и доставчици – от съответния работодател.

## 4. Цели и правни основания за обработването

| Цел | Правно основание | Срок на съхранение |
| Сключване и изпълнение на договори с клиенти, дистрибутори и доставчици | чл. 6, пар. 1, буква „б“ от Регламента | 5 години след прекратяване на договора |
| Счетоводна и данъчна отчетност | чл. 6, пар. 1, буква „в“, Закон за счетоводството | 10 години |
| Отговор на запитвания, оферти и рекламации | чл. 6, пар. 1, букви „б“ и „е“ | 3 години |
| Подбор на персонал | съгласие на кандидата | 2 години от приключване на подбора |
| Пропускателен режим в завода | чл. 6, пар. 1, буква „е“ – законен интерес | 1 година |
| Видеонаблюдение | чл. 6, пар. 1, буква „е“ – законен интерес | 30 дни |
| Изпращане на бюлетин с технически новини | съгласие | до оттегляне на съгласието |

Нашият законен интерес се състои в опазването на имуществото, осигуряването на безопасни условия на труд в производствените помещения и защитата на правата ни при спорове.

## 5. Получатели на личните данни

Предоставяме лични данни само в необходимия обем на следните получатели, които действат като обработващи данни по наше възлагане:

| Получател | Дейност | Държава |
| „Телелинк Бизнес Сървисис“ ЕАД | поддръжка на информационните системи | България |
| „Еконт Експрес“ ООД и „Спиди“ АД | куриерски услуги | България |
| „Сигурност-Казанлък“ ЕООД | физическа охрана и видеонаблюдение | България |
| „Информационно обслужване“ АД | хостинг на сайта | България |

Лични данни се предоставят и на държавни органи като НАП, НОИ и Изпълнителна агенция „Главна инспекция по труда“, когато това се изисква по закон.

## 6. Предаване на данни извън Европейския съюз

Не предаваме лични данни към държави извън Европейското икономическо пространство. Когато наш дистрибутор извън ЕС изпълнява поръчка, му предоставяме само данните на фирмата, без данни на физически лица.

## 7. Бисквитки

Сайтът използва само необходими бисквитки за функционирането си, както и бисквитки за статистика след Вашето съгласие. Бисквитките за статистика се съхраняват до 12 месеца и ни помагат да разберем кои продукти и технически материали се търсят най-често. Можете да промените избора си по всяко време чрез връзката „Настройки на бисквитките“ в долната част на страницата.

## 8. Вашите права

Имате право:

- на достъп до личните данни, които обработваме за Вас;
- да поискате коригиране на неточни данни;
- да поискате изтриване на данните, когато не съществува основание за обработването им;
- да поискате ограничаване на обработването;
- на преносимост на данните;
- да възразите срещу обработване, основано на законен интерес;
- да оттеглите съгласието си по всяко време, без това да засяга законосъобразността на обработването преди оттеглянето.

Исканията се подават писмено на адреса на дружеството или по електронна поща до длъжностното лице по защита на данните. Отговаряме в срок от един месец от получаване на искането. Упражняването на правата е безплатно. Преди да изпълним искането, може да Ви помолим за допълнителна информация, за да потвърдим самоличността Ви. Не вземаме решения, основани единствено на автоматизирано обработване, включително профилиране, които да пораждат правни последици за Вас.

## 9. Право на жалба

Ако смятате, че обработването на личните Ви данни нарушава законодателството, можете да подадете жалба до:

@ Комисия за защита на личните данни
@ гр. София 1592, бул. „Проф. Цветан Лазаров“ № 2
@ Телефон: 02 91 53 518
@ E-mail: [kzld@cpdp.bg](mailto:kzld@cpdp.bg)
@ [www.cpdp.bg](https://www.cpdp.bg)

## 10. Сигурност на данните

Прилагаме подходящи технически и организационни мерки за защита на личните данни срещу случайно или незаконно унищожаване, загуба, промяна или неразрешен достъп: ограничен достъп според длъжността, криптирани връзки, редовно архивиране и обучение на служителите. Системата ни за управление на информационната сигурност е сертифицирана по ISO/IEC 27001. Периодично преразглеждаме тази политика и публикуваме актуалната ѝ версия на тази страница.
"""

EDITS = [
    {"note": "typo fixed: 'обработавме' -> 'обработваме' (intro)",
     "repl": [("какви лични данни обработавме", "какви лични данни обработваме")]},
    {"note": "processor added to the recipients table (Microsoft Ireland: Microsoft 365)",
     "repl": [("| „Информационно обслужване“ АД | хостинг на сайта | България |",
               "| „Информационно обслужване“ АД | хостинг на сайта | България |\n"
               "| Майкрософт Айърланд Оперейшънс Лимитид | електронна поща и Microsoft 365 | Ирландия |")]},
    {"note": "candidates' data retention: 2 years -> 6 months",
     "repl": [("| съгласие на кандидата | 2 години от приключване на подбора |",
               "| съгласие на кандидата | 6 месеца от приключване на подбора |")]},
    {"note": "section 11 added: whistleblowing channel (2023 Whistleblower Protection Act)",
     "repl": [("Периодично преразглеждаме тази политика и публикуваме актуалната ѝ версия на тази страница.",
               "Периодично преразглеждаме тази политика и публикуваме актуалната ѝ версия на тази страница.\n\n"
               "## 11. Сигнали за нарушения\n\n"
               "Във връзка със Закона за защита на лицата, подаващи сигнали или публично оповестяващи информация за "
               "нарушения, дружеството е създало вътрешен канал за подаване на сигнали. Личните данни на "
               "сигнализиращите лица и на засегнатите лица се обработват само за проверка на сигнала и се съхраняват "
               "5 години след приключването ѝ. Самоличността на сигнализиращото лице не се разкрива без неговото "
               "изрично съгласие.")]},
    {"note": "DPO e-mail address changed",
     "repl": [("@ E-mail: [dpo@trakia-hydraulics.bg](mailto:dpo@trakia-hydraulics.bg)",
               "@ E-mail: [gdpr@trakia-hydraulics.bg](mailto:gdpr@trakia-hydraulics.bg)")]},
]

NEWS = [
    (dt.date(2021, 3, 18), "Нова серия зъбни помпи ТХП-3 за мобилна техника", "nova-seriya-thp-3"),
    (dt.date(2021, 6, 24), "Свободни позиции: машинен инженер-конструктор", "mashinen-inzhener"),
    (dt.date(2021, 9, 20), "Тракия Хидравлика на Международния технически панаир 2021", "mtp-2021"),
    (dt.date(2022, 2, 8), "Въведохме в експлоатация нов обработващ център DMG MORI", "dmg-mori"),
    (dt.date(2022, 5, 30), "Успешен ресертификационен одит по ISO 9001:2015", "iso-9001-2022"),
    (dt.date(2022, 9, 26), "Заповядайте на щанд 5.12 на Международния технически панаир", "mtp-2022"),
    (dt.date(2023, 1, 16), "Хидравлични цилиндри по чертеж на клиента – срок 4 седмици", "tsilindri-po-chertezh"),
    (dt.date(2023, 4, 3), "Сертифицирахме системата си по ISO 45001", "iso-45001"),
    (dt.date(2023, 9, 25), "Тракия Хидравлика на Международния технически панаир 2023", "mtp-2023"),
    (dt.date(2023, 12, 11), "Работно време по време на коледните празници", "koledno-rabotno-vreme"),
    (dt.date(2024, 3, 4), "Нов дистрибутор за Румъния и Молдова", "distributor-rumaniya"),
    (dt.date(2024, 6, 17), "Стартира програмата за стажанти „Лято в завода“ 2024", "staj-2024"),
    (dt.date(2024, 9, 23), "Представяме разпределители с електропропорционално управление", "elektroproportsionalni"),
    (dt.date(2024, 12, 9), "Инвестиция в нова линия за хонинговане на цилиндрови тръби", "honingovane"),
    (dt.date(2025, 2, 3), "Отворени позиции: оператор на CNC машини", "operator-cnc"),
]


def fmt_date(d):
    return "%02d.%02d.%d г." % (d.day, d.month, d.year)


def noise(rng, when, i, prev):
    prev = prev or {}
    j = "joomla4-cassiopeia" if when >= UPGRADE else "joomla3-protostar"
    mv = prev.get("mediaversion") if prev.get("joomla") == j else None
    mv = C.keep_or(rng, mv, 0.12, lambda: C.hexs(rng, 32))
    hits = 1187 + (when - dt.datetime(2021, 1, 1)).days * 4 + rng.randint(0, 3)
    news = tuple(n[2] for n in NEWS if n[0] <= when.date())[-5:][::-1]
    return {"joomla": j, "mediaversion": mv, "hits": hits, "token": C.hexs(rng, 32), "news": news}


LABELS = {"joomla": "Joomla 3 (Protostar-based) -> Joomla 4 (Cassiopeia child) upgrade: whole template",
          "mediaversion": "media version ?hash (updates)", "hits": "article hits counter (inside .item-page, removed)",
          "token": "session form token (login module, csrf.token)", "news": "'latest news' module (side column)"}

MENU = [("Начало", "/bg/", 101), ("Продукти", "/bg/produkti", 102), ("Зъбни помпи", "/bg/produkti/zabni-pompi", 103),
        ("Хидравлични цилиндри", "/bg/produkti/tsilindri", 104), ("Качество", "/bg/kachestvo", 105),
        ("Дистрибутори", "/bg/distributori", 106), ("Новини", "/bg/novini", 107), ("Кариери", "/bg/karieri", 108),
        ("Контакти", "/bg/kontakti", 109)]


def news_items(st, j4):
    by = {n[2]: n for n in NEWS}
    out = []
    for slug in st["news"]:
        d, title, _ = by[slug]
        out.append('\t<li itemscope itemtype="https://schema.org/Article">\n\t\t<a href="/bg/novini/%s" '
                   'itemprop="url">\n\t\t\t<span itemprop="name">\n\t\t\t\t%s\t\t\t</span>\n\t\t</a>\n\t</li>'
                   % (slug, html.escape(title)))
    cls = "mod-articleslatest latestnews mod-list" if j4 else "latestnews mod-list"
    return '<ul class="%s">\n%s\n</ul>' % (cls, "\n".join(out))


PUBLISHED = dt.datetime(2018, 5, 24, 10, 12, 31)


def article(st, blocks, j4):
    h1 = blocks[0]
    body = C.blocks_html(blocks[1:], {"table": "table table-bordered"} if j4 else {"table": "table table-striped"})
    p = PUBLISHED
    pub = "%d %s %d" % (p.day, MONTHS[p.month - 1], p.year)
    if j4:
        return """<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
    <meta itemprop="inLanguage" content="bg-BG">
    
    
        <div class="page-header">
        <h1 itemprop="headline">
            {h1}
        </h1>
                            </div>
        
        
            <dl class="article-info text-muted">

            <dt class="article-info-term">
                        Подробности                    </dt>

        
        
        
        
                    <dd class="published">
    <span class="icon-calendar icon-fw" aria-hidden="true"></span>
    <time datetime="{iso}" itemprop="datePublished">
        Публикувано: {pub}    </time>
</dd>
        
    
            
        
                    <dd class="hits">
    <span class="icon-eye icon-fw" aria-hidden="true"></span>
    <meta itemprop="interactionCount" content="UserPageVisits:{hits}">
    Посещения: {hits}</dd>
            </dl>
    
    
        
                                                <div itemprop="articleBody" class="com-content-article__body">
        {body}     </div>

        
                                        </div>""".format(h1=C.inline_html(h1[1]), iso=p.strftime("%Y-%m-%dT%H:%M:%S+03:00"),
                                                  pub=pub, hits=st["hits"], body=body)
    return """<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="bg-BG" />
	
		
			<div class="page-header">
					<h2 itemprop="headline">
				{h1}			</h2>
									</div>
					
		
						<dl class="article-info muted">

		
			<dt class="article-info-term">
									Подробности							</dt>

			
			
			
			
										<dd class="published">
				<span class="icon-calendar" aria-hidden="true"></span>
				<time datetime="{iso}" itemprop="datePublished">
					Публикувано: {pub}				</time>
			</dd>			
		
					
			
										<dd class="hits">
					<span class="icon-eye-open" aria-hidden="true"></span>
					<meta itemprop="interactionCount" content="UserPageVisits:{hits}" />
					Посещения: {hits}			</dd>						</dl>
	
	
		
								<div itemprop="articleBody">
		{body} 	</div>

	
							</div>""".format(h1=C.inline_html(h1[1]), iso=p.strftime("%Y-%m-%dT%H:%M:%S+03:00"), pub=pub,
                                     hits=st["hits"], body=body)


LOGIN_RETURN = "aHR0cHM6Ly93d3cudHJha2lhLWh5ZHJhdWxpY3MuYmcvYmcvcG9saXRpa2EtemEtcG92ZXJpdGVsbm9zdA=="


def render_j3(st, blocks, when):
    mv = st["mediaversion"]
    menu = "".join('<li class="item-%d%s"><a href="%s" >%s</a></li>' % (k, " default" if k == 101 else "", u,
                                                                        html.escape(t)) for t, u, k in MENU)
    return """<!DOCTYPE html>
<html lang="bg-bg" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="https://www.trakia-hydraulics.bg/bg/politika-za-poveritelnost" />
	<meta name="keywords" content="хидравлични помпи, зъбни помпи, хидравлични цилиндри, Казанлък" />
	<meta name="author" content="Super User" />
	<meta name="description" content="Тракия Хидравлика АД – производител на зъбни хидравлични помпи и хидравлични цилиндри." />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>Политика за защита на личните данни - Тракия Хидравлика</title>
	<link href="/templates/trakia/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/templates/trakia/css/template.css?{mv}" rel="stylesheet" />
	<link href="/plugins/system/cookiesck/assets/front.css?ver=3.3.4" rel="stylesheet" />
	<script src="/media/jui/js/jquery.min.js?{mv}"></script>
	<script src="/media/jui/js/jquery-noconflict.js?{mv}"></script>
	<script src="/media/jui/js/jquery-migrate.min.js?{mv}"></script>
	<script src="/media/system/js/caption.js?{mv}"></script>
	<script src="/media/jui/js/bootstrap.min.js?{mv}"></script>
	<script src="/templates/trakia/js/template.js?{mv}"></script>
	<script src="/plugins/system/cookiesck/assets/front.js?ver=3.3.4"></script>
	<script>
jQuery(window).on('load',  function() {{
				new JCaption('img.caption');
			}});
var COOKIESCK_ALLOWED = ["cookiesck","cookiesckiframes","cookiesckuniquekey","jform_captchacookie"];
var COOKIESCK_LIFETIME = 365;
	</script>
	<!--[if lt IE 9]><script src="/media/jui/js/html5.js?{mv}"></script><![endif]-->
</head>
<body class="site com_content view-article no-layout no-task itemid-121">
	<!-- Body -->
	<div class="body" id="top">
		<div class="container">
			<!-- Header -->
			<header class="header" role="banner">
				<div class="header-inner clearfix">
					<a class="brand pull-left" href="/">
						<img src="https://www.trakia-hydraulics.bg/images/logo-trakia-hydraulics.png" alt="Тракия Хидравлика" />											</a>
					<div class="header-search pull-right">
						<div class="search">
	<form action="/bg/politika-za-poveritelnost" method="post" class="form-inline" role="search">
		<label for="mod-search-searchword93" class="element-invisible">Търсене...</label> <input name="searchword" id="mod-search-searchword93" maxlength="200"  class="inputbox search-query input-medium" type="search" placeholder="Търсене..." />		<input type="hidden" name="task" value="search" />
		<input type="hidden" name="option" value="com_search" />
		<input type="hidden" name="Itemid" value="121" />
	</form>
</div>

					</div>
				</div>
			</header>
							<nav class="navigation" role="navigation">
					<div class="navbar pull-left">
						<a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse">
							<span class="element-invisible">Превключване на навигацията</span>
							<span class="icon-bar"></span>
							<span class="icon-bar"></span>
							<span class="icon-bar"></span>
						</a>
					</div>
					<div class="nav-collapse">
						<ul class="nav menu nav-pills mod-list">
{menu}</ul>

					</div>
				</nav>
						
			<div class="row-fluid">
								<main id="content" role="main" class="span9">
					<!-- Begin Content -->
					
					<div id="system-message-container">
	</div>

					{article}
					<div class="clearfix"></div>
					
					<!-- End Content -->
				</main>
									<div id="aside" class="span3">
						<!-- Begin Right Sidebar -->
						<div class="well "><h3 class="page-header">Последни новини</h3>{news}</div><div class="well "><h3 class="page-header">Вход за дистрибутори</h3><form action="/bg/politika-za-poveritelnost" method="post" id="login-form" class="form-inline">
		<div class="userdata">
		<div id="form-login-username" class="control-group">
			<div class="controls">
									<div class="input-prepend">
						<span class="add-on">
							<span class="icon-user hasTooltip" title="Потребител"></span>
							<label for="modlgn-username" class="element-invisible">Потребител</label>
						</span>
						<input id="modlgn-username" type="text" name="username" class="input-small" tabindex="0" size="18" placeholder="Потребител" />
					</div>
							</div>
		</div>
		<div id="form-login-password" class="control-group">
			<div class="controls">
									<div class="input-prepend">
						<span class="add-on">
							<span class="icon-lock hasTooltip" title="Парола">
							</span>
								<label for="modlgn-passwd" class="element-invisible">Парола							</label>
						</span>
						<input id="modlgn-passwd" type="password" name="password" class="input-small" tabindex="0" size="18" placeholder="Парола" />
					</div>
							</div>
		</div>
		<div id="form-login-submit" class="control-group">
			<div class="controls">
				<button type="submit" tabindex="0" name="Submit" class="btn btn-primary login-button">Вход</button>
			</div>
		</div>
		<input type="hidden" name="option" value="com_users" />
		<input type="hidden" name="task" value="user.login" />
		<input type="hidden" name="return" value="{ret}" />
		<input type="hidden" name="{token}" value="1" />	</div>
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
			<div class="footer1">„Тракия Хидравлика“ АД · гр. Казанлък 6100, ул. „Индустриална“ № 5 · тел. +359 431 6 20 00 · <a href="/bg/politika-za-poveritelnost">Политика за защита на личните данни</a> · <a href="#" class="cookiesck-manage">Настройки на бисквитките</a></div>
			<p class="pull-right">
				<a href="#top" id="back-top">
					Към началото				</a>
			</p>
			<p>
				&copy; {year} Тракия Хидравлика			</p>
		</div>
	</footer>
	
</body>
</html>
""".format(mv=mv, menu=menu, article=article(st, blocks, False), news=news_items(st, False), ret=LOGIN_RETURN,
           token=st["token"], year=when.year)


def render_j4(st, blocks, when):
    mv = st["mediaversion"]
    menu = "\n".join('<li class="nav-item item-%d%s"><a href="%s" >%s</a></li>'
                     % (k, " default" if k == 101 else "", u, html.escape(t)) for t, u, k in MENU)
    opts = ('{"joomla.jtext":{"ERROR":"Грешка","MESSAGE":"Съобщение","NOTICE":"Забележка","WARNING":"Внимание",'
            '"JCLOSE":"Затваряне","JOK":"OK","JOPEN":"Отваряне"},"system.paths":{"root":"","rootFull":"https:\\/\\/'
            'www.trakia-hydraulics.bg\\/","base":"","baseFull":"https:\\/\\/www.trakia-hydraulics.bg\\/"},'
            '"csrf.token":"%s"}' % st["token"])
    return """<!DOCTYPE html>
<html lang="bg-bg" dir="ltr">

<head>
    <meta charset="utf-8">
	<meta name="author" content="Super User">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="Тракия Хидравлика АД – производител на зъбни хидравлични помпи и хидравлични цилиндри.">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>Политика за защита на личните данни - Тракия Хидравлика</title>
	<link href="/media/templates/site/cassiopeia_trakia/images/favicon.ico" rel="alternate icon" type="image/vnd.microsoft.icon">
	<link href="/media/system/images/joomla-favicon-pinned.svg" rel="mask-icon" color="#000">

    <link href="/media/system/css/joomla-fontawesome.min.css?{mv}" rel="lazy-stylesheet"><noscript><link href="/media/system/css/joomla-fontawesome.min.css?{mv}" rel="stylesheet"></noscript>
	<link href="/media/templates/site/cassiopeia/css/template.min.css?{mv}" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?{mv}" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia_trakia/css/user.css?{mv}" rel="stylesheet">
	<style>:root {{
		--hue: 214;
		--template-bg-light: #f0f4fb;
		--template-text-dark: #495057;
		--template-text-light: #ffffff;
		--template-link-color: #1d4f91;
		--template-special-color: #0f2d52;
		
	}}</style>

    <script src="/media/mod_menu/js/menu-es5.min.js?{mv}" nomodule defer></script>
	<script type="application/json" class="joomla-script-options new">{opts}</script>
	<script src="/media/system/js/core.min.js?{mv}"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?{mv}" defer></script>
	<script src="/media/system/js/messages-es5.min.js?{mv}" nomodule defer></script>
	<script src="/media/system/js/messages.min.js?{mv}" type="module"></script>

</head>

<body class="site com_content wrapper-static view-article no-layout no-task itemid-121 has-sidebar-right">
    <header class="header container-header full-width">

        
        
                    <div class="grid-child">
                <div class="navbar-brand">
                    <a class="brand-logo" href="/">
                        <img loading="eager" decoding="async" src="https://www.trakia-hydraulics.bg/images/logo-trakia-hydraulics.svg" alt="Тракия Хидравлика" width="240" height="60">                    </a>
                                    </div>
            </div>
        
                    <div class="grid-child container-nav">
                                    <ul class="mod-menu mod-list nav ">
{menu}
</ul>

                                                    <div class="container-search">
                        <form class="mod-finder js-finder-searchform form-search" action="/bg/tarsene" method="get" role="search">
    <label for="mod-finder-searchword94" class="visually-hidden finder">Търсене</label><input type="text" name="q" id="mod-finder-searchword94" class="js-finder-search-query form-control" value="" placeholder="Търсене...">
            </form>

                    </div>
                            </div>
            </header>

    <div class="site-grid">

        
        
        
        
        <div class="grid-child container-component">
            
            
            <div id="system-message-container" aria-live="polite"></div>

            <main>
            {article}
            </main>
            
        </div>

                    <div class="grid-child container-sidebar-right">
                <div class="sidebar-right card ">
            <h3 class="card-header ">Последни новини</h3>        <div class="card-body">
                {news}
    </div>
</div>
<div class="sidebar-right card ">
            <h3 class="card-header ">Вход за дистрибутори</h3>        <div class="card-body">
                <form id="login-form-95" class="mod-login" action="/bg/politika-za-poveritelnost" method="post">

    <div class="mod-login__userdata userdata">
        <div class="mod-login__username form-group">
                            <div class="input-group">
                    <input id="modlgn-username-95" type="text" name="username" class="form-control" autocomplete="username" placeholder="Потребител">
                    <label for="modlgn-username-95" class="visually-hidden">Потребител</label>
                    <span class="input-group-text" title="Потребител">
                        <span class="icon-user icon-fw" aria-hidden="true"></span>
                    </span>
                </div>
                    </div>

        <div class="mod-login__password form-group">
                            <div class="input-group">
                    <input id="modlgn-passwd-95" type="password" name="password" autocomplete="current-password" class="form-control" placeholder="Парола">
                    <label for="modlgn-passwd-95" class="visually-hidden">Парола</label>
                </div>
                    </div>

        <div class="mod-login__submit form-group">
            <button type="submit" name="Submit" class="btn btn-primary w-100">Вход</button>
        </div>

                    <input type="hidden" name="option" value="com_users">
        <input type="hidden" name="task" value="user.login">
        <input type="hidden" name="return" value="{ret}">
        <input type="hidden" name="{token}" value="1">    </div>
    </form>
    </div>
</div>

            </div>
        
        
            </div>

            <footer class="container-footer footer full-width">
            <div class="grid-child">
                <div class="mod-custom custom">
    <p>„Тракия Хидравлика“ АД · гр. Казанлък 6100, ул. „Индустриална“ № 5 · тел. +359 431 6 20 00</p>
<p><a href="/bg/politika-za-poveritelnost">Политика за защита на личните данни</a> · <a href="#" class="cookiesck-manage">Настройки на бисквитките</a> · © {year} Тракия Хидравлика</p></div>

            </div>
        </footer>
    
            <a href="#top" id="back-top" class="back-to-top-link" aria-label="Обратно нагоре">
            <span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
        </a>
    
    
</body>
</html>
""".format(mv=mv, opts=opts, menu=menu, article=article(st, blocks, True), news=news_items(st, True),
           ret=LOGIN_RETURN, token=st["token"], year=when.year)


def render(st, blocks, when):
    if st["joomla"].startswith("joomla4"):
        return render_j4(st, blocks, when)
    return render_j3(st, blocks, when)


PAGE = {
    "service": "Trakia Hydraulics",
    "url": URL,
    "lang": "bg",
    "platform": "Joomla 3.10 (Protostar-based template) -> Joomla 4.3 (Cassiopeia child template)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "nginx"), ("X-Powered-By", "PHP/7.4.33"), ("Cache-Control", "no-store, no-cache, must-revalidate"),
                      ("Pragma", "no-cache")),
    "n": 31,
    "start": dt.date(2021, 6, 1),
    "end": dt.date(2025, 2, 28),
    "hours": (1, 5, 9),
    "policy": POLICY,
    "first_updated": dt.date(2021, 2, 10),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".item-page", "remove": ".article-info"},
}
