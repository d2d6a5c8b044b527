"""Israeli restaurant-reservation platform on SvelteKit (adapter-node, SSR) with Contentful rich text, in Hebrew
(RTL).

The declaration selects `article.legal` and removes `.promo-card`: the layout drops a "restaurant of the week"
card with today's booking count between the policy's sections, inside the article (a curator removes it). Also
inside the article: the scoped `svelte-*` class hashes of the legal components, which change with builds that touch
their styles (attribute-only). Beside it: the header's "tables free tonight" counter, immutable chunk hashes and the
`__sveltekit_*` global per build, and the hydration data with the entry's revision. Contentful renders list items
and table cells with inner <p> (rendered by rich-text components, so the scoped classes sit on the policy's own
headings, paragraphs, lists and tables)."""
import datetime as dt
import html
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

HE_MONTHS = ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר",
             "דצמבר"]


def fmt_date(d):
    return "%d ב%s %d" % (d.day, HE_MONTHS[d.month - 1], d.year)


POLICY = """
# מדיניות פרטיות

עודכן לאחרונה: {UPDATED}

שולחני טכנולוגיות בע"מ ("שולחני" או "אנחנו") מפעילה את האתר ואת האפליקציה שולחני, המאפשרים להזמין מקום במסעדות, לצפות בתפריטים ולהצטרף לרשימות המתנה. מדיניות זו מסבירה איזה מידע אנו אוספים עליך, כיצד אנו משתמשים בו, עם מי אנו משתפים אותו ומהן זכויותיך לפי חוק הגנת הפרטיות, התשמ"א-1981, והתקנות שהותקנו מכוחו. השימוש בשירות מהווה הסכמה למדיניות זו, ולכן אנו ממליצים לקרוא אותה בעיון.

## 1. מי אנחנו

@ שולחני טכנולוגיות בע"מ
@ ח.פ. 516234789
@ דרך מנחם בגין 132, תל אביב-יפו 6701101
@ דוא"ל: [privacy@shulchani.co.il](mailto:privacy@shulchani.co.il)

## 2. המידע שאנו אוספים

- **פרטי חשבון:** שם, מספר טלפון נייד, כתובת דוא"ל ותאריך לידה (לצורך הטבות יום הולדת, אם בחרת למסור אותו).
- **פרטי הזמנה:** המסעדה, התאריך והשעה, מספר הסועדים, העדפות ישיבה והערות למסעדה, למשל רגישויות למזון או אירוע מיוחד.
- **פרטי תשלום:** כאשר מסעדה דורשת פיקדון או מספר כרטיס אשראי כביטחון, פרטי הכרטיס נשמרים אצל חברת הסליקה בלבד.
- **מידע על השימוש בשירות:** מסעדות שחיפשת או שמרת, ביקורות שכתבת והיסטוריית ההזמנות שלך.
- **מידע טכני ומיקום:** כתובת IP, סוג המכשיר, מזהה פרסום, ומיקום מדויק אם אישרת זאת באפליקציה.

## 3. כיצד אנו משתמשים במידע

| מטרה | דוגמאות |
| ביצוע וניהול הזמנות | העברת פרטי ההזמנה למסעדה, שליחת אישור ותזכורת במסרון |
| רשימות המתנה | עדכון בזמן אמת כאשר מתפנה שולחן |
| שירות לקוחות | מענה לפניות ובירור תלונות |
| התאמה אישית | המלצות על מסעדות לפי הזמנות קודמות ולפי מיקומך |
| דיוור שיווקי | ניוזלטר ומבצעים, רק אם הסכמת לכך, בהתאם לסעיף 30א לחוק התקשורת |
| אבטחה ומניעת הונאות | זיהוי הזמנות כפולות ואי-הגעה חוזרת ללא ביטול |

מסרוני אישור ותזכורת הם חלק מהשירות ונשלחים גם אם לא הסכמת לקבל דיוור שיווקי. הודעות בדחיפה באפליקציה, למשל על שולחן שהתפנה ברשימת ההמתנה או על מבצע במסעדה ששמרת, נשלחות רק אם אישרת זאת במכשיר, וניתן לבטל אותן בכל עת בהגדרות הטלפון.

## 4. מה המסעדה מקבלת

כאשר את/ה מזמין/ה מקום, המסעדה מקבלת את שמך, מספר הטלפון, מספר הסועדים וההערות שכתבת. המסעדה רשאית להוסיף הערות משלה על הביקור, למשל אורח קבוע או אי-הגעה. כל מסעדה אחראית לשימוש שהיא עושה במידע שהועבר אליה, בהתאם למדיניות הפרטיות שלה.

ביקורות ודירוגים שאת/ה כותב/ת על מסעדות מתפרסמים באתר ובאפליקציה יחד עם השם הפרטי והאות הראשונה של שם המשפחה שלך. המסעדה רשאית להגיב לביקורת באופן פומבי. ניתן למחוק ביקורת בכל עת מתוך אזור "ההזמנות שלי".

מסעדות רבות משתמשות במערכת ניהול השולחנות של שולחני גם עבור הזמנות שהתקבלו בטלפון או הגיעו ללא הזמנה. במקרים אלה המסעדה היא האחראית למידע, ואנו מעבדים אותו עבורה בלבד ולפי הוראותיה. פניות בנוגע למידע כזה יש להפנות ישירות למסעדה.

## 5. שיתוף מידע עם צדדים שלישיים

איננו מוכרים מידע אישי. אנו משתפים מידע רק במקרים הבאים:

- עם ספקי שירות הפועלים מטעמנו: Amazon Web Services (אחסון בענן), Twilio (שליחת מסרונים), Braze (דיוור והודעות בדחיפה), CreditGuard (סליקת כרטיסי אשראי) ו-Google (ניתוח שימוש באמצעות Firebase).
- עם רשויות מוסמכות, כאשר הדבר נדרש על פי דין או צו שיפוטי.
- במקרה של מיזוג, רכישה או מכירת פעילות, ובלבד שהגוף הנעבר יתחייב לכללי מדיניות זו.

## 6. העברת מידע אל מחוץ לישראל

חלק מספקי השירות שלנו מאחסנים מידע בשרתים באיחוד האירופי ובארצות הברית. העברת המידע נעשית בהתאם לתקנות הגנת הפרטיות (העברת מידע אל מאגרי מידע שמחוץ לגבולות המדינה), התשס"א-2001, ובכפוף להתחייבות הספקים לשמור על המידע.

## 7. כמה זמן אנו שומרים מידע

- פרטי הזמנות: 3 שנים ממועד ההזמנה.
- פרטי חשבון: עד למחיקת החשבון, ולאחר מכן עד 90 יום בגיבויים.
- ביקורות: כל עוד הן מפורסמות באתר.
- תיעוד פניות לשירות הלקוחות: שנתיים.

## 8. אבטחת מידע

אנו נוקטים אמצעים סבירים ומקובלים לאבטחת המידע, בהתאם לתקנות הגנת הפרטיות (אבטחת מידע), התשע"ז-2017, ובהם הצפנה, בקרת גישה והרשאות, וניטור מערכות. עם זאת, אין מערכת חסינה לחלוטין, ואיננו יכולים להבטיח שהמידע לא ייחשף לעולם.

## 9. הזכויות שלך

- זכות לעיין במידע עליך המוחזק במאגר שלנו (סעיף 13 לחוק).
- זכות לבקש תיקון או מחיקה של מידע שאינו נכון, שלם, ברור או מעודכן (סעיף 14 לחוק).
- זכות לבקש להסיר אותך מרשימת הדיוור בכל עת, באמצעות הקישור שבתחתית כל הודעה.
- משתמשים מהאיחוד האירופי זכאים גם לזכויות הקבועות ב-GDPR, ובהן הזכות לניידות מידע ולהגבלת העיבוד.

לפניות בנושא זכויותיך ניתן לכתוב אלינו לכתובת הדוא"ל שבסעיף 1. אם אינך מרוצה מהטיפול, ניתן לפנות לרשות להגנת הפרטיות במשרד המשפטים.

## 10. קטינים

השירות מיועד לבני 18 ומעלה. איננו אוספים ביודעין מידע על קטינים, ואם נודע לנו שנמסר לנו מידע כזה, נמחק אותו.

## 11. עוגיות (Cookies)

אנו משתמשים בעוגיות הכרחיות להפעלת האתר, ובכפוף להסכמתך גם בעוגיות לניתוח שימוש ולפרסום. ניתן לשנות את ההעדפות בכל עת דרך "הגדרות עוגיות" בתחתית העמוד.

## 12. שינויים במדיניות

אנו עשויים לעדכן מדיניות זו מעת לעת. על שינויים מהותיים נודיע באפליקציה או בדוא"ל לפני כניסתם לתוקף. המשך השימוש בשירות לאחר כניסת השינויים לתוקף מהווה הסכמה למדיניות המעודכנת.

## 13. יצירת קשר

לכל שאלה בנוגע למדיניות זו או למידע שאנו מחזיקים עליך ניתן לפנות אלינו בדוא"ל [privacy@shulchani.co.il](mailto:privacy@shulchani.co.il), בטלפון 03-7654321 בימים א'-ה' בין השעות 9:00 ל-17:00, או בדואר לכתובת המשרדים שלנו. נשתדל להשיב לכל פנייה תוך 30 יום.
"""

EDITS = [
    {"note": "WhatsApp added to the list of service providers",
     "repl": [("Twilio (שליחת מסרונים)", "Twilio (שליחת מסרונים והודעות WhatsApp)")]},
    {"note": "wording fix without a new date (לאבטחת המידע -> לאבטחת מידע)", "bump": False,
     "repl": [("אנו נוקטים אמצעים סבירים ומקובלים לאבטחת המידע", "אנו נוקטים אמצעים סבירים ומקובלים לאבטחת מידע")]},
    {"note": "booking retention shortened from 3 to 2 years",
     "repl": [("- פרטי הזמנות: 3 שנים ממועד ההזמנה.", "- פרטי הזמנות: שנתיים ממועד ההזמנה.")]},
    {"note": "office moved (address line changed)",
     "repl": [("@ דרך מנחם בגין 132, תל אביב-יפו 6701101", "@ רחוב יגאל אלון 94, תל אביב-יפו 6789139")]},
    {"note": "Amendment 13: new section on the privacy protection officer (sections renumbered)",
     "repl": [("## 10. קטינים", "## 10. הממונה על הגנת הפרטיות\n\n"
               "בהתאם לתיקון 13 לחוק הגנת הפרטיות מינינו ממונה על הגנת הפרטיות, האחראי לפיקוח על יישום מדיניות זו "
               "ולטיפול בפניות בנושא פרטיות. ניתן לפנות אליו בכתובת [dpo@shulchani.co.il](mailto:dpo@shulchani.co.il)."
               "\n\n## 11. קטינים"),
              ("## 13. יצירת קשר", "## 14. יצירת קשר"),
              ("## 11. עוגיות (Cookies)", "## 12. עוגיות (Cookies)"), ("## 12. שינויים במדיניות", "## 13. שינויים במדיניות")]},
]

RESTAURANTS = [("ברזל וגחלים", "תל אביב"), ("סבתא רוזה", "ירושלים"), ("הדייג מיפו", "תל אביב-יפו"), ("גפן ושקד", "זכרון יעקב"),
               ("זעתר", "עכו"), ("הנמל 12", "חיפה"), ("מטבח לילה", "תל אביב"), ("בית הלחם", "ירושלים"), ("שקמה", "באר שבע")]


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}
    mk = lambda: {"start": C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                  "app": C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                  "nodes": [C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(3)],
                  "css": C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                  "kit": C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789")}
    st["build"] = C.keep_or(rng, prev.get("build"), 0.25, mk)
    st["svelte"] = C.keep_or(rng, prev.get("svelte"), 0.12, lambda: tuple(C.alnum(rng, 7, "abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(3)))
    week = when.isocalendar()[1]
    st["promo"] = ((week * 7 + when.year) % len(RESTAURANTS), rng.randint(14, 260))
    il = when + dt.timedelta(hours=3 if 4 <= when.month <= 10 else 2)
    st["tonight"] = rng.randint(90, 420) if il.hour < 21 else rng.randint(20, 120)
    return st


LABELS = {"build": "SvelteKit immutable chunk hashes and __sveltekit global",
          "svelte": "svelte-* scoped class hashes (inside article)",
          "promo": "restaurant-of-the-week card with today's bookings (inside article, removed)",
          "tonight": "free-tables-tonight counter (header)"}


def contentful(blocks, sv):
    cls = ' class="svelte-%s"' % sv
    out = []
    for kind, v in blocks:
        if kind in ("ul", "ol"):
            out.append("<ul%s>%s</ul>" % (cls, "".join("<li><p>%s</p></li>" % C.inline_html(x) for x in v)))
        elif kind == "table":
            out.append("<table%s><tbody>%s%s</tbody></table>" % (
                cls, "<tr>%s</tr>" % "".join("<th><p>%s</p></th>" % C.inline_html(x) for x in v[0]),
                "".join("<tr>%s</tr>" % "".join("<td><p>%s</p></td>" % C.inline_html(x) for x in r) for r in v[1:])))
        elif kind == "addr":
            out.append("<p%s>%s</p>" % (cls, "<br>".join(C.inline_html(x) for x in v)))
        elif kind in ("h2", "h3"):
            out.append('<%s id="%s"%s>%s</%s>' % (kind, "s-" + C.det_sha(v)[:6], cls, C.inline_html(v), kind))
        else:
            out.append("<p%s>%s</p>" % (cls, C.inline_html(v)))
    return "".join(out)


def render(state, blocks, when):
    b = state["build"]
    s_page, s_art, s_promo = state["svelte"]
    title = blocks[0][1]
    updated = blocks[1][1]
    head, secs = C.split_sections(blocks[2:])
    parts = [contentful(head, s_art)]
    pr, count = state["promo"]
    name, city = RESTAURANTS[pr]
    for n, (h, body) in enumerate(secs):
        parts.append(contentful([("h2", h)] + body, s_art))
        if n == 2:
            parts.append('<aside class="promo-card svelte-%s" aria-label="מסעדת השבוע"><img src="https://images.ctfassets.net/x7k2m9q4w1zp/%s/restaurant.jpg?w=320&amp;fm=webp" alt="" class="svelte-%s"> '
                         '<div class="promo-card__body svelte-%s"><span class="promo-card__kicker svelte-%s">מסעדת השבוע</span> '
                         '<h3 class="svelte-%s">%s, %s</h3> <p class="svelte-%s">%d הזמנות היום דרך שולחני</p> '
                         '<a href="/r/%s" class="btn svelte-%s">להזמנת שולחן</a></div></aside>'
                         % (s_promo, C.det_sha("img", pr)[:22], s_promo, s_promo, s_promo, s_promo, html.escape(name),
                            html.escape(city), s_promo, count, C.det_sha("slug", pr)[:8], s_promo))
    body = "".join(parts)
    free = state["tonight"]
    rev = int(C.det_sha(body)[:3], 16) % 40 + 7
    data = ('[null,{type:"data",data:{entry:{id:"4mQx2kLp9TfZ1vR8wNcY3b",title:%s,slug:"privacy",revision:%d,locale:"he"},'
            'seo:{title:"מדיניות פרטיות | שולחני",noindex:false}},uses:{params:["slug"]}}]' % (json.dumps(title, ensure_ascii=False), rev))
    nodes = b["nodes"]
    return """<!doctype html>
<html lang="he" dir="rtl">
	<head>
		<meta charset="utf-8" />
		<link rel="icon" href="/favicon.png" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<link rel="manifest" href="/manifest.webmanifest" />
		<meta name="apple-itunes-app" content="app-id=1482367514" />
		
		<link href="/_app/immutable/assets/0.%(css)s.css" rel="stylesheet">
		<link href="/_app/immutable/assets/Legal.%(css)s.css" rel="stylesheet">
		<link rel="modulepreload" href="/_app/immutable/entry/start.%(start)s.js">
		<link rel="modulepreload" href="/_app/immutable/chunks/entry.%(n0)s.js">
		<link rel="modulepreload" href="/_app/immutable/chunks/scheduler.%(n1)s.js">
		<link rel="modulepreload" href="/_app/immutable/entry/app.%(app)s.js">
		<link rel="modulepreload" href="/_app/immutable/nodes/0.%(n2)s.js">
		<link rel="modulepreload" href="/_app/immutable/nodes/7.%(n0)s.js"><!-- HEAD_svelte-1u3x9kq_START --><title>מדיניות פרטיות | שולחני</title><meta name="description" content="איך שולחני אוספת, משתמשת ומגינה על המידע שלך."><link rel="canonical" href="https://www.shulchani.co.il/privacy"><!-- HEAD_svelte-1u3x9kq_END -->
		<script async src="https://www.googletagmanager.com/gtag/js?id=G-7RZK3M1QX2"></script>
		<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('consent','default',{ad_storage:'denied',analytics_storage:'denied'});gtag('js',new Date());gtag('config','G-7RZK3M1QX2');</script>
	</head>
	<body data-sveltekit-preload-data="hover">
		<div style="display: contents">   <header class="site-header svelte-1k8v2zq"><a href="/" class="logo svelte-1k8v2zq" aria-label="שולחני - לדף הבית"><img src="/logo.svg" alt="שולחני" width="120" height="36" class="svelte-1k8v2zq"></a> <nav class="svelte-1k8v2zq"><a href="/restaurants" class="svelte-1k8v2zq">מסעדות</a> <a href="/tonight" class="svelte-1k8v2zq">פנוי הערב</a> <a href="/gift-card" class="svelte-1k8v2zq">כרטיס מתנה</a> <a href="/for-restaurants" class="svelte-1k8v2zq">למסעדות</a></nav> <div class="tonight-pill svelte-1k8v2zq" role="status"><span class="dot svelte-1k8v2zq"></span> הערב: %(free)d מסעדות עם מקום פנוי</div> <a href="/login" class="btn-login svelte-1k8v2zq">כניסה</a></header>  <main class="svelte-%(s_page)s"><article class="legal svelte-%(s_art)s"><header class="legal__head svelte-%(s_art)s"><h1 class="svelte-%(s_art)s">%(title)s</h1> <p class="legal__updated svelte-%(s_art)s">%(updated)s</p></header> <div class="legal__body svelte-%(s_art)s">%(body)s</div></article></main> <footer class="site-footer svelte-8hxu4n"><div class="cols svelte-8hxu4n"><div><h4 class="svelte-8hxu4n">שולחני</h4> <a href="/about">אודות</a> <a href="/careers">דרושים</a> <a href="/press">לעיתונות</a></div> <div><h4 class="svelte-8hxu4n">מידע משפטי</h4> <a href="/terms">תנאי שימוש</a> <a href="/privacy" aria-current="page">מדיניות פרטיות</a> <a href="/accessibility">הצהרת נגישות</a> <button type="button" class="linklike svelte-8hxu4n">הגדרות עוגיות</button></div> <div><h4 class="svelte-8hxu4n">הורידו את האפליקציה</h4> <a href="https://apps.apple.com/il/app/id1482367514">App Store</a> <a href="https://play.google.com/store/apps/details?id=il.co.shulchani">Google Play</a></div></div> <p class="copy svelte-8hxu4n">© %(year)d שולחני טכנולוגיות בע"מ</p></footer>  
			
			<script>
				{
					__sveltekit_%(kit)s = {
						base: new URL(".", location).pathname.slice(0, -1),
						env: {"PUBLIC_CONTENTFUL_SPACE":"x7k2m9q4w1zp","PUBLIC_API_BASE":"https://api.shulchani.co.il"}
					};

					const element = document.currentScript.parentElement;

					const data = %(data)s;

					Promise.all([
						import("./_app/immutable/entry/start.%(start)s.js"),
						import("./_app/immutable/entry/app.%(app)s.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 7],
							data,
							form: null,
							error: null
						});
					});
				}
			</script>
		</div>
	</body>
</html>
""" % {"css": b["css"], "start": b["start"], "app": b["app"], "n0": nodes[0], "n1": nodes[1], "n2": nodes[2],
       "kit": b["kit"], "free": free, "s_page": s_page, "s_art": s_art, "title": html.escape(title),
       "updated": html.escape(updated), "body": body, "year": when.year, "data": data}


PAGE = {
    "service": "Shulchani",
    "url": "https://www.shulchani.co.il/privacy",
    "lang": "he",
    "platform": "SvelteKit (adapter-node SSR) with Contentful rich text",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "nginx"), ("X-Sveltekit-Page", "true"), ("Cache-Control", "private, no-store")),
    "n": 30,
    "start": dt.date(2022, 9, 1),
    "end": dt.date(2025, 10, 15),
    "policy": POLICY,
    "first_updated": dt.date(2022, 6, 30),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"select": "article.legal", "remove": ".promo-card"},
}
