"""Freight forwarder and customs broker (UAE), Arabic, right-to-left, on Sitecore 10 with SXA: the title in an SXA
Title component, the policy in a Rich Text component; the declaration selects both. Per visit the Sitecore Forms
"request a quote" form in the footer carries a new __RequestVerificationToken and FormSessionId; the SXA theme's
optimized CSS/JS ?t= stamps change on theme publishes (sticky). Fairly clean."""
import datetime as dt
import html

import common as C

URL = "https://www.gulfbridgefreight.ae/ar/privacy-policy"

POLICY = """# سياسة الخصوصية

آخر تحديث: {UPDATED}

تلتزم شركة جسر الخليج للشحن والتخليص الجمركي ذ.م.م ("جسر الخليج" أو "نحن") بحماية خصوصية عملائها وشركائها وزوار موقعها الإلكتروني. توضح هذه السياسة كيفية جمع البيانات الشخصية واستخدامها ومشاركتها وحمايتها عند استخدامك لخدمات الشحن الجوي والبحري والبري، والتخليص الجمركي، والتخزين، وتتبع الشحنات عبر موقعنا أو تطبيقنا، وذلك وفقاً للمرسوم بقانون اتحادي رقم 45 لسنة 2021 بشأن حماية البيانات الشخصية في دولة الإمارات العربية المتحدة.

## 1. من نحن

جسر الخليج للشحن والتخليص الجمركي ذ.م.م هي شركة مرخصة في إمارة دبي، رقم الرخصة التجارية 712345، ومسجلة لدى جمارك دبي كوكيل شحن ومخلص جمركي.

@ جسر الخليج للشحن والتخليص الجمركي ذ.م.م
@ المنطقة الحرة لجبل علي، المبنى LOB 15، المكتب 412
@ ص.ب. 261234، دبي، الإمارات العربية المتحدة
@ هاتف: 97148801234+

## 2. البيانات التي نجمعها

نجمع البيانات الضرورية لتنفيذ خدماتنا فقط، وتشمل:

- بيانات الهوية والاتصال: الاسم، المسمى الوظيفي، اسم الشركة، رقم الهاتف، البريد الإلكتروني، العنوان.
- بيانات التخليص الجمركي: رقم الهوية الإماراتية أو جواز السفر، رقم الرخصة التجارية، الرقم الجمركي للمستورد أو المصدر، رقم التسجيل الضريبي.
- بيانات الشحنة: اسم الشاحن والمرسل إليه، الفواتير التجارية، قوائم التعبئة، بوالص الشحن، وصف البضائع وقيمتها ومنشأها.
- البيانات المالية: تفاصيل الحساب البنكي، سجلات الدفع والفواتير، ومبالغ الرسوم الجمركية وضريبة القيمة المضافة المدفوعة نيابة عنك.
- البيانات التقنية: عنوان IP، نوع المتصفح، سجلات الدخول إلى بوابة العملاء، وملفات تعريف الارتباط.

عندما تزودنا ببيانات أشخاص آخرين، مثل المرسل إليه أو المورد أو موظفي شركتك، فإنك تؤكد أنك أبلغتهم بمشاركة بياناتهم معنا وبأغراض استخدامها الواردة في هذه السياسة. نستخدم هذه البيانات فقط بالقدر اللازم لنقل الشحنة وتخليصها وتسليمها.

نقوم بتسجيل المكالمات الواردة إلى مركز خدمة العملاء لأغراض الجودة والتدريب ولتوثيق التعليمات المتعلقة بالشحنات، ونحتفظ بهذه التسجيلات لمدة 6 أشهر. كما تخضع مستودعاتنا ومناطق التحميل لمراقبة بالكاميرات لحماية البضائع والعاملين، وتُحفظ التسجيلات لمدة 90 يوماً ما لم تكن مطلوبة للتحقيق في حادث أو مطالبة تأمينية.

## 3. أغراض معالجة البيانات

نستخدم بياناتك الشخصية للأغراض التالية:

| الغرض | الأساس القانوني |
| حجز الشحنات وتنفيذها وتتبعها | تنفيذ العقد |
| إعداد البيانات الجمركية وتقديمها إلى السلطات | الالتزام القانوني |
| إصدار الفواتير وتحصيل المدفوعات | تنفيذ العقد والالتزام القانوني |
| التحقق من العملاء ومكافحة غسل الأموال وفحص قوائم العقوبات | الالتزام القانوني |
| إرسال عروض الأسعار والنشرات التسويقية | الموافقة أو المصلحة المشروعة |

## 4. مشاركة البيانات

لا نبيع بياناتك الشخصية. قد نشارك البيانات مع الجهات التالية بالقدر اللازم لتنفيذ الخدمة:

- خطوط الطيران وشركات الملاحة وشركات النقل البري التي تنقل شحنتك؛
- وكلائنا وشركائنا في بلدان المنشأ والوجهة؛
- الجمارك والهيئات الحكومية، مثل جمارك دبي والهيئة الاتحادية للهوية والجنسية والجمارك وأمن المنافذ، والجهات الرقابية الأخرى؛
- منصات الحكومة الإلكترونية مثل بوابة دبي التجارية؛
- شركات التأمين عند التأمين على البضائع أو تقديم مطالبة؛
- مزودي خدمات تقنية المعلومات والاستضافة السحابية الذين يعملون نيابة عنا.

## 5. نقل البيانات خارج الدولة

بحكم طبيعة الشحن الدولي، يتم نقل بيانات الشحنة إلى دول أخرى. نحرص على أن يتم النقل وفقاً لأحكام القانون، وأن يلتزم شركاؤنا بمستوى مناسب من الحماية من خلال اتفاقيات تعاقدية.

## 6. مدة الاحتفاظ بالبيانات

| نوع البيانات | مدة الاحتفاظ |
| المستندات الجمركية وبوالص الشحن | 5 سنوات من تاريخ التخليص |
| السجلات المالية والضريبية | 5 سنوات وفقاً لقانون ضريبة القيمة المضافة |
| بيانات حساب بوابة العملاء | طوال مدة الحساب وسنة بعد إغلاقه |
| طلبات عروض الأسعار التي لم تتحول إلى حجز | 12 شهراً |

## 7. حقوقك

يحق لك طلب الاطلاع على بياناتك الشخصية، وتصحيح البيانات غير الدقيقة، وطلب حذف بياناتك أو تقييد معالجتها في الحالات التي يسمح بها القانون، والاعتراض على المعالجة لأغراض التسويق المباشر، وسحب موافقتك في أي وقت. يمكنك تقديم طلبك عبر البريد الإلكتروني privacy@gulfbridgefreight.ae، وسنرد عليك خلال 30 يوماً. كما يحق لك تقديم شكوى إلى مكتب الإمارات للبيانات.

### التسويق

نرسل النشرات الإخبارية وتحديثات أسعار الشحن والعروض الخاصة إلى العملاء من الشركات على أساس المصلحة المشروعة، وإلى الأفراد بعد الحصول على موافقتهم. يمكنك إلغاء الاشتراك في أي وقت من خلال الرابط الموجود في أسفل كل رسالة، أو بالتواصل مع مدير حسابك. لا نستخدم بيانات شحناتك أو قيمة بضائعك في الإعلانات الموجهة، ولا نشاركها مع أطراف ثالثة لأغراض تسويقية.

### القاصرون

خدماتنا موجهة إلى الشركات والأفراد البالغين، ولا نجمع عن قصد بيانات شخصية من أشخاص تقل أعمارهم عن 18 عاماً من خلال موقعنا أو بوابة العملاء.

## 8. أمن المعلومات

نطبق تدابير تقنية وتنظيمية لحماية بياناتك، منها تشفير الاتصالات مع بوابة العملاء، والتحقق الثنائي لحسابات الموظفين، وتقييد الوصول إلى المستندات الجمركية على الموظفين المختصين فقط. تُحفظ المستندات الورقية في خزائن مقفلة في مستودعاتنا المراقبة بالكاميرات.

## 9. ملفات تعريف الارتباط

يستخدم موقعنا ملفات تعريف الارتباط الضرورية لتشغيله، وملفات تحليلية لقياس الزيارات بعد الحصول على موافقتك. يمكنك تغيير تفضيلاتك في أي وقت من خلال رابط "إعدادات ملفات تعريف الارتباط" في أسفل الصفحة.

## 10. التعديلات على هذه السياسة

قد نقوم بتحديث هذه السياسة من وقت لآخر. ننشر النسخة المحدثة على هذه الصفحة مع تاريخ آخر تحديث.
"""

MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
          "ديسمبر"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "quote-request retention changed from 12 to 24 months",
     "repl": [("| طلبات عروض الأسعار التي لم تتحول إلى حجز | 12 شهراً |",
               "| طلبات عروض الأسعار التي لم تتحول إلى حجز | 24 شهراً |")]},
    {"note": "recipient added: e-commerce marketplaces (cross-border e-commerce)",
     "repl": [("- شركات التأمين عند التأمين على البضائع أو تقديم مطالبة؛",
               "- شركات التأمين عند التأمين على البضائع أو تقديم مطالبة؛\n"
               "- منصات التجارة الإلكترونية التي تطلب منا توصيل طلبات عملائها عبر الحدود؛")]},
    {"note": "office moved within JAFZA (address line changed)",
     "repl": [("@ المنطقة الحرة لجبل علي، المبنى LOB 15، المكتب 412",
               "@ المنطقة الحرة لجبل علي، مبنى JAFZA One، البرج B، الطابق 9")]},
    {"note": "new section on WhatsApp shipment notifications",
     "repl": [("## 5. نقل البيانات خارج الدولة",
               "## 5. إشعارات واتساب\n\nإذا اخترت تلقي تحديثات الشحنة عبر واتساب، فإننا نرسل رقم هاتفك ورقم "
               "الشحنة إلى شركة Meta بصفتها مزود خدمة الرسائل. يمكنك إيقاف هذه الإشعارات في أي وقت بالرد بكلمة "
               "\"إيقاف\".\n\n## 6. نقل البيانات خارج الدولة"),
              ("## 6. مدة الاحتفاظ", "## 7. مدة الاحتفاظ"), ("## 7. حقوقك", "## 8. حقوقك"),
              ("## 8. أمن المعلومات", "## 9. أمن المعلومات"), ("## 9. ملفات تعريف", "## 10. ملفات تعريف"),
              ("## 10. التعديلات", "## 11. التعديلات")]},
    {"note": "word inserted: response time 'calendar' days (no date bump)", "bump": False,
     "repl": [("وسنرد عليك خلال 30 يوماً.", "وسنرد عليك خلال 30 يوماً تقويمياً.")]},
]


def noise(rng, when, i, prev):
    prev = prev or {}
    return {
        "token": C.b64tok(rng, 69).replace("+", "-").replace("/", "_").rstrip("="),
        "session": C.uuid4(rng),
        "theme": C.keep_or(rng, prev.get("theme"), 0.15,
                           lambda: ((dt.datetime(1970, 1, 1) + dt.timedelta(seconds=C.epoch(when) - rng.randint(7200, 50 * 86400)))
                                    .strftime("%Y%m%dT%H%M%SZ"))),
    }


LABELS = {"token": "__RequestVerificationToken (Sitecore Forms)", "session": "Sitecore Forms FormSessionId",
          "theme": "SXA theme ?t= publish stamp"}


def fill(tpl, **kw):
    for k, v in kw.items():
        tpl = tpl.replace("{{%s}}" % k, str(v))
    return tpl


TPL = """


<!DOCTYPE html>
<!--[if IE]><![endif]-->
<html lang="ar-AE" dir="rtl">
<head>
<link href="/-/media/Base-Themes/Core-Libraries/styles/optimized-min.css?t={{theme}}" rel="stylesheet" /><link href="/-/media/Base-Themes/Main-Theme/styles/optimized-min.css?t={{theme}}" rel="stylesheet" /><link href="/-/media/Themes/GBF/GBF/GBF-Theme/styles/pre-optimized-min.css?t={{theme}}" rel="stylesheet" /><link href="/-/media/Themes/GBF/GBF/GBF-Theme-RTL/styles/pre-optimized-min.css?t={{theme}}" rel="stylesheet" />

    
    
    <title>سياسة الخصوصية | جسر الخليج للشحن</title>



    <link href="/-/media/Project/GBF/GBF/favicon.ico" rel="shortcut icon" />



<meta property="og:title"  content="سياسة الخصوصية"><meta property="og:url"  content="https://www.gulfbridgefreight.ae/ar/privacy-policy"><meta property="og:site_name"  content="Gulf Bridge Freight">



<meta  name="description" content="سياسة الخصوصية لشركة جسر الخليج للشحن والتخليص الجمركي">


<meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="alternate" hreflang="en" href="https://www.gulfbridgefreight.ae/en/privacy-policy" /><link rel="alternate" hreflang="ar" href="https://www.gulfbridgefreight.ae/ar/privacy-policy" />

<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-W9K2M4B');</script>
<!-- End Google Tag Manager -->
<script type="text/javascript" src="https://cdn.cookielaw.org/consent/0f3e8d2a-7b1c-4a5e-9d6f-1c2b3a4d5e6f/OtAutoBlock.js" ></script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-document-language="true" type="text/javascript" charset="UTF-8" data-domain-script="0f3e8d2a-7b1c-4a5e-9d6f-1c2b3a4d5e6f" ></script>
<script type="text/javascript">function OptanonWrapper() { }</script>
</head>
<body class="default-device bodyclass rtl">
    <!-- Google Tag Manager (noscript) -->
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-W9K2M4B" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<!-- End Google Tag Manager (noscript) -->
    
<div id="wrapper">
    <header>
        <div id="header" class="container-fluid">
            <div class="row">
<div class="component container col-12 header-top">
    <div class="component-content" >
<div class="row">
<div class="component link-list col-12 col-md-8 top-links">
    <div class="component-content">
        
                <ul>
                        <li class="item0 odd first">
<div class="field-link"><a href="/ar/track" data-variantitemid="{7C1B2D3E-4F5A-6B7C-8D9E-0F1A2B3C4D5E}" data-variantfieldname="Link">تتبع الشحنة</a></div>                        </li>
                        <li class="item1 even">
<div class="field-link"><a href="/ar/customer-portal" data-variantitemid="{7C1B2D3E-4F5A-6B7C-8D9E-0F1A2B3C4D5E}" data-variantfieldname="Link">بوابة العملاء</a></div>                        </li>
                        <li class="item2 odd last">
<div class="field-link"><a href="/en/privacy-policy" data-variantitemid="{7C1B2D3E-4F5A-6B7C-8D9E-0F1A2B3C4D5E}" data-variantfieldname="Link">English</a></div>                        </li>
                </ul>
    </div>
</div>
</div>    </div>
</div>

<div class="component image file-type-icon-media-link col-6 col-md-3 logo">
    <div class="component-content">
<a title="جسر الخليج للشحن" href="/ar"><img src="/-/media/Project/GBF/GBF/logo-ar.svg?h=60&amp;iar=0&amp;w=220&amp;hash=9E3B1C2A4D5F6E7A8B9C0D1E2F3A4B5C" alt="جسر الخليج للشحن" width="220" height="60" data-variantitemid="{A1B2C3D4-E5F6-4789-ABCD-EF0123456789}" data-variantfieldname="Image" /></a>    </div>
</div>

<div class="component navigation col-12 col-md-9 navigation-main navigation-main-horizontal">
    <div class="component-content">
        <nav>
<ul class="clearfix">
        <li class=" level1 submenu item0 odd first rel-level1">
<div class="navigation-title field-navigationtitle"><a title="الخدمات" href="/ar/services">الخدمات</a></div>        </li>
        <li class=" level1 item1 even rel-level1">
<div class="navigation-title field-navigationtitle"><a title="الشحن الجوي" href="/ar/services/air-freight">الشحن الجوي</a></div>        </li>
        <li class=" level1 item2 odd rel-level1">
<div class="navigation-title field-navigationtitle"><a title="الشحن البحري" href="/ar/services/ocean-freight">الشحن البحري</a></div>        </li>
        <li class=" level1 item3 even rel-level1">
<div class="navigation-title field-navigationtitle"><a title="التخليص الجمركي" href="/ar/services/customs-clearance">التخليص الجمركي</a></div>        </li>
        <li class=" level1 item4 odd last rel-level1">
<div class="navigation-title field-navigationtitle"><a title="اتصل بنا" href="/ar/contact">اتصل بنا</a></div>        </li>
</ul>
        </nav>
    </div>
</div>
</div>
        </div>
    </header>
    <main>
        <div id="content" class="container-fluid">
            <div class="row">
<div class="component breadcrumb navigation-title col-12">
    <div class="component-content">
        <nav>
            <ol>
                    <li class="breadcrumb-item home">
<div class="navigation-title field-navigationtitle"><a title="الرئيسية" href="/ar">الرئيسية</a></div>                            <span class="separator">/</span>
                    </li>
                    <li class="breadcrumb-item last">
<div class="navigation-title field-navigationtitle"><a title="سياسة الخصوصية" href="/ar/privacy-policy">سياسة الخصوصية</a></div>                    </li>
            </ol>
        </nav>
    </div>
</div>

<div class="component title col-12 page-title">
    <div class="component-content">
<div class="field-title"><h1>{{title}}</h1></div>    </div>
</div>

<div class="component rich-text col-12 col-lg-9 legal-text">
    <div class="component-content">
{{body}}    </div>
</div>
</div>
        </div>
    </main>
    <footer>
        <div id="footer" class="container-fluid">
            <div class="row">
<div class="component sitecore-form col-12 col-lg-6 quote-form">
    <div class="component-content">
<form action="/formbuilder?sc_site=GBF&amp;sc_lang=ar&amp;fxb.FormItemId=1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b&amp;fxb.HtmlPrefix=fxb.9b7c5d3e-1f2a-4b6c-8d0e-2f4a6b8c0d1e" data-ajax="true" data-ajax-method="Post" data-ajax-mode="replace-with" data-ajax-success="$.validator.unobtrusive.parse(&#39;#fxb_9b7c5d3e-1f2a-4b6c-8d0e-2f4a6b8c0d1e&#39;);$.fxbFormTracker.texts={};$.fxbFormTracker.startTracking(&#39;#fxb_9b7c5d3e-1f2a-4b6c-8d0e-2f4a6b8c0d1e&#39;);" data-ajax-update="#fxb_9b7c5d3e-1f2a-4b6c-8d0e-2f4a6b8c0d1e" data-sc-fxb="1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b" enctype="multipart/form-data" id="fxb_9b7c5d3e-1f2a-4b6c-8d0e-2f4a6b8c0d1e" method="post"><input name="__RequestVerificationToken" type="hidden" value="{{token}}" /><input id="fxb_9b7c5d3e-1f2a-4b6c-8d0e-2f4a6b8c0d1e_FormSessionId" name="fxb.9b7c5d3e-1f2a-4b6c-8d0e-2f4a6b8c0d1e.FormSessionId" type="hidden" value="{{session}}" /><input id="fxb_9b7c5d3e-1f2a-4b6c-8d0e-2f4a6b8c0d1e_IsSessionExpired" name="fxb.9b7c5d3e-1f2a-4b6c-8d0e-2f4a6b8c0d1e.IsSessionExpired" type="hidden" value="0" /><input name="fxb.9b7c5d3e-1f2a-4b6c-8d0e-2f4a6b8c0d1e.FormItemId" type="hidden" value="1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b" /><input name="fxb.9b7c5d3e-1f2a-4b6c-8d0e-2f4a6b8c0d1e.PageItemId" type="hidden" value="5a6b7c8d-9e0f-4a1b-2c3d-4e5f6a7b8c9d" />
<h2 class="">اطلب عرض سعر</h2>
<label for="fxb_9b7c5d3e_Fields_Name" class="">الاسم</label>
<input id="fxb_9b7c5d3e_Fields_Name" name="fxb.9b7c5d3e.Fields[0].Value" class=" form-control" type="text" value="" maxlength="255" placeholder="الاسم" data-sc-tracking="True" data-sc-field-name="Name" data-val-required="حقل الاسم مطلوب." data-val="true"/>
<label for="fxb_9b7c5d3e_Fields_Email" class="">البريد الإلكتروني</label>
<input id="fxb_9b7c5d3e_Fields_Email" name="fxb.9b7c5d3e.Fields[1].Value" class=" form-control" type="email" value="" maxlength="255" placeholder="البريد الإلكتروني" data-sc-tracking="True" data-sc-field-name="Email" data-val-email="البريد الإلكتروني غير صالح." data-val="true"/>
<input value="إرسال" type="submit" class="btn btn-primary" name="fxb.9b7c5d3e.NavigationButtons" data-sc-field-key="F3A1B2C4D5E6F7A8B9C0D1E2F3A4B5C6" />
</form>    </div>
</div>

<div class="component rich-text col-12 col-lg-6 footer-contact">
    <div class="component-content">
<p>جسر الخليج للشحن والتخليص الجمركي ذ.م.م<br />المنطقة الحرة لجبل علي، دبي<br /><a href="tel:+97148801234">97148801234+</a></p>
<p><a href="/ar/terms">الشروط والأحكام</a> | <a href="/ar/privacy-policy">سياسة الخصوصية</a> | <a class="ot-sdk-show-settings" href="#">إعدادات ملفات تعريف الارتباط</a></p>
<p>© {{year}} جميع الحقوق محفوظة</p>    </div>
</div>
</div>
        </div>
    </footer>
</div>
    
<script src="/-/media/Base-Themes/Core-Libraries/scripts/optimized-min.js?t={{theme}}"></script><script src="/-/media/Base-Themes/XA-API/Scripts/optimized-min.js?t={{theme}}"></script><script src="/-/media/Base-Themes/Main-Theme/scripts/optimized-min.js?t={{theme}}"></script><script src="/-/media/Themes/GBF/GBF/GBF-Theme/scripts/pre-optimized-min.js?t={{theme}}"></script><script src="/sitecore%20modules/Web/ExperienceForms/scripts/form.validate.js"></script><script src="/sitecore%20modules/Web/ExperienceForms/scripts/form.tracking.js"></script><script src="/sitecore%20modules/Web/ExperienceForms/scripts/form.conditions.js"></script>    <!-- /#wrapper -->
</body>
</html>
"""


def render(s, blocks, when):
    return fill(TPL, title=html.escape(blocks[0][1], quote=False), body=C.blocks_html(blocks[1:]), token=s["token"],
                session=s["session"], theme=s["theme"], year=when.year)


PAGE = {
    "service": "Gulf Bridge Freight",
    "url": URL,
    "lang": "ar",
    "platform": "Sitecore 10.2 XM + SXA",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Microsoft-IIS/10.0"), ("X-Frame-Options", "SAMEORIGIN"),
                      ("Content-Language", "ar-AE"), ("Cache-Control", "private")),
    "n": 29,
    "start": dt.date(2022, 1, 10),
    "end": dt.date(2025, 5, 31),
    "hours": (4, 16),
    "policy": POLICY,
    "first_updated": dt.date(2022, 1, 2),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": [".page-title .field-title", ".legal-text > .component-content"]},
}
