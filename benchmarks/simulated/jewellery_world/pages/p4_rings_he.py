"""אורן יהלומים (Oren Diamonds: engagement rings and loose diamonds from a showroom in the Israel Diamond Exchange,
Ramat Gan), WordPress + WooCommerce with the Hello Elementor theme and Elementor Pro's Theme Builder, RTL. Legal pages
use one "single page" template: post title, post content (the classic editor's HTML), then a Google-reviews strip
(Trustindex shortcode, rendered server-side) and the showroom lead form, both containers the designer gave CSS
classes. The pojo one-click accessibility toolbar and the click-to-chat WhatsApp button sit around it."""
import datetime as dt
import hashlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import jwkit as K  # noqa: E402

SLUG = "%d7%9e%d7%93%d7%99%d7%a0%d7%99%d7%95%d7%aa-%d7%a4%d7%a8%d7%98%d7%99%d7%95%d7%aa"
URL = "https://www.oren-diamonds.co.il/%s/" % SLUG

POLICY = """
# מדיניות פרטיות

עודכן לאחרונה: {UPDATED}

אורן יהלומים בע"מ (להלן: "אורן יהלומים" או "אנחנו") מכבדת את פרטיותך. מדיניות זו מסבירה איזה מידע אנו אוספים כאשר את/ה גולש/ת באתר, קובע/ת פגישה באולם התצוגה שלנו בבורסת היהלומים ברמת גן או רוכש/ת טבעת אירוסין, תכשיט או יהלום, כיצד אנו משתמשים במידע ואילו זכויות עומדות לך לפי חוק הגנת הפרטיות, התשמ"א-1981 והתקנות שמכוחו. השימוש באתר כפוף גם לתקנון האתר.

## 1. מי אנחנו

@ אורן יהלומים בע"מ, ח.פ. 514823690
@ בורסת היהלומים, בניין מכבי, קומה 7, חדר 7112
@ רחוב ז'בוטינסקי 1, רמת גן 5252001
@ טלפון: 03-5751234, דוא"ל: [privacy@oren-diamonds.co.il](mailto:privacy@oren-diamonds.co.il)

## 2. איזה מידע אנו אוספים

- פרטי זיהוי וקשר: שם, מספר טלפון, כתובת דוא"ל וכתובת למשלוח.
- פרטי הזמנה: הטבעת או התכשיט שבחרת, מידת הטבעת, סוג המתכת, פרטי היהלום ותעודת המעבדה (GIA או IGI) והטקסט לחריטה.
- פרטי תשלום: אמצעי התשלום ומספר התשלומים. פרטי כרטיס האשראי נמסרים ישירות לחברת הסליקה ואינם נשמרים אצלנו.
- בקביעת פגישה באולם התצוגה: שם מלא ומספר תעודת זהות או דרכון, הנדרשים להנפקת אישור כניסה לבורסת היהלומים.
- מידע טכני: כתובת IP, סוג הדפדפן והמכשיר, העמודים שבהם ביקרת ועוגיות (cookies).

אינך חייב/ת למסור לנו מידע על פי חוק, אולם ללא פרטי הזיהוי והקשר לא נוכל לטפל בהזמנה או לתאם פגישה.

## 3. כיצד אנו משתמשים במידע

- תיאום פגישות ייעוץ ועיצוב טבעות אירוסין בהתאמה אישית;
- ביצוע ההזמנה, הפקת חשבונית ומשלוח מבוטח;
- שירות לקוחות, תיקונים, שינוי מידה וניקוי תכשיטים;
- עמידה בחובות הזיהוי, הדיווח וניהול הרשומות החלות על סוחרי אבנים יקרות לפי חוק איסור הלבנת הון, התש"ס-2000;
- שליחת עדכונים, קולקציות חדשות והטבות בדיוור, רק אם הסכמת לכך לפי סעיף 30א לחוק התקשורת (בזק ושידורים), התשמ"ב-1982.

## 4. העברת מידע לצדדים שלישיים

איננו מוכרים את המידע שלך. אנו מעבירים מידע רק לספקים הבאים, ורק במידה הנדרשת לשירות שהם נותנים לנו:

| ספק | מטרה |
| טרנזילה | סליקת כרטיסי אשראי ותשלומים |
| דואר ישראל ו-HFD | משלוח מבוטח של הזמנות |
| בורסת היהלומים הישראלית | הנפקת אישור כניסה למבקרים באולם התצוגה |
| Google Ireland (Google Analytics) | מדידת השימוש באתר |
| Meta Platforms Ireland | פרסום ממומן ורשימות קהלים |
| משרד רואי החשבון של החברה | הנהלת חשבונות ודיווח לרשויות המס |

חלק מהספקים שומרים מידע בשרתים מחוץ לישראל, בהתאם לתקנות הגנת הפרטיות (העברת מידע למאגרי מידע שמחוץ לגבולות המדינה), התשס"א-2001.

## 5. אבטחת מידע

האתר מאובטח בפרוטוקול SSL ומאגר המידע מנוהל לפי תקנות הגנת הפרטיות (אבטחת מידע), התשע"ז-2017. הגישה למידע מוגבלת לעובדים הזקוקים לו לצורך עבודתם. עם זאת, אין ביכולתנו להבטיח הגנה מוחלטת מפני חדירה בלתי מורשית.

## 6. שמירת מידע

מסמכי העסקאות נשמרים שבע שנים לפחות, כנדרש בדיני המס ובחוק איסור הלבנת הון. פרטי פגישות שלא הבשילו לרכישה נמחקים לאחר שנה. מידע לצורכי דיוור נשמר כל עוד לא ביקשת להסיר את עצמך מרשימת הדיוור, ולכל היותר שלוש שנים מהפנייה האחרונה שלך אלינו.

## 7. הזכויות שלך

את/ה רשאי/ת לעיין במידע שנשמר עליך, לבקש לתקן פרטיים שגויים או למחוק מידע שאינו נכון או שאינו מעודכן, וכן להסיר את עצמך מרשימת הדיוור בכל עת, באמצעות הקישור שבתחתית כל הודעה או בפנייה אלינו. פניות יש לשלוח לכתובת [privacy@oren-diamonds.co.il](mailto:privacy@oren-diamonds.co.il) ונשיב עליהן תוך 30 יום.

## 8. עוגיות (cookies)

האתר משתמש בעוגיות הכרחיות לפעולת סל הקניות, ובעוגיות למדידה ולפרסום. ניתן לחסום עוגיות בהגדרות הדפדפן, אך ייתכן שחלק מהאתר לא יפעל כראוי.
"""

EDITS = [
    {"note": "payment processor renamed: טרנזילה -> קארדקום",
     "repl": [("| טרנזילה | סליקת כרטיסי אשראי ותשלומים |", "| קארדקום (CardCom) | סליקת כרטיסי אשראי ותשלומים |")]},
    {"note": "typo fixed (פרטיים -> פרטים), date unchanged", "bump": False,
     "repl": [("לבקש לתקן פרטיים שגויים", "לבקש לתקן פרטים שגויים")]},
    {"note": "table row added: Bit payments",
     "repl": [("| דואר ישראל ו-HFD | משלוח מבוטח של הזמנות |",
               "| Bit (בנק הפועלים) | תשלום באמצעות אפליקציית ביט |\n| דואר ישראל ו-HFD | משלוח מבוטח של הזמנות |")]},
    {"note": "showroom moved to another building of the Diamond Exchange",
     "repl": [("@ בורסת היהלומים, בניין מכבי, קומה 7, חדר 7112", "@ בורסת היהלומים, בניין שמשון, קומה 12, חדר 1204")]},
    {"note": "marketing data retention shortened from three years to two",
     "repl": [("ולכל היותר שלוש שנים מהפנייה האחרונה", "ולכל היותר שנתיים מהפנייה האחרונה")]},
    {"note": "section added: privacy officer (Amendment 13 to the Privacy Protection Law)",
     "repl": [("## 8. עוגיות (cookies)",
               "## 8. הממונה על הגנת הפרטיות\n\n"
               "בהתאם לתיקון מס' 13 לחוק הגנת הפרטיות, מינינו ממונה על הגנת הפרטיות, עו\"ד שירה לוי. ניתן לפנות "
               "אליה בכל שאלה בנוגע למידע שלך בכתובת [dpo@oren-diamonds.co.il](mailto:dpo@oren-diamonds.co.il). "
               "במקרה של אירוע אבטחה חמור נדווח לרשות להגנת הפרטיות כנדרש בתקנות.\n\n"
               "## 9. עוגיות (cookies)")]},
]

REVIEWS = [
    ("מיכל ורון", "שירות מדהים! אורן עזר לנו לבחור יהלום לטבעת האירוסין בסבלנות אין קץ. ממליצים בחום"),
    ("אביב ל.", "קניתי טבעת אירוסין בהפתעה, המידה התאימה בול והיא פשוט מושלמת"),
    ("דניאל ש.", "מחירים הוגנים, הסבר מקצועי על התעודה של היהלום ויחס אישי"),
    ("נועה כ.", "הגענו לפגישה בבורסה, הכל היה מאורגן כולל האישור בכניסה. חוויה מעולה"),
    ("יעל מ.", "עשו לי שינוי מידה לטבעת תוך יומיים. תודה רבה!"),
    ("עומר ב.", "ליווי מקצועי מהרגע הראשון ועד שהטבעת הגיעה. תודה על הסבלנות"),
    ("שירן וגיא", "עיצבנו טבעת בהתאמה אישית והתוצאה עלתה על כל הציפיות"),
    ("תמר א.", "שקיפות מלאה לגבי איכות היהלום והמחיר. בהחלט אחזור לקנות עגילים"),
    ("אלון ד.", "הזמנתי צמיד טניס לאשתי ליום הנישואין, היא בהלם מהיופי"),
    ("מאיה ר.", "יחס חם ואדיב, קיבלנו הסבר על כל ה-4C בלי שום לחץ לקנות"),
    ("רועי פ.", "הצעתי נישואין עם הטבעת מאורן והיא אמרה כן! תודה על הכל"),
    ("הילה ז.", "ניקוי ופוליש לטבעת הישנה של סבתא, חזרה כמו חדשה"),
]
REVIEW_EPOCH = dt.datetime(2023, 6, 1, 10, 0)

VERSIONS = [  # (from, WordPress, WooCommerce, Elementor, Elementor Pro)
    (dt.date(2023, 1, 1), "6.4.2", "8.4.0", "3.18.3", "3.18.2"),
    (dt.date(2024, 2, 8), "6.4.3", "8.5.2", "3.19.2", "3.19.2"),
    (dt.date(2024, 4, 14), "6.5.2", "8.7.0", "3.21.1", "3.21.0"),
    (dt.date(2024, 7, 21), "6.6.1", "9.1.2", "3.23.1", "3.23.0"),
    (dt.date(2024, 11, 17), "6.7.1", "9.4.2", "3.25.9", "3.25.3"),
    (dt.date(2025, 4, 22), "6.8", "9.8.1", "3.28.3", "3.28.2"),
    (dt.date(2025, 7, 20), "6.8.2", "10.0.2", "3.30.2", "3.30.0"),
]

_MODIFIED = {}  # policy text -> the time the page was saved with it (Yoast's dateModified)


def fmt_date(d):
    return "%d ב%s %d" % (d.day, K.MONTHS["he"][d.month - 1], d.year)


def _promo(loc):
    d = loc.date()
    spans = [
        (dt.date(2024, 2, 1), dt.date(2024, 2, 14), "valentine", "ולנטיין: חריטה אישית מתנה על כל טבעת ותליון"),
        (dt.date(2024, 4, 15), dt.date(2024, 4, 30), "pesach", "חג פסח שמח! אולם התצוגה סגור בחג, ההזמנות באתר ממשיכות"),
        (dt.date(2024, 8, 5), dt.date(2024, 8, 19), "tubeav", "ט\"ו באב מתקרב: קופסת עץ מעוצבת ושינוי מידה חינם לטבעות אירוסין"),
        (dt.date(2024, 9, 25), dt.date(2024, 10, 6), "rosh", "שנה טובה ומתוקה! אולם התצוגה סגור בראש השנה"),
        (dt.date(2024, 12, 20), dt.date(2025, 1, 2), "hanukkah", "חנוכה שמח: 10% הנחה על עגילי יהלומים"),
        (dt.date(2025, 2, 1), dt.date(2025, 2, 14), "valentine", "ולנטיין: חריטה אישית מתנה על כל טבעת ותליון"),
        (dt.date(2025, 4, 6), dt.date(2025, 4, 21), "pesach", "חג פסח שמח! אולם התצוגה סגור בחג, ההזמנות באתר ממשיכות"),
        (dt.date(2025, 7, 27), dt.date(2025, 8, 9), "tubeav", "ט\"ו באב מתקרב: קופסת עץ מעוצבת ושינוי מידה חינם לטבעות אירוסין"),
        (dt.date(2025, 9, 15), dt.date(2025, 9, 25), "rosh", "שנה טובה ומתוקה! אולם התצוגה סגור בראש השנה"),
    ]
    for a, b, key, text in spans:
        if a <= d <= b:
            return key, text
    return "default", "משלוח מבוטח חינם לכל הארץ | עד 12 תשלומים ללא ריבית"


def _reviews(when):
    """Reviews that arrived by `when` (one about every nine days): the total and the three newest with their age."""
    arrived = []
    t = REVIEW_EPOCH
    k = 0
    while t <= when:
        arrived.append((t, k % len(REVIEWS)))
        h = hashlib.sha1(("rv%d" % k).encode()).digest()[0]
        t += dt.timedelta(days=4 + h % 11, hours=h % 7)
        k += 1
    newest = tuple((k, (when - t).days) for t, k in reversed(arrived[-3:]))
    return 231 + len(arrived), newest


def _ago(days):
    if days < 1:
        return "היום"
    if days == 1:
        return "לפני יום"
    if days == 2:
        return "לפני יומיים"
    if days < 7:
        return "לפני %d ימים" % days
    if days < 14:
        return "לפני שבוע"
    if days < 30:
        return "לפני %d שבועות" % (days // 7)
    if days < 60:
        return "לפני חודש"
    return "לפני %d חודשים" % (days // 30)


def noise(rng, when, i, prev):
    p = prev or {}
    loc = K.local(when, "il")
    tick = (C.epoch(when) + 43199) // 43200  # wp_nonce_tick(): a new nonce every 12 hours
    vers = [v for v in VERSIONS if v[0] <= loc.date()][-1][1:]
    return {
        "nonce": hashlib.md5(("%d|elementor-pro-frontend|0|oren" % tick).encode()).hexdigest()[-12:-2],
        "versions": vers,
        "tpl_css": C.keep_or(rng, p.get("tpl_css"), 0.12, lambda: str(C.epoch(when) - rng.randint(3600, 900000))),
        "promo": _promo(loc),
        "reviews": _reviews(when),
    }


LABELS = {
    "nonce": "Elementor Pro frontend nonce (WordPress nonce tick, every 12 h)",
    "versions": "WordPress / WooCommerce / Elementor versions in ?ver= and generator tags (plugin updates)",
    "tpl_css": "Elementor template CSS file ?ver= (template re-saved)",
    "promo": "header promo strip (Israeli holidays, Valentine, Tu B'Av)",
    "reviews": "Trustindex Google-reviews strip inside the template (count, newest reviews, relative dates)",
}


def _content(blocks):
    def table(rows, inl):
        head = "".join("<th>%s</th>" % inl(c) for c in rows[0])
        body = "".join("<tr>\n<td>%s</td>\n</tr>" % "</td>\n<td>".join(inl(c) for c in r) for r in rows[1:])
        return ('<figure class="wp-block-table"><table><thead><tr>%s</tr></thead><tbody>%s</tbody></table></figure>'
                % (head, body))

    return K.render_blocks(blocks, table=table, sep="\n",
                           addr=lambda lines, inl: "<p>%s</p>" % "<br />\n".join(inl(x) for x in lines))


def render(state, blocks, when):
    title, rest = K.title_and_rest(blocks)
    key = repr(blocks)
    if key not in _MODIFIED:
        _MODIFIED[key] = when - dt.timedelta(hours=6 + len(_MODIFIED) % 5 * 7)
    modified = _MODIFIED[key].strftime("%Y-%m-%dT%H:%M:%S+00:00")
    wp, wc, el, elp = state["versions"]
    site = "https://www.oren-diamonds.co.il"
    pkey, ptext = state["promo"]
    total, newest = state["reviews"]
    items = []
    for k, age in newest:
        name, text = REVIEWS[k]
        rid = hashlib.sha1(("ti%d" % k).encode()).hexdigest()[:32]
        items.append("""<div data-empty="0" class="ti-review-item source-Google ti-image-layout-thumbnail" data-id="%(rid)s"> <div class="ti-inner"> <div class="ti-review-header"> <div class="ti-platform-icon ti-with-tooltip"> <img src="https://cdn.trustindex.io/assets/platform/Google/icon.svg" alt="Google" width="20" height="20" loading="lazy" /> </div> <div class="ti-profile-img"> <img src="https://lh3.googleusercontent.com/a/ACg8oc%(img)s=w40-h40-c-rp-mo-br100" alt="%(name)s" loading="lazy" /> </div> <div class="ti-profile-details"> <div class="ti-name">%(name)s</div> <div class="ti-date">%(ago)s</div> </div> </div> <span class="ti-stars"><img class="ti-star f" src="https://cdn.trustindex.io/assets/platform/Google/star/f.svg" alt="Google" width="17" height="17" loading="lazy" /><img class="ti-star f" src="https://cdn.trustindex.io/assets/platform/Google/star/f.svg" alt="Google" width="17" height="17" loading="lazy" /><img class="ti-star f" src="https://cdn.trustindex.io/assets/platform/Google/star/f.svg" alt="Google" width="17" height="17" loading="lazy" /><img class="ti-star f" src="https://cdn.trustindex.io/assets/platform/Google/star/f.svg" alt="Google" width="17" height="17" loading="lazy" /><img class="ti-star f" src="https://cdn.trustindex.io/assets/platform/Google/star/f.svg" alt="Google" width="17" height="17" loading="lazy" /></span> <div class="ti-review-text-container ti-review-content">%(text)s</div> <span class="ti-read-more" data-container=".ti-review-content" data-collapse-text="הסתר" data-open-text="קרא עוד"></span> </div> </div>""" % {
            "rid": rid, "img": rid[:20], "name": K.esc(name), "ago": _ago(age), "text": K.esc(text)})
    doc = """<!doctype html>
<html dir="rtl" lang="he-IL">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v22.4 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>מדיניות פרטיות - אורן יהלומים</title>
	<link rel="canonical" href="%(url)s" />
	<meta property="og:locale" content="he_IL" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="מדיניות פרטיות - אורן יהלומים" />
	<meta property="og:url" content="%(url)s" />
	<meta property="og:site_name" content="אורן יהלומים" />
	<meta property="article:modified_time" content="%(modified)s" />
	<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"%(url)s","url":"%(url)s","name":"מדיניות פרטיות - אורן יהלומים","isPartOf":{"@id":"%(site)s/#website"},"datePublished":"2019-05-02T08:41:17+00:00","dateModified":"%(modified)s","breadcrumb":{"@id":"%(url)s#breadcrumb"},"inLanguage":"he-IL","potentialAction":[{"@type":"ReadAction","target":["%(url)s"]}]},{"@type":"WebSite","@id":"%(site)s/#website","url":"%(site)s/","name":"אורן יהלומים","inLanguage":"he-IL"}]}</script>
	<!-- / Yoast SEO plugin. -->

<link rel='dns-prefetch' href='//www.googletagmanager.com' />
<link rel="alternate" type="application/rss+xml" title="אורן יהלומים &laquo; פיד‏" href="%(site)s/feed/" />
<link rel='stylesheet' id='wp-block-library-rtl-css' href='%(site)s/wp-includes/css/dist/block-library/style-rtl.min.css?ver=%(wp)s' media='all' />
<link rel='stylesheet' id='woocommerce-layout-rtl-css' href='%(site)s/wp-content/plugins/woocommerce/assets/css/woocommerce-layout-rtl.css?ver=%(wc)s' media='all' />
<link rel='stylesheet' id='woocommerce-general-rtl-css' href='%(site)s/wp-content/plugins/woocommerce/assets/css/woocommerce-rtl.css?ver=%(wc)s' media='all' />
<link rel='stylesheet' id='hello-elementor-css' href='%(site)s/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='%(site)s/wp-content/plugins/elementor/assets/css/frontend-lite-rtl.min.css?ver=%(el)s' media='all' />
<link rel='stylesheet' id='elementor-post-8-css' href='%(site)s/wp-content/uploads/elementor/css/post-8.css?ver=1698230417' media='all' />
<link rel='stylesheet' id='elementor-post-241-css' href='%(site)s/wp-content/uploads/elementor/css/post-241.css?ver=%(tpl_css)s' media='all' />
<link rel='stylesheet' id='pojo-a11y-css' href='%(site)s/wp-content/plugins/pojo-accessibility/assets/css/style.min.css?ver=1.0.0' media='all' />
<link rel='stylesheet' id='ti-widget-css-google-css' href='%(site)s/wp-content/uploads/trustindex-google-widget.css?ver=1701955821' media='all' />
<script src="%(site)s/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script id="wc-add-to-cart-js-extra">
var wc_add_to_cart_params = {"ajax_url":"\\/wp-admin\\/admin-ajax.php","wc_ajax_url":"\\/?wc-ajax=%%%%endpoint%%%%","i18n_view_cart":"\\u05de\\u05e2\\u05d1\\u05e8 \\u05dc\\u05e1\\u05dc","cart_url":"https:\\/\\/www.oren-diamonds.co.il\\/cart\\/","is_cart":"","cart_redirect_after_add":"no"};
</script>
<script src="%(site)s/wp-content/plugins/woocommerce/assets/js/frontend/add-to-cart.min.js?ver=%(wc)s" id="wc-add-to-cart-js" defer data-wp-strategy="defer"></script>
<!-- Google tag (gtag.js) snippet added by Site Kit -->
<script src="https://www.googletagmanager.com/gtag/js?id=G-Q2W7E9R4T1" id="google_gtagjs-js" async></script>
<link rel="https://api.w.org/" href="%(site)s/wp-json/" /><link rel="alternate" type="application/json" href="%(site)s/wp-json/wp/v2/pages/3" />
<meta name="generator" content="WordPress %(wp)s" />
<meta name="generator" content="WooCommerce %(wc)s" />
	<noscript><style>.woocommerce-product-gallery{ opacity: 1 !important; }</style></noscript>
	<meta name="generator" content="Elementor %(el)s; features: e_optimized_css_loading, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">
<link rel="icon" href="%(site)s/wp-content/uploads/2019/05/favicon-32x32.png" sizes="32x32" />
</head>
<body class="rtl privacy-policy page-template-default page page-id-3 theme-hello-elementor woocommerce-no-js elementor-default elementor-template-full-width elementor-kit-8 elementor-page-241">

<a class="skip-link screen-reader-text" href="#content">דלג לתוכן</a>

		<div data-elementor-type="header" data-elementor-id="112" class="elementor elementor-112 elementor-location-header" data-elementor-post-type="elementor_library">
			<div class="elementor-element elementor-element-6e2f1a0 e-con-full e-flex e-con e-parent" data-id="6e2f1a0" data-element_type="container" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
				<div class="elementor-element elementor-element-0b7d3c2 elementor-widget elementor-widget-text-editor top-promo" data-id="0b7d3c2" data-element_type="widget" data-promo="%(pkey)s" data-widget_type="text-editor.default">
				<div class="elementor-widget-container">%(ptext)s</div>
				</div>
			</div>
			<div class="elementor-element elementor-element-2a9f4e1 e-flex e-con-boxed e-con e-parent" data-id="2a9f4e1" data-element_type="container">
				<div class="e-con-inner">
				<div class="elementor-element elementor-element-c81d5b7 elementor-widget elementor-widget-theme-site-logo elementor-widget-image" data-id="c81d5b7" data-element_type="widget" data-widget_type="theme-site-logo.default">
				<div class="elementor-widget-container"><a href="%(site)s"><img width="260" height="64" src="%(site)s/wp-content/uploads/2019/05/oren-logo.svg" class="attachment-full size-full wp-image-19" alt="אורן יהלומים" /></a></div>
				</div>
				<div class="elementor-element elementor-element-f03a6d4 elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu" data-id="f03a6d4" data-element_type="widget" data-settings="{&quot;layout&quot;:&quot;horizontal&quot;}" data-widget_type="nav-menu.default">
				<div class="elementor-widget-container">
			<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade">
				<ul id="menu-1-f03a6d4" class="elementor-nav-menu"><li class="menu-item menu-item-type-taxonomy menu-item-object-product_cat menu-item-31"><a href="%(site)s/product-category/engagement-rings/" class="elementor-item">טבעות אירוסין</a></li>
<li class="menu-item menu-item-type-taxonomy menu-item-object-product_cat menu-item-32"><a href="%(site)s/product-category/wedding-bands/" class="elementor-item">טבעות נישואין</a></li>
<li class="menu-item menu-item-type-taxonomy menu-item-object-product_cat menu-item-33"><a href="%(site)s/product-category/earrings/" class="elementor-item">עגילים</a></li>
<li class="menu-item menu-item-type-taxonomy menu-item-object-product_cat menu-item-34"><a href="%(site)s/product-category/loose-diamonds/" class="elementor-item">יהלומים</a></li>
<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-35"><a href="%(site)s/%%d7%%aa%%d7%%90%%d7%%9d-%%d7%%a4%%d7%%92%%d7%%99%%d7%%a9%%d7%%94/" class="elementor-item">תיאום פגישה</a></li>
</ul>			</nav>
				</div>
				</div>
				<div class="elementor-element elementor-element-9e1c0f3 elementor-widget elementor-widget-woocommerce-menu-cart" data-id="9e1c0f3" data-element_type="widget" data-widget_type="woocommerce-menu-cart.default">
				<div class="elementor-widget-container"><div class="elementor-menu-cart__wrapper"><div class="elementor-menu-cart__toggle_wrapper"><div class="elementor-menu-cart__toggle elementor-button-wrapper"><a id="elementor-menu-cart__toggle_button" href="#" class="elementor-menu-cart__toggle_button elementor-button elementor-size-sm" aria-expanded="false"><span class="elementor-button-text"><span class="woocommerce-Price-amount amount"><bdi>0.00&nbsp;<span class="woocommerce-Price-currencySymbol">&#8362;</span></bdi></span></span><span class="elementor-button-icon"><span class="elementor-button-icon-qty" data-counter="0">0</span><i class="eicon-bag-light"></i><span class="elementor-screen-only">עגלה</span></span></a></div></div></div></div>
				</div>
				</div>
			</div>
		</div>
		<div data-elementor-type="single-page" data-elementor-id="241" class="elementor elementor-241 elementor-location-single post-3 page type-page status-publish hentry" data-elementor-post-type="elementor_library">
			<div class="elementor-element elementor-element-3f8b2d1 e-flex e-con-boxed e-con e-parent" data-id="3f8b2d1" data-element_type="container">
				<div class="e-con-inner">
				<div class="elementor-element elementor-element-7c4e9a2 elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading" data-id="7c4e9a2" data-element_type="widget" data-widget_type="theme-post-title.default">
				<div class="elementor-widget-container">
			<h1 class="elementor-heading-title elementor-size-default">%(title)s</h1>		</div>
				</div>
				<div class="elementor-element elementor-element-d52a0f8 elementor-widget elementor-widget-theme-post-content" data-id="d52a0f8" data-element_type="widget" data-widget_type="theme-post-content.default">
				<div class="elementor-widget-container">
%(content)s
				</div>
				</div>
				</div>
			</div>
			<div class="elementor-element elementor-element-8a1e5c3 e-flex e-con-boxed e-con e-parent reviews-section" data-id="8a1e5c3" data-element_type="container" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
				<div class="e-con-inner">
				<div class="elementor-element elementor-element-b29d7f6 elementor-widget elementor-widget-heading" data-id="b29d7f6" data-element_type="widget" data-widget_type="heading.default">
				<div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">מה הלקוחות שלנו אומרים</h2></div>
				</div>
				<div class="elementor-element elementor-element-e47c2b0 elementor-widget elementor-widget-shortcode" data-id="e47c2b0" data-element_type="widget" data-widget_type="shortcode.default">
				<div class="elementor-widget-container">
		<div class="elementor-shortcode"><div class="ti-widget ti-goog ti-review-text-mode-readmore" data-no-translation="true" data-layout-id="4" data-layout-category="slider" data-set-id="light-background" data-pid="" data-language="he" data-review-target-width="300" data-css-version="2" data-reply-by-locale="תגובת בעלים" data-pager-autoplay-timeout="6"> <div class="ti-widget-container ti-col-3"> <div class="ti-footer ti-footer-grid source-Google"> <div class="ti-fade-container"> <div class="ti-rating-text"> <strong class="ti-rating ti-rating-large">מצוין</strong> </div> <span class="ti-stars star-lg"><img class="ti-star f" src="https://cdn.trustindex.io/assets/platform/Google/star/f.svg" alt="Google" width="17" height="17" loading="lazy" /><img class="ti-star f" src="https://cdn.trustindex.io/assets/platform/Google/star/f.svg" alt="Google" width="17" height="17" loading="lazy" /><img class="ti-star f" src="https://cdn.trustindex.io/assets/platform/Google/star/f.svg" alt="Google" width="17" height="17" loading="lazy" /><img class="ti-star f" src="https://cdn.trustindex.io/assets/platform/Google/star/f.svg" alt="Google" width="17" height="17" loading="lazy" /><img class="ti-star f" src="https://cdn.trustindex.io/assets/platform/Google/star/f.svg" alt="Google" width="17" height="17" loading="lazy" /></span> <div class="ti-rating-text"> <span class="nowrap">על סמך <strong>%(total)d ביקורות</strong></span> </div> <div class="ti-large-logo"> <div class="ti-v-center"> <img class="ti-logo-fb" src="https://cdn.trustindex.io/assets/platform/Google/logo.svg" width="150" height="25" loading="lazy" alt="Google" /> </div> </div> </div> </div> <div class="ti-reviews-container"> <div class="ti-reviews-container-wrapper"> %(items)s </div> </div> </div> </div></div>
				</div>
				</div>
				</div>
			</div>
			<div class="elementor-element elementor-element-5d0f8e4 e-flex e-con-boxed e-con e-parent lead-section" data-id="5d0f8e4" data-element_type="container">
				<div class="e-con-inner">
				<div class="elementor-element elementor-element-a61c3e9 elementor-widget elementor-widget-heading" data-id="a61c3e9" data-element_type="widget" data-widget_type="heading.default">
				<div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">רוצים לתאם פגישה באולם התצוגה בבורסה?</h2></div>
				</div>
				<div class="elementor-element elementor-element-0e93b6d elementor-button-align-stretch elementor-widget elementor-widget-form" data-id="0e93b6d" data-element_type="widget" data-settings="{&quot;step_next_label&quot;:&quot;\\u05d4\\u05d1\\u05d0&quot;,&quot;button_width&quot;:&quot;100&quot;}" data-widget_type="form.default">
				<div class="elementor-widget-container">
		<form class="elementor-form" method="post" name="פגישה בבורסה">
			<input type="hidden" name="post_id" value="241"/>
			<input type="hidden" name="form_id" value="0e93b6d"/>
			<input type="hidden" name="referer_title" value="מדיניות פרטיות" />
			<input type="hidden" name="queried_id" value="3"/>
			<div class="elementor-form-fields-wrapper elementor-labels-">
				<div class="elementor-field-type-text elementor-field-group elementor-column elementor-field-group-name elementor-col-33"><label for="form-field-name" class="elementor-field-label elementor-screen-only">שם מלא</label><input size="1" type="text" name="form_fields[name]" id="form-field-name" class="elementor-field elementor-size-sm  elementor-field-textual" placeholder="שם מלא"></div>
				<div class="elementor-field-type-tel elementor-field-group elementor-column elementor-field-group-phone elementor-col-33 elementor-field-required"><label for="form-field-phone" class="elementor-field-label elementor-screen-only">טלפון</label><input size="1" type="tel" name="form_fields[phone]" id="form-field-phone" class="elementor-field elementor-size-sm  elementor-field-textual" placeholder="טלפון" required="required" aria-required="true" pattern="[0-9()#&amp;+*-=.]+" title="Only numbers and phone characters (#, -, *, etc) are accepted."></div>
				<div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-33 e-form__buttons"><button type="submit" class="elementor-button elementor-size-sm"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">חזרו אליי</span></span></button></div>
			</div>
		</form>
				</div>
				</div>
				</div>
			</div>
		</div>
		<div data-elementor-type="footer" data-elementor-id="118" class="elementor elementor-118 elementor-location-footer" data-elementor-post-type="elementor_library">
			<div class="elementor-element elementor-element-4b7a2e9 e-flex e-con-boxed e-con e-parent" data-id="4b7a2e9" data-element_type="container">
				<div class="e-con-inner">
				<div class="elementor-element elementor-element-1d6f3c8 elementor-widget elementor-widget-text-editor" data-id="1d6f3c8" data-element_type="widget" data-widget_type="text-editor.default">
				<div class="elementor-widget-container"><p>אולם התצוגה: בורסת היהלומים, רמת גן | א'-ה' 09:00-17:00 | <a href="tel:035751234">03-5751234</a></p><p><a href="%(site)s/%%d7%%aa%%d7%%a7%%d7%%a0%%d7%%95%%d7%%9f/">תקנון</a> | <a href="%(url)s">מדיניות פרטיות</a> | <a href="%(site)s/%%d7%%94%%d7%%a6%%d7%%94%%d7%%a8%%d7%%aa-%%d7%%a0%%d7%%92%%d7%%99%%d7%%a9%%d7%%95%%d7%%aa/">הצהרת נגישות</a></p><p>© כל הזכויות שמורות לאורן יהלומים בע"מ</p></div>
				</div>
				</div>
			</div>
		</div>
<nav id="pojo-a11y-toolbar" class="pojo-a11y-toolbar-left pojo-a11y-" role="navigation">
	<div class="pojo-a11y-toolbar-toggle"><a class="pojo-a11y-toolbar-link pojo-a11y-toolbar-toggle-link" href="javascript:void(0);" title="כלי נגישות" role="button"><span class="pojo-sr-only sr-only">פתח סרגל כלים</span></a></div>
	<div class="pojo-a11y-toolbar-overlay"><div class="pojo-a11y-toolbar-inner"><p class="pojo-a11y-toolbar-title">כלי נגישות</p><ul class="pojo-a11y-toolbar-items pojo-a11y-tools"><li class="pojo-a11y-toolbar-item"><a href="#" class="pojo-a11y-toolbar-link pojo-a11y-btn-resize-font pojo-a11y-btn-resize-plus" data-action="resize-plus" data-action-group="resize" tabindex="-1" role="button"><span class="pojo-a11y-toolbar-text">הגדל טקסט</span></a></li><li class="pojo-a11y-toolbar-item"><a href="#" class="pojo-a11y-toolbar-link pojo-a11y-btn-resize-font pojo-a11y-btn-resize-minus" data-action="resize-minus" data-action-group="resize" tabindex="-1" role="button"><span class="pojo-a11y-toolbar-text">הקטן טקסט</span></a></li><li class="pojo-a11y-toolbar-item"><a href="#" class="pojo-a11y-toolbar-link pojo-a11y-btn-background-group pojo-a11y-btn-grayscale" data-action="grayscale" data-action-group="schema" tabindex="-1" role="button"><span class="pojo-a11y-toolbar-text">גווני אפור</span></a></li><li class="pojo-a11y-toolbar-item"><a href="#" class="pojo-a11y-toolbar-link pojo-a11y-btn-background-group pojo-a11y-btn-high-contrast" data-action="high-contrast" data-action-group="schema" tabindex="-1" role="button"><span class="pojo-a11y-toolbar-text">ניגודיות גבוהה</span></a></li><li class="pojo-a11y-toolbar-item"><a href="#" class="pojo-a11y-toolbar-link pojo-a11y-btn-links-underline" data-action="links-underline" data-action-group="toggle" tabindex="-1" role="button"><span class="pojo-a11y-toolbar-text">הדגשת קישורים</span></a></li><li class="pojo-a11y-toolbar-item"><a href="#" class="pojo-a11y-toolbar-link pojo-a11y-btn-reset" data-action="reset" tabindex="-1" role="button"><span class="pojo-a11y-toolbar-text">איפוס</span></a></li></ul></div></div>
</nav>
<div class="ht-ctc ht-ctc-chat ctc-analytics ctc_wp_desktop style-2" id="ht-ctc-chat" style="display: none;  position: fixed; bottom: 15px; left: 15px;"><div class="ht_ctc_style ht_ctc_chat_style"><div title="דברו איתנו בוואטסאפ" style="display: flex; justify-content: center; align-items: center;" class="ctc-analytics ctc_s_2"><p class="ctc-analytics ctc_cta ctc_cta_stick ht-ctc-cta" style="padding: 0px 16px; line-height: 1.6; font-size: 15px; background-color: #25D366; color: #ffffff; border-radius:10px; margin:0 10px; display: none; order: 1;">דברו איתנו בוואטסאפ</p></div></div></div>
<span class="ht_ctc_chat_data" data-no_number="" data-settings="{&quot;number&quot;:&quot;972525751234&quot;,&quot;pre_filled&quot;:&quot;\\u05e9\\u05dc\\u05d5\\u05dd, \\u05d0\\u05e9\\u05de\\u05d7 \\u05dc\\u05e4\\u05e8\\u05d8\\u05d9\\u05dd&quot;,&quot;dis_m&quot;:&quot;show&quot;,&quot;dis_d&quot;:&quot;show&quot;,&quot;css&quot;:&quot;display: none; cursor: pointer; z-index: 99999999;&quot;,&quot;pos_d&quot;:&quot;position: fixed; bottom: 15px; left: 15px;&quot;,&quot;schedule&quot;:&quot;no&quot;,&quot;se&quot;:150,&quot;ani&quot;:&quot;no-animations&quot;,&quot;url_target_d&quot;:&quot;_blank&quot;,&quot;ga&quot;:&quot;yes&quot;,&quot;fb&quot;:&quot;yes&quot;}"></span>
	<script type='text/javascript'>
		(function () {
			var c = document.body.className;
			c = c.replace(/woocommerce-no-js/, 'woocommerce-js');
			document.body.className = c;
		})();
	</script>
<script id="pojo-a11y-js-extra">
var PojoA11yOptions = {"focusable":"","remove_link_target":"","add_role_links":"1","enable_save":"1","save_expiration":"12"};
</script>
<script src="%(site)s/wp-content/plugins/pojo-accessibility/assets/js/app.min.js?ver=1.0.0" id="pojo-a11y-js"></script>
<script src="%(site)s/wp-content/plugins/elementor-pro/assets/js/webpack-pro.runtime.min.js?ver=%(elp)s" id="elementor-pro-webpack-runtime-js"></script>
<script src="%(site)s/wp-content/plugins/elementor/assets/js/webpack.runtime.min.js?ver=%(el)s" id="elementor-webpack-runtime-js"></script>
<script src="%(site)s/wp-content/plugins/elementor/assets/js/frontend-modules.min.js?ver=%(el)s" id="elementor-frontend-modules-js"></script>
<script id="elementor-pro-frontend-js-before">
var ElementorProFrontendConfig = {"ajaxurl":"https:\\/\\/www.oren-diamonds.co.il\\/wp-admin\\/admin-ajax.php","nonce":"%(nonce)s","urls":{"assets":"https:\\/\\/www.oren-diamonds.co.il\\/wp-content\\/plugins\\/elementor-pro\\/assets\\/","rest":"https:\\/\\/www.oren-diamonds.co.il\\/wp-json\\/"},"shareButtonsNetworks":{"facebook":{"title":"Facebook","has_counter":true},"whatsapp":{"title":"WhatsApp"}},"woocommerce":{"menu_cart":{"cart_page_url":"https:\\/\\/www.oren-diamonds.co.il\\/cart\\/","checkout_page_url":"https:\\/\\/www.oren-diamonds.co.il\\/checkout\\/","fragments_nonce":"%(nonce2)s"}},"facebook_sdk":{"lang":"he_IL","app_id":""},"lottie":{"defaultAnimationUrl":"https:\\/\\/www.oren-diamonds.co.il\\/wp-content\\/plugins\\/elementor-pro\\/modules\\/lottie\\/assets\\/animations\\/default.json"}};
</script>
<script src="%(site)s/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=%(elp)s" id="elementor-pro-frontend-js"></script>
<script src="%(site)s/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=%(el)s" id="elementor-frontend-js"></script>
<script src="%(site)s/wp-content/plugins/wp-trustindex/static/js/loader.js?ver=%(wp)s" id="trustindex-loader-js-js" defer data-wp-strategy="defer"></script>

</body>
</html>
""" % {"url": URL, "site": site, "modified": modified, "wp": wp, "wc": wc, "el": el, "elp": elp,
       "tpl_css": state["tpl_css"], "pkey": pkey, "ptext": K.esc(ptext), "title": K.esc(title),
       "content": _content(rest), "total": total, "items": " ".join(items), "nonce": state["nonce"],
       "nonce2": hashlib.md5(state["nonce"].encode()).hexdigest()[:10]}
    return doc


PAGE = {
    "service": "Oren Diamonds",
    "url": URL,
    "lang": "he",
    "platform": "WordPress + WooCommerce, Hello Elementor theme, Elementor Pro Theme Builder, RTL",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "nginx"), ("Link", '<https://www.oren-diamonds.co.il/wp-json/>; rel="https://api.w.org/"'),
                      ("X-Powered-By", "uPress"), ("Vary", "Accept-Encoding")],
    "n": 28,
    "start": dt.date(2024, 1, 8),
    "end": dt.date(2025, 10, 28),
    "hours": (3, 15),
    "policy": POLICY,
    "first_updated": dt.date(2023, 8, 30),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": URL,
        "select": "[data-elementor-type=\"single-page\"]",
        "remove": [".reviews-section", ".lead-section"],
    },
}
