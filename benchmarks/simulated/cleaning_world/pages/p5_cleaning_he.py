"""Barak cleaning services - he office and home cleaning (Holon) - WordPress + Astra, block editor, Yoast, WP Rocket,
WP Last Modified Info and Easy Table of Contents inside the content (removed), NagishLi accessibility plugin."""
import datetime as dt
import os
import re
import sys

import common as C

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cwkit as K  # noqa: E402

SLUG = "%d7%9e%d7%93%d7%99%d7%a0%d7%99%d7%95%d7%aa-%d7%a4%d7%a8%d7%98%d7%99%d7%95%d7%aa"
SITE = "https://www.barak-clean.co.il"
URL = SITE + "/" + SLUG + "/"


def fmt_date(d):
    return "%d ב%s %d" % (d.day, K.MONTHS["he"][d.month - 1], d.year)


POLICY = K.unwrap("""
# מדיניות פרטיות

בתוקף מיום {UPDATED}

ברק שירותי ניקיון בע״מ (להלן: ״החברה״ או ״אנחנו״) מספקת שירותי ניקיון לבתים פרטיים, למשרדים ולבניינים משותפים,
ניקיון אחרי שיפוץ וניקוי ספות ושטיחים באזור המרכז והשרון. אנו מכבדים את פרטיותך ומחויבים להגן על המידע האישי
שאתה מוסר לנו. מדיניות זו מפרטת איזה מידע אנו אוספים באתר, בטלפון ובוואטסאפ, כיצד אנו משתמשים בו ומהן זכויותיך לפי
חוק הגנת הפרטיות, התשמ״א-1981 והתקנות שהותקנו מכוחו.

המדיניות מנוסחת בלשון זכר מטעמי נוחות בלבד, והיא מתייחסת לכל המגדרים.

## 1. המידע שאנו אוספים

בעת פנייה אלינו, קבלת הצעת מחיר או הזמנת שירות, אנו אוספים:

- שם מלא, מספר טלפון וכתובת דואל;
- כתובת הנכס, קומה, קוד כניסה לבניין והנחיות הגעה;
- פרטי השירות המבוקש: סוג הניקיון, גודל הנכס, מועד מועדף והערות מיוחדות;
- פרטי תשלום: אמצעי התשלום ומספר אסמכתא (פרטי כרטיס האשראי נשמרים אצל חברת הסליקה בלבד);
- תוכן שיחות והודעות עם שירות הלקוחות, לרבות בוואטסאפ.

בעת גלישה באתר נאסף באופן אוטומטי מידע טכני, כגון כתובת IP, סוג הדפדפן והמכשיר, העמודים שבהם ביקרת ומקור ההגעה
לאתר.

אם אתה מוסר לנו פרטים של אדם אחר, למשל של בעל הדירה או של דייר שיהיה בנכס בזמן הניקיון, עליך לוודא שהוא מסכים לכך.
אינך חייב על פי חוק למסור לנו מידע, אולם בלי פרטי התקשרות וכתובת לא נוכל לספק את השירות.

## 2. מטרות השימוש במידע

אנו משתמשים במידע כדי:

- לתת לך הצעת מחיר ולתאם את מועד השירות;
- לשבץ צוות ניקיון ולשלוח לו את הכתובת וההנחיות;
- לגבות תשלום ולהפיק חשבונית;
- לטפל בפניות, בתלונות ובבקשות לתיקון;
- לשלוח לך עדכונים ומבצעים, אם נתת לכך הסכמה מפורשת;
- לשפר את השירות ואת האתר ולהבטיח את אבטחתו.

איננו מקבלים לגביך החלטות על סמך עיבוד אוטומטי בלבד, ואיננו משתמשים במידע למטרות שאינן מפורטות במדיניות זו בלי
לבקש את הסכמתך.

## 3. מסירת מידע לצדדים שלישיים

איננו מוכרים מידע אישי. אנו מעבירים מידע רק במידה הנדרשת, לגורמים הבאים:

| גורם | מטרה |
| צוותי הניקיון שלנו וקבלני משנה | ביצוע השירות בנכס |
| משולם תשלומים בע״מ | סליקת כרטיסי אשראי |
| חשבונית ירוקה (מורנינג) | הפקת חשבוניות וקבלות |
| Mailchimp (The Rocket Science Group LLC) | דיוור ועדכונים |
| Google Ireland Ltd. | דואר אלקטרוני, יומן ואחסון מסמכים |

כמו כן נמסור מידע אם נידרש לכך על פי דין או צו של בית משפט. חלק מנותני השירות שלנו מאחסנים מידע מחוץ לישראל;
במקרים אלה אנו פועלים לפי תקנות הגנת הפרטיות (העברת מידע אל מאגרי מידע שמחוץ לגבולות המדינה).

אנו דורשים מכל נותני השירות שלנו לשמור על סודיות המידע, להשתמש בו רק לצורך מתן השירות לנו ולנקוט אמצעי אבטחה
מתאימים. קבלני המשנה שלנו מחויבים בהסכם לנהלי הפרטיות ואבטחת המידע של החברה.

## 4. שמירת מידע

אנו שומרים את המידע כל עוד הוא נחוץ למטרות שלשמן נאסף:

- פרטי לקוח והיסטוריית הזמנות: עד 3 שנים ממועד השירות האחרון;
- מסמכים חשבונאיים: 7 שנים, כנדרש לפי פקודת מס הכנסה;
- הקלטות של שיחות טלפון לשירות הלקוחות: 60 יום.

## 5. אבטחת מידע

אנו נוקטים אמצעים סבירים ומקובלים כדי להגן על המידע, ובהם הצפנה, הרשאות גישה מוגבלות ואימות דו-שלבי. קודי כניסה
ומפתחות לנכסים נשמרים בנפרד מפרטי הלקוח. עם זאת, אין אפשרות להבטיח הגנה מוחלטת מפני חדירה למערכות.

עובדינו עוברים הדרכה בנושא פרטיות ואבטחת מידע, ורק עובדים מורשים יכולים לצפות בפרטי הלקוחות. במקרה של אירוע
אבטחה חמור נפעל בהתאם לתקנות הגנת הפרטיות (אבטחת מידע), התשע״ז-2017, ונודיע לרשות להגנת הפרטיות ככל שנדרש.

## 6. עוגיות (Cookies)

עוגיות הן קבצי טקסט קטנים שהדפדפן שומר במכשיר שלך בעת הביקור באתר. האתר משתמש בעוגיות הנדרשות לתפקודו, ובכפוף להסכמתך גם
  בעוגיות סטטיסטיקה (Google Analytics) ופרסום (Meta ו-Google
Ads). ניתן לשנות את ההעדפות בכל עת דרך הקישור ״הגדרות עוגיות״ בתחתית העמוד או בהגדרות הדפדפן.

## 7. זכויותיך

לפי חוק הגנת הפרטיות, זכותך לעיין במידע שנשמר עליך, לבקש לתקנו או למחקו אם אינו נכון, שלם, ברור או מעודכן, ולבקש
שלא לקבל עוד דברי פרסומת. לבקשות יש לפנות בכתב לכתובת privacy@barak-clean.co.il, ונשיב לבקשתך תוך 30 יום.

אם לא טיפלנו בפנייתך לשביעות רצונך, ניתן להגיש תלונה לרשות להגנת הפרטיות.

## 8. שינויים במדיניות

אנו עשויים לעדכן מדיניות זו מעת לעת. הגרסה המעודכנת תפורסם בעמוד זה, ובמקרה של שינוי מהותי נודיע על כך גם
בדוא״ל ללקוחות הרשומים.

## 9. יצירת קשר

@ ברק שירותי ניקיון בע״מ
@ רחוב המלאכה 8, חולון
@ טלפון: 03-5551234
@ דוא״ל: [privacy@barak-clean.co.il](mailto:privacy@barak-clean.co.il)
""")

EDITS = [
    {"note": "mailing processor replaced: Mailchimp -> ActiveTrail",
     "repl": [("| Mailchimp (The Rocket Science Group LLC) | דיוור ועדכונים |",
               "| אקטיב טרייל בע״מ (ActiveTrail) | דיוור ועדכונים |")]},
    {"note": "new list item: before/after photos of the premises (quality control, complaints)",
     "repl": [("- תוכן שיחות והודעות עם שירות הלקוחות, לרבות בוואטסאפ.",
               "- תוכן שיחות והודעות עם שירות הלקוחות, לרבות בוואטסאפ;\n"
               "- צילומי הנכס לפני הניקיון ואחריו, המשמשים לבקרת איכות ולבירור תלונות.")]},
    {"note": "typo fixed: 'דואל' -> 'דוא״ל' (no new date)", "bump": False,
     "repl": [("וכתובת דואל;", "וכתובת דוא״ל;")]},
    {"note": "retention of customer-service call recordings shortened from 60 to 30 days",
     "repl": [("לשירות הלקוחות: 60 יום.", "לשירות הלקוחות: 30 יום.")]},
    {"note": "new section 9 'ממונה על הגנת הפרטיות' (privacy officer named), contact section renumbered 10",
     "repl": [("## 9. יצירת קשר",
               "## 9. ממונה על הגנת הפרטיות\n\nמינינו את עו״ד מיכל אברהמי לממונה על הגנת הפרטיות בחברה. ניתן "
               "לפנות אליה בכל שאלה בנושא פרטיות ואבטחת מידע בכתובת dpo@barak-clean.co.il.\n\n## 10. יצירת קשר")]},
    {"note": "phone number changed to a star number (03-5551234 -> *3290), no new date", "bump": False,
     "repl": [("@ טלפון: 03-5551234", "@ טלפון: *3290")]},
]

SAVES = K.Saves(dt.datetime(2021, 12, 26, 11, 3, 52))
EDITORS = ["אושרת", "אושרת", "דניאל"]
POSTS = ["איך מנקים ספה מבד בלי לפגוע בה?", "צ׳ק ליסט לניקיון אחרי שיפוץ", "כמה עולה ניקיון משרדים בחודש?",
         "ניקיון לפסח: המדריך המלא", "איך להיפטר מעובש באמבטיה", "ניקוי שטיחים: פעם בכמה זמן?",
         "ניקיון חלונות בבניין גבוה – מה חשוב לדעת", "טיפים לבית נקי עם ילדים וכלבים"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"rocket": C.epoch(when) - rng.randint(60, 3000)}
    s["resave"] = K.deploy(rng, prev.get("resave"), 0.15,
                           lambda: when - dt.timedelta(hours=rng.randint(3, 400)))
    if s["resave"] is not None and s["resave"] > when:
        s["resave"] = when
    s["minver"] = K.deploy(rng, prev.get("minver"), 0.4, lambda: C.epoch(when) - rng.randint(3600, 3000000))
    days = (when - dt.datetime(2022, 1, 1)).days
    s["reviews"] = (rng.choice(["4.9", "4.9", "4.8"]), 212 + days // 6)
    s["posts"] = tuple(rng.sample(range(len(POSTS)), 3)) if prev.get("posts") is None or rng.random() < 0.3 \
        else prev["posts"]
    return s


LABELS = {"rocket": "WP Rocket 'Debug: cached@' stamp", "resave": "page re-saved in the editor (no text change)",
          "modified": "WP Last Modified Info 'עודכן לאחרונה' line (INSIDE, removed) and Yoast modified time",
          "minver": "WP Rocket minified CSS/JS ?ver=", "reviews": "footer Google reviews badge (rating, count)",
          "posts": "footer 'מאמרים אחרונים' (random recent posts widget)", "season": "seasonal banner (Pesach, "
          "Tishrei holidays)", "toc": "Easy Table of Contents box (INSIDE, removed)"}


def israel_offset(d):
    # Israel summer time: from the Friday before the last Sunday of March to the last Sunday of October
    start = dt.datetime(d.year, 3, 31)
    while start.weekday() != 6:
        start -= dt.timedelta(days=1)
    start -= dt.timedelta(days=2)
    end = dt.datetime(d.year, 10, 31)
    while end.weekday() != 6:
        end -= dt.timedelta(days=1)
    return 3 if start <= d < end else 2


def season(when):
    if when.month in (2, 3) or (when.month == 4 and when.day < 15):
        return ("pesach", "מתכוננים לפסח? ניקיון יסודי לפסח כולל מטבח וארונות – נשארו מועדים אחרונים!")
    if when.month in (8, 9):
        return ("tishrei", "לקראת החגים: ניקיון בית מלא + ניקוי ספות ב-10% הנחה")
    return None


def slug(t):
    return re.sub(r"[^\w]+", "_", t).strip("_")


def render(s, blocks, when):
    saved = SAVES.saved(blocks, when, s["resave"])
    off = israel_offset(saved)
    local = saved + dt.timedelta(hours=off)
    s["modified"] = C.iso(saved)
    editor = EDITORS[C.epoch(saved) // 60 % 3]
    sea = season(when)
    s["season"] = sea[0] if sea else None
    h2s = [v for k, v in blocks if k == "h2"]
    s["toc"] = tuple(h2s)
    toc = ('<div id="ez-toc-container" class="ez-toc-v2_0_62 counter-hierarchy ez-toc-counter-rtl ez-toc-grey '
           'ez-toc-container-direction">\n<div class="ez-toc-title-container">\n<p class="ez-toc-title" style="cursor'
           ':inherit">תוכן עניינים</p>\n<span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-left '
           'ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content">'
           '<span class="ez-toc-js-icon-con"><span class=""><span class="eztoc-hide" style="display:none;">Toggle'
           "</span><span class=\"ez-toc-icon-toggle-span\"></span></span></span></a></span></div>\n"
           "<nav><ul class='ez-toc-list ez-toc-list-level-1 ' >%s</ul></nav></div>\n"
           % "".join("<li class='ez-toc-page-1 ez-toc-heading-level-2'><a class=\"ez-toc-link ez-toc-heading-%d\" "
                     "href=\"#%s\" title=\"%s\">%s</a></li>" % (n + 1, slug(t), C.attr(t), C.esc(t))
                     for n, t in enumerate(h2s)))
    modinfo = ('<p class="post-modified-info">עודכן לאחרונה ב-<time class="modified-time" datetime="%s+0%d:00">%s'
               '</time> על ידי <a href="%s/author/office/" target="_blank" class="last-modified-author">%s</a></p>\n'
               % (local.strftime("%Y-%m-%dT%H:%M:%S"), off, fmt_date(local.date()), SITE, editor))

    def heading(kind, v, inl):
        return ('<h2 class="wp-block-heading"><span class="ez-toc-section" id="%s"></span>%s<span '
                'class="ez-toc-section-end"></span></h2>' % (slug(v), inl(v)))

    def table(rows, inl):
        head = "".join("<th>%s</th>" % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return ('<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr>%s</tr></thead><tbody>%s'
                "</tbody></table></figure>" % (head, body))

    first_h2 = next(n for n, b in enumerate(blocks) if b[0] == "h2")
    pre = C.render_blocks(blocks[1:first_h2], sep="\n\n\n\n")
    post = C.render_blocks(blocks[first_h2:], heading=heading, table=table, sep="\n\n\n\n")
    content = modinfo + pre + "\n\n\n\n" + toc + post
    posts = "".join('<li><a href="%s/blog/%d/">%s</a></li>' % (SITE, 40 + k, C.esc(POSTS[k])) for k in s["posts"])
    rating, count = s["reviews"]
    banner = ""
    if sea:
        banner = ('<div class="ast-above-header-wrap"><div class="ast-above-header-bar site-above-header-wrap">'
                  '<div class="site-above-header-section"><p class="promo-bar">%s <a href="%s/%s/">להזמנה</a>'
                  "</p></div></div></div>\n" % (C.esc(sea[1]), SITE, sea[0]))
    mver = s["minver"]
    return ('<!DOCTYPE html>\n<html dir="rtl" lang="he-IL">\n<head>\n<meta charset="UTF-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '\t<link rel="profile" href="https://gmpg.org/xfn/11"> \n'
            "\t<!-- This site is optimized with the Yoast SEO plugin v22.3 - https://yoast.com/wordpress/plugins/seo/ "
            "-->\n\t<title>מדיניות פרטיות - ברק שירותי ניקיון</title>\n"
            '\t<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, '
            'max-video-preview:-1" />\n'
            '\t<link rel="canonical" href="%s" />\n'
            '\t<meta property="og:locale" content="he_IL" />\n'
            '\t<meta property="article:modified_time" content="%s+00:00" />\n'
            "\t<!-- / Yoast SEO plugin. -->\n"
            "<link rel='stylesheet' id='wpr-minified-css' href='%s/wp-content/cache/min/1/"
            "2f7b0e3c4a1d9e5f6b7c8a9d0e1f2a3b.css?ver=%d' media='all' />\n"
            '<script src="%s/wp-content/plugins/nagishli/assets/js/nagishli.min.js?v=2.3" id="NagishLiScript" '
            'data-lang="he" data-color="blue" defer></script>\n'
            "</head>\n\n"
            '<body itemtype=\'https://schema.org/WebPage\' itemscope=\'itemscope\' class="rtl privacy-policy '
            "page-template-default page page-id-3 wp-custom-logo ast-desktop ast-plain-container ast-no-sidebar "
            'astra-4.6.4 ast-single-post ast-inherit-site-logo-transparent ast-hfb-header">\n\n'
            '<a class="skip-link screen-reader-text" href="#content" role="link" title="דילוג לתוכן">דילוג לתוכן'
            "</a>\n\n"
            '<div class="hfeed site" id="page">\n%s'
            '\t\t<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline '
            'ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" '
            'itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">'
            '<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar '
            'ast-primary-header main-header-bar site-header-focus-item"><div class="site-primary-header-wrap '
            'ast-builder-grid-row-container site-header-focus-item ast-container"><div class="site-branding '
            'ast-site-identity"><span class="site-logo-img"><a href="%s/" class="custom-logo-link" rel="home">'
            '<img width="180" height="60" src="%s/wp-content/uploads/2021/12/barak-logo.png" class="custom-logo" '
            'alt="ברק שירותי ניקיון" decoding="async" /></a></span></div>'
            '<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" '
            'id="primary-site-navigation-desktop" aria-label="ניווט אתר"><ul id="ast-hf-menu-1" '
            'class="main-header-menu '
            'ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">'
            '<li class="menu-item"><a href="%s/" class="menu-link">דף הבית</a></li>'
            '<li class="menu-item"><a href="%s/ניקיון-משרדים/" class="menu-link">ניקיון משרדים</a></li>'
            '<li class="menu-item"><a href="%s/ניקיון-אחרי-שיפוץ/" class="menu-link">ניקיון אחרי שיפוץ</a></li>'
            '<li class="menu-item"><a href="%s/ניקוי-ספות/" class="menu-link">ניקוי ספות</a></li>'
            '<li class="menu-item"><a href="%s/צור-קשר/" class="menu-link">צור קשר</a></li></ul></nav>'
            "</div></div></div></header>\n"
            '\t<div id="content" class="site-content">\n\t\t<div class="ast-container">\n\n'
            '\t<div id="primary" class="content-area primary">\n\n\t\t\n\t\t\t\t\t<main id="main" class="site-main">\n'
            '\t\t\t\t<article class="post-3 page type-page status-publish ast-article-single" id="post-3" '
            'itemtype="https://schema.org/CreativeWork" itemscope="itemscope">\n'
            '\t<header class="entry-header ast-no-thumbnail ast-no-meta">\n\n\t\t<h1 class="entry-title" '
            'itemprop="headline">%s</h1>\t</header><!-- .entry-header -->\n\n'
            '<div class="entry-content clear" \n\t\t\t\titemprop="text"\t>\n\n\t\t\n\t\t%s\n\n\t\n\t</div>'
            "<!-- .entry-content .clear -->\n\n</article><!-- #post-## -->\n\n"
            "\t\t\t\t\t</main><!-- #main -->\n\t\t\t\n\t\t\n\t</div><!-- #primary -->\n\n\n"
            "\t</div> <!-- ast-container -->\n\t</div><!-- #content -->\n"
            '<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" '
            'itemid="#colophon"><div class="site-primary-footer-wrap ast-builder-grid-row-container '
            'site-footer-focus-item '
            'ast-builder-grid-row-3-equal ast-builder-grid-row-tablet-3-equal ast-builder-grid-row-mobile-full '
            'ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" '
            'data-section="section-primary-'
            'footer-builder"><div class="ast-builder-grid-row">'
            '<div class="footer-widget-area widget-area"><section id="recent-posts-3" class="widget '
            'widget_recent_entries">'
            '<h2 class="widget-title">מאמרים אחרונים</h2><nav aria-label="מאמרים אחרונים"><ul>%s</ul></nav></section>'
            "</div>"
            '<div class="footer-widget-area widget-area"><div class="google-reviews-badge"><span class="gr-rating">%s'
            '</span> <span class="gr-stars">★★★★★</span> <span class="gr-count">%s ביקורות בגוגל</span></div></div>'
            '<div class="footer-widget-area widget-area"><p><a href="%s/הצהרת-נגישות/">הצהרת נגישות</a> | '
            '<a href="%s/">מדיניות פרטיות</a> | <a href="#" class="cmplz-manage-consent">הגדרות עוגיות</a></p>'
            "<p>© %d ברק שירותי ניקיון בע״מ</p></div>"
            "</div></div></footer>\n"
            "\t</div><!-- #page -->\n"
            '<a href="https://wa.me/97235551234" class="whatsapp-float" target="_blank" rel="noopener" aria-label="'
            'שלחו לנו הודעה בוואטסאפ"><img src="%s/wp-content/uploads/2022/01/whatsapp.svg" alt="" width="56" '
            'height="56"></a>\n'
            "<script src='%s/wp-content/cache/min/1/0c4e9a8b7d6f5e4d3c2b1a0f9e8d7c6b.js?ver=%d' defer></script>\n"
            "</body>\n</html>\n\n"
            "<!-- This website is like a Rocket, isn't it? Performance optimized by WP Rocket. Learn more: "
            "https://wp-rocket.me - Debug: cached@%d -->"
            % (URL, saved.strftime("%Y-%m-%dT%H:%M:%S"), SITE, mver, SITE, banner, SITE, SITE, SITE, SITE, SITE,
               SITE, SITE, C.esc(blocks[0][1]), content, posts, rating, K.grp(count, ","), SITE, URL.rstrip("/"),
               when.year, SITE, SITE, mver, s["rocket"]))


PAGE = {
    "service": "Barak Cleaning", "url": URL, "lang": "he-IL", "platform": "WordPress + Astra (block editor)",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 2, 14), "end": dt.date(2026, 3, 30), "hours": (3, 4, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 12, 26), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article.page .entry-title", "article.page .entry-content"],
                    "remove": [".post-modified-info", "#ez-toc-container"]},
}
