"""Médiathèque de la Fondation Al Massira (Casablanca) - Moroccan Arabic page of a library / archive foundation -
Liferay DXP 7.4 (Journal content portlet, ratings and view count under the article)."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lkit as K  # noqa: E402
from lkit import C  # noqa: E402

URL = "https://www.mediatheque-almassira.ma/ar/web/guest/politique-de-confidentialite"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["ar"][d.month - 1], d.year)


POLICY = """
# سياسة حماية المعطيات ذات الطابع الشخصي

آخر تحديث: {UPDATED}

تحرص الخزانة الوسائطية لمؤسسة المسيرة على حماية المعطيات ذات الطابع الشخصي لمرتاديها ومنخرطيها ومستعملي بوابتها الإلكترونية، وذلك طبقا لمقتضيات القانون رقم 09.08 المتعلق بحماية الأشخاص الذاتيين تجاه معالجة المعطيات ذات الطابع الشخصي.

## المسؤول عن المعالجة

@ مؤسسة المسيرة للثقافة والأرشيف
@ شارع الزرقطوني، رقم 115
@ 20250 الدار البيضاء
@ الهاتف: 0522 47 36 10

تم التصريح بهذه المعالجة لدى اللجنة الوطنية لمراقبة حماية المعطيات ذات الطابع الشخصي تحت رقم D-GC-412/2021.

## المعطيات التي نجمعها

- الاسم العائلي والشخصي ورقم البطاقة الوطنية للتعريف الإلكترونية؛
- العنوان والبريد الإلكتروني ورقم الهاتف؛
- صورة بطاقة الانخراط؛
- سجل الإعارة والحجوزات وطلبات الاطلاع على الأرشيف؛
- المؤسسة الجامعية بالنسبة للباحثين والطلبة.

## أغراض المعالجة

نعالج هذه المعطيات من أجل تدبير الانخراط وإعارة الوثائق، وتنظيم الاطلاع على الأرشيف والمخطوطات في قاعة البحث، وإرسال الإشعارات المتعلقة بالحجوزات، وإعداد إحصائيات مجهولة الهوية حول استعمال المصالح.

## المستفيدون من المعطيات

لا تُفوَّت المعطيات إلى أغيار إلا في الحالات المنصوص عليها قانونا. ويتولى المتعهدون التاليون معالجة بعض المعطيات لحسابنا:

| المتعهد | الخدمة | البلد |
| PMB Services | نظام تدبير الخزانة والفهرس | فرنسا |
| Maroc Telecom | استضافة البوابة | المغرب |
| CMI | الأداء الإلكتروني لرسوم الانخراط | المغرب |

## مدة الاحتفاظ

نحتفظ بمعطيات المنخرطين طيلة مدة الانخراط وسنتين بعد انتهائها. ونحتفظ بسجل طلبات الاطلاع على الأرشيف لمدة عشر سنوات لأغراض حفظ الرصيد الوثائقي.

## حقوقكم

يحق لكم الولوج إلى معطياتكم وتصحيحها والتعرض على معالجتها لأسباب مشروعة، وذلك بمراسلتنا على العنوان [donnees@mediatheque-almassira.ma](mailto:donnees@mediatheque-almassira.ma) أو بالحضور إلى مكتب الاستقبال مرفقين بنسخة من بطاقة التعريف.
"""

EDITS = [
    {"note": "processor added: Google Workspace for the newsletter mailing",
     "repl": [("| CMI | الأداء الإلكتروني لرسوم الانخراط | المغرب |",
               "| CMI | الأداء الإلكتروني لرسوم الانخراط | المغرب |"
               "\n| Google Ireland Limited | البريد الإلكتروني والنشرة الإخبارية | أيرلندا |")]},
    {"note": "phone number of the controller changed",
     "repl": [("@ الهاتف: 0522 47 36 10", "@ الهاتف: 0522 47 39 00")]},
    {"note": "retention after membership two years -> one year",
     "repl": [("وسنتين بعد انتهائها.", "وسنة واحدة بعد انتهائها.")]},
    {"note": "list item removed: university of researchers",
     "repl": [("؛\n- المؤسسة الجامعية بالنسبة للباحثين والطلبة.", ".")]},
    {"note": "sentence added: CCTV in the reading room (without a new date)", "bump": False,
     "repl": [("إحصائيات مجهولة الهوية حول استعمال المصالح.", "إحصائيات مجهولة الهوية حول استعمال المصالح. "
               "كما تخضع قاعة البحث للمراقبة بالكاميرات حفاظا على الوثائق النفيسة.")]},
]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"auth": C.alnum(rng, 8), "views": 5200 + i * 97 + rng.randint(0, 60)}
    s["rating"] = C.keep_or(rng, prev.get("rating"), 0.4, lambda: (rng.randint(38, 48), rng.randint(40, 160)))
    s["t"] = C.keep_or(rng, prev.get("t"), 0.3, lambda: str(C.epoch(when) * 1000 - rng.randint(0, 10 ** 8)))
    s["ramadan"] = K.season(when, [(3, 4, "توقيت رمضان: تفتح الخزانة من 10:00 إلى 16:00")])
    return s


LABELS = {"auth": "Liferay p_auth / authToken", "views": "asset view count under the article (INSIDE)",
          "rating": "ratings widget average and votes (INSIDE)", "t": "theme CSS ?t= timestamp",
          "ramadan": "Ramadan opening-hours notice"}


def render(s, blocks, when):
    avg, votes = s["rating"]
    body = C.render_blocks(blocks)
    meta = ('<div class="asset-ratings taglib-ratings stars"><span class="rating-label">التقييم: %d,%d/5 (%d صوت)'
            '</span></div><div class="view-count"><span>%d مشاهدة</span></div>'
            % (avg // 10, avg % 10, votes, s["views"]))
    notice = ('<div class="alert alert-info">%s</div>' % s["ramadan"]) if s["ramadan"] else ""
    pid = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_xk4Tq9PmZr2B"
    return ('<!DOCTYPE html>\n<html class="rtl" dir="rtl" lang="ar-SA">\n<head>\n<meta charset="UTF-8">\n'
            '<title>سياسة حماية المعطيات - الخزانة الوسائطية</title>\n'
            '<link href="/o/almassira-theme/css/main.css?browserId=chrome&amp;themeId=almassira_WAR_almassiratheme'
            '&amp;languageId=ar_SA&amp;t=%s" rel="stylesheet">\n<script>var Liferay = window.Liferay || {};'
            'Liferay.authToken = "%s";Liferay.currentURL = "\\x2far\\x2fweb\\x2fguest\\x2fpolitique-de-confidentia'
            'lite";</script>\n</head>\n<body class="controls-visible chrome yui3-skin-sam signed-out public-page '
            'site">\n<div class="d-flex flex-column min-vh-100"><div id="wrapper">%s<header id="banner"><a class="logo"'
            ' href="/ar/web/guest/home">الخزانة الوسائطية</a><a href="/c/portal/login?p_l_id=20124&amp;p_auth=%s">'
            'تسجيل الدخول</a></header>\n<section id="content"><div class="columns-1" id="main-content" role="main">'
            '<div class="portlet-layout row"><div class="col-md-12 portlet-column" id="column-1">'
            '<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContent'
            'Portlet_ portlet-journal-content" id="p_p_id_%s_"><section class="portlet" id="portlet_%s">'
            '<div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">'
            '<div class="journal-content-article" data-analytics-asset-id="41207" data-analytics-asset-type="web-'
            'content">\n%s\n</div>%s</div></div></div></section></div></div></div></div></section>\n'
            '<footer id="footer"><p>© %d مؤسسة المسيرة للثقافة والأرشيف · <a href="/fr/web/guest/politique-de-'
            'confidentialite">Français</a></p></footer></div></div>\n'
            '<script>Liferay.Portlet.register("%s");Liferay.on("allPortletsReady", function() {});</script>\n'
            '</body>\n</html>\n'
            % (s["t"], s["auth"], notice, s["auth"], pid, pid, body, meta, when.year, pid))


PAGE = {
    "service": "Mediatheque Al Massira", "url": URL, "lang": "ar-MA", "platform": "Liferay DXP 7.4",
    "content_type": "text/html;charset=UTF-8",
    "n": 30, "start": dt.date(2022, 1, 5), "end": dt.date(2026, 3, 15), "hours": (1, 6, 11),
    "policy": POLICY, "first_updated": dt.date(2021, 6, 28), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".portlet-journal-content .portlet-body"],
                    "remove": [".taglib-ratings", ".view-count"]},
}
