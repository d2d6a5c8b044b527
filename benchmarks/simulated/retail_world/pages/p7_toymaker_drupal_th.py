"""ช้างน้อย ทอยส์ (Chang Noi Toys, toy maker, Bangkok) - th-TH - Drupal 10 (custom Olivero sub-theme) basic page
built with Paragraphs: the node title as h1.page-title, then field_paragraphs - a text paragraph per part of the
PDPA privacy notice for parents and customers, and, after the introduction, a "kids_notice" paragraph holding the
children's version of the notice (its own document, in simple words; the curator removes it). Buddhist-era dates.
Noise: the per-visit form_build_id of the newsletter (Simplenews) block, and the CSS/JS aggregate file hashes
(Drupal 10.1 css_/js_ aggregates with the include= libraries) that change on every cache rebuild / deploy. Fairly
clean: two noise features."""
import base64
import datetime as dt
import html
import common as C

URL = "https://www.changnoitoys.co.th/th/privacy-notice"
DEUAN = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
         "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]


def fmt_date(d):
    return "%d %s %d" % (d.day, DEUAN[d.month - 1], d.year + 543)


POLICY = """
# ประกาศความเป็นส่วนตัว

ปรับปรุงล่าสุด: {UPDATED}

บริษัท ช้างน้อย ทอยส์ จำกัด ("บริษัทฯ") ผู้ผลิตและจำหน่ายของเล่นเพื่อการเรียนรู้ภายใต้แบรนด์ ช้างน้อย ให้ความสำคัญกับการคุ้มครองข้อมูลส่วนบุคคลของลูกค้า ผู้ปกครอง และเด็กทุกคน ประกาศความเป็นส่วนตัวฉบับนี้อธิบายวิธีการที่บริษัทฯ เก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลของท่าน เมื่อท่านซื้อสินค้าผ่านเว็บไซต์ changnoitoys.co.th ร้านค้าของบริษัทฯ บนแพลตฟอร์มอีคอมเมิร์ซ หรือร้านช้างน้อยในห้างสรรพสินค้า ลงทะเบียนรับประกันสินค้า หรือเข้าร่วมกิจกรรมของบริษัทฯ ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562

## 1. ข้อมูลส่วนบุคคลที่เราเก็บรวบรวม

บริษัทฯ อาจเก็บรวบรวมข้อมูลส่วนบุคคลของท่าน ดังนี้

- ข้อมูลระบุตัวตนและข้อมูลติดต่อ เช่น ชื่อ นามสกุล หมายเลขโทรศัพท์ อีเมล ที่อยู่สำหรับจัดส่งสินค้า
- ข้อมูลการสั่งซื้อ เช่น รายการสินค้า วันที่สั่งซื้อ วิธีการชำระเงิน และประวัติการคืนสินค้า
- ข้อมูลการลงทะเบียนรับประกันสินค้า เช่น รุ่นสินค้า วันที่ซื้อ และสถานที่ซื้อ
- ข้อมูลของบุตรหลานที่ผู้ปกครองให้ไว้ เช่น ชื่อเล่น เดือนและปีเกิด เพื่อแนะนำของเล่นที่เหมาะสมกับช่วงวัย
- ภาพถ่ายและผลงานที่ส่งเข้าร่วมกิจกรรมหรือการประกวด
- ข้อมูลทางเทคนิค เช่น หมายเลขไอพี ประเภทอุปกรณ์ ข้อมูลการใช้งานเว็บไซต์ และคุกกี้

บริษัทฯ ไม่เก็บรวบรวมข้อมูลส่วนบุคคลที่มีความอ่อนไหว เว้นแต่ได้รับความยินยอมโดยชัดแจ้งจากท่าน

## 2. ข้อมูลส่วนบุคคลของเด็ก

บริษัทฯ ตระหนักดีว่าเด็กควรได้รับการคุ้มครองเป็นพิเศษ บริษัทฯ จะไม่เก็บรวบรวมข้อมูลส่วนบุคคลของเด็กที่มีอายุไม่เกิน 10 ปีโดยตรง หากไม่ได้รับความยินยอมจากผู้ใช้อำนาจปกครอง สำหรับกิจกรรมที่เด็กสามารถเข้าร่วมได้ เช่น การประกวดวาดภาพ บริษัทฯ จะขอให้ผู้ปกครองเป็นผู้ลงทะเบียนและให้ความยินยอมแทน

บริษัทฯ จะไม่ส่งข้อความทางการตลาดถึงเด็กโดยตรง และจะไม่นำข้อมูลของเด็กไปใช้เพื่อการโฆษณาที่ปรับตามพฤติกรรม

หากผู้ปกครองพบว่าบุตรหลานได้ให้ข้อมูลส่วนบุคคลแก่บริษัทฯ โดยไม่ได้รับความยินยอม โปรดติดต่อบริษัทฯ เพื่อดำเนินการลบข้อมูลดังกล่าว

## 3. วัตถุประสงค์และฐานทางกฎหมาย

| วัตถุประสงค์ | ฐานทางกฎหมาย |
| จัดส่งสินค้า ออกใบกำกับภาษี และให้บริการหลังการขาย | การปฏิบัติตามสัญญา |
| การรับประกันสินค้าและการเรียกคืนสินค้าเพื่อความปลอดภัย | การปฏิบัติตามสัญญาและหน้าที่ตามกฎหมาย |
| ส่งข่าวสาร โปรโมชั่น และคำแนะนำของเล่นตามช่วงวัยของบุตรหลาน | ความยินยอม |
| จัดกิจกรรม การประกวด และการเผยแพร่ผลงานที่ได้รับรางวัล | ความยินยอม |
| วิเคราะห์การใช้งานเว็บไซต์และปรับปรุงสินค้า | ประโยชน์โดยชอบด้วยกฎหมาย |
| ป้องกันการทุจริตและรักษาความปลอดภัยของระบบ | ประโยชน์โดยชอบด้วยกฎหมาย |

## 3/1. กิจกรรม การประกวด และเวิร์กช็อป

เมื่อผู้ปกครองลงทะเบียนให้บุตรหลานเข้าร่วมกิจกรรม การประกวดวาดภาพ หรือเวิร์กช็อปของเล่นเพื่อการเรียนรู้ที่ร้านช้างน้อย บริษัทฯ จะเก็บรวบรวมชื่อของผู้ปกครองและข้อมูลติดต่อ ชื่อเล่นและอายุของเด็ก รวมถึงข้อมูลการแพ้อาหารหากกิจกรรมนั้นมีการจัดเตรียมอาหารว่าง ข้อมูลการแพ้อาหารจะใช้เพื่อความปลอดภัยของเด็กในวันกิจกรรมเท่านั้น และจะถูกลบภายใน 30 วันหลังจบกิจกรรม

ในระหว่างกิจกรรม บริษัทฯ อาจถ่ายภาพหรือวิดีโอเพื่อเผยแพร่บนเว็บไซต์และสื่อสังคมออนไลน์ของบริษัทฯ บริษัทฯ จะขอความยินยอมจากผู้ปกครองก่อนเผยแพร่ภาพที่สามารถระบุตัวตนของเด็กได้ และผู้ปกครองสามารถขอให้นำภาพออกได้ทุกเมื่อ

## 3/2. การรับประกันและการเรียกคืนสินค้า

ความปลอดภัยของเด็กเป็นสิ่งสำคัญที่สุดสำหรับบริษัทฯ หากพบว่าสินค้ารุ่นใดอาจไม่ปลอดภัย บริษัทฯ จะใช้ข้อมูลการลงทะเบียนรับประกันและข้อมูลการสั่งซื้อเพื่อติดต่อท่านโดยตรงทางอีเมล ข้อความสั้น หรือโทรศัพท์ เพื่อแจ้งวิธีการคืนหรือเปลี่ยนสินค้า การติดต่อดังกล่าวไม่ถือเป็นการตลาด และบริษัทฯ จะติดต่อท่านแม้ท่านจะไม่ได้ให้ความยินยอมรับข่าวสารก็ตาม

## 3/3. กล้องวงจรปิดในร้านช้างน้อย

ร้านช้างน้อยทุกสาขามีการติดตั้งกล้องวงจรปิดเพื่อความปลอดภัยของลูกค้าและพนักงาน บริษัทฯ จะเก็บภาพจากกล้องวงจรปิดไว้ไม่เกิน 30 วัน เว้นแต่มีความจำเป็นต้องใช้เป็นหลักฐานในการตรวจสอบเหตุการณ์หรือกระบวนการทางกฎหมาย

## 4. การเปิดเผยข้อมูลส่วนบุคคล

บริษัทฯ อาจเปิดเผยข้อมูลส่วนบุคคลของท่านให้แก่บุคคลดังต่อไปนี้ เท่าที่จำเป็นตามวัตถุประสงค์ที่แจ้งไว้

- ผู้ให้บริการขนส่ง ได้แก่ ไปรษณีย์ไทย และ Kerry Express
- ผู้ให้บริการรับชำระเงิน ได้แก่ 2C2P
- ผู้ให้บริการระบบคลาวด์และระบบส่งอีเมล
- ศูนย์บริการและตัวแทนจำหน่ายที่ได้รับอนุญาต เพื่อการรับประกันสินค้า
- หน่วยงานของรัฐ เช่น สำนักงานคณะกรรมการคุ้มครองผู้บริโภค เมื่อกฎหมายกำหนด

บริษัทฯ ไม่ขายข้อมูลส่วนบุคคลของท่านให้แก่บุคคลอื่น

## 5. การส่งข้อมูลไปต่างประเทศ

ผู้ให้บริการระบบคลาวด์บางรายของบริษัทฯ อาจจัดเก็บข้อมูลบนเซิร์ฟเวอร์ในประเทศสิงคโปร์ บริษัทฯ จะดำเนินการให้มีมาตรการคุ้มครองข้อมูลส่วนบุคคลที่เพียงพอตามที่กฎหมายกำหนด

## 6. ระยะเวลาการเก็บรักษาข้อมูล

บริษัทฯ จะเก็บรักษาข้อมูลส่วนบุคคลของท่านเท่าที่จำเป็นตามวัตถุประสงค์ ข้อมูลการสั่งซื้อจะถูกเก็บไว้ 5 ปีนับแต่วันที่สั่งซื้อ ข้อมูลการรับประกันจะถูกเก็บไว้จนสิ้นสุดระยะเวลารับประกันและอีก 1 ปี ผลงานที่ส่งเข้าประกวดจะถูกเก็บไว้ 2 ปีนับแต่วันประกาศผล

## 7. คุกกี้

เว็บไซต์ของบริษัทฯ ใช้คุกกี้ที่จำเป็นต่อการทำงานของเว็บไซต์ และคุกกี้เพื่อการวิเคราะห์และการตลาดเมื่อได้รับความยินยอมจากท่าน ท่านสามารถเปลี่ยนการตั้งค่าได้ทุกเมื่อผ่านแถบการตั้งค่าคุกกี้ด้านล่างของเว็บไซต์ รายละเอียดเพิ่มเติมดูได้ที่[นโยบายคุกกี้](/th/cookie-policy)

## 8. สิทธิของเจ้าของข้อมูลส่วนบุคคล

ท่านมีสิทธิตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 ดังนี้

- สิทธิในการเข้าถึงและขอรับสำเนาข้อมูลส่วนบุคคล
- สิทธิในการขอให้แก้ไขข้อมูลให้ถูกต้อง
- สิทธิในการขอให้ลบหรือทำลายข้อมูล
- สิทธิในการขอให้ระงับการใช้ข้อมูล
- สิทธิในการคัดค้านการเก็บรวบรวม ใช้ หรือเปิดเผยข้อมูล
- สิทธิในการขอรับและโอนย้ายข้อมูล
- สิทธิในการถอนความยินยอม

ผู้ปกครองสามารถใช้สิทธิข้างต้นแทนบุตรหลานได้ บริษัทฯ จะดำเนินการตามคำขอภายใน 30 วันนับแต่วันที่ได้รับคำขอ หากท่านเห็นว่าบริษัทฯ ไม่ปฏิบัติตามกฎหมาย ท่านมีสิทธิร้องเรียนต่อสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล

## 9. การรักษาความปลอดภัย

บริษัทฯ จัดให้มีมาตรการรักษาความปลอดภัยที่เหมาะสม ทั้งด้านการบริหารจัดการ ด้านเทคนิค และด้านกายภาพ เพื่อป้องกันการเข้าถึง ใช้ เปลี่ยนแปลง หรือเปิดเผยข้อมูลส่วนบุคคลโดยไม่ได้รับอนุญาต

## 10. ช่องทางการติดต่อ

หากท่านมีคำถามหรือต้องการใช้สิทธิ โปรดติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลของบริษัทฯ

@ บริษัท ช้างน้อย ทอยส์ จำกัด
@ เลขที่ 88/9 ถนนรัชดาภิเษก แขวงดินแดง เขตดินแดง กรุงเทพมหานคร 10400
@ อีเมล: [dpo@changnoitoys.co.th](mailto:dpo@changnoitoys.co.th)
@ โทรศัพท์: 02 641 5588
"""

EDITS = [
    {"note": "processor added: Flash Express as a third carrier",
     "repl": [("ได้แก่ ไปรษณีย์ไทย และ Kerry Express", "ได้แก่ ไปรษณีย์ไทย Kerry Express และ Flash Express")]},
    {"note": "children's age threshold in the parents' notice changed from 10 to 13 years",
     "repl": [("เด็กที่มีอายุไม่เกิน 10 ปีโดยตรง", "เด็กที่มีอายุต่ำกว่า 13 ปีโดยตรง")]},
    {"note": "new section on the toy-companion app (voice recordings kept on the device)",
     "repl": [("## 3. วัตถุประสงค์และฐานทางกฎหมาย", "## 2/1. แอปพลิเคชัน ช้างน้อย เพื่อนเล่น\n\nแอปพลิเคชัน ช้างน้อย เพื่อนเล่น ใช้งานร่วมกับตุ๊กตาช้างน้อยพูดได้ เสียงของเด็กที่บันทึกผ่านแอปพลิเคชันจะถูกประมวลผลและจัดเก็บไว้ในอุปกรณ์ของผู้ปกครองเท่านั้น และจะไม่ถูกส่งมายังบริษัทฯ ผู้ปกครองสามารถลบเสียงที่บันทึกไว้ได้ทุกเมื่อในเมนูการตั้งค่า\n\n## 3. วัตถุประสงค์และฐานทางกฎหมาย")]},
    {"note": "contest entries retention: 2 years -> 1 year (silent, date kept)", "bump": False,
     "repl": [("จะถูกเก็บไว้ 2 ปีนับแต่วันประกาศผล", "จะถูกเก็บไว้ 1 ปีนับแต่วันประกาศผล")]},
    {"note": "head office moved: new address and phone",
     "repl": [("@ เลขที่ 88/9 ถนนรัชดาภิเษก แขวงดินแดง เขตดินแดง กรุงเทพมหานคร 10400\n@ อีเมล: [dpo@changnoitoys.co.th](mailto:dpo@changnoitoys.co.th)\n@ โทรศัพท์: 02 641 5588",
               "@ เลขที่ 1199 ถนนพหลโยธิน แขวงจอมพล เขตจตุจักร กรุงเทพมหานคร 10900\n@ อีเมล: [dpo@changnoitoys.co.th](mailto:dpo@changnoitoys.co.th)\n@ โทรศัพท์: 02 118 7700")]},
]

KIDS = """<div class="kids-notice__header"><img src="/themes/custom/changnoi/images/changnoi-wave.svg" alt="" width="72" height="72" loading="lazy" /><h2 class="kids-notice__title">สวัสดีจ้ะน้องๆ! อ่านตรงนี้นะ</h2></div>
<div class="clearfix text-formatted field field--name-field-kids-body field--type-text-long field--label-hidden field__item"><p>ช้างน้อยอยากให้น้องๆ ปลอดภัยเวลาเล่นและใช้อินเทอร์เน็ต</p>
<ul><li>ถ้าเว็บไซต์ถามชื่อจริง ที่อยู่ หรือเบอร์โทรศัพท์ ให้ถามคุณพ่อคุณแม่ก่อนทุกครั้ง</li><li>ช้างน้อยจะไม่ส่งโฆษณาไปหาน้องๆ โดยตรง</li><li>ถ้าน้องๆ ส่งรูปวาดมาประกวด คุณพ่อคุณแม่จะเป็นคนกรอกข้อมูลให้นะ</li><li>ถ้าไม่แน่ใจอะไร ให้ถามผู้ใหญ่ที่น้องไว้ใจได้เลย</li></ul></div>"""

LIB = "changnoi/global,core/drupal.dialog.ajax,paragraphs/drupal.paragraphs.unpublished,simplenews/subscriber,system/base,eu_cookie_compliance/eu_cookie_compliance_default"


def noise(rng, when, i, prev):
    prev = prev or {}
    return {"fbid": "form-" + C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
            "agg": C.keep_or(rng, prev.get("agg"), 0.3, lambda: tuple(C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(4)))}


LABELS = {"fbid": "per-visit form_build_id of the newsletter (Simplenews) block form",
          "agg": "CSS/JS aggregate file hashes (cache rebuild / deploy)"}


def para(kind, inner, pid):
    return ('<div class="field__item">  <div class="paragraph paragraph--type--%s paragraph--view-mode--default" data-paragraph-id="%d">\n%s\n      </div>\n</div>'
            % (kind, pid, inner))


def render(s, blocks, when):
    head, secs = C.split_sections(blocks)
    c1, c2, j1, j2 = s["agg"]
    inc = base64.urlsafe_b64encode(LIB.encode()).decode().rstrip("=")
    items = [para("text", '<div class="clearfix text-formatted field field--name-field-body field--type-text-long field--label-hidden field__item">%s</div>'
                  % C.blocks_html(head[1:]), 101),
             para("kids-notice", KIDS, 102)]
    for k, (t, bl) in enumerate(secs):
        items.append(para("text", '<div class="clearfix text-formatted field field--name-field-body field--type-text-long field--label-hidden field__item">%s</div>'
                          % C.blocks_html([("h2", t)] + bl), 103 + k + (7 if k > 2 else 0)))
    return """<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
<link rel="canonical" href="%(url)s" />
<meta property="og:site_name" content="ช้างน้อย ทอยส์" />
<meta property="og:title" content="ประกาศความเป็นส่วนตัว" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/changnoi/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" hreflang="th" href="%(url)s" />
<link rel="alternate" hreflang="en" href="https://www.changnoitoys.co.th/en/privacy-notice" />

    <title>ประกาศความเป็นส่วนตัว | ช้างน้อย ทอยส์</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_%(c1)s.css?delta=0&amp;language=th&amp;theme=changnoi&amp;include=%(inc)s" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%(c2)s.css?delta=1&amp;language=th&amp;theme=changnoi&amp;include=%(inc)s" />

    <script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"th\\/","currentPath":"node\\/42","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"th"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"ajaxPageState":{"libraries":"%(inc)s","theme":"changnoi","theme_token":null},"ajaxTrustedUrl":{"\\/th\\/privacy-notice":true},"eu_cookie_compliance":{"cookie_policy_version":"1.0.2","popup_enabled":true,"popup_agreed_enabled":false,"popup_hide_agreed":false,"popup_clicking_confirmation":false,"popup_scrolling_confirmation":false,"popup_html_info":"\\u003Cdiv aria-labelledby=\\u0022popup-text\\u0022  class=\\u0022eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--categories\\u0022\\u003E\\n  \\u003Cdiv class=\\u0022popup-content info eu-cookie-compliance-content\\u0022\\u003E\\n    \\u003Cdiv id=\\u0022popup-text\\u0022 class=\\u0022eu-cookie-compliance-message\\u0022 role=\\u0022document\\u0022\\u003E\\n      \\u003Cp\\u003E\\u0e40\\u0e27\\u0e47\\u0e1a\\u0e44\\u0e0b\\u0e15\\u0e4c\\u0e19\\u0e35\\u0e49\\u0e43\\u0e0a\\u0e49\\u0e04\\u0e38\\u0e01\\u0e01\\u0e35\\u0e49\\u003C\\/p\\u003E\\n    \\u003C\\/div\\u003E\\n  \\u003C\\/div\\u003E\\n\\u003C\\/div\\u003E","method":"categories","cookie_categories":["necessary","analytics","marketing"],"enable_save_preferences_button":true,"cookie_name":"cookie-agreed","domain":"","cookie_lifetime":"100"},"user":{"uid":0,"permissionsHash":"9c1e4f7a2b08d35e6c1f0a9b7d2e4c83a5f1b6d09e2c7a48b3f5d1e0c9a7b264"}}</script>
<script src="/sites/default/files/js/js_%(j1)s.js?scope=header&amp;delta=0&amp;language=th&amp;theme=changnoi&amp;include=%(inc)s"></script>

  </head>
  <body class="path-node page-node-type-page">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      ข้ามไปยังเนื้อหาหลัก
    </a>
    
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="layout-container">
  <header class="site-header" role="banner">
    <div class="region region-header">
    <div id="block-changnoi-branding" class="block block-system block-system-branding-block">
      <a href="/th" rel="home" class="site-logo"><img src="/themes/custom/changnoi/logo.svg" alt="หน้าแรก" fetchpriority="high" /></a>
  </div>
<nav role="navigation" aria-labelledby="block-changnoi-main-menu-menu" id="block-changnoi-main-menu" class="block block-menu navigation menu--main">
  <h2 class="visually-hidden" id="block-changnoi-main-menu-menu">เมนูหลัก</h2>
  <ul class="menu">
    <li class="menu-item"><a href="/th/products" data-drupal-link-system-path="node/7">ของเล่นทั้งหมด</a></li>
    <li class="menu-item"><a href="/th/age" data-drupal-link-system-path="node/8">เลือกตามช่วงวัย</a></li>
    <li class="menu-item"><a href="/th/activities" data-drupal-link-system-path="node/9">กิจกรรม</a></li>
    <li class="menu-item"><a href="/th/stores" data-drupal-link-system-path="node/10">ร้านช้างน้อย</a></li>
    <li class="menu-item"><a href="/th/warranty" data-drupal-link-system-path="node/11">ลงทะเบียนรับประกัน</a></li>
  </ul>
</nav>
<div class="language-switcher-language-url block block-language block-language-blocklanguage-interface" id="block-changnoi-languageswitcher" role="navigation">
  <ul class="links"><li hreflang="th" data-drupal-link-system-path="node/42" class="th is-active" aria-current="page"><a href="/th/privacy-notice" class="language-link is-active" hreflang="th" data-drupal-link-system-path="node/42" aria-current="page">ไทย</a></li><li hreflang="en" data-drupal-link-system-path="node/42" class="en"><a href="/en/privacy-notice" class="language-link" hreflang="en" data-drupal-link-system-path="node/42">English</a></li></ul>
</div>
  </div>
  </header>
  <main role="main" class="site-main">
    <a id="main-content" tabindex="-1"></a>
    <div class="layout-content">
        <div class="region region-content">
    <div data-drupal-messages-fallback class="hidden"></div>
<div id="block-changnoi-page-title" class="block block-core block-page-title-block">
  
  <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">%(h1)s</span>
</h1>


  </div>
<div id="block-changnoi-content" class="block block-system block-system-main-block">
  
<article data-history-node-id="42" class="node node--type-page node--view-mode-full">
  <div class="node__content">
      <div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden field__items">
%(items)s
      </div>
  </div>
</article>

  </div>

  </div>

    </div>
  </main>
  <footer class="site-footer" role="contentinfo">
      <div class="region region-footer">
    <div class="simplenews-subscriptions-block-newsletter block block-simplenews block-simplenews-subscription-block" data-drupal-selector="simplenews-subscriptions-block-newsletter" id="block-changnoi-simplenews">
  <h2>รับข่าวสารจากช้างน้อย</h2>
      <form class="simplenews-subscriber-form" data-drupal-selector="simplenews-subscriptions-block-newsletter" action="/th/privacy-notice" method="post" id="simplenews-subscriptions-block-newsletter" accept-charset="UTF-8">
  <div class="field--type-simplenews-subscription field--name-subscriptions field--widget-simplenews-subscription-select js-form-wrapper form-wrapper" data-drupal-selector="edit-subscriptions-wrapper" id="edit-subscriptions-wrapper"></div>
<div class="field--type-email field--name-mail field--widget-email-default js-form-wrapper form-wrapper" data-drupal-selector="edit-mail-wrapper" id="edit-mail-wrapper">      <div class="js-form-item form-item js-form-type-email form-item-mail-0-value js-form-item-mail-0-value">
      <label for="edit-mail-0-value" class="js-form-required form-required">อีเมลของผู้ปกครอง</label>
        <input data-drupal-selector="edit-mail-0-value" type="email" id="edit-mail-0-value" name="mail[0][value]" value="" size="60" maxlength="254" placeholder="" class="form-email required" required="required" aria-required="true" />
        </div>
  </div>
<input autocomplete="off" data-drupal-selector="%(fbid_sel)s" type="hidden" name="form_build_id" value="%(fbid)s" />
<input data-drupal-selector="edit-simplenews-subscriptions-block-newsletter" type="hidden" name="form_id" value="simplenews_subscriptions_block_newsletter" />
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="สมัครรับข่าวสาร" class="button js-form-submit form-submit" />
</div>

</form>

  </div>
<nav role="navigation" aria-labelledby="block-changnoi-footer-menu" id="block-changnoi-footer" class="block block-menu navigation menu--footer">
  <h2 class="visually-hidden" id="block-changnoi-footer-menu">เมนูส่วนท้าย</h2>
  <ul class="menu">
    <li class="menu-item"><a href="/th/privacy-notice" data-drupal-link-system-path="node/42" class="is-active" aria-current="page">ประกาศความเป็นส่วนตัว</a></li>
    <li class="menu-item"><a href="/th/cookie-policy" data-drupal-link-system-path="node/43">นโยบายคุกกี้</a></li>
    <li class="menu-item"><a href="/th/terms" data-drupal-link-system-path="node/44">ข้อกำหนดการใช้งาน</a></li>
    <li class="menu-item"><a href="/th/product-safety" data-drupal-link-system-path="node/45">ความปลอดภัยของสินค้า</a></li>
  </ul>
</nav>
<div id="block-changnoi-copyright" class="block block-block-content block-block-content7c1e0b2a-44d9-4f0e-9a3b-5e8d2c6f1a07">
      <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>© บริษัท ช้างน้อย ทอยส์ จำกัด สงวนลิขสิทธิ์</p></div>
  </div>
  </div>
  </footer>
</div>

  </div>

    <script src="/sites/default/files/js/js_%(j2)s.js?scope=footer&amp;delta=0&amp;language=th&amp;theme=changnoi&amp;include=%(inc)s"></script>

  </body>
</html>
""" % {"url": URL, "c1": c1, "c2": c2, "j1": j1, "j2": j2, "inc": inc, "h1": html.escape(head[0][1]),
       "items": "\n".join(items), "fbid": s["fbid"], "fbid_sel": s["fbid"].lower().replace("_", "-")}


PAGE = {
    "service": "Chang Noi Toys", "url": URL, "lang": "th-TH", "platform": "Drupal 10 + Paragraphs",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("X-Generator", "Drupal 10 (https://www.drupal.org)"), ("X-Drupal-Dynamic-Cache", "MISS"),
                      ("Cache-Control", "must-revalidate, no-cache, private"), ("Content-Language", "th")),
    "n": 30, "start": dt.date(2022, 6, 10), "end": dt.date(2025, 5, 31), "hours": (1, 7),
    "policy": POLICY, "first_updated": dt.date(2022, 5, 25), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["h1.page-title", ".node--type-page .field--name-field-paragraphs"],
                    "remove": [".paragraph--type--kids-notice"]},
}
