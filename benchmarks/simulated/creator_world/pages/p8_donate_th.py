"""TipJai ทิปใจ (Thai donation alerts and fan-funding for streamers, Bangkok), Next.js 14 App Router on Vercel with
Tailwind; the policy is an MDX page rendered in `article.legal-mdx`. Marketing inserts a promotion callout
(`aside.promo-callout`, fee campaigns) at the top of every legal page's article."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import ckit as K  # noqa: E402

URL = "https://tipjai.co/privacy"


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["th"][d.month - 1], d.year + 543)


POLICY = """
# นโยบายความเป็นส่วนตัว

ปรับปรุงล่าสุด {UPDATED}

บริษัท ทิปใจ เทคโนโลยี จำกัด ให้บริการแพลตฟอร์มรับโดเนทและการสนับสนุนสำหรับสตรีมเมอร์ นักร้อง และครีเอเตอร์ นโยบายนี้อธิบายว่าเราเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลของคุณอย่างไร ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562

## ข้อมูลที่เราเก็บรวบรวม

- ข้อมูลบัญชี เช่น ชื่อ อีเมล และชื่อผู้ใช้
- ข้อมูลครีเอเตอร์ เช่น เลขบัญชีธนาคาร พร้อมเพย์ และสำเนาบัตรประชาชนเพื่อยืนยันตัวตน
- ข้อมูลการโดเนท เช่น จำนวนเงิน ข้อความ และเวลาที่ทำรายการ
- ข้อมูลทางเทคนิค เช่น ที่อยู่ IP ประเภทอุปกรณ์ และคุกกี้

## วัตถุประสงค์ในการใช้ข้อมูล

เราใช้ข้อมูลเพื่อให้บริการรับโดเนท แสดงข้อความแจ้งเตือนบนไลฟ์ตามที่ครีเอเตอร์ตั้งค่า โอนเงินให้ครีเอเตอร์ ยืนยันตัวตนและป้องกันการฉ้อโกง รวมถึงปฏิบัติตามกฎหมายภาษีและกฎหมายป้องกันและปราบปรามการฟอกเงิน

## การเปิดเผยข้อมูล

เราไม่ขายข้อมูลส่วนบุคคล เราเปิดเผยข้อมูลให้ผู้ให้บริการต่อไปนี้เท่าที่จำเป็น

| ผู้ให้บริการ | วัตถุประสงค์ | ประเทศ |
| Omise (Opn Payments) | รับชำระเงิน | ประเทศไทย |
| ธนาคารกสิกรไทย | โอนเงินให้ครีเอเตอร์ | ประเทศไทย |
| Vercel Inc. | โฮสต์เว็บไซต์ | สหรัฐอเมริกา |
| Google Cloud | ฐานข้อมูล (ภูมิภาคสิงคโปร์) | สิงคโปร์ |

## ระยะเวลาการเก็บรักษา

เราเก็บข้อมูลบัญชีตลอดระยะเวลาที่คุณใช้บริการ และเก็บข้อมูลธุรกรรม 5 ปี ตามกฎหมายป้องกันและปราบปรามการฟอกเงิน สำเนาบัตรประชาชนจะถูกลบภายใน 180 วันหลังยืนยันตัวตน

## สิทธิของเจ้าของข้อมูล

คุณมีสิทธิขอเข้าถึง ขอแก้ไข ขอลบ ขอระงับการใช้ และคัดค้านการประมวลผลข้อมูล รวมถึงถอนความยินยอมได้ตลอดเวลา และมีสิทธิร้องเรียนต่อสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล

## ติดต่อเรา

@ บริษัท ทิปใจ เทคโนโลยี จำกัด
@ 999/9 อาคารเดอะออฟฟิศเศส แขวงลุมพินี เขตปทุมวัน กรุงเทพมหานคร 10330
@ อีเมล [privacy@tipjai.co](mailto:privacy@tipjai.co)
"""

EDITS = [
    {"note": "table row added: TrueMoney Wallet",
     "repl": [("| Omise (Opn Payments) | รับชำระเงิน | ประเทศไทย |",
               "| Omise (Opn Payments) | รับชำระเงิน | ประเทศไทย |\n| ทรูมันนี่ (TrueMoney Wallet) | รับชำระเงินผ่านวอลเล็ต | ประเทศไทย |")]},
    {"note": "ID card copy deletion 180 -> 90 days",
     "repl": [("ภายใน 180 วันหลังยืนยันตัวตน", "ภายใน 90 วันหลังยืนยันตัวตน")]},
    {"note": "DPO contact added to contact block",
     "repl": [("@ อีเมล [privacy@tipjai.co](mailto:privacy@tipjai.co)",
               "@ อีเมล [privacy@tipjai.co](mailto:privacy@tipjai.co)\n@ เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล (DPO) [dpo@tipjai.co](mailto:dpo@tipjai.co) โทร 02 026 8899")]},
    {"note": "typo fix without new date: 'ประเภทอุปกรณ์' list item gets browser",
     "bump": False,
     "repl": [("- ข้อมูลทางเทคนิค เช่น ที่อยู่ IP ประเภทอุปกรณ์ และคุกกี้", "- ข้อมูลทางเทคนิค เช่น ที่อยู่ IP ประเภทอุปกรณ์ เบราว์เซอร์ และคุกกี้")]},
    {"note": "new section: AI moderation of donation messages",
     "repl": [("## ระยะเวลาการเก็บรักษา", "## การกรองข้อความโดเนท\n\nข้อความโดเนทจะถูกตรวจด้วยระบบอัตโนมัติเพื่อกรองคำหยาบ ข้อมูลส่วนบุคคล และลิงก์อันตราย ก่อนแสดงบนไลฟ์\n\n## ระยะเวลาการเก็บรักษา")]},
    {"note": "office moved: Lumphini -> Chatuchak; Google Cloud region moved to Bangkok",
     "repl": [("@ 999/9 อาคารเดอะออฟฟิศเศส แขวงลุมพินี เขตปทุมวัน กรุงเทพมหานคร 10330",
               "@ 1 อาคารเอสซีบี พาร์ค พลาซ่า ถนนรัชดาภิเษก แขวงจตุจักร เขตจตุจักร กรุงเทพมหานคร 10900"),
              ("| Google Cloud | ฐานข้อมูล (ภูมิภาคสิงคโปร์) | สิงคโปร์ |", "| Google Cloud | ฐานข้อมูล (ภูมิภาคกรุงเทพฯ) | ประเทศไทย |")]},
]

PROMOS = ["ค่าธรรมเนียม 0% สำหรับครีเอเตอร์ใหม่ 30 วันแรก", "สงกรานต์นี้ รับโดเนทผ่าน QR ฟรีค่าธรรมเนียม",
          "ชวนเพื่อนสตรีมเมอร์ รับเครดิต 200 บาท", "ธีมแจ้งเตือนลอยกระทงมาแล้ว", "ลดค่าธรรมเนียมเหลือ 3% ถึงสิ้นปี"]
DEPLOYS = K.deploys("tipjai|deploy", dt.date(2021, 6, 1), dt.date(2026, 12, 31), 10, 21)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"req": (C.hexs(rng, 32), C.alnum(rng, 12))}
    s["build"] = K.deploy(when, DEPLOYS)
    m = when.month
    s["promo"] = 1 if m == 4 else 3 if m in (10, 11) else 4 if m == 12 else C.keep_or(
        rng, prev.get("promo"), 0.3, lambda: rng.choice([0, 2]))
    s["live"] = rng.randint(120, 2400)
    return s


LABELS = {"req": "Vercel request id / RSC payload ids", "build": "Next.js buildId and chunk hashes",
          "promo": "promotion callout inside the article", "live": "'streamers live now' counter in the header"}


def render(s, blocks, when):
    trace, rsc = s["req"]
    b = s["build"]
    body = K.render_blocks(blocks, tags={"table": ' class="w-full border-collapse"'})
    promo = ('<aside class="promo-callout rounded-lg bg-pink-50 p-4"><p class="font-semibold">โปรโมชัน</p><p>%s</p>'
             '<a href="/signup">สมัครเลย</a></aside>' % C.esc(PROMOS[s["promo"]]))
    flight = ('self.__next_f.push([1,"0:[\\"$\\",\\"$L1\\",null,{\\"buildId\\":\\"%s\\",\\"assetPrefix\\":\\"\\",'
              '\\"initialCanonicalUrl\\":\\"/privacy\\",\\"initialTree\\":[\\"\\",{\\"children\\":[\\"privacy\\",'
              '{\\"children\\":[\\"__PAGE__\\",{}]}]}],\\"rscId\\":\\"%s\\"}]\\n"])' % (b, rsc))
    return (
        '<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, '
        'initial-scale=1"><link rel="stylesheet" href="/_next/static/css/%s.css" data-precedence="next">'
        '<script src="/_next/static/chunks/webpack-%s.js" async=""></script><title>นโยบายความเป็นส่วน'
        'ตัว | TipJai</title>'
        '<meta name="x-vercel-id" content="sin1::iad1::%s"></head><body class="__className_2f1a9c bg-'
        'white text-zinc-800">'
        '<header class="sticky top-0 border-b bg-white"><div class="mx-auto flex max-w-5xl items-cent'
        'er justify-between '
        'p-4"><a href="/" class="text-xl font-bold text-pink-600">TipJai</a><span class="text-sm">สตรีมเมอร์กำลังไลฟ์ '
        '%s คน</span><nav class="flex gap-4"><a href="/creators">ครีเอเตอร์</a><a href="/pricing">ค่าธรรมเนียม</a>'
        '<a href="/login">เข้าสู่ระบบ</a></nav></div></header><main class="mx-auto max-w-3xl px-4 py-10">'
        '<article class="legal-mdx prose prose-zinc">%s\n%s</article></main><footer class="border-t py-6 text-center '
        'text-sm">© %d TipJai Technology Co., Ltd. · <a href="/terms">ข้อกำหนดการใช้งาน</a></footer>'
        '<script src="/_next/static/chunks/main-app-%s.js" async=""></script>'
        '<script>(self.__next_f=self.__next_f||[]).push([0]);%s</script></body></html>'
        % (b[:16], b[5:21], trace, C.group_digits(s["live"], ","), promo, body, when.year, b[-16:], flight))


PAGE = {
    "service": "TipJai", "url": URL, "lang": "th-TH", "platform": "Next.js 14 App Router (Vercel), MDX",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 6, 1), "end": dt.date(2026, 6, 30), "hours": (0, 11),
    "policy": POLICY, "first_updated": dt.date(2022, 5, 30), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article.legal-mdx"], "remove": ["aside.promo-callout"]},
}
