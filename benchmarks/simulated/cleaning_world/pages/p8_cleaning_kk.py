"""Taza Üi - kk home and office cleaning (Almaty, Astana) - 1C-Bitrix with the Aspro: Max template, Kazakh site s2 at
/kz/; the policy is an info-block element shown by bitrix:news.detail, whose date and view counter (and the share
block) sit inside .news-detail and are removed by the declaration."""
import datetime as dt
import os
import sys

import common as C

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cwkit as K  # noqa: E402

SITE = "https://tazauy.kz"
URL = SITE + "/kz/privacy/"


def fmt_date(d):
    return "%d жылғы %d %s" % (d.year, d.day, K.MONTHS["kk"][d.month - 1])


POLICY = K.unwrap("""
# Құпиялылық саясаты

Күшіне енген күні: {UPDATED}

«Таза Үй» ЖШС (бұдан әрі – «Компания», «біз») Алматы және Астана қалаларында пәтерлер мен үйлерді жинау, жөндеуден
кейінгі тазалау, терезе жуу, жиһаз бен кілемдерді химиялық тазалау қызметтерін көрсетеді. Осы саясат tazauy.kz
сайтын және мобильді қосымшаны пайдаланған кезде, сондай-ақ телефон арқылы тапсырыс берген кезде біз қандай дербес
деректерді жинайтынымызды, оларды қалай өңдейтінімізді, сақтайтынымызды және қорғайтынымызды түсіндіреді. Саясат
«Дербес деректер және оларды қорғау туралы» 2013 жылғы 21 мамырдағы № 94-V Қазақстан Республикасының Заңына сәйкес
әзірленген.

## 1. Біз жинайтын деректер

Тапсырыс беру немесе тіркелу кезінде біз мынадай деректерді жинаймыз:

- аты-жөніңіз, телефон нөміріңіз және электрондық пошта мекенжайыңыз;
- тазалау жүргізілетін мекенжай, пәтердің ауданы, бөлмелер саны және кіру ережелері (домофон коды, қабат);
- тапсырыс тарихы, қызмет түрі, күні мен уақыты;
- төлем туралы мәліметтер (төлем тәсілі және транзакция нөмірі; банк картасының толық деректерін біз сақтамаймыз);
- клиенттерге қызмет көрсету орталығына жіберген хабарламаларыңыз және қоңыраулардың жазбалары;
- тазалау сапасы туралы пікірлеріңіз бен бағаларыңыз.

Сайтқа кірген кезде IP-мекенжай, браузер түрі және кірген беттер сияқты техникалық деректер автоматты түрде жиналады.

Егер сіз басқа адамның деректерін берсеңіз (мысалы, тазалау кезінде пәтерде болатын туысыңыздың), сол адамның келісімін
алуға міндеттісіз. Біз денсаулық жағдайы, діни сенім сияқты арнайы санаттағы деректерді жинамаймыз, сондықтан
тапсырысқа түсініктемеде мұндай мәліметтерді көрсетпеуді сұраймыз.

## 2. Деректерді өңдеу мақсаттары

Біз деректеріңізді мына мақсаттарда пайдаланамыз:

- тапсырысты қабылдау, тазалау бригадасын жоспарлау және жіберу;
- қызмет ақысын алу және фискалдық чек беру;
- тапсырыс мәртебесі туралы SMS және WhatsApp хабарламаларын жіберу;
- шағымдар мен сапаға қатысты өтініштерді қарау;
- сіздің келісіміңіз болған жағдайда, акциялар мен жеңілдіктер туралы хабарлау;
- сайт пен қызметтердің сапасын жақсарту.

Біз деректерді тек жинау кезінде көрсетілген мақсаттарда өңдейміз. Жаңа мақсат пайда болса, сізден қосымша келісім
сұраймыз.

## 3. Деректерді үшінші тұлғаларға беру

Біз сіздің деректеріңізді сатпаймыз. Деректер тек қызмет көрсету үшін қажетті көлемде мына тұлғаларға беріледі:

- тапсырысты орындайтын тазалау бригадасы (аты, мекенжай, телефон нөмірі);
- банк карталарымен төлемдерді өңдейтін «Халық Банкі» АҚ;
- SMS-хабарламаларды жіберетін «Mobizon» ЖШС;
- бухгалтерлік есепті жүргізетін аутсорсинг компаниясы.

Заңда көзделген жағдайларда деректер уәкілетті мемлекеттік органдарға берілуі мүмкін.

Деректерді алатын барлық тұлғалар оларды құпия сақтауға және тек біздің нұсқауларымыз бойынша пайдалануға шарт
бойынша міндеттенеді. Деректерді шетелге беру тек заңда көзделген жағдайларда және деректердің қорғалуын қамтамасыз
ететін мемлекеттерге жүзеге асырылады.

## 4. Деректерді сақтау

Біз деректерді мынадай мерзімдерде сақтаймыз:

- тіркелгі деректері – тіркелгі жойылғаннан кейін 1 жыл;
- тапсырыстар мен төлемдер туралы мәліметтер – 3 жыл;
- қоңыраулардың жазбалары – 3 ай.

Мерзім аяқталғаннан кейін деректер жойылады немесе иесіздендіріледі. Заң талаптарына сәйкес деректерді
ұзағырақ сақтау қажет болған жағдайлар бұған жатпайды.

## 5. Деректерді қорғау

Біз деректерд рұқсатсыз қол жеткізуден, өзгертуден және жоюдан қорғау үшін ұйымдастырушылық және техникалық шаралар
қолданамыз: шифрлау, қол жеткізуді шектеу және қызметкерлердің құпиялылық туралы міндеттемелері. Тазалау бригадасы
мекенжайыңызды тек тапсырыс орындалатын күні көреді.

Компанияда дербес деректерді өңдеуді ұйымдастыруға жауапты тұлға тағайындалған. Деректердің заңсыз таралуы анықталған
жағдайда біз бұл туралы уәкілетті органға және сізге хабарлаймыз.

## 6. Cookie файлдары

Cookie – браузеріңіз құрылғыңызда сақтайтын шағын мәтіндік файл. Сайт жұмыс істеуі үшін қажетті cookie файлдарын,
  сондай-ақ келушілер статистикасы үшін Яндекс Метрика және Google
Analytics қызметтерін пайдаланады. Cookie файлдарын браузер баптауларында өшіруге болады.

## 7. Сіздің құқықтарыңыз

Сіз:

- өзіңіз туралы қандай деректер өңделетінін білуге;
- деректеріңізді өзгертуге және толықтыруға;
- деректерді жинауға және өңдеуге берген келісіміңізді кері қайтарып алуға;
- деректеріңізді жоюды талап етуге;
- уәкілетті органға немесе сотқа шағымдануға құқылысыз.

Келісімді кері қайтарып алу тапсырысты орындауға кедергі келтірсе, біз бұл туралы сізге алдын ала
хабарлаймыз. Сұрауды privacy@tazauy.kz мекенжайына жіберуге болады. Біз сұрауға заңда белгіленген мерзімде жауап
  береміз.

## 8. Байланыс

@ «Таза Үй» ЖШС
@ БСН 180940012345
@ Алматы қ., Абай даңғылы, 150/230, 5-қабат
@ Тел.: +7 727 312 45 67
@ E-mail: [privacy@tazauy.kz](mailto:privacy@tazauy.kz)

## 9. Саясатқа өзгерістер

Біз осы саясатты мезгіл-мезгіл жаңартып отырамыз. Жаңа редакция сайтта жарияланған сәттен бастап күшіне енеді.
Маңызды өзгерістер туралы SMS немесе электрондық пошта арқылы алдын ала хабарлаймыз.
""")

EDITS = [
    {"note": "new paragraph: personal data stored on servers in Kazakhstan (PS Cloud Services data centre)",
     "repl": [("## 4. Деректерді сақтау\n\n",
               "## 4. Деректерді сақтау\n\nДербес деректер Қазақстан Республикасының аумағында орналасқан "
               "серверлерде («PS Cloud Services» ЖШС деректер орталығы) сақталады.\n\n")]},
    {"note": "third parties: Kaspi Bank added (payments by Kaspi Pay)",
     "repl": [("- банк карталарымен төлемдерді өңдейтін «Халық Банкі» АҚ;",
               "- банк карталарымен төлемдерді өңдейтін «Халық Банкі» АҚ;\n"
               "- Kaspi Pay арқылы төлемдерді өңдейтін «Kaspi Bank» АҚ;")]},
    {"note": "typo fixed: 'деректерд' -> 'деректерді' (no new date)", "bump": False,
     "repl": [("Біз деректерд рұқсатсыз", "Біз деректерді рұқсатсыз")]},
    {"note": "retention of order and payment records extended from 3 to 5 years",
     "repl": [("туралы мәліметтер – 3 жыл;", "туралы мәліметтер – 5 жыл;")]},
    {"note": "office moved and phone changed (Abai 150/230 -> Seifullin 458/1; +7 727 312 45 67 -> +7 727 350 80 80)",
     "repl": [("@ Алматы қ., Абай даңғылы, 150/230, 5-қабат\n@ Тел.: +7 727 312 45 67",
               "@ Алматы қ., Сейфуллин даңғылы, 458/1, 3-қабат\n@ Тел.: +7 727 350 80 80")]},
]

SAVES = K.Saves(dt.datetime(2022, 1, 12, 4, 20, 0))
NEWS = ["Көктемгі тазалау: 10 кеңес", "Жаңа қызмет: кілемдерді үйде химиялық тазалау", "Астанада жаңа бригадалар",
        "Терезе жуу маусымы басталды", "Жөндеуден кейінгі тазалау қанша тұрады?", "Kaspi арқылы бөліп төлеу",
        "Жаңа жылдық тазалауға алдын ала жазылу", "Кеңсе тазалауына арналған келісімшарт"]
NEWS0 = dt.date(2021, 11, 22)


def news_before(when, k=3):
    out = []
    n = 0
    while True:
        d = NEWS0 + dt.timedelta(days=53 * n + (n * 11) % 19)
        if d > when.date():
            break
        out.append((d, NEWS[n % len(NEWS)], n))
        n += 1
    return out[-k:][::-1]


def tz(when):
    """Kazakhstan: UTC+6 in Almaty until 1 March 2024, then one zone UTC+5."""
    return 5 if when >= dt.datetime(2024, 2, 29, 18, 0) else 6


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"sessid": C.hexs(rng, 32), "time": C.epoch(when)}
    s["cache"] = K.deploy(rng, prev.get("cache"), 0.35, lambda: (C.hexs(rng, 32), C.hexs(rng, 32),
                                                                 C.epoch(when) - rng.randint(600, 2000000),
                                                                 rng.randint(10000, 99999)))
    s["views"] = 412 + int((when - dt.datetime(2022, 1, 12)).total_seconds() / 86400 * 2.6) + i
    loc = when + dt.timedelta(hours=tz(when))
    s["orders"] = max(0, int((loc.hour - 8) * 3.1)) + rng.randint(0, 6) if loc.hour >= 8 else rng.randint(0, 2)
    s["news"] = tuple(n for _, _, n in news_before(when))
    return s


LABELS = {"sessid": "BX.message bitrix_sessid (per session)", "time": "BX.message SERVER_TIME",
          "cache": "/bitrix/cache/css/ page and template bundles (hashes, ?timestamps)",
          "views": "news.detail view counter 'Қаралым' (INSIDE, removed)",
          "orders": "header counter 'Бүгін N тапсырыс орындалды'", "news": "footer 'Жаңалықтар' (latest news)",
          "banner": "seasonal banner (Наурыз, window season, New Year)",
          "tz": "SERVER_TZ_OFFSET (UTC+6 -> UTC+5 on 1 March 2024)",
          "active": "news.detail active-from date (INSIDE, removed)"}


def banner(when):
    if when.month in (3, 4):
        return "Наурыз мерекесіне көктемгі тазалау – 15% жеңілдік!"
    if when.month in (6, 7, 8):
        return "Терезе жуу маусымы: 2 терезе жуғанда, үшіншісі – тегін"
    if when.month == 12:
        return "Жаңа жылдық тазалауға алдын ала жазылыңыз – орын саны шектеулі"
    return None


def render(s, blocks, when):
    saved = SAVES.saved(blocks, when)
    off = tz(when)
    s["tz"] = off
    active = (saved + dt.timedelta(hours=off)).strftime("%d.%m.%Y")
    s["active"] = active
    bn = banner(when)
    s["banner"] = bn
    ph, th, ts, tsx = s["cache"]
    msg = ("{'JS_CORE_LOADING':'Жүктелуде...','JS_CORE_NO_DATA':'- Деректер жоқ -','JS_CORE_WINDOW_CLOSE':'Жабу',"
           "'JS_CORE_WINDOW_EXPAND':'Кеңейту','JS_CORE_WINDOW_NARROW':'Кішірейту','JS_CORE_WINDOW_SAVE':'Сақтау',"
           "'JS_CORE_WINDOW_CANCEL':'Болдырмау','JS_CORE_WINDOW_CONTINUE':'Жалғастыру','JS_CORE_H':'сағ',"
           "'JS_CORE_M':'мин','JS_CORE_S':'сек','JSADM_AI_HIDE_EXTRA':'Қосымша элементтерді жасыру',"
           "'JSADM_AI_ALL_NOTIF':'Барлық хабарландыруларды көрсету','JSADM_AUTH_REQ':'Авторизация қажет!',"
           "'JS_CORE_WINDOW_AUTH':'Кіру','JS_CORE_IMAGE_FULL':'Толық өлшем'});"
           "(window.BX||top.BX).message({'LANGUAGE_ID':'kk','FORMAT_DATE':'DD.MM.YYYY','FORMAT_DATETIME':"
           "'DD.MM.YYYY HH:MI:SS','COOKIE_PREFIX':'BITRIX_SM','SERVER_TZ_OFFSET':'%d','UTF_MODE':'Y','SITE_ID':'s2',"
           "'SITE_DIR':'/kz/','USER_ID':'','SERVER_TIME':'%d','USER_TZ_OFFSET':'0','USER_TZ_AUTO':'Y',"
           "'bitrix_sessid':'%s'}" % (off * 3600, s["time"], s["sessid"]))
    body = C.render_blocks(blocks[1:], bold=lambda raw: "<b>%s</b>" % C.esc(raw),
                           addr=lambda lines, inl: "<p>%s</p>" % "<br>\n".join(inl(x) for x in lines), sep="\n")
    news = "".join('<div class="footer-news__item"><span class="footer-news__date">%s</span><a href="/kz/news/%d/">%s'
                   "</a></div>" % (d.strftime("%d.%m.%Y"), 300 + n, C.esc(t)) for d, t, n in news_before(when))
    top = ""
    if bn:
        top = ('<div class="top-block-wrapper banner-top"><div class="maxwidth-theme"><a href="/kz/sale/" class="'
               'banner-top__link">%s</a></div></div>\n' % C.esc(bn))
    title = C.esc(blocks[0][1])
    return ('<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="kk" lang="kk" >\n<head>\n'
            "\t<title>%s</title>\n"
            '\t<meta name="viewport" content="initial-scale=1.0, width=device-width, maximum-scale=1" />\n'
            '\t<meta name="HandheldFriendly" content="true" />\n\t<meta name="yes" content="yes" />\n'
            '\t<meta name="apple-mobile-web-app-status-bar-style" content="black" />\n'
            '\t<meta name="SKYPE_TOOLBAR" content="SKYPE_TOOLBAR_PARSER_COMPATIBLE" />\n'
            '\t<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
            '<meta name="description" content="«Таза Үй» компаниясының құпиялылық саясаты" />\n'
            '<link href="/bitrix/cache/css/s2/aspro_max/page_%s/page_%s_v1.css?%d%d" type="text/css"  '
            'rel="stylesheet" />\n'
            '<link href="/bitrix/cache/css/s2/aspro_max/template_%s/template_%s_v1.css?%d%d" type="text/css"  '
            'data-template-style="true" rel="stylesheet" />\n'
            '<script type="text/javascript">if(!window.BX)window.BX={};if(!window.BX.message)window.BX.message='
            "function(mess){if(typeof mess==='object'){for(let i in mess) {BX.message[i]=mess[i];} return true;}};"
            "</script>\n"
            '<script type="text/javascript">(window.BX||top.BX).message(%s);</script>\n'
            '<script type="text/javascript" src="/bitrix/js/main/core/core.min.js?%d"></script>\n'
            '<link rel="alternate" hreflang="ru" href="%s/privacy/" />\n'
            '<link rel="alternate" hreflang="kk" href="%s" />\n'
            "</head>\n"
            '<body class=" site_s2  fill_bg_n header_fill_ theme-light" id="main" data-site="/kz/">\n'
            '\t<div id="panel"></div>\n'
            '\t<div class="body  basket_normal header_color_white">\n'
            '<div class="header_wrap visible-lg visible-md title-v3 "><header id="header"><div class="header-wrapper">'
            '<div class="maxwidth-theme"><div class="logo-row"><div class="logo colored"><a href="/kz/"><img src="/'
            'upload'
            '/CMax/a4c/logo_tazauy.svg" alt="Таза Үй" title="Таза Үй" data-src="" /></a></div>'
            '<div class="header-counter">Бүгін <span class="header-counter__value">%d</span> тапсырыс орындалды</div>'
            '<div class="phone-block"><a href="tel:+77273508080" rel="nofollow">+7 727 350 80 80</a>'
            '<span class="callback-block animate-load font_upper colored" data-event="jqm" data-param-form_id='
            '"CALLBACK" data-name="callback">Қоңырау шалуға тапсырыс беру</span></div>'
            '<div class="lang-switch"><a href="/privacy/">Рус</a> | <span>Қаз</span></div></div>'
            '<nav class="menu-row"><ul class="menu-only"><li><a href="/kz/services/">Қызметтер</a></li><li><a href='
            '"/kz/prices/">Бағалар</a></li><li><a href="/kz/sale/">Акциялар</a></li><li><a href="/kz/reviews/">'
            'Пікірлер</a></li><li><a href="/kz/contacts/">Байланыс</a></li></ul></nav></div></div></header></div>\n'
            '<div class="wrapper1  header_bgcolored long_header colored_header with_left_block  basket_normal '
            'basket_fill_DARK side_LEFT block_side_NORMAL catalog_icons_N banner_auto with_fast_view mheader-v1 '
            'header-v3 header-font-lower_N regions_N title_position_LEFT footer-v1 front-vindex1 mfixed_Y '
            'mfixed_view_always title-v3 lazy_N with_phones dark-hover-overlay normal-catalog-img landing-normal '
            'big-banners-mobile-normal bottom-icons-panel-N compact-breadcrumbs-N catalog-delayed-btn-Y  ">\n'
            "%s"
            '<div class="page-top-wrapper grey v3">\n<section class="page-top maxwidth-theme ">\n'
            '<div class="topic"><div class="topic__inner"><div class="topic__heading"><h1 id="pagetitle">%s</h1>'
            "</div></div></div>\n"
            '<div id="navigation"><div class="breadcrumbs swipeignore" itemscope="" itemtype="http://schema.org/'
            'BreadcrumbList"><div class="breadcrumbs__item" id="bx_breadcrumb_0" itemprop="itemListElement" itemscope '
            'itemtype="http://schema.org/ListItem"><a class="breadcrumbs__link" href="/kz/" title="Басты бет" '
            'itemprop="item"><span itemprop="name" class="breadcrumbs__item-name font_xs">Басты бет</span><meta '
            'itemprop="position" content="1"></a></div><span class="breadcrumbs__separator">—</span><span class='
            '"breadcrumbs__item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><link '
            'href="%s" itemprop="item" /><span><span itemprop="name" class="breadcrumbs__item-name font_xs">%s</span>'
            '<meta itemprop="position" content="2"></span></span></div></div>\n</section>\n</div>\n'
            '<div class="wrapper_inner ">\n<div class="container_inner clearfix ">\n<div class="right_block  wide_N ">'
            '\n'
            '<div class="middle ">\n<div class="container">\n<div class="maxwidth-theme">\n'
            '<div class="news-detail">\n'
            '\t<div class="news-detail__info"><span class="news-date-time">%s</span><span class="news-detail__views">'
            '<i class="svg inline  svg-inline-eye" aria-hidden="true"></i>Қаралым: %s</span></div>\n'
            '\t<div class="detail-text">\n%s\n\t</div>\n'
            '\t<div class="news-detail__share"><span class="share-title">Бөлісу:</span><div class="ya-share2" '
            'data-services="vkontakte,facebook,telegram,whatsapp" data-lang="kk"></div></div>\n'
            "</div>\n</div>\n</div>\n</div>\n</div>\n</div>\n</div>\n"
            '<footer id="footer"><div class="footer-inner"><div class="maxwidth-theme"><div class="footer-news">'
            '<div class="footer-news__title">Жаңалықтар</div>%s</div>'
            '<div class="copy">© 2018–%d «Таза Үй» ЖШС. Барлық құқықтар қорғалған.</div>'
            '<div class="footer-links"><a href="/kz/privacy/">Құпиялылық саясаты</a> <a href="/kz/oferta/">Жария '
            'оферта</a></div></div></div></footer>\n'
            "</div>\n\t</div>\n"
            '<!-- Yandex.Metrika counter --><script type="text/javascript" >(function(m,e,t,r,i,k,'
            'a){m[i]=m[i]||function()'
            "{(m[i].a=m[i].a||[]).push(arguments)};m[i].l=1*new Date();k=e.createElement(t),a=e.getElementsByTagName(t)"
            "[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)})(window, document, \"script\", "
            "\"https://mc.yandex.ru/metrika/tag.js\", \"ym\");ym(87654321, \"init\", {clickmap:true, "
            "trackLinks:true, accurateTrackBounce:true, webvisor:true});</script><!-- /Yandex.Metrika counter -->\n"
            "</body>\n</html>\n"
            % (title, ph, ph, ts, tsx, th, th, ts, tsx, msg, ts, SITE, URL, s["orders"], top, title, URL, title,
               active, K.grp(s["views"], " "), body, news, when.year))


PAGE = {
    "service": "Taza Uy", "url": URL, "lang": "kk-KZ", "platform": "1C-Bitrix (Aspro: Max)",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 2, 20), "end": dt.date(2026, 4, 14), "hours": (1, 2, 12),
    "policy": POLICY, "first_updated": dt.date(2022, 1, 12), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#pagetitle", ".news-detail"],
                    "remove": [".news-detail__info", ".news-detail__share"]},
}
