"""Hoa Mộc (cosmetics brand, Ho Chi Minh City) - vi-VN - Shopify Plus, the store's /policies/privacy-policy page:
Shopify's own policy template (div.shopify-policy__container: __title h1, __body .rte) inside the theme's
layout (Dawn, later a Dawn 15 upgrade with new theme id, section ids and asset paths). Noise: the per-request
__st reqid and visitor token, the announcement-bar slides (free-shipping threshold, 9.9 / 11.11 / 12.12 flash
sales with a days-left counter, Tết gift sets), asset ?v= cache-busters on every theme publish, the
country/currency selector (Shopify Markets) growing as the brand opens markets, the Zalo chat button."""
import datetime as dt
import html
import json
import common as C

URL = "https://hoamoc.vn/policies/privacy-policy"


def fmt_date(d):
    return "ngày %d tháng %d năm %d" % (d.day, d.month, d.year)


POLICY = """
# Chính sách quyền riêng tư

Cập nhật lần cuối: {UPDATED}

Chào mừng bạn đến với Hoa Mộc! Chính sách quyền riêng tư này mô tả cách Công ty TNHH Mỹ phẩm Hoa Mộc („Hoa Mộc”, „chúng tôi”) thu thập, sử dụng, chia sẻ và bảo vệ thông tin cá nhân của bạn khi bạn truy cập website hoamoc.vn, mua sắm trực tuyến, tham gia chương trình thành viên Hoa Mộc Club hoặc liên hệ với chúng tôi qua các kênh mạng xã hội.

Bằng việc sử dụng website và dịch vụ của chúng tôi, bạn xác nhận đã đọc và hiểu chính sách này.

## 1. Thông tin chúng tôi thu thập

Chúng tôi thu thập các loại thông tin sau:

- **Thông tin bạn cung cấp trực tiếp:** họ tên, số điện thoại, địa chỉ email, địa chỉ giao hàng, ngày sinh (nếu bạn muốn nhận quà sinh nhật), thông tin về loại da và mối quan tâm về da khi bạn làm bài kiểm tra da trực tuyến;
- **Thông tin đơn hàng:** sản phẩm đã mua, giá trị đơn hàng, phương thức thanh toán, lịch sử đổi trả;
- **Thông tin thiết bị và truy cập:** địa chỉ IP, loại trình duyệt, hệ điều hành, trang đã xem, thời gian truy cập và thông tin thu thập qua cookie;
- **Thông tin từ bên thứ ba:** khi bạn đăng nhập bằng Facebook hoặc Google, hoặc liên hệ với chúng tôi qua Zalo, chúng tôi nhận được tên hiển thị, ảnh đại diện và địa chỉ email theo sự cho phép của bạn.

Chúng tôi không lưu trữ số thẻ thanh toán của bạn. Việc thanh toán được xử lý bởi các cổng thanh toán đạt chuẩn PCI DSS.

## 2. Mục đích sử dụng thông tin

Chúng tôi sử dụng thông tin cá nhân của bạn để:

- xử lý, giao và đổi trả đơn hàng, gửi xác nhận đơn hàng và thông báo giao hàng;
- quản lý tài khoản và điểm thưởng Hoa Mộc Club;
- tư vấn sản phẩm phù hợp với loại da của bạn;
- gửi thông tin khuyến mãi, sản phẩm mới qua email, SMS hoặc Zalo khi bạn đồng ý nhận;
- phân tích cách khách hàng sử dụng website để cải thiện trải nghiệm mua sắm;
- phòng chống gian lận và bảo đảm an toàn cho website;
- thực hiện nghĩa vụ theo quy định của pháp luật, bao gồm nghĩa vụ về hóa đơn và thuế.

## 3. Hoa Mộc Club

Khi đăng ký Hoa Mộc Club, bạn tích lũy điểm cho mỗi đơn hàng và nhận ưu đãi theo hạng thành viên. Chúng tôi sử dụng lịch sử mua hàng để tính điểm, xếp hạng và gửi ưu đãi phù hợp. Điểm thưởng hết hạn sau 12 tháng kể từ ngày tích lũy.

## 3a. Bài kiểm tra da trực tuyến

Bài kiểm tra da giúp bạn chọn sản phẩm phù hợp dựa trên câu trả lời về loại da, độ tuổi, mối quan tâm về da và thói quen chăm sóc da. Thông tin về tình trạng da có thể được xem là dữ liệu cá nhân nhạy cảm, vì vậy chúng tôi chỉ lưu kết quả khi bạn đồng ý và đăng nhập vào tài khoản. Nếu bạn làm bài kiểm tra mà không đăng nhập, kết quả chỉ được lưu trên trình duyệt của bạn.

Chuyên viên tư vấn của Hoa Mộc có thể xem kết quả bài kiểm tra khi bạn yêu cầu tư vấn qua Zalo hoặc hotline, để đưa ra gợi ý phù hợp hơn.

## 3b. Đánh giá sản phẩm và nội dung bạn chia sẻ

Khi bạn viết đánh giá, tải ảnh lên hoặc gắn thẻ Hoa Mộc trên mạng xã hội, nội dung đó có thể được hiển thị công khai trên website cùng tên hiển thị của bạn. Chúng tôi chỉ sử dụng ảnh của bạn trong các chiến dịch quảng cáo khi đã được bạn đồng ý bằng văn bản hoặc qua tin nhắn.

## 4. Chia sẻ thông tin

Hoa Mộc không bán thông tin cá nhân của bạn. Chúng tôi chỉ chia sẻ thông tin với:

- Shopify Inc. – nền tảng vận hành cửa hàng trực tuyến. Bạn có thể tìm hiểu thêm tại [chính sách quyền riêng tư của Shopify](https://www.shopify.com/legal/privacy);
- đơn vị vận chuyển (Giao Hàng Nhanh, Giao Hàng Tiết Kiệm) để giao hàng;
- cổng thanh toán (VNPAY, MoMo) để xử lý thanh toán;
- Klaviyo Inc. để gửi email;
- Meta Platforms và Google để hiển thị quảng cáo, chỉ khi bạn đồng ý với cookie quảng cáo;
- cơ quan nhà nước có thẩm quyền khi có yêu cầu theo quy định của pháp luật.

Các đối tác chỉ được sử dụng thông tin trong phạm vi cần thiết để cung cấp dịch vụ cho chúng tôi và phải bảo mật thông tin theo hợp đồng.

## 5. Chuyển thông tin ra nước ngoài

Một số nhà cung cấp dịch vụ của chúng tôi, như Shopify và Klaviyo, lưu trữ dữ liệu trên máy chủ đặt tại Canada, Hoa Kỳ hoặc Singapore. Khi chuyển dữ liệu ra nước ngoài, chúng tôi thực hiện các biện pháp bảo vệ theo quy định của pháp luật Việt Nam.

## 6. Cookie

Website sử dụng cookie và công nghệ tương tự để ghi nhớ giỏ hàng, lựa chọn quốc gia và đơn vị tiền tệ, phân tích lưu lượng truy cập và hiển thị quảng cáo phù hợp. Bạn có thể từ chối cookie không cần thiết trong bảng cài đặt cookie hoặc trong trình duyệt; tuy nhiên, một số chức năng của website có thể không hoạt động đầy đủ.

## 7. Thời gian lưu trữ

| Loại thông tin | Thời gian lưu trữ |
| Tài khoản khách hàng | đến khi bạn yêu cầu xóa tài khoản |
| Đơn hàng và hóa đơn | 10 năm theo quy định về kế toán |
| Kết quả kiểm tra da | 12 tháng kể từ lần kiểm tra gần nhất |
| Dữ liệu tiếp thị | đến khi bạn hủy đăng ký |
| Nhật ký truy cập | 6 tháng |

## 8. Bảo mật thông tin

Chúng tôi áp dụng các biện pháp kỹ thuật và tổ chức phù hợp như mã hóa SSL, phân quyền truy cập và đào tạo nhân viên để bảo vệ thông tin của bạn. Tuy nhiên, không có phương thức truyền tải nào qua Internet an toàn tuyệt đối.

## 9. Quyền của bạn

Bạn có quyền:

- được biết về việc xử lý dữ liệu cá nhân của mình;
- truy cập, chỉnh sửa hoặc cập nhật thông tin trong tài khoản;
- yêu cầu xóa dữ liệu hoặc hạn chế xử lý dữ liệu;
- rút lại sự đồng ý nhận tin tiếp thị bất cứ lúc nào;
- khiếu nại về việc xử lý dữ liệu cá nhân của mình.

Để thực hiện các quyền này, vui lòng liên hệ với chúng tôi theo thông tin bên dưới. Chúng tôi sẽ phản hồi trong vòng 72 giờ làm việc.

## 10. Trẻ em

Website của chúng tôi không dành cho trẻ em dưới 16 tuổi. Chúng tôi không cố ý thu thập thông tin của trẻ em; nếu phát hiện, chúng tôi sẽ xóa thông tin đó.

## 11. Thay đổi chính sách

Chúng tôi có thể cập nhật chính sách này theo thời gian. Phiên bản mới sẽ được đăng tải trên trang này cùng ngày cập nhật.

## 12. Liên hệ

Nếu bạn có câu hỏi về chính sách này, vui lòng liên hệ:

@ Công ty TNHH Mỹ phẩm Hoa Mộc
@ Mã số doanh nghiệp: 0316582947
@ Địa chỉ: 45 Nguyễn Văn Thủ, Phường Đa Kao, Quận 1, TP. Hồ Chí Minh
@ Hotline: 1900 6868 88
@ Email: [cskh@hoamoc.vn](mailto:cskh@hoamoc.vn)
"""

EDITS = [
    {"note": "processor added: AhaMove same-day delivery added to the carriers",
     "repl": [("(Giao Hàng Nhanh, Giao Hàng Tiết Kiệm)", "(Giao Hàng Nhanh, Giao Hàng Tiết Kiệm, AhaMove)")]},
    {"note": "skin-test results retention: 12 -> 24 months (table row)",
     "repl": [("| Kết quả kiểm tra da | 12 tháng kể từ lần kiểm tra gần nhất |", "| Kết quả kiểm tra da | 24 tháng kể từ lần kiểm tra gần nhất |")]},
    {"note": "new section on Decree 13/2023/ND-CP: consent and the data protection contact",
     "repl": [("## 10. Trẻ em", "## 9a. Xử lý dữ liệu theo Nghị định 13/2023/NĐ-CP\n\nTheo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân, chúng tôi chỉ xử lý dữ liệu cá nhân nhạy cảm, như thông tin về tình trạng da, khi có sự đồng ý rõ ràng của bạn. Bạn có thể rút lại sự đồng ý bằng cách gửi yêu cầu đến [dpo@hoamoc.vn](mailto:dpo@hoamoc.vn).\n\n## 10. Trẻ em")]},
    {"note": "response time for rights requests: 72 working hours -> 7 working days",
     "repl": [("trong vòng 72 giờ làm việc", "trong vòng 7 ngày làm việc")]},
    {"note": "office moved: new address in Thu Duc City",
     "repl": [("@ Địa chỉ: 45 Nguyễn Văn Thủ, Phường Đa Kao, Quận 1, TP. Hồ Chí Minh",
               "@ Địa chỉ: Tầng 8, 2 Mai Chí Thọ, Phường An Khánh, TP. Thủ Đức, TP. Hồ Chí Minh")]},
]

MARKETS = [(dt.datetime(2000, 1, 1), [("VN", "Việt Nam", "VND", "₫")]),
           (dt.datetime(2023, 3, 15), [("VN", "Việt Nam", "VND", "₫"), ("SG", "Singapore", "SGD", "$")]),
           (dt.datetime(2024, 6, 1), [("AU", "Úc", "AUD", "$"), ("SG", "Singapore", "SGD", "$"),
                                      ("US", "Hoa Kỳ", "USD", "$"), ("VN", "Việt Nam", "VND", "₫")]),
           (dt.datetime(2025, 2, 10), [("AU", "Úc", "AUD", "$"), ("JP", "Nhật Bản", "JPY", "¥"),
                                       ("SG", "Singapore", "SGD", "$"), ("US", "Hoa Kỳ", "USD", "$"),
                                       ("VN", "Việt Nam", "VND", "₫")])]
THEMES = [(dt.datetime(2000, 1, 1), ("Dawn", "7.0.1", 132104126589)),
          (dt.datetime(2023, 8, 21), ("Dawn", "11.0.0", 136882438269)),
          (dt.datetime(2024, 11, 5), ("Dawn", "15.2.0", 141907312765))]
SLIDES = ["Miễn phí vận chuyển cho đơn hàng từ 499.000₫",
          "Tặng mẫu thử cho mọi đơn hàng – chọn ngay ở giỏ hàng",
          "Thành viên Hoa Mộc Club được giảm thêm 5%",
          "Đổi trả miễn phí trong 7 ngày"]
SALES = [(9, 9, "SIÊU SALE 9.9"), (10, 10, "SALE 10.10"), (11, 11, "SIÊU SALE 11.11"), (12, 12, "SALE 12.12")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["st"] = (C.uuid4(rng) + "-" + str(C.epoch(when)), C.hexs(rng, 8) + "-" + C.hexs(rng, 4) + "-4" + C.hexs(rng, 3)
               + "-a" + C.hexs(rng, 3) + "-" + C.hexs(rng, 12))
    slides = list(C.keep_or(rng, prev.get("slides"), 0.3, lambda: tuple(rng.sample(SLIDES, 2))))
    for m, d, label in SALES:
        sale = dt.datetime(when.year, m, d)
        left = (sale.date() - when.date()).days
        if 0 <= left <= 10:
            slides.insert(0, "%s – còn %d ngày! Giảm đến 50%% toàn bộ sản phẩm" % (label, left) if left else
                          "%s – chỉ hôm nay! Giảm đến 50%% toàn bộ sản phẩm" % label)
    tet = [dt.datetime(2023, 1, 22), dt.datetime(2024, 2, 10), dt.datetime(2025, 1, 29), dt.datetime(2026, 2, 17)]
    for t in tet:
        if 0 <= (t - when).days <= 30:
            slides.insert(0, "Bộ quà Tết %d đã có mặt – gói quà miễn phí" % t.year)
    s["slides"] = tuple(slides)
    s["theme"] = [t for d, t in THEMES if when >= d][-1]
    s["assets"] = C.keep_or(rng, prev.get("assets") if prev.get("theme") == s["theme"] else None, 0.25,
                            lambda: str(rng.randint(10 ** 17, 10 ** 18)))
    s["markets"] = tuple(c for c, *_ in [m for d, m in MARKETS if when >= d][-1])
    return s


LABELS = {"st": "per-request __st reqid and visitor token (Shopify analytics)",
          "slides": "announcement-bar slides (free shipping, flash-sale days-left counter, Tết gift sets)",
          "theme": "theme upgrade (Dawn 7 -> 11 -> 15: theme id, section ids, header markup)",
          "assets": "asset ?v= cache-busters on theme publish",
          "markets": "country/currency selector gains markets (Shopify Markets)"}


def render(s, blocks, when):
    name, ver, tid = s["theme"]
    v = s["assets"]
    new = ver.startswith("15")
    markets = [m for d, m in MARKETS if when >= d][-1]
    assert tuple(c for c, *_ in markets) == s["markets"]
    cdn = "//hoamoc.vn/cdn/shop/t/%d/assets" % {132104126589: 4, 136882438269: 9, 141907312765: 14}[tid]
    sec = "sections--%d" % (tid * 10 + 3)
    slides = "\n".join('<div class="slideshow__slide slider__slide grid__item grid--1-col" id="Slide-%s__announcement-bar-%d" role="group" aria-roledescription="Thông báo" aria-label="%d / %d" tabindex="-1">\n'
                       '<div class="announcement-bar caption-large" role="region" aria-label="Thông báo"><p class="announcement-bar__message h5"><span>%s</span></p></div>\n</div>'
                       % (sec, k + 1, k + 1, len(s["slides"]), html.escape(t)) for k, t in enumerate(s["slides"]))
    loc = "\n".join('<li class="disclosure__item" tabindex="-1"><a class="link link--text disclosure__link caption-large focus-inset%s" href="#"%s data-value="%s"><span class="localization-form__currency">%s %s | </span>%s</a></li>'
                    % (" disclosure__link--active" if c == "VN" else "", ' aria-current="true"' if c == "VN" else "",
                       c, cur, sym, name_) for c, name_, cur, sym in markets)
    sel = '<div class="localization-form"><h2 class="visually-hidden" id="FooterCountryLabel">Quốc gia/khu vực</h2><div class="disclosure">' \
          '<button type="button" class="disclosure__button localization-form__select localization-selector link link--text caption-large" aria-expanded="false" aria-controls="FooterCountryList" aria-describedby="FooterCountryLabel">' \
          '<span>VND ₫ | Việt Nam</span></button><div class="disclosure__list-wrapper" hidden><ul id="FooterCountryList" role="list" class="disclosure__list list-unstyled">\n%s\n</ul></div></div>' \
          '<input type="hidden" name="country_code" value="VN"></div>' % loc
    if len(markets) == 1:
        sel = ""
    stj = {"a": 61208371389, "offset": 25200, "reqid": s["st"][0], "pageurl": "hoamoc.vn\\/policies\\/privacy-policy",
           "u": s["st"][1][:12], "p": "policy"}
    if new:
        header = ('<div id="shopify-section-%s__header" class="shopify-section shopify-section-group-header-group section-header">'
                  '<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">'
                  '<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-social header--has-account header--has-localizations">'
                  '<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img src="//hoamoc.vn/cdn/shop/files/hoamoc-logo.svg?v=%s&amp;width=600" alt="Hoa Mộc" width="160" height="48" class="header__heading-logo motion-reduce"></div></a>'
                  '<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list"><li><a href="/collections/cham-soc-da" class="header__menu-item list-menu__item link link--text focus-inset"><span>Chăm sóc da</span></a></li><li><a href="/collections/trang-diem" class="header__menu-item list-menu__item link link--text focus-inset"><span>Trang điểm</span></a></li><li><a href="/collections/bo-qua-tang" class="header__menu-item list-menu__item link link--text focus-inset"><span>Bộ quà tặng</span></a></li><li><a href="/pages/kiem-tra-da" class="header__menu-item list-menu__item link link--text focus-inset"><span>Kiểm tra da</span></a></li></ul></nav>'
                  '<div class="header__icons header__icons--localization header-localization"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Đăng nhập</span></a>'
                  '<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Giỏ hàng</span></a></div>'
                  '</header></sticky-header></div>' % (sec, v[:10]))
    else:
        header = ('<div id="shopify-section-header" class="shopify-section section-header"><sticky-header class="header-wrapper color-background-1 gradient header-wrapper--border-bottom">'
                  '<header class="header header--middle-left page-width header--has-menu"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"></summary></details></header-drawer>'
                  '<h1 class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset"><img src="//hoamoc.vn/cdn/shop/files/hoamoc-logo.png?v=1651203345&amp;width=500" alt="Hoa Mộc" class="header__heading-logo" width="160" height="48"></a></h1>'
                  '<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list"><li><a href="/collections/cham-soc-da" class="header__menu-item header__menu-item list-menu__item link link--text focus-inset"><span>Chăm sóc da</span></a></li><li><a href="/collections/trang-diem" class="header__menu-item header__menu-item list-menu__item link link--text focus-inset"><span>Trang điểm</span></a></li><li><a href="/pages/kiem-tra-da" class="header__menu-item header__menu-item list-menu__item link link--text focus-inset"><span>Kiểm tra da</span></a></li></ul></nav>'
                  '<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Đăng nhập</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Giỏ hàng</span></a></div>'
                  '</header></sticky-header></div>')
    body = C.blocks_html(blocks[1:], sep="\n")
    meta = {"page": {"pageType": "policy", "resourceType": None, "resourceId": None}}
    return """<!doctype html>
<html class="no-js" lang="vi">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="theme-color" content="">
    <link rel="canonical" href="%(url)s">
    <link rel="preconnect" href="https://cdn.shopify.com" crossorigin>
    <link rel="icon" type="image/png" href="//hoamoc.vn/cdn/shop/files/favicon.png?crop=center&height=32&v=1651203345&width=32">
    <title>Chính sách quyền riêng tư &ndash; Hoa Mộc</title>
    <meta property="og:site_name" content="Hoa Mộc">
    <meta property="og:url" content="%(url)s">
    <meta property="og:title" content="Chính sách quyền riêng tư">
    <meta property="og:type" content="website">
    <script src="%(cdn)s/constants.js?v=%(v)s" defer="defer"></script>
    <script src="%(cdn)s/pubsub.js?v=%(v2)s" defer="defer"></script>
    <script src="%(cdn)s/global.js?v=%(v3)s" defer="defer"></script>
    <script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.start');</script>
<meta name="shopify-checkout-api-token" content="c4a1e77b90d2f3e8a5b6c0d9e1f2a3b4">
<meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/61208371389/digital_wallets/dialog">
<script async="async" src="/checkouts/internal/preloads.js?locale=vi-VN"></script>
<script id="shopify-features" type="application/json">{"accessToken":"c4a1e77b90d2f3e8a5b6c0d9e1f2a3b4","betas":["rich-media-storefront-analytics"],"domain":"hoamoc.vn","predictiveSearch":false,"shopId":61208371389,"locale":"vi"}</script>
<script>var Shopify = Shopify || {};
Shopify.shop = "hoa-moc-cosmetics.myshopify.com";
Shopify.locale = "vi";
Shopify.currency = {"active":"VND","rate":"1.0"};
Shopify.country = "VN";
Shopify.theme = {"name":"%(tname)s","id":%(tid)d,"schema_name":"Dawn","schema_version":"%(tver)s","theme_store_id":887,"role":"main"};
Shopify.theme.handle = "null";
Shopify.theme.style = {"id":null,"handle":null};
Shopify.cdnHost = "hoamoc.vn/cdn";
Shopify.routes = Shopify.routes || {};
Shopify.routes.root = "/";</script>
<script type="module">!function(o){(o.Shopify=o.Shopify||{}).modules=!0}(window);</script>
<script id="__st">var __st=%(stj)s;</script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};
window.ShopifyAnalytics.meta = window.ShopifyAnalytics.meta || {};
window.ShopifyAnalytics.meta.currency = 'VND';
var meta = %(meta)s;
for (var attr in meta) {
  window.ShopifyAnalytics.meta[attr] = meta[attr];
}</script>
<script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.end');</script>
    <link href="%(cdn)s/base.css?v=%(v4)s" rel="stylesheet" type="text/css" media="all" />
    <link href="%(cdn)s/component-localization-form.css?v=%(v5)s" rel="stylesheet" type="text/css" media="all" />
    <script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
  </head>

  <body class="gradient">
    <a class="skip-to-content-link button visually-hidden" href="#MainContent">Chuyển đến nội dung</a>
    <div id="shopify-section-%(sec)s__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section"><div class="utility-bar color-scheme-4 gradient utility-bar--bottom-border">
<div class="page-width utility-bar__grid"><slideshow-component class="announcement-bar" role="region" aria-roledescription="Băng chuyền" aria-label="Thanh thông báo">
<div class="grid grid--1-col slider slider--everywhere" id="Slider-%(sec)s__announcement-bar" aria-live="polite" aria-atomic="true" data-autoplay="true" data-speed="5">
%(slides)s
</div></slideshow-component></div></div></div>
    %(header)s
    <main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
      <div class="shopify-policy__container">
        <div class="shopify-policy__title">
          <h1>%(h1)s</h1>
        </div>

        <div class="shopify-policy__body">
          <div class="rte">
%(body)s
          </div>
        </div>
      </div>
    </main>

    <div id="shopify-section-%(sec)s__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-%(sec)s__footer-padding">
  <div class="footer__content-top page-width">
    <div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
      <div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Hỗ trợ khách hàng</h2>
        <ul class="footer-block__details-content list-unstyled"><li><a href="/pages/huong-dan-mua-hang" class="link link--text list-menu__item list-menu__item--link">Hướng dẫn mua hàng</a></li><li><a href="/policies/refund-policy" class="link link--text list-menu__item list-menu__item--link">Chính sách đổi trả</a></li><li><a href="/policies/shipping-policy" class="link link--text list-menu__item list-menu__item--link">Chính sách vận chuyển</a></li><li><a href="/policies/privacy-policy" class="link link--text list-menu__item list-menu__item--link list-menu__item--active" aria-current="page">Chính sách quyền riêng tư</a></li></ul></div>
      <div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Đăng ký nhận tin</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer" /><input type="hidden" name="utf8" value="✓" /><input type="hidden" name="contact[tags]" value="newsletter"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--%(sec)s__footer" type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="Email" required><label class="field__label" for="NewsletterForm--%(sec)s__footer">Email</label></div></div></form></div>
    </div>
  </div>
  <div class="footer__content-bottom">
    <div class="footer__content-bottom-wrapper page-width">
      <div class="footer__column footer__localization isolate"><form method="post" action="/localization" id="FooterCountryForm" accept-charset="UTF-8" class="localization-form" enctype="multipart/form-data"><input type="hidden" name="form_type" value="localization" /><input type="hidden" name="utf8" value="✓" /><input type="hidden" name="_method" value="put" /><input type="hidden" name="return_to" value="/policies/privacy-policy" />%(sel)s</form></div>
      <div class="footer__copyright caption"><small class="copyright__content">&copy; %(year)d, <a href="/" title="">Hoa Mộc</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Được hỗ trợ bởi Shopify</a></small></div>
    </div>
  </div>
</footer></div>
    <a class="zalo-chat-widget" href="https://zalo.me/3847261905183746251" target="_blank" rel="noopener" aria-label="Chat Zalo"><img src="%(cdn)s/icon-zalo.svg?v=%(v)s" width="56" height="56" alt="Zalo"></a>
    <script src="%(cdn)s/cart.js?v=%(v6)s" defer="defer"></script>
  </body>
</html>
""" % {"url": URL, "cdn": cdn, "v": v, "v2": v[::-1], "v3": v[3:] + v[:3], "v4": v[5:] + v[:5], "v5": v[7:] + v[:7],
       "v6": v[9:] + v[:9], "tname": name + (" (HM)" if new else ""), "tid": tid, "tver": ver,
       "stj": json.dumps(stj, separators=(",", ":")).replace("\\\\/", "\\/"), "meta": json.dumps(meta),
       "sec": sec, "slides": slides, "header": header, "h1": html.escape(blocks[0][1]), "body": body, "sel": sel,
       "year": when.year}


PAGE = {
    "service": "Hoa Moc", "url": URL, "lang": "vi-VN", "platform": "Shopify Plus (Dawn theme)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-ShopId", "61208371389"), ("X-Sorting-Hat-ShopId", "61208371389"),
                      ("Powered-By", "Shopify")),
    "n": 31, "start": dt.date(2022, 5, 3), "end": dt.date(2025, 10, 20), "hours": (0, 9),
    "policy": POLICY, "first_updated": dt.date(2022, 2, 8), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".shopify-policy__container"]},
}
