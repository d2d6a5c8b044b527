"""Lughati Academy (online language academy for English, German and French, Giza; Egyptian Arabic, RTL), a Next.js 14
App Router site (Tailwind typography, content from a headless CMS) on Vercel with a CSP nonce set per request by
middleware. The policy renders into main > article.prose; the CMS's call-to-action component sits INSIDE the article
after the third section (aside.not-prose: 'free trial lesson, the next group starts on Saturday N, M seats left'),
which the curators remove. The RSC flight data (self.__next_f.push scripts) repeats the whole text and the CTA.
Outside: the header's promotion bar (Ramadan, summer, back-to-school, White Friday offers; prices raised after the
March 2024 float of the pound), deploy build ids and chunk hashes."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import lwkit as K  # noqa: E402

POLICY = """
# سياسة الخصوصية

آخر تحديث: {UPDATED}

توضح هذه السياسة كيف تجمع أكاديمية لغتي ("لغتي" أو "نحن") بياناتك الشخصية وتستخدمها وتحميها عندما تستخدم موقعنا وتطبيقنا وتشترك في كورسات اللغة الإنجليزية والألمانية والفرنسية أونلاين، وذلك وفقاً لقانون حماية البيانات الشخصية المصري رقم 151 لسنة 2020.

## البيانات التي نجمعها

- بيانات الحساب: الاسم، رقم الموبايل، البريد الإلكتروني، تاريخ الميلاد، وكلمة المرور بصورة مشفرة.
- بيانات ولي الأمر: عند تسجيل طالب أقل من 18 سنة نطلب اسم ولي الأمر ورقم الموبايل الخاص به.
- بيانات التعلم: نتيجة اختبار تحديد المستوى، الحضور، الواجبات، تقييمات المدرسين، والشهادات.
- تسجيلات الحصص: نسجل الحصص الأونلاين ليتمكن الطالب من مراجعتها.
- بيانات الدفع: نوع الباقة، قيمة المدفوعات، وآخر أربعة أرقام من البطاقة. لا نحتفظ ببيانات البطاقة كاملة.
- بيانات الاستخدام: عنوان IP، نوع الجهاز والمتصفح، والصفحات التي تزورها.

## كيف نستخدم بياناتك

نستخدم بياناتك لإنشاء حسابك وتحديد مستواك وتسكينك في المجموعة المناسبة، وتنظيم الحصص المباشرة مع المدرسين، ومتابعة تقدمك وإرسال تقارير دورية لولي الأمر في كورسات الأطفال، وإصدار الشهادات، وتحصيل الاشتراكات، والرد على استفساراتك عبر واتساب والبريد الإلكتروني. ولن نرسل لك عروضاً تسويقية إلا إذا وافقت على ذلك.

## مع من نشارك بياناتك

- المدرسون المتعاقدون معنا، في حدود ما يلزم لتقديم الحصص.
- مزود الدفع الإلكتروني Paymob، لمعالجة المدفوعات بالبطاقات والمحافظ الإلكترونية.
- شركة Zoom Video Communications، لاستضافة الحصص المباشرة.
- شركة Amazon Web Services، لاستضافة المنصة وتخزين التسجيلات.
- الجهات الحكومية والقضائية، عند وجود التزام قانوني.

بعض هؤلاء المزودين يعالجون البيانات خارج مصر، ونلتزم في هذه الحالة بالضمانات التي يتطلبها القانون.

## مدة الاحتفاظ بالبيانات

نحتفظ ببيانات حسابك طوال فترة اشتراكك ولمدة سنتين بعد آخر اشتراك. تُحذف تسجيلات الحصص تلقائياً بعد 30 يوماً من تاريخ الحصة. ونحتفظ بسجلات المدفوعات والفواتير للمدة التي تفرضها القوانين الضريبية.

## حقوقك

يحق لك الاطلاع على بياناتك الشخصية وطلب تصحيحها أو حذفها، والاعتراض على استخدامها في التسويق، وسحب موافقتك في أي وقت. لممارسة هذه الحقوق راسلنا على [privacy@lughati.academy](mailto:privacy@lughati.academy) وسنرد عليك خلال شهر من استلام طلبك.

## ملفات تعريف الارتباط

نستخدم ملفات تعريف الارتباط الضرورية لتسجيل الدخول، وملفات Google Analytics وMeta Pixel لقياس أداء الموقع والإعلانات. يمكنك التحكم فيها من إعدادات المتصفح.

## تواصل معنا

@ أكاديمية لغتي للتدريب اللغوي
@ 14 شارع جامعة الدول العربية، المهندسين، الجيزة
@ واتساب: 0102 556 7841
@ البريد الإلكتروني: privacy@lughati.academy

لأي استفسار بخصوص سياسة الخصوصيه هذه، تواصل معنا عبر البيانات السابقة.
"""

EDITS = [
    {"note": "processor added to the list: Fawry for cash payments",
     "repl": [("لمعالجة المدفوعات بالبطاقات والمحافظ الإلكترونية.",
               "لمعالجة المدفوعات بالبطاقات والمحافظ الإلكترونية.\n"
               "- شركة فوري (Fawry)، لتحصيل المدفوعات النقدية من منافذ الدفع.")]},
    {"note": "typo fixed (الخصوصيه -> الخصوصية, ta marbuta), date unchanged", "bump": False,
     "repl": [("سياسة الخصوصيه هذه", "سياسة الخصوصية هذه")]},
    {"note": "retention of class recordings changed from 30 to 60 days",
     "repl": [("تلقائياً بعد 30 يوماً", "تلقائياً بعد 60 يوماً")]},
    {"note": "WhatsApp number changed",
     "repl": [("@ واتساب: 0102 556 7841", "@ واتساب: 0111 804 2297")]},
    {"note": "section added: AI pronunciation assessment (voice recordings sent to a speech provider)",
     "repl": [("## حقوقك",
               "## تقييم النطق بالذكاء الاصطناعي\n\n"
               "عند استخدام خاصية تقييم النطق في التطبيق، نرسل تسجيلك الصوتي إلى مزود خدمة التعرف على الكلام "
               "Microsoft Azure لتحليله وإعطائك درجة وملاحظات على نطقك. لا يُستخدم التسجيل لتدريب نماذج الذكاء "
               "الاصطناعي، ويُحذف خلال 24 ساعة من التحليل.\n\n"
               "## حقوقك")]},
    {"note": "Meta Pixel removed from the cookies sentence",
     "repl": [("وملفات Google Analytics وMeta Pixel لقياس أداء الموقع والإعلانات.",
               "وملفات Google Analytics لقياس أداء الموقع.")]},
]


def fmt_date(d):
    return K.ar_digits("%d %s %d" % (d.day, K.MONTHS["ar"][d.month - 1], d.year))


RAMADAN = [(dt.date(2024, 3, 10), dt.date(2024, 4, 9)), (dt.date(2025, 2, 28), dt.date(2025, 3, 29))]


def _promo(d):
    for a, b in RAMADAN:
        if a <= d <= b:
            return ("ramadan", "عروض رمضان: خصم 30% على كل باقات الإنجليزي والألماني حتى آخر الشهر الكريم")
    if dt.date(d.year, 6, 15) <= d <= dt.date(d.year, 9, 10):
        return ("summer", "كورسات الصيف للأطفال من 6 لـ 14 سنة: اشترك 3 شهور واحصل على الشهر الرابع مجاناً")
    if dt.date(d.year, 9, 11) <= d <= dt.date(d.year, 10, 31):
        return ("school", "ابدأ السنة الدراسية بمستوى أقوى: خصم 20% على كورسات IGCSE والدبلومة الأمريكية")
    if d.month == 11:
        return ("white-friday", "الجمعة البيضاء: خصم 40% على الاشتراك السنوي لفترة محدودة")
    price = "650" if d < dt.date(2024, 3, 20) else ("950" if d < dt.date(2025, 1, 15) else "1,150")
    return ("default", "الباقة الشهرية تبدأ من %s جنيه فقط — احجز اختبار تحديد المستوى مجاناً" % price)


def _batch(rng, loc):
    d = loc.date()
    base = dt.date(2024, 1, 6)  # a Saturday: new beginner groups every other Saturday
    k = (d - base).days // 14 + 1
    start = base + dt.timedelta(days=14 * k)
    if (start - d).days < 3:
        start += dt.timedelta(days=14)
    left = (start - d).days
    seats = max(2, min(12, left * 12 // 16 + rng.randint(-1, 2)))
    return start, seats


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "eg")
    return {
        "nonce": C.b64tok(rng, 16),
        "deploy": C.keep_or(rng, p.get("deploy"), 0.3, lambda: (
            C.alnum(rng, 21, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"),
            C.hexs(rng, 16), C.hexs(rng, 16), C.hexs(rng, 16))),
        "promo": _promo(loc.date()),
        "batch": _batch(rng, loc),
    }


LABELS = {
    "nonce": "CSP nonce on every script (per request)",
    "deploy": "Vercel deploy: buildId and chunk/CSS hashes",
    "promo": "header promotion bar",
    "batch": "CMS call-to-action (next group start, seats left) inside article.prose, removed; repeated in RSC data",
}


def _cta(batch):
    start, seats = batch
    day = K.ar_digits("%d %s" % (start.day, K.MONTHS["ar"][start.month - 1]))
    return ("جرّب حصة مجانية مع مدرس متخصص",
            "المجموعة الجديدة من كورس الإنجليزي للمبتدئين تبدأ يوم السبت %s — متبقي %s مقاعد" % (day, K.ar_digits(seats)),
            "احجز حصتك المجانية")


def _article(blocks, cta):
    t1, t2, t3 = cta
    aside = ('<aside class="not-prose my-10 rounded-2xl border border-sky-100 bg-sky-50 p-6 text-center">'
             '<p class="text-lg font-bold text-sky-900">%s</p><p class="mt-1 text-sm text-sky-800">%s</p>'
             '<a class="mt-4 inline-flex items-center rounded-full bg-sky-600 px-6 py-2 font-semibold text-white '
             'hover:bg-sky-700" href="/ar/free-trial">%s</a></aside>' % (K.esc(t1), K.esc(t2), K.esc(t3)))
    out, h2 = [], 0
    for b in blocks:
        if b[0] == "h2":
            h2 += 1
            if h2 == 4:
                out.append(aside)
        out.append(K.render_blocks([b], addr=lambda lines, inl: "<address class=\"not-italic\">%s</address>"
                                   % "<br/>".join(inl(x) for x in lines),
                                   link=lambda u, l: '<a href="%s">%s</a>' % (K.attr(u), K.esc(l))))
    return "".join(out)


def _flight(blocks, cta, build):
    """A condensed RSC payload as Next.js streams it after the HTML."""
    kids = []
    h2 = 0
    for kind, v in blocks:
        if kind == "h2":
            h2 += 1
            if h2 == 4:
                kids.append(["$", "$L12", None, {"title": cta[0], "subtitle": cta[1], "cta": cta[2],
                                                 "href": "/ar/free-trial"}])
        if kind in ("h1", "h2", "h3", "p"):
            kids.append(["$", kind, None, {"children": K.plain(v)}])
        elif kind == "ul":
            kids.append(["$", "ul", None, {"children": [["$", "li", str(n), {"children": K.plain(x)}]
                                                        for n, x in enumerate(v)]}])
        elif kind == "addr":
            kids.append(["$", "address", None, {"className": "not-italic", "children": [K.plain(x) for x in v]}])
    lines = [
        '0:["%s",[[["",{"children":[["locale","ar","d"],{"children":["privacy-policy",{"children":["__PAGE__",{}]}]}]},'
        '"$undefined","$undefined",true],["",{"children":["privacy-policy",{"children":["__PAGE__",{},[["$L1",'
        '"$L2",null],null],null]},null]},null]]]]' % build,
        "12:I[\"8173\",[\"231\",\"static/chunks/231-%s.js\",\"app/[locale]/privacy-policy/page\"],\"CtaBanner\"]"
        % C.det_sha(build)[:16],
        "2:" + json.dumps(["$", "main", None, {"className": "container mx-auto px-4 py-12", "children": [
            "$", "article", None, {"className": "prose prose-lg prose-slate mx-auto max-w-3xl", "children": kids}]}],
            ensure_ascii=False, separators=(",", ":")),
    ]
    out = []
    for ln in lines:
        s = json.dumps([1, ln + "\n"], ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
        out.append(s)
    return out


TEMPLATE = """<!DOCTYPE html><html lang="ar-EG" dir="rtl" class="__variable_5c1d3a __variable_8f2e7b"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="preload" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2" as="font" crossorigin="" type="font/woff2" nonce="@@nonce@@"/><link rel="stylesheet" href="/_next/static/css/@@css@@.css" data-precedence="next" nonce="@@nonce@@"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-@@wp@@.js" nonce="@@nonce@@"/><script src="/_next/static/chunks/fd9d1056-@@c1@@.js" async="" nonce="@@nonce@@"></script><script src="/_next/static/chunks/117-@@c2@@.js" async="" nonce="@@nonce@@"></script><script src="/_next/static/chunks/main-app-@@c3@@.js" async="" nonce="@@nonce@@"></script><script src="/_next/static/chunks/app/%5Blocale%5D/privacy-policy/page-@@c4@@.js" async="" nonce="@@nonce@@"></script><title>سياسة الخصوصية | أكاديمية لغتي</title><meta name="description" content="كيف تجمع أكاديمية لغتي بياناتك الشخصية وتستخدمها وتحميها."/><link rel="canonical" href="https://lughati.academy/ar/privacy-policy"/><link rel="alternate" hrefLang="ar-EG" href="https://lughati.academy/ar/privacy-policy"/><link rel="alternate" hrefLang="en" href="https://lughati.academy/en/privacy-policy"/><meta property="og:title" content="سياسة الخصوصية | أكاديمية لغتي"/><meta property="og:locale" content="ar_EG"/><link rel="icon" href="/favicon.ico" type="image/x-icon" sizes="48x48"/><meta name="next-size-adjust"/><script src="/_next/static/chunks/polyfills-42372ed130431b0a.js" noModule="" nonce="@@nonce@@"></script></head><body class="font-cairo antialiased bg-white text-slate-800"><div class="bg-amber-400 py-2 text-center text-sm font-semibold text-slate-900" data-promo="@@promo_key@@">@@promo@@</div><header class="sticky top-0 z-40 border-b border-slate-100 bg-white/90 backdrop-blur"><div class="container mx-auto flex h-16 items-center justify-between px-4"><a class="flex items-center gap-2" href="/ar"><img alt="أكاديمية لغتي" loading="lazy" width="132" height="36" decoding="async" data-nimg="1" style="color:transparent" src="/images/logo-lughati.svg"/></a><nav class="hidden gap-6 md:flex">@@nav@@</nav><div class="flex items-center gap-3"><a class="text-sm text-slate-600" href="/en/privacy-policy">English</a><a class="rounded-full bg-sky-600 px-4 py-2 text-sm font-semibold text-white" href="/ar/placement-test">اختبار تحديد المستوى</a></div></div></header><main class="container mx-auto px-4 py-12"><article class="prose prose-lg prose-slate mx-auto max-w-3xl">@@article@@</article></main><footer class="bg-slate-900 py-10 text-slate-300"><div class="container mx-auto grid gap-8 px-4 md:grid-cols-3"><div><p class="font-bold text-white">أكاديمية لغتي</p><p class="mt-2 text-sm">كورسات إنجليزي وألماني وفرنساوي أونلاين مع مدرسين معتمدين، للكبار والأطفال.</p></div><div class="text-sm"><a class="block py-1" href="/ar/terms">الشروط والأحكام</a><a class="block py-1" href="/ar/privacy-policy">سياسة الخصوصية</a><a class="block py-1" href="/ar/refund-policy">سياسة الاسترداد</a></div><div class="text-sm"><p>تابعنا</p><div class="mt-2 flex gap-3"><a href="https://www.facebook.com/lughati.academy" aria-label="فيسبوك">فيسبوك</a><a href="https://www.instagram.com/lughati.academy" aria-label="إنستجرام">إنستجرام</a><a href="https://www.tiktok.com/@lughati.academy" aria-label="تيك توك">تيك توك</a></div></div></div><p class="mt-8 text-center text-xs text-slate-500">© @@year@@ أكاديمية لغتي. جميع الحقوق محفوظة.</p></footer><script src="/_next/static/chunks/webpack-@@wp@@.js" async="" nonce="@@nonce@@"></script><script nonce="@@nonce@@">(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script><script nonce="@@nonce@@">self.__next_f.push([1,"1:HL[\\"/_next/static/media/a34f9d1faa5f3315-s.p.woff2\\",\\"font\\",{\\"crossOrigin\\":\\"\\",\\"type\\":\\"font/woff2\\"}]\\n3:HL[\\"/_next/static/css/@@css@@.css\\",\\"style\\"]\\n"])</script>@@flight@@</body></html>"""

NAV = [("الكورسات", "/ar/courses"), ("كورسات الأطفال", "/ar/kids"), ("المدرسون", "/ar/teachers"),
       ("الأسعار", "/ar/pricing"), ("المدونة", "/ar/blog")]


def render(state, blocks, when):
    build, css, c1, c2 = state["deploy"]
    cta = _cta(state["batch"])
    nonce = state["nonce"]
    flight = "".join('<script nonce="%s">self.__next_f.push(%s)</script>' % (nonce, s)
                     for s in _flight(blocks, cta, build))
    nav = "".join('<a class="text-sm font-medium text-slate-700 hover:text-sky-700" href="%s">%s</a>' % (u, K.esc(t))
                  for t, u in NAV)
    pk, pt = state["promo"]
    return K.fill(TEMPLATE, nonce=nonce, css=css, wp=c1, c1=c2, c2=c1[::-1], c3=c2[::-1], c4=C.det_sha(build)[:16],
                  promo_key=pk, promo=K.esc(pt), nav=nav, article=_article(blocks, cta), year=when.year,
                  flight=flight)


PAGE = {
    "service": "Lughati Academy",
    "url": "https://lughati.academy/ar/privacy-policy",
    "lang": "ar-EG",
    "platform": "Next.js 14 App Router on Vercel (Tailwind typography, headless CMS, CSP nonce middleware)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Vercel"), ("X-Powered-By", "Next.js"), ("X-Vercel-Cache", "MISS"),
                      ("Vary", "RSC, Next-Router-State-Tree, Next-Router-Prefetch"),
                      ("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate")],
    "n": 31,
    "start": dt.date(2024, 2, 1),
    "end": dt.date(2025, 10, 30),
    "hours": (6, 13, 19),
    "policy": POLICY,
    "first_updated": dt.date(2023, 12, 10),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://lughati.academy/ar/privacy-policy",
        "select": "main article",
        "remove": ["main article aside"],
    },
}
