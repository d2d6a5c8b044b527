# Hindi general insurer: Drupal 9. form_build_id in a callback form, js-view-dom-id in a news view, news marquee,
# node "changed" date field outside the body (bumped once without a text edit), premium calculator promo.
import copy
from build_common import *

URL = "https://www.jeevansuraksha.co.in/hi/privacy-policy"
SERVICE = "Jeevan Suraksha"


def policy0():
    return {
        "sections": [
            {"id": "h1", "title": "1. परिचय", "body": [
                ("p", "जीवन सुरक्षा जनरल इंश्योरेंस कंपनी लिमिटेड (\"कंपनी\", \"हम\") आपकी व्यक्तिगत जानकारी की गोपनीयता का सम्मान करती है। यह गोपनीयता नीति बताती है कि हम आपकी व्यक्तिगत जानकारी कैसे एकत्र, उपयोग, साझा और सुरक्षित करते हैं, जब आप हमारी वेबसाइट, मोबाइल ऐप या शाखाओं के माध्यम से हमारी बीमा सेवाओं का उपयोग करते हैं।"),
            ]},
            {"id": "h2", "title": "2. हम कौन सी जानकारी एकत्र करते हैं", "body": [
                ("ul", ["नाम, जन्म तिथि, लिंग, पता, मोबाइल नंबर और ई-मेल पता",
                        "पैन, आधार (मास्क किया हुआ) और अन्य केवाईसी दस्तावेज़",
                        "स्वास्थ्य संबंधी जानकारी, चिकित्सा रिपोर्ट और दावा दस्तावेज़",
                        "वाहन पंजीकरण संख्या और पिछली पॉलिसी का विवरण",
                        "बैंक खाता विवरण और भुगतान संबंधी जानकारी"]),
            ]},
            {"id": "h3", "title": "3. जानकारी का उपयोग", "body": [
                ("p", "हम आपकी जानकारी का उपयोग बीमा प्रस्ताव का मूल्यांकन करने, पॉलिसी जारी करने, प्रीमियम एकत्र करने, दावों का निपटान करने, धोखाधड़ी की रोकथाम करने और भारतीय बीमा विनियामक और विकास प्राधिकरण (IRDAI) के नियमों का पालन करने के लिए करते हैं।"),
                ("p", "आपकी सहमति से, हम आपको नए उत्पादों और ऑफ़र के बारे में जानकारी भेज सकते हैं। आप किसी भी समय इस सेवा से बाहर निकल सकते हैं।"),
            ]},
            {"id": "h4", "title": "4. जानकारी साझा करना", "body": [
                ("p", "हम आपकी जानकारी केवल आवश्यकतानुसार तृतीय पक्ष प्रशासकों (TPA), पुनर्बीमाकर्ताओं, सर्वेक्षकों, अस्पतालों, सेवा प्रदाताओं और कानून द्वारा अधिकृत सरकारी प्राधिकरणों के साथ साझा करते हैं। हम आपकी व्यक्तिगत जानकारी किसी को बेचते नहीं हैं।"),
            ]},
            {"id": "h5", "title": "5. कुकीज़", "body": [
                ("p", "हमारी वेबसाइट आपके अनुभव को बेहतर बनाने और वेबसाइट के उपयोग का विश्लेषण करने के लिए कुकीज़ का उपयोग करती है।"),
                ("p", "आप अपने ब्राउज़र की सेटिंग्स में जाकर कुकीज़ को अस्वीकार कर सकते हैं, किंतु ऐसी स्थिति में वेबसाइट की कुछ सुविधाएँ ठीक से काम नहीं कर सकती हैं।"),
            ]},
            {"id": "h6", "title": "6. डेटा सुरक्षा", "body": [
                ("p", "हम आपकी जानकारी को अनधिकृत पहुँच से बचाने के लिए उद्योग-मानक सुरक्षा उपाय अपनाते हैं, जिनमें एन्क्रिप्शन, फ़ायरवॉल और पहुँच नियंत्रण शामिल हैं। हमारी सूचना सुरक्षा प्रणाली ISO 27001 के अनुरूप प्रमाणित है।"),
            ]},
            {"id": "h7", "title": "7. आपके अधिकार", "body": [
                ("p", "आप अपनी व्यक्तिगत जानकारी तक पहुँचने, उसे सुधारने या अपडेट करने का अनुरोध कर सकते हैं। किसी भी प्रश्न या अनुरोध के लिए कृपया नीचे दिए गए शिकायत अधिकारी से संपर्क करें।"),
            ]},
            {"id": "h8", "title": "8. शिकायत अधिकारी", "body": [
                ("p", "श्री राजेश कुमार वर्मा, शिकायत अधिकारी<br>जीवन सुरक्षा जनरल इंश्योरेंस कंपनी लिमिटेड<br>5वीं मंज़िल, टावर बी, लोटस बिज़नेस पार्क, सेक्टर 62, नोएडा – 201309, उत्तर प्रदेश<br>ई-मेल: grievance@jeevansuraksha.co.in"),
            ]},
        ],
        "changed": "12/05/2022",
    }


def edits():
    def e1(p):
        replace_text(p, "हम आपकी व्यक्तिगत जानकारी किसी को बेचते नहीं हैं।", "हम आपकी व्यक्तिगत जानकारी किसी को किराए पर नहीं देते या बेचते नहीं हैं।")
        p["changed"] = "03/01/2023"
    def e2(p):
        replace_text(p, "श्री राजेश कुमार वर्मा, शिकायत अधिकारी", "सुश्री अनीता शर्मा, शिकायत अधिकारी")
        replace_text(p, "5वीं मंज़िल, टावर बी, लोटस बिज़नेस पार्क, सेक्टर 62, नोएडा – 201309, उत्तर प्रदेश", "प्लॉट नंबर 14, सेक्टर 125, नोएडा – 201303, उत्तर प्रदेश")
        p["changed"] = "21/08/2023"
    def e3(p):
        secs = p["sections"]
        secs.insert(7, {"id": "h7b", "title": "8. डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023", "body": [
            ("p", "डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 के अंतर्गत, आप डेटा प्रिंसिपल के रूप में अपनी सहमति वापस लेने, अपने डेटा को मिटाने का अनुरोध करने और किसी नामित व्यक्ति को नामांकित करने के अधिकार का प्रयोग कर सकते हैं।"),
            ("p", "हम सहमति प्रबंधक के माध्यम से आपकी सहमति का रिकॉर्ड रखते हैं।")]})
        find_section(p, "h8")["title"] = "9. शिकायत अधिकारी"
        p["changed"] = "10/02/2024"
    def e4(p):  # editor re-saved the node; text unchanged
        p["changed"] = "29/07/2024"
    def e5(p):
        del find_section(p, "h5")["body"][1]
        p["changed"] = "14/01/2025"
    def e6(p):
        find_section(p, "h2")["body"][0][1].insert(3, "आयुष्मान भारत स्वास्थ्य खाता (ABHA) संख्या, आपकी सहमति से")
        p["changed"] = "02/09/2025"
    return {4: ("sentence reworded", e1, True), 9: ("grievance officer name + address", e2, True), 14: ("new DPDP section + renumber", e3, True),
            19: ("node changed-date only (outside body)", e4, False), 22: ("paragraph removed (cookies)", e5, True), 25: ("list item added (ABHA)", e6, True)}


def render(p):
    h = []
    for s in p["sections"]:
        h.append(f'<h3>{s["title"]}</h3>')
        h.append(blocks_html(s["body"]))
    return "\n".join(h)


NEWS = ["मोटर बीमा पर 20% तक की छूट – अभी खरीदें", "नया: स्वास्थ्य बीमा सुपर टॉप-अप ₹5 लाख कवर सिर्फ़ ₹1,299 से", "दावा निपटान अनुपात 96.4% (वित्त वर्ष 2023-24)",
        "चक्रवात प्रभावित क्षेत्रों के ग्राहकों के लिए विशेष दावा सहायता", "घर बैठे पॉलिसी नवीनीकरण करें – जीवन सुरक्षा ऐप डाउनलोड करें"]


def page(p, i, date, rng):
    fbid = "form-" + alnum(rng, 43)
    vdid = hexs(rng, 64)
    news = rng.sample(NEWS, 3)
    return f"""<!DOCTYPE html>
<html lang="hi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
    <meta name="description" content="जीवन सुरक्षा जनरल इंश्योरेंस की गोपनीयता नीति" />
    <link rel="canonical" href="{URL}" />
    <meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
    <meta name="MobileOptimized" content="width" />
    <link rel="alternate" hreflang="en" href="https://www.jeevansuraksha.co.in/en/privacy-policy" />
    <title>गोपनीयता नीति | जीवन सुरक्षा जनरल इंश्योरेंस</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_{alnum(random.Random(i // 6), 43)}.css" />
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"hi\\/","currentPath":"node\\/42","currentLanguage":"hi"}},"ajaxPageState":{{"libraries":"core\\/drupal,jsi\\/global","theme":"jsi"}},"ajaxTrustedUrl":{{"form_action_p_pvdeGsVG5zNF_XLGPTvYSKCf43t8qZYSwcfZl2uzM":true}},"user":{{"uid":0,"permissionsHash":"{hexs(random.Random(1), 64)}"}}}}</script>
    <script src="https://cdn.haptik.ai/sdk/chat.js" async></script>
  </head>
  <body class="path-node page-node-type-page">
    <a href="#main-content" class="visually-hidden focusable skip-link">मुख्य सामग्री पर जाएं</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="layout-container">
      <div class="news-ticker"><marquee scrollamount="4">{news[0]} &nbsp;|&nbsp; {news[1]} &nbsp;|&nbsp; {news[2]}</marquee></div>
      <header role="banner">
        <div class="region region-header">
          <div id="block-jsi-branding" class="block block-system block-system-branding-block"><a href="/hi" rel="home"><img src="/themes/custom/jsi/logo.svg" alt="मुखपृष्ठ" /></a></div>
          <div class="language-switcher-language-url block block-language" id="block-languageswitcher" role="navigation"><ul class="links"><li hreflang="en"><a href="/en/privacy-policy" class="language-link" hreflang="en">English</a></li><li hreflang="hi" class="is-active"><a href="/hi/privacy-policy" class="language-link is-active" hreflang="hi">हिन्दी</a></li></ul></div>
        </div>
        <nav role="navigation" aria-labelledby="block-jsi-main-menu-menu" id="block-jsi-main-menu"><h2 class="visually-hidden" id="block-jsi-main-menu-menu">मुख्य नेविगेशन</h2>
          <ul class="menu"><li class="menu-item"><a href="/hi/motor-insurance">मोटर बीमा</a></li><li class="menu-item"><a href="/hi/health-insurance">स्वास्थ्य बीमा</a></li><li class="menu-item"><a href="/hi/travel-insurance">यात्रा बीमा</a></li><li class="menu-item"><a href="/hi/home-insurance">गृह बीमा</a></li><li class="menu-item"><a href="/hi/claims">दावा</a></li><li class="menu-item"><a href="/hi/renew">नवीनीकरण</a></li></ul>
        </nav>
      </header>
      <div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">ब्रेडक्रम्ब</h2><ol><li><a href="/hi">मुखपृष्ठ</a></li><li>गोपनीयता नीति</li></ol></nav></div>
      <main role="main">
        <a id="main-content" tabindex="-1"></a>
        <div class="layout-content">
          <div class="region region-content">
            <div id="block-jsi-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">गोपनीयता नीति</span></h1></div>
            <div id="block-jsi-content" class="block block-system block-system-main-block">
<article data-history-node-id="42" role="article" about="/hi/privacy-policy" class="node node--type-page node--view-mode-full">
  <div class="node__content">
    <div class="field field--name-field-last-updated field--type-datetime"><div class="field__label">अंतिम अपडेट</div><div class="field__item"><time datetime="2024-01-01T12:00:00Z">{p["changed"]}</time></div></div>
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{render(p)}
    </div>
  </div>
</article>
            </div>
          </div>
        </div>
        <aside class="layout-sidebar-second" role="complementary">
          <div class="block block-webform"><h2>कॉल बैक का अनुरोध करें</h2>
            <form class="webform-submission-form" data-drupal-selector="webform-submission-callback-add-form" action="/hi/privacy-policy" method="post" id="webform-submission-callback-add-form" accept-charset="UTF-8">
              <div class="js-form-item form-item"><label for="edit-name">नाम</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="60" maxlength="255" class="form-text" /></div>
              <div class="js-form-item form-item"><label for="edit-mobile">मोबाइल नंबर</label><input data-drupal-selector="edit-mobile" type="tel" id="edit-mobile" name="mobile" value="" class="form-tel" /></div>
              <input autocomplete="off" data-drupal-selector="form-{alnum(rng, 43).lower()}" type="hidden" name="form_build_id" value="{fbid}" />
              <input data-drupal-selector="edit-webform-submission-callback-add-form" type="hidden" name="form_id" value="webform_submission_callback_add_form" />
              <input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="भेजें" class="button button--primary js-form-submit form-submit" />
            </form></div>
          <div class="block block-views"><h2>ताज़ा समाचार</h2><div class="views-element-container"><div class="view view-news view-id-news view-display-id-block_1 js-view-dom-id-{vdid}"><div class="view-content"><div class="views-row"><a href="/hi/news/{rng.randint(100, 999)}">{news[0]}</a></div><div class="views-row"><a href="/hi/news/{rng.randint(100, 999)}">{news[1]}</a></div></div></div></div></div>
          <div class="block block-block-content"><a href="/hi/premium-calculator" class="btn">प्रीमियम कैलकुलेटर – 2 मिनट में कोटेशन पाएं</a></div>
        </aside>
      </main>
      <footer role="contentinfo"><div class="region region-footer"><nav><ul class="menu"><li><a href="/hi/privacy-policy">गोपनीयता नीति</a></li><li><a href="/hi/terms-of-use">उपयोग की शर्तें</a></li><li><a href="/hi/disclaimer">अस्वीकरण</a></li><li><a href="/hi/grievance-redressal">शिकायत निवारण</a></li></ul></nav>
        <p>आईआरडीएआई पंजीकरण संख्या 177 | सीआईएन: U66010MH2007PLC123456 | टोल फ्री: 1800-102-7777</p><p>© 2025 जीवन सुरक्षा जनरल इंश्योरेंस कंपनी लिमिटेड. सर्वाधिकार सुरक्षित.</p></div></footer>
    </div>
    </div>
    <script src="/sites/default/files/js/js_{alnum(random.Random(i // 6 + 50), 43)}.js"></script>
  </body>
</html>
"""


def build(rng):
    dates = capture_dates(rng, 28, "2022-05-15", "2026-05-10")
    p = policy0(); E = edits(); caps = []
    for i, d in enumerate(dates):
        note = ""; real = False
        if i in E:
            E[i][1](p); note = E[i][0]; real = E[i][2]
        caps.append({"date": d, "body": page(p, i, d, rng).encode("utf-8"), "ctype": "text/html; charset=UTF-8", "real": real, "note": note})
    decl = {"name": SERVICE, "terms": {"Privacy Policy": {"fetch": URL, "select": ".field--name-body"}}}
    return {"service": SERVICE, "url": URL, "captures": caps, "decl": decl}
