"""FC Strandzha Burgas (ФК Странджа Бургас) - bg football club (Vtora liga, academy, fan card, shop) - WordPress with
tagDiv's Newspaper theme and the Advanced Ads plugin, which injects the sponsor banner after the third block of the
page content (inside the selected .td-page-content)."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ckit as K  # noqa: E402
from ckit import C  # noqa: E402

URL = "https://fcstrandzha.bg/politika-za-poveritelnost/"
WEEKDAYS = ["понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя"]


def fmt_date(d):
    return "%02d.%02d.%d г." % (d.day, d.month, d.year)


POLICY = """
Последна актуализация: {UPDATED}

Футболен клуб „Странджа“ Бургас (наричан по-долу „Клубът“) уважава правото на неприкосновеност на личния живот на своите членове, картотекирани състезатели, родители на деца от детско-юношеската школа, фенове и посетители на сайта. Тази политика описва как обработваме ваште лични данни в съответствие с Регламент (ЕС) 2016/679 (ОРЗД) и Закона за защита на личните данни.

## 1. Администратор на лични данни

@ Футболен клуб „Странджа“ Бургас
@ ЕИК 102849371
@ гр. Бургас 8000, ул. „Александровска“ № 88
@ Телефон: 056 842 190
@ Имейл: [office@fcstrandzha.bg](mailto:office@fcstrandzha.bg)

Длъжностното лице по защита на данните е Иван Петров, с когото можете да се свържете на [dpo@fcstrandzha.bg](mailto:dpo@fcstrandzha.bg).

## 2. Какви данни обработваме

- имена, ЕГН, дата на раждане и адрес на картотекираните състезатели;
- данни за родител или настойник на състезател под 18 години;
- медицински данни, необходими за картотекиране в Българския футболен съюз;
- имейл адрес и телефон на абонатите на клубния бюлетин;
- данни за поръчки от онлайн магазина на Клуба;
- видеозаписи от системата за видеонаблюдение на стадиона.

## 3. Цели и правни основания

Обработваме данните на състезателите, за да ги картотекираме в Българския футболен съюз и да организираме тренировъчния и състезателния процес (законово задължение и изпълнение на договор). Данните на купувачите от онлайн магазина използваме за изпълнение на поръчките. Бюлетинът изпращаме само с ваше съгласие. Видеонаблюдението на стадиона се извършва съгласно Закона за опазване на обществения ред при провеждането на спортни мероприятия.

## 4. Получатели

Клубът предоставя данни на Българския футболен съюз, на органите на Министерството на вътрешните работи при поискване и на следните обработващи лични данни:

| Обработващ | Услуга |
| СуперХостинг.БГ ЕООД | хостинг на сайта |
| Борика АД | обработка на плащания с карти |
| Еконт Експрес ООД | доставка на поръчки |

## 5. Срок на съхранение

Данните на състезателите се съхраняват до прекратяване на картотеката им и 5 години след това. Счетоводните документи се пазят 10 години съгласно Закона за счетоводството. Видеозаписите се съхраняват 30 дни, освен ако не са необходими за разследване на инцидент.

## 6. Деца

Данните на децата от детско-юношеската школа събираме от техните родители или настойници, които подписват декларация за съгласие при записването. Снимки на деца публикуваме в сайта и в социалните мрежи на Клуба само с изричното съгласие на родител, което може да бъде оттеглено по всяко време.

## 7. Бисквитки

Сайтът използва задължителни бисквитки, необходими за неговото функциониране, и, след ваше съгласие, аналитични бисквитки на Google Analytics и рекламни бисквитки на Meta. Можете да промените избора си по всяко време чрез бутона „Настройки на бисквитките“ в долната част на страницата.

## 8. Сигурност

Прилагаме подходящи технически и организационни мерки, за да защитим личните данни от неразрешен достъп, загуба или унищожаване. Достъп до картотеката на състезателите имат само упълномощени служители на Клуба.

## 9. Вашите права

Имате право на достъп, коригиране, изтриване, ограничаване на обработването, преносимост на данните и право на възражение. Можете да оттеглите съгласието си по всяко време. Имате право да подадете жалба до [Комисията за защита на личните данни](https://www.cpdp.bg).

## 10. Промени в политиката

Клубът може да променя тази политика. Актуалната версия е публикувана на тази страница, като датата на последната промяна е посочена в началото ѝ.
"""

EDITS = [
    {"note": "processor table: new row (Speedy AD, second courier for the club shop)",
     "repl": [("| Еконт Експрес ООД | доставка на поръчки |",
               "| Еконт Експрес ООД | доставка на поръчки |\n| Спиди АД | доставка на поръчки |")]},
    {"note": "typo fixed without a new date: 'ваште' -> 'вашите'", "bump": False,
     "repl": [("как обработваме ваште лични данни", "как обработваме вашите лични данни")]},
    {"note": "new paragraph: fan card (фен карта) data for ticket purchases",
     "repl": [("Бюлетинът изпращаме само с ваше съгласие.",
               "Бюлетинът изпращаме само с ваше съгласие.\n\nЗа закупуване на билети за мачовете на Клуба е"
               " необходима фен карта. При издаването ѝ обработваме имена, дата на раждане, снимка и номер на"
               " документ за самоличност, за да изпълним изискванията на Закона за опазване на обществения ред при"
               " провеждането на спортни мероприятия. Данните от фен картата се съхраняват до нейното"
               " закриване.")]},
    {"note": "data protection officer changed (Ivan Petrov -> Gergana Dimitrova) and phone number changed",
     "repl": [("е Иван Петров, с когото", "е Гергана Димитрова, с която"),
              ("@ Телефон: 056 842 190", "@ Телефон: 056 842 205")]},
    {"note": "CCTV retention extended from 30 to 60 days",
     "repl": [("Видеозаписите се съхраняват 30 дни,", "Видеозаписите се съхраняват 60 дни,")]},
]

SPONSORS = [("efbet", "Официален спонсор на ФК Странджа"), ("WINBET", "Генерален спонсор на детско-юношеската школа"),
            ("Palms Bet", "Официален партньор за сезона"), ("Бургаско пиво", "Бирата на феновете"),
            ("Пристанище Бургас", "Партньор на клуба")]
POSTS = ["Странджа победи Марица с 2:0", "Картотекирахме трима нови футболисти", "Програма на младежките отбори",
         "Билетите за дербито са в продажба", "Треньорът: Трябва да сме по-концентрирани", "Нови екипи за сезона",
         "Юношите U17 спечелиха турнира в Созопол", "Отчетно събрание на клуба", "Равенство в Ловеч",
         "Стадионът с ново осветление"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["uids"] = tuple(C.hexs(rng, 3) for _ in range(4))
    s["sponsor"] = rng.randrange(len(SPONSORS))
    s["adid"] = str(rng.randint(10**9, 2 * 10**9))
    s["weather"] = rng.randint(-3, 12) + (14 if when.month in (5, 6, 7, 8, 9) else 0)
    s["posts"] = C.keep_or(rng, prev.get("posts"), 0.7, lambda: tuple(rng.sample(range(len(POSTS)), 4)))
    s["ver"] = K.deploy(rng, prev.get("ver"), 0.2, lambda: rng.choice(["11.5.1", "12.1", "12.3", "12.6.1", "12.6.6"]))
    return s


LABELS = {"uids": "Newspaper block uids (tdi_NN_xxx) per render", "sponsor": "Advanced Ads sponsor banner "
          "(INSIDE content, removed)", "adid": "Advanced Ads wrapper id (INSIDE content, removed)",
          "weather": "top bar weather widget", "posts": "'Последни новини' block", "ver": "Newspaper theme ?ver",
          "date": "top bar date (td_data_time)"}


def render(s, blocks, when):
    u = s["uids"]
    t, _ = K.local(when, "bg")
    s["date"] = t.date()
    sp, cap = SPONSORS[s["sponsor"]]
    ad = ('<div class="fcs-content fcs-entity-placement" id="fcs-%s" style="margin-top:15px;margin-bottom:15px;'
          'text-align:center;"><a href="https://fcstrandzha.bg/go/%s" rel="sponsored noopener" target="_blank">'
          '<img src="https://fcstrandzha.bg/wp-content/uploads/2023/07/banner-%s-728x90.jpg" width="728" height="90"'
          ' alt="%s"></a><p class="fcs-caption">%s · 18+ Играй отговорно</p></div>'
          % (s["adid"], C.det_sha(sp)[:6], C.det_sha("b", sp)[:8], C.attr(sp), C.esc(cap)))
    parts = [C.render_blocks([b]) for b in blocks]
    parts.insert(3, ad)
    posts = "".join('<div class="td_module_flex td_module_flex_1 td_module_wrap td-animation-stack"><div '
                    'class="td-module-container td-category-pos-"><div class="td-module-meta-info"><h3 class="entry-'
                    'title td-module-title"><a href="https://fcstrandzha.bg/%d/" rel="bookmark" title="%s">%s</a>'
                    '</h3><div class="td-editor-date"><span class="td-post-date"><time class="entry-date updated '
                    'td-module-date" datetime="%s">%s</time></span></div></div></div></div>'
                    % (5000 + k * 13, C.attr(POSTS[k]), C.esc(POSTS[k]),
                       (when - dt.timedelta(days=2 + 5 * n)).strftime("%Y-%m-%dT18:00:00+02:00"),
                       fmt_date((when - dt.timedelta(days=2 + 5 * n)).date())) for n, k in enumerate(s["posts"]))
    return ('<!doctype html >\n<html lang="bg-BG">\n<head>\n<title>Политика за поверителност | ФК Странджа Бургас'
            '</title>\n<meta charset="UTF-8" />\n<meta name="viewport" content="width=device-width, initial-scale=1.0">'
            '\n<link rel="stylesheet" id="td-theme-css" href="https://fcstrandzha.bg/wp-content/themes/Newspaper/style.'
            'css?ver=%s" type="text/css" media="all" />\n'
            '<script>var tdBlocksArray = []; var block_tdi_%d_%s = new tdBlock(); block_tdi_%d_%s.id = "tdi_%d_%s";'
            ' tdBlocksArray.push(block_tdi_%d_%s);</script>\n</head>\n'
            '<body class="privacy-policy page-template-default page page-id-3 td-standard-pack global-block-template-1'
            ' td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">\n'
            '<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>\n'
            '<div id="td-outer-wrap" class="td-theme-wrap">\n<div class="tdc-header-wrap ">\n'
            '<div class="td-header-wrap td-header-style-1 "><div class="td-header-top-menu-full td-container-wrap ">'
            '<div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1"><div '
            'class="td-header-sp-top-menu"><div class="td_data_time"><div>%s, %d %s %d</div></div><div '
            'class="td-weather-top-widget" id="td_top_weather_uid"><i class="td-icons clear-sky-d"></i><div '
            'class="td-weather-now" data-block-uid="td_top_weather_uid"><span class="td-big-degrees">%d</span>'
            '<span class="td-weather-unit">C</span></div><div class="td-weather-header"><div class="td-weather-city">'
            'Бургас</div></div></div></div></div></div></div>\n'
            '<div class="td-header-menu-wrap-full td-container-wrap "><div class="td-header-menu-wrap td-heade'
            'r-gradient'
            ' "><div class="td-container td-header-row td-header-main-menu"><div id="td-header-menu" role="navigation">'
            '<div class="menu-main-container"><ul id="menu-main-1" class="sf-menu"><li class="menu-item"><a href="/">'
            'Начало</a></li><li class="menu-item"><a href="/category/novini/">Новини</a></li><li class="menu-item">'
            '<a href="/otbor/">Отбор</a></li><li class="menu-item"><a href="/shkola/">ДЮШ</a></li><li class="menu-'
            'item"><a href="/fen-karta/">Фен карта</a></li><li class="menu-item"><a href="https://shop.fcstrandzha.'
            'bg/">Магазин</a></li></ul></div></div></div></div></div></div>\n</div>\n'
            '<div class="td-main-content-wrap td-container-wrap"><div class="td-container tdc-content-wrap">'
            '<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" '
            'href="https://fcstrandzha.bg/">Начало</a></span> <i class="td-icon-right td-bread-sep td-bred-no-'
            'url-last">'
            '</i> <span class="td-bred-no-url-last">Политика за поверителност</span></div></div>\n'
            '<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-'
            'content"><div class="td-page-header"><h1 class="entry-title td-page-title"><span>Политика за '
            'поверителност</span></h1></div>\n<div class="td-page-content tagdiv-type">\n%s\n</div></div></div>\n'
            '<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">'
            '<div class="td_block_wrap td_flex_block_1 tdi_%d_%s td-pb-border-top td_block_template_1 td_flex_block" '
            'data-td-block-uid="tdi_%d_%s"><div class="td-block-title-wrap"><h4 class="block-title td-block-title">'
            '<span class="td-pulldown-size">Последни новини</span></h4></div><div id="tdi_%d_%s" class="td_block_inner'
            ' td-mc1-wrap">%s</div></div></div></div></div></div></div>\n'
            '<div class="td-footer-page td-footer-container td-container-wrap"><div class="td-sub-footer-container">'
            '<div class="td-pb-row"><div class="td-pb-span-md-7 td-sub-footer-copy">&copy; %d ФК Странджа Бургас'
            '</div></div></div></div>\n</div>\n'
            '<script type="text/javascript" src="https://fcstrandzha.bg/wp-content/plugins/td-composer/legacy/'
            'Newspaper/'
            'js/tagdiv_theme.min.js?ver=%s" id="td-site-min-js"></script>\n</body>\n</html>\n'
            % (s["ver"], 31, u[0], 31, u[0], 31, u[0], 31, u[0],
               WEEKDAYS[t.weekday()].capitalize(), t.day, K.MONTHS["bg"][t.month - 1], t.year, s["weather"],
               "\n".join(parts), 44, u[1], 44, u[1], 46, u[2], posts, when.year, s["ver"]))


PAGE = {
    "service": "FC Strandzha Burgas", "url": URL, "lang": "bg-BG", "platform": "WordPress + Newspaper (tagDiv)",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 2, 14), "end": dt.date(2026, 4, 10), "hours": (6, 18),
    "policy": POLICY, "first_updated": dt.date(2021, 10, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".td-page-content"], "remove": [".fcs-entity-placement"]},
}
