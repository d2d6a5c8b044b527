"""Thai hotel-and-spa group's booking site on Sitecore SXA (Sitecore 10.3, SXA 10.3 Serenity theme).

The privacy notice is an SXA page: a Title, an intro Rich Text, an Accordion whose items (one per section, all
collapsed) hold Rich Text renderings, and a closing Rich Text with the "last updated" line, all inside a
Container rendering the editors styled `privacy-notice`. Per visit: Sitecore's VisitorIdentification meta
(`VIcurrentDateTime`, .NET ticks), the anti-forgery token of the footer newsletter form, the SynXis booking bar's
default arrival/departure dates (tomorrow and the day after), and the theme's `?t=` media timestamps when the theme
is republished. Everything volatile is outside `.privacy-notice`.
"""
import datetime as dt
import html

import common as C

URL = "https://www.siamserenity.com/th/privacy-notice"

POLICY = """
# ประกาศความเป็นส่วนตัว (Privacy Notice)

บริษัท สยามเซเรนิตี้ โฮเทลส์ แอนด์ รีสอร์ทส์ จำกัด (มหาชน) และบริษัทในเครือ (รวมเรียกว่า "บริษัทฯ" หรือ "เรา") ซึ่งดำเนินธุรกิจโรงแรม รีสอร์ท และสปาภายใต้แบรนด์ "เซเรนิตี้" และ "เซเรนิตี้ สปา" ตระหนักถึงความสำคัญของการคุ้มครองข้อมูลส่วนบุคคลของท่าน ประกาศความเป็นส่วนตัวฉบับนี้อธิบายถึงวิธีการที่เราเก็บรวบรวม ใช้ เปิดเผย และคุ้มครองข้อมูลส่วนบุคคลของท่าน ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 และกฎหมายอื่นที่เกี่ยวข้อง

ประกาศนี้ใช้กับลูกค้าที่จองห้องพัก แพ็กเกจสปา บัตรกำนัล หรือบริการอื่น ๆ ผ่านเว็บไซต์ www.siamserenity.com แอปพลิเคชัน Serenity Rewards ศูนย์สำรองห้องพัก หรือที่โรงแรมและสปาของเราโดยตรง

## 1. ข้อมูลส่วนบุคคลที่เราเก็บรวบรวม

เราอาจเก็บรวบรวมข้อมูลส่วนบุคคลของท่านดังต่อไปนี้ ทั้งจากท่านโดยตรงและจากแหล่งอื่น เช่น ตัวแทนท่องเที่ยวออนไลน์หรือบริษัทนำเที่ยวที่ท่านใช้ในการจอง

- ข้อมูลระบุตัวตน เช่น ชื่อ นามสกุล วันเดือนปีเกิด สัญชาติ เลขที่หนังสือเดินทางหรือบัตรประจำตัวประชาชน ตามที่กฎหมายว่าด้วยโรงแรมกำหนด
- ข้อมูลการติดต่อ เช่น ที่อยู่ อีเมล หมายเลขโทรศัพท์ และบัญชี LINE
- ข้อมูลการจองและการเข้าพัก เช่น วันที่เข้าพัก ประเภทห้องพัก คำขอพิเศษ ความต้องการด้านอาหาร และประวัติการใช้บริการสปา
- ข้อมูลการชำระเงิน เช่น ชื่อผู้ถือบัตร เลขบัตรเครดิตสี่หลักสุดท้าย และวันหมดอายุ โดยเลขบัตรเต็มจะถูกประมวลผลโดยผู้ให้บริการรับชำระเงินที่ได้รับมาตรฐาน PCI DSS
- ข้อมูลสมาชิก Serenity Rewards เช่น หมายเลขสมาชิก คะแนนสะสม และระดับสมาชิก
- ข้อมูลทางเทคนิค เช่น หมายเลข IP ประเภทเบราว์เซอร์ และข้อมูลจากคุกกี้
- ภาพและเสียงจากกล้องวงจรปิด (CCTV) ในพื้นที่ส่วนกลางของโรงแรมและสปา

## 2. ข้อมูลสุขภาพสำหรับบริการสปา

ก่อนรับบริการนวดหรือทรีตเมนต์ เราอาจขอให้ท่านกรอกแบบสอบถามสุขภาพ (Health Consultation Form) ซึ่งอาจมีข้อมูลเกี่ยวกับโรคประจำตัว การตั้งครรภ์ อาการแพ้ การผ่าตัด หรือการบาดเจ็บ ข้อมูลดังกล่าวเป็นข้อมูลส่วนบุคคลที่มีความอ่อนไหวตามมาตรา 26 แห่งพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 เราจะเก็บรวบรวมเมื่อได้รับความยินยอมโดยชัดแจ้งจากท่านเท่านั้น และจะใช้เพื่อประเมินความเหมาะสมและความปลอดภัยในการให้บริการ

แบบสอบถามสุขภาพฉบับกระดาษจะถูกเก็บรักษาไว้ที่สปาในตู้ที่มีกุญแจล็อก และจะถูกทำลายเมื่อครบ 1 ปี นับแต่วันที่ท่านใช้บริการครั้งล่าสุด ท่านมีสิทธิปฏิเสธการให้ข้อมูลสุขภาพได้ แต่นักบำบัดอาจไม่สามารถให้บริการบางประเภทแก่ท่านได้

## 3. วัตถุประสงค์และฐานทางกฎหมายในการประมวลผล

| วัตถุประสงค์ | ฐานทางกฎหมาย |
| การจองห้องพักและบริการสปา การยืนยัน การแก้ไข และการยกเลิกการจอง | การปฏิบัติตามสัญญา |
| การลงทะเบียนผู้เข้าพักและการแจ้งที่พักของคนต่างด้าว (ตม.30) ต่อสำนักงานตรวจคนเข้าเมือง | การปฏิบัติตามกฎหมาย |
| การดูแลความปลอดภัยของแขกและทรัพย์สินด้วยกล้องวงจรปิด | ประโยชน์โดยชอบด้วยกฎหมาย |
| การบริหารโปรแกรมสมาชิก Serenity Rewards และการให้สิทธิประโยชน์ | การปฏิบัติตามสัญญา |
| การส่งข้อเสนอพิเศษ โปรโมชั่น และข่าวสารทางการตลาด | ความยินยอม |
| การวิเคราะห์การใช้งานและปรับปรุงเว็บไซต์ | ความยินยอม (คุกกี้ที่ไม่จำเป็น) |

## 4. การเปิดเผยข้อมูลส่วนบุคคล

เราจะไม่ขายข้อมูลส่วนบุคคลของท่าน เราอาจเปิดเผยข้อมูลเท่าที่จำเป็นให้แก่บุคคลดังต่อไปนี้

- บริษัทในเครือและโรงแรมภายใต้การบริหารของบริษัทฯ
- ผู้ให้บริการระบบสำรองห้องพัก (Sabre Hospitality Solutions - SynXis)
- ผู้ให้บริการระบบจองและบริหารสปา (Book4Time)
- ผู้ให้บริการรับชำระเงินทางอิเล็กทรอนิกส์ (2C2P)
- ตัวแทนท่องเที่ยวออนไลน์หรือบริษัทนำเที่ยวที่ท่านใช้ในการจอง
- หน่วยงานของรัฐ เช่น สำนักงานตรวจคนเข้าเมือง หรือเจ้าพนักงานตามกฎหมาย เมื่อมีหน้าที่ตามกฎหมาย

ผู้ให้บริการภายนอกดังกล่าวมีหน้าที่ประมวลผลข้อมูลตามคำสั่งของเราและต้องจัดให้มีมาตรการรักษาความมั่นคงปลอดภัยที่เหมาะสม

## 5. การส่งหรือโอนข้อมูลไปยังต่างประเทศ

ระบบสำรองห้องพักและระบบจองสปาบางส่วนตั้งอยู่นอกประเทศไทย เช่น สหรัฐอเมริกาและสิงคโปร์ ในกรณีที่ประเทศปลายทางมีมาตรฐานการคุ้มครองข้อมูลส่วนบุคคลไม่เพียงพอ เราจะจัดให้มีข้อสัญญามาตรฐานหรือมาตรการคุ้มครองที่เหมาะสมตามที่กฎหมายกำหนด

## 6. ระยะเวลาการเก็บรักษาข้อมูล

- ข้อมูลการจองและการเข้าพัก: 5 ปี นับแต่วันที่เชคเอาต์
- เอกสารทางบัญชีและภาษี: ตามระยะเวลาที่กฎหมายว่าด้วยการบัญชีและประมวลรัษฎากรกำหนด
- ภาพจากกล้องวงจรปิด: 30 วัน เว้นแต่มีเหตุจำเป็นต้องใช้เป็นหลักฐาน
- ข้อมูลสมาชิก Serenity Rewards: ตลอดระยะเวลาที่ท่านเป็นสมาชิก และ 2 ปีหลังจากสิ้นสุดสมาชิกภาพ
- ข้อมูลเพื่อการตลาด: จนกว่าท่านจะถอนความยินยอม

## 7. สิทธิของเจ้าของข้อมูลส่วนบุคคล

ภายใต้พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 ท่านมีสิทธิดังต่อไปนี้

- สิทธิในการเข้าถึงและขอรับสำเนาข้อมูลส่วนบุคคล
- สิทธิในการขอแก้ไขข้อมูลให้ถูกต้องและเป็นปัจจุบัน
- สิทธิในการขอให้ลบหรือทำลายข้อมูล
- สิทธิในการขอให้ระงับการใช้ข้อมูล
- สิทธิในการคัดค้านการประมวลผลข้อมูล
- สิทธิในการขอโอนย้ายข้อมูล
- สิทธิในการถอนความยินยอม ซึ่งไม่กระทบต่อการประมวลผลที่ได้ดำเนินการไปแล้วก่อนการถอนความยินยอม

ท่านสามารถใช้สิทธิได้โดยติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลตามช่องทางในข้อ 9 เราจะพิจารณาและแจ้งผลภายใน 30 วันนับแต่วันที่ได้รับคำขอ

## 8. คุกกี้

เว็บไซต์ของเราใช้คุกกี้ที่จำเป็นเพื่อให้ระบบจองทำงานได้ และใช้คุกกี้เพื่อการวิเคราะห์และการตลาดเมื่อได้รับความยินยอมจากท่านผ่านแถบการตั้งค่าคุกกี้ ท่านสามารถเปลี่ยนการตั้งค่าได้ทุกเมื่อที่ลิงก์ "ตั้งค่าคุกกี้" ด้านล่างของเว็บไซต์ รายละเอียดเพิ่มเติมอยู่ใน[นโยบายคุกกี้](/th/cookie-policy)

- คุกกี้ที่จำเป็น: ช่วยให้ระบบจองห้องพักและการชำระเงินทำงานได้อย่างปลอดภัย ไม่สามารถปิดได้
- คุกกี้เพื่อการวิเคราะห์: ช่วยให้เราเข้าใจการใช้งานเว็บไซต์และปรับปรุงประสบการณ์ของท่าน
- คุกกี้เพื่อการตลาด: ใช้แสดงโฆษณาและข้อเสนอที่ตรงกับความสนใจของท่านบนแพลตฟอร์มอื่น

## 9. ติดต่อเรา

หากท่านมีคำถามเกี่ยวกับประกาศนี้หรือต้องการใช้สิทธิของท่าน โปรดติดต่อ

@ เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล (DPO)
@ บริษัท สยามเซเรนิตี้ โฮเทลส์ แอนด์ รีสอร์ทส์ จำกัด (มหาชน)
@ 999 อาคารเซเรนิตี้ ทาวเวอร์ ชั้น 21 ถนนเพลินจิต แขวงลุมพินี เขตปทุมวัน กรุงเทพมหานคร 10330
@ โทรศัพท์ 02 118 6000
@ อีเมล dpo@siamserenity.com

เราได้แต่งตั้งเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลเพื่อกำกับดูแลการปฏิบัติตามกฎหมาย และจัดให้มีการอบรมพนักงานโรงแรมและนักบำบัดสปาเกี่ยวกับการรักษาความลับของข้อมูลลูกค้าอย่างสม่ำเสมอ

หากท่านเห็นว่าการประมวลผลข้อมูลของเราไม่เป็นไปตามกฎหมาย ท่านมีสิทธิร้องเรียนต่อสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล (สคส.)

%% footer

ประกาศนี้ปรับปรุงล่าสุดเมื่อวันที่ {UPDATED}
"""

MINORS = """## 9. ข้อมูลส่วนบุคคลของผู้เยาว์

เราไม่มีเจตนาเก็บรวบรวมข้อมูลส่วนบุคคลของผู้เยาว์อายุต่ำกว่า 20 ปีโดยไม่ได้รับความยินยอมจากผู้ใช้อำนาจปกครอง ผู้เยาว์ที่เข้าพักจะต้องลงทะเบียนร่วมกับผู้ปกครอง และบริการสปาสำหรับผู้ที่มีอายุต่ำกว่า 16 ปีจะให้บริการเฉพาะเมื่อมีผู้ปกครองอยู่ด้วยเท่านั้น

## 10. ติดต่อเรา"""

EDITS = [
    {"note": "CRM processor (Salesforce) added to the list of recipients",
     "repl": [("- ผู้ให้บริการรับชำระเงินทางอิเล็กทรอนิกส์ (2C2P)",
               "- ผู้ให้บริการรับชำระเงินทางอิเล็กทรอนิกส์ (2C2P)\n- ผู้ให้บริการระบบบริหารลูกค้าสัมพันธ์ (Salesforce)")]},
    {"note": "spelling fixed: เชคเอาต์ -> เช็กเอาต์ (no new date)", "bump": False,
     "repl": [("เชคเอาต์", "เช็กเอาต์")]},
    {"note": "CCTV retention changed from 30 to 90 days",
     "repl": [("- ภาพจากกล้องวงจรปิด: 30 วัน", "- ภาพจากกล้องวงจรปิด: 90 วัน")]},
    {"note": "health forms now kept electronically in the spa booking system (sentence rewritten)",
     "repl": [("แบบสอบถามสุขภาพฉบับกระดาษจะถูกเก็บรักษาไว้ที่สปาในตู้ที่มีกุญแจล็อก",
               "แบบสอบถามสุขภาพจะถูกบันทึกในระบบจองสปาแบบอิเล็กทรอนิกส์ ซึ่งจำกัดสิทธิการเข้าถึงเฉพาะนักบำบัดและผู้จัดการสปา")]},
    {"note": "new section 9 on minors (new accordion item), contact renumbered 10 and the reference to it updated",
     "repl": [("## 9. ติดต่อเรา", MINORS), ("ตามช่องทางในข้อ 9", "ตามช่องทางในข้อ 10")]},
    {"note": "DPO phone number changed",
     "repl": [("@ โทรศัพท์ 02 118 6000", "@ โทรศัพท์ 02 118 6099")]},
]

TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
             "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]


def fmt_date(d):
    return "%d %s %d" % (d.day, TH_MONTHS[d.month - 1], d.year + 543)


HOTELS = [("SSBKK", "เซเรนิตี้ กรุงเทพฯ สุขุมวิท"), ("SSHKT", "เซเรนิตี้ ภูเก็ต กะตะ"), ("SSCNX", "เซเรนิตี้ เชียงใหม่"),
          ("SSKBV", "เซเรนิตี้ กระบี่ อ่าวนาง"), ("SSUSM", "เซเรนิตี้ สมุย เชิงมน")]


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    ticks = (C.epoch(when) + 62135596800) * 10 ** 7 + rng.randint(0, 9999999)
    st["vi"] = str(ticks)
    st["rvt"] = C.alnum(rng, 108, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    st["fsid"] = C.uuid4(rng)
    st["arrive"] = (when + dt.timedelta(days=1)).date().isoformat()
    st["theme_t"] = C.keep_or(rng, p.get("theme_t"), 0.12,
                              lambda: (when - dt.timedelta(hours=rng.randint(5, 300))).strftime("%Y%m%dT%H%M%SZ"))
    return st


LABELS = {"vi": "VisitorIdentification VIcurrentDateTime ticks", "rvt": "newsletter __RequestVerificationToken",
          "fsid": "Sitecore Forms FormSessionId",
          "arrive": "SynXis booking bar default dates", "theme_t": "SXA theme ?t= timestamps (theme republished)"}


def esc(s):
    return html.escape(s, quote=False)


def rich_text(blocks, extra=""):
    inner = C.blocks_html(blocks, sep="")
    return ('<div class="component rich-text%s">\n    <div class="component-content">\n%s    </div>\n</div>\n'
            % (extra, inner))


def policy_html(blocks):
    segs = C.segments(blocks)
    head, secs = C.split_sections(segs["head"])
    title = head[0][1]
    intro = head[1:]
    items = []
    for n, (h, body) in enumerate(secs):
        items.append("""<li class="item">
    <div class="toggle-header" tabindex="0">
        <div class="label">
            <div class="component-content"><div class="field-heading">%s</div></div>
        </div>
    </div>
    <div class="toggle-content">
        <div class="row">
%s        </div>
    </div>
</li>""" % (esc(h), rich_text(body, " col-12")))
    return """<div class="component container col-12 privacy-notice">
    <div class="component-content">
<div class="row">
<div class="component title col-12">
    <div class="component-content">
<h1 class="field-title">%s</h1>    </div>
</div>
%s<div class="component accordion col-12" data-properties='{"expandOnHover":false,"expandedByDefault":false,"speed":500,"easing":"swing","canOpenMultiple":true,"canToggle":true,"isControlEditable":false}'>
    <div class="component-content">
<div>
<ul class="items">
%s
</ul>
</div>
    </div>
</div>
%s</div>
    </div>
</div>
""" % (esc(title), rich_text(intro, " col-12 intro"), "\n".join(items), rich_text(segs["footer"], " col-12 last-updated"))


NAV = [("ห้องพักและรีสอร์ท", "/th/hotels"), ("เซเรนิตี้ สปา", "/th/spa"), ("ห้องอาหาร", "/th/dining"),
       ("ข้อเสนอพิเศษ", "/th/offers"), ("บัตรกำนัล", "/th/gift-vouchers"), ("Serenity Rewards", "/th/rewards")]


def render(st, blocks, when):
    t = st["theme_t"]
    arrive = dt.date.fromisoformat(st["arrive"])
    depart = arrive + dt.timedelta(days=1)
    today = arrive - dt.timedelta(days=1)
    opts = "".join('<option value="%s">%s</option>' % (c, esc(n)) for c, n in HOTELS)
    nav = "\n".join('<li class="level1 rel-level1 item%d"><div class="navigation-title field-navigationtitle">'
                    '<a title="%s" href="%s">%s</a></div></li>' % (k, esc(n), u, esc(n))
                    for k, (n, u) in enumerate(NAV))
    return """<!DOCTYPE html>
<!--[if IE]><![endif]-->
<html lang="th-TH">
<head>
<link href="/-/media/Base-Themes/Core-Libraries/styles/optimized-min.css?t=20230915T041532Z" rel="stylesheet" /><link href="/-/media/Base-Themes/Main-Theme/styles/optimized-min.css?t=20230915T041534Z" rel="stylesheet" /><link href="/-/media/Themes/SiamSerenity/Serenity/Serenity/styles/pre-optimized-min.css?t=%s" rel="stylesheet" />

    <title>ประกาศความเป็นส่วนตัว | Siam Serenity Hotels &amp; Resorts</title>

    <link rel="canonical" href="https://www.siamserenity.com/th/privacy-notice" />
    <link rel="alternate" hreflang="th" href="https://www.siamserenity.com/th/privacy-notice" />
    <link rel="alternate" hreflang="en" href="https://www.siamserenity.com/en/privacy-notice" />
    <link rel="alternate" hreflang="zh" href="https://www.siamserenity.com/zh/privacy-notice" />

    <meta property="og:title"  content="ประกาศความเป็นส่วนตัว" />
    <meta property="og:url"  content="https://www.siamserenity.com/th/privacy-notice" />
    <meta property="og:image"  content="https://www.siamserenity.com/-/media/project/siamserenity/shared/og/serenity-og.jpg" />

    <meta name="description"  content="ประกาศความเป็นส่วนตัวของ สยามเซเรนิตี้ โฮเทลส์ แอนด์ รีสอร์ทส์" />

    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="shortcut icon" href="/-/media/project/siamserenity/shared/favicon.ico" />

<meta name="VIcurrentDateTime" content="%s" />
<meta name="VirtualFolder" content="/" />
<script type="text/javascript" src="/layouts/system/VisitorIdentification.js"></script>

<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-5QK7J2R');</script>
<!-- End Google Tag Manager -->
<script type="text/javascript" src="https://cdn-apac.onetrust.com/consent/6d3c2b1a-8f7e-4d5c-9b0a-1e2f3a4b5c6d/OtAutoBlock.js"></script>
<script src="https://cdn-apac.onetrust.com/scripttemplates/otSDKStub.js" data-document-language="true" type="text/javascript" charset="UTF-8" data-domain-script="6d3c2b1a-8f7e-4d5c-9b0a-1e2f3a4b5c6d"></script>
<script type="text/javascript">
function OptanonWrapper() { }
</script>
</head>
<body class="default-device bodyclass">
<!-- Google Tag Manager (noscript) -->
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-5QK7J2R" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<!-- End Google Tag Manager (noscript) -->
<div id="wrapper">
    <header>
        <div id="header" class="container">
            <div class="row">
<div class="component image file-type-icon-media-link col-6 col-lg-2 logo">
    <div class="component-content">
<a title="Siam Serenity" href="/th"><img src="/-/media/project/siamserenity/shared/logo/serenity-logo.svg?iar=0&amp;hash=8C1F0A7E62B54D3F9A1B2C3D4E5F6071" alt="Siam Serenity Hotels &amp; Resorts" /></a>    </div>
</div>
<nav class="component navigation navigation-main navigation-main-vertical col-lg-8">
    <div class="component-content">
<ul class="clearfix">
%s
</ul>
    </div>
</nav>
<div class="component link-list language-switcher col-6 col-lg-2">
    <div class="component-content">
<ul><li class="item0 odd first active"><a href="/th/privacy-notice">TH</a></li><li class="item1 even"><a href="/en/privacy-notice">EN</a></li><li class="item2 odd last"><a href="/zh/privacy-notice">中文</a></li></ul>
    </div>
</div>
<div class="component booking-bar col-12" data-synxis-chain="25416">
    <div class="component-content">
<form action="https://be.synxis.com/" method="get" target="_blank" class="booking-bar__form">
    <input type="hidden" name="chain" value="25416" />
    <input type="hidden" name="locale" value="th-TH" />
    <label for="bb-hotel">โรงแรม</label>
    <select id="bb-hotel" name="hotel"><option value="">เลือกโรงแรมหรือรีสอร์ท</option>%s</select>
    <label for="bb-arrive">เช็กอิน</label>
    <input id="bb-arrive" type="text" name="arrive" class="datepicker" value="%s" data-min-date="%s" autocomplete="off" />
    <label for="bb-depart">เช็กเอาต์</label>
    <input id="bb-depart" type="text" name="depart" class="datepicker" value="%s" autocomplete="off" />
    <select name="adult" aria-label="ผู้ใหญ่"><option value="1">ผู้ใหญ่ 1</option><option value="2" selected="selected">ผู้ใหญ่ 2</option><option value="3">ผู้ใหญ่ 3</option></select>
    <button type="submit" class="btn btn-primary">ตรวจสอบห้องว่าง</button>
</form>
    </div>
</div>
            </div>
        </div>
    </header>
    <main>
        <div id="content" class="container">
            <div class="row">
<div class="component breadcrumb navigation-title col-12">
    <div class="component-content">
<nav><ol><li class="breadcrumb-item home"><div class="navigation-title field-navigationtitle"><a title="หน้าแรก" href="/th">หน้าแรก</a></div><span class="separator">/</span></li><li class="breadcrumb-item last"><div class="navigation-title field-navigationtitle"><a title="ประกาศความเป็นส่วนตัว" href="/th/privacy-notice">ประกาศความเป็นส่วนตัว</a></div></li></ol></nav>
    </div>
</div>
%s            </div>
        </div>
    </main>
    <footer>
        <div id="footer" class="container">
            <div class="row">
<div class="component rich-text col-12 col-md-4">
    <div class="component-content">
<p><strong>สยามเซเรนิตี้ โฮเทลส์ แอนด์ รีสอร์ทส์</strong><br />999 ถนนเพลินจิต ลุมพินี ปทุมวัน กรุงเทพฯ 10330<br />สำรองห้องพัก 02 118 6000 | reservations@siamserenity.com</p>    </div>
</div>
<div class="component link-list col-12 col-md-4">
    <div class="component-content">
<ul><li><a href="/th/privacy-notice">ประกาศความเป็นส่วนตัว</a></li><li><a href="/th/cookie-policy">นโยบายคุกกี้</a></li><li><a href="/th/terms-and-conditions">ข้อกำหนดและเงื่อนไข</a></li><li><a href="#" class="ot-sdk-show-settings">ตั้งค่าคุกกี้</a></li></ul>
    </div>
</div>
<div class="component form col-12 col-md-4 newsletter">
    <div class="component-content">
<form action="/formbuilder?fxb.FormItemId=7b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e&amp;fxb.HtmlPrefix=fxb.a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d" data-ajax="true" data-ajax-method="Post" data-ajax-mode="replace-with" data-ajax-success="$.validator.unobtrusive.parse('#fxb_a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d_7b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e')" data-ajax-update="#fxb_a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d_7b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e" data-sc-fxb="7b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e" enctype="multipart/form-data" id="fxb_a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d_7b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e" method="post"><input name="__RequestVerificationToken" type="hidden" value="%s" /><input id="fxb_a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d_FormSessionId" name="fxb.a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d.FormSessionId" type="hidden" value="%s" />
<h2>รับข้อเสนอพิเศษก่อนใคร</h2>
<input class="form-control" id="fxb_a1b2c3d4_Email" name="fxb.a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d.Fields[0].Value" placeholder="อีเมลของคุณ" type="email" value="" />
<input type="submit" class="btn btn-secondary" value="สมัครรับข่าวสาร" name="fxb.a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d.ee1f2a3b-4c5d-6e7f-8a9b-0c1d2e3f4a5b" />
</form>
    </div>
</div>
<div class="component plain-html col-12 copyright">
    <div class="component-content">
&copy; %d Siam Serenity Hotels &amp; Resorts Public Company Limited. สงวนลิขสิทธิ์    </div>
</div>
            </div>
        </div>
    </footer>
</div>
<script src="/-/media/Base-Themes/Core-Libraries/scripts/optimized-min.js?t=20230915T041532Z"></script><script src="/-/media/Base-Themes/XA-API/Scripts/optimized-min.js?t=20230915T041533Z"></script><script src="/-/media/Base-Themes/Main-Theme/scripts/optimized-min.js?t=20230915T041535Z"></script><script src="/-/media/Themes/SiamSerenity/Serenity/Serenity/scripts/optimized-min.js?t=%s"></script>
</body>
</html>
""" % (t, st["vi"], nav, opts, arrive.strftime("%d/%m/%Y"), today.strftime("%d/%m/%Y"), depart.strftime("%d/%m/%Y"),
       policy_html(blocks), st["rvt"], st["fsid"], when.year, t)


PAGE = {
    "service": "Siam Serenity",
    "url": URL,
    "lang": "th",
    "platform": "Sitecore 10.3 SXA (Container + Title + Accordion + Rich Text renderings)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Cache-Control", "private"), ("X-Frame-Options", "SAMEORIGIN"),
                      ("Strict-Transport-Security", "max-age=31536000")),
    "n": 29,
    "start": dt.date(2022, 6, 1),
    "end": dt.date(2025, 3, 31),
    "hours": (2, 14),
    "policy": POLICY,
    "first_updated": dt.date(2022, 5, 30),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "gold_md": lambda blocks: C.blocks_md(C.without_markers(blocks), URL),
    "declaration": {"fetch": URL, "select": ".privacy-notice"},
}
