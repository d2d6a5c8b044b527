"""Lốp Xe Phương Nam - vi tyre shop and car service centre - WordPress + Flatsome + WooCommerce behind LiteSpeed
Cache, with the Post Views Counter and kk Star Ratings plugins (both print INTO the page content), Zalo chat."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gkit as K  # noqa: E402

C = K.C
URL = "https://lopxephuongnam.vn/chinh-sach-bao-mat/"


def fmt_date(d):
    return "%02d/%02d/%d" % (d.day, d.month, d.year)


POLICY = """
# Chính sách bảo mật thông tin

Cập nhật lần cuối: {UPDATED}

Công ty TNHH Lốp Xe Phương Nam (sau đây gọi là "Phương Nam" hoặc "chúng tôi") tôn trọng và cam kết bảo mật thông tin cá nhân của khách hàng khi mua lốp, mâm xe và sử dụng dịch vụ thay lốp, cân bằng động, cân chỉnh độ chụm và bảo dưỡng ô tô tại website lopxephuongnam.vn và tại các cửa hàng của chúng tôi.

## 1. Mục đích thu thập thông tin

Chúng tôi thu thập thông tin cá nhân của khách hàng nhằm:

- xử lý đơn hàng, giao hàng và lắp đặt sản phẩm tại cửa hàng hoặc tại nhà;
- đặt lịch hẹn thay lốp, bảo dưỡng và sửa chữa xe;
- xuất hóa đơn và thực hiện chính sách bảo hành lốp;
- nhắc lịch bảo dưỡng định kỳ và đảo lốp;
- gửi thông tin khuyến mãi khi khách hàng đồng ý nhận;
- giải quyết khiếu nại và nâng cao chất lượng dịch vụ.

## 2. Phạm vi thông tin thu thập

- họ và tên, số điện thoại, địa chỉ email, địa chỉ giao hàng;
- biển số xe, hãng xe, dòng xe, năm sản xuất và số km đã đi;
- thông tin về sản phẩm đã mua và lịch sử sửa chữa, bảo dưỡng;
- thông tin xuất hóa đơn như tên công ty và mã số thuế;
- dữ liệu truy cập website như địa chỉ IP, loại trình duyệt và cookie.

Chúng tôi không thu thập thông tin thẻ thanh toán. Việc thanh toán trực tuyến được thực hiện qua cổng thanh toán VNPAY và ví MoMo.

## 3. Thời gian lưu trữ thông tin

Thông tin của khách hàng được lưu trữ trong suốt thời gian sử dụng dịch vụ và tối đa 5 năm kể từ lần giao dịch cuối cùng, trừ trường hợp pháp luật về kế toán, thuế yêu cầu lưu trữ lâu hơn hoặc khách hàng yêu cầu xóa.

## 4. Những đối tượng được tiếp cận thông tin

Thông tin cá nhân của khách hàng chỉ được sử dụng trong nội bộ công ty. Chúng tôi có thể chia sẻ thông tin với:

- đơn vị vận chuyển (Giao Hàng Nhanh, Viettel Post) để giao hàng;
- cổng thanh toán VNPAY và Công ty Cổ phần Dịch vụ Di động Trực tuyến (MoMo) để xử lý thanh toán;
- hãng lốp (Michelin, Bridgestone, Kumho) để kích hoạt bảo hành điện tử;
- cơ quan nhà nước có thẩm quyền khi có yêu cầu theo quy định của pháp luật.

## 5. Địa chỉ của đơn vị thu thập và quản lý thông tin

@ Công ty TNHH Lốp Xe Phương Nam
@ 285 Cách Mạng Tháng Tám, Phường 12, Quận 10, TP. Hồ Chí Minh
@ Hotline: 1900 6868 22
@ Email: cskh@lopxephuongnam.vn

## 6. Quyền của khách hàng đối với thông tin cá nhân

Khách hàng có quyền kiểm tra, cập nhật, điều chỉnh hoặc yêu cầu hủy bỏ thông tin cá nhân của mình bằng cách liên hệ với bộ phận chăm sóc khách hàng qua hotline hoặc email nêu trên. Khách hàng có thể từ chối nhận tin nhắn quảng cáo bất kỳ lúc nào bằng cách soạn TC gửi đến tổng đài hoặc bấm hủy đăng ký trong email.

## 7. Cam kết bảo mật thông tin

Chúng tôi sử dụng các biện pháp kỹ thuật và quản lý phù hợp để bảo vệ thông tin của khách hàng, bao gồm mã hóa SSL trên toàn bộ website, phân quyền truy cập hệ thống và đào tạo nhân viên về bảo mật. Trong trường hợp máy chủ lưu trữ thông tin bị tấn công dẫn đến mất mát dữ liệu, chúng tôi sẽ thông báo cho cơ quan chức năng và khách hàng được biết.

## 8. Cookie

Website sử dụng cookie để ghi nhớ giỏ hàng, phân tích lưu lượng truy cập bằng Google Analytics và hiển thị quảng cáo phù hợp trên Facebook. Khách hàng có thể tắt cookie trong cài đặt trình duyệt, tuy nhiên một số chức năng của website có thể không hoạt động.
"""

EDITS = [
    {"note": "courier added (J&T Express) in the sharing list",
     "repl": [("- đơn vị vận chuyển (Giao Hàng Nhanh, Viettel Post) để giao hàng;",
               "- đơn vị vận chuyển (Giao Hàng Nhanh, Viettel Post, J&T Express) để giao hàng;")]},
    {"note": "new section on Decree 13/2023/ND-CP: consent, sensitive data, processing without consent",
     "repl": [("## 7. Cam kết bảo mật thông tin",
               "## 6a. Xử lý dữ liệu cá nhân theo Nghị định 13/2023/NĐ-CP\n\nKể từ ngày 01/07/2023, chúng tôi xử lý "
               "dữ liệu cá nhân của khách hàng theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân. Chúng tôi chỉ xử "
               "lý dữ liệu khi có sự đồng ý của khách hàng, trừ các trường hợp pháp luật cho phép. Khách hàng có quyền "
               "rút lại sự đồng ý, yêu cầu cung cấp, chỉnh sửa, xóa dữ liệu hoặc hạn chế xử lý dữ liệu. Chúng tôi sẽ "
               "thực hiện yêu cầu trong vòng 72 giờ kể từ khi nhận được yêu cầu hợp lệ.\n\n"
               "## 7. Cam kết bảo mật thông tin")]},
    {"note": "hotline and address changed (new head office in Thu Duc)",
     "repl": [("@ 285 Cách Mạng Tháng Tám, Phường 12, Quận 10, TP. Hồ Chí Minh\n@ Hotline: 1900 6868 22",
               "@ 46 Xa Lộ Hà Nội, Phường Thảo Điền, TP. Thủ Đức, TP. Hồ Chí Minh\n@ Hotline: 1900 2345 88")]},
    {"note": "retention shortened from 5 years to 3 years after the last transaction",
     "repl": [("tối đa 5 năm kể từ lần giao dịch cuối cùng", "tối đa 3 năm kể từ lần giao dịch cuối cùng")]},
    {"note": "cookie section: Zalo Ads and TikTok pixel added, wording fixed",
     "repl": [("và hiển thị quảng cáo phù hợp trên Facebook.",
               "và hiển thị quảng cáo phù hợp trên Facebook, Zalo Ads và TikTok.")]},
]

PRODUCTS = [("Lốp Michelin Primacy 4 205/55R16", 2650000), ("Lốp Bridgestone Turanza T005 215/60R16", 2480000),
            ("Lốp Kumho Ecsta HS52 195/65R15", 1390000), ("Lốp Dunlop Enasave EC300 185/60R15", 1290000),
            ("Lốp Hankook Kinergy Eco2 175/65R14", 980000), ("Lốp Michelin Pilot Sport 5 225/45R18", 4350000),
            ("Lốp Continental ComfortContact CC7 205/65R16", 2190000), ("Lốp Goodyear Assurance Triplemax 2 215/55R17", 2790000)]


def promo(when):
    d = when.date()
    if d.month in (1, 2):
        return "tet", "Khuyến mãi Tết: giảm 10% lốp, miễn phí cân bằng động"
    if d.month == 4 or (d.month == 5 and d.day <= 2):
        return "304", "Mừng 30/4 - 1/5: mua 4 lốp tặng 1 lần đảo lốp"
    if d.month in (11,):
        return "bf", "Black Friday: giảm đến 25% lốp Michelin"
    return "", ""


def noise(rng, when, i, prev):
    prev = prev or {}
    loc, _ = K.local(when, "vi")
    cache_t = loc - dt.timedelta(minutes=rng.randint(2, 480))
    s = {"cache": (cache_t.strftime("%Y-%m-%d %H:%M:%S"), C.hexs(rng, 10), str(C.epoch(when) - rng.randint(60, 40000)))}
    s["views"] = K.grow(when, dt.date(2021, 6, 1), 1320, 2.7, rng, 15)
    votes = 19 + (when - dt.datetime(2022, 1, 1)).days // 70
    s["stars"] = (votes, round(4.5 + (votes % 5) / 10.0, 1))
    s["bestsellers"] = C.keep_or(rng, prev.get("bestsellers"), 0.5, lambda: tuple(
        (k, rng.choice([0, 0, 5, 8, 10])) for k in rng.sample(range(len(PRODUCTS)), 4)))
    s["promo"] = promo(when)
    s["ver"] = C.keep_or(rng, prev.get("ver"), 0.2, lambda: rng.choice(["3.17.7", "3.18.1", "3.18.4", "3.19.2", "3.19.6"]))
    return s


LABELS = {"cache": "LiteSpeed Cache stamp and the Woo Store API nonce frozen in each cached copy",
          "views": "Post Views Counter 'Lượt xem' count (INSIDE .col-inner, removed)",
          "stars": "kk Star Ratings score and votes (INSIDE .col-inner, removed)",
          "bestsellers": "footer 'Sản phẩm bán chạy' products with sale prices", "promo": "seasonal top-bar promotion",
          "ver": "Flatsome theme version in asset URLs"}


def vnd(n):
    return C.group_digits(n, ".") + "₫"


def render(s, blocks, when):
    stamp, nonce, nts = s["cache"]
    votes, score = s["stars"]
    title = blocks[0][1]
    body = K.render_blocks(blocks[1:])
    pk, ptext = s["promo"]
    top = ('<div id="top-bar" class="header-top hide-for-sticky nav-dark flex-has-center"><div class="flex-row container">'
           '<div class="flex-col hide-for-medium flex-center"><ul class="nav nav-center nav-small is-uppercase"><li class="html custom html_topbar_left">'
           '<strong class="promo-%s">%s</strong></li></ul></div></div></div>' % (pk, C.esc(ptext))) if pk else ""
    best = "".join(
        '<div class="col"><div class="product-small box"><div class="box-text"><p class="name product-title"><a href="/san-pham/%d/">%s</a></p>'
        '<span class="price">%s</span></div></div></div>'
        % (k + 500, C.esc(PRODUCTS[k][0]),
           ('<del><span class="woocommerce-Price-amount amount">%s</span></del> <ins><span class="woocommerce-Price-amount amount">%s</span></ins>'
            % (vnd(PRODUCTS[k][1]), vnd(PRODUCTS[k][1] * (100 - d) // 100 // 1000 * 1000))) if d else
           '<span class="woocommerce-Price-amount amount">%s</span>' % vnd(PRODUCTS[k][1]))
        for k, d in s["bestsellers"])
    payload = ('{"align":"left","id":"3","slug":"default","valign":"top","ignore":"","reference":"auto","class":"","count":"%d",'
               '"legendonly":"","readonly":"","score":"%s","starsonly":"","best":"5","gap":"5","greet":"Đánh giá bài viết",'
               '"legend":"%s\\/5 - (%d bình chọn)","size":"24","title":"Chính sách bảo mật","width":"%s","_legend":"{score}\\/{best} - ({count} {votes})","font_factor":"1.25"}'
               % (votes, score, score, votes, round(score * 28, 1)))
    stars = ('<div class="kk-star-ratings kksr-auto kksr-align-left kksr-valign-top" data-payload=\'%s\'>'
             '<div class="kksr-stars"><div class="kksr-stars-inactive">%s</div><div class="kksr-stars-active" style="width: %spx;">%s</div></div>'
             '<div class="kksr-legend" style="font-size: 19.2px;">%s/5 - (%d bình chọn)</div></div>'
             % (payload, '<div class="kksr-star" data-star="1" style="padding-right: 5px"><div class="kksr-icon" style="width: 24px; height: 24px;"></div></div>' * 5,
                round(score * 28, 1), '<div class="kksr-star" style="padding-right: 5px"><div class="kksr-icon" style="width: 24px; height: 24px;"></div></div>' * 5,
                score, votes))
    views = ('<div class="post-views content-post post-3 entry-meta load-static"><span class="post-views-icon dashicons dashicons-chart-bar"></span> '
             '<span class="post-views-label">Lượt xem:</span> <span class="post-views-count">%s</span></div>' % C.group_digits(s["views"], "."))
    ver = s["ver"]
    return ('<!DOCTYPE html>\n<html lang="vi" class="loading-site no-js">\n<head>\n<meta charset="UTF-8" />\n'
            '<link rel="profile" href="http://gmpg.org/xfn/11" />\n<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
            '<title>Chính sách bảo mật - Lốp Xe Phương Nam</title>\n<link rel="canonical" href="%s" />\n'
            '<link rel="stylesheet" id="flatsome-main-css" href="https://lopxephuongnam.vn/wp-content/themes/flatsome/assets/css/flatsome.css?ver=%s" type="text/css" media="all" />\n'
            '<link rel="stylesheet" id="flatsome-style-css" href="https://lopxephuongnam.vn/wp-content/themes/flatsome-child/style.css?ver=3.0" type="text/css" media="all" />\n'
            '<script type="text/javascript" id="wc-blocks-middleware-js-after">\nvar wcBlocksMiddlewareConfig = {"storeApiNonce":"%s","wcStoreApiNonceTimestamp":"%s"};\n</script>\n'
            '</head>\n<body class="privacy-policy page-template-default page page-id-3 theme-flatsome woocommerce-no-js lightbox nav-dropdown-has-arrow">\n'
            '<a class="skip-link screen-reader-text" href="#main">Bỏ qua nội dung</a>\n<div id="wrapper">\n'
            '<header id="header" class="header has-sticky sticky-jump"><div class="header-wrapper">%s'
            '<div id="masthead" class="header-main"><div class="header-inner flex-row container logo-left medium-logo-center" role="navigation">'
            '<div id="logo" class="flex-col logo"><a href="https://lopxephuongnam.vn/" title="Lốp Xe Phương Nam" rel="home">'
            '<img width="200" height="60" src="https://lopxephuongnam.vn/wp-content/uploads/2021/05/logo-phuong-nam.png" class="header_logo header-logo" alt="Lốp Xe Phương Nam"/></a></div>'
            '<div class="flex-col hide-for-medium flex-left flex-grow"><ul class="header-nav header-nav-main nav nav-left nav-uppercase">'
            '<li class="menu-item"><a href="/lop-o-to/" class="nav-top-link">Lốp ô tô</a></li><li class="menu-item"><a href="/mam-xe/" class="nav-top-link">Mâm xe</a></li>'
            '<li class="menu-item"><a href="/dich-vu/" class="nav-top-link">Dịch vụ</a></li><li class="menu-item"><a href="/he-thong-cua-hang/" class="nav-top-link">Cửa hàng</a></li>'
            '<li class="menu-item"><a href="/tin-tuc/" class="nav-top-link">Tin tức</a></li></ul></div>'
            '<div class="flex-col hide-for-medium flex-right"><ul class="header-nav nav-right"><li class="html header-button-1"><a href="tel:1900686822" class="button primary">Hotline 1900 6868 22</a></li>'
            '<li class="cart-item has-icon"><a href="/gio-hang/" class="header-cart-link">Giỏ hàng</a></li></ul></div></div></div></div></header>\n'
            '<main id="main" class="">\n<div id="content" class="content-area page-wrapper" role="main">\n<div class="row row-main">\n<div class="large-12 col">\n<div class="col-inner">\n'
            '<header class="entry-header"><h1 class="entry-title mb uppercase">%s</h1></header>\n'
            '%s\n%s\n%s\n</div>\n</div>\n</div>\n</div>\n</main>\n'
            '<footer id="footer" class="footer-wrapper"><section class="section best-sellers"><div class="row"><div class="col"><h3 class="section-title">Sản phẩm bán chạy</h3></div></div>'
            '<div class="row large-columns-4 medium-columns-3 small-columns-2">%s</div></section>'
            '<div class="absolute-footer dark medium-text-center small-text-center"><div class="container clearfix"><div class="footer-primary pull-left">'
            '<div class="copyright-footer">Copyright %d © <strong>Lốp Xe Phương Nam</strong>. GPĐKKD số 0312345678 do Sở KH&amp;ĐT TP.HCM cấp.</div></div></div></div></footer>\n'
            '</div>\n<div class="zalo-chat-widget" data-oaid="1829374650912837465" data-welcome-message="Rất vui khi được hỗ trợ bạn!" data-autopopup="0" data-width="" data-height=""></div>\n'
            '<script src="https://sp.zalo.me/plugins/sdk.js"></script>\n'
            '<script type="text/javascript" src="https://lopxephuongnam.vn/wp-content/themes/flatsome/assets/js/flatsome.js?ver=%s" id="flatsome-js-js"></script>\n'
            '</body>\n</html>\n\n<!-- Page optimized by LiteSpeed Cache @%s -->\n<!-- Page supported by LiteSpeed Cache 6.5.2 on %s -->\n'
            % (URL, ver, nonce, nts, top, C.esc(title), stars, body, views, best, when.year, ver, stamp, stamp))


PAGE = {
    "service": "Lop Xe Phuong Nam", "url": URL, "lang": "vi-VN", "platform": "WordPress + Flatsome + WooCommerce, LiteSpeed Cache",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 2, 15), "end": dt.date(2026, 7, 31), "hours": (1, 5, 9, 13),
    "policy": POLICY, "first_updated": dt.date(2021, 6, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#content .col-inner"], "remove": [".kk-star-ratings", ".post-views"]},
}
