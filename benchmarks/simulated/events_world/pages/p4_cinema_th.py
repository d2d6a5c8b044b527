"""Mekha Cineplex, a Thai cinema chain: Nuxt 2 (Vue 2 SSR) site, the policy page's text from the CMS through v-html,
Cookie Wow consent. Per visit: the server time and today's showtimes in the `window.__NUXT__` payload; the "กำลังฉาย"
(now showing) rotator in the header (films, ratings, first screening today); per deploy the `/_nuxt/` chunk hashes
and the production `data-v-*` scope ids (content hashes) of the page's template elements, among them the declared
`.privacy-content` and its title; inside it the rotating promotion banner (a linked image, no text) and the share
buttons' `<client-only>` placeholder comment, not removed by the declaration."""
import datetime as dt
import html
import json

import common as C

URL = "https://www.mekhacineplex.com/privacy-policy"

DUAN = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม",
        "พฤศจิกายน", "ธันวาคม"]


def fmt_date(d):
    return "%d %s %d" % (d.day, DUAN[d.month - 1], d.year + 543)


POLICY = """
# นโยบายความเป็นส่วนตัว

ปรับปรุงล่าสุด: {UPDATED}

บริษัท เมฆา ซีนีเพล็กซ์ จำกัด (มหาชน) ("บริษัทฯ" หรือ "เรา") ให้ความสำคัญกับการคุ้มครองข้อมูลส่วนบุคคลของลูกค้าทุกท่านที่ใช้บริการโรงภาพยนตร์ เว็บไซต์ แอปพลิเคชัน และบัตรสมาชิก M-Card ของเรา นโยบายความเป็นส่วนตัวฉบับนี้จัดทำขึ้นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 เพื่อแจ้งให้ท่านทราบถึงวิธีการที่เราเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลของท่าน

## 1. ข้อมูลส่วนบุคคลที่เราเก็บรวบรวม

เราอาจเก็บรวบรวมข้อมูลส่วนบุคคลของท่านดังต่อไปนี้

- ข้อมูลระบุตัวตน เช่น ชื่อ นามสกุล วันเดือนปีเกิด เพศ และเลขประจำตัวประชาชน (กรณีสมัครบัตรสมาชิกประเภทนักเรียนนักศึกษา)
- ข้อมูลการติดต่อ เช่น หมายเลขโทรศัพท์มือถือ อีเมล และบัญชี LINE
- ข้อมูลการทำธุรกรรม เช่น ภาพยนตร์ สาขา รอบฉาย ที่นั่งที่จอง ประวัติการซื้อป๊อปคอร์นและเครื่องดื่ม และคะแนนสะสม
- ข้อมูลการชำระเงิน เช่น ประเภทบัตรและเลขบัตรสี่หลักสุดท้าย โดยข้อมูลบัตรเต็มจะถูกประมวลผลโดยผู้ให้บริการชำระเงินเท่านั้น
- ข้อมูลทางเทคนิค เช่น หมายเลขไอพี รหัสอุปกรณ์ ข้อมูลคุกกี้ และพฤติกรรมการใช้งานเว็บไซต์และแอปพลิเคชัน
- ภาพและเสียงจากกล้องวงจรปิดภายในโรงภาพยนตร์และบริเวณโถงจำหน่ายตั๋ว

## 2. วัตถุประสงค์และฐานทางกฎหมายในการประมวลผล

| วัตถุประสงค์ | ฐานทางกฎหมาย |
| จองและจำหน่ายตั๋วภาพยนตร์ ส่งตั๋วอิเล็กทรอนิกส์ และแจ้งเปลี่ยนแปลงรอบฉาย | การปฏิบัติตามสัญญา |
| บริหารบัตรสมาชิก M-Card คะแนนสะสม และสิทธิประโยชน์ | การปฏิบัติตามสัญญา |
| ตรวจสอบและป้องกันการทุจริต การจองที่นั่งโดยโปรแกรมอัตโนมัติ และการขายตั๋วต่อเกินราคา | ประโยชน์โดยชอบด้วยกฎหมาย |
| รักษาความปลอดภัยของลูกค้าและทรัพย์สินด้วยกล้องวงจรปิด และป้องกันการบันทึกภาพยนตร์โดยไม่ได้รับอนุญาต | ประโยชน์โดยชอบด้วยกฎหมาย |
| ส่งข่าวสาร โปรโมชั่น และข้อเสนอพิเศษที่ตรงกับความสนใจของท่าน | ความยินยอม |
| ปฏิบัติตามกฎหมาย เช่น กฎหมายภาษีอากรและการจัดทำใบกำกับภาษี | การปฏิบัติตามกฎหมาย |

## 3. การเปิดเผยข้อมูลส่วนบุคคล

เราอาจเปิดเผยข้อมูลส่วนบุคคลของท่านให้แก่บุคคลภายนอกเท่าที่จำเป็น ดังนี้

| ผู้รับข้อมูล | วัตถุประสงค์ |
| ผู้ให้บริการระบบชำระเงินและธนาคาร | ดำเนินการชำระเงินค่าตั๋วและสินค้า |
| ผู้ให้บริการระบบคลาวด์และระบบจำหน่ายตั๋ว | จัดเก็บข้อมูลและให้บริการระบบจองตั๋ว |
| พันธมิตรทางธุรกิจ เช่น ธนาคารและผู้ให้บริการเครือข่ายโทรศัพท์ | ให้สิทธิประโยชน์ร่วม เมื่อท่านใช้สิทธิ์ผ่านพันธมิตรนั้น |
| หน่วยงานของรัฐและเจ้าหน้าที่ตำรวจ | ปฏิบัติตามกฎหมายหรือคำสั่งที่ชอบด้วยกฎหมาย |

เราจะกำหนดให้ผู้ประมวลผลข้อมูลส่วนบุคคลที่ได้รับข้อมูลจากเรามีมาตรการรักษาความปลอดภัยที่เหมาะสม และประมวลผลข้อมูลตามคำสั่งของเราเท่านั้น

## 4. การส่งหรือโอนข้อมูลไปยังต่างประเทศ

ข้อมูลบางส่วนอาจถูกจัดเก็บบนระบบคลาวด์ที่ตั้งอยู่นอกประเทศไทย เช่น ประเทศสิงคโปร์ ในกรณีดังกล่าว เราจะดำเนินการให้ประเทศปลายทางมีมาตรฐานการคุ้มครองข้อมูลส่วนบุคคลที่เพียงพอ หรือจัดให้มีมาตรการคุ้มครองที่เหมาะสมตามที่กฎหมายกำหนด

## 5. ระยะเวลาในการเก็บรักษาข้อมูล

| ประเภทข้อมูล | ระยะเวลาเก็บรักษา |
| ข้อมูลสมาชิก M-Card | ตลอดระยะเวลาการเป็นสมาชิก และอีก 2 ปีนับแต่วันที่สิ้นสุดสมาชิกภาพ |
| ข้อมูลการซื้อตั๋วและใบกำกับภาษี | 5 ปี ตามกฎหมายภาษีอากร |
| ภาพจากกล้องวงจรปิด | ไม่เกิน 30 วัน เว้นแต่มีความจำเป็นต้องใช้เป็นหลักฐาน |
| ข้อมูลคุกกี้ | ตามอายุของคุกกี้แต่ละประเภท |

## 6. สิทธิของเจ้าของข้อมูลส่วนบุคคล

ภายใต้กฎหมายคุ้มครองข้อมูลส่วนบุคคล ท่านมีสิทธิดังต่อไปนี้

- สิทธิในการเข้าถึงและขอรับสำเนาข้อมูลส่วนบุคล
- สิทธิในการขอให้แก้ไขข้อมูลให้ถูกต้องและเป็นปัจจุบัน
- สิทธิในการขอให้ลบหรือทำลายข้อมูล
- สิทธิในการขอให้ระงับการใช้ข้อมูล
- สิทธิในการคัดค้านการประมวลผลข้อมูล
- สิทธิในการขอให้โอนย้ายข้อมูล
- สิทธิในการถอนความยินยอม

ท่านสามารถใช้สิทธิข้างต้นได้โดยกรอกแบบฟอร์มคำขอใช้สิทธิในแอปพลิเคชัน หรือติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลตามช่องทางด้านล่าง เราจะพิจารณาและแจ้งผลภายใน 30 วันนับแต่วันที่ได้รับคำขอ หากท่านเห็นว่าเราไม่ปฏิบัติตามกฎหมาย ท่านมีสิทธิร้องเรียนต่อสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล

## 7. การรักษาความมั่นคงปลอดภัยของข้อมูล

เราจัดให้มีมาตรการรักษาความมั่นคงปลอดภัยทั้งในเชิงองค์กรและเชิงเทคนิคที่เหมาะสม เช่น การเข้ารหัสข้อมูลระหว่างการรับส่ง การจำกัดสิทธิการเข้าถึงข้อมูลเฉพาะพนักงานที่มีหน้าที่เกี่ยวข้อง และการทบทวนมาตรการดังกล่าวอย่างสม่ำเสมอ ในกรณีที่เกิดเหตุการละเมิดข้อมูลส่วนบุคคลซึ่งมีความเสี่ยงสูงที่จะกระทบต่อสิทธิและเสรีภาพของท่าน เราจะแจ้งให้ท่านทราบโดยไม่ชักช้า

## 8. คุกกี้

เว็บไซต์ของเราใช้คุกกี้เพื่อให้ระบบจองตั๋วทำงานได้อย่างถูกต้อง จดจำสาขาที่ท่านเลือก วิเคราะห์การใช้งาน และนำเสนอโฆษณาที่เกี่ยวข้อง ท่านสามารถตั้งค่าหรือเพิกถอนความยินยอมในการใช้คุกกี้ได้ผ่านแถบการตั้งค่าคุกกี้บนเว็บไซต์

## 9. การเปลี่ยนแปลงนโยบาย

เราอาจปรับปรุงนโยบายความเป็นส่วนตัวฉบับนี้เป็นครั้งคราว โดยจะแจ้งวันที่ปรับปรุงล่าสุดไว้ที่ด้านบนของหน้านี้ หากมีการเปลี่ยนแปลงที่สำคัญ เราจะแจ้งให้ท่านทราบผ่านอีเมลหรือแอปพลิเคชัน

## 10. ติดต่อเรา

หากท่านมีคำถามเกี่ยวกับนโยบายนี้ หรือต้องการใช้สิทธิของท่าน กรุณาติดต่อ

@ เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล (DPO)
@ บริษัท เมฆา ซีนีเพล็กซ์ จำกัด (มหาชน)
@ 1839 อาคารเมฆาทาวเวอร์ ชั้น 12 ถนนพหลโยธิน แขวงลาดยาว เขตจตุจักร กรุงเทพมหานคร 10900
@ อีเมล: dpo@mekhacineplex.com
@ โทรศัพท์: 02 511 5555 ต่อ 1204
"""

EDITS = [
    {"note": "typo fixed: 'ส่วนบุคล' -> 'ส่วนบุคคล' in the rights list (no date change)", "bump": False,
     "repl": [("- สิทธิในการเข้าถึงและขอรับสำเนาข้อมูลส่วนบุคล", "- สิทธิในการเข้าถึงและขอรับสำเนาข้อมูลส่วนบุคคล")]},
    {"note": "LINE added to the recipients table",
     "repl": [("| หน่วยงานของรัฐและเจ้าหน้าที่ตำรวจ |",
               "| บริษัท ไลน์ คอมพานี (ประเทศไทย) จำกัด | ส่งตั๋วและการแจ้งเตือนรอบฉายผ่าน LINE Official Account |\n"
               "| หน่วยงานของรัฐและเจ้าหน้าที่ตำรวจ |")]},
    {"note": "CCTV retention extended from 30 to 60 days",
     "repl": [("| ไม่เกิน 30 วัน เว้นแต่", "| ไม่เกิน 60 วัน เว้นแต่")]},
    {"note": "new section on minors' data",
     "repl": [("## 8. คุกกี้",
               "## 8. ข้อมูลส่วนบุคคลของผู้เยาว์\n\n"
               "บัตรสมาชิก M-Card Junior สำหรับผู้ที่มีอายุต่ำกว่า 20 ปี ต้องได้รับความยินยอมจากผู้ใช้อำนาจปกครองก่อนการสมัคร "
               "เราจะเก็บรวบรวมข้อมูลของผู้เยาว์เท่าที่จำเป็นต่อการให้บริการ และจะไม่ใช้ข้อมูลดังกล่าวเพื่อการโฆษณาแบบเฉพาะบุคคล\n\n"
               "## 9. คุกกี้"),
              ("## 9. การเปลี่ยนแปลงนโยบาย", "## 10. การเปลี่ยนแปลงนโยบาย"),
              ("## 10. ติดต่อเรา", "## 11. ติดต่อเรา")]},
    {"note": "DPO phone number changed",
     "repl": [("@ โทรศัพท์: 02 511 5555 ต่อ 1204", "@ โทรศัพท์: 02 017 8888 ต่อ 3")]},
]

FILMS = [("Spider-Man: No Way Home", "น 13+", (2021, 12)), ("The Batman", "น 15+", (2022, 3)),
         ("Sonic the Hedgehog 2", "ท", (2022, 4)), ("สัตว์มหัศจรรย์: ความลับของดัมเบิลดอร์", "น 13+", (2022, 4)),
         ("ท็อปกัน: มาเวอริค", "น 13+", (2022, 5)), ("Doctor Strange in the Multiverse of Madness", "น 13+", (2022, 5)),
         ("Jurassic World: ทวงคืนอาณาจักร", "น 13+", (2022, 6)), ("มินเนี่ยนส์ 2", "ท", (2022, 7)),
         ("Thor: Love and Thunder", "น 13+", (2022, 7)), ("บุพเพสันนิวาส ๒", "ท", (2022, 7)),
         ("Bullet Train", "น 18+", (2022, 8)), ("Black Panther: Wakanda Forever", "น 13+", (2022, 11)),
         ("อวตาร: วิถีแห่งสายน้ำ", "น 13+", (2022, 12)), ("Puss in Boots: The Last Wish", "ท", (2023, 1)),
         ("John Wick: Chapter 4", "น 18+", (2023, 3)), ("The Super Mario Bros. Movie", "ท", (2023, 4)),
         ("Guardians of the Galaxy Vol. 3", "น 13+", (2023, 5)), ("Elemental", "ท", (2023, 6)),
         ("ขุนพันธ์ 3", "น 15+", (2023, 7)), ("Oppenheimer", "น 15+", (2023, 7)), ("Barbie", "น 13+", (2023, 7)),
         ("สัปเหร่อ", "น 15+", (2023, 10)), ("ธี่หยด", "น 18+", (2023, 10)), ("แมนสรวง", "น 15+", (2023, 12)),
         ("Wonka", "ท", (2023, 12)), ("4 Kings 2", "น 18+", (2023, 12)), ("Dune: ภาคสอง", "น 13+", (2024, 2)),
         ("Godzilla x Kong: อาณาจักรใหม่", "น 13+", (2024, 3)), ("หลานม่า", "ท", (2024, 4)),
         ("Inside Out 2", "ท", (2024, 6)), ("Deadpool & Wolverine", "น 18+", (2024, 7)), ("วิมานหนาม", "น 15+", (2024, 8)),
         ("ธี่หยด 2", "น 18+", (2024, 10)), ("Moana 2", "ท", (2024, 11)), ("Wicked", "ท", (2024, 11)),
         ("Captain America: Brave New World", "น 13+", (2025, 2)), ("Snow White", "ท", (2025, 3))]
PROMOS = ["m-card-wednesday", "popcorn-combo-199", "kbank-buy1get1", "student-day", "ais-points", "imax-upgrade",
          "truemoney-cashback", "birthday-month"]


def noise(rng, when, i, prev):
    p = prev or {}
    s = {}
    s["server_time"] = C.epoch(when) * 1000 + rng.randint(0, 999)
    out = [j for j, f in enumerate(FILMS) if (when.year, when.month) >= f[2]]
    out = sorted(out, key=lambda j: FILMS[j][2])[-8:]
    s["now_showing"] = tuple((f, "%02d:%02d" % (rng.randint(9, 12), rng.choice([0, 10, 20, 30, 40, 50])))
                             for f in rng.sample(out, min(6, len(out))))
    s["deploy"] = C.keep_or(rng, p.get("deploy"), 0.25,
                            lambda: tuple(C.hexs(rng, 7) for _ in range(5)) + (C.hexs(rng, 8), C.hexs(rng, 8)))
    s["promo"] = C.keep_or(rng, p.get("promo"), 0.6, lambda: rng.randrange(len(PROMOS)))
    s["cwc"] = C.keep_or(rng, p.get("cwc"), 0.05, lambda: C.uuid4(rng))
    return s


LABELS = {"server_time": "server time in __NUXT__ state", "now_showing": "now-showing rotator (films, first screening)",
          "deploy": "/_nuxt/ chunk hashes and data-v scope ids (deploy)",
          "promo": "promotion banner inside .privacy-content (image link)", "cwc": "Cookie Wow config id"}


def render(state, blocks, when):
    d = state["deploy"]
    chunks, vpage, vlay = d[:5], d[5], d[6]
    promo = PROMOS[state["promo"]]
    title = [b for b in blocks if b[0] == "h1"][0][1]
    body_blocks = [b for b in blocks if b[0] != "h1"]
    cms = C.blocks_html(body_blocks, sep="")
    films = []
    for f, t in state["now_showing"]:
        name, rate, _ = FILMS[f]
        films.append('<div data-v-%s class="swiper-slide movie-card"><a data-v-%s href="/movie/%s" class="movie-card__link">'
                     '<img data-v-%s src="https://cdn.mekhacineplex.com/movies/%s/poster-w300.webp" alt="%s" class="movie-card__poster">'
                     '<span data-v-%s class="movie-card__rate">%s</span><p data-v-%s class="movie-card__name">%s</p>'
                     '<p data-v-%s class="movie-card__time">รอบแรกวันนี้ %s</p></a></div>'
                     % (vlay, vlay, C.det_sha(name)[:8], vlay, C.det_sha("p", name)[:10], html.escape(name), vlay,
                        html.escape(rate), vlay, html.escape(name), vlay, t))
    nuxt_movies = [{"id": C.det_sha(FILMS[f][0])[:8], "title": FILMS[f][0], "rate": FILMS[f][1], "firstShow": t}
                   for f, t in state["now_showing"]]
    nuxt = ('window.__NUXT__=(function(a,b,c,d){return {layout:"default",data:[{page:{slug:"privacy-policy",'
            'seo:{title:"นโยบายความเป็นส่วนตัว",description:a}}}],fetch:{},error:b,state:{app:{serverTime:%d,'
            'lang:"th",branch:b},movie:{nowShowing:%s,comingSoon:[]},auth:{loggedIn:c,user:b}},serverRendered:d,'
            'routePath:"\\u002Fprivacy-policy",config:{apiBase:"https:\\u002F\\u002Fapi.mekhacineplex.com\\u002Fv2",'
            'cdn:"https:\\u002F\\u002Fcdn.mekhacineplex.com",_app:{basePath:"\\u002F",assetsPath:"\\u002F_nuxt\\u002F",'
            'cdnURL:b}}}}("นโยบายความเป็นส่วนตัวของเมฆา ซีนีเพล็กซ์",null,false,true));'
            % (state["server_time"], json.dumps(nuxt_movies, ensure_ascii=False).replace("/", "\\u002F")))
    preload = "".join('<link rel="preload" href="/_nuxt/%s.js" as="script">' % c for c in chunks)
    scripts = "".join('<script src="/_nuxt/%s.js" defer></script>' % c for c in chunks)
    return ("""<!doctype html>
<html lang="th" data-n-head="%%7B%%22lang%%22:%%7B%%22ssr%%22:%%22th%%22%%7D%%7D">
  <head>
    <title>นโยบายความเป็นส่วนตัว | เมฆา ซีนีเพล็กซ์</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" data-hid="description" name="description" content="นโยบายความเป็นส่วนตัวของเมฆา ซีนีเพล็กซ์"><meta data-n-head="ssr" data-hid="og:title" property="og:title" content="นโยบายความเป็นส่วนตัว | เมฆา ซีนีเพล็กซ์"><meta data-n-head="ssr" data-hid="og:image" property="og:image" content="https://cdn.mekhacineplex.com/og/mekha-og.jpg"><link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico"><link data-n-head="ssr" rel="preconnect" href="https://fonts.googleapis.com"><link data-n-head="ssr" rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Prompt:wght@300;400;600&amp;display=swap"><script data-n-head="ssr" type="text/javascript" src="https://cookiecdn.com/cwc.js"></script><script data-n-head="ssr" id="cookieWow" type="text/javascript" src="https://cookiecdn.com/configs/%(cwc)s" data-cwcid="%(cwc)s"></script><script data-n-head="ssr" data-hid="gtm-script">if(!window._gtm_init){window._gtm_init=1;(function(w,n,d,m,e,p){w[d]=(w[d]==1||n[d]=='yes'||n[d]==1||n[m]==1||(w[e]&&w[e][p]&&w[e][p]()))?1:0})(window,navigator,'doNotTrack','msDoNotTrack','external','msTrackingProtectionEnabled');(function(w,d,s,l,x,y){w[x]={};w._gtm_inject=function(i){w[x][i]=1;w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f);};w[y]('GTM-N4XK2TL')})(window,document,'script','dataLayer','_gtm_ids','_gtm_inject')}</script>%(preload)s<link rel="stylesheet" href="/_nuxt/css/%(css)s.css">
  </head>
  <body>
    <noscript data-n-head="ssr" data-hid="gtm-noscript" data-pbody="true"><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-N4XK2TL&" height="0" width="0" style="display:none;visibility:hidden" title="gtm"></iframe></noscript><div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div data-v-%(vlay)s class="layout-default"><header data-v-%(vlay)s class="site-header"><div data-v-%(vlay)s class="site-header__top container"><a data-v-%(vlay)s href="/" aria-current="page" class="site-header__logo nuxt-link-active"><img data-v-%(vlay)s src="/images/logo-mekha.svg" alt="เมฆา ซีนีเพล็กซ์" width="160" height="40"></a><nav data-v-%(vlay)s class="site-header__nav"><a data-v-%(vlay)s href="/movies" class="site-header__link">ภาพยนตร์</a><a data-v-%(vlay)s href="/cinemas" class="site-header__link">โรงภาพยนตร์</a><a data-v-%(vlay)s href="/promotions" class="site-header__link">โปรโมชั่น</a><a data-v-%(vlay)s href="/m-card" class="site-header__link">M-Card</a><a data-v-%(vlay)s href="/news" class="site-header__link">ข่าวสาร</a></nav><div data-v-%(vlay)s class="site-header__actions"><button data-v-%(vlay)s type="button" class="btn-lang">EN</button><a data-v-%(vlay)s href="/login" class="btn btn--primary">เข้าสู่ระบบ</a></div></div><div data-v-%(vlay)s class="now-showing-bar"><div data-v-%(vlay)s class="container"><h2 data-v-%(vlay)s class="now-showing-bar__title">กำลังฉาย</h2><div data-v-%(vlay)s class="swiper-container now-showing-swiper"><div data-v-%(vlay)s class="swiper-wrapper">%(films)s</div></div></div></div></header><main data-v-%(vlay)s class="site-main"><section data-v-%(vpage)s class="privacy-page"><div data-v-%(vpage)s class="container"><nav data-v-%(vpage)s aria-label="breadcrumb" class="breadcrumb"><a data-v-%(vpage)s href="/" class="nuxt-link-active">หน้าแรก</a><span data-v-%(vpage)s>/</span><span data-v-%(vpage)s>นโยบายความเป็นส่วนตัว</span></nav><div data-v-%(vpage)s class="privacy-content"><h1 data-v-%(vpage)s class="privacy-content__title">%(title)s</h1><div data-v-%(vpage)s class="privacy-content__body cms-content">%(cms)s</div><a data-v-%(vpage)s href="/promotions/%(promo)s?utm_source=web&amp;utm_medium=banner&amp;utm_campaign=privacy" class="promo-banner"><img data-v-%(vpage)s src="https://cdn.mekhacineplex.com/promotions/%(promo)s/banner-1200x300.webp" alt="" loading="lazy" class="promo-banner__img"></a><div data-v-%(vpage)s class="privacy-content__share"><!----></div></div></div></section></main><footer data-v-%(vlay)s class="site-footer"><div data-v-%(vlay)s class="container site-footer__grid"><div data-v-%(vlay)s class="site-footer__col"><img data-v-%(vlay)s src="/images/logo-mekha-white.svg" alt="" width="140" height="35"><p data-v-%(vlay)s>ศูนย์บริการลูกค้า 1251 (ทุกวัน 10:00 - 21:00 น.)</p></div><div data-v-%(vlay)s class="site-footer__col"><a data-v-%(vlay)s href="/terms">ข้อกำหนดและเงื่อนไข</a><a data-v-%(vlay)s href="/privacy-policy" aria-current="page" class="nuxt-link-exact-active nuxt-link-active">นโยบายความเป็นส่วนตัว</a><a data-v-%(vlay)s href="/cookie-policy">นโยบายคุกกี้</a><a data-v-%(vlay)s href="/careers">ร่วมงานกับเรา</a></div><div data-v-%(vlay)s class="site-footer__col site-footer__apps"><a data-v-%(vlay)s href="https://apps.apple.com/th/app/mekha-cineplex/id1460238877"><img data-v-%(vlay)s src="/images/app-store.svg" alt="App Store"></a><a data-v-%(vlay)s href="https://play.google.com/store/apps/details?id=com.mekhacineplex.app"><img data-v-%(vlay)s src="/images/google-play.svg" alt="Google Play"></a></div></div><p data-v-%(vlay)s class="site-footer__copy">© 2567 Mekha Cineplex Public Company Limited. All rights reserved.</p></footer></div></div></div><script>%(nuxt)s</script>%(scripts)s
  </body>
</html>
""" % {"cwc": state["cwc"], "preload": preload, "css": chunks[0][:7] + chunks[1][:1], "vlay": vlay, "vpage": vpage,
       "films": "".join(films), "title": html.escape(title), "cms": cms, "promo": promo, "nuxt": nuxt,
       "scripts": scripts})


PAGE = {
    "service": "Mekha Cineplex",
    "url": URL,
    "lang": "th",
    "platform": "Nuxt 2 (Vue 2 SSR) with a headless CMS, Cookie Wow consent",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "nginx"), ("X-Powered-By", "Express"), ("Vary", "Accept-Encoding")),
    "n": 30,
    "start": dt.date(2022, 6, 1),
    "end": dt.date(2025, 3, 31),
    "hours": (3, 9, 15, 21),
    "policy": POLICY,
    "first_updated": dt.date(2022, 5, 27),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".privacy-content"},
}
