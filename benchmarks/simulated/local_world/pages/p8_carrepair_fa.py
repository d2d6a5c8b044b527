"""Rezaei Brothers car repair, Tehran: a specialist garage's DNN Platform 9 site (ASP.NET WebForms, a Persian RTL
skin), Persian with Solar Hijri dates and Persian digits. The page "قوانین و حریم خصوصی" holds two HTML modules
in the content pane: first the appointment rules (another document, which changes on its own: the online deposit
in toman rises with inflation, cancellation terms), then the privacy policy. The declaration selects the privacy
module's `#dnn_ctr1437_HtmlModule_lblContent`, clean inside.
Noise: `__RequestVerificationToken` per visit, `__VIEWSTATE`/`__EVENTVALIDATION` when the page's modules change,
the client-dependency `?cdv=` stamp when the admin clears the cache and WebResource.axd `t=` ticks on the DNN
upgrade (9.4 to 9.10), the rules module above the policy, and the footer's visitor statistics (today, yesterday,
total: the Iranian site counter).
"""
import base64
import datetime as dt
import hashlib
import html

import common as C

MAHHA = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def fa(n):
    return str(n).translate(FA)


def g2j(gy, gm, gd):
    """Gregorian -> Solar Hijri (Jalali) date: services_world's common."""
    return C.jalali(dt.date(gy, gm, gd))


def fmt_date(d):
    jy, jm, jd = g2j(d.year, d.month, d.day)
    return "آخرین به‌روزرسانی: %s %s %s" % (fa(jd), MAHHA[jm - 1], fa(jy))


POLICY = """
# سیاست حفظ حریم خصوصی

{UPDATED}

تعمیرگاه تخصصی برادران رضایی به حریم خصوصی مشتریان خود احترام می‌گذارد. این صفحه توضیح می‌دهد که هنگام استفاده از وب‌سایت، ثبت نوبت آنلاین، پذیرش خودرو در تعمیرگاه و پیگیری وضعیت تعمیر، چه اطلاعاتی از شما دریافت می‌کنیم، این اطلاعات را برای چه مقاصدی به کار می‌بریم و چگونه از آن محافظت می‌کنیم. استفاده از خدمات ما به معنای پذیرش این سیاست است.

## اطلاعاتی که دریافت می‌کنیم

- نام و نام خانوادگی، شماره تلفن همراه و در صورت تمایل نشانی ایمیل
- مشخصات خودرو شامل نوع و مدل، سال ساخت، شماره پلاک، شماره شاسی (VIN) و کارکرد
- شرح ایراد اعلام‌شده، گزارش عیب‌یابی و سوابق تعمیرات و قطعات تعویض‌شده
- اطلاعات پرداخت شامل مبلغ، شماره پیگیری تراکنش و نام بانک؛ اطلاعات کامل کارت بانکی نزد ما ذخیره نمی‌شود
- تصاویر خودرو در زمان پذیرش و تحویل، برای ثبت وضعیت بدنه و جلوگیری از اختلاف
- اطلاعات فنی بازدید از سایت مانند نشانی IP، نوع مرورگر و صفحات بازدیدشده

در زمان پذیرش، کارت خودرو یا برگ سبز برای تطبیق مشخصات خودرو با مالک بررسی می‌شود، اما تصویر آن نگهداری نمی‌شود. در صورت نیاز به تست جاده، مسیر و کیلومتر پیموده‌شده در برگه پذیرش ثبت می‌شود.

## اهداف استفاده از اطلاعات

- ثبت و مدیریت نوبت و یادآوری آن از طریق پیامک
- پذیرش خودرو، عیب‌یابی، تعمیر و صدور فاکتور
- اطلاع‌رسانی درباره وضعیت تعمیر، برآورد هزینه و زمان تحویل
- پیگیری گارانتی قطعات و خدمات و یادآوری سرویس‌های دوره‌ای مانند تعویض روغن و تسمه تایم
- پاسخ به شکایات و بهبود کیفیت خدمات
- ارسال پیشنهادهای ویژه و تخفیف‌ها، تنها در صورتی که خودتان درخواست کرده باشید

## اشتراک‌گذاری اطلاعات

ما اطلاعات شما را به هیچ شخص یا سازمانی نمی‌فروشیم. اطلاعات تنها در موارد زیر و به اندازه لازم در اختیار دیگران قرار می‌گیرد:

| طرف مقابل | اطلاعات | هدف |
| زرین‌پال (درگاه پرداخت) | مبلغ و شماره سفارش | پرداخت آنلاین بیعانه و فاکتور |
| کاوه‌نگار (سامانه پیامک) | شماره تلفن همراه | ارسال پیامک نوبت و وضعیت تعمیر |
| شرکت‌های بیمه | مشخصات خودرو، گزارش خسارت و فاکتور | پرونده خسارت بیمه بدنه و شخص ثالث |
| تأمین‌کنندگان قطعه | نوع خودرو و شماره شاسی | سفارش قطعه مناسب |

همچنین در صورت درخواصت مراجع قضایی یا انتظامی و بر اساس قوانین جمهوری اسلامی ایران، ملزم به ارائه اطلاعات هستیم.

## مدت نگهداری اطلاعات

| نوع اطلاعات | مدت نگهداری |
| سوابق تعمیر و فاکتورها | ۵ سال |
| تصاویر پذیرش و تحویل خودرو | ۶ ماه پس از تحویل |
| نوبت‌های لغوشده | ۳ ماه |
| شماره تلفن برای پیامک‌های تبلیغاتی | تا زمان لغو عضویت |

## خودروهای سازمانی

در صورتی که خودرو متعلق به شرکت یا سازمان باشد، اطلاعات تعمیرات و فاکتورها برای شخص معرفی‌شده از سوی آن سازمان ارسال می‌شود و راننده خودرو بدون معرفی‌نامه به سوابق تعمیر دسترسی نخواهد داشت.

## دوربین مداربسته

محوطه پذیرش و سالن تعمیرگاه برای حفظ امنیت خودروها و کارکنان با دوربین مداربسته پایش می‌شود. فیلم‌های ضبط‌شده حداکثر ۳۰ روز نگهداری و پس از آن به‌طور خودکار بازنویسی می‌شوند و فقط در صورت بروز حادثه، سرقت یا اختلاف و به درخواست مراجع قانونی بررسی یا ارائه می‌شوند.

## امنیت اطلاعات

اطلاعات مشتریان در نرم‌افزار پذیرش تعمیرگاه با نام کاربری و رمز عبور نگهداری می‌شود و تنها مدیر تعمیرگاه و کارکنان پذیرش به آن دسترسی دارند. ارتباط با وب‌سایت از طریق پروتکل امن HTTPS انجام می‌شود و پرداخت‌ها مستقیماً در صفحه درگاه بانکی صورت می‌گیرد. با وجود همه این تدابیر، هیچ روش انتقال اطلاعات در اینترنت کاملاً بدون خطر نیست؛ به همین دلیل از شما می‌خواهیم رمز پیامکی پرداخت را در اختیار هیچ‌کس، حتی کارکنان تعمیرگاه، قرار ندهید.

## کوکی‌ها

وب‌سایت ما برای حفظ نشست کاربری و ثبت نوبت از کوکی‌های ضروری استفاده می‌کند. همچنین برای آمار بازدید از سرویس گوگل آنالیتیکس بهره می‌گیریم. می‌توانید کوکی‌ها را از طریق تنظیمات مرورگر خود غیرفعال کنید؛ در این صورت ممکن است ثبت نوبت آنلاین به‌درستی کار نکند.

## حقوق شما

شما می‌توانید در هر زمان:

- اطلاعات ثبت‌شده خود را مشاهده کنید و نسخه‌ای از سوابق تعمیر خودرو را دریافت کنید
- درخواست اصلاح اطلاعات نادرست را بدهید
- درخواست حذف اطلاعات خود را بدهید، مگر اطلاعاتی که نگهداری آن طبق قانون الزامی است
- با ارسال کلمه «لغو» به سامانه پیامک، از دریافت پیامک‌های تبلیغاتی خارج شوید

درخواست‌های مربوط به اطلاعات شخصی را می‌توانید حضوری در واحد پذیرش یا از طریق ایمیل مطرح کنید. این درخواست‌ها حداکثر ظرف ده روز کاری بررسی و پاسخ داده می‌شوند.

## تغییرات این سیاست

ممکن است این سیاست را در آینده به‌روزرسانی کنیم. نسخه جدید همواره در همین صفحه منتشر می‌شود و تاریخ آخرین به‌روزرسانی در ابتدای آن درج می‌گردد. در صورت تغییرات مهم، مشتریانی را که نوبت فعال دارند از طریق پیامک مطلع خواهیم کرد.

## تماس با ما

@ تعمیرگاه تخصصی برادران رضایی
@ تهران، خیابان شهید بهشتی، خیابان سرافراز، پلاک ۴۲
@ تلفن: ۰۲۱-۸۸۷۴۵۶۱۲
@ ساعات کاری: شنبه تا پنج‌شنبه، ۸ تا ۱۸
@ ایمیل: info@rezaeiauto.ir
"""

EDITS = [
    {"note": "roadside pickup: Neshan maps added to the sharing table",
     "repl": [("| تأمین‌کنندگان قطعه |",
               "| نشان (نقشه و مسیریابی) | موقعیت مکانی، فقط هنگام درخواست امداد | اعزام خودروی امداد و حمل |\n"
               "| تأمین‌کنندگان قطعه |")]},
    {"note": "typo fixed: درخواصت -> درخواست (no new date)", "bump": False,
     "repl": [("در صورت درخواصت مراجع", "در صورت درخواست مراجع")]},
    {"note": "photos of the car kept 3 months after delivery instead of 6",
     "repl": [("| تصاویر پذیرش و تحویل خودرو | ۶ ماه پس از تحویل |",
               "| تصاویر پذیرش و تحویل خودرو | ۳ ماه پس از تحویل |")]},
    {"note": "appointments via domestic messengers (Bale, Eitaa): sentence and table row added",
     "repl": [("| کاوه‌نگار (سامانه پیامک) | شماره تلفن همراه | ارسال پیامک نوبت و وضعیت تعمیر |",
               "| کاوه‌نگار (سامانه پیامک) | شماره تلفن همراه | ارسال پیامک نوبت و وضعیت تعمیر |\n"
               "| پیام‌رسان‌های بله و ایتا | شماره تلفن و پیام‌ها | هماهنگی نوبت و ارسال فاکتور |"),
              ("ما اطلاعات شما را به هیچ شخص یا سازمانی نمی‌فروشیم.",
               "نوبت‌دهی علاوه بر وب‌سایت از طریق پیام‌رسان‌های داخلی «بله» و «ایتا» نیز انجام می‌شود و پیام‌های "
               "شما در این پیام‌رسان‌ها فقط برای هماهنگی نوبت و ارسال فاکتور استفاده می‌شود.\n\n"
               "ما اطلاعات شما را به هیچ شخص یا سازمانی نمی‌فروشیم.")]},
    {"note": "garage moved: new street address",
     "repl": [("@ تهران، خیابان شهید بهشتی، خیابان سرافراز، پلاک ۴۲",
               "@ تهران، خیابان قائم‌مقام فراهانی، کوچه ششم، پلاک ۱۱۸")]},
    {"note": "words inserted: the responsible technical expert also has access",
     "repl": [("تنها مدیر تعمیرگاه و کارکنان پذیرش", "تنها مدیر تعمیرگاه، کارشناس فنی مسئول خودرو و کارکنان پذیرش")]},
]

UPGRADE = dt.datetime(2022, 8, 14)


def deposit(d):
    """The online booking deposit in thousand toman: it follows inflation."""
    if d < dt.date(2022, 3, 21):
        return 200
    if d < dt.date(2023, 3, 21):
        return 300
    if d < dt.date(2024, 3, 20):
        return 500
    return 800


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}
    st["rvt"] = C.b64tok(rng, 80).replace("+", "-").replace("/", "_").rstrip("=")
    st["dnn"] = "9.10.02" if when >= UPGRADE else "9.04.04"
    cdv = prev.get("cdv") or 187
    if rng.random() < 0.22 or st["dnn"] != prev.get("dnn", st["dnn"]):
        cdv += rng.randint(1, 3)
    st["cdv"] = cdv
    d = when.date()
    st["rules"] = [deposit(d), 24 if d < dt.date(2023, 6, 1) else 12]
    total = 148200 + int((when - dt.datetime(2021, 5, 1)).days * 163) + rng.randint(0, 150)
    st["stats"] = [rng.randint(40, 260), rng.randint(90, 240), max(total, (prev.get("stats") or [0, 0, 0])[2] + 1),
                   rng.randint(1, 9)]
    return st


LABELS = {"rvt": "__RequestVerificationToken (per visit)",
          "dnn": "DNN upgrade 9.4 -> 9.10 (WebResource.axd ticks, library paths)",
          "cdv": "client dependency ?cdv= stamp (cache cleared)",
          "rules": "appointment rules module above the policy (deposit, cancellation)",
          "stats": "footer visitor statistics (today, yesterday, total, online)"}


def module_html(blocks):
    out = []
    for kind, v in blocks:
        if kind == "h1":
            out.append('<h2 class="page-title" style="text-align: right;">%s</h2>' % C.inline_html(v))
        elif kind == "h2":
            out.append('<h3 style="text-align: right;">%s</h3>' % C.inline_html(v))
        elif kind == "p":
            out.append('<p style="text-align: justify;">%s</p>' % C.inline_html(v))
        elif kind == "ul":
            out.append("<ul>\n%s\n</ul>" % "\n".join("\t<li>%s</li>" % C.inline_html(x) for x in v))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br />\n".join(C.inline_html(x) for x in v))
        elif kind == "table":
            head = "".join("<th>%s</th>" % C.inline_html(x) for x in v[0])
            rows = "\n".join("\t\t<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r)
                             for r in v[1:])
            out.append('<table class="table table-bordered" dir="rtl" style="width: 100%%;">\n\t<thead>\n\t\t<tr>%s'
                       '</tr>\n\t</thead>\n\t<tbody>\n%s\n\t</tbody>\n</table>' % (head, rows))
        else:
            raise ValueError(kind)
    return "\n".join(out)


def _b64(seed, n):
    return base64.b64encode(b"".join(hashlib.sha256((seed + str(k)).encode()).digest()
                                     for k in range((n + 31) // 32))[:n]).decode()


def render(state, blocks, when):
    dep, cancel_h = state["rules"]
    rules = ('<h2 class="page-title" style="text-align: right;">قوانین و مقررات نوبت‌دهی</h2>\n'
             '<ul>\n\t<li>نوبت‌دهی آنلاین برای خدمات مکانیکی، برق خودرو، دیاگ و سرویس دوره‌ای انجام می‌شود.</li>\n'
             '\t<li>برای قطعی شدن نوبت آنلاین، پرداخت بیعانه به مبلغ %s هزار تومان الزامی است که از مبلغ فاکتور '
             'کسر می‌شود.</li>\n\t<li>لغو نوبت تا %s ساعت پیش از زمان مراجعه بدون کسر هزینه انجام می‌شود.</li>\n'
             '\t<li>در صورت تأخیر بیش از ۳۰ دقیقه، نوبت به مشتری بعدی واگذار می‌شود.</li>\n'
             '\t<li>قطعات تعویض‌شده پس از تحویل خودرو به مالک، تحویل داده می‌شود.</li>\n'
             '\t<li>گارانتی خدمات تعمیرگاه ۳ ماه یا ۵٬۰۰۰ کیلومتر است، هر کدام زودتر فرا برسد.</li>\n</ul>'
             % (fa(dep), fa(cancel_h)))
    v_state = _b64("vs|%s|%s|%s" % (C.det_sha(repr(blocks)), dep, cancel_h), 360)
    ev = _b64("ev|%s|%s" % (state["dnn"], state["cdv"]), 120)
    cdv = state["cdv"]
    upgraded = state["dnn"] == "9.10.02"
    ticks = 638286137964787378 if upgraded else 637412790182345671
    jq = "03_05_01" if upgraded else "03_03_01"
    today, yest, total, online = state["stats"]
    menu = [("صفحه اصلی", "/"), ("خدمات", "/services"), ("نوبت‌دهی آنلاین", "/booking"),
            ("پیگیری تعمیر", "/tracking"), ("قوانین و حریم خصوصی", "/privacy"), ("تماس با ما", "/contact")]
    nav = "".join('<li class="%s"><a href="https://www.rezaeiauto.ir%s">%s</a></li>'
                  % ("active" if u == "/privacy" else "", u, t) for t, u in menu)
    return """<!DOCTYPE html>
<html  lang="fa-IR">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>
	قوانین و حریم خصوصی | تعمیرگاه تخصصی برادران رضایی
</title><meta id="MetaDescription" name="description" content="قوانین نوبت‌دهی و سیاست حفظ حریم خصوصی تعمیرگاه تخصصی برادران رضایی، تهران" /><meta id="MetaRobots" name="robots" content="INDEX, FOLLOW" /><link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=%(cdv)d" type="text/css" rel="stylesheet"/><link href="/DesktopModules/HTML/module.css?cdv=%(cdv)d" type="text/css" rel="stylesheet"/><link href="/Portals/_default/skins/rezaeiauto/bootstrap/css/bootstrap.rtl.min.css?cdv=%(cdv)d" type="text/css" rel="stylesheet"/><link href="/Portals/_default/skins/rezaeiauto/skin.css?cdv=%(cdv)d" type="text/css" rel="stylesheet"/><link href="/Portals/_default/Containers/rezaeiauto/container.css?cdv=%(cdv)d" type="text/css" rel="stylesheet"/><link href="/Portals/0/portal.css?cdv=%(cdv)d" type="text/css" rel="stylesheet"/><script src="/Resources/libraries/jQuery/%(jq)s/jquery.js?cdv=%(cdv)d" type="text/javascript"></script><script src="/Resources/libraries/jQuery-Migrate/03_02_00/jquery-migrate.js?cdv=%(cdv)d" type="text/javascript"></script><script src="/Resources/libraries/jQuery-UI/01_12_01/jquery-ui.js?cdv=%(cdv)d" type="text/javascript"></script><link rel='icon' href='/Portals/0/favicon.ico?ver=Qm3Xb7aRgZk1vT9hc2LwNw%%3d%%3d' type='image/x-icon' /><meta name="viewport" content="width=device-width,initial-scale=1" /></head>
<body id="Body">

    <form method="post" action="/privacy" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%(vs)s" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {
    theForm = document.Form;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>

<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZDyS2lkFPmAk0Lr3iU1lxkYmXgbSv-W1ghUcOFs1&amp;t=%(ticks)d" type="text/javascript"></script>

<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvmGnlnB1qAw3PHFuzYjW7hYTHN1Pz2w0MX3lL2UtNnaW&amp;t=%(ticks)d" type="text/javascript"></script>
<div class="aspNetHidden">

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__VIEWSTATEENCRYPTED" id="__VIEWSTATEENCRYPTED" value="" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%(ev)s" />
</div><script src="/js/dnn.modalpopup.js?cdv=%(cdv)d" type="text/javascript"></script><script src="/js/dnncore.js?cdv=%(cdv)d" type="text/javascript"></script><script src="/Portals/_default/skins/rezaeiauto/js/scripts.js?cdv=%(cdv)d" type="text/javascript"></script><script src="/js/dnn.servicesframework.js?cdv=%(cdv)d" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ScriptManager', 'Form', [], [], [], 90, '');
//]]>
</script>

<div id="siteWrapper">
	<div class="topbar"><div class="container"><span class="topbar-phone">پذیرش: ۰۲۱-۸۸۷۴۵۶۱۲</span><span class="topbar-hours">شنبه تا پنج‌شنبه ۸ تا ۱۸</span></div></div>
	<header class="site-header"><div class="container"><div class="row">
		<div class="col-md-3"><div class="logo"><a id="dnn_dnnLOGO_hypLogo" title="تعمیرگاه تخصصی برادران رضایی" aria-label="تعمیرگاه تخصصی برادران رضایی" href="https://www.rezaeiauto.ir/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/Images/logo-rezaei.png?ver=2021-05-02-091544-027" alt="تعمیرگاه تخصصی برادران رضایی" /></a></div></div>
		<div class="col-md-9"><nav class="navbar"><ul class="nav navbar-nav">%(nav)s</ul></nav></div>
	</div></div></header>
	<div class="page-banner"><div class="container"><h1>قوانین و حریم خصوصی</h1><div class="breadcrumb"><span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb" itemscope="" itemtype="https://schema.org/breadcrumb"><span itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="https://www.rezaeiauto.ir/privacy" class="breadcrumbLink" itemprop="item"><span itemprop="name">قوانین و حریم خصوصی</span></a><meta itemprop="position" content="1" /></span></span></span></div></div></div>
	<main class="container">
		<div id="dnn_ContentPane" class="contentPane"><div class="DnnModule DnnModule-DNN_HTML DnnModule-1436"><a name="1436"></a>
<div class="DNNContainer_noTitle">
	<div id="dnn_ctr1436_ContentPane"><!-- Start_Module_1436 --><div id="dnn_ctr1436_ModuleContent" class="DNNModuleContent ModDNNHTMLC">
	<div id="dnn_ctr1436_HtmlModule_lblContent" class="Normal">
	%(rules)s
</div>

</div><!-- End_Module_1436 --></div>
	<div class="clear"></div>
</div>
</div><div class="DnnModule DnnModule-DNN_HTML DnnModule-1437"><a name="1437"></a>
<div class="DNNContainer_noTitle">
	<div id="dnn_ctr1437_ContentPane"><!-- Start_Module_1437 --><div id="dnn_ctr1437_ModuleContent" class="DNNModuleContent ModDNNHTMLC">
	<div id="dnn_ctr1437_HtmlModule_lblContent" class="Normal">
	%(policy)s
</div>

</div><!-- End_Module_1437 --></div>
	<div class="clear"></div>
</div>
</div></div>
	</main>
	<footer class="site-footer"><div class="container"><div class="row">
		<div class="col-md-4"><div id="dnn_FooterPane1" class="footerPane"><div class="DnnModule DnnModule-DNN_HTML DnnModule-1402"><div id="dnn_ctr1402_HtmlModule_lblContent" class="Normal"><p>تعمیرگاه تخصصی برادران رضایی؛ بیش از بیست سال تجربه در تعمیر خودروهای ایرانی و خارجی.</p></div></div></div></div>
		<div class="col-md-4"><div id="dnn_FooterPane2" class="footerPane"><div class="DnnModule DnnModule-VisitorStats DnnModule-1403"><div class="visitor-stats"><h4>آمار بازدید</h4><ul><li>بازدید امروز: %(today)s</li><li>بازدید دیروز: %(yest)s</li><li>کل بازدیدها: %(total)s</li><li>کاربران آنلاین: %(online)s</li></ul></div></div></div></div>
		<div class="col-md-4"><div id="dnn_FooterPane3" class="footerPane"><a referrerpolicy='origin' target='_blank' href='https://trustseal.enamad.ir/?id=218734&amp;Code=Xk2pLqR8vN4mTz7cBw1y'><img referrerpolicy='origin' src='https://trustseal.enamad.ir/logo.aspx?id=218734&amp;Code=Xk2pLqR8vN4mTz7cBw1y' alt='' style='cursor:pointer' code='Xk2pLqR8vN4mTz7cBw1y'></a></div></div>
	</div>
	<div class="copyright"><span id="dnn_dnnCopyright_lblCopyright" class="SkinObject">کلیه حقوق برای تعمیرگاه تخصصی برادران رضایی محفوظ است. %(jy)s</span></div></div></footer>
</div>

<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`58`}" />
<input name="__RequestVerificationToken" type="hidden" value="%(rvt)s" /><script type="text/javascript" src="/Resources/Shared/Scripts/initWidgets.js?cdv=%(cdv)d" defer="defer"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-4RZ7XK1P2M"></script>
    </form>
    <!--CDF(Javascript|/js/dnncore.js?cdv=%(cdv)d|DnnBodyProvider|100)--><!--CDF(Css|/Portals/_default/skins/rezaeiauto/skin.css?cdv=%(cdv)d|DnnPageHeaderProvider|15)-->
</body>
</html>
""" % {"cdv": cdv, "jq": jq, "vs": v_state, "ticks": ticks, "ev": ev, "nav": nav, "rules": rules,
       "policy": module_html(blocks), "today": fa(today), "yest": fa(yest),
       "total": "{:,}".format(total).replace(",", "٬").translate(FA), "online": fa(online),
       "jy": fa(g2j(when.year, when.month, when.day)[0]), "rvt": state["rvt"]}


PAGE = {
    "service": "Rezaei Auto Service",
    "url": "https://www.rezaeiauto.ir/privacy",
    "lang": "fa",
    "platform": "DNN Platform 9 (ASP.NET WebForms)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Microsoft-IIS/10.0"), ("X-AspNet-Version", "4.0.30319"),
                      ("X-Powered-By", "ASP.NET"), ("Cache-Control", "private")],
    "n": 30,
    "start": dt.date(2021, 5, 10),
    "end": dt.date(2024, 11, 30),
    "policy": POLICY,
    "first_updated": dt.date(2021, 4, 24),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"select": "#dnn_ctr1437_HtmlModule_lblContent"},
}
