"""מדף (Madaf): an Israeli bookshop chain with a readers' club, on an ASP.NET WebForms site (.NET Framework 4.8,
master page, App_Themes), right to left, served in windows-1255.

The whole page is the WebForms <form id="form1">; the policy is static HTML in the content page's asp:Panel
`#ctl00_ContentPlaceHolder1_pnlContent` (the declaration's container). Fairly clean: per request __VIEWSTATE and
__EVENTVALIDATION; per deploy the WebResource.axd / ScriptResource.axd d= and t= values and the theme css ?v=;
the header promotion ("4 ספרים ב-100 ₪", Shavua HaSefer, back to school, the holiday sale) changes with the
season.
"""
import datetime as dt
import html

import common as C

URL = "https://www.madaf.co.il/Pages/Privacy.aspx"

POLICY = """
# מדיניות פרטיות

עודכן לאחרונה: {UPDATED}

רשת חנויות הספרים "מדף" (מדף ספרים בע"מ, ח"פ 514567893; להלן: "מדף", "החברה" או "אנחנו") מכבדת את פרטיותך. מדיניות זו מתארת איזה מידע אנו אוספים עליך באתר madaf.co.il, באפליקציית מדף, בחנויות הרשת ובמועדון הקוראים "מדף פלוס", כיצד אנו משתמשים בו ומהן זכויותיך לפי חוק הגנת הפרטיות, התשמ"א-1981. האמור במדיניות זו בלשון זכר מתייחס לכל המגדרים.

## 1. מסירת מידע

אינך חייב על פי חוק למסור לנו מידע. עם זאת, ללא מסירת פרטים מסוימים לא נוכל לספק לך את השירות המבוקש, למשל לשלוח אליך הזמנה, לצרף אותך למועדון הקוראים או להשיב לפנייתך. המידע שתמסור יישמר במאגרי המידע של החברה.

## 2. איזה מידע אנו אוספים

- פרטי זיהוי וקשר: שם מלא, מספר טלפון נייד, כתובת דואר אלקטרוני וכתובת למשלוח;
- מספר תעודת זהות ותאריך לידה של חברי המועדון, לצורך זיהוי בקופה ומתן הטבת יום הולדת;
- היסטוריית רכישות באתר ובחנויות, כולל שימוש בשוברים, בכרטיסי מתנה ובהטבות;
- פרטי אמצעי תשלום: פרטי כרטיס האשראי מועברים ישירות לחברת הסליקה ואינם נשמרים אצלנו, למעט ארבע הספרות האחרונות;
- מידע טכני: כתובת IP, סוג הדפדפן והמכשיר, עוגיות (Cookies) ופעולות שביצעת באתר;
- פניות לשירות הלקוחות, כולל הקלטות שחות טלפון לצורך בקרת איכות והדרכה;
- צילומי מצלמות אבטחה בחנויות הרשת.

## 3. מטרות השימוש במידע

| מטרה | המידע שבו נעשה שימוש |
| ביצוע הזמנות, משלוחים ואיסוף עצמי מהחנויות | שם, טלפון, כתובת ופרטי ההזמנה |
| ניהול מועדון הקוראים "מדף פלוס" ומתן הטבות | שם, מספר תעודת זהות, תאריך לידה והיסטוריית רכישות |
| המלצות קריאה מותאמות אישית | היסטוריית רכישות והעדפות שסימנת |
| דיוור שיווקי בדואר אלקטרוני, SMS ו-WhatsApp, בכפוף להסכמתך | טלפון ודואר אלקטרוני |
| שירות לקוחות וטיפול בהחזרות ובהחלפות | פרטי קשר, פרטי ההזמנה ותוכן הפנייה |
| אבטחת מידע, מניעת הונאות וקיום הוראות כל דין | מידע טכני וצילומי מצלמות אבטחה |

## 4. מועדון הקוראים "מדף פלוס"

ההצטרפות למועדון כרוכה בדמי חבר שנתיים ומקנה הנחה קבועה, צבירת נקודות על כל רכישה, שובר מתנה ביום ההולדת והזמנות לאירועים של הרשת. לצורך ניהול החברות אנו שומרים את פרטיך, את מועד ההצטרפות והחידוש, את יתרת הנקודות ואת ההטבות שמימשת. על סמך היסטוריית הרכישות שלך במועדון אנו עשויים להציע לך הטבות והמלצות מותאמות. תוכל לעזוב את המועדון בכל עת בפנייה לשירות הלקוחות או באזור האישי באתר; עם העזיבה יתבטלו הנקודות שצברת.

## 5. דיוור שיווקי

נשלח אליך הודעות פרסומת רק אם הסכמת לכך במפורש, בהתאם לסעיף 30א לחוק התקשורת (בזק ושידורים), התשמ"ב-1982. תוכל לבטל את הסכמתך בכל עת באמצעות קישור ההסרה שבכל הודעה, במענה "הסר" להודעת SMS או באזור האישי באתר. ביטול ההסכמה לדיוור אינו מבטל את החברות במועדון.

## 6. העברת מידע לצדדים שלישיים

איננו מוכרים את המידע האישי שלך. אנו מעבירים מידע רק במידה הנדרשת ורק לגורמים הבאים:

- דואר ישראל בע"מ וחברת השליחויות HFD – לצורך משלוח הזמנות;
- קארדקום בע"מ – לצורך סליקת כרטיסי אשראי;
- Microsoft (שירותי הענן Azure), ActiveTrail (מערכת הדיוור) ו-Google (שירותי Google Analytics) – ספקי שירות הפועלים עבורנו;
- הוצאות לאור – רק כאשר נרשמת להגרלה או לאירוע השקה בשיתוף ההוצאה, ורק בהסכמתך;
- רשויות מוסמכות – כאשר הדין מחייב אותנו למסור להן מידע.

במקרה של מיזוג, מכירה או העברה של פעילות החברה, המידע עשוי לעבור לגורם הרוכש, ובלבד שיתחייב לנהוג בו בהתאם למדיניות זו.

חלק מספקי השירות שלנו מאחסנים מידע מחוץ לישראל, במדינות האיחוד האירופי ובארצות הברית, בהתאם לתקנות הגנת הפרטיות (העברת מידע אל מאגרי מידע שמחוץ לגבולות המדינה), התשס"א-2001.

## 7. עוגיות (Cookies)

האתר משתמש בעוגיות כדי לשמור את סל הקניות שלך, לזהות אותך כחבר מועדון, לאסוף נתונים סטטיסטיים על השימוש באתר ולהציג לך פרסומות מותאמות. באתר פועלים גם כלי פרסום של Meta ושל Google, המאפשרים להציג לך מודעות של מדף ברשתות החברתיות ובאתרים אחרים. ניתן לחסום עוגיות בהגדרות הדפדפן, אולם ייתכן שחלק משירותי האתר לא יפעלו כראוי.

## 8. אירועים בחנויות

ברשת מתקיימים מפגשי סופרים, השקות ספרים ושעות סיפור לילדים. באירועים אלה אנו עשויים לצלם ולפרסם את התמונות באתר וברשתות החברתיות של הרשת. על הצילום תינתן הודעה מראש בהזמנה לאירוע ובשלט בכניסה. אם אינך מעוניין להופיע בתמונות, אנא הודע על כך לצוות החנות. תמונות של ילדים יפורסמו רק בהסכמת ההורה.

## 9. אבטחת מידע

אנו נוקטים באמצעי אבטחה בהתאם לתקנות הגנת הפרטיות (אבטחת מידע), התשע"ז-2017, ובהם הצפנת התקשורת באתר, הרשאות גישה מוגבלות לעובדים ובקרות תקופתיות. צילומי מצלמות האבטחה בחנויות נשמרים 30 ימים ונמחקים באופן אוטומטי, אלא אם נדרשו לבירור אירוע. עם זאת, אין ביכולתנו להבטיח הגנה מוחלטת מפני חדירה למערכות.

## 10. שמירת מידע

אנו שומרים מידע רק כל עוד הוא נחוץ למטרה שלשמה נאסף או כל עוד הדין מחייב אותנו לעשות זאת. פרטי הזמנות וחשבוניות נשמרים שבע שנים בהתאם לדיני המס. פרטי חברי המועדון נשמרים כל עוד החברות בתוקף ושנתיים לאחר סיומה, כדי לאפשר חידוש ובירור פניות. הקלטות שיחות לשירות הלקוחות נשמרות 90 ימים.

## 11. זכויותיך

- זכות עיון: אתה רשאי לעיין במידע עליך המוחזק במאגרי החברה (סעיף 13 לחוק הגנת הפרטיות);
- זכות תיקון: אם מצאת שהמידע אינו נכון, שלם, ברור או מעודכן, תוכל לבקש לתקנו או למחקו (סעיף 14 לחוק);
- זכות הסרה: תוכל לבקש שמידע עליך לא ישמש לפנייה אליך בדיוור ישיר (סעיף 17ו לחוק).

בקשות יש לשלוח לכתובת הדואר האלקטרוני שלהלן. נשיב לבקשתך בתוך 30 ימים.

## 12. קטינים

ההצטרפות למועדון הקוראים וביצוע הזמנות באתר מותרים מגיל 18. קטינים רשאים להשתמש באתר בליווי הורה או אפוטרופוס בלבד.

## 13. שינויים במדיניות

אנו עשויים לעדכן מדיניות זו מעת לעת. על שינוי מהותי נודיע בהודעה בולטת באתר או בדואר אלקטרוני לחברי המועדון. המשך השימוש באתר לאחר העדכון מהווה הסכמה למדיניות המעודכנת.

## 14. יצירת קשר

@ מדף ספרים בע"מ – מחלקת שירות לקוחות
@ רחוב המסגר 32, תל אביב-יפו 6721118
@ טלפון: 03-5617788
@ דואר אלקטרוני: privacy@madaf.co.il
"""

MONTHS = ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר",
          "בנובמבר", "בדצמבר"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


EDITS = [
    {"note": "typo fixed: 'שחות' -> 'שיחות' in the data list (no new date)",
     "repl": [("הקלטות שחות טלפון", "הקלטות שיחות טלפון")], "bump": False},
    {"note": "recipient added: Bank Hapoalim for payments with the Bit app",
     "repl": [("- קארדקום בע\"מ – לצורך סליקת כרטיסי אשראי;",
               "- קארדקום בע\"מ – לצורך סליקת כרטיסי אשראי;\n"
               "- בנק הפועלים בע\"מ – כאשר אתה משלם באמצעות אפליקציית ביט (Bit);")]},
    {"note": "store CCTV footage kept 14 days instead of 30",
     "repl": [("צילומי מצלמות האבטחה בחנויות נשמרים 30 ימים", "צילומי מצלמות האבטחה בחנויות נשמרים 14 ימים")]},
    {"note": "customer-service phone changed to a star number",
     "repl": [("@ טלפון: 03-5617788", "@ טלפון: *6446")]},
    {"note": "Amendment 13 to the Privacy Protection Law: new section on the appointed privacy protection officer; "
             "right to complain to the Privacy Protection Authority added",
     "repl": [("## 12. קטינים", "## 12. הממונה על הגנת הפרטיות\n\n"
               "בהתאם לתיקון מס' 13 לחוק הגנת הפרטיות מינתה החברה ממונה על הגנת הפרטיות, האחראי לפיקוח על "
               "השימוש במידע אישי בחברה ולטיפול בפניות בנושא. ניתן לפנות אל הממונה בכתובת dpo@madaf.co.il.\n\n"
               "## 13. קטינים"),
              ("## 13. שינויים במדיניות", "## 14. שינויים במדיניות"),
              ("## 14. יצירת קשר", "## 15. יצירת קשר"),
              ("נשיב לבקשתך בתוך 30 ימים.",
               "נשיב לבקשתך בתוך 30 ימים. אם אינך מרוצה מהטיפול בפנייתך, באפשרותך להגיש תלונה לרשות להגנת "
               "הפרטיות במשרד המשפטים.")]},
]


def _promo(when):
    m, d = when.month, when.day
    if m == 6 and d <= 25 or (m == 5 and d >= 28):
        return "שבוע הספר העברי בכל סניפי מדף – הנחות של עד 40% על ספרי מקור"
    if m == 8 or (m == 9 and d <= 5):
        return "חוזרים ללימודים: 15% הנחה על ספרי לימוד וקריאה לחופש הגדול לחברי מדף פלוס"
    if m in (9, 10):
        return "מבצע החגים: 2 ספרים ב-99 ₪ – שנה טובה ומתוקה!"
    if m == 11 and d >= 20:
        return "Black Friday במדף: 30% הנחה על כל הספרים באתר"
    return "מבצע 4 ספרים ב-100 ₪ על מאות כותרים נבחרים – באתר ובכל הסניפים"


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["viewstate"] = (C.b64tok(rng, rng.randint(980, 1040)), C.b64tok(rng, rng.randint(180, 200)))
    st["axd"] = C.keep_or(rng, p.get("axd"), 0.25,
                          lambda: (C.alnum(rng, 86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                                   C.alnum(rng, 102, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                                   "6%d" % rng.randint(38000000000000000, 38599999999999999),
                                   "%d.%d" % (rng.randint(40, 60), rng.randint(1, 9))))
    st["promo"] = _promo(when)
    return st


LABELS = {"viewstate": "__VIEWSTATE / __EVENTVALIDATION", "axd": "WebResource/ScriptResource.axd d= t= and theme ?v= (deploy)",
          "promo": "header promotion strip"}


def render(state, blocks, when):
    vs, ev = state["viewstate"]
    d1, d2, t, v = state["axd"]
    body = C.blocks_html(blocks, {"table": "tbl-content"}, sep="\n")
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="he">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=windows-1255" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>
	מדיניות פרטיות | מדף - רשת חנויות הספרים
</title><link href="/App_Themes/Madaf/bootstrap.rtl.min.css" type="text/css" rel="stylesheet" /><link href="/App_Themes/Madaf/site.css?v={v}" type="text/css" rel="stylesheet" /><meta name="description" content="מדיניות הפרטיות של רשת חנויות הספרים מדף ומועדון הקוראים מדף פלוס" /><link rel="canonical" href="{url}" />
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-WQ8M3D2');</script>
</head>
<body class="rtl page-content">
    <form method="post" action="./Privacy.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>


<script src="/WebResource.axd?d={d1}&amp;t={t}" type="text/javascript"></script>


<script src="/ScriptResource.axd?d={d2}&amp;t={t2}" type="text/javascript"></script>
<div class="aspNetHidden">

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="8E0F9E2B" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div>
        <div id="ctl00_pnlPromo" class="promo-strip">
	<a id="ctl00_lnkPromo" href="/Pages/Sales.aspx">{promo}</a>
</div>
        <div id="header" class="header">
            <div class="container">
                <a id="ctl00_ucHeader_lnkLogo" class="logo" href="/"><img src="/App_Themes/Madaf/images/logo.png" alt="מדף - רשת חנויות הספרים" /></a>
                <div class="search">
                    <input name="ctl00$ucHeader$txtSearch" type="text" id="ctl00_ucHeader_txtSearch" class="search-box" placeholder="חיפוש ספר, סופר או הוצאה" />
                    <input type="submit" name="ctl00$ucHeader$btnSearch" value="חיפוש" id="ctl00_ucHeader_btnSearch" class="search-btn" />
                </div>
                <div class="user-links"><a id="ctl00_ucHeader_lnkLogin" href="/Pages/Login.aspx">התחברות</a> | <a id="ctl00_ucHeader_lnkClub" href="/Pages/Club.aspx">הצטרפות למדף פלוס</a> | <a id="ctl00_ucHeader_lnkCart" class="cart" href="/Pages/Cart.aspx">סל הקניות (<span id="ctl00_ucHeader_lblCartCount">0</span>)</a></div>
            </div>
            <ul id="menu" class="main-menu">
                <li><a href="/Pages/Category.aspx?CatID=1">סיפורת</a></li>
                <li><a href="/Pages/Category.aspx?CatID=2">עיון</a></li>
                <li><a href="/Pages/Category.aspx?CatID=3">ילדים ונוער</a></li>
                <li><a href="/Pages/Category.aspx?CatID=4">ספרי לימוד</a></li>
                <li><a href="/Pages/Category.aspx?CatID=9">English Books</a></li>
                <li><a href="/Pages/Stores.aspx">הסניפים שלנו</a></li>
                <li><a href="/Pages/Events.aspx">אירועים</a></li>
            </ul>
        </div>
        <div id="ctl00_divMain" class="main container">
            <div class="breadcrumbs"><a href="/">דף הבית</a> &gt; <span id="ctl00_lblBreadcrumb">מדיניות פרטיות</span></div>
            <div class="content-page">
                
    <div id="ctl00_ContentPlaceHolder1_pnlContent" class="page-text">
	{body}
</div>

            </div>
            <div class="side-links">
                <a href="/Pages/Terms.aspx">תקנון האתר</a><br />
                <a href="/Pages/ClubTerms.aspx">תקנון מועדון מדף פלוס</a><br />
                <a href="/Pages/Privacy.aspx" class="selected">מדיניות פרטיות</a><br />
                <a href="/Pages/Accessibility.aspx">הצהרת נגישות</a><br />
                <a href="/Pages/Shipping.aspx">משלוחים והחזרות</a>
            </div>
        </div>
        <div id="footer" class="footer">
            <div class="container">
                <div class="footer-cols">
                    <div><strong>שירות לקוחות</strong><br />א'-ה' 09:00-18:00<br /><a href="mailto:service@madaf.co.il">service@madaf.co.il</a></div>
                    <div><strong>עקבו אחרינו</strong><br /><a href="https://www.facebook.com/madafbooks">Facebook</a> | <a href="https://www.instagram.com/madafbooks">Instagram</a></div>
                    <div><strong>מדף פלוס</strong><br />10% הנחה קבועה ומתנה ביום ההולדת</div>
                </div>
                <div class="copyright">© כל הזכויות שמורות למדף ספרים בע"מ {year} | <a id="ctl00_ucFooter_lnkAccessibility" href="/Pages/Accessibility.aspx">נגישות</a></div>
            </div>
        </div>
    
<script type="text/javascript">
//<![CDATA[
Sys.Application.initialize();
//]]>
</script>
</form>
    <script src="/Scripts/jquery-3.5.1.min.js" type="text/javascript"></script>
    <script src="/Scripts/site.js?v={v}" type="text/javascript"></script>
</body>
</html>
""".format(v=v, url=URL, vs=vs, ev=ev, d1=d1, d2=d2, t=t, t2=str(int(t) + 1173), promo=html.escape(state["promo"]),
           body=body, year=when.year).replace("\n", "\r\n")


PAGE = {
    "service": "Madaf",
    "url": URL,
    "lang": "he",
    "platform": "ASP.NET WebForms 4.8 (master page, asp:Panel), RTL, windows-1255",
    "content_type": "text/html; charset=windows-1255",
    "encoding": "windows-1255",
    "extra_headers": [("Server", "Microsoft-IIS/10.0"), ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET"),
                      ("Cache-Control", "private")],
    "n": 29,
    "start": dt.date(2023, 3, 1),
    "end": dt.date(2025, 12, 15),
    "hours": (4, 16),
    "policy": POLICY,
    "first_updated": dt.date(2022, 12, 12),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#ctl00_ContentPlaceHolder1_pnlContent"},
}
