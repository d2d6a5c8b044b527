"""Verma Gupta & Co. - hi chartered accountants (Jaipur) - Wix (Thunderbolt viewer): the policy in one rich-text
component; the site was rebuilt in October 2024 (new component ids: declaration history)."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import akit as K  # noqa: E402
from akit import C  # noqa: E402

URL = "https://www.vermaguptaca.in/privacy-policy"
REBUILD = dt.datetime(2024, 10, 7)
SITE_ID = "3f8a2c71-5b0d-4e9a-9c1f-6d2e8b7a4c10"
META_ID = "a91c4e27-0f3b-4d6a-8e55-2b7c9d1f0e83"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.month("hi", d), d.year)


POLICY = """
# गोपनीयता नीति

अंतिम अद्यतन: {UPDATED}

वर्मा गुप्ता एंड कंपनी, चार्टर्ड अकाउंटेंट्स ("फर्म", "हम") अपने क्लाइंट्स और वेबसाइट आगंतुकों की व्यक्तिगत जानकारी
की गोपनीयता को गंभीरता से लेती है। यह नीति बताती है कि हम कौन-सी जानकारी एकत्र करते हैं, उसका उपयोग कैसे करते हैं और
आपके पास कौन-से अधिकार हैं। इंस्टिट्यूट ऑफ़ चार्टर्ड अकाउंटेंट्स ऑफ़ इंडिया (ICAI) की आचार संहिता के अनुसार हम
क्लाइंट की
सभी जानकारी को गोपनीय रखने के लिए बाध्य हैं।

## 1. हमारे बारे में

@ वर्मा गुप्ता एंड कंपनी, चार्टर्ड अकाउंटेंट्स (FRN 012345C)
@ 204, शालीमार टावर, अशोक मार्ग, सी-स्कीम
@ जयपुर, राजस्थान 302001
@ फ़ोन: +91 141 236 5478
@ ईमेल: [info@vermaguptaca.in](mailto:info@vermaguptaca.in)

## 2. हम कौन-सी जानकारी एकत्र करते हैं

- नाम, पता, मोबाइल नंबर और ईमेल पता;
- पैन, आधार संख्या, जीएसटीआईएन और जन्म तिथि;
- बैंक खाते का विवरण, फ़ॉर्म 16, फ़ॉर्म 26AS और वार्षिक सूचना विवरण (AIS);
- व्यवसाय के खाते, बिल, वेतन रजिस्टर और कर्मचारियों का विवरण;
- वेबसाइट के संपर्क फ़ॉर्म के माध्यम से भेजे गए संदेश।

## 3. जानकारी का उपयोग

हम आपकी जानकारी का उपयोग आयकर रिटर्न दाखिल करने, जीएसटी रिटर्न और टीडीएस रिटर्न तैयार करने, लेखा-परीक्षा और
कंपनी पंजीकरण जैसी सेवाएँ देने, आपसे संपर्क करने, शुल्क का बिल बनाने और कानूनी दायित्वों का पालन करने के लिए करते
हैं। आपकी सहमति के बिना हम आपकी जानकारी का उपयोग विपणन के लिए नहीं करते।

## 4. जानकारी साझा करना

हम आपकी जानकारी किसी को बेचते नहीं हैं। सेवा देने के लिए आवश्यक होने पर हम इसे निम्नलिखित के साथ साझा करते हैं:

- आयकर विभाग, जीएसटी नेटवर्क (GSTN), कॉर्पोरेट कार्य मंत्रालय (MCA) और अन्य सरकारी प्राधिकरण;
- आपके बैंक और वित्तीय संस्थान, आपके निर्देश पर;
- ईमेल और दस्तावेज़ भंडारण के लिए Google Workspace (Google LLC);
- वेबसाइट होस्टिंग के लिए Wix.com Ltd.

कानून द्वारा आवश्यक होने पर, जैसे किसी न्यायालय के आदेश या कर प्राधिकरण की जाँच में, हम जानकारी प्रकट कर सकते हैं।

## 5. डेटा की सुरक्षा

हमारे कार्यालय में क्लाइंट फ़ाइलें केवल अधिकृत कर्मचारियों के लिए उपलब्ध हैं। इलेक्ट्रॉनिक रिकॉर्ड पासवर्ड से सुरक्षित
कंप्यूटरों पर रखे जाते हैं और उनका नियमित बैकअप लिया जाता है। सभी कर्मचारी गोपनीयता समझौते पर हस्ताक्षर करते हैं।
फिर भी इंटरनेट पर भेजी गई कोई भी जानकारी पूरी तरह सुरक्षित होने की गारंटी नहीं दी जा सकती।

## 6. डेटा कितने समय तक रखा जाता है

आयकर अधिनियम, कंपनी अधिनियम और ICAI के दिशानिर्देशों के अनुसार हम क्लाइंट के रिकॉर्ड और कार्य-पत्र कम से कम 7 वर्ष तक
रखते हैं। इसके बाद उन्हें सुरक्षित तरीके से नष्ट कर दिया जाता है।

## 7. कुकीज़

हमारी वेबसाइट Wix प्लेटफ़ॉर्म पर बनी है, जो वेबसाइट चलाने और आगंतुकों की संख्या मापने के लिए कुकीज़ का उपयोग करता है।
आप अपने ब्राउज़र की सेटिंग्स में कुकीज़ को बंद कर सकते हैं, लेकिन इससे वेबसाइट के कुछ हिस्से ठीक से काम नहीं कर सकते।

## 8. आपके अधिकार

आप किसी भी समय हमसे अपनी व्यक्तिगत जानकारी देखने, उसमें सुधार करने या उसे हटाने का अनुरोध कर सकते हैं। कानूनी रूप
से रखे जाने वाले रिकॉर्ड अवधि पूरी होने से पहले हटाए नहीं जा सकते। आप विपणन संदेशों के लिए दी गई सहमति कभी भी वापस
ले सकते हैं।

## 9. शिकायत अधिकारी

सूचना प्रौद्योगिकी अधिनियम, 2000 और उसके नियमों के अनुसार, इस नीति से संबंधित किसी भी शिकायत के लिए कृपया हमारे
शिकायत अधिकारी से संपर्क करें: सीए राजेश वर्मा, ईमेल [grievance@vermaguptaca.in](mailto:grievance@vermaguptaca.in)।
हम 30 दिनों के भीतर शिकायत का समाधान करने का प्रयास करेंगे।

## 10. नीति में परिवर्तन

हम समय-समय पर इस नीति को अद्यतन कर सकते हैं। नया संस्करण इसी पृष्ठ पर प्रकाशित किया जाएगा और ऊपर दी गई तिथि बदल दी
जाएगी।
"""

EDITS = [
    {"note": "processor list item added: Zoho Books for accounting and client invoices",
     "repl": [("- वेबसाइट होस्टिंग के लिए Wix.com Ltd.",
               "- वेबसाइट होस्टिंग के लिए Wix.com Ltd.;\n- लेखांकन और बिलिंग के लिए Zoho Books (Zoho "
               "Corporation Pvt. Ltd.)")]},
    {"note": "record retention extended from 7 to 8 years",
     "repl": [("कम से कम 7 वर्ष तक", "कम से कम 8 वर्ष तक")]},
    {"note": "grievance officer changed (CA Rajesh Verma -> CA Neha Gupta), new address line",
     "repl": [("सीए राजेश वर्मा, ईमेल", "सीए नेहा गुप्ता, पता: 204, शालीमार टावर, जयपुर, ईमेल")]},
    {"note": "new section on the Digital Personal Data Protection Act, 2023",
     "repl": [("## 9. शिकायत अधिकारी",
               "## 9. डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023\n\n"
               "डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 के अंतर्गत आपको अपनी सहमति वापस लेने, अपन"
               "े डेटा के बारे में "
               "जानकारी प्राप्त करने, सुधार और मिटाने का अनुरोध करने तथा किसी व्यक्ति को नामित करने का अधिकार है। "
               "शिकायत का समाधान न होने पर आप भारतीय डेटा संरक्षण बोर्ड से संपर्क कर सकते हैं।\n\n"
               "## 10. शिकायत अधिकारी"),
              ("## 10. नीति में परिवर्तन", "## 11. नीति में परिवर्तन")]},
    {"note": "office phone number changed without new date", "bump": False,
     "repl": [("@ फ़ोन: +91 141 236 5478", "@ फ़ोन: +91 141 401 8830")]},
]


def strip_text(when):
    m, y = when.month, when.year
    if m in (6, 7):
        return "आयकर रिटर्न (ITR) दाखिल करने की अंतिम तिथि: 31 जुलाई %d – आज ही अपॉइंटमेंट बुक करें" % y
    if m in (8, 9):
        return "ऑडिट रिपोर्ट (टैक्स ऑडिट) की अंतिम तिथि: 30 सितंबर %d" % y
    if m in (1, 2, 3):
        return "अग्रिम कर की अंतिम किस्त: 15 मार्च – कर-बचत निवेश की योजना अभी बनाएँ"
    return "जीएसटी, आयकर और कंपनी पंजीकरण – निःशुल्क परामर्श के लिए कॉल करें"


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["request"] = "%d.%d%s" % (C.epoch(when), rng.randint(10 ** 12, 10 ** 13), C.hexs(rng, 6))
    s["revision"] = K.sticky(rng, prev.get("revision"), 0.25, lambda: (prev.get("revision") or 211) + rng.randint(1, 9))
    s["classes"] = K.sticky(rng, prev.get("classes"), 0.3, lambda: tuple(C.alnum(rng, 6) for _ in range(4)))
    s["strip"] = strip_text(when)
    s["site"] = "v1" if when < REBUILD else "v2"
    return s


LABELS = {"request": "Thunderbolt requestId in the viewer model (per request)",
          "revision": "siteRevision (every publish)", "classes": "Thunderbolt CSS class hashes (Wix deploys)",
          "strip": "header strip text with the season's tax deadline",
          "site": "site rebuilt in October 2024 (new component ids: declaration history)"}


def render(s, blocks, when):
    c1, c2, c3, c4 = s["classes"]
    v2 = s["site"] == "v2"
    comp = "comp-m1x7q0b3" if v2 else "comp-lk3v9x2a"
    strip_id = "comp-m1x7q4k9" if v2 else "comp-lk3vb7e1"
    body = C.render_blocks(blocks, tags={
        "h1": ' class="font_0 wixui-rich-text__text"', "h2": ' class="font_2 wixui-rich-text__text"',
        "p": ' class="font_8 wixui-rich-text__text"', "ul": ' class="font_8 wixui-rich-text__text"',
        "li": ' class="wixui-rich-text__text"', "addr": ' class="font_8 wixui-rich-text__text"'},
        text=lambda raw: '<span class="wixui-rich-text__text">%s</span>' % C.esc(raw) if raw else "", sep="")
    model = ('{"fleetConfig":{"fleetName":"wix-one-viewer","type":"GA","code":0},"mode":{"qa":false,"enableTestApi":'
             'false,"debug":false,"ssrIndicator":false,"ssrOnly":false,"siteAssetsFallback":"enable"},"language":'
             '{"userLanguage":"hi"},"site":{"siteId":"%s","metaSiteId":"%s","externalBaseUrl":"https:\\/\\/www.'
             'vermaguptaca.in","isResponsive":%s},"siteRevision":%d,"requestId":"%s","isEditor":false}'
             % (SITE_ID, META_ID, "true" if v2 else "false", s["revision"], s["request"]))
    nav = "".join('<li class="%s wixui-dropdown-menu__item"><a data-testid="linkElement" href="https://www.'
                  'vermaguptaca.'
                  'in%s" class="%s"><p class="%s">%s</p></a></li>' % (c2, u, c3, c4, t)
                  for u, t in (("", "होम"), ("/services", "सेवाएँ"), ("/about", "हमारे बारे में"), ("/blog", "ब्लॉग"),
                               ("/contact", "संपर्क")))
    return (
        '<!DOCTYPE html>\n<html lang="hi" dir="ltr">\n<head>\n<meta charset=\'utf-8\'>\n<meta name="viewport" content="'
        'width=device-width, initial-scale=1" id="wixDesktopViewport" />\n<meta http-equiv="X-UA-Compatible" '
        'content="IE=edge">\n<meta name="generator" content="Wix.com Website Builder"/>\n'
        '<title>गोपनीयता नीति | वर्मा गुप्ता एंड कंपनी</title>\n'
        '<script type="application/json" id="wix-essential-viewer-model">%s</script>\n'
        '<link rel="preload" href="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%s.bundle.min.js" '
        'as="script">\n<style id="css_masterPage">.%s{--wix-color-1:#ffffff}.%s{display:flex}</style>\n</head>\n'
        '<body>\n<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="%s" '
        'role="region" tabindex="-1" aria-label="top of page"></div><div id="site-root"><div id="masterPage" class='
        '"mesh-layout%s">\n<header id="SITE_HEADER" class="%s wixui-header" tabindex="-1"><div data-testid="layer-'
        'container"><div id="%s" class="%s wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-'
        'text__text">%s</p></div><nav id="comp-lk3va2q8" class="%s wixui-dropdown-menu" aria-label="साइट"><ul>%s</ul>'
        '</nav></div></header>\n<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" '
        'class="%s"><div id="%s" class="%s"><div id="Container%s" class="%s"><div data-mesh-id="Container%s'
        'inlineContent" data-testid="inline-content" class=""><div data-mesh-id="Container%sinlineCon'
        'tent-gridContainer" '
        'data-testid="mesh-container-content">\n<div id="%s" class="%s %s %s %s %s wixui-rich-text" data-testid="'
        'richTextElement">%s</div>\n<div id="%s" class="%s wixui-button" aria-disabled="false"><a data-testid="'
        'linkElement" href="https://wa.me/919829012345" target="_blank" class="%s"><span class="%s">WhatsApp पर बात '
        'करें</span></a></div>\n</div></div></div></div></div></main>\n'
        '<footer id="SITE_FOOTER" class="%s wixui-footer"><div id="comp-lk3vc1m2" class="%s wixui-rich-text" data-'
        'testid="richTextElement"><p class="font_9 wixui-rich-text__text">© %d वर्मा गुप्ता एंड कंपनी, चार्टर्ड '
        'अकाउंटेंट्स | <a href="https://www.vermaguptaca.in/privacy-policy">गोपनीयता नीति</a> | <a href="https://'
        'www.vermaguptaca.in/terms">नियम और शर्तें</a></p></div></footer>\n</div></div></div></div>\n'
        '<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%s.bundle.min.js" async>'
        '</script>\n</body>\n</html>\n'
        % (model, c1.lower(), c1, c2, c3, " responsive" if v2 else "", c4, strip_id, c1, C.esc(s["strip"]), c2, nav,
           c3, "kx9m2" if not v2 else "m1x6z", c4, "kx9m2" if not v2 else "m1x6z", c1,
           "kx9m2" if not v2 else "m1x6z", "kx9m2" if not v2 else "m1x6z", comp, c1, c2, c3, c4, comp, body,
           comp[:-2] + "w1", c2, c3, c4, c1, c2, when.year, c1.lower()))


PAGE = {
    "service": "Verma Gupta & Co", "url": URL, "lang": "hi-IN", "platform": "Wix",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 4, 1), "end": dt.date(2026, 6, 15), "hours": (0, 6, 12),
    "policy": POLICY, "first_updated": dt.date(2021, 8, 20), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#comp-m1x7q0b3"]},
    "history": [{"fetch": URL, "select": ["#comp-lk3v9x2a"], "validUntil": "2024-10-07T00:00:00Z"}],
}
