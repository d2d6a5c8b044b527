"""AirD Service - th air-conditioner cleaning/installation (Bangkok) - WordPress + Flatsome, promo shortcode inside."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tkit as K  # noqa: E402
from tkit import C  # noqa: E402

URL = "https://www.airdservice.co.th/privacy-policy/"
MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
          "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year + 543)


POLICY = """
# นโยบายความเป็นส่วนตัว

ปรับปรุงล่าสุด: {UPDATED}

บริษัท แอร์ดี เซอร์วิส จำกัด ให้บริการล้างแอร์ ซ่อมแอร์ และติดตั้งเครื่องปรับอากาศในกรุงเทพมหานครและปริมณฑล บริษัทฯ ตระหนักถึงความสำคัญของข้อมูลส่วนบุคคลของลูกค้า จึงจัดทำนโยบายนี้ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 (PDPA)

## ผู้ควบคุมข้อมูลส่วนบุคคล

@ บริษัท แอร์ดี เซอร์วิส จำกัด
@ 88/12 ซอยลาดพร้าว 71 แขวงสะพานสอง เขตวังทองหลาง กรุงเทพฯ 10310
@ อีเมล: [dpo@airdservice.co.th](mailto:dpo@airdservice.co.th) โทร 02-538-4411

## ข้อมูลที่เราเก็บรวบรวม

- ชื่อ นามสกุล หมายเลขโทรศัพท์ และ LINE ID
- ที่อยู่สถานที่ติดตั้งหรือให้บริการ และพิกัดแผนที่
- ยี่ห้อ รุ่น และขนาด BTU ของเครื่องปรับอากาศ รวมถึงภาพถ่ายหน้างาน
- ข้อมูลการชำระเงินและใบกำกับภาษี

## วัตถุประสงค์ในการใช้ข้อมูล

เราใช้ข้อมูลของท่านเพื่อนัดหมายช่าง ให้บริการตามที่ท่านสั่ง ออกใบเสร็จและใบกำกับภาษี ติดตามการรับประกันงานติดตั้ง และแจ้งเตือนรอบล้างแอร์ครั้งถัดไปเมื่อท่านให้ความยินยอม

## การเปิดเผยข้อมูล

| ผู้รับข้อมูล | วัตถุประสงค์ |
| LINE Company (Thailand) Limited | การนัดหมายและแจ้งเตือนผ่าน LINE Official Account |
| บริษัท โฟลว์แอคเคาท์ จำกัด | การออกใบกำกับภาษีและบัญชี |
| ช่างพันธมิตรที่ได้รับอนุญาต | การให้บริการนอกพื้นที่ |

## ระยะเวลาในการเก็บรักษาข้อมูล

เราเก็บข้อมูลการให้บริการไว้ 5 ปีนับจากวันที่ให้บริการครั้งล่าสุด และเก็บเอกสารทางบัญชีตามระยะเวลาที่กฎหมายกำหนด

## สิทธิของเจ้าของข้อมูล

ท่านมีสิทธิขอเข้าถึง ขอรับสำเนา ขอแก้ไข ขอลบ ขอระงับการใช้ และคัดค้านการประมวลผลข้อมูลส่วนบุคคล รวมถึงถอนความยินยอมได้ทุกเมื่อ และมีสิทธิร้องเรียนต่อสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล
"""

EDITS = [
    {"note": "new recipient row (Omise payment gateway)",
     "repl": [("| ช่างพันธมิตรที่ได้รับอนุญาต | การให้บริการนอกพื้นที่ |",
               "| ช่างพันธมิตรที่ได้รับอนุญาต | การให้บริการนอกพื้นที่ |\n"
               "| Omise Payment Co., Ltd. | การรับชำระเงินผ่านบัตรและพร้อมเพย์ |")]},
    {"note": "retention 5 -> 3 years", "repl": [("ไว้ 5 ปี", "ไว้ 3 ปี")]},
    {"note": "phone number changed", "repl": [("โทร 02-538-4411", "โทร 02-077-9190")]},
    {"note": "new list item: LINE Official Account chat logs",
     "repl": [("- ข้อมูลการชำระเงินและใบกำกับภาษี", "- ข้อมูลการชำระเงินและใบกำกับภาษี\n"
               "- บันทึกการสนทนาผ่าน LINE Official Account")]},
    {"note": "new sentence: cookies and Facebook pixel, without new date", "bump": False,
     "repl": [("และแจ้งเตือนรอบล้างแอร์ครั้งถัดไปเมื่อท่านให้ความยินยอม",
               "และแจ้งเตือนรอบล้างแอร์ครั้งถัดไปเมื่อท่านให้ความยินยอม "
               "เว็บไซต์ของเราใช้คุกกี้และ Facebook Pixel เพื่อวัดผลโฆษณาเมื่อท่านยอมรับคุกกี้")]},
]

PROMO = [((3, 4, 5), ("โปรหน้าร้อน ล้างแอร์ 2 เครื่อง", "990")),
         ((6, 7, 8, 9), ("โปรหน้าฝน ล้างแอร์พร้อมเช็คน้ำยา", "650")),
         ((10, 11, 12, 1, 2), ("โปรปลายปี ล้างแอร์ติดผนัง", "550"))]


def noise(rng, when, i, prev):
    s = {"nonce": (C.hexs(rng, 10), C.hexs(rng, 10))}
    s["promo"] = K.season(when, PROMO)
    s["queue"] = (rng.randint(1, 5), rng.choice(["09:00", "10:30", "13:00", "15:30"]))
    s["ver"] = K.deploy_hash("flatsome", when, 6, 4)
    return s


LABELS = {"nonce": "flatsomeVars / wp-json nonces", "promo": "promo shortcode box in the content (INSIDE)",
          "queue": "header 'next free queue' teaser", "ver": "Flatsome ?ver= asset version"}


def render(s, blocks, when):
    title, price = s["promo"]
    d = K.day_after(when, s["queue"][0], 9)
    promo = ('<div class="ac-promo box has-hover"><div class="box-text"><h3>%s</h3><p>เพียง <strong>%s</strong> บาท'
             ' <a href="https://lin.ee/aird">จองผ่าน LINE</a></p></div></div>' % (title, price))
    head, secs = C.split_sections(blocks)
    html = C.render_blocks(head) + "\n" + promo + "\n" + C.render_blocks(
        [b for t, bl in secs for b in [("h2", t)] + bl])
    return (
        '<!DOCTYPE html>\n<html lang="th" class="loading-site no-js">\n<head>\n<meta charset="UTF-8" />\n'
        '<title>นโยบายความเป็นส่วนตัว &#8211; แอร์ดี เซอร์วิส</title>\n<link rel="stylesheet" id="flatsome-main-css"'
        ' href="https://www.airdservice.co.th/wp-content/themes/flatsome/assets/css/flatsome.css?ver=3.%d.%d" '
        'type="text/css" media="all" />\n</head>\n<body class="privacy-policy page-template-default page page-id-3 '
        'lightbox nav-dropdown-has-arrow">\n<div id="wrapper"><header id="header" class="header has-sticky sticky-'
        'jump"><div class="header-wrapper"><div id="top-bar" class="header-top hide-for-sticky nav-dark"><div class='
        '"flex-row container"><p class="queue-teaser">คิวว่างถัดไป: %d/%d/%d เวลา %s</p></div></div>'
        '<div id="masthead" class="header-main"><div class="header-inner flex-row container"><div id="logo" class='
        '"flex-col logo"><a href="/" rel="home"><img src="/wp-content/uploads/2020/05/aird-logo.png" alt="แอร์ดี '
        'เซอร์วิส"></a></div><ul class="header-nav header-nav-main nav nav-left"><li class="menu-item"><a href="/'
        'ล้างแอร์/" class="nav-top-link">ล้างแอร์</a></li><li class="menu-item"><a href="/ติดตั้งแอร์/" class="nav-'
        'top-link">ติดตั้งแอร์</a></li><li class="menu-item"><a href="/ติดต่อเรา/" class="nav-top-link">ติดต่อเรา</a>'
        '</li></ul></div></div></div></header>\n'
        '<main id="main" class=""><div id="content" class="content-area page-wrapper" role="main"><div class="row '
        'row-main"><div class="large-12 col"><div class="col-inner"><div class="entry-content">\n%s\n</div></div>'
        '</div></div></div></main>\n'
        '<footer id="footer" class="footer-wrapper"><div class="absolute-footer dark medium-text-center small-text-'
        'center"><div class="container clearfix"><div class="footer-primary pull-left"><div class="copyright-footer">'
        'Copyright %d © แอร์ดี เซอร์วิส</div></div></div></div></footer></div>\n'
        '<a href="https://lin.ee/aird" class="line-float-button"><img src="/wp-content/uploads/line-add.png" '
        'alt="LINE"></a>\n<script type="text/javascript" id="flatsome-js-js-extra">var flatsomeVars = {"theme":'
        '{"version":"3.%d.%d"},"ajaxurl":"https:\\/\\/www.airdservice.co.th\\/wp-admin\\/admin-ajax.php","rtl":"",'
        '"sticky_height":"70","lightbox":{"close_markup":"","close_btn_inside":false},"user":{"can_edit_pages":false'
        '},"i18n":{"mainMenu":"Main Menu"},"options":{"cookie_notice_version":"1"},"is_mini_cart_reveal":""};\n'
        'var wpApiSettings = {"nonce":"%s"}; var cmplz = {"nonce":"%s"};</script>\n</body>\n</html>\n'
        % (int(s["ver"][:2], 16) % 20, int(s["ver"][2:], 16) % 4, d.day, d.month, d.year + 543, s["queue"][1], html,
           when.year + 543, int(s["ver"][:2], 16) % 20, int(s["ver"][2:], 16) % 4, s["nonce"][0], s["nonce"][1]))


PAGE = {
    "service": "AirD Service", "url": URL, "lang": "th-TH", "platform": "WordPress + Flatsome",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 3, 1), "end": dt.date(2026, 4, 15), "hours": (2, 8, 14),
    "policy": POLICY, "first_updated": dt.date(2022, 5, 30) - dt.timedelta(days=60), "fmt_date": fmt_date,
    "edits": EDITS, "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".entry-content"], "remove": [".ac-promo"]},
}
