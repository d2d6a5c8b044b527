"""מעבר ים הובלות בינלאומיות (Hebrew, RTL; Holon): international removals, groupage containers, storage and
relocation, an Umbraco 8 site (ASP.NET MVC 5 on IIS, Bootstrap RTL theme, Grid layout with RTE cells, Umbraco
Forms, ClientDependency bundles, an EqualWeb accessibility widget as Israeli sites carry). The policy is the grid in
`.content-main` with the page's h1; nothing volatile inside it. Around it: the sidebar's Umbraco Forms quote form
(__RequestVerificationToken and the encrypted ufprt per request), the sidebar's 'next shared-container departures'
widget (next sailing per destination, cubic metres left), the ClientDependency cdv version on deploys, and the
header's weekly 'reply within N minutes' service notice by Israel time."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import mvkit as K  # noqa: E402

URL = "https://www.maavaryam.co.il/privacy-policy/"

POLICY = """
# מדיניות פרטיות

עודכן לאחרונה: {UPDATED}

מעבר ים הובלות בינלאומיות בע"מ (להלן: "החברה" או "אנחנו") מכבדת את פרטיותכם. מדיניות זו מפרטת איזה מידע אנו אוספים עליכם כאשר אתם פונים אלינו לקבלת הצעת מחיר, מזמינים הובלה בינלאומית, שירותי אחסון או שירותי רילוקיישן, או גולשים באתר שלנו, כיצד אנו משתמשים במידע ומהן זכויותיכם לפי חוק הגנת הפרטיות, התשמ"א-1981 והתקנות שהותקנו מכוחו.

## פרטי החברה

@ מעבר ים הובלות בינלאומיות בע"מ
@ ח"פ 514827366
@ רחוב המלאכה 19, אזור התעשייה
@ חולון 5881309
@ טלפון: 03-5562840

## המידע שאנו אוספים

- פרטי זיהוי וקשר: שם, מספר תעודת זהות או דרכון, כתובת בארץ ובחו"ל, טלפון ודואר אלקטרוני;
- פרטי המשלוח: רשימת תכולה, נפח משוער, תמונות וסרטוני וידאו מהסקר הווירטואלי, ערך החפצים לצורך ביטוח;
- מסמכים הנדרשים לשחרור המשלוח במכס בארץ היעד, כגון צילום דרכון, אשרת שהייה או עבודה, מכתב ממעסיק ומסמכי עולה חדש או תושב חוזר;
- פרטי תשלום: פרטי חשבון בנק או כרטיס אשראי (פרטי כרטיס האשראי מעובדים על ידי חברת הסליקה ואינם נשרמים אצלנו);
- מידע טכני על השימוש באתר, כגון כתובת IP, סוג הדפדפן ועוגיות (Cookies).

אינכם חייבים למסור לנו מידע על פי חוק, אך ללא המידע הדרוש לא נוכל לתת הצעת מחיר או לבצע את ההובלה.

## מטרות השימוש במידע

- מתן הצעת מחיר וביצוע סקר תכולה בביתכם או בשיחת וידאו;
- תכנון וביצוע ההובלה, האריזה, השילוח הימי או האווירי והאחסון;
- טיפול בהליכי המכס בישראל ובארץ היעד;
- הסדרת ביטוח ימי לתכולה וטיפול בתביעות;
- גבייה, הנהלת חשבונות ועמידה בדרישות הדין;
- משלוח עדכונים ודברי פרסומת, בכפוף להסכמתכם לפי סעיף 30א לחוק התקשורת (בזק ושידורים), התשמ"ב-1982.

## העברת מידע לצדדים שלישיים

אנו לא מוכרים את המידע שלכם. נעביר מידע רק במידה הנדרשת, אל:

- סוכנים בארץ היעד החברים ברשת FIDI, המקבלים את המשלוח ומבצעים את הפריקה וההרכבה;
- חברות ספנות ותעופה, עמילי מכס ומשלחים בינלאומיים;
- חברת הביטוח המבטחת את התכולה;
- ספקי שירותי מחשוב וענן, לרבות Microsoft ו-Monday.com;
- רשויות המכס ורשויות מוסמכות אחרות, כאשר הדבר נדרש על פי דין.

## העברת מידע אל מחוץ לישראל

מטבע הדברים, הובלה בינלאומית מחייבת העברת מידע אל מחוץ לישראל, לסוכנים ולרשויות בארץ היעד. ההעברה נעשית בהתאם לתקנות הגנת הפרטיות (העברת מידע למאגרי מידע שמחוץ לגבולות המדינה), התשס"א-2001, ובמידה הנדרשת לביצוע ההובלה שהזמנתם.

## שמירת מידע

| סוג המידע | תקופת השמירה |
| פניות והצעות מחיר שלא הבשילו להזמנה | 12 חודשים |
| תיק משלוח ומסמכי מכס | 7 שנים |
| תמונות וסרטונים מסקר וירטואלי | 6 חודשים |
| הקלטות שיחות שירות | 90 ימים |

## אבטחת מידע

אנו נוקטים אמצעי אבטחה מקובלים, ובהם הרשאות גישה לפי תפקיד, הצפנת תקשורת, גיבויים ובקרת כניסה למחסנים. עם זאת, אין אפשרות להבטיח הגנה מוחלטת מפני חדירה למערכות מחשב.

## זכויותיכם

לפי חוק הגנת הפרטיות, אתם רשאים לעיין במידע המוחזק עליכם, לבקש לתקן מידע שאינו נכון, שלם, ברור או מעודכן, ולבקש למחוק מידע או להסיר אתכם מרשימת דיוור. לפניות בנושא פרטיות כתבו אלינו לכתובת [privacy@maavaryam.co.il](mailto:privacy@maavaryam.co.il). נשיב לפנייתכם בתוך 30 ימים.

## עוגיות

האתר משתמש בעוגיות הדרושות לתפעולו, ובעוגיות של Google Analytics ו-Meta לצורך מדידה ופרסום. תוכלו לחסום עוגיות בהגדרות הדפדפן שלכם.

## שינויים במדיניות

אנו רשאים לעדכן מדיניות זו מעת לעת. נוסח מעודכן יפורסם בעמוד זה, ובמקרה של שינוי מהותי נודיע על כך ללקוחות שהובלתם בטיפול.
"""

EDITS = [
    {"note": "typo fixed (נשרמים -> נשמרים), date unchanged", "bump": False,
     "repl": [("ואינם נשרמים אצלנו", "ואינם נשמרים אצלנו")]},
    {"note": "cloud processor renamed: Monday.com replaced by Salesforce",
     "repl": [("לרבות Microsoft ו-Monday.com;", "לרבות Microsoft ו-Salesforce;")]},
    {"note": "call-recording retention shortened from 90 to 30 days",
     "repl": [("| הקלטות שיחות שירות | 90 ימים |", "| הקלטות שיחות שירות | 30 ימים |")]},
    {"note": "phone number replaced by a star number, date unchanged", "bump": False,
     "repl": [("@ טלפון: 03-5562840", "@ טלפון: *2840")]},
    {"note": "table row added: GPS tracking data of containers",
     "repl": [("| תמונות וסרטונים מסקר וירטואלי | 6 חודשים |",
               "| תמונות וסרטונים מסקר וירטואלי | 6 חודשים |\n"
               "| נתוני מיקום ממכשירי GPS במכולות | 30 ימים לאחר מסירת המשלוח |")]},
    {"note": "section added after Amendment 13: privacy protection officer and security incidents",
     "repl": [("## עוגיות\n",
               "## ממונה על הגנת הפרטיות\n\n"
               "בהתאם לתיקון מס' 13 לחוק הגנת הפרטיות, מינינו ממונה על הגנת הפרטיות, שתפקידו לפקח על עמידת "
               "החברה בהוראות החוק. ניתן לפנות אליו בכתובת [dpo@maavaryam.co.il](mailto:dpo@maavaryam.co.il). "
               "במקרה של אירוע אבטחה חמור נדווח על כך לרשות להגנת הפרטיות כנדרש בדין.\n\n"
               "## עוגיות\n")]},
]


def fmt_date(d):
    return K.long_date(d, "he")


DEST = [("ny", "ניו יורק", 14, 3), ("la", "לוס אנג'לס", 21, 9), ("lon", "לונדון", 14, 7),
        ("par", "פריז", 21, 2), ("ber", "ברלין", 28, 11), ("tor", "טורונטו", 28, 19),
        ("mel", "מלבורן", 42, 5)]
EPOCH = dt.date(2024, 1, 1)


def _departures(rng, loc):
    out = []
    today = loc.date()
    for key, name, period, off in DEST:
        k = -(-((today - EPOCH).days + 4 - off) // period)
        dep = EPOCH + dt.timedelta(days=off + k * period)
        left_days = (dep - today).days
        booked = int(58 * (1 - left_days / (period + 4.0))) + rng.randint(0, 7)
        out.append((key, dep.isoformat(), max(0, 62 - booked)))
    return tuple(out)


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "il")
    cdv = p.get("cdv")
    if cdv is None or rng.random() < 0.1:
        cdv = rng.randint(1000000000, 2147483647)
    wd, h = loc.weekday(), loc.hour
    # Israeli week: Sunday to Thursday 08:00-18:00, Friday 08:00-13:00
    if wd in (6, 0, 1, 2, 3) and 8 <= h < 18 or wd == 4 and 8 <= h < 13:
        notice = ("open", "נציגינו זמינים עכשיו – מענה תוך %d דקות" % rng.choice([5, 10, 10, 15, 20]))
    elif wd == 5 or wd == 4 and h >= 13:
        notice = ("shabbat", "שבת שלום! נחזור אליכם ביום ראשון מהשעה 08:00")
    else:
        notice = ("closed", "המשרד סגור כעת – השאירו פרטים ונחזור אליכם מחר בבוקר")
    return {
        "rvt": C.alnum(rng, 108, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        "ufprt": C.hexs(rng, 320).upper(),
        "cdv": cdv,
        "departures": _departures(rng, loc),
        "notice": notice,
    }


LABELS = {
    "rvt": "__RequestVerificationToken of the sidebar quote form",
    "ufprt": "Umbraco Forms encrypted ufprt route field",
    "cdv": "ClientDependency cdv version on bundles (deploy)",
    "departures": "next shared-container departures and cubic metres left (sidebar)",
    "notice": "service-hours notice in the header (Israel time, Shabbat)",
}


def _rte(blocks):
    def table(rows, inl):
        head = "".join('<td><strong>%s</strong></td>' % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join('<td>%s</td>' % inl(c) for c in r) for r in rows[1:])
        return ('<table border="0" class="table table-bordered" style="width: 100%%;">\n<tbody>\n<tr>%s</tr>\n%s\n'
                '</tbody>\n</table>' % (head, body))

    return K.render_blocks(blocks, table=table, addr=lambda lines, inl: "<p>%s</p>" % "<br />".join(inl(x)
                                                                                                    for x in lines))


MENU = [("הובלות בינלאומיות", "/international-moving/"), ("מכולה משותפת", "/groupage/"),
        ("אחסון", "/storage/"), ("רילוקיישן", "/relocation/"), ("עולים חדשים ותושבים חוזרים", "/olim/"),
        ("המלצות", "/testimonials/"), ("צור קשר", "/contact/")]


def render(state, blocks, when):
    title, rest = K.split_title(blocks)
    star = any(k == "addr" and any("*2840" in x for x in v) for k, v in blocks)
    phone, tel = ("*2840", "*2840") if star else ("03-5562840", "035562840")
    names = {k: n for k, n, _, _ in DEST}
    deps = "\n".join('<li class="groupage-item groupage-item--%s"><span class="groupage-dest">%s</span> '
                     '<span class="groupage-date">%s</span> <span class="groupage-space">%s</span></li>'
                     % (k, K.esc(names[k]), dt.date.fromisoformat(d).strftime("%d.%m.%Y"),
                        'נותרו %d מ"ק' % m if m > 0 else "המכולה מלאה")
                     for k, d, m in state["departures"])
    nkey, ntext = state["notice"]
    menu = "\n".join('<li class="nav-item%s"><a class="nav-link" href="%s">%s</a></li>'
                     % ("", u, K.esc(t)) for t, u in MENU)
    return K.fill("""<!DOCTYPE html>
<html lang="he" dir="rtl">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>מדיניות פרטיות | מעבר ים הובלות בינלאומיות</title>
    <meta name="description" content="מדיניות הפרטיות של מעבר ים הובלות בינלאומיות: איזה מידע אנו אוספים וכיצד אנו משתמשים בו." />
    <link rel="canonical" href="https://www.maavaryam.co.il/privacy-policy/" />
    <link rel="alternate" hreflang="en" href="https://www.maavaryam.co.il/en/privacy-policy/" />
    <link rel="shortcut icon" href="/media/1032/favicon.png" />
    <link href="/DependencyHandler.axd?s=L2Nzcy9ib290c3RyYXAucnRsLm1pbi5jc3M7L2Nzcy9zaXRlLmNzczsvY3NzL2dyb3VwYWdlLmNzczs&amp;t=Css&amp;cdv=@@cdv@@" type="text/css" rel="stylesheet"/>
    <!-- Google Tag Manager -->
    <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
    new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
    j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
    'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
    })(window,document,'script','dataLayer','GTM-NB7K3XQ');</script>
    <!-- End Google Tag Manager -->
</head>
<body class="textpage rtl">
    <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-NB7K3XQ" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
    <a class="skip-link sr-only sr-only-focusable" href="#main-content">דלג לתוכן המרכזי</a>
    <div class="topbar topbar--@@nkey@@"><div class="container d-flex justify-content-between"><span class="topbar-notice">@@ntext@@</span><span class="topbar-phone"><a href="tel:@@tel@@">@@phone@@</a> | <a href="https://wa.me/972545562840" target="_blank" rel="noopener">וואטסאפ</a></span></div></div>
    <header class="site-header">
        <nav class="navbar navbar-expand-lg">
            <div class="container">
                <a class="navbar-brand" href="/"><img src="/media/1001/maavar-yam-logo.svg" alt="מעבר ים הובלות בינלאומיות" width="210" height="54" /></a>
                <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="תפריט"><span class="navbar-toggler-icon"></span></button>
                <div class="collapse navbar-collapse" id="mainNav">
                    <ul class="navbar-nav mr-auto">
@@menu@@
                    </ul>
                    <a class="btn btn-quote" href="/get-a-quote/">קבלת הצעת מחיר</a>
                </div>
            </div>
        </nav>
    </header>
    <main id="main-content">
        <section class="page-header">
            <div class="container">
                <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">דף הבית</a></li><li class="breadcrumb-item active" aria-current="page">מדיניות פרטיות</li></ol></nav>
            </div>
        </section>
        <section class="page-content">
            <div class="container">
                <div class="row">
                    <div class="col-lg-8 content-main">
                        <h1 class="page-title">@@title@@</h1>
                        <div class="umb-grid">
                <div class="grid-section">
        <div >
            <div class='container'>
        <div class="row clearfix">
            <div class="col-md-12 column">
                <div >
                            
    
@@rte@@


                </div>
            </div>
        </div>
            </div>
        </div>
                </div>
</div>

                    </div>
                    <aside class="col-lg-4 content-side">
                        <div class="side-box groupage-box">
                            <h3 class="side-box-title">יציאות קרובות – מכולה משותפת</h3>
                            <ul class="groupage-list">
@@deps@@
                            </ul>
                            <a class="btn btn-outline" href="/groupage/">לכל מועדי היציאה</a>
                        </div>
                        <div class="side-box quote-box">
                            <h3 class="side-box-title">השאירו פרטים ונחזור אליכם</h3>
<div id="umbraco_form_3f8a61c2d40e4b7f9c5a0d1e2b3c4d5e" class="umbraco-forms-form quickquote umbraco-forms-Default">
<form action="/privacy-policy/" enctype="multipart/form-data" method="post"><input name="__RequestVerificationToken" type="hidden" value="@@rvt@@" /><input data-val="true" data-val-required="The FormId field is required." id="FormId" name="FormId" type="hidden" value="3f8a61c2-d40e-4b7f-9c5a-0d1e2b3c4d5e" /><input id="FormName" name="FormName" type="hidden" value="Quick quote" /><input data-val="true" data-val-required="The RecordId field is required." id="RecordId" name="RecordId" type="hidden" value="00000000-0000-0000-0000-000000000000" /><input id="PreviousClicked" name="PreviousClicked" type="hidden" value="" /><input id="Theme" name="Theme" type="hidden" value="" />        <input type="hidden" name="FormStep" value="0" />
        <input type="hidden" name="RecordState" value="" />
            <div class="umbraco-forms-page">
                    <fieldset class="umbraco-forms-fieldset" id="c1d2e3f4-0a1b-4c2d-8e3f-4a5b6c7d8e9f">
                        <div class="row-fluid"><div class="umbraco-forms-container col-md-12">
                            <div class="umbraco-forms-field fullname shortanswer mandatory"><label for="a1f0c2e4-7b3d-4e59-9a61-0f2d3c4b5a69" class="umbraco-forms-label">שם מלא</label><div class="umbraco-forms-field-wrapper"><input type="text" name="a1f0c2e4-7b3d-4e59-9a61-0f2d3c4b5a69" id="a1f0c2e4-7b3d-4e59-9a61-0f2d3c4b5a69" class="text" value="" maxlength="255" data-val="true" data-val-required="נא למלא שם" /></div></div>
                            <div class="umbraco-forms-field phone shortanswer mandatory"><label for="b2e1d3f5-8c4e-4f6a-8b72-1e3f4d5c6b7a" class="umbraco-forms-label">טלפון</label><div class="umbraco-forms-field-wrapper"><input type="tel" name="b2e1d3f5-8c4e-4f6a-8b72-1e3f4d5c6b7a" id="b2e1d3f5-8c4e-4f6a-8b72-1e3f4d5c6b7a" class="text" value="" maxlength="255" data-val="true" data-val-required="נא למלא טלפון" /></div></div>
                            <div class="umbraco-forms-field destination dropdown"><label for="c3f2e4a6-9d5f-4a7b-9c83-2f4a5e6d7c8b" class="umbraco-forms-label">ארץ יעד</label><div class="umbraco-forms-field-wrapper"><select name="c3f2e4a6-9d5f-4a7b-9c83-2f4a5e6d7c8b" id="c3f2e4a6-9d5f-4a7b-9c83-2f4a5e6d7c8b"><option value=""></option><option value="ארה&quot;ב">ארה"ב</option><option value="קנדה">קנדה</option><option value="בריטניה">בריטניה</option><option value="אירופה">אירופה</option><option value="אוסטרליה">אוסטרליה</option><option value="אחר">אחר</option></select></div></div>
                        </div></div>
                    </fieldset>
                <div class="umbraco-forms-navigation row-fluid"><div class="col-md-12"><input type="submit" class="btn primary" value="שליחה" name="__next" /></div></div>
            </div>
<input name="ufprt" type="hidden" value="@@ufprt@@" /></form>
</div>
                        </div>
                    </aside>
                </div>
            </div>
        </section>
    </main>
    <footer class="site-footer">
        <div class="container">
            <div class="row">
                <div class="col-md-4"><h4>מעבר ים</h4><p>הובלות בינלאומיות מאז 1987. חברה בארגון FIDI ובעלת תו איכות FAIM.</p></div>
                <div class="col-md-4"><h4>קישורים</h4><ul><li><a href="/privacy-policy/">מדיניות פרטיות</a></li><li><a href="/terms/">תנאי שימוש</a></li><li><a href="/accessibility/">הצהרת נגישות</a></li></ul></div>
                <div class="col-md-4"><h4>צרו קשר</h4><p>רחוב המלאכה 19, חולון<br /><a href="tel:@@tel@@">@@phone@@</a></p></div>
            </div>
            <p class="copyright">© כל הזכויות שמורות למעבר ים הובלות בינלאומיות בע"מ @@year@@</p>
        </div>
    </footer>
    <script src="/DependencyHandler.axd?s=L3NjcmlwdHMvanF1ZXJ5LTMuNS4xLm1pbi5qczsvc2NyaXB0cy9ib290c3RyYXAuYnVuZGxlLm1pbi5qczsvc2NyaXB0cy9zaXRlLmpzOw&amp;t=Javascript&amp;cdv=@@cdv@@" type="text/javascript"></script>
    <script src="/App_Plugins/UmbracoForms/Assets/themes/default/umbracoforms.js" type="text/javascript"></script>
    <script>window.interdeal = { "sitekey": "8f3c2a17d6e94b0fb1c6a5e2d4f78c90", "Position": "Left", "Menulang": "HE", "domains": { "js": "https://cdn.equalweb.com/", "acc": "https://access.equalweb.com/" }, "btnStyle": { "vPosition": [ "80%", null ], "scale": [ "0.8", "0.8" ], "color": { "main": "#0d3b66", "second": "#ffffff" }, "icon": { "type": 7, "shape": "circle" } } };
    (function(doc, head, body){ var coreCall = doc.createElement('script'); coreCall.src = interdeal.domains.js + 'core/4.6.1/accessibility.js'; coreCall.defer = true; coreCall.integrity = 'sha512-2A8Rv3MZ0i5xyMvd0aQ+bKSfPdrHNtqoiUEaxyzuYZCE1wd7MVbvW4TmvoNbS5ZEu0R1XEqHG4NOfPdhNaBo+Q=='; coreCall.crossOrigin = 'anonymous'; coreCall.setAttribute('data-cfasync', true ); body? body.appendChild(coreCall) : head.appendChild(coreCall); })(document, document.head, document.body);</script>
</body>
</html>
""", cdv=state["cdv"], nkey=nkey, ntext=K.esc(ntext), tel=tel, phone=K.esc(phone), menu=menu, title=K.esc(title),
                  rte=_rte(rest), deps=deps, rvt=state["rvt"], ufprt=state["ufprt"], year=when.year)


PAGE = {
    "service": "Maavar Yam International Movers",
    "url": URL,
    "lang": "he",
    "platform": "Umbraco 8 (ASP.NET MVC 5, IIS), Grid layout, Umbraco Forms, ClientDependency",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Cache-Control", "private"), ("Server", "Microsoft-IIS/10.0"),
                      ("X-AspNetMvc-Version", "5.2"), ("X-AspNet-Version", "4.0.30319"),
                      ("X-Powered-By", "ASP.NET")],
    "n": 28,
    "start": dt.date(2024, 2, 5),
    "end": dt.date(2025, 12, 20),
    "hours": (0, 6, 12, 18),
    "policy": POLICY,
    "first_updated": dt.date(2023, 6, 18),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": URL,
        "select": ".content-main",
    },
}
