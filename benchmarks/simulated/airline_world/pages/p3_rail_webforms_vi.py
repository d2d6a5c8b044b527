"""A Vietnamese national rail operator's personal-data notice (Vietnamese, Decree 13/2023/NĐ-CP) on ASP.NET
WebForms (.NET Framework 4.8, master page, cookieless session state): `__VIEWSTATE` and `__EVENTVALIDATION` per
visit, the `(S(...))` session id rewritten into every site link, `WebResource.axd`/`ScriptResource.axd` tokens,
and a departure-board marquee ("Giờ tàu hôm nay") in the master page's header. The declared content panel
(`#ctl00_MainContent_pnlNoiDung`) itself is clean."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402


def fmt_date(d):
    return "%02d/%02d/%d" % (d.day, d.month, d.year)


POLICY = """# Chính sách bảo vệ dữ liệu cá nhân

Ngày cập nhật: {UPDATED}

Tổng công ty Vận tải Đường sắt Xuyên Việt (sau đây gọi là "Đường sắt Xuyên Việt" hoặc "chúng tôi") tôn trọng và cam kết bảo vệ dữ liệu cá nhân của hành khách, khách hàng gửi hàng và người sử dụng website dsxv.com.vn. Chính sách này được xây dựng theo Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ về bảo vệ dữ liệu cá nhân và mô tả cách chúng tôi thu thập, xử lý và bảo vệ dữ liệu của Quý khách khi mua vé tàu trực tuyến, tại nhà ga hoặc qua đại lý.

## 1. Dữ liệu cá nhân được thu thập

Khi Quý khách mua vé hoặc sử dụng dịch vụ, chúng tôi có thể thu thập các dữ liệu sau:

- Họ và tên, ngày tháng năm sinh, số Căn cước công dân, hộ chiếu hoặc giấy khai sinh (đối với trẻ em);
- Số điện thoại, địa chỉ thư điện tử;
- Thông tin hành trình: ga đi, ga đến, mác tàu, toa, chỗ ngồi hoặc giường nằm, ngày giờ khởi hành;
- Thông tin đối tượng được giảm giá vé: người cao tuổi, người khuyết tật, học sinh, sinh viên, đoàn viên công đoàn, kèm giấy tờ chứng minh;
- Thông tin thanh toán: mã giao dịch, ngân hàng, ví điện tử; chúng tôi không lưu trữ số thẻ đầy đủ;
- Hình ảnh từ hệ thống camera giám sát tại nhà ga và trên tàu;
- Dữ liệu kỹ thuật: địa chỉ IP, loại trình duyệt, thời gian truy cập và cookie.

Dữ liệu về tình trạng sức khỏe và khuyết tật là dữ liệu cá nhân nhạy cảm và chỉ được xử lý khi Quý khách đề nghị hỗ trợ đặc biệt hoặc hưởng chính sách giảm giá.

## 2. Mục đích xử lý dữ liệu

Chúng tôi xử lý dữ liệu cá nhân của Quý khách cho các mục đích sau:

- Bán vé, xuất vé điện tử, đổi vé, trả vé và hoàn tiền;
- Kiểm soát vé khi lên tàu và đối chiếu giấy tờ tùy thân theo quy định của Luật Đường sắt;
- Thông báo thay đổi giờ tàu, sự cố chạy tàu hoặc tàu bị hủy;
- Giải quyết khiếu nại, bồi thường và bảo hiểm hành khách;
- Bảo đảm an ninh, an toàn tại nhà ga và trên tàu;
- Thống kê, nâng cao chất lượng dịch vụ;
- Gửi thông tin khuyến mại khi Quý khách đồng ý nhận.

## 3. Chia sẻ dữ liệu

Chúng tôi chỉ chia sẻ dữ liệu cá nhân của Quý khách trong các trường hợp sau:

| Bên nhận | Mục đích | Dữ liệu |
| Các công ty vận tải đường sắt thành viên | Tổ chức chạy tàu và phục vụ hành khách | Họ tên, giấy tờ tùy thân, hành trình |
| Ngân hàng và trung gian thanh toán (VNPAY, MoMo, ZaloPay) | Thanh toán vé trực tuyến | Mã giao dịch, số tiền |
| Công ty bảo hiểm | Bảo hiểm hành khách và giải quyết bồi thường | Họ tên, giấy tờ tùy thân, hành trình |
| Đại lý bán vé được ủy quyền | Bán vé và hỗ trợ hành khách | Thông tin đặt chỗ |
| Cơ quan nhà nước có thẩm quyền | Theo yêu cầu của pháp luật | Theo yêu cầu |

Chúng tôi không mua bán dữ liệu cá nhân dưới bất kỳ hình thức nào.

## 4. Thời gian lưu trữ

Dữ liệu về vé và hành trình được lưu trữ trong thời hạn 05 năm kể từ ngày đi tàu để phục vụ công tác kế toán, thanh tra và giải quyết khiếu nại. Hình ảnh camera giám sát được lưu trữ tối đa 30 ngày, trừ trường hợp cần phục vụ điều tra. Dữ liệu tài khoản trên website được lưu trữ cho đến khi Quý khách yêu cầu xóa tài khoản.

## 5. Quyền của chủ thể dữ liệu

Theo quy định của pháp luật, Quý khách có các quyền sau:

- Quyền được biết và quyền đồng ý hoặc rút lại sự đồng ý;
- Quyền truy cập, chỉnh sửa dữ liệu cá nhân;
- Quyền yêu cầu xóa, hạn chế xử lý dữ liệu;
- Quyền phản đối xử lý dữ liệu cho mục đích quảng cáo;
- Quyền khiếu nại, tố cáo, khởi kiện và yêu cầu bồi thường thiệt hại.

Để thực hiện các quyền trên, Quý khách vui lòng gửi yêu cầu tới địa chỉ thư điện tử baovedulieu@dsxv.com.vn hoặc gọi tổng đài 1900 6469. Chúng tôi sẽ phản hồi trong vòng 72 giờ kể từ khi nhận được yêu cầu hợp lệ.

## 6. Cookie

Website sử dụng cookie để duy trì phiên mua vé, ghi nhớ hành trình tìm kiếm gần nhất và thống kê lượt truy cập bằng Google Analytics. Quý khách có thể tắt cookie trong trình duyệt, tuy nhiên một số chức năng mua vé trực tuyến có thể không hoạt động.

## 7. Bảo mật dữ liệu

Chúng tôi áp dụng các biện pháp quản lý và kỹ thuật phù hợp như mã hóa đường truyền bằng giao thức TLS, phân quyền truy cập hệ thống bán vé, ghi nhật ký truy cập và kiểm tra an ninh mạng định kỳ. Trường hợp xảy ra vi phạm dữ liệu cá nhân, chúng tôi sẽ thông báo cho Bộ Công an trong vòng 72 giờ theo quy định.

## 8. Liên hệ

@ Tổng công ty Vận tải Đường sắt Xuyên Việt
@ Bộ phận Bảo vệ dữ liệu cá nhân
@ Số 118 Lê Duẩn, phường Cửa Nam, quận Hoàn Kiếm, Hà Nội
@ Điện thoại: (024) 3942 5972
@ Thư điện tử: baovedulieu@dsxv.com.vn
"""

EDITS = [
    {"note": "an e-wallet added to the payment intermediaries (ShopeePay)",
     "repl": [("(VNPAY, MoMo, ZaloPay)", "(VNPAY, MoMo, ZaloPay, ShopeePay)")]},
    {"note": "CCTV retention changed from 30 to 60 days",
     "repl": [("được lưu trữ tối đa 30 ngày", "được lưu trữ tối đa 60 ngày")]},
    {"note": "words 'theo quy định' inserted in the rights list (no date bump)", "bump": False,
     "repl": [("Quyền khiếu nại, tố cáo, khởi kiện", "Quyền khiếu nại, tố cáo, khởi kiện theo quy định")]},
    {"note": "new section on the VNeID electronic identification added",
     "repl": [("## 6. Cookie", "## 6. Xác thực bằng tài khoản định danh điện tử\n\n"
               "Từ năm 2024, Quý khách có thể xác thực thông tin khi mua vé bằng tài khoản định danh điện tử VNeID. "
               "Khi Quý khách chọn hình thức này, chúng tôi chỉ nhận kết quả xác thực và các trường thông tin cần thiết "
               "để xuất vé; chúng tôi không lưu trữ ảnh chân dung hay dữ liệu sinh trắc học.\n\n## 7. Cookie"),
              ("## 7. Bảo mật dữ liệu", "## 8. Bảo mật dữ liệu"), ("## 8. Liên hệ", "## 9. Liên hệ")]},
    {"note": "office address and phone number changed",
     "repl": [("@ Số 118 Lê Duẩn, phường Cửa Nam, quận Hoàn Kiếm, Hà Nội",
               "@ Tầng 6, Số 95-97 Lê Duẩn, phường Cửa Nam, Hà Nội"),
              ("@ Điện thoại: (024) 3942 5972", "@ Điện thoại: (024) 3747 0308")]},
]

TRAINS = [("SE1", "Hà Nội", "Sài Gòn"), ("SE2", "Sài Gòn", "Hà Nội"), ("SE3", "Hà Nội", "Sài Gòn"),
          ("SE7", "Hà Nội", "Sài Gòn"), ("SE19", "Hà Nội", "Đà Nẵng"), ("SE22", "Sài Gòn", "Đà Nẵng"),
          ("SP1", "Hà Nội", "Lào Cai"), ("SNT2", "Sài Gòn", "Nha Trang"), ("SH3", "Hà Nội", "Hải Phòng"),
          ("SE21", "Đà Nẵng", "Sài Gòn")]
STATES = ["Đúng giờ", "Đúng giờ", "Đúng giờ", "Đang đón khách", "Đã xuất phát", "Chậm 15 phút", "Chậm 40 phút"]


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}
    st["session"] = C.alnum(rng, 24, "abcdefghijklmnopqrstuvwxyz012345")
    st["viewstate"] = C.b64tok(rng, rng.randint(180, 260))
    st["eventvalidation"] = C.b64tok(rng, 96)
    st["axd"] = C.keep_or(rng, prev.get("axd"), 0.1, lambda: (C.alnum(rng, 86) + "1", str(rng.randint(
        637800000000000000, 638500000000000000))))
    rows = []
    for t, a, b in rng.sample(TRAINS, 5):
        h = (when.hour + 7 + rng.randint(0, 6)) % 24
        rows.append((t, a, b, "%02d:%02d" % (h, rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])), rng.choice(STATES)))
    st["board"] = rows
    return st


LABELS = {"session": "cookieless session id in links", "viewstate": "__VIEWSTATE",
          "eventvalidation": "__EVENTVALIDATION", "axd": "ScriptResource/WebResource tokens",
          "board": "departure-board marquee"}

CLS = {"table": "table table-bordered table-striped"}


def render(st, blocks, when):
    s = "/(S(%s))" % st["session"]
    d_tok, t_tok = st["axd"]
    board = " &nbsp;|&nbsp; ".join("<b>%s</b> %s - %s: %s (%s)" % r for r in st["board"])
    return """

<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	Chính sách bảo vệ dữ liệu cá nhân - Đường sắt Xuyên Việt
</title><meta name="viewport" content="width=device-width, initial-scale=1" /><link href="../Content/bootstrap.min.css" rel="stylesheet" type="text/css" /><link href="../Content/Site.css?v=3.2.7" rel="stylesheet" type="text/css" /><link rel="shortcut icon" href="../favicon.ico" />
<script async src="https://www.googletagmanager.com/gtag/js?id=G-8XR2DSXV41"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-8XR2DSXV41');</script>
<meta name="description" content="Chính sách bảo vệ dữ liệu cá nhân của Đường sắt Xuyên Việt" /></head>
<body>
    <form name="aspnetForm" method="post" action="./ChinhSachBaoMat.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%(vs)s" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>


<script src="%(s)s/WebResource.axd?d=%(d)s&amp;t=%(t)s" type="text/javascript"></script>


<script src="%(s)s/ScriptResource.axd?d=%(d2)s&amp;t=%(t2)s" type="text/javascript"></script>
<div>

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="A7C3D1F2" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%(ev)s" />
</div>
        <script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'aspnetForm', ['tctl00$ucHeader$upGioTau','ctl00_ucHeader_upGioTau'], [], [], 90, 'ctl00');
//]]>
</script>

        <div id="header">
            <div class="top-bar">
                <span class="hotline">Tổng đài: <a href="tel:19006469">1900 6469</a></span>
                <a id="ctl00_ucHeader_lnkDangNhap" href="%(s)s/TaiKhoan/DangNhap.aspx">Đăng nhập</a> | <a id="ctl00_ucHeader_lnkDangKy" href="%(s)s/TaiKhoan/DangKy.aspx">Đăng ký</a> | <a href="%(s)s/en/Pages/PrivacyPolicy.aspx">English</a>
            </div>
            <div class="logo"><a href="%(s)s/Default.aspx"><img src="../Images/logo-dsxv.png" alt="Đường sắt Xuyên Việt" /></a></div>
            <ul id="menu" class="nav">
                <li><a href="%(s)s/Default.aspx">Trang chủ</a></li>
                <li><a href="%(s)s/Pages/MuaVe.aspx">Mua vé</a></li>
                <li><a href="%(s)s/Pages/KiemTraVe.aspx">Kiểm tra vé</a></li>
                <li><a href="%(s)s/Pages/TraVe.aspx">Trả vé</a></li>
                <li><a href="%(s)s/Pages/GioTau.aspx">Giờ tàu - Giá vé</a></li>
                <li><a href="%(s)s/Pages/KhuyenMai.aspx">Khuyến mại</a></li>
                <li><a href="%(s)s/Pages/QuyDinh.aspx">Các quy định</a></li>
            </ul>
            <div id="ctl00_ucHeader_upGioTau">
	
                <div class="gio-tau"><span class="gio-tau-title">Giờ tàu hôm nay:</span>
                    <marquee scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">%(board)s</marquee>
                </div>
            
</div>
        </div>
        <div id="main" class="container">
            <div class="row">
                <div class="col-md-3 sidebar">
                    <div class="box"><h3>Thông tin hành khách</h3><ul>
                        <li><a href="%(s)s/Pages/QuyDinh.aspx?id=1">Quy định vận chuyển hành khách</a></li>
                        <li><a href="%(s)s/Pages/QuyDinh.aspx?id=2">Quy định hành lý</a></li>
                        <li><a href="%(s)s/Pages/QuyDinh.aspx?id=3">Đổi, trả vé</a></li>
                        <li><a href="%(s)s/Pages/ChinhSachBaoMat.aspx">Chính sách bảo vệ dữ liệu cá nhân</a></li>
                    </ul></div>
                </div>
                <div class="col-md-9">
                    <div id="ctl00_MainContent_pnlNoiDung" class="noi-dung">
	
%(body)s

</div>
                </div>
            </div>
        </div>
        <div id="footer">
            <p>Tổng công ty Vận tải Đường sắt Xuyên Việt - Giấy chứng nhận ĐKDN số 0100105052 do Sở KH&amp;ĐT Hà Nội cấp</p>
            <p>Địa chỉ: Số 118 Lê Duẩn, Hà Nội - Tổng đài: 1900 6469 - Email: hotro@dsxv.com.vn</p>
            <a href="http://online.gov.vn/Home/WebDetails/61473"><img src="../Images/dathongbao.png" alt="Đã thông báo Bộ Công Thương" /></a>
            <p>&copy; %(year)d Đường sắt Xuyên Việt</p>
        </div>
    

<script type="text/javascript">
//<![CDATA[
Sys.Application.initialize();
//]]>
</script>
</form>
</body>
</html>
""" % {"vs": st["viewstate"], "ev": st["eventvalidation"], "s": s, "d": d_tok, "t": t_tok,
       "d2": C.det_sha("sr", d_tok)[:40] + d_tok[:46], "t2": "ffffffff" + C.det_sha("t2", t_tok)[:8], "board": board,
       "body": C.blocks_html(blocks, CLS), "year": when.year}


PAGE = {
    "service": "Duong Sat Xuyen Viet",
    "url": "https://dsxv.com.vn/Pages/ChinhSachBaoMat.aspx",
    "lang": "vi",
    "platform": "ASP.NET WebForms (.NET Framework 4.8, cookieless session)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Microsoft-IIS/10.0"), ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET"),
                      ("Cache-Control", "private")),
    "n": 30,
    "start": dt.date(2023, 8, 1),
    "end": dt.date(2025, 10, 15),
    "hours": (2, 14),
    "policy": POLICY,
    "first_updated": dt.date(2023, 7, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://dsxv.com.vn/Pages/ChinhSachBaoMat.aspx", "select": "#ctl00_MainContent_pnlNoiDung"},
}
