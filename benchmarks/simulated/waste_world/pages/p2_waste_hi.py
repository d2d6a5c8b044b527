"""Harit Path Waste Management (Hindi; door-to-door collection and scrap pickup in Jaipur), Laravel 10 with Blade,
Livewire 3 and Vite. Volatile INSIDE the selected article.policy-page: the .page-meta line (views counter and the
CMS updated_at in Asia/Kolkata), removed by the declaration. Outside: CSRF token and Livewire snapshot per request,
Vite build hashes per deploy, the header 'tonnes collected today' counter, the festival strip."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wkit as K  # noqa: E402

C = K.C
URL = "https://www.haritpath.in/privacy-policy"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["hi"][d.month - 1], d.year)


POLICY = """
# गोपनीयता नीति

अंतिम अद्यतन: {UPDATED}

हरित पथ वेस्ट मैनेजमेंट प्राइवेट लिमिटेड ("हरित पथ", "हम") जयपुर और आसपास के क्षेत्रों में घर-घर कचरा संग्रहण, सूखे कचरे और कबाड़ की पिकअप, ई-कचरा निपटान और सोसाइटी व व्यावसायिक परिसरों के लिए अपशिष्ट प्रबंधन सेवाएँ प्रदान करता है। यह नीति बताती है कि जब आप हमारी वेबसाइट, मोबाइल ऐप या हेल्पलाइन का उपयोग करते हैं, तब हम आपकी व्यक्तिगत जानकारी कैसे एकत्र, उपयोग और सुरक्षित करते हैं।

## हम कौन सी जानकारी एकत्र करते हैं

- नाम, मोबाइल नंबर, ईमेल पता और पिकअप का पता;
- सोसाइटी या व्यावसायिक परिसर का नाम और फ्लैट या दुकान नंबर;
- कबाड़ की श्रेणी, वज़न और उसके बदले किया गया भुगतान;
- यूपीआई आईडी या बैंक खाते का विवरण, जब हम आपको कबाड़ का भुगतान करते हैं;
- पिकअप के समय ली गई तस्वीरें और हमारे कर्मचारी के फ़ोन का जीपीएस स्थान;
- ऐप और वेबसाइट के उपयोग से जुड़ी तकनीकी जानकारी, जैसे डिवाइस का प्रकार और आईपी पता।

## जानकारी का उपयोग

हम आपकी जानकारी का उपयोग पिकअप बुक करने और उसकी पुष्टि करने, हमारे कर्मचारियों को सही पते तक पहुँचाने, कबाड़ का वज़न और भुगतान दर्ज करने, बिल और रसीद भेजने, शिकायतों का समाधान करने और नगर निगम को संग्रहित कचरे की रिपोर्ट देने के लिए करते हैं। यदि आपने सहमति दी है, तो हम आपको व्हाट्सऐप या एसएमएस पर पिकअप रिमाइंडर और ऑफ़र भेज सकते हैं।

## जानकारी किसके साथ साझा की जाती है

हम आपकी व्यक्तिगत जानकारी बेचते नहीं हैं। सेवा चलाने के लिए हम निम्नलिखित सेवा प्रदाताओं की मदद लेते हैं:

| सेवा प्रदाता | उद्देश्य | स्थान |
| Amazon Web Services (मुंबई क्षेत्र) | सर्वर और डेटा भंडारण | भारत |
| Razorpay Software Pvt. Ltd. | भुगतान और यूपीआई रिफ़ंड | भारत |
| Gupshup Technologies | व्हाट्सऐप और एसएमएस संदेश | भारत |
| Google LLC (Firebase) | ऐप सूचनाएँ और क्रैश रिपोर्ट | अमेरिका |

ई-कचरा हम केवल अधिकृत रिसाइक्लरों को सौंपते हैं। उपकरणों में बचे डेटा को हटाना आपकी ज़िम्मेदारी है, लेकिन अनुरोध पर हम हार्ड डिस्क को नष्ट करने का प्रमाणपत्र दे सकते हैं।

## जानकारी कितने समय तक रखी जाती है

पिकअप और भुगतान का रिकॉर्ड हम कर कानूनों के अनुसार 8 वर्ष तक रखते हैं। पिकअप के समय ली गई तस्वीरें 6 महीने बाद हटा दी जाती हैं। निष्क्रिय खाते 3 वर्ष बाद बंद कर दिए जाते हैं।

## आपके अधिकार

डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 के तहत आपको अपनी जानकारी देखने, उसे सुधारने या हटाने, सहमति वापस लेने और शिकायत दर्ज करने का अधिकार है। आप किसी व्यक्ति को नामित भी कर सकते हैं जो आपकी मृत्यु या अक्षमता की स्थिति में इन अधिकारों का उपयोग करे।

## सुरक्षा

हमारा डेटा एन्क्रिप्टेड सर्वरों पर रखा जाता है और केवल अधिकृत कर्मचारी ही उस तक पहुँच सकते हैं। हमारे फ़ील्ड कर्मचारी ऐप में केवल उसी दिन के पिकअप देख सकते हैं।

## शिकायत अधिकारी

@ श्री राजेश शर्मा, शिकायत अधिकारी
@ हरित पथ वेस्ट मैनेजमेंट प्राइवेट लिमिटेड
@ प्लॉट 14, सीतापुरा औद्योगिक क्षेत्र, जयपुर 302022
@ ईमेल: [grievance@haritpath.in](mailto:grievance@haritpath.in)
@ फ़ोन: 0141-2770456 (सोमवार से शनिवार, सुबह 10 से शाम 6 बजे तक)
"""

EDITS = [
    {"note": "processor Gupshup replaced by Interakt (WhatsApp Business API)",
     "repl": [("| Gupshup Technologies | व्हाट्सऐप और एसएमएस संदेश | भारत |",
               "| Jio Haptik Technologies (Interakt) | व्हाट्सऐप और एसएमएस संदेश | भारत |")]},
    {"note": "photo retention 6 months -> 3 months",
     "repl": [("तस्वीरें 6 महीने बाद हटा दी जाती हैं।", "तस्वीरें 3 महीने बाद हटा दी जाती हैं।")]},
    {"note": "grievance officer changed (Rajesh Sharma -> Priya Meena) and phone",
     "repl": [("@ श्री राजेश शर्मा, शिकायत अधिकारी", "@ सुश्री प्रिया मीणा, शिकायत अधिकारी"),
              ("@ फ़ोन: 0141-2770456", "@ फ़ोन: 0141-2770499")]},
    {"note": "list item added: Aadhaar last four digits for scrap payments above a limit",
     "repl": [("- यूपीआई आईडी या बैंक खाते का विवरण, जब हम आपको कबाड़ का भुगतान करते हैं;",
               "- यूपीआई आईडी या बैंक खाते का विवरण, जब हम आपको कबाड़ का भुगतान करते हैं;\n"
               "- ₹50,000 से अधिक के कबाड़ भुगतान पर पैन कार्ड का विवरण;")]},
    {"note": "sentence added: Data Protection Board complaint", "bump": False,
     "repl": [("इन अधिकारों का उपयोग करे।",
               "इन अधिकारों का उपयोग करे। हमारे उत्तर से संतुष्ट न होने पर आप भारतीय डेटा संरक्षण बोर्ड से "
               "शिकायत कर सकते हैं।")]},
    {"note": "new section: children's data",
     "repl": [("## सुरक्षा",
               "## बच्चों की जानकारी\n\nहमारी सेवाएँ 18 वर्ष से अधिक आयु के व्यक्तियों के लिए हैं। स्कूलों के "
               "जागरूकता कार्यक्रमों में हम बच्चों की कोई व्यक्तिगत जानकारी एकत्र नहीं करते।\n\n## सुरक्षा")]},
]

FESTIVALS = [((10, 1), (11, 15), "दिवाली सफ़ाई अभियान: पुराने सामान की मुफ़्त पिकअप बुक करें"),
             ((3, 1), (3, 25), "होली के बाद विशेष सफ़ाई सेवा"),
             ((6, 1), (6, 10), "विश्व पर्यावरण दिवस: ई-कचरा दें, पौधा पाएँ")]


def festival(when):
    for (m1, d1), (m2, d2), t in FESTIVALS:
        if (m1, d1) <= (when.month, when.day) <= (m2, d2):
            return t
    return None


VITE = K.deploys("haritpath-vite", dt.date(2022, 1, 1), dt.date(2026, 12, 31), 45)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"csrf": C.alnum(rng, 40), "lw": C.alnum(rng, 20) + "|" + C.hexs(rng, 64)}
    s["vite"] = C.versioned(VITE, when)
    s["tonnes"] = "%.1f" % (rng.uniform(38, 96))
    s["fest"] = festival(when)
    s["views"] = (prev.get("views") or 1840) + rng.randint(60, 900)
    return s


LABELS = {"csrf": "Laravel csrf-token meta and form _token", "lw": "Livewire snapshot id and checksum",
          "vite": "Vite build asset hashes", "tonnes": "header live counter: tonnes collected today",
          "fest": "festival offer strip", "views": "INSIDE: .page-meta views counter (removed)"}


def render(s, blocks, when):
    lt, _ = K.local(when, "hi")
    upd = K.saved_at(s, blocks, when, lag=(600, 4000))
    ul, _ = K.local(upd, "hi")
    v = s["vite"]
    body = K.render_blocks(blocks, tags={"h1": ' class="text-3xl font-bold text-green-800 mb-2"',
                                         "h2": ' class="text-xl font-semibold mt-8 mb-3"',
                                         "p": ' class="mb-4 leading-relaxed"', "ul": ' class="list-disc pl-6 mb-4"',
                                         "table": ' class="min-w-full border text-sm"'})
    lwid, chk = s["lw"].split("|")
    snap = json.dumps({"data": {"phone": None, "slot": None}, "memo": {"id": lwid, "name": "pickup-callback",
                       "path": "privacy-policy", "method": "GET", "children": [], "errors": [], "locale": "hi"},
                       "checksum": chk}, separators=(",", ":"))
    fest = ('<div class="bg-amber-100 text-amber-900 text-center py-2 text-sm">%s <a href="/book">बुक करें</a></div>'
            % K.esc(s["fest"])) if s["fest"] else ""
    return """<!DOCTYPE html>
<html lang="hi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="%(csrf)s">
<title>गोपनीयता नीति | हरित पथ</title>
<link rel="preload" as="style" href="https://www.haritpath.in/build/assets/app-%(v)s.css">
<link rel="stylesheet" href="https://www.haritpath.in/build/assets/app-%(v)s.css">
<script type="module" src="https://www.haritpath.in/build/assets/app-%(v2)s.js"></script>
<style>[wire\\:loading], [wire\\:loading\\.delay] {display:none}</style>
</head>
<body class="font-sans antialiased bg-gray-50">
%(fest)s
<header class="bg-white shadow"><div class="max-w-7xl mx-auto px-4 flex items-center justify-between h-16">
<a href="/"><img src="/images/haritpath-logo.png" alt="हरित पथ" class="h-10"></a>
<nav class="hidden md:flex space-x-6"><a href="/services">सेवाएँ</a><a href="/scrap-rates">कबाड़ दरें</a><a href="/societies">सोसाइटी</a><a href="/contact">संपर्क</a></nav>
<div class="text-sm text-green-700">आज एकत्रित कचरा: <strong>%(tonnes)s टन</strong></div>
</div></header>
<main class="max-w-4xl mx-auto px-4 py-10">
<article class="policy-page bg-white rounded-lg shadow p-8">
<div class="page-meta text-xs text-gray-500 mb-6">अद्यतन: %(upd)s IST · %(views)s बार देखा गया</div>
%(body)s
</article>
<div wire:snapshot="%(snap)s" wire:effects="[]" wire:id="%(lwid)s" class="mt-10 bg-green-50 p-6 rounded">
<h3 class="font-semibold">कॉल बैक चाहिए?</h3>
<form wire:submit="save"><input type="hidden" name="_token" value="%(csrf)s" autocomplete="off"><input type="tel" wire:model="phone" placeholder="मोबाइल नंबर"><button type="submit">अनुरोध भेजें</button></form>
</div>
</main>
<footer class="bg-green-900 text-green-100 py-8 text-sm"><div class="max-w-7xl mx-auto px-4">
<p>© %(year)d हरित पथ वेस्ट मैनेजमेंट प्राइवेट लिमिटेड · CIN U90001RJ2019PTC065432</p>
<p><a href="/privacy-policy">गोपनीयता नीति</a> · <a href="/terms">नियम और शर्तें</a> · <a href="/refund">रिफ़ंड नीति</a></p>
</div></footer>
<script src="/livewire/livewire.min.js?id=%(lwv)s" data-csrf="%(csrf)s" data-update-uri="/livewire/update" data-navigate-once="true"></script>
</body>
</html>
""" % {"csrf": s["csrf"], "v": v, "v2": v[::-1], "fest": fest, "tonnes": s["tonnes"],
       "upd": "%02d-%02d-%d %02d:%02d" % (ul.day, ul.month, ul.year, ul.hour, ul.minute),
       "views": C.group_digits(s["views"], ","), "body": body, "snap": K.attr(snap), "lwid": lwid, "year": lt.year,
       "lwv": v[:8]}


PAGE = {
    "service": "Harit Path", "url": URL, "lang": "hi", "platform": "Laravel 10 + Livewire 3 + Vite",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 3, 1), "end": dt.date(2026, 5, 31), "hours": (3, 6, 9),
    "policy": POLICY, "first_updated": dt.date(2022, 1, 10), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article.policy-page"], "remove": [".page-meta"]},
}
