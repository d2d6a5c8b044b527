"""DawaSetu - Indian e-pharmacy + teleconsultation (Hindi page) - Angular 16 Universal SSR (ng-state transfer state),
well built: volatile things outside the policy container."""
import datetime as dt
import json
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import pkit as K  # noqa: E402

URL = "https://www.dawasetu.in/hi/privacy-policy"
MAH = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MAH[d.month - 1], d.year)


POLICY = """
# गोपनीयता नीति

अंतिम अद्यतन: {UPDATED}

दवासेतु हेल्थटेक प्राइवेट लिमिटेड ("दवासेतु", "हम") ऑनलाइन दवा ऑर्डर, लैब टेस्ट बुकिंग और डॉक्टर से ऑनलाइन परामर्श की सेवाएँ देता है। यह नीति बताती है कि हम आपकी व्यक्तिगत जानकारी कैसे एकत्र, उपयोग और सुरक्षित करते हैं। यह नीति सूचना प्रौद्योगिकी अधिनियम, 2000, उससे जुड़े नियमों और डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 के अनुसार है।

## हम कौन-सी जानकारी एकत्र करते हैं

- नाम, मोबाइल नंबर, ईमेल पता और डिलीवरी का पता;
- आपके द्वारा अपलोड किए गए डॉक्टर के पर्चे (प्रिस्क्रिप्शन) और स्वास्थ्य से जुड़ी जानकारी;
- ऑर्डर का इतिहास और भुगतान की स्थिति (कार्ड का पूरा विवरण हम संग्रहीत नहीं करते);
- डिवाइस, ऐप और ब्राउज़र से जुड़ी तकनीकी जानकारी।

## जानकारी का उपयोग

हम आपकी जानकारी का उपयोग ऑर्डर पूरा करने, पर्चे की जाँच हमारे पंजीकृत फार्मासिस्ट से कराने, डॉक्टर परामर्श उपलब्ध कराने, दवा लेने के रिमाइंडर भेजने और कानूनी दायित्वों का पालन करने के लिए करते हैं। आपकी सहमति होने पर ही हम आपको ऑफ़र और प्रचार संदेश भेजते हैं।

अनुसूची एच, एच1 और एक्स की दवाएँ केवल वैध पर्चे के आधार पर ही दी जाती हैं।

## जानकारी किसके साथ साझा की जाती है

| पक्ष | उद्देश्य |
| सहयोगी फार्मेसियाँ | दवाओं की आपूर्ति |
| पंजीकृत चिकित्सक | ऑनलाइन परामर्श |
| डेल्हीवरी लिमिटेड और शैडोफ़ैक्स | डिलीवरी |
| रेज़रपे सॉफ़्टवेयर प्राइवेट लिमिटेड | भुगतान |
| अमेज़न वेब सर्विसेज़ (मुंबई क्षेत्र) | डेटा होस्टिंग |

हम आपकी व्यक्तिगत जानकारी किसी को बेचते नहीं हैं।

## डेटा कितने समय तक रखा जाता है

पर्चे और ऑर्डर का रिकॉर्ड औषधि एवं प्रसाधन सामग्री नियमों के अनुसार कम से कम 2 वर्ष तक रखा जाता है। परामर्श के रिकॉर्ड टेलीमेडिसिन प्रैक्टिस दिशानिर्देशों के अनुसार 3 वर्ष तक रखे जाते हैं।

## आपके अधिकार

आप अपनी जानकारी देख सकते हैं, उसे सुधार सकते हैं या खाता हटाने का अनुरोध कर सकते हैं। आप किसी भी समय प्रचार संदेशों के लिए दी गई सहमति वापस ले सकते हैं।

## शिकायत अधिकारी

@ श्री राहुल वर्मा, शिकायत अधिकारी
@ दवासेतु हेल्थटेक प्राइवेट लिमिटेड, चौथी मंज़िल, टावर बी, साइबर सिटी, गुरुग्राम, हरियाणा 122002
@ ईमेल: [grievance@dawasetu.in](mailto:grievance@dawasetu.in)
@ समय: सोमवार से शुक्रवार, सुबह 10 बजे से शाम 6 बजे तक

हम शिकायत मिलने के 24 घंटे के भीतर उसकी पावती देंगे और 15 दिनों के भीतर उसका समाधान करेंगे।
"""

EDITS = [
    {"note": "grievance officer changed (श्री राहुल वर्मा -> सुश्री नेहा अग्रवाल)",
     "repl": [("@ श्री राहुल वर्मा, शिकायत अधिकारी", "@ सुश्री नेहा अग्रवाल, शिकायत अधिकारी")]},
    {"note": "sharing table: new row for lab partners",
     "repl": [("| पंजीकृत चिकित्सक | ऑनलाइन परामर्श |", "| पंजीकृत चिकित्सक | ऑनलाइन परामर्श |\n"
               "| एनएबीएल-मान्यता प्राप्त लैब | लैब टेस्ट और सैंपल कलेक्शन |")]},
    {"note": "new list item: ABHA health id (ABDM)",
     "repl": [("- डिवाइस, ऐप और ब्राउज़र से जुड़ी तकनीकी जानकारी।", "- आपकी सहमति से आपका आभा (ABHA) नंबर और "
               "आयुष्मान भारत डिजिटल मिशन से जुड़े स्वास्थ्य रिकॉर्ड;\n- डिवाइस, ऐप और ब्राउज़र से जुड़ी तकनीकी "
               "जानकारी।")]},
    {"note": "Razorpay replaced by PayU (payments)",
     "repl": [("| रेज़रपे सॉफ़्टवेयर प्राइवेट लिमिटेड | भुगतान |", "| पेयू पेमेंट्स प्राइवेट लिमिटेड | भुगतान |")]},
    {"note": "rights section: DPDP Act sentence on nominee and Data Protection Board added",
     "repl": [("प्रचार संदेशों के लिए दी गई सहमति वापस ले सकते हैं।", "प्रचार संदेशों के लिए दी गई सहमति वापस ले "
               "सकते हैं। आप किसी व्यक्ति को नामित कर सकते हैं जो आपकी मृत्यु या अक्षमता की स्थिति में आपके अधिकारों "
               "का प्रयोग करे, और आप भारतीय डेटा संरक्षण बोर्ड के पास शिकायत दर्ज कर सकते हैं।")]},
    {"note": "retention section: Telemedicine Practice Guidelines cited with their year (2020), no new date",
     "bump": False,
     "repl": [("टेलीमेडिसिन प्रैक्टिस दिशानिर्देशों के अनुसार", "टेलीमेडिसिन प्रैक्टिस दिशानिर्देश, 2020 के अनुसार")]},
]
DEPLOYS = K.deploys("p6hi", dt.date(2022, 1, 1), dt.date(2026, 12, 31), (12, 45))
OFFERS = ["पहले ऑर्डर पर 25% की छूट — कोड: PEHLA25", "दवाओं पर फ्लैट 20% छूट + मुफ़्त डिलीवरी",
          "लैब टेस्ट ₹199 से शुरू", "डॉक्टर परामर्श सिर्फ़ ₹149 में"]
FESTIVALS = [((10, 10), (11, 15), "दिवाली हेल्थ सेल: अतिरिक्त 10% छूट"),
             ((3, 1), (3, 20), "होली ऑफ़र: स्किनकेयर पर 30% छूट"),
             ((8, 5), (8, 20), "स्वतंत्रता दिवस सेल")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"state": (C.uuid4(rng), C.alnum(rng, 22))}
    s["build"] = K.deploy(when, DEPLOYS)
    s["offer"] = K.season(when, FESTIVALS) or C.keep_or(rng, prev.get("offer"), 0.5, lambda: rng.choice(OFFERS))
    s["orders"] = 41000 + (when - dt.datetime(2022, 1, 1)).days * 23 + rng.randint(0, 900)
    s["pincode"] = rng.choice(["110001", "122002", "400001", "560001", "700001"])
    return s


LABELS = {"state": "ng-state transfer state: request id, session key",
          "build": "Angular build hashes and _ngcontent ids",
          "offer": "offer strip (rotating / festival sales)", "orders": "'orders delivered' live counter",
          "pincode": "geo-IP delivery pincode estimate"}


def render(s, blocks, when):
    b = s["build"]
    c = "ng-c%d" % (int(b[:6], 16) % 4000000000)
    ng = ' _ngcontent-%s=""' % c
    tags = {k: ng for k in ("h2", "h3", "p", "ul", "ol", "li", "table", "addr")}
    body = C.render_blocks(blocks[1:], tags=tags)
    st = {"G.https://api.dawasetu.in/v3/cms/pages/privacy-policy?lang=hi": {"b": {"slug": "privacy-policy",
          "updatedAt": None}, "h": {}, "s": 200, "st": "OK", "u": "https://api.dawasetu.in/v3/cms/pages/privacy-"
          "policy?lang=hi", "rt": "json"}, "requestId": s["state"][0], "sk": s["state"][1]}
    eta = (when + dt.timedelta(days=1)).strftime("%d/%m")
    return (
        '<!DOCTYPE html><html lang="hi"><head>\n<meta charset="utf-8">\n<title>गोपनीयता नीति | दवासेतु</title>\n<base '
        'href="/hi/">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<link rel="stylesheet" '
        'href="styles.%s.css" media="print" onload="this.media=\''
        'all\'">\n<style ng-app-id="ng">.policy-wrap[_ngcontent-'
        '%s]{max-width:860px;margin:0 auto}</style>\n</head>\n<body><app-root _nghost-ng-c1="" ng-version="16.2.%d" '
        'ng-server-context="ssr"><app-header _ngcontent-ng-c1=""><div class="offer-strip">%s</div><header class="hdr">'
        '<a href="/hi" class="logo">दवासेतु</a><div class="pin">डिलीवरी %s पर — %s तक</div><a class="upload-rx" '
        'href="/hi/upload-prescription">पर्चा अपलोड करें</a><span class="orders-count">%s+ ऑर्डर डिलीवर</span>'
        '</header></app-header><main><app-cms-page _nghost-%s=""><div%s class="policy-wrap"><h1%s class="policy-title">'
        '%s</h1><div%s class="policy-body">%s</div></div></app-cms-page></main><app-footer><footer class="ftr"><p>'
        'दवासेतु हेल्थटेक प्राइवेट लिमिटेड · ड्रग लाइसेंस नं. RLF20HR2021001234</p><p>© %d</p></footer></app-footer>'
        '</app-root>\n<script src="runtime.%s.js" type="module"></script><script src="polyfills.%s.js" type="module">'
        '</script><script src="main.%s.js" type="module"></script>\n<script id="ng-state" type="application/json">'
        '%s</script></body></html>\n'
        % (b[:16], c, int(b[6], 16), C.esc(s["offer"]), s["pincode"], eta, C.group_digits(s["orders"], ","), c, ng, ng,
           C.inline_html(blocks[0][1]), ng, body, when.year, b[2:18], b[3:19], b[4:20],
           json.dumps(st, ensure_ascii=False, separators=(",", ":"))))


PAGE = {
    "service": "DawaSetu", "url": URL, "lang": "hi-IN", "platform": "Angular Universal",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 4, 1), "end": dt.date(2026, 4, 30), "hours": (3, 7, 11, 15),
    "policy": POLICY, "first_updated": dt.date(2022, 2, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".policy-wrap"]},
}
