"""Hindi page of an Indian state electricity distribution company (DISCOM) on ASP.NET WebForms 4.x with a master
page: __VIEWSTATE / __EVENTVALIDATION per visit, a scrolling <marquee> of planned power-cut notices, the total
visitor counter and a "website last updated" date in the footer, and, inside the content panel the curators
select, a "इस पृष्ठ को देखा गया" page-hit counter and the page's print/share toolbar (the declaration removes
them)."""
import datetime as dt

import common as C

MONTHS = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर",
          "दिसंबर"]

POLICY = """
# गोपनीयता नीति

अंतिम संशोधन: {UPDATED}

नर्मदांचल विद्युत वितरण निगम लिमिटेड (जिसे आगे "निगम" कहा गया है) अपने उपभोक्ताओं की व्यक्तिगत जानकारी की गोपनीयता और सुरक्षा को अत्यंत महत्व देता है। यह गोपनीयता नीति बताती है कि निगम की वेबसाइट, मोबाइल ऐप "नर्मदा बिजली मित्र", कॉल सेंटर 1912 और ऑनलाइन बिल भुगतान सेवाओं का उपयोग करते समय आपकी कौन-सी जानकारी एकत्र की जाती है, उसका उपयोग किस प्रकार किया जाता है तथा इस संबंध में आपके क्या अधिकार हैं।

यह नीति सूचना प्रौद्योगिकी अधिनियम, 2000, सूचना प्रौद्योगिकी (उचित सुरक्षा पद्धतियां और प्रक्रियाएं तथा संवेदनशील व्यक्तिगत डाटा या सूचना) नियम, 2011 तथा डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 के प्रावधानों के अनुरूप तैयार की गई है। वेबसाइट का उपयोग करके आप इस नीति में वर्णित शर्तों से सहमत होते हैं।

## हम कौन-सी जानकारी एकत्र करते हैं

निगम केवल वही जानकारी एकत्र करता है जो विद्युत प्रदाय और उपभोक्ता सेवाओं के लिए आवश्यक है:

- **पहचान संबंधी जानकारी**: नाम, पिता अथवा पति का नाम, पता, मोबाइल नंबर और ई-मेल पता;
- **उपभोक्ता संबंधी जानकारी**: उपभोक्ता क्रमांक (आईवीआरएस नंबर), मीटर नंबर, स्वीकृत भार, टैरिफ श्रेणी, बिल एवं भुगतान का विवरण;
- **नए कनेक्शन का आवेदन**: संपत्ति के स्वामित्व या अधिभोग के दस्तावेज़, पहचान पत्र और फोटो;
- **भुगतान संबंधी जानकारी**: लेन-देन संख्या, भुगतान की तिथि एवं राशि;
- **शिकायत संबंधी जानकारी**: विद्युत व्यवधान या बिलिंग से जुड़ी शिकायतें तथा कॉल सेंटर पर हुई बातचीत की रिकॉर्डिंग;
- **तकनीकी जानकारी**: आईपी पता, ब्राउज़र का प्रकार, देखे गए पृष्ठ और वेबसाइट पर आने का समय।

आपके डेबिट कार्ड, क्रेडिट कार्ड या नेट बैंकिंग का विवरण निगम द्वारा संग्रहीत नहीं किया जाता। यह जानकारी सीधे अधिकृत भुगतान गेटवे द्वारा संसाधित की जाती है।

सब्सिडी का लाभ देने के लिए आधार संख्या केवल आपकी सहमति से और राज्य शासन की अधिसूचना के अनुसार ली जाती है। आधार संख्या को मास्क करके ही संग्रहीत किया जाता है।

## जानकारी का उपयोग

आपकी जानकारी का उपयोग निम्नलिखित प्रयोजनों के लिए किया जाता है:

- नया विद्युत कनेक्शन देना, भार वृद्धि, नाम परिवर्तन तथा कनेक्शन विच्छेदन;
- मीटर रीडिंग, बिल तैयार करना और भुगतान प्राप्त करना;
- विद्युत व्यवधान, अनुरक्षण कार्य और बिल की देय तिथि की सूचना एसएमएस, व्हाट्सऐप या ई-मेल द्वारा भेजना;
- शिकायतों का निराकरण और उपभोकता सेवाओं में सुधार;
- विद्युत चोरी एवं अनधिकृत उपयोग की रोकथाम;
- विद्युत नियामक आयोग और राज्य शासन को अपेक्षित जानकारी एवं प्रतिवेदन प्रस्तुत करना;
- शासन की सब्सिडी योजनाओं का लाभ पात्र उपभोक्ताओं तक पहुंचाना।

निगम आपकी जानकारी का उपयोग किसी व्यावसायिक विज्ञापन के लिए नहीं करता।

## जानकारी कितने समय तक रखी जाती है

| जानकारी की श्रेणी | संग्रहण अवधि |
| उपभोक्ता एवं कनेक्शन का विवरण | कनेक्शन चालू रहने तक तथा विच्छेदन के बाद 8 वर्ष |
| बिल एवं भुगतान का विवरण | 8 वर्ष |
| कॉल सेंटर की रिकॉर्डिंग | 6 माह |
| शिकायत का विवरण | शिकायत के निराकरण के बाद 3 वर्ष |
| वेबसाइट के सर्वर लॉग | 90 दिन |

निर्धारित अवधि समाप्त होने के बाद जानकारी को सुरक्षित रूप से नष्ट कर दिया जाता है, जब तक कि किसी न्यायालयीन प्रकरण या जांच के लिए उसे रखना आवश्यक न हो।

## जानकारी साझा करना

निगम आपकी व्यक्तिगत जानकारी किसी तीसरे पक्ष को न तो बेचता है और न ही किराये पर देता है। जानकारी केवल निम्नलिखित को, आवश्यकता की सीमा तक, साझा की जा सकती है:

| प्राप्तकर्ता | प्रयोजन |
| अधिकृत भुगतान गेटवे एवं बैंक | ऑनलाइन बिल भुगतान |
| मीटर रीडिंग एवं बिल वितरण एजेंसियां | मीटर रीडिंग और बिल का वितरण |
| एसएमएस एवं व्हाट्सऐप सेवा प्रदाता | सूचनाएं भेजना |
| राज्य शासन का ऊर्जा विभाग | सब्सिडी का भुगतान |
| विद्युत नियामक आयोग, न्यायालय एवं जांच एजेंसियां | विधि द्वारा अपेक्षित होने पर |

सभी सेवा प्रदाता निगम के साथ हुए अनुबंध के अंतर्गत आपकी जानकारी की गोपनीयता बनाए रखने के लिए बाध्य हैं और वे इसका उपयोग किसी अन्य प्रयोजन के लिए नहीं कर सकते।

## मोबाइल ऐप

निगम के मोबाइल ऐप "नर्मदा बिजली मित्र" में लॉग-इन के लिए आपके पंजीकृत मोबाइल नंबर पर ओटीपी भेजा जाता है। विद्युत व्यवधान की शिकायत दर्ज करते समय, यदि आप अनुमति देते हैं, तो ऐप आपके मोबाइल की लोकेशन लेता है ताकि लाइन स्टाफ शीघ्र मौके पर पहुंच सके। लोकेशन की जानकारी केवल शिकायत के निराकरण तक रखी जाती है। ऐप आपके संपर्कों, फोटो गैलरी या अन्य निजी फाइलों तक पहुंच नहीं मांगता, सिवाय उस स्थिति के जब आप स्वयं शिकायत के साथ कोई फोटो संलग्न करते हैं।

## कुकीज़

यह वेबसाइट सत्र बनाए रखने के लिए अस्थायी कुकीज़ का उपयोग करती है, जो ब्राउज़र बंद करने पर स्वतः हट जाती हैं। वेबसाइट पर आगंतुकों की संख्या की गणना के लिए किसी व्यक्तिगत पहचान का उपयोग नहीं किया जाता।

## अन्य वेबसाइटों के लिंक

इस वेबसाइट पर भारत सरकार, राज्य शासन और अन्य संस्थाओं की वेबसाइटों के लिंक दिए गए हैं। उन वेबसाइटों की गोपनीयता नीतियों और सामग्री के लिए निगम उत्तरदायी नहीं है।

## सुरक्षा

निगम की वेबसाइट और बिलिंग प्रणाली राज्य डाटा सेंटर में होस्ट की गई है। सभी ऑनलाइन लेन-देन एसएसएल एन्क्रिप्शन के माध्यम से होते हैं। वेबसाइट का सुरक्षा परीक्षण सीईआरटी-इन द्वारा सूचीबद्ध एजेंसी से नियमित रूप से कराया जाता है। केवल अधिकृत अधिकारियों और कर्मचारियों को ही उपभोक्ता डेटा तक पहुंच दी जाती है।

## आपके अधिकार

डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 के अंतर्गत आपको निम्नलिखित अधिकार प्राप्त हैं:

- अपनी व्यक्तिगत जानकारी का सारांश प्राप्त करने का अधिकार;
- गलत या अधूरी जानकारी में सुधार और उसे अद्यतन कराने का अधिकार;
- सहमति वापस लेने और जानकारी मिटवाने का अधिकार, जहां विधि के अनुसार उसे रखना आवश्यक न हो;
- शिकायत निवारण का अधिकार;
- मृत्यु या असमर्थता की स्थिति के लिए किसी अन्य व्यक्ति को नामित करने का अधिकार।

अपना मोबाइल नंबर या ई-मेल पता अद्यतन करने के लिए आप निगम की वेबसाइट, ऐप या निकटतम वितरण केंद्र पर आवेदन कर सकते हैं।

## शिकायत अधिकारी

इस नीति या आपकी व्यक्तिगत जानकारी से संबंधित किसी भी शिकायत के लिए निगम के शिकायत अधिकारी से संपर्क करें:

@ शिकायत अधिकारी (सूचना प्रौद्योगिकी)
@ नर्मदांचल विद्युत वितरण निगम लिमिटेड
@ विद्युत भवन, सिविल लाइंस, नर्मदापुरम – 461001
@ दूरभाष: 07574-252100
@ ई-मेल: grievance.it@nvvnl.in

शिकायत प्राप्त होने के 30 दिनों के भीतर उसका निराकरण किया जाएगा। बिजली आपूर्ति से संबंधित शिकायतों के लिए टोल-फ्री नंबर 1912 पर कॉल करें।

## नीति में परिवर्तन

निगम इस नीति में समय-समय पर संशोधन कर सकता है। संशोधित नीति इसी पृष्ठ पर प्रकाशित की जाएगी। कृपया नियमित रूप से इस पृष्ठ को देखते रहें।
"""

EDITS = [
    {"note": "BBPS banks and apps added to the sharing table",
     "repl": [("| अधिकृत भुगतान गेटवे एवं बैंक | ऑनलाइन बिल भुगतान |",
               "| अधिकृत भुगतान गेटवे एवं बैंक | ऑनलाइन बिल भुगतान |\n"
               "| भारत बिल भुगतान प्रणाली (बीबीपीएस) से जुड़े बैंक एवं ऐप | बिल की जानकारी देना और भुगतान प्राप्त करना |")]},
    {"note": "typo fixed: 'उपभोकता' -> 'उपभोक्ता'", "bump": False,
     "repl": [("निराकरण और उपभोकता सेवाओं", "निराकरण और उपभोक्ता सेवाओं")]},
    {"note": "new section on smart prepaid meters",
     "repl": [("## जानकारी कितने समय तक रखी जाती है",
               "## स्मार्ट प्रीपेड मीटर\n\n"
               "जिन उपभोक्ताओं के परिसर में स्मार्ट प्रीपेड मीटर स्थापित किया गया है, उनके मीटर से प्रत्येक 15 "
               "मिनट की खपत, बैलेंस और रिचार्ज का विवरण निगम की प्रणाली में प्राप्त होता है। इस जानकारी का "
               "उपयोग केवल बिलिंग, बैलेंस कम होने की सूचना, विद्युत आपूर्ति की गुणवत्ता की निगरानी और मीटर "
               "संबंधी शिकायतों के निराकरण के लिए किया जाता है। स्मार्ट मीटर का संचालन करने वाली एजेंसी निगम के "
               "निर्देशों के अनुसार ही इस जानकारी का प्रसंस्करण करती है।\n\n"
               "## जानकारी कितने समय तक रखी जाती है")]},
    {"note": "call-centre recordings kept 1 year instead of 6 months",
     "repl": [("| कॉल सेंटर की रिकॉर्डिंग | 6 माह |", "| कॉल सेंटर की रिकॉर्डिंग | 1 वर्ष |")]},
    {"note": "grievance officer: new phone number and e-mail",
     "repl": [("@ दूरभाष: 07574-252100", "@ दूरभाष: 07574-252188"),
              ("@ ई-मेल: grievance.it@nvvnl.in", "@ ई-मेल: dpo@nvvnl.in")]},
]

DIGITS = "0123456789"


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def _indian(n):
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


SUBSTATIONS = ["33/11 के.वी. उपकेंद्र सिवनी मालवा", "33/11 के.वी. उपकेंद्र बाबई", "33/11 के.वी. उपकेंद्र इटारसी औद्योगिक क्षेत्र",
               "11 के.वी. फीडर रसूलिया", "11 के.वी. फीडर मालाखेड़ी", "33/11 के.वी. उपकेंद्र पिपरिया",
               "11 के.वी. फीडर सेठानी घाट", "33/11 के.वी. उपकेंद्र सोहागपुर", "11 के.वी. फीडर ग्वालटोली"]


def noise(rng, when, i, prev):
    prev = prev or {}
    b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    days = (when - dt.datetime(2021, 1, 1)).days
    st = {"viewstate": {"vs": "/wEPDwUKLTY1MzE4NDc0Nw9kFgJmD2QWAgIDD2QWBg" + C.alnum(rng, 1180, b64) + "==",
                        "ev": "/wEdAA" + C.alnum(rng, 198, b64) + "="},
          "hits": 181000 + days * 61 + rng.randint(0, 40),
          "visitors": 41250000 + days * 5230 + rng.randint(0, 900),
          "stamp": when.strftime("%d/%m/%Y")}
    notices = []
    for k in range(rng.choice([1, 2, 2, 3])):
        d = when.date() + dt.timedelta(days=rng.randint(0, 3))
        h = rng.choice([8, 9, 10, 11, 12])
        notices.append((d.strftime("%d.%m.%Y"), rng.choice(SUBSTATIONS), h, h + rng.choice([2, 3, 4, 5])))
    st["marquee"] = notices
    return st


LABELS = {"viewstate": "__VIEWSTATE / __EVENTVALIDATION (per visit)",
          "hits": "page-hit counter inside the content panel (removed by the declaration)",
          "visitors": "total visitor counter in the footer",
          "stamp": "'वेबसाइट अंतिम अद्यतन' date in the footer (render date)",
          "marquee": "planned power-cut notices in the header marquee"}


def render(state, blocks, when):
    vs = state["viewstate"]
    content = C.blocks_html(blocks, sep="\r\n")
    marquee = " &nbsp;&nbsp;|&nbsp;&nbsp; ".join(
        "दिनांक %s को प्रातः %02d:00 से %02d:00 बजे तक %s से संबद्ध क्षेत्रों में अनुरक्षण कार्य हेतु विद्युत प्रदाय बंद रहेगा।"
        % (d, a, b, s) for d, s, a, b in state["marquee"])
    nav = "\r\n".join('<li><a href="%s">%s</a></li>' % (h, l) for h, l in [
        ("Default.aspx", "मुख पृष्ठ"), ("AboutUs.aspx", "हमारे बारे में"), ("ConsumerServices.aspx", "उपभोक्ता सेवाएं"),
        ("https://pay.nvvnl.in/QuickPay.aspx", "ऑनलाइन बिल भुगतान"), ("Tenders.aspx", "निविदाएं"),
        ("RTI.aspx", "सूचना का अधिकार"), ("ContactUs.aspx", "संपर्क करें")])
    return """

<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml" lang="hi">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>
	गोपनीयता नीति | नर्मदांचल विद्युत वितरण निगम लिमिटेड
</title><link href="../css/bootstrap.min.css" rel="stylesheet" type="text/css" /><link href="../css/style.css?v=3.4" rel="stylesheet" type="text/css" /><link href="../css/font-awesome.min.css" rel="stylesheet" type="text/css" />
    <script src="../js/jquery-3.5.1.min.js" type="text/javascript"></script>
    <script src="../js/bootstrap.min.js" type="text/javascript"></script>
    <script type="text/javascript">
        function changeFontSize(inc) {
            var p = document.getElementsByTagName('body')[0];
            var size = parseInt(window.getComputedStyle(p).fontSize);
            p.style.fontSize = (size + inc) + 'px';
        }
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


<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHCZinHsmTftbBz8ARFqQG4SmTbTGQGNsxByiuhhp7M8BL__qlDclA2&amp;t=638285885964787378" type="text/javascript"></script>

<div class="aspNetHidden">

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="7A3C1E2B" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%(ev)s" />
</div>
        <div class="top-strip">
            <div class="container">
                <div class="row">
                    <div class="col-md-6 col-sm-6">
                        <span>राज्य शासन का उपक्रम</span>
                    </div>
                    <div class="col-md-6 col-sm-6 text-right">
                        <a href="#maincontent" title="मुख्य सामग्री पर जाएं">मुख्य सामग्री पर जाएं</a> |
                        <a href="ScreenReader.aspx">स्क्रीन रीडर एक्सेस</a> |
                        <a href="javascript:void(0);" onclick="changeFontSize(-1)" title="फ़ॉन्ट छोटा करें">A-</a>
                        <a href="javascript:void(0);" onclick="changeFontSize(0)" title="सामान्य फ़ॉन्ट">A</a>
                        <a href="javascript:void(0);" onclick="changeFontSize(1)" title="फ़ॉन्ट बड़ा करें">A+</a> |
                        <a id="lnkEnglish" href="../English/PrivacyPolicy.aspx">English</a>
                    </div>
                </div>
            </div>
        </div>
        <div class="header">
            <div class="container">
                <div class="row">
                    <div class="col-md-2 col-sm-2"><a href="Default.aspx"><img src="../images/logo.png" alt="नर्मदांचल विद्युत वितरण निगम लिमिटेड" class="img-responsive" /></a></div>
                    <div class="col-md-7 col-sm-7 header-title">
                        <h2>नर्मदांचल विद्युत वितरण निगम लिमिटेड</h2>
                        <p>Narmadanchal Vidyut Vitran Nigam Limited</p>
                    </div>
                    <div class="col-md-3 col-sm-3 helpline">
                        <span class="fa fa-phone"></span> विद्युत शिकायत: <strong>1912</strong><br />
                        <a href="https://pay.nvvnl.in/QuickPay.aspx" class="btn btn-warning btn-sm">बिल भुगतान करें</a>
                    </div>
                </div>
            </div>
        </div>
        <nav class="navbar navbar-default main-menu">
            <div class="container">
                <ul class="nav navbar-nav">
%(nav)s
                </ul>
            </div>
        </nav>
        <div class="news-ticker">
            <div class="container">
                <span class="ticker-title">विद्युत कटौती सूचना</span>
                <marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">
                    <span id="lblMarquee">%(marquee)s</span>
                </marquee>
            </div>
        </div>
        <div class="container inner-page" id="maincontent">
            <div class="row">
                <div class="col-md-3 col-sm-3 left-menu">
                    <div class="list-group">
                        <a href="ConsumerServices.aspx" class="list-group-item">उपभोक्ता सेवाएं</a>
                        <a href="NewConnection.aspx" class="list-group-item">नया कनेक्शन</a>
                        <a href="Tariff.aspx" class="list-group-item">टैरिफ आदेश</a>
                        <a href="CitizenCharter.aspx" class="list-group-item">नागरिक अधिकार पत्र</a>
                        <a href="PrivacyPolicy.aspx" class="list-group-item active">गोपनीयता नीति</a>
                        <a href="Disclaimer.aspx" class="list-group-item">अस्वीकरण</a>
                        <a href="HyperlinkPolicy.aspx" class="list-group-item">हाइपरलिंक नीति</a>
                    </div>
                </div>
                <div class="col-md-9 col-sm-9">
                    <div class="breadcrumb-bar"><a href="Default.aspx">मुख पृष्ठ</a> &raquo; <span>गोपनीयता नीति</span></div>
                    <div id="ContentPlaceHolder1_divContent" class="inner-content">
                        <div class="page-tools">
                            <a href="javascript:window.print();" title="प्रिंट करें"><span class="fa fa-print"></span> प्रिंट</a>
                            <a href="mailto:?subject=%%E0%%A4%%97%%E0%%A5%%8B%%E0%%A4%%AA%%E0%%A4%%A8%%E0%%A5%%80%%E0%%A4%%AF%%E0%%A4%%A4%%E0%%A4%%BE%%20%%E0%%A4%%A8%%E0%%A5%%80%%E0%%A4%%A4%%E0%%A4%%BF&amp;body=https://www.nvvnl.in/Hindi/PrivacyPolicy.aspx" title="ई-मेल करें"><span class="fa fa-envelope"></span> ई-मेल</a>
                        </div>
%(content)s
                        <div class="page-hits">
                            इस पृष्ठ को देखा गया: <span id="ContentPlaceHolder1_lblHits">%(hits)s</span> बार
                        </div>
                    </div>
                </div>
            </div>
        </div>
        <div class="footer">
            <div class="container">
                <div class="row">
                    <div class="col-md-8 col-sm-8">
                        <a href="PrivacyPolicy.aspx">गोपनीयता नीति</a> | <a href="Disclaimer.aspx">अस्वीकरण</a> | <a href="HyperlinkPolicy.aspx">हाइपरलिंक नीति</a> | <a href="CopyrightPolicy.aspx">कॉपीराइट नीति</a> | <a href="Sitemap.aspx">साइट मैप</a> | <a href="Help.aspx">सहायता</a>
                        <p>इस वेबसाइट की सामग्री नर्मदांचल विद्युत वितरण निगम लिमिटेड द्वारा प्रकाशित एवं प्रबंधित की जाती है।<br />
                        1024 x 768 रिज़ॉल्यूशन पर सर्वोत्तम प्रदर्शन।</p>
                    </div>
                    <div class="col-md-4 col-sm-4 text-right">
                        <p>कुल आगंतुक: <span id="lblVisitors" class="visitor-count">%(visitors)s</span></p>
                        <p>वेबसाइट अंतिम अद्यतन: <span id="lblLastUpdated">%(stamp)s</span></p>
                    </div>
                </div>
            </div>
        </div>
    </form>
</body>
</html>
""" % {"vs": vs["vs"], "ev": vs["ev"], "nav": nav, "marquee": marquee, "content": content,
       "hits": _indian(state["hits"]), "visitors": _indian(state["visitors"]), "stamp": state["stamp"]}


PAGE = {
    "service": "Narmadanchal Vidyut Vitran Nigam",
    "url": "https://www.nvvnl.in/Hindi/PrivacyPolicy.aspx",
    "lang": "hi",
    "platform": "ASP.NET WebForms 4.x (master page, IIS)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Cache-Control", "private"), ("Server", "Microsoft-IIS/10.0"),
                      ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET")),
    "n": 30,
    "start": dt.date(2023, 9, 1),
    "end": dt.date(2025, 9, 30),
    "policy": POLICY,
    "first_updated": dt.date(2023, 8, 21),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.nvvnl.in/Hindi/PrivacyPolicy.aspx",
                    "select": "#ContentPlaceHolder1_divContent",
                    "remove": [".page-tools", ".page-hits"]},
}
