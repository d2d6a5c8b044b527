"""Moving company (flat and office moves, packing, storage), Ukrainian, on Tilda Publishing behind Cloudflare. The
policy is a run of Tilda records (T050 cover title, T030 headings, T004 text, T123 HTML blocks for the tables); the
declaration is a range from the title record to the footer record. Per response Cloudflare's email obfuscation key
(footer address) and its beacon ray id; on each republish the ?t= stamps of the page's CSS/JS. Fairly clean."""
import datetime as dt
import html

import common as C

URL = "https://pereizd-profi.com.ua/privacy"

POLICY = """# Політика конфіденційності

Редакція від {UPDATED}

Ця Політика конфіденційності визначає порядок обробки та захисту персональних даних клієнтів компанії «Переїзд Профі», які замовляють послуги квартирного та офісного переїзду, вантажників, пакування і зберігання речей через сайт pereizd-profi.com.ua, телефоном або в месенджерах. Ми обробляємо персональні дані відповідно до Закону України «Про захист персональних даних» та, для клієнтів з країн ЄС, відповідно до Загального регламенту ЄС про захист даних (GDPR).

## 1. Хто ми

Володільцем персональних даних є ТОВ «Переїзд Профі», код ЄДРПОУ 41234567.

@ ТОВ «Переїзд Профі»
@ вул. Кирилівська, 41, офіс 305
@ м. Київ, 04080
@ тел. +380 44 500 12 34

## 2. Які дані ми збираємо

Щоб правильно оцінити обсяг робіт і виконати переїзд, ми можемо збирати такі дані:

- ім'я, номер телефону, адресу електронної пошти та зручний месенджер для зв'язку;
- адреси завантаження і розвантаження, поверх, наявність вантажного ліфта, умови під'їзду для автомобіля;
- перелік і опис речей, фото та відео приміщень, які ви надсилаєте для розрахунку вартості;
- дані для укладення договору: прізвище, ім'я, по батькові, паспортні дані або РНОКПП (для фізичних осіб-підприємців і юридичних осіб – реквізити компанії);
- інформацію про оплату: суму, спосіб оплати, номер рахунку; дані банківських карток обробляє платіжний провайдер, ми їх не зберігаємо;
- технічні дані про відвідування сайту: IP-адресу, тип браузера, сторінки, які ви переглядали, файли cookie.

## 3. Для чого ми використовуємо дані

Ми використовуємо персональні дані лише для таких цілей:

- розрахунок вартості переїзду та підготовка комерційної пропозиції;
- укладення і виконання договору про надання послуг, організація роботи бригади вантажників і транспорту;
- складання акту приймання-передачі речей та опису майна, яке передається на зберігання;
- розгляд претензій щодо пошкоджених або втрачених речей;
- надсилання нагадувань про дату переїзду та повідомлень про прибуття бригади;
- ведення бухгалтерського та податкового обліку;
- покращення роботи сайту та аналіз ефективності реклами (лише за вашою згодою на аналітичні cookie).

## 4. Кому ми передаємо дані

Ми не продаємо ваші дані. Доступ до них мають лише працівники та партнери, яким це необхідно для виконання замовлення:

| Отримувач | Які дані | Мета |
| Бригадир і водій | ім'я, телефон, адреси, опис речей | виконання переїзду |
| Склад зберігання «Безпечний Бокс» | ім'я, телефон, опис майна | зберігання речей |
| LiqPay (АТ КБ «ПриватБанк») | сума і призначення платежу | прийом онлайн-оплати |
| Binotel | номер телефону, запис розмови | телефонія і колтрекінг |
| Google Ireland Ltd. | технічні дані, cookie | Google Analytics, Google Ads |

Дані також можуть бути передані органам державної влади у випадках, прямо передбачених законом.

## 5. Скільки ми зберігаємо дані

Заявки, за якими договір не було укладено, ми видаляємо через 6 місяців. Договори, акти та платіжні документи зберігаємо протягом 3 років після завершення послуг, а первинні бухгалтерські документи – у строки, встановлені законодавством. Фото та відео приміщень видаляються через 30 днів після завершення переїзду, якщо вони не потрібні для розгляду претензії.

## 6. Записи розмов і листування

Дзвінки на наші номери обробляє сервіс IP-телефонії, тому розмови з менеджерами можуть записуватися. Про це ви чуєте на початку дзвінка. Записи потрібні для контролю якості обслуговування та для з'ясування обставин у разі спору щодо погодженої вартості, часу прибуття бригади чи переліку речей. Записи розмов зберігаються 90 днів, після чого автоматично видаляються.

Якщо ви пишете нам у Telegram, Viber або WhatsApp, листування зберігається в корпоративному акаунті компанії. Будь ласка, не надсилайте нам фото документів, якщо менеджер прямо про це не попросив.

## 7. Зберігання речей на складі

Під час передачі речей на зберігання ми складаємо опис майна з фотографіями кожного місця. Опис підписують обидві сторони, один примірник отримуєте ви. Доступ до вашої секції на складі надається лише вам або особі, яку ви письмово уповноважили; для цього ми перевіряємо документ, що посвідчує особу, але не робимо його копію. Відеоспостереження на складі ведеться цілодобово, записи зберігаються 30 днів.

## 8. Відгуки та фото робіт

Ми публікуємо фото виконаних переїздів у соціальних мережах лише тоді, коли на них неможливо впізнати клієнта, адресу або номер будинку. Відгуки клієнтів публікуємо тільки з їхньої згоди і лише з ім'ям, без прізвища.

## 9. Файли cookie

Сайт побудовано на платформі Tilda. Ми використовуємо необхідні cookie для роботи форм заявки, а також аналітичні та рекламні cookie (Google Analytics, Meta Pixel, Binotel колтрекінг) – лише після того, як ви погодитеся з ними у банері на сайті. Ви можете будь-коли змінити свій вибір, очистивши cookie у налаштуваннях браузера.

## 10. Ваші права

Відповідно до статті 8 Закону України «Про захист персональних даних» ви маєте право:

- знати, які ваші дані ми обробляємо, з якою метою і кому їх передаємо;
- отримати доступ до своїх даних;
- вимагати виправлення неточних даних або їх видалення;
- відкликати згоду на обробку даних;
- заперечити проти обробки даних для маркетингових цілей;
- звернутися зі скаргою до Уповноваженого Верховної Ради України з прав людини або до суду.

Щоб скористатися своїми правами, зателефонуйте нам або напишіть на адресу електронної пошти, вказану внизу сторінки. Ми відповімо протягом 30 календарних днів.

## 11. Захист даних

Доступ до CRM-системи мають лише менеджери, які опрацьовують замовлення, з двофакторною автентифікацією. Бригади отримують у застосунку лише ту інформацію, яка потрібна для конкретного замовлення, і втрачають доступ до неї після його закриття.

## 12. Зміни до політики

Ми можемо оновлювати цю Політику. Актуальна редакція завжди доступна на цій сторінці, дата редакції зазначена на її початку.
"""

MONTHS = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
          "листопада", "грудня"]


def fmt_date(d):
    return "%d %s %d року" % (d.day, MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "storage partner renamed in the recipients table",
     "repl": [("| Склад зберігання «Безпечний Бокс» | ім'я, телефон, опис майна | зберігання речей |",
               "| Склад зберігання «Сейф Сторидж» | ім'я, телефон, опис майна | зберігання речей |")]},
    {"note": "photo/video retention changed from 30 to 90 days",
     "repl": [("Фото та відео приміщень видаляються через 30 днів", "Фото та відео приміщень видаляються через 90 днів")]},
    {"note": "sentence added: international moves data transfer",
     "repl": [("Дані також можуть бути передані органам державної влади",
               "Під час міжнародних переїздів ми передаємо ім'я, адреси та опис майна партнерському перевізнику "
               "і митному брокеру в країні призначення.\n\nДані також можуть бути передані органам державної влади")]},
    {"note": "phone number and office changed in the controller address",
     "repl": [("@ вул. Кирилівська, 41, офіс 305\n@ м. Київ, 04080\n@ тел. +380 44 500 12 34",
               "@ вул. Кирилівська, 41, офіс 412\n@ м. Київ, 04080\n@ тел. +380 44 500 43 21")]},
    {"note": "apostrophe normalised in під’їзду and the word вантажного inserted (no date bump)", "bump": False,
     "repl": [("умови під'їзду для автомобіля", "умови під’їзду для вантажного автомобіля")]},
]


def noise(rng, when, i, prev):
    prev = prev or {}
    return {
        "cfkey": rng.randint(1, 255),
        "ray": C.hexs(rng, 16),
        "publish": C.keep_or(rng, prev.get("publish"), 0.15,
                             lambda: C.epoch(when) - rng.randint(3600, 40 * 86400)),
    }


LABELS = {"cfkey": "Cloudflare email obfuscation key", "ray": "Cloudflare beacon ray id",
          "publish": "Tilda republish ?t= stamp"}


def cfemail(addr, key):
    return "%02x" % key + "".join("%02x" % (ord(c) ^ key) for c in addr)


def fill(tpl, **kw):
    for k, v in kw.items():
        tpl = tpl.replace("{{%s}}" % k, str(v))
    return tpl


def rid(*parts):
    return 612345700 + int(C.det_sha(*parts)[:6], 16) % 99999


def text_html(blocks):
    out = []
    for kind, v in blocks:
        if kind == "p":
            out.append(C.inline_html(v))
        elif kind == "ul":
            out.append("<ul>\n" + "\n".join("<li>%s</li>" % C.inline_html(x) for x in v) + "\n</ul>")
        elif kind == "addr":
            out.append("<br />\n".join(C.inline_html(x) for x in v))
        elif kind == "h3":
            out.append('<strong>%s</strong>' % C.inline_html(v))
    return "<br />\n<br />\n".join(out)


def records(blocks):
    recs = []
    head, secs = C.split_sections(blocks[2:])
    for title, sb in secs:
        recs.append('<div id="rec%d" class="r t-rec t-rec_pt_30 t-rec_pb_0" style="padding-top:30px;padding-bottom:0px;" '
                    'data-record-type="30" >\n<!-- T015 -->\n<div class="t015">\n<div class="t-container t-align_left">\n'
                    '<div class="t-col t-col_8 t-prefix_2">\n<h2 class="t015__title t-title t-title_xs" field="title">%s</h2>\n'
                    '</div>\n</div>\n</div>\n</div>' % (rid("h", title), C.inline_html(title)))
        run = []

        def flush(key):
            if run:
                recs.append('<div id="rec%d" class="r t-rec t-rec_pt_15 t-rec_pb_15" style="padding-top:15px;padding-bottom:15px;" '
                            'data-record-type="106" >\n<!-- T004 -->\n<div class="t004">\n<div class="t-container ">\n'
                            '<div class="t-col t-col_8 t-prefix_2">\n<div field="text" class="t-text t-text_md ">%s</div>\n'
                            '</div>\n</div>\n</div>\n</div>' % (rid("t", title, key), text_html(run)))
                run.clear()

        for n, b in enumerate(sb):
            if b[0] == "table":
                flush(n)
                rows = b[1]
                body = "\n".join("<tr>%s</tr>" % "\n".join("<td>%s</td>" % C.inline_html(c) for c in r) for r in rows[1:])
                recs.append('<div id="rec%d" class="r t-rec" style=" " data-animationappear="off" data-record-type="131" >\n'
                            '<!-- T123 -->\n<div class="t123" >\n<div class="t-container_100 ">\n<div class="t-width t-width_100 ">\n'
                            '<!-- nominify begin -->\n<div class="pp-table-wrap">\n<table class="pp-table">\n<thead><tr>%s</tr></thead>\n'
                            '<tbody>\n%s\n</tbody>\n</table>\n</div>\n<style>.pp-table{width:100%%;max-width:760px;margin:0 auto;'
                            'border-collapse:collapse;font-family:\'Montserrat\',Arial,sans-serif;font-size:15px}.pp-table td,'
                            '.pp-table th{border:1px solid #ddd;padding:8px;text-align:left}</style>\n<!-- nominify end -->\n'
                            '</div>\n</div>\n</div>\n</div>'
                            % (rid("tb", title), "\n".join("<th>%s</th>" % C.inline_html(c) for c in rows[0]), body))
            else:
                run.append(b)
        flush("end")
    return "\n".join(recs)


TPL = """<!DOCTYPE html> <html> <head> <meta charset="utf-8" /> <meta http-equiv="Content-Type" content="text/html; charset=utf-8" /> <meta name="viewport" content="width=device-width, initial-scale=1.0" /> <!--metatextblock--> <title>Політика конфіденційності — Переїзд Профі</title> <meta property="og:url" content="https://pereizd-profi.com.ua/privacy" /> <meta property="og:title" content="Політика конфіденційності — Переїзд Профі" /> <meta property="og:description" content="" /> <meta property="og:type" content="website" /> <meta property="og:image" content="https://static.tildacdn.com/tild3433-6131-4532-b637-356263336130/og.jpg" /> <link rel="canonical" href="https://pereizd-profi.com.ua/privacy"> <!--/metatextblock--> <meta name="format-detection" content="telephone=no" /> <meta http-equiv="x-dns-prefetch-control" content="on"> <link rel="dns-prefetch" href="https://ws.tildacdn.com"> <link rel="dns-prefetch" href="https://static.tildacdn.com"> <link rel="shortcut icon" href="https://static.tildacdn.com/tild6362-3863-4264-b030-323761303866/favicon.ico" type="image/x-icon" /> <!-- Assets --> <script src="https://neo.tildacdn.com/js/tilda-fallback-1.0.min.js" async charset="utf-8"></script> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css" type="text/css" media="all" onerror="this.loaderr='y';"/> <link rel="stylesheet" href="/tilda-blocks-page41234567.min.css?t={{t}}" type="text/css" media="all" onerror="this.loaderr='y';" /> <link rel="preconnect" href="https://fonts.gstatic.com"> <link href="https://fonts.googleapis.com/css2?family=Montserrat:wght@300;400;500;600;700&subset=latin,cyrillic" rel="stylesheet"> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-animation-2.0.min.css" type="text/css" media="all" onerror="this.loaderr='y';" /> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-menusub-1.0.min.css" type="text/css" media="print" onload="this.media='all';" onerror="this.loaderr='y';" /> <script nomodule src="https://static.tildacdn.com/js/tilda-polyfill-1.0.min.js" charset="utf-8"></script> <script type="text/javascript">function t_onReady(func) {if (document.readyState != 'loading') {func();} else {document.addEventListener('DOMContentLoaded', func);}}
function t_onFuncLoad(funcName, okFunc, time) {if (typeof window[funcName] === 'function') {okFunc();} else {setTimeout(function() {t_onFuncLoad(funcName, okFunc, time);},(time || 100));}}function t_throttle(fn, threshhold, scope) {return function () {fn.apply(scope || this, arguments);};}</script> <script src="https://static.tildacdn.com/js/jquery-1.10.2.min.js" charset="utf-8" onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-scripts-3.0.min.js" charset="utf-8" defer onerror="this.loaderr='y';"></script> <script src="/tilda-blocks-page41234567.min.js?t={{t}}" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-animation-2.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-menusub-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-forms-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-cookiesbar-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script type="text/javascript">window.dataLayer = window.dataLayer || [];</script> <!-- Google Tag Manager --> <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-NQ4B7TX');</script> <!-- End Google Tag Manager --> <script type="text/javascript">(function () {if((/bot|google|yandex|baidu|bing|msn|duckduckbot|teoma|slurp|crawler|spider|robot|crawling|facebook/i.test(navigator.userAgent))===false && typeof(sessionStorage)!='undefined' && sessionStorage.getItem('visited')!=='y' && document.visibilityState){var style=document.createElement('style');style.type='text/css';style.innerHTML='@media screen and (min-width: 980px) {.t-records {opacity: 0;}.t-records_animated {-webkit-transition: opacity ease-in-out .2s;-moz-transition: opacity ease-in-out .2s;-o-transition: opacity ease-in-out .2s;transition: opacity ease-in-out .2s;}.t-records.t-records_visible {opacity: 1;}}';document.getElementsByTagName('head')[0].appendChild(style);function t_setvisRecs(){var alr=document.querySelectorAll('.t-records');Array.prototype.forEach.call(alr, function(el) {el.classList.add("t-records_animated");});setTimeout(function () {Array.prototype.forEach.call(alr, function(el) {el.classList.add("t-records_visible");});sessionStorage.setItem("visited", "y");}, 400);}
document.addEventListener('DOMContentLoaded',t_setvisRecs);}})();</script></head> <body class="t-body" style="margin:0;"> <!--allrecords--> <div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="5123456" data-tilda-page-id="41234567" data-tilda-page-alias="privacy" data-tilda-formskey="7c9f0e3b1a2d4e5f6a7b8c9d0e1f2a3b" data-tilda-lazy="yes" data-tilda-root-zone="com" data-tilda-project-headcode="yes" data-tilda-project-country="UA">
<div id="rec612345601" class="r t-rec" style=" " data-animationappear="off" data-record-type="257" >
<!-- T228 -->
<div id="nav612345601marker"></div>
<div class="tmenu-mobile" >
<div class="tmenu-mobile__container">
<div class="tmenu-mobile__text t-name t-name_md" field="menu_mob_title">Переїзд Профі</div>
<button type="button" class="t-menuburger t-menuburger_first " aria-label="Навігаційне меню" aria-expanded="false"><span style="background-color:#000;"></span><span style="background-color:#000;"></span><span style="background-color:#000;"></span><span style="background-color:#000;"></span></button>
</div>
</div>
<div id="nav612345601" class="t228 t228__positionstatic tmenu-mobile__menucontent_static" style="background-color: rgba(255,255,255,1); height:80px; " data-bgcolor-hex="#ffffff" data-bgcolor-rgba="rgba(255,255,255,1)" data-navmarker="nav612345601marker" data-appearoffset="" data-bgopacity-two="" data-menushadow="" data-menushadow-css="" data-bgopacity="1" data-menu-items-align="center" data-menu="yes">
<div class="t228__maincontainer " style="height:80px;">
<div class="t228__padding40px"></div>
<div class="t228__leftside">
<div class="t228__leftcontainer">
<a href="/" class="t228__imgwrapper"><img class="t228__imglogo t228__imglogomobile" src="https://static.tildacdn.com/tild3938-3764-4136-a433-613563323665/logo.svg" imgfield="img" style="max-width: 180px; width: 180px; min-width: 180px; height: auto; display: block;" alt="Переїзд Профі"></a>
</div>
</div>
<div class="t228__centerside ">
<nav class="t228__centercontainer">
<ul role="list" class="t228__list t-menu__list">
<li class="t228__list_item" style="padding:0 15px 0 0;"><a class="t-menu__link-item" href="/kvartyrnyi-pereizd" data-menu-submenu-hook="" data-menu-item-number="1">Квартирний переїзд</a></li>
<li class="t228__list_item" style="padding:0 15px;"><a class="t-menu__link-item" href="/ofisnyi-pereizd" data-menu-submenu-hook="" data-menu-item-number="2">Офісний переїзд</a></li>
<li class="t228__list_item" style="padding:0 15px;"><a class="t-menu__link-item" href="/vantazhnyky" data-menu-submenu-hook="" data-menu-item-number="3">Вантажники</a></li>
<li class="t228__list_item" style="padding:0 15px;"><a class="t-menu__link-item" href="/zberigannia" data-menu-submenu-hook="" data-menu-item-number="4">Зберігання речей</a></li>
<li class="t228__list_item" style="padding:0 0 0 15px;"><a class="t-menu__link-item" href="/tsiny" data-menu-submenu-hook="" data-menu-item-number="5">Ціни</a></li>
</ul>
</nav>
</div>
<div class="t228__rightside">
<div class="t228__rightcontainer">
<div class="t228__right_buttons"><div class="t228__right_buttons_wrap"><div class="t228__right_buttons_but"><a href="#popup:zayavka" target="" class="t-btn t-btn_md " style="color:#ffffff;background-color:#f5a623;border-radius:30px; -moz-border-radius:30px; -webkit-border-radius:30px;" data-buttonfieldset="button"><table role="presentation" style="width:100%; height:100%;"><tr><td>Розрахувати вартість</td></tr></table></a></div></div></div>
</div>
</div>
<div class="t228__padding40px"></div>
</div>
</div>
<script>t_onReady(function() {t_onFuncLoad('t228_setWidth', function() {t228_setWidth('612345601');});});</script>
</div>
<div id="rec612345602" class="r t-rec t-rec_pt_105 t-rec_pb_30" style="padding-top:105px;padding-bottom:30px;" data-record-type="60" >
<!-- T050 -->
<div class="t050">
<div class="t-container t-align_center">
<div class="t-col t-col_10 t-prefix_1">
<h1 class="t050__title t-title t-title_xxl" field="title">{{title}}</h1>
<div class="t050__descr t-descr t-descr_xxl" field="descr">{{updated}}</div>
</div>
</div>
</div>
</div>
<div id="rec612345603" class="r t-rec t-rec_pt_15 t-rec_pb_15" style="padding-top:15px;padding-bottom:15px;" data-record-type="106" >
<!-- T004 -->
<div class="t004">
<div class="t-container ">
<div class="t-col t-col_8 t-prefix_2">
<div field="text" class="t-text t-text_md ">{{intro}}</div>
</div>
</div>
</div>
</div>
{{records}}
<div id="rec612345699" class="r t-rec t-rec_pt_60 t-rec_pb_60" style="padding-top:60px;padding-bottom:60px;background-color:#1b1f24;" data-record-type="420" data-bg-color="#1b1f24">
<!-- T420 -->
<div class="t420">
<div class="t-container">
<div class="t420__col t-col t-col_3">
<div class="t420__text t-descr t-descr_xxs" field="text" style="color:#ffffff;">© 2017–{{year}} Переїзд Профі<br />Київ, вул. Кирилівська, 41</div>
</div>
<div class="t420__col t-col t-col_3">
<div class="t420__text t-descr t-descr_xxs" field="text2" style="color:#ffffff;"><a href="tel:+380445001234" style="color:#ffffff;">+380 44 500 12 34</a><br /><a href="/cdn-cgi/l/email-protection#{{cfmail}}" style="color:#ffffff;"><span class="__cf_email__" data-cfemail="{{cfmail}}">[email&#160;protected]</span></a></div>
</div>
<div class="t420__col t-col t-col_3">
<div class="t420__text t-descr t-descr_xxs" field="text3" style="color:#ffffff;"><a href="/privacy" style="color:#ffffff;">Політика конфіденційності</a><br /><a href="/oferta" style="color:#ffffff;">Публічна оферта</a></div>
</div>
</div>
</div>
</div>
<div id="rec612345698" class="r t-rec" style=" " data-animationappear="off" data-record-type="886" >
<!-- T886 -->
<div class="t886 t886_closed" data-storage-item="t886cookiename_5123456" style="">
<div class="t886__wrapper" style="background-color:#ffffff;">
<div class="t886__text t-text t-text_xs" field="text">Ми використовуємо cookie, щоб сайт працював коректно, і для аналітики. <a href="/privacy">Детальніше</a></div>
<button type="button" class="t886__btn t-btn t-btn_sm" style="color:#ffffff;background-color:#f5a623;border-radius:20px;"><span>Погоджуюсь</span></button>
</div>
</div>
<script type="text/javascript">t_onReady(function () {t_onFuncLoad('t886_init', function () {t886_init('612345698');});});</script>
</div>
</div>
<!--/allrecords--> <!-- Stat --> <script type="text/javascript">if (! window.mainTracker) { window.mainTracker = 'tilda'; }
setTimeout(function(){ (function (d, w, k, o, g) { var n=d.getElementsByTagName(o)[0],s=d.createElement(o),f=function(){n.parentNode.insertBefore(s,n);}; s.type = "text/javascript"; s.async = true; s.key = k; s.id = "tildastatscript"; s.src=g; if (w.opera=="[object Opera]") {d.addEventListener("DOMContentLoaded", f, false);} else { f(); } })(document, window, 'f5e8d2c1b0a9f8e7d6c5b4a3f2e1d0c9','script','https://static.tildacdn.com/js/tilda-stat-1.0.min.js');
}, 2000);</script> <script data-cfasync="false" src="/cdn-cgi/scripts/5c5dd728/cloudflare-static/email-decode.min.js"></script><script defer src="https://static.cloudflareinsights.com/beacon.min.js/vcd15cbe7772f49c399c6a5babf22c1241717689176015" integrity="sha512-ZpsOmlRQV6y907TI0dKBHq9Md29nnaEIPlkf84rnaERnq6zvWvPUqr2ft8M1aS28oN72PdrCzSjY4U6VaAw1EQ==" data-cf-beacon='{"rayId":"{{ray}}","version":"2024.11.0","token":"3c5e2d0a9b8f4e7d8c1b2a3f4e5d6c7b","r":1,"server_timing":{"name":{"cfCacheStatus":true,"cfEdge":true,"cfExtPri":true,"cfL4":true,"cfOrigin":true,"cfSpeedBrain":true},"location_startswith":null}}' crossorigin="anonymous"></script>
</body> </html>"""


def render(s, blocks, when):
    head, secs = C.split_sections(blocks[2:])
    return fill(TPL, title=C.inline_html(blocks[0][1]), updated=C.inline_html(blocks[1][1]), intro=text_html(head),
                records=records(blocks), t=s["publish"], cfmail=cfemail("info@pereizd-profi.com.ua", s["cfkey"]),
                ray=s["ray"], year=when.year)


PAGE = {
    "service": "Pereizd Profi",
    "url": URL,
    "lang": "uk",
    "platform": "Tilda Publishing (behind Cloudflare)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "cloudflare"), ("Cache-Control", "public, max-age=0, must-revalidate"),
                      ("CF-Cache-Status", "DYNAMIC")),
    "n": 28,
    "start": dt.date(2021, 4, 1),
    "end": dt.date(2025, 1, 31),
    "policy": POLICY,
    "first_updated": dt.date(2020, 12, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": {"startBefore": "#rec612345602", "endBefore": "#rec612345699"}},
}
