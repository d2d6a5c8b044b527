"""Fantasy Maidan (Indian daily-fantasy-sports app's website, Hindi version), Webflow.

A fairly clean page: each publish rewrites the "Last Published" comment before <html> and, when styles changed,
the site CSS file's hash; the navbar holds a CMS collection list of today's matches that the team updates (and
publishes) daily. The tables sit in Webflow HTML embeds (w-embed) inside the rich text; the declared
.legal-rich-text itself carries no volatile markup.
"""
import datetime as dt

import common as C

URL = "https://www.fantasymaidan.in/hi/privacy-policy"

POLICY = """# गोपनीयता नीति

अंतिम अपडेट: {UPDATED}

मैदान स्पोर्ट्स टेक्नोलॉजीज़ प्राइवेट लिमिटेड ("फ़ैंटेसी मैदान", "हम", "हमारा") फ़ैंटेसी मैदान वेबसाइट और मोबाइल ऐप का संचालन करती है। हम आपकी निजता का सम्मान करते हैं। यह गोपनीयता नीति बताती है कि जब आप हमारे प्लेटफ़ॉर्म पर पंजीकरण करते हैं, फ़ैंटेसी प्रतियोगिताओं में भाग लेते हैं या हमसे संपर्क करते हैं, तब हम आपकी कौन-सी व्यक्तिगत जानकारी एकत्र करते हैं, उसका उपयोग कैसे करते हैं और उसे किसके साथ साझा करते हैं।

यह नीति सूचना प्रौद्योगिकी अधिनियम, 2000, सूचना प्रौद्योगिकी (उचित सुरक्षा प्रथाएँ और प्रक्रियाएँ तथा संवेदनशील व्यक्तिगत डेटा या सूचना) नियम, 2011 और डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 के अनुसार तैयार की गई है। इस नीति का अंग्रेज़ी संस्करण और हिंदी संस्करण समान हैं; किसी विरोधाभास की स्थिति में अंग्रेज़ी संस्करण मान्य होगा।

## 1. हम कौन-सी जानकारी एकत्र करते हैं

- **खाता जानकारी:** नाम, मोबाइल नंबर, ईमेल पता, जन्म तिथि और राज्य।
- **KYC जानकारी:** पैन कार्ड की प्रति और पैन नंबर, बैंक खाते का विवरण या UPI आईडी, और आवश्यकता होने पर आधार (केवल अंतिम चार अंक दिखाई देने वाली मास्क्ड प्रति)।
- **लेन-देन की जानकारी:** जमा राशि, प्रतियोगिता शुल्क, जीत की राशि, निकासी और काटा गया TDS।
- **खेल से जुड़ी जानकारी:** आपके द्वारा बनाई गई टीमें, जुड़ी हुई प्रतियोगिताएँ और रेफ़रल।
- **तकनीकी जानकारी:** डिवाइस आईडी, IP पता, ऑपरेटिंग सिस्टम, ऐप का संस्करण और अनुमानित लोकेशन।

हम अपनी वेबसाइट और ऐप पर कुकीज़ और इसी तरह की तकनीकों का उपयोग करते हैं, ताकि आप लॉग-इन रह सकें, हम धोखाधड़ी रोक सकें और यह समझ सकें कि लोग हमारे प्लेटफ़ॉर्म का उपयोग कैसे करते हैं। आप अपने ब्राउज़र या डिवाइस की सेटिंग में जाकर कुकीज़ को बंद कर सकते हैं, लेकिन ऐसा करने पर कुछ सुविधाएँ ठीक से काम नहीं करेंगी।

## 2. आयु और राज्य संबंधी प्रतिबंध

फ़ैंटेसी मैदान पर नकद प्रतियोगिताओं में केवल 18 वर्ष या उससे अधिक आयु के भारतीय निवासी भाग ले सकते हैं। आंध्र प्रदेश, असम, नागालैंड, ओडिशा, सिक्किम और तेलंगाना के निवासी नकद प्रतियोगिताओं में भाग नहीं ले सकते। इस प्रतिबंध का पालन करने के लिए हम आपकी लोकेशन और KYC दस्तावेज़ में दर्ज पते की जाँच करते हैं।

## 3. हम आपकी जानकारी का उपयोग कैसे करते हैं

- आपका खाता बनाने, सत्यापित करने और प्रबंधित करने के लिए;
- प्रतियोगिताएँ चलाने, परिणाम घोषित करने और जीत की राशि का भुगतान करने के लिए;
- आयकर अधिनियम, 1961 के तहत TDS काटने और सरकार को रिपोर्ट करने के लिए;
- धोखाधड़ी, एक से अधिक खातों और अनुचित खेल का पता लगाने के लिए;
- आपकी सहमति से आपको ऑफ़र, नई प्रतियोगिताओं और मैच अलर्ट की जानकारी भेजने के लिए;
- हमारी सेवाओं को बेहतर बनाने के लिए विश्लेषण करने हेतु।

## 4. जानकारी किसके साथ साझा की जाती है

हम आपकी व्यक्तिगत जानकारी नहीं बेचते। हम इसे केवल नीचे दिए गए भागीदारों के साथ और केवल आवश्यक सीमा तक साझा करते हैं:

| भागीदार | उद्देश्य |
| Razorpay Software Pvt. Ltd. | जमा और भुगतान प्रक्रिया |
| Digio Internet Pvt. Ltd. | पैन और बैंक खाते का सत्यापन |
| Amazon Web Services India Pvt. Ltd. | क्लाउड होस्टिंग (मुंबई क्षेत्र) |
| MoEngage India Pvt. Ltd. | पुश नोटिफ़िकेशन और SMS |
| Google Firebase | ऐप का विश्लेषण और क्रैश रिपोर्ट |

कानून द्वारा आवश्यक होने पर हम जानकारी आयकर विभाग, पुलिस, न्यायालय या किसी अन्य सरकारी प्राधिकरण को भी दे सकते हैं।

जब आप किसी दोस्त को रेफ़रल कोड भेजते हैं, तो हम केवल यह दर्ज करते हैं कि किस रेफ़रल कोड से नया खाता बना, ताकि रेफ़रल बोनस दिया जा सके। हम आपके फ़ोन की संपर्क सूची अपने सर्वर पर अपलोड नहीं करते। निजी प्रतियोगिता (प्राइवेट कॉन्टेस्ट) में आपकी टीम का नाम और रैंक उस प्रतियोगिता के अन्य प्रतिभागियों को दिखाई देते हैं।

## 5. TDS और कर संबंधी जानकारी

आयकर अधिनियम, 1961 की धारा 194BA के अनुसार, किसी वित्तीय वर्ष में आपकी शुद्ध जीत पर 30% की दर से TDS काटा जाता है। इसके लिए आपका पैन अनिवार्य है। काटे गए TDS का विवरण आपके पैन के साथ आयकर विभाग को भेजा जाता है और फ़ॉर्म 16A के रूप में आपको उपलब्ध कराया जाता है।

## 6. जानकारी कितने समय तक रखी जाती है

हम आपकी जानकारी तब तक रखते हैं जब तक आपका खाता सक्रिय है। खाता बंद होने के बाद KYC और लेन-देन से जुड़े रिकॉर्ड कर और धन-शोधन निवारण कानूनों के अनुसार 5 वर्ष तक रखे जाते हैं। यदि आपका खाता 24 महीने तक निष्क्रिय रहता है, तो हम आपको सूचित करने के बाद उसे बंद कर सकते हैं।

## 7. आपके अधिकार

डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 के तहत आपको निम्नलिखित अधिकार प्राप्त हैं:

- अपनी व्यक्तिगत जानकारी का सारांश प्राप्त करने का अधिकार;
- गलत या अधूरी जानकारी को सुधारने और अपडेट करने का अधिकार;
- अपनी जानकारी मिटाने का अनुरोध करने का अधिकार, जब तक कानून उसे रखने की माँग न करे;
- किसी भी समय अपनी सहमति वापस लेने का अधिकार;
- शिकायत निवारण का अधिकार और किसी अन्य व्यक्ति को नामांकित करने का अधिकार।

इन अधिकारों का उपयोग करने के लिए ऐप में "मेरा खाता" में जाएँ या [privacy@fantasymaidan.in](mailto:privacy@fantasymaidan.in) पर लिखें।

## 8. सुरक्षा

हम आपकी जानकारि की सुरक्षा के लिए एन्क्रिप्शन, एक्सेस कंट्रोल और नियमित सुरक्षा ऑडिट का उपयोग करते हैं। हमारे सर्वर भारत में स्थित हैं। कृपया अपना OTP और पासवर्ड किसी के साथ साझा न करें; फ़ैंटेसी मैदान का कोई भी कर्मचारी आपसे कभी OTP नहीं माँगेगा।

## 9. शिकायत अधिकारी

सूचना प्रौद्योगिकी नियमों के अनुसार, इस नीति या आपकी जानकारी से जुड़ी किसी भी शिकायत के लिए आप हमारे शिकायत अधिकारी से संपर्क कर सकते हैं:

@ श्री राहुल मेहता, शिकायत अधिकारी
@ मैदान स्पोर्ट्स टेक्नोलॉजीज़ प्राइवेट लिमिटेड
@ तीसरी मंज़िल, प्रेस्टीज टेक पार्क, आउटर रिंग रोड, बेंगलुरु 560103
@ ईमेल: grievance@fantasymaidan.in

हम 48 घंटों के भीतर आपकी शिकायत की पावती देंगे और 15 दिनों के भीतर उसका समाधान करने का प्रयास करेंगे।

## 10. इस नीति में बदलाव

हम समय-समय पर इस नीति को अपडेट कर सकते हैं। महत्वपूर्ण बदलाव होने पर हम ऐप में सूचना देंगे। बदलाव के बाद प्लेटफ़ॉर्म का उपयोग जारी रखने का अर्थ है कि आप संशोधित नीति से सहमत हैं।

इस खेल में वित्तीय जोखिम शामिल है और इसकी लत लग सकती है। कृपया ज़िम्मेदारी से और अपने जोखिम पर खेलें।"""

EDITS = [
    {"note": "payout processor added (Cashfree) to the partners table",
     "repl": [("| Digio Internet Pvt. Ltd. |",
               "| Cashfree Payments India Pvt. Ltd. | जीत की राशि का बैंक/UPI में भुगतान |\n| Digio Internet Pvt. Ltd. |")]},
    {"note": "typo fixed: जानकारि -> जानकारी", "bump": False,
     "repl": [("हम आपकी जानकारि की सुरक्षा", "हम आपकी जानकारी की सुरक्षा")]},
    {"note": "grievance officer replaced (name and e-mail)",
     "repl": [("@ श्री राहुल मेहता, शिकायत अधिकारी", "@ सुश्री अनन्या राव, शिकायत अधिकारी"),
              ("@ ईमेल: grievance@fantasymaidan.in", "@ ईमेल: grievance.officer@fantasymaidan.in")]},
    {"note": "dormant-account period changed from 24 to 12 months",
     "repl": [("यदि आपका खाता 24 महीने तक निष्क्रिय रहता है", "यदि आपका खाता 12 महीने तक निष्क्रिय रहता है")]},
    {"note": "new section: consent managers and GST on deposits (2023 GST change)",
     "repl": [("## 8. सुरक्षा", "## 8. सहमति प्रबंधक और GST\n\n"
               "डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 के तहत पंजीकृत सहमति प्रबंधक के माध्यम से भी आप अपनी "
               "सहमति दे, उसकी समीक्षा कर या उसे वापस ले सकते हैं। 1 अक्टूबर 2023 से जमा राशि पर 28% GST लागू है; "
               "GST की गणना और रिपोर्टिंग के लिए हम आपकी जमा राशि और राज्य की जानकारी का उपयोग करते हैं।\n\n"
               "## 9. सुरक्षा"),
              ("## 9. शिकायत अधिकारी", "## 10. शिकायत अधिकारी"),
              ("## 10. इस नीति में बदलाव", "## 11. इस नीति में बदलाव")]},
]

MONTHS = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर",
          "दिसंबर"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


TEAMS = ["IND", "AUS", "ENG", "SA", "NZ", "PAK", "SL", "BAN", "AFG", "WI", "CSK", "MI", "RCB", "KKR", "SRH",
         "DC", "RR", "PBKS", "GT", "LSG"]
SITE = "65a1f0c2e3b4d5a6f708190e"
WFPAGE = "65a1f0c2e3b4d5a6f7081a3c"


def noise(rng, when, i, prev):
    prev = prev or {}
    pub = when - dt.timedelta(hours=rng.randint(1, 30), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
    matches = tuple((tuple(rng.sample(TEAMS, 2)), rng.choice(["3:30", "7:30", "7:00", "2:00", "9:30"]),
                     rng.choice(["₹1 करोड़", "₹50 लाख", "₹25 लाख", "₹2 करोड़", "₹10 लाख"])) for _ in range(rng.randint(2, 4)))
    return {
        "published": pub.strftime("%a %b %d %Y %H:%M:%S GMT+0000 (Coordinated Universal Time)"),
        "css": C.keep_or(rng, prev.get("css"), 0.3, lambda: C.hexs(rng, 9)),
        "matches": matches,
    }


LABELS = {"published": "Webflow 'Last Published' comment", "css": "site CSS file hash",
          "matches": "today's matches strip (CMS list) in the navbar"}


def render(s, blocks, when):
    parts = []
    for kind, v in blocks:
        if kind == "table":
            parts.append('<div class="w-embed"><table class="legal-table">%s</table></div>'
                         % C.block_html((kind, v))[len("<table>"):-len("</table>")])
        elif kind in ("ul", "ol"):
            parts.append(C.block_html((kind, v)).replace("<%s>" % kind, '<%s role="list">' % kind, 1))
        else:
            parts.append(C.block_html((kind, v)))
    rich = "".join(parts)
    pills = "".join('<div role="listitem" class="match-pill w-dyn-item"><div class="match-teams">%s vs %s</div>'
                    '<div class="match-time">शाम %s</div><div class="match-prize">मेगा कॉन्टेस्ट %s</div></div>'
                    % (a, b, t, p) for (a, b), t, p in s["matches"])
    return ('<!DOCTYPE html><!-- Last Published: %s --><html data-wf-domain="www.fantasymaidan.in" data-wf-page="%s" '
            'data-wf-site="%s" lang="hi"><head><meta charset="utf-8"/><title>गोपनीयता नीति | फ़ैंटेसी मैदान</title>'
            '<meta content="फ़ैंटेसी मैदान की गोपनीयता नीति: हम आपकी जानकारी कैसे एकत्र, उपयोग और सुरक्षित करते हैं।" name="description"/>'
            '<meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/>'
            '<link href="https://assets-global.website-files.com/%s/css/fantasymaidan.webflow.%s.css" rel="stylesheet" type="text/css"/>'
            '<link href="https://fonts.googleapis.com" rel="preconnect"/><script src="https://ajax.googleapis.com/ajax/libs/webfont/1.6.26/webfont.js" '
            'type="text/javascript"></script><script type="text/javascript">WebFont.load({  google: {    families: ["Mukta:regular,500,700:devanagari,latin"]  }});</script>'
            '<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",'
            '("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>'
            '<link href="https://assets-global.website-files.com/%s/65a1f3b7c2d9e0a4f1b2c3d4_favicon.png" rel="shortcut icon" type="image/x-icon"/>'
            '<script async="" src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M9XBLP"></script><script type="text/javascript">'
            'window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag(\'js\', new Date());'
            'gtag(\'set\', \'developer_id.dZGVlNj\', true);gtag(\'config\', \'G-7QK2M9XBLP\');</script></head>'
            '<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" '
            'data-easing2="ease" role="banner" class="navbar w-nav"><div class="nav-container w-container">'
            '<a href="/hi" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/%s/65a1f3b7c2d9e0a4f1b2c3e1_logo.svg" '
            'loading="lazy" alt="फ़ैंटेसी मैदान" class="logo"/></a><nav role="navigation" class="nav-menu w-nav-menu">'
            '<a href="/hi/how-to-play" class="nav-link w-nav-link">कैसे खेलें</a><a href="/hi/fantasy-points" class="nav-link w-nav-link">फ़ैंटेसी पॉइंट्स</a>'
            '<a href="/hi/blog" class="nav-link w-nav-link">ब्लॉग</a><a href="/privacy-policy" class="nav-link lang w-nav-link">English</a>'
            '<a href="https://app.fantasymaidan.in/download" class="button-download w-button">ऐप डाउनलोड करें</a></nav>'
            '<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div>'
            '<div class="todays-matches"><div class="todays-label">आज के मुकाबले</div><div class="w-dyn-list">'
            '<div role="list" class="match-list w-dyn-items">%s</div></div></div></div>'
            '<section class="section-legal"><div class="container w-container"><div class="legal-rich-text w-richtext">%s</div>'
            '</div></section><footer class="footer"><div class="w-container"><div class="footer-grid w-layout-grid">'
            '<a href="/hi/about" class="footer-link">हमारे बारे में</a><a href="/hi/terms" class="footer-link">नियम और शर्तें</a>'
            '<a href="/hi/privacy-policy" aria-current="page" class="footer-link w--current">गोपनीयता नीति</a>'
            '<a href="/hi/responsible-gaming" class="footer-link">ज़िम्मेदार गेमिंग</a><a href="/hi/contact" class="footer-link">संपर्क करें</a></div>'
            '<div class="footer-disclaimer">इस खेल में वित्तीय जोखिम शामिल है और इसकी लत लग सकती है। कृपया ज़िम्मेदारी से और अपने जोखिम पर खेलें। '
            'केवल 18+ के लिए। आंध्र प्रदेश, असम, नागालैंड, ओडिशा, सिक्किम और तेलंगाना के निवासियों के लिए उपलब्ध नहीं।</div>'
            '<div class="footer-copy">© %d मैदान स्पोर्ट्स टेक्नोलॉजीज़ प्राइवेट लिमिटेड</div></div></footer>'
            '<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=%s" type="text/javascript" '
            'integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>'
            '<script src="https://assets-global.website-files.com/%s/js/webflow.2b9e6c4a1.js" type="text/javascript"></script>'
            '</body></html>' % (s["published"], WFPAGE, SITE, SITE, s["css"], SITE, SITE, pills, rich, when.year, SITE, SITE))


PAGE = {
    "service": "Fantasy Maidan",
    "url": URL,
    "lang": "hi",
    "platform": "Webflow",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-Lambda-Id", "b2c7f1e0-3a9d-4e2b-8c61-5d0f7a9e1b34"),
                      ("Cache-Control", "max-age=0, no-cache")),
    "n": 28,
    "start": dt.date(2023, 3, 20),
    "end": dt.date(2025, 6, 30),
    "hours": (0, 6, 12),
    "policy": POLICY,
    "first_updated": dt.date(2023, 1, 9),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".legal-rich-text"},
}
