"""Madaf Media (retail-media network of a supermarket chain), Hebrew (RTL), HubSpot CMS (drag-and-drop page, custom
theme, legal tabs module).

The page holds two documents in tabs: the privacy policy (#panel-privacy, the declared container) and the cookie
policy (#panel-cookies, hidden tab), which is edited on its own schedule (its cookie table grows): noise for this
document. Per visit: HubSpot's hsVars render_id/ticks; now and then the theme's template-asset timestamps (theme
publish) and the top banner promoting the network's reach ("N מיליון קונים").
"""
import datetime as dt

import common as C

URL = "https://www.madafmedia.co.il/privacy"

POLICY = """# מדיניות פרטיות

עודכן לאחרונה: {UPDATED}

מדף מדיה בע"מ (להלן: "החברה" או "אנחנו") מפעילה רשת מדיה קמעונאית, המאפשרת למותגים ולספקים לפרסם ללקוחות רשת הסופרמרקטים "שוק העיר" באתר הסחר המקוון, באפליקציה, במסכים הדיגיטליים בסניפים ובערוצי הדיוור של הרשת. מדיניות זו מסבירה איזה מידע אנו אוספים, כיצד אנו משתמשים בו ועם מי אנו משתפים אותו. המדיניות מנוסחת בלשון זכר מטעמי נוחות בלבד, והיא מתייחסת לכל המגדרים.

## 1. מי אחראי למידע

החברה היא בעלת מאגר המידע לצורך חוק הגנת הפרטיות, התשמ"א-1981, והתקנות שהותקנו מכוחו. החברה פועלת בשיתוף עם רשת "שוק העיר", המעבירה לחברה מידע על לקוחות מועדון הלקוחות שלה בהתאם למדיניות הפרטיות של המועדון ולהסכמה שניתנה בעת ההצטרפות.

## 2. איזה מידע אנו אוספים

- מידע על רכישות: מוצרים שנרכשו, סכומים, תאריך וסניף, כפי שנרשמו בכרטיס מועדון הלקוחות;
- מזהים מוצפנים: מזהה לקוח מוצפן (hash) של מספר הטלפון או כתובת הדוא"ל, שאינו מאפשר זיהוי ישיר;
- מידע על גלישה ושימוש: עמודים ומוצרים שנצפו באתר ובאפליקציה, חיפושים, הוספות לסל, מזהי עוגיות ומזהי פרסום של המכשיר;
- מידע על חשיפה לפרסומות: אילו מודעות הוצגו, היכן ומתי, והאם בוצעה הקלקה או רכישה לאחר מכן;
- מידע על לקוחות עסקיים: שם, תפקיד, חברה, דוא"ל וטלפון של אנשי קשר אצל מפרסמים וסוכנויות.

איננו אוספים מידע רגיש כגון מידע רפואי, ואיננו מסיקים מסקנות בנוגע לבריאות, לדת או לנטייה מינית מתוך הרגלי הקנייה.

## 3. למה אנו משתמשים במידע

- הצגת פרסומות רלוונטיות ללקוחות הרשת באתר, באפליקציה ובמסכים בסניפים;
- בניית קהלים מצרפיים למפרסמים, למשל "קונים של מוצרי תינוקות", ללא מסירת פרטים מזהים;
- מדידת האפקטיביות של קמפיינים, לרבות השפעתם על המכירות בסניפים ובאתר;
- הגבלת מספר הפעמים שבהן מוצגת אותה פרסומת;
- מניעת הונאות ושמירה על אבטחת המערכות;
- עמידה בדרישות הדין.

אנו עשויים להשתמש במידע גם לצורך פיתוח מוצרים חדשים ושיפור השירותים שלנו, לרבות באמצעות מודלים סטטיסטיים, וזאת על בסיס מידע מצרפי או מידע שהוסרו ממנו פרטים מזהים. איננו מוכרים מידע אישי לצדדים שלישיים.

## 4. שיתוף מידע עם מפרסמים

מפרסמים אינם מקבלים מאיתנו מידע המזהה לקוח מסוים. הם מקבלים דוחות מצרפיים בלבד, שבהם כל קבוצה כוללת לפחות 100 לקוחות. כאשר מפרסם מבקש להשוות בין רשימת הלקוחות שלו לבין לקוחות הרשת, ההשוואה מתבצעת בסביבה מאובטחת (clean room), על בסיס מזהים מוצפנים, והתוצאה נמסרת באופן מצרפי.

## 5. ספקי שירות

אנו נעזרים בספקי שירות המעבדים מידע עבורנו ובהתאם להוראותינו:

| ספק | שירות | מיקום המידע |
| Amazon Web Services | אחסון ועיבוד נתונים | אירלנד |
| Google Cloud | מחסן נתונים ודוחות | בלגיה |
| HubSpot | ניהול קשרי לקוחות עסקיים | גרמניה |
| ספק מסכים דיגיטליים בסניפים | הפעלת מסכי הפרסום | ישראל |

המידע מועבר אל מחוץ לישראל רק למדינות שחלים בהן דיני הגנת מידע המעניקים הגנה נאותה, או בכפוף להתחייבות חוזית של הספק.

## 6. הזכויות שלך

- לעיין במידע שנשמר עליך במאגר, בהתאם לסעיף 13 לחוק הגנת הפרטיות;
- לבקש לתקן או למחוק מידע שאינו נכון, שלם, ברור או מעודכן;
- לבקש שלא נשתמש במידע עליך לצורך פרסום מותאם, בכל עת;
- לבטל את הצטרפותך לדיוור באמצעות קישור ההסרה המופיע בכל הודעה.

כדי לממש את זכויותיך, פנה אלינו בכתובת privacy@madafmedia.co.il. לבקשה לעיון יש לצרף צילום תעודת זהות. נשיב לפנייתך בתוך 30 ימים.

אם אינך מעוניין לקבל פרסומות מותאמות אישית במסכים ובאתר, תוכל גם לבטל את ההסכמה בהגדרות הפרטיות באזור האישי באפליקציה של שוק העיר. ביטול ההסכמה לא ימנע הצגת פרסומות, אך הפרסומות שיוצגו לך לא יתבססו על הרגלי הקנייה שלך. אם אינך מרוצה מהטיפול בפנייתך, באפשרותך לפנות לרשות להגנת הפרטיות במשרד המשפטים.

## 7. עוגיות

באתר הסחר ובאפליקציה נעשה שימוש בעוגיות ובטכנולוגיות דומות למטרות הפעלה, מדידה ופרסום. פירוט העוגיות ואפשרויות הניהול שלהן מופיע בלשונית "מדיניות עוגיות" בעמוד זה.

## 8. שמירת מידע

מידע על רכישות וחשיפה לפרסומות נשמר במערכותינו למשך 24 חודשים ממועד איסופו, ולאחר מכן נמחק או הופך למידע סטטיסטי שאינו מזהה.

## 9. אבטחת מידע

אנו מיישמים אמצעי אבטחה בהתאם לתקנות הגנת הפרטיות (אבטחת מידע), התשע"ז-2017, לרבות הצפנה, בקרת גישה, ניטור ותיעוד. עם זאת, אין מערכת חסינה לחלוטין.

## 10. יצירת קשר

@ מדף מדיה בע"מ
@ לכבוד: הממונה על הגנת הפרטיות
@ רחוב הברזל 30, תל אביב-יפו 6971045
@ טלפון: 03-7654321
@ דוא"ל: privacy@madafmedia.co.il

## 11. שינויים במדיניות

אנו עשויים לעדכן מדיניות זו מעת לעת, למשל בעקבות שינויים בחקיקה או בשירותים שאנו מציעים. תאריך העדכון האחרון מופיע בראש המדיניות. במקרה של שינוי מהותי נפרסם הודעה באתר ובאפליקציה של הרשת לפני כניסת השינוי לתוקף."""

EDITS = [
    {"note": "minimum audience size for advertiser reports raised from 100 to 250 customers",
     "repl": [("שבהם כל קבוצה כוללת לפחות 100 לקוחות", "שבהם כל קבוצה כוללת לפחות 250 לקוחות")]},
    {"note": "processor added to the table (LiveRamp clean room)",
     "repl": [("| Google Cloud | מחסן נתונים ודוחות | בלגיה |",
               "| Google Cloud | מחסן נתונים ודוחות | בלגיה |\n| LiveRamp | סביבת השוואה מאובטחת (clean room) | "
               "הולנד |")]},
    {"note": "office moved: street address changed",
     "repl": [("@ רחוב הברזל 30, תל אביב-יפו 6971045", "@ דרך מנחם בגין 144, תל אביב-יפו 6492102")]},
    {"note": "retention shortened from 24 to 18 months",
     "repl": [("נשמר במערכותינו למשך 24 חודשים", "נשמר במערכותינו למשך 18 חודשים")]},
    {"note": "sentence added: Privacy Protection Officer under Amendment 13",
     "repl": [("## 2. איזה מידע אנו אוספים",
               "בהתאם לתיקון מס' 13 לחוק הגנת הפרטיות, מינתה החברה ממונה על הגנת הפרטיות, שפרטי הקשר שלו "
               "מופיעים בסעיף 10 להלן.\n\n## 2. איזה מידע אנו אוספים")]},
]

CHODESH = ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר",
           "בנובמבר", "בדצמבר"]


def fmt_date(d):
    return "%d %s %d" % (d.day, CHODESH[d.month - 1], d.year)


COOKIE_ROWS = [
    ("__hssc, __hstc, hubspotutk", "HubSpot", "מדידת ביקורים באתר העסקי", "עד 6 חודשים"),
    ("_ga, _ga_*", "Google Analytics", "סטטיסטיקה", "24 חודשים"),
    ("mdf_uid", "מדף מדיה", "מזהה לצורך הצגת פרסומות ברשת", "13 חודשים"),
    ("mdf_fc", "מדף מדיה", "הגבלת תדירות הצגת פרסומות", "30 יום"),
    ("_fbp", "Meta", "מדידת קמפיינים", "3 חודשים"),
    ("_ttp", "TikTok", "מדידת קמפיינים", "13 חודשים"),
    ("IDE", "Google Ad Manager", "הצגת פרסומות ומדידה", "13 חודשים"),
]


def noise(rng, when, i, prev):
    prev = prev or {}
    days = (when - dt.datetime(2023, 1, 1)).days
    return {
        "hs": (C.uuid4(rng), int(C.epoch(when) * 1000) + rng.randint(0, 999)),
        "tpl": C.keep_or(rng, prev.get("tpl"), 0.2, lambda: int(C.epoch(when - dt.timedelta(days=rng.randint(1, 9))) * 1000)),
        "cookie_rows": min(len(COOKIE_ROWS), 3 + max(0, days) // 150),
        "reach": "%.1f" % (3.1 + max(0, days) // 90 * 0.1),
    }


LABELS = {"hs": "hsVars render_id/ticks", "tpl": "HubSpot template asset timestamps",
          "cookie_rows": "cookie-policy tab revision (other document)", "reach": "reach banner"}


def cookie_policy(n):
    rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in COOKIE_ROWS[:n])
    return ('<h2>מדיניות עוגיות</h2><p>עוגיות הן קבצי טקסט קטנים הנשמרים בדפדפן שלך. אנו משתמשים בעוגיות הכרחיות, '
            'בעוגיות סטטיסטיקה ובעוגיות פרסום. ניתן לשנות את ההעדפות בכל עת באמצעות הקישור "הגדרות עוגיות" בתחתית '
            'העמוד, או דרך הגדרות הדפדפן.</p><table><thead><tr><th>שם העוגייה</th><th>ספק</th><th>מטרה</th>'
            '<th>תוקף</th></tr></thead><tbody>%s</tbody></table>' % rows)


def render(st, blocks, when):
    rid, ticks = st["hs"]
    tpl = st["tpl"]
    body = C.blocks_html(blocks)
    return """<!doctype html><html lang="he" dir="rtl"><head>
    <meta charset="utf-8">
    <title>מדיניות פרטיות | מדף מדיה</title>
    <link rel="shortcut icon" href="https://www.madafmedia.co.il/hubfs/madaf-favicon.png">
    <meta name="description" content="מדיניות הפרטיות ומדיניות העוגיות של מדף מדיה, רשת המדיה הקמעונאית של שוק העיר.">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hsjQuery = window['jQuery'];</script>
    <meta property="og:description" content="מדיניות הפרטיות ומדיניות העוגיות של מדף מדיה.">
    <meta property="og:title" content="מדיניות פרטיות | מדף מדיה">
    <meta name="twitter:card" content="summary">
    <style>
a.cta_button{{-moz-box-sizing:content-box !important;-webkit-box-sizing:content-box !important;box-sizing:content-box !important;vertical-align:middle}}.hs-breadcrumb-menu{{list-style-type:none;margin:0px 0px 0px 0px;padding:0px 0px 0px 0px}}
</style>
<link rel="stylesheet" href="https://www.madafmedia.co.il/hubfs/hub_generated/template_assets/1/142208861907/{tpl}/template_main.min.css">
<link rel="stylesheet" href="https://www.madafmedia.co.il/hubfs/hub_generated/template_assets/1/142208861911/{tpl}/template_theme-overrides.min.css">
<link rel="stylesheet" href="https://www.madafmedia.co.il/hubfs/hub_generated/module_assets/1/142209001422/{tpl}/module_legal-tabs.min.css">
    <script type="text/javascript">
var hsVars = hsVars || {{}}; hsVars['language'] = 'he';
</script>
    <link rel="canonical" href="{url}">
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-Q8M3ZT1K4H"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-Q8M3ZT1K4H');
</script>
<meta property="og:url" content="{url}">
<meta http-equiv="content-language" content="he">
<link rel="alternate" hreflang="en" href="https://www.madafmedia.co.il/en/privacy">
<link rel="alternate" hreflang="he" href="{url}">
    <meta name="generator" content="HubSpot"></head>
  <body>
    <div class="body-wrapper   hs-content-id-118204451872 hs-site-page page ">
      <div data-global-resource-path="madaf-theme/templates/partials/header.html"><div class="top-banner"><div class="content-wrapper"><p>הרשת מגיעה ל-<strong>{reach} מיליון</strong> קונים בחודש באתר, באפליקציה ובסניפים. <a href="/he/media-kit">להורדת ערכת המדיה</a></p></div></div>
<header class="header">
  <a href="#main-content" class="header__skip">דלג לתוכן</a>
  <div class="header__container content-wrapper">
    <div class="header__logo header__logo--main">
      <div id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module">
  <span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" style="" data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="/" id="hs-link-site_logo_hs_logo_widget" style="border-width:0px;border:0px;"><img src="https://www.madafmedia.co.il/hs-fs/hubfs/madaf-logo.png?width=160&amp;height=44&amp;name=madaf-logo.png" class="hs-image-widget " height="44" style="height: auto;width:160px;border-width:0px;border:0px;" width="160" alt="מדף מדיה" title="מדף מדיה"></a></span>
</div>
    </div>
    <div class="header__menu">
      <nav class="menu menu--desktop" aria-label="תפריט ראשי">
        <ul class="menu__wrapper no-list">
          <li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link" href="/he/advertisers">למפרסמים</a></li>
          <li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link" href="/he/solutions">פתרונות</a></li>
          <li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link" href="/he/insights">תובנות</a></li>
          <li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link" href="/he/contact">צור קשר</a></li>
        </ul>
      </nav>
    </div>
  </div>
</header></div>
      <main id="main-content" class="body-container-wrapper">
<div class="container-fluid body-container body-container--legal">
<div class="row-fluid-wrapper">
<div class="row-fluid">
<div class="span12 widget-span widget-type-cell " style="" data-widget-type="cell" data-x="0" data-w="12">
<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section">
<div class="row-fluid ">
<div class="span12 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="0" data-w="12">
<div id="hs_cos_wrapper_widget_1697011876542" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"><div class="legal-tabs" data-legal-tabs>
  <div class="legal-tabs__nav" role="tablist" aria-label="מסמכים משפטיים">
    <button class="legal-tabs__tab is-active" role="tab" id="tab-privacy" aria-controls="panel-privacy" aria-selected="true">מדיניות פרטיות</button>
    <button class="legal-tabs__tab" role="tab" id="tab-cookies" aria-controls="panel-cookies" aria-selected="false" tabindex="-1">מדיניות עוגיות</button>
  </div>
  <div class="legal-tabs__panel is-active" id="panel-privacy" role="tabpanel" aria-labelledby="tab-privacy">
    <span id="hs_cos_wrapper_widget_1697011876542_privacy_text" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text">{body}</span>
  </div>
  <div class="legal-tabs__panel" id="panel-cookies" role="tabpanel" aria-labelledby="tab-cookies" hidden>
    <span id="hs_cos_wrapper_widget_1697011876542_cookies_text" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text">{cookies}</span>
  </div>
</div></div>
</div><!--end widget-span -->
</div><!--end row-->
</div><!--end row-wrapper -->
</div><!--end widget-span -->
</div>
</div>
</div>
      </main>
      <div data-global-resource-path="madaf-theme/templates/partials/footer.html"><footer class="footer">
  <div class="footer__container content-wrapper">
    <ul class="footer__links no-list"><li><a href="/privacy">מדיניות פרטיות</a></li><li><a href="/terms">תנאי שימוש</a></li><li><a href="/accessibility">הצהרת נגישות</a></li><li><a href="#" class="hs-cookie-settings" onclick="_hsp.push(['showBanner']);return false;">הגדרות עוגיות</a></li></ul>
    <p class="footer__copyright">© {year} מדף מדיה בע"מ. כל הזכויות שמורות.</p>
  </div>
</footer></div>
    </div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script>
var hsVars = {{
    render_id: "{rid}",
    ticks: {ticks},
    page_id: 118204451872,
    content_group_id: 0,
    portal_id: 26417853,
    app_hs_base_url: "https://app-eu1.hubspot.com",
    cp_hs_base_url: "https://cp-eu1.hubspot.com",
    language: "he",
    analytics_page_type: "standard-page",
    scp_content_type: "",
    analytics_page_id: "118204451872",
    category_id: 1,
    folder_id: 0,
    is_hubspot_user: false
}}
</script>
<script defer src="/hs/hsstatic/HubspotToolsMenu/static-1.354/js/index.js"></script>
<script src="https://www.madafmedia.co.il/hubfs/hub_generated/template_assets/1/142208861915/{tpl}/template_main.min.js"></script>
<script src="https://www.madafmedia.co.il/hubfs/hub_generated/module_assets/1/142209001422/{tpl}/module_legal-tabs.min.js"></script>
<!-- Start of HubSpot Analytics Code -->
<script type="text/javascript">
var _hsq = _hsq || [];
_hsq.push(["setContentType", "standard-page"]);
_hsq.push(["setCanonicalUrl", "{url}"]);
_hsq.push(["setPageId", "118204451872"]);
_hsq.push(["setContentMetadata", {{
    "contentPageId": 118204451872,
    "legacyPageId": "118204451872",
    "contentFolderId": null,
    "contentGroupId": null,
    "abTestId": null,
    "languageVariantId": 118204451872,
    "languageCode": "he",
}}]);
</script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/26417853.js"></script>
<!-- End of HubSpot Analytics Code -->
  </body></html>
""".format(url=URL, tpl=tpl, reach=st["reach"], body=body, cookies=cookie_policy(st["cookie_rows"]),
           year=when.year, rid=rid, ticks=ticks)


PAGE = {
    "service": "Madaf Media",
    "url": URL,
    "lang": "he",
    "platform": "HubSpot CMS (drag-and-drop page, custom theme, legal tabs module)",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-HS-Cache-Config", "BrowserCache-5s-EdgeCache-0s"),
                      ("X-HS-Content-Id", "118204451872"), ("Vary", "Accept-Encoding")),
    "n": 29,
    "start": dt.date(2023, 6, 19),
    "end": dt.date(2025, 10, 6),
    "policy": POLICY,
    "first_updated": dt.date(2023, 3, 12),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#panel-privacy"},
}
