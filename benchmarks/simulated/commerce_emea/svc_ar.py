"""Dukkan (Saudi Arabia): marketplace on Magento 2, RTL; one CMS page with three documents in tabs (privacy tab shown)."""
import json
from common import *

NAME = "Dukkan"
URL = "https://www.dukkan.sa/ar/privacy-policy"
N = 30
SPAN = ("2021-03-05", "2025-09-30")
DECL = {"select": ["#tab-privacy"], "remove": []}
HISTORY = None
REDESIGN = None

TERMS = """
## الشروط والأحكام

باستخدامك لموقع دكان أو تطبيقه فإنك توافق على هذه الشروط. يجب ألا يقل عمرك عن 18 عاماً لإنشاء حساب وإتمام عمليات الشراء.

### الأسعار والدفع

جميع الأسعار المعروضة بالريال السعودي وتشمل ضريبة القيمة المضافة بنسبة 15%. نقبل الدفع عبر مدى وفيزا وماستركارد وأبل باي والدفع عند الاستلام.

### التوصيل

نسعى لتوصيل الطلبات خلال 3 إلى 7 أيام عمل داخل المملكة. قد تختلف مدة التوصيل للمناطق النائية.
"""

RETURNS = """
## سياسة الاسترجاع والاستبدال

يمكنك إرجاع معظم المنتجات خلال 15 يوماً من تاريخ الاستلام بشرط أن تكون بحالتها الأصلية. لا تقبل إعادة المنتجات الغذائية ومنتجات العناية الشخصية المفتوحة.
"""

TEXT = """
## سياسة الخصوصية

تاريخ السريان: 1 مارس 2021

تلتزم شركة دكان للتجارة الإلكترونية (سجل تجاري رقم 1010654321) بحماية خصوصيتك. توضح هذه السياسة كيفية جمعنا لبياناتك الشخصية واستخدامها ومشاركتها عند استخدامك لمنصة دكان.

### البيانات التي نجمعها

- الاسم ورقم الجوال والبريد الإلكتروني.
- عناوين التوصيل والموقع الجغرافي عند السماح بذلك.
- سجل الطلبات والمنتجات التي شاهدتها أو أضفتها إلى السلة.
- بيانات الجهاز وعنوان IP وملفات تعريف الارتباط.

### كيف نستخدم بياناتك

نستخدم بياناتك لتنفيذ طلباتك وتوصيلها، والتواصل معك بشأن حالة الطلب، وتحسين تجربة التسوق، وإرسال العروض الترويجية إذا وافقت على ذلك.

### مشاركة البيانات

نشارك بياناتك مع البائعين المسجلين في المنصة وشركات الشحن وبوابات الدفع بالقدر اللازم لإتمام طلبك فقط. لا نبيع بياناتك الشخصية لأي طرف ثالث.

### الاحتفاظ بالبيانات

نحتفظ ببياناتك طوال مدة نشاط حسابك ولمدة 3 سنوات بعد إغلاقه، ما لم يتطلب النظام مدة أطول.

### حقوقك

يحق لك طلب الاطلاع على بياناتك أو تصحيحها أو حذفها. للتواصل مع فريق الخصوصية: [privacy@dukkan.sa](mailto:privacy@dukkan.sa) أو الاتصال على الرقم 920012345.
"""

EDITS = {
    6: [("ولمدة 3 سنوات بعد إغلاقه", "ولمدة 5 سنوات بعد إغلاقه")],
    12: [("### حقوقك", "### نظام حماية البيانات الشخصية\n\nنعالج بياناتك وفقاً لنظام حماية البيانات الشخصية الصادر بالمرسوم الملكي رقم (م/19) وتاريخ 9/2/1443هـ ولوائحه التنفيذية الصادرة عن الهيئة السعودية للبيانات والذكاء الاصطناعي (سدايا).\n\n### حقوقك"),
         ("تاريخ السريان: 1 مارس 2021", "تاريخ السريان: 14 سبتمبر 2023")],
    19: [(" لا نبيع بياناتك الشخصية لأي طرف ثالث.", "")],
    24: [("أو الاتصال على الرقم 920012345.", "أو الاتصال على الرقم 8001248888.")],
}
# edits of the other documents on the page (not the privacy policy): not changes of the policy
OTHER_EDITS = {9: ("خلال 3 إلى 7 أيام عمل", "خلال 2 إلى 5 أيام عمل"), 16: ("خلال 15 يوماً من تاريخ الاستلام", "خلال 30 يوماً من تاريخ الاستلام"),
               21: ("بنسبة 15%. نقبل الدفع عبر مدى وفيزا وماستركارد وأبل باي", "بنسبة 15%. نقبل الدفع عبر مدى وفيزا وماستركارد وأبل باي وتابي وتمارا")}

PRODUCTS = [("سماعات لاسلكية", 199), ("قلاية هوائية 6 لتر", 349), ("عطر عود ملكي 100 مل", 420), ("جوال سامسونج جالكسي A54", 1499),
            ("ساعة ذكية", 259), ("مكنسة روبوت", 899), ("طقم فناجين قهوة عربية", 89), ("بشت رجالي", 650)]


def render(text, i, rng, when):
    terms, returns = TERMS, RETURNS
    for k, (a, b) in OTHER_EDITS.items():
        if i >= k:
            terms, returns = terms.replace(a, b), returns.replace(a, b)
    html_of = lambda src: "".join(block_html(b) for b in parse(src))
    ver = f"version{int(when.timestamp()) - rng.randint(0, 86400 * 5)}"
    fk = tok(rng, 16)
    prods = rng.sample(PRODUCTS, 5)
    prods_html = "".join(
        f'<li class="item product product-item"><div class="product-item-info"><a href="https://www.dukkan.sa/ar/catalog/product/view/id/{rng.randint(1000, 99999)}/?___store=ar&amp;SID={tok(rng, 26).lower()}" class="product-item-link">{esc(n)}</a>'
        f'<span class="price-wrapper" data-price-amount="{p}"><span class="price">{p - rng.randint(0, 40)} ر.س</span></span>'
        f'<form data-role="tocart-form" action="https://www.dukkan.sa/ar/checkout/cart/add/uenc/{b64(rng, 40)}/product/{rng.randint(1000, 9999)}/" method="post"><input name="form_key" type="hidden" value="{fk}"><button class="action tocart primary">أضف إلى السلة</button></form></div></li>'
        for n, p in prods)
    tabs_html = (
        '<div class="legal-tabs" data-mage-init=\'{"tabs":{"openedState":"active","active":1}}\'>'
        '<div class="data item title" data-role="collapsible" id="tab-label-terms"><a class="data switch" href="#tab-terms" data-toggle="trigger">الشروط والأحكام</a></div>'
        f'<div class="data item content" id="tab-terms" data-role="content" aria-hidden="true" style="display: none;">{html_of(terms)}</div>'
        '<div class="data item title active" data-role="collapsible" id="tab-label-privacy" aria-selected="true"><a class="data switch" href="#tab-privacy" data-toggle="trigger">سياسة الخصوصية</a></div>'
        f'<div class="data item content" id="tab-privacy" data-role="content" aria-hidden="false" style="display: block;">{html_of(text)}</div>'
        '<div class="data item title" data-role="collapsible" id="tab-label-returns"><a class="data switch" href="#tab-returns" data-toggle="trigger">الاسترجاع والاستبدال</a></div>'
        f'<div class="data item content" id="tab-returns" data-role="content" aria-hidden="true" style="display: none;">{html_of(returns)}</div></div>')
    return f"""<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"/><meta name="title" content="سياسة الخصوصية | دكان"/><meta name="robots" content="INDEX,FOLLOW"/>
<title>سياسة الخصوصية | دكان</title>
<link rel="stylesheet" type="text/css" media="all" href="https://www.dukkan.sa/static/{ver}/frontend/Dukkan/rtl/ar_SA/css/styles-m.css"/>
<script type="text/javascript" src="https://www.dukkan.sa/static/{ver}/frontend/Dukkan/rtl/ar_SA/requirejs/require.js"></script>
<script type="text/x-magento-init">{{"*": {{"Magento_PageCache/js/form-key-provider": {{"isPaginationCacheEnabled": 0}}, "mage/cookies": {{"expires": null, "path": "\\u002F", "domain": ".www.dukkan.sa", "secure": true, "lifetime": "3600"}}}}}}</script>
</head><body data-container="body" class="cms-privacy-policy cms-page-view page-layout-1column" id="html-body">
<div class="page-wrapper"><div class="panel wrapper"><div class="panel header"><ul class="header links"><li class="greet welcome"><span>أهلاً بك في دكان!</span></li>
<li><a href="https://www.dukkan.sa/ar/customer/account/login/referer/{b64(rng, 52)}/">تسجيل الدخول</a></li><li><a href="https://www.dukkan.sa/en/privacy-policy">English</a></li></ul>
<div class="switcher currency"><span>ر.س - ريال سعودي</span></div></div></div>
<header class="page-header"><a class="logo" href="https://www.dukkan.sa/ar/" title="دكان"><img src="https://www.dukkan.sa/static/{ver}/frontend/Dukkan/rtl/ar_SA/images/logo.svg" alt="دكان"/></a>
<div class="block block-search"><form class="form minisearch" action="https://www.dukkan.sa/ar/catalogsearch/result/"><input id="search" name="q" placeholder="ابحث في دكان..."/></form></div>
<div class="minicart-wrapper"><a class="action showcart" href="https://www.dukkan.sa/ar/checkout/cart/"><span class="counter qty empty"><span class="counter-number">0</span></span></a></div></header>
<div class="sections nav-sections"><nav class="navigation"><ul><li><a href="/ar/electronics.html">الإلكترونيات</a></li><li><a href="/ar/fashion.html">الأزياء</a></li><li><a href="/ar/home.html">المنزل والمطبخ</a></li><li><a href="/ar/perfumes.html">العطور</a></li><li><a href="/ar/deals.html">عروض اليوم</a></li></ul></nav></div>
<div class="top-promo">🚚 شحن مجاني للطلبات فوق {rng.choice([99, 149, 199])} ر.س · {rng.choice(["عروض اليوم الوطني", "تخفيضات الجمعة البيضاء", "عروض رمضان", "خصم 20% بكود DUKKAN20"])}</div>
<main id="maincontent" class="page-main"><div class="page-title-wrapper"><h1 class="page-title"><span class="base" data-ui-id="page-title-wrapper">السياسات والشروط</span></h1></div>
<div class="columns"><div class="column main"><input name="form_key" type="hidden" value="{fk}"/>{tabs_html}
<div class="block widget block-products-list grid"><div class="block-title"><strong>شاهد العملاء أيضاً</strong></div><ol class="product-items">{prods_html}</ol></div>
</div></div></main>
<footer class="page-footer"><div class="footer content"><ul class="footer links"><li><a href="/ar/about-us">من نحن</a></li><li><a href="/ar/privacy-policy">سياسة الخصوصية</a></li><li><a href="/ar/contact">اتصل بنا</a></li></ul>
<div class="block newsletter"><form action="/ar/newsletter/subscriber/new/"><input name="email" placeholder="أدخل بريدك الإلكتروني"/><button>اشترك</button></form></div>
<small class="copyright"><span>© {when.year} دكان. جميع الحقوق محفوظة. الرقم الضريبي 300012345600003</span></small></div></footer></div>
<script type="text/x-magento-init">{{"*": {{"Magento_Customer/js/section-config": {{"sections": {{"stores/store/switch": ["*"]}}, "baseUrls": ["https://www.dukkan.sa/ar/"]}}, "Magento_Ui/js/core/app": {{"components": {{"storage-manager": {{"component": "Magento_Catalog/js/storage-manager", "requestSent": {int(when.timestamp())}}}}}}}}}}}</script>
</body></html>"""
