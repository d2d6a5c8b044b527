"""KepDee Self Storage (Thai; Bangkok: Rama 9, Bang Na, Lat Phrao), WordPress with the Flatsome theme, Yoast SEO, the
'PDPA Thailand' consent plugin, Post Views Counter and LiteSpeed Cache on a LiteSpeed host. The policy is the
page's content in `#content .col-inner` (title header and entry content). Volatile: Post Views Counter's
'จำนวนผู้เข้าชม N' box appended to the content INSIDE the selected element (the declaration removes `.post-views`),
its number frozen at the time LiteSpeed cached the page; outside, LiteSpeed's 'Page cached on' comments, the PDPA
plugin's WordPress nonce (12-hour tick), the top bar's monthly promotion, the LINE button and WordPress/Flatsome
version stamps on updates."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import mvkit as K  # noqa: E402

URL = "https://www.kepdee.co.th/privacy-policy/"

POLICY = """
# นโยบายความเป็นส่วนตัว

ปรับปรุงล่าสุด: {UPDATED}

บริษัท เก็บดี เซลฟ์ สตอเรจ จำกัด ("บริษัท" หรือ "เรา") ผู้ให้บริการห้องเก็บของให้เช่า (Self Storage) สาขาพระราม 9 บางนา และลาดพร้าว ให้ความสำคัญกับการคุ้มครองข้อมูลส่วนบุคคลของลูกค้าทุกท่าน นโยบายฉบับนี้อธิบายว่าเราเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลของท่านอย่างไร ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 ("PDPA")

## 1. ข้อมูลส่วนบุคคลที่เราเก็บรวบรวม

- ข้อมูลระบุตัวตน เช่น ชื่อ นามสกุล เลขประจำตัวประชาชนหรือเลขหนังสือเดินทาง และสำเนาบัตรประจำตัวประชาชน
- ข้อมูลการติดต่อ เช่น ที่อยู่ หมายเลขโทรศัพท์ อีเมล และ LINE ID
- ข้อมูลสัญญาเช่า เช่น สาขา ขนาดห้อง ระยะเวลาเช่า และประวัติการชำระเงิน
- ข้อมูลการเข้าออกอาคาร เช่น รหัสผ่านประตู วันและเวลาที่เข้าออก
- ภาพจากกล้องวงจรปิด (CCTV) ภายในพื้นที่สาขา
- ข้อมูลชีวภาพ (ลายนิ้วมือ) สำหรับระบบสแกนลายนิ้วมือเข้าห้อง ซึ่งเราจะเก็บเฉพาะเมื่อได้รับความยินยอมโดยชัดแจ้งจากท่านเท่านั้น
- ข้อมูลการใช้งานเว็บไซต์ เช่น หมายเลข IP ประเภทเบราว์เซอร์ และคุกกี้

## 2. วัตถุประสงค์และฐานทางกฎหมาย

| วัตถุประสงค์ | ฐานทางกฎหมาย |
| การจองและการทำสัญญาเช่าห้องเก็บของ | การปฏิบัติตามสัญญา |
| การเรียกเก็บค่าเช่าและการออกใบกำกับภาษี | การปฏิบัติตามสัญญาและหน้าที่ตามกฎหมาย |
| การควบคุมการเข้าออกและการรักษาความปลอดภัยของสาขา | ประโยชน์โดยชอบด้วยกฎหมาย |
| การยืนยันตัวตนด้วยลายนิ้วมือ | ความยินยอมโดยชัดแจ้ง |
| การส่งข่าวสารและโปรโมชั่น | ความยินยอม |

## 3. การเปิดเผยข้อมูลส่วนบุคคล

เราไม่ขายข้อมูลส่วนบุคคลของท่าน เราอาจเปิดเผยข้อมูลของท่านเท่าที่จำเป็นให้แก่

- ผู้ให้บริการระบบบริหารจัดการห้องเก็บของและระบบควบคุมการเข้าออก
- ผู้ให้บริการรับชำระเงิน (2C2P) และธนาคาร
- บริษัทรักษาความปลอดภัยที่ดูแลสาขา
- บริษัทประกันภัยสำหรับทรัพย์สินที่ฝากเก็บ
- หน่วยงานราชการหรือเจ้าหน้าที่ตำรวจ เมื่อมีกฎหมายกำหนด

## 4. ระยะเวลาการเก็บรักษาข้อมูล

- ข้อมูลสัญญาเช่าและการชำระเงิน: 10 ปี นับแต่วันที่สัญญาสิ้นสุด
- ภาพจากกล้องวงจรปิด: 30 วัน
- ข้อมูลการเข้าออกอาคาร: 1 ปี
- ข้อมูลลายนิ้วมือ: ลบทันทีเมื่อสัญญาเช่าสิ้นสุดหรือเมื่อท่านถอนความยินยอม

## 5. สิทธิของเจ้าของข้อมูลส่วนบุคคล

ท่านมีสิทธิขอเข้าถึงและขอรับสำเนาข้อมูล ขอแก้ไขข้อมูลให้ถูกต้อง ขอลบหรือทำลายข้อมูล ขอระงับการใช้ข้อมูล คัดค้านการประมวลผล ขอโอนย้ายข้อมูล และถอนความยินยอมได้ตลอดเวลา โดยติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลของเราที่ [dpo@kepdee.co.th](mailto:dpo@kepdee.co.th) เราจะดำเนินการภายใน 30 วันนับแต่วันที่ได้รับคำขอ

หากท่านเห็นว่าเราปฏิบัติไม่เป็นไปตามกฎหมาย ท่านมีสิทธิร้องเรียนต่อสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล (สคส.)

## 6. คุกกี้

เว็บไซต์ของเราใช้คุกกี้ที่จำเป็นต่อการทำงานของเว็บไซต์ และใช้คุกกี้เพื่อการวิเคราะห์และการตลาด (Google Analytics, Facebook Pixel และ LINE Tag) เมื่อท่านให้ความยินยอมผ่านแถบการตั้งค่าคุกกี้เท่านั้น

## 7. การติดต่อเรา

@ บริษัท เก็บดี เซลฟ์ สตอเรจ จำกัด
@ 88/9 ถนนพระราม 9 แขวงห้วยขวาง เขตห้วยขวาง กรุงเทพมหานคร 10310
@ โทร. 02-018-4455
@ LINE: @kepdee
"""

EDITS = [
    {"note": "payment provider added: Omise next to 2C2P",
     "repl": [("ผู้ให้บริการรับชำระเงิน (2C2P) และธนาคาร", "ผู้ให้บริการรับชำระเงิน (2C2P และ Omise) และธนาคาร")]},
    {"note": "spelling fixed to the Royal Institute form (โปรโมชั่น -> โปรโมชัน), date unchanged", "bump": False,
     "repl": [("| การส่งข่าวสารและโปรโมชั่น | ความยินยอม |", "| การส่งข่าวสารและโปรโมชัน | ความยินยอม |")]},
    {"note": "CCTV retention extended from 30 to 90 days",
     "repl": [("- ภาพจากกล้องวงจรปิด: 30 วัน", "- ภาพจากกล้องวงจรปิด: 90 วัน")]},
    {"note": "list item added: licence plates read at the branch car park",
     "repl": [("- ภาพจากกล้องวงจรปิด (CCTV) ภายในพื้นที่สาขา",
               "- ภาพจากกล้องวงจรปิด (CCTV) ภายในพื้นที่สาขา\n"
               "- ข้อมูลยานพาหนะ เช่น หมายเลขทะเบียนรถที่กล้องอ่านป้ายทะเบียนบันทึกไว้เมื่อท่านเข้าจอดในสาขา")]},
    {"note": "new branch added to the introduction (Rattanathibet)",
     "repl": [("สาขาพระราม 9 บางนา และลาดพร้าว", "สาขาพระราม 9 บางนา ลาดพร้าว และรัตนาธิเบศร์")]},
    {"note": "phone number changed",
     "repl": [("@ โทร. 02-018-4455", "@ โทร. 02-018-4400")]},
]


def fmt_date(d):
    return K.long_date(d, "th")


def _promo(loc):
    m = loc.month
    promos = {
        1: ("newyear", "โปรปีใหม่! เช่าห้องเก็บของ 6 เดือน ฟรี 1 เดือน"),
        4: ("songkran", "สงกรานต์นี้ย้ายบ้านสบาย ๆ ลด 50% เดือนแรกทุกขนาดห้อง"),
        5: ("songkran", "สงกรานต์นี้ย้ายบ้านสบาย ๆ ลด 50% เดือนแรกทุกขนาดห้อง"),
        6: ("student", "นักศึกษาปิดเทอม ฝากของกับเรา เริ่มต้น 990 บาท/เดือน"),
        11: ("1111", "11.11 ลดพิเศษ 11% สำหรับสัญญาเช่า 12 เดือน"),
        12: ("yearend", "ส่งท้ายปี เช่า 3 เดือน แถม 1 เดือน"),
    }
    return promos.get(m, ("default", "จองออนไลน์วันนี้ รับกล่องกระดาษฟรี 5 ใบ"))


def _versions(d):
    if d < dt.date(2024, 4, 20):
        return ("6.4.3", "3.18.6", "6.1")
    if d < dt.date(2024, 8, 5):
        return ("6.5.5", "3.18.7", "6.3")
    if d < dt.date(2024, 12, 2):
        return ("6.6.2", "3.19.4", "6.5.1")
    if d < dt.date(2025, 4, 22):
        return ("6.7.1", "3.19.8", "6.5.4")
    return ("6.8.1", "3.19.11", "7.1")


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "th")
    # LiteSpeed served a page it cached a while ago (but after the previous capture)
    gap = (when - dt.datetime.fromisoformat(p["cached"][0])).total_seconds() if p else 86400 * 7
    cached = loc - dt.timedelta(seconds=rng.randint(60, max(90, int(min(gap - 30, 86400 * 5)))))
    if p:
        views = K.grow(rng, p["views"], cached - dt.timedelta(hours=7),
                       dt.datetime.fromisoformat(p["cached"][1]), 3.8)
    else:
        views = 2847
    tick = int(C.epoch(cached - dt.timedelta(hours=7))) // 43200
    return {
        "cached": (when.isoformat(), (cached - dt.timedelta(hours=7)).isoformat(),
                   cached.strftime("%Y-%m-%d %H:%M:%S")),
        "views": views,
        "nonce": C.det_sha("kepdee-nonce", tick)[:10],
        "promo": _promo(loc),
        "versions": _versions(loc.date()),
    }


LABELS = {
    "cached": "LiteSpeed Cache 'Page cached on' comments",
    "views": "Post Views Counter box (inside .col-inner, removed)",
    "nonce": "PDPA Thailand plugin nonce (WordPress 12-hour tick)",
    "promo": "top-bar monthly promotion",
    "versions": "WordPress core / Flatsome / LiteSpeed Cache versions on updates",
}


def _gutenberg(blocks):
    def table(rows, inl):
        head = "".join("<th>%s</th>" % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return ('<figure class="wp-block-table is-style-stripes"><table><thead><tr>%s</tr></thead><tbody>%s</tbody>'
                '</table></figure>' % (head, body))

    def heading(kind, v, inl):
        return '<%s class="wp-block-heading">%s</%s>' % (kind, inl(v), kind)

    def lst(kind, items, inl):
        return '<ul class="wp-block-list">\n%s\n</ul>' % "\n".join("<li>%s</li>" % inl(x) for x in items)

    return K.render_blocks(blocks, table=table, heading=heading, lst=lst,
                           addr=lambda lines, inl: "<p>%s</p>" % "<br>".join(inl(x) for x in lines),
                           sep="\n\n\n\n")


_LAST = {}


def render(state, blocks, when):
    title, rest = K.split_title(blocks)
    h = C.det_sha(repr(blocks))
    if _LAST.get("h") not in (None, h):
        # saving the edited page purged LiteSpeed's copy: the capture gets a page cached after the edit
        loc, _ = K.local(when, "th")
        fresh = loc - dt.timedelta(seconds=45 + int(h[:6], 16) % 5400)
        state["cached"] = state["cached"][:2] + (max(fresh.strftime("%Y-%m-%d %H:%M:%S"), state["cached"][2]),)
    _LAST["h"] = h
    _, _, cached = state["cached"]
    wp, fl, lsc = state["versions"]
    pkey, ptext = state["promo"]
    phone = "02-018-4400" if any(k == "addr" and any("02-018-4400" in x for x in v) for k, v in blocks) \
        else "02-018-4455"
    menu = "".join('<li id="menu-item-%d" class="menu-item menu-item-type-post_type menu-item-object-page '
                   'menu-item-%d menu-item-design-default"><a href="https://www.kepdee.co.th/%s/" class="nav-top-link">'
                   '%s</a></li>' % (n, n, u, K.esc(t))
                   for n, (t, u) in zip(range(101, 108), [("ขนาดห้อง", "unit-sizes"), ("ราคา", "pricing"),
                                                          ("สาขา", "locations"), ("ธุรกิจ", "business-storage"),
                                                          ("คำถามที่พบบ่อย", "faq"), ("บทความ", "blog"),
                                                          ("ติดต่อเรา", "contact")]))
    views = K.thousands(state["views"], ",")
    return K.fill("""<!DOCTYPE html>
<html lang="th" prefix="og: https://ogp.me/ns#" class="loading-site no-js">
<head>
	<meta charset="UTF-8" />
	<link rel="profile" href="http://gmpg.org/xfn/11" />
	<link rel="pingback" href="https://www.kepdee.co.th/xmlrpc.php" />

	<script>(function(html){html.className = html.className.replace(/\\bno-js\\b/,'js')})(document.documentElement);</script>
<meta name="viewport" content="width=device-width, initial-scale=1" />
	<!-- This site is optimized with the Yoast SEO plugin - https://yoast.com/wordpress/plugins/seo/ -->
	<title>นโยบายความเป็นส่วนตัว - KepDee Self Storage ห้องเก็บของให้เช่า</title>
	<link rel="canonical" href="https://www.kepdee.co.th/privacy-policy/" />
	<meta property="og:locale" content="th_TH" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="นโยบายความเป็นส่วนตัว - KepDee Self Storage ห้องเก็บของให้เช่า" />
	<meta property="og:url" content="https://www.kepdee.co.th/privacy-policy/" />
	<meta property="og:site_name" content="KepDee Self Storage ห้องเก็บของให้เช่า" />
	<meta name="twitter:card" content="summary_large_image" />
	<!-- / Yoast SEO plugin. -->


<link rel='dns-prefetch' href='//www.googletagmanager.com' />
<link rel='prefetch' href='https://www.kepdee.co.th/wp-content/themes/flatsome/assets/js/flatsome.js?ver=@@fl@@' />
<link rel="alternate" type="application/rss+xml" title="KepDee Self Storage &raquo; ฟีด" href="https://www.kepdee.co.th/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='https://www.kepdee.co.th/wp-includes/css/dist/block-library/style.min.css?ver=@@wp@@' type='text/css' media='all' />
<link rel='stylesheet' id='pdpa-thailand-public-css' href='https://www.kepdee.co.th/wp-content/plugins/pdpa-thailand/public/assets/css/pdpa-thailand-public.min.css?ver=2.1' type='text/css' media='all' />
<link rel='stylesheet' id='post-views-counter-frontend-css' href='https://www.kepdee.co.th/wp-content/plugins/post-views-counter/css/frontend.min.css?ver=1.4.7' type='text/css' media='all' />
<link rel='stylesheet' id='flatsome-main-css' href='https://www.kepdee.co.th/wp-content/themes/flatsome/assets/css/flatsome.css?ver=@@fl@@' type='text/css' media='all' />
<link rel='stylesheet' id='flatsome-style-css' href='https://www.kepdee.co.th/wp-content/themes/flatsome-child/style.css?ver=3.0' type='text/css' media='all' />
<script type="text/javascript" src="https://www.kepdee.co.th/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript" id="pdpa-thailand-public-js-extra">
/* <![CDATA[ */
var pdpa_thailand = {"url":"https:\\/\\/www.kepdee.co.th\\/wp-admin\\/admin-ajax.php","nonce":"@@nonce@@","unique_id":"pdpa_65a1c0f3d2b7e","enable_prefix":"","duration":"7","cookie_list":[{"code":"analytics","title":"\\u0e04\\u0e38\\u0e01\\u0e01\\u0e35\\u0e49\\u0e40\\u0e1e\\u0e37\\u0e48\\u0e2d\\u0e01\\u0e32\\u0e23\\u0e27\\u0e34\\u0e40\\u0e04\\u0e23\\u0e32\\u0e30\\u0e2b\\u0e4c"},{"code":"marketing","title":"\\u0e04\\u0e38\\u0e01\\u0e01\\u0e35\\u0e49\\u0e40\\u0e1e\\u0e37\\u0e48\\u0e2d\\u0e01\\u0e32\\u0e23\\u0e15\\u0e25\\u0e32\\u0e14"}]};
/* ]]> */
</script>
<script type="text/javascript" src="https://www.kepdee.co.th/wp-content/plugins/pdpa-thailand/public/assets/js/pdpa-thailand-public.min.js?ver=2.1" id="pdpa-thailand-public-js"></script>
<link rel="https://api.w.org/" href="https://www.kepdee.co.th/wp-json/" /><link rel="alternate" type="application/json" href="https://www.kepdee.co.th/wp-json/wp/v2/pages/3" /><meta name="generator" content="WordPress @@wp@@" />
<link rel='shortlink' href='https://www.kepdee.co.th/?p=3' />
<style id="custom-css" type="text/css">:root {--primary-color: #f28c00;--fs-color-primary: #f28c00;--fs-color-secondary: #1d3557;}</style></head>

<body class="privacy-policy page-template-default page page-id-3 lightbox nav-dropdown-has-arrow nav-dropdown-has-shadow nav-dropdown-has-border">


<a class="skip-link screen-reader-text" href="#main">ข้ามไปยังเนื้อหา</a>

<div id="wrapper">

	
	<header id="header" class="header has-sticky sticky-jump">
		<div class="header-wrapper">
			<div id="top-bar" class="header-top hide-for-sticky nav-dark">
    <div class="flex-row container">
      <div class="flex-col hide-for-medium flex-left">
          <ul class="nav nav-left medium-nav-center nav-small  nav-divided">
              <li class="html custom html_topbar_left"><span class="promo-@@pkey@@">@@ptext@@</span></li>          </ul>
      </div>
      <div class="flex-col hide-for-medium flex-right">
         <ul class="nav top-bar-nav nav-right nav-small  nav-divided">
              <li class="html header-social-icons ml-0"><div class="social-icons follow-icons" ><a href="https://www.facebook.com/kepdee.storage" target="_blank" data-label="Facebook" class="icon plain facebook tooltip" title="ติดตามเราบน Facebook" aria-label="ติดตามเราบน Facebook" rel="noopener nofollow" ><i class="icon-facebook" ></i></a><a href="https://lin.ee/kEpD3e" target="_blank" data-label="Line" class="icon plain line tooltip" title="ติดตามเราบน Line" aria-label="ติดตามเราบน Line" rel="noopener nofollow" ><i class="icon-line" ></i></a></div></li><li class="html custom html_topbar_right"><a href="tel:@@tel@@">โทร @@phone@@</a></li>          </ul>
      </div>
    </div>
</div>
<div id="masthead" class="header-main ">
      <div class="header-inner flex-row container logo-left medium-logo-center" role="navigation">
          <div id="logo" class="flex-col logo">
<a href="https://www.kepdee.co.th/" title="KepDee Self Storage ห้องเก็บของให้เช่า" rel="home">
		<img width="200" height="62" src="https://www.kepdee.co.th/wp-content/uploads/2023/01/kepdee-logo.png" class="header_logo header-logo" alt="KepDee Self Storage ห้องเก็บของให้เช่า"/></a>
          </div>
          <div class="flex-col hide-for-medium flex-left flex-grow">
            <ul class="header-nav header-nav-main nav nav-left  nav-uppercase" >
              @@menu@@            </ul>
          </div>
          <div class="flex-col hide-for-medium flex-right">
            <ul class="header-nav header-nav-main nav nav-right  nav-uppercase">
              <li class="html header-button-1"><div class="header-button"><a href="https://www.kepdee.co.th/booking/" class="button primary"  style="border-radius:99px;"><span>จองห้องเก็บของ</span></a></div></li>            </ul>
          </div>
      </div>
</div>
<div class="header-bg-container fill"><div class="header-bg-image fill"></div><div class="header-bg-color fill"></div></div>		</div>
	</header>

	
	<main id="main" class="">
<div id="content" class="content-area page-wrapper" role="main">
	<div class="row row-main">
		<div class="large-12 col">
			<div class="col-inner">

									<header class="entry-header">
						<h1 class="entry-title mb uppercase">@@title@@</h1>
						<div class="is-divider medium"></div>
					</header>
				
													
						@@body@@

<div class="post-views content-post post-3 entry-meta load-static">
				<span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">จำนวนผู้เข้าชม</span> <span class="post-views-count">@@views@@</span>
			</div>
						
												</div>
		</div>
	</div>
</div>

</main>

<footer id="footer" class="footer-wrapper">
	<div class="footer-widgets footer footer-2 dark">
		<div class="row dark large-columns-3 mb-0">
			<div id="text-2" class="col pb-0 widget widget_text"><span class="widget-title">สาขาของเรา</span><div class="is-divider small"></div><div class="textwidget"><p>พระราม 9 · บางนา · ลาดพร้าว<br>เปิดบริการทุกวัน 07:00 – 22:00 น.</p></div></div>
			<div id="text-3" class="col pb-0 widget widget_text"><span class="widget-title">บริการ</span><div class="is-divider small"></div><div class="textwidget"><p><a href="https://www.kepdee.co.th/unit-sizes/">ห้องเก็บของส่วนตัว</a><br><a href="https://www.kepdee.co.th/business-storage/">เก็บสต็อกสินค้าธุรกิจ</a><br><a href="https://www.kepdee.co.th/document-storage/">เก็บเอกสาร</a></p></div></div>
			<div id="text-4" class="col pb-0 widget widget_text"><span class="widget-title">ติดต่อเรา</span><div class="is-divider small"></div><div class="textwidget"><p>โทร @@phone@@<br>LINE: @kepdee<br><a href="https://www.kepdee.co.th/privacy-policy/">นโยบายความเป็นส่วนตัว</a></p></div></div>
		</div>
	</div>
	<div class="absolute-footer dark medium-text-center small-text-center">
		<div class="container clearfix">
			<div class="footer-primary pull-left"><div class="copyright-footer">Copyright @@be@@ © <strong>KepDee Self Storage</strong></div></div>
		</div>
	</div>
	<a href="#top" class="back-to-top button icon invert plain fixed bottom z-1 is-outline hide-for-medium circle" id="top-link" aria-label="กลับไปด้านบน"><i class="icon-angle-up" ></i></a>
</footer>

</div>

<div class="line-float-button"><a href="https://lin.ee/kEpD3e" target="_blank" rel="noopener"><img src="https://www.kepdee.co.th/wp-content/uploads/2023/01/line-add-friend.png" alt="เพิ่มเพื่อน LINE @kepdee" width="64" height="64"></a></div>
<div class="pdpa-thailand"><div id="dpdpa--popup" class="dpdpa--popup-bottom-left"><div class="dpdpa--popup-container"><div class="dpdpa--popup-text"><b>เว็บไซต์นี้ใช้คุกกี้</b><p>เราใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้เว็บไซต์ ท่านสามารถศึกษารายละเอียดได้ที่ <a href="https://www.kepdee.co.th/privacy-policy/">นโยบายความเป็นส่วนตัว</a></p></div><div class="dpdpa--popup-button-group"><a href="#" class="dpdpa--popup-settings">ตั้งค่าคุกกี้</a><a href="#" class="dpdpa--popup-button" id="dpdpa--popup-accept-all">ยอมรับทั้งหมด</a></div></div></div></div>
<script type="text/javascript" id="flatsome-js-js-extra">
/* <![CDATA[ */
var flatsomeVars = {"theme":{"version":"@@fl@@"},"ajaxurl":"https:\\/\\/www.kepdee.co.th\\/wp-admin\\/admin-ajax.php","rtl":"","sticky_height":"70","stickyHeaderHeight":"0","scrollPaddingTop":"0","assets_url":"https:\\/\\/www.kepdee.co.th\\/wp-content\\/themes\\/flatsome\\/assets\\/","lightbox":{"close_markup":"<button title=\\"%title%\\" type=\\"button\\" class=\\"mfp-close\\"><svg xmlns=\\"http:\\/\\/www.w3.org\\/2000\\/svg\\" width=\\"28\\" height=\\"28\\" viewBox=\\"0 0 24 24\\"><\\/svg><\\/button>","close_btn_inside":false},"user":{"can_edit_pages":false},"i18n":{"mainMenu":"\\u0e40\\u0e21\\u0e19\\u0e39\\u0e2b\\u0e25\\u0e31\\u0e01"},"options":{"cookie_notice_version":"1","swatches_layout":false,"swatches_disable_deselect":false,"swatches_box_select_event":false,"swatches_box_behavior_selected":false,"swatches_box_update_urls":"1","swatches_box_reset":false,"swatches_box_reset_limited":false,"swatches_box_reset_extent":false,"swatches_box_reset_time":300,"search_result_latency":"0"}};
/* ]]> */
</script>
<script type="text/javascript" src="https://www.kepdee.co.th/wp-content/themes/flatsome/assets/js/flatsome.js?ver=@@fl@@" id="flatsome-js-js"></script>

<!-- Page optimized by LiteSpeed Cache @@@cached@@ -->

<!-- Page cached by LiteSpeed Cache @@lsc@@ on @@cached@@ -->
</body>
</html>
""", fl=fl, wp=wp, nonce=state["nonce"], pkey=pkey, ptext=K.esc(ptext), tel=phone.replace("-", ""), phone=phone,
                  menu=menu, title=K.esc(title), body=_gutenberg(rest), views=views, be=when.year + 543,
                  cached=cached, lsc=lsc)


PAGE = {
    "service": "KepDee Self Storage",
    "url": URL,
    "lang": "th",
    "platform": "WordPress + Flatsome, Yoast SEO, PDPA Thailand, Post Views Counter, LiteSpeed Cache",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "LiteSpeed"), ("X-LiteSpeed-Cache", "hit"), ("Link",
                      '<https://www.kepdee.co.th/wp-json/>; rel="https://api.w.org/"'),
                      ("Vary", "Accept-Encoding")],
    "n": 29,
    "start": dt.date(2024, 1, 15),
    "end": dt.date(2025, 8, 31),
    "hours": (0, 6, 12, 18),
    "policy": POLICY,
    "first_updated": dt.date(2023, 5, 30),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": URL,
        "select": "#content .col-inner",
        "remove": [".post-views"],
    },
}
