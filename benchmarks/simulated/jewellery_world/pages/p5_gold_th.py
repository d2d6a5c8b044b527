"""ห้างทองศรีสมบูรณ์ (Sri Somboon Gold, a Yaowarat gold shop with branches and a gold-savings app), a Next.js 14
App Router site (Tailwind, `prose` article) behind Vercel, with a CSP nonce on every script set by middleware. The
header shows the Gold Traders Association's price board, which changes several times a day (ครั้งที่ N); the
React Server Components flight data (self.__next_f) at the end of the body repeats the board and the article text.
CookieWow consent banner, LINE Official Account button."""
import datetime as dt
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import jwkit as K  # noqa: E402

POLICY = """
# นโยบายความเป็นส่วนตัว

ปรับปรุงล่าสุดเมื่อวันที่ {UPDATED}

บริษัท ห้างทองศรีสมบูรณ์ จำกัด ("บริษัท" หรือ "เรา") ให้ความสำคัญกับการคุ้มครองข้อมูลส่วนบุคคลของลูกค้าทุกท่านที่ซื้อขายทองคำกับเราที่หน้าร้าน ผ่านเว็บไซต์ หรือผ่านแอปพลิเคชันออมทอง นโยบายนี้อธิบายว่าเราเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลของท่านอย่างไร ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562

## 1. ข้อมูลส่วนบุคคลที่เราเก็บรวบรวม

- ข้อมูลระบุตัวตน เช่น ชื่อ นามสกุล เลขประจำตัวประชาชน และสำเนาบัตรประจำตัวประชาชนเมื่อท่านขายทองคืนหรือทำธุรกรรมตามที่กฎหมายกำหนด
- ข้อมูลการติดต่อ เช่น หมายเลขโทรศัพท์ อีเมล ที่อยู่สำหรับจัดส่ง และบัญชี LINE
- ข้อมูลธุรกรรม เช่น รายการซื้อขายทอง น้ำหนัก ราคา ใบรับประกันสินค้า และยอดสะสมในบัญชีออมทอง
- ข้อมูลทางการเงิน เช่น เลขที่บัญชีธนาคารสำหรับรับเงินจากการขายทองคืน
- ข้อมูลทางเทคนิค เช่น หมายเลข IP ประเภทอุปกรณ์ และคุกกี้

## 2. วัตถุประสงค์และฐานทางกฎหมาย

| วัตถุประสงค์ | ฐานทางกฎหมาย |
| ซื้อขายทองคำแท่งและทองรูปพรรณ ออกใบรับประกัน และจัดส่งสินค้า | การปฏิบัติตามสัญญา |
| เปิดและดูแลบัญชีออมทอง ถอนทองหรือขายคืนผ่านแอปพลิเคชัน | การปฏิบัติตามสัญญา |
| ตรวจสอบตัวตนและรายงานธุรกรรมต่อสำนักงานป้องกันและปราบปรามการฟอกเงิน (ปปง.) | หน้าที่ตามกฎหมาย |
| จัดทำบัญชีและภาษีตามประมวลรัษฎากร | หน้าที่ตามกฎหมาย |
| แจ้งราคาทอง โปรโมชัน และข่าวสารทาง LINE หรืออีเมล | ความยินยอม |

หากท่านไม่ให้ข้อมูลที่จำเป็นตามกฎหมาย เราอาจไม่สามารถรับซื้อทองคืนหรือทำธุรกรรมบางประเภทให้ท่านได้

## 3. การเปิดเผยข้อมูลส่วนบุคคล

เราอาจเปิดเผยข้อมูลส่วนบุคคลของท่านเท่าที่จำเป็นให้แก่บุคคลดังต่อไปนี้

- บริษัท เคอรี่ เอ็กซ์เพรส (ประเทศไทย) จำกัด (มหาชน) และบริษัท ไปรษณีย์ไทย จำกัด สำหรับการจัดส่งสินค้าแบบมีประกัน
- บริษัท 2ซี2พี (ประเทศไทย) จำกัด สำหรับการรับชำระเงินด้วยบัตรเครดิต
- บริษัท ไลน์ คอมพานี (ประเทศไทย) จำกัด สำหรับบริการ LINE Official Account
- ผู้ให้บริการระบบคลาวด์และระบบวิเคราะห์การใช้งานเว็บไซต์ (Google Cloud และ Google Analytics)
- ผู้สอบบัญชีของบริษัท
- หน่วยงานของรัฐ เช่น สำนักงาน ปปง. และกรมสรรพากร เมื่อกฎหมายกำหนด

เราไม่ขายข้อมูลส่วนบุคคลของท่านให้แก่บุคคลภายนอก

## 4. การส่งข้อมูลไปต่างประเทศ

ข้อมูลบางส่วนอาจถูกจัดเก็บบนเซิร์ฟเวอร์ของผู้ให้บริการคลาวด์ในประเทศสิงคโปร์หรือประเทศอื่น ซึ่งเราจะดำเนินการให้มีมาตรการคุ้มครองข้อมูลที่เพียงพอตามที่คณะกรรมการคุ้มครองข้อมูลส่วนบุคลประกาศกำหนด

## 5. ระยะเวลาการเก็บรักษาข้อมูล

เราเก็บข้อมูลธุรกรรมและเอกสารยืนยันตัวตนไว้เป็นเวลา 5 ปีนับแต่วันที่ทำธุรกรรมครั้งสุดท้าย ตามกฎหมายว่าด้วยการป้องกันและปราบปรามการฟอกเงิน ข้อมูลบัญชีออมทองเก็บไว้ตลอดระยะเวลาที่บัญชียังเปิดอยู่ และข้อมูลเพื่อการตลาดเก็บไว้จนกว่าท่านจะถอนความยินยอม

## 6. สิทธิของเจ้าของข้อมูลส่วนบุคคล

ท่านมีสิทธิดังต่อไปนี้

- สิทธิขอเข้าถึงและขอรับสำเนาข้อมูลส่วนบุคคล
- สิทธิขอให้แก้ไขข้อมูลให้ถูกต้องและเป็นปัจจุบัน
- สิทธิขอให้ลบหรือทำลายข้อมูล
- สิทธิขอให้ระงับการใช้ข้อมูล
- สิทธิคัดค้านการเก็บรวบรวม ใช้ หรือเปิดเผยข้อมูล
- สิทธิขอให้โอนย้ายข้อมูล
- สิทธิถอนความยินยอมเมื่อใดก็ได้

เราจะดำเนินการตามคำขอของท่านภายใน 30 วันนับแต่วันที่ได้รับคำขอ หากท่านเห็นว่าเราไม่ปฏิบัติตามกฎหมาย ท่านมีสิทธิร้องเรียนต่อสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล

## 7. ติดต่อเรา

@ เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล บริษัท ห้างทองศรีสมบูรณ์ จำกัด
@ เลขที่ 215 ถนนเยาวราช แขวงสัมพันธวงศ์ เขตสัมพันธวงศ์ กรุงเทพมหานคร 10100
@ อีเมล [dpo@srisomboongold.com](mailto:dpo@srisomboongold.com) โทร 02 222 1234

เราอาจปรับปรุงนโยบายนี้เป็นครั้งคราว โดยจะแจ้งวันที่ปรับปรุงล่าสุดไว้ที่ด้านบนของหน้านี้ และจะแจ้งให้ท่านทราบหากมีการเปลี่ยนแปลงที่สำคัญ
"""

EDITS = [
    {"note": "courier renamed: Kerry Express -> KEX Express",
     "repl": [("บริษัท เคอรี่ เอ็กซ์เพรส (ประเทศไทย) จำกัด (มหาชน)", "บริษัท เคอีเอ็กซ์ เอ็กซ์เพรส (ประเทศไทย) จำกัด (มหาชน)")]},
    {"note": "typo fixed in section 4 (ข้อมูลส่วนบุคล -> ข้อมูลส่วนบุคคล), date unchanged", "bump": False,
     "repl": [("คุ้มครองข้อมูลส่วนบุคลประกาศกำหนด", "คุ้มครองข้อมูลส่วนบุคคลประกาศกำหนด")]},
    {"note": "list item added: KBank PromptPay QR payments",
     "repl": [("- บริษัท 2ซี2พี (ประเทศไทย) จำกัด สำหรับการรับชำระเงินด้วยบัตรเครดิต",
               "- บริษัท 2ซี2พี (ประเทศไทย) จำกัด สำหรับการรับชำระเงินด้วยบัตรเครดิต\n"
               "- ธนาคารกสิกรไทย จำกัด (มหาชน) สำหรับการรับชำระเงินผ่าน QR พร้อมเพย์")]},
    {"note": "retention of transactions and ID documents extended from 5 to 10 years",
     "repl": [("ไว้เป็นเวลา 5 ปีนับแต่วันที่ทำธุรกรรมครั้งสุดท้าย", "ไว้เป็นเวลา 10 ปีนับแต่วันที่ทำธุรกรรมครั้งสุดท้าย")]},
    {"note": "section added: CCTV in the branches",
     "repl": [("## 6. สิทธิของเจ้าของข้อมูลส่วนบุคคล",
               "## 6. กล้องวงจรปิด\n\n"
               "ทุกสาขาของเราติดตั้งกล้องวงจรปิดเพื่อความปลอดภัยของลูกค้า พนักงาน และทรัพย์สิน "
               "โดยมีป้ายแจ้งบริเวณทางเข้า ภาพจากกล้องวงจรปิดจะถูกเก็บไว้ไม่เกิน 90 วัน "
               "เว้นแต่จำเป็นต้องใช้เป็นหลักฐานในการสอบสวนเหตุการณ์\n\n"
               "## 7. สิทธิของเจ้าของข้อมูลส่วนบุคคล"),
              ("## 7. ติดต่อเรา", "## 8. ติดต่อเรา")]},
    {"note": "DPO phone number changed",
     "repl": [("โทร 02 222 1234", "โทร 02 118 8899")]},
]


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["th"][d.month - 1], d.year + 543)


def _thb(d):
    """Baht per US dollar, roughly as it went."""
    pts = [(dt.date(2023, 1, 1), 34.3), (dt.date(2023, 10, 1), 36.5), (dt.date(2024, 4, 1), 36.8),
           (dt.date(2024, 9, 15), 33.5), (dt.date(2024, 12, 31), 34.2), (dt.date(2025, 4, 1), 33.8),
           (dt.date(2025, 12, 31), 32.5)]
    for (a, pa), (b, pb) in zip(pts, pts[1:]):
        if a <= d <= b:
            return pa + (pb - pa) * (d - a).days / (b - a).days
    return pts[-1][1]


def _open_price(d):
    oz = K.gold_usd_oz(d)
    v = oz / 31.1035 * 15.244 * 0.965 * _thb(d)
    return int(round(v / 50.0)) * 50


def _rounds(d):
    r = random.Random("th-board|%s" % d)
    sell = _open_price(d)
    t = dt.datetime(d.year, d.month, d.day, 9, r.randint(25, 32))
    rounds = [(t, sell)]
    while True:
        t += dt.timedelta(minutes=r.randint(12, 95))
        if (t.hour, t.minute) > (17, 30):
            break
        sell += 50 * r.choice([-2, -1, -1, 1, 1, 2])
        rounds.append((t, sell))
    return rounds


def _board(loc):
    """The association's announcement in force at local time `loc`: (date, time, round, bar buy, bar sell, change
    against the previous day's last round). No announcements on Sundays."""
    d = loc.date()
    while True:
        if d.weekday() != 6:
            rounds = [x for x in _rounds(d) if x[0] <= loc]
            if rounds:
                break
        d -= dt.timedelta(days=1)
        loc = dt.datetime(d.year, d.month, d.day, 23, 59)
    p = d - dt.timedelta(days=1)
    while p.weekday() == 6:
        p -= dt.timedelta(days=1)
    prev_close = _rounds(p)[-1][1]
    tt, s = rounds[-1]
    return (d.isoformat(), tt.strftime("%H:%M"), len(rounds), s - 100, s, s - prev_close)


def noise(rng, when, i, prev):
    p = prev or {}
    loc = K.local(when, "th")

    def build():
        return (C.alnum(rng, 21, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                C.hexs(rng, 16), C.hexs(rng, 16), C.hexs(rng, 16), C.hexs(rng, 16))

    return {
        "nonce": C.b64tok(rng, 16),
        "build": C.keep_or(rng, p.get("build"), 0.25, build),
        "board": _board(loc),
    }


LABELS = {
    "nonce": "CSP nonce on every script (middleware, per request)",
    "build": "Next.js buildId and chunk/CSS hashes (Vercel deploy)",
    "board": "Gold Traders Association price board in the header and in the RSC payload (several rounds a day)",
}


def _money(v):
    whole = int(v)
    return "%s.%02d" % (K.thousands(whole, ","), int(round((v - whole) * 100)))


def _article(blocks):
    def table(rows, inl):
        head = "".join("<th>%s</th>" % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return ('<div class="not-prose overflow-x-auto my-6"><table class="min-w-full text-sm border border-neutral-200">'
                '<thead class="bg-amber-50"><tr>%s</tr></thead><tbody class="divide-y">%s</tbody></table></div>'
                % (head, body))

    return K.render_blocks(
        blocks, table=table, sep="",
        link=lambda url, label: '<a class="text-amber-700 underline" href="%s">%s</a>' % (K.attr(url), K.esc(label)),
        heading=lambda kind, v, inl: ('<h1 class="text-3xl font-semibold text-[#7a0e0e]">%s</h1>' % inl(v)
                                      if kind == "h1" else '<%s id="%s">%s</%s>' % (kind, "s" + v.split(".")[0], inl(v), kind)),
        addr=lambda lines, inl: '<address class="not-italic">%s</address>' % "<br/>".join(inl(x) for x in lines))


def _plain(v):
    if isinstance(v, list):
        return [_plain(x) for x in v]
    return re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", v).replace("**", "")


def _flight(blocks):
    """A much simplified RSC tree of the article (the flight data repeats the text)."""
    blocks = [(k, _plain(v)) for k, v in blocks]
    out = []
    for kind, v in blocks:
        if kind in ("ul", "ol"):
            out.append(["$", kind, None, {"children": [["$", "li", str(n), {"children": x}] for n, x in enumerate(v)]}])
        elif kind == "table":
            out.append(["$", "table", None, {"children": [["$", "tr", str(n), {"children": r}] for n, r in enumerate(v)]}])
        elif kind == "addr":
            out.append(["$", "address", None, {"children": v}])
        else:
            out.append(["$", kind, None, {"children": v}])
    return json.dumps(["$", "article", None, {"className": "prose prose-neutral max-w-none lg:prose-lg",
                                              "children": out}], ensure_ascii=False, separators=(",", ":"))


def render(state, blocks, when):
    nonce = state["nonce"]
    build_id, h_css, h_wp, h_app, h_page = state["build"]
    bdate, btime, bround, bbuy, bsell, chg = state["board"]
    bd = dt.date.fromisoformat(bdate)
    orn_buy = round(bbuy * 0.98, 2)
    orn_sell = bsell + 500
    arrow = ('<span class="text-emerald-300">▲ %s</span>' % K.thousands(chg, ",") if chg > 0 else
             '<span class="text-rose-300">▼ %s</span>' % K.thousands(-chg, ",") if chg < 0 else
             '<span class="text-neutral-300">0</span>')
    board_json = json.dumps({"date": bdate, "time": btime, "round": bround, "barBuy": bbuy, "barSell": bsell,
                             "ornamentBuy": orn_buy, "ornamentSell": orn_sell, "change": chg},
                            separators=(",", ":"))
    flight = _flight(blocks)

    def push(s):
        return '<script nonce="%s">self.__next_f.push([1,%s])</script>' % (nonce, json.dumps(s, ensure_ascii=False))

    scripts = "".join([
        '<script nonce="%s">(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>' % nonce,
        push('1:HL["/_next/static/css/%s.css","style"]\n' % h_css),
        push('2:I[5751,[],""]\n4:I[9275,[],""]\n5:I[1343,[],""]\n6:I[3421,["231","static/chunks/231-%s.js","412","static/chunks/app/%%5Blocale%%5D/layout-%s.js"],"GoldBoard"]\n' % (h_wp, h_app)),
        push('0:["%s",[[["",{"children":[["locale","th","d"],{"children":["privacy-policy",{"children":["__PAGE__",{}]}]}]},"$undefined","$undefined",true],["",{"children":[["locale","th","d"],{"children":["privacy-policy",{"children":["__PAGE__",{},[["$L3",%s,null],null],null]},null]}]}]]]]\n' % (build_id, flight)),
        push('7:["$","$L6",null,{"initial":%s}]\n' % board_json),
        push('8:[["$","meta","0",{"name":"viewport","content":"width=device-width, initial-scale=1"}],["$","meta","1",{"charSet":"utf-8"}],["$","title","2",{"children":"นโยบายความเป็นส่วนตัว | ห้างทองศรีสมบูรณ์"}]]\n3:null\n'),
    ])
    doc = """<!DOCTYPE html><html lang="th"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next/static/css/%(h_css)s.css" data-precedence="next" nonce="%(nonce)s"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-%(h_wp)s.js" nonce="%(nonce)s"/><script src="/_next/static/chunks/fd9d1056-%(h_wp)s.js" async="" nonce="%(nonce)s"></script><script src="/_next/static/chunks/main-app-%(h_app)s.js" async="" nonce="%(nonce)s"></script><script src="/_next/static/chunks/app/%%5Blocale%%5D/privacy-policy/page-%(h_page)s.js" async="" nonce="%(nonce)s"></script><title>นโยบายความเป็นส่วนตัว | ห้างทองศรีสมบูรณ์</title><meta name="description" content="นโยบายความเป็นส่วนตัวของห้างทองศรีสมบูรณ์ เยาวราช"/><link rel="canonical" href="https://www.srisomboongold.com/th/privacy-policy"/><link rel="alternate" hrefLang="th" href="https://www.srisomboongold.com/th/privacy-policy"/><link rel="alternate" hrefLang="en" href="https://www.srisomboongold.com/en/privacy-policy"/><meta property="og:title" content="นโยบายความเป็นส่วนตัว"/><meta property="og:site_name" content="ห้างทองศรีสมบูรณ์"/><meta property="og:locale" content="th_TH"/><link rel="icon" href="/favicon.ico" type="image/x-icon" sizes="48x48"/><script src="/_next/static/chunks/polyfills-42372ed130431b0a.js" noModule="" nonce="%(nonce)s"></script><script id="cookieWow" type="text/javascript" src="https://cookiecdn.com/configs/XqhFZ7cW2mNkP8R4tLv9aJ3s" data-cwcid="XqhFZ7cW2mNkP8R4tLv9aJ3s" nonce="%(nonce)s"></script></head><body class="__variable_6b7a2f __variable_c1e4d9 font-sans antialiased bg-white text-neutral-800"><header class="sticky top-0 z-40 bg-white shadow-sm"><div class="bg-[#7a0e0e] text-[#f6e7b4] text-xs sm:text-sm" data-testid="gold-board"><div class="container mx-auto flex flex-wrap items-center gap-x-6 gap-y-1 px-4 py-2"><span class="font-semibold">ราคาทองตามประกาศสมาคมค้าทองคำ</span><span>วันที่ %(bday)d %(bmon)s %(byear)d เวลา %(btime)s น. (ครั้งที่ %(bround)d)</span><dl class="flex gap-4"><div class="flex gap-1"><dt>ทองคำแท่ง รับซื้อ</dt><dd class="font-semibold">%(bbuy)s</dd><dt>ขายออก</dt><dd class="font-semibold">%(bsell)s</dd></div><div class="flex gap-1"><dt>ทองรูปพรรณ รับซื้อ</dt><dd class="font-semibold">%(obuy)s</dd><dt>ขายออก</dt><dd class="font-semibold">%(osell)s</dd></div></dl>%(arrow)s</div></div><div class="container mx-auto flex items-center justify-between px-4 py-3"><a href="/th"><img alt="ห้างทองศรีสมบูรณ์" loading="lazy" width="200" height="56" decoding="async" data-nimg="1" src="/images/logo-srisomboon.svg"/></a><nav class="hidden gap-6 text-sm font-medium lg:flex"><a href="/th/gold-price">ราคาทองวันนี้</a><a href="/th/products">ทองรูปพรรณ</a><a href="/th/gold-bar">ทองคำแท่ง</a><a href="/th/saving">ออมทอง</a><a href="/th/branches">สาขา</a><a href="/th/contact">ติดต่อเรา</a></nav><div class="flex items-center gap-3"><a href="/en/privacy-policy" class="text-xs">EN</a><a href="https://lin.ee/srisomboongold" class="rounded-full bg-[#06C755] px-3 py-1 text-xs text-white">แอดไลน์</a></div></div></header><main class="container mx-auto px-4 py-10"><nav aria-label="breadcrumb" class="mb-6 text-sm text-neutral-500"><ol class="flex gap-2"><li><a href="/th">หน้าแรก</a></li><li>/</li><li aria-current="page">นโยบายความเป็นส่วนตัว</li></ol></nav><article class="prose prose-neutral max-w-none lg:prose-lg">%(article)s</article></main><footer class="mt-16 bg-neutral-900 text-neutral-300"><div class="container mx-auto grid gap-8 px-4 py-10 md:grid-cols-3"><div><p class="font-semibold text-white">ห้างทองศรีสมบูรณ์</p><p>215 ถนนเยาวราช สัมพันธวงศ์ กรุงเทพฯ 10100</p><p>เปิดทุกวัน 09:00-18:00 น.</p></div><div><p class="font-semibold text-white">ดาวน์โหลดแอปออมทอง</p><a href="https://apps.apple.com/th/app/srisomboon-gold/id1582331467">App Store</a> · <a href="https://play.google.com/store/apps/details?id=com.srisomboon.goldsaving">Google Play</a></div><div><a href="/th/terms">ข้อกำหนดการใช้งาน</a><br/><a href="/th/privacy-policy">นโยบายความเป็นส่วนตัว</a><br/><a href="/th/cookie-policy">นโยบายคุกกี้</a></div></div><p class="border-t border-neutral-800 py-4 text-center text-xs">© %(year)d บริษัท ห้างทองศรีสมบูรณ์ จำกัด สงวนลิขสิทธิ์</p></footer><script src="/_next/static/chunks/webpack-%(h_wp)s.js" async="" nonce="%(nonce)s"></script>%(scripts)s<script type="text/javascript" src="https://cookiecdn.com/cwc.js" nonce="%(nonce)s"></script></body></html>""" % {
        "nonce": nonce, "h_css": h_css, "h_wp": h_wp, "h_app": h_app, "h_page": h_page,
        "bday": bd.day, "bmon": K.MONTHS["th"][bd.month - 1], "byear": bd.year + 543, "btime": btime.replace(":", "."),
        "bround": bround, "bbuy": _money(bbuy), "bsell": _money(bsell), "obuy": _money(orn_buy),
        "osell": _money(orn_sell), "arrow": arrow, "article": _article(blocks), "year": when.year,
        "scripts": scripts}
    return doc


PAGE = {
    "service": "Sri Somboon Gold",
    "url": "https://www.srisomboongold.com/th/privacy-policy",
    "lang": "th",
    "platform": "Next.js 14 App Router (Tailwind) on Vercel, CookieWow",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Vercel"), ("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate"),
                      ("Vary", "RSC, Next-Router-State-Tree, Next-Router-Prefetch"), ("X-Powered-By", "Next.js"),
                      ("Strict-Transport-Security", "max-age=63072000")],
    "n": 32,
    "start": dt.date(2023, 9, 4),
    "end": dt.date(2025, 6, 30),
    "hours": (2, 6, 10),
    "policy": POLICY,
    "first_updated": dt.date(2023, 6, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.srisomboongold.com/th/privacy-policy",
        "select": "main article",
    },
}
