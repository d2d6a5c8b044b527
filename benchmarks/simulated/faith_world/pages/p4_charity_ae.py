"""جمعية النور الخيرية (Al Noor Charity Association), Sharjah - Gulf Arabic (UAE) - ASP.NET Core MVC, Bootstrap 5
RTL, custom CMS; zakat calculator, donation cart, prayer-times bar, page-feedback widget."""
import datetime as dt
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fkit as K  # noqa: E402

C = K.C
URL = "https://www.alnoorcharity.ae/ar/privacy-policy"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["ar"][d.month - 1], d.year)


POLICY = """
# سياسة الخصوصية

آخر تحديث: {UPDATED}

تلتزم جمعية النور الخيرية، المرخصة من دائرة الخدمات الاجتماعية بالشارقة، بحماية خصوصية المتبرعين والمستفيدين والمتطوعين وزوار موقعها الإلكتروني وتطبيقها. توضح هذه السياسة كيفية جمع بياناتكم الشخصية واستخدامها وحمايتها وفقاً للمرسوم بقانون اتحادي رقم 45 لسنة 2021 بشأن حماية البيانات الشخصية.

## البيانات التي نجمعها

- بيانات التواصل: الاسم ورقم الهاتف المتحرك والبريد الإلكتروني.
- بيانات التبرع: نوع التبرع (زكاة، صدقة، كفالة يتيم، وقف، كسوة، إفطار صائم) والمبلغ وتاريخه ورقم العملية.
- بيانات المستفيدين: رقم الهوية الإماراتية والحالة الاجتماعية والدخل الشهري والمستندات المؤيدة لطلب المساعدة.
- البيانات التقنية: عنوان IP ونوع المتصفح والصفحات التي تمت زيارتها.

## كيف نستخدم بياناتكم

نستخدم البيانات لتنفيذ تبرعاتكم وإصدار الإيصالات، وإرسال تقارير الكفالة إلى الكفلاء، ودراسة طلبات المساعدة والتحقق من استحقاقها، والتواصل معكم بشأن الحملات الموسمية مثل حملة رمضان والأضاحي، وتحسين خدمات الموقع. لا نستخدم بيانات المستفيدين إلا لغرض تقديم المساعدة ولا نكشف عن هوياتهم للمتبرعين.

## الدفع الإلكتروني

تتم معالجة التبرعات بالبطاقات عبر بوابة دفع آمنة، ولا تحتفظ الجمعية بأرقام البطاقات كاملة.

| الجهة | الغرض | الموقع |
| نتورك إنترناشيونال ذ.م.م | معالجة التبرعات بالبطاقات | الإمارات العربية المتحدة |
| مايكروسوفت (Azure) | استضافة الموقع وقواعد البيانات | الإمارات العربية المتحدة |
| شركة اتصالات (e&) | الرسائل النصية القصيرة | الإمارات العربية المتحدة |

## مشاركة البيانات

لا نبيع بياناتكم ولا نؤجرها لأي طرف. قد نشارك بيانات المستفيدين مع الجهات الحكومية المختصة ومع الجمعيات الخيرية الأخرى في الدولة عبر منصة التكامل الخيري لمنع ازدواجية المساعدات، وذلك في حدود ما يسمح به القانون.

## مدة الاحتفاظ بالبيانات

نحتفظ بسجلات التبرعات لمدة خمس سنوات لأغراض التدقيق المالي، ونحتفظ بملفات المستفيدين طوال فترة تلقي المساعدة ولمدة ثلاث سنوات بعدها.

## حقوقكم

يحق لكم طلب الاطلاع على بياناتكم وتصحيحها أو حذفها، والاعتراض على استخدامها في الرسائل التسويقية، وسحب موافقتكم في أي وقت. يمكنكم التواصل معنا عبر البريد الإلكتروني [privacy@alnoorcharity.ae](mailto:privacy@alnoorcharity.ae) أو الرقم المجاني 800 66 667.

## ملفات تعريف الارتباط

يستخدم موقعنا ملفات تعريف الارتباط الضرورية لتشغيل سلة التبرعات، وملفات تحليلية لقياس عدد الزوار يمكنكم رفضها من إعدادات المتصفح.

## أمن المعلومات

نطبق إجراءات تقنية وتنظيمية مناسبة لحماية بياناتكم من الوصول غير المصرح به أو الفقدان أو التعديل، ومنها تشفير الاتصال بالموقع، وتقييد صلاحيات الموظفين بحسب طبيعة عملهم، والاحتفاظ بالمستندات الورقية للمستفيدين في خزائن مغلقة داخل مقر الجمعية. يلتزم جميع الموظفين والمتطوعين بالمحافظة على سرية المعلومات التي يطلعون عليها أثناء عملهم، ويوقعون على تعهد بذلك قبل مباشرة المهام.

## بيانات الأطفال

لا نجمع بيانات الأطفال دون سن الثامنة عشرة إلا من خلال أولياء أمورهم، كما في برامج كفالة الأيتام والحقيبة المدرسية، ونستخدمها فقط لتقديم الكفالة وإرسال التقارير الدورية إلى الكفيل دون نشر صور الأطفال أو أسمائهم الكاملة.

## التعديلات على هذه السياسة

قد نقوم بتحديث هذه السياسة من وقت لآخر لتعكس التغييرات في خدماتنا أو في التشريعات المعمول بها في دولة الإمارات العربية المتحدة. ننشر النسخة المحدثة على هذه الصفحة مع تاريخ آخر تحديث، وننصحكم بمراجعتها بشكل دوري.
"""

EDITS = [
    {"note": "payment table: Apple Pay / Google Pay via Checkout.com added",
     "repl": [("| نتورك إنترناشيونال ذ.م.م | معالجة التبرعات بالبطاقات | الإمارات العربية المتحدة |",
               "| نتورك إنترناشيونال ذ.م.م | معالجة التبرعات بالبطاقات | الإمارات العربية المتحدة |\n"
               "| Checkout.com | التبرع عبر Apple Pay وGoogle Pay | الإمارات العربية المتحدة |")]},
    {"note": "new section: WhatsApp Business channel for donation receipts",
     "repl": [("## مشاركة البيانات",
               "## التواصل عبر واتساب\n\n"
               "إذا اخترتم استلام إيصالات التبرع وتقارير الكفالة عبر واتساب، فإننا نستخدم رقم هاتفكم لهذا الغرض "
               "فقط من خلال حساب واتساب للأعمال الموثق باسم الجمعية. يمكنكم إيقاف هذه الرسائل بإرسال كلمة «إيقاف» "
               "في أي وقت.\n\n## مشاركة البيانات")]},
    {"note": "donation records retention five -> ten years (new financial regulations for charities)",
     "repl": [("بسجلات التبرعات لمدة خمس سنوات لأغراض التدقيق المالي",
               "بسجلات التبرعات لمدة عشر سنوات وفقاً للأنظمة المالية للجمعيات ذات النفع العام")]},
    {"note": "wording fixed without a new date ('ازدواجية المساعدات' -> 'ازدواج صرف المساعدات')", "bump": False,
     "repl": [("لمنع ازدواجية المساعدات", "لمنع ازدواج صرف المساعدات")]},
    {"note": "toll-free number changed and a DPO email added",
     "repl": [("أو الرقم المجاني 800 66 667.",
               "أو الرقم المجاني 800 25 666، أو مراسلة مسؤول حماية البيانات على "
               "[dpo@alnoorcharity.ae](mailto:dpo@alnoorcharity.ae).")]},
]

CAMPAIGNS = [("ramadan", "حملة رمضان: إفطار صائم", 15), ("adahi", "مشروع الأضاحي", 800),
             ("kiswa", "كسوة الشتاء", 150), ("orphans", "كفالة يتيم", 300), ("water", "سقيا الماء: حفر بئر", 9500)]


def prayer_times(d):
    """Approximate Sharjah prayer times (local) for a date: a smooth yearly curve, as a widget shows them."""
    x = 2 * math.pi * (d.timetuple().tm_yday - 172) / 365.25
    base = {"الفجر": 5 * 60 + 2 + 40 * -math.cos(x), "الظهر": 12 * 60 + 20 - 6 * math.sin(x),
            "العصر": 15 * 60 + 34 + 10 * -math.cos(x), "المغرب": 18 * 60 + 27 + 50 * math.cos(x),
            "العشاء": 19 * 60 + 45 + 45 * math.cos(x)}
    return [(k, "%02d:%02d" % divmod(int(round(v)), 60)) for k, v in base.items()]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"token": "CfDJ8" + C.b64tok(rng, 96).replace("+", "-").replace("/", "_").rstrip("="),
         "feedback": (rng.randint(71, 93), rng.randint(180, 4200)),
         "v": K.deploy_hash("alnoor", when, 40, 11)}
    s["campaign"] = C.keep_or(rng, prev.get("campaign"), 0.4, lambda: rng.randrange(len(CAMPAIGNS)))
    s["raised"] = rng.randint(12, 97)
    s["session"] = C.uuid4(rng)
    return s


LABELS = {"token": "antiforgery token of the page-feedback form (INSIDE, removed) and donation cart form",
          "feedback": "page-feedback 'N% found this useful' (INSIDE, removed)", "v": "asp-append-version ?v= hashes",
          "campaign": "inline donation card's campaign (INSIDE, removed)", "raised": "campaign progress % (INSIDE, "
          "removed)", "session": "Application Insights session/operation id", "prayer": "prayer times bar and Hijri "
          "date", "season": "Ramadan / Eid / National Day banner"}


def _season(d):
    r = K.RAMADAN.get(d.year)
    if r and K.in_window(d, r, 7, 29):
        return "رمضان كريم – ضاعف أجرك في الشهر الفضيل وتبرع لمشروع إفطار صائم"
    if r and K.in_window(d, r + dt.timedelta(days=30), 0, 3):
        return "عيد فطر سعيد – كل عام وأنتم بخير"
    if r and K.in_window(d, r + dt.timedelta(days=99), 20, 3):
        return "مشروع الأضاحي %d – احجز أضحيتك الآن" % d.year
    if d.month == 12 and d.day <= 3 or d.month == 11 and d.day >= 25:
        return "عيد الاتحاد %d – كل عام والإمارات بخير" % (d.year - 1971)
    return ""


def render(s, blocks, when):
    now, off = K.local(when, "ae")
    d = now.date()
    hy, hm, hd = K.hijri(d)
    pt = prayer_times(d)
    s["prayer"] = d.isoformat()
    season = _season(d)
    s["season"] = season
    ck, cname, amount = CAMPAIGNS[s["campaign"]]
    pct, votes = s["feedback"]
    title = blocks[0][1]
    body = K.render_blocks(blocks[1:], tags={"table": ' class="table table-bordered"'})
    v = s["v"]
    inline = (
        '<div class="donate-inline card border-0 shadow-sm my-4" data-campaign="%s"><div class="card-body d-flex '
        'align-items-center gap-3"><div><h5 class="card-title">%s</h5><div class="progress"><div class="progress-bar '
        'bg-success" role="progressbar" style="width: %d%%" aria-valuenow="%d"></div></div><small>تم تحقيق %d%% '
        'من الهدف</small></div><a class="btn btn-success" href="/ar/donate/%s">تبرع بـ %d درهم</a></div></div>'
        % (ck, cname, s["raised"], s["raised"], s["raised"], ck, amount))
    feedback = (
        '<div class="page-feedback mt-5 p-3 bg-light rounded"><form method="post" action="/ar/feedback" '
        'data-ajax="true"><span>هل كانت هذه الصفحة مفيدة؟</span> <button class="btn btn-sm btn-outline-success" '
        'name="useful" value="true">نعم</button> <button class="btn btn-sm btn-outline-secondary" name="useful" '
        'value="false">لا</button><p class="small text-muted mb-0">%d%% من %s زائر وجدوا هذه الصفحة مفيدة</p>'
        '<input name="__RequestVerificationToken" type="hidden" value="%s" /></form></div>'
        % (pct, C.group_digits(votes, ","), s["token"]))
    ptimes = "".join('<li class="list-inline-item"><span>%s</span> <time>%s</time></li>' % p for p in pt)
    return (
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        '<title>سياسة الخصوصية - جمعية النور الخيرية</title>\n'
        '<link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.rtl.min.css?v=%s" />\n'
        '<link rel="stylesheet" href="/css/site.css?v=%s" />\n'
        '<script type="text/javascript">!(function(cfg){})({connectionString:"InstrumentationKey=3f1c2b7a-'
        '9e0d-4c55-8a71-2d6b0e4f9a13;IngestionEndpoint=https://uaenorth-0.in.applicationinsights.azure.com/",'
        'sessionId:"%s"});</script>\n</head>\n<body class="rtl page-privacy">\n'
        '<div class="top-bar bg-dark text-white small"><div class="container d-flex justify-content-between">'
        '<span class="hijri-date">%d %s %d هـ</span><ul class="prayer-times list-inline mb-0">%s</ul>'
        '<a class="text-white" href="/en/privacy-policy">English</a></div></div>\n'
        '<header class="site-header"><nav class="navbar navbar-expand-lg"><div class="container"><a '
        'class="navbar-brand" href="/ar"><img src="/images/logo-ar.svg?v=%s" alt="جمعية النور الخيرية" /></a>'
        '<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/ar/about">من نحن</a></li>'
        '<li class="nav-item"><a class="nav-link" href="/ar/projects">المشاريع</a></li><li class="nav-item"><a '
        'class="nav-link" href="/ar/zakat-calculator">حاسبة الزكاة</a></li><li class="nav-item"><a '
        'class="nav-link" href="/ar/volunteer">التطوع</a></li></ul><a class="btn btn-warning cart-btn" '
        'href="/ar/cart">سلة التبرعات <span class="badge">0</span></a></div></nav></header>\n%s'
        '<section class="page-title-bar"><div class="container"><ol class="breadcrumb"><li '
        'class="breadcrumb-item"><a href="/ar">الرئيسية</a></li><li class="breadcrumb-item active">%s</li></ol>'
        '</div></section>\n<main role="main" class="pb-3"><div class="container"><div class="row"><div '
        'class="col-lg-9"><div class="inner-page-content">\n<h1 class="page-heading">%s</h1>\n%s\n%s\n%s\n</div>'
        '</div>\n<aside class="col-lg-3"><div class="side-links"><a href="/ar/terms">الشروط والأحكام</a><a '
        'href="/ar/faq">الأسئلة الشائعة</a><a href="/ar/contact">اتصل بنا</a></div></aside></div></div></main>\n'
        '<footer class="site-footer"><div class="container"><p>ترخيص دائرة الخدمات الاجتماعية رقم 27 · '
        'جميع الحقوق محفوظة © %d جمعية النور الخيرية</p></div></footer>\n'
        '<script src="/lib/jquery/dist/jquery.min.js"></script>\n<script src="/js/site.js?v=%s"></script>\n'
        '</body>\n</html>\n'
        % (v, C.det_sha(v)[:11], s["session"], hd, K.HIJRI_MONTHS[hm - 1], hy, ptimes, v,
           '<div class="alert alert-season text-center mb-0">%s <a href="/ar/donate">تبرع الآن</a></div>\n'
           % C.esc(season) if season else "", C.esc(title), C.esc(title),
           body.split("<h2>", 1)[0], inline, "<h2>" + body.split("<h2>", 1)[1] + feedback,
           d.year, C.det_sha(v, "js")[:11]))


PAGE = {
    "service": "Al Noor Charity Association", "url": URL, "lang": "ar-AE",
    "platform": "ASP.NET Core MVC, Bootstrap 5 RTL, custom CMS, Azure",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 2, 14), "end": dt.date(2026, 4, 20), "hours": (2, 7, 12, 19),
    "policy": POLICY, "first_updated": dt.date(2022, 1, 9), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".inner-page-content"], "remove": [".donate-inline", ".page-feedback"]},
}
