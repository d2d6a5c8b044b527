"""Saudi cooperative (ta'awuni) health & motor insurer on SharePoint Server 2016 publishing (custom master page, RTL).

The policy is the page's Page Content field (`ms-rtestate-field`, SharePoint's rich-text editor markup: ms-rte
heading and table classes, the zero-width spaces the editor leaves at paragraph ends), under the page-title
header. Per visit: `__REQUESTDIGEST` (token and server time), `__VIEWSTATE`, `g_correlationId`. Per day: the
top bar's Hijri and Gregorian dates. All outside the declared field and title.
"""
import datetime as dt

import common as C

MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
HMONTHS = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان",
           "شوال", "ذو القعدة", "ذو الحجة"]
DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]

POLICY = """
# سياسة الخصوصية

آخر تحديث: {UPDATED}

تلتزم شركة واحة للتأمين التعاوني (”واحة“ أو ”الشركة“ أو ”نحن“) بحماية خصوصية عملائها وزوار موقعها الإلكتروني وتطبيقاتها. توضح هذه السياسة كيفية جمع بياناتك الشخصية واستخدامها والإفصاح عنها وحمايتها وفقًا لنظام حماية البيانات الشخصية الصادر بالمرسوم الملكي رقم (م/19) ولائحته التنفيذية، والأنظمة والتعليمات الصادرة عن البنك المركزي السعودي ومجلس الضمان الصحي.

## من نحن

شركة واحة للتأمين التعاوني شركة مساهمة سعودية مدرجة في السوق المالية السعودية، سجل تجاري رقم 1010234567، ومرخصة من البنك المركزي السعودي لمزاولة أعمال التأمين العام والتأمين الصحي.

@ شركة واحة للتأمين التعاوني
@ طريق الملك فهد، حي العليا
@ ص.ب 86932، الرياض 11632
@ المملكة العربية السعودية

## البيانات التي نجمعها

نجمع البيانات الشخصية اللازمة لتقديم خدماتنا، ومنها:

- بيانات الهوية: الاسم، ورقم الهوية الوطنية أو الإقامة، وتاريخ الميلاد، والجنسية؛
- بيانات التواصل: رقم الجوال، والبريد الإلكتروني، والعنوان الوطني؛
- بيانات المركبة: رقم اللوحة، والرقم التسلسلي، وسجل الحوادث المسجلة لدى نجم لخدمات التأمين؛
- البيانات الصحية: التاريخ المرضي، والتشخيصات، والوصفات الطبية، وطلبات الموافقة المسبقة المرسلة من مقدمي الخدمة الصحية؛
- البيانات المالية: رقم الآيبان وبيانات الدفع؛
- بيانات الاستخدام: عنوان IP، ونوع الجهاز، وسجل التصفح في الموقع والتطبيق.

وفي التأمين الصحي للشركات، نستلم بيانات الموظفين وأفراد أسرهم المشمولين بالتغطية من صاحب العمل.

## أغراض معالجة البيانات

نعالج بياناتك الشخصية للأغراض الآتية:

- تقييم طلب التأمين وإصدار الوثيقة وتجديدها؛
- معالجة المطالبات والموافقات المسبقة وسداد التعويضات؛
- التحقق من الهوية عبر منصة نفاذ الوطني الموحد؛
- مكافحة الاحتيال وغسل الأموال وتمويل الإرهاب؛
- الوفاء بالالتزامات النظامية تجاه الجهات الإشرافية؛
- التواصل معك بشأن وثيقتك وإرسال العروض التسويقية بعد الحصول على موافقتك.

## الأساس النظامي للمعالجة

نعالج بياناتك الشخصية استنادًا إلى واحد أو أكثر من الأسس الآتية: تنفيذ عقد التأمين المبرم معك أو اتخاذ الإجراءات اللازمة قبل إبرامه، والوفاء بالتزام نظامي مفروض علينا، كالالتزام بالتأمين الإلزامي على المركبات ونظام الضمان الصحي التعاوني، وتحقيق مصلحة مشروعة للشركة كمكافحة الاحتيال، بشرط ألا تضر بحقوقك ومصالحك، إضافة إلى موافقتك الصريحة في الحالات التي يشترط فيها النظام ذلك، ومنها إرسال الرسائل التسويقية ومعالجة البيانات الصحية لغير أغراض المطالبات.

## البيانات الصحية

نتعامل مع البيانات الصحية بوصفها بيانات حساسة، فلا يطلع عليها إلا الأطباء والموظفون المختصون في إدارة المطالبات الطبية والموافقات المسبقة، وبالقدر الضروري لأداء مهامهم. ولا نستخدم البيانات الصحية لتحديد أقساط التأمين الفردية في وثائق التأمين الصحي للشركات، ولا نفصح عنها لصاحب العمل، وإنما نزوده بتقارير إجمالية لا تكشف هوية أي مؤمن له.

## اتخاذ القرارات الآلية

تعتمد بعض خدماتنا الإلكترونية على أنظمة آلية، مثل احتساب قسط تأمين المركبات في الموقع والتطبيق بناءً على عمر السائق وسجل الحوادث ونوع المركبة، والموافقة الفورية على بعض الطلبات الطبية البسيطة. ويحق لك طلب مراجعة أي قرار آلي من قبل أحد موظفينا المختصين.

## الإفصاح عن البيانات

لا نبيع بياناتك الشخصية. وقد نفصح عنها للجهات التالية بالقدر اللازم فقط:

| الجهة | الغرض |
| مجلس الضمان الصحي | التحقق من أهلية التغطية والامتثال لنظام الضمان الصحي التعاوني |
| نجم لخدمات التأمين | تسجيل الحوادث وتقدير الأضرار للمركبات |
| شركة المعلومات الائتمانية (سمة) | التحقق الائتماني عند التقسيط |
| مقدمو الخدمة الصحية المعتمدون | تقديم العلاج وإصدار الموافقات المسبقة |
| شركات إعادة التأمين | توزيع المخاطر |
| الجهات الحكومية والقضائية | تنفيذ الطلبات النظامية |

## نقل البيانات خارج المملكة

نحتفظ ببياناتك داخل المملكة العربية السعودية. ولا ننقلها إلى خارج المملكة إلا في الحالات التي يجيزها النظام، مثل التنسيق مع شركات إعادة التأمين أو تقديم العلاج في الخارج بموجب وثيقتك، مع اتخاذ الضمانات المناسبة.

## مدة الاحتفاظ بالبيانات

نحتفظ ببياناتك طوال مدة سريان الوثيقة ولمدة خمس سنوات بعد انتهائها أو بعد تسوية آخر مطالبة، أيهما أطول، ما لم تفرض الأنظمة مدة أطول.

## حقوقك

يحق لك بموجب نظام حماية البيانات الشخصية:

- العلم بكيفية جمع بياناتك والغرض من معالجتها؛
- الوصول إلى بياناتك والحصول على نسخة منها؛
- طلب تصحيح بياناتك غير الدقيقة أو استكمالها؛
- طلب إتلاف بياناتك متى انتفت الحاجة إليها ما لم يوجب النظام الاحتفاظ بها؛
- الرجوع عن موافقتك على المعالجة في أي وقت.

ويمكنك تقديم طلبك عبر البريد الإلكتروني [privacy@waha-ins.com.sa](mailto:privacy@waha-ins.com.sa) أو من خلال خدمة العملاء على الرقم المجاني 8001243232، وسنرد على طلبك خلال ثلاثين يومًا.

## بيانات القاصرين

لا نجمع بيانات الأطفال دون الثامنة عشرة إلا من خلال ولي الأمر أو صاحب العمل عند إضافتهم إلى وثيقة التأمين الصحي بوصفهم أفرادًا من الأسرة، ولا نرسل إليهم أي رسائل تسويقية.

## حماية البيانات

نطبق ضوابط الأمن السيبراني الصادرة عن الهيئة الوطنية للأمن السيبراني والبنك المركزي السعودي، بما في ذلك التشفير وإدارة الصلاحيات والمراقبة المستمرة، ويخضع موظفونا لالتزامات صارمة بالسرية.

## ملفات تعريف الارتباط

يستخدم موقعنا ملفات تعريف الارتباط لتحسين تجربتك وتحليل الاستخدام. يمكنك ضبط إعدادات المتصفح لرفضها، وقد يؤثر ذلك على بعض وظائف الموقع.

## التعديلات على هذه السياسة

قد نحدّث هذه السياسة من وقت لآخر، وسننشر النسخة المحدثة على هذه الصفحة مع تاريخ آخر تحديث.
"""

EDITS = [
    {"note": "regulator: the Insurance Authority replaces the Saudi Central Bank as licensing body",
     "repl": [("ومرخصة من البنك المركزي السعودي لمزاولة أعمال التأمين العام والتأمين الصحي.",
               "ومرخصة من هيئة التأمين لمزاولة أعمال التأمين العام والتأمين الصحي.")]},
    {"note": "row added to the disclosures table: NPHIES health-insurance exchange platform",
     "repl": [("| نجم لخدمات التأمين |", "| المنصة الوطنية لتبادل المعلومات الصحية (نفيس) | تبادل المطالبات والموافقات المسبقة إلكترونيًا مع مقدمي الخدمة |\n| نجم لخدمات التأمين |")]},
    {"note": "retention changed from five to ten years",
     "repl": [("ولمدة خمس سنوات بعد انتهائها", "ولمدة عشر سنوات بعد انتهائها")]},
    {"note": "new right added: complaint to SDAIA (Saudi Data & AI Authority)",
     "repl": [("- الرجوع عن موافقتك على المعالجة في أي وقت.",
               "- الرجوع عن موافقتك على المعالجة في أي وقت؛\n- تقديم شكوى إلى الهيئة السعودية للبيانات والذكاء الاصطناعي (سدايا) إذا رأيت أن معالجة بياناتك تخالف النظام.")]},
    {"note": "customer-service number changed to the unified 9200 number; no new date",
     "bump": False,
     "repl": [("على الرقم المجاني 8001243232", "على الرقم الموحد 920012345")]},
]


def fmt_date(d):
    return "%d %s %dم" % (d.day, MONTHS[d.month - 1], d.year)


def hijri(d):
    """Tabular Islamic calendar (civil epoch), as the site's date widget computes it."""
    jd = d.toordinal() + 1721424.5 + 0.5
    jd = int(jd)
    l = jd - 1948440 + 10632
    n = (l - 1) // 10631
    l = l - 10631 * n + 354
    j = ((10985 - l) // 5316) * ((50 * l) // 17719) + (l // 5670) * ((43 * l) // 15238)
    l = l - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * l) // 709
    day = l - (709 * m) // 24
    y = 30 * n + j - 30
    return y, m, day


def noise(rng, when, i, prev):
    digest = "0x" + C.hexs(rng, 128).upper()
    srv = when + dt.timedelta(seconds=rng.randint(0, 2))
    return {
        "digest": "%s,%s -0000" % (digest, srv.strftime("%d %b %Y %H:%M:%S")),
        "viewstate": "/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgITD2QWAgIBD2QWAgIBDxYCHgdWaXNpYmxlaGQ" + C.b64tok(rng, 48),
        "corr": C.uuid4(rng),
        "date": when.date().isoformat(),
    }


LABELS = {"digest": "__REQUESTDIGEST", "viewstate": "__VIEWSTATE", "corr": "g_correlationId",
          "date": "Hijri/Gregorian date in the top bar"}


def rte(b):
    kind, v = b
    if kind == "h2":
        return '<h2 class="ms-rteElement-H2">%s</h2>' % C.inline_html(v)
    if kind == "p":
        return "<p>%s&#8203;</p>" % C.inline_html(v)
    if kind == "addr":
        return "<p>%s</p>" % "<br>".join(C.inline_html(x) for x in v)
    if kind == "ul":
        return "<ul>%s</ul>" % "".join("<li>%s</li>" % C.inline_html(x) for x in v)
    if kind == "table":
        head = "".join('<th class="ms-rteTableHeader%sCol-default" rowspan="1" colspan="1" style="width:50%%;">%s</th>'
                       % ("Even" if n % 2 == 0 else "Odd", C.inline_html(x)) for n, x in enumerate(v[0]))
        rows = ['<tr class="ms-rteTableHeaderRow-default">%s</tr>' % head]
        for k, r in enumerate(v[1:]):
            rows.append('<tr class="ms-rteTable%sRow-default">%s</tr>' % ("Even" if k % 2 else "Odd", "".join(
                '<td class="ms-rteTable%sCol-default" rowspan="1" colspan="1">%s</td>' % ("Even" if n % 2 == 0 else "Odd", C.inline_html(x))
                for n, x in enumerate(r))))
        return '<table width="100%%" class="ms-rteTable-default" cellspacing="0" style="width:100%%;"><tbody>%s</tbody></table>' % "".join(rows)
    raise ValueError(kind)


def render(state, blocks, when):
    d = when.date()
    hy, hm, hd = hijri(d)
    datebar = "%s %d %s %d هـ - %d %s %dم" % (DAYS[d.weekday()], hd, HMONTHS[hm - 1], hy, d.day, MONTHS[d.month - 1], d.year)
    h1 = blocks[0]
    field = "".join(rte(b) for b in blocks[1:])
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="rtl" lang="ar-SA">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>
	سياسة الخصوصية
</title><link rel="stylesheet" type="text/css" href="/_layouts/15/1025/styles/Themable/corev15.css?rev=2bwgCaGbWb84zOtR%%2FmmlXA%%3D%%3DTAG0"/>
<link rel="stylesheet" type="text/css" href="/Style%%20Library/Waha/css/waha-rtl.min.css?v=4.2.0"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=MI1tkVtlRo6P5GJB4hVrOg%%3D%%3DTAG0"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvkMvyAx3dT7S4ghgSyCyZyGRNhL0CoQ6E5dR9FpslXhR7F3Xg8IkHg5KJ1W3ovkM6uTXbM5tLnh2dM8QwGO0nPZ0EjJsh3NVZJEBwjGD2tYIpk8A1&amp;t=ffffffffad4b7194"></script>
<script type="text/javascript" src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%%2F8A%%3D%%3DTAG0"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=dwY9oWetJoJoVpgL6Zq8OFZpgZdOvQf2BmD1n9T0mXQhqS3sPxL0KZ2R-T2bDg7w8mU8UE7jG1f9xwM2VvSZYQ2&amp;t=ffffffffad4b7194"></script>
<script type="text/javascript">RegisterSod("initstrings.js", "\\u002f_layouts\\u002f15\\u002f1025\\u002finitstrings.js?rev=wlZLtBcMGgC0aFZa3r1PCg\\u00253D\\u00253DTAG0");</script>
<link type="text/xml" rel="alternate" href="/ar/_vti_bin/spsdisco.aspx" />
<link rel="canonical" href="https://www.waha-ins.com.sa:443/ar/Pages/PrivacyPolicy.aspx" />
<script async src="https://www.googletagmanager.com/gtag/js?id=G-2VN8Q4KX7M"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-2VN8Q4KX7M');</script>
</head>
<body>
<div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/spcommon.png?rev=44" /></div>
<form method="post" action="./PrivacyPolicy.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOTlPn_ShowSettings" id="MSOTlPn_ShowSettings" value="False" />
<input type="hidden" name="MSOGallery_SelectedLibrary" id="MSOGallery_SelectedLibrary" value="" />
<input type="hidden" name="MSOGallery_FilterString" id="MSOGallery_FilterString" value="" />
<input type="hidden" name="MSOTlPn_Button" id="MSOTlPn_Button" value="none" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="%(digest)s" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="MSOSPWebPartManager_ExitingDesignMode" id="MSOSPWebPartManager_ExitingDesignMode" value="false" />
<input type="hidden" name="MSOWebPartPage_Shared" id="MSOWebPartPage_Shared" value="" />
<input type="hidden" name="MSOLayout_LayoutChanges" id="MSOLayout_LayoutChanges" value="" />
<input type="hidden" name="MSOLayout_InDesignMode" id="MSOLayout_InDesignMode" value="" />
<input type="hidden" name="_wpSelected" id="_wpSelected" value="" />
<input type="hidden" name="_wzSelected" id="_wzSelected" value="" />
<input type="hidden" name="MSOSPWebPartManager_OldDisplayModeName" id="MSOSPWebPartManager_OldDisplayModeName" value="Browse" />
<input type="hidden" name="MSOSPWebPartManager_StartWebPartEditingName" id="MSOSPWebPartManager_StartWebPartEditingName" value="false" />
<input type="hidden" name="MSOSPWebPartManager_EndWebPartEditing" id="MSOSPWebPartManager_EndWebPartEditing" value="false" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%(vs)s" />
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
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;
var g_correlationId = '%(corr)s';
var g_wsaQoSEnabled = false;
var g_wsaQoSDataPoints = [];
var g_wsaRUMEnabled = false;
var g_wsaLCID = 1025;
var g_wsaListTemplateId = 850;
var g_wsaSiteTemplateId = 'BLANKINTERNET#2';
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\\u002far", webAbsoluteUrl: "https:\\u002f\\u002fwww.waha-ins.com.sa\\u002far", siteAbsoluteUrl: "https:\\u002f\\u002fwww.waha-ins.com.sa", serverRequestPath: "\\u002far\\u002fPages\\u002fPrivacyPolicy.aspx", layoutsUrl: "_layouts\\u002f15", webTitle: "واحة للتأمين التعاوني", webTemplate: "53", tenantAppVersion: "0", isAppWeb: false, webLogoUrl: "_layouts\\u002f15\\u002fimages\\u002fsiteicon.png", webLanguage: 1025, currentLanguage: 1025, currentUICultureName: "ar-SA", currentCultureName: "ar-SA", clientServerTimeDelta: new Date("%(iso)s") - new Date(), siteClientTag: "1873$$16.0.5413.1000", crossDomainPhotosEnabled:false, webUIVersion:15, webPermMasks:{High:16,Low:196673}, pageListId:"{8f1d2c3b-4a5e-4f6a-9b7c-0d1e2f3a4b5c}", pageItemId:27, pagePersonalizationScope:1, alertsEnabled:false, siteServerRelativeUrl: "\\u002f", allowSilverlightPrompt:'True'};
//]]>
</script>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="waha-topbar"><div class="container"><span class="waha-topbar__date">%(datebar)s</span><a href="/en/Pages/PrivacyPolicy.aspx" class="waha-topbar__lang" lang="en">English</a><a href="https://eservices.waha-ins.com.sa/" class="waha-topbar__login">الخدمات الإلكترونية</a></div></div>
<header class="waha-header"><div class="container">
<a href="/ar/Pages/default.aspx" class="waha-header__logo"><img src="/PublishingImages/logo-ar.png" alt="واحة للتأمين التعاوني" /></a>
<nav class="waha-nav"><ul><li><a href="/ar/Individuals/Pages/Health.aspx">التأمين الصحي</a></li><li><a href="/ar/Individuals/Pages/Motor.aspx">تأمين المركبات</a></li><li><a href="/ar/Individuals/Pages/Travel.aspx">تأمين السفر</a></li><li><a href="/ar/Corporate/Pages/default.aspx">الشركات</a></li><li><a href="/ar/Pages/Claims.aspx">المطالبات</a></li><li><a href="/ar/InvestorRelations/Pages/default.aspx">علاقات المستثمرين</a></li></ul></nav>
</div></header>
<div id="contentRow"><div id="contentBox" aria-live="polite" aria-relevant="all">
<div id="DeltaPlaceHolderMain">
<a id="mainContent" name="mainContent" tabindex="-1"></a>
<div class="article article-body container">
<div class="page-header"><h1 class="ms-rteElement-H1">%(h1)s</h1></div>
<div class="article-content">
<div id="ctl00_PlaceHolderMain_ctl01_label" style='display:none'>محتوى الصفحة</div><div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl01_label">%(field)s</div>
</div>
<div class="ms-clear"></div>
</div>
</div>
</div></div>
<footer class="waha-footer"><div class="container">
<ul class="waha-footer__links"><li><a href="/ar/Pages/PrivacyPolicy.aspx">سياسة الخصوصية</a></li><li><a href="/ar/Pages/Terms.aspx">الشروط والأحكام</a></li><li><a href="/ar/Pages/Complaints.aspx">الشكاوى</a></li><li><a href="/ar/Pages/Disclosures.aspx">الإفصاحات</a></li></ul>
<p class="waha-footer__regulated">شركة مساهمة سعودية خاضعة لرقابة وإشراف هيئة التأمين. رأس المال المدفوع 600,000,000 ريال سعودي.</p>
<p class="waha-footer__copy">جميع الحقوق محفوظة © %(year)d واحة للتأمين التعاوني</p>
</div></footer>
</div></div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;window.g_updateFormDigestPageLoaded = new Date(); window.g_updateFormDigestPageLoaded.setDate(window.g_updateFormDigestPageLoaded.getDate() -5);var _fV4UI = true;
function _RegisterWebPartPageCUI()
{
    var initInfo = {editable: false,isEditMode: false,allowWebPartAdder: false,listId: "{8f1d2c3b-4a5e-4f6a-9b7c-0d1e2f3a4b5c}",itemId: 27,recycleBinEnabled: true,enableMinorVersioning: true,enableModeration: true,forceCheckout: true,rootFolderUrl: "\\u002far\\u002fPages",itemPermissions:{High:16,Low:196673}};
    SP.Ribbon.WebPartComponent.registerWithPageManager(initInfo);
}
ExecuteOrDelayUntilScriptLoaded(_RegisterWebPartPageCUI, "sp.ribbon.js");
var __wpmExportWarning='This Web Part Page has been personalized. As a result, one or more Web Part properties may contain confidential information. Make sure the properties contain information that is safe for others to read. After exporting this Web Part, view properties in the Web Part description file (.WebPart) by using a text editor such as Microsoft Notepad.';var __wpmCloseProviderWarning='You are about to close this Web Part.  It is currently providing data to other Web Parts, and these connections will be deleted if this Web Part is closed.  To close this Web Part, click OK.  To keep this Web Part, click Cancel.';var __wpmDeleteWarning='You are about to permanently delete this Web Part.  Are you sure you want to do this?  To delete this Web Part, click OK.  To keep this Web Part, click Cancel.';//]]>
</script>
</form>
</body>
</html>
""" % {"digest": state["digest"], "vs": state["viewstate"], "corr": state["corr"], "iso": C.iso(when),
       "datebar": datebar, "h1": C.inline_html(h1[1]), "field": field, "year": when.year}


PAGE = {
    "service": "Waha Cooperative Insurance",
    "url": "https://www.waha-ins.com.sa/ar/Pages/PrivacyPolicy.aspx",
    "lang": "ar",
    "platform": "SharePoint Server 2016 publishing site (custom RTL master page)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Microsoft-IIS/10.0"), ("X-SharePointHealthScore", "0"), ("SPRequestGuid", "0"),
                      ("X-AspNet-Version", "4.0.30319"), ("MicrosoftSharePointTeamServices", "16.0.0.5413"),
                      ("X-Powered-By", "ASP.NET")],
    "n": 30,
    "start": dt.date(2023, 3, 20),
    "end": dt.date(2025, 10, 30),
    "hours": (5, 11, 17),
    "policy": POLICY,
    "first_updated": dt.date(2022, 12, 4),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.waha-ins.com.sa/ar/Pages/PrivacyPolicy.aspx",
                    "select": [".article-body .page-header h1", "#ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField"]},
}
