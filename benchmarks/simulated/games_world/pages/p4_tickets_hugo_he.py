"""Kartisim (Israeli ticketing service) - he (RTL) - Hugo + PaperMod theme, minified output, presale shortcode."""
import datetime as dt
import base64
import hashlib
import html
import re
import common as C

URL = "https://www.kartisim.co.il/privacy/"
HOD = ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"]


def fmt_date(d):
    return "%d ב%s %d" % (d.day, HOD[d.month - 1], d.year)


POLICY = """
# מדיניות פרטיות

עדכון אחרון: {UPDATED}

כרטיסים בע"מ ("כרטיסים", "אנחנו") מפעילה את אתר kartisim.co.il ואת אפליקציית כרטיסים למכירת כרטיסים להופעות, הצגות, משחקי ספורט ופסטיבלים. מדיניות זו מסבירה איזה מידע אישי אנו אוספים, למה ואיך אנו משתמשים בו.

## 1. המידע שאנו אוספים

- פרטי זיהוי וקשר: שם מלא, מספר טלפון נייד, כתובת דואר אלקטרוני ומספר תעודת זהות כאשר המארגן דורש זאת בכניסה.
- פרטי הזמנה: האירועים שרכשת, מספר הכרטיסים, מקומות הישיבה ואמצעי התשלום.
- מידע טכני: כתובת IP, סוג הדפדפן והמכשיר, ועוגיות כמפורט במדיניות העוגיות.

## 2. השימוש במידע

אנו משתמשים במידע כדי להשלים את ההזמנה, לשלוח אליך את הכרטיסים, לעדכן אותך על שינויים באירוע ולמנוע הונאות ורכישות בכמויות חריגות.

שליחת דיוור שיווקי נעשית רק אם הסכמת לכך, ותוכל לבטל את ההסכמה בכל עת.

## 3. העברת מידע לצדדים שלישיים

מארגן האירוע שרכשת אליו כרטיס מקבל את שמך ואת פרטי ההזמנה, לצורך הכניסה לאירוע ועדכונים על האירוע בלבד.

את התשלומים מעבדים עבורנו הספקים הבאים:

| ספק | תפקיד |
| קארדקום בע"מ | סליקת כרטיסי אשראי |
| PayPal (Europe) S.à r.l. | תשלום באמצעות PayPal |
| Apple Pay ו-Google Pay | תשלום מהנייד |

## 4. שמירת מידע

פרטי ההזמנות נשמרים במשך שבע שנים לצורך עמידה בדרישות רשות המסים.

## 5. אבטחת מידע

המידע נשמר בשרתים מאובטחים בישראל ובאיחוד האירופי, ואנו עומדים בדרישות תקנות הגנת הפרטיות (אבטחת מידע), התשע"ז-2017.

## 6. זכויותיך

לפי חוק הגנת הפרטיות, התשמ"א-1981, אתה רשאי לעיין במידע השמור עליך ולבקש לתקן אותו או למחוק אותו.

@ כרטיסים בע"מ – פניות פרטיות
@ רחוב הארבעה 21, תל אביב-יפו 6473921
@ [privacy@kartisim.co.il](mailto:privacy@kartisim.co.il)
"""

EDITS = [
    {"note": "payment processors table: new row Bit (Bank Hapoalim) mobile payments",
     "repl": [("| Apple Pay ו-Google Pay | תשלום מהנייד |", "| Apple Pay ו-Google Pay | תשלום מהנייד |\n| ביט (בנק הפועלים בע\"מ) | תשלום באמצעות אפליקציית ביט |")]},
    {"note": "sentence reworded: marketing opt-out now names the 'unsubscribe' link and SMS (date not bumped)", "bump": False,
     "repl": [("שליחת דיוור שיווקי נעשית רק אם הסכמת לכך, ותוכל לבטל את ההסכמה בכל עת.",
               "שליחת דיוור שיווקי בדואר אלקטרוני או ב-SMS נעשית רק אם הסכמת לכך, ותוכל לבטל את ההסכמה בכל עת באמצעות קישור ההסרה שבכל הודעה.")]},
    {"note": "new section 'כרטיסים דיגיטליים והעברת כרטיסים' (QR tickets, transfer to another person) after section 3; renumbered",
     "repl": [("## 4. שמירת מידע", "## 4. כרטיסים דיגיטליים והעברת כרטיסים\n\nכרטיס דיגיטלי מוצג באפליקציה עם קוד QR מתחלף. כאשר אתה מעביר כרטיס לאדם אחר, אנו שומרים את שמו ואת מספר הטלפון שלו כדי לשלוח אליו את הכרטיס ולאפשר את כניסתו לאירוע.\n\n## 5. שמירת מידע"),
              ("## 5. אבטחת מידע", "## 6. אבטחת מידע"),
              ("## 6. זכויותיך", "## 7. זכויותיך")]},
    {"note": "retention changed: order details kept 7 years, marketing profile deleted 24 months after last purchase (new sentence)",
     "repl": [("פרטי ההזמנות נשמרים במשך שבע שנים לצורך עמידה בדרישות רשות המסים.",
               "פרטי ההזמנות נשמרים במשך שבע שנים לצורך עמידה בדרישות רשות המסים. פרופיל ההעדפות השיווקי שלך נמחק 24 חודשים לאחר הרכישה האחרונה.")]},
    {"note": "contact changed: office moved from HaArba'a 21 to Menachem Begin 132",
     "repl": [("@ רחוב הארבעה 21, תל אביב-יפו 6473921", "@ דרך מנחם בגין 132, תל אביב-יפו 6701101")]},
]

EVENTS = ["עומר אדם – פארק הירקון", "הפועל ת\"א נגד מכבי חיפה", "פסטיבל אינדינגב", "הבימה: אמא קוראז'", "נועה קירל – היכל מנורה",
          "פסטיבל הג'אז באילת", "קפה שחור חזק – זאפה", "שלמה ארצי – קיסריה", "מכבי ת\"א – יורוליג", "התזמורת הפילהרמונית"]


def hugo_version(when):
    k = (when - dt.datetime(2021, 1, 1)).days // 45
    return "0.%d.%d" % (80 + k, k % 3)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["hugo"] = hugo_version(when)
    s["css"] = C.keep_or(rng, prev.get("css"), 0.3, lambda: C.hexs(rng, 64))
    s["presale"] = C.keep_or(rng, prev.get("presale"), 0.8,
                             lambda: None if rng.random() < 0.25 else (rng.randrange(len(EVENTS)), rng.randint(1, 9), rng.randint(0, 23)))
    s["hot"] = C.keep_or(rng, prev.get("hot"), 0.75, lambda: tuple(rng.sample(range(len(EVENTS)), 4)))
    s["soldout"] = C.keep_or(rng, prev.get("soldout"), 0.5, lambda: rng.choice([None, 0, 1, 2, 3]))
    s["gitlastmod"] = C.keep_or(rng, prev.get("gitlastmod"), 0.25,
                                lambda: (when - dt.timedelta(days=rng.randint(0, 30), seconds=rng.randint(0, 86000))))
    s["build"] = when.strftime("%Y%m%d") + "%04d" % rng.randint(0, 9999)
    return s


LABELS = {
    "hugo": "Hugo version in generator meta",
    "css": "fingerprinted stylesheet name + SRI integrity",
    "presale": "presale countdown box rendered by a shortcode inside the post content (.presale)",
    "hot": "'אירועים חמים' rail after the article",
    "soldout": "'אזל!' sold-out badge on one hot event",
    "gitlastmod": "GitInfo lastmod in post-meta and article:modified_time (bulk commits touch the file)",
    "build": "CI build number in footer comment",
}


def anchor(t):
    return re.sub(r"[\s]+", "-", re.sub(r"[^\w\s-]", "", t.lower())).strip("-")


def a(v):
    """tdewolff/minify attribute quoting: bare when safe."""
    return v if re.fullmatch(r"[^\s\"'=<>`]+", v) else '"%s"' % v.replace('"', "&#34;")


def render(s, blocks, when):
    title = blocks[0][1]
    parts = []
    toc = []
    for b in blocks[1:]:
        k, v = b
        if k == "h2":
            aid = anchor(v)
            toc.append('<li><a href=#%s aria-label="%s">%s</a></li>' % (aid, html.escape(v), html.escape(v)))
            parts.append('<h2 id=%s>%s<a hidden class=anchor aria-hidden=true href=#%s>#</a></h2>' % (a(aid), C.inline_html(v), aid))
        elif k == "table":
            head = "".join("<th>%s</th>" % C.inline_html(x) for x in v[0])
            rows = "".join("<tr><td>%s</td></tr>" % "</td><td>".join(C.inline_html(x) for x in r) for r in v[1:])
            parts.append("<table><thead><tr>%s</tr></thead><tbody>%s</tbody></table>" % (head, rows))
        elif k == "addr":
            parts.append("<p>%s</p>" % "<br>".join(C.inline_html(l) for l in v))
        else:
            parts.append(C.block_html(b, None))
    # hugo's minifier drops quotes around attributes that do not need them
    body = re.sub(r'href="(mailto:[^"\s]+)"', r"href=\1", "".join(parts))
    if s["presale"]:
        ev, d, hh = s["presale"]
        presale = ('<div class=presale data-deadline=%s><span class=presale__label>מכירה מוקדמת</span> <strong>%s</strong> '
                   '<span class=presale__timer>נסגרת בעוד %d ימים ו-%d שעות</span> <a class=presale__btn href=/events/%d/>לרכישה</a></div>'
                   % ((when + dt.timedelta(days=d, hours=hh)).strftime("%Y-%m-%dT%H:00:00+03:00"), html.escape(EVENTS[ev]), d, hh, 5100 + ev))
    else:
        presale = '<div class=presale><span class=presale__label>הצטרפו למועדון כרטיסים וקבלו גישה למכירות מוקדמות</span> <a class=presale__btn href=/club/>להצטרפות</a></div>'
    hot = "".join('<li class=hot-events__item><a href=/events/%d/>%s</a>%s</li>'
                  % (5100 + k, html.escape(EVENTS[k]), '<span class="badge badge--soldout">אזל!</span>' if s["soldout"] == n else "")
                  for n, k in enumerate(s["hot"]))
    css = s["css"]
    sri = base64.b64encode(bytes.fromhex(css)).decode()
    m = re.search(r"(\d+) ב(\S+) (\d{4})", blocks[1][1])
    upd = dt.datetime(int(m.group(3)), HOD.index(m.group(2)) + 1, int(m.group(1)), 11, 42, 7)
    lm = s["gitlastmod"] = max(s["gitlastmod"], upd)  # the policy's own commit is a lastmod too
    words = sum(len(re.findall(r"\w+", str(b[1]))) for b in blocks)
    return ('<!doctype html><html lang=he dir=rtl><head><meta charset=utf-8><meta http-equiv=X-UA-Compatible content="IE=edge">'
            '<meta name=viewport content="width=device-width,initial-scale=1,shrink-to-fit=no"><meta name=robots content="index, follow">'
            '<title>%s | כרטיסים</title><meta name=description content="מדיניות הפרטיות של כרטיסים בע&#34;מ"><link rel=canonical href=%s>'
            '<link crossorigin=anonymous href=/assets/css/stylesheet.%s.css integrity="sha256-%s" rel="preload stylesheet" as=style>'
            '<link rel=icon href=https://www.kartisim.co.il/favicon.ico><meta name=generator content="Hugo %s">'
            '<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:url" content="%s">'
            '<meta property="article:section" content="legal"><meta property="article:published_time" content="2019-08-04T10:00:00+03:00">'
            '<meta property="article:modified_time" content="%s"><script defer src=https://static.cloudflareinsights.com/beacon.min.js data-cf-beacon=\'{"token": "6c1d9f0e2b7a4f3e8a5d1c0b9e8f7a6d"}\'></script>'
            '</head><body id=top><script>localStorage.getItem("pref-theme")==="dark"&&document.body.classList.add("dark")</script>'
            '<header class=header><nav class=nav><div class=logo><a href=https://www.kartisim.co.il/ accesskey=h title="כרטיסים (Alt + H)">כרטיסים</a></div>'
            '<ul id=menu><li><a href=https://www.kartisim.co.il/shows/ title=הופעות><span>הופעות</span></a></li><li><a href=https://www.kartisim.co.il/theatre/ title=תיאטרון><span>תיאטרון</span></a></li>'
            '<li><a href=https://www.kartisim.co.il/sport/ title=ספורט><span>ספורט</span></a></li><li><a href=https://www.kartisim.co.il/festivals/ title=פסטיבלים><span>פסטיבלים</span></a></li></ul></nav></header>'
            '<main class=main><article class=post-single><header class=post-header><div class=breadcrumbs><a href=https://www.kartisim.co.il/>ראשי</a>&nbsp;»&nbsp;<a href=https://www.kartisim.co.il/legal/>מידע משפטי</a></div>'
            '<h1 class="post-title entry-hint-parent">%s</h1><div class=post-meta><span title=\'%s\'>עודכן: %s</span>&nbsp;·&nbsp;%d דקות קריאה</div></header>'
            '<div class=toc><details><summary accesskey=c title="(Alt + C)"><span class=details>תוכן העניינים</span></summary><div class=inner><ul>%s</ul></div></details></div>'
            '<div class=post-content>%s%s</div>'
            '<footer class=post-footer><ul class=post-tags><li><a href=https://www.kartisim.co.il/tags/%s/>%s</a></li></ul></footer></article>'
            '<aside class=hot-events><h2>אירועים חמים</h2><ul>%s</ul></aside></main>'
            '<footer class=footer><span>&copy; %d <a href=https://www.kartisim.co.il/>כרטיסים בע"מ</a></span> · <span>נבנה עם <a href=https://gohugo.io/ rel="noopener noreferrer" target=_blank>Hugo</a> &amp; <a href=https://github.com/adityatelange/hugo-PaperMod/ rel=noopener target=_blank>PaperMod</a></span></footer>'
            '<a href=#top aria-label="go to top" title="Go to Top (Alt + G)" class=top-link id=top-link accesskey=g><svg xmlns=http://www.w3.org/2000/svg viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"/></svg></a>'
            '<script>let menu=document.getElementById("menu");menu&&(menu.scrollLeft=localStorage.getItem("menu-scroll-position"),menu.onscroll=function(){localStorage.setItem("menu-scroll-position",menu.scrollLeft)})</script>'
            '<!-- build %s --></body></html>'
            % (title, URL, css, sri, s["hugo"], title, URL, lm.strftime("%Y-%m-%dT%H:%M:%S+03:00"),
               html.escape(title), lm.strftime("%Y-%m-%d %H:%M:%S +0300 +0300"), fmt_date(lm.date()), max(2, words // 180),
               "".join(toc), presale, body, "פרטיות", "פרטיות", hot, when.year, s["build"]))


PAGE = {
    "service": "Kartisim", "url": URL, "lang": "he", "platform": "Hugo",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("CF-Cache-Status", "HIT"), ("Cache-Control", "public, max-age=0, must-revalidate")),
    "n": 30, "start": dt.date(2021, 1, 15), "end": dt.date(2026, 5, 31),
    "policy": POLICY, "first_updated": dt.date(2020, 9, 7), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".post-title", ".post-content"], "remove": [".presale"]},
}
