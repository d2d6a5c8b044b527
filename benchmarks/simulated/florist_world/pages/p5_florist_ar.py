"""وردة Warda - Egyptian (Arabic, Egyptian register) florist and gift delivery (Cairo) - Shopify Online Store:
Debut theme until September 2023, then Dawn (Online Store 2.0); policy pasted from Google Docs into a page."""
import datetime as dt
import os
import sys

import common as C

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fkit as K  # noqa: E402

URL = "https://wardaflowers.com/pages/privacy-policy"
DAWN_FROM = dt.datetime(2023, 9, 18)


def fmt_date(d):
    return "%s %s %s" % (K.ar_digits(d.day), K.MONTHS["ar"][d.month - 1], K.ar_digits(d.year))


POLICY = K.unwrap("""
# سياسة الخصوصية

آخر تحديث: {UPDATED}

أهلاً بيك في وردة! إحنا بنحترم خصوصيتك وبنتعامل مع بياناتك بمنتهي الأمانة. السياسة دي بتوضح إزاي بنجمع بياناتك
الشخصية وبيانات الشخص اللي هيستلم الورد، وبنستخدمها في إيه، ومع مين بنشاركها، وإيه حقوقك، وده وفقاً لقانون حماية
البيانات الشخصية المصري رقم ١٥١ لسنة ٢٠٢٠.

## إحنا مين؟

متجر وردة للزهور والهدايا تديره شركة وردة للتجارة والتوزيع (ش.ذ.م.م)، سجل تجاري رقم ١٤٥٢٣٨ – القاهرة.

@ ٢٥ شارع ٢٦ يوليو، الزمالك، القاهرة
@ تليفون وواتساب: ٠١٠٠٢٣٤٥٦٧٨
@ البريد الإلكتروني: [privacy@wardaflowers.com](mailto:privacy@wardaflowers.com)

## بنجمع إيه من بيانات؟

- بياناتك انت: الاسم ورقم الموبايل والبريد الإلكتروني وعنوان الفاتورة.
- بيانات المستلم: الاسم والعنوان ورقم الموبايل عشان المندوب يقدر يوصله.
- نص الكارت المكتوب مع الورد، والتاريخ والوقت المطلوبين للتوصيل.
- بيانات الدفع: طريقة الدفع وحالة العملية بس، أما بيانات الكارت البنكي فبتتعامل معاها شركة الدفع مباشرة ومش
  بنحتفظ بيها عندنا.
- بيانات التصفح: عنوان الـ IP ونوع الجهاز والمتصفح والصفحات اللي زرتها، عن طريق ملفات تعريف الارتباط (الكوكيز).

## بنستخدم بياناتك في إيه؟

- تنفيذ طلبك وتوصيل الورد أو الهدية في الميعاد اللي اخترته.
- التواصل معاك بخصوص الطلب عن طريق الرسائل أو الواتساب أو المكالمات.
- خدمة العملاء والرد على الشكاوى والاستفسارات.
- إرسال العروض والخصومات لو وافقت على كده، وتقدر تلغي الاشتراك في أي وقت.
- تحسين الموقع وقياس أداء الإعلانات.
- منع الاحتيال وحماية المتجر والعملاء.

## مع مين بنشارك بياناتك؟

إحنا مش بنبيع بياناتك لأي حد. بنشارك البيانات اللازمة بس مع الجهات اللي بتساعدنا نقدملك الخدمة:

| الجهة | الغرض |
| Shopify Inc. | تشغيل المتجر الإلكتروني واستضافة البيانات |
| فوري (Fawry) | الدفع الإلكتروني والدفع في منافذ فوري |
| مناديب التوصيل التابعين لوردة | توصيل الطلبات داخل القاهرة والجيزة |
| Meta Platforms (واتساب للأعمال) | إرسال تأكيد الطلب والتواصل مع العملاء |
| Google LLC | تحليل زيارات الموقع والإعلانات |

وممكن نشارك بياناتك مع الجهات الحكومية أو القضائية لو القانون طلب مننا كده.

## نقل البيانات خارج مصر

بعض مقدمي الخدمة اللي بنتعامل معاهم، زي Shopify وGoogle، بيخزنوا البيانات على سيرفرات برا مصر. في الحالة دي
بنتأكد إن فيه ضمانات مناسبة لحماية بياناتك طبقاً للقانون.

## بنحتفظ ببياناتك لحد إمتى؟

بنحتفظ ببيانات الطلبات والفواتير لمدة سنتين من تاريخ الطلب، وبنمسح نص الكارت بعد ٣٠ يوم من التوصيل. بيانات
الحساب بتفضل موجودة لحد ما تطلب حذفه، وبيانات التسويق لحد ما تلغي اشتراكك.

## حقوقك

من حقك في أي وقت:

- تعرف البيانات اللي عندنا عنك وتاخد نسخة منها.
- تصحح أي بيانات غلط أو ناقصة.
- تطلب مسح بياناتك أو توقف استخدامها.
- تسحب موافقتك على الرسائل التسويقية.

ولو عندك شكوى، تقدر تقدمها لمركز حماية البيانات الشخصية.

## بيانات الأطفال

خدماتنا موجهة للكبار بس، ومش بنجمع عن قصد أي بيانات شخصية من أطفال أقل من ١٨ سنة. لو عرفنا إن طفل بعتلنا بياناته من
غير موافقة ولي أمره، هنمسحها على طول.

## الرسايل التسويقية

لو اشتركت في النشرة البريدية أو وافقت تستقبل عروض على الواتساب، هنبعتلك من وقت للتاني عروض المناسبات زي عيد الأم وعيد
الحب ورمضان. تقدر توقف الرسايل دي في أي وقت بالضغط على رابط إلغاء الاشتراك في آخر الإيميل، أو إنك تبعتلنا كلمة
"إيقاف" على الواتساب.

## الكوكيز

بنستخدم الكوكيز عشان السلة والحساب يشتغلوا، وكمان لتحليل الزيارات والإعلانات. تقدر تتحكم في الكوكيز من إعدادات
المتصفح.

## أمان البيانات

الموقع كله مشفر بـ SSL، والوصول لبيانات العملاء متاح بس للموظفين اللي محتاجينها في شغلهم. وبنراجع إجراءات الأمان بشكل
دوري، ولو حصل أي اختراق للبيانات ممكن يأثر عليك هنبلغك ونبلغ الجهات المختصة في أسرع وقت.

## تواصل معانا

لو عندك أي سؤال عن السياسة دي أو عايز تمارس أي حق من حقوقك، ابعتلنا على
[privacy@wardaflowers.com](mailto:privacy@wardaflowers.com) أو كلمنا على ٠١٠٠٢٣٤٥٦٧٨.

## التعديلات على السياسة

ممكن نعدل السياسة دي من وقت للتاني، وأي تعديل هيتنشر في الصفحة دي مع تاريخ آخر تحديث.
""")

EDITS = [
    {"note": "processors table: Paymob row added (cards and mobile wallets)",
     "repl": [("| فوري (Fawry) | الدفع الإلكتروني والدفع في منافذ فوري |",
               "| فوري (Fawry) | الدفع الإلكتروني والدفع في منافذ فوري |\n"
               "| Paymob | الدفع بالكارت البنكي ومحافظ الموبايل |")]},
    {"note": "typo fixed without a new date (بمنتهي -> بمنتهى)", "bump": False,
     "repl": [("بمنتهي الأمانة", "بمنتهى الأمانة")]},
    {"note": "order/invoice retention 2 -> 5 years (e-invoice / e-receipt system)",
     "repl": [("بنحتفظ ببيانات الطلبات والفواتير لمدة سنتين من تاريخ الطلب،",
               "بنحتفظ ببيانات الطلبات والفواتير لمدة ٥ سنين من تاريخ الطلب طبقاً لمنظومة الفاتورة والإيصال "
               "الإلكتروني،")]},
    {"note": "processors table: Bosta row added (gift delivery to the governorates)",
     "repl": [("| مناديب التوصيل التابعين لوردة | توصيل الطلبات داخل القاهرة والجيزة |",
               "| مناديب التوصيل التابعين لوردة | توصيل الطلبات داخل القاهرة والجيزة |\n"
               "| بوسطة (Bosta) | توصيل الهدايا للمحافظات |")]},
    {"note": "phone: new 5-digit hotline 19564, WhatsApp number kept (two places)",
     "repl": [("@ تليفون وواتساب: ٠١٠٠٢٣٤٥٦٧٨", "@ الخط الساخن: ١٩٥٦٤\n@ واتساب: ٠١٠٠٢٣٤٥٦٧٨"),
              ("أو كلمنا على ٠١٠٠٢٣٤٥٦٧٨.", "أو كلمنا على الخط الساخن ١٩٥٦٤.")]},
    {"note": "new section: data protection officer (executive regulations of Law 151/2020)",
     "repl": [("## تواصل معانا\n",
               "## مسؤول حماية البيانات\n\nعيّنا مسؤول لحماية البيانات الشخصية طبقاً للائحة التنفيذية للقانون، وتقدر "
               "تتواصل معاه على [dpo@wardaflowers.com](mailto:dpo@wardaflowers.com).\n\n## تواصل معانا\n")]},
]

ANNOUNCE = {
    "valentine": "عيد الحب: بوكيهات ورد أحمر بتوصيل في نفس اليوم",
    "mother": "عيد الأم ٢١ مارس: اطلب بدري واختار ميعاد التوصيل",
    "ramadan": "رمضان كريم: صواني وفوانيس وهدايا رمضان بتوصيل لحد الباب",
    "default": "توصيل في نفس اليوم داخل القاهرة والجيزة للطلبات قبل ٤ العصر",
}


def campaign(d):
    ram = K.RAMADAN.get(d.year)
    wins = [("valentine", (2, 1), (2, 14)), ("mother", (3, 7), (3, 21))]
    if ram:
        wins.append(("ramadan", ram[0], ram[1]))
    return K.season(d, wins, "default")


def noise(rng, when, i, prev):
    prev = prev or {}
    local = K.cairo_local(when)
    s = {"request": C.uuid4(rng)}
    s["region"] = rng.choice(["gcp-europe-west1", "gcp-europe-west3", "gcp-me-central2", "gcp-us-east1"])
    s["theme"] = "dawn" if when >= DAWN_FROM else "debut"
    s["assets"] = C.keep_or(rng, prev.get("assets") if prev.get("theme") == s["theme"] else None, 0.3,
                            lambda: K.epoch(when) - rng.randint(3600, 60 * 86400))
    s["campaign"] = campaign(local.date())
    s["whatsapp"] = 10 <= local.hour < 23
    return s


LABELS = {"request": "ShopifyAnalytics page requestId (per request)",
          "region": "Boomerang renderRegion (storefront-renderer data centre)",
          "theme": "theme: Debut until September 2023, then Dawn (new section ids, markup, scripts)",
          "assets": "theme asset ?v= timestamps (theme files edited)",
          "campaign": "announcement bar (عيد الحب, عيد الأم, رمضان) ",
          "whatsapp": "WhatsApp chat app embed: agents online / offline by Cairo time"}


def rte(blocks):
    """The page body as Shopify stores it after a paste from Google Docs (dir attributes, a stray meta)."""
    def heading(kind, t, inl):
        return '<%s dir="rtl">%s</%s>' % (kind, inl(t), kind)

    def para(t, inl):
        return '<p dir="rtl"><span>%s</span></p>' % inl(t)

    def lst(kind, items, inl):
        return '<%s>%s</%s>' % (kind, "".join('<li dir="rtl"><p dir="rtl" role="presentation"><span>%s</span></p></li>'
                                              % inl(x) for x in items), kind)

    def table(rows, inl):
        head = "".join('<td><p dir="rtl"><strong>%s</strong></p></td>' % inl(x) for x in rows[0])
        body = "".join("<tr>%s</tr>" % "".join('<td><p dir="rtl"><span>%s</span></p></td>' % inl(x) for x in r)
                       for r in rows[1:])
        return '<div dir="rtl" align="right"><table><tbody><tr>%s</tr>%s</tbody></table></div>' % (head, body)

    def addr(lines, inl):
        return '<p dir="rtl"><span>%s</span></p>' % "<br>".join(inl(x) for x in lines)

    return '<meta charset="utf-8">\n' + C.render_blocks(blocks, heading=heading, para=para, lst=lst, table=table,
                                                         addr=addr, sep="\n")


HEAD = """<!doctype html>
<html class="no-js" lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content="">
<link rel="canonical" href="https://wardaflowers.com/pages/privacy-policy">
<link rel="preconnect" href="https://cdn.shopify.com" crossorigin>
<link rel="icon" type="image/png" href="//wardaflowers.com/cdn/shop/files/favicon_32x32.png?v=1650371822">
<title>سياسة الخصوصية &ndash; وردة Warda</title>
<meta name="description" content="إزاي وردة بتجمع وبتستخدم بياناتك وبيانات المستلم">
<meta property="og:site_name" content="وردة Warda">
<meta property="og:url" content="https://wardaflowers.com/pages/privacy-policy">
<meta property="og:title" content="سياسة الخصوصية">
<meta property="og:type" content="website">
@@themehead@@
<script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.start');</\
script><meta name="shopify-checkout-api-token" content="5f2b7e0c9a14d83b6e21f4a7c9d0b3e8">
<meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/61287543210/digital_wallets/dialog">
<script async="async" src="/checkouts/internal/preloads.js?locale=ar-EG"></script>
<script id="shopify-features" type="application/json">{"accessToken":"5f2b7e0c9a14d83b6e21f4a7c9d0b3e8","betas":["rich-\
media-storefront-analytics"],"domain":"wardaflowers.com","predictiveSearch":true,"shopId":61287543210,"locale":"ar"}</s\
cript>
<script>var Shopify = Shopify || {};
Shopify.shop = "warda-flowers-eg.myshopify.com";
Shopify.locale = "ar";
Shopify.currency = {"active":"EGP","rate":"1.0"};
Shopify.country = "EG";
Shopify.theme = @@shopifytheme@@;
Shopify.theme.handle = "null";
Shopify.theme.style = {"id":null,"handle":null};
Shopify.cdnHost = "wardaflowers.com/cdn";
Shopify.routes = Shopify.routes || {};
Shopify.routes.root = "/";</script>
<script type="module">!function(o){(o.Shopify=o.Shopify||{}).modules=!0}(window);</script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};
window.ShopifyAnalytics.meta = window.ShopifyAnalytics.meta || {};
window.ShopifyAnalytics.meta.currency = 'EGP';
var meta = {"page":{"pageType":"page","resourceType":"page","resourceId":93417265891,"requestId":"@@request@@"}};
for (var attr in meta) {
  window.ShopifyAnalytics.meta[attr] = meta[attr];
}</script>
<script class="boomerang">
(function () {
  window.BOOMR = window.BOOMR || {};
  window.BOOMR.themeName = "@@themename@@";
  window.BOOMR.themeVersion = "@@themeversion@@";
  window.BOOMR.shopId = 61287543210;
  window.BOOMR.themeId = @@themeid@@;
  window.BOOMR.renderRegion = "@@region@@";
  window.BOOMR.url = "https://wardaflowers.com/cdn/shopifycloud/boomerang/shopify-boomerang-1.0.0.min.js";
  window.BOOMR.application = "storefront-renderer";
})();
</script>
<script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.end');</sc\
ript>
</head>
"""

DEBUT_HEAD = """<link rel="preload" href="//wardaflowers.com/cdn/shop/t/3/assets/theme.css?v=@@assets@@" as="style">
<link href="//wardaflowers.com/cdn/shop/t/3/assets/theme.css?v=@@assets@@" rel="stylesheet" type="text/css" media="all"\
 />
<script>
  var theme = {
    breakpoints: {medium: 750, large: 990, widescreen: 1400},
    strings: {addToCart: "أضف إلى السلة", soldOut: "نفدت الكمية", unavailable: "غير متاح", regularPrice: "السعر العادي"\
, salePrice: "سعر التخفيض"},
    moneyFormat: "{{amount}} ج.م",
    moneyFormatWithCurrency: "{{amount}} EGP"
  }
  document.documentElement.className = document.documentElement.className.replace('no-js', 'js');
</script>
<script src="//wardaflowers.com/cdn/shop/t/3/assets/lazysizes.js?v=@@assets@@" async="async"></script>
<script src="//wardaflowers.com/cdn/shop/t/3/assets/theme.js?v=@@assets@@" defer="defer"></script>"""

DAWN_HEAD = """<script src="//wardaflowers.com/cdn/shop/t/9/assets/constants.js?v=@@assets@@" defer="defer"></script>
<script src="//wardaflowers.com/cdn/shop/t/9/assets/pubsub.js?v=@@assets@@" defer="defer"></script>
<script src="//wardaflowers.com/cdn/shop/t/9/assets/global.js?v=@@assets@@" defer="defer"></script>
<style data-shopify>
  :root {
    --font-body-family: Cairo, sans-serif;
    --font-heading-family: Cairo, sans-serif;
    --color-base-text: 36, 40, 51;
    --color-base-background-1: 255, 250, 247;
    --color-base-accent-1: 190, 30, 75;
    --page-width: 120rem;
  }
</style>
<link href="//wardaflowers.com/cdn/shop/t/9/assets/base.css?v=@@assets@@" rel="stylesheet" type="text/css" media="all" \
/>"""

WHATSAPP = ('<div id="shopify-block-whatsapp-chat" class="shopify-app-block"><div class="wa-chat-widget" '
            'data-phone="201002345678"><a class="wa-chat-button" href="https://wa.me/201002345678" target="_blank" '
            'rel="noopener"><span class="wa-chat-status wa-chat-status--@@wastate@@">@@watext@@</span></a></div></div>')

DEBUT_BODY = """<body class="template-page">
<a class="in-page-link visually-hidden skip-link" href="#MainContent">تخطي إلى المحتوى</a>
<div id="SearchDrawer" class="search-bar drawer drawer--top" role="dialog" aria-modal="true" aria-label="بحث"></div>
<div id="shopify-section-header" class="shopify-section">
<div class="announcement-bar announcement-bar--@@campaign@@" role="region" aria-label="إعلان"><p class="announcement-ba\
r__message">@@announce@@</p></div>
<header class="site-header border-bottom logo--right" role="banner"><div class="grid grid--no-gutters grid--table site-\
header__mobile-nav">
<div class="grid__item medium-up--one-quarter logo-align--right"><div class="h2 site-header__logo"><a href="/" class="s\
ite-header__logo-image"><img class="lazyload js" src="//wardaflowers.com/cdn/shop/files/warda-logo_300x300.png?v=165037\
1822" alt="وردة Warda" width="150"></a></div></div>
<nav class="grid__item medium-up--one-half small--hide" id="AccessibleNav" role="navigation"><ul class="site-nav list--\
inline" id="SiteNav"><li><a href="/collections/bouquets" class="site-nav__link site-nav__link--main"><span class="site-\
nav__label">بوكيهات</span></a></li><li><a href="/collections/roses" class="site-nav__link site-nav__link--main"><span c\
lass="site-nav__label">ورد بلدي</span></a></li><li><a href="/collections/gifts" class="site-nav__link site-nav__link--m\
ain"><span class="site-nav__label">هدايا</span></a></li><li><a href="/collections/occasions" class="site-nav__link site\
-nav__link--main"><span class="site-nav__label">مناسبات</span></a></li></ul></nav>
<div class="grid__item medium-up--one-quarter text-left site-header__icons"><div class="site-header__icons-wrapper"><a \
href="/cart" class="site-header__icon site-header__cart"><span class="icon__fallback-text">السلة</span><div id="CartCou\
nt" class="site-header__cart-count hide" data-cart-count-bubble><span data-cart-count>0</span></div></a></div></div>
</div></header></div>
<div class="page-container drawer-page-content" id="PageContainer">
<main class="main-content js-focus-hidden" id="MainContent" role="main" tabindex="-1">
<div class="page-width">
  <div class="grid">
    <div class="grid__item medium-up--five-sixths medium-up--push-one-twelfth">
      <div class="section-header text-center">
        <h1>@@title@@</h1>
      </div>

      <div class="rte">
        @@content@@
      </div>
    </div>
  </div>
</div>
</main>
<div id="shopify-section-footer" class="shopify-section"><footer class="site-footer" role="contentinfo"><div class="pag\
e-width">
<div class="site-footer__content"><div class="site-footer__item"><div class="site-footer__item-inner site-footer__item-\
inner--link_list"><ul class="site-footer__linklist"><li class="site-footer__linklist-item"><a href="/pages/about">مين إ\
حنا</a></li><li class="site-footer__linklist-item"><a href="/pages/delivery">التوصيل</a></li><li class="site-footer__li\
nklist-item"><a href="/pages/privacy-policy">سياسة الخصوصية</a></li><li class="site-footer__linklist-item"><a href="/pa\
ges/refund-policy">الاسترجاع والاستبدال</a></li></ul></div></div></div>
<div class="grid grid--no-gutters small--text-center"><div class="grid__item one-half small--one-whole"><small class="s\
ite-footer__copyright-content">&copy; @@year@@, <a href="/" title="">وردة Warda</a></small><small class="site-footer__c\
opyright-content site-footer__copyright-content--powered-by"><a target="_blank" rel="nofollow" href="https://www.shopif\
y.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">مدعوم من Shopify</a></small></div></div>
</div></footer></div>
</div>
@@whatsapp@@
</body>
</html>
"""

DAWN_BODY = """<body class="gradient">
<a class="skip-to-content-link button visually-hidden" href="#MainContent">التخطي إلى المحتوى</a>
<!-- BEGIN sections: header-group -->
<div id="shopify-section-sections--16034523496597__announcement-bar" class="shopify-section shopify-section-group-heade\
r-group announcement-bar-section"><div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__\
grid"><div class="announcement-bar announcement-bar--@@campaign@@" role="region" aria-label="إعلان"><div class="page-wi\
dth"><p class="announcement-bar__message h5"><span>@@announce@@</span></p></div></div></div></div></div>
<div id="shopify-section-sections--16034523496597__header" class="shopify-section shopify-section-group-header-group se\
ction-header"><sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapp\
er--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu header--\
has-social">
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img src\
="//wardaflowers.com/cdn/shop/files/warda-logo.png?v=1650371822&amp;width=300" alt="وردة Warda" width="150" height="60"\
 loading="eager" class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list"><li><a href="/collections/bouquets\
" class="header__menu-item list-menu__item link link--text focus-inset"><span>بوكيهات</span></a></li><li><a href="/coll\
ections/roses" class="header__menu-item list-menu__item link link--text focus-inset"><span>ورد بلدي</span></a></li><li>\
<a href="/collections/gifts" class="header__menu-item list-menu__item link link--text focus-inset"><span>هدايا</span></\
a></li><li><a href="/collections/occasions" class="header__menu-item list-menu__item link link--text focus-inset"><span\
>مناسبات</span></a></li></ul></nav>
<div class="header__icons"><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubbl\
e"><span class="visually-hidden">السلة</span></a></div>
</header></sticky-header></div>
<!-- END sections: header-group -->
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--16034523562133__main" class="shopify-section section"><style data-shopify>.secti\
on-template--16034523562133__main-padding {
    padding-top: 27px;
    padding-bottom: 27px;
  }

  @media screen and (min-width: 750px) {
    .section-template--16034523562133__main-padding {
      padding-top: 36px;
      padding-bottom: 36px;
    }
  }
</style><div class="page-width page-width--narrow section-template--16034523562133__main-padding">
  <h1 class="main-page-title page-title h0 scroll-trigger animate--fade-in">
    @@title@@
  </h1>
  <div class="rte scroll-trigger animate--slide-in">
    @@content@@
  </div>
</div>
</section>
</main>
<!-- BEGIN sections: footer-group -->
<div id="shopify-section-sections--16034523430805__footer" class="shopify-section shopify-section-group-footer-group"><\
footer class="footer color-scheme-1 gradient section-sections--16034523430805__footer-padding"><div class="footer__cont\
ent-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="foo\
ter-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">روابط مهمة</h2><ul class="fo\
oter-block__details-content list-unstyled"><li><a href="/pages/about" class="link link--text list-menu__item list-menu_\
_item--link">مين إحنا</a></li><li><a href="/pages/delivery" class="link link--text list-menu__item list-menu__item--lin\
k">التوصيل</a></li><li><a href="/pages/privacy-policy" class="link link--text list-menu__item list-menu__item--link lis\
t-menu__item--active">سياسة الخصوصية</a></li><li><a href="/pages/refund-policy" class="link link--text list-menu__item \
list-menu__item--link">الاسترجاع والاستبدال</a></li></ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">وردة</h2><div class="footer-bloc\
k__details-content rte"><p>بوكيهات ورد وهدايا بتوصيل في نفس اليوم في القاهرة والجيزة.</p></div></div></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; @@y\
ear@@, <a href="/" title="">وردة Warda</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" h\
ref="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">مدعوم من Shopify\
</a></small></div></div>
</footer></div>
<!-- END sections: footer-group -->
<script>
  window.shopUrl = 'https://wardaflowers.com';
  window.routes = {cart_add_url: '/cart/add', cart_change_url: '/cart/change', cart_update_url: '/cart/update', cart_ur\
l: '/cart', predictive_search_url: '/search/suggest'};
  window.cartStrings = {error: `حدث خطأ أثناء تحديث سلتك. يُرجى المحاولة مرة أخرى.`, quantityError: `يمكنك فقط إضافة [q\
uantity] من هذا المنتج إلى سلتك.`};
</script>
@@whatsapp@@
</body>
</html>
"""


def render(s, blocks, when):
    dawn = s["theme"] == "dawn"
    stheme = ('{"name":"Dawn","id":131487256789,"schema_name":"Dawn","schema_version":"11.0.0","theme_store_id":887,'
              '"role":"main"}' if dawn else
              '{"name":"Debut","id":120384756102,"schema_name":"Debut","schema_version":"17.14.0",'
              '"theme_store_id":796,"role":"main"}')
    head = K.fill(HEAD, themehead=K.fill(DAWN_HEAD if dawn else DEBUT_HEAD, assets=s["assets"]),
                  shopifytheme=stheme, request=s["request"], themename="Dawn" if dawn else "Debut",
                  themeversion="11.0.0" if dawn else "17.14.0", themeid=131487256789 if dawn else 120384756102,
                  region=s["region"])
    wa = K.fill(WHATSAPP, wastate="online" if s["whatsapp"] else "offline",
                watext="متاحين دلوقتي على واتساب" if s["whatsapp"] else "ابعتلنا وهنرد عليك الصبح")
    body = K.fill(DAWN_BODY if dawn else DEBUT_BODY, campaign=s["campaign"], announce=C.esc(ANNOUNCE[s["campaign"]]),
                  title=C.esc(blocks[0][1]), content=rte(blocks[1:]), year=when.year, whatsapp=wa)
    return head + body


PAGE = {
    "service": "Warda Flowers", "url": URL, "lang": "ar-EG", "platform": "Shopify (Debut, then Dawn)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 1, 20), "end": dt.date(2026, 2, 28), "hours": (7, 13, 19),
    "policy": POLICY, "first_updated": dt.date(2021, 12, 5), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL,
                    "select": ["#MainContent h1.main-page-title", "#MainContent .page-width--narrow > .rte"]},
    "history": [{"fetch": URL, "select": ["#MainContent .section-header h1", "#MainContent .grid__item > .rte"],
                 "validUntil": "2023-09-18T00:00:00Z"}],
}
