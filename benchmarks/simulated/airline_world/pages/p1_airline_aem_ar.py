"""A Saudi full-service airline's privacy policy (Arabic, RTL) on Adobe Experience Manager (AEM as a Cloud Service,
Core Components): title + text components, then one collapsed Core accordion item per section. Per visit: a
flight-status ticker in the header experience fragment, an Adobe Target hero offer (A/B), the clientlib
`lc-<md5>-lc` hashes and the Adobe Launch build (sticky, per deploy). All outside the declared container;
inside it only the Core Components' data-layer JSON attributes (change with the page's modify date)."""
import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
          "ديسمبر"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """# سياسة الخصوصية

آخر تحديث: {UPDATED}

تلتزم شركة طيران النخيل ("طيران النخيل" أو "نحن") بحماية خصوصية ضيوفها وبياناتهم الشخصية. توضح هذه السياسة كيف نجمع بياناتك الشخصيه ونستخدمها ونفصح عنها ونحميها عند حجز رحلة أو السفر معنا أو استخدام موقعنا الإلكتروني وتطبيقنا للأجهزة الذكية أو الانضمام إلى برنامج **نخيل مايلز**، وذلك وفقاً لنظام حماية البيانات الشخصية في المملكة العربية السعودية ولوائحه التنفيذية.

يرجى قراءة هذه السياسة بعناية. وفي حال قيامك بالحجز نيابةً عن مسافرين آخرين، فإنك تقر بأنك أطلعتهم على هذه السياسة وحصلت على موافقتهم حيثما يلزم ذلك.

## 1. من نحن

طيران النخيل شركة مساهمة سعودية مسجلة بالسجل التجاري رقم 4030112233، ومقرها الرئيس في مدينة جدة، وهي الجهة المسؤولة عن معالجة بياناتك الشخصية المذكورة في هذه السياسة. وقد عيّنا مسؤولاً لحماية البيانات يمكنك التواصل معه عبر البريد الإلكتروني [privacy@nakheelair.com](mailto:privacy@nakheelair.com).

## 2. البيانات الشخصية التي نجمعها

نجمع البيانات التالية بحسب الخدمة التي تستخدمها:

- بيانات الهوية: الاسم كما يظهر في جواز السفر، وتاريخ الميلاد، والجنس، والجنسية، ورقم جواز السفر أو الهوية الوطنية وتاريخ انتهائها.
- بيانات الاتصال: رقم الجوال، والبريد الإلكتروني، والعنوان، وجهة الاتصال في حالات الطوارئ.
- بيانات الحجز والسفر: مسار الرحلة، وأرقام الرحلات، والمقاعد المختارة، والوزن الإضافي للأمتعة، والوجبات الخاصة، وبطاقات الصعود إلى الطائرة.
- بيانات الدفع: اسم حامل البطاقة وآخر أربعة أرقام منها ونتيجة عملية الدفع، ولا نحتفظ برقم البطاقة كاملاً.
- البيانات الصحية التي تزودنا بها طوعاً، مثل طلب كرسي متحرك أو مساعدة خاصة أو الإفصاح عن حالة طبية تستلزم موافقة طبية على السفر.
- بيانات الاستخدام: عنوان بروتوكول الإنترنت، ونوع الجهاز والمتصفح، والصفحات التي تزورها، وملفات تعريف الارتباط.
- التسجيلات الصوتية لمكالمات مركز الاتصال، ولقطات كاميرات المراقبة في صالات الضيافة التابعة لنا.

## 3. أغراض المعالجة وأسسها النظامية

| الغرض | أمثلة على البيانات | الأساس النظامي |
| إتمام الحجز وإصدار التذاكر وتقديم خدمات السفر | بيانات الهوية والاتصال والحجز والدفع | تنفيذ عقد النقل |
| إرسال بيانات المسافرين المسبقة إلى السلطات | بيانات جواز السفر ومسار الرحلة | الالتزام النظامي |
| تقديم المساعدة الخاصة والرعاية الطبية | البيانات الصحية | موافقتك الصريحة أو حماية المصالح الحيوية |
| إدارة برنامج نخيل مايلز | بيانات العضوية والأميال المكتسبة | تنفيذ شروط العضوية |
| التسويق المباشر والعروض | بيانات الاتصال والتفضيلات | موافقتك، ويمكنك سحبها في أي وقت |
| منع الاحتيال وأمن الطيران | بيانات الدفع والجهاز وسجل الحجز | المصلحة المشروعة والالتزام النظامي |

## 4. بيانات المسافرين المسبقة وسجل أسماء الركاب

تلزمنا السلطات في المملكة وفي عدد من الدول التي نسافر إليها بإرسال بيانات المسافرين المسبقة (API) وسجل أسماء الركاب (PNR) قبل الإقلاع أو عند الوصول. وتشمل هذه البيانات عادةً الاسم وتاريخ الميلاد وبيانات جواز السفر ومسار الرحلة ومعلومات الحجز. ولا يمكننا قبول سفرك إذا امتنعت عن تقديم هذه البيانات.

## 5. برنامج نخيل مايلز

عند انضمامك إلى البرنامج نعالج بيانات عضويتك ورحلاتك ومشترياتك لدى شركائنا لاحتساب الأميال وترقية فئة العضوية. وقد نستخدم سجل سفرك لاقتراح عروض تناسبك، ويمكنك إيقاف الرسائل التسويقية من صفحة حسابك دون أن يؤثر ذلك على رصيد أميالك.

## 6. الجهات التي نشارك معها بياناتك

لا نبيع بياناتك الشخصية. وقد نفصح عنها للجهات التالية بالقدر اللازم فقط:

| الجهة | الغرض | الموقع |
| شركات الطيران الشريكة بالرمز | تشغيل الرحلات المشتركة والرحلات المتصلة | داخل المملكة وخارجها |
| شركات المناولة الأرضية في المطارات | إجراءات السفر والأمتعة والمساعدة الخاصة | بحسب المطار |
| مزود نظام الحجز Amadeus | إدارة الحجوزات والتذاكر | إسبانيا وألمانيا |
| مزودو خدمات الدفع | معالجة المدفوعات والتحقق من البطاقات | المملكة العربية السعودية |
| الجهات الحكومية والأمنية | الالتزامات النظامية وأمن الطيران | داخل المملكة وخارجها |

## 7. نقل البيانات خارج المملكة

تتطلب طبيعة السفر الدولي نقل بعض بياناتك إلى دول أخرى، مثل دولة الوجهة أو الدولة التي يقع فيها مزود نظام الحجز. ولا ننقل بياناتك إلا وفق الضوابط التي يحددها النظام، بما في ذلك التحقق من وجود مستوى مناسب من الحماية أو اتخاذ الضمانات التعاقدية اللازمة.

## 8. مدة الاحتفاظ بالبيانات

| نوع البيانات | مدة الاحتفاظ |
| سجلات الحجز والتذاكر | سبع سنوات من تاريخ الرحلة |
| بيانات المسافرين المسبقة | وفق ما تحدده السلطات المختصة |
| حساب نخيل مايلز | طوال مدة العضوية وسنتين بعد إغلاقها |
| تسجيلات مكالمات مركز الاتصال | ستة أشهر |
| لقطات كاميرات المراقبة | تسعون يوماً |

## 9. حقوقك

يحق لك بموجب النظام ما يلي:

- الحق في العلم بكيفية جمع بياناتك ومعالجتها.
- الحق في الوصول إلى بياناتك والحصول على نسخة منها.
- الحق في طلب تصحيح بياناتك غير الدقيقة أو استكمالها.
- الحق في طلب إتلاف بياناتك متى انتفت الحاجة إليها.
- الحق في سحب موافقتك في أي وقت.

لممارسة حقوقك يرجى تعبئة النموذج في صفحة [طلبات الخصوصية](/ar/sa/legal/privacy-request.html)، وسنرد على طلبك خلال ثلاثين يوماً. ويحق لك تقديم شكوى إلى الهيئة السعودية للبيانات والذكاء الاصطناعي (سدايا).

## 10. ملفات تعريف الارتباط

نستخدم ملفات تعريف الارتباط الضرورية لتشغيل الموقع، وملفات أخرى للتحليلات والإعلانات بعد موافقتك. يمكنك تغيير اختياراتك في أي وقت عبر رابط "إعدادات ملفات تعريف الارتباط" أسفل كل صفحة. لمزيد من التفاصيل اطلع على [سياسة ملفات تعريف الارتباط](/ar/sa/legal/cookie-policy.html).

## 11. أمن البيانات

نطبق تدابير تقنية وتنظيمية لحماية بياناتك، منها التشفير أثناء النقل والتخزين، وتقييد الوصول بحسب الصلاحيات، واختبارات الاختراق الدورية، والالتزام بمعيار أمن بيانات صناعة بطاقات الدفع (PCI DSS).

## 12. الأطفال

لا يجوز لمن هم دون الثامنة عشرة إنشاء حساب في نخيل مايلز دون موافقة ولي الأمر. ونعالج بيانات الأطفال المسافرين ضمن حجز البالغ المرافق لهم أو ضمن خدمة الأطفال المسافرين بمفردهم.

## 13. التواصل معنا

لأي استفسار بشأن هذه السياسة يمكنك مراسلة مسؤول حماية البيانات على العنوان التالي:

@ طيران النخيل - إدارة حماية البيانات
@ طريق الملك عبدالعزيز، حي الشاطئ
@ ص.ب 11220، جدة 21454
@ المملكة العربية السعودية
@ الهاتف: 920012345

قد نحدّث هذه السياسة من وقت لآخر، وسننشر النسخة المحدثة على هذه الصفحة مع تاريخ آخر تحديث.
"""

EDITS = [
    {"note": "a processor row added to the recipients table (cloud customer-service platform)",
     "repl": [("| مزودو خدمات الدفع | معالجة المدفوعات والتحقق من البطاقات | المملكة العربية السعودية |",
               "| مزودو خدمات الدفع | معالجة المدفوعات والتحقق من البطاقات | المملكة العربية السعودية |\n"
               "| Salesforce | منصة خدمة العملاء ومركز الاتصال | الإمارات العربية المتحدة |")]},
    {"note": "typo fixed: الشخصيه -> الشخصية (no date bump)", "bump": False,
     "repl": [("بياناتك الشخصيه ونستخدمها", "بياناتك الشخصية ونستخدمها")]},
    {"note": "retention of booking records changed from seven to ten years",
     "repl": [("| سجلات الحجز والتذاكر | سبع سنوات من تاريخ الرحلة |",
               "| سجلات الحجز والتذاكر | عشر سنوات من تاريخ الرحلة |")]},
    {"note": "new section on biometric boarding added",
     "repl": [("## 12. الأطفال", "## 12. القياسات الحيوية عند الصعود إلى الطائرة\n\n"
               "في المطارات التي تتوفر فيها بوابات الصعود الذكية، يمكنك اختيار إتمام إجراءات الصعود باستخدام "
               "التعرف على الوجه بدلاً من إبراز بطاقة الصعود وجواز السفر. نطابق صورتك مع صورة جواز السفر لمرة "
               "واحدة، ونحذف القالب البيومتري خلال أربع وعشرين ساعة من إقلاع الرحلة. هذه الخدمة اختيارية تماماً "
               "ويمكنك دائماً استخدام الإجراءات المعتادة.\n\n## 13. الأطفال"),
              ("## 13. التواصل معنا", "## 14. التواصل معنا")]},
    {"note": "contact phone number changed and a word inserted in the rights paragraph",
     "repl": [("@ الهاتف: 920012345", "@ الهاتف: 920033445"),
              ("وسنرد على طلبك خلال ثلاثين يوماً", "وسنرد على طلبك كتابياً خلال ثلاثين يوماً")]},
]

ROUTES = [("NK 1021", "جدة", "الرياض"), ("NK 305", "الرياض", "دبي"), ("NK 742", "جدة", "القاهرة"),
          ("NK 118", "الدمام", "جدة"), ("NK 561", "المدينة المنورة", "إسطنبول"), ("NK 903", "جدة", "كوالالمبور"),
          ("NK 214", "أبها", "الرياض"), ("NK 480", "الرياض", "لندن")]
STATUS = ["في الموعد", "في الموعد", "في الموعد", "غادرت", "متأخرة", "وصلت", "الصعود إلى الطائرة"]
OFFERS = [("hero-summer", "صيفك يبدأ من هنا", "رحلات إلى إسطنبول ابتداءً من 899 ر.س"),
          ("hero-miles", "اكسب ضعف الأميال", "على جميع رحلات الدرجة الأفضل حتى نهاية الشهر"),
          ("hero-umrah", "باقات العمرة", "تذاكر من القاهرة إلى جدة ابتداءً من 1,150 ر.س"),
          ("hero-app", "حمّل تطبيق طيران النخيل", "واحصل على خصم 10٪ على حجزك الأول")]


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}
    st["clientlib"] = C.keep_or(rng, prev.get("clientlib"), 0.12, lambda: (C.hexs(rng, 32), C.hexs(rng, 32)))
    st["launch"] = C.keep_or(rng, prev.get("launch"), 0.15, lambda: C.hexs(rng, 12))
    st["target"] = C.keep_or(rng, prev.get("target"), 0.4, lambda: rng.randrange(len(OFFERS)))
    flights = []
    for fn, a, b in rng.sample(ROUTES, 4):
        t = (when + dt.timedelta(hours=3, minutes=rng.randint(-90, 180)))
        flights.append((fn, a, b, "%02d:%02d" % (t.hour, t.minute // 5 * 5), rng.choice(STATUS)))
    st["ticker"] = flights
    st["reqid"] = C.uuid4(rng)
    return st


LABELS = {"clientlib": "clientlib lc-hash (deploy)", "launch": "Adobe Launch build", "target": "Adobe Target hero",
          "ticker": "flight-status ticker", "reqid": "x-request-id comment"}

CLS = {"table": "cmp-table", "addr": "address"}


def render(st, blocks, when):
    css, js = st["clientlib"]
    segs = C.split_sections(blocks)
    head, secs = segs
    pid = C.det_sha("page", "nakheel")[:10]
    mod = None
    for b in head:
        if b[0] == "p" and b[1].startswith("آخر تحديث"):
            mod = b[1]
    layer = lambda cid, typ: ('{"%s":{"@type":"nakheelair/components/%s","repo:modifyDate":"%s"}}'
                              % (cid, typ, C.det_sha("mod", mod)[:8])).replace('"', "&quot;")
    title = next(b for b in head if b[0] == "h1")
    intro = [b for b in head if b[0] != "h1"]
    tid = "title-" + C.det_sha("t", pid)[:10]
    xid = "text-" + C.det_sha("x", pid)[:10]
    aid = "accordion-" + C.det_sha("a", pid)[:10]
    items = []
    for n, (h, bs) in enumerate(secs):
        iid = "%s-item-%s" % (aid, C.det_sha("item", h)[:10])
        items.append(
            '<div class="cmp-accordion__item" data-cmp-hook-accordion="item" data-cmp-data-layer="%s" id="%s">\n'
            '<h2 class="cmp-accordion__header">\n<button id="%s-button" class="cmp-accordion__button" type="button" '
            'aria-controls="%s-panel" data-cmp-hook-accordion="button">\n<span class="cmp-accordion__title">%s</span>'
            '\n<span class="cmp-accordion__icon"></span>\n</button>\n</h2>\n'
            '<div data-cmp-hook-accordion="panel" id="%s-panel" class="cmp-accordion__panel cmp-accordion__panel--hidden"'
            ' role="region" aria-labelledby="%s-button">\n<div class="text"><div id="text-%s" class="cmp-text">\n%s\n'
            '</div></div>\n</div>\n</div>'
            % (layer(iid, "accordion/item"), iid, iid, iid, C.inline_html(h), iid, iid, C.det_sha("tx", h)[:10],
               C.blocks_html(bs, CLS)))
    ticker = "\n".join(
        '<li class="flight-status__item"><span class="flight-status__no">%s</span> <span>%s &#8592; %s</span> '
        '<time>%s</time> <span class="flight-status__state">%s</span></li>' % f for f in st["ticker"])
    oid, oh, ot = OFFERS[st["target"]]
    return """<!DOCTYPE HTML>
<html lang="ar-SA" dir="rtl">
    <head>
    <meta charset="UTF-8"/>
    <title>سياسة الخصوصية | طيران النخيل</title>
    <meta name="keywords" content="الخصوصية,حماية البيانات,طيران النخيل"/>
    <meta name="description" content="تعرف على كيفية جمع طيران النخيل لبياناتك الشخصية واستخدامها وحمايتها."/>
    <meta name="template" content="legal-page"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <link rel="canonical" href="https://www.nakheelair.com/ar/sa/legal/privacy-policy.html"/>
    <link rel="alternate" hreflang="en-sa" href="https://www.nakheelair.com/en/sa/legal/privacy-policy.html"/>
    <script src="//assets.adobedtm.com/7f3c51b2e9a0/%(launch)s/launch-%(launch)s.min.js" async></script>
    <link rel="stylesheet" href="/etc.clientlibs/nakheelair/clientlibs/clientlib-base.lc-%(css)s-lc.min.css" type="text/css">
    <link rel="stylesheet" href="/etc.clientlibs/nakheelair/clientlibs/clientlib-rtl.lc-%(css)s-lc.min.css" type="text/css">
    <script>window.adobeDataLayer = window.adobeDataLayer || [];adobeDataLayer.push({page: JSON.parse("{\\"page-%(pid)s\\":{\\"@type\\":\\"nakheelair/components/page\\",\\"dc:title\\":\\"سياسة الخصوصية\\",\\"xdm:template\\":\\"/conf/nakheelair/settings/wcm/templates/legal-page\\",\\"xdm:language\\":\\"ar-SA\\",\\"repo:path\\":\\"/content/nakheelair/sa/ar/legal/privacy-policy.html\\"}}"),event:'cmp:show',eventInfo: {path: 'page.page-%(pid)s'}});</script>
</head>
    <body class="page basicpage" id="page-%(pid)s" data-cmp-link-accessibility-enabled data-cmp-link-accessibility-text="يفتح في علامة تبويب جديدة" data-cmp-data-layer-enabled>
        <!-- request %(reqid)s -->
        <div class="root container responsivegrid">
<div id="container-%(pid)s" class="cmp-container">
<div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12">
<div id="experiencefragment-header" class="cmp-experiencefragment cmp-experiencefragment--header">
<header class="nk-header">
<a class="nk-header__logo" href="/ar/sa/home.html"><img src="/content/dam/nakheelair/logos/nakheel-logo-ar.svg" alt="طيران النخيل"/></a>
<nav class="cmp-navigation" role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement">
<ul class="cmp-navigation__group">
<li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/ar/sa/book.html" class="cmp-navigation__item-link">احجز</a></li>
<li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/ar/sa/manage.html" class="cmp-navigation__item-link">إدارة الحجز</a></li>
<li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/ar/sa/check-in.html" class="cmp-navigation__item-link">إنهاء إجراءات السفر</a></li>
<li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/ar/sa/flight-status.html" class="cmp-navigation__item-link">حالة الرحلة</a></li>
<li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/ar/sa/miles.html" class="cmp-navigation__item-link">نخيل مايلز</a></li>
</ul>
</nav>
<a class="nk-header__lang" href="/en/sa/legal/privacy-policy.html" lang="en">English</a>
</header>
<div class="flight-status-ticker" data-refresh="60">
<span class="flight-status-ticker__label">حالة الرحلات الآن</span>
<ul class="flight-status">
%(ticker)s
</ul>
</div>
</div>
</div>
<div class="teaser cmp-teaser--hero aem-GridColumn aem-GridColumn--default--12">
<div id="%(oid)s" class="cmp-teaser" data-mbox="legal-hero-mbox">
<div class="cmp-teaser__content"><p class="cmp-teaser__pretitle">عرض خاص</p><h2 class="cmp-teaser__title">%(oh)s</h2><div class="cmp-teaser__description"><p>%(ot)s</p></div>
<div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" href="/ar/sa/offers.html?cid=%(oid)s">احجز الآن</a></div></div>
</div>
</div>
<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12">
<nav id="breadcrumb-%(pid)s" class="cmp-breadcrumb" aria-label="مسار التنقل"><ol class="cmp-breadcrumb__list">
<li class="cmp-breadcrumb__item"><a href="/ar/sa/home.html" class="cmp-breadcrumb__item-link"><span>الرئيسية</span></a></li>
<li class="cmp-breadcrumb__item"><a href="/ar/sa/legal.html" class="cmp-breadcrumb__item-link"><span>الشؤون القانونية</span></a></li>
<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active"><span>سياسة الخصوصية</span></li>
</ol></nav>
</div>
<main class="container responsivegrid legal-content aem-GridColumn--default--none aem-GridColumn aem-GridColumn--default--8 aem-GridColumn--offset--default--2">
<div id="container-legal-%(pid)s" class="cmp-container">
<div class="title">
<div data-cmp-data-layer="%(tlayer)s" id="%(tid)s" class="cmp-title">
    <h1 class="cmp-title__text">%(title)s</h1>
</div>
</div>
<div class="text">
<div data-cmp-data-layer="%(xlayer)s" id="%(xid)s" class="cmp-text">
%(intro)s
</div>
</div>
<div class="accordion panelcontainer">
<div id="%(aid)s" class="cmp-accordion" data-cmp-is="accordion" data-cmp-data-layer="%(alayer)s" data-placeholder-text="false">
%(items)s
</div>
</div>
</div>
</main>
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12">
<div id="experiencefragment-footer" class="cmp-experiencefragment cmp-experiencefragment--footer">
<footer class="nk-footer">
<div class="nk-footer__app"><p>سافر بذكاء مع تطبيق طيران النخيل</p><a href="https://apps.apple.com/sa/app/nakheel-air/id1488812345">App Store</a> <a href="https://play.google.com/store/apps/details?id=com.nakheelair.app">Google Play</a></div>
<ul class="nk-footer__links">
<li><a href="/ar/sa/legal/conditions-of-carriage.html">شروط النقل</a></li>
<li><a href="/ar/sa/legal/privacy-policy.html">سياسة الخصوصية</a></li>
<li><a href="/ar/sa/legal/cookie-policy.html">سياسة ملفات تعريف الارتباط</a></li>
<li><a href="#" class="ot-sdk-show-settings">إعدادات ملفات تعريف الارتباط</a></li>
</ul>
<p class="nk-footer__copy">© %(year)d طيران النخيل. جميع الحقوق محفوظة.</p>
</footer>
</div>
</div>
</div>
</div>
</div>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-document-language="true" type="text/javascript" charset="UTF-8" data-domain-script="3b8e1f0c-6a2d-4f57-9c1e-52d0a7b4e913"></script>
<script type="text/javascript" src="/etc.clientlibs/core/wcm/components/commons/datalayer/v1/clientlibs/core.wcm.components.commons.datalayer.v1.lc-%(js)s-lc.min.js"></script>
<script type="text/javascript" src="/etc.clientlibs/nakheelair/clientlibs/clientlib-site.lc-%(js)s-lc.min.js"></script>
<script type="text/javascript">_satellite["pageBottom"]();</script>
</body>
</html>
""" % {"launch": "EN" + st["launch"], "css": css, "js": js, "pid": pid, "reqid": st["reqid"], "ticker": ticker,
       "oid": oid, "oh": oh, "ot": ot, "tlayer": layer(tid, "title"), "tid": tid, "title": C.inline_html(title[1]),
       "xlayer": layer(xid, "text"), "xid": xid, "intro": C.blocks_html(intro, CLS), "aid": aid,
       "alayer": layer(aid, "accordion"), "items": "\n".join(items), "year": when.year}


PAGE = {
    "service": "Nakheel Air",
    "url": "https://www.nakheelair.com/ar/sa/legal/privacy-policy.html",
    "lang": "ar",
    "platform": "Adobe Experience Manager (Core Components, accordion)",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("X-Dispatcher", "dispatcher1eucentral1"), ("Cache-Control", "max-age=300")),
    "n": 30,
    "start": dt.date(2022, 5, 10),
    "end": dt.date(2025, 8, 20),
    "hours": (1, 13),
    "policy": POLICY,
    "first_updated": dt.date(2022, 3, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.nakheelair.com/ar/sa/legal/privacy-policy.html", "select": ".legal-content"},
}
