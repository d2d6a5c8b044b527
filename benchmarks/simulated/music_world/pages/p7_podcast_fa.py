"""Padrah, an Iranian Persian-language podcast platform: its privacy policy in Persian (RTL, Persian digits, Solar
Hijri dates) on a Nuxt 2 SSR site with Bootstrap-Vue. The legal page holds two documents in `b-tabs`: the terms of
use (a hidden tab pane, `display:none`) and the privacy policy (the active pane); the curator selects
`#privacy .legal-doc`. Volatile, all outside the privacy pane: the header's live "N people listening now" counter,
the weekly top-podcasts chart in the side column (its "new" badges shift Bootstrap-Vue's `__BVID__` counter ids of
the tabs), the Nuxt build's chunk hashes, `window.__NUXT__` state, and the terms of use beside the policy, revised
once during the period."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import mukit as K  # noqa: E402

C = K.C
URL = "https://padrah.ir/legal/privacy"

POLICY = """
# حریم خصوصی کاربران پادراه

{UPDATED}

پادراه («ما») سامانه‌ای برای شنیدن، دنبال کردن و انتشار پادکست‌های فارسی است. حفظ حریم خصوصی شنوندگان و پادکست‌سازان برای ما اهمیت زیادی دارد. در این سند توضیح می‌دهیم چه اطلاعاتی از شما جمع‌آوری می‌کنیم، چگونه از آن استفاده می‌کنیم و چه اختیاراتی نسبت به اطلاعات خود دارید. استفاده از وب‌سایت و اپلیکیشن‌های پادراه به معنای پذیرش این سیاست است.

این سیاست بر اساس قانون تجارت الکترونیکی، قانون جرائم رایانه‌ای و سایر مقررات جمهوری اسلامی ایران تنظیم شده است و همراه با «قوانین و مقررات استفاده از پادراه» خوانده می‌شود.

## اطلاعاتی که جمع‌آوری می‌کنیم

| نوع اطلاعات | نمونه‌ها | منبع |
| اطلاعات حساب کاربری | نام، شماره تلفن همراه، نشانی ایمیل، تصویر پروفایل | هنگام ثبت‌نام |
| سابقه شنیدن | اپیزودهای شنیده‌شده، مدت شنیدن، پادکست‌های دنبال‌شده، نشان‌ها و پسندها | هنگام استفاده از پادراه |
| اطلاعات پادکست‌سازان | نام پادکست، فایل‌های صوتی، توضیحات اپیزودها، شماره شبا برای تسویه درآمد | هنگام ساخت پادکست |
| اطلاعات پرداخت | شماره پیگیری تراکنش، مبلغ و تاریخ خرید اشتراک ویژه یا حمایت مالی | درگاه پرداخت |
| اطلاعات فنی | نشانی IP، نوع دستگاه و مرورگر، نسخه اپلیکیشن، سیستم‌عامل | به‌طور خودکار |

ما هیچ‌گاه شماره کارت بانکی، رمز دوم یا CVV2 شما را دریافت یا ذخیره نمی‌کنیم. پرداخت‌ها به‌طور کامل در صفحه درگاه پرداخت بانکی انجام می‌شود.

## چگونه از اطلاعات استفاده می‌کنیم

- ارائه خدمات پخش آنلاین و دانلود اپیزودها برای شنیدن آفلاین؛
- ذخیره جایگاه شنیدن تا بتوانید اپیزود را روی دستگاه دیگری از همان نقطه ادامه دهید؛
- پیشنهاد پادکست‌های مرتبط با سلیقه شما در بخش «برای شما»؛
- تهیه آمار شنیدن برای پادکست‌سازان، به صورت تجمیعی و بدون نمایش هویت شنوندگان؛
- تسویه درآمد پادکست سازان از محل حمایت‌های مالی و تبلیغات صوتی؛
- ارسال پیامک تأیید ورود و اطلاع‌رسانی درباره اپیزودهای تازه، در صورتی که آن را فعال کرده باشید؛
- جلوگیری از سوءاستفاده، انتشار محتوای غیرقانونی و نقض حق نشر.

## آمار پادکست‌سازان

پادکست‌سازان در داشبورد خود تعداد شنیدن‌ها، میانگین مدت شنیدن، شهرها و نوع دستگاه شنوندگان را می‌بینند. این آمار همیشه تجمیعی است و نام، شماره تلفن یا هر اطلاعات دیگری که هویت شما را مشخص کند در اختیار پادکست‌سازان قرار نمی‌گیرد. اگر از پادکستی حمایت مالی کنید، فقط نام نمایشی و پیام شما (در صورت تمایل) به پادکست‌ساز نمایش داده می‌شود.

## نظرات و فعالیت عمومی

نظراتی که زیر اپیزودها می‌نویسید، همراه با نام نمایشی و تصویر پروفایل شما برای همه کاربران قابل مشاهده است. فهرست پادکست‌هایی که دنبال می‌کنید به‌طور پیش‌فرض خصوصی است، مگر اینکه در تنظیمات حساب، نمایش عمومی آن را فعال کنید. لطفاً در نظرات خود اطلاعات شخصی مانند شماره تلفن یا نشانی منتشر نکنید. پادراه می‌تواند نظرات توهین‌آمیز یا حاوی اطلاعات شخصی دیگران را بدون اطلاع قبلی حذف کند.

## اشتراک‌گذاری اطلاعات با دیگران

ما اطلاعات شخصی شما را نمی‌فروشیم. برخی از خدمات پادراه به کمک شرکت‌های زیر ارائه می‌شود که فقط به اندازه لازم به اطلاعات دسترسی دارند:

| شرکت | خدمت | اطلاعات مورد استفاده |
| ابر آروان | میزبانی سرورها و شبکه توزیع محتوا | فایل‌های صوتی، نشانی IP |
| زرین‌پال | درگاه پرداخت | مبلغ و شماره پیگیری تراکنش |
| کاوه‌نگار | ارسال پیامک | شماره تلفن همراه |
| نجوا | ارسال اعلان‌های وب و اپلیکیشن | شناسه دستگاه |

در صورت دریافت دستور کتبی از مراجع قضایی صالح، ممکن است ناچار به ارائه بخشی از اطلاعات به آن مراجع باشیم.

## کوکی‌ها

وب‌سایت پادراه برای حفظ ورود شما، ذخیره تنظیمات پخش (مانند سرعت پخش و کیفیت صدا) و اندازه‌گیری بازدیدها از کوکی‌ها و فضای ذخیره‌سازی مرورگر استفاده می‌کند. با پاک کردن کوکی‌ها از تنظیمات مرورگر، از حساب کاربری خود خارج خواهید شد.

## مدت نگهداری اطلاعات

- اطلاعات حساب کاربری تا زمانی که حساب فعال باشد نگهداری می‌شود و حداکثر ۳۰ روز پس از درخواست حذف، پاک می‌شود؛
- سابقه شنیدن پس از ۲۴ ماه به صورت ناشناس درمی‌آید؛
- لاگ‌های سرور به مدت ۶ ماه نگهداری می‌شوند؛
- سوابق تراکنش‌های مالی طبق قوانین مالیاتی به مدت ۱۰ سال نگهداری می‌شوند.

## حقوق شما

شما می‌توانید در هر زمان:

- اطلاعات حساب کاربری خود را در بخش «تنظیمات حساب» مشاهده و ویرایش کنید؛
- سابقه شنیدن خود را به‌طور کامل پاک کنید؛
- دریافت پیامک‌ها و اعلان‌های تبلیغاتی را غیرفعال کنید؛
- نسخه‌ای از اطلاعات خود را درخواست کنید؛
- حذف کامل حساب کاربری خود را درخواست کنید.

برای ثبت درخواست، از بخش «پشتیبانی» در اپلیکیشن یا نشانی ایمیل زیر استفاده کنید. درخواست‌ها حداکثر ظرف ۱۰ روز کاری پاسخ داده می‌شوند.

## کودکان

استفاده از پادراه برای کاربران زیر ۱۳ سال فقط با نظارت والدین مجاز است. پادکست‌های دارای محتوای مخصوص بزرگسالان با برچسب «+۱۸» مشخص می‌شوند و والدین می‌توانند نمایش آن‌ها را در تنظیمات حساب محدود کنند. اگر متوجه شویم حسابی بدون اجازه والدین توسط کودک زیر ۱۳ سال ساخته شده است، آن حساب را غیرفعال می‌کنیم.

## امنیت اطلاعات

ارتباط اپلیکیشن و وب‌سایت با سرورهای پادراه از طریق پروتکل رمزنگاری‌شده HTTPS انجام می‌شود. رمزهای عبور به صورت درهم‌سازی‌شده ذخیره می‌شوند و دسترسی کارکنان به اطلاعات کاربران محدود و ثبت می‌شود.

## تماس با ما

@ شرکت رسانه‌های صوتی پادراه (سهامی خاص)
@ تهران، خیابان ولیعصر، بالاتر از میدان ونک، کوچه ناهید، پلاک ۱۴، واحد ۶
@ کد پستی: ۱۹۶۷۹۱۴۳۵۸
@ ایمیل: privacy@padrah.ir
@ تلفن پشتیبانی: ۰۲۱-۹۱۰۰۴۸۲۶

## تغییرات این سیاست

ممکن است این سیاست را در آینده به‌روزرسانی کنیم. تاریخ آخرین تغییر در بالای همین صفحه درج می‌شود و در صورت تغییرات مهم، از طریق اعلان در اپلیکیشن به شما اطلاع می‌دهیم.
"""

J_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]


def jalali(d):
    y, m, dd = K.g2j(d.year, d.month, d.day)
    return "%s %s %s" % (K.fa(dd), J_MONTHS[m - 1], K.fa(y))


def fmt_date(d):
    return "آخرین به‌روزرسانی: " + jalali(d)


EDITS = [
    {"note": "sentence added: premium subscription does not auto-renew, SMS reminder",
     "repl": [("پرداخت‌ها به‌طور کامل در صفحه درگاه پرداخت بانکی انجام می‌شود.",
               "پرداخت‌ها به‌طور کامل در صفحه درگاه پرداخت بانکی انجام می‌شود. اشتراک ویژه به‌طور خودکار تمدید "
               "نمی‌شود و پیش از پایان دوره، از طریق پیامک به شما یادآوری می‌کنیم.")]},
    {"note": "spacing typo fixed (پادکست سازان -> پادکست‌سازان with ZWNJ), date not changed",
     "repl": [("تسویه درآمد پادکست سازان", "تسویه درآمد پادکست‌سازان")], "bump": False},
    {"note": "processor added to the sharing table (Yektanet ads in the free version)",
     "repl": [("| نجوا | ارسال اعلان‌های وب و اپلیکیشن | شناسه دستگاه |",
               "| نجوا | ارسال اعلان‌های وب و اپلیکیشن | شناسه دستگاه |\n"
               "| یکتانت | نمایش تبلیغات در نسخه رایگان | شناسه تبلیغاتی دستگاه |")]},
    {"note": "server-log retention shortened from 6 to 3 months",
     "repl": [("لاگ‌های سرور به مدت ۶ ماه", "لاگ‌های سرور به مدت ۳ ماه")]},
    {"note": "support phone number changed",
     "repl": [("@ تلفن پشتیبانی: ۰۲۱-۹۱۰۰۴۸۲۶", "@ تلفن پشتیبانی: ۰۲۱-۹۱۰۳۲۲۷۰")]},
    {"note": "section added on automatic episode transcripts for search",
     "repl": [("## کوکی‌ها\n",
               "## رونوشت خودکار اپیزودها\n\n"
               "برای امکان جست‌وجو در متن اپیزودها، فایل‌های صوتی منتشرشده به کمک نرم‌افزار تبدیل گفتار به متن "
               "پردازش می‌شوند. این پردازش روی سرورهای پادراه در داخل کشور انجام می‌شود و صدای شنوندگان هرگز "
               "ضبط یا پردازش نمی‌شود. پادکست‌سازان می‌توانند رونوشت خودکار را برای پادکست خود غیرفعال کنند.\n\n"
               "## کوکی‌ها\n")]},
]

TERMS = {
    1: ("قوانین و مقررات استفاده از پادراه", "۱۲ فروردین ۱۴۰۰", [
        ("ثبت‌نام", "برای استفاده از امکانات کامل پادراه باید با شماره تلفن همراه معتبر ثبت‌نام کنید. مسئولیت حفظ "
                    "امنیت حساب کاربری بر عهده شماست."),
        ("محتوای پادکست‌ها", "مسئولیت محتوای هر پادکست بر عهده سازنده آن است. انتشار محتوای مغایر با قوانین کشور، "
                             "توهین‌آمیز یا ناقض حق نشر دیگران ممنوع است و پادراه می‌تواند چنین محتوایی را حذف کند."),
        ("اشتراک ویژه", "اشتراک ویژه امکان شنیدن بدون تبلیغ و دانلود نامحدود را فراهم می‌کند. وجه پرداخت‌شده برای "
                        "اشتراک، پس از فعال‌سازی قابل بازگشت نیست."),
        ("حمایت مالی", "پادراه پس از کسر کارمزد ۱۵ درصدی، مبلغ حمایت‌ها را ماهانه به حساب پادکست‌ساز واریز می‌کند."),
    ]),
    2: ("قوانین و مقررات استفاده از پادراه", "۲۰ شهریور ۱۴۰۲", [
        ("ثبت‌نام", "برای استفاده از امکانات کامل پادراه باید با شماره تلفن همراه معتبر ثبت‌نام کنید. مسئولیت حفظ "
                    "امنیت حساب کاربری بر عهده شماست."),
        ("محتوای پادکست‌ها", "مسئولیت محتوای هر پادکست بر عهده سازنده آن است. انتشار محتوای مغایر با قوانین کشور، "
                             "توهین‌آمیز یا ناقض حق نشر دیگران ممنوع است و پادراه می‌تواند چنین محتوایی را حذف کند."),
        ("اشتراک ویژه", "اشتراک ویژه امکان شنیدن بدون تبلیغ و دانلود نامحدود را فراهم می‌کند. در صورت بروز مشکل فنی "
                        "از سوی پادراه، مدت اشتراک شما به همان میزان تمدید می‌شود."),
        ("حمایت مالی", "پادراه پس از کسر کارمزد ۱۰ درصدی، مبلغ حمایت‌ها را هر دو هفته یک بار به حساب شبای "
                       "پادکست‌ساز واریز می‌کند."),
        ("تبلیغات صوتی", "پادکست‌سازانی که بیش از ۵۰۰۰ شنونده ماهانه دارند می‌توانند در برنامه تبلیغات صوتی پادراه "
                         "شرکت کنند. درج تبلیغ در اپیزودها فقط با تأیید پادکست‌ساز انجام می‌شود."),
    ]),
}

PODCASTS = ["رادیو گذر", "کانال دال", "پادکست قصه شب", "پلاس‌کست", "روایت", "فلسفه به زبان ساده", "تاریخ شفاهی تهران",
            "موسیقی ما", "سه‌گل", "کافه کتاب", "گفت‌وگوی شبانه", "پادکست استارتاپی", "صدای سینما", "کم‌وبیش"]


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["listeners"] = rng.randint(3800, 21000)
    week = list(when.isocalendar()[:2])
    if p.get("chart", {}).get("week") == week:
        st["chart"] = p["chart"]
    else:
        order = rng.sample(range(len(PODCASTS)), 5)
        st["chart"] = {"week": week, "items": [[PODCASTS[k], rng.choice(["up", "down", "same", "new"]),
                                                rng.randint(9000, 260000)] for k in order]}
    st["build"] = C.keep_or(rng, p.get("build"), 0.25, lambda: {
        "runtime": C.hexs(rng, 7), "commons": C.hexs(rng, 7), "app": C.hexs(rng, 7), "page": C.hexs(rng, 7),
        "css": C.hexs(rng, 7), "v": "%d.%d.%d" % (3, rng.randint(4, 12), rng.randint(0, 9))})
    st["terms"] = 1 if when.date() < dt.date(2023, 9, 11) else 2
    return st


LABELS = {"listeners": "header live listeners counter (also in window.__NUXT__)",
          "chart": "weekly top-podcasts chart (its badges shift the tabs' __BVID__ ids)",
          "build": "Nuxt build (chunk hashes, app version)",
          "terms": "terms of use revised in the hidden tab beside the policy"}


# ---------------------------------------------------------------- render

SV = "data-v-2a4c6e8b"


def _doc(blocks):
    def attr(tag, kind):
        if tag == "table":
            return ' %s class="table table-bordered legal-doc__table"' % SV
        return " " + SV
    return K.render(blocks, attr=attr)


def _terms(rev):
    title, date, secs = TERMS[rev]
    body = "".join('<h3 %s>%s</h3><p %s>%s</p>' % (SV, K.esc(h), SV, K.esc(t)) for h, t in secs)
    return '<h2 %s>%s</h2><p %s class="legal-doc__date">تاریخ اجرا: %s</p>%s' % (SV, title, SV, date, body)


def render(state, blocks, when):
    b = state["build"]
    ch = state["chart"]["items"]
    news = sum(1 for it in ch if it[1] == "new")
    bvid = 27 + 2 * news
    arrows = {"up": "▲", "down": "▼", "same": "–", "new": ""}
    chart = "".join(
        '<li data-v-7e9f1a3c class="top-chart__item"><span data-v-7e9f1a3c class="top-chart__rank">%s</span>'
        '<a data-v-7e9f1a3c href="/podcast/%s" class="top-chart__name">%s</a>%s<span data-v-7e9f1a3c class="top-chart'
        '__plays">%s شنیدن</span></li>'
        % (K.fa(n + 1), C.det_sha(name)[:8], K.esc(name),
           '<span data-v-7e9f1a3c class="badge badge-success" id="__BVID__%d">تازه</span>' % (22 + 2 * n)
           if mv == "new" else '<span data-v-7e9f1a3c class="top-chart__move top-chart__move--%s">%s</span>'
           % (mv, arrows[mv]), K.fa_group(plays)) for n, (name, mv, plays) in enumerate(ch))
    live = K.fa_group(state["listeners"])
    nuxt = ('window.__NUXT__=(function(a,b,c,d){return {layout:"default",data:[{tab:"privacy",termsRevision:%d,'
            'privacyPath:"\\u002Flegal\\u002Fprivacy"}],fetch:{},error:a,state:{auth:{loggedIn:b,user:a},player:'
            '{current:a,queue:[],speed:c},live:{listeners:%d,updatedAt:"%s"},chart:{week:%d}},serverRendered:d,'
            'routePath:"\\u002Flegal\\u002Fprivacy",config:{appVersion:"%s",_app:{basePath:"\\u002F",assetsPath:'
            '"\\u002F_nuxt\\u002F",cdnURL:"https:\\u002F\\u002Fcdn.padrah.ir\\u002F_nuxt\\u002F"}}}}(null,false,1,'
            'true));' % (state["terms"], state["listeners"], C.iso(when), state["chart"]["week"][1], b["v"]))
    nav = "".join('<li data-v-1d3b5f7a class="nav-item"><a data-v-1d3b5f7a href="%s" class="nav-link">%s</a></li>'
                  % (h, x) for h, x in (("/", "خانه"), ("/explore", "کاوش"), ("/categories", "دسته‌بندی‌ها"),
                                        ("/library", "کتابخانه من"), ("/creators", "پادکست‌سازان")))
    return """<!doctype html>
<html lang="fa" dir="rtl" data-n-head-ssr data-n-head="%%7B%%22lang%%22:%%7B%%22ssr%%22:%%22fa%%22%%7D,%%22dir%%22:%%7B%%22ssr%%22:%%22rtl%%22%%7D%%7D">
  <head >
    <title>حریم خصوصی | پادراه</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" name="theme-color" content="#6d28d9"><meta data-n-head="ssr" data-hid="description" name="description" content="سیاست حفظ حریم خصوصی و قوانین استفاده از پادراه، سامانه شنیدن و انتشار پادکست فارسی"><meta data-n-head="ssr" data-hid="og:title" property="og:title" content="حریم خصوصی | پادراه"><link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico"><link data-n-head="ssr" rel="manifest" href="/_nuxt/manifest.%(runtime)s.json" data-hid="manifest"><link data-n-head="ssr" rel="canonical" href="%(url)s"><link rel="preload" href="https://cdn.padrah.ir/_nuxt/%(runtime)s.js" as="script"><link rel="preload" href="https://cdn.padrah.ir/_nuxt/%(commons)s.js" as="script"><link rel="preload" href="https://cdn.padrah.ir/_nuxt/app.%(css)s.css" as="style"><link rel="preload" href="https://cdn.padrah.ir/_nuxt/%(app)s.js" as="script"><link rel="preload" href="https://cdn.padrah.ir/_nuxt/%(page)s.js" as="script"><link rel="stylesheet" href="https://cdn.padrah.ir/_nuxt/app.%(css)s.css">
  </head>
  <body >
    <div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div data-v-6c2e8a1f class="layout-default"><header data-v-1d3b5f7a data-v-6c2e8a1f class="pd-header navbar navbar-expand-lg"><a data-v-1d3b5f7a href="/" class="navbar-brand nuxt-link-active"><img data-v-1d3b5f7a src="https://cdn.padrah.ir/static/logo-padrah.svg" alt="پادراه" width="112" height="36"></a><ul data-v-1d3b5f7a class="navbar-nav">%(nav)s</ul><div data-v-1d3b5f7a class="pd-header__live"><span data-v-1d3b5f7a class="pd-header__pulse"></span> %(live)s نفر در حال شنیدن</div><a data-v-1d3b5f7a href="/login?redirect=%%2Flegal%%2Fprivacy" class="btn btn-primary btn-sm">ورود / ثبت‌نام</a></header><main data-v-6c2e8a1f class="container pd-main"><div data-v-2a4c6e8b data-v-6c2e8a1f class="row legal-page"><div data-v-2a4c6e8b class="col-lg-8"><h1 data-v-2a4c6e8b class="legal-page__title">قوانین و حریم خصوصی</h1><div data-v-2a4c6e8b class="tabs legal-tabs" id="__BVID__%(bvid)d"><div class=""><ul role="tablist" class="nav nav-tabs" id="__BVID__%(bvid)d__BV_tab_controls_"><li role="presentation" class="nav-item"><a role="tab" aria-selected="false" aria-setsize="2" aria-posinset="1" href="#" target="_self" class="nav-link" id="terms___BV_tab_button__" aria-controls="terms" tabindex="-1">قوانین و مقررات</a></li><li role="presentation" class="nav-item"><a role="tab" aria-selected="true" aria-setsize="2" aria-posinset="2" href="#" target="_self" class="nav-link active" id="privacy___BV_tab_button__" aria-controls="privacy">حریم خصوصی</a></li></ul></div><div class="tab-content" id="__BVID__%(bvid)d__BV_tab_container_"><div role="tabpanel" aria-hidden="true" class="tab-pane" id="terms" aria-labelledby="terms___BV_tab_button__" style="display:none;"><article data-v-2a4c6e8b class="legal-doc">%(terms)s</article></div><div role="tabpanel" aria-hidden="false" class="tab-pane active" id="privacy" aria-labelledby="privacy___BV_tab_button__"><article data-v-2a4c6e8b class="legal-doc">%(doc)s</article></div><!----></div></div></div><aside data-v-2a4c6e8b class="col-lg-4"><section data-v-7e9f1a3c data-v-2a4c6e8b class="top-chart card"><h2 data-v-7e9f1a3c class="top-chart__title">پرشنونده‌ترین‌های هفته</h2><ol data-v-7e9f1a3c class="top-chart__list">%(chart)s</ol><a data-v-7e9f1a3c href="/charts" class="top-chart__more">فهرست کامل</a></section><section data-v-2a4c6e8b class="app-promo card"><p data-v-2a4c6e8b>پادراه را روی گوشی خود نصب کنید</p><a data-v-2a4c6e8b href="https://cafebazaar.ir/app/ir.padrah.app" class="btn btn-outline-primary btn-sm">کافه‌بازار</a> <a data-v-2a4c6e8b href="https://myket.ir/app/ir.padrah.app" class="btn btn-outline-primary btn-sm">مایکت</a></section></aside></div></main><footer data-v-3b5d7f9a data-v-6c2e8a1f class="pd-footer"><div data-v-3b5d7f9a class="container"><div data-v-3b5d7f9a class="row"><div data-v-3b5d7f9a class="col-md-8"><ul data-v-3b5d7f9a class="pd-footer__links"><li data-v-3b5d7f9a><a data-v-3b5d7f9a href="/about">درباره ما</a></li><li data-v-3b5d7f9a><a data-v-3b5d7f9a href="/legal/terms">قوانین و مقررات</a></li><li data-v-3b5d7f9a><a data-v-3b5d7f9a href="/legal/privacy" aria-current="page" class="nuxt-link-exact-active nuxt-link-active">حریم خصوصی</a></li><li data-v-3b5d7f9a><a data-v-3b5d7f9a href="/support">پشتیبانی</a></li></ul><p data-v-3b5d7f9a class="pd-footer__copy">کلیه حقوق این سایت متعلق به شرکت رسانه‌های صوتی پادراه است.</p></div><div data-v-3b5d7f9a class="col-md-4 pd-footer__seals"><a data-v-3b5d7f9a referrerpolicy="origin" target="_blank" href="https://trustseal.enamad.ir/?id=284613&amp;Code=xQ7rL2mVb9KcT4nWp1Yd"><img data-v-3b5d7f9a referrerpolicy="origin" src="https://trustseal.enamad.ir/logo.aspx?id=284613&amp;Code=xQ7rL2mVb9KcT4nWp1Yd" alt="" code="xQ7rL2mVb9KcT4nWp1Yd" style="cursor:pointer"></a><img data-v-3b5d7f9a referrerpolicy="origin" id="rgvjjxlzoeukesgtfukzwlao" style="cursor:pointer" onclick="window.open(&quot;https://logo.samandehi.ir/Verify.aspx?id=351729&amp;p=xlaorfthmcsiobpdgvkaaods&quot;, &quot;Popup&quot;,&quot;toolbar=no, scrollbars=no, location=no, statusbar=no, menubar=no, resizable=0, width=450, height=630, top=30&quot;)" alt="logo-samandehi" src="https://logo.samandehi.ir/logo.aspx?id=351729&amp;p=nbpdnbpdaqgwlymaqgwlaods"></div></div></div></footer></div></div></div><script>%(nuxt)s</script><script src="https://cdn.padrah.ir/_nuxt/%(runtime)s.js" defer></script><script src="https://cdn.padrah.ir/_nuxt/%(page)s.js" defer></script><script src="https://cdn.padrah.ir/_nuxt/%(commons)s.js" defer></script><script src="https://cdn.padrah.ir/_nuxt/%(app)s.js" defer></script>
  <script type="text/javascript">!function(){var i="YkD2pF",a=window,d=document;function g(){var g=d.createElement("script"),s="https://www.goftino.com/widget/"+i,l=localStorage.getItem("goftino_"+i);g.async=!0,g.src=l?s+"?o="+l:s;d.getElementsByTagName("head")[0].appendChild(g);}"complete"===d.readyState?g():a.attachEvent?a.attachEvent("onload",g):a.addEventListener("load",g,!1);}();</script>
  </body>
</html>
""" % dict(b, url=URL, nav=nav, live=live, bvid=bvid, terms=_terms(state["terms"]), doc=_doc(blocks), chart=chart,
           nuxt=nuxt)


PAGE = {
    "service": "Padrah",
    "url": URL,
    "lang": "fa",
    "platform": "Nuxt 2 SSR with Bootstrap-Vue (b-tabs), ArvanCloud CDN, Goftino chat, Enamad/Samandehi seals",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "ArvanCloud"), ("X-Powered-By", "Express"),
                      ("Vary", "Accept-Encoding")),
    "n": 30,
    "start": dt.date(2022, 4, 18),
    "end": dt.date(2025, 6, 8),
    "hours": (4, 8, 13, 19),
    "policy": POLICY,
    "first_updated": dt.date(2022, 1, 30),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#privacy .legal-doc"},
}
