"""A Thai low-cost carrier's privacy notice (Thai, Buddhist-era dates) on Nuxt 3 with Contentstack: the title and
date line from the page component, the body from a Contentstack JSON RTE rendered with v-html. Per visit: a fare
teaser strip ("เริ่มต้น 990 บาท") with rotating routes; per deploy: the Nuxt build id, `/_nuxt/` chunk hashes and
the scoped-style `data-v-` hash, which also sits on the declared article's own elements (wordless, inside).
Otherwise clean."""
import datetime as dt
import html
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
          "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year + 543)


POLICY = """# นโยบายความเป็นส่วนตัว

ปรับปรุงล่าสุดเมื่อ {UPDATED}

บริษัท ฟ้าใส แอร์ไลน์ จำกัด (มหาชน) ("ฟ้าใสแอร์" หรือ "บริษัทฯ") ให้ความสำคัญกับการคุ้มครองข้อมูลส่วนบุคคลของผู้โดยสารและผู้ใช้บริการทุกท่าน นโยบายฉบับนี้อธิบายวิธีการที่บริษัทฯ เก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลของท่าน เมื่อท่านจองเที่ยวบินผ่านเว็บไซต์ แอปพลิเคชัน ศูนย์บริการลูกค้า หรือเคาน์เตอร์ของบริษัทฯ ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562

## 1. ข้อมูลส่วนบุคคลที่เราเก็บรวบรวม

บริษัทฯ อาจเก็บรวบรวมข้อมูลส่วนบุคคลของท่านดังต่อไปนี้

- ข้อมูลระบุตัวตน เช่น ชื่อ นามสกุล วันเดือนปีเกิด เพศ สัญชาติ เลขที่หนังสือเดินทางหรือเลขประจำตัวประชาชน
- ข้อมูลการติดต่อ เช่น หมายเลขโทรศัพท์มือถือ อีเมล และที่อยู่
- ข้อมูลการเดินทาง เช่น เส้นทางบิน วันเดินทาง ที่นั่ง น้ำหนักสัมภาระ อาหารที่สั่งล่วงหน้า และบริการเสริมอื่น ๆ
- ข้อมูลการชำระเงิน เช่น ชื่อผู้ถือบัตร เลขบัตรบางส่วน และสถานะการชำระเงิน
- ข้อมูลส่วนบุคคลที่มีความอ่อนไหว เช่น ข้อมูลสุขภาพเมื่อท่านขอรับบริการรถเข็นหรือความช่วยเหลือพิเศษ และข้อมูลชีวภาพ (ภาพใบหน้า) เมื่อท่านเลือกใช้ระบบเช็กอินด้วยใบหน้า
- ข้อมูลทางเทคนิค เช่น หมายเลขไอพี ประเภทอุปกรณ์ รหัสโฆษณา และคุกกี้

## 2. วัตถุประสงค์และฐานทางกฎหมาย

| วัตถุประสงค์ | ฐานทางกฎหมาย |
| การจองตั๋วโดยสาร การออกบัตรโดยสาร และการให้บริการบนเครื่องบิน | การปฏิบัติตามสัญญา |
| การส่งข้อมูลผู้โดยสารให้หน่วยงานตรวจคนเข้าเมืองและศุลกากร | การปฏิบัติตามกฎหมาย |
| การให้ความช่วยเหลือพิเศษแก่ผู้โดยสารที่มีความต้องการเฉพาะ | ความยินยอมโดยชัดแจ้ง |
| การแจ้งเปลี่ยนแปลงเที่ยวบิน ความล่าช้า หรือการยกเลิกเที่ยวบิน | การปฏิบัติตามสัญญา |
| การส่งโปรโมชั่นและข้อเสนอพิเศษ | ความยินยอม |
| การป้องกันการทุจริตและการรักษาความปลอดภัยการบิน | ประโยชน์โดยชอบด้วยกฎหมาย |

## 3. การเปิดเผยข้อมูลส่วนบุคคล

บริษัทฯ อาจเปิดเผยข้อมูลส่วนบุคคลของท่านให้แก่บุคคลหรือหน่วยงานดังต่อไปนี้ เฉพาะเท่าที่จำเป็นตามวัตถุประสงค์ข้างต้น

- ผู้ให้บริการภาคพื้นดินและท่าอากาศยานที่เกี่ยวข้องกับเที่ยวบินของท่าน
- ผู้ให้บริการระบบสำรองที่นั่งและระบบเช็กอิน
- ธนาคารและผู้ให้บริการรับชำระเงิน
- บริษัทประกันภัยการเดินทาง เมื่อท่านซื้อประกันภัยพร้อมการจอง
- หน่วยงานราชการ เช่น สำนักงานตรวจคนเข้าเมือง กรมศุลกากร และสำนักงานการบินพลเรือนแห่งประเทศไทย

บริษัทฯ ไม่ขายข้อมูลส่วนบุคคลของท่านให้แก่บุคคลภายนอก

## 4. การส่งข้อมูลไปยังต่างประเทศ

เนื่องจากบริษัทฯ ให้บริการเที่ยวบินระหว่างประเทศ ข้อมูลของท่านอาจถูกส่งไปยังประเทศปลายทางหรือประเทศที่ผู้ให้บริการของบริษัทฯ ตั้งอยู่ ซึ่งอาจมีมาตรฐานการคุ้มครองข้อมูลส่วนบุคคลแตกต่างจากประเทศไทย บริษัทฯ จะจัดให้มีมาตรการคุ้มครองที่เหมาะสมตามที่กฎหมายกำหนด

## 5. ระยะเวลาการเก็บรักษาข้อมูล

| ประเภทข้อมูล | ระยะเวลา |
| ข้อมูลการจองและบัตรโดยสาร | 5 ปี นับจากวันเดินทาง |
| ข้อมูลการชำระเงิน | 10 ปี ตามกฎหมายบัญชีและภาษีอากร |
| ข้อมูลชีวภาพสำหรับเช็กอินด้วยใบหน้า | ลบภายใน 24 ชั่วโมงหลังเที่ยวบินออกเดินทาง |
| การบันทึกเสียงสนทนากับศูนย์บริการลูกค้า | 1 ปี |

## 6. สิทธิของเจ้าของข้อมูลส่วนบุคคล

ท่านมีสิทธิตามกฎหมายดังต่อไปนี้

- สิทธิขอเข้าถึงและขอรับสำเนาข้อมูลส่วนบุคคล
- สิทธิขอให้แก้ไขข้อมูลส่วนบุคคลให้ถูกต้องและเป็นปัจจุบัน
- สิทธิขอให้ลบหรือทำลายข้อมูลส่วนบุคคล
- สิทธิขอให้ระงับการใช้ข้อมูลส่วนบุคคล
- สิทธิคัดค้านการเก็บรวบรวม ใช้ หรือเปิดเผยข้อมูลส่วนบุคคล
- สิทธิขอให้โอนย้ายข้อมูลส่วนบุคคล
- สิทธิถอนความยินยอมเมื่อใดก็ได้

ท่านสามารถใช้สิทธิได้โดยกรอก[แบบฟอร์มคำขอใช้สิทธิ](/th/dsar) หรือติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล บริษัทฯ จะดำเนินการภายใน 30 วันนับจากวันที่ได้รับคำขอ หากท่านเห็นว่าบริษัทฯ ไม่ปฏิบัติตามกฎหมาย ท่านมีสิทธิร้องเรียนต่อสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล

## 7. คุกกี้

เว็บไซต์และแอปพลิเคชันของบริษัทฯ ใช้คุกกี้และเทคโนโลยีที่คล้ายกันเพื่อจดจำการตั้งค่าภาษา สกุลเงิน และรายการค้นหาเที่ยวบินของท่าน รวมถึงเพื่อวิเคราะห์การใช้งานและแสดงโฆษณาที่เกี่ยวข้อง ท่านสามารถจัดการการตั้งค่าคุกกี้ได้ทุกเมื่อผ่านแถบการตั้งค่าคุกกี้ด้านล่างของเว็บไซต์

## 8. การรักษาความปลอดภัยของข้อมูล

บริษัทฯ ใช้มาตรการรักษาความปลอดภัยที่เหมาะสม ทั้งด้านเทคนิคและด้านการบริหารจัดการ เช่น การเข้ารหัสข้อมูล การควบคุมสิทธิการเข้าถึง และการปฏิบัติตามมาตรฐาน PCI DSS สำหรับข้อมูลบัตรชำระเงิน

## 9. ช่องทางการติดต่อ

หากมีข้อสงสัยเกี่ยวกับนโยบายนี้ โปรดติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลของบริษัทฯ

@ เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล บริษัท ฟ้าใส แอร์ไลน์ จำกัด (มหาชน)
@ 222 อาคารฟ้าใส ชั้น 8 ถนนวิภาวดีรังสิต แขวงสนามบิน เขตดอนเมือง กรุงเทพมหานคร 10210
@ อีเมล: dpo@fahsaiair.com
@ โทร 02 123 4567
"""

EDITS = [
    {"note": "retention of call recordings changed from 1 year to 2 years",
     "repl": [("| การบันทึกเสียงสนทนากับศูนย์บริการลูกค้า | 1 ปี |",
               "| การบันทึกเสียงสนทนากับศูนย์บริการลูกค้า | 2 ปี |")]},
    {"note": "a recipient added to the disclosure list (partner hotels and car rental)",
     "repl": [("- บริษัทประกันภัยการเดินทาง เมื่อท่านซื้อประกันภัยพร้อมการจอง",
               "- บริษัทประกันภัยการเดินทาง เมื่อท่านซื้อประกันภัยพร้อมการจอง\n"
               "- พันธมิตรโรงแรมและรถเช่า เมื่อท่านจองแพ็กเกจท่องเที่ยว FlyStay ผ่านบริษัทฯ")]},
    {"note": "a sentence added to the cookies section (opt-out of targeted ads)",
     "repl": [("ผ่านแถบการตั้งค่าคุกกี้ด้านล่างของเว็บไซต์",
               "ผ่านแถบการตั้งค่าคุกกี้ด้านล่างของเว็บไซต์ สำหรับแอปพลิเคชัน ท่านสามารถปิดการติดตามเพื่อการโฆษณาได้ในเมนูการตั้งค่าความเป็นส่วนตัวของอุปกรณ์")]},
    {"note": "DPO address changed (office moved)",
     "repl": [("@ 222 อาคารฟ้าใส ชั้น 8 ถนนวิภาวดีรังสิต แขวงสนามบิน เขตดอนเมือง กรุงเทพมหานคร 10210",
               "@ 999 อาคารฟ้าใส ทาวเวอร์ ชั้น 15 ถนนบางนา-ตราด แขวงบางนาใต้ เขตบางนา กรุงเทพมหานคร 10260")]},
    {"note": "new section on the FlyPoints membership added before contact",
     "repl": [("## 9. ช่องทางการติดต่อ", "## 9. สมาชิก FlyPoints\n\n"
               "หากท่านสมัครสมาชิก FlyPoints บริษัทฯ จะใช้ข้อมูลการเดินทางและการใช้จ่ายของท่านเพื่อสะสมคะแนน "
               "จัดระดับสมาชิก และนำเสนอสิทธิประโยชน์ที่ตรงกับความสนใจของท่าน ท่านสามารถยกเลิกการเป็นสมาชิกได้ทุกเมื่อ "
               "ผ่านแอปพลิเคชัน\n\n## 10. ช่องทางการติดต่อ")]},
]

ROUTES = [("กรุงเทพฯ (ดอนเมือง)", "เชียงใหม่", 990), ("กรุงเทพฯ (ดอนเมือง)", "ภูเก็ต", 1190),
          ("กรุงเทพฯ (ดอนเมือง)", "หาดใหญ่", 890), ("เชียงใหม่", "ภูเก็ต", 1490), ("กรุงเทพฯ (ดอนเมือง)", "ฮานอย", 1990),
          ("กรุงเทพฯ (ดอนเมือง)", "สิงคโปร์", 2290), ("อุดรธานี", "กรุงเทพฯ (ดอนเมือง)", 790),
          ("กรุงเทพฯ (ดอนเมือง)", "กระบี่", 1090), ("ภูเก็ต", "กัวลาลัมเปอร์", 1590)]


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}
    st["build"] = C.keep_or(rng, prev.get("build"), 0.15, lambda: {
        "id": C.uuid4(rng), "entry": C.alnum(rng, 8, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"),
        "css": C.alnum(rng, 8), "scope": [C.hexs(rng, 8) for _ in range(4)]})
    st["fares"] = [(a, b, p + rng.choice([0, 0, 100, -100, 200])) for a, b, p in rng.sample(ROUTES, 3)]
    return st


LABELS = {"build": "Nuxt build id / chunk and scoped-style hashes", "fares": "fare teaser strip"}


def render(st, blocks, when):
    b = st["build"]
    s_app, s_head, s_art, s_fare = b["scope"]
    h1 = blocks[0]
    upd = blocks[1]
    body = blocks[2:]
    fares = "".join(
        '<li class="fare-card" data-v-%s><a href="/th/booking/select?o=%s&amp;d=%s" data-v-%s>'
        '<span class="fare-card__route" data-v-%s>%s – %s</span><span class="fare-card__price" data-v-%s>'
        'เริ่มต้น <strong data-v-%s>%s</strong> บาท</span></a></li>'
        % (s_fare, C.det_sha(a)[:3].upper(), C.det_sha(bb)[:3].upper(), s_fare, s_fare, a, bb, s_fare, s_fare,
           "{:,}".format(p), ) for a, bb, p in st["fares"])
    payload = json.dumps([{"data": 1, "state": 2, "_errors": 3, "serverRendered": 4, "path": 5},
                          ["ShallowReactive", 6], ["Reactive", 7], ["ShallowReactive", 8], True,
                          "/th/privacy-policy", {"legal-privacy-th": 9}, {}, {},
                          {"uid": "blt6f1e2c8a4d9b3e07", "locale": "th-th", "_version": 7, "url": "/privacy-policy"}],
                         ensure_ascii=False, separators=(",", ":"))
    return """<!DOCTYPE html>
<html lang="th" data-capo="">
<head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>นโยบายความเป็นส่วนตัว | ฟ้าใสแอร์ - บินคุ้ม บินบ่อย</title>
<link rel="preconnect" href="https://images.contentstack.io">
<link rel="stylesheet" href="/_nuxt/entry.%(css)s.css">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%(entry)s.js">
<link rel="prefetch" as="script" crossorigin href="/_nuxt/privacy-policy.%(css)s.js">
<script type="module" src="/_nuxt/%(entry)s.js" crossorigin></script>
<meta name="description" content="นโยบายความเป็นส่วนตัวของฟ้าใสแอร์ ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562">
<meta property="og:title" content="นโยบายความเป็นส่วนตัว | ฟ้าใสแอร์">
<link rel="canonical" href="https://www.fahsaiair.com/th/privacy-policy">
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-K7QX2P9');</script>
</head>
<body><div id="__nuxt"><div class="app" data-v-%(s_app)s>
<div class="app-banner" data-v-%(s_head)s><img src="/icons/app-icon.png" alt="" width="40" height="40" data-v-%(s_head)s><div data-v-%(s_head)s><strong data-v-%(s_head)s>แอปฟ้าใสแอร์</strong><span data-v-%(s_head)s>เช็กอินไว ได้ส่วนลดค่าสัมภาระ 10%%</span></div><a href="https://fahsaiair.onelink.me/Q2aX/privacy" class="btn btn--sm" data-v-%(s_head)s>เปิดแอป</a></div>
<header class="site-header" data-v-%(s_head)s><a href="/th" class="site-header__logo" data-v-%(s_head)s><img src="https://images.contentstack.io/v3/assets/blt0a1b2c3d4e5f6a7b/blt9e8d7c6b5a4f3e21/logo-fahsai.svg" alt="ฟ้าใสแอร์" data-v-%(s_head)s></a>
<nav class="site-nav" data-v-%(s_head)s><a href="/th/booking" data-v-%(s_head)s>จองเที่ยวบิน</a><a href="/th/manage-booking" data-v-%(s_head)s>จัดการการจอง</a><a href="/th/check-in" data-v-%(s_head)s>เช็กอิน</a><a href="/th/flight-status" data-v-%(s_head)s>สถานะเที่ยวบิน</a><a href="/th/baggage" data-v-%(s_head)s>สัมภาระ</a><a href="/th/flypoints" data-v-%(s_head)s>FlyPoints</a></nav>
<div class="site-header__lang" data-v-%(s_head)s><a href="/en/privacy-policy" data-v-%(s_head)s>EN</a><a href="/zh/privacy-policy" data-v-%(s_head)s>中文</a></div></header>
<ul class="fare-strip" data-v-%(s_fare)s>%(fares)s</ul>
<main class="page page--legal" data-v-%(s_app)s>
<nav class="breadcrumbs" aria-label="breadcrumb" data-v-%(s_art)s><a href="/th" data-v-%(s_art)s>หน้าแรก</a> / <a href="/th/legal" data-v-%(s_art)s>ข้อกำหนดและนโยบาย</a> / <span data-v-%(s_art)s>นโยบายความเป็นส่วนตัว</span></nav>
<article class="legal-article" data-v-%(s_art)s>
<h1 class="legal-article__title" data-v-%(s_art)s>%(h1)s</h1>
<p class="legal-article__updated" data-v-%(s_art)s>%(upd)s</p>
<div class="legal-article__body rte" data-v-%(s_art)s>%(body)s</div>
</article>
<aside class="legal-sidebar" data-v-%(s_art)s><h2 data-v-%(s_art)s>เอกสารที่เกี่ยวข้อง</h2><ul data-v-%(s_art)s><li data-v-%(s_art)s><a href="/th/conditions-of-carriage" data-v-%(s_art)s>เงื่อนไขการขนส่ง</a></li><li data-v-%(s_art)s><a href="/th/cookie-policy" data-v-%(s_art)s>นโยบายคุกกี้</a></li><li data-v-%(s_art)s><a href="/th/baggage" data-v-%(s_art)s>ข้อกำหนดสัมภาระ</a></li></ul></aside>
</main>
<footer class="site-footer" data-v-%(s_head)s><p data-v-%(s_head)s>© %(year)d บริษัท ฟ้าใส แอร์ไลน์ จำกัด (มหาชน) สงวนลิขสิทธิ์</p><a href="#" class="cookie-settings" data-v-%(s_head)s>ตั้งค่าคุกกี้</a></footer>
</div></div><div id="teleports"></div><script type="application/json" id="__NUXT_DATA__" data-ssr="true">%(payload)s</script>
<script>window.__NUXT__={};window.__NUXT__.config={public:{contentstack:{apiKey:"blt0a1b2c3d4e5f6a7b",environment:"production",region:"ap"},gtmId:"GTM-K7QX2P9"},app:{baseURL:"/",buildId:"%(bid)s",buildAssetsDir:"/_nuxt/",cdnURL:""}}</script></body>
</html>""" % {"css": b["css"], "entry": b["entry"], "s_app": s_app, "s_head": s_head, "s_art": s_art, "s_fare": s_fare,
              "fares": fares, "h1": C.inline_html(h1[1]), "upd": C.inline_html(upd[1]),
              "body": C.blocks_html(body, sep=""), "year": when.year, "payload": html.escape(payload, quote=False),
              "bid": b["id"]}


PAGE = {
    "service": "Fahsai Air",
    "url": "https://www.fahsaiair.com/th/privacy-policy",
    "lang": "th",
    "platform": "Nuxt 3 + Contentstack",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-Powered-By", "Nuxt"), ("CF-Cache-Status", "DYNAMIC")),
    "n": 28,
    "start": dt.date(2023, 1, 15),
    "end": dt.date(2025, 6, 30),
    "policy": POLICY,
    "first_updated": dt.date(2022, 11, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.fahsaiair.com/th/privacy-policy", "select": "article.legal-article"},
}
