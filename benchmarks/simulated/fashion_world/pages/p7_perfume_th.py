"""Fleurisse เฟลอริส (Bangkok perfume and beauty retail chain) - Thai - Liferay DXP 7.4 content page (fragments and
Web Content Display portlets), Cookiewow consent, GTM, LINE Tag, TikTok pixel; Buddhist-era dates.

One page holds two documents in a tabs fragment: the privacy policy (tab 1) and the cookie policy (tab 2, another
journal article whose own revisions - new pixels, renamed tools, its own date - are noise for the privacy policy).
The declaration selects the privacy article's `journal-content-article` inside its portlet. Per visit, outside the
container: `Liferay.authToken` (p_auth, new per session), the header promotion (double-day flash sales 9.9, 10.10,
11.11, 12.12 and payday sales with a countdown to midnight, otherwise the free-shipping threshold), the best-sellers
rail under the tabs (products, prices, discounts), and the combo/theme `t=` stamps of each Liferay update.
"""
import datetime as dt

import common as C

URL = "https://www.fleurisse.co.th/th/privacy-policy"
PORTLET = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_pdpath01"
PORTLET2 = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_cookieth1"

POLICY = """
# นโยบายความเป็นส่วนตัว

บริษัท เฟลอริส บิวตี้ (ประเทศไทย) จำกัด (“บริษัท” หรือ “เรา”) ผู้ประกอบธุรกิจร้านค้าปลีกน้ำหอมและเครื่องสำอางภายใต้ชื่อ “Fleurisse” ให้ความสำคัญกับการคุ้มครองข้อมูลส่วนบุคคลของลูกค้า สมาชิก และผู้ใช้งานเว็บไซต์ แอปพลิเคชัน และสาขาของเรา นโยบายฉบับนี้อธิบายถึงวิธีการที่เราเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลของท่าน ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562

ปรับปรุงล่าสุดเมื่อวันที่ {UPDATED}

## 1. ข้อมูลส่วนบุคคลที่เราเก็บรวบรวม

- ข้อมูลระบุตัวตนและข้อมูลติดต่อ เช่น ชื่อ นามสกุล วันเดือนปีเกิด เพศ หมายเลขโทรศัพท์ อีเมล ที่อยู่สำหรับจัดส่งสินค้า และบัญชี LINE
- ข้อมูลสมาชิก Fleurisse Beauty Club เช่น หมายเลขสมาชิก คะแนนสะสม ระดับสมาชิก และประวัติการแลกของรางวัล
- ข้อมูลการซื้อสินค้า เช่น รายการสินค้า สาขาที่ซื้อ ช่องทางการชำระเงิน และประวัติการคืนสินค้า
- ข้อมูลความชอบด้านความงาม เช่น สภาพผิว โทนสีผิว และกลิ่นน้ำหอมที่ชื่นชอบ ซึ่งท่านให้ไว้กับพนักงานที่ปรึกษาความงามหรือผ่านแบบสอบถามบนเว็บไซต์
- ข้อมูลทางเทคนิค เช่น หมายเลขไอพี ข้อมูลอุปกรณ์ คุกกี้ และพฤติกรรมการใช้งานเว็บไซต์และแอปพลิเคชัน

### แหล่งที่มาของข้อมูล

นอกจากข้อมูลที่ท่านให้ไว้กับเราโดยตรงผ่านเว็บไซต์ แอปพลิเคชัน หรือพนักงานที่สาขา เราอาจได้รับข้อมูลส่วนบุคคลของท่านจากแหล่งอื่น เช่น พันธมิตรบัตรเครดิตที่ร่วมจัดกิจกรรมกับเรา และผู้ให้บริการสื่อโฆษณาออนไลน์ ทั้งนี้ เราจะใช้ข้อมูลดังกล่าวเฉพาะตามวัตถุประสงค์ที่ระบุไว้ในนโยบายนี้เท่านั้น

เราไม่เก็บรวบรวมข้อมูลส่วนบุคคลที่มีความอ่อนไหว เช่น ข้อมูลสุขภาพหรือข้อมูลชีวภาพ เว้นแต่จะได้รับความยินยอมโดยชัดแจ้งจากท่าน

## 2. วัตถุประสงค์และฐานทางกฎหมายในการประมวลผล

| วัตถุประสงค์ | ฐานทางกฎหมาย |
| การขายและจัดส่งสินค้า การรับชำระเงิน และการให้บริการหลังการขาย | การปฏิบัติตามสัญญา |
| การสมัครและบริหารสมาชิก Fleurisse Beauty Club การสะสมและแลกคะแนน | การปฏิบัติตามสัญญา |
| การแนะนำสินค้าที่เหมาะกับสภาพผิวและความชอบของท่าน | ความยินยอม |
| การส่งข่าวสาร โปรโมชั่น และสิทธิพิเศษผ่านอีเมล SMS และ LINE | ความยินยอม |
| การวิเคราะห์ยอดขายและพฤติกรรมการซื้อเพื่อพัฒนาสินค้าและบริการ | ประโยชน์โดยชอบด้วยกฎหมาย |
| การป้องกันการทุจริตและการรักษาความปลอดภัยของระบบ | ประโยชน์โดยชอบด้วยกฎหมาย |
| การออกใบกำกับภาษีและการปฏิบัติตามกฎหมายบัญชีและภาษีอากร | การปฏิบัติตามกฎหมาย |

## 3. การเปิดเผยข้อมูลส่วนบุคคล

เราอาจเปิดเผยข้อมูลส่วนบุคคลของท่านให้แก่บุคคลดังต่อไปนี้ เท่าที่จำเป็นตามวัตถุประสงค์ที่ระบุไว้ในนโยบายนี้

- บริษัทขนส่งและผู้ให้บริการจัดส่งสินค้า เช่น Kerry Express และไปรษณีย์ไทย
- ผู้ให้บริการรับชำระเงิน ธนาคาร และผู้ให้บริการบัตรเครดิต
- ผู้ให้บริการระบบสารสนเทศ ระบบคลาวด์ และระบบบริหารลูกค้าสัมพันธ์
- ผู้ให้บริการส่งข้อความ เช่น LINE Company (Thailand) Limited
- แบรนด์เจ้าของสินค้าที่จัดกิจกรรมร่วมกับเรา เฉพาะกรณีที่ท่านให้ความยินยอม
- หน่วยงานราชการหรือหน่วยงานที่มีอำนาจตามกฎหมาย

## 4. การส่งหรือโอนข้อมูลไปยังต่างประเทศ

ข้อมูลบางส่วนของท่านอาจถูกจัดเก็บบนระบบคลาวด์ที่ตั้งอยู่ในต่างประเทศ เช่น สิงคโปร์ ซึ่งเราจะดำเนินการให้มีมาตรการคุ้มครองข้อมูลส่วนบุคคลที่เพียงพอตามที่กฎหมายกำหนด

## 5. ระยะเวลาในการเก็บรักษาข้อมูล

| ประเภทข้อมูล | ระยะเวลาเก็บรักษา |
| ข้อมูลสมาชิก | ตลอดระยะเวลาการเป็นสมาชิก และอีก 2 ปีนับจากวันที่สิ้นสุดสมาชิกภาพ |
| ข้อมูลการซื้อสินค้าและใบกำกับภาษี | 5 ปี ตามประมวลรัษฎากร |
| ข้อมูลเพื่อการตลาด | จนกว่าท่านจะถอนความยินยอม |
| บันทึกภาพกล้องวงจรปิดในสาขา | 30 วัน |

## 6. สิทธิของเจ้าของข้อมูลส่วนบุคคล

ท่านมีสิทธิตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 ดังนี้

- สิทธิในการเข้าถึงและขอรับสำเนาข้อมูลส่วนบุคคล
- สิทธิในการขอให้โอนย้ายข้อมูลส่วนบุคคล
- สิทธิในการคัดค้านการเก็บรวบรวม ใช้ หรือเปิดเผยข้อมูลส่วนบุคคล
- สิทธิในการขอให้ลบหรือทำลายข้อมูลส่วนบุคคล
- สิทธิในการขอให้ระงับการใช้ข้อมูลส่วนบุคคล
- สิทธิในการขอให้แก้ไขข้อมูลส่วนบุคคลให้ถูกต้อง
- สิทธิในการถอนความยินยอม
- สิทธิในการร้องเรียนต่อสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล

ท่านสามารถใช้สิทธิได้โดยติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลตามช่องทางที่ระบุไว้ในข้อ 8 โดยเราจะดำเนินการภายใน 30 วันนับแต่วันที่ได้รับคำขอ

### ข้อมูลส่วนบุคคลของผู้เยาว์

การสมัครสมาชิก Fleurisse Beauty Club สงวนไว้สำหรับผู้ที่มีอายุ 20 ปีบริบูรณ์ขึ้นไป หรือผู้เยาว์ที่ได้รับความยินยอมจากผู้ใช้อำนาจปกครอง หากเราทราบว่าได้เก็บรวบรวมข้อมูลของผู้เยาว์โดยไม่ได้รับความยินยอมดังกล่าว เราจะดำเนินการลบข้อมูลนั้นโดยเร็ว

## 7. การรักษาความปลอดภัยของข้อมูล

เราจัดให้มีมาตรการรักษาความมั่นคงปลอดภัยทั้งด้านการบริหารจัดการ ด้านเทคนิค และด้านกายภาพ เช่น การเข้ารหัสข้อมลู การจำกัดสิทธิการเข้าถึง และการฝึกอบรมพนักงานทุกสาขาอย่างสม่ำเสมอ

## 8. ช่องทางการติดต่อ

@ เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล (DPO)
@ บริษัท เฟลอริส บิวตี้ (ประเทศไทย) จำกัด
@ 999/9 อาคารดิ ออฟฟิศเศส แอท เซ็นทรัลเวิลด์ ชั้น 21 ถนนพระรามที่ 1 แขวงปทุมวัน เขตปทุมวัน กรุงเทพมหานคร 10330
@ อีเมล dpo@fleurisse.co.th โทร 02 021 8899

## 9. คุกกี้

เว็บไซต์ของเราใช้คุกกี้และเทคโนโลยีที่คล้ายคลึงกันเพื่อให้เว็บไซต์ทำงานได้อย่างถูกต้องและเพื่อวิเคราะห์การใช้งาน รายละเอียดเกี่ยวกับประเภทของคุกกี้และวิธีการตั้งค่า โปรดดูนโยบายคุกกี้ของเรา

## 10. การเปลี่ยนแปลงนโยบายความเป็นส่วนตัว

เราอาจปรับปรุงนโยบายฉบับนี้เป็นครั้งคราวเพื่อให้สอดคล้องกับการเปลี่ยนแปลงของกฎหมายและการให้บริการของเรา โดยจะประกาศนโยบายฉบับปรับปรุงไว้บนหน้านี้ และหากเป็นการเปลี่ยนแปลงที่สำคัญ เราจะแจ้งให้ท่านทราบผ่านอีเมลหรือแอปพลิเคชัน
"""

EDITS = [
    {"note": "a recipient added: Shopee and Lazada official stores",
     "repl": [("- ผู้ให้บริการส่งข้อความ เช่น LINE Company (Thailand) Limited\n",
               "- ผู้ให้บริการส่งข้อความ เช่น LINE Company (Thailand) Limited\n"
               "- ผู้ให้บริการแพลตฟอร์มอีคอมเมิร์ซ เช่น Shopee และ Lazada สำหรับคำสั่งซื้อผ่านร้านค้าทางการของเรา\n")]},
    {"note": "typo fixed: ข้อมลู -> ข้อมูล (date not changed)", "bump": False,
     "repl": [("การเข้ารหัสข้อมลู", "การเข้ารหัสข้อมูล")]},
    {"note": "new subsection: in-store Skin Analyzer (face photos, explicit consent)",
     "repl": [("เว้นแต่จะได้รับความยินยอมโดยชัดแจ้งจากท่าน",
               "เว้นแต่จะได้รับความยินยอมโดยชัดแจ้งจากท่าน\n\n"
               "### บริการวิเคราะห์ผิว (Skin Analyzer)\n\n"
               "ในสาขาที่ให้บริการวิเคราะห์ผิว เราจะถ่ายภาพใบหน้าของท่านด้วยเครื่องวิเคราะห์ผิวเพื่อประเมินความชุ่มชื้น "
               "จุดด่างดำ และริ้วรอย และแนะนำผลิตภัณฑ์ที่เหมาะสม เราจะขอความยินยอมโดยชัดแจ้งก่อนให้บริการทุกครั้ง "
               "ภาพใบหน้าจะถูกลบทันทีหลังจากการวิเคราะห์เสร็จสิ้น โดยเราจะเก็บเฉพาะผลการวิเคราะห์ไว้ในบัญชีสมาชิกของท่าน "
               "เป็นระยะเวลา 1 ปี และจะไม่นำภาพดังกล่าวไปใช้เพื่อการระบุตัวตน")]},
    {"note": "member data retention after membership ends: 2 -> 1 year",
     "repl": [("และอีก 2 ปีนับจากวันที่สิ้นสุดสมาชิกภาพ", "และอีก 1 ปีนับจากวันที่สิ้นสุดสมาชิกภาพ")]},
    {"note": "DPO phone number changed, LINE contact added",
     "repl": [("@ อีเมล dpo@fleurisse.co.th โทร 02 021 8899",
               "@ อีเมล dpo@fleurisse.co.th โทร 02 021 8800 ต่อ 7\n@ LINE Official Account @fleurisseth")]},
]

TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
             "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]


def fmt_date(d):
    return "%d %s %d" % (d.day, TH_MONTHS[d.month - 1], d.year + 543)


COOKIE_VERSIONS = [
    (["คุกกี้ที่จำเป็น ซึ่งช่วยให้เว็บไซต์ทำงานได้ เช่น การจดจำสินค้าในตะกร้า",
      "คุกกี้เพื่อการวิเคราะห์ เช่น Google Analytics",
      "คุกกี้เพื่อการโฆษณา เช่น Facebook Pixel และ Google Ads"], dt.date(2022, 3, 1)),
    (["คุกกี้ที่จำเป็น ซึ่งช่วยให้เว็บไซต์ทำงานได้ เช่น การจดจำสินค้าในตะกร้า",
      "คุกกี้เพื่อการวิเคราะห์ เช่น Google Analytics",
      "คุกกี้เพื่อการโฆษณา เช่น Facebook Pixel, Google Ads และ TikTok Pixel"], dt.date(2022, 11, 15)),
    (["คุกกี้ที่จำเป็น ซึ่งช่วยให้เว็บไซต์ทำงานได้ เช่น การจดจำสินค้าในตะกร้า",
      "คุกกี้เพื่อการวิเคราะห์ เช่น Google Analytics 4 และ Hotjar",
      "คุกกี้เพื่อการโฆษณา เช่น Meta Pixel, Google Ads, TikTok Pixel และ LINE Tag"], dt.date(2023, 7, 1)),
    (["คุกกี้ที่จำเป็น ซึ่งช่วยให้เว็บไซต์ทำงานได้ เช่น การจดจำสินค้าในตะกร้าและการเข้าสู่ระบบสมาชิก",
      "คุกกี้เพื่อการวิเคราะห์ เช่น Google Analytics 4 และ Hotjar",
      "คุกกี้เพื่อการโฆษณา เช่น Meta Pixel, Google Ads, TikTok Pixel และ LINE Tag",
      "คุกกี้เพื่อการปรับแต่งเนื้อหา ซึ่งจดจำสินค้าที่ท่านเคยดูเพื่อแนะนำสินค้าที่ใกล้เคียง"], dt.date(2024, 5, 20)),
]

PRODUCTS = [
    ("Maison Lumière Eau de Parfum 50 ml", 4650), ("Rose Santal Body Mist 100 ml", 890),
    ("Velvet Matte Lip Tint #05 Lychee", 459), ("Hydra Glow Essence 150 ml", 1290),
    ("Néroli Blanc Eau de Toilette 100 ml", 3900), ("Silk Cushion SPF50+ PA++++ #21", 1150),
    ("Oud Ambré Parfum 30 ml", 5200), ("Cica Repair Cream 50 ml", 990),
    ("Jasmine Tea Hair Perfume 30 ml", 750), ("Glass Skin Serum 30 ml", 1490),
]


def _promo(when):
    local = when + dt.timedelta(hours=7)
    m, d = local.month, local.day
    if m - 2 <= d <= m:
        end = dt.datetime(local.year, m, m) + dt.timedelta(days=1)
        title = "Flash Sale %d.%d ลดสูงสุด 70%%" % (m, m)
    elif 14 <= d <= 16:
        end = dt.datetime(local.year, m, 16) + dt.timedelta(days=1)
        title = "Mid Month Sale ลดเพิ่ม 15% เมื่อช้อปครบ 1,500 บาท"
    elif d >= 25:
        end = (dt.datetime(local.year, m, 28) + dt.timedelta(days=4)).replace(day=1)
        title = "Payday Sale รับคะแนน Beauty Club 3 เท่า"
    else:
        thr = "990" if local.date() < dt.date(2024, 1, 1) else "1,200"
        return ("ship", "ส่งฟรีทั่วประเทศ เมื่อช้อปครบ %s บาท" % thr, None)
    left = end - local
    return ("sale", title, "%02d:%02d:%02d" % (left.days * 24 + left.seconds // 3600, left.seconds % 3600 // 60,
                                              left.seconds % 60))


def noise(rng, when, i, prev):
    p = prev or {}
    cookie = 0
    for j, (_, d) in enumerate(COOKIE_VERSIONS):
        if when.date() >= d + dt.timedelta(days=3):
            cookie = j
    prev_u = p["liferay"][0] if p.get("liferay") else 38
    lr = C.keep_or(rng, p.get("liferay"), 0.15, lambda: (
        prev_u + rng.randint(2, 9), str((C.epoch(when) - rng.randint(86400, 30 * 86400)) * 1000)))

    def rail():
        picks = rng.sample(range(len(PRODUCTS)), 4)
        return tuple((k, rng.choice([0, 0, 10, 15, 20, 30])) for k in picks)
    return {
        "auth": C.alnum(rng, 8),
        "promo": _promo(when),
        "rail": C.keep_or(rng, p.get("rail"), 0.35, rail),
        "cookie_rev": cookie,
        "liferay": lr,
    }


LABELS = {"auth": "Liferay.authToken (p_auth, per session)",
          "promo": "header promotion: double-day / payday flash sale countdown or free-shipping threshold",
          "rail": "best-sellers rail under the tabs (products, discounts)",
          "cookie_rev": "cookie policy revision in the second tab (another document)",
          "liferay": "Liferay DXP 7.4 update (U-number): combo/theme t= stamps"}


def _article(blocks):
    out = []
    for b in blocks:
        if b[0] == "table":
            rows = b[1]
            out.append('<table border="1" cellpadding="1" cellspacing="1" style="width:100%%"><thead><tr>%s</tr></thead>'
                       '<tbody>%s</tbody></table>' % (
                           "".join('<th scope="col">%s</th>' % C.inline_html(c) for c in rows[0]),
                           "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(c) for c in r)
                                   for r in rows[1:])))
        else:
            out.append(C.block_html(b))
    return "\n".join(out)


def _portlet(pid, asset_id, title, inner):
    return """<div class="lfr-layout-structure-item-{short} lfr-layout-structure-item-com-liferay-journal-content-web-portlet-journalcontentportlet ">
<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_  portlet-static portlet-static-end portlet-barebone portlet-journal-content " id="p_p_id_{pid}_">
<span id="p_{pid}"></span>
<section class="portlet" id="portlet_{pid}">
<div class="portlet-content">
<div class=" portlet-content-container">
<div class="portlet-body">
<div class="text-right user-tool-asset-addon-entries">
</div>
<div class="clearfix journal-content-article " data-analytics-asset-id="{aid}" data-analytics-asset-title="{title}" data-analytics-asset-type="web-content">
{inner}
</div>
<div class="content-metadata-asset-addon-entries">
</div>
</div>
</div>
</div>
</section>
</div>
</div>""".format(short=pid[-8:], pid=pid, aid=asset_id, title=title, inner=inner)


def render(s, blocks, when):
    ver, t = s["liferay"]
    cats, cdate = COOKIE_VERSIONS[s["cookie_rev"]]
    cookie_html = ("<h2>นโยบายคุกกี้</h2>\n<p>เว็บไซต์ fleurisse.co.th ใช้คุกกี้และเทคโนโลยีที่คล้ายคลึงกัน "
                   "เพื่อให้เว็บไซต์ทำงานได้อย่างถูกต้อง จดจำการตั้งค่าของท่าน และนำเสนอสินค้าที่ตรงกับความสนใจของท่าน</p>\n"
                   "<ul>%s</ul>\n<p>ท่านสามารถเปลี่ยนการตั้งค่าคุกกี้ได้ทุกเมื่อผ่านปุ่ม “ตั้งค่าคุกกี้” ที่มุมล่างซ้ายของหน้าเว็บไซต์</p>\n"
                   "<p>ปรับปรุงล่าสุดเมื่อวันที่ %s</p>" % ("".join("<li>%s</li>" % c for c in cats), fmt_date(cdate)))
    kind, ptext, cd = s["promo"]
    if kind == "sale":
        promo = ('<div class="fl-promo-bar fl-promo-bar--sale"><a href="/th/flash-sale">%s</a> '
                 '<span class="fl-countdown" data-end="midnight">เหลือเวลาอีก <b>%s</b></span></div>' % (ptext, cd))
    else:
        promo = '<div class="fl-promo-bar"><a href="/th/delivery">%s</a></div>' % ptext
    cards = []
    for k, off in s["rail"]:
        name, price = PRODUCTS[k]
        slug = C.det_sha(name)[:10]
        if off:
            now = int(round(price * (100 - off) / 100.0, -1))
            price_html = ('<span class="price price--sale">฿{:,}</span> <s class="price price--was">฿{:,}</s> '
                          '<span class="badge badge-danger">-{}%</span>').format(now, price, off)
        else:
            price_html = '<span class="price">฿{:,}</span>'.format(price)
        cards.append('<div class="card fl-product-card"><a href="/th/p/%s"><img alt="%s" class="card-img-top" '
                     'loading="lazy" src="/documents/20121/0/%s.jpg"></a><div class="card-body"><p class="card-title">'
                     '%s</p><p class="card-text">%s</p></div></div>' % (slug, name, slug, name, price_html))
    tabs = """<div class="fragment_48217">
<div class="fl-tabs" id="fragment-9f21c-tabs">
<ul class="nav nav-underline" role="tablist">
<li class="nav-item" role="presentation"><button aria-controls="fragment-9f21c-panel-0" aria-selected="true" class="active nav-link" data-toggle="tab" id="fragment-9f21c-tab-0" role="tab" type="button"><span data-lfr-editable-id="tab-title-0" data-lfr-editable-type="text">นโยบายความเป็นส่วนตัว</span></button></li>
<li class="nav-item" role="presentation"><button aria-controls="fragment-9f21c-panel-1" aria-selected="false" class="nav-link" data-toggle="tab" id="fragment-9f21c-tab-1" role="tab" tabindex="-1" type="button"><span data-lfr-editable-id="tab-title-1" data-lfr-editable-type="text">นโยบายคุกกี้</span></button></li>
</ul>
<div class="tab-content">
<div aria-labelledby="fragment-9f21c-tab-0" class="active fade show tab-pane" id="fragment-9f21c-panel-0" role="tabpanel">
{p1}
</div>
<div aria-labelledby="fragment-9f21c-tab-1" class="fade tab-pane" id="fragment-9f21c-panel-1" role="tabpanel">
{p2}
</div>
</div>
</div>
</div>""".format(p1=_portlet(PORTLET, "48305", "นโยบายความเป็นส่วนตัว", _article(blocks)),
                 p2=_portlet(PORTLET2, "48311", "นโยบายคุกกี้", cookie_html))
    return """<!DOCTYPE html>

<html class="ltr" dir="ltr" lang="th-TH">

<head>
	<title>นโยบายความเป็นส่วนตัว - Fleurisse</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="นโยบายความเป็นส่วนตัวและนโยบายคุกกี้ของ Fleurisse" lang="th-TH" name="description" />

<script data-senna-track="permanent" src="/o/frontend-js-jquery-web/jquery/jquery.min.js" type="text/javascript"></script>
<link data-senna-track="temporary" href="{url}" rel="canonical" />
<link data-senna-track="temporary" href="https://www.fleurisse.co.th/en/privacy-policy" hreflang="en-US" rel="alternate" />
<link data-senna-track="temporary" href="{url}" hreflang="th-TH" rel="alternate" />
<link data-senna-track="temporary" href="https://www.fleurisse.co.th/en/privacy-policy" hreflang="x-default" rel="alternate" />

<meta property="og:locale" content="th_TH">
<meta property="og:site_name" content="Fleurisse">
<meta property="og:title" content="นโยบายความเป็นส่วนตัว - Fleurisse">
<meta property="og:type" content="website">
<meta property="og:url" content="{url}">

<link href="https://www.fleurisse.co.th/o/fleurisse-theme/images/favicon.ico" rel="icon" />

<link class="lfr-css-file" data-senna-track="temporary" href="https://www.fleurisse.co.th/o/fleurisse-theme/css/clay.css?browserId=chrome&amp;themeId=fleurissetheme_WAR_fleurissetheme&amp;minifierType=css&amp;languageId=th_TH&amp;t={t}" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<link data-senna-track="temporary" href="/o/frontend-css-web/main.css?browserId=chrome&amp;themeId=fleurissetheme_WAR_fleurissetheme&amp;minifierType=css&amp;languageId=th_TH&amp;t={t}" id="1a3b5c7d" rel="stylesheet" type="text/css" />

<script data-senna-track="temporary" type="text/javascript">
	// <![CDATA[
		var Liferay = Liferay || {{}};

		Liferay.Browser = {{
			acceptsGzip: function() {{ return true; }},
			getMajorVersion: function() {{ return 120.0; }},
			isChrome: function() {{ return true; }},
			isMobile: function() {{ return false; }}
		}};

		Liferay.Data = Liferay.Data || {{}};
		Liferay.Data.ICONS_INLINE_SVG = true;
		Liferay.Data.NAV_SELECTOR = '#navigation';
		Liferay.Data.NAV_SELECTOR_MOBILE = '#navigationCollapse';
		Liferay.Data.isCustomizationView = function() {{ return false; }};
		Liferay.Data.notices = [];

		Liferay.PortletKeys = {{
			DOCUMENT_LIBRARY: 'com_liferay_document_library_web_portlet_DLPortlet',
			DYNAMIC_DATA_MAPPING: 'com_liferay_dynamic_data_mapping_web_portlet_DDMPortlet',
			ITEM_SELECTOR: 'com_liferay_item_selector_web_portlet_ItemSelectorPortlet'
		}};

		Liferay.PropsValues = {{
			JAVASCRIPT_SINGLE_PAGE_APPLICATION_TIMEOUT: 0,
			UPLOAD_SERVLET_REQUEST_IMPL_MAX_SIZE: 104857600
		}};

		Liferay.ThemeDisplay = {{
			getLayoutId: function() {{ return "12"; }},
			getLayoutRelativeURL: function() {{ return "/th/privacy-policy"; }},
			getPlid: function() {{ return "48213"; }},
			getScopeGroupId: function() {{ return "20121"; }},
			getSiteGroupId: function() {{ return "20121"; }},
			getSessionId: function() {{ return ""; }},
			getLanguageId: function() {{ return "th_TH"; }},
			getPathThemeImages: function() {{ return "https://www.fleurisse.co.th/o/fleurisse-theme/images"; }},
			getUserId: function() {{ return "20105"; }},
			isSignedIn: function() {{ return false; }},
			isVirtualLayout: function() {{ return false; }}
		}};

		var themeDisplay = Liferay.ThemeDisplay;

		Liferay.authToken = '{auth}';

		Liferay.currentURL = '\\x2fth\\x2fprivacy-policy';
		Liferay.currentURLEncoded = '\\x252Fth\\x252Fprivacy-policy';
	// ]]>
</script>

<script data-senna-track="permanent" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=th_TH&amp;t={t}&amp;/o/frontend-js-aui-web/aui/aui/aui-min.js&amp;/o/frontend-js-aui-web/liferay/modules.js&amp;/o/frontend-js-aui-web/liferay/aui_sandbox.js&amp;/o/frontend-js-web/liferay/dom_task_runner.js&amp;/o/frontend-js-web/liferay/events.js&amp;/o/frontend-js-web/liferay/lazy_load.js&amp;/o/frontend-js-web/liferay/liferay.js&amp;/o/frontend-js-web/liferay/global.bundle.js&amp;/o/frontend-js-web/liferay/portlet.js&amp;/o/frontend-js-web/liferay/workflow.js" type="text/javascript"></script>

<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-TH8FLR2');</script>
<script type="text/javascript" src="https://cookiecdn.com/cwc.js"></script>
<script id="cookieWow" type="text/javascript" src="https://cookiecdn.com/configs/Y5rPqW2nV8kE7tLmA1sD" data-cwcid="Y5rPqW2nV8kE7tLmA1sD"></script>
<script>(function(g,d,o){{g._ltq=g._ltq||[];g._lt=g._lt||function(){{g._ltq.push(arguments)}};var h=location.protocol==='https:'?'https://d.line-scdn.net':'http://d.line-cdn.net';var s=d.createElement('script');s.async=1;s.src=o||h+'/n/line_tag/public/release/v1/lt.js';var t=d.getElementsByTagName('script')[0];t.parentNode.insertBefore(s,t);}})(window, document);_lt('init', {{customerType: 'lap', tagId: 'b2f7c1e0-5a3d-4c8e-9f61-0d2e4a6b8c13'}});_lt('send', 'pv', ['b2f7c1e0-5a3d-4c8e-9f61-0d2e4a6b8c13']);</script>

<link class="lfr-css-file" data-senna-track="temporary" href="https://www.fleurisse.co.th/o/fleurisse-theme/css/main.css?browserId=chrome&amp;themeId=fleurissetheme_WAR_fleurissetheme&amp;minifierType=css&amp;languageId=th_TH&amp;t={t}" id="liferayThemeCSS" rel="stylesheet" type="text/css" />

<style data-senna-track="temporary" type="text/css">
.fragment_48217 .nav-underline .nav-link.active {{ border-bottom: 2px solid #b08d57; }}
</style>
</head>

<body class="chrome controls-visible  yui3-skin-sam guest-site signed-out public-page site">

<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-TH8FLR2" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>

<nav aria-label="ลิงก์ด่วน" class="quick-access-nav" id="ghkw_quickAccessNav">
	<ul>
		<li><a href="#main-content">ข้ามไปยังเนื้อหาหลัก</a></li>
	</ul>
</nav>

<div class="d-flex flex-column min-vh-100">
	<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
		<header class="fl-header" id="banner">
			{promo}
			<div class="fl-header__main container-fluid container-fluid-max-xl">
				<a class="fl-header__logo" href="https://www.fleurisse.co.th/th" title="ไปที่ Fleurisse"><img alt="Fleurisse" height="36" src="/image/layout_set_logo?img_id=40211&amp;t={t}" width="150" /></a>
				<nav class="fl-nav" id="navigation" role="navigation">
					<ul aria-label="หน้าเว็บไซต์" role="menubar">
						<li class="lfr-nav-item" role="presentation"><a href="https://www.fleurisse.co.th/th/fragrance" role="menuitem"><span>น้ำหอม</span></a></li>
						<li class="lfr-nav-item" role="presentation"><a href="https://www.fleurisse.co.th/th/makeup" role="menuitem"><span>เมคอัพ</span></a></li>
						<li class="lfr-nav-item" role="presentation"><a href="https://www.fleurisse.co.th/th/skincare" role="menuitem"><span>สกินแคร์</span></a></li>
						<li class="lfr-nav-item" role="presentation"><a href="https://www.fleurisse.co.th/th/brands" role="menuitem"><span>แบรนด์</span></a></li>
						<li class="lfr-nav-item" role="presentation"><a href="https://www.fleurisse.co.th/th/promotion" role="menuitem"><span>โปรโมชั่น</span></a></li>
						<li class="lfr-nav-item" role="presentation"><a href="https://www.fleurisse.co.th/th/stores" role="menuitem"><span>ค้นหาสาขา</span></a></li>
					</ul>
				</nav>
				<div class="fl-header__tools">
					<a href="https://www.fleurisse.co.th/th/beauty-club" class="fl-header__club">สมัครสมาชิก Beauty Club รับ 100 คะแนน</a>
					<a href="https://www.fleurisse.co.th/c/portal/login?p_l_id=48213" class="fl-header__login" rel="nofollow">เข้าสู่ระบบ</a>
					<a href="https://www.fleurisse.co.th/th/cart" class="fl-header__cart">ตะกร้า (0)</a>
				</div>
			</div>
		</header>

		<section class="flex-fill" id="content">
			<h2 class="hide-accessible sr-only" role="heading" aria-level="1">นโยบายความเป็นส่วนตัว</h2>

			<div class="layout-content portlet-layout" id="main-content" role="main">
	<div class="lfr-layout-structure-item-container lfr-layout-structure-item-2a7c1e3f">
<div class="container-fluid container-fluid-max-lg py-5">
{tabs}
</div>
</div>
<div class="lfr-layout-structure-item-container lfr-layout-structure-item-7d9b0a41">
<div class="container-fluid container-fluid-max-xl pb-5 fl-bestsellers">
<h2 class="fl-section-title">สินค้าขายดี</h2>
<div class="fl-product-rail d-flex">
{cards}
</div>
</div>
</div>
			</div>
		</section>

		<footer class="fl-footer" id="footer" role="contentinfo">
			<div class="container-fluid container-fluid-max-xl">
				<div class="row">
					<div class="col-md-4"><p class="fl-footer__title">บริการลูกค้า</p><p>โทร 02 021 8888 (ทุกวัน 10:00-19:00 น.)<br />LINE: @fleurisseth</p></div>
					<div class="col-md-4"><p class="fl-footer__title">เกี่ยวกับเรา</p><ul><li><a href="/th/about">เกี่ยวกับ Fleurisse</a></li><li><a href="/th/stores">สาขาของเรา</a></li><li><a href="/th/careers">ร่วมงานกับเรา</a></li></ul></div>
					<div class="col-md-4"><p class="fl-footer__title">ข้อกำหนด</p><ul><li><a href="/th/terms">ข้อกำหนดและเงื่อนไข</a></li><li><a href="/th/privacy-policy">นโยบายความเป็นส่วนตัว</a></li><li><a href="/th/return-policy">นโยบายการคืนสินค้า</a></li></ul></div>
				</div>
				<p class="fl-footer__copy">&copy; {year} Fleurisse Beauty (Thailand) Co., Ltd. All rights reserved.</p>
			</div>
		</footer>
	</div>
</div>

<script type="text/javascript">
// <![CDATA[
	Liferay.Loader.require('frontend-js-tabs-support@1.0.{tv}/index', function(tabs) {{ tabs.default('fragment-9f21c-tabs'); }});
	Liferay.Util.addParams('p_auth=' + Liferay.authToken, '');
	Liferay.on('allPortletsReady', function() {{ Liferay.fire('initLayout'); }});
// ]]>
</script>
<script src="https://www.fleurisse.co.th/o/fleurisse-theme/js/main.js?browserId=chrome&amp;minifierType=js&amp;languageId=th_TH&amp;t={t}" type="text/javascript"></script>
<script>!function (w, d, t) {{w.TiktokAnalyticsObject=t;var ttq=w[t]=w[t]||[];ttq.methods=["page","track","identify","instances","debug","on","off","once","ready","alias","group","enableCookie","disableCookie"];ttq.load=function(e,n){{var i="https://analytics.tiktok.com/i18n/pixel/events.js";ttq._i=ttq._i||{{}},ttq._i[e]=[],ttq._i[e]._u=i,ttq._t=ttq._t||{{}},ttq._t[e]=+new Date,ttq._o=ttq._o||{{}},ttq._o[e]=n||{{}};var o=document.createElement("script");o.type="text/javascript",o.async=!0,o.src=i+"?sdkid="+e+"&lib="+t;var a=document.getElementsByTagName("script")[0];a.parentNode.insertBefore(o,a)}};ttq.load('CK8D2JRC77U7T1R4QG10');ttq.page();}}(window, document, 'ttq');</script>
</body>

</html>
""".format(url=URL, t=t, auth=s["auth"], promo=promo, tabs=tabs, cards="\n".join(cards), year=when.year,
           tv=ver)


PAGE = {
    "service": "Fleurisse",
    "url": URL,
    "lang": "th",
    "platform": "Liferay DXP 7.4 (content page, tabs fragment, Web Content Display portlets), Cookiewow",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": (("Server", "nginx"), ("Liferay-Portal", "Liferay Digital Experience Platform 7.4"),
                      ("Cache-Control", "private, no-cache, no-store, must-revalidate"),
                      ("Content-Language", "th-TH")),
    "n": 30,
    "start": dt.date(2022, 4, 1),
    "end": dt.date(2025, 4, 30),
    "hours": (2, 8, 14, 20),
    "policy": POLICY,
    "first_updated": dt.date(2022, 3, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL,
                    "select": "#p_p_id_%s_ .journal-content-article" % PORTLET},
}
