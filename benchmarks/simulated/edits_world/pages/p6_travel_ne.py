"""Himali Yatra Travels & Tours - ne travel/trekking agency - Laravel 9 + Blade + Bootstrap 5, Laravel Mix assets.

The sharing section holds a <table> of processors; the FAQ part of the policy is a series of <details> elements
(closed), each <summary> holding an <h3>.

Noise (a noisy page, two volatile features): Laravel's CSRF token (<meta name="csrf-token"> and the _token field of
the footer's enquiry form, per session) and the top bar's rotating special-offer banner (a random package and price
on every request); Laravel Mix ?id= hashes move on deploys.

Real edits (6): a processor row added to the <table>; one <td> changed (Stripe's country); a number inside a closed
<details> (passport copies deleted 6 -> 3 months after the trip); one digit of the phone number, date not bumped;
two bullets of the rights list swapped; a word of a heading changed.
"""
import datetime as dt
import html
import common as C

URL = "https://www.himaliyatra.com.np/privacy-policy"
MAHINA = ["जनवरी", "फेब्रुअरी", "मार्च", "अप्रिल", "मे", "जुन", "जुलाई", "अगस्ट", "सेप्टेम्बर", "अक्टोबर", "नोभेम्बर",
          "डिसेम्बर"]
DEV = str.maketrans("0123456789", "०१२३४५६७८९")


def fmt_date(d):
    return ("%d %s %d" % (d.day, MAHINA[d.month - 1], d.year)).translate(DEV)


POLICY = """
# गोपनीयता नीति

अन्तिम अद्यावधिक: {UPDATED}

हिमाली यात्रा ट्राभल्स एण्ड टुर्स प्रा. लि. (यसपछि "हामी" वा "कम्पनी") पर्यटन विभागमा दर्ता भएको ट्राभल तथा ट्रेकिङ एजेन्सी हो। हामी तपाईंको व्यक्तिगत विवरणको गोपनीयताको सम्मान गर्छौं। हाम्रो वेबसाइट, फोन वा कार्यालयमार्फत प्याकेज, हवाई टिकट, होटल तथा ट्रेकिङ बुकिङ गर्दा हामीले कुन कुन विवरण सङ्कलन गर्छौं, किन गर्छौं र तपाईंका अधिकार के के हुन् भन्ने कुरा यो नीतिले स्पष्ट पार्छ। हामी वैयक्तिक गोपनीयतासम्बन्धी ऐन, २०७५ र वैयक्तिक गोपनीयतासम्बन्धी नियमावली, २०७७ को पालना गर्छौं।

## हामीले सङ्कलन गर्ने विवरण

- नाम, थर, इमेल, मोबाइल नम्बर र ठेगाना;
- राहदानी वा नागरिकताको प्रतिलिपि, राष्ट्रियता र जन्म मिति (हवाई टिकट, ट्रेकिङ अनुमतिपत्र र TIMS कार्डका लागि);
- आपत्कालीन सम्पर्क व्यक्तिको नाम र फोन नम्बर;
- स्वास्थ्य अवस्था र खानपानसम्बन्धी जानकारी, जुन तपाईं आफैं उच्च हिमाली ट्रेकका लागि दिनुहुन्छ;
- भुक्तानी विवरण (कार्ड नम्बर हामी भण्डारण गर्दैनौं);
- वेबसाइट प्रयोग गर्दा IP ठेगाना, ब्राउजरको प्रकार र कुकीज।

## विवरणको प्रयोग

हामी तपाईंको विवरण बुकिङ पुष्टि गर्न, उडान, होटल र गाइडको व्यवस्था मिलाउन, राष्ट्रिय निकुञ्ज तथा संरक्षण क्षेत्रको अनुमतिपत्र निकाल्न, यात्राका क्रममा आपत्कालीन अवस्थामा उद्धार समन्वय गर्न र कानुनी दायित्व पूरा गर्न प्रयोग गर्छौं। तपाईंले सहमति दिनुभएको खण्डमा मात्र हामी नयाँ प्याकेज र छुटसम्बन्धी सूचना पठाउँछौं।

## विवरण साझेदारी

तपाईंको यात्रा सम्पन्न गर्न आवश्यक भएसम्म मात्र हामी विवरण साझा गर्छौं। हामीले प्रयोग गर्ने सेवा प्रदायकहरू:

| सेवा | प्रदायक | देश |
| अनलाइन भुक्तानी | eSewa (F1Soft International) | नेपाल |
| अनलाइन भुक्तानी | Khalti डिजिटल वालेट | नेपाल |
| अन्तर्राष्ट्रिय कार्ड भुक्तानी | Stripe Payments | सिंगापुर |
| इमेल र कागजात भण्डारण | Google Workspace | संयुक्त राज्य अमेरिका |
| ग्राहक सम्पर्क | WhatsApp Business (Meta) | आयरल्यान्ड |

यसबाहेक होटल, एयरलाइन्स, ट्रेकिङ गाइड, पर्यटन विभाग, नेपाल पर्यटन बोर्ड र उद्धार तथा बीमा कम्पनीहरूलाई आवश्यक विवरण मात्र दिइन्छ। हामी तपाईंको विवरण कसैलाई बेच्दैनौं।

## कुकीज

हाम्रो वेबसाइटले सत्र (session) कायम राख्न र फारमको सुरक्षाका लागि आवश्यक कुकीज प्रयोग गर्छ। Google Analytics र Meta Pixel तपाईंको सहमतिमा मात्र प्रयोग गरिन्छन्।

## विवरण कति समय राख्छौं

बुकिङ र भुक्तानीका अभिलेख आयकर ऐन, २०५८ बमोजिम ६ वर्षसम्म राखिन्छन्। मार्केटिङ सूचीमा रहेको विवरण तपाईंले सदस्यता रद्द नगरेसम्म राखिन्छ।

## बारम्बार सोधिने प्रश्नहरू

### मेरो राहदानीको प्रतिलिपि कहिलेसम्म राखिन्छ?

यात्रा सकिएको ६ महिनापछि राहदानी र भिसाको प्रतिलिपि हाम्रो प्रणालीबाट मेटाइन्छ, तर कानुनले माग गरेमा बढी समय राख्न सकिन्छ।

### के तपाईंहरू मेरो विवरण अरू कम्पनीलाई बेच्नुहुन्छ?

होइन। हामी कसैलाई पनि तपाईंको व्यक्तिगत विवरण बेच्दैनौं।

### म मार्केटिङ इमेल कसरी बन्द गर्न सक्छु?

हरेक इमेलको तल रहेको "सदस्यता रद्द गर्नुहोस्" लिङ्कमा थिचेर वा हामीलाई इमेल गरेर।

## सुरक्षा

तपाईंको विवरण इन्क्रिप्टेड (HTTPS) जडानमार्फत सुरक्षित सर्भरमा राखिन्छ। राहदानीका प्रतिलिपि हेर्ने अनुमति बुकिङ व्यवस्थापन गर्ने कर्मचारीलाई मात्र हुन्छ, र कागजी प्रतिलिपि कार्यालयमा ताल्चा लगाइएको दराजमा राखिन्छ।

## तपाईंका अधिकार

- आफ्नो विवरण हेर्न र त्यसको प्रतिलिपि माग्न पाउने अधिकार;
- गलत विवरण सच्याउन पाउने अधिकार;
- विवरण मेटाउन अनुरोध गर्ने अधिकार;
- मार्केटिङ सूचना बन्द गर्ने अधिकार।

अनुरोध प्राप्त भएको ३० दिनभित्र हामी जवाफ दिन्छौं।

## नीतिमा परिवर्तन

हामी आवश्यकता अनुसार यो नीति अद्यावधिक गर्न सक्छौं। परिवर्तन भएमा यस पृष्ठको माथि रहेको अद्यावधिक मिति बदलिनेछ, र महत्त्वपूर्ण परिवर्तन भएमा बुकिङ भएका ग्राहकलाई इमेलमार्फत जानकारी दिइनेछ।

## सम्पर्क

@ हिमाली यात्रा ट्राभल्स एण्ड टुर्स प्रा. लि.
@ ठमेल मार्ग, काठमाडौं-२६, नेपाल
@ फोन: +९७७-१-४४२५६७८
@ इमेल: [privacy@himaliyatra.com.np](mailto:privacy@himaliyatra.com.np)
"""

EDITS = [
    {"note": "table: processor row added (Fonepay, Nepal)",
     "repl": [("| Khalti डिजिटल वालेट | नेपाल |\n", "| Khalti डिजिटल वालेट | नेपाल |\n| अनलाइन भुक्तानी | Fonepay | नेपाल |\n")]},
    {"note": "table cell: Stripe's country Singapore -> Ireland (one <td>)",
     "repl": [("| Stripe Payments | सिंगापुर |", "| Stripe Payments | आयरल्यान्ड |")]},
    {"note": "inside a closed <details>: passport copies deleted 3 months after the trip (was 6)",
     "repl": [("यात्रा सकिएको ६ महिनापछि", "यात्रा सकिएको ३ महिनापछि")]},
    {"note": "phone number: one digit changed (+९७७-१-४४२५६७८ -> ...६७९), date not bumped", "bump": False,
     "repl": [("@ फोन: +९७७-१-४४२५६७८", "@ फोन: +९७७-१-४४२५६७९")]},
    {"note": "bullets reordered: right to erasure moved above right to rectification",
     "repl": [("- गलत विवरण सच्याउन पाउने अधिकार;\n- विवरण मेटाउन अनुरोध गर्ने अधिकार;",
               "- विवरण मेटाउन अनुरोध गर्ने अधिकार;\n- गलत विवरण सच्याउन पाउने अधिकार;")]},
    {"note": "heading word changed: 'विवरण' -> 'जानकारी' in the first section heading",
     "repl": [("## हामीले सङ्कलन गर्ने विवरण", "## हामीले सङ्कलन गर्ने जानकारी")]},
]

OFFERS = [("एभरेस्ट बेस क्याम्प ट्रेक", "१,४५,०००", "१४ दिन"), ("अन्नपूर्ण बेस क्याम्प ट्रेक", "६५,०००", "९ दिन"),
          ("पोखरा–चितवन प्याकेज", "२८,५००", "५ दिन"), ("लाङटाङ उपत्यका ट्रेक", "४२,०००", "७ दिन"),
          ("मुक्तिनाथ दर्शन (हवाई)", "३८,९००", "३ दिन"), ("लुम्बिनी तीर्थ यात्रा", "१९,५००", "३ दिन"),
          ("मनास्लु सर्किट ट्रेक", "१,१२,०००", "१३ दिन"), ("रारा ताल भ्रमण", "५४,०००", "६ दिन")]


def noise(rng, when, i, prev):
    s = {}
    s["csrf"] = C.alnum(rng, 40)
    s["offer"] = (rng.randrange(len(OFFERS)), rng.choice([10, 12, 15, 20]))
    s["mix"] = C.keep_or(rng, (prev or {}).get("mix"), 0.25, lambda: (C.hexs(rng, 20), C.hexs(rng, 20)))
    return s


LABELS = {"csrf": "Laravel CSRF token (meta + enquiry form _token)",
          "offer": "rotating special-offer banner (random package per request)",
          "mix": "Laravel Mix ?id= asset hashes (deploys)"}


def render(s, blocks, when):
    k, pct = s["offer"]
    name, price, days = OFFERS[k]
    css, js = s["mix"]
    # Blade FAQ partial: h3 question + its answer paragraph -> <details><summary><h3>
    out, faq = [], None
    for b in blocks[1:]:
        if b[0] == "h3":
            faq = [b]
            continue
        if faq is not None and b[0] == "p":
            out.append('<details class="faq-item"><summary>%s</summary><div class="faq-answer">%s</div></details>'
                       % (C.block_html(faq[0], {"h3": "faq-q h6 d-inline"}), C.block_html(b)))
            faq = None
            continue
        out.append(C.block_html(b, {"table": "table table-bordered table-sm"}))
    body = "\n".join(out)
    return ('<!DOCTYPE html>\n<html lang="ne">\n<head>\n    <meta charset="utf-8">\n'
            '    <meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '    <meta name="csrf-token" content="%s">\n'
            '    <title>गोपनीयता नीति | हिमाली यात्रा ट्राभल्स एण्ड टुर्स</title>\n'
            '    <link rel="canonical" href="%s">\n'
            '    <link rel="stylesheet" href="/css/app.css?id=%s">\n'
            '    <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M4XH1P"></script>\n'
            '</head>\n<body>\n'
            '<div class="top-offer bg-warning text-dark py-1 text-center small">'
            '<strong>विशेष छुट!</strong> <a href="/packages/offer-%d">%s – %s, रु. %s मात्र (%d%% छुट)</a></div>\n'
            '<nav class="navbar navbar-expand-lg navbar-light bg-white shadow-sm"><div class="container">'
            '<a class="navbar-brand" href="/"><img src="/images/logo.png" alt="हिमाली यात्रा" height="48"></a>'
            '<ul class="navbar-nav ms-auto"><li class="nav-item"><a class="nav-link" href="/treks">ट्रेकिङ</a></li>'
            '<li class="nav-item"><a class="nav-link" href="/tours">भ्रमण प्याकेज</a></li>'
            '<li class="nav-item"><a class="nav-link" href="/flights">हवाई टिकट</a></li>'
            '<li class="nav-item"><a class="nav-link" href="/about">हाम्रो बारेमा</a></li>'
            '<li class="nav-item"><a class="nav-link" href="/contact">सम्पर्क</a></li>'
            '<li class="nav-item"><a class="nav-link" href="/en/privacy-policy">English</a></li></ul></div></nav>\n'
            '<main class="py-5">\n<section class="page-content"><div class="container">\n'
            '<h1 class="page-title mb-4">%s</h1>\n<div class="cms-content">\n%s\n</div>\n'
            '</div></section>\n</main>\n'
            '<footer class="bg-dark text-light pt-5 pb-3"><div class="container"><div class="row">'
            '<div class="col-md-6"><h5>यात्रा सोधपुछ</h5>'
            '<form method="POST" action="https://www.himaliyatra.com.np/enquiry"><input type="hidden" name="_token" value="%s" autocomplete="off">'
            '<input class="form-control mb-2" type="text" name="name" placeholder="तपाईंको नाम"><input class="form-control mb-2" type="email" name="email" placeholder="इमेल">'
            '<textarea class="form-control mb-2" name="message" placeholder="सन्देश"></textarea><button class="btn btn-warning" type="submit">पठाउनुहोस्</button></form></div>'
            '<div class="col-md-6"><p>पर्यटन विभाग दर्ता नं. १२३४/०६८ · नेपाल पर्यटन बोर्ड सदस्य</p>'
            '<p>ठमेल मार्ग, काठमाडौं-२६ · <a class="text-light" href="mailto:info@himaliyatra.com.np">info@himaliyatra.com.np</a></p></div></div>'
            '<p class="small mt-3 mb-0">© %d हिमाली यात्रा ट्राभल्स एण्ड टुर्स प्रा. लि. · <a class="text-light" href="/privacy-policy">गोपनीयता नीति</a> · <a class="text-light" href="/terms">नियम तथा सर्तहरू</a></p>'
            '</div></footer>\n'
            '<a href="https://wa.me/9779801234567" class="whatsapp-float" target="_blank" rel="noopener" aria-label="WhatsApp"><img src="/images/whatsapp.svg" alt="" width="56" height="56"></a>\n'
            '<script src="/js/app.js?id=%s"></script>\n'
            '</body>\n</html>\n') % (
        s["csrf"], URL, css, k + 1, html.escape(name), days, price, pct, C.inline_html(blocks[0][1]), body, s["csrf"],
        when.year, js)


PAGE = {
    "service": "Himali Yatra", "url": URL, "lang": "ne", "platform": "Laravel + Blade",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2021, 7, 12), "end": dt.date(2025, 6, 27),
    "policy": POLICY, "first_updated": dt.date(2021, 4, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".page-content h1.page-title", ".page-content .cms-content"]},
}
