"""Chitrapat Play (Indian video streaming, Mumbai) - hi - Nuxt 3 SSR, policy body from a headless CMS via v-html."""
import datetime as dt
import hashlib
import html
import json
import re
import common as C

URL = "https://www.chitrapatplay.in/hi/legal/privacy-policy"
MAH = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MAH[d.month - 1], d.year)


POLICY = """
# गोपनीयता नीति

अंतिम अपडेट: {UPDATED}

चित्रपट प्ले डिजिटल प्राइवेट लिमिटेड ("चित्रपट प्ले", "हम") आपकी गोपनीयता का सम्मान करता है। यह नीति बताती है कि जब आप हमारी वेबसाइट, मोबाइल ऐप और स्मार्ट टीवी ऐप का उपयोग करते हैं, तब हम कौन-सी व्यक्तिगत जानकारी एकत्र करते हैं और उसका उपयोग कैसे करते हैं।

## 1. हम कौन-सी जानकारी एकत्र करते हैं

- खाता जानकारी: नाम, मोबाइल नंबर, ईमेल पता और जन्म का वर्ष।
- सदस्यता और भुगतान जानकारी: चुना गया प्लान, लेन-देन आईडी और भुगतान की स्थिति। कार्ड का पूरा नंबर हम संग्रहीत नहीं करते।
- देखने का इतिहास: आपने कौन-से शो और फ़िल्में देखीं, कितनी देर तक और किस डिवाइस पर।
- डिवाइस जानकारी: डिवाइस का मॉडल, ऑपरेटिंग सिस्टम, आईपी पता और नेटवर्क का प्रकार।

## 2. जानकारी का उपयोग

हम आपकी जानकारी का उपयोग सेवा प्रदान करने, आपकी सदस्यता प्रबंधित करने, आपकी रुचि के अनुसार शो सुझाने और वीडियो की गुणवत्ता सुधारने के लिए करते हैं।

बच्चों की प्रोफ़ाइल पर देखे गए कंटेंट का उपयोग विज्ञापन या वैयक्तिकृत सुझावों के लिए नहीं किया जाता।

## 3. जानकारी साझा करना

हम आपकी व्यक्तिगत जानकारी नहीं बेचते। हम इसे केवल निम्नलिखित सेवा प्रदाताओं के साथ साझा करते हैं, जो हमारी ओर से काम करते हैं:

| सेवा प्रदाता | उद्देश्य | स्थान |
| Amazon Web Services | होस्टिंग और वीडियो स्ट्रीमिंग | भारत (मुंबई) |
| Razorpay Software Pvt. Ltd. | भुगतान प्रसंस्करण | भारत |
| Google Firebase | ऐप एनालिटिक्स और सूचनाएँ | सिंगापुर |
| Freshworks Inc. | ग्राहक सहायता | भारत |

कानून द्वारा आवश्यक होने पर हम जानकारी सरकारी प्राधिकरणों के साथ साझा कर सकते हैं।

## 4. डेटा कितने समय तक रखा जाता है

खाता बंद करने के बाद आपका खाता डेटा 90 दिनों में हटा दिया जाता है।

देखने का इतिहास 36 महीनों तक रखा जाता है।

भुगतान रिकॉर्ड कर और लेखा कानूनों के अनुसार 8 वर्षों तक रखे जाते हैं।

## 5. आपके अधिकार

आप अपनी जानकारी देख सकते हैं, उसे सुधार सकते हैं और अपना खाता हटाने का अनुरोध कर सकते हैं। इसके लिए ऐप में "प्रोफ़ाइल > खाता > मेरा डेटा" पर जाएँ या हमें लिखें।

## 6. सुरक्षा

हम आपके डेटा को एन्क्रिप्शन, पहुँच नियंत्रण और नियमित सुरक्षा ऑडिट के माध्यम से सुरक्षित रखते हैं।

## 7. शिकायत अधिकारी

सूचना प्रौद्योगिकी (मध्यवर्ती दिशानिर्देश और डिजिटल मीडिया आचार संहिता) नियम, 2021 के अनुसार हमारे शिकायत अधिकारी का विवरण:

@ श्री अमित देशपांडे, शिकायत अधिकारी
@ चित्रपट प्ले डिजिटल प्राइवेट लिमिटेड
@ 7वीं मंज़िल, ट्रेड सेंटर, बांद्रा कुर्ला कॉम्प्लेक्स, मुंबई 400051
@ ईमेल: [grievance@chitrapatplay.in](mailto:grievance@chitrapatplay.in)

हम 24 घंटों के भीतर आपकी शिकायत की पावती देंगे और 15 दिनों के भीतर उसका समाधान करेंगे।
"""

EDITS = [
    {"note": "processors table: new row Conviva Inc. (video quality analytics, USA)",
     "repl": [("| Freshworks Inc. | ग्राहक सहायता | भारत |", "| Freshworks Inc. | ग्राहक सहायता | भारत |\n| Conviva Inc. | वीडियो गुणवत्ता विश्लेषण | संयुक्त राज्य अमेरिका |")]},
    {"note": "sentence reworded: kids-profile viewing also excluded from third-party measurement (date not bumped)", "bump": False,
     "repl": [("बच्चों की प्रोफ़ाइल पर देखे गए कंटेंट का उपयोग विज्ञापन या वैयक्तिकृत सुझावों के लिए नहीं किया जाता।",
               "बच्चों की प्रोफ़ाइल पर देखे गए कंटेंट का उपयोग विज्ञापन, वैयक्तिकृत सुझावों या किसी तीसरे पक्ष के मापन के लिए नहीं किया जाता।")]},
    {"note": "grievance officer changed (Amit Deshpande -> Neha Kulkarni) and office moved to Lower Parel",
     "repl": [("@ श्री अमित देशपांडे, शिकायत अधिकारी", "@ सुश्री नेहा कुलकर्णी, शिकायत अधिकारी"),
              ("@ 7वीं मंज़िल, ट्रेड सेंटर, बांद्रा कुर्ला कॉम्प्लेक्स, मुंबई 400051", "@ 12वीं मंज़िल, वन वर्ल्ड सेंटर, लोअर परेल, मुंबई 400013")]},
    {"note": "retention: viewing history kept 24 months instead of 36",
     "repl": [("देखने का इतिहास 36 महीनों तक रखा जाता है।", "देखने का इतिहास 24 महीनों तक रखा जाता है।")]},
    {"note": "new section 'सहमति और सहमति प्रबंधक' for the DPDP Act 2023 added after rights; later sections renumbered",
     "repl": [("## 6. सुरक्षा", "## 6. सहमति और सहमति प्रबंधक\n\nडिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 के अंतर्गत आप किसी भी समय अपनी सहमति वापस ले सकते हैं, या किसी पंजीकृत सहमति प्रबंधक के माध्यम से अपनी सहमति का प्रबंधन कर सकते हैं। सहमति वापस लेने से पहले किया गया प्रसंस्करण प्रभावित नहीं होता।\n\n## 7. सुरक्षा"),
              ("## 7. शिकायत अधिकारी", "## 8. शिकायत अधिकारी")]},
]

TRENDING = ["मिर्ज़ापुर की गलियाँ", "दिल्ली क्राइम फ़ाइल्स", "कोटा के सपने", "पंचायत रोड", "रेलवे कॉलोनी",
            "बनारस डायरीज़", "द लास्ट ओवर", "गुल्लक घर", "सरहद", "चाय पे चर्चा"]
MATCHES = [("भारत", "ऑस्ट्रेलिया"), ("मुंबई", "चेन्नई"), ("भारत", "इंग्लैंड"), ("कोलकाता", "बेंगलुरु"), ("भारत", "पाकिस्तान")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["build"] = C.keep_or(rng, prev.get("build"), 0.35, lambda: C.hexs(rng, 12))
    s["live"] = (None if rng.random() < 0.3 else
                 (rng.randrange(len(MATCHES)), rng.randint(20, 340), rng.randint(0, 9), rng.randint(1, 49), rng.randint(0, 5)))
    s["ab"] = rng.choice(["control", "trial7", "price"])
    s["trending"] = C.keep_or(rng, prev.get("trending"), 0.7, lambda: tuple(rng.sample(range(len(TRENDING)), 5)))
    s["viewers"] = rng.randint(120000, 2400000)
    s["req"] = (C.uuid4(rng), C.alnum(rng, 22))
    s["fetched"] = when.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % rng.randint(0, 999)
    return s


LABELS = {
    "build": "Nuxt deploy: buildId, /_nuxt/ chunk hashes and scoped data-v-* attribute ids",
    "live": "live cricket score ticker in header ('लाइव')",
    "ab": "A/B test on the subscribe button (variant text + data-exp attribute)",
    "trending": "'अभी ट्रेंडिंग' rail under the policy",
    "viewers": "live viewers counter on the live-TV nav item",
    "req": "per-request ids in __NUXT_DATA__ (request id, session key)",
    "fetched": "CMS fetchedAt timestamp in __NUXT_DATA__",
}


def slug_id(n, t):
    return "sec-%d" % n


def render(s, blocks, when):
    b = s["build"]
    dv = lambda k: "data-v-" + hashlib.md5((b + k).encode()).hexdigest()[:8]
    ch = lambda k: C.b64tok(__import__("random").Random(b + k), 6).replace("+", "x").replace("/", "Q")[:8]
    L, A, T = dv("layout"), dv("article"), dv("toc")
    title = blocks[0][1]
    updated = blocks[1][1]
    # headless-CMS body (v-html): no scoped attributes inside
    secs = []
    body = []
    n = 0
    for blk in blocks[2:]:
        if blk[0] == "h2":
            n += 1
            secs.append((n, blk[1]))
            body.append('<h2 id="sec-%d">%s</h2>' % (n, C.inline_html(blk[1])))
        elif blk[0] == "table":
            body.append('<div class="table-wrap">%s</div>' % C.block_html(blk))
        elif blk[0] == "addr":
            body.append('<address>%s</address>' % "<br>".join(C.inline_html(l) for l in blk[1]))
        else:
            body.append(C.block_html(blk))
    body_html = "".join(body)
    toc = "".join('<li %s><a href="#sec-%d" %s>%s</a></li>' % (T, k, T, html.escape(t)) for k, t in secs)
    if s["live"]:
        m, runs, wk, overs, balls = s["live"]
        a, bb = MATCHES[m]
        ticker = ('<a href="/hi/live/cricket" class="live-ticker" %s><span class="live-ticker__badge" %s>● लाइव</span>'
                  '<span %s>%s बनाम %s</span><b %s>%d/%d</b><small %s>(%d.%d ओवर)</small></a>'
                  % (L, L, L, a, bb, L, runs, wk, L, overs, balls))
    else:
        ticker = '<a href="/hi/sports" class="live-ticker live-ticker--idle" %s>आज के मैच देखें</a>' % L
    cta = {"control": "सब्सक्राइब करें", "trial7": "7 दिन मुफ़्त आज़माएँ", "price": "₹149/माह से शुरू"}[s["ab"]]
    v = s["viewers"]
    trend = "".join('<li class="rail__item" %s><a href="/hi/shows/%d" %s><img src="https://img.chitrapatplay.in/poster/%d.webp?w=220" alt="%s" loading="lazy" %s><span %s>%s</span></a></li>'
                    % (L, 4100 + k, L, 4100 + k, TRENDING[k], L, L, TRENDING[k]) for k in s["trending"])
    rid, skey = s["req"]
    payload = [["ShallowReactive", 1], {"data": 2, "state": 9, "once": 12, "_errors": 13, "serverRendered": 15, "path": 16},
               ["ShallowReactive", 3], {"legal-privacy-hi": 4, "trending": 8},
               {"title": 5, "body": 6, "updatedLabel": 7, "fetchedAt": s["fetched"]},
               title, body_html, updated, [TRENDING[k] for k in s["trending"]],
               ["Reactive", 10], {"$sexp": 11, "$sreq": rid, "$ssk": skey}, "sub_cta:" + s["ab"],
               ["Set"], ["ShallowReactive", 14], {"legal-privacy-hi": None}, True, "/hi/legal/privacy-policy"]
    nuxt_data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).replace("</", "\\u003C/")
    return ('<!DOCTYPE html><html lang="hi" data-theme="dark"><head><meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s | चित्रपट प्ले</title>\n'
            '<link rel="stylesheet" href="https://static.chitrapatplay.in/_nuxt/entry.%s.css">\n'
            '<link rel="stylesheet" href="https://static.chitrapatplay.in/_nuxt/legal.%s.css">\n'
            '<link rel="modulepreload" as="script" crossorigin href="https://static.chitrapatplay.in/_nuxt/%s.js">\n'
            '<link rel="modulepreload" as="script" crossorigin href="https://static.chitrapatplay.in/_nuxt/%s.js">\n'
            '<link rel="prefetch" as="script" crossorigin href="https://static.chitrapatplay.in/_nuxt/%s.js">\n'
            '<script type="module" src="https://static.chitrapatplay.in/_nuxt/%s.js" crossorigin></script>\n'
            '<meta name="description" content="चित्रपट प्ले की गोपनीयता नीति">\n<link rel="canonical" href="%s">\n'
            '<link rel="alternate" hreflang="en-IN" href="https://www.chitrapatplay.in/en/legal/privacy-policy">\n'
            '<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-K7Q2ZP4"></script></head>'
            '<body><div id="__nuxt"><!--[--><div class="layout-default" %s>'
            '<header class="site-header" %s><a href="/hi" class="site-header__logo" %s><img src="https://static.chitrapatplay.in/brand/logo-hi.svg" alt="चित्रपट प्ले" %s></a>'
            '<nav class="site-nav" %s><a href="/hi" %s>होम</a><a href="/hi/movies" %s>फ़िल्में</a><a href="/hi/web-series" %s>वेब सीरीज़</a>'
            '<a href="/hi/live-tv" class="site-nav__live" %s>लाइव टीवी <span class="site-nav__count" %s>%s दर्शक</span></a><a href="/hi/sports" %s>खेल</a></nav>'
            '%s<button class="btn btn--primary" data-exp="sub_cta:%s" %s>%s</button>'
            '<a href="/hi/login" class="site-header__login" %s>लॉग इन</a></header>'
            '<main class="legal" %s><nav class="legal-tabs" %s><a href="/hi/legal/terms" %s>उपयोग की शर्तें</a>'
            '<a href="/hi/legal/privacy-policy" class="router-link-active router-link-exact-active legal-tabs__tab--active" aria-current="page" %s>गोपनीयता नीति</a>'
            '<a href="/hi/legal/cookies" %s>कुकी नीति</a><a href="/hi/legal/grievance" %s>शिकायत निवारण</a></nav>'
            '<article class="legal-doc" %s><h1 class="legal-doc__title" %s>%s</h1><p class="legal-doc__updated" %s>%s</p>'
            '<aside class="toc" %s><p class="toc__title" %s>इस पृष्ठ पर</p><ol %s>%s</ol></aside>'
            '<div class="legal-doc__body prose" %s>%s</div></article>'
            '<section class="rail" %s><h2 class="rail__title" %s>अभी ट्रेंडिंग</h2><ul class="rail__list" %s>%s</ul></section></main>'
            '<footer class="site-footer" %s><p %s>© %d चित्रपट प्ले डिजिटल प्राइवेट लिमिटेड</p><a href="/hi/help" %s>सहायता केंद्र</a>'
            '<a href="/hi/legal/grievance" %s>शिकायत निवारण</a></footer></div><!--]--></div><div id="teleports"></div>'
            '<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">%s</script>\n'
            '<script>window.__NUXT__={};window.__NUXT__.config={public:{apiBase:"https://api.chitrapatplay.in/v3",cmsSpace:"legal-hi",gtmId:"GTM-K7Q2ZP4"},'
            'app:{baseURL:"/",buildId:"%s-%s-%s-%s-%s",buildAssetsDir:"/_nuxt/",cdnURL:"https://static.chitrapatplay.in/"}}</script></body></html>'
            % (title, ch("entrycss"), ch("legalcss"), ch("entry"), ch("legal"), ch("player"), ch("entry"), URL,
               L, L, L, L, L, L, L, L, L, L, "{:,}".format(v), L, ticker, s["ab"], L, cta, L,
               A, A, A, A, A, A, A, A, html.escape(title), A, html.escape(updated), T, T, T, toc, A, body_html,
               L, L, L, trend, L, L, when.year, L, L, nuxt_data, b[:8], b[8:12], "4" + b[:3], "a" + b[3:6], b + b[:0]))


PAGE = {
    "service": "Chitrapat Play", "url": URL, "lang": "hi", "platform": "Nuxt 3",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("x-powered-by", "Nuxt"), ("cache-control", "s-maxage=300, stale-while-revalidate")),
    "n": 29, "start": dt.date(2022, 12, 1), "end": dt.date(2026, 9, 30),
    "policy": POLICY, "first_updated": dt.date(2022, 11, 18), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".legal-doc"], "remove": [".toc"]},
}
