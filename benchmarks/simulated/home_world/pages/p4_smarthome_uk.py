"""A Ukrainian smart-home and security installer's site on Tilda: /privacy, in Ukrainian.

Fairly clean. Tilda pages are static: every capture is a republish of the project (the managers change the
promo often), so the `?t=` publish stamps on the page's blocks CSS/JS move; the zero-block promo strip above the
policy changes with the month's offer. The policy is Tilda records: a T015 title block (h1 and the edition line), T004
text blocks (`field="text"`, headings as bold lines, paragraphs split by <br /><br />) and a T123 HTML block per table.
The declaration lists the policy's record ids, as curators do for Tilda sites.
"""
import datetime as dt
import html

import common as C

MONTHS = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
          "листопада", "грудня"]


def fmt_date(d):
    return "%d %s %d р." % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """# Політика конфіденційності

Редакція від {UPDATED}

Ця Політика конфіденційності пояснює, як ТОВ «ДОМОТЕХ СИСТЕМС» (далі — «ДомоТех», «ми») збирає, використовує та захищає персональні дані клієнтів, які замовляють проєктування, монтаж і обслуговування систем «розумного будинку», охоронної сигналізації та відеоспостереження, а також відвідувачів сайту domotekh.com.ua. Ми обробляємо персональні дані відповідно до Закону України «Про захист персональних даних».

## 1. Хто ми

@ ТОВ «ДОМОТЕХ СИСТЕМС»
@ Код ЄДРПОУ 43871256
@ 04073, м. Київ, вул. Кирилівська, 41, офіс 305
@ Телефон: +380 44 334 18 20
@ E-mail: privacy@domotekh.com.ua

ДомоТех є володільцем персональних даних, які ви нам надаєте, і визначає мету та засоби їх обробки.

## 2. Які дані ми збираємо

Ми збираємо лише ті дані, без яких неможливо підготувати проєкт, виконати монтаж і надавати сервіс:

- ім'я, номер телефону та електронна пошта, які ви залишаєте у формі заявки, у месенджері або під час дзвінка;
- адреса об'єкта, план квартири чи будинку, фотографії приміщень і щитової;
- перелік обладнання, схеми підключення та налаштування системи;
- облікові записи в застосунках Ajax, Tuya Smart або Home Assistant, які ми створюємо чи налаштовуємо для вас;
- записи телефонних розмов з нашим контакт-центром;
- дані про оплату: сума, дата та статус платежу (дані платіжної картки ми не отримуємо);
- технічні дані відвідувачів сайту: IP-адреса, тип браузера, сторінки, які ви переглядали, — лише за вашою згодою на файли cookie.

Ми не збираємо біометричні дані. Якщо система контролю доступу працює за відбитком пальця або розпізнаванням обличчя, шаблони зберігаються лише на пристрої на вашому об'єкті, і ми не маємо до них доступу.

## 3. Мета обробки

Ми використовуємо ваші дані, щоб:

- зв'язатися з вами та узгодити виїзд інженера для замірів;
- підготувати комерційну пропозицію та проєкт системи;
- укласти й виконати договір на монтаж, пусконалагодження та обслуговування;
- надавати гарантійну підтримку та віддалену діагностику обладнання, якщо ви на це погодилися;
- надсилати повідомлення про планове обслуговування та оновлення прошивок;
- повідомляти вас про тривоги та несправності, якщо ви замовили послугу моніторингу;
- виконувати вимоги податкового та бухгалтерського законодавства.

## 4. Доступ до вашої системи

Під час монтажу інженер може тимчасово отримати доступ до вашої Wi-Fi-мережі та до облікового запису застосунку керування. Паролі ми не записуємо у CRM і не передаємо третім особам. Після здачі об'єкта ми рекомендуємо змінити пароль Wi-Fi. Віддалений доступ для сервісу ми отримуємо лише з вашого дозволу, наданого в застосунку, і ви можете відкликати його будь-коли.

Ми не маємо доступу до відеозаписів ваших камер. Записи зберігаються на вашому відеореєстраторі або у хмарному сервісі виробника відповідно до умов, які ви приймаєте в застосунку.

Якщо ви підключаєте систему до пульта централізованого спостереження охоронної компанії, ми передаємо їй адресу об'єкта, схему розміщення датчиків і телефони відповідальних осіб. Охоронна компанія обробляє ці дані як окремий володілець відповідно до власного договору з вами.

## 5. Фото об'єктів у портфоліо

Ми публікуємо фотографії виконаних робіт у розділі «Наші об'єкти» та в соціальних мережах лише з вашої письмової згоди. На фотографіях не видно адреси, номера будинку, облич людей і розміщення охоронних датчиків. Ви можете відкликати згоду, і ми видалимо фотографії з сайту протягом 10 робочих днів.

## 6. Захист даних

Доступ до CRM і документів мають лише працівники, яким він потрібен для виконання обов'язків. Ми використовуємо двофакторну автентифікацію, шифрування резервних копій і розмежування прав доступу. Схеми охоронних систем клієнтів зберігаються окремо від контактних даних.

Розмови з контакт-центром записуються, про що ви чуєте повідомлення на початку дзвінка. Записи використовуються для контролю якості та вирішення спірних питань. Якщо ви пишете нам у Telegram або Viber, ми бачимо ваше ім'я та номер телефону, вказані в месенджері.

## 7. Строки зберігання

| Категорія даних | Строк зберігання |
| Заявки, за якими договір не укладено | 12 місяців |
| Договори, акти виконаних робіт, схеми об'єкта | 3 роки після закінчення гарантійного строку |
| Записи телефонних розмов | 6 місяців |
| Первинні бухгалтерські документи | 3 роки, як передбачає Податковий кодекс України |
| Дані для розсилки про обслуговування | до відкликання згоди |

## 8. Кому ми передаємо дані

Ми не продаємо персональні дані. Ми передаємо їх лише партнерам, які допомагають нам надавати послуги, і лише в потрібному обсязі:

| Отримувач | Мета | Країна |
| ТОВ «Бінотел» | телефонія та запис дзвінків контакт-центру | Україна |
| ТОВ «Нова Пошта» | доставка обладнання | Україна |
| KeyCRM | облік заявок і договорів | Україна |
| Google Ireland Limited | корпоративна пошта та документи (Google Workspace) | Ірландія |
| АТ КБ «ПриватБанк» (LiqPay) | прийом онлайн-оплат | Україна |

Усі отримувачі зобов'язані за договором зберігати конфіденційність даних і використовувати їх лише для виконання наших доручень. Дані у Google Workspace можуть оброблятися на серверах за межами України; ми передаємо їх лише до країн, що забезпечують належний рівень захисту персональних даних.

Ми також можемо передавати дані державним органам у випадках, прямо передбачених законом.

## 9. Файли cookie

Сайт використовує файли cookie, необхідні для роботи форм, а також аналітичні cookie Google Analytics і Meta Pixel, якщо ви дали на це згоду у банері. Ви можете видалити cookie у налаштуваннях браузера, і тоді банер зі згодою з'явиться знову.

## 10. Ваші права

Відповідно до статті 8 Закону України «Про захист персональних даних» ви маєте право:

- знати, які ваші дані ми обробляємо, з якою метою і кому їх передаємо;
- вимагати виправлення неточних даних або їх видалення;
- відкликати згоду на обробку даних;
- заперечити проти обробки даних для надсилання повідомлень;
- звернутися зі скаргою до Уповноваженого Верховної Ради України з прав людини або до суду.

Щоб скористатися своїми правами, напишіть нам на privacy@domotekh.com.ua. Ми відповімо протягом 30 календарних днів. Для захисту ваших даних ми можемо попросити підтвердити, що запит надсилаєте саме ви.

@ Уповноважений Верховної Ради України з прав людини
@ 01008, м. Київ, вул. Інститутська, 21/8
@ Гаряча лінія: 0 800 50 17 20

## 11. Зміни до політики

Ми можемо оновлювати цю Політику. Дата чинної редакції зазначена на початку сторінки. Про суттєві зміни ми повідомимо клієнтів із чинними договорами обслуговування електронною поштою."""

EDITS = [
    {"note": "a word inserted: 'обслуговування' → 'сервісне обслуговування' in the intro (no date bump)",
     "repl": [("монтаж і обслуговування систем «розумного будинку»", "монтаж і сервісне обслуговування систем «розумного будинку»")],
     "bump": False},
    {"note": "a sentence on backups in the EU under martial law added to the storage section",
     "repl": [("| Дані для розсилки про обслуговування | до відкликання згоди |",
               "| Дані для розсилки про обслуговування | до відкликання згоди |\n\n"
               "На період воєнного стану резервні копії бази заявок і договорів щоденно зберігаються в зашифрованому "
               "вигляді на серверах у Європейському Союзі (Німеччина).")]},
    {"note": "call recordings kept 3 months instead of 6",
     "repl": [("| Записи телефонних розмов | 6 місяців |", "| Записи телефонних розмов | 3 місяці |")]},
    {"note": "Checkbox (software cash register) added to the recipients table",
     "repl": [("| АТ КБ «ПриватБанк» (LiqPay) | прийом онлайн-оплат | Україна |",
               "| АТ КБ «ПриватБанк» (LiqPay) | прийом онлайн-оплат | Україна |\n"
               "| ТОВ «Чекбокс» | програмний РРО, надсилання електронних чеків | Україна |")]},
    {"note": "office moved and phone number changed",
     "repl": [("@ 04073, м. Київ, вул. Кирилівська, 41, офіс 305\n@ Телефон: +380 44 334 18 20",
               "@ 04119, м. Київ, вул. Дегтярівська, 27Т, офіс 12\n@ Телефон: +380 44 334 18 77")]},
]

PROMOS = ["Безкоштовний виїзд інженера для замірів у Києві та області",
          "Ajax StarterKit з монтажем — знижка 10 % до кінця місяця",
          "Резервне живлення для вашої системи: зарядні станції EcoFlow та інвертори з монтажем",
          "Обслуговування охоронних систем — абонемент від 450 грн на місяць",
          "Розумне освітлення Shelly: проєкт у подарунок при монтажі",
          "Відеоспостереження для приватного будинку під ключ — від 3 днів"]

REC = {"title": 612345671, "text": [612345672, 612345674, 612345676], "table": [612345673, 612345675]}


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    last = p.get("published", C.epoch(when) - 86400 * 40)
    st["published"] = max(last + 3600, C.epoch(when) - rng.randint(3600, 86400 * 6))
    month = [when.year, when.month]
    # a new month, a new offer; within the month the managers sometimes swap it
    pm, ptext = p.get("promo", (None, None))
    text = C.keep_or(rng, ptext, 0.3 if pm == month else 1.0, lambda: rng.choice(PROMOS))
    st["promo"] = (month, text)
    # the zero-block's text element is re-created when the strip is re-done
    st["zero_elem"] = p["zero_elem"] if p and ptext == text else str(
        st["published"] * 1000 - rng.randint(10 ** 5, 10 ** 8))
    return st


LABELS = {"published": "Tilda republish stamps (?t=)", "promo": "zero-block promo strip (month's offer)",
          "zero_elem": "zero-block element ids"}


def gold_md(blocks):
    """Tilda's text blocks have no headings: the section titles are bold lines."""
    out = []
    for b in blocks:
        if b[0] in ("h2", "h3"):
            out.append(("p", "**%s**" % b[1]))
        else:
            out.append(b)
    return C.blocks_md(out, "https://domotekh.com.ua/privacy")


def _tilda_text(blocks):
    parts = []
    for kind, v in blocks:
        if kind in ("h2", "h3"):
            parts.append("<strong>%s</strong>" % C.inline_html(v))
        elif kind == "p":
            parts.append(C.inline_html(v))
        elif kind == "addr":
            parts.append("<br />".join(C.inline_html(x) for x in v))
        elif kind == "ul":
            parts.append("<ul>%s</ul>" % "".join("<li>%s</li>" % C.inline_html(x) for x in v))
        else:
            raise ValueError(kind)
    out = ""
    for k, p in enumerate(parts):
        if k:
            out += "" if (p.startswith("<ul>") or parts[k - 1].startswith("<ul>")) else "<br /><br />"
        out += p
    return out


def _table(v):
    head = "".join("<th>%s</th>" % C.inline_html(x) for x in v[0])
    rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r) for r in v[1:])
    return '<table class="dt-table"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (head, rows)


def render(st, blocks, when):
    t = st["published"]
    title, edition = blocks[0][1], blocks[1][1]
    rest = blocks[2:]
    groups, cur = [], []
    for b in rest:
        if b[0] == "table":
            groups.append(("text", cur))
            groups.append(("table", b))
            cur = []
        else:
            cur.append(b)
    groups.append(("text", cur))
    recs = []
    ti = xi = 0
    for kind, g in groups:
        if kind == "text":
            rid = REC["text"][xi]
            xi += 1
            recs.append('<div id="rec%d" class="r t-rec t-rec_pt_15 t-rec_pb_15" style="padding-top:15px;padding-bottom:15px; " '
                        'data-record-type="106" ><!-- T004 --><div class="t004"><div class="t-container "><div class="t-col '
                        't-col_8 t-prefix_2"><div field="text" class="t-text t-text_md ">%s</div></div></div></div></div>'
                        % (rid, _tilda_text(g)))
        else:
            rid = REC["table"][ti]
            ti += 1
            recs.append('<div id="rec%d" class="r t-rec t-rec_pt_15 t-rec_pb_15" style="padding-top:15px;padding-bottom:15px; " '
                        'data-record-type="131" ><!-- T123 --><div class="t123"><div class="t-container_100 "><div '
                        'class="t-width t-width_8 t123__centered-column"><!-- nominify begin -->%s<!-- nominify end -->'
                        '</div></div></div></div>' % (rid, _table(g[1])))
    body = "\n".join(recs)
    ze = st["zero_elem"]
    return """<!DOCTYPE html> <html lang="uk"> <head> <meta charset="utf-8" /> <meta http-equiv="Content-Type" content="text/html; charset=utf-8" /> <meta name="viewport" content="width=device-width, initial-scale=1.0" /> <!--metatextblock--> <title>Політика конфіденційності — ДомоТех</title> <meta name="description" content="Як ДомоТех обробляє персональні дані клієнтів" /> <meta property="og:url" content="https://domotekh.com.ua/privacy" /> <meta property="og:title" content="Політика конфіденційності — ДомоТех" /> <meta property="og:description" content="Як ДомоТех обробляє персональні дані клієнтів" /> <meta property="og:type" content="website" /> <link rel="canonical" href="https://domotekh.com.ua/privacy"> <!--/metatextblock--> <meta name="format-detection" content="telephone=no" /> <meta http-equiv="x-dns-prefetch-control" content="on"> <link rel="dns-prefetch" href="https://ws.tildacdn.com"> <link rel="dns-prefetch" href="https://static.tildacdn.com"> <link rel="shortcut icon" href="https://static.tildacdn.com/tild3462-6631-4837-b439-356236653431/favicon.ico" type="image/x-icon" /> <!-- Assets --> <script src="https://neo.tildacdn.com/js/tilda-fallback-1.0.min.js" async charset="utf-8"></script> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css" type="text/css" media="all" onerror="this.loaderr='y';"/> <link rel="stylesheet" href="https://static.tildacdn.com/ws/project7654321/tilda-blocks-page41234567.min.css?t=%(t)d" type="text/css" media="all" onerror="this.loaderr='y';" /> <link rel="preconnect" href="https://fonts.gstatic.com"> <link href="https://fonts.googleapis.com/css2?family=Manrope:wght@300;400;500;600;700&display=swap" rel="stylesheet"> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-animation-2.0.min.css" type="text/css" media="all" onerror="this.loaderr='y';" /> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-menusub-1.0.min.css" type="text/css" media="print" onload="this.media='all';" onerror="this.loaderr='y';" /> <script nomodule src="https://static.tildacdn.com/js/tilda-polyfill-1.0.min.js" charset="utf-8"></script> <script type="text/javascript">function t_onReady(func) {if (document.readyState != 'loading') {func();} else {document.addEventListener('DOMContentLoaded', func);}}
function t_onFuncLoad(funcName, okFunc, time) {if (typeof window[funcName] === 'function') {okFunc();} else {setTimeout(function() {t_onFuncLoad(funcName, okFunc, time);},(time || 100));}}</script> <script src="https://static.tildacdn.com/js/jquery-1.10.2.min.js" charset="utf-8" onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-scripts-3.0.min.js" charset="utf-8" defer onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/ws/project7654321/tilda-blocks-page41234567.min.js?t=%(t)d" charset="utf-8" onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-lazyload-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-zero-1.1.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-menusub-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-events-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script type="text/javascript">window.dataLayer = window.dataLayer || [];</script> <style>.dt-table{width:100%%;border-collapse:collapse;font-family:'Manrope',Arial,sans-serif;font-size:16px;line-height:1.5;color:#1d2330}.dt-table th,.dt-table td{border:1px solid #dfe3ea;padding:10px 12px;text-align:left;vertical-align:top}.dt-table th{background:#f3f6fa}</style> <!-- Google Tag Manager --> <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-W3N8CQ4');</script> <!-- End Google Tag Manager --> <script type="text/javascript">(function(d, w, s) { var widgetHash = 'k2f7pq9xw4mlz8r1cd5v', gcw = d.createElement(s); gcw.type = 'text/javascript'; gcw.async = true; gcw.src = '//widgets.binotel.com/getcall/widgets/'+ widgetHash +'.js'; var sn = d.getElementsByTagName(s)[0]; sn.parentNode.insertBefore(gcw, sn); })(document, window, 'script');</script> </head> <body class="t-body" style="margin:0;"> <!-- Google Tag Manager (noscript) --> <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-W3N8CQ4" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript> <!-- End Google Tag Manager (noscript) --> <!--allrecords--> <div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="7654321" data-tilda-page-id="41234567" data-tilda-page-alias="privacy" data-tilda-formskey="b81f3c0e2a9d47c5a6e1f0d3c7b24e98" data-tilda-lazy="yes" data-tilda-root-zone="com" data-tilda-project-headcode="yes"> <!--header--> <header id="t-header" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="7654321" data-tilda-page-id="41230001" data-tilda-formskey="b81f3c0e2a9d47c5a6e1f0d3c7b24e98" data-tilda-lazy="yes" data-tilda-root-zone="com"> <div id="rec612300011" class="r t-rec" style=" " data-animationappear="off" data-record-type="257" > <!-- T228 --> <div id="nav612300011marker"></div> <div class="tmenu-mobile" > <div class="tmenu-mobile__container"> <div class="tmenu-mobile__text t-name t-name_md" field="menu_mob_title">ДомоТех</div> <button type="button" class="t-menuburger t-menuburger_first " aria-label="Навігаційне меню" aria-expanded="false"> <span style="background-color:#1d2330;"></span> <span style="background-color:#1d2330;"></span> <span style="background-color:#1d2330;"></span> <span style="background-color:#1d2330;"></span> </button> </div> </div> <div id="nav612300011" class="t228 t228__positionfixed " style="background-color: rgba(255,255,255,1); height:80px; " data-bgcolor-hex="#ffffff" data-bgcolor-rgba="rgba(255,255,255,1)" data-navmarker="nav612300011marker" data-appearoffset="" data-bgopacity-two="" data-menushadow="" data-menushadow-css="" data-bgopacity="1" data-menu-items-align="center" data-menu="yes"> <div class="t228__maincontainer " style="height:80px;"> <div class="t228__padding40px"></div> <div class="t228__leftside"> <div class="t228__leftcontainer"> <a href="/" class="t228__imgwrapper"><img class="t228__imglogo t228__imglogomobile" src="https://static.tildacdn.com/tild6638-3261-4132-a465-663365393863/domotekh_logo.svg" imgfield="img" style="max-width: 160px; width: 160px; min-width: 160px; height: auto; display: block;" alt="ДомоТех"></a> </div> </div> <div class="t228__centerside "> <nav class="t228__centercontainer"> <ul role="list" class="t228__list t-menu__list"> <li class="t228__list_item" style="padding:0 15px 0 0;"> <a class="t-menu__link-item" href="/smart-home" data-menu-submenu-hook="" data-menu-item-number="1">Розумний будинок</a> </li><li class="t228__list_item" style="padding:0 15px;"> <a class="t-menu__link-item" href="/security" data-menu-submenu-hook="" data-menu-item-number="2">Охоронні системи</a> </li><li class="t228__list_item" style="padding:0 15px;"> <a class="t-menu__link-item" href="/cctv" data-menu-submenu-hook="" data-menu-item-number="3">Відеоспостереження</a> </li><li class="t228__list_item" style="padding:0 15px;"> <a class="t-menu__link-item" href="/energy" data-menu-submenu-hook="" data-menu-item-number="4">Резервне живлення</a> </li><li class="t228__list_item" style="padding:0 15px;"> <a class="t-menu__link-item" href="/portfolio" data-menu-submenu-hook="" data-menu-item-number="5">Наші об'єкти</a> </li><li class="t228__list_item" style="padding:0 0 0 15px;"> <a class="t-menu__link-item" href="/contacts" data-menu-submenu-hook="" data-menu-item-number="6">Контакти</a> </li> </ul> </nav> </div> <div class="t228__rightside"> <div class="t228__rightcontainer"> <div class="t228__right_descr" field="descr"><a href="tel:+380443341820" style="color:#1d2330;">+380 44 334 18 20</a></div> <div class="t228__right_buttons"><div class="t228__right_buttons_wrap"><div class="t228__right_buttons_but"><a href="#popup:zayavka" target="" class="t-btn t-btn_md " style="color:#ffffff;background-color:#1f6feb;border-radius:8px; -moz-border-radius:8px; -webkit-border-radius:8px;" data-buttonfieldset="button"><table role="presentation" style="width:100%%; height:100%%;"><tr><td>Замовити консультацію</td></tr></table></a></div></div></div> </div> </div> <div class="t228__padding40px"></div> </div> </div> </div> </header> <!--/header--> <div id="rec612345660" class="r t-rec" style=" " data-animationappear="off" data-record-type="396" > <!-- T396 --> <style>#rec612345660 .t396__artboard {height: 64px; background-color: #1f6feb;}#rec612345660 .t396__filter {height: 64px;}#rec612345660 .t396__carrier{height: 64px;background-position: center center;background-attachment: scroll;background-size: cover;background-repeat: no-repeat;}#rec612345660 .tn-elem[data-elem-id="%(ze)s"]{color:#ffffff;z-index:3;top:20px;left:calc(50%% - 600px + 20px);width:1160px;}</style> <div class='t396'><div class="t396__artboard" data-artboard-recid="612345660" data-artboard-screens="320,480,640,960,1200" data-artboard-height="64" data-artboard-valign="center" data-artboard-upscale="grid"><div class="t396__carrier" data-artboard-recid="612345660"></div><div class="t396__filter" data-artboard-recid="612345660"></div><div class='t396__elem tn-elem tn-elem__612345660%(ze)s' data-elem-id='%(ze)s' data-elem-type='text' data-field-top-value="20" data-field-left-value="20" data-field-width-value="1160" data-field-axisy-value="top" data-field-axisx-value="left" data-field-container-value="grid" data-field-topunits-value="px" data-field-leftunits-value="px" data-field-widthunits-value="px"><div class='tn-atom'field='tn_text_%(ze)s'><a href="#popup:zayavka" style="color: inherit">%(promo)s →</a></div></div></div></div> <script>t_onReady(function () {t_onFuncLoad('t396_init', function () {t396_init('612345660');});});</script> </div>
<div id="rec%(rt)d" class="r t-rec t-rec_pt_75 t-rec_pb_15" style="padding-top:75px;padding-bottom:15px; " data-record-type="30" > <!-- T015 --> <div class="t015"> <div class="t-container t-align_left"> <div class="t-col t-col_8 t-prefix_2"> <h1 class="t015__title t-title t-title_lg" field="title">%(title)s</h1> <div class="t015__descr t-descr t-descr_md" field="descr">%(edition)s</div> </div> </div> </div> </div>
%(body)s
<div id="rec612345690" class="r t-rec t-rec_pt_60 t-rec_pb_60" style="padding-top:60px;padding-bottom:60px;background-color:#1d2330; " data-record-type="345" data-bg-color="#1d2330"> <!-- T345 --> <div class="t345" id="footer_612345690"> <div class="t345-wrapper"> <div class="t345-container t-container"> <div class="t345-col t-col t-col_12"> <div class="t345-content" style="height:80px;"> <div class="t345-text t-descr t-descr_xxs" field="text" style="color:#ffffff;">© 2019–%(year)d ДомоТех. Проєктування та монтаж систем розумного будинку в Києві.<br />ТОВ «ДОМОТЕХ СИСТЕМС» · <a href="/privacy" style="color:#ffffff;">Політика конфіденційності</a> · <a href="/oferta" style="color:#ffffff;">Публічна оферта</a></div> <div class="t345-socials"> <div class="t-sociallinks"> <ul role="list" class="t-sociallinks__wrapper" aria-label="Соціальні мережі"> <li class="t-sociallinks__item t-sociallinks__item_facebook"><a href="https://www.facebook.com/domotekh.ua" target="_blank" rel="nofollow" aria-label="facebook">Facebook</a></li><li class="t-sociallinks__item t-sociallinks__item_instagram"><a href="https://www.instagram.com/domotekh.ua" target="_blank" rel="nofollow" aria-label="instagram">Instagram</a></li><li class="t-sociallinks__item t-sociallinks__item_telegram"><a href="https://t.me/domotekh" target="_blank" rel="nofollow" aria-label="telegram">Telegram</a></li> </ul> </div> </div> </div> </div> </div> </div> </div> </div>
<div id="rec612345699" class="r t-rec" style=" " data-animationappear="off" data-record-type="657" > <!-- T657 --> <div class="t657 t657_hidden t657_showtopbtn" data-storage-item="t657cookiename_612345699_1" style="bottom:0px;"> <div class="t657__wrapper" style="background-color:#ffffff; "> <div class="t657__text t-descr t-descr_xxs" field="text">Ми використовуємо файли cookie, щоб сайт працював коректно, та для аналітики. Докладніше — у <a href="/privacy">Політиці конфіденційності</a>.</div> <div class="t657__btn-wrapper"><button class="t657__btn t-btn t-btn_sm" type="button" style="color:#ffffff;background-color:#1f6feb;border-radius:6px;">Погоджуюсь</button></div> </div> </div> <script type="text/javascript">t_onReady(function () {t_onFuncLoad('t657_init', function () {t657_init('612345699');});});</script> </div>
</div> <!--/allrecords--> <!-- Stat --> <script type="text/javascript">if (! window.mainTracker) { window.mainTracker = 'tilda'; }
setTimeout(function(){ (function (d, w, k, o, g) { var n=d.getElementsByTagName(o)[0],s=d.createElement(o),f=function(){n.parentNode.insertBefore(s,n);}; s.type = "text/javascript"; s.async = true; s.key = k; s.id = "tildastatscript"; s.src=g; if (w.opera=="[object Opera]") {d.addEventListener("DOMContentLoaded", f, false);} else { f(); } })(document, window, 'c4a1e6b9d2f07835e1a9c6d4b2f8e037','script','https://static.tildacdn.com/js/tilda-stat-1.0.min.js'); }, 2000);</script> </body> </html>""" % {
        "t": t, "ze": ze, "promo": html.escape(st["promo"][1]), "rt": REC["title"], "title": html.escape(title),
        "edition": html.escape(edition), "body": body, "year": when.year}


PAGE = {
    "service": "DomoTekh",
    "url": "https://domotekh.com.ua/privacy",
    "lang": "uk",
    "platform": "Tilda",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "nginx"), ("X-Tilda-Server", "20"), ("X-Tilda-Imprint", "1"),
                      ("Cache-Control", "public, max-age=0, must-revalidate"), ("Vary", "Accept-Encoding")],
    "n": 28,
    "start": dt.date(2023, 2, 6),
    "end": dt.date(2025, 10, 15),
    "hours": (3, 15),
    "policy": POLICY,
    "first_updated": dt.date(2022, 11, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "gold_md": gold_md,
    "declaration": {"fetch": "https://domotekh.com.ua/privacy",
                    "select": ["#rec%d" % REC["title"]] + ["#rec%d" % r for r in sorted(REC["text"] + REC["table"])]},
}
