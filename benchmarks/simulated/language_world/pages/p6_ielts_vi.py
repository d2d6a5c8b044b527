"""Anh ngữ Sao Mai (IELTS and English centre, Ho Chi Minh City; Vietnamese), WordPress with the Flatsome theme, LiteSpeed
Cache on a LiteSpeed host. The policy is a page in the classic editor, shown by Flatsome's default page template
(title in the page-title bar, content straight in .row-main .col-inner). Two plugins inject into the content: Easy
Table of Contents ('Mục lục', before the first heading, anchors in the headings) and kk Star Ratings (score and vote
count, appended after the content) INSIDE the selected .col-inner: the curators remove #ez-toc-container and
.kk-star-ratings. Around it: LiteSpeed's optimisation/cache comments (time of each cache rebuild), the kk nonce, the
footer's course-opening schedule with seats left, the month's promotion popup, plugin versions."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import lwkit as K  # noqa: E402

POLICY = """
Cập nhật lần cuối: {UPDATED}

Anh ngữ Sao Mai (sau đây gọi là "Sao Mai" hoặc "chúng tôi") cam kết bảo mật thông tin cá nhân của học viên, phụ huynh và khách hàng khi đăng ký tư vấn, làm bài kiểm tra trình độ và tham gia các khóa học IELTS, tiếng Anh giao tiếp và tiếng Anh thiếu nhi tại website anhngusaomai.edu.vn cũng như tại các cơ sở của chúng tôi.

## 1. Mục đích thu thập thông tin

Chúng tôi thu thập các thông tin gồm: họ và tên, số điện thoại, email, năm sinh, trình độ tiếng Anh hiện tại, mục tiêu học tập và cơ sở mong muốn theo học. Thông tin được thu thập nhằm:

- Tư vấn lộ trình học và xếp lớp phù hợp sau bài kiểm tra đầu vào;
- Liên hệ xác nhận lịch học, lịch thi thử và thông báo thay đổi lịch học;
- Gửi kết quả học tập và nhận xét của giáo viên cho học viên hoặc phụ huynh;
- Thực hiện thủ tục đăng ký thi IELTS cho học viên khi có yêu cầu;
- Gửi thông tin về chương trình ưu đãi, học bổng và sự kiện (học viên có thể từ chối nhận bất cứ lúc nào).

## 2. Phạm vi sử dụng thông tin

Thông tin cá nhân chỉ được sử dụng trong nội bộ Anh ngữ Sao Mai. Chúng tôi không mua bán, trao đổi hay cho thuê thông tin cá nhân của học viên cho bất kỳ bên thứ ba nào. Trong trường hợp có yêu cầu của cơ quan nhà nước có thẩm quyền theo quy định của pháp luật, chúng tôi có trách nhiệm cung cấp thông tin theo yêu cầu.

## 3. Thời gian lưu trữ thông tin

Thông tin của học viên được lưu trữ trong suốt thời gian học tại Sao Mai và 3 năm sau khi kết thúc khóa học cuối cùng, hoặc cho đến khi học viên gửi yêu cầu hủy bỏ thông tinh đến chúng tôi.

## 4. Những người hoặc tổ chức có thể được tiếp cận thông tin

- Bộ phận tư vấn, học vụ và giáo viên phụ trách lớp học của học viên;
- Hội đồng Anh (British Council) và IDP Việt Nam, khi học viên nhờ chúng tôi đăng ký dự thi IELTS;
- Đơn vị cung cấp dịch vụ tin nhắn SMS thương hiệu, để gửi thông báo lịch học;
- Cơ quan nhà nước có thẩm quyền theo quy định của pháp luật.

## 5. Địa chỉ của đơn vị thu thập và quản lý thông tin

@ Công ty TNHH Giáo dục Sao Mai
@ Trụ sở: 82 Trần Quang Khải, phường Tân Định, Quận 1, TP. Hồ Chí Minh
@ Mã số doanh nghiệp: 0315482917
@ Hotline: 1900 6868 15
@ Email: [hotro@anhngusaomai.edu.vn](mailto:hotro@anhngusaomai.edu.vn)

Hệ thống cơ sở đào tạo:

- Cơ sở 1: 82 Trần Quang Khải, Quận 1
- Cơ sở 2: 305 Cộng Hòa, Quận Tân Bình
- Cơ sở 3: 17 Võ Văn Ngân, TP. Thủ Đức

## 6. Phương tiện và công cụ để người dùng tiếp cận và chỉnh sửa dữ liệu cá nhân

Học viên có quyền yêu cầu kiểm tra, cập nhật, điều chỉnh hoặc hủy bỏ thông tin cá nhân của mình bằng cách liên hệ hotline hoặc gửi email cho chúng tôi. Chúng tôi sẽ xử lý yêu cầu trong vòng 72 giờ làm việc.

## 7. Cam kết bảo mật thông tin cá nhân

Thông tin cá nhân của học viên được lưu trữ trên hệ thống quản lý học viên có phân quyền truy cập và được bảo mật theo chính sách bảo vệ thông tin cá nhân của Sao Mai. Trong trường hợp máy chủ lưu trữ thông tin bị tấn công dẫn đến mất dữ liệu, chúng tôi sẽ thông báo vụ việc cho cơ quan chức năng điều tra xử lý và thông báo kịp thời cho học viên được biết.
"""

EDITS = [
    {"note": "sentence added: processing follows Decree 13/2023/ND-CP on personal data protection",
     "repl": [("chúng tôi có trách nhiệm cung cấp thông tin theo yêu cầu.",
               "chúng tôi có trách nhiệm cung cấp thông tin theo yêu cầu. Việc xử lý dữ liệu cá nhân của học viên "
               "được thực hiện theo Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ về bảo vệ dữ liệu cá "
               "nhân.")]},
    {"note": "typo fixed (thông tinh -> thông tin), date unchanged", "bump": False,
     "repl": [("hủy bỏ thông tinh đến", "hủy bỏ thông tin đến")]},
    {"note": "list item added: fourth campus (District 5)",
     "repl": [("- Cơ sở 3: 17 Võ Văn Ngân, TP. Thủ Đức",
               "- Cơ sở 3: 17 Võ Văn Ngân, TP. Thủ Đức\n- Cơ sở 4: 215 Nguyễn Văn Cừ, Quận 5")]},
    {"note": "hotline number changed",
     "repl": [("@ Hotline: 1900 6868 15", "@ Hotline: 1900 2345 89")]},
    {"note": "recipient added: Zalo (VNG) for messages through the Zalo Official Account",
     "repl": [("- Đơn vị cung cấp dịch vụ tin nhắn SMS thương hiệu, để gửi thông báo lịch học;",
               "- Đơn vị cung cấp dịch vụ tin nhắn SMS thương hiệu, để gửi thông báo lịch học;\n"
               "- Công ty Cổ phần VNG (Zalo), khi học viên nhắn tin với Sao Mai qua Zalo Official Account;")]},
    {"note": "retention after the last course changed from 3 to 5 years",
     "repl": [("và 3 năm sau khi kết thúc", "và 5 năm sau khi kết thúc")]},
]


def fmt_date(d):
    return d.strftime("%d/%m/%Y")


def _openings(rng, d):
    """Footer 'Lịch khai giảng': next openings of three courses, with seats left."""
    out = []
    for name, wd, period, cap in (("IELTS Foundation (mục tiêu 5.0+)", 0, 14, 16), ("IELTS Intensive 6.5+", 2, 21, 14),
                                  ("Tiếng Anh giao tiếp cho người đi làm", 5, 28, 18)):
        base = dt.date(2023, 1, 2)
        k = ((d - base).days // period) + 1
        start = K.next_weekday(base + dt.timedelta(days=k * period), wd)
        left = (start - d).days
        seats = max(1, min(cap, int(cap * left / period) + rng.randint(-1, 2)))
        out.append((name, start, seats))
    return tuple(out)


def _promo(d):
    m = d.month
    promos = {1: "Ưu đãi Tết: tặng 2 buổi luyện đề IELTS khi đăng ký trước 31/1",
              2: "Đăng ký khóa IELTS tháng 2 – giảm 20% học phí",
              3: "Tháng 3: học 2 người giảm thêm 10% học phí",
              4: "Ưu đãi 30/4: giảm 30% học phí khóa IELTS Intensive",
              5: "Ưu đãi tháng 5: tặng bộ giáo trình Cambridge IELTS 18",
              6: "Khóa hè thiếu nhi: giảm 15% khi đăng ký trước 15/6",
              7: "Khóa hè thiếu nhi: giảm 15% học phí",
              8: "Back to school: giảm 20% khóa IELTS Foundation",
              9: "Ưu đãi 2/9: giảm 25% học phí mọi khóa học",
              10: "Tháng 10: tặng 1 lần thi thử IELTS trên máy tính",
              11: "Tri ân 20/11: giảm 20% học phí cho học viên cũ",
              12: "Ưu đãi cuối năm: giảm đến 35% học phí khóa IELTS"}
    return "%02d/%d" % (m, d.year), promos[m]


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "vn")
    d = loc.date()
    cached = when - dt.timedelta(seconds=rng.randint(120, 6 * 3600))
    votes0 = p.get("kksr", (41, 196))
    extra = rng.choice([0, 0, 1, 1, 2])
    nv = votes0[0] + extra
    total = votes0[1] + sum(rng.choice([4, 5, 5, 5]) for _ in range(extra))
    return {
        "lscache": (cached + dt.timedelta(hours=7)).strftime("%Y-%m-%d %H:%M:%S"),
        "nonce": C.hexs(rng, 10),
        "kksr": (nv, total),
        "openings": _openings(rng, d),
        "promo": _promo(d),
        "versions": C.keep_or(rng, p.get("versions"), 0.12, lambda: (
            "3.%d.%d" % (17 + (when.year - 2023) * 2 + (when.month > 6), rng.randint(0, 3)),
            "2_0_%d" % (58 + (when.year - 2023) * 6 + when.month // 2),
            "5.%d.%d" % (7 + (when.year - 2023), rng.randint(0, 6)),
            C.hexs(rng, 5))),
    }


LABELS = {
    "lscache": "LiteSpeed Cache 'page optimized/cached' comment timestamps (cache rebuilds)",
    "nonce": "kk Star Ratings ajax nonce (wp_localize_script)",
    "kksr": "kk Star Ratings score and vote count (inside .col-inner, removed)",
    "openings": "footer course-opening schedule with seats left",
    "promo": "month's promotion popup (Flatsome lightbox)",
    "versions": "plugin/theme versions in asset URLs, ez-toc version class (inside, attribute), LiteSpeed CSS hash",
}


def _content(blocks, ez_ver):
    heads = [(K.slug_ascii(v, "_"), v) for k, v in blocks if k == "h2"]
    toc = ('<div id="ez-toc-container" class="ez-toc-v%s counter-hierarchy ez-toc-counter ez-toc-grey '
           'ez-toc-container-direction">\n<div class="ez-toc-title-container">\n<p class="ez-toc-title" '
           'style="cursor:inherit">Mục lục</p>\n<span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right '
           'ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content"><span '
           'class="ez-toc-js-icon-con"><span class=""><span class="eztoc-hide" style="display:none;">Toggle</span>'
           '<span class="ez-toc-icon-toggle-span"><svg style="fill: #999;color:#999" xmlns="http://www.w3.org/2000/svg" '
           'class="list-377408" width="20px" height="20px" viewBox="0 0 24 24" fill="none"><path d="M6 6H4v2h2V6zm14 '
           '0H8v2h12V6zM4 11h2v2H4v-2zm16 0H8v2h12v-2zM4 16h2v2H4v-2zm16 0H8v2h12v-2z" fill="currentColor"></path>'
           '</svg></span></span></span></a></span></div>\n<nav><ul class=\'ez-toc-list ez-toc-list-level-1 \' >%s'
           '</ul></nav></div>\n' % (ez_ver, "".join(
               "<li class='ez-toc-page-1 ez-toc-heading-level-2'><a class=\"ez-toc-link ez-toc-heading-%d\" "
               "href=\"#%s\" title=\"%s\">%s</a></li>" % (n + 1, s, K.attr(t), K.esc(t))
               for n, (s, t) in enumerate(heads))))

    def heading(kind, v, inl):
        return '<%s><span class="ez-toc-section" id="%s"></span>%s<span class="ez-toc-section-end"></span></%s>' % (
            kind, K.slug_ascii(v, "_"), inl(v), kind)

    out = []
    first = True
    for b in blocks:
        if b[0] == "h2" and first:
            out.append(toc)
            first = False
        out.append(K.render_blocks([b], heading=heading,
                                   addr=lambda lines, inl: "<p>%s</p>" % "<br />\n".join(inl(x) for x in lines)))
    return "\n".join(out)


def _kksr(votes, total):
    score = round(total / votes, 1)
    width = round(score * 24 + 4 * 5 * score / 5, 1)
    payload = ('{&quot;align&quot;:&quot;left&quot;,&quot;id&quot;:&quot;1287&quot;,&quot;slug&quot;:&quot;default'
               '&quot;,&quot;valign&quot;:&quot;bottom&quot;,&quot;ignore&quot;:&quot;&quot;,&quot;reference&quot;:'
               '&quot;auto&quot;,&quot;class&quot;:&quot;&quot;,&quot;count&quot;:&quot;%d&quot;,&quot;legendonly'
               '&quot;:&quot;&quot;,&quot;readonly&quot;:&quot;&quot;,&quot;score&quot;:&quot;%s&quot;,&quot;'
               'starsonly&quot;:&quot;&quot;,&quot;best&quot;:&quot;5&quot;,&quot;gap&quot;:&quot;5&quot;,&quot;'
               'greet&quot;:&quot;Đánh giá bài viết&quot;,&quot;legend&quot;:&quot;%s\\/5 - (%d bình chọn)&quot;,'
               '&quot;size&quot;:&quot;24&quot;,&quot;title&quot;:&quot;Chính sách bảo mật&quot;,&quot;width&quot;:'
               '&quot;%s&quot;,&quot;_legend&quot;:&quot;{score}\\/{best} - ({count} {votes})&quot;,&quot;'
               'font_factor&quot;:&quot;1.25&quot;}' % (votes, score, score, votes, width))
    stars = "".join('\n            <div class="kksr-star" data-star="%d" style="padding-right: 5px">\n            \n\n'
                    '<div class="kksr-icon" style="width: 24px; height: 24px;"></div>\n        </div>' % s
                    for s in range(1, 6))
    return ('<div class="kk-star-ratings kksr-auto kksr-align-left kksr-valign-bottom"\n    data-payload=\'%s\'>\n'
            '            \n<div class="kksr-stars">\n    \n<div class="kksr-stars-inactive">%s\n    </div>\n    \n'
            '<div class="kksr-stars-active" style="width: %spx;">%s\n    </div>\n</div>\n                \n\n'
            '<div class="kksr-legend" style="font-size: 19.2px;">\n            %s/5 - (%d bình chọn)    </div>\n'
            '    </div>\n' % (payload, stars, width, stars, score, votes))


TEMPLATE = """<!DOCTYPE html>
<html lang="vi" prefix="og: https://ogp.me/ns#" class="loading-site no-js">
<head>
	<meta charset="UTF-8" />
	<link rel="profile" href="http://gmpg.org/xfn/11" />
	<link rel="pingback" href="https://anhngusaomai.edu.vn/xmlrpc.php" />

	<script>(function(html){html.className = html.className.replace(/\\bno-js\\b/,'js')})(document.documentElement);</script>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->
<title>Chính sách bảo mật - Anh ngữ Sao Mai</title>
<meta name="description" content="Chính sách bảo mật thông tin của Anh ngữ Sao Mai: mục đích thu thập, phạm vi sử dụng, thời gian lưu trữ thông tin học viên."/>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="https://anhngusaomai.edu.vn/chinh-sach-bao-mat/" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Chính sách bảo mật - Anh ngữ Sao Mai" />
<meta property="og:url" content="https://anhngusaomai.edu.vn/chinh-sach-bao-mat/" />
<meta property="og:site_name" content="Anh ngữ Sao Mai" />
<!-- /Rank Math WordPress SEO plugin -->

<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="Dòng thông tin Anh ngữ Sao Mai &raquo;" href="https://anhngusaomai.edu.vn/feed/" />
<link data-optimized="2" rel="stylesheet" href="https://anhngusaomai.edu.vn/wp-content/litespeed/css/@@lscss@@.css?ver=@@lsver@@" />
<script type="text/javascript" id="kk-star-ratings-js-extra">
/* <![CDATA[ */
var kk_star_ratings = {"action":"kk-star-ratings","endpoint":"https:\\/\\/anhngusaomai.edu.vn\\/wp-admin\\/admin-ajax.php","nonce":"@@nonce@@"};
/* ]]> */
</script>
<script data-optimized="1" type="text/javascript" src="https://anhngusaomai.edu.vn/wp-content/litespeed/js/@@lsjs@@.js?ver=@@lsver@@" id="kk-star-ratings-js"></script>
<link rel="https://api.w.org/" href="https://anhngusaomai.edu.vn/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="https://anhngusaomai.edu.vn/wp-json/wp/v2/pages/1287" /><link rel='shortlink' href='https://anhngusaomai.edu.vn/?p=1287' />
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"CreativeWorkSeries","name":"Chính sách bảo mật","aggregateRating":{"@type":"AggregateRating","ratingValue":"@@score@@","bestRating":"5","ratingCount":"@@votes@@"}}</script>
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-WZ3K8TQ1RM"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-WZ3K8TQ1RM');
</script>
<!-- Meta Pixel Code -->
<script>
!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window, document,'script','https://connect.facebook.net/en_US/fbevents.js');
fbq('init', '1187254039812744');
fbq('track', 'PageView');
</script>
<!-- End Meta Pixel Code -->
<link rel="icon" href="https://anhngusaomai.edu.vn/wp-content/uploads/2021/06/cropped-favicon-32x32.png" sizes="32x32" />
</head>

<body class="page-template-default page page-id-1287 lightbox nav-dropdown-has-arrow nav-dropdown-has-shadow nav-dropdown-has-border">


<a class="skip-link screen-reader-text" href="#main">Chuyển đến nội dung</a>

<div id="wrapper">

	
	<header id="header" class="header has-sticky sticky-jump">
		<div class="header-wrapper">
			<div id="top-bar" class="header-top hide-for-sticky nav-dark">
    <div class="flex-row container">
      <div class="flex-col hide-for-medium flex-left">
          <ul class="nav nav-left medium-nav-center nav-small  nav-divided">
              <li class="html custom html_topbar_left"><strong class="uppercase">Hotline: @@hotline@@ – Zalo: 0909 318 624</strong></li>          </ul>
      </div>

      <div class="flex-col hide-for-medium flex-right">
         <ul class="nav top-bar-nav nav-right nav-small  nav-divided">
              <li class="html header-social-icons ml-0">
	<div class="social-icons follow-icons" ><a href="https://www.facebook.com/anhngusaomai" target="_blank" data-label="Facebook" class="icon plain facebook tooltip" title="Theo dõi trên Facebook" aria-label="Theo dõi trên Facebook" rel="noopener nofollow" ><i class="icon-facebook" ></i></a><a href="https://www.youtube.com/@anhngusaomai" data-label="YouTube" target="_blank" class="icon plain  youtube tooltip" title="Theo dõi trên YouTube" aria-label="Theo dõi trên YouTube" rel="noopener nofollow" ><i class="icon-youtube" ></i></a></div>
	</li>
          </ul>
      </div>
    </div>
</div>
<div id="masthead" class="header-main ">
      <div class="header-inner flex-row container logo-left medium-logo-center" role="navigation">

          <!-- Logo -->
          <div id="logo" class="flex-col logo">
            
<!-- Header logo -->
<a href="https://anhngusaomai.edu.vn/" title="Anh ngữ Sao Mai - Luyện thi IELTS uy tín TP.HCM" rel="home">
		<img width="240" height="80" src="https://anhngusaomai.edu.vn/wp-content/uploads/2021/06/logo-saomai.png" class="header_logo header-logo" alt="Anh ngữ Sao Mai"/></a>
          </div>

          <!-- Left Elements -->
          <div class="flex-col hide-for-medium flex-left
            flex-grow">
            <ul class="header-nav header-nav-main nav nav-left  nav-uppercase" >
              @@menu@@
            </ul>
          </div>

          <!-- Right Elements -->
          <div class="flex-col hide-for-medium flex-right">
            <ul class="header-nav header-nav-main nav nav-right  nav-uppercase">
              <li class="html header-button-1">
	<div class="header-button">
		<a href="#dang-ky-tu-van" class="button primary is-bevel"  style="border-radius:99px;">
		<span>Kiểm tra trình độ miễn phí</span>
	</a>
	</div>
</li>
            </ul>
          </div>

      </div>
</div>
<div class="header-bg-container fill"><div class="header-bg-image fill"></div><div class="header-bg-color fill"></div></div>		</div>
	</header>

	<div class="page-title normal-title">
	<div class="page-title-inner flex-row medium-flex-wrap container">
	  <div class="flex-col flex-grow medium-text-center">
	  	<h1 class="entry-title mb-0">Chính sách bảo mật</h1>
	  </div>
	  <div class="flex-col flex-grow medium-text-center">
	  	<div class="is-small"><nav class="rank-math-breadcrumb breadcrumbs uppercase"><p><a href="https://anhngusaomai.edu.vn">Trang chủ</a><span class="separator"> / </span><span class="last">Chính sách bảo mật</span></p></nav></div>
	  </div>
	</div>
</div>

	<main id="main" class="">
<div id="content" class="content-area page-wrapper" role="main">
	<div class="row row-main">
		<div class="large-12 col">
			<div class="col-inner">

				
									
						@@content@@
@@kksr@@
					
												</div>
		</div>
	</div>
</div>


</main>

<footer id="footer" class="footer-wrapper">

	<section class="section lich-khai-giang dark" id="section_1480027763">
		<div class="bg section-bg fill bg-fill  bg-loaded" >
		</div>

		<div class="section-content relative">
<div class="row"  id="row-1738450121">
	<div id="col-1325807519" class="col small-12 large-12"  >
		<div class="col-inner"  >
<h3 class="uppercase">Lịch khai giảng sắp tới</h3>
<table class="lkg-table">
<thead><tr><th>Khóa học</th><th>Khai giảng</th><th>Còn trống</th></tr></thead>
<tbody>
@@openings@@
</tbody>
</table>
		</div>
	</div>
</div>
		</div>
	</section>

<div class="absolute-footer dark medium-text-center small-text-center">
  <div class="container clearfix">
    <div class="footer-primary pull-left">
      <div class="copyright-footer">
        Copyright @@year@@ © <strong>Anh ngữ Sao Mai</strong> · Giấy phép hoạt động giáo dục số 2184/QĐ-GDĐT-TC      </div>
    </div>
  </div>
</div>

<a href="#top" class="back-to-top button icon invert plain fixed bottom z-1 is-outline hide-for-medium circle" id="top-link" aria-label="Lên đầu trang"><i class="icon-angle-up" ></i></a>

</footer>

</div>

<div id="main-menu" class="mobile-sidebar no-scrollbar mfp-hide">
	<div class="sidebar-menu no-scrollbar ">
		<ul class="nav nav-sidebar nav-vertical nav-uppercase" data-tab="1">
			@@menu@@
		</ul>
	</div>
</div>
<div id="uu-dai-thang" class="lightbox-by-id lightbox-content mfp-hide lightbox-white " style="max-width:520px ;padding:20px">
	<div class="promo-box" data-month="@@promo_month@@">
<h3>Ưu đãi tháng @@promo_month@@</h3>
<p>@@promo_text@@</p>
<a href="#dang-ky-tu-van" class="button primary"><span>Nhận ưu đãi ngay</span></a>
	</div>
</div>

<div id="button-contact-vr">
<div id="zalo-vr" class="button-contact"><div class="phone-vr"><div class="phone-vr-circle-fill"></div><div class="phone-vr-img-circle"><a target="_blank" href="https://zalo.me/0909318624"><img alt="Zalo" src="https://anhngusaomai.edu.vn/wp-content/plugins/button-contact-vr/img/zalo.png" /></a></div></div></div>
<div id="phone-vr" class="button-contact"><div class="phone-vr"><div class="phone-vr-circle-fill"></div><div class="phone-vr-img-circle"><a href="tel:@@hotline_tel@@"><img alt="Gọi ngay" src="https://anhngusaomai.edu.vn/wp-content/plugins/button-contact-vr/img/phone.png" /></a></div></div></div>
</div>

<script type="text/javascript" id="flatsome-js-js-extra">
/* <![CDATA[ */
var flatsomeVars = {"theme":{"version":"@@flatsome@@"},"ajaxurl":"https:\\/\\/anhngusaomai.edu.vn\\/wp-admin\\/admin-ajax.php","rtl":"","sticky_height":"70","stickyHeaderHeight":"0","scrollPaddingTop":"0","assets_url":"https:\\/\\/anhngusaomai.edu.vn\\/wp-content\\/themes\\/flatsome\\/assets\\/","lightbox":{"close_markup":"<button title=\\"%title%\\" type=\\"button\\" class=\\"mfp-close\\"><svg xmlns=\\"http:\\/\\/www.w3.org\\/2000\\/svg\\" width=\\"28\\" height=\\"28\\" viewBox=\\"0 0 24 24\\" fill=\\"none\\" stroke=\\"currentColor\\" stroke-width=\\"2\\" stroke-linecap=\\"round\\" stroke-linejoin=\\"round\\" class=\\"feather feather-x\\"><line x1=\\"18\\" y1=\\"6\\" x2=\\"6\\" y2=\\"18\\"><\\/line><line x1=\\"6\\" y1=\\"6\\" x2=\\"18\\" y2=\\"18\\"><\\/line><\\/svg><\\/button>","close_btn_inside":false},"user":{"can_edit_pages":false},"i18n":{"mainMenu":"Menu ch\\u00ednh","toggleButton":"Chuy\\u1ec3n \\u0111\\u1ed5i"},"options":{"cookie_notice_version":"1","swatches_layout":false,"swatches_disable_deselect":false,"swatches_box_select_event":false,"swatches_box_behavior_selected":false,"swatches_box_update_urls":"1","swatches_box_reset":false,"swatches_box_reset_limited":false,"swatches_box_reset_extent":false,"swatches_box_reset_time":300,"search_result_latency":"0"}};
/* ]]> */
</script>
<script data-optimized="1" type="text/javascript" src="https://anhngusaomai.edu.vn/wp-content/litespeed/js/@@lsjs2@@.js?ver=@@lsver@@" id="flatsome-js-js"></script>
<script type="text/javascript" id="contact-form-7-js-extra">
/* <![CDATA[ */
var wpcf7 = {"api":{"root":"https:\\/\\/anhngusaomai.edu.vn\\/wp-json\\/","namespace":"contact-form-7\\/v1"},"cached":1};
/* ]]> */
</script>
<script data-optimized="1" type="text/javascript" src="https://anhngusaomai.edu.vn/wp-content/litespeed/js/@@lsjs3@@.js?ver=@@lsver@@" id="contact-form-7-js"></script>

</body>
</html>

<!-- Page optimized by LiteSpeed Cache @@@lscache@@ -->

<!-- Page cached by LiteSpeed Cache @@lsc_version@@ on @@lscache@@ -->"""

MENU = [("Trang chủ", "/"), ("Khóa học IELTS", "/khoa-hoc-ielts/"), ("Tiếng Anh giao tiếp", "/tieng-anh-giao-tiep/"),
        ("Tiếng Anh thiếu nhi", "/tieng-anh-thieu-nhi/"), ("Thi thử IELTS", "/thi-thu-ielts/"), ("Tin tức", "/tin-tuc/"),
        ("Liên hệ", "/lien-he/")]


def render(state, blocks, when):
    flatsome, ez, lsc, lsver = state["versions"]
    votes, total = state["kksr"]
    score = round(total / votes, 1)
    menu = "\n".join('<li id="menu-item-%d" class="menu-item menu-item-type-post_type menu-item-object-page '
                     'menu-item-%d menu-item-design-default"><a href="https://anhngusaomai.edu.vn%s" class="nav-top-link">'
                     '%s</a></li>' % (310 + n, 310 + n, u, K.esc(t)) for n, (t, u) in enumerate(MENU))
    openings = "\n".join("<tr><td>%s</td><td>%s</td><td>Còn %d chỗ</td></tr>"
                         % (K.esc(n), s.strftime("%d/%m/%Y"), k) for n, s, k in state["openings"])
    pm, pt = state["promo"]
    h = C.det_sha("ls", lsver)
    # the header's hotline and call button were updated together with the policy's address block
    hotline = "1900 2345 89" if any(b[0] == "addr" and "@ Hotline: 1900 2345 89"[2:] in b[1] for b in blocks) \
        else "1900 6868 15"
    return K.fill(TEMPLATE, lscss=h[:32], lsver=lsver, lsjs=h[1:33], lsjs2=h[2:34], lsjs3=h[3:35], nonce=state["nonce"],
                  score=score, votes=votes, menu=menu, content=_content(blocks, ez), kksr=_kksr(votes, total),
                  openings=openings, year=when.year, promo_month=pm, promo_text=K.esc(pt), flatsome=flatsome,
                  lscache=state["lscache"], lsc_version=lsc,
                  hotline=hotline, hotline_tel=hotline.replace(" ", ""))


PAGE = {
    "service": "Anh ngu Sao Mai",
    "url": "https://anhngusaomai.edu.vn/chinh-sach-bao-mat/",
    "lang": "vi",
    "platform": "WordPress + Flatsome (UX Builder), LiteSpeed Cache, Rank Math, Easy TOC, kk Star Ratings",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": [("Server", "LiteSpeed"), ("X-LiteSpeed-Cache", "hit"), ("Link", "<https://anhngusaomai.edu.vn/wp-json/>; rel=\"https://api.w.org/\""),
                      ("Vary", "Accept-Encoding")],
    "n": 30,
    "start": dt.date(2023, 4, 3),
    "end": dt.date(2025, 1, 31),
    "hours": (2, 9, 16),
    "policy": POLICY,
    "first_updated": dt.date(2022, 8, 15),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://anhngusaomai.edu.vn/chinh-sach-bao-mat/",
        "select": "#content .row-main .col-inner",
        "remove": ["#ez-toc-container", ".kk-star-ratings"],
    },
}
