"""Издательская группа «Переплёт»: a Moscow book publisher's site with its online shop, on 1C-Bitrix ("Малый
бизнес" edition, custom template, composite cache).

The policy (152-ФЗ "Политика в отношении обработки персональных данных", numbered clauses, tables from the
visual editor without <thead>) is an element of the "Документы" info block shown by bitrix:news.detail in
`.news-detail` (the declaration's container). Inside it, after the text: the element's view counter
("Просмотров: …", SHOW_COUNTER, grows every visit; removed by the declaration) and an empty Yandex share block.
Beside it: the "Другие документы" list (the user agreement, the consent to processing, the loyalty-club rules).
Outside: per visit BX.message's bitrix_sessid and SERVER_TIME; per deploy the /bitrix/cache/ css/js timestamps;
the weekly "Новинки недели" strip with prices; the "Встречи с авторами" calendar in the right column.
"""
import datetime as dt
import html
import random

import common as C

URL = "https://pereplet-books.ru/about/documents/privacy/"

POLICY = """
# Политика в отношении обработки персональных данных

Редакция от {UPDATED}

## 1. Общие положения

1.1. Настоящая Политика в отношении обработки персональных данных (далее — Политика) разработана в соответствии с Федеральным законом от 27.07.2006 № 152-ФЗ «О персональных данных» (далее — Закон о персональных данных) и определяет порядок обработки персональных данных и меры по обеспечению их безопасности, принимаемые ООО «Издательская группа „Переплёт“» (далее — Оператор).

1.2. Оператор ставит своей важнейшей целью соблюдение прав и свобод человека и гражданина при обработке его персональных данных, в том числе защиту прав на неприкосновенность частной жизни, личную и семейную тайну.

1.3. Политика применяется ко всей информации, которую Оператор может получить о посетителях сайта pereplet-books.ru, покупателях интернет-магазина, участниках программы лояльности, авторах, переводчиках, иллюстраторах и участниках мероприятий Оператора.

## 2. Основные понятия

2.1. Персональные данные — любая информация, относящаяся прямо или косвенно к определённому или определяемому физическому лицу (субъекту персональных данных).

2.2. Обработка персональных данных — любое действие (операция) или совокупность действий (операций), совершаемых с использованием средств автоматизации или без использования таких средств с персональными данными, включая сбор, запись, систематизацию, накопление, хранение, уточнение (обновление, изменение), извлечение, использование, передачу (распространение, предоставление, доступ), обезличивание, блокирование, удаление, уничтожение.

2.3. Персональные данные, разрешённые субъектом персональных данных для распространения, — персональные данные, доступ неограниченного круга лиц к которым предоставлен субъектом персональных данных путём дачи согласия на обработку прсональных данных, разрешённых для распространения, в порядке, предусмотренном Законом о персональных данных.

## 3. Сведения об Операторе

@ ООО «Издательская группа „Переплёт“»
@ ИНН 7715987654, ОГРН 1157746381920
@ Адрес: 127018, г. Москва, ул. Полковая, д. 3, стр. 1
@ Телефон: +7 (495) 787-42-10
@ Электронная почта: pd@pereplet-books.ru

Ответственный за организацию обработки персональных данных назначен приказом генерального директора Оператора. Обращения к нему направляются по указанному выше адресу электронной почты.

## 4. Цели обработки, категории персональных данных и сроки их обработки

| Цель обработки | Категории персональных данных | Правовое основание | Срок обработки |
| Оформление, оплата и доставка заказов в интернет-магазине | фамилия, имя, телефон, e-mail, адрес доставки | договор купли-продажи | 3 года с момента исполнения заказа |
| Регистрация на сайте и участие в программе лояльности «Читательский клуб» | фамилия, имя, телефон, e-mail, дата рождения, история покупок | согласие субъекта | до отзыва согласия или удаления личного кабинета |
| Заключение и исполнение авторских и лицензионных договоров, выплата вознаграждения | фамилия, имя, отчество, паспортные данные, ИНН, СНИЛС, адрес регистрации, банковские реквизиты | договор, требования налогового законодательства | 5 лет после прекращения договора |
| Рассмотрение рукописей, присланных в издательство | фамилия, имя, e-mail, телефон, сведения об авторе в сопроводительном письме | согласие субъекта | 1 год с момента получения рукописи |
| Регистрация на встречи с авторами, презентации и книжные фестивали | фамилия, имя, телефон, e-mail | согласие субъекта | 30 дней после мероприятия |
| Рассылка о новинках, предзаказах и акциях | имя, e-mail | согласие субъекта | до отзыва согласия |
| Статистика посещаемости сайта | файлы cookie, IP-адрес, сведения о браузере и устройстве | согласие субъекта | 1 год |

Оператор не обрабатывает специальные категории персональных данных, касающиеся расовой, национальной принадлежности, политических взглядов, религиозных или философских убеждений, состояния здоровья, интимной жизни, а также биометрические персональные данные.

## 5. Порядок и условия обработки персональных данных

5.1. Обработка персональных данных осуществляется Оператором с использованием средств автоматизации и без использования таких средств.

5.2. Обработка персональных данных осуществляется с согласия субъекта персональных данных, за исключением случаев, когда такое согласие не требуется в соответствии с Законом о персональных данных, в частности при исполнении договора, стороной которого является субъект.

5.3. При сборе персональных данных, в том числе посредством информационно-телекоммуникационной сети «Интернет», Оператор обеспечивает запись, систематизацию, накопление, хранение, уточнение (обновление, изменение), извлечение персональных данных граждан Российской Федерации с использованием баз данных, находящихся на территории Российской Федерации.

5.4. Трансграничная передача персональных данных Оператором не осуществляется.

5.5. По достижении целей обработки или в случае отзыва согласия персональные данные уничтожаются в течение 30 дней, если иное не предусмотрено федеральным законом или договором.

## 6. Передача персональных данных третьим лицам

6.1. Оператор вправе поручить обработку персональных данных другим лицам на основании заключённого с ними договора. В частности, персональные данные передаются:

- службам доставки ООО «СДЭК-Глобал», АО «Почта России» и ООО «Боксберри Софт» — для доставки заказов;
- АО «Тинькофф Банк» — для приёма платежей банковскими картами и через Систему быстрых платежей;
- ООО «Яндекс» — для сбора статистики посещаемости сайта с помощью сервиса Яндекс Метрика;
- ООО «Юнисендер Смарт» — для рассылки писем о новинках и акциях.

6.2. При покупке книг Оператора на маркетплейсах (Ozon, Wildberries и других) оператором персональных данных покупателя является владелец соответствующей площадки.

6.3. Оператор не продаёт персональные данные и не передаёт их третьим лицам для рекламных целей.

## 7. Права субъектов персональных данных

7.1. Субъект персональных данных имеет право:

- получать информацию, касающуюся обработки его персональных данных;
- требовать уточнения, блокирования или уничтожения своих персональных данных, если они являются неполными, устаревшими, неточными, незаконно полученными или не являются необходимыми для заявленной цели обработки;
- отозвать согласие на обработку персональных данных;
- обжаловать действия или бездействие Оператора в Федеральную службу по надзору в сфере связи, информационных технологий и массовых коммуникаций (Роскомнадзор) или в судебном порядке.

7.2. Запрос субъекта должен содержать номер основного документа, удостоверяющего личность, сведения о дате выдачи и выдавшем органе, сведения, подтверждающие участие субъекта в отношениях с Оператором (например, номер заказа), и подпись субъекта. Оператор предоставляет ответ в течение 30 дней с даты получения запроса.

7.3. Отписаться от рассылки можно по ссылке в любом письме или в личном кабинете в разделе «Подписки».

## 8. Меры по обеспечению безопасности персональных данных

Оператор принимает необходимые правовые, организационные и технические меры для защиты персональных данных от неправомерного или случайного доступа, уничтожения, изменения, блокирования, копирования, распространения, а также от иных неправомерных действий, в том числе:

- назначает ответственного за организацию обработки персональных данных;
- издаёт локальные акты по вопросам обработки персональных данных и знакомит с ними работников;
- применяет средства защиты информации, в том числе антивирусные средства и межсетевые экраны;
- ведёт учёт машинных носителей персональных данных;
- осуществляет внутренний контроль соответствия обработки персональных данных требованиям законодательства.

## 9. Заключительные положения

9.1. Политика является общедоступным документом и размещается на сайте Оператора.

9.2. Оператор вправе вносить изменения в Политику. Новая редакция вступает в силу с момента её размещения на сайте, если иное не предусмотрено новой редакцией.

9.3. Вопросы, касающиеся обработки персональных данных, можно направить по адресу pd@pereplet-books.ru.
"""


def fmt_date(d):
    return d.strftime("%d.%m.%Y")


EDITS = [
    {"note": "typo fixed in 2.3 ('прсональных' -> 'персональных'), no new date",
     "repl": [("на обработку прсональных данных", "на обработку персональных данных")], "bump": False},
    {"note": "September 2022 amendments to 152-FZ: answer to requests within 10 working days instead of 30 days; new "
             "clause 5.6 on notifying Roskomnadzor of incidents within 24 and 72 hours",
     "repl": [("Оператор предоставляет ответ в течение 30 дней с даты получения запроса.",
               "Оператор предоставляет ответ в течение 10 рабочих дней с даты получения запроса. Указанный срок может "
               "быть продлён не более чем на 5 рабочих дней, о чём Оператор направляет субъекту мотивированное "
               "уведомление."),
              ("если иное не предусмотрено федеральным законом или договором.",
               "если иное не предусмотрено федеральным законом или договором.\n\n"
               "5.6. В случае установления факта неправомерной или случайной передачи (предоставления, "
               "распространения, доступа) персональных данных, повлёкшей нарушение прав субъектов, Оператор в течение "
               "24 часов уведомляет об этом Роскомнадзор, а в течение 72 часов сообщает о результатах внутреннего "
               "расследования выявленного инцидента.")]},
    {"note": "manuscripts kept 6 months instead of 1 year; Yandex Delivery added to the delivery services",
     "repl": [("| 1 год с момента получения рукописи |", "| 6 месяцев с момента получения рукописи |"),
              ("АО «Почта России» и ООО «Боксберри Софт»",
               "АО «Почта России», ООО «Боксберри Софт» и ООО «Яндекс Доставка»")]},
    {"note": "operator's phone number changed",
     "repl": [("@ Телефон: +7 (495) 787-42-10", "@ Телефон: +7 (495) 150-28-64")]},
    {"note": "payment bank renamed: АО «Тинькофф Банк» -> АО «ТБанк»",
     "repl": [("- АО «Тинькофф Банк» — для приёма платежей", "- АО «ТБанк» — для приёма платежей")]},
]

NOVELTIES = [("Тихий Дон. Иллюстрированное издание", "Михаил Шолохов", 2490), ("Город у северной воды", "Анна Ветрова", 749),
             ("Последний паром до Кижей", "Илья Самойлов", 689), ("Кухня русского севера", "Ольга Мартынова", 1290),
             ("Сад камней", "Дарья Лесовая", 659), ("Как устроена память", "Пётр Ковалёв", 899),
             ("Маленький принц (подарочное издание)", "Антуан де Сент-Экзюпери", 990),
             ("Ночной поезд на Владивосток", "Тимур Гаязов", 719), ("Физика для любопытных", "Сергей Горин", 1090),
             ("Сказки Бажова", "Павел Бажов", 1190), ("Дневник полярника", "Виктор Руднев", 849),
             ("Азбука для Мишутки", "Елена Соколова", 459), ("Туманность Андромеды", "Иван Ефремов", 799),
             ("Письма из Коктебеля", "Марина Ларина", 629)]

EVENTS = [("Презентация романа «Город у северной воды»", "Анна Ветрова"),
          ("Встреча с читателями и автограф-сессия", "Илья Самойлов"),
          ("Лекция «Как издать первую книгу»", "главный редактор Наталья Орлова"),
          ("Детский книжный клуб: читаем Бажова", "Елена Соколова"),
          ("Разговор о научно-популярной литературе", "Пётр Ковалёв"),
          ("Вечер поэзии", "Марина Ларина")]
PLACES = ["Москва, книжный клуб «Переплёт», ул. Полковая, 3", "Санкт-Петербург, Дом книги, Невский пр., 28",
          "Москва, ВДНХ, павильон 57", "онлайн, трансляция в VK Видео"]
MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
              "ноября", "декабря"]


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["sessid"] = C.hexs(rng, 32)
    st["server_time"] = C.epoch(when) + rng.randint(0, 3)
    st["cache_ts"] = C.keep_or(rng, p.get("cache_ts"), 0.3,
                               lambda: (C.epoch(when) - rng.randint(3600, 86400 * 20), C.hexs(rng, 32), C.hexs(rng, 32)))
    days = (when.date() - dt.date(2019, 4, 1)).days
    st["views"] = 4100 + days * 19 + rng.randint(0, 12)
    week = when.isocalendar()[:2]
    wr = random.Random("pereplet-novelties|%d|%d" % week)
    st["novelties"] = tuple(wr.sample(range(len(NOVELTIES)), 6))
    er = random.Random("pereplet-events|%s" % when.date().isoformat())
    evs = []
    for k in range(3):
        d = when.date() + dt.timedelta(days=2 + k * 6 + er.randint(0, 4))
        evs.append((d.isoformat(), er.randrange(len(EVENTS)), er.randrange(len(PLACES)), er.choice(["18:30", "19:00", "12:00"])))
    st["events"] = tuple(evs)
    return st


LABELS = {"sessid": "BX.message bitrix_sessid", "server_time": "BX.message SERVER_TIME",
          "cache_ts": "/bitrix/cache css/js timestamps (deploy)",
          "views": "element view counter inside .news-detail (removed by the declaration)",
          "novelties": "weekly 'Новинки недели' strip", "events": "'Встречи с авторами' calendar"}


def _blocks(blocks):
    out = []
    for kind, v in blocks:
        if kind == "p":
            out.append('<p style="text-align: justify;">%s</p>' % C.inline_html(v))
        elif kind == "table":
            rows = ["<tr>%s</tr>" % "".join("<td><b>%s</b></td>" % C.inline_html(x) for x in v[0])]
            rows += ["<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r) for r in v[1:]]
            out.append('<table border="1" cellpadding="5" cellspacing="0" style="border-collapse: collapse; width: 100%%;">'
                       '<tbody>%s</tbody></table>' % "".join(rows))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br>\n".join(C.inline_html(x) for x in v))
        elif kind == "h1":
            out.append("<h1>%s</h1>" % C.inline_html(v))
        else:
            out.append(C.block_html((kind, v)))
    return "\n".join(out)


def render(state, blocks, when):
    ts, h1, h2 = state["cache_ts"]
    nov = []
    for k in state["novelties"]:
        t, a, price = NOVELTIES[k]
        nov.append('<div class="product-item" data-entity="item"><a href="/catalog/%d/" class="product-item-image">'
                   '<img src="/upload/resize_cache/iblock/%s/200_300_1/cover.jpg" alt="%s" loading="lazy"></a>'
                   '<div class="product-item-title"><a href="/catalog/%d/">%s</a></div><div class="product-item-author">%s</div>'
                   '<div class="product-item-price-current">%s&nbsp;₽</div></div>'
                   % (31000 + k * 7, C.det_sha("cov", k)[:3], html.escape(t, quote=True), 31000 + k * 7, html.escape(t),
                      html.escape(a), "{:,}".format(price).replace(",", "&nbsp;")))
    ev = []
    for d, e, pl, tm in state["events"]:
        dd = dt.date.fromisoformat(d)
        title, who = EVENTS[e]
        ev.append('<li class="event-item"><div class="event-date">%d %s, %s</div><a href="/events/%s/">%s</a>'
                  '<div class="event-author">%s</div><div class="event-place">%s</div></li>'
                  % (dd.day, MONTHS_GEN[dd.month - 1], tm, d.replace("-", ""), html.escape(title), html.escape(who),
                     html.escape(PLACES[pl])))
    views = "{:,}".format(state["views"]).replace(",", " ")
    return """<!DOCTYPE html>
<html lang="ru">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="shortcut icon" type="image/x-icon" href="/favicon.ico" />
<title>Политика в отношении обработки персональных данных — Издательская группа «Переплёт»</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="robots" content="index, follow" />
<meta name="keywords" content="издательство, книги, купить книги, новинки" />
<meta name="description" content="Политика ООО «Издательская группа „Переплёт“» в отношении обработки персональных данных" />
<link rel="canonical" href="{url}" />
<script data-skip-moving="true">(function(w, d, n) {{var cl = "bx-core";var ht = d.documentElement;var htc = ht ? ht.className : undefined;if (htc === undefined || htc.indexOf(cl) !== -1){{return;}}var ua = n.userAgent;if (/(iPad;)|(iPhone;)/i.test(ua)){{cl += " bx-ios";}}else if (/Windows/i.test(ua)){{cl += ' bx-win';}}else if (/Macintosh/i.test(ua)){{cl += " bx-mac";}}else if (/Linux/i.test(ua) && !/Android/i.test(ua)){{cl += " bx-linux";}}else if (/Android/i.test(ua)){{cl += " bx-android";}}cl += (/(ipad|iphone|android|mobile|touch)/i.test(ua) ? " bx-touch" : " bx-no-touch");cl += w.devicePixelRatio && w.devicePixelRatio >= 2? " bx-retina": " bx-no-retina";var ieVersion = -1;if (/AppleWebKit/.test(ua)){{cl += " bx-chrome";}}else if (/Opera/.test(ua)){{cl += " bx-opera";}}else if (/Firefox/.test(ua)){{cl += " bx-firefox";}}ht.className = htc ? htc + " " + cl : cl;}})(window, document, navigator);</script>
<link href="/bitrix/js/ui/design-tokens/dist/ui.design-tokens.min.css?{ts0}23233" type="text/css" rel="stylesheet"/>
<link href="/bitrix/cache/css/s1/pereplet/page_{h1}/page_{h1}_v1.css?{ts}2418" type="text/css" rel="stylesheet"/>
<link href="/bitrix/cache/css/s1/pereplet/template_{h2}/template_{h2}_v1.css?{ts}97512" type="text/css" data-template-style="true" rel="stylesheet"/>
<script type="text/javascript">if(!window.BX)window.BX={{}};if(!window.BX.message)window.BX.message=function(mess){{if(typeof mess==='object'){{for(let i in mess) {{BX.message[i]=mess[i];}} return true;}}}};</script>
<script type="text/javascript">(window.BX||top.BX).message({{'JS_CORE_LOADING':'Загрузка...','JS_CORE_NO_DATA':'- Нет данных -','JS_CORE_WINDOW_CLOSE':'Закрыть','JS_CORE_WINDOW_EXPAND':'Развернуть','JS_CORE_WINDOW_NARROW':'Свернуть в окно','JS_CORE_WINDOW_SAVE':'Сохранить','JS_CORE_WINDOW_CANCEL':'Отменить','JS_CORE_WINDOW_CONTINUE':'Продолжить','JS_CORE_H':'ч','JS_CORE_M':'м','JS_CORE_S':'с','JSADM_AI_HIDE_EXTRA':'Скрыть лишние','JSADM_AI_ALL_NOTIF':'Показать все','JSADM_AUTH_REQ':'Требуется авторизация!','JS_CORE_WINDOW_AUTH':'Войти','JS_CORE_IMAGE_FULL':'Полный размер'}});</script>
<script type="text/javascript">(window.BX||top.BX).message({{'LANGUAGE_ID':'ru','FORMAT_DATE':'DD.MM.YYYY','FORMAT_DATETIME':'DD.MM.YYYY HH:MI:SS','COOKIE_PREFIX':'BITRIX_SM','SERVER_TZ_OFFSET':'10800','UTF_MODE':'Y','SITE_ID':'s1','SITE_DIR':'/','USER_ID':'','SERVER_TIME':'{server_time}','USER_TZ_OFFSET':'0','USER_TZ_AUTO':'Y','bitrix_sessid':'{sessid}'}});</script>
<script type="text/javascript" src="/bitrix/cache/js/s1/pereplet/kernel_main/kernel_main_v1.js?{ts}152284"></script>
<script type="text/javascript" src="/bitrix/js/main/core/core_ls.min.js?{ts0}2683"></script>
<script type="text/javascript" src="/bitrix/cache/js/s1/pereplet/template_{h2}/template_{h2}_v1.js?{ts}48210"></script>
<script type="text/javascript">var _ba = _ba || []; _ba.push(["aid", "5d2e81f0a4c7b3e9d6f1a0b2c3d4e5f6"]); _ba.push(["host", "pereplet-books.ru"]); (function() {{var ba = document.createElement("script"); ba.type = "text/javascript"; ba.async = true;ba.src = (document.location.protocol == "https:" ? "https://" : "http://") + "bitrix.info/ba.js";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(ba, s);}})();</script>
</head>
<body>
<div id="panel"></div>
<header class="header">
  <div class="container header__inner">
    <a href="/" class="header__logo"><img src="/local/templates/pereplet/images/logo.svg" alt="Издательская группа «Переплёт»" width="180" height="48"></a>
    <nav class="header__menu">
      <ul id="horizontal-multilevel-menu">
        <li><a href="/catalog/" class="root-item">Книги</a></li>
        <li><a href="/catalog/new/" class="root-item">Новинки</a></li>
        <li><a href="/catalog/soon/" class="root-item">Скоро в продаже</a></li>
        <li><a href="/authors/" class="root-item">Авторы</a></li>
        <li><a href="/events/" class="root-item">Встречи</a></li>
        <li><a href="/manuscripts/" class="root-item">Прислать рукопись</a></li>
        <li><a href="/about/" class="root-item-selected">Об издательстве</a></li>
      </ul>
      <div class="menu-clear-left"></div>
    </nav>
    <div id="title-search" class="header__search"><form action="/search/index.php"><input id="title-search-input" type="text" name="q" value="" size="40" maxlength="50" autocomplete="off" placeholder="Поиск по книгам и авторам" />&nbsp;<input name="s" type="submit" value="Поиск" /></form></div>
    <!--'start_frame_cache_basket'--><div class="header__basket"><a href="/personal/cart/" class="bx-basket-block">Корзина <span class="bx-basket-count">0</span></a> <a href="/personal/" class="bx-basket-block">Войти</a></div><!--'end_frame_cache_basket'-->
  </div>
</header>
<section class="novelties-strip">
  <div class="container">
    <div class="novelties-strip__title">Новинки недели</div>
    <div class="product-item-list novelties-slider" data-entity="container-1">{novelties}</div>
  </div>
</section>
<main class="main">
  <div class="container">
    <div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">
      <div class="bx-breadcrumb-item" id="bx_breadcrumb_0" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" title="Главная" itemprop="item"><span itemprop="name">Главная</span></a><meta itemprop="position" content="1" /></div>
      <div class="bx-breadcrumb-item" id="bx_breadcrumb_1" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><i class="fa fa-angle-right"></i><a href="/about/" title="Об издательстве" itemprop="item"><span itemprop="name">Об издательстве</span></a><meta itemprop="position" content="2" /></div>
      <div class="bx-breadcrumb-item" id="bx_breadcrumb_2" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><i class="fa fa-angle-right"></i><a href="/about/documents/" title="Документы" itemprop="item"><span itemprop="name">Документы</span></a><meta itemprop="position" content="3" /></div>
      <div class="bx-breadcrumb-item"><i class="fa fa-angle-right"></i><span>Политика в отношении обработки персональных данных</span></div><div style="clear:both"></div>
    </div>
    <div class="row">
      <div class="col-md-9">
<div class="news-detail">
{policy}
<div style="clear:both"></div>
<br />
<div class="news-detail-views"><span class="news-detail-views__icon"></span>Просмотров: {views}</div>
<div class="news-detail-share"><div class="ya-share2" data-curtain data-shape="round" data-services="vkontakte,odnoklassniki,telegram,whatsapp"></div></div>
</div>
<div class="docs-other">
  <div class="docs-other__title">Другие документы</div>
  <ul class="docs-other__list">
    <li><a href="/about/documents/agreement/">Пользовательское соглашение</a></li>
    <li><a href="/about/documents/consent/">Согласие на обработку персональных данных</a></li>
    <li><a href="/about/documents/club-rules/">Правила программы лояльности «Читательский клуб»</a></li>
    <li><a href="/about/documents/offer/">Публичная оферта интернет-магазина</a></li>
    <li><a href="/upload/iblock/7c1/rekvizity.pdf">Реквизиты (PDF, 112 КБ)</a></li>
  </ul>
</div>
      </div>
      <div class="col-md-3">
        <aside class="sidebar-events">
          <div class="sidebar-events__title">Встречи с авторами</div>
          <ul class="event-list">{events}</ul>
          <a href="/events/" class="sidebar-events__all">Все мероприятия</a>
        </aside>
        <div class="sidebar-subscribe"><div class="sidebar-subscribe__title">Узнавайте о новинках первыми</div><form action="/subscribe/" method="post"><input type="hidden" name="sessid" id="sessid" value="{sessid}" /><input type="email" name="EMAIL" placeholder="Ваш e-mail"><input type="submit" name="OK" value="Подписаться"></form></div>
      </div>
    </div>
  </div>
</main>
<footer class="footer">
  <div class="container">
    <div class="footer__col"><div class="footer__copy">© 2015–{year} ООО «Издательская группа „Переплёт“»</div><div>127018, Москва, ул. Полковая, д. 3, стр. 1</div></div>
    <div class="footer__col"><a href="/about/documents/privacy/">Политика обработки персональных данных</a><br><a href="/about/documents/agreement/">Пользовательское соглашение</a><br><a href="/about/contacts/">Контакты</a></div>
    <div class="footer__col footer__social"><a href="https://vk.com/pereplet_books" target="_blank">ВКонтакте</a> <a href="https://t.me/pereplet_books" target="_blank">Telegram</a> <a href="https://dzen.ru/pereplet" target="_blank">Дзен</a></div>
  </div>
</footer>
<script src="https://yastatic.net/share2/share.js" async></script>
<script type="text/javascript">(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};m[i].l=1*new Date();k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)}})(window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");ym(48213977, "init", {{clickmap:true, trackLinks:true, accurateTrackBounce:true, webvisor:true, ecommerce:"dataLayer"}});</script>
<noscript><div><img src="https://mc.yandex.ru/watch/48213977" style="position:absolute; left:-9999px;" alt="" /></div></noscript>
</body>
</html>
""".format(url=URL, ts=ts, ts0=ts - (ts % 86400), h1=h1, h2=h2, server_time=state["server_time"],
           sessid=state["sessid"], novelties="".join(nov), policy=_blocks(blocks), views=views, events="".join(ev),
           year=when.year)


PAGE = {
    "service": "Pereplet",
    "url": URL,
    "lang": "ru",
    "platform": "1C-Bitrix (news.detail of an info-block element, composite cache)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "nginx"), ("X-Powered-CMS", "Bitrix Site Manager (5d2e81f0a4c7b3e9d6f1a0b2c3d4e5f6)"),
                      ("P3P", "policyref=\"/bitrix/p3p.xml\", CP=\"NON DSP COR CUR ADM DEV PSA PSD OUR UNR BUS UNI COM NAV INT DEM STA\"")],
    "n": 30,
    "start": dt.date(2021, 11, 1),
    "end": dt.date(2024, 10, 31),
    "hours": (6, 18),
    "policy": POLICY,
    "first_updated": dt.date(2021, 3, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".news-detail", "remove": ".news-detail-views"},
}
