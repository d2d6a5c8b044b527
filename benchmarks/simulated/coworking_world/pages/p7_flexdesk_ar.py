"""Masaha (Gulf Arabic, RTL), an app for booking flexible desks, meeting rooms and event halls in business centres in
Dubai, Abu Dhabi and Riyadh. Its privacy policy is an article of its Zendesk Guide help center (Copenhagen theme,
older layout with the related articles inside the article). Inside the selected `article#main-content`, removed by
the declaration: the author/updated meta (moves on every save of the article, also on a typo fix), the follow button,
the footer with the 'was this helpful' vote counts, and the related articles. Outside: the Help Center release
comment and asset hashes, the CSRF token and anonymous user identifier in HelpCenter, and a notice banner for
Ramadan support hours, Eid and the UAE National Day."""
import datetime as dt
import os
import sys
from urllib.parse import quote

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import cwkit as K  # noqa: E402

POLICY = """
# سياسة الخصوصية

آخر تحديث: {UPDATED}

تحترم شركة مساحة لمساحات العمل المشتركة ذ.م.م ("مساحة" أو "نحن") خصوصيتك. توضح هذه السياسة كيفية جمع بياناتك الشخصية واستخدامها ومشاركتها عند استخدامك لتطبيق مساحة أو موقعنا الإلكتروني لحجز المكاتب المرنة وغرف الاجتماعات وقاعات الفعاليات في مراكزنا في دبي وأبوظبي والرياض.

## من نحن

@ مساحة لمساحات العمل المشتركة ذ.م.م
@ برج الشيخ راشد، الطابق 12، مركز دبي التجاري العالمي
@ ص.ب. 9292، دبي، الإمارات العربية المتحدة

يمكنك التواصل مع مسؤول حماية البيانات لدينا عبر البريد الإلكتروني [privacy@masaha.ae](mailto:privacy@masaha.ae).

## البيانات التي نجمعها

- بيانات الهوية والاتصال: الاسم ورقم الهاتف المحمول والبريد الإلكتروني ورقم الهوية الإماراتية أو الإقامة أو جواز السفر عند الحاجة؛
- بيانات الشركة: الاسم التجاري ورقم الرخصة التجارية ورقم التسجيل الضريبي؛
- بيانات الحجوزات: المراكز والمكاتب وغرف الاجتماعات التي تحجزها وتواريخ الحجز ومدتة؛
- بيانات الدفع: آخر أربعة أرقام من البطاقة وسجل المدفوعات، إذ لا نحتفظ بأرقام البطاقات كاملة؛
- بيانات الدخول: سجلات الدخول إلى المراكز عبر رمز QR في التطبيق؛
- بيانات الجهاز والاستخدام: عنوان IP ونوع الجهاز ونظام التشغيل وتفاعلك مع التطبيق.

## كيف نستخدم بياناتك

نستخدم بياناتك من أجل إنشاء حسابك وإدارة حجوزاتك وتمكينك من دخول المراكز، وإصدار الفواتير الضريبية وفق متطلبات الهيئة الاتحادية للضرائب وهيئة الزكاة والضريبة والجمارك، والتواصل معك بشأن حجوزاتك، وتحسين خدماتنا، وإرسال العروض الترويجية إذا وافقت على ذلك.

## مشاركة البيانات

لا نبيع بياناتك الشخصية. قد نشارك بياناتك مع مقدمي الخدمات الذين يعملون نيابة عنا:

| مقدم الخدمة | الغرض | موقع المعالجة |
| Amazon Web Services | استضافة التطبيق وقواعد البيانات | البحرين |
| Checkout.com | معالجة المدفوعات | الإمارات العربية المتحدة |
| Zendesk | خدمة العملاء ومركز المساعدة | الولايات المتحدة |
| Unifonic | إرسال الرسائل النصية ورموز التحقق | المملكة العربية السعودية |

كما قد نفصح عن بياناتك للجهات الحكومية المختصة عندما يقتضي القانون ذلك.

## الاحتفاظ بالبيانات

نحتفظ ببيانات حسابك طوال مدة نشاط الحساب، ونحتفظ بسجلات الفواتير لمدة خمس سنوات وفقاً للتشريعات الضريبية. تُحذف سجلات الدخول إلى المراكز بعد ستة أشهر.

## حقوقك

وفقاً للمرسوم بقانون اتحادي رقم 45 لسنة 2021 بشأن حماية البيانات الشخصية ونظام حماية البيانات الشخصية في المملكة العربية السعودية، يحق لك طلب الوصول إلى بياناتك وتصحيحها وحذفها، والاعتراض على معالجتها لأغراض التسويق، وسحب موافقتك في أي وقت. يمكنك حذف حسابك مباشرة من إعدادات التطبيق.

## التعديلات على هذه السياسة

قد نقوم بتحديث هذه السياسة من وقت لآخر، وسنخطرك بأي تغييرات جوهرية عبر التطبيق أو البريد الإلكتروني.
"""

EDITS = [
    {"note": "table row added: Tabby (buy now, pay later)",
     "repl": [("| Checkout.com | معالجة المدفوعات | الإمارات العربية المتحدة |",
               "| Checkout.com | معالجة المدفوعات | الإمارات العربية المتحدة |\n"
               "| Tabby | خدمة الدفع بالتقسيط | الإمارات العربية المتحدة |")]},
    {"note": "typo fixed (ومدتة -> ومدته), date unchanged", "bump": False,
     "repl": [("وتواريخ الحجز ومدتة؛", "وتواريخ الحجز ومدته؛")]},
    {"note": "new city Jeddah added to the intro",
     "repl": [("في مراكزنا في دبي وأبوظبي والرياض.", "في مراكزنا في دبي وأبوظبي والرياض وجدة.")]},
    {"note": "access log retention shortened from six to three months",
     "repl": [("تُحذف سجلات الدخول إلى المراكز بعد ستة أشهر.", "تُحذف سجلات الدخول إلى المراكز بعد ثلاثة أشهر.")]},
    {"note": "sentence added: right to complain to the UAE Data Office / SDAIA",
     "repl": [("يمكنك حذف حسابك مباشرة من إعدادات التطبيق.",
               "يمكنك حذف حسابك مباشرة من إعدادات التطبيق. وإذا لم تكن راضياً عن ردنا، يحق لك تقديم شكوى إلى "
               "مكتب الإمارات للبيانات أو إلى الهيئة السعودية للبيانات والذكاء الاصطناعي (سدايا).")]},
    {"note": "registered office moved (address block)",
     "repl": [("@ برج الشيخ راشد، الطابق 12، مركز دبي التجاري العالمي\n@ ص.ب. 9292، دبي، الإمارات العربية المتحدة",
               "@ دبي هيلز بزنس بارك، المبنى 4، الطابق 3\n@ ص.ب. 413728، دبي، الإمارات العربية المتحدة")]},
]

ARTICLE = 4412345678901
SLUG = "سياسة-الخصوصية"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["ar"][d.month - 1], d.year)


RAMADAN = [(dt.date(2023, 3, 23), dt.date(2023, 4, 20)), (dt.date(2024, 3, 11), dt.date(2024, 4, 9)),
           (dt.date(2025, 3, 1), dt.date(2025, 3, 29))]
EIDS = [(dt.date(2023, 4, 21), dt.date(2023, 4, 24)), (dt.date(2023, 6, 27), dt.date(2023, 6, 30)),
        (dt.date(2024, 4, 10), dt.date(2024, 4, 12)), (dt.date(2024, 6, 15), dt.date(2024, 6, 18)),
        (dt.date(2025, 3, 30), dt.date(2025, 4, 1))]


def _banner(day):
    for a, b in RAMADAN:
        if a <= day <= b:
            return ("ramadan", "رمضان كريم! ساعات عمل فريق الدعم خلال شهر رمضان من 9 صباحاً حتى 3 مساءً.")
    for a, b in EIDS:
        if a - dt.timedelta(days=2) <= day <= b:
            return ("eid", "عيد مبارك! تعمل مراكزنا بساعات مخفضة خلال عطلة العيد، ويمكنك الدخول بحجزك المؤكد كالمعتاد.")
    if dt.date(day.year, 11, 25) <= day <= dt.date(day.year, 12, 3):
        return ("etihad", "بمناسبة عيد الاتحاد: خصم 25% على حجوزات غرف الاجتماعات باستخدام الرمز UAE53.")
    return None


RELATED = [("4412345600011", "كيف أحجز غرفة اجتماعات؟"), ("4412345600012", "إلغاء الحجز واسترداد المبلغ"),
           ("4412345600013", "طرق الدفع المتاحة"), ("4412345600014", "كيف أدخل إلى المركز باستخدام رمز QR؟"),
           ("4412345600015", "الشروط والأحكام"), ("4412345600016", "سياسة ملفات تعريف الارتباط"),
           ("4412345600017", "كيف أحصل على فاتورة ضريبية؟"), ("4412345600018", "كيف أحذف حسابي؟")]


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "ae")
    hv = p.get("hc_version") or (26240, C.hexs(rng, 40))
    if prev is None or rng.random() < 0.6:
        hv = (hv[0] + rng.randint(8, 160), C.hexs(rng, 40))
    days = (when.date() - dt.date(2023, 1, 1)).days
    total = 180 + days * 3 // 10 + rng.randint(0, 2)
    up = total * 85 // 100 + K.hint(-4, 4, "masaha-votes", days // 30)
    rel = C.keep_or(rng, p.get("related"), 0.3, lambda: tuple(rng.sample(range(len(RELATED)), 5)))
    return {
        "hc_version": hv,
        "csrf": "hc:hcobject:server:" + C.alnum(rng, 86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                                        "0123456789-_") + ":" + C.alnum(rng, 32),
        "visitor": C.hexs(rng, 40),
        "votes": (up, total),
        "related": rel,
        "banner": _banner(loc.date()),
    }


LABELS = {
    "hc_version": "Help Center release comment and static.zdassets.com asset hashes",
    "csrf": "HelpCenter.internal csrf_token (per request)",
    "visitor": "anonymous HelpCenter.user identifier (per request)",
    "votes": "'N of M found this helpful' vote counts (inside the article, removed)",
    "related": "related articles list (inside the article, removed)",
    "banner": "notice banner: Ramadan support hours, Eid, UAE National Day offer",
    "edited": "article saved in Zendesk: author meta's updated time (inside the article, removed)",
}

_EDITED = {}


def _edited(blocks, when):
    key = C.det_sha(repr(blocks))
    if key not in _EDITED:
        if not _EDITED:
            _EDITED[key] = dt.datetime(2022, 11, 14, 7, 41, 9)
        else:
            _EDITED[key] = when - dt.timedelta(seconds=K.hint(4 * 3600, 9 * 86400, "masaha-ed", key))
    return _EDITED[key]


def _body(blocks):
    def heading(kind, v, inl):
        return '<%s id="h_01H%s">%s</%s>' % (kind, C.det_sha("masaha-h", v)[:23].upper(), inl(v), kind)

    def table(rows, inl):
        head = "".join("<th>%s</th>" % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return ('<table style="border-collapse: collapse; width: 100%%;" border="1"><thead><tr>%s</tr></thead>'
                '<tbody>%s</tbody></table>' % (head, body))

    return K.render_blocks(blocks, heading=heading, table=table, sep="\n",
                           addr=lambda lines, inl: "<p>%s</p>" % "<br>".join(inl(x) for x in lines))


def render(state, blocks, when):
    ver, vhash = state["hc_version"]
    ed = _edited(blocks, when)
    state["edited"] = C.iso(ed)
    ed_loc = ed + dt.timedelta(hours=4)
    up, total = state["votes"]
    title = blocks[0][1]
    url_path = "/hc/ar/articles/%d-%s" % (ARTICLE, quote(SLUG))
    banner = ""
    if state["banner"]:
        bkey, btext = state["banner"]
        banner = ('<div class="notification-banner notification-banner--%s" role="status"><div class="container">'
                  '<p>%s</p></div></div>' % (bkey, K.esc(btext)))
    related = "".join('<li><a href="/hc/ar/related/click?data=%s&amp;locale=ar" class="related-articles-link">'
                      '%s</a></li>' % (C.det_sha("rel", RELATED[k][0], ver)[:40], K.esc(RELATED[k][1]))
                      for k in state["related"])
    sidebar = "".join('<li><a href="/hc/ar/articles/%s" class="sidenav-item%s">%s</a></li>'
                      % (a, "", K.esc(t)) for a, t in RELATED[4:7])
    return """<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
  <meta charset="utf-8" />
  <!-- v%(ver)d -->


  <title>%(title)s &ndash; مركز مساعدة مساحة</title>

  <meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="">

  <meta name="description" content="آخر تحديث سياسة الخصوصية لتطبيق مساحة لحجز المكاتب وغرف الاجتماعات" /><meta property="og:image" content="https://help.masaha.ae/hc/theming_assets/01HB2C7K9QXW3M8N4V6T5R1Y0Z" />
<meta property="og:type" content="website" />
<meta property="og:site_name" content="مركز مساعدة مساحة" />
<meta property="og:title" content="%(title)s" />
<meta property="og:url" content="https://help.masaha.ae%(url_path)s" />
<link rel="canonical" href="https://help.masaha.ae%(url_path)s">
<link rel="alternate" hreflang="ar" href="https://help.masaha.ae%(url_path)s">
<link rel="alternate" hreflang="en-us" href="https://help.masaha.ae/hc/en-us/articles/%(article)d-Privacy-Policy">
<link rel="alternate" hreflang="x-default" href="https://help.masaha.ae/hc/en-us/articles/%(article)d-Privacy-Policy">

  <link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-%(h1)s.css" media="all" id="stylesheet" />
  <link rel="stylesheet" type="text/css" href="/hc/theming_assets/1234567/360001234567/style.css?digest=%(digest)s">

  <link rel="icon" type="image/x-icon" href="/hc/theming_assets/01HB2C7K9QXW3M8N4V6T5R1Y1A">

    

  <meta content="width=device-width, initial-scale=1.0" name="viewport" />
<script type="text/javascript" src="/hc/theming_assets/1234567/360001234567/script.js?digest=%(digest)s"></script>
</head>
<body class="">
  
  
  

  <a class="skip-navigation" tabindex="1" href="#main-content">التخطي إلى المحتوى الرئيسي</a>

<header class="header">
  <div class="logo">
    <a title="الصفحة الرئيسية" href="/hc/ar">
      <img src="/hc/theming_assets/01HB2C7K9QXW3M8N4V6T5R1Y2B" alt="الصفحة الرئيسية لمركز مساعدة مساحة">
    </a>
  </div>
  <div class="nav-wrapper-desktop">
    <nav class="user-nav" id="user-nav" aria-label="قائمة التنقل للمستخدم">
      <ul class="user-nav-list">
        <li><a href="/hc/ar/community/topics">المجتمع</a></li>
        <li><a class="submit-a-request" href="/hc/ar/requests/new">إرسال طلب</a></li>
      </ul>
    </nav>
      <a class="sign-in" rel="nofollow" data-auth-action="signin" title="تفتح مربع حوار" role="button" href="/hc/ar/signin?return_to=https%%3A%%2F%%2Fhelp.masaha.ae%(url_q)s">
        تسجيل الدخول
      </a>
  </div>
</header>
%(banner)s

  <main role="main">
    <div class="container-divider"></div>
<div class="container">
  <div class="sub-nav">
    <nav aria-label="مسارات التنقل"><ol class="breadcrumbs">
  <li title="مركز مساعدة مساحة">
      <a href="/hc/ar">مركز مساعدة مساحة</a>
  </li>
  <li title="الحساب والخصوصية">
      <a href="/hc/ar/categories/360002345678-الحساب-والخصوصية">الحساب والخصوصية</a>
  </li>
  <li title="السياسات القانونية">
      <a href="/hc/ar/sections/360003456789-السياسات-القانونية">السياسات القانونية</a>
  </li>
</ol>
</nav>
    <div class="search-container">
      <form role="search" class="search" data-search="" action="/hc/ar/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" /><input type="search" name="query" id="query" placeholder="بحث" aria-label="بحث" /></form>
    </div>
  </div>

  <div class="article-container" id="article-container">
    <aside class="article-sidebar" aria-labelledby="section-articles-title">
        <div class="collapsible-sidebar">
          <button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button>
          <h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">
            المقالات في هذا القسم
          </h2>
          <div class="collapsible-sidebar-body">
            <ul>
                <li><a href="%(url_path)s" class="sidenav-item current-article" aria-current="page">%(title)s</a></li>
                %(sidebar)s
            </ul>
          </div>
        </div>
    </aside>

    <article id="main-content" class="article">
      <header class="article-header">
        <h1 title="%(title)s" class="article-title">
          %(title)s
        </h1>

        <div class="article-author">
            <div class="avatar article-avatar">
              <img src="https://help.masaha.ae/system/photos/360098765432/masaha-team.png" alt="" class="user-avatar"/>
            </div>
          <div class="article-meta">
              <a href="/hc/ar/profiles/381234567890-فريق-مساحة">
                فريق مساحة
              </a>

            <ul class="meta-group">
                <li class="meta-data"><time datetime="%(ed_iso)s" title="%(ed_title)s" data-datetime="relative">%(ed_text)s</time></li>
                <li class="meta-data">تم التحديث</li>
            </ul>
          </div>
        </div>

          <a class="article-subscribe" title="تفتح مربع حوار" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false" href="%(url_path)s/subscription.html">متابعة</a>
      </header>

      <section class="article-info">
        <div class="article-content">
          <div class="article-body">%(body)s</div>

        </div>
      </section>

      <footer>
        <div class="article-footer">
            <div class="article-share">
  <ul class="share">
    <li><a href="https://www.facebook.com/share.php?title=%(title_q)s&u=https%%3A%%2F%%2Fhelp.masaha.ae%(url_q)s" class="share-facebook" aria-label="فيسبوك">فيسبوك</a></li>
    <li><a href="https://twitter.com/share?lang=ar&text=%(title_q)s&url=https%%3A%%2F%%2Fhelp.masaha.ae%(url_q)s" class="share-twitter" aria-label="X Corp">X Corp</a></li>
    <li><a href="https://www.linkedin.com/shareArticle?mini=true&source=%%D9%%85%%D8%%B3%%D8%%A7%%D8%%AD%%D8%%A9&title=%(title_q)s&url=https%%3A%%2F%%2Fhelp.masaha.ae%(url_q)s" class="share-linkedin" aria-label="LinkedIn">LinkedIn</a></li>
  </ul>

</div>
        </div>
          <div class="article-votes">
            <h2 class="article-votes-question" id="article-votes-label">هل كانت هذه المقالة مفيدة؟</h2>
            <div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
              <button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="كانت هذه المقالة مفيدة" aria-pressed="false">نعم</button>
              <button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="لم تكن هذه المقالة مفيدة" aria-pressed="false">لا</button>
            </div>
            <small class="article-votes-count">
              <span class="article-vote-label">%(up)d من أصل %(total)d وجدوا هذه المقالة مفيدة</span>
            </small>
          </div>

        <div class="article-more-questions">
          هل لديك المزيد من الأسئلة؟ <a href="/hc/ar/requests/new">إرسال طلب</a>
        </div>
        <div class="article-return-to-top">
          <a href="#article-container">
            العودة إلى الأعلى
            <svg xmlns="http://www.w3.org/2000/svg" class="article-return-to-top-icon" width="20" height="20" focusable="false" viewBox="0 0 12 12" aria-hidden="true">
              <path fill="none" stroke="currentColor" stroke-linecap="round" d="M3 4.5l2.6 2.6c.2.2.5.2.7 0L9 4.5"/>
            </svg>
          </a>
        </div>
      </footer>

      <div class="article-relatives">
          <div data-recent-articles></div>
          <section class="related-articles">
    <h2 class="related-articles-title">مقالات ذات صلة</h2>
  <ul>
    %(related)s
  </ul>
</section>

      </div>
    </article>
  </div>
</div>

  </main>

  <footer class="footer">
  <div class="footer-inner">
    <a title="الصفحة الرئيسية" href="/hc/ar">مركز مساعدة مساحة</a>

    <div class="footer-language-selector">
        <div class="dropdown language-selector">
          <button class="dropdown-toggle" aria-haspopup="true">
            العربية
          </button>
          <span class="dropdown-menu dropdown-menu-end" role="menu">
              <a href="/hc/change_language/en-us?return_to=%%2Fhc%%2Fen-us%%2Farticles%%2F%(article)d-Privacy-Policy" dir="ltr" rel="nofollow" role="menuitem">
                English (US)
              </a>
          </span>
        </div>
    </div>
  </div>
</footer>



  <!-- / -->

  
  <script src="//static.zdassets.com/hc/assets/ar.%(h2)s.js"></script>
  

  <script type="text/javascript">
  /*

    Greetings sourcecode lurker!

    This is for internal Zendesk and legacy usage,
    we don't support or guarantee any of these values
    so please don't build stuff on top of them.

  */

  HelpCenter = {};
  HelpCenter.account = {"subdomain":"masaha","environment":"production","name":"مساحة"};
  HelpCenter.user = {"identifier":"%(visitor)s","email":null,"name":"","role":"anonymous","avatar_url":"https://assets.zendesk.com/hc/assets/default_avatar.png","is_admin":false,"organizations":[],"groups":[]};
  HelpCenter.internal = {"asset_url":"//static.zdassets.com/hc/assets/","web_widget_asset_composer_url":"https://static.zdassets.com/ekr/snippet.js","current_session":{"locale":"ar","csrf_token":"%(csrf)s","shared_csrf_token":null},"usage_tracking":{"event":"article_viewed","data":"%(track)s","url":"https://help.masaha.ae/hc/activity"},"current_record_id":"%(article)d","current_record_url":"%(url_path)s","current_record_title":"%(title)s","current_text_direction":"rtl","current_brand_id":360001234567,"current_brand_name":"مساحة","current_brand_url":"https://masaha.zendesk.com","current_brand_active":true,"current_path":"%(url_path)s","show_autocomplete_breadcrumbs":true,"user_info_changing_enabled":false,"has_user_profiles_enabled":true,"has_end_user_attachments":true,"user_aliases_enabled":false,"has_anonymous_kb_voting":true,"has_multi_language_help_center":true,"show_at_mentions":false,"embeddables_config":{"embeddables_web_widget":true,"embeddables_help_center_auth_enabled":false,"embeddables_connect_ipms":false},"answer_bot_subdomain":"static","gather_plan_state":"subscribed","has_article_verification":false,"has_gather":true,"has_ckeditor":false,"has_community_enabled":true,"has_community_badges":true,"has_community_post_content_tagging":false,"has_gather_content_tags":true,"has_guide_content_tags":true,"has_user_segments":true,"has_answer_bot_web_form_enabled":false,"has_garden_modals":false,"theming_cookie_key":"hc-da-theme","is_preview":false,"has_search_settings_in_plan":true,"theming_api_version":2,"theming_settings":{"brand_color":"#0F5E5A","brand_text_color":"#FFFFFF","text_color":"#2F3941","link_color":"#0F5E5A","background_color":"#FFFFFF","heading_font":"-apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif","text_font":"-apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif","logo":"/hc/theming_assets/01HB2C7K9QXW3M8N4V6T5R1Y2B","favicon":"/hc/theming_assets/01HB2C7K9QXW3M8N4V6T5R1Y1A","show_recently_viewed_articles":true,"show_related_articles":true,"show_article_author":true,"show_article_comments":false,"show_follow_article":true,"show_article_sharing":true},"has_pci_credit_card_custom_field":false,"help_center_restricted":false,"is_assuming_someone_else":false,"flash_messages":[],"user_photo_editing_enabled":true,"user_preferred_locale":"ar","base_locale":"ar","login_url":"https://masaha.zendesk.com/access?brand_id=360001234567\\u0026return_to=https%%3A%%2F%%2Fhelp.masaha.ae%(url_q)s","has_alternate_templates":false,"has_custom_statuses_enabled":true,"has_hc_generative_answers_setting_enabled":true,"has_generative_search_with_zgpt_enabled":false,"has_suggested_initial_questions_enabled":false,"has_guide_service_catalog":false,"has_service_catalog_search_poc":false,"has_service_catalog_itam":false,"version":"v%(ver)d","dev_mode":false};
</script>

  
  <script src="//static.zdassets.com/hc/assets/moment-ar-%(h3)s.js"></script>
  <script src="//static.zdassets.com/hc/assets/hc_enduser-%(h1)s.js"></script>
  
  
</body>
</html>""" % {"ver": ver, "title": K.esc(title), "url_path": url_path, "url_q": quote(url_path, safe=""),
              "article": ARTICLE, "h1": vhash[:32], "h2": vhash[8:28], "h3": vhash[20:40], "digest": vhash[5:13] + "%d" % (ver * 7),
              "banner": banner, "sidebar": sidebar, "ed_iso": C.iso(ed),
              "ed_title": ed_loc.strftime("%Y-%m-%d %H:%M"),
              "ed_text": "%d %s %d %s" % (ed_loc.day, K.MONTHS["ar"][ed_loc.month - 1], ed_loc.year,
                                          ed_loc.strftime("%H:%M")),
              "body": _body(blocks[1:]), "title_q": quote(title), "up": up, "total": total, "related": related,
              "visitor": state["visitor"], "csrf": state["csrf"],
              "track": "BAh7CDoLbG9jYWxlSSIHYXIGOgZFVDoPYXJ0aWNsZV9pZGwrCA" + state["visitor"][:12]}


PAGE = {
    "service": "Masaha",
    "url": "https://help.masaha.ae/hc/ar/articles/%d-%s" % (ARTICLE, quote(SLUG)),
    "lang": "ar",
    "platform": "Zendesk Guide help center (Copenhagen theme), RTL",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "cloudflare"), ("Cache-Control", "max-age=0, public"),
                      ("X-Zendesk-Origin-Server", "app-server-7c9f5d8b6-x2k4q"), ("Vary", "Accept-Encoding"),
                      ("Content-Language", "ar")],
    "n": 30,
    "start": dt.date(2023, 5, 1),
    "end": dt.date(2025, 4, 30),
    "hours": (2, 6, 10, 19),
    "policy": POLICY,
    "first_updated": dt.date(2022, 11, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://help.masaha.ae/hc/ar/articles/%d-%s" % (ARTICLE, quote(SLUG)),
        "select": "article#main-content",
        "remove": [".article-author", ".article-subscribe", "article#main-content > footer", ".article-relatives"],
    },
}
