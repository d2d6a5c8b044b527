# Vietnamese bank: Liferay DXP portal. p_auth tokens, exchange/interest-rate portlets with timestamps,
# asset view counter, web-content article with a versioned PDF (Liferay /documents/... ?t=).
import copy
from build_common import *

URL = "https://www.songhongbank.com.vn/vi/chinh-sach-bao-ve-du-lieu-ca-nhan"
SERVICE = "SongHong Bank"


def policy0():
    return {
        "title": "CHÍNH SÁCH BẢO VỆ DỮ LIỆU CÁ NHÂN",
        "meta": [("p", "<em>(Ban hành kèm theo Quyết định số 1125/2023/QĐ-TGĐ ngày 26/06/2023 của Tổng Giám đốc Ngân hàng TMCP Sông Hồng)</em>")],
        "sections": [
            {"id": "d1", "title": "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng", "body": [
                ("p", "Chính sách này quy định việc xử lý và bảo vệ dữ liệu cá nhân của Khách hàng tại Ngân hàng TMCP Sông Hồng (sau đây gọi là \"SHB Sông Hồng\" hoặc \"Ngân hàng\") theo quy định tại Nghị định số 13/2023/NĐ-CP ngày 17/04/2023 của Chính phủ về bảo vệ dữ liệu cá nhân."),
            ]},
            {"id": "d2", "title": "Điều 2. Loại dữ liệu cá nhân được xử lý", "body": [
                ("p", "1. Dữ liệu cá nhân cơ bản bao gồm: họ, chữ đệm và tên khai sinh; ngày, tháng, năm sinh; giới tính; quốc tịch; số điện thoại; số chứng minh nhân dân, số định danh cá nhân, số hộ chiếu; tình trạng hôn nhân; thông tin về tài khoản số của cá nhân."),
                ("p", "2. Dữ liệu cá nhân nhạy cảm bao gồm:"),
                ("ul", ["Thông tin khách hàng của tổ chức tín dụng, chi nhánh ngân hàng nước ngoài theo quy định của pháp luật;",
                        "Dữ liệu về vị trí của cá nhân được xác định qua dịch vụ định vị;",
                        "Thông tin liên quan đến nguồn gốc chủng tộc, nguồn gốc dân tộc (nếu có)."]),
            ]},
            {"id": "d3", "title": "Điều 3. Mục đích xử lý dữ liệu cá nhân", "body": [
                ("ul", ["Thực hiện nhận biết khách hàng, mở và quản lý tài khoản thanh toán, thẻ ngân hàng;",
                        "Cung cấp các sản phẩm tiền gửi, tín dụng, thanh toán và các dịch vụ ngân hàng khác;",
                        "Phòng, chống rửa tiền, tài trợ khủng bố và thực hiện nghĩa vụ báo cáo theo quy định của pháp luật;",
                        "Giới thiệu sản phẩm, dịch vụ của Ngân hàng khi Khách hàng đồng ý."]),
            ]},
            {"id": "d4", "title": "Điều 4. Thời gian lưu trữ dữ liệu cá nhân", "body": [
                ("p", "Dữ liệu cá nhân được lưu trữ trong suốt thời gian Khách hàng sử dụng dịch vụ và tối thiểu 05 năm kể từ ngày chấm dứt quan hệ với Ngân hàng, hoặc thời hạn dài hơn theo quy định của pháp luật về kế toán, phòng chống rửa tiền."),
            ]},
            {"id": "d5", "title": "Điều 5. Quyền và nghĩa vụ của chủ thể dữ liệu", "body": [
                ("p", "Khách hàng có quyền được biết, quyền đồng ý, quyền truy cập, quyền rút lại sự đồng ý, quyền xóa dữ liệu, quyền hạn chế xử lý dữ liệu, quyền cung cấp dữ liệu, quyền phản đối xử lý dữ liệu, quyền khiếu nại, tố cáo, khởi kiện và quyền yêu cầu bồi thường thiệt hại theo quy định của pháp luật."),
            ]},
            {"id": "d6", "title": "Điều 6. Chia sẻ dữ liệu cá nhân", "body": [
                ("p", "Ngân hàng có thể chia sẻ dữ liệu cá nhân của Khách hàng cho các bên sau: công ty con, công ty liên kết của Ngân hàng; đối tác cung cấp dịch vụ (in ấn, chuyển phát, trung tâm cuộc gọi, lưu trữ dữ liệu); Trung tâm Thông tin tín dụng Quốc gia Việt Nam (CIC) và cơ quan nhà nước có thẩm quyền."),
                ("p", "Trong trường hợp chuyển dữ liệu cá nhân ra nước ngoài, Ngân hàng sẽ lập hồ sơ đánh giá tác động chuyển dữ liệu cá nhân ra nước ngoài và gửi Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05) – Bộ Công an theo quy định."),
            ]},
            {"id": "d7", "title": "Điều 7. Liên hệ", "body": [
                ("p", "Mọi thắc mắc liên quan đến Chính sách này, Khách hàng vui lòng liên hệ Trung tâm Dịch vụ khách hàng 24/7: 1900 6868 hoặc email <a href=\"mailto:dlcn@songhongbank.com.vn\">dlcn@songhongbank.com.vn</a>."),
                ("p", "Chính sách này có hiệu lực kể từ ngày 01/07/2023."),
            ]},
        ],
        "pdf": ("/documents/20121/0/Chinh-sach-BVDLCN-2023.pdf/8e4f2c1a-77b2-5d2a-9c3e-0f1a2b3c4d5e", 1688003000123),
    }


def edits():
    def e1(p):
        p["pdf"] = ("/documents/20121/0/Chinh-sach-BVDLCN-2024.pdf/1c9d8e7f-2a3b-4c5d-8e9f-a0b1c2d3e4f5", 1709190000456)
    def e2(p):
        replace_text(p, "tối thiểu 05 năm kể từ ngày", "tối thiểu 10 năm kể từ ngày")
    def e3(p):
        find_section(p, "d2")["body"][2][1].insert(2, "Dữ liệu sinh trắc học (khuôn mặt, vân tay) phục vụ xác thực giao dịch trực tuyến theo Quyết định 2345/QĐ-NHNN;")
    def e4(p):
        del find_section(p, "d6")["body"][1]
    def e5(p):
        replace_text(p, "Chính sách này có hiệu lực kể từ ngày 01/07/2023.", "Chính sách này có hiệu lực kể từ ngày 01/07/2025 và thay thế Chính sách ban hành năm 2023.")
        replace_text(p, "số 1125/2023/QĐ-TGĐ ngày 26/06/2023", "số 0890/2025/QĐ-TGĐ ngày 20/06/2025")
    return {5: ("PDF link target (new file)", e1, True), 10: ("retention 05->10 năm", e2, True), 15: ("list item added (biometrics)", e3, True),
            20: ("paragraph removed (transfer abroad)", e4, True), 24: ("effective date + decision number", e5, True)}


def render(p):
    h = ['<div class="journal-content-article " data-analytics-asset-id="4518823" data-analytics-asset-title="Chinh sach bao ve du lieu ca nhan" data-analytics-asset-type="web-content">',
         f'<h2 class="policy-title" style="text-align:center"><strong>{p["title"]}</strong></h2>', blocks_html(p["meta"], p_class="text-center")]
    for s in p["sections"]:
        h.append(f'<p><strong>{s["title"]}</strong></p>')
        h.append(blocks_html(s["body"], table_attrs=' border="1"'))
    path, t = p["pdf"]
    h.append(f'<p>Xem và tải về toàn văn Chính sách: <a href="{path}?t={t}" target="_blank">tại đây</a></p>')
    h.append('</div>')
    return "\n".join(h)


def page(p, i, date, rng):
    pauth = alnum(rng, 8)
    usd_b = 23400 + rng.randint(0, 2200); usd_s = usd_b + 320
    eur_b = int(usd_b * (1.06 + rng.random() * 0.05)); eur_s = eur_b + 610
    ts = date.strftime("%H:%M %d/%m/%Y")
    views = 1200 + i * 137 + rng.randint(0, 90)
    rate12 = rng.choice(["4,70", "4,80", "5,00", "5,20", "5,50"])
    inst = "INSTANCE_" + alnum(random.Random(3), 12)
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>Chính sách bảo vệ dữ liệu cá nhân - Ngân hàng TMCP Sông Hồng</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="{URL}" rel="canonical" />
<link href="https://www.songhongbank.com.vn/en/personal-data-protection-policy" hreflang="en-US" rel="alternate" />
<link class="lfr-css-file" data-senna-track="temporary" href="/o/shb-theme/css/main.css?browserId=chrome&amp;themeId=shbtheme_WAR_shbtheme&amp;languageId=vi_VN&amp;t={1690000000000 + i * 86400000}" rel="stylesheet" type="text/css" />
<script data-senna-track="permanent" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=vi_VN&amp;t={1690000000000 + i}" type="text/javascript"></script>
<script data-senna-track="temporary" type="text/javascript">
var Liferay = Liferay || {{}};
Liferay.authToken = '{pauth}';
Liferay.currentURL = '\\x2fvi\\x2fchinh-sach-bao-ve-du-lieu-ca-nhan';
Liferay.ThemeDisplay = {{getCDNBaseURL: function() {{return 'https://www.songhongbank.com.vn';}}, getSessionId: function() {{return '{alnum(rng, 32)}';}}, getPlid: function() {{return '88213';}}}};
</script>
</head>
<body class="controls-visible chrome yui3-skin-sam signed-out public-page site">
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill" id="wrapper">
<header id="banner" role="banner">
<div class="navbar-top"><a href="/vi/ca-nhan">Cá nhân</a> <a href="/vi/doanh-nghiep">Doanh nghiệp</a> <a href="/vi/nha-dau-tu">Nhà đầu tư</a> <a href="/vi/ve-shb">Về SHB Sông Hồng</a> <a href="/en/personal-data-protection-policy">EN</a>
<a class="btn btn-primary" href="https://ebanking.songhongbank.com.vn/login?p_auth={pauth}&amp;lang=vi">Đăng nhập Internet Banking</a></div>
<nav class="navbar mega-menu" id="navigation" role="navigation"><ul aria-label="Site Pages" role="menubar"><li><a href="/vi/ca-nhan/tai-khoan">Tài khoản</a></li><li><a href="/vi/ca-nhan/the">Thẻ</a></li><li><a href="/vi/ca-nhan/vay">Vay</a></li><li><a href="/vi/ca-nhan/tiet-kiem">Tiết kiệm</a></li><li><a href="/vi/ca-nhan/bao-hiem">Bảo hiểm</a></li><li><a href="/vi/ca-nhan/ngan-hang-so">Ngân hàng số</a></li></ul></nav>
</header>
<section id="content">
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_ portlet-static" id="p_p_id_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_">
<nav aria-label="Breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/vi/trang-chu"><span class="breadcrumb-text-truncate">Trang chủ</span></a></li><li class="breadcrumb-item"><span class="active breadcrumb-text-truncate">Chính sách bảo vệ dữ liệu cá nhân</span></li></ol></nav>
</div>
<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_ portlet-static portlet-journal-content" id="p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_{inst}_">
<section class="portlet" id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_{inst}">
<div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-end"><div class="autofit-section"><div class="visible-interaction"></div></div></div></div>
<div class="article-meta"><span>Ngày đăng: 28/06/2023</span> | <span>Lượt xem: {views:,}</span></div>
<div class="portlet-content-container"><div class="portlet-body">
{render(p)}
</div></div></div>
</section>
</div>
</div>
</div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
<div class="portlet-boundary portlet-boundary_shb_exchange_rate_portlet_ExchangeRatePortlet_" id="p_p_id_shb_exchange_rate_portlet_">
<section class="portlet"><h3 class="portlet-title-text">Tỷ giá ngoại tệ</h3><p class="small">Cập nhật lúc {ts}</p>
<table class="table rate-table"><tr><th>Ngoại tệ</th><th>Mua</th><th>Bán</th></tr><tr><td>USD</td><td>{usd_b:,}</td><td>{usd_s:,}</td></tr><tr><td>EUR</td><td>{eur_b:,}</td><td>{eur_s:,}</td></tr></table>
<a href="/vi/ty-gia?p_p_id=shb_exchange_rate_portlet&amp;p_p_lifecycle=0&amp;p_auth={pauth}">Xem thêm</a></section></div>
<div class="portlet-boundary" id="p_p_id_shb_interest_rate_portlet_"><section class="portlet"><h3 class="portlet-title-text">Lãi suất tiết kiệm</h3><p>Kỳ hạn 12 tháng: <strong>{rate12}%/năm</strong></p></section></div>
</div>
</div>
</div>
</section>
<footer id="footer" role="contentinfo"><div class="footer-links"><a href="/vi/chinh-sach-bao-ve-du-lieu-ca-nhan">Chính sách bảo vệ dữ liệu cá nhân</a> | <a href="/vi/dieu-khoan-su-dung">Điều khoản sử dụng</a> | <a href="/vi/bieu-phi">Biểu phí</a></div>
<p>Ngân hàng TMCP Sông Hồng - Trụ sở chính: 77 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội. Hotline: 1900 6868</p><p>© Bản quyền thuộc về Ngân hàng TMCP Sông Hồng</p></footer>
</div></div>
<script type="text/javascript">Liferay.Portlet.register('com_liferay_journal_content_web_portlet_JournalContentPortlet_{inst}'); Liferay.on('allPortletsReady', function() {{ }});</script>
</body>
</html>
"""


def build(rng):
    dates = capture_dates(rng, 28, "2023-07-02", "2026-05-15")
    p = policy0(); E = edits(); caps = []
    for i, d in enumerate(dates):
        note = ""; real = False
        if i in E:
            E[i][1](p); note = E[i][0]; real = E[i][2]
        caps.append({"date": d, "body": page(p, i, d, rng).encode("utf-8"), "ctype": "text/html;charset=UTF-8", "real": real, "note": note})
    decl = {"name": SERVICE, "terms": {"Privacy Policy": {"fetch": URL, "select": ".journal-content-article"}}}
    return {"service": SERVICE, "url": URL, "captures": caps, "decl": decl}
