"""Thai cinema chain whose privacy policy lives in its Zendesk Guide help centre (Copenhagen theme, customised;
theme updated in 2023).

Declared: the article title and `.article-body` (as curators track Zendesk articles). Fairly clean: the article
body itself never changes between visits. Around it: the per-request `csrf-token` meta and usage-tracking blob, the
help-centre server version comment, the live vote counter under the article ("N of M found this helpful"), the
"updated" stamp in the article meta (moves with each edit of the article), the sidebar list of articles in the
section (a new article appears now and then), and the theme's announcement banner about branch closures and
promotions. Thai Buddhist-era dates."""
import datetime as dt
import html
import json
import os
import sys
from urllib.parse import quote

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
             "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]


def fmt_date(d):
    return "%d %s %d" % (d.day, TH_MONTHS[d.month - 1], d.year + 543)


POLICY = """
# นโยบายความเป็นส่วนตัว

ปรับปรุงล่าสุด: {UPDATED}

บริษัท ลูมินา ซีนีเพล็กซ์ จำกัด (มหาชน) ("บริษัทฯ" หรือ "เรา") ให้ความสำคัญกับการคุ้มครองข้อมูลส่วนบุคคลของลูกค้าผู้ใช้บริการโรงภาพยนตร์ เว็บไซต์ แอปพลิเคชัน Lumina Cineplex และสมาชิกบัตร Lumina Card นโยบายความเป็นส่วนตัวฉบับนี้อธิบายว่าเราเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลของท่านอย่างไร ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 ("พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล")

## 1. ข้อมูลส่วนบุคคลที่เราเก็บรวบรวม

- **ข้อมูลระบุตัวตน:** ชื่อ นามสกุล วันเดือนปีเกิด และเพศ
- **ข้อมูลการติดต่อ:** หมายเลขโทรศัพท์มือถือ และอีเมล
- **ข้อมูลการทำธุรกรรม:** ประวัติการซื้อตั๋วภาพยนตร์ ป๊อปคอร์นและเครื่องดื่ม รอบฉาย สาขา ที่นั่ง และวิธีการชำระเงิน
- **ข้อมูลสมาชิก:** หมายเลขสมาชิก Lumina Card คะแนนสะสม และระดับสมาชิก
- **ข้อมูลทางเทคนิค:** หมายเลข IP ประเภทอุปกรณ์ คุกกี้ และตำแหน่งที่ตั้ง (เฉพาะเมื่อท่านอนุญาตในแอปพลิเคชันเพื่อค้นหาโรงภาพยนตร์ใกล้ท่าน)
- **ภาพจากกล้องวงจรปิด:** ภายในโรงภาพยนตร์ โถงจำหน่ายตั๋ว และพื้นที่ส่วนกลาง

## 2. วัตถุประสงค์และฐานทางกฎหมายในการประมวลผล

| วัตถุประสงค์ | ฐานทางกฎหมาย |
| การจองและจำหน่ายตั๋วภาพยนตร์ และการออกใบเสร็จรับเงิน | การปฏิบัติตามสัญญา |
| การบริหารสมาชิก Lumina Card และคะแนนสะสม | การปฏิบัติตามสัญญา |
| การส่งข่าวสาร โปรโมชัน และข้อมูลภาพยนตร์เข้าใหม่ | ความยินยอม |
| การวิเคราะห์ความสนใจในการชมภาพยนตร์เพื่อนำเสนอสิทธิประโยชน์ที่เหมาะสม | ความยินยอ |
| การรักษาความปลอดภัย และการป้องกันการบันทึกภาพยนตร์โดยไม่ได้รับอนุญาต | ประโยชน์โดยชอบด้วยกฎหมาย |
| การปฏิบัติตามกฎหมายภาษีอากรและคำสั่งของหน่วยงานรัฐ | การปฏิบัติตามกฎหมาย |

## 3. การเปิดเผยข้อมูลส่วนบุคคล

เราอาจเปิดเผยข้อมูลส่วนบุคคลของท่านให้แก่บุคคลดังต่อไปนี้ เท่าที่จำเป็นตามวัตถุประสงค์ข้างต้น

- บริษัทในเครือของบริษัทฯ ซึ่งดำเนินธุรกิจโบว์ลิ่ง คาราโอเกะ และร้านอาหารในโรงภาพยนตร์
- ผู้ให้บริการรับชำระเงิน เช่น ธนาคาร TrueMoney Wallet และ Rabbit LINE Pay
- ผู้ให้บริการระบบจำหน่ายตั๋วและระบบคลาวด์ เช่น Vista Entertainment Solutions และ Amazon Web Services
- พันธมิตรทางธุรกิจในรายการส่งเสริมการขายร่วม เมื่อท่านให้ความยินยอม
- หน่วยงานราชการหรือเจ้าหน้าที่ตามที่กฎหมายกำหนด

หากท่านเพิ่มบัญชี LINE Official Account ของ Lumina Cineplex เป็นเพื่อน เราจะได้รับชื่อที่แสดงและรูปโปรไฟล์ LINE ของท่าน และหากท่านเชื่อมบัญชี LINE กับบัญชีสมาชิก Lumina Card เราจะใช้ข้อมูลดังกล่าวเพื่อส่งตั๋วภาพยนตร์ ใบเสร็จ และการแจ้งเตือนรอบฉายให้ท่านผ่าน LINE ท่านสามารถยกเลิกการเชื่อมบัญชีหรือบล็อกบัญชีของเราได้ทุกเมื่อ

## 4. การส่งหรือโอนข้อมูลไปต่างประเทศ

ผู้ให้บริการบางรายของเราจัดเก็บข้อมูลบนเซิร์ฟเวอร์ในต่างประเทศ เช่น สิงคโปร์ และนิวซีแลนด์ ในกรณีดังกล่าว เราจะดำเนินการให้มีมาตรการคุ้มครองข้อมูลส่วนบุคคลที่เพียงพอตามที่ พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคลกำหนด รวมถึงการทำข้อสัญญามาตรฐานกับผู้ให้บริการ

## 5. ระยะเวลาการเก็บรักษาข้อมูล

| ประเภทข้อมูล | ระยะเวลาการเก็บรักษา |
| ข้อมูลการซื้อตั๋วและใบกำกับภาษี | 5 ปี นับจากวันที่ทำธุรกรรม |
| ข้อมูลสมาชิก Lumina Card | ตลอดระยะเวลาการเป็นสมาชิก และ 2 ปีหลังยกเลิกสมาชิก |
| ภาพจากกล้องวงจรปิด | 30 วัน |
| บันทึกการสนทนากับศูนย์บริการลูกค้า | 1 ปี |

## 6. สิทธิของเจ้าของข้อมูลส่วนบุคคล

ท่านมีสิทธิตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล ดังนี้

- สิทธิในการเข้าถึงและขอรับสำเนาข้อมูลส่วนบุคคล
- สิทธิในการขอแก้ไขข้อมูลให้ถูกต้องและเป็นปัจจุบัน
- สิทธิในการขอให้ลบหรือทำลายข้อมูล
- สิทธิในการขอให้ระงับการใช้ข้อมูล
- สิทธิในการคัดค้านการประมวลผลข้อมูล
- สิทธิในการขอให้โอนย้ายข้อมูล
- สิทธิในการถอนความยินยอมเมื่อใดก็ได้
- สิทธิในการร้องเรียนต่อสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล

ท่านสามารถใช้สิทธิได้โดยกรอก [แบบฟอร์มคำขอใช้สิทธิของเจ้าของข้อมูล](https://help.luminacineplex.co.th/hc/th/requests/new?ticket_form_id=1500002384721) หรือติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลตามช่องทางด้านล่าง เราจะพิจารณาและแจ้งผลภายใน 30 วันนับจากวันที่ได้รับคำขอ

## 7. คุกกี้

เว็บไซต์ของเราใช้คุกกี้ที่จำเป็นต่อการจองตั๋วและการเข้าสู่ระบบ และใช้คุกกี้เพื่อการวิเคราะห์และการตลาดเฉพาะเมื่อท่านให้ความยินยอมผ่านแถบการตั้งค่าคุกกี้ ท่านสามารถเปลี่ยนแปลงการตั้งค่าได้ทุกเมื่อ

## 8. มาตรการรักษาความปลอดภัย

เราใช้มาตรการรักษาความปลอดภัยทางเทคนิคและการบริหารจัดการที่เหมาะสม เช่น การเข้ารหัสข้อมูลการชำระเงิน การจำกัดสิทธิการเข้าถึงเฉพาะพนักงานที่เกี่ยวข้อง และการตรวจสอบระบบอย่างสม่ำเสมอ ทั้งนี้ พนักงานทุกคนที่เข้าถึงข้อมูลส่วนบุคคลต้องผ่านการอบรมด้านการคุ้มครองข้อมูลส่วนบุคคล และหากเกิดเหตุการละเมิดข้อมูลส่วนบุคคล เราจะแจ้งสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคลภายใน 72 ชั่วโมง และแจ้งให้ท่านทราบโดยไม่ชักช้าในกรณีที่มีความเสี่ยงสูงต่อสิทธิและเสรีภาพของท่าน

## 9. ช่องทางการติดต่อ

@ เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล (DPO)
@ บริษัท ลูมินา ซีนีเพล็กซ์ จำกัด (มหาชน)
@ 999/9 อาคารลูมินา ทาวเวอร์ ชั้น 12 ถนนพระราม 9 แขวงห้วยขวาง เขตห้วยขวาง กรุงเทพมหานคร 10310
@ อีเมล: [dpo@luminacineplex.co.th](mailto:dpo@luminacineplex.co.th)
@ โทร. 02 641 1590
"""

EDITS = [
    {"note": "typo fixed in the table (ความยินยอ -> ความยินยอม)", "bump": False,
     "repl": [("| ความยินยอ |", "| ความยินยอม |")]},
    {"note": "payment providers list: ShopeePay added (words inserted)",
     "repl": [("เช่น ธนาคาร TrueMoney Wallet และ Rabbit LINE Pay", "เช่น ธนาคาร TrueMoney Wallet Rabbit LINE Pay และ ShopeePay")]},
    {"note": "CCTV retention extended from 30 to 90 days",
     "repl": [("| ภาพจากกล้องวงจรปิด | 30 วัน |", "| ภาพจากกล้องวงจรปิด | 90 วัน |")]},
    {"note": "new section on minors (sections renumbered)",
     "repl": [("## 6. สิทธิของเจ้าของข้อมูลส่วนบุคคล",
               "## 6. ข้อมูลส่วนบุคคลของผู้เยาว์\n\n"
               "การสมัครสมาชิก Lumina Card ของผู้เยาว์ที่มีอายุต่ำกว่า 20 ปี ต้องได้รับความยินยอมจากผู้ใช้อำนาจปกครอง "
               "หากเราทราบว่าได้เก็บรวบรวมข้อมูลของผู้เยาว์โดยไม่ได้รับความยินยอมดังกล่าว เราจะลบข้อมูลนั้นโดยเร็ว "
               "เว้นแต่มีเหตุให้เก็บรักษาไว้ตามกฎหมาย\n\n## 7. สิทธิของเจ้าของข้อมูลส่วนบุคคล"),
              ("## 7. คุกกี้", "## 8. คุกกี้"), ("## 8. มาตรการรักษาความปลอดภัย", "## 9. มาตรการรักษาความปลอดภัย"),
              ("## 9. ช่องทางการติดต่อ", "## 10. ช่องทางการติดต่อ")]},
    {"note": "DPO moved to another floor (address line changed)",
     "repl": [("อาคารลูมินา ทาวเวอร์ ชั้น 12", "อาคารลูมินา ทาวเวอร์ ชั้น 18")]},
    {"note": "cookie section: sentence on the cookie list added",
     "repl": [("ท่านสามารถเปลี่ยนแปลงการตั้งค่าได้ทุกเมื่อ",
               "ท่านสามารถเปลี่ยนแปลงการตั้งค่าได้ทุกเมื่อ โดยคลิก \"ตั้งค่าคุกกี้\" ที่ด้านล่างของทุกหน้า "
               "และดูรายการคุกกี้ทั้งหมดที่เราใช้ได้ใน[นโยบายคุกกี้](https://www.luminacineplex.co.th/cookie-policy)")]},
]

ART_ID = "4403918273041"
SLUG = quote("นโยบายความเป็นส่วนตัว")
URL = "https://help.luminacineplex.co.th/hc/th/articles/%s-%s" % (ART_ID, SLUG)
SECTION = [("4403918273041", "นโยบายความเป็นส่วนตัว"), ("4403918301177", "นโยบายคุกกี้"),
           ("4403920012893", "ข้อกำหนดและเงื่อนไขการใช้บริการ"), ("4403920047215", "เงื่อนไขสมาชิก Lumina Card"),
           ("4404100981356", "วิธีขอลบบัญชีผู้ใช้"), ("13275530982417", "การใช้สิทธิของเจ้าของข้อมูลส่วนบุคคล"),
           ("15672093348881", "ข้อตกลงการใช้ระบบจองตั๋วผ่าน LINE")]
BANNERS = ["ประกาศ: ลูมินา ซีนีเพล็กซ์ สาขาพระราม 3 ปิดปรับปรุงชั่วคราว ตั้งแต่วันนี้เป็นต้นไป",
           "วันพุธดูหนังราคาพิเศษ 100 บาท ทุกเรื่อง ทุกรอบ ทุกสาขา",
           "สมาชิก Lumina Card รับป๊อปคอร์นฟรีในเดือนเกิด",
           "แจ้งปิดปรับปรุงระบบแอปพลิเคชัน คืนวันอาทิตย์ เวลา 01:00-04:00 น.",
           "ชวนเพื่อนสมัคร Lumina Card รับคะแนนพิเศษ 200 คะแนน"]
_EDITED = {}


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}
    st["theme"] = "v3" if when >= dt.datetime(2023, 6, 1) else "v2"
    st["server"] = C.keep_or(rng, prev.get("server"), 0.6, lambda: "v%d" % (26000 + (C.epoch(when) - 1600000000) // 86400 + rng.randint(0, 9)))
    st["csrf"] = "hc:meta:server:" + C.b64tok(rng, 64).rstrip("=").replace("+", "-").replace("/", "_")
    st["tracking"] = C.b64tok(rng, 96).replace("\n", "") + "--" + C.hexs(rng, 40)
    days = (when - dt.datetime(2021, 1, 1)).days
    total = 380 + days * 3 + rng.randint(0, 8)
    st["votes"] = (int(total * 0.62) + rng.randint(-3, 3), total)
    n_sec = 5 if when < dt.datetime(2022, 6, 1) else (6 if when < dt.datetime(2024, 1, 15) else 7)
    st["section_articles"] = n_sec
    st["banner"] = C.keep_or(rng, prev.get("banner"), 0.3, lambda: rng.randrange(len(BANNERS)))
    return st


LABELS = {"theme": "Copenhagen theme update", "server": "help centre server version comment",
          "csrf": "csrf-token meta", "tracking": "usage_tracking blob", "votes": "article vote counter",
          "section_articles": "articles-in-section sidebar", "banner": "theme announcement banner",
          "edited": "article updated stamp"}


def th_stamp(d):
    return "%d %s %d %02d:%02d" % (d.day, TH_MONTHS[d.month - 1], d.year + 543, d.hour, d.minute)


def body_html(blocks):
    out = []
    for kind, v in blocks:
        if kind == "table":
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r) for r in v[1:])
            out.append('<div class="table-wrap"><table class="table"><thead><tr>%s</tr></thead><tbody>%s</tbody></table></div>'
                       % ("".join("<th>%s</th>" % C.inline_html(x) for x in v[0]), rows))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br>".join(C.inline_html(x) for x in v))
        else:
            out.append(C.block_html((kind, v)))
    return "\n".join(out)


def render(state, blocks, when):
    title = blocks[0][1]
    body = body_html(blocks[1:])
    key = C.det_sha(body)
    last = _EDITED.get("hash")
    if last != key:
        _EDITED["hash"] = key
        at = when - dt.timedelta(hours=3 + int(key[:4], 16) % 200, minutes=int(key[4:6], 16) % 60)
        if _EDITED.get("last_when") and at <= _EDITED["last_when"]:
            at = _EDITED["last_when"] + (when - _EDITED["last_when"]) / 2
        _EDITED["at"] = at.replace(microsecond=0)
    _EDITED["last_when"] = when
    edited = _EDITED["at"]
    state["edited"] = C.iso(edited)
    local = edited + dt.timedelta(hours=7)
    v3 = state["theme"] == "v3"
    yes, total = state["votes"]
    assets = "01HZ8K3Q2V7N4M6P9R1T5W8X0Y" if v3 else "360001827364/360003916284"
    side = "\n".join('<li><a href="/hc/th/articles/%s" class="sidenav-item%s">%s</a></li>'
                     % (a, " current-article" if a == ART_ID else "", html.escape(t))
                     for a, t in SECTION[:state["section_articles"]])
    internal = {"asset_url": "//static.zdassets.com/hc/assets/", "web_widget_asset_composer_url": "https://static.zdassets.com/ekr/snippet.js",
                "current_session": {"locale": "th", "csrf_token": None, "shared_csrf_token": None},
                "usage_tracking": {"event": "article_viewed", "data": state["tracking"], "url": "https://help.luminacineplex.co.th/hc/activity"},
                "current_record_id": ART_ID, "current_record_url": "/hc/th/articles/%s-%s" % (ART_ID, SLUG),
                "current_record_title": title, "current_text_direction": "ltr", "current_brand_id": 360001827364,
                "current_brand_name": "Lumina Cineplex", "current_brand_url": "https://luminacineplex.zendesk.com",
                "current_brand_active": True, "current_path": "/hc/th/articles/%s-%s" % (ART_ID, SLUG),
                "show_autocomplete_breadcrumbs": True, "user_info_changing_enabled": False, "has_user_profiles_enabled": False,
                "has_end_user_attachments": True, "user_aliases_enabled": False, "has_anonymous_kb_voting": False,
                "has_multi_language_help_center": True, "show_at_mentions": False,
                "embeddables_config": {"embeddables_web_widget": True, "embeddables_connect_ipms": False},
                "answer_bot_subdomain": "static", "gather_plan_state": "subscribed", "has_article_verification": v3,
                "has_gather": False, "has_ckeditor": False, "has_community_enabled": False, "has_guide_content_tags": True,
                "has_user_segments": True, "has_answer_bot_web_form_enabled": False, "billing_plan": "suite_growth"}
    return """<!DOCTYPE html>
<html dir="ltr" lang="th">
<head>
  <meta charset="utf-8" />
  <!-- %(server)s -->
  <title>%(title)s &ndash; ศูนย์ช่วยเหลือ Lumina Cineplex</title>

  <meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="%(csrf)s">

  <meta name="description" content="บริษัท ลูมินา ซีนีเพล็กซ์ จำกัด (มหาชน) (&quot;บริษัทฯ&quot; หรือ &quot;เรา&quot;) ให้ความสำคัญกับการคุ้มครองข้อมูลส่วนบุคคลของลูกค้า..." /><meta property="og:image" content="https://help.luminacineplex.co.th/hc/theming_assets/%(assets)s/logo-og.png" />
<meta property="og:type" content="website" />
<meta property="og:site_name" content="ศูนย์ช่วยเหลือ Lumina Cineplex" />
<meta property="og:title" content="%(title)s" />
<meta property="og:url" content="%(url)s" />
<link rel="canonical" href="%(url)s">
<link rel="alternate" hreflang="en-us" href="https://help.luminacineplex.co.th/hc/en-us/articles/%(aid)s-Privacy-Policy">
<link rel="alternate" hreflang="th" href="%(url)s">
<link rel="alternate" hreflang="x-default" href="%(url)s">

  <link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-%(apphash)s.css" media="all" id="stylesheet" />
  <link rel="stylesheet" type="text/css" href="/hc/theming_assets/%(assets)s/style.css?digest=%(digest)s">

  <link rel="icon" type="image/x-icon" href="/hc/theming_assets/%(assets)s/favicon.ico">

  <meta content="width=device-width, initial-scale=1.0" name="viewport" />
  <script type="text/javascript" src="/hc/theming_assets/%(assets)s/script.js?digest=%(digest)s"></script>
</head>
<body class="">
  <a class="skip-navigation" tabindex="1" href="#main-content">ข้ามไปยังเนื้อหาหลัก</a>

<header class="header">
  <div class="logo">
    <a title="หน้าหลัก" href="/hc/th">
      <img src="/hc/theming_assets/%(assets)s/logo.png" alt="หน้าแรกของศูนย์ช่วยเหลือ Lumina Cineplex">
    </a>
  </div>
  <div class="nav-wrapper-desktop">
    <nav class="user-nav" id="user-nav" aria-label="การนำทางผู้ใช้">
      <ul class="user-nav-list">
        <li><a href="https://www.luminacineplex.co.th/">ซื้อตั๋วภาพยนตร์</a></li>
        <li><a class="submit-a-request" href="/hc/th/requests/new">ส่งคำขอ</a></li>
      </ul>
    </nav>
    <a class="sign-in" rel="nofollow" data-auth-action="signin" title="เปิดกล่องโต้ตอบ" role="button" href="https://luminacineplex.zendesk.com/access?brand_id=360001827364&amp;return_to=%(url_enc)s&amp;locale=th">
      ลงชื่อเข้าใช้
    </a>
  </div>
</header>
<div class="notification notification-inline notification-announcement" role="status"><p>%(banner)s</p></div>

  <main role="main">
    <div class="container-divider"></div>
<div class="container">
  <nav class="sub-nav">
    <ol class="breadcrumbs">
      <li title="ศูนย์ช่วยเหลือ Lumina Cineplex"><a href="/hc/th">ศูนย์ช่วยเหลือ Lumina Cineplex</a></li>
      <li title="นโยบายและข้อกำหนด"><a href="/hc/th/categories/4403901187733-นโยบายและข้อกำหนด">นโยบายและข้อกำหนด</a></li>
      <li title="ความเป็นส่วนตัวและข้อกำหนด"><a href="/hc/th/sections/4403905524881-ความเป็นส่วนตัวและข้อกำหนด">ความเป็นส่วนตัวและข้อกำหนด</a></li>
    </ol>
    <div class="search-container">
      <svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="search-icon" aria-hidden="true"><circle cx="4.5" cy="4.5" r="4" fill="none" stroke="currentColor"/><path stroke="currentColor" stroke-linecap="round" d="M11 11L7.5 7.5"/></svg>
      <form role="search" class="search" data-search="" action="/hc/th/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" /><input type="search" name="query" id="query" placeholder="ค้นหา" aria-label="ค้นหา" /></form>
    </div>
  </nav>

  <div class="article-container" id="article-container">
    <aside class="article-sidebar" aria-labelledby="section-articles-title">
      <div class="collapsible-sidebar">
        <button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button>
        <span id="section-articles-title" class="collapsible-sidebar-title sidenav-title">บทความในส่วนนี้</span>
        <div class="collapsible-sidebar-body">
          <ul>
%(side)s
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
            <img src="https://luminacineplex.zendesk.com/system/photos/360061228394/lumina-support.png" alt="" class="user-avatar"/>
          </div>
          <div class="article-meta">
            <a href="/hc/th/profiles/380211964112-Lumina-Support">Lumina Support</a>
            <ul class="meta-group">
                <li class="meta-data"><time datetime="%(edited)s" title="%(edited)s" data-datetime="relative">%(edited_th)s</time></li>
                <li class="meta-data">อัปเดตแล้ว</li>
            </ul>
          </div>
        </div>
        <a class="article-subscribe button-primary" title="เปิดการติดตามบทความนี้" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false" href="/hc/th/articles/%(aid)s/subscription.html">ติดตาม</a>
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
              <li><a href="https://www.facebook.com/share.php?title=%(title_enc)s&u=%(url_enc)s" class="share-facebook">Facebook</a></li>
              <li><a href="https://twitter.com/share?lang=th&text=%(title_enc)s&url=%(url_enc)s" class="share-twitter">Twitter</a></li>
              <li><a href="https://www.linkedin.com/shareArticle?mini=true&source=Lumina+Cineplex&title=%(title_enc)s&url=%(url_enc)s" class="share-linkedin">LinkedIn</a></li>
            </ul>
          </div>
        </div>
        <div class="article-votes">
          <span class="article-votes-question" id="article-votes-label">บทความนี้มีประโยชน์หรือไม่</span>
          <div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
            <button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="บทความนี้มีประโยชน์" aria-pressed="false">ใช่</button>
            <button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="บทความนี้ไม่มีประโยชน์" aria-pressed="false">ไม่ใช่</button>
          </div>
          <small class="article-votes-count">
            <span class="article-vote-label">ผู้ใช้ %(yes)s จาก %(total)s คนพบว่ามีประโยชน์</span>
          </small>
        </div>

        <div class="article-more-questions">
          มีคำถามเพิ่มเติมหรือไม่ <a href="/hc/th/requests/new">ส่งคำขอ</a>
        </div>
        <div class="article-return-to-top">
          <a href="#article-container">กลับไปด้านบน<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" focusable="false" viewBox="0 0 16 16" class="article-return-to-top-icon" aria-hidden="true"><path fill="none" stroke="currentColor" stroke-linecap="round" d="M3 9l4.65-4.65c.2-.2.51-.2.71 0L13 9"/></svg></a>
        </div>
      </footer>

      <div class="article-relatives">
        <div data-recent-articles></div>
        <div data-related-articles></div>
      </div>
    </article>
  </div>
</div>
  </main>

<footer class="footer">
  <div class="footer-inner">
    <a title="หน้าหลัก" href="/hc/th">ศูนย์ช่วยเหลือ Lumina Cineplex</a>
    <div class="footer-language-selector">
      <div class="dropdown language-selector">
        <button class="dropdown-toggle" aria-haspopup="true">ไทย</button>
        <span class="dropdown-menu dropdown-menu-end" role="menu">
          <a href="/hc/change_language/en-us?return_to=%%2Fhc%%2Fen-us%%2Farticles%%2F%(aid)s-Privacy-Policy" dir="ltr" rel="nofollow" role="menuitem">English (US)</a>
        </span>
      </div>
    </div>
  </div>
</footer>

  <!-- / -->

  <script src="//static.zdassets.com/hc/assets/th.%(lochash)s.js"></script>

  <script type="text/javascript">
  /*

    Greetings sourcecode lurker!

    This is for internal Zendesk and legacy usage,
    we don't support or guarantee any of these values
    so please don't build stuff on top of them.

  */

  HelpCenter = {};
  HelpCenter.account = {"subdomain":"luminacineplex","environment":"production","name":"Lumina Cineplex"};
  HelpCenter.user = {"identifier":"da39a3ee5e6b4b0d3255bfef95601890afd80709","email":null,"name":"","role":"anonymous","avatar_url":"https://assets.zendesk.com/hc/assets/default_avatar.png","is_admin":false,"organizations":[],"groups":[]};
  HelpCenter.internal = %(internal)s;
</script>

  <script src="//static.zdassets.com/hc/assets/moment-%(momhash)s.js"></script>
  <script src="//static.zdassets.com/hc/assets/hc_enduser-%(enduser)s.js"></script>
  <script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=5b1d9e0c-7a4f-4d8b-9e21-3c6f0a8b2d47"></script>
</body>
</html>
""" % {"server": state["server"], "title": html.escape(title), "csrf": state["csrf"], "assets": assets,
       "url": URL, "aid": ART_ID, "apphash": C.det_sha("zd-app", state["server"])[:32],
       "digest": "18459216381234" if not v3 else "26031447792215", "url_enc": quote(URL, safe=""),
       "title_enc": quote(title, safe=""), "banner": html.escape(BANNERS[state["banner"]]), "side": side,
       "edited": C.iso(edited), "edited_th": th_stamp(local), "body": body, "yes": "{:,}".format(yes),
       "total": "{:,}".format(total), "lochash": C.det_sha("zd-th", state["server"])[:32],
       "internal": json.dumps(internal, ensure_ascii=False, separators=(",", ":")),
       "momhash": "7d9f2e4cbf3a5b1a6c8d0e2f4a6b8c0d", "enduser": C.det_sha("zd-eu", state["server"])[:32]}


PAGE = {
    "service": "Lumina Cineplex",
    "url": URL,
    "lang": "th",
    "platform": "Zendesk Guide help centre (Copenhagen theme, customised)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-Zendesk-Origin-Server", "app-server-7d4f9b8c6-x2kq9"),
                      ("Cache-Control", "max-age=0, public"), ("Vary", "Accept-Encoding")),
    "n": 30,
    "start": dt.date(2021, 3, 15),
    "end": dt.date(2024, 11, 30),
    "policy": POLICY,
    "first_updated": dt.date(2021, 1, 20),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"select": ["h1.article-title", ".article-body"]},
}
