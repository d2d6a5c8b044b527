"""Dongarvata: a Marathi hiking-trail and trek-report app (Pune), its web site an Angular Universal app (Angular 15
with `serverApp` ids and the `&q;`-escaped TransferState, upgraded in February 2024 to Angular 17 with
`ng-c<hash>` ids, `ngh` hydration attributes and a plain-JSON `ng-state`). The policy comes from the CMS through
`[innerHTML]` into `.legal-content`, inside `section.legal-page` (the declared container) with the component's own
title and date. Between visits: the trip-report feed beside the policy (`aside.trip-feed`), the app-store badge
with its live rating count *inside* the declared section (a component the declaration removes:
`app-store-badges`), the TransferState copy of both, the monsoon trail-closure banner (June to September), and on
deploys the bundle hashes and the `_ngcontent-*` attribute ids, which sit on the declared section's own elements
(attributes only)."""
import datetime as dt
import html
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

URL = "https://dongarvata.in/mr/privacy"
DIG = str.maketrans("0123456789", "०१२३४५६७८९")

POLICY = """
# गोपनीयता धोरण

अखेरचे अद्यतन: {UPDATED}

डोंगरवाटा आउटडोअर्स प्रायव्हेट लिमिटेड ("डोंगरवाटा", "आम्ही") ही कंपनी सह्याद्री आणि महाराष्ट्रातील इतर डोंगररांगांमधील ट्रेक, किल्ले आणि जंगलवाटांची माहिती देणारे डोंगरवाटा मोबाइल ॲप आणि dongarvata.in हे संकेतस्थळ चालवते. तुम्ही आमच्या सेवा वापरता तेव्हा आम्ही कोणती वैयक्तिक माहिती गोळा करतो, ती कशासाठी वापरतो, कोणाला देतो, किती काळ ठेवतो आणि तुमचे कोणते अधिकार आहेत, हे या धोरणात स्पष्ट केले आहे.

हे धोरण माहिती तंत्रज्ञान अधिनियम, २००० आणि माहिती तंत्रज्ञान (वाजवी सुरक्षा पद्धती आणि कार्यपद्धती व संवेदनशील वैयक्तिक डेटा किंवा माहिती) नियम, २०११ यांनुसार तयार केले आहे. ॲप वापरून किंवा खाते तयार करून तुम्ही या धोरणास संमती देता.

## १. आम्ही कोणती माहिती गोळा करतो

- **खाते माहिती:** नाव, मोबाइल क्रमांक, ई-मेल पत्ता, वयोगट आणि प्रोफाइल फोटो (ऐच्छिक).
- **स्थान माहिती:** ट्रेक रेकॉर्ड करताना तुमच्या फोनचे GPS स्थान, उंची आणि वेग. ॲप पार्श्वभूमीत असताना स्थान फक्त ट्रेक रेकॉर्डिंग सुरू असेल तरच वापरले जाते.
- **ट्रेक अहवाल आणि फोटो:** तुम्ही प्रकाशित करता ते ट्रेक अहवाल, मार्गाची स्थिती, फोटो आणि टिप्पण्या.
- **आपत्कालीन संपर्क:** तुम्ही जोडलेल्या व्यक्तीचे नाव आणि मोबाइल क्रमांक, जेणेकरून SOS सुविधा वापरताना त्यांना संदेश पाठवता येईल.
- **गट ट्रेक बुकिंग:** सहभागींची नावे, वय, आपत्कालीन संपर्क आणि आरोग्यविषयक सूचना (उदा. दमा, ॲलर्जी), फक्त तुम्ही स्वतः दिल्यास.
- **पेमेंट माहिती:** व्यवहार क्रमांक, रक्कम आणि व्यवहाराची स्थिती. कार्ड किंवा UPI तपशील आमच्याकडे साठवले जात नाहीत.
- **तांत्रिक माहिती:** उपकरणाचा प्रकार, ऑपरेटिंग सिस्टम, ॲपची आवृत्ती, IP पत्ता आणि क्रॅश अहवाल.

## २. माहितीचा वपर

आम्ही तुमची माहिती पुढील कारणांसाठी वापरतो:

- तुमचे खाते तयार करणे आणि OTP द्वारे लॉग-इन सुरक्षित ठेवणे;
- नकाशावर तुमचा ट्रेक दाखवणे आणि अंतर, उंची व वेळेची नोंद ठेवणे;
- इतर ट्रेकर्ससाठी मार्गांची ताजी स्थिती (पाणी, चिखल, बंद वाटा) प्रसिद्ध करणे;
- गट ट्रेक आणि मार्गदर्शकांचे बुकिंग व्यवस्थापित करणे;
- हवामान इशारे, पावसाळी बंदी आणि वनविभागाच्या सूचना पाठवणे;
- ॲपमधील त्रुटी शोधणे आणि सेवा सुधारणे;
- कायद्याने आवश्यक असल्यास माहिती जतन करणे.

आम्ही तुमची वैयक्तिक माहिती विकत नाही आणि जाहिरातदारांना देत नाही.

## ३. माहिती कोणाला दिली जाते

सेवा चालवण्यासाठी आम्ही खालील सेवा प्रदात्यांची मदत घेतो. ते फक्त आमच्या सूचनांनुसार आणि लेखी करारानुसार माहिती हाताळतात.

| सेवा प्रदाता | उद्देश | माहिती साठवणुकीचे ठिकाण |
| Amazon Web Services (मुंबई प्रदेश) | सर्व्हर आणि डेटाबेस | भारत |
| Google Firebase | लॉग-इन, पुश सूचना आणि क्रॅश अहवाल | अमेरिका |
| Mapbox | नकाशे आणि मार्ग दाखवणे | अमेरिका |
| Razorpay | गट ट्रेक बुकिंगचे पेमेंट | भारत |
| MSG91 | OTP आणि SMS | भारत |

गट ट्रेक बुक केल्यास सहभागींची नावे आणि आपत्कालीन संपर्क त्या ट्रेकच्या नोंदणीकृत मार्गदर्शकाला दिले जातात. अपघात किंवा बचावकार्याच्या वेळी आम्ही आवश्यक माहिती स्थानिक पोलीस, वनविभाग किंवा बचाव पथकांना देऊ शकतो. SOS बटण दाबल्यास तुमचे सध्याचे स्थान, बॅटरीची पातळी आणि ट्रेकचे नाव तुमच्या आपत्कालीन संपर्काला SMS द्वारे आणि आमच्या मदत कक्षाला पाठवले जाते. मदत कक्ष आवश्यक वाटल्यास ही माहिती जवळच्या बचाव पथकाला देतो. कायद्याने मागणी केल्यास न्यायालय किंवा शासकीय यंत्रणांनाही माहिती दिली जाऊ शकते.

## ४. सार्वजनिक माहिती

तुम्ही प्रकाशित केलेले ट्रेक अहवाल, फोटो आणि मार्गाची स्थिती सर्व वापरकर्त्यांना तुमच्या प्रोफाइल नावासह दिसते. प्रकाशित करण्यापूर्वी फोटोतील GPS माहिती आम्ही आपोआप काढून टाकतो. तुमचे घर किंवा ट्रेक सुरू होण्याचे ठिकाण लपवण्यासाठी ॲपमधील "गोपनीय क्षेत्र" सेटिंग वापरा.

तुम्ही प्रकाशित केलेला अहवाल किंवा फोटो कधीही संपादित करू शकता किंवा हटवू शकता. इतर वापरकर्त्यांनी एखाद्या अहवालातील माहिती चुकीची किंवा धोकादायक असल्याचे कळवल्यास आमचे संपादक तो अहवाल तपासतात आणि आवश्यक असल्यास तो लपवतात किंवा त्यात दुरुस्ती सुचवतात. वनविभागाने बंद केलेल्या वाटांवरील नवीन अहवाल आम्ही प्रसिद्ध करत नाही.

## ५. माहिती किती काळ ठेवतो

| माहिती | कालावधी |
| खाते माहिती | खाते हटवेपर्यंत |
| रेकॉर्ड केलेले ट्रेक आणि फोटो | तुम्ही हटवेपर्यंत, किंवा खाते हटवल्यानंतर ९० दिवस |
| बुकिंग आणि पेमेंट नोंदी | ८ वर्षे (कर कायद्यानुसार) |
| SOS आणि आपत्कालीन नोंदी | २ वर्षे |
| तांत्रिक लॉग | १८० दिवस |

## ६. कुकीज आणि विश्लेषण

आमचे संकेतस्थळ लॉग-इन टिकवण्यासाठी आणि निवडलेली भाषा लक्षात ठेवण्यासाठी आवश्यक कुकीज वापरते. संकेतस्थळ कसे वापरले जाते हे समजून घेण्यासाठी आम्ही Google Analytics वापरतो; त्यातून मिळणारी आकडेवारी एकत्रित स्वरूपात असते आणि तिचा वापर तुम्हाला ओळखण्यासाठी केला जात नाही. ॲपमध्ये Firebase Analytics द्वारे कोणती वैशिष्ट्ये जास्त वापरली जातात याची नोंद ठेवली जाते. ॲपच्या सेटिंग्जमध्ये "वापर आकडेवारी पाठवा" हा पर्याय बंद करून तुम्ही हे थांबवू शकता. ब्राउझरच्या सेटिंग्जमधून कुकीज हटवता किंवा अडवता येतात, मात्र तसे केल्यास काही सुविधा नीट चालणार नाहीत.

## ७. सुरक्षा

सर्व माहिती एन्क्रिप्टेड जोडणीद्वारे पाठवली जाते आणि सर्व्हरवरही एन्क्रिप्टेड स्वरूपात साठवली जाते. आमच्या कर्मचाऱ्यांना फक्त त्यांच्या कामापुरता प्रवेश दिला जातो. तरीही इंटरनेटवरील कोणतीही प्रणाली पूर्णपणे सुरक्षित नसते, त्यामुळे तुमचा OTP कोणालाही सांगू नका.

## ८. तुमचे अधिकार

- तुमची माहिती पाहणे आणि तिची प्रत मिळवणे;
- चुकीची किंवा अपूर्ण माहिती दुरुस्त करणे;
- खाते आणि संबंधित माहिती हटवणे (ॲपमध्ये: प्रोफाइल, सेटिंग्ज, खाते हटवा);
- स्थान, सूचना किंवा विपणन संदेशांसाठी दिलेली संमती कधीही मागे घेणे.

संमती मागे घेतल्यास काही सुविधा, उदा. ट्रेक रेकॉर्डिंग किंवा SOS, वापरता येणार नाहीत.

## ९. मुले

१८ वर्षांखालील मुलांनी पालकांच्या संमतीनेच खाते तयार करावे. शाळा किंवा संस्थांच्या गट ट्रेकमध्ये मुलांची माहिती सोबतच्या शिक्षकांकडून किंवा पालकांकडून घेतली जाते.

## १०. तक्रार अधिकारी

माहिती तंत्रज्ञान नियमांनुसार आमचे तक्रार अधिकारी:

@ श्री. अमोल देशपांडे, तक्रार अधिकारी
@ डोंगरवाटा आउटडोअर्स प्रायव्हेट लिमिटेड
@ तिसरा मजला, शिवनेरी हाइट्स, कर्वे रोड, कोथरूड, पुणे ४११०३८
@ ई-मेल: [grievance@dongarvata.in](mailto:grievance@dongarvata.in)

तक्रार मिळाल्यापासून ३० दिवसांच्या आत आम्ही तिचे निवारण करतो.

## ११. धोरणातील बदल

हे धोरण वेळोवेळी बदलू शकते. महत्त्वाचे बदल ॲपमधील सूचनेद्वारे आणि ई-मेलद्वारे कळवले जातील. बदलानंतरही सेवा वापरत राहिल्यास तुम्ही सुधारित धोरण स्वीकारले असे मानले जाईल.
"""

MONTHS = ["जानेवारी", "फेब्रुवारी", "मार्च", "एप्रिल", "मे", "जून", "जुलै", "ऑगस्ट", "सप्टेंबर", "ऑक्टोबर",
          "नोव्हेंबर", "डिसेंबर"]


def fmt_date(d):
    return ("%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)).translate(DIG)


EDITS = [
    {"note": "Cloudinary added to the processors table (photo storage)",
     "repl": [("| Razorpay | गट ट्रेक बुकिंगचे पेमेंट | भारत |",
               "| Cloudinary | फोटो साठवणे आणि त्यांचा आकार बदलणे | अमेरिका |\n"
               "| Razorpay | गट ट्रेक बुकिंगचे पेमेंट | भारत |")]},
    {"note": "typo fixed in heading 2: 'वपर' -> 'वापर' (no new date)", "bump": False,
     "repl": [("## २. माहितीचा वपर", "## २. माहितीचा वापर")]},
    {"note": "sentence added: commitment to the Digital Personal Data Protection Act, 2023",
     "repl": [("ॲप वापरून किंवा खाते तयार करून तुम्ही या धोरणास संमती देता.",
               "डिजिटल वैयक्तिक डेटा संरक्षण अधिनियम, २०२३ च्या तरतुदी लागू होताच त्यांचे पालन करण्यास आम्ही "
               "बांधील आहोत. ॲप वापरून किंवा खाते तयार करून तुम्ही या धोरणास संमती देता.")]},
    {"note": "tracks and photos kept 30 instead of 90 days after account deletion",
     "repl": [("खाते हटवल्यानंतर ९० दिवस", "खाते हटवल्यानंतर ३० दिवस")]},
    {"note": "new grievance officer and office address (Baner); response time shortened",
     "repl": [("@ श्री. अमोल देशपांडे, तक्रार अधिकारी", "@ सौ. प्राजक्ता कुलकर्णी, तक्रार अधिकारी"),
              ("@ तिसरा मजला, शिवनेरी हाइट्स, कर्वे रोड, कोथरूड, पुणे ४११०३८",
               "@ ऑफिस क्र. ५०४, सह्याद्री बिझनेस सेंटर, बाणेर रोड, बाणेर, पुणे ४११०४५"),
              ("तक्रार मिळाल्यापासून ३० दिवसांच्या आत", "तक्रार मिळाल्यापासून १५ दिवसांच्या आत")]},
]

UPGRADE = dt.datetime(2024, 2, 10)
FORTS = ["राजगड", "तोरणा", "हरिश्चंद्रगड", "कळसूबाई", "लोहगड", "विसापूर", "रायगड", "सिंहगड", "हरिहर", "राजमाची",
         "रतनगड", "ढाक बहिरी", "कोरीगड", "प्रबळगड", "अंधारबन", "सुधागड"]
CONDS_DRY = ["मार्ग कोरडा, टाक्यांत पाणी उपलब्ध", "वाटेत घसरडी माती, काळजी घ्या", "गर्दी जास्त, लवकर सुरुवात करा",
             "शिखरावर जोराचा वारा", "पाणी कमी, किमान ३ लिटर सोबत ठेवा", "मार्गदर्शक फलक नवीन लावले आहेत"]
CONDS_WET = ["वाटेत चिखल, काळजी घ्या", "धुके, दृश्यमानता कमी", "ओढ्याला पाणी जास्त, ओलांडू नका",
             "धबधबे सुरू, खडक निसरडे", "वनविभागाने वाट तात्पुरती बंद केली"]
USERS = ["सागर पाटील", "अनुजा जोशी", "रोहन शिंदे", "स्नेहा कदम", "अमित भोसले", "प्रिया गोखले", "केदार साठे",
         "मयूर पवार", "ऋतुजा माने", "निखिल जाधव"]


def _ngc(rng):
    return "ng-c%d" % rng.randint(100000000, 4294967295)


def noise(rng, when, i, prev):
    prev = prev or {}
    v17 = when >= UPGRADE

    def deploy():
        if v17:
            ids = {k: _ngc(rng) for k in ("root", "header", "alert", "legal", "badges", "feed", "footer")}
        else:
            base = rng.randint(40, 160)
            ids = {k: "serverapp-c%d" % (base + n * rng.randint(3, 19))
                   for n, k in enumerate(("root", "header", "alert", "legal", "badges", "feed", "footer"))}
        return {"v17": v17, "ids": ids, "main": C.hexs(rng, 16), "poly": C.hexs(rng, 16), "rt": C.hexs(rng, 16),
                "css": C.hexs(rng, 16), "chunk": C.hexs(rng, 16),
                "ver": rng.choice(["17.1.2", "17.2.3", "17.3.8"]) if v17 else rng.choice(["15.2.8", "15.2.9", "15.2.10"])}
    old = prev.get("deploy")
    dep = C.keep_or(rng, old if old and old["v17"] == v17 else None, 0.35, deploy)
    wet = when.month in (6, 7, 8, 9)
    feed = []
    for k in range(4):
        feed.append({"fort": rng.choice(FORTS), "cond": rng.choice(CONDS_WET if wet else CONDS_DRY),
                     "user": rng.choice(USERS), "ago": rng.choice([1, 2, 3, 5, 8, 11, 14, 20]) + 3 * k,
                     "id": rng.randint(180000, 420000)})
    rating = {"stars": C.keep_or(rng, (prev.get("rating") or {}).get("stars"), 0.2,
                                 lambda: rng.choice(["4.5", "4.6", "4.7"])),
              "count": (prev.get("rating") or {}).get("count", 9120) + rng.randint(15, 400)}
    return {"deploy": dep, "feed": feed, "rating": rating, "monsoon": wet}


LABELS = {"deploy": "Angular deploy (bundle hashes, _ngcontent ids, ng-version; the v15 -> v17 upgrade)",
          "feed": "trip-report feed beside the policy (aside.trip-feed) and its TransferState copy",
          "rating": "app rating count in the store badge inside the declared section (removed by the declaration)",
          "monsoon": "monsoon trail-closure banner"}


def policy_html(blocks):
    """The CMS's HTML as inserted by [innerHTML]: no Angular attributes."""
    return "".join(C.block_html(b) for b in blocks)


def _ago(h):
    if h >= 24:
        return "काल"
    if h == 1:
        return "१ तासापूर्वी"
    return ("%d तासांपूर्वी" % h).translate(DIG)


def _state_json(state, v17):
    data = {"trip-feed": [{"id": f["id"], "fort": f["fort"], "condition": f["cond"], "author": f["user"],
                           "hoursAgo": f["ago"]} for f in state["feed"]],
            "app-rating": {"stars": float(state["rating"]["stars"]), "count": state["rating"]["count"]},
            "legal-page:privacy:mr": {"slug": "privacy", "locale": "mr", "cached": True}}
    if v17:
        data["__nghData__"] = [{"t": {"2": "t0"}, "c": {"2": [{"i": "t0", "r": 1}]}}, {}]
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    s = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for a, b in (("&", "&a;"), ('"', "&q;"), ("'", "&s;"), ("<", "&l;"), (">", "&g;")):
        s = s.replace(a, b)
    return s


def render(state, blocks, when):
    dep = state["deploy"]
    v17 = dep["v17"]
    ids = dep["ids"]

    def c(k):
        return '_ngcontent-%s=""' % ids[k]

    def h(k, n=None):
        a = '_nghost-%s=""' % ids[k]
        if v17 and n is not None:
            a += ' ngh="%d"' % n
        return a
    title, updated, body = blocks[0], blocks[1], blocks[2:]
    nav = "".join('<li %s><a %s routerlinkactive="active" href="/mr/%s">%s</a></li>' % (c("header"), c("header"), hr, t)
                  for hr, t in (("treks", "ट्रेक"), ("forts", "किल्ले"), ("map", "नकाशा"), ("group-treks", "गट ट्रेक"),
                                ("reports", "ट्रेक अहवाल")))
    feed = "".join(
        '<li %s class="feed-item"><a %s href="/mr/reports/%d"><strong %s>%s</strong> <span %s class="cond">%s</span></a>'
        '<span %s class="meta">%s · %s</span></li>'
        % (c("feed"), c("feed"), f["id"], c("feed"), f["fort"], c("feed"), f["cond"], c("feed"), _ago(f["ago"]),
           f["user"]) for f in state["feed"])
    rating = state["rating"]
    count = "{:,}".format(rating["count"]).translate(DIG)
    alert = ""
    if state["monsoon"]:
        alert = ('<app-trail-alert %s %s><div %s class="alert alert-monsoon" role="status"><strong %s>पावसाळी सूचना:</strong> '
                 'वनविभागाच्या आदेशानुसार काही धबधबे आणि कड्यांवरील वाटा ३० सप्टेंबरपर्यंत बंद आहेत. '
                 '<a %s href="/mr/closures">बंद मार्गांची यादी</a></div></app-trail-alert>'
                 % (c("root"), h("alert", 3), c("alert"), c("alert"), c("alert")))
    if v17:
        styles = '<link rel="stylesheet" href="styles-%s.css">' % dep["css"][:8].upper()
        scripts = ('<script src="polyfills-%s.js" type="module"></script><script src="main-%s.js" type="module"></script>'
                   % (dep["poly"][:8].upper(), dep["main"][:8].upper()))
        state_script = '<script id="ng-state" type="application/json">%s</script>' % _state_json(state, True)
        root_attrs = '%s ng-version="%s" ngh="0" ng-server-context="ssr"' % (h("root"), dep["ver"])
    else:
        styles = ('<link rel="stylesheet" href="styles.%s.css" media="print" onload="this.media=\'all\'"><noscript>'
                  '<link rel="stylesheet" href="styles.%s.css"></noscript>' % (dep["css"], dep["css"]))
        scripts = ('<script src="runtime.%s.js" type="module"></script><script src="polyfills.%s.js" type="module">'
                   '</script><script src="main.%s.js" type="module"></script>' % (dep["rt"], dep["poly"], dep["main"]))
        state_script = '<script id="serverApp-state" type="application/json">%s</script>' % _state_json(state, False)
        root_attrs = '%s ng-version="%s"' % (h("root"), dep["ver"])
    L = ids["legal"]
    return """<!DOCTYPE html><html lang="mr"><head>
  <meta charset="utf-8">
  <title>गोपनीयता धोरण | डोंगरवाटा</title>
  <base href="/mr/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
  <link rel="preconnect" href="https://fonts.gstatic.com">
  <link href="https://fonts.googleapis.com/css2?family=Mukta:wght@400;600;700&amp;display=swap" rel="stylesheet">
  <meta name="apple-itunes-app" content="app-id=1587234410">
%(styles)s<style ng-app-id="%(appid)s">.legal-grid[_ngcontent-%(L)s]{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:2.5rem}.legal-page[_ngcontent-%(L)s]{max-width:760px}.legal-updated[_ngcontent-%(L)s]{color:#5b6b61;font-size:.9rem}</style><meta name="description" content="डोंगरवाटा ॲप आणि संकेतस्थळ तुमची वैयक्तिक माहिती कशी हाताळते."><link rel="canonical" href="https://dongarvata.in/mr/privacy"><link rel="alternate" hreflang="en" href="https://dongarvata.in/en/privacy"><meta property="og:title" content="गोपनीयता धोरण | डोंगरवाटा"></head>
<body>%(nghm)s
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-D9XK4Q7T2M"></script>
  <script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-D9XK4Q7T2M');</script>
  <app-root %(root_attrs)s><app-header %(c_root)s %(h_header)s><header %(c_header)s class="topbar"><a %(c_header)s routerlink="/" class="brand" href="/mr"><img %(c_header)s src="assets/logo-dongarvata.svg" alt="डोंगरवाटा" width="150" height="40"></a><nav %(c_header)s class="main-nav"><ul %(c_header)s>%(nav)s</ul></nav><a %(c_header)s class="btn-app" href="https://dongarvata.app.link/web-header">ॲप उघडा</a><div %(c_header)s class="lang"><a %(c_header)s href="/en/privacy" hreflang="en">English</a></div></header></app-header>%(alert)s<main %(c_root)s class="container"><router-outlet %(c_root)s></router-outlet><app-legal-page %(h_legal)s><div %(c_legal)s class="legal-grid"><section %(c_legal)s class="legal-page"><h1 %(c_legal)s>%(title)s</h1><p %(c_legal)s class="legal-updated">%(updated)s</p><div %(c_legal)s class="legal-content">%(policy)s</div><app-store-badges %(c_legal)s %(h_badges)s><div %(c_badges)s class="badges"><p %(c_badges)s class="badges-title">डोंगरवाटा ॲप डाउनलोड करा</p><span %(c_badges)s class="rating">★ %(stars)s · %(count)s रेटिंग</span><a %(c_badges)s href="https://play.google.com/store/apps/details?id=in.dongarvata.app" target="_blank" rel="noopener"><img %(c_badges)s src="assets/badges/google-play-mr.png" alt="Google Play वर मिळवा" width="135" height="40"></a><a %(c_badges)s href="https://apps.apple.com/in/app/dongarvata/id1587234410" target="_blank" rel="noopener"><img %(c_badges)s src="assets/badges/app-store-mr.svg" alt="App Store वरून डाउनलोड करा" width="120" height="40"></a></div></app-store-badges></section><aside %(c_legal)s class="trip-feed"><app-trip-feed %(c_legal)s %(h_feed)s><h2 %(c_feed)s>ताजे ट्रेक अहवाल</h2><ul %(c_feed)s>%(feed)s</ul><a %(c_feed)s class="more" href="/mr/reports">सर्व अहवाल पाहा</a></app-trip-feed></aside></div></app-legal-page></main><app-footer %(c_root)s %(h_footer)s><footer %(c_footer)s class="site-footer"><div %(c_footer)s class="cols"><div %(c_footer)s><strong %(c_footer)s>डोंगरवाटा</strong><p %(c_footer)s>सह्याद्रीतील वाटांची ताजी माहिती, ट्रेकर्सकडून ट्रेकर्ससाठी.</p></div><ul %(c_footer)s><li %(c_footer)s><a %(c_footer)s href="/mr/about">आमच्याबद्दल</a></li><li %(c_footer)s><a %(c_footer)s href="/mr/terms">वापराच्या अटी</a></li><li %(c_footer)s><a %(c_footer)s href="/mr/privacy">गोपनीयता धोरण</a></li><li %(c_footer)s><a %(c_footer)s href="/mr/safety">ट्रेक सुरक्षा नियम</a></li><li %(c_footer)s><a %(c_footer)s href="/mr/contact">संपर्क</a></li></ul></div><p %(c_footer)s class="copy">© %(year)s डोंगरवाटा आउटडोअर्स प्रा. लि.</p></footer></app-footer></app-root>
%(scripts)s
%(state_script)s</body></html>""" % {
        "styles": styles, "appid": "ng" if v17 else "serverApp", "L": L, "root_attrs": root_attrs,
        "c_root": c("root"), "h_header": h("header", 1), "c_header": c("header"), "nav": nav, "alert": alert,
        "h_legal": h("legal", 4), "c_legal": c("legal"), "title": C.inline_html(title[1]),
        "updated": C.inline_html(updated[1]), "policy": policy_html(body), "h_badges": h("badges", 5),
        "c_badges": c("badges"), "stars": rating["stars"].translate(DIG), "count": count, "h_feed": h("feed", 6),
        "c_feed": c("feed"), "feed": feed, "h_footer": h("footer", 7), "c_footer": c("footer"),
        "year": str(when.year).translate(DIG), "nghm": "<!--nghm-->" if v17 else "", "scripts": scripts, "state_script": state_script}


PAGE = {
    "service": "Dongarvata",
    "url": URL,
    "lang": "mr",
    "platform": "Angular Universal (15 -> 17 with hydration), CMS HTML via [innerHTML]",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-Powered-By", "Express"), ("Cache-Control", "public, max-age=300"),
                      ("Vary", "Accept-Encoding")),
    "n": 30,
    "start": dt.date(2022, 11, 1),
    "end": dt.date(2025, 5, 31),
    "hours": (6, 18),
    "policy": POLICY,
    "first_updated": dt.date(2022, 10, 17),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "section.legal-page", "remove": "app-store-badges"},
}
