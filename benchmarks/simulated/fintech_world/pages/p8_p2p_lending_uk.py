"""ГривняХаб (Ukrainian peer-to-peer lending platform) - uk - Tilda Publishing. The policy is spread over several
t-rec records (a title record, then a heading record and a text record per section, text as <br />-separated runs),
with nothing wrapping just them: the declaration is a range selector from the title record to the first record after
the policy. Republish timestamps on the Tilda CSS/JS, investor counters and average-yield figure in a zero block,
the martial-law notice (from 24 Feb 2022), a lead form with per-visit spec fields, cookie notice."""
import datetime as dt
import hashlib
import common as C

URL = "https://hryvniahub.com.ua/privacy"
MISIATSI = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
            "листопада", "грудня"]


def fmt_date(d):
    return "%d %s %d р." % (d.day, MISIATSI[d.month - 1], d.year)


POLICY = """
# Політика конфіденційності

Дата оновлення: {UPDATED}

Ця Політика конфіденційності визначає, як ТОВ «ГривняХаб Фінанс» (далі - «ГривняХаб», «ми») обробляє персональні дані інвесторів і позичальників, які користуються платформою однорангового кредитування ГривняХаб та мобільним застосунком.

## 1. Хто ми

ТОВ «ГривняХаб Фінанс» (код ЄДРПОУ 43871265) є фінансовою компанією, яка має ліцензію Національного банку України на надання коштів у позику, в тому числі на умовах фінансового кредиту. Ми є володільцем персональних даних, які обробляємо відповідно до Закону України «Про захист персональних даних».

## 2. Які дані ми збираємо

- прізвище, ім'я, по батькові, дата народження, РНОКПП та дані паспорта;
- номер телефону, адреса електронної пошти та адреса проживання;
- дані про місце роботи, дохід і кредитну історію;
- номери банківських карток і рахунків для зарахування та повернення коштів;
- дані про ваші інвестиції, позики, платежі та прострочення;
- технічні дані: IP-адреса, тип пристрою, файли cookie.

## 3. Мета обробки

Ми обробляємо персональні дані для ідентифікації та верифікації клієнтів, оцінки кредитоспроможності позичальників, укладення та виконання договорів позики й інвестування, запобігання шахрайству, виконання вимог законодавства у сфері фінансового моніторингу, а також для надсилання інформаційних повідомлень за вашою згодою.

## 4. Передача даних третім особам

Ми можемо передавати ваші дані:

- бюро кредитних історій (ПрАТ «УБКІ», ТОВ «ПВБКІ») для перевірки та формування кредитної історії;
- банкам-партнерам, які здійснюють перекази коштів;
- колекторським компаніям, внесеним до реєстру НБУ, у разі прострочення позики;
- Національному банку України, Державній службі фінансового моніторингу та іншим державним органам у випадках, передбачених законом.

## 5. Строк зберігання

Ми зберігаємо персональні дані протягом строку дії договору та 5 років після його припинення, якщо довший строк не вимагається законодавством. Дані осіб, які не уклали договір, видаляються через 1 рік після подання заявки.

## 6. Ваші права

Ви маєте право знати про джерела збирання та місцезнаходження своїх персональних даних, отримувати доступ до них, вимагати їх виправлення або знищення, відкликати згоду на обробку та оскаржувати дії щодо обробки до [Уповноваженого Верховної Ради України з прав людини](http://www.ombudsman.gov.ua) або до суду.

## 7. Контакти

@ ТОВ «ГривняХаб Фінанс»
@ 61002, м. Харків, вул. Сумська, 10, офіс 405
@ Email: [privacy@hryvniahub.com.ua](mailto:privacy@hryvniahub.com.ua)
@ Телефон: 0 800 33 44 55
"""

EDITS = [
    {"note": "sharing list: new bullet for Diia (Diia.Sharing) identity verification",
     "repl": [("- бюро кредитних історій", "- ДП «Дія» - для отримання копій ваших документів через сервіс «Дія.Шерінг» під час верифікації;\n- бюро кредитних історій")]},
    {"note": "contacts: registered address moved from Kharkiv to Lviv (relocation after February 2022)",
     "repl": [("@ 61002, м. Харків, вул. Сумська, 10, офіс 405", "@ 79008, м. Львів, вул. Городоцька, 36, офіс 12")]},
    {"note": "Ombudsman link target changed to https://ombudsman.gov.ua/ (date not bumped)", "bump": False,
     "repl": [("(http://www.ombudsman.gov.ua)", "(https://ombudsman.gov.ua/)")]},
    {"note": "new section on automated credit scoring inserted after section 3; later sections renumbered",
     "repl": [("## 4. Передача даних третім особам", "## 4. Автоматизована оцінка\n\nРішення про схвалення позики та її ліміт ухвалюється з використанням автоматизованої скорингової моделі, яка враховує вашу кредитну історію, дохід і платіжну поведінку на платформі. Ви можете звернутися до нас, щоб рішення переглянув працівник.\n\n## 5. Передача даних третім особам"),
              ("## 5. Строк зберігання", "## 6. Строк зберігання"), ("## 6. Ваші права", "## 7. Ваші права"), ("## 7. Контакти", "## 8. Контакти")]},
    {"note": "retention: data of non-customers kept 3 years instead of 1 (financial monitoring)",
     "repl": [("видаляються через 1 рік після подання заявки.", "видаляються через 3 роки після подання заявки.")]},
]

PAGE_ID = "41275309"
WAR = dt.datetime(2022, 2, 24)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["publish"] = C.keep_or(rng, prev.get("publish"), 0.3, lambda: int((when - dt.datetime(1970, 1, 1)).total_seconds()) - rng.randint(3600, 40 * 86400))
    days = (when - dt.datetime(2021, 1, 1)).days
    s["counters"] = (310_000_000 + days * 410_000 + rng.randint(0, 300_000), 8_400 + days * 9 + rng.randint(0, 8))
    s["yield"] = round(random_yield(when), 1)
    s["war"] = when >= WAR
    s["form"] = (C.alnum(rng, 16, "0123456789abcdef"), str(rng.randint(10 ** 12, 10 ** 13)))
    s["alerts"] = rng.random() < 0.25 and when >= WAR
    return s


def random_yield(when):
    import random
    return random.Random("hh-yield|%d|%d" % (when.year, when.month)).uniform(16.5, 23.0)


LABELS = {
    "publish": "Tilda republish timestamp (?t= on tilda-blocks css/js)",
    "counters": "zero-block counters (loans issued, investors)",
    "yield": "average investor yield figure (monthly)",
    "war": "martial-law operations notice record",
    "form": "lead form per-visit spec fields",
    "alerts": "air-raid alert notice in the martial-law record",
}


def tilda_text(blocks):
    out = []
    for kind, v in blocks:
        if kind == "p":
            out.append(C.inline_html(v, link=lambda u, t: '<a href="%s" style="color: rgb(0, 102, 255);">%s</a>' % (u, t)))
        elif kind == "ul":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % C.inline_html(x) for x in v))
        elif kind == "addr":
            out.append("<br />\n".join(C.inline_html(x) for x in v))
        else:
            raise ValueError(kind)
    return "<br />\n<br />\n".join(out)


def rec(rid, rtype, inner, extra=""):
    return '<div id="rec%s" class="r t-rec%s" style=" " data-animationappear="off" data-record-type="%s">\n%s\n</div>' % (rid, extra, rtype, inner)


def render(s, blocks, when):
    h = int(hashlib.sha1(repr(blocks).encode()).hexdigest()[:6], 16) % 5000
    t = s["publish"] + h
    head, secs = C.split_sections(blocks)
    recs = [rec("512340011", "30", '<!-- T017 -->\n<div class="t017"><div class="t-container t-align_left"><div class="t-col t-col_10 t-prefix_1">'
                '<h1 class="t017__title t-title t-title_xs" field="title">%s</h1></div></div></div>' % head[0][1], " t-rec_pt_75 t-rec_pb_15"),
            rec("512340012", "106", '<!-- T004 -->\n<div class="t004"><div class="t-container "><div class="t-col t-col_8 t-prefix_2">'
                '<div field="text" class="t-text t-text_md ">%s</div></div></div></div>' % tilda_text(head[1:]), " t-rec_pt_15 t-rec_pb_30")]
    for title, bl in secs:
        # Tilda keeps a record's id when blocks are added around it: ids follow the section, not its position
        key = title.split(". ", 1)[-1]
        rid = 512310000 + int(hashlib.sha1(key.encode()).hexdigest()[:8], 16) % 20000 * 2
        recs.append(rec(str(rid), "30", '<!-- T030 -->\n<div class="t030"><div class="t-container t-align_left"><div class="t-col t-col_8 t-prefix_2">'
                        '<h2 class="t030__title t-title t-title_xxs" field="title">%s</h2></div></div></div>' % C.inline_html(title), " t-rec_pt_30 t-rec_pb_0"))
        recs.append(rec(str(rid + 1), "106", '<!-- T004 -->\n<div class="t004"><div class="t-container "><div class="t-col t-col_8 t-prefix_2">'
                        '<div field="text" class="t-text t-text_md ">%s</div></div></div></div>' % tilda_text(bl), " t-rec_pt_15 t-rec_pb_15"))
    loans, investors = s["counters"]
    zero = rec("512349901", "396", '<!-- T396 -->\n<div class="t396"><div class="t396__artboard" data-artboard-recid="512349901" data-artboard-height="420">'
               '<div class="t396__elem tn-elem tn-elem__5123499011680000000001" data-elem-type="text"><div class="tn-atom" field="tn_text_1680000000001">Видано позик на ₴ %s</div></div>'
               '<div class="t396__elem tn-elem tn-elem__5123499011680000000002" data-elem-type="text"><div class="tn-atom" field="tn_text_1680000000002">%s інвесторів уже з нами</div></div>'
               '<div class="t396__elem tn-elem tn-elem__5123499011680000000003" data-elem-type="text"><div class="tn-atom" field="tn_text_1680000000003">Середня дохідність %s%% річних*</div></div>'
               '<div class="t396__elem tn-elem tn-elem__5123499011680000000004" data-elem-type="text"><div class="tn-atom" field="tn_text_1680000000004">*Дохідність у минулому не гарантує дохідності в майбутньому. Інвестування пов\'язане з ризиком неповернення позик.</div></div>'
               '</div></div>' % ("{:,}".format(loans).replace(",", " "), "{:,}".format(investors).replace(",", " "), ("%.1f" % s["yield"]).replace(".", ",")))
    form = rec("512349902", "678", '<!-- T678 -->\n<div class="t678"><div class="t-section__container t-container"><div class="t-col t-col_12"><div class="t-section__title t-title t-title_xs">Залишились питання?</div></div></div>'
               '<form id="form512349902" name="form512349902" role="form" action="" method="POST" data-formactiontype="2" data-inputbox=".t-input-group" class="t-form js-form-proccess t-form_inputs-total_2" data-success-callback="t678_onSuccess">'
               '<input type="hidden" name="formservices[]" value="8d1f0c9b2a3e4f5a6b7c8d9e0f1a2b3c" class="js-formaction-services">'
               '<input type="hidden" name="tildaspec-formname" tabindex="-1" value="Cart"><input type="hidden" name="tildaspec-referer" value="%s">'
               '<input type="hidden" name="tildaspec-formskey" value="%s"><input type="hidden" name="tildaspec-version-lib" value="1.0">'
               '<div class="t-input-group t-input-group_nm"><label class="t-input-title t-descr t-descr_md">Ім\'я</label><input type="text" name="Name" class="t-input js-tilda-rule"></div>'
               '<div class="t-input-group t-input-group_ph"><label class="t-input-title t-descr t-descr_md">Телефон</label><input type="tel" name="Phone" class="t-input js-tilda-rule js-tilda-mask" data-tilda-mask="+380 (99) 999-99-99"></div>'
               '<button type="submit" class="t-submit" data-field="buttontitle">Надіслати</button></form></div>' % (s["form"][1], s["form"][0]))
    apps = rec("512349903", "1004", '<div class="t-container"><div class="t-col t-col_6"><a href="https://apps.apple.com/ua/app/hryvniahub/id1523456789" target="_blank"><img src="https://static.tildacdn.com/tild3962-3166-4134-b532-353836646230/app-store-ua.svg" alt="App Store"></a>'
               '<a href="https://play.google.com/store/apps/details?id=ua.hryvniahub.app" target="_blank"><img src="https://static.tildacdn.com/tild6135-6335-4161-a565-636233613361/google-play-ua.svg" alt="Google Play"></a></div></div>')
    footer = rec("512349999", "121", '<div class="t-container"><div class="t-col t-col_12"><div class="t-text t-text_xs">ТОВ «ГривняХаб Фінанс», код ЄДРПОУ 43871265. Ліцензія НБУ на надання коштів у позику, в тому числі на умовах фінансового кредиту. '
                 'Відомості щодо фінансової установи розміщені у <a href="https://bank.gov.ua/ua/supervision/registers">Державному реєстрі фінансових установ</a>.<br />\n© %d ГривняХаб</div></div></div>' % when.year)
    war = ""
    if s["war"]:
        war = rec("512340002", "131", '<div class="t-container"><div class="t-col t-col_12"><div class="t-text t-text_sm" style="background:#ffd500;">'
                  'Ми працюємо у штатному режимі в умовах воєнного стану. Виплати інвесторам здійснюються відповідно до графіка.%s</div></div></div>'
                  % (" Під час повітряної тривоги відповіді служби підтримки можуть затримуватися." if s["alerts"] else ""))
    header = rec("512340001", "228", '<!-- T228 -->\n<div id="nav512340001marker"></div><div class="t228__mobile"><div class="t228__mobile_container"><div class="t228__mobile_text t-name t-name_md" field="menu_mob_title">ГривняХаб</div></div></div>'
                 '<div id="nav512340001" class="t228 t228__positionfixed"><div class="t228__maincontainer"><div class="t228__leftside"><a href="/"><img src="https://static.tildacdn.com/tild3432-6431-4638-b265-393339323338/logo-hh.svg" class="t228__imglogo" imgfield="img" alt="ГривняХаб"></a></div>'
                 '<div class="t228__centerside"><nav class="t228__centercontainer"><ul class="t228__list"><li class="t228__list_item"><a class="t-menu__link-item" href="/investors">Інвесторам</a></li>'
                 '<li class="t228__list_item"><a class="t-menu__link-item" href="/borrowers">Позичальникам</a></li><li class="t228__list_item"><a class="t-menu__link-item" href="/faq">Питання</a></li></ul></nav></div>'
                 '<div class="t228__rightside"><a href="https://my.hryvniahub.com.ua" class="t-btn">Особистий кабінет</a></div></div></div>')
    cookie = rec("512349998", "886", '<div class="t886 t886_closed"><div class="t886__wrapper"><div class="t886__text t-descr t-descr_xxs">Ми використовуємо файли cookie. <a href="/cookies">Детальніше</a></div><button class="t886__btn t-btn">OK</button></div></div>')
    body = "\n".join([header] + ([war] if war else []) + recs + [zero, form, apps, footer, cookie])
    return ('<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" /><!--metatextblock--><title>Політика конфіденційності | ГривняХаб</title>'
            '<meta property="og:url" content="%s" /><link rel="canonical" href="%s"><!--/metatextblock-->'
            '<meta name="format-detection" content="telephone=no" /><link rel="dns-prefetch" href="https://ws.tildacdn.com">'
            '<link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css" type="text/css" media="all" onerror="this.loaderr=\'y\';"/>'
            '<link rel="stylesheet" href="/tilda-blocks-page%s.min.css?t=%d" type="text/css" media="all" onerror="this.loaderr=\'y\';" />'
            '<script src="https://static.tildacdn.com/js/tilda-scripts-3.0.min.js" charset="utf-8" defer onerror="this.loaderr=\'y\';"></script>'
            '<script src="/tilda-blocks-page%s.min.js?t=%d" charset="utf-8" async onerror="this.loaderr=\'y\';"></script>'
            '</head><body class="t-body" style="margin:0;"><!--allrecords-->\n<div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" '
            'data-tilda-project-id="6123457" data-tilda-page-id="%s" data-tilda-page-alias="privacy" data-tilda-formskey="%s" data-tilda-lazy="yes" data-tilda-root-zone="com">\n%s\n</div>\n'
            '<!--/allrecords--><script type="text/javascript">window.dataLayer = window.dataLayer || [];</script>'
            '<script type="text/javascript">if (! window.mainTracker) { window.mainTracker = \'tilda\'; }</script></body></html>\n'
            % (URL, URL, PAGE_ID, t, PAGE_ID, t, PAGE_ID, s["form"][0], body))


PAGE = {
    "service": "HryvniaHub", "url": URL, "lang": "uk", "platform": "Tilda Publishing",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("X-Tilda-Server", "14")),
    "n": 30, "start": dt.date(2021, 4, 20), "end": dt.date(2026, 5, 20), "hours": (5, 8, 17),
    "policy": POLICY, "first_updated": dt.date(2020, 11, 30), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [{"startBefore": "#rec512340011", "endBefore": "#rec512349901"}]},
}
