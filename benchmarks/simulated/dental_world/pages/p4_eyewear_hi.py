"""Nazariya Eyewear (Indian eyewear e-commerce with franchise stores, Hindi locale), Next.js 13 pages router served
by a Node server behind CloudFront, CSS Modules class names, a headless CMS's HTML in the page, @sentry/nextjs (trace
data injected into getServerSideProps' pageProps), an A/B test on the header's call to action and a "trending
frames" rail under the policy. Minified SSR output on a few long lines, as Next writes it."""
import datetime as dt
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import dkit as K  # noqa: E402

POLICY = """
# गोपनीयता नीति

अंतिम अद्यतन: {UPDATED}

नज़रिया आईवियर प्राइवेट लिमिटेड ("नज़रिया", "हम") www.nazariya.in वेबसाइट, नज़रिया मोबाइल ऐप और देशभर में हमारे स्टोर संचालित करता है। यह गोपनीयता नीति बताती है कि जब आप हमसे चश्मे, सनग्लास या कॉन्टैक्ट लेंस खरीदते हैं, आँखों की जाँच बुक करते हैं या हमारी वेबसाइट का उपयोग करते हैं, तब हम आपकी व्यक्तिगत जानकारी कैसे एकत्र, उपयोग और सुरक्षित करते हैं। यह नीति सूचना प्रौद्योगिकी अधिनियम, 2000, उसके अंतर्गत बने नियमों और डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 के अनुरूप है।

## 1. हम कौन-सी जानकारी एकत्र करते हैं

- पहचान और संपर्क जानकारी: नाम, मोबाइल नंबर, ईमेल पता, डिलीवरी और बिलिंग पता।
- आँखों से जुड़ी जानकारी: आपके चश्मे का नंबर (प्रिस्क्रिप्शन), आँखों की जाँच के परिणाम, पुतलियों के बीच की दूरी (PD) और कॉन्टैक्ट लेंस के माप।
- ऑर्डर और भुगतान की जानकारी: खरीदे गए उत्पाद, ऑर्डर का इतिहास, रिटर्न और रिफंड। कार्ड या UPI का पूरा विवरण हम अपने पास नहीं रखते।
- डिवाइस और उपयोग की जानकारी: IP पता, ब्राउज़र, डिवाइस आईडी, ऐप और वेबसाइट पर आपकी गतिविधि।
- 3D ट्राय-ऑन: यदि आप वर्चुअल ट्राय-ऑन का उपयोग करते हैं, तो फ्रेम को आपके चेहरे पर दिखाने के लिए कैमरे की छवि आपके डिवाइस पर ही संसाधित की जाती है।

## 2. हम आपकी जानकारी का उपयोग कैसे करते हैं

हम आपकी जानकारी का उपयोग इन उद्देश्यों के लिए करते हैं:

- आपका ऑर्डर संसाधित करना, आपके नंबर के अनुसार लेंस तैयार करना और डिलीवरी करना;
- घर पर या स्टोर में आँखों की जाँच की बुकिंग करना और उसकी याद दिलाना;
- ग्राहक सेवा, रिटर्न, वारंटी और रिफंड;
- आपकी सहमति होने पर SMS, ईमेल और WhatsApp पर ऑफ़र और नए कलेक्शन की जानकारी भेजना;
- धोखाधड़ी रोकना और कानूनी दायित्वों का पालन करना।

## 3. जानकारी किसके साथ साझा की जाती है

हम आपकी व्यक्तिगत जानकारी बेचते नहीं हैं। ऑर्डर पूरा करने के लिए हम इसे केवल इन भागीदारों के साथ साझा करते हैं:

| भागीदार | उद्देश्य |
| Razorpay Software Pvt. Ltd. | ऑनलाइन भुगतान |
| Delhivery Ltd. और Blue Dart Express Ltd. | ऑर्डर की डिलीवरी |
| Amazon Web Services India Pvt. Ltd. | वेबसाइट और ऐप की होस्टिंग |
| MoEngage India Pvt. Ltd. | SMS, ईमेल और ऐप नोटिफ़िकेशन |
| फ्रैंचाइज़ी स्टोर | स्टोर से पिक-अप और आँखों की जाँच |

कानून द्वारा आवश्यक होने पर, या किसी सरकारी एजेंसी के वैध अनुरोध पर, हम आपकी जानकारी साझा कर सकते हैं।

## 4. जानकारी कितने समय तक रखी जाती है

आपके खाते की जानकारी तब तक रखी जाती है जब तक आपका खाता सक्रिय है। चश्मे के नंबर (प्रिस्क्रिप्शन) की जानकारी आपके अंतिम ऑर्डर से 3 वर्ष तक रखी जाती है, ताकि आप दोबारा उसी नंबर से ऑर्डर कर सकें। बिल और लेन-देन का रिकॉर्ड कर और लेखा कानूनों के अनुसार 8 वर्ष तक रखा जाता है।

## 5. सुरक्षा

हम आपकी जानकारी की सुरक्षा के लिए एन्क्रिप्शन, पहुँच नियंत्रण और नियमित सुरक्षा जाँच जैसे उचित उपाय अपनाते हैं। फिर भी इंटरनेट पर कोई भी प्रणाली पूरी तरह सुरक्षित नहीं होती, इसलिए अपना पासवर्ड और OTP किसी के साथ साझा न करें।

## 6. आपके अधिकार

आप अपने खाते में जाकर अपनी जानकरी देख और बदल सकते हैं। आप हमसे अपनी व्यक्तिगत जानकारी की प्रति माँग सकते हैं, गलत जानकारी सुधरवा सकते हैं, अपना खाता और उससे जुड़ी जानकारी मिटाने का अनुरोध कर सकते हैं और मार्केटिंग संदेशों के लिए दी गई सहमति कभी भी वापस ले सकते हैं। WhatsApp संदेश बंद करने के लिए "STOP" लिखकर भेजें।

## 7. बच्चों की जानकारी

18 वर्ष से कम आयु के बच्चों के लिए ऑर्डर माता-पिता या अभिभावक द्वारा ही किया जाना चाहिए। बच्चों के चश्मे के नंबर की जानकारी का उपयोग केवल ऑर्डर पूरा करने के लिए किया जाता है।

## 8. शिकायत अधिकारी

इस नीति या अपनी जानकारी के बारे में किसी भी शिकायत के लिए आप हमारे शिकायत अधिकारी से संपर्क कर सकते हैं:

@ सुश्री अनुराधा मेहता, शिकायत अधिकारी
@ नज़रिया आईवियर प्राइवेट लिमिटेड
@ प्लॉट 14, सेक्टर 44, गुरुग्राम, हरियाणा 122003
@ ईमेल: [grievance@nazariya.in](mailto:grievance@nazariya.in)
@ फ़ोन: 0124-4567890 (सोमवार से शनिवार, सुबह 10 से शाम 6 बजे तक)

हम आपकी शिकायत 48 घंटे के भीतर स्वीकार करेंगे और 30 दिनों के भीतर उसका समाधान करेंगे।

## 9. नीति में बदलाव

हम समय-समय पर इस नीति को अपडेट कर सकते हैं। महत्वपूर्ण बदलाव होने पर हम वेबसाइट या ऐप पर इसकी सूचना देंगे।
"""

EDITS = [
    {"note": "partner row added to the sharing table: Gupshup for WhatsApp messages",
     "repl": [("| MoEngage India Pvt. Ltd. | SMS, ईमेल और ऐप नोटिफ़िकेशन |",
               "| MoEngage India Pvt. Ltd. | SMS, ईमेल और ऐप नोटिफ़िकेशन |\n"
               "| Gupshup Technology India Pvt. Ltd. | WhatsApp पर ऑर्डर अपडेट और संदेश |")]},
    {"note": "typo fixed (जानकरी -> जानकारी), date unchanged", "bump": False,
     "repl": [("अपनी जानकरी देख और बदल", "अपनी जानकारी देख और बदल")]},
    {"note": "grievance officer replaced (Anuradha Mehta -> Vikas Rathore)",
     "repl": [("@ सुश्री अनुराधा मेहता, शिकायत अधिकारी", "@ श्री विकास राठौर, शिकायत अधिकारी")]},
    {"note": "sentence added to the 3D try-on item: camera images never sent to or stored on servers",
     "repl": [("कैमरे की छवि आपके डिवाइस पर ही संसाधित की जाती है।",
               "कैमरे की छवि आपके डिवाइस पर ही संसाधित की जाती है। यह छवि न तो हमारे सर्वर पर भेजी जाती है और "
               "न ही कहीं संग्रहीत की जाती है।")]},
    {"note": "prescription retention extended from 3 to 5 years",
     "repl": [("आपके अंतिम ऑर्डर से 3 वर्ष तक", "आपके अंतिम ऑर्डर से 5 वर्ष तक")]},
]


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["hi"][d.month - 1], d.year)


FRAMES = [("nz-air-titanium-rimless", "नज़रिया एयर टाइटेनियम रिमलेस", 3999),
          ("classic-black-wayfarer", "क्लासिक ब्लैक वेफ़रर", 1999),
          ("bluecut-computer-round", "ब्लू-कट कंप्यूटर ग्लासेस राउंड", 1499),
          ("kids-flex-round-blue", "किड्स फ़्लेक्स राउंड (नीला)", 1299),
          ("gold-aviator-polarized", "गोल्ड एविएटर पोलराइज़्ड सनग्लास", 2499),
          ("transparent-cat-eye", "ट्रांसपेरेंट कैट-आई", 1799),
          ("retro-round-tortoise", "रेट्रो राउंड टॉर्टॉइज़", 1999),
          ("sports-wrap-polarized", "स्पोर्ट्स रैप पोलराइज़्ड", 2999),
          ("rectangle-half-rim-gunmetal", "रेक्टेंगल हाफ़-रिम गनमेटल", 2199),
          ("geometric-rose-gold", "जियोमेट्रिक रोज़ गोल्ड", 2299)]


def _offer(loc):
    d = loc.date()
    y = d.year
    if dt.date(y, 1, 18) <= d <= dt.date(y, 1, 28):
        return ("republic", "गणतंत्र दिवस सेल: सभी फ्रेम पर 60% तक की छूट", "/hi/sale/republic-day")
    if dt.date(y, 3, 1) <= d <= dt.date(y, 3, 26):
        return ("holi", "होली ऑफ़र: सनग्लास पर फ़्लैट 40% छूट", "/hi/sale/holi")
    if dt.date(y, 8, 8) <= d <= dt.date(y, 8, 16):
        return ("independence", "आज़ादी सेल: दूसरा फ्रेम सिर्फ़ ₹15 में", "/hi/sale/independence-day")
    if dt.date(y, 10, 10) <= d <= dt.date(y, 11, 10):
        return ("diwali", "दिवाली धमाका: ब्लू-कट लेंस के साथ फ्रेम मुफ़्त", "/hi/sale/diwali")
    if 4 <= d.month <= 6:
        return ("summer", "गर्मियों की सेल: पोलराइज़्ड सनग्लास ₹999 से शुरू", "/hi/sunglasses")
    return ("bogo", "एक खरीदें, एक मुफ़्त – गोल्ड मेंबरशिप के साथ", "/hi/gold-membership")


EXPERIMENT_END = dt.datetime(2024, 9, 18)


def _trending(rng, prev):
    """Merchandising's 'trending' rail: six frames re-ranked by sales; prices and discounts move with campaigns."""
    if prev is not None and rng.random() < 0.15:
        return prev
    picks = rng.sample(FRAMES, 6)
    out = []
    for slug, name, mrp in picks:
        disc = rng.choice([0, 20, 30, 40, 50, 50, 60])
        price = int(round(mrp * (100 - disc) / 100.0 / 10.0)) * 10 - 1 if disc else mrp
        out.append((slug, name, mrp, price, disc, round(rng.uniform(4.1, 4.8), 1), rng.randint(180, 9800)))
    return tuple(out)


def _build(rng):
    return (C.alnum(rng, 21, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
            tuple(C.hexs(rng, 16) for _ in range(6)), C.hexs(rng, 16))


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "hi")
    ab = "A" if when >= EXPERIMENT_END else rng.choice("AB")
    return {
        "build": C.keep_or(rng, p.get("build"), 0.35, lambda: _build(rng)),
        "sentry": (C.hexs(rng, 32), C.hexs(rng, 16)),
        "ab": ab,
        "offer": _offer(loc),
        "trending": _trending(rng, p.get("trending")),
        "pub": p.get("pub"),
    }


LABELS = {
    "build": "Next.js buildId and chunk hashes (deploy)",
    "sentry": "Sentry trace id / baggage in pageProps (per request)",
    "ab": "header call-to-action A/B variant",
    "offer": "offer strip above the header",
    "trending": "trending frames rail below the policy (picks, prices, ratings)",
    "pub": "CMS updatedAt in __NEXT_DATA__",
}

CLS = {"main": "PolicyPage_main__x1Y2z", "content": "PolicyPage_content__Qm8vK", "title": "PolicyPage_title__1xR3a",
       "body": "PolicyPage_body__Zp7Lq", "crumbs": "Breadcrumbs_crumbs__v8LkT"}


def _inr(n):
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts) + "," + tail


def _cms_html(blocks):
    def table(rows, inl):
        head = "<tr>%s</tr>" % "".join("<th>%s</th>" % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return "<figure class=\"table\"><table><thead>%s</thead><tbody>%s</tbody></table></figure>" % (head, body)
    return K.render_blocks(blocks, table=table, sep="",
                           addr=lambda lines, inl: "<p>%s</p>" % "<br>".join(inl(x) for x in lines))


def _json(o):
    s = json.dumps(o, ensure_ascii=False, separators=(",", ":"))
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render(state, blocks, when):
    pub = K.publish_track(state, blocks, when, lag=(120, 8000))
    build_id, chunks, release = state["build"]
    trace, span = state["sentry"]
    okey, otext, ourl = state["offer"]
    title = blocks[0][1]
    body_html = _cms_html(blocks[1:])
    cta = (("घर पर आँखों की जाँच बुक करें", "/hi/home-eye-test") if state["ab"] == "A"
           else ("3D में ट्राय करें", "/hi/3d-try-on"))
    cards = "".join(
        '<li class="ProductRail_item__3hTfQ"><a class="ProductCard_card__9sKdE" href="/hi/p/%s"><img alt="%s" '
        'loading="lazy" width="240" height="120" decoding="async" class="ProductCard_img__Lr2xw" src="https://cdn.'
        'nazariya.in/catalog/%s/front.webp?w=480&amp;q=75"/><p class="ProductCard_name__aW1uP">%s</p><p class='
        '"ProductCard_price__0sJpQ"><span class="ProductCard_now__Hb4tY">₹%s</span>%s</p><p class="ProductCard_'
        'rating__nQ7cX">%s ★ <span>(%s)</span></p></a></li>'
        % (slug, K.attr(name), slug, K.esc(name), _inr(price),
           ('<s class="ProductCard_mrp__7GkzR">₹%s</s><span class="ProductCard_off__Vd3mS">%d%% छूट</span>'
            % (_inr(mrp), disc)) if disc else "", rating, _inr(cnt))
        for slug, name, mrp, price, disc, rating, cnt in state["trending"])
    data = {"props": {"pageProps": {
        "page": {"slug": "privacy-policy", "locale": "hi", "title": title, "html": body_html,
                 "updatedAt": pub.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (int(state["pub"][1][:3], 16) % 1000),
                 "seo": {"metaTitle": "गोपनीयता नीति | नज़रिया आईवियर", "noIndex": False}},
        "header": {"offer": {"id": okey, "text": otext, "href": ourl},
                   "experiments": {"hdr_cta_v2": state["ab"]} if when < EXPERIMENT_END else {}},
        "trending": [{"slug": s, "name": n, "mrp": m, "price": pr, "discount": d, "rating": r, "reviews": c}
                     for s, n, m, pr, d, r, c in state["trending"]],
        "_sentryTraceData": "%s-%s-0" % (trace, span),
        "_sentryBaggage": "sentry-environment=production,sentry-release=%s,sentry-public_key=7c2e1f0a9b8d4c3e8f6a5b4c3d2e1f0a,"
                          "sentry-trace_id=%s,sentry-sample_rate=0.02,sentry-transaction=%%2F%%5Blang%%5D%%2F%%5Bslug%%5D,"
                          "sentry-sampled=false" % (release, trace)},
        "__N_SSP": True},
        "page": "/[lang]/[slug]", "query": {"lang": "hi", "slug": "privacy-policy"}, "buildId": build_id,
        "isFallback": False, "gssp": True, "locale": "hi", "locales": ["en", "hi"], "defaultLocale": "en",
        "scriptLoader": []}
    c = chunks
    head = ('<!DOCTYPE html><html lang="hi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-'
            'width, initial-scale=1"/><title>गोपनीयता नीति | नज़रिया आईवियर</title><meta name="description" content="'
            'जानें कि नज़रिया आईवियर आपकी व्यक्तिगत जानकारी कैसे एकत्र, उपयोग और सुरक्षित करता है।"/><link rel="'
            'canonical" href="https://www.nazariya.in/hi/privacy-policy"/><link rel="alternate" hrefLang="en" href="'
            'https://www.nazariya.in/privacy-policy"/><link rel="alternate" hrefLang="hi" href="https://www.nazariya.in'
            '/hi/privacy-policy"/><meta name="next-head-count" content="7"/><link rel="preconnect" href="https://cdn.'
            'nazariya.in"/><link rel="preload" href="/_next/static/media/e4af272ccee01ff0-s.p.woff2" as="font" type="'
            'font/woff2" crossorigin="anonymous" data-next-font="size-adjust"/><link rel="preload" href="/_next/static'
            '/css/%s.css" as="style"/><link rel="stylesheet" href="/_next/static/css/%s.css" data-n-g=""/><noscript '
            'data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8'
            '.js"></script><script src="/_next/static/chunks/webpack-%s.js" defer=""></script><script src="/_next/static'
            '/chunks/framework-%s.js" defer=""></script><script src="/_next/static/chunks/main-%s.js" defer=""></script>'
            '<script src="/_next/static/chunks/pages/_app-%s.js" defer=""></script><script src="/_next/static/chunks/'
            'pages/%%5Blang%%5D/%%5Bslug%%5D-%s.js" defer=""></script><script src="/_next/static/%s/_buildManifest.js" '
            'defer=""></script><script src="/_next/static/%s/_ssgManifest.js" defer=""></script></head>'
            % (c[0][:16], c[0][:16], c[1], c[2], c[3], c[4], c[5], build_id, build_id))
    body = ('<body><div id="__next"><div class="OfferStrip_strip__k2P9x OfferStrip_%s__Xc0vB"><a href="%s">%s</a></div>'
            '<header class="Header_header__R5fTq"><div class="Header_inner__pW3kd"><a class="Header_logo__b8Qz1" href="'
            '/hi"><img alt="नज़रिया" width="132" height="32" src="/images/logo-hi.svg"/></a><nav class="Header_nav__'
            'G1yVb"><a href="/hi/eyeglasses">चश्मे</a><a href="/hi/sunglasses">सनग्लास</a><a href="/hi/computer-'
            'glasses">कंप्यूटर ग्लासेस</a><a href="/hi/contact-lenses">कॉन्टैक्ट लेंस</a><a href="/hi/stores">स्टोर'
            '</a></nav><a class="Header_cta__Ym5Ff" data-exp="hdr_cta_v2:%s" href="%s">%s</a><a class="Header_cart__'
            'Tz9Wn" href="/hi/cart" aria-label="कार्ट"><span>0</span></a></div></header><main class="%s"><nav class="%s"'
            ' aria-label="breadcrumb"><a href="/hi">होम</a><span>/</span><span>गोपनीयता नीति</span></nav><article '
            'class="%s"><h1 class="%s">%s</h1><div class="%s">%s</div></article><section class="ProductRail_rail__'
            'Fz2mP"><h2 class="ProductRail_title__c3Hq9">आपके लिए ट्रेंडिंग फ्रेम</h2><ul class="ProductRail_list__'
            'Kp1sZ">%s</ul></section></main><footer class="Footer_footer__nW7cY"><div class="Footer_cols__q2Xs8"><div>'
            '<p class="Footer_head__Jd4hM">नज़रिया</p><a href="/hi/about">हमारे बारे में</a><a href="/hi/stores">स्टोर '
            'खोजें</a><a href="/hi/franchise">फ्रैंचाइज़ी</a></div><div><p class="Footer_head__Jd4hM">मदद</p><a href='
            '"/hi/faq">अक्सर पूछे जाने वाले सवाल</a><a href="/hi/returns">रिटर्न और रिफंड</a><a href="/hi/privacy-'
            'policy">गोपनीयता नीति</a><a href="/hi/terms">नियम और शर्तें</a></div><div><p class="Footer_head__Jd4hM">'
            'ऐप डाउनलोड करें</p><a href="https://play.google.com/store/apps/details?id=in.nazariya.app">Google Play'
            '</a><a href="https://apps.apple.com/in/app/nazariya/id1588123456">App Store</a></div></div><p class="'
            'Footer_copy__L0pQe">© %d नज़रिया आईवियर प्राइवेट लिमिटेड। सर्वाधिकार सुरक्षित।</p></footer></div>'
            % (okey, ourl, K.esc(otext), state["ab"], cta[1], K.esc(cta[0]), CLS["main"], CLS["crumbs"],
               CLS["content"], CLS["title"], K.esc(title), CLS["body"], body_html, cards, when.year))
    tail = ('<script id="__NEXT_DATA__" type="application/json">%s</script></body></html>' % _json(data))
    return head + body + tail


PAGE = {
    "service": "Nazariya Eyewear",
    "url": "https://www.nazariya.in/hi/privacy-policy",
    "lang": "hi",
    "platform": "Next.js 13 (pages router, SSR) behind CloudFront, headless CMS, @sentry/nextjs",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("X-Powered-By", "Next.js"), ("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate"),
                      ("Via", "1.1 3f9c1e2a7b4d5c6e8f0a1b2c3d4e5f6a.cloudfront.net (CloudFront)"),
                      ("X-Cache", "Miss from cloudfront")],
    "n": 32,
    "start": dt.date(2024, 1, 10),
    "end": dt.date(2025, 6, 30),
    "hours": (2, 7, 12),
    "policy": POLICY,
    "first_updated": dt.date(2023, 11, 20),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.nazariya.in/hi/privacy-policy",
        "select": ".PolicyPage_content__Qm8vK",
    },
}
