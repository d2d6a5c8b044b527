"""Ukrainian e-scooter sharing on Tilda (raw published HTML, as a plain fetch sees it): the policy is a run of Tilda
records (T030 titles with h1/h2, T004 text fields with <br /> paragraphs, a T431 table whose only content in the
raw HTML is the hidden semicolon-separated data div, filled into an empty <table> by JS), with t_onReady init
scripts between them; tracked with a range from the title record to the footer record. Fairly clean: every
capture is a republication (the tilda-blocks-page ?t= timestamps move), and the header's promo strip changes when
the marketing team republishes the header."""
import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
          "листопада", "грудня"]

POLICY = """
# Політика конфіденційності

Дата останнього оновлення: {UPDATED}

## 1. Загальні положення

Ця Політика конфіденційності визначає, як ТОВ «Їдемо Шерінг» (далі — «Їдемо», «ми») обробляє персональні дані користувачів мобільного застосунку «Їдемо» та сайту yidemo.ua під час оренди електросамокатів і електровелосипедів. Ми обробляємо персональнихх даних відповідно до Закону України «Про захист персональних даних» та, у частині, що стосується користувачів з Європейського Союзу, Загального регламенту захисту даних (GDPR).

Володільцем ваших персональних даних є ТОВ «Їдемо Шерінг», код ЄДРПОУ 44128537.

Реєструючись у застосунку, ви підтверджуєте, що ознайомилися з цією Політикою, і надаєте згоду на обробку ваших персональних даних у визначених нею цілях. Якщо ви не погоджуєтеся з Політикою, будь ласка, не використовуйте застосунок і сайт. Ця Політика не поширюється на сайти та сервіси інших компаній, посилання на які можуть міститися в застосунку, наприклад на сторінки платіжних провайдерів або партнерів, що надають знижки нашим користувачам.

## 2. Які дані ми збираємо

- номер телефону, який використовується для входу в застосунок;
- ім'я та адреса електронної пошти, якщо ви їх зазначили;
- дата народження для підтвердження того, що вам виповнилося 18 років;
- дані платіжної картки у вигляді токена, отриманого від платіжного провайдера;
- історія поїздок: час початку і завершення, маршрут, відстань, вартість;
- фото самоката, яке ви робите після завершення поїздки;
- технічні дані пристрою: модель, версія операційної системи, IP-адреса, ідентифікатор для push-сповіщень.

## 3. Геолокація та дані поїздок

Щоб показати найближчі самокати, ми запитуємо доступ до геолокації вашого пристрою, коли застосунок відкритий. Під час поїздки координати передає сам самокат через вбудований GPS-модуль, тому ми отримуємо маршрут навіть тоді, коли застосунок згорнутий. Після завершення поїздки точний маршрут зберігається разом з історією поїздок і використовується для розрахунку вартості, розгляду скарг та аналізу штрафів за паркування поза дозволеними зонами.

## 4. Мета обробки

- надання доступу до самокатів і розрахунок вартості поїздок;
- списання оплати та повернення коштів;
- контроль дотримання правил паркування та швидкісних обмежень у спеціальних зонах;
- розслідування ДТП, пошкоджень і крадіжок транспортних засобів;
- підтримка користувачів;
- надсилання новин і промокодів, якщо ви на це погодилися.

## 5. Правові підстави обробки

Ми обробляємо ваші персональні дані на таких підставах: укладення та виконання договору оренди транспортного засобу, умови якого викладені в Публічній оферті; виконання обов'язків, покладених на нас законодавством, зокрема щодо бухгалтерського і податкового обліку; наш законний інтерес у забезпеченні безпеки користувачів і збереженні самокатів; ваша згода, яку ви надаєте в застосунку для отримання рекламних повідомлень і яку можна відкликати в будь-який момент.

## 6. Передача даних за кордон

Частина наших постачальників обробляє дані на серверах у країнах Європейського Союзу. Така передача здійснюється до держав, які забезпечують належний рівень захисту персональних даних, а в договорах з постачальниками ми передбачаємо стандартні договірні умови. Дані про платежі обробляються платіжними провайдерами в Україні.

## 7. Кому ми передаємо дані

| Одержувач | Мета | Країна |
| Amazon Web Services EMEA SARL | хостинг серверів і баз даних | Німеччина |
| Google Ireland Limited | карти, аналітика застосунку, push-сповіщення | Ірландія |
| ТОВ «Платежі Онлайн» (LiqPay) | приймання платежів карткою | Україна |
| ТОВ «ТурбоСМС» | надсилання SMS з кодом входу | Україна |

Ми також можемо передавати дані Національній поліції України та іншим органам влади на їхній офіційний запит у випадках, передбачених законом, зокрема у разі ДТП за участю самоката.

## 8. Строки зберігання

Дані облікового запису зберігаються, доки ви користуєтеся застосунком, і протягом 3 років після видалення акаунта. Історія поїздок і платежів зберігається 3 роки для вирішення спорів і бухгалтерського обліку. Фото завершення поїздки зберігаються 30 днів, якщо щодо поїздки немає відкритої скарги.

## 9. Ваші права

Відповідно до статті 8 Закону України «Про захист персональних даних» ви маєте право:

- знати, які ваші дані ми обробляємо та з якою метою;
- отримати доступ до своїх даних;
- вимагати виправлення неточних даних або їх видалення;
- відкликати згоду на обробку даних;
- звернутися зі скаргою до Уповноваженого Верховної Ради України з прав людини.

Щоб скористатися своїми правами, напишіть нам на [privacy@yidemo.ua](mailto:privacy@yidemo.ua) або в чат підтримки в застосунку.

Ми розглядаємо запити протягом 30 календарних днів з дня їх отримання. Якщо запит потребує додаткової перевірки, ми можемо попросити вас підтвердити номер телефону, прив'язаний до акаунта, через код у SMS. Ми не стягуємо плати за розгляд запитів, крім випадків, коли запити є явно необґрунтованими або надмірними.

## 10. Захист даних

Ми використовуємо шифрування під час передачі даних, розмежування доступу працівників і регулярне резервне копіювання. Платіжні дані картки ми не зберігаємо: їх обробляє сертифікований за стандартом PCI DSS платіжний провайдер.

## 11. Штрафи та ДТП

Якщо поліція звертається до нас щодо порушення правил дорожнього руху або ДТП за участю самоката, ми можемо передати дані про особу, яка орендувала самокат у відповідний час, а також маршрут поїздки. Так само ми діємо у разі пошкодження майна третіх осіб. Про такі запити ми повідомляємо вас, якщо це не заборонено законом. Штрафи за паркування поза дозволеними зонами нараховуються автоматично на підставі координат самоката і фото завершення поїздки; ви можете оскаржити штраф у чаті підтримки протягом 14 днів.

## 12. Діти

Користуватися сервісом можуть лише особи, яким виповнилося 18 років. Якщо ми дізнаємося, що акаунт створила неповнолітня особа, ми заблокуємо його та видалимо дані.

## 13. Файли cookie

Сайт yidemo.ua використовує файли cookie для аналітики відвідуваності. Ви можете вимкнути їх у налаштуваннях браузера. Мобільний застосунок файли cookie не використовує, але збирає знеособлену статистику збоїв і використання функцій для покращення роботи сервісу.

## 14. Контакти

@ ТОВ «Їдемо Шерінг»
@ вул. Саксаганського, 37
@ 01033, м. Київ, Україна
@ privacy@yidemo.ua
"""

EDITS = [
    {"note": "typo fixed: персональнихх даних -> персональні дані", "bump": False,
     "repl": [("Ми обробляємо персональнихх даних", "Ми обробляємо персональні дані")]},
    {"note": "sentence added: air-raid alert push notifications use current location",
     "repl": [("аналізу штрафів за паркування поза дозволеними зонами.",
               "аналізу штрафів за паркування поза дозволеними зонами. Під час оголошення повітряної тривоги ми "
               "можемо надіслати вам push-сповіщення з проханням завершити поїздку та пройти до найближчого "
               "укриття; для цього використовується ваша поточна геолокація.")]},
    {"note": "processor added to the table (monobank acquiring)",
     "repl": [("| ТОВ «ТурбоСМС» | надсилання SMS з кодом входу | Україна |",
               "| ТОВ «ТурбоСМС» | надсилання SMS з кодом входу | Україна |\n"
               "| АТ «Універсал Банк» (monobank) | приймання платежів через Apple Pay і Google Pay | Україна |")]},
    {"note": "end-of-ride photo retention raised from 30 to 60 days",
     "repl": [("Фото завершення поїздки зберігаються 30 днів", "Фото завершення поїздки зберігаються 60 днів")]},
    {"note": "office address changed",
     "repl": [("@ вул. Саксаганського, 37\n@ 01033, м. Київ, Україна", "@ вул. Антоновича, 48\n@ 03150, м. Київ, Україна")]},
]

PROMOS = ["Перша поїздка — старт безкоштовно з промокодом ЇДЕМО",
          "Абонемент «Місяць» — 30 хвилин щодня за 399 грн",
          "Нова зона у Львові: самокати вже на вулицях",
          "Нічні поїздки до 23:00 — не забувайте про комендантську годину",
          "Запроси друга та отримай 50 грн на баланс"]

PID, PAGEID = "5123456", "31234567"


def noise(rng, when, i, prev):
    prev = prev or {}
    now = C.epoch(when)
    lo = (prev.get("t") or now - 86400 * 20) + 1
    return {
        "t": rng.randint(lo, max(lo, now - 600)),
        "promo": C.keep_or(rng, prev.get("promo"), 0.3, lambda: rng.randrange(len(PROMOS))),
    }


LABELS = {"t": "Tilda republish timestamp (?t=)", "promo": "header promo strip"}


def fmt_date(d):
    return "%d %s %d р." % (d.day, MONTHS[d.month - 1], d.year)


def _inl(t):
    return C.inline_html(t, link=lambda url, label: '<a href="%s" style="color:#ff5a00;">%s</a>'
                         % (html.escape(url), html.escape(label, quote=False)))


def _text_field(blocks):
    out = []
    for kind, v in blocks:
        if kind == "p":
            out.append(("p", _inl(v)))
        elif kind == "addr":
            out.append(("p", "<br />\n".join(_inl(x) for x in v)))
        elif kind == "ul":
            out.append(("ul", "<ul>%s</ul>" % "\n".join("<li>%s</li>" % _inl(x) for x in v)))
        else:
            raise ValueError(kind)
    s = ""
    for j, (k, h) in enumerate(out):
        if j and k == "p" and out[j - 1][0] == "p":
            s += "<br />\n<br />\n"
        s += h
    return s


def _rec(rid, rtype, inner, pt=15, pb=15):
    return ('<div id="rec%s" class="r t-rec t-rec_pt_%d t-rec_pb_%d" style="padding-top:%dpx;padding-bottom:%dpx; " '
            'data-record-type="%s" >%s</div>' % (rid, pt, pb, pt, pb, rtype, inner))


def render(state, blocks, when):
    rid = [602331000]

    def nid():
        rid[0] += 7
        return str(rid[0])

    recs = []
    # header menu (T228) with promo strip
    recs.append(_rec("602330990", "257", '<!-- T228 --><div class="t228"><div class="t228__promo" style="background:#ff5a00;">'
                     '<div class="t228__promo-text t-descr">%s</div></div><nav class="t228 t228__positionfixed">'
                     '<div class="t228__maincontainer"><div class="t228__leftside"><a href="/"><img src="https://static.tildacdn.com/tild3361-6633-4139-a233-353134643332/logo.svg" class="t228__imglogo" imgfield="img" style="max-width:120px;" alt="Їдемо"></a></div>'
                     '<div class="t228__centerside"><ul class="t228__list"><li class="t228__list_item"><a class="t-menu__link-item" href="/how">Як це працює</a></li>'
                     '<li class="t228__list_item"><a class="t-menu__link-item" href="/prices">Тарифи</a></li><li class="t228__list_item"><a class="t-menu__link-item" href="/zones">Зони</a></li>'
                     '<li class="t228__list_item"><a class="t-menu__link-item" href="/business">Для бізнесу</a></li></ul></div></div></nav></div>'
                     % html.escape(PROMOS[state["promo"]]), 0, 0))
    title_id = "602331001"
    h1 = blocks[0][1]
    recs.append(_rec(title_id, "30", '<!-- T030 --><div class="t030"><div class="t-container t-align_left"><div class="t-col t-col_10 t-prefix_1">'
                     '<h1 class="t030__title t-title t-title_xs" field="title">%s</h1></div></div></div>' % html.escape(h1), 90, 15))
    head, secs = C.split_sections(blocks[1:])
    groups = [(None, head)] + secs
    for title, bl in groups:
        if title is not None:
            recs.append(_rec(nid(), "30", '<!-- T030 --><div class="t030"><div class="t-container t-align_left"><div class="t-col t-col_10 t-prefix_1">'
                             '<h2 class="t030__title t-title t-title_xxs" field="title">%s</h2></div></div></div>' % html.escape(title), 30, 0))
        run = []
        for b in bl + [None]:
            if b is None or b[0] == "table":
                if run:
                    r = nid()
                    recs.append(_rec(r, "106", '<!-- T004 --><div class="t004"><div class="t-container "><div class="t-col t-col_10 t-prefix_1">'
                                     '<div field="text" class="t-text t-text_md ">%s</div></div></div></div>' % _text_field(run)))
                    run = []
                if b is not None:
                    r = nid()
                    csv = "\n".join(";".join(c for c in row) for row in b[1])
                    recs.append(_rec(r, "431", '<!-- T431 --><div class="t431"><div class="t-container"><div class="t-col t-col_10 t-prefix_1">'
                                     '<div class="t431__data-part1" style="display:none" field="text">%s</div><div class="t431__data-part2" style="display:none" field="text2"></div>'
                                     '<div class="t431__table-wrapper" data-auto-correct-mobile-width="false"><table class="t431__table t431__withthead" width="100%%"></table></div>'
                                     '</div></div></div><script>t_onReady(function () {t_onFuncLoad(\'t431_init\', function () {t431_init(\'%s\');});});</script>'
                                     % (html.escape(csv, quote=False), r)))
            else:
                run.append(b)
    footer_id = "602331090"
    recs.append(_rec(footer_id, "345", '<!-- T345 --><div class="t345"><div class="t-container"><div class="t345__wrapper">'
                     '<div class="t345__text t-descr t-descr_xxs" field="text">© 2024 ТОВ «Їдемо Шерінг». Усі права захищено.</div>'
                     '<div class="t345__links"><a href="/privacy">Політика конфіденційності</a> · <a href="/terms">Умови користування</a></div>'
                     '</div></div></div>', 30, 30))
    t = state["t"]
    return """<!DOCTYPE html> <html> <head> <meta charset="utf-8" /> <meta http-equiv="Content-Type" content="text/html; charset=utf-8" /> <meta name="viewport" content="width=device-width, initial-scale=1.0" /> <!--metatextblock--> <title>Політика конфіденційності — Їдемо</title> <meta property="og:url" content="https://yidemo.ua/privacy" /> <meta property="og:title" content="Політика конфіденційності — Їдемо" /> <meta property="og:description" content="" /> <meta property="og:type" content="website" /> <link rel="canonical" href="https://yidemo.ua/privacy"> <!--/metatextblock--> <meta name="format-detection" content="telephone=no" /> <meta http-equiv="x-dns-prefetch-control" content="on"> <link rel="dns-prefetch" href="https://ws.tildacdn.com"> <link rel="dns-prefetch" href="https://static.tildacdn.com"> <link rel="shortcut icon" href="https://static.tildacdn.com/tild6131-3964-4338-b264-636434653037/favicon.ico" type="image/x-icon" /> <!-- Assets --> <script src="https://neo.tildacdn.com/js/tilda-fallback-1.0.min.js" async charset="utf-8"></script> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css" type="text/css" media="all" onerror="this.loaderr='y';"/> <link rel="stylesheet" href="https://static.tildacdn.com/ws/project%(pid)s/tilda-blocks-page%(pageid)s.min.css?t=%(t)d" type="text/css" media="all" onerror="this.loaderr='y';" /> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-animation-2.0.min.css" type="text/css" media="all" onerror="this.loaderr='y';" /> <script nomodule src="https://static.tildacdn.com/js/tilda-polyfill-1.0.min.js" charset="utf-8"></script> <script type="text/javascript">function t_onReady(func) {if (document.readyState != 'loading') {func();} else {document.addEventListener('DOMContentLoaded', func);}}
function t_onFuncLoad(funcName, okFunc, time) {if (typeof window[funcName] === 'function') {okFunc();} else {setTimeout(function() {t_onFuncLoad(funcName, okFunc, time);},(time || 100));}}function t_throttle(fn, threshhold, scope) {return function () {fn.apply(scope || this, arguments);};}</script> <script src="https://static.tildacdn.com/js/tilda-scripts-3.0.min.js" charset="utf-8" defer onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/ws/project%(pid)s/tilda-blocks-page%(pageid)s.min.js?t=%(t)d" charset="utf-8" onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-lazyload-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-table-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-menu-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-events-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script type="text/javascript">window.dataLayer = window.dataLayer || [];</script> <script type="text/javascript">(function () {if((/bot|google|yandex|baidu|bing|msn|duckduckbot|teoma|slurp|crawler|spider|robot|crawling|facebook/i.test(navigator.userAgent))===false && typeof(sessionStorage)!='undefined' && sessionStorage.getItem('visited')!=='y' && document.visibilityState){var style=document.createElement('style'); style.type='text/css'; style.innerHTML='@media screen and (min-width: 980px) {.t-records {opacity: 0;}.t-records_animated {-webkit-transition: opacity ease-in-out .2s;-moz-transition: opacity ease-in-out .2s;-o-transition: opacity ease-in-out .2s;transition: opacity ease-in-out .2s;}.t-records.t-records_visible {opacity: 1;}}'; document.getElementsByTagName('head')[0].appendChild(style); t_onReady(function () {var allRecords = document.querySelector('.t-records'); window.addEventListener('thsInit', function() {allRecords.classList.add('t-records_visible');});}); sessionStorage.setItem('visited', 'y');}})();</script></head> <body class="t-body" style="margin:0;"> <!--allrecords--> <div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="%(pid)s" data-tilda-page-id="%(pageid)s" data-tilda-page-alias="privacy" data-tilda-formskey="9c3e1a7f2b6d4e8a0c5f1b3d7e9a2c4f" data-tilda-lazy="yes" data-tilda-root-zone="com" data-tilda-project-headcode="yes"> %(recs)s </div> <!--/allrecords--> <!-- Tilda copyright. Don't remove this line --><div class="t-tildalabel " id="tildacopy" data-tilda-sign="%(pid)s#%(pageid)s"><a href="https://tilda.cc/?upm=%(pid)s" class="t-tildalabel__link"><div class="t-tildalabel__wrapper"><div class="t-tildalabel__txtleft">Made on </div><div class="t-tildalabel__wrapimg"><img src="https://static.tildacdn.com/img/tildacopy.png" class="t-tildalabel__img" fetchpriority="low" alt=""></div><div class="t-tildalabel__txtright">Tilda</div></div></a></div> <!-- Stat --> <script type="text/javascript">if (! window.mainTracker) { window.mainTracker = 'tilda'; } setTimeout(function(){ (function (d, w, k, o, g) { var n=d.getElementsByTagName(o)[0],s=d.createElement(o),f=function(){n.parentNode.insertBefore(s,n);}; s.type = "text/javascript"; s.async = true; s.key = k; s.id = "tildastatscript"; s.src=g; if (w.opera=="[object Opera]") {d.addEventListener("DOMContentLoaded", f, false);} else { f(); } })(document, window, '4b7d2e9a1c3f5a8e6b0d2f4a6c8e0a2b','script','https://static.tildacdn.com/js/tilda-stat-1.0.min.js'); }, 2000); </script> </body> </html>""" % {
        "pid": PID, "pageid": PAGEID, "t": t, "recs": " ".join(recs)}


PAGE = {
    "service": "Yidemo",
    "url": "https://yidemo.ua/privacy",
    "lang": "uk",
    "platform": "Tilda Publishing",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("X-Tilda-Server", "11"), ("Cache-Control", "max-age=60")),
    "n": 27,
    "start": dt.date(2022, 5, 15),
    "end": dt.date(2025, 4, 30),
    "hours": (7, 19),
    "policy": POLICY,
    "first_updated": dt.date(2022, 4, 12),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://yidemo.ua/privacy",
                    "select": [{"startBefore": "#rec602331001", "endBefore": "#rec602331090"}]},
}
