"""Alma Pilates (Ra'anana) - he-IL, RTL - a Carrd one-pager; the privacy policy is one of its sections.

Harder: the whole site is one HTML page (home, weekly timetable, prices, contact form, privacy): the policy is the
hidden section <section id="privacy-section" class="inactive" style="display: none;"> reached at /#privacy, made
of Carrd text elements (textNN ids in creation order, class styleN), lists typed by hand as "•" lines joined with
<br />, and a "back" button inside the section. Noise: every publish re-stamps the assets' ?v= cache busters; the
studio republishes every week or two with the new timetable, substitute instructors, a promotion line in the hero,
price changes; Carrd's own template code changes over the years.
"""
import datetime as dt
import html
import re

import common as C

URL = "https://almapilates.co.il/"
HOD = ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר",
       "בנובמבר", "בדצמבר"]


def fmt_date(d):
    return "%d %s %d" % (d.day, HOD[d.month - 1], d.year)


POLICY = """
# מדיניות פרטיות

עודכן לאחרונה: {UPDATED}

סטודיו אלמה פילאטיס (להלן: "הסטודיו" או "אנחנו") מכבד את פרטיותך. מדיניות זו מסבירה איזה מידע אנו אוספים על מתאמנות ומתאמנים, על מבקרים באתר ועל מי שפונה אלינו, כיצד אנו משתמשים בו ומהן זכויותיך לפי חוק הגנת הפרטיות, התשמ"א-1981, והתקנות שהותקנו מכוחו. המדיניות מנוסחת בלשון נקבה מטעמי נוחות בלבד ומתייחסת לכל המגדרים.

## מי אנחנו

הסטודיו מופעל על ידי נועה ברק, עוסקת מורשית מס' 301457829, מרחוב אחוזה 112, רעננה. בכל שאלה בנושא פרטיות אפשר לפנות אלינו בדוא"ל [privacy@almapilates.co.il](mailto:privacy@almapilates.co.il) או בטלפון 09-7712043.

## איזה מידע אנו אוספים

- פרטי קשר: שם מלא, מספר טלפון נייד וכתובת דוא"ל;
- הצהרת בריאות: מידע על מצבך הבריאותי, פציעות, ניתוחים, הריון וטיפולים רפואיים, שאותו את ממלאת לפני השיעור הראשון;
- פרטי מנוי: סוג המנוי או הכרטיסייה, היסטוריית ההרשמה לשיעורים וביטולים;
- פרטי תשלום: אמצעי התשלום ומספר הקבלה. פרטי כרטיס האשראי נשמרים אצל חברת הסליקה בלבד ואינם נשמרים אצלנו;
- מידע שאת מוסרת בטופס יצירת הקשר באתר או בהודעות וואטסאפ.

## למה אנחנו משתמשים במידע

אנו משתמשים במידע כדי לנהל את המנוי שלך ואת ההרשמה לשיעורים, להתאים את התרגילים למצבך הגופני, לשלוח לך תזכורות ועדכונים על שינויים במערכת השעות, להפיק קבלות ולעמוד בחובות החלות עלינו על פי דין. עדכונים על סדנאות ומבצעים נשלח אלייך רק אם הסכמת לכך, ובכל הודעה תמצאי אפשרות להסיר את עצמך מרשימת התפוצה, כנדרש בסעיף 30א לחוק התקשורת (בזק ושידורים), התשמ"ב-1982.

## מידע על מצב בריאותי

הצהרת הבריאות נמסרת על גבי טופס נייר ונשמרת בתיק סגור בסטודיו. רק המדריכה שלך ומנהלת הסטודיו רשאיות לעיין בה, ורק לצורך התאמת האימון ושמירה על בטיחותך. אם חל שינוי במצבך הבריאותי, חשוב שתעדכני אותנו לפני השיעור.

## עם מי אנחנו משתפים מידע

אנחנו לא מוכרים ולא משכירים מידע אישי. לצורך הפעלת הסטודיו אנו נעזרים בספקים הבאים, הפועלים מטעמנו ובהתאם להוראותינו:

- Arbox – מערכת לניהול מנויים והרשמה לשיעורים;
- חשבונית ירוקה – הפקת קבלות וחשבוניות;
- Carrd ו-Formspree – אחסון האתר וקבלת פניות מטופס יצירת הקשר;
- WhatsApp – קבוצת העדכונים של הסטודיו, למי שבחרה להצטרף אליה.

מידע עשוי להימסר לרשויות מוסמכות אם נידרש לכך על פי דין.

## העברת מידע אל מחוץ לישראל

חלק מהספקים שלנו, כמו Carrd ו-Formspree, שומרים מידע בשרתים מחוץ לישראל, בעיקר בארצות הברית ובאיחוד האירופי. העברת המידע נעשית בהתאם לתקנות הגנת הפרטיות (העברת מידע אל מאגרי מידע שמחוץ לגבולות המדינה), התשס"א-2001, ואנו מוודאים שהספקים מתחייבים לשמור על המידע ולא להשתמש בו לכל מטרה אחרת.

## קבוצת העדכונים בוואטסאפ

ההצטרפות לקבוצת העדכונים של הסטודיו בוואטסאפ היא רשות. שימי לב שמספר הטלפון ושם הפרופיל שלך גלויים לכל חברות הקבוצה, ושהמידע בקבוצה נשמר גם בשרתים של WhatsApp, החברה שמפעילה את השירות. אפשר לעזוב את הקבוצה בכל עת, ועדכונים חשובים על שינויים במערכת השעות יישלחו אלייך גם במסרון או בדוא"ל.

## אבטחת מידע

אנו נוקטים אמצעי אבטחה סבירים בהתאם לתקנות הגנת הפרטיות (אבטחת מידע), התשע"ז-2017, ובהם הגבלת ההרשאות לגישה למידע, סיסמאות חזקות ואימות דו-שלבי בחשבונות המערכות שבהן אנו משתמשים.

## עוגיות וכלי מדידה באתר

האתר משתמש בקבצי עוגיות (Cookies) הנחוצים לתפעולו, ובכלי מדידה בסיסי המאפשר לנו לדעת כמה אנשים ביקרו בו ואילו עמודים נצפו. המידע נאסף באופן מצרפי ואינו מזהה אותך אישית. אפשר לחסום עוגיות בהגדרות הדפדפן, והאתר ימשיך לפעול כרגיל.

## קטינות וקטינים

שיעורי הסטודיו מיועדים לבני 16 ומעלה. הרשמה של מתאמנת מתחת לגיל 18 תיעשה רק באישור הורה או אפוטרופוס, שיחתום גם על הצהרת הבריאות.

## כמה זמן אנו שומרים את המידע

פרטי המנוי והקבלות נשמרים כל עוד המנוי פעיל ולאחר מכן למשך התקופה הנדרשת לפי דיני המס. הצהרות בריאות נשמרות שלוש שנים ממועד השיעור האחרון ולאחר מכן מגורסות.

## שינויים במדיניות

אנו עשויים לעדכן את המדיניות מעת לעת, למשל כשנוסיף שירות חדש או כשישתנו הוראות החוק. הגרסה העדכנית תפורסם תמיד בעמוד זה, ועל שינויים מהותיים נודיע גם בקבוצת העדכונים של הסטודיו.

## הזכויות שלך

לפי סעיף 13 לחוק הגנת הפרטיות את רשאית לעיין במידע שנשמר עלייך, ואם מצאת שהוא אינו נכון, שלם, ברור או מעודכן, לבקש לתקנו או למחקו לפי סעיף 14 לחוק. בקשות אפשר לשלוח לכתובת [privacy@almapilates.co.il](mailto:privacy@almapilates.co.il), ואנו נשיב להן תוך 30 יום.

אם את סבורה שזכויותייך נפגעו, את רשאית להגיש תלונה לרשות להגנת הפרטיות במשרד המשפטים.
"""

EDITS = [
    {"note": "health declaration moved from a paper form to a digital form in the Arbox app",
     "repl": [("הצהרת הבריאות נמסרת על גבי טופס נייר ונשמרת בתיק סגור בסטודיו.",
               "הצהרת הבריאות ממולאת באופן דיגיטלי באפליקציית Arbox ונשמרת במערכת בגישה מוגבלת. הצהרות שנמסרו בעבר על גבי נייר נסרקו והמקור גורס.")]},
    {"note": "photos and videos in class for Instagram, only with written consent (new section)",
     "repl": [("## אבטחת מידע", "## צילומים ברשתות החברתיות\n\nמדי פעם אנו מצלמים שיעורים לצורך פרסום בעמוד האינסטגרם של הסטודיו. נצלם אותך או נפרסם תמונה שבה את מופיעה רק לאחר שנתת לכך הסכמה בכתב, ותוכלי לבקש בכל עת להסיר את התמונה.\n\n## אבטחת מידע")]},
    {"note": "studio phone number changed (silent, date not bumped)", "bump": False,
     "repl": [("או בטלפון 09-7712043.", "או בטלפון 054-6630917.")]},
    {"note": "health declarations kept seven years (limitation period) instead of three",
     "repl": [("הצהרות בריאות נשמרות שלוש שנים ממועד השיעור האחרון ולאחר מכן מגורסות.",
               "הצהרות בריאות נשמרות שבע שנים ממועד השיעור האחרון, בהתאם לתקופת ההתיישנות, ולאחר מכן נמחקות.")]},
    {"note": "Amendment 13 to the Privacy Protection Law: statement that providing data is not a legal duty, consequences of refusing, Privacy Protection Authority named in full",
     "repl": [("## מי אנחנו", "אינך חייבת על פי חוק למסור לנו את המידע. עם זאת, ללא פרטי קשר והצהרת בריאות לא נוכל לרשום אותך לשיעורים, וזאת כדי לשמור על בטיחותך.\n\n## מי אנחנו"),
              ("להגיש תלונה לרשות להגנת הפרטיות במשרד המשפטים.",
               "להגיש תלונה לרשות להגנת הפרטיות במשרד המשפטים, בהתאם לחוק הגנת הפרטיות (תיקון מס' 13), התשפ\"ד-2024.")]},
]

inl = C.inline_html


def privacy_section(blocks):
    """Carrd text elements: the title, the date line, then per heading one heading element and one text element
    holding its paragraphs (hand-typed bullets joined with <br />). Ids in creation order."""
    out = []
    extra = [39]

    def nid(key):
        if key not in ORIG_IDS:
            extra[0] += 1
            ORIG_IDS[key] = extra[0]  # an element added later gets the next free number, not its position
        return "text%02d" % ORIG_IDS[key]

    groups = []
    for b in blocks:
        if b[0] in ("h1", "h2") or not groups:
            groups.append([b, []])
        else:
            groups[-1][1].append(b)
    for head, body in groups:
        if head[0] == "h1":
            out.append('<h2 id="%s" class="style5">%s</h2>' % (nid(("h", head[1])), inl(head[1])))
        else:
            out.append('<h3 id="%s" class="style6">%s</h3>' % (nid(("h", head[1])), inl(head[1])))
        paras = []
        for k, v in body:
            if k == "p":
                paras.append("<p>%s</p>" % inl(v))
            elif k == "ul":
                paras.append("<p>%s</p>" % "<br />".join("• " + inl(i) for i in v))
            else:
                raise ValueError(k)
        if paras:
            out.append('<div id="%s" class="style2">%s</div>' % (nid(("t", head[1])), "".join(paras)))
    return "".join(out)


ORIG_IDS = {}
for _k, (_kind, _v) in enumerate(b for b in C.parse_src(POLICY) if b[0] in ("h1", "h2")):
    ORIG_IDS[("h", _v)] = 15 + 2 * _k
    ORIG_IDS[("t", _v)] = 16 + 2 * _k

TEACHERS = ["נועה", "מיכל", "שירן", "דנה", "טל", "יעל", "רוני"]
CLASSES = ["מכשירים – רפורמר", "מזרן", "פילאטיס להריון", "פילאטיס גיל הזהב", "רפורמר מתקדמות", "שיקומי"]
DAYS = ["ראשון", "שני", "שלישי", "רביעי", "חמישי", "שישי"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["v"] = C.hexs(rng, 8)
    rows = []
    for d in DAYS:
        for _ in range(rng.randint(2, 4) if d != "שישי" else 1):
            h = rng.choice([7, 8, 9, 10, 17, 18, 19, 20])
            rows.append((d, "%02d:%s" % (h, rng.choice(["00", "15", "30"])), rng.choice(CLASSES), rng.choice(TEACHERS)))
    s["schedule"] = tuple(rows)
    s["week"] = (when - dt.timedelta(days=(when.weekday() + 1) % 7)).strftime("%d.%m")
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.4, lambda: rng.choice(
        ["שיעור ניסיון ראשון ב-50 ₪", "סדנת פילאטיס לנשים בהריון – נפתחה הרשמה", "כרטיסייה של 10 שיעורים במחיר מיוחד", ""]))
    base = 60 + 5 * (when.year - 2021)
    s["prices"] = (base, base * 9, base * 16)
    s["carrd"] = "2021" if when < dt.datetime(2023, 1, 1) else ("2023" if when < dt.datetime(2025, 2, 1) else "2025")
    return s


LABELS = {
    "v": "Carrd publish: assets ?v= cache busters",
    "schedule": "weekly timetable section",
    "week": "timetable week label",
    "promo": "hero promotion line",
    "prices": "prices section",
    "carrd": "Carrd template code (inline CSS / script) version",
}


def render(s, blocks, when):
    v = s["v"]
    sched = "".join('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % r for r in s["schedule"])
    p1, p10, p20 = s["prices"]
    promo = '<p id="text03" class="style3">%s</p>' % html.escape(s["promo"]) if s["promo"] else ""
    css = ("html,body,div,span,h1,h2,h3,p,a,img,ul,li,section{margin:0;padding:0;border:0;font-size:100%%;font:inherit;vertical-align:baseline;}"
           "body{line-height:1.0;min-height:var(--viewport-height);min-width:320px;overflow-x:hidden;word-wrap:break-word;background-color:#F7F1EC;}"
           "#wrapper{-webkit-overflow-scrolling:touch;align-items:center;display:flex;flex-direction:column;justify-content:center;min-height:var(--viewport-height);overflow:hidden;position:relative;z-index:2;padding:2rem 2rem 2rem 2rem;}"
           "#main{--alignment:right;--flex-alignment:flex-end;--border-radius-tl:0;--border-radius-tr:0;max-width:100%%;position:relative;text-align:var(--alignment);z-index:1;}"
           "body.is-loading #main{opacity:0;transform:none;}"
           ".style2{color:#4A3F38;font-family:'Heebo',sans-serif;font-size:1em;line-height:1.75;font-weight:300;}"
           ".style5{color:#8C5E4A;font-family:'Heebo',sans-serif;font-size:2em;line-height:1.25;font-weight:700;}"
           ".style6{color:#8C5E4A;font-family:'Heebo',sans-serif;font-size:1.25em;line-height:1.5;font-weight:700;}%s"
           % ({"2021": "", "2023": "@media (max-width:736px){#wrapper{padding:1.5rem 1.5rem 1.5rem 1.5rem;}}",
               "2025": "@media (max-width:736px){#wrapper{padding:1.5rem 1.5rem 1.5rem 1.5rem;}}@media (max-width:480px){#main>.inner{--spacing:1.5rem;}}"}[s["carrd"]]))
    js = ("(function(){var on=addEventListener,off=removeEventListener,$=function(q){return document.querySelector(q)},"
          "$$=function(q){return document.querySelectorAll(q)},$body=document.body,$inner=$('.inner'),client=(function(){"
          "var o={browser:'other',browserVersion:0,os:'other',osVersion:0,mobile:false,canUse:null,flags:{lsdUnits:false}};return o;}())%s;"
          "on('load',function(){setTimeout(function(){$body.classList.remove('is-loading');},100);});})();"
          % ("" if s["carrd"] == "2021" else ",trigger=function(t){dispatchEvent(new Event(t));}"))
    return ('<!DOCTYPE HTML>\n<html lang="he" dir="rtl">\n\t<head>\n\t\t<title>אלמה פילאטיס – סטודיו לפילאטיס ברעננה</title>\n'
            '\t\t<meta charset="utf-8" />\n\t\t<meta name="viewport" content="width=device-width,initial-scale=1,viewport-fit=cover" />\n'
            '\t\t<meta name="description" content="סטודיו בוטיק לפילאטיס מכשירים ומזרן ברעננה" />\n'
            '\t\t<meta property="og:site_name" content="אלמה פילאטיס" />\n\t\t<meta property="og:image" content="https://almapilates.co.il/assets/images/card.jpg?v=%s" />\n'
            '\t\t<link rel="icon" type="image/png" href="assets/images/favicon.png?v=%s" />\n'
            '\t\t<link href="https://fonts.googleapis.com/css2?display=swap&family=Heebo:ital,wght@0,300;0,700" rel="stylesheet" type="text/css" />\n'
            '\t\t<style>%s</style>\n\t\t<noscript><style>body{overflow:auto !important;}body:after{display:none !important;}#main>.inner{opacity:1.0 !important;margin-top:0 !important;}</style></noscript>\n'
            '\t</head>\n\t<body class="is-loading">\n\t\t<div id="wrapper">\n\t\t\t<div id="main">\n\t\t\t\t<div class="inner">\n'
            '<section id="home-section"><div id="image01" class="image"><span class="frame"><img src="assets/images/image01.jpg?v=%s" alt="אלמה פילאטיס" /></span></div>'
            '<h1 id="text01" class="style1">אלמה פילאטיס</h1><p id="text02" class="style2">סטודיו בוטיק לפילאטיס מכשירים ומזרן ברעננה</p>%s'
            '<ul id="buttons01" class="style1 buttons"><li><a href="#schedule" class="button n01"><span class="label">מערכת שעות</span></a></li>'
            '<li><a href="#prices" class="button n02"><span class="label">מחירון</span></a></li><li><a href="#contact" class="button n03"><span class="label">צרי קשר</span></a></li></ul></section>\n'
            '<section id="schedule-section" class="inactive" style="display: none;"><h2 id="text04" class="style5">מערכת שעות</h2>'
            '<p id="text05" class="style2">מערכת השעות לשבוע המתחיל ב-%s</p><div id="table01" class="table-wrapper"><div class="table-inner"><table><thead><tr><th>יום</th><th>שעה</th><th>שיעור</th><th>מדריכה</th></tr></thead><tbody>%s</tbody></table></div></div>'
            '<ul id="buttons02" class="style1 buttons"><li><a href="#home" class="button n01"><span class="label">חזרה</span></a></li></ul></section>\n'
            '<section id="prices-section" class="inactive" style="display: none;"><h2 id="text06" class="style5">מחירון</h2>'
            '<div id="text07" class="style2"><p>שיעור בודד: %d ₪</p><p>כרטיסייה 10 שיעורים: %d ₪</p><p>מנוי חודשי חופשי: %d ₪</p></div>'
            '<ul id="buttons03" class="style1 buttons"><li><a href="#home" class="button n01"><span class="label">חזרה</span></a></li></ul></section>\n'
            '<section id="contact-section" class="inactive" style="display: none;"><h2 id="text08" class="style5">צרי קשר</h2>'
            '<form id="form01" method="post" action="https://formspree.io/f/xqkrbnwa"><div class="inner"><div class="field"><input type="text" name="name" id="form01-name" placeholder="שם" maxlength="128" required /></div>'
            '<div class="field"><input type="tel" name="phone" id="form01-phone" placeholder="טלפון" maxlength="32" required /></div>'
            '<div class="field"><textarea name="message" id="form01-message" placeholder="הודעה" maxlength="16384"></textarea></div>'
            '<div class="field"><input type="checkbox" name="consent" id="form01-consent" required /><label for="form01-consent">קראתי את <a href="#privacy">מדיניות הפרטיות</a></label></div>'
            '<div class="actions"><button type="submit">שליחה</button></div></div></form>'
            '<p id="text09" class="style2">רחוב אחוזה 112, רעננה · <a href="https://wa.me/972546630917">וואטסאפ</a> · <a href="https://instagram.com/alma.pilates">אינסטגרם</a></p>'
            '<ul id="buttons04" class="style1 buttons"><li><a href="#home" class="button n01"><span class="label">חזרה</span></a></li></ul></section>\n'
            '<section id="privacy-section" class="inactive" style="display: none;">%s'
            '<ul id="buttons05" class="style1 buttons"><li><a href="#home" class="button n01"><span class="label">חזרה לעמוד הראשי</span></a></li></ul></section>\n'
            '\t\t\t\t</div>\n\t\t\t</div>\n\t\t</div>\n\t\t<script>%s</script>\n\t</body>\n</html>'
            % (v, v, css, v, promo, s["week"], sched, p1, p10, p20, privacy_section(blocks), js))


PAGE = {
    "service": "Alma Pilates", "url": URL, "lang": "he-IL", "platform": "Carrd one-pager (policy in a hidden section)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("Cache-Control", "max-age=0, no-cache")),
    "n": 31, "start": dt.date(2021, 6, 1), "end": dt.date(2026, 7, 31),
    "policy": POLICY, "first_updated": dt.date(2021, 5, 9), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#privacy-section"], "remove": ["#privacy-section ul.buttons"]},
}
