"""Daw (Egyptian photo-lab chain, Arabic, RTL), Odoo Website with eCommerce (upgraded from Odoo 16 to 17 during the
window), a custom 'printed today' snippet and a call-to-action block inside the page's #wrap."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import phkit as K  # noqa: E402

POLICY = """
# سياسة الخصوصية

آخر تحديث: {UPDATED}

تلتزم شركة ضوء للتصوير والطباعة ("ضوء" أو "نحن") بحماية خصوصية عملائها. توضح هذه السياسة كيف نجمع بياناتك الشخصية ونستخدمها ونحميها عند استخدامك لموقعنا الإلكتروني أو تطبيق ضوء، أو عند زيارتك لأحد فروعنا لطباعة الصور أو تحميض الأفلام أو تصوير صور جوازات السفر والبطاقات الشخصية. ونلتزم في ذلك بأحكام قانون حماية البيانات الشخصية المصري رقم ١٥١ لسنة ٢٠٢٠ ولائحته التنفيذية. يُرجى قراءة هذه السياسة بعناية قبل استخدام خدماتنا، واستخدام خدماتنا يعني اطلاعك عليها.

## أولًا: البيانات التي نجمعها

- **بيانات التعريف والتواصل:** الاسم ورقم الهاتف المحمول والبريد الإلكتروني وعنوان التوصيل.
- **الصور والملفات:** الصور التي ترفعها للطباعة عبر الموقع أو التطبيق أو تسلّمها في الفرع على فلاشة أو كارت ذاكرة، والأفلام التي تسلّمها للتحميض.
- **بيانات الطلبات:** المنتجات والمقاسات المطلوبة والفرع المختار للاستلام وطريقة الدفع وحالة الطلب.
- **الصور الشخصية الرسمية:** عند طلب صور جواز السفر أو التأشيرة نلتقط صورتك الشخصية فقط، ولا نطلب أي نسخة من مستنداتك الرسمية.
- **بيانات الاستخدام:** عنوان IP ونوع الجهاز والمتصفح والصفحات التي تزورها.
- **بيانات برنامج الولاء:** رصيد نقاط «ضوء بلس» وسجل استبدالها، إذا كنت مشتركًا في البرنامج.
- **بيانات المراسلات:** محتوى الرسائل التي ترسلها إلينا عبر واتساب أو صفحتنا على فيسبوك أو نموذج التواصل، وتسجيلات مكالمات الخط الساخن التي نحتفظ بها لأغراض ضمان الجودة لمدة ٩٠ يومًا.

## ثانيًا: أغراض استخدام البيانات

| الغرض | البيانات المستخدمة | الأساس القانوني |
| تنفيذ طلبات الطباعة والتحميض والتوصيل | بيانات التواصل والصور وبيانات الطلبات | تنفيذ التعاقد |
| إرسال رسائل حالة الطلب عبر SMS وواتساب | رقم الهاتف | تنفيذ التعاقد |
| تحصيل المدفوعات وإصدار الفواتير الإلكترونية | بيانات الطلبات | التزام قانوني |
| العروض الموسمية وخصومات ألبومات الصور | الاسم ورقم الهاتف والبريد الإلكتروني | موافقتك |
| تحسين الموقع والتطبيق | بيانات الاستخدام | مصلحتنا المشروعة |

لا نتخذ قرارات تؤثر عليك بشكل جوهري بناءً على معالجة آلية بحتة، ولا نبيع بياناتك أو نؤجرها لأغراض تسويقية.

## ثالثًا: صورك في أمان

لا يطّلع على صورك إلا فنيو المعمل المكلفون بطباعة طلبك ومراجعة جودته. لا ننشر صورك ولا نستخدمها في أي دعاية دون إذن كتابي منك. تُحذف الصور المرفوعة عبر الموقع أو التطبيق تلقائيًا بعد ٣٠ يومًا من استلام الطلب، وتُحذف الصور المنسوخة من أجهزة الفرع فور انتهاء الطباعة. أما الأفلام السالبة (النيجاتيف) فتُسلَّم إليك مع الصور ولا نحتفظ بنسخ منها.

إذا طلبت منا تصحيح الألوان أو ترميم صورة قديمة، يعمل المختص على نسخة من الصورة داخل المعمل فقط، ولا تُرسل الصورة إلى أي جهة خارجية. ويمكنك في أي وقت أن تطلب حذف صورك المرفوعة قبل انتهاء المدة المذكورة من صفحة طلباتي في حسابك، وتطبق معاملنا في القاهرة والإسكندرية الإجراءات نفسها.

تُحفظ صور جواز السفر والتأشيرة التي نلتقطها في الفرع لمدة ٧ أيام لتمكينك من طلب نسخ إضافية بالمقاس نفسه، ثم تُحذف نهائيًا. ونحتفظ بالطلبات المطبوعة التي لم تُستلم من الفرع لمدة ٦٠ يومًا، ثم نتلفها بآلة تمزيق الورق دون الاطلاع على محتواها، ويمكنك أن تطلب تمديد هذه المدة بالتواصل مع الفرع.

## رابعًا: مشاركة البيانات

لا نبيع بياناتك الشخصية لأي طرف. نشارك الحد الأدنى من البيانات مع مقدمي الخدمات الذين يساعدونا في تقديم خدماتنا، ونلزمهم تعاقديًا بالحفاظ على سريتها:

| مقدم الخدمة | الخدمة | البيانات |
| Paymob | الدفع الإلكتروني بالبطاقات والمحافظ | بيانات الدفع |
| فوري | الدفع النقدي في منافذ فوري | رقم الطلب والمبلغ |
| بوسطة (Bosta) | توصيل الطلبات للمنازل | الاسم والعنوان ورقم الهاتف |
| Microsoft Azure | استضافة الموقع وتخزين الصور | جميع البيانات |

قد نفصح عن بياناتك للجهات القضائية أو الرقابية المختصة إذا ألزمنا القانون بذلك.

عند الدفع ببطاقة بنكية في الفرع تتم العملية عبر ماكينة نقاط البيع التابعة للبنك، ولا نطّلع على بيانات بطاقتك ولا نحتفظ بها. ولا ننقل بياناتك إلى خارج جمهورية مصر العربية إلا في الحالات التي يسمح بها القانون وبعد الحصول على الترخيص اللازم من مركز حماية البيانات الشخصية.

## خامسًا: مدة الاحتفاظ بالبيانات

نحتفظ ببيانات حسابك طوال فترة نشاطه، وبالفواتير وسجلات المدفوعات لمدة ٥ سنوات وفقًا لقانون الضريبة على القيمة المضافة وقانون الإجراءات الضريبية الموحد. أما الصور فتُحذف وفق المدد الموضحة في البند ثالثًا. إذا لم تستخدم حسابك لمدة ثلاث سنوات متتالية فإننا نحذفه بعد إخطارك عبر البريد الإلكتروني.

## سادسًا: حقوقك

وفقًا لقانون حماية البيانات الشخصية يحق لك:

- العلم بالبيانات الشخصية التي نحتفظ بها عنك والحصول على نسخة منها.
- تصحيح بياناتك أو تحديثها أو استكمالها.
- طلب محو بياناتك أو تقييد معالجتها.
- سحب موافقتك على الرسائل التسويقية في أي وقت بإرسال كلمة "إلغاء" أو من خلال إعدادات حسابك.
- الاعتراض على معالجة بياناتك أو على نتائجها متى تعارضت مع حقوقك الأساسية.
- الإخطار بأي خرق أو انتهاك لبياناتك الشخصية.
- تقديم شكوى إلى مركز حماية البيانات الشخصية.

نرد على طلبك خلال ستة أيام عمل من تاريخ استلامه. ولممارسة أي من هذه الحقوق، أرسل طلبك إلى البريد الإلكتروني المذكور أدناه أو سلّمه مكتوبًا في أي فرع من فروعنا، وقد نطلب منك ما يثبت هويتك قبل تنفيذ الطلب.

## سابعًا: ملفات تعريف الارتباط (الكوكيز)

نستخدم ملفات تعريف الارتباط الضرورية لتشغيل سلة المشتريات وتسجيل الدخول وحفظ اللغة المختارة، وملفات تحليلية لفهم كيفية استخدام الموقع. يمكنك التحكم فيها أو حذفها من إعدادات المتصفح، مع العلم أن تعطيل الملفات الضرورية قد يمنع إتمام الطلب. ولا نستخدم ملفات تعريف الارتباط الإعلانية التابعة لأطراف ثالثة إلا بعد موافقتك من خلال نافذة الموافقة التي تظهر عند زيارتك الأولى للموقع.

## ثامنًا: حماية البيانات

نستخدم اتصالات مشفرة (HTTPS) ونقصر الوصول إلى البيانات على الموظفين المختصين، ونلزم جميع العاملين في الفروع والمعمل باتفاقيات سرية. وتُحفظ أجهزة الفروع بكلمات مرور وتُمسح ذاكرتها المؤقتة يوميًا. ونراجع صلاحيات الوصول بشكل دوري ونلغي حسابات الموظفين فور انتهاء عملهم لدينا.

فروعنا مزودة بكاميرات مراقبة لأغراض الأمن وحماية العملاء والعاملين، ويُحتفظ بالتسجيلات لمدة ٣٠ يومًا ثم تُحذف تلقائيًا، ما لم تكن مطلوبة للتحقيق في واقعة محددة أو بناءً على طلب جهة مختصة.

## تاسعًا: الأطفال

لا نجمع عن قصد بيانات شخصية من الأطفال دون سن الثامنة عشرة إلا بموافقة ولي الأمر، كما في حالة تصوير الأطفال لاستخراج جوازات السفر بحضور أحد الوالدين. وإذا علمنا أننا جمعنا بيانات طفل دون موافقة وليّ أمره فسنحذفها فورًا.

## عاشرًا: التواصل معنا

لأي استفسار بخصوص هذه السياسة أو لممارسة حقوقك، تواصل مع مسؤول حماية البيانات لدينا:

@ شركة ضوء للتصوير والطباعة ش.م.م
@ ٢٧ شارع جامعة الدول العربية، المهندسين، الجيزة
@ البريد الإلكتروني: privacy@dawphoto.com.eg
@ الخط الساخن: 16842 (يوميًا من ١٠ صباحًا حتى ١٠ مساءً)
"""

EDITS = [
    {"note": "typo fixed (يساعدونا), date unchanged", "bump": False,
     "repl": [("الذين يساعدونا في", "الذين يساعدوننا في")]},
    {"note": "processor row added: Google Analytics",
     "repl": [("| Microsoft Azure | استضافة الموقع وتخزين الصور | جميع البيانات |",
               "| Microsoft Azure | استضافة الموقع وتخزين الصور | جميع البيانات |\n"
               "| Google Analytics | تحليل استخدام الموقع والتطبيق | بيانات الاستخدام |")]},
    {"note": "upload retention extended from 30 to 60 days",
     "repl": [("تلقائيًا بعد ٣٠ يومًا من استلام الطلب", "تلقائيًا بعد ٦٠ يومًا من استلام الطلب")]},
    {"note": "head office moved to New Cairo",
     "repl": [("@ ٢٧ شارع جامعة الدول العربية، المهندسين، الجيزة",
               "@ مبنى ١٢، القطاع الأول، مركز المدينة، التجمع الخامس، القاهرة الجديدة")]},
    {"note": "section added: changes to this policy",
     "repl": [("## عاشرًا: التواصل معنا",
               "## عاشرًا: تعديل هذه السياسة\n\nقد نقوم بتحديث هذه السياسة من وقت لآخر لمواكبة التغييرات في "
               "خدماتنا أو في القوانين المعمول بها. سننشر النسخة المحدثة على هذه الصفحة مع تاريخ آخر تحديث، "
               "وسنخطرك برسالة نصية أو بريد إلكتروني إذا كانت التعديلات جوهرية.\n\n"
               "## حادي عشر: التواصل معنا")]},
    {"note": "hotline number changed",
     "repl": [("@ الخط الساخن: 16842", "@ الخط الساخن: 19842")]},
]


def fmt_date(d):
    return K.digits("%d %s %d" % (d.day, K.MONTHS["ar"][d.month - 1], d.year), "ar")


UPGRADE = dt.datetime(2024, 6, 9, 22, 0)


def _ar_num(n):
    return K.digits("{:,}".format(n), "ar").replace(",", "٬")


def noise(rng, when, i, prev):
    p = prev or {}
    loc, off = K.local(when, "eg")
    deadline, h, m = K.cutoff(loc, 14)
    frac = max(0.0, min(1.0, (loc.hour - 9 + loc.minute / 60) / 13))
    printed = int(frac * rng.randint(9000, 14000)) + rng.randint(0, 40)
    v17 = when >= UPGRADE
    return {
        "odoo": "17.0" if v17 else "16.0",
        "assets": C.keep_or(rng, p.get("assets") if (p.get("odoo") == ("17.0" if v17 else "16.0")) else None, 0.15,
                            lambda: (rng.randint(2000, 9000), C.hexs(rng, 7), C.hexs(rng, 7), C.hexs(rng, 7))),
        "csrf": "%so%d" % (C.hexs(rng, 40), C.epoch(when) + 31536000),
        "cutoff": (h, m),
        "printed": printed,
        "branches": 14 if when < dt.datetime(2024, 2, 1) else 16,
    }


LABELS = {
    "odoo": "Odoo 16 -> 17 upgrade (asset URLs, header and footer markup)",
    "assets": "Odoo asset bundle versions (module updates)",
    "csrf": "Odoo csrf_token",
    "cutoff": "'order before 2 pm' same-day pickup countdown in the header",
    "printed": "'photos printed today' counter snippet inside #wrap (removed by the declaration)",
    "branches": "number of branches in the counter snippet",
}

MENU = [("طباعة الصور", "/ar/shop/category/prints-1"), ("ألبومات الصور", "/ar/shop/category/photobooks-2"),
        ("لوحات وبراويز", "/ar/shop/category/wall-art-3"), ("تحميض الأفلام", "/ar/film-developing"),
        ("صور الباسبور", "/ar/passport-photos"), ("فروعنا", "/ar/branches"), ("تواصل معنا", "/ar/contactus")]


def _odoo_html(blocks):
    def table(rows, inl):
        head = "<tr>%s</tr>" % "".join("<th>%s</th>" % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return '<table class="table table-bordered o_table"><thead>%s</thead><tbody>%s</tbody></table>' % (head,
                                                                                                        body)
    return K.render_blocks(blocks, table=table, tags={"p": ' style="text-align: right;"'},
                           addr=lambda lines, inl: '<p style="text-align: right;">%s</p>'
                           % "<br>".join(inl(x) for x in lines))


def render(state, blocks, when):
    v17 = state["odoo"] == "17.0"
    aid, css_v, min_v, lazy_v = state["assets"]
    title = blocks[0][1]
    body = blocks[1:]
    h, m = state["cutoff"]
    if v17:
        css = ('<link type="text/css" rel="stylesheet" href="/web/assets/1/%s/web.assets_frontend.rtl.min.css"/>'
               % css_v)
        js = ('<script type="text/javascript" src="/web/assets/1/%s/web.assets_frontend_minimal.min.js" '
              'onerror="__odooAssetError=1"></script>\n        <script type="text/javascript" data-src="/web/assets/'
              '1/%s/web.assets_frontend_lazy.min.js" onerror="__odooAssetError=1"></script>' % (min_v, lazy_v))
        header_cls = ' data-extra-items-toggle-aria-label="زر العناصر الإضافية" class="   o_header_standard" style=" "'
        wrapwrap = '<div id="wrapwrap" class="   ">'
    else:
        css = ('<link type="text/css" rel="stylesheet" href="/web/assets/%d-%s/1/web.assets_frontend.rtl.min.css" '
               'data-asset-bundle="web.assets_frontend" data-asset-version="%s"/>' % (aid, css_v, css_v))
        js = ('<script defer="defer" type="text/javascript" src="/web/assets/%d-%s/1/web.assets_frontend_minimal.min.js"'
              ' data-asset-bundle="web.assets_frontend_minimal" data-asset-version="%s"></script>\n        <script '
              'defer="defer" type="text/javascript" data-src="/web/assets/%d-%s/1/web.assets_frontend_lazy.min.js" '
              'data-asset-bundle="web.assets_frontend_lazy" data-asset-version="%s"></script>'
              % (aid + 1, min_v, min_v, aid + 2, lazy_v, lazy_v))
        header_cls = ' class="  o_header_standard"'
        wrapwrap = '<div id="wrapwrap" class="   ">'
    session = json.dumps({"is_admin": False, "is_system": False, "is_website_user": True, "user_id": False,
                          "is_frontend": True, "profile_session": None, "profile_collectors": None,
                          "profile_params": None, "show_effect": True,
                          "currencies": {"78": {"symbol": "ج.م", "position": "after", "digits": [69, 2]}},
                          "bundle_params": {"lang": "ar_001", "website_id": 1},
                          "translationURL": "/website/translations",
                          "cache_hashes": {"translations": C.det_sha("tr", css_v)[:40]},
                          "geoip_country_code": None, "geoip_phone_code": None, "lang_url_code": "ar"},
                         ensure_ascii=False)
    menu = "\n".join('    <li role="presentation" class="nav-item">\n        <a role="menuitem" href="%s" '
                     'class="nav-link ">\n            <span>%s</span>\n        </a>\n    </li>' % (u, t)
                     for t, u in MENU)
    hh = K.digits(h, "ar")
    mm = K.digits(m, "ar")
    return """<!DOCTYPE html>
<html lang="ar-001" dir="rtl" data-website-id="1" data-main-object="website.page(7,)" data-add2cart-redirect="1">
    <head>
        <meta charset="utf-8"/>
        <meta http-equiv="X-UA-Compatible" content="IE=edge"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="Odoo"/>
            <meta property="og:type" content="website"/>
            <meta property="og:title" content="%(title)s | ضوء"/>
            <meta property="og:site_name" content="ضوء"/>
            <meta property="og:url" content="https://www.dawphoto.com.eg/ar/privacy-policy"/>
            <meta property="og:image" content="https://www.dawphoto.com.eg/web/image/website/1/logo?unique=5d0e2c7"/>
        <link rel="canonical" href="https://www.dawphoto.com.eg/ar/privacy-policy"/>
        <link rel="alternate" hreflang="en" href="https://www.dawphoto.com.eg/privacy-policy"/>
        <link rel="alternate" hreflang="ar" href="https://www.dawphoto.com.eg/ar/privacy-policy"/>
        <link rel="alternate" hreflang="x-default" href="https://www.dawphoto.com.eg/privacy-policy"/>
        <link rel="preconnect" href="https://fonts.gstatic.com/" crossorigin=""/>
        <title>%(title)s | ضوء</title>
        <link type="image/x-icon" rel="shortcut icon" href="/web/image/website/1/favicon?unique=5d0e2c7"/>
        <link rel="preload" href="/web/static/src/libs/fontawesome/fonts/fontawesome-webfont.woff2?v=4.7.0" as="font" crossorigin=""/>
        %(css)s
        <script id="web.layout.odooscript" type="text/javascript">
            var odoo = {
                csrf_token: "%(csrf)s",
                debug: "",
            };
        </script>
        <script type="text/javascript">
            odoo.__session_info__ = %(session)s;
            if (!/(^|;\\s)tz=/.test(document.cookie)) {
                const userTZ = Intl.DateTimeFormat().resolvedOptions().timeZone;
                document.cookie = `tz=${userTZ}; path=/`;
            }
        </script>
        %(js)s
        <!-- Google tag (gtag.js) --><script async src="https://www.googletagmanager.com/gtag/js?id=G-D4W7PH0T0S"></script><script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('js', new Date());gtag('config', 'G-D4W7PH0T0S');</script>
    </head>
    <body>
        %(wrapwrap)s
        <div class="o_daw_cutoff s_announcement bg-warning text-center small py-1" data-name="Cut-off">اطلب قبل الساعة ٢ ظهرًا واستلم صورك في نفس اليوم من أقرب فرع · متبقٍ <b class="o_daw_cutoff_timer" data-deadline-hour="14">%(hh)s س و%(mm)s د</b></div>
    <header id="top" data-anchor="true" data-name="Header"%(header_cls)s>
    <nav data-name="Navbar" aria-label="Main" class="navbar navbar-expand-lg navbar-light o_colored_level o_cc shadow-sm">
        <div id="o_main_nav" class="container">
    <a data-name="Navbar Logo" href="/ar" class="navbar-brand logo me-4">
            <span role="img" aria-label="Logo of ضوء" title="ضوء"><img src="/web/image/website/1/logo/%%D8%%B6%%D9%%88%%D8%%A1?unique=5d0e2c7" class="img img-fluid" width="95" height="40" alt="ضوء" loading="lazy"/></span>
        </a>
    <ul id="top_menu" role="menu" class="nav navbar-nav top_menu o_menu_loading me-auto">
%(menu)s
    </ul>
    <ul class="navbar-nav align-items-center gap-2 flex-shrink-0 justify-content-end ps-3">
        <li class="o_wsale_my_cart align-self-md-start  ">
            <a href="/ar/shop/cart" class="btn position-relative rounded-circle p-1 text-reset o_navlink_background">
                <div class="">
                    <i class="fa fa-shopping-cart fa-stack"></i>
                    <sup class="my_cart_quantity badge text-bg-primary position-absolute top-0 end-0 mt-n1 me-n1 rounded-pill d-none" data-order-id="">0</sup>
                </div>
            </a>
        </li>
        <li class="o_no_autohide_item"><a href="/ar/web/login" class="btn btn-outline-secondary">تسجيل الدخول</a></li>
    </ul>
        </div>
    </nav>
    </header>
        <main>
    <div id="wrap" class="oe_structure oe_empty">
      <section class="s_title parallax s_parallax_is_fixed bg-black-50 pt96 pb96 o_colored_level" data-vcss="001" data-snippet="s_title" data-scroll-background-ratio="1" data-name="Title">
        <span class="s_parallax_bg oe_img_bg" style="background-image: url('/web/image/website.s_parallax_default_image'); background-position: 50%% 0;"></span>
        <div class="o_we_bg_filter bg-black-50"></div>
        <div class="container">
          <h1 style="text-align: center;">%(title)s</h1>
        </div>
      </section>
      <section class="s_daw_printed_today o_cc o_cc2 pt24 pb24" data-snippet="s_daw_printed_today" data-name="Printed Today">
        <div class="container">
          <p class="text-center"><span class="o_daw_counter display-5" data-count="%(printed_raw)d">%(printed)s</span><br/>صورة طُبعت اليوم في فروعنا الـ%(branches)s</p>
        </div>
      </section>
      <section class="s_text_block pt40 pb40 o_colored_level" data-snippet="s_text_block" data-name="Text">
        <div class="s_allow_columns container">
%(body)s
        </div>
      </section>
      <section class="s_call_to_action o_cc o_cc3 pt48 pb24" data-snippet="s_call_to_action" data-name="Call to Action">
        <div class="container">
          <div class="row o_grid_mode">
            <div class="col-lg-9 pb24 o_colored_level"><h3>جاهز لطباعة ذكرياتك؟</h3><p class="lead">ارفع صورك الآن واستلمها من أقرب فرع أو على باب بيتك.</p></div>
            <div class="col-lg-3 pt8 pb24 o_colored_level"><p style="text-align: left;"><a href="/ar/shop/category/prints-1" class="btn btn-primary btn-lg">اطبع صورك</a></p></div>
          </div>
        </div>
      </section>
    </div>
        </main>
        <footer id="bottom" data-anchor="true" data-name="Footer" class="o_footer o_colored_level o_cc ">
            <div id="footer" class="oe_structure oe_structure_solo">
      <section class="s_text_block pt48 pb16" data-snippet="s_text_block" data-name="Text">
        <div class="container">
          <div class="row">
            <div class="col-lg-4 pb16"><h5>خدماتنا</h5><ul class="list-unstyled"><li><a href="/ar/shop/category/prints-1">طباعة الصور</a></li><li><a href="/ar/film-developing">تحميض الأفلام</a></li><li><a href="/ar/passport-photos">صور الباسبور والفيزا</a></li></ul></div>
            <div class="col-lg-4 pb16"><h5>روابط مهمة</h5><ul class="list-unstyled"><li><a href="/ar/terms">الشروط والأحكام</a></li><li><a href="/ar/privacy-policy">سياسة الخصوصية</a></li><li><a href="/ar/branches">فروعنا</a></li></ul></div>
            <div class="col-lg-4 pb16"><h5>تواصل معنا</h5><p>الخط الساخن 16842<br/>واتساب 01001684200</p></div>
          </div>
        </div>
      </section>
    </div>
    <div class="o_footer_copyright o_colored_level o_cc" data-name="Copyright">
        <div class="container py-3">
            <div class="row">
                <div class="col-sm text-center text-sm-start text-muted">
                    <span class="o_footer_copyright_name me-2">حقوق النشر &copy; %(year)s ضوء للتصوير والطباعة</span>
                </div>
                <div class="col-sm text-center text-sm-end o_not_editable">
        <div class="o_brand_promotion">
        مشغل بواسطة 
            <a target="_blank" class="badge text-bg-light" href="http://www.odoo.com?utm_source=db&amp;utm_medium=website">
                <img alt="أودو" src="/web/static/img/odoo_logo_tiny.png" width="62" height="20" style="width: auto; height: 1em; vertical-align: baseline;" loading="lazy"/>
            </a>
        - 
                    أداة إنشاء <a target="_blank" href="http://www.odoo.com/app/ecommerce?utm_source=db&amp;utm_medium=website">المتاجر الإلكترونية</a> رقم ١ 
    </div>
                </div>
            </div>
        </div>
    </div>
        </footer>
    </div>
    </body>
</html>
""" % {"title": K.esc(title), "css": css, "js": js, "csrf": state["csrf"], "session": session,
       "wrapwrap": wrapwrap, "hh": hh, "mm": mm, "header_cls": header_cls, "menu": menu,
       "printed_raw": state["printed"], "printed": _ar_num(state["printed"]),
       "branches": K.digits(state["branches"], "ar"), "body": _odoo_html(body), "year": K.digits(when.year, "ar")}


PAGE = {
    "service": "Daw Photo",
    "url": "https://www.dawphoto.com.eg/ar/privacy-policy",
    "lang": "ar",
    "platform": "Odoo Website/eCommerce 16 -> 17",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "nginx"), ("Cache-Control", "no-cache"), ("Vary", "Accept-Encoding")],
    "n": 30,
    "start": dt.date(2023, 2, 1),
    "end": dt.date(2025, 5, 31),
    "hours": (7, 10),
    "policy": POLICY,
    "first_updated": dt.date(2022, 12, 10),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.dawphoto.com.eg/ar/privacy-policy",
        "select": "#wrap",
        "remove": [".s_daw_printed_today", ".s_call_to_action"],
    },
}
