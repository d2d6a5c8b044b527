"""Ukrainian travel-insurance company's site built on Tilda Publishing (exported page served by Tilda).

The policy is a run of Tilda records: T030 title blocks for the headings, T004 text blocks for the paragraphs and
lists (paragraphs separated by <br /><br /> inside one `field="text"` div), a T123 HTML block for each table. The
declaration is a range, from the first policy record to the record of the contacts strip after it. Per visit: the
NBU euro rate in the top bar ("Курс EUR НБУ", coverage is sold in euros). Per republish (sticky): the `?t=`
timestamps of the page's CSS/JS and the `data-tilda-page-id` stamp in the <html> comment. Outside the range.
"""
import datetime as dt

import common as C

POLICY = """
# Політика конфіденційності

Редакція від {UPDATED}

Товариство з додатковою відповідальністю «Страхова компанія «Мандрівник» (далі — «Компанія», «ми») поважає ваше право на приватність. Ця політика пояснює, як ми збираємо, використовуємо, зберігаємо та захищаємо персональні дані клієнтів, застрахованих осіб і відвідувачів сайту mandrivnyk.ua відповідно до Закону України «Про захист персональних даних».

## 1. Володілець персональних даних

Володільцем ваших персональних даних є:

@ ТДВ «СК «Мандрівник»
@ код ЄДРПОУ 34567890
@ вул. Січових Стрільців, 52, м. Київ, 04053
@ e-mail: privacy@mandrivnyk.ua

## 2. Які дані ми обробляємо

Для укладення та виконання договору страхування медичних витрат подорожуючих ми обробляємо:

- прізвище, ім’я, дату народження застрахованих осіб;
- серію та номер закордонного паспорта;
- номер телефону та адресу електронної пошти страхувальника;
- країну, дати та мету поїздки;
- відомості про стан здоров’я, медичні документи та рахунки клінік у разі настання страхового випадку;
- платіжні дані (обробляються платіжним провайдером, ми не зберігаємо повні номери карток).

## 3. Мета та підстави обробки

| Мета | Підстава | Строк зберігання |
| Укладення договору страхування та видача поліса | виконання договору | протягом дії договору та 5 років після його закінчення |
| Організація медичної допомоги та врегулювання страхових випадків | виконання договору, згода на обробку даних про здоров’я | 5 років після завершення врегулювання |
| Фінансовий моніторинг | вимоги закону | 5 років після завершення ділових відносин |
| Розсилка новин і спеціальних пропозицій | згода | до відкликання згоди |

### Дані дітей

Поліс для дитини, яка не досягла 14 років, оформлює один із батьків або інший законний представник. Він надає нам дані дитини та дає згоду на обробку відомостей про її здоров’я у разі страхового випадку. Дітям віком від 14 до 18 років ми рекомендуємо оформлювати поліс разом із батьками. Ми не надсилаємо рекламних повідомлень неповнолітнім.

### Як ми отримуємо дані

Найчастіше ви самі вводите дані в онлайн-калькулятор на нашому сайті або передаєте їх нашому агенту чи туристичному оператору, через якого купуєте тур. Якщо поліс оформлює туроператор для групи туристів, він передає нам дані кожного учасника поїздки і відповідає за те, щоб повідомити їх про цю політику. У разі страхового випадку частину даних ми отримуємо від асистуючої компанії та лікарні, яка надає допомогу.

## 4. Кому ми передаємо дані

Ми можемо передавати ваші дані лише в обсязі, необхідному для надання послуги:

- асистуючим компаніям, які організовують медичну допомогу за кордоном;
- медичним закладам, що надають вам допомогу;
- перестраховикам;
- платіжним провайдерам;
- державним органам у випадках, передбачених законом.

### Партнери-асистанси

| Партнер | Країна | Функції |
| Euro-Center Prague s.r.o. | Чехія | асистанс у країнах ЄС |
| AXA Assistance | Франція | асистанс у країнах Азії та Америки |
| Global Voyager Assistance | Туреччина | асистанс у Туреччині та Єгипті |

Передача даних за кордон здійснюється лише тоді, коли це необхідно для надання вам медичної допомоги під час подорожі, з дотриманням вимог законодавства України.

## 5. Ваші права

Відповідно до статті 8 Закону України «Про захист персональних даних» ви маєте право:

- знати, які ваші дані ми обробляємо, з якою метою та кому їх передаємо;
- отримати доступ до своїх персональних даних;
- вимагати виправлення неточних даних або їх знищення;
- відкликати згоду на обробку даних;
- заперечити проти обробки даних для маркетингових цілей;
- звернутися зі скаргою до Уповноваженого Верховної Ради України з прав людини або до суду.

Щоб скористатися своїми правами, напишіть нам на privacy@mandrivnyk.ua. Ми відповімо протягом 30 календарних днів.

Якщо ви не хочете, щоб ми обробляли ваші дані для розсилки, натисніть посилання «Відписатися» в будь-якому нашому листі або повідомте нам про це телефоном. Відкликання згоди на обробку даних про здоров’я може унеможливити врегулювання страхового випадку, адже без медичних документів ми не зможемо оплатити лікування. Ми завжди попередимо вас про такі наслідки.

## 6. Безпека даних

Ми використовуємо шифрування, розмежування прав доступу та регулярне резервне копіювання. Доступ до медичної інформації мають лише працівники відділу врегулювання збитків і лікарі-експерти. Наші сервери розташовані в дата-центрах на території Європейського Союзу, що дозволяє зберегти дані під час відключень електроенергії та інших надзвичайних ситуацій.

## 7. Автоматизовані рішення

Вартість поліса онлайн-калькулятор розраховує автоматично з урахуванням віку застрахованих осіб, країни подорожі, тривалості поїздки, обраної страхової суми та додаткових ризиків, наприклад активного відпочинку чи гірськолижного спорту. Такий розрахунок не є профілюванням і не обмежує ваших прав: якщо ви не згодні з розрахунком, зверніться до нашого менеджера, і він перевірить його вручну.

## 8. Файли cookie

Сайт використовує файли cookie для роботи калькулятора вартості поліса, збереження вибраної мови та аналітики відвідувань (Google Analytics, Meta Pixel). Ви можете вимкнути файли cookie в налаштуваннях браузера, однак деякі функції сайту можуть працювати некоректно.

## 9. Строки зберігання

Ми зберігаємо персональні дані не довше, ніж це необхідно для мети, з якою їх зібрали, або ніж цього вимагає законодавство. Якщо ви розрахували вартість поліса в калькуляторі, але не придбали його, введені дані видаляються автоматично через 30 днів. Після закінчення строку зберігання дані знищуються або знеособлюються так, що їх вже неможливо пов’язати з вами. Паперові документи, які ми отримуємо від клінік, після сканування зберігаються в архіві та знищуються разом з електронною справою.

## 10. Контакти

З усіх питань щодо обробки персональних даних звертайтеся до відповідальної особи Компанії електронною поштою privacy@mandrivnyk.ua або листом на адресу Компанії з позначкою «Персональні дані». Для швидкого зв’язку під час подорожі користуйтеся цілодобовою лінією підтримки, зазначеною внизу сторінки.

## 11. Зміни до політики

Ми можемо оновлювати цю політику. Актуальна редакція завжди доступна на цій сторінці, а дата останньої редакції зазначена на її початку. Про суттєві зміни ми повідомимо клієнтів електронною поштою.
"""

EDITS = [
    {"note": "assistance partner added to the partners table",
     "repl": [("| Global Voyager Assistance |", "| Mondial Assistance Polska | Польща | асистанс у Польщі та країнах Балтії |\n| Global Voyager Assistance |")]},
    {"note": "sentence added: policies signed with Diia.Signature and sent to the Diia app",
     "repl": [("- країну, дати та мету поїздки;", "- країну, дати та мету поїздки;\n- дані електронного підпису, якщо ви підписуєте договір через «Дія.Підпис».")]},
    {"note": "typo fixed: 'перестраховикам' was 'перестаховикам', no new date",
     "bump": False,
     "repl": [("- перестаховикам;", "- перестраховикам;")]},
    {"note": "registered address changed (office moved to Lviv)",
     "repl": [("@ вул. Січових Стрільців, 52, м. Київ, 04053", "@ вул. Городоцька, 174, м. Львів, 79022")]},
    {"note": "claims retention changed from 5 to 10 years",
     "repl": [("| 5 років після завершення врегулювання |", "| 10 років після завершення врегулювання |")]},
]
# the typo the third edit fixes
POLICY = POLICY.replace("- перестраховикам;", "- перестаховикам;")

PAGEID = 41287655
REC0 = 672014001


def fmt_date(d):
    return d.strftime("%d.%m.%Y")


def noise(rng, when, i, prev):
    prev = prev or {}
    rate = prev.get("rate", 40.6) + rng.uniform(-0.35, 0.45)
    rate = round(min(max(rate, 38.9), 49.5), 2)
    if prev.get("rate") == rate:
        rate = round(rate + 0.01, 2)
    return {
        "rate": rate,
        "publish": C.keep_or(rng, prev.get("publish"), 0.12,
                             lambda: C.epoch(when - dt.timedelta(days=rng.randint(1, 60), seconds=rng.randint(0, 86400)))),
    }


LABELS = {"rate": "NBU EUR rate in the top bar", "publish": "Tilda republish ?t= stamps"}


def t030(rid, tag, text):
    return ('<div id="rec%d" class="r t-rec t-rec_pt_45 t-rec_pb_15" style="padding-top:45px;padding-bottom:15px;" '
            'data-record-type="30"><!-- T015 --><div class="t030"><div class="t-container t-align_left">'
            '<div class="t-col t-col_8 t-prefix_2"><%s class="t030__title t-title t-title_xxs" field="title">%s</%s>'
            '</div></div></div></div>' % (rid, tag, C.inline_html(text), tag))


def t004(rid, bl):
    parts = []
    for kind, v in bl:
        if kind == "p":
            parts.append(C.inline_html(v))
        elif kind == "addr":
            parts.append("<br />\n".join(C.inline_html(x) for x in v))
        elif kind == "ul":
            parts.append("<ul>%s</ul>" % "".join("<li>%s</li>" % C.inline_html(x) for x in v))
    txt = ""
    for n, p in enumerate(parts):
        if n and not p.startswith("<ul>") and not parts[n - 1].startswith("<ul>"):
            txt += "<br /><br />\n"
        txt += p
    return ('<div id="rec%d" class="r t-rec t-rec_pt_0 t-rec_pb_15" style="padding-top:0px;padding-bottom:15px;" '
            'data-record-type="106"><!-- T004 --><div class="t004"><div class="t-container "><div class="t-col t-col_8 t-prefix_2">'
            '<div field="text" class="t-text t-text_md ">%s</div></div></div></div></div>' % (rid, txt))


def t123(rid, b):
    return ('<div id="rec%d" class="r t-rec" style=" " data-animationappear="off" data-record-type="131"><!-- T123 -->'
            '<div class="t123"><div class="t-container_100 "><div class="t-width t-width_100 "><!-- nominify begin -->'
            '<style>.mt-table{width:100%%;border-collapse:collapse;font-family:\'Montserrat\',Arial,sans-serif;font-size:15px}'
            '.mt-table th,.mt-table td{border:1px solid #dfe3ea;padding:10px}.mt-table th{background:#0f5bd8;color:#fff}</style>'
            '<div class="t-container"><div class="t-col t-col_8 t-prefix_2">%s</div></div><!-- nominify end --></div></div></div></div>'
            % (rid, html_table(b)))


def html_table(b):
    """The table as its author pasted it into the HTML block: one row, one cell a line."""
    rows = b[1]
    out = ['<table class="mt-table">', "  <tr>"] + ["    <th>%s</th>" % C.inline_html(x) for x in rows[0]] + ["  </tr>"]
    for r in rows[1:]:
        out += ["  <tr>"] + ["    <td>%s</td>" % C.inline_html(x) for x in r] + ["  </tr>"]
    return "\n".join(out + ["</table>"])


def render(state, blocks, when):
    recs = []
    run = []
    n = [0]

    def rid(key):
        return REC0 + int(C.det_sha("rec", key)[:6], 16) % 900 * 10

    def flush():
        if run:
            recs.append(t004(rid("t" + run[0][0] + str(run[0][1])[:40]), run[:]))
            run.clear()
    for b in blocks:
        if b[0] in ("h1", "h2", "h3"):
            flush()
            recs.append(t030(rid("h" + b[1]), b[0], b[1]))
        elif b[0] == "table":
            flush()
            recs.append(t123(rid("tab" + b[1][1][0]), b))
        else:
            run.append(b)
    flush()
    first = recs[0].split('"', 2)[1]
    t = state["publish"]
    return """<!DOCTYPE html> <html lang="uk"> <head> <meta charset="utf-8" /> <meta http-equiv="Content-Type" content="text/html; charset=utf-8" /> <meta name="viewport" content="width=device-width, initial-scale=1.0" /> <!--metatextblock--> <title>Політика конфіденційності — СК «Мандрівник»</title> <meta name="description" content="Як СК «Мандрівник» обробляє персональні дані" /> <meta property="og:url" content="https://mandrivnyk.ua/privacy" /> <meta property="og:title" content="Політика конфіденційності" /> <meta property="og:type" content="website" /> <link rel="canonical" href="https://mandrivnyk.ua/privacy"> <!--/metatextblock--> <meta name="format-detection" content="telephone=no" /> <meta http-equiv="x-dns-prefetch-control" content="on"> <link rel="dns-prefetch" href="https://ws.tildacdn.com"> <link rel="dns-prefetch" href="https://static.tildacdn.com"> <link rel="shortcut icon" href="https://static.tildacdn.com/tild3866-3361-4639-b163-613933643965/favicon.ico" type="image/x-icon" /> <!-- Assets --> <script src="https://neo.tildacdn.com/js/tilda-fallback-1.0.min.js" async charset="utf-8"></script> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css" type="text/css" media="all" onerror="this.loaderr='y';"/> <link rel="stylesheet" href="https://static.tildacdn.com/ws/project5123456/tilda-blocks-page%(pid)d.min.css?t=%(t)d" type="text/css" media="all" onerror="this.loaderr='y';" /> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-animation-2.0.min.css" type="text/css" media="all" onerror="this.loaderr='y';" /> <script nomodule src="https://static.tildacdn.com/js/tilda-polyfill-1.0.min.js" charset="utf-8"></script> <script type="text/javascript">function t_onReady(func) {if(document.readyState!='loading') {func();} else {document.addEventListener('DOMContentLoaded',func);}}
function t_onFuncLoad(funcName,okFunc,time) {if(typeof window[funcName]==='function') {okFunc();} else {setTimeout(function() {t_onFuncLoad(funcName,okFunc,time);},(time||100));}}function t396_initialScale(t){}</script> <script src="https://static.tildacdn.com/js/jquery-1.10.2.min.js" charset="utf-8" onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-scripts-3.0.min.js" charset="utf-8" defer onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/ws/project5123456/tilda-blocks-page%(pid)d.min.js?t=%(t)d" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-lazyload-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-events-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script type="text/javascript">window.dataLayer = window.dataLayer || [];</script> <script type="text/javascript">(function () {if((/bot|google|yandex|baidu|bing|msn|duckduckbot|teoma|slurp|crawler|spider|robot|crawling|facebook/i.test(navigator.userAgent))===false && typeof(sessionStorage)!='undefined' && sessionStorage.getItem('visited')!=='y' && document.visibilityState){var style=document.createElement('style');style.type='text/css';style.innerHTML='@media screen and (min-width: 980px) {.t-records {opacity: 0;}.t-records_animated {-webkit-transition: opacity ease-in-out .2s;-moz-transition: opacity ease-in-out .2s;-o-transition: opacity ease-in-out .2s;transition: opacity ease-in-out .2s;}.t-records.t-records_visible {opacity: 1;}}';document.getElementsByTagName('head')[0].appendChild(style);function t_setvisRecs(){var alr=document.querySelectorAll('.t-records');Array.prototype.forEach.call(alr, function(el) {el.classList.add("t-records_animated");});setTimeout(function () {Array.prototype.forEach.call(alr, function(el) {el.classList.add("t-records_visible");});sessionStorage.setItem("visited", "y");}, 400);}
document.addEventListener('DOMContentLoaded',t_setvisRecs);}})();</script></head> <body class="t-body" style="margin:0;"> <!--allrecords--> <div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="5123456" data-tilda-page-id="%(pid)d" data-tilda-page-alias="privacy" data-tilda-formskey="8a1c3e5f7b9d2f4a6c8e0b2d4f6a8c0e" data-tilda-lazy="yes" data-tilda-root-zone="com" data-tilda-project-headcode="yes" data-tilda-ts="%(t)d"> <div id="rec672013001" class="r t-rec" style=" " data-animationappear="off" data-record-type="257"><!-- T228 --><div id="nav672013001marker"></div><div class="t228__mobile"><div class="t228__mobile_container"><div class="t228__mobile_text t-name t-name_md" field="text">&nbsp;</div></div></div><div id="nav672013001" class="t228 t228__positionstatic " style="background-color: rgba(255,255,255,1); height:80px;" data-bgcolor-hex="#ffffff" data-navmarker="nav672013001marker" data-appearoffset="" data-bgopacity-two="" data-menushadow="" data-menu="yes"><div class="t228__maincontainer " style="height:80px;"><div class="t228__padding40px"></div><div class="t228__leftside"><div class="t228__leftcontainer"><a href="/" class="t228__imgwrapper"><img class="t228__imglogo t228__imglogomobile" src="https://static.tildacdn.com/tild6433-3036-4263-a232-393336383933/logo.svg" imgfield="img" style="max-width: 160px; width: 160px; min-width: 160px; height: auto; display: block;" alt="Мандрівник"></a></div></div><div class="t228__centerside "><nav class="t228__centercontainer"><ul role="list" class="t228__list t-menu__list"><li class="t228__list_item" style="padding:0 15px 0 0;"><a class="t-menu__link-item" href="/calculator" data-menu-submenu-hook="" data-menu-item-number="1">Розрахувати поліс</a></li><li class="t228__list_item" style="padding:0 15px;"><a class="t-menu__link-item" href="/covid" data-menu-submenu-hook="" data-menu-item-number="2">Страховий випадок</a></li><li class="t228__list_item" style="padding:0 15px;"><a class="t-menu__link-item" href="/faq" data-menu-submenu-hook="" data-menu-item-number="3">Питання та відповіді</a></li><li class="t228__list_item" style="padding:0 0 0 15px;"><a class="t-menu__link-item" href="/about" data-menu-submenu-hook="" data-menu-item-number="4">Про компанію</a></li></ul></nav></div><div class="t228__rightside"><div class="t228__rightcontainer"><div class="t228__right_descr" field="descr">Курс EUR НБУ: <span class="eur-rate">%(rate)s</span> грн</div><div class="t228__right_buttons"><div class="t228__right_buttons_wrap"><div class="t228__right_buttons_but"><a href="tel:0800300500" target="" class="t-btn t-btn_md " style="color:#ffffff;background-color:#0f5bd8;border-radius:30px;"><table role="presentation" style="width:100%%; height:100%%;"><tbody><tr><td>0 800 300 500</td></tr></tbody></table></a></div></div></div></div></div><div class="t228__padding40px"></div></div></div></div> %(recs)s <div id="rec672019990" class="r t-rec t-rec_pt_60 t-rec_pb_60" style="padding-top:60px;padding-bottom:60px;background-color:#0f5bd8;" data-record-type="490" data-bg-color="#0f5bd8"><!-- T490 --><div class="t490"><div class="t-section__container t-container"><div class="t-col t-col_12 "><div class="t-section__title t-title t-title_xs t-align_center t-margin_auto" field="btitle" style="color:#ffffff;">Цілодобова підтримка в подорожі</div></div></div><div class="t-container"><div class="t490__col t-col t-col_4 t-align_center"><div class="t490__title t-name t-name_xs" field="title" style="color:#ffffff;">Viber / Telegram</div><div class="t490__descr t-descr t-descr_xxs" field="descr" style="color:#ffffff;">+380 67 300 50 00</div></div><div class="t490__col t-col t-col_4 t-align_center"><div class="t490__title t-name t-name_xs" field="title2" style="color:#ffffff;">Безкоштовно по Україні</div><div class="t490__descr t-descr t-descr_xxs" field="descr2" style="color:#ffffff;">0 800 300 500</div></div><div class="t490__col t-col t-col_4 t-align_center"><div class="t490__title t-name t-name_xs" field="title3" style="color:#ffffff;">E-mail</div><div class="t490__descr t-descr t-descr_xxs" field="descr3" style="color:#ffffff;">help@mandrivnyk.ua</div></div></div></div></div><div id="rec672019991" class="r t-rec t-rec_pt_30 t-rec_pb_30" style="padding-top:30px;padding-bottom:30px;" data-record-type="420"><!-- T420 --><div class="t420"><div class="t-container"><div class="t420__col t-col t-col_4"><div class="t420__text t-descr t-descr_xxs" field="text">© %(year)d ТДВ «СК «Мандрівник». Ліцензія НБУ на страхування медичних витрат.</div></div><div class="t420__col t-col t-col_4"><div class="t420__text t-descr t-descr_xxs" field="text2"><a href="/privacy">Політика конфіденційності</a><br /><a href="/oferta">Публічна оферта</a></div></div></div></div></div></div> <!--/allrecords--> <!-- Stat --> <script type="text/javascript">if (! window.mainTracker) { window.mainTracker = 'tilda'; } setTimeout(function(){ (function (d, w, k, o, g) { var n=d.getElementsByTagName(o)[0],s=d.createElement(o),f=function(){n.parentNode.insertBefore(s,n);}; s.type = "text/javascript"; s.async = true; s.key = k; s.id = "tildastatscript"; s.src=g; if (w.opera=="[object Opera]") {d.addEventListener("DOMContentLoaded", f, false);} else { f(); } })(document, window, '7f3e5d1c9b2a4e6f8d0c1b3a5e7f9d2c','script','https://static.tildacdn.com/js/tilda-stat-1.0.min.js'); }, 2000); </script> </body> </html>""" % {
        "pid": PAGEID, "t": t, "rate": ("%.2f" % state["rate"]).replace(".", ","), "recs": " ".join(recs),
        "year": when.year}


PAGE = {
    "service": "SK Mandrivnyk",
    "url": "https://mandrivnyk.ua/privacy",
    "lang": "uk",
    "platform": "Tilda Publishing (T030/T004/T123 records)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "nginx"), ("X-Tilda-Server", "26"), ("Cache-Control", "max-age=0, no-cache")],
    "n": 28,
    "start": dt.date(2022, 8, 1),
    "end": dt.date(2025, 7, 25),
    "policy": POLICY,
    "first_updated": dt.date(2022, 4, 11),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://mandrivnyk.ua/privacy",
                    "select": [{"startBefore": "#allrecords > div[data-record-type='30']",
                                "endBefore": "#rec672019990"}]},
}
