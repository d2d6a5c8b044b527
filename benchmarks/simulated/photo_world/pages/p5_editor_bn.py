"""Rongtuli (Bangladeshi photo-editing app), the app's Hugo site (goldmark Markdown, fingerprinted assets) on
Cloudflare Pages with Cloudflare's bot-detection snippet injected per request."""
import base64
import datetime as dt
import hashlib
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import phkit as K  # noqa: E402

POLICY = """
# গোপনীয়তা নীতি

সর্বশেষ হালনাগাদ: {UPDATED}

রংতুলি একটি ছবি সম্পাদনার অ্যাপ, যা দিয়ে আপনি ছবিতে ফিল্টার যোগ করতে, ব্যাকগ্রাউন্ড বদলাতে, কোলাজ বানাতে এবং বাংলা হরফে লেখা বসাতে পারেন। রংতুলি ল্যাবস লিমিটেড ("রংতুলি" বা "আমরা") আপনার গোপনীয়তাকে গুরত্ব দেয়। এই নীতিতে ব্যাখ্যা করা হয়েছে আমরা কোন তথ্য সংগ্রহ করি, কেন করি, কার সঙ্গে ভাগ করি এবং আপনি কীভাবে আপনার তথ্য নিয়ন্ত্রণ করতে পারেন। অ্যাপ বা আমাদের ওয়েবসাইট ব্যবহার করার মাধ্যমে আপনি এই নীতিতে বর্ণিত শর্তে সম্মতি দিচ্ছেন।

## ১. আপনার ছবি

রংতুলির বেশিরভাগ সম্পাদনা আপনার ফোনেই সম্পন্ন হয়। ফিল্টার, ক্রপ, উজ্জ্বলতা ও রং সংশোধন, ফ্রেম এবং লেখা বসানোর মতো কাজের জন্য আপনার ছবি আমাদের সার্ভারে পাঠানো হয় না।

কিছু বিশেষ ফিচার, যেমন "ম্যাজিক ইরেজার" ও "ছবি পরিষ্কারকরণ", আমাদের ক্লাউড সার্ভারে প্রক্রিয়া করা হয়। এসব ক্ষেত্রে ছবিটি এনক্রিপ্ট করা সংযোগের মাধ্যমে পাঠানো হয়, কাজ শেষে ফলাফল আপনার ফোনে ফেরত আসে এবং মূল ছবিটি ২৪ ঘণ্টার মধ্যে আমাদের সার্ভার থেকে স্থায়ীভাবে মুছে ফেলা হয়। আমরা আপনার ছবি কখনো বিক্রি করি না, বিজ্ঞাপনে ব্যবহার করি না এবং আপনার অনুমতি ছাড়া কৃত্রিম বুদ্ধিমত্তার মডেল প্রশিক্ষণে ব্যবহার করি না।

আপনি যদি রংতুলি কমিউনিটিতে নিজের সম্পাদিত ছবি প্রকাশ করেন, তাহলে সেই ছবি, আপনার প্রোফাইলের নাম ও ছবি অন্য ব্যবহারকারীরা দেখতে পাবেন। প্রকাশিত ছবি আপনি যেকোনো সময় মুছে ফেলতে পারেন।

ছবির সঙ্গে থাকা এক্সিফ তথ্য, যেমন ক্যামেরার মডেল, ছবি তোলার তারিখ ও অবস্থান, সম্পাদনার সময় আপনার ফোনেই থাকে। সম্পাদিত ছবি সংরক্ষণের সময় আপনি চাইলে অ্যাপের সেটিংস থেকে অবস্থানের তথ্য মুছে ফেলার অপশন চালু করতে পারেন। ক্লাউডে পাঠানোর আগে আমরা ছবি থেকে অবস্থানের তথ্য সরিয়ে ফেলি।

## ২. আমরা যে তথ্য সংগ্রহ করি

- **অ্যাকাউন্টের তথ্য:** আপনি যদি অ্যাকাউন্ট খোলেন, তাহলে আপনার নাম, ইমেইল ঠিকানা বা মোবাইল নম্বর এবং প্রোফাইল ছবি।
- **ক্রয়ের তথ্য:** রংতুলি প্রো সাবস্ক্রিপশন কিনলে লেনদেনের আইডি, প্যাকেজ ও মেয়াদ। কার্ড বা মোবাইল ব্যাংকিংয়ের (বিকাশ, নগদ) পূর্ণ তথ্য আমরা সংরক্ষণ করি না।
- **ডিভাইসের তথ্য:** ফোনের মডেল, অপারেটিং সিস্টেমের সংস্করণ, অ্যাপের সংস্করণ ও ভাষা।
- **ব্যবহারের তথ্য:** কোন ফিচার কতবার ব্যবহার হয়েছে, কোন ফিল্টার জনপ্রিয় এবং অ্যাপ ক্র্যাশ করলে তার প্রতিবেদন।
- **বিজ্ঞাপনের আইডি:** বিনামূল্যের সংস্করণে বিজ্ঞাপন দেখানোর জন্য।
- **সহায়তার তথ্য:** আপনি আমাদের ইমেইল বা ফেসবুক পেজে বার্তা পাঠালে সেই বার্তা ও সংযুক্ত স্ক্রিনশট।

## ৩. তথ্য ব্যবহারের উদ্দেশ্য

আমরা সংগৃহীত তথ্য ব্যবহার করি অ্যাপ চালু রাখতে ও উন্নত করতে, সাবস্ক্রিপশন যাচাই করতে, ত্রুটি খুঁজে ঠিক করতে, গ্রাহক সহায়তা দিতে, প্রতারণা ও অপব্যবহার রোধ করতে এবং বিনামূল্যের সংস্করণে বিজ্ঞাপন দেখাতে। আপনার সম্মতি থাকলে আমরা নতুন ফিচার, উৎসবের ফ্রেম ও অফার সম্পর্কে নোটিফিকেশন পাঠাই। আমরা আপনার তথ্য বিক্রি করি না এবং বিজ্ঞাপনদাতাদের সঙ্গে আপনার নাম, ইমেইল বা ছবি ভাগ করি না। ঈদ, পহেলা বৈশাখ বা বিজয় দিবসের মতো উৎসবে কোন ফ্রেম ও স্টিকার বেশি ব্যবহৃত হয়, তা জানতে আমরা শুধু সমষ্টিগত পরিসংখ্যান দেখি।

## ৪. তৃতীয় পক্ষের সেবা

অ্যাপ পরিচালনার জন্য আমরা নিচের সেবাগুলো ব্যবহার করি। প্রতিটি সেবা তাদের নিজস্ব গোপনীয়তা নীতি অনুযায়ী তথ্য প্রক্রিয়া করে।

| সেবা | উদ্দেশ্য | যে তথ্য যায় |
| Firebase Crashlytics | ক্র্যাশ প্রতিবেদন | ডিভাইসের তথ্য, ক্র্যাশের বিবরণ |
| Google Analytics for Firebase | ব্যবহারের পরিসংখ্যান | ব্যবহারের তথ্য, ডিভাইসের তথ্য |
| Google AdMob | বিজ্ঞাপন প্রদর্শন | বিজ্ঞাপনের আইডি, আনুমানিক অবস্থান |
| Google Play Billing ও App Store | সাবস্ক্রিপশন | ক্রয়ের তথ্য |
| SSLCOMMERZ | বিকাশ ও নগদে পেমেন্ট | লেনদেনের তথ্য |
| Amazon Web Services (সিঙ্গাপুর) | ক্লাউড সম্পাদনা | ছবি (সর্বোচ্চ ২৪ ঘণ্টা) |

আইনগত বাধ্যবাধকতা থাকলে, যেমন আদালতের আদেশ বা আইন প্রয়োগকারী সংস্থার বৈধ অনুরোধে, আমরা প্রয়োজনীয় তথ্য প্রকাশ করতে পারি।

## ৫. বিজ্ঞাপন

রংতুলির বিনামূল্যের সংস্করণে Google AdMob-এর মাধ্যমে বিজ্ঞাপন দেখানো হয়। ব্যক্তিগতকৃত বিজ্ঞাপন দেখাতে AdMob আপনার বিজ্ঞাপনের আইডি ব্যবহার করতে পারে। ফোনের সেটিংসে গিয়ে আপনি বিজ্ঞাপনের আইডি রিসেট করতে বা ব্যক্তিগতকৃত বিজ্ঞাপন বন্ধ করতে পারেন। রংতুলি প্রো ব্যবহারকারীদের কোনো বিজ্ঞাপন দেখানো হয় না এবং তাদের বিজ্ঞাপনের আইডি আমরা সংগ্রহ করি না।

## ৬. দেশের বাইরে তথ্য স্থানান্তর

আমাদের সার্ভার ও কিছু সেবাদাতা বাংলাদেশের বাইরে, যেমন সিঙ্গাপুর ও যুক্তরাষ্ট্রে অবস্থিত। ফলে আপনার তথ্য বাংলাদেশের বাইরে স্থানান্তরিত ও সংরক্ষিত হতে পারে। এসব ক্ষেত্রে আমরা নিশ্চিত করি যে সেবাদাতারা উপযুক্ত নিরাপত্তা ব্যবস্থা মেনে চলে এবং চুক্তির মাধ্যমে আপনার তথ্যের গোপনীয়তা রক্ষা করতে বাধ্য থাকে।

## ৭. তথ্য সংরক্ষণের মেয়াদ

অ্যাকাউন্ট সক্রিয় থাকা পর্যন্ত আমরা অ্যাকাউন্টের তথ্য সংরক্ষণ করি। অ্যাকাউন্ট মুছে ফেলার অনুরোধ করলে ৩০ দিনের মধ্যে সব তথ্য মুছে ফেলা হয়, তবে আইন অনুযায়ী লেনদেনের রেকর্ড ৬ বছর পর্যন্ত রাখা হতে পারে। ক্র্যাশ প্রতিবেদন ৯০ দিন পর স্বয়ংক্রিয়ভাবে মুছে যায়। সাবস্ক্রিপশন বাতিল করলে মেয়াদ শেষ হওয়া পর্যন্ত প্রো ফিচার চালু থাকে, এরপর আপনার অ্যাকাউন্ট বিনামূল্যের সংস্করণে ফিরে যায়।

## ৮. অনুমতি (পারমিশন)

| অনুমতি | কেন প্রয়োজন |
| ছবি ও মিডিয়া | সম্পাদনার জন্য ছবি খোলা ও সংরক্ষণ করা |
| ক্যামেরা | অ্যাপ থেকে সরাসরি ছবি তোলা |
| নোটিফিকেশন | নতুন ফিচার ও অফারের খবর জানানো (ঐচ্ছিক) |

আমরা আপনার কন্টাক্ট, মাইক্রোফোন বা সুনির্দিষ্ট অবস্থানের অনুমতি চাই না। ফোনের সেটিংস থেকে যেকোনো অনুমতি আপনি বন্ধ করতে পারেন, তবে তাতে কিছু ফিচার কাজ নাও করতে পারে।

## ৯. শিশুদের গোপনীয়তা

রংতুলি ১৩ বছরের কম বয়সী শিশুদের জন্য নয়। আমরা জেনেশুনে তাদের কাছ থেকে কোনো ব্যক্তিগত তথ্য সংগ্রহ করি না। এমন কোনো তথ্য আমাদের কাছে আছে জানতে পারলে আমরা দ্রুত তা মুছে ফেলি।

## ১০. আপনার অধিকার

আপনি যেকোনো সময় অ্যাপের সেটিংস থেকে আপনার অ্যাকাউন্ট মুছে ফেলতে, বিজ্ঞাপন ব্যক্তিগতকরণ বন্ধ করতে এবং নোটিফিকেশন বন্ধ করতে পারেন। আপনার সম্পর্কে আমাদের কাছে কী তথ্য আছে তার একটি কপি চাইতে বা ভুল তথ্য সংশোধন করতে আমাদের ইমেইল করুন। ইউরোপীয় ইউনিয়নের ব্যবহারকারীরা জিডিপিআর অনুযায়ী তাদের সব অধিকার প্রয়োগ করতে পারেন। অনুরোধ পাওয়ার ৩০ দিনের মধ্যে আমরা উত্তর দিই। পরিচয় নিশ্চিত করার জন্য আমরা আপনার অ্যাকাউন্টের ইমেইল বা মোবাইল নম্বর থেকে অনুরোধ পাঠাতে বলতে পারি।

## ১১. নিরাপত্তা

আমরা সব তথ্য এনক্রিপ্ট করা সংযোগে (HTTPS) আদান-প্রদান করি এবং সার্ভারে সীমিত প্রবেশাধিকার নিশ্চিত করি। আমাদের কর্মীরা শুধু কাজের প্রয়োজনে এবং অনুমতি সাপেক্ষে ব্যবহারকারীর তথ্য দেখতে পারেন। তবে ইন্টারনেটে কোনো পদ্ধতিই শতভাগ নিরাপদ নয়। আমাদের অ্যাপ বা ওয়েবসাইটে কোনো নিরাপত্তা ত্রুটি খুঁজে পেলে অনুগ্রহ করে security@rongtuli.app ঠিকানায় আমাদের জানান।

## ১২. নীতির পরিবর্তন

এই নীতিতে কোনো গুরুত্বপূর্ণ পরিবর্তন হলে আমরা অ্যাপের ভেতরে বা ইমেইলে আপনাকে জানাব। পরিবর্তনের পর অ্যাপ ব্যবহার চালিয়ে গেলে ধরে নেওয়া হবে আপনি নতুন নীতি মেনে নিয়েছেন। নীতির পুরোনো সংস্করণ দেখতে চাইলে আমাদের ইমেইল করুন।

## ১৩. যোগাযোগ

এই নীতি নিয়ে কোনো প্রশ্ন বা অভিযোগ থাকলে আমাদের সঙ্গে যোগাযোগ করুন:

@ রংতুলি ল্যাবস লিমিটেড
@ বাড়ি ৪২, রোড ১১, বনানী
@ ঢাকা ১২১৩, বাংলাদেশ
@ ইমেইল: privacy@rongtuli.app
@ ফোন: +৮৮০ ৯৬৩৮-১২৩৪৫৬
"""

EDITS = [
    {"note": "feature added to the cloud-processed list: AI background remover",
     "repl": [('যেমন "ম্যাজিক ইরেজার" ও "ছবি পরিষ্কারকরণ",',
               'যেমন "ম্যাজিক ইরেজার", "এআই ব্যাকগ্রাউন্ড রিমুভার" ও "ছবি পরিষ্কারকরণ",')]},
    {"note": "typo fixed (গুরত্ব), date unchanged", "bump": False,
     "repl": [("গোপনীয়তাকে গুরত্ব দেয়", "গোপনীয়তাকে গুরুত্ব দেয়")]},
    {"note": "processor row added: RevenueCat",
     "repl": [("| Google Play Billing ও App Store | সাবস্ক্রিপশন | ক্রয়ের তথ্য |",
               "| Google Play Billing ও App Store | সাবস্ক্রিপশন | ক্রয়ের তথ্য |\n"
               "| RevenueCat | সাবস্ক্রিপশন ব্যবস্থাপনা | ক্রয়ের তথ্য, অ্যাপ ব্যবহারকারীর আইডি |")]},
    {"note": "cloud photo retention shortened from 24 hours to 1 hour (text and table)",
     "repl": [("মূল ছবিটি ২৪ ঘণ্টার মধ্যে", "মূল ছবিটি ১ ঘণ্টার মধ্যে"),
              ("ছবি (সর্বোচ্চ ২৪ ঘণ্টা)", "ছবি (সর্বোচ্চ ১ ঘণ্টা)")]},
    {"note": "office address changed (Banani to Dhanmondi)",
     "repl": [("@ বাড়ি ৪২, রোড ১১, বনানী\n@ ঢাকা ১২১৩, বাংলাদেশ", "@ বাড়ি ৭, রোড ২/এ, ধানমন্ডি\n@ ঢাকা ১২০৯, বাংলাদেশ")]},
]


def fmt_date(d):
    return K.digits("%d %s %d" % (d.day, K.MONTHS["bn"][d.month - 1], d.year), "bn")


def _app(rng, when, prev):
    """A new app release: patch or minor bump, the store rating of the day, the downloads band."""
    maj, mi, pa = map(int, (prev or ("3.2.0",))[0].split("."))
    if rng.random() < 0.3:
        mi, pa = mi + 1, 0
    else:
        pa += 1
    dls = "৫০ লাখ+ ডাউনলোড" if when >= dt.datetime(2023, 6, 1) else "১০ লাখ+ ডাউনলোড"
    return ("%d.%d.%d" % (maj, mi, pa), rng.choice(["4.5", "4.6", "4.6", "4.7"]), dls)


def noise(rng, when, i, prev):
    p = prev or {}
    ts = "%d.%06d" % (C.epoch(when), rng.randint(0, 999999))
    hugo = "0.%d.%d" % (92 + (when.year - 2022) * 12 + when.month // 2, rng.randint(0, 2))
    return {
        "deploy": C.keep_or(rng, p.get("deploy"), 0.2, lambda: (C.hexs(rng, 64), C.hexs(rng, 64), hugo)),
        "app": C.keep_or(rng, p.get("app"), 0.25, lambda: _app(rng, when, p.get("app"))),
        "cf": (C.hexs(rng, 16), base64.b64encode(ts.encode()).decode()),
    }


LABELS = {
    "deploy": "Hugo build: fingerprinted CSS/JS and generator version (deploy)",
    "app": "app version and rating in the download box",
    "cf": "Cloudflare challenge-platform params (ray id, timestamp)",
}


def _anchor(t):
    t = t.lower()
    keep = []
    for ch in t:
        cat = unicodedata.category(ch)
        if ch == " ":
            keep.append("-")
        elif ch == "-" or cat[0] in "LN" or cat in ("Mn", "Mc"):
            keep.append(ch)
    return "".join(keep)


def _goldmark(blocks):
    def heading(kind, v, inl):
        if kind == "h1":
            return "<h1>%s</h1>" % inl(v)
        return '<%s id="%s">%s</%s>' % (kind, K.attr(_anchor(v)), inl(v), kind)

    def lst(kind, items, inl):
        return "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % inl(i) for i in items), kind)

    def table(rows, inl):
        head = "<tr>\n%s\n</tr>" % "\n".join("<th>%s</th>" % inl(c) for c in rows[0])
        body = "\n".join("<tr>\n%s\n</tr>" % "\n".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return "<table>\n<thead>\n%s\n</thead>\n<tbody>\n%s\n</tbody>\n</table>" % (head, body)

    return K.render_blocks(blocks, heading=heading, lst=lst, table=table,
                           text=lambda raw: K.esc(raw).replace('"', "&quot;"),
                           addr=lambda lines, inl: "<p>%s</p>" % "<br>\n".join(inl(x) for x in lines))


def render(state, blocks, when):
    css, js, hugo = state["deploy"]
    ver, rating, dls = state["app"]
    ray, t = state["cf"]
    title = blocks[0][1]
    integ = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    integ_js = base64.b64encode(hashlib.sha256(js.encode()).digest()).decode()
    return """<!doctype html>
<html lang="bn" dir="ltr">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <title>%(title)s | রংতুলি</title>
    <meta name="description" content="রংতুলি ফটো এডিটর অ্যাপের গোপনীয়তা নীতি: আমরা কোন তথ্য সংগ্রহ করি এবং কীভাবে ব্যবহার করি।">
    <meta name="generator" content="Hugo %(hugo)s">
    <link rel="canonical" href="https://rongtuli.app/bn/privacy/">
    <link rel="alternate" hreflang="en" href="https://rongtuli.app/privacy/">
    <link rel="alternate" hreflang="bn" href="https://rongtuli.app/bn/privacy/">
    <meta property="og:title" content="%(title)s">
    <meta property="og:type" content="article">
    <meta property="og:url" content="https://rongtuli.app/bn/privacy/">
    <meta property="og:image" content="https://rongtuli.app/images/og-rongtuli.png">
    <link rel="preload" href="/fonts/HindSiliguri-Regular.woff2" as="font" type="font/woff2" crossorigin>
    <link rel="stylesheet" href="/css/main.min.%(css)s.css" integrity="sha256-%(integ)s" crossorigin="anonymous">
    <link rel="icon" href="/favicon.png">
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-B3N9R7T2QW"></script>
    <script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag("js",new Date),gtag("config","G-B3N9R7T2QW",{anonymize_ip:!0})</script>
  </head>
  <body class="page page-legal">
    <header class="site-header">
      <div class="container">
        <a class="brand" href="/bn/"><img src="/images/rongtuli-logo.svg" alt="রংতুলি" width="132" height="36"></a>
        <nav class="site-nav" aria-label="প্রধান মেনু">
          <ul>
            <li><a href="/bn/features/">ফিচার</a></li>
            <li><a href="/bn/pro/">রংতুলি প্রো</a></li>
            <li><a href="/bn/frames/">উৎসবের ফ্রেম</a></li>
            <li><a href="/bn/blog/">ব্লগ</a></li>
            <li><a href="/bn/help/">সহায়তা</a></li>
          </ul>
        </nav>
        <a class="lang-switch" href="/privacy/" hreflang="en">English</a>
      </div>
    </header>
    <main id="main" class="container">
      <article class="legal">
        <h1>%(title)s</h1>
        <div class="legal__body">
%(body)s
        </div>
      </article>
      <aside class="download-box">
        <img src="/images/app-icon.png" alt="" width="64" height="64" loading="lazy">
        <div>
          <p class="download-box__title">রংতুলি ফটো এডিটর</p>
          <p class="download-box__meta">সংস্করণ %(ver)s · %(dls)s · ★ %(rating)s</p>
        </div>
        <a class="btn btn-play" href="https://play.google.com/store/apps/details?id=app.rongtuli.editor&amp;hl=bn"><img src="/images/google-play-badge-bn.png" alt="Google Play থেকে ডাউনলোড করুন" width="160" height="48"></a>
      </aside>
    </main>
    <footer class="site-footer">
      <div class="container">
        <ul class="footer-links">
          <li><a href="/bn/privacy/">গোপনীয়তা নীতি</a></li>
          <li><a href="/bn/terms/">ব্যবহারের শর্তাবলি</a></li>
          <li><a href="/bn/contact/">যোগাযোগ</a></li>
        </ul>
        <p>© %(year)s রংতুলি ল্যাবস লিমিটেড</p>
      </div>
    </footer>
    <script src="/js/main.min.%(js)s.js" integrity="sha256-%(integ_js)s" crossorigin="anonymous" defer></script>
  <script>(function(){function c(){var b=a.contentDocument||a.contentWindow.document;if(b){var d=b.createElement('script');d.innerHTML="window.__CF$cv$params={r:'%(ray)s',t:'%(t)s'};var a=document.createElement('script');a.nonce='';a.src='/cdn-cgi/challenge-platform/scripts/jsd/main.js';document.getElementsByTagName('head')[0].appendChild(a);";b.getElementsByTagName('head')[0].appendChild(d)}}if(document.body){var a=document.createElement('iframe');a.height=1;a.width=1;a.style.position='absolute';a.style.top=0;a.style.left=0;a.style.border='none';a.style.visibility='hidden';document.body.appendChild(a);if('loading'!==document.readyState)c();else if(window.addEventListener)document.addEventListener('DOMContentLoaded',c);else{var e=document.onreadystatechange||function(){};document.onreadystatechange=function(b){e(b);'loading'!==document.readyState&&(document.onreadystatechange=e,c())}}}})();</script></body>
</html>
""" % {"title": K.esc(title), "hugo": hugo, "css": css, "integ": integ, "body": _goldmark(blocks[1:]),
       "ver": K.digits(ver, "bn"), "dls": dls, "rating": K.digits(rating, "bn"), "year": K.digits(when.year, "bn"),
       "js": js, "integ_js": integ_js, "ray": ray, "t": t}


PAGE = {
    "service": "Rongtuli",
    "url": "https://rongtuli.app/bn/privacy/",
    "lang": "bn",
    "platform": "Hugo static site on Cloudflare Pages",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "cloudflare"), ("Cache-Control", "public, max-age=0, must-revalidate"),
                      ("Access-Control-Allow-Origin", "*")],
    "n": 28,
    "start": dt.date(2022, 1, 15),
    "end": dt.date(2024, 7, 31),
    "policy": POLICY,
    "first_updated": dt.date(2021, 10, 5),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://rongtuli.app/bn/privacy/",
        "select": "article.legal",
    },
}
