"""শিশুবেলা (Shishubela): a Bangladeshi parenting app's গোপনীয়তা নীতি on Angular Universal (SSR; Angular 16,
upgraded to 17 with hydration in May 2024: `ngh` attributes and `<!--container-->` comments). Sections come from the
CMS as an array rendered by *ngFor. Per visit: the "parents online now" counter in the header, the TransferState
(`ng-state`) JSON with request time; the per-build `_ngcontent-ng-c…` ids and bundle hashes; a rotating
"আজকের টিপস" tip card component inside the policy's container (the curator removes `app-tip-card`)."""
import datetime as dt
import json
import re

import common as C

URL = "https://www.shishubela.com.bd/bn/privacy-policy"
NG17 = dt.datetime(2024, 5, 20)

POLICY = """# গোপনীয়তা নীতি

সর্বশেষ হালনাগাদ: {UPDATED}

শিশুবেলা অ্যাপ ও ওয়েবসাইট গর্ভবতী মা, নতুন বাবা-মা এবং শিশুর যত্ন নেওয়া পরিবারের জন্য তৈরি। গর্ভাবস্থার সপ্তাহভিত্তিক তথ্য, শিশুর বৃদ্ধি ও টিকার সময়সূচি, বিশেষজ্ঞ চিকিৎসকের পরামর্শ এবং অভিভাবকদের কমিউনিটি ফোরাম আমাদের প্রধান সেবা। আপনার ও আপনার শিশুর তথ্য আমাদের কাছে আমানত। এই নীতিতে আমরা ব্যাখ্যা করছি কোন তথ্য সংগ্রহ করি, কেন করি, কার সঙ্গে শেয়ার করি এবং আপনার কী কী অধিকার আছে।

## ১. আমরা কারা

শিশুবেলা সেবাটি পরিচালনা করে শিশুবেলা টেকনোলজিস লিমিটেড, যা বাংলাদেশে নিবন্ধিত একটি কোম্পানি।

@ শিশুবেলা টেকনোলজিস লিমিটেড
@ বাড়ি ২৭, রোড ১১, বনানী
@ ঢাকা ১২১৩, বাংলাদেশ
@ হটলাইন: ০৯৬১৭-১২৩৪৫৬

গোপনীয়তা বিষয়ক যেকোনো প্রশ্নের জন্য ইমেইল করুন: [privacy@shishubela.com.bd](mailto:privacy@shishubela.com.bd)

## ২. আমরা কোন তথ্য সংগ্রহ করি

- **অ্যাকাউন্টের তথ্য:** নাম, মোবাইল নম্বর, ইমেইল ঠিকানা, জেলা এবং আপনি মা, বাবা নাকি অন্য অভিভাবক।
- **গর্ভাবস্থা ও শিশুর তথ্য:** প্রত্যাশিত প্রসবের তারিখ, শিশুর নাম বা ডাকনাম, জন্মতারিখ, লিঙ্গ, ওজন, উচ্চতা ও টিকার তথ্য, যা আপনি নিজে অ্যাপে লেখেন।
- **পরামর্শ সেবার তথ্য:** চিকিৎসকের সঙ্গে চ্যাট বা ভিডিও পরামর্শের সময় আপনি যে উপসর্গ, প্রশ্ন ও ছবি পাঠান।
- **কমিউনিটির তথ্য:** ফোরামে আপনার পোস্ট, মন্তব্য ও প্রতিক্রিয়া।
- **পেমেন্টের তথ্য:** প্রিমিয়াম সাবস্ক্রিপশন কেনার সময় লেনদেন নম্বর ও পেমেন্টের অবস্থা। আপনার কার্ড বা মোবাইল ব্যাংকিংয়ের পিন আমরা কখনো দেখি না।
- **প্রযুক্তিগত তথ্য:** ডিভাইসের ধরন, অপারেটিং সিস্টেম, অ্যাপের সংস্করণ, আইপি ঠিকানা এবং অ্যাপ ব্যবহারের পরিসংখ্যান।

## ৩. তথ্য কীভাবে ব্যবহার করি

| উদ্দেশ্য | যে তথ্য ব্যবহার হয় |
| গর্ভাবস্থার সপ্তাহ ও শিশুর বয়স অনুযায়ী তথ্য দেখানো | প্রসবের তারিখ, শিশুর জন্মতারিখ |
| টিকার সময়সূচি অনুযায়ী রিমাইন্ডার পাঠানো | শিশুর জন্মতারিখ, টিকার তথ্য, মোবাইল নম্বর |
| চিকিৎসকের পরামর্শ সেবা দেওয়া | পরামর্শ সেবার তথ্য, অ্যাকাউন্টের তথ্য |
| কমিউনিটি ফোরাম পরিচালনা ও অপব্যবহার রোধ | কমিউনিটির তথ্য, প্রযুক্তিগত তথ্য |
| সাবস্ক্রিপশন ও পেমেন্ট প্রক্রিয়া করা | পেমেন্টের তথ্য |
| অ্যাপের মান উন্নয়ন ও ত্রুটি সংশোধন | প্রযুক্তিগত তথ্য |

আমরা আপনার তথ্য কখনো বিক্রি করি না এবং শিশুর তথ্য ব্যবহার করে বিজ্ঞাপন দেখাই না।

## ৪. শিশুর স্বাস্থ্য তথ্য

শিশুর ওজন, উচ্চতা ও টিকার তথ্য সংবেদনশীল। এগুলো শুধু আপনার অ্যাকাউন্টে দেখা যায় এবং আপনার অনুমতি ছাড়া কোনো চিকিৎসক বা অন্য কেউ দেখতে পান না। পরামর্শের সময় আপনি চাইলে শিশুর বৃদ্ধির চার্ট চিকিৎসকের সঙ্গে শেয়ার করতে পারেন। পরামর্শ শেষ হলে চিকিৎসক আর সেই চার্ট দেখতে পান না।

শিশুবেলার তথ্য সাধারণ নির্দেশনা মাত্র, এটি চিকিৎসকের সরাসরি পরীক্ষার বিকল্প নয়। জরুরি অবস্থায় অবিলম্বে নিকটস্থ হাসপাতালে যোগাযোগ করুন।

## ৫. কমিউনিটি ফোরাম

ফোরামে আপনি ছদ্মনামে পোস্ট করতে পারেন। আপনার পোস্ট অন্য ব্যবহারকারীরা দেখতে পান, তাই শিশুর পুরো নাম, ঠিকানা বা ছবি পোস্ট না করার অনুরোধ করছি। আমাদের মডারেটর দল নিয়ম ভঙ্গকারী পোস্ট সরিয়ে দিতে পারে।

## ৬. তথ্য কার সঙ্গে শেয়ার করি

নিচের প্রতিষ্ঠানগুলো আমাদের হয়ে সেবা দিতে গিয়ে প্রয়োজনীয় তথ্য পায়। তাদের সঙ্গে আমাদের গোপনীয়তা রক্ষার চুক্তি আছে।

| প্রতিষ্ঠান | কাজ | তথ্যের অবস্থান |
| Amazon Web Services | সার্ভার ও ডেটাবেস | সিঙ্গাপুর |
| Google Firebase | পুশ নোটিফিকেশন ও ত্রুটির রিপোর্ট | যুক্তরাষ্ট্র |
| SSLCOMMERZ | কার্ড পেমেন্ট | বাংলাদেশ |
| বিকাশ লিমিটেড | মোবাইল ব্যাংকিং পেমেন্ট | বাংলাদেশ |
| নিবন্ধিত চিকিৎসক | পরামর্শ সেবা | বাংলাদেশ |

আইন অনুযায়ী বাধ্য হলে আমরা আদালত বা আইনশৃঙ্খলা রক্ষাকারী বাহিনীকে তথ্য দিতে পারি।

### দেশের বাইরে তথ্য স্থানান্তর

আমাদের সার্ভার সিঙ্গাপুরে অবস্থিত এবং কিছু সেবাদাতা যুক্তরাষ্ট্রে তথ্য প্রক্রিয়া করে। তথ্য দেশের বাইরে পাঠানোর সময় আমরা নিশ্চিত করি যে সেবাদাতারা চুক্তি অনুযায়ী সমমানের সুরক্ষা দেয় এবং শুধু আমাদের নির্দেশ মেনে তথ্য ব্যবহার করে। বাংলাদেশে প্রযোজ্য আইনে তথ্য দেশের ভেতরে রাখার বাধ্যবাধকতা এলে আমরা সেই অনুযায়ী ব্যবস্থা নেব।

### চিকিৎসকদের দায়িত্ব

শিশুবেলায় পরামর্শ দেওয়া প্রত্যেক চিকিৎসক বাংলাদেশ মেডিকেল অ্যান্ড ডেন্টাল কাউন্সিলে নিবন্ধিত। তাঁরা রোগীর তথ্যের গোপনীয়তা রক্ষার পেশাগত দায়িত্বে আবদ্ধ এবং পরামর্শের বাইরে আপনার তথ্য ব্যবহার বা সংরক্ষণ করতে পারেন না।

## ৭. তথ্য কত দিন রাখি

- অ্যাকাউন্ট সক্রিয় থাকা পর্যন্ত অ্যাকাউন্ট, গর্ভাবস্থা ও শিশুর তথ্য রাখা হয়।
- অ্যাকাউন্ট মুছে ফেললে ৩০ দিনের মধ্যে সব তথ্য মুছে ফেলা হয়।
- দুই বছর কোনো কার্যক্রম না থাকলে ফোরামের অ্যাকাউন্ট নিষ্ক্রিয় করা হয়।
- পরামর্শ সেবার রেকর্ড ৫ বছর রাখা হয়, কারণ চিকিৎসা সংক্রান্ত রেকর্ড সংরক্ষণের দায়িত্ব আছে।
- পেমেন্টের রেকর্ড হিসাবরক্ষণ ও কর আইনের প্রয়োজন অনুযায়ী রাখা হয়।

### নোটিফিকেশন ও এসএমএস

টিকার তারিখ, চিকিৎসকের অ্যাপয়েন্টমেন্ট ও সাবস্ক্রিপশন নবায়নের রিমাইন্ডার আমরা অ্যাপ নোটিফিকেশন বা এসএমএসে পাঠাই। প্রচারমূলক বার্তা শুধু আপনার সম্মতি থাকলে পাঠানো হয়। অ্যাপের সেটিংস থেকে যেকোনো ধরনের বার্তা বন্ধ করা যায়, তবে জরুরি নিরাপত্তা বার্তা ও ওটিপি বন্ধ করা যায় না।

## ৮. নিরাপত্তা

আমাদের সার্ভারের সঙ্গে সব যোগাযোগ এনক্রিপ্ট করা থাকে। পরামর্শ সেবার তথ্য আলাদা ও এনক্রিপ্টেড ডেটাবেসে রাখা হয় এবং শুধু সংশ্লিষ্ট চিকিৎসক ও সীমিত সংখ্যক কর্মী তা দেখতে পারেন। আমরা নিয়মিত নিরাপত্তা পরীক্ষা করি। তবে ইন্টারনেটে কোনো ব্যবস্থাই শতভাগ নিরাপদ নয়, তাই আপনার পাসওয়ার্ড ও ওটিপি কারো সঙ্গে শেয়ার করবেন না।

## ৯. আপনার অধিকার

- আপনার সম্পর্কে আমাদের কাছে কী তথ্য আছে, তা জানতে চাইতে পারেন।
- ভুল তথ্য সংশোধন করতে পারেন, অধিকাংশ তথ্য অ্যাপের প্রোফাইল থেকেই বদলানো যায়।
- অ্যাপের সেটিংস থেকে যেকোনো সময় অ্যাকাউন্ট মুছে ফেলতে পারেন।
- মার্কেটিং বার্তা ও এসএমএস বন্ধ করতে পারেন।
- আপনার তথ্যের একটি কপি চাইতে পারেন।

অনুরোধ পাঠাতে ইমেইল করুন [privacy@shishubela.com.bd](mailto:privacy@shishubela.com.bd) ঠিকানায়। আমরা ৩০ দিনের মধ্যে উত্তর দেব।

## ১০. শিশুদের গোপনীয়তা

শিশুবেলা প্রাপ্তবয়স্ক অভিভাবকদের জন্য। ১৮ বছরের কম বয়সী কেউ নিজে অ্যাকাউন্ট খুলতে পারেন না। শিশুর তথ্য শুধু তার মা-বাবা বা বৈধ অভিভাবক অ্যাপে যোগ করতে পারেন।

## ১১. কুকিজ

আমাদের ওয়েবসাইটে লগইন ঠিক রাখার জন্য প্রয়োজনীয় কুকিজ এবং আপনার সম্মতি থাকলে পরিসংখ্যানের জন্য Google Analytics কুকিজ ব্যবহার করা হয়।

## ১২. নীতির পরিবর্তন

এই নীতিতে বড় কোনো পরিবর্তন হলে আমরা অ্যাপে নোটিফিকেশন দিয়ে আপনাকে জানাব। পরিবর্তনের পরও অ্যাপ ব্যবহার চালিয়ে গেলে ধরে নেওয়া হবে যে আপনি নতুন নীতি মেনে নিয়েছেন।"""

BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
MONTHS = ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর",
          "নভেম্বর", "ডিসেম্বর"]


def fmt_date(d):
    return ("%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)).translate(BN_DIGITS)


EDITS = [
    {"note": "payment processor row added: Nagad",
     "repl": [("| বিকাশ লিমিটেড | মোবাইল ব্যাংকিং পেমেন্ট | বাংলাদেশ |",
               "| বিকাশ লিমিটেড | মোবাইল ব্যাংকিং পেমেন্ট | বাংলাদেশ |\n| নগদ লিমিটেড | মোবাইল ব্যাংকিং পেমেন্ট | বাংলাদেশ |")]},
    {"note": "sentence added: video consultations are not recorded",
     "repl": [("পরামর্শ শেষ হলে চিকিৎসক আর সেই চার্ট দেখতে পান না।",
               "পরামর্শ শেষ হলে চিকিৎসক আর সেই চার্ট দেখতে পান না। ভিডিও পরামর্শ আমরা রেকর্ড করি না, শুধু "
               "চিকিৎসকের লেখা পরামর্শপত্র সংরক্ষণ করা হয়।")]},
    {"note": "inactive forum accounts: two years -> one year",
     "repl": [("- দুই বছর কোনো কার্যক্রম না থাকলে ফোরামের অ্যাকাউন্ট নিষ্ক্রিয় করা হয়।",
               "- এক বছর কোনো কার্যক্রম না থাকলে ফোরামের অ্যাকাউন্ট নিষ্ক্রিয় করা হয়।")]},
    {"note": "office moved from Banani to Gulshan",
     "repl": [("@ বাড়ি ২৭, রোড ১১, বনানী\n@ ঢাকা ১২১৩, বাংলাদেশ", "@ বাড়ি ৫৬, রোড ১২৮, গুলশান ১\n@ ঢাকা ১২১২, বাংলাদেশ")]},
    {"note": "new section on the AI assistant 'Bela Apa'",
     "repl": [("## ৫. কমিউনিটি ফোরাম",
               "## ৪ক. এআই সহকারী \"বেলা আপা\"\n\n"
               "অ্যাপের এআই সহকারী \"বেলা আপা\" আপনার প্রশ্নের উত্তর দিতে শিশুর বয়স ও আপনার প্রশ্ন ব্যবহার করে। "
               "আপনার নাম, মোবাইল নম্বর বা শিশুর নাম এআই মডেলে পাঠানো হয় না। কথোপকথন ৯০ দিন পর মুছে ফেলা হয় এবং "
               "মডেল প্রশিক্ষণে ব্যবহার করা হয় না। সহকারীর উত্তর চিকিৎসকের পরামর্শের বিকল্প নয়।\n\n"
               "## ৫. কমিউনিটি ফোরাম")]},
]

TIPS = ["নবজাতককে প্রথম ছয় মাস শুধু মায়ের দুধ খাওয়ান, আলাদা পানিরও প্রয়োজন নেই।",
        "শিশুকে সবসময় চিত করে শোয়ান, এতে হঠাৎ শিশুমৃত্যুর ঝুঁকি কমে।",
        "ছয় মাস বয়স থেকে ঘরে তৈরি নরম খিচুড়ি দিয়ে বাড়তি খাবার শুরু করতে পারেন।",
        "টিকার কার্ড হারিয়ে গেলে নিকটস্থ ইপিআই কেন্দ্রে যোগাযোগ করুন।",
        "গর্ভাবস্থায় প্রতিদিন আয়রন ও ফলিক অ্যাসিড ট্যাবলেট খাওয়ার কথা ভুলবেন না।",
        "শিশুর জ্বর ১০২ ডিগ্রির বেশি হলে দেরি না করে চিকিৎসকের পরামর্শ নিন।",
        "ঘুমানোর আগে শিশুকে গল্প পড়ে শোনালে তার ভাষা শেখা দ্রুত হয়।",
        "শীতে শিশুকে গোসলের পর দ্রুত শুকনো কাপড়ে মুড়িয়ে নিন।"]


def noise(rng, when, i, prev):
    prev = prev or {}
    ng17 = when >= NG17
    build = C.keep_or(rng, prev.get("build") if prev.get("ng17") == ng17 else None, 0.3,
                      lambda: {"c": [rng.randint(10 ** 9, 4 * 10 ** 9) for _ in range(4)],
                               "main": C.hexs(rng, 16), "poly": C.hexs(rng, 16), "styles": C.hexs(rng, 16)})
    return {
        "online": rng.randint(3200, 21000),
        "tip": rng.randrange(len(TIPS)),
        "build": build,
        "ng17": ng17,
        "reqtime": int(C.epoch(when)) * 1000 + rng.randint(0, 999),
    }


LABELS = {"online": "parents-online counter", "tip": "tip-of-the-day card inside the container",
          "build": "Angular build (ngcontent ids, bundle hashes)", "ng17": "Angular 16 -> 17 hydration upgrade",
          "reqtime": "TransferState request time"}


def render(state, blocks, when):
    b = state["build"]
    ng17 = state["ng17"]
    if ng17:
        cid = ["ng-c%d" % x for x in b["c"]]
    else:
        cid = ["serverApp-c%d" % (x % 200) for x in b["c"]]
    root, hdr, page, tipc = cid

    def a(html_, c):
        # add the component's _ngcontent attribute to every opening tag of a template fragment
        return re.sub(r"<([a-z][a-z0-9-]*)(?=[\s>])", r"<\1 _ngcontent-%s=\"\"" % c, html_)
    head, secs = C.split_sections(blocks)
    online = ("{:,}".format(state["online"])).translate(BN_DIGITS)
    sec_html = []
    for k, (title, body) in enumerate(secs):
        sec_html.append(a('<section class="legal-section" id="sec-%d"><h2 class="legal-section__title">%s</h2>'
                          % (k + 1, C.inline_html(title)), page)
                        + a('<div class="legal-section__body">', page) + C.blocks_html(body) + "</div></section>")
        if k == 2:
            tip = ('<app-tip-card %s_nghost-%s=""%s><div class="tip-card"><span class="tip-card__label">আজকের টিপস</span>'
                   '<p class="tip-card__text">%s</p><a class="tip-card__more" href="/bn/tips">আরও টিপস দেখুন</a></div></app-tip-card>'
                   % ('_ngcontent-%s="" ' % page, tipc, ' ngh="3"' if ng17 else "", TIPS[state["tip"]]))
            sec_html.append(re.sub(r"<(div|span|p|a)(?=[\s>])", r"<\1 _ngcontent-%s=\"\"" % tipc, tip))
        if ng17:
            sec_html.append("<!--container-->")
    article = (a('<article class="legal-page"><header class="legal-page__head"><h1 class="legal-page__title">', page)
               + C.inline_html(head[0][1]) + "</h1>"
               + a('<div class="legal-page__intro">', page) + C.blocks_html(head[1:]) + "</div></header>"
               + "".join(sec_html) + "</article>")
    state_json = {"cms-legal-privacy-bn": {"b": {"data": {"id": 7, "attributes": {"slug": "privacy-policy", "locale": "bn",
                                                                                      "sectionCount": len(secs)}}},
                                             "h": {}, "s": 200, "st": "OK",
                                             "u": "https://api.shishubela.com.bd/cms/legal-pages?locale=bn&slug=privacy-policy"},
                  "stats-online": {"b": {"online": state["online"], "ts": state["reqtime"]}, "h": {}, "s": 200,
                                   "st": "OK", "u": "https://api.shishubela.com.bd/v2/stats/online"}}
    version = "17.3.9" if ng17 else "16.2.12"
    return """<!DOCTYPE html><html lang="bn" data-critters-container><head>
  <meta charset="utf-8">
  <title>গোপনীয়তা নীতি | শিশুবেলা</title>
  <base href="/bn/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="শিশুবেলা অ্যাপ কীভাবে আপনার ও আপনার শিশুর তথ্য সংগ্রহ, ব্যবহার ও সুরক্ষা করে।">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
  <link rel="preconnect" href="https://fonts.gstatic.com">
  <style>@font-face{font-family:'Hind Siliguri';font-style:normal;font-weight:400;font-display:swap;src:url(https://fonts.gstatic.com/s/hindsiliguri/v12/ijwTs5juQtsyLLR5jN4cxBEofJvQxuk.woff2) format('woff2');}</style>
<style>body{margin:0;font-family:'Hind Siliguri',sans-serif;color:#2d2a32}</style><link rel="stylesheet" href="styles.%s.css" media="print" onload="this.media='all'"><noscript><link rel="stylesheet" href="styles.%s.css"></noscript><style ng-app-id="ng">.legal-page[_ngcontent-%s]{max-width:760px;margin:0 auto;padding:24px 16px}.legal-section__title[_ngcontent-%s]{color:#d0457a}</style><style ng-app-id="ng">.tip-card[_ngcontent-%s]{background:#fff4d6;border-radius:12px;padding:16px;margin:24px 0}</style>
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-SB2K7QX4MN"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-SB2K7QX4MN');</script>
<script>!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');fbq('init','918273645501234');fbq('track','PageView');</script>
</head>
<body><!--nghm-->
  <app-root _nghost-%s="" ng-version="%s"%s>%s<router-outlet _ngcontent-%s=""></router-outlet><app-privacy-page _nghost-%s=""%s>%s</app-privacy-page>%s</app-root>
<script src="runtime.%s.js" type="module"></script><script src="polyfills.%s.js" type="module"></script><script src="main.%s.js" type="module"></script>

<script id="ng-state" type="application/json">%s</script></body></html>""" % (
        b["styles"], b["styles"], page, page, tipc, root, version,
        ' ngh="0" ng-server-context="ssr"' if ng17 else "",
        a('<app-header class="site-header"><div class="site-header__bar"><a class="site-header__logo" href="/bn">'
          '<img src="assets/img/shishubela-logo.svg" alt="শিশুবেলা" width="140" height="40"></a>'
          '<nav class="site-header__nav"><a href="/bn/pregnancy">গর্ভাবস্থা</a><a href="/bn/baby">শিশুর যত্ন</a>'
          '<a href="/bn/vaccines">টিকার সময়সূচি</a><a href="/bn/doctor">ডাক্তার দেখান</a><a href="/bn/community">কমিউনিটি</a></nav>'
          '<span class="online-now"><span class="online-now__dot"></span>এখন অনলাইনে %s জন অভিভাবক</span>'
          '<a class="btn-download" href="https://play.google.com/store/apps/details?id=bd.com.shishubela">অ্যাপ ডাউনলোড করুন</a>'
          '</div></app-header>' % online, root),
        root, page, ' ngh="2"' if ng17 else "", article,
        a('<app-footer class="site-footer"><div class="site-footer__cols"><div><h4>শিশুবেলা</h4><p>মা ও শিশুর যত্নে বাংলাদেশের বিশ্বস্ত সঙ্গী।</p></div>'
          '<div><h4>নীতিমালা</h4><a href="/bn/privacy-policy">গোপনীয়তা নীতি</a><a href="/bn/terms">ব্যবহারের শর্তাবলি</a>'
          '<a href="/bn/community-guidelines">কমিউনিটি নির্দেশিকা</a></div>'
          '<div><h4>যোগাযোগ</h4><p>হটলাইন: ০৯৬১৭-১২৩৪৫৬ (সকাল ৯টা - রাত ৯টা)</p></div></div>'
          '<p class="site-footer__copy">© %s শিশুবেলা টেকনোলজিস লিমিটেড</p></app-footer>' % str(when.year).translate(BN_DIGITS), root),
        b["main"][:16], b["poly"], b["main"],
        json.dumps(state_json, ensure_ascii=False))


PAGE = {
    "service": "Shishubela",
    "url": URL,
    "lang": "bn",
    "platform": "Angular Universal SSR (Angular 16 -> 17 with hydration)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "nginx/1.24.0"), ("X-Powered-By", "Express"), ("Vary", "Accept-Encoding")),
    "n": 30,
    "start": dt.date(2023, 2, 1),
    "end": dt.date(2025, 12, 5),
    "hours": (2, 8, 14),
    "policy": POLICY,
    "first_updated": dt.date(2022, 12, 11),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "app-privacy-page .legal-page", "remove": "app-tip-card"},
}
