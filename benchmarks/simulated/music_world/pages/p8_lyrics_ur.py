"""Naghma Kada, a Pakistani lyrics-and-chords site (Urdu, Hindi and Punjabi song lyrics, guitar and harmonium
chords): its privacy policy in Urdu as a Blogger static page (/p/privacy-policy.html) on a custom domain, Contempo
theme, right-to-left, the body in the compose editor's `trbidi="on"` wrapper. Fairly clean: Blogger's per-request
tokens (`zx=` on the authorization CSS, `window['__wavt']`), its release hashes (widgets.js, CSS bundle, dynamic
views script) and the sidebar's Popular Posts widget (the month's most-read lyrics) change between visits, all
outside `.post-body`."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import mukit as K  # noqa: E402

C = K.C
URL = "https://www.naghmakada.com/p/privacy-policy.html"

POLICY = """
{UPDATED}

نغمہ کدہ (www.naghmakada.com) پر خوش آمدید۔ نغمہ کدہ اردو، ہندی اور پنجابی گانوں کے بول، گٹار اور ہارمونیم کے کارڈز، اور موسیقی سے متعلق مضامین شائع کرنے والی ایک ویب سائٹ ہے۔ ہمارے لیے آپ کی پرائیویسی بہت اہم ہے۔ یہ پرائیویسی پالیسی وضاحت کرتی ہے کہ جب آپ ہماری ویب سائٹ استعمال کرتے ہیں تو کون سی معلومات جمع کی جاتی ہیں، ان کا استعمال کیسے ہوتا ہے اور آپ کے پاس کیا اختیارات ہیں۔

اگر اس پالیسی کے بارے میں آپ کا کوئی سوال ہو تو نیچے دیے گئے ای میل پر ہم سے رابطہ کریں۔

## ہم کون سی معلومات جمع کرتے ہیں

نغمہ کدہ پڑھنے کے لیے کسی اکاؤنٹ یا رجسٹریشن کی ضرورت نہیں۔ تاہم درج ذیل صورتوں میں کچھ معلومات جمع ہو سکتی ہیں:

- جب آپ کسی پوسٹ پر تبصرہ کرتے ہیں تو آپ کا نام، گوگل پروفائل اور تبصرے کا متن محفوظ ہوتا ہے؛
- جب آپ "بول بھیجیں" فارم کے ذریعے کسی گانے کے بول یا کارڈز بھیجتے ہیں تو آپ کا نام اور ای میل ایڈریس ہمیں موصول ہوتا ہے؛
- جب آپ ہمیں ای میل کرتے ہیں تو آپ کا ای میل ایڈریس اور پیغام ہمارے پاس رہتا ہے؛
- ویب سائٹ دیکھتے وقت آپ کے براؤزر سے خودکار طور پر کچھ تکنیکی معلومات حاصل ہوتی ہیں۔

## لاگ فائلیں

دیگر ویب سائٹس کی طرح نغمہ کدہ بھی لاگ فائلیں استعمال کرتی ہے۔ ان فائلوں میں آئی پی ایڈریس، براؤزر کی قسم، انٹرنیٹ سروس پرووائیڈر، تاریخ اور وقت، آنے اور جانے والے صفحات اور کلکس کی تعداد شامل ہو سکتی ہے۔ یہ معلومات کسی ایسی چیز سے منسلک نہیں ہوتیں جس سے آپ کی ذاتی شناخت ہو سکے۔ ان کا مقصد رجحانات کا تجزیہ، سائٹ کا انتظام اور یہ سمجھنا ہے کہ کون سے گانے زیادہ پسند کیے جا رہے ہیں۔

## کوکیز اور ویب بیکنز

نغمہ کدہ کوکیز استعمال کرتی ہے تاکہ آپ کی ترجیحات، جیسے فونٹ کا سائز اور کارڈز کی ٹرانسپوز سیٹنگ، محفوظ رکھی جا سکیں اور یہ معلوم ہو سکے کہ کون سے صفحات زیادہ دیکھے جاتے ہیں۔ آپ اپنے براؤزر کی سیٹنگز سے کوکیز بند کر سکتے ہیں، لیکن اس صورت میں سائٹ کے کچھ حصے درست طور پر کام نہیں کریں گے۔

## گوگل ڈبل کلک DART کوکی

گوگل، ایک تھرڈ پارٹی وینڈر کے طور پر، ہماری سائٹ پر اشتہارات دکھانے کے لیے کوکیز استعمال کرتا ہے۔ گوگل کی DART کوکی کے ذریعے وہ ہمارے قارئین کو نغمہ کدہ اور انٹرنیٹ پر دیگر سائٹس کے وزٹس کی بنیاد پر اشتہارات دکھاتا ہے۔ آپ [گوگل کی اشتہاری سیٹنگز](https://adssettings.google.com) پر جا کر ذاتی نوعیت کے اشتہارات بند کر سکتے ہیں۔

## ہمارے اشتہاری شراکت دار

ہماری سائٹ پر درج ذیل اشتہاری شراکت دار اپنی کوکیز اور ویب بیکنز استعمال کر سکتے ہیں۔ ہر شراکت دار کی اپنی پرائیوسی پالیسی ہے:

| شراکت دار | مقصد | پالیسی کا لنک |
| Google AdSense | ڈسپلے اشتہارات | [policies.google.com/technologies/ads](https://policies.google.com/technologies/ads) |
| Google Analytics | وزٹرز کے اعداد و شمار | [policies.google.com/privacy](https://policies.google.com/privacy) |
| Media.net | سیاق و سباق پر مبنی اشتہارات | [media.net/privacy-policy](https://www.media.net/privacy-policy) |

نغمہ کدہ کو ان کوکیز تک رسائی یا ان پر کوئی اختیار حاصل نہیں جو تھرڈ پارٹی اشتہاری ادارے استعمال کرتے ہیں۔ ان اداروں کی سرگرمیوں کے بارے میں مزید معلومات کے لیے ان کی پرائیویسی پالیسیاں دیکھیں۔

## تبصرے

ہماری سائٹ بلاگر (Blogger) پر چلتی ہے اور تبصرے گوگل کے نظام کے ذریعے محفوظ ہوتے ہیں۔ تبصرہ کرتے وقت آپ کا نام یا گوگل پروفائل عوامی طور پر نظر آتا ہے۔ ہم ایسے تبصرے حذف کر دیتے ہیں جن میں گالی گلوچ، اشتہار، یا کسی دوسرے شخص کا فون نمبر اور پتہ ہو۔

## بول اور کارڈز بھیجنا

اگر آپ ہمیں کسی گانے کے بول یا کارڈز بھیجتے ہیں تو ہم انہیں جانچنے کے بعد آپ کے نام کے ساتھ شائع کر سکتے ہیں، بشرطیکہ آپ فارم میں اس کی اجازت دیں۔ آپ کا ای میل ایڈریس کبھی شائع نہیں کیا جائے گا اور صرف آپ سے رابطے کے لیے استعمال ہوگا۔ بھیجے گئے مواد کی ای میلز ہم ایک سال تک محفوظ رکھتے ہیں۔

## یوٹیوب ویڈیوز اور بیرونی لنکس

ہماری کئی پوسٹس میں گانوں کی یوٹیوب ویڈیوز شامل ہوتی ہیں۔ جب آپ ایسی ویڈیو چلاتے ہیں تو یوٹیوب اپنی کوکیز استعمال کر سکتا ہے، جن پر گوگل کی پرائیویسی پالیسی لاگو ہوتی ہے۔ ہماری سائٹ پر دوسری ویب سائٹس کے لنکس بھی موجود ہیں؛ ان ویب سائٹس کے مواد اور پرائیویسی کے طریقوں کی ذمہ داری ہم پر نہیں۔

## کاپی رائٹ

گانوں کے بول ان کے شاعروں اور موسیقی کمپنیوں کی ملکیت ہیں اور یہاں صرف تعلیمی اور ذاتی استعمال کے لیے دیے گئے ہیں۔ اگر آپ کسی گانے کے حقوق کے مالک ہیں اور چاہتے ہیں کہ وہ مواد ہٹا دیا جائے تو ہمیں ای میل کریں، ہم سات دن کے اندر کارروائی کریں گے۔

## بچوں کی معلومات

ہم جان بوجھ کر 13 سال سے کم عمر بچوں کی کوئی ذاتی معلومات جمع نہیں کرتے۔ اگر آپ والدین یا سرپرست ہیں اور آپ کو لگتا ہے کہ آپ کے بچے نے ہمیں ایسی معلومات فراہم کی ہیں تو فوراً ہم سے رابطہ کریں، ہم یہ معلومات اپنے ریکارڈ سے حذف کر دیں گے۔

## رضامندی

ہماری ویب سائٹ استعمال کر کے آپ اس پرائیویسی پالیسی اور اس کی شرائط سے اتفاق کرتے ہیں۔ اگر آپ اس پالیسی سے متفق نہیں ہیں تو براہ کرم ہماری ویب سائٹ استعمال نہ کریں۔

## رابطہ

@ نغمہ کدہ
@ دفتر نمبر 12، دوسری منزل، الفلاح مارکیٹ، مال روڈ
@ لاہور، پاکستان
@ ای میل: contact@naghmakada.com
@ واٹس ایپ: 0300 4412789
"""

MONTHS = ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"]


def fmt_date(d):
    return "آخری تازہ کاری: %d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "ad partner added to the table (Ezoic)",
     "repl": [("| Media.net | سیاق و سباق پر مبنی اشتہارات | [media.net/privacy-policy](https://www.media.net/privacy-policy) |",
               "| Media.net | سیاق و سباق پر مبنی اشتہارات | [media.net/privacy-policy](https://www.media.net/privacy-policy) |\n"
               "| Ezoic | اشتہارات کی ترتیب اور سائٹ کی رفتار | [ezoic.com/privacy-policy](https://www.ezoic.com/privacy-policy/) |")]},
    {"note": "typo fixed: پرائیوسی -> پرائیویسی, date not changed",
     "repl": [("ہر شراکت دار کی اپنی پرائیوسی پالیسی ہے", "ہر شراکت دار کی اپنی پرائیویسی پالیسی ہے")], "bump": False},
    {"note": "sentence added: comments are reviewed before publication",
     "repl": [("عوامی طور پر نظر آتا ہے۔", "عوامی طور پر نظر آتا ہے۔ تمام تبصرے شائع ہونے سے پہلے ہماری ٹیم ان کا جائزہ لیتی ہے۔")]},
    {"note": "retention of submission e-mails shortened from one year to six months",
     "repl": [("بھیجے گئے مواد کی ای میلز ہم ایک سال تک محفوظ رکھتے ہیں۔",
               "بھیجے گئے مواد کی ای میلز ہم چھ ماہ تک محفوظ رکھتے ہیں۔")]},
    {"note": "section added on the WhatsApp channel",
     "repl": [("## بچوں کی معلومات\n",
               "## واٹس ایپ چینل\n\n"
               "نئے گانوں کے بول اور کارڈز کی اطلاع کے لیے آپ ہمارا واٹس ایپ چینل فالو کر سکتے ہیں۔ چینل فالو کرنے پر "
               "آپ کا فون نمبر اور پروفائل ہمیں یا دوسرے فالوورز کو نظر نہیں آتا۔ آپ جب چاہیں چینل ان فالو کر سکتے ہیں۔\n\n"
               "## بچوں کی معلومات\n")]},
    {"note": "contact e-mail address changed",
     "repl": [("@ ای میل: contact@naghmakada.com", "@ ای میل: rabta@naghmakada.com")]},
]


# ---------------------------------------------------------------- noise

POSTS = [("2021/03/tere-bina-lyrics-chords", "تیرے بنا — بول اور گٹار کارڈز", "دل کی گلیوں میں تیرا نام لکھا ہے، ہر موڑ پہ تیرا انتظار…"),
         ("2021/07/dil-dil-pakistan-chords", "دل دل پاکستان — ہارمونیم کارڈز", "ملی نغمہ، آسان سُر اور تال کے ساتھ…"),
         ("2022/01/aankhon-ke-sagar-lyrics", "آنکھوں کے ساگر — مکمل بول", "غزل کے بول، راگ یمن میں…"),
         ("2022/05/sawan-aaya-punjabi-lyrics", "ساون آیا — پنجابی بول", "بدلاں دی چھاں تھلے، ساون دی رُت آئی…"),
         ("2022/09/chaandni-raat-chords", "چاندنی رات — گٹار کارڈز (Capo 2)", "Am - F - C - G، آسان اسٹرمنگ پیٹرن…"),
         ("2023/02/mera-dil-lyrics", "میرا دل — بول اور مطلب", "نئے ڈرامے کا ٹائٹل سانگ، بول اور اردو تشریح…"),
         ("2023/06/qawwali-basics", "قوالی کی تال — ہارمونیم پر کیسے بجائیں", "کہروا اور دادرا تال کی بنیادی مشق…"),
         ("2023/11/coke-studio-season-lyrics", "سیزن کے تمام گانوں کے بول", "اس سیزن کے ہر گانے کے بول ایک جگہ…"),
         ("2024/03/ramzan-naat-lyrics", "مقبول نعتیں — بول", "رمضان کے لیے منتخب نعتوں کے بول…"),
         ("2024/08/jashn-e-azadi-songs", "جشنِ آزادی کے نغمے — بول اور کارڈز", "چودہ اگست کے لیے ملی نغموں کا مجموعہ…"),
         ("2024/12/ghazal-chords-beginners", "غزل کے آسان کارڈز — نئے سیکھنے والوں کے لیے", "پانچ غزلیں، صرف چار کارڈز کے ساتھ…")]


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["request"] = {"zx": C.uuid4(rng), "wavt": "AOuZoY" + C.alnum(rng, 28) + ":" + str(C.epoch(when) * 1000 + rng.randint(0, 999))}
    st["release"] = C.keep_or(rng, p.get("release"), 0.22, lambda: {
        "widgets": str(rng.randint(10 ** 9, 4 * 10 ** 9)), "css": str(rng.randint(10 ** 9, 4 * 10 ** 9)),
        "dv": C.hexs(rng, 16), "indie": str(rng.randint(10 ** 9, 4 * 10 ** 9))})
    avail = [k for k, pst in enumerate(POSTS) if pst[0][:7].replace("/", "-") <= when.strftime("%Y-%m")]
    st["popular"] = p["popular"] if p.get("popular") and rng.random() > 0.45 and all(
        k in avail for k in p["popular"]) else rng.sample(avail, min(5, len(avail)))
    return st


LABELS = {"request": "Blogger per-request tokens (zx=, __wavt)", "release": "Blogger release hashes (widgets.js, CSS)",
          "popular": "Popular Posts widget in the sidebar"}


# ---------------------------------------------------------------- render

def _body(blocks):
    def attr(tag, kind):
        if tag == "table":
            return ' border="1" cellpadding="6" cellspacing="0" style="border-collapse: collapse; width: 100%;"'
        if tag in ("p", "h2", "ul"):
            return ' style="text-align: right;"'
        return ""
    return '<div dir="rtl" style="text-align: right;" trbidi="on">\n%s\n</div>' % K.render(blocks, attr=attr)


def _modified(blocks):
    """Blogger's JSON-LD dateModified: the page's last save, the day of its "last updated" line."""
    _, rest = blocks[0][1].split(": ", 1)
    day, month, year = rest.split(" ")
    return "%s-%02d-%02dT22:41:00+05:00" % (year, MONTHS.index(month) + 1, int(day))


def render(state, blocks, when):
    r = state["release"]
    q = state["request"]
    pop = "\n".join(
        '<article class="post" role="article">\n<h3 class="post-title"><a href="https://www.naghmakada.com/%s.html">%s'
        '</a></h3>\n<div class="item-content float-container">\n<div class="popular-posts-snippet snippet-container '
        'r-snippet-container">\n<div class="snippet-item r-snippetized">\n%s\n</div>\n<a class="snippet-fade r-snippet-'
        'fade hidden" href="https://www.naghmakada.com/%s.html"></a>\n</div>\n</div>\n</article>'
        % (POSTS[k][0], K.esc(POSTS[k][1]), K.esc(POSTS[k][2]), POSTS[k][0]) for k in state["popular"])
    blog = "1278451936024877153"
    return """<!DOCTYPE html>
<html class='v2' dir='rtl' lang='ur'>
<head>
<meta content='width=device-width, initial-scale=1' name='viewport'/>
<title>پرائیویسی پالیسی</title>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<!-- Chrome, Firefox OS and Opera -->
<meta content='#f7f3ee' name='theme-color'/>
<!-- Windows Phone -->
<meta content='#f7f3ee' name='msapplication-navbutton-color'/>
<meta content='blogger' name='generator'/>
<link href='https://www.naghmakada.com/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='%(url)s' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="نغمہ کدہ - Atom" href="https://www.naghmakada.com/feeds/posts/default" />
<link rel="alternate" type="application/rss+xml" title="نغمہ کدہ - RSS" href="https://www.naghmakada.com/feeds/posts/default?alt=rss" />
<link rel="service.post" type="application/atom+xml" title="نغمہ کدہ - Atom" href="https://www.blogger.com/feeds/%(blog)s/posts/default" />
<!--Can't find substitution for tag [blog.ieCssRetrofitLinks]-->
<meta content='%(url)s' property='og:url'/>
<meta content='پرائیویسی پالیسی' property='og:title'/>
<meta content='گانوں کے بول، گٹار اور ہارمونیم کارڈز' property='og:description'/>
<style type='text/css'>@font-face{font-family:'Noto Nastaliq Urdu';font-style:normal;font-weight:400;font-display:swap;src:url(https://fonts.gstatic.com/s/notonastaliqurdu/v20/LhWNMUPbN-oZdNFcBy1-DJYsEoTq5pudQ9L940pGPkB3Qt_-DK0.woff2)format('woff2');}
body{font:16px 'Noto Nastaliq Urdu',serif;line-height:2.2;color:#2b2b2b;background:#f7f3ee}
.post-body table td,.post-body table th{padding:6px;border:1px solid #cfc6b8}
</style>
<style id='template-skin-1' type='text/css'><!--
body#layout .hidden, body#layout .invisible { display: inherit; }
body#layout .navigation-drawer { display: none; }
--></style>
<script async='async' src='https://www.gstatic.com/external_hosted/clipboardjs/clipboard.min.js'></script>
<script async='async' crossorigin='anonymous' src='https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-4417352908816273'></script>
<link type='text/css' rel='stylesheet' href='https://www.blogger.com/static/v1/widgets/%(css)s-css_bundle_v2_rtl.css' />
<link type='text/css' rel='stylesheet' href='https://www.blogger.com/dyn-css/authorization.css?targetBlogID=%(blog)s&amp;zx=%(zx)s' media='none' onload='if(media!=&#39;all&#39;)media=&#39;all&#39;'/><noscript><link type='text/css' rel='stylesheet' href='https://www.blogger.com/dyn-css/authorization.css?targetBlogID=%(blog)s&amp;zx=%(zx)s' /></noscript>
<meta name='google-adsense-platform-account' content='ca-host-pub-1556223355139109'/>
<meta name='google-adsense-platform-domain' content='blogspot.com'/>
</head>
<body class='version-1-3-3 variant-indie_light'>
<a class='skip-navigation' href='#main' tabindex='0'>
مرکزی مواد پر جائیں
</a>
<div class='page'>
<div class='bg-photo-overlay'></div>
<div class='bg-photo-container'>
<div class='bg-photo'></div>
</div>
<div class='page_body'>
<div class='centered'>
<div class='centered-top-placeholder'></div>
<header class='centered-top-container' role='banner'>
<div class='centered-top'>
<a class='return_link' href='https://www.naghmakada.com/'>
<button class='svg-icon-24-button back-button rtl-reversible-icon flat-icon-button ripple'>
<svg class='svg-icon-24'>
<use xlink:href='/responsive/sprite_v1_6.css.svg#ic_arrow_back_black_24dp' xmlns:xlink='http://www.w3.org/1999/xlink'></use>
</svg>
</button>
</a>
<div class='search'>
<button aria-label='تلاش کریں' class='search-expand touch-icon-button'>
<div class='flat-icon-button ripple'>
<svg class='svg-icon-24 search-expand-icon'>
<use xlink:href='/responsive/sprite_v1_6.css.svg#ic_search_black_24dp' xmlns:xlink='http://www.w3.org/1999/xlink'></use>
</svg>
</div>
</button>
<div class='section' id='search_top' name='Search (Top)'><div class='widget BlogSearch' data-version='2' id='BlogSearch1'>
<h3 class='title'>
اس بلاگ میں تلاش کریں
</h3>
<div class='widget-content' role='search'>
<form action='https://www.naghmakada.com/search' target='_top'>
<div class='search-input'>
<input aria-label='اس بلاگ میں تلاش کریں' autocomplete='off' name='q' placeholder='اس بلاگ میں تلاش کریں' value=''/>
</div>
<input class='search-action flat-button' type='submit' value='تلاش کریں'/>
</form>
</div>
</div></div>
</div>
<div class='clearboth'></div>
<div class='blog-name container'>
<div class='container section' id='header' name='ہیڈر'><div class='widget Header' data-version='2' id='Header1'>
<div class='header-widget'>
<div>
<h1>
<a href='https://www.naghmakada.com/'>
نغمہ کدہ
</a>
</h1>
</div>
<p>
گانوں کے بول، کارڈز اور سُر
</p>
</div>
</div></div>
</div>
<nav role='navigation'>
<div class='clearboth section' id='page_list_top' name='صفحہ کی فہرست (اوپر)'><div class='widget PageList' data-version='2' id='PageList1'>
<div class='widget-content'>
<ul>
<li><a href='https://www.naghmakada.com/'>ہوم</a></li>
<li><a href='https://www.naghmakada.com/search/label/Lyrics'>بول</a></li>
<li><a href='https://www.naghmakada.com/search/label/Chords'>کارڈز</a></li>
<li><a href='https://www.naghmakada.com/p/submit-lyrics.html'>بول بھیجیں</a></li>
<li><a href='https://www.naghmakada.com/p/about-us.html'>ہمارے بارے میں</a></li>
<li class='selected'><a href='https://www.naghmakada.com/p/privacy-policy.html'>پرائیویسی پالیسی</a></li>
</ul>
<div class='clear'></div>
</div>
</div></div>
</nav>
</div>
</header>
<div>
<div class='vertical-ad-placeholder'></div>
<main class='centered-bottom' id='main' role='main' tabindex='-1'>
<div class='main section' id='page_body' name='صفحہ کا باڈی'>
<div class='widget Blog' data-version='2' id='Blog1'>
<div class='blog-posts hfeed container'>
<article class='post-outer-container'>
<div class='post-outer'>
<div class='post'>
<script type='application/ld+json'>{
  "@context": "http://schema.org",
  "@type": "BlogPosting",
  "mainEntityOfPage": {
    "@type": "WebPage",
    "@id": "%(url)s"
  },
  "headline": "پرائیویسی پالیسی","description": "","datePublished": "2021-02-14T21:18:00+05:00",
  "dateModified": "%(modified)s",
  "image": {
    "@type": "ImageObject","url": "https://blogger.googleusercontent.com/img/b/U2hvZWJveA/AVvXsEgfMvYAhAbdHksiBA24JKmb2Tav6K0GviwztID3Cq4VpV96HaJfy0viIu8z1SSw_G9n5FQHZWSRao61M3e58ImahqBtr7LiOUS6m_w59IvDYwjmMcbq3fKW4PMbrVy4t3LLSg4mLM8U3p7ZFKTx5PHlK8RL0FqTlXaKE3RCu1sedlTz2kYdjQ/w1200/",
    "height": 348,
    "width": 1200
  },"publisher": {
    "@type": "Organization",
    "name": "Blogger",
    "logo": {
      "@type": "ImageObject",
      "url": "https://blogger.googleusercontent.com/img/b/U2hvZWJveA/AVvXsEgfMvYAhAbdHksiBA24JKmb2Tav6K0GviwztID3Cq4VpV96HaJfy0viIu8z1SSw_G9n5FQHZWSRao61M3e58ImahqBtr7LiOUS6m_w59IvDYwjmMcbq3fKW4PMbrVy4t3LLSg4mLM8U3p7ZFKTx5PHlK8RL0FqTlXaKE3RCu1sedlTz2kYdjQ/h60/",
      "width": 206,
      "height": 60
    }
  },"author": {
    "@type": "Person",
    "name": "نغمہ کدہ ٹیم"
  }
}</script>
<a name='6840219375518204113'></a>
<h3 class='post-title entry-title'>
پرائیویسی پالیسی
</h3>
<div class='post-share-buttons post-share-buttons-top'>
</div>
<div class='post-header'>
<div class='post-header-line-1'></div>
</div>
<div class='post-body entry-content float-container' id='post-body-6840219375518204113'>
%(body)s
</div>
<div class='post-bottom'>
<div class='post-footer float-container'>
<div class='post-footer-line post-footer-line-1'></div>
<div class='post-footer-line post-footer-line-2'></div>
<div class='post-footer-line post-footer-line-3'></div>
</div>
</div>
</div>
</div>
</article>
</div>
</div></div>
</main>
</div>
<footer class='footer section' id='footer' name='فوٹر'><div class='widget Attribution' data-version='2' id='Attribution1'>
<div class='widget-content'>
<div class='blogger'>
<a href='https://www.blogger.com' rel='nofollow'>
<svg class='svg-icon-24'>
<use xlink:href='/responsive/sprite_v1_6.css.svg#ic_post_blogger_black_24dp' xmlns:xlink='http://www.w3.org/1999/xlink'></use>
</svg>
Blogger کے ذریعے تقویت یافتہ
</a>
</div>
<div class='image-attribution'>
تھیم امیجز منجانب <a href='http://www.offset.com/photos/394244'>Michael Elkan</a>
</div>
</div>
</div></footer>
</div>
</div>
</div>
<aside class='sidebar-container container sidebar-invisible' role='complementary'>
<div class='navigation'>
<button class='svg-icon-24-button flat-icon-button ripple sidebar-back'>
<svg class='svg-icon-24'>
<use xlink:href='/responsive/sprite_v1_6.css.svg#ic_arrow_back_black_24dp' xmlns:xlink='http://www.w3.org/1999/xlink'></use>
</svg>
</button>
</div>
<div class='sidebar_top_wrapper'>
<div class='sidebar_top section' id='sidebar_top' name='سائیڈبار (اوپر)'><div class='widget HTML' data-version='2' id='HTML2'>
<div class='widget-content'>
<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-4417352908816273" data-ad-slot="7319052846" data-ad-format="auto" data-full-width-responsive="true"></ins>
<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>
</div>
</div></div>
</div>
<div class='sidebar_bottom section' id='sidebar_bottom' name='سائیڈبار (نیچے)'><div class='widget PopularPosts' data-version='2' id='PopularPosts1'>
<h3 class='title'>
مقبول پوسٹس
</h3>
<div class='widget-content'>
<div role='feed'>
%(popular)s
</div>
</div>
</div></div>
</aside>
<script type="text/javascript" src="https://resources.blogblog.com/blogblog/data/res/%(indie)s-indie_compiled.js" async="true"></script>

<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/%(widgets)s-widgets.js"></script>
<script type='text/javascript'>
window['__wavt'] = '%(wavt)s';_WidgetManager._Init('//www.blogger.com/rearrange?blogID\\x3d%(blog)s','//www.naghmakada.com/p/privacy-policy.html','%(blog)s');
_WidgetManager._SetDataContext([{'name': 'blog', 'data': {'blogId': '%(blog)s', 'title': '\\u0646\\u063a\\u0645\\u06c1 \\u06a9\\u062f\\u06c1', 'url': 'https://www.naghmakada.com/p/privacy-policy.html', 'canonicalUrl': 'https://www.naghmakada.com/p/privacy-policy.html', 'homepageUrl': 'https://www.naghmakada.com/', 'searchUrl': 'https://www.naghmakada.com/search', 'canonicalHomepageUrl': 'https://www.naghmakada.com/', 'blogspotFaviconUrl': 'https://www.naghmakada.com/favicon.ico', 'bloggerUrl': 'https://www.blogger.com', 'hasCustomDomain': true, 'httpsEnabled': true, 'enabledCommentProfileImages': true, 'gPlusViewType': 'FILTERED_POSTMOD', 'adultContent': false, 'analyticsAccountNumber': 'G-5RX2KQ7T1M', 'encoding': 'UTF-8', 'locale': 'ur', 'localeUnderscoreDelimited': 'ur', 'languageDirection': 'rtl', 'isPrivate': false, 'isMobile': false, 'isMobileRequest': false, 'mobileClass': '', 'isPrivateBlog': false, 'isDynamicViewsAvailable': true, 'feedLinks': '', 'meTag': '', 'adsenseClientId': 'ca-pub-4417352908816273', 'adsenseHostId': 'ca-host-pub-1556223355139109', 'adsenseHasAds': true, 'adsenseAutoAds': true, 'boqCommentIframeForm': true, 'loginRedirectParam': '', 'view': '', 'dynamicViewsCommentsSrc': '//www.blogblog.com/dynamicviews/4224c15c4e7c9321/js/comments.js', 'dynamicViewsScriptSrc': '//www.blogblog.com/dynamicviews/%(dv)s', 'plusOneApiSrc': 'https://apis.google.com/js/platform.js', 'disableGComments': true, 'interstitialAccepted': false, 'pageType': 'static_page', 'pageName': '\\u067e\\u0631\\u0627\\u0626\\u06cc\\u0648\\u06cc\\u0633\\u06cc \\u067e\\u0627\\u0644\\u06cc\\u0633\\u06cc', 'pageTitle': '\\u0646\\u063a\\u0645\\u06c1 \\u06a9\\u062f\\u06c1: \\u067e\\u0631\\u0627\\u0626\\u06cc\\u0648\\u06cc\\u0633\\u06cc \\u067e\\u0627\\u0644\\u06cc\\u0633\\u06cc'}}, {'name': 'features', 'data': {}}, {'name': 'messages', 'data': {'edit': 'ترمیم کریں', 'linkCopiedToClipboard': 'لنک کلپ بورڈ پر کاپی ہو گیا!', 'ok': 'ٹھیک ہے', 'postLink': 'پوسٹ کا لنک'}}, {'name': 'view', 'data': {'classic': {'name': 'classic', 'url': '?view\\x3dclassic'}, 'view': 'static_page', 'isStaticPage': true, 'isMobile': false, 'title': '\\u067e\\u0631\\u0627\\u0626\\u06cc\\u0648\\u06cc\\u0633\\u06cc \\u067e\\u0627\\u0644\\u06cc\\u0633\\u06cc', 'description': '', 'url': 'https://www.naghmakada.com/p/privacy-policy.html', 'type': 'item', 'isSingleItem': true, 'isMultipleItems': false, 'isError': false, 'isPage': true, 'isPost': false, 'isHomepage': false, 'isArchive': false, 'isLabelSearch': false, 'pageId': 6840219375518204113}}]);
_WidgetManager._RegisterWidget('_HeaderView', new _WidgetInfo('Header1', 'header', document.getElementById('Header1'), {}, 'displayModeFull'));
_WidgetManager._RegisterWidget('_PageListView', new _WidgetInfo('PageList1', 'page_list_top', document.getElementById('PageList1'), {'title': '', 'links': [], 'mobile': false, 'showPlaceholder': true, 'hasCurrentPage': true}, 'displayModeFull'));
_WidgetManager._RegisterWidget('_BlogView', new _WidgetInfo('Blog1', 'page_body', document.getElementById('Blog1'), {'cmtInteractionsEnabled': false, 'lightboxEnabled': true, 'lightboxModuleUrl': 'https://www.blogger.com/static/v1/jsbin/2485970545-lbx__ur.js', 'lightboxCssUrl': 'https://www.blogger.com/static/v1/v-css/123180807-lightbox_bundle_rtl.css'}, 'displayModeFull'));
_WidgetManager._RegisterWidget('_HTMLView', new _WidgetInfo('HTML2', 'sidebar_top', document.getElementById('HTML2'), {}, 'displayModeFull'));
_WidgetManager._RegisterWidget('_PopularPostsView', new _WidgetInfo('PopularPosts1', 'sidebar_bottom', document.getElementById('PopularPosts1'), {}, 'displayModeFull'));
</script>
</body>
</html>
""" % dict(url=URL, blog=blog, css=r["css"], zx=q["zx"], wavt=q["wavt"], widgets=r["widgets"], dv=r["dv"],
           indie=r["indie"], popular=pop, body=_body(blocks), modified=_modified(blocks))


PAGE = {
    "service": "Naghma Kada",
    "url": URL,
    "lang": "ur",
    "platform": "Blogger (custom domain, Contempo theme, static page), AdSense",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "GSE"), ("X-XSS-Protection", "1; mode=block"), ("X-Content-Type-Options", "nosniff"),
                      ("Cache-Control", "private, max-age=0")),
    "n": 30,
    "start": dt.date(2021, 8, 2),
    "end": dt.date(2025, 2, 26),
    "hours": (1, 7, 13, 19),
    "policy": POLICY,
    "first_updated": dt.date(2021, 2, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".post-body"},
}
