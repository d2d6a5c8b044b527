"""Iranian video-on-demand service (Tamashagar) on WordPress with the Astra theme, Persian, RTL.

Volatile features inside .entry-content: Sassy Social Share's horizontal share bar with per-network share
counts (grow between visits), and the Easy Table of Contents box (changes only with the headings).
A careful curator removes both. Common noise: WP Rocket "cached@" comment, wp.apiFetch nonce, ?ver= of
plugins after updates, footer "latest titles" widget, Jalali copyright year.
"""
import datetime as dt
import re

import common as C
from convertdate import persian

URL = "https://www.tamashagar.ir/privacy/"
FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
JMONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]


def g2j(gy, gm, gd):
    """The Solar Hijri (Jalali) date of a Gregorian one, by convertdate (the archive's own reader of such dates)."""
    return tuple(persian.from_gregorian(gy, gm, gd))


def fmt_date(d):
    y, m, dd = g2j(d.year, d.month, d.day)
    return ("%d %s %d" % (dd, JMONTHS[m - 1], y)).translate(FA)


POLICY = """# سیاست حفظ حریم خصوصی

آخرین به‌روزرسانی: {UPDATED}

تماشاگر، سرویس نمایش آنلاین فیلم و سریال، به حریم خصوصی کاربران خود احترام می‌گذارد. این سند توضیح می‌دهد که هنگام استفاده از وب‌سایت tamashagar.ir، اپلیکیشن‌های موبایل و تلویزیون هوشمند تماشاگر، چه اطلاعاتی از شما جمع‌آوری می‌شود، این اطلاعات برای چه هدفی به کار می‌رود و چه حقوقی نسبت به آن دارید. استفاده از خدمات تماشاگر به معنای پذیرش این سیاست است.

## اطلاعاتی که جمع‌آوری می‌کنیم

هنگام ثبت‌نام و استفاده از خدمات، اطلاعات زیر را دریافت می‌کنیم:

- شماره تلفن همراه که برای ورود و احراز هویت با رمز یک‌بارمصرف استفاده می‌شود؛
- نام، نشانی ایمیل و تاریخ تولد، در صورتی که آن‌ها را در حساب کاربری وارد کنید؛
- اطلاعات پروفایل‌های تعریف‌شده در حساب، از جمله نام پروفایل و رده سنی مجاز؛
- سابقه تماشا، فهرست علاقه‌مندی‌ها، امتیازها و نظراتی که ثبت می‌کنید؛
- اطلاعات خرید اشتراک، شامل شماره پیگیری تراکنش و چهار رقم آخر کارت بانکی؛
- اطلاعات فنی مانند نشانی IP، نوع دستگاه، نسخه سیستم‌عامل، کیفیت اتصال و خطاهای پخش.

تماشاگر به اطلاعات کامل کارت بانکی شما دسترسی ندارد و پرداخت‌ها از طریق درگاه‌های مجاز متصل به شبکه شاپرک انجام می‌شود.

## هدف از پردازش اطلاعات

ما از اطلاعات شما برای این اهداف استفاده می‌کنیم:

- ارائه خدمات پخش، مدیریت اشتراک و ادامه تماشا از همان نقطه در دستگاه‌های مختلف؛
- پیشنهاد فیلم و سریال متناسب با سلیقه شما بر اساس سابقه تماشا؛
- رعایت محدودیت‌های سنی و فعال‌سازی کنترل والدین؛
- بهبود کیفیت پخش و رفع خطاهای فنی؛
- پاسخ‌گویی به درخواست‌ها و شکایات در پشتیبانی؛
- ارسال اطلاع‌رسانی درباره محتوای جدید و تخفیف‌ها، که می‌توانید در هر زمان آن را لغو کنید.

## اشتراک‌گذاری اطلاعات با دیگران

تماشاگر اطلاعات شخصی کاربران را به هیچ شخص ثالثی نمی‌فروشد. اطلاعات تنها در موارد زیر و به اندازه ضرورت در اختیار دیگران قرار می‌گیرد:

- شرکت‌های ارائه‌دهنده زیرساخت ابری و شبکه توزیع محتوا که سرورهای ما را میزبانی می‌کنند؛
- درگاه‌های پرداخت اینترنتی برای انجام تراکنش خرید اشتراک؛
- سامانه‌های ارسال پیامک برای ارسال رمز یک‌بارمصرف و اطلاع‌رسانی؛
- مراجع قضایی و قانونی ذی‌صلاح، در صورت دریافت دستور کتبی طبق قوانین جمهوری اسلامی ایران.

## مدت نگهداری اطلاعات

اطلاعات حساب کاربری تا زمانی که حساب فعال است نگهداری می‌شود. سابقه تماشا به مدت ۱۲ ماه پس از آخرین بازدید نگهداری و پس از آن حذف یا به صورت ناشناس برای آمار استفاده می‌شود. اطلاعات تراکنش‌های مالی مطابق مقررات مالیاتی به مدت ده سال نگهداری می‌شود.

این اطلاعات روی سرورهای واقع در داخل کشور نگهداری می‌شود و بدون رضایت شما به خارج از کشور منتقل نمی‌شود.

## امنیت اطلاعات

ارتباط میان دستگاه شما و سرورهای تماشاگر با پروتکل HTTPS رمزنگاری می‌شود. دسترسی کارکنان به اطلاعات کاربران محدود به نیاز کاری آنان است و همه دسترسی‌ها ثبت و بازبینی می‌شود. با این حال هیچ روش انتقال یا ذخیره‌سازی اطلاعات به‌طور کامل ایمن نیست و ما نمی‌توانیم امنیت مطلق را تضمین کنیم.

## حقوق کاربران

شما می‌توانید در هر زمان اطلاعات حساب خود را در بخش «حساب کاربری» مشاهده و ویرایش کنید، سابقه تماشا را پاک کنید یا درخواست حذف کامل حساب را ثبت کنید. درخواست حذف حساب حداکثر ظرف ۳۰ روز بررسی و انجام می‌شود، مگر آنکه نگهداری بخشی از اطلاعات به حکم قانون لازم باشد.

## کوکی‌ها

وب‌سایت تماشاگر برای حفظ ورود شما، ذخیره تنظیمات پخش و تحلیل آماری بازدیدها از کوکی‌ها استفاده می‌کند. با غیرفعال کردن کوکی‌ها در مرورگر، ممکن است برخی امکانات سایت به درستی کار نکند.

## تغییرات این سیاست

تماشاگر ممکن است این سیاست را به‌روزرسانی کند. تغییرات مهم از طریق اعلان در اپلیکیشن یا پیامک به اطلاع کاربران خواهد رسید. برای طرح هرگونه پرسش درباره حریم خصوصی با نشانی privacy@tamashagar.ir مکاتبه کنید.
"""

EDITS = [
    {"note": "viewing history retention extended from 12 to 24 months",
     "repl": [("سابقه تماشا به مدت ۱۲ ماه پس از آخرین بازدید", "سابقه تماشا به مدت ۲۴ ماه پس از آخرین بازدید")]},
    {"note": "new section on kids' profiles",
     "repl": [("## مدت نگهداری اطلاعات", """## پروفایل کودک

در پروفایل کودک تنها محتوای مناسب رده سنی انتخاب‌شده نمایش داده می‌شود و هیچ تبلیغ یا پیشنهاد خرید در آن نشان داده نمی‌شود. سابقه تماشای پروفایل کودک فقط برای ادامه تماشا و پیشنهاد محتوای مناسب همان پروفایل به کار می‌رود و برای اهداف بازاریابی استفاده نمی‌شود. ایجاد پروفایل کودک تنها توسط صاحب حساب بزرگسال امکان‌پذیر است.

## مدت نگهداری اطلاعات""")]},
    {"note": "'last updated' date bumped alone", "repl": []},
    {"note": "new recipient: audience measurement company added to the list",
     "repl": [("- سامانه‌های ارسال پیامک برای ارسال رمز یک‌بارمصرف و اطلاع‌رسانی؛",
               "- سامانه‌های ارسال پیامک برای ارسال رمز یک‌بارمصرف و اطلاع‌رسانی؛\n- شرکت سنجش مخاطب طرف قرارداد، تنها به صورت آمار تجمیعی و بدون شماره تلفن یا نام کاربران؛")]},
    {"note": "security sentence reworded (two-step login added)",
     "repl": [("دسترسی کارکنان به اطلاعات کاربران محدود به نیاز کاری آنان است و همه دسترسی‌ها ثبت و بازبینی می‌شود.",
               "دسترسی کارکنان به اطلاعات کاربران محدود به نیاز کاری آنان است، با ورود دومرحله‌ای انجام می‌شود و همه دسترسی‌ها ثبت و به‌طور منظم بازبینی می‌شود.")]},
]

TITLES = ["سریال زخم کاری", "فیلم شب، داخلی، دیوار", "مستند ایران از بالا", "سریال جیران", "انیمیشن بچه زرنگ",
          "فیلم دسته دختران", "سریال سقوط", "مستند حیات وحش ایران", "فیلم شنای پروانه", "سریال یاغی"]
NETS = [("telegram", "Telegram"), ("whatsapp", "Whatsapp"), ("twitter", "X"), ("linkedin", "Linkedin"),
        ("facebook", "Facebook")]


def noise(rng, when, i, prev):
    p = prev or {}
    s = {}
    s["rocket"] = int((when - dt.datetime(1970, 1, 1)).total_seconds()) - rng.randint(60, 36000)
    s["nonce"] = C.hexs(rng, 10)
    s["ver"] = C.keep_or(rng, p.get("ver"), 0.15, lambda: (rng.choice(["4.6.4", "4.6.9", "4.6.12", "4.7.1"]), "2.0.%d" % rng.randint(60, 69), "3.3.%d" % rng.randint(55, 69)))
    s["shares"] = {k: p.get("shares", {}).get(k, rng.randint(10, 200)) + rng.randint(0, 9) for k, _ in NETS}
    s["latest"] = C.keep_or(rng, p.get("latest"), 0.7, lambda: rng.sample(TITLES, 4))
    s["year"] = g2j(when.year, when.month, when.day)[0]
    return s


LABELS = {"rocket": "WP Rocket cached@ comment", "nonce": "wp.apiFetch nonce", "ver": "theme/plugin ?ver= after updates",
          "shares": "share bar counts inside .entry-content", "latest": "footer latest titles widget",
          "year": "Jalali copyright year"}


def slug(t):
    return re.sub(r"[\s،]+", "_", t.strip())


def render(s, blocks, when):
    astra, eztoc, sss = s["ver"]
    title = blocks[0][1]
    heads = [b[1] for b in blocks if b[0] == "h2"]
    toc = "".join("<li class='ez-toc-page-1 ez-toc-heading-level-2'><a class=\"ez-toc-link ez-toc-heading-%d\" href=\"#%s\" title=\"%s\">%s</a></li>" % (n + 1, slug(h), h, h) for n, h in enumerate(heads))
    out = []
    toc_done = False
    for b in blocks[1:]:
        if b[0] == "h2":
            if not toc_done:
                out.append(f"""<div id="ez-toc-container" class="ez-toc-v{eztoc.replace('.', '_')} counter-hierarchy ez-toc-counter-rtl ez-toc-grey ez-toc-container-direction">
<div class="ez-toc-title-container">
<p class="ez-toc-title" style="cursor:inherit">فهرست مطالب</p>
<span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con"><span class=""><span class="eztoc-hide" style="display:none;">Toggle</span><span class="ez-toc-icon-toggle-span"><svg style="fill: #999;color:#999" xmlns="http://www.w3.org/2000/svg" class="list-377408" width="20px" height="20px" viewBox="0 0 24 24" fill="none"><path d="M6 6H4v2h2V6zm14 0H8v2h12V6zM4 11h2v2H4v-2zm16 0H8v2h12v-2zM4 16h2v2H4v-2zm16 0H8v2h12v-2z" fill="currentColor"></path></svg></span></span></span></a></span></div>
<nav><ul class='ez-toc-list ez-toc-list-level-1 ' >{toc}</ul></nav></div>""")
                toc_done = True
            out.append('<h2 class="wp-block-heading"><span class="ez-toc-section" id="%s"></span>%s<span class="ez-toc-section-end"></span></h2>' % (slug(b[1]), C.inline_html(b[1])))
        elif b[0] == "ul":
            out.append(C.block_html(b, {"ul": "wp-block-list"}))
        elif b[0] == "ol":
            out.append(C.block_html(b, {"ol": "wp-block-list"}))
        else:
            out.append(C.block_html(b))
    share = "".join('<a aria-label="%s" class="heateor_sss_button_%s" href="https://www.tamashagar.ir/privacy/#%s" title="%s" rel="nofollow noopener" target="_blank" style="font-size:32px!important;box-shadow:none;display:inline-block;vertical-align:middle"><span class="heateor_sss_svg heateor_sss_s__default heateor_sss_s_%s" style="background-color:#333;width:35px;height:35px;border-radius:999px;display:inline-block;opacity:1;float:left;font-size:32px;box-shadow:none;display:inline-block;font-size:16px;padding:0 4px;vertical-align:middle;background-repeat:repeat;overflow:hidden;padding:0;cursor:pointer;box-sizing:content-box"><svg style="display:block;border-radius:999px;" focusable="false" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="100%%" height="100%%" viewBox="0 0 32 32"><path fill="#fff" d="M25.515 6.896L6.027 14.41c-1.33.534-1.322 1.276-.243 1.606l5 1.56 1.72 5.66c.226.625.115.873.77.873.506 0 .73-.235 1.012-.51l2.43-2.363 5.056 3.734c.93.514 1.602.25 1.834-.863l3.32-15.638c.338-1.363-.52-1.98-1.41-1.577z"></path></svg></span><span class="heateor_sss_square_count heateor_sss_%s_count">&nbsp;%s</span></a>'
                    % (lab, k, k, lab, k, k, str(s["shares"][k]).translate(FA)) for k, lab in NETS)
    total = str(sum(s["shares"].values())).translate(FA)
    out.append(f"""<div class='heateor_sss_sharing_container heateor_sss_horizontal_sharing' data-heateor-sss-href='https://www.tamashagar.ir/privacy/'><div class='heateor_sss_sharing_title' style="font-weight:bold" >اشتراک‌گذاری</div><div class="heateor_sss_sharing_ul"><a class="heateor_sss_more" aria-label="Total Shares" style="display:inline-block"><div class="heateor_sss_total_share_count">{total}<br/>اشتراک‌ها</div></a>{share}</div><div class="heateorSssClear"></div></div>""")
    content = "\n\n".join(out)
    latest = "".join('<li><a href="https://www.tamashagar.ir/title/%s/">%s</a></li>' % (C.det_sha(t)[:6], t) for t in s["latest"])
    return f"""<!DOCTYPE html>
<html dir="rtl" lang="fa-IR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<title>سیاست حفظ حریم خصوصی &#8211; تماشاگر</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="تماشاگر &raquo; خوراک" href="https://www.tamashagar.ir/feed/" />
<link rel='stylesheet' id='astra-theme-css-rtl-css' href='https://www.tamashagar.ir/wp-content/themes/astra/assets/css/minified/main.min-rtl.css?ver={astra}' media='all' />
<link rel='stylesheet' id='wp-block-library-rtl-css' href='https://www.tamashagar.ir/wp-includes/css/dist/block-library/style-rtl.min.css?ver=6.5.3' media='all' />
<link rel='stylesheet' id='ez-toc-css' href='https://www.tamashagar.ir/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver={eztoc}' media='all' />
<link rel='stylesheet' id='heateor_sss_frontend_css-css' href='https://www.tamashagar.ir/wp-content/plugins/sassy-social-share/public/css/sassy-social-share-public.css?ver={sss}' media='all' />
<link rel='stylesheet' id='astra-addon-css-css' href='https://www.tamashagar.ir/wp-content/uploads/astra-addon/astra-addon-65f1c2a3b4d5e6-1.css?ver=4.6.4' media='all' />
<script id="astra-theme-js-js-extra">
var astra = {{"break_point":"921","isRtl":"1","is_scroll_to_id":"","is_scroll_to_top":"1","is_header_footer_builder_active":"1","responsive_cart_click":"flyout"}};
</script>
<script id="heateor_sss_sharing_js-js-before">
function heateorSssLoadEvent(e) {{var t=window.onload;if (typeof window.onload!="function") {{window.onload=e}}else{{window.onload=function() {{t();e()}}}}}};	var heateorSssSharingAjaxUrl = 'https://www.tamashagar.ir/wp-admin/admin-ajax.php', heateorSssCloseIconPath = 'https://www.tamashagar.ir/wp-content/plugins/sassy-social-share/public/../images/close.png', heateorSssPluginIconPath = 'https://www.tamashagar.ir/wp-content/plugins/sassy-social-share/public/../images/logo.png', heateorSssHorizontalSharingCountEnable = 1, heateorSssVerticalSharingCountEnable = 0, heateorSssSharingOffset = -10; var heateorSssMobileStickySharingEnabled = 0;var heateorSssCopyLinkMessage = "لینک کپی شد.";var heateorSssUrlCountFetched = [], heateorSssSharesText = 'اشتراک‌ها', heateorSssShareText = 'اشتراک';function heateorSssPopup(e) {{window.open(e,"popUpWindow","height=400,width=600,left=400,top=100,resizable,scrollbars,toolbar=0,personalbar=0,menubar=no,location=no,directories=no,status")}}
</script>
<link rel="https://api.w.org/" href="https://www.tamashagar.ir/wp-json/" /><link rel="alternate" type="application/json" href="https://www.tamashagar.ir/wp-json/wp/v2/pages/3" />
<meta name="generator" content="WordPress 6.5.3" />
<link rel="canonical" href="https://www.tamashagar.ir/privacy/" />
<link rel='shortlink' href='https://www.tamashagar.ir/?p=3' />
</head>

<body itemtype='https://schema.org/WebPage' itemscope='itemscope' class="rtl privacy-policy page-template-default page page-id-3 wp-custom-logo ast-desktop ast-page-builder-template ast-no-sidebar astra-{astra} ast-single-post ast-inherit-site-logo-transparent ast-hfb-header ast-normal-title-enabled astra-addon-4.6.4">
<a class="skip-link screen-reader-text" href="#content" title="پرش به محتوا">پرش به محتوا</a>
<div class="hfeed site" id="page">
	<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
		<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container" data-section="section-primary-header-builder"><div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
		<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img"><a href="https://www.tamashagar.ir/" class="custom-logo-link" rel="home"><img width="160" height="48" src="https://www.tamashagar.ir/wp-content/uploads/2021/06/tamashagar-logo.png" class="custom-logo" alt="تماشاگر" decoding="async" /></a></span></div></div></div>
		<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile"><li id="menu-item-21" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-21"><a href="https://www.tamashagar.ir/movies/" class="menu-link">فیلم</a></li><li id="menu-item-22" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-22"><a href="https://www.tamashagar.ir/series/" class="menu-link">سریال</a></li><li id="menu-item-23" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-23"><a href="https://www.tamashagar.ir/kids/" class="menu-link">کودک</a></li><li id="menu-item-24" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-24"><a href="https://www.tamashagar.ir/subscription/" class="menu-link">خرید اشتراک</a></li></ul></div></nav></div></div></div></div>
		</div></div></div></div></div>
	</header>
	<div id="content" class="site-content">
		<div class="ast-container">
	<div id="primary" class="content-area primary">
		<main id="main" class="site-main">
<article class="post-3 page type-page status-publish ast-article-single" id="post-3" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
	<header class="entry-header ast-no-thumbnail ast-no-meta">
		<h1 class="entry-title" itemprop="headline">{C.inline_html(title)}</h1>
	</header><!-- .entry-header -->
	<div class="entry-content clear" ast-blocks-layout="true" itemprop="text">
{content}
	</div><!-- .entry-content .clear -->
</article><!-- #post-## -->
		</main><!-- #main -->
	</div><!-- #primary -->
		</div> <!-- ast-container -->
	</div><!-- #content -->
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
	<div class="site-above-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-3-equal ast-builder-grid-row-tablet-3-equal ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-above-footer-builder"><div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-above-footer-inner-wrap ast-builder-grid-row">
		<div class="site-footer-above-section-1 site-footer-section site-footer-section-1"><aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" data-section="sidebar-widgets-footer-widget-1" aria-label="Footer Widget 1"><section id="block-7" class="widget widget_block"><h2 class="wp-block-heading">تازه‌ترین‌ها</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">{latest}</ul></section></aside></div>
		<div class="site-footer-above-section-2 site-footer-section site-footer-section-2"><aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" aria-label="Footer Widget 2"><section id="nav_menu-2" class="widget widget_nav_menu"><nav class="menu-footer-container" aria-label="پیوندها"><ul id="menu-footer" class="menu"><li class="menu-item"><a href="https://www.tamashagar.ir/terms/">قوانین و مقررات</a></li><li class="menu-item current-menu-item"><a href="https://www.tamashagar.ir/privacy/" aria-current="page">حریم خصوصی</a></li><li class="menu-item"><a href="https://www.tamashagar.ir/faq/">سؤالات متداول</a></li><li class="menu-item"><a href="https://www.tamashagar.ir/contact/">تماس با ما</a></li></ul></nav></section></aside></div>
		<div class="site-footer-above-section-3 site-footer-section site-footer-section-3"><aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" aria-label="Footer Widget 3"><section id="custom_html-3" class="widget_text widget widget_custom_html"><div class="textwidget custom-html-widget"><a referrerpolicy="origin" target="_blank" href="https://trustseal.enamad.ir/?id=212345&amp;Code=Xk2Lq9PzR4tYvW7m"><img referrerpolicy="origin" src="https://trustseal.enamad.ir/logo.aspx?id=212345&amp;Code=Xk2Lq9PzR4tYvW7m" alt="" style="cursor:pointer" code="Xk2Lq9PzR4tYvW7m"></a></div></section></aside></div>
	</div></div></div>
	<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder"><div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder"><div class="ast-footer-copyright"><p>کلیه حقوق برای تماشاگر محفوظ است &copy; {str(s['year']).translate(FA)}</p></div></div></div></div></div></div>
</footer><!-- #colophon -->
	</div><!-- #page -->
<script src="https://www.tamashagar.ir/wp-includes/js/dist/vendor/wp-polyfill.min.js?ver=3.15.0" id="wp-polyfill-js"></script>
<script src="https://www.tamashagar.ir/wp-includes/js/dist/api-fetch.min.js?ver=4e4f5a1c1a3b5e7e8a4f" id="wp-api-fetch-js"></script>
<script id="wp-api-fetch-js-after">
wp.apiFetch.use( wp.apiFetch.createRootURLMiddleware( "https://www.tamashagar.ir/wp-json/" ) );
wp.apiFetch.nonceMiddleware = wp.apiFetch.createNonceMiddleware( "{s['nonce']}" );
wp.apiFetch.use( wp.apiFetch.nonceMiddleware );
wp.apiFetch.use( wp.apiFetch.mediaUploadMiddleware );
wp.apiFetch.nonceEndpoint = "https://www.tamashagar.ir/wp-admin/admin-ajax.php?action=rest-nonce";
</script>
<script src="https://www.tamashagar.ir/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver={astra}" id="astra-theme-js-js"></script>
<script src="https://www.tamashagar.ir/wp-content/plugins/easy-table-of-contents/assets/js/front.min.js?ver={eztoc}" id="ez-toc-js-js"></script>
<script src="https://www.tamashagar.ir/wp-content/plugins/sassy-social-share/public/js/sassy-social-share-public.js?ver={sss}" id="heateor_sss_sharing_js-js"></script>
</body>
</html>

<!-- This website is like a Rocket, isn't it? Performance optimized by WP Rocket. Learn more: https://wp-rocket.me - Debug: cached@{s['rocket']} -->
"""


PAGE = {
    "service": "Tamashagar",
    "url": URL,
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "ArvanCloud"), ("Link", '<https://www.tamashagar.ir/wp-json/>; rel="https://api.w.org/"')],
    "n": 34,
    "start": dt.date(2022, 2, 1),
    "end": dt.date(2024, 12, 10),
    "hours": (3, 4, 15),
    "policy": POLICY,
    "first_updated": dt.date(2021, 10, 6),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": URL,
        "select": [".entry-title", ".entry-content"],
        "remove": ["#ez-toc-container", ".heateor_sss_sharing_container"],
    },
}
