"""Bengali video-streaming service (Chhobighor) whose privacy policy is a Zendesk Guide help-centre article
(Copenhagen theme).

Noisy page. The regional supplements (EEA/UK, United States, later India) are collapsible <details> blocks in
the article body, closed by default; one real edit happens inside a closed supplement, another adds one.
Around the article: "এই নিবন্ধটি কি সহায়ক ছিল?" vote counts that move every visit, a related-articles list
that rotates, the section sidebar (grows, with a "আরো দেখুন" show-more link), the header's updated stamp
(moves on every save, including re-saves without text change), the per-visit CSRF token and the theme asset
hash after each theme publish. The curator selects the article title and .article-body.
"""
import datetime as dt
import hashlib
import html

import common as C

URL = "https://help.chhobighor.com/hc/bn/articles/4408827716241-Privacy-Policy"

MONTHS = ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর",
          "নভেম্বর", "ডিসেম্বর"]
BN = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def bn(n):
    return str(n).translate(BN)


def fmt_date(d):
    return "%s %s %s" % (bn(d.day), MONTHS[d.month - 1], bn(d.year))


POLICY = """# গোপনীয়তা নীতি

সর্বশেষ হালনাগাদ: {UPDATED}

ছবিঘর লিমিটেড («ছবিঘর», «আমরা») ছবিঘর ওয়েবসাইট, মোবাইল অ্যাপ, স্মার্ট টিভি অ্যাপ এবং সংশ্লিষ্ট সেবার (একত্রে «সেবা») মাধ্যমে সিনেমা, নাটক, ওয়েব সিরিজ ও সরাসরি খেলা সম্প্রচার করে। এই গোপনীয়তা নীতিতে ব্যাখ্যা করা হয়েছে আপনি যখন আমাদের সেবা ব্যবহার করেন তখন আমরা কোন তথ্য সংগ্রহ করি, কীভাবে তা ব্যবহার ও শেয়ার করি এবং আপনার কী কী অধিকার রয়েছে। সেবা ব্যবহার করার আগে অনুগ্রহ করে নীতিটি মনোযোগ দিয়ে পড়ুন।

## আমরা কোন তথ্য সংগ্রহ করি

আপনি সরাসরি আমাদের যে তথ্য দেন:

- নাম, মোবাইল নম্বর, ইমেইল ঠিকানা ও পাসওয়ার্ড, যখন আপনি অ্যাকাউন্ট খোলেন;
- প্রোফাইলের নাম, বয়সসীমা ও ভাষার পছন্দ, যখন আপনি একাধিক প্রোফাইল তৈরি করেন;
- বিকাশ, নগদ, রকেট বা কার্ডের মাধ্যমে সাবস্ক্রিপশনের মূল্য পরিশোধের সময় লেনদেনের তথ্য;
- গ্রাহকসেবার সঙ্গে যোগাযোগের সময় আপনি যে তথ্য দেন।

সেবা ব্যবহারের সময় স্বয়ংক্রিয়ভাবে যে তথ্য সংগ্রহ হয়:

- আপনি কী দেখেছেন, কতক্ষণ দেখেছেন, কোথায় থেমেছেন এবং কী খুঁজেছেন;
- ডিভাইসের ধরন, অপারেটিং সিস্টেম, অ্যাপের সংস্করণ, আইপি ঠিকানা ও নেটওয়ার্কের ধরন;
- ভিডিওর মান, বাফারিং ও ত্রুটি সংক্রান্ত প্রযুক্তিগত তথ্য;
- কুকি ও অনুরূপ প্রযুক্তির মাধ্যমে সংগৃহীত তথ্য, যার বিস্তারিত আমাদের কুকি নীতিতে রয়েছে।

## আমরা তথ্য কীভাবে ব্যবহার করি

আমরা আপনার তথ্য ব্যবহার করি:

- সেবা চালু রাখতে, আপনার অ্যাকাউন্ট ও সাবস্ক্রিপশন পরিচালনা করতে এবং পেমেন্ট প্রক্রিয়া করতে;
- আপনার দেখার ইতিহাসের ভিত্তিতে সিনেমা ও অনুষ্ঠানের সুপারিশ দিতে;
- আপনার ইন্টারনেট সংযোগ অনুযায়ী ভিডিওর মান স্বয়ংক্রিয়ভাবে ঠিক করতে;
- নতুন কনটেন্ট, অফার ও সাবস্ক্রিপশন নবায়ন সম্পর্কে আপনাকে জানাতে;
- প্রতারণা, অ্যাকাউন্ট শেয়ারিং ও কপিরাইট লঙ্ঘন শনাক্ত ও প্রতিরোধ করতে;
- আইনগত বাধ্যবাধকতা পালন করতে।

বিজ্ঞাপনসহ প্ল্যানে আমরা আপনার বয়সসীমা, অবস্থান ও দেখার আগ্রহের ভিত্তিতে বিজ্ঞাপন দেখাই। আমরা সাধারণত বিজ্ঞাপনদাতাদের সঙ্গে আপনার নাম বা যোগাযোগের তথ্য শেয়ার করি না।

## তথ্য শেয়ার করা

আমরা আপনার ব্যক্তিগত তথ্য বিক্রি করি না। আমরা কেবল নিচের ক্ষেত্রে তথ্য শেয়ার করি:

- পেমেন্ট সেবাদাতা, ক্লাউড হোস্টিং ও কনটেন্ট ডেলিভারি নেটওয়ার্ক প্রতিষ্ঠান, যারা আমাদের পক্ষে কাজ করে;
- টেলিকম অপারেটর, যখন আপনি অপারেটরের বিলের মাধ্যমে সাবস্ক্রিপশন কেনেন;
- কনটেন্টের স্বত্বাধিকারী প্রতিষ্ঠান, কেবল সমষ্টিগত দর্শক পরিসংখ্যান আকারে;
- আদালত বা আইন প্রয়োগকারী সংস্থা, যখন প্রচলিত আইন অনুযায়ী তা বাধ্যতামূলক।

## তথ্য সংরক্ষণ

যতদিন আপনার অ্যাকাউন্ট সক্রিয় থাকে ততদিন আমরা আপনার তথ্য সংরক্ষণ করি। অ্যাকাউন্ট বন্ধ করার পর দেখার ইতিহাস ও প্রোফাইলের তথ্য ৯০ দিনের মধ্যে মুছে ফেলা হয়। লেনদেনের রেকর্ড আয়কর ও মূল্য সংযোজন কর আইন অনুযায়ী ছয় বছর সংরক্ষণ করা হয়।

## কুকি ও অনুরূপ প্রযুক্তি

ওয়েবসাইট ও অ্যাপে আমরা কুকি, লোকাল স্টোরেজ ও ডিভাইস শনাক্তকারী ব্যবহার করি। প্রয়োজনীয় কুকি ছাড়া সেবা চালানো সম্ভব নয়, যেমন আপনাকে লগ ইন অবস্থায় রাখা ও আপনার ভাষা মনে রাখা। বিশ্লেষণ ও বিজ্ঞাপন সংক্রান্ত কুকি আমরা কেবল আপনার সম্মতি নিয়ে ব্যবহার করি। ওয়েবসাইটের নিচে থাকা «কুকি সেটিংস» থেকে আপনি যেকোনো সময় আপনার সম্মতি পরিবর্তন করতে পারেন। স্মার্ট টিভি ও মোবাইল অ্যাপে আপনি ডিভাইসের সেটিংস থেকে বিজ্ঞাপন শনাক্তকারী রিসেট বা বন্ধ করতে পারেন।

## আন্তর্জাতিক তথ্য স্থানান্তর

আমাদের প্রধান সার্ভার বাংলাদেশে অবস্থিত, তবে দ্রুত ভিডিও পৌঁছে দেওয়ার জন্য আমরা সিঙ্গাপুর, ভারত ও ইউরোপের কনটেন্ট ডেলিভারি নেটওয়ার্ক ব্যবহার করি। এর ফলে আপনার আইপি ঠিকানা ও প্রযুক্তিগত তথ্য অন্য দেশে প্রক্রিয়া হতে পারে। এমন প্রতিটি ক্ষেত্রে আমরা চুক্তির মাধ্যমে নিশ্চিত করি যে আপনার তথ্য এই নীতির সমমানের সুরক্ষা পায়।

## শিশুদের গোপনীয়তা

ছবিঘরে অ্যাকাউন্ট খুলতে হলে আপনার বয়স কমপক্ষে ১৮ বছর হতে হবে। অভিভাবকরা শিশুদের জন্য «কিডস» প্রোফাইল তৈরি করতে পারেন, যেখানে কেবল বয়স-উপযোগী কনটেন্ট দেখানো হয় এবং কোনো বিজ্ঞাপন দেখানো হয় না। কিডস প্রোফাইলের দেখার ইতিহাস আমরা সুপারিশ তৈরি ছাড়া অন্য কোনো কাজে ব্যবহার করি না।

## স্বয়ংক্রিয় সিদ্ধান্ত ও সুপারিশ

আপনার হোম পেজে কোন সিনেমা ও অনুষ্ঠান আগে দেখানো হবে তা আমাদের সুপারিশ ব্যবস্থা স্বয়ংক্রিয়ভাবে ঠিক করে। এই ব্যবস্থা আপনার দেখার ইতিহাস, রেটিং, ভাষা ও দিনের কোন সময় আপনি দেখেন তা বিবেচনা করে। এর ফলে আপনার ওপর কোনো আইনগত প্রভাব পড়ে না। অ্যাকাউন্ট শেয়ারিং বা প্রতারণা শনাক্ত করার জন্য আমরা স্বয়ংক্রিয় পদ্ধতি ব্যবহার করি, তবে কোনো অ্যাকাউন্ট স্থায়ীভাবে বন্ধ করার আগে আমাদের একজন কর্মী বিষয়টি পর্যালোচনা করেন এবং আপনি সিদ্ধান্তের বিরুদ্ধে আবেদন করতে পারেন।

## আপনার অধিকার

আপনি যেকোনো সময় আপনার তথ্য দেখতে, সংশোধন করতে, ডাউনলোড করতে বা অ্যাকাউন্ট মুছে ফেলতে পারেন। অ্যাকাউন্টের «গোপনীয়তা ও ডেটা» অংশ থেকে আপনি দেখার ইতিহাস মুছতে এবং ব্যক্তিগতকৃত বিজ্ঞাপন বন্ধ করতে পারেন। অন্য কোনো অনুরোধের জন্য privacy@chhobighor.com ঠিকানায় লিখুন; আমরা ৩০ দিনের মধ্যে উত্তর দিই।

বাংলাদেশের বাসিন্দারা প্রচলিত আইন অনুযায়ী তাদের ব্যক্তিগত তথ্য সংক্রান্ত অভিযোগ আমাদের কাছে জানাতে পারেন। আমরা প্রতিটি অভিযোগ নথিভুক্ত করি এবং অনুসন্ধানের ফলাফল লিখিতভাবে জানাই। আপনার পরিচয় নিশ্চিত করার জন্য আমরা অনুরোধের সঙ্গে অতিরিক্ত তথ্য চাইতে পারি।

## নিরাপত্তা

আপনার তথ্য রক্ষায় আমরা এনক্রিপশন, প্রবেশাধিকার নিয়ন্ত্রণ ও নিয়মিত নিরাপত্তা পরীক্ষা ব্যবহার করি। তবে ইন্টারনেটে কোনো পদ্ধতিই শতভাগ নিরাপদ নয়, তাই আপনার পাসওয়ার্ড গোপন রাখুন এবং সন্দেহজনক কিছু দেখলে আমাদের জানান।

## আঞ্চলিক পরিশিষ্ট

আপনি যে দেশে বসবাস করেন সেখানকার আইন অনুযায়ী আপনার অতিরিক্ত অধিকার থাকতে পারে। নিচের পরিশিষ্টগুলো এই নীতির অংশ।

### ইউরোপীয় অর্থনৈতিক অঞ্চল ও যুক্তরাজ্য

আপনি যদি ইউরোপীয় অর্থনৈতিক অঞ্চল বা যুক্তরাজ্যে থাকেন, তাহলে আমরা চুক্তি সম্পাদন, আমাদের বৈধ স্বার্থ, আইনগত বাধ্যবাধকতা এবং আপনার সম্মতির ভিত্তিতে তথ্য প্রক্রিয়া করি। আপনার তথ্য বাংলাদেশে স্থানান্তরের ক্ষেত্রে আমরা ইউরোপীয় কমিশনের স্ট্যান্ডার্ড চুক্তিভিত্তিক ধারা ব্যবহার করি। আপনি আপনার দেশের তথ্য সুরক্ষা কর্তৃপক্ষের কাছে অভিযোগ করতে পারেন।

### মার্কিন যুক্তরাষ্ট্র

ক্যালিফোর্নিয়ার বাসিন্দারা ক্যালিফোর্নিয়া কনজিউমার প্রাইভেসি অ্যাক্ট অনুযায়ী জানতে পারেন আমরা কোন শ্রেণির তথ্য সংগ্রহ করি, সেই তথ্য মুছে ফেলার অনুরোধ করতে পারেন এবং লক্ষ্যভিত্তিক বিজ্ঞাপনের জন্য তথ্য «শেয়ার» করা থেকে বিরত থাকতে বলতে পারেন। এই অধিকার প্রয়োগ করলে আমরা আপনার সঙ্গে বৈষম্যমূলক আচরণ করব না।

আপনার অ্যাকাউন্টে অস্বাভাবিক কার্যকলাপ দেখলে আমরা নিরাপত্তার স্বার্থে আপনাকে আবার লগ ইন করতে বলতে পারি অথবা এককালীন কোড পাঠাতে পারি।

## যোগাযোগ

@ ডেটা সুরক্ষা কর্মকর্তা
@ ছবিঘর লিমিটেড
@ বাড়ি ৪২, সড়ক ১১, বনানী
@ ঢাকা ১২১৩, বাংলাদেশ

## নীতির পরিবর্তন

আমরা সময়ে সময়ে এই নীতি হালনাগাদ করতে পারি। গুরুত্বপূর্ণ পরিবর্তনের আগে আমরা অ্যাপে বা ইমেইলে আপনাকে জানাব।
"""

EDITS = [
    {"note": "new item in the automatically collected data: offline downloads",
     "repl": [("- ভিডিওর মান, বাফারিং ও ত্রুটি সংক্রান্ত প্রযুক্তিগত তথ্য;",
               "- ভিডিওর মান, বাফারিং ও ত্রুটি সংক্রান্ত প্রযুক্তিগত তথ্য;\n- অফলাইনে দেখার জন্য ডাউনলোড করা কনটেন্ট ও ডাউনলোডের সংখ্যা;")]},
    {"note": "inside the CLOSED United States supplement: Colorado, Connecticut and Virginia added",
     "repl": [("ক্যালিফোর্নিয়ার বাসিন্দারা ক্যালিফোর্নিয়া কনজিউমার প্রাইভেসি অ্যাক্ট অনুযায়ী",
               "ক্যালিফোর্নিয়া, কলোরাডো, কানেকটিকাট ও ভার্জিনিয়ার বাসিন্দারা নিজ নিজ অঙ্গরাজ্যের গোপনীয়তা আইন অনুযায়ী")]},
    {"note": "one word deep in the advertising paragraph: 'সাধারণত' -> 'কখনোই' (date not bumped)", "bump": False,
     "repl": [("আমরা সাধারণত বিজ্ঞাপনদাতাদের সঙ্গে", "আমরা কখনোই বিজ্ঞাপনদাতাদের সঙ্গে")]},
    {"note": "whole new regional supplement for India (DPDP Act 2023) added",
     "repl": [("### মার্কিন যুক্তরাষ্ট্র", """### ভারত

ভারতের বাসিন্দাদের তথ্য আমরা ডিজিটাল ব্যক্তিগত ডেটা সুরক্ষা আইন, ২০২৩ অনুযায়ী প্রক্রিয়া করি। আপনি আপনার সম্মতি প্রত্যাহার করতে, তথ্য সংশোধন ও মুছে ফেলার অনুরোধ করতে এবং আপনার মৃত্যু বা অক্ষমতার ক্ষেত্রে অধিকার প্রয়োগের জন্য একজন ব্যক্তিকে মনোনীত করতে পারেন। অভিযোগের জন্য আমাদের অভিযোগ নিষ্পত্তি কর্মকর্তার সঙ্গে grievance@chhobighor.com ঠিকানায় যোগাযোগ করুন; সন্তুষ্ট না হলে আপনি ভারতের ডেটা সুরক্ষা বোর্ডে অভিযোগ করতে পারেন।

### মার্কিন যুক্তরাষ্ট্র""")]},
    {"note": "'সর্বশেষ হালনাগাদ' date bumped alone", "repl": []},
]

SIDEBAR = [
    (dt.datetime(2000, 1, 1), "ব্যবহারের শর্তাবলি", 4408827716221),
    (dt.datetime(2000, 1, 1), "গোপনীয়তা নীতি", 4408827716241),
    (dt.datetime(2000, 1, 1), "কুকি নীতি", 4408827716261),
    (dt.datetime(2000, 1, 1), "কপিরাইট লঙ্ঘনের অভিযোগ", 4408827716301),
    (dt.datetime(2023, 9, 1), "বিজ্ঞাপনসহ প্ল্যানের শর্তাবলি", 15932201184913),
    (dt.datetime(2024, 3, 12), "ফেরত ও বাতিল নীতি", 18102977451025),
    (dt.datetime(2024, 11, 5), "অভিযোগ নিষ্পত্তি কর্মকর্তা (ভারত)", 21544018306705),
]
RELATED = [("আমার অ্যাকাউন্ট কীভাবে মুছে ফেলব?", 4408829001121), ("দেখার ইতিহাস মুছে ফেলুন", 4408829001161),
           ("ব্যক্তিগতকৃত বিজ্ঞাপন বন্ধ করুন", 4408829001201), ("কিডস প্রোফাইল তৈরি করুন", 4408829001241),
           ("পাসওয়ার্ড ভুলে গেছি", 4408829001281), ("আমার তথ্যের কপি ডাউনলোড করুন", 4408829001321),
           ("বিকাশ দিয়ে সাবস্ক্রিপশন নবায়ন", 4408829001361)]

_first_seen = {}


def noise(rng, when, i, prev):
    p = prev or {}
    s = {}
    s["csrf"] = "hc:meta:server:" + C.b64tok(rng, 48).replace("+", "-").replace("/", "_").rstrip("=")
    tot = p.get("votes", (812, 640))
    up = rng.randint(3, 40)
    s["votes"] = (tot[0] + up + rng.randint(0, 15), tot[1] + up)
    s["related"] = C.keep_or(rng, p.get("related"), 0.5, lambda: rng.sample(range(len(RELATED)), 5))
    s["theme"] = C.keep_or(rng, p.get("theme"), 0.2, lambda: {"css": C.hexs(rng, 40), "js": C.hexs(rng, 40), "loc": C.hexs(rng, 10)})
    s["sidebar"] = sum(1 for d, _, _ in SIDEBAR if d <= when)
    s["resaved"] = C.keep_or(rng, p.get("resaved"), 0.15,
                             lambda: when - dt.timedelta(days=rng.randint(0, 5), minutes=rng.randint(30, 900)))
    return s


LABELS = {"csrf": "per-visit CSRF token", "votes": "'was this helpful' vote counts", "related": "related articles list",
          "theme": "theme publish (asset hashes)", "sidebar": "section sidebar entries (with show-more link)",
          "resaved": "article re-saved without text change", "edited": "header 'updated' stamp"}


def render(s, blocks, when):
    key = hashlib.sha1(repr(blocks).encode()).hexdigest()
    if key not in _first_seen:
        _first_seen[key] = when - dt.timedelta(hours=3, minutes=41)
    edited = max(_first_seen[key], s["resaved"])
    s["edited"] = edited
    title = blocks[0][1]
    head, secs = C.split_sections(blocks)
    out = [C.block_html(b) for b in head[1:]]
    for t, bl in secs:
        out.append(C.block_html(("h2", t)))
        sub = None
        for b in bl:
            if b[0] == "h3":
                if sub is not None:
                    out.append(sub + "</div></details>")
                sub = '<details class="accordion"><summary><h3>%s</h3></summary><div class="accordion__content">' % C.inline_html(b[1])
            elif sub is not None:
                sub += C.block_html(b)
            else:
                out.append(C.block_html(b))
        if sub is not None:
            out.append(sub + "</div></details>")
    body = "\n".join(out)
    th = s["theme"]
    n = s["sidebar"]
    shown = SIDEBAR[:n][:6]
    side = "".join('<li><a href="/hc/bn/articles/%d" class="sidenav-item%s">%s</a></li>' % (
        a, " current-article" if a == 4408827716241 else "", html.escape(t)) for _, t, a in shown)
    more = '<a href="/hc/bn/sections/4408812243857-আইনি-তথ্য" class="article-sidebar-item">আরো দেখুন</a>' if n > 6 else ""
    rel = "".join('<li><a href="/hc/bn/related/click?data=%s" rel="nofollow">%s</a></li>' % (
        C.det_sha(RELATED[k][1], when.date())[:32], html.escape(RELATED[k][0])) for k in s["related"])
    tot, up = s["votes"]
    iso_ed = edited.strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="bn">
<head>
  <meta charset="utf-8" />
  <!-- v26880 -->
  <title>গোপনীয়তা নীতি &ndash; ছবিঘর সহায়তা কেন্দ্র</title>
  <meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="{s['csrf']}">
  <meta name="description" content="ছবিঘর লিমিটেড («ছবিঘর», «আমরা») ছবিঘর ওয়েবসাইট, মোবাইল অ্যাপ..." /><meta property="og:title" content="গোপনীয়তা নীতি" />
<link rel="canonical" href="{URL}">
<link rel="alternate" hreflang="bn" href="{URL}">
<link rel="alternate" hreflang="en-us" href="https://help.chhobighor.com/hc/en-us/articles/4408827716241-Privacy-Policy">
  <link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-{th['loc']}.css" media="all" />
  <script src="//static.zdassets.com/hc/assets/bn.{th['loc'][:8]}.js"></script>
  <link rel="stylesheet" type="text/css" href="//theme.zdassets.com/theme_assets/9876543/{th['css']}.css">
  <script src="//theme.zdassets.com/theme_assets/9876543/{th['js']}.js"></script>
</head>
<body class="">
  <a class="skip-navigation" tabindex="1" href="#main-content">প্রধান কনটেন্টে যান</a>
<header class="header">
  <div class="logo"><a title="হোম" href="/hc/bn"><img src="//theme.zdassets.com/theme_assets/9876543/logo.png" alt="ছবিঘর সহায়তা কেন্দ্র হোম পেজ"></a></div>
  <div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="ব্যবহারকারী নেভিগেশন"><ul class="user-nav-list"><li><a class="submit-a-request" href="/hc/bn/requests/new">একটি অনুরোধ জমা দিন</a></li><li><a class="sign-in" rel="nofollow" data-auth-action="signin" title="ডায়ালগ খোলে" role="button" href="/hc/bn/signin?return_to=%2Fhc%2Fbn%2Farticles%2F4408827716241">সাইন ইন করুন</a></li></ul></nav></div>
</header>
  <main role="main">
    <div class="container-divider"></div>
<div class="container">
  <nav class="sub-nav"><ol class="breadcrumbs"><li title="ছবিঘর সহায়তা কেন্দ্র"><a href="/hc/bn">ছবিঘর সহায়তা কেন্দ্র</a></li><li title="অ্যাকাউন্ট ও আইনি"><a href="/hc/bn/categories/4408812240913">অ্যাকাউন্ট ও আইনি</a></li><li title="আইনি তথ্য"><a href="/hc/bn/sections/4408812243857">আইনি তথ্য</a></li></ol>
    <div class="search-container"><form role="search" class="search" data-search="" action="/hc/bn/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" /><input type="search" name="query" id="query" placeholder="অনুসন্ধান করুন" aria-label="অনুসন্ধান করুন" /></form></div>
  </nav>
  <div class="article-container" id="article-container">
    <aside class="article-sidebar" aria-labelledby="section-articles-title">
      <div class="collapsible-sidebar">
        <button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button>
        <h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">এই বিভাগের নিবন্ধসমূহ</h2>
        <div class="collapsible-sidebar-body"><ul>{side}</ul>{more}</div>
      </div>
    </aside>
    <article id="main-content" class="article">
      <header class="article-header">
        <h1 title="{html.escape(title)}" class="article-title">{C.inline_html(title)}</h1>
        <div class="article-author"><div class="article-meta"><a href="/hc/bn/profiles/411902771832-ছবিঘর-আইনি-দল">ছবিঘর আইনি দল</a>
          <ul class="meta-group"><li class="meta-data"><time datetime="{iso_ed}" title="{edited.strftime('%Y-%m-%d %H:%M')}" data-datetime="calendar">{bn(edited.day)} {MONTHS[edited.month - 1]}, {bn(edited.year)}</time></li><li class="meta-data">আপডেট করা হয়েছে</li></ul></div></div>
        <a class="article-subscribe button" title="এই নিবন্ধটি অনুসরণ করতে বেছে নিন" rel="nofollow" role="button" data-auth-action="signin" href="/hc/bn/articles/4408827716241/subscription.html">অনুসরণ করুন</a>
      </header>
      <section class="article-info">
        <div class="article-content">
          <div class="article-body">{body}</div>
        </div>
      </section>
      <footer>
        <div class="article-footer"><div class="article-share"><ul class="share"><li><a href="https://www.facebook.com/share.php?title=%E0%A6%97%E0%A7%8B%E0%A6%AA%E0%A6%A8%E0%A7%80%E0%A7%9F%E0%A6%A4%E0%A6%BE&u={URL}" class="share-facebook" target="_blank">Facebook</a></li><li><a href="https://www.linkedin.com/shareArticle?mini=true&url={URL}" class="share-linkedin" target="_blank">LinkedIn</a></li></ul></div></div>
        <div class="article-votes">
          <h2 class="article-votes-question" id="article-votes-label">এই নিবন্ধটি কি সহায়ক ছিল?</h2>
          <div class="article-votes-controls" role="group" aria-labelledby="article-votes-label"><button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="এই নিবন্ধটি সহায়ক ছিল" aria-pressed="false">হ্যাঁ</button><button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="এই নিবন্ধটি সহায়ক ছিল না" aria-pressed="false">না</button></div>
          <small class="article-votes-count"><span class="article-vote-label">{bn(tot)} জনের মধ্যে {bn(up)} জন এটি সহায়ক মনে করেছেন</span></small>
        </div>
        <div class="article-more-questions">আরো প্রশ্ন আছে? <a href="/hc/bn/requests/new">একটি অনুরোধ জমা দিন</a></div>
        <div class="article-return-to-top"><a href="#article-container">উপরে ফিরে যান<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" focusable="false" viewBox="0 0 16 16" class="article-return-to-top-icon" aria-hidden="true"><path fill="none" stroke="currentColor" stroke-linecap="round" d="M3.5 8.5l4 4 4-4"/></svg></a></div>
      </footer>
      <section class="article-relatives">
        <div data-recent-articles></div>
        <section class="related-articles" aria-labelledby="related-articles-title"><h2 class="related-articles-title" id="related-articles-title">সম্পর্কিত নিবন্ধসমূহ</h2><ul>{rel}</ul></section>
      </section>
    </article>
  </div>
</div>
  </main>
<footer class="footer"><div class="footer-inner"><a title="হোম" href="/hc/bn">ছবিঘর সহায়তা কেন্দ্র</a><div class="footer-language-selector"><div class="dropdown language-selector"><button class="dropdown-toggle" aria-haspopup="true">বাংলা</button><span class="dropdown-menu dropdown-menu-end" role="menu"><a href="/hc/change_language/en-us?return_to=%2Fhc%2Fen-us%2Farticles%2F4408827716241" dir="ltr" rel="nofollow" role="menuitem">English (US)</a></span></div></div></div></footer>
  <script type="text/javascript">
  (function() {{
    HelpCenter = {{}};
    HelpCenter.account = {{"subdomain":"chhobighor","environment":"production","name":"ছবিঘর"}};
    HelpCenter.user = {{"identifier":"{C.det_sha('anon', s['csrf'])[:40]}","email":null,"name":"","role":"anonymous","avatar_url":"https://assets.zendesk.com/hc/assets/default_avatar.png","is_admin":false,"organizations":[],"groups":[]}};
    HelpCenter.internal = {{"asset_url":"//static.zdassets.com/hc/assets/","current_session":{{"locale":"bn","csrf_token":"{s['csrf']}","shared_csrf_token":null}},"settings":{{"zopim_enabled":false,"spam_filter_enabled":true}},"current_record_id":"4408827716241","current_record_url":"/hc/bn/articles/4408827716241","current_record_title":"গোপনীয়তা নীতি"}};
  }})();
  </script>
</body>
</html>
"""


PAGE = {
    "service": "Chhobighor",
    "url": URL,
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "cloudflare"), ("X-Zendesk-Origin-Server", "app-server-6f9c8b7d4-kx2lp"),
                      ("Cache-Control", "max-age=0, public")],
    "n": 31,
    "start": dt.date(2023, 4, 1),
    "end": dt.date(2025, 3, 31),
    "policy": POLICY,
    "first_updated": dt.date(2023, 1, 15),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": URL,
        "select": [".article-title", ".article-body"],
    },
}
