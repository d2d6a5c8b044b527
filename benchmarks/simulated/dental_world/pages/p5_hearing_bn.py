"""Shruti Hearing Care (Bangladeshi hearing-aid centres, Dhaka and Chattogram), Joomla 4 (upgraded to 5 during the
window) with the Helix Ultimate template (JoomShaper). The policy is a com_content article: its header, an
article-info bar (author, category, published, modified, hits) and the articleBody, all inside .article-details; the
hits counter climbs with every visit and the modified date moves whenever the article is saved."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import dkit as K  # noqa: E402

POLICY = """
# গোপনীয়তা নীতি

সর্বশেষ হালনাগাদ: {UPDATED}

শ্রুতি হিয়ারিং কেয়ার লিমিটেড ("শ্রুতি", "আমরা") শ্রবণ পরীক্ষা, হিয়ারিং এইড বিক্রয়, ফিটিং ও সার্ভিসিং সেবা প্রদান করে। আপনি যখন আমাদের সেন্টারে আসেন, ফোনে বা ওয়েবসাইটের মাধ্যমে অ্যাপয়েন্টমেন্ট নেন অথবা আমাদের কাছ থেকে হিয়ারিং এইড ও আনুষঙ্গিক পণ্য কেনেন, তখন আমরা আপনার কিছু ব্যক্তিগত তথ্য সংগ্রহ করি। এই নীতিতে আমরা ব্যাখ্যা করেছি কোন তথ্য সংগ্রহ করি, কেন করি এবং কীভাবে তা সুরক্ষিত রাখি। আপনার গোপনিয়তা রক্ষা করা আমাদের দায়িত্ব।

## ১. আমরা যে তথ্য সংগ্রহ করি

- পরিচয় ও যোগাযোগের তথ্য: নাম, বয়স, মোবাইল নম্বর, ইমেইল ও ঠিকানা।
- স্বাস্থ্য সংক্রান্ত তথ্য: শ্রবণ পরীক্ষার ফলাফল (অডিওগ্রাম), কানের চিকিৎসার ইতিহাস, চিকিৎসকের রেফারেল এবং কানের মাপ (ইয়ারমোল্ডের জন্য)।
- পণ্য ও সেবার তথ্য: কেনা হিয়ারিং এইডের মডেল ও সিরিয়াল নম্বর, ওয়ারেন্টি, সার্ভিসিং ও মেরামতের রেকর্ড।
- পেমেন্টের তথ্য: বিল, কিস্তির তথ্য এবং লেনদেনের রেফারেন্স নম্বর। আপনার কার্ডের সম্পূর্ণ নম্বর আমরা সংরক্ষণ করি না।
- ওয়েবসাইট ব্যবহারের তথ্য: আইপি ঠিকানা, ব্রাউজারের ধরন ও কুকিজ।

## ২. তথ্য ব্যবহারের উদ্দেশ্য

আমরা আপনার তথ্য ব্যবহার করি শ্রবণ পরীক্ষা ও পরামর্শ দিতে, আপনার জন্য উপযুক্ত হিয়ারিং এইড নির্বাচন ও প্রোগ্রাম করতে, ওয়ারেন্টি ও বিক্রয়োত্তর সেবা দিতে, অ্যাপয়েন্টমেন্ট ও ব্যাটারি পরিবর্তনের কথা এসএমএসে মনে করিয়ে দিতে এবং আইনগত বাধ্যবাধকতা পালন করতে। আপনার সম্মতি ছাড়া আমরা আপনাকে কোনো প্রচারমূলক বার্তা পাঠাই না।

## ৩. তথ্য শেয়ার করা

আমরা আপনার ব্যক্তিগত তথ্য বিক্রি করি না। শুধুমাত্র প্রয়োজন অনুযায়ী নিচের পক্ষগুলোর সাথে তথ্য শেয়ার করা হয়:

- হিয়ারিং এইড প্রস্তুতকারক প্রতিষ্ঠান: ওয়ারেন্টি দাবি ও মেরামতের জন্য ডিভাইসের সিরিয়াল নম্বর ও প্রয়োজনীয় সেটিংস;
- আপনার চিকিৎসক: আপনি অনুরোধ করলে শ্রবণ পরীক্ষার রিপোর্ট;
- কুরিয়ার সার্ভিস (সুন্দরবন কুরিয়ার ও পাঠাও): ব্যাটারি ও আনুষঙ্গিক পণ্য ডেলিভারির জন্য নাম, ফোন নম্বর ও ঠিকানা;
- পেমেন্ট সেবাদাতা (এসএসএলকমার্জ ও বিকাশ): অনলাইন পেমেন্ট প্রক্রিয়াকরণের জন্য;
- আইনানুগ কর্তৃপক্ষ: আইন অনুযায়ী প্রয়োজন হলে।

## ৪. তথ্য সংরক্ষণের মেয়াদ

আপনার অডিওগ্রাম ও চিকিৎসা সংক্রান্ত রেকর্ড শেষ সেবা গ্রহণের পর ৫ বছর পর্যন্ত সংরক্ষণ করা হয়, যাতে পরবর্তী পরীক্ষার ফলাফলের সাথে তুলনা করা যায়। বিক্রয় ও হিসাব সংক্রান্ত রেকর্ড আয়কর আইন অনুযায়ী প্রয়োজনীয় সময় পর্যন্ত রাখা হয়। মেয়াদ শেষে তথ্য নিরাপদে মুছে ফেলা হয়।

## ৫. তথ্যের নিরাপত্তা

আপনার তথ্য পাসওয়ার্ড-সুরক্ষিত সফটওয়্যারে সংরক্ষণ করা হয় এবং শুধুমাত্র অনুমোদিত অডিওলজিস্ট ও কর্মীরা তা দেখতে পারেন। কাগজের রেকর্ড তালাবদ্ধ আলমারিতে রাখা হয়।

## ৬. আপনার অধিকার

আপনি যেকোনো সময় আপনার তথ্যের কপি চাইতে, ভুল তথ্য সংশোধন করতে এবং প্রচারমূলক এসএমএস বন্ধ করার অনুরোধ করতে পারেন। আইনগতভাবে সংরক্ষণ বাধ্যতামূলক নয় এমন তথ্য মুছে ফেলার অনুরোধও করতে পারেন।

## ৭. যোগাযোগ

এই নীতি বা আপনার তথ্য সম্পর্কে কোনো প্রশ্ন থাকলে আমাদের সাথে যোগাযোগ করুন:

@ শ্রুতি হিয়ারিং কেয়ার লিমিটেড
@ বাড়ি ৪৭, রোড ২৭ (পুরাতন), ধানমন্ডি, ঢাকা ১২০৯
@ হটলাইন: ০৯৬১২-৩৪৫৬৭৮
@ ইমেইল: [privacy@shrutihearing.com.bd](mailto:privacy@shrutihearing.com.bd)

আমাদের শাখাসমূহ:

- ধানমন্ডি শাখা: বাড়ি ৪৭, রোড ২৭ (পুরাতন), ধানমন্ডি, ঢাকা
- উত্তরা শাখা: হাউস ১২, সেক্টর ৭, উত্তরা, ঢাকা
"""

EDITS = [
    {"note": "payment processor added: Nagad alongside SSLCommerz and bKash",
     "repl": [("- পেমেন্ট সেবাদাতা (এসএসএলকমার্জ ও বিকাশ):", "- পেমেন্ট সেবাদাতা (এসএসএলকমার্জ, বিকাশ ও নগদ):")]},
    {"note": "typo fixed (গোপনিয়তা -> গোপনীয়তা), date unchanged", "bump": False,
     "repl": [("আপনার গোপনিয়তা রক্ষা করা", "আপনার গোপনীয়তা রক্ষা করা")]},
    {"note": "new branch added to the list (Chattogram)",
     "repl": [("- উত্তরা শাখা: হাউস ১২, সেক্টর ৭, উত্তরা, ঢাকা",
               "- উত্তরা শাখা: হাউস ১২, সেক্টর ৭, উত্তরা, ঢাকা\n- চট্টগ্রাম শাখা: ১৮৫০ শেখ মুজিব রোড, আগ্রাবাদ, চট্টগ্রাম")]},
    {"note": "audiogram retention extended from 5 to 7 years",
     "repl": [("শেষ সেবা গ্রহণের পর ৫ বছর পর্যন্ত", "শেষ সেবা গ্রহণের পর ৭ বছর পর্যন্ত")]},
    {"note": "hotline number changed (09612-345678 -> 09638-112233)",
     "repl": [("@ হটলাইন: ০৯৬১২-৩৪৫৬৭৮", "@ হটলাইন: ০৯৬৩৮-১১২২৩৩")]},
]


def fmt_date(d):
    return "%s %s %s" % (K.bn(d.day), K.MONTHS["bn"][d.month - 1], K.bn(d.year))


# Joomla's media version (the ?hash on core assets) and the template's, by release
JOOMLA = [(dt.date(2023, 1, 1), ("4.3.4", "b0c1b5e9d7a3f4c2e8a61d09f5b7c3a2e4d6f8a0")),
          (dt.date(2023, 10, 17), ("4.4.0", "57f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6")),
          (dt.date(2024, 1, 9), ("4.4.2", "a8d1e3c5b7f9d2e4c6a8b0d1f3e5a7c9b1d3f5e7")),
          (dt.date(2024, 4, 16), ("4.4.4", "3e7b9d1f5a2c4e6b8d0f1a3c5e7b9d2f4a6c8e0b")),
          (dt.date(2024, 7, 9), ("5.1.2", "e2f4a6c8b0d2e4f6a8c0b2d4e6f8a0c2e4b6d8f0")),
          (dt.date(2024, 11, 12), ("5.2.1", "9c1e3a5b7d9f1c3e5a7b9d1f3c5e7a9b1d3f5c7e"))]
HELIX = [(dt.date(2023, 1, 1), "2.0.12"), (dt.date(2023, 11, 1), "2.0.16"), (dt.date(2024, 7, 20), "2.1.1")]

NEWS = [(dt.datetime(2023, 2, 26, 5), "বিশ্ব শ্রবণ দিবসে বিনামূল্যে শ্রবণ পরীক্ষা ক্যাম্প", "world-hearing-day-camp-2023"),
        (dt.datetime(2023, 5, 14, 6), "শিশুদের শ্রবণ সমস্যা: কখন পরীক্ষা করাবেন", "children-hearing-test"),
        (dt.datetime(2023, 8, 2, 4), "রিচার্জেবল হিয়ারিং এইড: সুবিধা ও যত্ন", "rechargeable-hearing-aids"),
        (dt.datetime(2023, 11, 20, 7), "শীতে হিয়ারিং এইডের যত্ন নেবেন যেভাবে", "winter-hearing-aid-care"),
        (dt.datetime(2024, 2, 25, 5), "বিশ্ব শ্রবণ দিবস ২০২৪: উত্তরা শাখায় ফ্রি ক্যাম্প", "world-hearing-day-2024"),
        (dt.datetime(2024, 6, 3, 6), "টিনিটাস বা কানে ভোঁ ভোঁ শব্দ: কারণ ও করণীয়", "tinnitus"),
        (dt.datetime(2024, 9, 15, 5), "চট্টগ্রামে শ্রুতির নতুন শাখা উদ্বোধন", "chattogram-branch"),
        (dt.datetime(2024, 12, 8, 6), "ব্লুটুথ হিয়ারিং এইড দিয়ে মোবাইলে কথা বলুন", "bluetooth-hearing-aids"),
        (dt.datetime(2025, 2, 23, 5), "বিশ্ব শ্রবণ দিবস ২০২৫: তিন শাখায় বিনামূল্যে পরীক্ষা", "world-hearing-day-2025")]


def _campaign(loc):
    d = loc.date()
    if dt.date(d.year, 2, 20) <= d <= dt.date(d.year, 3, 10):
        return ("whd", "বিশ্ব শ্রবণ দিবস উপলক্ষে ৩ মার্চ পর্যন্ত বিনামূল্যে শ্রবণ পরীক্ষা")
    if d.month in (3, 4) or (d.month == 6 and d.day < 20):
        return ("eid", "ঈদ অফার: রিচার্জেবল হিয়ারিং এইডে ১৫% ছাড় ও ফ্রি চার্জার")
    if d.month == 12:
        return ("winter", "বিজয় দিবস অফার: ব্যাটারির প্যাকে ২০% ছাড়")
    return ("emi", "০% ইএমআই সুবিধা – ১২ মাসের কিস্তিতে হিয়ারিং এইড")


START_HITS = dt.datetime(2021, 6, 1)


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "bn")
    days = (when - START_HITS).total_seconds() / 86400.0
    hits = int(days * 7.3 + (days ** 1.25) * 0.4) + rng.randint(0, 25)
    if p.get("hits") is not None and hits <= p["hits"]:
        hits = p["hits"] + rng.randint(3, 40)
    return {
        "csrf": C.hexs(rng, 32),
        "hits": hits,
        "media": (K.versioned(JOOMLA, when, 10), K.versioned(HELIX, when, 5)),
        "news": tuple((d.strftime("%Y-%m-%d"), t, s) for d, t, s in NEWS if d <= when)[-3:],
        "campaign": _campaign(loc),
        "pub": p.get("pub"),
    }


LABELS = {
    "csrf": "Joomla csrf.token in the script options (per session)",
    "hits": "article hits counter in .article-info (inside .article-details)",
    "media": "Joomla / Helix Ultimate versions (media ?hash on assets)",
    "news": "latest-news module in the bottom position",
    "campaign": "top bar offer",
    "pub": "article modified date in .article-info (inside .article-details)",
}


def _tiny(blocks):
    return K.render_blocks(blocks, addr=lambda lines, inl: "<p>%s</p>" % "<br>".join(inl(x) for x in lines),
                           lst=lambda kind, items, inl: "<%s>\n%s\n</%s>" % (
                               kind, "\n".join("<li>%s</li>" % inl(x) for x in items), kind))


def render(state, blocks, when):
    pub = K.publish_track(state, blocks, when, lag=(45, 5000))
    (jver, mh), helix = state["media"]
    ck, ctext = state["campaign"]
    title = blocks[0][1]
    body = _tiny(blocks[1:])
    pub_loc, _ = K.local(pub, "bn")
    created = dt.datetime(2021, 6, 1, 4, 12, 33)
    news = "\n".join('\t\t<li itemscope itemtype="https://schema.org/Article">\n\t\t\t<a href="/news/%s" itemprop="url">'
                     '\n\t\t\t\t<span itemprop="name">\n\t\t\t\t\t%s\t\t\t\t</span>\n\t\t\t</a>\n\t\t</li>'
                     % (s, K.esc(t)) for d, t, s in reversed(state["news"]))
    j5 = jver.startswith("5")
    # the template's contact-info setting, updated together with the policy's hotline
    tel = "09638-112233" if "০৯৬৩৮" in body else "09612-345678"
    base = "https://www.shrutihearing.com.bd"
    return """<!doctype html>
<html lang="bn-bd" dir="ltr">
	<head>
		
		<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
		<meta charset="utf-8">
	<meta name="author" content="Super User">
	<meta name="description" content="শ্রুতি হিয়ারিং কেয়ার – শ্রবণ পরীক্ষা, হিয়ারিং এইড ও সার্ভিসিং">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>গোপনীয়তা নীতি</title>
	<link href="/images/favicon.png" rel="icon" type="image/vnd.microsoft.icon">
<link href="/media/vendor/joomla-custom-elements/css/joomla-alert.min.css?%(jca)s" rel="stylesheet">
	<link href="/templates/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet">
	<link href="/plugins/system/helixultimate/assets/css/system-j%(jmaj)s.min.css" rel="stylesheet">
	<link href="/media/system/css/joomla-fontawesome.min.css?%(mh)s" rel="stylesheet">
	<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet">
	<link href="/templates/shaper_helixultimate/css/presets/preset4.css" rel="stylesheet">
	<link href="/templates/shaper_helixultimate/css/custom.css" rel="stylesheet">
	<style>body{font-family: 'Hind Siliguri', sans-serif;font-size: 16px;}
.sp-megamenu-parent > li > a, .sp-megamenu-parent > li > span{font-family: 'Hind Siliguri', sans-serif;}
#sp-top-bar{ background-color:#0b6e6e;color:#ffffff; }
</style>
<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
	<script src="/media/legacy/js/jquery-noconflict.min.js?%(mh8)s"></script>
	<script type="application/json" class="joomla-script-options new">{"data":{"breakpoints":{"tablet":991,"mobile":480},"header":{"stickyOffset":"100"}},"csrf.token":"%(csrf)s","system.paths":{"root":"","rootFull":"https:\\/\\/www.shrutihearing.com.bd\\/","base":"","baseFull":"https:\\/\\/www.shrutihearing.com.bd\\/"},"joomla.jtext":{"ERROR":"ত্রুটি","MESSAGE":"বার্তা","NOTICE":"বিজ্ঞপ্তি","WARNING":"সতর্কতা","JCLOSE":"বন্ধ করুন","JOK":"ঠিক আছে","JOPEN":"খুলুন"}}</script>
	<script src="/media/system/js/core.min.js?%(mh)s"></script>
	<script src="/media/vendor/bootstrap/js/bootstrap-es5.min.js?5.3.%(bs)s" nomodule defer></script>
	<script src="/media/system/js/showon.min.js?%(mh)s" type="module"></script>
	<script src="/media/vendor/bootstrap/js/popover.min.js?5.3.%(bs)s" type="module"></script>
	<script src="/templates/shaper_helixultimate/js/main.js"></script>
	<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"item":{"@id":"https://www.shrutihearing.com.bd/","name":"হোম"}},{"@type":"ListItem","position":2,"item":{"name":"গোপনীয়তা নীতি"}}]}</script>
	<script>template="shaper_helixultimate";</script>
	<link rel="preconnect" href="https://fonts.gstatic.com">
	<link href="https://fonts.googleapis.com/css2?family=Hind+Siliguri:wght@400;600&amp;display=swap" rel="stylesheet">
	<!-- Helix Ultimate %(helix)s -->
			</head>
	<body class="site helix-ultimate hu com_content com-content view-article layout-default task-none itemid-137 bn-bd ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">

		
		
		<div class="body-wrapper">
			<div class="body-innerwrapper">
				<div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row"><div id="sp-top1" class="col-lg-6 "><div class="sp-column text-center text-lg-start"><div class="sp-module top-offer top-offer-%(ck)s"><div class="sp-module-content"><div class="mod-custom custom">
	<p>%(ctext)s</p></div>
</div></div></div></div><div id="sp-top2" class="col-lg-6 "><div class="sp-column text-center text-lg-end"><ul class="sp-contact-info"><li class="sp-contact-phone"><span class="fas fa-phone" aria-hidden="true"></span> <a href="tel:+88%(tel)s">%(tel_bn)s</a></li><li class="sp-contact-time"><span class="far fa-clock" aria-hidden="true"></span> শনি–বৃহস্পতি: সকাল ১০টা – রাত ৮টা</li></ul></div></div></div></div></div></div>
<header id="sp-header"><div class="container"><div class="container-inner"><div class="row"><div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/"><img class="logo-image" srcset="/images/logo/shruti-logo.png 1x, /images/logo/shruti-logo@2x.png 2x" src="/images/logo/shruti-logo.png" height="52" alt="শ্রুতি হিয়ারিং কেয়ার"></a></div></div></div><div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center"><nav class="sp-megamenu-wrapper d-flex" role="navigation"><ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block"><li class="sp-menu-item"><a href="/">হোম</a></li><li class="sp-menu-item"><a href="/hearing-test">শ্রবণ পরীক্ষা</a></li><li class="sp-menu-item"><a href="/hearing-aids">হিয়ারিং এইড</a></li><li class="sp-menu-item"><a href="/batteries-accessories">ব্যাটারি ও এক্সেসরিজ</a></li><li class="sp-menu-item"><a href="/news">খবর</a></li><li class="sp-menu-item"><a href="/contact">যোগাযোগ</a></li></ul></nav></div></div></div></div></div></header>
				<section id="sp-section-1" ><div class="row"><div id="sp-title" class="col-lg-12 "><div class="sp-column "></div></div></div></section><section id="sp-main-body" ><div class="container"><div class="container-inner"><div class="row">
<main id="sp-component" class="col-lg-12 " role="main">
<div class="sp-column ">
<div id="system-message-container" aria-live="polite">
	</div>


<div class="article-details " itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="bn-BD">
	
	
					
		
		<div class="article-header">
					<h1 itemprop="headline">
				%(title)s			</h1>
									</div>
		<div class="article-can-edit d-flex flex-wrap justify-content-between">
				</div>
				<div class="article-info">

	
					<span class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person" title="লিখেছেন: Super User">
				<span itemprop="name">Super User</span>	</span>
		
		
					<span class="category-name" title="বিভাগ: আইনি তথ্য">
			<a href="/legal">আইনি তথ্য</a>
	</span>
		
		
					<span class="published" title="প্রকাশিত: %(created_t)s">
	<time datetime="%(created)s" itemprop="datePublished">
		%(created_t)s	</time>
</span>
				
					<span class="modified" title="সর্বশেষ সংশোধিত: %(mod_t)s">
	<time datetime="%(mod)s" itemprop="dateModified">
		সর্বশেষ সংশোধিত: %(mod_t)s	</time>
</span>
		
					<span class="hits">
	<meta itemprop="interactionCount" content="UserPageVisits:%(hits)d">
	হিট: %(hits)d</span>
				</div>
		
		
	
		
		
	
		<div itemprop="articleBody">
		%(body)s	</div>

	
	
	
			
		
	

	
		<div class="article-social-share">
		<div class="social-share-icon">
			<ul>
											<li>
					<a class="facebook" onClick="window.open('https://www.facebook.com/sharer.php?u=%(url_enc)s','Facebook','width=600,height=300,left='+(screen.availWidth/2-300)+',top='+(screen.availHeight/2-150)+''); return false;" href="https://www.facebook.com/sharer.php?u=%(url_enc)s" title="Facebook">
						<span class="fab fa-facebook" aria-hidden="true"></span>
					</a>
				</li>
																											<li>
					<a class="whatsapp" href="whatsapp://send?text=%(url_enc)s" title="WhatsApp">
						<span class="fab fa-whatsapp" aria-hidden="true"></span>
					</a>
				</li>
			</ul>
		</div>
	</div>
	
	</div>



			</div>
</main>
</div></div></div></section><section id="sp-bottom" ><div class="container"><div class="container-inner"><div class="row"><div id="sp-bottom1" class="col-sm-col-sm-6 col-lg-4 "><div class="sp-column "><div class="sp-module "><h3 class="sp-module-title">সাম্প্রতিক খবর</h3><div class="sp-module-content"><ul class="mod-articleslatest latestnews mod-list">
%(news)s
</ul>
</div></div></div></div><div id="sp-bottom2" class="col-sm-col-sm-6 col-lg-4 "><div class="sp-column "><div class="sp-module "><h3 class="sp-module-title">আমাদের শাখা</h3><div class="sp-module-content"><div class="mod-custom custom">
	<p>ধানমন্ডি: বাড়ি ৪৭, রোড ২৭ (পুরাতন)<br>উত্তরা: হাউস ১২, সেক্টর ৭</p></div>
</div></div></div></div><div id="sp-bottom3" class="col-lg-4 "><div class="sp-column "><div class="sp-module "><h3 class="sp-module-title">প্রয়োজনীয় লিংক</h3><div class="sp-module-content"><ul class="menu">
<li class="item-137 current active"><a href="/privacy-policy" aria-current="page">গোপনীয়তা নীতি</a></li><li class="item-138"><a href="/warranty-policy">ওয়ারেন্টি নীতি</a></li><li class="item-139"><a href="/return-policy">রিটার্ন নীতি</a></li></ul>
</div></div></div></div></div></div></div></section><footer id="sp-footer" ><div class="container"><div class="container-inner"><div class="row"><div id="sp-footer1" class="col-lg-12 "><div class="sp-column "><span class="sp-copyright">© %(year)s শ্রুতি হিয়ারিং কেয়ার লিমিটেড। সর্বস্বত্ব সংরক্ষিত।</span></div></div></div></div></div></footer>			</div>
		</div>

		<!-- Off Canvas Menu -->
		<div class="offcanvas-overlay"></div>
		<div class="offcanvas-menu">
			<a href="#" class="close-offcanvas" aria-label="Close Off-canvas"><span class="fas fa-times"></span></a>
			<div class="offcanvas-inner">
				<div class="sp-module "><div class="sp-module-content"><ul class="menu">
<li class="item-101 default"><a href="/">হোম</a></li><li class="item-102"><a href="/hearing-test">শ্রবণ পরীক্ষা</a></li><li class="item-103"><a href="/hearing-aids">হিয়ারিং এইড</a></li><li class="item-106"><a href="/contact">যোগাযোগ</a></li></ul>
</div></div>
			</div>
		</div>

		
		
		
		<!-- Go to top -->
					<a href="#" class="sp-scroll-up" aria-label="Scroll Up"><span class="fas fa-angle-up" aria-hidden="true"></span></a>
					<!-- Messenger Chat Plugin Code -->
<div id="fb-root"></div>
<div id="fb-customer-chat" class="fb-customerchat" page_id="104512398765432" attribution="biz_inbox"></div>
	</body>
</html>""" % {
        "jca": "0.3.0" if j5 else "0.2.0", "jmaj": "5" if j5 else "4", "mh": mh, "mh8": mh[:20],
        "bs": "3" if j5 else "2", "csrf": state["csrf"], "helix": helix, "ck": ck, "ctext": K.esc(ctext),
        "title": K.esc(title), "created": created.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
        "created_t": fmt_date(created.date()), "mod": pub.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
        "mod_t": fmt_date(pub_loc.date()), "hits": state["hits"], "body": body,
        "url_enc": "https%3A%2F%2Fwww.shrutihearing.com.bd%2Fprivacy-policy", "news": news,
        "year": K.bn(when.year), "base": base, "tel": tel.replace("-", ""), "tel_bn": K.bn(tel)}


PAGE = {
    "service": "Shruti Hearing Care",
    "url": "https://www.shrutihearing.com.bd/privacy-policy",
    "lang": "bn",
    "platform": "Joomla 4 -> 5 (com_content article), Helix Ultimate template",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Apache"), ("X-Powered-By", "PHP/8.1.27"),
                      ("Cache-Control", "no-store, no-cache, must-revalidate"), ("Pragma", "no-cache"),
                      ("Expires", "Wed, 17 Aug 2005 00:00:00 GMT")],
    "n": 28,
    "start": dt.date(2023, 5, 1),
    "end": dt.date(2025, 1, 31),
    "hours": (3, 9, 15),
    "policy": POLICY,
    "first_updated": dt.date(2023, 1, 15),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.shrutihearing.com.bd/privacy-policy",
        "select": ".article-details",
        "remove": [".article-info", ".article-social-share"],
    },
}
