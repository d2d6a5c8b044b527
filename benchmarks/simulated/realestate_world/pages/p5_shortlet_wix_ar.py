"""Rawabi Stays: a Dubai holiday-home (short-let) manager on Wix (Thunderbolt renderer), Gulf Arabic, right to left.

The policy is two Wix Rich Text elements in one classic section: the title (#comp-lq8k2m1x) and the body
(#comp-lq8k4b7r, Wix's font_8 / wixui-rich-text__text markup, spans with inline styles, &nbsp; spacer paragraphs,
no tables: the editor cannot make one). The curator selects both elements by their comp ids, which survive
publishes. Fairly clean: per visit the viewer model's requestId; sticky: Wix renderer releases (hashed component
class names, thunderbolt bundle URLs), the site revision bumped at every publish, the guest-rating strip in the
footer (rating and review count from the PMS) and the seasonal strip (Ramadan, National Day, DSF, summer).
"""
import datetime as dt
import html
import json

import common as C

URL = "https://www.rawabistays.ae/privacy-policy"

POLICY = """# سياسة الخصوصية

آخر تحديث: {UPDATED}

شركة روابي لإدارة بيوت العطلات ش.ذ.م.م («روابي» أو «نحن») شركة مرخّصة من دائرة الاقتصاد والسياحة في دبي لتشغيل بيوت العطلات. توضّح هذه السياسة كيف نجمع بياناتك الشخصية ونستخدمها ونحميها عندما تحجز إقامة لدينا، أو تعهد إلينا بإدارة عقارك، أو تتصفح موقعنا الإلكتروني، وذلك وفقًا للمرسوم بقانون اتحادي رقم 45 لسنة 2021 بشأن حماية البيانات الشخصية.

## البيانات التي نجمعها

### الضيوف

- **بيانات الهوية:** الاسم الكامل والجنسية وتاريخ الميلاد وصورة جواز السفر أو بطاقة الهوية الإماراتية لجميع النزلاء البالغين.
- **بيانات الاتصال:** رقم الهاتف المتحرك والبريد الإلكتروني ورقم واتساب.
- **بيانات الحجز:** تواريخ الوصول والمغادرة وعدد النزلاء ومنصة الحجز والطلبات الخاصة.
- **بيانات الدفع:** تتم معالجة بطاقات الدفع لدى مزوّد خدمة الدفع، ولا نحتفظ إلا بآخر أربعة أرقام من البطاقة.

### ملاك العقارات

- الاسم وبيانات الاتصال ونسخة من سند الملكية وتصريح بيت العطلات.
- رقم الحساب المصرفي الدولي (IBAN) لتحويل العوائد الشهرية.
- بيانات الهوية اللازمة لإجراءات مكافحة غسل الأموال.

عندما تستخدم أداة «احسب عائدك» على موقعنا، نجمع موقع العقار ونوعه وعدد غرفه وبيانات الاتصال بك لنرسل إليك تقديرًا للعائد المتوقع. لا نستخدم هذه البيانات لأي غرض آخر دون موافقتك.

### زوار الموقع

- عنوان IP ونوع الجهاز والمتصفح والصفحات التي زرتها، وملفات تعريف الارتباط وفقًا لاختياراتك.

## كيف نستخدم بياناتك

- تأكيد الحجوزات وإدارتها وإرسال تعليمات الوصول ورموز الدخول.
- تسجيل النزلاء لدى دائرة الاقتصاد والسياحة في دبي وفق ما يشترطه نظام بيوت العطلات، وتحصيل رسم درهم السياحة.
- تقديم خدمات التنظيف والصيانة والاستجابة لطلباتك خلال الإقامة.
- إدارة العقارات نيابةً عن ملاكها وإعداد كشوف العوائد الشهرية.
- الوفاء بالتزاماتنا القانونية والضريبية، بما في ذلك ضريبة القيمة المضافة.
- إرسال العروض الترويجية والنشرات، فقط إذا وافقت على ذلك.

نعالج بياناتك استنادًا إلى تنفيذ عقد الحجز أو عقد الإدارة، أو الالتزام القانوني، أو مصلحتنا المشروعة في حماية عقاراتنا وضيوفنا، أو موافقتك عندما نطلبها.

## التحقق من الضيوف والتأمين

لحماية الجيران والعقارات، قد نطلب من الضيوف تفويضًا مسبقًا على بطاقة الدفع كمبلغ تأمين، ونراجع الحجوزات التي تحمل مؤشرات على إقامة حفلات أو تجاوز العدد المسموح به من النزلاء. وإذا ثبت إخلال الضيف بقواعد الإقامة، فقد نحتفظ باسمه ورقم هاتفه في قائمة داخلية لرفض الحجوزات المستقبلية لمدة سنتين.

## المكالمات والرسائل

نستخدم حساب واتساب للأعمال للتواصل مع الضيوف وملاك العقارات، ونحتفظ بسجل المحادثات لمتابعة الطلبات والشكاوى. وقد نسجل المكالمات الهاتفية مع فريق خدمة الضيوف لأغراض الجودة والتدريب، وسنخبرك بذلك في بداية المكالمة.

## مشاركة البيانات

لا نبيع بياناتك الشخصية. نشاركها فقط مع الجهات التالية وبالقدر اللازم:

- دائرة الاقتصاد والسياحة في دبي والجهات الحكومية المختصة، عند الطلب أو وفق ما يقتضيه القانون.
- منصات الحجز مثل Airbnb وBooking.com وVrbo عندما يتم الحجز من خلالها.
- إدارة المبنى أو جمعية الملاك لإصدار تصاريح الدخول ومواقف السيارات.
- مزوّدي الخدمات الذين يعملون لحسابنا: شركات التنظيف والصيانة، ومزوّد خدمة الدفع، ونظام إدارة الحجوزات Guesty، ومزوّدي الاستضافة السحابية.

## نقل البيانات خارج الدولة

يقيم كثير من ضيوفنا خارج الدولة، ولذلك قد تنتقل بياناتهم إلينا من بلدانهم عند الحجز عبر المنصات العالمية. قد تُخزَّن بعض البيانات على خوادم مزوّدي الخدمات خارج دولة الإمارات العربية المتحدة، مثل الاتحاد الأوروبي أو الولايات المتحدة. في هذه الحالة نحرص على أن يوفّر البلد المستقبِل مستوى مناسبًا من الحماية أو أن تتضمن عقودنا مع المزوّد ضمانات تعاقدية كافية.

## أمن البيانات

نستخدم تدابير تقنية وتنظيمية مناسبة لحماية البيانت، منها التشفير وتقييد صلاحيات الوصول وتدريب فريقنا. ورغم ذلك لا يمكن ضمان أمان أي نقل للبيانات عبر الإنترنت بشكل كامل.

## مدة الاحتفاظ بالبيانات

- بيانات الحجز والنزلاء: خمس سنوات من تاريخ المغادرة.
- المستندات المالية والضريبية: خمس سنوات وفقًا لقوانين الضرائب في الدولة.
- بيانات ملاك العقارات: طوال مدة عقد الإدارة وخمس سنوات بعد انتهائه.
- بيانات التسويق: حتى تسحب موافقتك.

## حقوقك

نلتزم بتمكينك من ممارسة حقوقك المنصوص عليها في قانون حماية البيانات الشخصية دون أي رسوم، إلا إذا كانت الطلبات متكررة أو مبالغًا فيها بشكل واضح. وقد نطلب منك إثبات هويتك قبل تنفيذ الطلب حتى لا نكشف بياناتك لغيرك. وإذا كان القانون يلزمنا بالاحتفاظ ببعض البيانات، مثل سجلات تسجيل النزلاء أو الفواتير الضريبية، فسنوضح لك ذلك ونمتنع عن أي استخدام آخر لها حتى انتهاء المدة المحددة.

يحق لك في أي وقت طلب الوصول إلى بياناتك أو تصحيحها أو مسحها، وتقييد معالجتها أو الاعتراض عليها، وطلب نقلها إلى جهة أخرى، وسحب موافقتك على التسويق. للتقدم بطلب، راسلنا على [privacy@rawabistays.ae](mailto:privacy@rawabistays.ae) وسنرد عليك خلال 30 يومًا. ويحق لك أيضًا تقديم شكوى إلى مكتب الإمارات للبيانات.

## ملفات تعريف الارتباط

يستخدم موقعنا ملفات تعريف ارتباط ضرورية لتشغيله، وأخرى تحليلية وتسويقية لا نفعّلها إلا بموافقتك من خلال شريط ملفات تعريف الارتباط. يمكنك تغيير اختياراتك في أي وقت من رابط «إعدادات ملفات تعريف الارتباط» أسفل الصفحة.

## التسويق المباشر

إذا وافقت على تلقي العروض، فسنرسل إليك رسائل عبر البريد الإلكتروني أو واتساب عن الإقامات المتاحة والعروض الموسمية. يمكنك إلغاء الاشتراك في أي وقت باستخدام الرابط الموجود في الرسالة أو بالرد بكلمة «إيقاف».

## الأطفال

خدماتنا غير موجّهة إلى الأطفال، ولا نجمع بيانات من هم دون 18 عامًا إلا ضمن بيانات الحجز التي يقدّمها ولي الأمر.

## روابط المواقع الأخرى

قد يحتوي موقعنا على روابط إلى منصات الحجز أو خرائط Google أو مواقع الشركاء. لا نتحكم في هذه المواقع ولا نتحمل مسؤولية ممارساتها المتعلقة بالخصوصية، لذا ننصحك بقراءة سياسات الخصوصية الخاصة بها قبل تقديم أي بيانات.

## التعديلات على هذه السياسة

قد نحدّث هذه السياسة من وقت لآخر لتعكس التغييرات في خدماتنا أو في القوانين المعمول بها. وسننشر النسخة المحدّثة على هذه الصفحة مع تاريخ آخر تحديث، وسنبلغ ملاك العقارات المتعاقدين معنا بأي تغيير جوهري عبر البريد الإلكتروني.

## تواصل معنا

@ روابي لإدارة بيوت العطلات ش.ذ.م.م
@ مكتب 1804، برج بي باي، الخليج التجاري، دبي، الإمارات العربية المتحدة
@ البريد الإلكتروني: privacy@rawabistays.ae
@ الهاتف: +971 4 578 2200"""

EDITS = [
    {"note": "typo fixed: 'البيانت' -> 'البيانات' (no new date)", "bump": False,
     "repl": [("لحماية البيانت،", "لحماية البيانات،")]},
    {"note": "phrase inserted: 'a clear copy' of the passport", "repl": [
        ("وصورة جواز السفر أو بطاقة الهوية الإماراتية", "وصورة واضحة من جواز السفر أو بطاقة الهوية الإماراتية")]},
    {"note": "new section: smart locks and entrance cameras (access logs, 30-day footage)",
     "repl": [("## نقل البيانات خارج الدولة",
               "## الأقفال الذكية وكاميرات المداخل\n\n"
               "تعمل معظم وحداتنا بأقفال ذكية، ونرسل إليك رمز الدخول قبل موعد الوصول بيوم واحد. يسجّل النظام وقت "
               "استخدام كل رمز، ونحتفظ بهذا السجل 90 يومًا للتحقق من الالتزام بمواعيد الوصول والمغادرة وعدد "
               "النزلاء. وفي بعض الفلل توجد كاميرا عند الباب الخارجي فقط، ولا توجد أي كاميرات داخل الوحدات. "
               "تُحفظ التسجيلات 30 يومًا ثم تُحذف تلقائيًا.\n\n"
               "## نقل البيانات خارج الدولة")]},
    {"note": "retention of booking and guest data changed five -> three years",
     "repl": [("- بيانات الحجز والنزلاء: خمس سنوات من تاريخ المغادرة.", "- بيانات الحجز والنزلاء: ثلاث سنوات من تاريخ المغادرة.")]},
    {"note": "office moved and phone changed in 'تواصل معنا'",
     "repl": [("@ مكتب 1804، برج بي باي، الخليج التجاري، دبي، الإمارات العربية المتحدة",
               "@ مكتب 2203، برج أونيكس 2، ذا جرينز، دبي، الإمارات العربية المتحدة"),
              ("@ الهاتف: +971 4 578 2200", "@ الهاتف: +971 4 242 9310")]},
]

MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
          "ديسمبر"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


RAMADAN = [(dt.date(2022, 4, 2), dt.date(2022, 5, 1)), (dt.date(2023, 3, 23), dt.date(2023, 4, 20)),
           (dt.date(2024, 3, 11), dt.date(2024, 4, 9)), (dt.date(2025, 3, 1), dt.date(2025, 3, 29))]

# Wix renderer releases: (text element classes, section classes, page classes, thunderbolt bundle)
RENDERERS = [
    ("KcpHeO tz5f0K", "Oqnisf", "dBAkHi", "1.13821.0"),
    ("KcpHeO tz5f0K", "Oqnisf", "dBAkHi", "1.13903.0"),
    ("wixui-rich-text__text-wrapper KcpHeO", "Oqnisf", "dBAkHi", "1.14112.0"),
    ("HcOXKn SxM0TO QxJLC3", "xuzjBY", "dBAkHi", "1.14357.0"),
    ("HcOXKn c9GqVL QxJLC3", "xuzjBY", "PFkO7r", "1.14801.0"),
]


def _season(d):
    for a, b in RAMADAN:
        if a - dt.timedelta(days=5) <= d <= b:
            return ("ramadan", "رمضان كريم: خصم 15% على الإقامات الشهرية خلال الشهر الفضيل")
    if (d.month == 11 and d.day >= 25) or (d.month == 12 and d.day <= 3):
        return ("nationalday", "احتفالًا بعيد الاتحاد: ليلة مجانية عند حجز 4 ليالٍ أو أكثر")
    if (d.month == 12 and d.day >= 14) or (d.month == 1 and d.day <= 29):
        return ("dsf", "مهرجان دبي للتسوق: شقق قريبة من دبي مول بأسعار خاصة")
    if d.month in (7, 8):
        return ("summer", "عروض الصيف: وفّر حتى 25% على إقامات الأسبوعين")
    return None


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["request"] = "%d.%d%s" % (int((when - dt.datetime(1970, 1, 1)).total_seconds()), rng.randint(1, 9), "".join(str(rng.randint(0, 9)) for _ in range(16)))
    # renderer: releases roughly in time order
    span = (when - dt.datetime(2021, 10, 1)).days / (365 * 3.4)
    idx = min(len(RENDERERS) - 1, max(0, int(span * len(RENDERERS))))
    old = p.get("renderer")
    st["renderer"] = old if (old is not None and old[0] == idx and rng.random() > 0.3) else (idx, C.hexs(rng, 8))
    st["revision"] = (p.get("revision") or 362) + (rng.randint(1, 6) if rng.random() < 0.45 else 0)
    old_r = p.get("rating")

    def rating():
        base = old_r[1] if old_r else 2890
        return (rng.choice(["4.89", "4.91", "4.92", "4.93", "4.90"]), base + rng.randint(8, 90))
    st["rating"] = C.keep_or(rng, old_r, 0.7, rating)
    st["season"] = _season(when.date())
    return st


LABELS = {"request": "viewer model requestId", "renderer": "Wix renderer release (component classes, bundle urls)",
          "revision": "site revision (publishes of other pages)",
          "published_revision": "site revision shown (publish)", "rating": "guest rating strip in the footer", "season": "seasonal strip"}


def wix_inline(t):
    sp = lambda raw: '<span class="wixui-rich-text__text">%s</span>' % html.escape(raw, quote=False)
    return C.inline_html(
        t, text=lambda raw: html.escape(raw, quote=False),
        bold=lambda raw: '<span style="font-weight:bold;" class="wixui-rich-text__text">%s</span>' % html.escape(raw, quote=False),
        link=lambda url, label: '<a href="%s" target="_self" class="wixui-rich-text__text"><span style="text-decoration:underline;" class="wixui-rich-text__text">%s</span></a>' % (html.escape(url), html.escape(label, quote=False)))


SPACER = '<p class="font_8 wixui-rich-text__text" dir="rtl" style="text-align:right;"><span class="wixui-rich-text__text">&nbsp;</span></p>'


def wix_rich(blocks):
    out = []
    for kind, v in blocks:
        if kind == "h1":
            out.append('<h1 class="font_0 wixui-rich-text__text" dir="rtl" style="text-align:right; font-size:44px;"><span style="font-size:44px;" class="wixui-rich-text__text">%s</span></h1>' % wix_inline(v))
        elif kind == "h2":
            out.append(SPACER)
            out.append('<h2 class="font_2 wixui-rich-text__text" dir="rtl" style="text-align:right; font-size:26px;"><span style="font-size:26px;" class="wixui-rich-text__text"><span style="color:#0E4D64;" class="wixui-rich-text__text">%s</span></span></h2>' % wix_inline(v))
        elif kind == "h3":
            out.append('<h3 class="font_3 wixui-rich-text__text" dir="rtl" style="text-align:right; font-size:20px;"><span style="font-size:20px;" class="wixui-rich-text__text">%s</span></h3>' % wix_inline(v))
        elif kind == "p":
            out.append('<p class="font_8 wixui-rich-text__text" dir="rtl" style="text-align:right; line-height:1.8em;"><span class="wixui-rich-text__text">%s</span></p>' % wix_inline(v))
        elif kind == "ul":
            out.append('<ul class="font_8 wixui-rich-text__text">%s</ul>' % "".join(
                '<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text" dir="rtl" style="text-align:right; line-height:1.8em;"><span class="wixui-rich-text__text">%s</span></p></li>' % wix_inline(x) for x in v))
        elif kind == "addr":
            out.append('<p class="font_8 wixui-rich-text__text" dir="rtl" style="text-align:right; line-height:1.8em;">%s</p>' % "".join(
                '<span class="wixui-rich-text__text">%s</span>%s' % (wix_inline(x), '<br class="wixui-rich-text__text">' if n < len(v) - 1 else "") for n, x in enumerate(v)))
        else:
            raise ValueError(kind)
    return "".join(out)


# a distinctive piece of each edit's new text: an edit is only live after a publish, which bumps the revision
PROBES = ["لحماية البيانات،", "صورة واضحة", "الأقفال الذكية", "ثلاث سنوات من تاريخ المغادرة", "أونيكس 2"]


def render(state, blocks, when):
    flat = " ".join(v if isinstance(v, str) else " ".join(map(str, v)) for _, v in blocks)
    state["published_revision"] = state["revision"] + 3 * sum(1 for pr in PROBES if pr in flat)
    rev = state["published_revision"]
    idx, bundle_hash = state["renderer"]
    rt_cls, sec_cls, page_cls, tb = RENDERERS[idx]
    rating, reviews = state["rating"]
    title_html = wix_rich(blocks[:1])
    body_html = wix_rich(blocks[1:])
    essential = {"fleetConfig": {"fleetName": "thunderbolt-seo-renderer", "type": "GA", "code": 0},
                 "mode": {"qa": False, "enableTestApi": False, "debug": False, "ssrIndicator": False, "ssrOnly": False, "siteAssetsFallback": "enable", "versionIndicator": False},
                 "componentsLibrariesTopology": [{"artifactId": "editor-elements", "namespace": "wixui", "url": "https://static.parastorage.com/services/editor-elements/1.%d.0" % (11000 + idx * 173)}],
                 "siteFeaturesConfigs": {"sessionManager": {"isRunningInDifferentSiteContext": False}},
                 "language": {"userLanguage": "ar"},
                 "siteAssets": {"clientTopology": {"mediaRootUrl": "https://static.wixstatic.com", "staticMediaUrl": "https://static.wixstatic.com/media", "moduleRepoUrl": "https://static.parastorage.com/unpkg", "fileRepoUrl": "https://static.parastorage.com/services", "siteAssetsUrl": "https://siteassets.parastorage.com", "pageJsonServerUrls": ["https://pages.parastorage.com", "https://staticorigin.wixstatic.com", "https://www.rawabistays.ae", "https://fallback.wix.com/wix-html-editor-pages-webapp/page"], "pathOfTBModulesInFileRepoForFallback": "wix-thunderbolt/dist/"}},
                 "experiments": {"specs.thunderbolt.hardenFetchAndXHR": True, "specs.thunderbolt.removeBiEventsForNonEssentialCookies": idx > 1},
                 "requestUrl": URL, "commonConfig": {"brand": "wix", "host": "VIEWER", "bsi": "", "consentPolicy": {}, "consentPolicyHeader": {}, "siteRevision": str(rev), "renderingFlow": "NONE", "language": "ar", "locale": "ar-ae"}}
    viewer = {"requestId": state["request"], "siteId": "b3f2a9d4-71c6-4e08-9a5b-2d7f1e6c0a93", "metaSiteId": "7e1c4a20-58d3-4b9f-a6e2-0f9d3b8c5a17",
              "siteRevision": rev, "viewMode": "desktop", "thunderboltVersion": tb, "formFactor": "desktop", "isMobileDevice": False}
    season = ""
    if state["season"]:
        season = ('<section id="comp-lqa1season" class="%s comp-lqa1season wixui-section" data-block-level-container="ClassicSection" data-season="%s">'
                  '<div id="comp-lqa1s9tx" class="%s comp-lqa1s9tx wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text" dir="rtl" style="text-align:center;"><span class="wixui-rich-text__text">%s</span></p></div></section>'
                  % (sec_cls, state["season"][0], rt_cls, html.escape(state["season"][1])))
    menu = [("الرئيسية", "/"), ("الإقامات", "/stays"), ("لملاك العقارات", "/owners"), ("احسب عائدك", "/revenue-estimate"), ("من نحن", "/about"), ("تواصل معنا", "/contact")]
    menu_html = "".join('<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="https://www.rawabistays.ae%s" target="_self" class="wixui-dropdown-menu__item"><div class="wixui-dropdown-menu__item"><p class="wixui-dropdown-menu__item">%s</p></div></a></li>' % (u, t) for t, u in menu)
    doc = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
  <meta charset='utf-8'>
  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="generator" content="Wix.com Website Builder"/>
  <link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/8d1c2f_5a0e7b3c9d4f4e21a8b6c7d0e1f2a3b4%7Emv2.png/v1/fill/w_192%2Ch_192%2Clg_1%2Cusm_0.66_1.00_0.01/8d1c2f_5a0e7b3c9d4f4e21a8b6c7d0e1f2a3b4%7Emv2.png" type="image/png"/>
  <script type="text/javascript">window.__browser_deprecation__=!('fetch' in window && 'Promise' in window);</script>
  <!-- Essential Viewer Model -->
  <script type="application/json" id="wix-essential-viewer-model">{json.dumps(essential, ensure_ascii=False, separators=(",", ":"))}</script>
  <script>window.viewerModel = JSON.parse(document.getElementById('wix-essential-viewer-model').textContent)</script>
  <script>window.commonConfig = viewerModel.commonConfig</script>
  <script type="application/json" id="wix-viewer-model">{json.dumps(viewer, ensure_ascii=False, separators=(",", ":"))}</script>
  <script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.{bundle_hash}.bundle.min.js" async></script>
  <script src="https://static.parastorage.com/services/wix-thunderbolt/dist/thunderbolt-commons.{bundle_hash[::-1]}.bundle.min.js" async></script>
  <title>سياسة الخصوصية | روابي لبيوت العطلات</title>
  <meta name="description" content="تعرّف على كيفية جمع روابي لبيوت العطلات لبياناتك الشخصية واستخدامها وحمايتها."/>
  <link rel="canonical" href="{URL}"/>
  <meta property="og:title" content="سياسة الخصوصية | روابي لبيوت العطلات"/>
  <meta property="og:url" content="{URL}"/>
  <meta property="og:site_name" content="روابي لبيوت العطلات"/>
  <meta name="google-site-verification" content="Q7v1mX3kP9tR2bW5yZ8cE4nH6jL0aS1dF3gK5hJ7q2w" />
  <style id="css_masterPage">#SITE_HEADER{{--bg:var(--color_11);}}#comp-lq8k2m1x{{--min-height:62px;}}#comp-lq8k4b7r{{--min-height:2410px;}}</style>
  <script type="text/javascript">window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}</script>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-5V1R8PZ2KD"></script>
</head>
<body class="">
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP"><div id="pageBackground_xk8y2" data-media-height-override-type="" data-media-position-override="false" class="pageBackground_xk8y2 BmZ5pC"><div id="bgLayers_pageBackground_xk8y2" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div></div></div></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBgCenter"></div></div><div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX" data-testid="screenWidthContainerBgCenter"></div></div><div class="CJF7A2"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content"><div id="comp-kx3n1logo" class="XUUsC7 comp-kx3n1logo wixui-image"><a data-testid="linkElement" href="https://www.rawabistays.ae" target="_self" class="j7pOnl"><img src="https://static.wixstatic.com/media/8d1c2f_0b7e2d4a6c8f4a1e9d3b5c7e9f1a2b3c%7Emv2.png/v1/fill/w_168,h_48,al_c,q_85,enc_auto/rawabi-logo.png" alt="روابي لبيوت العطلات" style="width:168px;height:48px;object-fit:cover" width="168" height="48"/></a></div><nav id="comp-kx3n2menu" aria-label="الموقع" class="StylableHorizontalMenu3372578893__root comp-kx3n2menu wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">{menu_html}</ul></nav><div id="comp-kx3n3book" aria-disabled="false" class="comp-kx3n3book FubTgk wixui-button" data-semantic-classname="button"><a data-testid="linkElement" href="https://book.rawabistays.ae" target="_blank" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">احجز الآن</span></a></div></div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="xk8y2" class="{page_cls} theme-vars xk8y2"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerxk8y2" class="Containerxk8y2 SPY_vo"><div data-mesh-id="Containerxk8y2inlineContent" data-testid="inline-content" class=""><div data-mesh-id="Containerxk8y2inlineContent-gridContainer" data-testid="mesh-container-content">{season}<section id="comp-lq8k1sec" tabindex="-1" class="{sec_cls} comp-lq8k1sec wixui-section" data-block-level-container="ClassicSection"><div id="bgLayers_comp-lq8k1sec" data-hook="bgLayers" data-motion-part="BG_LAYER" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div><div data-mesh-id="comp-lq8k1secinlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-lq8k1secinlineContent-gridContainer" data-testid="mesh-container-content"><div id="comp-lq8k2m1x" class="{rt_cls} comp-lq8k2m1x wixui-rich-text" data-testid="richTextElement">{title_html}</div><div id="comp-lq8k4b7r" class="{rt_cls} comp-lq8k4b7r wixui-rich-text" data-testid="richTextElement">{body_html}</div></div></div></section></div></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="CJF7A2"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_FOOTERinlineContent-gridContainer" data-testid="mesh-container-content"><div id="comp-kx3f1rate" class="{rt_cls} comp-kx3f1rate wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text" style="text-align:center;"><span class="wixui-rich-text__text">★ {rating} · {reviews:,} تقييمًا من ضيوفنا على Airbnb وBooking.com</span></p></div><div id="comp-kx3f2addr" class="{rt_cls} comp-kx3f2addr wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text" dir="rtl" style="text-align:right;"><span class="wixui-rich-text__text">تصريح بيوت العطلات من دائرة الاقتصاد والسياحة في دبي رقم 1184420</span></p><p class="font_9 wixui-rich-text__text" dir="rtl" style="text-align:right;"><span class="wixui-rich-text__text">© {when.year} روابي لإدارة بيوت العطلات ش.ذ.م.م. جميع الحقوق محفوظة.</span></p><p class="font_9 wixui-rich-text__text" dir="rtl" style="text-align:right;"><a href="https://www.rawabistays.ae/privacy-policy" target="_self" class="wixui-rich-text__text">سياسة الخصوصية</a> | <a href="https://www.rawabistays.ae/terms" target="_self" class="wixui-rich-text__text">الشروط والأحكام</a></p></div><div id="comp-kx3f3wa" class="comp-kx3f3wa wixui-vector-image"><a data-testid="linkElement" href="https://wa.me/97145782200" target="_blank" rel="noreferrer noopener" class="zKbzSQ" aria-label="WhatsApp"><div data-testid="svgRoot-comp-kx3f3wa" class="AKxYR5 VZYmYf comp-kx3f3wa"><svg preserveAspectRatio="xMidYMid meet" viewBox="0 0 32 32" height="100%" width="100%"><g><path d="M16 3C8.8 3 3 8.8 3 16c0 2.3.6 4.5 1.7 6.4L3 29l6.8-1.8c1.8 1 3.9 1.6 6.2 1.6 7.2 0 13-5.8 13-13S23.2 3 16 3z"/></g></svg></div></a></div></div></div></div></div></footer>
</div></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div>
<script type="text/javascript">window.clientSideRender = false;</script>
</body>
</html>
"""
    return doc


PAGE = {
    "service": "Rawabi Stays",
    "url": URL,
    "lang": "ar-AE",
    "platform": "Wix (Thunderbolt renderer), two Rich Text elements, right to left",
    "content_type": "text/html; charset=utf-8",
    "n": 30,
    "start": dt.date(2021, 11, 15),
    "end": dt.date(2025, 2, 20),
    "hours": (2, 10, 18),
    "policy": POLICY,
    "first_updated": dt.date(2021, 9, 6),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ["#comp-lq8k2m1x", "#comp-lq8k4b7r"]},
}
