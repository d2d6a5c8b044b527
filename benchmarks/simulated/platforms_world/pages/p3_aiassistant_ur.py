"""Urdu generative-AI assistant (Hamdam AI): one legal page with four documents, Next.js App Router behind
Cloudflare.

Well-built page apart from two things. /ur/legal carries the terms of use, the privacy policy, the cookie
policy and the usage policy one after the other; the OTA declaration tracks only section#privacy, and the
other three documents are revised on their own dates (with their own "last updated" lines). Cloudflare
email obfuscation rewrites every e-mail address on the page into /cdn-cgi/l/email-protection#<hex> with a
per-visit XOR key. Per deploy: CSS-module class hashes and /_next/static chunks, and the RSC flight data.
"""
import datetime as dt
import html
import random
import re

import common as C

URL = "https://hamdam.ai/ur/legal"

MONTHS = ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """# رازداری کی پالیسی

آخری تازہ کاری: {UPDATED}

ہمدم اے آئی پرائیویٹ لمیٹڈ («ہمدم»، «ہم») ایک مصنوعی ذہانت پر مبنی معاون فراہم کرتا ہے جو ویب سائٹ، موبائل ایپ اور اے پی آئی کے ذریعے دستیاب ہے۔ یہ رازداری کی پالیسی بتاتی ہے کہ جب آپ ہماری خدمات استعمال کرتے ہیں تو ہم کون سی ذاتی معلومات جمع کرتے ہیں، انہیں کس مقصد کے لیے استعمال کرتے ہیں، کن کے ساتھ شیئر کرتے ہیں اور آپ کے پاس کون سے اختیارات ہیں۔ یہ پالیسی ان کاروباری صارفین کے ڈیٹا پر لاگو نہیں ہوتی جن کے ساتھ ہمارا الگ ڈیٹا پروسیسنگ معاہدہ موجود ہے۔

## ہم کون ہیں

ہمدم اے آئی پرائیویٹ لمیٹڈ سیکیورٹیز اینڈ ایکسچینج کمیشن آف پاکستان کے ساتھ رجسٹرڈ کمپنی ہے جس کا صدر دفتر لاہور میں ہے۔ آپ کی ذاتی معلومات کی ذمہ داری ہم پر ہے۔ رازداری سے متعلق سوالات کے لیے ہم سے [email protected] پر رابطہ کریں۔

## ہم کون سی معلومات جمع کرتے ہیں

ہم درج ذیل اقسام کی معلومات جمع کرتے ہیں:

- **اکاؤنٹ کی معلومات:** نام، ای میل پتہ، فون نمبر، پاس ورڈ اور پروفائل کی ترجیحات۔
- **گفتگو کا مواد:** وہ سوالات، ہدایات، فائلیں، تصاویر اور آواز کی ریکارڈنگز جو آپ معاون کو بھیجتے ہیں، اور معاون کے جوابات۔
- **ادائیگی کی معلومات:** سبسکرپشن خریدنے پر بلنگ کا پتہ اور ادائیگی کا طریقہ۔ کارڈ کی مکمل تفصیلات ہمارا ادائیگی فراہم کنندہ محفوظ کرتا ہے، ہم نہیں۔
- **تکنیکی معلومات:** آئی پی ایڈریس، براؤزر اور آلے کی قسم، آپریٹنگ سسٹم، زبان کی ترتیبات اور استعمال کے اوقات۔
- **رائے:** جب آپ کسی جواب کو پسند یا ناپسند کرتے ہیں یا ہمیں تبصرہ بھیجتے ہیں تو وہ رائے اور متعلقہ گفتگو۔

ہم آپ سے حساس معلومات، جیسے صحت، مذہب یا مالی تفصیلات، طلب نہیں کرتے۔ اگر آپ خود ایسی معلومات گفتگو میں شامل کرتے ہیں تو ہم انہیں صرف آپ کی درخواست کا جواب دینے کے لیے استعمال کرتے ہیں۔

## ہم آپ کی معلومات کیسے استعمال کرتے ہیں

ہم آپ کی معلومات ان مقاصد کے لیے استعمال کرتے ہیں:

- خدمات فراہم کرنا، آپ کے سوالات کا جواب دینا اور آپ کی گفتگو کی تاریخ محفوظ رکھنا؛
- اکاؤنٹ کی تصدیق، سبسکرپشن کا انتظام اور اہم اطلاعات بھیجنا؛
- غلط استعمال، دھوکہ دہی اور ہماری استعمال کی پالیسی کی خلاف ورزیوں کا پتہ لگانا اور روکنا؛
- خدمات کی کارکردگی کا تجزیہ کرنا اور نئی خصوصیات تیار کرنا؛
- قانونی تقاضوں کو پورا کرنا اور اپنے قانونی حقوق کا دفاع کرنا۔

## ماڈلز کی تربیت

ہم اپنے زبان کے ماڈلز کو بہتر بنانے کے لیے صارفین کی گفتگو استعمال کر سکتے ہیں۔ تربیت سے پہلے ہم خودکار طریقوں سے نام، فون نمبر، ای میل پتے اور شناختی کارڈ نمبر جیسی شناختی معلومات ہٹانے کی کوشش کرتے ہیں۔ آپ ترتیبات میں «ماڈل کی بہتری میں حصہ ڈالیں» کا اختیار بند کر کے اپنی آئندہ گفتگو کو تربیت سے خارج کر سکتے ہیں۔ کاروباری اکاؤنٹس اور اے پی آئی کے ذریعے بھیجا گیا مواد کبھی تربیت کے لیے استعمال نہیں ہوتا۔

## معلومات کا اشتراک

ہم آپ کی ذاتی معلومات فروخت نہیں کرتے۔ ہم انہیں صرف درج ذیل صورتوں میں شیئر کرتے ہیں:

- **خدمات فراہم کنندگان:** کلاؤڈ ہوسٹنگ، ادائیگی، ای میل اور کسٹمر سپورٹ فراہم کرنے والی کمپنیاں جو ہماری ہدایات کے مطابق کام کرتی ہیں۔
- **قانونی تقاضے:** جب پاکستان کے قانون کے تحت کسی عدالت یا مجاز ادارے کی جانب سے قانونی درخواست موصول ہو۔
- **کاروباری منتقلی:** انضمام، حصول یا اثاثوں کی فروخت کی صورت میں، بشرطیکہ نیا مالک اس پالیسی کا پابند ہو۔

## معلومات کو کب تک محفوظ رکھا جاتا ہے

آپ کی گفتگو اس وقت تک محفوظ رہتی ہے جب تک آپ اسے حذف نہ کریں۔ حذف شدہ گفتگو 30 دن کے اندر ہمارے سسٹمز سے مستقل طور پر ہٹا دی جاتی ہے، سوائے اس کے کہ سیکیورٹی یا قانونی وجوہات کی بنا پر اسے زیادہ دیر رکھنا ضروری ہو۔ اکاؤنٹ حذف کرنے پر ہم آپ کی اکاؤنٹ کی معلومات 30 دن کے اندر حذف کر دیتے ہیں، البتہ ادائیگی کے ریکارڈ ٹیکس قوانین کے مطابق پانچ سال تک رکھے جاتے ہیں۔

## آپ کے حقوق

آپ کو حق حاصل ہے کہ اپنی ذاتی معلومات تک رسائی حاصل کریں، غلط معلومات درست کروائیں، اپنی معلومات حذف کروائیں، اپنی گفتگو کی نقل ڈاؤن لوڈ کریں اور مخصوص استعمال پر اعتراض کریں۔ ان میں سے بیشتر حقوق آپ ترتیبات کے صفحے «ڈیٹا کنٹرولز» سے براہ راست استعمال کر سکتے ہیں۔ دیگر درخواستوں کے لیے ہم سے [email protected] پر رابطہ کریں؛ ہم 30 دن کے اندر جواب دیتے ہیں۔

اگر آپ یورپی اقتصادی علاقے یا برطانیہ میں رہتے ہیں تو آپ کو جی ڈی پی آر کے تحت اپنے ملک کی ڈیٹا پروٹیکشن اتھارٹی کے پاس شکایت درج کرانے کا حق بھی حاصل ہے۔

## بچوں کی رازداری

ہماری خدمات 13 سال سے کم عمر بچوں کے لیے نہیں ہیں۔ 18 سال سے کم عمر صارفین کو والدین یا سرپرست کی اجازت سے خدمات استعمال کرنی چاہئیں۔ اگر ہمیں معلوم ہو کہ ہم نے کسی کم عمر بچے کی معلومات جمع کی ہیں تو ہم انہیں حذف کر دیں گے۔

## بین الاقوامی منتقلی

ہمارے سرورز پاکستان، متحدہ عرب امارات اور یورپی یونین میں واقع ہیں۔ جب آپ کی معلومات کسی دوسرے ملک منتقل کی جاتی ہیں تو ہم معاہداتی شقوں اور خفیہ کاری کے ذریعے ان کے تحفظ کو یقینی بناتے ہیں۔

## رابطہ

@ ہمدم اے آئی پرائیویٹ لمیٹڈ
@ ڈیٹا پروٹیکشن آفیسر
@ 94 بی، مین بلیوارڈ گلبرگ
@ لاہور 54660، پاکستان

## اس پالیسی میں تبدیلیاں

ہم وقتاً فوقتاً اس پالیسی کو تبدیل کر سکتے ہیں۔ اہم تبدیلیوں کی صورت میں ہم آپ کو ای میل یا ایپ میں اطلاع کے ذریعے پہلے سے آگاہ کریں گے، اور صفحے کے اوپر «آخری تازہ کاری» کی تاریخ تبدیل کر دیں گے۔
"""

EDITS = [
    {"note": "new sharing case: other users when a conversation is shared by link",
     "repl": [("- **کاروباری منتقلی:**", "- **دیگر صارفین:** جب آپ کسی گفتگو کا لنک شیئر کرتے ہیں تو لنک رکھنے والا ہر شخص وہ گفتگو دیکھ سکتا ہے۔\n- **کاروباری منتقلی:**")]},
    {"note": "whole new section on the Memory feature inserted before 'معلومات کا اشتراک'",
     "repl": [("## معلومات کا اشتراک", """## یادداشت کی خصوصیت

اگر آپ «یادداشت» کی خصوصیت آن کرتے ہیں تو معاون آپ کی گفتگو سے مفید تفصیلات، جیسے آپ کا نام، پیشہ اور ترجیحات، محفوظ کر لیتا ہے تاکہ آئندہ جوابات زیادہ موزوں ہوں۔ آپ ترتیبات میں محفوظ شدہ یادیں دیکھ سکتے ہیں، انفرادی طور پر حذف کر سکتے ہیں یا یہ خصوصیت مکمل طور پر بند کر سکتے ہیں۔ عارضی گفتگو میں یادداشت نہ استعمال ہوتی ہے نہ اپ ڈیٹ ہوتی ہے۔

## معلومات کا اشتراک""")]},
    {"note": "'last updated' date bumped alone", "repl": []},
    {"note": "one word deep in the children's section: minimum age 13 -> 16 (date not bumped)", "bump": False,
     "repl": [("ہماری خدمات 13 سال سے کم عمر بچوں کے لیے نہیں ہیں۔", "ہماری خدمات 16 سال سے کم عمر بچوں کے لیے نہیں ہیں۔")]},
    {"note": "retention: deleted conversations now removed within 14 days, temporary chats sentence added",
     "repl": [("حذف شدہ گفتگو 30 دن کے اندر", "حذف شدہ گفتگو 14 دن کے اندر"),
              ("زیادہ دیر رکھنا ضروری ہو۔", "زیادہ دیر رکھنا ضروری ہو۔ عارضی گفتگو تاریخ میں ظاہر نہیں ہوتی اور 14 دن بعد خود بخود حذف ہو جاتی ہے۔")]},
]

# the other documents on the same page, each revised on its own dates (not tracked by the declaration)
TERMS = [
    (dt.datetime(2000, 1, 1), "12 اکتوبر 2022",
     "ہمدم کی خدمات استعمال کرنے کے لیے آپ کی عمر کم از کم 13 سال ہونی چاہیے۔ آپ اپنے اکاؤنٹ کی حفاظت کے ذمہ دار ہیں اور اسے کسی دوسرے شخص کے ساتھ شیئر نہیں کر سکتے۔ معاون کے جوابات غلط یا نامکمل ہو سکتے ہیں؛ اہم فیصلوں سے پہلے ان کی تصدیق کریں۔"),
    (dt.datetime(2023, 7, 18), "10 جولائی 2023",
     "ہمدم کی خدمات استعمال کرنے کے لیے آپ کی عمر کم از کم 13 سال ہونی چاہیے۔ آپ اپنے اکاؤنٹ کی حفاظت کے ذمہ دار ہیں اور اسے کسی دوسرے شخص کے ساتھ شیئر نہیں کر سکتے۔ معاون کے جوابات غلط یا نامکمل ہو سکتے ہیں؛ طبی، قانونی یا مالی فیصلوں سے پہلے کسی ماہر سے مشورہ کریں۔"),
    (dt.datetime(2024, 9, 3), "1 ستمبر 2024",
     "ہمدم کی خدمات استعمال کرنے کے لیے آپ کی عمر کم از کم 13 سال ہونی چاہیے۔ آپ اپنے اکاؤنٹ کی حفاظت کے ذمہ دار ہیں اور اسے کسی دوسرے شخص کے ساتھ شیئر نہیں کر سکتے۔ معاون کے جوابات غلط یا نامکمل ہو سکتے ہیں؛ طبی، قانونی یا مالی فیصلوں سے پہلے کسی ماہر سے مشورہ کریں۔ ادا شدہ سبسکرپشن کی رقم واپس نہیں کی جاتی، سوائے اس کے کہ قانون اس کا تقاضا کرے۔"),
]
COOKIES = [
    (dt.datetime(2000, 1, 1), "12 اکتوبر 2022", [("hmd-session", "لاگ ان برقرار رکھنا", "سیشن"), ("hmd-locale", "زبان کی ترجیح", "ایک سال")]),
    (dt.datetime(2023, 12, 5), "1 دسمبر 2023", [("hmd-session", "لاگ ان برقرار رکھنا", "سیشن"), ("hmd-locale", "زبان کی ترجیح", "ایک سال"),
                                                ("cf-clearance", "بوٹس سے تحفظ (Cloudflare)", "30 منٹ")]),
]
USAGE = [
    (dt.datetime(2000, 1, 1), "12 اکتوبر 2022",
     ["غیر قانونی سرگرمیوں، دھوکہ دہی یا دوسروں کو نقصان پہنچانے کے لیے ہمدم کا استعمال ممنوع ہے۔",
      "کسی دوسرے شخص کی نقالی یا جعلی جائزے تیار کرنا ممنوع ہے۔"]),
    (dt.datetime(2024, 5, 10), "6 مئی 2024",
     ["غیر قانونی سرگرمیوں، دھوکہ دہی یا دوسروں کو نقصان پہنچانے کے لیے ہمدم کا استعمال ممنوع ہے۔",
      "کسی دوسرے شخص کی نقالی یا جعلی جائزے تیار کرنا ممنوع ہے۔",
      "انتخابات سے متعلق گمراہ کن مواد یا امیدواروں کی جعلی آوازیں اور تصاویر بنانا ممنوع ہے۔"]),
]

EMAILS = ["privacy@hamdam.ai", "dpo@hamdam.ai"]
TERMS_EMAIL = "support@hamdam.ai"


def _rev(revs, when):
    return max(k for k, r in enumerate(revs) if r[0] <= when)


def noise(rng, when, i, prev):
    p = prev or {}
    s = {}
    s["deploy"] = C.keep_or(rng, p.get("deploy"), 0.3,
                            lambda: {"seed": C.alnum(rng, 10), "css": C.hexs(rng, 16), "webpack": C.hexs(rng, 16),
                                     "app": C.hexs(rng, 16), "page": C.hexs(rng, 16), "build": C.alnum(rng, 21)})
    s["cfkey"] = [rng.randint(1, 255) for _ in range(4)]
    s["terms"] = _rev(TERMS, when)
    s["cookies"] = _rev(COOKIES, when)
    s["usage"] = _rev(USAGE, when)
    return s


LABELS = {"deploy": "Next.js deploy (CSS-module hashes, chunks, RSC payload)",
          "cfkey": "Cloudflare email obfuscation (per-visit XOR key in /cdn-cgi/l/email-protection#hex)",
          "terms": "terms of use revised (other document on the same page)",
          "cookies": "cookie policy revised (other document on the same page)",
          "usage": "usage policy revised (other document on the same page)"}


def cf_hex(email, key):
    return "%02x" % key + "".join("%02x" % (ord(c) ^ key) for c in email)


def cf_link(email, key):
    h = cf_hex(email, key)
    return '<a href="/cdn-cgi/l/email-protection#%s"><span class="__cf_email__" data-cfemail="%s">[email&#160;protected]</span></a>' % (h, h)


def render(s, blocks, when):
    d = s["deploy"]
    r = random.Random(d["seed"])

    def mod(prefix, name):
        return "%s_%s__%s" % (prefix, name, "".join(r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(5)))

    c_doc, c_h, c_meta, c_top, c_nav, c_prose = (mod("legal", "document"), mod("legal", "heading"), mod("legal", "meta"),
                                                 mod("legal", "backToTop"), mod("legal", "toc"), mod("prose", "prose"))
    keys = s["cfkey"]
    # privacy document
    pb = []
    for blk in blocks:
        if blk[0] == "p" and blk[1].startswith("آخری تازہ کاری:"):
            pb.append('<p class="%s">%s</p>' % (c_meta, html.escape(blk[1], quote=False)))
        else:
            pb.append(C.block_html(blk, {"h1": c_h}))
    privacy = "".join(pb)
    n = [0]

    def sub_email(m):
        e = EMAILS[min(n[0], len(EMAILS) - 1)]
        n[0] += 1
        return cf_link(e, keys[n[0] % 4])

    privacy = re.sub(r"\[email protected\]", sub_email, privacy)
    t = TERMS[s["terms"]]
    terms = ('<h1 class="%s">شرائط استعمال</h1><p class="%s">آخری تازہ کاری: %s</p><p>یہ شرائط آپ اور ہمدم اے آئی پرائیویٹ لمیٹڈ کے درمیان معاہدہ ہیں۔ %s</p>'
             '<p>ان شرائط سے متعلق سوالات کے لیے %s پر لکھیں۔</p>') % (c_h, c_meta, t[1], t[2], cf_link(TERMS_EMAIL, keys[0]))
    c = COOKIES[s["cookies"]]
    cookies = ('<h1 class="%s">کوکی پالیسی</h1><p class="%s">آخری تازہ کاری: %s</p><p>ہم صرف وہ کوکیز استعمال کرتے ہیں جو سائٹ چلانے کے لیے ضروری ہیں۔ ہم اشتہاری کوکیز استعمال نہیں کرتے۔</p>'
               '<table><thead><tr><th>نام</th><th>مقصد</th><th>مدت</th></tr></thead><tbody>%s</tbody></table>') % (
        c_h, c_meta, c[1], "".join('<tr><td dir="ltr">%s</td><td>%s</td><td>%s</td></tr>' % row for row in c[2]))
    u = USAGE[s["usage"]]
    usage = ('<h1 class="%s">استعمال کی پالیسی</h1><p class="%s">آخری تازہ کاری: %s</p><ul>%s</ul>') % (
        c_h, c_meta, u[1], "".join("<li>%s</li>" % x for x in u[2]))
    top = '<a href="#top" class="%s">اوپر جائیں ↑</a>' % c_top

    def section(i, inner):
        return '<section id="%s" aria-labelledby="%s-title" class="%s"><div class="%s">%s</div>%s</section>' % (
            i, i, c_doc, c_prose, inner.replace("<h1 ", '<h1 id="%s-title" ' % i, 1), top)

    rsc = ('1:HL[\\"/_next/static/css/%s.css\\",\\"style\\"]\\n0:[\\"$\\",\\"$L2\\",null,{\\"buildId\\":\\"%s\\",\\"assetPrefix\\":\\"\\",\\"initialCanonicalUrl\\":\\"/ur/legal\\",\\"initialTree\\":[\\"\\",{\\"children\\":[[\\"locale\\",\\"ur\\",\\"d\\"],{\\"children\\":[\\"legal\\",{\\"children\\":[\\"__PAGE__\\",{}]}]}]},\\"$undefined\\",\\"$undefined\\",true]}]\\n'
           % (d["css"], d["build"]))
    return f"""<!DOCTYPE html><html lang="ur" dir="rtl" class="__variable_3a1b2c __variable_9f8e7d"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next/static/css/{d['css']}.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-{d['webpack']}.js"/><script src="/_next/static/chunks/main-app-{d['app']}.js" async=""></script><script src="/_next/static/chunks/app/%5Blocale%5D/legal/page-{d['page']}.js" async=""></script><title>قانونی دستاویزات | ہمدم اے آئی</title><meta name="description" content="ہمدم اے آئی کی شرائط استعمال، رازداری کی پالیسی، کوکی پالیسی اور استعمال کی پالیسی"/><link rel="canonical" href="{URL}"/><link rel="alternate" hrefLang="en" href="https://hamdam.ai/en/legal"/><link rel="alternate" hrefLang="ur" href="{URL}"/></head><body class="font-sans antialiased"><div id="top"></div><header class="sticky top-0 z-40 border-b bg-white/80 backdrop-blur"><div class="mx-auto flex h-16 max-w-6xl items-center justify-between px-6"><a href="/ur" class="flex items-center gap-2 font-semibold">ہمدم</a><nav class="hidden gap-6 md:flex"><a href="/ur/chat">چیٹ</a><a href="/ur/pricing">قیمتیں</a><a href="/ur/api">اے پی آئی</a><a href="/ur/blog">بلاگ</a></nav><a href="/ur/login" class="rounded-full bg-black px-4 py-2 text-white">لاگ ان</a></div></header><main class="mx-auto max-w-6xl px-6 py-12"><p class="text-sm text-gray-500">قانونی دستاویزات</p><!--$--><div class="grid gap-12 md:grid-cols-[220px_1fr]"><aside><nav aria-label="دستاویزات" class="{c_nav}"><ul><li><a href="#terms">شرائط استعمال</a></li><li><a href="#privacy">رازداری کی پالیسی</a></li><li><a href="#cookies">کوکی پالیسی</a></li><li><a href="#usage-policy">استعمال کی پالیسی</a></li></ul></nav></aside><div>{section("terms", terms)}{section("privacy", privacy)}{section("cookies", cookies)}{section("usage-policy", usage)}</div></div><!--/$--></main><footer class="border-t py-8 text-sm text-gray-500"><div class="mx-auto max-w-6xl px-6">© {when.year} ہمدم اے آئی پرائیویٹ لمیٹڈ · <a href="/ur/legal#privacy">رازداری</a> · <a href="/ur/legal#terms">شرائط</a> · <a href="https://status.hamdam.ai">سسٹم کی حالت</a></div></footer><script data-cfasync="false" src="/cdn-cgi/scripts/5c5dd728/cloudflare-static/email-decode.min.js"></script><script src="/_next/static/chunks/webpack-{d['webpack']}.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script><script>self.__next_f.push([1,"{rsc}"])</script></body></html>"""


PAGE = {
    "service": "Hamdam AI",
    "url": URL,
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "cloudflare"), ("CF-Cache-Status", "DYNAMIC"), ("x-nextjs-cache", "HIT"),
                      ("Vary", "RSC, Next-Router-State-Tree, Next-Router-Prefetch")],
    "n": 30,
    "start": dt.date(2023, 1, 10),
    "end": dt.date(2025, 1, 31),
    "policy": POLICY,
    "first_updated": dt.date(2022, 10, 12),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": URL,
        "select": "section#privacy",
        "remove": "section#privacy a[href=\"#top\"]",
    },
}
