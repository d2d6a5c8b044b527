"""Nazarkadeh نظرکده - fa online survey builder with a paid respondent panel - WordPress (Persian, RTL) with the
Astra theme and Gutenberg blocks, Rank Math, WP-Parsidate (Solar Hijri dates), WP Fastest Cache, Raychat, eNamad."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import skit as K  # noqa: E402

URL = "https://nazarkadeh.com/privacy-policy/"

POLICY = K.unwrap("""
# سیاست حفظ حریم خصوصی

آخرین به‌روزرسانی: {UPDATED}

نظرکده سامانهٔ ساخت پرسشنامهٔ آنلاین و پنل پاسخ‌دهندگان است که شرکت داده‌پردازان نظرکده (سهامی خاص) آن را اداره می‌کند.
    ما به حریم خصوضی شما احترام می‌گذاریم و در این صفحه توضیح می‌دهیم چه اطلاعاتی از سازندگان پرسشنامه، پاسخ‌دهندگان و
    اعضای پنل جمع‌آوری می‌کنیم، چگونه از آن استفاده می‌کنیم و چه حقوقی دارید. این سیاست بر پایهٔ قانون تجارت الکترونیکی
    و مقررات مرتبط تنظیم شده است.

## ۱. اطلاعاتی که جمع‌آوری می‌کنیم

- سازندگان پرسشنامه: نام و نام خانوادگی، نشانی ایمیل، شمارهٔ تلفن همراه و نام سازمان؛
- پاسخ‌دهندگان: پاسخ‌هایی که در پرسشنامه ثبت می‌کنید و در صورت فعال بودن این گزینه از سوی سازنده،
    نشانی IP و زمان پاسخ‌گویی؛
- اعضای پنل: سن، جنسیت، استان و شهر محل سکونت، میزان تحصیلات و شغل؛
- اطلاعات پرداخت سفارش‌ها، بدون نگهداری شمارهٔ کارت بانکی؛
- اطلاعات فنی مانند نوع دستگاه، مرورگر و صفحه‌های بازدیدشده.

## ۲. مالکیت پاسخ‌ها

پاسخ‌های هر پرسشنامه متعلق به سازندهٔ آن است و نظرکده تنها به‌عنوان پردازشگر، آن‌ها را نگهداری و
    برای سازنده نمایش می‌دهد.
    ما پاسخ‌ها را نمی‌فروشیم و جز برای ارائهٔ خدمات، رفع اشکال یا به حکم مرجع قضایی به آن‌ها دسترسی پیدا نمی‌کنیم.

## ۳. هدف استفاده از اطلاعات

- ایجاد و مدیریت حساب کاربری و پشتیبانی؛
- ارسال دعوت‌نامهٔ پرسشنامه برای اعضای پنل متناسب با ویژگی‌های آن‌ها؛
- محاسبه و پرداخت پاداش اعضای پنل؛
- بهبود خدمات و جلوگیری از تقلب و ثبت پاسخ‌های تکراری؛
- ارسال خبرنامه، تنها در صورتی که خودتان آن را فعال کرده باشید.

## ۴. پنل پاسخ‌دهندگان و پاداش

اعضای پنل به ازای هر پرسشنامهٔ تکمیل‌شده امتیاز دریافت می‌کنند و می‌توانند امتیاز خود را به شارژ تلفن همراه یا اعتبار
    کیف پول تبدیل کنند. برای پرداخت پاداش، شمارهٔ تلفن همراه شما در اختیار ارائه‌دهندهٔ خدمات شارژ قرار می‌گیرد. اطلاعات
    شناسایی اعضا هرگز همراه با پاسخ‌ها در اختیار کارفرمای پژوهش قرار نمی‌گیرد.

## ۵. اشتراک‌گذاری اطلاعات با ارائه‌دهندگان خدمات

| ارائه‌دهنده | کاربرد | محل پردازش |
| ابر آروان | میزبانی سرورها و شبکهٔ توزیع محتوا | ایران |
| کاوه‌نگار | ارسال پیامک کد تأیید و دعوت‌نامه | ایران |
| زرین‌پال | درگاه پرداخت اینترنتی | ایران |
| گوگل آنالیتیکس | آمار بازدید وب‌سایت | ایالات متحده |

## ۶. مدت نگهداری اطلاعات

پرسشنامه‌ها و پاسخ‌های هر حساب تا زمانی که حساب فعال است نگهداری می‌شوند. پس از حذف حساب، اطلاعات آن ظرف ۹۰ روز از
    سرورهای اصلی و نسخه‌های پشتیبان پاک می‌شود. سوابق مالی طبق قوانین مالیاتی تا ۵ سال نگهداری می‌شوند.

## ۷. امنیت اطلاعات

ارتباط با نظرکده از طریق پروتکل امن HTTPS انجام می‌شود، گذرواژه‌ها به‌صورت درهم‌سازی‌شده ذخیره می‌شوند و دسترسی کارکنان
    به اطلاعات محدود و ثبت‌شده است. با این حال هیچ روشی در اینترنت کاملاً امن نیست و ما متعهد می‌شویم در صورت بروز
    رخداد امنیتی، کاربران آسیب‌دیده را در کوتاه‌ترین زمان مطلع کنیم.

## ۸. حقوق شما

- دسترسی به اطلاعات و دریافت نسخه‌ای از پاسخ‌های خود؛
- اصلاح اطلاعات نادرست؛
- حذف حساب کاربری و اطلاعات مرتبط با آن؛
- لغو عضویت در خبرنامه و پنل در هر زمان.

برای استفاده از این حقوق از بخش «تنظیمات حساب» اقدام کنید یا با ما تماس بگیرید. درخواست‌ها حداکثر ظرف ۱۵ روز کاری
    بررسی می‌شوند.

## ۹. کوکی‌ها

نظرکده برای حفظ ورود شما به حساب، جلوگیری از ثبت پاسخ تکراری و تحلیل بازدید از کوکی استفاده می‌کند. می‌توانید کوکی‌ها را
    در تنظیمات مرورگر خود غیرفعال کنید، اما ممکن است برخی بخش‌های سایت به‌درستی کار نکنند.

## ۱۰. تغییرات این سیاست

ممکن است این سیاست را به‌روزرسانی کنیم. تاریخ آخرین تغییر در بالای همین صفحه درج می‌شود و تغییرات مهم از طریق ایمیل
    به کاربران اطلاع داده خواهد شد.

## ۱۱. تماس با ما

@ شرکت داده‌پردازان نظرکده (سهامی خاص)
@ تهران، خیابان ولیعصر، بالاتر از پارک ساعی، کوچهٔ نیلوفر، پلاک ۱۲، واحد ۴
@ تلفن: ۰۲۱-۸۸۷۱۴۰۲۳
@ ایمیل: [privacy@nazarkadeh.com](mailto:privacy@nazarkadeh.com)
""")

EDITS = [
    {"note": "list item added: Sheba (IBAN) number of panel members for cash payouts",
     "repl": [("- اعضای پنل: سن، جنسیت، استان و شهر محل سکونت، میزان تحصیلات و شغل؛",
               "- اعضای پنل: سن، جنسیت، استان و شهر محل سکونت، میزان تحصیلات و شغل؛\n"
               "- شمارهٔ شبای حساب بانکی اعضای پنل برای واریز پاداش نقدی؛")]},
    {"note": "hosting provider replaced: ArvanCloud -> ParsPack cloud servers",
     "repl": [("| ابر آروان | میزبانی سرورها و شبکهٔ توزیع محتوا | ایران |",
               "| پارس‌پک | میزبانی سرورهای ابری | ایران |")]},
    {"note": "typo fixed: 'حریم خصوضی' -> 'حریم خصوصی' in the intro, no new date", "bump": False,
     "repl": [("ما به حریم خصوضی شما احترام", "ما به حریم خصوصی شما احترام")]},
    {"note": "retention after account deletion shortened from 90 to 30 days",
     "repl": [("اطلاعات آن ظرف ۹۰ روز از", "اطلاعات آن ظرف ۳۰ روز از")]},
    {"note": "new paragraph in the panel section: respondents may answer anonymously, no identifiers stored",
     "repl": [("شناسایی اعضا هرگز همراه با پاسخ‌ها در اختیار کارفرمای پژوهش قرار نمی‌گیرد.",
               "شناسایی اعضا هرگز همراه با پاسخ‌ها در اختیار کارفرمای پژوهش قرار نمی‌گیرد.\n\n"
               "سازندگان پرسشنامه می‌توانند گزینهٔ «پاسخ‌گویی ناشناس» را فعال کنند؛ در این حالت نشانی IP، شناسهٔ دستگاه"
               " و\n"
               "    زمان دقیق پاسخ ذخیره نمی‌شود و حتی سازندهٔ پرسشنامه نیز نمی‌تواند پاسخ‌ها را به افراد نسبت دهد.")]},
    {"note": "contact: office moved (Valiasr St. -> Seyed Khandan) and new phone number",
     "repl": [("@ تهران، خیابان ولیعصر، بالاتر از پارک ساعی، کوچهٔ نیلوفر، پلاک ۱۲، واحد ۴\n@ تلفن: ۰۲۱-۸۸۷۱۴۰۲۳",
               "@ تهران، سیدخندان، خیابان خواجه عبدالله انصاری، پلاک ۴۸، طبقهٔ سوم\n@ تلفن: ۰۲۱-۹۱۰۰۴۵۶۷")]},
]
for _e in EDITS:
    _e["repl"] = [(K.unwrap(a), K.unwrap(b)) for a, b in _e["repl"]]

POSTS = ["۱۰ نکته برای طراحی پرسشنامهٔ رضایت مشتری", "نرخ پاسخ‌گویی پایین است؟ این ۵ کار را انجام دهید",
         "تفاوت نظرسنجی و پرسشنامه در پژوهش بازار", "چگونه حجم نمونه را محاسبه کنیم؟",
         "راهنمای ساخت فرم ثبت‌نام رویداد", "سنجش NPS و تفسیر نتایج آن", "پرسش‌های باز یا بسته؛ کدام بهتر است؟",
         "معرفی قابلیت منطق پرش در نظرکده", "طراحی پرسشنامهٔ ارزیابی ۳۶۰ درجه", "گزارش‌گیری خودکار از پاسخ‌ها"]
BANNERS = {"nowruz": "نوروز مبارک! ۳۰٪ تخفیف همهٔ پلن‌ها با کد NOWRUZ", "yalda": "شب یلدا: ۲۰٪ تخفیف پلن حرفه‌ای",
           "black": "حراج جمعهٔ سیاه: پلن سالانه با نصف قیمت"}
VERS = [("astra", "4.1.5"), ("rank-math", "1.0.111"), ("wp-parsidate", "4.0.1"), ("contact-form-7", "5.7.4")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"today": K.fa_date(when.date(), weekday=True)}
    s["cache"] = (when - dt.timedelta(minutes=rng.randint(4, 340)), rng.uniform(0.18, 1.9))
    s["posts"] = C.keep_or(rng, prev.get("posts"), 0.3, lambda: tuple(rng.sample(range(len(POSTS)), 3)))
    s["forms"] = K.grow(when, dt.datetime(2022, 1, 1), 184210, 61.0)
    s["banner"] = K.season(when, [((3, 10), (4, 2), "nowruz"), ((12, 14), (12, 21), "yalda"),
                                  ((11, 20), (11, 30), "black")])
    s["vers"] = K.deploy_hash(rng, prev.get("vers"), 0.15, lambda: tuple(
        "%s.%d" % (v.rsplit(".", 1)[0], int(v.rsplit(".", 1)[1]) + (when.year - 2022) * 3 + rng.randint(0, 2))
        for _, v in VERS))
    return s


LABELS = {"today": "top bar: today's Solar Hijri date", "cache": "WP Fastest Cache creation comment",
          "posts": "footer latest blog posts", "forms": "top bar counter of questionnaires built",
          "banner": "seasonal discount bar (Nowruz, Yalda, Black Friday)", "vers": "theme/plugin ?ver= on updates"}


def render(s, blocks, when):
    made, secs = s["cache"]
    vers = dict(zip([n for n, _ in VERS], s["vers"]))
    body = C.render_blocks(blocks[1:], tags={"h2": ' class="wp-block-heading"', "ul": ' class="wp-block-list"'},
                           table=lambda rows, inl: (
                               '<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr>%s</tr>'
                               '</thead><tbody>%s</tbody></table></figure>'
                               % ("".join("<th>%s</th>" % inl(x) for x in rows[0]),
                                  "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(x) for x in r)
                                          for r in rows[1:]))))
    posts = "".join('<li><a href="https://nazarkadeh.com/blog/%d/">%s</a></li>' % (800 + k * 13, C.esc(POSTS[k]))
                    for k in s["posts"])
    banner = ('<div class="ast-above-header-bar nk-promo"><a href="/pricing/">%s</a></div>'
              % C.esc(BANNERS[s["banner"]])) if s["banner"] else ""
    jy = K.jalali(when.date())[0]
    return (
        '<!DOCTYPE html>\n<html dir="rtl" lang="fa-IR">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" '
        'content="width=device-width, initial-scale=1">\n\t<link rel="profile" href="https://gmpg.org/xfn/11"> \n\t\n'
        '<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->\n<title>سیاست حفظ حریم خصوصی - '
        'نظرکده</title>\n<meta name="description" content="سیاست حفظ حریم خصوصی نظرکده، سامانهٔ ساخت پرسشنامهٔ '
        'آنلاین"/>\n<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-'
        'preview:large"/>\n<link rel="canonical" href="%s" />\n<meta property="og:locale" content="fa_IR" />\n'
        '<!-- /Rank Math WordPress SEO plugin -->\n\n<link rel=\'stylesheet\' id=\'astra-theme-css-rtl-css\' '
        'href=\'https://nazarkadeh.com/wp-content/themes/astra/assets/css/minified/main.min-rtl.css?ver=%s\' '
        'media=\'all\' />\n<link rel=\'stylesheet\' id=\'wp-block-library-rtl-css\' href=\'https://nazarkadeh.com/'
        'wp-includes/css/dist/block-library/style-rtl.min.css?ver=6.4.3\' media=\'all\' />\n<link rel=\'stylesheet\' '
        'id=\'contact-form-7-rtl-css\' href=\'https://nazarkadeh.com/wp-content/plugins/contact-form-7/includes/css/'
        'styles-rtl.css?ver=%s\' media=\'all\' />\n<link rel=\'stylesheet\' id=\'nk-vazirmatn-css\' href=\'https://'
        'nazarkadeh.com/wp-content/themes/astra-child/fonts/vazirmatn.css?ver=1.2\' media=\'all\' />\n<script id='
        '"astra-theme-js-js-extra">\nvar astra = {"break_point":"921","isRtl":"1","is_scroll_to_id":"1",'
        '"is_scroll_to_top":"1","is_header_footer_builder_active":"1","responsive_cart_click":"flyout"};\n</script>\n'
        '</head>\n\n<body itemtype=\'https://schema.org/WebPage\' itemscope=\'itemscope\' class="rtl privacy-policy '
        'page-template-default page page-id-3 wp-custom-logo ast-desktop ast-plain-container ast-no-sidebar astra-%s '
        'ast-single-post ast-inherit-site-logo-transparent ast-hfb-header ast-normal-title-enabled">\n\n<a class="skip-'
        'link screen-reader-text" href="#content" role="link" title="پرش به محتوا">\n\t\tپرش به محتوا</a>\n\n<div '
        'class="hfeed site" id="page">\n\t\t\t<header class="site-header header-main-layout-1 ast-primary-menu-enabled '
        'ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" '
        'id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">\n\t\t<div '
        'id="ast-desktop-header" data-toggle-type="dropdown">\n\t\t<div class="ast-above-header-wrap">\n\t\t<div '
        'class="ast-above-header-bar ast-above-header site-header-focus-item" data-section="section-above-header-'
        'builder"><div class="site-above-header-wrap ast-builder-grid-row-container site-header-focus-item ast-'
        'container"><div class="ast-builder-grid-row"><div class="site-header-above-section-right"><div class="ast-'
        'builder-layout-element ast-flex site-header-focus-item ast-header-html-1" data-section="section-hb-html-1">'
        '<div class="ast-header-html inner-link-style-"><div class="ast-builder-html-element"><p>امروز %s</p>\n'
        '</div></div></div></div><div class="site-header-above-section-left"><div class="ast-builder-layout-element '
        'ast-flex site-header-focus-item ast-header-html-2" data-section="section-hb-html-2"><div class="ast-header-'
        'html inner-link-style-"><div class="ast-builder-html-element"><p>تاکنون %s پرسشنامه در نظرکده ساخته شده '
        'است</p>\n</div></div></div></div></div></div></div>\n\t\t</div>%s\n\t\t<div class="ast-main-header-wrap '
        'main-header-bar-wrap "><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-'
        'focus-item" data-section="section-primary-header-builder"><div class="site-primary-header-wrap ast-builder-'
        'grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row ast-builder-grid-'
        'row-has-sides ast-builder-grid-row-no-center"><div class="site-header-primary-section-right site-header-'
        'section ast-flex site-header-section-right"><div class="ast-builder-layout-element ast-flex site-header-'
        'focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity"><span class="site-logo-'
        'img"><a href="https://nazarkadeh.com/" class="custom-logo-link" rel="home"><img width="160" height="44" '
        'src="https://nazarkadeh.com/wp-content/uploads/2021/05/nazarkadeh-logo.svg" class="custom-logo" alt="نظرکده" '
        'decoding="async" /></a></span></div></div></div><div class="site-header-primary-section-left site-header-'
        'section ast-flex ast-grid-left-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-'
        'menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div '
        'class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation '
        'ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" '
        'aria-label="ناوبری سایت"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-'
        'header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile"><li id="menu-item-'
        '21" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-21"><a href="https://nazarkadeh'
        '.com/features/" class="menu-link">امکانات</a></li><li id="menu-item-22" class="menu-item menu-item-type-'
        'post_type menu-item-object-page menu-item-22"><a href="https://nazarkadeh.com/pricing/" class="menu-link">'
        'تعرفه‌ها</a></li><li id="menu-item-23" class="menu-item menu-item-type-post_type menu-item-object-page menu-'
        'item-23"><a href="https://nazarkadeh.com/panel/" class="menu-link">پنل پاسخ‌دهندگان</a></li><li id="menu-'
        'item-24" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-24"><a href="https://'
        'nazarkadeh.com/blog/" class="menu-link">وبلاگ</a></li><li id="menu-item-25" class="menu-item menu-item-type-'
        'custom menu-item-object-custom menu-item-25"><a href="https://app.nazarkadeh.com/login" class="menu-link">'
        'ورود / ثبت‌نام</a></li></ul></div></nav></div></div></div></div></div></div></div></div>\n\t\t</div>\n'
        '\t\t</header>\n\t\t\t<div id="content" class="site-content">\n\t\t<div class="ast-container">\n\t\t\n\n\t<div '
        'id="primary" class="content-area primary">\n\n\t\t\n\t\t\t\t\t<main id="main" class="site-main">\n\t\t\t\t\n'
        '<article class="post-3 page type-page status-publish ast-article-single" id="post-3" itemtype="https://'
        'schema.org/CreativeWork" itemscope="itemscope">\n\t<header class="entry-header ast-no-thumbnail ast-no-meta">'
        '\n\t\t<h1 class="entry-title" itemprop="headline">%s</h1>\t</header>\n\n<div class="entry-content clear" \n'
        '\tast-blocks-layout="true"\titemprop="text">\n\n\t\n\t\n%s\n\n\t\n\t\n</div>\n\n</article>\n\n\t\t\t\t\t'
        '</main><!-- #main -->\n\t\t\t\n\t\t\n\t</div><!-- #primary -->\n\n\n\t</div> <!-- ast-container -->\n\t'
        '</div><!-- #content -->\n<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" '
        'itemscope="itemscope" itemid="#colophon">\n\t\t\t<div class="site-primary-footer-wrap ast-builder-grid-row-'
        'container site-footer-focus-item ast-builder-grid-row-3-equal ast-builder-grid-row-tablet-3-equal ast-builder-'
        'grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-'
        'section="section-primary-footer-builder">\n\t<div class="ast-builder-grid-row-container-inner"><div '
        'class="ast-builder-footer-grid-columns site-primary-footer-inner-wrap ast-builder-grid-row"><div class="site-'
        'footer-primary-section-1 site-footer-section site-footer-section-1"><aside class="footer-widget-area widget-'
        'area site-footer-focus-item footer-widget-area-inner" data-section="sidebar-widgets-footer-widget-1" aria-'
        'label="Footer Widget 1"><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-'
        'title">آخرین مطالب وبلاگ</h2><nav aria-label="آخرین مطالب وبلاگ"><ul>%s</ul></nav></section></aside></div>'
        '<div class="site-footer-primary-section-2 site-footer-section site-footer-section-2"><aside class="footer-'
        'widget-area widget-area site-footer-focus-item footer-widget-area-inner" data-section="sidebar-widgets-'
        'footer-widget-2" aria-label="Footer Widget 2"><section id="nav_menu-3" class="widget widget_nav_menu"><h2 '
        'class="widget-title">راهنما</h2><div class="menu-footer-container"><ul id="menu-footer" class="menu"><li '
        'class="menu-item"><a href="https://nazarkadeh.com/terms/">قوانین و مقررات</a></li><li class="menu-item '
        'current-menu-item"><a href="https://nazarkadeh.com/privacy-policy/" aria-current="page">حریم خصوصی</a></li>'
        '<li class="menu-item"><a href="https://nazarkadeh.com/contact/">تماس با ما</a></li></ul></div></section>'
        '</aside></div><div class="site-footer-primary-section-3 site-footer-section site-footer-section-3"><aside '
        'class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" data-section="sidebar-'
        'widgets-footer-widget-3" aria-label="Footer Widget 3"><section id="custom_html-2" class="widget_text widget '
        'widget_custom_html"><div class="textwidget custom-html-widget"><a referrerpolicy="origin" target="_blank" '
        'href="https://trustseal.enamad.ir/?id=241873&amp;Code=Kq8ZpX2mWvR4tLb9NcYs"><img referrerpolicy="origin" '
        'src="https://trustseal.enamad.ir/logo.aspx?id=241873&amp;Code=Kq8ZpX2mWvR4tLb9NcYs" alt="" style="cursor:'
        'pointer" code="Kq8ZpX2mWvR4tLb9NcYs"></a></div></section></aside></div></div></div>\n</div>\n<div class='
        '"site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full '
        'ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-'
        'stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder"><div class="ast-builder-grid-'
        'row-container-inner"><div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-'
        'grid-row"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div class="ast-'
        'builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-'
        'builder"><div class="ast-footer-copyright"><p>کلیهٔ حقوق برای نظرکده محفوظ است © %s</p>\n</div></div></div>'
        '</div></div></div>\n\t\t\t</footer><!-- #colophon -->\n\t\t\t</div><!-- #page -->\n<script id="contact-form-'
        '7-js-extra">\nvar wpcf7 = {"api":{"root":"https:\\/\\/nazarkadeh.com\\/wp-json\\/","namespace":"contact-form-7'
        '\\/v1"},"cached":"1"};\n</script>\n<script src="https://nazarkadeh.com/wp-content/plugins/contact-form-7/'
        'includes/js/index.js?ver=%s" id="contact-form-7-js"></script>\n<script src="https://nazarkadeh.com/wp-content/'
        'themes/astra/assets/js/minified/frontend.min.js?ver=%s" id="astra-theme-js-js"></script>\n<script type="text/'
        'javascript">!function(){function t(){var t=document.createElement("script");t.type="text/javascript",t.async=!'
        '0,'
        'localStorage.getItem("rayToken")?t.src="https://app.raychat.io/scripts/js/"+o+"?rid="+localStorage.getItem('
        '"rayToken")+"&href="+window.location.href:t.src="https://app.raychat.io/scripts/js/"+o+"?href="+window.'
        'location.href;var e=document.getElementsByTagName("script")[0];e.parentNode.insertBefore(t,e)}var e=document,'
        'a=window,o="4f2c9e81-7b3d-4a6e-9c05-2d8e1f7a3b64";"complete"==e.readyState?t():a.attachEvent?a.attachEvent('
        '"onload",t):a.addEventListener("load",t,!1)}();</script>\n\t\t\t</body>\n</html>\n\n<!-- WP Fastest Cache '
        'file was created in %s seconds, on %s @ %s -->'
        % (URL, vers["astra"], vers["contact-form-7"], vers["astra"], s["today"], K.fa_digits(K.group(s["forms"], "٬")),
           banner, C.esc(blocks[0][1]), body, posts, K.fa_digits(jy), vers["contact-form-7"], vers["astra"],
           repr(round(secs, 14)), made.strftime("%d-%m-%y"), made.strftime("%H:%M")))


PAGE = {
    "service": "Nazarkadeh", "url": URL, "lang": "fa-IR", "platform": "WordPress + Astra (RTL), WP Fastest Cache",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 1, 4), "end": dt.date(2026, 10, 12), "hours": (4, 8, 16),
    "policy": POLICY, "first_updated": dt.date(2021, 10, 19), "fmt_date": K.fa_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#main article"]},
}
