"""A desert music festival's privacy policy on a Wix site (Hebrew, RTL): Thunderbolt viewer, the policy in two
Wix rich-text components (`#comp-lr8x2k4d`, `#comp-lr8x2k6f`, the declaration selects both), a Countdown Timer app
iframe and a "buy tickets" strip outside them. Fairly clean: per visit only the viewer model's requestId and the
fedops session id, the app iframe's signed instance; per Thunderbolt release the hashed CSS class names (which also
sit on the selected rich-text components themselves: textless noise inside the container)."""
import datetime as dt
import html
import json

import common as C

HODESH = ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר",
          "בנובמבר", "בדצמבר"]

POLICY = """# מדיניות פרטיות

עודכן לאחרונה: {UPDATED}

עמותת צלילי המדבר (ע"ר 580678123) (להלן: "העמותה" או "אנחנו") מפיקה את פסטיבל צלילי המדבר במצפה רמון ומפעילה את אתר האינטרנט של הפסטיבל. אנו מכבדים את פרטיותם של רוכשי הכרטיסים, המתנדבים, האמנים ומבקרי האתר, ופועלים בהתאם לחוק הגנת הפרטיות, התשמ"א-1981, ולתקנות הגנת הפרטיות (אבטחת מידע), התשע"ז-2017. מדיניות זו מפרטת איזה מידע אנו אוספים, כיצד אנו משתמשים בו ומהן זכויותיכם. המדיניות מנוסחת בלשון זכר מטעמי נוחות בלבד והיא מיועדת לכל המגדרים.

## איזה מידע אנחנו אוספים

- **רכישת כרטיסים:** שם מלא, מספר טלפון נייד, כתובת דואר אלקטרוני, מספר תעודת זהות (לצורך אימות בכניסה לפסטיבל), סוג הכרטיס ותאריכי ההגעה.
- **קמפינג וחניה:** מספר הרכב, גודל האוהל או הקרוואן ומספר הנפשות במתחם.
- **צמיד הפסטיבל:** מספר הצמיד, טעינות ותשלומים שבוצעו בצמיד במתחמי המזון והבר.
- **מתנדבים:** שם, גיל, פרטי קשר, ניסיון קודם, מידות חולצה, מגבלות רפואיות או תזונתיות שמסרת מרצונך ופרטי איש קשר לשעת חירום.
- **ניוזלטר:** כתובת דואר אלקטרוני ותחומי עניין.
- **גלישה באתר:** כתובת IP, סוג הדפדפן והמכשיר, עמודים שנצפו ומידע שנאסף באמצעות עוגיות (Cookies).

אינך חייב על פי דין למסור לנו מידע, אולם ללא פרטי הרכישה לא נוכל להנפיק לך כרטיס, וללא פרטי ההתנדבות לא נוכל לשבץ אותך במשמרות.

## לאילו מטרות אנו משתמשים במידע

- הנפקת כרטיסים, אימות זהות בכניסה לפסטיבל ומניעת זיופים וסחר בכרטיסים;
- ניהול מתחמי הקמפינג, החניה והצמידים, כולל החזר יתרות שלא נוצלו;
- שיבוץ מתנדבים למשמרות והעברת עדכונים לפני הפסטיבל ובמהלכו;
- שמירה על בטיחות המשתתפים, לרבות מסירת מידע לצוותי רפואה והצלה בעת הצורך;
- שליחת עדכונים על ליין-אפ, מכירות מוקדמות והטבות, למי שנתן לכך הסכמה;
- שיפור האתר והבנת אופן השימוש בו באמצעות כלים סטטיסטיים;
- עמידה בדרישות כל דין, לרבות דרישות רשויות המס והמשטרה.

## עם מי אנחנו משתפים מידע

אנחנו לא מוכרים את המידע שלך. אנו מעבירים מידע רק לגורמים שמסייעים לנו בהפקת הפסטיבל ובהפעלת האתר, ורק במידה הנדרשת:

- חברת איוונטר (Eventer) – מערכת מכירת הכרטיסים;
- חברת קארדקום – סליקת כרטיסי אשראי;
- ספק מערכת הצמידים והתשלומים ללא מזומן במתחם הפסטיבל;
- Wix.com בע"מ – אחסון האתר וניהול רשימת התפוצה;
- Google – שירותי ניתוח סטטיסטי (Google Analytics);
- חברת האבטחה וצוותי הרפואה של הפסטיבל, בעת אירוע חירום.

חלק מספקים אלו שומרים מידע בשרתים מחוץ לישראל, לרבות באיחוד האירופי ובארצות הברית. אנו מקפידים שהעברת המידע תיעשה בהתאם לתקנות הגנת הפרטיות (העברת מידע אל מאגרי מידע שמחוץ לגבולות המדינה), התשס"א-2001.

## קטינים

הכניסה לפסטיבל מותרת מגיל 18, למעט באזור המשפחות, שבו ילדים ובני נוער רשאים לשהות בליווי הורה או אפוטרופוס. כרטיסי ילדים נרכשים על ידי ההורה, ואנו אוספים לגביהם את שם הילד ושנת הלידה בלבד, לצורך התאמת הכרטיס ושמירה על בטיחות הילדים במתחם. איננו שולחים דיוור שיווקי לקטינים.

## נגישות וצרכים מיוחדים

משתתפים הזקוקים להתאמות נגישות, כגון חניית נכים, קמפינג נגיש, מלווה או מקום ישיבה מוגבה מול הבמה, מתבקשים לפרט את הבקשה בטופס ייעודי. מידע זה עשוי לכלול מידע רפואי, ולכן הוא נשמר בנפרד משאר פרטי הרכישה, נגיש רק לרכזת הנגישות של הפסטיבל ונמחק 60 ימים לאחר סיום הפסטיבל.

## ביטולים והחזרים

במקרה של ביטול הפסטיבל, דחייתו או שינוי מהותי בתוכנית, נשתמש בפרטי הקשר שמסרת כדי לעדכן אותך ולבצע החזר כספי לאמצעי התשלום ששימש לרכישה. בקשות לביטול עסקה לפי חוק הגנת הצרכן, התשמ"א-1981, נשמרות יחד עם פרטי הרכישה.

## צילומים בפסטיבל

הפסטיבל מתועד בצילומי סטילס ווידאו לצורכי תיעוד ופרסום, לרבות ברשתות החברתיות ובאתר. בכניסה למתחמים מוצבים שלטים על כך. אם אינך מעוניין להופיע בצילום מסוים שפורסם, ניתן לפנות אלינו ונסיר אותו ככל הניתן. בימת הילדים אינה מצולמת בתקריב ללא הסכמת ההורים.

## רשתות חברתיות ותחרויות

אנו מפעילים עמודי פסטיבל בפייסבוק, באינסטגרם ובטיקטוק. פניות שתשלח אלינו ברשתות אלו, תגובות ותיוגים של חשבון הפסטיבל כפופים גם למדיניות הפרטיות של אותן רשתות. בתחרויות ובהגרלות כרטיסים שאנו עורכים ברשתות החברתיות, נשתמש בשם המשתמש ובפרטי הקשר של הזוכים רק לצורך מסירת הפרס, ונפרסם את שם הזוכה רק בהסכמתו. פרטי המשתתפים שלא זכו אינם נשמרים אצלנו לאחר סיום ההגרלה.

## דיוור ועדכונים

נשלח אליך עדכונים שיווקיים רק אם נתת לכך הסכמה מפורשת, בהתאם לסעיף 30א לחוק התקשורת (בזק ושידורים), התשמ"ב-1982. ניתן להסיר את עצמך מרשימת התפוצה בכל עת באמצעות קישור ההסרה שבתחתית כל הודעה או בפנייה אלינו.

## עוגיות (Cookies)

האתר משתמש בעוגיות הדרושות לתפעולו, וכן בעוגיות סטטיסטיות ושיווקיות של צדדים שלישיים כגון Google ו-Meta. ניתן לנהל את העדפות העוגיות באמצעות באנר העוגיות שבאתר או דרך הגדרות הדפדפן.

## כמה זמן אנחנו שומרים את המידע

פרטי רכישת כרטיסים נשמרים במשך 7 שנים לצורכי הנהלת חשבונות. פרטי מתנדבים נשמרים למשך 3 שנים, כדי שנוכל להזמין אותך להתנדב שוב, אלא אם ביקשת שנמחק אותם קודם. נתוני צמידים שלא הוחזרו בהם יתרות נמחקים 12 חודשים לאחר סיום הפסטיבל.

## אבטחת מידע

אנו נוקטים אמצעים סבירים ומקובלים לאבטחת המידע, ובהם הצפנת התקשורת באתר, הגבלת ההרשאות לצוות המצומצם שזקוק למידע והתחייבות לסודיות של ספקים ומתנדבים בתפקידי ניהול. עם זאת, אין באפשרותנו להבטיח חסינות מוחלטת מפני חדירה למערכות.

## הזכויות שלך

בהתאם לסעיף 13 לחוק הגנת הפרטיות, אתה רשאי לעיין במידע שנשמר עליך. אם מצאת שהמידע אינו נכון, שלם, ברור או מעודכן, אתה רשאי לבקש לתקנו או למחקו בהתאם לסעיף 14 לחוק. כמו כן, אתה רשאי לבקש שלא לקבל דיוור שיווקי ולהימחק מרשימת התפוצה.

## יצירת קשר

בכל שאלה בנוגע למדיניות זו או לבקשה למימוש זכויותיך, ניתן לפנות אלינו:

@ עמותת צלילי המדבר
@ ת"ד 114, מצפה רמון 8060000
@ דוא"ל: privacy@desertsounds.co.il
@ טלפון: 08-6595120

## שינויים במדיניות

אנו רשאים לעדכן מדיניות זו מעת לעת. שינויים מהותיים יפורסמו באתר ובדיוור לרוכשי הכרטיסים לפסטיבל הקרוב."""

SPLIT_AT = "## עם מי אנחנו משתפים מידע"

EDITS = [
    {"note": "ticketing provider changed from Eventer to Tixwise",
     "repl": [("- חברת איוונטר (Eventer) – מערכת מכירת הכרטיסים;", "- חברת טיקסוויז (Tixwise) – מערכת מכירת הכרטיסים;")]},
    {"note": "TikTok added to the third-party cookie examples", "bump": False,
     "repl": [("של צדדים שלישיים כגון Google ו-Meta.", "של צדדים שלישיים כגון Google, Meta ו-TikTok.")]},
    {"note": "volunteer data retention cut from 3 to 2 years",
     "repl": [("פרטי מתנדבים נשמרים למשך 3 שנים,", "פרטי מתנדבים נשמרים למשך שנתיים,")]},
    {"note": "phone number and PO box changed",
     "repl": [("@ ת\"ד 114, מצפה רמון 8060000", "@ ת\"ד 287, מצפה רמון 8060000"),
              ("@ טלפון: 08-6595120", "@ טלפון: 08-6595177")]},
    {"note": "new section: privacy protection officer (Amendment 13 of the Privacy Protection Law)",
     "repl": [("## יצירת קשר",
               "## ממונה על הגנת הפרטיות\n\nבעקבות כניסתו לתוקף של תיקון מס' 13 לחוק הגנת הפרטיות, מינתה העמותה ממונה על הגנת הפרטיות, האחראי לפקח על יישום מדיניות זו ועל אבטחת המידע במאגרי העמותה. ניתן לפנות לממונה בכתובת dpo@desertsounds.co.il. אם פנייתך לא טופלה לשביעות רצונך, באפשרותך לפנות לרשות להגנת הפרטיות במשרד המשפטים.\n\n## יצירת קשר")]},
]

HOST = "https://www.desertsounds.co.il"
ARTISTS = ["אביתר בנאי", "אפרת גוש", "טיפקס", "ג'יין בורדו", "הדג נחש", "נועה קירל", "ריטה", "שלמה ארצי", "יסמין מועלם", "אהוד בנאי"]


def fmt_date(d):
    return "%d %s %d" % (d.day, HODESH[d.month - 1], d.year)


def noise(rng, when, i, prev):
    p = prev or {}
    def mk_rel():
        return {"ver": "1.%d.0" % rng.randint(14000, 16500), "cls": [C.alnum(rng, 6) for _ in range(6)],
                "css": C.hexs(rng, 20)}
    return {
        "release": C.keep_or(rng, p.get("release"), 0.3, mk_rel),
        "request": "%d.%d" % (C.epoch(when), rng.randint(1000000, 9999999)),
        "session": C.uuid4(rng),
        "instance": C.b64tok(rng, 45).replace("+", "-").replace("/", "_").rstrip("="),
    }


LABELS = {"release": "Thunderbolt release: version and hashed class names (also on the selected comps)",
          "request": "viewer model requestId", "session": "fedops session id", "instance": "Countdown app iframe instance"}


def wix_inline(t):
    return C.inline_html(t, text=lambda raw: html.escape(raw, quote=False),
                         bold=lambda raw: '<span style="font-weight:bold;" class="wixui-rich-text__text">%s</span>' % html.escape(raw, quote=False),
                         link=lambda url, label: '<a href="%s" target="_self" class="wixui-rich-text__text"><span style="text-decoration:underline;" class="wixui-rich-text__text">%s</span></a>' % (html.escape(url), html.escape(label, quote=False)))


def wix_blocks(blocks):
    out = []
    for kind, v in blocks:
        if kind == "h1":
            out.append('<h1 class="font_0 wixui-rich-text__text" style="text-align:right; font-size:46px;"><span style="font-size:46px;" class="wixui-rich-text__text"><span style="color:#3B2313;" class="wixui-rich-text__text">%s</span></span></h1>' % wix_inline(v))
        elif kind == "h2":
            out.append('<h2 class="font_2 wixui-rich-text__text" style="text-align:right; font-size:26px;"><span style="font-size:26px;" class="wixui-rich-text__text">%s</span></h2>' % wix_inline(v))
        elif kind == "p":
            out.append('<p class="font_8 wixui-rich-text__text" style="text-align:right; font-size:16px; line-height:1.7em;"><span style="font-size:16px;" class="wixui-rich-text__text">%s</span></p>' % wix_inline(v))
            out.append('<p class="font_8 wixui-rich-text__text" style="text-align:right; font-size:16px; line-height:1.7em;"><span style="font-size:16px;" class="wixui-rich-text__text"><span class="wixGuard wixui-rich-text__text">&#8203;</span></span></p>')
        elif kind == "ul":
            out.append('<ul class="font_8 wixui-rich-text__text" style="font-size:16px;">%s</ul>' % "".join(
                '<li class="wixui-rich-text__text" style="line-height:1.7em;"><p class="font_8 wixui-rich-text__text" style="text-align:right; font-size:16px; line-height:1.7em;"><span style="font-size:16px;" class="wixui-rich-text__text">%s</span></p></li>' % wix_inline(x) for x in v))
        elif kind == "addr":
            out.append("".join('<p class="font_8 wixui-rich-text__text" style="text-align:right; font-size:16px; line-height:1.7em;"><span style="font-size:16px;" class="wixui-rich-text__text">%s</span></p>' % wix_inline(x) for x in v))
        else:
            raise ValueError(kind)
    return "".join(out)


def render(state, blocks, when):
    rel = state["release"]
    k = [b[1] for b in blocks].index(SPLIT_AT[3:])
    part1, part2 = wix_blocks(blocks[:k]), wix_blocks(blocks[k:])
    c = rel["cls"]
    rt = "%s %s %s" % (c[0], c[1], c[2])
    lineup = "".join('<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">%s</span></p></li>' % a for a in ARTISTS[:6])
    vm = {"siteFeaturesConfigs": {"consentPolicy": {"isWixSite": False}, "router": {"baseUrl": HOST, "routes": {"./privacy-policy": "./privacy-policy"}}},
          "requestUrl": HOST + "/privacy-policy", "site": {"metaSiteId": "7c1f2a9e-4b3d-4e51-9a7f-2d8e6c0b1f34", "userId": "a41e3b2c-9f7d-4c1a-8e2b-5d6f7a8b9c0d",
          "siteId": "e0b9c8d7-1a2b-4c3d-9e8f-7a6b5c4d3e2f", "externalBaseUrl": HOST, "siteRevision": 412, "language": "he"},
          "fleetConfig": {"fleetName": "wix-thunderbolt", "type": "GA", "code": 0}, "commonConfig": {"brand": "wix", "host": "VIEWER", "bsi": "", "consentPolicy": {}, "consentPolicyHeader": {}, "siteRevision": "412", "renderingFlow": "NONE", "language": "he", "locale": "he-il"},
          "viewMode": "desktop", "requestId": state["request"], "deviceInfo": {"deviceClass": "Desktop"}, "thunderboltVersion": rel["ver"]}
    return """<!DOCTYPE html>
<html lang="he" dir="rtl">
<head>
  <meta charset='utf-8'>
  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="generator" content="Wix.com Website Builder"/>
  <link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/4f2a1b_8e3c0d7a9b6f4e21a5c3d2b1e0f9a8c7%%7Emv2.png/v1/fill/w_192%%2Ch_192%%2Clg_1%%2Cusm_0.66_1.00_0.01/4f2a1b_8e3c0d7a9b6f4e21a5c3d2b1e0f9a8c7%%7Emv2.png" type="image/png"/>
  <link rel="canonical" href="%(h)s/privacy-policy"/>
  <title>מדיניות פרטיות | פסטיבל צלילי המדבר</title>
  <meta property="og:title" content="מדיניות פרטיות | פסטיבל צלילי המדבר"/>
  <meta property="og:url" content="%(h)s/privacy-policy"/>
  <meta property="og:site_name" content="פסטיבל צלילי המדבר"/>
  <meta property="og:type" content="website"/>
  <script type="text/javascript">
    window.__browser_deprecation__ = (function () { var ua = navigator.userAgent; return /MSIE|Trident/.test(ua); })();
  </script>
  <script>
    window.fedops = window.fedops || {};
    window.fedops.apps = window.fedops.apps || {};
    window.fedops.apps['thunderbolt'] = {startLoadTime: Date.now()};
    window.fedops.sessionId = '%(session)s';
    window.fedops.data = {"site":{"isResponsive":false,"siteRevision":412},"requestUrl":"%(h)s/privacy-policy","frogOnUserDomain":false,"fleetCode":0,"commonConfig":{"brand":"wix","host":"VIEWER"},"thunderboltVersion":"%(ver)s"};
  </script>
  <script type="application/json" id="wix-viewer-model">%(vm)s</script>
  <script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
  <script async id="wix-perf-measure" src="https://static.parastorage.com/services/wix-thunderbolt/dist/wix-perf-measure.umd.min.js"></script>
  <link rel="preload" href="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%(css)s.min.css" as="style">
  <style data-href="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%(css)s.min.css">.%(c0)s{word-wrap:break-word;text-align:start}.%(c1)s{direction:var(--text-direction)}.%(c3)s{position:relative}</style>
  <style id="css_c1dmp">#comp-lr8x2k4d{justify-self:end;width:880px}#comp-lr8x2k6f{justify-self:end;width:880px}#comp-lr8x2kc2{width:880px;height:170px}</style>
  <!-- Google tag (gtag.js) -->
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-4DS7WQ2LNM"></script>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP"><div id="pageBackground_c1dmp" data-media-height-override-type="" data-media-position-override="false" class="pageBackground_c1dmp %(c3)s"><div id="bgLayers_pageBackground_c1dmp" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div></div></div></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div><div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX" data-testid="screenWidthContainerBgCenter"></div></div><div class="CJF7A2"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-lr8wz1a0" class="%(rt)s comp-lr8wz1a0 wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text" style="text-align:right;"><span class="wixui-rich-text__text"><a href="%(h)s" target="_self" class="wixui-rich-text__text">צלילי המדבר</a></span></p></div>
<nav id="comp-lr8wz3k1" aria-label="אתר" class="comp-lr8wz3k1 wixui-dropdown-menu"><ul class="%(c4)s" role="list"><li class="wixui-dropdown-menu__item"><a href="%(h)s/lineup">ליין-אפ</a></li><li class="wixui-dropdown-menu__item"><a href="%(h)s/tickets">כרטיסים</a></li><li class="wixui-dropdown-menu__item"><a href="%(h)s/camping">קמפינג</a></li><li class="wixui-dropdown-menu__item"><a href="%(h)s/volunteers">מתנדבים</a></li><li class="wixui-dropdown-menu__item"><a href="%(h)s/faq">שאלות נפוצות</a></li></ul></nav>
<div id="comp-lr8wz5t9" aria-disabled="false" class="comp-lr8wz5t9 %(c5)s wixui-button"><a data-testid="linkElement" href="https://www.eventer.co.il/desertsounds" target="_blank" class="uDW_Qe wixui-button" aria-disabled="false"><span class="l7_2fn wixui-button__label">לרכישת כרטיסים</span></a></div>
</div></div></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="c1dmp" class="dBAkHi theme-vars c1dmp"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content" class=""><div data-mesh-id="Containerc1dmpinlineContent-gridContainer" data-testid="mesh-container-content">
<section id="comp-lr8x2jz0" tabindex="-1" class="Oqnisf comp-lr8x2jz0 wixui-section" data-block-level-container="ClassicSection"><div id="bgLayers_comp-lr8x2jz0" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div><div data-mesh-id="comp-lr8x2jz0inlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-lr8x2jz0inlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-lr8x2k4d" class="%(rt)s comp-lr8x2k4d wixui-rich-text" data-testid="richTextElement">%(p1)s</div>
<div id="comp-lr8x2k6f" class="%(rt)s comp-lr8x2k6f wixui-rich-text" data-testid="richTextElement">%(p2)s</div>
<div id="comp-lr8x2kc2" class="comp-lr8x2kc2"><div class="nKphmK"><iframe class="nKphmK" title="Countdown Timer" aria-label="Countdown Timer" scrolling="no" allowfullscreen="" allow="autoplay; camera; microphone; geolocation; vr" src="https://www.powr.io/wix/countdown-timer/view?cacheKiller=%(ck)d&amp;commonConfig=%%7B%%22brand%%22%%3A%%22wix%%22%%7D&amp;compId=comp-lr8x2kc2&amp;deviceType=desktop&amp;instance=%(inst)s&amp;locale=he&amp;viewMode=site" name="comp-lr8x2kc2"></iframe></div></div>
<div id="comp-lr8x2kf7" class="%(rt)s comp-lr8x2kf7 wixui-rich-text" data-testid="richTextElement"><h3 class="font_4 wixui-rich-text__text" style="text-align:right;"><span class="wixui-rich-text__text">ליין-אפ ראשון</span></h3><ul class="font_8 wixui-rich-text__text">%(lineup)s</ul></div>
</div></div></section>
</div></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="AT7o0U SITE_FOOTER wixui-footer" tabindex="-1"><div class="Tc4Lyy"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_FOOTERinlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-lr8wzq2e" class="%(rt)s comp-lr8wzq2e wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text" style="text-align:center;"><span class="wixui-rich-text__text">© עמותת צלילי המדבר · <a href="%(h)s/privacy-policy" target="_self" class="wixui-rich-text__text">מדיניות פרטיות</a> · <a href="%(h)s/accessibility" target="_self" class="wixui-rich-text__text">הצהרת נגישות</a> · <a href="%(h)s/terms" target="_self" class="wixui-rich-text__text">תקנון</a></span></p></div>
</div></div></div></footer>
</div></div></div></div>
<div id="SITE_CONTAINER_FOOTER"></div>
<script type="text/javascript">window.clientSideRender = false;</script>
<script async src="https://static.parastorage.com/services/wix-thunderbolt/dist/thunderbolt-commons.%(css)s.bundle.min.js"></script>
<script async src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%(css)s.bundle.min.js"></script>
</body>
</html>
""" % {"h": HOST, "session": state["session"], "ver": rel["ver"], "vm": json.dumps(vm, ensure_ascii=False).replace("</", "<\\/"),
       "css": rel["css"], "c0": c[0], "c1": c[1], "c3": c[3], "c4": c[4], "c5": c[5], "rt": rt, "p1": part1, "p2": part2,
       "ck": C.epoch(when) // 60, "inst": state["instance"], "lineup": lineup}


PAGE = {
    "service": "Desert Sounds Festival",
    "url": HOST + "/privacy-policy",
    "lang": "he",
    "platform": "Wix (Thunderbolt viewer, rich-text components, POWR countdown app)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Pepyaka"), ("Age", "0"),
                      ("Cache-Control", "private,max-age=0,must-revalidate"), ("Content-Language", "he")),
    "n": 30,
    "start": dt.date(2023, 3, 20),
    "end": dt.date(2025, 12, 1),
    "hours": (4, 16),
    "policy": POLICY,
    "first_updated": dt.date(2023, 1, 8),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": HOST + "/privacy-policy", "select": ["#comp-lr8x2k4d", "#comp-lr8x2k6f"]},
}
