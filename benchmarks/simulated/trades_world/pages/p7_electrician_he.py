"""Shalev Electric - he electrical contractor (Haifa) - Wix (Thunderbolt), accessibility widget, redesign March 2024."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tkit as K  # noqa: E402
from tkit import C  # noqa: E402

URL = "https://www.shalev-electric.co.il/privacy"
REDESIGN = dt.date(2024, 3, 18)
OLD, NEW = "comp-kzv3x1a7", "comp-ltq8n2e4"


def fmt_date(d):
    return "%02d.%02d.%d" % (d.day, d.month, d.year)


POLICY = """
# מדיניות פרטיות

עודכן לאחרונה: {UPDATED}

שליו חשמל בע"מ מבצעת עבודות חשמל, התקנת עמדות טעינה לרכב חשמלי, בדיקות תקינות ומערכות סולאריות בצפון הארץ. מדיניות זו מסבירה איזה מידע אנו אוספים, כיצד אנו משתמשים בו ומהן זכויותיך לפי חוק הגנת הפרטיות, התשמ"א-1981.

## המידע שאנו אוספים

- שם, מספר טלפון וכתובת דוא"ל;
- כתובת הנכס ופרטי הגישה אליו;
- פרטי העבודה המבוקשת ותמונות של לוח החשמל;
- פרטי תשלום וחשבוניות.

## מטרות השימוש במידע

אנו משתמשים במידע כדי לתאם ביקור של חשמלאי מוסמך, לבצע את העבודה, להנפיק חשבונית ותעודת בדיקה, לטפל בפניות אחריות ולעמוד בדרישות הדין. בהסכמתך נשלח לך תזכורת לבדיקה תקופתית של מתקן החשמל.

## העברת מידע לצדדים שלישיים

| גורם | מטרה |
| Wix.com Ltd | אחסון האתר וטפסים |
| חשבונית ירוקה (Morning) | הנפקת חשבוניות |
| טרנזילה | סליקת כרטיסי אשראי |

לא נמכור את המידע שלך ולא נעביר אותו לצדדים שלישיים למטרות שיווק.

## שמירת מידע

אנו שומרים את פרטי העבודות והחשבוניות למשך 7 שנים, בהתאם לדרישות רשות המסים.

## זכויותיך

באפשרותך לעיין במידע שנשמר עליך ולבקש לתקן אותו או למחוק אותו. לפניות: [privacy@shalev-electric.co.il](mailto:privacy@shalev-electric.co.il) או בטלפון 04-8123456.
"""

EDITS = [
    {"note": "Tranzila replaced by Cardcom", "repl": [("| טרנזילה | סליקת כרטיסי אשראי |",
                                                      "| קארדקום | סליקת כרטיסי אשראי |")]},
    {"note": "new list item: smart-meter / EV charger app data",
     "repl": [("- פרטי תשלום וחשבוניות.", "- פרטי תשלום וחשבוניות;\n- נתוני צריכה מעמדת הטעינה, אם בחרת בשירות "
               "הניטור שלנו.")]},
    {"note": "new section: information security (Privacy Protection Regulations 2017)",
     "repl": [("## שמירת מידע", "## אבטחת מידע\n\nאנו מיישמים את תקנות הגנת הפרטיות (אבטחת מידע), התשע\"ז-2017, "
               "ומגבילים את הגישה למידע לעובדים הזקוקים לו לצורך עבודתם.\n\n## שמירת מידע")]},
    {"note": "phone number changed", "repl": [("בטלפון 04-8123456", "בטלפון 04-8590200")]},
    {"note": "typo/wording fix without new date (סליקת -> סליקה של)", "bump": False,
     "repl": [("| קארדקום | סליקת כרטיסי אשראי |", "| קארדקום | סליקה של כרטיסי אשראי |")]},
]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"req": (C.hexs(rng, 8) + "." + str(rng.randint(10**9, 10**10)), C.uuid4(rng))}
    s["rev"] = C.keep_or(rng, prev.get("rev"), 0.6, lambda: rng.randint(400, 2000))
    s["rating"] = C.keep_or(rng, prev.get("rating"), 0.3, lambda: (rng.randint(88, 99), rng.randint(90, 400)))
    s["a11y"] = K.deploy_hash("equalweb", when, 4, 6)
    return s


LABELS = {"req": "Wix requestId / visitorId in viewer model", "rev": "Wix site revision",
          "rating": "Google reviews widget (score, count)", "a11y": "accessibility widget script version"}


def render(s, blocks, when):
    new = when.date() >= REDESIGN
    cid = NEW if new else OLD
    tags = {k: ' class="font_%s wixui-rich-text__text"' % (2 if k == "h1" else 5 if k == "h2" else 8)
            for k in ("h1", "h2", "p", "ul", "table", "addr")}
    tags["li"] = ' class="wixui-rich-text__text"'
    body = C.render_blocks(blocks, tags=tags, sep="")
    rich = ('<div id="%s" class="%s wixui-rich-text" data-testid="richTextElement">%s</div>'
            % (cid, "HcOXKn SxM0TO QxJLC3 lq2cno" if new else "_2Hij5 _3bcaz", body))
    if new:
        main = ('<section id="comp-ltq8m9z1" class="wixui-section"><div class="comp-ltq8m9z1-container"><div '
                'class="Vd6aQZ ignore-focus comp-ltq8m9z1"></div>%s</div></section>' % rich)
    else:
        main = ('<div id="comp-kzv3x0q2" class="_1ncY2 wixui-box"><div class="_2RQdk"><div data-mesh-id="comp-'
                'kzv3x0q2inlineContent" data-testid="inline-content">%s</div></div></div>' % rich)
    rating = "%.1f" % (s["rating"][0] / 20.0)
    return (
        '<!DOCTYPE html>\n<html lang="he" dir="rtl">\n<head>\n<meta charset=\'utf-8\'>\n<meta name="generator" '
        'content="Wix.com Website Builder"/>\n<title>מדיניות פרטיות | שליו חשמל</title>\n'
        '<script id="wix-viewer-model" type="application/json">{"site":{"metaSiteId":"4b1e7c2a-9d3f-4e8a-b6c1-'
        '2f5a8d9e0c31","siteRevision":%d,"isResponsive":%s},"requestId":"%s","visitorId":"%s","language":"he",'
        '"viewMode":"desktop"}</script>\n</head>\n<body>\n<div id="SITE_CONTAINER"><div id="main_MF"><div id="'
        'SCROLL_TO_TOP"></div><header id="SITE_HEADER" class="wixui-header"><a href="/" class="wixui-image"><img '
        'src="https://static.wixstatic.com/media/a1b2c3_logo~mv2.png" alt="שליו חשמל"></a><nav class="wixui-'
        'dropdown-menu"><ul><li><a href="/services">שירותים</a></li><li><a href="/ev">עמדות טעינה</a></li><li><a '
        'href="/contact">צור קשר</a></li></ul></nav></header>\n<main id="PAGES_CONTAINER"><div id="SITE_PAGES">'
        '<div id="pcm1x">%s</div></div></main>\n'
        '<footer id="SITE_FOOTER" class="wixui-footer"><div class="google-reviews-badge">דירוג %s מתוך 5 · %d '
        'ביקורות בגוגל</div><p>© %d שליו חשמל בע"מ · חשמלאי מוסמך רישיון 1-23456</p></footer></div></div>\n'
        '<script src="https://cdn.equalweb.com/core/4.%d.%d/accessibility.js" defer></script>\n</body>\n</html>\n'
        % (s["rev"], "true" if new else "false", s["req"][0], s["req"][1], main, rating, s["rating"][1], when.year,
           int(s["a11y"][:2], 16) % 6, int(s["a11y"][2:4], 16) % 10))


PAGE = {
    "service": "Shalev Electric", "url": URL, "lang": "he-IL", "platform": "Wix (Thunderbolt)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 1, 8), "end": dt.date(2026, 4, 12), "hours": (5, 11, 17),
    "policy": POLICY, "first_updated": dt.date(2021, 12, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#" + NEW]},
    "history": [{"fetch": URL, "select": ["#" + OLD], "validUntil": REDESIGN.isoformat() + "T00:00:00Z"}],
}
