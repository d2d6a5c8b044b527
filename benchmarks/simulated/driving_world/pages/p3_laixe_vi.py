"""Trung tâm Đào tạo Lái xe Sao Việt - vi driving school - WordPress + Flatsome 3 ("Page - Right Sidebar"
template), Rank Math, Post Views Counter and kk Star Ratings (both hooked into the_content, so INSIDE the
selected `.page-inner`; removed by the declaration), Zalo / hotline floating buttons."""
import datetime as dt

import common as C
import dwkit as K

URL = "https://daotaolaixesaoviet.edu.vn/chinh-sach-bao-mat/"
BASE = "https://daotaolaixesaoviet.edu.vn"


def fmt_date(d):
    return "%02d/%02d/%d" % (d.day, d.month, d.year)


POLICY = """
# Chính sách bảo mật thông tin

Cập nhật lần cuối: {UPDATED}

Trung tâm Đào tạo Lái xe Sao Việt (sau đây gọi là “Trung tâm”) tôn trọng và cam kết bảo mật thông tin cá nhân của học
viên, phụ huynh và người truy cập website daotaolaixesaoviet.edu.vn. Chính sách này mô tả cách Trung tâm thu thập, sử
dụng, lưu trữ và bảo vệ thông tin cá nhân khi bạn đăng ký học lái xe, đăng ký dự sát hạch hoặc liên hệ với chúng tôi.

## 1. Thông tin chúng tôi thu thập

Khi bạn đăng ký khóa học trực tuyến hoặc tại văn phòng tuyển sinh, Trung tâm có thể thu thập các thông tin sau:

- Họ và tên, ngày sinh, giới tính, quốc tịch;
- Số căn cước công dân hoặc hộ chiếu, nơi cư trú;
- Số điện thoại, địa chỉ email, tài khoản Zalo;
- Ảnh chân dung và giấy khám sức khỏe dành cho người lái xe;
- Hạng giấy phép lái xe đăng ký học, lịch học, kết quả học tập và kết quả sát hạch;
- Thông tin thanh toán học phí: số tiền, thời gian, hình thức thanh toán;
- Thông tin truy cập website: địa chỉ IP, loại trình duyệt, cookie.

## 2. Mục đích sử dụng thông tin

Thông tin cá nhân của học viên được sử dụng cho các mục đích sau:

- Lập hồ sơ học viên và hồ sơ dự sát hạch theo quy định của Bộ Giao thông vận tải;
- Sắp xếp lịch học lý thuyết, thực hành, cabin mô phỏng và thông báo lịch thi;
- Xác nhận thanh toán học phí và xuất hóa đơn điện tử;
- Tư vấn khóa học, gửi thông báo khai giảng qua điện thoại, tin nhắn SMS hoặc Zalo;
- Giải quyết khiếu nại và nâng cao chất lượng đào tạo.

Trung tâm có thể gửi tin nhắn quảng cáo về các chương trình ưu đãi học phí nếu bạn đồng ý nhận thông tin khuyến mãi.

## 3. Chia sẻ thông tin

Trung tâm chỉ cung cấp thông tin cá nhân của học viên cho các bên sau đây:

- Sở Giao thông vận tải và Hội đồng sát hạch để lập hồ sơ, tổ chức kỳ sát hạch và cấp giấy phép lái xe;
- Ngân hàng và đơn vị trung gian thanh toán VNPAY khi bạn thanh toán học phí trực tuyến;
- Đơn vị cung cấp dịch vụ tin nhắn thương hiệu (SMS Brandname);
- Cơ quan nhà nước có thẩm quyền khi có yêu cầu theo quy định của pháp luật.

Trung tâm không bán, trao đổi hoặc cho thuê thông tin cá nhân của học viên cho bất kỳ bên thứ ba nào vì mục đích
thương mại.

## 4. Thời gian lưu trữ

Hồ sơ học viên được lưu trữ tại Trung tâm trong thời gian 2 năm kể từ ngày kết thúc khóa học, trừ trường hợp pháp
luật có quy định thời hạn lưu trữ dài hơn. Dữ liệu hóa đơn được lưu trữ theo quy định của pháp luật về kế toán. Thông
tin đăng ký tư vấn trên website được xóa sau 12 tháng nếu bạn không đăng ký khóa học.

## 5. Bảo mật thông tin

Trung tâm áp dụng các biện pháp kỹ thuật và tổ chức phù hợp để bảo vệ thông tin cá nhân: hồ sơ giấy được cất giữ
trong tủ có khóa tại văn phòng, dữ liệu điện tử chỉ được truy cập bởi nhân viên được phân quyền, website sử dụng giao
thức mã hóa SSL. Tuy nhiên, không có phương thức truyền tải nào trên Internet an toàn tuyệt đối, vì vậy bạn cũng cần
tự bảo vệ thông tin tài khoản và mật khẩu của mình.

## 6. Quyền của học viên

Bạn có quyền yêu cầu Trung tâm cung cấp, chỉnh sửa hoặc xóa thông tin cá nhân của mình, trừ những thông tin Trung
tâm bắt buộc phải lưu giữ theo quy định về đào tạo và sát hạch lái xe. Bạn cũng có thể từ chối nhận tin nhắn quảng
cáo bất cứ lúc nào bằng cách trả lời “TC” hoặc liên hệ hotline.

## 7. Cookie

Website sử dụng cookie để ghi nhớ lựa chọn của bạn và thống kê lượt truy cập thông qua Google Analytics. Bạn có thể
tắt cookie trong phần cài đặt của trình duyệt; khi đó một số chức năng của website có thể không hoạt động đầy đủ.

## 8. Liên hệ

Mọi thắc mắc về chính sách bảo mật, vui lòng liên hệ:

@ Trung tâm Đào tạo Lái xe Sao Việt
@ Địa chỉ: 128 Nguyễn Văn Linh, phường Tân Thuận Tây, Quận 7, TP. Hồ Chí Minh
@ Hotline: 0909 123 456
@ Email: [lienhe@daotaolaixesaoviet.edu.vn](mailto:lienhe@daotaolaixesaoviet.edu.vn)
"""

EDITS = [
    {"note": "new list item: DAT device data (face photos, time and distance of practice) sent to the road authority",
     "repl": [("- Hạng giấy phép lái xe đăng ký học, lịch học, kết quả học tập và kết quả sát hạch;",
               "- Hạng giấy phép lái xe đăng ký học, lịch học, kết quả học tập và kết quả sát hạch;\n"
               "- Dữ liệu từ thiết bị giám sát thời gian và quãng đường học thực hành (DAT): ảnh khuôn mặt, "
               "thời gian, quãng đường;")]},
    {"note": "records kept 5 years instead of 2",
     "repl": [("trong thời gian 2 năm kể từ ngày", "trong thời gian 5 năm kể từ ngày")]},
    {"note": "rights section rewritten after Decree 13/2023/ND-CP (list of rights, 72-hour answer)",
     "repl": [("Bạn có quyền yêu cầu Trung tâm cung cấp, chỉnh sửa hoặc xóa thông tin cá nhân của mình, trừ những "
               "thông tin Trung\ntâm bắt buộc phải lưu giữ theo quy định về đào tạo và sát hạch lái xe.",
               "Theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân, bạn có các quyền sau:\n\n"
               "- Quyền được biết và quyền đồng ý hoặc rút lại sự đồng ý;\n"
               "- Quyền truy cập, yêu cầu cung cấp và chỉnh sửa dữ liệu cá nhân;\n"
               "- Quyền xóa dữ liệu, hạn chế xử lý dữ liệu và phản đối xử lý dữ liệu;\n"
               "- Quyền khiếu nại, tố cáo, khởi kiện và yêu cầu bồi thường thiệt hại.\n\n"
               "Trung tâm sẽ phản hồi yêu cầu của bạn trong thời hạn 72 giờ kể từ khi nhận được yêu cầu, trừ "
               "những thông tin\nTrung tâm bắt buộc phải lưu giữ theo quy định về đào tạo và sát hạch lái xe.")]},
    {"note": "wording fixed (thực hành, cabin mô phỏng -> thực hành trên cabin mô phỏng), no new date", "bump": False,
     "repl": [("lý thuyết, thực hành, cabin mô phỏng và", "lý thuyết, thực hành trên cabin mô phỏng và")]},
    {"note": "hotline number changed",
     "repl": [("@ Hotline: 0909 123 456", "@ Hotline: 1900 636 828")]},
    {"note": "2025 administrative reorganisation: Bộ/Sở Giao thông vận tải -> Bộ/Sở Xây dựng, address after the "
             "ward merger (phường Tân Thuận Tây, Quận 7 -> phường Tân Thuận); promotional SMS sentence removed",
     "repl": [("theo quy định của Bộ Giao thông vận tải;", "theo quy định của Bộ Xây dựng;"),
              ("- Sở Giao thông vận tải và Hội đồng sát hạch", "- Sở Xây dựng và Hội đồng sát hạch"),
              ("\n\nTrung tâm có thể gửi tin nhắn quảng cáo về các chương trình ưu đãi học phí nếu bạn đồng ý nhận "
               "thông tin khuyến mãi.", ""),
              ("@ Địa chỉ: 128 Nguyễn Văn Linh, phường Tân Thuận Tây, Quận 7, TP. Hồ Chí Minh",
               "@ Địa chỉ: 128 Nguyễn Văn Linh, phường Tân Thuận, TP. Hồ Chí Minh")]},
]

NEWS = [
    (dt.date(2021, 12, 20), "Lịch khai giảng các lớp B2 dịp Tết Nhâm Dần", "lich-khai-giang-tet-nham-dan"),
    (dt.date(2022, 3, 8), "Thi sát hạch lái xe có gắn thiết bị DAT từ năm 2022", "sat-hach-thiet-bi-dat"),
    (dt.date(2022, 6, 14), "Bí quyết vượt qua bài thi sa hình B2", "bi-quyet-thi-sa-hinh-b2"),
    (dt.date(2022, 10, 3), "Học lái xe số tự động hạng B1: ai nên chọn?", "hoc-lai-xe-so-tu-dong-b1"),
    (dt.date(2023, 2, 6), "Học phí lái xe B2 năm 2023 tại TP.HCM", "hoc-phi-lai-xe-b2-2023"),
    (dt.date(2023, 5, 29), "Bộ 600 câu hỏi lý thuyết: những câu điểm liệt", "600-cau-hoi-diem-liet"),
    (dt.date(2023, 9, 11), "Mô phỏng tình huống giao thông: mẹo đạt điểm cao", "meo-thi-mo-phong"),
    (dt.date(2024, 1, 15), "Lịch nghỉ Tết Giáp Thìn 2024", "lich-nghi-tet-giap-thin-2024"),
    (dt.date(2024, 6, 3), "Luật Trật tự, an toàn giao thông đường bộ: những điểm mới", "luat-trat-tu-atgt-diem-moi"),
    (dt.date(2024, 11, 18), "Từ 01/01/2025: hạng B2 đổi thành hạng B", "hang-b2-doi-thanh-hang-b"),
    (dt.date(2025, 3, 3), "Đăng ký học lái xe hạng B năm 2025", "dang-ky-hoc-lai-xe-hang-b-2025"),
    (dt.date(2025, 7, 7), "Thông báo địa chỉ mới sau sáp nhập phường", "thong-bao-dia-chi-moi"),
    (dt.date(2025, 12, 1), "Lịch thi sát hạch tháng 12/2025", "lich-thi-sat-hach-12-2025"),
    (dt.date(2026, 4, 6), "Cabin mô phỏng thế hệ mới tại Trung tâm", "cabin-mo-phong-the-he-moi"),
    (dt.date(2026, 8, 17), "Khai giảng khóa học tháng 9/2026", "khai-giang-thang-9-2026"),
]

RELEASES = [(dt.date(2021, 11, 1), ("5.8.1", "3.14.3", "1.9.2")), (dt.date(2022, 6, 6), ("6.0", "3.15.4", "1.10.3")),
            (dt.date(2023, 1, 9), ("6.1.1", "3.16.2", "1.11.0")), (dt.date(2023, 8, 21), ("6.3", "3.17.5", "1.12.2")),
            (dt.date(2024, 3, 4), ("6.4.3", "3.18.3", "1.13.2")), (dt.date(2024, 10, 14), ("6.6.2", "3.19.6", "1.15")),
            (dt.date(2025, 5, 12), ("6.8.1", "3.19.11", "1.16.1")), (dt.date(2026, 1, 12), ("6.9", "3.20.2", "1.17"))]

TET = [dt.date(2022, 2, 1), dt.date(2023, 1, 22), dt.date(2024, 2, 10), dt.date(2025, 1, 29), dt.date(2026, 2, 17)]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["views"] = 1200 + (when.date() - dt.date(2022, 1, 1)).days * 3 + rng.randint(0, 40)
    cnt = C.keep_or(rng, prev.get("stars", (None, None))[1], 0.35, lambda: (prev.get("stars", (0, 18))[1] or 18)
                    + rng.randint(1, 3))
    s["stars"] = (round(4.5 + (cnt % 5) / 10, 1), cnt)
    day = K.local(when, "ICT").date()
    nxt = day + dt.timedelta(days=(7 - day.weekday()) % 7 + (7 if day.day % 2 else 0))
    s["khaigiang"] = (nxt.isoformat(), rng.randint(2, 15))
    s["release"] = K.phase(when, RELEASES)
    s["news"] = tuple(n[2] for n in K.latest(NEWS, when, 4))
    s["tet"] = K.around(when, TET, 25, 8) is not None
    s["messenger"] = when.date() < dt.date(2024, 5, 9)
    s["rankmath"] = K.carry_saved(rng, prev, when, 0.1)
    return s


LABELS = {"views": "Post Views Counter 'Lượt xem' (inside, removed)",
          "stars": "kk Star Ratings score and vote count (inside, removed)",
          "khaigiang": "top bar / sidebar: next intake date and seats left",
          "release": "WordPress / Flatsome / Rank Math versions in asset URLs",
          "news": "sidebar 'Bài viết mới' latest posts", "tet": "Tết holiday notice in the top bar",
          "messenger": "Facebook Messenger chat plugin (removed after Meta ended it in May 2024)",
          "rankmath": "Rank Math article:modified_time / og:updated_time (moves on save)"}


def stars_html(score, count):
    star = ('\n            <div class="kksr-star" %sstyle="padding-right: 5px">\n            <div class="kksr-icon" '
            'style="width: 24px; height: 24px;"></div>\n        </div>')
    width = round(score * 24 + (score - 1) * 5 if score > 1 else score * 24, 1)
    payload = ('{"align":"left","id":"1532","slug":"default","valign":"bottom","ignore":"","reference":"auto",'
               '"class":"","count":"%d","legendonly":"","readonly":"","score":"%s","starsonly":"","best":"5",'
               '"gap":"5","greet":"Bạn thấy bài viết thế nào?","legend":"%s\\/5 - (%d bình chọn)","size":"24",'
               '"title":"Chính sách bảo mật thông tin","width":"%s","_legend":"{score}\\/{best} - ({count} {votes})",'
               '"font_factor":"1.25"}' % (count, score, score, count, width))
    return ('<div class="kk-star-ratings kksr-auto kksr-align-left kksr-valign-bottom" data-payload=\'%s\'>\n'
            '    <div class="kksr-stars">\n    <div class="kksr-stars-inactive">%s\n    </div>\n'
            '    <div class="kksr-stars-active" style="width: %spx;">%s\n    </div>\n</div>\n'
            '<div class="kksr-legend" style="font-size: 19.2px;">\n            %s/5 - (%d bình chọn)    </div>\n'
            '    </div>' % (payload, "".join(star % ('data-star="%d" ' % n) for n in range(1, 6)), width,
                            "".join(star % "" for _ in range(5)), score, count))


def render(s, blocks, when):
    wp, fl, rm = s["release"]
    mod = K.touch_saved({"saved": s["rankmath"]}, blocks, when, dt.datetime(2021, 10, 26, 3, 47, 10))
    s["rankmath"] = (K.text_hash(blocks), mod)
    nxt = dt.date.fromisoformat(s["khaigiang"][0])
    hang = "hạng B" if when.date() >= dt.date(2025, 1, 1) else "hạng B2"
    title = blocks[0][1]
    content = C.render_blocks(blocks[1:], sep="\n")
    views = ('<div class="post-views content-post post-1532 entry-meta load-static">\n\t\t\t\t<span class="post-views-'
             'icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">Lượt xem:</span> <span '
             'class="post-views-count">%s</span>\n\t\t\t</div>' % K.digits_group(s["views"], "."))
    thang = ["Th1", "Th2", "Th3", "Th4", "Th5", "Th6", "Th7", "Th8", "Th9", "Th10", "Th11", "Th12"]
    posts = "".join(
        '<li class="recent-blog-posts-li">\n\t\t<div class="flex-row recent-blog-posts align-top pt-half pb-half">'
        '\n\t\t\t<div class="flex-col mr-half">\n\t\t\t\t<div class="badge post-date  badge-small badge-outline">'
        '\n\t\t\t\t\t<div class="badge-inner bg-fill" >\n\t\t\t\t\t\t<span class="post-date-day">%02d</span><br>\n'
        '\t\t\t\t\t\t<span class="post-date-month is-xsmall">%s</span>\n\t\t\t\t\t</div>\n\t\t\t\t</div>\n\t\t\t'
        '</div>\n\t\t\t<div class="flex-col flex-grow">\n\t\t\t\t<a href="%s/%s/" title="%s">%s</a>\n\t\t\t</div>'
        '\n\t\t</div>\n\t\t</li>' % (d.day, thang[d.month - 1], BASE, sl, C.attr(t), C.esc(t))
        for d, t, sl in K.latest(NEWS, when, 4))
    tet = ""
    if s["tet"]:
        tet = ('<li class="html custom html_topbar_right"><strong>Thông báo:</strong> Trung tâm nghỉ Tết Nguyên Đán, '
               'vẫn nhận hồ sơ online</li>')
    messenger = ""
    if s["messenger"]:
        messenger = ('<div id="fb-root"></div>\n<div id="fb-customer-chat" class="fb-customerchat"></div>\n<script>\n'
                     '  var chatbox = document.getElementById(\'fb-customer-chat\');\n'
                     '  chatbox.setAttribute("page_id", '
                     '"104512345678901");\n  chatbox.setAttribute("attribution", "biz_inbox");\n</script>\n'
                     '<script>window.fbAsyncInit=function(){FB.init({xfbml:true,version:\'v16.0\'});};(function(d,s,id)'
                     '{var js,fjs=d.getElementsByTagName(s)[0];if(d.getElementById(id))return;js=d.createElement(s);'
                     'js.id=id;js.src=\'https://connect.facebook.net/vi_VN/sdk/xfbml.customerchat.js\';fjs.parentNode.'
                     'insertBefore(js,fjs);}(document,\'script\',\'facebook-jssdk\'));</script>\n')
    hotline = "1900 636 828" if "1900 636 828" in repr(blocks) else "0909 123 456"
    tel = hotline.replace(" ", "")
    return (
        '<!DOCTYPE html>\n<html lang="vi" prefix="og: https://ogp.me/ns#" class="loading-site no-js">\n<head>\n'
        '\t<meta charset="UTF-8" />\n\t<link rel="profile" href="http://gmpg.org/xfn/11" />\n'
        '\t<link rel="pingback" href="%s/xmlrpc.php" />\n\n'
        '\t<script>(function(html){html.className = html.className.replace(/\\bno-js\\b/,\'js\')})'
        '(document.documentElement);</script>\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
        '<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->\n'
        '<title>Chính sách bảo mật thông tin - Đào Tạo Lái Xe Sao Việt</title>\n'
        '<meta name="description" content="Chính sách bảo mật thông tin học viên của Trung tâm Đào tạo Lái xe Sao '
        'Việt."/>\n<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, '
        'max-image-preview:large"/>\n<link rel="canonical" href="%s" />\n'
        '<meta property="og:locale" content="vi_VN" />\n<meta property="og:type" content="article" />\n'
        '<meta property="og:title" content="Chính sách bảo mật thông tin - Đào Tạo Lái Xe Sao Việt" />\n'
        '<meta property="og:url" content="%s" />\n<meta property="og:updated_time" content="%s" />\n'
        '<meta property="article:published_time" content="2019-08-02T09:15:31+07:00" />\n'
        '<meta property="article:modified_time" content="%s" />\n<!-- /Rank Math WordPress SEO plugin -->\n\n'
        '<link rel=\'stylesheet\' id=\'kk-star-ratings-css\' href=\'%s/wp-content/plugins/kk-star-ratings/src/core/'
        'public/css/kk-star-ratings.min.css?ver=5.4.5\' type=\'text/css\' media=\'all\' />\n'
        '<link rel=\'stylesheet\' id=\'flatsome-main-css\' href=\'%s/wp-content/themes/flatsome/assets/css/'
        'flatsome.css?ver=%s\' type=\'text/css\' media=\'all\' />\n'
        '<link rel=\'stylesheet\' id=\'flatsome-style-css\' href=\'%s/wp-content/themes/flatsome-child/style.css?'
        'ver=3.0\' type=\'text/css\' media=\'all\' />\n'
        '<meta name="generator" content="WordPress %s" />\n'
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-SV8L2K4Q7T"></script>\n'
        '</head>\n\n<body class="privacy-policy page-template page-template-page-right-sidebar page-template-page-'
        'right-sidebar-php page page-id-1532 lightbox nav-dropdown-has-arrow nav-dropdown-has-shadow nav-dropdown-'
        'has-border">\n\n<a class="skip-link screen-reader-text" href="#main">Skip to content</a>\n\n'
        '<div id="wrapper">\n\n\t\n\t<header id="header" class="header has-sticky sticky-jump">\n'
        '\t\t<div class="header-wrapper">\n\t\t\t<div id="top-bar" class="header-top hide-for-sticky nav-dark">\n'
        '    <div class="flex-row container">\n      <div class="flex-col hide-for-medium flex-left">\n'
        '          <ul class="nav nav-left medium-nav-center nav-small  nav-divided">\n'
        '              <li class="html custom html_topbar_left"><strong>Khai giảng lớp %s ngày %s</strong> – còn %d '
        'suất</li>          </ul>\n      </div>\n      <div class="flex-col hide-for-medium flex-right">\n'
        '         <ul class="nav top-bar-nav nav-right nav-small  nav-divided">\n              %s'
        '<li class="html header-social-icons ml-0"><div class="social-icons follow-icons" ><a href="https://www.'
        'facebook.com/daotaolaixesaoviet" target="_blank" data-label="Facebook" class="icon plain facebook tooltip" '
        'title="Follow on Facebook" aria-label="Follow on Facebook" rel="noopener nofollow" ><i class="icon-facebook" '
        '></i></a></div></li>          </ul>\n      </div>\n    </div>\n</div>\n'
        '<div id="masthead" class="header-main ">\n      <div class="header-inner flex-row container logo-left '
        'medium-logo-center" role="navigation">\n          <div id="logo" class="flex-col logo">\n'
        '<a href="%s/" title="Đào Tạo Lái Xe Sao Việt" rel="home">\n<img width="240" height="80" src="%s/wp-content/'
        'uploads/2019/07/logo-sao-viet.png" class="header_logo header-logo" alt="Đào Tạo Lái Xe Sao Việt"/></a>\n'
        '          </div>\n          <div class="flex-col hide-for-medium flex-right">\n'
        '            <ul class="header-nav header-nav-main nav nav-right  nav-uppercase" >\n'
        '              <li id="menu-item-21" class="menu-item menu-item-type-post_type menu-item-object-page '
        'menu-item-home menu-item-21 menu-item-design-default"><a href="%s/" class="nav-top-link">Trang chủ</a></li>\n'
        '<li id="menu-item-22" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-22 '
        'menu-item-design-default"><a href="%s/hoc-lai-xe-o-to/" class="nav-top-link">Học lái xe ô tô</a></li>\n'
        '<li id="menu-item-23" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-23 '
        'menu-item-design-default"><a href="%s/hoc-lai-xe-may/" class="nav-top-link">Học lái xe máy</a></li>\n'
        '<li id="menu-item-24" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-24 '
        'menu-item-design-default"><a href="%s/hoc-phi/" class="nav-top-link">Học phí</a></li>\n'
        '<li id="menu-item-25" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-25 '
        'menu-item-design-default"><a href="%s/tin-tuc/" class="nav-top-link">Tin tức</a></li>\n'
        '<li class="html header-button-1">\n\t<div class="header-button">\n\t<a href="tel:%s" class="button '
        'primary is-small"  style="border-radius:99px;">\n    <span>%s</span>\n  </a>\n\t</div>\n</li>\n'
        '            </ul>\n          </div>\n      </div>\n</div>\n'
        '<div class="header-bg-container fill"><div class="header-bg-image fill"></div><div class="header-bg-color '
        'fill"></div></div>\t\t</div>\n\t</header>\n\n\t\n\t<main id="main" class="">\n'
        '<div class="page-wrapper page-right-sidebar">\n<div class="row">\n\n'
        '<div id="content" class="large-9 left col col-divided" role="main">\n\t<div class="page-inner">\n'
        '\t\t\t\t<header class="entry-header">\n\t\t\t<h1 class="entry-title mb uppercase">%s</h1>\n'
        '\t\t</header>\n\t\t\t\t\t\t\n\t\t\t%s%s\n%s\n\t\t\t</div>\n</div>\n\n'
        '<div class="large-3 col">\n<div id="secondary" class="widget-area " role="complementary">\n'
        '\t\t<aside id="text-3" class="widget widget_text"><span class="widget-title "><span>Lịch khai giảng'
        '</span></span><div class="is-divider small"></div>\t\t\t<div class="textwidget"><p>Lớp %s: <strong>%s'
        '</strong><br />Còn <strong>%d</strong> suất học</p>\n<p><a class="button primary" href="%s/dang-ky/">'
        'Đăng ký ngay</a></p>\n</div>\n\t\t</aside>\t\t<aside id="flatsome_recent_posts-2" class="widget '
        'flatsome_recent_posts">\t\t<span class="widget-title "><span>Bài viết mới</span></span><div class="is-'
        'divider small"></div>\t\t<ul>%s</ul>\t\t</aside></div>\n</div>\n\n</div>\n</div>\n\n</main>\n\n'
        '<footer id="footer" class="footer-wrapper">\n<div class="absolute-footer dark medium-text-center '
        'small-text-center">\n  <div class="container clearfix">\n      <div class="footer-primary pull-left">\n'
        '        <div class="menu-footer-container"><ul id="menu-footer" class="links footer-nav uppercase"><li '
        'id="menu-item-31" class="menu-item menu-item-31"><a href="%s">Chính sách bảo mật</a></li>\n<li '
        'id="menu-item-32" class="menu-item menu-item-32"><a href="%s/lien-he/">Liên hệ</a></li>\n</ul></div>'
        '            <div class="copyright-footer">\n        Copyright %d © <strong>Đào Tạo Lái Xe Sao Việt</strong>'
        '      </div>\n          </div>\n  </div>\n</div>\n<a href="#top" class="back-to-top button icon invert plain '
        'fixed bottom z-1 is-outline hide-for-medium circle" id="top-link" aria-label="Go to top"><i '
        'class="icon-angle-up" ></i></a>\n</footer>\n\n</div>\n\n'
        '<div class="fixed-contact"><a href="tel:%s" class="hotline-phone-ring"><span>%s</span></a>'
        '<a href="https://zalo.me/%s" class="zalo-chat" target="_blank" rel="noopener">Zalo</a></div>\n'
        '%s'
        '<script type="text/javascript" src="%s/wp-content/themes/flatsome/assets/js/flatsome.js?ver=%s" '
        'id="flatsome-js-js"></script>\n'
        '<script type="text/javascript" src="%s/wp-content/plugins/kk-star-ratings/src/core/public/js/'
        'kk-star-ratings.min.js?ver=5.4.5" id="kk-star-ratings-js"></script>\n'
        '</body>\n</html>\n'
        % (BASE, URL, URL, K.iso_local(mod, "ICT"), K.iso_local(mod, "ICT"), BASE, BASE, fl, BASE, wp,
           hang, fmt_date(nxt), s["khaigiang"][1], tet, BASE, BASE, BASE, BASE, BASE, BASE, BASE, tel, hotline,
           C.esc(title), views, "\n" + content, stars_html(*s["stars"]),
           hang.split()[1], fmt_date(nxt), s["khaigiang"][1], BASE, posts, URL, BASE,
           K.local(when, "ICT").year, tel, hotline, tel, messenger, BASE, fl, BASE))


PAGE = {
    "service": "Dao Tao Lai Xe Sao Viet", "url": URL, "lang": "vi-VN", "platform": "WordPress + Flatsome",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "LiteSpeed"), ("Vary", "Accept-Encoding"), ("X-Powered-By", "PHP/8.0.30")),
    "n": 30, "start": dt.date(2022, 1, 5), "end": dt.date(2026, 10, 25), "hours": (19, 23),
    "policy": POLICY, "first_updated": dt.date(2021, 10, 25), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": "#content .page-inner", "remove": [".post-views", ".kk-star-ratings"]},
}
