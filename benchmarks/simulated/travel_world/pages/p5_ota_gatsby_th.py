"""TripSabai (online travel agency) - th-TH - Gatsby (server-rendered page, Emotion CSS-in-JS).

Emotion class hashes (css-xxxxxxx) change whenever styles change, so only data-testid attributes are stable;
webpack compilation hash and chunk hashes per build; Gatsby 4 -> 5 upgrade. gatsby-remark-autolink-headers puts
permalink anchors (svg, no text) into every heading. Inside the article an inline member-code CTA; outside a
travel advisory banner, a deal strip with "N people viewing" and prices in the selected currency, a header A/B
experiment. Dates in the Buddhist era (พ.ศ.)."""
import datetime as dt
import random
import re
import unicodedata
import common as C

URL = "https://www.tripsabai.com/th-th/privacy-policy/"
DUAN = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม",
        "พฤศจิกายน", "ธันวาคม"]


def fmt_date(d):
    return "%d %s %d" % (d.day, DUAN[d.month - 1], d.year + 543)


POLICY = """
# นโยบายความเป็นส่วนตัว

ปรับปรุงล่าสุดเมื่อวันที่ {UPDATED}

บริษัท ทริปสบาย จำกัด ("บริษัทฯ") ให้ความสำคัญกับการคุ้มครองข้อมูลส่วนบุคคลของผู้ใช้บริการ นโยบายนี้อธิบายวิธีที่บริษัทฯ เก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลของท่าน ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562

## 1. ข้อมูลส่วนบุคคลที่เราเก็บรวบรวม

- ข้อมูลระบุตัวตน เช่น ชื่อ นามสกุล วันเดือนปีเกิด เลขที่หนังสือเดินทาง
- ข้อมูลติดต่อ เช่น อีเมล หมายเลขโทรศัพท์
- ข้อมูลการจอง เช่น โรงแรม เที่ยวบิน วันเดินทาง จำนวนผู้เข้าพัก และคำขอพิเศษ
- ข้อมูลการชำระเงิน เช่น ประเภทบัตรและเลขบัตรสี่หลักสุดท้าย

## 2. วัตถุประสงค์ในการใช้ข้อมูล

บริษัทฯ ใช้ข้อมูลส่วนบุคคลเพื่อดำเนินการจองตามคำขอของท่าน ส่งยืนยันการจอง ให้บริการลูกค้า ป้องกันการทุจริต และส่งข้อเสนอพิเศษเมื่อท่านให้ความยินยอม

## 3. การเปิดเผยข้อมูล

บริษัทฯ เปิดเผยข้อมูลเท่าที่จำเป็นให้แก่ผู้รับข้อมูลดังต่อไปนี้

| ผู้รับข้อมูล | วัตถุประสงค์ | ประเทศ |
| โรงแรม สายการบิน และผู้ให้บริการท่องเที่ยว | ให้บริการตามการจอง | ตามจุดหมายปลายทาง |
| บริษัท ทูซีทูพี (ประเทศไทย) จำกัด | ประมวลผลการชำระเงินด้วยบัตร | ไทย |
| Google Asia Pacific Pte. Ltd. | จัดเก็บข้อมูลบนคลาวด์ | สิงคโปร์ |

## 4. ระยะเวลาในการเก็บรักษาข้อมูล

บริษัทฯ เก็บรักษาข้อมูลการจองไว้เป็นระยะเวลา 10 ปีนับแต่วันที่การเดินทางสิ้นสุด เพื่อปฏิบัติตามกฎหมายว่าด้วยการบัญชีและภาษีอากร

## 5. สิทธิของเจ้าของข้อมูล

ท่านมีสิทธิขอเข้าถึง ขอรับสำเนา ขอแก้ไข ขอลบ และคัดค้านการประมวลผลข้อมูลส่วนบุคคลของท่าน และมีสิทธิร้องเรียนต่อ[สำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล](https://www.pdpc.or.th)

## 6. ติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล

@ เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล บริษัท ทริปสบาย จำกัด
@ 999 อาคารสาทรสแควร์ ชั้น 21 ถนนสาทรเหนือ แขวงสีลม เขตบางรัก กรุงเทพมหานคร 10500
@ อีเมล [dpo@tripsabai.com](mailto:dpo@tripsabai.com)
"""

EDITS = [
    {"note": "disclosure table: new row for Omise (PromptPay payments)",
     "repl": [("| Google Asia Pacific Pte. Ltd. | จัดเก็บข้อมูลบนคลาวด์ | สิงคโปร์ |",
               "| บริษัท โอมิเซะ จำกัด | ประมวลผลการชำระเงินผ่านพร้อมเพย์ | ไทย |\n| Google Asia Pacific Pte. Ltd. | จัดเก็บข้อมูลบนคลาวด์ | สิงคโปร์ |")]},
    {"note": "retention of booking data 10 -> 5 years",
     "repl": [("เป็นระยะเวลา 10 ปีนับแต่วันที่", "เป็นระยะเวลา 5 ปีนับแต่วันที่")]},
    {"note": "new section 'personal data of minors' inserted after section 4 (sections renumbered)",
     "repl": [("## 5. สิทธิของเจ้าของข้อมูล",
               "## 5. ข้อมูลส่วนบุคคลของผู้เยาว์\n\nบริษัทฯ ไม่มีเจตนาเก็บรวบรวมข้อมูลส่วนบุคคลของผู้เยาว์อายุต่ำกว่า 20 ปีโดยไม่ได้รับความยินยอมจากผู้ใช้อำนาจปกครอง หากท่านจองการเดินทางให้แก่ผู้เยาว์ ท่านรับรองว่าได้รับความยินยอมดังกล่าวแล้ว\n\n## 6. สิทธิของเจ้าของข้อมูล"),
              ("## 6. ติดต่อเจ้าหน้าที่", "## 7. ติดต่อเจ้าหน้าที่")]},
    {"note": "link target changed: PDPC complaint link now points to the complaint page (date not bumped)", "bump": False,
     "repl": [("(https://www.pdpc.or.th)", "(https://www.pdpc.or.th/th/complaint/)")]},
    {"note": "DPO address changed (office moved to One Bangkok)",
     "repl": [("@ 999 อาคารสาทรสแควร์ ชั้น 21 ถนนสาทรเหนือ แขวงสีลม เขตบางรัก กรุงเทพมหานคร 10500",
               "@ อาคารวัน แบงค็อก ทาวเวอร์ 4 ชั้น 30 ถนนวิทยุ แขวงลุมพินี เขตปทุมวัน กรุงเทพมหานคร 10330")]},
]

ADVISORIES = [
    "ประกาศ: สถานการณ์น้ำท่วมในภาคเหนือ เที่ยวบินไปเชียงรายอาจล่าช้า",
    "ประกาศ: ค่าฝุ่น PM2.5 ในเชียงใหม่สูงเกินมาตรฐาน โปรดตรวจสอบก่อนเดินทาง",
    "ประกาศ: ผู้เดินทางไปญี่ปุ่นต้องลงทะเบียน Visit Japan Web ก่อนออกเดินทาง",
    "ประกาศ: พายุโซนร้อนอาจส่งผลต่อเรือโดยสารไปเกาะเต่าและเกาะพะงัน",
]
DEALS = [("กรุงเทพฯ", "โรงแรมริมแม่น้ำเจ้าพระยา", 1890), ("ภูเก็ต", "รีสอร์ตหาดกะตะ", 2450), ("เชียงใหม่", "บูทีคโฮเทลนิมมาน", 1290),
         ("กระบี่", "วิลล่าอ่าวนาง", 3200), ("หัวหิน", "รีสอร์ตริมทะเลหัวหิน", 2790), ("โตเกียว", "โรงแรมใกล้สถานีชินจูกุ", 4100)]
CODES = ["SABAI8", "TRIP300", "PAYDAY12", "WEEKEND10", "NEWMEMBER"]
CUR = {"THB": ("฿", 1.0), "USD": ("US$", 0.028)}


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["build"] = C.keep_or(rng, prev.get("build"), 0.55,
                           lambda: (C.hexs(rng, 20), C.hexs(rng, 20), C.hexs(rng, 20), rng.getrandbits(32)))
    s["advisory"] = C.keep_or(rng, prev.get("advisory"), 0.5,
                              lambda: None if rng.random() < 0.4 else rng.randrange(len(ADVISORIES)))
    s["deals"] = tuple((k, DEALS[k][2] + rng.choice([-200, -100, 0, 90, 150]), rng.randint(4, 63))
                       for k in rng.sample(range(len(DEALS)), 3))
    s["currency"] = rng.choice(["THB", "THB", "THB", "USD"])
    s["cta"] = C.keep_or(rng, prev.get("cta"), 0.5, lambda: rng.randrange(len(CODES)))
    s["experiment"] = rng.choice(["control", "hdr-search-b"])
    s["visitor"] = C.uuid4(rng)
    return s


LABELS = {
    "build": "Gatsby build: webpack compilation hash, chunk hashes, Emotion class hashes (Gatsby 4 -> 5)",
    "advisory": "travel advisory banner swapped/removed",
    "deals": "deal strip: hotels, prices, 'N คนกำลังดู' viewer counts",
    "currency": "currency switcher (THB/USD) from geo-IP",
    "cta": "inline member-code CTA inside the article",
    "experiment": "header A/B experiment variant",
    "visitor": "per-visit visitor id in server data",
}


def slug(t):
    """github-slugger as gatsby-remark-autolink-headers uses it: lower case, punctuation and symbols dropped (Thai
    vowel and tone marks kept), spaces to hyphens."""
    t = "".join(ch for ch in t.lower() if ch in "-_" or unicodedata.category(ch)[0] not in "PS")
    return re.sub(r" ", "-", t)


ANCHOR = ('<a href="#%s" aria-label="%s permalink" class="anchor before"><svg aria-hidden="true" focusable="false" height="16" '
          'version="1.1" viewBox="0 0 16 16" width="16"><path fill-rule="evenodd" d="M4 9h1v1H4c-1.5 0-3-1.69-3-3.5S2.55 3 4 3h4c1.45 0 3 '
          '1.69 3 3.5 0 1.41-.91 2.72-2 3.25V8.59c.58-.45 1-1.27 1-2.09C10 5.22 8.98 4 8 4H4c-.98 0-2 1.22-2 2.5S3 9 4 9z"></path></svg></a>')


def render(s, blocks, when):
    wph, apph, comph, seed = s["build"]
    rng = random.Random(seed)
    cls = {k: "css-" + "".join(rng.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(7))
           for k in ["page", "header", "adv", "main", "article", "cta", "aside", "deal", "footer"]}
    gatsby5 = when >= dt.datetime(2023, 2, 14)
    gen = "Gatsby 5.12.4" if gatsby5 else "Gatsby 4.24.8"
    sym, rate = CUR[s["currency"]]
    head, secs = C.split_sections(blocks)
    h1, lead = head[0], head[1:]
    parts = []
    for n, (t, bl) in enumerate(secs, 1):
        sl = slug(t)
        parts.append('<h2 id="%s" style="position:relative">%s%s</h2>\n%s' % (sl, ANCHOR % (sl, sl), C.inline_html(t), C.blocks_html(bl)))
        if n == 2:
            parts.append('<div data-testid="inline-cta" class="%s"><p>สมาชิก TripSabai รับส่วนลดโรงแรมเพิ่ม 8%% ใช้โค้ด <strong>%s</strong></p>'
                         '<a href="/th-th/member/?utm_source=legal&amp;utm_campaign=%s">สมัครสมาชิกฟรี</a></div>'
                         % (cls["cta"], CODES[s["cta"]], CODES[s["cta"]].lower()))
    article = ('<article data-testid="legal-article" class="%s">\n%s\n%s\n%s\n</article>'
               % (cls["article"], C.block_html(h1), C.blocks_html(lead), "\n".join(parts)))
    adv = "" if s["advisory"] is None else (
        '<div role="alert" data-testid="travel-advisory" class="%s"><span>%s</span><a href="/th-th/travel-alerts/">ดูรายละเอียด</a></div>'
        % (cls["adv"], ADVISORIES[s["advisory"]]))
    deals = "".join('<li class="%s"><a href="/th-th/hotels/%d/"><p>%s</p><p>%s</p><p>เริ่มต้น %s%s/คืน</p><p>มีผู้ใช้ %d คนกำลังดูที่พักนี้</p></a></li>'
                    % (cls["deal"], k + 1001, DEALS[k][0], DEALS[k][1], sym,
                       "{:,}".format(p) if s["currency"] == "THB" else "%.0f" % (p * rate), v)
                    for k, p, v in s["deals"])
    if s["experiment"] == "control":
        header = ('<header class="%s"><a href="/th-th/" aria-label="TripSabai"><img src="/static/logo-%s.svg" alt="TripSabai"></a>'
                  '<nav><a href="/th-th/hotels/">โรงแรม</a><a href="/th-th/flights/">เที่ยวบิน</a><a href="/th-th/activities/">กิจกรรม</a></nav>'
                  '<button data-testid="currency-switcher">%s</button><button data-testid="language-switcher">ไทย</button>'
                  '<a href="/th-th/login/">เข้าสู่ระบบ</a></header>' % (cls["header"], apph[:8], s["currency"]))
    else:
        header = ('<header class="%s" data-exp="hdr-search-b"><a href="/th-th/" aria-label="TripSabai"><img src="/static/logo-%s.svg" alt="TripSabai"></a>'
                  '<form action="/th-th/search/"><input type="search" name="q" placeholder="ค้นหาจุดหมายปลายทาง โรงแรม หรือสถานที่"><button type="submit">ค้นหา</button></form>'
                  '<button data-testid="currency-switcher">%s</button><button data-testid="language-switcher">TH</button>'
                  '<a href="/th-th/login/">เข้าสู่ระบบ / สมัครสมาชิก</a></header>' % (cls["header"], apph[:8], s["currency"]))
    footer = ('<footer class="%s"><p>© %d บริษัท ทริปสบาย จำกัด ใบอนุญาตประกอบธุรกิจนำเที่ยวเลขที่ 11/09876</p>'
              '<a href="/th-th/terms/">ข้อกำหนดการใช้งาน</a><a href="/th-th/privacy-policy/">นโยบายความเป็นส่วนตัว</a>'
              '<a href="/th-th/cookie-policy/">นโยบายคุกกี้</a></footer>' % (cls["footer"], when.year))
    style = "".join(".%s{%s}" % (v, rng.choice(["display:flex;", "margin:0 auto;max-width:1120px;", "padding:16px;", "color:#1a1a2e;"]))
                    for v in cls.values())
    comp = "component---src-templates-legal-page-tsx"
    return ('<!DOCTYPE html><html lang="th"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/>'
            '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/>'
            '<meta name="generator" content="%s"/><title data-react-helmet="true">นโยบายความเป็นส่วนตัว | TripSabai</title>'
            '<style data-emotion="css %s">%s</style>'
            '<link as="script" rel="preload" href="/webpack-runtime-%s.js"/><link as="script" rel="preload" href="/app-%s.js"/>'
            '<link as="script" rel="preload" href="/%s-%s.js"/>'
            '<link as="fetch" rel="preload" href="/page-data/th-th/privacy-policy/page-data.json" crossorigin="anonymous"/>'
            '<link as="fetch" rel="preload" href="/page-data/app-data.json" crossorigin="anonymous"/></head>'
            '<body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">'
            '<div class="%s">%s%s<main class="%s">%s<aside class="%s"><h3>ดีลที่พักแนะนำวันนี้</h3><ul>%s</ul></aside></main>%s</div>'
            '</div><div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true"></div></div>'
            '<script>window.__TRIPSABAI_SERVER_DATA__={"visitorId":"%s","currency":"%s","experiment":"%s"}</script>'
            '<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/th-th/privacy-policy/";window.___webpackCompilationHash="%s";/*]]>*/</script>'
            '<script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping={"app":["/app-%s.js"],"%s":["/%s-%s.js"]};/*]]>*/</script>'
            '<script src="/webpack-runtime-%s.js" async=""></script><script src="/app-%s.js" async=""></script>'
            '<script src="/%s-%s.js" async=""></script></body></html>'
            % (gen, " ".join(v[4:] for v in cls.values()), style, wph, apph, comp, comph, cls["page"], header, adv, cls["main"],
               article, cls["aside"], deals, footer, s["visitor"], s["currency"], s["experiment"], wph, apph, comp, comp, comph,
               wph, apph, comp, comph))


PAGE = {
    "service": "TripSabai", "url": URL, "lang": "th-TH", "platform": "Gatsby",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Netlify"), ("Cache-Control", "public, max-age=0, must-revalidate")),
    "n": 31, "start": dt.date(2021, 2, 15), "end": dt.date(2026, 6, 10), "hours": (3, 9, 15, 21),
    "policy": POLICY, "first_updated": dt.date(2020, 12, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["[data-testid=\"legal-article\"]"], "remove": ["[data-testid=\"inline-cta\"]"]},
}
