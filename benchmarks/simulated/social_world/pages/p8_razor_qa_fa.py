"""پرسمان (Porseman) - fa - Stack-Exchange-style Q&A site on ASP.NET Core MVC (Razor views), right-to-left.

The legal page is a Razor view: the title comes from ViewData and is written through Razor's default HtmlEncoder,
which turns every non-ASCII character into a `&#x...;` reference (the whole chrome is Persian in entities), while
the policy body is Markdig output stored in the database and written with Html.Raw (raw UTF-8, Markdig's
auto-identifiers "section", "section-1" for Persian headings). Dates are Solar Hijri in Persian digits. Around the
body: `StackExchange.init({...})` with the per-visit fkey, tid and server time, cache breakers and the footer
"rev" that move at each deploy, hot network questions with votes and answers, "روی متا" featured posts, an
antiforgery token (CfDJ8...) in the footer form, a consent banner; inside the `.s-prose` box, the last edit's
signature with a relative time ("۳ ماه پیش") that changes from one visit to the next."""
import datetime as dt
import html
import json

import common as C
from convertdate import persian

URL = "https://porseman.ir/legal/privacy-policy"
MAHHA = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_SEEN = {}


def g2j(gy, gm, gd):
    """The Solar Hijri (Jalali) date of a Gregorian one, by convertdate (the archive's own reader of such dates)."""
    return tuple(persian.from_gregorian(gy, gm, gd))


def fa(n):
    return str(n).translate(FA_DIGITS)


def fmt_date(d):
    jy, jm, jd = g2j(d.year, d.month, d.day)
    s = "%s %s %s" % (fa(jd), MAHHA[jm - 1], fa(jy))
    _SEEN[s] = d
    return s


POLICY = """
# سیاست حریم خصوصی

آخرین به\u200cروزرسانی: {UPDATED}

پرسمان یک سایت پرسش و پاسخ برای برنامه\u200cنویسان و متخصصان فناوری است. این سند توضیح می\u200cدهد که چه اطلاعاتی از شما جمع\u200cآوری می\u200cکنیم، چگونه از آن استفاده می\u200cکنیم و چه اختیاراتی دارید. استفاده از پرسمان به معنای پذیرش این سیاست و [قوانین سایت](/help/terms) است.

## ۱. اطلاعاتی که جمع\u200cآوری می\u200cکنیم

- اطلاعات حساب کاربری: نام نمایشی، نشانی ایمیل و در صورت تمایل، تصویر نمایه و درباره من.
- محتوای شما: پرسش\u200cها، پاسخ\u200cها، دیدگاه\u200cها، رأی\u200cها و ویرایش\u200cهایی که انجام می\u200cدهید.
- اطلاعات فنی: نشانی IP، نوع مرورگر، صفحه\u200cهای بازدیدشده و زمان بازدید.

## ۲. نحوه استفاده از اطلاعات

از این اطلاعات برای نمایش محتوای شما، محاسبه امتیاز اعتبار (reputation)، جلوگیری از تقلب در رأی\u200cدهی و ارسال اعلان\u200cهایی که خودتان فعال کرده\u200cاید استفاده می\u200cکنیم.

## ۳. محتوای عمومی

پرسش\u200cها، پاسخ\u200cها و دیدگاه\u200cها به\u200cصورت عمومی منتشر می\u200cشوند و تحت مجوز CC BY-SA 4.0 در دسترس همگان قرار می\u200cگیرند. پس از حذف حساب، محتوای شما با نام کاربر ناشناس باقی می\u200cماند.

## ۴. اشتراک\u200cگذاری با دیگران

سرورهای پرسمان در مرکز داده پارس\u200cپک در تهران میزبانی می\u200cشوند. ایمیل\u200cهای سیستمی از طریق سرویس ایمیل اختصاصی خود ما ارسال می\u200cشوند. اطلاعات شخصی شما را به هیچ شخص ثالثی نمی\u200cفروشیم.

## ۵. مدت نگهداری

لاگ\u200cهای سرور حداکثر ۶ ماه نگهداری و سپس حذف می\u200cشوند. اطلاعات حساب تا زمانی که حساب فعال است نگهداری می\u200cشود.

## ۶. تماس با ما

برای پرسش درباره این سیاست یا درخواست حذف اطلاعات، به نشانی [privacy@porseman.ir](mailto:privacy@porseman.ir) ایمیل بزنید یا به نشانی تهران، خیابان ولیعصر، بالاتر از پارک ساعی، پلاک ۲۴۱۸، طبقه ۵ نامه بفرستید.
"""

EDITS = [
    {"note": "processor added: ArvanCloud CDN",
     "repl": [("ایمیل\u200cهای سیستمی از طریق", "ترافیک سایت برای افزایش سرعت و مقابله با حملات از شبکه توزیع محتوای ابر آروان عبور می\u200cکند. ایمیل\u200cهای سیستمی از طریق")]},
    {"note": "link target of 'قوانین سایت' moved to /legal/terms-of-service (same words, date left)", "bump": False,
     "repl": [("(/help/terms)", "(/legal/terms-of-service)")]},
    {"note": "server logs kept 3 months instead of 6",
     "repl": [("لاگ\u200cهای سرور حداکثر ۶ ماه نگهداری", "لاگ\u200cهای سرور حداکثر ۳ ماه نگهداری")]},
    {"note": "new section: sign-in with mobile number (SMS via Kavenegar)",
     "repl": [("## ۳. محتوای عمومی", "## ۳. ورود با شماره موبایل\n\nاگر ورود با شماره موبایل را انتخاب کنید، شماره شما فقط برای ارسال کد تأیید از طریق سامانه پیامکی کاوه\u200cنگار استفاده می\u200cشود و به دیگر کاربران نمایش داده نمی\u200cشود.\n\n## ۴. محتوای عمومی"),
              ("## ۴. اشتراک\u200cگذاری با دیگران", "## ۵. اشتراک\u200cگذاری با دیگران"),
              ("## ۵. مدت نگهداری", "## ۶. مدت نگهداری"), ("## ۶. تماس با ما", "## ۷. تماس با ما")]},
    {"note": "contact changed: new postal address and e-mail",
     "repl": [("[privacy@porseman.ir](mailto:privacy@porseman.ir)", "[dpo@porseman.ir](mailto:dpo@porseman.ir)"),
              ("تهران، خیابان ولیعصر، بالاتر از پارک ساعی، پلاک ۲۴۱۸، طبقه ۵", "تهران، خیابان شهید بهشتی، خیابان سرافراز، پلاک ۳۶، واحد ۱۲")]},
]

HOT = [("چرا async/await در C# باعث بن\u200cبست می\u200cشود؟", "csharp"), ("تفاوت let و var در جاوااسکریپت چیست؟", "javascript"),
       ("چگونه در پایتون یک فایل CSV با کدگذاری UTF-8 بخوانیم؟", "python"), ("راست\u200cچین کردن متن در Flutter", "flutter"),
       ("خطای CORS در ASP.NET Core هنگام فراخوانی API", "aspnet-core"), ("بهینه\u200cسازی کوئری کند در PostgreSQL", "postgresql"),
       ("تبدیل تاریخ میلادی به شمسی در Java", "java"), ("استفاده از Docker Compose برای محیط توسعه", "docker"),
       ("مرتب\u200cسازی حروف فارسی در SQL Server", "sql-server")]
META = [("انتخابات ناظران ۱۴۰۲ آغاز شد", 1042), ("پیشنهاد: برچسب\u200cهای تکراری را ادغام کنیم", 1127),
        ("به\u200cروزرسانی قوانین پاسخ\u200cهای تولیدشده با هوش مصنوعی", 1203), ("گزارش فصلی وضعیت سایت", 1250)]


def entities(s):
    """Razor's default HtmlEncoder: HTML specials and every non-ASCII character as &#x..; references."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "'":
            out.append("&#x27;")
        elif o > 126:
            out.append("&#x%X;" % o)
        else:
            out.append(ch)
    return "".join(out)


E = entities


def markdig(blocks):
    out, n = [], 0
    for kind, v in blocks:
        if kind == "h2":
            hid = "section" if n == 0 else "section-%d" % n
            n += 1
            out.append('<h2 id="%s">%s</h2>' % (hid, C.inline_html(v)))
        else:
            out.append(C.block_html((kind, v)))
    return "\n".join(out)


def ago_fa(days):
    if days < 1:
        return "امروز"
    if days < 31:
        return "%s روز پیش" % fa(days)
    if days < 365:
        return "%s ماه پیش" % fa(days // 30)
    return "%s سال پیش" % fa(days // 365)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["fkey"] = (C.hexs(rng, 64), C.uuid4(rng), int(C.epoch(when)) + rng.randint(0, 3))
    s["antiforgery"] = "CfDJ8" + C.b64tok(rng, 110).replace("+", "-").replace("/", "_").rstrip("=")
    rev = C.keep_or(rng, prev.get("rev"), 0.45, lambda: ("%d.%d.%d.%d" % (when.year, when.month, when.day, rng.randint(1000, 9999)), C.hexs(rng, 12), C.hexs(rng, 12)))
    s["rev"] = rev
    s["hot"] = tuple((k, rng.randint(-2, 85), rng.randint(0, 9)) for k in rng.sample(range(len(HOT)), 6))
    s["meta"] = C.keep_or(rng, prev.get("meta"), 0.3, lambda: tuple(rng.sample(range(len(META)), 2)))
    s["consent"] = rng.random() < 0.8
    return s


LABELS = {
    "fkey": "StackExchange.init per-visit fkey, tid and serverTime",
    "antiforgery": "ASP.NET Core antiforgery token (__RequestVerificationToken) in footer form",
    "rev": "deploy: footer rev, cache breakers",
    "hot": "hot network questions (votes, answers)",
    "meta": "'روی متا' featured posts",
    "consent": "consent banner shown or not",
}


def render(s, blocks, when):
    fkey, tid, stime = s["fkey"]
    rev, cb1, cb2 = s["rev"]
    title = blocks[0][1]
    upd = blocks[1][1]
    body = markdig(blocks[1:])
    last = _SEEN.get(upd.split(": ", 1)[1])
    days = (when.date() - last).days if last else 0
    sig = ('<div class="post-signature d-flex ai-center gs8 fc-black-400 fs-caption mt24">'
           '<span>%s</span> <span class="relativetime" title="%s">%s</span></div>'
           % (E("ویرایش شده"), (last or when.date()).strftime("%Y-%m-%d 09:30:00Z"), E(ago_fa(days))))
    init = {"locale": "fa", "serverTime": stime, "routeName": "Legal/Show", "stackAuthUrl": "https://auth.porseman.ir",
            "networkMetaHostname": "meta.porseman.ir",
            "site": {"name": "پرسمان", "description": "پرسش و پاسخ برای برنامه\u200cنویسان", "isNoticesTabEnabled": True, "id": 1,
                     "cookieDomain": ".porseman.ir", "rtl": True},
            "user": {"fkey": fkey, "tid": tid, "rep": 0, "isAnonymous": True, "isAnonymousNetworkWide": True},
            "events": {"postType": {"question": 1}, "postEditionSection": {"title": 1, "body": 2, "tags": 3}}}
    hot = "\n".join('<li><div class="favicon favicon-%s" title="%s"></div><span class="fc-black-400 mr4">%s</span>'
                    '<a href="/questions/%d" class="question-hyperlink js-gps-track">%s</a><span class="s-badge s-badge__sm">%s</span></li>'
                    % (HOT[k][1], HOT[k][1], E(fa(v) if v >= 0 else "-" + fa(-v)), 40000 + k * 77, E(HOT[k][0]), E(fa(a) + " پاسخ"))
                    for k, v, a in s["hot"])
    meta = "\n".join('<li class="s-sidebarwidget--item d-flex px16"><div class="flex--item1 fl-shrink0"><svg aria-hidden="true" class="va-text-top svg-icon iconLogoGlyphMd" width="14" height="14" viewBox="0 0 32 37"></svg></div>'
                     '<div class="flex--item wmn0 ow-break-word"><a href="https://meta.porseman.ir/questions/%d" class="js-gps-track" title="%s">%s</a></div></li>'
                     % (META[k][1], E(META[k][0]), E(META[k][0])) for k in s["meta"])
    consent = ('<div id="onetrust-consent-sdk" class="js-consent-banner ps-fixed b8 r8 z-modal bg-white bs-lg p16 bar-md" role="dialog">'
               '<p>%s <a href="/legal/cookie-policy">%s</a></p><button class="s-btn s-btn__primary js-accept-cookies">%s</button>'
               '<button class="s-btn s-btn__filled js-reject-cookies">%s</button></div>'
               % (E("ما از کوکی برای بهبود تجربه شما استفاده می‌کنیم."), E("سیاست کوکی"), E("پذیرفتن همه"), E("فقط کوکی‌های ضروری"))) if s["consent"] else ""
    jy = g2j(when.year, when.month, when.day)[0]
    return """<!DOCTYPE html>
<html class="html__responsive html__unpinned-leftnav" lang="fa" dir="rtl">
<head>
    <title>%(t_title)s - %(t_site)s</title>
    <link rel="shortcut icon" href="https://cdn.porseman.ir/img/favicon.ico?v=%(cb1)s">
    <link rel="apple-touch-icon" href="https://cdn.porseman.ir/img/apple-touch-icon.png?v=%(cb1)s">
    <meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0">
    <meta property="og:type" content="website" />
    <meta property="og:url" content="%(url)s"/>
    <meta property="og:site_name" content="%(t_site)s" />
    <link rel="canonical" href="%(url)s" />
    <link rel="stylesheet" type="text/css" href="https://cdn.porseman.ir/css/stacks.rtl.css?v=%(cb2)s">
    <link rel="stylesheet" type="text/css" href="https://cdn.porseman.ir/css/primary.rtl.css?v=%(cb1)s">
    <script src="https://cdn.porseman.ir/js/stub.fa.js?v=%(cb2)s"></script>
    <script>
        StackExchange.init(%(init)s);
        StackExchange.using.setCacheBreakers({"js/full.fa.js":"%(cb1)s","js/legal.fa.js":"%(cb2)s","js/wmd.fa.js":"%(cb3)s"});
    </script>
</head>
<body class="legal-page unified-theme">
    <div id="notify-container"></div>
    <a href="#content" class="s-btn s-btn__primary _skip">%(t_skip)s</a>
    <header class="s-topbar ps-fixed t0 l0 js-top-bar">
        <div class="s-topbar--container">
            <a href="/" class="s-topbar--logo js-gps-track"><span class="-img _glyph">%(t_site)s</span></a>
            <ol class="s-navigation" role="presentation">
                <li><a href="/questions" class="s-navigation--item js-gps-track">%(t_questions)s</a></li>
                <li><a href="/tags" class="s-navigation--item js-gps-track">%(t_tags)s</a></li>
            </ol>
            <form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar" autocomplete="off">
                <div class="s-topbar--searchbar--input-group"><input name="q" type="text" role="combobox" placeholder="%(t_search)s" maxlength="240" class="s-input s-input__search js-search-field"></div>
            </form>
            <ol class="s-topbar--content" role="menubar">
                <li class="s-topbar--item"><a href="/users/login?ssrc=head&amp;returnurl=%%2flegal%%2fprivacy-policy" class="s-topbar--item s-topbar--item__unset s-btn s-btn__filled ws-nowrap js-gps-track" rel="nofollow">%(t_login)s</a></li>
                <li class="s-topbar--item"><a href="/users/signup?ssrc=head" class="s-topbar--item s-topbar--item__unset ml4 s-btn s-btn__primary ws-nowrap" rel="nofollow">%(t_signup)s</a></li>
            </ol>
        </div>
    </header>
    <div class="container">
        <div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative">
            <nav role="navigation"><ol class="nav-links">
                <li><a href="/" class="pl8 js-gps-track nav-links--link">%(t_home)s</a></li>
                <li><a href="/questions" class="pl8 js-gps-track nav-links--link">%(t_questions)s</a></li>
                <li><a href="/users" class="pl8 js-gps-track nav-links--link">%(t_users)s</a></li>
            </ol></nav>
        </div>
        <div id="content" class="snippet-hidden">
            <div class="d-flex flex__fl-equal md:fd-column">
                <div id="mainbar" class="flex--item fl-grow1 pl24 md:pl0" role="main">
                    <nav class="s-navigation mb16" aria-label="%(t_legal)s">
                        <a href="/legal/terms-of-service" class="s-navigation--item">%(t_tos)s</a>
                        <a href="/legal/privacy-policy" class="s-navigation--item is-selected" aria-current="page">%(t_title)s</a>
                        <a href="/legal/cookie-policy" class="s-navigation--item">%(t_cookies)s</a>
                    </nav>
                    <div class="s-prose legal-doc js-legal-doc">
                        <h1 class="fs-headline1 mb16">%(t_title)s</h1>
%(body)s
                        %(sig)s
                    </div>
                </div>
                <div id="sidebar" class="show-votes" role="complementary">
                    <div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16" data-tracker="cb=1">
                        <ul class="d-block p0 m0">
                            <li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text fc-black-600 d:fc-black-900 bb bbw1">%(t_meta)s</li>
%(meta)s
                        </ul>
                    </div>
                    <div id="hot-network-questions" class="module tex2jax_ignore">
                        <h4><a href="/questions?tab=hot" class="js-gps-track s-link s-link__inherit">%(t_hot)s</a></h4>
                        <ul>
%(hot)s
                        </ul>
                    </div>
                </div>
            </div>
        </div>
    </div>
    <footer id="footer" class="site-footer js-footer" role="contentinfo">
        <div class="site-footer--container">
            <nav class="site-footer--nav"><a href="/tour">%(t_tour)s</a> <a href="/help">%(t_help)s</a> <a href="/legal/privacy-policy">%(t_title)s</a></nav>
            <form method="post" action="/newsletter/subscribe" class="site-footer--newsletter"><input type="email" name="email" class="s-input" placeholder="%(t_email)s"><button class="s-btn">%(t_subscribe)s</button><input name="__RequestVerificationToken" type="hidden" value="%(af)s" /></form>
            <p class="site-footer--copyright fs-fine md:mb0">%(t_copy)s <a href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license">CC BY-SA</a>. <span class="va-middle">rev %(rev)s</span></p>
        </div>
    </footer>
    %(consent)s
    <script src="https://cdn.porseman.ir/js/full.fa.js?v=%(cb1)s"></script>
</body>
</html>
""" % {"t_title": E(title), "t_site": E("پرسمان"), "url": URL, "cb1": cb1, "cb2": cb2, "cb3": cb1[::-1],
       "init": json.dumps(init, separators=(",", ":")), "t_skip": E("رفتن به محتوای اصلی"), "t_questions": E("پرسش‌ها"),
       "t_tags": E("برچسب‌ها"), "t_search": E("جستجو…"), "t_login": E("ورود"), "t_signup": E("ثبت‌نام"), "t_home": E("خانه"),
       "t_users": E("کاربران"), "t_legal": E("اسناد حقوقی"), "t_tos": E("شرایط خدمات"), "t_cookies": E("سیاست کوکی"),
       "body": body, "sig": sig, "t_meta": E("روی متا"), "meta": meta, "t_hot": E("پرسش‌های داغ شبکه"), "hot": hot,
       "t_tour": E("معرفی"), "t_help": E("راهنما"), "t_email": E("ایمیل شما"), "t_subscribe": E("عضویت در خبرنامه"),
       "af": s["antiforgery"], "t_copy": E("طراحی سایت / لوگو © %s پرسمان؛ مشارکت کاربران تحت مجوز" % fa(jy)),
       "rev": rev, "consent": consent}


PAGE = {
    "service": "Porseman", "url": URL, "lang": "fa", "platform": "ASP.NET Core MVC (Razor)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Kestrel"), ("X-Frame-Options", "SAMEORIGIN")),
    "n": 30, "start": dt.date(2021, 2, 20), "end": dt.date(2026, 4, 30),
    "policy": POLICY, "first_updated": dt.date(2020, 12, 21), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#mainbar .s-prose.legal-doc"], "remove": [".legal-doc .post-signature"]},
}
