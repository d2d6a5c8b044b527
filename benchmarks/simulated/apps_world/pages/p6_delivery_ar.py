"""طلّة Talla (food and grocery delivery, Riyadh) - ar-SA, RTL - the app's own Expo / React Native Web build serves
/ar/privacy: the captured DOM is React Native Web's (no semantic tags: nested divs with atomic class names
css-175oi2r r-xxxx, text nodes in <div dir="auto"> with inline styles, bullets as their own text nodes, headings as
role="heading" aria-level). The only stable hook is the ScrollView content's testID -> data-testid.

Noise: per-visit env script (anonymous id, session), the deploy's bundle hash, the store rating and review count
in the header, the "download the app" banner (A/B per visit), and React Native Web upgrades that rename the base
classes of every View and Text INSIDE the selected region (css-1dbjc4n/css-901oao -> css-175oi2r/css-1rynq56 ->
css-175oi2r/css-146c3p1).
"""
import datetime as dt
import html
import common as C

URL = "https://talla.sa/ar/privacy"
SHUHUR = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


def fmt_date(d):
    return "%d %s %d" % (d.day, SHUHUR[d.month - 1], d.year)


POLICY = """
# سياسة الخصوصية

آخر تحديث: {UPDATED}

مرحباً بك في طلّة. تحترم شركة طلّة للتوصيل المحدودة ("طلّة" أو "نحن") خصوصيتك وتلتزم بحماية بياناتك الشخصية. توضح هذه السياسة البيانات التي نجمعها عند استخدامك تطبيق طلّة وموقعنا الإلكتروني، وكيف نستخدمها ومع من نشاركها، والخيارات المتاحة لك. باستخدامك التطبيق فإنك تقر بأنك قرأت هذه السياسة.

## 1. من نحن

طلّة منصة لتوصيل الطلبات من المطاعم والبقالات والصيدليات في المملكة العربية السعودية، تديرها شركة طلّة للتوصيل المحدودة، سجل تجاري رقم 1010765432، ومقرها الرياض، حي الملقا، طريق أنس بن مالك.

## 2. البيانات التي نجمعها

- **بيانات الحساب:** الاسم، ورقم الجوال، والبريد الإلكتروني، وتاريخ الميلاد إن أضفته.
- **بيانات الموقع والعناوين:** عناوين التوصيل التي تحفظها، وموقعك الجغرافي عند فتح التطبيق إذا سمحت بذلك، لعرض المتاجر التي توصل إلى منطقتك.
- **بيانات الطلبات:** المتاجر التي تطلب منها، والمنتجات، والمبالغ، وأوقات الطلب والتوصيل، والتقييمات والملاحظات التي تكتبها للمندوب أو المتجر.
- **بيانات الدفع:** تتم معالجة بطاقات مدى والبطاقات الائتمانية وApple Pay عن طريق مزود خدمة الدفع المرخص من البنك المركزي السعودي، ولا نحتفظ برقم البطاقة كاملاً، وإنما بآخر أربعة أرقام وتاريخ الانتهاء لتسهيل الطلب التالي.
- **بيانات الجهاز والاستخدام:** نوع الجهاز، ونظام التشغيل، وإصدار التطبيق، وعنوان IP، ومعرّف الجهاز، والصفحات التي تزورها داخل التطبيق.
- **المراسلات:** محادثاتك مع خدمة العملاء والمكالمات المسجلة لأغراض الجودة.
- **بيانات المحفظة والولاء:** رصيد محفظة طلّة، والمبالغ المستردة إليها، ونقاط الولاء وطريقة استبدالها، وأكواد الخصم التي استخدمتها.
- **بيانات تسجيل الدخول عبر طرف ثالث:** إذا اخترت تسجيل الدخول عبر Apple أو Google فإننا نستلم اسمك وبريدك الإلكتروني (أو بريداً إلكترونياً وسيطاً من Apple) ومعرّفاً خاصاً بالحساب، ولا نستلم كلمة المرور.

عند طلبك من صيدلية عبر طلّة قد تُرفق صورة وصفة طبية بناءً على طلب الصيدلية، وتُعرض الوصفة على الصيدلي المسؤول فقط لغرض صرف الطلب، ولا نستخدمها لأي غرض آخر.

## 3. كيف نستخدم بياناتك

- لتنفيذ طلباتك وتوصيلها وإبلاغك بحالتها.
- لمعالجة المدفوعات والمبالغ المستردة ونقاط الولاء.
- للتواصل معك بشأن طلباتك والرد على استفساراتك وشكاواك.
- لإرسال العروض والخصومات إذا وافقت على ذلك، ويمكنك إيقافها في أي وقت من الإعدادات.
- لتحسين التطبيق واقتراح متاجر ومنتجات قد تهمك.
- لاكتشاف الاحتيال وإساءة استخدام العروض وحماية حسابك.
- للالتزام بالأنظمة المعمول بها في المملكة وطلبات الجهات المختصة.

## 4. مع من نشارك بياناتك

نحن لا نبيع بياناتك الشخصية. نشارك فقط ما يلزم مع:

- **المتاجر والمطاعم:** اسمك الأول وتفاصيل الطلب وملاحظاتك لتجهيزه.
- **مناديب التوصيل:** اسمك الأول وعنوان التوصيل ورقم جوال مؤقت لا يظهر فيه رقمك الحقيقي.
- **مزودي خدمات الدفع:** لإتمام عمليات الدفع والاسترداد.
- **مزودي الخدمات التقنية:** الاستضافة السحابية، وإرسال الرسائل النصية والإشعارات، وتحليلات الاستخدام، وذلك بموجب عقود تلزمهم بحماية البيانات.
- **الجهات الحكومية:** عندما يطلب ذلك نظام أو أمر من جهة مختصة.

## 5. الأذونات التي يطلبها التطبيق

- **الموقع:** لتحديد عنوان التوصيل واقتراح المتاجر القريبة. يمكنك إدخال العنوان يدوياً بدلاً من ذلك.
- **الإشعارات:** لإبلاغك بحالة الطلب والعروض.
- **الكاميرا والصور:** لإرفاق صورة عند الإبلاغ عن مشكلة في الطلب.

## 6. مدة الاحتفاظ بالبيانات

نحتفظ ببيانات حسابك ما دام حسابك نشطاً. ونحتفظ بسجل الطلبات والفواتير لمدة عشر سنوات وفقاً لمتطلبات هيئة الزكاة والضريبة والجمارك. أما تسجيلات المكالمات فنحذفها بعد ستة أشهر.

## ملفات تعريف الارتباط والتقنيات المشابهة

يستخدم موقعنا الإلكتروني ملفات تعريف الارتباط (الكوكيز) وتقنيات مشابهة داخل التطبيق لتذكر تفضيلاتك مثل اللغة والمدينة، وللحفاظ على تسجيل دخولك، ولقياس أداء الحملات الإعلانية. يمكنك ضبط متصفحك لرفض ملفات تعريف الارتباط، كما يمكنك إيقاف تتبع الإعلانات من إعدادات جهازك، مع العلم أن بعض خصائص الموقع قد لا تعمل بشكل صحيح عندئذ.

## التسويق والعروض

نرسل إليك العروض عبر الإشعارات والرسائل النصية والبريد الإلكتروني فقط إذا وافقت على ذلك عند التسجيل أو من الإعدادات. ويمكنك إلغاء الاشتراك في أي وقت من صفحة "الإشعارات" في التطبيق أو بالرد على الرسالة النصية بكلمة "إيقاف". ولن يؤثر إلغاء الاشتراك على الرسائل الضرورية المتعلقة بطلباتك مثل تأكيد الطلب ووصول المندوب.

وقد نعرض لك متاجر ومنتجات مقترحة بناءً على طلباتك السابقة وموقعك ووقت الطلب، ولا يترتب على هذه الاقتراحات أي أثر نظامي عليك.

## 7. حماية بياناتك

نستخدم التشفير أثناء نقل البيانات وتخزينها، ونقصر الوصول إلى البيانات الشخصية على الموظفين الذين يحتاجونها لأداء عملهم، ونراجع إجراءاتنا الأمنية بشكل دوري. ومع ذلك لا توجد وسيلة نقل أو تخزين آمنة بالكامل.

## 8. حقوقك

يمكنك في أي وقت الاطلاع على بيانات حسابك وتعديلها من صفحة "حسابي"، وطلب حذف حسابك من "الإعدادات" ثم "حذف الحساب". وسيتم حذف بياناتك خلال 30 يوماً، باستثناء ما يلزمنا النظام بالاحتفاظ به.

## 9. الأطفال

تطبيق طلّة غير موجه لمن هم دون 18 عاماً، ولا نجمع عن قصد بيانات الأطفال. إذا علمت أن طفلاً زودنا ببياناته فيرجى التواصل معنا لحذفها.

## 10. التعديلات على هذه السياسة

قد نعدّل هذه السياسة من وقت لآخر، وسننشر النسخة المحدثة في هذه الصفحة مع تاريخ آخر تحديث، ونبلغك داخل التطبيق بأي تغيير جوهري.

## 11. تواصل معنا

@ شركة طلّة للتوصيل المحدودة
@ الرياض 13524، المملكة العربية السعودية
@ البريد الإلكتروني: [privacy@talla.sa](mailto:privacy@talla.sa)
@ الرقم الموحد: 920012345
"""

EDITS = [
    {"note": "live order tracking: precise location while an order is active, courier's live location shown to the customer",
     "repl": [("- **الموقع:** لتحديد عنوان التوصيل واقتراح المتاجر القريبة. يمكنك إدخال العنوان يدوياً بدلاً من ذلك.",
               "- **الموقع:** لتحديد عنوان التوصيل واقتراح المتاجر القريبة. يمكنك إدخال العنوان يدوياً بدلاً من ذلك. وعند تفعيل \"التتبع المباشر\" نستخدم موقعك الدقيق أثناء وجود طلب نشط فقط لتسهيل وصول المندوب إليك، ونعرض لك موقع المندوب على الخريطة حتى استلام الطلب.")]},
    {"note": "buy-now-pay-later partners (Tabby, Tamara) added: data shared for instalment eligibility",
     "repl": [("- **مزودي خدمات الدفع:** لإتمام عمليات الدفع والاسترداد.",
               "- **مزودي خدمات الدفع:** لإتمام عمليات الدفع والاسترداد.\n- **شركاء التقسيط (تابي وتمارا):** عند اختيارك الدفع بالتقسيط نشارك اسمك ورقم جوالك وبريدك الإلكتروني وقيمة الطلب مع الشريك الذي تختاره للتحقق من أهليتك، ويخضع ذلك لسياسة الخصوصية الخاصة به.")]},
    {"note": "PDPL alignment: legal bases paragraph and rights section rewritten under نظام حماية البيانات الشخصية, SDAIA complaint",
     "repl": [("## 4. مع من نشارك بياناتك",
               "نعالج بياناتك استناداً إلى موافقتك، أو لتنفيذ العقد المبرم معك عند طلبك، أو للوفاء بالتزام نظامي، أو لتحقيق مصلحة مشروعة لطلّة لا تضر بحقوقك، وذلك وفقاً لنظام حماية البيانات الشخصية الصادر بالمرسوم الملكي رقم (م/19) وتاريخ 9/2/1443هـ ولائحته التنفيذية.\n\n## 4. مع من نشارك بياناتك"),
              ("يمكنك في أي وقت الاطلاع على بيانات حسابك وتعديلها من صفحة \"حسابي\"، وطلب حذف حسابك من \"الإعدادات\" ثم \"حذف الحساب\". وسيتم حذف بياناتك خلال 30 يوماً، باستثناء ما يلزمنا النظام بالاحتفاظ به.",
               "وفقاً لنظام حماية البيانات الشخصية، لك الحقوق التالية:\n\n- الحق في العلم بكيفية جمع بياناتك ومعالجتها والغرض من ذلك.\n- الحق في الوصول إلى بياناتك والحصول على نسخة منها بصيغة مقروءة وواضحة.\n- الحق في طلب تصحيح بياناتك أو إكمالها أو تحديثها.\n- الحق في طلب إتلاف بياناتك متى انتفت الحاجة إليها.\n- الحق في الرجوع عن موافقتك على معالجة بياناتك في أي وقت.\n\nيمكنك ممارسة هذه الحقوق من صفحة \"حسابي\" أو بمراسلتنا على البريد الموضح أدناه، وسنرد على طلبك خلال 30 يوماً. وإذا لم تكن راضياً عن ردنا فيحق لك تقديم شكوى إلى الهيئة السعودية للبيانات والذكاء الاصطناعي (سدايا).")]},
    {"note": "call recordings kept 12 months instead of 6 (silent, date not bumped)", "bump": False,
     "repl": [("أما تسجيلات المكالمات فنحذفها بعد ستة أشهر.", "أما تسجيلات المكالمات فنحذفها بعد اثني عشر شهراً.")]},
    {"note": "transfers outside the Kingdom: cloud region in the UAE, customer-care contractor in Egypt",
     "repl": [("## 5. الأذونات التي يطلبها التطبيق",
               "### نقل البيانات خارج المملكة\n\nتُخزَّن بياناتك بشكل أساسي في مراكز بيانات داخل المملكة. وقد ننقل بعض البيانات إلى مزود الاستضافة السحابية في الإمارات العربية المتحدة، وإلى مركز خدمة العملاء التابع لمقاول لدينا في جمهورية مصر العربية، وذلك في الحدود الدنيا اللازمة، ومع ضمانات تعاقدية تكفل مستوى حماية لا يقل عما يوفره نظام حماية البيانات الشخصية ولائحة نقل البيانات الشخصية إلى خارج المملكة.\n\n## 5. الأذونات التي يطلبها التطبيق")]},
]

# React Native Web base classes by version (View, Text, nested Text)
RNW = [(dt.datetime(2000, 1, 1), ("css-1dbjc4n", "css-901oao", "css-16my406")),
       (dt.datetime(2023, 8, 20), ("css-175oi2r", "css-1rynq56", "css-1qaijid")),
       (dt.datetime(2024, 6, 2), ("css-175oi2r", "css-146c3p1", "css-1jxf684"))]
BANNERS = ["حمّل تطبيق طلّة واحصل على توصيل مجاني لأول طلب", "اطلب من أكثر من 5000 مطعم ومتجر في الرياض وجدة والدمام",
           "العروض الأقوى في التطبيق، حمّله الآن"]
FONT = "Tajawal_400Regular"
BOLD = "Tajawal_700Bold"
TXT = 'style="color: rgb(38, 38, 38); font-family: %s; font-size: 15px; line-height: 27px; text-align: right;"' % FONT


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["env"] = (C.uuid4(rng), C.alnum(rng, 20))
    s["bundle"] = C.keep_or(rng, prev.get("bundle"), 0.35, lambda: C.hexs(rng, 32))
    s["store"] = C.keep_or(rng, prev.get("store"), 0.5, lambda: ("4.%d" % rng.randint(5, 8), 20 + i + rng.randint(0, 3)))
    s["banner"] = rng.randrange(len(BANNERS))
    s["rnw"] = [r for r in RNW if when >= r[0]][-1][1]
    return s


LABELS = {
    "env": "per-visit env script (anonymous id, session)",
    "bundle": "Expo web bundle hash (deploy)",
    "store": "store rating and review count in the header",
    "banner": "'download the app' banner copy (A/B per visit)",
    "rnw": "React Native Web upgrade: base class names of every View/Text (inside the content too)",
}


def _inline(t, cls):
    v, tx, nt = cls
    return C.inline_html(
        t, bold=lambda raw: '<span class="%s" style="font-family: %s;">%s</span>' % (nt, BOLD, html.escape(raw, quote=False)),
        link=lambda url, label: '<a href="%s" dir="auto" role="link" class="%s r-1loqt21" style="color: rgb(255, 92, 40);">%s</a>'
        % (html.escape(url), nt, html.escape(label, quote=False)))


def _block(b, cls):
    v, tx, nt = cls
    kind, val = b
    if kind in ("h1", "h2", "h3"):
        size = {"h1": 24, "h2": 19, "h3": 16}[kind]
        return ('<div aria-level="%s" role="heading" dir="auto" class="%s r-1xnzce8" style="color: rgb(17, 17, 17); font-family: %s; '
                'font-size: %dpx; line-height: %dpx; text-align: right; margin-top: %dpx;">%s</div>'
                % (kind[1], tx, BOLD, size, size + 12, 0 if kind == "h1" else 20, _inline(val, cls)))
    if kind == "p":
        return '<div dir="auto" class="%s r-1xnzce8" %s>%s</div>' % (tx, TXT, _inline(val, cls))
    if kind == "ul":
        return "".join('<div class="%s r-18u37iz r-1wtj0ep r-ymttw5"><div dir="auto" class="%s" style="color: rgb(255, 92, 40); font-size: 15px; '
                       'line-height: 27px; margin-left: 8px;">•</div><div dir="auto" class="%s r-13awgt0" %s>%s</div></div>'
                       % (v, tx, tx, TXT, _inline(it, cls)) for it in val)
    if kind == "addr":
        return '<div class="%s r-1xnzce8">%s</div>' % (v, "".join('<div dir="auto" class="%s" %s>%s</div>' % (tx, TXT, _inline(l, cls)) for l in val))
    raise ValueError(kind)


def render(s, blocks, when):
    cls = s["rnw"]
    v, tx, nt = cls
    anon, sess = s["env"]
    stars, nrev = s["store"]
    content = "".join(_block(b, cls) for b in blocks)
    css = ('[stylesheet-group="0"]{}\nbody{margin:0;}\nbutton::-moz-focus-inner,input::-moz-focus-inner{border:0;padding:0;}\n'
           'html{-ms-text-size-adjust:100%%;-webkit-text-size-adjust:100%%;-webkit-tap-highlight-color:rgba(0,0,0,0);}\n'
           'input::-webkit-search-cancel-button,input::-webkit-search-decoration,input::-webkit-search-results-button,input::-webkit-search-results-decoration{display:none;}\n'
           '[stylesheet-group="1"]{}\n.%s{align-items:stretch;background-color:rgba(0,0,0,0.00);border:0 solid black;box-sizing:border-box;display:flex;flex-basis:auto;flex-direction:column;flex-shrink:0;list-style:none;margin:0px;min-height:0px;min-width:0px;padding:0px;position:relative;text-decoration:none;z-index:0;}\n'
           '.%s{background-color:rgba(0,0,0,0.00);border:0 solid black;box-sizing:border-box;color:rgba(0,0,0,1.00);display:inline;font:14px -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;list-style:none;margin:0px;padding:0px;position:relative;text-align:start;text-decoration:none;white-space:pre-wrap;word-wrap:break-word;}\n'
           '.%s{background-color:rgba(0,0,0,0.00);border:0 solid black;box-sizing:border-box;color:inherit;display:inline;font:inherit;list-style:none;margin:0px;padding:0px;position:relative;text-align:inherit;text-decoration:none;white-space:inherit;word-wrap:break-word;}\n'
           '[stylesheet-group="2"]{}\n.r-13awgt0{flex:1;}\n.r-1wtj0ep{justify-content:space-between;}\n[stylesheet-group="2.2"]{}\n.r-ymttw5{padding-left:8px;padding-right:8px;}\n'
           '[stylesheet-group="3"]{}\n.r-18u37iz{flex-direction:row;}\n.r-1xnzce8{-moz-user-select:text;-webkit-user-select:text;user-select:text;}\n'
           '.r-1loqt21{cursor:pointer;}\n.r-150rngu{-webkit-overflow-scrolling:touch;}\n.r-eqz5dr{flex-direction:column;}\n.r-16y2uox{flex-grow:1;}\n'
           '.r-1rnoaur{overflow-y:auto;}\n.r-11yh6sk{overflow-x:hidden;}\n.r-1d2f490{left:0px;}\n.r-u8s1d{position:absolute;}\n.r-ipm5af{top:0px;}\n'
           '.r-zchlnj{right:0px;}\n' % (v, tx, nt))
    header = ('<div class="%s r-18u37iz r-1wtj0ep r-ymttw5" style="background-color: rgb(255, 92, 40); padding-top: 12px; padding-bottom: 12px;">'
              '<a href="/ar" role="link" class="%s r-1loqt21"><div dir="auto" class="%s" style="color: rgb(255, 255, 255); font-family: %s; font-size: 22px;">طلّة</div></a>'
              '<div class="%s r-18u37iz"><a href="https://apps.apple.com/sa/app/talla/id1534567890" role="link" class="%s r-1loqt21"><img alt="App Store" src="/assets/assets/images/appstore-ar.5c2e1f.png" style="width: 120px; height: 36px;"></a>'
              '<a href="https://play.google.com/store/apps/details?id=sa.talla.customer" role="link" class="%s r-1loqt21"><img alt="Google Play" src="/assets/assets/images/googleplay-ar.91ab3d.png" style="width: 120px; height: 36px;"></a>'
              '<div dir="auto" class="%s" style="color: rgb(255, 255, 255); font-family: %s; font-size: 13px;">★ %s · %d ألف تقييم</div></div></div>'
              % (v, v, tx, BOLD, v, v, v, tx, FONT, stars, nrev))
    banner = ('<div class="%s r-18u37iz r-ymttw5" style="background-color: rgb(255, 241, 234); padding-top: 10px; padding-bottom: 10px;">'
              '<div dir="auto" class="%s r-13awgt0" style="color: rgb(38, 38, 38); font-family: %s; font-size: 14px; text-align: right;">%s</div>'
              '<div tabindex="0" role="button" class="%s r-1loqt21" style="background-color: rgb(255, 92, 40); border-radius: 18px; padding: 6px 16px;">'
              '<div dir="auto" class="%s" style="color: rgb(255, 255, 255); font-family: %s;">حمّل التطبيق</div></div></div>'
              % (v, tx, FONT, BANNERS[s["banner"]], v, tx, BOLD))
    footer = ('<div class="%s r-ymttw5" style="background-color: rgb(245, 245, 245); padding-top: 24px; padding-bottom: 24px;">'
              '<div class="%s r-18u37iz r-1wtj0ep"><a href="/ar/terms" role="link" class="%s r-1loqt21"><div dir="auto" class="%s" style="font-family: %s;">الشروط والأحكام</div></a>'
              '<a href="/ar/privacy" role="link" class="%s r-1loqt21"><div dir="auto" class="%s" style="font-family: %s;">سياسة الخصوصية</div></a>'
              '<a href="/en/privacy" role="link" class="%s r-1loqt21"><div dir="auto" class="%s" style="font-family: %s;">English</div></a></div>'
              '<div dir="auto" class="%s" style="color: rgb(120, 120, 120); font-family: %s; font-size: 12px; text-align: center;">© %d طلّة. جميع الحقوق محفوظة. سجل تجاري 1010765432</div></div>'
              % (v, v, v, tx, FONT, v, tx, FONT, v, tx, FONT, tx, FONT, when.year))
    return ('<!DOCTYPE html><html lang="ar" dir="rtl" style="height:100%%"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">'
            '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><title>سياسة الخصوصية | طلّة</title>'
            '<style id="expo-reset">html,body{height:100%%}body{overflow:hidden}#root{display:flex;height:100%%;flex:1}</style>'
            '<link rel="preload" href="/_expo/static/js/web/entry-%s.js" as="script">'
            '<style id="react-native-stylesheet">%s</style>'
            '<script>window.__TALLA_ENV__={"env":"production","locale":"ar","anonymousId":"%s","sessionId":"%s"};</script>'
            '</head><body><noscript>You need to enable JavaScript to run this app.</noscript>'
            '<div id="root"><div class="%s r-13awgt0"><div class="%s r-13awgt0">%s%s'
            '<div class="%s r-150rngu r-eqz5dr r-16y2uox r-1wbh5a2 r-11yh6sk r-1rnoaur r-agouwx"><div class="%s r-ymttw5" data-testid="privacy-content" style="padding-top: 20px; padding-bottom: 40px; max-width: 760px; align-self: center; width: 100%%;">%s</div>%s</div>'
            '</div></div></div>'
            '<script src="/_expo/static/js/web/entry-%s.js" defer></script></body></html>'
            % (s["bundle"], css, anon, sess, v, v, header, banner, v, v, content, footer, s["bundle"]))


PAGE = {
    "service": "Talla", "url": URL, "lang": "ar-SA", "platform": "Expo / React Native Web (client-rendered, captured DOM)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Vercel"), ("X-Vercel-Cache", "HIT")),
    "n": 30, "start": dt.date(2022, 3, 14), "end": dt.date(2026, 2, 16),
    "policy": POLICY, "first_updated": dt.date(2022, 1, 9), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["[data-testid=\"privacy-content\"]"]},
}
