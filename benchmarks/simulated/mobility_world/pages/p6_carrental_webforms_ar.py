"""Saudi car-rental company on ASP.NET WebForms (master page, ctl00_ContentPlaceHolder1_ ids, __VIEWSTATE and
__EVENTVALIDATION, WebResource.axd/ScriptResource.axd with deploy timestamps, MS AJAX UpdatePanel), right-to-left
Arabic served in windows-1256. Noise: the view state and event validation per request, the header's Hijri and
Gregorian date line, a deploy stamp on the .axd resources, and an "offer of the day" UpdatePanel that sits *inside*
the tracked asp:Panel under the policy (curators remove it by its id)."""
import datetime as dt
import html
import math
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
          "ديسمبر"]
HMONTHS = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان",
           "شوال", "ذو القعدة", "ذو الحجة"]
DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]

POLICY = """
# سياسة الخصوصية

آخر تحديث: {UPDATED}

تلتزم شركة رواحل لتأجير السيارات ("رواحل" أو "نحن") بحماية خصوصية عملائها وزوار موقعها الإلكتروني وتطبيقها. توضح هذه السياسة أنواع البيانات الشخصية التي نجمعها عند حجز سيارة أو استئجارها أو التواصل معنا، وكيفية استخدامها والإفصاح عنها، والحقوق المكفولة لك.

## البيانات التي نجمعها

عند استخدامك لخدماتنا قد نجمع البيانات التالية:

- الاسم الكامل ورقم الهوية الوطنية أو رقم الإقامة أو رقم جواز السفر للزوار.
- بيانات رخصة القيادة وتاريخ انتهائها، والرخصة الدولية عند الحاجة.
- رقم الجوال والبريد الإلكتروني والعنوان الوطني.
- بيانات الحجز مثل فرع الاستلام والتسليم والتواريخ وفئة السيارة والخدمات الإضافية.
- بيانات الدفع، ويتم تشفيرها ومعالجتها عبر بوابة الدفع المعتمدة، ولا نحتفظ برقم البطاقة كاملاً.
- بيانات المخالفات المرورية والحوادث المسجلة على السيارة خلال مدة العقد.
- بيانات موقع السيارة ومسافة السير وسرعتها من خلال أجهزة التتبع المثبتة في أسطولنا.

## أغراض جمع البيانات

نستخدم بياناتك للأغراض الآتية:

- إنشاء عقد الإيجار وتسجيله إلكترونياً وفقاً لمتطلبات الجهات المختصة.
- التحقق من هويتك وأهليتك للقيادة.
- تحصيل قيمة الإيجار والتأمين وأي مبالغ مستحقة.
- متابعة المخالفات المرورية والحوادث وإشعارك بها.
- خدمة العملاء والرد على الاستفسارات والشكاوى.
- إرسال العروض الترويجية إذا وافقت على ذلك، ويمكنك إلغاء الاشتراك في أي وقت.

## الأساس النظامي لمعالجة البيانات

نعالج بياناتك بناءً على تنفيذ عقد الإيجار المبرم معك، أو للوفاء بالتزامات نظامية مفروضة علينا، أو بناءً على موافقتك فيما يخص التسويق، أو لتحقيق مصلحة مشروعة لنا مثل حماية أسطولنا من السرقة والاحتيال، دون الإضرار بحقوقك ومصالحك.

## الإفصاح عن البيانات

لا نبيع بياناتك الشخصية، ولا نفصح عنها إلا للجهات التالية وبالقدر اللازم:

| الجهة | الغرض |
| هيئة النقل العامة | تسجيل عقود الإيجار في نظام تأجير الإلكتروني |
| الإدارة العامة للمرور | نقل المخالفات المرورية المسجلة خلال مدة العقد |
| شركات التأمين المتعاقدة معنا | تغطية السيارة ومعالجة المطالبات |
| بوابة الدفع الإلكتروني | معالجة عمليات الدفع بالبطاقات |

كما قد نفصح عن البيانات للجهات القضائية والأمنية متى طلبت ذلك وفقاً للأنظمة المعمول بها في المملكة العربية السعودية.

## أجهزة تتبع المركبات

جميع سيارات رواحل مزودة بأجهزة تتبع لأغراض السلامة وحماية الأصول. تسجل هذه الأجهزة موقع السيارة وسرعتها والمسافة المقطوعة. لا نطلع على بيانات الموقع بشكل مستمر، وإنما نرجع إليها عند الإبلاغ عن حادث أو سرقة، أو عند تجاوز حدود الاستخدام المتفق عليها في العقد، أو عند عدم إعادة السيارة في موعدها.

## نقل البيانات خارج المملكة

نحفظ بياناتك الشخصية في مراكز بيانات داخل المملكة العربية السعودية. وفي الحالات المحدودة التي يستلزم فيها تقديم الخدمة نقل بعض البيانات إلى خارج المملكة، مثل حجز سيارة لك لدى شريكنا في دولة أخرى من دول مجلس التعاون الخليجي، فإننا ننقل الحد الأدنى اللازم من البيانات فقط، ونلتزم بالضوابط الصادرة عن الجهة المختصة بشأن نقل البيانات الشخصية خارج المملكة.

## البيانات التي نحصل عليها من أطراف أخرى

قد نحصل على بعض بياناتك من أطراف أخرى، مثل الجهة التي تعمل لديها إذا كان الإيجار ضمن عقد مؤسسي، أو وكالات السفر ومواقع الحجز الإلكترونية التي أجريت الحجز من خلالها، أو الجهات الحكومية عند التحقق من صلاحية رخصة القيادة وعدم وجود مخالفات تمنع التأجير.

## مدة الاحتفاظ بالبيانات

نحتفظ بعقود الإيجار والفواتير لمدة خمس سنوات من تاريخ انتهاء العقد، ونحتفظ ببيانات التتبع لمدة ستة أشهر ما لم تكن مرتبطة بحادث أو نزاع قائم. وبعد انتهاء هذه المدد نقوم بإتلاف البيانات أو إخفاء هويتها بشكل آمن.

## حماية البيانات

نطبق إجراءات تقنية وإدارية مناسبة لحماية المعلمومات من الوصول غير المصرح به أو الفقدان أو التعديل، منها التشفير وتقييد صلاحيات الموظفين ومراجعة سجلات الدخول بشكل دوري.

## كاميرات الفروع

تستخدم فروعنا ومواقف التسليم كاميرات مراقبة لأغراض الأمن وتوثيق حالة السيارة عند الاستلام والتسليم. وتُحفظ التسجيلات لمدة لا تزيد على تسعين يوماً ما لم تكن مطلوبة للتحقيق في حادث أو مطالبة، ولا يطلع عليها إلا الموظفون المخولون، ولا تُسلَّم إلا للجهات الأمنية أو القضائية عند طلبها رسمياً. كما نلتقط صوراً للسيارة عند الاستلام والتسليم وتُرفق بعقد الإيجار.

## حقوقك

يحق لك الاطلاع على بياناتك الشخصية والحصول على نسخة منها، وطلب تصحيحها أو إكمالها أو تحديثها، وطلب إتلافها متى انتفت الحاجة إليها، والرجوع عن موافقتك على معالجتها في أي وقت ما لم يكن هناك مسوغ نظامي يمنع ذلك. ولك الحق في تقديم شكوى إلى الهيئة السعودية للبيانات والذكاء الاصطناعي (سدايا).

## التسويق والرسائل النصية

لن نرسل إليك رسائل تسويقية عبر الرسائل النصية أو البريد الإلكتروني أو تطبيقات المراسلة إلا بعد موافقتك. ويمكنك إيقاف هذه الرسائل في أي وقت من خلال الرابط الموجود في الرسالة أو من إعدادات حسابك في التطبيق أو بالتواصل مع خدمة العملاء. أما الرسائل الخدمية المتعلقة بحجزك أو عقدك، مثل تأكيد الحجز وتذكير موعد التسليم وإشعارات المخالفات، فسنستمر في إرسالها لأنها ضرورية لتنفيذ العقد.

## ملفات تعريف الارتباط

يستخدم موقعنا ملفات تعريف الارتباط لحفظ تفضيلاتك مثل اللغة والفرع المفضل، ولتحليل استخدام الموقع. يمكنك ضبط متصفحك لرفض هذه الملفات، مع العلم أن بعض خصائص الحجز قد لا تعمل بشكل صحيح.

## التواصل معنا

لأي استفسار حول هذه السياسة أو لممارسة حقوقك، يمكنك التواصل معنا عبر البريد الإلكتروني [privacy@rawahil.com.sa](mailto:privacy@rawahil.com.sa) أو الرقم الموحد 920012345 أو على العنوان التالي:

@ شركة رواحل لتأجير السيارات
@ طريق الملك فهد، حي العليا
@ ص.ب 58231 الرياض 11594
@ المملكة العربية السعودية

## روابط المواقع الأخرى

قد يحتوي موقعنا وتطبيقنا على روابط لمواقع أو خدمات تابعة لجهات أخرى، مثل بوابات الدفع وشركاء برامج الولاء ومواقع حجز الفنادق والطيران. ولا تنطبق هذه السياسة على تلك المواقع، ولا نتحمل مسؤولية ممارساتها في مجال الخصوصية، لذا ننصحك بمراجعة سياسات الخصوصية الخاصة بها قبل تقديم أي بيانات شخصية إليها.

## التعديلات على هذه السياسة

قد نقوم بتحديث هذه السياسة من وقت لآخر، وسننشر النسخة المحدثة على هذه الصفحة مع تاريخ آخر تحديث.
"""

EDITS = [
    {"note": "typo fixed: المعلمومات -> المعلومات", "bump": False,
     "repl": [("لحماية المعلمومات من", "لحماية المعلومات من")]},
    {"note": "sentence added: processing under the PDPL and its implementing regulation",
     "repl": [("وكيفية استخدامها والإفصاح عنها، والحقوق المكفولة لك.",
               "وكيفية استخدامها والإفصاح عنها، والحقوق المكفولة لك. وتخضع معالجتنا لبياناتك لنظام حماية البيانات "
               "الشخصية الصادر بالمرسوم الملكي رقم (م/19) ولائحته التنفيذية.")]},
    {"note": "recipient added to the table (Najm accident reports)",
     "repl": [("| شركات التأمين المتعاقدة معنا | تغطية السيارة ومعالجة المطالبات |",
               "| شركات التأمين المتعاقدة معنا | تغطية السيارة ومعالجة المطالبات |\n"
               "| شركة نجم لخدمات التأمين | رفع بلاغات الحوادث وتقديرها |")]},
    {"note": "tracking-data retention changed from six months to one year",
     "repl": [("ونحتفظ ببيانات التتبع لمدة ستة أشهر", "ونحتفظ ببيانات التتبع لمدة سنة واحدة")]},
    {"note": "unified phone number and P.O. box changed",
     "repl": [("الرقم الموحد 920012345", "الرقم الموحد 920033221"), ("@ ص.ب 58231 الرياض 11594", "@ ص.ب 86120 الرياض 11622")]},
]

OFFERS = [("خصم 25% على الإيجار الأسبوعي في جدة", "احجز قبل نهاية الأسبوع واستمتع بكيلومترات مفتوحة."),
          ("عرض نهاية الأسبوع: سيارة فئة متوسطة بـ 149 ريال لليوم", "يشمل التأمين الشامل والتسليم في المطار."),
          ("استأجر شهراً واحصل على أسبوع مجاناً", "العرض ساري في فروع الرياض والدمام."),
          ("خصم 15% لأعضاء برنامج رواحل للولاء", "سجّل دخولك لعرض السعر بعد الخصم.")]


def _jd(y, m, d):
    return dt.date(y, m, d).toordinal() + 1721424.5


def _isl_to_jd(y, m, d):
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + math.floor((3 + 11 * y) / 30) + 1948439.5 - 1


def hijri(d):
    jd = math.floor(_jd(d.year, d.month, d.day)) + 0.5
    y = math.floor((30 * (jd - 1948439.5) + 10646) / 10631)
    m = min(12, math.ceil((jd - (29 + _isl_to_jd(y, 1, 1))) / 29.5) + 1)
    day = int(jd - _isl_to_jd(y, m, 1) + 1)
    return y, m, day


def noise(rng, when, i, prev):
    prev = prev or {}
    return {
        "viewstate": "/wEPDwUKMTY" + C.b64tok(rng, 420),
        "evval": "/wEdAA" + C.b64tok(rng, 96),
        "axd": C.keep_or(rng, prev.get("axd"), 0.1, lambda: str(637800000000000000 + rng.randint(0, 10 ** 15))),
        "date": when.date().isoformat(),
        "offer": rng.randrange(len(OFFERS)),
    }


LABELS = {"viewstate": "__VIEWSTATE", "evval": "__EVENTVALIDATION", "axd": "WebResource.axd deploy stamp",
          "date": "Hijri/Gregorian date line in header", "offer": "offer-of-the-day UpdatePanel inside the panel"}


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def render(state, blocks, when):
    d = when.date()
    hy, hm, hd = hijri(d)
    dateline = "%s %d %s %dهـ - %d %s %dم" % (DAYS[d.weekday()], hd, HMONTHS[hm - 1], hy, d.day, MONTHS[d.month - 1], d.year)
    h1 = blocks[0][1]
    body = C.blocks_html(blocks[1:], cls={"table": "table table-bordered"})
    ot, od = OFFERS[state["offer"]]
    t = state["axd"]
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=windows-1256" /><title>
	سياسة الخصوصية - رواحل لتأجير السيارات
</title><meta name="viewport" content="width=device-width, initial-scale=1" /><link href="../App_Themes/Arabic/bootstrap-rtl.min.css" type="text/css" rel="stylesheet" /><link href="../App_Themes/Arabic/site.css" type="text/css" rel="stylesheet" />
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-48211937-1"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'UA-48211937-1');</script>
<meta name="description" content="سياسة الخصوصية لشركة رواحل لتأجير السيارات" /></head>
<body>
    <form name="aspnetForm" method="post" action="./Privacy.aspx?lang=ar" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
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


<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHCZinHsmTftbBz8ARFqQG4SmTbTGQGNsxByiuhhp7M8BL__qlDclA2&amp;t=%s" type="text/javascript"></script>


<script src="/ScriptResource.axd?d=nv7asgRUU0tRmHNR2D6t1HtMT9N8mN3GZqIdz1zWvmYdGo3kZkPgcW9iA7bL-l0TT2SVgp3G4r7ZCm8vrlW3Hxm3aD4&amp;t=%s" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvpEcW4Ccgyx5Fb8YRkTSMYGkOhq6QtM9XhD0yBg5tVu0Rbb7fE2t9Tn1cVR0sFJ5yKxZHAc1&amp;t=%s" type="text/javascript"></script>
<div>

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="2E4C8F1B" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" />
</div>
        <script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'aspnetForm', ['tctl00$ContentPlaceHolder1$upOffers','ctl00_ContentPlaceHolder1_upOffers'], [], [], 90, 'ctl00');
//]]>
</script>

        <div class="top-bar">
            <div class="container">
                <span id="ctl00_lblDate" class="today">%s</span>
                <span class="top-links"><a href="tel:920012345">920012345</a> | <a id="ctl00_lnkLang" href="javascript:__doPostBack(&#39;ctl00$lnkLang&#39;,&#39;&#39;)">English</a></span>
            </div>
        </div>
        <div class="header">
            <div class="container">
                <a id="ctl00_hlLogo" class="logo" href="../Default.aspx"><img src="../images/logo-ar.png" alt="رواحل" /></a>
                <ul class="main-menu">
                    <li><a href="../Default.aspx">الرئيسية</a></li>
                    <li><a href="../Booking.aspx">احجز سيارتك</a></li>
                    <li><a href="../Fleet.aspx">أسطولنا</a></li>
                    <li><a href="../Branches.aspx">الفروع</a></li>
                    <li><a href="../Leasing.aspx">التأجير طويل المدى</a></li>
                    <li><a href="../Contact.aspx">اتصل بنا</a></li>
                </ul>
            </div>
        </div>
        <div class="container page-body">
            
    <div id="ctl00_ContentPlaceHolder1_pnlContent" class="inner-content">
	
        <h1><span id="ctl00_ContentPlaceHolder1_lblTitle">%s</span></h1>
        <div class="privacy-text">
            %s
        </div>
        <div id="ctl00_ContentPlaceHolder1_upOffers">
		
                <div class="offer-box">
                    <h3><span id="ctl00_ContentPlaceHolder1_lblOfferTitle">عرض اليوم: %s</span></h3>
                    <p><span id="ctl00_ContentPlaceHolder1_lblOfferText">%s</span></p>
                    <input type="submit" name="ctl00$ContentPlaceHolder1$btnBook" value="احجز الآن" id="ctl00_ContentPlaceHolder1_btnBook" class="btn btn-warning" />
                </div>
            
	</div>
    
</div>

        </div>
        <div class="footer">
            <div class="container">
                <div class="row">
                    <div class="col-sm-4"><h4>رواحل</h4><ul><li><a href="../About.aspx">من نحن</a></li><li><a href="../Careers.aspx">الوظائف</a></li><li><a href="../Privacy.aspx">سياسة الخصوصية</a></li><li><a href="../Terms.aspx">الشروط والأحكام</a></li></ul></div>
                    <div class="col-sm-4"><h4>خدمة العملاء</h4><p>الرقم الموحد: 920012345<br />البريد: care@rawahil.com.sa</p></div>
                    <div class="col-sm-4"><h4>حمّل التطبيق</h4><a href="https://apps.apple.com/sa/app/id1190234567"><img src="../images/appstore-ar.png" alt="App Store" /></a></div>
                </div>
                <p class="copyright">جميع الحقوق محفوظة &copy; شركة رواحل لتأجير السيارات</p>
            </div>
        </div>
    
<script type="text/javascript">
//<![CDATA[
Sys.Application.add_init(function() {});
//]]>
</script>
</form>
</body>
</html>
""" % (state["viewstate"], t, t, t, state["evval"], dateline, html.escape(h1), body, html.escape(ot), html.escape(od))


PAGE = {
    "service": "Rawahil Car Rental",
    "url": "https://www.rawahil.com.sa/ar/Privacy.aspx?lang=ar",
    "lang": "ar",
    "platform": "ASP.NET WebForms 4.x (IIS)",
    "content_type": "text/html; charset=windows-1256",
    "encoding": "windows-1256",
    "extra_headers": (("Server", "Microsoft-IIS/8.5"), ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET"),
                      ("Cache-Control", "private")),
    "n": 30,
    "start": dt.date(2021, 9, 1),
    "end": dt.date(2024, 12, 31),
    "hours": (4, 16),
    "policy": POLICY,
    "first_updated": dt.date(2021, 6, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.rawahil.com.sa/ar/Privacy.aspx?lang=ar",
                    "select": "#ctl00_ContentPlaceHolder1_pnlContent",
                    "remove": "#ctl00_ContentPlaceHolder1_upOffers"},
}
