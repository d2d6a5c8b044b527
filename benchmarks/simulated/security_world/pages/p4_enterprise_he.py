"""Homa Cyber (Israeli enterprise security firm: XDR, MDR, threat intelligence), privacy policy in Hebrew (RTL) on
Sitecore 10.2 with SXA (rich-text component in a column splitter, page-list components, SXA Forms).

Noise: a "latest security advisories" page-list in the sidebar beside the declared `.rich-text.legal-body`
(a new advisory every few days), the footer newsletter form's __RequestVerificationToken (per visit), SXA theme
?rev=&t=&hash= stamps (theme republish)."""
import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

URL = "https://www.homacyber.com/he/legal/privacy-policy"

MONTHS = ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר",
          "בנובמבר", "בדצמבר"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


POLICY = """
# מדיניות פרטיות

עודכן לאחרונה: {UPDATED}

חומה סייבר בע"מ ("חומה", "החברה" או "אנחנו") מפתחת ומספקת פתרונות אבטחת סייבר לארגונים, ובהם פלטפורמת Homa XDR, שירותי ניטור ותגובה מנוהלים (MDR) ושירותי מודיעין איומים. אנו מכבדים את פרטיותכם ומחויבים להגן על המידע האישי שאתם מוסרים לנו. מדיניות זו מסבירה איזה מידע אנו אוספים, כיצד אנו משתמשים בו, עם מי אנו משתפים אותו ומהן זכויותיכם.

מדיניות זו כתובה בלשון רבים ומתייחסת לכל המגדרים. השימוש בה נעשה מטעמי נוחות בלבד.

## 1. מי אנחנו

@ חומה סייבר בע"מ
@ רחוב המנופים 10
@ הרצליה פיתוח 4672560
@ ח.פ. 515432109

לכל שאלה בנושא פרטיות ניתן לפנות אלינו בכתובת [privacy@homacyber.com](mailto:privacy@homacyber.com). ללקוחותינו באיחוד האירופי מינינו נציג לפי סעיף 27 ל-GDPR, שפרטיו מופיעים בסעיף 13 להלן.

## 2. על מי חלה מדיניות זו

מדיניות זו חלה על מידע אישי של:

- מבקרים באתר האינטרנט שלנו ובבלוג המחקר;
- נציגים של לקוחות, שותפים עסקיים וספקים;
- משתתפים בכנסים, בהדרכות ובוובינרים שאנו מארגנים;
- משתמשים רשומים בפורטל הלקוחות ובמרכז התמיכה.

המדיניות אינה חלה על מידע שלקוחותינו מעבדים באמצעות המוצרים שלנו (למשל נתוני אירועי אבטחה מתחנות הקצה שלהם). לגבי מידע זה אנו פועלים כמעבד מידע מטעם הלקוח, בהתאם להסכם עיבוד הנתונים (DPA) שנחתם עמו. מועמדים לעבודה מוזמנים לעיין במדיניות הפרטיות הייעודית למועמדים.

## 3. המידע שאנו אוספים

### מידע שאתם מוסרים לנו

כאשר אתם ממלאים טופס באתר, נרשמים לוובינר, מבקשים הדגמה או פונים לצוות המכירות, אנו אוספים שם מלא, כתובת דואר אלקטרוני ארגונית, מספר טלפון, שם החברה, תפקיד ומדינה. בפניות לתמיכה הטכנית אנו אוספים גם את תוכן הפנייה, צילומי מסך וקובצי יומן שאתם בוחרים לצרף.

### מידע שנאסף באופן אוטומטי

בעת הגלישה באתר אנו אוספים כתובת IP, סוג הדפדפן ומערכת ההפעלה, העמודים שבהם ביקרתם, מקור ההפניה ומועדי הביקור. חלק מהמידע נאסף באמצעות עוגיות, כמפורט בסעיף 10.

### מידע שאנו מקבלים מצדדים שלישיים

אנו עשויים לקבל פרטי קשר עסקיים ממשווקים ומשותפים מורשים, ממארגני כנסים שבהם השתתפתם וביקרתם בדוכן שלנו, ומשירותי מידע עסקי. במקרים אלה נוודא שהמידע נמסר לנו כדין, ונאפשר לכם בכל עת לבקש שלא ניצור עמכם קשר נוסף.

### מידע טכני מהמוצרים

הסוכנים של Homa XDR שולחים אלינו נתוני טלמטריה הנדרשים לזיהוי איומים, כגון גיבובי קבצים, שמות תהליכים, חיבורי רשת וכתובות IP חיצוניות. נתונים אלה עשויים לכלול שמות משתמשים ושמות מחשבים בארגון הלקוח, והם מעובדים לפי הוראות הלקוח בלבד.

## 4. מטרות השימוש במידע

| מטרה | בסיס חוקי (ללקוחות באיחוד האירופי) |
| מתן השירותים, תמיכה טכנית וניהול חשבונות לקוח | ביצוע חוזה |
| זיהוי איומים ושיפור מנועי הזיהוי | אינטרס לגיטימי |
| שליחת עדכוני אבטחה, התרעות ודיוור שיווקי | הסכמה |
| ניהול אירועים, כנסים ווובינרים | הסכמה או אינטרס לגיטימי |
| עמידה בדרישות הדין, הנהלת חשבונות וטיפול בתביעות | חובה חוקית |

דיוור שיווקי נשלח רק למי שנתן לכך את הסכמתו, בהתאם לסעיף 30א לחוק התקשורת (בזק ושידורים). בכל דיוור מופיע קישור להסרה מרשימת התפוצה.

## 5. שיתוף מידע עם צדדים שלישיים

איננו מוכרים מידע אישי. אנו משתפים מידע רק עם ספקי שירות הפועלים מטעמנו ובכפוף להתחייבויות סודיות ואבטחת מידע:

| ספק | תפקיד | מיקום |
| Microsoft Azure | אחסון ועיבוד בענן | האיחוד האירופי וישראל |
| Salesforce, Inc. | ניהול קשרי לקוחות | ארצות הברית |
| HubSpot, Inc. | דיוור ואוטומציה שיווקית | ארצות הברית |
| Zoom Video Communications, Inc. | וובינרים ופגישות מקוונות | ארצות הברית |
| ServiceNow, Inc. | מערכת התמיכה ופורטל הלקוחות | האיחוד האירופי |

אנו עשויים גם למסור מידע לרשויות מוסמכות כאשר הדבר נדרש על פי דין או צו שיפוטי, או במסגרת מיזוג, רכישה או מכירת נכסים, ובלבד שהגוף הנעבר יתחייב לפעול לפי מדיניות זו.

## 6. העברת מידע אל מחוץ לישראל

המידע נשמר בעיקר בשרתים בישראל ובאיחוד האירופי. הנציבות האירופית הכירה בישראל כמדינה המעניקה הגנה נאותה למידע אישי. כאשר אנו מעבירים מידע לארצות הברית או למדינות אחרות, אנו מסתמכים על תקנות הגנת הפרטיות (העברת מידע אל מאגרי מידע שמחוץ לגבולות המדינה), התשס"א-2001, ועל סעיפי החוזה התקניים שאישרה הנציבות האירופית.

## 7. שמירת מידע

- פרטי לקוחות ואנשי קשר נשמרים כל עוד ההתקשרות בתוקף ועד שבע שנים לאחר סיומה.
- יומני פעילות של פורטל הלקוחות נשמרים 24 חודשים.
- מידע שנאסף בטפסים שיווקיים נמחק אם לא הייתה כל פעילות במשך 36 חודשים.
- הקלטות של וובינרים נשמרות עד שנתיים ממועד השידור.

## 8. אבטחת מידע

אנו חברת אבטחה, והגנה על מידע היא חלק מהותי מעבודתנו. אנו מיישמים את תקנות הגנת הפרטיות (אבטחת מידע), התשע"ז-2017, ומחזיקים בתקן ISO/IEC 27001 ובדוח SOC 2 Type II. המידע מוצפן בעת ההעברה ובעת האחסון, הגישה אליו מוגבלת לעובדים המורשים בלבד ומחייבת אימות רב-שלבי, ומערכותינו מנוטרות מסביב לשעון על ידי מרכז התפעול הביטחוני (SOC) שלנו.

## 9. הזכויות שלכם

בהתאם לחוק הגנת הפרטיות, התשמ"א-1981, ולדינים החלים עליכם, עומדות לכם הזכויות הבאות:

- לעיין במידע אישי שלכם המוחזק אצלנו;
- לבקש לתקן או למחוק מידע שאינו נכון, שלם, ברור או מעודכן;
- לבקש להימחק מרשימות דיוור ישיר;
- ללקוחות באיחוד האירופי: לבקש הגבלת עיבוד וניוד מידע, ולהתנגד לעיבוד המבוסס על אינטרס לגיטימי.

בקשות יש לשלוח אל [privacy@homacyber.com](mailto:privacy@homacyber.com). נשיב לבקשתכם בתוך 30 יום. אם אינכם מרוצים מהטיפול, תוכלו לפנות לרשות להגנת הפרטיות במשרד המשפטים, דרך מנחם בגין 125, תל אביב, או לרשות הפיקוח על הגנת המידע במדינה שבה אתם מתגוררים.

## 10. עוגיות

האתר משתמש בעוגיות הכרחיות לתפעולו, ובכפוף להסכמתכם גם בעוגיות לניתוח סטטיסטי ולשיווק. תוכלו לשנות את העדפותיכם בכל עת דרך הקישור "הגדרות עוגיות" בתחתית העמוד.

## 11. קטינים

השירותים והאתר מיועדים לארגונים ואינם מיועדים לקטינים מתחת לגיל 18. איננו אוספים ביודעין מידע אישי על קטינים. אם נודע לנו שנאסף מידע כזה בטעות, נמחק אותו בהקדם האפשרי.

## 12. שינויים במדיניות

אנו עשויים לעדכן מדיניות זו מעת לעת. שינויים מהותיים יפורסמו באתר, ולקוחות פעילים יקבלו הודעה בדואר אלקטרוני.

## 13. יצירת קשר

@ חומה סייבר בע"מ – מחלקה משפטית
@ [privacy@homacyber.com](mailto:privacy@homacyber.com)
@ טלפון: 09-955-8800

נציגנו באיחוד האירופי: Homa Cyber Europe B.V., Herengracht 420, 1017 BZ Amsterdam, הולנד.
"""

EDITS = [
    {"note": "processor added to the table (Gong for sales-call recording)",
     "repl": [("| Zoom Video Communications, Inc. | וובינרים ופגישות מקוונות | ארצות הברית |",
               "| Zoom Video Communications, Inc. | וובינרים ופגישות מקוונות | ארצות הברית |\n"
               "| Gong.io Ltd. | הקלטה וניתוח של שיחות מכירה | ישראל |")]},
    {"note": "customer-portal log retention raised from 24 to 36 months",
     "repl": [("יומני פעילות של פורטל הלקוחות נשמרים 24 חודשים.",
               "יומני פעילות של פורטל הלקוחות נשמרים 36 חודשים.")]},
    {"note": "paragraph on the appointed privacy protection officer added to section 1",
     "repl": [("שפרטיו מופיעים בסעיף 13 להלן.",
               "שפרטיו מופיעים בסעיף 13 להלן.\n\nמינינו ממונה על הגנת "
               "הפרטיות, האחראי לפיקוח על עמידת החברה בהוראות החוק ולטיפול בפניות בנושא. ניתן לפנות לממונה "
               "ישירות בכתובת [dpo@homacyber.com](mailto:dpo@homacyber.com).")]},
    {"note": "word inserted ('באופן מאובטח'), no new date", "bump": False,
     "repl": [("בקשות יש לשלוח אל", "בקשות יש לשלוח באופן מאובטח אל")]},
    {"note": "headquarters moved from Herzliya to Tel Aviv (address block and phone)",
     "repl": [("@ רחוב המנופים 10\n@ הרצליה פיתוח 4672560", "@ דרך מנחם בגין 144\n@ תל אביב 6492102"),
              ("@ טלפון: 09-955-8800", "@ טלפון: 03-763-8800")]},
]

ADVISORIES = [
    ("פגיעות קריטית בשער VPN של Fortinet המנוצלת באופן פעיל", "Fortinet FortiOS"),
    ("קמפיין כופרה חדש של קבוצת LockBit נגד מוסדות בריאות", ""),
    ("פגיעות הרצת קוד מרחוק ב-Ivanti Connect Secure", "Ivanti"),
    ("גל דיוג מתחזה לחברות שילוח ישראליות", ""),
    ("עדכון אבטחה דחוף ל-Microsoft Exchange Server", "Microsoft"),
    ("קבוצת APT איראנית תוקפת ספקי IT בישראל", ""),
    ("פגיעות עקיפת אימות ב-Citrix NetScaler ADC", "Citrix"),
    ("נוזקת גניבת מידע חדשה מופצת דרך פרסומות ממומנות", ""),
    ("פגיעות ב-Apache ActiveMQ מנוצלת להפצת כופרה", "Apache"),
    ("מתקפות DDoS על אתרי ממשלה ותשתיות בישראל", ""),
    ("פגיעות חמורה בספריית OpenSSH (regreSSHion)", "OpenSSH"),
    ("ניצול פגיעות ב-Palo Alto PAN-OS GlobalProtect", "Palo Alto Networks"),
    ("מתקפת שרשרת אספקה דרך חבילות npm זדוניות", ""),
    ("פגיעות Zero-Day בדפדפן Google Chrome", "Google"),
]

EPOCH = dt.date(2021, 1, 4)


def advisories(when):
    k = (when.date() - EPOCH).days // 6
    out = []
    for j in range(k, k - 4, -1):
        title, vendor = ADVISORIES[(j * 5) % len(ADVISORIES)]
        d = EPOCH + dt.timedelta(days=j * 6 + (j * 7) % 5)
        if d > when.date():
            d = when.date()
        num = "HC-%d-%03d" % (d.year, 1 + (d - dt.date(d.year, 1, 1)).days // 6)
        cve = "CVE-%d-%d" % (d.year, 20000 + (j * 7919) % 29000) if vendor else ""
        out.append((num, d.strftime("%d.%m.%Y"), title, cve, "קריטית" if vendor else "גבוהה"))
    return out


def noise(rng, when, i, prev):
    p = prev or {}
    return {
        "token": C.alnum(rng, 92, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        "advisories": advisories(when),
        "theme": C.keep_or(rng, p.get("theme"), 0.1, lambda: (C.hexs(rng, 32), when.strftime("%Y%m%dT%H%M%SZ"),
                                                              C.hexs(rng, 32))),
    }


LABELS = {"token": "footer form __RequestVerificationToken (per visit)",
          "advisories": "sidebar 'latest security advisories' list", "theme": "SXA theme rev/t/hash stamps"}


def render(s, blocks, when):
    body = C.blocks_html(blocks, sep="\n")
    rev, t, h = s["theme"]
    items = "\n".join(
        '<li class="item"><div class="field-advisory-id">%s</div><div class="field-date">%s</div>'
        '<div class="field-title"><a title="%s" href="/he/research/advisories/%s">%s</a></div>'
        '<div class="field-severity severity-%s">חומרה: %s</div>%s</li>'
        % (num, d, html.escape(title), num.lower(), html.escape(title), "critical" if sev == "קריטית" else "high",
           sev, '<div class="field-cve">%s</div>' % cve if cve else "")
        for num, d, title, cve, sev in s["advisories"])
    return """<!DOCTYPE html>
<!--[if IE]><![endif]-->
<html lang="he-IL" dir="rtl">
<head>
    <link href="/-/media/feature/experience-accelerator/bootstrap-4/bootstrap-4/styles/optimized-min.css?rev=a9c7e3bdf8dc4a06a8b8e2f8b5bb3f7d&amp;t=20220914T120452Z&amp;hash=6C8B3F4E0A6E2D1F3B5C7A9E0D2F4B6C" rel="stylesheet" /><link href="/-/media/base-themes/main-theme/styles/optimized-min.css?rev=3c1d0a6d8e8f4b1a9f2e5c7d6b4a3e2f&amp;t=20220914T120455Z&amp;hash=1A2B3C4D5E6F708192A3B4C5D6E7F809" rel="stylesheet" /><link href="/-/media/themes/homa/homa/homa-theme/styles/pre-optimized-min.css?rev={rev}&amp;t={t}&amp;hash={h}" rel="stylesheet" />
    
    
    <title>מדיניות פרטיות | חומה סייבר</title>

    <link rel="canonical" href="{url}" />

    <meta property="og:title" content="מדיניות פרטיות | חומה סייבר" /><meta property="og:url" content="{url}" /><meta property="og:type" content="website" /><meta property="og:site_name" content="Homa Cyber" />

    <meta name="description" content="מדיניות הפרטיות של חומה סייבר: איזה מידע אנו אוספים וכיצד אנו מגינים עליו." />

    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="alternate" hreflang="en" href="https://www.homacyber.com/en/legal/privacy-policy" /><link rel="alternate" hreflang="he-IL" href="{url}" />

<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-W9H3JQ2');</script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-document-language="true" type="text/javascript" charset="UTF-8" data-domain-script="b51f2c3e-7a44-4d1f-9c0e-2f8a6d3b1e90"></script>
</head>
<body class="default-device bodyclass rtl">
    
    
<!-- #wrapper -->
<div id="wrapper">
    <!-- #header -->
    <header>
        <div id="header" class="container-fluid">
            <div class="row">
<div class="component plain-html col-12 incident-bar">
    <div class="component-content">
<span class="incident-bar__icon" aria-hidden="true">&#9888;</span> חשד לאירוע סייבר? צוות התגובה לאירועים זמין 24/7: <a href="tel:+97237638811" dir="ltr">03-763-8811</a> | <a href="/he/incident-response">לדיווח על אירוע</a>    </div>
</div>
<div class="component image file-type-icon-media-link col-6 col-lg-2 logo">
    <div class="component-content">
<a title="חומה סייבר" href="/he"><img src="/-/media/project/homa/logos/homa-logo-he.svg?h=40&amp;iar=0&amp;w=148&amp;hash=0E8A7F3C2B1D4E5F6A7B8C9D0E1F2A3B" alt="חומה סייבר" width="148" height="40" /></a>    </div>
</div>
<div class="component navigation col-12 col-lg-8 navigation-main navigation-main-horizontal">
    <div class="component-content">
        <nav>
<ul class="clearfix">
        <li class="level0 submenu item0 odd first rel-level1">
<div class="navigation-title field-navigationtitle"><a title="פלטפורמה" href="/he/platform">פלטפורמה</a></div>
        </li>
        <li class="level0 submenu item1 even rel-level1">
<div class="navigation-title field-navigationtitle"><a title="שירותים מנוהלים" href="/he/services">שירותים מנוהלים</a></div>
        </li>
        <li class="level0 item2 odd rel-level1">
<div class="navigation-title field-navigationtitle"><a title="מחקר ומודיעין" href="/he/research">מחקר ומודיעין</a></div>
        </li>
        <li class="level0 item3 even rel-level1">
<div class="navigation-title field-navigationtitle"><a title="שותפים" href="/he/partners">שותפים</a></div>
        </li>
        <li class="level0 item4 odd last rel-level1">
<div class="navigation-title field-navigationtitle"><a title="אודות" href="/he/company">אודות</a></div>
        </li>
</ul>
        </nav>
    </div>
</div>
<div class="component link-list col-12 col-lg-2 header-actions">
    <div class="component-content">
        <ul>
                <li class="item0 odd first"><div class="field-link"><a href="/he/demo" class="btn btn-primary">קבעו הדגמה</a></div></li>
                <li class="item1 even last"><div class="field-link"><a href="/en/legal/privacy-policy" lang="en">English</a></div></li>
        </ul>
    </div>
</div>
</div>
        </div>
    </header>
    <!-- /#header -->
    <!-- #content -->
    <main>
        <div id="content" class="container">
            <div class="row">
<div class="component breadcrumb navigation-title col-12">
    <div class="component-content">
        <nav>
            <ol>
                    <li class="breadcrumb-item home"><div class="navigation-title"><a title="דף הבית" href="/he">דף הבית</a></div><div class="separator">&gt;</div></li>
                    <li class="breadcrumb-item"><div class="navigation-title"><a title="מידע משפטי" href="/he/legal">מידע משפטי</a></div><div class="separator">&gt;</div></li>
                    <li class="breadcrumb-item last"><div class="navigation-title"><a title="מדיניות פרטיות" href="/he/legal/privacy-policy">מדיניות פרטיות</a></div></li>
            </ol>
        </nav>
    </div>
</div>
<div class="row component column-splitter">
        <div class="col-12 col-lg-8">
            <div class="row">
<div class="component rich-text col-12 legal-body">
    <div class="component-content">
{body}
    </div>
</div>
</div>
        </div>
        <div class="col-12 col-lg-4">
            <div class="row">
<div class="component page-list col-12 threat-advisories">
    <div class="component-content">
<h3>התרעות אבטחה אחרונות</h3>
<ul class="items">
{items}
</ul>
<div class="component-footer"><a href="/he/research/advisories" class="btn btn-link">לכל ההתרעות</a></div>
    </div>
</div>
<div class="component promo col-12 sidebar-promo">
    <div class="component-content">
<div class="field-promoicon"><img src="/-/media/project/homa/icons/mdr.svg" alt="" /></div>
<div class="promo-text"><div class="field-promotext"><h4>ניטור ותגובה 24/7</h4><p>צוות ה-SOC שלנו מזהה ועוצר תקיפות לפני שהן הופכות לאירוע.</p></div><div class="field-promolink"><a href="/he/services/mdr">למידע נוסף</a></div></div>
    </div>
</div>
</div>
        </div>
</div>
</div>
        </div>
    </main>
    <!-- /#content -->
    <!-- #footer -->
    <footer>
        <div id="footer" class="container-fluid">
            <div class="row">
<div class="component sxa-form col-12 col-lg-4 newsletter">
    <div class="component-content">
<form action="/formbuilder?sc_site=homa&amp;fxb.FormItemId=8f1d7b2e-93a4-4c61-b0f5-2a7e3c9d4b18&amp;fxb.HtmlPrefix=fxb.4b6e2c1a-58d3-4f0e-9a27-c3e1d8f5b704" data-ajax="true" data-ajax-method="Post" data-ajax-mode="replace-with" data-ajax-success="$.validator.unobtrusive.parse('#fxb_4b6e2c1a-58d3-4f0e-9a27-c3e1d8f5b704_8f1d7b2e-93a4-4c61-b0f5-2a7e3c9d4b18');$.fxbFormTracker.texts=$.fxbFormTracker.texts||{{}};$.fxbFormTracker.texts.expiredWebSession='הפעלת הדפדפן פגה. נא לרענן את הדף.';" data-ajax-update="#fxb_4b6e2c1a-58d3-4f0e-9a27-c3e1d8f5b704_8f1d7b2e-93a4-4c61-b0f5-2a7e3c9d4b18" data-sc-fxb="8f1d7b2e-93a4-4c61-b0f5-2a7e3c9d4b18" enctype="multipart/form-data" id="fxb_4b6e2c1a-58d3-4f0e-9a27-c3e1d8f5b704_8f1d7b2e-93a4-4c61-b0f5-2a7e3c9d4b18" method="post"><input name="__RequestVerificationToken" type="hidden" value="{token}" /><input id="fxb_4b6e2c1a-58d3-4f0e-9a27-c3e1d8f5b704_FormSessionId" name="fxb.4b6e2c1a-58d3-4f0e-9a27-c3e1d8f5b704.FormSessionId" type="hidden" value="{fsid}" /><input id="fxb_4b6e2c1a-58d3-4f0e-9a27-c3e1d8f5b704_IsSessionExpired" name="fxb.4b6e2c1a-58d3-4f0e-9a27-c3e1d8f5b704.IsSessionExpired" type="hidden" value="0" />
<h2 class="newsletter-title">הירשמו לעדכוני המחקר שלנו</h2>
<label for="fxb_4b6e2c1a-58d3-4f0e-9a27-c3e1d8f5b704_Fields_Email" class="required-field">דואר אלקטרוני ארגוני</label>
<input id="fxb_4b6e2c1a-58d3-4f0e-9a27-c3e1d8f5b704_Fields_Email" name="fxb.4b6e2c1a-58d3-4f0e-9a27-c3e1d8f5b704.Fields[3f0e1d2c-4b5a-6978-8a9b-0c1d2e3f4a5b].Value" class="form-control" type="email" value="" data-val="true" data-val-required="שדה חובה" dir="ltr" />
<input value="הרשמה" type="submit" class="btn btn-primary" name="fxb.4b6e2c1a-58d3-4f0e-9a27-c3e1d8f5b704.7c2d1e0f-8a9b-4c3d-b2e1-f0a9b8c7d6e5" data-sc-field-key="C1D2E3F4A5B60718293A4B5C6D7E8F90" />
</form>
    </div>
</div>
<div class="component link-list col-12 col-lg-8 footer-links">
    <div class="component-content">
        <ul>
                <li class="item0 odd first"><div class="field-link"><a href="/he/legal/terms">תנאי שימוש</a></div></li>
                <li class="item1 even"><div class="field-link"><a href="/he/legal/privacy-policy">מדיניות פרטיות</a></div></li>
                <li class="item2 odd"><div class="field-link"><a href="/he/legal/accessibility">הצהרת נגישות</a></div></li>
                <li class="item3 even"><div class="field-link"><a href="/he/trust-center">מרכז אמון</a></div></li>
                <li class="item4 odd last"><div class="field-link"><a href="#" class="ot-sdk-show-settings">הגדרות עוגיות</a></div></li>
        </ul>
    </div>
</div>
<div class="component plain-html col-12 copyright">
    <div class="component-content">
© {year} חומה סייבר בע"מ. כל הזכויות שמורות.    </div>
</div>
</div>
        </div>
    </footer>
    <!-- /#footer -->
</div>
<!-- /#wrapper -->
    <script src="/-/media/base-themes/core-libraries/scripts/optimized-min.js?rev=4d8e1f0a2b3c4d5e6f708192a3b4c5d6&amp;t=20220914T120501Z&amp;hash=9A8B7C6D5E4F30211203F4E5D6C7B8A9"></script><script src="/-/media/base-themes/xa-api/scripts/optimized-min.js?rev=5e6f708192a3b4c5d6e7f8091a2b3c4d&amp;t=20220914T120503Z&amp;hash=0F1E2D3C4B5A69788796A5B4C3D2E1F0"></script><script src="/-/media/themes/homa/homa/homa-theme/scripts/pre-optimized-min.js?rev={rev}&amp;t={t}&amp;hash={h}"></script>
    <!-- /#wrapper -->
</body>
</html>
""".format(url=URL, rev=rev, t=t, h=h.upper(), body=body, items=items, token=s["token"],
           fsid=C.det_uuid("homa-fsid", s["token"]), year=when.year)


PAGE = {
    "service": "Homa Cyber",
    "url": URL,
    "lang": "he",
    "platform": "Sitecore 10.2 SXA",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Cache-Control", "private"), ("X-Frame-Options", "SAMEORIGIN"),
                      ("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
                      ("X-Content-Type-Options", "nosniff")),
    "n": 28,
    "start": dt.date(2023, 1, 9),
    "end": dt.date(2025, 9, 15),
    "hours": (5, 17),
    "policy": POLICY,
    "first_updated": dt.date(2022, 11, 20),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".rich-text.legal-body"},
}
