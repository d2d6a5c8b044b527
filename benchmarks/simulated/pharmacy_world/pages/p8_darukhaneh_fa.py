"""داروخانه آنلاین سپید - Iranian online pharmacy (Persian) - WordPress + WooCommerce, WoodMart RTL theme, Persian
digits and Solar Hijri dates; KK Star Ratings box appended INSIDE the content."""
import datetime as dt
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import pkit as K  # noqa: E402

URL = "https://sepiddaru.ir/privacy-policy/"
MAH = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]


def fa(s):
    return K.digits(s, "۰")


def fmt_date(d):
    y, m, day = C.jalali(d)
    return "%s %s %s" % (fa(day), MAH[m - 1], fa(y))


POLICY = """
# حریم خصوصی کاربران

آخرین به‌روزرسانی: {UPDATED}

داروخانه آنلاین سپید، به مسئولیت فنی دکتر سارا محمدی، حفظ حریم خصوصی کاربران را یکی از مهم‌ترین تعهدات خود می‌داند. این صفحه توضیح می‌دهد که هنگام خرید دارو و محصولات بهداشتی از وب‌سایت sepiddaru.ir چه اطلاعاتی از شما دریافت می‌کنیم و چگونه از آن‌ها استفاده می‌کنیم.

## اطلاعاتی که جمع‌آوری می‌کنیم

- نام و نام خانوادگی، شماره تلفن همراه و نشانی تحویل سفارش؛
- کد ملی، برای ثبت و پیگیری نسخه‌های الکترونیک؛
- تصویر نسخه پزشک و اطلاعات دارویی که برای مشاوره ارسال می‌کنید؛
- سابقه سفارش‌ها و پرداخت‌ها؛
- اطلاعات فنی مانند نشانی IP و نوع مرورگر.

## نحوه استفاده از اطلاعات

از اطلاعات شما برای پردازش و ارسال سفارش، بررسی نسخه توسط داروساز، ارائه مشاوره دارویی، ارسال پیامک وضعیت سفارش و بهبود خدمات وب‌سایت استفاده می‌کنیم. داروهای نسخه‌ای تنها پس از تأیید نسخه توسط داروساز مسئول فنی ارسال می‌شوند.

## اشتراک‌گذاری اطلاعات

اطلاعات شما به هیچ شخص یا سازمانی فروخته نمی‌شود. تنها در موارد زیر اطلاعات لازم در اختیار دیگران قرار می‌گیرد:

- شرکت ملی پست و پیک‌های تیپاکس، برای ارسال سفارش؛
- درگاه پرداخت بانک ملت (به‌پرداخت)، برای پرداخت اینترنتی؛
- سامانه نسخه الکترونیک سازمان بیمه سلامت، برای دریافت نسخه‌های الکترونیک؛
- مراجع قضایی و سازمان غذا و دارو، در صورت درخواست قانونی.

## نگهداری اطلاعات

اطلاعات سفارش‌ها و نسخه‌ها به مدت ۲ سال نگهداری می‌شود. در صورت درخواست حذف حساب کاربری، اطلاعات شما پس از پایان این مدت حذف خواهد شد.

## امنیت اطلاعات

ارتباط با وب‌سایت از طریق پروتکل امن HTTPS انجام می‌شود و دسترسی به اطلاعات نسخه‌ها فقط برای داروسازان و کارکنان مجاز امکان‌پذیر است.

## ارتباط با ما

@ داروخانه آنلاین سپید
@ تهران، خیابان ولیعصر، بالاتر از میدان ونک، پلاک ۲۴۱۰
@ تلفن: ۰۲۱-۸۸۶۷۴۵۱۲
@ ایمیل: [info@sepiddaru.ir](mailto:info@sepiddaru.ir)
"""

EDITS = [
    {"note": "sharing: new list item for courier Alopeyk",
     "repl": [("- شرکت ملی پست و پیک‌های تیپاکس، برای ارسال سفارش؛",
               "- شرکت ملی پست و پیک‌های تیپاکس، برای ارسال سفارش؛\n- الوپیک، برای ارسال فوری در تهران؛")]},
    {"note": "payment gateway replaced (Bank Mellat -> Zarinpal)",
     "repl": [("- درگاه پرداخت بانک ملت (به‌پرداخت)، برای پرداخت اینترنتی؛",
               "- درگاه پرداخت زرین‌پال، برای پرداخت اینترنتی؛")]},
    {"note": "retention 2 -> 5 years", "repl": [("به مدت ۲ سال نگهداری", "به مدت ۵ سال نگهداری")]},
    {"note": "technical director changed (دکتر سارا محمدی -> دکتر امیرحسین رضایی), no new date", "bump": False,
     "repl": [("دکتر سارا محمدی", "دکتر امیرحسین رضایی")]},
    {"note": "new section: cookies",
     "repl": [("## ارتباط با ما", "## کوکی‌ها\n\nوب‌سایت برای نگهداری سبد خرید و ورود به حساب کاربری از کوکی "
               "استفاده می‌کند. می‌توانید کوکی‌ها را در تنظیمات مرورگر خود غیرفعال کنید، "
               "اما برخی بخش‌های سایت درست کار "
               "نخواهند کرد.\n\n## ارتباط با ما")]},
    {"note": "phone number changed and WhatsApp/Eitaa support line added",
     "repl": [("@ تلفن: ۰۲۱-۸۸۶۷۴۵۱۲", "@ تلفن: ۰۲۱-۹۱۰۰۲۴۱۰\n@ پشتیبانی در ایتا: ۰۹۱۲۴۴۵۶۷۸۹")]},
]
DEPLOYS = K.deploys("p8fa", dt.date(2022, 1, 1), dt.date(2026, 12, 31), (25, 75))
PROMOS = [((3, 10), (4, 5), "جشنواره نوروزی: تا ۳۰٪ تخفیف محصولات آرایشی و بهداشتی"),
          ((11, 20), (11, 30), "حراج بلک فرایدی سپید")]


def noise(rng, when, i, prev):
    s = {"nonces": (C.hexs(rng, 10), C.hexs(rng, 10))}
    s["ver"] = K.deploy(when, DEPLOYS)
    s["promo"] = K.season(when, PROMOS)
    days = (when - dt.datetime(2022, 1, 1)).days
    s["rating"] = (96 + days // 9 + rng.randint(0, 2), rng.choice([4.4, 4.5, 4.5, 4.6]))
    s["stats"] = (rng.randint(8, 90), rng.randint(900, 4200))
    s["amazing"] = rng.randint(1, 86399)
    return s


LABELS = {"nonces": "woodmart / wc nonces", "ver": "theme and plugin ?ver= per update", "promo": "Nowruz / sale banner",
          "rating": "KK Star Ratings box INSIDE the content (votes, score)",
          "stats": "WP Statistics footer widget (online users, today's visits)",
          "amazing": "'شگفت‌انگیز' countdown seconds in header"}


def render(s, blocks, when):
    n1, n2 = s["nonces"]
    v = s["ver"]
    cnt, score = s["rating"]
    kk = ('<div class="kk-star-ratings kksr-auto kksr-align-left kksr-valign-bottom" data-payload=\'{"align":"left",'
          '"id":"3","slug":"default","valign":"bottom","ignore":"","reference":"auto","class":"","count":"%d",'
          '"legendonly":"","readonly":"","score":"%.1f","starsonly":"","best":"5","gap":"5","greet":"به این صفحه '
          'امتیاز دهید","legend":"%.1f\\/5 - (%d امتیاز)","size":"24","title":"حریم خصوصی کاربران","width":"%.1f",'
          '"_legend":"{score}\\/{best} - ({count} {votes})","font_factor":"1.25"}\'><div class="kksr-stars"><div class='
          '"kksr-stars-inactive"></div><div class="kksr-stars-active" style="width: %.1fpx;"></div></div><div class='
          '"kksr-legend" style="font-size: 19.2px;">%s/۵ - (%s امتیاز)</div></div>'
          % (cnt, score, score, cnt, score * 29 - 5, score * 29 - 5, fa("%.1f" % score), fa(cnt)))
    content = C.render_blocks(blocks[1:]) + "\n" + kk
    h, rem = divmod(s["amazing"], 3600)
    timer = fa("%02d:%02d:%02d" % (h, rem // 60, rem % 60))
    promo = ('<div class="wd-promo-bar"><a href="/offers/">%s</a></div>' % C.esc(s["promo"])) if s["promo"] else ""
    online, visits = s["stats"]
    wv = "7.%d.%d" % (int(v[0], 16) % 4, int(v[1], 16) % 3)
    return (
        '<!DOCTYPE html>\n<html dir="rtl" lang="fa-IR">\n<head>\n<meta charset="UTF-8">\n<title>حریم خصوصی کاربران - '
        'داروخانه آنلاین سپید</title>\n<link rel=\'stylesheet\' id=\'wd-style-base-css\' href=\'https://sepiddaru.ir/'
        'wp-content/themes/woodmart/css/parts/base-rtl.min.css?ver=%s\' type=\'text/css\' media=\'all\' />\n'
        '<link rel=\'stylesheet\' id=\'kk-star-ratings-css\' href=\'https://sepiddaru.ir/wp-content/plugins/kk-star-'
        'ratings/src/core/public/css/kk-star-ratings.min.css?ver=5.4.%d\' type=\'text/css\' media=\'all\' />\n'
        '<link rel="canonical" href="%s" />\n</head>\n<body class="rtl privacy-policy page-template-default page '
        'page-id-3 theme-woodmart woocommerce-no-js wrapper-full-width categories-accordion-on">\n<div class="website-'
        'wrapper">\n%s<header class="whb-header whb-header_528910 whb-sticky-shadow whb-scroll-stick"><div class='
        '"whb-main-header"><div class="whb-row whb-general-header"><div class="container"><div class="site-logo"><a '
        'href="https://sepiddaru.ir/" class="wd-logo wd-main-log'
        'o" rel="home"><img src="https://sepiddaru.ir/wp-content/'
        'uploads/2021/03/logo-sepid.png" alt="داروخانه آنلاین سپید"></a></div><div class="wd-header-text"><span>'
        'شگفت‌انگیز امروز: %s</span></div><div class="wd-header-cart"><a href="https://sepiddaru.ir/cart/"><span '
        'class="wd-cart-number">۰ محصول</span></a></div></div></div></div></header>\n'
        '<div class="main-page-wrapper"><div class="page-title page-title-default title-size-default title-design-'
        'centered color-scheme-light"><div class="container"><h1 class="entry-title title">%s</h1><div class="'
        'breadcrumbs"><a href="https://sepiddaru.ir/">خانه</a> » <span class="breadcrumb-last">حریم خصوصی کاربران'
        '</span></div></div></div>\n<div class="container"><div class="row content-layout-wrapper align-items-start">'
        '<div class="site-content col-lg-12 col-12 col-md-12" role="main"><article id="post-3" class="post-3 page '
        'type-page status-publish hentry"><div class="entry-content">\n%s\n</div></article></div></div></div></div>\n'
        '<footer class="footer-container color-scheme-light"><div class="container main-footer"><aside class="footer-'
        'sidebar widget-area row"><div class="footer-column"><div id="wp_statistics_widget-2" class="wd-widget widget '
        'footer-widget widget_wp_statistics_widget"><h5 class="widget-title">آمار سایت</h5><ul><li><label>کاربران '
        'آنلاین:</label> %s</li><li><label>بازدید امروز:</label> %s</li></ul></div></div><div class="footer-column">'
        '<a referrerpolicy="origin" target="_blank" href="https://trustseal.enamad.ir/?id=212345&amp;Code=Ab12Cd34Ef">'
        '<img referrerpolicy="origin" src="https://trustseal.enamad.ir/logo.aspx?id=212345&amp;Code=Ab12Cd34Ef" alt="'
        'نماد اعتماد الکترونیکی" id="Ab12Cd34Ef"></a></div></aside></div><div class="copyrights-wrapper"><div class='
        '"container"><div class="min-footer"><div class="col-left">کلیه حقوق این سایت متعلق به داروخانه آنلاین سپید '
        'است. © %s</div></div></div></div></footer>\n</div>\n<script type="text/javascript" id="wd-woocommerce-'
        'notices-js-extra">var woodmart_settings = {"menu_storage_key":"woodmart_%s","ajax_dropdowns_save":"1",'
        '"photoswipe_close_on_scroll":"1","woocommerce_ajax_add_to_cart":"yes","ajaxurl":"https:\\/\\/sepiddaru.ir\\/'
        'wp-admin\\/admin-ajax.php","add_to_cart_action":"widget","wishlist_nonce":"%s","is_rtl":"yes","product_'
        'gallery":{"thumbs_slider":{"position":"bottom"}}};\nvar kk_star_ratings = {"action":"kk-star-ratings",'
        '"endpoint":"https:\\/\\/sepiddaru.ir\\/wp-admin\\/admin-ajax.php","nonce":"%s"};</script>\n<script '
        'type="text/javascript" src="https://sepiddaru.ir/wp-content/themes/woodmart/js/scripts/global/helpers.min.js'
        '?ver=%s" id="wd-helpers-js"></script>\n</body>\n</html>\n'
        % (wv, int(v[2], 16) % 5, URL, promo, timer, C.inline_html(blocks[0][1]), content, fa(online),
           fa(C.group_digits(visits, "٬")), fa(C.jalali(when.date())[0]), v[:32], n1, n2, wv))


PAGE = {
    "service": "داروخانه آنلاین سپید", "url": URL, "lang": "fa-IR", "platform": "WordPress + WooCommerce (WoodMart)",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 3, 21), "end": dt.date(2026, 3, 15), "hours": (4, 6, 10, 18),
    "policy": POLICY, "first_updated": dt.date(2021, 12, 22), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".page-title h1.entry-title", "article.page .entry-content"],
                    "remove": [".kk-star-ratings"]},
}
