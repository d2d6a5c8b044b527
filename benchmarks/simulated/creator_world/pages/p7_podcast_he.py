"""Kolot Podcasts קולות (Hebrew podcast hosting and production studio, Tel Aviv), a Wix site (Thunderbolt
renderer): the policy is one rich-text element; Wix's per-request viewer model and a latest-episodes widget."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import ckit as K  # noqa: E402

URL = "https://www.kolotpodcasts.co.il/privacy"
COMP = "comp-lk8d2x1f"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["he"][d.month - 1], d.year)


POLICY = """
# מדיניות פרטיות

עודכן לאחרונה: {UPDATED}

קולות פודקאסטים בע"מ מפעילה שירות אחסון, הפצה ומדידה של פודקאסטים, וכן אולפן הקלטות. מדיניות זו מסבירה אילו מידע אנו אוספים על יוצרים, מאזינים ומבקרים באתר, כיצד אנו משתמשים בו ומהן זכויותיכם לפי חוק הגנת הפרטיות, התשמ"א-1981.

## המידע שאנו אוספים

- פרטי התקשרות: שם, כתובת דוא"ל ומספר טלפון;
- פרטי חשבון ותשלום של יוצרים, לרבות פרטי חשבון בנק לתשלום הכנסות ממודעות;
- קבצי שמע, תיאורי פרקים ותמונות עטיפה שהועלו לשירות;
- נתוני האזנה: כתובת IP מקוצרת, אפליקציית ההאזנה, מדינה ושעת ההורדה.

## השימוש במידע

אנו משתמשים במידע כדי לספק את השירות, להפיץ את הפודקאסטים לאפליקציות ההאזנה, להפיק דוחות האזנה מצטברים ליוצרים, לשלם הכנסות ממודעות, לתאם הקלטות באולפן ולשלוח עדכונים למי שביקש זאת.

## מסירת מידע לצדדים שלישיים

איננו מוכרים מידע אישי. אנו מוסרים מידע לספקים הבאים לצורך הפעלת השירות:

| ספק | מטרה | מיקום |
| Wix.com Ltd. | אחסון האתר | ישראל |
| Amazon Web Services | אחסון קבצי שמע | אירלנד |
| קארדקום בע"מ | סליקת תשלומים | ישראל |
| Mailchimp (Intuit) | דיוור | ארצות הברית |

## שמירת מידע

נתוני האזנה מפורטים נשמרים 18 חודשים, ולאחר מכן נשמרים נתונים מצטברים בלבד. מסמכי הנהלת חשבונות נשמרים 7 שנים כנדרש בדין.

## אבטחת מידע

אנו נוקטים אמצעים סבירים לאבטחת המידע בהתאם לתקנות הגנת הפרטיות (אבטחת מידע), התשע"ז-2017.

## זכויותיכם ויצירת קשר

אתם רשאים לעיין במידע עליכם ולבקש לתקנו או למחקו. לפניות: [privacy@kolotpodcasts.co.il](mailto:privacy@kolotpodcasts.co.il), או בדואר:

@ קולות פודקאסטים בע"מ
@ רחוב הרכבת 58
@ תל אביב-יפו 6777016
@ טלפון: 03-5609121
"""

EDITS = [
    {"note": "Mailchimp replaced by ActiveTrail",
     "repl": [("| Mailchimp (Intuit) | דיוור | ארצות הברית |", "| אקטיב טרייל בע\"מ | דיוור | ישראל |")]},
    {"note": "new paragraph: Amendment 13 to the Privacy Protection Law, data protection officer",
     "repl": [("## אבטחת מידע\n\n", "## אבטחת מידע\n\nבהתאם לתיקון 13 לחוק הגנת הפרטיות מינינו ממונה על הגנת הפרטיות, שניתן לפנות אליה בכתובת [dpo@kolotpodcasts.co.il](mailto:dpo@kolotpodcasts.co.il).\n\n")]},
    {"note": "retention 18 -> 24 months",
     "repl": [("נתוני האזנה מפורטים נשמרים 18 חודשים", "נתוני האזנה מפורטים נשמרים 24 חודשים")]},
    {"note": "typo fix without new date: 'אילו מידע' -> 'איזה מידע'",
     "bump": False,
     "repl": [("מדיניות זו מסבירה אילו מידע", "מדיניות זו מסבירה איזה מידע")]},
    {"note": "studio moved: HaRakevet 58 -> Yigal Alon 94; phone changed",
     "repl": [("@ רחוב הרכבת 58\n@ תל אביב-יפו 6777016\n@ טלפון: 03-5609121",
               "@ רחוב יגאל אלון 94\n@ תל אביב-יפו 6789139\n@ טלפון: 03-7443300")]},
    {"note": "new list item: video podcasts (recordings of video)",
     "repl": [("- קבצי שמע, תיאורי פרקים ותמונות עטיפה שהועלו לשירות;",
               "- קבצי שמע, תיאורי פרקים ותמונות עטיפה שהועלו לשירות;\n- הקלטות וידאו של פרקים שצולמו באולפן, לפי בקשת היוצר;")]},
]

EPISODES = ["חיות כיס - פרק 214", "עושים היסטוריה - פרק 502", "הכל כסף - 'הדירה הראשונה'", "מדברים טכנולוגיה #88",
            "בין השורות - עם נועה", "קפה של בוקר - פרק 31", "לילה טוב ילדים - 'הירח הסקרן'", "ספורט אחר - פרק 67"]
REVS = K.deploys("kolot|rev", dt.date(2021, 6, 1), dt.date(2026, 12, 31), 30, 4)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"req": (str(rng.randint(10**9, 10**10)) + "." + C.hexs(rng, 12), C.uuid4(rng), C.uuid4(rng))}
    cur = K.deploy(when, REVS)
    s["rev"] = int(cur, 16) % 900 + 100 + [r[1] for r in REVS].index(cur)
    s["eps"] = C.keep_or(rng, prev.get("eps"), 0.7, lambda: tuple(rng.sample(range(len(EPISODES)), 3)))
    s["thunder"] = "1.%d.0" % (14000 + (when.date() - dt.date(2022, 1, 1)).days // 3)
    return s


LABELS = {"req": "Wix requestId, visitor bi session and ssr id", "rev": "siteRevision (every publish)",
          "eps": "'פרקים חדשים' latest-episodes widget", "thunder": "Thunderbolt renderer version"}


def render(s, blocks, when):
    rid, sess, vis = s["req"]
    rich = K.render_blocks(blocks, tags={"h1": ' class="font_0 wixui-rich-text__text"',
                                         "h2": ' class="font_2 wixui-rich-text__text"',
                                         "p": ' class="font_8 wixui-rich-text__text"',
                                         "ul": ' class="font_8 wixui-rich-text__text"',
                                         "li": ' class="wixui-rich-text__text"', "table": ' class="wixui-table"',
                                         "addr": ' class="font_8 wixui-rich-text__text"'})
    eps = "".join('<li class="wixui-repeater__item"><span class="episode-title">%s</span></li>' % C.esc(EPISODES[k])
                  for k in s["eps"])
    vm = ('{"requestId":"%s","siteRevision":%d,"visitorId":"%s","biSession":"%s","siteId":"7c1e2f9a-3b4d-4e5f-8a6b-'
          '9c0d1e2f3a4b","language":"he","renderer":"%s"}' % (rid, s["rev"], vis, sess, s["thunder"]))
    return (
        '<!DOCTYPE html>\n<html lang="he" dir="rtl">\n<head>\n<meta charset="utf-8">\n<title>מדיניות פרטיות | קולות '
        'פודקאסטים</title>\n<meta name="generator" content="Wix.com Website Builder">\n'
        '<script type="application/json" id="wix-viewer-model">%s</script>\n'
        '<link rel="stylesheet" href="https://static.parastorage.com/services/wix-thunderbolt/dist/main.%s.min.css">\n'
        '</head>\n<body>\n<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root">'
        '<header id="SITE_HEADER" class="SITE_HEADER wixui-header"><div data-testid="linkElement"><a href="/">קולות '
        'פודקאסטים</a></div><nav id="comp-kx9menu" aria-label="אתר"><ul><li><a href="/hosting">אחסון פודקאסט</a></li>'
        '<li><a href="/studio">האולפן</a></li><li><a href="/contact">צור קשר</a></li></ul></nav></header>\n'
        '<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div id="c1dmp" class="page-body">'
        '<section id="comp-lk8d2sec" class="wixui-section"><div data-testid="columns">'
        '<div id="%s" class="HcOXKn SxM0TO QxJLC3 wixui-rich-text" data-testid="richTextElement">%s</div>'
        '</div></section>\n<section id="comp-lk8eps" class="wixui-section"><h2 class="font_2">פרקים חדשים</h2>'
        '<ul class="wixui-repeater">%s</ul></section></div></div></main>\n'
        '<footer id="SITE_FOOTER" class="wixui-footer"><p class="font_9">© %d קולות פודקאסטים בע"מ</p>'
        '<a href="/accessibility">הצהרת נגישות</a></footer></div></div></div>\n'
        '<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/thunderbolt-%s.js" async></script>\n'
        '</body>\n</html>\n'
        % (vm, s["thunder"], COMP, rich, eps, when.year, s["thunder"]))


PAGE = {
    "service": "Kolot Podcasts", "url": URL, "lang": "he-IL", "platform": "Wix (Thunderbolt)",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 5, 1), "end": dt.date(2026, 5, 31), "hours": (6, 20),
    "policy": POLICY, "first_updated": dt.date(2022, 3, 7), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#" + COMP]},
}
