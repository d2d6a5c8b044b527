"""Аптеки Здравец - Bulgarian pharmacy chain with online shop - WordPress + WooCommerce, Flatsome theme,
Post Views Counter (inside the content)."""
import datetime as dt
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import pkit as K  # noqa: E402

URL = "https://zdravets-apteki.bg/politika-za-poveritelnost/"


def fmt_date(d):
    return "%02d.%02d.%d г." % (d.day, d.month, d.year)


POLICY = """
# Политика за поверителност

Последна актуализация: {UPDATED}

„Здравец Фарма“ ЕООД, което управлява веригата „Аптеки Здравец“ и онлайн аптеката zdravets-apteki.bg, обработва личните Ви данни в съответствие с Общия регламент относно защитата на данните (Регламент (ЕС) 2016/679) и Закона за защита на личните данни.

## Администратор на лични данни

@ „Здравец Фарма“ ЕООД, ЕИК 204567891
@ гр. Пловдив 4000, бул. „Руски“ № 52
@ Телефон: 032 640 210
@ Имейл: [gdpr@zdravets-apteki.bg](mailto:gdpr@zdravets-apteki.bg)

Длъжностно лице по защита на данните: Мария Георгиева, [dpo@zdravets-apteki.bg](mailto:dpo@zdravets-apteki.bg).

## Какви данни събираме

- име, фамилия, адрес за доставка, телефон и имейл при регистрация и поръчка;
- данни за поръчките, плащанията и издадените фактури;
- данни за здравословното състояние, когато ни изпратите рецепта или запитване към фармацевт;
- данни за картата за лоялност „Здравец Клуб“ и натрупаните точки;
- IP адрес и данни от бисквитки при посещение на сайта.

## Цели на обработването

Обработваме данните Ви, за да изпълним поръчките Ви и да доставим продуктите, да отпуснем лекарствени продукти съгласно Закона за лекарствените продукти в хуманната медицина, да изпълним задълженията си по счетоводното и данъчното законодателство и, ако сте дали съгласие, да Ви изпращаме бюлетин и персонални оферти.

Лекарствени продукти, отпускани по лекарско предписание, не се продават онлайн. Чрез сайта можете само да резервирате такъв продукт и да го получите в аптека срещу рецепта.

## Получатели на данните

| Получател | Цел |
| Еконт Експрес ООД | Доставка на поръчки |
| Спиди АД | Доставка на поръчки |
| Борика АД | Обработка на картови плащания |
| Mailchimp (The Rocket Science Group LLC) | Изпращане на бюлетин |
| СуперХостинг.БГ ЕООД | Хостинг на сайта |

## Срок на съхранение

Данните за поръчките и фактурите се съхраняват 10 години съгласно Закона за счетоводството. Рецептите и дневниците за отпуснати лекарства се съхраняват 1 година. Данните за бюлетина се съхраняват до оттегляне на съгласието.

## Вашите права

Имате право на достъп, коригиране, изтриване, ограничаване на обработването, преносимост и възражение. Можете да оттеглите съгласието си по всяко време чрез линка в края на всеки бюлетин. Имате право да подадете жалба до Комисията за защита на личните данни ([www.cpdp.bg](https://www.cpdp.bg)).

## Бисквитки

Използваме необходими бисквитки за работата на количката и, с Ваше съгласие, аналитични и маркетингови бисквитки. Подробности ще намерите в Политиката за бисквитки.
"""

EDITS = [
    {"note": "recipients: Mailchimp row replaced by Brevo",
     "repl": [("| Mailchimp (The Rocket Science Group LLC) | Изпращане на бюлетин |",
               "| Sendinblue SAS (Brevo) | Изпращане на бюлетин и SMS известия |")]},
    {"note": "retention of prescriptions 1 -> 2 years",
     "repl": [("се съхраняват 1 година.", "се съхраняват 2 години.")]},
    {"note": "recipients: new row Box Now (parcel lockers)",
     "repl": [("| Спиди АД | Доставка на поръчки |",
               "| Спиди АД | Доставка на поръчки |\n| Бокс Нау България ЕООД | Доставка до автомати |")]},
    {"note": "DPO changed (Мария Георгиева -> Николай Петров)", "bump": False,
     "repl": [("Мария Георгиева, [dpo@", "Николай Петров, [dpo@")]},
    {"note": "new paragraph: online pharmacist consultation via chat",
     "repl": [("## Получатели на данните", "Когато използвате чата „Попитай фармацевт“, съхраняваме съобщенията Ви "
               "6 месеца, за да можем да отговорим на последващи въпроси.\n\n## Получатели на данните")]},
    {"note": "address changed (бул. „Руски“ № 52 -> ул. „Христо Ботев“ № 27А)",
     "repl": [("гр. Пловдив 4000, бул. „Руски“ № 52", "гр. Пловдив 4002, ул. „Христо Ботев“ № 27А")]},
]
DEPLOYS = K.deploys("p4bg", dt.date(2022, 1, 1), dt.date(2026, 12, 31), (20, 80))
PROMOS = [((1, 1), (2, 15), "Зимна промоция: -20% на витамини и имуностимулатори"),
          ((3, 1), (3, 10), "Честит 8 март! -15% на козметика"), ((6, 1), (8, 31), "Слънцезащита -25%"),
          ((11, 20), (11, 30), "Black Friday: до -40%")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"nonces": (C.hexs(rng, 10), C.hexs(rng, 10)), "fragment": C.hexs(rng, 32)}
    s["ver"] = K.deploy(when, DEPLOYS)
    s["promo"] = K.season(when, PROMOS)
    base = 2100 + (when - dt.datetime(2022, 1, 1)).days * 7
    s["views"] = base + rng.randint(0, 6)
    s["free"] = "69" if when.year < 2024 else "79"
    return s


LABELS = {"nonces": "flatsomeVars / wc_add_to_cart nonces", "fragment": "wc_cart_fragments hash key",
          "ver": "theme/plugin ?ver= per update", "promo": "seasonal top-bar promo",
          "views": "Post Views Counter INSIDE the content", "free": "free-delivery threshold in header"}


def render(s, blocks, when):
    n1, n2 = s["nonces"]
    v = s["ver"]
    views = C.group_digits(s["views"], "\u00a0")
    pv = ('<div class="post-views content-post post-3 entry-meta load-static"><span class="post-views-icon dashicons '
          'dashicons-chart-bar"></span> <span class="post-views-label">Прегледи:</span> <span class="post-views-count">'
          '%s</span></div>' % views)
    content = C.render_blocks(blocks[1:], tags={"table": ' class="table-responsive"'})
    promo = ('<div id="top-bar" class="header-top hide-for-sticky nav-dark"><div class="flex-row container">'
             '<div class="flex-col hide-for-medium flex-center"><p>%s</p></div></div></div>' % C.esc(s["promo"])
             if s["promo"] else "")
    return (
        '<!DOCTYPE html>\n<html lang="bg-BG" class="loading-site no-js">\n<head>\n<meta charset="UTF-8" />\n'
        '<title>Политика за поверителност &#8211; Аптеки Здравец<'
        '/title>\n<meta name=\'robots\' content=\'index, follow\''
        ' />\n<link rel=\'stylesheet\' id=\'flatsome-main-css\' href=\'https://zdravets-apteki.bg/wp-content/themes/'
        'flatsome/assets/css/flatsome.css?ver=3.%d.%d\' type=\'text/css\' media=\'all\' />\n<link rel=\'stylesheet\' '
        'id=\'woocommerce-general-css\' href=\'https://zdravets-apteki.bg/wp-content/plugins/woocommerce/assets/css/'
        'woocommerce.css?ver=%d.%d.%d\' type=\'text/css\' media=\''
        'all\' />\n<script type="text/javascript" id="wc-add-to-'
        'cart-js-extra">\n/* <![CDATA[ */\nvar wc_add_to_cart_params = {"ajax_url":"\\/wp-admin\\/admin-ajax.php",'
        '"wc_ajax_url":"\\/?wc-ajax=%%%%endpoint%%%%","i18n_view_c'
        'art":"\\u041a\\u043e\\u043b\\u0438\\u0447\\u043a\\u0430",'
        '"cart_url":"https:\\/\\/zdravets-apteki.bg\\/cart\\/","is_cart":"","cart_redirect_after_add":"no"};\n'
        '/* ]]> */\n</script>\n<link rel="canonical" href="%s" />\n</head>\n'
        '<body class="privacy-policy page-template-default page page-id-3 theme-flatsome woocommerce-no-js lightbox '
        'nav-dropdown-has-arrow">\n<a class="skip-link screen-reader-text" href="#main">Skip to content</a>\n'
        '<div id="wrapper">\n<header id="header" class="header has-sticky sticky-jump"><div class="header-wrapper">%s'
        '<div id="masthead" class="header-main"><div class="heade'
        'r-inner flex-row container logo-left medium-logo-center"'
        ' role="navigation"><div id="logo" class="flex-col logo"><a href="https://zdravets-apteki.bg/" title="Аптеки '
        'Здравец" rel="home"><img width="200" height="60" src="https://zdravets-apteki.bg/wp-content/uploads/2021/06/'
        'logo-zdravets.png" class="header_logo header-logo" alt="Аптеки Здравец"/></a></div><div class="flex-col '
        'hide-for-medium flex-right"><ul class="header-nav header'
        '-nav-main nav nav-right"><li class="cart-item has-icon">'
        '<a href="https://zdravets-apteki.bg/cart/" class="header'
        '-cart-link is-small" title="Количка"><span class="header-'
        'cart-title">Количка / <span class="cart-price"><span class="woocommerce-Price-amount amount"><bdi>0,00&nbsp;'
        '<span class="woocommerce-Price-currencySymbol">лв.</span></bdi></span></span></span></a></li></ul>'
        '<p class="free-delivery">Безплатна доставка над %s лв.</p></div></div></div></div></header>\n'
        '<main id="main" class="">\n<div id="content" class="content-area page-wrapper" role="main">\n<div class="row '
        'row-main">\n<div class="large-12 col">\n<div class="col-inner">\n<div class="page-inner">\n'
        '<header class="entry-header"><h1 class="entry-title mb uppercase">%s</h1></header>\n%s\n%s\n'
        '</div>\n</div>\n</div>\n</div>\n</div>\n</main>\n'
        '<footer id="footer" class="footer-wrapper"><div class="footer-widgets footer footer-2 dark"><div class="row '
        'dark large-columns-3 mb-0"><div id="text-2" class="col pb-0 widget widget_text"><span class="widget-title">'
        'Контакти</span><div class="textwidget"><p>Денонощна аптека: Пловдив, бул. „Марица“ 122</p></div></div></div>'
        '</div><div class="absolute-footer dark medium-text-center small-text-center"><div class="copyright-footer">'
        'Copyright %d © <strong>Аптеки Здравец</strong></div></div></footer>\n</div>\n'
        '<script type="text/javascript" id="flatsome-js-js-extra">\n/* <![CDATA[ */\nvar flatsomeVars = {"theme":'
        '{"version":"3.%d.%d"},"ajaxurl":"https:\\/\\/zdravets-apteki.bg\\/wp-admin\\/admin-ajax.php","rtl":"",'
        '"sticky_height":"70","stickyHeaderHeight":"0","scrollPaddingTop":"0","assets_url":"https:\\/\\/zdravets-'
        'apteki.bg\\/wp-content\\/themes\\/flatsome\\/assets\\/",'
        '"lightbox":{"close_markup":"<button title=\\"%%title%%\\"'
        ' type=\\"button\\" class=\\"mfp-close\\"><\\/button>"},"user":{"can_edit_pages":false},"i18n":{"mainMenu":"'
        'Main Menu"},"options":{"cookie_notice_version":"1"},"is_mini_cart_reveal":"1"};\n/* ]]> */\n</script>\n'
        '<script type="text/javascript" id="wc-cart-fragments-js-extra">\n/* <![CDATA[ */\nvar wc_cart_fragments_params'
        ' = {"ajax_url":"\\/wp-admin\\/admin-ajax.php","wc_ajax_url":"\\/?wc-ajax=%%%%endpoint%%%%","cart_hash_key":'
        '"wc_cart_hash_%s","fragment_name":"wc_fragments_%s","request_timeout":"5000"};\nvar pvcArgsFrontend = '
        '{"mode":"js","postID":3,"requestURL":"https:\\/\\/zdravets-apteki.bg\\/wp-admin\\/admin-ajax.php","nonce":'
        '"%s","dataStorage":"cookies","multisite":false,"path":"\\/","domain":""};\n/* ]]> */\n</script>\n'
        '<script type="text/javascript" src="https://zdravets-apteki.bg/wp-content/themes/flatsome/assets/js/'
        'flatsome.js?ver=%s" id="flatsome-js-js"></script>\n</body>\n</html>\n'
        % (17 + int(v[0], 16) % 4, int(v[1], 16) % 7, 7 + int(v[2], 16) % 3, int(v[3], 16) % 9, int(v[4], 16) % 4,
           URL, promo, s["free"], C.inline_html(blocks[0][1]), content, pv, when.year,
           17 + int(v[0], 16) % 4, int(v[1], 16) % 7, s["fragment"], s["fragment"], n1, v[:20]))


PAGE = {
    "service": "Аптеки Здравец", "url": URL, "lang": "bg-BG", "platform": "WordPress + WooCommerce (Flatsome)",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 1, 15), "end": dt.date(2026, 2, 28), "hours": (3, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 6, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#content .page-inner"], "remove": [".post-views"]},
}
