"""Sursaagar, an Indian music-streaming service: Hindi privacy policy on the web player, an Angular 17 Universal
(SSR with hydration) app whose static pages render CMS blocks through Angular components. Fairly clean: what changes
between visits is the app build (bundle hashes, and the `_ngcontent-ng-c…` attribute names Angular stamps on every
element, inside the policy's container too) and the ng-state transfer cache (request id, time of the CMS fetch)."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import mukit as K  # noqa: E402

C = K.C
URL = "https://www.sursaagar.in/hi/privacy-policy"

POLICY = """
# गोपनीयता नीति

{UPDATED}

सुरसागर म्यूज़िक प्राइवेट लिमिटेड ("सुरसागर", "हम", "हमारा") सुरसागर ऐप, वेबसाइट www.sursaagar.in और उनसे जुड़ी स्ट्रीमिंग सेवाएँ ("सेवाएँ") संचालित करता है। यह नीति बताती है कि जब आप गाने सुनते हैं, पॉडकास्ट चलाते हैं, प्लेलिस्ट बनाते हैं या प्रीमियम सदस्यता खरीदते हैं, तब हम आपका कौन-सा व्यक्तिगत डेटा एकत्र करते हैं, उसका उपयोग कैसे करते हैं और इस संबंध में आपके पास कौन-से अधिकार हैं।

यह नीति डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 ("DPDP अधिनियम"), सूचना प्रौद्योगिकी अधिनियम, 2000 और उनके अंतर्गत बने नियमों के अनुरूप तैयार की गई है। सेवाओं का उपयोग करने से पहले कृपया इसे ध्यान से पढ़ें। यदि आप इस नीति से सहमत नहीं हैं, तो कृपया सेवाओं का उपयोग न करें।

## 1. हम कौन-सा डेटा एकत्र करते हैं

हम केवल वही डेटा एकत्र करते हैं जो सेवाएँ देने, उन्हें बेहतर बनाने और क़ानूनी दायित्व निभाने के लिए आवश्यक है।

| डेटा की श्रेणी | उदाहरण | स्रोत |
| खाता जानकारी | नाम, मोबाइल नंबर, ईमेल पता, जन्म का वर्ष, लिंग, पसंदीदा भाषाएँ | आप स्वयं |
| सुनने का इतिहास | चलाए गए गाने, खोजें, पसंद किए गए गाने, बनाई गई प्लेलिस्ट, सुनने का समय और अवधि | ऐप का उपयोग |
| डिवाइस जानकारी | डिवाइस मॉडल, ऑपरेटिंग सिस्टम, ऐप संस्करण, IP पता, विज्ञापन पहचानकर्ता | आपका डिवाइस |
| भुगतान जानकारी | सदस्यता योजना, लेन-देन संख्या, UPI या कार्ड का प्रकार (पूरा कार्ड नंबर नहीं) | भुगतान साझेदार |
| स्थान | शहर और राज्य स्तर का अनुमानित स्थान | IP पता |
| सहायता अनुरोध | आपके संदेश, शिकायतें और उनसे जुड़े स्क्रीनशॉट | आप स्वयं |

हम आपका पूरा कार्ड नंबर, CVV या UPI पिन कभी संग्रहीत नहीं करते। ये विवरण सीधे हमारे भुगतान साझेदारों द्वारा संसाधित किए जाते हैं, जो भारतीय रिज़र्व बैंक के नियमों का पालन करते हैं।

## 2. डेटा का उपयोग किस लिए किया जाता है

- आपका खाता बनाना और लॉग-इन के लिए OTP भेजना;
- गाने, एल्बम, रेडियो स्टेशन और पॉडकास्ट स्ट्रीम करना तथा ऑफ़लाइन डाउनलोड की सुविधा देना;
- आपकी पसंद के अनुसार "आपके लिए" प्लेलिस्ट, डेली मिक्स और नए गानों के सुझाव तैयार करना;
- प्रीमियम सदस्यता का भुगतान लेना, नवीनीकरण की याद दिलाना और रसीद भेजना;
- कलाकारों, संगीतकारों और रिकॉर्ड लेबलों को रॉयल्टी की गणना के लिए एकत्रित स्ट्रीमिंग आँकड़े देना;
- धोखाधड़ी, खाते के दुरुपयोग, बॉट से बढ़ाए गए स्ट्रीम और कॉपीराइट उल्लंघन को रोकना;
- मुफ़्त योजना में ऑडियो और बैनर विज्ञापन दिखाना और उनकी प्रभावशीलता मापना;
- क़ानून के अनुसार सरकारी एजेंसियों और न्यायालयों के वैध अनुरोधों का पालन करना।

## 3. सहमति और उसे वापस लेना

जहाँ हम आपकी सहमति के आधार पर डेटा संसाधित करते हैं, जैसे व्यक्तिगत विज्ञापन, मार्केटिंग ईमेल या व्हाट्सऐप संदेश, वहाँ आप किसी भी समय ऐप की **सेटिंग्स > गोपनीयता** में जाकर सहमति वापस ले सकते हैं। सहमति वापस लेना उतना ही आसान है जितना उसे देना। सहमति वापस लेने से पहले किया गया प्रसंस्करण वैध बना रहता है, लेकिन उसके बाद हम उस उद्देश्य के लिए आपका डेटा संसाधित नहीं करेंगे।

## 4. डेटा किसके साथ साझा किया जाता है

हम आपका व्यक्तिगत डेटा नहीं बेचते। हम इसे केवल उन सेवा प्रदाताओं के साथ साझा करते हैं जो हमारी ओर से काम करते हैं और अनुबंध द्वारा गोपनीयता तथा सुरक्षा बनाए रखने के लिए बाध्य हैं:

| सेवा प्रदाता | उद्देश्य | डेटा का स्थान |
| Amazon Web Services India Pvt. Ltd. | क्लाउड होस्टिंग और स्टोरेज | भारत (मुंबई) |
| Razorpay Software Pvt. Ltd. | सदस्यता भुगतान और UPI ऑटोपे | भारत |
| Google LLC (Firebase) | क्रैश रिपोर्ट और ऐप प्रदर्शन | भारत और अमेरिका |
| Kaleyra Technologies | OTP और SMS भेजना | भारत |

कलाकारों और लेबलों को केवल एकत्रित आँकड़े मिलते हैं, जिनसे किसी व्यक्ति की पहचान नहीं की जा सकती। यदि सुरसागर का किसी अन्य कंपनी के साथ विलय या अधिग्रहण होता है, तो आपका डेटा इसी नीति की शर्तों के अधीन नई कंपनी को हस्तांतरित किया जा सकता है, और हम इसकी सूचना आपको पहले से देंगे।

## 5. डेटा कितने समय तक रखा जाता है

- खाता जानकारी: खाता सक्रिय रहने तक, और खाता हटाने के अनुरोध के 30 दिन बाद तक;
- सुनने का इतिहास: 36 महीने, उसके बाद इसे गुमनाम कर दिया जाता है;
- भुगतान रिकॉर्ड: आयकर और जीएसटी क़ानूनों के अनुसार 8 वर्ष;
- सहायता अनुरोध: मामला बंद होने के 12 महीने बाद तक;
- निष्क्रिय खाते: लगातार तीन वर्ष तक लॉग-इन न होने पर खाता और उससे जुड़ा डेटा हटा दिया जाता है। हटाने से कम से कम 48 घंटे पहले आपको सूचना दी जाएगी।

## 6. बच्चों का डेटा

सुरसागर का खाता बनाने के लिए आपकी आयु कम से कम 18 वर्ष होनी चाहिए। 18 वर्ष से कम आयु के उपयोगकर्ता केवल माता-पिता या वैध अभिभावक की सत्यापित सहमति से फ़ैमिली प्लान के अंतर्गत बने प्रोफ़ाइल का उपयोग कर सकते हैं। ऐसे प्रोफ़ाइल पर हम व्यक्तिगत विज्ञापन नहीं दिखाते, व्यवहार संबंधी ट्रैकिंग नहीं करते और स्पष्ट (एक्सप्लिसिट) बोल वाले गाने अपने आप फ़िल्टर कर दिए जाते हैं।

## 7. कुकीज़ और मिलते-जुलते तरीक़े

हमारी वेबसाइट लॉग-इन बनाए रखने, भाषा की पसंद याद रखने और उपयोग के आँकड़े समझने के लिए कुकीज़ का उपयोग करती है। आवश्यक कुकीज़ के अलावा अन्य सभी कुकीज़ आपकी सहमति के बाद ही लगाई जाती हैं। आप वेबसाइट के नीचे दिए गए "कुकी सेटिंग्स" लिंक से अपनी पसंद कभी भी बदल सकते हैं। अधिक जानकारी के लिए हमारी [कुकी नीति](/hi/cookie-policy) देखें।

## 8. आपके अधिकार

DPDP अधिनियम के अंतर्गत आपको निम्नलिखित अधिकार प्राप्त हैं:

- अपने व्यक्तिगत डेटा और उसके प्रसंस्करण का सारांश प्राप्त करने का अधिकार;
- ग़लत या अधूरे डेटा को सुधारने और अद्यतन करने का अधिकार;
- डेटा मिटाने का अधिकार, जब तक क़ानून के अनुसार उसे रखना आवश्यक न हो;
- शिकायत निवारण का अधिकार;
- अपनी मृत्यु या अक्षमता की स्थिति में अपने अधिकारों के उपयोग के लिए किसी अन्य व्यक्ति को नामित करने का अधिकार।

इन अधिकारों का उपयोग करने के लिए ऐप में **प्रोफ़ाइल > मदद > मेरा डेटा** पर जाएँ या नीचे दिए गए ईमेल पर लिखें। पहचान की पुष्टि के बाद हम 30 दिनों के भीतर जवाब देने का प्रयास करते हैं।

## 9. डेटा की सुरक्षा

आपका डेटा एन्क्रिप्टेड कनेक्शन (TLS) के माध्यम से भेजा जाता है और सुरक्षीत सर्वरों पर रखा जाता है। हमारे कर्मचारियों को डेटा तक केवल उतनी ही पहुँच मिलती है जितनी उनके काम के लिए ज़रूरी है, और हर पहुँच का लॉग रखा जाता है। किसी डेटा उल्लंघन की स्थिति में हम भारतीय डेटा संरक्षण बोर्ड और प्रभावित उपयोगकर्ताओं को क़ानून के अनुसार सूचित करेंगे।

## 10. शिकायत अधिकारी

यदि आपको अपने डेटा के बारे में कोई प्रश्न या शिकायत है, तो कृपया हमारे शिकायत अधिकारी से संपर्क करें:

@ श्रीमती अनुराधा कुलकर्णी, शिकायत अधिकारी
@ सुरसागर म्यूज़िक प्राइवेट लिमिटेड
@ चौथी मंज़िल, ट्रेड सेंटर, बांद्रा कुर्ला कॉम्प्लेक्स
@ बांद्रा (पूर्व), मुंबई – 400051, महाराष्ट्र
@ ईमेल: grievance@sursaagar.in
@ फ़ोन: +91 22 4890 1200 (सोमवार से शुक्रवार, सुबह 10 से शाम 6 बजे तक)

यदि आप हमारे जवाब से संतुष्ट नहीं हैं, तो आप भारतीय डेटा संरक्षण बोर्ड के समक्ष शिकायत दर्ज कर सकते हैं।

## 11. इस नीति में बदलाव

हम समय-समय पर इस नीति को अपडेट कर सकते हैं। महत्वपूर्ण बदलावों की सूचना हम ऐप में नोटिफ़िकेशन या ईमेल के माध्यम से देंगे। इस पृष्ठ के ऊपर दी गई तारीख़ बताती है कि नीति आख़िरी बार कब बदली गई थी।
"""

MONTHS = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर",
          "दिसंबर"]


def fmt_date(d):
    return "अंतिम अपडेट: %d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "processor added to the sharing table (CleverTap, app notifications and analytics)",
     "repl": [("| Kaleyra Technologies | OTP और SMS भेजना | भारत |",
               "| Kaleyra Technologies | OTP और SMS भेजना | भारत |\n"
               "| CleverTap Pvt. Ltd. | ऐप नोटिफ़िकेशन और उपयोग विश्लेषण | भारत |")]},
    {"note": "typo fixed in the security section (सुरक्षीत -> सुरक्षित), date not changed",
     "repl": [("सुरक्षीत सर्वरों", "सुरक्षित सर्वरों")], "bump": False},
    {"note": "retention of listening history shortened from 36 to 24 months",
     "repl": [("- सुनने का इतिहास: 36 महीने,", "- सुनने का इतिहास: 24 महीने,")]},
    {"note": "new grievance officer: name and phone number changed",
     "repl": [("@ श्रीमती अनुराधा कुलकर्णी, शिकायत अधिकारी", "@ श्री रोहन मेहता, शिकायत अधिकारी"),
              ("@ फ़ोन: +91 22 4890 1200", "@ फ़ोन: +91 22 6972 3300")]},
    {"note": "word inserted: wallets among payment types in the data table",
     "repl": [("UPI या कार्ड का प्रकार", "UPI, वॉलेट या कार्ड का प्रकार")]},
    {"note": "section 12 added on voice search and song recognition",
     "repl": [("इस पृष्ठ के ऊपर दी गई तारीख़ बताती है कि नीति आख़िरी बार कब बदली गई थी।",
               "इस पृष्ठ के ऊपर दी गई तारीख़ बताती है कि नीति आख़िरी बार कब बदली गई थी।\n\n"
               "## 12. वॉइस सर्च और गाना पहचान\n\n"
               "जब आप वॉइस सर्च या \"गाना पहचानें\" सुविधा का उपयोग करते हैं, तो हम माइक्रोफ़ोन से कुछ सेकंड की "
               "रिकॉर्डिंग केवल आपके अनुरोध को पूरा करने के लिए संसाधित करते हैं। यह रिकॉर्डिंग 24 घंटे के भीतर "
               "हटा दी जाती है और इसका उपयोग विज्ञापन के लिए नहीं किया जाता। आप किसी भी समय अपने डिवाइस की "
               "सेटिंग्स में माइक्रोफ़ोन की अनुमति बंद कर सकते हैं।")]},
]


# ---------------------------------------------------------------- noise

def _build(rng):
    h8 = lambda: C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")  # esbuild's output hashes
    return {"polyfills": h8(), "main": h8(), "styles": h8(), "chunk": h8(),
            "root": str(rng.randint(10 ** 9, 4 * 10 ** 9)), "hdr": str(rng.randint(10 ** 9, 4 * 10 ** 9)),
            "page": str(rng.randint(10 ** 9, 4 * 10 ** 9)), "blk": str(rng.randint(10 ** 9, 4 * 10 ** 9)),
            "ftr": str(rng.randint(10 ** 9, 4 * 10 ** 9)), "player": str(rng.randint(10 ** 9, 4 * 10 ** 9))}


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["build"] = C.keep_or(rng, p.get("build"), 0.35, lambda: _build(rng))
    ms = rng.randint(0, 999)
    st["transfer"] = {"requestId": C.uuid4(rng),
                      "fetchedAt": C.iso(when - dt.timedelta(seconds=rng.randint(1, 40))).replace("Z", ".%03dZ" % ms),
                      "key": str(rng.randint(10 ** 9, 4 * 10 ** 9))}
    return st


LABELS = {"build": "Angular build: bundle hashes and _ngcontent-ng-c ids (also on every element inside the policy "
                   "container)",
          "transfer": "ng-state transfer cache (request id, CMS fetch time)"}


# ---------------------------------------------------------------- render

def _blocks(blocks, b):
    """Each CMS block through <app-cms-block>: Angular stamps its own _ngcontent attribute on every element."""
    blk, page = b["blk"], b["page"]
    a = ' _ngcontent-ng-c%s=""' % blk

    cls = {("h1", "h1"): "cms-title", ("h2", "h2"): "cms-heading", ("h3", "h3"): "cms-subheading",
           ("p", "p"): "cms-paragraph", ("p", "addr"): "cms-address", ("ul", "ul"): "cms-list",
           ("table", "table"): "cms-table"}

    def attr(tag, kind):
        c = cls.get((tag, kind))
        return a + (' class="%s"' % c if c else "")

    out = []
    for bl in blocks:
        kind = bl[0]
        inner = K.render([bl], attr=attr, table_wrap=lambda t: '<div%s class="cms-table__scroll">%s</div>' % (a, t))
        out.append('<app-cms-block _ngcontent-ng-c%s="" _nghost-ng-c%s="" ngh="0" data-kind="%s">%s<!--container-->'
                   '</app-cms-block>' % (page, blk, kind if kind != "addr" else "address", inner))
    return "".join(out)


def render(state, blocks, when):
    b = state["build"]
    t = state["transfer"]
    root, hdr, page, ftr, pl = b["root"], b["hdr"], b["page"], b["ftr"], b["player"]
    ng_state = {
        "__nghData__": [{"t": {"2": "t0"}, "c": {"2": []}}, {"c": {"4": [{"i": "c" + page, "r": 1}]}}],
        t["key"]: {"b": {"slug": "privacy-policy", "locale": "hi", "template": "legal",
                         "seo": {"title": "गोपनीयता नीति", "noindex": False},
                         "meta": {"requestId": t["requestId"], "fetchedAt": t["fetchedAt"]}},
                   "h": {}, "s": 200, "st": "OK",
                   "u": "https://cms.sursaagar.in/api/v2/pages/privacy-policy?locale=hi", "rt": "json"},
    }
    nav = "".join('<li _ngcontent-ng-c%s="" class="sh-nav__item"><a _ngcontent-ng-c%s="" href="%s" '
                  'class="sh-nav__link">%s</a></li>' % (hdr, hdr, h, x) for h, x in (
                      ("/hi", "होम"), ("/hi/browse", "ब्राउज़ करें"), ("/hi/podcasts", "पॉडकास्ट"),
                      ("/hi/radio", "रेडियो"), ("/hi/library", "मेरी लाइब्रेरी")))
    foot = "".join('<li _ngcontent-ng-c%s=""><a _ngcontent-ng-c%s="" href="%s">%s</a></li>' % (ftr, ftr, h, x)
                   for h, x in (("/hi/about", "हमारे बारे में"), ("/hi/careers", "करियर"),
                                ("/hi/premium", "सुरसागर प्रीमियम"), ("/hi/terms", "उपयोग की शर्तें"),
                                ("/hi/privacy-policy", "गोपनीयता नीति"), ("/hi/cookie-policy", "कुकी नीति"),
                                ("/hi/grievance", "शिकायत निवारण"), ("https://artists.sursaagar.in", "कलाकारों के लिए")))
    return """<!DOCTYPE html><html lang="hi" data-critters-container><head>
  <meta charset="utf-8">
  <title>गोपनीयता नीति | सुरसागर – हिंदी गाने, पॉडकास्ट और रेडियो</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
  <link rel="manifest" href="manifest.webmanifest">
  <meta name="theme-color" content="#d8342c">
  <link rel="preconnect" href="https://img.sursaagar.in" crossorigin>
  <link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
<style>@font-face{font-family:'Mukta';font-style:normal;font-weight:400;font-display:swap;src:url(https://fonts.gstatic.com/s/mukta/v16/iJWKBXyXfDDVXbnArXyi0A.woff2) format('woff2');unicode-range:U+0900-097F,U+1CD0-1CF9,U+200C-200D,U+20A8,U+20B9,U+25CC,U+A830-A839,U+A8E0-A8FF;}html,body{margin:0;background:#0f0f12;color:#f2f2f4;font-family:Mukta,system-ui,sans-serif}</style><link rel="stylesheet" href="styles-%(styles)s.css" media="print" onload="this.media='all'"><noscript><link rel="stylesheet" href="styles-%(styles)s.css"></noscript><meta name="description" content="सुरसागर पर आपका डेटा कैसे एकत्र, उपयोग और सुरक्षित किया जाता है।"><link rel="canonical" href="%(url)s"><link rel="alternate" hreflang="en" href="https://www.sursaagar.in/en/privacy-policy"><link rel="alternate" hreflang="hi" href="%(url)s"><meta property="og:title" content="गोपनीयता नीति | सुरसागर"><meta property="og:url" content="%(url)s"><meta property="og:image" content="https://img.sursaagar.in/static/og/sursaagar-1200x630.png"><style ng-app-id="ng">.static-page[_ngcontent-ng-c%(page)s]{max-width:860px;margin:0 auto;padding:32px 20px 120px}.static-page__content[_ngcontent-ng-c%(page)s]{line-height:1.75}[_nghost-ng-c%(blk)s]{display:block}.cms-table__scroll[_ngcontent-ng-c%(blk)s]{overflow-x:auto}.cms-table[_ngcontent-ng-c%(blk)s]{border-collapse:collapse;width:100%%}.cms-table[_ngcontent-ng-c%(blk)s] td[_ngcontent-ng-c%(blk)s], .cms-table[_ngcontent-ng-c%(blk)s] th[_ngcontent-ng-c%(blk)s]{border:1px solid #33333b;padding:8px 10px;text-align:left}</style><style ng-app-id="ng">.sh-header[_ngcontent-ng-c%(hdr)s]{position:sticky;top:0;z-index:20;display:flex;align-items:center;height:64px;padding:0 24px;background:#141419}</style><style ng-app-id="ng">.player-bar[_ngcontent-ng-c%(player)s]{position:fixed;left:0;right:0;bottom:0;height:72px;background:#1b1b22;border-top:1px solid #2a2a33}</style>
  <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8" data-domain-script="8f3c71e2-51a9-4d0b-9c62-07a4e5b1d2f0"></script>
  <script type="text/javascript">function OptanonWrapper() { window.dataLayer = window.dataLayer || []; window.dataLayer.push({event: 'OneTrustGroupsUpdated'}); }</script>
  <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-K7XQ2M9');</script>
<link rel="modulepreload" href="chunk-%(chunk)s.js"></head>
<body class="lang-hi">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7XQ2M9" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<app-root _nghost-ng-c%(root)s="" ng-version="17.3.8" ngh="4" ng-server-context="ssr"><app-header _ngcontent-ng-c%(root)s="" _nghost-ng-c%(hdr)s="" ngh="0"><header _ngcontent-ng-c%(hdr)s="" class="sh-header"><a _ngcontent-ng-c%(hdr)s="" href="/hi" class="sh-logo" aria-label="सुरसागर होम"><img _ngcontent-ng-c%(hdr)s="" src="https://img.sursaagar.in/static/logo/sursaagar-wordmark.svg" alt="सुरसागर" width="132" height="32"></a><nav _ngcontent-ng-c%(hdr)s="" class="sh-nav" aria-label="मुख्य"><ul _ngcontent-ng-c%(hdr)s="" class="sh-nav__list">%(nav)s</ul></nav><form _ngcontent-ng-c%(hdr)s="" class="sh-search" role="search" action="/hi/search"><input _ngcontent-ng-c%(hdr)s="" type="search" name="q" placeholder="गाने, कलाकार या पॉडकास्ट खोजें" aria-label="खोजें"></form><div _ngcontent-ng-c%(hdr)s="" class="sh-lang"><a _ngcontent-ng-c%(hdr)s="" href="/en/privacy-policy" hreflang="en">English</a></div><a _ngcontent-ng-c%(hdr)s="" href="/hi/login" class="sh-btn sh-btn--ghost">लॉग इन करें</a><a _ngcontent-ng-c%(hdr)s="" href="/hi/premium" class="sh-btn sh-btn--primary">प्रीमियम आज़माएँ</a></header></app-header><main _ngcontent-ng-c%(root)s="" class="sh-main" id="main"><router-outlet _ngcontent-ng-c%(root)s=""></router-outlet><app-static-page _nghost-ng-c%(page)s="" ngh="1"><section _ngcontent-ng-c%(page)s="" class="static-page"><div _ngcontent-ng-c%(page)s="" class="static-page__content" lang="hi">%(content)s<!--container--></div></section></app-static-page><!--container--></main><app-footer _ngcontent-ng-c%(root)s="" _nghost-ng-c%(ftr)s="" ngh="2"><footer _ngcontent-ng-c%(ftr)s="" class="sh-footer"><div _ngcontent-ng-c%(ftr)s="" class="sh-footer__cols"><ul _ngcontent-ng-c%(ftr)s="" class="sh-footer__links">%(foot)s</ul><div _ngcontent-ng-c%(ftr)s="" class="sh-footer__apps"><a _ngcontent-ng-c%(ftr)s="" href="https://play.google.com/store/apps/details?id=in.sursaagar.music"><img _ngcontent-ng-c%(ftr)s="" src="https://img.sursaagar.in/static/badges/google-play-hi.svg" alt="Google Play पर पाएँ" width="135" height="40"></a><a _ngcontent-ng-c%(ftr)s="" href="https://apps.apple.com/in/app/sursaagar/id1582049113"><img _ngcontent-ng-c%(ftr)s="" src="https://img.sursaagar.in/static/badges/app-store-hi.svg" alt="App Store से डाउनलोड करें" width="120" height="40"></a></div></div><p _ngcontent-ng-c%(ftr)s="" class="sh-footer__legal">© सुरसागर म्यूज़िक प्राइवेट लिमिटेड। सर्वाधिकार सुरक्षित। <button _ngcontent-ng-c%(ftr)s="" id="ot-sdk-btn" class="ot-sdk-show-settings sh-linkbtn">कुकी सेटिंग्स</button></p></footer></app-footer><app-player-bar _ngcontent-ng-c%(root)s="" _nghost-ng-c%(player)s="" ngh="3"><div _ngcontent-ng-c%(player)s="" class="player-bar player-bar--idle" role="region" aria-label="प्लेयर"><div _ngcontent-ng-c%(player)s="" class="player-bar__track"><span _ngcontent-ng-c%(player)s="" class="player-bar__placeholder">कोई गाना नहीं चल रहा है</span></div><div _ngcontent-ng-c%(player)s="" class="player-bar__controls"><button _ngcontent-ng-c%(player)s="" class="pb-btn pb-btn--prev" aria-label="पिछला" disabled></button><button _ngcontent-ng-c%(player)s="" class="pb-btn pb-btn--play" aria-label="चलाएँ" disabled></button><button _ngcontent-ng-c%(player)s="" class="pb-btn pb-btn--next" aria-label="अगला" disabled></button></div></div></app-player-bar></app-root>
<script src="polyfills-%(polyfills)s.js" type="module"></script><script src="main-%(main)s.js" type="module"></script>

<script id="ng-state" type="application/json">%(ngstate)s</script></body></html>
""" % dict(b, url=URL, nav=nav, foot=foot, content=_blocks(blocks, b),
           ngstate=json.dumps(ng_state, ensure_ascii=False, separators=(",", ":")))


PAGE = {
    "service": "Sursaagar",
    "url": URL,
    "lang": "hi",
    "platform": "Angular 17 Universal (SSR, hydration), CMS blocks rendered by Angular components, OneTrust, GTM",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "CloudFront"), ("X-Powered-By", "Express"), ("Vary", "Accept-Encoding"),
                      ("Cache-Control", "no-cache")),
    "n": 30,
    "start": dt.date(2023, 10, 2),
    "end": dt.date(2025, 10, 20),
    "hours": (3, 15),
    "policy": POLICY,
    "first_updated": dt.date(2023, 9, 18),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".static-page__content"},
}
