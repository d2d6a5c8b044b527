"""FaslDost (فصل دوست): a Pakistani farm-management and advisory app's website in Urdu (RTL), Laravel 10/11 with
Livewire 3, Alpine.js and Tailwind built by Vite.

Per visit: a Livewire "mausam" (weather) strip rendered *inside* the declared `article.policy`, at its top (the
Blade layout of the legal pages includes `<livewire:weather-strip />` above the text): current temperature in Lahore,
sky, wind, the next days' rain chance and the crop advice of the season, with its `wire:snapshot` checksum and
`wire:id`; curators remove it (`remove: .mausam-strip`). Per visit also the CSRF token (meta and Livewire's script
tag). Sticky: Vite build hashes and Livewire's asset id after deploys.
"""
import datetime as dt
import html
import json

import common as C

URL = "https://fasldost.pk/ur/privacy-policy"

MAHINE = ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MAHINE[d.month - 1], d.year)


POLICY = """# رازداری کی پالیسی

آخری تازہ کاری: {UPDATED}

فصل دوست پاکستان کے کسانوں کے لیے ایک موبائل ایپ اور ویب سروس ہے جس کے ذریعے آپ اپنے کھیتوں کا ریکارڈ رکھ سکتے ہیں، فصلوں کے بارے میں ماہرین سے مشورہ لے سکتے ہیں اور موسم کی پیش گوئی اور منڈی کے تازہ نرخ دیکھ سکتے ہیں۔ یہ سروس فصل دوست ایگری ٹیک (پرائیویٹ) لمیٹڈ ("ہم") فراہم کرتی ہے۔

اس پالیسی میں بتایا گیا ہے کہ ہم آپ کی کون سی معلومات جمع کرتے ہیں، انہیں کس مقصد کے لیے استعمال کرتے ہیں، کس کے ساتھ شیئر کرتے ہیں اور آپ کے کیا حقوق ہیں۔ ایپ استعمال کرنے سے پہلے براہ کرم اسے غور سے پڑھیں۔

## ہم کون ہیں

@ فصل دوست ایگری ٹیک (پرائیویٹ) لمیٹڈ
@ دفتر نمبر 305، تیسری منزل، ارفع سافٹ ویئر ٹیکنالوجی پارک
@ 346-بی، فیروز پور روڈ، لاہور 54600
@ ای میل: privacy@fasldost.pk
@ ہیلپ لائن: 0800-32753 (پیر تا ہفتہ، صبح 9 سے شام 6 بجے تک)

## ہم کون سی معلومات جمع کرتے ہیں

### وہ معلومات جو آپ خود دیتے ہیں

- آپ کا نام، موبائل نمبر، ضلع اور تحصیل؛
- کھیتوں کی تفصیل: رقبہ (ایکڑ میں)، فصل، بوائی کی تاریخ، بیج کی قسم اور آبپاشی کا ذریعہ؛
- کھیت کی حدود جو آپ نقشے پر خود بناتے ہیں؛
- فصل کی بیماری یا کیڑوں کی تصاویر جو آپ ماہرین کو مشورے کے لیے بھیجتے ہیں؛
- مٹی اور پانی کے تجزیے کے نتائج، اگر آپ انہیں ایپ میں درج کریں؛
- اخراجات اور آمدن کا حساب جو آپ ایپ کے "کھاتہ" والے حصے میں لکھتے ہیں؛
- قومی شناختی کارڈ نمبر، صرف اس صورت میں جب آپ ہماری ایپ کے ذریعے کسی سرکاری سکیم، زرعی قرض یا فصل بیمہ کے لیے درخواست دیں۔

### وہ معلومات جو خود بخود جمع ہوتی ہیں

- آپ کی لوکیشن، تاکہ آپ کے علاقے کا موسم اور قریبی منڈی کے نرخ دکھائے جا سکیں (صرف آپ کی اجازت سے)؛
- موبائل فون کا ماڈل، آپریٹنگ سسٹم، ایپ کا ورژن اور نیٹ ورک کی معلومات؛
- ایپ کے استعمال کی معلومات، مثلاً کون سے صفحات کھولے گئے اور کون سی سہولیات استعمال ہوئیں؛
- ایپ بند ہونے یا خرابی کی رپورٹس۔

## معلومات کا استعمال

ہم آپ کی معلومات درج ذیل مقاصد کے لیے استعمال کرتے ہیں:

- آپ کا اکاؤنٹ بنانے اور موبائل نمبر کی تصدیق (OTP) کے لیے؛
- آپ کے کھیت اور فصل کے مطابق موسم کی وارننگ، آبپاشی اور کھاد کے مشورے بھیجنے کے لیے؛
- ماہرینِ زراعت سے آپ کے سوالات کے جواب دلوانے کے لیے؛
- منڈی کے نرخ اور بیج، کھاد یا زرعی ادویات کی قریبی دکانوں کی معلومات دکھانے کے لیے؛
- ایپ کو بہتر بنانے اور خرابیاں دور کرنے کے لیے؛
- دھوکہ دہی اور غلط استعمال روکنے کے لیے۔

ہم آپ کی معلومات اشتہاری کمپنیوں کو فروخت نہیں کرتے۔

## معلومات کس کے ساتھ شیئر کی جاتی ہیں

ہم کچھ کام قابلِ اعتماد اداروں سے کرواتے ہیں۔ یہ ادارے آپ کی معلومات صرف ہماری ہدایات کے مطابق اور صرف نیچے دیے گئے مقصد کے لیے استعمال کر سکتے ہیں:

| ادارہ | مقصد | مقام |
| گوگل کلاؤڈ اور فائر بیس | ڈیٹا محفوظ کرنا، لاگ اِن، خرابی کی رپورٹس | سنگاپور |
| پاکستان موبائل کمیونیکیشنز لمیٹڈ (جاز) | ایس ایم ایس اور او ٹی پی | پاکستان |
| میپ باکس | نقشے اور کھیت کی حدود | امریکہ |
| ماہرینِ زراعت کا پینل | آپ کے سوالات کے جواب | پاکستان |
| بینک اور بیمہ کمپنیاں | صرف آپ کی درخواست پر زرعی قرض یا فصل بیمہ کے لیے | پاکستان |

جب آپ کسی بینک یا بیمہ کمپنی کو درخواست بھیجتے ہیں تو ہم صرف وہی معلومات بھیجتے ہیں جو درخواست فارم میں آپ کو دکھائی جاتی ہیں، اور بھیجنے سے پہلے آپ سے تصدیق لیتے ہیں۔ قانون کے تحت ضرورت پڑنے پر ہم معلومات متعلقہ سرکاری اداروں کو بھی فراہم کر سکتے ہیں۔

## نوٹیفکیشن، ایس ایم ایس اور کالز

موسم کی وارننگ، کیڑوں کے حملے کی اطلاع اور آبپاشی کی یاد دہانی ہم ایپ کے نوٹیفکیشن یا ایس ایم ایس کے ذریعے بھیجتے ہیں۔ فصل دوست پلس کے صارفین کو ہمارے ماہرین فون بھی کر سکتے ہیں؛ معیار کی جانچ کے لیے یہ کالز ریکارڈ کی جاتی ہیں اور کال کے شروع میں آپ کو اس کی اطلاع دی جاتی ہے۔ آپ ایپ کی "ترتیبات" میں جا کر کسی بھی قسم کے پیغامات بند کر سکتے ہیں۔

## معلومات کتنی دیر محفوظ رکھی جاتی ہیں

| معلومات | مدت |
| اکاؤنٹ اور کھیتوں کا ریکارڈ | اکاؤنٹ بند ہونے کے 2 سال بعد تک |
| فصل کی تصاویر اور ماہرین سے بات چیت | 3 سال |
| لوکیشن کی تاریخ | 12 ماہ |
| خرابی کی رپورٹس | 90 دن |

مدت پوری ہونے کے بعد معلومات حذف کر دی جاتی ہیں یا اس طرح بدل دی جاتی ہیں کہ ان سے آپ کی شناخت نہ ہو سکے۔

## آپ کے حقوق

- اپنی معلومات دیکھنا اور ان کی کاپی حاصل کرنا؛
- غلط معلومات درست کروانا؛
- اپنا اکاؤنٹ اور تمام معلومات حذف کروانا (ایپ میں "ترتیبات" پھر "اکاؤنٹ حذف کریں")؛
- لوکیشن اور نوٹیفکیشن کی اجازت کسی بھی وقت واپس لینا؛
- مارکیٹنگ کے پیغامات بند کروانا۔

ان حقوق کے استعمال کے لیے [privacy@fasldost.pk](mailto:privacy@fasldost.pk) پر ای میل کریں یا ہیلپ لائن پر کال کریں۔ ہم 30 دن کے اندر جواب دیں گے۔

## معلومات کی حفاظت

تمام معلومات محفوظ (انکرپٹڈ) کنکشن کے ذریعے بھیجی جاتی ہیں۔ ہمارے ملازمین صرف اتنی معلومات دیکھ سکتے ہیں جتنی ان کے کام کے لیے ضروری ہو۔ شناختی کارڈ نمبر الگ اور انکرپٹڈ شکل میں محفوظ کیا جاتا ہے۔

## بچوں کی رازداری

فصل دوست 18 سال سے کم عمر افراد کے لیے نہیں ہے۔ اگر ہمیں معلوم ہو کہ کسی بچے نے اکاؤنٹ بنایا ہے تو ہم اسے حذف کر دیں گے۔

## قانون

یہ پالیسی پاکستان کے نافذ العمل قوانین، بشمول الیکٹرانک جرائم کی روک تھام کے ایکٹ 2016، کے مطابق ہے۔ ذاتی معلومات کے تحفظ کا نیا قانون نافذ ہونے پر ہم اس پالیسی کو اس کے مطابق تبدیل کریں گے۔

## پالیسی میں تبدیلیاں

اگر ہم اس پالیسی میں کوئی اہم تبدیلی کریں گے تو ایپ میں نوٹیفکیشن اور ایس ایم ایس کے ذریعے آپ کو پہلے سے آگاہ کریں گے۔
"""

EDITS = [
    {"note": "processor added to the table: Easypaisa for FaslDost Plus subscription payments",
     "repl": [("| میپ باکس | نقشے اور کھیت کی حدود | امریکہ |",
               "| میپ باکس | نقشے اور کھیت کی حدود | امریکہ |\n"
               "| ٹیلی نار مائیکروفنانس بینک (ایزی پیسہ) | فصل دوست پلس کی ماہانہ فیس کی ادائیگی | پاکستان |")]},
    {"note": "words inserted: voice messages sent to the experts",
     "repl": [("- فصل کی بیماری یا کیڑوں کی تصاویر جو آپ",
               "- فصل کی بیماری یا کیڑوں کی تصاویر اور صوتی پیغامات جو آپ")]},
    {"note": "sentence added: anonymised pest reports shared with the Punjab agriculture department",
     "repl": [("ہم آپ کی معلومات اشتہاری کمپنیوں کو فروخت نہیں کرتے۔",
               "ہم آپ کی معلومات اشتہاری کمپنیوں کو فروخت نہیں کرتے۔ فصلوں پر کیڑوں اور بیماریوں کے حملے کی "
               "رپورٹس، آپ کا نام اور نمبر ہٹا کر، محکمہ زراعت پنجاب (توسیع) کے ساتھ شیئر کی جاتی ہیں تاکہ "
               "بروقت وارننگ جاری کی جا سکے۔")]},
    {"note": "retention of location history shortened (12 -> 6 months)",
     "repl": [("| لوکیشن کی تاریخ | 12 ماہ |", "| لوکیشن کی تاریخ | 6 ماہ |")]},
    {"note": "office moved from Arfa Technology Park, Lahore to Faisalabad (address lines changed)",
     "repl": [("@ دفتر نمبر 305، تیسری منزل، ارفع سافٹ ویئر ٹیکنالوجی پارک\n@ 346-بی، فیروز پور روڈ، لاہور 54600",
               "@ دفتر نمبر 12، بزنس انکیوبیشن سینٹر، زرعی یونیورسٹی\n@ جیل روڈ، فیصل آباد 38000")]},
]

# ---------------------------------------------------------------- noise

CLIMATE = {  # Lahore: (min, max) by month
    1: (7, 18), 2: (10, 22), 3: (15, 27), 4: (21, 34), 5: (26, 39), 6: (28, 40),
    7: (28, 36), 8: (27, 35), 9: (25, 35), 10: (19, 32), 11: (13, 26), 12: (8, 21)}
SKY = {"clear": "مطلع صاف", "partly": "جزوی ابر آلود", "fog": "دھند", "dust": "گرد آلود ہوا", "rain": "بارش",
       "cloudy": "ابر آلود"}
SKIES = {1: ["fog", "clear", "partly"], 2: ["clear", "partly"], 3: ["clear", "partly", "rain"],
         4: ["clear", "dust"], 5: ["dust", "clear"], 6: ["dust", "clear", "partly"], 7: ["rain", "cloudy", "partly"],
         8: ["rain", "cloudy", "partly"], 9: ["partly", "clear"], 10: ["clear"], 11: ["clear", "fog"],
         12: ["fog", "clear"]}
ADVICE = {
    1: "گندم کو دوسرا پانی دیں اور جڑی بوٹیوں کی تلفی کریں",
    2: "گندم میں سٹے نکلنے سے پہلے یوریا کی آخری قسط ڈالیں",
    3: "گندم کو دانہ بنتے وقت پانی ضرور دیں، تیز ہوا میں پانی نہ لگائیں",
    4: "گندم کی کٹائی کے لیے موسم دیکھ کر منصوبہ بنائیں",
    5: "کپاس کی بوائی 31 مئی تک مکمل کر لیں",
    6: "کپاس پر سفید مکھی اور گلابی سنڈی کا معائنہ ہفتے میں دو بار کریں",
    7: "مونجی کی پنیری کی منتقلی کا بہترین وقت ہے",
    8: "بارش کے بعد کھیت سے فالتو پانی نکال دیں",
    9: "کپاس کی چنائی صاف اور خشک موسم میں کریں",
    10: "گندم کی بوائی کے لیے زمین تیار کریں اور تصدیق شدہ بیج خریدیں",
    11: "گندم کی بوائی 20 نومبر تک مکمل کریں",
    12: "کہر سے بچاؤ کے لیے سبزیوں کو ہلکا پانی دیں",
}


def noise(rng, when, i, prev):
    p = prev or {}
    local = when + dt.timedelta(hours=5)
    lo, hi = CLIMATE[local.month]
    frac = max(0.0, 1 - abs(local.hour + local.minute / 60 - 15) / 12)
    temp = round(lo + (hi - lo) * frac + rng.uniform(-2.5, 2.5))
    sky = rng.choice(SKIES[local.month])
    rain = [rng.choice([0, 0, 5, 10, 20]) if sky not in ("rain", "cloudy") else rng.choice([40, 60, 70, 80])
            for _ in range(3)]

    def build():
        return {"app_js": C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
                "app_css": C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
                "lw": C.hexs(rng, 8)}
    return {
        "weather": {"temp": temp, "sky": sky, "wind": rng.randint(3, 22), "humidity": rng.randint(18, 92),
                    "rain": rain, "advice": ADVICE[local.month], "at": local.strftime("%H:%M")},
        "wire": {"id": C.alnum(rng, 20), "checksum": C.hexs(rng, 64)},
        "csrf": C.alnum(rng, 40),
        "build": C.keep_or(rng, p.get("build"), 0.2, build),
    }


LABELS = {"weather": "Livewire weather strip inside article.policy (removed by the declaration)",
          "wire": "wire:snapshot checksum / wire:id of the weather strip", "csrf": "CSRF token (meta + Livewire script)",
          "build": "Vite build hashes / Livewire asset id"}

# ---------------------------------------------------------------- render

DAYS = ["پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار"]


def render(state, blocks, when):
    w = state["weather"]
    b = state["build"]
    local = when + dt.timedelta(hours=5)
    snap = {"data": {"district": "lahore", "unit": "c"},
            "memo": {"id": state["wire"]["id"], "name": "weather-strip", "path": "ur/privacy-policy", "method": "GET",
                     "children": [], "scripts": [], "assets": [], "errors": [], "locale": "ur"},
            "checksum": state["wire"]["checksum"]}
    snap_attr = html.escape(json.dumps(snap, separators=(",", ":")).replace("/", "\\/"), quote=True)
    days = "".join('<li class="flex flex-col items-center px-2"><span class="text-xs text-emerald-900/70">%s</span>'
                   '<span class="text-sm">بارش %d%%</span></li>'
                   % (DAYS[(local.weekday() + k + 1) % 7], r) for k, r in enumerate(w["rain"]))
    strip = ('<div wire:snapshot="%s" wire:effects="[]" wire:id="%s" class="mausam-strip not-prose mb-8 rounded-2xl '
             'bg-emerald-50 p-4 ring-1 ring-emerald-200"><div class="flex flex-wrap items-center gap-4">'
             '<div class="flex items-center gap-2"><svg class="h-8 w-8 text-amber-500" fill="none" viewBox="0 0 24 24" '
             'stroke="currentColor" aria-hidden="true"><circle cx="12" cy="12" r="5"/></svg><span class="text-3xl '
             'font-bold">%d°</span></div><div><p class="font-semibold">لاہور — %s</p><p class="text-sm">ہوا %d '
             'کلومیٹر فی گھنٹہ، نمی %d%%</p></div><ul class="flex divide-x divide-x-reverse divide-emerald-200">%s</ul>'
             '</div><p class="mt-3 text-sm"><span class="font-semibold">آج کا مشورہ:</span> %s</p><p class="mt-1 '
             'text-xs text-emerald-900/60">اپ ڈیٹ %s بجے</p></div>'
             % (snap_attr, state["wire"]["id"], w["temp"], SKY[w["sky"]], w["wind"], w["humidity"], days,
                html.escape(w["advice"]), w["at"]))
    body = []
    for blk in blocks:
        if blk[0] == "table":
            body.append('<div class="overflow-x-auto">%s</div>' % C.block_html(blk))
        else:
            body.append(C.block_html(blk))
    nav = [("/ur", "ہوم"), ("/ur/features", "سہولیات"), ("/ur/mandi-rates", "منڈی کے نرخ"), ("/ur/mausam", "موسم"),
           ("/ur/experts", "ماہرین سے پوچھیں"), ("/ur/plus", "فصل دوست پلس")]
    nav_html = "".join('<a href="https://fasldost.pk%s" class="inline-flex items-center px-1 pt-1 border-b-2 '
                       'border-transparent text-sm font-medium leading-5 text-stone-600 hover:text-stone-900 '
                       'hover:border-stone-300 focus:outline-none transition duration-150 ease-in-out">%s</a>' % (u, t)
                       for u, t in nav)
    return """<!DOCTYPE html>
<html lang="ur" dir="rtl">
    <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="csrf-token" content="%(csrf)s">

        <title>رازداری کی پالیسی | فصل دوست</title>
        <meta name="description" content="فصل دوست آپ کی معلومات کیسے جمع، استعمال اور محفوظ کرتا ہے۔">
        <link rel="canonical" href="%(url)s">
        <link rel="alternate" hreflang="ur" href="https://fasldost.pk/ur/privacy-policy">
        <link rel="alternate" hreflang="en" href="https://fasldost.pk/en/privacy-policy">
        <link rel="icon" href="https://fasldost.pk/favicon.ico">

        <!-- Fonts -->
        <link rel="preconnect" href="https://fonts.bunny.net">
        <link href="https://fonts.bunny.net/css?family=noto-nastaliq-urdu:400,600,700&display=swap" rel="stylesheet" />

        <!-- Scripts -->
        <link rel="preload" as="style" href="https://fasldost.pk/build/assets/app-%(css)s.css" /><link rel="modulepreload" href="https://fasldost.pk/build/assets/app-%(js)s.js" /><link rel="stylesheet" href="https://fasldost.pk/build/assets/app-%(css)s.css" data-navigate-track="reload" /><script type="module" src="https://fasldost.pk/build/assets/app-%(js)s.js" data-navigate-track="reload"></script>
        <!-- Livewire Styles --><style >[wire\\:loading][wire\\:loading], [wire\\:loading\\.delay][wire\\:loading\\.delay], [wire\\:loading\\.inline-block][wire\\:loading\\.inline-block], [wire\\:loading\\.inline][wire\\:loading\\.inline], [wire\\:loading\\.block][wire\\:loading\\.block], [wire\\:loading\\.flex][wire\\:loading\\.flex], [wire\\:loading\\.table][wire\\:loading\\.table], [wire\\:loading\\.grid][wire\\:loading\\.grid], [wire\\:loading\\.inline-flex][wire\\:loading\\.inline-flex] {display: none;}[wire\\:loading\\.delay\\.none][wire\\:loading\\.delay\\.none], [wire\\:loading\\.delay\\.shortest][wire\\:loading\\.delay\\.shortest], [wire\\:loading\\.delay\\.shorter][wire\\:loading\\.delay\\.shorter], [wire\\:loading\\.delay\\.short][wire\\:loading\\.delay\\.short], [wire\\:loading\\.delay\\.default][wire\\:loading\\.delay\\.default], [wire\\:loading\\.delay\\.long][wire\\:loading\\.delay\\.long], [wire\\:loading\\.delay\\.longer][wire\\:loading\\.delay\\.longer], [wire\\:loading\\.delay\\.longest][wire\\:loading\\.delay\\.longest] {display: none;}[wire\\:offline][wire\\:offline] {display: none;}[wire\\:dirty]:not(textarea):not(input):not(select) {display: none;}:root {--livewire-progress-bar-color: #2299dd;}[x-cloak] {display: none !important;}</style>

        <!-- Google tag (gtag.js) -->
        <script async src="https://www.googletagmanager.com/gtag/js?id=G-7HQ2M5R9XK"></script>
        <script>
          window.dataLayer = window.dataLayer || [];
          function gtag(){dataLayer.push(arguments);}
          gtag('js', new Date());
          gtag('config', 'G-7HQ2M5R9XK', { 'anonymize_ip': true });
        </script>
    </head>
    <body class="font-nastaliq antialiased bg-stone-50 text-stone-800 leading-loose">
        <div class="min-h-screen">
            <nav x-data="{ open: false }" class="bg-white border-b border-stone-100">
                <div class="max-w-7xl mx-auto px-4 sm:px-6 lg:px-8">
                    <div class="flex justify-between h-16">
                        <div class="flex">
                            <div class="shrink-0 flex items-center">
                                <a href="https://fasldost.pk/ur" wire:navigate>
                                    <img src="https://fasldost.pk/images/logo-fasldost.svg" alt="فصل دوست" class="block h-9 w-auto">
                                </a>
                            </div>
                            <div class="hidden space-x-8 space-x-reverse sm:-my-px sm:ms-10 sm:flex">%(nav)s</div>
                        </div>
                        <div class="hidden sm:flex sm:items-center sm:ms-6 gap-3">
                            <a href="https://fasldost.pk/en/privacy-policy" class="text-sm text-stone-500" hreflang="en">English</a>
                            <a href="https://play.google.com/store/apps/details?id=pk.fasldost.app" class="inline-flex items-center px-4 py-2 bg-emerald-700 border border-transparent rounded-md font-semibold text-xs text-white tracking-widest hover:bg-emerald-600">ایپ ڈاؤن لوڈ کریں</a>
                        </div>
                        <div class="-me-2 flex items-center sm:hidden">
                            <button @click="open = ! open" class="inline-flex items-center justify-center p-2 rounded-md text-stone-400 hover:text-stone-500 hover:bg-stone-100 focus:outline-none transition duration-150 ease-in-out" aria-label="مینو">
                                <svg class="h-6 w-6" stroke="currentColor" fill="none" viewBox="0 0 24 24"><path :class="{'hidden': open, 'inline-flex': ! open }" class="inline-flex" stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="M4 6h16M4 12h16M4 18h16" /></svg>
                            </button>
                        </div>
                    </div>
                </div>
            </nav>

            <main class="py-10">
                <div class="max-w-4xl mx-auto px-4 sm:px-6 lg:px-8">
                    <article class="policy prose prose-stone prose-lg max-w-none prose-headings:font-bold prose-a:text-emerald-700">
                        %(strip)s
                        %(body)s
                    </article>
                </div>
            </main>

            <footer class="bg-emerald-950 text-emerald-50">
                <div class="max-w-7xl mx-auto px-4 py-10 sm:px-6 lg:px-8 grid gap-8 sm:grid-cols-3">
                    <div>
                        <p class="font-bold text-lg">فصل دوست</p>
                        <p class="mt-2 text-sm text-emerald-100/80">کسان کا ڈیجیٹل ساتھی: کھیت کا ریکارڈ، موسم، منڈی کے نرخ اور ماہرین کا مشورہ۔</p>
                    </div>
                    <ul class="space-y-2 text-sm">
                        <li><a href="https://fasldost.pk/ur/terms" class="hover:underline">شرائط و ضوابط</a></li>
                        <li><a href="https://fasldost.pk/ur/privacy-policy" class="hover:underline">رازداری کی پالیسی</a></li>
                        <li><a href="https://fasldost.pk/ur/delete-account" class="hover:underline">اکاؤنٹ حذف کرنے کا طریقہ</a></li>
                        <li><a href="https://fasldost.pk/ur/contact" class="hover:underline">رابطہ</a></li>
                    </ul>
                    <div class="text-sm">
                        <p>ہیلپ لائن: <a href="tel:080032753" dir="ltr">0800-32753</a></p>
                        <p class="mt-2">&copy; %(year)d فصل دوست ایگری ٹیک (پرائیویٹ) لمیٹڈ</p>
                    </div>
                </div>
            </footer>
        </div>
    <script src="/livewire/livewire.min.js?id=%(lw)s"   data-csrf="%(csrf)s" data-update-uri="/livewire/update" data-navigate-once="true"></script>
</body>
</html>
""" % {"csrf": state["csrf"], "url": URL, "css": b["app_css"], "js": b["app_js"], "lw": b["lw"], "nav": nav_html,
       "strip": strip, "body": "\n                        ".join(body), "year": when.year}


PAGE = {
    "service": "FaslDost",
    "url": URL,
    "lang": "ur",
    "platform": "Laravel + Livewire 3 + Alpine.js + Tailwind (Vite), nginx",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("Cache-Control", "no-cache, private"),
                      ("X-Frame-Options", "SAMEORIGIN")),
    "n": 30,
    "start": dt.date(2023, 6, 12),
    "end": dt.date(2025, 10, 5),
    "hours": (0, 6, 12),
    "policy": POLICY,
    "first_updated": dt.date(2023, 5, 29),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "article.policy", "remove": ".mausam-strip"},
}
