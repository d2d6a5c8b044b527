"""אור תורה - בית הכנסת והחסד, Ramat Gan - Hebrew - Wix (classic editor, rebuilt in Wix Studio in June 2024: the
rich-text component got a new id), Nedarim Plus donation button, accessibility widget, Shabbat times strip."""
import datetime as dt
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fkit as K  # noqa: E402

C = K.C
URL = "https://www.ortorah-rg.org.il/privacy"
REBUILT = dt.datetime(2024, 6, 11, 0, 0)
OLD, NEW = "comp-kx9y3b7n", "comp-lw5m1q2c"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["he"][d.month - 1], d.year)


POLICY = """
## מדיניות פרטיות

עודכן לאחרונה: {UPDATED}

עמותת אור תורה – בית הכנסת והחסד (ע"ר 580612347) מכבדת את פרטיותם של חברי הקהילה, התורמים, המתנדבים והגולשים באתר. מדיניות זו מסבירה איזה מידע אנו אוספים, כיצד אנו משתמשים בו ומה זכויותיכם, בהתאם לחוק הגנת הפרטיות, התשמ"א-1981, ולתקנות הגנת הפרטיות (אבטחת מידע), התשע"ז-2017.

## המידע שאנו אוספים

- שם, כתובת, טלפון ודואר אלקטרוני של חברי הקהילה ושל מי שנרשם לשיעורים, לאירועים ולתפילות החגים;
- פרטי תרומה: סכום, תאריך, אמצעי תשלום ומספר תעודת זהות לצורך הפקת קבלה לפי סעיף 46 לפקודת מס הכנסה;
- פרטים שנמסרים לנו לצורך קבלת סיוע מקרן החסד, לרבות מצב משפחתי וכלכלי;
- שמות נפטרים ותאריכי פטירה לצורך הזכרת נשמות ואמירת קדיש;
- מידע טכני על השימוש באתר, כגון כתובת IP וסוג הדפדפן.

## השימוש במידע

אנו משתמשים במידע לניהול חיי הקהילה, למכירת מקומות ישיבה לימים הנוראים, לשליחת לוח זמני תפילות ועדכונים, להפקת קבלות על תרומות ולדיווח לרשות המסים, ולחלוקת סיוע לנזקקים לקראת החגים. פרטי מקבלי הסיוע נשמרים בסודיות מלאה ואינם נמסרים לתורמים.

## מסירת מידע לצדדים שלישיים

איננו מוכרים מידע אישי. אנו מוסרים מידע רק לספקים המסייעים לנו: סליקת תרומות באמצעות חברת קארדקום, שליחת דיוור באמצעות Mailchimp, ואחסון האתר בפלטפורמת Wix. מידע עשוי להימסר גם לרשויות כאשר הדבר נדרש על פי דין.

## שמירת המידע

רשומות התרומות נשמרות במשך שבע שנים, כנדרש בדיני המס. פרטי מקבלי סיוע נשמרים שלוש שנים ממועד הסיוע האחרון.

## זכויותיכם

לפי סעיף 13 לחוק הגנת הפרטיות אתם רשאים לעיין במידע עליכם, ולבקש לתקנו או למחקו אם אינו נכון, שלם, ברור או מעודכן. ניתן לבקש בכל עת להסיר את פרטיכם מרשימת הדיוור.

## אבטחת מידע

אנו נוקטים אמצעי אבטחה סבירים בהתאם לתקנות אבטחת מידע, ובהם הצפנת התקשורת באתר, הגבלת ההרשאות במערכות העמותה לבעלי תפקידים בלבד, גיבוי תקופתי ושמירת טפסים מודפסים בארון נעול במשרד בית הכנסת. חברי הוועד, הגבאים והמתנדבים המטפלים בבקשות סיוע חתומים על התחייבות לשמירת סודיות.

## עוגיות (Cookies)

האתר משתמש בעוגיות הנדרשות לתפעולו ובעוגיות סטטיסטיות של Google Analytics לצורך מדידת השימוש באתר. ניתן לחסום עוגיות באמצעות הגדרות הדפדפן, אולם ייתכן שחלק מהשירותים באתר לא יפעלו כראוי.

## קטינים

איננו אוספים ביודעין מידע על קטינים מתחת לגיל 18 ללא הסכמת הורה. רישום ילדים לחוגים, לבר מצווה ולבת מצווה ולפעולות הנוער נעשה על ידי ההורים בלבד.

## יצירת קשר

@ עמותת אור תורה – בית הכנסת והחסד
@ רחוב ביאליק 41, רמת גן 5245104
@ טלפון: 03-5551847
@ דוא"ל: [office@ortorah-rg.org.il](mailto:office@ortorah-rg.org.il)
"""

EDITS = [
    {"note": "Nedarim Plus added as a second donation clearing provider",
     "repl": [("סליקת תרומות באמצעות חברת קארדקום,", "סליקת תרומות באמצעות חברת קארדקום ומערכת נדרים פלוס,")]},
    {"note": "spelling changed without a new date ('המסים' -> 'המיסים')",
     "bump": False,
     "repl": [("להפקת קבלות על תרומות ולדיווח לרשות המסים", "להפקת קבלות על תרומות ולדיווח לרשות המיסים")]},
    {"note": "newsletter tool Mailchimp replaced by ActiveTrail",
     "repl": [("שליחת דיוור באמצעות Mailchimp,", "שליחת דיוור באמצעות אקטיב טרייל,")]},
    {"note": "office moved (Bialik 41 -> Jabotinsky 120) and new phone",
     "repl": [("@ רחוב ביאליק 41, רמת גן 5245104\n@ טלפון: 03-5551847",
               "@ דרך זאב ז'בוטינסקי 120, רמת גן 5250307\n@ טלפון: 03-5559260")]},
    {"note": "aid recipients' records retention three -> two years; list item for CCTV at the synagogue added",
     "repl": [("נשמרים שלוש שנים ממועד הסיוע האחרון.", "נשמרים שנתיים ממועד הסיוע האחרון. צילומי מצלמות האבטחה "
               "בבית הכנסת נשמרים 14 יום."),
              ("- מידע טכני על השימוש באתר, כגון כתובת IP וסוג הדפדפן.",
               "- צילומי מצלמות אבטחה בכניסה לבית הכנסת;\n- מידע טכני על השימוש באתר, כגון כתובת IP וסוג הדפדפן.")]},
    {"note": "new section: privacy officer (Amendment 13 of the Privacy Protection Law, August 2025)",
     "repl": [("## יצירת קשר",
               "## הממונה על הגנת הפרטיות\n\n"
               "בעקבות תיקון 13 לחוק הגנת הפרטיות מינתה העמותה ממונה על הגנת הפרטיות, עו\"ד נועה ברק. ניתן לפנות "
               "אליה בכל שאלה בנושא פרטיות בכתובת [privacy@ortorah-rg.org.il](mailto:privacy@ortorah-rg.org.il).\n\n"
               "## יצירת קשר")]},
]


def candle_lighting(fri):
    """Approximate Tel Aviv candle-lighting time (sunset - 22 min, local clock) of a Friday."""
    x = 2 * math.pi * (fri.timetuple().tm_yday - 172) / 365.25
    sunset = 18 * 60 + 10 + 78 * math.cos(x) - 10 * math.sin(2 * x)
    summer = K.il_summer(dt.datetime.combine(fri, dt.time(12)))
    mins = int(round(sunset - 22 - (0 if summer else 60)))
    return "%02d:%02d" % divmod(mins, 60), "%02d:%02d" % divmod(mins + 22 + 40, 60)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"request": "%d.%d" % (C.epoch(when), rng.randint(10**14, 10**15)), "bsi": C.uuid4(rng),
         "thunderbolt": K.deploy_hash("wix-thunderbolt", when, 5, 8)}
    rev = (prev.get("rev") or 140) + (1 if rng.random() < 0.45 else 0)
    s["rev"] = rev
    base = (prev.get("donors") or 212)
    s["donors"] = base + rng.randint(0, 40)
    return s


LABELS = {"request": "viewer model requestId", "bsi": "browser-session id in the fedops config",
          "thunderbolt": "Wix Thunderbolt viewer build hash", "rev": "siteRevision (any site publish)",
          "donors": "header donation button 'N donors this month'", "shabbat": "Shabbat times strip",
          "holiday": "holiday banner (Rosh Hashana seats, Pesach chametz sale)"}


def render(s, blocks, when):
    now, off = K.local(when, "il")
    d = now.date()
    fri = d + dt.timedelta(days=(4 - d.weekday()) % 7)
    cl, hv = candle_lighting(fri)
    s["shabbat"] = fri.isoformat()
    holiday = ""
    rh = K.ROSH_HASHANA.get(d.year)
    ps = K.PESACH.get(d.year)
    if rh and K.in_window(d, rh, 40, 0):
        holiday = "הרשמה למקומות ישיבה לימים הנוראים %d פתוחה – מספר המקומות מוגבל" % (d.year + 3761)
    elif ps and K.in_window(d, ps, 21, 0):
        holiday = "מכירת חמץ וקמחא דפסחא – ניתן למלא שטר הרשאה באתר עד ערב פסח"
    s["holiday"] = holiday
    comp = NEW if when >= REBUILT else OLD

    def heading(k, t, inl):
        return '<h2 class="font_2 wixui-rich-text__text">%s</h2>' % inl(t)
    body = K.render_blocks(
        blocks, heading=heading, tags={"p": ' class="font_8 wixui-rich-text__text"',
                                       "ul": ' class="font_8 wixui-rich-text__text"',
                                       "li": ' class="wixui-rich-text__text"',
                                       "addr": ' class="font_8 wixui-rich-text__text"'},
        text=lambda raw: '<span class="wixui-rich-text__text">%s</span>' % C.esc(raw) if raw else "")
    vm = ('{"requestId":"%s","siteFeaturesConfigs":{},"site":{"metaSiteId":"b7d2c1f0-4a5e-4c3b-9d8e-1f2a3b4c5d6e",'
          '"siteId":"e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b","siteRevision":%d,"language":"he","isResponsive":%s},'
          '"fleetConfig":{"fleetName":"wix-thunderbolt-%s","type":"Rollout","code":0},"mode":{"qa":false},'
          '"fedopsConfig":{"bsi":"%s|1"},"experiments":{"specs.thunderbolt.ssrImageQuality":true}}'
          % (s["request"], s["rev"], "true" if comp == NEW else "false", s["thunderbolt"], s["bsi"]))
    wrap = ('<section id="comp-lw5m0a1b" class="wixui-section"><div data-testid="columns" class="comp-lw5m0a1b-'
            'container"><div id="comp-lw5m0a1c" class="wixui-column-strip__column"><div data-mesh-id="comp-lw5m0a1c'
            'inlineContent" data-testid="inline-content">' if comp == NEW else
            '<div id="Containerc1dmp" class="Containerc1dmp SITE_STRUCTURE"><div id="SITE_PAGES"><div '
            'id="c1dmp" class="PAGES_CONTAINER"><div data-mesh-id="c1dmpinlineContent" data-testid="inline-content">')
    return (
        '<!DOCTYPE html>\n<html lang="he" dir="rtl">\n<head>\n<meta charset=\'utf-8\'>\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />\n'
        '<meta name="generator" content="Wix.com Website Builder"/>\n'
        '<title>מדיניות פרטיות | אור תורה רמת גן</title>\n<link rel="canonical" href="%s"/>\n'
        '<script>window.viewerModel = %s;</script>\n'
        '<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%s.bundle.min.js" async>'
        '</script>\n<link rel="stylesheet" href="https://static.parastorage.com/services/wix-thunderbolt/dist/'
        'main.%s.min.css">\n</head>\n<body>\n<div id="SITE_CONTAINER"><div id="main_MF"><div id="BACKGROUND_GROUP">'
        '</div><div id="site-root">\n'
        '<header id="SITE_HEADER" class="wixui-header"><div class="shabbat-times wixui-rich-text"><p>שבת שלום · '
        'הדלקת נרות %s · הבדלה %s · %s</p></div><nav id="comp-kx9y2aa1" class="wixui-horizontal-menu"><ul>'
        '<li><a href="/">בית</a></li><li><a href="/zmanim">זמני תפילות</a></li><li><a href="/shiurim">שיעורים</a>'
        '</li><li><a href="/chesed">קרן החסד</a></li><li><a href="/contact">צור קשר</a></li></ul></nav>'
        '<a class="donate-btn wixui-button" href="https://www.matara.pro/nedarimplus/online/?mosad=7001234">'
        '<span>לתרומה</span> <span class="donors">%d תורמים החודש</span></a></header>\n%s'
        '<main id="PAGES_CONTAINER">%s\n'
        '<div id="%s" class="%s wixui-rich-text" data-testid="richTextElement">%s</div>\n'
        '</div></div></div>%s</main>\n'
        '<footer id="SITE_FOOTER" class="wixui-footer"><p class="font_9">© %d עמותת אור תורה · ע"ר 580612347 · '
        'נבנה באמצעות Wix</p></footer>\n</div></div></div>\n'
        '<div id="accessibility-widget" data-nagich-site="ortorah-rg" data-lang="he"><button '
        'aria-label="תפריט נגישות">נגישות</button></div>\n'
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-8QW2JTC4LD"></script>\n'
        '</body>\n</html>\n'
        % (URL, vm, s["thunderbolt"], s["thunderbolt"], cl, hv, fri.strftime("%d.%m.%Y"), s["donors"],
           '<div class="wix-announcement wixui-rich-text"><p>%s</p></div>\n' % C.esc(holiday) if holiday else "",
           wrap, comp, comp, body, "</section>" if comp == NEW else "", d.year))


PAGE = {
    "service": "Or Torah Ramat Gan", "url": URL, "lang": "he-IL",
    "platform": "Wix (classic editor, Wix Studio from June 2024)", "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 5, 1), "end": dt.date(2026, 6, 10), "hours": (4, 9, 12, 16),
    "policy": POLICY, "first_updated": dt.date(2022, 2, 6), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#%s" % NEW]},
    "history": [{"fetch": URL, "select": ["#%s" % OLD], "validUntil": "2024-06-11T00:00:00Z"}],
}
