"""BitSiam: a Thai SEC-licensed digital-asset exchange on Sitecore Experience Accelerator (SXA 10.x). The privacy
notice is one rich-text component (title, date, introduction) followed by an SXA accordion whose collapsed items
hold the numbered sections (the heading rendering variant set to emit <h2>); a "related documents" link list ends
the #content placeholder. Fairly clean: the Sitecore Forms newsletter box in the footer carries a per-request
__RequestVerificationToken and FormSessionId, theme `rev`/`hash` query strings change when the theme is
republished, and now and then a scheduled-maintenance notice appears in the header under the static SEC risk bar."""
import datetime as dt

import common as C

URL = "https://www.bitsiam.co.th/th/privacy-notice"

POLICY = """
# ประกาศความเป็นส่วนตัว

ปรับปรุงล่าสุด: {UPDATED}

บริษัท บิทสยาม เอ็กซ์เชนจ์ จำกัด ("บริษัทฯ" หรือ "เรา") เป็นผู้ประกอบธุรกิจศูนย์ซื้อขายสินทรัพย์ดิจิทัลและนายหน้าซื้อขายสินทรัพย์ดิจิทัลที่ได้รับใบอนุญาตจากกระทรวงการคลัง ภายใต้การกำกับดูแลของสำนักงานคณะกรรมการกำกับหลักทรัพย์และตลาดหลักทรัพย์ (สำนักงาน ก.ล.ต.) บริษัทฯ ตระหนักถึงความสำคัญของการคุ้มครองข้อมูลส่วนบุคคลของท่าน จึงจัดทำประกาศความเป็นส่วนตัวฉบับนี้ขึ้นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 ("พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล")

ประกาศฉบับนี้ใช้กับลูกค้า ผู้ที่ขอเปิดบัญชี ผู้ใช้งานเว็บไซต์และแอปพลิเคชัน BitSiam ตลอดจนบุคคลที่ติดต่อกับบริษัทฯ ผ่านช่องทางต่าง ๆ โปรดอ่านประกาศฉบับนี้ร่วมกับข้อกำหนดและเงื่อนไขการใช้บริการของบริษัทฯ

## 1. ข้อมูลส่วนบุคคลที่เราเก็บรวบรวม

- ข้อมูลระบุตัวตน เช่น ชื่อ นามสกุล เลขประจำตัวประชาชน เลขหนังสือเดินทาง วันเดือนปีเกิด สัญชาติ และภาพถ่ายบัตรประจำตัวประชาชน
- ข้อมูลการติดต่อ เช่น ที่อยู่ตามทะเบียนบ้าน ที่อยู่ปัจจุบัน หมายเลขโทรศัพท์มือถือ และอีเมล
- ข้อมูลทางการเงิน เช่น เลขที่บัญชีเงินฝากธนาคาร แหล่งที่มาของรายได้ อาชีพ ระดับรายได้ และผลการประเมินความเหมาะสมในการลงทุน (Suitability Test)
- ข้อมูลการทำธุรกรรม เช่น ประวัติการฝากและถอนเงินบาทและสินทรัพย์ดิจิทัล คำสั่งซื้อขาย และที่อยู่กระเป๋าสินทรัพย์ดิจิทัล (Wallet Address)
- ข้อมูลชีวภาพ (Biometric Data) ได้แก่ ข้อมูลจำลองใบหน้าที่ใช้ในการพิสูจน์และยืนยันตัวตน
- ข้อมูลทางเทคนิค เช่น หมายเลข IP ข้อมูลอุปกรณ์ ประเภทเบราว์เซอร์ และประวัติการเข้าสู่ระบบ
- บันทึกการสนทนาทางโทรศัพท์และข้อความแชตกับศูนย์บริการลูกค้า

## 2. แหล่งที่มาของข้อมูลส่วนบุคคล

เราเก็บรวบรวมข้อมูลส่วนบุคคลจากท่านโดยตรงเมื่อท่านสมัครเปิดบัญชีหรือใช้บริการ และจากแหล่งอื่น เช่น ผู้ให้บริการพิสูจน์และยืนยันตัวตนทางดิจิทัล ธนาคารที่ท่านผูกบัญชีไว้ และฐานข้อมูลรายชื่อบุคคลที่ถูกกำหนดตามกฎหมายว่าด้วยการป้องกันและปราบปรามการฟอกเงิน

## 3. วัตถุประสงค์และฐานทางกฎหมายในการประมวลผล

| วัตถุประสงค์ | ฐานทางกฎหมาย |
| การเปิดบัญชี การพิสูจน์และยืนยันตัวตน (KYC) และการตรวจสอบเพื่อรู้จักลูกค้า (CDD) | การปฏิบัติตามกฎหมาย |
| การให้บริการซื้อขาย ฝาก และถอนสินทรัพย์ดิจิทัล | การปฏิบัติตามสัญญา |
| การป้องกันการฟอกเงินและการสนับสนุนทางการเงินแก่การก่อการร้าย | การปฏิบัติตามกฎหมาย |
| การใช้ข้อมูลชีวภาพเพื่อยืนยันตัวตน | ความยินยอมโดยชัดแจ้ง |
| การรักษาความปลอดภัยของบัญชีและการตรวจจับการทุจริต | ประโยชน์โดยชอบด้วยกฎหมาย |
| การเสนอสิทธิประโยชน์ ข่าวสาร และกิจกรรมทางการตลาด | ความยินยอม |

หากท่านไม่ให้ข้อมูลส่วนบุคคลที่จำเป็นต่อการปฏิบัติตามกฎหมายหรือสัญญา เราอาจไม่สามารถเปิดบัญชีหรือให้บริการแก่ท่านได้

## 4. การเปิดเผยข้อมูลส่วนบุคคล

เราอาจเปิดเผยข้อมูลส่วนบุคคลของท่านแก่บุคคลดังต่อไปนี้ เท่าที่จำเป็นตามวัตถุประสงค์ที่ระบุไว้ในประกาศฉบับนี้

- หน่วยงานกำกับดูแลและหน่วยงานของรัฐ เช่น สำนักงาน ก.ล.ต. สำนักงานป้องกันและปราบปรามการฟอกเงิน (ปปง.) และกรมสรรพากร
- ธนาคารพาณิชย์ที่ให้บริการรับฝากและโอนเงินบาท
- ผู้ให้บริการระบบคลาวด์ ระบบส่งข้อความ SMS และอีเมล
- ผู้ให้บริการวิเคราะห์ธุรกรรมบนบล็อกเชน
- ผู้สอบบัญชีและที่ปรึกษากฎหมายของบริษัทฯ

เราจะไม่ขายข้อมูลส่วนบุคคลของท่านให้แก่บุคคลภายนอก

## 5. การส่งหรือโอนข้อมูลส่วนบุคคลไปต่างประเทศ

ข้อมูลบางส่วนอาจถูกจัดเก็บบนระบบคลาวด์ซึ่งตั้งอยู่ในประเทศสิงคโปร์ ในกรณีดังกล่าว เราจะดำเนินการให้ประเทศปลายทางมีมาตรฐานการคุ้มครองข้อมูลส่วนบุคคลที่เพียงพอ หรือจัดให้มีมาตรการคุ้มครองที่เหมาะสมตามที่ พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคลกำหนด

## 6. ระยะเวลาในการเก็บรักษาข้อมูล

| ประเภทข้อมูล | ระยะเวลาเก็บรักษา |
| ข้อมูลการพิสูจน์และยืนยันตัวตน และข้อมูลการทำธุรกรรม | 10 ปีนับแต่วันที่ปิดบัญชี |
| ข้อมูลชีวภาพ | จนกว่าการยืนยันตัวตนจะเสร็จสิ้น และไม่เกิน 90 วัน |
| บันทึกการสนทนาทางโทรศัพท์ | 2 ปี |
| ข้อมูลเพื่อการตลาด | จนกว่าท่านจะถอนความยินยอม |

## 7. สิทธิของเจ้าของข้อมูลส่วนบุคคล

ท่านมีสิทธิตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล ดังต่อไปนี้

- สิทธิในการเพิกถอนความยินยอม
- สิทธิในการขอเข้าถึงและขอรับสำเนาข้อมูลส่วนบุคคล
- สิทธิในการขอให้โอนย้ายข้อมูลส่วนบุคคล
- สิทธิในการคัดค้านการเก็บรวบรวม ใช้ หรือเปิดเผยข้อมูลส่วนบุคคล
- สิทธิในการขอให้ลบหรือทำลายข้อมูลส่วนบุคคล
- สิทธิในการขอให้ระงับการใช้ข้อมูลส่วนบุคคล
- สิทธิในการขอให้แก้ไขข้อมูลส่วนบุคคลให้ถูกต้อง เป็นปัจจุบัน และสมบูรณ์
- สิทธิในการร้องเรียนต่อสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล

ท่านสามารถใช้สิทธิได้โดยกรอกแบบฟอร์มคำขอใช้สิทธิในแอปพลิเคชัน หรือติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลตามช่องทางในข้อ 10 เราจะดำเนินการตามคำขอภายใน 30 วันนับแต่วันที่ได้รับคำขอ

## 8. การรักษาความมั่นคงปลอดภัย

เราจัดเก็บสินทรัพย์ดิจิทัลของลูกค้าส่วนใหญ่ในกระเป๋าแบบออฟไลน์ (Cold Wallet) และใช้มาตรการรักษาความปลอดภัยของข้อมูลส่วนบุคล ทั้งด้านการบริหารจัดการ ด้านเทคนิค และด้านกายภาพ ตามมาตรฐาน ISO/IEC 27001 เพื่อป้องกันการเข้าถึง ใช้ เปลี่ยนแปลง หรือเปิดเผยข้อมูลโดยไม่ได้รับอนุญาต

บริษัทฯ จะไม่ขอรหัสผ่าน รหัส OTP หรือรหัสยืนยันตัวตนสองชั้น (2FA) จากท่านไม่ว่าผ่านช่องทางใด หากได้รับการติดต่อในลักษณะดังกล่าว โปรดแจ้งศูนย์บริการลูกค้าทันที

## 9. คุกกี้

เว็บไซต์ของเราใช้คุกกี้เพื่อให้เว็บไซต์ทำงานได้อย่างถูกต้องและเพื่อวิเคราะห์การใช้งาน รายละเอียดเพิ่มเติมโปรดดู [นโยบายคุกกี้](/th/cookie-policy)

## 10. ช่องทางการติดต่อ

@ บริษัท บิทสยาม เอ็กซ์เชนจ์ จำกัด
@ เลขที่ 999/9 อาคารดิ ออฟฟิศเศส แอท เซ็นทรัลเวิลด์ ชั้น 30 ถนนพระรามที่ 1 แขวงปทุมวัน เขตปทุมวัน กรุงเทพมหานคร 10330
@ ศูนย์บริการลูกค้า: 02-026-1919 (ทุกวัน 08:00 - 22:00 น.)
@ อีเมลเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล: dpo@bitsiam.co.th
"""

EDITS = [
    {"note": "recipient added to the disclosure list: NDID digital identity providers",
     "repl": [("- ธนาคารพาณิชย์ที่ให้บริการรับฝากและโอนเงินบาท",
               "- ธนาคารพาณิชย์ที่ให้บริการรับฝากและโอนเงินบาท\n"
               "- ผู้ให้บริการพิสูจน์และยืนยันตัวตนทางดิจิทัลผ่านระบบ NDID")]},
    {"note": "typo fixed: 'ข้อมูลส่วนบุคล' -> 'ข้อมูลส่วนบุคคล' in the security section, date not bumped",
     "repl": [("ข้อมูลส่วนบุคล ทั้งด้าน", "ข้อมูลส่วนบุคคล ทั้งด้าน")], "bump": False},
    {"note": "retention of call recordings extended from 2 to 5 years",
     "repl": [("| บันทึกการสนทนาทางโทรศัพท์ | 2 ปี |", "| บันทึกการสนทนาทางโทรศัพท์ | 5 ปี |")]},
    {"note": "section added (10. changes to this notice), contact section renumbered 11 and the cross-reference "
             "in section 7 updated",
     "repl": [("## 10. ช่องทางการติดต่อ",
               "## 10. การเปลี่ยนแปลงประกาศความเป็นส่วนตัว\n\n"
               "บริษัทฯ อาจปรับปรุงประกาศฉบับนี้เป็นครั้งคราว หากมีการเปลี่ยนแปลงที่มีนัยสำคัญ "
               "เราจะแจ้งให้ท่านทราบผ่านแอปพลิเคชันหรืออีเมลก่อนการเปลี่ยนแปลงมีผลใช้บังคับ\n\n"
               "## 11. ช่องทางการติดต่อ"),
              ("ตามช่องทางในข้อ 10 ", "ตามช่องทางในข้อ 11 ")]},
    {"note": "call-centre number and opening hours changed",
     "repl": [("@ ศูนย์บริการลูกค้า: 02-026-1919 (ทุกวัน 08:00 - 22:00 น.)",
               "@ ศูนย์บริการลูกค้า: 02-118-5555 (ตลอด 24 ชั่วโมง)")]},
]

TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
             "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]


def fmt_th(d):
    return "%d %s %d" % (d.day, TH_MONTHS[d.month - 1], d.year + 543)


def noise(rng, when, i, prev):
    prev = prev or {}
    theme = C.keep_or(rng, prev.get("theme"), 0.15, lambda: {
        "rev": C.hexs(rng, 32), "t": (when - dt.timedelta(days=rng.randint(1, 30), minutes=rng.randint(0, 1440))
                                    ).strftime("%Y%m%dT%H%M%SZ"), "hash": C.hexs(rng, 32).upper()})

    def mk_maint():
        if rng.random() < 0.75:
            return ""
        d = when.date() + dt.timedelta(days=rng.randint(1, 6))
        return "%s|%s" % (d.isoformat(), rng.choice(["00:00 - 04:00", "01:00 - 03:00", "02:00 - 05:00"]))
    pm = prev.get("maint")
    if pm and dt.date.fromisoformat(pm.split("|")[0]) < when.date():
        pm = ""
    maint = C.keep_or(rng, pm, 0.5, mk_maint)
    form = {"token": C.alnum(rng, 92, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
            "session": C.uuid4(rng)}
    return {"form": form, "theme": theme, "maint": maint}


LABELS = {
    "form": "Sitecore Forms newsletter box: __RequestVerificationToken and FormSessionId per request",
    "theme": "SXA theme republished: rev/t/hash query strings of the optimized CSS/JS",
    "maint": "scheduled-maintenance notice in the header",
}

NAV = [("/th/trade", "ซื้อขาย"), ("/th/markets", "ราคาตลาด"), ("/th/fee", "ค่าธรรมเนียม"), ("/th/learn", "ความรู้คริปโต"),
       ("/th/news", "ข่าวสารและประกาศ"), ("/th/support", "ช่วยเหลือ")]


def _rt(inner, extra=""):
    return ('<div class="component rich-text%s">\n    <div class="component-content">\n%s    </div>\n</div>'
            % (extra, inner))


def render(s, blocks, when):
    th = s["theme"]
    q = "rev=%s&amp;t=%s&amp;hash=%s" % (th["rev"], th["t"], th["hash"])
    head, secs = C.split_sections(blocks)
    intro = C.blocks_html(head)
    items = []
    for k, (title, body) in enumerate(secs):
        cls = "item"
        items.append('<li class="%s"><div class="toggle-header" tabindex="0"><div class="label"><div class="field-heading">'
                     '<h2>%s</h2></div></div></div><div class="toggle-content">%s</div></li>'
                     % (cls, C.inline_html(title), _rt(C.blocks_html(body) + "\n")))
    accordion = "\n".join(items)
    nav = "\n".join('        <li class=" level1 item%d %s%s rel-level1">\n<div class="navigation-title field-navigationtitle">'
                    '<a title="%s" href="%s">%s</a></div>\n        </li>'
                    % (k, "odd" if k % 2 == 0 else "even", " first" if k == 0 else (" last" if k == len(NAV) - 1 else ""),
                       l, h, l) for k, (h, l) in enumerate(NAV))
    maint = ""
    if s["maint"]:
        d, hrs = s["maint"].split("|")
        d = dt.date.fromisoformat(d)
        maint = ('<div class="component plain-html col-12 maintenance-notice">\n    <div class="component-content">\n'
                 '<div class="notice-bar notice-bar--warning"><strong>แจ้งปิดปรับปรุงระบบ</strong> วันที่ %s เวลา %s น. '
                 'ระหว่างนี้จะไม่สามารถฝากถอนเงินบาทได้ <a href="/th/news/announcement">อ่านเพิ่มเติม</a></div>    </div>\n</div>\n'
                 % (fmt_th(d), hrs))
    f = s["form"]
    fid = "2f4c8a1e-9b3d-4e7a-8c21-5d6e0f1a7b93"
    return f"""<!DOCTYPE html>
<!--[if IE]><![endif]-->
<html lang="th-TH">
<head>
<link href="/-/media/Base-Themes/Core-Libraries/styles/optimized-min.css?{q}" rel="stylesheet" /><link href="/-/media/Base-Themes/Main-Theme/styles/optimized-min.css?{q}" rel="stylesheet" /><link href="/-/media/Themes/BitSiam/BitSiam/BitSiam/styles/pre-optimized-min.css?{q}" rel="stylesheet" />
    <title>ประกาศความเป็นส่วนตัว | BitSiam</title>
    <link rel="canonical" href="{URL}" />
    <link href="/-/media/Project/BitSiam/favicon.ico" rel="shortcut icon" />
<meta property="og:title"  content="ประกาศความเป็นส่วนตัว" /><meta property="og:url"  content="{URL}" /><meta property="og:image"  content="https://www.bitsiam.co.th/-/media/Project/BitSiam/og/og-default.jpg" />
<meta  name="description" content="ประกาศความเป็นส่วนตัวของบริษัท บิทสยาม เอ็กซ์เชนจ์ จำกัด ตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562" />
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="alternate" hreflang="th-TH" href="{URL}" /><link rel="alternate" hreflang="en" href="https://www.bitsiam.co.th/en/privacy-notice" />
<!-- Google Tag Manager --><script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-5XWQ3MB');</script><!-- End Google Tag Manager -->
<script src="https://cdn-cookieyes.com/client_data/7c1f2a9e4b0d6e38a5f21c94/script.js" id="cookieyes" type="text/javascript"></script>
</head>
<body class="default-device bodyclass">
<!-- Google Tag Manager (noscript) --><noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-5XWQ3MB" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
    <div id="wrapper">
        <header>
            <div id="header" class="container">
                <div class="row">
<div class="component plain-html col-12 risk-warning">
    <div class="component-content">
<div class="risk-bar">คำเตือน: คริปโทเคอร์เรนซีและโทเคนดิจิทัลมีความเสี่ยงสูงมาก ท่านอาจสูญเสียเงินลงทุนทั้งจำนวน โปรดศึกษาและทำความเข้าใจความเสี่ยงก่อนตัดสินใจลงทุน</div>    </div>
</div>
{maint}<div class="component image file-type-icon-media-link col-6 col-md-3 logo">
    <div class="component-content">
<a title="BitSiam" href="/th"><img src="/-/media/Project/BitSiam/logo.svg?h=40&amp;iar=0&amp;w=160&amp;hash=5B3F0C1E2D7A9846B1C0F2E3D4A5B6C7" alt="BitSiam" width="160" height="40" data-variantitemid="" data-variantfieldname="Image" /></a>    </div>
</div>
<div class="component navigation col-12 col-md-6 navigation-main navigation-main-horizontal">
    <div class="component-content">
        <nav>
<ul class="clearfix">
{nav}
</ul>
        </nav>
    </div>
</div>
<div class="component link-list col-6 col-md-3 header-actions">
    <div class="component-content">
        <ul>
            <li class="item0 odd first"><div class="field-link"><a data-variantfieldname="Link" href="https://app.bitsiam.co.th/login">เข้าสู่ระบบ</a></div></li>
            <li class="item1 even last"><div class="field-link"><a data-variantfieldname="Link" href="https://app.bitsiam.co.th/register" class="btn-primary">เปิดบัญชี</a></div></li>
        </ul>
    </div>
</div>
                </div>
            </div>
        </header>
        <main>
            <div id="breadcrumb" class="container">
<div class="component breadcrumb navigation-title">
    <div class="component-content">
        <nav>
            <ol>
                    <li class="breadcrumb-item home"><div class="navigation-title field-navigationtitle"><a title="หน้าแรก" href="/th">หน้าแรก</a></div><span class="separator">/</span></li>
                    <li class="breadcrumb-item last"><div class="navigation-title field-navigationtitle"><a title="ประกาศความเป็นส่วนตัว" href="/th/privacy-notice">ประกาศความเป็นส่วนตัว</a></div></li>
            </ol>
        </nav>
    </div>
</div>
            </div>
            <div id="content" class="container">
                <div class="row">
{_rt(intro + chr(10), ' col-12 privacy-intro')}
<div class="component accordion col-12" data-properties="{{&quot;expandOnHover&quot;:false,&quot;expandedByDefault&quot;:false,&quot;speed&quot;:500,&quot;easing&quot;:&quot;swing&quot;,&quot;canOpenMultiple&quot;:true,&quot;canToggle&quot;:true,&quot;isControlEditable&quot;:false}}">
    <div class="component-content">
<div>
<ul class="items">
{accordion}
</ul>
</div>    </div>
</div>
<div class="component link-list col-12 related-docs">
    <div class="component-content">
        <h3>เอกสารที่เกี่ยวข้อง</h3>
        <ul>
            <li class="item0 odd first"><div class="field-link"><a data-variantfieldname="Link" href="/th/terms">ข้อกำหนดและเงื่อนไขการใช้บริการ</a></div></li>
            <li class="item1 even"><div class="field-link"><a data-variantfieldname="Link" href="/th/cookie-policy">นโยบายคุกกี้</a></div></li>
            <li class="item2 odd last"><div class="field-link"><a data-variantfieldname="Link" href="/-/media/Project/BitSiam/documents/privacy-request-form.pdf">แบบฟอร์มคำขอใช้สิทธิของเจ้าของข้อมูล (PDF)</a></div></li>
        </ul>
    </div>
</div>
                </div>
            </div>
        </main>
        <footer>
            <div id="footer" class="container">
                <div class="row">
<div class="component sitecore-form col-12 col-md-4 newsletter">
    <div class="component-content">
<form action="/formbuilder?sc_site=BitSiam&amp;fxb.FormItemId={fid}&amp;fxb.HtmlPrefix=fxb.{fid}" data-ajax="true" data-ajax-method="Post" data-ajax-mode="replace-with" data-ajax-success="$xa.forms.ajaxSuccess" data-sc-fxb="{fid}" enctype="multipart/form-data" id="fxb_{fid}" method="post"><input name="__RequestVerificationToken" type="hidden" value="{f['token']}" /><input id="fxb_{fid}_FormSessionId" name="fxb.{fid}.FormSessionId" type="hidden" value="{f['session']}" /><input id="fxb_{fid}_FormItemId" name="fxb.{fid}.FormItemId" type="hidden" value="{fid}" /><input id="fxb_{fid}_PageItemId" name="fxb.{fid}.PageItemId" type="hidden" value="8c3d2b1a-47e6-4f90-a1b2-c3d4e5f6a7b8" />
<h3 class="">รับข่าวสารจาก BitSiam</h3>
<input id="fxb_{fid}_Fields_Index_0" name="fxb.{fid}.Fields.Index" type="hidden" value="0" /><input id="fxb_{fid}_Fields_0__ItemId" name="fxb.{fid}.Fields[0].ItemId" type="hidden" value="0d1e2f3a-4b5c-46d7-8e9f-a0b1c2d3e4f5" /><label for="fxb_{fid}_Fields_0__Value" class="">อีเมล</label><input id="fxb_{fid}_Fields_0__Value" name="fxb.{fid}.Fields[0].Value" class="" type="email" value="" maxlength="255" placeholder="name@example.com" data-sc-tracking="True" data-sc-field-name="Email" data-val-required="กรุณากรอกอีเมล" data-val="true"/>
<input value="สมัครรับข่าวสาร" type="submit" class="btn-primary" name="fxb.{fid}.8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d" data-sc-field-key="1B2C3D4E5F60718293A4B5C6D7E8F901" /><input id="fxb_{fid}_NavigationButtons" name="fxb.{fid}.NavigationButtons" type="hidden" value="8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d" />
</form>    </div>
</div>
<div class="component link-list col-6 col-md-4 footer-links">
    <div class="component-content">
        <h3>เกี่ยวกับเรา</h3>
        <ul>
            <li class="item0 odd first"><div class="field-link"><a data-variantfieldname="Link" href="/th/about">เกี่ยวกับบิทสยาม</a></div></li>
            <li class="item1 even"><div class="field-link"><a data-variantfieldname="Link" href="/th/career">ร่วมงานกับเรา</a></div></li>
            <li class="item2 odd"><div class="field-link"><a data-variantfieldname="Link" href="/th/privacy-notice">ประกาศความเป็นส่วนตัว</a></div></li>
            <li class="item3 even last"><div class="field-link"><a data-variantfieldname="Link" href="/th/complaint">ช่องทางการร้องเรียน</a></div></li>
        </ul>
    </div>
</div>
<div class="component rich-text col-12 copyright">
    <div class="component-content">
<p>บริษัท บิทสยาม เอ็กซ์เชนจ์ จำกัด ได้รับใบอนุญาตประกอบธุรกิจสินทรัพย์ดิจิทัล ประเภทศูนย์ซื้อขายสินทรัพย์ดิจิทัลและนายหน้าซื้อขายสินทรัพย์ดิจิทัล ตรวจสอบรายชื่อผู้ได้รับอนุญาตได้ที่ www.sec.or.th</p>
<p>&copy; {when.year} BitSiam Exchange Co., Ltd. All rights reserved.</p>    </div>
</div>
                </div>
            </div>
        </footer>
    </div>
<script src="/-/media/Base-Themes/Core-Libraries/scripts/optimized-min.js?{q}"></script><script src="/-/media/Base-Themes/XA-API/Scripts/optimized-min.js?{q}"></script><script src="/-/media/Base-Themes/Main-Theme/scripts/optimized-min.js?{q}"></script><script src="/-/media/Themes/BitSiam/BitSiam/BitSiam/scripts/optimized-min.js?{q}"></script><script src="/sitecore%20modules/Web/ExperienceForms/scripts/jquery.validate.min.js"></script><script src="/sitecore%20modules/Web/ExperienceForms/scripts/jquery.validate.unobtrusive.min.js"></script><script src="/sitecore%20modules/Web/ExperienceForms/scripts/form.validate.js"></script><script src="/sitecore%20modules/Web/ExperienceForms/scripts/form.tracking.js"></script>
    <!-- /#wrapper -->
</body>
</html>"""


PAGE = {
    "service": "BitSiam",
    "url": URL,
    "lang": "th",
    "platform": "Sitecore XP 10.3 with SXA (rich text + accordion components, Sitecore Forms)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Microsoft-IIS/10.0"), ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET"),
                      ("Cache-Control", "private")),
    "n": 29,
    "start": dt.date(2022, 8, 1),
    "end": dt.date(2025, 7, 15),
    "hours": (3, 15),
    "policy": POLICY,
    "first_updated": dt.date(2022, 6, 1),
    "fmt_date": fmt_th,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#content", "remove": ".related-docs"},
}
