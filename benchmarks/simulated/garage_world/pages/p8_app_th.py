"""SomDee (ซ่อมดี) - th car-service and tyre booking app with partner garages - Zendesk Guide help centre article
(Copenhagen theme): article meta with the last-edited time and the votes counter sit inside the article."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gkit as K  # noqa: E402

C = K.C
URL = "https://help.somdee.co.th/hc/th/articles/4403829112345-Privacy-Policy"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["th"][d.month - 1], d.year + 543)


POLICY = """
# นโยบายความเป็นส่วนตัว

ปรับปรุงล่าสุด: {UPDATED}

บริษัท ซ่อมดี เทคโนโลยี จำกัด ("บริษัท" หรือ "เรา") ให้บริการแอปพลิเคชันและเว็บไซต์ ซ่อมดี สำหรับจองบริการเปลี่ยนยาง เปลี่ยนถ่ายน้ำมันเครื่อง ตรวจเช็กสภาพรถ และซ่อมบำรุงรถยนต์กับอู่และศูนย์บริการที่เป็นพันธมิตรของเรา นโยบายฉบับนี้อธิบายวิธีที่เราเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลของคุณตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562

## 1. ข้อมูลส่วนบุคคลที่เราเก็บรวบรวม

- ข้อมูลระบุตัวตนและข้อมูลติดต่อ เช่น ชื่อ นามสกุล หมายเลขโทรศัพท์ อีเมล และบัญชี LINE ที่คุณเชื่อมต่อ
- ข้อมูลรถยนต์ เช่น หมายเลขทะเบียนรถ ยี่ห้อ รุ่น ปีที่ผลิต ขนาดยาง และเลขไมล์
- ข้อมูลการจองและประวัติการเข้ารับบริการ เช่น อู่ที่เลือก วันและเวลานัดหมาย รายการซ่อม และค่าบริการ
- ข้อมูลการชำระเงิน ซึ่งผู้ให้บริการรับชำระเงินเป็นผู้ประมวลผล
- ข้อมูลตำแหน่งที่ตั้ง เมื่อคุณอนุญาตให้แอปค้นหาอู่ที่อยู่ใกล้คุณ
- ข้อมูลการใช้งานแอปและเว็บไซต์ เช่น หมายเลขอุปกรณ์ ที่อยู่ไอพี และคุกกี้

## 2. วัตถุประสงค์และฐานทางกฎหมาย

| วัตถุประสงค์ | ฐานทางกฎหมาย |
| ให้บริการจองและส่งต่อรายละเอียดงานให้อู่ที่คุณเลือก | การปฏิบัติตามสัญญา |
| ออกใบเสร็จและใบกำกับภาษี | หน้าที่ตามกฎหมาย |
| แจ้งเตือนรอบเปลี่ยนน้ำมันเครื่องและการต่อภาษีรถประจำปี | ประโยชน์โดยชอบด้วยกฎหมาย |
| ส่งโปรโมชันและสิทธิพิเศษ | ความยินยอม |
| วิเคราะห์และปรับปรุงบริการ | ประโยชน์โดยชอบด้วยกฎหมาย |

## 3. การเปิดเผยข้อมูลส่วนบุคคล

เราเปิดเผยข้อมูลของคุณเท่าที่จำเป็นให้แก่บุคคลต่อไปนี้

- อู่และศูนย์บริการพันธมิตรที่คุณจองใช้บริการ
- ผู้ให้บริการรับชำระเงิน ได้แก่ บริษัท โอมิเซะ จำกัด
- ผู้ให้บริการคลาวด์ ได้แก่ Amazon Web Services ซึ่งจัดเก็บข้อมูลในประเทศสิงคโปร์
- ผู้ให้บริการระบบแจ้งเตือนและแชท ได้แก่ LINE Company (Thailand) Limited
- หน่วยงานของรัฐเมื่อกฎหมายกำหนด

## 4. การส่งข้อมูลไปต่างประเทศ

ในกรณีที่เราส่งข้อมูลส่วนบุคคลไปยังต่างประเทศ เราจะดำเนินการให้ประเทศปลายทางมีมาตรฐานการคุ้มครองข้อมูลที่เพียงพอ หรือจัดให้มีมาตรการคุ้มครองที่เหมาะสมตามที่กฎหมายกำหนด

## 5. ระยะเวลาการเก็บรักษาข้อมูล

เราเก็บข้อมูลบัญชีของคุณไว้ตลอดระยะเวลาที่คุณใช้บริการ และเก็บประวัติการเข้ารับบริการไว้ 5 ปีนับจากการใช้บริการครั้งล่าสุด ข้อมูลตำแหน่งที่ตั้งจะไม่ถูกจัดเก็บหลังจากการค้นหาเสร็จสิ้น

## 6. สิทธิของเจ้าของข้อมูลส่วนบุคคล

คุณมีสิทธิขอเข้าถึงและขอรับสำเนาข้อมูล ขอแก้ไขข้อมูลให้ถูกต้อง ขอให้ลบหรือทำลายข้อมูล ขอระงับการใช้ข้อมูล คัดค้านการประมวลผล ขอโอนย้ายข้อมูล และถอนความยินยอมได้ทุกเมื่อ หากคุณเห็นว่าเราไม่ปฏิบัติตามกฎหมาย คุณมีสิทธิร้องเรียนต่อสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล

## 7. ติดต่อเรา

@ เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล บริษัท ซ่อมดี เทคโนโลยี จำกัด
@ 999/9 อาคารเดอะออฟฟิศเซส ชั้น 12 ถนนพระราม 9 แขวงห้วยขวาง เขตห้วยขวาง กรุงเทพมหานคร 10310
@ อีเมล: [dpo@somdee.co.th](mailto:dpo@somdee.co.th)
@ โทร 02 026 5555
"""

EDITS = [
    {"note": "payment processor replaced: Omise -> 2C2P",
     "repl": [("- ผู้ให้บริการรับชำระเงิน ได้แก่ บริษัท โอมิเซะ จำกัด",
               "- ผู้ให้บริการรับชำระเงิน ได้แก่ บริษัท 2ซี2พี (ประเทศไทย) จำกัด")]},
    {"note": "collected-data list: dashcam / photos of the car uploaded for repair quotes",
     "repl": [("- ข้อมูลตำแหน่งที่ตั้ง เมื่อคุณอนุญาตให้แอปค้นหาอู่ที่อยู่ใกล้คุณ",
               "- รูปถ่ายและวิดีโอรถยนต์ที่คุณอัปโหลดเพื่อขอใบเสนอราคาค่าซ่อม\n"
               "- ข้อมูลตำแหน่งที่ตั้ง เมื่อคุณอนุญาตให้แอปค้นหาอู่ที่อยู่ใกล้คุณ")]},
    {"note": "retention of service history 5 -> 3 years",
     "repl": [("เก็บประวัติการเข้ารับบริการไว้ 5 ปี", "เก็บประวัติการเข้ารับบริการไว้ 3 ปี")]},
    {"note": "cloud region moved: AWS Singapore -> AWS Bangkok (Asia Pacific Thailand region)",
     "repl": [("ซึ่งจัดเก็บข้อมูลในประเทศสิงคโปร์", "ซึ่งจัดเก็บข้อมูลในประเทศไทย")]},
    {"note": "DPO contact: new phone number and floor (no new date)", "bump": False,
     "repl": [("อาคารเดอะออฟฟิศเซส ชั้น 12", "อาคารเดอะออฟฟิศเซส ชั้น 15"), ("@ โทร 02 026 5555", "@ โทร 02 026 5599")]},
]

SECTION = ["วิธีจองบริการเปลี่ยนยาง", "การยกเลิกและเลื่อนนัดหมาย", "ข้อกำหนดการใช้บริการ", "นโยบายความเป็นส่วนตัว",
           "นโยบายคุกกี้", "การรับประกันงานซ่อม", "การขอใบกำกับภาษี"]
ANNOUNCE = ["ระบบจะปิดปรับปรุงชั่วคราวคืนวันอาทิตย์ เวลา 00:00-02:00 น.", "สงกรานต์นี้ อู่พันธมิตรบางแห่งปิดให้บริการ 13-15 เมษายน",
            "โปรเปลี่ยนยาง 4 เส้น รับส่วนลด 500 บาท ถึงสิ้นเดือนนี้"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"csrf": (C.b64tok(rng, 64), C.b64tok(rng, 16))}
    s["theme"] = C.keep_or(rng, prev.get("theme"), 0.25, lambda: (C.hexs(rng, 40)[:24], str(rng.randint(10**12, 10**13))))
    if "modified" in prev:
        s["modified"] = prev["modified"]
        if rng.random() < 0.12:  # an agent re-saves the article (labels, a link check) without changing the text
            t = when - dt.timedelta(minutes=rng.randint(30, 3000))
            if t.strftime("%Y-%m-%dT%H:%M:%S") > prev["modified"][0]:
                s["modified"] = (t.strftime("%Y-%m-%dT%H:%M:%S"), prev["modified"][1])
    up = K.grow(when, dt.date(2021, 8, 1), 40, 0.21, rng, 1)
    s["votes"] = (up, up + K.grow(when, dt.date(2021, 8, 1), 9, 0.06))
    s["announce"] = C.keep_or(rng, prev.get("announce"), 0.4, lambda: rng.choice([None, None, 0, 1, 2]))
    return s


LABELS = {"csrf": "per-request csrf-token and CSP nonce", "theme": "theming asset ids / HelpCenter build id",
          "modified": "article meta 'last edited' time (INSIDE the article, removed)",
          "votes": "'ผู้ใช้ X จาก Y คนพบว่ามีประโยชน์' votes counter (INSIDE the article, removed)",
          "announce": "help-centre announcement banner"}


def render(s, blocks, when):
    tok, nonce = s["csrf"]
    asset, build = s["theme"]
    mod = K.modified_stamp(s, blocks, when, lag=(60, 2880))
    loc = mod + dt.timedelta(hours=7)
    up, total = s["votes"]
    title = blocks[0][1]
    body = K.render_blocks(blocks[1:])
    side = "".join('<li><a href="/hc/th/articles/44038291%05d" class="sidenav-item%s">%s</a></li>'
                   % (12340 + n, " current-article" if n == 3 else "", C.esc(t)) for n, t in enumerate(SECTION))
    ann = ('<div class="announcement" role="status"><p>%s</p></div>' % C.esc(ANNOUNCE[s["announce"]])) if s["announce"] is not None else ""
    hc = ('{"account":{"subdomain":"somdee"},"user":{"identifier":null,"email":null,"name":null,"role":"anonymous","avatar_url":'
          '"https://assets.zendesk.com/hc/assets/default_avatar.png","is_admin":false,"organizations":[],"groups":[]},'
          '"internal":{"current_session":{"locale":"th","csrf_token":"%s","shared_csrf_token":null},"settings":{"zopim_enabled":false,'
          '"spam_filter_enabled":true},"current_record_id":"4403829112345","current_record_url":"/hc/th/articles/4403829112345",'
          '"current_record_title":"%s","current_text_direction":"ltr","current_brand_id":360001234567,"current_brand_name":"SomDee",'
          '"current_brand_url":"https://somdee.zendesk.com","current_brand_active":true,"current_path":"/hc/th/articles/4403829112345-Privacy-Policy",'
          '"show_autocomplete_breadcrumbs":true,"user_info_changing_enabled":false,"has_user_profiles_enabled":false,"has_end_user_attachments":true,'
          '"user_aliases_enabled":false,"has_anonymous_kb_voting":true,"has_multi_language_help_center":true,"show_at_mentions":false,'
          '"embeddables_config":{"embeddables_web_widget":false,"embeddables_connect_ipms":false},"build":"%s"}}' % (tok, title, build))
    return ('<!DOCTYPE html>\n<html dir="ltr" lang="th">\n<head>\n<meta charset="utf-8" />\n'
            '<!-- v%s -->\n<link rel="canonical" href="%s">\n<link rel="alternate" hreflang="en-us" href="https://help.somdee.co.th/hc/en-us/articles/4403829112345-Privacy-Policy">\n'
            '<link rel="alternate" hreflang="th" href="%s">\n<meta name="csrf-param" content="authenticity_token">\n<meta name="csrf-token" content="%s">\n'
            '<title>นโยบายความเป็นส่วนตัว – ศูนย์ช่วยเหลือ ซ่อมดี</title>\n'
            '<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-%s.css" media="all" id="stylesheet" />\n'
            '<link rel="stylesheet" type="text/css" href="/hc/theming_assets/01HZ8R2K7M3N4P5Q6R7S8T9V0W" />\n'
            '<script nonce="%s">window.HelpCenter = %s;</script>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n</head>\n<body class="">\n'
            '<a class="skip-navigation" tabindex="1" href="#main-content">ข้ามไปที่เนื้อหาหลัก</a>\n'
            '<header class="header"><div class="logo"><a title="หน้าแรก" href="/hc/th"><img src="/hc/theming_assets/01HZ8R2K7M3N4P5Q6R7S8T9V0X" alt="หน้าหลักของศูนย์ช่วยเหลือ ซ่อมดี"></a></div>'
            '<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="การนำทางผู้ใช้"><ul class="user-nav-list">'
            '<li><a class="submit-a-request" href="/hc/th/requests/new">ส่งคำขอ</a></li></ul></nav>'
            '<a class="sign-in" rel="nofollow" data-auth-action="signin" title="เปิดกล่องโต้ตอบ" role="button" href="/hc/th/signin?return_to=%s">ลงชื่อเข้าใช้</a></div></header>\n'
            '%s<main role="main">\n<div class="container-divider"></div>\n<div class="container">\n'
            '<div class="sub-nav"><nav aria-label="เส้นทางปัจจุบัน" class="sub-nav-inner"><ol class="breadcrumbs"><li title="ศูนย์ช่วยเหลือ ซ่อมดี"><a href="/hc/th">ศูนย์ช่วยเหลือ ซ่อมดี</a></li>'
            '<li title="ข้อกำหนดและนโยบาย"><a href="/hc/th/sections/360009876543">ข้อกำหนดและนโยบาย</a></li></ol></nav></div>\n'
            '<div class="article-container" id="article-container">\n'
            '<aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar">'
            '<h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">บทความในส่วนนี้</h3>'
            '<div class="collapsible-sidebar-body"><ul>%s</ul></div></div></aside>\n'
            '<article id="main-content" class="article">\n<header class="article-header">\n<h1 title="%s" class="article-title">%s</h1>\n'
            '<div class="article-author"><div class="avatar article-avatar"><img src="https://somdee.zendesk.com/system/photos/360123456789/team.png" alt="" class="user-avatar"/></div>'
            '<div class="article-meta"><span>ทีมงานซ่อมดี</span><ul class="meta-group"><li class="meta-data">'
            '<time datetime="%sZ" title="%s" data-datetime="relative">%s</time></li><li class="meta-data">อัปเดตแล้ว</li></ul></div></div>\n'
            '<a class="article-subscribe button-secondary" title="เปิดกล่องโต้ตอบ" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false" href="/hc/th/articles/4403829112345/subscription.html">ติดตาม</a>\n'
            '</header>\n<section class="article-info"><div class="article-content"><div class="article-body">%s</div></div></section>\n'
            '<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="https://www.facebook.com/share.php?title=%%E0%%B8%%99&amp;u=%s" class="share-facebook">Facebook</a></li>'
            '<li><a href="https://social-plugins.line.me/lineit/share?url=%s" class="share-line">LINE</a></li></ul></div></div>\n'
            '<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">บทความนี้มีประโยชน์หรือไม่</h2>'
            '<div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">'
            '<button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="บทความนี้มีประโยชน์" aria-pressed="false">ใช่</button>'
            '<button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="บทความนี้ไม่มีประโยชน์" aria-pressed="false">ไม่ใช่</button></div>'
            '<small class="article-votes-count"><span class="article-vote-label">ผู้ใช้ %d จาก %d คนพบว่ามีประโยชน์</span></small></div>\n'
            '<div class="article-more-questions">มีคำถามเพิ่มเติมหรือไม่ <a href="/hc/th/requests/new">ส่งคำขอ</a></div>\n'
            '<div class="article-return-to-top"><a href="#article-container">กลับไปด้านบน</a></div></footer>\n'
            '<section class="article-relatives"><div data-recent-articles></div><section class="related-articles" aria-labelledby="related-articles-title">'
            '<h2 class="related-articles-title" id="related-articles-title">บทความที่เกี่ยวข้อง</h2><ul><li><a href="/hc/th/articles/4403829112349-Cookie-Policy" rel="nofollow">นโยบายคุกกี้</a></li>'
            '<li><a href="/hc/th/articles/4403829112347-Terms" rel="nofollow">ข้อกำหนดการใช้บริการ</a></li></ul></section></section>\n'
            '</article>\n</div>\n</div>\n</main>\n'
            '<footer class="footer"><div class="footer-inner"><a title="หน้าแรก" href="/hc/th">ศูนย์ช่วยเหลือ ซ่อมดี</a>'
            '<div class="footer-language-selector"><button class="dropdown-toggle" aria-haspopup="true">ภาษาไทย</button></div></div></footer>\n'
            '<script nonce="%s" src="/hc/theming_assets/01HZ8R2K7M3N4P5Q6R7S8T9V0Y"></script>\n'
            '<script nonce="%s" src="//static.zdassets.com/hc/assets/th.%s.js"></script>\n</body>\n</html>\n'
            % (build, URL, URL, tok, asset, nonce, hc, URL, ann, side, C.attr(title), C.esc(title),
               mod.strftime("%Y-%m-%dT%H:%M:%S"), loc.strftime("%Y-%m-%d %H:%M"),
               "%d %s %d %s" % (loc.day, K.MONTHS["th"][loc.month - 1], loc.year + 543, loc.strftime("%H:%M")),
               body, URL, URL, up, total, nonce, nonce, asset[:20]))


PAGE = {
    "service": "SomDee", "url": URL, "lang": "th-TH", "platform": "Zendesk Guide (Copenhagen theme)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 6, 1), "end": dt.date(2026, 10, 20), "hours": (0, 3, 9, 18),
    "policy": POLICY, "first_updated": dt.date(2022, 5, 30), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#main-content"],
                    "remove": [".article-author", ".article-subscribe", "#main-content > footer", ".article-relatives"]},
}
