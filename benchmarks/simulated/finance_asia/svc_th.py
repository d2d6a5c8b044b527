# Thai telecom: Next.js (pages router) + MUI accordions, emotion css-hash classes that change per deploy,
# __NEXT_DATA__ with the policy, OneTrust banner in the rendered DOM, promo bar, chat widget. Redesign at c21.
import copy, json
from build_common import *

URL = "https://www.siamnet.co.th/th/privacy-notice"
SERVICE = "SiamNet"


def policy0():
    return {
        "title": "ประกาศความเป็นส่วนตัวสำหรับลูกค้า",
        "meta": [("p", "ปรับปรุงล่าสุด: 1 มิถุนายน 2565")],
        "intro": [("p", "บริษัท สยามเน็ต โมบาย จำกัด (มหาชน) (\"บริษัทฯ\") ตระหนักถึงความสำคัญของการคุ้มครองข้อมูลส่วนบุคคลของท่าน ประกาศความเป็นส่วนตัวฉบับนี้อธิบายถึงวิธีการที่บริษัทฯ เก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลของท่าน ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562")],
        "sections": [
            {"id": "c1", "title": "1. ข้อมูลส่วนบุคคลที่บริษัทฯ เก็บรวบรวม", "body": [
                ("p", "บริษัทฯ อาจเก็บรวบรวมข้อมูลส่วนบุคคลของท่านดังต่อไปนี้"),
                ("table", ["ประเภทข้อมูล", "ตัวอย่าง"], [
                    ["ข้อมูลระบุตัวตน", "ชื่อ นามสกุล เลขประจำตัวประชาชน วันเดือนปีเกิด ภาพถ่ายบัตรประชาชน"],
                    ["ข้อมูลการติดต่อ", "ที่อยู่ หมายเลขโทรศัพท์ อีเมล"],
                    ["ข้อมูลการใช้บริการ", "ประวัติการโทร ข้อมูลการใช้อินเทอร์เน็ต ตำแหน่งที่ตั้งของอุปกรณ์ (Cell ID)"],
                    ["ข้อมูลทางการเงิน", "ข้อมูลบัตรเครดิต ประวัติการชำระค่าบริการ"],
                ]),
            ]},
            {"id": "c2", "title": "2. วัตถุประสงค์ในการเก็บรวบรวมและใช้ข้อมูล", "body": [
                ("ul", ["เพื่อให้บริการโทรคมนาคมและบริการที่เกี่ยวข้องตามสัญญา",
                        "เพื่อยืนยันตัวตนตามประกาศ กสทช. ว่าด้วยการลงทะเบียนผู้ใช้บริการโทรศัพท์เคลื่อนที่",
                        "เพื่อเรียกเก็บค่าบริการและติดตามทวงถามหนี้",
                        "เพื่อนำเสนอสิทธิประโยชน์และโปรโมชันที่เหมาะสมกับท่าน โดยได้รับความยินยอมจากท่าน"]),
            ]},
            {"id": "c3", "title": "3. การเปิดเผยข้อมูลส่วนบุคคล", "body": [
                ("p", "บริษัทฯ อาจเปิดเผยข้อมูลส่วนบุคคลของท่านให้แก่บริษัทในเครือ ผู้ให้บริการภายนอกที่ประมวลผลข้อมูลในนามของบริษัทฯ และหน่วยงานของรัฐที่มีอำนาจตามกฎหมาย เช่น สำนักงาน กสทช."),
            ]},
            {"id": "c4", "title": "4. การส่งหรือโอนข้อมูลไปยังต่างประเทศ", "body": [
                ("p", "ในกรณีที่บริษัทฯ ส่งข้อมูลส่วนบุคคลไปยังต่างประเทศ บริษัทฯ จะดำเนินการให้ประเทศปลายทางมีมาตรฐานการคุ้มครองข้อมูลที่เพียงพอ หรือจัดให้มีมาตรการคุ้มครองที่เหมาะสมตามที่กฎหมายกำหนด"),
            ]},
            {"id": "c5", "title": "5. ระยะเวลาในการเก็บรักษาข้อมูล", "body": [
                ("p", "บริษัทฯ จะเก็บรักษาข้อมูลส่วนบุคคลของท่านตลอดระยะเวลาที่ท่านใช้บริการ และหลังจากสิ้นสุดการใช้บริการเป็นระยะเวลา 10 ปี หรือตามระยะเวลาที่กฎหมายกำหนด"),
                ("p", "ข้อมูลจราจรทางคอมพิวเตอร์จะถูกเก็บรักษาไว้ไม่น้อยกว่า 90 วัน ตามพระราชบัญญัติว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์"),
            ]},
            {"id": "c6", "title": "6. สิทธิของเจ้าของข้อมูลส่วนบุคคล", "body": [
                ("p", "ท่านมีสิทธิขอเข้าถึง ขอรับสำเนา ขอให้แก้ไข ขอให้ลบ ขอให้ระงับการใช้ คัดค้านการประมวลผล ขอให้โอนย้ายข้อมูล และเพิกถอนความยินยอม ท่านสามารถใช้สิทธิผ่านแอปพลิเคชัน SiamNet หรือศูนย์บริการลูกค้า 1789"),
            ]},
            {"id": "c7", "title": "7. การรักษาความมั่นคงปลอดภัย", "body": [
                ("p", "บริษัทฯ จัดให้มีมาตรการรักษาความมั่นคงปลอดภัยที่เหมาะสม ทั้งในเชิงองค์กรและเชิงเทคนิค เพื่อป้องกันการสูญหาย การเข้าถึง ใช้ เปลี่ยนแปลง หรือเปิดเผยข้อมูลส่วนบุคคลโดยไม่ได้รับอนุญาต"),
            ]},
            {"id": "c8", "title": "8. ช่องทางการติดต่อ", "body": [
                ("p", "เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล (DPO) บริษัท สยามเน็ต โมบาย จำกัด (มหาชน) เลขที่ 99 อาคารสยามเน็ตทาวเวอร์ ถนนพหลโยธิน แขวงสามเสนใน เขตพญาไท กรุงเทพมหานคร 10400"),
                ("p", "อีเมล: <a href=\"mailto:dpo@siamnet.co.th\">dpo@siamnet.co.th</a>"),
            ]},
        ],
    }


def edits():
    def e1(p):
        replace_text(p, "หลังจากสิ้นสุดการใช้บริการเป็นระยะเวลา 10 ปี", "หลังจากสิ้นสุดการใช้บริการเป็นระยะเวลา 5 ปี")
    def e2(p):
        secs = p["sections"]
        secs.insert(7, {"id": "c7b", "title": "8. การใช้กล้องวงจรปิด (CCTV)", "body": [
            ("p", "บริษัทฯ ติดตั้งกล้องวงจรปิดภายในศูนย์บริการสยามเน็ตช็อปเพื่อความปลอดภัยของลูกค้าและพนักงาน ภาพบันทึกจะถูกเก็บรักษาไว้ไม่เกิน 30 วัน เว้นแต่มีความจำเป็นต้องใช้เป็นหลักฐาน")]})
        find_section(p, "c8")["title"] = "9. ช่องทางการติดต่อ"
    def e3(p):
        replace_text(p, "<a href=\"mailto:dpo@siamnet.co.th\">dpo@siamnet.co.th</a>", "<a href=\"mailto:privacy@siamnet.co.th\">privacy@siamnet.co.th</a>")
    def e4(p):
        p["design"] = 2
    def e5(p):
        replace_text(p, "ปรับปรุงล่าสุด: 1 มิถุนายน 2565", "ปรับปรุงล่าสุด: 15 มีนาคม 2568")
        find_section(p, "c3")["body"].append(("p", "บริษัทฯ จะไม่ขายข้อมูลส่วนบุคคลของท่านให้แก่บุคคลภายนอกไม่ว่ากรณีใด ๆ"))
    return {6: ("number inside collapsed accordion 10->5 ปี", e1, True), 12: ("new accordion section CCTV + renumber", e2, True),
            17: ("DPO email + mailto", e3, True), 21: ("redesign: accordions -> headings (same text)", e4, False),
            26: ("date + sentence added", e5, True)}


def css(rng):
    return "css-" + alnum(rng, 6).lower()


def render(p, build_rng):
    c = {k: css(build_rng) for k in ("acc", "sum", "det", "ttl", "root", "h")}
    h = [f'<article data-testid="privacy-notice" class="MuiBox-root {c["root"]}">', f'<h1 class="MuiTypography-root MuiTypography-h3 {c["h"]}">{p["title"]}</h1>',
         blocks_html(p["meta"], p_class=f"MuiTypography-root MuiTypography-caption {c['ttl']}"), blocks_html(p["intro"], p_class=f"MuiTypography-root MuiTypography-body1 {c['ttl']}")]
    if p.get("design", 1) == 1:
        for k, s in enumerate(p["sections"]):
            h.append(f'<div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiAccordion-root MuiAccordion-gutters {c["acc"]}">'
                     f'<h3 class="MuiAccordion-heading {c["h"]}"><button class="MuiButtonBase-root MuiAccordionSummary-root MuiAccordionSummary-gutters {c["sum"]}" tabindex="0" type="button" aria-expanded="false" aria-controls="panel{k}-content" id="panel{k}-header">'
                     f'<span class="MuiAccordionSummary-content {c["sum"]}">{s["title"]}</span><span class="MuiAccordionSummary-expandIconWrapper {c["sum"]}"><svg class="MuiSvgIcon-root" focusable="false" aria-hidden="true" viewBox="0 0 24 24"><path d="M16.59 8.59 12 13.17 7.41 8.59 6 10l6 6 6-6z"></path></svg></span></button></h3>'
                     f'<div class="MuiCollapse-root MuiCollapse-vertical MuiCollapse-hidden {c["det"]}" style="min-height:0px"><div class="MuiCollapse-wrapper MuiCollapse-vertical {c["det"]}"><div class="MuiCollapse-wrapperInner MuiCollapse-vertical {c["det"]}">'
                     f'<div aria-labelledby="panel{k}-header" id="panel{k}-content" role="region" class="MuiAccordion-region"><div class="MuiAccordionDetails-root {c["det"]}">'
                     + blocks_html(s["body"], table_attrs=f' class="MuiTable-root {c["det"]}"', p_class=f"MuiTypography-root MuiTypography-body1 {c['ttl']}") +
                     '</div></div></div></div></div></div>')
    else:
        for s in p["sections"]:
            h.append(f'<section class="PolicySection_section__{alnum(build_rng, 5)}" id="{s["id"]}"><h2 class="PolicySection_title__x7Kd2">{s["title"]}</h2>'
                     + blocks_html(s["body"], table_attrs=' class="PolicySection_table__Qm3aZ"') + '</section>')
    h.append('</article>')
    return "\n".join(h)


PROMOS = ["เน็ตไม่อั้น 15Mbps เพียง 399 บาท/เดือน สมัครเลย", "ย้ายค่ายมาสยามเน็ต รับส่วนลด 50% นาน 6 เดือน", "iPhone 16 ผ่อน 0% 10 เดือน เริ่มต้น 1,290 บาท",
          "SiamNet Fiber 1Gbps 599 บาท/เดือน ติดตั้งฟรี"]


def page(p, i, date, rng, deploy):
    build_rng = random.Random(deploy)
    build_id = alnum(build_rng, 21)
    body = render(p, build_rng)
    promo = rng.choice(PROMOS)
    nd = {"props": {"pageProps": {"locale": "th", "page": {"slug": "privacy-notice", "title": p["title"],
          "updatedAt": date.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "sections": [{"title": s["title"], "html": blocks_html(s["body"])} for s in p["sections"]]},
          "promo": promo, "_sentryTraceData": hexs(rng, 32) + "-" + hexs(rng, 16) + "-0"}, "__N_SSP": True},
          "page": "/[locale]/[slug]", "query": {"locale": "th", "slug": "privacy-notice"}, "buildId": build_id, "isFallback": False, "gssp": True,
          "locale": "th", "scriptLoader": []}
    nonce = alnum(rng, 22)
    ot_id = uuid_s(random.Random(7))
    chat = rng.choice(["น้องสยามพร้อมช่วยเหลือ 24 ชั่วโมง", "สวัสดีค่ะ มีอะไรให้น้องสยามช่วยไหมคะ"])
    return f"""<!DOCTYPE html><html lang="th"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>ประกาศความเป็นส่วนตัว | SiamNet</title><meta name="description" content="ประกาศความเป็นส่วนตัวสำหรับลูกค้าสยามเน็ต"/><meta property="og:site_name" content="SiamNet"/><link rel="canonical" href="{URL}"/><link rel="alternate" hrefLang="en" href="https://www.siamnet.co.th/en/privacy-notice"/><meta name="next-head-count" content="8"/><script nonce="{nonce}" src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="{ot_id}"></script><link rel="preload" href="/_next/static/css/{hexs(build_rng, 16)}.css" as="style"/><link rel="stylesheet" href="/_next/static/css/{hexs(build_rng, 16)}.css" data-n-g=""/><style data-emotion="css {hexs(build_rng, 6)}">.css-x{{margin:0}}</style></head><body><div id="__next"><div class="promo-bar {css(build_rng)}"><a href="/th/promotion?utm_source=site&amp;utm_medium=topbar">{promo}</a></div><header class="MuiAppBar-root {css(build_rng)}"><a href="/th"><img alt="SiamNet" src="/_next/static/media/logo.{hexs(build_rng, 8)}.svg"/></a><nav class="mega-menu"><ul><li><a href="/th/mobile/postpaid">รายเดือน</a><div class="mega-panel"><a href="/th/mobile/postpaid/5g">แพ็กเกจ 5G</a><a href="/th/mobile/postpaid/family">แพ็กเกจครอบครัว</a></div></li><li><a href="/th/mobile/prepaid">เติมเงิน</a></li><li><a href="/th/fiber">เน็ตบ้าน</a></li><li><a href="/th/devices">โทรศัพท์มือถือ</a></li><li><a href="/th/help">ช่วยเหลือ</a></li></ul></nav><a href="/th/login" class="login">เข้าสู่ระบบ</a><a href="/en/privacy-notice" class="lang">EN</a></header><main class="{css(build_rng)}"><nav aria-label="breadcrumb" class="MuiBreadcrumbs-root"><ol class="MuiBreadcrumbs-ol"><li class="MuiBreadcrumbs-li"><a href="/th">หน้าแรก</a></li><li aria-hidden="true" class="MuiBreadcrumbs-separator">/</li><li class="MuiBreadcrumbs-li"><p>ประกาศความเป็นส่วนตัว</p></li></ol></nav>
{body}
</main><footer class="{css(build_rng)}"><div><a href="/th/privacy-notice">ประกาศความเป็นส่วนตัว</a><a href="/th/terms">ข้อกำหนดและเงื่อนไข</a><a href="/th/cookie-policy">นโยบายคุกกี้</a><a href="/th/sitemap">แผนผังเว็บไซต์</a></div><p>© 2025 บริษัท สยามเน็ต โมบาย จำกัด (มหาชน) สงวนลิขสิทธิ์</p></footer></div><div id="chat-widget-container"><div class="chat-bubble">{chat}</div></div><div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="แบนเนอร์คุกกี้"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div class="banner_logo"></div><div id="onetrust-policy"><div id="onetrust-policy-text">เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ ท่านสามารถศึกษารายละเอียดเพิ่มเติมได้ที่ <a href="/th/cookie-policy">นโยบายคุกกี้</a></div></div></div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">ตั้งค่าคุกกี้</button><button id="onetrust-accept-btn-handler">ยอมรับทั้งหมด</button></div></div></div></div></div></div><script id="__NEXT_DATA__" type="application/json" nonce="{nonce}">{json.dumps(nd, ensure_ascii=False)}</script><script nonce="{nonce}" src="/_next/static/chunks/webpack-{hexs(build_rng, 16)}.js" defer=""></script><script nonce="{nonce}" src="/_next/static/{build_id}/_buildManifest.js" defer=""></script></body></html>"""


def build(rng):
    dates = capture_dates(rng, 31, "2022-06-05", "2026-05-25")
    p = policy0(); E = edits(); caps = []
    deploy = 1000
    for i, d in enumerate(dates):
        note = ""; real = False
        if i in E:
            E[i][1](p); note = E[i][0]; real = E[i][2]
        if i % 3 == 0 or i in E:
            deploy += 1  # a new deploy: new buildId and emotion class hashes
        caps.append({"date": d, "body": page(p, i, d, rng, deploy).encode("utf-8"), "ctype": "text/html; charset=utf-8", "real": real, "note": note})
    decl = {"name": SERVICE, "terms": {"Privacy Policy": {"fetch": URL, "select": "[data-testid=privacy-notice]", "executeClientScripts": True}}}
    return {"service": SERVICE, "url": URL, "captures": caps, "decl": decl}
