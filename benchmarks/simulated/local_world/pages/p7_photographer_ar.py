"""Noor Al-Harbi Photography, Riyadh: a women's event and wedding photographer's Wix site (Thunderbolt renderer),
Arabic, RTL. The policy page is one classic section (`#comp-lq9x1k2m`) holding three rich-text boxes (the owner
split the long text; Wix rich text has no tables, so the processors are a list) and, under them, Wix's Instagram
Feed app showing her latest work. The declaration selects the section.

Inside the section everything volatile is attribute-only: the Instagram app's iframe `src` carries a signed
`instance` token per visit, and the hashed Thunderbolt class names of the section and the rich-text boxes change
with Wix's CSS builds (three class eras). Beside: the essential viewer model's request id per request, the site
revision and page-JSON name on each publish, the Thunderbolt bundle hash per deploy, and the header strip with the
wedding season's dates left ("تبقّى 9 تواريخ فقط").
"""
import datetime as dt
import html

import common as C

SHUHUR = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
          "ديسمبر"]


def fmt_date(d):
    return "آخر تحديث: %d %s %d" % (d.day, SHUHUR[d.month - 1], d.year)


POLICY = """
# سياسة الخصوصية

{UPDATED}

نور الحربي للتصوير («نحن» أو «الاستوديو») استوديو تصوير نسائي في مدينة الرياض متخصص في تصوير حفلات الزفاف والمناسبات النسائية وجلسات المواليد والعائلة. نحن ندرك خصوصية المناسبات النسائية وحساسية الصور، ولذلك نلتزم بحماية بياناتك الشخصية وصورك. توضح هذه السياسة كيف نجمع بياناتك ونستخدمها ونحفظها عند زيارتك لموقعنا أو حجزك لجلسة تصوير أو تواصلك معنا. وتسري هذه السياسة على جميع خدماتنا، بما في ذلك تصوير حفلات الزفاف والملكة والخطوبة، وجلسات الحمل والمواليد، وجلسات التخرج، وتصوير المنتجات للمشاريع المنزلية.

## البيانات التي نجمعها

- بيانات التواصل: الاسم ورقم الجوال والبريد الإلكتروني
- بيانات الحجز: نوع المناسبة وتاريخها ومكانها (قاعة أو منزل) وعدد الحضور التقريبي
- بيانات الدفع: قيمة العربون وطريقة الدفع ورقم العملية، دون الاحتفاظ ببيانات البطاقة كاملة
- الصور ومقاطع الفيديو التي نلتقطها خلال الجلسة أو المناسبة
- الرسائل التي ترسلينها لنا عبر واتساب أو نموذج التواصل أو حسابنا في إنستغرام
- بيانات التصفح الأساسية مثل عنوان IP ونوع الجهاز والصفحات التي زرتها في الموقع

## كيف نستخدم بياناتك

- تأكيد الحجز وتنظيم موعد الجلسة والتواصل معك بشأنها
- تحرير الصور وتسليمها عبر معرض خاص محمي بكلمة مرور
- إصدار الفواتير وحفظ السجلات المحاسبية وفق متطلبات هيئة الزكاة والضريبة والجمارك
- الرد على استفساراتك وتحسين خدماتنا
- الوفاء بالتزاماتنا النظامية والرد على طلبات الجهات المختصة
- إرسال العروض الموسمية، فقط إذا وافقتِ على ذلك

## خصوصية الصور ونشرها

نحن نعلم أن صور المناسبات النسائية أمانة، ولذلك نلتزم بما يلي:

- لا ننشر أي صورة تظهر فيها العروس أو الضيفات أو الأطفال في معرض أعمالنا أو على حساباتنا في وسائل التواصل الاجتماعي إلا بموافقة خطية مسبقة منكِ.
- عند الموافقة على النشر، ننشر الصور التي تختارينها فقط، ويمكن إخفاء الوجه أو الاكتفاء بصور التفاصيل مثل الفستان والكوشة والزهور.
- جميع المصورات في فريقنا نساء، ويوقعن تعهداً بعدم الاحتفاظ بأي صور على أجهزتهن الشخصية.
- لا يستخدم فريقنا الهواتف الشخصية للتصوير أثناء المناسبات.

## جلسات المواليد والأطفال

نولي صور الأطفال والمواليد عناية خاصة. لا نلتقط صور المواليد إلا بحضور الأم أو أحد الوالدين، ولا نستخدم صور الأطفال في أي مواد تسويقية أو مسابقات أو إعلانات مدفوعة حتى مع وجود موافقة عامة على النشر، إلا بموافقة منفصلة ومكتوبة لكل صورة. وعند تسليم صور جلسات المواليد نرسل رابط المعرض الخاص إلى رقم الجوال المسجل في الحجز فقط، ولا نرسله إلى أي شخص آخر دون طلب منك.

## مشاركة البيانات مع أطراف أخرى

لا نبيع بياناتك ولا نؤجرها. نشارك البيانات الضرورية فقط مع مقدمي الخدمات التالية:

- Wix.com: استضافة الموقع ونظام الحجز
- Pixieset: معارض تسليم الصور الخاصة للعميلات
- Google Drive: النسخ الاحطياطي للصور
- ميسر (Moyasar): معالجة مدفوعات العربون عبر الإنترنت
- مطبعة الألبومات المتعاقدة معنا: عند طلب ألبوم مطبوع أو لوحات

قد تخزن بعض هذه الخدمات البيانات على خوادم خارج المملكة العربية السعودية، ونحرص على اختيار مقدمي خدمات يلتزمون بمعايير حماية مناسبة.

## الحجز والدفع عبر الموقع

عند حجزك عبر نظام الحجز في موقعنا تحفظ بيانات الحجز لدى Wix، وتتم معالجة دفع العربون عبر بوابة الدفع مباشرة، ولا تمر بيانات بطاقتك عبر خوادمنا. نرسل إليك تأكيد الحجز والتذكير بالموعد عبر رسالة نصية أو واتساب قبل المناسبة بثلاثة أيام، ونرسل بعد التسليم رسالة واحدة نطلب فيها تقييم تجربتك. ويمكنك إلغاء الحجز أو تعديل موعده وفق الشروط والأحكام المنشورة في الموقع.

## مدة الاحتفاظ بالبيانات

- نحتفظ بالصور الأصلية والمعدلة لمدة 12 شهراً من تاريخ التسليم، ثم نحذفها نهائياً من أجهزتنا وخدمات التخزين. ننصحك بتحميل صورك وحفظها فور استلامها.
- نحتفظ بالفواتير وسجلات الدفع للمدة التي يتطلبها النظام.
- نحذف رسائل الاستفسار التي لم ينتج عنها حجز بعد 6 أشهر.

## حماية البيانات

نتخذ إجراءات تقنية وتنظيمية معقولة لحماية بياناتك وصورك من الوصول غير المصرح به أو الفقدان أو التسريب، ومنها حفظ الصور الأصلية على أقراص مشفرة داخل الاستوديو، وحماية معارض التسليم بكلمة مرور خاصة بكل عميلة مع إمكانية تعطيل التحميل لغير صاحبة المعرض، وتقييد صلاحيات الوصول إلى ملفات العميلات على صاحبة الاستوديو ومحررة الصور فقط، واستخدام التحقق الثنائي في حسابات البريد الإلكتروني والتخزين السحابي. وفي حال وقوع أي حادثة تمس بياناتك سنبلغك بذلك دون تأخير.

## ملفات تعريف الارتباط

يستخدم موقعنا ملفات تعريف الارتباط (الكوكيز) الضرورية لتشغيل الموقع ونظام الحجز، وملفات تحليلية لمعرفة عدد الزوار والصفحات الأكثر زيارة. ونستخدم أيضاً بكسل ميتا لقياس أداء إعلاناتنا على إنستغرام، ولا يتم تفعيله إلا بعد موافقتك. يمكنك التحكم فيها من خلال شريط الموافقة على الكوكيز أو من إعدادات المتصفح.

## حقوقك

يحق لكِ:

- طلب الاطلاع على بياناتك الشخصية والحصول على نسخة منها
- طلب تصحيح بياناتك أو تحديثها
- طلب حذف بياناتك وصورك قبل انتهاء مدة الاحتفاظ
- سحب موافقتك على نشر الصور في أي وقت، وسنحذفها من حساباتنا خلال 7 أيام
- إلغاء الاشتراك في الرسائل الترويجية

## الفتيات دون 18 عاماً

لا نقبل الحجز المباشر من الفتيات دون 18 عاماً، ويجب أن يتم الحجز من قبل ولي الأمر أو الأم، التي توافق نيابة عنهن على التصوير وعلى أي نشر للصور.

## التعديلات على هذه السياسة

قد نقوم بتحديث هذه السياسة من وقت لآخر لتعكس التغييرات في خدماتنا أو في الأنظمة المعمول بها. سننشر النسخة المحدثة في هذه الصفحة مع تعديل تاريخ آخر تحديث في أعلاها، وإذا كانت التغييرات جوهرية فسنبلغ العميلات اللاتي لديهن حجوزات قائمة عبر واتساب.

## تواصلي معنا

لأي استفسار يتعلق بهذه السياسة أو ببياناتك:

@ نور الحربي للتصوير
@ حي الملقا، طريق أنس بن مالك، الرياض 13524
@ واتساب: +966 55 123 4567
@ البريد الإلكتروني: hello@noorphotography.sa
@ السجل التجاري: 1010654321
"""

EDITS = [
    {"note": "Tabby and Tamara instalment payments added to the processors list",
     "repl": [("- ميسر (Moyasar): معالجة مدفوعات العربون عبر الإنترنت",
               "- ميسر (Moyasar): معالجة مدفوعات العربون عبر الإنترنت\n"
               "- تابي وتمارا: خدمات الدفع بالتقسيط عند اختيارك لها")]},
    {"note": "typo fixed: الاحطياطي -> الاحتياطي (no new date)", "bump": False,
     "repl": [("النسخ الاحطياطي للصور", "النسخ الاحتياطي للصور")]},
    {"note": "photos kept 6 months after delivery instead of 12",
     "repl": [("لمدة 12 شهراً من تاريخ التسليم", "لمدة 6 أشهر من تاريخ التسليم")]},
    {"note": "studio moved: new address",
     "repl": [("@ حي الملقا، طريق أنس بن مالك، الرياض 13524", "@ حي النرجس، شارع عثمان بن عفان، الرياض 13327")]},
    {"note": "Saudi PDPL: the law named in the intro, a complaint right to SDAIA and a transfers sentence added",
     "repl": [("توضح هذه السياسة كيف نجمع بياناتك",
               "وتتوافق هذه السياسة مع نظام حماية البيانات الشخصية الصادر بالمرسوم الملكي رقم (م/19) ولوائحه "
               "التنفيذية. توضح هذه السياسة كيف نجمع بياناتك"),
              ("- إلغاء الاشتراك في الرسائل الترويجية",
               "- إلغاء الاشتراك في الرسائل الترويجية\n"
               "- تقديم شكوى إلى الهيئة السعودية للبيانات والذكاء الاصطناعي (سدايا) إذا رأيتِ أن معالجة "
               "بياناتك تخالف النظام"),
              ("ونحرص على اختيار مقدمي خدمات يلتزمون بمعايير حماية مناسبة.",
               "ونحرص على اختيار مقدمي خدمات يلتزمون بمعايير حماية مناسبة، ولا ننقل البيانات خارج المملكة إلا "
               "وفق الضوابط التي تحددها لائحة نقل البيانات الشخصية خارج المملكة.")]},
]

ERAS = [  # (since, section classes, rich-text classes, header classes)
    (dt.datetime(2000, 1, 1), "Oqnisf", "KcpHeO tz5f0K", "xU8fqS"),
    (dt.datetime(2022, 9, 20), "xGDz4q", "HcOXKn SxM0TO QxJLC3", "xU8fqS ZDfuBd"),
    (dt.datetime(2024, 2, 6), "xGDz4q wU9nAf", "HcOXKn c9GqVL QxJLC3", "pGL4Fk"),
]


def era(when):
    return [e for e in ERAS if e[0] <= when][-1]


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}
    st["request"] = "%d.%s" % (int((when - dt.datetime(1970, 1, 1)).total_seconds()), "".join(
        rng.choice("0123456789") for _ in range(20)))
    st["instance"] = "%s.%s" % (C.b64tok(rng, 32).rstrip("=").replace("+", "-").replace("/", "_"),
                                C.b64tok(rng, 180).rstrip("=").replace("+", "-").replace("/", "_"))
    e = era(when)
    st["classes"] = list(e[1:])
    st["bundle"] = C.keep_or(rng, prev.get("bundle"), 0.45, lambda: C.hexs(rng, 8))
    rev = prev.get("revision") or 388
    st["revision"] = rev + (rng.randint(1, 6) if rng.random() < 0.3 else 0)
    d = when.date()
    season = d.year + 1 if d.month >= 9 else d.year
    left = max(2, 30 - ((d.month - 9) % 12) * 2 - rng.randint(0, 3))
    st["season"] = [season, left]
    return st


LABELS = {"request": "viewer model request id (per request)",
          "instance": "Instagram Feed app iframe instance token inside the declared section (attribute only)",
          "classes": "Thunderbolt hashed class names, also on the declared section and its text boxes",
          "bundle": "Thunderbolt bundle hash (Wix deploys)",
          "revision": "site revision (publish)",
          "season": "header strip: wedding-season dates left"}


def _rt_inline(s):
    return C.inline_html(
        s, text=lambda raw: html.escape(raw, quote=False),
        bold=lambda raw: '<span style="font-weight:bold;" class="wixui-rich-text__text">%s</span>'
        % html.escape(raw, quote=False),
        link=lambda url, label: '<a href="%s" target="_blank" class="wixui-rich-text__text"><span style="text-'
        'decoration:underline;" class="wixui-rich-text__text">%s</span></a>' % (html.escape(url),
                                                                             html.escape(label, quote=False)))


def _p(inner, font="font_8"):
    return ('<p class="%s wixui-rich-text__text" style="text-align:right; line-height:1.8em;"><span '
            'class="wixui-rich-text__text">%s</span></p>' % (font, inner))


SPACER = _p("&nbsp;")


def rich_text(blocks):
    out = []
    for kind, v in blocks:
        if kind == "h1":
            out.append('<h1 class="font_0 wixui-rich-text__text" style="text-align:right;"><span class="wixui-rich-'
                       'text__text">%s</span></h1>' % _rt_inline(v))
        elif kind == "h2":
            out.append(SPACER)
            out.append('<h2 class="font_3 wixui-rich-text__text" style="text-align:right;"><span class="wixui-rich-'
                       'text__text">%s</span></h2>' % _rt_inline(v))
        elif kind == "p":
            out.append(_p(_rt_inline(v)))
        elif kind == "addr":
            out.extend(_p(_rt_inline(x)) for x in v)
        elif kind == "ul":
            out.append('<ul class="font_8 wixui-rich-text__text">%s</ul>' % "".join(
                '<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text" style="text-align:right; '
                'line-height:1.8em;"><span class="wixui-rich-text__text">%s</span></p></li>' % _rt_inline(x)
                for x in v))
        else:
            raise ValueError(kind)
    return "".join(out)


def render(state, blocks, when):
    sec_cls, rt_cls, hdr_cls = state["classes"]
    # the owner's three text boxes: up to "خصوصية الصور", up to "مدة الاحتفاظ", the rest
    cuts = [n for n, b in enumerate(blocks) if b[0] == "h2" and b[1] in ("خصوصية الصور ونشرها",
                                                                          "مدة الاحتفاظ بالبيانات")]
    parts = [blocks[:cuts[0]], blocks[cuts[0]:cuts[1]], blocks[cuts[1]:]]
    ids = ["comp-lq9x1k2n", "comp-lq9x4f7w", "comp-lq9x8b3c"]
    boxes = "".join('<div id="%s" class="%s %s wixui-rich-text" data-testid="richTextElement">%s</div>'
                    % (cid, rt_cls, cid, rich_text(p)) for cid, p in zip(ids, parts))
    page_json = "c1dmp_%s_%d" % (C.det_sha(repr(blocks))[:6], state["revision"])
    state["page_json"] = page_json
    season, left = state["season"]
    insta = ('<div id="comp-lqa0d2e1" class="comp-lqa0d2e1"><wix-iframe data-src="" title="Instagram Feed" '
             'aria-label="Instagram Feed"><iframe class="nKphmK" title="Instagram Feed" aria-label="Instagram Feed" '
             'scrolling="no" frameborder="0" allow="autoplay; camera; microphone; geolocation; vr" '
             'allowfullscreen="" src="https://www.instagram-feed.com/app/widget?commonConfig=%%7B%%22brand%%22%%3A'
             '%%22wix%%22%%7D&amp;compId=comp-lqa0d2e1&amp;currency=SAR&amp;deviceType=desktop&amp;height=520&amp;'
             'instance=%s&amp;locale=ar&amp;pageId=c1dmp&amp;siteRevision=%d&amp;tz=Asia%%2FRiyadh&amp;'
             'viewMode=site&amp;viewerCompId=comp-lqa0d2e1&amp;width=980" name="comp-lqa0d2e1"></iframe>'
             '</wix-iframe></div>' % (state["instance"], state["revision"]))
    menu = [("الرئيسية", "/"), ("أعمالنا", "/portfolio"), ("الباقات والأسعار", "/packages"),
            ("احجزي موعدك", "/book-online"), ("تواصلي معنا", "/contact")]
    nav = "".join('<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="https://www.'
                  'noorphotography.sa%s" target="_self" class="UiHgGh"><div class="yRj2ms"><p class="JS76Uv">%s</p>'
                  '</div></a></li>' % (u, t) for t, u in menu)
    return """<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
  <meta charset='utf-8'>
  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="generator" content="Wix.com Website Builder"/>
  <link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/3c7a21_8f0e2d1b4c5a4e6f9b1d2c3a4b5c6d7e%%7Emv2.png/v1/fill/w_192%%2Ch_192%%2Clg_1%%2Cusm_0.66_1.00_0.01/3c7a21_8f0e2d1b4c5a4e6f9b1d2c3a4b5c6d7e%%7Emv2.png" type="image/png"/>
  <script type="application/json" id="wix-essential-viewer-model">{"fleetConfig":{"fleetName":"thunderbolt-seo-renderer","type":"GA","code":0},"mode":{"qa":false,"enableTestApi":false,"debug":false,"ssrIndicator":false,"ssrOnly":false,"siteAssetsFallback":"enable","versionIndicator":false},"componentsLibrariesTopology":[{"artifactId":"editor-elements","namespace":"wixui","url":"https:\\/\\/static.parastorage.com\\/services\\/editor-elements\\/1.12098.0"}],"siteFeaturesConfigs":{"sessionManager":{"isRunningInDifferentSiteContext":false}},"language":{"userLanguage":"ar"},"siteAssets":{"clientTopology":{"mediaRootUrl":"https:\\/\\/static.wixstatic.com","staticMediaUrl":"https:\\/\\/static.wixstatic.com\\/media","moduleRepoUrl":"https:\\/\\/static.parastorage.com\\/unpkg","fileRepoUrl":"https:\\/\\/static.parastorage.com\\/services","siteAssetsUrl":"https:\\/\\/siteassets.parastorage.com","pageJsonServerUrls":["https:\\/\\/pages.parastorage.com","https:\\/\\/staticorigin.wixstatic.com","https:\\/\\/www.noorphotography.sa","https:\\/\\/fallback.wix.com\\/wix-html-editor-pages-webapp\\/page"],"pathOfTBModulesInFileRepoForFallback":"wix-thunderbolt\\/dist\\/"}},"siteFeatures":["accessibility","appMonitoring","assetsLoader","businessLogger","captcha","clickHandlerRegistrar","commonConfig","componentsLoader","componentsRegistry","consentPolicy","cookiesManager","cyclicTabbing","domSelectors","environmentWixCodeSdk","environment","locationWixCodeSdk","mpaNavigation","navigationManager","navigationPhases","ooi","pages","panorama","renderer","reporter","router","scrollRestoration","seoWixCodeSdk","seo","sessionManager","siteMembersWixCodeSdk","siteMembers","siteScrollBlocker","siteWixCodeSdk","speculationRules","ssrCache","stores","structureApi","thunderboltInitializer","tpaCommons","translations","usedPlatformApis","warmupData","windowMessageRegistrar","windowWixCodeSdk","wixCustomElementComponent","wixEmbedsApi","componentsReact","platform"],"site":{"externalBaseUrl":"https:\\/\\/www.noorphotography.sa","isSEO":true},"media":{"staticMediaUrl":"https:\\/\\/static.wixstatic.com\\/media","mediaRootUrl":"https:\\/\\/static.wixstatic.com\\/","staticVideoUrl":"https:\\/\\/video.wixstatic.com\\/"},"requestUrl":"https:\\/\\/www.noorphotography.sa\\/privacy-policy","rollout":{"siteAssetsVersionsRollout":false,"isDACRollout":0,"isTBRollout":false},"commonConfig":{"brand":"wix","host":"VIEWER","bsi":"","consentPolicy":{},"consentPolicyHeader":{},"siteRevision":"%(rev)d","renderingFlow":"NONE","language":"ar","locale":"ar-sa"},"interactionSampleRatio":0.01,"dynamicModelUrl":"https:\\/\\/www.noorphotography.sa\\/_api\\/v2\\/dynamicmodel","accessTokensUrl":"https:\\/\\/www.noorphotography.sa\\/_api\\/v1\\/access-tokens","pageJsonFileNames":{"c1dmp":"%(pj)s","masterPage":"3c7a21_%(rev)d"},"requestId":"%(req)s","isExcludedFromSecurityExperiments":false,"experiments":{"specs.thunderbolt.hardenFetchAndXHR":true,"specs.thunderbolt.securityExperiments":true}}</script>
  <script>window.viewerModel = JSON.parse(document.getElementById('wix-essential-viewer-model').textContent)</script>
  <script>window.commonConfig = viewerModel.commonConfig</script>
  <script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%(bundle)s.bundle.min.js" async></script>
  <script src="https://static.parastorage.com/services/wix-thunderbolt/dist/thunderbolt-commons.%(bundle)s.bundle.min.js" async></script>
  <title>سياسة الخصوصية | نور الحربي للتصوير</title>
  <meta name="description" content="سياسة الخصوصية لاستوديو نور الحربي للتصوير النسائي في الرياض."/>
  <link rel="canonical" href="https://www.noorphotography.sa/privacy-policy"/>
  <meta property="og:title" content="سياسة الخصوصية | نور الحربي للتصوير"/>
  <meta property="og:url" content="https://www.noorphotography.sa/privacy-policy"/>
  <meta property="og:site_name" content="نور الحربي للتصوير"/>
  <meta property="og:type" content="website"/>
  <style id="css_masterPage">#SITE_CONTAINER{direction:rtl}.font_0{font:normal normal bold 38px/1.4em 'tajawal',sans-serif;color:#3E3A36}.font_3{font:normal normal bold 24px/1.4em 'tajawal',sans-serif;color:#8A6D4B}.font_8{font:normal normal normal 16px/1.8em 'tajawal',sans-serif;color:#3E3A36}</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-layout"><header id="SITE_HEADER" class="%(hdr)s SITE_HEADER wixui-header" tabindex="-1"><div class="U4Bvut"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content"><div id="comp-kx3ba1q9" class="%(rt)s comp-kx3ba1q9 wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text" style="text-align:center;"><span class="wixui-rich-text__text">حجوزات موسم الأعراس %(season)d مفتوحة الآن · تبقّى %(left)d تواريخ فقط</span></p></div><div id="comp-kx3b7z2k" class="comp-kx3b7z2k wixui-image"><a data-testid="linkElement" href="https://www.noorphotography.sa" target="_self"><wow-image id="img_comp-kx3b7z2k" class="HlRz5e BI8PVQ" data-image-info='{"containerId":"comp-kx3b7z2k","displayMode":"fill","targetWidth":180,"targetHeight":72,"isLQIP":false,"imageData":{"width":600,"height":240,"uri":"3c7a21_0d9f8e7c6b5a4d3e2f1a0b9c8d7e6f5a~mv2.png","name":"logo-noor.png","displayMode":"fill"}}'><img src="https://static.wixstatic.com/media/3c7a21_0d9f8e7c6b5a4d3e2f1a0b9c8d7e6f5a~mv2.png/v1/fill/w_180,h_72,al_c,q_85,usm_0.66_1.00_0.01,enc_auto/logo-noor.png" alt="نور الحربي للتصوير" style="width:180px;height:72px;object-fit:cover" width="180" height="72"/></wow-image></a></div><nav id="comp-kx3bd0m4" aria-label="الموقع" class="comp-kx3bd0m4 wixui-dropdown-menu"><ul class="wixui-dropdown-menu__list">%(nav)s</ul></nav></div></div></div></header><main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabIndex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="c1dmp" class="dBAkHi theme-vars c1dmp"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content" class=""><div data-mesh-id="Containerc1dmpinlineContent-gridContainer" data-testid="mesh-container-content"><section id="comp-lq9x1k2m" tabindex="-1" class="%(sec)s comp-lq9x1k2m wixui-section" data-block-level-container="ClassicSection"><div id="bgLayers_comp-lq9x1k2m" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div><div id="bgMedia_comp-lq9x1k2m" class="VgO9Yg"></div></div><div data-mesh-id="comp-lq9x1k2minlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-lq9x1k2minlineContent-gridContainer" data-testid="mesh-container-content">%(boxes)s%(insta)s</div></div></section></div></div></div></div></div></div></div></main><footer id="SITE_FOOTER" class="%(hdr)s SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_FOOTERinlineContent-gridContainer" data-testid="mesh-container-content"><div id="comp-kx3c9q1d" class="%(rt)s comp-kx3c9q1d wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text" style="text-align:center;"><span class="wixui-rich-text__text">© %(year)d نور الحربي للتصوير · <a href="https://www.noorphotography.sa/privacy-policy" target="_self" class="wixui-rich-text__text">سياسة الخصوصية</a> · <a href="https://www.noorphotography.sa/terms" target="_self" class="wixui-rich-text__text">الشروط والأحكام</a></span></p></div></div></div></div></footer></div></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div>
<script>window.fedops = window.fedops || {}; window.fedops.data = {"site":{"isResponsive":false,"siteId":"3c7a21d4-9b8e-4f70-a612-5d4e3c2b1a09","metaSiteId":"e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b","revision":"%(rev)d"},"requestId":"%(req)s","frogOnUserDomain":true};</script>
</body>
</html>
""" % {"rev": state["revision"], "pj": page_json, "req": state["request"], "bundle": state["bundle"],
       "hdr": hdr_cls, "rt": rt_cls, "season": season, "left": left, "nav": nav, "sec": sec_cls, "boxes": boxes,
       "insta": insta, "year": when.year}


PAGE = {
    "service": "Noor Alharbi Photography",
    "url": "https://www.noorphotography.sa/privacy-policy",
    "lang": "ar",
    "platform": "Wix (Thunderbolt)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "Pepyaka"), ("Content-Language", "ar"),
                      ("Cache-Control", "private,max-age=0,must-revalidate")],
    "n": 30,
    "start": dt.date(2021, 10, 1),
    "end": dt.date(2024, 12, 28),
    "hours": (6, 18),
    "policy": POLICY,
    "first_updated": dt.date(2021, 9, 12),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"select": "#comp-lq9x1k2m"},
}
