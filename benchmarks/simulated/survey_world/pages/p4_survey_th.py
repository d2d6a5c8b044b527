"""Kwamkid Panel ความคิดพาเนล - th paid online surveys - Laravel 9 with Blade and Bootstrap 5 (Laravel Mix assets),
Cookie Wow consent, LINE Official Account button; the CMS page shows a view counter under its title."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import skit as K  # noqa: E402

URL = "https://www.kwamkidpanel.com/privacy-policy"

POLICY = K.unwrap("""
# นโยบายความเป็นส่วนตัว

ปรับปรุงล่าสุด: {UPDATED}

บริษัท ความคิด รีเสิร์ช จำกัด (“บริษัท” หรือ “เรา”) ผู้ให้บริการ Kwamkid Panel
    ตระหนักถึงความสำคัญของข้อมูลส่วนบุคคลของสมาชิกและผู้ตอบแบบสอบถามทุกท่าน
    นโยบายนี้อธิบายวิธีที่เราเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลของท่าน
    ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 (“PDPA”)

## 1. ข้อมูลส่วนบุคคลที่เราเก็บรวบรวม

- ชื่อ นามสกุล อีเมล และหมายเลขโทรศัพท์มือถือ
- วันเดือนปีเกิด เพศ จังหวัดที่อาศัย ระดับการศึกษา อาชีพ และรายได้ต่อเดือน
- หมายเลขบัตรประจำตัวประชาชน เพื่อยืนยันตัวตนก่อนโอนเงินรางวัล
- คำตอบของท่านในแบบสอบถาม
- ข้อมูลบัญชีธนาคารหรือพร้อมเพย์สำหรับการรับเงินรางวัล
- หมายเลข IP ประเภทอุปกรณ์ เบราว์เซอร์ และคุกกี้

## 2. วัตถุประสงค์และฐานทางกฎหมาย

| วัตถุประสงค์ | ฐานทางกฎหมาย |
| สมัครสมาชิกและบริหารบัญชีสมาชิก | การปฏิบัติตามสัญญา |
| ส่งคำเชิญตอบแบบสอบถามที่ตรงกับโปรไฟล์ของท่าน | การปฏิบัติตามสัญญา |
| วิเคราะห์คำตอบและจัดทำรายงานสถิติให้ลูกค้า | ความยินยอม |
| โอนเงินรางวัลและออกหลักฐานการจ่ายเงิน | การปฏิบัติตามสัญญาและหน้าที่ตามกฎหมาย |
| ส่งข่าวสารและกิจกรรมส่งเสริมการขาย | ความยินยอม |

## 3. ข้อมูลส่วนบุคคลที่มีความอ่อนไหว

แบบสอบถามบางชุดอาจถามเกี่ยวกับสุขภาพ ศาสนา หรือความคิดเห็นทางการเมือง
    เราจะเก็บข้อมูลดังกล่าวเมื่อได้รับความยินยอมโดยชัดแจ้งจากท่านเท่านั้น และท่านสามารถข้ามคำถามเหล่านี้ได้ทุกข้อ

## 4. การเปิดเผยข้อมูลแก่ลูกค้าผู้ว่าจ้าง

ลูกค้าผู้ว่าจ้างจะได้รับเฉพาะผลสำรวจในรูปแบบสถิติหรือข้อมูลที่ไม่สามารถระบุตัวตนได้ เราจะไม่เปิดเผยชื่อ อีเมล
    หรือหมายเลขโทรศัพท์ของท่าน เว้นแต่ท่านจะให้ความยินยอมเป็นรายครั้ง เช่น
    การสัมภาษณ์เชิงลึกหรือการทดสอบสินค้าที่บ้าน

## 5. ผู้ประมวลผลข้อมูลส่วนบุคคล

| ผู้ประมวลผล | บริการ | ประเทศ |
| Amazon Web Services | เซิร์ฟเวอร์และฐานข้อมูล | สิงคโปร์ |
| LINE Company (Thailand) Limited | ส่งข้อความผ่าน LINE Official Account | ประเทศไทย |
| Omise Payment (Thailand) Co., Ltd. | โอนเงินรางวัลเข้าบัญชีธนาคารและพร้อมเพย์ | ประเทศไทย |
| Twilio Inc. (SendGrid) | ส่งอีเมล | สหรัฐอเมริกา |

## 6. การส่งข้อมูลไปต่างประเทศ

ในกรณีที่ผู้ประมวลผลข้อมูลตั้งอยู่ในต่างประเทศ
    เราจะส่งหรือโอนข้อมูลเฉพาะไปยังประเทศที่มีมาตรฐานการคุ้มครองข้อมูลส่วนบุคคลที่เพียงพอ
    หรือจัดให้มีข้อสัญญามาตรฐานตามที่คณะกรรมการคุ้มครองข้อมูลส่วนบุคคลกำหนด

## 7. ระยะเวลาการเก็บรักษาข้อมูล

เราจะเก็บรักษาข้อมูลของท่านตลอดระยะเวลาที่ท่านเป็นสมาชิก และไม่เกิน 2 ปีนับแต่วันที่ท่านยกเลิกการเป็นสมาชิก
    หลักฐานการจ่ายเงินรางวัลจะเก็บรักษาไว้ 5 ปีตามประมวลรัษฎากร เมื่อพ้นระยะเวลาดังกล่าว
    เราจะลบหรือทำให้ข้อมูลไม่สามารถระบุตัวตนได้

## 8. สิทธิของเจ้าของข้อมูลส่วนบุคคล

- สิทธิขอเข้าถึงและขอรับสำเนาข้อมูล
- สิทธิขอแก้ไขข้อมูลให้ถูกต้อง
- สิทธิขอให้ลบหรือทำลายข้อมูล
- สิทธิขอให้ระงับการใช้ข้อมูล
- สิทธิคัดค้านการเก็บรวบรวม ใช้ หรือเปิดเผยข้อมูล
- สิทธิขอโอนย้ายข้อมูล
- สิทธิถอนความยินยอม

ท่านสามารถใช้สิทธิได้ที่เมนู “บัญชีของฉัน” หรือติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลตามช่องทางด้านล่าง
    เราจะดำเนินการภายใน 30 วัน หากท่านเห็นว่าการประมวลพลข้อมูลของเราไม่ชอบด้วยกฎหมาย
    ท่านมีสิทธิร้องเรียนต่อสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล

## 9. คุกกี้

เราใช้คุกกี้ที่จำเป็นเพื่อให้เว็บไซต์ทำงานได้
    และใช้คุกกี้เพื่อการวิเคราะห์และการตลาดเมื่อได้รับความยินยอมจากท่านผ่านแบนเนอร์คุกกี้
    ท่านสามารถเปลี่ยนการตั้งค่าได้ทุกเมื่อที่ลิงก์ “ตั้งค่าคุกกี้” ด้านล่างของเว็บไซต์

## 10. ติดต่อเรา

@ เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล (DPO)
@ บริษัท ความคิด รีเสิร์ช จำกัด
@ 989 อาคารสยามพิวรรธน์ทาวเวอร์ ชั้น 14 ถนนพระรามที่ 1 แขวงปทุมวัน เขตปทุมวัน กรุงเทพมหานคร 10330
@ โทร 02-658-1290
@ อีเมล [dpo@kwamkidpanel.com](mailto:dpo@kwamkidpanel.com)
""")

EDITS = [
    {"note": "processor renamed: Omise Payment (Thailand) -> Opn Payments (Thailand) after the rebrand",
     "repl": [("| Omise Payment (Thailand) Co., Ltd. |", "| Opn Payments (Thailand) Co., Ltd. |")]},
    {"note": "list item removed: national ID card number no longer collected (identity checked by e-KYC instead)",
     "repl": [("- หมายเลขบัตรประจำตัวประชาชน เพื่อยืนยันตัวตนก่อนโอนเงินรางวัล\n", "")]},
    {"note": "typo fixed ('การประมวลพลข้อมูล' -> 'การประมวลผลข้อมูล'), no new date", "bump": False,
     "repl": [("การประมวลพลข้อมูล", "การประมวลผลข้อมูล")]},
    {"note": "new section on fraud prevention (duplicate accounts, VPN, speeders) before the retention section",
     "repl": [("## 7. ระยะเวลาการเก็บรักษาข้อมูล", "## 7. การป้องกันการทุจริต\n\n"
               "เพื่อรักษาคุณภาพของผลสำรวจ เราใช้ระบบอัตโนมัติตรวจสอบบัญชีซ้ำซ้อน การใช้ VPN และการตอบแบบสอบถามเร็วผิดป"
               "กติ\n"
               "    หากระบบพบความผิดปกติ เจ้าหน้าที่จะตรวจสอบก่อนระงับบัญชีหรือเงินรางวัล และท่านสามารถโต้แย้งผลการตรวจ"
               "สอบได้\n\n"
               "## 8. ระยะเวลาการเก็บรักษาข้อมูล"), ("## 8. สิทธิของเจ้าของข้อมูลส่วนบุคคล",
                                                  "## 9. สิทธิของเจ้าของข้อมูลส่วนบุคคล"),
              ("## 9. คุกกี้", "## 10. คุกกี้"), ("## 10. ติดต่อเรา", "## 11. ติดต่อเรา")]},
    {"note": "DPO contact changed: new phone line and e-mail address",
     "repl": [("@ โทร 02-658-1290\n@ อีเมล [dpo@kwamkidpanel.com](mailto:dpo@kwamkidpanel.com)",
               "@ โทร 02-115-7788 ต่อ 204\n@ อีเมล [privacy@kwamkid.co.th](mailto:privacy@kwamkid.co.th)")]},
    {"note": "hosting moved from AWS Singapore to the AWS Bangkok region",
     "repl": [("| Amazon Web Services | เซิร์ฟเวอร์และฐานข้อมูล | สิงคโปร์ |",
               "| Amazon Web Services | เซิร์ฟเวอร์และฐานข้อมูล | ประเทศไทย (ภูมิภาคกรุงเทพฯ) |")]},
]
for _e in EDITS:
    _e["repl"] = [(K.unwrap(a), K.unwrap(b)) for a, b in _e["repl"]]
# renumber from the end before inserting the new section 7
EDITS[3]["repl"] = EDITS[3]["repl"][::-1]

SURVEYS = [("พฤติกรรมการซื้อของออนไลน์", 10, 25), ("ความคิดเห็นเกี่ยวกับเครื่องดื่มชูกำลัง", 8, 20),
           ("การใช้แอปธนาคาร", 12, 30), ("ประกันสุขภาพ", 15, 40), ("การท่องเที่ยวช่วงวันหยุดยาว", 9, 20),
           ("สกินแคร์และเครื่องสำอาง", 11, 30), ("รถยนต์ไฟฟ้า", 14, 35), ("สตรีมมิ่งซีรีส์", 7, 15)]
REWARDS = ["บัตรของขวัญ Central 300 บาท", "โอนเข้าพร้อมเพย์ 200 บาท", "บัตรของขวัญ Lotus's 100 บาท",
           "TrueMoney Wallet 150 บาท", "โอนเข้าพร้อมเพย์ 500 บาท", "บัตร Starbucks 200 บาท"]
NAMES = ["ส", "ว", "ก", "น", "พ", "ม", "อ", "ป", "จ", "ธ"]
PROMOS = {"songkran": "สงกรานต์นี้ ตอบแบบสอบถามรับแต้มพิเศษ x2 ถึง 17 เม.ย.",
          "newyear": "ส่งท้ายปี ลุ้นรับ iPhone เมื่อตอบครบ 10 แบบสอบถาม",
          "1111": "11.11 แลกรางวัลใช้แต้มน้อยลง 20%"}


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"csrf": K.laravel_token(rng), "session_form": K.laravel_token(rng)}
    s["mix"] = K.deploy_hash(rng, prev.get("mix"), 0.2, lambda: (C.hexs(rng, 20), C.hexs(rng, 20)))
    s["views"] = K.grow(when, dt.datetime(2022, 6, 1), 18340, 23.4)
    s["totals"] = (K.grow(when, dt.datetime(2022, 1, 1), 8150000, 7420.0),
                   K.grow(when, dt.datetime(2022, 1, 1), 286000, 97.0))
    s["latest"] = C.keep_or(rng, prev.get("latest"), 0.6, lambda: tuple(rng.sample(range(len(SURVEYS)), 3)))
    s["redeemed"] = tuple((rng.choice(NAMES), rng.randrange(len(REWARDS)), rng.randint(2, 55)) for _ in range(4))
    s["promo"] = K.season(when, [((4, 1), (4, 17), "songkran"), ((12, 15), (12, 31), "newyear"),
                                 ((11, 1), (11, 11), "1111")])
    return s


LABELS = {"csrf": "csrf-token meta (per session)", "session_form": "newsletter form _token",
          "mix": "Laravel Mix ?id= hashes (deploys)", "views": "page view counter under the title (inside, removed)",
          "totals": "top bar totals (points paid, members)", "latest": "sidebar latest surveys",
          "redeemed": "sidebar ticker of the latest redeemed rewards", "promo": "seasonal promotion strip"}


def render(s, blocks, when):
    css, js = s["mix"]
    paid, members = s["totals"]
    body = C.render_blocks(blocks[1:], tags={"table": ' class="table table-bordered table-sm"',
                                             "h2": ' class="h5 mt-4 fw-bold"'})
    latest = "".join('<a href="/surveys/%d" class="list-group-item list-group-item-action d-flex '
                     'justify-content-between">'
                     '<span>%s<br><small class="text-muted">%d นาที</small></span><span class="badge bg-success '
                     'align-self-center">+%d แต้ม</span></a>' % (4100 + k * 37, C.esc(SURVEYS[k][0]), SURVEYS[k][1],
                                                                SURVEYS[k][2]) for k in s["latest"])
    redeemed = "".join('<li class="small">คุณ%s***** แลก %s <span class="text-muted">· %d นาทีที่แล้ว</span></li>'
                       % (n, C.esc(REWARDS[r]), m) for n, r, m in s["redeemed"])
    promo = ('<div class="alert alert-warning rounded-0 mb-0 text-center py-2 small">%s</div>'
             % C.esc(PROMOS[s["promo"]])) if s["promo"] else ""
    return (
        '<!DOCTYPE html>\n<html lang="th">\n<head>\n    <meta charset="utf-8">\n    <meta name="viewport" '
        'content="width=device-width, initial-scale=1">\n\n    <!-- CSRF Token -->\n    <meta name="csrf-token" '
        'content="%s">\n\n    <title>นโยบายความเป็นส่วนตัว - Kwamkid Panel</title>\n    <meta name="description" '
        'content="ตอบแบบสอบถามออนไลน์ รับแต้มแลกเงินสดและบัตรของขวัญ">\n\n    <!-- Fonts -->\n    <link rel="preconnect'
        '" '
        'href="https://fonts.googleapis.com">\n    <link href="https://fonts.googleapis.com/css2?family=Prompt:wght@'
        '400;600&family=Sarabun:wght@400;700&display=swap" rel="stylesheet">\n\n    <!-- Styles -->\n    <link href="'
        '/css/app.css?id=%s" rel="stylesheet">\n    <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/'
        'bootstrap-icons@1.10.5/font/bootstrap-icons.css">\n\n    <!-- Cookie Wow -->\n    <script type="text/'
        'javascript" src="https://cookiecdn.com/cwc.js"></script>\n    <script id="cookieWow" type="text/javascript" '
        'src="https://cookiecdn.com/configs/7nQz2BvXk4RPa9sM1hLdWfYe" data-cwcid="7nQz2BvXk4RPa9sM1hLdWfYe">'
        '</script>\n</head>\n<body class="d-flex flex-column min-vh-100">\n    <div class="topbar bg-primary text-white'
        ' '
        'small py-1">\n        <div class="container d-flex justify-content-between">\n            <span><i class="bi '
        'bi-gift"></i> แจกแต้มไปแล้ว %s แต้ม</span>\n            <span><i class="bi bi-people"></i> สมาชิก %s คน</span>'
        '\n'
        '        </div>\n    </div>\n    %s\n    <nav class="navbar navbar-expand-lg navbar-light bg-white shadow-sm">'
        '\n        <div class="container">\n            <a class="navbar-brand" href="https://www.kwamkidpanel.com">'
        '<img src="/images/logo.png" alt="Kwamkid Panel" height="36"></a>\n            <button class="navbar-toggler" '
        'type="button" data-bs-toggle="collapse" data-bs-target="#navbarSupportedContent" aria-controls="navbarSupporte'
        'd'
        'Content" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span>'
        '</button>\n            <div class="collapse navbar-collapse" id="navbarSupportedContent">\n                <ul'
        ' '
        'class="navbar-nav ms-auto">\n                    <li class="nav-item"><a class="nav-link" href="/how-it-'
        'works">วิธีการใช้งาน</a></li>\n                    <li class="nav-item"><a class="nav-link" href="/rewards">'
        'ของรางวัล</a></li>\n                    <li class="nav-item"><a class="nav-link" href="/faq">คำถามที่พบบ่อย</a'
        '>'
        '</li>\n                    <li class="nav-item"><a class="nav-link" href="/login">เข้าสู่ระบบ</a></li>\n'
        '                    <li class="nav-item"><a class="btn btn-primary ms-lg-2" href="/register">สมัครสมาชิก'
        '</a></li>\n                </ul>\n            </div>\n        </div>\n    </nav>\n\n    <main class="py-5 '
        'flex-grow-1">\n        <div class="container">\n    <div class="row">\n        <div class="col-lg-8">\n'
        '            <div class="card shadow-sm border-0 page-content">\n                <div class="card-body p-4 '
        'p-lg-5">\n                    <h1 class="h3 mb-3">%s</h1>\n                    <div class="page-meta text-'
        'muted small mb-4"><i class="bi bi-eye"></i> เข้าชม %s ครั้ง</div>\n                    <div class="page-body">'
        '\n%s\n                    </div>\n                </div>\n            </div>\n        </div>\n        <div '
        'class="col-lg-4 mt-4 mt-lg-0">\n            <div class="card border-0 shadow-sm mb-4">\n                <div '
        'class="card-header bg-white fw-bold">แบบสอบถามล่าสุด</div>\n                <div class="list-group list-group-'
        'flush">%s</div>\n            </div>\n            <div class="card border-0 shadow-sm mb-4">\n                '
        '<div class="card-header bg-white fw-bold">แลกรางวัลล่าสุด</div>\n                <ul class="list-unstyled '
        'card-body mb-0">%s</ul>\n            </div>\n            <a href="https://lin.ee/kwKp8Zq" class="d-block '
        'text-center"><img src="https://scdn.line-apps.com/n/line_add_friends/btn/th.png" alt="เพิ่มเพื่อน" height='
        '"36"></a>\n        </div>\n    </div>\n</div>\n    </main>\n\n    <footer class="bg-dark text-white-50 py-4 '
        'mt-auto">\n        <div class="container">\n            <form method="POST" action="https://www.kwamkid'
        'panel.com/newsletter" class="row g-2 mb-3">\n                <input type="hidden" name="_token" value="%s" '
        'autocomplete="off">                <div class="col-md-8"><input type="email" name="email" class="form-'
        'control" placeholder="อีเมลของคุณ"></div>\n                <div class="col-md-4"><button class="btn btn-'
        'outline-light w-100">รับข่าวสาร</button></div>\n            </form>\n            <a href="/terms" class='
        '"text-white-50 me-3">ข้อกำหนดการใช้งาน</a><a href="/privacy-policy" class="text-white-50 me-3">นโยบายความ'
        'เป็นส่วนตัว</a><a href="javascript:void(0)" onclick="cookieWow.showSettings()" class="text-white-50">'
        'ตั้งค่าคุกกี้</a>\n            <p class="mt-2 mb-0 small">&copy; %d บริษัท ความคิด รีเสิร์ช จำกัด</p>\n'
        '        </div>\n    </footer>\n\n    <script src="/js/app.js?id=%s"></script>\n</body>\n</html>\n'
        % (s["csrf"], css, K.group(paid), K.group(members), promo, C.esc(blocks[0][1]), K.group(s["views"]), body,
           latest, redeemed, s["session_form"], when.year + 543, js))


PAGE = {
    "service": "Kwamkid Panel", "url": URL, "lang": "th-TH", "platform": "Laravel 9 + Blade + Bootstrap 5",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 6, 20), "end": dt.date(2026, 11, 5), "hours": (0, 6, 12),
    "policy": POLICY, "first_updated": dt.date(2022, 5, 31), "fmt_date": K.th_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".page-content .card-body"], "remove": [".page-meta"]},
}
