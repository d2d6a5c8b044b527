"""Al Waha Insurance PJSC (UAE motor insurer) - ar-AE, right to left - its customer portal on Liferay DXP 7.3,
upgraded to 7.4 in 2023 (content page: fragment wrappers with lfr-layout-structure-item classes, new Clay CSS):
the policy is a Web Content Display portlet's journal article beside a "quote in 2 minutes" portlet (starting
price and policies issued this week, every request); the footer is another journal article. Noisy: Liferay.authToken
and p_auth per request, combo servlet t= timestamps after every restart/deploy, the quote widget's live figures,
seasonal promo bars (Ramadan, UAE National Day, summer), the WhatsApp/Genesys chat launcher's version, and the
platform upgrade."""
import datetime as dt
import common as C

BASE = "https://www.alwaha-insurance.ae"
URL = BASE + "/ar/privacy-policy"
SHUHUR = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
INSTANCE = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_pRvPol1cyAr7"
UPGRADE = dt.datetime(2023, 9, 10)


def fmt_date(d):
    return "%d %s %d" % (d.day, SHUHUR[d.month - 1], d.year)


POLICY = """
# سياسة الخصوصية

تاريخ آخر تحديث: {UPDATED}

تلتزم شركة الواحة للتأمين ش.م.ع ("الواحة" أو "نحن") بحماية خصوصية عملائها وزوار موقعها الإلكتروني وتطبيقها. توضح هذه السياسة كيف نجمع بياناتك الشخصية ونستخدمها ونحميها عندما تطلب عرض سعر لتأمين سيارتك أو تشتري وثيقة تأمين أو تقدم مطالبة أو تستخدم بوابة العملاء، وذلك وفقاً للمرسوم بقانون اتحادي رقم (45) لسنة 2021 بشأن حماية البيانات الشخصية واللوائح الصادرة عن مصرف الإمارات العربية المتحدة المركزي.

## 1. من نحن

شركة الواحة للتأمين ش.م.ع شركة مساهمة عامة مرخصة من مصرف الإمارات العربية المتحدة المركزي لمزاولة أعمال التأمين العام (ترخيص رقم 87)، ومقرها الرئيسي في برج الواحة، شارع الشيخ زايد، ص.ب. 52814، دبي، الإمارات العربية المتحدة. نحن الجهة المسؤولة عن معالجة بياناتك الشخصية الموضحة في هذه السياسة.

## 2. البيانات الشخصية التي نجمعها

قد نجمع الفئات التالية من البيانات بحسب الخدمة التي تطلبها:

- بيانات الهوية: الاسم الكامل، ورقم الهوية الإماراتية أو جواز السفر، والجنسية، وتاريخ الميلاد؛
- بيانات الاتصال: رقم الهاتف المتحرك، والبريد الإلكتروني، والعنوان؛
- بيانات رخصة القيادة: رقم الرخصة وتاريخ إصدارها وجهة الإصدار وسنوات الخبرة في القيادة؛
- بيانات المركبة: رقم اللوحة، ورقم الهيكل (الشاصي)، والطراز، وسنة الصنع، والقيمة التقديرية، وبيانات الملكية من ملكية المركبة؛
- السجل التأميني: المطالبات السابقة، وخصم عدم المطالبة، وشهادات عدم وجود مطالبات من شركات التأمين الأخرى؛
- بيانات المطالبات: تقارير الحوادث الصادرة عن الشرطة، والصور، وتقارير المعاينة، وفواتير الإصلاح، وأي بيانات صحية تتعلق بالإصابات عند تقديم مطالبة ضد الغير؛
- بيانات الدفع: آخر أربعة أرقام من البطاقة ونتيجة عملية الدفع، ولا نخزن رقم البطاقة كاملاً؛
- البيانات التقنية: عنوان IP، ونوع الجهاز والمتصفح، وسجلات الدخول إلى بوابة العملاء.

## 3. كيف نجمع بياناتك

نجمع البيانات مباشرة منك عند استخدام أداة احتساب القسط أو تعبئة طلب التأمين أو التواصل مع مركز الاتصال. كما نحصل على بعض البيانات من مصادر أخرى، منها: الوسطاء المعتمدون ومنصات مقارنة الأسعار المرخصة عندما تشتري الوثيقة عن طريقهم، وأنظمة الترخيص المرورية لدى الجهات الحكومية للتحقق من بيانات المركبة والرخصة، وشركات التأمين الأخرى للتحقق من سجل المطالبات.

## 4. أغراض استخدام البيانات

نستخدم بياناتك للأغراض الآتية:

- تقديم عروض الأسعار واحتساب القسط وإصدار وثيقة التأمين وتجديدها؛
- إدارة المطالبات ومعاينة المركبات وترتيب الإصلاح لدى الورش المعتمدة وتقديم خدمة المساعدة على الطريق؛
- الوفاء بالتزاماتنا القانونية، ومنها متطلبات مكافحة غسل الأموال، وإرسال بيانات الوثائق إلى أنظمة المرور؛
- مكافحة الاحتيال في المطالبات، بما في ذلك مقارنة المطالبات بقواعد البيانات المشتركة في قطاع التأمين؛
- تحسين خدماتنا وتحليل استخدام الموقع والتطبيق؛
- إرسال عروض تسويقية عن منتجاتنا، إذا وافقت على ذلك، ويمكنك إلغاء الاشتراك في أي وقت.

## 5. الأساس القانوني للمعالجة

نعالج بياناتك لتنفيذ عقد التأمين أو لاتخاذ خطوات بناءً على طلبك قبل إبرامه، وللامتثال للالتزامات القانونية المفروضة علينا، ولمصالحنا المشروعة في منع الاحتيال وتحسين خدماتنا، وبناءً على موافقتك فيما يخص التسويق والبيانات الصحية.

## 5 مكرر. القرارات الآلية

تعتمد أداة احتساب القسط على نموذج تسعير آلي يأخذ في الاعتبار عمر السائق وسنوات خبرته في القيادة وسجل المطالبات وطراز المركبة وقيمتها والإمارة المسجلة فيها. إذا رُفض طلبك آلياً أو حصلت على قسط أعلى من المعتاد، يحق لك طلب مراجعة القرار من قبل أحد موظفي الاكتتاب، وإبداء وجهة نظرك، والحصول على شرح للعوامل الرئيسية التي أثرت في القرار.

## 5 مكرر ثانياً. تسجيل المكالمات والرسائل

نسجل المكالمات مع مركز الاتصال ومحادثات واتساب لأغراض التدريب وضمان الجودة وتوثيق الإفادات المتعلقة بالمطالبات. سنبلغك بذلك في بداية كل مكالمة، ويمكنك طلب التواصل عبر البريد الإلكتروني بدلاً من ذلك.

## 6. مشاركة البيانات

لا نبيع بياناتك الشخصية. قد نشارك بياناتك، بالقدر اللازم فقط، مع الجهات الآتية:

- شركات إعادة التأمين التي نتعامل معها؛
- ورش الإصلاح المعتمدة ووكلاء السيارات ومقيّمي الخسائر وخبراء المعاينة؛
- مزود خدمة المساعدة على الطريق؛
- مزودي الخدمات التقنية الذين يستضيفون أنظمتنا أو يرسلون الرسائل النصية نيابة عنا؛
- الجهات الحكومية والرقابية والقضائية عندما يقتضي القانون ذلك؛
- الوسيط أو منصة المقارنة التي اشتريت الوثيقة من خلالها.

نلزم جميع مزودي الخدمات بعقود تضمن الحفاظ على سرية البيانات وعدم استخدامها لأي غرض آخر.

عندما تطلب خدمة المساعدة على الطريق أو سيارة بديلة، نرسل اسمك ورقم هاتفك وموقع المركبة إلى مزود الخدمة المعني، ولا يحق له استخدام هذه البيانات لأي غرض آخر. وعندما تُحال مركبتك إلى ورشة إصلاح، تطّلع الورشة على تقرير المعاينة وبيانات المركبة فقط دون بيانات الدفع أو السجل التأميني.

وفي حالة الاشتباه في الاحتيال، قد نتبادل بيانات المطالبة مع شركات التأمين الأخرى ومع منصات مكافحة الاحتيال المعتمدة في القطاع، وفقاً للأنظمة الصادرة عن الجهة الرقابية.

## 7. نقل البيانات خارج الدولة

تُخزَّن بيانات الوثائق والمطالبات في مراكز بيانات داخل دولة الإمارات العربية المتحدة. وقد تُنقل بعض البيانات إلى شركات إعادة التأمين في دول أخرى، ولا يتم ذلك إلا إلى دول توفر مستوى مناسباً من الحماية أو بموجب ضمانات تعاقدية وفقاً للمادتين 22 و23 من قانون حماية البيانات الشخصية.

## 8. مدة الاحتفاظ بالبيانات

نحتفظ بالبيانات طوال مدة علاقتنا بك، ثم للمدد الموضحة أدناه:

| نوع البيانات | مدة الاحتفاظ |
| عروض الأسعار التي لم تتحول إلى وثائق | 6 أشهر من تاريخ العرض |
| وثائق التأمين وسجلات الدفع | 10 سنوات من انتهاء الوثيقة |
| ملفات المطالبات | 10 سنوات من تسوية المطالبة |
| تسجيلات المكالمات مع مركز الاتصال | سنتان من تاريخ المكالمة |
| سجلات الدخول إلى بوابة العملاء | 12 شهراً |

## 9. حقوقك

يحق لك طلب الاطلاع على بياناتك الشخصية، وتصحيح البيانات غير الدقيقة، وحذف البيانات التي لم نعد بحاجة إليها، وتقييد المعالجة أو الاعتراض عليها، ونقل بياناتك، وسحب موافقتك على التسويق في أي وقت. يرجى ملاحظة أن حذف بعض البيانات قد يمنعنا من الاستمرار في تقديم التغطية التأمينية أو تسوية مطالبة قائمة.

لممارسة حقوقك يمكنك تقديم طلب من خلال بوابة العملاء أو مراسلتنا على البريد الإلكتروني أدناه. سنرد على طلبك خلال 30 يوماً. وإذا لم تكن راضياً عن ردنا، يحق لك تقديم شكوى إلى مكتب الإمارات للبيانات.

إذا أضفت سائقين آخرين إلى وثيقتك، فأنت مسؤول عن إبلاغهم بأنك قدمت بياناتهم إلينا وعن إطلاعهم على هذه السياسة. ولا نقدم خدماتنا للأشخاص الذين تقل أعمارهم عن 18 عاماً، ولا نجمع بياناتهم إلا بصفتهم ركاباً مصابين في مطالبة.

## 10. أمن البيانات

نطبق تدابير تقنية وتنظيمية لحماية بياناتك، منها تشفير الاتصالات، والتحقق الثنائي لبوابة العملاء، وتقييد صلاحيات الوصول للموظفين بحسب مهامهم، والاختبارات الدورية لاختراق الأنظمة. ولن نطلب منك أبداً كلمة المرور أو رمز التحقق عبر الهاتف أو الرسائل.

وفي حال وقوع حادث أمني يعرّض بياناتك الشخصية للخطر، سنخطر مكتب الإمارات للبيانات وفقاً للقانون، وسنبلغك دون تأخير إذا كان الحادث قد يؤثر على خصوصيتك أو أمنك، مع توضيح الإجراءات التي اتخذناها والخطوات التي ننصحك باتخاذها لحماية نفسك، مثل تغيير كلمة المرور أو التواصل مع البنك المصدر لبطاقتك.

## 11. ملفات تعريف الارتباط

يستخدم موقعنا ملفات تعريف ارتباط ضرورية لتشغيل أداة احتساب القسط وبوابة العملاء، وملفات تحليلية وإعلانية لا نستخدمها إلا بموافقتك. يمكنك تغيير تفضيلاتك في أي وقت من خلال رابط "إعدادات ملفات تعريف الارتباط" في أسفل الصفحة.

## 12. التواصل معنا

لأي استفسار بشأن هذه السياسة أو بياناتك الشخصية، يمكنك التواصل مع مسؤول حماية البيانات لدينا:

@ مسؤول حماية البيانات، شركة الواحة للتأمين ش.م.ع
@ ص.ب. 52814، دبي، الإمارات العربية المتحدة
@ البريد الإلكتروني: [privacy@alwaha-insurance.ae](mailto:privacy@alwaha-insurance.ae)
@ الهاتف: 800 92924

يمكنك أيضاً زيارة أي من فروعنا في دبي وأبوظبي والشارقة وتقديم طلبك كتابياً، وسيقوم الموظف بتسجيله وإرسال رقم مرجعي إليك لمتابعة الطلب.

## 13. التعديلات على هذه السياسة

قد نقوم بتحديث هذه السياسة من وقت لآخر. سننشر النسخة المحدثة على هذه الصفحة مع تاريخ التحديث، وسنخطرك بالتغييرات الجوهرية عبر البريد الإلكتروني أو الرسائل النصية.
"""

EDITS = [
    {"note": "retention table row changed: unconverted quotes 6 months -> 3 months",
     "repl": [("| عروض الأسعار التي لم تتحول إلى وثائق | 6 أشهر من تاريخ العرض |", "| عروض الأسعار التي لم تتحول إلى وثائق | 3 أشهر من تاريخ العرض |")]},
    {"note": "section added: telematics / safe-driving programme (usage-based insurance)",
     "repl": [("## 5. الأساس القانوني للمعالجة", "## 4 مكرر. برنامج القيادة الآمنة\n\nإذا اشتركت في برنامج القيادة الآمنة عبر تطبيق الواحة، نجمع من هاتفك بيانات عن أسلوب القيادة، مثل السرعة والتسارع والكبح المفاجئ واستخدام الهاتف أثناء القيادة، ونستخدمها لاحتساب خصم على قسط التجديد. لا نجمع هذه البيانات إلا بعد موافقتك الصريحة، ويمكنك إيقاف البرنامج في أي وقت من إعدادات التطبيق. لا تُستخدم بيانات القيادة لرفض مطالبة.\n\n## 5. الأساس القانوني للمعالجة")]},
    {"note": "sentence deleted (sharing with comparison platforms) from the sharing list",
     "repl": [("- الجهات الحكومية والرقابية والقضائية عندما يقتضي القانون ذلك؛\n- الوسيط أو منصة المقارنة التي اشتريت الوثيقة من خلالها.",
               "- الجهات الحكومية والرقابية والقضائية عندما يقتضي القانون ذلك.")]},
    {"note": "contact changed: DPO e-mail and toll-free number",
     "repl": [("[privacy@alwaha-insurance.ae](mailto:privacy@alwaha-insurance.ae)", "[dpo@alwaha-insurance.ae](mailto:dpo@alwaha-insurance.ae)"),
              ("@ الهاتف: 800 92924", "@ الهاتف: 800 WAHA (800 9242)")]},
    {"note": "response time 30 -> 15 days (small number edit), not dated",
     "bump": False,
     "repl": [("سنرد على طلبك خلال 30 يوماً.", "سنرد على طلبك خلال 15 يوماً.")]},
]

RAMADAN = [(dt.date(2022, 4, 1), dt.date(2022, 5, 2)), (dt.date(2023, 3, 22), dt.date(2023, 4, 21)),
           (dt.date(2024, 3, 10), dt.date(2024, 4, 9)), (dt.date(2025, 2, 28), dt.date(2025, 3, 30))]


def promo(when):
    d = when.date()
    for a, b in RAMADAN:
        if a <= d <= b:
            return "ramadan%d" % d.year
    if (d.month == 11 and d.day >= 20) or (d.month == 12 and d.day <= 5):
        return "nationalday%d" % d.year
    if d.month in (6, 7, 8):
        return "summer%d" % d.year
    return ""


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["dxp"] = "7.4" if when >= UPGRADE else "7.3"
    s["auth"] = C.alnum(rng, 8)
    s["t"] = C.keep_or(rng, prev.get("t") if prev.get("dxp") == s["dxp"] else None, 0.45,
                       lambda: int(C.epoch(when) - rng.randint(3600, 86400 * 25)) * 1000 + rng.randint(0, 999))
    s["quote"] = (rng.choice([950, 990, 1050, 1099, 1150, 1250]), rng.randint(1450, 3900))
    s["promo"] = promo(when)
    s["chat"] = C.keep_or(rng, prev.get("chat"), 0.3, lambda: "%d.%d.%d" % (rng.choice([9, 10]), rng.randint(0, 12), rng.randint(0, 30)))
    return s


LABELS = {
    "dxp": "Liferay DXP 7.3 -> 7.4 upgrade (content-page fragment wrappers, Clay CSS)",
    "auth": "per-request Liferay.authToken / p_auth in the quote form",
    "t": "combo servlet t= timestamps (restart / deploy)",
    "quote": "quote widget: starting price and policies issued this week",
    "promo": "seasonal promo bar (Ramadan, UAE National Day, summer)",
    "chat": "chat launcher script version",
}

PROMOS = {"ramadan": "رمضان كريم! خصم 10% على تأمين السيارات الشامل طوال الشهر الفضيل.",
          "nationalday": "بمناسبة عيد الاتحاد: خصم 15% على الوثائق الجديدة حتى 5 ديسمبر.",
          "summer": "سافر بأمان هذا الصيف: تغطية مجانية في سلطنة عمان مع وثيقتك الشاملة."}


def render(s, blocks, when):
    v74 = s["dxp"] == "7.4"
    t = s["t"]
    auth = s["auth"]
    article = C.blocks_html(blocks, sep="")
    price, issued = s["quote"]
    combo = ("/combo?browserId=chrome&amp;minifierType=js&amp;languageId=ar_SA&amp;t=%d&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js"
             "&amp;/o/frontend-js-jquery-web/jquery/init.js&amp;/o/frontend-js-jquery-web/jquery/ajax.js" % t)
    css = ("/o/alwaha-theme/css/clay_rtl.css?browserId=chrome&amp;themeId=alwahatheme_WAR_alwahatheme&amp;minifierType=css&amp;languageId=ar_SA&amp;t=%d" % t)
    p = s["promo"]
    promo_html = ""
    if p:
        promo_html = ('<div class="aw-promo-bar alert alert-warning mb-0 text-center" role="alert" data-campaign="%s">%s <a href="/ar/motor-insurance">اطلب عرض سعر</a></div>'
                      % (p, PROMOS[p.rstrip("0123456789")]))
    header = ('<header id="banner" role="banner"><div class="aw-topbar"><a href="/en/privacy-policy" hreflang="en" lang="en">English</a>'
              '<a href="tel:80092924">800 92924</a></div><div class="navbar navbar-expand-lg aw-navbar"><a class="logo custom-logo" href="/ar" title="الذهاب إلى الواحة للتأمين">'
              '<img alt="الواحة للتأمين" height="56" src="/image/layout_set_logo?img_id=40112&amp;t=%d" width="168" /></a>'
              '<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="صفحات الموقع" role="menubar">'
              '<li class="lfr-nav-item" role="presentation"><a href="/ar/motor-insurance" role="menuitem"><span>تأمين السيارات</span></a></li>'
              '<li class="lfr-nav-item" role="presentation"><a href="/ar/home-insurance" role="menuitem"><span>تأمين المنازل</span></a></li>'
              '<li class="lfr-nav-item" role="presentation"><a href="/ar/travel-insurance" role="menuitem"><span>تأمين السفر</span></a></li>'
              '<li class="lfr-nav-item" role="presentation"><a href="/ar/claims" role="menuitem"><span>المطالبات</span></a></li>'
              '<li class="lfr-nav-item" role="presentation"><a href="/ar/about" role="menuitem"><span>عن الواحة</span></a></li></ul></nav>'
              '<a class="btn btn-primary aw-login" href="/c/portal/login?p_l_id=20151">بوابة العملاء</a></div></header>' % t)
    portlet = ('<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_  portlet-static portlet-static-end decorate portlet-journal-content " id="p_p_id_%s_">'
               '<span id="p_%s"></span><section class="portlet" id="portlet_%s"><div class="portlet-content">'
               '<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">سياسة الخصوصية</h2></div>'
               '<div class="autofit-col autofit-col-end"><div class="autofit-section"><div class="visible-interaction"></div></div></div></div>'
               '<div class=" portlet-content-container"><div class="portlet-body">'
               '<div class="text-left user-tool-asset-addon-entries"></div>'
               '<div class="journal-content-article " data-analytics-asset-id="45231" data-analytics-asset-title="سياسة الخصوصية" data-analytics-asset-type="web-content">%s</div>'
               '<div class="content-metadata-asset-addon-entries"></div></div></div></div></section></div>'
               % (INSTANCE, INSTANCE, INSTANCE, article))
    quote = ('<div class="portlet-boundary portlet-boundary_aw_quick_quote_portlet_  portlet-static portlet-static-end portlet-borderless " id="p_p_id_aw_quick_quote_portlet_">'
             '<section class="portlet" id="portlet_aw_quick_quote_portlet"><div class="portlet-content"><div class="portlet-body">'
             '<div class="aw-quick-quote card"><h3 class="card-title">احصل على عرض سعر خلال دقيقتين</h3>'
             '<p class="aw-qq-price">تأمين شامل يبدأ من <strong>%s درهم</strong> سنوياً</p>'
             '<p class="aw-qq-social"><span class="aw-qq-count">%s</span> وثيقة صدرت هذا الأسبوع</p>'
             '<form action="/ar/privacy-policy?p_p_id=aw_quick_quote_portlet&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view&amp;_aw_quick_quote_portlet_javax.portlet.action=startQuote&amp;p_auth=%s" method="post" name="_aw_quick_quote_portlet_fm">'
             '<input name="_aw_quick_quote_portlet_formDate" type="hidden" value="%d" />'
             '<label for="_aw_quick_quote_portlet_plate">رقم اللوحة</label><input class="form-control" id="_aw_quick_quote_portlet_plate" name="_aw_quick_quote_portlet_plate" type="text" />'
             '<label for="_aw_quick_quote_portlet_emirate">الإمارة</label><select class="form-control" id="_aw_quick_quote_portlet_emirate" name="_aw_quick_quote_portlet_emirate">'
             '<option value="DXB">دبي</option><option value="AUH">أبوظبي</option><option value="SHJ">الشارقة</option><option value="AJM">عجمان</option>'
             '<option value="RAK">رأس الخيمة</option><option value="FUJ">الفجيرة</option><option value="UAQ">أم القيوين</option></select>'
             '<button class="btn btn-primary" type="submit">ابدأ الآن</button></form></div></div></div></section></div>'
             % (format(price, ","), format(issued, ","), auth, int(C.epoch(when)) * 1000))
    footer_article = ('<div class="journal-content-article " data-analytics-asset-id="40390" data-analytics-asset-title="التذييل" data-analytics-asset-type="web-content">'
                      '<div class="row"><div class="col-md-4"><h4>روابط مهمة</h4><ul><li><a href="/ar/privacy-policy">سياسة الخصوصية</a></li>'
                      '<li><a href="/ar/terms-of-use">شروط الاستخدام</a></li><li><a href="/ar/complaints">الشكاوى</a></li><li><a href="/ar/sitemap">خريطة الموقع</a></li></ul></div>'
                      '<div class="col-md-4"><h4>تواصل معنا</h4><p>برج الواحة، شارع الشيخ زايد، دبي<br />ص.ب. 52814</p></div>'
                      '<div class="col-md-4"><p>شركة الواحة للتأمين ش.م.ع خاضعة لرقابة مصرف الإمارات العربية المتحدة المركزي، ترخيص رقم 87.</p>'
                      '<p><a href="#" class="ot-sdk-show-settings">إعدادات ملفات تعريف الارتباط</a></p></div></div></div>')
    if v74:
        main = ('<div class="columns-1" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-12 portlet-column portlet-column-only" id="column-1">'
                '<div class="lfr-layout-structure-item-container lfr-layout-structure-item-a13c8e2b-5f0d-4a6e-2b7c-91e6f0d4c3a2 container-fluid container-fluid-max-xl">'
                '<div class="lfr-layout-structure-item-row lfr-layout-structure-item-3e7b0a91-c2d4-8f15-6a9e-4d0b2c7f1e83 row">'
                '<div class="col col-lg-8 lfr-layout-structure-item-col">%s</div><div class="col col-lg-4 lfr-layout-structure-item-col">%s</div>'
                '</div></div></div></div></div>' % (portlet, quote))
        css_main = '<link class="lfr-css-file" data-senna-track="temporary" href="%s%s" id="liferayAUICSS" rel="stylesheet" type="text/css" />' % (BASE, css)
        css_main += '<link data-senna-track="temporary" href="%s/o/layout-content-page-editor-web/page_editor_rtl.css?t=%d" rel="stylesheet" type="text/css" />' % (BASE, t)
    else:
        main = ('<div class="columns-2-70-30" id="main-content" role="main"><div class="portlet-layout row">'
                '<div class="col-md-8 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">%s</div></div>'
                '<div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">%s</div></div>'
                '</div></div>' % (portlet, quote))
        css_main = '<link class="lfr-css-file" data-senna-track="temporary" href="%s%s" id="liferayAUICSS" rel="stylesheet" type="text/css" />' % (BASE, css.replace("clay_rtl", "aui_rtl"))
    theme_display = ('Liferay.ThemeDisplay = {getLayoutId: function() {return "27";},getLayoutRelativeURL: function() {return "\\x2far\\x2fprivacy-policy";},'
                     'getPathContext: function() {return "";},getPathThemeImages: function() {return "%s\\x2fo\\x2falwaha-theme\\x2fimages";},'
                     'getCDNBaseURL: function() {return "%s";},getCompanyId: function() {return "20097";},getLanguageId: function() {return "ar_SA";},'
                     'getPlid: function() {return "20151";},getScopeGroupId: function() {return "20123";},getSessionId: function() {return "";},'
                     'getUserId: function() {return "20101";},isSignedIn: function() {return false;},isRTL: function() {return true;}};'
                     % (BASE.replace("/", "\\x2f"), BASE.replace("/", "\\x2f")))
    return ('<!DOCTYPE html>\n\n<html class="rtl" dir="rtl" lang="ar-SA">\n\n<head>\n\t<title>سياسة الخصوصية - الواحة للتأمين</title>\n\n'
            '\t<meta content="initial-scale=1.0, width=device-width" name="viewport" />\n'
            '<meta content="text/html; charset=UTF-8" http-equiv="content-type" />\n'
            '<meta content="تعرّف على كيفية جمع الواحة للتأمين لبياناتك الشخصية واستخدامها وحمايتها" lang="ar-SA" name="description" />\n'
            '<script data-senna-track="permanent" src="%s%s" type="text/javascript"></script>\n'
            '<link data-senna-track="temporary" href="%s" rel="canonical" />\n'
            '<link data-senna-track="temporary" href="%s" hreflang="ar-SA" rel="alternate" />\n'
            '<link data-senna-track="temporary" href="%s/en/privacy-policy" hreflang="en-US" rel="alternate" />\n'
            '<link href="%s/o/alwaha-theme/images/favicon.ico" rel="icon" />\n%s\n'
            '<script data-senna-track="temporary" type="text/javascript">\n// <![CDATA[\nvar Liferay = Liferay || {};\n'
            'Liferay.Browser = {acceptsGzip: function() {return true;},getMajorVersion: function() {return 120.0;},isChrome: function() {return true;}};\n'
            'Liferay.Data = Liferay.Data || {};\nLiferay.Data.ICONS_INLINE_SVG = true;\nLiferay.Data.NAV_SELECTOR = \'#navigation\';\n%s\n'
            'Liferay.PropsValues = {JAVASCRIPT_SINGLE_PAGE_APPLICATION_TIMEOUT: 0,NTLM_AUTH_ENABLED: false,UPLOAD_SERVLET_REQUEST_IMPL_MAX_SIZE: 104857600};\n'
            'var themeDisplay = Liferay.ThemeDisplay;\nLiferay.AUI = {getCombine: function() {return true;},getComboPath: function() {return "\\x2fcombo\\x2f\\x3fbrowserId\\x3dchrome\\x26minifierType\\x3d\\x26languageId\\x3dar_SA\\x26t\\x3d%d\\x26";}};\n'
            'Liferay.authToken = \'%s\';\nLiferay.currentURL = \'\\x2far\\x2fprivacy-policy\';\nLiferay.currentURLEncoded = \'\\x252Far\\x252Fprivacy-policy\';\n// ]]>\n</script>\n'
            '<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-document-language="true" type="text/javascript" charset="UTF-8" data-domain-script="b7d3e1a0-42c9-4f6e-9a18-3c5d0e7f2b64"></script>\n'
            '</head>\n\n<body class="chrome controls-visible  yui3-skin-sam guest-site signed-out public-page site">\n'
            '<nav aria-label="روابط سريعة" class="quick-access-nav" id="ldec_quickAccessNav"><ul><li><a href="#main-content">تخطي إلى المحتوى</a></li></ul></nav>\n'
            '<div class="d-flex flex-column min-vh-100">\n%s\n<div class="d-flex flex-column flex-fill position-relative" id="wrapper">\n%s\n'
            '<section class="container-fluid flex-fill" id="content">\n%s\n</section>\n'
            '<footer id="footer" role="contentinfo"><div class="aw-footer container">%s<p class="aw-copy">© %d شركة الواحة للتأمين ش.م.ع. جميع الحقوق محفوظة.</p></div></footer>\n'
            '</div>\n</div>\n'
            '<script type="text/javascript">\n// <![CDATA[\nLiferay.Loader.require(\'frontend-js-web/liferay/dom_task_runner.es\', function(domTaskRunner) {});\n// ]]>\n</script>\n'
            '<script src="https://static.alwaha-insurance.ae/chat/launcher.js?v=%s" data-channel="whatsapp" data-lang="ar" async></script>\n'
            '</body>\n\n</html>\n'
            % (BASE, combo, URL, URL, BASE, BASE, css_main, theme_display, t, auth, promo_html, header, main, footer_article,
               when.year, s["chat"]))


PAGE = {
    "service": "Al Waha Insurance", "url": URL, "lang": "ar-AE", "platform": "Liferay DXP 7.3 -> 7.4",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": (("Cache-Control", "private, no-cache, no-store, must-revalidate"), ("Content-Language", "ar-SA"),
                      ("X-Content-Type-Options", "nosniff"), ("Liferay-Portal", "Liferay Digital Experience Platform")),
    "n": 31, "start": dt.date(2022, 2, 1), "end": dt.date(2025, 10, 31), "hours": (5, 17),
    "policy": POLICY, "first_updated": dt.date(2021, 12, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#p_p_id_%s_ .journal-content-article" % INSTANCE]},
}
