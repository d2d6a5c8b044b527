"""Anjani sugar co-operative (अंजनी शेतकरी सहकारी साखर कारखाना): a Maharashtra farmers' co-operative sugar factory,
in Marathi, on an ASP.NET 4.x WebForms site (master page, Bootstrap 3, IIS).

Noisy, all outside the declared panel `#ContentPlaceHolder1_pnlPolicy`: per visit the `__VIEWSTATE` and
`__EVENTVALIDATION` blobs (the visitor-counter label is in the view state), the visitor counter in the footer
("एकूण भेटी", counting up), the header's "आजचा दिनांक" (today's date in IST, Devanagari digits). Sticky: the
`<marquee>` news ticker (crushing-season cane rate / instalment notices, the general-meeting notice), the
WebResource.axd / ScriptResource.axd `t=` build stamps, and the footer's "संकेतस्थळ अद्यतन" (site last updated) date.
"""
import datetime as dt
import html

import common as C

URL = "https://www.anjanisugar.co.in/PrivacyPolicy.aspx"

MAHINE = ["जानेवारी", "फेब्रुवारी", "मार्च", "एप्रिल", "मे", "जून", "जुलै", "ऑगस्ट", "सप्टेंबर", "ऑक्टोबर", "नोव्हेंबर",
          "डिसेंबर"]
VAR = ["सोमवार", "मंगळवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"]
DEV = str.maketrans("0123456789", "०१२३४५६७८९")


def dev(x):
    return str(x).translate(DEV)


def fmt_date(d):
    return "%s %s %s" % (dev(d.day), MAHINE[d.month - 1], dev(d.year))


POLICY = """# गोपनीयता धोरण

शेवटचे अद्यतन: {UPDATED}

अंजनी शेतकरी सहकारी साखर कारखाना मर्यादित (यापुढे "कारखाना" किंवा "आम्ही") आपले सभासद शेतकरी, ऊस उत्पादक, तोडणी-वाहतूक ठेकेदार आणि संकेतस्थळाला भेट देणारे नागरिक यांच्या वैयक्तिक माहितीचा आदर करतो. हे धोरण कारखान्याचे संकेतस्थळ www.anjanisugar.co.in, "अंजनी ऊस" मोबाईल ॲप आणि एसएमएस सेवेद्वारे गोळा होणाऱ्या माहितीस लागू आहे.

हे धोरण माहिती तंत्रज्ञान अधिनियम, २००० व त्याखालील नियमांनुसार तयार केले आहे.

## आम्ही कोणती माहिती गोळा करतो

### सभासद व ऊस उत्पादकांची माहिती

- नाव, पत्ता, मोबाईल क्रमांक व सभासद क्रमांक;
- ऊस लागवडीची नोंद: गट क्रमांक, सातबारा उताऱ्यावरील क्षेत्र, लागवडीची तारीख, उसाची जात (उदा. को-८६०३२) आणि लागवडीचा प्रकार (आडसाली, पूर्वहंगामी, सुरू, खोडवा);
- ऊस बिल (एफआरपी) जमा करण्यासाठी बँक खाते क्रमांक व आयएफएससी कोड;
- आधार क्रमांक — फक्त शासकीय अनुदान योजना व ऊस विकास योजनांच्या लाभासाठी; आमच्या नोंदीत त्याचे फक्त शेवटचे चार अंक दिसतात;
- वजनकाट्यावरील ऊस वजनाची नोंद, वाहन क्रमांक व पावती क्रमांक;
- खत, बेणे, ठिबक सिंचन साहित्य व ऊस विकास कर्ज पुरवठ्याच्या नोंदी.

### तोडणी-वाहतूक ठेकेदार व मजुरांची माहिती

- ठेकेदाराचे नाव, पत्ता, मोबाईल क्रमांक, पॅन व बँक खाते;
- टोळीतील मजुरांची नावे, गाव व ओळखपत्राचा प्रकार (मजूर नोंदणी व विमा योजनेसाठी);
- ट्रॅक्टर, ट्रक व बैलगाडीचे नोंदणी क्रमांक.

### संकेतस्थळ व ॲप वापरताना

- आपण भरलेल्या ऊस नोंदणी किंवा तक्रार अर्जातील तपशील;
- आयपी पत्ता, ब्राउझरचा प्रकार व भेटीची वेळ;
- ॲपमध्ये परवानगी दिल्यास शेताचे जीपीएस स्थान (ऊस क्षेत्र मोजणीसाठी).

## ऊस नोंदणी व क्षेत्र मोजणी

ऊस नोंदणीनंतर कारखान्याचे शेतकी मदतनीस प्रत्यक्ष शेतावर जाऊन लागवडीचे क्षेत्र मोजतात. मोजणीच्या वेळी ते शेताचे जीपीएस स्थान, उसाच्या पिकाचे छायाचित्र आणि शेतकऱ्याची सही घेतात. हीच माहिती तोडणी कार्यक्रम ठरवण्यासाठी, पीक कर्ज शिफारशीसाठी आणि ऊस विकास योजनांच्या लाभार्थी निवडीसाठी वापरली जाते. मोजणीबाबत आक्षेप असल्यास सात दिवसांच्या आत गट कार्यालयात फेरमोजणीसाठी अर्ज करता येतो.

## माहितीचा वापर

गोळा केलेली माहिती आम्ही खालील कारणांसाठी वापरतो:

- ऊस नोंदणी, तोडणी कार्यक्रम ठरवणे आणि तोडणीची तारीख एसएमएसद्वारे कळवणे;
- ऊस बिल, ठेवी व लाभांश थेट बँक खात्यात जमा करणे;
- खत, बेणे आणि ठिबक सिंचन योजनांचा पुरवठा करणे;
- सभासदांना सर्वसाधारण सभेची सूचना, वार्षिक अहवाल व कारखान्याच्या योजनांची माहिती देणे;
- महाराष्ट्र सहकारी संस्था अधिनियम, १९६० आणि साखर आयुक्तालयाच्या आदेशानुसार आवश्यक नोंदी ठेवणे;
- तक्रारींचे निवारण करणे.

## माहिती कोणाला दिली जाते

आम्ही आपली माहिती विकत नाही किंवा जाहिरातदारांना देत नाही. खालील संस्थांना फक्त गरजेपुरती माहिती दिली जाते:

| संस्था | कारण |
| सभासदांच्या बँका व जिल्हा मध्यवर्ती सहकारी बँक | ऊस बिल जमा करणे व कर्ज वसुली |
| साखर आयुक्तालय, पुणे | एफआरपी अहवाल व गाळप परवान्यासाठी आवश्यक माहिती |
| सहकार विभागाचे लेखापरीक्षक | वैधानिक लेखापरीक्षण |
| एसएमएस सेवा पुरवठादार | तोडणी कार्यक्रम व बिलाचे संदेश पाठवणे |
| संकेतस्थळ व सर्व्हर देखभाल करणारी संस्था | संकेतस्थळ व ॲप चालवणे |
| विमा कंपनी | ऊस तोडणी मजुरांचा अपघात विमा व सभासदांचा पीक विमा |

या संस्थांना दिलेली माहिती फक्त वरील कारणासाठीच वापरण्याचे व ती गोपनीय ठेवण्याचे बंधन त्यांच्यावर असते. संकेतस्थळ देखभाल करणाऱ्या संस्थेशी केलेल्या करारात माहितीची गोपनीयता राखण्याची अट आहे. कायद्याने किंवा न्यायालयाच्या आदेशाने मागणी झाल्यास माहिती संबंधित शासकीय यंत्रणेला दिली जाते.

## माहिती किती काळ ठेवली जाते

| माहिती | कालावधी |
| सभासद नोंदवही | सभासदत्व असेपर्यंत व त्यानंतर ८ वर्षे |
| ऊस वजन व बिलाच्या नोंदी | ८ वर्षे |
| ठेकेदार व मजूर नोंदी | करार संपल्यानंतर ५ वर्षे |
| तक्रार अर्ज | निवारणानंतर ३ वर्षे |
| संकेतस्थळाचे लॉग | ६ महिने |

## सभासद नोंदवही व प्रसिद्ध होणारी माहिती

महाराष्ट्र सहकारी संस्था अधिनियमानुसार कारखान्याला सभासद नोंदवही ठेवावी लागते आणि कोणत्याही सभासदाला ती कार्यालयीन वेळेत पाहण्याचा अधिकार असतो. संचालक मंडळाच्या निवडणुकीपूर्वी राज्य सहकारी निवडणूक प्राधिकरणाच्या नियमांनुसार पात्र सभासदांची मतदार यादी (नाव, गाव व सभासद क्रमांक) कारखाना कार्यस्थळ, गट कार्यालये आणि संकेतस्थळावर प्रसिद्ध केली जाते. वार्षिक अहवालात संचालक, अधिकारी आणि उत्कृष्ट ऊस उत्पादक सभासदांची नावे प्रसिद्ध होतात. याशिवाय सभासदांची वैयक्तिक माहिती सार्वजनिक केली जात नाही.

## मोबाईल ॲपच्या परवानग्या

"अंजनी ऊस" ॲप वापरताना खालील परवानग्या मागितल्या जातात. कोणतीही परवानगी आपण फोनच्या सेटिंगमधून केव्हाही काढून घेऊ शकता; मात्र त्यामुळे संबंधित सुविधा चालणार नाही.

- स्थान: ऊस क्षेत्राची नोंद व जवळच्या गट कार्यालयाची माहिती दाखवण्यासाठी;
- कॅमेरा: पिकाचे व रोग-किडीचे फोटो पाठवण्यासाठी;
- सूचना: तोडणी तारीख, ऊस बिल जमा झाल्याची व सभेची सूचना देण्यासाठी.

ॲप आपले संपर्क, संदेश किंवा फोनमधील इतर फाइल्स वाचत नाही.

## माहितीची सुरक्षा

सभासदांची माहिती कारखान्याच्या संगणक विभागातील सर्व्हरवर सुरक्षीत ठेवली जाते. फक्त अधिकृत कर्मचाऱ्यांनाच स्वतंत्र वापरकर्ता नाव व पासवर्डद्वारे प्रवेश दिला जातो. वजनकाटा संगणकीकृत असून त्यावरील नोंदी नंतर बदलता येत नाहीत. बँक खात्याचा तपशील फक्त लेखा विभागाला दिसतो.

## आपले हक्क

आपल्याला खालील हक्क आहेत:

- आपली माहिती पाहण्याचा व तिची प्रत मिळवण्याचा;
- चुकीची माहिती दुरुस्त करून घेण्याचा;
- एसएमएस व ॲप सूचना बंद करण्याचा (तोडणी व बिलासंबंधी आवश्यक संदेश वगळून);
- माहितीच्या वापराबाबत तक्रार करण्याचा.

माहिती दुरुस्तीसाठी आपल्या गट कार्यालयात किंवा कारखान्याच्या शेतकी विभागात लेखी अर्ज द्यावा.

## संकेतस्थळावरील सभासद सेवा

संकेतस्थळावरील "सभासद सेवा" विभागात सभासद क्रमांक व नोंदणीकृत मोबाईलवर आलेला ओटीपी टाकून आपले ऊस बिल, कपात तपशील, ठेव पावती आणि शेअर प्रमाणपत्राची माहिती पाहता येते. ओटीपी दहा मिनिटांसाठीच वैध असतो. दुसऱ्याच्या सभासद क्रमांकाने माहिती पाहण्याचा प्रयत्न केल्याचे आढळल्यास संबंधित मोबाईल क्रमांकावरून प्रवेश बंद केला जातो व सभासदाला कळवले जाते.

## शिष्यवृत्ती व कल्याणकारी योजना

सभासदांच्या व ऊस तोडणी मजुरांच्या मुलांसाठी कारखाना शिष्यवृत्ती, वसतिगृह व आरोग्य तपासणी योजना राबवतो. या योजनांसाठी अर्ज करताना विद्यार्थ्याचे नाव, शाळा किंवा महाविद्यालय, गुणपत्रक आणि पालकांचा सभासद क्रमांक घेतला जातो. अठरा वर्षांखालील मुलांची माहिती फक्त पालकांच्या संमतीने व फक्त त्या योजनेसाठी वापरली जाते. लाभार्थी विद्यार्थ्यांची नावे वार्षिक अहवालात प्रसिद्ध करण्यापूर्वी पालकांची लेखी संमती घेतली जाते.

## कुकीज

आमचे संकेतस्थळ फक्त सत्र चालवण्यासाठी आवश्यक कुकी आणि भेट देणाऱ्यांची संख्या मोजण्यासाठी गूगल ॲनालिटिक्स वापरते. आपण ब्राउझरच्या सेटिंगमधून कुकीज बंद करू शकता.

## तक्रार निवारण अधिकारी

@ श्री. संजय भगवान पाटील, कार्यालय अधीक्षक
@ अंजनी शेतकरी सहकारी साखर कारखाना मर्या.
@ मु. पो. अंजनगाव, ता. माढा, जि. सोलापूर – ४१३२०९
@ दूरध्वनी: (०२१८३) २३४५६७
@ ई-मेल: grievance@anjanisugar.co.in

तक्रार मिळाल्यापासून ३० दिवसांच्या आत लेखी उत्तर दिले जाईल.

## धोरणातील बदल

या धोरणात बदल झाल्यास सुधारित धोरण या पानावर प्रसिद्ध केले जाईल व महत्त्वाच्या बदलांची माहिती सभासदांना एसएमएसद्वारे दिली जाईल. धोरणाची छापील प्रत कारखान्याच्या मुख्य कार्यालयात व सर्व गट कार्यालयांत पाहण्यासाठी उपलब्ध आहे.
"""

EDITS = [
    {"note": "typo fixed (सुरक्षीत -> सुरक्षित)", "bump": False,
     "repl": [("सर्व्हरवर सुरक्षीत ठेवली", "सर्व्हरवर सुरक्षित ठेवली")]},
    {"note": "row added to the recipients table: WhatsApp Business service provider",
     "repl": [("| एसएमएस सेवा पुरवठादार | तोडणी कार्यक्रम व बिलाचे संदेश पाठवणे |",
               "| एसएमएस सेवा पुरवठादार | तोडणी कार्यक्रम व बिलाचे संदेश पाठवणे |\n"
               "| व्हॉट्सॲप बिझनेस सेवा पुरवठादार | तोडणी कार्यक्रम, बिल व सभेच्या सूचना व्हॉट्सॲपवर पाठवणे |")]},
    {"note": "grievance officer replaced (name, title and phone changed)",
     "repl": [("@ श्री. संजय भगवान पाटील, कार्यालय अधीक्षक", "@ श्रीमती सुनीता अरुण देशमुख, प्रशासन अधिकारी"),
              ("@ दूरध्वनी: (०२१८३) २३४५६७", "@ दूरध्वनी: (०२१८३) २३४५८० / ९४२२० ४५६७८")]},
    {"note": "words inserted: the Digital Personal Data Protection Act, 2023 added to the legal basis",
     "repl": [("हे धोरण माहिती तंत्रज्ञान अधिनियम, २००० व त्याखालील नियमांनुसार तयार केले आहे.",
               "हे धोरण माहिती तंत्रज्ञान अधिनियम, २००० व त्याखालील नियम आणि डिजिटल वैयक्तिक डेटा संरक्षण "
               "अधिनियम, २०२३ यांनुसार तयार केले आहे.")]},
    {"note": "section added: CCTV at the weighbridge, cane carrier and main gate",
     "repl": [("## आपले हक्क\n",
               "## सीसीटीव्ही चित्रीकरण\n\n"
               "वजनकाटा, ऊस गव्हाण व मुख्य प्रवेशद्वार येथे सुरक्षिततेसाठी व वजनाच्या पारदर्शकतेसाठी सीसीटीव्ही "
               "कॅमेरे बसवले आहेत. चित्रीकरण ३० दिवस जतन केले जाते व वजनाबाबत तक्रार आल्यास तपासासाठी वापरले "
               "जाते.\n\n## आपले हक्क\n")]},
    {"note": "retention of weighbridge and cane-bill records extended (8 -> 10 years)",
     "repl": [("| ऊस वजन व बिलाच्या नोंदी | ८ वर्षे |", "| ऊस वजन व बिलाच्या नोंदी | १० वर्षे |")]},
]

# ---------------------------------------------------------------- noise


def _season(d):
    """The crushing season a date belongs to (Oct-Apr), as "२०२३-२४"."""
    y = d.year if d.month >= 6 else d.year - 1
    return "%s-%s" % (dev(y), dev((y + 1) % 100).rjust(2, "०"))


def _news(rng, d):
    s = _season(d)
    frp = {2021: 2900, 2022: 3050, 2023: 3150, 2024: 3250, 2025: 3400}[d.year if d.month >= 6 else d.year - 1]
    items = []
    if d.month in (10, 11, 12, 1, 2, 3):
        items.append("गळीत हंगाम %s सुरू — आजअखेर %s लाख मे. टन ऊस गाळप" % (s, dev(rng.randint(2, 9)) + "." + dev(rng.randint(1, 9))))
        items.append("ऊस बिलाचा पहिला हप्ता ₹ %s प्रति टन सभासदांच्या खात्यावर जमा" % dev("{:,}".format(frp)))
    else:
        items.append("आगामी गळीत हंगाम %s साठी ऊस नोंदणी सुरू आहे, गट कार्यालयात संपर्क साधावा" % _season(
            d + dt.timedelta(days=150)))
    if d.month in (8, 9):
        items.append("कारखान्याची %s वी वार्षिक सर्वसाधारण सभा रविवार दि. %s सप्टेंबर रोजी सकाळी ११ वाजता" % (
            dev(d.year - 1972), dev(rng.choice([17, 24, 28]))))
    items.append(rng.choice(["ठिबक सिंचन अनुदान योजनेचे अर्ज शेतकी विभागात उपलब्ध",
                             "को-८६०३२ व फुले-२६५ जातीचे मूलभूत बेणे उपलब्ध",
                             "ऊस पिकावरील हुमणी नियंत्रणासाठी मार्गदर्शन शिबिर सर्व गट कार्यालयांत"]))
    return items


def noise(rng, when, i, prev):
    p = prev or {}
    count = (p.get("count") or 1184000 + rng.randint(0, 3000)) + rng.randint(400, 9000)
    ist = when + dt.timedelta(hours=5, minutes=30)
    news = C.keep_or(rng, p.get("news"), 0.35, lambda: _news(rng, ist))
    build = C.keep_or(rng, p.get("build"), 0.12, lambda: {
        "t": 638000000000000000 + int((when - dt.datetime(2022, 1, 1)).total_seconds() * 10 ** 7) - rng.randint(1, 10 ** 12),
        "wr": C.alnum(rng, 86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        "sr1": C.alnum(rng, 150, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        "sr2": C.alnum(rng, 150, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")})
    site_upd = C.keep_or(rng, p.get("site_upd"), 0.3,
                         lambda: (ist.date() - dt.timedelta(days=rng.randint(0, 20))).isoformat())
    return {"viewstate": C.b64tok(rng, rng.randint(1400, 1480)), "eventvalidation": C.b64tok(rng, 150),
            "count": count, "today": ist.date().isoformat(), "news": news, "build": build, "site_upd": site_upd}


LABELS = {"viewstate": "__VIEWSTATE", "eventvalidation": "__EVENTVALIDATION", "count": "visitor counter (footer)",
          "today": "today's date (header)", "news": "marquee news ticker (cane rates, notices)",
          "build": "WebResource/ScriptResource build stamps", "site_upd": "site last-updated date (footer)"}

# ---------------------------------------------------------------- render


def _indian(n):
    s = str(n)
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts + [tail])


def render(state, blocks, when):
    b = state["build"]
    today = dt.date.fromisoformat(state["today"])
    upd = dt.date.fromisoformat(state["site_upd"])
    body = []
    for blk in blocks:
        if blk[0] == "table":
            body.append('<div class="table-responsive">%s</div>' % C.block_html(blk, {"table": "table table-bordered table-striped"}))
        elif blk[0] == "h1":
            body.append('<h1 class="page-title">%s</h1>' % C.inline_html(blk[1]))
        else:
            body.append(C.block_html(blk))
    marquee = " &nbsp;&nbsp;|&nbsp;&nbsp; ".join(
        '<img src="images/new.gif" alt="" /> %s' % html.escape(x) for x in state["news"])
    menu = [("Default.aspx", "मुख्यपृष्ठ"), ("AboutUs.aspx", "कारखान्याविषयी"), ("BoardOfDirectors.aspx", "संचालक मंडळ"),
            ("CaneDevelopment.aspx", "ऊस विकास"), ("CaneRegistration.aspx", "ऊस नोंदणी"),
            ("HarvestProgram.aspx", "तोडणी कार्यक्रम"), ("Tenders.aspx", "निविदा"), ("AnnualReport.aspx", "वार्षिक अहवाल"),
            ("Gallery.aspx", "फोटो गॅलरी"), ("ContactUs.aspx", "संपर्क")]
    menu_html = "\n".join('\t\t\t\t<li><a id="menu_%d" href="%s">%s</a></li>' % (k, u, t) for k, (u, t) in enumerate(menu))
    return """

<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>
	गोपनीयता धोरण | अंजनी शेतकरी सहकारी साखर कारखाना मर्या.
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><meta name="keywords" content="अंजनी साखर कारखाना, ऊस, सहकारी साखर कारखाना, माढा, सोलापूर" /><link href="css/bootstrap.min.css" rel="stylesheet" type="text/css" /><link href="css/style.css?v=3.4" rel="stylesheet" type="text/css" /><link href="https://fonts.googleapis.com/css?family=Mukta:400,600&amp;subset=devanagari" rel="stylesheet" />
    <script src="js/jquery-1.12.4.min.js" type="text/javascript"></script>
    <script src="js/bootstrap.min.js" type="text/javascript"></script>
    <script async src="https://www.googletagmanager.com/gtag/js?id=UA-118204573-1"></script>
    <script>
        window.dataLayer = window.dataLayer || [];
        function gtag() { dataLayer.push(arguments); }
        gtag('js', new Date());
        gtag('config', 'UA-118204573-1');
    </script>
</head>
<body>
    <form method="post" action="./PrivacyPolicy.aspx" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%(vs)s" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
if (!theForm) {
    theForm = document.form1;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>


<script src="/WebResource.axd?d=%(wr)s1&amp;t=%(t)d" type="text/javascript"></script>


<script src="/ScriptResource.axd?d=%(sr1)s0&amp;t=%(t2)s" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=%(sr2)s0&amp;t=%(t2)s" type="text/javascript"></script>
<div class="aspNetHidden">

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="5A3C1E27" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%(ev)s" />
</div>
        <script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'form1', [], [], [], 90, 'ctl00');
//]]>
</script>

        <div class="top-strip">
            <div class="container">
                <span class="pull-left"><span id="lblToday">आजचा दिनांक : %(var)s, %(todaytxt)s</span></span>
                <span class="pull-right"><a href="PrivacyPolicy.aspx?lang=en">English</a> | <a href="#" onclick="changeFont(1);return false;">अ+</a> <a href="#" onclick="changeFont(-1);return false;">अ-</a></span>
            </div>
        </div>
        <div class="header">
            <div class="container">
                <div class="row">
                    <div class="col-md-2 col-xs-3"><img src="images/logo.png" alt="अंजनी कारखाना बोधचिन्ह" class="img-responsive logo" /></div>
                    <div class="col-md-8 col-xs-9 text-center">
                        <h2 class="factory-name">अंजनी शेतकरी सहकारी साखर कारखाना मर्यादित</h2>
                        <p class="factory-address">मु. पो. अंजनगाव, ता. माढा, जि. सोलापूर (महाराष्ट्र) &nbsp; | &nbsp; नोंदणी क्र. एसएलपी/पीआरजी/(ए)/१९७२</p>
                    </div>
                    <div class="col-md-2 hidden-xs"><img src="images/founder.jpg" alt="संस्थापक" class="img-responsive founder" /></div>
                </div>
            </div>
        </div>
        <nav class="navbar navbar-default main-menu">
            <div class="container">
                <ul class="nav navbar-nav">
%(menu)s
                </ul>
            </div>
        </nav>
        <div class="news-strip">
            <div class="container">
                <span class="news-label">ताज्या घडामोडी</span>
                <marquee id="marqNews" direction="left" scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">%(marquee)s</marquee>
            </div>
        </div>

        <div class="container inner-page">
            <div class="row">
                <div class="col-md-3 hidden-sm hidden-xs">
                    <div class="side-box">
                        <h4>महत्त्वाच्या लिंक्स</h4>
                        <ul>
                            <li><a href="https://sugar.maharashtra.gov.in" target="_blank">साखर आयुक्तालय, पुणे</a></li>
                            <li><a href="https://mahaagri.gov.in" target="_blank">कृषी विभाग, महाराष्ट्र शासन</a></li>
                            <li><a href="https://vsisugar.com" target="_blank">वसंतदादा शुगर इन्स्टिट्यूट</a></li>
                            <li><a href="Downloads.aspx">अर्ज व नमुने</a></li>
                        </ul>
                    </div>
                </div>
                <div class="col-md-9">
                    <ol class="breadcrumb"><li><a href="Default.aspx">मुख्यपृष्ठ</a></li><li class="active">गोपनीयता धोरण</li></ol>
    <div id="ContentPlaceHolder1_pnlPolicy" class="inner-page-content">
	
        %(body)s
    
</div>

                </div>
            </div>
        </div>

        <div class="footer">
            <div class="container">
                <div class="row">
                    <div class="col-md-4">
                        <h4>संपर्क</h4>
                        <p>मु. पो. अंजनगाव, ता. माढा, जि. सोलापूर – ४१३२०९<br />दूरध्वनी : (०२१८३) २३४५००<br />ई-मेल : info@anjanisugar.co.in</p>
                    </div>
                    <div class="col-md-4">
                        <h4>धोरणे</h4>
                        <p><a href="PrivacyPolicy.aspx">गोपनीयता धोरण</a><br /><a href="Disclaimer.aspx">अस्वीकरण</a><br /><a href="RTI.aspx">माहितीचा अधिकार</a></p>
                    </div>
                    <div class="col-md-4 text-right">
                        <p class="visitor">एकूण भेटी : <span id="lblVisitorCount" class="counter">%(count)s</span></p>
                        <p class="updated"><span id="lblLastUpdate">संकेतस्थळ अद्यतन : %(upd)s</span></p>
                    </div>
                </div>
                <p class="copyright text-center">© सर्व हक्क राखीव, अंजनी शेतकरी सहकारी साखर कारखाना मर्या. | संकेतस्थळ निर्मिती : सह्याद्री इन्फोटेक, सोलापूर</p>
            </div>
        </div>
    </form>
    <script type="text/javascript">
        function changeFont(d) { var s = parseInt($('body').css('font-size')); $('body').css('font-size', (s + d) + 'px'); }
    </script>
</body>
</html>
""" % {"vs": state["viewstate"], "ev": state["eventvalidation"], "wr": b["wr"], "t": b["t"],
       "t2": "%x" % (b["t"] // 10 ** 7), "sr1": b["sr1"], "sr2": b["sr2"], "var": VAR[today.weekday()],
       "todaytxt": fmt_date(today), "menu": menu_html, "marquee": marquee, "body": "\n        ".join(body),
       "count": _indian(state["count"]), "upd": "%s/%s/%s" % (dev("%02d" % upd.day), dev("%02d" % upd.month), dev(upd.year))}


PAGE = {
    "service": "Anjani Sahakari Sakhar Karkhana",
    "url": URL,
    "lang": "mr",
    "platform": "ASP.NET 4.x WebForms (master page, Bootstrap 3) on IIS 10",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Microsoft-IIS/10.0"), ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET"),
                      ("Cache-Control", "private")),
    "n": 30,
    "start": dt.date(2022, 1, 10),
    "end": dt.date(2025, 8, 1),
    "hours": (0, 6, 12, 18),
    "policy": POLICY,
    "first_updated": dt.date(2021, 11, 22),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#ContentPlaceHolder1_pnlPolicy"},
}
