"""Israeli aesthetic-medicine clinic group on ASP.NET Web Forms (.NET Framework 4.8, master page, RTL Bootstrap).

The whole page sits in the Web Forms `<form id="form1">`; the policy is CMS HTML in a Literal inside the content
placeholder's Panel (`<div id="ctl00_cphMain_pnlContent" class="content-text">`). A fairly clean page: what changes
per visit is the Web Forms state, __VIEWSTATE and __EVENTVALIDATION (ViewStateUserKey is the session id) and the
lead form's anti-spam time field; the `WebResource.axd`/`ScriptResource.axd` `t=` stamps move when the server's
assemblies are updated. All outside `.content-text`.
"""
import datetime as dt
import html

import common as C

URL = "https://www.beautymed.co.il/privacy.aspx"

POLICY = """
# מדיניות פרטיות

עדכון אחרון: {UPDATED}

ביוטי-מד רפואה אסתטית בע"מ (להלן: "ביוטי-מד", "החברה" או "אנחנו") מפעילה רשת מרפאות לרפואה אסתטית ואת אתר האינטרנט www.beautymed.co.il. אנו מכבדים את פרטיותם של המטופלים והגולשים באתר, ומדיניות זו מתארת איזה מידע אנו אוספים, כיצד אנו משתמשים בו ומהן זכויותיך לפי חוק הגנת הפרטיות, התשמ"א-1981 והתקנות שהותקנו מכוחו.

השימוש באתר, השארת פרטים בטופס יצירת קשר או קביעת תור מהווים הסכמה לתנאי מדיניות זו. המדיניות מנוסחת בלשון זכר מטעמי נוחות בלבד והיא מתייחסת לכל המגדרים.

## 1. איזה מידע אנו אוספים

- פרטים שמסרת לנו בעת השארת פרטים באתר, בשיחה טלפונית או בוואטסאפ: שם מלא, מספר טלפון, כתובת דואר אלקטרוני והטיפול שבו התעניינת.
- פרטים הנדרשים לקביעת תור ולפתיחת תיק מטופל: מספר תעודת זהות, תאריך לידה, כתובת ומרפאה מועדפת.
- מידע רפואי הנמסר במסגרת שאלון רפואי, פגישת ייעוץ וטיפולים (ראו סעיף 2).
- תמונות "לפני ואחרי" המצולמות במרפאה לצורך תיעוד רפואי.
- פרטי תשלום, המועברים ישירות לחברת הסליקה ואינם נשמרים אצלנו במלואם.
- מידע טכני הנאסף באופן אוטומטי בעת הגלישה באתר, כגון כתובת IP, סוג הדפדפן, העמודים שנצפו ומקור ההגעה לאתר.

אינך חייב על פי חוק למסור לנו מידע כלשהו, ומסירת המידע תלויה ברצונך ובהסכמתך. עם זאת, ללא מסירת פרטים מסוימים, כגון מספר טלפון ומידע רפואי רלוונטי, לא נוכל לתאם עבורך תור או להעניק לך טיפול באופן בטוח.

## 2. מידע רפואי ותמונות

המידע הרפואי שלך נשמר ברשומה רפואית ממוחשבת בהתאם לחוק זכויות החולה, התשנ"ו-1996, ולתקנות בריאות העם (רשומות רפואיות), ונגיש רק לצוות הרפואי המטפל ולעובדים שהוסמכו לכך. אנו שומרים רשומות רפואיות לתקופה הקבועה בדין. במקרה של מעבר בין מרפאות הרשת, התיק הרפואי יועבר למרפאה החדשה כדי להבטיח את המשך הטיפול.

תמונות "לפני ואחרי" משמשות לתיעוד רפואי בלבד. פרסום תמונה כלשהי באתר, ברשתות החברתיות או בחומרי שיווק ייעשה רק לאחר קבלת הסכמתך המפורשת בכתב, ותוכל לבטל הסכמה זו בכל עת. הגישה לתמונות מוגבלת לרופא המטפל ולצוות המרפאה, והן אינן נשלחות באמצעות יישומוני מסרים אישיים של אנשי הצוות.

## 3. מטרות השימוש במידע

- יצירת קשר עמך בהמשך לפנייתך ותיאום פגישת ייעוץ.
- מתן טיפולים רפואיים-אסתטיים, מעקב אחר תוצאותיהם וניהול התיק הרפואי.
- שליחת תזכורות לתורים באמצעות מסרונים (SMS) ווואטסאפ.
- שליחת עדכונים, מבצעים ודיוור פרסומי, בכפוף להסכמתך לפי סעיף 30א לחוק התקשורת (בזק ושידורים), התשמ"ב-1982.
- שיפור האתר, ניתוח סטטיסטי ומדידת יעילות קמפיינים.
- עמידה בדרישות הדין, לרבות דרישות משרד הבריאות ורשויות המס.

לא נעשה שימוש במידע רפואי לצורכי שיווק ופרסום. דיוור פרסומי יישלח רק למי שנתן את הסכמתו לכך, וניתן לבקש בכל עת להפסיק לקבלו.

## 4. העברת מידע לצדדים שלישיים

איננו מוכרים ואיננו משכירים מידע אישי. אנו עשויים להעביר מידע לספקי שירות הפועלים מטעמנו, בהיקף הנדרש לצורך מתן השירות בלבד. אנו דורשים מספקי השירות לשמור על סודיות המידע ולא לעשות בו שימוש למטרותיהם שלהם:

| ספק | מטרת ההעברה |
| מערכת ניהול מרפאה ותורים | ניהול תיקי מטופלים וזימון תורים |
| Salesforce | ניהול פניות ולידים |
| Twilio ו-WhatsApp Business (Meta) | שליחת תזכורות והודעות |
| Tranzila | סליקת כרטיסי אשראי |
| Google ו-Meta | ניתוח השימוש באתר ופרסום ממומן |

חלק מספקי השירות מאחסנים מידע מחוץ לישראל. העברת המידע נעשית בהתאם לתקנות הגנת הפרטיות (העברת מידע אל מאגרי מידע שמחוץ לגבולות המדינה), התשס"א-2001. מידע עשוי להימסר גם לרשויות מוסמכות כאשר הדבר נדרש על פי דין או צו שיפוטי, וכן במסגרת הליכים משפטיים בינך לבין החברה.

## 5. עוגיות (Cookies)

האתר משתמש בעוגיות לצורך תפעולו השוטף, לאיסוף נתונים סטטיסטים ולהתאמת פרסומות. ניתן לחסום עוגיות באמצעות הגדרות הדפדפן, אולם חלק משירותי האתר, כגון טופס קביעת התור, עלולים שלא לפעול כראוי.

בעת הכניסה לאתר מוצגת הודעה בדבר השימוש בעוגיות. עוגיות מדידה ופרסום מופעלות רק לאחר שלחצת על "אישור", ובאפשרותך לשנות את העדפותיך בכל עת באמצעות הקישור "הגדרות עוגיות" בתחתית האתר.

## 6. אבטחת מידע

אנו מיישמים אמצעי אבטחה בהתאם לתקנות הגנת הפרטיות (אבטחת מידע), התשע"ז-2017, לרבות הצפנת תקשורת, בקרת הרשאות, גיבויים ותיעוד גישה למאגרי המידע. למרות זאת, אין באפשרותנו להבטיח חסינות מוחלטת מפני חדירה בלתי מורשית. אם יתרחש אירוע אבטחה חמור הנוגע למידע שלך, נפעל בהתאם להוראות הדין, לרבות דיווח לרשות להגנת הפרטיות.

העובדים שלנו מחויבים בחובת סודיות ועוברים הדרכה תקופתית בנושא הגנת פרטיות ואבטחת מידע. הגישה למערכות המידע מתבצעת באמצעות הזדהות אישית, וכל כניסה לתיק רפואי מתועדת ונבדקת באופן מדגמי.

## 7. מאגרי מידע

המידע נשמר במאגרי מידע של החברה, המנוהלים בשרתים מאובטחים, וחלקם מאוחסנים בשירותי ענן של ספקים מוכרים. מאגר המטופלים של החברה רשום אצל רשם מאגרי המידע ברשות להגנת הפרטיות.

## 8. זכות עיון ותיקון

לפי סעיפים 13 ו-14 לחוק הגנת הפרטיות, באפשרותך לעיין במידע המוחזק עליך במאגרי המידע שלנו ולבקש לתקנו או למחקו אם אינו נכון, שלם, ברור או מעודכן. בקשה לעיון במידע תיענה בתוך 30 יום מיום קבלתה, ובקשה לעיון במידע רפואי תטופל בהתאם לחוק זכויות החולה. ניתן לבקש להסיר את פרטיך מרשימת הדיוור בכל עת באמצעות קישור ההסרה המופיע בכל הודעה או בפנייה אלינו.

אם סירבנו לבקשתך לעיין במידע או לתקנו, באפשרותך לערער על כך בבית משפט השלום, בהתאם לתקנות הגנת הפרטיות (תנאים לעיון במידע וסדרי הדין בערעור על סירוב בקשה לעיון), התשמ"א-1981.

## 9. יצירת קשר

לכל שאלה בנוגע למדיניות זו או לבקשת מימוש זכויותיך ניתן לפנות אלינו:

@ ביוטי-מד רפואה אסתטית בע"מ
@ רחוב הברזל 32, תל אביב-יפו 6971045
@ טלפון: 03-7654321
@ דוא"ל: privacy@beautymed.co.il

## 10. שינויים במדיניות

אנו עשויים לעדכן מדיניות זו מעת לעת, בין היתר בעקבות שינויים בדין או בשירותים שאנו מציעים. הנוסח המחייב הוא הנוסח המפורסם באתר, ומועד העדכון האחרון מופיע בראש העמוד. במקרה של שינוי מהותי נודיע על כך באתר או בהודעה למטופלים הרשומים.
"""

EDITS = [
    {"note": "processor row added (monday.com, internal request handling)",
     "repl": [("| Salesforce | ניהול פניות ולידים |",
               "| Salesforce | ניהול פניות ולידים |\n| monday.com | ניהול משימות ופניות פנימיות |")]},
    {"note": "typo fixed: סטטיסטים -> סטטיסטיים (no new date)", "bump": False,
     "repl": [("נתונים סטטיסטים", "נתונים סטטיסטיים")]},
    {"note": "purpose added: satisfaction surveys after a treatment",
     "repl": [("- שיפור האתר, ניתוח סטטיסטי ומדידת יעילות קמפיינים.",
               "- שליחת סקרי שביעות רצון לאחר טיפול.\n- שיפור האתר, ניתוח סטטיסטי ומדידת יעילות קמפיינים.")]},
    {"note": "head office moved: address changed in the contact block",
     "repl": [("@ רחוב הברזל 32, תל אביב-יפו 6971045", "@ דרך מנחם בגין 132, מגדל עזריאלי העגול, קומה 21, תל אביב-יפו 6701101")]},
    {"note": "Amendment 13: databases section rewritten (privacy officer appointed), contact addressed to the officer",
     "repl": [("מאגר המטופלים של החברה רשום אצל רשם מאגרי המידע ברשות להגנת הפרטיות.",
               "בהתאם לתיקון מס' 13 לחוק הגנת הפרטיות, מינתה החברה ממונה על הגנת הפרטיות, האחראי על פיקוח ועל יישום הוראות הדין בנוגע למידע הנשמר במאגרים."),
              ("ניתן לפנות אלינו:", "ניתן לפנות אל הממונה על הגנת הפרטיות בחברה:")]},
    {"note": "phone number changed",
     "repl": [("@ טלפון: 03-7654321", "@ טלפון: 03-7654300")]},
]

HE_MONTHS = ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר",
             "בנובמבר", "בדצמבר"]


def fmt_date(d):
    return "%d %s %d" % (d.day, HE_MONTHS[d.month - 1], d.year)


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["viewstate"] = "/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBD2QWAgIBDxYCHgRUZXh0" + C.b64tok(rng, 420)
    st["eventvalidation"] = "/wEdAAc" + C.b64tok(rng, 150)
    st["formtime"] = str(C.epoch(when) * 1000 + rng.randint(0, 999))
    st["axd_t"] = C.keep_or(rng, p.get("axd_t"), 0.1,
                            lambda: str((C.epoch(when) - rng.randint(86400, 86400 * 40) + 62135596800) * 10 ** 7))
    return st


LABELS = {"viewstate": "__VIEWSTATE", "eventvalidation": "__EVENTVALIDATION",
          "formtime": "lead form anti-spam time field", "axd_t": "WebResource.axd/ScriptResource.axd t= stamps"}


def esc(s):
    return html.escape(s, quote=False)


def policy_html(blocks):
    out = []
    for kind, v in blocks:
        if kind == "table":
            head = "".join('<th scope="col">%s</th>' % C.inline_html(x) for x in v[0])
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r) for r in v[1:])
            out.append('<div class="table-responsive"><table class="table table-striped"><thead><tr>%s</tr></thead>'
                       '<tbody>%s</tbody></table></div>' % (head, rows))
        elif kind == "h1":
            out.append('<h1 class="page-title">%s</h1>' % C.inline_html(v))
        elif kind == "p" and v.startswith("עדכון אחרון"):
            out.append('<p class="last-update"><small>%s</small></p>' % C.inline_html(v))
        else:
            out.append(C.block_html((kind, v)))
    return "\r\n".join(out)


TREATMENTS = [("הזרקות בוטוקס", "botox"), ("חומצה היאלורונית", "fillers"), ("הסרת שיער בלייזר", "laser-hair-removal"),
              ("טיפולי פנים", "facials"), ("מיצוק העור", "skin-tightening"), ("טיפול בצלקות אקנה", "acne-scars")]
CLINICS = ["תל אביב", "רמת גן", "הרצליה", "ירושלים", "חיפה", "באר שבע"]


def render(st, blocks, when):
    t = st["axd_t"]
    nav = "\r\n".join('                        <li class="nav-item"><a class="nav-link" href="/treatments/%s.aspx">%s</a></li>'
                      % (u, esc(n)) for n, u in TREATMENTS)
    clinic_opts = "".join('<option value="%d">%s</option>' % (k + 1, esc(c)) for k, c in enumerate(CLINICS))
    return """

<!DOCTYPE html>

<html xmlns="http://www.w3.org/1999/xhtml" lang="he" dir="rtl">
<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>
	מדיניות פרטיות | ביוטי-מד רפואה אסתטית
</title><link rel="icon" href="/favicon.ico" /><link href="https://fonts.googleapis.com/css2?family=Heebo:wght@300;400;700&amp;display=swap" rel="stylesheet" /><link href="/Content/bootstrap.rtl.min.css" rel="stylesheet" /><link href="/Content/site.css?v=4.2.1" rel="stylesheet" />
    <!-- Google Tag Manager -->
    <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
    new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
    j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
    'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
    })(window,document,'script','dataLayer','GTM-W8R2KTD');</script>
    <!-- End Google Tag Manager -->
<meta name="description" content="מדיניות הפרטיות של רשת מרפאות ביוטי-מד לרפואה אסתטית" /><link rel="canonical" href="https://www.beautymed.co.il/privacy.aspx" /></head>
<body class="inner-page page-privacy">
    <!-- Google Tag Manager (noscript) -->
    <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-W8R2KTD" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
    <!-- End Google Tag Manager (noscript) -->
    <form method="post" action="./privacy.aspx" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%(vs)s" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
if (!theForm) {
    theForm = document.form1;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>


<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHCZinHsmTftbBz8ARFqQG4SmTbTGQGNsxByiu_uCqw8TkmzFRa8mCxmfOcnGQv3Y4GEvxbHnfE1&amp;t=%(t)s" type="text/javascript"></script>


<script src="/ScriptResource.axd?d=nv7asgRUU0tRmHNR2D6t1GLhr93Jz9-t5kB6n6kWB9Ubbfj3aW01lSvCPnVH8b_6sVgUx8Ow2P4Gj6fUkD0F9BDcqKZDLBYVMBQN-3_ALnZeCGJBeXEhLhDmK1MOXnJ30&amp;t=%(t2)s" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvs-ERqdr2-y-dtZcYhOf-U0UNZyR4Vd9qWx5CDV_BLWPpz28kr3ySMjJMcWPb8FLvsOYB5HtbQ-iQ_wwHl3KSlgBOf0RljnTjl7Pd6ghxdMS0&amp;t=%(t2)s" type="text/javascript"></script>
<div class="aspNetHidden">

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="2D1F37A9" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%(ev)s" />
</div>
        <script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'form1', ['tctl00$ucLeadForm$upLead','ucLeadForm_upLead'], [], [], 90, 'ctl00');
//]]>
</script>

        <header class="site-header">
            <div class="topbar">
                <div class="container">
                    <a href="tel:*6480" class="topbar-phone">ייעוץ ללא עלות: *6480</a>
                    <a href="https://wa.me/972537654321" class="topbar-whatsapp" target="_blank" rel="noopener">וואטסאפ</a>
                </div>
            </div>
            <nav class="navbar navbar-expand-lg">
                <div class="container">
                    <a id="ctl00_hlLogo" class="navbar-brand" href="/"><img src="/images/logo-beautymed.svg" alt="ביוטי-מד רפואה אסתטית" width="180" height="48" /></a>
                    <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="תפריט"><span class="navbar-toggler-icon"></span></button>
                    <div class="collapse navbar-collapse" id="mainNav">
                        <ul class="navbar-nav ms-auto">
%(nav)s
                        <li class="nav-item"><a class="nav-link" href="/clinics.aspx">המרפאות שלנו</a></li>
                        <li class="nav-item"><a class="nav-link" href="/doctors.aspx">הרופאים</a></li>
                        </ul>
                    </div>
                </div>
            </nav>
        </header>

        <main id="main" class="main-content">
            <div class="container">
                <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">דף הבית</a></li><li class="breadcrumb-item active" aria-current="page">מדיניות פרטיות</li></ol></nav>
                <div class="row">
                    <div class="col-lg-8">
                        <div id="ctl00_cphMain_pnlContent" class="content-text">
	%(policy)s
</div>
                    </div>
                    <aside class="col-lg-4">
                        <div id="ctl00_ucLeadForm_upLead">
	<div class="lead-box">
                                <h3 class="lead-box-title">השאירו פרטים ונחזור אליכם</h3>
                                <div class="mb-2"><input name="ctl00$ucLeadForm$txtName" type="text" id="ctl00_ucLeadForm_txtName" class="form-control" placeholder="שם מלא" /></div>
                                <div class="mb-2"><input name="ctl00$ucLeadForm$txtPhone" type="tel" id="ctl00_ucLeadForm_txtPhone" class="form-control" placeholder="טלפון" /></div>
                                <div class="mb-2"><select name="ctl00$ucLeadForm$ddlClinic" id="ctl00_ucLeadForm_ddlClinic" class="form-select"><option value="">בחרו מרפאה</option>%(clinics)s</select></div>
                                <div class="form-check mb-2"><input id="ctl00_ucLeadForm_cbMarketing" type="checkbox" name="ctl00$ucLeadForm$cbMarketing" /><label for="ctl00_ucLeadForm_cbMarketing">אני מאשר/ת קבלת עדכונים ודיוור</label></div>
                                <input type="hidden" name="ctl00$ucLeadForm$hfFormTime" id="ctl00_ucLeadForm_hfFormTime" value="%(ft)s" />
                                <input type="submit" name="ctl00$ucLeadForm$btnSend" value="שליחה" onclick="javascript:WebForm_DoPostBackWithOptions(new WebForm_PostBackOptions(&quot;ctl00$ucLeadForm$btnSend&quot;, &quot;&quot;, true, &quot;lead&quot;, &quot;&quot;, false, false))" id="ctl00_ucLeadForm_btnSend" class="btn btn-primary w-100" />
                            </div>
</div>
                    </aside>
                </div>
            </div>
        </main>

        <footer class="site-footer">
            <div class="container">
                <div class="row">
                    <div class="col-md-4"><h4>ביוטי-מד</h4><p>רשת מרפאות לרפואה אסתטית בהובלת רופאים מומחים. הטיפולים ניתנים על ידי רופאים בלבד.</p></div>
                    <div class="col-md-4"><h4>מידע</h4><ul class="list-unstyled"><li><a href="/terms.aspx">תקנון האתר</a></li><li><a href="/privacy.aspx">מדיניות פרטיות</a></li><li><a href="/accessibility.aspx">הצהרת נגישות</a></li></ul></div>
                    <div class="col-md-4"><h4>צרו קשר</h4><p>*6480 | info@beautymed.co.il</p></div>
                </div>
                <p class="copyright">&copy; כל הזכויות שמורות לביוטי-מד רפואה אסתטית בע"מ %(year)d</p>
            </div>
        </footer>
        <a href="https://wa.me/972537654321" class="whatsapp-float" target="_blank" rel="noopener" aria-label="שלחו הודעת וואטסאפ"><img src="/images/whatsapp.svg" alt="" width="56" height="56" /></a>
    
<script type="text/javascript">
//<![CDATA[
var Page_ValidationSummaries =  new Array(document.getElementById("ctl00_ucLeadForm_vsLead"));
//]]>
</script>
</form>
    <script src="/Scripts/bootstrap.bundle.min.js"></script>
    <script src="/Scripts/site.js?v=4.2.1"></script>
    <script src="https://cdn.enable.co.il/licenses/enable-L17034hcvf2nxb9-0422-51863/init.js"></script>
</body>
</html>
""" % {"vs": st["viewstate"], "ev": st["eventvalidation"], "t": t, "t2": str(int(t) + 1234567), "nav": nav,
       "policy": policy_html(blocks), "clinics": clinic_opts, "ft": st["formtime"], "year": when.year}


PAGE = {
    "service": "BeautyMed",
    "url": URL,
    "lang": "he",
    "platform": "ASP.NET Web Forms 4.8 (master page, UpdatePanel lead form, RTL Bootstrap 5)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Microsoft-IIS/10.0"), ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET"),
                      ("Cache-Control", "private")),
    "n": 28,
    "start": dt.date(2022, 11, 1),
    "end": dt.date(2025, 12, 20),
    "hours": (4, 16),
    "policy": POLICY,
    "first_updated": dt.date(2022, 8, 21),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".content-text"},
}
