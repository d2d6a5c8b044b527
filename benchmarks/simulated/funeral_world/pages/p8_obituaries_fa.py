"""Soognameh (Iranian online obituary and condolence portal, Tehran), Nuxt 3 SSR (Vue scoped-style data-v attributes,
__NUXT_DATA__ payload, hashed /_nuxt/ chunks), Solar Hijri dates with Persian digits. The article's meta line (view
count, reading time, share button) sits inside the selected `article.static-page`."""
import datetime as dt
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fwkit as K  # noqa: E402
from fwkit import C  # noqa: E402

ZW = "\u200c"

POLICY = """
# سیاست حفظ حریم خصوصی

آخرین به‌روزرسانی: {UPDATED}

سوگنامه سامانه‌ای برای انتشار آگهی ترحیم و تسلیت آنلاین، برگزاری مراسم یادبود مجازی، سفارش تاج گل و درج آگهی در روزنامه است. ما می‌دانیم اطلاعاتی که در روزهای سوگ با ما در میان می‌گذارید چقدر ارزشمند و حساس است. این سند توضیح می‌دهد که چه اطلاعاتی از شما دریافت می‌کنیم، چگونه از آن استفاده می‌کنیم و چه حقوقی دارید.

## اطلاعاتی که دریافت می‌کنیم

- شماره تلفن همراه برای ورود به حساب کاربری با رمز یک‌بارمصرف
- نام و نام خانوادگی ثبت‌کننده آگهی و نسبت او با متوفی
- اطلاعات متوفی که در آگهی منتشر می‌شود: نام، تصویر، تاریخ درگذشت و زمان و مکان مراسم
- متن پیام‌های تسلیت و نام ارسال‌کننده
- نشانی و شماره تماس گیرنده برای سفارش تاج گل
- اطلاعات فنی مانند نشانی IP، نوع مرورگر و صفحات بازدیدشده

## نحوه استفاده از اطلاعات

از اطلاعات شما برای انتشار آگهی و پیام‌های تسلیت، ارسال پیامک اطلاع‌رسانی درباره زمان مراسم به فهرست مخاطبانی که خودتان وارد می‌کنید، پردازش سفارش‌ها و پرداخت‌ها، پاسخ به درخواست‌های پشتیبانی و بهبود خدمات سامانه استفاده می‌کنیم. شماره تلفن شما در آگهی منتشر نمی‌شود، مگر آنکه خودتان آن را در متن آگهی وارد کنید.

## اشتراک اطلاعات با دیگران

اطلاعات شما را نمی‌فروشیم و تنها در موارد زیر در اختیار دیگران قرار می‌دهیم:

| دریافت‌کننده | هدف |
| درگاه‌های پرداخت عضو شاپرک (زرین‌پال) | پرداخت هزینه آگهی و سفارش‌ها |
| سرویس ارسال پیامک (کاوه‌نگار) | ارسال رمز یک‌بارمصرف و پیامک اطلاع‌رسانی مراسم |
| گل‌فروشی‌های همکار | تهیه و ارسال تاج گل |
| روزنامه‌های همکار | درج آگهی ترحیم چاپی به سفارش شما |
| مراجع قضایی و انتظامی | فقط با دستور مقام قضایی |

زیرساخت سامانه روی سرورهای ابر آروان در داخل ایران میزبانی می‌شود.

## مدت نگهداری اطلاعات

آگهی‌های ترحیم تا زمانی که ثبت‌کننده درخواست حذف نکرده باشد، در سامانه باقی می‌مانند. پیام‌های تسلیت همراه با آگهی حدف می‌شوند. اطلاعات سفارش‌ها و تراکنش‌ها به مدت پنج سال نگهداری می‌شود. حساب‌های کاربری که بیش از دو سال استفاده نشده باشند، غیرفعال می‌شوند.

## حقوق شما

شما می‌توانید در هر زمان آگهی خود یا هر پیام تسلیتی را که زیر آن ثبت شده است ویرایش یا حذف کنید. همچنین می‌توانید درخواست حذف کامل حساب کاربری خود را از طریق پشتیبانی ارسال کنید.

## تماس با ما

@ سوگنامه
@ تهران، خیابان شهید بهشتی، خیابان سرافراز، پلاک ۱۸، واحد ۴
@ تلفن پشتیبانی: ۰۲۱-۸۸۷۷۶۶۵۵
@ ایمیل: support@soognameh.ir
"""

EDITS = [
    {"note": "typo fixed (حدف -> حذف), date unchanged", "bump": False,
     "repl": [("همراه با آگهی حدف می‌شوند", "همراه با آگهی حذف می‌شوند")]},
    {"note": "second SMS provider added (Magfa)",
     "repl": [("| سرویس ارسال پیامک (کاوه‌نگار) |", "| سرویس‌های ارسال پیامک (کاوه‌نگار و مگفا) |")]},
    {"note": "section added: verification of notices (death certificate image, deleted after approval)",
     "repl": [("## مدت نگهداری اطلاعات",
               "## تأیید آگهی‌ها\n\n"
               "برای جلوگیری از انتشار آگهی‌های جعلی، ممکن است از ثبت‌کننده بخواهیم تصویر گواهی فوت یا برگه "
               "خاکسپاری را ارسال کند. این تصویر فقط برای بررسی استفاده می‌شود و پس از تأیید آگهی حذف می‌شود.\n\n"
               "## مدت نگهداری اطلاعات")]},
    {"note": "support phone number changed, date unchanged", "bump": False,
     "repl": [("@ تلفن پشتیبانی: ۰۲۱-۸۸۷۷۶۶۵۵", "@ تلفن پشتیبانی: ۰۲۱-۹۱۰۰۵۵۶۶")]},
    {"note": "payment gateway added (Behpardakht Mellat)",
     "repl": [("(زرین‌پال) |", "(زرین‌پال و به‌پرداخت ملت) |")]},
    {"note": "inactive accounts disabled after one year instead of two",
     "repl": [("که بیش از دو سال استفاده نشده باشند", "که بیش از یک سال استفاده نشده باشند")]},
]


def fmt_date(d):
    return K.jalali_str(d)


MEN = ["محمد", "علی", "حسین", "رضا", "مهدی", "حسن", "احمد", "عباس", "غلامرضا", "محمود", "اکبر", "جواد", "ناصر",
       "منوچهر"]
WOMEN = ["فاطمه", "زهرا", "مریم", "معصومه", "اشرف", "پروین", "منیژه", "شهین", "طاهره", "زهره", "فرخنده", "اقدس"]
SURNAMES = ["رضایی", "محمدی", "حسینی", "احمدی", "کریمی", "موسوی", "جعفری", "صادقی", "رحیمی", "کاظمی", "قاسمی",
            "نوری", "عباسی", "طاهری", "شریفی", "یزدانی", "افشار", "تهرانی"]
PLACES = ["مسجد الجواد (میدان هفت تیر)", "مسجد امام صادق (ع) (میدان فلسطین)", "مسجد نور (میدان فاطمی)",
          "مسجد جامع شهرک غرب", "مسجد حضرت ابوالفضل (ع) (نارمک)", "مسجد لرزاده", "مسجد امیر (خیابان کاخ)"]
KINDS = ["مراسم ختم", "مراسم سوم", "مراسم هفتم", "مراسم یادبود آنلاین"]


def _notices(loc):
    day = (loc - dt.timedelta(hours=8)).date()
    items = K.feed("soognameh", day, 6, lambda r, d: r.randint(2, 5))[:5]
    out, seen = [], {}
    for d, r in items:
        seen[d] = seen.get(d, 0) + 1
        w = r.random() < 0.45
        name = r.choice(WOMEN if w else MEN)
        title = r.choice(["شادروان", "مرحومه", "حاجیه خانم"] if w else ["شادروان", "مرحوم", "حاج"])
        kind = r.choice(KINDS)
        when = d + dt.timedelta(days=r.randint(1, 4))
        hour = r.choice(["۱۴:۳۰ تا ۱۶", "۱۵ تا ۱۶:۳۰", "۱۶ تا ۱۷:۳۰", "۱۰ تا ۱۱:۳۰"])
        place = "سامانه سوگنامه" if kind == "مراسم یادبود آنلاین" else r.choice(PLACES)
        nid = 40000 + (d - dt.date(2023, 1, 1)).days * 6 + 6 - seen[d]
        out.append((nid, "%s %s %s" % (title, name, r.choice(SURNAMES)),
                    "%s: %s، ساعت %s، %s" % (kind, K.jalali_str(when, weekday=True), hour, place)))
    return tuple(out)


def _hashes(rng):
    def h(n):
        return C.alnum(rng, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    return {"build": C.uuid4(rng), "entry": h(8), "default": h(8), "c1": h(8), "c2": h(8), "c3": h(8),
            "v": tuple(C.hexs(rng, 8) for _ in range(5))}


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "ir")
    build = C.keep_or(rng, p.get("build"), 0.2, lambda: tuple(sorted(_hashes(rng).items())))
    return {
        "views": 8214 + int((loc.date() - dt.date(2023, 1, 1)).days * 11.5) + rng.randint(0, 30),
        "notices": _notices(loc),
        "today": K.jalali_str(loc.date(), weekday=True),
        "build": build,
        "year": K.jalali(loc.date())[0],
    }


LABELS = {
    "views": "view counter in the article's meta line",
    "notices": "sidebar: latest obituary notices (names, ceremonies)",
    "today": "header: today's Solar Hijri date",
    "build": "deploy: Nuxt buildId, chunk hashes, data-v scoped-style hashes",
    "year": "footer copyright year (Solar Hijri)",
}


def _body(blocks):
    return K.render_blocks(blocks, addr=lambda lines, inl: "<p>%s</p>" % "<br>".join(inl(x) for x in lines), sep="")


def render(state, blocks, when):
    b = dict(state["build"])
    v1, v2, v3, v4, v5 = b["v"]
    title, rest = K.title_and_rest(blocks)
    body = _body(rest)
    words = len(re.findall(r"\w+", re.sub(r"<[^>]+>", " ", body)))
    minutes = max(1, round(words / 180))
    notices = "".join('<li class="notice-card" data-v-%s><a href="/notice/%d" class="notice-card__link" data-v-%s>'
                      '<strong class="notice-card__name" data-v-%s>%s</strong><span class="notice-card__event" data-v-%s>'
                      '%s</span></a></li>' % (v4, nid, v4, v4, K.esc(name), v4, K.esc(ev))
                      for nid, name, ev in state["notices"])
    payload = [["ShallowReactive", 1], {"data": 2, "state": 10, "once": 11, "_errors": 12, "serverRendered": True,
                                        "path": 13},
               ["ShallowReactive", 3], {"page-privacy": 4, "latest-notices": 8},
               {"title": 5, "views": 6, "body": 7}, title, state["views"], body,
               [{"id": nid, "name": name, "event": ev} for nid, name, ev in state["notices"]],
               None, {}, ["Set"], ["ShallowReactive", 14], "/privacy", {}]
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003C")
    return """<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>حریم خصوصی | سوگنامه</title>
<link rel="stylesheet" href="/_nuxt/entry.%(entry)s.css" crossorigin>
<link rel="stylesheet" href="/_nuxt/default.%(default)s.css" crossorigin>
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%(c1)s.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%(c2)s.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%(c3)s.js">
<link rel="prefetch" as="image" type="image/svg+xml" href="/_nuxt/logo.Dz7Qp1Xc.svg">
<script type="module" src="/_nuxt/%(c1)s.js" crossorigin></script>
<meta name="description" content="سیاست حفظ حریم خصوصی سوگنامه؛ سامانه آگهی ترحیم و تسلیت آنلاین">
<meta property="og:title" content="حریم خصوصی | سوگنامه">
<meta property="og:site_name" content="سوگنامه">
<link rel="canonical" href="https://soognameh.ir/privacy">
<link rel="icon" type="image/png" href="/favicon.png"></head>
<body><div id="__nuxt"><div class="layout" data-v-%(v1)s><header class="site-header" data-v-%(v1)s data-v-%(v2)s><div class="site-header__top" data-v-%(v2)s><span class="site-header__date" data-v-%(v2)s>امروز: %(today)s</span><a class="site-header__phone" href="tel:02188776655" data-v-%(v2)s>پشتیبانی: ۰۲۱-۸۸۷۷۶۶۵۵</a></div><div class="site-header__main container" data-v-%(v2)s><a href="/" class="site-header__logo" data-v-%(v2)s><img src="/_nuxt/logo.Dz7Qp1Xc.svg" alt="سوگنامه" width="132" height="40" data-v-%(v2)s></a><nav class="site-nav" data-v-%(v2)s><a href="/notices" class="site-nav__link" data-v-%(v2)s>آگهی‌های ترحیم</a><a href="/new-notice" class="site-nav__link" data-v-%(v2)s>ثبت آگهی</a><a href="/online-ceremony" class="site-nav__link" data-v-%(v2)s>مراسم آنلاین</a><a href="/flowers" class="site-nav__link" data-v-%(v2)s>تاج گل</a><a href="/newspaper" class="site-nav__link" data-v-%(v2)s>آگهی روزنامه</a></nav><a href="/login" class="btn btn--outline" data-v-%(v2)s>ورود / ثبت‌نام</a></div></header><main class="page-privacy container" data-v-%(v1)s><div class="page-grid" data-v-%(v3)s><article class="static-page" data-v-%(v3)s><header class="static-page__head" data-v-%(v3)s><h1 class="static-page__title" data-v-%(v3)s>%(title)s</h1><div class="static-page__meta" data-v-%(v3)s><span class="meta-item" data-v-%(v3)s><i class="icon-eye" data-v-%(v3)s></i> %(views)s بازدید</span><span class="meta-item" data-v-%(v3)s><i class="icon-clock" data-v-%(v3)s></i> زمان مطالعه: %(minutes)s دقیقه</span><button type="button" class="share-btn" data-v-%(v3)s>اشتراک%(zw)sگذاری</button></div></header><div class="static-page__body prose" data-v-%(v3)s>%(body)s</div></article><aside class="sidebar" data-v-%(v3)s><section class="latest-notices" data-v-%(v4)s><h2 class="latest-notices__title" data-v-%(v4)s>آخرین آگهی%(zw)sهای ترحیم</h2><ul class="latest-notices__list" data-v-%(v4)s>%(notices)s</ul><a href="/notices" class="latest-notices__more" data-v-%(v4)s>همه آگهی%(zw)sها</a></section></aside></div></main><footer class="site-footer" data-v-%(v1)s data-v-%(v5)s><div class="container site-footer__grid" data-v-%(v5)s><div data-v-%(v5)s><a href="/about" data-v-%(v5)s>درباره ما</a><a href="/terms" data-v-%(v5)s>قوانین و مقررات</a><a href="/privacy" class="router-link-active router-link-exact-active" aria-current="page" data-v-%(v5)s>حریم خصوصی</a><a href="/contact" data-v-%(v5)s>تماس با ما</a></div><div class="site-footer__seals" data-v-%(v5)s><a referrerpolicy="origin" target="_blank" href="https://trustseal.enamad.ir/?id=412873&amp;Code=Q8wE3rTyU1iOp5aS7dFg" data-v-%(v5)s><img referrerpolicy="origin" src="https://trustseal.enamad.ir/logo.aspx?id=412873&amp;Code=Q8wE3rTyU1iOp5aS7dFg" alt="" style="cursor:pointer" code="Q8wE3rTyU1iOp5aS7dFg" data-v-%(v5)s></a></div><p class="site-footer__copy" data-v-%(v5)s>© %(year)s تمامی حقوق برای سوگنامه محفوظ است.</p></div></footer></div></div><div id="teleports"></div><script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">%(data)s</script>
<script>window.__NUXT__={};window.__NUXT__.config={public:{apiBase:"https://api.soognameh.ir/v1",siteUrl:"https://soognameh.ir",arvanCdn:"https://cdn.soognameh.ir"},app:{baseURL:"/",buildId:"%(build)s",buildAssetsDir:"/_nuxt/",cdnURL:""}}</script></body></html>""" % {
        "entry": b["entry"], "default": b["default"], "c1": b["c1"], "c2": b["c2"], "c3": b["c3"], "v1": v1, "v2": v2,
        "v3": v3, "v4": v4, "v5": v5, "today": state["today"], "title": K.esc(title),
        "views": K.fa("{:,}".format(state["views"])), "minutes": K.fa(minutes), "zw": ZW, "body": body,
        "notices": notices, "year": K.fa(state["year"]), "data": data, "build": b["build"]}


PAGE = {
    "service": "Soognameh",
    "url": "https://soognameh.ir/privacy",
    "lang": "fa",
    "platform": "Nuxt 3 SSR (Vue), ArvanCloud CDN",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": [("Server", "ArvanCloud"), ("X-Cache", "MISS"), ("X-SID", "2301"),
                      ("X-Powered-By", "Nuxt")],
    "n": 30,
    "start": dt.date(2023, 4, 1),
    "end": dt.date(2025, 3, 10),
    "hours": (5, 10, 15),
    "policy": POLICY,
    "first_updated": dt.date(2023, 1, 8),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://soognameh.ir/privacy",
        "select": "article.static-page",
        "remove": ".static-page__meta",
    },
}
