"""পাঠচক্র (Pathchokro): a Bangladeshi Bengali e-book and audiobook store on Laravel 10 + Livewire 3 + Alpine.js,
Tailwind (Vite build), Hind Siliguri web font.

The policy page is a Livewire full-page component whose root element is the declared `<article
class="policy-content">`: its wire:snapshot (memo id, checksum) and wire:id are new on every render, and so are those
of the nested share-buttons component at the article's end (icons with aria-labels only: textless noise inside the
container; curators leave it). The policy's sections are Alpine accordions (x-show, collapsed: `x-cloak`).
Outside: the "এখন পড়ছেন" live readers counter (wire:poll) in the top bar, the "বেস্টসেলার" rail with price-drop
badges, the csrf-token meta and Livewire's data-csrf, Vite asset hashes and the Livewire script id per deploy.
"""
import datetime as dt
import html
import json

import common as C

URL = "https://pathchokro.com.bd/privacy-policy"

POLICY = """
# গোপনীয়তা নীতি

সর্বশেষ হালনাগাদ: {UPDATED}

পাঠচক্র একটি বাংলা ই-বুক ও অডিওবুক প্ল্যাটফর্ম, যা পরিচালনা করে পাঠচক্র ডিজিটাল লিমিটেড ("আমরা", "আমাদের")। আপনি যখন আমাদের ওয়েবসাইট pathchokro.com.bd অথবা পাঠচক্র অ্যাপ (অ্যান্ড্রয়েড ও আইওএস) ব্যবহার করেন, তখন আমরা আপনার কিছু ব্যক্তিগত তথ্য সংগ্রহ ও ব্যবহার করি। আমরা কী তথ্য সংগ্রহ করি, কেন করি, কার সঙ্গে শেয়ার করি এবং এ বিষয়ে আপনার কী কী অধিকার আছে, তা এই নীতিতে ব্যাখ্যা করা হয়েছে। পাঠচক্র ব্যবহার করার মাধ্যমে আপনি এই নীতিতে সম্মতি দিচ্ছেন।

## ১. আমরা কারা

পাঠচক্র ডিজিটাল লিমিটেড কোম্পানি আইন, ১৯৯৪ অনুযায়ী বাংলাদেশে নিবন্ধিত একটি প্রাইভেট লিমিটেড কোম্পানি। আমাদের নিবন্ধিত কার্যালয় ও যোগাযোগের ঠিকানা:

@ পাঠচক্র ডিজিটাল লিমিটেড
@ বাড়ি ৩২, রোড ১১, বনানী
@ ঢাকা ১২১৩, বাংলাদেশ
@ ইমেইল: privacy@pathchokro.com.bd
@ হটলাইন: ০৯৬৭৮-১২৩৪৫৬ (শনি থেকে বৃহস্পতিবার, সকাল ১০টা থেকে সন্ধ্যা ৭টা)

## ২. আমরা কী কী তথ্য সংগ্রহ করি

### আপনি নিজে যে তথ্য দেন

- অ্যাকাউন্ট খোলার সময় আপনার নাম, মোবাইল নম্বর ও ইমেইল ঠিকানা;
- পাসওয়ার্ড, যা এনক্রিপ্ট করা অবস্থায় সংরক্ষন করা হয়;
- প্রোফাইল ছবি, জন্মসাল ও পছন্দের বিষয় (ঐচ্ছিক);
- বইয়ের রিভিউ, রেটিং ও মন্তব্য;
- লেখক বা প্রকাশক হিসেবে নিবন্ধন করলে জাতীয় পরিচয়পত্র নম্বর এবং রয়্যালটি পরিশোধের জন্য ব্যাংক হিসাব বা বিকাশ নম্বর;
- গ্রাহকসেবায় পাঠানো বার্তা ও অভিযোগ।

### ব্যবহারের সময় স্বয়ংক্রিয়ভাবে সংগৃহীত তথ্য

- আপনি কোন বই কিনেছেন, পড়ছেন বা শুনছেন, কতটুকু পড়েছেন এবং আপনার বুকমার্ক ও হাইলাইট;
- ডিভাইসের মডেল, অপারেটিং সিস্টেম, অ্যাপের সংস্করণ ও ডিভাইস আইডি (একটি অ্যাকাউন্ট সর্বোচ্চ তিনটি ডিভাইসে ব্যবহার নিশ্চিত করতে);
- আইপি ঠিকানা, ব্রাউজারের ধরন এবং কুকিজ থেকে পাওয়া তথ্য;
- অ্যাপ ক্র্যাশ রিপোর্ট।

### পেমেন্ট সংক্রান্ত তথ্য

আপনি বিকাশ, নগদ, রকেট বা ব্যাংক কার্ডের মাধ্যমে মূল্য পরিশোধ করলে লেনদেনটি সম্পন্ন করে সংশ্লিষ্ট পেমেন্ট প্রতিষ্ঠান। আমরা আপনার কার্ড নম্বর বা পিন সংরক্ষণ করি না; আমাদের কাছে শুধু লেনদেন আইডি, পরিমাণ, তারিখ ও পেমেন্ট পদ্ধতির নাম থাকে।

## ৩. তথ্য কেন ব্যবহার করি এবং কত দিন রাখি

| উদ্দেশ্য | ব্যবহৃত তথ্য | সংরক্ষণের মেয়াদ |
| অ্যাকাউন্ট পরিচালনা ও লগইন | নাম, মোবাইল নম্বর, ইমেইল, পাসওয়ার্ড | অ্যাকাউন্ট চালু থাকা পর্যন্ত |
| ই-বুক ও অডিওবুক বিক্রি এবং আপনার লাইব্রেরিতে যোগ করা | ক্রয়ের ইতিহাস, লেনদেন আইডি | ৫ বছর (হিসাব ও কর সংক্রান্ত আইনি বাধ্যবাধকতা) |
| সব ডিভাইসে পড়ার অবস্থান সিঙ্ক করা | রিডিং প্রোগ্রেস, বুকমার্ক, হাইলাইট | অ্যাকাউন্ট চালু থাকা পর্যন্ত |
| লেখক ও প্রকাশকদের রয়্যালটি হিসাব | বিক্রির সংখ্যা (ক্রেতার পরিচয় ছাড়া) | ৫ বছর |
| বই সুপারিশ ও ব্যক্তিগতকৃত হোমপেজ | পড়ার ইতিহাস, রেটিং, পছন্দের বিষয় | অ্যাকাউন্ট চালু থাকা পর্যন্ত |
| অফার ও নতুন বইয়ের খবর পাঠানো (এসএমএস, ইমেইল, পুশ নোটিফিকেশন) | মোবাইল নম্বর, ইমেইল, ডিভাইস টোকেন | আপনি বন্ধ না করা পর্যন্ত |
| নিরাপত্তা নিশ্চিত করা এবং পাইরেসি ও প্রতারণা রোধ | ডিভাইস আইডি, আইপি ঠিকানা, সার্ভার লগ | ১২ মাস |

## ৪. কপিরাইট সুরক্ষা ও ওয়াটারমার্ক

আমাদের বইগুলো ডিজিটাল রাইটস ম্যানেজমেন্ট (DRM) দিয়ে সুরক্ষিত। অবৈধ অনুলিপি শনাক্ত করার জন্য আপনার কেনা প্রতিটি ই-বুকের ফাইলে একটি অদৃশ্য ওয়াটারমার্ক যুক্ত থাকে, যাতে আপনার অ্যাকাউন্ট আইডি সাংকেতিক আকারে থাকে। কোনো বই অনলাইনে অবৈধভাবে ছড়িয়ে পড়লে আমরা এই ওয়াটারমার্ক দেখে উৎস অ্যাকাউন্ট শনাক্ত করতে এবং সেটি স্থগিত করতে পারি।

## ৫. কাদের সঙ্গে তথ্য শেয়ার করা হয়

আমরা আপনার ব্যক্তিগত তথ্য কখনো বিক্রি করি না। সেবা দেওয়ার জন্য নিচের প্রতিষ্ঠানগুলোর সঙ্গে শুধু প্রয়োজনীয় তথ্য শেয়ার করা হয়:

| প্রতিষ্ঠান | কাজ | দেশ |
| বিকাশ লিমিটেড, নগদ লিমিটেড | মোবাইল ফাইন্যান্সিয়াল সার্ভিসের মাধ্যমে পেমেন্ট | বাংলাদেশ |
| এসএসএল ওয়্যারলেস (SSLCOMMERZ) | কার্ড ও ইন্টারনেট ব্যাংকিং পেমেন্ট | বাংলাদেশ |
| অ্যামাজন ওয়েব সার্ভিসেস | সার্ভার ও বইয়ের ফাইল সংরক্ষণ | সিঙ্গাপুর |
| গুগল (Firebase, Google Analytics) | পুশ নোটিফিকেশন, ক্র্যাশ রিপোর্ট ও ব্যবহার পরিসংখ্যান | যুক্তরাষ্ট্র |
| এসএমএস গেটওয়ে প্রদানকারী প্রতিষ্ঠান | ওটিপি ও এসএমএস পাঠানো | বাংলাদেশ |

লেখক ও প্রকাশকেরা শুধু তাঁদের বইয়ের মোট বিক্রির সংখ্যা দেখতে পান, ক্রেতার নাম বা যোগাযোগের তথ্য নয়। আদালতের আদেশ বা আইন প্রয়োগকারী সংস্থার বৈধ অনুরোধ থাকলে প্রচলিত আইন অনুযায়ী আমরা তথ্য দিতে বাধ্য থাকতে পারি।

## ৬. কুকিজ

ওয়েবসাইটে লগইন ধরে রাখা, কার্টে রাখা বই মনে রাখা এবং কোন পাতা কতজন দেখছেন তা বোঝার জন্য আমরা কুকিজ ব্যবহার করি। ব্রাউজারের সেটিংস থেকে আপনি কুকিজ বন্ধ করতে পারেন, তবে সে ক্ষেত্রে ওয়েবসাইটের কিছু অংশ ঠিকভাবে কাজ না-ও করতে পারে।

## ৭. তথ্যের নিরাপত্তা

আমাদের ওয়েবসাইট ও অ্যাপের সব যোগাযোগ HTTPS দিয়ে এনক্রিপ্ট করা। পাসওয়ার্ড হ্যাশ করে রাখা হয় এবং শুধু দায়িত্বপ্রাপ্ত কর্মীরা গ্রাহকের তথ্য দেখতে পারেন। তবে ইন্টারনেটে কোনো ব্যবস্থাই শতভাগ নিরাপদ নয়; তাই আপনার পাসওয়ার্ড বা ওটিপি কারও সঙ্গে শেয়ার করবেন না। পাঠচক্রের কোনো কর্মী কখনো আপনার ওটিপি জানতে চাইবে না।

## ৮. আপনার অধিকার

- অ্যাপ বা ওয়েবসাইটের "প্রোফাইল" পাতা থেকে আপনি নিজের তথ্য দেখতে ও সংশোধন করতে পারেন;
- প্রতিটি এসএমএস বা ইমেইলে থাকা লিংক থেকে, অথবা অ্যাপের সেটিংস থেকে প্রচারমূলক বার্তা বন্ধ করতে পারেন;
- অ্যাপের "সেটিংস > অ্যাকাউন্ট মুছুন" অপশন থেকে অথবা আমাদের ইমেইল করে অ্যাকাউন্ট মুছে ফেলার অনুরোধ করতে পারেন। অনুরোধ পাওয়ার ৩০ দিনের মধ্যে আপনার অ্যাকাউন্ট মুছে ফেলা হবে, তবে আইনগত কারণে লেনদেনের রেকর্ড ৫ বছর পর্যন্ত রাখা হবে।

মনে রাখবেন, অ্যাকাউন্ট মুছে ফেললে আপনার কেনা ই-বুক ও অডিওবুকগুলোও আর পড়া বা শোনা যাবে না।

## ৯. শিশুদের গোপনীয়তা

১৩ বছরের কম বয়সী শিশুরা শুধু মা-বাবা বা অভিভাবকের অনুমতি নিয়ে এবং তাঁদের অ্যাকাউন্টের মাধ্যমে পাঠচক্র ব্যবহার করতে পারবে। আমরা জেনেশুনে ১৩ বছরের কম বয়সী কারও কাছ থেকে সরাসরি তথ্য সংগ্রহ করি না। এমন কোনো অ্যাকাউন্টের খোঁজ পেলে আমরা তা বন্ধ করে দিই।

## ১০. প্রযোজ্য আইন

এই নীতি বাংলাদেশের প্রচলিত আইন, বিশেষ করে ডিজিটাল নিরাপত্তা আইন, ২০১৮ এবং তথ্য ও যোগাযোগ প্রযুক্তি আইন, ২০০৬ অনুযায়ী প্রণীত। এ নীতি নিয়ে কোনো বিরোধ দেখা দিলে তা ঢাকার আদালতের এখতিয়ারাধীন থাকবে।

## ১১. নীতির পরিবর্তন

আমরা সময়ে সময়ে এই নীতি হালনাগাদ করতে পারি। গুরুত্বপূর্ণ কোনো পরিবর্তন হলে অ্যাপে নোটিফিকেশন বা ইমেইলের মাধ্যমে আপনাকে জানানো হবে। পরিবর্তনের পর পাঠচক্র ব্যবহার চালিয়ে গেলে ধরে নেওয়া হবে যে আপনি হালনাগাদ নীতিতে সম্মত।

## ১২. অভিযোগ ও যোগাযোগ

গোপনীয়তা নিয়ে কোনো প্রশ্ন বা অভিযোগ থাকলে আমাদের অভিযোগ নিষ্পত্তি কর্মকর্তার সঙ্গে privacy@pathchokro.com.bd ঠিকানায় যোগাযোগ করুন। আমরা সাধারণত ৭ কর্মদিবসের মধ্যে উত্তর দিই।
"""

DIG = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
MONTHS = ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর",
          "নভেম্বর", "ডিসেম্বর"]


def bn(x):
    return str(x).translate(DIG)


def fmt_date(d):
    return "%s %s %s" % (bn(d.day), MONTHS[d.month - 1], bn(d.year))


EDITS = [
    {"note": "spelling fixed: 'সংরক্ষন' -> 'সংরক্ষণ' in the data list (no new date)",
     "repl": [("এনক্রিপ্ট করা অবস্থায় সংরক্ষন করা হয়", "এনক্রিপ্ট করা অবস্থায় সংরক্ষণ করা হয়")], "bump": False},
    {"note": "processor added to the sharing table: Meta Platforms (Facebook Pixel, ad measurement)",
     "repl": [("| এসএমএস গেটওয়ে প্রদানকারী প্রতিষ্ঠান | ওটিপি ও এসএমএস পাঠানো | বাংলাদেশ |",
               "| এসএমএস গেটওয়ে প্রদানকারী প্রতিষ্ঠান | ওটিপি ও এসএমএস পাঠানো | বাংলাদেশ |\n"
               "| মেটা প্ল্যাটফর্মস (Facebook Pixel) | ফেসবুক বিজ্ঞাপনের কার্যকারিতা পরিমাপ | যুক্তরাষ্ট্র |")]},
    {"note": "governing law updated: Digital Security Act 2018 replaced by the Cyber Security Act 2023; security-log "
             "retention cut from 12 to 6 months",
     "repl": [("বিশেষ করে ডিজিটাল নিরাপত্তা আইন, ২০১৮ এবং", "বিশেষ করে সাইবার নিরাপত্তা আইন, ২০২৩ এবং"),
              ("| ডিভাইস আইডি, আইপি ঠিকানা, সার্ভার লগ | ১২ মাস |", "| ডিভাইস আইডি, আইপি ঠিকানা, সার্ভার লগ | ৬ মাস |")]},
    {"note": "hotline number and hours changed in the contact address",
     "repl": [("@ হটলাইন: ০৯৬৭৮-১২৩৪৫৬ (শনি থেকে বৃহস্পতিবার, সকাল ১০টা থেকে সন্ধ্যা ৭টা)",
               "@ হটলাইন: ০৯৬১০-৭৭৮৮৯৯ (প্রতিদিন, সকাল ৯টা থেকে রাত ১০টা)")]},
    {"note": "new subsection on the reading challenge and public leaderboard (name, photo, books read), with its own "
             "row in the purposes table",
     "repl": [("### পেমেন্ট সংক্রান্ত তথ্য",
               "### রিডিং চ্যালেঞ্জ ও লিডারবোর্ড\n\n"
               "আপনি পাঠচক্র রিডিং চ্যালেঞ্জে যোগ দিলে আপনার প্রোফাইলের নাম, ছবি এবং চ্যালেঞ্জ চলাকালে কতগুলো বই "
               "শেষ করেছেন, তা লিডারবোর্ডে সবার কাছে দৃশ্যমান হবে। কোন কোন বই পড়েছেন, তা দেখানো হবে কেবল আপনি "
               "চাইলে। চ্যালেঞ্জ থেকে বের হয়ে গেলে লিডারবোর্ড থেকে আপনার নাম সরিয়ে ফেলা হয়।\n\n"
               "### পেমেন্ট সংক্রান্ত তথ্য"),
              ("| বই সুপারিশ ও ব্যক্তিগতকৃত হোমপেজ |",
               "| রিডিং চ্যালেঞ্জ ও লিডারবোর্ড | প্রোফাইলের নাম ও ছবি, শেষ করা বইয়ের সংখ্যা | চ্যালেঞ্জ শেষ হওয়ার পর ১২ মাস |\n"
               "| বই সুপারিশ ও ব্যক্তিগতকৃত হোমপেজ |")]},
]

BOOKS = [("পথের পাঁচালী", "বিভূতিভূষণ বন্দ্যোপাধ্যায়", 180), ("শেষের কবিতা", "রবীন্দ্রনাথ ঠাকুর", 120),
         ("দেবদাস", "শরৎচন্দ্র চট্টোপাধ্যায়", 110), ("রূপসী বাংলা", "জীবনানন্দ দাশ", 95),
         ("অগ্নিবীণা", "কাজী নজরুল ইসলাম", 90), ("কপালকুণ্ডলা", "বঙ্কিমচন্দ্র চট্টোপাধ্যায়", 100),
         ("নদীর নাম ধানসিঁড়ি", "মাহমুদা আক্তার", 320), ("ঢাকার শেষ ট্রাম", "রাশেদ করিম", 280),
         ("মেঘের ওপারে বাড়ি", "তানজিলা হক", 250), ("পাইথন দিয়ে প্রোগ্রামিং শুরু", "ফাহিম রহমান", 450),
         ("বিসিএস প্রস্তুতি: বাংলা সাহিত্য", "পাঠচক্র সম্পাদনা পর্ষদ", 390), ("চাঁদের পাহাড় (অডিওবুক)",
                                                                            "বিভূতিভূষণ বন্দ্যোপাধ্যায়", 150)]


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["vite"] = C.keep_or(rng, p.get("vite"), 0.3, lambda: (C.alnum(rng, 8), C.alnum(rng, 8), C.hexs(rng, 8)))
    st["csrf"] = C.alnum(rng, 40)
    st["livewire"] = (C.alnum(rng, 20), C.hexs(rng, 64), C.alnum(rng, 20), C.hexs(rng, 64))
    st["reading_now"] = rng.randint(900, 4200) if 4 <= when.hour <= 17 else rng.randint(2500, 7800)

    def rail():
        picks = rng.sample(range(len(BOOKS)), 5)
        return tuple((k, rng.choice([0, 0, 10, 15, 20, 25, 30, 40])) for k in picks)
    st["bestsellers"] = C.keep_or(rng, p.get("bestsellers"), 0.45, rail)
    return st


LABELS = {"vite": "Vite asset hashes / Livewire script id (deploy)", "csrf": "csrf-token meta and Livewire data-csrf",
          "livewire": "Livewire wire:id / snapshot checksum of the policy component and the nested share component "
                      "(inside the container)",
          "reading_now": "'এখন পড়ছেন' live readers counter", "bestsellers": "bestseller rail with price-drop badges"}


def _section(title, blocks):
    inner = "\n".join(C.block_html(b) for b in blocks)
    return ('<div class="border-b border-gray-100" x-data="{ open: false }">'
            '<h2 class="!my-0"><button type="button" @click="open = !open" :aria-expanded="open.toString()" '
            'class="flex w-full items-center justify-between gap-4 py-4 text-left text-lg font-semibold text-gray-900">'
            '%s<svg class="h-5 w-5 shrink-0 transition-transform" :class="open &amp;&amp; \'rotate-180\'" viewBox="0 0 20 20" '
            'fill="currentColor" aria-hidden="true"><path fill-rule="evenodd" d="M5.23 7.21a.75.75 0 011.06.02L10 11.17l3.71-3.94a.75.75 '
            '0 111.08 1.04l-4.25 4.5a.75.75 0 01-1.08 0l-4.25-4.5a.75.75 0 01.02-1.06z" clip-rule="evenodd"/></svg></button></h2>'
            '<div x-show="open" x-collapse x-cloak class="pb-4">\n%s\n</div></div>' % (C.inline_html(title), inner))


def _snapshot(wid, checksum, name, data, path):
    snap = {"data": data, "memo": {"id": wid, "name": name, "path": path, "method": "GET", "children": [],
                                   "scripts": [], "assets": [], "errors": [], "locale": "bn"}, "checksum": checksum}
    return html.escape(json.dumps(snap, separators=(",", ":"), ensure_ascii=False), quote=True)


def render(state, blocks, when):
    css, js, lwv = state["vite"]
    wid, chk, sid, schk = state["livewire"]
    head, secs = C.split_sections(blocks)
    head_html = "\n".join(C.block_html(b) for b in head)
    secs_html = "\n".join(_section(t, bl) for t, bl in secs)
    share = ('<div wire:snapshot="%s" wire:effects="[]" wire:id="%s" class="not-prose mt-8 flex items-center gap-3">'
             '<a href="https://www.facebook.com/sharer/sharer.php?u=https%%3A%%2F%%2Fpathchokro.com.bd%%2Fprivacy-policy" '
             'target="_blank" rel="noopener" aria-label="ফেসবুকে শেয়ার করুন" class="rounded-full bg-blue-600 p-2 text-white">'
             '<svg class="h-4 w-4" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true"><path d="M22 12a10 10 0 10-11.6 9.9v-7H7.9V12h2.5V9.8c0-2.5 1.5-3.9 3.8-3.9 1.1 0 2.2.2 2.2.2v2.5h-1.3c-1.2 0-1.6.8-1.6 1.6V12h2.8l-.4 2.9h-2.3v7A10 10 0 0022 12z"/></svg></a>'
             '<button type="button" wire:click="copyLink" aria-label="লিংক কপি করুন" class="rounded-full bg-gray-200 p-2">'
             '<svg class="h-4 w-4" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true"><path d="M10 13a5 5 0 007.5.5l3-3a5 5 0 00-7-7l-1.7 1.7M14 11a5 5 0 00-7.5-.5l-3 3a5 5 0 007 7l1.7-1.7"/></svg></button>'
             '</div>' % (_snapshot(sid, schk, "share-buttons", {"url": URL}, "privacy-policy"), sid))
    rail = []
    for k, off in state["bestsellers"]:
        title, author, price = BOOKS[k]
        if off:
            newp = int(round(price * (100 - off) / 100.0 / 5.0) * 5)
            pr = ('<span class="text-rose-600 font-semibold">৳ %s</span> <del class="text-xs text-gray-400">৳ %s</del> '
                  '<span class="ml-1 rounded bg-rose-100 px-1.5 text-xs text-rose-700">-%s%%</span>' % (bn(newp), bn(price), bn(off)))
        else:
            pr = '<span class="font-semibold">৳ %s</span>' % bn(price)
        rail.append('<li class="flex gap-3 py-2"><img src="https://cdn.pathchokro.com.bd/covers/%d.webp" alt="" '
                    'class="h-16 w-11 rounded object-cover" loading="lazy"><div><a href="/book/%d" class="font-medium '
                    'hover:text-emerald-700">%s</a><p class="text-xs text-gray-500">%s</p><p class="text-sm">%s</p></div></li>'
                    % (1040 + k * 17, 1040 + k * 17, html.escape(title), html.escape(author), pr))
    counter_id = C.det_sha("counter", wid)[:20]
    return """<!DOCTYPE html>
<html lang="bn">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="{csrf}">
<title>গোপনীয়তা নীতি | পাঠচক্র – বাংলা ই-বুক ও অডিওবুক</title>
<meta name="description" content="পাঠচক্র কীভাবে আপনার ব্যক্তিগত তথ্য সংগ্রহ, ব্যবহার ও সুরক্ষা করে।">
<link rel="canonical" href="{url}">
<link rel="preconnect" href="https://fonts.googleapis.com"><link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
<link href="https://fonts.googleapis.com/css2?family=Hind+Siliguri:wght@400;500;600;700&amp;display=swap" rel="stylesheet">
<link rel="preload" as="style" href="https://pathchokro.com.bd/build/assets/app-{css}.css" /><link rel="modulepreload" href="https://pathchokro.com.bd/build/assets/app-{js}.js" /><link rel="stylesheet" href="https://pathchokro.com.bd/build/assets/app-{css}.css" /><script type="module" src="https://pathchokro.com.bd/build/assets/app-{js}.js"></script>
<!-- Livewire Styles --><style >[wire\\:loading][wire\\:loading], [wire\\:loading\\.delay][wire\\:loading\\.delay], [wire\\:loading\\.inline-block][wire\\:loading\\.inline-block], [wire\\:loading\\.inline][wire\\:loading\\.inline], [wire\\:loading\\.block][wire\\:loading\\.block], [wire\\:loading\\.flex][wire\\:loading\\.flex], [wire\\:loading\\.table][wire\\:loading\\.table], [wire\\:loading\\.grid][wire\\:loading\\.grid], [wire\\:loading\\.inline-flex][wire\\:loading\\.inline-flex] {{display: none;}}[wire\\:offline][wire\\:offline] {{display: none;}}[wire\\:dirty]:not(textarea):not(input):not(select) {{display: none;}}:root {{--livewire-progress-bar-color: #2299dd;}}[x-cloak] {{display: none !important;}}</style>
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-P4TH7CK');</script>
<script>!function(f,b,e,v,n,t,s){{if(f.fbq)return;n=f.fbq=function(){{n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)}};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');fbq('init','918273645501234');fbq('track','PageView');</script>
</head>
<body class="font-hind bg-gray-50 text-gray-800 antialiased">
<div class="bg-emerald-800 text-emerald-50 text-sm">
  <div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-1.5">
    <div wire:snapshot="{csnap}" wire:effects="[]" wire:id="{cid}" wire:poll.30s class="flex items-center gap-2"><span class="relative flex h-2 w-2"><span class="absolute inline-flex h-full w-full animate-ping rounded-full bg-emerald-300 opacity-75"></span><span class="relative inline-flex h-2 w-2 rounded-full bg-emerald-300"></span></span> এখন পড়ছেন {now} জন পাঠক</div>
    <a href="/app" class="hidden sm:inline hover:underline">পাঠচক্র অ্যাপ ডাউনলোড করুন</a>
  </div>
</div>
<header class="bg-white shadow-sm" x-data="{{ menu: false }}">
  <div class="mx-auto flex max-w-7xl items-center gap-6 px-4 py-3">
    <a href="/" wire:navigate class="shrink-0"><img src="https://pathchokro.com.bd/images/logo.svg" alt="পাঠচক্র" class="h-9 w-auto"></a>
    <nav class="hidden lg:flex gap-5 font-medium"><a href="/ebooks" wire:navigate>ই-বুক</a><a href="/audiobooks" wire:navigate>অডিওবুক</a><a href="/publishers" wire:navigate>প্রকাশনী</a><a href="/authors" wire:navigate>লেখক</a><a href="/offers" wire:navigate class="text-rose-600">অফার</a><a href="/challenge" wire:navigate>রিডিং চ্যালেঞ্জ</a></nav>
    <form action="/search" method="GET" class="ml-auto hidden md:block"><input type="search" name="q" placeholder="বই, লেখক বা প্রকাশনী খুঁজুন" class="w-72 rounded-full border-gray-300 text-sm"></form>
    <a href="/login" wire:navigate class="rounded-full bg-emerald-700 px-4 py-1.5 text-sm font-medium text-white">লগইন</a>
  </div>
</header>
<main class="mx-auto grid max-w-7xl gap-8 px-4 py-8 lg:grid-cols-12">
  <div class="lg:col-span-8">
    <nav class="mb-4 text-sm text-gray-500"><a href="/" wire:navigate>হোম</a> / <span>গোপনীয়তা নীতি</span></nav>
    <article wire:snapshot="{snap}" wire:effects="[]" wire:id="{wid}" class="policy-content prose prose-lg max-w-none rounded-xl bg-white p-6 shadow-sm lg:p-10 prose-headings:font-semibold prose-a:text-emerald-700">
{head}
<div class="not-prose mt-6">
{secs}
</div>
{share}
    </article>
  </div>
  <aside class="lg:col-span-4 space-y-6">
    <section class="rounded-xl bg-white p-5 shadow-sm"><h2 class="mb-2 text-lg font-semibold">এই সপ্তাহের বেস্টসেলার</h2><ol class="divide-y divide-gray-100">{rail}</ol><a href="/bestsellers" wire:navigate class="mt-3 inline-block text-sm text-emerald-700">সব দেখুন →</a></section>
    <section class="rounded-xl bg-emerald-50 p-5"><h2 class="text-lg font-semibold">প্রশ্ন আছে?</h2><p class="text-sm">হেল্প সেন্টারে দেখুন অথবা আমাদের লাইভ চ্যাটে লিখুন।</p><a href="/help" wire:navigate class="mt-2 inline-block text-sm font-medium text-emerald-700">হেল্প সেন্টার</a></section>
  </aside>
</main>
<footer class="mt-12 bg-gray-900 text-gray-300">
  <div class="mx-auto grid max-w-7xl gap-8 px-4 py-10 md:grid-cols-4 text-sm">
    <div><img src="https://pathchokro.com.bd/images/logo-white.svg" alt="পাঠচক্র" class="h-8"><p class="mt-3">বাংলা বই পড়ুন ও শুনুন, যেকোনো সময়, যেকোনো জায়গায়।</p></div>
    <div><h3 class="mb-2 font-semibold text-white">পাঠচক্র</h3><ul class="space-y-1"><li><a href="/about">আমাদের সম্পর্কে</a></li><li><a href="/publish">প্রকাশক হিসেবে যুক্ত হোন</a></li><li><a href="/careers">ক্যারিয়ার</a></li></ul></div>
    <div><h3 class="mb-2 font-semibold text-white">সহায়তা</h3><ul class="space-y-1"><li><a href="/terms">শর্তাবলি</a></li><li><a href="/privacy-policy">গোপনীয়তা নীতি</a></li><li><a href="/refund-policy">রিফান্ড নীতি</a></li></ul></div>
    <div><h3 class="mb-2 font-semibold text-white">পেমেন্ট</h3><img src="https://pathchokro.com.bd/images/payment-methods.webp" alt="বিকাশ, নগদ, রকেট, ভিসা, মাস্টারকার্ড" class="h-8" loading="lazy"></div>
  </div>
  <p class="border-t border-gray-800 py-4 text-center text-xs">© {year} পাঠচক্র ডিজিটাল লিমিটেড। সর্বস্বত্ব সংরক্ষিত।</p>
</footer>
<script src="/livewire/livewire.min.js?id={lwv}" data-csrf="{csrf}" data-update-uri="/livewire/update" data-navigate-once="true"></script>
</body>
</html>
""".format(csrf=state["csrf"], url=URL, css=css, js=js, lwv=lwv,
           csnap=_snapshot(counter_id, C.det_sha("chk", counter_id) + C.det_sha("x", counter_id)[:24],
                           "reading-now-counter", {"count": state["reading_now"]}, "privacy-policy"),
           cid=counter_id, now=bn("{:,}".format(state["reading_now"])),
           snap=_snapshot(wid, chk, "pages.show-page", {"slug": "privacy-policy"}, "privacy-policy"), wid=wid,
           head=head_html, secs=secs_html, share=share, rail="".join(rail), year=bn(when.year))


PAGE = {
    "service": "Pathchokro",
    "url": URL,
    "lang": "bn",
    "platform": "Laravel 10 + Livewire 3 + Alpine.js (Tailwind, Vite)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "nginx"), ("Cache-Control", "no-cache, private")],
    "n": 30,
    "start": dt.date(2023, 1, 15),
    "end": dt.date(2025, 4, 30),
    "hours": (3, 15),
    "policy": POLICY,
    "first_updated": dt.date(2022, 11, 20),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "article.policy-content"},
}
