"""Nepali wedding-planning app's web site on SvelteKit (Svelte 4 SSR, CSP nonces, relative `../_app` paths).

Per visit: the CSP nonce on the inline start-up script, a "this week n couples started planning" banner counter
(above <main>), and the online-planner count of the chat-with-a-planner button the layout mounts *inside*
<main> (attributes only, no text: the curator selected <main> and left it). Per build: immutable asset hashes,
the `__sveltekit_*` version global and the svelte-* scoped classes on <main>/<article>. The page data (devalue)
repeats the policy's HTML in the inline script. App-rating badge in the footer moves slowly.
"""
import datetime as dt
import html
import json

import common as C

NE_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")
MONTHS = ["जनवरी", "फेब्रुअरी", "मार्च", "अप्रिल", "मे", "जुन", "जुलाई", "अगस्ट", "सेप्टेम्बर", "अक्टोबर",
          "नोभेम्बर", "डिसेम्बर"]


def ne(n):
    return str(n).translate(NE_DIGITS)


def ne_group(n):
    """Nepali digit grouping (1,23,456) in Devanagari digits."""
    s = str(n)
    if len(s) > 3:
        head, tail = s[:-3], s[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        s = ",".join(parts + [tail])
    return s.translate(NE_DIGITS)


def fmt_date(d):
    return "%s %s %s" % (ne(d.day), MONTHS[d.month - 1], ne(d.year))


POLICY = """# गोपनीयता नीति

अन्तिम अद्यावधिक: {UPDATED}

बिहे प्लानर नेपाली परिवारहरूका लागि बिहे, व्रतबन्ध, पास्नी र अन्य शुभ कार्यको योजना बनाउने मोबाइल एप र वेबसाइट हो। यस एपमार्फत तपाईं पाहुनाको सूची बनाउन, बजेट व्यवस्थापन गर्न, डिजिटल निम्तो पठाउन र फोटोग्राफर, पार्टी प्यालेस, मेकअप आर्टिस्टजस्ता सेवा प्रदायकसँग बुकिङ गर्न सक्नुहुन्छ। यो नीतिले हामीले कुन व्यक्तिगत विवरण सङ्कलन गर्छौं, त्यसको प्रयोग कसरी गर्छौं र तपाईंका अधिकार के के हुन् भन्ने कुरा स्पष्ट पार्छ। हामी वैयक्तिक गोपनीयता सम्बन्धी ऐन, २०७५ र वैयक्तिक गोपनीयता सम्बन्धी नियमावली, २०७७ को पालना गर्छौं।

## १. हामी को हौं

@ बिहे प्लानर प्रा. लि.
@ पुल्चोक, ललितपुर महानगरपालिका वडा नं. ३, ललितपुर, नेपाल
@ कम्पनी दर्ता नं.: २४५६१८/०७७/०७८
@ इमेल: privacy@biheplanner.com.np
@ फोन: ०१-५४५३२१०

## २. हामीले सङ्कलन गर्ने विवरण

- **खाता विवरण**: नाम, मोबाइल नम्बर, इमेल ठेगाना र इन्क्रिप्ट गरिएको पासवर्ड;
- **बिहेसम्बन्धी विवरण**: बेहुला र बेहुलीको नाम, बिहेको मिति र स्थान, अनुमानित बजेट र पाहुनाको सङ्ख्या;
- **पाहुनाको सूची**: तपाईंले थप्नुभएका पाहुनाको नाम, मोबाइल नम्बर र निम्तो स्वीकार गरे वा नगरेको जानकारी;
- **चिना र साइतसम्बन्धी विवरण**: कुण्डली मिलान वा साइत हेर्ने सुविधा प्रयोग गर्दा जन्म मिति, जन्म समय र जन्म स्थान;
- **भुक्तानी विवरण**: बुकिङ रकम, भुक्तानी माध्यम र कारोबार नम्बर; वालेट वा कार्डको गोप्य विवरण हामी देख्दैनौं;
- **प्रयोग र उपकरणसम्बन्धी विवरण**: एपको संस्करण, मोबाइलको प्रकार, IP ठेगाना, पुस नोटिफिकेसन टोकन र एपमा तपाईंले गरेका क्रियाकलाप।

## ३. विवरणको प्रयोग

| प्रयोजन | आधार |
| खाता खोल्न र एपका सुविधा सञ्चालन गर्न | तपाईंसँगको सम्झौता |
| डिजिटल निम्तो पठाउन र पाहुनाको जवाफ सङ्कलन गर्न | तपाईंको निर्देशन |
| सेवा प्रदायकसँग बुकिङ र भुक्तानी गर्न | सम्झौता |
| कुण्डली मिलान र साइतको सुझाव दिन | तपाईंको स्पष्ट सहमति |
| नयाँ सुविधा र छुटबारे सूचना पठाउन | तपाईंको सहमति |
| ठगी रोक्न र एपको सुरक्षा गर्न | हाम्रो वैध हित |
| कर र लेखासम्बन्धी दायित्व पूरा गर्न | कानुनी दायित्व |

हामी तपाईंको विवरण कसैलाई बिक्री गर्दैनौं र तपाईंको सहमतिबिना अरू प्रयोजनमा प्रयोग गर्दैनौं।

## ४. पाहुनाको विवरण

पाहुनाको सूचीमा तपाईंले थप्नुभएको विवरण तपाईंकै जिम्मेवारीमा हुन्छ। हामी त्यस विवरणलाई निम्तो पठाउन र जवाफ देखाउन मात्र प्रयोग गर्छौं। पाहुनालाई हामी आफ्नो तर्फबाट विज्ञापन पठाउँदैनौं। निम्तो पाएका व्यक्तिले निम्तोको तलको लिङ्कबाट आफ्नो विवरण हटाउन अनुरोध गर्न सक्नुहुन्छ। पाहुनाको मोबाइल नम्बर एपका अरू प्रयोगकर्ता वा सेवा प्रदायकले देख्न सक्दैनन्।

## ५. सेवा प्रदायकसँग विवरण साझेदारी

तपाईंले कुनै फोटोग्राफर, पार्टी प्यालेस, क्याटरिङ, डेकोरेसन वा मेकअप आर्टिस्टलाई सोधपुछ पठाउँदा वा बुकिङ गर्दा तपाईंको नाम, फोन नम्बर, बिहेको मिति, स्थान र सन्देश ती सेवा प्रदायकलाई पठाइन्छ। सेवा प्रदायकले यो विवरण आफ्नै जिम्मेवारीमा प्रयोग गर्छन् र बुकिङसँग सम्बन्धित कामका लागि मात्र प्रयोग गर्न पाउँछन्। प्रत्येक सेवा प्रदायकले हामीसँग गोपनीयता कायम राख्ने सम्झौता गरेका छन्। बिहेपछि तपाईंले दिनुभएको समीक्षा र रेटिङ सेवा प्रदायकको पृष्ठमा तपाईंको पहिलो नामसहित सार्वजनिक रूपमा देखिन्छ।

## ६. प्राविधिक साझेदारहरू

एप चलाउन हामी तलका साझेदारको सेवा लिन्छौं। उनीहरूले हाम्रो निर्देशनबमोजिम मात्र विवरण प्रयोग गर्न पाउँछन्:

| साझेदार | सेवा | देश |
| Amazon Web Services | सर्भर र डाटा भण्डारण | सिङ्गापुर |
| Google Firebase | पुस नोटिफिकेसन र एपको त्रुटि विश्लेषण | अमेरिका |
| स्प्यारो एसएमएस | OTP र निम्तोका एसएमएस | नेपाल |
| इसेवा र खल्ती | डिजिटल वालेटबाट भुक्तानी | नेपाल |
| नेपाल क्लियरिङ हाउस (कनेक्टआईपीएस) | बैंक खाताबाट भुक्तानी | नेपाल |

कानुनले तोकेको अवस्थामा अदालत, प्रहरी वा अन्य सरकारी निकायले लिखित रूपमा माग गरेमा विवरण उपलब्ध गराउन सकिन्छ।

## ७. विवरण कति समय राख्छौं

- खाता र बिहेसम्बन्धी विवरण: खाता सक्रिय रहेसम्म;
- पाहुनाको सूची: बिहेको मितिपछि १८ महिनासम्म, त्यसपछि स्वतः मेटाइन्छ;
- जन्म मिति र जन्म समय: कुण्डली मिलानको रिपोर्ट तयार भएपछि ३० दिनसम्म;
- भुक्तानी र बिलसम्बन्धी कागजात: कानुनबमोजिम ६ वर्षसम्म।

## ८. तपाईंका अधिकार

- आफ्नो विवरण हेर्ने र त्यसको प्रतिलिपि माग्ने;
- गलत विवरण सच्याउन लगाउने;
- खाता र विवरण मेटाउन अनुरोध गर्ने;
- सूचना र विज्ञापन पाउन नचाहेमा जुनसुकै बेला सहमति फिर्ता लिने;
- आफ्नो गोपनीयता उल्लङ्घन भएको लागेमा उजुरी गर्ने।

एपको "सेटिङ" भित्रको "गोपनीयता" मा गएर तपाईं आफ्नो विवरण डाउनलोड गर्न वा खाता मेटाउन सक्नुहुन्छ। अन्य अनुरोध privacy@biheplanner.com.np मा पठाउनुहोस्; हामी १५ दिनभित्र जवाफ दिन्छौं।

## ९. सुरक्षा

सबै डाटा इन्क्रिप्ट गरिएको जडान (HTTPS) मार्फत पठाइन्छ। पासवर्ड र जन्म विवरणजस्ता संवेदनशील विवरण इन्क्रिप्ट गरेर राखिन्छ। हाम्रा कर्मचारीले आफ्नो काम गर्न आवश्यक भएको विवरण मात्र हेर्न पाउँछन् र सबै पहुँचको अभिलेख राखिन्छ। डाटा चुहावट भएको थाहा भएमा हामी प्रभावित प्रयोगकर्तालाई तुरुन्त जानकारी दिन्छौं।

## १०. बालबालिका

बिहे प्लानर १८ वर्ष वा सोभन्दा माथिका व्यक्तिका लागि हो। हामी जानीजानी नाबालकको खाता खोल्दैनौं। व्रतबन्ध वा पास्नीको योजना बनाउँदा बालबालिकाको नाम र जन्म मिति अभिभावकले मात्र थप्न सक्नुहुन्छ।

## ११. नीतिमा परिवर्तन

यो नीति समय समयमा परिमार्जन हुन सक्छ। महत्त्वपूर्ण परिवर्तन भएमा एपमा सूचना दिइनेछ र यस पृष्ठको माथि अद्यावधिक मिति परिवर्तन गरिनेछ। नीतिको पुरानो संस्करण हेर्न चाहनुहुन्छ भने हामीलाई इमेल गर्नुहोस्।

## १२. कुकीज र विश्लेषण

हाम्रो वेबसाइटले लगइन कायम राख्न आवश्यक कुकीज र तपाईंको सहमति भएमा Google Analytics का कुकीज प्रयोग गर्छ। यसबाट कुन पृष्ठ धेरै हेरिन्छ र कुन सुविधा सुधार गर्नुपर्छ भन्ने थाहा हुन्छ। मोबाइल एपमा हामी Firebase Analytics प्रयोग गर्छौं; एपको "सेटिङ" मा गएर तपाईं यसलाई बन्द गर्न सक्नुहुन्छ। विज्ञापनका लागि हामी तपाईंको पाहुनाको सूची वा जन्म विवरण कहिल्यै प्रयोग गर्दैनौं।

## १३. विदेशमा डाटा भण्डारण

हाम्रो सर्भर सिङ्गापुरमा रहेकाले तपाईंको विवरण नेपालबाहिर भण्डारण हुन्छ। त्यस्तो भण्डारण गर्दा हामी यस नीतिमा उल्लेखित सुरक्षा उपाय र सम्झौताअनुसारको गोपनीयता कायम राख्छौं।

## १४. सम्पर्क

गोपनीयतासम्बन्धी प्रश्न वा गुनासो भएमा हाम्रो गुनासो सुन्ने अधिकारीलाई सम्पर्क गर्नुहोस्:

@ गुनासो सुन्ने अधिकारी, बिहे प्लानर प्रा. लि.
@ पुल्चोक, ललितपुर
@ इमेल: privacy@biheplanner.com.np
"""

EDITS = [
    {"note": "sentence added: who can see photos/videos on a digital invitation",
     "repl": [("पाहुनालाई हामी आफ्नो तर्फबाट विज्ञापन पठाउँदैनौं।",
               "पाहुनालाई हामी आफ्नो तर्फबाट विज्ञापन पठाउँदैनौं। निम्तोमा राखिएका फोटो र भिडियो निम्तोको "
               "लिङ्क पाएका व्यक्तिले मात्र हेर्न सक्छन्।")]},
    {"note": "partner added to the table: WhatsApp Business API for invitations",
     "repl": [("| स्प्यारो एसएमएस | OTP र निम्तोका एसएमएस | नेपाल |",
               "| स्प्यारो एसएमएस | OTP र निम्तोका एसएमएस | नेपाल |\n"
               "| Meta Platforms (WhatsApp Business API) | ह्वाट्सएपबाट निम्तो पठाउन | अमेरिका |")]},
    {"note": "subsection added: AI planning assistant",
     "repl": [("र तपाईंको सहमतिबिना अरू प्रयोजनमा प्रयोग गर्दैनौं।",
               "र तपाईंको सहमतिबिना अरू प्रयोजनमा प्रयोग गर्दैनौं।\n\n### एआई योजना सहायक\n\n"
               "एपको योजना सहायकले तपाईंको बजेट, पाहुनाको सङ्ख्या र बिहेको मितिका आधारमा कामको सूची र "
               "सेवा प्रदायकको सुझाव दिन्छ। सहायकलाई पठाइएका प्रश्नमा पाहुनाको नाम र फोन नम्बर समावेश "
               "गरिँदैन, र ती प्रश्न हामी मोडेल तालिमका लागि प्रयोग गर्दैनौं।")]},
    {"note": "guest-list retention shortened from 18 to 12 months",
     "repl": [("बिहेको मितिपछि १८ महिनासम्म", "बिहेको मितिपछि १२ महिनासम्म")]},
    {"note": "phone number changed",
     "repl": [("@ फोन: ०१-५४५३२१०", "@ फोन: ०१-५९७०४४४")]},
]


def build(rng):
    def h(n=8):
        return C.alnum(rng, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
    return {"ver": C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789"),
            "start": h(), "app": h(), "entry": h(), "sched": h(), "n0": h(), "n2": h(), "n7": h(), "css0": h(),
            "css7": h(), "svl": C.alnum(rng, 7, "abcdefghijklmnopqrstuvwxyz0123456789"),
            "svm": C.alnum(rng, 7, "abcdefghijklmnopqrstuvwxyz0123456789"),
            "svh": C.alnum(rng, 7, "abcdefghijklmnopqrstuvwxyz0123456789")}


def noise(rng, when, i, prev):
    prev = prev or {}
    b = C.keep_or(rng, prev.get("build"), 0.22, lambda: build(rng))
    weeks = (when.date() - dt.date(2023, 1, 1)).days // 7
    rating = C.keep_or(rng, prev.get("rating"), 0.3,
                       lambda: (rng.choice(["4.6", "4.7", "4.7", "4.8"]), 1800 + weeks * 23 + rng.randint(0, 20)))
    night = when.hour < 3 or when.hour >= 17  # Nepal is UTC+5:45
    return {
        "nonce": C.b64tok(rng, 16),
        "build": b,
        "couples": rng.randint(300, 900) + (400 if when.month in (11, 12, 1, 2, 5) else 0),
        "online": rng.randint(0, 2) if night else rng.randint(2, 7),
        "rating": rating,
    }


LABELS = {"nonce": "CSP nonce", "build": "SvelteKit build (asset hashes, __sveltekit version, svelte-* classes)",
          "couples": "'couples this week' banner counter",
          "online": "chat-with-a-planner button's data-online (inside <main>)",
          "rating": "app-rating badge (footer)"}


def policy_html(blocks):
    return "".join(C.block_html(b) for b in blocks)


def render(state, blocks, when):
    b = state["build"]
    nonce = state["nonce"]
    stars, reviews = state["rating"]
    title = blocks[0][1]
    updated = blocks[1][1]
    body = policy_html(blocks[2:])
    data = [None, None, {"type": "data", "data": {
        "lang": "ne", "doc": {"slug": "privacy", "title": title, "updated": updated, "html": body}},
        "uses": {"params": ["lang"]}}]
    data_js = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003C")
    online = state["online"]
    return """<!doctype html>
<html lang="ne">
	<head>
		<meta charset="utf-8" />
		<link rel="icon" href="../favicon.png" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<meta name="theme-color" content="#b3122e" />
		<link rel="manifest" href="../manifest.webmanifest" />
		
		<link href="../_app/immutable/assets/0.%(css0)s.css" rel="stylesheet">
		<link href="../_app/immutable/assets/7.%(css7)s.css" rel="stylesheet">
		<link rel="modulepreload" href="../_app/immutable/entry/start.%(start)s.js">
		<link rel="modulepreload" href="../_app/immutable/chunks/entry.%(entry)s.js">
		<link rel="modulepreload" href="../_app/immutable/chunks/scheduler.%(sched)s.js">
		<link rel="modulepreload" href="../_app/immutable/entry/app.%(app)s.js">
		<link rel="modulepreload" href="../_app/immutable/nodes/0.%(n0)s.js">
		<link rel="modulepreload" href="../_app/immutable/nodes/2.%(n2)s.js">
		<link rel="modulepreload" href="../_app/immutable/nodes/7.%(n7)s.js"><!-- HEAD_svelte-1u4bq7c_START --><title>गोपनीयता नीति | बिहे प्लानर</title><meta name="description" content="बिहे प्लानरले तपाईंको व्यक्तिगत विवरण कसरी सङ्कलन र सुरक्षित गर्छ।"><link rel="alternate" hreflang="en" href="https://www.biheplanner.com.np/en/privacy"><link rel="alternate" hreflang="ne" href="https://www.biheplanner.com.np/ne/privacy"><!-- HEAD_svelte-1u4bq7c_END -->
		<script async src="https://www.googletagmanager.com/gtag/js?id=G-9NPX4B7K2Q" nonce="%(nonce)s"></script>
	</head>
	<body data-sveltekit-preload-data="hover">
		<div style="display: contents">   <div class="promo-strip svelte-%(svh)s"><span>यस हप्ता %(couples)s जोडीले बिहे प्लानरमा आफ्नो बिहेको योजना सुरु गरे</span> <a href="../ne/download" class="svelte-%(svh)s">एप डाउनलोड गर्नुहोस्</a></div> <header class="site-header svelte-%(svh)s"><a class="logo svelte-%(svh)s" href="../ne" aria-label="बिहे प्लानर"><img src="../logo.svg" alt="बिहे प्लानर" width="148" height="40" class="svelte-%(svh)s"></a> <nav class="svelte-%(svh)s"><a href="../ne/vendors" class="svelte-%(svh)s">सेवा प्रदायक</a> <a href="../ne/invitations" class="svelte-%(svh)s">डिजिटल निम्तो</a> <a href="../ne/checklist" class="svelte-%(svh)s">तयारी सूची</a> <a href="../ne/blog" class="svelte-%(svh)s">ब्लग</a></nav> <div class="lang svelte-%(svh)s"><a href="../en/privacy" hreflang="en" class="svelte-%(svh)s">EN</a> <span aria-current="true" class="svelte-%(svh)s">ने</span></div></header> <main id="main-content" class="legal svelte-%(svl)s"><header class="legal-head svelte-%(svm)s"><h1 class="svelte-%(svm)s">%(title)s</h1> <p class="updated svelte-%(svm)s">%(updated)s</p></header> <article class="prose svelte-%(svm)s"><!-- HTML_TAG_START -->%(body)s<!-- HTML_TAG_END --></article>  <button class="chat-fab svelte-%(svl)s" type="button" aria-label="योजनाकारसँग कुरा गर्नुहोस्" data-online="%(online)d" data-state="%(chat_state)s"><svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" class="svelte-%(svl)s"><path d="M4 4h16v11H7l-3 3z" fill="currentColor"></path></svg> <span class="chat-fab__dot %(dot)s svelte-%(svl)s"></span></button></main> <footer class="site-footer svelte-%(svh)s"><div class="stores svelte-%(svh)s"><a href="https://play.google.com/store/apps/details?id=np.com.biheplanner" class="svelte-%(svh)s">Google Play</a> <a href="https://apps.apple.com/np/app/bihe-planner/id1598765432" class="svelte-%(svh)s">App Store</a> <span class="rating svelte-%(svh)s">★ %(stars)s (%(reviews)s समीक्षा)</span></div> <nav class="svelte-%(svh)s"><a href="../ne/about" class="svelte-%(svh)s">हाम्रो बारेमा</a> <a href="../ne/terms" class="svelte-%(svh)s">सेवाका सर्तहरू</a> <a href="../ne/privacy" class="svelte-%(svh)s">गोपनीयता नीति</a> <a href="../ne/vendors/join" class="svelte-%(svh)s">सेवा प्रदायक बन्नुहोस्</a></nav> <p class="svelte-%(svh)s">© %(year)s बिहे प्लानर प्रा. लि.</p></footer> 
			
			<script nonce="%(nonce)s">
				{
					__sveltekit_%(ver)s = {
						base: new URL("..", location).pathname.slice(0, -1)
					};

					const element = document.currentScript.parentElement;

					const data = %(data)s;

					Promise.all([
						import("../_app/immutable/entry/start.%(start)s.js"),
						import("../_app/immutable/entry/app.%(app)s.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 2, 7],
							data,
							form: null,
							error: null
						});
					});
				}
			</script>
		</div>
	</body>
</html>
""" % dict(b, nonce=nonce, couples=ne_group(state["couples"]), title=html.escape(title),
           updated=html.escape(updated), body=body, online=online,
           chat_state="online" if online else "away", dot="is-online" if online else "is-away",
           stars=ne(stars), reviews=ne_group(reviews), year=ne(when.year), data=data_js)


PAGE = {
    "service": "Bihe Planner",
    "url": "https://www.biheplanner.com.np/ne/privacy",
    "lang": "ne",
    "platform": "SvelteKit 2 (Svelte 4 SSR) on Node, CSP nonce mode",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "nginx"), ("Vary", "Accept-Encoding"), ("X-SvelteKit-Page", "true"),
                      ("Cache-Control", "private, no-cache")),
    "n": 30,
    "start": dt.date(2023, 4, 1),
    "end": dt.date(2025, 9, 30),
    "hours": (1, 13),
    "policy": POLICY,
    "first_updated": dt.date(2023, 2, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.biheplanner.com.np/ne/privacy", "select": "main"},
}
