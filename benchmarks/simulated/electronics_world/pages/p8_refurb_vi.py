"""Máy Lướt (refurbished phones and laptops, buy-back and resale marketplace), Vietnamese, Odoo website + eCommerce
(Odoo 16, upgraded to Odoo 17 in March 2024).

The policy is a website page built from snippets: an `s_title` section with the `<h1>` and an `s_text_block`
section, both inside `#wrap` (declared). Fairly clean: per visit the `csrf_token` Odoo prints into `var odoo`;
per deploy/module update the asset-bundle hashes in `/web/assets/...` (their URL scheme changes with the 17
upgrade, as do the header/footer templates and `data-main-object`); the header's "Thu cũ đổi mới" trade-in
banner shows the current buy-back price of a few models, revised by the shop every few weeks.
"""
import datetime as dt
import html

import common as C

URL = "https://mayluot.vn/chinh-sach-bao-mat"
UPGRADE = dt.datetime(2024, 3, 10, 20, 0)

POLICY = """# Chính sách bảo mật thông tin

Cập nhật lần cuối: {UPDATED}

Máy Lướt (mayluot.vn) là nền tảng mua bán điện thoại, máy tính bảng và laptop đã qua sử dụng, được kiểm định và tân trang. Chúng tôi tôn trọng và cam kết bảo mật thông tin cá nhân của khách mua hàng, khách bán lại thiết bị và các nhà bán hàng trên nền tảng. Chính sách này mô tả cách chúng tôi thu thập, sử dụng và bảo vệ thông tin của bạn.

## 1. Mục đích và phạm vi thu thập thông tin

Chúng tôi thu thập các thông tin sau:

- Họ tên, số điện thoại, email, địa chỉ giao hàng khi bạn đặt mua sản phẩm;
- Số CCCD/CMND khi bạn bán máy hoặc tham gia chương trình thu cũ đổi mới, theo quy định về mua bán hàng đã qua sử dụng;
- Thông tin tài khoản ngân hàng khi chúng tôi thanh toán tiền thu mua máy cho bạn;
- Thông tin thiết bị: hãng, model, số IMEI hoặc số serial, tình trạng máy, ảnh chụp thiết bị;
- Lịch sử mua hàng, bảo hành và đánh giá sản phẩm;
- Dữ liệu truy cập website: địa chỉ IP, loại trình duyệt, cookie.

Thông tin được thu thập nhằm xử lý đơn hàng, giao hàng và bảo hành; định giá và thu mua thiết bị; xác minh nguồn gốc máy (số IMEI không nằm trong danh sách báo mất); chăm sóc khách hàng; và gửi thông tin khuyến mãi khi bạn đồng ý nhận.

## 2. Dữ liệu trên thiết bị bạn bán lại

Trước khi bàn giao máy, bạn nên sao lưu dữ liệu, đăng xuất tài khoản iCloud hoặc Google và khôi phục cài đặt gốc. Sau khi nhận máy, kỹ thuật viên của chúng tôi xóa toàn bộ dữ liêu bằng phần mềm xóa dữ liệu đạt chuẩn NIST SP 800-88 trước khi tân trang và bán lại. Chúng tôi không sao chép, xem hay lưu giữ bất kỳ nội dung cá nhân nào còn lại trên thiết bị.

Nếu máy còn bị khóa tài khoản, chúng tôi sẽ liên hệ để bạn tự mở khóa; chúng tôi không tìm cách vượt qua khóa tài khoản của nhà sản xuất.

## 3. Phạm vi sử dụng thông tin

- Xác nhận và giao đơn hàng, thông báo tình trạng đơn hàng qua SMS, Zalo hoặc email;
- Thực hiện bảo hành 12 tháng và đổi trả trong 30 ngày;
- Thanh toán tiền thu mua máy và lập chứng từ;
- Phát hiện và ngăn chặn gian lận, mua bán máy không rõ nguồn gốc;
- Gửi ưu đãi, chương trình thu cũ đổi mới khi bạn đăng ký nhận tin.

## 4. Thời gian lưu trữ thông tin

| Loại thông tin | Thời gian lưu trữ |
| Thông tin đơn hàng và hóa đơn | 10 năm theo quy định về kế toán |
| Thông tin bảo hành | Hết thời hạn bảo hành và 12 tháng sau đó |
| Biên bản thu mua máy và bản sao CCCD | 5 năm kể từ ngày thu mua |
| Ảnh chụp thiết bị khi định giá | 90 ngày |
| Tài khoản khách hàng | Cho đến khi bạn yêu cầu xóa tài khoản |

## 5. Những người hoặc tổ chức có thể được tiếp cận thông tin

| Đối tác | Mục đích |
| Giao Hàng Nhanh (GHN), Giao Hàng Tiết Kiệm (GHTK) | Giao nhận hàng hóa và thiết bị thu mua |
| VNPAY, MoMo | Thanh toán trực tuyến |
| Home Credit, FE Credit | Trả góp (chỉ khi bạn chọn) |
| Zalo (Công ty Cổ phần VNG) | Gửi thông báo đơn hàng qua Zalo ZNS |
| Google, Meta | Đo lường quảng cáo (khi bạn đồng ý cookie) |

Ngoài ra, chúng tôi có thể cung cấp thông tin cho cơ quan nhà nước có thẩm quyền khi có yêu cầu theo quy định của pháp luật, đặc biệt trong trường hợp xác minh thiết bị bị báo mất cắp.

## 6. Địa chỉ của đơn vị thu thập và quản lý thông tin

@ Công ty TNHH Thương mại Dịch vụ Máy Lướt
@ Mã số doanh nghiệp: 0109876543 do Sở Kế hoạch và Đầu tư TP. Hà Nội cấp ngày 12/03/2021
@ Địa chỉ: Số 86 phố Thái Hà, phường Trung Liệt, quận Đống Đa, Hà Nội
@ Hotline: 1900 6868 32 – Email: cskh@mayluot.vn

## 7. Phương tiện và công cụ để người dùng tiếp cận và chỉnh sửa dữ liệu cá nhân

Bạn có thể xem và chỉnh sửa thông tin cá nhân trong mục "Tài khoản của tôi" sau khi đăng nhập, hoặc liên hệ hotline và email ở trên để được hỗ trợ. Bạn có quyền yêu cầu xóa tài khoản và dữ liệu cá nhân, trừ những thông tin chúng tôi phải lưu giữ theo quy định của pháp luật.

## 8. Cam kết bảo mật thông tin cá nhân

Chúng tôi cam kết sử dụng thông tin đúng mục đích đã thông báo, không bán, chia sẻ hay trao đổi thông tin cá nhân của khách hàng cho bên thứ ba vì mục đích thương mại. Hệ thống được bảo vệ bằng mã hóa SSL, phân quyền truy cập và sao lưu định kỳ. Trong trường hợp máy chủ bị tấn công dẫn đến mất mát dữ liệu, chúng tôi sẽ thông báo cho cơ quan chức năng và cho khách hàng trong thời gian sớm nhất.

## 9. Cơ chế tiếp nhận và giải quyết khiếu nại

Khi phát hiện thông tin cá nhân của mình bị sử dụng sai mục đích, bạn vui lòng gửi khiếu nại qua email cskh@mayluot.vn hoặc hotline 1900 6868 32. Chúng tôi sẽ xác nhận trong vòng 24 giờ làm việc và giải quyết trong thời hạn tối đa 7 ngày làm việc."""

EDITS = [
    {"note": "tone-mark typo fixed (dữ liêu → dữ liệu), no new date", "bump": False,
     "repl": [("xóa toàn bộ dữ liêu bằng", "xóa toàn bộ dữ liệu bằng")]},
    {"note": "section 10 added: data-subject rights under Decree 13/2023/NĐ-CP",
     "repl": [("giải quyết trong thời hạn tối đa 7 ngày làm việc.",
               "giải quyết trong thời hạn tối đa 7 ngày làm việc.\n\n"
               "## 10. Quyền của chủ thể dữ liệu\n\n"
               "Theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân, bạn có các quyền sau:\n\n"
               "- Quyền được biết và quyền đồng ý hoặc rút lại sự đồng ý đối với việc xử lý dữ liệu;\n"
               "- Quyền truy cập, yêu cầu cung cấp và chỉnh sửa dữ liệu cá nhân;\n"
               "- Quyền xóa dữ liệu và quyền hạn chế xử lý dữ liệu;\n"
               "- Quyền phản đối việc xử lý dữ liệu cho mục đích quảng cáo, tiếp thị;\n"
               "- Quyền khiếu nại, tố cáo, khởi kiện và yêu cầu bồi thường thiệt hại theo quy định.\n\n"
               "Chúng tôi thực hiện yêu cầu của bạn trong vòng 72 giờ kể từ khi nhận được yêu cầu hợp lệ, trừ trường hợp "
               "pháp luật có quy định khác.")]},
    {"note": "Fundiin (buy now, pay later) added to the partners table",
     "repl": [("| Home Credit, FE Credit | Trả góp (chỉ khi bạn chọn) |\n",
               "| Home Credit, FE Credit | Trả góp (chỉ khi bạn chọn) |\n| Fundiin | Mua trước trả sau (chỉ khi bạn chọn) |\n")]},
    {"note": "retention of valuation photos cut from 90 to 30 days",
     "repl": [("| Ảnh chụp thiết bị khi định giá | 90 ngày |", "| Ảnh chụp thiết bị khi định giá | 30 ngày |")]},
    {"note": "office and hotline moved: address and phone number changed in sections 6 and 9",
     "repl": [("@ Địa chỉ: Số 86 phố Thái Hà, phường Trung Liệt, quận Đống Đa, Hà Nội\n@ Hotline: 1900 6868 32",
               "@ Địa chỉ: Tầng 3, số 27 phố Tôn Thất Tùng, phường Khương Thượng, quận Đống Đa, Hà Nội\n@ Hotline: 1900 6868 79"),
              ("hoặc hotline 1900 6868 32.", "hoặc hotline 1900 6868 79.")]},
]

TRADEIN = [("iPhone 13 128GB", 9400000, 180000), ("iPhone 14 Pro 256GB", 16900000, 260000),
           ("Samsung Galaxy S23 Ultra", 14200000, 240000), ("MacBook Air M1 8GB/256GB", 11300000, 150000)]


def fmt_date(d):
    return d.strftime("%d/%m/%Y")


def _vnd(x):
    return "{:,}".format(x).replace(",", ".") + "₫"


def noise(rng, when, i, prev):
    p = prev or {}
    # the buy-back price list is revised every few weeks: a step index by 3-week periods since 2022
    period = (when.date() - dt.date(2022, 1, 3)).days // 21
    ver = "17.0" if when >= UPGRADE else "16.0"
    assets = p.get("assets") if p.get("assets", ("",))[0] == ver else None
    return {
        "csrf": C.hexs(rng, 40),
        "assets": C.keep_or(rng, assets, 0.2, lambda: (ver, C.hexs(rng, 7), C.hexs(rng, 7), C.hexs(rng, 7),
                                                       rng.randint(900, 4000))),
        "tradein": period,
    }


LABELS = {
    "csrf": "csrf_token in var odoo (per visit)",
    "assets": "asset-bundle hashes / Odoo 16 → 17 upgrade",
    "tradein": "header 'Thu cũ đổi mới' banner: buy-back prices (revised every ~3 weeks)",
}


def render(state, blocks, when):
    tok = state["csrf"]
    ver, h1, h2, h3, att = state["assets"]
    v17 = ver.startswith("17")
    period = state["tradein"]
    prices = []
    for k, (name, base, step) in enumerate(TRADEIN):
        val = max(base - step * period + ((period * (k + 3)) % 5) * 50000, base // 3)
        prices.append('<li><span class="o_tradein_model">%s</span> <strong class="o_tradein_price">%s</strong></li>'
                      % (html.escape(name), _vnd(val)))
    prices = "\n                                ".join(prices)
    if v17:
        css = f'<link type="text/css" rel="stylesheet" href="/web/assets/1/{h1}/web.assets_frontend.min.css"/>'
        js = (f'<script type="text/javascript" src="/web/assets/1/{h2}/web.assets_frontend_minimal.min.js" onerror="__odooAssetError=1"></script>\n'
              f'        <script type="text/javascript" data-src="/web/assets/1/{h3}/web.assets_frontend_lazy.min.js" onerror="__odooAssetError=1"></script>')
        main_obj = "website.page(12,)"
        header_cls = "o_header_standard o_top_fixed_element"
        brand_promo = "Trình tạo website"
    else:
        css = (f'<link type="text/css" rel="stylesheet" href="/web/assets/{att}-{h1}/1/web.assets_frontend.min.css" '
               f'data-asset-bundle="web.assets_frontend" data-asset-version="{h1}"/>')
        js = (f'<script defer="defer" type="text/javascript" src="/web/assets/{att + 1}-{h2}/1/web.assets_frontend_minimal.min.js" data-asset-bundle="web.assets_frontend_minimal" data-asset-version="{h2}"></script>\n'
              f'        <script defer="defer" type="text/javascript" data-src="/web/assets/{att + 2}-{h3}/1/web.assets_frontend_lazy.min.js" data-asset-bundle="web.assets_frontend_lazy" data-asset-version="{h3}"></script>')
        main_obj = "website.page(12,)"
        header_cls = "o_header_standard"
        brand_promo = "Trình tạo website miễn phí #1"
    title = blocks[0][1]
    phone = "1900 6868 79" if any("6868 79" in str(b[1]) for b in blocks) else "1900 6868 32"
    body = C.blocks_html(blocks[1:], {"table": "table table-bordered"})
    return f"""<!DOCTYPE html>
<html lang="vi-VN" data-website-id="1" data-main-object="{main_obj}" data-add2cart-redirect="1">
    <head>
        <meta charset="utf-8"/>
        <meta http-equiv="X-UA-Compatible" content="IE=edge"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="Odoo"/>
            <meta property="og:type" content="website"/>
            <meta property="og:title" content="Chính sách bảo mật | Máy Lướt"/>
            <meta property="og:site_name" content="Máy Lướt"/>
            <meta property="og:url" content="{URL}"/>
            <meta property="og:image" content="https://mayluot.vn/web/image/website/1/logo?unique=8a1f3c2"/>
            <meta name="twitter:card" content="summary_large_image"/>
            <meta name="twitter:title" content="Chính sách bảo mật | Máy Lướt"/>
        <link rel="canonical" href="{URL}"/>
        <link rel="preconnect" href="https://fonts.gstatic.com/" crossorigin=""/>
        <title>Chính sách bảo mật | Máy Lướt</title>
        <link type="image/x-icon" rel="shortcut icon" href="/web/image/website/1/favicon?unique=8a1f3c2"/>
        <link rel="preload" href="/web/static/src/libs/fontawesome/fonts/fontawesome-webfont.woff2?v=4.7.0" as="font" crossorigin=""/>
        {css}
        <script id="web.layout.odooscript" type="text/javascript">
            var odoo = {{
                csrf_token: "{tok}o",
                debug: "",
            }};
        </script>
        <script type="text/javascript">
            odoo.__session_info__ = {{"is_admin": false, "is_system": false, "is_website_user": true, "user_id": false, "is_frontend": true, "profile_session": null, "profile_collectors": null, "profile_params": null, "show_effect": true, "bundle_params": {{"lang": "vi_VN", "website_id": 1}}, "translationURL": "/website/translations", "cache_hashes": {{"translations": "{h2}{h3}"}}, "geoip_country_code": null, "geoip_phone_code": null, "lang_url_code": "vi"}};
            if (!/(^|;\\s)tz=/.test(document.cookie)) {{
                const userTZ = Intl.DateTimeFormat().resolvedOptions().timeZone;
                document.cookie = `tz=${{userTZ}}; path=/`;
            }}
        </script>
        {js}
        <script async src="https://www.googletagmanager.com/gtag/js?id=G-MLV7R2X9TQ"></script>
        <script>
            window.dataLayer = window.dataLayer || [];
            function gtag(){{dataLayer.push(arguments);}}
            gtag('js', new Date());
            gtag('config', 'G-MLV7R2X9TQ');
        </script>
    </head>
    <body class="">
        <div id="wrapwrap" class="   ">
                <header id="top" data-anchor="true" data-name="Header" class="{header_cls}">
                    <div class="oe_structure oe_structure_solo" id="oe_structure_header_tradein">
                        <section class="s_text_block o_cc o_cc4 o_colored_level pt8 pb8 o_tradein_banner" data-snippet="s_text_block" data-name="Thu cũ đổi mới">
                            <div class="container d-flex flex-wrap align-items-center gap-3 small">
                                <span class="fw-bold">Thu cũ đổi mới – giá thu tuần này:</span>
                                <ul class="list-inline mb-0 o_tradein_list">
                                {prices}
                                </ul>
                                <a href="/dinh-gia-thu-cu" class="btn btn-sm btn-light">Định giá máy của bạn</a>
                            </div>
                        </section>
                    </div>
    <nav data-name="Navbar" aria-label="Main" class="navbar navbar-expand-lg navbar-light o_colored_level o_cc shadow-sm">
            <div id="o_main_nav" class="container">
    <a data-name="Navbar Logo" href="/" class="navbar-brand logo me-4">
            <span role="img" aria-label="Logo of Máy Lướt" title="Máy Lướt"><img src="/web/image/website/1/logo/M%C3%A1y%20L%C6%B0%E1%BB%9Bt?unique=8a1f3c2" class="img img-fluid" width="95" height="40" alt="Máy Lướt" loading="lazy"/></span>
        </a>
    <ul id="top_menu" role="menu" class="nav navbar-nav o_menu_loading flex-grow-1">
    <li role="presentation" class="nav-item"><a role="menuitem" href="/shop/category/iphone-cu-1" class="nav-link "><span>iPhone cũ</span></a></li>
    <li role="presentation" class="nav-item"><a role="menuitem" href="/shop/category/samsung-cu-2" class="nav-link "><span>Samsung cũ</span></a></li>
    <li role="presentation" class="nav-item"><a role="menuitem" href="/shop/category/laptop-cu-3" class="nav-link "><span>Laptop cũ</span></a></li>
    <li role="presentation" class="nav-item"><a role="menuitem" href="/dinh-gia-thu-cu" class="nav-link "><span>Bán máy cũ</span></a></li>
    <li role="presentation" class="nav-item"><a role="menuitem" href="/chinh-sach-bao-hanh" class="nav-link "><span>Bảo hành</span></a></li>
    </ul>
    <ul class="navbar-nav align-items-center gap-2 flex-shrink-0 justify-content-end ps-3">
        <li class=" divider d-none"></li>
        <li class="o_wsale_my_cart align-self-md-start  nav-item">
            <a href="/shop/cart" class="nav-link">
                <i class="fa fa-shopping-cart"></i>
                <sup class="my_cart_quantity badge text-bg-primary d-none" data-order-id="">0</sup>
            </a>
        </li>
        <li class="nav-item o_no_autohide_item">
            <a href="/web/login" class="nav-link o_nav_link_btn ms-lg-3 border px-3">Đăng nhập</a>
        </li>
    </ul>
            </div>
    </nav>
                </header>
                <main>
    <div id="wrap" class="oe_structure oe_empty">
      <section class="s_title pt40 pb16 o_colored_level" data-vcss="001" data-snippet="s_title" data-name="Title">
        <div class="s_allow_columns container">
          <h1 style="text-align: center;">{html.escape(title)}</h1>
        </div>
      </section>
      <section class="s_text_block pt16 pb40 o_colored_level" data-snippet="s_text_block" data-name="Text">
        <div class="s_allow_columns container">
          {body}
        </div>
      </section>
    </div>
                </main>
                <footer id="bottom" data-anchor="true" data-name="Footer" class="o_footer o_colored_level o_cc ">
                    <div id="footer" class="oe_structure oe_structure_solo">
      <section class="s_text_block pt48 pb16" data-snippet="s_text_block" data-name="Text">
        <div class="container">
          <div class="row">
            <div class="col-lg-4 pt24 pb24">
              <h5 class="mb-3">Máy Lướt</h5>
              <p>Điện thoại, laptop cũ đã kiểm định 30 điểm, bảo hành 12 tháng, đổi trả 30 ngày.</p>
            </div>
            <div class="col-lg-4 pt24 pb24">
              <h5 class="mb-3">Chính sách</h5>
              <ul class="list-unstyled">
                <li><a href="/chinh-sach-bao-hanh">Chính sách bảo hành</a></li>
                <li><a href="/chinh-sach-doi-tra">Chính sách đổi trả</a></li>
                <li><a href="/chinh-sach-bao-mat">Chính sách bảo mật</a></li>
                <li><a href="/dieu-khoan-su-dung">Điều khoản sử dụng</a></li>
              </ul>
            </div>
            <div class="col-lg-4 pt24 pb24">
              <h5 class="mb-3">Liên hệ</h5>
              <ul class="list-unstyled">
                <li><i class="fa fa-phone fa-fw me-2"></i><span class="o_force_ltr"><a href="tel:{phone.replace(' ', '')}">{phone}</a></span></li>
                <li><i class="fa fa-envelope fa-fw me-2"></i><a href="mailto:cskh@mayluot.vn">cskh@mayluot.vn</a></li>
              </ul>
              <p><img src="/web/image/website.s_text_block_bct/dathongbao-bct.png" alt="Đã thông báo Bộ Công Thương" width="120" height="45" loading="lazy"/></p>
            </div>
          </div>
        </div>
      </section>
    </div>
  <div class="o_footer_copyright o_colored_level o_cc" data-name="Copyright">
                        <div class="container py-3">
                            <div class="row">
                                <div class="col-sm text-center text-sm-start text-muted">
                                    <span class="o_footer_copyright_name me-2">Copyright &copy; Máy Lướt</span>
  </div>
                                <div class="col-sm text-center text-sm-end o_not_editable">
        <div class="o_brand_promotion">
        Được hỗ trợ bởi
            <a target="_blank" class="badge text-bg-light" href="http://www.odoo.com?utm_source=db&amp;utm_medium=website">
                <img alt="Odoo" src="/web/static/img/odoo_logo_tiny.png" width="62" height="20" style="width: auto; height: 1em; vertical-align: baseline;" loading="lazy"/>
            </a>
        - {brand_promo}
        </div>
                                </div>
                            </div>
                        </div>
                    </div>
                </footer>
            </div>
        </body>
</html>
"""


PAGE = {
    "service": "May Luot",
    "url": URL,
    "lang": "vi",
    "platform": "Odoo 16 → 17 website + eCommerce",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "nginx"), ("X-Content-Type-Options", "nosniff")),
    "n": 30,
    "start": dt.date(2022, 9, 1),
    "end": dt.date(2025, 9, 30),
    "policy": POLICY,
    "first_updated": dt.date(2022, 6, 15),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#wrap"},
}
