"""Zogsool (Зогсоол) - parking app (Ulaanbaatar) - Mongolian (Cyrillic) - Webflow site (legal page template:
sticky TOC column, Rich Text elements, FAQ built from Webflow Dropdowns).

Layering: intro, a "Товч хувилбар" (short version) box of bulleted key points with bold labels, the full text in a
Rich Text element, a FAQ whose questions are Dropdown toggles and whose answers sit in closed `w-dropdown-list`s
(collapsed); a sticky table of contents in the left column, a "PDF татах" button under the date and a fixed
"↑ Дээш буцах" (back to top) link.
Curator: the `.legal-content` column (title, date, intro, short version, full text, FAQ); the PDF button is removed;
the TOC column and the back-to-top link are outside the selection. The short version is part of the notice (and
here once disagreed with the full text, until it was corrected).
Noise (quiet page): Webflow's "Last Published" comment on every capture (the site is republished for blog posts and
promos) and the site CSS / webflow.js hashes that change with some publishes. Outside the region.
Edits: short version only (parking history 3 -> 2 years, aligning it with the full text; date not bumped); full
text only (QPay and SocialPay); both layers with a section added (number-plate recognition cameras: short-version
bullet + new section 9); a new FAQ question (registering someone else's car); inside a collapsed FAQ answer (plate
history anonymised within 30 days instead of 7); full text only (location kept 30 days instead of 90).
"""
import datetime as dt
import html
import common as C

URL = "https://www.zogsool.mn/nuuts-bodlogo"


def fmt_date(d):
    return "%d оны %d-р сарын %d" % (d.year, d.month, d.day)


POLICY = """
# Нууцлалын бодлого

Сүүлд шинэчилсэн: {UPDATED}

"Зогсоол" аппликейшн нь Улаанбаатар хотын зогсоолуудыг хайх, захиалах, төлбөрийг нь утсаараа төлөх боломжийг олгодог. Энэхүү бодлогод бид таны ямар мэдээллийг, ямар зорилгоор цуглуулж, хэрхэн хамгаалдаг талаар тайлбарлав. Эхлээд товч хувилбарыг, дараа нь бүрэн эхийг уншина уу.

%% tovch

## Товч хувилбар

- **Бид юу цуглуулдаг вэ:** утасны дугаар, автомашины улсын дугаар, зогсоолын байршил, хугацаа болон төлбөрийн мэдээлэл.
- **Яагаад:** зогсоолын төлбөрийг тооцох, төлбөр хийх, И-баримт илгээхийн тулд.
- **Хэнтэй хуваалцдаг вэ:** зогсоол эзэмшигч байгууллага, банк, төлбөрийн үйлчилгээ үзүүлэгч болон татварын И-баримт систем.
- **Хэр удаан хадгалдаг вэ:** зогсоолын түүхийг 3 жил, төлбөрийн баримтыг хуулийн дагуу 5 жил.
- **Таны эрх:** өөрийн мэдээллийг үзэх, засуулах, устгуулах хүсэлт гаргах.

%% full

## 1. Ерөнхий зүйл

Энэхүү бодлогыг "Смарт Зогсоол" ХХК (цаашид "бид") Монгол Улсын хууль тогтоомжийн дагуу баталсан бөгөөд "Зогсоол" аппликейшн болон zogsool.mn вэбсайтыг ашиглахад хамаарна.

@ "Смарт Зогсоол" ХХК
@ Сүхбаатар дүүрэг, 1-р хороо, Чингисийн өргөн чөлөө 24
@ Улаанбаатар 14240
@ Имэйл: [privacy@zogsool.mn](mailto:privacy@zogsool.mn)

Энэхүү бодлогын талаар асуулт байвал дээрх хаягаар бидэнтэй холбогдоно уу. Бодлогод томоохон өөрчлөлт орвол бид аппаар дамжуулан урьдчилан мэдэгдэнэ.

## 2. Бидний цуглуулдаг мэдээлэл

- **Бүртгэлийн мэдээлэл:** утасны дугаар, нэр (заавал биш), имэйл хаяг (заавал биш).
- **Автомашины мэдээлэл:** улсын дугаар, марк, өнгө.
- **Зогсоолын мэдээлэл:** аль зогсоолд, хэзээ, хэр удаан зогссон.
- **Захиалгын мэдээлэл:** урьдчилан захиалсан зогсоол, захиалгын цаг, цуцалсан эсэх.
- **Төлбөрийн мэдээлэл:** гүйлгээний дугаар, дүн, төлбөрийн хэрэгсэл. Картын дугаарыг банк боловсруулдаг бөгөөд бид хадгалдаггүй.
- **Төхөөрөмжийн мэдээлэл:** утасны загвар, үйлдлийн систем, аппын хувилбар.

## 3. Байршлын мэдээлэл

Ойролцоох сул зогсоолыг харуулахын тулд апп таны байршлыг ашиглана. Байршлыг зөвхөн апп нээлттэй үед, таны зөвшөөрлөөр ашиглах бөгөөд зогсоолын түүхтэй холбож 90 хоног хадгална. Та утасныхаа тохиргооноос байршлын зөвшөөрлийг хэзээ ч цуцалж болно.

## 4. Төлбөр ба И-баримт

Төлбөрийг банкны карт эсвэл дансаар хийж болно. Хуулийн дагуу төлбөр бүрийн И-баримтыг татварын системд бүртгэж, таны утсанд илгээнэ. Үүний тулд таны утасны дугаар эсвэл И-баримтын бүртгэлийн дугаарыг ашиглана.

## 5. Мэдээлэл хуваалцах

Бид таны мэдээллийг зөвхөн зогсоол эзэмшигч байгууллага (таны зогссон хугацаа ба улсын дугаар), банк болон төлбөрийн үйлчилгээ үзүүлэгч, татварын И-баримт системтэй хуваалцана. Хуульд заасан тохиолдолд эрх бүхий байгууллагын албан ёсны хүсэлтээр мэдээлэл гаргаж өгч болно. Бид таны мэдээллийг худалдахгүй.

## 6. Хадгалах хугацаа

Зогсоолын түүхийг 2 жил, төлбөрийн баримтыг хуулийн дагуу 5 жил хадгална. Бүртгэлээ устгавал бусад мэдээллийг 30 хоногийн дотор устгана.

## 7. Аюулгүй байдал

Мэдээллийг шифрлэн дамжуулж, Монгол Улсад байрлах серверт хадгална. Ажилтнууд зөвхөн ажлын шаардлагаар, эрхийн хязгаарлалттайгаар мэдээлэлд хандана. Мэдээллийн аюулгүй байдлын зөрчил гарвал хуулийн дагуу танд болон эрх бүхий байгууллагад яаралтай мэдэгдэнэ.

## 8. Таны эрх

Та өөрийн мэдээллийг үзэх, засуулах, устгуулах, зөвшөөрлөө буцаан авах эрхтэй. Хүсэлтээ аппын "Профайл → Нууцлал" цэсээр эсвэл [privacy@zogsool.mn](mailto:privacy@zogsool.mn) хаягаар илгээнэ үү. Бид 10 ажлын өдөрт багтаан хариу өгнө.

%% faq

## Түгээмэл асуултууд

### Апп миний байршлыг байнга хянадаг уу?

Үгүй. Апп нээлттэй байх үед л байршлыг ашигладаг. Арын горимд байршил цуглуулдаггүй.

### Машины дугаараа хэрхэн устгах вэ?

Аппын "Миний машинууд" хэсэгт орж, устгах дугаараа сонгоод "Устгах" товчийг дарна. Тухайн дугаартай холбоотой зогсоолын түүх 7 хоногийн дотор нэргүйжүүлэгдэнэ.

### Та нар торгуулийн мэдээллийг цагдаад өгдөг үү?

Үгүй. Бид торгууль ногдуулдаггүй. Харин хуульд заасан тохиолдолд эрх бүхий байгууллагын албан ёсны хүсэлтээр мэдээлэл гаргаж өгч болно.
"""

EDITS = [
    {"note": "short version only: parking history kept 2 years (was 3), aligned with the full text; date not bumped",
     "bump": False,
     "repl": [("зогсоолын түүхийг 3 жил, төлбөрийн", "зогсоолын түүхийг 2 жил, төлбөрийн")]},
    {"note": "full text only: payments also through QPay and SocialPay",
     "repl": [("Төлбөрийг банкны карт эсвэл дансаар хийж болно.", "Төлбөрийг банкны карт, данс, QPay болон SocialPay-ээр хийж болно.")]},
    {"note": "both layers + section added: number-plate recognition cameras at gated car parks (short-version bullet, new section 9)",
     "repl": [("хугацаа болон төлбөрийн мэдээлэл.", "хугацаа, хаалттай зогсоолын камерын уншсан улсын дугаар болон төлбөрийн мэдээлэл."),
              ("Бид 10 ажлын өдөрт багтаан хариу өгнө.",
               "Бид 10 ажлын өдөрт багтаан хариу өгнө.\n\n## 9. Улсын дугаар таних камер\n\nЗарим хаалттай зогсоолын орох, гарах хаалган дээр улсын дугаар таних камер байрладаг. Камер таны машины улсын дугаар, орсон болон гарсан цагийг бүртгэж, зогсоолын хугацааг автоматаар тооцно. Камерын зургийг 30 хоног хадгалаад устгана.")]},
    {"note": "new FAQ question: registering someone else's car",
     "repl": [("### Та нар торгуулийн мэдээллийг цагдаад өгдөг үү?",
               "### Өөр хүний машиныг бүртгэж болох уу?\n\nБолно. Гэр бүлийн гишүүний эсвэл ажлын машиныг бүртгэж, зогсоолын төлбөрийг нь төлж болно. Тухайн машины зогсоолын түүх таны бүртгэлд харагдах тул эзэмшигчид нь мэдэгдэхийг зөвлөж байна.\n\n### Та нар торгуулийн мэдээллийг цагдаад өгдөг үү?")]},
    {"note": "inside a collapsed FAQ answer: parking history of a deleted plate anonymised within 30 days instead of 7",
     "repl": [("зогсоолын түүх 7 хоногийн дотор нэргүйжүүлэгдэнэ.", "зогсоолын түүх 30 хоногийн дотор нэргүйжүүлэгдэнэ.")]},
    {"note": "full text only: location kept 30 days instead of 90",
     "repl": [("зогсоолын түүхтэй холбож 90 хоног хадгална.", "зогсоолын түүхтэй холбож 30 хоног хадгална.")]},
]


def gold_md(blocks):
    return C.blocks_md(C.without_markers(blocks), URL)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    last = prev.get("published")
    cand = when - dt.timedelta(hours=rng.randint(1, 96), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
    if last is not None:
        last = dt.datetime.strptime(last[4:24], "%b %d %Y %H:%M:%S")
        cand = min(max(cand, last + dt.timedelta(minutes=rng.randint(5, 50))), when - dt.timedelta(minutes=3))
    s["published"] = cand.strftime("%a %b %d %Y %H:%M:%S GMT+0000 (Coordinated Universal Time)")
    s["bundle"] = C.keep_or(rng, prev.get("bundle"), 0.3, lambda: (C.hexs(rng, 9), C.hexs(rng, 16)))
    return s


LABELS = {"published": "Webflow 'Last Published' comment", "bundle": "Webflow site CSS / webflow.js hashes"}

SITE = "64f1c2a9e3b4d5f6a7b8c9a1"


def render(s, blocks, when):
    seg = C.segments(blocks)
    head = seg["head"]
    css, js = s["bundle"]
    tv = seg["tovch"]
    _, secs = C.split_sections(seg["full"])
    faq = seg["faq"]
    items = C.under_headings(faq[1:])
    faq_html = ('<div id="faq" class="faq-wrapper"><h2 class="faq-heading">%s</h2>%s</div>'
                % (C.inline_html(faq[0][1]), "".join(
                    '<div data-hover="false" data-delay="0" class="faq-item w-dropdown"><div class="faq-toggle w-dropdown-toggle">'
                    '<div class="faq-icon w-icon-dropdown-toggle"></div><h3 class="faq-question">%s</h3></div>'
                    '<nav class="faq-answer w-dropdown-list"><div class="faq-answer-rich w-richtext">%s</div></nav></div>'
                    % (C.inline_html(q), C.blocks_html(a, sep="")) for q, a in items)))
    toc = ('<div class="toc-sticky"><div class="toc-title">Агуулга</div>'
           '<a href="#tovch" class="toc-link w-inline-block"><div>%s</div></a>%s'
           '<a href="#faq" class="toc-link w-inline-block"><div>%s</div></a></div>'
           % (html.escape(tv[0][1]), "".join('<a href="#heseg-%d" class="toc-link w-inline-block"><div>%s</div></a>' % (n + 1, html.escape(t))
                                             for n, (t, _) in enumerate(secs)), html.escape(faq[0][1])))
    full = "".join('<h2 id="heseg-%d">%s</h2>%s' % (n + 1, C.inline_html(t), C.blocks_html(bl, {"ul": ""}, sep=""))
                   for n, (t, bl) in enumerate(secs)).replace("<ul>", '<ul role="list">')
    content = ('<div class="legal-content" id="top"><h1 class="legal-h1">%s</h1><div class="legal-date">%s</div>'
               '<a href="https://assets-global.website-files.com/%s/65a0f3c1d2e4b5a6c7d8e9f0_Zogsool-nuuts-bodlogo.pdf" target="_blank" class="pdf-button w-button">PDF татах</a>'
               '<p class="legal-intro">%s</p>'
               '<div id="tovch" class="summary-box"><h2 class="summary-heading">%s</h2><div class="summary-rich w-richtext">%s</div></div>'
               '<div id="full" class="legal-rich w-richtext">%s</div>%s</div>'
               % (C.inline_html(head[0][1]), C.inline_html(head[1][1]), SITE, C.inline_html(head[2][1]), C.inline_html(tv[0][1]),
                  C.blocks_html(tv[1:], sep="").replace("<ul>", '<ul role="list">'), full, faq_html))
    return ('<!DOCTYPE html><!-- Last Published: %s --><html data-wf-domain="www.zogsool.mn" data-wf-page="64f1c2a9e3b4d5f6a7b8c9d7" data-wf-site="%s" lang="mn">'
            '<head><meta charset="utf-8"/><title>Нууцлалын бодлого | Зогсоол</title>'
            '<meta content="Зогсоол аппликейшн таны мэдээллийг хэрхэн цуглуулж, ашигладаг вэ." name="description"/>'
            '<meta content="Нууцлалын бодлого | Зогсоол" property="og:title"/><meta property="og:type" content="website"/>'
            '<meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/>'
            '<link href="https://assets-global.website-files.com/%s/css/zogsool.webflow.%s.css" rel="stylesheet" type="text/css"/>'
            '<link href="https://fonts.googleapis.com" rel="preconnect"/><link href="https://fonts.gstatic.com" rel="preconnect" crossorigin="anonymous"/>'
            '<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>'
            '<link href="https://assets-global.website-files.com/%s/64f1c3b0a1b2c3d4e5f60718_favicon.png" rel="shortcut icon" type="image/x-icon"/>'
            '<link href="%s" rel="canonical"/></head>'
            '<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">'
            '<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/%s/64f1c3b0a1b2c3d4e5f60720_logo.svg" loading="lazy" alt="Зогсоол" class="logo"/></a>'
            '<nav role="navigation" class="nav-menu w-nav-menu"><a href="/" class="nav-link w-nav-link">Нүүр</a><a href="/zogsooluud" class="nav-link w-nav-link">Зогсоолууд</a>'
            '<a href="/bizness" class="nav-link w-nav-link">Бизнест</a><a href="/blog" class="nav-link w-nav-link">Блог</a><a href="/tuslamj" class="nav-link w-nav-link">Тусламж</a></nav>'
            '<a href="https://app.zogsool.mn/download" class="button-download w-button">Апп татах</a><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>'
            '<div class="legal-section"><div class="container-legal w-container"><div class="legal-grid w-layout-grid">%s%s</div></div></div>'
            '<a href="#top" class="back-to-top w-inline-block"><div>↑ Дээш буцах</div></a>'
            '<div class="footer"><div class="footer-container w-container"><div class="footer-links"><a href="/nuuts-bodlogo" aria-current="page" class="footer-link w--current">Нууцлалын бодлого</a>'
            '<a href="/uilchilgeenii-nohtsol" class="footer-link">Үйлчилгээний нөхцөл</a><a href="/holboo-barih" class="footer-link">Холбоо барих</a></div>'
            '<div class="footer-copy">© "Смарт Зогсоол" ХХК</div></div></div>'
            '<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=%s" type="text/javascript" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>'
            '<script src="https://assets-global.website-files.com/%s/js/webflow.%s.js" type="text/javascript"></script></body></html>'
            % (s["published"], SITE, SITE, css, SITE, URL, SITE, toc, content, SITE, SITE, js))


PAGE = {
    "service": "Zogsool", "url": URL, "lang": "mn", "platform": "Webflow",
    "content_type": "text/html; charset=utf-8",
    "n": 31, "start": dt.date(2023, 3, 6), "end": dt.date(2026, 10, 9),
    "policy": POLICY, "first_updated": dt.date(2023, 1, 23), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": [".legal-content"], "remove": [".pdf-button"]},
}
