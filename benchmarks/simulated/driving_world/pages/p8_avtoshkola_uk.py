"""Автошкола «Кермо» - uk driving school - 1C-Bitrix (site management edition) until July 2023, then rebuilt on
WordPress + Astra (block editor) behind Cloudflare (declaration history). The 'next groups' list (a Bitrix news.list
component after the text, then a shortcode at the end of the page content) is INSIDE the selected region in both
designs and removed by the declaration."""
import datetime as dt

import common as C
import dwkit as K

URL = "https://kermo.com.ua/polityka-konfidentsiinosti/"
BASE = "https://kermo.com.ua"
REBUILD = dt.datetime(2023, 7, 24, 0, 0, 0)
MISIATSI = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
            "листопада", "грудня"]


def fmt_date(d):
    return "%d %s %d р." % (d.day, MISIATSI[d.month - 1], d.year)


POLICY = """
Дата останнього оновлення: {UPDATED}

Ця Політика конфіденційності визначає порядок обробки та захисту персональних даних слухачів, їхніх законних
представників і відвідувачів сайту kermo.com.ua товариством з обмеженою відповідальністю «Автошкола Кермо» (далі —
«Автошкола»). Обробка персональних даних здійснюється відповідно до Закону України «Про захист персональних даних» та
інших нормативно-правових актів, що регулюють підготовку водіїв транспортних засобів.

## 1. Володілець персональних даних

@ ТОВ «Автошкола Кермо», код ЄДРПОУ 41234567
@ вул. Велика Васильківська, 100, м. Київ, 03150
@ тел. +380 44 123 45 67
@ e-mail: [privacy@kermo.com.ua](mailto:privacy@kermo.com.ua)

## 2. Які персональні дані ми обробляємо

- прізвище, ім'я, по батькові, дата народження;
- паспортні дані та реєстраційний номер облікової картки платника податків;
- номер телефону та адреса електронної пошти;
- дані медичної довідки про придатність до керування транспортним засобом (серія, номер, дата видачі);
- фотографія для оформлення документів про навчання;
- відомості про навчання: категорія, група, розклад, відвідування, результати внутрішніх іспитів;
- платіжні дані: сума, дата та спосіб оплати.

Ми не обробляємо даних, які не потрібні для навчання та складання іспитів.

## 3. Мета обробки персональних даних

Персональні дані обробляються з метою укладення та виконання договору про навчання, формування навчальних груп і
розкладу занять, оформлення свідоцтва про закінчення закладу, подання документів до територіального сервісного центру
МВС для складання іспитів, ведення бухгалтерського обліку, а також інформування слухачів про зміни в розкладі.

Підставами для обробки є згода суб'єкта персональних даних, укладення та виконання договору про навчання, а також
виконання обов'язків, покладених на Автошколу законодавством про підготовку водіїв і про бухгалтерський облік. Для
слухачів, які не досягли 18 років, згоду надає один із батьків або інший законний представник.

## 4. Передача персональних даних

Для досягнення зазначеної мети Автошкола може передавати персональні дані таким отримувачам:

| Отримувач | Мета передачі |
| Регіональні та територіальні сервісні центри МВС | складання іспитів і видача посвідчення водія |
| АТ КБ «ПриватБанк» (LiqPay) | онлайн-оплата навчання |
| Google Ireland Limited | аналітика відвідувань сайту |
| Бухгалтерська компанія на аутсорсингу | ведення бухгалтерського та податкового обліку |

Передача даних іншим третім особам можлива лише у випадках, прямо передбачених законом. Дані аналітики сайту
можуть оброблятися на серверах за межами України; такі дані не дозволяють безпосередньо ідентифікувати особу.

## 5. Строк зберігання

Документи слухача зберігаються протягом 3 років після завершення навчання. Бухгалтерські документи зберігаються
протягом строків, установлених законодавством. Дані, надіслані через форму на сайті, видаляються через 6 місяців, якщо
договір про навчання не було укладено.

## 6. Права суб'єкта персональних даних

Відповідно до статті 8 Закону України «Про захист персональних даних» ви маєте право:

- знати про джерела збирання, місцезнаходження своїх персональних даних і мету їх обробки;
- отримувати інформацію про умови надання доступу до персональних даних;
- на доступ до своїх персональних даних;
- пред'являти вмотивовану вимогу щодо зміни або знищення своїх персональних даних;
- на захист своїх персональних даних від незаконної обробки;
- звертатися із скаргами до Уповноваженого Верховної Ради України з прав людини або до суду;
- відкликати згоду на обробку персональних даних.

Запити щодо персональних даних надсилайте на адресу електронної пошти, зазначену вище. Ми відповімо протягом 30
календарних днів.

## 7. Захист персональних даних

Автошкола вживає організаційних і технічних заходів для захисту персональних даних: доступ до документів слухачів
мають лише працівники, яким він потрібен для виконання обов'язків, паперові документи зберігаються в шафах, що
замикаються, а електронні — в системі з розмежуванням прав доступу та резервним копіюванням. Працівники, які
мають доступ до персональних даних, дають зобов'язання не розголошувати їх. Про витік персональних даних, що
створює ризик для ваших прав, ми повідомимо вас і Уповноваженого Верховної Ради України з прав людини без зайвої
затримки.

## 8. Файли cookie

Сайт використовує файли cookie, необхідні для його роботи, і аналітичні файли cookie Google Analytics. Ви можете
видалити або заблокувати файли cookie в налаштуваннях браузера.

## 9. Зміни до Політики

Автошкола може оновлювати цю Політику. Нова редакція набирає чинності з моменту її публікації на сайті, якщо інше не
передбачено новою редакцією.
"""

EDITS = [
    {"note": "payment row replaced (PrivatBank LiqPay -> monobank acquiring)",
     "repl": [("| АТ КБ «ПриватБанк» (LiqPay) | онлайн-оплата навчання |",
               "| АТ «Універсал Банк» (monobank, інтернет-еквайринг) | онлайн-оплата навчання |")]},
    {"note": "data list: documents shared via the Diia app added",
     "repl": [("- паспортні дані та реєстраційний номер облікової картки платника податків;",
               "- паспортні дані та реєстраційний номер облікової картки платника податків;\n"
               "- цифрові копії документів, якими ви поділилися через застосунок «Дія»;")]},
    {"note": "office moved (Velyka Vasylkivska 100 -> Antonovycha 172) and phone changed",
     "repl": [("@ вул. Велика Васильківська, 100, м. Київ, 03150\n@ тел. +380 44 123 45 67",
               "@ вул. Антоновича, 172, м. Київ, 03150\n@ тел. +380 44 390 75 00")]},
    {"note": "typo fixed (закладу -> навчального закладу), no new date", "bump": False,
     "repl": [("свідоцтва про закінчення закладу,", "свідоцтва про закінчення навчального закладу,")]},
    {"note": "new section on dashcam recording in training cars",
     "repl": [("## 7. Захист персональних даних", "## 7. Відеозапис практичних занять\n\n"
               "Навчальні автомобілі обладнано відеореєстраторами. Записи практичних занять використовуються лише для "
               "розбору\nпомилок і з'ясування обставин дорожньо-транспортних пригод та зберігаються 30 днів.\n\n"
               "## 8. Захист персональних даних"),
              ("## 8. Файли cookie", "## 9. Файли cookie"), ("## 9. Зміни до Політики", "## 10. Зміни до Політики")]},
    {"note": "documents kept 5 years instead of 3",
     "repl": [("Документи слухача зберігаються протягом 3 років", "Документи слухача зберігаються протягом 5 років")]},
]

GROUP_ANCHOR = dt.date(2021, 9, 6)
CATS = [("B", "механіка"), ("B", "автомат"), ("A", "мотоцикл"), ("C", "вантажний")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["cms"] = "bitrix" if when < REBUILD else "wordpress"
    lt = K.local(when, "EET")
    day = lt.date()
    k = (day - GROUP_ANCHOR).days // 14 + 1
    start = GROUP_ANCHOR + dt.timedelta(days=14 * k)
    s["groups"] = tuple((start + dt.timedelta(days=7 * n + (2 if n % 2 else 0))).isoformat() + "|" +
                        str(rng.randint(0, 12)) for n in range(3))
    if s["cms"] == "bitrix":
        s["bx"] = (C.hexs(rng, 32), C.epoch(when))
        s["bxcss"] = C.keep_or(rng, prev.get("bxcss"), 0.25, lambda: (C.hexs(rng, 32), C.epoch(when) -
                                                                    rng.randint(86400, 90 * 86400)))
    else:
        s["ray"] = C.hexs(rng, 16)
        s["astra"] = K.phase(when, ASTRA)
    s["svitlo"] = (dt.date(2022, 10, 20) <= day <= dt.date(2023, 2, 28)) or (dt.date(2024, 5, 20) <= day <=
                                                                             dt.date(2024, 8, 31))
    return s


ASTRA = [(dt.date(2023, 7, 24), ("4.1.5", "6.2.2")), (dt.date(2024, 2, 5), ("4.6.4", "6.4.3")),
         (dt.date(2024, 10, 21), ("4.8.3", "6.6.2")), (dt.date(2025, 6, 9), ("4.11.1", "6.8.1")),
         (dt.date(2026, 2, 2), ("4.12.1", "6.9.1"))]

LABELS = {"cms": "site rebuilt: 1C-Bitrix -> WordPress + Astra (July 2023)",
          "groups": "'Найближчі групи' start dates and free seats (inside, removed)",
          "bx": "Bitrix bitrix_sessid and SERVER_TIME in BX.message (per request)",
          "bxcss": "Bitrix template CSS cache file hash and ?mtime", "ray": "Cloudflare beacon rayId (per request)",
          "astra": "Astra / WordPress versions in asset URLs",
          "svitlo": "power-outage schedule notice (winter 2022-23, summer 2024)"}


def groups_html(s, cls):
    rows = []
    for n, g in enumerate(s["groups"]):
        d, free = g.split("|")
        d = dt.date.fromisoformat(d)
        cat, kind = CATS[(d.toordinal() // 7 + n) % len(CATS)]
        rows.append((n, cat, kind, "%02d.%02d" % (d.day, d.month), int(free)))
    if cls == "bitrix":
        items = "".join('<div class="next-groups__item" id="bx_3218110189_%d"><span class="next-groups__cat">'
                        'Категорія %s (%s)</span> <span class="next-groups__date">старт %s</span> <span class="next-'
                        'groups__free">вільних місць: %d</span></div>' % (1540 + n, c, kd, dd, f)
                        for n, c, kd, dd, f in rows)
        return '<div class="next-groups"><h3>Найближчі групи</h3>%s<a href="/zapys/">Записатися</a></div>' % items
    items = "".join('<li>Категорія %s (%s) — старт %s, вільних місць: %d</li>' % (c, kd, dd, f)
                    for n, c, kd, dd, f in rows)
    return ('<div class="kermo-next-groups"><h3 class="kermo-next-groups__title">Найближчі групи</h3><ul>%s</ul>'
            '<a class="wp-block-button__link" href="/zapys/">Записатися</a></div>' % items)


OUTAGE = ("Через графіки відключень електроенергії теоретичні заняття можуть переноситися. Актуальний розклад — у "
          "нашому Telegram-каналі.")


def bitrix(s, blocks, when):
    sessid, stime = s["bx"]
    css_hash, css_mtime = s["bxcss"]
    notice = ('<div class="alert-svitlo">%s</div>\n' % C.esc(OUTAGE)) if s["svitlo"] else ""
    body = C.render_blocks(blocks, tags={"table": ' class="table" border="1" cellpadding="5"'}, sep="\n")
    return (
        '<!DOCTYPE html>\n<html lang="uk">\n<head>\n'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
        '<title>Політика конфіденційності</title>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
        '<meta name="robots" content="index, follow" />\n'
        '<meta name="description" content="Політика конфіденційності автошколи Кермо" />\n'
        '<script data-skip-moving="true">(function(w, d, n) {var cl = "bx-core";var ht = d.documentElement;var htc = '
        'ht ? ht.className : undefined;if (htc === undefined || htc.indexOf(cl) !== -1){return;}var ua = n.userAgent;'
        'if (/(iPad;)|(iPhone;)/i.test(ua)){cl += " bx-ios";}else if (/Windows/i.test(ua)){cl += \' bx-win\';}else '
        'if (/Macintosh/i.test(ua)){cl += " bx-mac";}else if (/Linux/i.test(ua) && !/Android/i.test(ua)){cl += " '
        'bx-linux";}else if (/Android/i.test(ua)){cl += " bx-android";}cl += (/(ipad|iphone|android|mobile|touch)/i.'
        'test(ua) ? " bx-touch" : " bx-no-touch");ht.className = htc ? htc + " " + cl : cl;})(window, document, '
        'navigator);</script>\n\n'
        '<link href="/bitrix/cache/css/s1/kermo/template_%s/template_%s_v1.css?%d" type="text/css" '
        'data-template-style="true" rel="stylesheet" />\n'
        '<script>if(!window.BX)window.BX={};if(!window.BX.message)window.BX.message=function(mess){if(typeof '
        'mess===\'object\'){for(let i in mess) {BX.message[i]=mess[i];} return true;}};</script>\n'
        '<script>(window.BX||top.BX).message({\'JS_CORE_LOADING\':\'Завантаження...\',\'JS_CORE_NO_DATA\':\'- Немає '
        'даних -\',\'JS_CORE_WINDOW_CLOSE\':\'Закрити\',\'JS_CORE_WINDOW_EXPAND\':\'Розгорнути\',\'JS_CORE_WINDOW_'
        'NARROW\':\'Згорнути у вікно\',\'JS_CORE_WINDOW_SAVE\':\'Зберегти\',\'JS_CORE_WINDOW_CANCEL\':\'Скасувати\','
        '\'JS_CORE_H\':\'г\',\'JS_CORE_M\':\'хв\',\'JS_CORE_S\':\'с\'});</script>\n'
        '<script>(window.BX||top.BX).message({\'LANGUAGE_ID\':\'ua\',\'FORMAT_DATE\':\'DD.MM.YYYY\','
        '\'FORMAT_DATETIME\':\'DD.MM.YYYY HH:MI:SS\',\'COOKIE_PREFIX\':\'BITRIX_SM\',\'SERVER_TZ_OFFSET\':\'%d\','
        '\'UTF_MODE\':\'Y\',\'SITE_ID\':\'s1\',\'SITE_DIR\':\'/\',\'USER_ID\':\'\',\'SERVER_TIME\':\'%d\','
        '\'USER_TZ_OFFSET\':\'0\',\'USER_TZ_AUTO\':\'Y\',\'bitrix_sessid\':\'%s\'});</script>\n\n'
        '<script src="/bitrix/js/main/core/core.min.js?1651043418262092"></script>\n'
        '<script>BX.setJSList([\'/bitrix/js/main/core/core_ajax.js\',\'/bitrix/js/main/core/core_promise.js\','
        '\'/bitrix/js/main/polyfill/promise/js/promise.js\',\'/bitrix/js/main/loadext/loadext.js\','
        '\'/bitrix/js/main/loadext/extension.js\',\'/bitrix/templates/kermo/js/main.js\']);</script>\n'
        '<script>BX.setCSSList([\'/bitrix/templates/kermo/styles.css\',\'/bitrix/templates/kermo/template_styles.css'
        '\']);</script>\n'
        '<!-- Global site tag (gtag.js) - Google Analytics -->\n'
        '<script async src="https://www.googletagmanager.com/gtag/js?id=UA-118273645-1"></script>\n'
        '</head>\n<body>\n<div id="panel"></div>\n%s'
        '<div class="page-wrapper">\n<header class="header">\n\t<div class="container header__inner">\n'
        '\t\t<a href="/" class="header__logo"><img src="/bitrix/templates/kermo/images/logo.svg" alt="Автошкола Кермо">'
        '</a>\n\t\t<ul class="header__menu">\n\t\t\t<li><a href="/navchannia/">Навчання</a></li>\n'
        '\t\t\t<li><a href="/tsiny/">Ціни</a></li>\n\t\t\t<li><a href="/instruktory/">Інструктори</a></li>\n'
        '\t\t\t<li><a href="/kontakty/">Контакти</a></li>\n\t\t</ul>\n'
        '\t\t<a href="tel:+380441234567" class="header__phone">+380 44 123 45 67</a>\n\t</div>\n</header>\n'
        '<div class="container">\n<div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope '
        'itemtype="http://schema.org/BreadcrumbList">\n\t\t\t<div class="bx-breadcrumb-item" id="bx_breadcrumb_0" '
        'itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">\n\t\t\t\t\n\t\t\t\t<a href="/" '
        'title="Головна" itemprop="item">\n\t\t\t\t\t<span itemprop="name">Головна</span>\n\t\t\t\t</a>\n'
        '\t\t\t\t<meta itemprop="position" content="1" />\n\t\t\t</div>\n\t\t\t<div class="bx-breadcrumb-item">\n'
        '\t\t\t\t<i class="fa fa-angle-right"></i>\n\t\t\t\t<span>Політика конфіденційності</span>\n\t\t\t</div>'
        '<div style="clear:both"></div></div>\n'
        '<section class="content">\n<h1 class="page-title">Політика конфіденційності</h1>\n'
        '<div class="content-text">\n%s\n%s\n</div>\n</section>\n</div>\n'
        '<footer class="footer">\n\t<div class="container">\n\t\t<p>© 2016–%d Автошкола «Кермо». Усі права захищені.'
        '</p>\n\t\t<p><a href="/polityka-konfidentsiinosti/">Політика конфіденційності</a></p>\n\t</div>\n'
        '</footer>\n</div>\n</body>\n</html>\n'
        % (css_hash, css_hash, css_mtime, K.utc_offset(when, "EET") * 60, stime, sessid, notice, body,
           groups_html(s, "bitrix"), K.local(when, "EET").year))


def wordpress(s, blocks, when):
    astra, wp = s["astra"]
    notice = ('<div class="kermo-notice" role="status">%s</div>\n' % C.esc(OUTAGE)) if s["svitlo"] else ""
    body = C.render_blocks(
        blocks, tags={"h2": ' class="wp-block-heading"', "ul": ' class="wp-block-list"'},
        table=lambda rows, inl: '<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr>%s</tr>'
        '</thead><tbody>%s</tbody></table></figure>' % ("".join("<th>%s</th>" % inl(c) for c in rows[0]), "".join(
            "<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])), sep="\n\n\n\n")
    phone = "+380 44 390 75 00" if "390 75 00" in repr(blocks) else "+380 44 123 45 67"
    return (
        '<!DOCTYPE html>\n<html lang="uk">\n<head>\n<meta charset="UTF-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<link rel="profile" href="https://gmpg.org/xfn/11">\n\n'
        '<title>Політика конфіденційності &#8211; Автошкола «Кермо»</title>\n'
        '<meta name=\'robots\' content=\'max-image-preview:large\' />\n'
        '<link rel=\'stylesheet\' id=\'astra-theme-css-css\' href=\'%s/wp-content/themes/astra/assets/css/minified/'
        'main.min.css?ver=%s\' media=\'all\' />\n'
        '<link rel="canonical" href="%s" />\n<meta name="generator" content="WordPress %s" />\n'
        '</head>\n\n<body itemtype=\'https://schema.org/WebPage\' itemscope=\'itemscope\' class="privacy-policy '
        'page-template-default page page-id-3 wp-custom-logo ast-desktop ast-page-builder-template ast-no-sidebar '
        'astra-%s ast-single-post ast-inherit-site-logo-transparent ast-hfb-header">\n\n'
        '<a class="skip-link screen-reader-text" href="#content" title="Перейти до вмісту">Перейти до вмісту</a>\n\n'
        '<div class="hfeed site" id="page">\n%s'
        '\t\t<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline '
        'ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" '
        'itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">\n'
        '\t\t<div id="ast-desktop-header" data-toggle-type="dropdown">\n\t\t<div class="ast-main-header-wrap '
        'main-header-bar-wrap ">\n\t\t<div class="ast-primary-header-bar ast-primary-header main-header-bar '
        'site-header-focus-item" data-section="section-primary-header-builder">\n'
        '\t\t\t\t\t\t<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item '
        'ast-container" data-section="section-primary-header-builder">\n'
        '\t\t\t\t<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">\n'
        '\t\t\t\t\t<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-'
        'left">\n\t\t\t\t\t\t<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section='
        '"title_tagline">\n\t\t\t\t<div class="site-branding ast-site-identity" itemtype="https://schema.org/'
        'Organization" itemscope="itemscope"><span class="site-logo-img"><a href="%s/" class="custom-logo-link" '
        'rel="home"><img width="180" height="54" src="%s/wp-content/uploads/2023/06/kermo-logo.svg" class="custom-'
        'logo" alt="Автошкола «Кермо»" decoding="async" /></a></span></div>\n\t\t\t</div>\n\t\t\t\t\t</div>\n'
        '\t\t\t\t\t<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section">'
        '\n\t\t\t\t\t\t<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item '
        'ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1">\n'
        '\t\t\t<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-'
        'navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-'
        'desktop" aria-label="Основна навігація сайту" itemtype="https://schema.org/SiteNavigationElement" '
        'itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header'
        '-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile"><li id="menu-item-21" '
        'class="menu-item menu-item-type-post_type menu-item-object-page menu-item-21"><a href="%s/navchannia/" '
        'class="menu-link">Навчання</a></li><li id="menu-item-22" class="menu-item menu-item-type-post_type '
        'menu-item-object-page menu-item-22"><a href="%s/tsiny/" class="menu-link">Ціни</a></li><li '
        'id="menu-item-23" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-23"><a '
        'href="%s/kontakty/" class="menu-link">Контакти</a></li></ul></div></nav></div></div>\t\t</div>\n'
        '\t\t\t\t<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-button-1" '
        'data-section="section-hb-button-1"><div class="ast-builder-button-wrap ast-builder-button-size-sm"><a '
        'class="ast-custom-button-link" href="tel:%s"><div class="ast-custom-button">%s</div></a></div></div>\n'
        '\t\t\t\t\t</div>\n\t\t\t\t\t\t</div>\n\t\t\t\t\t</div>\n\t\t\t\t\t\t\t</div>\n\t\t\t</div>\n\t\t\t</div>\n'
        '\t\t</header><!-- #masthead -->\n\t\t\t<div id="content" class="site-content">\n'
        '\t\t<div class="ast-container">\n\t\t\n\n\t<div id="primary" class="content-area primary">\n\n\t\t\n'
        '\t\t\t\t\t<main id="main" class="site-main">\n\t\t\t\t<article class="post-3 page type-page status-publish '
        'ast-article-single" id="post-3" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">\n'
        '\t\t<header class="entry-header ast-no-thumbnail ast-no-meta">\n\t\t\n\t\t<h1 class="entry-title" '
        'itemprop="headline">Політика конфіденційності</h1>\t</header><!-- .entry-header -->\n\n'
        '<div class="entry-content clear" ast-blocks-layout="true" itemprop="text">\n\n\t\n\t\t\n%s\n\n\n\n%s\n\n'
        '\t\n\t\n</div><!-- .entry-content .clear -->\n\n\t\n\t\n</article><!-- #post-## -->\n\n'
        '\t\t\t\t\t</main><!-- #main -->\n\t\t\t\n\t\t\n\t</div><!-- #primary -->\n\n\n'
        '\t</div> <!-- ast-container -->\n\t</div><!-- #content -->\n'
        '<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" '
        'itemid="#colophon">\n\t\t\t<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-'
        'focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full '
        'ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-'
        'footer-builder">\n\t<div class="ast-builder-grid-row-container-inner">\n\t\t\t<div class="ast-builder-footer'
        '-grid-columns site-below-footer-inner-wrap ast-builder-grid-row">\n\t\t\t\t<div class="site-footer-below-'
        'section-1 site-footer-section site-footer-section-1">\n\t\t\t\t\t<div class="ast-builder-layout-element '
        'ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder">\n'
        '\t\t\t\t<div class="ast-footer-copyright"><p>Copyright &copy; %d Автошкола «Кермо»</p>\n</div>\t\t\t</div>\n'
        '\t\t\t\t\t</div>\n\t\t\t\t\t\t</div>\n\t\t\t</div>\n\n\t</div>\n\t\t</footer><!-- #colophon -->\n'
        '\t\t\t</div><!-- #page -->\n'
        '<script src="%s/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=%s" id="astra-theme-js-js">'
        '</script>\n'
        '<script defer src="https://static.cloudflareinsights.com/beacon.min.js/vcd15cbe7772f49c399c6a5babf22c1241717'
        '689176015" integrity="sha512-ZpsOmlRQV6y907TI0dKBHq9Md29nnaEIPlkf84rnaERnq6zvWvPUqr2ft8M1aS28oN72PdrCzSjY4U6'
        'VaAw1EQ==" data-cf-beacon=\'{"rayId":"%s","version":"2024.11.0","token":"7f2b8d14c6e94a5b9d3f0e1a2c4b6d8e",'
        '"r":1,"server_timing":{"name":{"cfCacheStatus":true,"cfEdge":true,"cfExtPri":true,"cfL4":true,"cfOrigin":'
        'true,"cfSpeedBrain":true},"location_startswith":null}}\' crossorigin="anonymous"></script>\n'
        '</body>\n</html>\n'
        % (BASE, astra, URL, wp, astra, notice, BASE, BASE, BASE, BASE, BASE, phone.replace(" ", ""), phone, body,
           groups_html(s, "wordpress"), K.local(when, "EET").year, BASE, astra, s["ray"]))


def render(s, blocks, when):
    return bitrix(s, blocks, when) if s["cms"] == "bitrix" else wordpress(s, blocks, when)


PAGE = {
    "service": "Avtoshkola Kermo", "url": URL, "lang": "uk-UA", "platform": "1C-Bitrix, then WordPress + Astra",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("Vary", "Accept-Encoding")),
    "n": 30, "start": dt.date(2022, 1, 12), "end": dt.date(2026, 10, 22), "hours": (6, 12, 18),
    "policy": POLICY, "first_updated": dt.date(2021, 10, 4), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": "article .entry-content", "remove": ".kermo-next-groups"},
    "history": [{"fetch": URL, "select": ".content .content-text", "remove": ".next-groups",
                 "validUntil": REBUILD.strftime("%Y-%m-%dT%H:%M:%SZ")}],
}
