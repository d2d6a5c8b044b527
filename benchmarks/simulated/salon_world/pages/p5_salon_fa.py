"""آرایشگاه ماهرخ (Mahrokh beauty salon) - fa hair and bridal salon with online booking (Tehran) - WordPress +
WooCommerce, Persian RTL theme (Woodmart child), WP-PostViews, Jalali dates (wp-parsidate), Goftino chat, eNamad."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import skit as K  # noqa: E402
from skit import C  # noqa: E402

URL = "https://mahrokhsalon.ir/privacy-policy/"


def fmt_date(d):
    y, m, dd = K.jalali(d)
    return K.fa_digits("%d %s %d" % (dd, K.MONTHS["fa"][m - 1], y))


POLICY = """
# حریم خصوصی کاربران

آخرین به‌روزرسانی: {UPDATED}

سالن زیبایی ماهرخ به حریم خصوصی مشتریان خود احترام می‌گذارد. این صفحه توضیح می‌دهد که هنگام رزرو آنلاین خدمات آرایش مو، ناخن، میکاپ عروس و پوست، خرید از فروشگاه و استفاده از وب‌سایت، چه اطلاعاتی از شما جمع‌آوری می‌کنیم و چگونه از آن‌ها استفاده می‌کنیم.

## اطلاعاتی که جمع‌آوری می‌کنیم

- نام و نام خانوادگی و شماره تلفن همراه؛
- تاریخ و ساعت نوبت و خدمات انتخاب‌شده؛
- نشانی پستی برای ارسال سفارش‌های فروشگاه؛
- اطلاعات مربوط به حساسیت پوست و مو که خودتان اعلام می‌کنید؛
- عکس‌های قبل و بعد از خدمات، تنها با رضایت شما.

## نحوه استفاده از اطلاعات

از اطلاعات شما برای ثبت و تأیید نوبت، ارسال پیامک یادآوری، ارائه خدمات متناسب با شرایط پوست و مو، ارسال سفارش‌ها و پاسخ به پرسش‌ها استفاده می‌کنیم. پیامک‌های تبلیغاتی تنها برای مشتریانی ارسال می‌شود که عضو باشگاه مشتریان شده‌اند و هر زمان می‌توانند لغو عضویت کنند.

## اشتراک‌گذاری اطلاعات

اطلاعات شما به هیچ شخص یا سازمانی فروخته نمی‌شود. تنها در موارد زیر اطلاعات لازم در اختیار شرکای ما قرار می‌گیرد:

| شریک | کاربرد |
| درگاه پرداخت زرین‌پال | پرداخت آنلاین بیعانه و سفارش‌ها |
| سامانه پیامکی کاوه‌نگار | ارسال پیامک یادآوری نوبت |
| شرکت ملی پست | ارسال سفارش‌های فروشگاه |

در صورت درخواست مراجع قضایی ذی‌صلاح نیز اطلاعات طبق قانون ارائه خواهد شد.

## نگهداری اطلاعات

سوابق نوبت‌ها به مدت دو سال نگهداری می‌شود. عکس‌های قبل و بعد پس از لغو رضایت شما حداکثر ظرف ۷ روز حذف می‌شوند.

## امنیت اطلاعات

وب‌سایت ما از پروتکل امن SSL استفاده می‌کند و اطلاعات پرداخت مستقیماً در درگاه بانکی وارد می‌شود و در سایت ذخیره نمی‌گردد.

## حقوق شما

شما می‌توانید در هر زمان درخواست مشاهده، اصلاح یا حذف اطلاعات خود را از طریق حساب کاربری یا تماس با ما ثبت کنید.

## تماس با ما

@ تهران، خیابان شریعتی، بالاتر از پل صدر، پلاک ۱۲۴، طبقه دوم
@ تلفن: ۰۲۱-۲۲۶۱۲۳۴۵
@ ایمیل: [info@mahrokhsalon.ir](mailto:info@mahrokhsalon.ir)
"""

EDITS = [
    {"note": "SMS provider replaced: Kavenegar -> SMS.ir",
     "repl": [("| سامانه پیامکی کاوه‌نگار | ارسال پیامک یادآوری نوبت |", "| سامانه پیامکی اس‌ام‌اس‌دات‌آی‌آر | "
               "ارسال پیامک یادآوری نوبت |")]},
    {"note": "table row added: Tipax courier",
     "repl": [("| شرکت ملی پست | ارسال سفارش‌های فروشگاه |", "| شرکت ملی پست | ارسال سفارش‌های فروشگاه |\n"
               "| تیپاکس | ارسال فوری سفارش‌ها در تهران |")]},
    {"note": "retention: two years -> three years",
     "repl": [("به مدت دو سال نگهداری", "به مدت سه سال نگهداری")]},
    {"note": "address moved (Shariati -> Valiasr, Vanak)",
     "repl": [("@ تهران، خیابان شریعتی، بالاتر از پل صدر، پلاک ۱۲۴، طبقه دوم",
               "@ تهران، خیابان ولیعصر، بالاتر از میدان ونک، پلاک ۲۰۱۸، طبقه سوم")]},
    {"note": "sentence added: bridal packages need a deposit, card number not stored", "bump": False,
     "repl": [("در سایت ذخیره نمی‌گردد.", "در سایت ذخیره نمی‌گردد. برای رزرو پکیج عروس، شماره کارت بانکی شما "
               "نزد ما نگهداری نمی‌شود.")]},
    {"note": "list item removed: postal address for shop orders (shop closed)",
     "repl": [("- نشانی پستی برای ارسال سفارش‌های فروشگاه؛\n", "")]},
]

SERVICES = ["کراتینه مو", "رنگ و لایت", "کاشت ناخن", "میکاپ عروس", "فیشیال پوست", "اکستنشن مژه"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"nonce": (C.hexs(rng, 10), C.hexs(rng, 10), C.hexs(rng, 10))}
    s["views"] = (prev.get("views") or (1800, 0))[0] + rng.randint(30, 400), 0
    s["ver"] = C.keep_or(rng, prev.get("ver"), 0.25, lambda: ("7.%d.%d" % (rng.randint(2, 6), rng.randint(0, 9)),
                                                             rng.choice(["6.4.3", "6.5.2", "6.6.1", "6.7"])))
    s["today"] = fmt_date(K.local(when, 3.5).date())
    s["saved"] = prev.get("saved")
    s["featured"] = C.keep_or(rng, prev.get("featured"), 0.6, lambda: tuple(rng.sample(range(len(SERVICES)), 3)))
    return s


LABELS = {"nonce": "WooCommerce / wp_rest / ajax nonces", "views": "WP-PostViews counter in .entry-meta (INSIDE)",
          "ver": "theme and WordPress versions in asset ?ver=", "today": "today's Jalali date in the top bar",
          "featured": "featured services widget in the sidebar",
          "saved": "Jalali modified date in .entry-meta (INSIDE)"}


def render(s, blocks, when):
    n1, n2, n3 = s["nonce"]
    mod = C.saved_at(s, blocks, when, key="saved")
    title, rest = blocks[0], blocks[1:]
    body = C.render_blocks(rest, tags={"table": ' class="responsive-table"'})
    feat = "".join('<li><a href="/service/%d/">%s</a></li>' % (k, SERVICES[k]) for k in s["featured"])
    return (
        '<!DOCTYPE html>\n<html dir="rtl" lang="fa-IR">\n<head>\n<meta charset="UTF-8">\n<title>حریم خصوصی کاربران'
        ' &#8211; سالن زیبایی ماهرخ</title>\n<link rel="stylesheet" id="woodmart-style-css" href="https://mahrokhsalon'
        '.ir/wp-content/themes/woodmart/css/parts/base-rtl.min.css?ver=%s" type="text/css" media="all" />\n'
        '<script type="text/javascript" id="wc-add-to-cart-js-extra">var wc_add_to_cart_params = {"ajax_url":"\\/wp-'
        'admin\\/admin-ajax.php","wc_ajax_url":"\\/?wc-ajax=%%%%endpoint%%%%","i18n_view_cart":"\\u0645\\u0634\\u0627'
        '\\u0647\\u062f\\u0647 \\u0633\\u0628\\u062f"};var woodmart_settings = {"nonce":"%s"};</script>\n'
        '<script type="text/javascript" id="wp-api-fetch-js-after">wp.apiFetch.use( wp.apiFetch.createNonceMiddleware('
        ' "%s" ) );</script>\n<meta name="generator" content="WordPress %s" />\n</head>\n'
        '<body class="rtl privacy-policy page-template-default page page-id-3 theme-woodmart woocommerce-no-js">\n'
        '<div class="website-wrapper"><div class="whb-top-bar"><span class="today">امروز: %s</span> · '
        '<span>رزرو تلفنی: ۰۲۱-۲۲۶۱۲۳۴۵</span></div>\n<header class="whb-header"><div class="site-logo"><a href="/">'
        '<img src="/wp-content/uploads/2022/01/logo-mahrokh.png" alt="ماهرخ"></a></div><nav class="main-nav"><ul '
        'class="menu"><li><a href="/services/">خدمات</a></li><li><a href="/booking/">رزرو نوبت</a></li><li><a href='
        '"/shop/">فروشگاه</a></li><li><a href="/blog/">مجله زیبایی</a></li></ul></nav></header>\n'
        '<div class="main-page-wrapper"><div class="container"><div class="row"><div class="site-content col-lg-9">'
        '<article id="post-3" class="post-3 page type-page status-publish hentry"><header class="entry-header">'
        '<h1 class="entry-title">%s</h1><div class="entry-meta"><span class="updated">ویرایش: %s</span> '
        '<span class="post-views">بازدید: %s</span></div></header>\n<div class="entry-content">%s</div></article>'
        '</div>\n<aside class="sidebar-container col-lg-3"><div class="widget"><h5 class="widget-title">خدمات ویژه</h5>'
        '<ul>%s</ul></div></aside></div></div></div>\n<footer class="footer-container"><a referrerpolicy="origin" '
        'target="_blank" href="https://trustseal.enamad.ir/?id=212345&amp;Code=aBcDeFgHiJkLmNoPqRsT"><img src="https:'
        '//trustseal.enamad.ir/logo.aspx?id=212345&amp;Code=aBcDeFgHiJkLmNoPqRsT" alt="enamad" code="aBcDeFgHiJkLmNo'
        'PqRsT"></a><p>تمامی حقوق برای سالن زیبایی ماهرخ محفوظ است.</p></footer></div>\n'
        '<script type="text/javascript">!function(){var i="Xk9pQ2",a=window,d=document;function g(){var g=d.createEle'
        'ment("script"),s="https://www.goftino.com/widget/"+i,l=localStorage.getItem("goftino_"+i);g.async=!0,g.src=l'
        '?s+"?o="+l:s;d.getElementsByTagName("head")[0].appendChild(g);}"complete"===d.readyState?g():a.attachEvent?'
        'a.attachEvent("onload",g):a.addEventListener("load",g,!1);}();</script>\n'
        '<script id="wp-postviews-cache-js-extra">var viewsCacheL10n = {"admin_ajax_url":"\\/wp-admin\\/admin-ajax.'
        'php","nonce":"%s","post_id":"3"};</script>\n</body>\n</html>\n'
        % (s["ver"][0], n1, n2, s["ver"][1], s["today"], C.inline_html(title[1]), fmt_date(mod.date()),
           K.fa_digits(C.group_digits(s["views"][0], ",")), body, feat, n3))


PAGE = {
    "service": "Mahrokh Salon", "url": URL, "lang": "fa-IR", "platform": "WordPress + WooCommerce, Woodmart RTL",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 4, 1), "end": dt.date(2026, 5, 15), "hours": (5, 11, 17),
    "policy": POLICY, "first_updated": dt.date(2022, 1, 25), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article.type-page"], "remove": [".entry-meta"]},
}
