"""A Vietnamese law firm (Hanoi, branch in Ho Chi Minh City) on DNN Platform 9 (DotNetNuke, ASP.NET WebForms),
Vietnamese.

One DNN HTML module holds two Bootstrap 3 tabs, "Chính sách bảo mật" (the policy, active) and "Điều khoản sử
dụng" (the website terms, in the collapsed second pane, revised on their own); the declaration selects the
policy's tab pane #chinh-sach-bao-mat. Per request: __VIEWSTATE, __EVENTVALIDATION and the anti-forgery token
of the whole-page WebForms <form>, the footer's visitor statistics ("Đang truy cập", "Hôm nay", "Tổng lượt truy
cập"). Sticky: the "Văn bản pháp luật mới" marquee of newly issued laws and decrees, the "Luật sư của tháng" box
(monthly), the Client Dependency ?cdv= version.
"""
import datetime as dt
import html

import common as C

POLICY = """# Chính sách bảo mật thông tin khách hàng

Cập nhật lần cuối: ngày {UPDATED}

Công ty Luật TNHH Minh Phúc ("Minh Phúc", "chúng tôi") tôn trọng và cam kết bảo vệ thông tin cá nhân của khách hàng, người truy cập website luatminhphuc.vn và người sử dụng tổng đài tư vấn pháp luật của chúng tôi. Chính sách này giải thích chúng tôi thu thập những thông tin nào, sử dụng vào mục đích gì, chia sẻ với ai, lưu trữ trong bao lâu và quý khách có những quyền gì đối với thông tin của mình.

## 1. Đơn vị thu thập và xử lý thông tin

@ Công ty Luật TNHH Minh Phúc
@ Trụ sở: Tầng 9, Tòa nhà Sudico, đường Mễ Trì, phường Mỹ Đình 1, quận Nam Từ Liêm, Hà Nội
@ Chi nhánh TP. Hồ Chí Minh: 47 Điện Biên Phủ, phường Đa Kao, Quận 1
@ Tổng đài tư vấn: 1900 6512
@ Email: baomat@luatminhphuc.vn

Công ty hoạt động theo Giấy đăng ký hoạt động số 01021234/TP/ĐKHĐ do Sở Tư pháp thành phố Hà Nội cấp.

## 2. Thông tin chúng tôi thu thập

Tùy theo dịch vụ quý khách sử dụng, chúng tôi có thể thu thập các thông tin sau:

- họ và tên, ngày sinh, số căn cước công dân hoặc hộ chiếu, địa chỉ liên hệ
- số điện thoại, địa chỉ email, tài khoản Zalo
- nội dung câu hỏi, tình tiết vụ việc và các tài liệu quý khách cung cấp để được tư vấn
- thông tin về doanh nghiệp, người đại diện theo pháp luật và thành viên, cổ đông khi quý khách sử dụng dịch vụ thành lập doanh nghiệp hoặc thay đổi đăng ký kinh doanh
- thông tin thanh toán phí dịch vụ pháp lý và thông tin xuất hóa đơn
- bản ghi âm cuộc gọi đến tổng đài tư vấn
- địa chỉ IP, loại trình duyệt và các trang đã xem trên website

Một số thông tin về sức khỏe, đời sống hôn nhân, tiền án, tiền sự mà quý khách cung cấp trong vụ việc là dữ liệu cá nhân nhạy cảm. Chúng tôi chỉ xử lý các thông tin này khi quý khách đồng ý và trong phạm vi cần thiết để giải quyết vụ việc.

## 3. Mục đích sử dụng thông tin

- tư vấn pháp luật qua tổng đài, email, Zalo và tại văn phòng
- soạn thảo hợp đồng, đơn từ và các văn bản pháp lý theo yêu cầu
- đại diện, bào chữa, bảo vệ quyền và lợi ích hợp pháp của quý khách trước Tòa án, Trọng tài và cơ quan nhà nước
- thực hiện thủ tục hành chính như đăng ký doanh nghiệp, đầu tư, sở hữu trí tuệ, đất đai
- lập hợp đồng dịch vụ pháp lý, thu phí và xuất hóa đơn điện tử
- kiểm soát chất lượng tư vấn và giải quyết khiếu nại
- gửi bản tin pháp luật nếu quý khách đã đăng ký nhận

## 4. Nghĩa vụ giữ bí mật của luật sư

Theo Điều 25 Luật Luật sư, luật sư và tổ chức hành nghề luật sư không được tiết lộ thông tin về vụ việc, về khách hàng mà mình biết được trong khi hành nghề, trừ trường hợp được khách hàng đồng ý bằng văn bản hoặc pháp luật có quy định khác. Nghĩa vụ này áp dụng cho tất cả luật sư, chuyên viên pháp lý và nhân viên của công ty, kể cả sau khi họ thôi làm việc tại Minh Phúc.

## 5. Chia sẻ thông tin với bên thứ ba

Chúng tôi không bán, trao đổi hay cho thuê thông tin các nhân của quý khách. Thông tin chỉ được chia sẻ trong các trường hợp sau:

| Bên nhận | Mục đích | Địa điểm |
| Cơ quan nhà nước có thẩm quyền (Tòa án, Viện kiểm sát, Sở Kế hoạch và Đầu tư, Cục Sở hữu trí tuệ) | thực hiện thủ tục và tố tụng theo yêu cầu của quý khách | Việt Nam |
| Công ty Cổ phần Dịch vụ Dữ liệu Trực tuyến Viettel (Viettel IDC) | lưu trữ máy chủ website và dữ liệu | Hà Nội, Việt Nam |
| Công ty Cổ phần MISA | phần mềm kế toán và hóa đơn điện tử | Hà Nội, Việt Nam |
| Công ty Cổ phần Công nghệ Stringee | tổng đài và ghi âm cuộc gọi tư vấn | Hà Nội, Việt Nam |
| Google LLC | thư điện tử (Google Workspace) và thống kê truy cập (Google Analytics) | Hoa Kỳ |

Chúng tôi cũng cung cấp thông tin khi có yêu cầu bằng văn bản của cơ quan nhà nước có thẩm quyền theo quy định của pháp luật.

## 6. Thời gian lưu trữ

| Loại thông tin | Thời gian lưu trữ |
| Hồ sơ vụ việc và hợp đồng dịch vụ pháp lý | 05 năm kể từ khi kết thúc vụ việc |
| Bản ghi âm cuộc gọi tổng đài | 12 tháng |
| Chứng từ kế toán và hóa đơn | 10 năm theo Luật Kế toán |
| Câu hỏi tư vấn trực tuyến không phát sinh hợp đồng | 24 tháng |

Hết thời hạn trên, thông tin sẽ được xóa hoặc hủy theo quy trình nội bộ của công ty.

## 7. Quyền của khách hàng

Quý khách có quyền:

- được biết về hoạt động xử lý thông tin cá nhân của mình
- đồng ý hoặc không đồng ý, rút lại sự đồng ý cho việc xử lý thông tin
- truy cập, xem, chỉnh sửa thông tin cá nhân
- yêu cầu xóa thông tin hoặc hạn chế xử lý thông tin, trừ trường hợp pháp luật yêu cầu lưu trữ
- phản đối việc sử dụng thông tin để gửi bản tin, quảng cáo
- khiếu nại, tố cáo, khởi kiện và yêu cầu bồi thường thiệt hại theo quy định của pháp luật

Quý khách gửi yêu cầu đến email baomat@luatminhphuc.vn hoặc trực tiếp tại văn phòng. Chúng tôi sẽ phản hồi trong thời hạn 72 giờ kể từ khi nhận được yêu cầu.

## 8. Cookie và công cụ thống kê

Website sử dụng cookie để ghi nhớ phiên truy cập và Google Analytics để thống kê lượt truy cập. Quý khách có thể tắt cookie trong phần cài đặt trình duyệt; khi đó một số chức năng của website có thể không hoạt động đầy đủ.

## 9. Chuyển thông tin ra nước ngoài

Một số dữ liệu, như email và số liệu thống kê truy cập, được lưu trữ trên máy chủ của Google đặt ngoài lãnh thổ Việt Nam. Chúng tôi chỉ sử dụng các nhà cung cấp có cam kết bảo mật phù hợp và lập hồ sơ đánh giá tác động chuyển dữ liệu cá nhân ra nước ngoài theo quy định.

## 10. Liên hệ

Mọi câu hỏi về chính sách này, quý khách vui lòng liên hệ bộ phận bảo vệ dữ liệu cá nhân của Minh Phúc qua email baomat@luatminhphuc.vn hoặc gửi thư về trụ sở công ty. Xem thêm [Điều khoản sử dụng](/chinh-sach-bao-mat#dieu-khoan-su-dung)."""

EDITS = [
    {"note": "typo fixed: 'thông tin các nhân' -> 'thông tin cá nhân' (date not bumped)", "bump": False,
     "repl": [("hay cho thuê thông tin các nhân của quý khách", "hay cho thuê thông tin cá nhân của quý khách")]},
    {"note": "processor added to the table: VNG (Zalo Official Account)",
     "repl": [("| Công ty Cổ phần Công nghệ Stringee | tổng đài và ghi âm cuộc gọi tư vấn | Hà Nội, Việt Nam |",
               "| Công ty Cổ phần Công nghệ Stringee | tổng đài và ghi âm cuộc gọi tư vấn | Hà Nội, Việt Nam |\n"
               "| Công ty Cổ phần VNG (Zalo Official Account) | tư vấn và chăm sóc khách hàng qua Zalo | "
               "TP. Hồ Chí Minh, Việt Nam |")]},
    {"note": "sentence added: the policy now cites Decree 13/2023/ND-CP on personal data protection",
     "repl": [("và quý khách có những quyền gì đối với thông tin của mình.",
               "và quý khách có những quyền gì đối với thông tin của mình. Chính sách được xây dựng theo Nghị định "
               "số 13/2023/NĐ-CP ngày 17 tháng 4 năm 2023 của Chính phủ về bảo vệ dữ liệu cá nhân.")]},
    {"note": "retention of case files extended from 05 to 10 years",
     "repl": [("| Hồ sơ vụ việc và hợp đồng dịch vụ pháp lý | 05 năm kể từ khi kết thúc vụ việc |",
               "| Hồ sơ vụ việc và hợp đồng dịch vụ pháp lý | 10 năm kể từ khi kết thúc vụ việc |")]},
    {"note": "hotline number changed",
     "repl": [("@ Tổng đài tư vấn: 1900 6512", "@ Tổng đài tư vấn: 1900 8698")]},
]


def fmt_date(d):
    return "%d tháng %d năm %d" % (d.day, d.month, d.year)


TERMS = [
    (dt.date(2019, 1, 1), "15/01/2019", [
        "Website luatminhphuc.vn do Công ty Luật TNHH Minh Phúc quản lý. Khi truy cập website, quý khách đồng ý với "
        "các điều khoản dưới đây.",
        "Các bài viết trên website chỉ mang tính chất tham khảo, không thay thế cho ý kiến tư vấn của luật sư đối với "
        "từng vụ việc cụ thể.",
        "Nội dung, hình ảnh và logo trên website thuộc quyền sở hữu của Minh Phúc. Việc sao chép phải ghi rõ nguồn.",
        "Minh Phúc không chịu trách nhiệm về nội dung của các website khác được liên kết từ website này."]),
    (dt.date(2023, 3, 1), "01/03/2023", [
        "Website luatminhphuc.vn do Công ty Luật TNHH Minh Phúc quản lý. Khi truy cập website, quý khách đồng ý với "
        "các điều khoản dưới đây.",
        "Các bài viết trên website chỉ mang tính chất tham khảo, không thay thế cho ý kiến tư vấn của luật sư đối với "
        "từng vụ việc cụ thể. Văn bản pháp luật được trích dẫn có thể đã hết hiệu lực tại thời điểm quý khách đọc.",
        "Nội dung, hình ảnh và logo trên website thuộc quyền sở hữu của Minh Phúc. Việc sao chép phải ghi rõ nguồn "
        "và đặt liên kết về bài viết gốc.",
        "Minh Phúc không chịu trách nhiệm về nội dung của các website khác được liên kết từ website này."]),
    (dt.date(2024, 8, 15), "15/08/2024", [
        "Website luatminhphuc.vn do Công ty Luật TNHH Minh Phúc quản lý. Khi truy cập website, quý khách đồng ý với "
        "các điều khoản dưới đây.",
        "Các bài viết trên website chỉ mang tính chất tham khảo, không thay thế cho ý kiến tư vấn của luật sư đối với "
        "từng vụ việc cụ thể. Văn bản pháp luật được trích dẫn có thể đã hết hiệu lực tại thời điểm quý khách đọc.",
        "Câu trả lời qua tổng đài 1900 và qua Zalo là ý kiến tư vấn sơ bộ dựa trên thông tin quý khách cung cấp.",
        "Nội dung, hình ảnh và logo trên website thuộc quyền sở hữu của Minh Phúc. Việc sao chép phải ghi rõ nguồn "
        "và đặt liên kết về bài viết gốc.",
        "Minh Phúc không chịu trách nhiệm về nội dung của các website khác được liên kết từ website này."]),
]

LAWS = [
    (dt.date(2022, 3, 31), "Nghị định 34/2022/NĐ-CP về gia hạn thời hạn nộp thuế và tiền thuê đất năm 2022"),
    (dt.date(2022, 6, 16), "Luật Sở hữu trí tuệ sửa đổi, bổ sung năm 2022"),
    (dt.date(2022, 9, 9), "Nghị định 65/2022/NĐ-CP về chào bán trái phiếu doanh nghiệp riêng lẻ"),
    (dt.date(2022, 12, 30), "Nghị định 104/2022/NĐ-CP bỏ yêu cầu nộp bản sao sổ hộ khẩu"),
    (dt.date(2023, 4, 17), "Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân"),
    (dt.date(2023, 6, 20), "Luật Bảo vệ quyền lợi người tiêu dùng 2023"),
    (dt.date(2023, 11, 27), "Luật Căn cước 2023"),
    (dt.date(2023, 11, 28), "Luật Kinh doanh bất động sản 2023"),
    (dt.date(2024, 1, 18), "Luật Đất đai 2024"),
    (dt.date(2024, 1, 18), "Luật Các tổ chức tín dụng 2024"),
    (dt.date(2024, 6, 29), "Luật Bảo hiểm xã hội 2024"),
    (dt.date(2024, 11, 26), "Luật Thuế giá trị gia tăng 2024"),
    (dt.date(2024, 12, 26), "Nghị định 168/2024/NĐ-CP về xử phạt vi phạm hành chính giao thông đường bộ"),
    (dt.date(2025, 3, 20), "Nghị định 70/2025/NĐ-CP sửa đổi quy định về hóa đơn, chứng từ"),
    (dt.date(2025, 6, 26), "Luật Bảo vệ dữ liệu cá nhân 2025"),
]

LAWYERS = [("Luật sư Nguyễn Văn Phúc", "Giám đốc, Đoàn Luật sư TP. Hà Nội", "tranh chấp đất đai, thừa kế"),
           ("Luật sư Trần Thị Minh Hằng", "Phó Giám đốc", "hôn nhân và gia đình"),
           ("Luật sư Lê Quang Huy", "Trưởng chi nhánh TP. Hồ Chí Minh", "doanh nghiệp, đầu tư"),
           ("Luật sư Phạm Thu Trang", "Luật sư thành viên", "sở hữu trí tuệ"),
           ("Luật sư Đỗ Mạnh Cường", "Luật sư thành viên", "hình sự"),
           ("Luật sư Vũ Thị Lan Anh", "Luật sư cộng sự", "lao động, bảo hiểm xã hội")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["vs"] = (C.b64tok(rng, rng.randint(1350, 1420)), C.b64tok(rng, 96), C.b64tok(rng, 60))
    months = (when.year - 2022) * 12 + when.month
    total = 2812000 + months * 61000 + rng.randint(0, 1900)
    local_h = (when.hour + 7) % 24
    s["counter"] = (rng.randint(18, 60) if local_h >= 7 else rng.randint(3, 14),
                    rng.randint(900, 2200) if local_h >= 12 else rng.randint(200, 800), total)
    s["laws"] = tuple(t for d, t in sorted(LAWS, reverse=True) if d <= when.date())[:5]
    s["lawyer"] = months % len(LAWYERS)
    s["terms"] = [n for n, (d, _, _) in enumerate(TERMS) if d <= when.date()][-1]
    s["cdv"] = C.keep_or(rng, prev.get("cdv"), 0.06, lambda: (prev.get("cdv") or 244) + 1)
    return s


LABELS = {"vs": "__VIEWSTATE, __EVENTVALIDATION and __RequestVerificationToken (per request)",
          "counter": "footer visitor statistics (per request)", "laws": "'Văn bản pháp luật mới' marquee",
          "lawyer": "'Luật sư của tháng' box (monthly)",
          "terms": "'Điều khoản sử dụng' tab beside the policy revised", "cdv": "Client Dependency ?cdv= version",
          "hotline": "hotline in the top bar and sidebar"}


def pane(blocks):
    out = []
    for kind, v in blocks:
        if kind == "table":
            out.append('<table class="table table-bordered table-striped"><thead><tr>%s</tr></thead><tbody>%s</tbody>'
                       '</table>' % ("".join("<th>%s</th>" % C.inline_html(x) for x in v[0]),
                                    "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r)
                                            for r in v[1:])))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br />\n".join(C.inline_html(x) for x in v))
        elif kind == "h1":
            out.append('<h1 class="policy-title">%s</h1>' % C.inline_html(v))
        else:
            out.append(C.block_html((kind, v)))
    return "\n".join(out)


def render(state, blocks, when):
    vs, ev, tok = state["vs"]
    cdv = state["cdv"]
    online, today, total = state["counter"]
    hotline = next(x for k, v in blocks if k == "addr" for x in v if x.startswith("Tổng đài")).split(": ")[1]
    state["hotline"] = hotline
    H = []
    H.append('<!DOCTYPE html>\n<html  lang="vi-VN">\n<head id="Head"><meta content="text/html; charset=UTF-8" '
             'http-equiv="Content-Type" />\n\n<!--*********************************************-->\n<!-- DNN Platform - '
             'http://www.dnnsoftware.com   -->\n<!-- Copyright (c) 2002-2018, by DNN Corporation   -->\n'
             '<!--*********************************************-->\n<title>\n\tChính sách bảo mật | Công ty Luật Minh '
             'Phúc\n</title><meta id="MetaDescription" name="DESCRIPTION" content="Chính sách bảo mật thông tin khách '
             'hàng và điều khoản sử dụng website của Công ty Luật TNHH Minh Phúc." /><meta id="MetaKeywords" name='
             '"KEYWORDS" content="luật sư, tư vấn pháp luật, công ty luật Hà Nội" /><meta id="MetaRobots" name="ROBOTS" '
             'content="INDEX, FOLLOW" />')
    for href in ("/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css", "/Portals/_default/skins/minhphuc/"
                 "bootstrap/css/bootstrap.min.css", "/Portals/_default/skins/minhphuc/skin.css",
                 "/Portals/_default/containers/minhphuc/container.css", "/Portals/0/portal.css"):
        H.append('<link href="%s?cdv=%d" type="text/css" rel="stylesheet"/>' % (href, cdv))
    H.append('<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=%d" type="text/javascript"></script>'
             '<script src="/Resources/libraries/jQuery-Migrate/03_02_00/jquery-migrate.js?cdv=%d" type="text/javascript">'
             '</script><link rel=\'SHORTCUT ICON\' href=\'/Portals/0/favicon.ico?ver=2019-01-15-101244-000\' type=\''
             'image/x-icon\' />     \n        <script type="text/javascript">\n          var _gaq = _gaq || [];\n'
             '          (function(i,s,o,g,r,a,m){i[\'GoogleAnalyticsObject\']=r;})(window,document,\'script\','
             '\'https://www.google-analytics.com/analytics.js\',\'ga\');\n          ga(\'create\', \'UA-48213377-1\', '
             '\'auto\');\n          ga(\'send\', \'pageview\');\n        </script>\n<meta name="viewport" content='
             '"width=device-width, initial-scale=1.0" /></head>\n' % (cdv, cdv))
    H.append('<body id="Body">\n\n    <form method="post" action="/chinh-sach-bao-mat" id="Form" enctype="multipart/'
             'form-data">\n<div class="aspNetHidden">\n<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" '
             'value="" />\n<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n<input type='
             '"hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />\n</div>\n\n<script type="text/javascript">\n'
             '//<![CDATA[\nvar theForm = document.forms[\'Form\'];\nif (!theForm) {\n    theForm = document.Form;\n}\n'
             'function __doPostBack(eventTarget, eventArgument) {\n    if (!theForm.onsubmit || (theForm.onsubmit() != '
             'false)) {\n        theForm.__EVENTTARGET.value = eventTarget;\n        theForm.__EVENTARGUMENT.value = '
             'eventArgument;\n        theForm.submit();\n    }\n}\n//]]>\n</script>\n\n\n<script src="/WebResource.axd?'
             'd=pynGkmcFUV13He1Qd6_TZHpvLhVXsXTJZtvlgsw3J9A4nmlLkA0cyRGRl5yPF_sQXlfT7b1SQr0TOv1G6c7o4bXZcLA1&amp;'
             't=638286137964787378" type="text/javascript"></script>\n\n' % vs)
    H.append('<div class="aspNetHidden">\n\n\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR"'
             ' value="CA0B0334" />\n\t<input type="hidden" name="__VIEWSTATEENCRYPTED" id="__VIEWSTATEENCRYPTED" value="" '
             '/>\n\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" />\n</div><script src='
             '"/js/dnn.modalpopup.js?cdv=%d" type="text/javascript"></script><script src="/Portals/_default/skins/minhphuc/'
             'bootstrap/js/bootstrap.min.js?cdv=%d" type="text/javascript"></script><script src="/js/dnncore.js?cdv=%d" '
             'type="text/javascript"></script><script src="/js/dnn.servicesframework.js?cdv=%d" type="text/javascript">'
             '</script>\n' % (ev, cdv, cdv, cdv, cdv))
    H.append('<div id="siteWrapper">\n<div class="topbar"><div class="container"><span class="topbar-hotline">Tổng đài '
             'tư vấn pháp luật: <a href="tel:%s">%s</a></span><span class="topbar-hours">Thứ 2 - Thứ 7: 8h00 - 20h00'
             '</span><a class="topbar-zalo" href="https://zalo.me/1987654321012345678" rel="nofollow">Zalo</a></div></div>'
             '\n' % (hotline.replace(" ", ""), hotline))
    H.append('<header class="header"><div class="container"><div class="logo"><a id="dnn_dnnLOGO_hypLogo" title="Công '
             'ty Luật Minh Phúc" aria-label="Công ty Luật Minh Phúc" href="https://luatminhphuc.vn/"><img id="dnn_dnnLOGO_'
             'imgLogo" src="/Portals/0/Images/logo-minhphuc.png?ver=2019-01-15-101244-000" alt="Công ty Luật Minh Phúc" '
             '/></a></div><nav id="dnnMenu" class="navbar"><ul class="nav navbar-nav topLevel">')
    for href, t in (("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), ("/luat-su", "Đội ngũ luật sư"),
                    ("/dich-vu", "Dịch vụ pháp lý"), ("/tu-van-phap-luat", "Tư vấn pháp luật"), ("/van-ban", "Văn bản"),
                    ("/lien-he", "Liên hệ")):
        H.append('<li class=""><a href="%s"><span>%s</span></a></li>' % (href, t))
    H.append('</ul></nav></div></header>\n')
    H.append('<div class="news-ticker"><div class="container"><span class="ticker-label">Văn bản pháp luật mới:</span>'
             '<marquee behavior="scroll" direction="left" scrollamount="4" onmouseover="this.stop();" onmouseout="this.'
             'start();">%s</marquee></div></div>\n'
             % " &nbsp;|&nbsp; ".join('<a href="/van-ban/%s">%s</a>' % (C.det_sha(t)[:8], html.escape(t))
                                      for t in state["laws"]))
    H.append('<div class="breadcrumb-wrap"><div class="container"><span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop='
             '"breadcrumb" itemscope="" itemtype="https://schema.org/breadcrumb"><span itemscope itemtype="http://schema.'
             'org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href='
             '"https://luatminhphuc.vn/chinh-sach-bao-mat" class="breadcrumbLink" itemprop="item"><span itemprop="name">'
             'Chính sách bảo mật</span></a><meta itemprop="position" content="1" /></span></span></span></div></div>\n')
    H.append('<div class="container main"><div class="row"><div id="dnn_ContentPane" class="col-md-9 contentPane">'
             '<div class="DnnModule DnnModule-DNN_HTML DnnModule-1536"><a name="1536"></a>\n<div class="box-container">'
             '\n\t<h2 class="box-title"><span id="dnn_ctr1536_dnnTITLE_titleLabel" class="Head">Chính sách và điều khoản'
             '</span>\n\n\n</h2>\n\t<div id="dnn_ctr1536_ContentPane" class="box-content"><!-- Start_Module_1536 --><div '
             'id="dnn_ctr1536_ModuleContent" class="DNNModuleContent ModDNNHTMLC">\n\t<div id="dnn_ctr1536_HtmlModule_'
             'lblContent" class="Normal">\n\t')
    tv = TERMS[state["terms"]]
    H.append('<ul class="nav nav-tabs" role="tablist"><li role="presentation" class="active"><a href="#chinh-sach-bao-'
             'mat" aria-controls="chinh-sach-bao-mat" role="tab" data-toggle="tab">Chính sách bảo mật</a></li><li role='
             '"presentation"><a href="#dieu-khoan-su-dung" aria-controls="dieu-khoan-su-dung" role="tab" data-toggle='
             '"tab">Điều khoản sử dụng</a></li></ul>\n<div class="tab-content">\n<div role="tabpanel" class="tab-pane '
             'active" id="chinh-sach-bao-mat">\n%s\n</div>\n<div role="tabpanel" class="tab-pane" id="dieu-khoan-su-'
             'dung">\n<h1 class="policy-title">Điều khoản sử dụng website</h1>\n<p>Ngày hiệu lực: %s</p>\n%s\n</div>\n'
             '</div>\n' % (pane(blocks), tv[1], "\n".join("<p>%d. %s</p>" % (n + 1, html.escape(p))
                                                          for n, p in enumerate(tv[2]))))
    H.append('\n</div>\n\n</div><!-- End_Module_1536 --></div>\n</div>\n</div></div>\n')
    name, role, field = LAWYERS[state["lawyer"]]
    H.append('<div id="dnn_RightPane" class="col-md-3 rightPane"><div class="DnnModule DnnModule-DNN_HTML '
             'DnnModule-1402"><a name="1402"></a><div class="box-container"><h2 class="box-title"><span id="dnn_ctr1402_'
             'dnnTITLE_titleLabel" class="Head">Luật sư của tháng</span></h2><div id="dnn_ctr1402_ContentPane" class="box-'
             'content"><div id="dnn_ctr1402_ModuleContent" class="DNNModuleContent ModDNNHTMLC"><div id="dnn_ctr1402_'
             'HtmlModule_lblContent" class="Normal"><div class="lawyer-card"><img src="/Portals/0/Images/luat-su/%s.jpg" '
             'alt="%s" /><h4>%s</h4><p class="role">%s</p><p class="field">Lĩnh vực: %s</p></div></div></div></div></div>'
             '</div>' % (C.det_sha(name)[:10], html.escape(name), html.escape(name), html.escape(role), html.escape(field)))
    H.append('<div class="DnnModule DnnModule-DNN_HTML DnnModule-1403"><a name="1403"></a><div class="box-container">'
             '<h2 class="box-title"><span id="dnn_ctr1403_dnnTITLE_titleLabel" class="Head">Đặt lịch tư vấn</span></h2>'
             '<div id="dnn_ctr1403_ContentPane" class="box-content"><div class="Normal"><p>Gọi <strong>%s</strong> hoặc '
             '<a href="/lien-he">đặt lịch gặp luật sư</a> tại văn phòng Hà Nội và TP. Hồ Chí Minh.</p></div></div></div>'
             '</div></div>\n</div></div>\n' % hotline)
    H.append('<footer class="footer"><div class="container"><div class="row"><div class="col-md-6"><h4>CÔNG TY LUẬT TNHH '
             'MINH PHÚC</h4><p>Trụ sở: Tầng 9, Tòa nhà Sudico, đường Mễ Trì, Nam Từ Liêm, Hà Nội</p><p>Chi nhánh: 47 Điện '
             'Biên Phủ, Quận 1, TP. Hồ Chí Minh</p></div><div class="col-md-3"><ul class="footer-links"><li><a href="/'
             'chinh-sach-bao-mat">Chính sách bảo mật</a></li><li><a href="/lien-he">Liên hệ</a></li><li><a href="/'
             'tuyen-dung">Tuyển dụng</a></li></ul></div><div class="col-md-3"><div class="visitor-stats"><p>Đang truy cập: '
             '<span id="dnn_ctr1410_online">%d</span></p><p>Hôm nay: <span>%s</span></p><p>Tổng lượt truy cập: <span>%s'
             '</span></p></div></div></div><p class="copyright">&copy; 2012 - %d Công ty Luật TNHH Minh Phúc. Giữ toàn '
             'quyền.</p></div></footer>\n</div>\n'
             % (online, "{:,}".format(today).replace(",", "."), "{:,}".format(total).replace(",", "."), when.year))
    H.append('    <input name="ScrollTop" type="hidden" id="ScrollTop" />\n    <input name="__dnnVariable" type="hidden" '
             'id="__dnnVariable" autocomplete="off" value="`{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`84`}" />\n'
             '    <input name="__RequestVerificationToken" type="hidden" value="%s" />\n</form>\n'
             '    <!--CDF(Javascript|/js/dnncore.js?cdv=%d|DnnBodyProvider|100)-->\n</body>\n</html>\n'
             % (tok.replace("+", "-").replace("/", "_").rstrip("="), cdv))
    return "".join(H)


PAGE = {
    "service": "Luat Minh Phuc",
    "url": "https://luatminhphuc.vn/chinh-sach-bao-mat",
    "lang": "vi",
    "platform": "DNN Platform 9 (DotNetNuke, ASP.NET WebForms), Bootstrap 3 tabs in an HTML module",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Microsoft-IIS/8.5"), ("X-Powered-By", "ASP.NET"), ("Cache-Control", "private")),
    "n": 30,
    "start": dt.date(2022, 5, 1),
    "end": dt.date(2025, 7, 15),
    "hours": (1, 5, 13),
    "policy": POLICY,
    "first_updated": dt.date(2020, 9, 10),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://luatminhphuc.vn/chinh-sach-bao-mat", "select": "#chinh-sach-bao-mat"},
}
