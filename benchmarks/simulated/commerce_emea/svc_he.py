"""TaimLi (Israel): food delivery; privacy policy is a Zendesk Help Center article (RTL); theme update later."""
import json
from common import *

NAME = "TaimLi"
URL = "https://help.taimli.co.il/hc/he/articles/360014682091"
N = 27
SPAN = ("2021-06-01", "2026-02-15")
REDESIGN = 17
DECL = {"select": [".article-title", ".article-body"], "remove": []}
HISTORY = None

TEXT = """
# מדיניות הפרטיות של טעים לי

טעים לי בע"מ (ח.פ. 515678901) מכבדת את פרטיותך. מדיניות זו מסבירה אילו מידע אנו אוספים כאשר אתה מזמין אוכל באמצעות האפליקציה או האתר, כיצד אנו משתמשים בו ומהן זכויותיך לפי חוק הגנת הפרטיות, התשמ"א-1981.

## איזה מידע אנו אוספים

| סוג המידע | דוגמאות | מטרה |
| פרטי זיהוי וקשר | שם, מספר טלפון, כתובת דוא"ל | יצירת חשבון ועדכונים על ההזמנה |
| מידע על מיקום | כתובת למשלוח, מיקום GPS בזמן ההזמנה | חישוב זמני משלוח והצגת מסעדות קרובות |
| מידע על הזמנות | מנות, מסעדות, סכומים, תלושי סיבוס | ביצוע ההזמנה והפקת חשבוניות |
| מידע טכני | סוג מכשיר, כתובת IP, מזהה פרסום | אבטחה ושיפור השירות |

## שימוש במידע

אנו משתמשים במידע כדי להעביר את ההזמנה למסעדה ולשליח, לטפל בפניות שירות לקוחות, למנוע הונאות ולשלוח לך מבצעים אם הסכמת לכך. ניתן להסיר את עצמך מרשימת הדיוור בכל עת.

## העברת מידע לצדדים שלישיים

אנו מעבירים למסעדה ולשליח רק את המידע הדרוש לביצוע ההזמנה. אנו נעזרים בספקי שירות כגון שירותי ענן וסליקה, שחלקם ממוקמים מחוץ לישראל.

## אבטחת מידע

אנו נוקטים באמצעי אבטחה מקובלים בהתאם לתקנות הגנת הפרטיות (אבטחת מידע), התשע"ז-2017.

## זכויותיך

זכותך לעיין במידע השמור עליך ולבקש לתקנו או למחקו. לפניות בנושא פרטיות ניתן לפנות אלינו באמצעות [טופס יצירת קשר](mailto:privacy@taimli.co.il) או בדואר לרחוב יגאל אלון 94, תל אביב.

עדכון אחרון: מאי 2021
"""

EDITS = {
    5: [("[טופס יצירת קשר](mailto:privacy@taimli.co.il)", "[טופס יצירת קשר](https://help.taimli.co.il/hc/he/requests/new?ticket_form_id=1500001234567)")],
    9: [("| מידע טכני | סוג מכשיר, כתובת IP, מזהה פרסום | אבטחה ושיפור השירות |", "| מידע טכני | סוג מכשיר, כתובת IP, מזהה פרסום | אבטחה ושיפור השירות |\n| מידע על שליחים | מיקום השליח בזמן המשלוח | מעקב אחר ההזמנה בזמן אמת |"),
        ("עדכון אחרון: מאי 2021", "עדכון אחרון: ינואר 2022")],
    14: [("## אבטחת מידע", "## כלי ניתוח ועוגיות\n\nאנו משתמשים בכלי ניתוח כגון Google Analytics ו-Mixpanel כדי להבין כיצד משתמשים באפליקציה. ניתן לבטל את השימוש בעוגיות שאינן הכרחיות בהגדרות הפרטיות שבאפליקציה.\n\n## אבטחת מידע")],
    21: [("שחלקם ממוקמים מחוץ לישראל.", "שחלקם ממוקמים מחוץ לישראל, לרבות באיחוד האירופי ובארצות הברית."),
         ("עדכון אחרון: ינואר 2022", "עדכון אחרון: אוגוסט 2024")],
    25: [("| מידע על מיקום | כתובת למשלוח, מיקום GPS בזמן ההזמנה | חישוב זמני משלוח והצגת מסעדות קרובות |", "| מידע על מיקום | כתובת למשלוח, מיקום GPS בזמן ההזמנה בלבד | חישוב זמני משלוח והצגת מסעדות קרובות |")],
}

SECTION = ["איך מבטלים הזמנה?", "תנאי שימוש", "מדיניות הפרטיות של טעים לי", "מדיניות עוגיות", "איך מוחקים את החשבון?", "נגישות האתר"]
PROMOTED = ["ההזמנה שלי מתעכבת, מה עושים?", "איך משתמשים בתלוש סיבוס/תן ביס?", "קיבלתי מנה חסרה", "איך מעדכנים כתובת למשלוח?", "החזר כספי על הזמנה"]


def render(text, i, rng, when):
    blocks = parse(text)
    body = "".join(block_html(b) for b in blocks[1:])
    csrf = b64(rng, 88)
    edited = {0: "2021-05-20T09:12:44Z", 5: "2021-09-02T11:03:10Z", 9: "2022-01-16T08:40:00Z", 14: "2023-03-07T14:22:31Z",
              21: "2024-08-11T10:00:05Z", 25: "2025-06-30T12:15:42Z"}
    ed = [v for k, v in edited.items() if k <= i][-1]
    up, tot = rng.randint(30, 300), 0
    tot = up + rng.randint(10, 200)
    recent = rng.sample(PROMOTED, 2)
    src = [s for s in SECTION]
    rng.shuffle(src) if i % 7 == 3 else None
    sec_html = "".join(f'<li><a href="/hc/he/articles/{360014682000 + k}" class="sidenav-item{" current-article" if s == SECTION[2] else ""}">{esc(s)}</a></li>' for k, s in enumerate(src))
    theme_old = i < REDESIGN
    head = (f'<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="{csrf}">'
            f'<link rel="stylesheet" href="//theme.zdassets.com/theme_assets/9876543/{hx(random.Random(f"he-theme-{i >= REDESIGN}"), 40)}.css" media="all" id="stylesheet">')
    article = (f'<article id="main-content" class="article"><header class="article-header"><h1 title="{esc(blocks[0][1])}" class="article-title">{inline(blocks[0][1])}</h1>'
               f'<div class="article-author"><div class="article-meta"><div class="meta-group"><span class="meta-data">צוות טעים לי</span>'
               f'<span class="meta-data"><time datetime="{ed}" title="{ed[:10]} {ed[11:16]}" data-datetime="relative">{ed[:10]}</time></span></div></div></div>'
               + ('' if theme_old else f'<a class="article-subscribe button" data-auth-action="signin" role="button" href="/hc/he/articles/360014682091/subscription.html">מעקב</a>')
               + f'</header><section class="article-info"><div class="article-content"><div class="article-body">{body}</div>'
               f'<div class="article-attachments"></div></div></section>'
               f'<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="https://www.facebook.com/share.php?title={esc(blocks[0][1])}&amp;u=https%3A%2F%2Fhelp.taimli.co.il%2Fhc%2Fhe%2Farticles%2F360014682091" class="share-facebook">פייסבוק</a></li><li><a href="https://wa.me/?text=" class="share-whatsapp">וואטסאפ</a></li></ul></div></div>'
               f'<div class="article-votes"><span class="article-votes-question" id="article-votes-label">האם מאמר זה היה מועיל?</span><div class="article-votes-controls" role="group"><button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="מאמר זה היה מועיל" aria-pressed="false">כן</button><button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="מאמר זה לא היה מועיל" aria-pressed="false">לא</button></div>'
               f'<small class="article-votes-count"><span class="article-vote-label">{up} מתוך {tot} מצאו מאמר זה מועיל</span></small></div>'
               f'<div class="article-more-questions">יש לך שאלות נוספות? <a href="/hc/he/requests/new">שלח בקשה</a></div><div class="article-return-to-top"><a href="#article-container">חזרה למעלה</a></div></footer>'
               f'<section class="article-relatives"><div data-recent-articles><section class="recent-articles"><h2>מאמרים שנצפו לאחרונה</h2><ul>{"".join(f"<li><a href=/hc/he/articles/{rng.randint(10**11, 10**12)}>{esc(r)}</a></li>" for r in recent)}</ul></section></div>'
               f'<div class="related-articles"><h2>מאמרים קשורים</h2><ul><li><a href="/hc/he/articles/360014682003">מדיניות עוגיות</a></li><li><a href="/hc/he/articles/360014682004">איך מוחקים את החשבון?</a></li></ul></div></section></article>')
    layout = (f'<div class="container-divider"></div><div class="container"><nav class="sub-nav"><ol class="breadcrumbs"><li title="מרכז העזרה של טעים לי"><a href="/hc/he">מרכז העזרה של טעים לי</a></li><li title="מידע משפטי"><a href="/hc/he/categories/360003456789">מידע משפטי</a></li><li title="מדיניות ותנאים"><a href="/hc/he/sections/360005678901">מדיניות ותנאים</a></li></ol>'
              f'<div class="search-container"><form role="search" class="search" action="/hc/he/search"><input type="hidden" name="utf8" value="✓"><input type="search" name="query" placeholder="חיפוש"></form></div></nav>'
              f'<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar"><h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">מאמרים בקטע זה</h3><div class="collapsible-sidebar-body"><ul>{sec_html}</ul></div></div></aside>'
              f'{article}</div></div>')
    return f"""<!DOCTYPE html>
<html dir="rtl" lang="he">
<head><meta charset="utf-8"><!-- v{rng.randint(26000, 27999)} --><meta http-equiv="x-ua-compatible" content="ie=edge">
<title>מדיניות הפרטיות של טעים לי &ndash; מרכז העזרה של טעים לי</title>{head}
<link rel="canonical" href="{URL}"><link rel="alternate" hreflang="en-us" href="https://help.taimli.co.il/hc/en-us/articles/360014682091"><link rel="alternate" hreflang="he" href="{URL}">
<meta content="https://help.taimli.co.il/hc/article_attachments/360008765432" property="og:image"><meta content="article" property="og:type">
<script src="https://static.zdassets.com/hc/assets/{hx(random.Random(f"he-zd-{i // 3}"), 8)}.js"></script>
<script type="text/javascript">window.HelpCenter = {{}};HelpCenter.account = {{"subdomain":"taimli","environment":"production","name":"טעים לי"}};HelpCenter.user = {{"identifier":"da39a3ee5e6b4b0d3255bfef95601890afd80709","email":null,"name":"","role":"anonymous","avatar_url":"https://assets.zendesk.com/hc/assets/default_avatar.png","is_admin":false,"organizations":[],"groups":[]}};HelpCenter.internal = {{"current_session":{{"locale":"he","csrf_token":"{csrf}","shared_csrf_token":null}},"request_id":"{hx(rng, 16)}-TLV","time_zone":"Jerusalem"}};</script>
</head>
<body class="{"" if theme_old else "community-enabled"}"><a class="skip-navigation" tabindex="1" href="#main-content">דלג לתוכן הראשי</a>
<header class="header"><div class="logo"><a title="בית" href="/hc/he"><img src="//theme.zdassets.com/theme_assets/9876543/logo.png" alt="דף הבית של מרכז העזרה של טעים לי"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav"><ul class="user-nav-list"><li><a class="submit-a-request" href="/hc/he/requests/new">שלח בקשה</a></li><li><a class="sign-in" rel="nofollow" data-auth-action="signin" href="/hc/he/signin?return_to=https%3A%2F%2Fhelp.taimli.co.il%2Fhc%2Fhe%2Farticles%2F360014682091">כניסה</a></li></ul></nav>
<div class="dropdown language-selector"><button class="dropdown-toggle" aria-haspopup="true">עברית</button><span class="dropdown-menu" role="menu"><a href="/hc/change_language/en-us?return_to=%2Fhc%2Fen-us%2Farticles%2F360014682091" dir="ltr" rel="nofollow" role="menuitem">English (US)</a></span></div></div></header>
<main role="main">{layout}</main>
<footer class="footer"><div class="footer-inner"><a title="בית" href="/hc/he">מרכז העזרה של טעים לי</a><div class="footer-language-selector"></div></div></footer>
<script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=4c3b2a19-8f7e-6d5c-4b3a-291807f6e5d4"></script>
</body></html>"""
