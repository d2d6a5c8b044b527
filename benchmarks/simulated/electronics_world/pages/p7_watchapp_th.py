"""Kinra Fit (smart-watch companion app), Thai, Ghost(Pro) 5 page behind Cloudflare.

The policy is a Ghost page: the title in the article header, the body in `section.gh-content` (declared). Tables
are HTML cards (`<!--kg-card-begin: html-->`), the closing FAQ is a set of Ghost *toggle cards*, collapsed
(`data-kg-toggle-state="close"`, questions in `<h4 class="kg-toggle-heading-text">`). Fairly clean: per visit
Cloudflare's Web Analytics beacon carries the request's `rayId`; Ghost(Pro) upgrades every week or two (the
generator meta, portal/search script versions and the `?v=` asset hash); on 15 Feb 2024 the site switched from
Casper to the Source theme (new wrappers and classes, the same `.gh-content`); the page was re-saved in the
Lexical editor with the Health Connect edit (text runs wrapped in `white-space: pre-wrap` spans from then on).
"""
import datetime as dt
import html
import re

import common as C

URL = "https://kinra.co.th/privacy-policy/"
SITE = "https://kinra.co.th"
THEME_SWITCH = dt.datetime(2024, 2, 15, 3, 0)

POLICY = """ปรับปรุงล่าสุด: {UPDATED}

บริษัท คินรา เฮลท์ จำกัด ("บริษัท" หรือ "เรา") เป็นผู้พัฒนาแอปพลิเคชัน Kinra Fit สำหรับนาฬิกาอัจฉริยะและอุปกรณ์สวมใส่ของ Kinra เราตระหนักถึงความสำคัญของข้อมูลส่วนบุคคลของคุณ โดยเฉพาะข้อมูลสุขภาพซึ่งเป็นข้อมูลส่วนบุคคลที่มีความอ่อนไหว นโยบายความเป็นส่วนตัวฉบับนี้อธิบายว่าเราเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลของคุณอย่างไร ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562

## 1. ข้อมูลที่เราเก็บรวบรวม

เราเก็บรวบรวมข้อมูลที่คุณให้ไว้โดยตรงเมื่อสมัครใช้งาน และข้อมูลที่นาฬิกาหรือแอปบันทึกขึ้นระหว่างการใช้งาน ดังนี้

| ประเภทข้อมูล | ตัวอย่าง |
| ข้อมูลบัญชี | ชื่อ อีเมล หมายเลขโทรศัพท์ วันเกิด เพศ รูปโปรไฟล์ |
| ข้อมูลร่างกาย | ส่วนสูง น้ำหนัก เป้าหมายการออกกำลังกาย |
| ข้อมูลสุขภาพ (ข้อมูลอ่อนไหว) | อัตราการเต้นของหัวใจ ระดับออกซิเจนในเลือด (SpO2) ข้อมูลการนอนหลับ ระดับความเครียด รอบเดือน (หากคุณเลือกบันทึก) |
| ข้อมูลกิจกรรม | จำนวนก้าว ระยะทาง แคลอรี่ที่เผาผลาญ เส้นทางการวิ่งหรือปั่นจักรยาน |
| ข้อมูลตำแหน่ง | พิกัด GPS ระหว่างบันทึกการออกกำลังกายกลางแจ้ง |
| ข้อมูลอุปกรณ์ | รุ่นนาฬิกา หมายเลขซีเรียล เวอร์ชันเฟิร์มแวร์ ระดับแบตเตอรี่ รุ่นโทรศัพท์และระบบปฏิบัติการ |
| ข้อมูลการใช้งาน | ประวัติการใช้งานแอป บันทึกข้อผิดพลาด (crash log) |

## 2. วัตถุประสงค์และฐานทางกฎหมาย

| วัตถุประสงค์ | ฐานทางกฎหมาย |
| สร้างและจัดการบัญชี ซิงค์ข้อมูลระหว่างนาฬิกากับแอป | การปฏิบัติตามสัญญา |
| แสดงผลและวิเคราะห์ข้อมูลสุขภาพและการนอนหลับให้แก่คุณ | ความยินยอมโดยชัดแจ้ง (มาตรา 26) |
| แจ้งเตือนเมื่ออัตราการเต้นของหัวใจสูงหรือต่ำผิดปกติ | ความยินยอมโดยชัดแจ้ง (มาตรา 26) |
| ส่งอัปเดตเฟิร์มแวร์และแก้ไขปัญหาการเชื่อมต่อ | การปฏิบัติตามสัญญาและประโยชน์โดยชอบด้วยกฎหมาย |
| ปรับปรุงอัลกอริทึมการวัดโดยใช้ข้อมูลที่ไม่สามารถระบุตัวตนได้ | ประโยชน์โดยชอบด้วยกฎหมาย |
| ส่งข่าวสาร โปรโมชัน และคำเชิญเข้าร่วมการทดสอบเฟิร์มแวร์เบต้า | ความยินยอม |

ข้อมูลที่ได้จากนาฬิกา Kinra มีไว้เพื่อส่งเสริมสุขภาพและการออกกำลังกายทั่วไปเท่านั้น นาฬิกาไม่ใช่เครื่องมือแพทย์และไม่ได้มีไว้เพื่อวินิจฉัยหรือรักษาโรค

## 3. การเชื่อมต่อกับแอปพลิเคชันอื่น

เมื่อคุณเลือกเชื่อมต่อ Kinra Fit กับ Apple Health, Google Fit หรือ Strava เราจะส่งข้อมูลกิจกรรมและสุขภาพเฉพาะประเภทที่คุณเลือกไปยังบริการเหล่านั้น การใช้ข้อมูลของบริการดังกล่าวเป็นไปตามนโยบายความเป็นส่วนตัวของผู้ให้บริการแต่ละราย คุณสามารถยกเลิกการเชื่อมต่อได้ทุกเมื่อในเมนู "โปรไฟล์ > แอปที่เชื่อมต่อ"

## 4. การเปิดเผยข้อมูล

เราไม่ขายข้อมูลส่วนบุคคลของคุณ เราเปิดเผยข้อมูลเฉพาะแก่ผู้ให้บริการที่ประมวลผลข้อมูลในนามของเรา ได้แก่

- Amazon Web Services (ภูมิภาคสิงคโปร์) สำหรับจัดเก็บข้อมูลบนคลาวด์
- Google Firebase สำหรับการแจ้งเตือนและวิเคราะห์การใช้งานแอป
- Zendesk สำหรับระบบช่วยเหลือลูกค้า
- ตัวแทนจำหน่ายและศูนย์บริการที่ได้รับอนุญาต เมื่อคุณส่งนาฬิกาเข้าซ่อม

นอกจากนี้ เราอาจเปิดเผยข้อมูลเมื่อกฎหมายกำหนด หรือตามคำสั่งของหน่วยงานของรัฐที่มีอำนาจตามกฎหมาย

## 5. การส่งข้อมูลไปต่างประเทศ

ข้อมูลของคุณจัดเก็บบนเซิร์ฟเวอร์ในประเทศสิงคโปร์ ซึ่งเราได้ทำสัญญากับผู้ให้บริการให้มีมาตรการคุ้มครองข้อมูลส่วนบุคคลที่เพียงพอตามมาตรา 28 และมาตรา 29 แห่งพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562

## 6. ระยะเวลาการเก็บรักษา

| ข้อมูล | ระยะเวลา |
| ข้อมูลบัญชีและข้อมูลสุขภาพ | ตลอดระยะเวลาที่คุณใช้บัญชี และลบภายใน 30 วันหลังจากปิดบัญชี |
| ข้อมูลตำแหน่งของการออกกำลังกาย | จนกว่าคุณจะลบรายการออกกำลังกายนั้น |
| บันทึกข้อผิดพลาด | 90 วัน |
| ประวัติการติดต่อฝ่ายบริการลูกค้า | 2 ปี |

## 7. สิทธิของคุณ

ภายใต้กฎหมายคุ้มครองข้อมูลส่วนบุคคล คุณมีสิทธิดังต่อไปนี้

- สิทธิขอเข้าถึงและขอรับสำเนาข้อมูลส่วนบุคคล
- สิทธิขอให้โอนย้ายข้อมูล (คุณสามารถส่งออกข้อมูลเป็นไฟล์ได้จากเมนู "ตั้งค่า > ส่งออกข้อมูล")
- สิทธิคัดค้านการเก็บรวบรวม ใช้ หรือเปิดเผยข้อมูล
- สิทธิขอให้ลบหรือทำลายข้อมูล
- สิทธิขอให้ระงับการใช้ข้อมูล
- สิทธิขอให้แก้ไขข้อมูลให้ถูกต้องเป็นปัจจุบัน
- สิทธิถอนความยินยอม
- สิทธิร้องเรียนต่อสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล

การถอนความยินยอมในการประมวลผลข้อมูลสุขภาพจะทำให้ฟังก์ชันการตรวจวัดสุขภาพบางอย่างใช้งานไม่ได้ แต่จะไม่กระทบต่อการประมวลผลที่ได้ทำไปแล้วก่อนการถอนความยินยอม

## 8. ความปลอดภัยของข้อมูล

ข้อมูลระหว่างนาฬิกากับโทรศัพท์ส่งผ่าน Bluetooth ที่เข้ารหัส และข้อมูลระหว่างแอปกับเซิร์ฟเวอร์เข้ารหัสด้วย TLS ข้อมูลสุขภาพบนเซิร์ฟเวอร์เข้ารหัสแบบ AES-256 และพนักงานของเราเข้าถึงได้เฉพาะเมื่อจำเป็นต้องใช้เพื่อตอบคำขอของคุณเท่านั้น

## 9. ผู้เยาว์

แอป Kinra Fit ไม่ได้มีไว้สำหรับบุคคลอายุต่ำกว่า 10 ปี สำหรับผู้ใช้อายุ 10 ถึง 20 ปี เราจะขอความยินยอมจากผู้ใช้อำนาจปกครองก่อนเปิดใช้ฟังก์ชันที่เกี่ยวกับข้อมูลสุขภาพ

## 10. ติดต่อเรา

หากมีคำถามเกี่ยวกับนโยบายนี้หรือต้องการใช้สิทธิของคุณ โปรดติดต่อ

@ เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล (DPO)
@ บริษัท คินรา เฮลท์ จำกัด
@ เลขที่ 123/45 อาคารคินราทาวเวอร์ ชั้น 12 ถนนสุขุมวิท แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพมหานคร 10110
@ อีเมล: dpo@kinra.co.th

## คำถามที่พบบ่อย

### นาฬิกาเก็บข้อมูลสุขภาพของฉันตลอดเวลาหรือไม่

นาฬิกาวัดอัตราการเต้นของหัวใจตามรอบที่คุณตั้งไว้ในแอป คุณสามารถปิดการวัดอัตโนมัติหรือเปลี่ยนความถี่ได้ในเมนู "สุขภาพ > การตรวจวัดอัตโนมัติ"

### ฉันจะลบข้อมูลทั้งหมดได้อย่างไร

ไปที่ "ตั้งค่า > บัญชี > ลบบัญชี" ข้อมูลบนเซิร์ฟเวอร์จะถูกลบตามระยะเวลาในข้อ 6 และคุณควรรีเซ็ตนาฬิกาเป็นค่าจากโรงงานเพื่อลบข้อมูลที่อยู่ในตัวเครื่อง

### บริษัทประกันหรือนายจ้างของฉันจะเห็นข้อมูลสุขภาพหรือไม่

ไม่ เราไม่เปิดเผยข้อมูลสุขภาพรายบุคคลให้แก่บริษัทประกัน นายจ้าง หรือผู้โฆษณา เว้นแต่คุณจะเชื่อมต่อบัญชีกับโปรแกรมของบุคคลดังกล่าวด้วยตนเอง

### ใช้แอปโดยไม่เปิดตำแหน่งได้หรือไม่

ได้ ตำแหน่งจำเป็นเฉพาะเมื่อบันทึกเส้นทางการออกกำลังกายกลางแจ้ง ฟังก์ชันอื่นทั้งหมดใช้งานได้ตามปกติ"""

EDITS = [
    {"note": "spelling fixed (แคลอรี่ → แคลอรี), no new date", "bump": False,
     "repl": [("ระยะทาง แคลอรี่ที่เผาผลาญ", "ระยะทาง แคลอรีที่เผาผลาญ")]},
    {"note": "Sentry added to the processors",
     "repl": [("- Zendesk สำหรับระบบช่วยเหลือลูกค้า\n",
               "- Zendesk สำหรับระบบช่วยเหลือลูกค้า\n- Sentry สำหรับบันทึกข้อผิดพลาดของแอป\n")]},
    {"note": "Google Fit replaced by Health Connect (page re-saved in the Lexical editor)",
     "repl": [("กับ Apple Health, Google Fit หรือ Strava", "กับ Apple Health, Health Connect ของ Google หรือ Strava")]},
    {"note": "deletion after account closure shortened from 30 to 14 days",
     "repl": [("และลบภายใน 30 วันหลังจากปิดบัญชี", "และลบภายใน 14 วันหลังจากปิดบัญชี")]},
    {"note": "office moved: DPO address changed",
     "repl": [("@ เลขที่ 123/45 อาคารคินราทาวเวอร์ ชั้น 12 ถนนสุขุมวิท แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพมหานคร 10110",
               "@ เลขที่ 77 อาคารสยามอินโนเวชันฮับ ชั้น 8 ถนนพญาไท แขวงวังใหม่ เขตปทุมวัน กรุงเทพมหานคร 10330")]},
]

MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
          "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year + 543)


def gold_md(blocks):
    # the FAQ's questions are toggle cards: <h4 class="kg-toggle-heading-text">
    return "\n\n".join("#### " + C.inline_md(b[1], URL) if b[0] == "h3" else C.block_md(b, URL) for b in blocks)


def ghost_version(d):
    days = (d - dt.date(2022, 7, 1)).days
    return "5.%d" % (2 + days * 113 // 1030)


def noise(rng, when, i, prev):
    p = prev or {}
    ver = ghost_version(when.date())
    asset = p.get("asset") if p.get("asset", ("",))[0] == ver else None
    return {
        "cf_ray": C.hexs(rng, 16),
        "asset": asset or (ver, C.hexs(rng, 10)),
        "theme": "source" if when >= THEME_SWITCH else "casper",
    }


LABELS = {
    "cf_ray": "Cloudflare Web Analytics beacon rayId (per request)",
    "asset": "Ghost(Pro) upgrade: generator, portal/search versions, ?v= asset hash",
    "theme": "theme switch Casper → Source",
}


def _slug(t):
    return re.sub(r"\s+", "-", re.sub(r"[!-,./:-@\[-`{-~]", "", t.lower())).strip("-")


def _content(blocks, lexical):
    def run(t):
        h = C.inline_html(t)
        return '<span style="white-space: pre-wrap;">%s</span>' % h if lexical else h

    out = []
    faq = False
    for kind, v in blocks:
        if kind == "h2":
            faq = v == "คำถามที่พบบ่อย"
            out.append('<h2 id="%s">%s</h2>' % (html.escape(_slug(v)), run(v)))
        elif kind == "h3":
            out.append(f"""<div class="kg-card kg-toggle-card" data-kg-toggle-state="close">
            <div class="kg-toggle-heading">
                <h4 class="kg-toggle-heading-text">{run(v)}</h4>
                <button class="kg-toggle-card-icon" aria-label="Expand toggle to read content">
                    <svg id="Regular" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">
                        <path class="cls-1" d="M23.25,7.311,12.53,18.03a.749.749,0,0,1-1.06,0L.75,7.311"></path>
                    </svg>
                </button>
            </div>
            <div class="kg-toggle-content">""")
        elif kind == "p" and faq:
            out.append("<p>%s</p></div>\n        </div>" % run(v))
        elif kind == "table":
            head = "".join("<th>%s</th>" % C.inline_html(x) for x in v[0])
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r) for r in v[1:])
            out.append('<!--kg-card-begin: html-->\n<table class="kinra-table"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>\n'
                       '<!--kg-card-end: html-->' % (head, rows))
        elif kind == "ul":
            out.append("<ul>%s</ul>" % "".join(
                ('<li value="%d">%s</li>' % (n + 1, run(x))) if lexical else "<li>%s</li>" % run(x)
                for n, x in enumerate(v)))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br>".join(run(x) for x in v))
        elif kind == "p":
            out.append("<p>%s</p>" % run(v))
        else:
            raise ValueError(kind)
    return "\n".join(out)


def render(state, blocks, when):
    ver, asset = state["asset"]
    minor = int(ver.split(".")[1])
    lexical = any("Health Connect" in str(b[1]) for b in blocks)
    content = _content(blocks, lexical)
    portal = "2.%d" % (20 + minor // 6)
    search = "1.%d" % (1 + minor // 40)
    beacon = ('<script defer src="https://static.cloudflareinsights.com/beacon.min.js/vcd15cbe7772f49c399c6a5babf22c1241717689176015" '
              'integrity="sha512-ZpsOmlRQV6y907TI0dKBHq9Md29nnaEIPlkf84rnaERnq6zvWvPUqr2ft8M1aS28oN72PdrCzSjY4U6VaAw1EQ==" '
              'data-cf-beacon=\'{"rayId":"%s","version":"2024.11.0","token":"5b2e7f1c9a0d4e3b8f6a1c2d3e4f5a6b","r":1,"server_timing":{"name":{"cfCacheStatus":true,"cfEdge":true,"cfExtPri":true,"cfL4":true,"cfOrigin":true,"cfSpeedBrain":true},"location_startswith":null}}\' '
              'crossorigin="anonymous"></script>' % state["cf_ray"])
    head_common = f"""    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>นโยบายความเป็นส่วนตัว</title>
    <meta name="HandheldFriendly" content="True">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="icon" href="{SITE}/content/images/size/w256h256/2022/05/kinra-icon.png" type="image/png">
    <link rel="canonical" href="{URL}">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <meta property="og:site_name" content="Kinra Fit">
    <meta property="og:type" content="website">
    <meta property="og:title" content="นโยบายความเป็นส่วนตัว">
    <meta property="og:description" content="นโยบายความเป็นส่วนตัวของแอป Kinra Fit และนาฬิกาอัจฉริยะ Kinra">
    <meta property="og:url" content="{URL}">
    <meta property="article:published_time" content="2022-05-10T08:12:44.000Z">
    <meta name="twitter:card" content="summary">
    <meta name="generator" content="Ghost {ver}">
    <link rel="alternate" type="application/rss+xml" title="Kinra Fit" href="{SITE}/rss/">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~{portal}/umd/portal.min.js" data-i18n="true" data-ghost="{SITE}/" data-key="8c1f3e2a9b7d6c5e4f3a2b1c0d" data-api="{SITE}/ghost/api/content/" data-locale="th" crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content,
.gh-post-upgrade-cta {{
    display: flex;
    flex-direction: column;
    align-items: center;
    font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Oxygen, Ubuntu, Cantarell, 'Open Sans', 'Helvetica Neue', sans-serif;
    text-align: center;
    width: 100%;
    color: #ffffff;
    font-size: 16px;
}}</style>
    <script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~{search}/umd/sodo-search.min.js" data-key="8c1f3e2a9b7d6c5e4f3a2b1c0d" data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~{search}/umd/main.css" data-sodo-search="{SITE}/" data-locale="th" crossorigin="anonymous"></script>
    <link href="{SITE}/webmentions/receive/" rel="webmention">
    <script defer src="/public/cards.min.js?v={asset}"></script>
    <link rel="stylesheet" type="text/css" href="/public/cards.min.css?v={asset}">
    <script defer src="/public/member-attribution.min.js?v={asset}"></script>
    <style>:root {{--ghost-accent-color: #0f9d8a;}}</style>"""
    nav = """<li class="nav-หน้าแรก"><a href="https://kinra.co.th/">หน้าแรก</a></li>
                    <li class="nav-นาฬิกา"><a href="https://kinra.co.th/watches/">นาฬิกา</a></li>
                    <li class="nav-อัปเดตเฟิร์มแวร์"><a href="https://kinra.co.th/tag/firmware/">อัปเดตเฟิร์มแวร์</a></li>
                    <li class="nav-ศูนย์ช่วยเหลือ"><a href="https://help.kinra.co.th/">ศูนย์ช่วยเหลือ</a></li>"""
    css = ('<link rel="preload" as="style" href="/assets/built/screen.css?v=%s">\n'
           '    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=%s">\n' % (asset, asset))
    fonts = ('    <link rel="preconnect" href="https://fonts.bunny.net"><link rel="stylesheet" '
             'href="https://fonts.bunny.net/css?family=noto-sans-thai:400,500,700">\n')
    casper_head = head_common.replace('<meta name="HandheldFriendly"', css + '    <meta name="HandheldFriendly"')
    source_head = head_common.replace('<meta name="HandheldFriendly"', css + fonts + '    <meta name="HandheldFriendly"')
    if state["theme"] == "casper":
        return f"""<!DOCTYPE html>
<html lang="th">
<head>

{casper_head}

</head>
<body class="page-template page-privacy-policy is-head-left-logo">
<div class="viewport">

    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand">
                <a class="gh-head-logo" href="{SITE}">
                        <img src="{SITE}/content/images/2022/05/kinra-logo.png" alt="Kinra Fit">
                </a>
                <button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
                <button class="gh-burger" aria-label="Main Menu"></button>
            </div>

            <nav class="gh-head-menu">
                <ul class="nav">
                    {nav}
                </ul>
            </nav>

            <div class="gh-head-actions">
                    <a class="gh-head-button" href="#/portal/signup" data-portal="signup">รับข่าวสาร</a>
            </div>
        </div>
    </header>

    <div class="site-content">
<main id="site-main" class="site-main">
<article class="article page no-image">

    <header class="article-header gh-canvas">
        <h1 class="article-title">นโยบายความเป็นส่วนตัว</h1>
    </header>

    <section class="gh-content gh-canvas">
        {content}
    </section>

</article>
</main>
    </div>

    <footer class="site-footer outer">
        <div class="inner">
            <section class="copyright"><a href="{SITE}">Kinra Fit</a> &copy; {when.year}</section>
            <nav class="site-footer-nav">
                <ul class="nav">
                    <li class="nav-นโยบายความเป็นส่วนตัว nav-current"><a href="{URL}">นโยบายความเป็นส่วนตัว</a></li>
                    <li class="nav-ข้อกำหนดการใช้งาน"><a href="{SITE}/terms/">ข้อกำหนดการใช้งาน</a></li>
                    <li class="nav-การรับประกัน"><a href="{SITE}/warranty/">การรับประกัน</a></li>
                </ul>
            </nav>
            <div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
        </div>
    </footer>

</div>

<script
    src="https://code.jquery.com/jquery-3.5.1.min.js"
    integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0="
    crossorigin="anonymous">
</script>
<script src="/assets/built/casper.js?v={asset}"></script>
<script>
$(document).ready(function () {{
    // Mobile Menu Trigger
    $('.gh-burger').click(function () {{
        $('body').toggleClass('gh-head-open');
    }});
    // FitVids - Makes video embeds responsive
    $(".gh-content").fitVids();
}});
</script>

{beacon}</body>
</html>
"""
    return f"""<!DOCTYPE html>
<html lang="th">
<head>

{source_head}

</head>
<body class="page-template page-privacy-policy has-sans-title has-sans-body">

<div class="gh-viewport">

    <header id="gh-navigation" class="gh-navigation is-left-logo gh-outer">
    <div class="gh-navigation-inner gh-inner">

        <div class="gh-navigation-brand">
            <a class="gh-navigation-logo is-title" href="{SITE}">
                    <img src="{SITE}/content/images/2024/02/kinra-logo-2024.svg" alt="Kinra Fit">
            </a>
            <button class="gh-search gh-icon-button" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
            <button class="gh-burger gh-icon-button" aria-label="Menu"></button>
        </div>

        <nav class="gh-navigation-menu">
            <ul class="nav">
                    {nav}
            </ul>
        </nav>

        <div class="gh-navigation-actions">
                <div class="gh-navigation-members">
                        <a class="gh-button" href="#/portal/signup" data-portal="signup">รับข่าวสาร</a>
                </div>
        </div>

    </div>
</header>

<main class="gh-main">
    <article class="gh-article page">

        <header class="gh-article-header gh-canvas">
            <h1 class="gh-article-title is-title" id="site-main">นโยบายความเป็นส่วนตัว</h1>
        </header>

        <section class="gh-content gh-canvas is-body">
            {content}
        </section>

    </article>
</main>

<footer class="gh-footer gh-outer">
    <div class="gh-footer-inner gh-inner">

        <div class="gh-footer-bar">
            <span class="gh-footer-logo is-title">
                    <img src="{SITE}/content/images/2024/02/kinra-logo-2024.svg" alt="Kinra Fit">
            </span>
            <nav class="gh-footer-menu">
                <ul class="nav">
                    <li class="nav-นโยบายความเป็นส่วนตัว nav-current"><a href="{URL}">นโยบายความเป็นส่วนตัว</a></li>
                    <li class="nav-ข้อกำหนดการใช้งาน"><a href="{SITE}/terms/">ข้อกำหนดการใช้งาน</a></li>
                    <li class="nav-การรับประกัน"><a href="{SITE}/warranty/">การรับประกัน</a></li>
                </ul>
            </nav>
            <div class="gh-footer-copyright">
                Powered by <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a>
            </div>
        </div>

            <section class="gh-footer-signup">
                <h2 class="gh-footer-signup-header is-title">Kinra Fit</h2>
                <p class="gh-footer-signup-subhead is-body">รับข่าวอัปเดตเฟิร์มแวร์และฟีเจอร์ใหม่ก่อนใคร</p>
                <form class="gh-form" data-members-form>
                    <input class="gh-form-input" id="footer-email" name="email" type="email" placeholder="อีเมลของคุณ" required data-members-email>
                    <button class="gh-button" type="submit" aria-label="Subscribe">
                        <span><span>สมัคร</span></span>
                    </button>
                </form>
            </section>

    </div>
</footer>

</div>

<script src="/assets/built/source.js?v={asset}"></script>

{beacon}</body>
</html>
"""


PAGE = {
    "service": "Kinra Fit",
    "url": URL,
    "lang": "th",
    "platform": "Ghost(Pro) 5 page (Casper, then Source) behind Cloudflare",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("Cache-Control", "public, max-age=0"), ("X-Powered-By", "Express")),
    "n": 30,
    "start": dt.date(2022, 7, 1),
    "end": dt.date(2025, 4, 30),
    "policy": POLICY,
    "first_updated": dt.date(2022, 5, 10),
    "fmt_date": fmt_date,
    "gold_md": gold_md,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".gh-content"},
}
