"""נגה בית (Noga Bayit, furniture chain, Rishon LeZion) - he-IL - Adobe Commerce (Magento 2.4) CMS page
"/takanon" built with PageBuilder, right-to-left: one page, two documents - the site's terms of sale in the first
row and the privacy policy in a second row carrying the CSS class "privacy-policy" (the tracked document; its
title is a PageBuilder heading h2, its sections h3). Noise: the per-visit form_key (in the content column and the
newsletter form), static-content deploy versions (/static/version…/), the header promo bar with a days-left
countdown for the seasonal sales, PageBuilder's data-pb-style ids and the <style> block regenerated whenever the
page is saved (terms-of-sale edits, the privacy edits), a Catalog Products List widget under the rows with prices
and stock badges, the terms of sale's own edits, the Magento 2.4.4 -> 2.4.7 upgrade (pb-style era, new
header markup). Noisy."""
import datetime as dt
import html
import common as C

URL = "https://www.nogabayit.co.il/takanon"
HODASHIM = ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר",
            "בנובמבר", "בדצמבר"]


def fmt_date(d):
    return "%d %s %d" % (d.day, HODASHIM[d.month - 1], d.year)


POLICY = """
## מדיניות פרטיות

עודכן לאחרונה: {UPDATED}

נגה בית רהיטים בע"מ (להלן: "נגה בית", "החברה" או "אנחנו") מכבדת את פרטיותך. מדיניות זו מתארת אילו מידע אנו אוספים עליך כשאתה גולש באתר nogabayit.co.il, רוכש מוצרים באתר או בסניפי הרשת, מצטרף למועדון הלקוחות או פונה לשירות הלקוחות, וכיצד אנו משתמשים במידע זה, בהתאם לחוק הגנת הפרטיות, התשמ"א-1981 והתקנות שהותקנו מכוחו.

המדיניות מנוסחת בלשון זכר מטעמי נוחות בלבד, והיא מתייחסת לכל המגדרים.

### 1. המידע שאנו אוספים

- פרטי זיהוי וקשר: שם מלא, מספר תעודת זהות (לצורך חשבונית או הסדר תשלומים), כתובת דואר אלקטרוני, מספר טלפון וכתובת למשלוח;
- פרטי הזמנה: המוצרים שרכשת, הרכבה, מועד האספקה שנקבע, קומה ונתוני גישה לדירה (מעלית, מדרגות);
- פרטי תשלום: אמצעי התשלום ומספר התשלומים. פרטי כרטיס האשראי מועברים ישירות לחברת הסליקה ואינם נשמרים אצלנו;
- מידע על השימוש באתר: כתובת IP, סוג הדפדפן והמכשיר, הדפים שבהם צפית, מוצרים ששמרת ברשימת המשאלות ועוגיות;
- פניות לשירות הלקוחות: תוכן הפנייה, הקלטות שיחות טלפון ותמונות שצירפת לצורך טיפול בתקלה או באחריות.

אינך חייב על פי חוק למסור לנו מידע, אולם ללא מידע מסוים לא נוכל לספק את ההזמנה או את השירות המבוקש.

### 2. מטרות השימוש במידע

אנו משתמשים במידע לצורך:

- ביצוע ההזמנה, תיאום מועד האספקה וההרכבה ומתן שירות לאחר המכירה;
- טיפול בקריאות שירות ובמימוש האחריות על המוצרים;
- ניהול מועדון הלקוחות וצבירת נקודות;
- משלוח דיוור שיווקי, אם נתת לכך את הסכמתך, בהתאם לסעיף 30א לחוק התקשורת (בזק ושידורים);
- שיפור האתר, התאמת התכנים וההמלצות לתחומי העניין שלך וביצוע ניתוחים סטטיסטיים;
- מניעת הונאות ושמירה על אבטחת האתר;
- עמידה בדרישות הדין, לרבות דיני המס והגנת הצרכן.

### 3. מועדון הלקוחות

חברי מועדון נגה בית נהנים מהטבות והנחות. לצורך ניהול המועדון נשמרים פרטי ההצטרפות, היסטוריית הרכישות ויתרת הנקודות. ניתן לבטל את החברות במועדון בכל עת בפנייה לשירות הלקוחות. ביטול החברות אינו משפיע על האחריות למוצרים שנרכשו.

### 3א. אספקה, הרכבה ושירות

לצורך תיאום האספקה וההרכבה נעביר את שמך, כתובתך ומספר הטלפון שלך למוביל ולמרכיב מטעמנו. המוביל עשוי ליצור עמך קשר טלפוני או בהודעת SMS ביום האספקה. במקרה של נזק או תקלה במוצר, ייתכן שנבקש ממך תמונות של המוצר. התמונות ישמשו אך ורק לטיפול בקריאת השירות ויימחקו בתום הטיפול.

בעת מסירת המוצר נבקש ממך לחתום על תעודת משלוח, באופן ידני או דיגיטלי. החתימה נשמרת יחד עם פרטי ההזמנה לצורך הוכחת המסירה.

### 3ב. מצלמות אבטחה בסניפים

בסניפי הרשת ובמחסני הלוגיסטיקה מוצבות מצלמות אבטחה לצורך שמירה על ביטחון הלקוחות והעובדים ומניעת גניבות. המצלמות אינן מוצבות בחדרי שירותים או בחדרים המיועדים להחלפת בגדים. הצילומים נשמרים לתקופה של עד 30 יום, אלא אם נדרשו לצורך בירור אירוע או הליך משפטי. במקומות שבהם מוצבות מצלמות ישנו שילוט מתאים.

### 3ג. ביקורות לקוחות

באפשרותך לפרסם באתר חוות דעת על מוצרים שרכשת. חוות הדעת יפורסמו באתר עם שמך הפרטי והאות הראשונה של שם משפחתך בלבד. אנו רשאים שלא לפרסם חוות דעת הכוללות תוכן פוגעני או פרטים אישיים של אחרים.

### 3ד. הגרלות ומבצעים

השתתפות בהגרלות ובמבצעים כפופה לתקנון המבצע. פרטי המשתתפים ישמשו לניהול המבצע וליצירת קשר עם הזוכים בלבד, ויימחקו בתום שישה חודשים ממועד סיום המבצע, למעט פרטי הזוכים הנדרשים לצורכי מס.

### 4. מסירת מידע לצדדים שלישיים

לא נמכור את המידע האישי שלך. נעביר מידע לצדדים שלישיים רק במקרים הבאים:

- לחברות ההובלה וההרכבה שעובדות עמנו, במידה הנדרשת לאספקת ההזמנה;
- לחברת הסליקה קארדקום לצורך ביצוע התשלום;
- לספקי שירותי מחשוב ואחסון, לרבות Adobe ו-Amazon Web Services, המאחסנים את האתר ואת מאגרי המידע;
- לספק שירותי הדיוור ActiveTrail לצורך משלוח דיוור למי שהסכים לכך;
- לספקי כלי ניתוח ופרסום כגון Google ו-Meta, במידע שאינו מזהה אותך באופן אישי;
- לרשויות מוסמכות, אם נידרש לכך על פי דין או צו שיפוטי.

ספקים אלה מחויבים לשמור על סודיות המידע ולהשתמש בו רק למטרה שלשמה נמסר.

### 5. עוגיות (Cookies)

האתר משתמש בעוגיות לצורך תפעולו השוטף, שמירת סל הקניות, איסוף נתונים סטטיסטיים והתאמת פרסומות. באפשרותך לחסום עוגיות בהגדרות הדפדפן, אך ייתכן שחלק מהשירותים באתר לא יפעלו כראוי.

### 5א. דיוור ישיר והודעות שירות

אם הסכמת לכך, נשלח אליך בדואר האלקטרוני, במסרונים ובוואטסאפ עדכונים על קולקציות חדשות, מבצעים והטבות למועדון. ניתן להסיר את עצמך מרשימת התפוצה בכל עת באמצעות קישור ההסרה המופיע בכל הודעה, בהשבת המילה "הסר" למסרון או בפנייה לשירות הלקוחות.

הודעות שירות, כגון אישור הזמנה, תיאום מועד אספקה והודעות על עיכוב, יישלחו אליך גם אם לא הסכמת לקבל דיוור שיווקי, משום שהן נחוצות לביצוע ההזמנה.

### 5ב. רשתות חברתיות ופרסום מותאם

אנו מפעילים עמודים ברשתות החברתיות פייסבוק, אינסטגרם וטיקטוק. תגובות והודעות שתשלח לנו ברשתות אלה יטופלו על ידי צוות השירות שלנו, והמידע שתפרסם בהן כפוף גם למדיניות הפרטיות של הרשת החברתית.

אנו עשויים להשתמש בכלים של רשתות הפרסום כדי להציג לך מודעות על מוצרים שצפית בהם באתר. באפשרותך להגביל פרסום מותאם באמצעות הגדרות הפרטיות בחשבונך ברשת החברתית או בהגדרות הדפדפן.

### 5ג. משרות פנויות

אם שלחת אלינו קורות חיים, נשתמש בהם לצורך בחינת מועמדותך למשרה שאליה פנית או למשרות דומות. קורות חיים של מועמדים שלא התקבלו נשמרים עד 12 חודשים, אלא אם ביקשת למחוק אותם לפני כן.

### 6. העברת מידע מחוץ לישראל

חלק מספקי השירות שלנו מאחסנים מידע בשרתים הנמצאים באיחוד האירופי או בארצות הברית. העברת המידע נעשית בהתאם לתקנות הגנת הפרטיות (העברת מידע אל מאגרי מידע שמחוץ לגבולות המדינה), התשס"א-2001.

### 7. שמירת מידע

נשמור את המידע כל עוד הוא נחוץ למטרות שלשמן נאסף. פרטי הזמנות וחשבוניות נשמרים 7 שנים בהתאם לדיני המס. הקלטות של שיחות לשירות הלקוחות נשמרות 12 חודשים. מידע שנאסף לצורך דיוור יימחק בתוך 30 יום ממועד בקשת ההסרה.

### 8. אבטחת מידע

אנו נוקטים אמצעי אבטחה מקובלים, לרבות הצפנת התקשורת באתר בתקן TLS, הרשאות גישה מוגבלות ובקרות תקופתיות. עם זאת, אין באפשרותנו להבטיח חסינות מוחלטת מפני חדירה למערכות.

### 9. זכויותיך

על פי חוק הגנת הפרטיות, אתה רשאי לעיין במידע עליך המוחזק במאגרי המידע שלנו, ולבקש לתקן או למחוק מידע שאינו נכון, שלם, ברור או מעודכן. כמו כן תוכל לבקש בכל עת להסיר את פרטיך מרשימת הדיוור.

בקשות יש לשלוח לכתובת [privacy@nogabayit.co.il](mailto:privacy@nogabayit.co.il) או בדואר לכתובת:

@ נגה בית רהיטים בע"מ – מחלקת שירות לקוחות
@ רחוב הרופא 12, אזור התעשייה החדש
@ ראשון לציון 7565512

נשיב לבקשתך בתוך 30 יום.

### 9ב. קטינים

האתר אינו מיועד לקטינים מתחת לגיל 18, ואין לבצע בו רכישות ללא הסכמת הורה או אפוטרופוס. איננו אוספים ביודעין מידע על קטינים. אם נודע לנו שנמסר לנו מידע של קטין ללא הסכמה כאמור, נפעל למחיקתו.

### 9ג. קישורים לאתרים אחרים

האתר עשוי לכלול קישורים לאתרים של צדדים שלישיים, כגון יצרנים, חברות מימון ורשתות חברתיות. מדיניות זו אינה חלה על אתרים אלה, ואנו ממליצים לקרוא את מדיניות הפרטיות של כל אתר לפני מסירת מידע אישי. איננו אחראים לתוכן האתרים האחרים או לאופן שבו הם מטפלים במידע.

### 9ד. הסדרי תשלומים ומימון

אם בחרת לרכוש מוצר בהסדר מימון באמצעות חברת אשראי חיצונית, נעביר לחברה את הפרטים הנדרשים לבדיקת הבקשה ולאישורה. ההחלטה על מתן האשראי מתקבלת על ידי חברת המימון בלבד, והמידע שתמסור לה כפוף למדיניות הפרטיות שלה.

### 9ה. פניות ותלונות

נשמח לקבל כל שאלה, בקשה או תלונה בנוגע לאופן שבו אנו מטפלים במידע האישי שלך. ניתן לפנות אלינו בטלפון, בדואר האלקטרוני או באמצעות טופס צור קשר באתר. פניות בנושאי פרטיות מועברות לטיפול הגורם האחראי בחברה, והמענה יינתן בכתב. אם לא תהיה מרוצה מהמענה שקיבלת, באפשרותך לפנות לרשות להגנת הפרטיות במשרד המשפטים.

### 10. שינויים במדיניות

אנו רשאים לעדכן מדיניות זו מעת לעת, בין היתר בעקבות שינויים בשירותים שלנו או בדרישות הדין. על שינויים מהותיים נודיע באתר או בדואר האלקטרוני לפני כניסתם לתוקף, ככל שהדבר אפשרי. הנוסח המחייב הוא הנוסח המופיע באתר במועד השימוש בו.
"""

EDITS = [
    {"note": "call recordings kept 6 months instead of 12",
     "repl": [("הקלטות של שיחות לשירות הלקוחות נשמרות 12 חודשים.", "הקלטות של שיחות לשירות הלקוחות נשמרות 6 חודשים.")]},
    {"note": "processor added: Glassix for the website chat",
     "repl": [("- לספק שירותי הדיוור ActiveTrail", "- לחברת Glassix, המפעילה את הצ'אט באתר ובוואטסאפ;\n- לספק שירותי הדיוור ActiveTrail")]},
    {"note": "sentence deleted: cancelling membership does not affect warranty (silent, date kept)", "bump": False,
     "repl": [(" ביטול החברות אינו משפיע על האחריות למוצרים שנרכשו.", "")]},
    {"note": "privacy contact moved to the company's new headquarters",
     "repl": [("@ רחוב הרופא 12, אזור התעשייה החדש\n@ ראשון לציון 7565512", "@ שדרות רוטשילד 45, קומה 3\n@ ראשון לציון 7526602")]},
    {"note": "new section on the privacy protection officer (Amendment 13)",
     "repl": [("### 10. שינויים במדיניות", "### 9א. ממונה על הגנת הפרטיות\n\nבהתאם לתיקון מס' 13 לחוק הגנת הפרטיות, מינינו ממונה על הגנת הפרטיות. ניתן לפנות אליו בכל שאלה בנושא פרטיות בכתובת [dpo@nogabayit.co.il](mailto:dpo@nogabayit.co.il).\n\n### 10. שינויים במדיניות")]},
]

TERMS = [
    ("תקנון האתר", "h2"),
    ("ברוכים הבאים לאתר נגה בית. השימוש באתר וביצוע רכישות בו כפופים לתנאים המפורטים בתקנון זה. ביצוע הזמנה באתר מהווה הסכמה לתנאי התקנון.", "p"),
    ("הזמנות ומחירים", "h3"),
    ("המחירים באתר כוללים מע\"מ ואינם כוללים דמי הובלה והרכבה, אלא אם צוין אחרת. החברה רשאית לשנות את המחירים מעת לעת; המחיר הקובע הוא המחיר במועד ביצוע ההזמנה.", "p"),
    ("אספקה והרכבה", "h3"),
    ("מועד האספקה המשוער מצוין בדף המוצר. מוצרים בהזמנה אישית יסופקו בתוך {DAYS} ימי עסקים. נציג מחלקת ההובלות יתאם עמך מועד אספקה מדויק.", "p"),
    ("ביטול עסקה", "h3"),
    ("ניתן לבטל עסקה בהתאם לחוק הגנת הצרכן, התשמ\"א-1981. בביטול עסקה ייגבו דמי ביטול בשיעור של 5% ממחיר העסקה או 100 ש\"ח, לפי הנמוך מביניהם. מוצרים שיוצרו בהתאמה אישית אינם ניתנים לביטול לאחר תחילת הייצור.", "p"),
    ("אחריות", "h3"),
    ("על המוצרים חלה אחריות יצרן כמפורט בתעודת האחריות המצורפת לכל מוצר. האחריות אינה חלה על נזק שנגרם משימוש שלא בהתאם להוראות.", "p"),
]
PRODUCTS = [("ספה תלת מושבית מילאנו", "milano-sofa", 5990), ("מיטה זוגית אלון טבעי", "oak-bed", 4290),
            ("שולחן אוכל נפתח ורונה", "verona-table", 3490), ("כורסת טלוויזיה חשמלית", "recliner-e", 2790),
            ("ארון הזזה 3 דלתות", "sliding-wardrobe", 3990), ("קומודה 6 מגירות", "dresser-6", 1890),
            ("מזנון עץ מלא", "sideboard-solid", 2490), ("פינת אוכל 6 כיסאות", "dining-set-6", 6990)]
SALES = [((3, 20), (4, 12), "מבצע פסח"), ((8, 20), (9, 25), "מבצע חגי תשרי"), ((11, 15), (11, 30), "בלאק פריידי"),
         ((6, 15), (7, 10), "סוף עונה")]
VERSIONS = [(dt.datetime(2000, 1, 1), "2.4.4"), (dt.datetime(2024, 3, 10), "2.4.7")]


def pb_id(rng):
    return C.alnum(rng, 7, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"form_key": C.alnum(rng, 16)}
    s["magento"] = [v for d, v in VERSIONS if when >= d][-1]
    s["deploy"] = C.keep_or(rng, prev.get("deploy") if prev.get("magento") == s["magento"] else None, 0.3,
                            lambda: str(C.epoch(when) - rng.randint(3600, 86400 * 5)))
    md = (when.month, when.day)
    sale = None
    for a, b, label in SALES:
        if a <= md <= b:
            end = dt.date(when.year, *b)
            sale = "%s – עד %d%% הנחה! נותרו %d ימים" % (label, 40, (end - when.date()).days + 1)
    s["promo"] = sale or "משלוח חינם בקנייה מעל 3,000 ש\"ח | עד 36 תשלומים ללא ריבית"
    s["terms_days"] = 45 if when < dt.datetime(2023, 5, 1) else (60 if when < dt.datetime(2024, 9, 1) else 50)
    # every save of the CMS page regenerates the pb-style ids; the page is saved on each edit of either document
    s["pb"] = C.keep_or(rng, prev.get("pb") if prev.get("terms_days") == s["terms_days"] else None, 0.15,
                        lambda: tuple(pb_id(rng) for _ in range(6)))
    s["products"] = C.keep_or(rng, prev.get("products"), 0.5, lambda: tuple(rng.sample(range(len(PRODUCTS)), 4)))
    s["prices"] = tuple((PRODUCTS[k][2] if rng.random() < 0.6 else int(PRODUCTS[k][2] * rng.choice([0.8, 0.85, 0.9]) // 10 * 10 - 10),
                         rng.choice(["במלאי", "במלאי", "במלאי", "מלאי אחרון", "בהזמנה אישית"])) for k in s["products"])
    return s


LABELS = {"form_key": "per-visit form_key (content column and newsletter form)",
          "magento": "Magento 2.4.4 -> 2.4.7 upgrade (header markup, new static paths)",
          "deploy": "static-content deploy version in asset URLs",
          "promo": "header promo bar (seasonal sale with days-left countdown)",
          "terms_days": "terms of sale (first document on the page) edited: delivery days",
          "pb": "CMS page re-saved by an editor",
          "pb_ids": "PageBuilder data-pb-style ids and style block regenerated on page save",
          "products": "Catalog Products List widget below the documents (products)",
          "prices": "widget prices, special prices and stock badges"}


def render(s, blocks, when):
    # ids derive from the save: an admin re-save (state) or an edit of the privacy row (its blocks)
    h = C.det_sha("pb", s["pb"], repr(blocks))
    pb = tuple("".join("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[int(h[k * 5 + j:k * 5 + j + 2], 16) % 36] for j in range(7))
               for k in range(6))
    s["pb_ids"] = pb
    new = s["magento"] == "2.4.7"
    st = "/static/version%s/frontend/Noga/default/he_IL" % s["deploy"]
    terms = "".join(('<div data-content-type="heading" data-appearance="default" data-element="main"><%s>%s</%s></div>' % (t, html.escape(x), t))
                    if t in ("h2", "h3") else
                    '<div data-content-type="text" data-appearance="default" data-element="main"><p>%s</p></div>'
                    % html.escape(x.replace("{DAYS}", str(s["terms_days"])), quote=False) for x, t in TERMS)
    # the privacy row: heading content type for the title, one text content type per section
    pv = ['<h2 data-content-type="heading" data-appearance="default" data-element="main" data-pb-style="%s">%s</h2>'
          % (pb[2], html.escape(blocks[0][1]))]
    groups = [[]]
    for b in blocks[1:]:
        if b[0] == "h3":
            groups.append([])
        groups[-1].append(b)
    for g in groups:
        pv.append('<div data-content-type="text" data-appearance="default" data-element="main">%s</div>'
                  % C.blocks_html(g, sep=""))
    privacy = "\n".join(pv)
    style = ("<style>#html-body [data-pb-style=%s],#html-body [data-pb-style=%s]{justify-content:flex-start;display:flex;flex-direction:column;"
             "background-position:left top;background-size:cover;background-repeat:no-repeat;background-attachment:scroll}"
             "#html-body [data-pb-style=%s]{text-align:right}#html-body [data-pb-style=%s],#html-body [data-pb-style=%s]{border-style:none;border-width:1px;border-radius:0;margin:0 0 20px;padding:10px}</style>"
             % (pb[0], pb[1], pb[2], pb[3], pb[4]))
    row = ('<div data-content-type="row" data-appearance="contained" data-element="main"%s><div data-enable-parallax="0" data-parallax-speed="0.5" '
           'data-background-images="{}" data-background-type="image" data-video-loop="true" data-video-play-only-visible="true" '
           'data-video-lazy-load="true" data-video-fallback-src="" data-element="inner" data-pb-style="%s">%s</div></div>')
    items = "\n".join(
        '<li class="product-item"><div class="product-item-info"><a href="https://www.nogabayit.co.il/%s.html" class="product-item-photo">'
        '<span class="product-image-container" style="width:240px;"><span class="product-image-wrapper" style="padding-bottom:100%%;">'
        '<img class="product-image-photo" src="https://www.nogabayit.co.il/media/catalog/product/cache/7c1a9f2e4b/%s.jpg" loading="lazy" width="240" height="240" alt="%s"/></span></span></a>'
        '<div class="product-item-details"><strong class="product-item-name"><a title="%s" href="https://www.nogabayit.co.il/%s.html" class="product-item-link">%s</a></strong>'
        '<div class="price-box price-final_price" data-role="priceBox" data-product-id="%d" data-price-box="product-id-%d">%s</div>'
        '<div class="stock-badge">%s</div></div></div></li>'
        % (PRODUCTS[k][1], PRODUCTS[k][1], html.escape(PRODUCTS[k][0]), html.escape(PRODUCTS[k][0]), PRODUCTS[k][1],
           html.escape(PRODUCTS[k][0]), 1200 + k, 1200 + k,
           ('<span class="price-container price-final_price tax weee"><span id="product-price-%d" data-price-amount="%d" data-price-type="finalPrice" class="price-wrapper "><span class="price">‏%s ₪</span></span></span>'
            % (1200 + k, p, "{:,}".format(p))) if p == PRODUCTS[k][2] else
           ('<span class="special-price"><span class="price-container price-final_price tax weee"><span class="price-label">מחיר מבצע</span><span id="product-price-%d" data-price-amount="%d" data-price-type="finalPrice" class="price-wrapper "><span class="price">‏%s ₪</span></span></span></span>'
            '<span class="old-price"><span class="price-container price-final_price tax weee"><span class="price-label">מחיר רגיל</span><span class="price">‏%s ₪</span></span></span>'
            % (1200 + k, p, "{:,}".format(p), "{:,}".format(PRODUCTS[k][2]))), stock)
        for k, (p, stock) in zip(s["products"], s["prices"]))
    widget = ('<div class="block widget block-products-list grid"><div class="block-title"><strong>מוצרים שאולי יעניינו אותך</strong></div>'
              '<div class="block-content"><div class="products-grid grid"><ol class="product-items widget-product-grid">\n%s\n</ol></div></div></div>' % items)
    if new:
        header = ('<header class="page-header"><div class="panel wrapper"><div class="panel header"><a class="action skip contentarea" href="#contentarea"><span>דלג לתוכן</span></a>'
                  '<ul class="header links"><li class="greet welcome" data-bind="scope: \'customer\'"><span class="not-logged-in" data-bind="html: \'\'"></span></li>'
                  '<li class="authorization-link"><a href="https://www.nogabayit.co.il/customer/account/login/">התחברות</a></li><li><a href="https://www.nogabayit.co.il/stores">הסניפים שלנו</a></li></ul></div></div>'
                  '<div class="header content"><span data-action="toggle-nav" class="action nav-toggle"><span>תפריט</span></span>'
                  '<a class="logo" href="https://www.nogabayit.co.il/" title="נגה בית" aria-label="store logo"><img src="%s/images/logo.svg" title="נגה בית" alt="נגה בית" width="170" height="50" /></a>'
                  '<div data-block="minicart" class="minicart-wrapper"><a class="action showcart" href="https://www.nogabayit.co.il/checkout/cart/" data-bind="scope: \'minicart_content\'"><span class="text">עגלת קניות</span>'
                  '<span class="counter qty empty" data-bind="css: { empty: !!getCartParam(\'summary_count\') == false && !isLoading() }, blockLoader: isLoading"><span class="counter-number"></span><span class="counter-label"></span></span></a></div>'
                  '<div class="block block-search"><div class="block block-title"><strong>חיפוש</strong></div><div class="block block-content"><form class="form minisearch" id="search_mini_form" action="https://www.nogabayit.co.il/catalogsearch/result/" method="get">'
                  '<div class="field search"><label class="label" for="search" data-role="minisearch-label"><span>חיפוש</span></label><div class="control"><input id="search" type="text" name="q" value="" placeholder="מה תרצו לחפש?" class="input-text" maxlength="128" role="combobox" aria-haspopup="false" aria-autocomplete="both" autocomplete="off" aria-expanded="false"/></div></div></form></div></div>'
                  '</div></header>' % st)
    else:
        header = ('<header class="page-header"><div class="panel wrapper"><div class="panel header"><a class="action skip contentarea" href="#contentarea"><span>דלג לתוכן</span></a>'
                  '<ul class="header links"><li class="authorization-link" data-label="או"><a href="https://www.nogabayit.co.il/customer/account/login/">התחברות</a></li></ul></div></div>'
                  '<div class="header content"><a class="logo" href="https://www.nogabayit.co.il/" title="נגה בית"><img src="%s/images/logo.png" title="נגה בית" alt="נגה בית" width="170" height="50" /></a>'
                  '<div data-block="minicart" class="minicart-wrapper"><a class="action showcart" href="https://www.nogabayit.co.il/checkout/cart/"><span class="text">עגלת קניות</span><span class="counter qty empty"><span class="counter-number"></span></span></a></div>'
                  '</div></header>' % st)
    return """<!doctype html>
<html lang="he" dir="rtl">
    <head >
        <script>
    var LOCALE = 'he\\u002DIL';
    var BASE_URL = 'https\\u003A\\u002F\\u002Fwww.nogabayit.co.il\\u002F';
    var require = {
        'baseUrl': 'https\\u003A\\u002F\\u002Fwww.nogabayit.co.il\\u002Fstatic\\u002Fversion%(dep)s\\u002Ffrontend\\u002FNoga\\u002Fdefault\\u002Fhe_IL'
    };</script>        <meta charset="utf-8"/>
<meta name="title" content="תקנון האתר ומדיניות פרטיות"/>
<meta name="robots" content="INDEX,FOLLOW"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="format-detection" content="telephone=no"/>
<title>תקנון האתר ומדיניות פרטיות | נגה בית</title>
<link  rel="stylesheet" type="text/css"  media="all" href="%(st)s/mage/calendar.css" />
<link  rel="stylesheet" type="text/css"  media="all" href="%(st)s/css/styles-m.css" />
<link  rel="stylesheet" type="text/css"  media="all" href="%(st)s/Magento_PageBuilder/css/styles.css" />
<link  rel="stylesheet" type="text/css"  media="screen and (min-width: 768px)" href="%(st)s/css/styles-l.css" />
<link  rel="stylesheet" type="text/css"  media="print" href="%(st)s/css/print.css" />
<script  type="text/javascript"  src="%(st)s/requirejs/require.js"></script>
<script  type="text/javascript"  src="%(st)s/mage/requirejs/mixins.js"></script>
<script  type="text/javascript"  src="%(st)s/requirejs-config.js"></script>
<link rel="preload" as="font" crossorigin="anonymous" href="%(st)s/fonts/Assistant-Regular.woff2" />
<link  rel="icon" type="image/x-icon" href="%(st)s/Magento_Theme/favicon.ico" />
<link  rel="canonical" href="%(url)s" />
<script src="https://cdn.enable.co.il/licenses/enable-L14602nogabayit-0922/init.js" async></script>
    </head>
    <body data-container="body"
          data-mage-init='{"loaderAjax": {}, "loader": { "icon": "%(st)s/images/loader-2.gif"}}'
        id="html-body" class="cms-takanon cms-page-view page-layout-1column">
<div class="cookie-status-message" id="cookie-status">The store will not work correctly when cookies are disabled.</div>
<noscript><div class="message global noscript"><div class="content"><p><strong>נראה ש-JavaScript מושבת בדפדפן שלך.</strong><span>לחוויה הטובה ביותר באתר, הפעל את JavaScript בדפדפן שלך.</span></p></div></div></noscript>
<script>window.cookiesConfig = window.cookiesConfig || {}; window.cookiesConfig.secure = true;</script>
<div class="page-wrapper"><div class="promo-bar" role="region" aria-label="מבצעים"><p class="promo-bar__text">%(promo)s</p><a class="promo-bar__link" href="/sale">לכל המבצעים</a></div>
%(header)s
<div class="sections nav-sections"><div class="section-items nav-sections-items" data-mage-init='{"tabs":{"openedState":"active"}}'><div class="section-item-content nav-sections-item-content" id="store.menu" data-role="content">
<nav class="navigation" data-action="navigation"><ul data-mage-init='{"menu":{"responsive":true, "expanded":true, "position":{"my":"right top","at":"right bottom"}}}'>
<li class="level0 nav-1 category-item first level-top"><a href="https://www.nogabayit.co.il/salon.html" class="level-top"><span>סלון</span></a></li>
<li class="level0 nav-2 category-item level-top"><a href="https://www.nogabayit.co.il/bedroom.html" class="level-top"><span>חדרי שינה</span></a></li>
<li class="level0 nav-3 category-item level-top"><a href="https://www.nogabayit.co.il/dining.html" class="level-top"><span>פינות אוכל</span></a></li>
<li class="level0 nav-4 category-item level-top"><a href="https://www.nogabayit.co.il/kids.html" class="level-top"><span>חדרי ילדים</span></a></li>
<li class="level0 nav-5 category-item last level-top"><a href="https://www.nogabayit.co.il/outlet.html" class="level-top"><span>אאוטלט</span></a></li>
</ul></nav></div></div></div>
<main id="maincontent" class="page-main"><a id="contentarea" tabindex="-1"></a>
<div class="page-title-wrapper">
    <h1 class="page-title"><span class="base" data-ui-id="page-title-wrapper" >תקנון האתר ומדיניות פרטיות</span></h1>
</div>
<div class="page messages"><div data-placeholder="messages"></div>
<div data-bind="scope: 'messages'"><div aria-atomic="true" role="alert" data-bind="foreach: { data: cookieMessages, as: 'message' }" class="messages"></div></div></div>
<div class="columns"><div class="column main"><input name="form_key" type="hidden" value="%(fk)s" />
%(style)s<div data-content-type="row" data-appearance="contained" data-element="main"><div data-enable-parallax="0" data-parallax-speed="0.5" data-background-images="{}" data-background-type="image" data-video-loop="true" data-video-play-only-visible="true" data-video-lazy-load="true" data-video-fallback-src="" data-element="inner" data-pb-style="%(pb0)s">%(terms)s</div></div>
<div class="privacy-policy" data-content-type="row" data-appearance="contained" data-element="main"><div data-enable-parallax="0" data-parallax-speed="0.5" data-background-images="{}" data-background-type="image" data-video-loop="true" data-video-play-only-visible="true" data-video-lazy-load="true" data-video-fallback-src="" data-element="inner" data-pb-style="%(pb1)s">
%(privacy)s
</div></div>
<div data-content-type="row" data-appearance="full-width" data-element="main" data-pb-style="%(pb5)s"><div class="row-full-width-inner" data-element="inner"><div data-content-type="html" data-appearance="default" data-element="main" data-decoded="true">%(widget)s</div></div></div>
</div></div></main>
<footer class="page-footer"><div class="footer content">
<div class="block newsletter"><div class="title"><strong>הצטרפו לניוזלטר וקבלו 10%% הנחה</strong></div><div class="content">
<form class="form subscribe" novalidate action="https://www.nogabayit.co.il/newsletter/subscriber/new/" method="post" data-mage-init='{"validation": {"errorClass": "mage-error"}}' id="newsletter-validate-detail">
<div class="field newsletter"><div class="control"><label for="newsletter"><span class="label">הרשמה לניוזלטר:</span><input name="email" type="email" id="newsletter" placeholder="כתובת הדואר האלקטרוני שלך" data-mage-init='{"mage/trim-input":{}}' data-validate="{required:true, 'validate-email':true}"/></label></div></div>
<input name="form_key" type="hidden" value="%(fk)s" />
<div class="actions"><button class="action subscribe primary" title="הרשמה" type="submit" aria-label="Subscribe"><span>הרשמה</span></button></div>
</form></div></div>
<ul class="footer links"><li class="nav item"><a href="https://www.nogabayit.co.il/takanon">תקנון ומדיניות פרטיות</a></li><li class="nav item"><a href="https://www.nogabayit.co.il/accessibility">הצהרת נגישות</a></li><li class="nav item"><a href="https://www.nogabayit.co.il/contact/">צור קשר</a></li></ul>
</div></footer>
<small class="copyright"><span>&copy; %(year)d נגה בית רהיטים בע"מ. כל הזכויות שמורות.</span></small>
</div>
<script type="text/x-magento-init">{"*": {"Magento_Ui/js/core/app": {"components": {"storage-manager": {"component": "Magento_Catalog/js/storage-manager","appendTo": "","storagesConfiguration" : {"recently_viewed_product": {"requestConfig": {"syncUrl": "https:\\/\\/www.nogabayit.co.il\\/catalog\\/product\\/frontend_action_synchronize\\/"},"lifetime": "1000","allowToSendRequest": null}}}}}}}</script>
<script src="https://widget.glassix.com/widget.js" async></script>
</body>
</html>
""" % {"dep": s["deploy"], "st": st, "url": URL, "promo": html.escape(s["promo"]), "header": header, "fk": s["form_key"],
       "style": style, "pb0": pb[0], "pb1": pb[1], "pb5": pb[5], "terms": terms, "privacy": privacy, "widget": widget,
       "year": when.year}


PAGE = {
    "service": "Noga Bayit", "url": URL, "lang": "he-IL", "platform": "Adobe Commerce (Magento 2.4) + PageBuilder",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("X-Magento-Tags", "FPC"), ("X-Content-Type-Options", "nosniff"), ("X-XSS-Protection", "1; mode=block")),
    "n": 30, "start": dt.date(2022, 2, 6), "end": dt.date(2025, 10, 30), "hours": (5, 18),
    "policy": POLICY, "first_updated": dt.date(2021, 11, 3), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".column.main .privacy-policy"]},
}
