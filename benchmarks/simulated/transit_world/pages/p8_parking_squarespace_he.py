"""פארקלי Parkly (an Israeli street- and car-park parking payment app): a Squarespace 7.1 site in Hebrew (RTL
through header code injection); the policy is a page section of text blocks, with its tables in code blocks
(Squarespace's text blocks have no tables), above an app-download section. In June 2023 the editor converted the
section to Fluid Engine (fe-block grid with its inline <style>): the classic `#page-section-…` layout is gone, so
the declaration changes (`history`).

Fairly clean (platform noise only): Squarespace's rollup script hashes and betaFeatureFlags change with nearly
every platform deployment (several a day), the versioned site.css path and website.contentModifiedOn move when
anything on the site is edited, timeZoneOffset/timeZoneAbbr follow Israel's daylight-saving time; all outside
the tracked section."""
import datetime as dt
import html
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

URL = "https://www.parkly.co.il/privacy"
SECTION = "6412a9f0c3d2e81b5f0a7c21"
FLUID = dt.datetime(2023, 6, 14, 9, 0, 0)
HE_MONTHS = ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר",
             "דצמבר"]


def fmt_date(d):
    return "%d ב%s %d" % (d.day, HE_MONTHS[d.month - 1], d.year)


POLICY = """# מדיניות פרטיות

פארקלי בע"מ (להלן: "**פארקלי**", "החברה" או "אנחנו") מפעילה את אפליקצית פארקלי לתשלום על חניה ברחוב ובחניונים ואת האתר parkly.co.il. מדיניות זו מסבירה איזה מידע אנו אוספים עליך, כיצד אנו משתמשים בו, עם מי אנו משתפים אותו ומהן זכויותיך, בהתאם לחוק הגנת הפרטיות, התשמ"א-1981 והתקנות שהותקנו מכוחו. המדיניות מנוסחת בלשון זכר מטעמי נוחות בלבד, והיא מתייחסת לכל המגדרים.

עודכן לאחרונה: {UPDATED}

## 1. המידע שאנו אוספים

| סוג המידע | דוגמאות | מתי נאסף |
| פרטי זיהוי וקשר | שם מלא, מספר טלפון נייד, כתובת דוא"ל | בעת ההרשמה |
| פרטי רכב | מספר רישוי, סוג הרכב, תו חניה אזורי (אם קיים) | בעת הוספת רכב |
| אמצעי תשלום | סוג הכרטיס וארבע הספרות האחרונות; פרטי הכרטיס המלאים נשמרים אצל ספק הסליקה בלבד | בעת הוספת אמצעי תשלום |
| נתוני חניה | אזור החניה, מועד תחילת החניה וסיומה, עלות החניה | בכל הפעלת חניה |
| נתוני מיקום | מיקום המכשיר בעת הפעלת חניה ובעת שימוש בתזכורות | כאשר הרשאת המיקום מופעלת |
| נתונים טכניים | סוג המכשיר, מערכת ההפעלה, מזהה פרסום, כתובת IP | בעת השימוש באפליקציה ובאתר |

אינך חייב למסור לנו מידע על פי חוק, אך ללא מספר טלפון, מספר רישוי ואמצעי תשלום לא נוכל לספק לך את השירות.

אם בחרת לשלם באמצעות Apple Pay או Google Pay, לא נקבל את מספר הכרטיס שלך, אלא אסימון (Token) שמנפיק ספק הארנק הדיגיטלי ואת ארבע הספרות האחרונות של הכרטיס.

השירות מיועד לבעלי רישיון נהיגה ואינו מיועד לקטינים. אם יתברר לנו שנאסף מידע על קטין ללא הסכמת הורהו, נמחק את המידע ואת החשבון.

## 2. מידע על מיקום

כאשר אתה מפעיל חניה, האפליקציה משתמשת במיקום המכשיר כדי להציע לך את אזור החניה שבו אתה נמצא ואת התעריף החל בו. אם הפעלת את שירות "עצירה אוטומטית", האפליקציה תבדוק את המיקום גם ברקע, כדי לזהות שהתחלת לנסוע ולהציע לך לסיים את החניה. איננו עוקבים אחר המסלולים שלך ואיננו שומרים את המיקום מעבר לנדרש לשירות.

תוכל לבטל את הרשאת המיקום בכל עת בהגדרות המכשיר. במקרה כזה תצטרך לבחור את אזור החניה באופן ידני.

בחניונים המשתמשים במצלמות לזיהוי לוחיות רישוי, מפעיל החניון מעביר אלינו את מספר הרישוי ואת מועדי הכניסה והיציאה, כדי שנוכל לחייב אותך על החניה באופן אוטומטי. איננו מקבלים את תמונות המצלמות.

## 3. כיצד אנו משתמשים במידע

- הפעלת חניה, חישוב עלותה וחיובך בהתאם;
- דיווח לרשות המקומית או למפעיל החניון על חניה ששולמה;
- שליחת תזכורות והתראות על סיום חניה;
- מתן שירות לקוחות וטיפול בפניות ובערעורים על דוחות חניה;
- מניעת הונאות ושימוש לרעה בשירות;
- שיפור השירות וניתוח סטטיסטי של השימוש בו;
- שליחת עדכונים והטבות, אם הסכמת לכך.

איננו מוכרים את המידע האישי שלך לצדדים שלישיים ואיננו משתמשים בנתוני המיקום שלך לצורכי פרסום.

אם חשבונך מנוהל במסגרת חשבון עסקי של מעסיק או של צי רכב, מנהל החשבון בארגון יכול לצפות בהיסטוריית החניות והחיובים של הרכבים המשויכים לחשבון, אך לא בנתוני המיקום של המכשיר שלך.

## 4. העברת מידע לרשויות מקומיות ולמפעילי חניונים

כאשר אתה מפעיל חניה, אנו מעבירים לרשות המקומית שבתחומה נמצא אזור החניה, או למפעיל החניון, את מספר הרישוי, את אזור החניה ואת מועדי תחילת החניה וסיומה. המידע נדרש כדי שפקחי החניה יוכלו לוודא שהחניה שולמה, וכדי שהרשות תוכל לבצע התחשבנות מול החברה. איננו מעבירים לרשויות את שמך, את מספר הטלפון שלך או את פרטי אמצעי התשלום.

אם תבקש לערער על דוח חניה, נעביר לרשות המקומית, לבקשתך, אישור על החניה ששילמת באמצעות האפליקציה.

## 5. ספקי שירות

אנו נעזרים בספקי שירות חיצוניים, המעבדים מידע עבורנו ובהתאם להוראותינו בלבד:

| ספק | שירות | מיקום |
| סליקה ישירה בע"מ | סליקת כרטיסי אשראי | ישראל |
| Amazon Web Services EMEA SARL | אחסון ענן | אירלנד וישראל |
| Google Ireland Limited (Firebase) | התראות ודוחות קריסה | אירלנד וארה"ב |
| Zendesk, Inc. | מערכת שירות לקוחות | ארה"ב |

## 6. העברת מידע אל מחוץ לישראל

חלק מספקי השירות שלנו מאחסנים מידע בשרתים הנמצאים מחוץ לישראל. העברת המידע נעשית בהתאם לתקנות הגנת הפרטיות (העברת מידע למאגרי מידע שמחוץ לגבולות המדינה), התשס"א-2001, ובכפוף להתחייבות הספקים לשמור על המידע ברמת הגנה שאינה פחותה מזו הנדרשת בישראל.

## 7. אבטחת מידע

אנו מיישמים אמצעי אבטחה מקובלים בהתאם לתקנות הגנת הפרטיות (אבטחת מידע), התשע"ז-2017, ובכלל זה הצפנת מידע בהעברה ובאחסון, בקרת גישה לפי תפקיד, ניטור מערכות ובדיקות חדירה תקופתיות. עובדינו מחויבים בסודיות ועוברים הדרכה תקופתית בנושא אבטחת מידע והגנת הפרטיות, והרשאות הגישה שלהם מוגבלות למידע הנדרש לתפקידם. עם זאת, אין באפשרותנו להבטיח הגנה מוחלטת מפני חדירה למערכות.

## 8. שמירת מידע

- פרטי החשבון נשמרים כל עוד החשבון פעיל, ועד 12 חודשים לאחר סגירתו;
- היסטוריית החניות והחיובים נשמרת 3 שנים ממועד החניה;
- מסמכים חשבונאיים נשמרים 7 שנים, כנדרש בדיני המס;
- פניות לשירות הלקוחות נשמרות שנתיים מסיום הטיפול בהן.

## 9. דיוור ישיר ודברי פרסומת

נשלח אליך הודעות שיווקיות בדוא"ל, במסרונים או בהתראות רק אם הסכמת לכך, בהתאם לסעיף 30א לחוק התקשורת (בזק ושידורים), התשמ"ב-1982. תוכל לבטל את הסכמתך בכל עת, באמצעות קישור ההסרה שבהודעה או בהגדרות האפליקציה.

## 10. זכויותיך

- לעיין במידע עליך המוחזק במאגר המידע שלנו;
- לבקש לתקן או למחוק מידע שאינו נכון, שלם, ברור או מעודכן;
- לבקש שמידע עליך יימחק ממאגר המשמש לדיוור ישיר;
- לבטל הסכמה שנתת לשימוש במידע.

בקשות ניתן לשלוח לכתובת privacy@parkly.co.il. נשיב לבקשתך בתוך 30 ימים. אם לא קיבלת מענה, או שבקשתך לתיקון המידע סורבה, באפשרותך לפנות לרשות להגנת הפרטיות במשרד המשפטים.

## 11. עוגיות

האתר שלנו משתמש בעוגיות (Cookies) הנחוצות להפעלתו, ובכפוף להסכמתך גם בעוגיות לניתוח שימוש ולפרסום. תוכל לשנות את העדפותיך בכל עת דרך באנר העוגיות או בהגדרות הדפדפן.

## 12. שינויים במדיניות

אנו עשויים לעדכן מדיניות זו מעת לעת. על שינויים מהותיים נודיע באפליקציה או בדוא"ל לפני כניסתם לתוקף. מדיניות זו מתפרסמת גם באנגלית ובערבית; במקרה של סתירה, הנוסח העברי הוא הקובע.

## 13. יצירת קשר

@ פארקלי בע"מ
@ רחוב הברזל 30, תל אביב-יפו 6971035
@ דוא"ל: privacy@parkly.co.il
@ מוקד שירות: 03-7719900"""

EDITS = [
    {"note": "typo fixed: אפליקצית -> אפליקציית (no new date)", "bump": False,
     "repl": [("מפעילה את אפליקצית פארקלי", "מפעילה את אפליקציית פארקלי")]},
    {"note": "SMS provider added to the service-providers table",
     "repl": [("| Zendesk, Inc. | מערכת שירות לקוחות | ארה\"ב |",
               "| Zendesk, Inc. | מערכת שירות לקוחות | ארה\"ב |\n| Twilio Ireland Limited | שליחת מסרונים לאימות מספר הטלפון | אירלנד וארה\"ב |")]},
    {"note": "parking-history retention extended from 3 to 7 years",
     "repl": [("- היסטוריית החניות והחיובים נשמרת 3 שנים ממועד החניה;",
               "- היסטוריית החניות והחיובים נשמרת 7 שנים ממועד החניה;")]},
    {"note": "office address and service phone changed",
     "repl": [("@ רחוב הברזל 30, תל אביב-יפו 6971035", "@ דרך מנחם בגין 121, תל אביב-יפו 6701201"),
              ("@ מוקד שירות: 03-7719900", "@ מוקד שירות: ‎*2760")]},
    {"note": "new section 13: privacy protection officer (Amendment 13); contact renumbered to 14",
     "repl": [("## 13. יצירת קשר",
               "## 13. הממונה על הגנת הפרטיות\n\n"
               "בהתאם לתיקון מס' 13 לחוק הגנת הפרטיות, מינינו ממונה על הגנת הפרטיות, האחראי לפיקוח על "
               "עמידת החברה בהוראות החוק ולטיפול בפניות בנושא פרטיות. ניתן לפנות אל הממונה בכתובת "
               "dpo@parkly.co.il.\n\n"
               "## 14. יצירת קשר")]},
]

ROLLUPS = ["extract-css-runtime", "extract-css-moment-js-vendor", "cldr-resource-pack", "common-vendors-stable",
           "common-vendors", "common", "performance"]
FLAGS = ["campaigns_discount_section_in_automations", "campaigns_new_image_layout_picker", "commerce_clearpay",
         "contacts_and_campaigns_redesign", "crm_remove_subscriber", "form_block_first_last_name_required",
         "i18n_beta_website_locales", "is_feature_gate_refresh_enabled", "marketing_landing_page",
         "member_areas_feature", "nested_categories", "override_block_styles", "scripts_defer",
         "section-sdk-plp-list-view-atc-button-enabled", "supports_versioned_template_assets", "use_react_flow_in_automations_flowchart"]


_LAST = []


def israel_dst(when):
    """Israel daylight time: Friday before the last Sunday of March, 02:00, to the last Sunday of October."""
    def last_sunday(y, m):
        d = dt.date(y, m, 31)
        return d - dt.timedelta(days=(d.weekday() + 1) % 7)
    a = dt.datetime.combine(last_sunday(when.year, 3) - dt.timedelta(days=2), dt.time(0))
    b = dt.datetime.combine(last_sunday(when.year, 10), dt.time(0))
    return a <= when < b


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {"layout": "fluid" if when >= FLUID else "classic"}
    st["rollups"] = [C.hexs(rng, 16) for _ in ROLLUPS]
    st["flags"] = sorted(rng.sample(FLAGS, rng.randint(9, 13)))
    st["sitecss"] = C.keep_or(rng, prev.get("sitecss"), 0.25, lambda: (rng.randint(20, 60), rng.randint(1400, 2600)))
    st["modified"] = C.keep_or(rng, prev.get("modified"), 0.35,
                               lambda: C.epoch(when - dt.timedelta(hours=rng.randint(2, 400))) * 1000 + rng.randint(0, 999))
    st["tz"] = "IDT" if israel_dst(when) else "IST"
    return st


LABELS = {"layout": "section converted to Fluid Engine (declaration history)",
          "rollups": "Squarespace rollup script hashes", "flags": "betaFeatureFlags",
          "sitecss": "versioned site.css path", "modified": "website.contentModifiedOn",
          "tz": "timeZoneOffset / timeZoneAbbr (DST)"}


def sqs_text(blocks):
    out = []
    for k, v in blocks:
        if k in ("h1", "h2", "h3"):
            out.append('<%s style="white-space:pre-wrap;">%s</%s>' % (k, C.inline_html(v), k))
        elif k == "p":
            out.append('<p class="" style="white-space:pre-wrap;">%s</p>' % C.inline_html(v))
        elif k == "ul":
            out.append('<ul data-rte-list="default">%s</ul>' % "".join(
                '<li><p class="" style="white-space:pre-wrap;">%s</p></li>' % C.inline_html(x) for x in v))
        elif k == "addr":
            out.append('<p class="" style="white-space:pre-wrap;">%s</p>' % "<br>".join(C.inline_html(x) for x in v))
        else:
            raise ValueError(k)
    return '<div class="sqs-html-content">\n  %s\n</div>' % "".join(out)


def code_table(rows):
    head = "".join("<th>%s</th>" % html.escape(x, quote=False) for x in rows[0])
    body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % html.escape(x, quote=False) for x in r) for r in rows[1:])
    return '<table class="pk-table" dir="rtl"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (head, body)


def groups(blocks):
    """Runs of text blocks and single tables, as the editor laid them out in blocks."""
    out, cur = [], []
    for b in blocks:
        if b[0] == "table":
            if cur:
                out.append(("text", cur))
                cur = []
            out.append(("code", b[1]))
        else:
            cur.append(b)
    if cur:
        out.append(("text", cur))
    return out


def block_id(n):
    return "yui_3_17_2_1_1678791234567_%d" % (4521 + n * 137)


def render(st, blocks, when):
    fluid = st["layout"] == "fluid"
    g = groups(blocks)
    blks = []
    for n, (kind, v) in enumerate(g):
        if kind == "text":
            inner = ('<div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2" '
                     'data-border-radii="&#123;&quot;topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;&#125;" '
                     'id="block-%s"><div class="sqs-block-content">\n\n%s\n\n</div></div>' % (block_id(n), sqs_text(v)))
        else:
            inner = ('<div class="sqs-block code-block sqs-block-code" data-block-type="23" id="block-%s">'
                     '<div class="sqs-block-content">%s</div></div>' % (block_id(n), code_table(v)))
        blks.append(inner)
    if fluid:
        rows, r = [], 1
        styles = []
        for n, inner in enumerate(blks):
            styles.append(".fe-block-%s {\n  grid-area: %d/2/%d/10;\n  z-index: %d;\n}" % (block_id(n), r, r + 4, n + 1))
            rows.append('<div class="fe-block fe-block-%s">%s</div>' % (block_id(n), inner))
            r += 4
        content = ('<div data-fluid-engine="true"><style>\n\n.fe-%s {\n  --grid-gutter: calc(var(--sqs-mobile-site-gutter, 6vw) - 11.0px);\n'
                   '  --cell-max-width: calc( ( var(--sqs-site-max-width, 1500px) - (11.0px * (8 - 1)) ) / 8 );\n  display: grid;\n  position: relative;\n'
                   '  grid-area: 1/1/-1/-1;\n  grid-template-rows: repeat(%d,minmax(24px, auto));\n}\n%s\n</style><div class="fluid-engine fe-%s">%s</div></div>'
                   % (SECTION, r, "\n".join(styles), SECTION, "".join(rows)))
    else:
        content = ('<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-%s">'
                   '<div class="row sqs-row"><div class="col sqs-col-12 span-12">%s</div></div></div>' % (SECTION, "".join(blks)))
    rollup_js = []
    for name, h in zip(ROLLUPS, st["rollups"]):
        src = "//assets.squarespace.com/universal/scripts-compressed/%s-%s-min.he-IL.js" % (name, h)
        key = "squarespace-" + name.replace("-", "_")
        rollup_js.append('<script>(function(rollups, name) { if (!rollups[name]) { rollups[name] = {}; } rollups[name].js = ["%s"]; })(SQUARESPACE_ROLLUPS, \'%s\');</script>\n'
                         '<script crossorigin="anonymous" src="%s" defer ></script>' % (src, key, src))
    off = 10800000 if st["tz"] == "IDT" else 7200000
    ctx = {"betaFeatureFlags": st["flags"], "facebookAppId": "314192535267336", "facebookApiVersion": "v6.0",
           "rollups": {"squarespace-" + n.replace("-", "_"): {"js": "//assets.squarespace.com/universal/scripts-compressed/%s-%s-min.he-IL.js" % (n, h)}
                       for n, h in zip(ROLLUPS, st["rollups"])},
           "pageType": 2,
           "website": {"id": "62a1c4f0b8e2d9163a4f7e05", "identifier": "parkly", "websiteType": 1,
                       "contentModifiedOn": st["modified"], "cloneable": False, "hasBeenCloneable": False,
                       "siteStatus": {}, "language": "he-IL", "timeZone": "Asia/Jerusalem",
                       "machineTimeZoneOffset": off, "timeZoneOffset": off, "timeZoneAbbr": st["tz"],
                       "siteTitle": "פארקלי", "fullSiteTitle": "מדיניות פרטיות — פארקלי",
                       "siteDescription": "", "location": {}, "shareButtonOptions": {"1": True, "7": True},
                       "authenticUrl": "https://www.parkly.co.il", "internalUrl": "https://parkly.squarespace.com",
                       "baseUrl": "https://www.parkly.co.il", "primaryDomain": "www.parkly.co.il",
                       "sslSetting": 3, "isHstsEnabled": True, "typekitId": "", "statsMigrated": False,
                       "imageMetadataProcessingEnabled": False, "captchaSettings": {"enabledForDonations": False},
                       "showOwnerLogin": False},
           "websiteSettings": {"id": "62a1c4f0b8e2d9163a4f7e08", "websiteId": "62a1c4f0b8e2d9163a4f7e05",
                               "subjects": [], "country": "IL", "state": "", "simpleLikingEnabled": True,
                               "popupOverlaySettings": {"style": 1, "showOnScroll": True, "scrollPercentage": 25,
                                                        "showOnTimer": True, "timerDelay": 0, "showUntilSignup": True,
                                                        "displayFrequency": 30, "enableMobile": True,
                                                        "enabledPages": [], "showOnAllPages": True, "version": 1},
                               "commentLikesAllowed": True, "commentAnonAllowed": True, "commentThreaded": True,
                               "commentApprovalRequired": False, "commentAvatarsOn": True, "commentSortType": 2,
                               "commentFlagThreshold": 0, "commentFlagsAllowed": True, "commentEnableByDefault": True,
                               "commentDisableAfterDaysDefault": 0, "disqusShortname": "", "commentsEnabled": False,
                               "storeSettings": {}, "useEscapeKeyToLogin": False, "ssBadgeType": 1,
                               "ssBadgePosition": 4, "ssBadgeVisibility": 1, "ssBadgeDevices": 1,
                               "pinterestOverlayOptions": {"mode": "disabled"}},
           "cookieSettings": {"isCookieBannerEnabled": True, "isRestrictiveCookiePolicyEnabled": True,
                              "cookieBannerText": "<p>האתר משתמש בעוגיות. למידע נוסף ראו את מדיניות הפרטיות.</p>",
                              "cookieBannerPosition": "BOTTOM", "cookieBannerCtaText": "אישור",
                              "cookieBannerAcceptType": "OPT_IN", "cookieBannerOptOutCtaText": "דחייה",
                              "cookieBannerHasOptOut": True, "cookieBannerHasManageCookies": True,
                              "cookieBannerManageCookiesLabel": "ניהול עוגיות", "cookieBannerSavedPreferencesText": "העדפות עוגיות",
                              "cookieBannerSavedPreferencesLayout": "PILL"},
           "websiteCloneable": False, "collection": {"title": "מדיניות פרטיות", "id": "6412a9d8c3d2e81b5f0a7b90",
                                                     "fullUrl": "/privacy", "type": 10, "permissionType": 1},
           "subscribed": False, "appDomain": "squarespace.com", "templateTweakable": True,
           "tweakJSON": {"form-use-theme-colors": "true", "header-logo-height": "42px",
                         "header-mobile-logo-max-height": "30px", "header-vert-padding": "1.5vw",
                         "header-width": "Full", "maxPageWidth": "1100px", "pagePadding": "4vw",
                         "tweak-blog-alternating-side-by-side-image-aspect-ratio": "1:1 Square"},
           "templateId": "5c5a519771c10ba3470d8101", "templateVersion": "7.1", "pageFeatures": [1, 2, 4],
           "gmRenderKey": "QUl6YVN5Q0JUUk9xNkx1dkZfSUUxcjQ2LVQ0QWVUU1YtMGQ3bXk4",
           "templateScriptsRootUrl": "https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/",
           "impersonatedSession": False,
           "tzData": {"zones": [[120, "Zion", "I%sT", None]],
                      "rules": {"Zion": [[2013, "max", None, "Mar", "Fri>=23", "2:00", "1:00", "D"],
                                         [2013, "max", None, "Oct", "lastSun", "2:00", "0", "S"]]}},
           "showAnnouncementBar": False,
           "recaptchaEnterpriseContext": {"recaptchaEnterpriseSiteKey": "6LdDFQwjAAAAAPigEvvPgEVbb7QBm-TkVJdDTlAv"},
           "i18nContext": {"timeZoneData": {"id": "Asia/Jerusalem", "name": "Israel Time"}}, "env": "PRODUCTION"}
    ctx_js = json.dumps(ctx, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
    sig = (C.det_sha(repr(blocks)), st["layout"])
    if _LAST and _LAST[-1] != sig:
        # an editor's save (the policy revised, the section converted) moves contentModifiedOn
        st["modified"] = C.epoch(when - dt.timedelta(hours=int(sig[0][:4], 16) % 90 + 3)) * 1000 + int(sig[0][4:7], 16) % 1000
    _LAST.append(sig)
    v1, v2 = st["sitecss"]
    title = html.escape(blocks[0][1])
    return """<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="he-IL"  >
  <head>
    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <!-- This is Squarespace. --><!-- parkly -->
<base href="">
<meta charset="utf-8" />
<title>%(title)s &mdash; פארקלי</title>
<meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version, Sec-CH-UA-Model" /><link rel="icon" type="image/x-icon" href="https://images.squarespace-cdn.com/content/v1/62a1c4f0b8e2d9163a4f7e05/9f1e2d3c-4b5a-4c6d-8e7f-0a1b2c3d4e5f/favicon.ico?format=100w"/>
<link rel="canonical" href="%(url)s"/>
<meta property="og:site_name" content="פארקלי"/>
<meta property="og:title" content="%(title)s &mdash; פארקלי"/>
<meta property="og:url" content="%(url)s"/>
<meta property="og:type" content="website"/>
<meta itemprop="name" content="%(title)s — פארקלי"/>
<meta itemprop="url" content="%(url)s"/>
<meta name="twitter:title" content="%(title)s — פארקלי"/>
<meta name="twitter:url" content="%(url)s"/>
<meta name="twitter:card" content="summary"/>
<meta name="description" content="" />
<link rel="preconnect" href="https://images.squarespace-cdn.com">
<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Heebo:ital,wght@0,400;0,700&family=Rubik:ital,wght@0,500">
<script type="text/javascript" crossorigin="anonymous" defer="defer" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript" crossorigin="anonymous" defer="defer" src="//assets.squarespace.com/@sqs/polyfiller/1.6/modern.js"></script>
<script type="text/javascript">SQUARESPACE_ROLLUPS = {};</script>
%(rollups)s
<script data-name="static-context">Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = %(ctx)s;</script>
<script type="application/ld+json">{"url":"https://www.parkly.co.il","name":"\\u05e4\\u05d0\\u05e8\\u05e7\\u05dc\\u05d9","description":"","@context":"http://schema.org","@type":"WebSite"}</script><link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/62a1c4f0b8e2d9163a4f7e05/%(v1)d/5c5a519771c10ba3470d8101/62a1c4f0b8e2d9163a4f7e0c/%(v2)d/site.css"/><style>
  body, .sqs-html-content, .header-nav-list, .footer-sections { direction: rtl; text-align: right; }
  .pk-table { width: 100%%; border-collapse: collapse; }
  .pk-table th, .pk-table td { border: 1px solid #d9dde3; padding: 8px 10px; vertical-align: top; }
  .pk-table th { background: #f3f6f9; }
</style>
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-P4RK1YQ8ZL"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-P4RK1YQ8ZL');
</script><script>Static.COOKIE_BANNER_CAPABLE = true;</script>
<!-- End of Squarespace Headers -->
    <link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/versioned-assets/1689177743345-SC7EA8FYUKJJUG05EDJH/static.css">
  </head>

  <body
    id="collection-6412a9d8c3d2e81b5f0a7b90"
    class="
      form-use-theme-colors form-field-style-solid form-field-shape-square form-field-border-all form-field-checkbox-type-icon form-field-checkbox-fill-solid form-field-checkbox-color-inverted form-field-checkbox-shape-square form-field-checkbox-layout-stack form-field-radio-type-icon form-field-radio-fill-solid form-field-radio-color-normal form-field-radio-shape-pill form-field-radio-layout-stack form-field-survey-fill-solid form-field-survey-color-normal form-field-survey-shape-pill form-field-hover-focus-outline form-submit-button-style-label header-overlay-alignment-center header-width-full   tweak-fixed-header-style-basic tweak-blog-alternating-side-by-side-width-full tweak-blog-alternating-side-by-side-image-aspect-ratio-11-square tweak-blog-alternating-side-by-side-text-alignment-left tweak-blog-alternating-side-by-side-read-more-style-show tweak-blog-alternating-side-by-side-image-text-alignment-middle tweak-blog-alternating-side-by-side-delimiter-bullet tweak-blog-alternating-side-by-side-meta-position-top tweak-blog-alternating-side-by-side-primary-meta-categories tweak-blog-alternating-side-by-side-secondary-meta-date tweak-blog-alternating-side-by-side-excerpt-show primary-button-style-solid primary-button-shape-rounded secondary-button-style-outline secondary-button-shape-rounded tertiary-button-style-outline tertiary-button-shape-underline image-block-poster-text-alignment-center image-block-card-content-position-center image-block-card-text-alignment-left image-block-overlap-content-position-center image-block-overlap-text-alignment-left image-block-collage-content-position-center image-block-collage-text-alignment-left image-block-stack-text-alignment-left hide-opentable-icons opentable-style-dark small-button-style-solid small-button-shape-square medium-button-style-solid medium-button-shape-square large-button-style-solid large-button-shape-square image-block-poster-text-alignment-center image-block-card-dynamic-font-sizing image-block-card-content-position-center image-block-card-text-alignment-left image-block-overlap-dynamic-font-sizing image-block-overlap-content-position-center image-block-overlap-text-alignment-left image-block-collage-dynamic-font-sizing image-block-collage-content-position-center image-block-collage-text-alignment-left image-block-stack-dynamic-font-sizing image-block-stack-text-alignment-left button-style-solid button-corner-style-square tweak-product-quick-view-button-style-floating tweak-product-quick-view-button-position-bottom tweak-product-quick-view-lightbox-excerpt-display-truncate tweak-product-quick-view-lightbox-show-arrows tweak-product-quick-view-lightbox-show-close-button tweak-product-quick-view-lightbox-controls-weight-light native-currency-code-ils collection-type-page collection-layout-default collection-6412a9d8c3d2e81b5f0a7b90 mobile-style-available sqs-seven-one
      
        
          
            
              
            
          
        
      
    "
    tabindex="-1"
  >
    <div
      id="siteWrapper"
      class="clearfix site-wrapper"
    >
      
        <div id="floatingCart" class="floating-cart hidden">
          <a href="/cart" class="icon icon--stroke icon--fill icon--cart sqs-custom-cart">
            <span class="Cart-inner">
              <svg class="icon icon--cart" width="61" height="49" viewBox="0 0 61 49">
  <path fill-rule="evenodd" clip-rule="evenodd" d="M0.5 2C0.5 1.17157 1.17157 0.5 2 0.5H13.6362C14.3878 0.5 15.0234 1.05632 15.123 1.80135L16.431 11.5916H59C59.8284 11.5916 60.5 12.2632 60.5 13.0916V35.1832C60.5 35.9204 59.9637 36.5481 59.2367 36.6648L19.0765 43.1084L19.8306 48.5H51.5C52.3284 48.5 53 49.1716 53 50C53 50.8284 52.3284 51.5 51.5 51.5H18.5C17.7514 51.5 17.1178 50.9463 17.0166 50.2052L12.3224 3.5H2C1.17157 3.5 0.5 2.82843 0.5 2Z"/>
</svg>
              <div class="legacy-cart icon-cart-quantity">
                <span class="sqs-cart-quantity">0</span>
              </div>
            </span>
          </a>
        </div>

      <header
        data-test="header"
        id="header"
        class="header theme-col--primary"
        data-section-theme=""
        data-controller="Header"
        data-current-styles="{&quot;layout&quot;: &quot;navRight&quot;, &quot;action&quot;: {&quot;buttonText&quot;: &quot;להורדת האפליקציה&quot;, &quot;newWindow&quot;: false, &quot;href&quot;: &quot;/app&quot;}, &quot;showSocial&quot;: false, &quot;socialOptions&quot;: {&quot;socialBorderShape&quot;: &quot;none&quot;, &quot;socialBorderStyle&quot;: &quot;outline&quot;, &quot;socialBorderThickness&quot;: {&quot;unit&quot;: &quot;px&quot;, &quot;value&quot;: 1.0}}, &quot;sectionTheme&quot;: &quot;&quot;, &quot;menuOverlayAnimation&quot;: &quot;fade&quot;, &quot;cartStyle&quot;: &quot;cart&quot;, &quot;cartText&quot;: &quot;Cart&quot;, &quot;showEmptyCartState&quot;: true, &quot;cartOptions&quot;: {&quot;iconType&quot;: &quot;stroke-1&quot;, &quot;cartBorderShape&quot;: &quot;none&quot;, &quot;cartBorderStyle&quot;: &quot;outline&quot;, &quot;cartBorderThickness&quot;: {&quot;unit&quot;: &quot;px&quot;, &quot;value&quot;: 1.0}}, &quot;showButton&quot;: true, &quot;showCart&quot;: false, &quot;showAccountLogin&quot;: false, &quot;headerStyle&quot;: &quot;solid&quot;, &quot;languagePicker&quot;: {&quot;enabled&quot;: false, &quot;iconEnabled&quot;: false, &quot;iconType&quot;: &quot;GLOBE&quot;, &quot;flagShape&quot;: &quot;shiny&quot;, &quot;languageFlags&quot;: [ ]}, &quot;mobileOptions&quot;: {&quot;layout&quot;: &quot;logoLeftNavRight&quot;, &quot;menuIcon&quot;: &quot;doubleLineHamburger&quot;, &quot;menuIconOptions&quot;: {&quot;style&quot;: &quot;doubleLineHamburger&quot;, &quot;thickness&quot;: {&quot;unit&quot;: &quot;px&quot;, &quot;value&quot;: 1.0}}}, &quot;dynamicOptions&quot;: {&quot;border&quot;: {&quot;enabled&quot;: false, &quot;position&quot;: &quot;allSides&quot;, &quot;thickness&quot;: {&quot;unit&quot;: &quot;px&quot;, &quot;value&quot;: 4.0}}}, &quot;solidOptions&quot;: {&quot;headerOpacity&quot;: {&quot;unit&quot;: &quot;%%&quot;, &quot;value&quot;: 100.0}, &quot;border&quot;: {&quot;enabled&quot;: false, &quot;position&quot;: &quot;allSides&quot;, &quot;thickness&quot;: {&quot;unit&quot;: &quot;px&quot;, &quot;value&quot;: 4.0}}, &quot;dropShadow&quot;: {&quot;enabled&quot;: false, &quot;blur&quot;: {&quot;unit&quot;: &quot;px&quot;, &quot;value&quot;: 30.0}, &quot;spread&quot;: {&quot;unit&quot;: &quot;px&quot;, &quot;value&quot;: 0.0}, &quot;distance&quot;: {&quot;unit&quot;: &quot;px&quot;, &quot;value&quot;: 0.0}}, &quot;blurBackground&quot;: {&quot;enabled&quot;: false, &quot;blurRadius&quot;: {&quot;unit&quot;: &quot;px&quot;, &quot;value&quot;: 12.0}}, &quot;backgroundColor&quot;: {&quot;type&quot;: &quot;SITE_PALETTE_COLOR&quot;, &quot;sitePaletteColor&quot;: {&quot;colorName&quot;: &quot;white&quot;, &quot;alphaModifier&quot;: 1.0}}, &quot;navigationColor&quot;: {&quot;type&quot;: &quot;SITE_PALETTE_COLOR&quot;, &quot;sitePaletteColor&quot;: {&quot;colorName&quot;: &quot;black&quot;, &quot;alphaModifier&quot;: 1.0}}}, &quot;gradientOptions&quot;: {&quot;gradientType&quot;: &quot;faded&quot;, &quot;headerOpacity&quot;: {&quot;unit&quot;: &quot;%%&quot;, &quot;value&quot;: 90.0}, &quot;border&quot;: {&quot;enabled&quot;: false, &quot;position&quot;: &quot;allSides&quot;, &quot;thickness&quot;: {&quot;unit&quot;: &quot;px&quot;, &quot;value&quot;: 4.0}}, &quot;dropShadow&quot;: {&quot;enabled&quot;: false, &quot;blur&quot;: {&quot;unit&quot;: &quot;px&quot;, &quot;value&quot;: 30.0}, &quot;spread&quot;: {&quot;unit&quot;: &quot;px&quot;, &quot;value&quot;: 0.0}, &quot;distance&quot;: {&quot;unit&quot;: &quot;px&quot;, &quot;value&quot;: 0.0}}, &quot;blurBackground&quot;: {&quot;enabled&quot;: false, &quot;blurRadius&quot;: {&quot;unit&quot;: &quot;px&quot;, &quot;value&quot;: 12.0}}}, &quot;dropShadowOptions&quot;: {&quot;enabled&quot;: false, &quot;blur&quot;: {&quot;unit&quot;: &quot;px&quot;, &quot;value&quot;: 12.0}, &quot;spread&quot;: {&quot;unit&quot;: &quot;px&quot;, &quot;value&quot;: 0.0}, &quot;distance&quot;: {&quot;unit&quot;: &quot;px&quot;, &quot;value&quot;: 12.0}}, &quot;borderOptions&quot;: {&quot;enabled&quot;: false, &quot;position&quot;: &quot;allSides&quot;, &quot;thickness&quot;: {&quot;unit&quot;: &quot;px&quot;, &quot;value&quot;: 4.0}, &quot;color&quot;: {&quot;type&quot;: &quot;SITE_PALETTE_COLOR&quot;, &quot;sitePaletteColor&quot;: {&quot;colorName&quot;: &quot;black&quot;, &quot;alphaModifier&quot;: 1.0}}}, &quot;showPromotedElement&quot;: false, &quot;buttonVariant&quot;: &quot;primary&quot;, &quot;blurBackground&quot;: {&quot;enabled&quot;: false, &quot;blurRadius&quot;: {&quot;unit&quot;: &quot;px&quot;, &quot;value&quot;: 12.0}}, &quot;headerOpacity&quot;: {&quot;unit&quot;: &quot;%%&quot;, &quot;value&quot;: 100.0}}"
        data-section-id="header"
        data-header-style="solid"
        data-language-picker="{&quot;enabled&quot;:false}"
        data-first-focusable-element
        tabindex="-1"
        style="
          
          
          
          
          
          
        "
      >
        <div class="sqs-announcement-bar-dropzone"></div>
        <div class="header-announcement-bar-wrapper">
          <a href="#page" class="header-skip-link sqs-button-element--primary">דילוג לתוכן</a>
          <div class="header-border" data-header-style="solid" data-header-border="false" data-test="header-border" style=""></div>
          <div class="header-dropshadow" data-header-style="solid" data-header-dropshadow="false" data-test="header-dropshadow" style=""></div>
          <div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right header-layout-nav-right" data-test="header-inner">
            <div class="header-display-desktop" data-content-field="site-title">
              <div class="header-title-nav-wrapper">
                <div class="header-title" data-animation-role="header-element">
                  <div class="header-title-logo">
                    <a href="/" data-animation-role="header-element">
                      <img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/62a1c4f0b8e2d9163a4f7e05/1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5/parkly-logo.png?format=1500w" alt="פארקלי" style="display:block" fetchpriority="high" loading="eager" decoding="async" data-loader="raw">
                    </a>
                  </div>
                </div>
                <div class="header-nav">
                  <div class="header-nav-wrapper">
                    <nav class="header-nav-list">
                      <div class="header-nav-item header-nav-item--collection"><a href="/how-it-works" data-animation-role="header-element">איך זה עובד</a></div>
                      <div class="header-nav-item header-nav-item--collection"><a href="/cities" data-animation-role="header-element">ערים וחניונים</a></div>
                      <div class="header-nav-item header-nav-item--collection"><a href="/business" data-animation-role="header-element">פארקלי לעסקים</a></div>
                      <div class="header-nav-item header-nav-item--collection"><a href="/help" data-animation-role="header-element">מרכז עזרה</a></div>
                    </nav>
                  </div>
                </div>
              </div>
              <div class="header-actions header-actions--right">
                <div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
                  <a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/app">להורדת האפליקציה</a>
                </div>
              </div>
            </div>
          </div>
        </div>
      </header>

      <main id="page" class="container" role="main">
        <article class="sections" id="sections" data-page-sections="6412a9d8c3d2e81b5f0a7b92">
  <section
    data-test="page-section"
    data-section-theme=""
    class='page-section content-width--narrow full-bleed-section collection-type-page background-width--full-bleed section-height--small content-width--narrow horizontal-alignment--center vertical-alignment--top'
    data-section-id="%(section)s"
    data-controller="SectionWrapperController"
    data-current-styles="{&quot;imageOverlayOpacity&quot;: 0.15, &quot;backgroundWidth&quot;: &quot;background-width--full-bleed&quot;, &quot;sectionHeight&quot;: &quot;section-height--small&quot;, &quot;customSectionHeight&quot;: 10, &quot;horizontalAlignment&quot;: &quot;horizontal-alignment--center&quot;, &quot;verticalAlignment&quot;: &quot;vertical-alignment--top&quot;, &quot;contentWidth&quot;: &quot;content-width--narrow&quot;, &quot;customContentWidth&quot;: 50, &quot;sectionTheme&quot;: &quot;&quot;, &quot;sectionAnimation&quot;: &quot;none&quot;, &quot;backgroundMode&quot;: &quot;image&quot;}"
    data-current-context="{&quot;video&quot;: {&quot;playbackSpeed&quot;: 0.5, &quot;filter&quot;: 1, &quot;filterStrength&quot;: 0, &quot;zoom&quot;: 0, &quot;videoSourceProvider&quot;: &quot;none&quot;}, &quot;backgroundImageId&quot;: null, &quot;backgroundMediaEffect&quot;: null, &quot;divider&quot;: null, &quot;typeName&quot;: &quot;page&quot;}"
    data-animation="none"
    
  >
  <div class="section-border" >
    <div class="section-background">
    </div>
  </div>
  <div
    class='content-wrapper'
    style='
      
        
      
    '
  >
    <div
      class="content"
      
    >
      %(content)s
    </div>
  </div>
  </section>
  <section
    data-test="page-section"
    data-section-theme="dark"
    class='page-section content-width--wide full-bleed-section collection-type-page background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle'
    data-section-id="6412aa31c3d2e81b5f0a7d55"
    data-controller="SectionWrapperController"
    data-animation="none"
  >
  <div class="section-border" >
    <div class="section-background">
    </div>
  </div>
  <div class='content-wrapper' style=''>
    <div class="content">
      <div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-6412aa31c3d2e81b5f0a7d55"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1678791234567_9120"><div class="sqs-block-content">

<div class="sqs-html-content">
  <h2 style="text-align:center;white-space:pre-wrap;">חונים בלי לחשוב פעמיים</h2><p class="" style="text-align:center;white-space:pre-wrap;">מפעילים חניה בלחיצה, מקבלים תזכורת לפני סיום ומשלמים רק על הזמן שחניתם.</p>
</div>

</div></div><div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_1678791234567_9344"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center" data-button-size="medium" data-button-type="primary">
  <a href="https://parkly.onelink.me/Xk2d/site" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">להורדת האפליקציה</a>
</div>
</div></div></div></div></div>
    </div>
  </div>
  </section>
        </article>
      </main>

      <footer class="sections" id="footer-sections" data-footer-sections>
  <section data-test="page-section" data-section-theme="black" class='page-section content-width--wide full-bleed-section collection-type-page background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle' data-section-id="62a1c51ab8e2d9163a4f80aa" data-controller="SectionWrapperController" data-animation="none">
  <div class="section-border" ><div class="section-background"></div></div>
  <div class='content-wrapper' style=''>
    <div class="content">
      <div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-62a1c51ab8e2d9163a4f80aa"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1655036511293_2210"><div class="sqs-block-content">

<div class="sqs-html-content">
  <p class="" style="white-space:pre-wrap;"><a href="/terms">תנאי שימוש</a> | <a href="/privacy">מדיניות פרטיות</a> | <a href="/accessibility">הצהרת נגישות</a> | <a href="/contact">צור קשר</a></p><p class="" style="white-space:pre-wrap;">© פארקלי בע"מ. כל הזכויות שמורות.</p>
</div>

</div></div></div></div></div>
    </div>
  </div>
  </section>
</footer>

    </div>

    <script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.2f1b4c3a9e8d7f60.js" type="text/javascript"></script>
  <svg xmlns="http://www.w3.org/2000/svg" version="1.1" style="display:none" data-usage="social-icons-svg"><symbol id="instagram-unauth-icon" viewBox="0 0 64 64"><path d="M46.91,25.816c-0.073-1.597-0.326-2.687-0.697-3.641c-0.383-0.986-0.896-1.823-1.73-2.657c-0.834-0.834-1.67-1.347-2.657-1.73c-0.954-0.371-2.045-0.624-3.641-0.697C36.585,17.017,36.074,17,32,17s-4.585,0.017-6.184,0.09c-1.597,0.073-2.687,0.326-3.641,0.697c-0.986,0.383-1.823,0.896-2.657,1.73c-0.834,0.834-1.347,1.67-1.73,2.657c-0.371,0.954-0.624,2.045-0.697,3.641C17.017,27.415,17,27.926,17,32c0,4.074,0.017,4.585,0.09,6.184"/></symbol></svg>

</body>
</html>
""" % {"title": title, "url": URL, "rollups": "\n".join(rollup_js), "ctx": ctx_js, "v1": v1, "v2": v2,
       "section": SECTION, "content": content}


PAGE = {
    "service": "Parkly",
    "url": URL,
    "lang": "he",
    "platform": "Squarespace 7.1 (classic section layout, then Fluid Engine), RTL by code injection",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "Squarespace"), ("Cache-Control", "no-cache, must-revalidate"),
                      ("Strict-Transport-Security", "max-age=0")),
    "n": 32,
    "start": dt.date(2022, 6, 1),
    "end": dt.date(2025, 10, 31),
    "policy": POLICY,
    "first_updated": dt.date(2022, 3, 20),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".fe-" + SECTION},
    "history": [{"fetch": URL, "select": "#page-section-" + SECTION, "validUntil": C.iso(FLUID)}],
}
