"""Al Waha Exchange (UAE exchange house, remittances) - ar (right-to-left) - ASP.NET WebForms 4.8 on IIS, served in
windows-1256. __VIEWSTATE / __EVENTVALIDATION per request, ScriptResource.axd/WebResource.axd tokens, a
remittance-rates UpdatePanel, a branch "open now / closed" badge by Gulf time, rotating corridor promo; the page
title <h1> sits in the inner banner outside the tracked panel, the print / font-size tools inside it."""
import datetime as dt
import common as C

URL = "https://www.alwahaexchange.ae/ar/PrivacyPolicy.aspx"
ASHHUR = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


def fmt_date(d):
    return "%d %s %d" % (d.day, ASHHUR[d.month - 1], d.year)


POLICY = """
# سياسة الخصوصية

آخر تحديث: {UPDATED}

تلتزم شركة الواحة للصرافة ذ.م.م («الواحة للصرافة» أو «نحن») بحماية خصوصية عملائها. توضح هذه السياسة كيفية جمع بياناتك الشخصية واستخدامها ومشاركتها عند استخدامك لخدمات التحويلات المالية وصرف العملات في فروعنا أو عبر تطبيق الواحة وموقعنا الإلكتروني.

## من نحن

الواحة للصرافة شركة مرخصة من مصرف الإمارات العربية المتحدة المركزي لمزاولة أعمال التحويلات المالية وصرف العملات، ومقرها الرئيسي في شارع خالد بن الوليد، بر دبي، دبي، الإمارات العربية المتحدة.

## المعلومات التي نجمعها

- بيانات الهوية: الاسم الكامل، ورقم بطاقة الهوية الإماراتية، ورقم جواز السفر، وتاريخ الميلاد، والجنسية؛
- بيانات الاتصال: رقم الهاتف المتحرك، والبريد الإلكتروني، وعنوان السكن؛
- بيانات العمل: اسم جهة العمل، والمهنة، والراتب الشهري؛
- بيانات المستفيدين: أسماء المستفيدين، وأرقام حساباتهم المصرفية أو محافظهم الإلكترونية، وبلد الإقامة، وصلة القرابة؛
- بيانات المعاملات: مبالغ التحويل، والغرض منها، ومصدر الأموال.

## كيف نستخدم معلوماتك

نستخدم بياناتك لتنفيذ التحويلات المالية وعمليات صرف العملات التي تطلبها، وللتحقق من هويتك، ولمكافحة غسل الأموال وتمويل الإرهاب وفقاً للمرسوم بقانون اتحادي رقم 20 لسنة 2018، وللرد على استفساراتك وشكاواك.

## مشاركة المعلومات

قد نشارك بياناتك مع الجهات التالية:

- البنوك المراسلة وشركاء الصرف في بلد المستفيد، بالقدر اللازم لإتمام التحويل؛
- مصرف الإمارات العربية المتحدة المركزي ووحدة المعلومات المالية والجهات الحكومية المختصة عند الطلب؛
- مزودي خدمات تقنية المعلومات والرسائل النصية الذين يعملون نيابة عنا.

## الاحتفاظ بالبيانات

| نوع البيانات | مدة الاحتفاظ |
| سجلات المعاملات وبيانات الهوية | خمس سنوات من تاريخ انتهاء العلاقة |
| تسجيلات المكالمات | سنة واحدة |

## حقوقك

يحق لك طلب الاطلاع على بياناتك الشخصية وتصحيحها، وطلب التوقف عن إرسال الرسائل التسويقية إليك في أي وقت، وذلك وفقاً للقوانين المعمول بها في الدولة.

## اتصل بنا

لأي استفسار بشأن هذه السياسة، يرجى التواصل مع مسؤول حماية البيانات عبر البريد الإلكتروني [privacy@alwahaexchange.ae](mailto:privacy@alwahaexchange.ae) أو الاتصال على الرقم 600 522 944.
"""

EDITS = [
    {"note": "sharing list: new bullet for the electronic identity-verification provider (Emirates ID / UAE PASS)",
     "repl": [("- مزودي خدمات تقنية المعلومات", "- مزود خدمة التحقق الإلكتروني من الهوية، للتحقق من بطاقة الهوية الإماراتية عند التسجيل عبر التطبيق؛\n- مزودي خدمات تقنية المعلومات")]},
    {"note": "retention table: new row for app biometric (face) data, 30 days",
     "repl": [("| تسجيلات المكالمات | سنة واحدة |", "| تسجيلات المكالمات | سنة واحدة |\n| صور التحقق من الوجه في التطبيق | ثلاثون يوماً |")]},
    {"note": "rights sentence reworded: adds erasure and objection, cites the 2021 PDPL (date not bumped)", "bump": False,
     "repl": [("يحق لك طلب الاطلاع على بياناتك الشخصية وتصحيحها، وطلب التوقف",
               "يحق لك طلب الاطلاع على بياناتك الشخصية وتصحيحها أو حذفها، والاعتراض على معالجتها، وطلب التوقف"),
              ("وذلك وفقاً للقوانين المعمول بها في الدولة.", "وذلك وفقاً للمرسوم بقانون اتحادي رقم 45 لسنة 2021 بشأن حماية البيانات الشخصية.")]},
    {"note": "new section on transfers outside the UAE inserted before retention",
     "repl": [("## الاحتفاظ بالبيانات", "## نقل البيانات خارج الدولة\n\nبحكم طبيعة خدمات التحويل، تُنقل بيانات المرسل والمستفيد إلى شركائنا في بلد الوجهة. ونحرص على أن يلتزم هؤلاء الشركاء بمستوى حماية مناسب للبيانات وفقاً للقوانين المعمول بها.\n\n## الاحتفاظ بالبيانات")]},
    {"note": "contact changed: head office moved to Al Karama and hotline number changed",
     "repl": [("شارع خالد بن الوليد، بر دبي،", "مبنى الواحة، الكرامة،"),
              ("أو الاتصال على الرقم 600 522 944.", "أو الاتصال على الرقم 600 544 466.")]},
]

CORRIDORS = [("INR", "الهند", 22.4), ("PKR", "باكستان", 60.0), ("PHP", "الفلبين", 14.8), ("EGP", "مصر", 5.2),
             ("BDT", "بنغلاديش", 28.5), ("NPR", "نيبال", 35.9), ("LKR", "سريلانكا", 62.0)]
PROMOS = ["حوّل إلى الهند الآن برسوم 9 دراهم فقط", "اربح ذهباً مع كل تحويل خلال شهر رمضان", "تحويل فوري إلى المحافظ الإلكترونية في الفلبين",
          "حمّل تطبيق الواحة واحصل على أول تحويل مجاناً"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["viewstate"] = (C.b64tok(rng, rng.randint(180, 240)), C.b64tok(rng, 96))
    s["generator"] = C.keep_or(rng, prev.get("generator"), 0.2, lambda: C.hexs(rng, 8).upper())
    s["axd"] = C.keep_or(rng, prev.get("axd"), 0.25, lambda: (C.b64tok(rng, 66).replace("+", "-").replace("/", "_").rstrip("="),
                                                               C.b64tok(rng, 48).replace("+", "-").replace("/", "_").rstrip("="),
                                                               "%x" % rng.randint(0x5a000000, 0x7fffffff), str(rng.randint(637500000000000000, 638900000000000000))))
    drift = 1 + (when - dt.datetime(2021, 1, 1)).days / 2000.0
    s["rates"] = tuple(round(r * (drift if k in ("PKR", "EGP", "LKR", "NPR") else 1 + (drift - 1) / 4) * rng.uniform(0.985, 1.015), 4) for k, _, r in CORRIDORS)
    s["rates_time"] = "%02d:%02d" % ((when.hour + 4) % 24, rng.randint(0, 59))
    gst = when + dt.timedelta(hours=4)
    s["branches"] = "open" if 9 <= gst.hour < 22 else "closed"
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.5, lambda: rng.randrange(len(PROMOS)))
    return s


LABELS = {
    "viewstate": "__VIEWSTATE and __EVENTVALIDATION (per request)",
    "generator": "__VIEWSTATEGENERATOR (per build)",
    "axd": "ScriptResource.axd / WebResource.axd d= tokens and t= timestamps (per deploy)",
    "rates": "remittance rates UpdatePanel (AED to INR, PKR, PHP, EGP...)",
    "rates_time": "rates 'last updated' time",
    "branches": "branches open/closed badge (Gulf time)",
    "promo": "corridor promo banner rotated",
}


def render(s, blocks, when):
    vs, ev = s["viewstate"]
    d1, d2, t1, t2 = s["axd"]
    rates = "".join('<tr><td><img src="/images/flags/%s.png" alt="" /> %s</td><td>%s</td><td dir="ltr">%s</td></tr>'
                    % (k.lower(), name, k, "%.4f" % r) for (k, name, _), r in zip(CORRIDORS, s["rates"]))
    branch = ('<span class="badge badge-success">فروعنا مفتوحة الآن</span>' if s["branches"] == "open"
              else '<span class="badge badge-secondary">الفروع مغلقة حالياً - التطبيق متاح على مدار الساعة</span>')
    content = C.blocks_html(blocks[1:]).replace("<table>", '<table class="table table-bordered">')
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\r\n\r\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar">\r\n<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256" />'
            '<title>\r\n\tسياسة الخصوصية | الواحة للصرافة\r\n</title><meta name="viewport" content="width=device-width, initial-scale=1" />'
            '<link href="/css/bootstrap-rtl.min.css" rel="stylesheet" type="text/css" /><link href="/css/style-ar.css?v=3.2" rel="stylesheet" type="text/css" /></head>\r\n'
            '<body class="rtl inner">\r\n<form method="post" action="./PrivacyPolicy.aspx" id="aspnetForm">\r\n<div class="aspNetHidden">\r\n'
            '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\r\n<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\r\n'
            '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />\r\n</div>\r\n\r\n'
            '<script type="text/javascript">\r\n//<![CDATA[\r\nvar theForm = document.forms[\'aspnetForm\'];\r\nif (!theForm) {\r\n    theForm = document.aspnetForm;\r\n}\r\n'
            'function __doPostBack(eventTarget, eventArgument) {\r\n    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\r\n        theForm.__EVENTTARGET.value = eventTarget;\r\n'
            '        theForm.__EVENTARGUMENT.value = eventArgument;\r\n        theForm.submit();\r\n    }\r\n}\r\n//]]>\r\n</script>\r\n\r\n'
            '<script src="/WebResource.axd?d=%s&amp;t=%s" type="text/javascript"></script>\r\n'
            '<script src="/ScriptResource.axd?d=%s&amp;t=%s" type="text/javascript"></script>\r\n'
            '<div class="top-bar"><div class="container"><a href="/en/PrivacyPolicy.aspx" lang="en">English</a> | <a href="tel:600544466">اتصل بنا</a> %s</div></div>\r\n'
            '<div class="header"><div class="container"><a id="ctl00_hlLogo" href="/ar/Default.aspx"><img src="/images/logo-ar.png" alt="الواحة للصرافة" /></a>'
            '<ul class="nav-main"><li><a href="/ar/Remittance.aspx">التحويلات</a></li><li><a href="/ar/CurrencyExchange.aspx">صرف العملات</a></li><li><a href="/ar/WPS.aspx">نظام حماية الأجور</a></li>'
            '<li><a href="/ar/Branches.aspx">الفروع</a></li><li><a href="/ar/ContactUs.aspx">اتصل بنا</a></li></ul></div></div>\r\n'
            '<div class="promo-strip"><a href="/ar/Offers.aspx">%s</a></div>\r\n'
            '<div class="inner-banner"><div class="container"><h1>%s</h1><ol class="breadcrumb"><li><a href="/ar/Default.aspx">الرئيسية</a></li><li class="active">سياسة الخصوصية</li></ol></div></div>\r\n'
            '<div class="container inner-page"><div class="row"><div class="col-md-8">\r\n'
            '<div id="ctl00_ContentPlaceHolder1_pnlContent" class="inner-content">\r\n'
            '<div class="page-tools"><a href="javascript:window.print();" class="print">طباعة الصفحة</a> <a href="#" class="font-plus">تكبير الخط</a> <a href="#" class="font-minus">تصغير الخط</a></div>\r\n'
            '%s\r\n</div>\r\n</div>\r\n'
            '<div class="col-md-4 sidebar"><div id="ctl00_ContentPlaceHolder1_upRates">\r\n\t<div class="rates-box"><h3>أسعار التحويل اليوم</h3>'
            '<table class="table table-rates"><thead><tr><th>الدولة</th><th>العملة</th><th>1 درهم =</th></tr></thead><tbody>%s</tbody></table>'
            '<p class="small">آخر تحديث: <span id="ctl00_ContentPlaceHolder1_lblRatesTime">%s</span> - الأسعار استرشادية وقابلة للتغيير</p>'
            '<input type="submit" name="ctl00$ContentPlaceHolder1$btnRefresh" value="تحديث" id="ctl00_ContentPlaceHolder1_btnRefresh" class="btn btn-link" /></div>\r\n</div>'
            '<div class="app-box"><p>حمّل تطبيق الواحة</p><a href="https://apps.apple.com/ae/app/id1234509876"><img src="/images/appstore-ar.png" alt="App Store" /></a>'
            '<a href="https://play.google.com/store/apps/details?id=ae.alwaha.exchange"><img src="/images/googleplay-ar.png" alt="Google Play" /></a></div></div>\r\n</div></div>\r\n'
            '<div class="footer"><div class="container"><p>الواحة للصرافة ذ.م.م مرخصة من مصرف الإمارات العربية المتحدة المركزي. رقم الترخيص: 1027</p>'
            '<p>جميع الحقوق محفوظة &copy; %d الواحة للصرافة</p></div></div>\r\n'
            '<div class="aspNetHidden">\r\n\r\n\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="%s" />\r\n'
            '\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" />\r\n</div>'
            '<script type="text/javascript">\r\n//<![CDATA[\r\nSys.Application.initialize();\r\n//]]>\r\n</script>\r\n</form>\r\n</body>\r\n</html>\r\n'
            % (vs, d1, t2, d2, t1, branch, PROMOS[s["promo"]], blocks[0][1], content, rates, s["rates_time"], when.year, s["generator"], ev))


PAGE = {
    "service": "Al Waha Exchange", "url": URL, "lang": "ar", "platform": "ASP.NET WebForms (IIS), windows-1256",
    "content_type": "text/html; charset=windows-1256", "encoding": "cp1256",
    "extra_headers": (("Server", "Microsoft-IIS/10.0"), ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET"),
                      ("Cache-Control", "private")),
    "n": 29, "start": dt.date(2021, 3, 10), "end": dt.date(2026, 6, 30), "hours": (2, 6, 16, 20),
    "policy": POLICY, "first_updated": dt.date(2020, 6, 30), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "gold_md": lambda blocks: C.blocks_md(blocks[1:], URL),
    "declaration": {"fetch": URL, "select": ["#ctl00_ContentPlaceHolder1_pnlContent"], "remove": [".page-tools"]},
}
