"""Najma Electronics (electronics retailer, UAE), Gulf Arabic (RTL), Magento 2.4 Open Source with the Hyvä theme
(Alpine.js, Tailwind).

The CMS page's content (WYSIWYG, no Page Builder) sits in `.column.main`, which the curator declares. Inside it,
before the policy, Magento's `<input name="form_key">` (a new key whenever the full-page cache was refilled:
every capture here) -- wordless, not removed. Around it: the Hyvä header's `x-data="initMenuDesktop_<uniqid>()"`
names (regenerated with each cache fill), a Tabby/Tamara "split in 4" promo strip and seasonal campaign bar
(Ramadan, DSF, White Friday), a "عروض اليوم" product slider in `.page-bottom` with per-visit prices and
"بقي 2 فقط" stock badges, and the `static/version<epoch>` path per deploy.
"""
import datetime as dt
import html

import common as C

URL = "https://www.najmaelectronics.ae/ar/privacy-policy"
BASE = "https://www.najmaelectronics.ae"

POLICY = """آخر تحديث: {UPDATED}

تحترم شركة نجمة الخليج للإلكترونيات ذ.م.م («نجمة» أو «نحن») خصوصيتك وتلتزم بحماية بياناتك الشخصية. توضح سياسة الخصوصية هذه كيف نجمع بياناتك الشخصية ونستخدمها ونشاركها ونحميها عند تسوقك عبر موقعنا الإلكتروني أو تطبيق نجمة على الهاتف المحمول أو في أي من معارضنا في دولة الإمارات العربية المتحدة، وذلك وفقاً للمرسوم بقانون اتحادي رقم (45) لسنة 2021 بشأن حماية البيانات الشخصية.

## 1. من نحن

شركة نجمة الخليج للإلكترونيات ذ.م.م هي الجهة المسؤولة عن معالجة بياناتك الشخصية («المتحكم»)، ويقع مقرها الرئيسي في العنوان التالي:

@ شركة نجمة الخليج للإلكترونيات ذ.م.م
@ مبنى نجمة، شارع الشيخ زايد، ص.ب 52718، دبي، الإمارات العربية المتحدة
@ رخصة تجارية رقم 615204

## 2. البيانات التي نجمعها

نجمع البيانات التي تقدمها لنا مباشرة، والبيانات التي تنشأ عند استخدامك لخدماتنا، على النحو التالي:

| الفئة | أمثلة |
| بيانات الهوية والتواصل | الاسم، رقم الهاتف المتحرك، البريد الإلكتروني، عنوان التوصيل |
| بيانات الطلبات | المنتجات المشتراة، أرقام الطلبات، مواعيد التوصيل والتركيب، طلبات الإرجاع والاستبدال |
| بيانات الدفع | نوع البطاقة وآخر أربعة أرقام منها (لا نخزن رقم البطاقة كاملاً)، خطط التقسيط |
| بيانات الضمان والصيانة | الرقم التسلسلي للجهاز، رقم IMEI، تاريخ الشراء، وصف العطل |
| بيانات برنامج الاستبدال | طراز جهازك القديم وحالته وصوره والسعر المقدَّر له |
| بيانات الاستخدام | عنوان IP، نوع المتصفح والجهاز، الصفحات التي زرتها، ملفات تعريف الارتباط |
| بيانات برنامج الولاء | رقم عضوية «نجوم نجمة»، النقاط المكتسبة والمستبدلة |

لا نجمع عمداً بيانات الأطفال دون سن 18 عاماً، ولا يجوز لهم إنشاء حساب أو إتمام عملية شراء دون موافقة ولي الأمر.

## 3. كيف نستخدم بياناتك

نستخدم بياناتك الشخصية للأغراض التالية:

- معالجة طلباتك وتوصيلها وتركيب الأجهزة الكبيرة في الموعد الذي تختاره؛
- تقديم خدمات الضمان الممتد «نجمة كير» والصيانة؛
- تقييم أجهزتك القديمة ضمن برنامج الاستبدال وإصدار قسائم الاستبدال؛
- إدارة حسابك ونقاط برنامج الولاء؛
- الرد على استفساراتك عبر مركز الاتصال والمحادثة الفورية وواتساب؛
- إرسال العروض والنشرات الترويجية إذا وافقت على ذلك؛
- منع الاحتيال وحماية موقعنا ومعارضنا وعملائنا؛
- الامتثال للالتزامات القانونية والضريبية، بما في ذلك متطلبات ضريبة القيمة المضافة.

عند استخدامك لخدمة الاستبدال، نطلب منك صوراً لجهازك القديم ورقمه التسلسلي للتحقق من حالته ومن أنه غير مُبلَّغ عن سرقته، وقد نتحقق من رقم IMEI لدى الجهات المختصة وشركات الاتصالات. وبعد استلام الجهاز نمسح جميع البيانات المخزنة عليه باستخدام برنامج مسح معتمد قبل إعادة بيعه أو تدويره، ونصدر لك شهادة مسح البيانات عند الطلب.

## 4. الأساس القانوني للمعالجة

نعالج بياناتك استناداً إلى تنفيذ العقد المبرم معك عند الشراء، أو موافقتك الصريحة (مثل التسويق المباشر)، أو مصلحتنا المشروعة (مثل منع الاحتيال وتحسين خدماتنا)، أو الالتزام القانوني الذي يقع علينا. ويحق لك سحب موافقتك في أي وقت دون أن يؤثر ذلك على مشروعية المعالجة التي تمت قبل سحبها.

## 5. مشاركة بياناتك

نشارك بياناتك فقط مع الجهات التي تساعدنا في تقديم خدماتنا، وبالقدر اللازم لذلك:

| الجهة | الغرض |
| شركات الشحن (أرامكس، بريد الإمارات) | توصيل الطلبات وإعادة المرتجعات |
| Checkout.com | معالجة المدفوعات بالبطاقات |
| تابي (Tabby) وتمارا (Tamara) | خطط «اشترِ الآن وادفع لاحقاً» عند اختيارك لها |
| مراكز الصيانة المعتمدة من الشركات المصنعة | إصلاح الأجهزة ضمن الضمان |
| Salesforce | إدارة علاقات العملاء ومركز الاتصال |
| Google وMeta | قياس أداء الإعلانات (بعد موافقتك على ملفات تعريف الارتباط) |

لا نبيع بياناتك الشخصية لأي طرف ثالث، ولا نسمح للجهات المذكورة باستخدامها لأغراضها الخاصة.

## 6. نقل البيانات خارج الدولة

قد تُخزَّن بعض بياناتك أو تُعالج على خوادم موجودة خارج دولة الإمارات العربية المتحدة، مثل خوادم مزودي الخدمات السحابية في أيرلندا وألمانيا. وفي هذه الحالات نتأكد من توفر مستوى حماية مناسب وفقاً للمادتين (22) و(23) من قانون حماية البيانات الشخصية، بما في ذلك إبرام اتفاقيات تعاقدية تُلزم المتلقي بحماية بياناتك.

## 7. مدة الاحتفاظ بالبيانات

| نوع البيانات | مدة الاحتفاظ |
| سجلات الطلبات والفواتير | 5 سنوات من تاريخ الفاتورة (متطلبات ضريبة القيمة المضافة) |
| بيانات الضمان والصيانة | طوال مدة الضمان وسنة بعد انتهائها |
| تسجيلات مكالمات مركز الاتصال | 6 أشهر |
| صور الأجهزة في برنامج الاستبدال | 90 يوماً |
| بيانات الحساب | حتى حذف الحساب |

## 8. حقوقك

بموجب قانون حماية البيانات الشخصية يحق لك:

- طلب الحصول على نسخة من بياناتك الشخصية التي نحتفظ بها؛
- طلب تصحيح بياناتك غير الدقيقة أو استكمالها؛
- طلب حذف بياناتك متى لم تعد ضرورية للغرض الذي جُمعت من أجله؛
- طلب تقييد المعالجة أو الاعتراض عليها، بما في ذلك الاعتراض على التسويق المباشر؛
- طلب نقل بياناتك إلى جهة أخرى بصيغة منظمة وشائعة الاستخدام؛
- سحب موافقتك في أي وقت.

يمكنك ممارسة هذه الحقوق من خلال صفحة «حسابي» أو بمراسلتنا على البريد الإلكتروني privacy@najmaelectronics.ae، وسنرد على طلبك خلال 30 يوماً من تاريخ استلامه. وقد نطلب منك إثبات هويتك قبل تنفيذ طلبك، وذلك حمايةً لبياناتك من الوصول غير المصرح به. كما يحق لك تقديم شكوى إلى مكتب الإمارات للبيانات.

## 9. ملفات تعريف الارتباط

نستخدم ملفات تعريف الارتباط الضرورية لتشغيل سلة التسوق وتسجيل الدخول، وملفات تحليلية وإعلانية لا نفعّلها إلا بعد موافقتك. يمكنك تغيير تفضيلاتك في أي وقت من خلال رابط «إعدادات ملفات تعريف الارتباط» أسفل كل صفحة. لمزيد من التفاصيل يرجى مراجعة [سياسة ملفات تعريف الارتباط](https://www.najmaelectronics.ae/ar/cookie-policy).

## 10. أمن البيانات

نطبق تدابير تقنية وتنظيمية مناسبة لحماية بياناتك، منها تشفير الاتصالات باستخدام بروتوكول TLS، ومعالجة المدفوعات لدى مزود معتمد وفق معيار PCI DSS، وتقييد صلاحيات وصول موظفينا إلى البيانات. وعند تسليم جهاز للصيانة أو الاستبدال ننصحك بأخذ نسخة إحتياطية من بياناتك وإعادة ضبط الجهاز على إعدادات المصنع، إذ لا نتحمل مسؤولية البيانات المخزنة على الأجهزة المسلَّمة إلينا.

## 11. التواصل معنا

لأي استفسار حول هذه السياسة أو حول معالجة بياناتك، يمكنك التواصل مع مسؤول حماية البيانات لدينا:

@ مسؤول حماية البيانات
@ شركة نجمة الخليج للإلكترونيات ذ.م.م
@ البريد الإلكتروني: privacy@najmaelectronics.ae
@ الهاتف المجاني: 800-62562

## 12. التغييرات على هذه السياسة

قد نقوم بتحديث هذه السياسة من وقت لآخر. سننشر أي تغييرات على هذه الصفحة مع تعديل تاريخ «آخر تحديث» أعلاه، وسنخطرك عبر البريد الإلكتروني أو من خلال إشعار في التطبيق في حال وجود تغييرات جوهرية."""

EDITS = [
    {"note": "insurer for the Najma Care extended warranty added to the sharing table",
     "repl": [("| مراكز الصيانة المعتمدة من الشركات المصنعة | إصلاح الأجهزة ضمن الضمان |\n",
               "| مراكز الصيانة المعتمدة من الشركات المصنعة | إصلاح الأجهزة ضمن الضمان |\n"
               "| شركة الوثبة الوطنية للتأمين | إصدار وثائق الضمان الممتد «نجمة كير» ومعالجة المطالبات |\n")]},
    {"note": "hamza spelling fixed (إحتياطية → احتياطية), no new date", "bump": False,
     "repl": [("بأخذ نسخة إحتياطية من", "بأخذ نسخة احتياطية من")]},
    {"note": "retention of call-centre recordings cut from 6 to 3 months",
     "repl": [("| تسجيلات مكالمات مركز الاتصال | 6 أشهر |", "| تسجيلات مكالمات مركز الاتصال | 3 أشهر |")]},
    {"note": "section 6 rewritten: customer data now hosted in a UAE data centre",
     "repl": [("قد تُخزَّن بعض بياناتك أو تُعالج على خوادم موجودة خارج دولة الإمارات العربية المتحدة، مثل خوادم مزودي الخدمات "
               "السحابية في أيرلندا وألمانيا. وفي هذه الحالات",
               "تُخزَّن بيانات حسابك وطلباتك في مركز بيانات داخل دولة الإمارات العربية المتحدة. وقد تُعالج بعض البيانات "
               "على خوادم موجودة خارج الدولة، مثل خوادم مزودي خدمات التحليلات والإعلانات في أيرلندا. وفي هذه الحالات")]},
    {"note": "head office moved (address line changed)",
     "repl": [("@ مبنى نجمة، شارع الشيخ زايد، ص.ب 52718، دبي، الإمارات العربية المتحدة",
               "@ الطابق 7، برج الخليج التجاري، الخليج التجاري، ص.ب 52718، دبي، الإمارات العربية المتحدة")]},
]

MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
          "ديسمبر"]

CAMPAIGNS = [
    (dt.date(2023, 1, 1), dt.date(2023, 3, 22), "dsf", "مهرجان دبي للتسوق: خصومات حتى 50% على التلفزيونات"),
    (dt.date(2023, 3, 23), dt.date(2023, 4, 21), "ramadan", "عروض رمضان: هدية مجانية مع كل جهاز فوق 2,000 د.إ"),
    (dt.date(2023, 8, 20), dt.date(2023, 9, 10), "bts", "العودة إلى المدارس: أجهزة لابتوب تبدأ من 1,299 د.إ"),
    (dt.date(2023, 11, 15), dt.date(2023, 11, 30), "wf", "الجمعة البيضاء: خصومات حتى 70% لفترة محدودة"),
    (dt.date(2023, 12, 8), dt.date(2024, 1, 14), "dsf", "مهرجان دبي للتسوق: خصومات حتى 50% على التلفزيونات"),
    (dt.date(2024, 3, 10), dt.date(2024, 4, 10), "ramadan", "عروض رمضان: هدية مجانية مع كل جهاز فوق 2,000 د.إ"),
    (dt.date(2024, 8, 18), dt.date(2024, 9, 8), "bts", "العودة إلى المدارس: أجهزة لابتوب تبدأ من 1,199 د.إ"),
    (dt.date(2024, 11, 13), dt.date(2024, 12, 2), "wf", "الجمعة البيضاء: خصومات حتى 70% لفترة محدودة"),
    (dt.date(2024, 12, 6), dt.date(2025, 1, 12), "dsf", "مهرجان دبي للتسوق: استبدل جهازك القديم واحصل على قيمة إضافية"),
    (dt.date(2025, 2, 28), dt.date(2025, 3, 30), "ramadan", "عروض رمضان: قسّط مشترياتك على 12 شهراً بدون فوائد"),
    (dt.date(2025, 8, 15), dt.date(2025, 9, 5), "bts", "العودة إلى المدارس: أجهزة آيباد بأسعار خاصة"),
]

PRODUCTS = [
    ("apple-iphone-15-pro-256gb", "آيفون 15 برو، 256 جيجابايت، تيتانيوم طبيعي", 4599),
    ("samsung-galaxy-s24-ultra-512gb", "سامسونج جالاكسي S24 ألترا، 512 جيجابايت", 5199),
    ("sony-bravia-65-x90l", "تلفزيون سوني برافيا 65 بوصة 4K X90L", 5899),
    ("lg-oled-55-c3", "تلفزيون إل جي OLED مقاس 55 بوصة C3", 4999),
    ("apple-macbook-air-m3-13", "ماك بوك إير 13 بوصة بشريحة M3", 4699),
    ("dyson-v15-detect", "مكنسة دايسون V15 ديتكت اللاسلكية", 2799),
    ("playstation-5-slim", "جهاز بلايستيشن 5 سليم", 1899),
    ("samsung-galaxy-watch6-44mm", "ساعة سامسونج جالاكسي واتش 6 مقاس 44 مم", 1199),
]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def noise(rng, when, i, prev):
    p = prev or {}
    d = when.date()
    camp = [c for c in CAMPAIGNS if c[0] <= d <= c[1]]
    picks = rng.sample(range(len(PRODUCTS)), 5)
    slider = []
    for k in picks:
        slug, name, price = PRODUCTS[k]
        disc = rng.choice([0, 0, 5, 10, 15, 20])
        stock = rng.choice([None, None, None, 1, 2, 3, 4])
        slider.append((k, round(price * (100 - disc) / 100) - 1 if disc else price, disc, stock))
    return {
        "cache": (C.alnum(rng, 16), "%x" % (C.epoch(when) - rng.randint(0, 999)) + C.hexs(rng, 5)),
        "campaign": camp[0][2] + camp[0][0].isoformat() if camp else "",
        "slider": tuple(slider),
        "static": C.keep_or(rng, p.get("static"), 0.15, lambda: str(C.epoch(when) - rng.randint(3600, 86400 * 6))),
    }


LABELS = {
    "cache": "form_key inside .column.main + Hyvä uniqid x-data names (full-page-cache refill)",
    "campaign": "seasonal campaign bar (DSF, Ramadan, White Friday)",
    "slider": "عروض اليوم product slider: prices, discounts, 'بقي n فقط' badges",
    "static": "static/version<epoch> deploy path",
}


def render(state, blocks, when):
    form_key, uniq = state["cache"]
    ver = state["static"]
    theme = "%s/static/version%s/frontend/Najma/hyva/ar_AE" % (BASE, ver)
    camp = [c for c in CAMPAIGNS if c[2] + c[0].isoformat() == state["campaign"]]
    campbar = ""
    if camp:
        campbar = ('<div class="w-full py-2 text-center text-sm font-semibold text-white bg-primary campaign-bar campaign-bar--%s">'
                   '<a href="%s/ar/offers/%s">%s</a></div>' % (camp[0][2], BASE, camp[0][2], html.escape(camp[0][3])))
    cards = []
    for k, price, disc, stock in state["slider"]:
        slug, name, base = PRODUCTS[k]
        badge = ""
        if stock:
            badge = '<span class="absolute top-2 right-2 px-2 py-1 text-xs font-bold text-white bg-red-600 rounded">بقي %d فقط</span>' % stock
        old = ('<span class="text-sm text-gray-500 line-through ms-2">%s د.إ</span><span class="text-xs text-green-700 ms-2">وفّر %d%%</span>'
               % ("{:,}".format(base), disc)) if disc else ""
        cards.append(f"""<div class="relative flex flex-col w-64 p-4 bg-white border rounded shrink-0 product-item" x-data="{{}}">
                {badge}
                <a href="{BASE}/ar/{slug}.html" class="block product-item-photo"><img class="object-contain w-full h-48" loading="lazy" width="240" height="240" alt="{html.escape(name)}" src="{BASE}/media/catalog/product/cache/8f2b1c0e4a6d9f3e7b5a2c1d0e9f8a7b/{slug[0]}/{slug[1]}/{slug}.jpg"></a>
                <a class="mt-3 text-sm font-medium text-gray-900 product-item-link" href="{BASE}/ar/{slug}.html">{html.escape(name)}</a>
                <div class="mt-2 price-box"><span class="price font-bold">{"{:,}".format(price)} د.إ</span>{old}</div>
                <p class="mt-1 text-xs text-gray-600">أو 4 دفعات بقيمة {"{:,.2f}".format(price / 4)} د.إ مع تابي</p>
                <button type="button" class="mt-3 btn btn-primary w-full" aria-label="أضف إلى السلة {html.escape(name)}" @click.prevent="addToCart({k + 1001})">أضف إلى السلة</button>
            </div>""")
    slider = "\n            ".join(cards)
    body = C.blocks_html(blocks, {"table": "table-auto"})
    return f"""<!doctype html>
<html lang="ar" dir="rtl">
<head >
<meta charset="utf-8"/>
<meta name="title" content="سياسة الخصوصية | نجمة للإلكترونيات"/>
<meta name="description" content="تعرّف على كيفية جمع نجمة للإلكترونيات لبياناتك الشخصية واستخدامها وحمايتها."/>
<meta name="robots" content="INDEX,FOLLOW"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="format-detection" content="telephone=no"/>
<title>سياسة الخصوصية | نجمة للإلكترونيات</title>
<link  rel="stylesheet" type="text/css"  media="all" href="{theme}/css/styles.css" />
<link  rel="icon" type="image/x-icon" href="{theme}/Magento_Theme/favicon.ico" />
<link  rel="shortcut icon" type="image/x-icon" href="{theme}/Magento_Theme/favicon.ico" />
<link  rel="canonical" href="{URL}" />
<link  rel="alternate" hreflang="en-ae" href="{BASE}/en/privacy-policy" />
<link  rel="alternate" hreflang="ar-ae" href="{URL}" />
<script>
    var BASE_URL = '{BASE}/ar/';
    var THEME_PATH = '{theme}';
    var COOKIE_CONFIG = {{
        "expires": null,
        "path": "\\u002F",
        "domain": ".najmaelectronics.ae",
        "secure": true,
        "lifetime": "3600",
        "cookie_restriction_enabled": false    }};
    var CURRENT_STORE_CODE = 'ar';
    var CURRENT_WEBSITE_ID = '1';

    window.hyva = window.hyva || {{}}

    window.cookie_consent_groups = window.cookie_consent_groups || {{}}
    window.cookie_consent_groups['necessary'] = true;

    window.cookie_consent_config = window.cookie_consent_config || {{}};
    window.cookie_consent_config['necessary'] = [].concat(
        window.cookie_consent_config['necessary'] || [],
        [
            'user_allowed_save_cookie',
            'form_key',
            'mage-messages',
            'private_content_version',
            'mage-cache-sessid',
            'last_visited_store',
            'section_data_ids'
        ]
    );
</script>
<script>
    'use strict';
    (function( hyva, undefined ) {{
        hyva.getCookie = (name) => {{
            const v = `; ${{document.cookie}}`;
            const parts = v.split(`; ${{name}}=`);
            if (parts.length === 2) return parts.pop().split(';').shift();
        }};
        hyva.getFormKey = function () {{
            let formKey = hyva.getCookie('form_key');
            if (!formKey) {{
                formKey = Math.random().toString(36).substring(2, 18);
                hyva.setCookie('form_key', formKey, window.COOKIE_CONFIG.lifetime);
            }}
            return formKey;
        }};
    }}( window.hyva = window.hyva || {{}} ));
</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-QH3T8WZ5KD"></script>
<script src="https://checkout.tabby.ai/tabby-promo.js" defer></script>
</head>
<body id="html-body" class="cms-privacy-policy cms-page-view page-layout-1column">
    <noscript>
        <section class="message global noscript border-b-2 border-blue-500 bg-blue-50 shadow-none m-0 px-0 rounded-none font-normal">
            <div class="container text-center">
                <p>
                    <strong>يبدو أن JavaScript معطّل في متصفحك.</strong>
                    <span>للحصول على أفضل تجربة على موقعنا، تأكد من تشغيل Javascript في متصفحك.</span>
                </p>
            </div>
        </section>
    </noscript>
<div class="page-wrapper">{campbar}
<div class="w-full py-1 text-xs text-center bg-container-darker tabby-strip">اشترِ الآن وقسّط على 4 دفعات بدون فوائد مع <strong>تابي</strong> و<strong>تمارا</strong></div>
<header class="page-header"><a class="action skip sr-only focus:not-sr-only focus:absolute focus:z-40 focus:bg-white contentarea" href="#contentarea"><span>تخطَّ إلى المحتوى</span></a>
<script>
    function initHeader () {{
        return {{
            searchOpen: false,
            cart: {{}},
            isCartOpen: false,
            getData(data) {{
                if (data.cart) {{ this.cart = data.cart }}
            }},
            isCartEmpty() {{
                return !this.cart.summary_count
            }}
        }}
    }}
    function initMenuDesktop_{uniq}() {{
        return {{
            hoverPanelActiveId: null,
            setActiveMenu(menuNode) {{
                Array.from(menuNode.querySelectorAll('a')).filter(link => {{
                    return link.href === window.location.href.split('?')[0];
                }}).map(item => {{
                    item.classList.add('underline');
                    item.closest('div.level-0') &&
                    item.closest('div.level-0').querySelector('a.level-0').classList.add('underline');
                }});
            }}
        }}
    }}
</script>
<div id="header" class="relative z-30 w-full border-b shadow bg-container-lighter border-container-lighter" x-data="initHeader()" @private-content-loaded.window="getData(event.detail.data)">
    <div class="container flex flex-wrap lg:flex-nowrap items-center justify-between w-full px-6 py-3 mx-auto mt-0">
        <div class="order-1 sm:order-2 lg:order-1 w-full pb-2 sm:w-auto sm:pb-0">
            <a class="flex items-center justify-center text-xl font-medium tracking-wide text-gray-800 no-underline hover:no-underline font-title" href="{BASE}/ar/" aria-label="الذهاب إلى الصفحة الرئيسية">
                <img src="{theme}/images/logo.svg" alt="نجمة للإلكترونيات" width="180" height="48" loading="eager"/>
            </a>
        </div>
        <div x-data="initMenuDesktop_{uniq}()" class="z-20 order-2 sm:order-1 lg:order-2 navigation hidden lg:flex">
            <nav x-ref="nav-desktop" @load.window="setActiveMenu($root)" class="w-full duration-150 ease-in transition-display hidden lg:px-8 lg:block" aria-label="القائمة الرئيسية">
                <ul class="flex justify-start flex-wrap gap-x-7 py-4">
                    <li class="relative level-0"><a href="{BASE}/ar/mobiles-tablets.html" class="level-0 block w-full py-2 text-base text-gray-800 hover:underline">الجوالات والأجهزة اللوحية</a></li>
                    <li class="relative level-0"><a href="{BASE}/ar/tv-audio.html" class="level-0 block w-full py-2 text-base text-gray-800 hover:underline">التلفزيونات والصوتيات</a></li>
                    <li class="relative level-0"><a href="{BASE}/ar/computers.html" class="level-0 block w-full py-2 text-base text-gray-800 hover:underline">الكمبيوتر</a></li>
                    <li class="relative level-0"><a href="{BASE}/ar/gaming.html" class="level-0 block w-full py-2 text-base text-gray-800 hover:underline">الألعاب</a></li>
                    <li class="relative level-0"><a href="{BASE}/ar/home-appliances.html" class="level-0 block w-full py-2 text-base text-gray-800 hover:underline">الأجهزة المنزلية</a></li>
                    <li class="relative level-0"><a href="{BASE}/ar/trade-in" class="level-0 block w-full py-2 text-base text-gray-800 hover:underline">استبدل جهازك</a></li>
                </ul>
            </nav>
        </div>
        <div class="flex items-center gap-2 md:gap-1 order-3 md:-me-1">
            <button id="menu-search-icon" class="inline-block p-1 rounded hover:bg-primary/10 outline-offset-2" @click.prevent="searchOpen = !searchOpen" aria-label="بحث"></button>
            <a id="customer-menu" class="block p-1 rounded hover:bg-primary/10 outline-offset-2" href="{BASE}/ar/customer/account/" aria-label="حسابي"></a>
            <a id="menu-cart-icon" class="relative inline-block rounded p-1 hover:bg-primary/10 outline-offset-2" href="{BASE}/ar/checkout/cart/index/" aria-label="سلة التسوق">
                <span x-text="cart.summary_count" class="absolute top-0 right-0 h-5 px-2 py-1 -mt-5 -mr-4 text-xs font-semibold leading-none text-center text-white uppercase transform -translate-x-1 translate-y-1/2 rounded-full bg-primary" :class="{{ 'hidden': !cart.summary_count, 'block': cart.summary_count }}"></span>
            </a>
        </div>
    </div>
</div>
</header>
<main id="maincontent" class="page-main"><a id="contentarea" tabindex="-1"></a>
<div class="container">
<div class="page-title-wrapper">
    <h1 class="page-title title-font text-gray-900 font-semibold leading-tight text-2xl md:text-3xl my-6"><span class="base" data-ui-id="page-title-wrapper" >سياسة الخصوصية</span></h1>
</div>
</div>
<div class="container"><div class="page messages"><div x-data="initMessages()" x-init="addMessages(getMessages());" @messages-loaded.window="addMessages(event.detail.messages)" class="messages container mx-auto py-3"></div></div></div>
<div class="columns"><div class="column main"><input name="form_key" type="hidden" value="{form_key}" />{body}
</div></div></main>
<div class="page-bottom">
<section class="container my-10 product-slider" aria-label="عروض اليوم">
    <h2 class="text-2xl font-semibold mb-4">عروض اليوم</h2>
    <div x-data="{{ active: 0 }}" class="flex gap-4 overflow-x-auto snap-x">
            {slider}
    </div>
</section>
</div>
<footer class="page-footer"><div class="footer content">
    <div class="text-gray-700 body-font bg-container-darker border-t border-container-darker shadow-sm">
        <div class="container py-8 mx-auto">
            <div class="flex flex-wrap order-first gap-y-16">
                <div class="w-full lg:w-1/4 md:w-1/2">
                    <h2 class="mb-3 text-sm font-bold tracking-widest text-gray-900 uppercase title-font">خدمة العملاء</h2>
                    <ul class="list-none mb-10">
                        <li><a href="{BASE}/ar/contact" class="text-gray-600 hover:text-black">اتصل بنا</a></li>
                        <li><a href="{BASE}/ar/store-locator" class="text-gray-600 hover:text-black">معارضنا</a></li>
                        <li><a href="{BASE}/ar/najma-care" class="text-gray-600 hover:text-black">الضمان الممتد «نجمة كير»</a></li>
                        <li><a href="{BASE}/ar/returns" class="text-gray-600 hover:text-black">سياسة الإرجاع والاستبدال</a></li>
                    </ul>
                </div>
                <div class="w-full lg:w-1/4 md:w-1/2">
                    <h2 class="mb-3 text-sm font-bold tracking-widest text-gray-900 uppercase title-font">معلومات قانونية</h2>
                    <ul class="list-none mb-10">
                        <li><a href="{BASE}/ar/terms-and-conditions" class="text-gray-600 hover:text-black">الشروط والأحكام</a></li>
                        <li><a href="{URL}" class="text-gray-600 hover:text-black">سياسة الخصوصية</a></li>
                        <li><a href="{BASE}/ar/cookie-policy" class="text-gray-600 hover:text-black">سياسة ملفات تعريف الارتباط</a></li>
                    </ul>
                </div>
            </div>
        </div>
        <div class="border-t border-gray-300">
            <div class="container py-6 mx-auto flex flex-wrap items-center justify-between">
                <small class="copyright"><span>© {when.year} نجمة الخليج للإلكترونيات. جميع الحقوق محفوظة.</span></small>
            </div>
        </div>
    </div>
</div></footer>
</div>
<script>
    function initMessages() {{
        "use strict";
        return {{
            messages: window.mageMessages || [],
            isEmpty() {{ return this.messages.reduce(function (isEmpty, message) {{ return isEmpty && message === undefined }}, true) }},
            addMessages(messages) {{ Object.values(messages).map((message) => {{ this.messages.push(message); }}); }},
            getMessages() {{ return hyva.getCookie('mage-messages') ? JSON.parse(decodeURIComponent(hyva.getCookie('mage-messages'))) : [] }}
        }}
    }}
</script>
<script src="{theme}/js/alpine3.min.js" defer></script>
</body>
</html>
"""


PAGE = {
    "service": "Najma Electronics",
    "url": URL,
    "lang": "ar",
    "platform": "Magento 2.4 + Hyvä theme",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("X-Magento-Cache-Debug", "MISS"), ("X-Content-Type-Options", "nosniff")),
    "n": 29,
    "start": dt.date(2023, 5, 1),
    "end": dt.date(2025, 10, 15),
    "hours": (4, 16),
    "policy": POLICY,
    "first_updated": dt.date(2023, 2, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#maincontent .column.main"},
}
